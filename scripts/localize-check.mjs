// npm run localize:check: every UI string of the source has a Chinese translation in xliff/, and
// the XLIFF file is what `lit-localize extract` makes of the current source (CI fails otherwise).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const file = 'xliff/zh-CN.xlf';
const before = readFileSync(file, 'utf8');
execFileSync('npx', ['lit-localize', 'extract'], { stdio: 'ignore' });
const after = readFileSync(file, 'utf8');
const units = [...after.matchAll(/<trans-unit id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)];
const untranslated = units.filter(([, , body]) => !/<target>[\s\S]*?\S[\s\S]*?<\/target>/.test(body));
for (const [, id, body] of untranslated) console.error(`${file}: trans-unit ${id} has no zh-CN target: ${/<source>([\s\S]*?)<\/source>/.exec(body)?.[1]}`);
if (before !== after) console.error(`${file} was out of date with the source; it has been re-extracted: commit it`);
console.log(`localize: ${units.length} strings, ${untranslated.length} without a translation`);
process.exitCode = untranslated.length > 0 || before !== after ? 1 : 0;
