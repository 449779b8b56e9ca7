// npm run test:scripts: the words a widget's Storybook docs page shows under each story's name are
// the doc comment right above the story's export, read as Storybook reads it (its csf-tools, which
// join every doc comment above an export into the one description).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractDescription, loadCsf } from 'storybook/internal/csf-tools';

const root = join(import.meta.dirname, '../..');
const files = readdirSync(join(root, 'src/widgets'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap(({ name }) => readdirSync(join(root, 'src/widgets', name)).filter((file) => file.endsWith('.stories.ts')).map((file) => `src/widgets/${name}/${file}`));

// Two doc comments stacked above one export give it both, and the story whose comment it was none:
// the locale switch's "On a dark page" read "On a right-to-left host page: the English or Chinese
// content keeps its left-to-right direction. On a dark page that …", and its "On a right-to-left
// page" had no words (a story added above another's comment, which stayed where it was).
test("each story's description on its docs page is one doc comment, its own", () => {
  assert.ok(files.length >= 7, `${files.length} stories files`);
  const stacked = [];
  for (const file of files) {
    const csf = loadCsf(readFileSync(join(root, file), 'utf8'), { fileName: file, makeTitle: (title) => title }).parse();
    for (const name of Object.keys(csf._stories)) {
      const statement = csf._storyStatements[name];
      const docComments = (statement?.leadingComments ?? []).filter((comment) => comment.type === 'CommentBlock' && comment.value.startsWith('*'));
      if (docComments.length > 1) stacked.push(`${file} ${name}: "${extractDescription(statement).replace(/\n/g, ' / ')}"`);
    }
  }
  assert.deepEqual(stacked, []);
});
