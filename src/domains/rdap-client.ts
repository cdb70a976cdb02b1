import { domainToASCII } from 'node:url';
import PQueue from 'p-queue';
import { RemoteError, describeError } from '../core/errors.js';
import { getJsonRaw, type RawJson } from '../net/http-json.js';
import { rdapService, type Bootstrap } from './bootstrap.js';
import { longestPrefix, parseIpRdap, type IpNetworkFacts } from './ip-rdap.js';
import { parseDomainRdap, type DomainRdapFacts } from './rdap-domain.js';

export interface RdapClientOptions {
  bootstrap: Bootstrap;
  timeoutMs: number;
  retries: number;
  /** Requests per second to any one RDAP server. */
  perServerPerSecond: number;
  /** Asked before each request; false when the server's daily limit is reached. */
  withinDailyLimit?: (host: string) => { ok: boolean; limit: number | null };
}

export interface RdapLookup {
  domain: string;
  registryUrl: string | null;
  /** The IANA bootstrap entry that named the registry's server: the TLD (or suffix), its base URL, the file's publication date. */
  service: { entry: string; baseUrl: string; publication: string | null } | null;
  facts: DomainRdapFacts | null;
  /** Every answer, raw, with its time and SHA-256. */
  answers: RawJson[];
  failures: { url: string; reason: string }[];
}

/**
 * RDAP for domains: IANA bootstrap, one rate-limited queue per server, 429/Retry-After, and the
 * registrar's own RDAP server followed when the registry answer is thin (no registrar abuse contact).
 */
export class RdapClient {
  readonly #o: RdapClientOptions;
  readonly #queues = new Map<string, PQueue>();
  requests = 0;

  constructor(o: RdapClientOptions) {
    this.#o = o;
  }

  #queue(url: string): PQueue {
    const origin = new URL(url).origin;
    let q = this.#queues.get(origin);
    if (!q) {
      q = new PQueue({ concurrency: 2, intervalCap: this.#o.perServerPerSecond, interval: 1000 });
      this.#queues.set(origin, q);
    }
    return q;
  }

  async #get(url: string): Promise<RawJson> {
    const host = new URL(url).hostname;
    const budget = this.#o.withinDailyLimit?.(host);
    if (budget && !budget.ok) throw new RemoteError(`the daily limit of ${budget.limit ?? '?'} RDAP queries to ${host} is reached; not asked again before tomorrow (UTC)`, { retryable: false });
    return this.#queue(url).add(() => {
      this.requests++;
      return getJsonRaw({ url, what: `RDAP ${url}`, timeoutMs: this.#o.timeoutMs, retries: this.#o.retries, headers: { accept: 'application/rdap+json, application/json;q=0.9' } });
    });
  }

  /** The RIR's answer for one IP address (RIR servers redirect to each other; fetch follows). */
  async ip(address: string): Promise<{ facts: IpNetworkFacts | null; answer: RawJson | null; failure: string | null }> {
    const bases = longestPrefix(address, this.#o.bootstrap.ip);
    if (!bases?.[0]) return { facts: null, answer: null, failure: `no RDAP server for ${address} in the IP bootstrap` };
    const url = `${bases[0].replace(/\/?$/, '/')}ip/${address}`;
    try {
      const answer = await this.#get(url);
      return { facts: parseIpRdap(answer.json, { serverUrl: url }), answer, failure: null };
    } catch (error) {
      return { facts: null, answer: null, failure: `${url}: ${describeError(error)}` };
    }
  }

  async domain(name: string): Promise<RdapLookup> {
    const ascii = (domainToASCII(name) || name).toLowerCase();
    const result: RdapLookup = { domain: ascii, registryUrl: null, service: null, facts: null, answers: [], failures: [] };
    const service = rdapService(this.#o.bootstrap, ascii);
    if (!service?.urls[0]) {
      result.failures.push({ url: '', reason: `no RDAP server for .${ascii.split('.').pop() ?? ''} in the bootstrap registry` });
      return result;
    }
    result.service = { entry: service.entry, baseUrl: service.urls[0], publication: this.#o.bootstrap.publication };
    const url = `${service.urls[0].replace(/\/?$/, '/')}domain/${ascii}`;
    result.registryUrl = url;
    try {
      const answer = await this.#get(url);
      result.answers.push(answer);
      result.facts = parseDomainRdap(answer.json);
      if (!result.facts.ldhName && !result.facts.handle) throw new RemoteError(`RDAP ${url} answered JSON that is not a domain object`, { retryable: false });
    } catch (error) {
      result.failures.push({ url, reason: describeError(error) });
      result.facts = null;
      return result;
    }
    const related = result.facts.registrar.rdapUrl;
    if (related && !result.facts.registrar.abuseEmail && /\/domain\//i.test(related) && related.toLowerCase() !== url.toLowerCase()) {
      try {
        const answer = await this.#get(related);
        result.answers.push(answer);
        const registrarFacts = parseDomainRdap(answer.json);
        const r = result.facts.registrar;
        result.facts.registrar = {
          name: r.name ?? registrarFacts.registrar.name,
          ianaId: r.ianaId ?? registrarFacts.registrar.ianaId,
          abuseEmail: registrarFacts.registrar.abuseEmail,
          abusePhone: registrarFacts.registrar.abusePhone,
          rdapUrl: related,
        };
        if (!result.facts.registrant.org) result.facts.registrant = registrarFacts.registrant;
      } catch (error) {
        result.failures.push({ url: related, reason: describeError(error) });
      }
    }
    return result;
  }
}
