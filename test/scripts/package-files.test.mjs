// npm run test:scripts (after the build): the files npm publishes, as an app installs them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

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
  const used = /^(package\.json|README\.md|docs\/[a-z-]+\.md|LICENSE|custom-elements\.json|vscode\.(html|css)-custom-data\.json|web-types\.json|dist\/THIRD-PARTY-NOTICES\.txt|dist\/.+\.(js|d\.ts|js\.map)|dist\/content\/.+\.json)$/;
  assert.deepEqual([...published].filter((path) => !used.test(path)), []);
});

// Editors read these from the installed package: VS Code by the path its settings give
// ("html.customData": ["./node_modules/trust-widgets/vscode.html-custom-data.json"], "css.customData"),
// JetBrains IDEs by package.json's "web-types". Left out of the package, completion has nothing to read.
test("the package publishes the editors' data, at the paths the README and package.json give", () => {
  const packageJson = JSON.parse(readFileSync('package.json', 'utf8'));
  for (const path of ['vscode.html-custom-data.json', 'vscode.css-custom-data.json', 'web-types.json', 'custom-elements.json']) {
    assert.ok(published.has(path), `${path} is published (npm run build makes it)`);
  }
  assert.equal(normalize(packageJson['web-types']), 'web-types.json', 'package.json names the published web-types.json');
});

// From a package-consumer audit: dist/generated/locales/zh-CN.d.ts imported types from
// @lit/localize, which the kit bundles privately and an app does not install, so an app whose
// program took in the kit's declarations with skipLibCheck off failed on "Cannot find module
// '@lit/localize'". A declaration may import only what an app that uses it has: Lit (a dependency),
// the kit itself, or the framework whose template types it declares (react.d.ts, …).
test('every package a published declaration imports is one an app installs', () => {
  const { dependencies, name } = JSON.parse(readFileSync('package.json', 'utf8'));
  const framework = { 'dist/react.d.ts': ['react'], 'dist/vue.d.ts': ['vue'], 'dist/svelte.d.ts': ['svelte'] };
  const wrong = [];
  for (const path of published) {
    if (!path.endsWith('.d.ts')) continue;
    // Import and export statements and import() types; not the words of a comment.
    const code = readFileSync(path, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    for (const [, specifier] of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)["']([^"'.][^"']*)["']/gm)) {
      const bare = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
      if (!(bare in dependencies) && bare !== name && !framework[path]?.includes(bare)) wrong.push(`${path} → ${specifier}`);
    }
  }
  assert.deepEqual(wrong, []);
});

