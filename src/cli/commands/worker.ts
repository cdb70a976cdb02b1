import type { Command } from 'commander';

/** Placeholder: filled in by the issue-15 work. */
export function registerWorker(program: Command): void {
  program.command('worker').description('(not yet available)').action(() => {
    process.stderr.write('dijkwacht worker: not yet available in this build\n');
    process.exitCode = 2;
  });
}
