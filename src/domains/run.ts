import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import PQueue from 'p-queue';
import { Catalog, latestCapture } from '../catalog/index.js';
import { registrableDomain } from '../classify/index.js';
import { RemoteError, describeError } from '../core/errors.js';
import { getJsonRaw } from '../net/http-json.js';
import type { Options } from '../options/index.js';
import { SHIPPED_BOOTSTRAP_DIR, loadBootstrap } from './bootstrap.js';
import { lookupDomain, type DomainReport } from './lookup.js';
import { RdapClient } from './rdap-client.js';
import { cachedLookup, storeLookup, type Change } from './store.js';

export function bootstrapDir(o: Options): string {
  if (o.rdapBootstrapDir) return o.rdapBootstrapDir;
  const refreshed = resolve(o.dataDir, 'rdap-bootstrap');
  return existsSync(resolve(refreshed, 'dns.json')) ? refreshed : SHIPPED_BOOTSTRAP_DIR;
}

export interface DomainResult {
  report: Omit<DomainReport, 'evidence'> & { evidence: { kind: string; source: string; at: string; sha256: string | null }[] };
  cached: boolean;
  changes: Change[];
}

/** Looks domains up (cache first), stores every answer in the catalog, and reports changes over time. */
export async function lookupDomains(domains: string[], o: Options, fresh = false): Promise<{ results: DomainResult[]; requests: number }> {
  const catalog = new Catalog(o.dataDir);
  const limits = new Map(o.rdapDailyLimits.map((entry) => [entry.split('=')[0]!.trim().toLowerCase(), Number(entry.split('=')[1])] as const).filter(([, n]) => Number.isFinite(n)));
  const withinDailyLimit = (host: string): { ok: boolean; limit: number | null } => {
    const limit = limits.get(host.toLowerCase());
    if (limit === undefined) return { ok: true, limit: null };
    const day = new Date().toISOString().slice(0, 10);
    const used = (catalog.db.prepare('SELECT count FROM rdap_usage WHERE host = ? AND day = ?').get(host, day) as { count: number } | undefined)?.count ?? 0;
    if (used >= limit) return { ok: false, limit };
    catalog.db.prepare('INSERT INTO rdap_usage (host, day, count) VALUES (?, ?, 1) ON CONFLICT (host, day) DO UPDATE SET count = count + 1').run(host, day);
    return { ok: true, limit };
  };
  const rdap = new RdapClient({ bootstrap: await loadBootstrap(bootstrapDir(o)), timeoutMs: Math.min(o.navigationTimeoutMs, 15_000), retries: o.searchRetries, perServerPerSecond: o.rdapRequestsPerSecond, withinDailyLimit });
  const queue = new PQueue({ concurrency: 8 });
  try {
    const results = await Promise.all(
      domains.map((d) =>
        queue.add(async (): Promise<DomainResult> => {
          const key = d.trim().toLowerCase().replace(/\.$/, '');
          const cached = fresh ? null : cachedLookup(catalog, key, o.lookupTtlHours * 3_600_000);
          if (cached) return { report: { ...cached, evidence: [] }, cached: true, changes: [] };
          const captured = latestCapture(catalog, registrableDomain(`http://${key}/`) ?? key);
          const report = await lookupDomain(key, { rdap, dnsServer: o.dnsServer, timeoutMs: Math.min(o.navigationTimeoutMs, 10_000), whoisServer: o.whoisServer, headers: captured?.headers });
          const changes = storeLookup(catalog, report);
          return { report: { ...report, evidence: report.evidence.map(({ raw: _raw, ...ref }) => ref) }, cached: false, changes };
        }),
      ),
    );
    return { results, requests: rdap.requests };
  } finally {
    catalog.close();
  }
}

const IANA = 'https://data.iana.org/rdap/';

/** Fetches IANA's current bootstrap files into <dataDir>/rdap-bootstrap (checked before they replace anything). */
export async function refreshBootstrap(o: Options, base = IANA): Promise<{ dir: string; files: { name: string; services: number; publication: string | null }[] }> {
  const dir = resolve(o.dataDir, 'rdap-bootstrap');
  const fetched: { name: string; body: string; services: number; publication: string | null }[] = [];
  for (const name of ['dns.json', 'ipv4.json', 'ipv6.json', 'asn.json']) {
    let answer;
    try {
      answer = await getJsonRaw({ url: `${base}${name}`, what: `IANA bootstrap ${name}`, timeoutMs: 20_000, retries: 2 });
    } catch (error) {
      throw new RemoteError(`Could not refresh the RDAP bootstrap: ${describeError(error)}; the current files stay in use.`, { cause: error });
    }
    const json = answer.json as { services?: unknown; publication?: string };
    if (!Array.isArray(json.services) || json.services.length === 0) throw new RemoteError(`IANA's ${name} has no services; the current files stay in use.`);
    fetched.push({ name, body: answer.body, services: json.services.length, publication: json.publication ?? null });
  }
  await mkdir(dir, { recursive: true });
  for (const f of fetched) await writeFile(resolve(dir, f.name), f.body);
  return { dir, files: fetched.map(({ body: _b, ...rest }) => rest) };
}
