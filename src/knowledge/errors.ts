/** One problem found in a knowledge file, located by file and line. */
export interface KnowledgeProblem {
  file: string;
  line: number;
  message: string;
}

/** Format a problem as `file:line: message`, the form editors and terminals link to. */
export function formatProblem(problem: KnowledgeProblem): string {
  return `${problem.file}:${problem.line}: ${problem.message}`;
}

/** Thrown when the knowledge base has problems; carries every problem found, not only the first. */
export class KnowledgeError extends Error {
  readonly problems: KnowledgeProblem[];

  constructor(problems: KnowledgeProblem[]) {
    super(
      `knowledge base is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map(formatProblem).join('\n'),
    );
    this.name = 'KnowledgeError';
    this.problems = problems;
  }
}
