import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { msg, str } from '@lit/localize';
import { ContentElement } from '../../core/content-element.js';
import { retentionPolicySpec } from '../../core/documents/retention-policy.js';
import { renderRichText } from '../../core/rich-text.js';
import { clampHeadingLevel, renderHeading, type HeadingLevel } from '../../core/heading.js';
import { uiStringsLocale } from '../../core/locale.js';
import { WIDTH_PROBE_CLASS, WidthBreakpoint, widthProbeStyles } from '../../core/width-breakpoint.js';
import { calculateDeletion, LAST_DELETION_DATE, type DeletionCalculation } from './deletion-date.js';
import { formatIsoDate, formatLongDate, localToday, parseIsoDate } from './plain-date.js';
import { TcRetentionDateChangeEvent, type TcRetentionDateChangeDetail } from './date-change-event.js';
import { retentionTimelineStyles } from './retention-timeline.styles.js';
import type { RetentionException, RetentionPhase, RetentionPolicyDocument } from '../../core/content-types.js';

// The event's class, for an app that registers the element under its own name.
export { TcRetentionDateChangeEvent, type TcRetentionDateChangeDetail } from './date-change-event.js';

// Ids of the widget's own elements start with "_", which content ids cannot (core/schema/rich-text.ts).
const INPUT_ID = '_end-date';
const RESULT_ID = '_deletion-result';
const NO_DATES: TcRetentionDateChangeDetail = { endDate: null, deletionDate: null, daysLeft: null };
/**
 * A date field takes a year digit by digit, and each digit is a valid date (2, 20, 202, 2025): the
 * answer on screen follows at once, but screen readers hear it once typing pauses this long.
 */
const ANNOUNCE_DELAY_MS = 1000;

/**
 * What happens to customer data after a subscription ends: the phases of the retention policy as
 * an ordered list drawn as a timeline (vertical in narrow containers, horizontal where there is
 * room), its exceptions, and a calculator that turns a subscription's end date into the date its
 * data is deleted.
 *
 * @summary The data retention timeline and deletion-date calculator.
 * @csspart title - The document's heading.
 * @csspart timeline - The ordered list of phases.
 * @csspart phase - One phase of the timeline.
 * @csspart phase-title - A phase's heading.
 * @csspart duration - A phase's or exception's length, in words and as a bar drawn to scale.
 * @csspart notices - What the customer is told during a phase.
 * @csspart exceptions - The exceptions section.
 * @csspart exceptions-title - The exceptions section's heading.
 * @csspart exception - One exception.
 * @csspart calculator - The deletion-date calculator.
 * @csspart calculator-title - The calculator's heading ("When will my data be deleted?").
 * @csspart input - The end-date field.
 * @csspart result - The calculator's answer, as shown. Screen readers hear it from a polite live region once typing pauses.
 * @csspart paragraph - A paragraph of the introduction, a phase's or exception's description, or the notes.
 * @csspart list - A list in the introduction, a phase's or exception's description, or the notes.
 * @csspart link - Links in the content.
 * @cssprop --tc-color-accent - Timeline markers, lines and duration bars.
 * @cssprop --tc-color-track - The unfilled part of a duration bar.
 * @cssprop --tc-color-border - Border of the calculator, the rule beside a phase's notices, and the edge of a bar's empty part for a reader who asks for more contrast.
 * @cssprop --tc-color-control-border - Border of the date field.
 * @cssprop --tc-color-muted - The calculator's hint and caveat, and the loading message.
 * @cssprop --tc-color-surface - Background of markers, the field and the Try again button.
 * @cssprop --tc-color-error - Border of the error box; text of the invalid-date message and border of the field then.
 * @cssprop --tc-radius - Corner radius of the calculator, its field, the error box and the Try again button.
 * @cssprop --tc-color-heading - Colour of the headings (default: the text colour).
 * @cssprop --tc-color-error-background - Background of the error box.
 * @cssprop --tc-loading-min-height - Least height of the loading message, which the content then replaces.
 * @cssprop --tc-line-height - Line height of the widget's text.
 * @fires {TcRetentionDateChangeEvent} tc-retention-date-change - The calculated dates changed: the reader or the page changed the end date (or `today`), the document's retention period changed, or the reader's midnight passed (days left). `detail: {endDate, deletionDate, daysLeft}`, all null when there is no valid end date; `daysLeft` null too where the page cannot tell the date today (an SES-tamed `Date`).
 */
export class TcRetentionTimeline extends ContentElement<'retention-policy'> {
  static override styles = [...ContentElement.styles, widthProbeStyles, retentionTimelineStyles];

