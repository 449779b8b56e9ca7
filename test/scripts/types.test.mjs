// npm run test:scripts (after the build): the published declarations, as an app's TypeScript
// reads them when it imports a single widget (not the root entry, which brings every declaration).
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ts from 'typescript';

const root = resolve(import.meta.dirname, '../..');
const BUNDLER = ['--module', 'preserve', '--moduleResolution', 'bundler'];
const NODE16 = ['--module', 'node16', '--moduleResolution', 'node16'];
const NODE10 = ['--module', 'commonjs', '--moduleResolution', 'node10'];

// No global types from any @types package (typeRoots is an empty folder): the declarations are for
// browsers and must not lean on Node's, and reading @types/node doubled every compile's time.
const noGlobalTypes = mkdtempSync(join(tmpdir(), 'no-types-'));
after(() => rmSync(noGlobalTypes, { recursive: true, force: true }));

/**
 * The files whose errors are checked: the app's and the package's, not TypeScript's lib files or
 * other packages', except those that declare what ours add to. TypeScript checks an interface
 * against the ones it extends, and its members against its index signatures, where it is first
 * declared: an event of ours in HTMLElementEventMap named like a DOM event but of another type is
 * an error in lib.dom.d.ts, and a JSX attribute of ours that breaks one of React's, in @types/react.
 * Checking them (lib.dom.d.ts 0.6 s a compile) took `node --test` of this file from 17 s to 27 s. Still not
 * checked: a file of theirs that only uses what ours add to (a class implementing an interface we
 * add to), which no declaration of ours does today.
 */
function checkedFiles(program) {
  const checker = program.getTypeChecker();
  const ours = program.getSourceFiles().filter((sourceFile) => !program.isSourceFileDefaultLibrary(sourceFile) && !sourceFile.fileName.includes('/node_modules/'));
  const files = new Set(ours);
  // The names ours declare at the top of a file, a namespace, `declare global` or `declare module`.
  const addDeclaringFiles = (node) => {
    if (node.name && ts.isIdentifier(node.name)) {
      for (const declaration of checker.getSymbolAtLocation(node.name)?.declarations ?? []) files.add(declaration.getSourceFile());
    }
    if (ts.isVariableStatement(node)) node.declarationList.declarations.forEach(addDeclaringFiles);
    else if (ts.isSourceFile(node) || ts.isModuleDeclaration(node) || ts.isModuleBlock(node)) ts.forEachChild(node, addDeclaringFiles);
  };
  ours.forEach(addDeclaringFiles);
  return [...files];
}

/**
 * Compiles `file` (relative to `cwd`) as tsc would with these options and each resolution, and
 * asserts it has no error. Everything tsc reports is reported, but the files it checks are the
 * app's and the kit's declarations (reached through a link, by their real path), not those of the
 * packages they use: the React and Vue types bring csstype and @babel/types, 1.6 MB of declarations
 * that tsc checked again at each of the 13 compiles, three quarters of the time. A declaration of
 * ours that clashes with one of theirs, or with a lib file's, is still an error, in whichever file
 * TypeScript reports it (checkedFiles).
 */
function typeErrors(file, resolutions = [BUNDLER, NODE16], cwd = root, extra = []) {
  const common = ['--noEmit', '--strict', '--target', 'es2022', '--lib', 'es2022,dom', '--typeRoots', noGlobalTypes, ...extra];
  for (const resolution of resolutions) {
    const { options, fileNames, errors } = ts.parseCommandLine([...common, ...resolution, file]);
    const host = ts.createCompilerHost(options);
    const program = ts.createProgram({ rootNames: fileNames.map((name) => resolve(cwd, name)), options, host });
    const diagnostics = [
      ...errors,
      ...program.getOptionsDiagnostics(),
      ...program.getGlobalDiagnostics(),
      ...program.getSyntacticDiagnostics(),
      ...checkedFiles(program).flatMap((sourceFile) => program.getSemanticDiagnostics(sourceFile)),
    ];
    const formatHost = { getCanonicalFileName: (name) => name, getCurrentDirectory: () => cwd, getNewLine: () => '\n' };
    assert.equal(ts.formatDiagnostics(diagnostics, formatHost), '', resolution.join(' '));
  }
}