// The README links to its guides by relative path: on npm's page and in an app's node_modules they
// are found beside it, or the README's links lead nowhere.
test('the guides the README links to are published beside it', () => {
  const guides = readdirSync('docs').filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`);
  assert.ok(guides.length > 0, 'docs/ holds the guides');
  assert.deepEqual(guides.filter((guide) => !published.has(guide)), []);
});

// Tools that read a dependency's package.json (bundler plugins, licence checkers) import it by name.
test('an app can read the package.json of the kit through its exports', () => {
  assert.match(import.meta.resolve('trust-widgets/package.json'), /\/package\.json$/);
});

// Lit and @lit/localize (BSD-3-Clause) and the fnv-plus code inside @lit/localize (MIT, should the
// build bundle its hash again: vite.config.ts's messageIdsAsText leaves it out) ask that a
// redistribution in binary form, such as the minified script, carries their notices: the build
// strips comments, so the notices ship beside the script.
test('the kit carries its licence and every notice of the third-party code in its script', () => {
  assert.ok(published.has('LICENSE'), 'LICENSE is published');
  assert.ok(published.has('dist/THIRD-PARTY-NOTICES.txt'), 'dist/THIRD-PARTY-NOTICES.txt is published');
  const notices = readFileSync('dist/THIRD-PARTY-NOTICES.txt', 'utf8');
  const { sources, sourcesContent } = JSON.parse(readFileSync('dist/trust-widgets.js.map', 'utf8'));
  const missing = new Set();
  sources.forEach((source, index) => {
    const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source);
    if (!inPackage) return;
    if (!notices.includes(inPackage[1])) missing.add(`package ${inPackage[1]}`);
    for (const [copyright] of sourcesContent[index].matchAll(/Copyright [^\n*]+/g)) {
      if (!notices.includes(copyright.trim())) missing.add(`${copyright.trim()} (${source})`);
    }
  });
  assert.deepEqual([...missing], []);
});

// The README's size figures are what a reader decides on: they must be today's, not an old build's.
test("the README's figure for the script's size is the built script's, to 0.1 kB", () => {
  const figure = /Today the script\s+is\s+([\d.]+)\s+kB/.exec(readFileSync('README.md', 'utf8'))?.[1];
  assert.ok(figure, 'the README states the size of the script');
  const built = gzipSync(readFileSync('dist/trust-widgets.js'), { level: 9 }).length / 1000;
  assert.ok(Math.abs(Number(figure) - built) <= 0.1, `README says ${figure} kB, the build is ${built.toFixed(1)} kB (npm run size)`);
});

test("the README's figures for the script as the demo server sends it and as built are today's, to 1 kB", () => {
  const [, sent, built] = /travels as ([\d.]+) kB, not its ([\d.]+) kB as built/.exec(readFileSync('README.md', 'utf8')) ?? [];
  assert.ok(sent && built, 'the README states what the demo server sends');
  const script = readFileSync('dist/trust-widgets.js');
  const gzipped = gzipSync(script, { level: 9 }).length / 1000;
  assert.ok(Math.abs(Number(sent) - gzipped) < 1, `README says ${sent} kB sent, gzip gives ${gzipped.toFixed(1)} kB`);
  assert.ok(Math.abs(Number(built) - script.length / 1000) < 1, `README says ${built} kB built, the build is ${(script.length / 1000).toFixed(1)} kB`);
});

test("the README's benchmark figures are BENCHMARKS.md's", () => {
  const readme = readFileSync('README.md', 'utf8').replace(/\s+/g, ' ');
  const benchmarks = readFileSync('BENCHMARKS.md', 'utf8');
  // A contender's row: median, min, max, ratio (median of per-round ratios), 95% interval.
  const row = (contender) => {
    const line = benchmarks.split('\n').find((text) => text.startsWith(`| ${contender} |`));
    assert.ok(line, `BENCHMARKS.md has a row for ${contender}`);
    const [median, , , ratio, interval] = line.split('|').slice(2).map((cell) => cell.trim());
    return { median, ratio, interval: interval.split('–') };
  };
  const faq = row('`<tc-faq>`');
  const table = row('`<tc-data-location>`');
  const shoelace = / ([\d.]+)× Shoelace/.exec(benchmarks)?.[1];
  const nativeToggle = row('native `<details>`').median;
  const toggle = benchmarks.slice(benchmarks.indexOf('## Toggle')).split('\n').find((text) => text.startsWith('| `<tc-faq>` |'));
  const expected = [
    `1,000 FAQ entries ${faq.ratio}× native \`<details>\` and ${shoelace}× Shoelace`,
    `500 table rows ${table.ratio}× a native table (95% interval ${table.interval[0]} to ${table.interval[1]})`,
    `opening one FAQ entry ${Number(toggle.split('|')[2]).toFixed(1)} ms against ${Number(nativeToggle).toFixed(1)} ms`,
  ];
  for (const text of expected) assert.ok(readme.includes(text), `README should say "${text}" (npm run bench wrote BENCHMARKS.md)`);
});

test("the README's other size figures are what npm run size reports today", () => {
  const report = execFileSync(process.execPath, ['scripts/size-report.mjs'], { encoding: 'utf8' });
  // A row: output, min, min+gz, no Lit, budget, ceiling.
  const rows = report.split('\n').filter((line) => line.startsWith('dist/') || line.startsWith('floor'));
  const gzipped = (start) => Number(rows.find((line) => line.startsWith(start)).split(/\s{2,}/)[2]);
  const entries = rows.filter((line) => line.startsWith('dist/widgets/')).map((line) => line.split(/\s{2,}/));
  const content = entries.filter(([output]) => !output.includes('locale-switch'));
  const kB = (bytes) => (bytes / 1000).toFixed(1);
  const range = (values) => `${kB(Math.min(...values))} to ${kB(Math.max(...values))} kB`;
  const readme = readFileSync('README.md', 'utf8').replace(/\s+/g, ' ');
  const expected = [
    `pays Lit and the kit's shared core (the ${kB(gzipped('floor + kit core'))} kB below) once`,
    `the locale switch ${gzipped('dist/widgets/locale-switch/').toLocaleString('en-US')} B with Lit (${9000 - gzipped('dist/widgets/locale-switch/')} B under its 9 kB budget)`,
    `the content widgets ${range(content.map((row) => Number(row[2])))} with Lit and ${range(content.map((row) => Number(row[3])))} without`,
    `Lit itself is ${range(entries.map((row) => row[2] - row[3]))} of each entry`,
    `weighs ${kB(gzipped('floor: empty'))} kB (the floor)`,
    `shared styles) ${kB(gzipped('floor + kit core'))} kB`,
  ];
  for (const text of expected) assert.ok(readme.includes(text), `README should say "${text}" (npm run size)`);
});
