/** What went wrong while loading a document; the widget picks its localized message by code. */
export type ContentErrorCode = 'http' | 'network' | 'timeout' | 'parse' | 'type' | 'size' | 'schema';

/**
 * `text` without the user name and password of any URL in it: a `src` such as
 * `https://editor:secret@host/faq.json` cannot be fetched, and its error would show the secret to
 * every reader of the page. Up to the last "@" of the authority, as the URL parser reads it: a src
 * it refuses is shown as written, and a password there may hold a raw "@", space or tab.
 */
const withoutCredentials = (text: string) => text.replace(/\/\/[^\n/?#]*@/g, '//');

/**
 * A failure to load or validate a content document. It always names the document (`url`) and,
 * where it can, the place inside it (`path`, a JSONPath such as `$.entries[3].question`), so a
 * content editor can go straight to the mistake.
 */
export class ContentError extends Error {
  override readonly name = 'ContentError';
  readonly url: string;

  constructor(
    readonly code: ContentErrorCode,
    url: string,
    readonly path: string,
    message: string,
    /** The HTTP status, for `http` errors. */
    readonly status?: number,
  ) {
    super(withoutCredentials(message));
    this.url = withoutCredentials(url);
  }

  /** One line for the console and logs: `url at path: message`. */
  describe(): string {
    return `${this.url} at ${this.path}: ${this.message}`;
  }
}
