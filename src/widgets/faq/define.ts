import { defineElement } from '../../core/define-element.js';
import { TcFaq } from './faq.js';

defineElement('tc-faq', TcFaq);

declare global {
  interface HTMLElementTagNameMap {
    'tc-faq': TcFaq;
  }
}

export { TcFaq };

// The events' types, so that an app importing only this widget gets typed listeners.
export type { TcReadyEvent, TcErrorEvent, TcReadyDetail, TcErrorDetail } from '../../core/events.js';
export { TcFaqToggleEvent, type TcFaqToggleDetail } from './faq-events.js';
