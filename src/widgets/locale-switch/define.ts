import { defineElement } from '../../core/define-element.js';
import { TcLocaleSwitch } from './locale-switch.js';

defineElement('tc-locale-switch', TcLocaleSwitch);

declare global {
  interface HTMLElementTagNameMap {
    'tc-locale-switch': TcLocaleSwitch;
  }
}

export { TcLocaleSwitch };
