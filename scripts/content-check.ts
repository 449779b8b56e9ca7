// npm run content:check [-- --root DIR]: validates every content document against its schema and
// checks that the locales agree (scripts/content-checker.ts). Each failure names the file and the
// JSON path, one per line on standard error; the last line, on standard output, counts them. The
// exit code is 1 when anything failed, 2 for a command it cannot read.
import { checkContent, summaryOf } from './content-checker.js';

const rootIndex = process.argv.indexOf('--root');
const root = rootIndex > 0 ? process.argv[rootIndex + 1] : 'content';
if (!root || root.startsWith('--')) {
  console.error('usage: npm run content:check [-- --root DIR]');
  process.exit(2);
}
const result = checkContent(root);
for (const failure of result.failures) console.error(failure);
console.log(summaryOf(result));
process.exitCode = result.failures.length === 0 ? 0 : 1;
