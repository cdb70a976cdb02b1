// npm run eval:classifier — precision, recall and the confusion matrix on the labelled corpus,
// through the real discovery path (HTTP first, browser for app shells) against the offline test world.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatEvaluation } from '../src/classify/index.js';
import { evaluateCorpus } from '../test/support/corpus-eval.js';
import { corpus, startWorld } from '../test/world/index.js';

const world = await startWorld();
const dataDir = await mkdtemp(join(tmpdir(), 'dw-eval-'));
try {
  const result = await evaluateCorpus(world, dataDir);
  const languages = new Set(corpus.map((p) => p.lang));
  console.log(`dijkwacht eval:classifier — ${corpus.length} pages, ${languages.size} languages (${[...languages].join(', ')}), ${result.browserPages} rendered in the browser, ${(result.durationMs / 1000).toFixed(1)} s\n`);
  console.log(formatEvaluation(result));
  const ok = result.precision >= 0.98 && result.recall >= 0.95;
  console.log(`\ntarget precision ≥ 0.98 and recall ≥ 0.95: ${ok ? 'met' : 'NOT MET'}`);
  process.exitCode = ok ? 0 : 1;
} finally {
  await world.stop();
  await rm(dataDir, { recursive: true, force: true });
}
