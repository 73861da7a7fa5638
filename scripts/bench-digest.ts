/**
 * Digest delivery benchmark (`npm run bench:digest`).
 *
 * 1. Throughput: 2,000 subscribers delivered through a local Bot API stand-in that answers
 *    429 past 30 messages a second; reports messages per second, 429s, lost and duplicated.
 * 2. Crash: the same delivery run in a child process, killed with SIGKILL mid-run and
 *    restarted; reports missed and duplicated digests.
 *
 * Prints a table and writes JSON to bench-results/. Options: --subscribers N (default 2000),
 * --kill-after N messages (default 400), --knowledge DIR.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { silentLogger } from '../src/log.ts';
import { AnswerEngine } from '../src/search/engine.ts';
import { DigestSender } from '../src/digest/deliver.ts';
import { runPass } from '../src/digest/pass.ts';
import { Store } from '../src/digest/store.ts';
import { HttpTransport } from '../src/digest/transport.ts';
import { TelegramStub } from '../tests/support/telegram-stub.ts';

const FLOOD_LIMIT = 30;
/** The instant the passes run "at" (fixed, so a restart plans the same local day). */
const NOW = new Date('2025-11-13T06:00:00Z');

const { values } = parseArgs({
  options: {
    subscribers: { type: 'string', default: '2000' },
    'kill-after': { type: 'string', default: '400' },
    knowledge: { type: 'string', default: resolve('knowledge') },
    child: { type: 'boolean' },
    db: { type: 'string' },
    api: { type: 'string' },
  },
});

