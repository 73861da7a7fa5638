import type { Passage } from '../knowledge/types.ts';
import type { Measured } from './index-state.ts';
import { asksStatementKind, carriesAnswerType, FUTURE_WHEN_RE, listsSeveralAsked, makesAskedStatement, namesDoer, PLANNED_WHEN_RE, SEASON_START, YEAR_Q_RE } from './carriers.ts';
import { answerTypesOf, MONTHS, type QuestionIntent } from './question.ts';

/** Tunable weights of the ranking; the defaults were set on `tests/fixtures/questions.json`. */
export interface RankWeights {
  /** Weight of MiniSearch's BM25 score, normalised to the best candidate. */
  bm25: number;
  /** Weight of the share of question information found in the passage's own sentence. */
  textCoverage: number;
  /** Weight of the share found in the sentence, its neighbours, section and title. */
  contextCoverage: number;
  /** Weight of the document's own relevance to the question. */
  document: number;
  /** Bonus when the passage carries the kind of fact asked for (a date for "when" …). */
  answerType: number;
  /** Bonus when the document's date falls in the time the question names. */
  dateInRange: number;
  /** Bonus when the passage mentions the time the question names. */
  dateMentioned: number;
  /** Bonus for coming from the source or speaker an "according to …" question names. */
  source: number;
  /** Bonus for a sentence telling a change of value (or the value now), when the question asks for the latest or current one; a penalty for a change, when it asks for the first. */
  change: number;
  /** Weight of the share of question words said of a figure, for "how many" and "when" questions ({@link figureProximity}). */
  nearFigure: number;
}

export const DEFAULT_WEIGHTS: RankWeights = {
  bm25: 0.3,
  textCoverage: 1.4,
  contextCoverage: 0.5,
  document: 0.35,
  answerType: 0.4,
  dateInRange: 1.2,
  dateMentioned: 1,
  source: 1,
  change: 0.2,
  nearFigure: 0.2,
};

/** What the ranker knows of one candidate passage: the index's measures, and more. */
export interface Candidate extends Pick<Measured, 'bm25' | 'textCoverage' | 'contextCoverage' | 'followCoverage' | 'document' | 'missingNames' | 'focusMissing' | 'focusAbsent' | 'focusLeaned'>, Partial<Pick<Measured, 'learntText' | 'learntContext' | 'absence'>> {
  passage: Passage;
  docDate: string;
  /** The sentence before, in the same section (its time is often this sentence's time). */
  previous?: string;
  /** Share of the words of an "according to …" source found in the document's title and source or around the passage. */
  source: number;
  /** Share of the question's words within a few words of a figure of the passage (for amounts and dates only). */
  nearFigure?: number;
}

/** A ranked candidate. */
export interface Ranked extends Candidate {
  score: number;
  dateMatch: boolean;
  /** Whether the passage carries the kind of fact the question asks for (always true for 'other'). */
  carries: boolean;
}

/** A season counted from a report's date: "last autumn", "this summer", "next spring". */
const RELATIVE_SEASON_RE = /\b(last|this|next) (spring|summer|autumn|fall|winter)\b/gi;
/** A season a question names: "in autumn 2024", "in the summer of 2023". */
const SEASON_Q_RE = /\b(spring|summer|autumn|fall|winter)\b/i;

/**
 * Whether a text names a season, counted from its report's date, that falls in a year: "last
 * autumn" in a report of March 2025 is the autumn of 2024, in one of December 2025 that of
 * 2025; "next spring" in a report of May 2024 is the spring of 2025.
 */
function namesSeasonOf(text: string, season: string, year: number, docDate: string): boolean {
  const reported = Number(docDate.slice(0, 4));
  const month = Number(docDate.slice(5, 7));
  const start = SEASON_START[season]!;
  return [...text.matchAll(RELATIVE_SEASON_RE)].some((m) => {
    if (SEASON_START[m[2]!.toLowerCase()] !== start) return false;
    const which = m[1]!.toLowerCase();
    const at = which === 'this' ? reported : which === 'last' ? (start < month ? reported : reported - 1) : start > month ? reported : reported + 1;
    return at === year;
  });
}

