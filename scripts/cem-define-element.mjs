/**
 * custom-elements-manifest analyzer plugin (custom-elements-manifest.config.mjs): the kit registers its elements with
 * `defineElement('tc-faq', TcFaq)` (src/core/define-element.ts, a guarded customElements.define),
 * which the analyzer does not recognize. Without this plugin the manifest knows the classes but not
 * their tag names, and Storybook (which looks declarations up by tag name) documents nothing.
 *
 * It also drops the analyzer's guesses at events from `this.dispatchEvent(new TcReadyEvent(...))`
 * (an event without a name, or named after the constructor's argument, such as "error") when the
 * same event class is documented with `@fires`: the documented name is the real one.
 *
 * And it knows Lit's internal reactive state: the analyzer reads `static properties = {...}` but
 * takes `{ state: true }` entries for attributes; they are neither attributes nor public API.
 */
export function defineElementPlugin() {
  const tagsByClass = new Map();
  const statesByClass = new Map();
  return {
    name: 'trust-widgets:define-element',
    analyzePhase({ ts, node }) {
      if (
        ts.isPropertyDeclaration(node) &&
        ts.isIdentifier(node.name) &&
        node.name.text === 'properties' &&
        node.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.StaticKeyword) &&
        node.initializer &&
        ts.isObjectLiteralExpression(node.initializer) &&
        node.parent.name
      ) {
        const states = node.initializer.properties
          .filter(
            (property) =>
              ts.isPropertyAssignment(property) &&
              ts.isObjectLiteralExpression(property.initializer) &&
              property.initializer.properties.some(
                (option) => ts.isPropertyAssignment(option) && option.name.getText() === 'state' && option.initializer.kind === ts.SyntaxKind.TrueKeyword,
              ),
          )
          .map((property) => property.name.getText());
        statesByClass.set(node.parent.name.text, new Set(states));
        return;
      }
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'defineElement') return;
      const [tag, constructor] = node.arguments;
      if (tag && constructor && ts.isStringLiteral(tag) && ts.isIdentifier(constructor)) {
        tagsByClass.set(constructor.text, tag.text);
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.events) declaration.events = documentedEvents(declaration.events);
          const isState = (item) => statesByClass.get(item.inheritedFrom?.name ?? declaration.name)?.has(item.fieldName ?? item.name) ?? false;
          if (declaration.attributes) declaration.attributes = declaration.attributes.filter((attribute) => !isState(attribute));
          for (const member of declaration.members ?? []) if (member.attribute && isState(member)) delete member.attribute;
          const tag = declaration.kind === 'class' ? tagsByClass.get(declaration.name) : undefined;
          if (!tag) continue;
          declaration.tagName = tag;
          declaration.customElement = true;
          // Also export the tag from the module that defines it, as customElements.define() would.
          const defineModule = customElementsManifest.modules.find((candidate) =>
            candidate.exports?.some((exported) => exported.kind === 'js' && exported.name === declaration.name) &&
            candidate.path.endsWith('/define.ts'),
          );
          if (defineModule && !defineModule.exports.some((exported) => exported.kind === 'custom-element-definition' && exported.name === tag)) {
            defineModule.exports.push({ kind: 'custom-element-definition', name: tag, declaration: { name: declaration.name, module: module.path } });
          }
        }
      }
    },
  };
}

function documentedEvents(events) {
  const documentedTypes = new Set(events.filter((event) => event.name && event.description).map((event) => event.type?.text));
  return events.filter((event) => event.name && (event.description || !documentedTypes.has(event.type?.text)));
}
