// Runs a TypeScript script with Node 20: `node scripts/run-ts.mjs scripts/x.ts [args]`.
import { resolve } from 'node:path';
import { importBundled } from './import-bundled.mjs';

const [script, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], resolve(script), ...args];
await importBundled({ entryPoints: [resolve(script)] });
