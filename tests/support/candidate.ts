import type { Candidate } from '../../src/search/ranker.ts';

/** A candidate passage `doc#position` with the measures the ranker and confidence read, as given or middling. */
export function candidate(id: string, text: string, measures: Partial<Candidate> = {}): Candidate {
  const position = Number(id.split('#')[1] ?? 0);
  return {
    passage: { id, docId: id.split('#')[0]!, position, paragraph: position, text, section: null },
    docDate: '2025-09-22',
    bm25: 1,
    textCoverage: 0.5,
    contextCoverage: 1,
    followCoverage: 0.5,
    document: 1,
    missingNames: 0,
    focusMissing: false,
    focusAbsent: false,
    focusLeaned: false,
    source: 0,
    ...measures,
  };
}
