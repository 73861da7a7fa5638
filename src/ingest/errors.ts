/** What went wrong while ingesting a document. */
export type IngestErrorCode =
  /** Title, date or source could not be found; the message names the flag to give. */
  | 'missing_metadata'
  /** A flag has a value that cannot be used (a malformed date or URL). */
  | 'bad_flag'
  /** The input has no article text that would make a passage. */
  | 'no_text'
  /** The page or feed could not be fetched. */
  | 'fetch_failed'
  /** The document that would be written does not pass the knowledge format's validation. */
  | 'invalid_document'
  /** A feed could not be read as RSS or Atom. */
  | 'bad_feed';

/** An ingest failure with a message meant for the curator who ran the command. */
export class IngestError extends Error {
  readonly code: IngestErrorCode;

  constructor(code: IngestErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'IngestError';
    this.code = code;
  }
}
