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

// docs/content.md tells a content editor which demo page shows each document they edit: every
// document is in its table, and each page it names holds that document's widget.
test('the content guide names, for each document, a demo page that shows it', () => {
  const section = readFileSync('docs/content.md', 'utf8').split('## Seeing your change in the demo')[1]?.split('\n## ')[0];
  assert.ok(section, 'docs/content.md has no "Seeing your change in the demo"');
  const widgets = { 'data-locations': ['tc-data-location'], faq: ['tc-faq'], 'retention-policy': ['tc-retention-timeline'], 'policy-sections': ['tc-policy-sections'], navigation: ['tc-breadcrumb', 'tc-sidebar'] };
  const kinds = readdirSync('content/en').map((name) => name.replace(/\.json$/, ''));
  for (const kind of kinds) {
    const row = section.split('\n').find((line) => line.startsWith(`| \`${kind}.json\` |`));
    assert.ok(row, `no row for ${kind}.json`);
    const pages = [...row.split('|')[2].matchAll(/`([\w-]+\.html)/g)].map(([, page]) => page);
    assert.ok(pages.length > 0, `no page for ${kind}.json`);
    for (const page of pages) {
      const html = readFileSync(join('demo', page), 'utf8');
      for (const tag of widgets[kind]) assert.match(html, new RegExp(`<${tag}[\\s>]`), `demo/${page} has no <${tag}> for ${kind}.json`);
    }
  }
});

// The README's table of demo pages tells a page author what each page shows, tag by tag: each tag it
// quotes is on that page, with the attributes quoted (a page may give more). A page that changes a
// widget's attributes (or drops it) fails here until the table says so.
test("each widget the README's demo table quotes is on its page, with the attributes quoted", () => {
  const readme = readFileSync('README.md', 'utf8');
  const rows = readme.split('\n').filter((line) => /^\| `demo\/[\w-]+\.html` \|/.test(line));
  assert.ok(rows.length >= 4, `the README's demo table has ${rows.length} rows`);
  /** `<tc-x a="1" b>` → { tag, attributes: Map } */
  const parse = (markup) => {
    const [, tag, rest] = /^<(tc-[\w-]+)\s*([^>]*)>$/.exec(markup);
    return { tag, attributes: new Map([...rest.matchAll(/([\w-]+)(?:="([^"]*)")?/g)].map(([, name, value]) => [name, value ?? ''])) };
  };
  const wrong = [];
  let quoted = 0;
  for (const row of rows) {
    const page = /`(demo\/[\w-]+\.html)`/.exec(row)[1];
    const onPage = [...readFileSync(page, 'utf8').matchAll(/<tc-[\w-]+[^>]*>/g)].map(([markup]) => parse(markup));
    for (const [, markup] of row.matchAll(/`(<tc-[^`]+>)`/g)) {
      quoted++;
      const { tag, attributes } = parse(markup);
      const found = onPage.some((element) => element.tag === tag && [...attributes].every(([name, value]) => element.attributes.get(name) === value));
      if (!found) wrong.push(`${page}: ${markup}`);
    }
  }
  assert.ok(quoted > 4, `only ${quoted} tags quoted in the README's demo table`);
  assert.deepEqual(wrong, []);
});
