// npm run size: min+gzip bytes of each shipped output, against the budgets and against the ceilings.
//
// - The script bundle is measured as built. Each widget's ES entry is bundled and minified with
//   everything it loads up front, as a product page that imports only that widget pays for it:
//   once with Lit (a page without Lit of its own), once without (a page that already has Lit).
// - Budgets are the product's targets (the performance issue): 15,000 B for the script, 9,000 B
//   for a widget's entry with Lit. Outputs over budget are listed; `--strict` fails on them.
// - Ceilings (size-ceilings.json) are today's sizes: any output that grows past its ceiling fails,
//   so nothing gets bigger unnoticed while the budgets are not met. A change that has to grow an
//   output says so by running `npm run size -- --update-ceilings` (today's sizes, rounded up to the
//   next 100 B so that a fix of a few bytes does not need it) and committing the file.
// - The floor (scripts/size-floor.js) is a reference, not an output: Lit and @lit/localize under an
//   element that does nothing else, to show what a budget leaves for the kit's own code; and the
//   same with the kit's core (scripts/size-core-floor.js), what every content widget starts from.
// - `--breakdown`: where the script bundle's bytes go, by package and by folder of src/.
// Needs `npm run build` first.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { importBundled } from './import-bundled.mjs';

const SCRIPT_BUDGET = 15_000;
const WIDGET_BUDGET = 9_000;
const CEILINGS_FILE = 'size-ceilings.json';
const args = new Set(process.argv.slice(2));

const gzipped = (bytes) => gzipSync(bytes, { level: 9 }).length;
const widgets = readdirSync('dist/widgets').sort();
const problems = [];

// With code splitting, as an application's bundler would do it; what counts is what loads up front:
// the entry chunk and the chunks it imports statically (not the on-demand Chinese strings).
async function bundledSize(entry, { ownWidget, withLit = true } = {}) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    splitting: true,
    outdir: 'size-report.out',
    write: false,
    metafile: true,
    logLevel: 'error',
    external: withLit ? [] : ['lit', 'lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*', '@lit/reactive-element', '@lit/reactive-element/*'],
  });
  const outputs = result.metafile.outputs;
  const entryOutput = Object.keys(outputs).find((name) => outputs[name].entryPoint);
  const upFront = new Set();
  const visit = (name) => {
    if (upFront.has(name)) return;
    upFront.add(name);
    for (const imported of outputs[name].imports) if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
  };
  visit(entryOutput);
  const files = result.outputFiles.filter((file) => [...upFront].some((name) => file.path.endsWith(name)));
  const code = Buffer.concat(files.map((file) => Buffer.from(file.contents)));
  // Importing one widget must not bring another along: no other widget's tag may be defined.
  if (ownWidget) {
    const text = new TextDecoder().decode(code);
    for (const other of widgets) {
      if (other !== ownWidget && text.includes(`"tc-${other}"`)) problems.push(`${entry} pulls in <tc-${other}>`);
    }
  }
  return { minified: code.length, gzipped: gzipped(code) };
}

const rows = [];
const script = readFileSync('dist/trust-widgets.js');
rows.push({ output: 'dist/trust-widgets.js (script tag, everything)', minified: script.length, gzipped: gzipped(script), budget: SCRIPT_BUDGET });
rows.push({ output: 'dist/index.js (ES, every widget)', ...(await bundledSize('dist/index.js')) });
for (const name of widgets) {
  const entry = `dist/widgets/${name}/define.js`;
  const withoutLit = await bundledSize(entry, { withLit: false });
  rows.push({ output: `${entry} (ES, ${name} only)`, ...(await bundledSize(entry, { ownWidget: name })), withoutLit: withoutLit.gzipped, budget: WIDGET_BUDGET });
}
// The floor: Lit and @lit/localize under an element that does nothing else (scripts/size-floor.js).
const floor = { output: 'floor: empty Lit element, one localized string', ...(await bundledSize('scripts/size-floor.js')), reference: true };
const coreFloor = { output: 'floor + kit core: a content widget, no widget code', ...(await bundledSize('scripts/size-core-floor.js')), reference: true };
rows.push(floor, coreFloor);
// Each target locale's UI strings (lit-localize.json), loaded on demand: the script's own file, and the ES build's module.
for (const locale of JSON.parse(readFileSync('lit-localize.json', 'utf8')).targetLocales)
  for (const [file, by] of [[`dist/locales/${locale}.js`, 'script tag'], [`dist/generated/locales/${locale}.js`, 'ES']]) {
    const strings = readFileSync(file);
    rows.push({ output: `${file} (${by}, ${locale} UI strings on demand)`, minified: strings.length, gzipped: gzipped(strings) });
  }

