import { describe, expect, it } from 'vitest';
import { carriesAnswerType, listsSeveralAsked, makesAskedStatement, namesAskedAsDoer, namesDoer, namesOtherSideDoer, onlyComingDates } from '../../src/search/carriers.ts';

describe('facts a passage carries for a question', () => {
  it.each([
    ['It met on May 8, 2025.', 'date', 'When did they meet?', true],
    ['It met in Moscow.', 'date', 'When did they meet?', false],
    ['He said the first shipments were expected in the autumn.', 'date', 'When were the first shipments expected?', true],
    ['The spring harvest was poor.', 'date', 'When were the first shipments expected?', false],
    ['The agreement took effect on Nov. 10.', 'date', 'When did the agreement come into force?', true],
    ['It was signed in Sept. 2023.', 'date', 'When was it signed?', true],
    ['The lower house was expected to vote on it during its autumn session.', 'date', 'When was the lower house supposed to vote?', true],
    ['Processing should take no more than 10 working days.', 'quantity', 'How long will it take to process a visa?', true],
    ['Processing will be handled by the consulate in Almaty.', 'quantity', 'How long will it take to process a visa?', false],
    ['The deal sets a minimum monthly salary of 450,000 tenge for nurses.', 'quantity', 'How much will nurses earn per month?', true],
    ['The hospital project will cost 450 million tenge.', 'quantity', 'How much will nurses earn per month?', false],
    // Units that answer how hot, how long a flight, how much money.
    ['The well can heat thousands of homes in Talgar.', 'quantity', 'How hot is the water from the well?', false],
    ['Tests found water at 62 degrees Celsius.', 'quantity', 'How hot is the water from the well?', true],
    ['The airline will fly twice a week, using aircraft with 166 seats.', 'quantity', 'How long is the direct flight to Madrid?', false],
    ['Flight time will be about 7 hours 40 minutes.', 'quantity', 'How long is the direct flight to Madrid?', true],
    ['The route had been planned for almost two years.', 'quantity', 'How long did the first flight take?', false],
    ['The journey will take about seven and a half hours.', 'quantity', 'How long does the flight take?', true],
    // A capacity is an amount of what is made or held, not a delay.
    ['It produced its first batch three months later than the two sides had planned.', 'quantity', 'What capacity did the plant start with?', false],
    ['It will have an initial annual capacity of 12,000 tonnes.', 'quantity', 'What capacity did the plant start with?', true],
    ['The loan carries a term of 15 years.', 'quantity', 'How much money went into the first stage?', false],
    // "When will …" is not answered by what has been done.
    ['The consultations were held in Astana on February 9.', 'date', 'When will the consulate in Mumbai open?', false],
    ['The consulate is expected to begin operating on May 1, 2026.', 'date', 'When will the consulate in Mumbai open?', true],
    // Where something comes from is a place after "from".
    ['The spodumene comes from the Bakennoye deposit in East Kazakhstan region.', 'place', 'where does the spodumene for the plant come from', true],
    ['The plant, in the northern region of Kostanay, will process the ore.', 'place', 'where does the ore for the plant come from', false],
    // "saying that" reports speech; "so-called" does not.
    ['Kassymov rejected that view on Wednesday, saying that two-thirds of companies are Kazakh-owned.', 'statement', 'What did Kassymov say about the companies?', true],
    ['The so-called fintech bridge was signed on Tuesday.', 'statement', 'What did Kassymov say about the fintech bridge?', false],
    // A place after "the village of", "the southern city of".
    ['The six-day drills near the village of Katon-Karagay involved about 1,200 servicemen.', 'place', 'where was the exercise held', true],
    ['The plant will be built in the southern Kazakh city of Shymkent.', 'place', 'Where will the plant be built?', true],
    ['Officials expect it to be ratified within six months.', 'date', 'When will it be ratified?', true],
    ['They have been partners since 1992.', 'quantity', 'How long have they been partners?', true],
    ['Construction is due to begin next year.', 'quantity', 'How long will the railway be?', false],
    ['Trade reached $20 billion.', 'quantity', 'How much was trade?', true],
    ['He met Emmanuel Macron.', 'person', 'Who did he meet?', true],
    ['He met Emmanuel Macron.', 'person', 'Did he meet Emmanuel Macron?', false],
    ['They met in Dushanbe.', 'place', 'Where did they meet?', true],
    ['The course at the Border Service\'s Caspian training centre covers search and rescue.', 'place', 'Where will the border guards go for training?', false],
    ['The officers are to travel to Trincomalee in early 2027 for a course.', 'place', 'Where will the border guards go for training?', true],
    ['A ceremony was held in the St. George Hall of the Kremlin.', 'place', 'Where was the ceremony held?', true],
    ['He raised it at a summit in St. Petersburg in December.', 'place', 'Where did he raise it?', true],
    ['It reached 22.5 million tonnes.', 'quantity', 'How much cargo?', true],
    ['The two countries agreed on it.', 'quantity', 'How many projects?', false],
    ['It will start production in 2029.', 'quantity', 'How much will it cost?', false],
    ['A seven-day package currently costs about 45,000 baht.', 'quantity', 'How much does a tour cost?', true],
    ['The terminal is estimated at 210 million reais.', 'quantity', 'How much will the terminal cost?', true],
    ['The expansion will cost a further 130 million zlotys.', 'quantity', 'How much will the expansion cost?', true],
    ['Each award includes a monthly stipend of 9,000 taka.', 'quantity', 'How much is the stipend?', true],
    // A sum of money answers what the investment or the loan is, not a count of projects; its rate or term is no sum.
    ['The partnership has grown to 18 joint projects.', 'quantity', 'What is the total investment in the projects?', false],
    ['The projects carry a combined investment of about 3.4 billion euros.', 'quantity', 'What is the total investment in the projects?', true],
    ['The loan carries an annual interest rate of 2 percent.', 'quantity', 'What interest rate is charged on the loan?', true],
    ['It carries a term of 15 years.', 'quantity', 'Over how many years is the loan repaid?', true],
    // A figure of the question is one as a whole word: "2022" is not the "22" of "22 companies".
    ['About 22 Finnish companies travelled with the minister.', 'quantity', 'How many Finnish companies came in October 2022?', true],
    // A share answers a part of a sum, and a rate of duty or a cut in a tariff.
    ['The Kazakh government will cover half of the import cost.', 'quantity', 'How much of the cost of the cattle will the state pay?', true],
    ['Kazakhstan wants Vietnam to scrap its 5 percent import duty on wheat.', 'quantity', 'What import duty does Vietnam charge on wheat?', true],
    ['Nine out of ten homes are heated with geothermal water.', 'quantity', 'What share of homes use geothermal heating?', true],
    // A currency after its country's adjective is money.
    ['Packages will be sold from 289,000 Icelandic kronur.', 'quantity', 'What is the price of the tour package?', true],
    // People counted by what each of them did.
    ['A petition against the project has gathered more than 14,000 signatures.', 'quantity', 'How many people have signed the petition?', true],
    // The size of the whole is not the part given to it; a figure of what is given is.
    ['Delegates agreed to create a $20 million fund for seeds.', 'quantity', 'How much did Kazakhstan contribute to the fund?', false],
    ['Kazakhstan pledged $5 million of the total.', 'quantity', 'How much did Kazakhstan contribute to the fund?', true],
    // An age answers "how old"; a person's age is no count.
    ['"We came here to win," the 22-year-old said.', 'quantity', 'How old is the striker?', true],
    ['Zhumabayev headed in a corner to make it 2-2.', 'quantity', 'How old is the striker?', false],
    ['Student Aruzhan Bekova, 19, said she had applied.', 'quantity', 'How many students applied?', false],
    // A price one person pays is not the millions of a project.
    ['Levant Care will build a hospital in Almaty at a cost of $85 million.', 'quantity', 'How much will a ticket on the Almaty-Amman flight cost?', false],
    ['One-way economy fares will start at 180 euros.', 'quantity', 'How much will a ticket on the flight cost?', true],
    // "How many times" is answered by one of a series, as well as by a figure.
    ['Kazakhstan was elected to the council for the third time.', 'quantity', 'How many times has Kazakhstan been elected to the council?', true],
    // A rate of interest is said as one, not as a growth or a stake.
    ['Shipments were up 23 percent from 2023.', 'quantity', 'What interest rate does the bank charge on the loan?', false],
    ['The loan is repaid over 25 years at an annual interest rate of 2 percent.', 'quantity', 'What interest rate does the bank charge on the loan?', true],
    // An amount written out in words, and days of a week as a frequency.
    ['The aircraft brought four tonnes of medicine.', 'quantity', 'How much medicine did the aircraft bring?', true],
    ['The centre is open five days a week.', 'quantity', 'How often is the centre open?', true],
    // A price per animal is not the worth of the whole deal.
    ['The deal is worth about $14.6 million.', 'quantity', 'What price per animal is Kazakhstan paying for the heifers?', false],
    ['Each heifer costs about $2,900 delivered, or $2,900 a head.', 'quantity', 'What price per head is Kazakhstan paying?', true],
    // An interest rate is a percentage, not the sum lent.
    ['The bank will lend $150 million to rehabilitate the canal.', 'quantity', 'What interest rate does the bank charge on the loan?', false],
    ['During an October 10 meeting he spoke.', 'quantity', 'How many projects?', false],
    ['It marked the 80th anniversary.', 'quantity', 'How many people?', false],
    ['It was led by Minister of Industry Kanat Sharlapayev.', 'person', 'Who led it?', true],
    ['Both ministers said they would ask the Eurasian Development Bank to co-finance the road.', 'person', "Who was Kazakhstan's transport minister in 2023?", false],
    ['Both ministers said they would ask the Eurasian Development Bank to co-finance the road.', 'person', 'Who will co-finance the road?', true],
    ['The mission was run by the Eurasian Development Bank.', 'person', 'Who headed the mission?', false],
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
    ['Milling wheat will make up about three quarters of the volume.', 'quantity', 'What portion of the contract is wheat?', true],
    ['Milling wheat will make up most of the volume.', 'quantity', 'What portion of the contract is wheat?', false],
    // A year asked for is a year, not a weekday.
    ['The roadmap was adopted on Thursday.', 'date', 'Which years does the roadmap cover?', false],
    ['It covers the period from 2024 to 2025.', 'date', 'Which years does the roadmap cover?', true],
    ['The roadmap was adopted on Thursday.', 'date', 'When was the roadmap adopted?', true],
    ['The ministry said on Tuesday that the consulate would open.', 'date', 'When will the consulate open?', false],
    ['The consulate is expected to begin operating on May 1, 2026.', 'date', 'When will the consulate open?', true],
    // "When does" asks what is scheduled, and the time of a plan is still to come in its report: neither is the report's own day.
    ['The two countries signed a labour agreement on Wednesday.', 'date', 'When does the labour deal take effect?', false],
    ['It will come into force on January 1, 2025.', 'date', 'When does the labour deal take effect?', true],
    ['The company signed an agreement on Thursday to build the plant.', 'date', 'When was construction of the plant meant to start?', false],
    ['Construction is scheduled to begin in April next year.', 'date', 'When was construction of the plant meant to start?', true],
    // A target is a figure to be reached, not the figure of a year.
    ['Bilateral trade stood at $1.4 billion last year.', 'quantity', 'What target did Kazakhstan and India set for their trade?', false],
    ['Both ministers said they wanted it to reach $5 billion by 2030.', 'quantity', 'What target did Kazakhstan and India set for their trade?', true],
    ['They agreed to lift trade to $15 billion a year.', 'quantity', 'kazakhstan turkey trade target', true],
    ['It will require further investment of about $2.3 billion.', 'quantity', 'how much more investment does the 2030 corridor goal need', true],
    ['Uzbekistan will guarantee 1.2 billion cubic metres of water.', 'quantity', 'How long is the water agreement valid?', false],
    ['It will remain in force for five years, until the end of 2028.', 'quantity', 'How long is the water agreement valid?', true],
    // How long a term was extended is its new span or end, not what it provides.
    ['They agreed on Tuesday to extend their grain supply agreement until 2030.', 'quantity', 'How long was the grain agreement prolonged?', true],
    ['Kazakhstan will supply up to 250,000 tonnes of grain a year under the agreement.', 'quantity', 'How long was the grain agreement prolonged?', false],
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
    // Metals and minerals come in tonnes; a depth in metres; a sum asked in a currency other than dollars in that currency.
    ['It identified 14 promising sites for lithium exploration.', 'quantity', 'How much lithium does Kazakhstan export each year?', false],
    ['Kazakhstan shipped about 120,000 tonnes of phosphate to Brazil in 2024.', 'quantity', 'How much phosphate did Kazakhstan deliver to Brazil?', true],
    ['It planned to deepen the approach channels at a cost of 28 billion tenge.', 'quantity', 'How deep will the approach channels be?', false],
    ['The channels will be dredged to a depth of 6.5 metres.', 'quantity', 'How deep will the approach channels be?', true],
    ['The network is estimated to cost $18 million, to be shared equally.', 'quantity', 'How much is Iran contributing to the network in rials?', false],
    ['Iran will contribute 750 billion rials to the network.', 'quantity', 'How much is Iran contributing to the network in rials?', true],
    ['The budget was raised to 2.3 billion tenge.', 'quantity', 'how much money in dollars was set aside for the embassy', true],
    // A freight or lease rate, a sum put in or guaranteed, are sums of money.
    ['The journey took 34 days.', 'quantity', 'What is the freight rate for one container from Aktau to Lisbon?', false],
    ['Kazakhstan will cover 70 percent of the cost.', 'quantity', 'How much did the fund put into the well in dollars?', false],
    ['It will build a terminal of about 9 hectares.', 'quantity', 'How much did the state guarantee for the terminal amount to?', false],
    // An amount of trade is a sum of money.
    ['It was signed by the Minister of Supply and Internal Trade on 12 March.', 'quantity', 'kazakhstan egypt trade 2024?', false],
    ['Bilateral trade rose to $412 million in 2024.', 'quantity', 'kazakhstan egypt trade 2024?', true],
    ['Under the exchange, 30 students a year will study in the other country.', 'quantity', 'How much did trade between Kazakhstan and Chile reach in 2025?', false],
    // "each year" asks for a rate, not for a time.
    ['"Two years ago, a scholarship seemed like a lottery ticket."', 'quantity', 'how many scholarships will germany give kazakh students each year', false],
    ['It will carry up to 1.5 million tonnes a year.', 'quantity', 'How many tonnes will it carry?', true],
    ['It will cost $2 billion.', 'quantity', 'How much will the 120 turbines cost?', true],
    // A statement by someone else than the speaker asked about.
    ['“The talks will address pressing issues,” the Kremlin’s statement said.', 'statement', 'What did Putin say about the talks?', false],
    ['«Our relations are developing steadily» Putin noted.', 'statement', 'What did Putin say about relations?', true],
    ['«Our relations are developing steadily» Putin noted.', 'statement', 'What does Tokayev say of Putin?', false],
    ['He called the agreement "a bridge between the steppe and the cerrado" and said Brasília wanted more.', 'statement', 'How did ambassador Lacerda describe the agreement?', true],
    ['Kazakh President Kassym-Jomart Tokayev said the ties were strong.', 'statement', 'what did tokaev say about ties?', true],
    // "…, who had warned …" goes on about the one named before.
    ['Dana Akhmetova of Steppe Capital, who had warned in 2023 that the timetable was too ambitious, said the phased approach had been sensible.', 'statement', 'What did Akhmetova think of building the plant in two phases?', true],
    // Pronouns and offices refer to someone named elsewhere.
    ['“No sanctions can halt this,” the diplomat underscored.', 'statement', 'What did Borodavkin say about sanctions?', true],
    ['He stressed that ties were strong.', 'statement', 'What did Putin say about ties?', true],
    ['Nurtleu said the law was outdated.', 'statement', 'What did the Kazakh foreign minister say about the law?', true],
    ['It left for Europe in March.', 'place', 'Where did it go?', false],
    ['It will open in Xi\'an.', 'place', 'Where will it open?', true],
    ['Construction is due to begin next year.', 'date', 'When will construction start?', true],
    ['It was delayed because talks on tariffs continue.', 'reason', 'Why was it delayed?', true],
    ['It was signed in Tashkent.', 'reason', 'Why was it signed?', false],
    // "after" and a clause tell the cause of a change; a span of time does not.
    ['Construction started a month late, after spring floods delayed the delivery of machinery.', 'reason', 'Why did construction start late?', true],
    ['The plant was commissioned 17 months after the date first set.', 'reason', 'Why was the plant late?', false],
    ['The opening was held up by delays in issuing visas to the instructors.', 'reason', 'Why was the opening delayed?', true],
    ['The opening was delayed by about six months.', 'reason', 'Why was the opening delayed?', false],
    ['Two engineers left the course early for family reasons.', 'reason', 'Why did two engineers not finish?', true],
    ['The project was suspended over environmental concerns.', 'reason', 'Why was the project suspended?', true],
    // "due to" a scheduled deed is no cause.
    ['The ferry is due to sail in May.', 'reason', 'Why is the ferry late?', false],
    // Why someone wants something: in their own words.
    ['"We need the grain before the winter," the minister said.', 'reason', 'Why does Egypt want Kazakh wheat?', true],
    // What a change came from is its reason; what money comes from is its source.
    ['He said most of the latest increase came from a battery storage system.', 'reason', 'What caused the cost increase?', true],
    ['He said the extra money went on replacing clogged membranes.', 'reason', 'Why did the final cost end up higher?', true],
    ['The rest is to come from UN agencies and donor countries.', 'reason', 'Why does the mandate cover Afghanistan?', false],
    ['Trade reached $6.4 billion, driven mostly by Korean exports of cars.', 'reason', 'Why is Korea interested in lithium?', false],
    ['The delegations set June 2027 as the new date, citing delays in agreeing the budget.', 'reason', 'Why was the deadline pushed back?', true],
    ['The higher price reflects more expensive electrolysers.', 'reason', 'Why did the project become more expensive?', true],
    ['The new estimate is about 44 percent higher than the first.', 'quantity', "By what percentage did the smelter's price tag go up?", true],
    // "Due to" before a verb and "since" before a time tell when, not why.
    ['The plant is due to reach full capacity in 2032.', 'reason', 'Why was it delayed?', false],
    ['The line is due to open in May.', 'reason', 'Why was it delayed?', false],
    ['It was delayed due to rising costs.', 'reason', 'Why was it delayed?', true],
    ['The delay was caused mainly by late deliveries of equipment.', 'reason', 'Why did the plant open late?', true],
    ['Officials attributed the slowdown to a harsh winter.', 'reason', 'Why did work slow down?', true],
    ['He said the project was part of Seoul\'s effort to diversify its supplies.', 'reason', 'Why is Korea interested?', true],
    ['The deal is part of the national food security strategy.', 'reason', 'Why did Qatar sign?', true],
    ['The plant is part of the first phase.', 'reason', 'Why was it built?', false],
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
    // A fraction answers a share; cents are money; a unit counts only after a figure.
    ['He added that about a third of them crossed Kazakhstan.', 'quantity', 'What fraction of the containers crossed Kazakhstan?', true],
    ['She said the imports would cover roughly a fifth of peak demand.', 'quantity', 'What share of peak demand will the imports cover?', true],
    ['Summer power will be priced at 2.1 US cents per kilowatt-hour.', 'quantity', 'What price was agreed for summer power?', true],
    ['Tajik negotiators are seeking 2.5 US cents per kilowatt-hour.', 'quantity', 'How much electricity did Tajikistan offer?', false],
    ['Tajikistan would export up to 1.5 billion kilowatt-hours a year.', 'quantity', 'How much electricity did Tajikistan offer?', true],
    // "through" a place is no span of time; "through 2030" is.
    ['The train will travel 900 kilometres through Uzbekistan.', 'quantity', 'How long will the train take?', false],
    ['It is expected to arrive in six days.', 'quantity', 'How long will the train take?', true],
    ['The agreement runs through 2030.', 'quantity', 'How long will the agreement run?', true],
    // "How many people/countries" counts people or countries, in whatever words.
    ['The plant employs 610 people.', 'quantity', 'How many people work at the plant?', true],
    ['It will raise output to 3,500 machines a year.', 'quantity', 'How many people work at the plant?', false],
    ['In all, 16 vessels and some 470 personnel took part.', 'quantity', 'How many people took part in the drill?', true],
    ['About 32,000 spectators filled the stadium.', 'quantity', 'how many people watched the game', true],
    ['Ministers from 38 member states gathered in Astana.', 'quantity', 'how many countries sent delegations', true],
    ['It will hold 15,000 samples of wheat for participating countries.', 'quantity', 'how many countries sent delegations', false],
    // A figure in a unit of time or measure counts no passengers or rescuers, unless the question asks in that unit.
    ['The flight took seven hours and 40 minutes.', 'quantity', 'How many passengers were on board the first flight?', false],
    ['The aircraft carried rescuers and 60 tonnes of aid.', 'quantity', 'How many rescuers did Kazakhstan send?', false],
    ['The aircraft carried 48 rescuers and 60 tonnes of aid.', 'quantity', 'How many rescuers did Kazakhstan send?', true],
    ['The aircraft carried 60 tonnes of aid.', 'quantity', 'How many tonnes of aid did Kazakhstan send?', true],
    ['The flight took seven hours.', 'quantity', 'How many hours does the flight take?', true],
    // A share of a cost or a budget is a share, not a sum of money.
    ['He said the national budget would cover 60 percent of the cost.', 'quantity', 'What share of the pilot is the national budget covering?', true],
    ['KTZ will cover 30 percent.', 'quantity', "What share of the railway's cost is KTZ covering?", true],
    // "How many" counts, whatever else the question names ("after the budget cuts").
    ['The staff of the mission has been cut to seven diplomats.', 'quantity', 'How many diplomats will staff the embassy after the budget cuts?', true],
    // "How much less water" is answered by a share; a target by a widened one.
    ['It grows the same harvest with 40 percent less water.', 'quantity', 'How much less water does the technology need?', true],
    // The size of a site is an area.
    ['The site has been enlarged from 2.5 to 3.1 hectares.', 'quantity', 'How large is the site after it was expanded?', true],
    ['About one in five children still showed signs of stress.', 'quantity', 'What proportion of the children still show signs of stress?', true],
    ['The revised estimate is about 7.7 billion tenge.', 'quantity', 'How large is the site after it was expanded?', false],
    ['They agreed to extend the programme to 80,000 hectares.', 'quantity', 'What is the latest target area for the programme?', true],
    // A street, a district of a city; what someone expected is something they said.
    ["The campus occupies an institute on Al-Farabi Avenue, in the city's Bostandyk district.", 'place', 'where exactly in almaty is the campus', true],
    ['He expected the company to place orders worth 700 million euros with Italian suppliers.', 'statement', 'What did Bellandi say about contracts for Italian suppliers?', true],
    ['The plant is expected to open in 2027.', 'statement', 'What did Bellandi say about the plant?', false],
    // Money given; a company, not a country; a country for "which central asian country".
    ['She said Kazakhstan would contribute $10 million to the fund.', 'quantity', 'How much would Kazakhstan give to the fund?', true],
    ['If a fund comes in ten years, it will come too late.', 'quantity', 'How much would Kazakhstan give to the fund?', false],
    ['It would promote the country in Spain, Portugal and Italy.', 'name', 'Which Spanish company plans a hotel?', false],
    ['The Spanish group Hoteles Marenostra will build it.', 'name', 'Which Spanish company plans a hotel?', true],
    ['Only Turkmenistan sent a deputy minister.', 'name', 'Which Central Asian country did not send its foreign minister?', true],
    ['The flight takes about seven hours.', 'quantity', 'How long will the journey take?', true],
    // A target is no trade figure.
    ['The sides set a target of $2 billion by 2027.', 'quantity', 'kazakhstan vietnam trade in 2024?', false],
    ['Trade between the two countries reached $1.07 billion in 2023.', 'quantity', 'kazakhstan vietnam trade in 2023?', true],
    ['They aim to lift trade to $5 billion by 2030.', 'quantity', 'What trade target did they set?', true],
    // A price per unit is answered per that unit.
    ['Trade between them was worth about $310 million last year.', 'quantity', 'What price per tonne will Thailand pay for wheat?', false],
    ['Thailand will pay $265 a tonne for the first shipments.', 'quantity', 'What price per tonne will Thailand pay for wheat?', true],
    ['Its capacity is 12 billion cubic metres a year, at a cost of $2.8 billion.', 'quantity', 'What price per thousand cubic metres will Kazakhstan pay?', false],
    // Someone's own reasons are in their own words, unless the words are someone else's.
    ['"Now we have a number on paper, and a number can be checked," he told reporters.', 'reason', 'Why does the water minister consider the deal a breakthrough?', true],
    ['"Now we have a number on paper, and a number can be checked," he told reporters.', 'reason', 'Why was the deal signed?', false],
    ['"It is a historic day," Putin said.', 'reason', 'Why did Tokayev say the trip was important?', false],
    // Cubic kilometres are water too; "eighteen months" is a time.
    ['It will release at least 1.3 cubic kilometres more water a year.', 'quantity', 'How much more water will Kazakhstan let out?', true],
    ['The fund should put its money into projects within eighteen months.', 'date', 'what deadline did he give for the projects', true],
    // A ship's destination is where it is "bound for"; "where is she from" asks a place after "from".
    ['The Nordic Aurora is taking on 33,500 tonnes of wheat, bound for the Algerian port of Oran.', 'place', 'where is the first wheat cargo going', true],
    ['Lithuania will cut its tariff for Kazakh grain travelling by rail in Lithuania.', 'place', 'where is the first wheat cargo going', false],
    ['Abena Owusu, a 34-year-old maize farmer from Techiman, said she had never travelled abroad.', 'place', 'where is abena owusu from', true],
    ['Abena Owusu now teaches post-harvest storage at Ejura.', 'place', 'where is abena owusu from', false],
    // "Where did it get its sulphur?" asks where the sulphur came from.
    ['The company was studying Kazakh supplies as an alternative to cargoes from the Gulf.', 'place', 'Where did Fertinova get its sulphur before?', true],
    ['The deal was signed in Mexico City.', 'place', 'Where did Fertinova get its sulphur before?', false],
    // "people flying between A and B" are not going anywhere the question asks: it asks where they change planes.
    ['At present, travellers have to change planes in Istanbul, Moscow or Frankfurt.', 'place', 'where did people flying between astana and belgrade have to change planes', true],
  ] as const)('"%s" carries %s for "%s": %s', (text, type, question, expected) => {
    expect(carriesAnswerType(text, type, question)).toBe(expected);
  });
});

