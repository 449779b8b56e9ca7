/** What went wrong while loading a document; the widget picks its localized message by code. */
export type ContentErrorCode = 'http' | 'network' | 'timeout' | 'parse' | 'type' | 'size' | 'schema';

/**
 * A failure to load or validate a content document. It always names the document (`url`) and,
 * where it can, the place inside it (`path`, a JSONPath such as `$.entries[3].question`), so a
 * content editor can go straight to the mistake.
 */
export class ContentError extends Error {
  override readonly name = 'ContentError';

  constructor(
    readonly code: ContentErrorCode,
    readonly url: string,
    readonly path: string,
    message: string,
    /** The HTTP status, for `http` errors. */
    readonly status?: number,
  ) {
    super(message);
  }

  /** One line for the console and logs: `url at path: message`. */
  describe(): string {
    return `${this.url} at ${this.path}: ${this.message}`;
  }
}
