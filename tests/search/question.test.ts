import { describe, expect, it } from 'vitest';
import { amountWords, answerTypeOf, asksAmountOnly, withApostrophes, answerTypesOf, countedThing, focusWords, missions, parseQuestion, namesOtherMission, namesOtherPeople, topicWords } from '../../src/search/question.ts';

const now = new Date('2026-11-23T12:00:00Z');

describe('answer types', () => {
  it.each([
    ['When did Tokayev meet Putin?', 'date'],
    ['What year was the site closed?', 'date'],
    ['Which years does the roadmap cover?', 'date'],
    ['What is the current deadline for reaching 100,000 TEU?', 'date'],
    ["What's the most recent estimate of insurance costs on the corridor?", 'quantity'],
    ['whats the name of the biggest deposit found by the joint exploration', 'name'],
    ['What is the name of the Baku shipyard that built the ferries?', 'name'],
    ["What's the new timetable for the railway?", 'date'],
    ['How many students study in Russia?', 'quantity'],
    ['How hot is the water from the second well?', 'quantity'],
    ['How late was the plant?', 'quantity'],
    ['What will the annual output of the plant be?', 'quantity'],
    // The thing whose amount is asked may come first, as an owner: "the solar plant's tariff".
    ["What is the solar plant's tariff now?", 'quantity'],
    ["What is the government's target for the number of foreign visitors?", 'quantity'],
    ['What is the hajj quota for Kazakhstan?', 'quantity'],
    ['what does the deployment cost kazakhstan per year', 'quantity'],
    ['what is the paranagua terminal expected to cost', 'quantity'],
    ['kazakhstan egypt trade 2024?', 'quantity'],
    ['How much did trade between Kazakhstan and Chile reach in 2025?', 'quantity'],
    ['How old was the activist when he died?', 'quantity'],
    ['what was turnout in the district vote', 'quantity'],
    ['What did the terminal end up costing?', 'quantity'],
    ['How soon must the other side be told?', 'date'],
    ['What street is the consulate on?', 'place'],
    ['What route will the palm oil take?', 'place'],
    ['What held up the first delivery?', 'reason'],
    ['What aircraft models are in the lease deal?', 'name'],
    ["What was Kazakhstan's trade with Japan in 2024?", 'quantity'],
    ['What was agreed about trade between Kazakhstan and Venezuela?', 'other'],
    ['What is the rare earth project worth?', 'quantity'],
    ['what stake do the japanese hold in the venture', 'quantity'],
    ['kuryk dredging cost?', 'quantity'],
    ['How much did trade grow?', 'quantity'],
    ['Where did they meet?', 'place'],
    ['In which city is the consulate?', 'place'],
    ['Who is the ambassador?', 'person'],
    ['What did ambassador Borodavkin say about sanctions?', 'statement'],
    ['Who is Erzhan Kazykhanov?', 'other'],
    ["Who is Kazakhstan's foreign minister?", 'person'],
    ['Who will take over the chairmanship, and when?', 'person'],
    ['Which French president was he to meet?', 'person'],
    ['Which senator complained about the delay?', 'person'],
    ['which member of parliament criticised the plant', 'person'],
    ['What did Putin say about Kazakhstan?', 'statement'],
    ['Describe the trade relations', 'other'],
    ['What did he call Russia when he met Putin?', 'statement'],
    ['When and where did they meet?', 'date'],
    ['What capacity will the hub have?', 'quantity'],
    ["What is Kazakhstan's 2030 target for shipments?", 'quantity'],
    ['What was the total investment of the projects?', 'quantity'],
    ['What was the trade volume with India?', 'quantity'],
    ["What is Kazakhstan's position on Venezuela?", 'statement'],
    ['Why was the deal not finalised?', 'reason'],
    ['Which organisations will the ministers discuss?', 'name'],
    ['In which newspaper did he publish an article?', 'name'],
    ['What was the joint oil spill drill in 2023 called?', 'name'],
    ['What pushed up the cost of the smelter?', 'reason'],
    ['Which city hosted the forum?', 'place'],
    ['According to the op-ed, when does the visit start?', 'date'],
    ['By whom was he invited?', 'person'],
    ['How often does the commission meet?', 'quantity'],
    // A route is told by the places it goes through.
    ['how will kazakh lamb be transported to malaysia', 'place'],
    ['How would the electricity get from Tajikistan to Kazakhstan?', 'place'],
    ['What is the latest guaranteed water volume under the agreement?', 'quantity'],
    // A price under another name, a fraction, and "how much did they trade" want amounts.
    ['What tariff were the negotiators asking for?', 'quantity'],
    ['What fare will the airline charge?', 'quantity'],
    ['what fraction of the containers crossed Kazakhstan', 'quantity'],
    ['How much did Kazakhstan and Poland trade in 2022?', 'quantity'],
  ])('%s → %s', (question, type) => {
    expect(answerTypeOf(question)).toBe(type);
  });
});

