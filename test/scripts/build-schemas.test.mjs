// npm run test:scripts: the published JSON Schemas (content/schema/) are what
// scripts/build-schemas.ts makes of the schemas the widgets validate with (src/core/schema/), so an
// editor and the widgets cannot drift apart; `npm run schemas:check` (CI) says so, and fails when not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

/** npm run schemas:check, in `cwd` (whose content/schema/ it compares). */
const schemasCheck = (cwd = root) =>
  spawnSync(process.execPath, [join(root, 'scripts/run-ts.mjs'), join(root, 'scripts/build-schemas.ts'), '--check'], { cwd, encoding: 'utf8' });

// Mutation testing found no test that ran it: the published schemas' tests read the committed
// files, so a change to what build-schemas.ts writes (its refinements dropped) or to its --check
// passed every test.
test('the committed schemas are what build-schemas.ts writes today', () => {
  const { status, stderr } = schemasCheck();
  assert.equal(status, 0, stderr);
});

test('schemas:check fails on a committed schema that differs, and names it', () => {
  const folder = mkdtempSync(join(tmpdir(), 'schemas-check-'));
  try {
    cpSync(join(root, 'content/schema'), join(folder, 'content/schema'), { recursive: true });
    const file = 'content/schema/faq.schema.json';
    const schema = JSON.parse(readFileSync(join(folder, file), 'utf8'));
    delete schema.$defs.href.pattern;
    writeFileSync(join(folder, file), `${JSON.stringify(schema, null, 2)}\n`);
    const { status, stderr } = schemasCheck(folder);
    assert.equal(status, 1, `exit status (stderr: ${stderr})`);
    assert.match(stderr, /^content\/schema\/faq\.schema\.json is out of date/m);
    assert.doesNotMatch(stderr, /data-locations/);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

// From a mutation audit of build-schemas.ts: with `!existsSync(file) ||` dropped, a schema file
// deleted (or never committed, for a new kind) was a stack trace (ENOENT), not its name and the fix.
test('schemas:check names a schema file that is missing, and fails', () => {
  const folder = mkdtempSync(join(tmpdir(), 'schemas-check-'));
  try {
    cpSync(join(root, 'content/schema'), join(folder, 'content/schema'), { recursive: true });
    rmSync(join(folder, 'content/schema/navigation.schema.json'));
    const { status, stderr } = schemasCheck(folder);
    assert.equal(status, 1, `exit status (stderr: ${stderr})`);
    assert.equal(stderr, 'content/schema/navigation.schema.json is out of date: run npm run schemas\n');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
