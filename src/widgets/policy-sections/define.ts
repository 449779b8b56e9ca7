import { defineElement } from '../../core/define-element.js';
import { TcPolicySections } from './policy-sections.js';

defineElement('tc-policy-sections', TcPolicySections);

declare global {
  interface HTMLElementTagNameMap {
    'tc-policy-sections': TcPolicySections;
  }
}

export { TcPolicySections };

// The events' types, so that an app importing only this widget gets typed listeners.
export type { TcReadyEvent, TcErrorEvent, TcReadyDetail, TcErrorDetail } from '../../core/events.js';
