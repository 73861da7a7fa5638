/**
 * Sentence segmentation that survives abbreviations, initials and quotations.
 *
 * `Intl.Segmenter` splits after every period followed by a capital, which breaks
 * "St. Petersburg", "U.S. President", "V. Putin" and "No. 5". This splitter only cuts
 * where a terminator is followed by a space and the start of a new sentence, and never
 * after a known abbreviation, a single initial or a dotted acronym.
 */

/** Abbreviations after which a period does not end a sentence (compared case-insensitively). */
const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sr', 'jr', 'gen', 'col', 'lt', 'capt', 'sgt', 'maj',
    'adm', 'gov', 'sen', 'rep', 'rev', 'hon', 'pres', 'amb', 'messrs', 'mme', 'mlle', 'vol', 'art',
    'fig', 'pp', 'vs', 'e.g', 'i.e', 'approx', 'inc', 'ltd', 'co', 'corp', 'jan', 'feb', 'mar',
    'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'ave', 'blvd',
    'cf', 'al', 'dept', 'est', 'min', 'max', 'govt', 'ch', 'sq', 'km',
  ],
);
/** Abbreviations that are only abbreviations before a number ("No. 5", "Art. 12"). */
const NUMBER_ABBREVIATIONS = new Set(['no', 'nos', 'p', 'art', 'para']);

const OPEN_QUOTES = '“«„';
const CLOSE_QUOTES = '”»';
/** Longest passage, in characters, that a quotation spanning sentences is kept together up to. */
const MAX_QUOTE_GROUP = 600;

const BOUNDARY = /([.!?…]+)(["'”’»)\]]*)(\s+)(?=(\S))/g;

function isSentenceStart(ch: string): boolean {
  return /[\p{Lu}\p{Lt}\p{N}"'“«„‘([]/u.test(ch);
}

function endsWithAbbreviation(before: string, terminator: string, next: string): boolean {
  if (terminator !== '.') return false;
  const word = /(\S+)$/.exec(before)?.[1] ?? '';
  const bare = word.replace(/^["'“«„‘([]+/, '');
  if (bare === '') return false;
  const lower = bare.toLowerCase();
  if (ABBREVIATIONS.has(lower)) return true;
  if (NUMBER_ABBREVIATIONS.has(lower) && /\d/.test(next)) return true;
  if (/^\p{Lu}$/u.test(bare)) return true; // an initial: "V. Putin"
  if (/^(?:\p{L}\.)+\p{L}$/u.test(bare)) return true; // a dotted acronym: "U.S. President"
  return false;
}

/** Split a paragraph into sentences without regard to quotations. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of text.matchAll(BOUNDARY)) {
    const index = match.index ?? 0;
    const next = match[4] ?? '';
    if (!isSentenceStart(next)) continue;
    if (endsWithAbbreviation(text.slice(start, index), match[1] ?? '', next)) continue;
    const end = index + (match[1]?.length ?? 0) + (match[2]?.length ?? 0);
    const sentence = text.slice(start, end).trim();
    if (sentence) sentences.push(sentence);
    start = end + (match[3]?.length ?? 0);
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}

/** Net quotation depth a piece of text opens (positive) or closes (negative). */
function quoteBalance(text: string): number {
  let balance = 0;
  let straight = 0;
  for (const ch of text) {
    if (OPEN_QUOTES.includes(ch)) balance += 1;
    else if (CLOSE_QUOTES.includes(ch)) balance -= 1;
    else if (ch === '"') straight += 1;
  }
  return balance + (straight % 2);
}

/**
 * Split a paragraph into readable sentence passages: a quotation that spans sentences is
 * kept in one passage up to a length limit; past it the parts are split and each part's
 * quotation marks are balanced so it still reads as a quotation.
 */
export function segmentParagraph(text: string): string[] {
  const sentences = splitSentences(text);
  const out: string[] = [];
  let group = '';
  let depth = 0;
  for (const sentence of sentences) {
    if (group === '') {
      group = sentence;
    } else if (group.length + sentence.length + 1 <= MAX_QUOTE_GROUP) {
      group = `${group} ${sentence}`;
    } else {
      out.push(`${group}”`);
      group = `“${sentence}`;
    }
    depth = Math.max(0, quoteBalance(group));
    if (depth === 0) {
      out.push(group);
      group = '';
    }
  }
  if (group) out.push(group);
  return out;
}