describe('focus words', () => {
  it.each([
    ['What agreements did Tokayev sign with Xi Jinping?', ['agreements']],
    ['Which new agreements were signed in Paris?', ['agreements']],
    ['Who is the prime minister of Kazakhstan?', ['prime', 'minister']],
    ["Who is Kazakhstan's ambassador to the United States?", ['ambassador']],
    // A deed asked about: the sentence saying what was signed names signing.
    ["What was signed in Astana during Putin's 2024 visit?", ['signed']],
    ['What has been agreed on water?', ['agreed']],
    ['When is the second phase of the dam due to be completed?', ['completed']],
    ['When will the consignment note be introduced?', ['introduced']],
    // The coming one of several: a sentence on the previous session does not answer.
    ['Where will the next session of the commission be held?', ['next']],
    ['What agreements will be signed at the next summit?', ['agreements', 'next']],
    // Only the kind of answer: the answer type looks after it.
    ['Which country did he visit first?', []],
    // An effect is what the answer tells, in whatever words ("will raise its capacity by 40 percent").
    ['What effect will modernising the hatchery have on its capacity?', []],
    ['What technology will the trainees learn to use?', []],
    ['What year was the treaty signed?', []],
    // No noun before the verb, or a named person asked about.
    ['What did Tokayev warn must not happen?', []],
    ['Who is Erzhan Kazykhanov?', []],
    // "Going to", "due to" say when, not where the office is.
    ['Who was the Kazakh ambassador going to present credentials to, and when?', []],
    ['Who is the minister due to visit Astana?', []],
    ['When did Tokayev meet Putin?', []],
    ['What else is on the aid train?', []],
  ] as const)('%s → %j', (question, expected) => {
    expect(focusWords(question)).toEqual(expected);
  });
});

describe('things counted', () => {
  it.each([
    ['How many Russian students study in Kazakhstan?', 'students'],
    ['How many joint projects did they endorse?', 'projects'],
    ['How many weekly direct flights were agreed?', 'flights'],
    ['How many companies took part?', 'companies'],
    // "driverless" is no plural: the trucks are counted.
    ['How many driverless trucks will Ironbark supply?', 'trucks'],
    ['How many various buses were bought?', 'buses'],
    // A unit says how the thing is counted.
    ['how many tonnes of wheat does kazakhstan sell to turkmenistan a year', 'wheat'],
    ['How many cubic metres of water will Kazakhstan get?', 'water'],
    // Only the kind of answer, or no plural to count.
    ['How many people will be employed?', null],
    ['How many countries did he visit?', null],
    ['How many times did they meet?', null],
    ['How much did it cost?', undefined],
  ] as const)('%s → %s', (question, expected) => {
    expect(countedThing(question)).toBe(expected);
  });

  it.each([
    ['More than 60,000 Kazakh students study in Russia.', 'How many Russian students study in Kazakhstan?', true],
    ["Kazakhstan's students in Russia number 60,000.", 'How many Russian students study in Kazakhstan?', true],
    ['Some 6,000 Indian students study at Kazakh medical universities.', 'How many Indian students study in Kazakhstan?', false],
    ['Russian and Kazakh students met; 300 Russian students came.', 'How many Russian students came?', false],
    ['Only 12,400 Thai visitors came, against 150,000 Kazakh tourists going the other way.', 'How many Thai tourists came to Kazakhstan?', false],
    // Visitors are tourists by another word.
    ['Croatian tourism officials said 18,400 Kazakh visitors came to Croatia last year.', 'How many Croatian tourists visited Kazakhstan?', true],
    ['Nine branches of Russian universities operate in Kazakhstan, and 60,000 Kazakh students study in Russia.', 'How many Russian students study in Kazakhstan?', true],
    // "tourists from Kazakhstan" are Kazakh tourists.
    ['Only about 9,000 Thai tourists visited Kazakhstan last year.', 'How many tourists from Kazakhstan visited Thailand?', true],
    ['The number of Kazakh tourists visiting Thailand rose to 212,000.', 'How many tourists from Kazakhstan visited Thailand?', false],
    // "Indian and Chinese bidders" asks about both.
    ['It chose the Kazakh firm over two Indian bidders and one Chinese bidder.', 'Why did it choose the Kazakh firm over the Indian and Chinese bidders?', false],
    ['It chose the Kazakh firm over two Turkish bidders.', 'Why did it choose the Kazakh firm over the Indian and Chinese bidders?', true],
    // An office is one person, which missions look after.
    ['Russian President Vladimir Putin met him.', 'Which country did the Kazakh president visit?', false],
  ] as const)('"%s" speaks of other people than "%s": %s', (text, question, expected) => {
    expect(namesOtherPeople(text, question)).toBe(expected);
  });
});