/**
 * Whether a passage's own text mentions the year (and month) of a range of one year or
 * month — written out, or as "last year", "this year", "next year" counted from the date of
 * its document ("Trade reached $1.4 billion last year" in a 2023 report speaks of 2022).
 */
function mentionsRange(text: string, range: { from: string; to: string }, docDate: string, coming = false, season?: string): boolean {
  const year = range.from.slice(0, 4);
  if (year !== range.to.slice(0, 4)) return false;
  const sameMonth = range.from.slice(0, 7) === range.to.slice(0, 7);
  if (!sameMonth) {
    const offset = Number(year) - Number(docDate.slice(0, 4));
    const relative = offset === -1 ? /\blast year\b/i : offset === 0 ? /\bthis year\b/i : offset === 1 ? /\bnext year\b/i : null;
    if (relative?.test(text)) return true;
    // "The arrivals were delayed again last autumn" in a report of 2025 speaks of the autumn of 2024.
    if (season && namesSeasonOf(text, season, Number(year), docDate)) return true;
  }
  const month = MONTHS[Number(range.from.slice(5, 7)) - 1] ?? '';
  // "In September last year" in a report of 2023 speaks of September 2022.
  if (sameMonth && Number(docDate.slice(0, 4)) === Number(year) + 1 && new RegExp(`\\b${month}\\s+(?:of\\s+)?last year\\b`, 'i').test(text)) return true;
  // "In June, Tokayev …" in a report of November 2022 speaks of June 2022. "A second convoy was
  // planned for May" in a report of February 2023 speaks of May 2023 still to come, for a
  // question on what was planned (not on what came of it).
  if (sameMonth && !text.includes(year)) return docDate.slice(0, 4) === year && (docDate.slice(0, 7) >= range.from.slice(0, 7) || (coming && COMING_MONTH_RE.test(text))) && new RegExp(`\\b${month}\\b`, 'i').test(text);
  // "In January–August, 420 trains …" in a report of September 2025 speaks of January–August 2025.
  const wholeYear = range.from.slice(5) === '01-01' && range.to.slice(5) === '12-31';
  if (!wholeYear && !text.includes(year)) return docDate.slice(0, 4) === year && docDate >= range.from && new RegExp(`\\b${month}\\b`, 'i').test(text);
  if (!text.includes(year)) return false;
  return !sameMonth || text.toLowerCase().includes(month);
}

/** A sentence telling what is still to come in a month it names: "was planned for May", "is due in June". */
const COMING_MONTH_RE = /\b(?:will|planned|plans?|due|expected|scheduled|set to|intends?|next)\b/i;

/**
 * A question on what was planned, expected or estimated at a time it names: "In 2022, what was
 * the pipeline expected to cost?", "What trade target did they set in 2023?".
 */
const THEN_PLANNED_Q_RE = /\b(?:was|were|did)\b.*\b(?:expected|estimated?|estimates|target|goal|set|planned|plan|due|supposed|meant|forecast|projected|budget(?:ed)?)\b|\b(?:expected|estimated?|target|goal|planned|budget(?:ed)?)\b.*\b(?:was|were|did)\b/i;

/** A question on the newest value of something: "the latest cost estimate", "the current deadline". */
const CURRENT_Q_RE = /\b(?:latest|current|currently|now|most recent|newest|updated|revised)\b/i;
/** A sentence reporting a change of value: "has risen to $310 million", "moved the deadline from 2026 to 2027". */
const UPDATE_RE = /\b(?:rais(?:e|es|ed|ing)|rose|risen|increas(?:e|es|ed|ing)|grew|grown|climb(?:s|ed)?|mov(?:e|es|ed)|push(?:es|ed)?|cut|lower(?:s|ed)?|reduc(?:e|es|ed)|extend(?:s|ed)?|revis(?:e|es|ed)|bring(?:s)?|brought|upgrad(?:e|es|ed)|expand(?:s|ed)?)\b[^.;]{0,80}?\bto\b|\bfrom\b[^.;]{1,40}?\bto\b|\bto\b[^.;]{1,40}?\bfrom\b/i;
/** A question on the value something has at present: "How many students are currently enrolled?", "How often do the trains run these days?". */
const PRESENT_Q_RE = /\b(?:now|currently|current|these days|nowadays|at present|presently|still)\b/i;
/**
 * A sentence giving a value as it stands at the time of its report: "610 students are now
 * enrolled", "currently stands at 28 percent", "has reached 1,140 this academic year".
 */
