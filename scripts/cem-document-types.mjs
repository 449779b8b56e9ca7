/**
 * custom-elements-manifest analyzer plugin (custom-elements-manifest.config.mjs): a content widget
 * extends `ContentElement<'faq'>`, whose `content` property is typed `DocumentsByKind[K]`. The
 * analyzer copies that text into every widget, so Storybook's docs and editors would say nothing
 * about which document a widget takes. This names it: `FaqDocument | undefined` on <tc-faq>.
 */
import { readFileSync } from 'node:fs';

const GENERIC = 'DocumentsByKind[K]';

/** `kind → document type name`, read from the `DocumentsByKind` interface of content-types.ts. */
function documentTypesByKind() {
  const source = readFileSync(new URL('../src/core/content-types.ts', import.meta.url), 'utf8');
  const body = /interface DocumentsByKind \{([^}]*)\}/.exec(source)?.[1] ?? '';
  return new Map([...body.matchAll(/'?([\w-]+)'?\s*:\s*(\w+);/g)].map(([, kind, type]) => [kind, type]));
}

export function documentTypesPlugin() {
  const kindsByClass = new Map();
  return {
    name: 'trust-widgets:document-types',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const clause of node.heritageClauses ?? []) {
        for (const type of clause.types) {
          const [argument] = type.typeArguments ?? [];
          if (type.expression.getText() === 'ContentElement' && argument && ts.isLiteralTypeNode(argument) && ts.isStringLiteral(argument.literal)) {
            kindsByClass.set(node.name.text, argument.literal.text);
          }
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const typesByKind = documentTypesByKind();
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const documentType = typesByKind.get(kindsByClass.get(declaration.name));
          if (!documentType) continue;
          declaration.members = declaration.members?.map((member) =>
            member.type?.text?.includes(GENERIC) ? { ...member, type: { ...member.type, text: member.type.text.replace(GENERIC, documentType) } } : member,
          );
        }
      }
    },
  };
}
