/**
 * custom-elements-manifest analyzer plugin (custom-elements-manifest.config.mjs): an attribute or
 * property typed by a named union of string literals (`mode: FaqMode`, `status: LoadStatus`) gets
 * the union spelled out beside its type, as `expandedType: { text: "'single' | 'multiple'" }`.
 * The analyzer writes the type's name only, and an editor that offers an attribute's values from the
 * manifest (scripts/editor-data.mjs) would offer `mode="FaqMode"`. `type` keeps the name, which
 * Storybook's docs and the API's readers know it by.
 *
 * The aliases are read from the modules the analyzer reads (a widget's own module, or
 * content-element.ts for what a widget inherits), by name: a name two modules give different
 * unions is left as it is.
 */
export function expandedTypesPlugin() {
  const unions = new Map();
  const ambiguous = new Set();
  return {
    name: 'trust-widgets:expanded-types',
    analyzePhase({ ts, node }) {
      if (!ts.isTypeAliasDeclaration(node) || !ts.isUnionTypeNode(node.type)) return;
      const literals = node.type.types.map((type) => (ts.isLiteralTypeNode(type) && ts.isStringLiteral(type.literal) ? type.literal.text : null));
      if (literals.includes(null)) return;
      const text = literals.map((literal) => `'${literal}'`).join(' | ');
      const name = node.name.text;
      if (unions.has(name) && unions.get(name) !== text) ambiguous.add(name);
      unions.set(name, text);
    },
    packageLinkPhase({ customElementsManifest }) {
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
