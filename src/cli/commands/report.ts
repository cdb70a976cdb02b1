import type { Command } from 'commander';

// Placeholder registration; the part that owns this command replaces it. Heavy modules are imported
// inside the action (await import), so loading the CLI stays cheap.
export function registerReport(program: Command): void {
  program.command('report').description('period reports with plots (HTML, PDF, JSON, CSV) (not built yet)').action(() => {
    process.stderr.write('dijkwacht report: not built yet\n');
    process.exitCode = 2;
  });
}
