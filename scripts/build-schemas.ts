// Writes content/schema/<kind>.schema.json from the schemas in src/core/schema/: the
// published contract that editors use through "$schema". With --check, fails instead when a
// committed file differs from what the schemas say (CI runs that).
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { documentSpecs } from './documents.js';
import * as richText from '../src/core/schema/rich-text.js';
import { toJsonSchema } from '../src/core/schema/json-schema.js';

// Shared pieces become named definitions ($ref), so editors show "richText" rather than a copy.
const definitions = {
  text: richText.text,
  id: richText.id,
  href: richText.href,
  link: richText.link,
  inline: richText.inline,
  inlines: richText.inlines,
  block: richText.block,
  richText: richText.richText,
};

const check = process.argv.includes('--check');
let stale = 0;
for (const spec of documentSpecs) {
  const file = `content/schema/${spec.kind}.schema.json`;
  const schema = { $id: `${spec.kind}.schema.json`, ...toJsonSchema(spec.schema, definitions) };
  const json = `${JSON.stringify(schema, null, 2)}\n`;
  if (check) {
    if (!existsSync(file) || readFileSync(file, 'utf8') !== json) {
      console.error(`${file} is out of date: run npm run schemas`);
      stale++;
    }
  } else {
    writeFileSync(file, json);
    console.log(`wrote ${file}`);
  }
}
if (stale) process.exit(1);
