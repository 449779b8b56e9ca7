// node --test test/scripts/ (after the build): the published declarations, as an app's TypeScript
// reads them when it imports a single widget (not the root entry, which brings every declaration).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';

test('an app importing one widget gets its tag and its events typed', () => {
  const tsc = 'node_modules/typescript/bin/tsc';
  const options = ['--noEmit', '--strict', '--target', 'es2022', '--lib', 'es2022,dom', '--types', 'node'];
  for (const resolution of [['--module', 'preserve', '--moduleResolution', 'bundler'], ['--module', 'node16', '--moduleResolution', 'node16']]) {
    let output = '';
    try {
      execFileSync('node', [tsc, ...options, ...resolution, 'test/types/single-widget.ts'], { encoding: 'utf8' });
    } catch (error) {
      output = `${error.stdout}${error.stderr}`;
    }
    assert.equal(output, '', resolution.join(' '));
  }
});
