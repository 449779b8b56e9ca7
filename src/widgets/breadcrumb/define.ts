import { defineElement } from '../../core/define-element.js';
import { TcBreadcrumb } from './breadcrumb.js';

defineElement('tc-breadcrumb', TcBreadcrumb);

declare global {
  interface HTMLElementTagNameMap {
    'tc-breadcrumb': TcBreadcrumb;
  }
}

export { TcBreadcrumb };