describe('topic words', () => {
  it.each([
    ['What is the population of Almaty?', ['population']],
    ['How large is the territory of the licence areas?', ['territory']],
    ['What is the fee for the Silk Visa?', ['fee']],
    ['What is the tuition fee at the engineering campus?', ['fee']],
    // Words for the amount itself: a figure answers them without repeating the word.
    ['What was the volume of Kazakhstan-EU trade in 2023?', []],
    ['What is the price tag of the scandium plant?', []],
    ['What is the total cost of the project?', []],
    ['How big is the site of the solar plant in hectares?', []],
    // A limit is a figure too: "Kazakhs aged 18 to 30".
    ['What is the age limit for the working holiday visa?', []],
    // A deed, not a thing: "stuck in Georgia", "delayed at the border".
    ['How long were the inverters stuck in Georgia?', []],
    ['How long were the wagons delayed at the border?', []],
    // Only a kind of answer, or no "the X of" at all.
    ['What is the date of the summit?', []],
    ['What did Tokayev say about the population?', []],
  ] as const)('%s → %j', (question, expected) => {
    expect(topicWords(question)).toEqual(expected);
  });
});

describe('every kind of answer a question asks for', () => {
  it.each([
    ['Where and when will the next dialogue be held?', ['place', 'date']],
    ['When did Kazakhstan take over the chairmanship, and from which country?', ['date', 'name', 'place']],
    ['Who made the biggest pledge, and how much?', ['person', 'quantity']],
    ['How many documents were signed?', ['quantity']],
    ['Tell me about the forum', []],
    // A clause of time before the question does not ask "when".
    ['When the deal was signed, how long was the journey expected to take?', ['quantity']],
    ['After the talks, where did he go?', ['place']],
  ] as const)('%s → %j', (question, expected) => {
    expect(answerTypesOf(question)).toEqual(expected);
  });
});

describe('amount words', () => {
  it.each([
    ['What was the volume of Kazakhstan-Turkey trade in 2023?', ['volume']],
    ['What is the total number of flights?', ['total', 'number']],
    ['How big is the size of the reservoir?', ['size']],
    // Words that say which amount: the sentence must still say it.
    ['What is the cost of the plant?', []],
    ["What share of Ak-Bulun does Kazakhstan hold?", []],
  ] as const)('%s → %j', (question, expected) => {
    expect(amountWords(question)).toEqual(expected);
  });

  it.each([
    ['What protein level did the mills want in the wheat?', true],
    // A word that says of what the answer is, or no word asked about.
    ['What kind of guarantee did the bank want?', false],
    ['What did the mills want?', false],
  ] as const)('%s asks only for an amount: %s', (question, expected) => {
    expect(asksAmountOnly(question)).toBe(expected);
  });
});

