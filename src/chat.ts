/**
 * `elshi chat`: ask Elshi questions in the terminal over the same answer path as the bot,
 * rendered as plain text, so anyone can try it without a Telegram token. Works
 * interactively (with a prompt) and with piped input; ends on EOF or `/quit`.
 */
import { displayDate } from './search/dates.ts';
import type { AnswerEngine } from './search/engine.ts';
import { renderAnswerText } from './search/render.ts';

/** Options of {@link runChat}. */
export interface ChatOptions {
  engine: Pick<AnswerEngine, 'ask' | 'documents' | 'keySentences'>;
  io: {
    out: (text: string) => void;
    lines: () => AsyncIterable<string>;
  };
  /** Show a welcome line and a prompt (a terminal); false for piped input. */
  interactive: boolean;
  /** "Today" for relative dates; defaults to the clock. */
  now?: () => Date;
}

const PROMPT = 'you › ';

/** Plain-text list of every document, newest first. */
function sourcesText(engine: ChatOptions['engine']): string {
  return engine
    .documents()
    .map((d, i) => `  ${i + 1}. ${d.title}\n     ${d.source}, ${displayDate(d.date)}${d.url ? ` · ${d.url}` : ''}`)
    .join('\n');
}

/** Plain-text list of the newest documents with one key sentence each. */
function latestText(engine: ChatOptions['engine'], count = 5): string {
  return engine
    .documents()
    .slice(0, count)
    .map((d) => `  ${displayDate(d.date)} · ${d.source}\n  ${d.title}\n    ${engine.keySentences(d.id, 1)[0]?.text ?? ''}`)
    .join('\n\n');
}

const HELP = 'Type a question and press Enter. /sources lists the archive, /latest the newest documents, /quit (or Ctrl-D) ends.';

/** Run the chat loop; returns the exit code (0 at end of input). */
export async function runChat(options: ChatOptions): Promise<number> {
  const { engine, io, interactive } = options;
  if (interactive) io.out(`Elshi — cited answers about Kazakhstan's diplomacy (${engine.documents().length} documents).\n${HELP}\n\n${PROMPT}`);
  for await (const line of io.lines()) {
    const input = line.trim();
    let reply: string | null;
    if (input === '') reply = null;
    else if (input === '/quit' || input === '/exit') break;
    else if (input === '/help') reply = HELP;
    else if (input === '/sources') reply = sourcesText(engine);
    else if (input === '/latest') reply = latestText(engine);
    else reply = renderAnswerText(engine.ask(input, { now: options.now?.() }));
    if (reply !== null) io.out(`${interactive ? '\n' : ''}${reply}\n${interactive ? '\n' : '\n'}`);
    if (interactive) io.out(PROMPT);
  }
  if (interactive) io.out('\n');
  return 0;
}
