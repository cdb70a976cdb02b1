import type { Command } from 'commander';
import { printJson, resolveOptions, withCommonOptions, type CommonFlags } from '../shared.js';

interface VerdictFlags extends CommonFlags {
  reviewer?: string;
  note?: string;
  label?: string;
}

interface ListFlags extends CommonFlags {
  all?: boolean;
  label?: string;
  compact?: boolean;
  interactive?: boolean;
  reviewer?: string;
}

export function registerReview(program: Command): void {
  const review = program.command('review').description('human review: a verdict wins over the classifier and is kept in the label history');
  withCommonOptions(
    review
      .command('list', { isDefault: true })
      .description('sites waiting for review: those where the rules and the learned model disagree (or the language is not in the lexicon) first')
      .option('--all', 'include sites labelled unrelated')
      .option('--label <label>', 'only sites with this label: nudify, deepfake, directory or unrelated')
      .option('--compact', 'one line per site')
      .option('-i, --interactive', 'on a terminal: each site in turn, one key to confirm (c), override (o), skip (s) or quit (q); needs --reviewer')
      .option('--reviewer <name>', 'who reviews (with --interactive)'),
  )
    .addHelpText('after', '\nExample:\n  dijkwacht review list --label nudify --compact\n  dijkwacht review list --interactive --reviewer "A. Analyst"')
    .action(async (flags: ListFlags) => {
      const options = resolveOptions(flags);
      const [{ Catalog, SqliteReviewRepository, checkLabel, reviewSite }, { reviewLines, runReviewLoop }, { streamJsonArray, streamLines }, { UsageError }] = await Promise.all([
        import('../../catalog/index.js'),
        import('../review-loop.js'),
        import('../stream-out.js'),
        import('../../core/errors.js'),
      ]);
      if (flags.interactive) {
        if (!process.stdin.isTTY || !process.stdout.isTTY) throw new UsageError('review --interactive needs a terminal; without one, use "dijkwacht review confirm DOMAIN --reviewer NAME" per site.');
        if (!flags.reviewer?.trim()) throw new UsageError('review --interactive needs the reviewer\'s name: add --reviewer NAME.');
        if (flags.json) throw new UsageError('review --interactive and --json do not go together: drop --json.');
      }
      const catalog = new Catalog(options.dataDir);
      try {
        const sites = await new SqliteReviewRepository(catalog).pending({ all: flags.all === true, label: flags.label ? checkLabel(flags.label) : null });
        if (flags.json) {
          await streamJsonArray(sites);
          return;
        }
        if (sites.length === 0) {
          process.stdout.write(`nothing waits for review${flags.label ? ` with label ${flags.label}` : ''} (catalog at ${options.dataDir})\n`);
          return;
        }
        if (!flags.interactive) {
          await streamLines(sites.flatMap((s) => reviewLines(s, flags.compact === true)));
          return;
        }
        const { ttyInput } = await import('../tty-input.js');
        const input = ttyInput();
        try {
          const reviewer = flags.reviewer!.trim();
          const r = await runReviewLoop(sites, input, (t) => process.stdout.write(t), (v) => reviewSite(catalog, { ...v, reviewer }));
          process.stdout.write(`\n${r.confirmed} confirmed, ${r.overridden} overridden, ${r.skipped} skipped${r.quit ? ', stopped early' : ''}\n`);
        } finally {
          input.close();
        }
      } finally {
        catalog.close();
      }
    });
  withCommonOptions(
    review
      .command('export-training')
      .description('write confirmed and overridden verdicts, with their pages\' text (never images), as training records for `npm run train:classifier -- --extra FILE`')
      .option('--out <file>', 'write JSON Lines here instead of standard output'),
  )
    .addHelpText('after', '\nExample:\n  dijkwacht review export-training --out verdicts.jsonl')
    .action(async (flags: CommonFlags & { out?: string }) => {
      const options = resolveOptions(flags);
      const [{ createWriteStream }, { Catalog, SqliteReviewRepository }, { writeTrainingRecords }] = await Promise.all([import('node:fs'), import('../../catalog/index.js'), import('../training-export.js')]);
      const catalog = new Catalog(options.dataDir);
      try {
        const out = flags.out ? createWriteStream(flags.out, { flags: 'wx', mode: 0o600 }) : process.stdout;
        const result = await writeTrainingRecords(new SqliteReviewRepository(catalog), out);
        if (flags.out) await new Promise<void>((resolve, reject) => (out as ReturnType<typeof createWriteStream>).end((error?: Error | null) => (error ? reject(error) : resolve())));
        const note = `${result.written} training record(s)${flags.out ? ` written to ${flags.out}` : ''}${result.withoutText.length > 0 ? `; ${result.withoutText.length} reviewed site(s) have no stored page text and were left out: ${result.withoutText.slice(0, 10).join(', ')}` : ''}\n`;
        process.stderr.write(note);
      } finally {
        catalog.close();
      }
    });
  for (const verdict of ['confirm', 'override'] as const) {
    const cmd = review
      .command(verdict)
      .description(verdict === 'confirm' ? "confirm the classifier's label" : 'replace the label with a human one (a note saying why is required)')
      .argument('<site>', 'registrable domain, a www. name or a URL of the site')
      .requiredOption('--reviewer <name>', 'who reviews');
    if (verdict === 'override') cmd.requiredOption('--label <label>', 'nudify, deepfake, directory or unrelated').requiredOption('--note <text>', 'why the label is replaced');
    else cmd.option('--note <text>', 'why');
    withCommonOptions(cmd)
      .addHelpText(
        'after',
        verdict === 'confirm'
          ? '\nExample:\n  dijkwacht review confirm www.example.test --reviewer "A. Analyst"'
          : '\nExample:\n  dijkwacht review override https://example.test/app --label unrelated --reviewer "A. Analyst" --note "a photo editor, no undressing"',
      )
      .action(async (site: string, flags: VerdictFlags) => {
        const options = resolveOptions(flags);
        const [{ Catalog, checkLabel, reviewSite }, { UsageError }] = await Promise.all([import('../../catalog/index.js'), import('../../core/errors.js')]);
        if (verdict === 'override' && !flags.note?.trim()) throw new UsageError('An override needs a note saying why: add --note "…".');
        const catalog = new Catalog(options.dataDir);
        try {
          const listing = reviewSite(catalog, { domain: site, verdict, label: flags.label ? checkLabel(flags.label) : undefined, reviewer: flags.reviewer ?? '', note: flags.note ?? null });
          if (flags.json) printJson(listing);
          else process.stdout.write(`${listing.domain}: ${listing.label} (${listing.reviewStatus} by ${flags.reviewer})\n`);
        } finally {
          catalog.close();
        }
      });
  }
  withCommonOptions(review.command('history').description('the label history of a site').argument('<site>', 'registrable domain, a www. name or a URL of the site'))
    .addHelpText('after', '\nExample:\n  dijkwacht review history example.test')
    .action(async (site: string, flags: CommonFlags) => {
      const options = resolveOptions(flags);
      const { Catalog, catalogDomain, labelHistory } = await import('../../catalog/index.js');
      const catalog = new Catalog(options.dataDir);
      try {
        const history = labelHistory(catalog, catalog.site(site) ? site : catalogDomain(site));
        if (flags.json) printJson(history);
        else for (const h of history) process.stdout.write(`${h.at} ${h.label.padEnd(9)} ${h.source}${h.reviewer ? ` (${h.reviewer})` : ''}${h.note ? `: ${h.note}` : ''}\n`);
      } finally {
        catalog.close();
      }
    });
}
