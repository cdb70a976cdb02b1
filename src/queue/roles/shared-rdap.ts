import { domainToASCII } from 'node:url';
import { RdapClient, longestPrefix, rdapService, type Bootstrap, type RdapLookup } from '../../domains/index.js';
import { nextUtcMidnight, utcDay, type SharedLimits } from '../limits.js';
import { DeferJobError } from '../policy.js';

export interface SharedRdapOptions {
  bootstrap: Bootstrap;
  timeoutMs: number;
  retries: number;
  perServerPerSecond: number;
  /** HOST → queries a day (rdapDailyLimits), counted in the shared database. */
  dailyLimits: Map<string, number>;
  limits: SharedLimits;
}

/** rdapDailyLimits entries ("rdap.db.ripe.net=1000") as a map of lower-case host → limit. */
export function parseDailyLimits(entries: string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const entry of entries) {
    const at = entry.lastIndexOf('=');
    const limit = Number(entry.slice(at + 1));
    if (at > 0 && Number.isInteger(limit) && limit >= 0) out.set(entry.slice(0, at).trim().toLowerCase(), limit);
  }
  return out;
}

/**
 * The RDAP client for workers: before the registry query and each RIR query it books a turn at
 * that server in the shared database (rdapRequestsPerSecond across all workers) and, for a server
 * with a daily limit, takes one unit of the shared daily budget. A spent budget for the registry
 * defers the whole lookup to the next UTC day; for a RIR, the host facts are missing with the
 * reason, as in a single process. A query with no unit taken for it (a registrar's server with a
 * daily limit) is refused: the budget is never exceeded.
 */
export class SharedRdapClient extends RdapClient {
  readonly #o: SharedRdapOptions;
  /** Per host, the budget windows (UTC days) of units taken and not yet spent. */
  readonly #units: Map<string, string[]>;
  readonly #intervalMs: number;

  constructor(o: SharedRdapOptions) {
    const units = new Map<string, string[]>();
    super({
      bootstrap: o.bootstrap,
      timeoutMs: o.timeoutMs,
      retries: o.retries,
      perServerPerSecond: o.perServerPerSecond,
      withinDailyLimit: (host) => {
        const limit = o.dailyLimits.get(host.toLowerCase());
        if (limit === undefined) return { ok: true, limit: null };
        const held = units.get(host.toLowerCase()) ?? [];
        if (held.length === 0) return { ok: false, limit };
        held.pop();
        return { ok: true, limit };
      },
    });
    this.#o = o;
    this.#units = units;
    this.#intervalMs = Math.ceil(1000 / o.perServerPerSecond);
  }

  override async domain(name: string): Promise<RdapLookup> {
    const ascii = (domainToASCII(name) || name).toLowerCase();
    const base = rdapService(this.#o.bootstrap, ascii)?.urls[0];
    if (base && !(await this.#admit(new URL(base).hostname))) {
      const until = nextUtcMidnight();
      throw new DeferJobError(`the daily limit of ${this.#o.dailyLimits.get(new URL(base).hostname.toLowerCase()) ?? '?'} RDAP queries to ${new URL(base).hostname} is reached; the lookup of ${name} waits until ${until.toISOString()}`, until);
    }
    return super.domain(name);
  }

  override async ip(address: string): Promise<Awaited<ReturnType<RdapClient['ip']>>> {
    const base = longestPrefix(address, this.#o.bootstrap.ip)?.[0];
    // Without a unit the inherited client refuses the query and records why.
    if (base) await this.#admit(new URL(base).hostname);
    return super.ip(address);
  }

  /** Units taken but not spent go back to the shared budget. */
  async settle(): Promise<void> {
    for (const [host, held] of this.#units) {
      while (held.length > 0) await this.#o.limits.giveBack(`rdap-daily:${host}`, held.pop()!);
    }
  }

  /** Takes a unit of the host's daily budget (when it has one), then waits for the host's turn. False when the budget is spent. */
  async #admit(hostname: string): Promise<boolean> {
    const host = hostname.toLowerCase();
    const limit = this.#o.dailyLimits.get(host);
    if (limit !== undefined) {
      const day = utcDay();
      if (!(await this.#o.limits.take(`rdap-daily:${host}`, day, limit))) return false;
      const held = this.#units.get(host) ?? [];
      held.push(day);
      this.#units.set(host, held);
    }
    await this.#o.limits.waitTurn(`rdap:${host}`, this.#intervalMs);
    return true;
  }
}
