// Apart from locale.ts, which configures @lit/localize when imported: the content schema needs the
// list too, and content:check runs it in Node before `npm run generate` has made anything.

/** The locales the kit ships UI strings and default content for. */
export type Locale = 'en' | 'zh-CN';
/** The source locale (whose UI strings are built in) first: locale.ts takes the rest as targets. */
export const supportedLocales = ['en', 'zh-CN'] as const satisfies readonly Locale[];
export const sourceLocale: Locale = 'en';
