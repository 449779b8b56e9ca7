// npm run test:scripts: package-lock.json installs with `npm ci` under every npm a contributor or
// a CI runner has: npm 11 (Node 20 as this machine has it, Node 24) and npm 10 (Node 22 LTS).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// The project's own copy (many of its tools use it): the one npm itself uses to read ranges.
import semver from 'semver';

const root = join(import.meta.dirname, '../..');
const { packages } = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));

/** The lockfile path that `name` resolves to from the package at `location`, as Node looks it up. */
function resolveFrom(location, name, tree = packages) {
  for (let folder = location; ; folder = folder.replace(/\/?node_modules\/(@[^/]+\/)?[^/]+$/, '')) {
    const candidate = folder ? `${folder}/node_modules/${name}` : `node_modules/${name}`;
    if (tree[candidate]) return candidate;
    if (!folder) return undefined;
  }
}

// npm 10 and npm 11 disagree on an optional peer dependency that is in the tree at a version outside
// its range: npm 10 nests a version in range beside the package, npm 11 leaves it be. A lockfile that
// npm 11 wrote then lacks what npm 10 wants, and `npm ci` on Node 22 stops before installing anything
// ("Missing: picomatch@4.0.7 from lock file": svelte-check's fdir takes picomatch ^3 || ^4 and
// found the 2.3.2 that anymatch and micromatch need, until package.json asked for 4.0.7 itself).
// Where the version in the tree is in range, both leave it be and write the same lockfile.
test('every optional peer dependency found in the tree is in its range, so npm 10 and npm 11 agree on the lockfile', () => {
  const outOfRange = [];
  for (const [location, entry] of Object.entries(packages)) {
    for (const [name, range] of Object.entries(entry.peerDependencies ?? {})) {
      if (!entry.peerDependenciesMeta?.[name]?.optional) continue;
      const found = resolveFrom(location, name);
      if (found && !semver.satisfies(packages[found].version, range)) {
        outOfRange.push(`${location} takes ${name}@"${range}" and finds ${found}@${packages[found].version}`);
      }
    }
  }
  assert.deepEqual(outOfRange, []);
});

test('the lockfile lookup finds a package where Node would', () => {
  const tree = Object.fromEntries(
    ['', 'node_modules/a', 'node_modules/a/node_modules/b', 'node_modules/b', 'node_modules/@s/c', 'node_modules/@s/c/node_modules/@s/d', 'node_modules/@s/c/node_modules/b'].map((path) => [path, {}]),
  );
  assert.equal(resolveFrom('node_modules/a', 'b', tree), 'node_modules/a/node_modules/b');
  assert.equal(resolveFrom('node_modules/a/node_modules/b', 'b', tree), 'node_modules/a/node_modules/b');
  assert.equal(resolveFrom('node_modules/@s/c/node_modules/@s/d', 'b', tree), 'node_modules/@s/c/node_modules/b');
  assert.equal(resolveFrom('node_modules/@s/c/node_modules/@s/d', 'a', tree), 'node_modules/a');
  assert.equal(resolveFrom('', 'b', tree), 'node_modules/b');
  assert.equal(resolveFrom('node_modules/a', 'e', tree), undefined);
});
