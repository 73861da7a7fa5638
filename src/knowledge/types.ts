/** A curated document of the archive, as read from one Markdown file. */
export interface KnowledgeDocument {
  /** File name without `.md`, relative to the knowledge folder (subfolders joined with `/`). */
  id: string;
  title: string;
  /** Event or publication date, `YYYY-MM-DD`. */
  date: string;
  /** Publisher as a reader would cite it. */
  source: string;
  url: string | null;
  language: string;
  tags: string[];
  /** Absolute path of the file the document was read from. */
  file: string;
  /** Body blocks in order: headings and paragraphs, each with its line in the file. */
  blocks: Block[];
  /** Hash of the file's content, used to key caches and notice changes. */
  hash: string;
}

/** One block of a document body. */
export interface Block {
  kind: 'heading' | 'paragraph';
  /** Heading level (1 for `#`, 2 for `##` …); 0 for paragraphs. */
  level: number;
  text: string;
  /** 1-based line in the file where the block starts. */
  line: number;
}

/** A sentence-level passage: the unit the index searches and the bot quotes. */
export interface Passage {
  /** Stable id `<docId>#<n>`. */
  id: string;
  docId: string;
  /** 0-based position of the passage in its document. */
  position: number;
  /** 0-based index of the paragraph the passage belongs to. */
  paragraph: number;
  text: string;
  /** Heading the passage stands under, or null. */
  section: string | null;
}

/** The citable facts of a document, as they appear in answers and JSON output. */
export interface DocumentRef {
  id: string;
  title: string;
  date: string;
  source: string;
  url: string | null;
}

/** The loaded archive: documents and their passages. */
export interface KnowledgeBase {
  documents: KnowledgeDocument[];
  passages: Passage[];
  /** Hash over every document's hash and the extra files (aliases), for caches. */
  hash: string;
  /** Curator alias groups read from `aliases.yml`, if any. */
  aliases: string[][];
}

/** Strip a document to the fields a citation carries. */
export function documentRef(doc: KnowledgeDocument): DocumentRef {
  return { id: doc.id, title: doc.title, date: doc.date, source: doc.source, url: doc.url };
}
