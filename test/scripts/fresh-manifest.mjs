// custom-elements.json made afresh, for the Node tests that read it: the file is generated and not
// committed, so the one on disk may be missing or older than the source. The same analyzer and
// configuration as npm run storybook:manifest, written to a temporary directory.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

export function freshManifest() {
  const outdir = mkdtempSync(join(tmpdir(), 'cem-'));
  try {
    // The analyzer joins --outdir to the working directory, so it is given relative to the project.
    execFileSync(process.execPath, [join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js'), 'analyze', '--quiet', '--outdir', relative(root, outdir)], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    return JSON.parse(readFileSync(join(outdir, 'custom-elements.json'), 'utf8'));
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}
