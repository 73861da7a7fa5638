import { termOf } from './analyzer.ts';
import { COUNTRY_WORDS, DEMONYMS, WORD_FORMS } from './normalize.ts';
import { CAPITALS, KINDS_OF_PEOPLE } from './related.ts';
import {
  addMonths, endOfMonth, endOfYear, format, startOfMonth, startOfYear, subMonths, subYears,
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
  /** Whether the question asks for an amount of trade ("What was trade with Brazil in 2025?"), which is a figure of one year. */
  trade: boolean;
}

/** A diplomatic mission of one country to another: "Kazakhstan's ambassador to Japan" → kazakhstan → japan. */
export interface Mission {
  from: string;
  to: string;
}

/** Month names, in order. */
export const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december',
];

/** Names of the days of the week. */
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const MONTH_ALT = [...MONTHS.map((m) => `${m}|${m.slice(0, 3)}\\.?`), 'sept\\.?'].join('|');
/** A month, written out or shortened ("Sept."). */
export const MONTH_RE = `(?:${MONTH_ALT})`;

/**
 * Idioms of questions and the plain words a report would use for them (a phrase cannot be a
 * related word: each of its words would be related alone).
 */
const IDIOMS: [RegExp, string][] = [
  [/\b(?:give|gave|given|giving|gives) (?:the )?green light (?:to|for)\b/gi, 'approve'],
  [/\bset(?:ting)? off\b/gi, 'leave depart'],
  [/\bturn(?:ed|s)? back\b/gi, 'reject'],
  [/\bin charge of\b/gi, 'led directed headed'],
  [/\bset(?:s|ting)? aside\b/gi, 'allocate earmark'],
  [/\b(?:(?:come|comes|came|coming|enter|enters|entered|entering) into (?:force|effect)|(?:become|becomes|became|becoming) effective)\b/gi, 'take effect force'],
  [/\bhow far along\b/gi, 'how much complete'],
  [/\b(?:held|hold|holds|holding) up\b/gi, 'delay delayed'],
  [/\bwrap(?:s|ped|ping)? up\b/gi, 'conclude'],
  // "How much sulphur did Kazakhstan sell abroad?" asks what it exported.
  [/\b(?:sell|sells|sold|selling|ship|ships|shipped|shipping|send|sends|sent|sending)\s+((?:[\w-]+\s+){0,2}?)abroad\b/gi, '$1export'],
  [/\b(?:buy|buys|bought|buying|purchase|purchases|purchased|get|gets|got)\s+((?:[\w-]+\s+){0,2}?)(?:from\s+)?abroad\b/gi, '$1import'],
  // "How many people work at the greenhouse?": the report says it employs them.
  [/\b(work|works|worked|working) (at|for)\b/gi, '$1 employ $2'],
  // "How much did Estonia put into the centre?" asks what it invested or contributed.
  [/\b(?:put|puts|putting)\s+((?:[\w-]+\s+){0,3}?)(?:in|into)\b(?!\s+(?:place|force|charge|operation|service)\b)/gi, '$1invest contribute'],
  // Phrasal verbs and the words a report uses for them.
  [/\b(?:set|sets|setting) up\b/gi, 'set up establish create'],
  [/\b(?:work|works|worked|working) out\b/gi, 'calculate determine set'],
  [/\b(?:go|goes|went|gone|going|pass|passes|passed|passing) through\b/gi, 'cross pass through'],
  [/\b(?:money|funds?|cash|investment)\s+(?:go|goes|went|gone|going) into\b/gi, 'money invested spent in'],
  [/\b(?:pay|pays|paid|paying) back\b/gi, 'reimburse repay'],
  [/\b(?:come|comes|came|coming) back\b/gi, 'return'],
  [/\b(?:sign|signs|signed|signing) up\b/gi, 'enrol register apply'],
  [/\b(?:pick|picks|picked|picking) up\b/gi, 'collect'],
  [/\b(?:put|puts|putting|load|loads|loaded|loading) (?:on|onto|aboard) (?:a |the )?(?:ship|vessel|boat|ferry)\b/gi, 'loaded shipped'],
  [/\bbuilding work\b/gi, 'construction'],
  [/\b(?:take|takes|took|taking|carry|carries|carried) (?:on board|aboard)\b/gi, 'carry capacity'],
  [/\bpocket money\b/gi, 'allowance stipend'],
  [/\bin (?:return|exchange)\b/gi, 'reciprocal exchange'],
  [/\bnon-?stop\b/gi, 'direct'],
  [/\bcheapest\b/gi, 'price'],
  [/\b(?:hit|hits|hitting) (?:the |its |their |a )?(target|goal|mark)\b/gi, 'reach $1'],
  [/\b(?:drag|drags|dragged|dragging) on\b/gi, 'take long delay'],
  [/\b(?:fit|fits|fitted|fitting) (?:on|in|into|aboard|onto)\b/gi, 'carry capacity'],
  [/\b(?:pay|pays|paid|paying) for\b/gi, 'pay finance fund'],
  [/\bapplications?\b((?:\s+[\w-]+){0,4}?)\s+(?:close|closes|closed|closing)\b/gi, 'application$1 deadline'],
  // "In the run-up to the visit" is the time before it, which reports write "ahead of" or "before".
  [/\b(?:in )?the run-?ups? to\b/gi, 'ahead of before'],
  // "on behalf of the Kazakh company" says for whom, in words no report needs.
  [/\bon behalf of\b/gi, 'for'],
  // "What did Kadyrov talk about with Maduro?" asks what they discussed, not that they met.
  [/\b(?:talk|talks|talked|talking) (?:about|over)\b/gi, 'discuss'],
  [/\b(?:go|goes|went|gone|going) up\b/gi, 'rise increase'],
  [/\b(?:go|goes|went|gone|going) down\b/gi, 'fall decrease'],
  [/\b(?:push|pushes|pushed|pushing|drive|drives|drove|driven|driving) up\b/gi, 'raise increase'],
  [/\bprice[- ]tags?\b/gi, 'cost'],
  [/\b(?:get|gets|got|gotten|getting|become|becomes|became|becoming|grow|grew|grown) (?:more expensive|pricier|costlier)\b/gi, 'expensive cost rise'],
  // "Which Latin American president …", "which Nordic banks": a region says of what kind the
  // answer is; the report names the country ("Venezuelan President Nicolas Maduro"), not the region.
  [/\b((?:which|what)\s+(?:other\s+)?)(?:latin[- ]american|south[- ]american|north[- ]american|central[- ]american|western|eastern|european|asian|east[- ]asian|south[- ]east[- ]asian|southeast[- ]asian|south[- ]asian|central[- ]asian|african|nordic|scandinavian|baltic|balkan|gulf|arab|middle[- ]eastern|caucasian|pacific)\s+(?=[a-z]+)/gi, '$1'],
  // "What was the drill called?" asks its name; nobody called anything.
  [/\bcalled(?=\W*$)/gi, 'named'],
  // A currency, not a country the answer must name.
  [/\b(?:US|U\.S\.) dollars?\b/g, 'dollars'],
];

