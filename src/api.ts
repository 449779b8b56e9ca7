/**
 * The kit's API without any widget: import it beside single widgets
 * (`import { setLocale } from 'trust-widgets/api.js'`) to switch locale or configure the store
 * without paying for the widgets you do not use, as the root entry would make you.
 */
export { setLocale, getLocale, resolveLocale, onLocaleChange, prefetchLocale, supportedLocales, type Locale } from './core/locale.js';
export { configureContentStore, clearContentCache, type ContentStoreOptions } from './core/content-store.js';
export { ContentError, type ContentErrorCode } from './core/content-error.js';
export type { LoadStatus } from './core/content-element.js';
export type { HeadingLevel } from './core/heading.js';
export { TcErrorEvent, TcReadyEvent, type TcErrorDetail, type TcReadyDetail } from './core/events.js';
export { safeHref } from './core/safe-url.js';
export type * from './core/content-types.js';
