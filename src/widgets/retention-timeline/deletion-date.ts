import { parseIsoDate, type EpochDay } from './plain-date.js';

/** What the calculator can say about an end date. */
export type DeletionCalculation =
  | { kind: 'empty' }
  | { kind: 'invalid' }
  | {
      kind: 'valid';
      endDate: EpochDay;
      /** The day the retention period ends and the data is deleted. */
      deletionDate: EpochDay;
      /** Days from today until the deletion date; 0 or less once it has come. */
      daysLeft: number;
    };

/**
 * When the data of a subscription that ends on `endDate` (YYYY-MM-DD) is deleted, after
 * `retentionDays`, seen from `today`. Never throws: text that is not a real date is `invalid`, or
 * `empty` while the reader is `typing` it (a year of fewer than four digits is no date yet).
 */
export function calculateDeletion(endDate: string | undefined, retentionDays: number, today: EpochDay, typing?: boolean): DeletionCalculation {
  if (!endDate) return { kind: 'empty' };
  const end = parseIsoDate(endDate.trim());
  if (end === undefined) return { kind: typing ? 'empty' : 'invalid' };
  const deletionDate = end + retentionDays;
  return { kind: 'valid', endDate: end, deletionDate, daysLeft: deletionDate - today };
}