// Found by a review of the in-process compile: TypeScript checks an interface against the ones it
// extends where it is first declared, so a declaration of ours that breaks a DOM or React interface
// it adds to is an error reported in lib.dom.d.ts or @types/react, files the compile did not check.
test("a declaration of ours that breaks a DOM or React interface it adds to is an error, reported in their file", () => {
  const app = mkdtempSync(join(tmpdir(), 'types-clash-'));
  try {
    symlinkSync(join(root, 'node_modules'), join(app, 'node_modules'));
    writeFileSync(join(app, 'events.d.ts'), 'declare global {\n  interface HTMLElementEventMap { toggle: CustomEvent<string> }\n}\nexport {};\n');
    writeFileSync(join(app, 'jsx.d.ts'), "import 'react';\ndeclare module 'react' {\n  namespace JSX { interface IntrinsicAttributes { key?: boolean } }\n}\n");
    writeFileSync(join(app, 'app.ts'), "import type {} from './events.js';\nimport type {} from './jsx.js';\n");
    assert.throws(
      () => typeErrors('app.ts', [BUNDLER], app),
      ({ actual }) =>
        /lib\.dom\.d\.ts\(\d+,\d+\): error TS2430: Interface 'HTMLElementEventMap' incorrectly extends/.test(actual) &&
        /@types\/react\/index\.d\.ts\(\d+,\d+\): error TS2430: Interface 'IntrinsicAttributes' incorrectly extends/.test(actual),
    );
  } finally {
    rmSync(app, { recursive: true, force: true });
  }
});

test('an app importing one widget gets its tag and its events typed', () => typeErrors('test/types/single-widget.ts'));

test('an app importing a class only gets its event classes and its content type', () => typeErrors('test/types/class-only.ts'));

test('a page using the script tag gets window.TrustWidgets typed', () => typeErrors('test/types/script-tag.ts'));

// An app whose node_modules/trust-widgets holds what the package publishes (its "files"), not the
// whole repository: the repository's own content/ folder must not answer for dist/content/.
function compileInApp(fixture, resolutions, extra = []) {
  const app = mkdtempSync(join(tmpdir(), 'types-app-'));
  try {
    const installed = join(app, 'node_modules/trust-widgets');
    mkdirSync(installed, { recursive: true });
    const { files } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    // A "!pattern" of files leaves out part of a folder: the link to the folder still has it, which
    // only the declarations nothing imports are.
    for (const name of [...files.filter((entry) => !entry.startsWith('!')), 'package.json']) symlinkSync(join(root, name), join(installed, name));
    writeFileSync(join(app, 'package.json'), JSON.stringify({ type: 'module', private: true }));
    copyFileSync(join(root, 'test/types', fixture), join(app, 'app.ts'));
    typeErrors('app.ts', resolutions, app, extra);
  } finally {
    rmSync(app, { recursive: true, force: true });
  }
}

test('an app importing the kit by its name gets the same types, with or without exports support', () =>
  compileInApp('package-name.ts', [BUNDLER, NODE16, NODE10]));

test("an app importing a default document from the package's JSON finds it, with or without exports support", () =>
  compileInApp('content-json.ts', [BUNDLER, NODE10], ['--resolveJsonModule', '--esModuleInterop']));

test('typesVersions names the class module of every widget', () => {
  const { typesVersions } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const missing = readdirSync(join(root, 'src/widgets'))
    .filter((widget) => typesVersions['*'][`${widget}/class.js`]?.[0] !== `./dist/widgets/${widget}/${widget}.d.ts`)
    .map((widget) => `"${widget}/class.js": ["./dist/widgets/${widget}/${widget}.d.ts"]`);
  assert.deepEqual(missing, [], 'add to typesVersions["*"] in package.json');
});

test('a React 19 app that imports trust-widgets/react gets every tag typed, from the manifest', () =>
  typeErrors('test/types/react-app.tsx', [BUNDLER, NODE16], root, ['--jsx', 'react-jsx']));

// vue-tsc, not tsc, reads a .vue file's template. With strictTemplates (test/types/tsconfig.vue.json)
// a tag, attribute or event that the types do not declare is an error, and each mistake marked
// <!-- @vue-expect-error --> must be one.
test('a Vue 3 app that imports trust-widgets/vue gets every tag typed in templates, from the manifest', () => {
  let output = '';
  try {
    execFileSync('node', [join(root, 'node_modules/vue-tsc/bin/vue-tsc.js'), '-p', 'test/types/tsconfig.vue.json'], { encoding: 'utf8', cwd: root });
  } catch (error) {
    output = `${error.stdout}${error.stderr}`;
  }
  assert.equal(output, '');
});

