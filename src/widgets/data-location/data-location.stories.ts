import { html, nothing } from 'lit';
import type { Args, Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import './define.js';
import { bindArgs } from '../../../stories/support/manifest.js';
import { STALLED, timesOutAfter } from '../../../stories/support/network.js';
import { narrow, rightToLeft, wide } from '../../../stories/support/layout.js';
import { untilSettled } from '../../../stories/support/settle.js';
import { brokenDataLocations, emptyDataLocations, exampleDataLocations, longDataLocations } from '../../../stories/support/documents.js';
import type { Locale } from '../../core/locale.js';

const render = (args: Args, extra: unknown = nothing) => html`<tc-data-location ${bindArgs(args)} ${extra}></tc-data-location>`;

/** A story whose document is made for the story's locale and given through `content`. */
const withDocument = (make: (locale: Locale) => unknown) => (args: Args, { globals }: StoryContext) =>
  render({ ...args, content: args.content ?? make(globals.locale as Locale) });

const meta = {
  title: 'Widgets/Data location',
  component: 'tc-data-location',
  render: (args) => render(args),
  args: { src: 'content/{locale}/data-locations.json', 'heading-level': 2 },
  play: untilSettled,
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** The kit's content, in the locale of the toolbar. */
export const Default: Story = {};

export const SimplifiedChinese: Story = { name: 'zh-CN', globals: { locale: 'zh-CN' } };

/** A document given through the `content` property (the content authors' example). */
export const ContentProperty: Story = { name: 'Content property', args: { src: undefined }, render: withDocument(exampleDataLocations) };

/** The document has not arrived yet (this story's request never answers). */
export const Loading: Story = { args: { src: `${STALLED}data-locations.json` }, tags: ['loading'] };

/** The server answers 404: the widget says so, offers Try again, and fires `tc-error`. */
export const HttpError: Story = { args: { src: 'fixtures/missing/data-locations.json' }, tags: ['expected-error'] };

/** No answer within the store's time limit (shortened to 300 ms for this story). */
export const Timeout: Story = {
  args: { src: `${STALLED}timeout/data-locations.json` },
  render: (args) => render(args, timesOutAfter(300)),
  tags: ['expected-error'],
};

export const InvalidJson: Story = { name: 'Invalid JSON', args: { src: 'fixtures/invalid.json' }, tags: ['expected-error'] };

/** A document that breaks the schema: the message names the JSON path, `$.regions[1].name`. */
export const SchemaError: Story = { args: { src: undefined }, render: withDocument(brokenDataLocations), tags: ['expected-error'] };

export const Empty: Story = { args: { src: undefined }, render: withDocument(emptyDataLocations) };

/** 60 regions. */
export const Long: Story = { args: { src: undefined }, render: withDocument((locale) => longDataLocations(locale, 60)) };

/** 320 px wide, the WCAG reflow width: one block per region. */
export const Narrow: Story = { name: 'Narrow (320 px)', decorators: [narrow], tags: ['narrow'] };

export const Wide: Story = { name: 'Wide (1200 px)', decorators: [wide] };

/** Theming from the host page: only the documented custom properties and parts reach inside. */
export const Theming: Story = {
  render: (args) => html`
    <style>
      .brand tc-data-location {
        --tc-font-family: Georgia, 'Times New Roman', serif;
        --tc-color-text: #222222;
        --tc-color-link: #0a5d8f;
        --tc-color-focus: #d4351c;
        --tc-color-border: #0a5d8f;
        --tc-color-stripe: #eef6fb;
        --tc-color-muted: #3d4f5c;
      }
      .brand tc-data-location::part(title) {
        color: #0a5d8f;
        letter-spacing: 0.02em;
      }
      .brand tc-data-location::part(table) {
        border-top: 4px solid #0a5d8f;
      }
    </style>
    <div class="brand">${render(args)}</div>
  `,
};

/** In a right-to-left host page. */
export const RightToLeft: Story = { name: 'Right-to-left', decorators: [rightToLeft] };
