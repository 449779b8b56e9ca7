/**
 * The states every content widget has a story for, made the same way for each: default content,
 * zh-CN, loading, replacing, each kind of error (every `code` of ContentError: http, network, timeout, type,
 * size, parse, schema), empty and long documents, narrow and wide frames, and a right-to-left
 * page. Each stories file spreads these into its named exports and adds the literal tags the
 * story checker reads from index.json (`expected-error`, `loading`, `narrow`).
 */
import type { TemplateResult } from 'lit';
import type { Args, StoryContext, StoryObj } from '@storybook/web-components-vite';
import type { Locale } from '../../src/core/locale.js';
import { acceptsAtMost, DROPPED, ONE_DAY_MS, replacedBy, STALLED, timesOutAfter } from './network.js';
import { darkPage, narrow, rightToLeft, wide } from './layout.js';
import { pinnedLocale } from './locale.js';

/** Renders the widget with the story's args; `extra` is one more element directive, if any. */
export type WidgetRender = (args: Args, extra?: unknown) => TemplateResult;
type MakeDocument = (locale: Locale) => unknown;

/**
 * A story whose document is made for the story's locale and given through `content` (unless its
 * `content` control holds one). `madeContent` lets "Show code" write the same document out.
 */
export const givenDocument = (render: WidgetRender, make: MakeDocument, args: Args = {}) =>
  ({
    args: { src: undefined, ...args },
    render: (storyArgs: Args, { globals }: StoryContext) => render({ ...storyArgs, content: storyArgs.content ?? make(globals.locale as Locale) }),
    parameters: { madeContent: make },
  }) satisfies StoryObj;

/**
 * `story` with `text` as its description on the docs page. A stories file that describes the story
 * itself (a JSDoc comment on the export) wraps it in own(): Storybook lets a description set in
 * parameters win over the comment.
 */
function described<S extends StoryObj>(text: string, story: S): S {
  const parameters = story.parameters ?? {};
  const docs = (parameters.docs ?? {}) as Record<string, unknown>;
  return { ...story, parameters: { ...parameters, docs: { ...docs, description: { story: text } } } };
}

/** A shared state without its shared description, for a stories file whose JSDoc comment on the export says more. */
export function own<S extends StoryObj>(story: S): S {
  const { description: _shared, ...docs } = (story.parameters?.docs ?? {}) as Record<string, unknown>;
  return { ...story, parameters: { ...story.parameters, docs } };
}

export function contentStates(options: {
  render: WidgetRender;
  /** The document's file name under content/<locale>/, e.g. "faq.json". */
  file: string;
  empty: MakeDocument;
  long: MakeDocument;
  /** A document with one schema mistake. */
  broken: MakeDocument;
  /** Args for the stories whose document is made in the story (a page id that exists there, say). */
  madeDocumentArgs?: Args;
  /** Height in px of the zh-CN story's own frame on the docs page: its default content must fit. */
  zhCNHeight: number;
}) {
  const { render, file } = options;
  const given = (make: MakeDocument): StoryObj => givenDocument(render, make, options.madeDocumentArgs);
  return {
    default: {} satisfies StoryObj,
    /** In its own frame on the docs page, where the other stories are English (locale.ts says why). */
    zhCN: described('The default content and UI strings in Simplified Chinese. The toolbar switches every other story too.', pinnedLocale('zh-CN', options.zhCNHeight)),
    /** The request never answers, and the store waits for it a day (not its usual 10 s). */
    loading: described(
      'While the document loads: a short "Loading…" line, announced politely, in the space the page reserved.',
      { args: { src: `${STALLED}${file}` }, render: (args: Args) => render(args, timesOutAfter(ONE_DAY_MS)) },
    ),
    /** Shown, then given a `src` whose request never answers. */
    replacing: described(
      'While the next document loads (a locale switch on a slow network, a new `src`, `reload()`): the content shown stays, marked `aria-busy`, and after half a second a bar in `--tc-color-link` pulses along its top (it stands still under `prefers-reduced-motion`). Every content widget does this.',
      { render: (args: Args) => render(args, replacedBy(`${STALLED}${file}`)) },
    ),
    /** A 404 (code `http`). */
    httpError: described('The server answers 404: the alert says so, names the document, and offers Try again; `tc-error` has `code: "http"`.', { args: { src: `fixtures/missing/${file}` } }),
    /** The connection fails, as fetch reports a dropped connection (code `network`). */
    network: described('The connection fails: the alert says the network is unavailable (`code: "network"`).', { args: { src: `${DROPPED}${file}` } }),
    /** No answer within the store's limit, shortened to 300 ms for this widget's request (code `timeout`). */
    timeout: described(
      'No answer in time (here 300 ms; the store waits 10 s): the alert says it took too long (`code: "timeout"`).',
      { args: { src: `${STALLED}timeout/${file}` }, render: (args: Args) => render(args, timesOutAfter(300)) },
    ),
    /** An HTML page answered with status 200, as a CDN or SPA fallback sends for a wrong address (code `type`). */
    notJson: described('An HTML page where JSON was expected, as a CDN sends for a wrong address (`code: "type"`).', { args: { src: 'fixtures/not-json.html' } }),
    /**
     * The kit's document, larger than the store's limit, lowered to 64 bytes for this widget's
     * request (code `size`). Its own URL (the query) keeps it out of the store's cache, which a
     * docs page shares with the stories that show the same document. No {locale}: on a switch of
     * the toolbar's locale the widget would load the other document, under the usual limit.
     */
    tooLarge: described(
      'A document over the size limit (here 64 bytes; the store accepts 1 MiB): nothing of it is shown (`code: "size"`).',
      { args: { src: `content/en/${file}?too-large` }, render: (args: Args) => render(args, acceptsAtMost(64)) },
    ),
    /** Code `parse`. */
    invalidJson: described('A document that is not valid JSON: the details give the parser\'s message and position (`code: "parse"`).', { args: { src: 'fixtures/invalid.json' } }),
    /** Code `schema`. */
    schemaError: described('Valid JSON with one mistake against the schema: the details name its JSON path (`code: "schema"`).', given(options.broken)),
    empty: described('A valid document with nothing in its list: the widget says so instead of showing an empty frame.', given(options.empty)),
    long: described('A long document, made in the story, to check the layout and the speed.', given(options.long)),
    narrow: described('In a 320 px column, the narrowest WCAG reflow width: nothing scrolls sideways.', { decorators: [narrow] }),
    wide: described('In a wide column, as the main area of a portal gives it.', { decorators: [wide] }),
    dark: described('On a dark page that declares `color-scheme: dark`: light text, and colours that keep WCAG AA contrast there.', { decorators: [darkPage] }),
    rightToLeft: described('On a right-to-left page: the content stays left-to-right (both locales are), so it looks like the default story, mirrored by nothing.', { decorators: [rightToLeft] }),
  };
}
