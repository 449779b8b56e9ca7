import { expect } from '@esm-bundle/chai';
import '../../src/index.js';
import { mount, resetKit, shippedDocument } from '../helpers.js';
import { harmlessLookalikeHrefs, oversizedPayloads, textPayloads, unsafeHrefs } from './payloads.js';

/*
 * Every payload of the corpus in every string (or every link target) of every document kind, shown
 * by every widget that renders that kind. Each case must either render, with the payload as text and
 * no unsafe link, or show the validation error; nothing may execute.
 */

type Json = unknown;
interface Target {
  tag: string;
  file: string;
  attributes?: Record<string, string>;
}
const targets: Target[] = [
  { tag: 'tc-data-location', file: 'data-locations.json' },
  { tag: 'tc-faq', file: 'faq.json' },
  { tag: 'tc-retention-timeline', file: 'retention-policy.json' },
  { tag: 'tc-policy-sections', file: 'policy-sections.json' },
  { tag: 'tc-breadcrumb', file: 'navigation.json', attributes: { page: 'privacy-control' } },
  { tag: 'tc-sidebar', file: 'navigation.json', attributes: { page: 'privacy-control' } },
];

// Strings that are identifiers or references, not text: poisoning them would only test the schema.
const structuralKeys = new Set(['kind', 'type', 'id', '$schema', 'lang', 'replicationPartner', 'locale', 'updated', 'sidebar', 'href']);

function mapStrings(value: Json, replace: (text: string, key: string | undefined) => string, key?: string): Json {
  if (typeof value === 'string') return replace(value, key);
  if (Array.isArray(value)) return key === 'sidebar' ? value : value.map((item) => mapStrings(item, replace));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([entryKey, entry]) => [entryKey, mapStrings(entry, replace, entryKey)]));
  }
  return value;
}

const isInline = (item: Json): boolean =>
  typeof item === 'string' || (!!item && typeof item === 'object' && ['strong', 'em', 'link'].includes(String((item as { type?: unknown }).type)));

/**
 * The document with each run of text cut to its first part: a run holds at most 4,000 characters
 * in all, so the longest payloads fill a run alone (as they fill every other text field).
 */
function onePartRuns(value: Json): Json {
  if (Array.isArray(value)) return value.length > 1 && value.every(isInline) ? [onePartRuns(value[0])] : value.map(onePartRuns);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, onePartRuns(entry)]));
  return value;
}

/** Every document kind gets at least one link, so that link targets are tested everywhere. */
function withALink(document: Json): Json {
  const copy = structuredClone(document) as Record<string, unknown>;
  const firstRichText = (value: unknown): Array<Record<string, unknown>> | undefined => {
    if (Array.isArray(value)) {
      if (value.length && (value[0] as { type?: string })?.type === 'paragraph') return value;
      for (const item of value) {
        const found = firstRichText(item);
        if (found) return found;
      }
    } else if (value && typeof value === 'object') {
      for (const child of Object.values(value)) {
        const found = firstRichText(child);
        if (found) return found;
      }
    }
    return undefined;
  };
  firstRichText(copy)?.push({ type: 'paragraph', content: ['See ', { type: 'link', text: 'the policy', href: '/policy/' }] });
  return copy;
}

const errorStateTags = ['div', 'p', 'details', 'summary', 'code', 'button'];
const cleanTags = new Map<string, Set<string>>();

async function render(target: Target, content: Json): Promise<HTMLElement> {
  return mount<HTMLElement>(target.tag, target.attributes ?? {}, { content });
}

function tagsOf(element: HTMLElement): Set<string> {
  return new Set([...element.shadowRoot!.querySelectorAll('*')].map((node) => node.localName));
}

/** What a payload that ran set (each names itself: 'img', 'svg', …), or undefined. */
const ran = (): unknown => (window as { __pwned?: unknown }).__pwned;

