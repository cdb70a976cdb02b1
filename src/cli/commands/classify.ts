import type { Command } from 'commander';
import { printJson, resolveOptions, withCommonOptions, type CommonFlags } from '../shared.js';

interface ClassifyFlags extends CommonFlags {
  proxy?: string;
  allowPrivateNetwork?: boolean;
}

export function registerClassify(program: Command): void {
  withCommonOptions(
    program
      .command('classify')
      .description('classify the site of one URL: the page and the role pages its fetch plan reads (pricing, modes, order, app …), HTTP first, the browser if text is rendered by script')
      .argument('<url>', 'the page')
      .option('--proxy <url>', 'route traffic through this proxy')
      .option('--allow-private-network', 'allow loopback/private addresses'),
  ).action(async (url: string, flags: ClassifyFlags) => {
    const options = resolveOptions(flags, { proxy: flags.proxy, allowPrivateNetwork: flags.allowPrivateNetwork ? true : undefined });
    const { classifyUrl } = await import('../../discover/index.js');
    const r = await classifyUrl(url, options);
    if (flags.json) {
      printJson({ url: r.url, label: r.label, score: r.score, needsReview: r.needsReview, signals: r.signals, finalUrl: r.finalUrl, via: r.via, error: r.error, pages: r.pages });
    } else if (r.error || !r.label) {
      process.stdout.write(`could not classify ${r.url}: ${r.error ?? 'no page'}\n`);
    } else {
      const read = r.pages.length > 1 ? `\n  pages read: ${r.pages.map((p) => `${p.url} (${p.label ?? p.error ?? '?'})`).join(', ')}` : '';
      process.stdout.write(`${r.label} (score ${r.score})${r.needsReview ? ' [needs review]' : ''} ${r.url}${r.via === 'browser' ? ' [rendered in the browser]' : ''}\n${r.signals.map((s) => `  - ${s}`).join('\n')}${read}\n`);
    }
    process.exitCode = r.label ? 0 : 4;
  });
}
