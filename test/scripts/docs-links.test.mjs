// npm run test:scripts: the README and the guides in docs/ link to each other by file and by
// heading. A guide renamed, a heading reworded or a section moved to another file leaves a link that
// GitHub, npm and editors' previews open at the top of the wrong page, or not at all, with no error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import GithubSlugger from 'github-slugger';

const guides = readdirSync('docs').filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`);
const documents = ['README.md', ...guides];

/** The text outside fenced code blocks and inline code, where a link or a heading is markup. */
function prose(markdown) {
  return markdown.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, (code) => code.replace(/[[\]()<>"]/g, ' '));
}

/** The anchors GitHub gives a file's headings (github-slugger, as GitHub and npm render them). */
function anchors(path) {
  const slugger = new GithubSlugger();
  const headings = [...readFileSync(path, 'utf8').replace(/^```[\s\S]*?^```/gm, '').matchAll(/^#{1,6} (.+)$/gm)];
  // Rendered text: code spans keep their characters, a link keeps its text.
  return new Set(headings.map(([, text]) => slugger.slug(text.replace(/`/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'))));
}

/** Every relative target in a file: Markdown links and images, and HTML `src`/`href` attributes. */
function relativeTargets(path) {
  const text = prose(readFileSync(path, 'utf8'));
  const targets = [...text.matchAll(/\]\(([^)\s]+)\)/g), ...text.matchAll(/\b(?:src|href)="([^"]+)"/g)].map(([, target]) => target);
  return targets.filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target));
}

test('every relative link and image in the README and the guides leads to a file and a heading there', () => {
  const broken = [];
  let checked = 0;
  for (const path of documents) {
    for (const target of relativeTargets(path)) {
      checked++;
      const [file, fragment] = target.split('#');
      const resolved = file ? normalize(join(dirname(path), decodeURIComponent(file))) : path;
      if (!existsSync(resolved)) broken.push(`${path}: ${target} (no file ${resolved})`);
      else if (fragment !== undefined && !anchors(resolved).has(fragment)) broken.push(`${path}: ${target} (no heading #${fragment} in ${resolved})`);
    }
  }
  assert.ok(checked > 20, `${checked} links found: the reader of links is broken`);
  assert.deepEqual(broken, []);
});

test('the README links to every guide', () => {
  const linked = new Set(relativeTargets('README.md').map((target) => normalize(target.split('#')[0])));
  assert.deepEqual(guides.filter((guide) => !linked.has(guide)), []);
});
