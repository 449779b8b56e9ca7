import type { ContentError } from './content-error.js';
import type { Locale } from './locale.js';

export interface TcErrorDetail {
  url: string;
  /** JSONPath of the problem inside the document, `$` for the whole document. */
  path: string;
  message: string;
  code: ContentError['code'];
}

/** A widget could not show its content. Bubbles and crosses shadow roots, for host monitoring. */
export class TcErrorEvent extends CustomEvent<TcErrorDetail> {
  constructor(error: ContentError) {
    super('tc-error', {
      bubbles: true,
      composed: true,
      detail: { url: error.url, path: error.path, message: error.message, code: error.code },
    });
  }
}

export interface TcReadyDetail {
  url: string;
  /** The locale of the content shown (the fallback's when the requested locale had none). */
  locale: Locale;
}

/** A widget has rendered its content. */
export class TcReadyEvent extends CustomEvent<TcReadyDetail> {
  constructor(detail: TcReadyDetail) {
    super('tc-ready', { bubbles: true, composed: true, detail });
  }
}

declare global {
  // Bubbling out of shadow roots, these reach the document and the window: typed there too.
  interface HTMLElementEventMap {
    'tc-error': TcErrorEvent;
    'tc-ready': TcReadyEvent;
  }
  interface DocumentEventMap {
    'tc-error': TcErrorEvent;
    'tc-ready': TcReadyEvent;
  }
  interface WindowEventMap {
    'tc-error': TcErrorEvent;
    'tc-ready': TcReadyEvent;
  }
}
