import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { worldBanner, worldEnvFile, type WorldSettings } from '../../scripts/world-env.js';
import { startWorld, type World } from '../world/index.js';

const exec = promisify(execFile);
let world: World;
let dir: string;
let settings: WorldSettings;
beforeAll(async () => {
  world = await startWorld();
  dir = await mkdtemp(join(tmpdir(), 'dw-world-env-'));
  settings = { world, root: '/opt/dijk wacht', dataDir: join(dir, 'data') };
});
afterAll(async () => {
  await world?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('npm run world', () => {
  it('prints every endpoint, SearXNG, RDAP, DNS and WHOIS included, and commands to paste', () => {
    const banner = worldBanner(settings, [['pixelpeel.test', 'a fictional service']], null);
    for (const endpoint of [world.proxyUrl, world.web.httpOrigin, world.web.httpsOrigin, world.tsa.url, world.search.searxngUrl, world.rdap.base, world.rdap.bootstrapDir, world.dns.server, world.whois.server]) {
      expect(banner).toContain(endpoint);
    }
    expect(banner).toContain(`domains kleding-weg.nl --rdap-bootstrap ${world.rdap.bootstrapDir} --dns-server ${world.dns.server} --whois-server ${world.whois.server}`);
    expect(banner).toContain(`discover --engine searxng --searxng-url ${world.search.searxngUrl}`);
    expect(banner).toContain('--write-env world.env');
  });

  it('--env writes a shell file that sets the settings and a dijkwacht function when sourced', async () => {
    const file = join(dir, 'world.env');
    await writeFile(file, worldEnvFile(settings));
    const { stdout } = await exec('sh', ['-c', `. '${file}' && printf '%s\\n' "$DIJKWACHT_SEARXNG_URL" "$DIJKWACHT_DNS_SERVER" "$DIJKWACHT_WHOIS_SERVER" "$DIJKWACHT_RDAP_BOOTSTRAP" "$DIJKWACHT_DATA_DIR" && node() { echo "node $*"; } && dijkwacht sites --json`]);
    const lines = stdout.split('\n');
    expect(lines.slice(0, 5)).toEqual([world.search.searxngUrl, world.dns.server, world.whois.server, world.rdap.bootstrapDir, settings.dataDir]);
    expect(stdout).toContain('node /opt/dijk wacht/bin/dijkwacht.js sites --json');
  });
});
