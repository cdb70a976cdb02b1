import { isIP } from 'node:net';
import { getDomain } from 'tldts';

/**
 * Who runs a registry or an RIR, told by the hostnames its answers carry: the RDAP server IANA's
 * bootstrap lists for the TLD, the answer's own `self` link, its `port43` WHOIS server, the links
 * in its notices (terms of use, copyright). A hostname is a fact the answer states; a name is only
 * given for hosts listed here. Everything else falls back to the hostname itself — never an IP.
 */
const REGISTRIES: [RegExp, string][] = [
  [/(^|\.)sidn\.nl$|(^|\.)domain-registry\.nl$/, 'SIDN'],
  [/(^|\.)verisign(-grs)?\.(com|net)$/, 'VeriSign'],
  [/(^|\.)publicinterestregistry\.(org|net)$|(^|\.)pir\.org$/, 'Public Interest Registry'],
  [/(^|\.)nic\.fr$|(^|\.)afnic\.fr$/, 'AFNIC'],
  [/(^|\.)centralnic(registry)?\.com$/, 'CentralNic'],
  [/(^|\.)(identitydigital\.services|identity\.digital|donuts\.co|afilias\.net|afilias-srs\.net)$/, 'Identity Digital'],
  [/(^|\.)nic\.google$|(^|\.)registry\.google$/, 'Google Registry'],
  [/(^|\.)eurid\.eu$|^rdap\.eu$|^whois\.eu$/, 'EURid'],
  [/(^|\.)denic\.de$/, 'DENIC'],
  [/(^|\.)dns\.be$/, 'DNS Belgium'],
  [/(^|\.)nominet\.(uk|org\.uk)$|(^|\.)nic\.uk$/, 'Nominet'],
  [/(^|\.)norid\.no$/, 'Norid'],
  [/(^|\.)nic\.cz$/, 'CZ.NIC'],
  [/(^|\.)nic\.ch$|(^|\.)nic\.li$/, 'SWITCH'],
  [/(^|\.)nic\.at$/, 'nic.at'],
  [/(^|\.)iis\.se$|(^|\.)internetstiftelsen\.se$/, 'Internetstiftelsen'],
  [/(^|\.)dk-hostmaster\.dk$|(^|\.)punktum\.dk$/, 'Punktum dk'],
  [/(^|\.)dns\.pl$/, 'NASK'],
  [/(^|\.)nic\.it$/, 'Registro .it'],
  [/(^|\.)zdnsgtld\.com$|(^|\.)nic\.top$/, 'ZDNS'],
  [/(^|\.)cira\.ca$/, 'CIRA'],
  [/(^|\.)auda\.org\.au$/, 'auDA'],
  [/(^|\.)registro\.br$/, 'Registro.br'],
  [/(^|\.)jprs\.jp$/, 'JPRS'],
];

/** The five Regional Internet Registries, by the hosts of their RDAP and WHOIS services and web sites. */
const RIRS: [RegExp, string][] = [
  [/(^|\.)ripe\.net$/, 'RIPE NCC'],
  [/(^|\.)arin\.net$/, 'ARIN'],
  [/(^|\.)apnic\.net$|(^|\.)(jpnic\.ad\.jp|nic\.or\.kr|kisa\.or\.kr|twnic\.net\.tw|cnnic\.cn|idnic\.net)$/, 'APNIC'],
  [/(^|\.)lacnic\.net$|(^|\.)registro\.br$|(^|\.)nic\.br$|(^|\.)nicmexico\.mx$/, 'LACNIC'],
  [/(^|\.)afrinic\.net$/, 'AFRINIC'],
];

/**
 * Names that mean "the registration authority itself", not a network's holder: the RIRs under their
 * names and netnames, IANA, and the placeholders RIRs publish for space they do not manage.
 */
const AUTHORITY_NAME = /\b(ripe[\s_-]*ncc|ripe network coordination|non-ripe|arin|american registry for internet numbers|apnic|asia[\s-]pacific network information|lacnic|latin american and caribbean (ip|internet)|afrinic|african network information|iana|internet assigned numbers)\b/i;

/** The mail domains of the RIRs: their mailboxes are never a host's abuse desk. */
const RIR_MAIL = /@(?:[a-z0-9-]+\.)*(ripe\.net|arin\.net|apnic\.net|lacnic\.net|afrinic\.net)$/i;

/** The hostname of a URL or host[:port], lower-case, without a trailing dot; null for an IP address or junk. */
export function hostOf(value: string | null | undefined): string | null {
  if (!value) return null;
  let host: string;
  try {
    host = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? new URL(value).hostname : value.replace(/:\d+$/, '');
  } catch {
    return null;
  }
  host = host.toLowerCase().replace(/^\[|\]$/g, '').replace(/\.$/, '');
  if (!host || isIP(host) !== 0 || !/^[a-z0-9.-]+$/.test(host) || !host.includes('.')) return null;
  return host;
}

const match = (table: [RegExp, string][], host: string | null): string | null => (host ? (table.find(([p]) => p.test(host))?.[1] ?? null) : null);

export const registryForHost = (host: string | null): string | null => match(REGISTRIES, host);
export const rirForHost = (host: string | null): string | null => match(RIRS, host);

/** True when a name denotes an RIR or IANA (the registration authority), not whoever holds the network. */
export const isAuthorityName = (name: string | null): boolean => name !== null && AUTHORITY_NAME.test(name);

/** True when an e-mail address is an RIR's own mailbox. */
export const isRirMailbox = (address: string | null): boolean => address !== null && RIR_MAIL.test(address.trim());

/** The registrable domain of a host, as a last-resort name ("rdap.nic.test" → "nic.test"). */
export function siteOfHost(host: string | null): string | null {
  if (!host) return null;
  return getDomain(host, { allowPrivateDomains: true }) ?? host;
}
