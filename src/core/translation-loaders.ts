import type { TargetLocale } from './supported-locales.js';

/**
 * How each locale's UI strings are loaded: on demand, so an English page never downloads the
 * Chinese ones. The script build swaps this module for translation-loaders.script.ts.
 */
export const translationLoaders: Record<TargetLocale, () => Promise<{ templates: Record<string, unknown> }>> = {
  'zh-CN': () => import('../generated/locales/zh-CN.js'),
};
