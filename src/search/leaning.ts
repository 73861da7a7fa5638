/**
 * Whether a sentence leans on the one before it: it opens with a pronoun or a linking
 * phrase ("He also noted …", "It is expected to cost …", "In his address he …"), so the
 * subject it speaks of is named in the previous sentence.
 */
export function leansOnPrevious(text: string): boolean {
  const opening = text.replace(/^["“«„\s]+/, '').split(/\s+/).slice(0, 4).join(' ');
  return /^(?:he|she|it|they|this|that|these|those|the two|both|in turn|also|additionally|however|meanwhile|there|to support this)\b/i.test(opening) ||
    /^(?:\S+\s+){0,2}(?:his|her|its|their)\b/i.test(opening);
}
