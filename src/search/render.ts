import { displayDate } from './dates.ts';
import type { Answer } from './types.ts';

/** Render an answer as plain text for a terminal: answer, then numbered sources. */
export function renderAnswerText(answer: Answer): string {
  if (!answer.answered) return answer.answer;
  const lines = [answer.answer, '', 'Sources:'];
  answer.citations.forEach((c, i) => {
    const d = c.document;
    lines.push(`  [${i + 1}] ${c.context ? `${c.context} ` : ''}${c.text}`);
    lines.push(`      — ${d.title}. ${d.source}, ${displayDate(d.date)}${d.url ? `. ${d.url}` : ''}`);
  });
  return lines.join('\n');
}
