import { expect } from '@esm-bundle/chai';
import '../../src/index.js';
import { mount, resetKit, shadow } from '../helpers.js';

/*
 * What a content URL that is not trusted can send besides hostile strings (hostile-content.test.ts)
 * and broken answers (faults.test.ts): structures made to exhaust a parser or a validator, and
 * names made to reach Object.prototype. Each is refused with the alert; nothing escapes, nothing
 * global changes. docs/security.md ("Content from a URL you do not control") states these.
 */
describe('hostile sources', function () {
  this.timeout(20_000);
  const uncaught: string[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => uncaught.push(String(event.reason));
  const originalError = console.error;
  const urls: string[] = [];
  const served = (body: string) => {
    const url = URL.createObjectURL(new Blob([body], { type: 'application/json' }));
    urls.push(url);
    return url;
  };
  beforeEach(() => {
    uncaught.length = 0;
    console.error = () => {};
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onRejection);
  });
  afterEach(async () => {
    console.error = originalError;
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
    for (const url of urls.splice(0)) URL.revokeObjectURL(url);
    await resetKit();
  });

  // Half a million levels: a recursive parser or validator would overflow its stack.
  const depth = 500_000;
  const cases: Array<[label: string, body: string, code: string]> = [
    ['a document nested half a million arrays deep', '['.repeat(depth) + ']'.repeat(depth), 'schema'],
    ['a deeply nested value under a property of a FAQ', `{"kind":"faq","x":${'['.repeat(depth)}${']'.repeat(depth)}}`, 'schema'],
    ['a deeply nested object', '{"a":'.repeat(depth / 5) + '1' + '}'.repeat(depth / 5), 'schema'],
    ['a "__proto__" property', '{"__proto__":{"polluted":true},"kind":"faq"}', 'schema'],
    ['a "constructor" property holding a "prototype"', '{"constructor":{"prototype":{"polluted":true}},"kind":"faq"}', 'schema'],
  ];
  for (const [label, body, code] of cases) {
    it(`refuses ${label} with the alert, and nothing escapes or reaches Object.prototype`, async () => {
      const widget = await mount<HTMLElement & { error?: { code: string } }>('tc-faq', { src: served(body) });
      expect(widget.getAttribute('status')).to.equal('error');
      expect(widget.error?.code).to.equal(code);
      expect(Boolean(shadow(widget).querySelector('[role="alert"]')), 'the alert').to.be.true;
      expect(uncaught, 'uncaught errors').to.deep.equal([]);
      expect(({} as { polluted?: unknown }).polluted, 'Object.prototype').to.equal(undefined);
    });
  }
});
