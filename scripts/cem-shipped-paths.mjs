/**
 * custom-elements-manifest analyzer plugin (custom-elements-manifest.config.mjs), run last: the
 * analyzer reads src/, which the package does not ship, and names modules by their source paths
 * (`src/widgets/faq/faq.ts`), as the importing file wrote them (`../../core/events.js`), or
 * root-relative (`/src/core/content-element.js`). A manifest's paths are where a consumer imports
 * from (editors' go-to-definition, docs generators, bundlers' lazy loaders), so every `path` and
 * `module` becomes the shipped file it is built to: `dist/widgets/faq/faq.js`.
 */
import { posix } from 'node:path';

/** `src/x/y.ts`, `/src/x/y.js` or a specifier relative to `from` → `dist/x/y.js`. */
export function shippedPath(path, from) {
  const resolved = path.startsWith('.') && from ? posix.join(posix.dirname(from), path) : path.replace(/^\//, '');
  const match = /^src\/(.+)\.[jt]s$/.exec(resolved);
  return match ? `dist/${match[1]}.js` : path;
}

export function shippedPathsPlugin() {
  return {
    name: 'trust-widgets:shipped-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        const source = module.path;
        const visit = (value) => {
          if (Array.isArray(value)) value.forEach(visit);
          else if (value && typeof value === 'object') {
            // A reference to another package (`package: 'lit'`) keeps its module as written.
            if (typeof value.module === 'string' && !value.package) value.module = shippedPath(value.module, source);
            Object.values(value).forEach(visit);
          }
        };
        visit(module.declarations);
        visit(module.exports);
        module.path = shippedPath(source);
      }
    },
  };
}
