export interface TcRetentionDateChangeDetail {
  /** The subscription's end date, YYYY-MM-DD, or null when none or no valid one is entered. */
  endDate: string | null;
  /** The date the retention period ends and the data is deleted, YYYY-MM-DD, or null. */
  deletionDate: string | null;
  /** Days from today until the deletion date (0 or less once it has come), or null. */
  daysLeft: number | null;
}

/**
 * The calculated deletion date of `<tc-retention-timeline>` changed. Bubbles and crosses shadow
 * roots, so a product page can listen anywhere above the widget.
 */
export class TcRetentionDateChangeEvent extends CustomEvent<TcRetentionDateChangeDetail> {
  constructor(detail: TcRetentionDateChangeDetail) {
    super('tc-retention-date-change', { bubbles: true, composed: true, detail });
  }
}

declare global {
  // Bubbling out of shadow roots, it reaches the document and the window: typed there too.
  interface HTMLElementEventMap {
    'tc-retention-date-change': TcRetentionDateChangeEvent;
  }
  interface DocumentEventMap {
    'tc-retention-date-change': TcRetentionDateChangeEvent;
  }
  interface WindowEventMap {
    'tc-retention-date-change': TcRetentionDateChangeEvent;
  }
}
