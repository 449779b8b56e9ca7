// npm run test:scripts: every --tc-* custom property a widget's styles read, and every part its
// templates render, is documented in its custom-elements.json entry (from the @cssprop and @csspart
// tags on the widget class and on ContentElement, which the manifest lists as inherited). Those
// entries are the widgets' theming API in Storybook's docs and in editors; a property or part they
// leave out is one a host page cannot know it may use.
//
// What a widget uses is read from the source with the TypeScript parser, following what its class
// reaches: its own members, the classes and functions they name (ContentElement's loading and error
// states, the shared base.styles.ts and content.styles.ts, rich-text.ts, heading.ts, ...), and from
// those, what they name in turn. Found there:
// - custom properties: var(--tc-*) in css`` templates, minus those the widget sets itself (a
//   `--tc-*:` declaration in its CSS, or a '--tc-*' string in its code, such as --tc-fraction);
// - parts: part="..." in html`` templates (part=${...} and part="button ${...}" give the strings in
//   the expression, or in the const it names, and the names before it),
//   setAttribute('part', '...'), and calls of helpers with a parameter named `part`
//   (renderHeading(level, text, 'title'), renderLink(link) with its default 'link', element(...)).
// The manifest is made afresh for the test (fresh-manifest.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { freshManifest } from './fresh-manifest.mjs';

const root = resolve(import.meta.dirname, '../..');

const manifest = freshManifest();

/**
 * What the analysis finds but the widget never shows, so documenting it would mislead; each with
 * the reason. An entry that no longer applies (the widget stopped using it, or documents it now)
 * fails the test, so that this list cannot go stale.
 */
const NOT_APPLICABLE = {
  'tc-breadcrumb': {
    '--tc-color-heading': 'content.styles.ts colours h2-h6, and the breadcrumb renders no heading',
  },
  'tc-data-location': {
    match: "the regions' notes are built with appendRun() without a highlighter: only the FAQ's search marks matches",
  },
  'tc-locale-switch': {
    '--tc-color-text': "base.styles.ts sets it on .root, but the switch's only text is its buttons, coloured by --tc-color-link and --tc-color-surface",
  },
};

// ---- The source, parsed once per file ------------------------------------------------------------

const parsed = new Map();
function parse(file) {
  if (!parsed.has(file)) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const units = new Map(); // top-level name -> declaration node
    const imports = new Map(); // local name -> { file, name }
    for (const statement of source.statements) {
      if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name) units.set(statement.name.text, statement);
      else if (ts.isVariableStatement(statement)) {
        for (const declaration of statement.declarationList.declarations) if (ts.isIdentifier(declaration.name)) units.set(declaration.name.text, declaration);
      } else if (ts.isImportDeclaration(statement) && statement.importClause && !statement.importClause.isTypeOnly) {
        const specifier = statement.moduleSpecifier.text;
        if (!specifier.startsWith('.')) continue; // lit, @lit/localize: not the kit's
        const target = resolve(dirname(file), specifier.replace(/\.js$/, '.ts'));
        for (const element of statement.importClause.namedBindings?.elements ?? []) {
          if (!element.isTypeOnly) imports.set(element.name.text, { file: target, name: (element.propertyName ?? element.name).text });
        }
      }
    }
    parsed.set(file, { source, units, imports });
  }
  return parsed.get(file);
}

/** Helpers that take a part name: function name -> { index, fallback } of their `part` parameter. */
const partParameters = new Map();
for (const dir of ['src/core', ...readdirSync(join(root, 'src/widgets')).map((name) => `src/widgets/${name}`)]) {
  for (const name of readdirSync(join(root, dir))) {
    if (!name.endsWith('.ts') || name.endsWith('.test.ts') || name.endsWith('.stories.ts')) continue;
    for (const unit of parse(join(root, dir, name)).units.values()) {
      if (!ts.isFunctionDeclaration(unit)) continue;
      const index = unit.parameters.findIndex((parameter) => ts.isIdentifier(parameter.name) && parameter.name.text === 'part');
      if (index === -1) continue;
      const initializer = unit.parameters[index].initializer;
      partParameters.set(unit.name.text, { index, fallback: initializer && ts.isStringLiteralLike(initializer) ? initializer.text : undefined });
    }
  }
}

/** The strings an expression can give: a literal, or the literals of a condition's branches. */
function strings(node) {
  if (!node) return [];
  if (ts.isStringLiteralLike(node)) return [node.text];
  if (ts.isConditionalExpression(node)) return [...strings(node.whenTrue), ...strings(node.whenFalse)];
  if (ts.isParenthesizedExpression(node)) return strings(node.expression);
  if (ts.isBinaryExpression(node) && [ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken].includes(node.operatorToken.kind)) {
    return [...strings(node.left), ...strings(node.right)];
  }
  // A const named in the template (part=${part}): its value, from the nearest block that declares it.
  if (ts.isIdentifier(node)) {
    for (let scope = node.parent; scope; scope = scope.parent) {
      if (!ts.isBlock(scope) && !ts.isSourceFile(scope)) continue;
      for (const statement of scope.statements) {
        if (!ts.isVariableStatement(statement) || !(statement.declarationList.flags & ts.NodeFlags.Const)) continue;
        const declaration = statement.declarationList.declarations.find((candidate) => ts.isIdentifier(candidate.name) && candidate.name.text === node.text);
        if (declaration) return strings(declaration.initializer);
      }
    }
  }
  return [];
}

