import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/bot/format.ts';
import { DEFAULT_EXAMPLES } from '../../src/bot/deps.ts';
import { BOT_COMMANDS } from '../../src/bot/help.ts';
import { DISPLAY_DATE, expectAllAccepted, seedEngine } from '../support/bot-harness.ts';
import { TelegramStub } from '../support/telegram-stub.ts';

/** Folder for the databases the spawned bots create. */
const scratch = mkdtempSync(join(tmpdir(), 'elshi-e2e-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Run `node bin/elshi.js <args>` with a clean environment plus `env`; collect output. */
function elshi(args: string[], env: Record<string, string>): { child: ChildProcess; output: () => { stdout: string; stderr: string }; exit: Promise<number | null> } {
  const child = spawn(process.execPath, ['bin/elshi.js', ...args], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DATABASE_PATH: join(scratch, `elshi-${process.pid}-${Date.now()}.db`), ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => ({ stdout, stderr }), exit };
}

describe('elshi bot as a process', () => {
  const cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const f of cleanup.splice(0)) await f();
  });

  it('polls the Bot API at TELEGRAM_API_ROOT, registers commands, answers, and stops cleanly on SIGTERM', async () => {
    const stub = new TelegramStub({ token: TelegramStub.TOKEN });
    const apiRoot = await stub.start();
    const run = elshi(['bot'], { BOT_TOKEN: TelegramStub.TOKEN, TELEGRAM_API_ROOT: apiRoot, LOG_LEVEL: 'info' });
    cleanup.push(async () => {
      if (run.child.exitCode === null) run.child.kill('SIGKILL');
      await stub.stop();
    });

    const commands = await stub.waitForCall('setMyCommands', undefined, 20_000);
    expect((commands.params.commands as { command: string }[]).map((c) => c.command)).toEqual(BOT_COMMANDS.map((c) => c.command));
    await stub.waitForCall('getUpdates', undefined, 20_000);

    const question = DEFAULT_EXAMPLES[0]!;
    stub.pushMessage({ chat: { id: 77, type: 'private' }, text: question });
    const reply = await stub.waitForCall('sendMessage', (c) => c.params.chat_id === 77, 20_000);
    const text = String(reply.params.text);
    expect(text).toContain(escapeHtml(seedEngine().ask(question).citations[0]!.document.title));
    expect(text).toMatch(DISPLAY_DATE);
    expectAllAccepted(stub);

    // Past Telegram's flood limit the bot waits as told (auto-retry) and every chat still gets its answer.
    stub.floodLimit = 5;
    const chats = Array.from({ length: 12 }, (_, i) => 800 + i);
    for (const id of chats) stub.pushMessage({ chat: { id, type: 'private' }, text: question });
    const answered = await stub.waitForCalls('sendMessage', chats.length, (c) => chats.includes(Number(c.params.chat_id)) && c.response.ok, 20_000);
    expect(new Set(answered.map((c) => c.params.chat_id)).size).toBe(chats.length);
    expect(stub.rejectedCalls.some((c) => !c.response.ok && c.response.error_code === 429)).toBe(true);

    run.child.kill('SIGTERM');
    expect(await run.exit).toBe(0);
    const { stderr } = run.output();
    const events = stderr.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { event: string });
    expect(events.map((e) => e.event)).toEqual(expect.arrayContaining(['bot_started', 'question_answered', 'bot_stopped']));
    expect(stderr).not.toContain(TelegramStub.TOKEN.split(':')[1]);
  });

  it('without BOT_TOKEN explains how to get one and mentions elshi chat', async () => {
    const run = elshi(['bot'], {});
    expect(await run.exit).toBe(1);
    const { stderr } = run.output();
    expect(stderr).toMatch(/@BotFather/);
    expect(stderr).toMatch(/\.env/);
    expect(stderr).toMatch(/BOT_TOKEN=/);
    expect(stderr).toMatch(/elshi chat/);
  });

  it('with a malformed token names the key in one line, without a stack trace', async () => {
    const run = elshi(['bot'], { BOT_TOKEN: 'not-a-token' });
    expect(await run.exit).toBe(2);
    const { stderr } = run.output();
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('BOT_TOKEN');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('with a broken knowledge document prints file:line: message and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'elshi-broken-'));
    cleanup.push(async () => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(join(dir, 'broken.md'), '---\ntitle: Broken\ndate: not-a-date\n---\n\nText.\n');
    const run = elshi(['bot'], { BOT_TOKEN: TelegramStub.TOKEN, TELEGRAM_API_ROOT: 'http://127.0.0.1:9', KNOWLEDGE_DIR: dir });
    expect(await run.exit).toBe(1);
    const { stderr } = run.output();
    expect(stderr).toMatch(/broken\.md:\d+: /);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('elshi chat answers piped questions in plain text and exits at end of input', async () => {
    const run = elshi(['chat'], {});
    const question = DEFAULT_EXAMPLES[1]!;
    run.child.stdin!.end(`${question}\n\n/sources\n`);
    expect(await run.exit).toBe(0);
    const { stdout } = run.output();
    const engine = seedEngine();
    expect(stdout).toContain(engine.ask(question).citations[0]!.document.title);
    expect(stdout).toMatch(DISPLAY_DATE);
    for (const d of engine.documents()) expect(stdout).toContain(d.title);
    expect(stdout).not.toMatch(/<\/?[a-z]+>/);
  });
});