const PRESENT_RE = /\b(?:now|currently|at present|presently|these days|so far|to date|this (?:academic |school |season|year)|stands? at|has reached|have reached)\b/i;
/** A question on an earlier time than the news: "When and where had Kirill and Maduro met before?". */
const BEFORE_Q_RE = /\b(?:before|previously|earlier)\W*$/i;

/** Whether a text names a year before its report's ("their previous meeting in Caracas in 2008"). */
function namesEarlierYear(text: string, docDate: string): boolean {
  return [...text.matchAll(/\b(?:19|20)\d{2}\b/g)].some((m) => m[0] < docDate.slice(0, 4));
}

/** Answer types whose newest value a sentence may give as a change. */
const CHANGE_TYPES: readonly QuestionIntent['answerType'][] = ['quantity', 'date', 'other'];
/**
 * Answer types whose bonus counts more: words of saying and of reasons are seldom in a report's
 * lead or in a sentence that only names the topic, so a sentence that has them ("…," Japarov
 * said; "… blamed a dry spring") most likely holds the answer.
 */
const TYPE_FACTOR: Partial<Record<QuestionIntent['answerType'], number>> = { statement: 3, reason: 2 };
/** Share of its context's coverage a sentence giving a reason counts as its own ("Officials blamed the delay on …" after the news of the delay). */
const REASON_CONTEXT = 0.75;
/** Share of the answer-type bonus for each further kind of fact a question asks for ("…, and when?"). */
const FURTHER_TYPE = 0.5;

/**
 * Share of the answer-type bonus added for a sentence naming the doer of the deed a "who"
 * question asks about ("was signed in Astana by Vice Minister …" for "Who signed the deal?"),
 * beyond one that only names someone.
 */
const DOER = 1;

/**
 * Share of the answer-type bonus added for a sentence listing several names, for a question
 * asking for several of a kind ("Which regions …?" — "in Kostanay and Akmola regions"), beyond
 * one that names only one.
 */
const LISTED = 1;

/** Share of the date bonus of a report of the year asked for, for an amount it gives for other years only. */
const OTHER_YEAR = 0.5;

/**
 * Whether a text names years, but not the one year a range covers. "Last year" and "this
 * year" count as the years they are from the date of the text's report, when it is given
 * ("Last year trade reached 4.3 billion euros" in a report of 2025 tells 2024); without it,
 * they may be any year.
 */
export function namesOnlyOtherYears(text: string, range: { from: string; to: string }, docDate?: string): boolean {
  const year = range.from.slice(0, 4);
  if (year !== range.to.slice(0, 4)) return false;
  // A later year is a target set in the year asked about ("to fit 50,000 hectares by 2027"), not a figure of another year.
  const years = [...text.matchAll(/\b(?:19|20)\d{2}\b/g)].map((m) => m[0]);
  const relative = [...text.matchAll(/\b(this|last) year\b/gi)].map((m) => m[1]!.toLowerCase());
  if (relative.length > 0) {
    if (!docDate) return false;
    const reported = Number(docDate.slice(0, 4));
    for (const r of relative) years.push(String(r === 'last' ? reported - 1 : reported));
  }
  const earlier = years.filter((y) => y <= year);
  return earlier.length > 0 && !earlier.includes(year);
}

/** Share of the date bonus a report loses for each year it was written after the year after the time it names. */
const LATER_YEAR = 0.05;

/** Whole years from one `YYYY-MM-DD` date to a later one (0 when not later). */
function yearsBetween(from: string, to: string): number {
  return Math.max(0, Number(to.slice(0, 4)) - Number(from.slice(0, 4)));
}

