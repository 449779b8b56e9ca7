// The least a Lit widget of this kit can weigh, measured by `npm run size`: an element with one
// style rule that renders one @lit/localize string, with the runtime configured as src/core/locale.ts
// does it. No store, no validation, no states, no widget: what a widget's budget leaves above this
// is what the kit's own code may use. @lit/localize is the kit's own copy, from the built dist/,
// which the build trims (vite.config.ts: no status event, no checks of calls the kit cannot get
// wrong, messages keyed by their text).
import { LitElement, css, html } from 'lit';
import { configureLocalization } from '../dist/vendor/@lit/localize/init/runtime.js';
import { msg } from '../dist/vendor/@lit/localize/init/install.js';

configureLocalization({ sourceLocale: 'en', targetLocales: ['zh-CN'], loadLocale: () => import('./size-floor-strings.js') });

class SizeFloor extends LitElement {
  static styles = css`:host{display:block}`;
  render() {
    return html`<p>${msg('Loading…')}</p>`;
  }
}
customElements.define('tc-size-floor', SizeFloor);
