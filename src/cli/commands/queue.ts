import type { Command } from 'commander';

/** Placeholder: filled in by the issue-15 work. */
export function registerQueue(program: Command): void {
  program.command('queue').description('(not yet available)').action(() => {
    process.stderr.write('dijkwacht queue: not yet available in this build\n');
    process.exitCode = 2;
  });
}