describe('missions between countries', () => {
  it.each([
    ["Who is Japan's ambassador to Kazakhstan?", [{ from: 'japan', to: 'kazakhstan' }]],
    ['Russian Ambassador to Kazakhstan Alexey Borodavkin said', [{ from: 'russia', to: 'kazakhstan' }]],
    ['who is the ambassador of mongolia to kazakhstan', [{ from: 'mongolia', to: 'kazakhstan' }]],
    ["Mongolia's consulate general in Almaty will open in May.", [{ from: 'mongolia', to: 'almati' }]],
    // A capital stands for its country.
    ["Who is Moscow's ambassador in Astana?", [{ from: 'russia', to: 'kazakhstan' }]],
    ['The ambassador to Japan met him.', []],
    ["Kazakhstan's ambassador to India and Bangladesh unveiled them.", [{ from: 'kazakhstan', to: 'india' }, { from: 'kazakhstan', to: 'bangladesh' }]],
    ['Where did Kazakhstan open an honorary consulate in Chile?', []],
  ])('%s → %j', (text, expected) => {
    expect(missions(text)).toEqual(expected);
  });

  it.each([
    ["Kazakhstan's ambassador to Japan, Yerlan Baizhanov, attended.", true],
    ["Japan's ambassador to Kazakhstan attended.", false],
    ["Japan's ambassador to Kazakhstan and Kazakhstan's ambassador to Japan attended.", false],
    ['The two ministers met in Tokyo.', false],
    ["Japan's ambassador to Mongolia attended.", true],
    ["Russia's ambassador to Kazakhstan attended.", true],
    ["Russia's ambassador to Mongolia attended.", false],
    ["Kazakhstan's ambassador, Yerlan Baizhanov, attended.", true],
    ['The Kazakh envoy attended the ceremony.', true],
    ["Japan's ambassador, Akira Ishida, said the programme would grow.", false],
    ['British Ambassador Rupert Hale attended.', false],
    // A city not known as a capital may lie in Japan; a mission of Kazakhstan anywhere is the other way round.
    ["Japan's consul in Sapporo attended.", false],
    ["Kazakhstan's embassy in Accra sent a note.", true],
  ])('"%s" names another mission than Japan → Kazakhstan: %s', (text, expected) => {
    expect(namesOtherMission(text, { from: 'japan', to: 'kazakhstan' })).toBe(expected);
  });

  // A question asks about a mission to a country (or its capital); a consulate in another city is in a country it does not name.
  it.each([
    ["Who is Japan's ambassador to Kazakhstan?", { from: 'japan', to: 'kazakhstan' }],
    ["Who is Kazakhstan's ambassador to Saudi Arabia?", { from: 'kazakhstan', to: 'saudi' }],
    ["Who is Moscow's ambassador in Astana?", { from: 'russia', to: 'kazakhstan' }],
    ["When did Kazakhstan's consulate in Ho Chi Minh City open?", null],
    ["Who heads Kazakhstan's consulate general in São Paulo?", null],
  ])('the mission %s asks about: %j', (question, mission) => {
    expect(parseQuestion(question, now).mission).toEqual(mission);
  });

  // A title says which mission a country opens; a question on opening one asks for no ambassador.
  it.each([
    ['Kazakhstan opens embassy in Tanzania', [{ from: 'kazakhstan', to: 'tanzania' }], []],
    ['Wheat deal signed as Astana plans Nairobi embassy', [{ from: 'kazakhstan', to: 'nairobi' }], []],
    ['Where will Russia open a consulate general in Kazakhstan?', [{ from: 'russia', to: 'kazakhstan' }], []],
  ])('opening: %s → %j (without: %j)', (text, opening, plain) => {
    expect(missions(text, true)).toEqual(opening);
    expect(missions(text)).toEqual(plain);
  });
});

