// custom-elements.json, from the JSDoc tags on each widget class (@csspart, @cssprop, @fires, @slot)
// and from its Lit properties: the source of Storybook's docs and of editors' autocompletion.
export default {
  globs: ['src/widgets/*/*.ts', 'src/core/content-element.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  plugins: [onlyDocumentedEvents()],
};

/**
 * The analyzer also reads `dispatchEvent(new TcErrorEvent(error))` as an event named after the
 * constructor's argument ("error", "detail"...). The kit's events all start with "tc-" and are
 * documented with @fires: keep those.
 */
function onlyDocumentedEvents() {
  return {
    name: 'trust-widgets:only-documented-events',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.name?.startsWith('tc-'));
        }
      }
    },
  };
}
