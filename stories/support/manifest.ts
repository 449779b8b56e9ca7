/**
 * Storybook's docs and controls, read from custom-elements.json (generated from the widgets' JSDoc
 * by the custom-elements-manifest analyzer), so that nothing is documented twice:
 * - argTypesFor(tag): one row per attribute, property, method, event, slot, CSS part and CSS custom
 *   property, with a control for every attribute and for every property that has no attribute;
 * - bindArgs(tag, args): a Lit element directive that applies a story's args to the element through
 *   its public API: attributes by name (an array as its items, space-separated), attribute-less
 *   properties by assignment (and back to
 *   undefined when the arg is gone, as after "Reset controls"), CSS custom properties on the
 *   element's style (removed when the arg is gone), events as actions that log the event's type
 *   and detail.
 * Args are named like the public API: `heading-level` (an attribute), `content` (a property).
 */
import { noChange, nothing, type ElementPart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';
import { getCustomElements } from '@storybook/web-components';
import type { ArgTypes, Args } from '@storybook/web-components-vite';

interface Described {
  name: string;
  description?: string;
  type?: { text: string };
  /** A named union spelled out (`FaqMode` → `'single' | 'multiple'`): scripts/cem-expanded-types.mjs. */
  expandedType?: { text: string };
  default?: string;
}
interface Method extends Described {
  parameters?: { name: string; optional?: boolean; type?: { text: string } }[];
  return?: { type?: { text: string } };
}
interface Attribute extends Described {
  fieldName?: string;
}
interface Member extends Method {
  kind: 'field' | 'method';
  privacy?: 'public' | 'private' | 'protected';
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
}
interface Declaration {
  kind: string;
  tagName?: string;
  description?: string;
  attributes?: Attribute[];
  members?: Member[];
  events?: Described[];
  slots?: Described[];
  cssParts?: Described[];
  cssProperties?: Described[];
}
interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

export function declarationOf(tag: string): Declaration {
  const manifest = getCustomElements() as Manifest | undefined;
  const declaration = manifest?.modules.flatMap((module) => module.declarations ?? []).find((d) => d.tagName === tag);
  if (!declaration) throw new Error(`<${tag}> is not in custom-elements.json: run npm run storybook:manifest`);
  return declaration;
}

/** `tc-ready` → `onTcReady`: the arg that receives an event, logged in the Actions panel. */
export function eventArgName(event: string): string {
  return `on${event.replace(/(^|-)(\w)/g, (_match, _dash, letter: string) => letter.toUpperCase())}`;
}

/** `--tc-color-link`, `--tc-breadcrumb-separator-color`: a colour. */
const isColour = (property: string) => /(^--tc-color-|-colou?r$)/.test(property);

const isPublic = (member: Member) => !member.static && (member.privacy ?? 'public') === 'public';
const literalUnion = /^\s*'[^']*'(\s*\|\s*'[^']*')*\s*$/;
const numberUnion = /^\s*\d+(\s*\|\s*\d+)+\s*$/;

/**
 * The control for a type as the analyzer writes it (`number`, `string | undefined`, `'a' | 'b'`).
 * In the object form: Storybook expands the `control: 'text'` shorthand only in stories' argTypes,
 * not in extracted ones (with the shorthand, the Controls panel showed no control at all).
 */
function controlFor(typeText = 'string'): Partial<ArgTypes[string]> {
  const types = typeText.split('|').map((part) => part.trim()).filter((part) => part !== 'undefined' && part !== 'null');
  const union = types.join(' | ');
  if (literalUnion.test(union)) return { control: { type: 'inline-radio' }, options: types.map((type) => type.slice(1, -1)) };
  // heading-level: 2 to 6, the levels the widget draws (a number field let a designer try 7, drawn as 6).
  if (numberUnion.test(union)) return { control: { type: 'inline-radio' }, options: types.map(Number) };
  if (union === 'boolean') return { control: { type: 'boolean' } };
  if (union === 'number') return { control: { type: 'number' } };
  if (union === 'string') return { control: { type: 'text' } };
  // A document (the content property: FaqDocument, …) is edited as JSON: as text, it became a URL.
  if (union === 'unknown' || union === 'object' || /Document$/.test(union)) return { control: { type: 'object' } };
  // A named type that is not a union of literals: the story states its options (argTypes) or the control is text.
  return { control: { type: 'text' } };
}

