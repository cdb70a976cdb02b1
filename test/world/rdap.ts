import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { projectRoot } from '../../src/core/version.js';
import { sendJson } from './fixture.js';

const SAMPLES = resolve(projectRoot, 'test', 'fixtures', 'rdap-samples', 'domain');
const sample = async (name: string): Promise<Record<string, unknown>> => JSON.parse(await readFile(join(SAMPLES, name), 'utf8')) as Record<string, unknown>;

/** The address whose network the RIR itself holds (a real RIPE NCC answer): its holder must come out unknown. */
export const RIR_HELD_IP = '192.0.2.253';

/**
 * The RIR's answer for an address in 192.0.2.0/24: a fictional hosting company in the shape RIPE
 * answers (registrant organisation and maintainer, abuse-c role with a general and an abuse-typed
 * mailbox, network country), with the self link naming the address asked for.
 */
async function ripeAnswer(ip: string): Promise<Record<string, unknown>> {
  if (ip === RIR_HELD_IP) return sample('../ip/ripe_193.0.6.139.json');
  const body = await sample('../ip/fictional-ripe_192.0.2.0.json');
  const self = `https://rdap.db.ripe.net/ip/${ip}`;
  return { ...body, links: [{ value: self, rel: 'self', href: self }, ...(body.links as unknown[]).slice(1)] };
}

/**
 * An RDAP answer for any fictional .test domain, as a registry sends it (self link, port43 and
 * terms-of-use notice of the fictional .test registry), with a fictional registrar and its nested
 * abuse contact.
 */
function fictionalAnswer(name: string): Record<string, unknown> {
  const vcard = (props: unknown[][]): unknown[] => ['vcard', [['version', {}, 'text', '4.0'], ...props]];
  return {
    rdapConformance: ['rdap_level_0', 'icann_rdap_response_profile_0'],
    objectClassName: 'domain',
    ldhName: name,
    links: [{ value: `https://rdap.nic.test/domain/${name}`, rel: 'self', href: `https://rdap.nic.test/domain/${name}`, type: 'application/rdap+json' }],
    port43: 'whois.nic.test',
    notices: [{ title: 'Terms of Use', description: ['Fictional terms of the fictional .test registry.'], links: [{ rel: 'terms-of-service', href: 'https://www.nic.test/rdap-terms', type: 'text/html' }] }],
    handle: `${name.toUpperCase()}-TEST`,
    status: ['client transfer prohibited'],
    events: [
      { eventAction: 'registration', eventDate: '2025-11-02T10:00:00Z' },
      { eventAction: 'expiration', eventDate: '2026-11-02T10:00:00Z' },
    ],
    nameservers: [{ objectClassName: 'nameserver', ldhName: 'ns1.fictional-host.test' }, { objectClassName: 'nameserver', ldhName: 'ns2.fictional-host.test' }],
    secureDNS: { delegationSigned: false },
    entities: [
      {
        objectClassName: 'entity',
        roles: ['registrar'],
        handle: '9999',
        publicIds: [{ type: 'IANA Registrar ID', identifier: '9999' }],
        vcardArray: vcard([['fn', {}, 'text', 'Voorbeeld Registrar B.V.']]),
        entities: [{ objectClassName: 'entity', roles: ['abuse'], vcardArray: vcard([['fn', {}, 'text', 'Abuse desk'], ['email', {}, 'text', 'abuse@voorbeeld-registrar.test'], ['tel', { type: 'voice' }, 'uri', 'tel:+31.201234567']]) }],
      },
      { objectClassName: 'entity', roles: ['registrant'], vcardArray: vcard([['fn', {}, 'text', 'REDACTED FOR PRIVACY']]) },
    ],
    redacted: [{ name: { type: 'Registrant Name' }, method: 'removal', reason: { description: 'Server policy' } }],
  };
}

