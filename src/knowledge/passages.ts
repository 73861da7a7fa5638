import { segmentParagraph } from './segment.ts';
import type { KnowledgeDocument, Passage } from './types.ts';

/** Lines that are page furniture, not statements: credits, captions, share prompts. */
const FURNITURE = /^(?:photo|photos|image|picture|video|source|credit|credits|based on materials|read more|see also|share|follow us|subscribe|advertisement|related)\b[^a-z]?/i;
/** Fewest words a sentence needs to be a passage. */
const MIN_WORDS = 4;

/** Count words that contain a letter. */
function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}

/** Whether a sentence is a statement worth indexing (not a credit line or a fragment). */
export function isStatement(text: string): boolean {
  return wordCount(text) >= MIN_WORDS && !FURNITURE.test(text.trim());
}

/**
 * Cut a document into sentence passages. Headings become the `section` of the passages
 * under them (a top heading equal to the title is ignored); fragments are dropped.
 */
/**
 * A wire dateline opening a document's first paragraph — "ANKARA, Oct 15 (Fixture Wire) - ",
 * "BISHKEK — ", "ASTANA, 12 November 2025 (Kazinform) – ", "CHOLPON-ATA, Kyrgyzstan,
 * September 2 (Wire) — " — is where and when the story was filed, not a statement of it:
 * the sentence starts after it.
 */
export const DATELINE_RE =
  /^\p{Lu}[\p{Lu}.'’ -]{1,30}(?:,\s*\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?(?=,))?(?:,\s*(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}{2,8}\.?)(?:,?\s+\d{4})?)?\s*(?:\([^)]{1,60}\)\s*)?[-–—]+\s+(?=\p{Lu})/u;

function dateline(text: string): string | null {
  const m = DATELINE_RE.exec(text);
  // The capitals before the comma or dash must be a place, not an opening word in capitals.
  return m && /^\p{Lu}{2,}/u.test(m[0]) ? m[0] : null;
}

function withoutDateline(text: string): string {
  return text.slice(dateline(text)?.length ?? 0);
}

/** The dateline of a document ("ANKARA, Oct 15 (Fixture Wire) - "), if its first paragraph opens with one. */
export function datelineOf(doc: KnowledgeDocument): string | null {
  const first = doc.blocks.find((b) => b.kind !== 'heading');
  return first ? dateline(first.text) : null;
}

export function documentPassages(doc: KnowledgeDocument): Passage[] {
  const passages: Passage[] = [];
  let section: string | null = null;
  let paragraph = 0;
  let first = true;
  for (const block of doc.blocks) {
    if (block.kind === 'heading') {
      section = block.level === 1 && block.text.toLowerCase() === doc.title.toLowerCase() ? null : block.text;
      continue;
    }
    const text = first ? withoutDateline(block.text) : block.text;
    first = false;
    const sentences = segmentParagraph(text).filter(isStatement);
    for (const text of sentences) {
      const position = passages.length;
      passages.push({ id: `${doc.id}#${position}`, docId: doc.id, position, paragraph, text, section });
    }
    if (sentences.length > 0) paragraph += 1;
  }
  return passages;
}
