// The app, as docs/bundling.md ("In a micro-frontend") has it: the classes and the API, defined under its own
// names in a scoped registry of its shadow root (the browser's, or the polyfill's with its own
// API where the page loaded it), or on the page where there are none.
import { TcFaq } from '/dist/widgets/faq/faq.js';
import { TcLocaleSwitch } from '/dist/widgets/locale-switch/locale-switch.js';
import { getLocale, onLocaleChange, setLocale } from '/dist/api.js';

let registry = customElements;
let root = document.getElementById('app');
if ('customElementRegistry' in Element.prototype) {
  registry = new CustomElementRegistry();
  root = root.attachShadow({ mode: 'open', customElementRegistry: registry });
} else if (window.CustomElementRegistryPolyfill) {
  registry = new CustomElementRegistry();
  root = root.attachShadow({ mode: 'open', registry });
}
registry.define('acme-faq', TcFaq);
registry.define('acme-language', TcLocaleSwitch);
root.innerHTML = '<acme-language></acme-language><acme-faq></acme-faq>';

// The link of docs/bundling.md between the two copies' locales, once the portal's script has run.
function link() {
  const portal = window.TrustWidgets;
  if (!portal) return; // the portal's widgets come from ES modules: they follow <html lang> only
  void setLocale(portal.getLocale());
  portal.onLocaleChange((locale) => locale !== getLocale() && setLocale(locale));
  onLocaleChange((locale) => locale !== portal.getLocale() && portal.setLocale(locale));
}
if (window.TrustWidgets) link();
else customElements.whenDefined('tc-locale-switch').then(link);
Object.assign(window, { appRoot: root, moduleLoaded: true });
