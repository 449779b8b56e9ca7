import { defineElement } from '../../core/define-element.js';
import { TcPolicySections } from './policy-sections.js';

defineElement('tc-policy-sections', TcPolicySections);

declare global {
  interface HTMLElementTagNameMap {
    'tc-policy-sections': TcPolicySections;
  }
}

export { TcPolicySections };