describe('several of a kind listed for a "which …s" question', () => {
  it.each([
    ['He said the animals would go to 14 farms in Kostanay and Akmola regions.', 'Which regions will get the imported heifers?', true],
    ['Kazakhstan plans to test a tracking system in Kostanay region by 2028.', 'Which regions will get the imported heifers?', false],
    ['The water is vital for growers in the Turkestan and Kyzylorda regions.', 'Which Kazakh regions depend on the Syr Darya water?', true],
    // People listed, or English words of an office, are no regions.
    ['It was signed by Deputy Minister Aidos Zhunusov and Rami Haddadin.', 'Which Kazakh regions depend on the Syr Darya water?', false],
    ["It was signed by Kazakhstan's Minister of Water Resources and Irrigation.", 'Which Kazakh regions depend on the Syr Darya water?', false],
    // Countries the question does not name, one of two words.
    ['It will travel by rail through Turkmenistan and Iran to the port of Bandar Abbas.', 'Which countries does the grain cross on its way to Aqaba?', true],
    ['It will be co-chaired by Kazakhstan and the United States.', 'Which countries co-chair the dialogue?', true],
    ['Kazakhstan and Jordan signed the agreement in Astana.', 'Which countries does the Kazakh grain cross on its way to Jordan?', false],
    // Things listed in lower case.
    ['Exploration will focus on gallium, germanium, scandium and rare earth elements.', 'which metals will they look for?', true],
    ['The plant, which will process ore and tailings, opens in 2026.', 'which metals will they look for?', false],
    // A question asking for one does not ask for a list.
    ['He said the animals would go to 14 farms in Kostanay and Akmola regions.', 'Which region will get the imported heifers?', false],
  ])('%s (%s) → %s', (text, question, expected) => {
    expect(listsSeveralAsked(text, question)).toBe(expected);
  });
});

