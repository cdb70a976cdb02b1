/**
 * Dates as registries send them, read into ISO 8601 in UTC. RDAP promises RFC 3339 but servers send
 * dates without a zone or with a space for the "T"; WHOIS has no standard at all ("2025-10-01",
 * "15-Sep-1997", "2025.10.01 12:00:00", "01.10.2025", "2025-10-01T09:12:44Z"). Only unambiguous
 * layouts are read: a value that could be day-first or month-first ("01/10/2025") is left unread
 * rather than guessed, and a value without a zone is read as UTC and reported as such.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export interface DateNotes {
  /** Raw values that carried no time zone (read as UTC). */
  withoutZone: string[];
  /** Raw values in no layout we can read without guessing. */
  unreadable: string[];
}

export const noDateNotes = (): DateNotes => ({ withoutZone: [], unreadable: [] });

interface Parts {
  y: number;
  mo: number;
  d: number;
  time: string;
}

const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(z|utc|gmt|[+-]\d{2}(?::?\d{2})?)?$/i;

function dateParts(s: string): Parts | null {
  let m = /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?:[t\s]+(.*))?$/i.exec(s);
  if (m) return { y: Number(m[1]), mo: Number(m[2]), d: Number(m[3]), time: (m[4] ?? '').trim() };
  m = /^(\d{1,2})[-\s]([a-z]{3})[a-z]*[-\s](\d{4})(?:[t\s]+(.*))?$/i.exec(s);
  if (m) {
    const mo = MONTHS.indexOf(m[2]!.toLowerCase()) + 1;
    return mo > 0 ? { y: Number(m[3]), mo, d: Number(m[1]), time: (m[4] ?? '').trim() } : null;
  }
  // day.month.year: the dotted European layout (.cz, .de); slashes are ambiguous and not read
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s+(.*))?$/.exec(s);
  if (m) return { y: Number(m[3]), mo: Number(m[2]), d: Number(m[1]), time: (m[4] ?? '').trim() };
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) return { y: Number(m[1]), mo: Number(m[2]), d: Number(m[3]), time: '' };
  return null;
}

/** ISO 8601 in UTC, or null when the value is absent or unreadable (then noted in `notes`). */
export function toUtcIso(raw: unknown, notes: DateNotes): string | null {
  if (typeof raw !== 'string' || raw.trim() === '') return null;
  const s = raw.trim().replace(/\s*\((?:utc|gmt)\)$/i, '');
  const p = dateParts(s);
  const time = p ? TIME.exec(p.time) : null;
  if (!p || (p.time !== '' && !time) || p.mo < 1 || p.mo > 12 || p.d < 1 || p.d > 31) {
    notes.unreadable.push(raw);
    return null;
  }
  const [hh, mm, ss, frac, zone] = time ? [Number(time[1]), Number(time[2]), Number(time[3] ?? 0), time[4] ?? '', time[5] ?? null] : [0, 0, 0, '', null];
  let t = Date.UTC(p.y, p.mo - 1, p.d, hh, mm, ss, Number(`0.${frac || '0'}`) * 1000);
  const check = new Date(Date.UTC(p.y, p.mo - 1, p.d));
  if (!Number.isFinite(t) || check.getUTCDate() !== p.d || hh > 23 || mm > 59 || ss > 60) {
    notes.unreadable.push(raw);
    return null;
  }
  if (zone === null) notes.withoutZone.push(raw);
  else if (/^[+-]/.test(zone)) {
    const z = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone)!;
    const offsetMin = (Number(z[2]) * 60 + Number(z[3] ?? 0)) * (z[1] === '-' ? -1 : 1);
    t -= offsetMin * 60_000;
  }
  return new Date(t).toISOString();
}
