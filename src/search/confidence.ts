/**
 * How sure the engine is that a ranked passage answers a question: the share of the
 * question's information it covers, less what it lacks — a name asked about, the word asked
 * for, the kind of fact asked (a figure, a date, an organisation), the time, the deed, the
 * one of a series, the side of a mission. Plain data in, a number out; the engine abstains
 * below its threshold.
 */
import { namesOnlyOtherYears, type Ranked } from './ranker.ts';
import { asksAmountOnly, countedThing, focusWords, UNIT_OF_RE, missions, namesOtherMission, namesOtherPeople, type QuestionIntent } from './question.ts';
import { ORGANISATION_Q_RE } from './organisations.ts';
import { askedSpeakerNames, carriesAnswerType, namedSpeakers, namesAnyOf, namesAskedAsDoer, namesOtherSideDoer, onlyComingDates, PLAN_WORDS, pronounSpeaks, speaksByOffice, speaksForOrganisation, speaksOther } from './carriers.ts';
import { countsKindAsked, countsNothingOfItsOwn, countsOtherThings, countsTradeAsked, namesTrade } from './counted.ts';
import { askedOffice, namesOfficeHolder, type AskedOffice } from './offices.ts';

/** Confidence kept by a passage without the date or amount a "when"/"how many" question asks for: below the threshold even at full coverage. */
const CARRIES_NOTHING = 0.45;
/** Confidence kept by a passage without the word the question asks about ("What agreements …"). */
const NO_FOCUS = 0.5;
/** Share of the question's information below which a sentence's own text does not answer it (confidence halves). */
const MIN_OWN = 0.25;
/**
 * Share of the coverage given by learnt forms only that confidence does not count: a learnt
 * pair orders the passages fully, but is a guess, so it counts half towards answering at all.
 * Over the independent sets, each held out from its own learning, counting none of it gave
 * half the right first passages gained and 17 more false abstentions; counting all of it,
 * more right abstentions lost.
 */
const LEARNT_DOUBT = 0.5;
/** Confidence kept by a passage naming another mission of the countries asked about (or the one asked, the other way round). */
const REVERSED = 0.3;
/** Confidence kept by a passage of another time than the question names: below the threshold even at full coverage. */
const OTHER_TIME = 0.45;
/** Confidence kept by a plan or an estimate for a question on what came of it. */
const PLAN_ONLY = 0.5;
/** Words of something still to come: "will be held", "is to meet", "is due to open". */
const COMING_RE = /\b(?:will|shall|is to|are to|due to|scheduled|planned|expected to)\b/i;
/**
 * Answer types given as figures: found reliably enough in text for their absence to lower
 * confidence, and said beside the word they count or date.
 */
export const FACT_TYPES: readonly QuestionIntent['answerType'][] = ['date', 'quantity'];
/** A later one of a series a question asks about: "the second train" (not "a third country", which is an outsider). */
const ORDINAL_Q_RE = /\b(second|third|fourth|fifth)\b(?!\s+(?:countr|part))/i;
/** Confidence kept by a passage that does not name the one of a series asked about. */
const OTHER_ORDINAL = 0.7;
/** A sentence naming one of a series by its place: "The first is a wind farm", "the third will follow". */
const OTHER_ORDINAL_NAMED_RE = /\b(?:the|a) (?:first|second|third|fourth|fifth)\b/i;
/** Confidence kept by a passage naming another one of the series than the one asked about ("The first is …" for "the second project"). */
const OTHER_ONE = 0.45;
/** Each ordinal of {@link ORDINAL_Q_RE}, as a word to find in a passage. */
const ORDINAL_RE: Record<string, RegExp> = Object.fromEntries(['second', 'third', 'fourth', 'fifth'].map((w) => [w, new RegExp(`\\b${w}\\b`, 'i')]));
/**
 * Kinds whose members news names without the kind's word: languages ("in English and Hindi"),
 * offices ("the UN Assistant Secretary-General"), honours ("the Order of Merit"), models ("Airbus
 * A321neo"). A new name in a sentence may answer "What language …", "What job …".
 */