/**
 * A question on the amount of trade, which a sum of money answers: "What was Kazakhstan's
 * trade with Japan in 2024?", "kazakhstan egypt trade 2024?" (not "What was agreed about
 * trade?" nor "the trade minister").
 */
export const TRADE_Q_RE =
  /\bhow much (?:did|do|does|will|would) [\w\s'’-]{1,60}? trade\b|\bhow much (?:did|does|has|had) (?:the |their |its )?(?:bilateral |total |annual |two-way )?(?:trade|turnover)\b(?!\s+(?:minister|ministry|mission|fair|forum|zone|office|commission))|\bwhat(?:'s| is| was| were| are)? (?:the |[\w-]+'s )?(?:bilateral |total |annual |two-way )?(?:trade|turnover)\b(?!\s+(?:minister|ministry|agreement|deal|route|corridor|mission|fair|forum|zone|office|representative|commission|target|goal|ties|relations|links|house|houses))|^(?!.*\b(?:what|who|whom|when|where|why|how|which)\b)[\w\s'’-]*\b(?:trade|turnover)\b[\w\s-]*\d{4}\W*$/i;

/** Table of answer-type rules, tried in order. */
const ANSWER_TYPE_RULES: [AnswerType, RegExp][] = [
  ['quantity', /\bhow (?:many|much|long|far|big|large|often|old|hot|cold|warm|fast|late|deep|high|tall|wide|heavy|dependent)\b|\bwhat (?:percentage|percent|share|stake|number|amount|proportion|portion|fraction|sum|volume|length|age)\b|\bwhat (?:does|did|do|will|would) .{1,60}? cost(?:ing)?\b|\bwhat (?:is|was|are|were) .{1,60}? (?:expected|estimated|projected|likely|set|going|due) to cost\b|\bwhat (?:is|was|are|were|will be) .{1,60}? worth\b|^(?!.*\b(?:what|who|whom|when|where|why|how|which)\b).*\b(?:cost|costs|price|worth|turnover|budget)\W*$|\bwhat(?:'s| is| was| will be| are| were| will)? (?:the |its |their |[\w-]+'s |the (?:[a-z-]+ ){0,2}?[a-z-]+['’]s )?(?:\d{4} )?(?:latest |current |new |total |combined |annual |planned |expected |most recent |revised )?(?:[a-z-]+ ){0,2}?(?:turnover|volume|result|share|capacity|cost|price|tariff|fee|fare|value|size|length|budget|investment|figure|target|rate|population|output|goal|estimate|turnout|score|salary|wage|pay|rent|distance|depth|height|speed|weight|temperature|minimum|maximum|quota)\b/i],
  // "What was Kazakhstan's trade with Japan in 2024?", "kazakhstan egypt trade 2024?": an amount of trade.
  ['quantity', TRADE_Q_RE],
  // "When …?" asks for a date; "What did he say when he met Putin?" does not.
  ['date', /(?:^\W*|[,;:]\s*)(?:and |but |so )?when\b|\b(?:since|until|till|by|from|and|or) when\b|\b(?:what|which) (?:date|year|day|month|time)s?\b|\bhow long ago\b|\bhow soon\b/i],
  // "What is the current deadline …?" asks for a date as "When …?" does.
  ['date', /\bwhat(?:'s| is| was| are| were)? (?:the |its |their )?(?:latest |current |new |revised |original )?(?:deadline|timeline|timetable)\b/i],
  // "How will the lamb be transported to Malaysia?": a route, told by the places it goes through.
  ['place', /^\W*how (?:will|would|is|are|was|were|did|does|do|can)\b.*\b(?:transported|shipped|delivered|carried|moved|sent|get|travel|reach|routed|exported)\b/i],
  ['place', /(?:^\W*|[,;:]\s*)(?:and |but |so )?where\b|\b(?:from|and|or) where\b|\b(?:in |at )?(?:what|which) (?:city|country|place|venue|capital|town|building|hall|monastery|street|road|route|port|region|province|district|airport|village)\b/i],
  ['person', /(?:^\W*|[,;:]\s*)(?:and |but |so )?who(?:m|se)?\b|\b(?:by|with|to|for|from|and|or) whom?\b|\b(?:what|which) (?:(?!(?:did|does|do|has|have|had|is|was|are|were|will|would|can|could)\b)\w+ )?(?:person|leader|president|minister|official|spokesperson|ambassador|head|senator|deputy|deputies|lawmaker|diplomat|envoy|analyst|expert|scientist|negotiator|member of parliament|members of parliament)s?\b/i],
  ['statement', /\b(?:what|how) (?:did|does|do|has|have|will|would) [\w\s'’-]{1,60}?\b(?:say|said|tell|told|write|call|think|believe|describe|stress|note|claim|declare|emphasi[sz]e|argue|praise|view|feel)\b|\baccording to\b|\b(?:position|stance|view|views|attitude|opinion) (?:on|of|about|toward|towards)\b/i],
  // "Which organisations …", "Which forum …": the answer names something.
  ['name', /(?:^\W*|[,;:]\s*|\b(?:in|at|on|to|from|with|of|for) )which\s+\p{L}|\bwhat(?:'?s| is| was| are| were)? (?:the )?names? of\b|\bwhat (?:[\w-]+ )?(?:models?|brands?|company|companies|firms?|airlines?|banks?|contractors?|operators?)\b|^\W*what\b.*\bcalled\W*$/iu],
  ['reason', /(?:^\W*|[,;:]\s*)(?:and |but |so )?why\b|\bfor what reason\b|\bwhat (?:caused|was the reason|pushed up|drove up|led to|held up|delayed|prompted|triggered|(?:is|was) behind)\b/i],
];

/** "whats the trade target", "whos the envoy": a question word and "is" typed without the apostrophe. */
export function withApostrophes(question: string): string {
  return question.replace(/\b(what|who|where|when|how)s\b/gi, "$1's");
}

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

/**
 * The document dates a bound names: "before 2025", "by June 2025", "since 2021", "after May
 * 2025", given the start and end of the year or month it names.
 */
function boundRange(word: string, start: Date, end: Date, named: { future: boolean; month: boolean }): DateRange {
  const upTo = word === 'by' || word === 'until';
  // "by 2030" when 2030 is still to come names a target year, which a source must speak of; no report is from then.
  if (upTo && named.future) return { from: day(start), to: day(end) };
  // "By 2024, how many …": a report of 2024 itself still tells what was done by then; "by June
  // 2025", a report of June or of the month after ("… had been trained by June").
  if (word === 'by') return { from: '0000-01-01', to: day(named.month ? endOfMonth(addMonths(end, 1)) : end) };
  // "until June 2025": a report of June itself.
  if (upTo && named.month) return { from: '0000-01-01', to: day(end) };
  if (upTo || word === 'before' || word === 'prior to') return { from: '0000-01-01', to: day(new Date(start.getTime() - 86_400_000)) };
  if (word === 'since') return { from: day(start), to: '9999-12-31' };
  return { from: day(new Date(end.getTime() + 86_400_000)), to: '9999-12-31' };
}
const monthIndex = (name: string): number => MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().slice(0, 3)));

/** Most years a span of years in a question may cover ("2022-2023"); a longer one is no time of one report. */
const MAX_SPAN_YEARS = 10;

/** The range of a span of years ("2022-23", "2021 and 2023"), or null when it is no span (a later year first, or too long). */
function spanOfYears(m: RegExpExecArray | null): DateRange | null {
  if (!m) return null;
  const first = Number(m[1]);
  const last = m[2]!.length === 2 ? Math.floor(first / 100) * 100 + Number(m[2]) : Number(m[2]);
  if (last <= first || last - first > MAX_SPAN_YEARS) return null;
  return { from: `${first}-01-01`, to: `${last}-12-31` };
}

/**
 * Read the time a question is about: "in 2022", "in 2022-23", "in November 2025", "before/after/since
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
  // "in 2022-2023", "the 2022–23 winter", "between 2021 and 2023", "from 2022 to 2024".
  const yearSpan = /\b(?:in\s+|during\s+|between\s+|from\s+|of\s+)?((?:19|20)\d{2})\s*(?:-|–|—|\/|\bto\b|\band\b|\bthrough\b|\buntil\b)\s*((?:19|20)?\d{2})\b(?!\s*(?:%|percent|million|billion|people|students|kilomet))/i;
  const b = range ? null : bound.exec(text);
  if (b) {
    const yearNum = Number(b[3]);
    const month = b[2] ? monthIndex(b[2]) : -1;
    const start = month >= 0 ? new Date(yearNum, month, 1) : new Date(yearNum, 0, 1);
    const end = month >= 0 ? endOfMonth(start) : endOfYear(start);
    const word = (b[1] ?? '').toLowerCase();
    range = boundRange(word, start, end, { future: yearNum > now.getFullYear(), month: month >= 0 });
    // "sent 28,000 tonnes since 2021": a source says "since" with the year it counts from.
    if (word !== 'since') cut(bound);
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
    } else if ((range = spanOfYears(yearSpan.exec(text)))) {
      cut(yearSpan);
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
  } else if (/\b(?:in the end|finally|eventually|ultimately|end(?:ed)? up|wound up)\b/i.test(text)) {
    // "What did the terminal cost in the end?": the newest report tells how it came out.
    order = 'latest';
  } else if (/\b(?:now|currently|current|these days|nowadays|at present|presently|so far|to date|until now|up to now)\b/i.test(text) || NEXT_RE.test(text)) {
    // "Who is the transport minister now?", "Where will the next session be held?": the newest report tells.
    order = 'latest';
    // "these days" is no word of the answer ("daily departures"), nor is "current": reports say "the minister", not "the current minister".
    cut(/\b(?:these days|nowadays|current|currently)\b/gi);
  } else if (/\b(?:originally|initially|original|at first|at the (?:start|outset)|to begin with)\b/i.test(text)) {
    // "under the original swap": the oldest report tells what was first agreed.
    order = 'earliest';
    // "When was it originally due?" asks for the first report, which never says "originally": later ones do ("was originally due in April").
    cut(/\b(?:originally|initially|at first|at the (?:start|outset)|to begin with)\b/gi);
  } else if (/\b(?:earliest|first time|for the first time|first (?:met|meet|meeting|visited|talks?|announced|unveiled|proposed|planned|promised|promise|supposed|scheduled|expected|due|set))\b/i.test(text)) {
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
  return { answerType: answerTypeOf(question), range, order, text: text.replace(/\s+/g, ' ').trim(), source, mission: askedMission(question), trade: TRADE_Q_RE.test(question) };
}


const AUXILIARY = 'did|does|do|has|have|had|is|was|are|were|will|would|can|could|should|must';
/** "What agreements did …": the noun asked about, before the verb. */
const WHAT_FOCUS_RE = new RegExp(`^\\W*(?:what|which)\\s+(?!(?:${AUXILIARY})\\b)(?:[a-z-]+\\s+){0,2}?([a-z-]+)\\s+(?:${AUXILIARY})\\b`, 'i');
/** "What was signed in Astana …": the deed asked about, which a sentence saying what was signed names. */
const WHAT_DONE_RE = /^\W*what\s+(?:was|were|has been|have been|will be|is being)\s+([a-z]+ed)\b/i;
/** "When is the dam due to be completed?": the deed whose date is asked; a date of its start does not answer. */
const WHEN_DONE_RE = /^\W*when\b.*\b(?:be|been|was|were|is|are)\s+([a-z]+ed)\W*$/i;
/** "Who is the prime minister of …", "Who is Kazakhstan's ambassador to …": the office asked about. */
/** "Who was the ambassador going to …", "Who is the minister due to …": words of a time to come, which end the office named before them. */
const COMING_TO = '(?:going|due|about|set|expected|scheduled|supposed|planning|hoping)';
const WHO_FOCUS_RE = new RegExp(`^\\W*who\\s+(?:is|was|are|were)\\s+(?:the\\s+|\\p{Lu}[\\p{L}-]*['’]s\\s+)((?:[a-z-]+\\s+){0,2}[a-z-]+)(?<!\\b${COMING_TO})\\s+(?:of|in|at|to|for|from|on)\\b`, 'iu');
/** Focus words that only say what kind of answer is wanted ("Which country …", "What year …"). */
const KIND_WORDS = new Set(
  'date year day month time city country countries place venue capital town person people leader leaders official officials thing things kind type one ones name names top senior current present new main leading acting else effect effects impact impacts difference technology technologies equipment method methods tool tools'.split(' '),
);

/** "How many Russian students …": the words after "how many", where the thing counted is. */
export const HOW_MANY_RE = /^\W*how many\s+((?:[a-z-]+\s+){0,3})/i;
const NOT_COUNTED = new RegExp(`^(?:${AUXILIARY}|times)$`, 'i');
/** "how many tonnes of wheat", "how many cubic metres of water": a unit, then the thing it counts. */
export const UNIT_OF_RE = /^\W*how many\s+(?:\w+\s+)?(?:tonnes|tons|barrels|cubic\s+met(?:re|er)s|hectares|kilomet(?:re|er)s|lit(?:re|er)s|megawatts|gigawatts|kilowatt-hours|units|pieces)\s+of\s+(?:the\s+)?([a-z-]+)/i;
/** A plural noun ("trucks"), not an adjective or a singular that ends in "s" ("driverless", "bus", "various"). */
const PLURAL_RE = /(?<![su]|les|ou|i)s$/i;

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
  // "How many tonnes of wheat …": the unit says how it is counted; wheat is the thing.
  const ofThing = UNIT_OF_RE.exec(question);
  if (ofThing) return ofThing[1]!;
  const word = many[1]!.split(/\s+/).find((w) => PLURAL_RE.test(w) && !COUNTRY_WORDS.has(w.toLowerCase()) && !NOT_COUNTED.test(w));
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
const AMOUNT_WORDS = new Set('volume amount size number level figure total sum scale extent money'.split(' '));

/** Words for an amount itself, which a figure answers without repeating ("the volume of trade" → "$6.4 billion"). */
const MEASURE_WORDS = new Set([...AMOUNT_WORDS, ...'value cost costs price tag rate share worth length site plot area capacity limit limits ceiling cap threshold'.split(' ')]);

/**
 * Whether every word a question asks about only says "an amount" ("What protein level did the
 * mills want?"), so that a figure answers it without repeating the word ("a protein content of
 * at least 12.5 percent").
 */
export function asksAmountOnly(question: string): boolean {
  const asked = focusWords(question);
  return asked.length > 0 && asked.every((w) => AMOUNT_WORDS.has(w.toLowerCase()));
}

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
  if (!m) return [];
  const word = m[1]!.toLowerCase();
  // "How long were the inverters stuck in Georgia?": a deed, not a thing the answer is of.
  const deed = /ed$/.test(word) || (WORD_FORMS[word] !== undefined && WORD_FORMS[word] !== word);
  return !KIND_WORDS.has(word) && !MEASURE_WORDS.has(word) && !deed ? [m[1]!] : [];
}

/** The term of the country a lower-case country name or demonym stands for ("kazakh" → the term of Kazakhstan). */
export function countryTermOf(word: string): string | null {
  return termOf(DEMONYMS[word] ?? word);
}

/**
 * "Russian students", "Kazakh medical universities": a country or its people before a
 * plural noun (the next word, or the one after it), as terms.
 */
function peopleOf(text: string): { country: string; noun: string }[] {
  const out: { country: string; noun: string }[] = [];
  // "tourists from Kazakhstan", "students from India".
  for (const m of text.matchAll(/\b([a-z]{4,}s)\s+from\s+([\p{L}-]+)/gu)) {
    const word = m[2]!.toLowerCase();
    const country = COUNTRY_WORDS.has(word) ? countryTermOf(word) : null;
    const noun = termOf(m[1]!);
    if (country && noun) out.push({ country, noun });
  }
  for (const m of text.matchAll(/\b([\p{L}-]+?)(?:['’]s)?(?=\s+([a-z]{4,})(?:\s+([a-z]{4,}))?)/gu)) {
    const word = m[1]!.toLowerCase();
    if (!COUNTRY_WORDS.has(word)) continue;
    const country = countryTermOf(word);
    for (const next of [m[2], m[3]]) {
      // Groups of people or things ("students", "companies"), not one office ("president").
      const noun = next && next.endsWith('s') ? termOf(next) : null;
      if (country && noun) out.push({ country, noun });
    }
  }
  // "Indian and Chinese bidders": both nationalities share the noun after the second.
  for (const m of text.matchAll(/\b([\p{L}-]+),?\s+(?:and|or)\s+([\p{L}-]+)\s+([a-z]{4,}s)\b/gu)) {
    const [first, second] = [m[1]!.toLowerCase(), m[2]!.toLowerCase()];
    if (!COUNTRY_WORDS.has(first) || !COUNTRY_WORDS.has(second)) continue;
    const country = countryTermOf(first);
    const noun = termOf(m[3]!);
    if (country && noun) out.push({ country, noun });
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
  // "Thai visitors" are the "Thai tourists" asked about, beside "Kazakh tourists".
  // "Kazakh visitors" are not the "Croatian tourists" asked about either; "the Indian and Chinese bidders" asks about both.
  return asked.some((a) => found.some((f) => sameKind(f.noun, a.noun) && !asked.some((b) => sameKind(b.noun, f.noun) && b.country === f.country)) && !found.some((f) => f.country === a.country && sameKind(f.noun, a.noun)));
}

let kinds: Map<string, Set<string>> | null = null;

/** Whether two plural nouns (as terms) name the same kind of people or things: the same word or words of one kind. */
function sameKind(a: string, b: string): boolean {
  if (a === b) return true;
  if (!kinds) {
    kinds = new Map();
    for (const group of KINDS_OF_PEOPLE) {
      const terms = group.map((w) => termOf(w)).filter((t): t is string => t !== null);
      for (const t of terms) kinds.set(t, new Set([...(kinds.get(t) ?? []), ...terms]));
    }
  }
  return kinds.get(a)?.has(b) ?? false;
}

/** "Kazakhstan's ambassador to Japan", "Russian Ambassador to Kazakhstan", "Mongolia's embassy in Astana". */
const MISSION_RE = /\b([\p{L}-]+?)(?:['’]s)?\s+(?:(?:new|former|current|first)\s+)?(?:ambassador|envoy|embassy|consulate|consul)(?:\s+general)?\s+(?:to|in)\s+(?:the\s+)?([\p{L}-]+)(?:\s+and\s+(?:to\s+)?(?:the\s+)?(\p{Lu}[\p{L}-]*))?/giu;
/** "Brazil's ambassador", "British Ambassador Rupert Hale": an envoy of a country, not saying where to. */
const ENVOY_RE = /\b([\p{L}-]+?)(?:['’]s)?\s+(?:(?:new|former|current|first)\s+)?(?:ambassador|envoy)\b(?!\s+(?:to|in|of)\b)/giu;
/** "the ambassador of Japan to Kazakhstan". */
const MISSION_OF_RE = /\b(?:ambassador|envoy)\s+of\s+(?:the\s+)?([\p{L}-]+)\s+(?:to|in)\s+(?:the\s+)?([\p{L}-]+)/giu;

/** "Kazakhstan opens embassy in Tanzania", "Astana plans Nairobi embassy": a mission opened, as a title names it. */
const OPENS_RE = /\b([\p{L}-]+)\s+(?:opens?|opened|to open|will open|plans?|planned)\s+(?:(?:an?|its|first|new)\s+)*(?:embassy|consulate)(?:\s+general)?\s+in\s+(?:the\s+)?([\p{L}-]+)/giu;
const OPENS_AT_RE = /\b([\p{L}-]+)\s+(?:opens?|opened|to open|will open|plans?|planned)\s+(?:(?:an?|its|first|new)\s+)*([\p{L}-]+)\s+(?:embassy|consulate)\b/giu;

let countryOfCapital: Map<string, string> | null = null;
let countryTerms: Set<string> | null = null;
/** Terms of every country and its people ("india", "kenya"), which are names however a question types them. */
export const countryTermSet = (): Set<string> => (countryTerms ??= new Set([...COUNTRY_WORDS].map((w) => termOf(w)).filter((t): t is string => t !== null)));


/**
 * The term of a country, or of the country whose capital a word names ("Moscow's
 * ambassador"); null for a word that names no place ("an honorary consulate").
 */
export function countryTerm(word: string): string | null {
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
      // "Kazakhstan's ambassador to India and Bangladesh" is accredited to both.
      for (const place of [m[2], m[3]]) {
        const to = place ? countryTerm(place) : null;
        if (from && to && from !== to) out.push({ from, to });
      }
    }
  }
  return out;
}

/** First words of countries named in two or more ("Saudi Arabia", "South Korea", "Sri Lanka"). */
export const COUNTRY_FIRST_WORDS = ['saudi', 'south', 'north', 'sri', 'united', 'costa', 'el', 'ivory', 'burkina', 'sierra', 'papua', 'puerto', 'dominican', 'central', 'equatorial', 'east', 'new'];
let countryFirstTerms: Set<string> | null = null;

/**
 * The mission a question asks about, to a country or its capital: "Kazakhstan's consulate in
 * Ho Chi Minh City" is in a city of a country the question does not name, so no mission to
 * any country is another one.
 */
function askedMission(question: string): Mission | null {
  countryFirstTerms ??= new Set(COUNTRY_FIRST_WORDS.map((w) => termOf(w)!));
  return missions(question).find((m) => countryTermSet().has(m.to) || countryFirstTerms!.has(m.to)) ?? null;
}

/** Whether a term names a country (or a capital standing for one): "ghana", "astana", not "accra" unknown. */
function knownCountry(term: string): boolean {
  countryFirstTerms ??= new Set(COUNTRY_FIRST_WORDS.map((w) => termOf(w)!));
  return countryTermSet().has(term) || countryFirstTerms.has(term);
}

/**
 * Whether a text names missions of the countries asked about but not the one asked:
 * "Kazakhstan's ambassador to Japan" answers neither "Who is Japan's ambassador to
 * Kazakhstan?" nor "Who is Kazakhstan's ambassador to Mongolia?".
 */
export function namesOtherMission(text: string, asked: Mission, opening = false): boolean {
  const found = missions(text, opening);
  // "Brazil's ambassador, Paulo Lacerda, said …" names the envoy of a country, to wherever.
  for (const m of text.matchAll(ENVOY_RE)) {
    const from = countryTerm(m[1]!);
    if (from && !found.some((f) => f.from === from)) found.push({ from, to: from === asked.from ? asked.to : '' });
  }
  const related = (m: Mission): boolean => [m.from, m.to].some((c) => c === asked.from || c === asked.to);
  // "Kazakhstan opens embassy in Accra": a city not known as any country's capital may well be in the country asked about
  // (but it is no mission of Ghana, the other way round).
  const placed = found.filter((m) => m.from !== asked.from || m.to === '' || knownCountry(m.to));
  return placed.some(related) && !found.some((m) => m.from === asked.from && m.to === asked.to);
}
