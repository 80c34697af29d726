import { defaultEditDate, isoDay } from '../../domain/edits/default-edit-date';
import { useAppStore } from '../../state/store';

/**
 * The date a stage edit starts with: today, or the as-of date (截至) the views show when one
 * is set.
 */
export function useDefaultEditDate(): string {
  const asOf = useAppStore((state) => state.asOf);
  return defaultEditDate(asOf, isoDay(new Date()));
}
