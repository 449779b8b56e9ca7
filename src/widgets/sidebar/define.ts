import { defineElement } from '../../core/define-element.js';
import { TcSidebar } from './sidebar.js';

defineElement('tc-sidebar', TcSidebar);

declare global {
  interface HTMLElementTagNameMap {
    'tc-sidebar': TcSidebar;
  }
}

export { TcSidebar };
