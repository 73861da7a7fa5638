import type { AnswerEngine } from './engine.ts';
import type { Answer } from './types.ts';

/** One evaluation question: answerable ones name the document and text the first citation must have. */
export interface EvalQuestion {
  q: string;
  answerable?: boolean;
  /** Id of the document the first citation must come from. */
  doc?: string;
  /** Alternatives, any of which the citation text must contain (case-insensitive). */
  expect?: string[];
}

/** A question set file. */
export interface QuestionSet {
  /** "Today" for relative dates, `YYYY-MM-DD`. */
  now?: string;
  questions: EvalQuestion[];
}

/** Figures of one evaluation run. */
export interface EvalReport {
  answerable: number;
  unanswerable: number;
  hitAt1: number;
  hitAt3: number;
  /** Share of unanswerable questions the engine declined. */
  abstentionAccuracy: number;
  /** Answerable questions the engine wrongly declined. */
  falseAbstentions: number;
  msPerQuestion: number;
  failures: { question: string; kind: 'miss' | 'false-abstention' | 'false-answer'; got: string }[];
}

function hits(answer: Answer, q: EvalQuestion, upTo: number): boolean {
  return answer.citations.slice(0, upTo).some((c) => {
    if (q.doc && c.document.id !== q.doc) return false;
    const text = `${c.context ?? ''} ${c.text}`.toLowerCase();
    return !q.expect || q.expect.some((e) => text.includes(e.toLowerCase()));
  });
}

const ratio = (n: number, d: number): number => (d === 0 ? 1 : Math.round((n / d) * 1000) / 1000);

/** Run a question set through an engine and measure hit@1, hit@3, abstention and speed. */
export function evaluate(engine: AnswerEngine, set: QuestionSet): EvalReport {
  const now = set.now ? new Date(`${set.now}T12:00:00Z`) : new Date();
  let h1 = 0;
  let h3 = 0;
  let declined = 0;
  let falseAbstentions = 0;
  let answerable = 0;
  const failures: EvalReport['failures'] = [];
  const started = performance.now();
  for (const q of set.questions) {
    const answer = engine.ask(q.q, { now });
    const top = answer.citations[0] ? `${answer.citations[0].document.id}: ${answer.citations[0].text}` : answer.answer;
    if (q.answerable === false) {
      if (!answer.answered) declined += 1;
      else failures.push({ question: q.q, kind: 'false-answer', got: top });
      continue;
    }
    answerable += 1;
    if (!answer.answered) {
      falseAbstentions += 1;
      failures.push({ question: q.q, kind: 'false-abstention', got: top });
      continue;
    }
    if (hits(answer, q, 1)) h1 += 1;
    else failures.push({ question: q.q, kind: 'miss', got: top });
    if (hits(answer, q, 3)) h3 += 1;
  }
  const elapsed = performance.now() - started;
  const unanswerable = set.questions.length - answerable;
  return {
    answerable,
    unanswerable,
    hitAt1: ratio(h1, answerable),
    hitAt3: ratio(h3, answerable),
    abstentionAccuracy: ratio(declined, unanswerable),
    falseAbstentions,
    msPerQuestion: Math.round((elapsed / Math.max(1, set.questions.length)) * 100) / 100,
    failures,
  };
}
