import { afterEach, describe, expect, it } from 'vitest';
import { normaliseQuestion } from '../../src/bot/question-log.ts';
import { expectAllAccepted } from '../support/bot-harness.ts';
import { startLive, type LiveHarness } from './harness.ts';

const ADMIN = 9001;
const USER = 42;

let h: LiveHarness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

/** Send a message in a private chat and wait for the bot's n-th reply there. */
async function say(chatId: number, text: string): Promise<string> {
  const sentBefore = h!.stub.callsTo('sendMessage', (c) => c.params.chat_id === chatId).length;
  h!.stub.pushMessage({ chat: { id: chatId, type: 'private' }, text });
  const calls = await h!.stub.waitForCalls('sendMessage', sentBefore + 1, (c) => c.params.chat_id === chatId);
  return String(calls[sentBefore]!.params.text);
}

describe('curator commands', () => {
  it('/gaps lists the unanswered questions of the last 7 days by frequency, normalised and counted; answered ones are left out', async () => {
    h = await startLive({ ADMIN_IDS: String(ADMIN) });
    const asked = [
      [101, 'What is the population of the Moon colony?'],
      [102, 'what is the  population of the moon colony'],
      [103, 'What is the population of the Moon colony ?!'],
      [104, 'Who won the 2030 football world cup?'],
      [105, 'Who won the 2030 Football World Cup'],
      [106, 'How tall is the tallest tower on Mars?'],
      [107, 'When did Tokayev hold talks with Putin in Moscow?'],
    ] as const;
    for (const [chat, q] of asked) await say(chat, q);
    // One from a week and a half ago no longer counts.
    h.store.logQuestion({ question: 'an old question about the arctic council', answered: false, at: new Date(Date.now() - 10 * 86_400_000) });

    const gaps = await say(ADMIN, '/gaps');
    const lines = gaps.split('\n').filter((l) => /^\d+\. /.test(l));
    expect(lines).toEqual([
      '1. what is the population of the moon colony — <b>×3</b>',
      '2. who won the 2030 football world cup — <b>×2</b>',
      '3. how tall is the tallest tower on mars — <b>×1</b>',
    ]);
    expect(gaps).not.toMatch(/tokayev|arctic/i);
    expectAllAccepted(h.stub);
  });

  it('/stats counts documents, passages, newest date, subscribers and questions answered and abstained', async () => {
    h = await startLive({ ADMIN_IDS: `1,${ADMIN}` });
    h.store.subscribe({ chatId: 300, time: '09:00', timezone: 'Asia/Almaty', now: new Date() });
    h.store.subscribe({ chatId: 301, time: '09:00', timezone: 'Asia/Almaty', now: new Date() });
    await say(201, 'When did Tokayev hold talks with Putin in Moscow?');
    await say(202, 'What did Lavrov and Kazykhanov discuss?');
    await say(203, 'What is the population of the Moon colony?');
    const stats = await say(ADMIN, '/stats');
    const kb = h.engine.knowledge;
    expect(stats).toContain(`Documents: ${kb.documents.length} · passages: ${kb.passages.length}`);
    expect(stats).toContain('Newest document: 12 November 2025');
    expect(stats).toContain('Subscribers: 2');
    expect(stats).toContain('Questions answered: 2 · abstained: 1');
  });

  it('/reload reads the folder again, and reports problems while answering from the old knowledge', async () => {
    h = await startLive({ ADMIN_IDS: String(ADMIN) });
    expect(await say(ADMIN, '/reload')).toContain('Nothing changed: answering from 5 documents');
    h.kb.write('2025-12-01-bad.md', '---\ntitle: <b>Bad</b>\nsource: X\n---\n\nA sentence with enough words to count.\n');
    h.live.watcher.close(); // only the command reloads here
    const reply = await say(ADMIN, '/reload');
    expect(reply).toContain('1 problem; still answering from the previous 5 documents');
    expect(reply).toMatch(/2025-12-01-bad\.md:\d+: missing required key &quot;date&quot;/);
    h.kb.write('2025-12-01-bad.md', '---\ntitle: Fixed\ndate: 2025-12-01\nsource: X\n---\n\nA sentence with enough words to count.\n');
    expect(await say(ADMIN, '/reload')).toContain('Reloaded: now answering from 6 documents');
    expectAllAccepted(h.stub);
  });

  it.each(['/stats', '/gaps', '/reload'])('%s from a user not in ADMIN_IDS gets the ordinary unknown-command reply', async (command) => {
    h = await startLive({ ADMIN_IDS: String(ADMIN) });
    await say(USER, 'What is the population of the Moon colony?');
    const reply = await say(USER, command);
    expect(reply).toBe(`I don’t know ${command}. Try /help — or just ask me a question.`);
    expect(h.logs.some((l) => l.event === 'curator_reload')).toBe(false);
  });

  it('an admin in a group gets nothing from curator commands', async () => {
    h = await startLive({ ADMIN_IDS: String(ADMIN) });
    h.stub.pushMessage({ chat: { id: -100500, type: 'supergroup', title: 'Readers' }, from: { id: ADMIN, is_bot: false, first_name: 'Curator' }, text: '/gaps' });
    await say(ADMIN, '/stats'); // a later private command is answered, so the group update was handled
    expect(h.stub.callsTo('sendMessage', (c) => c.params.chat_id === -100500)).toEqual([]);
  });

  it('logs questions without user or chat ids', async () => {
    h = await startLive();
    await say(777_777, 'What is the population of the Moon colony?');
    const columns = (h.store.db.prepare('PRAGMA table_info(questions)').all() as { name: string }[]).map((c) => c.name);
    expect(columns).toEqual(['id', 'asked_at', 'question', 'answered']);
    const rows = h.store.db.prepare('SELECT * FROM questions').all();
    expect(JSON.stringify(rows)).not.toContain('777777');
  });
});

describe('the question log', () => {
  it('normalises case, quotes, spacing and closing punctuation', () => {
    expect(normaliseQuestion('  What  did “Tokayev” SAY?!  ')).toBe('what did "tokayev" say');
  });

  it('prunes questions older than 30 days as new ones arrive', async () => {
    const { Store } = await import('../../src/digest/store.ts');
    const store = Store.open({ path: ':memory:' });
    const now = new Date('2025-11-30T12:00:00Z');
    store.logQuestion({ question: 'old', answered: false, at: new Date('2025-10-20T12:00:00Z') });
    store.logQuestion({ question: 'recent', answered: false, at: new Date('2025-11-10T12:00:00Z') });
    store.logQuestion({ question: 'now', answered: true, at: now });
    expect((store.db.prepare('SELECT question FROM questions ORDER BY id').all() as { question: string }[]).map((r) => r.question)).toEqual(['recent', 'now']);
    expect(store.questionCounts(new Date('2025-11-01T00:00:00Z'))).toEqual({ answered: 1, abstained: 1 });
    store.close();
  });
});
