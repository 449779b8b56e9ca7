import { html, nothing } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import './define.js';
import { bindArgs } from '../../../stories/support/manifest.js';
import { untilSettled } from '../../../stories/support/settle.js';
import { contentStates, own, type WidgetRender } from '../../../stories/support/states.js';
import { brokenPolicySections, emptyPolicySections, longPolicySections } from '../../../stories/support/documents.js';
import policy from '../../../content/en/policy-sections.json';

const render: WidgetRender = (args, extra = nothing) => html`<tc-policy-sections ${bindArgs(args)} ${extra}></tc-policy-sections>`;
const states = contentStates({
  render,
  file: 'policy-sections.json',
  empty: emptyPolicySections,
  long: longPolicySections,
  broken: brokenPolicySections,
  // The zh-CN story's own frame on the docs page (its default content at the docs' width, and some room).
  zhCNHeight: 2100,
});

const meta = {
  title: 'Widgets/Policy sections',
  component: 'tc-policy-sections',
  render: (args) => render(args),
  args: { src: 'content/{locale}/policy-sections.json', 'heading-level': 2 },
  argTypes: {
    // The kit's sections and subsections to tick; the widget shows them in the document's order.
    sections: {
      options: policy.sections.flatMap((section) => [section.id, ...(section.subsections ?? []).map((subsection) => subsection.id)]),
      control: { type: 'check' },
    },
  },
  play: untilSettled,
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** The kit's policy sections: the whole document. */
export const Default: Story = { ...own(states.default) };

export const SimplifiedChinese: Story = { ...states.zhCN, name: 'zh-CN' };

/** `sections` picks sections by id, without the document's title and introduction. */
export const ChosenSections: Story = { name: 'Chosen sections', args: { sections: ['leave_service', 'security_options'] } };

/**
 * `intro` with `sections`: the introduction, then the sections, without the title, which the page's
 * own heading gives. The privacy page opens this way: one element, which appears whole.
 */
export const IntroductionAndSections: Story = { name: 'Introduction and sections', args: { intro: true, sections: ['you_know_where', 'you_control_access'] } };

/**
 * Subsections by id: with their section, only those named; without it, on their own, one level below
 * the sections. The privacy page shows "leave the service" up to deletion this way, then the
 * retention timeline, then the rest.
 */
export const ChosenSubsections: Story = { name: 'Chosen subsections', args: { sections: ['leave_service', 'data_portability', 'data_deletion', 'device_destruction'] } };

/** `sections` naming an id the document lacks: the content error, with the id in its details. */
export const UnknownSection: Story = { name: 'Unknown section', args: { sections: ['leave_service', 'no-such-section'] }, tags: ['expected-error'] };

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

/** A section with an empty body: the message names `$.sections[1].body`. */
export const SchemaError: Story = { ...own(states.schemaError), tags: ['expected-error'] };

/** One section of one paragraph. */
export const Empty: Story = { ...own(states.empty), name: 'Empty (one section)' };

/** Thirty sections, every other one with three subsections. */
export const Long: Story = { ...own(states.long), name: 'Long (30 sections)' };

export const Narrow: Story = { ...states.narrow, name: 'Narrow (320 px)', tags: ['narrow'] };

export const Wide: Story = { ...states.wide, name: 'Wide (1200 px)' };

export const Theming: Story = {
  render: (args) => html`
    <style>
      .brand tc-policy-sections {
        --tc-font-family: Georgia, 'Times New Roman', serif;
        --tc-color-link: #0a5d8f;
        --tc-color-focus: #d4351c;
        --tc-scroll-margin: 4rem;
      }
      .brand tc-policy-sections::part(section-title) {
        color: #0a5d8f;
        border-bottom: 2px solid #0a5d8f;
      }
      .brand tc-policy-sections::part(subsection-title) {
        font-style: italic;
      }
    </style>
    <div class="brand">${render(args)}</div>
  `,
};

export const DarkPage: Story = { ...states.dark, name: 'On a dark page' };

/** On a right-to-left host page: the English or Chinese content keeps its left-to-right direction. */
export const RightToLeft: Story = { ...own(states.rightToLeft), name: 'On a right-to-left page' };