/** A method as its docs row shows it: `(id: string, force?: boolean): boolean`. */
function signatureOf(method: Method): string {
  const parameters = (method.parameters ?? []).map(({ name, optional, type }) => `${name}${optional ? '?' : ''}: ${type?.text ?? 'unknown'}`);
  return `(${parameters.join(', ')}): ${method.return?.type?.text ?? 'void'}`;
}

function row(item: Described, category: string, extra: Partial<ArgTypes[string]> = {}): ArgTypes[string] {
  return {
    name: item.name,
    description: item.description,
    table: {
      category,
      type: item.type ? { summary: item.type.text } : undefined,
      defaultValue: item.default !== undefined ? { summary: item.default } : undefined,
    },
    control: false,
    ...extra,
  };
}

/** Storybook's argTypes for `tag`, from custom-elements.json (parameters.docs.extractArgTypes). */
export function argTypesFor(tag: string): ArgTypes {
  const declaration = declarationOf(tag);
  const members = (declaration.members ?? []).filter(isPublic);
  const readonlyFields = new Set(members.filter((member) => member.readonly).map((member) => member.name));
  const argTypes: ArgTypes = {};
  for (const attribute of declaration.attributes ?? []) {
    const writable = !readonlyFields.has(attribute.fieldName ?? '');
    // The property behind the attribute is named in the same row rather than documented twice.
    const property = attribute.fieldName && attribute.fieldName !== attribute.name ? ` (Property: \`${attribute.fieldName}\`.)` : '';
    const described = { ...attribute, description: `${attribute.description ?? ''}${property}` };
    argTypes[attribute.name] = row(described, 'attributes', writable ? controlFor(attribute.expandedType?.text ?? attribute.type?.text) : { control: false });
  }
  for (const member of members) {
    if (member.kind === 'method') {
      argTypes[`${member.name}()`] = row({ ...member, type: { text: signatureOf(member) } }, 'methods');
    } else if (!member.attribute) {
      argTypes[member.name] = row(member, 'properties', member.readonly ? {} : controlFor(member.expandedType?.text ?? member.type?.text));
    }
  }
  for (const event of declaration.events ?? []) {
    if (!event.name) continue;
    argTypes[eventArgName(event.name)] = row(event, 'events', { name: event.name, action: event.name });
  }
  for (const slot of declaration.slots ?? []) argTypes[`slot:${slot.name || '(default)'}`] = row({ ...slot, name: slot.name || '(default)' }, 'slots');
  for (const part of declaration.cssParts ?? []) argTypes[`::part(${part.name})`] = row(part, 'CSS parts');
  // A designer tries a theme here: colours get a colour picker, the rest (lengths, fonts) text.
  // bindArgs sets what is chosen on the element, as a host page's rule would.
  for (const property of declaration.cssProperties ?? []) {
    argTypes[property.name] = row(property, 'CSS custom properties', { control: { type: isColour(property.name) ? 'color' : 'text' } });
  }
  return argTypes;
}

/** The element's description from its JSDoc (parameters.docs.extractComponentDescription). */
export function descriptionFor(tag: string): string | undefined {
  return declarationOf(tag).description;
}

/** What sourceWithProperties reads of a story's context. */
export interface SourceContext {
  component?: unknown;
  args: Args;
  globals: Record<string, unknown>;
  parameters: { madeContent?: (locale: string) => unknown };
}

/**
 * "Show code" (parameters.docs.source.transform): the markup Storybook rendered, after a style
 * rule with the CSS custom properties set in Controls (the theme a designer hands over) and
 * followed by a script that sets the properties markup cannot carry (a `content` document,
 * `today`), so that the snippet a reader copies renders what the story shows, not the default content.
 */
