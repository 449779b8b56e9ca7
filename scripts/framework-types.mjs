// npm run build (after cem analyze): the template types of the kit's tags for the frameworks whose
// type checkers read a declaration of custom elements, made from custom-elements.json, so that they
// list what the widgets have and cannot drift from them. An app opts in with a type-only import:
// - dist/react.d.ts, React 19's JSX: `import type {} from 'trust-widgets/react';` (needs @types/react).
// - dist/vue.d.ts, Vue 3's GlobalComponents: `import type {} from 'trust-widgets/vue';` (needs vue),
//   read by vue-tsc and Vue's editor tools.
// - dist/svelte.d.ts, Svelte 5's SvelteHTMLElements: `import type {} from 'trust-widgets/svelte';`
//   (needs svelte), read by svelte-check and Svelte's editor tools.
//
// Per tag, in each: the framework's own props for an HTML element, without HTML's string `content`
// attribute (the content widgets' `content` property replaces it); each attribute, typed by the
// class's property behind it; each settable property that has no attribute (`content`, `today`); and
// each event's handler, with the kit's event class. Mostly the names differ: React 19 and Svelte 5 take
// attributes by their names and a handler as `on` and the event's name (`ontc-ready`); Vue takes
// attributes by their camelCase names (a template's `heading-level` is `headingLevel`) and a handler
// as `on` and the event's name in PascalCase (`@tc-ready` is `onTcReady`). In Vue's and Svelte's
// templates an attribute's value is a string: a number attribute also takes a string of digits. In
// Svelte's, a boolean attribute named unlike its property (sync-hash) takes only true: see svelte().
import { readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const widgets = manifest.modules
  .flatMap((module) => (module.declarations ?? []).map((declaration) => ({ module, declaration })))
  .filter(({ declaration }) => declaration.tagName)
  .sort((a, b) => a.declaration.tagName.localeCompare(b.declaration.tagName))
  .map(({ module, declaration }) => {
    const namespace = declaration.name.replace(/^Tc/, '');
    return {
      declaration,
      namespace,
      element: `${namespace}.${declaration.name}`,
      // The define module (dist/widgets/faq/define.js) exports the class and its events' types.
      import: `import type * as ${namespace} from './${module.path.replace(/^dist\//, '').replace(/[^/]+\.js$/, 'define.js')}';`,
      fields: (declaration.members ?? []).filter((member) => member.kind === 'field' && !member.static && !member.readonly && (member.privacy ?? 'public') === 'public'),
      events: declaration.events ?? [],
    };
  });

const quoted = (name) => (/^[a-z]\w*$/i.test(name) ? name : `'${name}'`);
const camel = (name) => name.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());
/** A JSDoc comment at `indent`, from the manifest's text (which may run over several lines). */
const doc = (text, indent) => {
  if (!text) return '';
  const lines = text.replace(/\*\//g, '*\\/').split('\n');
  return lines.length === 1 ? `${indent}/** ${lines[0]} */\n` : `${indent}/**\n${lines.map((line) => `${indent} * ${line}`.trimEnd()).join('\n')}\n${indent} */\n`;
};
/**
 * A field's type where attribute values are strings (Vue's and Svelte's templates, React's props
 * named as attributes): a number attribute (`heading-level="2"`) also takes its numbers as strings
 * of digits, which the widget converts: `${number}`, or for a union of numbers (HeadingLevel, in
 * the manifest's expandedType) those numbers only, `${HeadingLevel}` ('2' | … | '6').
 */
const templateType = ({ element }, field) => {
  const type = `${element}['${field.name}']`;
  const parts = (field.expandedType?.text ?? field.type?.text ?? '').split('|').map((part) => part.trim());
  const numeric = field.attribute && parts.some((part) => part === 'number' || /^\d+$/.test(part));
  return `${type}${numeric ? ` | \`\${${type}}\`` : ''}`;
};
const eventType = ({ namespace }, event) => (event.type?.text ? `${namespace}.${event.type.text}` : 'Event');

/**
 * The lines that declare a tag's settable fields and its events' handlers, at `indent`: each
 * framework gives the name it takes a field by (`fieldKey`), the type it takes (`fieldType`), and
 * the name of an event's handler (`handlerKey`).
 */
function members(widget, indent, { fieldKey, fieldType, handlerKey }) {
  return [
    ...widget.fields.map((field) => `${doc(field.description, indent)}${indent}${quoted(fieldKey(field))}?: ${fieldType(field)};`),
    ...widget.events.map((event) => `${doc(event.description, indent)}${indent}${quoted(handlerKey(event))}?: (event: ${eventType(widget, event)}) => void;`),
  ].join('\n');
}

function react() {
  const entries = widgets.map((widget) => {
    const { declaration, element } = widget;
    const props = members(widget, '        ', {
      fieldKey: (field) => field.attribute ?? field.name,
      // React 19 writes a prop named as an attribute (heading-level) as that attribute.
      fieldType: (field) => templateType(widget, field),
      handlerKey: (event) => `on${event.name}`,
    });
    return `${doc(declaration.summary, '      ')}      '${declaration.tagName}': HostProps<${element}> & {\n${props}\n      };`;
  });
  return `// Generated by scripts/framework-types.mjs from custom-elements.json. React 19's JSX types for the
// kit's tags: \`import type {} from 'trust-widgets/react';\` in an app that uses @types/react.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
${widgets.map((widget) => widget.import).join('\n')}

/** React's props for an element, without HTML's \`content\` attribute, which a widget's property replaces. */
type HostProps<E extends HTMLElement> = Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, 'content'>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${entries.join('\n')}
    }
  }
}
`;
}

function vue() {
  const entries = widgets.map((widget) => {
    const { declaration, element } = widget;
    const props = members(widget, '      ', {
      fieldKey: (field) => camel(field.attribute ?? field.name),
      fieldType: (field) => templateType(widget, field),
      handlerKey: (event) => `on${camel(`-${event.name}`)}`,
    });
    return `${doc(declaration.summary, '    ')}    '${declaration.tagName}': Tag<${element}, {\n${props}\n    }>;`;
  });
  return `// Generated by scripts/framework-types.mjs from custom-elements.json. Vue 3's template types for the