export interface TestRdap {
  base: string;
  /** A directory with a dns.json bootstrap that sends .com, .nl and .test to this server (and ipv4.json: 192.0.2.0/24 to "RIPE", 198.51.100.0/24 to "ARIN"). */
  bootstrapDir: string;
  requests: string[];
  stop(): Promise<void>;
}

/**
 * RDAP servers on loopback, answering with real-world captures: a full registry answer, a thin one
 * that points to a registrar RDAP server, and bad ones (malformed JSON, 404, 429 then OK, no answer);
 * for .nl an answer in the shape the .nl registry sends; for IP addresses the RIRs' answers.
 */
export async function startRdap(): Promise<TestRdap> {
  const requests: string[] = [];
  const limited = new Set<string>();
  let base = '';
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://rdap.test');
    requests.push(url.pathname);
    const json = (status: number, body: unknown, headers: Record<string, string> = {}): void => sendJson(res, status, body, headers, 'application/rdap+json');
    const ip = /^\/(ripe|arin)\/ip\/([^/]+)$/.exec(url.pathname);
    if (ip) {
      void (ip[1] === 'ripe' ? ripeAnswer(decodeURIComponent(ip[2]!)) : sample('../ip/arin_206.41.110.0.json')).then((body) => json(200, body));
      return;
    }
    const m = /^\/(registry|registrar)\/domain\/([^/]+)$/.exec(url.pathname);
    if (!m) return json(404, { errorCode: 404, title: 'not found' });
    const [, who, raw] = m;
    const name = decodeURIComponent(raw!).toLowerCase();
    void (async () => {
      if (who === 'registrar') return json(200, await sample('markmonitor_google.com.json'));
      if (/^bench-\d+\.com$/.test(name)) return json(200, { ...(await sample('verisign_google.com.json')), ldhName: name.toUpperCase() });
      if (name.endsWith('.test')) return json(200, fictionalAnswer(name));
      if (name === 'kleding-weg.nl') return json(200, await sample('fictional-sidn_kleding-weg.nl.json'));
      switch (name) {
        case 'full-answer.com':
          return json(200, await sample('verisign_google.com.json'));
        case 'thin-answer.com': {
          const thin = await sample('verisign_themarquetry.com.json');
          const entities = (thin.entities as Record<string, unknown>[]).map((e) => ({ ...e, entities: [] }));
          const links = [{ rel: 'related', type: 'application/rdap+json', href: `${base}/registrar/domain/THIN-ANSWER.COM`, value: `${base}/registrar/domain/THIN-ANSWER.COM` }];
          return json(200, { ...thin, entities, links });
        }
        case 'broken-answer.com':
          return res.writeHead(200, { 'content-type': 'application/rdap+json' }).end('{"objectClassName": "domain", ');
        case 'rate-limited.com':
          if (!limited.has(name)) {
            limited.add(name);
            return json(429, { errorCode: 429 }, { 'retry-after': '1' });
          }
          return json(200, await sample('verisign_example.com.json'));
        case 'no-answer.com':
          return; // hang until the client gives up
        default:
          return json(404, { errorCode: 404, title: 'Not Found', description: [`${name} is not registered here`] });
      }
    })();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const bootstrapDir = await mkdtemp(join(tmpdir(), 'dw-rdap-boot-'));
  await writeFile(join(bootstrapDir, 'dns.json'), JSON.stringify({ version: '1.0', publication: new Date().toISOString(), services: [[['com', 'nl', 'test'], [`${base}/registry/`]]] }));
  await writeFile(join(bootstrapDir, 'ipv4.json'), JSON.stringify({ version: '1.0', publication: new Date().toISOString(), services: [[['192.0.2.0/24'], [`${base}/ripe/`]], [['198.51.100.0/24'], [`${base}/arin/`]]] }));
  return {
    base,
    bootstrapDir,
    requests,
    async stop() {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await rm(bootstrapDir, { recursive: true, force: true });
    },
  };
}
