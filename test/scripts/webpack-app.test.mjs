// node --test test/scripts/ (after the build): an app that imports one widget, bundled by webpack 5
// the way a product team bundles it, from the package's own exports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import webpack from 'webpack';

// From a bundler audit: every webpack app that imported a widget threw "Cannot find module '../'"
// on load (webpack took the kit's base-folder URL for an asset it could not find), and no element
// was ever defined. It compiled "with 1 warning" only.
test('webpack bundles one widget and the API without a warning, and without the other widgets', async () => {
  const app = mkdtempSync(join(tmpdir(), 'webpack-app-'));
  try {
    mkdirSync(join(app, 'node_modules'));
    symlinkSync(resolve('.'), join(app, 'node_modules', 'trust-widgets'), 'dir');
    writeFileSync(
      join(app, 'index.js'),
      "import 'trust-widgets/faq.js';\nimport { configureContentStore } from 'trust-widgets/api.js';\nconfigureContentStore({ contentBase: '/trust/' });\n",
    );
    const stats = await new Promise((done, fail) =>
      webpack({ mode: 'production', context: app, entry: './index.js', output: { path: join(app, 'dist') } }, (error, result) => (error ? fail(error) : done(result))),
    );
    const { errors, warnings } = stats.toJson({ all: false, errors: true, warnings: true });
    assert.deepEqual([...errors, ...warnings].map((problem) => problem.message.split('\n')[0]), []);
    const bundle = readFileSync(join(app, 'dist', 'main.js'), 'utf8');
    assert.doesNotMatch(bundle, /Cannot find module/);
    assert.match(bundle, /tc-faq/);
    assert.doesNotMatch(bundle, /tc-data-location|Replication partner/);
  } finally {
    rmSync(app, { recursive: true, force: true });
  }
});
