/**
 * Names of organisations in a sentence, for questions that ask for one ("Which company won the
 * tender?", "the name of the Baku shipyard"): told apart from names of places, of people, of
 * bodies of another kind, of models and units, and from ordinary words opening a sentence.
 */
import { isEnglishWord } from './commonness.ts';
import { COUNTRY_WORDS, nearlySame } from './normalize.ts';
import { STOP_WORDS } from './stopwords.ts';
import { countryTermOf, MONTHS, WEEKDAYS } from './question.ts';

/** A month or a weekday, which names no organisation ("October", "Tuesday"). */
const CALENDAR_WORD_RE = new RegExp(`^(?:${[...MONTHS, ...WEEKDAYS].join('|')})$`, 'i');

/**
 * "Which company …", "Which Kazakh university …", "the name of the Baku shipyard …": a
 * question asking for an organisation by name, and the kind of organisation it asks for.
 */
export const ORGANISATION_Q_RE = /\b(?:which|what|names? of (?:the|a|an))\s+(?:(?!(?:is|was|are|were|did|does|do|will|would|has|have|had|can|could)\b)[\w'’-]+\s+){0,3}?(compan(?:y|ies)|firms?|airlines?|banks?|universit(?:y|ies)|institut(?:e|es|ion|ions)|organi[sz]ations?|bod(?:y|ies)|groups?|corporations?|contractors?|suppliers?|operators?|carriers?|lines?|mills?|millers?|shipyards?|newspapers?|part(?:y|ies)|hospitals?|factor(?:y|ies)|agenc(?:y|ies)|makers?|producers?|manufacturers?|exporters?|developers?|builders?|funds?|consorti(?:um|a)|clubs?)\b/i;
/**
 * A name of one or more capitalised words, which "of", "de", "for", "and" or "&" may join
 * ("Universidad Minera de Antofagasta", "Al-Nakheel Water & Power", "Office for Democratic Institutions").
 */
const NAME_RE = /(?<![\p{L}\d'’-])\p{Lu}[\p{L}\d'’.-]*(?:\s+(?:(?:of|de|del|da|do|and|&|for)\s+(?:the\s+)?)?\p{Lu}[\p{L}\d'’.-]*)*/gu;
/**
 * Before a name, words that make it a place: "in Ereymentau", "near Konaev", "at the Astana Hub
 * technology park", "the port of Poti", "flew in from Washington". "To" and "from" alone do not: a
 * contract is awarded to a firm, goods are bought from one.
 */
const PLACE_BEFORE_RE = /\b(?:in|near|at|outside|inside|within|beside|along|via|through|across|into|towards?|around|between)\s+(?:the\s+)?$|\b(?:flew|flown|fly|flies|flying|travel(?:l?ed|s)?|came|come|comes|arrived?|returned?|sailed|shipped|sent|moved|drove|driven|went|left)\s+(?:in\s+|back\s+|out\s+|home\s+)?(?:from|to)\s+$|\b(?:city|town|village|port|region|province|district|capital|island|oblast|cities|towns|ports|regions|people|residents|outskirts)\s+of\s+$/iu;
/** A route, whose ends are places: "from Christchurch to Kostanay", "from Almaty and Shymkent to Jeddah" (its start, then its end). */
const ROUTE_START_RE = /\bfrom\s+$/;
const ROUTE_END_RE = /\bfrom\s+\p{Lu}[\p{L}'’-]*(?:(?:\s+|,\s*|,?\s+(?:and|or)\s+)\p{Lu}[\p{L}'’-]*)*\s+to\s+$/u;
/** After a name, a word that makes it a place: "Kostanay region", "Seoul's Incheon airport". */
const PLACE_AFTER_RE = /^\s+(?:region|regions|city|district|province|oblast|county|airport|state|valley|gorge|river|lake|sea)\b/u;
/** Last words of names of places: "Almaty International Airport", "Kostanay Region". */
const PLACE_END_RE = /\s(?:Airport|Port|Region|Province|District|City|Oblast|Square|Avenue|Street)$/;
/** Offices and occupations of people, which make a name beside them a person's ("director", "vice-rector", "economist"). */
const ROLES = 'director|minister|president|chairman|chairwoman|chief|head|spokes(?:man|woman|person)|rector|vice-rector|ambassador|governor|mayor|akim|manager|executive|founder|official|coordinator|professor|engineer|analyst|activist|economist|envoy|secretary|administrator|adviser|advisor|researcher|scientist|expert|lawyer|farmer|student|teacher';
/**
 * Before a name, an office, a kin or a saying that makes it a person: "Its director, Dragan
 * Kostic", "The centre's first director is Farrukh Tashkentov", "his wife, Pak Sun-ok", "said
 * Katarina Lindqvist"; "according to KazAID" names a source, not a party to the news.
 */
const PERSON_BEFORE_RE = new RegExp(String.raw`\b(?:${ROLES}|dr|mr|mrs|ms|wife|husband|son|daughter|widow|said|says|told)\.?,?\s+(?:(?:is|was)\s+)?$|\baccording to\s+(?:the\s+)?$`, 'iu');
/** After a name, an office that makes it a person's: "Farhana Rahman, an additional secretary at …". */
const ROLE_AFTER_RE = new RegExp(String.raw`^,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:${ROLES})\b`, 'iu');
/** After a name, words that make it a speaker: "Mukhametzhanov said", "Echeverria also said", "Lindqvist, who heads …". */
const SAYS_AFTER_NAME_RE = /^,?\s+(?:\w+ly\s+|also\s+)?(?:said|says|told|added|noted|who)\b/u;
/** An adjective of place or time made from a name: "Almaty-based", "Soviet-era", "Russian-built". */
const NAME_ADJECTIVE_RE = /-(?:based|era|owned|built|led|made|born|registered|run|funded|style)$/;
/** Titles that make a name a person's, not an organisation's ("Minister of Science … Askar Zhumabekov"). */
const PERSON_TITLES = new Set(['minister', 'president', 'ambassador', 'prime', 'deputy', 'secretary', 'spokesperson', 'spokesman', 'spokeswoman', 'governor', 'mayor', 'chairman', 'chairwoman', 'mr', 'mrs', 'ms', 'dr', 'professor', 'king', 'queen', 'emir', 'sheikh', 'sultan']);
/**
 * Words in a name that say what kind of body it is, with the kinds of question it answers:
 * "the Eurasian Development Bank" answers "Which bank …", not "Which company won the tender?".
 * Such a body is no place either ("at Al-Farabi Kazakh National University").
 */
const BODY_KINDS: Record<string, readonly string[]> = {
  bank: ['bank', 'fund'], fund: ['fund', 'bank'], agency: ['agenc'], ministry: [], university: ['universit', 'institut'], institute: ['institut', 'universit'],
  office: [], council: [], commission: [], committee: [], union: [], mission: [], parliament: [], government: [], court: [], assembly: [], forum: [],
  programme: [], party: ['part'], hospital: ['hospital'], embassy: [], consulate: [], centre: [], center: [],
};
/** Kinds of organisation any body answers: "Which institutions …", "Which integration bodies …". */
const ANY_BODY_RE = /^(?:institutions?|organi[sz]ations?|bod(?:y|ies)|groups?)$/;

/** A country or its people just before a name, with only lower-case words between: "Swedish steel technology company …", "France's …". */
const NATIONALITY_BEFORE_RE = /(\p{Lu}\p{Ll}+)(?:['’]s)?\s+((?:[\p{Ll}-]+\s+){0,4})$/u;

/** Words of a part of a country or the world, which name no organisation alone ("South Korean", "Central Asian"). */
const COMPASS_WORDS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'middle']);

/** Countries of two or more words, whose words alone are no country ("Saudi Arabia and China"). */
const MULTIWORD_COUNTRY_RE = /\b(?:Saudi Arabia|United States|United Kingdom|United Arab Emirates|New Zealand|South Korea|North Korea|South Africa|Sri Lanka|Hong Kong|Czech Republic)\b/g;

/** Whether a word of a name is in the question, as typed or with one letter wrong. */
function askedWord(word: string, askedWords: readonly string[]): boolean {
  return askedWords.some((w) => nearlySame(w, word));
}

/**
 * Whether a text names an organisation of the kind a question asks for that the question
 * does not name: not a place ("in Seoul, Busan and Daegu", "from a supplier in Italy"), a
 * person ("Its director, Dragan Kostic, said"), a body of another kind ("the Eurasian
 * Development Bank" for a company), a model ("Boeing 747 freighters") or an ordinary word
 * opening the sentence ("Deliveries of server equipment …").
 */
export function namesOrganisation(text: string, asked: string): boolean {
  const kind = ORGANISATION_Q_RE.exec(asked)?.[1]?.toLowerCase() ?? '';
  const askedWords = asked.toLowerCase().split(/[^\p{L}\d]+/u).filter((w) => w.length > 1);
  const nationality = ORGANISATION_Q_RE.exec(asked)?.[0].split(/\s+/).find((w) => COUNTRY_WORDS.has(w.toLowerCase()));
  const wanted = nationality ? countryTermOf(nationality.toLowerCase()) : undefined;
  let placeEnd = -1;
  let skippedEnd = -1;
  const initials = new Set<string>();
  for (const found of text.matchAll(NAME_RE)) {
    // "Nordvik Green Steel and Kazakh iron ore producer …": a people after "and" opens the next name.
    const m = found[0].replace(/\s+and\s+(\p{Lu}[\p{L}-]+)$/u, (x, w: string) => (COUNTRY_WORDS.has(w.toLowerCase()) ? '' : x));
    const at = found.index;
    const end = at + m.length;
    const before = text.slice(0, at);
    const after = text.slice(end);
    const words = m.replace(MULTIWORD_COUNTRY_RE, '').trim().split(/\s+/).map((w) => w.replace(/[.,]$/, '')).filter((w) => !/^(?:of|de|del|da|do|and|&|for|the)$/.test(w));
    const lower = words.map((w) => w.toLowerCase().replace(/['’]s$/, ''));
    const bodies = lower.filter((w) => BODY_KINDS[w] !== undefined);
    // "Seoul's Incheon airport": a possessive names a place's or a body's own; the place is the owner.
    const possessive = words.slice(0, -1).some((w) => /['’]s$/.test(w));
    // "in Seoul, Busan and Daegu": names listed after a place are places too.
    const listed = placeEnd >= 0 && /^(?:,\s*|,?\s+(?:and|or)\s+)$/.test(text.slice(placeEnd, at));
    const route = (ROUTE_START_RE.test(before) && /^(?:(?:\s+|,\s*|,?\s+(?:and|or)\s+)\p{Lu}[\p{L}'’-]*)*\s+to\s+\p{Lu}/u.test(after)) || ROUTE_END_RE.test(before);
    if ((bodies.length === 0 && !possessive && (PLACE_BEFORE_RE.test(before) || listed || route)) || PLACE_AFTER_RE.test(after) || PLACE_END_RE.test(m)) {
      placeEnd = end;
      continue;
    }
    // "the Korea International Cooperation Agency (KOICA)", "the IAEA's" after "the International
    // Atomic Energy Agency": the short form of a name passed over.
    const acronym = /^\p{Lu}{2,}$/u.test(lower.length === 1 ? words[0]!.replace(/['’]s$/, '') : '');
    const short = (skippedEnd >= 0 && /^\s*\($/.test(text.slice(skippedEnd, at))) || (acronym && initials.has(words[0]!.replace(/['’]s$/, '')));
    skippedEnd = end;
    initials.add(words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join(''));
    if (short || PERSON_BEFORE_RE.test(before) || SAYS_AFTER_NAME_RE.test(after) || ROLE_AFTER_RE.test(after) || lower.some((w) => PERSON_TITLES.has(w))) continue;
    if (!ANY_BODY_RE.test(kind) && bodies.some((b) => !BODY_KINDS[b]!.some((k) => kind.startsWith(k)))) continue;
    // "Boeing 747 freighters", "A321neo": a model, not who makes or flies it; "46 degrees Celsius", a unit.
    if (/^\s+\d/.test(after) || words.some((w) => /\d/.test(w)) || /\bdegrees\s+$/.test(before)) continue;
    // "KazCaspian Shipping" for "… that built the KazCaspian ferries?": the question's own name.
    if (lower.some((w) => w.length > 3 && !isEnglishWord(w) && !COUNTRY_WORDS.has(w) && askedWord(w, askedWords))) continue;
    // "the Zhana Bastau centre" for "… built the rehabilitation centre?", "the \"Steppe Bridge\" scholarships": the name of the thing asked about.
    const next = /^["”]?\s+(\p{Ll}[\p{L}-]+)/u.exec(after)?.[1];
    if (next && /\bthe\s+["“]?$/i.test(before) && askedWord(next, askedWords)) continue;
    // "Swedish steel technology company Nordvik Green Steel" for "Which Finnish company …?".
    // Only the first of two names joined by "and" is of that country ("the Kazakh exporter QazAstyq Trade and Molinos Occidente").
    const of = NATIONALITY_BEFORE_RE.exec(before);
    const country = of?.[1]?.toLowerCase();
    if (wanted && country && COUNTRY_WORDS.has(country) && countryTermOf(country) !== wanted && !/\sand\s/.test(m) && of![2]!.split(/\s+/).every((w) => !STOP_WORDS.has(w) || w === 'own')) continue;
    const own = lower.filter((w) => w.length > 1 && !STOP_WORDS.has(w) && !w.split('-').every((p) => COUNTRY_WORDS.has(p)) && !COMPASS_WORDS.has(w) && !CALENDAR_WORD_RE.test(w) && !NAME_ADJECTIVE_RE.test(w) && !askedWord(w, askedWords));
    if (own.length === 0) continue;
    // "Deliveries of server equipment …", "Opposition activists …": an ordinary word opening a sentence.
    const opens = /^\W*$/.test(before) || /[.!?]["”]?\s+["“]?$/.test(before);
    if (opens && words.length === 1 && isEnglishWord(words[0]!)) continue;
    return true;
  }
  return false;
}
