import type { DocumentRef } from '../knowledge/types.ts';

/** One quoted passage of an answer, with the document it comes from. */
export interface Citation {
  /** The passage text, quoted as written in the source. */
  text: string;
  document: DocumentRef;
  /** Relevance of the passage to the question, higher is better. */
  score: number;
  /** Id of the quoted passage (`<docId>#<n>`). */
  passageId: string;
  /** The sentence before, when the passage leans on it ("He also noted …"). */
  context: string | null;
}

/** The result of asking the engine a question: plain data, ready to format anywhere. */
export interface Answer {
  question: string;
  /** False when the archive has nothing that supports an answer. */
  answered: boolean;
  /** Plain-text answer: the cited sentences with their sources, or the reason for abstaining. */
  answer: string;
  /** The citations behind the answer, best first (empty when not answered). */
  citations: Citation[];
  /** Further relevant passages beyond the citations, for "More sources". */
  more: Citation[];
  /** True when the cited sources disagree on a date or number. */
  disagreement: boolean;
}

/** The public JSON form of an answer (the `elshi ask --json` contract). */
export interface AnswerJSON {
  question: string;
  answered: boolean;
  answer: string;
  /** Each citation's `text` quotes the sentence, after the sentence it leans on when it has one. */
  citations: { text: string; document: DocumentRef; score: number }[];
}

/** Reduce an answer to its JSON contract shape. */
export function answerToJSON(answer: Answer): AnswerJSON {
  return {
    question: answer.question,
    answered: answer.answered,
    answer: answer.answer,
    // "It will be followed by …" is quoted with the sentence it leans on, as the answer shows it.
    citations: answer.citations.map((c) => ({ text: c.context ? `${c.context} ${c.text}` : c.text, document: c.document, score: c.score })),
  };
}
