import type { Command } from 'commander';
import { describeOptions, publicOptions } from '../../options/index.js';
import { printJson, resolveOptions, withCommonOptions, type CommonFlags } from '../shared.js';

export function registerConfig(program: Command): void {
  withCommonOptions(
    program.command('config').description('show the effective configuration (secrets omitted) and every setting with its env var').option('--list', 'list all settings with defaults and docs'),
  ).action((flags: CommonFlags & { list?: boolean }) => {
    const options = resolveOptions(flags);
    if (flags.list) {
      const rows = describeOptions();
      if (flags.json) printJson(rows);
      else for (const r of rows) process.stdout.write(`${r.name} (${r.kind}; env ${r.env ?? '-'}; default ${JSON.stringify(r.default)})\n  ${r.doc}\n`);
      return;
    }
    printJson(publicOptions(options));
  });
}
