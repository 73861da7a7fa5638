import { afterEach, describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/bot/format.ts';
import { DEFAULT_EXAMPLES } from '../../src/bot/deps.ts';
import { DISPLAY_DATE, expectAllAccepted, groupChat, seedEngine, startHarness, type BotHarness } from '../support/bot-harness.ts';
import { TelegramStub } from '../support/telegram-stub.ts';

const engine = seedEngine();
const QUESTION = DEFAULT_EXAMPLES[0]!;
const group = groupChat();
const member = TelegramStub.user(501, 'Aigerim');

describe('groups', () => {
  let h: BotHarness;
  afterEach(async () => {
    expectAllAccepted(h.stub);
    await h.stop();
  });

  /** Push messages, then a marker the bot always answers in private, so silence can be checked. */
  async function settle(): Promise<void> {
    h.stub.pushMessage({ chat: { id: 999, type: 'private' }, text: '/help' });
    await h.stub.waitForCall('sendMessage', (c) => c.params.chat_id === 999);
  }

  it.each([
    ['a plain question', QUESTION],
    ['a mention of another bot', `@some_other_bot ${QUESTION}`],
    ['a command for another bot', `/ask@some_other_bot ${QUESTION}`],
    ['an unknown command for nobody in particular', '/frobnicate'],
    ['the bot’s name without the @', `elshi_test_bot ${QUESTION}`],
  ])('stays silent on %s', async (_name, text) => {
    h = await startHarness({ engine });
    h.stub.pushMessage({ chat: group, from: member, text });
    await settle();
    expect(h.stub.callsTo('sendMessage', (c) => c.params.chat_id === group.id)).toEqual([]);
    expect(h.stub.callsTo('sendChatAction', (c) => c.params.chat_id === group.id)).toEqual([]);
  });

  it.each([
    ['a mention at the start', `@elshi_test_bot ${QUESTION}`],
    ['a mention at the end, in other case', `${QUESTION} @Elshi_Test_Bot`],
    ['/ask', `/ask ${QUESTION}`],
    ['/ask addressed to the bot', `/ask@elshi_test_bot ${QUESTION}`],
  ])('answers %s, replying to the question', async (_name, text) => {
    h = await startHarness({ engine });
    const update = h.stub.pushMessage({ chat: group, from: member, text });
    const call = await h.stub.waitForCall('sendMessage', (c) => c.params.chat_id === group.id);
    const expected = engine.ask(QUESTION);
    expect(String(call.params.text)).toContain(escapeHtml(expected.citations[0]!.document.title));
    expect(String(call.params.text)).toMatch(DISPLAY_DATE);
    expect((call.params.reply_parameters as { message_id: number }).message_id).toBe(update.message.message_id);
  });

  it('answers a reply to one of its messages', async () => {
    h = await startHarness({ engine });
    h.stub.pushMessage({ chat: group, from: member, text: `@elshi_test_bot ${QUESTION}` });
    await h.stub.waitForCall('sendMessage', (c) => c.params.chat_id === group.id);
    const botMessage = h.stub.sentMessages(group.id)[0]!;
    const followUp = DEFAULT_EXAMPLES[1]!;
    h.stub.pushMessage({
      chat: group,
      from: member,
      text: followUp,
      extra: { reply_to_message: { message_id: botMessage.message_id, date: botMessage.date, chat: group, from: h.stub.botUser, text: botMessage.text } },
    });
    const calls = await h.stub.waitForCalls('sendMessage', 2, (c) => c.params.chat_id === group.id);
    expect(String(calls[1]!.params.text)).toContain(escapeHtml(engine.ask(followUp).citations[0]!.document.title));
  });

  it('a bare mention gets a hint', async () => {
    h = await startHarness({ engine });
    h.stub.pushMessage({ chat: group, from: member, text: '@elshi_test_bot' });
    const call = await h.stub.waitForCall('sendMessage', (c) => c.params.chat_id === group.id);
    expect(String(call.params.text)).toMatch(/question/i);
  });
});
