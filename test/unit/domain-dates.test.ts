import { describe, expect, it } from 'vitest';
import { parseWhois, toUtcIso, type DateNotes } from '../../src/domains/index.js';

const notes = (): DateNotes => ({ withoutZone: [], unreadable: [] });

describe('registry dates become ISO 8601 in UTC at parse time', () => {
  it.each([
    ['2025-10-01', '2025-10-01T00:00:00.000Z'],
    ['2025-10-01T09:12:44Z', '2025-10-01T09:12:44.000Z'],
    ['1997-09-15T00:00:00-0700', '1997-09-15T07:00:00.000Z'],
    ['2021-03-16T17:07:37.5+01:00', '2021-03-16T16:07:37.500Z'],
    ['2025-10-01 09:12:44', '2025-10-01T09:12:44.000Z'],
    ['2025-10-01 09:12:44 UTC', '2025-10-01T09:12:44.000Z'],
    ['2025.10.01 09:12:44', '2025-10-01T09:12:44.000Z'],
    ['2025/10/01', '2025-10-01T00:00:00.000Z'],
    ['15-Sep-1997', '1997-09-15T00:00:00.000Z'],
    ['15-sep-1997 04:00:00 UTC', '1997-09-15T04:00:00.000Z'],
    ['30.08.2004 22:55:00', '2004-08-30T22:55:00.000Z'],
    ['20251001', '2025-10-01T00:00:00.000Z'],
  ])('%s → %s', (raw, iso) => {
    expect(toUtcIso(raw, notes())).toBe(iso);
  });

  it('says which values had no zone, and leaves ambiguous or impossible ones unread instead of guessing', () => {
    const n = notes();
    expect(toUtcIso('2025-10-01 09:12:44', n)).not.toBeNull();
    expect(toUtcIso('2025-10-01T09:12:44Z', n)).not.toBeNull();
    expect(n.withoutZone).toEqual(['2025-10-01 09:12:44']);
    expect(toUtcIso('01/10/2025', n)).toBeNull(); // 1 October or January 10?
    expect(toUtcIso('2025-02-30', n)).toBeNull();
    expect(toUtcIso('before 1996', n)).toBeNull();
    expect(n.unreadable).toEqual(['01/10/2025', '2025-02-30', 'before 1996']);
  });

  it('WHOIS answers in mixed layouts give the same UTC instants', () => {
    const nl = parseWhois('Domain name: x.nl\nCreation Date: 2025-10-01\n\nUpdated Date: 2026-01-12\n');
    expect(nl).toMatchObject({ registered: '2025-10-01T00:00:00.000Z', lastChanged: '2026-01-12T00:00:00.000Z', expires: null });
    expect(nl.datesWithoutZone).toEqual(['2025-10-01', '2026-01-12']);
    const gtld = parseWhois('Domain Name: X.COM\nCreation Date: 2019-03-04T10:11:12Z\nRegistry Expiry Date: 2027-03-04T10:11:12Z\nUpdated Date: 2026-03-01T00:00:00+02:00\n');
    expect(gtld).toMatchObject({ registered: '2019-03-04T10:11:12.000Z', expires: '2027-03-04T10:11:12.000Z', lastChanged: '2026-02-28T22:00:00.000Z' });
    const uk = parseWhois('    Registered on: 26-Aug-1999\n    Expiry date:  26-Aug-2027\n');
    expect(uk).toMatchObject({ registered: '1999-08-26T00:00:00.000Z', expires: '2027-08-26T00:00:00.000Z' });
  });
});
