import { defineElement } from '../../core/define-element.js';
import { TcDataLocation } from './data-location.js';

defineElement('tc-data-location', TcDataLocation);

declare global {
  interface HTMLElementTagNameMap {
    'tc-data-location': TcDataLocation;
  }
}

export { TcDataLocation };

// The events' types, so that an app importing only this widget gets typed listeners.
export type { TcReadyEvent, TcErrorEvent, TcReadyDetail, TcErrorDetail } from '../../core/events.js';
