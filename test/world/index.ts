import { writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startS3, type TestS3 } from './s3.js';
import { HOSTS, sites } from './sites.js';
import { startDns, type TestDns } from './dns.js';
import { startRdap, type TestRdap } from './rdap.js';
import { startSearch, type TestSearch } from './search.js';
import { startWhois, type TestWhois } from './whois.js';
import { startTsa, type TestTsa } from './tsa.js';
import { startWeb, type TestWeb } from './web.js';

export { HOSTS, sites };
export type { TestDns, TestRdap, TestS3, TestSearch, TestTsa, TestWeb, TestWhois };
export { corpus, corpusSites, corpusUrl, splitOf, type CorpusSite, type Split } from './corpus/index.js';
export { HOSTILE_CASES, HOSTILE_HOST, INTERNAL_MARKER } from './hostile/index.js';
export type { ForbiddenTraffic, HostileCase, HostileInfo } from './hostile/index.js';

export interface WorldOptions {
  s3?: boolean;
}

/** The offline test world: fictional web (HTTP, HTTPS, proxy), a TSA and optionally S3, all on loopback. */
export interface World {
  web: TestWeb;
  tsa: TestTsa;
  search: TestSearch;
  rdap: TestRdap;
  dns: TestDns;
  whois: TestWhois;
  s3: TestS3 | null;
  /** The web's self-signed certificate as a file: pass as --ca-file to trust it. */
  webCaFile: string;
  /** Flags that point dijkwacht at this world. */
  proxyUrl: string;
  stop(): Promise<void>;
}

export async function startWorld(options: WorldOptions = {}): Promise<World> {
  const [web, tsa, search, rdap, dns, whois, s3] = await Promise.all([startWeb(), startTsa(), startSearch(), startRdap(), startDns(), startWhois(), options.s3 ? startS3() : Promise.resolve(null)]);
  const dir = await mkdtemp(join(tmpdir(), 'dw-world-'));
  const webCaFile = join(dir, 'web-ca.pem');
  await writeFile(webCaFile, web.certificate.certPem);
  return {
    web,
    tsa,
    search,
    rdap,
    dns,
    whois,
    s3,
    webCaFile,
    proxyUrl: web.proxyUrl,
    async stop() {
      await Promise.all([web.stop(), tsa.stop(), search.stop(), rdap.stop(), dns.stop(), whois.stop(), s3?.stop()]);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
