import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import './define.js';
import '../data-location/define.js';
import { bindArgs } from '../../../stories/support/manifest.js';
import { untilSettled } from '../../../stories/support/settle.js';
import { darkPage, narrow, rightToLeft, wide } from '../../../stories/support/layout.js';
import { pinnedLocale } from '../../../stories/support/locale.js';
import { pageState } from '../../../stories/support/page-state.js';

/*
 * The switch loads no content, so it has no loading, error, empty or long states. Choosing a
 * locale with it switches every widget of the page, as the toolbar's Locale does; the toolbar
 * itself does not follow (choose there again to go back).
 */
const meta = {
  title: 'Widgets/Locale switch',
  component: 'tc-locale-switch',
  render: (args) => html`<tc-locale-switch ${bindArgs(args)}></tc-locale-switch>`,
  args: { 'set-document-lang': false, remember: false },
  // <html lang> is the switch's to change here (set-document-lang), not the toolbar's.
  parameters: { switchSetsDocumentLang: true },
  play: untilSettled,
} satisfies Meta;

/** The switch, and under it what it changed outside the widgets. */
const withPageState = (args: Record<string, unknown>) => html`
  <tc-locale-switch ${bindArgs(args)}></tc-locale-switch>
  ${pageState()}
`;
export default meta;
type Story = StoryObj;

export const Default: Story = {};

/** In its own frame on the docs page, where the other stories are English (stories/support/locale.ts says why). */
export const SimplifiedChinese: Story = { ...pinnedLocale('zh-CN', 100), name: 'zh-CN' };

/** Beside a widget: choosing a locale switches the widget's strings and content without a reload. */
export const WithAWidget: Story = {
  name: 'With a widget',
  render: (args) => html`
    <tc-locale-switch ${bindArgs(args)}></tc-locale-switch>
    <tc-data-location src="content/{locale}/data-locations.json"></tc-data-location>
  `,
};

/**
 * Also sets `<html lang>`, for the host page's own text and tools: choose a language and the line
 * under the switch shows it (in the default story it stays as it was).
 */
export const SetsDocumentLang: Story = { name: 'Sets <html lang>', args: { 'set-document-lang': true }, render: withPageState };

/**
 * Keeps the reader's choice in localStorage, shown under the switch, and applies it on the next
 * page load. (In Storybook the toolbar's locale wins when a story loads.)
 */
export const Remember: Story = { args: { remember: true }, render: withPageState };

export const Narrow: Story = { name: 'Narrow (320 px)', decorators: [narrow], tags: ['narrow'] };

export const Wide: Story = { name: 'Wide (1200 px)', decorators: [wide] };

export const Theming: Story = {
  render: (args) => html`
    <style>
      .brand tc-locale-switch {
        --tc-font-family: Georgia, 'Times New Roman', serif;
        --tc-color-link: #0a5d8f;
        --tc-color-surface: #ffffff;
        --tc-color-focus: #d4351c;
      }
      .brand tc-locale-switch::part(button) {
        border-radius: 999px;
        padding-inline: 1rem;
      }
    </style>
    <div class="brand"><tc-locale-switch ${bindArgs(args)}></tc-locale-switch></div>
  `,
};

/** On a dark page that declares `color-scheme: dark`. */
export const DarkPage: Story = { name: 'On a dark page', decorators: [darkPage] };

/** On a right-to-left host page: the English or Chinese content keeps its left-to-right direction. */
export const RightToLeft: Story = { name: 'On a right-to-left page', decorators: [rightToLeft] };