describe('the doer of the deed a "who" question asks about', () => {
  it.each([
    ['The agreement was signed in Astana by Vice Minister of Energy Nurlan Zhaksybekov and chief executive Rui Pimentel.', 'Who signed the solar farm deal?', true],
    // A company that signed is no person who signed.
    ["Solverde Atlantico signed an agreement with Kazakhstan's Energy Ministry on Thursday.", 'Who signed the solar farm deal?', false],
    // Leading, heading and chairing are one deed.
    ['The Vietnamese delegation was headed by Tran Quoc Bao, Deputy Minister of Industry and Trade.', "Who led Vietnam's team at the talks?", true],
    // … but the other side's leader does not answer.
    ['The Kazakh team was led by Aidos Serikbayev, the first vice minister.', "Who headed Vietnam's team at the talks?", false],
    ['"Election day was calm," said Katarina Lindqvist, a former Swedish ambassador who heads the mission.', 'Who heads the OSCE mission?', true],
    // An institution is no doer by name.
    ["The survey was carried out by Iceland's Marine and Freshwater Research Institute.", 'Who carried out the survey?', false],
    // "Who was the …" names no deed.
    ['The agreement was signed by Vice Minister Talgat Omirzakov.', 'Who was the vice minister?', false],
    // Being in charge or in command is leading.
    ['The consulate will be headed by Aigerim Bekova, a career diplomat.', "Who is in charge of Kazakhstan's consulate in São Paulo?", true],
    ['The rotation is commanded by Major Yerlan Dzhaksybekov, a 38-year-old officer.', 'who was in command of the kazakh company sent to lebanon', true],
    // Who pays is a government, a company or a lender as often as a person.
    ['Transport costs of around $420,000 are being covered by WFP from donor contributions.', 'Who is paying for the transport of the aid?', true],
    ['The Kazakh government will cover $4.5 million, and Jardbor will absorb the remaining $2.1 million.', 'who is paying for the extra 6.6 million dollars', true],
    ['Kazakhstan will host four courses, while Sri Lanka pays for their flights.', 'Who covers the airfare of the Sri Lankan officers?', true],
    ['He pays little attention to the flights.', 'Who covers the airfare of the officers?', false],
    ['The Nordic Geothermal Development Fund, which co-financed the original budget, has not added any money.', 'who is paying for the extra 6.6 million dollars', false],
  ])('%s (%s) → %s', (text, question, expected) => {
    expect(namesDoer(text, question)).toBe(expected);
  });

  it.each([
    ['Aidar Seitkali, who led the Kazakh side in the first round of talks in Ashgabat in 2024, now heads QazaqGaz.', 'who led the turkmen side at the ashgabat gas talks', true],
    ['The Turkmen delegation was led by Bayram Orazov, deputy chairman of the Cabinet of Ministers.', 'who led the turkmen side at the ashgabat gas talks', false],
    ['The Kazakh team was led by Aidos Serikbayev, and the Vietnamese team by Tran Quoc Bao.', "Who headed Vietnam's team at the talks?", true],
    ['The agreement was signed in Astana by Vice Minister Nurlan Zhaksybekov.', 'Who signed the solar farm deal?', false],
  ])('%s (%s) names the doer on another side only → %s', (text, question, expected) => {
    expect(namesOtherSideDoer(text, question)).toBe(expected);
  });

  it.each([
    // The one asked about is the doer here: it runs something else.
    ['The plant, run by the joint venture Kaz-Hanbit Lithium, will have an annual capacity of 12,000 tonnes.', 'Who runs Kaz-Hanbit Lithium?', true],
    ['Students graduated from the centre run by Kostanay Higher Agrarian College and Southern Plains Agricultural College of Ashburton.', 'Who runs Southern Plains Agricultural College?', true],
    // One of its people does the deed.
    ['The bank is owned by Kaspi founder Mikhail Lomtadze.', 'Who owns Kaspi Bank?', false],
    ["The fund is headed by the Kuwait Fund's director, Ali Hassan.", 'Who heads Kuwait Fund?', false],
    ['The college is run by Aliya Nurmagambetova.', 'Who runs Southern Plains Agricultural College?', false],
  ])('%s (%s) names the one asked about as the doer → %s', (text, question, expected) => {
    expect(namesAskedAsDoer(text, question)).toBe(expected);
  });
});

