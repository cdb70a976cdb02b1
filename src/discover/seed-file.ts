import { readFile } from 'node:fs/promises';
import { isIP } from 'node:net';
import { UsageError } from '../core/errors.js';

/** A line of a seed file that gave no seed, with its 1-based number and why. */
export interface SkippedSeedLine {
  line: number;
  text: string;
  reason: string;
}

export interface SeedFile {
  /** Seed URLs in file order, each once. */
  seeds: string[];
  skipped: SkippedSeedLine[];
}

/** Names every hosts file carries for the machine itself: not seeds, and not worth a warning. */
const HOSTS_BOILERPLATE = new Set(['localhost', 'localhost.localdomain', 'local', 'broadcasthost', 'ip6-localhost', 'ip6-loopback', 'ip6-localnet', 'ip6-mcastprefix', 'ip6-allnodes', 'ip6-allrouters', 'ip6-allhosts', '0.0.0.0']);

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/** A host name with at least one dot, each label letters, digits and inner hyphens. */
function isHostName(name: string): boolean {
  if (name.length > 253 || !name.includes('.')) return false;
  return name.split('.').every((label) => LABEL.test(label));
}

/** The seed URL for one entry (a URL, a bare domain or `*.domain`), or why it is not one. */
function seedOf(entry: string): { url: string } | { reason: string } {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(entry)) {
    try {
      return { url: new URL(entry).toString() };
    } catch {
      return { reason: 'not a valid URL' };
    }
  }
  const bare = entry.startsWith('*.') ? entry.slice(2) : entry;
  const slash = bare.indexOf('/');
  const host = (slash === -1 ? bare : bare.slice(0, slash)).toLowerCase().replace(/\.$/, '');
  if (!isHostName(host)) return { reason: 'not a URL, a domain, *.domain or a hosts-file line' };
  // Like an address bar: a bare name is tried over http; a site on https redirects there.
  return { url: new URL(`http://${host}${slash === -1 ? '/' : bare.slice(slash)}`).toString() };
}

/**
 * A seed file: one URL, bare domain (`example.test`), wildcard (`*.example.test`, crawled from its
 * apex) or hosts-file line (`0.0.0.0 example.test other.test`) per line. `#` starts a comment (at the
 * start of a line or after a space); blank lines are ignored; a line that gives no seed is skipped
 * with its number and reason, never failing the whole file.
 */
export function parseSeedFile(text: string): SeedFile {
  const seeds = new Set<string>();
  const skipped: SkippedSeedLine[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/^\uFEFF/, '').replace(/(^|\s)#.*$/, '').trim();
    if (line === '') return;
    const fields = line.split(/\s+/);
    const hostsLine = fields.length > 1 && isIP(fields[0]!) !== 0;
    if (!hostsLine && fields.length > 1) {
      skipped.push({ line: index + 1, text: raw.trim(), reason: 'more than one entry on the line, and it is not a hosts-file line' });
      return;
    }
    const entries = hostsLine ? fields.slice(1).filter((name) => !HOSTS_BOILERPLATE.has(name.toLowerCase())) : fields;
    const reasons: string[] = [];
    for (const entry of entries) {
      const seed = seedOf(entry);
      if ('url' in seed) seeds.add(seed.url);
      else reasons.push(`${entry}: ${seed.reason}`);
    }
    if (reasons.length > 0) skipped.push({ line: index + 1, text: raw.trim(), reason: reasons.join('; ') });
  });
  return { seeds: [...seeds], skipped };
}

/** Reads a seed file; a missing or binary file is a usage error, bad lines are only skipped. */
export async function loadSeedFile(path: string): Promise<SeedFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read the seed file ${path}; check the path given to --seeds.`, { cause: error });
  }
  if (text.includes('\u0000')) throw new UsageError(`The seed file ${path} is not a text file; give --seeds a text file with one URL or domain per line.`);
  return parseSeedFile(text);
}
