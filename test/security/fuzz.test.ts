import { expect } from '@esm-bundle/chai';
import fc from 'fast-check';
import '../../src/index.js';
import { ContentError } from '../../src/core/content-error.js';
import { validateDocument, type AnyDocumentSpec, type DocumentSpec } from '../../src/core/validate.js';
import type { DocumentKind } from '../../src/core/content-types.js';
import { dataLocationsSpec } from '../../src/core/documents/data-locations.js';
import { faqSpec } from '../../src/core/documents/faq.js';
import { navigationSpec } from '../../src/core/documents/navigation.js';
import { policySectionsSpec } from '../../src/core/documents/policy-sections.js';
import { retentionPolicySpec } from '../../src/core/documents/retention-policy.js';
import { resetKit, settled, shippedDocument } from '../helpers.js';
import { textPayloads, unsafeHrefs } from './payloads.js';

/*
 * Property-based fuzzing: random structural mutations of the shipped documents (deleted, replaced,
 * inserted, duplicated and retyped values, hostile strings). Validation must accept or refuse with
 * a ContentError, never throw anything else; a widget must end ready or in its error state, with no
 * uncaught exception. A failure prints the seed and the shrunk mutation list to replay it.
 */

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any
const VALIDATION_RUNS = 1000; // per document kind
const RENDER_RUNS = 200; // per widget

const hostileValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.string({ unit: 'grapheme-composite', maxLength: 40 }),
  fc.constantFrom<unknown>(null, undefined, '', ' ', -1, 0.5, 1e308, NaN, true, [], {}, ...textPayloads.map(([, p]) => p.slice(0, 200)), ...unsafeHrefs.map(([, h]) => h)),
);
const mutation = fc.record({
  target: fc.nat(),
  op: fc.constantFrom('delete', 'replace', 'insert', 'duplicate', 'retype'),
  value: hostileValue,
});
const mutations = fc.array(mutation, { minLength: 1, maxLength: 6 });

function slots(value: Json, found: Array<[Json, string | number]> = []): Array<[Json, string | number]> {
  if (Array.isArray(value)) value.forEach((item, index) => (found.push([value, index]), slots(item, found)));
  else if (value && typeof value === 'object') for (const key of Object.keys(value)) found.push([value, key]), slots(value[key], found);
  return found;
}

function mutate(document: Json, changes: Array<{ target: number; op: string; value: unknown }>): Json {
  const copy = structuredClone(document);
  for (const { target, op, value } of changes) {
    const all = slots(copy);
    if (all.length === 0) break;
    const [container, key] = all[target % all.length];
    const current = container[key];
    switch (op) {
      case 'delete':
        if (Array.isArray(container)) container.splice(key as number, 1);
        else delete container[key];
        break;
      case 'replace':
        container[key] = value;
        break;
      case 'insert':
        if (Array.isArray(container)) container.splice(key as number, 0, value);
        else container[`extra${target % 7}`] = value;
        break;
      case 'duplicate':
        if (Array.isArray(container)) container.push(structuredClone(current));
        else container[key] = [current, current];
        break;
      case 'retype':
        container[key] = typeof current === 'string' ? 42 : typeof current === 'number' ? String(current) : Array.isArray(current) ? {} : [current];
        break;
    }
  }
  return copy;
}

const kinds: Array<[AnyDocumentSpec, string, string, Record<string, string>]> = [
  [dataLocationsSpec, 'data-locations.json', 'tc-data-location', {}],
  [faqSpec, 'faq.json', 'tc-faq', {}],
  [retentionPolicySpec, 'retention-policy.json', 'tc-retention-timeline', {}],
  [policySectionsSpec, 'policy-sections.json', 'tc-policy-sections', {}],
  [navigationSpec, 'navigation.json', 'tc-breadcrumb', { page: 'privacy-control' }],
  [navigationSpec, 'navigation.json', 'tc-sidebar', { page: 'privacy-control' }],
];

