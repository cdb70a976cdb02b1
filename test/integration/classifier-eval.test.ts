import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { evaluateCorpus } from '../support/corpus-eval.js';
import { corpus, startWorld, type World } from '../world/index.js';

let world: World;
let dir: string;
beforeAll(async () => {
  world = await startWorld();
  dir = await mkdtemp(join(tmpdir(), 'dw-evaltest-'));
});
afterAll(async () => {
  await world?.stop();
  await rm(dir, { recursive: true, force: true });
});

it('the labelled corpus covers the required ground', () => {
  expect(corpus.length).toBeGreaterThanOrEqual(100);
  expect(new Set(corpus.map((p) => p.lang)).size).toBeGreaterThanOrEqual(6);
  for (const kind of ['news', 'ngo', 'government', 'academic', 'encyclopedia', 'blocklist', 'photo-tool', 'sfw-faceswap', 'lingerie-shop', 'adult-site', 'image-generator']) {
    expect(corpus.filter((p) => p.kind === kind && p.label === 'unrelated').length, kind).toBeGreaterThanOrEqual(2);
  }
  expect(corpus.filter((p) => p.kind === 'evasion').length).toBeGreaterThanOrEqual(3);
  expect(corpus.filter((p) => p.jsOnly).length).toBeGreaterThanOrEqual(2);
});

it('classifies the corpus through the discovery path with precision ≥ 0.98 and recall ≥ 0.95 on services', async () => {
  const result = await evaluateCorpus(world, dir);
  expect(result.total).toBe(corpus.length);
  expect(result.browserPages).toBeGreaterThanOrEqual(2);
  expect(result.precision, JSON.stringify(result.mistakes)).toBeGreaterThanOrEqual(0.98);
  expect(result.recall, JSON.stringify(result.mistakes)).toBeGreaterThanOrEqual(0.95);
});
