/** UTC ISO-8601 with milliseconds, the one time format of bundles and logs. */
export function utcNow(): string {
  return new Date().toISOString();
}

/** A compact UTC stamp for identifiers and file names: 20261123T185200Z. */
export function compactStamp(date = new Date()): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
}

/** The time zone in which dates are written out for readers in the Netherlands. */
export const READER_TIME_ZONE = 'Europe/Amsterdam';

/**
 * A timestamp written out for a human reader in `lang`, in Dutch time, with the zone named:
 * "1 december 2026, 19:59 uur (CET)" / "1 December 2026, 19:59 (CET)". Machine fields keep the
 * UTC ISO-8601 value; this is for prose, tables and PDFs only. `dateOnly` drops the clock time.
 */
export function longDate(iso: string, lang: 'nl' | 'en', opts: { dateOnly?: boolean } = {}): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { timeZone: READER_TIME_ZONE, day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  ) as Record<string, string>;
  const day = `${parts.day} ${parts.month} ${parts.year}`;
  if (opts.dateOnly) return day;
  return `${day}, ${parts.hour}:${parts.minute}${lang === 'nl' ? ' uur' : ''} (${parts.timeZoneName})`;
}
