import { html, nothing } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import './define.js';
import { bindArgs } from '../../../stories/support/manifest.js';
import { untilSettled } from '../../../stories/support/settle.js';
import { contentStates, own, givenDocument, type WidgetRender } from '../../../stories/support/states.js';
import { brokenDataLocations, emptyDataLocations, exampleDataLocations, longDataLocations } from '../../../stories/support/documents.js';

const render: WidgetRender = (args, extra = nothing) => html`<tc-data-location ${bindArgs(args)} ${extra}></tc-data-location>`;
const states = contentStates({
  render,
  file: 'data-locations.json',
  empty: emptyDataLocations,
  long: (locale) => longDataLocations(locale, 60),
  broken: brokenDataLocations,
  // The zh-CN story's own frame on the docs page (its default content at the docs' width, and some room).
  zhCNHeight: 760,
});

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
export const Default: Story = { ...own(states.default) };

export const SimplifiedChinese: Story = { ...states.zhCN, name: 'zh-CN' };

/** A document given through the `content` property (the content authors' example). */
export const ContentProperty: Story = { name: 'Content property', ...givenDocument(render, exampleDataLocations) };

/** The document has not arrived yet (this story's request never answers). */
export const Loading: Story = { ...own(states.loading), tags: ['loading'] };

export const Replacing: Story = { ...states.replacing, name: 'Replacing its content', tags: ['loading'] };

/** The server answers 404: the widget says so, offers Try again, and fires `tc-error`. */
export const HttpError: Story = { ...own(states.httpError), name: 'HTTP error', tags: ['expected-error'] };

/** The connection drops (fetch rejects with a TypeError): "the network is unavailable", code `network`. */
export const NetworkError: Story = { ...own(states.network), name: 'Network error', tags: ['expected-error'] };

/** No answer within the store's time limit (shortened to 300 ms for this story). */
export const Timeout: Story = { ...own(states.timeout), tags: ['expected-error'] };

/** The server answers 200 with an HTML page (a CDN's or single-page app's fallback): code `type`. */
export const NotJson: Story = { ...own(states.notJson), name: 'Not JSON', tags: ['expected-error'] };

/** The kit's document, over a limit lowered to 64 bytes for this story's request: code `size`. */
export const TooLarge: Story = { ...own(states.tooLarge), name: 'Too large', tags: ['expected-error'] };

export const InvalidJson: Story = { ...states.invalidJson, name: 'Invalid JSON', tags: ['expected-error'] };

/** A document that breaks the schema: the message names the JSON path, `$.regions[1].name`. */
export const SchemaError: Story = { ...own(states.schemaError), tags: ['expected-error'] };

/** A document without regions: the widget says none are published yet, instead of an empty table. */
export const Empty: Story = { ...own(states.empty) };

/** 60 regions. */
export const Long: Story = { ...own(states.long), name: 'Long (60 regions)' };

/** 320 px wide, the WCAG reflow width: one block per region. */
export const Narrow: Story = { ...own(states.narrow), name: 'Narrow (320 px)', tags: ['narrow'] };

export const Wide: Story = { ...states.wide, name: 'Wide (1200 px)' };

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

export const DarkPage: Story = { ...states.dark, name: 'On a dark page' };

/** On a right-to-left host page: the English or Chinese content keeps its left-to-right direction. */
export const RightToLeft: Story = { ...own(states.rightToLeft), name: 'On a right-to-left page' };
