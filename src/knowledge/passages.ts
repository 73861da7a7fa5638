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
export function documentPassages(doc: KnowledgeDocument): Passage[] {
  const passages: Passage[] = [];
  let section: string | null = null;
  let paragraph = 0;
  for (const block of doc.blocks) {
    if (block.kind === 'heading') {
      section = block.level === 1 && block.text.toLowerCase() === doc.title.toLowerCase() ? null : block.text;
      continue;
    }
    const sentences = segmentParagraph(block.text).filter(isStatement);
    for (const text of sentences) {
      const position = passages.length;
      passages.push({ id: `${doc.id}#${position}`, docId: doc.id, position, paragraph, text, section });
    }
    if (sentences.length > 0) paragraph += 1;
  }
  return passages;
}