// A payload that runs at once is caught by its own case. One that runs later (an img's onerror
// once its request fails) is caught by the next case, or by the wait after each widget's cases:
// one wait of 300 ms there, where each of the 345 cases sat out 20 ms of its own (7 s a browser).
async function expectSafe(target: Target, element: HTMLElement, shownText?: string): Promise<void> {
  expect(ran(), 'a payload ran').to.equal(undefined);
  const status = element.getAttribute('status');
  expect(['ready', 'error']).to.include(status);
  const root = element.shadowRoot!;
  if (status === 'error') expect(root.querySelector('[role="alert"]'), 'error state without an alert').to.not.equal(null);
  const allowed = new Set([...cleanTags.get(target.tag)!, ...errorStateTags]);
  for (const tag of tagsOf(element)) expect(allowed.has(tag), `unexpected <${tag}> created from content`).to.equal(true);
  for (const node of root.querySelectorAll('*')) {
    for (const attribute of node.attributes) expect(attribute.name.startsWith('on'), `event handler attribute ${attribute.name}`).to.equal(false);
  }
  for (const link of root.querySelectorAll('a')) {
    expect(['http:', 'https:', 'mailto:']).to.include(new URL(link.href).protocol);
  }
  if (status === 'ready' && shownText !== undefined) expect(root.textContent).to.include(shownText.slice(0, 40));
}

describe('hostile content', function () {
  this.timeout(30_000);
  afterEach(resetKit);

  for (const target of targets) {
    describe(`<${target.tag}> (${target.file})`, () => {
      let clean: Json;
      before(async () => {
        clean = withALink(await shippedDocument('en', target.file));
        const element = await render(target, clean);
        expect(element.getAttribute('status')).to.equal('ready');
        cleanTags.set(target.tag, tagsOf(element));
        element.remove();
      });
      after(async () => {
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(ran(), `a payload ran late, after <${target.tag}> showed it`).to.equal(undefined);
      });

      for (const [label, payload] of textPayloads) {
        it(`shows ${label} in every text field as text`, async () => {
          // A region's name holds at most 200 characters: the regions table repeats it (see below).
          const poisoned = mapStrings(payload.length > 1000 ? onePartRuns(clean) : clean, (text, key) =>
            key && structuralKeys.has(key) ? text : key === 'name' ? payload.slice(0, 200) : payload,
          );
          const element = await render(target, poisoned);
          expect(element.getAttribute('status')).to.equal('ready');
          await expectSafe(target, element, payload);
        });
      }

      for (const [label, payload] of oversizedPayloads) {
        it(`refuses ${label} in every text field with a validation error`, async () => {
          const poisoned = mapStrings(clean, (text, key) => (key && structuralKeys.has(key) ? text : payload));
          const originalError = console.error;
          const errors: unknown[] = [];
          console.error = (...args: unknown[]) => errors.push(args);
          try {
            const element = await render(target, poisoned);
            expect(element.getAttribute('status')).to.equal('error');
            expect(String(errors[0])).to.include('must be at most 4000 characters long');
            await expectSafe(target, element);
          } finally {
            console.error = originalError;
          }
        });
      }

      for (const [label, href] of unsafeHrefs) {
        it(`refuses a ${label} link target with a validation error, rendering no link`, async () => {
          const poisoned = mapStrings(clean, (text, key) => (key === 'href' ? href : text));
          const errors: unknown[] = [];
          const originalError = console.error;
          console.error = (...args: unknown[]) => errors.push(args);
          try {
            const element = await render(target, poisoned);
            expect(element.getAttribute('status')).to.equal('error');
            expect(String(errors[0])).to.match(/href: link target not allowed/);
            await expectSafe(target, element);
          } finally {
            console.error = originalError;
          }
        });
      }

      for (const [label, href] of harmlessLookalikeHrefs) {
        it(`renders ${label} only as a same-site path`, async () => {
          const poisoned = mapStrings(clean, (text, key) => (key === 'href' ? href : text));
          const element = await render(target, poisoned);
          await expectSafe(target, element);
        });
      }
    });
  }
});

