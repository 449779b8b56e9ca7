// npm run test:scripts (after the build): an app that imports one widget, bundled by webpack 5
// and by esbuild the way a product team bundles it, from the package's own exports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import webpack from 'webpack';

// From a bundler audit: every webpack app that imported a widget threw "Cannot find module '../'"
// on load (webpack took the kit's base-folder URL for an asset it could not find), and no element
// was ever defined. It compiled "with 1 warning" only.
/** A folder with the package installed (linked) and an `index.js` of `code`. */
function appWith(code) {
  const app = mkdtempSync(join(tmpdir(), 'bundled-app-'));
  mkdirSync(join(app, 'node_modules'));
  symlinkSync(resolve('.'), join(app, 'node_modules', 'trust-widgets'), 'dir');
  writeFileSync(join(app, 'index.js'), code);
  return app;
}

/** An app that imports the FAQ and the API. */
function appImportingTheFaq() {
  return appWith("import 'trust-widgets/faq.js';\nimport { configureContentStore } from 'trust-widgets/api.js';\nconfigureContentStore({ contentBase: '/trust/' });\n");
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

/** Bytes of the app's own bundle (not its lazy chunks), minified by esbuild and gzipped at level 9, as `npm run size` measures. */
async function appBytes(code, { splitting = true } = {}) {
  const app = appWith(code);
  try {
    const result = await build({ absWorkingDir: app, entryPoints: ['index.js'], bundle: true, splitting, format: 'esm', minify: true, outdir: 'out', write: false, logLevel: 'silent' });
    return gzipSync(result.outputFiles.find((file) => file.path.endsWith('/index.js')).contents, { level: 9 }).length;
  } finally {
    rmSync(app, { recursive: true, force: true });
  }
}

// docs/bundling.md tells a product team what an app pays, from bundles like these; the figures
// drifted as the widgets grew (22.4 kB for two widgets, written on a day they were 22.8).
test("docs/bundling.md's figures for an app's bundle are esbuild's today, to 0.1 kB", async () => {
  const guide = readFileSync('docs/bundling.md', 'utf8').replace(/\s+/g, ' ');
  const kB = (bytes) => (bytes / 1000).toFixed(1);
  const faq = await appBytes("import 'trust-widgets/faq.js';");
  const both = await appBytes("import 'trust-widgets/faq.js';\nimport 'trust-widgets/retention-timeline.js';");
  const eventFromRoot = await appBytes("import 'trust-widgets/faq.js';\nimport { TcFaqToggleEvent } from 'trust-widgets';\nconsole.log(TcFaqToggleEvent);");
  const eventFromEntry = await appBytes("import { TcFaqToggleEvent } from 'trust-widgets/faq.js';\nconsole.log(TcFaqToggleEvent);");
  const inlined = await appBytes("import 'trust-widgets/faq.js';", { splitting: false });
  const timeline = "import 'trust-widgets/retention-timeline.js';\nimport { getLocale } from 'trust-widgets/api.js';\n";
  const withoutDocuments = await appBytes(`${timeline}console.log(getLocale);`);
  const withDocuments = await appBytes(
    `${timeline}import en from 'trust-widgets/content/en/retention-policy.json';\nimport zh from 'trust-widgets/content/zh-CN/retention-policy.json';\nconsole.log(getLocale, en, zh);`,
  );
  const expected = [
    `the same class brings every widget along: ${kB(eventFromRoot - eventFromEntry)} kB more for an app that shows only the FAQ`,
    `the FAQ and the retention timeline: ${kB(both)} kB together, the timeline adding ${kB(both - faq)} kB to the FAQ`,
    `without it, they are inlined, +${kB(inlined - faq)} kB for every reader`,
    `Every document imported this way is in the app's bundle, for every reader: these two, ${kB(withDocuments - withoutDocuments)} kB`,
  ];
  for (const text of expected) assert.ok(guide.includes(text), `docs/bundling.md should say "${text}"`);
  // "within 4% of the size npm run size reports for it"
  const report = execFileSync(process.execPath, ['scripts/size-report.mjs'], { encoding: 'utf8' });
  const reported = Number(report.split('\n').find((line) => line.startsWith('dist/widgets/faq/define.js')).split(/\s{2,}/)[2]);
  assert.ok(guide.includes('ships within 4% of the size `npm run size` reports for it'), 'docs/bundling.md gives the FAQ alone within 4% of npm run size');
  assert.ok(Math.abs(faq - reported) / reported <= 0.04, `esbuild's FAQ is ${faq} B, npm run size's ${reported} B`);
});
