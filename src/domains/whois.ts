import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { resolve } from 'node:path';
import { RemoteError } from '../core/errors.js';
import { projectRoot } from '../core/version.js';
import { noDateNotes, toUtcIso } from './dates.js';

export interface WhoisAnswer {
  server: string;
  query: string;
  at: string;
  text: string;
  sha256: string;
}

export interface WhoisFacts {
  registrar: string | null;
  abuseEmail: string | null;
  abusePhone: string | null;
  registrantOrg: string | null;
  nameservers: string[];
  /** ISO 8601 in UTC, whatever layout the server used (see dates.ts). */
  registered: string | null;
  expires: string | null;
  lastChanged: string | null;
  status: string[];
  datesWithoutZone: string[];
  datesUnreadable: string[];
}

let map: Record<string, string> | undefined;
export function whoisServerFor(tld: string): string | null {
  map ??= (JSON.parse(readFileSync(resolve(projectRoot, 'data', 'whois-servers.json'), 'utf8')) as { servers: Record<string, string> }).servers;
  return map[tld.toLowerCase()] ?? null;
}

/** One port-43 query; `server` may carry a port (host:port). The raw text is kept, hashed and timed. */
export function queryWhois(server: string, query: string, timeoutMs: number): Promise<WhoisAnswer> {
  const [host, port] = server.includes(':') ? [server.slice(0, server.lastIndexOf(':')), Number(server.slice(server.lastIndexOf(':') + 1))] : [server, 43];
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const socket = connect({ host, port, timeout: timeoutMs }, () => socket.write(`${query}\r\n`));
    socket.on('data', (c: Buffer) => {
      size += c.length;
      if (size > 1 << 20) socket.destroy(new RemoteError(`WHOIS ${server} sent more than 1 MiB`));
      else chunks.push(c);
    });
    socket.on('timeout', () => socket.destroy(new RemoteError(`WHOIS ${server} did not answer within ${timeoutMs} ms`)));
    socket.on('error', (e) => fail(new RemoteError(`WHOIS ${server} failed: ${e.message}`, { cause: e })));
    socket.on('close', (hadError) => {
      if (hadError) return;
      const text = Buffer.concat(chunks).toString('utf8');
      ok({ server, query, at: new Date().toISOString(), text, sha256: createHash('sha256').update(text).digest('hex') });
    });
  });
}

const first = (text: string, patterns: RegExp[]): string | null => {
  for (const p of patterns) {
    const m = p.exec(text);
    if (m?.[1]?.trim()) return m[1].trim();
  }
  return null;
};

/**
 * Extracts what the text allows from the common WHOIS layouts ("Key: value" lines as gTLDs use, and
 * block layouts like SIDN's "Registrar:\n   Name"). Unknown stays null.
 */
export function parseWhois(text: string): WhoisFacts {
  const block = (label: string): string[] => {
    const m = new RegExp(`^${label}:\\s*\\n((?:[ \\t]+\\S.*\\n?)+)`, 'im').exec(text);
    return m ? m[1]!.split('\n').map((l) => l.trim()).filter(Boolean) : [];
  };
  const registrarBlock = block('Registrar');
  const nsBlock = block('Domain nameservers').concat(block('Name servers'), block('Nameservers'));
  const nsLines = [...text.matchAll(/^\s*Name Server:\s*(\S+)/gim)].map((m) => m[1]!);
  const statusLines = [...text.matchAll(/^\s*(?:Domain )?Status:\s*(.+)$/gim)].map((m) => m[1]!.trim().split(/\s+/)[0]!);
  const emails = [...text.matchAll(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g)].map((m) => m[0]);
  const dates = noDateNotes();
  const date = (patterns: RegExp[]): string | null => toUtcIso(first(text, patterns), dates);
  const registered = date([/^\s*(?:Creation Date|Registered on|Registration Time|Created On|Creation date|created):\s*(.+)$/im]);
  const expires = date([/^\s*(?:Registry Expiry Date|Registrar Registration Expiration Date|Expiry date|Expiration Date|Expiration Time|Expires On|expires|paid-till):\s*(.+)$/im]);
  const lastChanged = date([/^\s*(?:Updated Date|Last updated|Last Modified|changed|modified):\s*(.+)$/im]);
  return {
    registrar: first(text, [/^\s*Registrar(?: Name)?:[ \t]*(\S.*)$/im, /^\s*Sponsoring Registrar:\s*(.+)$/im]) ?? registrarBlock[0] ?? null,
    abuseEmail: first(text, [/Registrar Abuse Contact Email:\s*(\S+@\S+)/i, /Abuse (?:Contact|E-?mail)[^:\n]*:\s*(\S+@\S+)/i]) ?? (/abuse/i.test(text) ? (emails.find((e) => /abuse/i.test(e)) ?? null) : null),
    abusePhone: first(text, [/Registrar Abuse Contact Phone:\s*(\+?[\d. ()-]{5,})/i]),
    registrantOrg: first(text, [/^\s*Registrant Organi[sz]ation:\s*(.+)$/im]),
    nameservers: [...new Set([...nsLines, ...nsBlock].map((n) => n.toLowerCase().split(/\s+/)[0]!.replace(/\.$/, '')).filter((n) => /\./.test(n)))],
    registered,
    expires,
    lastChanged,
    status: [...new Set(statusLines)],
    datesWithoutZone: dates.withoutZone,
    datesUnreadable: dates.unreadable,
  };
}
