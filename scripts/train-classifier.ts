// npm run train:classifier [-- --extra FILE ...] [--out PATH] [--created-at ISO]
// Trains the learned second-opinion classifier on the train split of the corpus (plus analysts'
// review exports given with --extra), writes data/classifier-model.json and prints how the model
// alone does on the train and dev splits.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ExitCode } from '../src/cli/exit-codes.js';
import { LABELS, type Label } from '../src/classify/labels.js';
import { Model, defaultModelPath, parseTrainingRecords, serializeModel, trainModel, type TrainingSite } from '../src/classify/model/index.js';
import { pageParts } from '../src/classify/page-parts.js';
import { UsageError, describeError } from '../src/core/errors.js';
import { corpusSites, renderCorpusPage, splitOf, type CorpusSite, type Split } from '../test/world/corpus/index.js';

function corpusTrainingSite(site: CorpusSite): TrainingSite {
  // The page as a browser shows it: app-shell bodies are written in as their script would.
  const pages = site.pages.map((page) => pageParts(`http://${site.host}${page.path}`, renderCorpusPage(site, { ...page, jsOnly: false }).html));
  return { id: site.host, label: site.label, lang: site.lang, pages, source: 'corpus' };
}

interface Figures {
  sites: number;
  accuracy: number;
  precision: number;
  recall: number;
}

const isService = (label: Label): boolean => label === 'nudify' || label === 'deepfake';

function evaluate(model: Model, sites: readonly TrainingSite[]): Figures {
  let correct = 0;
  let truePositive = 0;
  let predicted = 0;
  let actual = 0;
  for (const site of sites) {
    const opinion = model.scoreSite(site.pages.map((p) => model.scorePage(p)));
    if (opinion.label === site.label) correct++;
    if (isService(opinion.label)) predicted++;
    if (isService(site.label)) actual++;
    if (isService(opinion.label) && isService(site.label)) truePositive++;
  }
  const ratio = (a: number, b: number): number => (b === 0 ? Number.NaN : a / b);
  return { sites: sites.length, accuracy: ratio(correct, sites.length), precision: ratio(truePositive, predicted), recall: ratio(truePositive, actual) };
}

function main(): void {
  let args;
  try {
    args = parseArgs({ options: { extra: { type: 'string', multiple: true, default: [] }, out: { type: 'string', default: defaultModelPath }, 'created-at': { type: 'string' } }, strict: true });
  } catch (error) {
    throw new UsageError(`${describeError(error)} (usage: npm run train:classifier -- [--extra FILE ...] [--out PATH] [--created-at ISO]).`, { cause: error });
  }
  const createdAt = args.values['created-at'] ?? new Date().toISOString();
  if (Number.isNaN(Date.parse(createdAt))) throw new UsageError(`--created-at "${createdAt}" is not a date.`);

  const bySplit = new Map<Split, TrainingSite[]>([['train', []], ['dev', []], ['test', []]]);
  for (const site of corpusSites) bySplit.get(splitOf(site))!.push(corpusTrainingSite(site));
  const heldOut = new Set(corpusSites.filter((s) => splitOf(s) !== 'train').map((s) => s.host));
  const training = new Map(bySplit.get('train')!.map((s) => [s.id, s]));
  for (const file of args.values.extra) {
    let content: string;
    try {
      content = readFileSync(file, 'utf8');
    } catch (error) {
      throw new UsageError(`The training records file ${file} cannot be read.`, { cause: error });
    }
    // A reviewed site that is also a held-out corpus site would leak into the dev figures.
    for (const site of parseTrainingRecords(file, content)) if (!heldOut.has(site.id)) training.set(site.id, site);
  }

  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const file = trainModel([...training.values()], { createdAt });
  const trainMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuStarted);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const text = serializeModel(file);
  try {
    writeFileSync(args.values.out, text);
  } catch (error) {
    throw new UsageError(`The model cannot be written to ${args.values.out}.`, { cause: error });
  }
  const model = new Model(JSON.parse(text));

  const perLabel = LABELS.map((l) => `${l} ${file.trainedOn.perLabel[l]}`).join(', ');
  const pct = (x: number): string => (Number.isNaN(x) ? '   -  ' : `${(x * 100).toFixed(1).padStart(5)}%`);
  const rows = (['train', 'dev'] as const).map((split) => {
    const sites = split === 'train' ? [...training.values()] : bySplit.get(split)!;
    const f = evaluate(model, sites);
    return `  ${split.padEnd(6)} ${String(f.sites).padStart(5)}  ${pct(f.accuracy)}   ${pct(f.precision)}   ${pct(f.recall)}`;
  });
  console.log(
    [
      `dijkwacht train:classifier — ${training.size} training sites (${perLabel}), ${Object.keys(file.trainedOn.languages).length} languages`,
      `  features kept ${Object.keys(file.weights).length}, trained in ${(trainMs / 1000).toFixed(1)} s (CPU ${(cpuMs / 1000).toFixed(1)} s), ${args.values.out} ${(statSync(args.values.out).size / 1024).toFixed(0)} KiB`,
      '',
      '  split  sites  accuracy  service precision / recall (model alone)',
      ...rows,
    ].join('\n'),
  );
}

try {
  main();
} catch (error) {
  console.error(`train:classifier: ${describeError(error)}`);
  process.exitCode = error instanceof UsageError ? ExitCode.Usage : ExitCode.Failure;
}
