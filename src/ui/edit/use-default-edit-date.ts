import { defaultEditDate, isoDay } from '../../domain/edits/default-edit-date';

/**
 * The date a stage edit starts with: today, or the as-of date (截至) the views show when one
 * is set. The as-of date is not in the store yet; when it is, pass it here.
 */
export function useDefaultEditDate(): string {
  return defaultEditDate(null, isoDay(new Date()));
}
