import { Resolver } from 'node:dns/promises';
import { isIP } from 'node:net';
import { RemoteError } from '../core/errors.js';

export const RECORD_TYPES = ['A', 'AAAA', 'CNAME', 'NS', 'MX', 'TXT'] as const;
type RecordType = (typeof RECORD_TYPES)[number];

export interface DnsAnswer {
  type: RecordType;
  answers: unknown[] | null;
  /** NOTFOUND / NODATA are answers; other codes are failures. */
  code: string | null;
}

export interface DnsObservation {
  name: string;
  resolver: string;
  time: string;
  answers: DnsAnswer[];
}

const NO_RECORDS = new Set(['ENOTFOUND', 'ENODATA', 'NOTFOUND', 'NODATA']);

function splitHostPort(server: string): string {
  const m = /^\[?([^\]]+?)\]?:(\d+)$/.exec(server);
  if (!m) return server;
  return isIP(m[1] ?? '') === 6 ? `[${m[1]}]:${m[2]}` : `${m[1]}:${m[2]}`;
}

/** Asks the configured resolver (or the system's) for the target host's records. */
export async function observeDns(hostname: string, server: string | null, timeoutMs: number): Promise<DnsObservation> {
  const resolver = new Resolver({ timeout: Math.min(timeoutMs, 5000), tries: 2 });
  if (server) resolver.setServers([splitHostPort(server)]);
  const query = (type: RecordType): Promise<unknown[]> => {
    switch (type) {
      case 'A':
        return resolver.resolve4(hostname, { ttl: true });
      case 'AAAA':
        return resolver.resolve6(hostname, { ttl: true });
      case 'CNAME':
        return resolver.resolveCname(hostname);
      case 'NS':
        return resolver.resolveNs(hostname);
      case 'MX':
        return resolver.resolveMx(hostname);
      case 'TXT':
        return resolver.resolveTxt(hostname);
    }
  };
  const answers = await Promise.all(
    RECORD_TYPES.map(async (type): Promise<DnsAnswer> => {
      try {
        return { type, answers: await query(type), code: null };
      } catch (error) {
        return { type, answers: null, code: (error as NodeJS.ErrnoException).code ?? 'ERROR' };
      }
    }),
  );
  const failures = answers.filter((a) => a.code !== null && !NO_RECORDS.has(a.code));
  if (failures.length === answers.length) {
    throw new RemoteError(`the resolver ${server ?? '(system)'} did not answer (${failures[0]?.code ?? 'error'})`);
  }
  return { name: hostname, resolver: server ?? resolver.getServers().join(', '), time: new Date().toISOString(), answers };
}
