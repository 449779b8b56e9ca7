import { defineElement } from '../../core/define-element.js';
import { TcSidebar } from './sidebar.js';

defineElement('tc-sidebar', TcSidebar);

declare global {
  interface HTMLElementTagNameMap {
    'tc-sidebar': TcSidebar;
  }
}

export { TcSidebar };

// The events' types, so that an app importing only this widget gets typed listeners.
export type { TcReadyEvent, TcErrorEvent, TcReadyDetail, TcErrorDetail } from '../../core/events.js';