  static override properties: PropertyDeclarations = {
    headingLevel: { type: Number, attribute: 'heading-level' },
    endDate: { attribute: 'end-date' },
    today: { attribute: false },
    badInput: { state: true },
    typing: { state: true },
  };

  /** Level of the document's heading (2 to 6); phases and the calculator are one level deeper. */
  headingLevel: HeadingLevel = 2;

  /** The subscription's end date, YYYY-MM-DD (a year from 1000 to 9999, and no later than the day whose data is deleted on 9999-12-31), for pages that know it. Follows what the reader enters. */
  endDate = '';

  /**
   * Today's date, YYYY-MM-DD, for pages that know it from their server (and for tests). Default:
   * the reader's date, which moves on at midnight on a page left open.
   */
  today?: string;

  /** The reader typed something in the field that is not a whole date (the field then reports no value). */
  private badInput = false;

  protected readonly spec = retentionPolicySpec;
  protected readonly defaultDocument = 'retention-policy.json';

  /**
   * The phases run across when each has a readable column, 13 ems of its text (52 for the four
   * phases of the default policy); a policy of many phases stays down the page.
   */
  readonly #width = new WidthBreakpoint(this, () => 13 * Math.max(this.document?.phases.length ?? 0, 4));

  #calculation?: DeletionCalculation;
  /** What the live region says: the calculation, once the reader has paused typing. */
  #announced?: DeletionCalculation;
  /**
   * The language the live region's answer was given in; '' once a switch has emptied the region,
   * which then stays empty on switching back (text that returns to a live region is spoken again).
   */
  #announcedIn?: string;
  #announceTimer?: ReturnType<typeof setTimeout>;
  /**
   * The reader paused typing: their answer is announced even when it is the one before. The live
   * region is empty while they type, so that the answer is new text to it again.
   */
  #paused = false;
  /**
   * Ends every other announcement, so that no two in a row are the same text: Orca drops a live
   * region's text that repeats the one it last heard. A no-break space, which is not spoken.
   */
  #mark = '';
  /** The reader changed the field since the last update (rather than the page setting a date). */
  #typed = false;
  /**
   * The reader has typed since the field got focus: it is described by nothing until they leave it.
   * Described by the answer, it changed its description with each digit, and a change of the
   * focused field's description is spoken (Orca, JAWS, NVDA), each date on the way; described by
   * the answer once typing pauses, it was spoken twice, by the live region and as the description.
   */
  private typing = false;
  #reportedDates = JSON.stringify(NO_DATES);
  /** Counts the days left again after midnight, for a page left open overnight. */
  #nextDayTimer?: ReturnType<typeof setTimeout>;
  /**
   * And when the reader comes back to the page: a computer asleep overnight holds its timers (on
   * Linux and macOS they count only waking time), and the midnight timer would fire hours late.
   */
  readonly #onVisible = () => {
    if (this.ownerDocument.visibilityState === 'visible') this.requestUpdate();
  };

  /**
   * The document listened to. Not ownerDocument at disconnection: moved into a frame by one
   * append, the element is already the frame's when it is disconnected from the page.
   */
  #listenedDocument?: Document;

  override connectedCallback(): void {
    super.connectedCallback();
    (this.#listenedDocument = this.ownerDocument).addEventListener('visibilitychange', this.#onVisible);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const typed = this.#typed;
    this.#typed = false;
    // A date the page sets replaces whatever half-typed date was in the field. No date (a removed
    // attribute, null, "") leaves the field as it is, and a half-typed date stays invalid.
    if (changed.has('endDate') && !typed && this.endDate) this.badInput = false;
    const document = this.document;
    if (!document) return;
    const pinnedToday = parseIsoDate(this.today);
    this.#calculation =
      this.badInput && !this.endDate ? { kind: 'invalid' } : calculateDeletion(this.endDate, document.retentionPeriodDays, pinnedToday ?? localToday(), this.typing);
    clearTimeout(this.#nextDayTimer);
    // Not for a removed widget, which Lit still updates: the timer would keep it for up to a day.
    if (this.#calculation.kind === 'valid' && pinnedToday === undefined && this.isConnected) {
      const now = new Date();
      // A second into the reader's next day, whatever the length of this one (daylight saving).
      const nextDay = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 0, 0, 1);
      // (NaN where the realm cannot tell the time: a timer due at once, every time, rendered the
      // widget again and again; a day's wait does no harm there.)
      this.#nextDayTimer = setTimeout(() => this.requestUpdate(), nextDay.getTime() - now.getTime() || 864e5);
    }
    if (typed) {
      clearTimeout(this.#announceTimer);
      this.#announceTimer = setTimeout(() => {
        this.#announceTimer = undefined;
        this.#paused = true;
        this.requestUpdate();
      }, ANNOUNCE_DELAY_MS);
    } else if (this.#announceTimer === undefined) {
      // A new answer is announced; the same one in a language just switched to is not, since the
      // reader did nothing (the field's description gives it in the new language). Nor the same
      // dates with a count that moved on by itself (midnight, the reader back the next day): the
      // region is emptied instead, as on a switch, and the answer on screen is read there.
      const dates = (calculation?: DeletionCalculation) => JSON.stringify({ ...calculation, daysLeft: 0 });
      if (this.#paused || dates(this.#calculation) !== dates(this.#announced)) {
        this.#announced = this.#calculation;
        this.#announcedIn = uiStringsLocale();
        this.#mark = this.#mark ? '' : '\xa0';
      } else if (JSON.stringify(this.#calculation) !== JSON.stringify(this.#announced)) this.#announcedIn = '';
      this.#paused = false;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#listenedDocument?.removeEventListener('visibilitychange', this.#onVisible);
    clearTimeout(this.#announceTimer);
    this.#announceTimer = undefined;
    clearTimeout(this.#nextDayTimer);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Bars are sized from code: a style binding in the template would be blocked by a strict CSP.
    for (const fill of this.renderRoot.querySelectorAll<HTMLElement>('.fill[data-fraction]')) {
      fill.style.setProperty('--tc-fraction', fill.dataset.fraction!);
    }
    // The field is written only when it shows another date: writing its own value back would wipe
    // a half-typed date (the value of a date field is "" until the date is whole), and so would
    // writing "" for a date the field gave but the widget does not read: WebKit's year takes up to
    // six digits, and a reader typing the year again over 2025 passes through 20252.
    const input = this.renderRoot.querySelector('input');
    const shown = fieldValue(this.endDate);
    if (input && input.value !== shown && input.value !== this.endDate) input.value = shown;
    if (!this.#calculation) return;
    const calculation = this.#calculation;
    const detail: TcRetentionDateChangeDetail =
      calculation.kind === 'valid'
        ? // Where Date cannot tell the time (an SES-tamed Date, in a LavaMoat compartment), the days
          // left are NaN: null, as for any count the widget cannot give.
          { endDate: formatIsoDate(calculation.endDate), deletionDate: formatIsoDate(calculation.deletionDate), daysLeft: isNaN(calculation.daysLeft) ? null : calculation.daysLeft }
        : NO_DATES;
    const dates = JSON.stringify(detail);
    if (dates !== this.#reportedDates) {
      this.#reportedDates = dates;
      this.dispatchEvent(new TcRetentionDateChangeEvent(detail));
    }
  }

  protected contentName(): string {
    return msg('Data retention', { desc: 'Names the retention timeline for screen readers when it cannot be shown, before the error ("Data retention: The content could not be loaded…") and after Try again.' });
  }

  protected renderDocument(document: RetentionPolicyDocument): TemplateResult {
    const inner = clampHeadingLevel(this.headingLevel) + 1;
    // Bars share one scale, so the exceptions' periods compare with the standard one at a glance.
    const scale = Math.max(
      document.retentionPeriodDays,
      ...document.phases.map((phase) => phase.durationDays ?? 0),
      ...document.exceptions.map((exception) => exception.retentionDays ?? 0),
    );
    // role="list": its dots are CSS boxes, not markers, and WebKit takes a list without markers for
    // layout: VoiceOver read a group, not "list, 4 items".
    return html`
      <div class=${WIDTH_PROBE_CLASS}></div>
      ${renderHeading(this.headingLevel, document.title, 'title')} ${renderRichText(document.intro)}
      <ol class=${this.#width.wide ? 'timeline across' : 'timeline'} part="timeline" role="list">
        ${document.phases.map((phase) => this.#renderPhase(phase, inner, scale))}
      </ol>
      ${document.exceptions.length > 0
        ? html`<section class="exceptions" part="exceptions">
            ${renderHeading(inner, html`<span lang=${this.uiLang}>${msg('Exceptions', { desc: 'Heading above the cases where the phases of the retention timeline do not apply as written.' })}</span>`, 'exceptions-title')}
            <dl>
              ${document.exceptions.map((exception) => this.#renderException(exception, scale))}
            </dl>
          </section>`
        : nothing}
      ${this.#renderCalculator(document, inner)} ${renderRichText(document.notes)}
    `;
  }

  #renderPhase(phase: RetentionPhase, level: number, scale: number): TemplateResult {
    return html`<li class="phase" part="phase" data-phase=${phase.id}>
      ${renderHeading(level, phase.title, 'phase-title')}
      ${phase.durationDays ? this.#renderDuration(formatDays(phase.durationDays), phase.durationDays, scale) : nothing}
      ${renderRichText(phase.description)}
      ${phase.notices
        ? html`<p class="notices" part="notices"><strong lang=${this.uiLang}>${msg('Notices', { desc: 'Label before what the customer is told during a phase of the retention timeline.' })}</strong> ${phase.notices}</p>`
        : nothing}
    </li>`;
  }

  #renderException(exception: RetentionException, scale: number): TemplateResult {
    const days = exception.retentionDays;
    return html`<div class="exception" part="exception" data-exception=${exception.id}>
      <dt>${exception.title}</dt>
      <dd>
        ${days === undefined ? nothing : this.#renderDuration(days === 0 ? msg('No retention period', { desc: 'Length of a phase or an exception where the data is deleted at once.' }) : formatDays(days), days, scale)}
        ${renderRichText(exception.description)}
      </dd>
    </div>`;
  }

  /** A length in words, and a bar drawn to scale for the eye (the words say it all to everyone else). */
  #renderDuration(label: string, days: number, scale: number): TemplateResult {
    return html`<p class="duration" part="duration">
      <span lang=${this.uiLang}>${label}</span>
      ${scale > 0
        ? html`<span class="track" aria-hidden="true"><span class="fill" data-fraction=${days / scale}></span></span>`
        : nothing}
    </p>`;
  }

  #renderCalculator(document: RetentionPolicyDocument, level: number): TemplateResult {
    const calculation = this.#calculation ?? { kind: 'empty' };
    // What the live region holds. The answer on screen is hidden from screen readers while the
    // region holds it (it would be read twice in browse mode), and read when the region is empty:
    // after a language switch, which the region does not announce, and while the reader types.
    const said = this.#announceTimer ? '' : this.#announcedIn === uiStringsLocale() ? this.#texts(this.#announced!).join(' ') + this.#mark : (this.#announcedIn = '');
    return html`<section class="calculator ${calculation.kind}" part="calculator" lang=${this.uiLang}>
      ${renderHeading(level, msg('When will my data be deleted?'), 'calculator-title')}
      <label for=${INPUT_ID}>${msg('My subscription ends on', { desc: 'Label of a date field, where the reader enters the day their subscription ends.' })}</label>
      <input
        id=${INPUT_ID}
        part="input"
        type="date"
        max=${formatIsoDate(LAST_DELETION_DATE - document.retentionPeriodDays)}
        aria-invalid=${calculation.kind === 'invalid'}
        aria-describedby=${this.typing ? nothing : RESULT_ID}
        @input=${this.#readInput}
        @change=${this.#readInput}
        @blur=${this.#readInput}
        @keydown=${(event: KeyboardEvent) => (this.#stepped = event.key == 'ArrowDown' && !(event.target as HTMLInputElement).value)}
        @keyup=${this.#readCleared}
      />
      ${calculation.kind === 'valid'
        ? html`<time class="printed-end-date" datetime=${formatIsoDate(calculation.endDate)} .textContent=${formatLongDate(calculation.endDate, uiStringsLocale())}></time>`
        : nothing}
      <div id=${RESULT_ID} class="result" part="result" aria-hidden=${said ? 'true' : nothing}>${this.#renderCalculation(calculation)}</div>
      <div
        class="visually-hidden"
        role="status"
        aria-live="polite"
        aria-atomic="true"
        .textContent=${said}
      ></div>
      ${document.exceptions.length > 0
        ? html`<p class="caveat">${msg('The exceptions above can change the retention period.')}</p>`
        : nothing}
    </section>`;
  }

  /**
   * The answer's texts: shown one to a line, and said as one text by the live region. In parts
   * there, each part that changed made a change to announce (Orca spoke the answer twice in Firefox),
   * and Orca joined them without a space in Chromium ("deleted onMay 1, 202580 days left").
   */
  #texts(calculation: DeletionCalculation): string[] {
    if (calculation.kind === 'empty') return [msg('Enter the date your subscription ends to see when its data will be deleted.')];
    if (calculation.kind === 'invalid') {
      // (latest is never 0, 1970-01-01: a retention period is at most 3,650 days.)
      const lastEndDate = calculation.latest && formatLongDate(calculation.latest, uiStringsLocale());
      return [
        lastEndDate
          ? msg(str`Enter a date no later than ${lastEndDate}.`, {
              desc: 'For an end date whose deletion date would fall after December 31, 9999, the last the calculator gives. The date is the last end date it takes ("October 2, 9999" for a 90-day retention period).',
            })
          : msg('This is not a valid date. Enter the day, month and year your subscription ends.'),
      ];
    }
    const { deletionDate, daysLeft } = calculation;
    const count = daysLeft.toLocaleString(uiStringsLocale());
    const date = formatLongDate(deletionDate, uiStringsLocale());
    return [
      msg('The retention period ends and your data is deleted on', { desc: 'Followed by a date, on a line of its own: "... is deleted on May 1, 2025."' }),
      // The date ends the sentence: without its full stop, a screen reader read its year and the
      // count after it as one run of numbers ("May 1, 2025 80 days left").
      msg(str`${date}.`, { desc: 'The deletion date, on a line of its own, ending the sentence above ("... is deleted on May 1, 2025."). The days left follow on the next line.' }),
      // "0 days left" on the deletion date itself: it has come, not passed. None where the realm
      // cannot tell the time (an SES Compartment's Date: today is NaN).
      daysLeft < 0 ? msg('The deletion date has passed.') : daysLeft === 1 ? msg('1 day left') : daysLeft >= 0 ? msg(str`${count} days left`, { desc: 'Days from today until the deletion date above (0 on the deletion date, or 2 or more).' }) : '',
    ];
  }

  #renderCalculation(calculation: DeletionCalculation): TemplateResult {
    const [text, date, days] = this.#texts(calculation);
    // The texts that change are the element's textContent, not text bindings: a page translation
    // replaces the text nodes Lit rendered, and Lit went on writing each new text as `.data` of
    // the node after its marker, now the translator's <font>, where it shows nothing; a
    // translated page kept the first date's answer for every date the reader entered.
    // The date ends with a space: the build's minifier drops the one between the paragraphs, and
    // Firefox describes the field with the text of the answer's nodes, leaving out the space a
    // paragraph starts with ("February 14, 202770 days left"); a line's last space is not drawn.
    return calculation.kind === 'valid'
      ? html`<p class="answer">
            <span>${text}</span>
            <time class="deletion-date" datetime=${formatIsoDate(calculation.deletionDate)} .textContent=${date + ' '}></time>
          </p>
          <p class="days-left" .textContent=${days}></p>`
      : html`<p class=${calculation.kind === 'empty' ? 'hint' : 'invalid-date'} .textContent=${text}></p>`;
  }

  /**
   * Deleting the last part of a half-typed date empties the field without an input event (its value
   * was "" already): the error goes as the key is released, not once the reader leaves the field. A
   * half-typed date is not read here: its error waits until the reader leaves, as on input.
   */
  /** Whether the last key was the down arrow, on a field that held no date yet (#readInput). */
  #stepped = false;

  #readCleared(event: KeyboardEvent): void {
    if (!(event.target as HTMLInputElement).validity.badInput) this.#readInput(event);
  }

  #readInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    // The down arrow starts an empty year at the latest there is: Chromium's at max's (9999, or
    // earlier for a retention period of a year or more); WebKit's at 275760 (it ignores max). No
    // subscription ends then: at this year, as Chromium's does without max. (Only these: a typed
    // year passes through 5 and 6 digits in WebKit. Only after the arrow, on a field that held no
    // date: a typed 10/01/9999, a date the field takes, became October 1 of this year.)
    if (this.#stepped && [input.max.slice(0, 4), '275760'].includes(input.value.slice(0, -6))) input.value = formatIsoDate(parseIsoDate(this.today) ?? localToday()).slice(0, 4) + input.value.slice(-6);
    const { badInput } = input.validity;
    // Leaving the field gives it its description back, for when the reader returns to it.
    const left = event.type == 'blur';
    if (left) this.typing = false;
    if (badInput === this.badInput && input.value === this.endDate) return;
    this.#typed = true;
    this.typing = !left;
    this.badInput = badInput;
    this.endDate = input.value;
  }
}

/**
 * What the field shows for an end date: the date, or nothing when it is not one. Removing the
 * end-date attribute makes the property null, which means no date.
 */
function fieldValue(endDate: string | null): string {
  const day = parseIsoDate(endDate?.trim());
  return day === undefined ? '' : formatIsoDate(day);
}

/** "90 days", "1 day", "90 天". */
function formatDays(days: number): string {
  const count = days.toLocaleString(uiStringsLocale());
  return days === 1 ? msg('1 day') : msg(str`${count} days`, { desc: 'Length of a phase of the retention timeline (2 or more days).' });
}
