export interface TcFaqToggleDetail {
  /** The entry's id from the content, the same in every locale. */
  id: string;
  /** Whether the entry is open now. */
  open: boolean;
}

/**
 * An FAQ entry opened or closed, whatever the cause (a click, a key, find-in-page, a deep link,
 * expandAll()), like the native `toggle` event of `<details>`. Bubbles and crosses shadow roots,
 * for host analytics.
 */
export class TcFaqToggleEvent extends CustomEvent<TcFaqToggleDetail> {
  constructor(detail: TcFaqToggleDetail) {
    super('tc-faq-toggle', { bubbles: true, composed: true, detail });
  }
}

declare global {
  // Bubbling out of shadow roots, it reaches the document and the window: typed there too.
  interface HTMLElementEventMap {
    'tc-faq-toggle': TcFaqToggleEvent;
  }
  interface DocumentEventMap {
    'tc-faq-toggle': TcFaqToggleEvent;
  }
  interface WindowEventMap {
    'tc-faq-toggle': TcFaqToggleEvent;
  }
}
