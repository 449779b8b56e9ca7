/** axe-core's minified build: loading it sets `window.axe` (typed in helpers.ts); nothing is imported from it. */
declare module 'axe-core/axe.min.js';
