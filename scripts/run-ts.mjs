// Runs a TypeScript script with Node 20 (which cannot strip types itself): esbuild bundles it,
// with the project's own src/ modules, into a temporary ES module that Node then imports.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [script, ...args] = process.argv.slice(2);
// Inside the project, so that the bundle's bare imports resolve from node_modules.
mkdirSync('node_modules/.cache', { recursive: true });
const outdir = mkdtempSync(join('node_modules/.cache', 'run-ts-'));
const outfile = join(outdir, 'script.mjs');
await build({
  entryPoints: [resolve(script)],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  outfile,
  logLevel: 'warning',
  tsconfig: 'tsconfig.json',
  absWorkingDir: process.cwd(),
});
process.argv = [process.argv[0], resolve(script), ...args];
try {
  await import(pathToFileURL(outfile).href);
} finally {
  rmSync(outdir, { recursive: true, force: true });
}
