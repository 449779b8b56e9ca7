/**
 * custom-elements-manifest analyzer plugin (custom-elements-manifest.config.mjs): the default of
 * each documented --tc-* custom property, as the widget's styles state it, for the "Default" column
 * of Storybook's docs and for editors. Written by hand in the @cssprop tags, the defaults would drift
 * from the styles; read from the styles, they cannot.
 *
 * The styles are read from the classes themselves: the widget modules are imported (importBundled),
 * and each class's static `styles` gives the CSS it adopts, its shared styles included. A
 * property's default is the fallback of its `var(--tc-x, fallback)`, with the kit's private
 * `--_tc-*` colours replaced by their values: the `light-dark(light, dark)` pair that follows the
 * page's color-scheme.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { importBundled } from './import-bundled.mjs';

const root = resolve(import.meta.dirname, '..');

/** The modules that may declare a widget class: the manifest's globs, without tests, stories, styles. */
function classModules() {
  const widgets = readdirSync(join(root, 'src/widgets')).flatMap((folder) =>
    readdirSync(join(root, 'src/widgets', folder))
      .filter((file) => file.endsWith('.ts') && !/\.(test|stories|styles)\.ts$|^define\.ts$/.test(file))
      .map((file) => join(root, 'src/widgets', folder, file)),
  );
  return [join(root, 'src/core/content-element.ts'), ...widgets];
}

/** `class name → the CSS text of its static styles`, for every exported class that has styles. */
async function stylesByClass() {
  const entry = classModules()
    .map((path, index) => `export * as module${index} from ${JSON.stringify(path)};`)
    .join('\n');
  const modules = await importBundled({ stdin: { contents: entry, resolveDir: root, loader: 'js' } });
  const styles = new Map();
  for (const module of Object.values(modules)) {
    for (const [name, value] of Object.entries(module)) {
      if (typeof value !== 'function' || !value.styles) continue;
      styles.set(name, [value.styles].flat(Infinity).map((sheet) => sheet.cssText).join('\n'));
    }
  }
  return styles;
}

/** The text from `start` to the parenthesis that closes the one open before it. */
function untilClosingParenthesis(text, start) {
  let depth = 1;
  let at = start;
  for (; at < text.length && depth > 0; at++) {
    if (text[at] === '(') depth++;
    else if (text[at] === ')') depth--;
  }
  return text.slice(start, at - 1);
}

/** `--tc-x → its default` in `cssText`; a property the CSS reads with two defaults gets both, joined. */
export function customPropertyDefaults(cssText) {
  // Outside @media and @supports blocks: one there is for a reader's preference (prefers-contrast:
  // more) or a browser's lack (no light-dark()), not the default. A widget's own styles, later,
  // still override the shared ones (the breadcrumb's loading height).
  const unconditional = cssText.replace(/@(?:media|supports)[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g, '');
  const privateValues = new Map([...unconditional.matchAll(/(--_tc-[\w-]+)\s*:\s*([^;]+);/g)].map(([, name, value]) => [name, value.trim()]));
  const resolvePrivate = (value) => value.replace(/var\(\s*(--_tc-[\w-]+)\s*\)/g, (whole, name) => privateValues.get(name) ?? whole);
  const defaults = new Map();
  for (const match of cssText.matchAll(/var\(\s*(--tc-[\w-]+)\s*,/g)) {
    // A comma is written with one space after it, however the styles space it (base.styles.ts
    // writes its font list without, for the bytes the minifier would keep).
    const fallback = resolvePrivate(untilClosingParenthesis(cssText, match.index + match[0].length).replace(/\s+/g, ' ').replace(/ ?, ?/g, ', ').trim());
    defaults.set(match[1], new Set([...(defaults.get(match[1]) ?? []), fallback]));
  }
  return new Map([...defaults].map(([name, values]) => [name, [...values].join(' or ')]));
}

export async function cssDefaultsPlugin() {
  const styles = await stylesByClass();
  return {
    name: 'trust-widgets:css-defaults',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const cssText = styles.get(declaration.name);
          if (!cssText || !declaration.cssProperties) continue;
          const defaults = customPropertyDefaults(cssText);
          declaration.cssProperties = declaration.cssProperties.map((property) =>
            defaults.has(property.name) ? { ...property, default: defaults.get(property.name) } : property,
          );
        }
      }
    },
  };
}