const NAMED_KINDS = new Set('language languages job jobs title titles post position rank decoration decorations award awards medal medals prize prizes honour honours honor honors model models brand brands currency religion'.split(' '));
/** A question on what came of a plan: "How much did it finally cost?", "When did it actually open?". */
const OUTCOME_Q_RE = /\b(?:actually|really|finally|eventually|in the end|end(?:ed|s|ing)? up|so far|to date|in fact|in practice)\b/i;
/**
 * A sentence telling a plan or an estimate, not what came of it: "will cost", "is expected to",
 * "expects to issue", "should be concluded", "is estimated". "Could" and "might" are no plan: a
 * finding often adds what could still happen.
 */
const PLAN_RE = /\b(?:will|would|should|(?:is|are|was|were) (?:to|due|set to|scheduled)|expect(?:s|ed|ing)? to|plans? to|planned to|aim(?:s|ed)? to|intends? to|hop(?:e|es|ed|ing) to|estimated|agreed to meet)\b/i;

/** Words of what came of a plan: "the final cost", "came to", "totalled", "ended up". */
const OUTCOME_RE = /\b(?:final|finally|came to|totall?ed|ended up|in the end|eventually|actual|actually)\b/i;

/**
 * A figure over the first stretch of something new: "in its first year", "in the first full
 * season" (not "the first half of 2025", a stretch of the calendar).
 */
const FIRST_PERIOD_Q_RE = /\bfirst (?:full |(?:\w+ )?(?=(?:months|weeks|days|years)\b))?(?:year|season|month|week|months|weeks|days|years)\b(?! of (?:19|20)\d{2})/i;
/** Words of such a stretch in a text: "in its first ten months", "the first full year", "over the next twelve months", "between July 2024 and June 2025". */
const FIRST_PERIOD_RE = /\b(?:first|next)\b(?:\s+[\w-]+){0,2}?\s+(?:years?|seasons?|months?|weeks?|days)\b|\bbetween \w+ (?:19|20)\d{2} and\b/i;
/** Confidence kept by a figure that says nothing of the first stretch a question asks about ("44 containers" on the first train for "How many containers in its first year?"). */
const NO_FIRST_PERIOD = 0.5;

/** A figure in a sentence whose years are blotted out: "61,000", "7.2". */
const FIGURE_RE = /\d(?:[\d,.]*\d)?/g;
/** "last year" or "this year" after a figure, before the end of its clause or the next figure. */
const RELATIVE_YEAR_RE = /^[^,;\d]*?\b(last|this) year\b/i;

/**
 * Whether every figure of a sentence is told of another year than the one asked about, by
 * "last year" or "this year" in its own clause: "… which opened the route in October 2024,
 * carried 61,000 passengers last year" in a report of 2026 tells 2025, not the 2024 asked about.
 */
function figuresOfOtherYear(text: string, year: string, docDate: string): boolean {
  const reported = Number(docDate.slice(0, 4));
  const bare = text.replace(/\b(?:19|20)\d{2}\b/g, 'YEAR');
  const figures = [...bare.matchAll(FIGURE_RE)];
  return figures.length > 0 && figures.every((m) => {
    const said = RELATIVE_YEAR_RE.exec(bare.slice(m.index! + m[0].length))?.[1]?.toLowerCase();
    return said !== undefined && String(said === 'last' ? reported - 1 : reported) !== year;
  });
}

/** Words of trade itself: "trade", "turnover", "exports", "imported". */
const TRADE_WORD_RE = /\b(?:trade|traded|trading|turnover|commerce|export\w*|import\w*)\b/i;
/** Confidence kept by a sum, for a question on trade, in a sentence that speaks of no trade ("the plant will cost $250 million"). */
const NOT_TRADE = 0.5;

/**
 * A question on the time an earlier plan set: "When was the plant supposed to open?", "When did
 * officials first expect the workers to arrive?", "According to the original plan, when would the
 * train run?" ("originally" itself is gone from the question's text: it orders the reports).
 */
