import { defineElement } from '../../core/define-element.js';
import { TcDataLocation } from './data-location.js';

defineElement('tc-data-location', TcDataLocation);

declare global {
  interface HTMLElementTagNameMap {
    'tc-data-location': TcDataLocation;
  }
}

export { TcDataLocation };
