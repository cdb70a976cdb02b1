import { describe, expect, it } from 'vitest';
import { checkCustodyLog, CustodyLog } from '../../src/evidence/index.js';

const build = (): string => {
  const log = new CustodyLog('bundle-0001', 'alice');
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
});
