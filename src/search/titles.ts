import type { Analyzer } from './analyzer.ts';
import { isEverydayWord } from './commonness.ts';
import { COUNTRY_WORDS as PLACES } from './normalize.ts';

/** Offices that name a person: "President", "Foreign Minister", "Ambassador", "Patriarch" … */
const OFFICES = new Set(
  `president minister ambassador patriarch spokesperson spokesman spokeswoman counterpart chancellor king queen
  emir sultan pope premier secretary-general commissioner envoy governor mayor chairman leader`.split(/\s+/),
);
/** A quick test for text that may name an office at all. */
export const OFFICE_HINT = /resident|inister|mbassador|atriarch|pokes|ounterpart|hancellor|ing\b|ueen|mir\b|ultan|ope\b|remier|ecretary|ommissioner|nvoy|overnor|ayor|hairman|eader/;

/** Words that may stand beside an office: "Foreign", "Prime", "Deputy", "Ministry" … */
const OFFICE_WORDS = new Set(`foreign prime deputy vice general ministry state chief special`.split(/\s+/));

const WORD_RE = /[\p{L}][\p{L}'’-]*|[,.;:!?()"“”«»]/gu;
const COUNTERPART = 'counterpart';
const capitalised = (w: string): boolean => /^\p{Lu}/u.test(w);
const bare = (w: string): string => w.toLowerCase().replace(/['’]s$/, '');

/** A person as a document introduces them: the terms of the name and of the office. */
export interface TitledPerson {
  /** Analyser terms of the name ("~tokayev", "kassym", "jomart" …). */
  name: string[];
  /** The name's last term, which later sentences use alone ("Maduro"). */
  surname: string;
  /** Analyser terms of the office and country ("venezuela", "presid"). */
  office: string[];
}

/**
 * Find people named with their office in a text: "Russian President Vladimir Putin",
 * "his Kazakh counterpart, Erzhan Kazykhanov", "President Kassym-Jomart Tokayev of
 * Kazakhstan", "Patriarch Kirill".
 */
export function titledPeople(text: string, analyzer: Analyzer): TitledPerson[] {
  const words = text.match(WORD_RE) ?? [];
  const out: TitledPerson[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!capitalised(words[i]!)) continue;
    let j = i;
    while (j < words.length && capitalised(words[j]!)) j++;
    const run = words.slice(i, j);
    // Words before the capitalised run that describe it: "Russian Foreign Ministry spokesperson", "Kazakh counterpart,".
    const office: string[] = [];
    let k = i - 1;
    if (words[k] === ',' && OFFICES.has(bare(words[k - 1] ?? ''))) k--;
    // "Uzbekistan's Minister of Energy, Jamshid Rakhimov": a one-word portfolio after "of" (longer ones,
    // "of Supply and Internal Trade", lend a sentence naming the person words of other topics).
    else if (words[k] === ',' && capitalised(words[k - 1] ?? '') && words[k - 2] === 'of' && OFFICES.has(bare(words[k - 3] ?? ''))) {
      office.unshift(words[k - 1]!);
      k -= 3;
    }
    for (let n = 0; n < 3 && k >= 0; n++, k--) {
      const w = bare(words[k]!);
      if (OFFICES.has(w) || OFFICE_WORDS.has(w) || PLACES.has(w)) office.unshift(words[k]!);
      else break;
    }
    let start = 0;
    while (start < run.length - 1) {
      const w = bare(run[start]!);
      if (OFFICES.has(w) || OFFICE_WORDS.has(w) || PLACES.has(w)) office.push(run[start]!);
      else if (!isEverydayWord(w)) break;
      start++;
    }
    const name = run.slice(start);
    const last = bare(name[name.length - 1] ?? '');
    i = j - 1;
    if (!office.some((w) => OFFICES.has(bare(w))) || name.length === 0 || name.length > 3) continue;
    if (isEverydayWord(last) || PLACES.has(last) || OFFICE_WORDS.has(last)) continue;
    // "President Kassym-Jomart Tokayev of Kazakhstan"
    if (words[j] === 'of' && words[j + 1] && PLACES.has(bare(words[j + 1]!))) office.push(words[j + 1]!);
    const nameTerms = analyzer.terms(name.join(' '));
    const surname = analyzer.terms(name[name.length - 1]!).at(-1);
    if (!surname || nameTerms.length === 0) continue;
    out.push({ name: [...new Set(nameTerms)], surname, office: [...new Set(analyzer.terms(office.join(' ')))] });
  }
  return out;
}

/**
 * Terms a sentence stands for beyond its own words, given the people its document
 * introduced: the office of a person it names ("Maduro" → venezuela, presid), and the
 * person an office names ("the Kazakh president" → ~tokayev) when only one fits.
 */
export function impliedTerms(terms: string[], people: TitledPerson[]): string[] {
  if (people.length === 0) return [];
  const own = new Set(terms);
  const out = new Set<string>();
  for (const person of people) {
    if (own.has(person.surname)) for (const t of person.office) if (!own.has(t)) out.add(t);
  }
  // An office written without a name: a country and an office term side by side.
  for (let k = 0; k + 1 < terms.length; k++) {
    const pair = [terms[k]!, terms[k + 1]!];
    // "his Russian counterpart" is whoever holds an office of that country.
    const fits = people.filter(
      (p) => !own.has(p.surname) && p.office.length >= 2 && p.office.includes(pair[0]!) && (p.office.includes(pair[1]!) || pair[1] === COUNTERPART),
    );
    const names = new Set(fits.map((p) => p.surname));
    if (names.size === 1) for (const t of fits[0]!.name) if (!own.has(t)) out.add(t);
  }
  return [...out];
}

/** A sentence whose speaker or subject is a pronoun: "…," he said; "She added …"; "according to him". */
export const SPEAKER_RE =
  /(?:^|[,”"’]\s*)(?:he|she)\s+(?:said|says|added|noted|told|stressed|recalled|warned|explained|insisted|argued|underlined|emphasi[sz]ed|pointed|called|urged|announced|promised)\b|^(?:he|she|his|her)\b|\baccording to (?:him|her)\b/i;

/** Of the people a document introduced, the one a sentence (as terms) names last; null when it names none. */
export function lastNamed(terms: string[], people: TitledPerson[]): TitledPerson | null {
  let at = -1;
  let last: TitledPerson | null = null;
  for (const person of people) {
    const k = terms.lastIndexOf(person.surname);
    if (k > at) {
      at = k;
      last = person;
    }
  }
  return last;
}

/** The terms of the countries a text names, or whose people it names ("Kazakhstan and Kenya …", "Japanese"). */
export function countriesOf(text: string, analyzer: Analyzer): string[] {
  const words = text.split(/[^\p{L}'’-]+/u).map((w) => w.toLowerCase().replace(/['’]s$/, ''));
  return [...new Set(words.filter((w) => PLACES.has(w)).flatMap((w) => analyzer.terms(w)))];
}
