import { html, nothing } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import './define.js';
import { bindArgs } from '../../../stories/support/manifest.js';
import { untilSettled } from '../../../stories/support/settle.js';
import { contentStates, own, type WidgetRender } from '../../../stories/support/states.js';
import { brokenNavigation, emptyNavigation, EXAMPLE_PAGE, longNavigation } from '../../../stories/support/documents.js';

const render: WidgetRender = (args, extra = nothing) => html`<tc-breadcrumb ${bindArgs(args)} ${extra}></tc-breadcrumb>`;
const states = contentStates({
  render,
  file: 'navigation.json',
  empty: emptyNavigation,
  long: longNavigation,
  broken: brokenNavigation,
  madeDocumentArgs: { page: EXAMPLE_PAGE },
  // The zh-CN story's own frame on the docs page (its default content at the docs' width, and some room).
  zhCNHeight: 100,
});

const meta = {
  title: 'Widgets/Breadcrumb',
  component: 'tc-breadcrumb',
  render: (args) => render(args),
  args: { src: 'content/{locale}/navigation.json', page: 'data-location' },
  argTypes: { page: { control: 'select', options: ['data-location', 'privacy-control', 'faq'] } },
  play: untilSettled,
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** The trail of the data-location page, from the kit's navigation content. */
export const Default: Story = { ...own(states.default) };

export const SimplifiedChinese: Story = { ...states.zhCN, name: 'zh-CN' };

/** The FAQ page sits one level down. */
export const AnotherPage: Story = { name: 'Another page', args: { page: 'faq' } };

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

/** A `javascript:` link in the trail is rejected by the schema: nothing of the document renders. */
export const SchemaError: Story = { ...own(states.schemaError), tags: ['expected-error'] };

/** A `page` the document does not have is reported like a content error, with its JSON path. */
export const UnknownPage: Story = { name: 'Unknown page', args: { page: 'no-such-page' }, tags: ['expected-error'] };

/** A top-level page: the trail is the page's own title. */
export const Empty: Story = { ...own(states.empty) };

/** Ten ancestors with long titles: the trail wraps. */
export const Long: Story = { ...own(states.long), name: 'Long (10 levels)' };

// The long trail in a frame: the frame's parameters (its description) join the long story's
// (madeContent, which "Show code" writes out), rather than replace them.
const longIn = (frame: Story): Story => ({ ...states.long, ...frame, parameters: { ...states.long.parameters, ...frame.parameters } });

export const Narrow: Story = { ...longIn(states.narrow), name: 'Narrow (320 px)', tags: ['narrow'] };

/** The long trail where there is room: it wraps far less than in the narrow column. */
export const Wide: Story = { ...own(longIn(states.wide)), name: 'Wide (1200 px)' };

export const Theming: Story = {
  render: (args) => html`
    <style>
      .brand tc-breadcrumb {
        --tc-font-family: Georgia, 'Times New Roman', serif;
        --tc-color-link: #0a5d8f;
        --tc-color-focus: #d4351c;
        --tc-color-muted: #3d4f5c;
        --tc-breadcrumb-separator-color: #0a5d8f;
      }
      .brand tc-breadcrumb::part(list) {
        padding: 0.5rem 0.75rem;
        background: #eef6fb;
        border-radius: 4px;
      }
      .brand tc-breadcrumb::part(current) {
        font-weight: 600;
      }
    </style>
    <div class="brand">${render(args)}</div>
  `,
};

export const DarkPage: Story = { ...states.dark, name: 'On a dark page' };

/** On a right-to-left host page: the English or Chinese content keeps its left-to-right direction. */
export const RightToLeft: Story = { ...own(states.rightToLeft), name: 'On a right-to-left page' };
