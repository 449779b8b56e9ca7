// Imports TypeScript in Node 20 (which cannot strip types itself): esbuild bundles the entry, with
// the project's own src/ modules (packages stay imports), into a temporary ES module that Node then
// imports. Used by run-ts.mjs (scripts), cem-css-defaults.mjs (the widget classes' styles),
// size-report.mjs (scripts/schema-docs.ts) and test/scripts/published-schemas.test.mjs.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');

/** The module bundled from `entry`: esbuild's entry point options (`entryPoints` or `stdin`). */
export async function importBundled(entry) {
  const { outputFiles } = await build({
    ...entry,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    write: false,
    logLevel: 'warning',
    tsconfig: join(root, 'tsconfig.json'),
    absWorkingDir: root,
  });
  // Inside the project, so that the bundle's bare imports resolve from node_modules.
  mkdirSync(join(root, 'node_modules/.cache'), { recursive: true });
  const folder = mkdtempSync(join(root, 'node_modules/.cache/bundled-'));
  try {
    const file = join(folder, 'module.mjs');
    writeFileSync(file, outputFiles[0].text);
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
