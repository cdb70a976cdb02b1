import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { captureTarget, describeJob, jobsFor, lookupTarget, noticeTarget, parseRoles } from '../../src/queue/jobs.js';
import { nextUtcMidnight, utcDay } from '../../src/queue/limits.js';
import { parseDailyLimits } from '../../src/queue/roles/shared-rdap.js';

describe('queue jobs from the command line', () => {
  it('reads roles, each once, and names the roles when one is unknown', () => {
    expect(parseRoles('lookup, capture,lookup')).toEqual(['lookup', 'capture']);
    expect(() => parseRoles('lookup,scan')).toThrow(new UsageError('Unknown role "scan"; the roles are crawl, lookup, capture, recheck.'));
    expect(parseRoles('crawl,lookup')).toEqual(['crawl', 'lookup']);
    expect(() => parseRoles(' , ')).toThrow(UsageError);
  });

  it('turns domains and URLs into the host a lookup takes', () => {
    expect(lookupTarget('https://WWW.Beeldlab-Voorbeeld.test:8443/prijzen?x=1')).toBe('www.beeldlab-voorbeeld.test');
    expect(lookupTarget('beeldlab-voorbeeld.test.')).toBe('beeldlab-voorbeeld.test');
    expect(() => lookupTarget('localhost')).toThrow(/is not a domain name/);
  });

  it('takes only http(s) URLs for captures and whole numbers for notices', () => {
    expect(captureTarget('https://beeldlab-voorbeeld.test/studio')).toBe('https://beeldlab-voorbeeld.test/studio');
    expect(() => captureTarget('ftp://beeldlab-voorbeeld.test/')).toThrow(/only web pages are captured/);
    expect(() => captureTarget('not a url')).toThrow(/is not a URL/);
    expect(noticeTarget('#12')).toBe(12);
    expect(() => noticeTarget('0')).toThrow(/is not a notice number/);
  });

  it('builds the job data of "queue add" and describes each job in one phrase', () => {
    expect(jobsFor('capture', ['https://beeldlab-voorbeeld.test/'], { caseId: 'CASE-1' })).toEqual([{ url: 'https://beeldlab-voorbeeld.test/', caseId: 'CASE-1' }]);
    expect(jobsFor('lookup', ['beeldlab-voorbeeld.test'], { fresh: true })).toEqual([{ domain: 'beeldlab-voorbeeld.test', fresh: true }]);
    expect(jobsFor('recheck', ['3'])).toEqual([{ notice: 3 }]);
    expect(jobsFor('crawl', ['#7', '12'])).toEqual([{ runId: 7 }, { runId: 12 }]);
    expect(() => jobsFor('crawl', ['run-x'])).toThrow(/is not a run id/);
    expect(describeJob('crawl', { runId: 7 })).toBe('run #7');
    expect(() => jobsFor('lookup', [])).toThrow('Give at least one domain to queue.');
    expect(describeJob('capture', { url: 'https://beeldlab-voorbeeld.test/', caseId: 'CASE-1' })).toBe('https://beeldlab-voorbeeld.test/ (case CASE-1)');
    expect(describeJob('recheck', { notice: 3 })).toBe('notice #3');
  });
});

describe('daily budgets', () => {
  it('count in UTC days and are fresh again at the next UTC midnight', () => {
    const late = new Date('2026-03-31T23:59:59.500Z');
    expect(utcDay(late)).toBe('2026-03-31');
    expect(nextUtcMidnight(late).toISOString()).toBe('2026-04-01T00:00:00.000Z');
  });

  it('read rdapDailyLimits entries as host → limit, ignoring what is not HOST=N', () => {
    expect([...parseDailyLimits(['RDAP.db.ripe.net=1000', '127.0.0.1=0', 'broken', 'x=-1', 'y=abc'])]).toEqual([
      ['rdap.db.ripe.net', 1000],
      ['127.0.0.1', 0],
    ]);
  });
});
