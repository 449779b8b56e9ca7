// A host application with its own Lit and its own @lit/localize (a French page), as a portal that
// already uses Lit would have. It counts its element's renders so the test can tell whether the
// kit's locale switches reach it.
import { html, LitElement } from 'lit';
import { configureLocalization, localized, msg } from '@lit/localize';

const { setLocale } = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['fr'],
  loadLocale: async () => ({ templates: { hostGreeting: 'Bonjour' } }),
});

@localized()
class HostGreeting extends LitElement {
  renders = 0;
  override render() {
    this.renders++;
    return html`<p>${msg('Hello', { id: 'hostGreeting' })}</p>`;
  }
}
customElements.define('host-greeting', HostGreeting);

Object.assign(window, { hostSetLocale: setLocale });
