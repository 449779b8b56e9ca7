// npm run size: min+gzip bytes of each shipped output. The script bundle is measured as built; each
// widget's ES entry is bundled and minified with everything it loads (Lit included), which is what a
// product page pays for importing that one widget. Writes dist/size-report.json too.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const gzipped = (bytes) => gzipSync(bytes, { level: 9 }).length;

const widgets = readdirSync('dist/widgets').sort();
const problems = [];

// With code splitting, as an application's bundler would do it; what counts is what loads up front:
// the entry chunk and the chunks it imports statically (not the on-demand Chinese strings).
async function bundledSize(entry, ownWidget) {
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
  });
  const outputs = result.metafile.outputs;
  const entryOutput = Object.keys(outputs).find((name) => outputs[name].entryPoint);
  const upFront = new Set();
  const visit = (name) => {
    if (upFront.has(name)) return;
    upFront.add(name);
    for (const imported of outputs[name].imports) if (imported.kind === 'import-statement') visit(imported.path);
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
rows.push({ output: 'dist/trust-widgets.js (script tag, everything)', minified: script.length, gzipped: gzipped(script) });
rows.push({ output: 'dist/index.js (ES, every widget)', ...(await bundledSize('dist/index.js')) });
for (const name of widgets) {
  rows.push({ output: `dist/widgets/${name}/define.js (ES, ${name} only)`, ...(await bundledSize(`dist/widgets/${name}/define.js`, name)) });
}
const zh = readFileSync('dist/generated/locales/zh-CN.js');
rows.push({ output: 'zh-CN UI strings (loaded on demand)', minified: zh.length, gzipped: gzipped(zh) });

const width = Math.max(...rows.map((row) => row.output.length));
console.log(`${'output'.padEnd(width)}  ${'min'.padStart(8)}  ${'min+gz'.padStart(8)}`);
for (const row of rows) console.log(`${row.output.padEnd(width)}  ${String(row.minified).padStart(8)}  ${String(row.gzipped).padStart(8)}`);
writeFileSync('dist/size-report.json', `${JSON.stringify(rows, null, 2)}\n`);
for (const problem of problems) console.error(problem);
if (problems.length) process.exitCode = 1;
