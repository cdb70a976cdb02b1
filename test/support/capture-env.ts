import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { captureUrls, type CaptureResult } from '../../src/capture/index.js';
import { initKeys } from '../../src/evidence/index.js';
import { loadOptions, testDefaults, type Options } from '../../src/options/index.js';
import { startWorld, type World, type WorldOptions } from '../world/index.js';

export interface Harness {
  world: World;
  dataDir: string;
  options(overrides?: Partial<Options>): Options;
  capture(urls: string[], overrides?: Partial<Options>): Promise<CaptureResult[]>;
  captureOk(url: string, overrides?: Partial<Options>, caseId?: string | null): Promise<Extract<CaptureResult, { ok: true }>>;
  stop(): Promise<void>;
}

/** A test world, a data dir with fresh keys, and options pointing at both (through the world's proxy). */
export async function startHarness(worldOptions: WorldOptions = {}): Promise<Harness> {
  const world = await startWorld(worldOptions);
  const dataDir = await mkdtemp(join(tmpdir(), 'dw-test-'));
  await initKeys({ dataDir, name: 'dijkwacht test collector', organisation: 'Test NGO' });
  const options = (overrides: Partial<Options> = {}): Options =>
    loadOptions({
      env: {},
      configFile: null,
      overrides: { ...testDefaults, dataDir, proxy: world.proxyUrl, tsaUrls: [world.tsa.url], caFile: world.webCaFile, settleMs: 300, ...overrides },
    });
  const capture = (urls: string[], overrides: Partial<Options> = {}, caseId: string | null = null) => captureUrls({ urls, options: options(overrides), caseId });
  return {
    world,
    dataDir,
    options,
    capture,
    async captureOk(url, overrides, caseId) {
      const [result] = await capture([url], overrides, caseId ?? null);
      if (!result?.ok) throw new Error(`capture of ${url} gave no bundle: ${result ? result.error : 'no result'}`);
      return result;
    },
    async stop() {
      await world.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
