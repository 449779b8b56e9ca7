// npm run localize:check: every UI string of the source has a translation in xliff/<locale>.xlf for
// each target locale of lit-localize.json, and each XLIFF file is what `lit-localize extract` makes
// of the current source (CI fails otherwise).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const { targetLocales } = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const files = targetLocales.map((locale) => ({ locale, file: `xliff/${locale}.xlf` }));
const before = files.map(({ file }) => (existsSync(file) ? readFileSync(file, 'utf8') : undefined));
execFileSync('npx', ['lit-localize', 'extract'], { stdio: 'ignore' });
let failed = false;
for (const [index, { locale, file }] of files.entries()) {
  const after = readFileSync(file, 'utf8');
  const units = [...after.matchAll(/<trans-unit id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)];
  const untranslated = units.filter(([, , body]) => !/<target>[\s\S]*?\S[\s\S]*?<\/target>/.test(body));
  for (const [, id, body] of untranslated) console.error(`${file}: trans-unit ${id} has no ${locale} target: ${/<source>([\s\S]*?)<\/source>/.exec(body)?.[1]}`);
  // Each placeholder of the source (where a number goes) must be in the translation, or `lit-localize
  // build` refuses the file: "Placeholder error in zh-CN localization of …: missing "${count}"".
  const part = (body, tag) => new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(body)?.[1] ?? '';
  const placeholders = (text) => [...text.matchAll(/<x [^>]*equiv-text="([^"]*)"/g)].map(([, code]) => code).sort().join(' ');
  const misplaced = units.filter((unit) => !untranslated.includes(unit) && placeholders(part(unit[2], 'source')) !== placeholders(part(unit[2], 'target')));
  for (const [, id, body] of misplaced) console.error(`${file}: trans-unit ${id}: its ${locale} target must keep ${placeholders(part(body, 'source')) || 'no placeholder'} as in its source: ${part(body, 'source')}`);
  if (before[index] !== after) console.error(`${file} was out of date with the source; it has been re-extracted: commit it`);
  console.log(`localize: ${units.length} strings, ${untranslated.length} without a ${locale} translation`);
  failed ||= untranslated.length > 0 || misplaced.length > 0 || before[index] !== after;
}
process.exitCode = failed ? 1 : 0;
