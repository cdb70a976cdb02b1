import type { Command } from 'commander';

// Placeholder registration; the part that owns this command replaces it. Heavy modules are imported
// inside the action (await import), so loading the CLI stays cheap.
export function registerProviders(program: Command): void {
  program.command('providers').description('providers ranked by how they answer notices (not built yet)').action(() => {
    process.stderr.write('dijkwacht providers: not built yet\n');
    process.exitCode = 2;
  });
}