describe('the kind of statement a yes-or-no or condition question wants', () => {
  it.each([
    ['At present the route is served only by winter charters.', 'Can you fly from Almaty to Zanzibar?', true],
    ['The two sides are also discussing a regular flight between Almaty and Zanzibar.', 'Can you fly from Almaty to Zanzibar?', false],
    ['The carrier would add a third weekly flight if the load factor exceeded 75 percent.', 'Under what condition would the airline add flights?', true],
    ['The carrier flies twice a week.', 'Under what condition would the airline add flights?', false],
    // A plan said with "when" or "once" sets its condition too.
    ['He said Abuja would consider opening its own mission "when the volume of business justifies it".', 'Under what condition would Nigeria open a mission?', true],
    ['The carrier will add a third weekly flight once the new terminal opens.', 'Under what condition would the airline add flights?', true],
    ['The carrier added a flight when the terminal opened in May.', 'Under what condition would the airline add flights?', false],
    ['Its 98 wagons also carry 300 tonnes of vegetable oil.', 'What else is on the aid train apart from flour?', true],
    ['A train carrying 5,000 tonnes of wheat flour left on Tuesday.', 'What else is on the aid train apart from flour?', false],
    ['The centre, to be called Zhana Bastau, or "New Beginning", will open in 2023.', 'What does Zhana Bastau mean in English?', true],
    ['Prices will be set every quarter using a formula linked to Black Sea benchmarks.', 'How is the price of the grain worked out?', true],
    ['It will leave in October by rail through China to the port of Lianyungang.', 'How is the first cargo getting to Korea?', true],
    ['The plant produced its first batch on Wednesday.', 'How is the first cargo getting to Korea?', false],
    ['The unions would watch closely to make sure employers did not hold down wages.', 'What worries the unions about the workers?', true],
    ['In exchange, Kazakhstan will supply 1.5 billion kilowatt-hours of electricity.', 'What does Kyrgyzstan get in exchange for the water?', true],
    ['The two countries agreed to exchange water for electricity.', 'What does Kyrgyzstan get in exchange for the water?', false],
    ['He said the union would ask for written guarantees.', "What does the miners' union want?", true],
    ['He said the university would open a Kazakh studies centre in 2026.', 'What is the university planning to open in 2026?', true],
    ['"The faces change," said Kenzhebek, one of the would-be candidates refused registration.', 'What will Kenzhebek do after he was refused registration?', false],
    // A question asking for a fact wants no such statement.
    ['The carrier flies twice a week.', 'How often does the carrier fly?', null],
  ])('%s (%s) → %s', (text, question, expected) => {
    expect(makesAskedStatement(text, question)).toBe(expected);
  });
});

describe('dates that all lie after their report', () => {
  it.each([
    ['The government said it would submit the ratification bill to the Mazhilis this autumn.', '2024-06-10', true],
    ['The Emir accepted an invitation to make a state visit to Kazakhstan in 2026.', '2025-05-20', true],
    ['A draft agreement was ready for signing later this year.', '2025-02-18', true],
    ['The agreement was ratified in March.', '2024-06-10', false],
    ['The parliament ratified the agreement on Tuesday.', '2024-06-10', false],
    ['It was signed in 2023 and will take effect in 2027.', '2024-06-10', false],
    // No date at all is no plan.
    ['The agreement must still be ratified.', '2024-06-10', false],
  ])('%s (report of %s) → %s', (text, docDate, expected) => {
    expect(onlyComingDates(text, docDate)).toBe(expected);
  });
});
