/**
 * The store's dates: YYYY-MM-DD calendar days, or `undated` for a version
 * whose decision gives no date (never year 0).
 */
export type VersionDate = string | 'undated';

/** True for a real calendar day written YYYY-MM-DD (2021-02-28, never 2021-02-30 or 2021-13-45). */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}
