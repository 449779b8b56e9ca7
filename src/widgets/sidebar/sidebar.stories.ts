import { html, nothing } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import './define.js';
import { bindArgs } from '../../../stories/support/manifest.js';
import { outlined } from '../../../stories/support/layout.js';
import { untilSettled } from '../../../stories/support/settle.js';
import { contentStates, own, type WidgetRender } from '../../../stories/support/states.js';
import { brokenNavigation, emptyNavigation, EXAMPLE_PAGE, longNavigation } from '../../../stories/support/documents.js';
import navigation from '../../../content/en/navigation.json';

const render: WidgetRender = (args, extra = nothing) => html`<tc-sidebar ${bindArgs(args)} ${extra}></tc-sidebar>`;
const states = contentStates({
  render,
  file: 'navigation.json',
  empty: emptyNavigation,
  long: longNavigation,
  broken: brokenNavigation,
  madeDocumentArgs: { page: EXAMPLE_PAGE },
  // The zh-CN story's own frame on the docs page (its default content at the docs' width, and some room).
  zhCNHeight: 480,
});

const meta = {
  title: 'Widgets/Sidebar',
  component: 'tc-sidebar',
  render: (args) => render(args),
  args: { src: 'content/{locale}/navigation.json', page: 'data-location', 'heading-level': 2 },
  argTypes: {
    page: {
      options: ['data-location', 'privacy-control', 'faq'],
      // The kit's FAQ page has no sidebar groups: the widget renders nothing, as the Empty story shows.
      control: { type: 'select', labels: { faq: 'faq (no sidebar: renders nothing)' } },
    },
    // The kit's link groups to tick. Storybook keeps them in this order, which the sidebar follows
    // (the attribute's order is the sidebar's).
    groups: { options: navigation.linkGroups.map((group) => group.id), control: { type: 'inline-check' } },
  },
  play: untilSettled,
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** The link groups of the data-location page, from the kit's navigation content. */
export const Default: Story = { ...own(states.default) };

export const SimplifiedChinese: Story = { ...states.zhCN, name: 'zh-CN' };

/** `groups` picks link groups by id, whatever the page says. */
export const ChosenGroups: Story = { name: 'Chosen groups', args: { page: undefined, groups: ['helpful-information'] } };

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

/** A `javascript:` link is rejected by the schema: nothing of the document renders. */
export const SchemaError: Story = { ...own(states.schemaError), tags: ['expected-error'] };

/** A group id the document does not have is reported like a content error. */
export const UnknownGroup: Story = { name: 'Unknown group', args: { page: undefined, groups: ['no-such-group'] }, tags: ['expected-error'] };

/**
 * A page without link groups: the sidebar renders nothing (no empty navigation landmark), and the
 * page's layout closes the gap. The dashed box only marks where the widget is.
 */
export const Empty: Story = { ...own(states.empty), decorators: [outlined] };

/** Eight groups of twelve links, with file sizes and new-tab links. */
export const Long: Story = { ...own(states.long), name: 'Long (8 groups of 12 links)' };

export const Narrow: Story = { ...states.narrow, name: 'Narrow (320 px)', tags: ['narrow'] };

export const Wide: Story = { ...states.wide, name: 'Wide (1200 px)' };

export const Theming: Story = {
  render: (args) => html`
    <style>
      .brand tc-sidebar {
        --tc-font-family: Georgia, 'Times New Roman', serif;
        --tc-color-link: #0a5d8f;
        --tc-color-focus: #d4351c;
        --tc-color-border: #0a5d8f;
      }
      .brand tc-sidebar::part(heading) {
        text-transform: uppercase;
        letter-spacing: 0.05em;
        font-size: 0.875rem;
      }
      .brand tc-sidebar::part(link) {
        text-decoration-thickness: 2px;
      }
    </style>
    <div class="brand">${render(args)}</div>
  `,
};

export const DarkPage: Story = { ...states.dark, name: 'On a dark page' };

/** On a right-to-left host page: the English or Chinese content keeps its left-to-right direction. */
export const RightToLeft: Story = { ...own(states.rightToLeft), name: 'On a right-to-left page' };
