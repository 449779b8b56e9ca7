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
