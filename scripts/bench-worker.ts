/**
 * One measurement of `npm run bench`, run in its own process so resident memory is the
 * engine's alone. Prints one JSON line. Not meant to be run by hand; see scripts/bench.ts.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import MiniSearch from 'minisearch';
import { syntheticArchive, syntheticQuestions } from '../src/bench/synthetic.ts';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { openEngine } from '../src/search/cache.ts';
import { WorkerEngine } from '../src/search/worker-engine.ts';

const { values } = parseArgs({
  options: {
    engine: { type: 'string' },
    passages: { type: 'string' },
    questions: { type: 'string', default: '500' },
    cache: { type: 'string' },
    phase: { type: 'string', default: 'all' },
  },
});
const passages = Number(values.passages);
const kb = syntheticArchive({ passages });
const questions = syntheticQuestions(kb, Number(values.questions));
const now = new Date('2026-11-23T12:00:00Z');

function percentiles(ms: number[]): { p50: number; p95: number; p99: number } {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number): number => Math.round(s[Math.min(s.length - 1, Math.floor(q * s.length))]! * 100) / 100;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

function time<T>(fn: () => T): [T, number] {
  const started = performance.now();
  const result = fn();
  return [result, performance.now() - started];
}

const rssMb = (): number => Math.round(process.memoryUsage().rss / 1048576);

if (values.engine === 'minisearch') {
  const [index, build] = time(() => {
    const ms = new MiniSearch({ fields: ['text'], storeFields: [] });
    ms.addAll(kb.passages.map((p, i) => ({ id: i, text: p.text })));
    return ms;
  });
  // Cold start from a serialised index: loadJS skips JSON text, which at a million
  // passages would exceed the longest string V8 allows.
  const plain = index.toJSON();
  const [loaded, cold] = time(() => MiniSearch.loadJS(plain, { fields: ['text'] }));
  const latencies = questions.map(({ q }) => time(() => loaded.search(q))[1]);
  process.stdout.write(`${JSON.stringify({ engine: 'minisearch', passages, buildMs: Math.round(build), coldMs: Math.round(cold), rssMb: rssMb(), ...percentiles(latencies) })}\n`);
} else {
  const cache = values.cache ?? mkdtempSync(join(tmpdir(), 'elshi-bench-'));
  if (values.phase === 'build') {
    const [, build] = time(() => openEngine({ knowledge: kb, cacheDir: cache }));
    writeFileSync(join(cache, 'build-ms'), String(Math.round(build)));
    process.stdout.write('{}\n');
  } else {
    const [engine, cold] = time(() => openEngine({ knowledge: kb, cacheDir: cache }));
    const latencies: number[] = [];
    let answered = 0;
    for (const { q } of questions) {
      const [answer, ms] = time(() => engine.ask(q, { now }));
      latencies.push(ms);
      if (answer.answered) answered += 1;
    }
    const rss = rssMb();
    // Two chats at once through the search thread the bot uses for large archives: how much
    // later the second chat's answer comes than it would alone, and how long the bot's
    // event loop ever stalls meanwhile.
    const searcher = await WorkerEngine.start({ knowledge: kb, source: { synthetic: passages }, cacheDir: cache });
    const slow = questions.filter((q) => q.kind === 'common').map((q) => q.q);
    const quick = questions.filter((q) => q.kind === 'rare').map((q) => q.q);
    const delays: number[] = [];
    for (const q of questions.slice(0, 40)) await searcher.ask(q.q, { now });
    const loop = monitorEventLoopDelay({ resolution: 5 });
    loop.enable();
    for (let i = 0; i < Math.min(50, slow.length, quick.length); i++) {
      const alone = performance.now();
      await searcher.ask(quick[i]!, { now });
      const aloneMs = performance.now() - alone;
      const started = performance.now();
      const first = searcher.ask(slow[i]!, { now });
      await searcher.ask(quick[i]!, { now });
      delays.push(performance.now() - started - aloneMs);
      await first;
    }
    loop.disable();
    await searcher.close();
    const second = percentiles(delays);
    const build = Number(readFileSync(join(cache, 'build-ms'), 'utf8'));
    process.stdout.write(
      `${JSON.stringify({ engine: 'elshi', passages, buildMs: build, coldMs: Math.round(cold), rssMb: rss, answered, ...percentiles(latencies), secondChatDelayP99: second.p99, secondChatDelayMax: Math.round(Math.max(...delays) * 100) / 100, maxStallMs: Math.round(loop.max / 1e4) / 100 })}\n`,
    );
    if (!values.cache) rmSync(cache, { recursive: true, force: true });
  }
}
