import type { EventEmitter } from 'node:events';
import { Help, type Command, type Option, type Argument } from 'commander';

/**
 * One example per command, for commands that do not add their own with
 * `.addHelpText('after', '\nExample:\n  dijkwacht …')` (a command's own example wins).
 */
const FALLBACK_EXAMPLES: Record<string, string> = {
  catalog: 'dijkwacht catalog status',
  worker: 'dijkwacht worker --roles lookup --concurrency 4',
  queue: 'dijkwacht queue status',
  discover: 'dijkwacht discover --engine searxng --searxng-url http://127.0.0.1:8888 --queries queries/nl.txt',
  crawl: 'dijkwacht crawl --seed https://example.test/ --max-depth 1',
  classify: 'dijkwacht classify https://example.test/',
  sites: 'dijkwacht sites --label nudify --country NL --review pending',
  graph: 'dijkwacht graph --out sites.gexf --format gexf',
  review: 'dijkwacht review list --label nudify --compact',
  'review list': 'dijkwacht review list --label nudify --compact',
  'review confirm': 'dijkwacht review confirm www.example.test --reviewer "A. Analyst"',
  'review override': 'dijkwacht review override https://example.test/page --label unrelated --reviewer "A. Analyst" --note "a photo editor, no undressing"',
  'review history': 'dijkwacht review history example.test',
  'review export-training': 'dijkwacht review export-training --out verdicts.jsonl',
  runs: 'dijkwacht runs list',
  'runs list': 'dijkwacht runs list --json',
  'runs show': 'dijkwacht runs show 3',
  'runs diff': 'dijkwacht runs diff 2 3 --label nudify',
  schedule: 'dijkwacht schedule --config dijkwacht.config.json',
  domains: 'dijkwacht domains example.test',
  operators: 'dijkwacht operators --max-share 25',
  keys: 'dijkwacht keys init --name "Collector" --org "Example NGO"',
  capture: 'dijkwacht capture https://example.test/ --case CASE-1',
  verify: 'dijkwacht verify ~/.local/share/dijkwacht/bundles/BUNDLE_ID',
  refer: 'dijkwacht refer --to sidn --domain example.nl --case CASE-1',
  notices: 'dijkwacht notices due',
  cases: 'dijkwacht cases',
  bundles: 'dijkwacht bundles',
  export: 'dijkwacht export --case CASE-1 --out case-1.zip',
  unseal: 'dijkwacht unseal BUNDLE_DIR --key custodian-private.pem --out originals --reason "court order 123"',
  serve: 'dijkwacht serve --port 0',
  report: 'dijkwacht report --period 2026Q1 --format html,pdf --out report',
  providers: 'dijkwacht providers',
  entity: 'dijkwacht entity',
  timestamp: 'dijkwacht timestamp BUNDLE_DIR',
  config: 'dijkwacht config',
};

/** The command's words after "dijkwacht", e.g. "runs diff". */
export function commandPath(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c?.parent; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

function hasOwnExample(cmd: Command): boolean {
  // addHelpText('after', …) registers an afterHelp listener on the command.
  return (cmd as unknown as EventEmitter).listenerCount('afterHelp') > 0;
}

/**
 * Help that a newcomer can act on, for every command (configured once on the program and inherited
 * by each command created after it): required options say "(required)", defaults are shown, and
 * each command ends with one example.
 */
export function configureHelp(program: Command): Command {
  return program.configureHelp({
    optionDescription(this: Help, option: Option): string {
      const base = Help.prototype.optionDescription.call(this, option);
      return option.mandatory && !/\(required\)/.test(base) ? `(required) ${base}` : base;
    },
    argumentDescription(this: Help, argument: Argument): string {
      const base = Help.prototype.argumentDescription.call(this, argument);
      return argument.required && !/\(required\)/.test(base) ? `(required) ${base}` : base;
    },
    formatHelp(this: Help, cmd: Command, helper: Help): string {
      const text = Help.prototype.formatHelp.call(this, cmd, helper);
      if (!cmd.parent || hasOwnExample(cmd)) return text;
      const example = FALLBACK_EXAMPLES[commandPath(cmd)] ?? `dijkwacht ${commandPath(cmd)} --help`;
      return `${text}\nExample:\n  ${example}\n`;
    },
  });
}