const PAST_PLAN_Q_RE = new RegExp(`\\bwhen\\b.*\\b(?:was|were|did|had)\\b.*\\b(?:${PLAN_WORDS}|plans)\\b|\\boriginal (?:plan|schedule|deadline|date)\\b`, 'i');
/**
 * Words of a plan, an expectation or a change of plan: "is due to start", "would run next spring",
 * "could arrive by mid-2025", "from the original deadline of December 2023", "has been pushed back to 2025".
 */
const PLANNED_RE = /\b(?:will|would|should|could|shall|(?:is|are|was|were) to|agreed to|estimat\w*|forecast|projected|due|scheduled|expect(?:s|ed|ing)?|plan(?:s|ned)?|aim(?:s|ed)?|intend(?:s|ed)?|meant|supposed|set to|original(?:ly)?|initial(?:ly)?|deadline|target(?:ed)?|timetable|schedule|pushed back|postponed|delayed|moved|put off|rescheduled)\b/i;
/** A comparison with a plan, which tells no date of the plan: "later than first planned", "ahead of schedule". */
const THAN_PLANNED_RE = /\b(?:than|as) (?:(?:first|originally|initially|previously|earlier) )?(?:planned|expected|scheduled|intended|envisaged|agreed)\b|\b(?:ahead of|behind|on) schedule\b/gi;

/**
 * "When did parliament ratify it?", "On what date was it signed?" (read as "was it signed?"):
 * a question on a deed done, not on a plan ("When did Hidrosal expect the plant to start?",
 * "When did he say the drill would be held?").
 */
const PAST_DEED_Q_RE = /^(?!.*\b(?:expect\w*|plan\w*|supposed|meant|due|scheduled|intend\w*|hop(?:e|ed|ing)|aim\w*|set to|target\w*|promis\w*|will|would|going to)\b)(?:.*\b(?:when|what (?:date|day|month|year)|which (?:date|day|month|year))\b.*?\b(?:did|was|were|had)\b|\W*(?:did|was|were|had)\b)/i;

/**
 * Deeds whose date a question asks, and the words a sentence tells each with: "When did the
 * Mazhilis ratify it?" is not answered by the day of the signing, nor "When did he become
 * minister?" by the day a memorial opened.
 */
const DEEDS: [RegExp, RegExp][] = [
  [/\bratif(?:y|ied)\b/i, /\bratif\w*/i],
  [/\bsign(?:ed)?\b/i, /\bsign(?:ed|ing|s|atures?)?\b|\bconclu\w*/i],
  [/\bjoin(?:ed)?\b/i, /\bjoin\w*|\bmember\w*|\baccessi?\w*|\bacced\w*/i],
  [/\b(?:become|became|appointed|named|elected|take office|took office)\b/i, /\bbec(?:o|a)me\b|\bappoint\w*|\bnamed\b|\belect\w*|\btook (?:office|over)\b|\btakes office\b|\bsucceed\w*|\bassum\w*|\bsince\b/i],
  [/\barrive[ds]?\b/i, /\barriv\w*|\breach\w*|\bdock\w*|\brolled into\b|\bpulled into\b|\bunload\w*/i],
  [/\b(?:finish(?:ed)?|complete[sd]?)\b/i, /\bfinish\w*|\bcomplet\w*|\bready\b|\bbuilt\b|\bopen\w*|\bcommission\w*|\binaugurat\w*/i],
  [/\b(?:built|constructed)\b/i, /\bbuilt\b|\bconstruct\w*|\bfinish\w*|\bcomplet\w*|\bopen\w*|\bcommission\w*|\binaugurat\w*/i],
  [/\b(?:founded|established|set up|created)\b/i, /\bfound(?:ed|ing)\b|\bestablish\w*|\bset up\b|\bcreat\w*|\bsince\b/i],
  [/\broll(?:ed)? out\b/i, /\broll\w* (?:out|off)\b|\bproduc\w*|\bassembl\w*/i],
  [/\b(?:make|made|pay|paid) (?:a |an |his |her |their |its )?(?:\w+ )?visit\b/i, /\bvisit\w*|\btrip\b|\barriv\w*|\btravel\w*/i],
];

