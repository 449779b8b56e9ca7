import { parseIsoDate, type EpochDay } from './plain-date.js';

/**
 * The last deletion date the calculator gives, December 31, 9999: a date field takes no later one,
 * and a later one is no YYYY-MM-DD date (the page heard "10000-02-29").
 */
export const LAST_DELETION_DATE: EpochDay = 2_932_896;

/** What the calculator can say about an end date. */
export type DeletionCalculation =
  | { kind: 'empty' }
  | {
      kind: 'invalid';
      /** The last end date the calculator takes, for one that is a date but later than that. */
      latest?: EpochDay;
    }
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
 * `empty` while the reader is `typing` it (a year of fewer than four digits is no date yet); a
 * date deleted after LAST_DELETION_DATE is `invalid` with the `latest` end date there is.
 */
export function calculateDeletion(endDate: string | undefined, retentionDays: number, today: EpochDay, typing?: boolean): DeletionCalculation {
  if (!endDate) return { kind: 'empty' };
  const end = parseIsoDate(endDate.trim());
  if (end === undefined) return { kind: typing ? 'empty' : 'invalid' };
  const deletionDate = end + retentionDays;
  if (deletionDate > LAST_DELETION_DATE) return { kind: 'invalid', latest: LAST_DELETION_DATE - retentionDays };
  return { kind: 'valid', endDate: end, deletionDate, daysLeft: deletionDate - today };
}
