import type { Analyzer } from './analyzer.ts';

/** A sentence that is one quotation, with no speaker named outside it. */
const WHOLE_QUOTE_RE = /^["“«][^"“”«»]+["”»]$/;
/**
 * "The estimated cost has risen …", "The capacity will be …": an amount of something, whose
 * owner the sentences before name (not "The cost of the plant", which names it).
 */
const OWNED_HEAD_RE = /^The\s+(?:(?:estimated|total|final|overall|planned|initial|original|annual|combined|projected)\s+)?(?:cost|price|budget|capacity|value|output)\s+(?!of\b)/;
/** Most words of a short sentence that names nothing and so speaks of what came before. */
const SHORT_SENTENCE = 10;

/**
 * Whether a sentence leans on the one before it: it opens with a pronoun or a linking
 * phrase ("He also noted …", "It is expected to cost …", "In his address he …"), so the
 * subject it speaks of is named in the previous sentence; or it is short and names nothing
 * ("Construction is due to begin next year.").
 */
export function leansOnPrevious(text: string): boolean {
  // "'Four times more permits means …'" after "'…,' Sauranbayev said.": a quotation of its own goes on in the last speaker's words.
  if (WHOLE_QUOTE_RE.test(text.trim())) return true;
  const words = text.trim().split(/\s+/);
  if (words.length <= SHORT_SENTENCE && !words.slice(1).some((w) => /^["“«(]?\p{Lu}/u.test(w))) return true;
  const opening = text.replace(/^["“«„\s]+/, '').split(/\s+/).slice(0, 4).join(' ');
  return /^(?:he|she|it|they|this|that|these|those|the two|both|in turn|also|additionally|however|meanwhile|there|to support this)\b/i.test(opening) ||
    OWNED_HEAD_RE.test(opening) ||
    /^(?:\S+\s+){0,2}(?:his|her|its|their)\b/i.test(opening) ||
    // "In Kazakhstan, he enjoys …", "At the talks, they agreed …"
    /^[^,.]{2,40},\s+(?:he|she|it|they)\b/i.test(text.replace(/^["“«„\s]+/, ''));
}

/**
 * Whether a sentence opens with "The <noun>" (or "The <noun> of the <noun>") naming again
 * something `known` from the sentences before: "The plant is expected to cost 480 million
 * euros" after "… will build a rare earth separation plant".
 */
export function definiteHead(text: string, known: (term: string) => boolean, analyzer: Analyzer): boolean {
  const m = /^["“«\s]*The\s+([\p{Ll}-]+)(?:\s+([\p{Ll}-]+))?/u.exec(text);
  if (!m) return false;
  return [m[1], m[2]].some((w) => w !== undefined && analyzer.terms(w).some(known));
}
