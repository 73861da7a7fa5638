import { isEnglishWord, isEverydayWord } from './commonness.ts';
import { termOf } from './analyzer.ts';
import { COUNTRY_WORDS, DEMONYMS, nearlySame } from './normalize.ts';
import { namesOrganisation, ORGANISATION_Q_RE } from './organisations.ts';
import { OFFICE_TITLES, WHO_IS_BEFORE_OFFICE } from './offices.ts';
import { COUNTRY_FIRST_WORDS, countryTerm, countryTermOf, HOW_MANY_RE, MONTH_RE, MONTHS, TRADE_Q_RE, WEEKDAYS as WEEKDAY_NAMES, type AnswerType } from './question.ts';

/*
 * Whether a passage carries the kind of fact a question asks for: a date for "when", an
 * amount in the right unit for "how much", a place gone to for "where did he go", a person
 * or a lender for "who", words of saying for "what did X say", a reason for "why".
 */

const MONTH_WORDS = `(?:${MONTHS.join('|')})`;
const WEEKDAYS = `(?:${WEEKDAY_NAMES.join('|')})`;
const YEAR = '(?:19|20)\\d{2}';
/** A month as news agencies shorten it before a day or year: "Nov. 10", "Sept. 2023". */
const SHORT_MONTH = '(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)';
const NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozens?|hundreds|thousands?|millions?|billions?|trillions?|half|percent';

/** Dates in a text: years, months (with a day), weekdays and relative days or years. */
const DATE_RE = new RegExp(`\\b(?:${YEAR}|${MONTH_WORDS}(?:\\s+\\d{1,2})?|${SHORT_MONTH}\\.\\s+\\d{1,4}|\\d{1,2}\\s+${MONTH_WORDS}|${WEEKDAYS}|today|yesterday|tomorrow|(?:next|last|this) (?:year|month|week)|(?:end|start|beginning|middle) of (?:the|this|next) (?:year|month)|(?:in|by|until|this|next|last|during|over) (?:the |its |their )?(?:spring|summer|autumn|winter))\\b`, 'gi');
/**
 * Amounts: figures and number words, but not what only looks like one: a year, the day of
 * a date, an ordinal ("80th"), or "the two sides".
 */
const QUANTITY_RE = new RegExp(`(?<!(?:${MONTH_WORDS})\\s)(?<![\\d.,])\\$?\\d+(?:[.,]\\d+)*%?(?!\\d|st\\b|nd\\b|rd\\b|th\\b)|\\b(?<!\\b(?:the|both|one of the|these|those|all)\\s)(?:${NUMBER_WORDS})\\b|\\b(?:a|one|two|three|four)[- ](?:third|quarter|fifth|tenth)s?\\b`, 'gi');
const YEAR_ONLY = new RegExp(`^${YEAR}$`);
/** A question asking what something costs: answered by a sum of money, not any number. */
const COST_RE = /\bhow much\b.*\b(?:cost|costs|pay|paid|spend|spent|worth|invest|invested|charge)\b|\bhow much (?:did|does|do|will|would|has|have|had|is|was|are|were)\b.*\b(?:give|gave|given|contribute|contributed|donate|donated|pledge|pledged|lend|lent|allocate|allocated|grant|granted|guarantee|guaranteed|put)\b|\b(?:freight|lease|leasing|rental) rates?\b|\b(?:cost|price|fee|fare|tariff|budget|worth|salary|salaries|wages?|rent|stipend|allowance|tuition)\b|\bvalue of\b/i;
/** Money a question names, which a sum answers ("the total investment", "the loan"), unless it asks its rate or its term. */
const FUNDS_Q_RE = /^(?!.*\b(?:rate|percent|percentage|how many|how long|term)\b).*\b(?:investments?|loans?|funding|revenues?|subsid(?:y|ies))\b|\bhow much money\b/i;
/** A question asking for a share: answered by a percentage or a fraction, not any figure. */
const SHARE_Q_RE = /\bwhat (?:percentage|percent|share|stake|proportion|portion|fraction)\b/i;
const SHARE_RE = /\d\s?%|\b(?:percent|per cent|half|thirds?|quarters?|fifths?|tenths?|majority)\b|\b(?:one|two|three|four|five|six|seven|eight|nine|\d+) (?:in|out of) (?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b/i;
/**
 * "How much would insurance add to the cost?": a change in cost, which a share answers ("7 to
 * 9 percent"); "How much of the cost will the state pay?": a part of a sum, which a share
 * answers ("half of the import cost").
 */
const BY_HOW_MUCH_RE = /\bby how much\b|\bhow much of\b|\bhow (?:big|large) a (?:part|share|portion|proportion|fraction)\b|\bby what (?:percentage|percent|share|proportion|margin)\b|\bhow much\b.*\b(?:add|adds|added|rise|rises|rose|raise|raised|increase|increased|grow|grew|cut|lower|lowered|reduce|reduced|save|saved)\b/i;
/**
 * A charge that is often a rate, or a change of a price ("What tariff …?" — "its 5 percent
 * import duty"; "What rail tariff cut …?" — "by 15%"), which a share answers as well as a sum.
 */
const RATE_CHARGE_Q_RE = /\b(?:tariffs?|dut(?:y|ies)|tax(?:es)?|levy|levies|commissions?|surcharges?|discounts?|markups?)\b|\b(?:cut|cuts|reduction|increase|rise|hike)\b/i;
/** A question asking how long something holds or takes ("How long is it valid?", "How long will the journey take?"). */
const TERM_Q_RE = /\bhow long\b.*\b(?:valid|last|run|in force|remain|stay|take|wait|extended|prolonged|renewed)\b/i;
/** The first month of each season, as news in the north writes them ("this autumn"). */
export const SEASON_START: Record<string, number> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };

/**
 * Whether every date a text gives lies after the report it is from, so that it tells a plan and
 * not a deed done: "would submit the bill this autumn" in a report of June, "accepted an
 * invitation to visit in 2026" in a report of 2025, "ready for signing later this year",
 * "before the end of the year", "next year". A weekday ("on Tuesday") is the report's own news;
 * a month before the report's is one gone by. False when the text gives no date.
 */
export function onlyComingDates(text: string, docDate: string): boolean {
  const year = Number(docDate.slice(0, 4));
  const month = Number(docDate.slice(5, 7));
  let dates = 0;
  for (const m of text.matchAll(DATE_RE)) {
    const found = m[0].toLowerCase();
    const at = m.index ?? 0;
    const before = text.slice(Math.max(0, at - 12), at).toLowerCase();
    const after = text.slice(at + found.length, at + found.length + 8);
    dates++;
    if (/^(?:19|20)\d{2}$/.test(found)) {
      if (Number(found) <= year) return false;
    } else if (/^next |tomorrow|^(?:start|beginning|middle|end) of (?:this|the|next) /.test(found)) {
      continue;
    } else if (found === 'this year' || found === 'this month' || found === 'this week') {
      if (!/\blater\s+$/.test(before)) return false;
    } else if (/^(?:in|by|until|this|next) (?:the )?(spring|summer|autumn|winter)$/.test(found)) {
      const season = SEASON_START[/(spring|summer|autumn|winter)$/.exec(found)![1]!]!;
      if (/^(?:in|by|until) /.test(found) || season < month) return false;
    } else {
      const named = MONTHS.findIndex((name) => found.startsWith(name));
      // A month with its year is dated by the year; one before or in the report's month has gone by.
      if (named < 0 || /^,?\s+(?:of\s+)?(?:19|20)\d{2}/.test(after) || named + 1 <= month) return false;
    }
  }
  return dates > 0;
}

/** A question on when something is still to happen: "When will the consulate open?", "When is the next summit?", "When does the deal take effect?". */
export const FUTURE_WHEN_RE = /\bwhen (?:will|is|are|would|shall|does|do)\b/i;
/** Words a question uses for a time a plan set: "supposed", "due", "expected", "slated". */
export const PLAN_WORDS = 'supposed|meant|due|scheduled|expect(?:ed)?|plan(?:ned)?|intend(?:ed)?|set to|slated';
/**
 * A question on the time a plan set: "When was the plant supposed to open?", "When did officials
 * first expect the workers to arrive?", "By when is the road due to be finished?". The plan's time
 * is still to come in the report telling it, so the day of that report ("on Tuesday") is no answer.
 */
export const PLANNED_WHEN_RE = new RegExp(`\\bwhen\\b.*\\b(?:${PLAN_WORDS})\\b`, 'i');
/** A day a report names for its own news ("on Tuesday", "today"), which is no date of a thing still to come. */
const DAY_OF_REPORT_RE = new RegExp(`^(?:${WEEKDAYS}|today|yesterday)$`, 'i');
/** A sentence telling only what has been done: "The consultations were held in Astana on February 9". */
const DONE_RE = /\b(?:was|were)\s+(?:\w+ed|held|signed|made|built|sent|given|taken|begun|done|met)\b|\b(?:met|took place|visited|arrived)\b/i;
/** Words of what is still to come: "will", "is expected to", "is due", "plans to", "next". */
const TO_COME_RE = /\b(?:will|would|shall|expected|due|planned|plans?|scheduled|set to|intends?|aims?|next|to (?:open|start|begin|be|launch))\b/i;
/** A question asking for a year: "Which years does it cover?", "What year was it built?". */
export const YEAR_Q_RE = /\b(?:which|what) years?\b/i;
/** A question on a target: "What trade target did they set?", "kazakhstan vietnam trade target" (not "how much does the goal need"). */
const TARGET_Q_RE = /\bwhat\b.*\b(?:target|goal)s?\b|^(?!.*\b(?:how|what|which|when|who|where|why)\b).*\b(?:target|goal)s?\b/;
/** Words of a target, not of a result: "to lift trade to $5 billion", "by 2030", "aimed to reach" (not "had reached"). */
const TARGET_RE = /\bby (?:the end of |the end-|end-)?(?:\d{4}|the end)\b|\b(?!reached\b)(?:reach|hit|target|goal|aim|aims|aimed|seek|seeks|want|wants|wanted|plan|plans|planned|double|triple|increase|raise|bring|boost|lift|grow|expand|extend)(?:ed|ing|s)?\b/i;
/** "per tonne", "per thousand cubic metres": the unit a price is asked in. */
const PER_Q_RE = /\bper (?:(?:thousand|million) )?(tonne|ton|barrel|kilowatt-hour|kwh|megawatt-hour|mwh|cubic met(?:re|er)|litre|liter|unit|night|person|passenger|seat|kilogram|kg|kilo|head|animal|heifer|ticket|student|room|bed|hectare|container|wagon|truck|flight|course|month)s?\b/;

