/**
 * The script-tag entry (`dist/trust-widgets.js`): every widget, and the API on
 * `window.TrustWidgets`. The build wraps this bundle in a guard that skips it when the kit is
 * already on the page (vite.config.ts), so including the script twice is harmless.
 */
import { setLocale, getLocale, onLocaleChange, prefetchLocale, configureContentStore, clearContentCache, supportedLocales } from './index.js';

const api = { setLocale, getLocale, onLocaleChange, prefetchLocale, configureContentStore, clearContentCache, supportedLocales, version: __TC_VERSION__ };

// Published as dist/trust-widgets.d.ts: a page's own TypeScript gets window.TrustWidgets typed with
// `import type {} from 'trust-widgets/trust-widgets.js'`.
declare global {
  interface Window {
    TrustWidgets?: typeof api;
  }
}

window.TrustWidgets = api;
// What the build's guard checks before running a second copy (vite.config.ts).
(window as unknown as Record<symbol, boolean>)[Symbol.for('trust-widgets')] = true;
