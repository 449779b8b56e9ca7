// npm run test:scripts: the retention timeline's stories with an end date show every answer the
// calculator gives, each on a `today` of its own, so that a designer or translator sees each one
// in Storybook without typing dates, and sees the same one every day. The days left are counted
// as the calculator counts them: the end date plus the kit's retention period, less today.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCsf } from 'storybook/internal/csf-tools';

const root = join(import.meta.dirname, '../..');
const file = 'src/widgets/retention-timeline/retention-timeline.stories.ts';
const { retentionPeriodDays } = JSON.parse(readFileSync(join(root, 'content/en/retention-policy.json'), 'utf8'));

/** The day number of a YYYY-MM-DD date, or undefined for a day that does not exist (2025-02-30). */
function dayOf(text) {
  const [year, month, day] = text.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date.getTime() / 864e5 : undefined;
}

/** Each story's args, as written in its export: string literals only, which is all these stories give. */
function storyArgs() {
  const csf = loadCsf(readFileSync(join(root, file), 'utf8'), { fileName: file, makeTitle: (title) => title }).parse();
  return Object.entries(csf._stories).map(([exportName, { name }]) => {
    const args = {};
    for (const property of csf._storyAnnotations[exportName]?.args?.properties ?? []) {
      args[property.key.value ?? property.key.name] = property.value.value;
    }
    return { name, args };
  });
}

/** The answer the calculator gives for an end date, counted from today. */
function answer(endDate, today) {
  const end = dayOf(endDate);
  if (end === undefined) return 'not a valid date';
  // The last deletion date the calculator gives is 9999-12-31: a later end date is refused, with a
  // message that names the last one it takes.
  if (end + retentionPeriodDays > dayOf('9999-12-31')) return 'too late an end date';
  const daysLeft = end + retentionPeriodDays - dayOf(today);
  return daysLeft < 0 ? 'the date has passed' : daysLeft === 0 ? '0 days left' : daysLeft === 1 ? '1 day left' : 'days left';
}

test('the timeline has a story for each answer of its calculator, each counted from a pinned today', () => {
  const withEndDate = storyArgs().filter(({ args }) => 'end-date' in args);
  assert.deepEqual(
    withEndDate.filter(({ args }) => !args.today).map(({ name }) => name),
    [],
    'stories whose answer changes with the day they are opened',
  );
  const shown = new Map(withEndDate.map(({ name, args }) => [answer(args['end-date'], args.today), name]));
  assert.deepEqual([...shown.keys()].sort(), ['0 days left', '1 day left', 'days left', 'not a valid date', 'the date has passed', 'too late an end date'], `answers shown: ${JSON.stringify(Object.fromEntries(shown))}`);
});
