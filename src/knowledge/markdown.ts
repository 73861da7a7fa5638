import type { Block } from './types.ts';

/** Remove inline Markdown (links, emphasis, code, images, HTML tags) leaving readable text. */
export function stripInline(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/<\/?[a-zA-Z][^>]*>/g, '')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[\s(])[*_](?=\S)([^*_]*?\S)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
}

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+/;

/**
 * Cut a Markdown body into headings and paragraphs. Blank lines end a paragraph; each list
 * item is a paragraph of its own; `>` quote markers and HTML comments are dropped.
 */
export function parseBlocks(body: string, firstLine: number): Block[] {
  const blocks: Block[] = [];
  let buffer: string[] = [];
  let bufferLine = 0;
  const flush = (): void => {
    const text = stripInline(buffer.join(' '));
    if (text) blocks.push({ kind: 'paragraph', level: 0, text, line: bufferLine });
    buffer = [];
  };
  const lines = body.replace(/<!--[\s\S]*?-->/g, (m) => m.replace(/[^\n]/g, '')).split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = firstLine + i;
    const heading = HEADING.exec(raw);
    if (heading) {
      flush();
      const text = stripInline(heading[2] ?? '');
      if (text) blocks.push({ kind: 'heading', level: heading[1]!.length, text, line });
      return;
    }
    const content = raw.replace(/^\s*>\s?/, '');
    if (content.trim() === '' || /^\s*(?:---+|\*\*\*+)\s*$/.test(content)) {
      flush();
      return;
    }
    if (LIST_ITEM.test(content)) {
      flush();
      buffer.push(content.replace(LIST_ITEM, ''));
      bufferLine = line;
      return;
    }
    if (buffer.length === 0) bufferLine = line;
    buffer.push(content.trim());
  });
  flush();
  return blocks;
}
