/**
 * custom-elements-manifest analyzer plugin (custom-elements-manifest.config.mjs): an attribute or
 * property typed by a named union of string or number literals (`mode: FaqMode`, `status:
 * LoadStatus`, `headingLevel: HeadingLevel`) gets the union spelled out beside its type, as
 * `expandedType: { text: "'single' | 'multiple'" }` or `{ text: '2 | 3 | 4 | 5 | 6' }`.
 * The analyzer writes the type's name only, and an editor that offers an attribute's values from the
 * manifest (scripts/editor-data.mjs) would offer `mode="FaqMode"`. `type` keeps the name, which
 * Storybook's docs and the API's readers know it by.
 *
 * The aliases are read from the modules the analyzer reads (a widget's own module, or
 * content-element.ts for what a widget inherits), and from the modules they import that it does not
 * read (HeadingLevel, from src/core/heading.ts: the analyzer's globs leave src/core/ out, or its
 * functions would be in the published manifest). By name: a name two modules give different unions
 * is left as it is.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export function expandedTypesPlugin() {
  const unions = new Map();
  const ambiguous = new Set();
  const analyzed = new Set();
  const imported = new Set();
  let typescript;
  /** A type alias that is a union of literals, as its text: `'single' | 'multiple'`, `2 | 3`. */
  const collect = (ts, node) => {
    if (!ts.isTypeAliasDeclaration(node) || !ts.isUnionTypeNode(node.type)) return;
    const literal = (type) => (!ts.isLiteralTypeNode(type) ? null : ts.isStringLiteral(type.literal) ? `'${type.literal.text}'` : ts.isNumericLiteral(type.literal) ? type.literal.text : null);
    const literals = node.type.types.map(literal);
    if (literals.includes(null)) return;
    const text = literals.join(' | ');
    const name = node.name.text;
    if (unions.has(name) && unions.get(name) !== text) ambiguous.add(name);
    unions.set(name, text);
  };
  return {
    name: 'trust-widgets:expanded-types',
    analyzePhase({ ts, node, moduleDoc }) {
      typescript = ts;
      analyzed.add(moduleDoc.path);
      if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier) && node.moduleSpecifier.text.startsWith('.')) {
        imported.add(join(dirname(moduleDoc.path), node.moduleSpecifier.text.replace(/\.js$/, '.ts')));
      }
      collect(ts, node);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const path of imported) {
        if (analyzed.has(path) || !existsSync(path)) continue;
        const source = typescript.createSourceFile(path, readFileSync(path, 'utf8'), typescript.ScriptTarget.Latest);
        for (const statement of source.statements) collect(typescript, statement);
      }
      /** `FaqMode` → `'single' | 'multiple'`; `FaqMode | undefined` → `'single' | 'multiple' | undefined`. */
      const expand = (text) => {
        const parts = text.split('|').map((part) => part.trim());
        if (!parts.some((part) => unions.has(part) && !ambiguous.has(part))) return null;
        return parts.map((part) => (ambiguous.has(part) ? part : (unions.get(part) ?? part))).join(' | ');
      };
      const withExpanded = (entry) => {
        const expanded = entry.type?.text && expand(entry.type.text);
        return expanded ? { ...entry, expandedType: { text: expanded } } : entry;
      };
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.attributes) declaration.attributes = declaration.attributes.map(withExpanded);
          if (declaration.members) declaration.members = declaration.members.map((member) => (member.kind === 'field' ? withExpanded(member) : member));
        }
      }
    },
  };
}