/**
 * Share of the date bonus for a report written before the time a question names, which can
 * only foresee it ("is expected to open by the end of 2024" in a report of 2022), when the
 * question asks what was then, not what was planned ("What was the estimated cost in 2024?").
 */
const FORESEEN = 0.5;
/** Words of a question on a plan, beyond those of {@link COMING_MONTH_RE}: "is meant to", "was supposed to". */
const ASKS_PLAN_RE = /\b(?:meant|supposed)\b/i;
/**
 * Share of the date bonus for a report written after the time a question names, for a question
 * on what was planned or estimated then: "the $142 million estimated in 2022" in a report of
 * 2026 looks back at it, and the report of 2022 tells it first-hand.
 */
const LOOKING_BACK = 0.5;

/** Share of the date bonus for a time named only in the sentence before. */
const PREVIOUS_DATE = 0.5;

/** Share of the best score a passage needs to be reordered by date for "latest" or "first". */
const HEAD = 0.8;
/** Share of the fullest text coverage a passage needs to be reordered by date (a newer document must still speak of the question). */
const FULL = 0.6;

/** Score candidates and order them; `latest`/`earliest` reorder the relevant head by date. */
export function rank(candidates: Candidate[], intent: QuestionIntent, weights: RankWeights = DEFAULT_WEIGHTS, question = ''): Ranked[] {
  const maxBm25 = Math.max(1e-9, ...candidates.map((c) => c.bm25));
  const typed = intent.answerType !== 'other';
  // "When did it take over, and from which country?": a sentence carrying the second fact as well ranks higher.
  const further = answerTypesOf(question).slice(1).filter((t) => t !== intent.answerType && t !== 'statement');
  const before = BEFORE_Q_RE.test(question);
  // A report's lead sentence tells its news, which happened at the report's date (not a year
  // asked for, nor the time of something still to come).
  const leadIsDated = intent.answerType === 'date' && !YEAR_Q_RE.test(question) && !FUTURE_WHEN_RE.test(question) && !PLANNED_WHEN_RE.test(question);
  // "The latest cost estimate" is most often told as a change: "The estimated cost has risen to $310 million".
  const wantsChange = CHANGE_TYPES.includes(intent.answerType) && CURRENT_Q_RE.test(question);
  // "How many students are currently studying there?" is answered by "610 students are now enrolled", the value of the report's day.
  const wantsPresent = intent.answerType === 'quantity' && PRESENT_Q_RE.test(question);
  const wantsFirst = CHANGE_TYPES.includes(intent.answerType) && intent.order === 'earliest';
  // "… the convoy that was planned for May 2023?", "Where will the group meet in November?": a time still to come then.
  const coming = COMING_MONTH_RE.test(question);
  // "What was the estimated cost in 2024?" asks what the reports of 2024 told, not what others foresaw or recalled.
  const thenPlanned = THEN_PLANNED_Q_RE.test(question);
  const asksPlan = coming || ASKS_PLAN_RE.test(question);
  // "Why were the arrivals delayed in autumn 2024?": a report of 2025 tells it as "last autumn".
  const season = SEASON_Q_RE.exec(question)?.[1]?.toLowerCase();
  // "Can you fly from Almaty to Zanzibar?": a sentence saying whether, or how far, it holds answers.
  const asksStatement = !typed && asksStatementKind(question);
  const ranked = candidates.map((input): Ranked => {
    // "When had they met before?" is answered by a year before the report's, not by the news itself.
    const noEarlierYear = before && !namesEarlierYear(input.passage.text, input.docDate);
    const carries =
      !typed ||
      (!(intent.answerType === 'date' && noEarlierYear) &&
        (carriesAnswerType(input.passage.text, intent.answerType, question) || (leadIsDated && input.passage.position === 0)));
    // The sentence after the one naming the topic often carries the asked fact.
    // A reason is often given for the news a report told before ("… has been postponed until
    // October." … "Officials blamed the delay on …"): its context names what it is the reason for.
    const told = intent.answerType === 'reason' ? REASON_CONTEXT * input.contextCoverage : 0;
    const c = carries ? { ...input, textCoverage: Math.max(input.textCoverage, input.followCoverage, told) } : input;
    let score =
      weights.bm25 * (c.bm25 / maxBm25) +
      weights.textCoverage * c.textCoverage +
      weights.contextCoverage * c.contextCoverage +
      weights.document * c.document +
      weights.source * c.source +
      weights.nearFigure * (c.nearFigure ?? 0);
    if (carries && typed) score += weights.answerType * (TYPE_FACTOR[intent.answerType] ?? 1);
    if (carries && intent.answerType === 'person' && namesDoer(input.passage.text, question)) score += weights.answerType * DOER;
    if (carries && intent.answerType === 'name' && listsSeveralAsked(input.passage.text, question)) score += weights.answerType * LISTED;
    if (asksStatement && makesAskedStatement(input.passage.text, question)) score += weights.answerType;
    for (const t of further) if (carriesAnswerType(input.passage.text, t, question) && !(t === 'date' && noEarlierYear)) score += weights.answerType * FURTHER_TYPE;
    if (wantsChange && UPDATE_RE.test(input.passage.text)) score += weights.change;
    else if (wantsPresent && PRESENT_RE.test(input.passage.text)) score += weights.change;
    // "What was the original price tag?" is told by the first report ("is estimated to cost $2.1 billion"), not by a later one's change ("has risen to $2.6 billion").
    if (wantsFirst && UPDATE_RE.test(input.passage.text)) score -= weights.change;
    let dateMatch = false;
    if (intent.range) {
      if (c.docDate >= intent.range.from && c.docDate <= intent.range.to) {
        // "Trade reached $186 million in 2023" in a report of 2024 is no figure for 2024.
        score += intent.answerType === 'quantity' && namesOnlyOtherYears(c.passage.text, intent.range, c.docDate) ? weights.dateInRange * OTHER_YEAR : weights.dateInRange;
        dateMatch = true;
      } else if (mentionsRange(c.passage.text, intent.range, c.docDate, coming, season)) {
        // A report soon after the time asked about tells it more fully than a later one looking back.
        let mention = weights.dateMentioned * (1 - LATER_YEAR * Math.max(0, yearsBetween(intent.range.to, c.docDate) - 1));
        // "to open by the end of 2024" in a report of 2022 foresees 2024; it tells nothing of what 2024 was.
        if (c.docDate < intent.range.from && !asksPlan) mention *= FORESEEN;
        // "well above the $142 million estimated in 2022" in a report of 2026 looks back at what the report of 2022 told.
        if (c.docDate > intent.range.to && thenPlanned) mention *= LOOKING_BACK;
        score += mention;
        dateMatch = true;
      } else if (c.previous !== undefined && mentionsRange(c.previous, intent.range, c.docDate, coming, season)) {
        // "In Astana, a solid package of documents was signed" after "… a state visit to Astana in November 2024".
        score += weights.dateMentioned * PREVIOUS_DATE;
        dateMatch = true;
      }
    }
    return { ...c, score, dateMatch, carries };
  });
  ranked.sort((a, b) => b.score - a.score || a.passage.id.localeCompare(b.passage.id));
  if (intent.order && ranked.length > 1) {
    // "Latest"/"first": among the passages that match the question about as fully as the
    // best one does, the newest (or oldest) document comes first.
    const best = ranked[0]!.score;
    const fullest = Math.max(...ranked.slice(0, 20).map((r) => r.textCoverage));
    const inHead = (r: Ranked): boolean => r.score >= best * HEAD && r.textCoverage >= fullest * FULL;
    const head = ranked.filter(inHead);
    const tail = ranked.filter((r) => !inHead(r));
    const dir = intent.order === 'latest' ? 1 : -1;
    head.sort((a, b) => (a.docDate === b.docDate ? b.score - a.score : a.docDate < b.docDate ? dir : -dir));
    return [...head, ...tail];
  }
  return ranked;
}
