// Apart from locale.ts, which configures @lit/localize when imported: the content schema needs the
// list too, and content:check runs it in Node before `npm run generate` has made anything.
// docs/locales.md ("Adding a language") lists what else names the locales; test/scripts/locales.test.mjs
// fails while one of them disagrees with this list.

/**
 * The locales the kit ships UI strings and default content for: the source locale (whose UI
 * strings are built in) first; locale.ts takes the rest as targets.
 */
export const supportedLocales = ['en', 'zh-CN'] as const;
export type Locale = (typeof supportedLocales)[number];
export const sourceLocale: Locale = 'en';
/** The locales whose UI strings load on demand (translation-loaders.ts must have one for each). */
export type TargetLocale = Exclude<Locale, 'en'>;
