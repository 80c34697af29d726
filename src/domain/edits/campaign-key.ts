/**
 * The key a campaign's edits are kept under: its name and the name of the file it was opened
 * from (without folders or query), so that the same campaign opened again, even changed,
 * finds its edits, and a different campaign does not.
 */
export function campaignKey(campaignName: string, source: string): string {
  const withoutQuery = source.split(/[?#]/)[0];
  const fileName = withoutQuery.split(/[\\/]/).filter(Boolean).pop() ?? withoutQuery;
  return `${campaignName} · ${fileName}`;
}