const partNames = (text) => text.split(/\s+/).filter(Boolean);

/** The texts of a template between its ${...}, and each ${...} with the text before it. */
function templatePieces(template) {
  if (ts.isNoSubstitutionTemplateLiteral(template)) return { texts: [template.text], spans: [] };
  const texts = [template.head.text];
  const spans = [];
  for (const span of template.templateSpans) {
    spans.push({ before: texts.at(-1), expression: span.expression });
    texts.push(span.literal.text);
  }
  return { texts, spans };
}

/** Records what one declaration uses into `found`; returns the declarations it names. */
function scan(file, unit, found) {
  const { imports, units } = parse(file);
  const named = [];
  const visit = (node) => {
    if (ts.isIdentifier(node)) {
      if (units.has(node.text) && units.get(node.text) !== unit) named.push({ file, name: node.text });
      else if (imports.has(node.text)) named.push(imports.get(node.text));
    } else if (ts.isTaggedTemplateExpression(node)) {
      const { texts, spans } = templatePieces(node.template);
      if (node.tag.getText() === 'css') {
        const text = texts.join('');
        for (const [, name] of text.matchAll(/var\(\s*(--tc-[\w-]+)/g)) found.props.add(name);
        for (const [, name] of text.matchAll(/(?:^|[{;\s])(--tc-[\w-]+)\s*:/g)) found.internal.add(name);
      } else {
        for (const text of texts) for (const [, , value] of text.matchAll(/\bpart\s*=\s*(["'])([^"']*)\1/g)) partNames(value).forEach((part) => found.parts.add(part));
        for (const { before, expression } of spans) {
          // part=${...}, or names before it in the quotes: part="button ${current ? 'current' : ''}".
          const open = /\bpart\s*=\s*(?:["']([\w\s-]*))?$/.exec(before);
          if (open) [...partNames(open[1] ?? ''), ...strings(expression).flatMap(partNames)].forEach((part) => found.parts.add(part));
        }
      }
    } else if (ts.isCallExpression(node)) {
      const callee = ts.isPropertyAccessExpression(node.expression) ? node.expression.name.text : ts.isIdentifier(node.expression) ? node.expression.text : '';
      if (callee === 'setAttribute' && strings(node.arguments[0]).includes('part')) strings(node.arguments[1]).flatMap(partNames).forEach((part) => found.parts.add(part));
      const helper = ts.isIdentifier(node.expression) ? partParameters.get(callee) : undefined;
      if (helper) {
        const argument = node.arguments[helper.index];
        const given = argument ? strings(argument) : helper.fallback ? [helper.fallback] : [];
        given.flatMap(partNames).forEach((part) => found.parts.add(part));
      }
    } else if (ts.isStringLiteral(node) && /^--tc-[\w-]+$/.test(node.text)) {
      // Set from code (style.setProperty): the widget's own plumbing, not a theming property.
      found.internal.add(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(unit);
  return named;
}

/** What the class `className` in `file` uses, following every declaration it reaches. */
function usedBy(file, className) {
  const found = { props: new Set(), parts: new Set(), internal: new Set(), files: new Set() };
  const seen = new Set();
  const queue = [{ file, name: className }];
  while (queue.length > 0) {
    const next = queue.shift();
    const key = `${next.file}#${next.name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const unit = parse(next.file).units.get(next.name);
    if (!unit) continue; // a type, or a name the module re-exports: no styles or templates there
    found.files.add(relative(root, next.file));
    queue.push(...scan(next.file, unit, found));
  }
  for (const name of found.internal) found.props.delete(name);
  return found;
}

// ---- The test -------------------------------------------------------------------------------------

const widgets = manifest.modules.flatMap((module) =>
  (module.declarations ?? []).filter((declaration) => declaration.tagName).map((declaration) => ({ module, declaration })),
);

test('the manifest has the seven widgets', () => {
  assert.deepEqual(widgets.map(({ declaration }) => declaration.tagName).sort(), [
    'tc-breadcrumb',
    'tc-data-location',
    'tc-faq',
    'tc-locale-switch',
    'tc-policy-sections',
    'tc-retention-timeline',
    'tc-sidebar',
  ]);
});

for (const { module, declaration } of widgets) {
  const tag = declaration.tagName;
  // The manifest names the shipped module (dist/widgets/faq/faq.js); the analysis reads its source.
  const source = module.path.replace(/^dist\/(.+)\.js$/, 'src/$1.ts');
  test(`<${tag}> documents every --tc-* custom property and part it uses (${source})`, () => {
    const used = usedBy(join(root, source), declaration.name);
    // The analysis must have reached the shared styles and the error state, or it proves nothing.
    assert.ok(used.files.has('src/core/base.styles.ts'), `${tag}: base.styles.ts not reached (${[...used.files].join(', ')})`);
    assert.ok(used.props.has('--tc-font-family'), `${tag}: no var(--tc-font-family) found`);
    const documentedProps = new Set((declaration.cssProperties ?? []).map((property) => property.name));
    const documentedParts = new Set((declaration.cssParts ?? []).map((part) => part.name));
    const exempt = NOT_APPLICABLE[tag] ?? {};

    for (const [name, reason] of Object.entries(exempt)) {
      const isProp = name.startsWith('--');
      const usedHere = (isProp ? used.props : used.parts).has(name);
      const documented = (isProp ? documentedProps : documentedParts).has(name);
      assert.ok(usedHere && !documented, `${tag}: NOT_APPLICABLE lists ${name} ("${reason}"), but it is ${usedHere ? 'documented now' : 'no longer used'}: remove it from the list`);
    }

    const missingProps = [...used.props].filter((name) => !documentedProps.has(name) && !(name in exempt)).sort();
    const missingParts = [...used.parts].filter((name) => !documentedParts.has(name) && !(name in exempt)).sort();
    const lines = [
      ...missingProps.map((name) => `  @cssprop ${name} - ...`),
      ...missingParts.map((name) => `  @csspart ${name} - ...`),
    ];
    assert.deepEqual(
      lines,
      [],
      `<${tag}> uses what its manifest entry does not document. Add to the JSDoc of ${declaration.name} (${source}):\n${lines.join('\n')}`,
    );
  });
}

// The "Default" column of Storybook's docs: read from each class's styles by
// scripts/cem-css-defaults.mjs, so that it cannot drift from them as hand-written defaults did
// (the FAQ's search box border was documented as #767676 after it had become a light-dark pair).
for (const { declaration } of widgets) {
  const tag = declaration.tagName;
  test(`<${tag}> states the default of every custom property it documents`, () => {
    const withoutDefault = (declaration.cssProperties ?? []).filter((property) => !property.default).map((property) => property.name);
    assert.deepEqual(withoutDefault, [], `<${tag}>: no default for ${withoutDefault.join(', ')}`);
    for (const property of declaration.cssProperties) {
      assert.doesNotMatch(property.default, /var\(--_tc-/, `<${tag}> ${property.name}: a private colour was left unresolved`);
    }
  });
}

test('a default is the one the widget uses, with its light and dark colours', () => {
  const defaultOf = (tag, name) => widgets.find(({ declaration }) => declaration.tagName === tag).declaration.cssProperties.find((property) => property.name === name)?.default;
  // The timeline's track border is a control's border; the FAQ's rules are lighter.
  assert.equal(defaultOf('tc-retention-timeline', '--tc-color-border'), 'light-dark(#767676, #8f8f8f)');
  assert.equal(defaultOf('tc-faq', '--tc-color-border'), 'light-dark(#d0d0d0, #5e5e5e)');
  assert.equal(defaultOf('tc-faq', '--tc-color-heading'), 'inherit');
  // Not the fallback of a browser without light-dark() (an @supports block, as @media ones are not either).
  assert.equal(defaultOf('tc-faq', '--tc-color-focus'), 'light-dark(#0b57d0, #a8c7fa)');
  assert.equal(defaultOf('tc-retention-timeline', '--tc-color-accent'), 'light-dark(#0b57d0, #a8c7fa)');
  assert.equal(defaultOf('tc-breadcrumb', '--tc-breadcrumb-separator-color'), 'var(--tc-color-muted, light-dark(#595959, #ababab))');
  assert.match(defaultOf('tc-locale-switch', '--tc-font-family'), /^system-ui, .*'PingFang SC'.*sans-serif$/);
});

// Found by mutation testing of scripts/cem-css-defaults.mjs: the test above reads the widgets only,
// so with content-element.ts left out of the classes whose styles are read, ContentElement's entry
// (the base class the manifest publishes, whose custom properties every content widget inherits)
// lost all its defaults unnoticed.
test('every class in the manifest, not only the widgets, states the default of each custom property it documents', () => {
  const classes = manifest.modules.flatMap((module) => (module.declarations ?? []).filter((declaration) => declaration.cssProperties?.length));
  assert.ok(classes.some((declaration) => declaration.name === 'ContentElement'), 'ContentElement documents custom properties');
  const withoutDefault = classes.flatMap((declaration) => declaration.cssProperties.filter((property) => !property.default).map((property) => `${declaration.name} ${property.name}`));
  assert.deepEqual(withoutDefault, []);
});
