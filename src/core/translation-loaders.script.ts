import { kitBaseUrl } from './kit-base.js';
import type { TargetLocale } from './supported-locales.js';

/**
 * The classic script has no module graph to split, so each locale's UI strings are an ES module
 * beside it (dist/locales/<locale>.js), loaded with a native import() when first needed. Module
 * scripts are always decoded as UTF-8, whatever the host page's charset.
 * A module that failed to load stays failed in the page's module map, under its URL, and one whose
 * request was given up (locale.ts) stays waiting for it: a retry (see setLocale) asks for it under
 * another URL, or it would fail or wait again without a new request. Not on a page
 * whose import map checks this file's integrity (docs/embedding.md, "Subresource Integrity"): the map
 * names the file's own URL only, and the file it refused would load unchecked under another. A map
 * that mentions integrity but not the file (a portal checking its own modules) keeps the retry.
 */
export const translationLoaders: Record<TargetLocale, (failedLoads?: number) => Promise<{ templates: Record<string, unknown> }>> = {
  'zh-CN': (failedLoads) =>
    import(
      /* @vite-ignore */ `${kitBaseUrl}locales/zh-CN.js${
        failedLoads && ![...document.querySelectorAll<HTMLScriptElement>('script[type=importmap i]')].some((map) => map.text.includes('integrity') && map.text.includes('zh-CN.js')) ? `?retry=${failedLoads}` : ''
      }`
    ),
};
