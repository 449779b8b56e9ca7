// The least a Lit widget of this kit can weigh, measured by `npm run size`: an element with one
// style rule that renders one @lit/localize string, with the runtime configured as src/core/locale.ts
// does it. No store, no validation, no states, no widget: what a widget's budget leaves above this
// is what the kit's own code may use.
import { LitElement, css, html } from 'lit';
import { configureLocalization, msg } from '@lit/localize';

configureLocalization({ sourceLocale: 'en', targetLocales: ['zh-CN'], loadLocale: () => import('./size-floor-strings.js') });

class SizeFloor extends LitElement {
  static styles = css`:host{display:block}`;
  render() {
    return html`<p>${msg('Loading…')}</p>`;
  }
}
customElements.define('tc-size-floor', SizeFloor);
