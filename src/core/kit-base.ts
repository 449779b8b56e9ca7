/**
 * The folder the kit is served from; its default content lives in `content/<locale>/` there
 * (unless the page sets configureContentStore({ contentBase })).
 * In the ES build this module is `dist/core/kit-base.js`, so the kit root is one level up; the
 * script build defines import.meta.url from document.currentScript to the same effect (vite.config.ts).
 */
// Not `new URL('../', import.meta.url)` in the shipped code: the bundler of an app that imports
// the kit takes that pattern for an asset import and inlines the file it names (dist/index.js, as
// a data: URL) in place of the folder. Our build keeps this joined array as it is (a constant
// string was folded back into that pattern); test/scripts/bundler-safe.test.mjs checks dist/.
const kitRootFromHere = ['..', ''].join('/');
export const kitBaseUrl: string = new URL(kitRootFromHere, import.meta.url).href;
