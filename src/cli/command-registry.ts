import type { Command } from 'commander';

type Register = (program: Command) => void;

/**
 * Every command module, in the order `dijkwacht --help` lists them, with the command names it
 * registers. A run of one command loads only that command's module (start-up stays cheap whatever
 * the other commands import); help, an unknown name or no name loads them all.
 */
const MODULES: { names: string[]; load: () => Promise<Register> }[] = [
  { names: ['discover', 'crawl'], load: async () => (await import('./commands/discover.js')).registerDiscover },
  { names: ['classify'], load: async () => (await import('./commands/classify.js')).registerClassify },
  { names: ['sites', 'graph'], load: async () => (await import('./commands/sites.js')).registerSites },
  { names: ['review'], load: async () => (await import('./commands/review.js')).registerReview },
  { names: ['runs'], load: async () => (await import('./commands/runs.js')).registerRuns },
  { names: ['schedule'], load: async () => (await import('./commands/schedule.js')).registerSchedule },
  { names: ['domains'], load: async () => (await import('./commands/domains.js')).registerDomains },
  { names: ['operators'], load: async () => (await import('./commands/operators.js')).registerOperators },
  { names: ['keys'], load: async () => (await import('./commands/keys.js')).registerKeys },
  { names: ['capture'], load: async () => (await import('./commands/capture.js')).registerCapture },
  { names: ['verify'], load: async () => (await import('./commands/verify.js')).registerVerify },
  { names: ['refer'], load: async () => (await import('./commands/refer.js')).registerRefer },
  { names: ['notices'], load: async () => (await import('./commands/notices.js')).registerNotices },
  { names: ['cases'], load: async () => (await import('./commands/cases.js')).registerCases },
  { names: ['bundles'], load: async () => (await import('./commands/bundles.js')).registerBundles },
  { names: ['export'], load: async () => (await import('./commands/export.js')).registerExport },
  { names: ['unseal'], load: async () => (await import('./commands/unseal.js')).registerUnseal },
  { names: ['serve'], load: async () => (await import('./commands/serve.js')).registerServe },
  { names: ['report'], load: async () => (await import('./commands/report.js')).registerReport },
  { names: ['providers'], load: async () => (await import('./commands/providers.js')).registerProviders },
  { names: ['entity'], load: async () => (await import('./commands/entity.js')).registerEntity },
  { names: ['timestamp'], load: async () => (await import('./commands/timestamp.js')).registerTimestamp },
  { names: ['catalog'], load: async () => (await import('./commands/catalog.js')).registerCatalog },
  { names: ['worker'], load: async () => (await import('./commands/worker.js')).registerWorker },
  { names: ['queue'], load: async () => (await import('./commands/queue.js')).registerQueue },
  { names: ['config'], load: async () => (await import('./commands/config.js')).registerConfig },
];

/** The command names of every module (for tests and the README). */
export const COMMAND_NAMES: readonly string[] = MODULES.flatMap((m) => m.names);

/** Registers the command `args` names (its module only), or every command when it names none of them. */
export async function registerCommands(program: Command, args: readonly string[]): Promise<void> {
  const first = args[0];
  const one = first && !first.startsWith('-') ? MODULES.find((m) => m.names.includes(first)) : undefined;
  const chosen = one ? [one] : MODULES;
  const registers = await Promise.all(chosen.map((m) => m.load()));
  for (const register of registers) register(program);
}
