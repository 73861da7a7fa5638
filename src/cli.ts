import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { KnowledgeError, formatProblem } from './knowledge/errors.ts';
import { loadKnowledge, mergeKnowledge } from './knowledge/load.ts';
import { documentRef } from './knowledge/types.ts';
import { AnswerEngine } from './search/engine.ts';
import { withDistractors } from './bench/synthetic.ts';
import { openEngineAt } from './search/cache.ts';
import { answerToJSON } from './search/types.ts';
import { renderAnswerText } from './search/render.ts';
import { digestCommand } from './digest/cli.ts';
import { ingestCommand } from './ingest/cli.ts';
import { evaluate, type QuestionSet } from './search/evaluate.ts';
import { readFileSync } from 'node:fs';

/** Where a command writes: injected so tests can capture output. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Lines of standard input, for batch questions. */
  lines: () => AsyncIterable<string>;
}

const defaultIo: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  lines: () => createInterface({ input: process.stdin, crlfDelay: Infinity }),
};

/** A sub-command: its usage line and its handler returning an exit code. */
interface Command {
  usage: string;
  summary: string;
  run: (args: string[], ctx: { config: Config; io: Io }) => Promise<number>;
}

const HELP_FOOTER = `
Options shared by all commands:
  --knowledge DIR   knowledge folder (default: KNOWLEDGE_DIR or ./knowledge)
Configuration is read from the environment and .env; see .env.example.`;

/** Parse a command's flags, with --knowledge shared by all. */
function flags<T extends Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>>(
  args: string[],
  options: T,
) {
  return parseArgs({ args, options: { knowledge: { type: 'string' }, ...options }, allowPositionals: true, strict: true });
}

/** Build the engine over the knowledge folder named by flags or configuration. */
export function engineFor(config: Config, knowledge?: string): AnswerEngine {
  return openEngineAt({ knowledgeDir: knowledge ?? config.knowledgeDir, cacheDir: config.cacheDir });
}