/**
 * Beginnings whose date a question asks, whether done or still to come, and the words a sentence
 * tells each with: "When will the plant open?" is not answered by "The study should be finished
 * by 2027", nor "When will flights start?" by "At present the route is served by charters".
 * "When do the rules start to apply?" asks the start of another deed, told in other words.
 */
const BEGINNINGS: [RegExp, RegExp][] = [
  [/\bopen(?:s|ed|ing)?\b/i, /\bopen\w*|\binaugurat\w*|\blaunch\w*|\bstart\w*|\bbeg[iau]n\w*|\bcommission\w*|\bunveil\w*|\benter\w* (?:\w+ )?(?:service|operation)\b/i],
  [/\b(?:start|begin|began|begun|launch|commence)\w*\b(?! to\b)/i, /\bstart\w*|\bbeg[iau]n\w*|\blaunch\w*|\bcommenc\w*|\bopen\w*|\bfrom\b|\bresum\w*|\binaugurat\w*|\bfirst\b|\bbr(?:oke|eak\w*) ground\b|\benter\w* (?:\w+ )?(?:service|operation)\b|\b(?:takes?|took|taken|taking) effect\b|\b(?:comes?|came|coming|enter\w*) into (?:force|effect)\b/i],
  [/\bpublish\w*/i, /\bpublish\w*|\breleas\w*|\bissu\w*|\bpresent\w*|\bunveil\w*/i],
];

/** A question asking two things at once: "When will it open, and how much will it cost?". */
const TWO_ASKED_RE = /\band (?:how|what|which|who|where|when|with)\b/i;
/** Confidence kept by a date in a sentence that does not tell the deed the question asks the date of. */
const OTHER_DEED = 0.5;

/**
 * Confidence kept by a passage that names no holder of the office a "who is …" question asks
 * about ("the Kazakh embassy said", "Deputy Akim of Almaty Nurlan Sadykbekov" for "Who is the
 * akim of Almaty?"): below the threshold even at full coverage.
 */
const OTHER_OFFICE = 0.45;
/**
 * Confidence kept by a passage for "What did Vucic say …?" when neither it nor the two sentences
 * before name Vucic ("It will begin exporting antibiotics, she said" after "Radulovic said …").
 */
const SPEAKER_ABSENT = 0.45;

/** What a question asks that every passage's confidence reads. */
export interface QuestionFacts {
  /** What "how many …" counts ("students"), null when it counts no named thing, undefined for other questions. */
  counted: string | null | undefined;
  /** Whether "how many" counts in a unit ("How many tonnes of wheat …"), so that its figure counts the unit, not the thing. */
  unitCounted: boolean;
  /** Whether the only word the question asks about is "next" ("Where will the next round be held?"). */
  asksNext: boolean;
  /** The one of a series asked about ("second"), if any. */
  ordinal: string | undefined;
  /** Whether it asks what came of a plan ("actually", "so far"). */
  outcome: boolean;
  /** Whether the question asks for one of a kind whose members are told by their own names ({@link NAMED_KINDS}). */
  namedKind: boolean;
  /** Whether the only word the question asks about says "an amount" ("What protein level …"), which a figure answers. */
  amountOnly: boolean;
  /** Whether it asks for a figure over the first stretch of something ("in its first year"). */
  firstPeriod: boolean;
  /** Whether it asks the date of a deed done ("When did parliament ratify it?"). */
  pastDeed: boolean;
  /** The words of the deed such a question asks the date of, when it is one of {@link DEEDS}. */
  deed: RegExp | undefined;
  /** Whether it asks the time an earlier plan set ("When was the plant supposed to open?"). */
  pastPlan: boolean;
  /** The office whose holder a "who is …" question asks ("Who is Kazakhstan's ambassador to Ethiopia?"), if any. */
  office: AskedOffice | null;
  /** The name of the speaker a statement question asks about ("What did President Tokayev say …" → tokayev), if it names one. */
  speaker: string[];
}

