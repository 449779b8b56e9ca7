import { defineElement } from '../../core/define-element.js';
import { TcLocaleSwitch } from './locale-switch.js';

defineElement('tc-locale-switch', TcLocaleSwitch);

declare global {
  interface HTMLElementTagNameMap {
    'tc-locale-switch': TcLocaleSwitch;
  }
}

export { TcLocaleSwitch };

// The event's type, so that an app importing only this widget gets a typed listener.
export { TcLocaleChangeEvent, type TcLocaleChangeDetail } from './locale-switch.js';