const commands: Record<string, Command> = {
  check: {
    usage: 'elshi check [--knowledge DIR]',
    summary: 'validate every knowledge document; prints file:line: message for each problem',
    async run(args, { config, io }) {
      const { values } = flags(args, {});
      const kb = loadKnowledge(values.knowledge ?? config.knowledgeDir);
      io.out(`ok: ${kb.documents.length} documents, ${kb.passages.length} passages\n`);
      return 0;
    },
  },
  passages: {
    usage: 'elshi passages [--json] [--knowledge DIR]',
    summary: 'print every passage the index sees (JSON Lines with --json)',
    async run(args, { config, io }) {
      const { values } = flags(args, { json: { type: 'boolean' } });
      const kb = loadKnowledge(values.knowledge ?? config.knowledgeDir);
      const docs = new Map(kb.documents.map((d) => [d.id, d]));
      for (const p of kb.passages) {
        const doc = docs.get(p.docId)!;
        if (values.json) {
          io.out(`${JSON.stringify({ id: p.id, text: p.text, section: p.section, document: documentRef(doc) })}\n`);
        } else {
          io.out(`${p.id}  [${doc.date} · ${doc.source}${p.section ? ` · ${p.section}` : ''}]\n  ${p.text}\n`);
        }
      }
      return 0;
    },
  },
  ask: {
    usage: 'elshi ask ["question"] [--json] [--knowledge DIR]',
    summary: 'answer a question with citations; without a question, answer stdin line by line as JSON',
    async run(args, { config, io }) {
      const { values, positionals } = flags(args, { json: { type: 'boolean' } });
      const engine = engineFor(config, values.knowledge);
      if (positionals.length > 0) {
        const answer = engine.ask(positionals.join(' '));
        io.out(values.json ? `${JSON.stringify(answerToJSON(answer))}\n` : `${renderAnswerText(answer)}\n`);
        return 0;
      }
      for await (const line of io.lines()) {
        const question = line.trim();
        if (!question) continue;
        io.out(`${JSON.stringify(answerToJSON(engine.ask(question)))}\n`);
      }
      return 0;
    },
  },
  bot: {
    usage: 'elshi bot [--knowledge DIR]',
    summary: 'run the Telegram bot (long polling; needs BOT_TOKEN in .env)',
    async run(args, { config, io }) {
      const { values } = flags(args, {});
      const { runBot } = await import('./main.ts');
      return runBot({ config, io, knowledgeDir: values.knowledge });
    },
  },
  chat: {
    usage: 'elshi chat [--knowledge DIR]',
    summary: 'ask questions in the terminal, as the bot answers them; no token needed',
    async run(args, { config, io }) {
      const { values } = flags(args, {});
      const { runChat } = await import('./chat.ts');
      return runChat({ engine: engineFor(config, values.knowledge), io, interactive: process.stdin.isTTY === true });
    },
  },
  eval: {
    usage: 'elshi eval [--questions FILE] [--knowledge DIR] [--with DIR] [--distractors N] [--json] [--verbose]',
    summary: 'measure the engine on a question set: hit@1, hit@3, abstention, ms per question',
    async run(args, { config, io }) {
      const { values } = flags(args, {
        questions: { type: 'string' },
        with: { type: 'string' },
        distractors: { type: 'string' },
        json: { type: 'boolean' },
        verbose: { type: 'boolean', short: 'v' },
      });
      const file = values.questions ?? 'tests/fixtures/questions.json';
      const set = JSON.parse(readFileSync(file, 'utf8')) as QuestionSet;
      const distractors = Number(values.distractors ?? 0);
      if (!Number.isInteger(distractors) || distractors < 0) throw new UsageError('--distractors takes a whole number of passages');
      // --with: documents the engine was not written against, mixed into the archive.
      const base = loadKnowledge(values.knowledge ?? config.knowledgeDir);
      const knowledge = values.with ? mergeKnowledge(base, loadKnowledge(values.with)) : base;
      // Distractors: the archive mixed into a synthetic one of that many passages, to check
      // that the right sentences are still found at scale.
      const engine =
        distractors > 0
          ? AnswerEngine.create(withDistractors(knowledge, distractors))
          : values.with
            ? AnswerEngine.create(knowledge)
            : engineFor(config, values.knowledge);
      const report = evaluate(engine, set);
      if (values.json) {
        io.out(`${JSON.stringify(report)}\n`);
        return 0;
      }
      const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
      io.out(
        [
          `questions: ${file} (${report.answerable} answerable, ${report.unanswerable} unanswerable)`,
          `hit@1:               ${pct(report.hitAt1)}`,
          `hit@3:               ${pct(report.hitAt3)}`,
          `abstention accuracy: ${pct(report.abstentionAccuracy)}`,
          `false abstentions:   ${report.falseAbstentions}`,
          `ms per question:     ${report.msPerQuestion}`,
          '',
        ].join('\n'),
      );
      if (values.verbose) for (const f of report.failures) io.out(`${f.kind}: ${f.question}\n    got: ${f.got.slice(0, 160)}\n`);
      return 0;
    },
  },
  digest: digestCommand,
  ingest: ingestCommand,
};

/** A mistake in a command's arguments, reported with the command's usage. */
class UsageError extends Error {}

/** Register a command (entry points of other features add theirs). */
export function registerCommand(name: string, command: Command): void {
  commands[name] = command;
}

function usage(): string {
  const lines = Object.entries(commands).map(([, c]) => `  ${c.usage.padEnd(52)} ${c.summary}`);
  return `Elshi: cited answers about Kazakhstan's diplomacy.\n\nUsage:\n${lines.join('\n')}\n${HELP_FOOTER}\n`;
}

/** Run the CLI with arguments (without `node` and the script); returns the exit code. */
export async function main(argv: string[], io: Io = defaultIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.out(usage());
    return name ? 0 : 1;
  }
  const command = commands[name];
  if (!command) {
    io.err(`elshi: unknown command "${name}". Run "elshi help" for the list.\n`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.out(`Usage: ${command.usage}\n  ${command.summary}\n`);
    return 0;
  }
  try {
    const { config: dotenv } = await import('dotenv');
    dotenv({ quiet: true });
    const config = loadConfig(env);
    return await command.run(args, { config, io });
  } catch (error) {
    if (error instanceof KnowledgeError) {
      for (const p of error.problems) io.err(`${formatProblem(p)}\n`);
      io.err(`elshi: the knowledge base has ${error.problems.length} problem(s); fix them and run again.\n`);
      return 1;
    }
    if (error instanceof ConfigError) {
      io.err(`elshi: configuration error: ${error.message}\n`);
      return 2;
    }
    if (error instanceof UsageError || (error instanceof TypeError && (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS'))) {
      io.err(`elshi ${name}: ${error.message}\nUsage: ${command.usage}\n`);
      return 2;
    }
    io.err(`elshi: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
