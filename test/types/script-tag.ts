// Compiled on its own against the built declarations (test/scripts/types.test.mjs): a page's own
// TypeScript beside <script src=".../trust-widgets.js">, using the API the script puts on window.
import type {} from '../../dist/trust-widgets.js';

void window.TrustWidgets?.setLocale('zh-CN');
const unsubscribe = window.TrustWidgets?.onLocaleChange((locale) => locale.toUpperCase());
unsubscribe?.();
window.TrustWidgets?.configureContentStore({ timeoutMs: 5_000 });
// @ts-expect-error the API has no such function
window.TrustWidgets?.setTheme('dark');
export const version: string | undefined = window.TrustWidgets?.version;