export function sourceWithProperties(code: string, context: SourceContext): string {
  const tag = context.component;
  if (typeof tag !== 'string') return code;
  const declaration = declarationOf(tag);
  const properties = (declaration.members ?? []).filter((member) => isPublic(member) && member.kind === 'field' && !member.attribute && !member.readonly);
  const values: Array<[string, unknown]> = [];
  for (const { name } of properties) {
    const value = name === 'content' ? (context.args.content ?? context.parameters.madeContent?.(String(context.globals.locale))) : context.args[name];
    if (value !== undefined) values.push([name, value]);
  }
  const theme = (declaration.cssProperties ?? []).flatMap(({ name }) => {
    const value = context.args[name];
    return typeof value === 'string' && value.trim() !== '' ? [`    ${name}: ${value};`] : [];
  });
  // Storybook may hand the transformed code back for another pass: it gets its additions once.
  if (code.includes('<script type="module">') || code.includes(`<style>\n  ${tag} {`)) return code;
  let source = code;
  // Storybook writes the element as rendered, with the style attribute bindArgs set: a rule instead,
  // which a host page under a strict style-src CSP (no style attributes) applies too.
  if (theme.length > 0) {
    source = ['<style>', `  ${tag} {`, ...theme, '  }', '</style>', source.replace(new RegExp(`(<${tag}\\b[^>]*?) style="[^"]*"`), '$1')].join('\n');
  }
  if (values.length === 0) return source;
  const indent = (text: string) => text.replace(/\n/g, '\n  ');
  const assignments = values.map(([name, value]) => `  widget.${name} = ${indent(JSON.stringify(value, null, 2))};`);
  return [source, '<script type="module">', `  const widget = document.querySelector('${tag}');`, ...assignments, '</script>'].join('\n');
}

type Listener = (event: Event) => void;
/** A Storybook action: it logs what it is called with in the Actions panel. */
type Action = (payload: unknown) => void;

/**
 * What the Actions panel shows for an event: its type and, for a CustomEvent, its `detail` (the
 * payload a host page reads). The event object itself shows as little more than its class.
 */
export function actionPayload(event: Event): { type: string; detail?: unknown } {
  return event instanceof CustomEvent ? { type: event.type, detail: event.detail as unknown } : { type: event.type };
}

class BindArgs extends Directive {
  /** Per event: the story's action and the listener that calls it. */
  private listeners = new Map<string, { action: Action; listener: Listener }>();
  /** Attribute-less properties this directive has assigned, to unassign when their arg goes. */
  private assigned = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('bindArgs() belongs on an element: <tc-x ${bindArgs(args)}>');
  }

  render(_args: Args) {
    return nothing;
  }

  override update(part: ElementPart, [args]: [Args]) {
    const element = part.element as HTMLElement & Record<string, unknown>;
    const declaration = declarationOf(element.localName);
    const members = (declaration.members ?? []).filter(isPublic);
    for (const attribute of declaration.attributes ?? []) {
      if (members.some((member) => member.name === attribute.fieldName && member.readonly)) continue;
      // A check control (the ids in `sections`, `groups`) gives an array: the attribute lists them.
      const value = Array.isArray(args[attribute.name]) ? (args[attribute.name] as unknown[]).join(' ') : args[attribute.name];
      if (value === undefined || value === null || value === false || value === '') element.removeAttribute(attribute.name);
      else element.setAttribute(attribute.name, value === true ? '' : String(value));
    }
    for (const member of members) {
      if (member.kind !== 'field' || member.attribute || member.readonly) continue;
      if (member.name in args) {
        element[member.name] = args[member.name];
        this.assigned.add(member.name);
      } else if (this.assigned.delete(member.name)) {
        // "Reset controls" (or a story switch that keeps the element) drops the arg: the property
        // goes back to unset, as an attribute whose arg is gone is removed above.
        element[member.name] = undefined;
      }
    }
    for (const { name } of declaration.cssProperties ?? []) {
      const value = args[name];
      if (typeof value === 'string' && value.trim() !== '') element.style.setProperty(name, value);
      else element.style.removeProperty(name);
    }
    for (const event of declaration.events ?? []) {
      if (!event.name) continue;
      const action = args[eventArgName(event.name)] as Action | undefined;
      const previous = this.listeners.get(event.name);
      if (action === previous?.action) continue;
      if (previous) element.removeEventListener(event.name, previous.listener);
      if (action) {
        const listener: Listener = (fired) => action(actionPayload(fired));
        element.addEventListener(event.name, listener);
        this.listeners.set(event.name, { action, listener });
      } else this.listeners.delete(event.name);
    }
    return noChange;
  }
}

/** Applies a story's args to the element it is placed on: `<tc-faq ${bindArgs(args)}></tc-faq>`. */
export const bindArgs = directive(BindArgs);