describe('hostile content: denial of service', function () {
  this.timeout(60_000);
  afterEach(resetKit);

  // A run may hold 4,000 strings of one letter each (4 bytes of JSON apiece: a 1 MiB document has
  // 65 such paragraphs). Highlighting scanned the whole run for every string of it, 16 million steps
  // a paragraph: typing "a" into the search froze the page for 25 s.
  it('<tc-faq> highlights a search in runs of thousands of one-letter strings without freezing the page', async () => {
    const run = Array.from({ length: 4000 }, () => 'a');
    const content = {
      kind: 'faq',
      title: 'FAQ',
      entries: [{ id: 'e1', question: 'A question', answer: Array.from({ length: 16 }, () => ({ type: 'paragraph', content: run })) }],
    };
    const faq = await mount<HTMLElement & { toggle(id: string, open?: boolean): boolean; updateComplete: Promise<unknown> }>(
      'tc-faq',
      { searchable: '' },
      { content },
    );
    faq.toggle('e1', true);
    await faq.updateComplete;
    const input = faq.shadowRoot!.querySelector('input')!;
    const start = performance.now();
    input.value = 'a';
    input.dispatchEvent(new Event('input'));
    await faq.updateComplete;
    const took = performance.now() - start;
    const marks = faq.shadowRoot!.querySelectorAll('.answer mark');
    expect(marks.length).to.equal(16 * 4000);
    expect(took, `a keystroke took ${Math.round(took)} ms`).to.be.below(2000);
  });

  // Found by a security audit: a page's sidebar may name a link group any number of times, a few
  // bytes each, and the group was rendered each time: a 13 kB document of one group of 200 links
  // named 2,000 times rendered 400,000 links and froze the page for 11 s (a 1 MiB one, for good).
  it('<tc-sidebar> renders a link group named many times once, not once per mention', async () => {
    const content = {
      kind: 'navigation',
      pages: [{ id: 'p', title: 'Page', breadcrumb: [{ text: 'Home', href: '/' }], sidebar: Array.from({ length: 2000 }, () => 'g') }],
      linkGroups: [{ id: 'g', title: 'Links', links: Array.from({ length: 200 }, (_, index) => ({ text: `Link ${index}`, href: `/${index}` })) }],
    };
    const start = performance.now();
    const sidebar = await mount<HTMLElement>('tc-sidebar', { page: 'p' }, { content });
    const took = performance.now() - start;
    expect(sidebar.getAttribute('status')).to.equal('ready');
    expect(sidebar.shadowRoot!.querySelectorAll('nav').length).to.equal(1);
    expect(sidebar.shadowRoot!.querySelectorAll('a').length).to.equal(200);
    expect(took, `rendering took ${Math.round(took)} ms`).to.be.below(2000);
  });

  // Found by a security audit: the partner column repeats a region's name in every row that names
  // it as replicationPartner: 2,000 rows naming one region of a 4,000-character name (a 173 kB
  // document) made a table of 8 million characters and froze the page for 3 s.
  it('<tc-data-location> refuses a region name longer than 200 characters, which rows repeat', async () => {
    const regions = [
      { id: 'big', name: 'W'.repeat(4000), location: 'Shanghai', services: ['Storage'] },
      ...Array.from({ length: 2000 }, (_, index) => ({ id: `r${index}`, name: 'Region', location: 'Beijing', services: ['Storage'], replicationPartner: 'big' })),
    ];
    const content = { kind: 'data-locations', title: 'Where', intro: [{ type: 'paragraph', content: ['Intro'] }], regionsCaption: 'Regions', regions };
    const originalError = console.error;
    const errors: unknown[] = [];
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const start = performance.now();
      const table = await mount<HTMLElement>('tc-data-location', {}, { content });
      const took = performance.now() - start;
      expect(table.getAttribute('status')).to.equal('error');
      expect(String(errors[0])).to.include('$.regions[0].name: must be at most 200 characters long');
      expect(took, `took ${Math.round(took)} ms`).to.be.below(2000);
    } finally {
      console.error = originalError;
    }
  });
});
