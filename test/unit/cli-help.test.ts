import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { registerCommands } from '../../src/cli/command-registry.js';
import { commandPath, configureHelp } from '../../src/cli/help.js';

/** Every command and subcommand, as a user reaches them with "dijkwacht … --help". */
async function everyCommand(): Promise<Command[]> {
  const program = configureHelp(new Command().name('dijkwacht'));
  await registerCommands(program, []);
  const all: Command[] = [];
  const walk = (c: Command): void => {
    for (const sub of c.commands) {
      all.push(sub);
      walk(sub);
    }
  };
  walk(program);
  return all;
}

function helpOf(cmd: Command): string {
  let text = '';
  cmd.configureOutput({ writeOut: (s) => (text += s), writeErr: (s) => (text += s) });
  cmd.outputHelp();
  return text;
}

describe('--help of every command', () => {
  it('ends with an example and marks every required option and argument', async () => {
    const commands = await everyCommand();
    expect(commands.length).toBeGreaterThan(25);
    for (const cmd of commands) {
      const help = helpOf(cmd);
      expect(help, `dijkwacht ${commandPath(cmd)} --help`).toMatch(/\nExamples?:\n {2}dijkwacht /);
      for (const option of cmd.options.filter((o) => o.mandatory)) {
        const line = help.split('\n').find((l) => l.trimStart().startsWith(option.flags));
        expect(line, `${commandPath(cmd)} ${option.flags}`).toContain('(required)');
      }
    }
  });

  it('shows the default of an option that has one, and the absolute data directory', async () => {
    const commands = await everyCommand();
    const graph = commands.find((c) => commandPath(c) === 'graph')!;
    expect(helpOf(graph)).toMatch(/--format <format>\s+gexf or graphml \(default: "gexf"\)/);
    const sites = commands.find((c) => commandPath(c) === 'sites')!;
    expect(helpOf(sites).replace(/\s+/g, ' ')).toMatch(/--data-dir <dir> data root \(default: (\$DIJKWACHT_DATA_DIR, now )?\//);
  });
});