describe('fuzzing', function () {
  this.timeout(120_000);
  afterEach(resetKit);

  for (const [spec, file] of kinds.slice(0, 5)) {
    it(`validation of mutated ${file} accepts or refuses with a ContentError, ${VALIDATION_RUNS} cases`, async () => {
      const document = await shippedDocument('en', file);
      fc.assert(
        fc.property(mutations, (changes) => {
          try {
            validateDocument(spec as DocumentSpec<DocumentKind>, mutate(document, changes), 'fuzz');
          } catch (error) {
            if (!(error instanceof ContentError)) throw error;
            expect(error.path).to.match(/^\$/);
          }
        }),
        { numRuns: VALIDATION_RUNS },
      );
    });
  }

  for (const [, file, tag, attributes] of kinds) {
    it(`<${tag}> given mutated ${file} ends ready or in its error state, ${RENDER_RUNS} cases, no uncaught exception`, async () => {
      const document = await shippedDocument('en', file);
      const uncaught: string[] = [];
      const onError = (event: ErrorEvent) => uncaught.push(event.message);
      const onRejection = (event: PromiseRejectionEvent) => uncaught.push(String(event.reason));
      addEventListener('error', onError);
      addEventListener('unhandledrejection', onRejection);
      const originalError = console.error;
      console.error = () => undefined; // every refused document logs one line, by design
      const widget = window.document.createElement(tag) as HTMLElement & { content: unknown; updateComplete: Promise<unknown> };
      for (const [name, value] of Object.entries(attributes)) widget.setAttribute(name, value);
      window.document.body.append(widget);
      try {
        await fc.assert(
          fc.asyncProperty(mutations, async (changes) => {
            const done = settled(widget);
            widget.content = mutate(document, changes);
            await done;
            await widget.updateComplete;
            const status = widget.getAttribute('status');
            expect(['ready', 'error']).to.include(status);
            if (status === 'error') expect(widget.shadowRoot!.querySelector('[role="alert"]')).to.not.equal(null);
            expect(uncaught).to.deep.equal([]);
          }),
          { numRuns: RENDER_RUNS },
        );
      } finally {
        console.error = originalError;
        removeEventListener('error', onError);
        removeEventListener('unhandledrejection', onRejection);
        widget.remove();
      }
    });
  }
});

/*
 * Pages set, change and remove attributes at any time, in any order, with any text: a widget must
 * never throw, and must be ready again once the page's own values are back. (Removing end-date once threw from the timeline's update.)
 */
describe('fuzzing attributes', function () {
  this.timeout(120_000);
  afterEach(resetKit);

  const attributeValue = fc.oneof(
    fc.constant(null), // removed
    fc.constantFrom('', ' ', '0', '-1', '1.5', '7', '99', 'NaN', 'single', 'multiple', 'x', '2025-01-31', '2025-02-30', 'privacy-control', 'zh-CN', 'true'),
    fc.string({ maxLength: 12 }),
  );
  const tags = [...new Set(kinds.map(([, , tag]) => tag)), 'tc-locale-switch'];

  for (const tag of tags) {
    it(`<${tag}> survives its attributes being set and removed, ${RENDER_RUNS / 4} cases`, async () => {
      const widget = window.document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
      const kind = kinds.find(([, , name]) => name === tag);
      for (const [name, value] of Object.entries(kind?.[3] ?? {})) widget.setAttribute(name, value);
      window.document.body.append(widget);
      if (kind) await settled(widget);
      // src and status are the loading machinery, covered by the fault tests.
      const names = (widget.constructor as typeof HTMLElement & { observedAttributes: string[] }).observedAttributes.filter(
        (name) => name !== 'src' && name !== 'status',
      );
      const uncaught: string[] = [];
      const onError = (event: ErrorEvent) => uncaught.push(event.message);
      addEventListener('error', onError);
      const { error, warn } = console;
      console.error = console.warn = () => undefined; // an unknown page or section is logged, by design
      try {
        await fc.assert(
          fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom(...names), attributeValue), { minLength: 1, maxLength: 6 }), async (changes) => {
            for (const [name, value] of changes) {
              if (value === null) widget.removeAttribute(name);
              else widget.setAttribute(name, value);
              await widget.updateComplete;
            }
            expect(uncaught).to.deep.equal([]);
            expect(widget.shadowRoot!.childElementCount).to.be.greaterThan(0);
            // An unknown page is the page's mistake, shown as one; the page's own values bring it back.
            for (const name of names) widget.removeAttribute(name);
            for (const [name, value] of Object.entries(kind?.[3] ?? {})) widget.setAttribute(name, value);
            await widget.updateComplete;
            // A new choice of page is checked against the (cached) document, asynchronously.
            if (widget.getAttribute('status') === 'loading') await settled(widget);
            expect(uncaught).to.deep.equal([]);
            if (kind) expect(widget.getAttribute('status')).to.equal('ready');
          }),
          { numRuns: RENDER_RUNS / 4 },
        );
      } finally {
        Object.assign(console, { error, warn });
        removeEventListener('error', onError);
        widget.remove();
      }
    });
  }
});
