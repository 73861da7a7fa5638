import { stemmer } from 'stemmer';
import { STOP_WORDS } from './stopwords.ts';
import { WORD_FORMS } from './normalize.ts';

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
}

/** Split text into lower-cased raw words (before stemming). */
export function rawWords(text: string): RawWord[] {
  const folded = fold(text).replace(/\b((?:\p{L}\.){2,})/gu, (m) => m.replace(/\./g, ''));
  const out: RawWord[] = [];
  for (const match of folded.matchAll(WORD_RE)) {
    let word = match[0];
    if (/^\p{N}/u.test(word)) {
      word = word.replace(/,(?=\d{3}\b)/g, '');
      out.push({ word, upper: false });
      continue;
    }
    word = word.replace(/'s$|'$/i, '');
    out.push({ word: word.toLowerCase(), upper: word.length > 1 && word === word.toUpperCase() });
  }
  return out;
}

/** Turn one lower-cased word into its index term, or null for a stop word or noise. */
export function termOf(word: string): string | null {
  if (/^\p{N}/u.test(word)) return word;
  if (STOP_WORDS.has(word) || word.length < 2) return null;
  const form = WORD_FORMS[word.replace(/'/g, '')] ?? word.replace(/'/g, '');
  if (STOP_WORDS.has(form)) return null;
  return stemmer(form);
}

interface AliasPhrase {
  words: string[];
  canonical: string;
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

  constructor(aliasGroups: string[][] = []) {
    for (const group of [...DEFAULT_ALIASES, ...aliasGroups]) {
      const first = group[0];
      if (!first) continue;
      const canonical = `~${rawWords(first).map((w) => w.word).join('')}`;
      for (const variant of group) {
        const words = rawWords(variant).map((w) => w.word);
        if (words.length === 0) continue;
        const caseSensitive = variant === variant.toUpperCase() && words.length === 1 && STOP_WORDS.has(words[0]!);
        const key = words[0]!;
        const list = this.phrases.get(key) ?? [];
        list.push({ words, canonical, caseSensitive });
        list.sort((a, b) => b.words.length - a.words.length);
        this.phrases.set(key, list);
      }
    }
  }

  /** Analyse text into index terms, in order, repeats kept. */
  terms(text: string): string[] {
    const words = rawWords(text);
    const out: string[] = [];
    for (let i = 0; i < words.length; i++) {
      const current = words[i]!;
      const candidates = this.phrases.get(current.word);
      const phrase = candidates?.find(
        (p) =>
          p.words.length <= MAX_PHRASE &&
          p.words.every((w, k) => words[i + k]?.word === w) &&
          (!p.caseSensitive || current.upper),
      );
      if (phrase) {
        out.push(phrase.canonical);
        if (phrase.words.length === 1) continue;
      }
      const term = termOf(current.word);
      if (term) out.push(term);
    }
    return out;
  }

  /** Analyse text into distinct terms. */
  uniqueTerms(text: string): string[] {
    return [...new Set(this.terms(text))];
  }
}
