import type { Schema, SchemaNode } from './schema.js';

type JsonSchema = Record<string, unknown>;

/**
 * The JSON Schema (draft-07) of a schema, for editors and other tools. Nodes that are one of
 * `definitions` (by identity) become `$ref`s to `#/$defs/<name>`. Used by scripts, never shipped.
 */
export function toJsonSchema(schema: Schema, definitions: Record<string, Schema> = {}): JsonSchema {
  // optional() copies a node, so a definition is recognised by its fields, not only by identity.
  const sameNode = (a: object, b: object) => {
    const keys = (node: object) => Object.keys(node).filter((key) => key !== 'isOptional');
    return keys(a).length === keys(b).length && keys(a).every((key) => a[key as keyof object] === b[key as keyof object]);
  };
  const convert = (node: SchemaNode, allowRef = true): JsonSchema => {
    const name = Object.keys(definitions).find((candidate) => sameNode(definitions[candidate], node));
    if (allowRef && name) return { $ref: `#/$defs/${name}` };
    const described = (json: JsonSchema): JsonSchema => ({
      ...('title' in node && node.title ? { title: node.title } : {}),
      ...json,
      ...(node.description ? { description: node.description } : {}),
    });
    switch (node.kind) {
      case 'string':
        return described({
          type: 'string',
          ...(node.pattern ? { pattern: node.pattern.source } : {}),
          // VS Code shows this instead of the raw regular expression when the pattern fails.
          ...(node.pattern && node.message ? { patternErrorMessage: node.message } : {}),
          ...(node.maxLength ? { maxLength: node.maxLength } : {}),
        });
      case 'literal':
        return described({ const: node.value });
      case 'picklist':
        return described({ enum: [...node.values] });
      case 'boolean':
        return described({ type: 'boolean' });
      case 'integer':
        return described({ type: 'integer', minimum: node.min, maximum: node.max });
      case 'array':
        return described({ type: 'array', items: convert(node.item), ...(node.min ? { minItems: node.min } : {}) });
      case 'object': {
        const required = Object.keys(node.entries).filter((key) => !node.optional.includes(key));
        return described({
          type: 'object',
          properties: Object.fromEntries(Object.entries(node.entries).map(([key, entry]) => [key, convert(entry)])),
          ...(required.length ? { required } : {}),
          additionalProperties: false,
        });
      }
      case 'union':
        return described({ anyOf: node.options.map((option) => convert(option)) });
      case 'variant': {
        // One option per value of the key, chosen with if/then rather than oneOf: for an unknown
        // value ("bold"), an editor then lists every value the key takes, where with oneOf it
        // offered only the option that came nearest ('Value must be "strong"').
        const values = node.options.map((option) => (option.entries[node.key] as { value: string }).value);
        return described({
          type: 'object',
          // Entries every option has (the "text" of every inline) are declared here too: an object
          // without the key then still reads as this option rather than as a string of a union.
          properties: {
            // enumDescriptions (VS Code's keyword): the options' descriptions, shown as each value is completed.
            [node.key]: { enum: values, ...(node.options.every((option) => option.description) ? { enumDescriptions: node.options.map((option) => option.description) } : {}) },
            ...Object.fromEntries(
              Object.keys(node.options[0].entries)
                .filter((key) => key !== node.key && node.options.every((option) => option.entries[key] === node.options[0].entries[key]))
                .map((key) => [key, convert(node.options[0].entries[key])]),
            ),
          },
          required: [node.key],
          // required in the if: without it an object with no "type" matches every if, and gets every
          // option's complaints ("Missing property items", "Property content is not allowed").
          allOf: node.options.map((option, index) => ({ if: { properties: { [node.key]: { const: values[index] } }, required: [node.key] }, then: convert(option) })),
        });
      }
    }
  };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    ...convert(schema),
    $defs: Object.fromEntries(Object.entries(definitions).map(([name, node]) => [name, convert(node, false)])),
  };
}
