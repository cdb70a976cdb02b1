import type { Command } from 'commander';
import type { RunDiff } from '../../catalog/index.js';
import { printJson, resolveOptions, withCommonOptions, type CommonFlags } from '../shared.js';

export function registerRuns(program: Command): void {
  const runs = program.command('runs').description('discovery runs: list, show, diff');
  withCommonOptions(runs.command('list', { isDefault: true }).description('every run with its status and counts'))
    .addHelpText('after', '\nExample:\n  dijkwacht runs list --json')
    .action(async (flags: CommonFlags) => {
      const options = resolveOptions(flags);
      const { Catalog } = await import('../../catalog/index.js');
      const catalog = new Catalog(options.dataDir);
      try {
        const list = catalog.listRuns();
        if (flags.json) printJson(list);
        else if (list.length === 0) process.stdout.write(`no runs yet in the catalog at ${options.dataDir}: run "dijkwacht discover" or "dijkwacht crawl"\n`);
        else for (const r of list) process.stdout.write(`${String(r.id).padStart(4)} ${r.name.padEnd(30)} ${r.status.padEnd(11)} ${r.startedAt} pages ${typeof r.stats.pages === 'number' ? r.stats.pages : '-'} sites ${JSON.stringify(r.stats.sitesByLabel ?? {})}\n`);
      } finally {
        catalog.close();
      }
    });
  withCommonOptions(runs.command('show').description('one run: configuration, counts and failures').argument('<run>', 'name or id'))
    .addHelpText('after', '\nExample:\n  dijkwacht runs show 3')
    .action(async (run: string, flags: CommonFlags) => {
      const options = resolveOptions(flags);
      const { Catalog } = await import('../../catalog/index.js');
      const catalog = new Catalog(options.dataDir);
      try {
        const r = catalog.run(run);
        const failures = catalog.failures(r.id);
        if (flags.json) printJson({ ...r, failures });
        else {
          process.stdout.write(`${r.name} (${r.kind}, ${r.status}) ${r.startedAt} → ${r.endedAt ?? '…'}\n  stats ${JSON.stringify(r.stats)}\n  robots.txt respected: ${String(r.config.respectRobotsTxt)}\n`);
          if (typeof r.stats.failure === 'string') process.stdout.write(`  run failed: ${r.stats.failure}\n`);
          for (const f of failures.filter((x) => x.what !== 'run' || x.reason !== r.stats.failure)) process.stdout.write(`  failed ${f.what}${f.url ? ` ${f.url}` : ''}: ${f.reason}\n`);
        }
      } finally {
        catalog.close();
      }
    });
  withCommonOptions(
    runs
      .command('diff')
      .description('between two runs: counts first, then new sites (services first), sites gone offline, label changes and moved domains')
      .argument('<a>', 'earlier run (name or id)')
      .argument('<b>', 'later run (name or id)')
      .option('--label <label>', 'only changes that involve this label: nudify, deepfake, directory or unrelated'),
  )
    .addHelpText('after', '\nExample:\n  dijkwacht runs diff nightly-2026-03-01 nightly-2026-03-02 --label nudify')
    .action(async (a: string, b: string, flags: CommonFlags & { label?: string }) => {
      const options = resolveOptions(flags);
      const [{ Catalog, checkLabel, diffCounts, diffRuns, focusDiff }, { streamJsonObject, streamLines }] = await Promise.all([import('../../catalog/index.js'), import('../stream-out.js')]);
      const catalog = new Catalog(options.dataDir);
      try {
        const label = flags.label ? checkLabel(flags.label) : null;
        const d = focusDiff(diffRuns(catalog, a, b), label, (domain) => catalog.site(domain)?.label ?? null);
        const counts = diffCounts(d);
        if (flags.json) {
          await streamJsonObject([['from', d.from], ['to', d.to], ['label', label], ['counts', counts], ['newSites', d.newSites], ['goneOffline', d.goneOffline], ['notRevisited', d.notRevisited], ['labelChanges', d.labelChanges], ['moves', d.moves]]);
          return;
        }
        const head = `${d.from} → ${d.to}${label ? ` (${label} only)` : ''}: ${counts.newSites} new (${counts.newServices} services), ${counts.goneOffline} offline, ${counts.labelChanges} relabelled, ${counts.moves} moved, ${counts.notRevisited} not revisited`;
        await streamLines(diffLines(head, d));
      } finally {
        catalog.close();
      }
    });
}

function* diffLines(head: string, d: RunDiff): Generator<string> {
  yield head;
  for (const s of d.newSites) yield `  new       ${s.label.padEnd(9)} ${s.domain}`;
  for (const s of d.goneOffline) yield `  offline   ${s.label.padEnd(9)} ${s.domain}`;
  for (const c of d.labelChanges) yield `  relabel   ${c.domain}: ${c.from} → ${c.to}`;
  for (const m of d.moves) yield `  moved     ${m.from} → ${m.to} (${m.evidence})`;
  if (d.notRevisited.length) yield `  not revisited: ${d.notRevisited.map((s) => s.domain).join(', ')}`;
}
