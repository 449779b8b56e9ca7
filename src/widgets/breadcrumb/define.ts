import { defineElement } from '../../core/define-element.js';
import { TcBreadcrumb } from './breadcrumb.js';

defineElement('tc-breadcrumb', TcBreadcrumb);

declare global {
  interface HTMLElementTagNameMap {
    'tc-breadcrumb': TcBreadcrumb;
  }
}

export { TcBreadcrumb };

// The events' types, so that an app importing only this widget gets typed listeners.
export type { TcReadyEvent, TcErrorEvent, TcReadyDetail, TcErrorDetail } from '../../core/events.js';
