/** One block of an extracted article: a heading or a paragraph of plain text. */
export interface ArticleBlock {
  kind: 'heading' | 'paragraph';
  /** Heading level (1 for the top heading); 0 for paragraphs. */
  level: number;
  text: string;
}

/** What extraction found in a page or text; metadata the input does not give is null. */
export interface ExtractedArticle {
  title: string | null;
  /** `YYYY-MM-DD`. */
  date: string | null;
  /** Publisher as a reader would cite it. */
  source: string | null;
  url: string | null;
  tags: string[];
  blocks: ArticleBlock[];
}

/** The metadata a written document needs, complete. */
export interface DocumentMeta {
  title: string;
  date: string;
  source: string;
  url: string | null;
  tags: string[];
}

/** Metadata given by the curator (command-line flags) or a feed; each value wins over the page's. */
export interface MetaOverrides {
  title?: string;
  date?: string;
  source?: string;
  url?: string;
  tags?: string[];
}

/** Kinds of input `elshi ingest` reads. */
export type InputFormat = 'html' | 'markdown' | 'text';
