// custom-elements.json, from the JSDoc tags on each widget class (@csspart, @cssprop, @fires, @slot),
// its Lit properties, the tag its define.ts registers and the custom properties' defaults its styles
// state: the source of Storybook's docs and of editors' autocompletion, published with the package.
import { defineElementPlugin } from './scripts/cem-define-element.mjs';
import { shippedPathsPlugin } from './scripts/cem-shipped-paths.mjs';
import { documentTypesPlugin } from './scripts/cem-document-types.mjs';
import { cssDefaultsPlugin } from './scripts/cem-css-defaults.mjs';
import { expandedTypesPlugin } from './scripts/cem-expanded-types.mjs';

export default {
  globs: ['src/widgets/*/*.ts', 'src/core/content-element.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  // package.json names ./custom-elements.json already; left on, the analyzer rewrote it to wherever
  // a run wrote its output (test/scripts/manifest-theming.test.mjs writes to a temp folder).
  packagejson: false,
  // Shipped paths last: the define-element plugin finds define.ts modules by their source paths.
  plugins: [defineElementPlugin(), documentTypesPlugin(), expandedTypesPlugin(), await cssDefaultsPlugin(), shippedPathsPlugin()],
};
