import { resolve } from 'node:path';
import { caseCaptures, Catalog } from '../catalog/index.js';
import { UsageError } from '../core/errors.js';
import { clusterOperators } from '../operators/index.js';
import type { Options } from '../options/index.js';
import { createStore } from '../store/index.js';
import type { Lang } from './legal.js';
import { buildPackets, type SkippedDomain } from './packet.js';
import type { RecipientType } from './packet-types.js';
import { PdfRenderer } from './pdf.js';
import type { Reporter } from './reporter.js';
import type { TrustedFlagger } from './trusted-flagger.js';
import { recipientKind } from './kinds/registry.js';
import { writePacket, type WrittenPacket } from './write.js';

export interface ReferInput {
  options: Options;
  reporter: Reporter;
  to: RecipientType;
  domains: string[];
  lang?: Lang | null;
  outDir?: string | null;
  address?: string | null;
  /** --provider: the acm role or provider, or the provider of a payment, sign-in, app-store or messaging packet. */
  provider?: string | null;
  /** --engine: the engine of a search-engine packet. */
  engine?: string | null;
  caseId?: string | null;
  expandClusters?: boolean;
  /** The notifier's trusted-flagger status (loadTrustedFlagger), stated in host and platform packets. */
  trustedFlagger?: TrustedFlagger | null;
  /** Allow labels no analyst confirmed (the packet then says the classification is automated). */
  unconfirmed?: boolean;
  /** Told about each domain left out, with the reason (the CLI prints it). */
  onSkip?: (s: SkippedDomain) => void;
}

/** Authorities get Dutch by default, abuse desks English. */
export const defaultLang = (to: RecipientType): Lang => recipientKind(to)?.defaultLang ?? 'en';

/** Builds and writes the packets for one recipient type; the default folder is <dataDir>/packets. */
export async function referDomains(input: ReferInput): Promise<WrittenPacket[]> {
  const catalog = new Catalog(input.options.dataDir);
  try {
    let domains = input.domains;
    if (domains.length === 0 && input.caseId) domains = [...new Set(caseCaptures(catalog, input.caseId).map((c) => c.domain))];
    const kind = recipientKind(input.to);
    if (domains.length === 0 && kind?.domainsFor) domains = await kind.domainsFor({ catalog, address: input.address ?? null, provider: input.provider ?? null, engine: input.engine ?? null });
    if (domains.length === 0) throw new UsageError(input.caseId ? `Case ${input.caseId} has no captures: capture its URLs with "dijkwacht capture URL --case ${input.caseId}", or name domains with --domain.` : 'Name at least one domain: --domain D (repeatable), or --case ID.');
    const built = await buildPackets({
      catalog,
      store: createStore(input.options),
      options: input.options,
      reporter: input.reporter,
      to: input.to,
      domains,
      lang: input.lang ?? defaultLang(input.to),
      clusters: input.expandClusters === false ? [] : clusterOperators(catalog),
      expandClusters: input.expandClusters !== false,
      address: input.address ?? null,
      provider: input.provider ?? null,
      engine: input.engine ?? null,
      caseId: input.caseId ?? null,
      unconfirmed: input.unconfirmed === true,
      trustedFlagger: input.trustedFlagger ?? null,
    }, input.onSkip);
    const renderer = await PdfRenderer.open(input.options);
    try {
      const out: WrittenPacket[] = [];
      for (const b of built) out.push(await writePacket(b, input.outDir ?? resolve(input.options.dataDir, 'packets'), renderer, catalog));
      return out;
    } finally {
      await renderer.close();
    }
  } finally {
    catalog.close();
  }
}
