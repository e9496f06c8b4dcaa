/**
 * Parses a feed date. A bare date (`2026-11-02`) means that calendar day and
 * is read in local time so it does not shift a day west of UTC.
 */
export function parseFeedDate(value: string): Date {
  const bare = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value);
  if (!bare) return new Date(value);
  // Not `new Date(y, m, d)`: it reads years 0–99 as 1900–1999.
  const date = new Date(2000, 0, 1);
  date.setFullYear(Number(bare[1]), Number(bare[2]) - 1, Number(bare[3]));
  return date;
}

/**
 * True while a posting may be shown. A bare `validThrough` date includes that
 * whole day.
 */
export function isOpen(validThrough: string | undefined, now: Date): boolean {
  if (!validThrough) return true;
  const end = parseFeedDate(validThrough);
  if (/^\d{4}-\d{2}-\d{2}$/u.test(validThrough)) end.setDate(end.getDate() + 1);
  return now.getTime() < end.getTime();
}
