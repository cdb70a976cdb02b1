import { UsageError } from '../core/errors.js';

/** A report period: [from, to) in UTC. `open` when it ends after the moment the report was made. */
export interface Period {
  /** As the user wrote it, normalised: "2026Q1", "2026", "2026-01-01..2026-03-31". */
  label: string;
  /** Inclusive start, ISO date-time (UTC). */
  from: string;
  /** Exclusive end, ISO date-time (UTC). */
  to: string;
  open: boolean;
}

const FIX = 'write --period 2026Q1, 2026 or FROM..TO with dates as YYYY-MM-DD (e.g. 2026-01-01..2026-03-31)';

function day(text: string, what: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!d || d.toISOString().slice(0, 10) !== text) throw new UsageError(`The period's ${what} "${text}" is not a date: ${FIX}.`);
  return d;
}

/**
 * Parses --period. Dates are whole UTC days; TO is inclusive (2026-01-01..2026-01-31 is January).
 * `now` is used only for an open period (one that has not ended yet): its end is clamped to now, and
 * only then does a later report of the same period count more.
 */
export function parsePeriod(text: string, now: Date = new Date()): Period {
  const value = text.trim();
  let from: Date;
  let to: Date;
  let label = value;
  const quarter = /^(\d{4})[Qq]([1-4])$/.exec(value);
  const year = /^(\d{4})$/.exec(value);
  const range = /^(.*)\.\.(.*)$/.exec(value);
  if (quarter) {
    const q = Number(quarter[2]);
    from = new Date(Date.UTC(Number(quarter[1]), (q - 1) * 3, 1));
    to = new Date(Date.UTC(Number(quarter[1]), q * 3, 1));
    label = `${quarter[1]}Q${q}`;
  } else if (year) {
    from = new Date(Date.UTC(Number(year[1]), 0, 1));
    to = new Date(Date.UTC(Number(year[1]) + 1, 0, 1));
  } else if (range) {
    if (!range[1] || !range[2]) throw new UsageError(`The period "${value}" needs both ends: ${FIX}.`);
    from = day(range[1], 'start');
    to = new Date(day(range[2], 'end').getTime() + 86_400_000);
    if (to <= from) throw new UsageError(`The period "${value}" ends before it starts: ${FIX}.`);
  } else {
    throw new UsageError(`"${value}" is not a period: ${FIX}.`);
  }
  if (from >= now) throw new UsageError(`The period ${label} has not started yet: ${FIX}.`);
  const open = to > now;
  return { label, from: from.toISOString(), to: (open ? now : to).toISOString(), open };
}
