import type { Context } from 'grammy';
import type { InlineKeyboardMarkup } from 'grammy/types';
import { splitHtml } from './format.ts';

/** Options of {@link replyHtml}. */
export interface ReplyHtmlOptions {
  /** Buttons, attached to the last part. */
  keyboard?: InlineKeyboardMarkup;
  /** Reply to this message (groups), without failing when it was deleted. */
  replyTo?: number;
}

/**
 * Send HTML to the chat of an update, split into as many messages as needed (each at most
 * 4096 characters, tags balanced). Link previews are off: answers cite several links.
 */
export async function replyHtml(ctx: Context, html: string, options: ReplyHtmlOptions = {}): Promise<void> {
  const parts = splitHtml(html);
  for (const [i, part] of parts.entries()) {
    const last = i === parts.length - 1;
    await ctx.reply(part, {
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
      ...(options.replyTo !== undefined && i === 0
        ? { reply_parameters: { message_id: options.replyTo, allow_sending_without_reply: true } }
        : {}),
      ...(last && options.keyboard ? { reply_markup: options.keyboard } : {}),
    });
  }
}

/** Whether the update comes from a group or supergroup. */
export function inGroup(ctx: Context): boolean {
  return ctx.chat?.type === 'group' || ctx.chat?.type === 'supergroup';
}