/** The texts around a passage that its confidence reads. */
export interface Surroundings {
  /** The sentence the passage leans on ("It will cost …" after the one naming "it"), if any. */
  leaned: string | null;
  /** The sentence that one leans on in turn ("He said …" after "He noted …" after "Brazil's ambassador said …"), or "". */
  further: string;
  /** The sentence before the passage in its section, if any. */
  previous: string | null;
  /** The sentence before that one in the section, or "". */
  earlier: string;
  /** The title of the passage's report. */
  title: string;
}

/** What {@link confidenceOf} reads of a question, worked out once for all its passages. */
export function questionFacts(intent: QuestionIntent): QuestionFacts {
  const facts: QuestionFacts = {
    counted: intent.answerType === 'quantity' ? countedThing(intent.text) : undefined,
    unitCounted: UNIT_OF_RE.test(intent.text),
    asksNext: focusWords(intent.text).join(' ') === 'next',
    ordinal: ORDINAL_Q_RE.exec(intent.text)?.[1]?.toLowerCase(),
    outcome: OUTCOME_Q_RE.test(intent.text),
    namedKind: intent.answerType === 'other' && focusWords(intent.text).some((w) => NAMED_KINDS.has(w.toLowerCase())),
    amountOnly: intent.answerType === 'other' && asksAmountOnly(intent.text),
    firstPeriod: intent.answerType === 'quantity' && FIRST_PERIOD_Q_RE.test(intent.text),
    pastDeed: intent.answerType === 'date' && PAST_DEED_Q_RE.test(intent.text),
    deed: undefined,
    pastPlan: intent.answerType === 'date' && PAST_PLAN_Q_RE.test(intent.text),
    office: intent.answerType === 'person' ? askedOffice(intent.text) : null,
    speaker: intent.answerType === 'statement' ? askedSpeakerNames(intent.text) : [],
  };
  if (facts.pastDeed) facts.deed = DEEDS.find(([q]) => q.test(intent.text))?.[1];
  // "When will it open, and how many will it employ?" may be answered in part by a sentence telling only the second.
  if (intent.answerType === 'date' && !TWO_ASKED_RE.test(intent.text)) facts.deed ??= BEGINNINGS.find(([q]) => q.test(intent.text))?.[1];
  return facts;
}

