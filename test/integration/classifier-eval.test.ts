import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { evaluateCorpus } from '../support/corpus-eval.js';
import { SHAPES } from '../world/corpus/site-kit.js';
import { corpusSites, splitOf, startWorld, type World } from '../world/index.js';

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

const written = corpusSites.filter((s) => s.author !== 'legacy');

it('the corpus looks like the web: 400+ multi-page sites, 12+ languages, every shape of service, directory and hard negative', () => {
  expect(written.length).toBeGreaterThanOrEqual(400);
  expect(new Set(written.map((s) => s.lang)).size).toBeGreaterThanOrEqual(12);
  for (const [label, shapes] of Object.entries(SHAPES)) {
    for (const shape of shapes) expect(written.filter((s) => s.label === label && s.shape === shape).length, `${label}/${shape}`).toBeGreaterThanOrEqual(2);
  }
  expect(written.filter((s) => s.pages.some((p) => p.jsOnly)).length).toBeGreaterThanOrEqual(5);
  const test = written.filter((s) => splitOf(s) === 'test');
  expect(test.length).toBeGreaterThanOrEqual(60);
  for (const label of ['nudify', 'deepfake', 'directory', 'unrelated'] as const) expect(test.filter((s) => s.label === label).length, label).toBeGreaterThanOrEqual(8);
});

it('labels the frozen test slice through the discovery path (fetch plan on) above the floor', async () => {
  const run = await evaluateCorpus(world, dir, written.filter((s) => splitOf(s) === 'test'));
  const test = run.bySplit.test!;
  expect(run.browserPages).toBeGreaterThanOrEqual(1);
  // Floors, not targets: the targets and the figures are in the eval:classifier report.
  expect(test.servicePrecision.value).toBeGreaterThanOrEqual(FLOOR.precision);
  expect(test.serviceRecall.value).toBeGreaterThanOrEqual(FLOOR.recall);
  expect(test.perLabel.directory.value).toBeGreaterThanOrEqual(FLOOR.directory);
  const negativesAsServices = run.items.filter((i) => i.expected === 'unrelated' && (i.got === 'nudify' || i.got === 'deepfake'));
  expect(negativesAsServices.length).toBeLessThanOrEqual(FLOOR.negativesAsServices);
});

// Regression floors just below the figures measured on 2026-12-02 (service precision 0.943, recall 0.943,
// directories 0.9 exact, 2 hard negatives as services); the targets (0.98, 0.95, 0.9, none) are reported by eval:classifier.
const FLOOR = { precision: 0.92, recall: 0.9, directory: 0.8, negativesAsServices: 2 };
