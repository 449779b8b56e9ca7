import { html, nothing } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import './define.js';
import { bindArgs } from '../../../stories/support/manifest.js';
import { untilSettled } from '../../../stories/support/settle.js';
import { contentStates, own, type WidgetRender } from '../../../stories/support/states.js';
import { brokenRetentionPolicy, emptyRetentionPolicy, longRetentionPolicy } from '../../../stories/support/documents.js';

const render: WidgetRender = (args, extra = nothing) => html`<tc-retention-timeline ${bindArgs(args)} ${extra}></tc-retention-timeline>`;
const states = contentStates({
  render,
  file: 'retention-policy.json',
  empty: emptyRetentionPolicy,
  long: longRetentionPolicy,
  broken: brokenRetentionPolicy,
  // The zh-CN story's own frame on the docs page (its default content at the docs' width, and some room).
  zhCNHeight: 1120,
});

const meta = {
  title: 'Widgets/Retention timeline',
  component: 'tc-retention-timeline',
  render: (args) => render(args),
  args: { src: 'content/{locale}/retention-policy.json', 'heading-level': 2 },
  play: untilSettled,
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** The kit's retention policy, with an empty calculator. */
export const Default: Story = { ...own(states.default) };

export const SimplifiedChinese: Story = { ...states.zhCN, name: 'zh-CN' };

/** A page that knows the subscription's end date (and, for a stable story, today's date). */
export const WithEndDate: Story = { name: 'With an end date', args: { 'end-date': '2026-03-31', today: '2026-03-01' } };

/** The deletion date has passed. */
export const EndDateLongAgo: Story = { name: 'End date long ago', args: { 'end-date': '2024-01-15', today: '2026-03-01' } };

/** The last day: 2026-01-01 plus the policy's 90 days is 2026-04-01, one day after `today`. */
export const OneDayLeft: Story = { name: '1 day left', args: { 'end-date': '2026-01-01', today: '2026-03-31' } };

/** The deletion date itself: 2026-01-01 plus the policy's 90 days is `today`, 2026-04-01. The date has come, not passed. */
export const ZeroDaysLeft: Story = { name: '0 days left', args: { 'end-date': '2026-01-01', today: '2026-04-01' } };

/** An end date that is no date (February has no 30th): the calculator says so, and the field is marked invalid. */
export const InvalidEndDate: Story = { name: 'Invalid end date', args: { 'end-date': '2025-02-30', today: '2026-03-01' } };

/** An end date too late for the calculator: its data would be deleted after December 31, 9999, the last deletion date it gives. The message names the latest end date it takes. */
export const EndDateTooLate: Story = { name: 'End date too late', args: { 'end-date': '9999-12-01', today: '2026-03-01' } };

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

/** A phase without a title: the message names `$.phases[2].title`. */
export const SchemaError: Story = { ...own(states.schemaError), tags: ['expected-error'] };

/** One phase, no exceptions, no notes. */
export const Empty: Story = { ...own(states.empty), name: 'Empty (one phase)' };

/** Twelve phases and twenty exceptions. */
export const Long: Story = { ...own(states.long), name: 'Long (12 phases, 20 exceptions)' };

/** A vertical timeline in a narrow container. */
export const Narrow: Story = { ...own(states.narrow), name: 'Narrow (320 px)', tags: ['narrow'] };

/** A horizontal timeline where there is room. */
export const Wide: Story = { ...own(states.wide), name: 'Wide (1200 px)' };

export const Theming: Story = {
  render: (args) => html`
    <style>
      .brand tc-retention-timeline {
        --tc-font-family: Georgia, 'Times New Roman', serif;
        --tc-color-accent: #0a5d8f;
        --tc-color-track: #d5e6f1;
        --tc-color-border: #0a5d8f;
        --tc-color-control-border: #0a5d8f;
        --tc-color-muted: #3d4f5c;
        --tc-color-surface: #ffffff;
        --tc-color-focus: #d4351c;
      }
      .brand tc-retention-timeline::part(calculator) {
        background: #eef6fb;
      }
      .brand tc-retention-timeline::part(phase-title) {
        color: #0a5d8f;
      }
    </style>
    <div class="brand">${render(args)}</div>
  `,
};

export const DarkPage: Story = { ...states.dark, name: 'On a dark page' };

/** On a right-to-left host page: the English or Chinese content keeps its left-to-right direction. */
export const RightToLeft: Story = { ...own(states.rightToLeft), name: 'On a right-to-left page' };
