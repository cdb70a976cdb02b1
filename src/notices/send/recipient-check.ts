import type { Catalog } from '../../catalog/index.js';
import { describeError, UsageError } from '../../core/errors.js';
import type { Options } from '../../options/index.js';
import { domainFacts } from '../../refer/index.js';
import { recipientKind } from '../../refer/kinds/registry.js';
import type { BundleStore } from '../../store/index.js';
import type { LoadedPacket } from './packet-file.js';

/** Kinds whose responsible party comes from the domain's registry, registrar and network lookups. */
const LOOKED_UP = new Set(['host', 'registrar', 'cdn']);

export interface RecipientConfirmation {
  domain: string;
  name: string;
  email: string | null;
  /** "fresh lookup" for hosts, registrars and CDNs; "data/recipients.json" and the like for authorities. */
  source: string;
}

const same = (a: string | null | undefined, b: string | null | undefined): boolean => (a ?? '').trim().toLowerCase() === (b ?? '').trim().toLowerCase();

/**
 * Finds the responsible party of every domain of the packet again — a fresh registry, registrar and
 * network lookup for hosts, registrars and CDNs (stored, as "dijkwacht domains D --fresh" does), the
 * authority's address for SIDN and ACM — and refuses, naming the change, when the party or its
 * address is no longer the one the packet was built for. Nothing is sent on a refusal.
 */
export async function confirmRecipient(options: Options, catalog: Catalog, store: BundleStore, p: LoadedPacket): Promise<RecipientConfirmation[]> {
  const { packet } = p;
  const type = packet.recipient.type;
  const kind = recipientKind(type);
  const domains = packet.domains.map((d) => d.domain);
  const rebuild = `build the packet again with "dijkwacht refer --to ${type} ${domains.map((d) => `--domain ${d}`).join(' ')}" and send the new one`;
  if (!kind) throw new UsageError(`Packet ${packet.packetId} is for an unknown recipient kind "${type}": nothing was sent.`);
  const fresh = LOOKED_UP.has(type);
  if (fresh) {
    const { lookupDomains } = await import('../../domains/index.js');
    const { results } = await lookupDomains(domains, options, true);
    const failed = results.filter((r) => r.report.source === null);
    if (failed.length > 0) {
      throw new UsageError(`The fresh lookup of ${failed.map((r) => `${r.report.domain} (${r.report.failures.join('; ') || 'no answer'})`).join(', ')} failed, so the ${type} could not be confirmed: nothing was sent; run the command again when the registry answers.`);
    }
  }
  const out: RecipientConfirmation[] = [];
  for (const domain of domains) {
    let now;
    try {
      // A kind that names a provider (app store, platform, payment or sign-in provider) is confirmed for the same one.
      const rs = packet.recipientSpecific;
      const provider = rs.appstore?.store ?? rs.messaging?.platform ?? rs.payment?.provider.id ?? rs.signin?.provider.id ?? null;
      now = await kind.recipientFor(await domainFacts(catalog, domain, store), { catalog, provider });
    } catch (error) {
      throw new UsageError(`The ${type} of ${domain} could not be confirmed before sending (${describeError(error)}): nothing was sent; ${rebuild}.`, { cause: error });
    }
    if (same(now.name, packet.recipient.name) && !now.email && packet.recipient.email) {
      throw new UsageError(`${now.name} has no verified e-mail intake address${now.web ? ` (it takes requests at ${now.web})` : ''}; ${packet.recipient.email} in packet ${packet.packetId} was given by hand (--address), so dijkwacht does not send it: submit it through that route and record it with "dijkwacht notices sent ${packet.packetId} --channel form", or send it yourself and record it with --channel email.`);
    }
    if (!same(now.name, packet.recipient.name) || !same(now.email, packet.recipient.email)) {
      const was = `${packet.recipient.name} <${packet.recipient.email ?? 'no address'}>`;
      const is = `${now.name} <${now.email ?? now.web ?? 'no address'}>`;
      throw new UsageError(`The ${type} of ${domain} changed since packet ${packet.packetId} was built (${packet.createdAt.slice(0, 10)}): it was ${was}, ${fresh ? 'a fresh lookup now gives' : 'it is now'} ${is}. Nothing was sent; ${rebuild}.`);
    }
    out.push({ domain, name: now.name, email: now.email, source: fresh ? 'fresh lookup' : 'recipient data' });
  }
  return out;
}