/** Confidence that a ranked passage supports an answer: question information it covers, less what it lacks. */
export function confidenceOf(hit: Ranked, intent: QuestionIntent, facts: QuestionFacts, around: Surroundings): number {
  // A word learnt to stand for the question's ("lend" for "loan") counts for less than one known to.
  const text = hit.textCoverage - LEARNT_DOUBT * (hit.learntText ?? 0);
  const context = hit.contextCoverage - LEARNT_DOUBT * (hit.learntContext ?? 0);
  // A name the question asks about that the passage never mentions halves the confidence.
  let base = ((text + context) / 2) * 0.5 ** hit.missingNames;
  // A sentence that holds little of the question itself is not an answer because its neighbours hold the rest.
  if (text < MIN_OWN) base *= 0.5;
  // "How much will it cost?" is not answered by a sentence about it without an amount.
  if (!hit.carries && FACT_TYPES.includes(intent.answerType)) base *= CARRIES_NOTHING;
  // "Which company won the tender?" is not answered by a sentence naming no company ("… from a supplier in Italy").
  else if (!hit.carries && intent.answerType === 'name' && ORGANISATION_Q_RE.test(intent.text)) base *= CARRIES_NOTHING;
  // "What did President Tokayev say at the opening?" is not answered by "Obeidat said … an invitation from President Tokayev",
  // whose words are another's (unless that one speaks for an organisation: "Zhaksylykova said the carrier would …" for "What did Sunqar say …").
  else if (intent.answerType === 'statement' && speaksOther(hit.passage.text, intent.text.toLowerCase()) && !speaksForOrganisation(hit.passage.text)) base *= CARRIES_NOTHING;
  // "Kazakhstan's ambassador to Japan" is the wrong person for "Japan's ambassador to Kazakhstan"
  // or "Kazakhstan's ambassador to Mongolia".
  // Read with the sentence it leans on ("It will be the country's second mission …"), or else the
  // sentence before ("… Ambassador to Kazakhstan Alexey Borodavkin noted …" before "… the diplomat underscored.").
  const leaned = around.leaned;
  // A sentence naming no mission speaks of the one its report's title opens ("Kazakhstan opens
  // embassy in Tanzania": "… has been appointed as the first ambassador" is Kazakhstan's).
  if (intent.mission) {
    // "He said …" after "He noted …" after "Brazil's ambassador said …": the envoy is two sentences back.
    const near = `${around.further} ${leaned ?? around.previous ?? ''} ${hit.passage.text}`;
    const title = missions(near).length === 0 ? around.title : null;
    if (namesOtherMission(near, intent.mission) || (title !== null && namesOtherMission(title, intent.mission, true))) base *= REVERSED;
  }
  // "Aidar Seitkali, who led the Kazakh side" is the wrong person for "Who led the Turkmen side?".
  if (intent.answerType === 'person' && namesOtherSideDoer(hit.passage.text, intent.text)) base *= REVERSED;
  // "The plant, run by the joint venture Kaz-Hanbit Lithium" says what it runs, not who runs Kaz-Hanbit Lithium.
  if (intent.answerType === 'person' && namesAskedAsDoer(hit.passage.text, intent.text)) base *= REVERSED;
  // "Kazakh students" are not the "Russian students" asked about.
  if (namesOtherPeople(`${leaned ?? ''} ${hit.passage.text}`, intent.text)) base *= REVERSED;
  // "What agreements did Tokayev sign with Xi?" is not answered by a sentence on their talks
  // that names no agreement. A figure or a name that answers "What volume …" or "Which
  // company …" need not repeat the word; a figure for "How many students …" counts students,
  // in its own sentence ("two sites" leaning on a sentence about turbines counts no turbines).
  const { counted, asksNext, ordinal, outcome, namedKind, firstPeriod, pastDeed, pastPlan, deed, office, speaker } = facts;
  // "Where will the next round be held?" is answered by what "will be held", without the word "next".
  const comingForNext = hit.focusMissing && asksNext && COMING_RE.test(hit.passage.text);
  // "It reached 1,150 last year" after a sentence on Icelandic visitors counts the visitors;
  // "two sites" after a sentence on turbines counts sites.
  const countsLeaned = counted && hit.focusLeaned && !hit.focusMissing && countsNothingOfItsOwn(hit.passage.text);
  // "30 Serbian engineers and pharmacists" are the "Serbian specialists" asked about, in other words.
  const countsInOtherWords = counted && ((hit.focusMissing && namesTrade(counted) && countsTradeAsked(hit.passage.text, intent.text))
    // "1,412 border markers" are the "border pillars" asked about, in other words.
    || (!facts.unitCounted && (hit.focusMissing || hit.focusLeaned) && countsKindAsked(hit.passage.text, intent.text, counted)));
  const focusMissing = (hit.focusMissing && !comingForNext && !countsInOtherWords) || (counted && hit.focusLeaned && !countsLeaned && !countsInOtherWords)
    // "20 scholarships a year to Kazakh students" names students, but counts scholarships.
    || (counted && !hit.focusMissing && !hit.focusLeaned && !facts.unitCounted && countsOtherThings(hit.passage.text, counted));
  // "What languages …" is answered by "in English, Hindi and Russian": a kind told by its members' own names.
  const namedMember = namedKind && carriesAnswerType(hit.passage.text, 'name', intent.text);
  // "What protein level …" is answered by "a protein content of at least 12.5 percent": a figure gives the amount.
  const figureGiven = facts.amountOnly && carriesAnswerType(hit.passage.text, 'quantity', intent.text);
  if (focusMissing && (intent.answerType !== 'quantity' || counted) && !(intent.answerType === 'name' && hit.carries) && !namedMember && !figureGiven) base *= NO_FOCUS;
  // "What is the population of Almaty?" is not answered where no word of population is even near.
  if (hit.focusAbsent) base *= NO_FOCUS;
  // "When did the second train arrive?" is not answered by a sentence on a train that says nothing of a second one.
  if (ordinal && !ORDINAL_RE[ordinal]!.test(`${leaned ?? ''} ${hit.passage.text}`)) base *= OTHER_ORDINAL_NAMED_RE.test(hit.passage.text) ? OTHER_ONE : OTHER_ORDINAL;
  // "How much did the stations actually cost?" is not answered by "The stations will cost 2.4 billion tenge".
  // "The final cost came to $91 million, above the $84 million estimated" tells the outcome beside the plan.
  if (outcome && PLAN_RE.test(hit.passage.text) && !OUTCOME_RE.test(hit.passage.text)) base *= PLAN_ONLY;
  // "When did the Mazhilis ratify it?" is not answered by "The government would submit the bill this autumn" in a report of June.
  if (pastDeed && onlyComingDates(hit.passage.text, hit.docDate)) base *= PLAN_ONLY;
  // "When was the plant supposed to open?" is not answered by "The plant opened on Tuesday, a year later than planned".
  if (pastPlan && !PLANNED_RE.test(hit.passage.text.replace(THAN_PLANNED_RE, ''))) base *= PLAN_ONLY;
  // "When did the Mazhilis ratify the agreement?" is not answered by "… welcomed the signing last week".
  if (deed && !deed.test(hit.passage.text)) base *= OTHER_DEED;
  // "Who is the akim of Almaty?" is not answered by "Deputy Akim of Almaty Nurlan Sadykbekov said …",
  // nor "Who is Vietnam's ambassador?" by "The ambassador also raised the lack of air links".
  if (office && ![hit.passage.text, leaned ?? ''].some((t) => namesOfficeHolder(t, office, intent.text))) base *= OTHER_OFFICE;
  // "What did Vucic say at the opening?" is not answered by "…, she said" after "Radulovic said …",
  // unless the sentence speaks through an office ("the Serbian leader said") of someone named further back.
  if (speaker.length > 0) {
    const near = [around.earlier, around.further, leaned ?? '', around.previous ?? '', hit.passage.text];
    if (!namesAnyOf(near.join(' '), speaker) && !near.some(speaksByOffice)) base *= SPEAKER_ABSENT;
    // "It will begin exporting antibiotics next year, she said" after "Radulovic said …" gives Radulovic's words.
    else if (pronounSpeaks(hit.passage.text) && namedSpeakers(leaned ?? around.previous ?? '').some((f) => !namesAnyOf(f, speaker))) base *= SPEAKER_ABSENT;
  }
  // "How many containers did the terminal handle in its first year?" is not answered by "The first train carried 44 containers".
  if (firstPeriod && !FIRST_PERIOD_RE.test(`${leaned ?? ''} ${hit.passage.text}`)) base *= NO_FIRST_PERIOD;
  // "What was trade with Austria in 2024?" is not answered by "About $250 million of the financing will come from Austrian banks";
  // "It reached $46 million last year" after a sentence on trade is.
  if (intent.trade && intent.answerType === 'quantity' && !TRADE_WORD_RE.test(`${leaned ?? around.previous ?? ''} ${hit.passage.text}`)) base *= NOT_TRADE;
  // "What was trade in 2025?" is not answered by a figure of 2024 in a report of 2025.
  if (intent.range && intent.answerType === 'quantity' && intent.trade && namesOnlyOtherYears(hit.passage.text, intent.range, hit.docDate)) base *= OTHER_TIME;
  // "How many passengers did it carry in 2024?" is not answered by "… carried 61,000 passengers last year" in a report of 2026.
  else if (intent.range && intent.answerType === 'quantity' && intent.range.from.slice(0, 4) === intent.range.to.slice(0, 4) && figuresOfOtherYear(hit.passage.text, intent.range.from.slice(0, 4), hit.docDate)) base *= OTHER_TIME;
  // A question word whose absence marks unanswerable questions more than answered ones ("price", "salary", a country) lowers it.
  base *= hit.absence ?? 1;
  // A source of another time than the one asked about does not answer alone, however well it matches.
  return intent.range && !hit.dateMatch ? base * OTHER_TIME : base;
}
