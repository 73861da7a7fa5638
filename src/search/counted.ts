/**
 * What the figures of a sentence count: "Nine plants are now approved" counts plants, "about
 * 30 Serbian engineers" engineers, while "It reached 1,150 last year" or "raise that figure to
 * 3,000 a year" count nothing of their own: they count what the sentence before names.
 */
import { termOf } from './analyzer.ts';
import { CURRENCIES } from './carriers.ts';
import { COUNTRY_WORDS } from './normalize.ts';
import { KINDS_OF_PEOPLE } from './related.ts';
import { countryTermOf, HOW_MANY_RE, MONTH_RE } from './question.ts';

/**
 * A figure: digits, or a number word (not "one", which mostly says "one of"), as news spells
 * out a figure that opens a sentence: "Eighteen of them …", "Fifty-eight nurses left …".
 */
const FIGURE_RE = /^(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|hundreds|thousands|dozens)$/i;
/** Words that scale a figure ("1.5 million"). */
const SCALE_RE = /^(?:hundred|thousand|million|billion|trillion|dozen)$/i;
/** Words between a figure and the noun it counts: "about 30 more Serbian engineers". */
const MODIFIER_MAX = 3;
/** Words that end a figure's phrase before any noun: "to 3,000 a year", "1,150 last year", "40 in 2024". */
const PHRASE_END_RE = /^(?:a|an|the|per|each|every|to|in|on|at|by|from|for|with|than|last|this|next|and|or|of|as|is|was|were|are|had|have|has|will|would|could|so|since|until|up|over|under|out)$/i;
/** A year alone, or a day beside its month: not a count. */
const YEAR_RE = /^(?:19|20)\d{2}$/;
const MONTH_WORD_RE = new RegExp(`^${MONTH_RE}\\.?$`, 'i');
/** A sum of money or a share, which counts no things: "$60 million", "7 percent". */
const MONEY_OR_SHARE_RE = new RegExp(`^[$€£¥]|%$|^(?:percent|per|${CURRENCIES})$`, 'i');
/** A plural noun: "plants", "engineers", "veterinarians" (not "its", "this", "across"). */
const PLURAL_NOUN_RE = /^\p{Ll}[\p{Ll}-]{2,}s$|^(?:people|children|men|women|staff|personnel|cattle|sheep|police|livestock)$/u;
const NOT_PLURAL_RE = /^(?:its|this|his|hers|ours|yours|theirs|across|less|unless|plus|thus|whereas|always|perhaps|sometimes|various|previous|serious|famous|numerous|nervous|enormous|business|process|access|progress|congress|address|success|status|bonus|campus|census|canvas|gas|bus|was|has|is|does|goes|as|us|yes)$/i;

/**
 * For each counting figure of a text, the word it counts, in lower case ("plants" for "Nine
 * plants are approved", "kilometres" for "171 kilometres of the line"), or null when it counts
 * nothing of its own ("It reached 1,150 last year"). A range counts what its second figure
 * counts ("from 300 to 360 blades"). Years, days of a month, sums and shares are left out.
 */
export function figureCounts(text: string): (string | null)[] {
  return countedPhrases(text).map((c) => c.noun);
}

/** A figure's counted noun (null when none) and the words between them ("Serbian" of "30 Serbian engineers"). */
export interface CountedPhrase {
  noun: string | null;
  modifiers: string[];
}

