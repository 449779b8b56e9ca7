import { expect } from '@esm-bundle/chai';
import { ContentError } from '../../src/core/content-error.js';
import { validateDocument } from '../../src/core/validate.js';
import { dataLocationsSpec } from '../../src/core/documents/data-locations.js';
import { faqSpec } from '../../src/core/documents/faq.js';
import { navigationSpec } from '../../src/core/documents/navigation.js';
import { policySectionsSpec } from '../../src/core/documents/policy-sections.js';
import { retentionPolicySpec } from '../../src/core/documents/retention-policy.js';
import { shippedDocument } from '../helpers.js';
import { array, integer, object, string, union, validate } from '../../src/core/schema/schema.js';
import type { AnyDocumentSpec, DocumentSpec } from '../../src/core/validate.js';
import type { DocumentKind } from '../../src/core/content-types.js';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

function validationError(spec: AnyDocumentSpec, document: unknown): ContentError {
  try {
    validateDocument(spec as DocumentSpec<DocumentKind>, document, 'https://cms.example/doc.json');
  } catch (error) {
    expect(error).to.be.instanceOf(ContentError);
    return error as ContentError;
  }
  throw new Error('the document was accepted');
}

const specs: AnyDocumentSpec[] = [dataLocationsSpec, faqSpec, navigationSpec, policySectionsSpec, retentionPolicySpec];