// svelte-check reads a .svelte file's markup, where no comment marks an expected error: the fixture
// marks each mistake with a "must be an error" comment on the line before, and the test asserts that
// exactly those lines have errors. Run in test/types, whose svelte.config.js stops svelte-check from
// loading the repo's vite.config.ts.
test('a Svelte 5 app that imports trust-widgets/svelte gets every tag typed in markup, from the manifest', () => {
  const fixture = 'svelte-app.svelte';
  const expected = readFileSync(join(root, 'test/types', fixture), 'utf8')
    .split('\n')
    .flatMap((line, index) => (line.includes('<!-- must be an error') ? [index + 2] : []));
  const svelteCheck = join(root, 'node_modules/svelte-check/bin/svelte-check');
  let output = '';
  try {
    output = execFileSync('node', [svelteCheck, '--workspace', 'test/types', '--tsconfig', 'tsconfig.svelte.json', '--output', 'machine', '--threshold', 'error'], { encoding: 'utf8', cwd: root });
  } catch (error) {
    output = `${error.stdout}${error.stderr}`;
  }
  const errors = [...output.matchAll(/^\d+ ERROR "([^"]*)" (\d+):\d+ .*$/gm)].map(([text, file, line]) => ({ text, at: file === fixture ? Number(line) : NaN }));
  assert.ok(expected.length > 0 && /^\d+ COMPLETED /m.test(output), output);
  assert.deepEqual(errors.filter(({ at }) => !expected.includes(at)).map(({ text }) => text), [], 'errors where the app is right');
  assert.deepEqual(expected.filter((line) => !errors.some(({ at }) => at === line)), [], 'mistakes that are not errors (lines)');
});

// Found by mutation testing of scripts/framework-types.mjs: the fixtures use each tag as an app does,
// but nothing held what a tag's types leave out: with the read-only `status` and `openEntries` made
// props, or the JSDoc that editors show on hover dropped, every compile above still passed. Read from
// the generated files (a few milliseconds): each tag declares exactly the manifest's settable fields
// and its events' handlers, under each framework's names, each with its description.
test('the React, Vue and Svelte types of each tag declare exactly its settable fields and its events, with their descriptions', () => {
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  const widgets = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);
  assert.ok(widgets.length >= 7, `custom-elements.json lists ${widgets.length} tags`);
  const camel = (name) => name.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());
  const frameworks = {
    react: { field: (field) => field.attribute ?? field.name, handler: (event) => `on${event.name}` },
    vue: { field: (field) => camel(field.attribute ?? field.name), handler: (event) => `on${camel(`-${event.name}`)}` },
    svelte: { field: (field) => field.attribute ?? field.name, handler: (event) => `on${event.name}` },
  };
  for (const [framework, names] of Object.entries(frameworks)) {
    const text = readFileSync(join(root, `dist/${framework}.d.ts`), 'utf8');
    for (const widget of widgets) {
      const start = text.indexOf(`'${widget.tagName}': `);
      assert.ok(start > 0, `dist/${framework}.d.ts declares <${widget.tagName}>`);
      assert.ok(text.slice(0, start).trimEnd().endsWith(`/** ${widget.summary} */`), `dist/${framework}.d.ts <${widget.tagName}>: its summary, for an editor's hover on the tag`);
      // To the line that closes it: `};` (React, Svelte) or `}>;` (Vue).
      const block = text.slice(start, start + /\n\s*\}>?;\n/.exec(text.slice(start)).index);
      const declared = [...block.matchAll(/^\s+'?([\w-]+)'?\?: /gm)].map(([, key]) => key);
      const fields = (widget.members ?? []).filter((member) => member.kind === 'field' && !member.static && !member.readonly && (member.privacy ?? 'public') === 'public');
      const expected = [...fields.map((field) => [names.field(field), field.description]), ...(widget.events ?? []).map((event) => [names.handler(event), event.description])];
      assert.deepEqual(declared.sort(), expected.map(([key]) => key).sort(), `dist/${framework}.d.ts <${widget.tagName}>`);
      for (const member of widget.members ?? []) {
        if (member.kind === 'field' && member.readonly && (member.privacy ?? 'public') === 'public') {
          assert.ok(!declared.includes(names.field(member)), `dist/${framework}.d.ts <${widget.tagName}>: ${member.name} is read-only`);
        }
      }
      for (const [key, description] of expected.filter(([, description]) => description)) {
        const lines = description.replace(/\*\//g, '*\\/').split('\n').map((line) => line.trimEnd());
        const pattern = lines.map((line) => line.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\n\\s*\\*(?: |$)');
        assert.match(block, new RegExp(`${pattern}[^]*?\\n\\s+'?${key}'?\\?: `), `dist/${framework}.d.ts <${widget.tagName}> ${key}: its description, every line of it`);
      }
    }
  }
  assert.match(readFileSync(join(root, 'dist/react.d.ts'), 'utf8'), /'tc-faq': [^]*?content\?: /, 'content, the settable property without an attribute');
});
