// npm run test:scripts (after the build): an app that imports one widget, bundled by webpack 5
// and by esbuild the way a product team bundles it, from the package's own exports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import webpack from 'webpack';

// From a bundler audit: every webpack app that imported a widget threw "Cannot find module '../'"
// on load (webpack took the kit's base-folder URL for an asset it could not find), and no element
// was ever defined. It compiled "with 1 warning" only.
/** A folder with the package installed (linked) and an `index.js` that imports the FAQ and the API. */
function appImportingTheFaq() {
  const app = mkdtempSync(join(tmpdir(), 'bundled-app-'));
  mkdirSync(join(app, 'node_modules'));
  symlinkSync(resolve('.'), join(app, 'node_modules', 'trust-widgets'), 'dir');
  writeFileSync(
    join(app, 'index.js'),
    "import 'trust-widgets/faq.js';\nimport { configureContentStore } from 'trust-widgets/api.js';\nconfigureContentStore({ contentBase: '/trust/' });\n",
  );
  return app;
}

test('webpack bundles one widget and the API without a warning, and without the other widgets', async () => {
  const app = appImportingTheFaq();
  try {
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

// Rollup kept a bare import of @lit/localize's index in five modules, which the package's
// sideEffects list calls side-effect free: esbuild printed five "Ignoring this import" warnings in
// every app that imported a widget.
test('esbuild bundles one widget without a warning; with splitting, the Chinese UI strings stay a chunk of their own', async () => {
  const app = appImportingTheFaq();
  try {
    const result = await build({
      absWorkingDir: app,
      entryPoints: ['index.js'],
      bundle: true,
      splitting: true,
      format: 'esm',
      minify: true,
      outdir: 'out',
      write: false,
      logLevel: 'silent',
    });
    assert.deepEqual([...result.errors, ...result.warnings].map((problem) => problem.text), []);
    const [main, ...chunks] = result.outputFiles.sort((a, b) => Number(b.path.endsWith('index.js')) - Number(a.path.endsWith('index.js')));
    assert.match(main.text, /tc-faq/);
    assert.doesNotMatch(main.text, /tc-data-location|Replication partner/);
    // English pages do not download the Chinese strings (esbuild writes them as ASCII escapes).
    const chinese = '\\u641C\\u7D22'; // 搜索, "search"
    assert.ok(!main.text.toUpperCase().includes(chinese.toUpperCase()), 'zh-CN strings in the main bundle');
    assert.ok(chunks.some((chunk) => chunk.text.toUpperCase().includes(chinese.toUpperCase())), 'no zh-CN chunk');
  } finally {
    rmSync(app, { recursive: true, force: true });
  }
});
