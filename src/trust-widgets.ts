/**
 * The script-tag entry (`dist/trust-widgets.js`): every widget, and the API on
 * `window.TrustWidgets`. The build wraps this bundle in a guard that skips it when the kit is
 * already on the page (vite.config.ts), so including the script twice is harmless.
 */
import { setLocale, getLocale, onLocaleChange, configureContentStore, clearContentCache, supportedLocales } from './index.js';

const api = { setLocale, getLocale, onLocaleChange, configureContentStore, clearContentCache, supportedLocales, version: __TC_VERSION__ };

declare global {
  const __TC_VERSION__: string;
  interface Window {
    TrustWidgets?: typeof api;
  }
}

window.TrustWidgets = api;
// What the build's guard checks before running a second copy (vite.config.ts).
(window as unknown as Record<symbol, boolean>)[Symbol.for('trust-widgets')] = true;
