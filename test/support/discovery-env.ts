import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Catalog } from '../../src/catalog/index.js';
import { runDiscovery, type DiscoveryInput, type DiscoveryResult } from '../../src/discover/index.js';
import { loadOptions, testDefaults, type Options } from '../../src/options/index.js';
import { startWorld, type World } from '../world/index.js';

export interface DiscoveryHarness {
  world: World;
  dataDir: string;
  options(overrides?: Partial<Options>): Options;
  crawl(seeds: string[], overrides?: Partial<Options>, extra?: Partial<DiscoveryInput>): Promise<DiscoveryResult>;
  catalog(): Catalog;
  stop(): Promise<void>;
}

/** A test world and a fresh data dir; politeness turned down so tests are quick. */
export async function startDiscoveryHarness(): Promise<DiscoveryHarness> {
  const world = await startWorld();
  const dataDir = await mkdtemp(join(tmpdir(), 'dw-disc-'));
  const options = (overrides: Partial<Options> = {}): Options =>
    loadOptions({
      env: {},
      configFile: null,
      overrides: {
        ...testDefaults,
        dataDir,
        proxy: world.proxyUrl,
        crawlSameDomainDelayMs: 0,
        crawlRequestsPerMinute: 100_000,
        searchRequestsPerSecond: 50,
        searxngUrl: world.search.searxngUrl,
        ...overrides,
      },
    });
  return {
    world,
    dataDir,
    options,
    crawl: (seeds, overrides = {}, extra = {}) => runDiscovery({ kind: 'crawl', options: options(overrides), seeds, ...extra }),
    catalog: () => new Catalog(dataDir),
    async stop() {
      await world.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
