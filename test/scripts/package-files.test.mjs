// node --test test/scripts/ (after the build): the files npm publishes, as an app installs them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';

// --ignore-scripts: the list of what the current build would publish, without building again.
const [{ files }] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }));
const published = new Set(files.map((file) => file.path));

// yarn 1 and some registries' mirrors leave every node_modules folder out of a package: the ES build
// then imports a private @lit/localize that is not there, and an app's bundler fails to build.
test('no published path is inside a node_modules folder', () => {
  assert.ok(published.has('dist/index.js'), 'build first');
  assert.deepEqual([...published].filter((path) => path.split('/').includes('node_modules')), []);
});

test('every relative import of a published ES module names a published file', () => {
  const missing = [];
  for (const path of published) {
    if (!path.endsWith('.js') || path === 'dist/trust-widgets.js') continue;
    const code = readFileSync(path, 'utf8');
    for (const [, specifier] of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']+)["']/g)) {
      const target = normalize(join(path, '..', specifier));
      if (!published.has(target)) missing.push(`${path} → ${specifier}`);
    }
  }
  assert.deepEqual(missing, []);
});

test('the package publishes only what an app or an editor uses, once', () => {
  const used = /^(package\.json|README\.md|LICENSE|custom-elements\.json|dist\/.+\.(js|d\.ts|js\.map)|dist\/content\/.+\.json)$/;
  assert.deepEqual([...published].filter((path) => !used.test(path)), []);
});

// Tools that read a dependency's package.json (bundler plugins, licence checkers) import it by name.
test('an app can read the package.json of the kit through its exports', () => {
  assert.match(import.meta.resolve('trust-widgets/package.json'), /\/package\.json$/);
});