const ceilings = existsSync(CEILINGS_FILE) ? JSON.parse(readFileSync(CEILINGS_FILE, 'utf8')) : {};
if (args.has('--update-ceilings')) {
  const roundedUp = (bytes) => Math.ceil(bytes / 100) * 100;
  writeFileSync(CEILINGS_FILE, `${JSON.stringify(Object.fromEntries(rows.filter((row) => !row.reference).map((row) => [row.output, roundedUp(row.gzipped)])), null, 2)}\n`);
  console.log(`wrote ${CEILINGS_FILE}`);
}

const width = Math.max(...rows.map((row) => row.output.length));
const cell = (value, size = 8) => String(value ?? '').padStart(size);
console.log(`${'output'.padEnd(width)}  ${cell('min')}  ${cell('min+gz')}  ${cell('no Lit')}  ${cell('budget')}  ${cell('ceiling')}`);
const overBudget = [];
for (const row of rows) {
  const ceiling = row.reference ? undefined : args.has('--update-ceilings') ? Math.ceil(row.gzipped / 100) * 100 : ceilings[row.output];
  console.log(
    `${row.output.padEnd(width)}  ${cell(row.minified)}  ${cell(row.gzipped)}  ${cell(row.withoutLit)}  ${cell(row.budget)}  ${cell(ceiling)}`,
  );
  if (row.budget !== undefined && row.gzipped > row.budget) overBudget.push(`${row.output}: ${row.gzipped} B, budget ${row.budget} B`);
  if (row.reference) continue;
  if (ceiling === undefined) problems.push(`${row.output} has no ceiling in ${CEILINGS_FILE} (npm run size -- --update-ceilings)`);
  else if (row.gzipped > ceiling) {
    problems.push(`${row.output} grew to ${row.gzipped} B, past its ceiling of ${ceiling} B (${CEILINGS_FILE})`);
  }
}
if (overBudget.length) console.log(`\nover budget (min+gzip):\n  ${overBudget.join('\n  ')}`);
console.log(
  `\nabove the floor (${floor.gzipped} B), a widget's budget leaves ${WIDGET_BUDGET - floor.gzipped} B for the store, validation, states, styles and the widget; the script's leaves ${SCRIPT_BUDGET - floor.gzipped} B for all of them.` +
    `\nthe kit's shared core adds ${coreFloor.gzipped - floor.gzipped} B: ${coreFloor.gzipped} B before any widget's own code`,
);

if (args.has('--breakdown')) await breakdown();
for (const problem of problems) console.error(problem);
if (problems.length || (args.has('--strict') && overBudget.length)) process.exitCode = 1;

/**
 * The script bundle's bytes by package and by folder of src/: esbuild bundles the same entry (with
 * the script's translation loader and without the schemas' docs and the notes for translators, as the build does, but without its
 * template minification, so templates and styles weigh a little more here, and with @lit/localize's
 * hash, which the build drops), and each group's share of the gzipped script is its share of the
 * minified code: gzip sizes of parts do not add up, shares of the whole do.
 */
async function breakdown() {
  const { withoutSchemaDocs } = await importBundled({ entryPoints: ['scripts/schema-docs.ts'] });
  const { withoutTranslatorNotes } = await importBundled({ entryPoints: ['scripts/translator-notes.ts'] });
  const result = await build({
    entryPoints: ['src/trust-widgets.ts'],
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
    metafile: true,
    logLevel: 'error',
    tsconfig: 'tsconfig.json',
    conditions: ['production'],
    define: { __TC_VERSION__: '"0"' },
    plugins: [
      {
        name: 'as-the-script-build',
        setup(builder) {
          builder.onResolve({ filter: /\/translation-loaders\.js$/ }, () => ({ path: new URL('../src/core/translation-loaders.script.ts', import.meta.url).pathname }));
          builder.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, ({ path }) => {
            const code = withoutTranslatorNotes(readFileSync(path, 'utf8'));
            return { contents: /[\\/]src[\\/]core[\\/]schema[\\/]/.test(path) ? withoutSchemaDocs(code) : code, loader: 'ts' };
          });
        },
      },
    ],
  });
  const [output] = Object.values(result.metafile.outputs);
  const groups = new Map();
  let total = 0;
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    const group = input.startsWith('node_modules/')
      ? input.split('/').slice(1, input.split('/')[1].startsWith('@') ? 3 : 2).join('/')
      : input.replace(/^src\/((widgets|core)\/[^/]+|[^/]+)(\/.*)?$/, 'src/$1').replace(/\.ts$/, '');
    groups.set(group, (groups.get(group) ?? 0) + bytesInOutput);
    total += bytesInOutput;
  }
  const scriptGzipped = rows[0].gzipped;
  console.log(`\nwhere the script's ${scriptGzipped} B go (share of the minified code, applied to the gzipped script):`);
  for (const [group, bytes] of [...groups].sort((a, b) => b[1] - a[1])) {
    console.log(`  ${group.padEnd(42)} ${cell(Math.round((bytes / total) * scriptGzipped), 6)} B`);
  }
}
