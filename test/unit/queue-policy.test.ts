import { describe, expect, it } from 'vitest';
import { IntegrityError, RemoteError, SetupError, TargetError, TimeoutError, UsageError } from '../../src/core/errors.js';
import { DeferJobError, failureRecord, verdictFor } from '../../src/queue/policy.js';
import { loadOptions } from '../../src/options/index.js';
import { maintenanceSeconds, queueSettings as fromOptions } from '../../src/queue/settings.js';

const queueSettings = (env: NodeJS.ProcessEnv) => fromOptions(loadOptions({ env, configFile: null, cwd: '/nonexistent' }));
import { StorageError } from '../../src/store/errors.js';

describe('what a worker does with an error', () => {
  it('follows the retryable policy the error carries', () => {
    expect(verdictFor(new RemoteError('the registry answered 503')).kind).toBe('retry');
    expect(verdictFor(new TimeoutError('the capture did not finish')).kind).toBe('retry');
    expect(verdictFor(new StorageError('Cannot write: no space left on the device (ENOSPC).')).kind).toBe('retry');
    expect(verdictFor(new RemoteError('the daily limit is reached', { retryable: false })).kind).toBe('fail');
    expect(verdictFor(new TargetError('a private address')).kind).toBe('fail');
    expect(verdictFor(new IntegrityError('hash mismatch')).kind).toBe('fail');
    expect(verdictFor(new UsageError('No notice #9 in the catalog')).kind).toBe('fail');
  });

  it('releases the job when this worker cannot run such jobs, defers a spent budget, retries the unknown', () => {
    expect(verdictFor(new SetupError('No signing key; run "dijkwacht keys init".'))).toEqual({ kind: 'release', reason: 'No signing key; run "dijkwacht keys init".' });
    const until = new Date('2026-04-01T00:00:00Z');
    expect(verdictFor(new DeferJobError('budget spent', until))).toEqual({ kind: 'defer', reason: 'budget spent', until });
    expect(verdictFor(new Error('socket hang up')).kind).toBe('retry');
  });

  it('stores one sentence, the class and the causes with the job, never a stack', () => {
    const record = failureRecord(new RemoteError('RDAP failed', { cause: new Error('ECONNREFUSED 127.0.0.1:9') }), { attempt: 2 });
    expect(record).toEqual({ error: 'RDAP failed', kind: 'RemoteError', retryable: true, detail: ['Error: ECONNREFUSED 127.0.0.1:9'], attempt: 2 });
    expect(JSON.stringify(record)).not.toMatch(/\bat .*\(/);
  });
});

describe('queue settings', () => {
  it('have defaults, one lease for every role when DIJKWACHT_QUEUE_LEASE_SECONDS is set, and reject bad values by name', () => {
    const d = queueSettings({});
    expect(d).toMatchObject({ leaseSeconds: { crawl: 600, lookup: 300, capture: 900, recheck: 3600 }, retryLimit: 5, retryDelaySeconds: 30, pollMs: 1000, stopGraceMs: 30000 });
    expect(queueSettings({ DIJKWACHT_QUEUE_LEASE_SECONDS: '3' }).leaseSeconds).toEqual({ crawl: 3, lookup: 3, capture: 3, recheck: 3 });
    expect(() => queueSettings({ DIJKWACHT_QUEUE_RETRY_LIMIT: '0' })).toThrow(UsageError);
    expect(() => queueSettings({ DIJKWACHT_QUEUE_RETRY_LIMIT: '0' })).toThrow(/DIJKWACHT_QUEUE_RETRY_LIMIT/);
  });

  it('run maintenance often enough to notice the shortest lease expire', () => {
    expect(maintenanceSeconds(queueSettings({ DIJKWACHT_QUEUE_LEASE_SECONDS: '3' }))).toBe(1);
    expect(maintenanceSeconds(queueSettings({}))).toBe(60);
  });
});
