import { describe, expect, it } from 'vitest';
import { amountWords, answerTypeOf, answerTypesOf, carriesAnswerType, countedThing, focusWords, missions, parseQuestion, namesOtherMission, namesOtherPeople, topicWords } from '../../src/search/question.ts';

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
    ['what does the deployment cost kazakhstan per year', 'quantity'],
    ['kazakhstan egypt trade 2024?', 'quantity'],
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
    ['Which city hosted the forum?', 'place'],
    ['According to the op-ed, when does the visit start?', 'date'],
    ['By whom was he invited?', 'person'],
    ['How often does the commission meet?', 'quantity'],
    ['What is the latest guaranteed water volume under the agreement?', 'quantity'],
  ])('%s → %s', (question, type) => {
    expect(answerTypeOf(question)).toBe(type);
  });

  it.each([
    ['It met on May 8, 2025.', 'date', 'When did they meet?', true],
    ['It met in Moscow.', 'date', 'When did they meet?', false],
    ['The agreement took effect on Nov. 10.', 'date', 'When did the agreement come into force?', true],
    ['It was signed in Sept. 2023.', 'date', 'When was it signed?', true],
    ['Officials expect it to be ratified within six months.', 'date', 'When will it be ratified?', true],
    ['They have been partners since 1992.', 'quantity', 'How long have they been partners?', true],
    ['Construction is due to begin next year.', 'quantity', 'How long will the railway be?', false],
    ['Trade reached $20 billion.', 'quantity', 'How much was trade?', true],
    ['He met Emmanuel Macron.', 'person', 'Who did he meet?', true],
    ['He met Emmanuel Macron.', 'person', 'Did he meet Emmanuel Macron?', false],
    ['They met in Dushanbe.', 'place', 'Where did they meet?', true],
    ['A ceremony was held in the St. George Hall of the Kremlin.', 'place', 'Where was the ceremony held?', true],
    ['He raised it at a summit in St. Petersburg in December.', 'place', 'Where did he raise it?', true],
    ['It reached 22.5 million tonnes.', 'quantity', 'How much cargo?', true],
    ['The two countries agreed on it.', 'quantity', 'How many projects?', false],
    ['It will start production in 2029.', 'quantity', 'How much will it cost?', false],
    ['During an October 10 meeting he spoke.', 'quantity', 'How many projects?', false],
    ['It marked the 80th anniversary.', 'quantity', 'How many people?', false],
    ['It was led by Minister of Industry Kanat Sharlapayev.', 'person', 'Who led it?', true],
    ['He met Patriarch Kirill.', 'person', 'Who did he meet?', true],
    ['It was his first visit to Central Asia.', 'person', 'Who headed it?', false],
    ['The European Union agreed.', 'person', 'Who agreed?', false],
    ['In Paris, the French Presidency confirmed it.', 'person', 'Which French president?', false],
    ['Kazakh Foreign Minister Murat Nurtleu led the delegation.', 'person', 'Who led the delegation?', true],
    ['It came after Uzbek President Shavkat Mirziyoyev visited.', 'person', 'Which French president did he meet?', false],
    ['He will meet French President Emmanuel Macron.', 'person', 'Which French president did he meet?', true],
    // The person asked about is not the answer; a name after "the" is a place or a thing.
    ['Deputy Foreign Minister Askar Temirbekov held talks in Hanoi.', 'person', 'Who did Temirbekov hold talks with in Hanoi?', false],
    ['Deputy Foreign Minister Askar Temirbekov held talks in Hanoi.', 'person', 'Who did Temirbekv hold talks with in Hanoi?', false],
    ['He met Deputy Prime Minister Tran Quoc Minh.', 'person', 'Who did Temirbekov hold talks with in Hanoi?', true],
    ['Officials reviewed the water deal on the Syr Darya.', 'person', 'Who signed the water deal?', false],
    ['The Syr Darya deal was signed by Nurzhan Abdrakhmanov.', 'person', 'Who signed the water deal?', true],
    ['It was signed by the Kazakh Foreign Minister Murat Nurtleu.', 'person', 'Who signed it?', true],
    // "Which other countries" wants a country the question does not name.
    ['He recalled that relations were kept through the Kazakh embassy in Nairobi.', 'name', 'Which other countries is the Kazakh ambassador in Tanzania responsible for?', false],
    ['He will also be accredited to Uganda, Rwanda and Burundi.', 'name', 'Which other countries is the Kazakh ambassador in Tanzania responsible for?', true],
    // A lender or company answers "who"; not "which minister".
    ['The largest single commitment came from the Asian Development Bank.', 'person', 'Who made the biggest pledge?', true],
    ['The largest single commitment came from the Asian Development Bank.', 'person', 'Which minister made the biggest pledge?', false],
    // A share is a percentage or a fraction; how long a deal holds is a span of time or its end.
    ['The plant will have an installed capacity of 860 megawatts.', 'quantity', 'What stake does Kazakhstan hold in the project?', false],
    ['Kazakhstan will hold a 34 percent stake in the project company.', 'quantity', 'What stake does Kazakhstan hold in the project?', true],
    ['The Japanese side will hold the other half.', 'quantity', 'What share will Japan hold?', true],
    // A year asked for is a year, not a weekday.
    ['The roadmap was adopted on Thursday.', 'date', 'Which years does the roadmap cover?', false],
    ['It covers the period from 2024 to 2025.', 'date', 'Which years does the roadmap cover?', true],
    ['The roadmap was adopted on Thursday.', 'date', 'When was the roadmap adopted?', true],
    ['The ministry said on Tuesday that the consulate would open.', 'date', 'When will the consulate open?', false],
    ['The consulate is expected to begin operating on May 1, 2026.', 'date', 'When will the consulate open?', true],
    // A target is a figure to be reached, not the figure of a year.
    ['Bilateral trade stood at $1.4 billion last year.', 'quantity', 'What target did Kazakhstan and India set for their trade?', false],
    ['Both ministers said they wanted it to reach $5 billion by 2030.', 'quantity', 'What target did Kazakhstan and India set for their trade?', true],
    ['They agreed to lift trade to $15 billion a year.', 'quantity', 'kazakhstan turkey trade target', true],
    ['It will require further investment of about $2.3 billion.', 'quantity', 'how much more investment does the 2030 corridor goal need', true],
    ['Uzbekistan will guarantee 1.2 billion cubic metres of water.', 'quantity', 'How long is the water agreement valid?', false],
    ['It will remain in force for five years, until the end of 2028.', 'quantity', 'How long is the water agreement valid?', true],
    ['Visitors may stay up to 30 days.', 'quantity', 'How long can visitors stay without a visa?', true],
    ['Deliveries will rise to 1.5 million tonnes.', 'quantity', 'How long will the journey take?', false],
    // A change in cost is answered by a share as well as by a sum.
    ['Insurance alone could add 7 to 9 percent to the cost of a shipment.', 'quantity', 'How much would insurance add to the cost of shipping?', true],
    ['Insurance alone could add 7 to 9 percent to the cost of a shipment.', 'quantity', 'How much does shipping cost?', false],
    ['Officials put the total journey at 24 to 28 days.', 'quantity', 'How long will the journey take?', true],
    // A month names nothing asked for; a name the question typed with a letter wrong is not new.
    ['Direct flights between Almaty and Ulaanbaatar will resume in October.', 'name', 'Which airline will fly between Almaty and Ulanbaatar?', false],
    ['They will be operated by the Mongolian carrier MIAT.', 'name', 'Which airline will fly between Almaty and Ulanbaatar?', true],
    ['Talks were held in Ulaanbaatar.', 'place', 'Where did talks with Ulanbaatar take place?', false],
    // The country of a capital the question names is no other place; a city of a country it names is.
    ['It was the first state visit by a Mongolian leader to Kazakhstan.', 'place', 'Where did Khurelsukh go after Astana?', false],
    ['He is due to travel to Almaty on Thursday.', 'place', 'Where did Khurelsukh go after Astana?', true],
    ['The state visit to the Russian Federation was the highlight of the year.', 'place', 'Where did Tokayev go after Moscow?', false],
    ['They spoke at a forum being held in Orenburg.', 'place', 'Where did Tokayev go after his Kremlin visit?', false],
    ['He is traveling on Tuesday to Paris to meet Macron.', 'place', 'Where did Tokayev go after his Kremlin visit?', true],
    ['They spoke at a forum being held in Orenburg.', 'place', 'Where was the forum held?', true],
    ['The forum will be held in Moscow.', 'place', 'Where in Russia will the forum be held?', true],
    ['It will cost $2 billion.', 'quantity', 'How much will it cost?', true],
    ['The budget is USD 300 million.', 'quantity', 'What is the budget?', true],
    ['The plant will cost 480 million euros.', 'quantity', 'How much will the plant cost?', true],
    ['Kazakhstan will order four new ferries.', 'quantity', 'How much will the ferries cost?', false],
    ['It will carry up to 1.5 million tonnes a year.', 'quantity', 'What price per tonne was agreed?', false],
    ['Kazakhstan will order four new ferries.', 'quantity', 'How many ferries will Kazakhstan order?', true],
    // A count is not a sum of money or a share.
    ['It put the cost at about $1.4 billion by the end of 2025.', 'quantity', 'How many turbines will the wind farm have?', false],
    ['Kazakhstan will pay 45 percent, or 140 million euros.', 'quantity', 'How many turbines will the wind farm have?', false],
    ['It will have 120 turbines of 8 megawatts.', 'quantity', 'How many turbines will the wind farm have?', true],
    // A span of time counts no embassies, but answers a question on years.
    ['Relations were established more than three decades ago.', 'quantity', 'How many embassies does Kazakhstan have in Africa?', false],
    ['Kazakhstan has embassies in six African countries.', 'quantity', 'How many embassies does Kazakhstan have in Africa?', true],
    ['The deal runs for a 10-year term.', 'quantity', 'How many years does the deal run?', true],
    // Water comes in cubic metres, electricity in watt-hours, goods in tonnes; a share answers what is lost.
    ['They signed a 10-year agreement to rebuild the reservoir.', 'quantity', 'How much water did Kazakhstan ask Kyrgyzstan to release?', false],
    ['Kazakhstan has agreed to cover 40 percent of the repairs.', 'quantity', 'How much water did Kazakhstan ask Kyrgyzstan to release?', false],
    ['Kazakhstan wants a release of 600 million cubic metres.', 'quantity', 'How much water did Kazakhstan ask Kyrgyzstan to release?', true],
    ['The canals lose up to 40 percent of the water.', 'quantity', 'how much water gets lost in the canals?', true],
    ['It will supply 1.5 billion kilowatt-hours in winter.', 'quantity', 'How much power must Kazakhstan send in winter?', true],
    ['The consortium plans to install 4 gigawatts of capacity.', 'quantity', 'How much hydrogen will the plant make?', false],
    ['In 2023, forwarders said insurance could add 7 to 9 percent.', 'quantity', 'How much did freight forwarders say insurance would add?', true],
    // An amount of trade is a sum of money.
    ['It was signed by the Minister of Supply and Internal Trade on 12 March.', 'quantity', 'kazakhstan egypt trade 2024?', false],
    ['Bilateral trade rose to $412 million in 2024.', 'quantity', 'kazakhstan egypt trade 2024?', true],
    // "each year" asks for a rate, not for a time.
    ['"Two years ago, a scholarship seemed like a lottery ticket."', 'quantity', 'how many scholarships will germany give kazakh students each year', false],
    ['It will carry up to 1.5 million tonnes a year.', 'quantity', 'How many tonnes will it carry?', true],
    ['It will cost $2 billion.', 'quantity', 'How much will the 120 turbines cost?', true],
    // A statement by someone else than the speaker asked about.
    ['“The talks will address pressing issues,” the Kremlin’s statement said.', 'statement', 'What did Putin say about the talks?', false],
    ['«Our relations are developing steadily» Putin noted.', 'statement', 'What did Putin say about relations?', true],
    ['«Our relations are developing steadily» Putin noted.', 'statement', 'What does Tokayev say of Putin?', false],
    ['Kazakh President Kassym-Jomart Tokayev said the ties were strong.', 'statement', 'what did tokaev say about ties?', true],
    // Pronouns and offices refer to someone named elsewhere.
    ['“No sanctions can halt this,” the diplomat underscored.', 'statement', 'What did Borodavkin say about sanctions?', true],
    ['He stressed that ties were strong.', 'statement', 'What did Putin say about ties?', true],
    ['Nurtleu said the law was outdated.', 'statement', 'What did the Kazakh foreign minister say about the law?', true],
    ['It left for Europe in March.', 'place', 'Where did it go?', false],
    ['It will open in Xi\'an.', 'place', 'Where will it open?', true],
    ['Construction is due to begin next year.', 'date', 'When will construction start?', true],
    ['It was delayed because talks on tariffs continue.', 'reason', 'Why was it delayed?', true],
    ['It was signed in Tashkent.', 'reason', 'Why was it signed?', false],
    // "Due to" before a verb and "since" before a time tell when, not why.
    ['The plant is due to reach full capacity in 2032.', 'reason', 'Why was it delayed?', false],
    ['The line is due to open in May.', 'reason', 'Why was it delayed?', false],
    ['It was delayed due to rising costs.', 'reason', 'Why was it delayed?', true],
    ['Trade has doubled since 2019.', 'reason', 'Why did trade grow?', false],
    ['No session has been held since March.', 'reason', 'Why was it delayed?', false],
    ['Since the dam is higher, the surveys take longer.', 'reason', 'Why was it delayed?', true],
    // What is at stake answers "why does X want …"; a condition, "why can't …".
    ['"For a landlocked country, every new route is a question of economic sovereignty," he said.', 'reason', 'Why does Mongolia care about the ports?', true],
    ['The water is vital for rice growers in the south.', 'reason', 'Why does Kazakhstan need the water?', true],
    ['It could supply 1 million tonnes if freight costs were brought down.', 'reason', "why can't kazakhstan ship more wheat", true],
    ['It could supply 1 million tonnes if freight costs were brought down.', 'reason', 'Why did Kazakhstan ship more wheat?', false],
    ['They will discuss the CSTO, EAEU and SCO.', 'name', 'Which organisations will they discuss?', true],
    ['they will discuss cooperation.', 'name', 'Which organisations will they discuss?', false],
    // "How often" wants a frequency, not any figure.
    ['A joint commission will meet twice a year to review volumes.', 'quantity', 'How often does the commission meet?', true],
    ['It operates three flights a week on the route.', 'quantity', 'How often does the airline fly?', true],
    ['Data will be exchanged every ten days.', 'quantity', 'How often will they exchange data?', true],
    ['The commission raised the volume to 1.4 billion cubic metres a year.', 'quantity', 'How often does the commission meet?', false],
  ] as const)('"%s" carries %s for "%s": %s', (text, type, question, expected) => {
    expect(carriesAnswerType(text, type, question)).toBe(expected);
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
    ['What year was the treaty signed?', []],
    // No noun before the verb, or a named person asked about.
    ['What did Tokayev warn must not happen?', []],
    ['Who is Erzhan Kazykhanov?', []],
    ['When did Tokayev meet Putin?', []],
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
  ])('"%s" names another mission than Japan → Kazakhstan: %s', (text, expected) => {
    expect(namesOtherMission(text, { from: 'japan', to: 'kazakhstan' })).toBe(expected);
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
  ])('%s reads as "%s"', (question, word) => {
    expect(parseQuestion(question, now).text.split(' ')).toContain(word);
  });
});

