import { defineElement } from '../../core/define-element.js';
import { TcFaq } from './faq.js';

defineElement('tc-faq', TcFaq);

declare global {
  interface HTMLElementTagNameMap {
    'tc-faq': TcFaq;
  }
}

export { TcFaq };
