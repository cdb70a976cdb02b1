import type { Command } from 'commander';
import { createWriteStream } from 'node:fs';
import { Catalog, checkLabel, labelHistory, reviewSite, SqliteReviewRepository } from '../../catalog/index.js';
import { writeTrainingRecords } from '../training-export.js';
import { printJson, resolveOptions, withCommonOptions, type CommonFlags } from '../shared.js';

interface VerdictFlags extends CommonFlags {
  reviewer?: string;
  note?: string;
  label?: string;
}

export function registerReview(program: Command): void {
  const review = program.command('review').description('human review: a verdict wins over the classifier and is kept in the label history');
  withCommonOptions(
    review
      .command('list', { isDefault: true })
      .description('sites waiting for review: those where the rules and the learned model disagree (or the language is not in the lexicon) first')
      .option('--all', 'include sites labelled unrelated'),
  ).action(async (flags: CommonFlags & { all?: boolean }) => {
    const catalog = new Catalog(resolveOptions(flags).dataDir);
    try {
      const sites = await new SqliteReviewRepository(catalog).pending({ all: flags.all === true });
      if (flags.json) printJson(sites);
      else if (sites.length === 0) process.stdout.write('nothing waits for review\n');
      else {
        for (const s of sites) {
          const why = s.needsReview ? s.reviewReasons.map((r) => `    ! ${r}`) : [];
          process.stdout.write(`${s.label.padEnd(9)} ${s.score.toFixed(2)} ${s.domain}${s.needsReview ? '  [needs review]' : ''}\n${[...why, ...s.signals.filter((x) => !x.startsWith('needs review:')).slice(0, 4).map((x) => `    ${x}`)].join('\n')}\n`);
        }
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
  ).action(async (flags: CommonFlags & { out?: string }) => {
    const catalog = new Catalog(resolveOptions(flags).dataDir);
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
      .description(verdict === 'confirm' ? "confirm the classifier's label" : 'replace the label with a human one')
      .argument('<domain>', 'registrable domain')
      .requiredOption('--reviewer <name>', 'who reviews')
      .option('--note <text>', 'why');
    if (verdict === 'override') cmd.requiredOption('--label <label>', 'nudify, deepfake, directory or unrelated');
    withCommonOptions(cmd).action((domain: string, flags: VerdictFlags) => {
      const catalog = new Catalog(resolveOptions(flags).dataDir);
      try {
        const site = reviewSite(catalog, { domain, verdict, label: flags.label ? checkLabel(flags.label) : undefined, reviewer: flags.reviewer ?? '', note: flags.note ?? null });
        if (flags.json) printJson(site);
        else process.stdout.write(`${domain}: ${site.label} (${site.reviewStatus} by ${flags.reviewer})\n`);
      } finally {
        catalog.close();
      }
    });
  }
  withCommonOptions(review.command('history').description('the label history of a site').argument('<domain>', 'registrable domain')).action((domain: string, flags: CommonFlags) => {
    const catalog = new Catalog(resolveOptions(flags).dataDir);
    try {
      const history = labelHistory(catalog, domain);
      if (flags.json) printJson(history);
      else for (const h of history) process.stdout.write(`${h.at} ${h.label.padEnd(9)} ${h.source}${h.reviewer ? ` (${h.reviewer})` : ''}${h.note ? `: ${h.note}` : ''}\n`);
    } finally {
      catalog.close();
    }
  });
}
