import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { projectRoot } from '../core/version.js';
import { inCidr } from './ip-rdap.js';

interface CdnSpec {
  name: string;
  abuse: string;
  ranges: string[];
  nameservers: string[];
  cnames: string[];
  headers: Record<string, string>;
}

export interface CdnFinding {
  name: string;
  abuse: string;
  /** What showed it: an IP in a published range, a nameserver, a CNAME, a response header. */
  evidence: string[];
}

let specs: CdnSpec[] | undefined;
function load(): CdnSpec[] {
  specs ??= (JSON.parse(readFileSync(resolve(projectRoot, 'data', 'cdn.json'), 'utf8')) as { cdns: CdnSpec[] }).cdns;
  return specs;
}

export function cdnForIp(ip: string): string | null {
  return load().find((c) => c.ranges.some((r) => inCidr(ip, r)))?.name ?? null;
}

/** Which CDN or reverse proxy sits in front of a domain, and why we think so. */
export function detectCdn(input: { ips: string[]; nameservers: string[]; cnames: string[]; headers?: Record<string, string> }): CdnFinding | null {
  for (const c of load()) {
    const evidence: string[] = [];
    for (const ip of input.ips) {
      const range = c.ranges.find((r) => inCidr(ip, r));
      if (range) evidence.push(`${ip} is in ${c.name}'s published range ${range}`);
    }
    for (const ns of input.nameservers) if (c.nameservers.some((p) => new RegExp(p, 'i').test(ns))) evidence.push(`nameserver ${ns}`);
    for (const cn of input.cnames) if (c.cnames.some((p) => new RegExp(p, 'i').test(cn))) evidence.push(`CNAME ${cn}`);
    for (const [h, p] of Object.entries(c.headers)) {
      const v = input.headers?.[h];
      if (v !== undefined && new RegExp(p, 'i').test(v)) evidence.push(`response header ${h}: ${v}`);
    }
    if (evidence.length > 0) return { name: c.name, abuse: c.abuse, evidence };
  }
  return null;
}
