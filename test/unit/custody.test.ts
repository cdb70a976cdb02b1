import { describe, expect, it } from 'vitest';
import { eventHash } from '../../src/evidence/custody.js';
import { checkCustodyLog, CustodyLog, type CustodyEvent } from '../../src/evidence/index.js';

const build = (): string => {
  const log = new CustodyLog('bundle-0001', 'alice', null);
  log.add('captured', { url: 'http://a.test/' });
  log.add('sealed', { sealed: true });
  log.add('signed', { manifestSha256: 'x' });
  return log.text();
};

describe('custody log', () => {
  it('chains events from a genesis bound to the bundle id', () => {
    const check = checkCustodyLog(build(), 'bundle-0001');
    expect(check.problems).toEqual([]);
    expect(check.events.map((e) => e.seq)).toEqual([0, 1, 2]);
  });

  it('a log moved to another bundle does not verify', () => {
    expect(checkCustodyLog(build(), 'bundle-0002').problems).toContain('line 1 does not link to the line before it (prevHash mismatch)');
  });

  it('edits, removals and reordering are named by line', () => {
    const lines = build().trim().split('\n');
    expect(checkCustodyLog([lines[0], lines[1]!.replace('alice', 'mallory'), lines[2]].join('\n'), 'bundle-0001').problems).toContain('line 2 (sealed) was edited: its hash does not match its content');
    expect(checkCustodyLog([lines[0], lines[2]].join('\n'), 'bundle-0001').problems.join(' ')).toMatch(/line 2 has sequence number 2, expected 1/);
    expect(checkCustodyLog([lines[1], lines[0], lines[2]].join('\n'), 'bundle-0001').problems.length).toBeGreaterThan(0);
    expect(checkCustodyLog('', 'bundle-0001').problems).toEqual(['the custody log is empty']);
  });

  it('hostile lines are named, not trusted: null, arrays, missing or mistyped fields', () => {
    const [first, second, third] = build().trim().split('\n') as [string, string, string];
    const check = checkCustodyLog([first, 'null', '[1,2]', second.replace(/"details":\{[^}]*\}/, '"details":null'), third].join('\n'), 'bundle-0001');
    expect(check.problems).toContain('line 2 is not a custody event (not a JSON object)');
    expect(check.problems).toContain('line 3 is not a custody event (not a JSON object)');
    expect(check.problems).toContain('line 4 is not a custody event: /details must be object');
    expect(check.events.map((e) => e.event)).toEqual(['captured', 'signed']);
    expect(check.lineNumbers).toEqual([1, 5]);
  });

  it('the hash covers every field but the anchor, so anchoring an event later does not change its hash', () => {
    const [line] = build().trim().split('\n') as [string];
    const event = JSON.parse(line) as CustodyEvent;
    expect(eventHash({ ...event, anchor: 'QUJD' })).toBe(event.hash);
    expect(eventHash({ ...event, actor: 'mallory' })).not.toBe(event.hash);
  });
});