// kit's tags: \`import type {} from 'trust-widgets/vue';\` in an app that uses vue (read by vue-tsc).
import type { HTMLAttributes, ReservedProps } from 'vue';
${widgets.map((widget) => widget.import).join('\n')}

/**
 * A tag as Vue's type checker reads a component: its instance is the element (what a template ref
 * holds), and \`$props\` what a template may give it: Vue's props for an HTML element (\`class\`,
 * \`style\`, \`id\`, \`aria-*\`, \`@click\`, \`key\`, \`ref\`) and the widget's own. Without HTML's string
 * \`content\` attribute, which a widget's property replaces (Vue lists it for \`<meta>\` only today).
 */
type Tag<E extends HTMLElement, Props> = new () => E & {
  /** @deprecated Types the tag's attributes in templates only: the element has no \`$props\`. */
  $props: Omit<HTMLAttributes, 'content'> & ReservedProps & Props;
};

declare module 'vue' {
  interface GlobalComponents {
${entries.join('\n')}
  }
}
`;
}

function svelte() {
  const entries = widgets.map((widget) => {
    const { declaration, element } = widget;
    const props = members(widget, '    ', {
      fieldKey: (field) => field.attribute ?? field.name,
      // Svelte sets a property only under its own name: a boolean attribute named otherwise
      // (sync-hash) it writes as text, and HTML reads sync-hash="false" as on. Present or absent only.
      fieldType: (field) => (field.attribute && field.attribute !== field.name && field.type?.text === 'boolean' ? 'true' : templateType(widget, field)),
      handlerKey: (event) => `on${event.name}`,
    });
    return `${doc(declaration.summary, '  ')}  '${declaration.tagName}': HostAttributes<${element}> & {\n${props}\n  };`;
  });
  return `// Generated by scripts/framework-types.mjs from custom-elements.json. Svelte 5's template types for
// the kit's tags: \`import type {} from 'trust-widgets/svelte';\` in an app that uses svelte (read
// by svelte-check).
import type { HTMLAttributes } from 'svelte/elements';
${widgets.map((widget) => widget.import).join('\n')}

/** Svelte's attributes for an element, without HTML's \`content\` attribute, which a widget's property replaces. */
type HostAttributes<E extends HTMLElement> = Omit<HTMLAttributes<E>, 'content'>;

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
${entries.join('\n')}
  }
}
`;
}

writeFileSync('dist/react.d.ts', react());
writeFileSync('dist/vue.d.ts', vue());
writeFileSync('dist/svelte.d.ts', svelte());
