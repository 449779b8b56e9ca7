import type { TargetLocale } from './supported-locales.js';

/**
 * How each locale's UI strings are loaded: on demand, so an English page never downloads the
 * Chinese ones. The script build swaps this module for translation-loaders.script.ts. Each is given
 * how many loads have failed on the page (locale.ts), which a bundler's chunk cannot use.
 */
export const translationLoaders: Record<TargetLocale, (failedLoads?: number) => Promise<{ templates: Record<string, unknown> }>> = {
  'zh-CN': () => import('../generated/locales/zh-CN.js'),
};
