import type { Command } from 'commander';

/** Placeholder: filled in by the issue-15 work. */
export function registerCatalog(program: Command): void {
  program.command('catalog').description('(not yet available)').action(() => {
    process.stderr.write('dijkwacht catalog: not yet available in this build\n');
    process.exitCode = 2;
  });
}