/** What each counting figure of a text counts, with the words said of it (see {@link figureCounts}). */
export function countedPhrases(text: string): CountedPhrase[] {
  const tokens = [...text.matchAll(/[$€£¥]?\d(?:[\d,.]*\d)?%?|\p{L}[\p{L}'’-]*|\S/gu)].map((m) => m[0]);
  const out: CountedPhrase[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!;
    if (!FIGURE_RE.test(word) || YEAR_RE.test(word) || (i > 0 && MONTH_WORD_RE.test(tokens[i - 1]!))) continue;
    // "from 7 June": a day before its month, as British writing puts it.
    if (/^\d{1,2}$/.test(word) && MONTH_WORD_RE.test(tokens[i + 1] ?? '')) continue;
    let j = i + 1;
    while (j < tokens.length && SCALE_RE.test(tokens[j]!)) j++;
    if (j < tokens.length && MONEY_OR_SHARE_RE.test(tokens[j]!)) continue;
    if (i > 0 && /^[$€£¥]$/.test(tokens[i - 1]!)) continue;
    // "a 203-kilometre line", "the 22-year-old": a figure that describes, not one that counts.
    if (tokens[i + 1] === '-') continue;
    let noun: string | null = null;
    let at = j;
    let range = false;
    for (let k = j; k < tokens.length && k <= j + MODIFIER_MAX; k++) {
      const t = tokens[k]!;
      if (!/^\p{L}/u.test(t)) break;
      if (PHRASE_END_RE.test(t)) {
        // "from 300 to 360 blades", "between 24 and 35": a range counts what its second figure counts.
        const next = /^(?:about|around|nearly|almost|some)$/i.test(tokens[k + 1] ?? '') ? tokens[k + 2] : tokens[k + 1];
        range = /^(?:to|and|or)$/i.test(t) && FIGURE_RE.test(next ?? '');
        break;
      }
      if (PLURAL_NOUN_RE.test(t) && !NOT_PLURAL_RE.test(t)) {
        noun = t.toLowerCase();
        at = k;
        break;
      }
    }
    if (!range) out.push({ noun, modifiers: tokens.slice(j, at).map((t) => t.toLowerCase()) });
  }
  return out;
}

/**
 * Plural nouns for people by their trade, which a report may name in other words than a
 * question ("30 Serbian engineers and pharmacists" for "How many Serbian specialists …", "six
 * instructors" for "trainers"): trades, and nouns of a trade by their ending ("pharmacists",
 * "veterinarians"). People by what they are doing or where from ("students", "tourists",
 * "citizens", "troops") or of a country ("Brazilians") are not one another.
 */
const TRADE_RE = /^(?:engineers|doctors|physicians|nurses|teachers|lecturers|instructors|trainers|coaches|experts|inspectors|vets|pilots|drivers|builders|researchers|technicians|(?!(?:tour|civil|christ|muslim)\p{Ll}+$)\p{Ll}{3,}(?:ists|ians))$/u;

/** Whether a plural noun names people by their trade ("engineers", "veterinarians", "specialists"). */
export function namesTrade(noun: string): boolean {
  const lower = noun.toLowerCase();
  // "Indians", "Brazilians": people of a country, not of a trade.
  return TRADE_RE.test(lower) && !COUNTRY_WORDS.has(lower.replace(/s$/, ''));
}

/**
 * Whether every figure of a sentence counts nothing of its own ("It reached 1,150 last
 * year", "raise that figure to 3,000 a year"): the figures then count what the sentence
 * before names.
 */
export function countsNothingOfItsOwn(text: string): boolean {
  const counts = figureCounts(text);
  return counts.length > 0 && counts.every((noun) => noun === null);
}

/**
 * Whether a figure of a sentence counts people by their trade, of the country a "how many"
 * question counts or of none ("40 Kazakh veterinarians" for "How many Kazakh vets …", not
 * "20 Russian engineers" for "How many Kazakh specialists …").
 */
export function countsTradeAsked(text: string, question: string): boolean {
  const phrase = HOW_MANY_RE.exec(question)?.[1] ?? '';
  const asked = phrase.toLowerCase().split(/[^\p{L}]+/u).filter((w) => COUNTRY_WORDS.has(w)).map((w) => countryTermOf(w));
  return countedPhrases(text).some(({ noun, modifiers }) => noun !== null && namesTrade(noun) && modifiers.every((w) => !COUNTRY_WORDS.has(w) || asked.includes(countryTermOf(w))));
}

/** Nouns for people of any kind, which may count the kind asked about: "3,000 young people study …", "163,000 South Korean citizens visited …". */
const GENERIC_PEOPLE_RE = /^(?:people|persons|individuals|participants|citizens|nationals|residents)$/;

/**
 * Whether a sentence names the thing a "how many" question counts, yet its figures count only
 * other things: "20 scholarships a year to Kazakh students" for "How many Kazakh students …",
 * "about 18,000 pupils" in "pilot schools" for "How many pilot schools …". Where the
 * thing is not named in the question's own word, a figure may count it in other words ("four
 * new vessels" for "How many ships …"), and a figure counts what names its noun ("120 automated
 * gauging stations" counts gauges).
 */
export function countsOtherThings(text: string, counted: string): boolean {
  const asked = termOf(counted.toLowerCase());
  if (asked === null) return false;
  const words = text.toLowerCase().split(/[^\p{L}\d-]+/u);
  const kind = KINDS_OF_PEOPLE.find((g) => g.includes(counted.toLowerCase())) ?? [];
  // People of a kind are counted under the nouns of their kind, never under a verb: "150 farmers … studying" counts no students.
  if (kind.length === 0 && !words.some((w) => termOf(w) === asked)) return false;
  const phrases = countedPhrases(text);
  // "120 automated gauging stations" counts the gauges asked about under another noun.
  const countsAsked = ({ noun, modifiers }: CountedPhrase): boolean =>
    noun === null || GENERIC_PEOPLE_RE.test(noun) || termOf(noun) === asked || kind.includes(noun) || (namesTrade(noun) && namesTrade(counted)) || modifiers.some((m) => termOf(m) === asked);
  return phrases.length > 0 && !phrases.some(countsAsked);
}

/**
 * Words said of a counted thing that tell no kind of it: "new", "more", "foreign", a
 * direction ("South Korean"). "Border" in "border pillars" tells one; "new" in "new
 * companies" does not.
 */
const NO_KIND_RE = /^(?:new|more|other|additional|extra|further|total|foreign|local|young|old|big|small|large|major|first|last|next|annual|yearly|monthly|weekly|daily|north|south|east|west|northern|southern|eastern|western|central)$/i;

/**
 * Whether a figure of a sentence counts the thing a "how many" question asks about under
 * another noun, told by a word said of it in the question: "1,412 border markers" for "How
 * many border pillars …", "60 residency places" for "How many residency spots …", "1,140 dead
 * Caspian seals" for "How many seal carcasses …". A country's name tells no kind ("30 Kazakh
 * students" are not the "Kazakh doctors" asked about).
 */
export function countsKindAsked(text: string, question: string, counted: string): boolean {
  const phrase = HOW_MANY_RE.exec(question)?.[1] ?? '';
  const countedTerm = termOf(counted.toLowerCase());
  const kinds = new Set(
    phrase.toLowerCase().split(/[^\p{L}]+/u)
      .filter((w) => w !== '' && !COUNTRY_WORDS.has(w) && !NO_KIND_RE.test(w))
      .map((w) => termOf(w))
      .filter((t): t is string => t !== null && t !== countedTerm),
  );
  if (kinds.size === 0) return false;
  return countedPhrases(text).some(({ noun, modifiers }) =>
    noun !== null && [...modifiers, noun].flatMap((w) => w.split('-')).some((w) => !COUNTRY_WORDS.has(w) && kinds.has(termOf(w) ?? '')));
}
