// node --test test/scripts/ (after the build): the published declarations, as an app's TypeScript
// reads them when it imports a single widget (not the root entry, which brings every declaration).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';

function typeErrors(file) {
  const tsc = 'node_modules/typescript/bin/tsc';
  const options = ['--noEmit', '--strict', '--target', 'es2022', '--lib', 'es2022,dom', '--types', 'node'];
  for (const resolution of [['--module', 'preserve', '--moduleResolution', 'bundler'], ['--module', 'node16', '--moduleResolution', 'node16']]) {
    let output = '';
    try {
      execFileSync('node', [tsc, ...options, ...resolution, file], { encoding: 'utf8' });
    } catch (error) {
      output = `${error.stdout}${error.stderr}`;
    }
    assert.equal(output, '', resolution.join(' '));
  }
}

test('an app importing one widget gets its tag and its events typed', () => typeErrors('test/types/single-widget.ts'));

test('an app importing a class only gets its event classes and its content type', () => typeErrors('test/types/class-only.ts'));

test('a page using the script tag gets window.TrustWidgets typed', () => typeErrors('test/types/script-tag.ts'));
