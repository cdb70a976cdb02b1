import type { Command } from 'commander';
import { Catalog, diffRuns } from '../../catalog/index.js';
import { printJson, resolveOptions, withCommonOptions, type CommonFlags } from '../shared.js';

export function registerRuns(program: Command): void {
  const runs = program.command('runs').description('discovery runs: list, show, diff');
  withCommonOptions(runs.command('list', { isDefault: true }).description('every run with its status and counts')).action((flags: CommonFlags) => {
    const catalog = new Catalog(resolveOptions(flags).dataDir);
    try {
      const list = catalog.listRuns();
      if (flags.json) printJson(list);
      else for (const r of list) process.stdout.write(`${String(r.id).padStart(4)} ${r.name.padEnd(30)} ${r.status.padEnd(11)} ${r.startedAt} pages ${typeof r.stats.pages === 'number' ? r.stats.pages : '-'} sites ${JSON.stringify(r.stats.sitesByLabel ?? {})}\n`);
    } finally {
      catalog.close();
    }
  });
  withCommonOptions(runs.command('show').description('one run: configuration, counts and failures').argument('<run>', 'name or id')).action((run: string, flags: CommonFlags) => {
    const catalog = new Catalog(resolveOptions(flags).dataDir);
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
  withCommonOptions(runs.command('diff').description('new sites, sites gone offline, label changes and moved domains between two runs').argument('<a>', 'earlier run').argument('<b>', 'later run')).action(
    (a: string, b: string, flags: CommonFlags) => {
      const catalog = new Catalog(resolveOptions(flags).dataDir);
      try {
        const d = diffRuns(catalog, a, b);
        if (flags.json) printJson(d);
        else {
          process.stdout.write(`${d.from} → ${d.to}\n`);
          for (const s of d.newSites) process.stdout.write(`  new       ${s.label.padEnd(9)} ${s.domain}\n`);
          for (const s of d.goneOffline) process.stdout.write(`  offline   ${s.label.padEnd(9)} ${s.domain}\n`);
          for (const c of d.labelChanges) process.stdout.write(`  relabel   ${c.domain}: ${c.from} → ${c.to}\n`);
          for (const m of d.moves) process.stdout.write(`  moved     ${m.from} → ${m.to} (${m.evidence})\n`);
          if (d.notRevisited.length) process.stdout.write(`  not revisited: ${d.notRevisited.map((s) => s.domain).join(', ')}\n`);
        }
      } finally {
        catalog.close();
      }
    },
  );
}
