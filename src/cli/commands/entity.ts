import type { Command } from 'commander';

// Placeholder registration; the part that owns this command replaces it. Heavy modules are imported
// inside the action (await import), so loading the CLI stays cheap.
export function registerEntity(program: Command): void {
  program.command('entity').description('the legal entity a service claims, with sources (not built yet)').action(() => {
    process.stderr.write('dijkwacht entity: not built yet\n');
    process.exitCode = 2;
  });
}
