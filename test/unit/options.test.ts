import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeOptions, loadOptions, publicOptions } from '../../src/options/index.js';

describe('options', () => {
  it('layers defaults < config file < env < flags', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dw-opt-'));
    await writeFile(join(dir, 'dijkwacht.config.json'), JSON.stringify({ locale: 'en-GB', settleMs: 10, captureConcurrency: 2 }));
    const o = loadOptions({ cwd: dir, env: { DIJKWACHT_SETTLE_MS: '20', DIJKWACHT_TSA_URLS: 'http://a.example/tsr, http://b.example/tsr' }, flags: { captureConcurrency: '3' } });
    expect(o.locale).toBe('en-GB');
    expect(o.settleMs).toBe(20);
    expect(o.captureConcurrency).toBe(3);
    expect(o.tsaUrls).toEqual(['http://a.example/tsr', 'http://b.example/tsr']);
    expect(o.seal).toBe(true);
  });

  it('rejects unknown keys by name, with a suggestion', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dw-opt-'));
    await writeFile(join(dir, 'c.json'), JSON.stringify({ data_dir: 'x' }));
    expect(() => loadOptions({ cwd: dir, env: {}, configFile: 'c.json' })).toThrow('Unknown option "data_dir" in config file; did you mean "dataDir"?');
  });

  it('rejects bad values with one sentence naming the setting', () => {
    expect(() => loadOptions({ env: { DIJKWACHT_PROXY: 'not a url' } })).toThrow('Option "DIJKWACHT_PROXY" must be a URL');
    expect(() => loadOptions({ env: {}, flags: { store: 'ftp' } })).toThrow('Option "store" must be one of fs, s3');
    expect(() => loadOptions({ env: {}, flags: { dnsServer: 'localhost' } })).toThrow('must be HOST:PORT');
  });

  it('never exposes secrets or proxy credentials in what it records', () => {
    const o = loadOptions({ env: { DIJKWACHT_SIGNING_P12_PASSWORD: 'hunter2', DIJKWACHT_S3_SECRET_ACCESS_KEY: 'sk', DIJKWACHT_PROXY: 'http://user:pw@proxy.example:8080' } });
    const shown = JSON.stringify(publicOptions(o));
    expect(shown).not.toContain('hunter2');
    expect(shown).not.toContain('"sk"');
    expect(shown).not.toContain('pw@');
    expect(shown).toContain('proxy.example:8080');
  });

  it('documents every option with its env var', () => {
    for (const row of describeOptions()) {
      expect(row.doc.length, row.name).toBeGreaterThan(10);
      expect(row.env, row.name).toMatch(/^DIJKWACHT_/);
    }
  });
});
