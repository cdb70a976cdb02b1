import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { startDiscoveryHarness, type DiscoveryHarness } from '../support/discovery-env.js';
import { IMPRINT_HOSTS } from '../world/sites-imprint.js';

let h: DiscoveryHarness;
beforeAll(async () => {
  h = await startDiscoveryHarness();
});
afterAll(async () => h?.stop());

describe('the legal entity after a real crawl', () => {
  it('a crawl keeps the text of imprint and terms pages, so entity finds the operator they name', async () => {
    const site = `http://${IMPRINT_HOSTS.imprint}`;
    const run = await h.crawl([`${site}/`, `${site}/impressum`, `${site}/terms`], { maxDepth: 0 });
    expect(run.run.status).toBe('done');
    const out = await runCli(['entity', IMPRINT_HOSTS.imprint, '--json', '--data-dir', h.dataDir]);
    expect(out.code, out.stderr).toBe(0);
    const claims = (JSON.parse(out.stdout) as { claims: { name: string; url: string; confidence: string }[] }).claims;
    expect(claims.length).toBeGreaterThan(0);
    expect(claims[0]).toMatchObject({ url: `${site}/impressum`, confidence: 'high' });
  });
});
