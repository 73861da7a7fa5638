export * from './types.ts';
export * from './errors.ts';
export { loadKnowledge, mergeKnowledge, readDocument, listDocumentFiles, ALIASES_FILE } from './load.ts';
export { splitSentences, segmentParagraph } from './segment.ts';
export { documentPassages, isStatement } from './passages.ts';
export { isCalendarDate } from './frontmatter.ts';