describe('idioms in questions', () => {
  it.each([
    ['When did parliament give the green light to sending troops?', 'approve'],
    ['When was the first cargo due to set off?', 'leave'],
    ['Who was in charge of the exercise?', 'directed'],
    ['Has Egypt turned back any shipments?', 'reject'],
    ['How much of the fund was set aside for logistics?', 'earmark'],
    ['when does the water agreement come into force', 'effect'],
    ['On what date did the consular agreement become effective?', 'effect'],
    ['How far along is construction of the plant?', 'complete'],
    ['What held up the first grain delivery?', 'delay'],
    ['By when did they hope to wrap up the trade deal?', 'conclude'],
    ['what is the student exchange called', 'named'],
    ['What did the estimated cost go up to last year?', 'rise'],
    ['What was the original price tag of the dam?', 'cost'],
    ['What pushed up the cost of the smelter?', 'raise'],
    ['Why did the terminal get more expensive?', 'cost'],
    ['What did Kadyrov talk about with Maduro?', 'discuss'],
    ['how much sulphur did kazakhstan sell abroad in 2021', 'export'],
    ['How much wheat does Nigeria buy from abroad each year?', 'import'],
    ['how many people work at the greenhouse now', 'employ'],
    ['Who signed on behalf of the Kazakh company?', 'for'],
    ['How much money will Kazakhstan put into the fund?', 'invest'],
    ['how much extra money is the government putting in', 'contribute'],
    ['Which company is setting up a centre in Karaganda?', 'establish'],
    ['How is the price of the grain worked out?', 'calculate'],
    ['How many lorries went through Shelek on opening day?', 'cross'],
    ['Where was the first wheat put on a ship?', 'loaded'],
    ['Which camps were the women picked up from?', 'collect'],
    ['When was building work supposed to start?', 'construction'],
    ['How many lorries can one ferry take on board?', 'carry'],
    ['How much pocket money do the students get?', 'allowance'],
    ['When do applications for the scholarships close this year?', 'deadline'],
    ['What does Kazakhstan offer in return?', 'reciprocal'],
    ['Why did the talks drag on so long?', 'delay'],
    ['How many cows fit on one plane?', 'carry'],
    ['Who paid for the extra flights?', 'finance'],
    ['How long would a nonstop flight take?', 'direct'],
    ['When will they hit the target?', 'reach'],
    ['What happened in the run-up to the summit?', 'ahead'],
    ['When did the students come back to Almaty?', 'return'],
  ])('%s reads as "%s"', (question, word) => {
    expect(parseQuestion(question, now).text.split(' ')).toContain(word);
  });

  it('keeps "put in place" a phrase of its own', () => {
    expect(parseQuestion('How many markers had been put in place by 2025?', now).text).toContain('put in place');
  });
});

describe('a region that only says of what kind the answer is', () => {
  it.each([
    ['Which Latin American president did Tokayev meet?', 'Which president did Tokayev meet?'],
    ['Which Western leader did he see next?', 'Which leader did he see next?'],
    ['which nordic banks provide the loan', 'which banks provide the loan'],
    // A region named otherwise stays a word of the question.
    ['What did the envoy say about Western sanctions?', 'What did the envoy say about Western sanctions?'],
    ['What did Tokayev tell the Central Asian summit?', 'What did Tokayev tell the Central Asian summit?'],
  ])('%s → %s', (question, text) => {
    expect(parseQuestion(question, now).text).toBe(text);
  });
});

