import { stemmer } from 'stemmer';
import SearchableMap from 'minisearch/SearchableMap';
import { STOP_WORDS } from './stopwords.ts';
import { WORD_FORMS } from './normalize.ts';
import { CAPITALS, RELATED_WORDS } from './related.ts';
import { DERIVATIONS } from './derivations.ts';

/** Built-in name variants; curators add more in `knowledge/aliases.yml`. */
export const DEFAULT_ALIASES: string[][] = [
  ['UN', 'United Nations'],
  ['USA', 'United States', 'U.S.', 'US', 'America'],
];

/** Longest alias phrase, in words, that is looked for. */
const MAX_PHRASE = 6;
const WORD_RE = /\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu;

/** Fold case-insensitive text: diacritics, typographic quotes and dashes. */
export function fold(text: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(text)) return text.replace(/[`"]/g, (c) => (c === '`' ? "'" : ' '));
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’‘‛`´]/g, "'")
    .replace(/[“”«»„"]/g, ' ')
    .replace(/[‐‑‒–—―−]/g, '-');
}

/** A raw word of the text with whether it was written in capitals (for "US" vs "us"). */
interface RawWord {
  word: string;
  upper: boolean;
  /** Written with a capital first letter. */
  capital: boolean;
}

/** Prefixes that a hyphen joins to a name ("Trans-Caspian", "Pan-African"): capitalised, but no name themselves. */
const PREFIXES = new Set('trans pan anti pro post pre non sub inter intra multi cross ex co neo mid'.split(' '));

/** Split text into lower-cased raw words (before stemming). */
export function rawWords(text: string): RawWord[] {
  const folded = fold(text);
  const dotted = folded.includes('.') ? folded.replace(/\b((?:\p{L}\.){2,})/gu, (m) => m.replace(/\./g, '')) : folded;
  const out: RawWord[] = [];
  WORD_RE.lastIndex = 0;
  for (let match = WORD_RE.exec(dotted); match; match = WORD_RE.exec(dotted)) {
    let word = match[0];
    const first = word.charCodeAt(0);
    if (first >= 48 && first <= 57) {
      if (word.includes(',')) word = word.replace(/,(?=\d{3}\b)/g, '');
      out.push({ word, upper: false, capital: false });
      continue;
    }
    if (word.includes("'")) word = word.replace(/'s$|'$/i, '');
    const lower = word.toLowerCase();
    const upperCase = word.toUpperCase();
    out.push({ word: lower, upper: word.length > 1 && word === upperCase, capital: word.charAt(0) !== lower.charAt(0) });
  }
  return out;
}

/** "criticised", "organiser": -ise and its endings, which a few words keep in American English too ({@link ISE_WORDS}). */
const ISE_RULE: [RegExp, string, number] = [/is(ed|ing|es|e|er|ers)$/, 'iz$1', 8];

/** British spellings written the American way, which every word of the index and of questions goes through. */
const SPELLINGS: [RegExp, string, number][] = [
  // "criticised", "organisation", "fertiliser": -ise, -isation, -iser (long words only: "rise", "wise", "noise").
  [/isation(s?)$/, 'ization$1', 8],
  ISE_RULE,
  [/ys(ed|ing|es|e)$/, 'yz$1', 7],
  // "harbour", "labour", "neighbouring" (not "four", "hour", "tour").
  [/our(s|ed|ing|ed|able|ite|ites)?$/, 'or$1', 6],
  // "centre", "kilometres", "fibre".
  [/tre(s|d)?$/, 'ter$1', 5],
  // "dialogue", "catalogue".
  [/ogue(s?)$/, 'og$1', 7],
  [/^sulph/, 'sulf', 6],
  [/^(defen|offen|licen|preten)ce(s?)$/, '$1se$2', 6],
  [/^programme(s?)$/, 'program$1', 7],
  [/^fibre(s?)$/, 'fiber$1', 5],
];

/** Words spelt with -ise in American English too ("promised", "revising"), by their stem before the ending. */
const ISE_WORDS = new Set(
  'promis revis supervis advis advertis compromis exercis enterpris surpris premis devis improvis televis compris franchis merchandis expertis demis despis disguis excis incis chastis apprais rais prais cruis bruis precis concis otherwis paradis treatis'.split(' '),
);

/** A word spelt the American way ("fertiliser" → "fertilizer", "sulphur" → "sulfur"; "promised" stays). */
export function americanSpelling(word: string): string {
  let out = word;
  for (const rule of SPELLINGS) {
    const [re, to, min] = rule;
    if (out.length < min) continue;
    if (rule === ISE_RULE && ISE_WORDS.has(out.replace(re, 'is'))) continue;
    out = out.replace(re, to);
  }
  return out;
}

let derivedTermsOf: Map<string, string[]> | null = null;

/** Each term's derived terms, from {@link DERIVATIONS}: the same for every analyzer, built once on first use. */
function derivedTermMap(): Map<string, string[]> {
  if (derivedTermsOf) return derivedTermsOf;
  derivedTermsOf = new Map();
  for (const [a, b] of DERIVATIONS) {
    const [ta, tb] = [termOf(a), termOf(b)];
    if (!ta || !tb || ta === tb) continue;
    for (const [x, y] of [[ta, tb], [tb, ta]] as const) {
      const list = derivedTermsOf.get(x) ?? [];
      if (!list.includes(y)) list.push(y);
      derivedTermsOf.set(x, list);
    }
  }
  return derivedTermsOf;
}

/** "Westwards", "northward": the direction itself. */
const COMPASS_WARD_RE = /^(north|south|east|west)wards?$/;

/** Turn one lower-cased word into its index term, or null for a stop word or noise. */
export function termOf(word: string): string | null {
  if (/^\p{N}/u.test(word)) return word;
  if (STOP_WORDS.has(word) || word.length < 2) return null;
  const bare = americanSpelling(word.replace(/'/g, '')).replace(COMPASS_WARD_RE, '$1');
  const form = WORD_FORMS[bare] ?? bare;
  if (STOP_WORDS.has(form)) return null;
  return stemmer(form);
}

interface AliasPhrase {
  words: string[];
  canonical: string;
  /** For an acronym: the terms of its spelled-out form, so "CSTO" also finds "organization". */
  expansion: string[];
  /** All-capital variants that are also ordinary words ("US") match only when written in capitals. */
  caseSensitive: boolean;
}

/**
 * The one tokenizer of Elshi: used to index passages and to read questions, so both sides
 * always agree. Lower-cases, folds quotes, dashes and diacritics, drops English stop words,
 * maps irregular forms and demonyms, stems, and adds the canonical term of every alias
 * phrase it sees (so "UN" meets "United Nations" and "Tokaev" meets "Tokayev").
 */
export class Analyzer {
  private readonly phrases = new Map<string, AliasPhrase[]>();
  private readonly related = new Map<string, Set<string>>();
  private readonly capitalCities = new Set<string>();
  /** Spellings of words mapped to others before stemming, built on first use. */
  private mappedWords: SearchableMap<string> | null = null;
  private readonly capitals = new Map<string, Set<string>>();
  /** Terms of words already seen: stemming each word once keeps indexing a million sentences fast. */
  private readonly termCache = new Map<string, string | null>();

  constructor(aliasGroups: string[][] = []) {
    for (const group of [...DEFAULT_ALIASES, ...aliasGroups]) {
      const first = group[0];
      if (!first) continue;
      const canonical = `~${rawWords(first).map((w) => w.word).join('')}`;
      const longest = [...group].sort((a, b) => rawWords(b).length - rawWords(a).length)[0] ?? first;
      const spelled = rawWords(longest).length > 1 ? rawWords(longest).map((w) => termOf(w.word)).filter((t): t is string => t !== null) : [];
      for (const variant of group) {
        const words = rawWords(variant).map((w) => w.word);
        if (words.length === 0) continue;
        const acronym = words.length === 1 && /^\p{Lu}{2,6}$/u.test(variant.replace(/\./g, ''));
        const caseSensitive = acronym && STOP_WORDS.has(words[0]!);
        const key = words[0]!;
        const list = this.phrases.get(key) ?? [];
        list.push({ words, canonical, caseSensitive, expansion: acronym ? spelled : [] });
        list.sort((a, b) => b.words.length - a.words.length);
        this.phrases.set(key, list);
      }
    }
    for (const [city] of CAPITALS) for (const t of this.terms(city!, undefined, true)) this.capitalCities.add(t);
    for (const [groups, map] of [[RELATED_WORDS, this.related], [CAPITALS, this.capitals]] as const) {
      for (const group of groups) {
        const terms = [...new Set(group.flatMap((w) => this.terms(w, undefined, true)))];
        for (const t of terms) {
          const set = map.get(t) ?? new Set<string>();
          for (const u of terms) if (u !== t) set.add(u);
          map.set(t, set);
        }
      }
    }
  }

  /**
   * Terms of words the index never stores as written, because they are mapped to another
   * word first ("japanese" → japan, "brought" → bring) or to their alias group ("astana" →
   * ~astana), within `distance` edits of a
   * misspelt term ("japaness" → japan): the index's own spelling lookup cannot find them.
   */
  misspeltMappedWord(term: string, distance: number): string[] {
    if (!this.mappedWords) {
      this.mappedWords = new SearchableMap<string>();
      for (const [word, form] of Object.entries(WORD_FORMS)) {
        const mapped = termOf(form);
        if (word.length >= 5 && mapped) this.mappedWords.set(stemmer(word), mapped);
      }
      // "Astna": a one-word name the index stores under its alias group ("Astana" → ~astana).
      for (const list of this.phrases.values()) {
        for (const p of list) if (p.words.length === 1 && p.words[0]!.length >= 5 && !p.caseSensitive) this.mappedWords.set(stemmer(p.words[0]!), p.canonical);
      }
    }
    return [...new Set([...this.mappedWords.fuzzyGet(term, distance).values()].map(([mapped]) => mapped))];
  }

  /** Whether a term is a capital city (which news uses for its country: "Astana sent aid"). */
  isCapital(term: string): boolean {
    return this.capitalCities.has(term);
  }

  /** The country a capital stands for, or the capital of a country ("moscow" ↔ "russia"). */
  capitalTerms(term: string): string[] {
    return [...(this.capitals.get(term) ?? [])];
  }

  /** Whether a single word belongs to an alias group ("CSTO", "Tokaev"), as written. */
  isAlias(word: string): boolean {
    const key = rawWords(word)[0]?.word;
    return key !== undefined && (this.phrases.get(key) ?? []).some((p) => p.words.length === 1);
  }

  /** Terms of words derived from a term's word or it from them ("signature" → sign, "papal" → pope). */
  derivedTerms(term: string): readonly string[] {
    return derivedTermMap().get(term) ?? [];
  }

  /** Terms related to a term (other words for the same thing), for widening a question. */
  relatedTerms(term: string): string[] {
    return [...(this.related.get(term) ?? [])];
  }

  /**
   * Analyse a question: its distinct terms, each marked when the word was written as a
   * name (capitalised after the first word, or in capitals) — names the archive does not
   * know weigh heavily against answering.
   */
  questionTerms(text: string): { term: string; name: boolean }[] {
    const names = new Set<string>();
    rawWords(text).forEach((w, i) => {
      if (((i > 0 && w.capital) || w.upper) && !PREFIXES.has(w.word)) for (const t of this.terms(w.word)) names.add(t);
    });
    // A name with variants counts once: its canonical term, which the index adds wherever
    // any variant is written (so "OSCE" is one concept, not five words).
    return [...new Set(this.terms(text, undefined, true))].map((term) => ({ term, name: term.startsWith('~') || names.has(term) }));
  }

  /** Analyse text into index terms, in order, repeats kept. */
  terms(text: string, capitals?: (boolean | null)[], canonicalOnly = false): string[] {
    const words = rawWords(text);
    const out: string[] = [];
    // With `capitals`, note beside each term whether it was written as a name (capitalised
    // after the first word); the index learns from this which terms are proper names. The
    // first word says nothing either way ("China was represented …"): null.
    const mark = (capital: boolean | null, n = 1): void => {
      if (capitals) for (let k = 0; k < n; k++) capitals.push(capital);
    };
    for (let i = 0; i < words.length; i++) {
      const current = words[i]!;
      const candidates = this.phrases.get(current.word);
      const phrase = candidates?.find(
        (p) =>
          p.words.length <= MAX_PHRASE &&
          p.words.every((w, k) => words[i + k]?.word === w) &&
          (!p.caseSensitive || current.upper),
      );
      if (phrase && canonicalOnly) {
        out.push(phrase.canonical);
        i += phrase.words.length - 1;
        continue;
      }
      if (phrase) {
        out.push(phrase.canonical, ...phrase.expansion);
        mark(true);
        mark(false, phrase.expansion.length);
        if (phrase.words.length === 1) continue;
        for (let k = 0; k < phrase.words.length; k++) {
          const term = termOf(words[i + k]!.word);
          if (term) {
            out.push(term);
            mark(words[i + k]!.capital);
          }
        }
        i += phrase.words.length - 1;
        continue;
      }
      const term = this.termOf(current.word);
      // "American" is mapped to "usa", which an alias names: the alias's term meets "U.S." and "United States".
      const alias = term && term !== current.word ? this.phrases.get(term)?.find((p) => p.words.length === 1 && p.words[0] === term && !p.caseSensitive) : undefined;
      if (alias) {
        out.push(alias.canonical);
        mark(true);
      } else if (term) {
        out.push(term);
        mark(i > 0 ? current.capital : null);
      }
    }
    return out;
  }

  /** The words of a text, lower-cased and in order, each with its index term (null for a stop word). */
  wordTerms(text: string): { words: string[]; terms: (string | null)[] } {
    const words = rawWords(text).map((w) => w.word);
    return { words, terms: words.map((w) => this.termOf(w)) };
  }

  private termOf(word: string): string | null {
    let term = this.termCache.get(word);
    if (term === undefined) {
      term = termOf(word);
      if (this.termCache.size < 1_000_000) this.termCache.set(word, term);
    }
    return term;
  }

  /** Analyse text into distinct terms. */
  uniqueTerms(text: string): string[] {
    return [...new Set(this.terms(text))];
  }
}
