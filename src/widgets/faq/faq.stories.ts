import { html, nothing } from 'lit';
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import './define.js';
import type { TcFaq } from './faq.js';
import { bindArgs } from '../../../stories/support/manifest.js';
import { untilSettled } from '../../../stories/support/settle.js';
import { contentStates, own, type WidgetRender } from '../../../stories/support/states.js';
import { brokenFaq, emptyFaq, longFaq } from '../../../stories/support/documents.js';

const render: WidgetRender = (args, extra = nothing) => html`<tc-faq ${bindArgs(args)} ${extra}></tc-faq>`;
const states = contentStates({
  render,
  file: 'faq.json',
  empty: emptyFaq,
  long: (locale) => longFaq(locale, 100),
  broken: brokenFaq,
  // The zh-CN story's own frame on the docs page (its default content at the docs' width, and some room).
  zhCNHeight: 720,
});

const meta = {
  title: 'Widgets/FAQ',
  component: 'tc-faq',
  render: (args) => render(args),
  args: { src: 'content/{locale}/faq.json', 'heading-level': 3, mode: 'multiple', searchable: false, 'sync-hash': false },
  // FaqMode is a named type in the manifest: its values are stated here.
  argTypes: { mode: { control: 'inline-radio', options: ['multiple', 'single'] } },
  play: untilSettled,
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** The story's FAQ once it shows its questions (or its error: then there is nothing to do). */
async function settledFaq(context: StoryContext): Promise<TcFaq | undefined> {
  await untilSettled(context);
  const faq = context.canvasElement.querySelector<TcFaq>('tc-faq');
  return faq?.status === 'ready' ? faq : undefined;
}

/** Stories whose play function sets their state: on the docs page too, not only on their own. */
const playedOnDocsPage = { docs: { story: { autoplay: true } } };

/** The kit's questions, every answer closed. */
export const Default: Story = { ...own(states.default) };

export const SimplifiedChinese: Story = { ...states.zhCN, name: 'zh-CN' };

/** A search box filters the questions as you type, in English and Chinese. */
export const Searchable: Story = { args: { searchable: true } };

/** The first answer open, as a reader opens it: the play function clicks the first question. */
export const AnswerOpen: Story = {
  name: 'An answer open',
  parameters: playedOnDocsPage,
  play: async (context) => {
    const faq = await settledFaq(context);
    faq?.shadowRoot?.querySelector<HTMLButtonElement>('button.question')?.click();
    await faq?.updateComplete;
  },
};

/** Types `query` into the story's search box, as a reader does; returns the FAQ once it has filtered. */
async function typeQuery(context: StoryContext, query: string): Promise<TcFaq | undefined> {
  const faq = await settledFaq(context);
  const input = faq?.shadowRoot?.querySelector<HTMLInputElement>('input[type="search"]');
  if (!faq || !input) return undefined;
  input.value = query;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: query }));
  await faq.updateComplete;
  return faq;
}

/**
 * A search that matches two questions (the play function types "audit", or 审核 in Chinese) and
 * opens the first: the result count, and the matches marked (`::part(match)`,
 * `--tc-color-highlight`) in the questions and the open answer.
 */
export const SearchMatches: Story = {
  name: 'Search with matches',
  args: { searchable: true },
  parameters: playedOnDocsPage,
  play: async (context) => {
    const faq = await typeQuery(context, context.globals.locale === 'zh-CN' ? '审核' : 'audit');
    faq?.shadowRoot?.querySelector<HTMLButtonElement>('.entry:not([hidden]) button.question')?.click();
    await faq?.updateComplete;
  },
};

/** A search that matches no question: the FAQ says "No results" (the play function types "zebra"). */
export const NoResults: Story = {
  name: 'Search without results',
  args: { searchable: true },
  parameters: playedOnDocsPage,
  play: async (context) => void (await typeQuery(context, 'zebra')),
};

/**
 * Opening one answer closes the others: the play function opens the first answer, then the second,
 * and only the second stays open.
 */
