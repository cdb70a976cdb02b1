import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReporter } from '../../src/refer/reporter.js';

describe('reporter identity (DSA Art. 16)', () => {
  it('comes from the config file, field by field overridden by the environment', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dw-rep-'));
    await writeFile(join(dir, 'dijkwacht.config.json'), JSON.stringify({ reporter: { name: 'A. Analyst', organisation: 'Example NGO', email: 'analyst@ngo.test' } }));
    expect(loadReporter({ cwd: dir, env: {} })).toEqual({ name: 'A. Analyst', organisation: 'Example NGO', email: 'analyst@ngo.test' });
    expect(loadReporter({ cwd: dir, env: { DIJKWACHT_REPORTER_EMAIL: 'desk@ngo.test' } }).email).toBe('desk@ngo.test');
  });

  it('is never invented: what is missing is named, with where to set it', () => {
    expect(() => loadReporter({ cwd: tmpdir(), env: { DIJKWACHT_REPORTER_NAME: 'B' } })).toThrow(/reporter's organisation, email are not configured .*DIJKWACHT_REPORTER_ORG/);
    expect(() => loadReporter({ cwd: tmpdir(), env: { DIJKWACHT_REPORTER_NAME: 'B', DIJKWACHT_REPORTER_ORG: 'O', DIJKWACHT_REPORTER_EMAIL: 'not-an-address' } })).toThrow(/not an e-mail address/);
  });
});
