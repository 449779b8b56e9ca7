/**
 * The states every content widget has a story for, made the same way for each: default content,
 * zh-CN, loading, each kind of error (every `code` of ContentError: http, network, timeout, type,
 * size, parse, schema), empty and long documents, narrow and wide frames, and a right-to-left
 * page. Each stories file spreads these into its named exports and adds the literal tags the
 * story checker reads from index.json (`expected-error`, `loading`, `narrow`).
 */
import type { TemplateResult } from 'lit';
import type { Args, StoryContext, StoryObj } from '@storybook/web-components-vite';
import type { Locale } from '../../src/core/locale.js';
import { acceptsAtMost, DROPPED, STALLED, timesOutAfter } from './network.js';
import { narrow, rightToLeft, wide } from './layout.js';
import { pinnedLocale } from './locale.js';

/** Renders the widget with the story's args; `extra` is one more element directive, if any. */
export type WidgetRender = (args: Args, extra?: unknown) => TemplateResult;
type MakeDocument = (locale: Locale) => unknown;

const ONE_DAY_MS = 86_400_000;

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
    zhCN: pinnedLocale('zh-CN', options.zhCNHeight) satisfies StoryObj,
    /** The request never answers, and the store waits for it a day (not its usual 10 s). */
    loading: { args: { src: `${STALLED}${file}` }, render: (args: Args) => render(args, timesOutAfter(ONE_DAY_MS)) } satisfies StoryObj,
    /** A 404 (code `http`). */
    httpError: { args: { src: `fixtures/missing/${file}` } } satisfies StoryObj,
    /** The connection fails, as fetch reports a dropped connection (code `network`). */
    network: { args: { src: `${DROPPED}${file}` } } satisfies StoryObj,
    /** No answer within the store's limit, shortened to 300 ms for this widget's request (code `timeout`). */
    timeout: { args: { src: `${STALLED}timeout/${file}` }, render: (args: Args) => render(args, timesOutAfter(300)) } satisfies StoryObj,
    /** An HTML page answered with status 200, as a CDN or SPA fallback sends for a wrong address (code `type`). */
    notJson: { args: { src: 'fixtures/not-json.html' } } satisfies StoryObj,
    /**
     * The kit's document, larger than the store's limit, lowered to 64 bytes for this widget's
     * request (code `size`). Its own URL (the query) keeps it out of the store's cache, which a
     * docs page shares with the stories that show the same document. No {locale}: on a switch of
     * the toolbar's locale the widget would load the other document, under the usual limit.
     */
    tooLarge: { args: { src: `content/en/${file}?too-large` }, render: (args: Args) => render(args, acceptsAtMost(64)) } satisfies StoryObj,
    /** Code `parse`. */
    invalidJson: { args: { src: 'fixtures/invalid.json' } } satisfies StoryObj,
    /** Code `schema`. */
    schemaError: given(options.broken),
    empty: given(options.empty),
    long: given(options.long),
    narrow: { decorators: [narrow] } satisfies StoryObj,
    wide: { decorators: [wide] } satisfies StoryObj,
    rightToLeft: { decorators: [rightToLeft] } satisfies StoryObj,
  };
}