describe('dates in questions', () => {
  it.each([
    ['What happened in 2022?', { from: '2022-01-01', to: '2022-12-31' }, null],
    // A span of years covers each of them.
    ['What killed the seals in winter 2022-2023?', { from: '2022-01-01', to: '2023-12-31' }, null],
    ['How much grain was shipped in 2024–25?', { from: '2024-01-01', to: '2025-12-31' }, null],
    ['What was trade between 2021 and 2023?', { from: '2021-01-01', to: '2023-12-31' }, null],
    // A later year first, or a span longer than any report's, is no span.
    ['What is the 2030-2050 strategy?', { from: '2030-01-01', to: '2030-12-31' }, null],
    ['What did they agree in November 2025?', { from: '2025-11-01', to: '2025-11-30' }, null],
    ['What did they discuss in Oct 2025?', { from: '2025-10-01', to: '2025-10-31' }, null],
    ['How much cargo moved in January-September 2023?', { from: '2023-01-01', to: '2023-09-30' }, null],
    ['What was trade for jan-sept 2023?', { from: '2023-01-01', to: '2023-09-30' }, null],
    ['What was signed in Sept. 2023?', { from: '2023-09-01', to: '2023-09-30' }, null],
    ['What was signed before 2025?', { from: '0000-01-01', to: '2024-12-31' }, null],
    // "By 2024, how many …": a report of that year still tells what was done by then.
    ['What was agreed by 2025?', { from: '0000-01-01', to: '2025-12-31' }, null],
    ['By 2022, how much had UNICEF spent on training?', { from: '0000-01-01', to: '2022-12-31' }, null],
    // A report of the month itself, or of the month after, tells what was done by then.
    ['how much farmland had been fitted by june 2025', { from: '0000-01-01', to: '2025-07-31' }, null],
    // A year still to come after "by" is a target year.
    ['What share of its power does Kazakhstan want from renewables by 2030?', { from: '2030-01-01', to: '2030-12-31' }, null],
    ['What was signed after May 2025?', { from: '2025-06-01', to: '9999-12-31' }, null],
    ['What happened since 2024?', { from: '2024-01-01', to: '9999-12-31' }, null],
    ['What did Tokayev say this year?', { from: '2026-01-01', to: '2026-12-31' }, null],
    ['Who visited last month?', { from: '2026-10-01', to: '2026-10-31' }, null],
    ['When did Tokayev last meet Putin?', null, 'latest'],
    ['What is the most recent news about Russia?', null, 'latest'],
    ['Which leaders did he recently hold talks with?', null, null],
    ['When did they meet for the first time?', null, 'earliest'],
    ['Who is Kazakhstan\'s transport minister now?', null, 'latest'],
    ['How many people has Kazakhstan repatriated in total so far?', null, 'latest'],
    ['What is the current deadline for the project?', null, 'latest'],
    ['How much electricity was to be sent under the original swap?', null, 'earliest'],
    ['Where will the next session be held?', null, 'latest'],
    ['When had the commission last met before the Ankara session?', null, null],
    ['How many students study in Russia?', null, null],
    ['How often do the trains run these days?', null, 'latest'],
    ['What did the terminal cost in the end?', null, 'latest'],
    ['When did the factory finally open?', null, 'latest'],
    ['What did the centre end up costing?', null, 'latest'],
    // "first announced" is the original plan: the oldest report tells it.
    ['How big was the fund when it was first announced?', null, 'earliest'],
    ['When was the plant first supposed to open?', null, 'earliest'],
    ['How many scholarships did the Holy See first promise each year?', null, 'earliest'],
    ['When was the plant originally meant to open?', null, 'earliest'],
    ['How many heifers did the company initially intend to buy?', null, 'earliest'],
    ['how many hectares did the licence cover at first', null, 'earliest'],
    ['Which firm was going to provide the instructors at the start?', null, 'earliest'],
  ])('%s', (question, range, order) => {
    const intent = parseQuestion(question, now);
    expect(intent.range).toEqual(range);
    expect(intent.order).toBe(order);
  });

  it.each([
    // "since 2021" is also how a source words the figure counted from then.
    ['how much aid has kazakhstan sent since 2021', 'how much aid has kazakhstan sent since 2021'],
    ['How often do the trains run these days?', 'How often do the trains run ?'],
    ['What was signed before 2025?', 'What was signed ?'],
    // Later reports say "was originally due"; the first report, which tells the plan, never does.
    ['When was the plant originally meant to open?', 'When was the plant meant to open?'],
    ['How much did Astana initially budget?', 'How much did Astana budget?'],
    ['How big was the loan at the start?', 'How big was the loan ?'],
    ['Who is the current transport minister?', 'Who is the transport minister?'],
    // "the original swap" names the thing asked about.
    ['How much electricity was to be sent under the original swap?', 'How much electricity was to be sent under the original swap?'],
  ])('keeps the words of the answer in %s', (question, text) => {
    expect(parseQuestion(question, now).text).toBe(text);
  });

  it('does not read a number of people as a year', () => {
    expect(parseQuestion('Were 2000 people there?', now).range).toBeNull();
  });

  it.each([
    ['When does the visit begin according to the Federation Council?', 'Federation Council', 'When does the visit begin ?'],
    ['According to Zakharova, what will the ministers discuss?', 'Zakharova', 'what will the ministers discuss?'],
    ['What did Tokayev say?', null, 'What did Tokayev say?'],
  ])('reads the source of %s', (question, source, text) => {
    const intent = parseQuestion(question, now);
    expect(intent.source).toBe(source);
    expect(intent.text).toBe(text);
  });

  it.each([
    ['According to the most recent plans, when will the first turbine produce power?', 'plans', 'latest'],
    ['According to the latest figures, how much did trade grow?', 'figures', 'latest'],
    ['According to the first report, who signed?', 'first report', null],
  ])('reads the order before the source of %s', (question, source, order) => {
    const intent = parseQuestion(question, now);
    expect(intent.source).toBe(source);
    expect(intent.order).toBe(order);
  });
});

describe('withApostrophes', () => {
  it.each([
    ['whats the trade target', "what's the trade target"],
    ['Whos the envoy?', "Who's the envoy?"],
    // Only a question word before "s".
    ['How many ships sail?', 'How many ships sail?'],
  ])('%s → %s', (typed, read) => {
    expect(withApostrophes(typed)).toBe(read);
  });
});
