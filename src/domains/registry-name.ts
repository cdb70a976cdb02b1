import { hostOf, registryForHost, siteOfHost } from './authorities.js';
import type { DomainRdapFacts } from './rdap-domain.js';

/** Who runs the TLD's registry, and from what that was read. `name` is never an IP address. */
export interface RegistryFacts {
  name: string | null;
  /**
   * Where the name comes from: a known registry host among the RDAP server IANA's bootstrap lists
   * ("rdap-server"), the answer's self link, port43 or notice links ("rdap-answer"), the TLD's
   * WHOIS server ("whois-server"), the WHOIS text ("whois-text"); "hostname" when no known registry
   * matched and the name is the registrable domain of the server's host (a last resort).
   */
  nameSource: 'rdap-server' | 'rdap-answer' | 'whois-server' | 'whois-text' | 'hostname' | null;
  /** The bootstrap entry (TLD or suffix) that named the RDAP server, and the bootstrap file's publication date. */
  bootstrapEntry: string | null;
  bootstrapPublication: string | null;
  rdapServer: string | null;
  port43: string | null;
  whoisServer: string | null;
}

export const noRegistry = (): RegistryFacts => ({ name: null, nameSource: null, bootstrapEntry: null, bootstrapPublication: null, rdapServer: null, port43: null, whoisServer: null });

const ICANN_HOSTS = /(^|\.)icann\.org$/; // every gTLD answer links ICANN's status codes and complaint form

/** Names the registry from its RDAP answer and the bootstrap entry that pointed to it. */
export function registryFromRdap(service: { entry: string; baseUrl: string; publication: string | null } | null, facts: Pick<DomainRdapFacts, 'links' | 'noticeLinks' | 'port43'> | null): RegistryFacts {
  const server = hostOf(service?.baseUrl);
  const self = facts?.links.find((l) => l.rel === 'self')?.href ?? null;
  const answerHosts = [hostOf(self), hostOf(facts?.port43), ...(facts?.noticeLinks ?? []).map(hostOf)].filter((h): h is string => h !== null && !ICANN_HOSTS.test(h));
  const base = { ...noRegistry(), bootstrapEntry: service?.entry ?? null, bootstrapPublication: service?.publication ?? null, rdapServer: service?.baseUrl ?? null, port43: facts?.port43 ?? null };
  const known = registryForHost(server);
  if (known) return { ...base, name: known, nameSource: 'rdap-server' };
  for (const h of answerHosts) {
    const name = registryForHost(h);
    if (name) return { ...base, name, nameSource: 'rdap-answer' };
  }
  const fallback = siteOfHost(server ?? answerHosts[0] ?? null);
  return fallback ? { ...base, name: fallback, nameSource: 'hostname' } : base;
}

/**
 * Names the registry from WHOIS: the TLD's own WHOIS server (as listed for the TLD, even when the
 * query went through another server), then the text ("Record maintained by: …").
 */
export function registryFromWhois(listedServer: string | null, queriedServer: string, text: string): RegistryFacts {
  const listed = hostOf(listedServer);
  const queried = hostOf(queriedServer);
  const base = { ...noRegistry(), whoisServer: queriedServer };
  const known = registryForHost(listed) ?? registryForHost(queried);
  if (known) return { ...base, name: known, nameSource: 'whois-server' };
  const stated = /^\s*(?:Record maintained by|Registry(?: Operator)?|Maintained by):[ \t]*(\S.*)$/im.exec(text)?.[1]?.trim();
  if (stated) return { ...base, name: stated, nameSource: 'whois-text' };
  const fallback = siteOfHost(listed ?? queried);
  return fallback ? { ...base, name: fallback, nameSource: 'hostname' } : base;
}
