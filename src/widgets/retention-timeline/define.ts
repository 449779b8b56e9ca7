import { defineElement } from '../../core/define-element.js';
import { TcRetentionTimeline } from './retention-timeline.js';

defineElement('tc-retention-timeline', TcRetentionTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'tc-retention-timeline': TcRetentionTimeline;
  }
}

export { TcRetentionTimeline };
export { TcRetentionDateChangeEvent, type TcRetentionDateChangeDetail } from './date-change-event.js';

// The events' types, so that an app importing only this widget gets typed listeners.
export type { TcReadyEvent, TcErrorEvent, TcReadyDetail, TcErrorDetail } from '../../core/events.js';
