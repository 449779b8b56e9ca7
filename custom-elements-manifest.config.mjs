// custom-elements.json, from the JSDoc tags on each widget class (@csspart, @cssprop, @fires, @slot)
// and from its Lit properties: the source of Storybook's docs and of editors' autocompletion.
export default {
  globs: ['src/widgets/*/*.ts', 'src/core/content-element.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
};
