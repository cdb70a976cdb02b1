import { UsageError } from '../core/errors.js';

/** The roles a worker can take, one pg-boss queue each (and one dead-letter queue each). */
export const JOB_ROLES = ['crawl', 'lookup', 'capture', 'recheck'] as const;
export type JobRole = (typeof JOB_ROLES)[number];

/** A slice of a shared crawl: URLs claimed from the run's shared frontier until it is finished or the slice's time is up (then the slice queues its successor). */
export interface CrawlJob {
  runId: number;
}

/** A domain lookup (registry, registrar, DNS, host, CDN), as `dijkwacht domains DOMAIN`. */
export interface LookupJob {
  domain: string;
  /** Ignore a cached lookup younger than lookupTtlHours (a lookup made by an earlier attempt of this job is still reused). */
  fresh: boolean;
}

/** One URL captured into an evidence bundle, as `dijkwacht capture URL --case ID`. */
export interface CaptureJob {
  url: string;
  caseId: string | null;
}

/** A re-check of one notice's URLs, as `dijkwacht notices recheck`. */
export interface RecheckJob {
  notice: number;
}

export interface JobDataOf {
  crawl: CrawlJob;
  lookup: LookupJob;
  capture: CaptureJob;
  recheck: RecheckJob;
}

export type AnyJobData = JobDataOf[JobRole];

/** The pg-boss queue that keeps a role's finally failed jobs. */
export function deadLetterQueue(role: JobRole): string {
  return `${role}-dead`;
}

export function isJobRole(value: string): value is JobRole {
  return (JOB_ROLES as readonly string[]).includes(value);
}

/** "lookup,capture" → roles, each known, none twice. */
export function parseRoles(raw: string): JobRole[] {
  const names = raw.split(',').map((s) => s.trim().toLowerCase()).filter((s) => s !== '');
  if (names.length === 0) throw new UsageError(`Name at least one role with --roles (${JOB_ROLES.join(', ')}).`);
  const unknown = names.filter((n) => !isJobRole(n));
  if (unknown.length > 0) throw new UsageError(`Unknown role "${unknown[0]}"; the roles are ${JOB_ROLES.join(', ')}.`);
  return [...new Set(names)] as JobRole[];
}

/** A domain or URL as the host name a lookup takes: lower case, no scheme, path, port or trailing dot. */
export function lookupTarget(input: string): string {
  const host = input.trim().toLowerCase().replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/[/?#:].*$/, '').replace(/\.$/, '');
  if (!/^[\p{L}\p{N}_-]+(\.[\p{L}\p{N}_-]+)+$/u.test(host)) throw new UsageError(`"${input}" is not a domain name; give a name such as beeldlab-voorbeeld.test or a URL.`);
  return host;
}

/** An http(s) URL to capture, as given (the capture itself applies the network policy). */
export function captureTarget(input: string): string {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw new UsageError(`"${input}" is not a URL; give an http(s) URL such as https://beeldlab-voorbeeld.test/.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`"${input}" is not an http(s) URL; only web pages are captured.`);
  return url.toString();
}

/** A run id as "dijkwacht runs list" shows it. */
export function runTarget(input: string): number {
  const n = Number(input.trim().replace(/^#/, ''));
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`"${input}" is not a run id; "dijkwacht runs list" shows them, and "dijkwacht crawl --queue" prints the one it starts.`);
  return n;
}

/** A notice number as "dijkwacht notices list" shows it (#12 or 12). */
export function noticeTarget(input: string): number {
  const n = Number(input.trim().replace(/^#/, ''));
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`"${input}" is not a notice number; "dijkwacht notices list" shows them.`);
  return n;
}

/** The job data for each argument of `queue add ROLE ARG…`. */
export function jobsFor<R extends JobRole>(role: R, args: string[], flags: { caseId?: string | null; fresh?: boolean } = {}): JobDataOf[R][] {
  const what = { crawl: 'run id', lookup: 'domain', capture: 'URL', recheck: 'notice number' }[role];
  if (args.length === 0) throw new UsageError(`Give at least one ${what} to queue.`);
  const make = (arg: string): AnyJobData => {
    switch (role) {
      case 'crawl':
        return { runId: runTarget(arg) };
      case 'lookup':
        return { domain: lookupTarget(arg), fresh: flags.fresh === true };
      case 'capture':
        return { url: captureTarget(arg), caseId: flags.caseId ?? null };
      default:
        return { notice: noticeTarget(arg) };
    }
  };
  return args.map(make) as JobDataOf[R][];
}

/** What a job is about, for log lines and status: the domain, the URL, "notice #3". */
export function describeJob(role: JobRole, data: unknown): string {
  const d = (data ?? {}) as Partial<CrawlJob & LookupJob & CaptureJob & RecheckJob>;
  if (role === 'crawl') return `run #${String(d.runId ?? '?')}`;
  if (role === 'lookup') return String(d.domain ?? '?');
  if (role === 'capture') return `${String(d.url ?? '?')}${d.caseId ? ` (case ${d.caseId})` : ''}`;
  return `notice #${String(d.notice ?? '?')}`;
}
