/**
 * The as-of date the views must move to so that a stage edit shows at once: its date when that
 * is after the date shown (a stage reached on 11-20 does not exist 截至 11-15), otherwise null.
 */
export function asOfAfterEdit(shown: string, editDate: string | undefined): string | null {
  return editDate !== undefined && editDate > shown ? editDate : null;
}
