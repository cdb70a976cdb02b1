import type { Command } from 'commander';

// Placeholder registration; the part that owns this command replaces it. Heavy modules are imported
// inside the action (await import), so loading the CLI stays cheap.
export function registerServe(program: Command): void {
  program.command('serve').description('the local web workspace (review, dashboards, cases, notices, graph) (not built yet)').action(() => {
    process.stderr.write('dijkwacht serve: not built yet\n');
    process.exitCode = 2;
  });
}
