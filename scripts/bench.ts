/**
 * Search benchmark (`npm run bench`): a deterministic synthetic archive at 10k, 100k and 1M
 * passages (or `--passages N[,N…]`), measured for Elshi's engine and for plain MiniSearch
 * (default options, same passages, same questions) in the same run: index build time, cold
 * start from the serialised index, resident memory, and latency p50/p95/p99 over a fixed
 * mix of questions (rare names, common words, date-restricted, typos). Each measurement runs
 * in its own process so memory figures are the engine's own. Prints a table and writes JSON
 * to bench-results/.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    passages: { type: 'string', default: '10000,100000,1000000' },
    questions: { type: 'string', default: '500' },
    'skip-minisearch': { type: 'boolean', default: false },
  },
});
const sizes = values.passages.split(',').map(Number);

interface Row {
  engine: string;
  passages: number;
  buildMs: number;
  coldMs: number;
  rssMb: number;
  p50: number;
  p95: number;
  p99: number;
  maxStallMs?: number;
  secondChatDelayP99?: number;
  secondChatDelayMax?: number;
}

function worker(args: string[]): Row | null {
  const result = spawnSync(process.execPath, ['--max-old-space-size=16384', '--import', 'tsx', 'scripts/bench-worker.ts', ...args, '--questions', values.questions], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (result.status !== 0) {
    process.stderr.write(`bench worker ${args.join(' ')} failed:\n${result.stderr}\n`);
    return null;
  }
  const line = result.stdout.trim().split('\n').pop();
  return line ? (JSON.parse(line) as Row) : null;
}

const rows: Row[] = [];
for (const n of sizes) {
  const cache = mkdtempSync(join(tmpdir(), 'elshi-bench-'));
  try {
    worker(['--engine', 'elshi', '--passages', String(n), '--phase', 'build', '--cache', cache]);
    const elshi = worker(['--engine', 'elshi', '--passages', String(n), '--cache', cache]);
    if (elshi) rows.push(elshi);
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
  if (!values['skip-minisearch']) {
    const plain = worker(['--engine', 'minisearch', '--passages', String(n)]);
    if (plain) rows.push(plain);
  }
}

const header = ['passages', 'engine', 'build s', 'cold start s', 'RSS MB', 'p50 ms', 'p95 ms', 'p99 ms', '2nd chat delay p99/max ms', 'event loop max stall ms'];
const lines = rows.map((r) => [
  r.passages.toLocaleString('en'),
  r.engine,
  (r.buildMs / 1000).toFixed(1),
  (r.coldMs / 1000).toFixed(2),
  String(r.rssMb),
  r.p50.toFixed(2),
  r.p95.toFixed(2),
  r.p99.toFixed(2),
  r.secondChatDelayP99 === undefined ? '' : `${r.secondChatDelayP99.toFixed(1)} / ${(r.secondChatDelayMax ?? 0).toFixed(1)}`,
  r.maxStallMs === undefined ? '' : r.maxStallMs.toFixed(1),
]);
const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
const fmt = (cells: string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
process.stdout.write(`${fmt(header)}\n| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |\n${lines.map(fmt).join('\n')}\n`);
for (const n of sizes) {
  const e = rows.find((r) => r.engine === 'elshi' && r.passages === n);
  const m = rows.find((r) => r.engine === 'minisearch' && r.passages === n);
  if (e && m) process.stdout.write(`${n.toLocaleString('en')} passages: Elshi is ${(m.p50 / e.p50).toFixed(1)}× faster than plain MiniSearch at p50\n`);
}
mkdirSync('bench-results', { recursive: true });
const file = join('bench-results', `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(file, JSON.stringify({ machine: { cpus: (await import('node:os')).cpus().length }, questions: Number(values.questions), rows }, null, 2));
process.stdout.write(`written ${file}\n`);
