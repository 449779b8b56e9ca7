// npm run test:scripts (after the build): the ES build as an app's bundler reads it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const esModules = readdirSync('dist', { recursive: true })
  .filter((file) => file.endsWith('.js') && !file.startsWith('vendor') && file !== 'trust-widgets.js')
  .map((file) => join('dist', file));

// Vite, webpack 5 and Parcel take `new URL(<path>, import.meta.url)` for an asset import. With a
// literal they replaced it with the file it names: the kit's base folder became dist/index.js
// inlined as a data: URL, and every widget of a bundled app failed to load its default content.
// With any other expression, webpack 5 put a stub that threw "Cannot find module '../'" when the
// module ran (a bundler audit): no widget of a webpack app was defined.
test('no ES module of the kit holds a new URL(…, import.meta.url) an app bundler would rewrite', () => {
  assert.ok(esModules.length > 20, `found only ${esModules.length} modules: build first`);
  const assetPattern = /new\s+URL\s*\([^()]*,\s*import\.meta\.url\s*\)/;
  const offenders = esModules.filter((file) => assetPattern.test(readFileSync(file, 'utf8')));
  assert.deepEqual(offenders, []);
});

// Static imports of an ES module of dist/, followed through the kit's own files.
function reachedFrom(entry, seen = new Set()) {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(entry, 'utf8');
  for (const [, specifier] of code.matchAll(/(?:^|\n)\s*(?:import|export)\s*(?:[^'"]*?\sfrom\s*)?["'](\.[^"']+)["']/g)) {
    reachedFrom(join(entry, '..', specifier), seen);
  }
  return seen;
}

test('the API entry (trust-widgets/api.js) defines no widget: a page importing one widget adds only the API', () => {
  const reached = [...reachedFrom(join('dist', 'api.js'))];
  assert.ok(reached.some((file) => file.endsWith(join('core', 'locale.js'))), reached.join(', '));
  assert.deepEqual(reached.filter((file) => file.includes(`widgets`)), []);
});

test('package.json shares Lit with the app and points editors at the published custom-elements.json', () => {
  const { customElements, files, dependencies } = JSON.parse(readFileSync('package.json', 'utf8'));
  // An exact version made npm nest a second Lit under the kit in any app on another Lit 3 release.
  assert.match(dependencies.lit, /^\^3\./, 'Lit must be a range that the app’s own Lit 3 can satisfy');
  // A manifest analyzer run once rewrote this to a temp folder of the machine it ran on.
  assert.equal(customElements, 'custom-elements.json');
  assert.ok(files.includes('custom-elements.json'), 'the manifest is published');
});

// An app's unit tests and server bundles import the kit in Node, where there is no DOM (docs/bundling.md).
test('every ES entry imports in Node without a DOM', () => {
  const entries = ['dist/index.js', 'dist/api.js', ...readdirSync('dist/widgets').map((name) => `dist/widgets/${name}/define.js`)];
  const script = `await Promise.all(${JSON.stringify(entries.map((entry) => `./${entry}`))}.map((entry) => import(entry)))`;
  execFileSync('node', ['--input-type=module', '-e', script], { encoding: 'utf8', stdio: 'pipe' });
});
