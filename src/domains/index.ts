export { parseJCard, type Contact } from './jcard.js';
export { parseDomainRdap, readEntity, walkEntities, normaliseDate, type DomainRdapFacts, type Entity, type RegistrarFacts, type Redaction } from './rdap-domain.js';
export { loadBootstrap, rdapBaseUrls, type Bootstrap } from './bootstrap.js';
export { RdapClient, type RdapLookup, type RdapClientOptions } from './rdap-client.js';
export { lookupDomain, type DomainReport, type Hosting, type LookupContext } from './lookup.js';
export { detectCdn, cdnForIp, type CdnFinding } from './cdn.js';
export { parseIpRdap, inCidr, longestPrefix, type IpNetworkFacts } from './ip-rdap.js';
export { parseWhois, queryWhois, whoisServerFor, type WhoisFacts } from './whois.js';