/** "a tonne", "per thousand cubic metres" in a text, by the unit asked, made once for each unit. */
const perUnitTexts = new Map<string, RegExp>();

/** Whether a text gives a figure in the unit a price question asks it per ("$240 a tonne"), when it asks for one. */
/** A rate per month said as an adjective: "a monthly salary" is paid per month. */
const PER_UNIT_ADJECTIVES: Record<string, string> = { month: '|\\bmonthly\\b' };

function perUnitFits(text: string, asked: string): boolean {
  const unit = PER_Q_RE.exec(asked)?.[1];
  if (!unit) return true;
  let re = perUnitTexts.get(unit);
  if (!re) perUnitTexts.set(unit, (re = new RegExp(String.raw`\b(?:per|a|each|every)\s+(?:(?:thousand|million)\s+)?${unit.slice(0, 5)}` + (PER_UNIT_ADJECTIVES[unit.slice(0, 5).toLowerCase()] ?? ''), 'i')));
  return re.test(text);
}

/** Words of a result, not of a target: "reached", "stood at", "totalled". */
const RESULT_RE = /\b(?:reached|stood|totall?ed|amounted|was|were|rose|grew|fell|increased|decreased|declined|dropped|exceeded|came to)\b/i;
/** Words of a question on time itself ("how many years", "transit time"), which a span of time answers ("each year" is a rate). */
const TIME_Q_RE = /\b(?:how long|time|period|term|duration)\b|(?<!\b(?:each|a|per|every|this|last|next|the)\s)\b(?:years?|months?|weeks?|days?|decades?|hours?|minutes?)\b/;
/** A unit of time right after a figure: "three decades", "a 10-year deal". */
const TIME_UNIT_AT_RE = /^[- ](?:days?|weeks?|months?|years?|decades?|hours?|minutes?)\b/i;
/** A unit of measure right after a figure: "60 tonnes", "a 38-kilometre stretch", "160 megawatts". */
const MEASURE_AT_RE = /^[- ]?(?:(?:thousand|million|billion)\s+)?(tonnes?|tons?|kilomet(?:re|er)s?|km|met(?:re|er)s?|hectares?|megawatts?|mw|gigawatts?|gw|kilowatt-hours?|barrels?|lit(?:re|er)s?|cubic|square|kilograms?|kg|ounces?)\b/i;
/** A span of time or its end: "for five years", "a 10-year deal", "until 2028", "expires". */
const SPAN_RE = new RegExp(`\\b(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|a few|several|a half|and a half)[- ](?:(?:working|business|calendar|full|consecutive|straight|further|more|additional|extra)\\s+)?(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)\\b|\\b(?:until|expires?)\\b|\\bthrough (?:the end|${YEAR}|${MONTH_WORDS})\\b`, 'i');
/** A sum of money: a currency sign or name. */
export const CURRENCIES = 'dollars|euros?|tenge|rubles?|roubles?|yuan|renminbi|pounds|lira|liras|rupees|rupiah|won|yen|baht|zlotys?|reais|real|riyals?|rials?|dirhams?|dinars?|manats?|soms?|somoni|sums|tugriks?|taka|francs?|kron(?:e|er|or|a|ur)|koruna|korun|forints?|lei|lari|drams|shekels?|rand|naira|shillings?|pesos?|ringgit|dong|hryvnias?|usd|eur|kzt|rub';
/** A sum of money: "$1.4 billion", "2.5 US cents", "289,000 Icelandic kronur". */
const MONEY_RE = new RegExp(`[$€£₸¥]\\s?\\d|\\d\\s*(?:us\\s+)?cents?\\b|\\b(?:usd|eur|kzt|rub)\\s?\\d|\\d\\s*(?:million|billion|thousand|trillion|mln|bn)?\\s*(?:[a-z]+(?:an|ese|ish|ic|i)\\s+)?(?:${CURRENCIES})\\b`, 'i');
/** A question on the price one person pays or earns: "How much is a ticket?", "What salary …?", "How much are the trainees paid?". */
const PER_HEAD_Q_RE = /^(?=.*\b(?:how much|what)\b).*\b(?:tickets?|fares?|tuition|salary|salaries|wages?|stipends?|allowances?|surgery)\b|\bhow much (?:are|is|were|was|will) [\w\s'’-]{1,40}? (?:be )?paid\b/i;
/** A sum far beyond what one person pays: millions of dollars, euros or pounds, or billions of anything ("$85 million", "4.3 million euros"; "1.9 million tenge" may be a year's tuition). */
const LARGE_SUM_RE = /[$€£]\s?[\d.,]+\s*(?:million|billion|mln|bn)\b|[\d.,]+\s*(?:million|mln)\s+(?:us\s+)?(?:dollars|euros?|pounds|francs)\b|[\d.,]+\s*(?:billion|bn)\b/gi;

/** Whether a text gives a sum one person could pay ("fares start at 180 euros"), not only the millions of a project. */
function personalSum(text: string): boolean {
  return MONEY_RE.test(text.replace(LARGE_SUM_RE, ' '));
}

/** Words after a figure that make it a sum of money or a share, not a count. */
const SUM_AFTER_RE = new RegExp(`^\\s*(?:(?:million|billion|thousand|trillion|mln|bn)\\s+)?(?:${CURRENCIES}|percent|per cent)\\b`, 'i');

/** Whether a figure of a text is a sum of money or a share ("$1.4 billion", "45 percent"), which does not answer "how many". */
function sumOrShare(text: string, m: RegExpMatchArray): boolean {
  const at = m.index ?? 0;
  const before = text.slice(0, at);
  // "billion" of "$1.4 billion", "percent" of "45 percent".
  if (/^(?:percent|millions?|billions?|trillions?|thousands?)$/i.test(m[0]) && /\d\s+$/.test(before)) return /^percent$/i.test(m[0]) || /[$€£₸¥]\s?[\d.,]+\s+$/.test(before) || SUM_AFTER_RE.test(text.slice(at));
  return m[0].startsWith('$') || m[0].endsWith('%') || /[€£₸¥]\s?$/.test(before) || SUM_AFTER_RE.test(text.slice(at + m[0].length));
}

/** A time given as a span from now: "within six months", "in two years". */
const WITHIN_RE = new RegExp(`\\b(?:within|in|after)\\s+(?:the next\\s+|about\\s+|around\\s+)?(?:\\d+|${NUMBER_WORDS}|a few|several)\\s+(?:days?|weeks?|months?|years?)\\b`, 'i');
/** "How long" asking for a time, not a length: "how long have they been partners?", "how long is it valid?". */
const DURATION_RE = /\bhow long (?:have|has|had|did|do|does)\b|\bhow long\b.*\b(?:valid|last|take|stay|wait|remain|run|been|in force)\b/;
/**
 * "Where did he go after Moscow?", "Where will they go for training?", "where is the cargo
 * going": a place gone to ("to Paris", "bound for Oran"), not one where something was held ("in
 * Orenburg"). The verb of going is the question's own ("did … go", "is … going"), not one
 * said of its subject ("where did people flying between Astana and Belgrade change planes").
 */
const GONE_TO_Q_RE = /\b(?:go|goes|went|gone|travel\w*|head\w*|fly|flew|leave|left|move|moved|visit\w*|due to visit)\b.*\bafter\b|\bafter\b.*\b(?:go|goes|went|travel\w*|head\w*|fly|flew|leave|left|visit\w*)\b|\bnext\b.*\b(?:go|travel|head|visit)\w*|\bwhere (?:will|would|did|do|does)\b.*\b(?:go|travel|fly|head)\b|\bwhere (?:is|are|was|were)\b.*\b(?:going|travell?ing|flying|heading|headed|bound)\b/;
/**
 * "Where does the spodumene come from?", "Where did it get its sulphur from?", "Where did
 * Jordan buy its wheat?": a place things come from ("from the Bakennoye deposit", "cargoes
 * from the Gulf"), not one where something is ("in the northern region of Kostanay").
 */
const COME_FROM_Q_RE = /\b(?:come|comes|came|coming|get|gets|got|getting|sourced?|import(?:s|ed)?|obtain(?:s|ed)?)\b.*\bfrom\b|\bwhere\b.*\b(?:buy|buys|bought|import|imports|imported|source|sources|sourced|purchase[sd]?|get|gets|got)\b|\bwhere\b.*\bfrom\W*$/;
/**
 * Places: a capitalised name after a preposition of place ("on Al-Farabi Avenue", "in the
 * city's Bostandyk district", "near the village of Katon-Karagay", "in the southern Kazakh city
 * of Shymkent"), not a month or a weekday.
 */
const PLACE_RE = /\b(?:in|at|to|from|near|on|visit(?:ed|ing)?|(?:bound|destined|head(?:ed|ing)) for)\s+(?:the\s+(?:(?:[\p{L}-]+\s+){0,3}?(?:city|town|village|port|region|province|district|state|capital|island|settlement|county|area|resort|oasis)\s+of\s+|[\p{Ll}]+['’]s\s+)?)?((?:St|Mt)\.\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)/gu;
const NOT_PLACE = new RegExp(`^(?:${MONTH_WORDS}|${WEEKDAYS})\\b`, 'i');
/** Capitalised sequences, where a person's name is looked for. */
const CAPITALISED_RE = /\b\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}]+)?(?:\s+(?:\p{Lu}\.\s+)?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}]+)?)*/gu;
/** Words of titles and offices that come before a name ("Foreign Minister Sergey Lavrov"). */
const TITLE_WORDS = new Set(
  `president vice prime minister foreign deputy ambassador patriarch secretary general chairman chairwoman chair
  speaker king queen prince emir sheikh sultan pope mr mrs ms dr professor spokesperson spokesman spokeswoman
  commissioner envoy governor mayor chancellor senator minister's head leader director executive special
  representative first`.split(/\s+/),
);
/** Words that make a capitalised sequence an institution rather than a person. */
const INSTITUTION_WORDS = new Set(
  `presidency ministry government office council commission committee parliament senate assembly union
  organization organisation bank group company corporation republic federation kingdom university agency
  forum summit dialogue route corridor port ports centre center institute institution academy museum`.split(/\s+/),
);
/** A lender, fund or company that acts as a person does: "the Asian Development Bank", "China Merchants Group". */
const ORGANISATION_RE = /\s(?:Bank|Fund|Company|Corporation|Agency|Group)$/;
/** "Who …?", which a lender or company may answer ("Which minister …?" asks for a person). */
const WHO_RE = /\bwho\b/;
/** "Who is the transport minister?", "Who headed the mission?": a person in an office (or a head, leader or chief), which no bank or company answers. */
const OFFICE_Q_RE = new RegExp(`${WHO_IS_BEFORE_OFFICE}(?:[\\w-]+ ){0,3}?(?:${OFFICE_TITLES}|head|leader|chief)s?\\b|\\bwho (?:heads|headed|leads|led|runs|ran|chairs|chaired)\\b`);
const STATEMENT_RE = /["“”«»]|\b(?:said|says|saying|stated|noted|noting|stressed|stressing|emphasi[sz]ed|underscored|declared|remarked|added|adding|wrote|affirmed|praised|(?<!so-)called|told|telling|concluded)\b|(?<!\b(?:is|are|was|were|be|been|being)\s)\b(?:expected|hoped|predicted)\b/i;

/** The words of a found fact that the question does not already contain. */
function novel(found: string, asked: string): boolean {
  const parts = found.toLowerCase().split(/[\s-]+/).filter((w) => w.length > 2);
  return parts.length > 0 && parts.every((w) => !inQuestion(w, asked));
}

/** Whether a word of a text is in the question, as typed or with one letter wrong ("Ulanbaatar" for "Ulaanbaatar"). */
function inQuestion(word: string, asked: string): boolean {
  if (asked.includes(word)) return true;
  return asked.split(/[^\p{L}]+/u).some((w) => nearlySame(w, word));
}

/** The nationality a question asks a person of: "Which French president …" → "france". */
function wantedNationality(asked: string): string | null {
  const m = /\b(?:which|what) ([a-z]+) (?:president|leader|minister|official|ambassador|envoy|diplomat|head)s?\b/.exec(asked);
  return m && COUNTRY_WORDS.has(m[1]!) ? (DEMONYMS[m[1]!] ?? m[1]!) : null;
}

/**
 * Whether a capitalised sequence names a person the question does not: two name words, or
 * one after a title; and of the nationality asked for, when the sequence gives one.
 */
function novelPerson(sequence: string, asked: string, wanted: string | null): boolean {
  const words = sequence.split(/\s+/).filter((w) => !/^\p{Lu}\.$/u.test(w));
  let titled = false;
  const nationalities: string[] = [];
  // "Kazakh Foreign Minister Murat Nurtleu": a nationality, then the title, then the name.
  while (words.length > 0 && (TITLE_WORDS.has(words[0]!.toLowerCase()) || isEverydayWord(words[0]!) || COUNTRY_WORDS.has(words[0]!.toLowerCase()))) {
    const lower = words[0]!.toLowerCase();
    titled ||= TITLE_WORDS.has(lower);
    if (COUNTRY_WORDS.has(lower)) nationalities.push(DEMONYMS[lower] ?? lower);
    words.shift();
  }
  if (wanted && nationalities.length > 0 && !nationalities.includes(wanted)) return false;
  if (words.length === 0 || (words.length === 1 && !titled)) return false;
  const lower = words.map((w) => w.toLowerCase().replace(/['’]s$/, ''));
  // "European Union", "Central Asia", "Global Gateway": no surname ends an institution or a region.
  if (lower.some((w) => INSTITUTION_WORDS.has(w) || COUNTRY_WORDS.has(w))) return false;
  if (isEverydayWord(lower[lower.length - 1]!)) return false;
  // "Askar Temirbekov" is the person "Who did Temirbekov meet?" asks about, not the answer.
  if (lower.some((w) => w.length > 3 && inQuestion(w, asked))) return false;
  return lower.some((w) => w.length > 2 && !asked.includes(w));
}

/**
 * Whether a capitalised sequence of a text names a place or a thing by "the" before it ("on
 * the Syr Darya", "the Astana Declaration"), as a person's name is not, unless it holds a
 * title ("the Kazakh Foreign Minister Murat Nurtleu").
 */
function namesThing(text: string, m: RegExpMatchArray): boolean {
  return /\bthe\s+$/i.test(text.slice(0, m.index)) && !m[0].split(/\s+/).some((w) => TITLE_WORDS.has(w.toLowerCase()));
}

/**
 * "after" and a clause telling an event, which in a report of a change ({@link CHANGED_RE})
 * gives its cause:
 * "postponed after the supplier withdrew", "started a month late, after spring floods delayed
 * the machinery", "withdrew after failing to secure certification" (not "after talks in Astana",
 * nor a time: "17 months after the date set").
 */
const AFTER_CAUSE_RE = new RegExp(String.raw`(?<!(?:\d|\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty|few|several|many|some))\s+(?:days?|weeks?|months?|years?|decades?|hours?)\s+|\b(?:shortly|soon|just|long|right|immediately)\s+)after\s+(?:failing|(?:[\w'’-]+\s+){0,8}?(?:was|were|had|\w+ed)\b)`, 'i');
/** A change of plan or of course, whose cause an "after" clause tells: "later than planned", "had to be changed", "instead of 220", "withdrew". */
const CHANGED_RE = /\b(?:late|later than|delay(?:s|ed)?|postpon(?:e|es|ed)|pushed back|had to|forced|instead of|withdr(?:ew|awn)|dropped|abandon(?:ed)?|cancel+ed|suspended|halted|chang(?:e|ed)|rais(?:e|ed)|rose|risen|increased|cut|reduced|moved)\b/i;
/**
 * "held up by delays in issuing visas", "slowed by a landslide": what held something up, not
 * by how long ("delayed by several months").
 */
const BY_CAUSE = String.raw`(?:held up|delayed|slowed(?: down)?|hampered|disrupted|stalled|blocked|prevented|postponed|pushed back)\s+by(?!\s+(?:\d|about|around|up to|more than|nearly|almost|at least|some|several|a few|a (?:year|month|week|day)|(?:one|two|three|four|five|six|seven|eight|nine|ten|a couple of)\b))`;

/** Words that give a reason or a purpose. */
const REASON_RE = new RegExp(
  '\\b(?:because|due to(?!\\s+(?:be|reach|start|begin|open|close|take|hold|host|visit|arrive|sign|meet|launch|come|enter|expire|end|finish|complete|go|run|make|receive|deliver|travel|return|resume|leave|depart|sail|fly|pay|fall|rise)\\b)|owing to|over (?:(?:growing|mounting|safety|security|health|environmental)\\s+)?(?:concerns?|fears?|worries|complaints?|disagreements?|disputes?)\\b|thanks to|as a result|result of|caused(?:\\s+\\w+ly)?\\s+by|attribut(?:ed|es|ing)\\b[^.;]{0,40}?\\bto\\b|blamed|the reasons? (?:for|why|was|is)|explained that|(?:part|because) of [\\w\\s\\u2019\'-]{0,40}?\\b(?:effort|efforts|drive|strategy|bid|push|campaign)s?\\b|' +
    '(?:increase|rise|overrun|growth|jump|delay|difference|extra money)\\b[^.;]{0,40}?\\b(?:came|comes|come|stemmed|stems|resulted|results|was driven|were driven|went)\\s+(?:\\w+ly\\s+)?(?:from|by|on)|' +
    BY_CAUSE + '|for (?:[\\w-]+\\s+)?reasons?|' +
    'since(?!\\s+(?:\\d|then\\b|independence\\b|(?:early|late|mid)\\b|(?:the\\s+)?(?:start|beginning|end|middle)\\b|last\\b|' + MONTH_RE + '))|so that|in order to|aim(?:s|ed)? to|intended to|meaning|given that|amid|citing|reflect(?:s|ed|ing)?)\\b',
  'i',
);

/** A quotation: people give their reasons in their own words ("Prices in 2022 taught us …," she said). */
const QUOTE_RE = /["“«]/;
/**
 * "Why does the minister consider …", "… according to Baimukhanov?", "Why does Kazakhstan want
 * …?", "Why did the analyst doubt …?": a question on someone's own reasons or motives.
 */
const OPINION_Q_RE = /\baccording to\b|\b(?:say|said|consider|considers|think|thinks|believe|believes|argue|argues|explain|explains|want|wants|wanted|need|needs|needed|object|objects|objected|oppose|opposes|opposed|doubt|doubts|doubted|fear|fears|feared|worry|worries|worried|insist|insists|insisted|prefer|prefers|preferred)\b/;

/** Words saying what is at stake, which answer "Why does X want …?": "a question of economic sovereignty", "vital for growers". */
const STAKE_RE = /\b(?:a|the) (?:question|matter) of\b|\b(?:vital|essential|crucial|key) (?:to|for)\b/i;
/** "Why can't …", "Why has it not …": a question on what stands in the way. */
const WHY_NOT_RE = /\bwhy (?:can'?t|cannot|not|isn'?t|aren'?t|hasn'?t|haven'?t|doesn'?t|don'?t|won'?t|wasn'?t)\b|\bwhy\b.*\bnot\b/;
/** A condition, which tells what stands in the way: "if freight costs were brought down", "unless …". */
const CONDITION_RE = /\b(?:if|unless|until|without)\b/i;

/** A question on someone's or something's age. */
const OLD_Q_RE = /\bhow old\b|\bwhat age\b|\bat what age\b/;
/** An age: "the 22-year-old said", "at the age of 58", "aged between 24 and 35", "more than 20 years old", "Aruzhan Bekova, 19,". */
const AGE_RE = /\b\d+-year-old\b|\b(?:at the age of|aged?(?: between| over| under)?)\s+\d+|\b\d+\s+years?\s+old\b|\p{Lu}\p{Ll}+,\s+\d{1,3},/u;

/** A question on how often something happens. */
const OFTEN_RE = /\bhow often\b/;
/** "How many times has …": a count of occasions. */
const TIMES_Q_RE = /^\W*how many times\b(?!\s+(?:a|per|each|every)\b)/;
/** One of a series of occasions: "the third time", "its third term", "his fourth visit". */
const NTH_TIME_RE = /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+)?(?:time|term|visit|trip|meeting|session|summit|round|edition)s?\b/i;
/** Words that say how often: "twice a year", "three flights a week", "daily". */
const FREQUENCY_RE = /\b(?:daily|weekly|monthly|quarterly|annually|yearly|once|twice|times|every)\b|\b(?:flights?|meetings?|sessions?|trips?|visits?|departures?|services?|trains?|days?|nights?|hours?) (?:a|per|each) (?:day|week|fortnight|month|quarter|year)\b/i;

/**
 * Whether a figure measures time ("more than three decades ago"), an amount in a unit ("60
 * tonnes of aid") or a person's age ("Aruzhan Bekova, 19,") rather than counting things, so
 * it does not answer "How many embassies …?" unless the question asks in that unit.
 */
function measuresNotCounts(text: string, m: RegExpMatchArray, asked: string): boolean {
  const end = m.index! + m[0].length;
  // "Aruzhan Bekova, 19, who studies …": a person's age.
  if (/\p{Lu}\p{Ll}+,\s*$/u.test(text.slice(Math.max(0, m.index! - 30), m.index)) && /^,/.test(text.slice(end))) return true;
  if (!TIME_Q_RE.test(asked) && TIME_UNIT_AT_RE.test(text.slice(end, end + 9))) return true;
  // "60 tonnes of aid" does not count the rescuers of "How many rescuers …?" ("How many tonnes …?" it does).
  const unit = MEASURE_AT_RE.exec(text.slice(end, end + 30))?.[1];
  return unit !== undefined && !asked.includes(unit.toLowerCase().slice(0, 4));
}

/**
 * "How many people …", "How many countries …": a kind of thing counted, which the figure must
 * count in whatever words (people also by what each of them did: "14,000 signatures", "400 applications").
 */
const COUNTED_KINDS: [RegExp, RegExp][] = [
  [/^\W*how many (?:\w+ )?(?:people|persons)\b/, /^(?:[\s-]+[\w-]+){0,2}?[\s-]+(?:people|persons|workers|staff|employees|jobs|residents|citizens|students|tourists|visitors|delegates|participants|specialists|engineers|doctors|nurses|pilgrims|refugees|soldiers|troops|servicemen|peacekeepers|personnel|rescuers|volunteers|officials|diplomats|members|miners|farmers|drivers|passengers|crew|children|nationals|experts|scientists|researchers|teachers|athletes|players|journalists|guests|spectators|fans|observers|inspectors|police|officers|patients|victims|survivors|evacuees|migrants|labou?rers|men|women|signatures|signatories|applications|applicants|votes|voters|registrations)\b/i],
  [/^\W*how many (?:\w+ )?(?:countries|nations|states)\b/, /^(?:[\s-]+[\w-]+){0,2}?[\s-]+(?:countries|states|nations|members|economies|governments)\b/i],
];

/** Whether a figure counts the kind of thing a "how many people/countries" question asks for (any figure for other questions). */
function countsKind(text: string, m: RegExpMatchArray, asked: string): boolean {
  const kind = COUNTED_KINDS.find(([q]) => q.test(asked));
  return !kind || kind[1].test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 40));
}

/** "Which (other) countries …", asking for countries by name. */
const WHICH_COUNTRIES_RE = /\bwhich (?:other |\w+ |\w+ \w+ )?(?:countries|country|nations|states)\b/;
/** Words that only qualify the kind a "which" question asks for: "which other countries", "which two universities", "which regional cities". */
const QUALIFIER_RE = /^(?:other|two|three|four|several|[a-z]+(?:an|ese|ish|al|ic|i))$/;
/** A plural noun ("regions", "cities"), not a singular that ends in "s" ("bus", "various", "analysis"). */
const PLURAL_WORD_RE = /^[a-z-]{3,}(?<![su]|les|ou|i)s$/;

/**
 * Whether a question asks for several of a kind: "Which regions will …", "Which Kazakh
 * universities …", "which other countries …" — a plural after "which" or "what", past words
 * that only qualify it (a nationality, a number, an adjective).
 */
function asksSeveral(asked: string): boolean {
  const words = /^\W*(?:which|what)\s+(.*)/.exec(asked)?.[1]?.split(/\s+/) ?? [];
  for (const word of words.slice(0, 3)) {
    if (PLURAL_WORD_RE.test(word)) return true;
    if (!QUALIFIER_RE.test(word) && !COUNTRY_WORDS.has(word)) return false;
  }
  return false;
}

/** A capitalised name of one or more words ("Kostanay", "Al-Farabi Kazakh National University in Almaty"). */
const LISTED_NAME = String.raw`\p{Lu}[\p{L}\d.'’-]*(?:\s+\p{Lu}[\p{L}\d.'’-]*)*(?:\s+(?:in|of)\s+\p{Lu}[\p{L}\d.'’-]*(?:\s+\p{Lu}[\p{L}\d.'’-]*)*)?`;
/**
 * Names listed together: "Armenia, Belarus and Kazakhstan", "in the Turkestan and Kyzylorda
 * regions", "at Al-Farabi University in Almaty and at Satbayev University".
 */
const NAME_LIST_RE = new RegExp(String.raw`${LISTED_NAME}(?:,\s+(?:the\s+)?${LISTED_NAME})*,?\s+(?:and|or)\s+(?:(?:at|in|to|from|through)\s+)?(?:the\s+)?${LISTED_NAME}`, 'gu');
/** Words that belong to a clause, not to a thing listed: "the plant, which will process ore and …". */
const CLAUSE_WORD = String.raw`(?!(?:which|that|who|whom|whose|will|would|is|are|was|were|be|been|has|have|had|said|says|the|a|an|to|of|in|on|at|for|by|with|as|it|its|their|they|he|she|and|or|but|not)\b)`;
/** A thing of one to three words in lower case ("gallium", "rare earth elements"). */
const LISTED_THING = String.raw`${CLAUSE_WORD}[\p{Ll}-]+(?:\s+${CLAUSE_WORD}[\p{Ll}-]+){0,2}`;
/** Three or more things listed in lower case: "gallium, germanium, scandium and rare earth elements". */
const THING_LIST_RE = new RegExp(String.raw`\b${LISTED_THING}(?:,\s+${LISTED_THING})+,?\s+(?:and|or)\s+${LISTED_THING}`, 'gu');
/** What separates the items of a list. */
const LIST_SEPARATOR_RE = /,\s+|\s+(?:and|or)\s+/;

/** Whether a capitalised word is a name of its own ("Kostanay", "Togo", "United" of "United States"), not an English word ("Water", "Resources"). */
function ownName(word: string): boolean {
  const lower = word.toLowerCase().replace(/['’]s$/, '');
  return !isEnglishWord(lower) || COUNTRY_WORDS.has(lower) || COUNTRY_FIRST_WORDS.includes(lower);
}

/**
 * Whether a text lists two or more things a "which …s" question may ask for, one at least
 * that the question does not name: by names of their own (not people's: "Aidos Zhunusov and
 * Rami Haddadin" lists no regions; nor English words: "Minister of Water Resources and
 * Irrigation"), or in lower case.
 */
function listsSeveral(text: string, asked: string, fits: (word: string) => boolean): boolean {
  for (const m of text.matchAll(NAME_LIST_RE)) {
    const items = m[0].replace(/\.$/, '').split(LIST_SEPARATOR_RE).map((item) => item.replace(/^(?:(?:at|in|to|from|through)\s+)?(?:the\s+)?/, ''));
    const named = items.filter((item) => !novelPerson(item, asked, null) && item.split(/\s+/).some((w) => /^\p{Lu}/u.test(w) && ownName(w)));
    if (named.length >= 2 && named.some((item) => item.split(/\s+/).some((w) => /^\p{Lu}/u.test(w) && fits(w)))) return true;
  }
  for (const m of text.matchAll(THING_LIST_RE)) {
    if (m[0].split(LIST_SEPARATOR_RE).filter((item) => novel(item, asked)).length >= 2) return true;
  }
  return false;
}

/**
 * Whether a capitalised word of a text names something the question does not, of the kind a
 * "which" question asks for: any name but a month or a country's ("Which Spanish company …" is
 * not answered by "in Spain"), or a country's for "Which countries …".
 */
function namesOther(word: string, asked: string, countries: boolean): boolean {
  return word.length > 1 && !inQuestion(word.toLowerCase(), asked) && !NOT_PLACE.test(word) && (countries ? otherCountry(word, asked) : !COUNTRY_WORDS.has(word.toLowerCase().replace(/['’]s$/, '')));
}

/**
 * Whether a question asks for several of a kind and a text lists them: "Which regions will get
 * the heifers?" — "to 14 farms in Kostanay and Akmola regions", not "in Kostanay region".
 */
export function listsSeveralAsked(text: string, question: string): boolean {
  const asked = question.toLowerCase();
  if (!asksSeveral(asked) || ORGANISATION_Q_RE.test(asked)) return false;
  const countries = WHICH_COUNTRIES_RE.test(asked);
  return listsSeveral(text, asked, (word) => namesOther(word, asked, countries));
}

/** Whether a word names a country (or its people) that the question does not name. */
function otherCountry(word: string, asked: string): boolean {
  const lower = word.toLowerCase().replace(/['’]s$/, '');
  if (!COUNTRY_WORDS.has(lower)) return false;
  const term = countryTermOf(lower);
  return !asked.split(/[^\p{L}]+/u).some((w) => COUNTRY_WORDS.has(w) && countryTermOf(w) === term);
}

/** Numbers written out, as news writes those up to ten: "four tonnes". */
const SMALL_NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|a few|several|hundreds|thousands';

/**
 * A figure in a unit ("1.5 billion kilowatt-hours", "a 250-megawatt farm", "seven and a half
 * hours"), not the unit of a price ("2.5 cents per kilowatt-hour") nor a number word that
 * names ("the two sides").
 */
function measured(unit: string): RegExp {
  return new RegExp(String.raw`(?:\d[\d.,]*|\b(?<!\b(?:the|both|these|those|all)\s)(?:${SMALL_NUMBER_WORDS}))(?:\s+(?:thousand|million|billion|trillion|and a half))?[\s-]*(?:${unit})`, 'i');
}

/** "how much [green] water", not "how much did freight forwarders say": a word between may not be a verb. */
const HOW_MUCH_OF = String.raw`\bhow much (?:(?!(?:did|does|do|is|was|will|would|has|have|had|are|were|must|could|can)\b)\w+ )?`;
/**
 * Things a "how much" question measures in a unit of their own: water in cubic metres,
 * electricity in watt-hours, goods in tonnes.
 */
const UNITS: [RegExp, RegExp][] = [
  [new RegExp(String.raw`${HOW_MUCH_OF}water\b|\bwhat (?:\w+ )?volume of water\b`), measured(String.raw`cubic (?:met|kilomet)|lit(?:re|er)s\b|m3\b|km3\b`)],
  [new RegExp(String.raw`${HOW_MUCH_OF}(?:electricity|power|energy)\b`), measured(String.raw`(?:kilo|mega|giga|tera)?watt|[kmgt]wh\b`)],
  [new RegExp(String.raw`${HOW_MUCH_OF}(?:wheat|grain|oil|cargo|fertili[sz]er|flour|coal|uranium|hydrogen|ammonia|urea|phosphates?|potash|sulphur|sulfur|lithium|copper|zinc|steel|ore|meat|beef|lamb|gold|silver)\b`), measured(String.raw`tonnes?\b|tons?\b|barrels?\b|kilograms?\b|kg\b|ounces?\b`)],
  // "How deep will the channels be?": a depth in metres, not "at a cost of 28 billion tenge".
  [/\bhow (?:deep|wide)\b|\bwhat (?:\w+ )?(?:depth|width)\b/, measured(String.raw`met(?:re|er)s?\b|m\b|feet\b|ft\b|kilomet(?:re|er)s?\b|km\b`)],
  // "What interest rate does the bank charge?": a percentage said as a rate ("at an interest rate of 5%",
  // "3 percent a year"), not the sum lent, nor "up 23 percent" or "a stake of 60 percent".
  [/\b(?:interest|lending|loan|coupon) rates?\b|\brate of interest\b/, /^(?=.*\b(?:interest|rates?|per annum|a year|annual|annually|coupon|yield|margin|libor|sofr|euribor)\b).*(?:\d\s?%|\d[\d.,]*\s*(?:percent|per cent)\b)/i],
  // "How hot is the water?": a temperature, not "enough to heat thousands of homes".
  [/\bhow (?:hot|cold|warm)\b|\bwhat (?:\w+ )?temperature\b/, /\d\s*(?:°|degrees?\b)|\b(?:celsius|fahrenheit)\b/i],
  // "How long is the flight to Madrid?": a time on the way, not "twice a week" nor "166 seats".
  [/\bhow long (?:is|was|will|would|does|did)\b.*\b(?:flights?|journey|trip|ride|drive|voyage|crossing|transit)\b/, measured(String.raw`hours?\b|minutes?\b|days?\b|weeks?\b`)],
  // "What capacity will the plant start with?": an amount of what it makes or holds ("12,000 tonnes", "240,000 TEU"),
  // not "three months later than planned" nor "45 percent".
  [/\bwhat (?:[\w-]+ ){0,3}capacity\b/, measured(String.raw`(?!(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|percent|per cent|times)\b)[a-z]`)],
  // "How large is the site?", "How much land …": an area.
  [/\bhow (?:large|big) (?:is|was|will|would)\b.*\b(?:site|plot|land|territory|estate)\b|\bwhat (?:\w+ )?area\b/, measured(String.raw`hectares?\b|ha\b|acres?\b|square (?:met|kilomet|mile)|sq\b|km2\b|m2\b`)],
];
/** A question on what is lost or saved, which a share answers ("loses up to 40 percent"). */
const LOSS_Q_RE = /\b(?:lose|loses|lost|loss|losses|save|saves|saved|waste|wasted|leak|leaks|leaked|leaking|leakage)\b|\bhow much (?:less|more|fewer|lower|higher|cheaper)\b/;

/**
 * A question asking a sum in a named currency: "How much did the fund put in, in dollars?",
 * "What is Iran's share in rials?", "What was the dollar value of trade?". Dollars are the
 * currency a sum is asked in by default ("how much money in dollars" for a budget told in
 * tenge), so a question in dollars asks any sum; one in rials asks rials.
 */
const CURRENCY_Q_RE = /\bin (dollars|euros|tenge|rubles|roubles|yuan|pounds|rupees|yen|won|rials|riyals|dirhams|dinars|manats|lira|francs|kronur|kronor|krone)\b|\b(dollar|euro|tenge|rouble|ruble) (?:value|terms|amount|figure)\b/;
/** The signs a sum in each currency is also written with ("$40" is in dollars). */
const CURRENCY_SIGNS: Record<string, string> = { euro: '€|\\beur\\b', pound: '£', tenge: '₸|\\bkzt\\b', yen: '¥', yuan: '¥' };

const sumsIn = new Map<string, RegExp>();
/** A sum in the named currency, by its word or its sign: "18 billion rials", "€40 million". */
function sumIn(currency: string): RegExp {
  let re = sumsIn.get(currency);
  if (!re) {
    const sign = CURRENCY_SIGNS[currency];
    const word = currency === 'ruble' ? 'r(?:o)?uble' : currency;
    sumsIn.set(currency, (re = new RegExp(`\\d[\\d.,]*\\s*(?:(?:thousand|million|billion|trillion|mln|bn)\\s+)?(?:[a-z]+(?:an|ese|ish|ic|i)\\s+)?${word}s?\\b${sign ? `|${sign}` : ''}`, 'i')));
  }
  return re;
}

/** Whether a text gives an amount in the unit of what a "how much" question measures (or a share of what is lost). */
function unitFits(text: string, asked: string): boolean {
  for (const [q, unit] of UNITS) if (q.test(asked)) return unit.test(text) || (LOSS_Q_RE.test(asked) && SHARE_RE.test(text));
  // "How much is Iran contributing, in rials?" is not answered by "$18 million", nor "… in dollars?" by "70 percent of the cost".
  const currency = CURRENCY_Q_RE.exec(asked);
  if (currency) {
    const name = (currency[1] ?? currency[2]!).replace(/s$/, '').replace(/^rouble$/, 'ruble');
    if (name === 'dollar') return MONEY_RE.test(text);
    return sumIn(name).test(text);
  }
  return true;
}

/** A letter or a digit, which joins a figure to a word ("22" in "2022"). */
const WORD_CHAR_RE = /[\p{L}\d]/u;
/** A letter, which joins a name to a longer word. */
const LETTER_RE = /\p{L}/u;

/** Whether `part` stands in `text` as a whole, with no character matching `joins` on either side. */
function standsWhole(text: string, part: string, joins: RegExp): boolean {
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
    if (!joins.test(text[at - 1] ?? '') && !joins.test(text[at + part.length] ?? '')) return true;
  }
  return false;
}

/**
 * Whether a question names a figure itself, as a whole word: "in October 2022" names 2022,
 * not the "22" of "22 Finnish companies"; "How much money …" names no "one".
 */
function namesFigure(asked: string, figure: string): boolean {
  return standsWhole(asked, figure.toLowerCase(), WORD_CHAR_RE);
}

/**
 * "How much did Kazakhstan contribute to the fund?": a part given to a whole, whose words
 * (here "fund") follow the verb of giving.
 */
const GIVEN_TO_Q_RE = /\bhow much\b.*?\b(?:contribut|pay|paid|put|putting|invest|spend|spent|lend|lent|give|gave|giving|pledg|commit|provid|cover|financ|allocat|donat)\w*\b.*?\b(?:to|into|towards?|for)\s+(.+)$/;
/**
 * Whether a figure sizes the whole a "how much did X give to …" question names, not the part
 * given: "agreed to create a $20 million fund" does not tell what Kazakhstan put into the fund.
 */
function sizesWhole(text: string, m: RegExpMatchArray, asked: string): boolean {
  // "… to the network in rials?": the currency asked in is no part of the whole.
  const whole = GIVEN_TO_Q_RE.exec(asked)?.[1]?.replace(CURRENCY_Q_RE, '');
  if (!whole) return false;
  const stems = whole.split(/[^\p{L}]+/u).filter((w) => w.length > 3).map((w) => w.slice(0, 5));
  const after = /^(?:\s+(?:million|billion|thousand|trillion))?((?:[\s-]+[\p{L}-]+){1,3})/u.exec(text.slice(m.index! + m[0].length))?.[1] ?? '';
  const words = after.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  const head = words.findIndex((w) => stems.includes(w.slice(0, 5)));
  return head >= 0 && !words.slice(0, head).some((w) => /^(?:to|for|of|in|on|into|from|by|and|with|a|an|the|per|each|every)$/.test(w));
}

/** Finders of the facts each answer type asks for, given the question in lower case. */
const CARRIES: Record<AnswerType, ((text: string, asked: string) => boolean) | null> = {
  date: (text, asked) =>
    // "Which years does the roadmap cover?" is answered by a year, not by "on Thursday".
    YEAR_Q_RE.test(asked) ? [...text.matchAll(/\b(?:19|20)\d{2}\b/g)].some((m) => !asked.includes(m[0])) :
    // "When will the consulate open?" is not answered by the day it was announced ("on Tuesday").
    // "When will the consulate open?" is not answered by when the talks on it were held.
    FUTURE_WHEN_RE.test(asked) && /\bwhen (?:will|would|shall)\b/i.test(asked) && DONE_RE.test(text) && !TO_COME_RE.test(text) ? false :
    [...text.matchAll(DATE_RE)].some((m) => !asked.includes(m[0].toLowerCase()) && !((FUTURE_WHEN_RE.test(asked) || PLANNED_WHEN_RE.test(asked)) && DAY_OF_REPORT_RE.test(m[0]))) || WITHIN_RE.test(text),
  quantity: (text, asked) =>
    // "How many times has it chaired the body?" — "the third time", as well as a figure.
    (TIMES_Q_RE.test(asked) && NTH_TIME_RE.test(text)) ||
    // "How often does the commission meet?" — "twice a year", not "1.4 billion cubic metres".
    (OFTEN_RE.test(asked) ? FREQUENCY_RE.test(text) :
    // "How old is Zhumabaev?" — "the 22-year-old said", not "headed in a corner" after "2-2".
    OLD_Q_RE.test(asked) ? AGE_RE.test(text) :
    // "How long is the agreement valid?" — "for five years", "until the end of 2028", not "1.2 billion cubic metres".
    // "How long did the flight take?" — in hours, not "a route planned for almost two years".
    TERM_Q_RE.test(asked) ? SPAN_RE.test(text) && unitFits(text, asked) :
    // "How much will it cost?" is answered by a sum of money, not by "four ferries"; "How
    // many turbines?" by a count, not by "$1.4 billion" or "45 percent".
    (!(((COST_RE.test(asked) || FUNDS_Q_RE.test(asked)) && !HOW_MANY_RE.test(asked) && !SHARE_Q_RE.test(asked)) || TRADE_Q_RE.test(asked)) || MONEY_RE.test(text) || ((BY_HOW_MUCH_RE.test(asked) || RATE_CHARGE_Q_RE.test(asked)) && SHARE_RE.test(text))) &&
    // "How much will a ticket cost?" is answered by a fare, not by "a hospital at a cost of $85 million".
    (!PER_HEAD_Q_RE.test(asked) || personalSum(text)) &&
    // "What price per tonne …?" is answered by a figure per tonne, not by a total.
    perUnitFits(text, asked) &&
    // "What stake …?" is answered by a share ("49 percent", "half"), not by "860 megawatts".
    (!SHARE_Q_RE.test(asked) || SHARE_RE.test(text)) &&
    // "How much water …?" is answered in cubic metres, not by "a 10-year agreement" or "40 percent".
    unitFits(text, asked) &&
    // "What trade target did they set?" is answered by "to lift trade to $5 billion by 2030", not by "Trade stood at $1.4 billion".
    (!TARGET_Q_RE.test(asked) || TARGET_RE.test(text)) &&
    // … and "What was their trade in 2025?" not by a target alone ("set a target of $500 million by 2030").
    !(TRADE_Q_RE.test(asked) && !TARGET_Q_RE.test(asked) && TARGET_RE.test(text) && !RESULT_RE.test(text)) &&
    [...text.matchAll(QUANTITY_RE)].some((m) => !YEAR_ONLY.test(m[0]) && !namesFigure(asked, m[0]) && !sizesWhole(text, m, asked) && !(HOW_MANY_RE.test(asked) && (sumOrShare(text, m) || measuresNotCounts(text, m, asked) || !countsKind(text, m, asked)))) ||
    // "How long have they been partners?" — "since 1992".
    (DURATION_RE.test(asked) && CARRIES.date!(text, asked))),
  place: (text, asked) => {
    const goneTo = GONE_TO_Q_RE.test(asked);
    const comeFrom = !goneTo && COME_FROM_Q_RE.test(asked);
    return [...text.matchAll(PLACE_RE)].some((m) => !NOT_PLACE.test(m[2] ?? '') && novel(m[2] ?? '', asked) && !countryOfAskedCapital(m[2] ?? '', asked) && (!goneTo || /^(?:to|visit|bound|destined|head)/i.test(m[0])) && (!comeFrom || /^from/i.test(m[0])));
  },
  // "Who made the biggest pledge?" — a person, or a lender or company ("the Asian Development Bank").
  person: (text, asked) => {
    const wanted = wantedNationality(asked);
    const lender = !wanted && WHO_RE.test(asked) && !OFFICE_Q_RE.test(asked);
    // "Who is paying for the transport?" is answered by "… are being covered by WFP", "Sri Lanka pays for their flights".
    if (namesPayer(text, asked)) return true;
    return [...text.matchAll(CAPITALISED_RE)].some((m) => (novelPerson(m[0], asked, wanted) && !namesThing(text, m)) || (lender && ORGANISATION_RE.test(m[0]) && novel(m[0], asked)));
  },
  // "What did Putin say …" is not answered by words the sentence gives to someone else.
  statement: (text, asked) => STATEMENT_RE.test(text) && !speaksOther(text, asked),
  // "Why does Egypt want Kazakh wheat?" — "a question of food security"; "Why can't it ship more?" — "if freight costs were brought down".
  reason: (text, asked) => REASON_RE.test(text) || (AFTER_CAUSE_RE.test(text) && CHANGED_RE.test(text)) || STAKE_RE.test(text) || (WHY_NOT_RE.test(asked) && CONDITION_RE.test(text)) || (OPINION_Q_RE.test(asked) && QUOTE_RE.test(text) && !speaksOther(text, asked)),
  // "Which airline …" is not answered by "October", nor by a name the question typed with a letter wrong.
  // "Which other countries …" is answered by a country the question does not name.
  name: (text, asked) => {
    // "Which company built the plant?" is answered by a company's name, not "in Ereymentau" nor "Its director, Dragan Kostic".
    if (ORGANISATION_Q_RE.test(asked)) return namesOrganisation(text, asked);
    const countries = WHICH_COUNTRIES_RE.test(asked);
    // "Which Spanish company …" is not answered by "in Spain, Portugal and Italy": a country names no company.
    return [...text.matchAll(/(?<=[\p{L}\d,;:]\s+)\p{Lu}[\p{L}-]*|\b\p{Lu}{2,}\b/gu)].some((m) => namesOther(m[0], asked, countries));
  },
  other: null,
};

/** "Who is paying for …", "Who covers the airfare …", "Who funds …": a question on who bears a cost, which a government, a company or a lender answers as often as a person. */
const PAYING_Q_RE = /^\W*who\b.*\b(?:pays?|paid|paying|covers?|covered|covering|funds?|funded|funding|financ(?:e|es|ed|ing)|bears?|bore|foots?|footing|footed)\b/i;
/**
 * A payer named as the doer of paying: "… are being covered by WFP", "financed by the Asian
 * Development Bank", "The Kazakh government will cover $4.5 million", "Jardbor will absorb the
 * rest", "Sri Lanka pays for their flights".
 */
const PAYER_RE = /\b(?:paid|covered|funded|financed|borne|met|footed|absorbed|picked up) by\s+(?:the\s+)?\p{Lu}|(?:(?!(?:He|She|It|They|We|I|This|That|Who|Which)\b)\p{Lu}[\p{L}-]*|\b(?:government|state|ministry|company|employer|fund|bank|host|hosts|buyer|operator))\s+(?:will\s+|would\s+|also\s+|is to\s+)?(?:pay|pays|paid|cover|covers|covered|fund|funds|funded|finance|finances|financed|bear|bears|bore|absorb|absorbs|absorbed|foot|foots|footed)\b/u;

/** Whether a text names who bears the cost a "who is paying …" question asks about ({@link PAYER_RE}). */
function namesPayer(text: string, question: string): boolean {
  return PAYING_Q_RE.test(question) && PAYER_RE.test(text);
}

/** "Who signed …", "Who will head …", "Who is paying …": the deed a "who" question asks the doer of. */
const WHO_DID_RE = /^\W*who (?:(?:will|would|did|does|do|has|have|had|shall|also|first|then|be|been)\s+)*(?:(?:is|was|were|are)\s+(?=[a-z-]+(?:ing|ed)\b))?([a-z][a-z-]+)\b/;
/** After the deed, its doer by name: "signed in Astana on Monday by Vice Minister …", "is commanded by Major …". */
const BY_DOER_RE = /^[^.;:"“”]{0,60}?\bby\s+([^.;:,"“”]+)/u;
/** Before "who" and the deed, a named person and what they are: "Katarina Lindqvist, a former Swedish ambassador who heads …". */
const NAMED_BEFORE_WHO_RE = /\p{Lu}[\p{L}'’-]+,\s[^,]*(?:,\s[^,]*)?\bwho\s+(?:(?:is|was|are|were|has|have|had|will|would|also|now|currently)\s+)*(?:been\s+)?$/u;

/** "Who is in charge of …", "Who was in command of …", "Who is at the helm of …": leading, said as a state. */
const IN_CHARGE_Q_RE = /^\W*who (?:(?:is|was|are|were|will be|has been|had been)\s+)(?:now\s+|currently\s+)?(?:in (?:charge|command)|at the (?:helm|head)) of\b/;

/** The word of the deed a "who" question asks the doer of, and where the question goes on after it: "Who signed the loan?" → signed. */
function askedDeed(question: string): { verb: string; end: number } | null {
  const lower = question.toLowerCase();
  const state = IN_CHARGE_Q_RE.exec(lower);
  if (state) return { verb: 'lead', end: state.index + state[0].length };
  const m = WHO_DID_RE.exec(lower);
  return m?.[1] ? { verb: m[1], end: m.index + m[0].length } : null;
}

/** Deeds of leading, which news writes one for another: "headed by", "led by", "chaired by", "runs". */
const LEADING_DEEDS = new Set(['lead', 'head', 'chair', 'run', 'command', 'direct']);

/** The stem of a deed, without "co-" ("co-chaired" and "chaired" are one deed), and one for all deeds of leading. */
function deedTerm(word: string): string | null {
  const term = termOf(word.toLowerCase())?.replace(/^co-/, '') ?? null;
  return term !== null && LEADING_DEEDS.has(term) ? 'lead' : term;
}

/**
 * Whether a text names the doer of the deed a "who" question asks about: "The agreement was
 * signed in Astana by Vice Minister Nurlan Zhaksybekov" for "Who signed the deal?", "Aidar
 * Baimukhanov, …, who heads the group" for "Who heads the group?".
 */
export function namesDoer(text: string, question: string): boolean {
  return namesPayer(text, question) || doersOf(text, question).includes('asked');
}

/**
 * Whether a text names the doer of the deed a "who" question asks about only on another side
 * than the question's: "Aidar Seitkali, who led the Kazakh side in the first round" for "Who
 * led the Turkmen side?", "The Kazakh team was led by …" for "Who headed Vietnam's team?".
 */
export function namesOtherSideDoer(text: string, question: string): boolean {
  const doers = doersOf(text, question);
  return doers.includes('other') && !doers.includes('asked');
}

/** Where the thing a "who" question asks about ends: at a place, a time or a side ("Who runs X in Almaty?", "… on behalf of …"). */
const OBJECT_END_RE = /\s(?:at|in|on|for|with|from|to|during|when|after|before|since|under|between)\s|[?,;]/;
/** After a name in a "by …" phrase, words making it one of its people: "by Kaspi founder …", "by the fund's deputy director-general". */
const ITS_PERSON_RE = /^(?:['’]s\b|\s+(?:founder|co-founder|owner|chief|head|director|president|chairman|chairwoman|chair|executive|ceo|manager|boss|rector|dean|minister|ambassador|spokes\w+)\b)/i;

/**
 * Whether a text names the one a "who" question asks about as the doer of the deed itself:
 * "The plant, run by the joint venture Kaz-Hanbit Lithium, …" says what Kaz-Hanbit runs, not
 * who runs it ("Who runs Kaz-Hanbit Lithium?"). "… run by Kaspi founder …" names its person.
 */
export function namesAskedAsDoer(text: string, question: string): boolean {
  const asked = askedDeed(question);
  const deed = asked ? deedTerm(asked.verb) : null;
  if (!asked || !deed) return false;
  const object = question.slice(asked.end).split(OBJECT_END_RE)[0]!;
  const name = [...object.matchAll(CAPITALISED_RE)].map((n) => n[0].split(/\s+/).slice(0, 2).join(' ')).find((n) => !n.split(' ').every((w) => COUNTRY_WORDS.has(w.toLowerCase())));
  if (!name) return false;
  for (const d of text.matchAll(/[\p{L}-]+/gu)) {
    if (deedTerm(d[0]) !== deed) continue;
    const by = BY_DOER_RE.exec(text.slice((d.index ?? 0) + d[0].length))?.[1];
    const at = by?.indexOf(name) ?? -1;
    if (by !== undefined && at >= 0 && !ITS_PERSON_RE.test(by.slice(at + name.length).replace(/^(?:\s+\p{Lu}[\p{L}-]*)*/u, ''))) return true;
  }
  return false;
}

/** The doers a text names of the deed a "who" question asks about, each on the question's side ('asked') or on another ('other'). */
function doersOf(text: string, question: string): ('asked' | 'other')[] {
  const verb = askedDeed(question)?.verb;
  const deed = verb ? deedTerm(verb) : null;
  if (!deed) return [];
  const sides = questionSides(question);
  const out: ('asked' | 'other')[] = [];
  for (const m of text.matchAll(/[\p{L}-]+/gu)) {
    if (deedTerm(m[0]) !== deed) continue;
    const at = m.index ?? 0;
    const after = text.slice(at + m[0].length);
    // "The Kazakh team was led by …" names the wrong side for "Who headed Vietnam's team?"; so does "…, who led the Kazakh side".
    const by = BY_DOER_RE.exec(after)?.[1];
    if (by !== undefined && namesSomeone(by, sides.text)) out.push(otherSide(text.slice(0, at), sides) ? 'other' : 'asked');
    if (NAMED_BEFORE_WHO_RE.test(text.slice(0, at))) out.push(otherSide(/^[^,.;]*/.exec(after)![0], sides) ? 'other' : 'asked');
  }
  return out;
}

/** Whether a phrase names a person ("Vice Minister of Energy Nurlan Zhaksybekov"), not only an institution ("Iceland's Marine and Freshwater Research Institute"). */
function namesSomeone(phrase: string, asked: string): boolean {
  return [...phrase.matchAll(CAPITALISED_RE)].some((m) => novelPerson(m[0], asked, null));
}

/** The question in lower case, with the countries it names as terms. */
function questionSides(question: string): { text: string; countries: Set<string> } {
  const text = question.toLowerCase();
  return { text, countries: new Set(text.split(/[^\p{L}]+/u).filter((w) => COUNTRY_WORDS.has(w)).map((w) => countryTermOf(w)).filter((t): t is string => t !== null)) };
}

/** Whether a phrase names only countries (or their people) other than those the question names, when it names any. */
function otherSide(phrase: string, sides: { countries: Set<string> }): boolean {
  if (sides.countries.size === 0) return false;
  const named = phrase.split(/[^\p{L}'’]+/u).map((w) => w.toLowerCase().replace(/['’]s$/, '')).filter((w) => COUNTRY_WORDS.has(w));
  return named.length > 0 && named.every((w) => !sides.countries.has(countryTermOf(w) ?? ''));
}

/**
 * Questions that ask for no figure or name but for a kind of statement, and the words of a
 * sentence making it: "Can you fly from Almaty to Zanzibar?" is answered by a sentence saying
 * whether, or how far, it holds ("No Kazakh pilgrim died", "only with Turkmenistan's written
 * consent", "free of charge"); "Under what condition would …?" by a condition ("if that target
 * was met", "only if Kazakhstan reformed its gas prices", "would consider it when the volume of
 * business justifies it", "once the terminal opens"). A report names its topic first and
 * tells the rest later, in words of their own: "What else is on the train apart from flour?"
 * by what it "also" carries; "What does the name mean?" by "Zhana Bastau, or "New Beginning"";
 * "How is the price set?" by "a formula linked to Black Sea benchmarks"; "How is the cargo
 * getting to Korea?" by "by rail through China"; "What worries the unions?" by what "could"
 * happen or what they will "make sure" of; "What does Kyrgyzstan get in exchange?" by "In
 * exchange, …"; "What does the union want?" by what it will "ask for"; "What is the university
 * planning to open?", "What happens to overstayers?" by what "would" or "will" be done.
 */
const STATEMENT_KINDS: [RegExp, RegExp][] = [
  [/^\W*(?:is|are|was|were|did|does|do|can|could|will|would|has|have|had|should)\b/i, /\b(?:no|not|never|neither|nor|only|none|without|yet|still|whether|if|unless|instead|free)\b|n['’]t\b/i],
  [/\bconditions?\b|\bunder what (?:circumstances|terms)\b/i, /\b(?:if|unless|provided|providing|on condition|as long as|only when|subject to|once|as soon as)\b|\b(?:would|will)\b[^.;]*?\bwhen\b/i],
  [/\b(?:else|also|besides|apart from|aside from|other than|in addition to)\b/i, /\b(?:also|as well|in addition|additionally|besides|moreover|furthermore|apart from|on top of)\b/i],
  [/\b(?:mean|means|meant|meaning|stand for|stands for|refer to|refers to|named after|translat(?:e|es|ed|ion))\b/i, /\b(?:mean|means|meant|meaning|stands? for|refers? to|named (?:after|for)|translat(?:e|es|ed|ion)|literally)\b|,? or [“"‘']/i],
  [/^\W*how (?:is|are|was|were|will|would|do|does|did|can|could|should)\b.*\b(?:(?:prices?|tariffs?|fees?|rates?)\b.*\b(?:set|calculated|worked out|determined|fixed|decided|agreed)|priced|calculated)\b/i, /\b(?:formula|benchmarks?|index(?:ed)?|pegged|linked to|tied to|based on|with reference to|in line with|market prices?)\b/i],
  [/^\W*how (?:is|are|was|were|will|would|do|does|did|can|could|should)\b.*\b(?:get|gets|getting|got|travel|travels|travelling|traveling|go|goes|reach|reaches|shipped|transported|delivered|carried|moved|sent|taken|fly|flew)\b/i, /\bby (?:rail|road|sea|air|lorry|lorries|truck|trucks|ship|ships|ferry|train|trains|plane|pipeline|barge|tanker)s?\b|\bvia\b|\bthrough (?:the )?(?:port|\p{Lu})|\bchange planes\b|\btransit\b/iu],
  [/\b(?:worry|worries|worried|concerns?|concerned|fears?|feared|afraid)\b/i, /\b(?:could|might|risks?|fears?|feared|concerns?|concerned|worr(?:y|ies|ied)|warn(?:s|ed|ing)?|threat(?:en|ens|ened)?|dangers?|undercut|cuts? off|make sure|harm|hurt|damage)\b/i],
  [/^\W*what\b.*\b(?:will|would|happens?|plan|plans|planning|planned|intend|intends|intended|going to)\b/i, /\b(?:will|would(?!-)|shall|plans? to|planned|planning|intends? to|is to|are to|due to|going to)\b/i],
  [/\bin (?:exchange|return) for\b/i, /\bin (?:exchange|return)\b(?! for)/i],
  [/\bwhat\b.*\b(?:want|wants|wanted|ask|asks|asked|demand|demands|demanded|seek|seeks|sought|call for|calls for|called for|urge|urges|urged)\b/i, /\b(?:ask(?:s|ed|ing)? (?:for|that)|call(?:s|ed|ing)? for|demand(?:s|ed|ing)?|urg(?:e|es|ed|ing)|insist(?:s|ed|ing)?|press(?:es|ed|ing)? for|want(?:s|ed)?|seek(?:s|ing)?|sought|request(?:s|ed)?|would like)\b/i],
];

/** Whether a question asks for no figure or name but for a kind of statement ({@link STATEMENT_KINDS}): "Can you fly …?", "Under what condition …?". */
export function asksStatementKind(question: string): boolean {
  return STATEMENT_KINDS.some(([q]) => q.test(question));
}

/** Whether a sentence makes the kind of statement a question that asks for no figure or name wants ({@link STATEMENT_KINDS}); null when it wants none. */
export function makesAskedStatement(text: string, question: string): boolean | null {
  const kinds = STATEMENT_KINDS.filter(([q]) => q.test(question));
  return kinds.length === 0 ? null : kinds.some(([, t]) => t.test(text));
}

/**
 * Whether `text` carries something of the wanted answer type that the question does not
 * already contain: a "who" question is answered by a name the question does not name.
 */
export function carriesAnswerType(text: string, type: AnswerType, question = ''): boolean {
  const carries = CARRIES[type];
  return carries ? carries(text, question.toLowerCase()) : false;
}

/**
 * Whether a place is the country whose capital the question names: "to Kazakhstan" is not
 * where someone went "after Astana" (a city in the country still is: "Where in Russia …?" — "Moscow").
 */
function countryOfAskedCapital(place: string, asked: string): boolean {
  // "the Russian Federation", "the Kyrgyz Republic" name the country of their first word.
  const name = place.replace(/\s+(?:Federation|Republic)$/, '');
  if (!COUNTRY_WORDS.has(name.toLowerCase())) return false;
  const country = countryTerm(DEMONYMS[name.toLowerCase()] ?? name);
  return country !== null && asked.split(/[^\p{L}]+/u).some((w) => w.length > 2 && countryTerm(w) === country);
}

const SAYING = 'said|says|noted|stated|stressed|emphasi[sz]ed|underscored|declared|remarked|added|wrote|told|recalled|affirmed|praised|concluded|warned|urged|believes|explained';
/** "…,” the Kremlin’s statement said", "» Putin noted." */
const SPEAKER_AFTER_RE = new RegExp(`[”»"’,]\\s*((?:the\\s+)?(?:[\\p{L}’'-]+\\s+){0,3}?[\\p{L}’'-]+)\\s+(?:${SAYING})\\b`, 'gu');
/** "Tokayev also said that …", "Kazakh President Kassym-Jomart Tokayev stated …" at the start of a sentence. */
const SPEAKER_BEFORE_RE = new RegExp(`^((?:\\p{Lu}[\\p{L}’'.-]*\\s+){0,4}\\p{Lu}[\\p{L}’'-]+)\\s+(?:also\\s+)?(?:${SAYING})\\b`, 'u');
/** The speaker a statement question asks about: "What did Putin say …" → Putin. */
const ASKED_SPEAKER_RE = /\b(?:what|how|why) (?:did|does|do|has|have|will|would) ([\w\s'’-]{1,40}?) (?:say|said|tell|told|write|call|think|believe|describe|stress|note|claim|declare|emphasi[sz]e|argue|praise|view|feel|consider)\b/;
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);
/** Words that join a clause to the one before ("and said", "who said"), naming no speaker. */
const LINK_WORDS = new Set(['and', 'but', 'then', 'also', 'who', 'which', 'that', 'as', 'so', 'or', 'later']);

/** Whether a phrase before a saying verb opens with a link word or a pronoun ("who had", "and then", "he also"): it names no one new. */
function startsLinked(phrase: string): boolean {
  const first = phrase.toLowerCase().split(/\s+/)[0]!;
  return PRONOUNS.has(first) || LINK_WORDS.has(first);
}

/** "the diplomat", "the Kremlin leader", "the Kazakh foreign minister": someone named elsewhere, by office. */
function byOffice(phrase: string): boolean {
  const lower = phrase.toLowerCase();
  return /^the\s/.test(lower) && lower.split(/\s+/).some((w) => TITLE_WORDS.has(w) || w === 'diplomat');
}

/** Terms of a phrase naming a speaker, without generic words. */
function speakerTerms(phrase: string): string[] {
  return phrase.toLowerCase().split(/[\s’'-]+/).map((w) => termOf(w)).filter((t): t is string => t !== null && t.length > 2);
}

/**
 * Whether a sentence gives its words to a named speaker other than the one a statement
 * question asks about ("…,” the Kremlin's statement said" for "What did Putin say …").
 * A pronoun ("he said") names no one.
 */
export function speaksOther(text: string, asked: string): boolean {
  const wanted = ASKED_SPEAKER_RE.exec(asked);
  if (!wanted) return false;
  if (byOffice(wanted[1]!)) return false;
  const want = speakerTerms(wanted[1]!);
  if (want.length === 0) return false;
  const found = [...text.matchAll(SPEAKER_AFTER_RE)].map((m) => m[1]!);
  const before = SPEAKER_BEFORE_RE.exec(text);
  if (before) found.push(before[1]!);
  // "He", "the diplomat", "the Kremlin leader" refer back to someone named before: not known here.
  // "… the cerrado" and said …" is the same speaker going on: "and" names no one.
  // "…, who had warned …" goes on about someone named before: a phrase opening with a link word or a pronoun names no one new.
  const named = found.filter((f) => !startsLinked(f) && !byOffice(f));
  return named.length > 0 && !named.some((f) => speakerTerms(f).some((t) => want.some((w) => nearlySame(t, w))));
}

/** "Zhaksylykova said the carrier would …", "He said the company had …": someone speaking for an organisation they name by its kind. */
const SPEAKS_FOR_RE = new RegExp(`\\b(?:${SAYING})\\s+(?:that\\s+)?(?:the|its|their)\\s+(?:company|carrier|airline|firm|operator|ministry|government|bank|fund|agency|group|board|council|committee|cabinet|embassy|consortium|developer|manufacturer|maker|producer|exporter|trader|joint venture)\\b`, 'i');

/** Whether a sentence gives someone's words as those of an organisation named by its kind ("Zhaksylykova said the carrier would …"). */
export function speaksForOrganisation(text: string): boolean {
  return SPEAKS_FOR_RE.test(text);
}

/** "What do … say", "How have … described": a question whose speaker is plural. */
const PLURAL_SPEAKER_Q_RE = /\b(?:what|how|why) (?:do|have)\b/i;

/**
 * The words naming the speaker a statement question asks about, when it names one by name:
 * "What did President Tokayev say …" → tokayev, "what did vucic say …" → vucic. None for one
 * asked by office or kind ("Kazakhstan's president", "the Russian envoy", "environmentalists").
 */
export function askedSpeakerNames(question: string): string[] {
  const lower = question.toLowerCase();
  const m = ASKED_SPEAKER_RE.exec(lower);
  const wanted = m?.[1];
  // "What do environmentalists say …", "What have officials said …": a plural speaker is a kind of people.
  if (!m || !wanted || /['’]s\b/.test(wanted) || byOffice(wanted) || PLURAL_SPEAKER_Q_RE.test(question)) return [];
  const at = lower.indexOf(wanted, m.index);
  const typed = question.slice(at, at + wanted.length).split(/\s+/);
  // A question typed in lower case names its speaker by words that are no English words ("vucic").
  const cased = /\p{Lu}/u.test(question.slice(1));
  const named = (w: string): boolean => (cased ? /^\p{Lu}/u.test(w) : !isEnglishWord(w));
  // "the JAKIM chief", "the company's engineers": someone described, not named.
  if (typed.some((w) => !named(w) && w.toLowerCase() !== 'the' && !TITLE_WORDS.has(w.toLowerCase()))) return [];
  return typed
    .filter(named)
    .map((w) => w.toLowerCase())
    .filter((w) => w.length > 1 && !COUNTRY_WORDS.has(w) && !TITLE_WORDS.has(w));
}

/** Whether a text names someone by one of the given name words, typed with a letter wrong or two swapped ("Nazarbaev", "Nurtlue"). */
export function namesAnyOf(text: string, names: string[]): boolean {
  const lower = text.toLowerCase();
  // Written as asked, the common case, found without splitting the text into words.
  if (names.some((n) => standsWhole(lower, n, LETTER_RE))) return true;
  const words = lower.split(/[^\p{L}-]+/u);
  return words.some((w) => names.some((n) => nearlySame(w, n) || swapped(w, n) || (w.includes('-') && w.split('-').includes(n))));
}

/** Whether two words differ only by two letters side by side swapped ("jianhau", "jianhua"). */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 5) return false;
  let at = 0;
  while (at < a.length && a[at] === b[at]) at++;
  return at < a.length && a[at] === b[at + 1] && a[at + 1] === b[at] && a.slice(at + 2) === b.slice(at + 2);
}

/** "The Kyrgyz leader said …", "The diplomat also noted …" at the start of a sentence. */
const OFFICE_SPEAKER_BEFORE_RE = new RegExp(`^(the\\s+(?:[\\p{L}’'-]+\\s+){0,3}?[\\p{L}’'-]+)\\s+(?:also\\s+)?(?:${SAYING})\\b`, 'iu');

/** Whether a sentence gives its words to someone named by office ("… ,” the diplomat underscored", "The Kyrgyz leader said …"). */
export function speaksByOffice(text: string): boolean {
  const before = OFFICE_SPEAKER_BEFORE_RE.exec(text)?.[1];
  return (before !== undefined && byOffice(before)) || [...text.matchAll(SPEAKER_AFTER_RE)].some((m) => byOffice(m[1]!));
}

/** "Halima Bello-Okafor, director for Europe at Nigeria's foreign ministry, said …": a named speaker and what they are, at the start of a sentence. */
const SPEAKER_APPOSED_RE = new RegExp(`^((?:\\p{Lu}[\\p{L}’'.-]*\\s+){0,3}\\p{Lu}[\\p{L}’'-]+),\\s[^,]{1,120},\\s+(?:also\\s+)?(?:${SAYING})\\b`, 'u');

/** The phrases a sentence gives its words to: "Radulovic", "she", "the diplomat". */
function speakersOf(text: string): string[] {
  const found = [...text.matchAll(SPEAKER_AFTER_RE)].map((m) => m[1]!);
  const before = SPEAKER_BEFORE_RE.exec(text)?.[1] ?? SPEAKER_APPOSED_RE.exec(text)?.[1];
  if (before) found.push(before);
  return found.filter((f) => !f.toLowerCase().split(/\s+/).every((w) => LINK_WORDS.has(w)));
}

/** Whether a sentence gives its words only to a pronoun: "He said …", "…, she said", "This document, he believes, …". */
export function pronounSpeaks(text: string): boolean {
  const found = speakersOf(text);
  return found.length > 0 && found.every((f) => f.toLowerCase().split(/\s+/).every((w) => PRONOUNS.has(w) || LINK_WORDS.has(w)));
}

/** The speakers a sentence names ("Radulovic said …", "…,” Tokayev noted."), not by pronoun nor by office. */
export function namedSpeakers(text: string): string[] {
  return speakersOf(text).filter((f) => !f.toLowerCase().split(/\s+/).every((w) => PRONOUNS.has(w) || LINK_WORDS.has(w)) && !byOffice(f));
}