export const SingleMode: Story = {
  name: 'Single mode',
  args: { mode: 'single' },
  parameters: playedOnDocsPage,
  play: async (context) => {
    const faq = await settledFaq(context);
    // Through toggle(), not a click: in single mode a clicked question is kept in view, and on the
    // docs page, far below, that scrolled the page away from its top.
    for (const question of [...(faq?.shadowRoot?.querySelectorAll<HTMLButtonElement>('button.question') ?? [])].slice(0, 2)) {
      faq?.toggle(question.id, true);
      await faq?.updateComplete;
    }
  },
};

/**
 * `heading-level="2"` for a page whose own `<h1>` is the FAQ's title: the questions are `<h2>`, and
 * the widget's title is a styled paragraph, not a second top heading (the default, 3, makes it h2).
 */
export const QuestionsAtLevel2: Story = { name: 'Questions at heading level 2', args: { 'heading-level': 2 } };

/**
 * `sync-hash`: the URL's fragment names the entry just opened (`#faq-…`), without adding history
 * entries, so a reader can copy the address; opening the page at that address opens the entry.
 */
export const SyncHash: Story = { name: 'Sync hash', args: { 'sync-hash': true } };

export const Loading: Story = { ...states.loading, tags: ['loading'] };

export const HttpError: Story = { ...states.httpError, name: 'HTTP error', tags: ['expected-error'] };

/** The connection drops (fetch rejects with a TypeError): "the network is unavailable", code `network`. */
export const NetworkError: Story = { ...own(states.network), name: 'Network error', tags: ['expected-error'] };

export const Timeout: Story = { ...states.timeout, tags: ['expected-error'] };

/** The server answers 200 with an HTML page (a CDN's or single-page app's fallback): code `type`. */
export const NotJson: Story = { ...own(states.notJson), name: 'Not JSON', tags: ['expected-error'] };

/** The kit's document, over a limit lowered to 64 bytes for this story's request: code `size`. */
export const TooLarge: Story = { ...own(states.tooLarge), name: 'Too large', tags: ['expected-error'] };

export const InvalidJson: Story = { ...states.invalidJson, name: 'Invalid JSON', tags: ['expected-error'] };

/** A blank question: the message names `$.entries[3].question`. */
export const SchemaError: Story = { ...own(states.schemaError), tags: ['expected-error'] };

/** An FAQ without questions says so. */
export const Empty: Story = { ...own(states.empty) };

/** 100 questions, searchable. */
export const Long: Story = { ...own(states.long), name: 'Long (100 entries)', args: { ...states.long.args, searchable: true } };

export const Narrow: Story = { ...states.narrow, name: 'Narrow (320 px)', args: { searchable: true }, tags: ['narrow'] };

export const Wide: Story = { ...states.wide, name: 'Wide (1200 px)', args: { searchable: true } };

export const Theming: Story = {
  args: { searchable: true },
  render: (args) => html`
    <style>
      .brand tc-faq {
        --tc-font-family: Georgia, 'Times New Roman', serif;
        --tc-color-link: #0a5d8f;
        --tc-color-focus: #d4351c;
        --tc-color-border: #0a5d8f;
        --tc-color-highlight: #ffe28a;
        --tc-color-muted: #3d4f5c;
        --tc-color-surface: #eef6fb;
        --tc-radius: 0;
      }
      .brand tc-faq::part(question) {
        color: #0a5d8f;
      }
      .brand tc-faq::part(entry) {
        border-inline-start: 4px solid #0a5d8f;
        padding-inline-start: 0.5rem;
      }
    </style>
    <div class="brand">${render(args)}</div>
  `,
};

export const DarkPage: Story = { ...states.dark, name: 'On a dark page' };

/** On a right-to-left host page: the English or Chinese content keeps its left-to-right direction. */
export const RightToLeft: Story = { ...own(states.rightToLeft), name: 'On a right-to-left page' };
