// npm run eval:classifier — site-level precision and recall with 95% intervals per split, per label and
// per language, the confusion matrix and the rules-vs-model disagreement rate, through the real
// discovery path (HTTP first, the browser for app shells, the fetch plan) against the offline test world.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatEvaluation } from '../src/classify/index.js';
import { evaluateCorpus } from '../test/support/corpus-eval.js';
import { corpusSites, startWorld } from '../test/world/index.js';
import { FROZEN } from '../test/world/corpus/frozen.js';
import { FRESH_ROUNDS } from '../test/world/corpus/index.js';
import { evaluate } from '../src/classify/index.js';

const world = await startWorld();
const dataDir = await mkdtemp(join(tmpdir(), 'dw-eval-'));
try {
  const result = await evaluateCorpus(world, dataDir);
  const languages = new Set(corpusSites.map((s) => s.lang));
  console.log(`dijkwacht eval:classifier — ${corpusSites.length} sites, ${result.pages} pages read (${result.browserPages} in the browser), ${languages.size} languages, ${(result.durationMs / 1000).toFixed(1)} s`);
  console.log(`test slice frozen ${FROZEN.frozenAt} (${FROZEN.hosts.length} sites); neither the rules nor the model are tuned on it\n`);
  for (const split of ['train', 'dev', 'test'] as const) {
    const e = result.bySplit[split];
    if (!e) continue;
    console.log(`=== ${split} ===`);
    // The frozen slice's mistakes are not printed: reading them is how a test slice stops being one.
    console.log(formatEvaluation(e, { mistakes: split !== 'test' }));
    console.log('');
  }
  // Writer-held-out rounds (part of dev): how the classifier did on writers it had never seen.
  for (const round of FRESH_ROUNDS) {
    const items = result.items.filter((i) => round.authors.includes(i.author));
    if (items.length === 0) continue;
    const e = evaluate(items);
    console.log(`${round.name}: ${items.length} sites, service precision ${e.servicePrecision.value.toFixed(3)}, recall ${e.serviceRecall.value.toFixed(3)}, exact ${e.accuracy.toFixed(3)}`);
  }
  const test = result.bySplit.test;
  const negativesAsService = result.items.filter((i) => i.split === 'test' && i.expected === 'unrelated' && (i.got === 'nudify' || i.got === 'deepfake')).length;
  const ok = !!test && test.servicePrecision.value >= 0.98 && test.serviceRecall.value >= 0.95 && negativesAsService === 0 && test.perLabel.directory.value >= 0.9;
  console.log(`targets on the frozen test slice (service precision ≥ 0.98, recall ≥ 0.95, no hard negative as a service, directories ≥ 0.9 exact): ${ok ? 'met' : 'NOT MET'}`);
  process.exitCode = ok ? 0 : 1;
} finally {
  await world.stop();
  await rm(dataDir, { recursive: true, force: true });
}
