/**
 * The date a stage edit is given unless the user picks another: the as-of date when the views
 * show the campaign on a past date (截至), otherwise today. Both ISO yyyy-mm-dd.
 */
export function defaultEditDate(asOf: string | null, today: string): string {
  return asOf ?? today;
}

/** Today's date in the user's own time zone, ISO yyyy-mm-dd. */
export function isoDay(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}