describe('dates in questions', () => {
  it.each([
    ['What happened in 2022?', { from: '2022-01-01', to: '2022-12-31' }, null],
    ['What did they agree in November 2025?', { from: '2025-11-01', to: '2025-11-30' }, null],
    ['What did they discuss in Oct 2025?', { from: '2025-10-01', to: '2025-10-31' }, null],
    ['How much cargo moved in January-September 2023?', { from: '2023-01-01', to: '2023-09-30' }, null],
    ['What was trade for jan-sept 2023?', { from: '2023-01-01', to: '2023-09-30' }, null],
    ['What was signed in Sept. 2023?', { from: '2023-09-01', to: '2023-09-30' }, null],
    ['What was signed before 2025?', { from: '0000-01-01', to: '2024-12-31' }, null],
    ['What was agreed by 2025?', { from: '0000-01-01', to: '2024-12-31' }, null],
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
    ['What is the current deadline for the project?', null, 'latest'],
    ['How much electricity was to be sent under the original swap?', null, 'earliest'],
    ['When had the commission last met before the Ankara session?', null, null],
    ['How many students study in Russia?', null, null],
  ])('%s', (question, range, order) => {
    const intent = parseQuestion(question, now);
    expect(intent.range).toEqual(range);
    expect(intent.order).toBe(order);
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
