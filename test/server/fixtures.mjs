// Routes the tests use to produce faults a real server would: /fixture/<kind>/... (Koa middleware
// for the test server). Also serves /src/content/ from /content/, where the kit's default content
// is found relative to src/core/kit-base.ts when running from source.
import { readFileSync } from 'node:fs';

const failuresLeft = new Map();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function contentFixtures(context, next) {
  if (context.path.startsWith('/src/content/')) context.path = context.path.replace('/src/content/', '/content/');
  const match = /^\/fixture\/([\w-]+)\/?(.*)$/.exec(context.path);
  if (!match) return next();
  const [, kind, rest] = match;
  context.set('Cache-Control', 'no-store');
  switch (kind) {
    case 'status': // /fixture/status/500
      context.status = Number(rest);
      context.type = 'application/json';
      context.body = '{}';
      return;
    case 'stall': // answers only after a while: longer than the store's timeout in the tests
      await sleep(Number(context.query.ms ?? 3000));
      context.type = 'application/json';
      context.body = '{}';
      return;
    case 'html': // a 200 answer that is an HTML page, as SPA fallbacks and captive portals send
      context.type = 'text/html';
      context.body = '<!doctype html><title>Not content</title>';
      return;
    case 'big': // a valid JSON document of ?bytes bytes
      context.type = 'application/json';
      context.body = JSON.stringify({ padding: 'x'.repeat(Number(context.query.bytes ?? 2_000_000)) });
      return;
    // /fixture/fail-once/<key>/<locale>/<document>: 500 the first time, then content/<locale>/<document>.json.
    // (No .json in the path: the test server's plugins would try to transform the answer.)
    case 'fail-once':
      {
        const [key, ...path] = rest.split('/');
        if (!failuresLeft.has(key)) failuresLeft.set(key, 1);
        if (failuresLeft.get(key) > 0) {
          failuresLeft.set(key, failuresLeft.get(key) - 1);
          context.status = 500;
          return;
        }
        context.type = 'application/json';
        context.body = readFileSync(new URL(`../../content/${path.join('/')}.json`, import.meta.url), 'utf8');
      }
      return;
    default:
      return next();
  }
}