describe('validation', () => {
  for (const spec of specs) {
    for (const locale of ['en', 'zh-CN']) {
      it(`accepts the shipped ${locale} ${spec.kind} document`, async () => {
        const document = await shippedDocument(locale, `${spec.kind}.json`);
        expect(validateDocument(spec as DocumentSpec<DocumentKind>, document, 'shipped')).to.equal(document);
      });
    }
  }

  type Case = [string, AnyDocumentSpec, string, (document: Json) => void, string, RegExp];
  const cases: Case[] = [
    ['a missing property', dataLocationsSpec, 'data-locations', (d) => delete d.title, '$.title', /missing required property "title"/],
    ['an unknown property', dataLocationsSpec, 'data-locations', (d) => (d.regions[0].colour = 'red'), '$.regions[0].colour', /unknown property "colour"/],
    // Names every object inherits are no exception: "constructor" in {} is true.
    ['an unknown property named like a built-in', dataLocationsSpec, 'data-locations', (d) => (d.regions[0].constructor = 'x'), '$.regions[0].constructor', /unknown property "constructor"/],
    [
      'an unknown "__proto__" property (JSON.parse makes it an own property)',
      dataLocationsSpec,
      'data-locations',
      (d) => (d.regions[0] = JSON.parse(`{"__proto__": "x", ${JSON.stringify(d.regions[0]).slice(1)}`)),
      '$.regions[0].__proto__',
      /unknown property "__proto__"/,
    ],
    ['an empty string', dataLocationsSpec, 'data-locations', (d) => (d.regions[1].name = '  '), '$.regions[1].name', /must not be empty/],
    ['a wrong type', dataLocationsSpec, 'data-locations', (d) => (d.regions[0].services = 'Azure'), '$.regions[0].services', /must be a list/],
    ['a text longer than 4,000 characters', dataLocationsSpec, 'data-locations', (d) => (d.regions[0].location = 'x'.repeat(4001)), '$.regions[0].location', /at most 4000 characters/],
    // Found by a security audit: each string was limited, but a run of many adjacent strings drew
    // as one unbreakable word of any length (250 x 4,000 characters froze the page for 8 s).
    ['a run of text longer than 4,000 characters in all', dataLocationsSpec, 'data-locations', (d) => (d.intro[0].content = ['a'.repeat(1500), { type: 'strong', text: 'b'.repeat(1500) }, 'c'.repeat(1500)]), '$.intro[0].content', /at most 4000 characters in all/],
    ['an empty list', dataLocationsSpec, 'data-locations', (d) => (d.regions[0].services = []), '$.regions[0].services', /must not be empty/],
    ['the wrong kind', dataLocationsSpec, 'data-locations', (d) => (d.kind = 'faq'), '$.kind', /"data-locations"/],
    ['a malformed id', dataLocationsSpec, 'data-locations', (d) => (d.regions[0].id = '1 east'), '$.regions[0].id', /must be an id/],
    ['an id used twice', dataLocationsSpec, 'data-locations', (d) => (d.regions[1].id = d.regions[0].id), '$.regions[1].id', /already used at \$\.regions\[0\]\.id/],
    ['a reference to no region', dataLocationsSpec, 'data-locations', (d) => (d.regions[0].replicationPartner = 'mars'), '$.regions[0].replicationPartner', /"mars" is not the id of another region/],
    ['an unknown inline type', dataLocationsSpec, 'data-locations', (d) => (d.intro[0].content[0] = { type: 'script', text: 'x' }), '$.intro[0].content[0].type', /"strong" \| "em" \| "link"/],
    ['an unknown block type', dataLocationsSpec, 'data-locations', (d) => (d.intro[0] = { type: 'html', content: ['<b>x</b>'] }), '$.intro[0].type', /"paragraph" \| "list"/],
    ['a javascript: link', dataLocationsSpec, 'data-locations', (d) => d.notes[1].items[0].push({ type: 'link', text: 'x', href: 'javascript:alert(1)' }), '$.notes[1].items[0][1].href', /link target not allowed/],
    ['a link with no host', dataLocationsSpec, 'data-locations', (d) => d.notes[1].items[0].push({ type: 'link', text: 'x', href: 'https://' }), '$.notes[1].items[0][1].href', /link target not allowed: use a complete http:, https: or mailto: URL/],
    ['a link with a bad port', dataLocationsSpec, 'data-locations', (d) => d.notes[1].items[0].push({ type: 'link', text: 'x', href: 'https://example.com:99999/' }), '$.notes[1].items[0][1].href', /link target not allowed/],
    ['a link to a malformed IPv6 host', dataLocationsSpec, 'data-locations', (d) => d.notes[1].items[0].push({ type: 'link', text: 'x', href: 'http://[bad' }), '$.notes[1].items[0][1].href', /link target not allowed/],
    // From the editor's audit: an absolute address typed not quite right is a relative one to the
    // URL parser, so the widget linked to a page under its own (/trust/www.example.com): a Chinese
    // input method's full-width colon, "www." without a scheme.
    ...['https\uFF1A//example.com', 'mailto\uFF1Aprivacy@example.com', 'www.example.com/privacy', 'WWW.example.com'].map(
      (href): Case => [`a link target that is a mistyped address (${href})`, faqSpec, 'faq', (d) => (d.entries[11].answer[0].content[1].href = href), '$.entries[11].answer[0].content[1].href', /link target not allowed: use a complete http:, https: or mailto: URL/],
    ),
    ['a link with a control character', faqSpec, 'faq', (d) => (d.entries[11].answer[0].content[1].href = 'java\tscript:x'), '$.entries[11].answer[0].content[1].href', /link target not allowed/],
    ['an FAQ entry id used twice', faqSpec, 'faq', (d) => (d.entries[7].id = 'faq-audits'), '$.entries[7].id', /"faq-audits" is already used at \$\.entries\[5\]\.id/],
    ['a bad date', faqSpec, 'faq', (d) => (d.updated = '12/2015'), '$.updated', /YYYY-MM/],
    ['a sidebar naming no link group', navigationSpec, 'navigation', (d) => (d.pages[0].sidebar[1] = 'nowhere'), '$.pages[0].sidebar[1]', /not the id of a link group/],
    ['a negative duration', retentionPolicySpec, 'retention-policy', (d) => (d.phases[2].durationDays = -1), '$.phases[2].durationDays', /whole number from 0 to 3650/],
    ['a fractional day count', retentionPolicySpec, 'retention-policy', (d) => (d.retentionPeriodDays = 90.5), '$.retentionPeriodDays', /whole number/],
    ['a section with neither body nor subsections', policySectionsSpec, 'policy-sections', (d) => delete d.sections[1].subsections, '$.sections[1]', /needs a body, subsections, or both/],
    ['a language the kit has no UI strings for', faqSpec, 'faq', (d) => (d.lang = 'fr'), '$.lang', /"en" \| "zh-CN"/],
    ['a region that replicates to itself', dataLocationsSpec, 'data-locations', (d) => (d.regions[0].replicationPartner = d.regions[0].id), '$.regions[0].replicationPartner', /is not the id of another region/],
    ['a duration over ten years', retentionPolicySpec, 'retention-policy', (d) => (d.phases[2].durationDays = 3651), '$.phases[2].durationDays', /whole number from 0 to 3650/],
    ['a link longer than 2,048 characters', dataLocationsSpec, 'data-locations', (d) => d.notes[1].items[0].push({ type: 'link', text: 'x', href: `https://example.com/${'a'.repeat(2048)}` }), '$.notes[1].items[0][1].href', /at most 2048 characters/],
    ['an id longer than 64 characters', faqSpec, 'faq', (d) => (d.entries[0].id = `faq-${'a'.repeat(61)}`), '$.entries[0].id', /up to 63 letters/],
    ['a date with day 32', faqSpec, 'faq', (d) => (d.updated = '2015-12-32'), '$.updated', /YYYY-MM or YYYY-MM-DD/],
    ['a subsection id equal to a section id', policySectionsSpec, 'policy-sections', (d) => (d.sections[1].subsections[0].id = d.sections[0].id), '$.sections[1].subsections[0].id', /already used/],
    // A question of white space is a button with no name; an answer of no paragraph, a panel that opens on nothing.
    ['a text of white space only', faqSpec, 'faq', (d) => (d.entries[0].question = ' \n\t '), '$.entries[0].question', /must not be empty/],
    ['an FAQ answer without a paragraph', faqSpec, 'faq', (d) => (d.entries[0].answer = []), '$.entries[0].answer', /must not be empty/],
    ['a date in month 00', faqSpec, 'faq', (d) => (d.updated = '2015-00'), '$.updated', /YYYY-MM or YYYY-MM-DD/],
    // A page that gave the FAQ the data locations' URL: told so, not the first property the FAQ lacks.
    ['a document for another widget', faqSpec, 'data-locations', () => undefined, '$.kind', /^must be "faq": this document is for another widget$/],
    ['an unknown property whose name is no identifier', dataLocationsSpec, 'data-locations', (d) => (d.regions[0]['2fa'] = true), '$.regions[0]["2fa"]', /unknown property "2fa"/],
    // Each would render an empty element: a <p> or <ul> of nothing, a sidebar heading over no links.
    ['a paragraph with no text', dataLocationsSpec, 'data-locations', (d) => (d.intro[0].content = []), '$.intro[0].content', /must not be empty/],
    ['a list with no items', dataLocationsSpec, 'data-locations', (d) => (d.notes[1].items = []), '$.notes[1].items', /must not be empty/],
    ['a list numbered by a word, not true or false', dataLocationsSpec, 'data-locations', (d) => (d.notes[1].ordered = 'yes'), '$.notes[1].ordered', /must be true or false/],
    ['a sidebar naming a page, not a link group', navigationSpec, 'navigation', (d) => (d.pages[0].sidebar[1] = d.pages[1].id), '$.pages[0].sidebar[1]', /not the id of a link group/],
    ['a link group without links', navigationSpec, 'navigation', (d) => (d.linkGroups[0].links = []), '$.linkGroups[0].links', /must not be empty/],
    ['policy sections without a section', policySectionsSpec, 'policy-sections', (d) => (d.sections = []), '$.sections', /must not be empty/],
    ['a section with no body and an empty list of subsections', policySectionsSpec, 'policy-sections', (d) => (d.sections[1].subsections = []), '$.sections[1]', /needs a body, subsections, or both/],
    ['a retention policy without phases', retentionPolicySpec, 'retention-policy', (d) => (d.phases = []), '$.phases', /must not be empty/],
    // The host page renders a page's alternates as its language links: the same links as the content's.
    ['a javascript: link among a page\'s alternates', navigationSpec, 'navigation', (d) => (d.pages[2].alternates[0].href = 'javascript:alert(1)'), '$.pages[2].alternates[0].href', /link target not allowed/],
  ];
  // Found by a security audit: an unknown key went raw into the message, so a line break in it
  // forged a second '[trust-widgets] ...' console line, and a key of a million characters made a
  // two-million-character line and alert.
  // A differential audit added: the shortened name went into the path too, a key the file lacks.
  it('quotes an unknown property\'s name, escaped and shortened, in the message; a shortened one is not in the path', async () => {
    const document = await shippedDocument<Json>('en', 'data-locations.json');
    document.regions[0]['x\n[trust-widgets] <tc-faq> content verified OK'] = 1;
    const forged = validationError(dataLocationsSpec, document);
    expect(forged.message).to.not.include('\n');
    expect(forged.message).to.equal('unknown property "x\\n[trust-widgets] <tc-faq> content verif…"');
    const long = await shippedDocument<Json>('en', 'data-locations.json');
    long.regions[0]['k'.repeat(1_000_000)] = 1;
    const error = validationError(dataLocationsSpec, long);
    expect(error.message.length, 'message').to.be.below(100);
    expect(error.path.length, 'path').to.be.below(100);
    expect(error.path).to.equal('$.regions[0]');
    expect(forged.path).to.equal('$.regions[0]');
    const short = await shippedDocument<Json>('en', 'data-locations.json');
    short.regions[0]['k'.repeat(40)] = 1;
    expect(validationError(dataLocationsSpec, short).path).to.equal(`$.regions[0].${'k'.repeat(40)}`);
  });

  for (const [what, spec, kind, mutate, path, message] of cases) {
    it(`reports ${what} with its JSON path ${path}`, async () => {
      const document = await shippedDocument<Json>('en', `${kind}.json`);
      mutate(document);
      const error = validationError(spec, document);
      expect(error.code).to.equal('schema');
      expect(error.url).to.equal('https://cms.example/doc.json');
      expect(error.path).to.equal(path);
      expect(error.message).to.match(message);
    });
  }

  it('accepts relative link targets that only begin like a mistyped address', async () => {
    for (const href of ['www/index.html', './www.example.com.html', 'https-guide.html', 'http/index.html', '说明：第一部分.html']) {
      const document = await shippedDocument<Json>('en', 'faq.json');
      document.entries[11].answer[0].content[1].href = href;
      expect(validateDocument(faqSpec, document, 'x') === document, href).to.equal(true);
    }
  });

  // What the content model allows but no shipped document shows.
  const allowed: Array<[string, AnyDocumentSpec, string, (document: Json) => void]> = [
    // The limits are the longest allowed, not one less: 64 characters of id, ten years of 3,650 days.
    ['an id of 64 characters', faqSpec, 'faq', (d) => (d.entries[0].id = `faq-${'a'.repeat(60)}`)],
    ['a phase of exactly ten years', retentionPolicySpec, 'retention-policy', (d) => (d.phases[2].durationDays = d.retentionPeriodDays = 3650)],
    // The top page of a trust center has no ancestors: its breadcrumb is the page alone.
    ['a page with no ancestors', navigationSpec, 'navigation', (d) => (d.pages[0].breadcrumb = [])],
    ['a link whose scheme is written in capitals', faqSpec, 'faq', (d) => (d.entries[11].answer[0].content[1].href = 'HTTPS://example.com/privacy')],
    // Content given as a property by an app, whose spread writes a property it has no value for as undefined.
    ['optional properties given as undefined', dataLocationsSpec, 'data-locations', (d) => Object.assign(d, { notes: undefined, sectionLabel: undefined }) && Object.assign(d.regions[0], { note: undefined, replicationPartner: undefined })],
  ];
  for (const [what, spec, kind, change] of allowed) {
    it(`accepts ${what}`, async () => {
      const document = await shippedDocument<Json>('en', `${kind}.json`);
      change(document);
      expect(validateDocument(spec as DocumentSpec<DocumentKind>, document, 'x') === document).to.equal(true);
    });
  }

  it('counts a text\'s length in characters as the published schema does, not in UTF-16 units', async () => {
    // An editor's JSON Schema (maxLength) counts code points: 4,000 emoji pass there, so here too.
    const document = await shippedDocument<Json>('en', 'data-locations.json');
    document.regions[0].location = '🇨🇳'.repeat(2000);
    expect(validateDocument(dataLocationsSpec, document, 'x')).to.equal(document);
    document.regions[0].location += '🌏';
    expect(validationError(dataLocationsSpec, document).path).to.equal('$.regions[0].location');
  });

  it('counts a run of text in characters too: 4,000 of them in emoji pass, one more does not', async () => {
    // 7,000 UTF-16 units: a run over the limit in units is counted again, in characters.
    const document = await shippedDocument<Json>('en', 'data-locations.json');
    document.intro[0].content = ['🌏'.repeat(1500), { type: 'strong', text: '🇨🇳'.repeat(750) }, 'c'.repeat(1000)];
    expect(validateDocument(dataLocationsSpec, document, 'x')).to.equal(document);
    document.intro[0].content.push('c');
    const error = validationError(dataLocationsSpec, document);
    expect(error.path).to.equal('$.intro[0].content');
    expect(error.message).to.match(/at most 4000 characters in all/);
  });

  // Old libraries on portal pages added enumerable properties to Object.prototype. Validation read
  // them as the document's own: every widget on such a page reported "unknown property", and one
  // named like an optional property (newTab) was checked as if the document had it.
  it('accepts every shipped document on a page whose scripts added to Object.prototype', async () => {
    const documents = await Promise.all(specs.map((spec) => shippedDocument('en', `${spec.kind}.json`)));
    const prototype = Object.prototype as Record<string, unknown>;
    const problems: string[] = [];
    prototype.legacyHelper = () => undefined;
    prototype.newTab = 'yes';
    try {
      specs.forEach((spec, at) => {
        try {
          validateDocument(spec as DocumentSpec<DocumentKind>, documents[at], 'shipped');
        } catch (error) {
          problems.push(`${spec.kind}: ${(error as Error).message}`);
        }
      });
    } finally {
      delete prototype.legacyHelper;
      delete prototype.newTab;
    }
    expect(problems).to.deep.equal([]);
  });

  it('reports a document that is not an object at $', () => {
    for (const document of [null, 42, 'text', true, []]) {
      const error = validationError(faqSpec, document);
      expect([error.path, error.message]).to.deep.equal(['$', 'must be an object']);
    }
  });
});

describe('the schema module', () => {
  // A union tries its options in turn; one that fails after it has seen the value's id must not
  // leave the id behind, or the option that fits would find its own id "already used".
  it('accepts an object with an id that only a later option of a union fits', () => {
    const entry = union(object({ id: string(), size: integer(0, 9) }), object({ id: string(), size: string() }));
    expect(validate(array(entry), [{ id: 'a', size: 'large' }, { id: 'b', size: 3 }])).to.deep.equal([]);
  });

  it('still finds an id used twice across the options of a union', () => {
    const entry = union(object({ id: string(), size: integer(0, 9) }), object({ id: string(), size: string() }));
    const problems = validate(array(entry), [{ id: 'a', size: 'large' }, { id: 'a', size: 3 }]);
    expect(problems.map((problem) => problem.message)).to.deep.equal(['id "a" is already used at $[0].id']);
  });
});
