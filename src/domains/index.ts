export { parseJCard, type Contact } from './jcard.js';
export { parseDomainRdap, readEntity, walkEntities, normaliseDate, type DomainRdapFacts, type Entity, type RegistrarFacts, type Redaction } from './rdap-domain.js';
export { loadBootstrap, rdapBaseUrls, type Bootstrap } from './bootstrap.js';
export { RdapClient, type RdapLookup, type RdapClientOptions } from './rdap-client.js';
