/**
 * Article extraction from a saved or fetched HTML page with `cheerio`: the metadata the
 * page declares (titles, site name, publication time, canonical URL) and the article body
 * as headings and paragraphs, without navigation, headers, footers, sidebars, scripts,
 * styles, share buttons, captions and credits.
 */
import { load, type CheerioAPI } from 'cheerio';
import { machineDate } from './dates.ts';
import type { ArticleBlock, ExtractedArticle } from './types.ts';

/** Elements that are never article text. */
const DROP_TAGS = [
  'script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form', 'iframe', 'svg',
  'canvas', 'button', 'select', 'input', 'textarea', 'figcaption', 'object', 'embed', 'video', 'audio',
  '[role=navigation]', '[role=banner]', '[role=contentinfo]', '[role=complementary]', '[aria-hidden=true]', '[hidden]',
].join(',');

/** Class or id words of page furniture: share bars, menus, breadcrumbs, related links, credits. */
const FURNITURE_NAME =
  /(?:^|[-_\s])(share|sharing|social|breadcrumbs?|related|comments?|subscribe|newsletter|ads?|advert\w*|promo\w*|cookies?|menu|navbar|nav|sidebar|widget|tags|byline|author\w*|print|caption|credits?|photo-?credit|copyright|popup|modal|banner|toolbar|pagination|footer|header|masthead)(?:$|[-_\s])/i;

/** Containers that are kept even when their class looks like furniture (a page's own frame). */
const KEEP_TAGS = new Set(['html', 'body', 'main', 'article']);

/** Paragraphs that are furniture even inside the article. */
const FURNITURE_TEXT =
  /^(?:photo|photos|image|picture|video|source|credit|credits|read more|read also|see also|share|share this|follow us|subscribe|advertisement|related|tags|print|copyright|©|all rights reserved)\b/i;

/** Collapse whitespace (including no-break spaces) to single spaces. */
export function cleanText(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

function meta($: CheerioAPI, ...selectors: string[]): string | null {
  for (const selector of selectors) {
    const value = cleanText($(selector).first().attr('content') ?? '');
    if (value) return value;
  }
  return null;
}

/**
 * Remove a site name appended to a title ("Talks in Moscow | Akorda" → "Talks in Moscow").
 * With `guess`, a short last part is dropped even when the site name is unknown (for
 * `<title>`, which nearly always ends with one).
 */
export function trimSiteName(title: string, siteName: string | null, guess = false): string {
  const parts = title.split(/\s+[|–—-]\s+|\s+::\s+/);
  if (parts.length < 2) return title;
  if (siteName) {
    const site = siteName.toLowerCase();
    const kept = parts.filter((p) => p.toLowerCase() !== site);
    if (kept.length < parts.length && kept.length > 0) return kept.join(' – ');
  }
  if (!guess) return title;
  // Drop a short last part (the usual "Title | Site" form).
  const last = parts[parts.length - 1]!;
  return last.split(/\s+/).length <= 4 && parts.slice(0, -1).join(' ').length > last.length ? parts.slice(0, -1).join(' – ') : title;
}

/** Drop every element that is page furniture, by tag, role or class/id words. */
function dropFurniture($: CheerioAPI): void {
  $(DROP_TAGS).remove();
  $('*').each((_, el) => {
    if (!('tagName' in el) || KEEP_TAGS.has(el.tagName.toLowerCase())) return;
    const names = `${$(el).attr('class') ?? ''} ${$(el).attr('id') ?? ''}`;
    if (names.trim() && FURNITURE_NAME.test(names)) $(el).remove();
  });
}

/** The element holding the article: `<article>` (the longest), articleBody, `<main>`, or the body. */
function articleRoot($: CheerioAPI) {
  const longest = (selector: string) => {
    let best: ReturnType<CheerioAPI> | null = null;
    let bestLength = 0;
    $(selector).each((_, el) => {
      const length = cleanText($(el).find('p').text()).length;
      if (length > bestLength) {
        best = $(el);
        bestLength = length;
      }
    });
    return best as ReturnType<CheerioAPI> | null;
  };
  return longest('[itemprop=articleBody]') ?? longest('article') ?? longest('main, [role=main]') ?? $('body');
}

/** Headings and paragraphs of an element, in document order, each text once. */
function blocksOf($: CheerioAPI, root: ReturnType<CheerioAPI>): ArticleBlock[] {
  const blocks: ArticleBlock[] = [];
  root.find('h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td').each((_, el) => {
    const tag = el.tagName.toLowerCase();
    const node = $(el);
    // A container whose text is in inner paragraphs is read through them.
    if (tag !== 'p' && !/^h\d$/.test(tag) && node.find('p, li, h1, h2, h3, h4, h5, h6').length > 0) return;
    if (tag === 'p' && node.parents('li, blockquote, td').length > 0 && node.parents('p').length > 0) return;
    node.find('br').replaceWith(' ');
    const text = cleanText(node.text());
    if (!text) return;
    if (/^h\d$/.test(tag)) blocks.push({ kind: 'heading', level: Number(tag[1]), text });
    else blocks.push({ kind: 'paragraph', level: 0, text });
  });
  if (blocks.every((b) => b.kind === 'heading')) {
    // A page without paragraph tags: its text lines are the paragraphs.
    root.find('br').replaceWith('\n');
    for (const line of root.text().split(/\n\s*/)) {
      const text = cleanText(line);
      if (text) blocks.push({ kind: 'paragraph', level: 0, text });
    }
  }
  return blocks.filter((b) => b.kind === 'heading' || !FURNITURE_TEXT.test(b.text));
}

/**
 * Extract an article from an HTML page. Metadata comes from the page itself: `og:title`,
 * the article's `<h1>` or `<title>`; `og:site_name` or the publisher meta; the
 * `article:published_time` meta, `datePublished` or a `<time datetime>`; `og:url` or the
 * canonical link. Missing values are null; a dateline in the text is looked for later.
 */
export function extractHtml(html: string): ExtractedArticle {
  const $ = load(html);
  const siteName = meta($, 'meta[property="og:site_name"]', 'meta[name="publisher"]', 'meta[name="application-name"]');
  const pageTitle = cleanText($('title').first().text());
  const date =
    machineDate(
      meta(
        $,
        'meta[property="article:published_time"]',
        'meta[itemprop="datePublished"]',
        'meta[name="date"]',
        'meta[name="pubdate"]',
        'meta[name="dc.date"]',
        'meta[property="og:published_time"]',
      ),
    ) ?? machineDate($('article time[datetime], time[datetime]').first().attr('datetime'));
  const url = meta($, 'meta[property="og:url"]') ?? ($('link[rel="canonical"]').attr('href')?.trim() || null);
  const keywords = meta($, 'meta[name="keywords"]', 'meta[name="news_keywords"]');
  const h1 = cleanText($('article h1').first().text()) || cleanText($('h1').first().text());
  const declared = meta($, 'meta[property="og:title"]', 'meta[name="twitter:title"]') ?? (h1 || null);
  const title = declared ? trimSiteName(declared, siteName) : pageTitle ? trimSiteName(pageTitle, siteName, true) : null;
  dropFurniture($);
  const root = articleRoot($);
  return {
    title,
    date,
    source: siteName,
    url: url && /^https?:\/\//.test(url) ? url : null,
    tags: keywords ? keywords.split(/\s*[,;]\s*/).filter((t) => t && t.length <= 40).slice(0, 8) : [],
    blocks: blocksOf($, root),
  };
}
