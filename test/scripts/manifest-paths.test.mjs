// npm run test:scripts (after npm run build): custom-elements.json is published with the
// package for editors, docs tools and bundlers, which import what it names. Every module it names
// must be a file the package ships, and each widget's definition must come from the module that
// registers its tag. Before, it named src/**/*.ts, which the package does not contain.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Every module path the manifest names: its modules' own, and each reference's `module`. */
function namedModules() {
  const found = new Set();
  const visit = (value) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      if (typeof value.module === 'string' && !value.package) found.add(value.module);
      Object.values(value).forEach(visit);
    }
  };
  for (const module of manifest.modules) {
    found.add(module.path);
    visit(module.declarations);
    visit(module.exports);
  }
  return [...found];
}

test('every module the manifest names is a file the package ships', () => {
  const modules = namedModules();
  assert.ok(modules.length > 20, `only ${modules.length} modules named: run npm run build first`);
  const shipped = (path) => packageJson.files.some((entry) => path === entry || path.startsWith(`${entry}/`));
  const wrong = modules.filter((path) => !shipped(path) || !existsSync(join(root, path)));
  assert.deepEqual(wrong, [], 'named by custom-elements.json but not shipped in the package');
});

test("each widget's tag is defined by its define module, which the package exports", () => {
  const definitions = manifest.modules.flatMap((module) =>
    (module.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition').map((entry) => ({ tag: entry.name, from: module.path })),
  );
  assert.equal(definitions.length, 7);
  const exported = Object.values(packageJson.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)));
  for (const { tag, from } of definitions) {
    assert.match(from, /^dist\/widgets\/[a-z-]+\/define\.js$/, `<${tag}> is defined in ${from}`);
    const source = readFileSync(join(root, from), 'utf8');
    assert.ok(source.includes(`"${tag}"`) || source.includes(`'${tag}'`), `${from} does not register <${tag}>`);
    assert.ok(exported.some((target) => target === `./${from}` || (target.includes('*') && new RegExp(`^${target.replace('./', '').replace('*', '.+')}$`).test(from))), `${from} is not in package.json exports`);
  }
});

// Storybook's docs table and editors show a widget's `content` type from the manifest: the base
// class's generic `DocumentsByKind[K]` says nothing about which document a widget takes.
test("each content widget's content property names its own document type", () => {
  const expected = {
    'tc-data-location': 'DataLocationsDocument',
    'tc-faq': 'FaqDocument',
    'tc-retention-timeline': 'RetentionPolicyDocument',
    'tc-policy-sections': 'PolicySectionsDocument',
    'tc-breadcrumb': 'NavigationDocument',
    'tc-sidebar': 'NavigationDocument',
  };
  const found = {};
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!(declaration.tagName in expected)) continue;
      found[declaration.tagName] = declaration.members.find((member) => member.name === 'content')?.type?.text;
    }
  }
  assert.deepEqual(found, Object.fromEntries(Object.entries(expected).map(([tag, type]) => [tag, `${type} | undefined`])));
});

// Found by mutation testing of scripts/cem-define-element.mjs: Lit's internal reactive state
// (`{ state: true }` in static properties: the FAQ's openIds, ContentElement's document) is neither
// an attribute nor public API. With the plugin's removal of the analyzer's `attribute` on those
// members undone, the manifest told Storybook and other readers that openIds was an attribute, and
// every test passed: the attributes list, which the editors' data reads, was still filtered.
test('no reactive state property has an attribute in the manifest, and each member attribute is one the widget lists', () => {
  const states = new Set();
  for (const file of ['src/core/content-element.ts', ...readdirSync(join(root, 'src/widgets')).map((name) => `src/widgets/${name}/${name}.ts`)]) {
    if (!existsSync(join(root, file))) continue;
    for (const [, name] of readFileSync(join(root, file), 'utf8').matchAll(/^\s+(\w+): \{ state: true \}/gm)) states.add(name);
  }
  assert.ok(states.has('openIds') && states.has('document'), `state properties read from the source: ${[...states].join(', ')}`);
  const wrong = [];
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      const attributes = new Set((declaration.attributes ?? []).map((attribute) => attribute.name));
      for (const member of declaration.members ?? []) {
        if (member.attribute && (states.has(member.name) || !attributes.has(member.attribute))) wrong.push(`${declaration.name}.${member.name} (attribute ${member.attribute})`);
      }
      for (const attribute of declaration.attributes ?? []) if (states.has(attribute.fieldName)) wrong.push(`${declaration.name} attribute ${attribute.name}`);
    }
  }
  assert.deepEqual(wrong, [], 'attributes of reactive state in custom-elements.json');
});