/** Child mode: one delivery pass against `--api` over `--db`, then print the report. */
async function child(): Promise<void> {
  const store = Store.open({ path: values.db! });
  const engine = AnswerEngine.create(loadKnowledge(values.knowledge!));
  const sender = new DigestSender({ store, transport: new HttpTransport({ apiRoot: values.api!, token: TelegramStub.TOKEN }), logger: silentLogger });
  const report = await runPass({ store, source: engine, sender, logger: silentLogger, now: NOW, all: true, waitForLeaseMs: 30_000 });
  store.close();
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

/** Subscribe `count` private chats (ids 1…count) in a new database. */
function seed(path: string, count: number): void {
  const store = Store.open({ path });
  const since = new Date('2025-11-01T00:00:00Z');
  store.db.transaction(() => {
    for (let id = 1; id <= count; id++) store.subscribe({ chatId: id, time: '09:00', timezone: 'Asia/Almaty', now: since });
  })();
  store.close();
}

/** Per-chat tally of digest messages the stand-in accepted. */
function tally(stub: TelegramStub, count: number): { received: number; lost: number; duplicated: number } {
  const perChat = new Map<number, number>();
  for (const m of stub.sentMessages()) perChat.set(m.chat.id, (perChat.get(m.chat.id) ?? 0) + 1);
  let lost = 0;
  let duplicated = 0;
  for (let id = 1; id <= count; id++) {
    const n = perChat.get(id) ?? 0;
    if (n === 0) lost += 1;
    duplicated += Math.max(0, n - 1);
  }
  return { received: stub.sentMessages().length, lost, duplicated };
}

/** Run the child pass; resolves with its exit code or signal. */
function runChild(db: string, api: string, onSpawn?: (pid: number) => void): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  const proc = spawn(
    process.execPath,
    ['--import', 'tsx', new URL(import.meta.url).pathname, '--child', '--db', db, '--api', api, '--knowledge', values.knowledge!],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (proc.pid) onSpawn?.(proc.pid);
  return new Promise((resolvePromise) => proc.on('exit', (code, signal) => resolvePromise({ code, signal })));
}

async function bench(): Promise<void> {
  const count = Number(values.subscribers);
  const killAfter = Number(values['kill-after']);
  const dir = mkdtempSync(join(tmpdir(), 'elshi-bench-digest-'));
  const engine = AnswerEngine.create(loadKnowledge(values.knowledge!));
  try {
    // 1. Throughput, in process.
    const stub = new TelegramStub();
    stub.floodLimit = FLOOD_LIMIT;
    const apiRoot = await stub.start();
    const dbPath = join(dir, 'throughput.db');
    seed(dbPath, count);
    const store = Store.open({ path: dbPath });
    const sender = new DigestSender({ store, transport: new HttpTransport({ apiRoot, token: TelegramStub.TOKEN }), logger: silentLogger });
    const started = Date.now();
    const report = await runPass({ store, source: engine, sender, logger: silentLogger, now: NOW, all: true });
    const seconds = (Date.now() - started) / 1000;
    const accepted = stub.callsTo('sendMessage', (c) => c.response.ok).map((c) => c.at);
    const sendSeconds = (accepted.at(-1)! - accepted[0]!) / 1000;
    const again = await runPass({ store, source: engine, sender, logger: silentLogger, now: NOW, all: true });
    store.close();
    const t = tally(stub, count);
    const floods = stub.callsTo('sendMessage', (c) => !c.response.ok && c.response.error_code === 429).length;
    await stub.stop();
    const throughput = {
      subscribers: count,
      messages: t.received,
      seconds: Math.round(seconds * 10) / 10,
      /** Over the whole pass, planning included. */
      overallPerSecond: Math.round((report.send.sent / seconds) * 10) / 10,
      /** From the first accepted message to the last. */
      messagesPerSecond: Math.round(((accepted.length - 1) / sendSeconds) * 10) / 10,
      rejected429: floods,
      lost: t.lost,
      duplicated: t.duplicated,
      secondPassSent: again.send.sent,
    };

    // 2. SIGKILL mid-run, then restart.
    const crashStub = new TelegramStub();
    crashStub.floodLimit = FLOOD_LIMIT;
    const crashApi = await crashStub.start();
    const crashDb = join(dir, 'crash.db');
    seed(crashDb, count);
    let pid = 0;
    let killedAt = 0;
    const onCall = (): void => {
      if (killedAt === 0 && crashStub.sentMessages().length >= killAfter && pid) {
        killedAt = crashStub.sentMessages().length;
        process.kill(pid, 'SIGKILL');
      }
    };
    crashStub.on('call', onCall);
    const first = await runChild(crashDb, crashApi, (p) => (pid = p));
    crashStub.off('call', onCall);
    const second = await runChild(crashDb, crashApi);
    const c = tally(crashStub, count);
    await crashStub.stop();
    const crash = {
      subscribers: count,
      killedAfterMessages: killedAt,
      firstRun: first.signal ?? `exit ${first.code}`,
      restartExit: second.code,
      messages: c.received,
      missed: c.lost,
      duplicated: c.duplicated,
    };

    const targets = {
      throughput: throughput.messagesPerSecond >= 28 && throughput.lost === 0 && throughput.duplicated === 0,
      crash: crash.missed === 0 && crash.duplicated <= 1,
    };
    const rows: [string, string | number][] = [
      ['subscribers', count],
      ['messages delivered', throughput.messages],
      ['duration (s)', throughput.seconds],
      ['messages/s (sustained)', throughput.messagesPerSecond],
      ['messages/s (whole pass)', throughput.overallPerSecond],
      ['429 answers', throughput.rejected429],
      ['lost', throughput.lost],
      ['duplicated', throughput.duplicated],
      ['second pass sent', throughput.secondPassSent],
      ['SIGKILL after (messages)', crash.killedAfterMessages],
      ['after restart: missed', crash.missed],
      ['after restart: duplicated', crash.duplicated],
      ['targets met', targets.throughput && targets.crash ? 'yes' : 'NO'],
    ];
    process.stdout.write(`\nDigest delivery benchmark (stand-in flood limit ${FLOOD_LIMIT} msg/s)\n`);
    for (const [k, v] of rows) process.stdout.write(`  ${k.padEnd(28)} ${String(v).padStart(8)}\n`);
    mkdirSync('bench-results', { recursive: true });
    const out = join('bench-results', `digest-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), node: process.version, floodLimit: FLOOD_LIMIT, throughput, crash, targets }, null, 2)}\n`);
    process.stdout.write(`\nwritten ${out}\n`);
    process.exitCode = targets.throughput && targets.crash ? 0 : 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await (values.child ? child() : bench());
