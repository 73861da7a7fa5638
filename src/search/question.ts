import { isEverydayWord } from './commonness.ts';
import { termOf } from './analyzer.ts';
import { COUNTRY_WORDS, DEMONYMS } from './normalize.ts';
import { CAPITALS } from './related.ts';
import {
  endOfMonth, endOfYear, format, startOfMonth, startOfYear, subMonths, subYears,
} from 'date-fns';

/** What kind of fact a question asks for. */
export type AnswerType = 'date' | 'quantity' | 'place' | 'person' | 'statement' | 'reason' | 'name' | 'other';

/** A span of document dates, inclusive, as `YYYY-MM-DD` strings. */
export interface DateRange {
  from: string;
  to: string;
}

/** What the rules read out of a question before searching. */
export interface QuestionIntent {
  answerType: AnswerType;
  /** Document dates the question is restricted to, if it names a time. */
  range: DateRange | null;
  /** "latest"/"last"/"most recent" prefer the newest document; "first"/"earliest" the oldest. */
  order: 'latest' | 'earliest' | null;
  /** The question with date expressions removed, for term matching. */
  text: string;
  /** The source or speaker named by "according to …", which the answer must come from. */
  source: string | null;
  /** A mission the question asks about between two countries ("Japan's ambassador to Kazakhstan"). */
  mission: Mission | null;
}

/** A diplomatic mission of one country to another: "Kazakhstan's ambassador to Japan" → kazakhstan → japan. */
export interface Mission {
  from: string;
  to: string;
}

const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december',
];
const MONTH_ALT = [...MONTHS.map((m) => `${m}|${m.slice(0, 3)}\\.?`), 'sept\\.?'].join('|');
const MONTH_RE = `(?:${MONTH_ALT})`;

/**
 * Idioms of questions and the plain words a report would use for them (a phrase cannot be a
 * related word: each of its words would be related alone).
 */
const IDIOMS: [RegExp, string][] = [
  [/\b(?:give|gave|given|giving|gives) (?:the )?green light (?:to|for)\b/gi, 'approve'],
  [/\bset(?:ting)? off\b/gi, 'leave depart'],
  [/\bturn(?:ed|s)? back\b/gi, 'reject'],
  [/\bin charge of\b/gi, 'led directed headed'],
];

/**
 * A question on the amount of trade, which a sum of money answers: "What was Kazakhstan's
 * trade with Japan in 2024?", "kazakhstan egypt trade 2024?" (not "What was agreed about
 * trade?" nor "the trade minister").
 */
const TRADE_Q_RE =
  /\bwhat(?:'s| is| was| were| are)? (?:the |[\w-]+'s )?(?:bilateral |total |annual |two-way )?(?:trade|turnover)\b(?!\s+(?:minister|ministry|agreement|deal|route|corridor|mission|fair|forum|zone|office|representative|commission|target|goal|ties|relations|links|house|houses))|^(?!.*\b(?:what|who|whom|when|where|why|how|which)\b)[\w\s'’-]*\b(?:trade|turnover)\b[\w\s-]*\d{4}\W*$/i;

/** Table of answer-type rules, tried in order. */
const ANSWER_TYPE_RULES: [AnswerType, RegExp][] = [
  ['quantity', /\bhow (?:many|much|long|far|big|large|often)\b|\bwhat (?:percentage|percent|share|stake|number|amount|proportion|sum|volume|length)\b|\bwhat (?:does|did|do|will|would) .{1,60}? cost\b|\bwhat (?:is|was|are|were|will be) .{1,60}? worth\b|^(?!.*\b(?:what|who|whom|when|where|why|how|which)\b).*\b(?:cost|costs|price|worth|turnover|budget)\W*$|\bwhat(?:'s| is| was| will be| are| were)? (?:the |its |their |[\w-]+'s )?(?:\d{4} )?(?:latest |current |new |total |combined |annual |planned |expected |most recent |revised )?(?:[a-z-]+ ){0,2}?(?:turnover|volume|result|share|capacity|cost|price|value|size|length|budget|investment|figure|target|rate|population|output|goal|estimate)\b/i],
  // "What was Kazakhstan's trade with Japan in 2024?", "kazakhstan egypt trade 2024?": an amount of trade.
  ['quantity', TRADE_Q_RE],
  // "When …?" asks for a date; "What did he say when he met Putin?" does not.
  ['date', /(?:^\W*|[,;:]\s*)(?:and |but |so )?when\b|\b(?:since|until|till|by|from|and|or) when\b|\b(?:what|which) (?:date|year|day|month|time)s?\b|\bhow long ago\b/i],
  // "What is the current deadline …?" asks for a date as "When …?" does.
  ['date', /\bwhat(?:'s| is| was| are| were)? (?:the |its |their )?(?:latest |current |new |revised |original )?(?:deadline|timeline|timetable)\b/i],
  ['place', /(?:^\W*|[,;:]\s*)(?:and |but |so )?where\b|\b(?:from|and|or) where\b|\b(?:in |at )?(?:what|which) (?:city|country|place|venue|capital|town|building|hall|monastery)\b/i],
  ['person', /(?:^\W*|[,;:]\s*)(?:and |but |so )?who(?:m|se)?\b|\b(?:by|with|to|for|from|and|or) whom?\b|\b(?:what|which) (?:(?!(?:did|does|do|has|have|had|is|was|are|were|will|would|can|could)\b)\w+ )?(?:person|leader|president|minister|official|spokesperson|ambassador|head)s?\b/i],
  ['statement', /\b(?:what|how) (?:did|does|do|has|have|will|would) [\w\s'’-]{1,60}?\b(?:say|said|tell|told|write|call|think|believe|describe|stress|note|claim|declare|emphasi[sz]e|argue|praise|view|feel)\b|\baccording to\b|\b(?:position|stance|view|views|attitude|opinion) (?:on|of|about|toward|towards)\b/i],
  // "Which organisations …", "Which forum …": the answer names something.
  ['name', /(?:^\W*|[,;:]\s*|\b(?:in|at|on|to|from|with|of|for) )which\s+\p{L}|\bwhat(?:'?s| is| was| are| were)? (?:the )?names? of\b/iu],
  ['reason', /(?:^\W*|[,;:]\s*)(?:and |but |so )?why\b|\bfor what reason\b|\bwhat (?:caused|was the reason)\b/i],
];

/** Detect the answer type of a question from its question words. */
export function answerTypeOf(question: string): AnswerType {
  // "Who is Erzhan Kazykhanov?" asks what the archive says of a named person, not for a name.
  if (/^\s*[Ww]ho (?:is|was) (?!the\b|a\b|an\b)(?!\p{Lu}[\p{L}-]*['’]s\b)\p{Lu}/u.test(question)) return 'other';
  // "Who will take it over, and when?": the question word asked first sets the type.
  // "According to the op-ed, when …" asks for a date; "according to" alone, for a statement.
  return answerTypesOf(question)[0] ?? (/\baccording to\b/i.test(question) ? 'statement' : 'other');
}

/** A clause of time before the question itself ("When the deal was signed, how …"). */
const LEADING_CLAUSE_RE = /^\W*(?:when|after|before|once|while)\b[^,?]*,\s*(?=(?:how|what|who|whom|where|which|why|when)\b)/i;

/** Every kind of answer a question asks for, in the order asked ("Where and when …" → place, date). */
export function answerTypesOf(question: string): AnswerType[] {
  // "When the deal was signed, how long was the journey to take?" asks "how long": the clause before sets the time.
  const asked = question.replace(/\baccording to\b[^,?]*/gi, ' ').replace(LEADING_CLAUSE_RE, '');
  const found: { type: AnswerType; at: number }[] = [];
  for (const [type, re] of ANSWER_TYPE_RULES) {
    const m = re.exec(asked);
    if (m) found.push({ type, at: m.index });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.type);
}

const day = (d: Date): string => format(d, 'yyyy-MM-dd');
const monthIndex = (name: string): number => MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().slice(0, 3)));

/**
 * Read the time a question is about: "in 2022", "in November 2025", "before/after/since
 * <month year | year>", "this year", "last month", "latest", "first". Relative words are
 * read against `now`.
 */
export function parseQuestion(question: string, now: Date = new Date()): QuestionIntent {
  let text = question;
  // "give the green light to" is "approve" in the words a source would use.
  for (const [re, plain] of IDIOMS) text = text.replace(re, plain);
  let range: DateRange | null = null;
  let order: QuestionIntent['order'] = null;
  const cut = (re: RegExp): void => {
    text = text.replace(re, ' ');
  };

  const relative: [RegExp, () => DateRange][] = [
    [/\bthis year\b/i, () => ({ from: day(startOfYear(now)), to: day(endOfYear(now)) })],
    [/\blast year\b/i, () => ({ from: day(startOfYear(subYears(now, 1))), to: day(endOfYear(subYears(now, 1))) })],
    [/\bthis month\b/i, () => ({ from: day(startOfMonth(now)), to: day(endOfMonth(now)) })],
    [/\blast month\b/i, () => ({ from: day(startOfMonth(subMonths(now, 1))), to: day(endOfMonth(subMonths(now, 1))) })],
  ];
  for (const [re, make] of relative) {
    if (re.test(text)) {
      range = make();
      cut(re);
      break;
    }
  }

  const bound = new RegExp(`\\b(before|after|since|until|by|prior to)\\s+(?:(${MONTH_RE})\\s+)?((?:19|20)\\d{2})\\b`, 'i');
  const monthSpan = new RegExp(`\\b(?:in\\s+|during\\s+|from\\s+|between\\s+)?(${MONTH_RE})\\s*(?:-|–|—|to|through|and|until)\\s*(${MONTH_RE})\\s*,?\\s+((?:19|20)\\d{2})\\b`, 'i');
  const monthYear = new RegExp(`\\b(?:in\\s+|during\\s+|of\\s+)?(${MONTH_RE})\\s*,?\\s+((?:19|20)\\d{2})\\b`, 'i');
  const year = /\b(?:in\s+|during\s+|of\s+)?((?:19|20)\d{2})\b(?!\s*(?:%|percent|million|billion|people|students|kilomet))/i;
  const b = range ? null : bound.exec(text);
  if (b) {
    const yearNum = Number(b[3]);
    const month = b[2] ? monthIndex(b[2]) : -1;
    const start = month >= 0 ? new Date(yearNum, month, 1) : new Date(yearNum, 0, 1);
    const end = month >= 0 ? endOfMonth(start) : endOfYear(start);
    const word = (b[1] ?? '').toLowerCase();
    // "by 2030" when 2030 is still to come names a target year, which a source must speak of; no report is from then.
    const target = (word === 'by' || word === 'until') && yearNum > now.getFullYear();
    range = target ? { from: day(start), to: day(end) } : word === 'before' || word === 'until' || word === 'by' || word === 'prior to'
      ? { from: '0000-01-01', to: day(new Date(start.getTime() - 86_400_000)) }
      : word === 'since'
        ? { from: day(start), to: '9999-12-31' }
        : { from: day(new Date(end.getTime() + 86_400_000)), to: '9999-12-31' };
    cut(bound);
  } else if (!range) {
    const my = monthYear.exec(text);
    const span = monthSpan.exec(text);
    if (span) {
      // "in January-September 2023": from the first month's start to the second's end.
      const yearNum = Number(span[3]);
      const from = new Date(yearNum, monthIndex(span[1] ?? ''), 1);
      const to = endOfMonth(new Date(yearNum, monthIndex(span[2] ?? ''), 1));
      range = from <= to ? { from: day(from), to: day(to) } : null;
      cut(monthSpan);
    } else if (my) {
      const start = new Date(Number(my[2]), monthIndex(my[1] ?? ''), 1);
      range = { from: day(start), to: day(endOfMonth(start)) };
      cut(monthYear);
    } else {
      const y = year.exec(text);
      if (y) {
        const start = new Date(Number(y[1]), 0, 1);
        range = { from: day(start), to: day(endOfYear(start)) };
        cut(year);
      }
    }
  }

  // "recently held talks" is a word of the answer; "the most recent talks" asks for the newest.
  // Read before the source: "according to the latest plans" asks for the newest, from "plans".
  // "When had they last met before the Ankara session?" asks for the time before an event, not the newest.
  if (/\blast\b.*\b(?:before|prior to|until)\b/i.test(text)) {
    cut(/\blast\b/gi);
  } else if (/\b(?:latest|most recent(?:ly)?|last time|newest|last)\b/i.test(text)) {
    order = 'latest';
    cut(/\b(?:the )?(?:latest|most recent(?:ly)?|last time|newest|last)\b/gi);
  } else if (/\b(?:now|currently|current)\b/i.test(text)) {
    // "Who is the transport minister now?": the newest report tells.
    order = 'latest';
  } else if (/\b(?:originally|initially|original)\b/i.test(text)) {
    // "under the original swap": the oldest report tells what was first agreed.
    order = 'earliest';
  } else if (/\b(?:earliest|first time|for the first time|first (?:met|meet|meeting|visited|talks?))\b/i.test(text)) {
    order = 'earliest';
    cut(/\b(?:earliest|(?:for )?the first time|first time)\b/gi);
  }
  // "according to X" names a source, and "what year" the kind of answer: neither is a
  // word the answer must contain.
  let source: string | null = null;
  const according = /,?\s*\baccording to\s+(?:the\s+)?([^,?.!;]+?)(?=\s*(?:[,?.!;]|$))/i.exec(text);
  if (according) {
    source = according[1]!.trim();
    text = text.replace(according[0], ' ').replace(/^\s*[,;:]/, '');
  }
  cut(/\baccording to\b/gi);
  cut(/\b(?:in |on |at |until |by |since )?(?:what|which) (?:year|date|day|month|time)s?\b/gi);
  return { answerType: answerTypeOf(question), range, order, text: text.replace(/\s+/g, ' ').trim(), source, mission: missions(question)[0] ?? null };
}

const MONTH_WORDS = `(?:${MONTHS.join('|')})`;
const WEEKDAYS = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const YEAR = '(?:19|20)\\d{2}';
/** A month as news agencies shorten it before a day or year: "Nov. 10", "Sept. 2023". */
const SHORT_MONTH = '(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)';
const NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|dozens?|hundreds|thousands?|millions?|billions?|trillions?|half|percent';

/** Dates in a text: years, months (with a day), weekdays and relative days or years. */
const DATE_RE = new RegExp(`\\b(?:${YEAR}|${MONTH_WORDS}(?:\\s+\\d{1,2})?|${SHORT_MONTH}\\.\\s+\\d{1,4}|\\d{1,2}\\s+${MONTH_WORDS}|${WEEKDAYS}|today|yesterday|tomorrow|(?:next|last|this) (?:year|month|week))\\b`, 'gi');
/**
 * Amounts: figures and number words, but not what only looks like one: a year, the day of
 * a date, an ordinal ("80th"), or "the two sides".
 */
const QUANTITY_RE = new RegExp(`(?<!(?:${MONTH_WORDS})\\s)(?<![\\d.,])\\$?\\d+(?:[.,]\\d+)*%?(?!\\d|st\\b|nd\\b|rd\\b|th\\b)|\\b(?<!\\b(?:the|both|one of the|these|those|all)\\s)(?:${NUMBER_WORDS})\\b`, 'gi');
const YEAR_ONLY = new RegExp(`^${YEAR}$`);
/** A question asking what something costs: answered by a sum of money, not any number. */
const COST_RE = /\bhow much\b.*\b(?:cost|costs|pay|paid|spend|spent|worth|invest|invested|charge)\b|\b(?:cost|price|fee|budget|worth)\b|\bvalue of\b/i;
/** A question asking for a share: answered by a percentage or a fraction, not any figure. */
const SHARE_Q_RE = /\bwhat (?:percentage|percent|share|stake|proportion)\b/i;
const SHARE_RE = /\d\s?%|\b(?:percent|per cent|half|third|quarter|majority|two-thirds|three-quarters)\b/i;
/** "How much would insurance add to the cost?": a change in cost, which a share answers ("7 to 9 percent"). */
const BY_HOW_MUCH_RE = /\bby how much\b|\bhow much\b.*\b(?:add|adds|added|rise|rises|rose|raise|raised|increase|increased|grow|grew|cut|lower|lowered|reduce|reduced|save|saved)\b/i;
/** A question asking how long something holds or takes ("How long is it valid?", "How long will the journey take?"). */
const TERM_Q_RE = /\bhow long\b.*\b(?:valid|last|run|in force|remain|stay|take|wait)\b/i;
/** A question on when something is still to happen: "When will the consulate open?", "When is the next summit?". */
export const FUTURE_WHEN_RE = /\bwhen (?:will|is|are|would|shall)\b/i;
/** A day a report names for its own news ("on Tuesday", "today"), which is no date of a thing still to come. */
const DAY_OF_REPORT_RE = new RegExp(`^(?:${WEEKDAYS}|today|yesterday)$`, 'i');
/** A question asking for a year: "Which years does it cover?", "What year was it built?". */
export const YEAR_Q_RE = /\b(?:which|what) years?\b/i;
/** A question on a target: "What trade target did they set?", "kazakhstan vietnam trade target" (not "how much does the goal need"). */
const TARGET_Q_RE = /\bwhat\b.*\b(?:target|goal)s?\b|^(?!.*\b(?:how|what|which|when|who|where|why)\b).*\b(?:target|goal)s?\b/;
/** Words of a target, not of a result: "to lift trade to $5 billion", "by 2030", "aimed to reach". */
const TARGET_RE = /\bby (?:the end of |the end-|end-)?(?:\d{4}|the end)\b|\b(?:reach|hit|target|goal|aim|aims|aimed|seek|seeks|want|wants|wanted|plan|plans|planned|double|triple|increase|raise|bring|boost|lift|grow|expand)(?:ed|ing|s)?\b/i;
/** Words of a question on time itself ("how many years", "transit time"), which a span of time answers ("each year" is a rate). */
const TIME_Q_RE = /\b(?:how long|time|period|term|duration)\b|(?<!\b(?:each|a|per|every|this|last|next|the)\s)\b(?:years?|months?|weeks?|days?|decades?)\b/;
/** A unit of time right after a figure: "three decades", "a 10-year deal". */
const TIME_UNIT_AT_RE = /^[- ](?:days?|weeks?|months?|years?|decades?)\b/i;
/** A span of time or its end: "for five years", "a 10-year deal", "until 2028", "expires". */
const SPAN_RE = /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|a few|several)[- ](?:days?|weeks?|months?|years?|decades?)\b|\b(?:until|through|expires?)\b/i;
/** A sum of money: a currency sign or name. */
const CURRENCIES = 'dollars|euros?|tenge|rubles?|roubles?|yuan|pounds|lira|rupees|won|yen|usd|eur|kzt|rub';
const MONEY_RE = new RegExp(`[$€£₸¥]\\s?\\d|\\b(?:usd|eur|kzt|rub)\\s?\\d|\\d\\s*(?:million|billion|thousand|trillion|mln|bn)?\\s*(?:${CURRENCIES})\\b`, 'i');
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
/** "Where did he go after Moscow?": a place gone to ("to Paris"), not one where something was held ("in Orenburg"). */
const GO_AFTER_RE = /\b(?:go|goes|went|gone|travel\w*|head\w*|fly|flew|leave|left|move|moved|visit\w*|due to visit)\b.*\bafter\b|\bafter\b.*\b(?:go|goes|went|travel\w*|head\w*|fly|flew|leave|left|visit\w*)\b|\bnext\b.*\b(?:go|travel|head|visit)\w*/;
/** Places: a capitalised name after a preposition of place, not a month or a weekday. */
const PLACE_RE = /\b(?:in|at|to|from|near|visit(?:ed|ing)?)\s+(?:the\s+)?((?:St|Mt)\.\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)/gu;
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
  forum summit dialogue route corridor port ports centre center`.split(/\s+/),
);
/** A lender, fund or company that acts as a person does: "the Asian Development Bank", "China Merchants Group". */
const ORGANISATION_RE = /\s(?:Bank|Fund|Company|Corporation|Agency|Group)$/;
/** "Who …?", which a lender or company may answer ("Which minister …?" asks for a person). */
const WHO_RE = /\bwho\b/;
const STATEMENT_RE = /["“”«»]|\b(?:said|says|stated|noted|stressed|emphasi[sz]ed|underscored|declared|remarked|added|wrote|affirmed|praised|called|told|concluded)\b/i;

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

/** Words that give a reason or a purpose. */
const REASON_RE = new RegExp(
  '\\b(?:because|due to(?!\\s+(?:be|reach|start|begin|open|close|take|hold|host|visit|arrive|sign|meet|launch|come|enter|expire|end|finish|complete|go|run|make|receive|deliver|travel|return|resume)\\b)|owing to|thanks to|as a result|result of|caused by|blamed|' +
    'since(?!\\s+(?:\\d|then\\b|independence\\b|(?:early|late|mid)\\b|(?:the\\s+)?(?:start|beginning|end|middle)\\b|last\\b|' + MONTH_RE + '))|so that|in order to|aim(?:s|ed)? to|intended to|meaning|given that|amid)\\b',
  'i',
);

/** Words saying what is at stake, which answer "Why does X want …?": "a question of economic sovereignty", "vital for growers". */
const STAKE_RE = /\b(?:a|the) (?:question|matter) of\b|\b(?:vital|essential|crucial|key) (?:to|for)\b/i;
/** "Why can't …", "Why has it not …": a question on what stands in the way. */
const WHY_NOT_RE = /\bwhy (?:can'?t|cannot|not|isn'?t|aren'?t|hasn'?t|haven'?t|doesn'?t|don'?t|won'?t|wasn'?t)\b|\bwhy\b.*\bnot\b/;
/** A condition, which tells what stands in the way: "if freight costs were brought down", "unless …". */
const CONDITION_RE = /\b(?:if|unless|until|without)\b/i;

/** A question on how often something happens. */
const OFTEN_RE = /\bhow often\b/;
/** Words that say how often: "twice a year", "three flights a week", "daily". */
const FREQUENCY_RE = /\b(?:daily|weekly|monthly|quarterly|annually|yearly|once|twice|times|every)\b|\b(?:flights?|meetings?|sessions?|trips?|visits?|departures?|services?|trains?) (?:a|per|each) (?:day|week|fortnight|month|quarter|year)\b/i;

/** Whether a figure counts time ("more than three decades ago"), which does not answer "How many embassies …?". */
function spanOfTime(text: string, m: RegExpMatchArray, asked: string): boolean {
  const end = m.index! + m[0].length;
  return !TIME_Q_RE.test(asked) && TIME_UNIT_AT_RE.test(text.slice(end, end + 9));
}

/** "Which (other) countries …", asking for countries by name. */
const WHICH_COUNTRIES_RE = /\bwhich (?:other |\w+ )?(?:countries|country|nations|states)\b/;
/** Whether a word names a country (or its people) that the question does not name. */
function otherCountry(word: string, asked: string): boolean {
  const lower = word.toLowerCase().replace(/['’]s$/, '');
  if (!COUNTRY_WORDS.has(lower)) return false;
  const term = termOf(DEMONYMS[lower] ?? lower);
  return !asked.split(/[^\p{L}]+/u).some((w) => COUNTRY_WORDS.has(w) && termOf(DEMONYMS[w] ?? w) === term);
}

/** "how much [green] water", not "how much did freight forwarders say": a word between may not be a verb. */
const HOW_MUCH_OF = String.raw`\bhow much (?:(?!(?:did|does|do|is|was|will|would|has|have|had|are|were|must|could|can)\b)\w+ )?`;
/**
 * Things a "how much" question measures in a unit of their own: water in cubic metres,
 * electricity in watt-hours, goods in tonnes.
 */
const UNITS: [RegExp, RegExp][] = [
  [new RegExp(String.raw`${HOW_MUCH_OF}water\b|\bwhat (?:\w+ )?volume of water\b`), /\bcubic met|\blit(?:re|er)s\b|\bm3\b/i],
  [new RegExp(String.raw`${HOW_MUCH_OF}(?:electricity|power|energy)\b`), /watt|\b[kmg]wh\b/i],
  [new RegExp(String.raw`${HOW_MUCH_OF}(?:wheat|grain|oil|cargo|fertili[sz]er|flour|coal|uranium|hydrogen|ammonia|urea)\b`), /\btonnes?\b|\btons?\b|\bbarrels?\b|\bkilograms?\b|\bkg\b/i],
];
/** A question on what is lost or saved, which a share answers ("loses up to 40 percent"). */
const LOSS_Q_RE = /\b(?:lose|loses|lost|loss|losses|save|saves|saved|waste|wasted)\b/;

/** Whether a text gives an amount in the unit of what a "how much" question measures (or a share of what is lost). */
function unitFits(text: string, asked: string): boolean {
  for (const [q, unit] of UNITS) if (q.test(asked)) return unit.test(text) || (LOSS_Q_RE.test(asked) && SHARE_RE.test(text));
  return true;
}

/** Finders of the facts each answer type asks for, given the question in lower case. */
const CARRIES: Record<AnswerType, ((text: string, asked: string) => boolean) | null> = {
  date: (text, asked) =>
    // "Which years does the roadmap cover?" is answered by a year, not by "on Thursday".
    YEAR_Q_RE.test(asked) ? [...text.matchAll(/\b(?:19|20)\d{2}\b/g)].some((m) => !asked.includes(m[0])) :
    // "When will the consulate open?" is not answered by the day it was announced ("on Tuesday").
    [...text.matchAll(DATE_RE)].some((m) => !asked.includes(m[0].toLowerCase()) && !(FUTURE_WHEN_RE.test(asked) && DAY_OF_REPORT_RE.test(m[0]))) || WITHIN_RE.test(text),
  quantity: (text, asked) =>
    // "How often does the commission meet?" — "twice a year", not "1.4 billion cubic metres".
    OFTEN_RE.test(asked) ? FREQUENCY_RE.test(text) :
    // "How long is the agreement valid?" — "for five years", "until the end of 2028", not "1.2 billion cubic metres".
    TERM_Q_RE.test(asked) ? SPAN_RE.test(text) :
    // "How much will it cost?" is answered by a sum of money, not by "four ferries"; "How
    // many turbines?" by a count, not by "$1.4 billion" or "45 percent".
    (!(COST_RE.test(asked) || TRADE_Q_RE.test(asked)) || MONEY_RE.test(text) || (BY_HOW_MUCH_RE.test(asked) && SHARE_RE.test(text))) &&
    // "What stake …?" is answered by a share ("49 percent", "half"), not by "860 megawatts".
    (!SHARE_Q_RE.test(asked) || SHARE_RE.test(text)) &&
    // "How much water …?" is answered in cubic metres, not by "a 10-year agreement" or "40 percent".
    unitFits(text, asked) &&
    // "What trade target did they set?" is answered by "to lift trade to $5 billion by 2030", not by "Trade stood at $1.4 billion".
    (!TARGET_Q_RE.test(asked) || TARGET_RE.test(text)) &&
    [...text.matchAll(QUANTITY_RE)].some((m) => !YEAR_ONLY.test(m[0]) && !asked.includes(m[0].toLowerCase()) && !(HOW_MANY_RE.test(asked) && (sumOrShare(text, m) || spanOfTime(text, m, asked)))) ||
    // "How long have they been partners?" — "since 1992".
    (DURATION_RE.test(asked) && CARRIES.date!(text, asked)),
  place: (text, asked) =>
    [...text.matchAll(PLACE_RE)].some((m) => !NOT_PLACE.test(m[2] ?? '') && novel(m[2] ?? '', asked) && !countryOfAskedCapital(m[2] ?? '', asked) && (!GO_AFTER_RE.test(asked) || /^(?:to|visit)/i.test(m[0]))),
  // "Who made the biggest pledge?" — a person, or a lender or company ("the Asian Development Bank").
  person: (text, asked) => {
    const wanted = wantedNationality(asked);
    return [...text.matchAll(CAPITALISED_RE)].some((m) => (novelPerson(m[0], asked, wanted) && !namesThing(text, m)) || (!wanted && WHO_RE.test(asked) && ORGANISATION_RE.test(m[0]) && novel(m[0], asked)));
  },
  // "What did Putin say …" is not answered by words the sentence gives to someone else.
  statement: (text, asked) => STATEMENT_RE.test(text) && !speaksOther(text, asked),
  // "Why does Egypt want Kazakh wheat?" — "a question of food security"; "Why can't it ship more?" — "if freight costs were brought down".
  reason: (text, asked) => REASON_RE.test(text) || STAKE_RE.test(text) || (WHY_NOT_RE.test(asked) && CONDITION_RE.test(text)),
  // "Which airline …" is not answered by "October", nor by a name the question typed with a letter wrong.
  // "Which other countries …" is answered by a country the question does not name.
  name: (text, asked) =>
    [...text.matchAll(/(?<=[\p{L}\d,;:]\s+)\p{Lu}[\p{L}-]*|\b\p{Lu}{2,}\b/gu)].some((m) => m[0].length > 1 && !inQuestion(m[0].toLowerCase(), asked) && !NOT_PLACE.test(m[0]) && (!WHICH_COUNTRIES_RE.test(asked) || otherCountry(m[0], asked))),
  other: null,
};

/**
 * Whether `text` carries something of the wanted answer type that the question does not
 * already contain: a "who" question is answered by a name the question does not name.
 */
export function carriesAnswerType(text: string, type: AnswerType, question = ''): boolean {
  const carries = CARRIES[type];
  return carries ? carries(text, question.toLowerCase()) : false;
}

const AUXILIARY = 'did|does|do|has|have|had|is|was|are|were|will|would|can|could|should|must';
/** "What agreements did …": the noun asked about, before the verb. */
const WHAT_FOCUS_RE = new RegExp(`^\\W*(?:what|which)\\s+(?!(?:${AUXILIARY})\\b)(?:[a-z-]+\\s+){0,2}?([a-z-]+)\\s+(?:${AUXILIARY})\\b`, 'i');
/** "What was signed in Astana …": the deed asked about, which a sentence saying what was signed names. */
const WHAT_DONE_RE = /^\W*what\s+(?:was|were|has been|have been|will be|is being)\s+([a-z]+ed)\b/i;
/** "When is the dam due to be completed?": the deed whose date is asked; a date of its start does not answer. */
const WHEN_DONE_RE = /^\W*when\b.*\b(?:be|been|was|were|is|are)\s+([a-z]+ed)\W*$/i;
/** "Who is the prime minister of …", "Who is Kazakhstan's ambassador to …": the office asked about. */
const WHO_FOCUS_RE = /^\W*who\s+(?:is|was|are|were)\s+(?:the\s+|\p{Lu}[\p{L}-]*['’]s\s+)((?:[a-z-]+\s+){0,2}[a-z-]+)\s+(?:of|in|at|to|for|from|on)\b/iu;
/** Focus words that only say what kind of answer is wanted ("Which country …", "What year …"). */
const KIND_WORDS = new Set(
  'date year day month time city country countries place venue capital town person people leader leaders official officials thing things kind type one ones name names top senior current present new main leading acting'.split(' '),
);

/** "How many Russian students …": the words after "how many", where the thing counted is. */
const HOW_MANY_RE = /^\W*how many\s+((?:[a-z-]+\s+){0,3})/i;
const NOT_COUNTED = new RegExp(`^(?:${AUXILIARY}|times)$`, 'i');

/**
 * The thing a "how many" question counts, which an answer names with its figure ("60,000
 * Kazakh students"): the first plural among the next three words ("joint projects", "weekly
 * direct flights"), not a country's people ("Russians"). Null when it only says what kind
 * of answer is wanted ("how many people", "how many countries") or no plural is found;
 * undefined for other questions.
 */
export function countedThing(question: string): string | null | undefined {
  const many = HOW_MANY_RE.exec(question);
  if (!many) return undefined;
  const word = many[1]!.split(/\s+/).find((w) => /s$/i.test(w) && !COUNTRY_WORDS.has(w.toLowerCase()) && !NOT_COUNTED.test(w));
  return word && !KIND_WORDS.has(word.toLowerCase()) ? word : null;
}

/**
 * The words a question asks about, which an answer names (in its own words or related
 * ones): "What agreements did …" → agreements; "What was signed …" → signed; "Who is the
 * prime minister of …" → prime, minister; "the next session" → next. Empty when the
 * question has no such word or only asks for a kind of answer.
 */
export function focusWords(question: string): string[] {
  // "Where will the next session be held?" is not answered by a sentence on the previous one.
  const asked = askedWords(question);
  return NEXT_RE.test(question) && !asked.includes('next') ? [...asked, 'next'] : asked;
}

/** "The next session", "its next meeting": a question about the coming one of several. */
const NEXT_RE = /\b(?:the|its|their) next\b/i;

/** The noun, deed or office a question asks about (see {@link focusWords}). */
function askedWords(question: string): string[] {
  const counted = countedThing(question);
  if (counted !== undefined) return counted ? [counted] : [];
  const done = WHAT_DONE_RE.exec(question) ?? WHEN_DONE_RE.exec(question);
  if (done) return [done[1]!];
  const what = WHAT_FOCUS_RE.exec(question);
  if (what) return KIND_WORDS.has(what[1]!.toLowerCase()) ? [] : [what[1]!];
  const who = WHO_FOCUS_RE.exec(question);
  return who ? who[1]!.split(/\s+/).filter((w) => !KIND_WORDS.has(w.toLowerCase())) : [];
}

/** "What is the population of …", "What was the cost of …": the thing asked about. */
const WHAT_OF_RE = /^\W*(?:what|how\s+(?:much|many|large|big|long))\s+(?:is|was|are|were|will\s+be)\s+the\s+(?:[a-z-]+\s+){0,1}?([a-z-]+)\s+(?:of|for|between|with|in|to|at)\b/i;

/** Words that only say "an amount" ("volume", "number", "size"), unlike "cost" or "share", which say of what. */
const AMOUNT_WORDS = new Set('volume amount size number level figure total sum scale extent'.split(' '));

/** Words for an amount itself, which a figure answers without repeating ("the volume of trade" → "$6.4 billion"). */
const MEASURE_WORDS = new Set([...AMOUNT_WORDS, ...'value cost costs price tag rate share worth length'.split(' ')]);

/**
 * Words of an amount question that any figure answers ("What was the volume of trade?" is
 * "How much trade?"): the answer's sentence need not repeat them.
 */
export function amountWords(question: string): string[] {
  return question.split(/[^\p{L}]+/u).filter((w) => AMOUNT_WORDS.has(w.toLowerCase()));
}

/** Words a question asks about that a source names near its answer, not necessarily in its sentence. */
export function topicWords(question: string): string[] {
  const m = WHAT_OF_RE.exec(question);
  return m && !KIND_WORDS.has(m[1]!.toLowerCase()) && !MEASURE_WORDS.has(m[1]!.toLowerCase()) ? [m[1]!] : [];
}

/**
 * "Russian students", "Kazakh medical universities": a country or its people before a
 * plural noun (the next word, or the one after it), as terms.
 */
function peopleOf(text: string): { country: string; noun: string }[] {
  const out: { country: string; noun: string }[] = [];
  for (const m of text.matchAll(/\b([\p{L}-]+?)(?:['’]s)?(?=\s+([a-z]{4,})(?:\s+([a-z]{4,}))?)/gu)) {
    const word = m[1]!.toLowerCase();
    if (!COUNTRY_WORDS.has(word)) continue;
    const country = termOf(DEMONYMS[word] ?? word);
    for (const next of [m[2], m[3]]) {
      // Groups of people or things ("students", "companies"), not one office ("president").
      const noun = next && next.endsWith('s') ? termOf(next) : null;
      if (country && noun) out.push({ country, noun });
    }
  }
  return out;
}

/**
 * Whether a text speaks of the people or things of another country than the question
 * does: "Kazakh students in Russia" for "How many Russian students study in Kazakhstan?".
 */
export function namesOtherPeople(text: string, question: string): boolean {
  const asked = peopleOf(question);
  if (asked.length === 0) return false;
  const found = peopleOf(text);
  return asked.some((a) => found.some((f) => f.noun === a.noun && f.country !== a.country) && !found.some((f) => f.noun === a.noun && f.country === a.country));
}

/** "Kazakhstan's ambassador to Japan", "Russian Ambassador to Kazakhstan", "Mongolia's embassy in Astana". */
const MISSION_RE = /\b([\p{L}-]+?)(?:['’]s)?\s+(?:(?:new|former|current|first)\s+)?(?:ambassador|envoy|embassy|consulate|consul)(?:\s+general)?\s+(?:to|in)\s+(?:the\s+)?([\p{L}-]+)/giu;
/** "the ambassador of Japan to Kazakhstan". */
const MISSION_OF_RE = /\b(?:ambassador|envoy)\s+of\s+(?:the\s+)?([\p{L}-]+)\s+(?:to|in)\s+(?:the\s+)?([\p{L}-]+)/giu;

/** "Kazakhstan opens embassy in Tanzania", "Astana plans Nairobi embassy": a mission opened, as a title names it. */
const OPENS_RE = /\b([\p{L}-]+)\s+(?:opens?|opened|to open|will open|plans?|planned)\s+(?:(?:an?|its|first|new)\s+)*(?:embassy|consulate)(?:\s+general)?\s+in\s+(?:the\s+)?([\p{L}-]+)/giu;
const OPENS_AT_RE = /\b([\p{L}-]+)\s+(?:opens?|opened|to open|will open|plans?|planned)\s+(?:(?:an?|its|first|new)\s+)*([\p{L}-]+)\s+(?:embassy|consulate)\b/giu;

let countryOfCapital: Map<string, string> | null = null;

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

/**
 * The term of a country, or of the country whose capital a word names ("Moscow's
 * ambassador"); null for a word that names no place ("an honorary consulate").
 */
function countryTerm(word: string): string | null {
  countryOfCapital ??= new Map(CAPITALS.map(([city, country]) => [termOf(city!)!, termOf(country!)!]));
  const lower = word.toLowerCase();
  const term = termOf(lower);
  if (!term) return null;
  const country = countryOfCapital.get(term);
  if (country) return country;
  // A name is capitalised; a known country or demonym may be typed in lower case.
  return /^\p{Lu}/u.test(word) || COUNTRY_WORDS.has(lower) ? term : null;
}

/**
 * The missions a text names between two countries (or their capitals), as country terms;
 * with `opening`, also the ones it says a country opens ("Kazakhstan opens embassy in
 * Tanzania"), as a report's title does.
 */
export function missions(text: string, opening = false): Mission[] {
  const out: Mission[] = [];
  for (const re of opening ? [MISSION_RE, MISSION_OF_RE, OPENS_RE, OPENS_AT_RE] : [MISSION_RE, MISSION_OF_RE]) {
    for (const m of text.matchAll(re)) {
      const from = countryTerm(m[1]!);
      const to = countryTerm(m[2]!);
      if (from && to && from !== to) out.push({ from, to });
    }
  }
  return out;
}

/**
 * Whether a text names missions of the countries asked about but not the one asked:
 * "Kazakhstan's ambassador to Japan" answers neither "Who is Japan's ambassador to
 * Kazakhstan?" nor "Who is Kazakhstan's ambassador to Mongolia?".
 */
export function namesOtherMission(text: string, asked: Mission, opening = false): boolean {
  const found = missions(text, opening);
  const related = (m: Mission): boolean => [m.from, m.to].some((c) => c === asked.from || c === asked.to);
  return found.some(related) && !found.some((m) => m.from === asked.from && m.to === asked.to);
}

const SAYING = 'said|says|noted|stated|stressed|emphasi[sz]ed|underscored|declared|remarked|added|wrote|told|recalled|affirmed|praised|concluded|warned|urged|believes|explained';
/** "…,” the Kremlin’s statement said", "» Putin noted." */
const SPEAKER_AFTER_RE = new RegExp(`[”»"’,]\\s*((?:the\\s+)?(?:[\\p{L}’'-]+\\s+){0,3}?[\\p{L}’'-]+)\\s+(?:${SAYING})\\b`, 'gu');
/** "Tokayev also said that …", "Kazakh President Kassym-Jomart Tokayev stated …" at the start of a sentence. */
const SPEAKER_BEFORE_RE = new RegExp(`^((?:\\p{Lu}[\\p{L}’'.-]*\\s+){0,4}\\p{Lu}[\\p{L}’'-]+)\\s+(?:also\\s+)?(?:${SAYING})\\b`, 'u');
/** The speaker a statement question asks about: "What did Putin say …" → Putin. */
const ASKED_SPEAKER_RE = /\b(?:what|how) (?:did|does|do|has|have|will|would) ([\w\s'’-]{1,40}?) (?:say|said|tell|told|write|call|think|believe|describe|stress|note|claim|declare|emphasi[sz]e|argue|praise|view|feel)\b/;
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);

/** "the diplomat", "the Kremlin leader", "the Kazakh foreign minister": someone named elsewhere, by office. */
function byOffice(phrase: string): boolean {
  const lower = phrase.toLowerCase();
  return /^the\s/.test(lower) && lower.split(/\s+/).some((w) => TITLE_WORDS.has(w) || w === 'diplomat');
}

/** Two terms equal or one letter apart in longer words ("tokaev", "tokayev"). */
function nearlySame(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 5 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const tail = (x: string, y: string): boolean => x.slice(i + 1) === y.slice(i + (a.length === b.length ? 1 : 0));
  return a.length >= b.length ? tail(a, b) : tail(b, a);
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
function speaksOther(text: string, asked: string): boolean {
  const wanted = ASKED_SPEAKER_RE.exec(asked);
  if (!wanted) return false;
  if (byOffice(wanted[1]!)) return false;
  const want = speakerTerms(wanted[1]!);
  if (want.length === 0) return false;
  const found = [...text.matchAll(SPEAKER_AFTER_RE)].map((m) => m[1]!);
  const before = SPEAKER_BEFORE_RE.exec(text);
  if (before) found.push(before[1]!);
  // "He", "the diplomat", "the Kremlin leader" refer back to someone named before: not known here.
  const named = found.filter((f) => !PRONOUNS.has(f.toLowerCase()) && !byOffice(f));
  return named.length > 0 && !named.some((f) => speakerTerms(f).some((t) => want.some((w) => nearlySame(t, w))));
}
