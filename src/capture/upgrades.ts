import type { Hop } from './observed.js';

/**
 * Why the browser itself sent an http:// URL to https:// (no server answered the http:// URL):
 * - `hsts-preload`: the name (or a parent, such as a whole TLD like .dev or .app) is on Chromium's
 *   built-in HSTS preload list; no Strict-Transport-Security header had been seen in this capture.
 * - `hsts-policy`: a Strict-Transport-Security header received earlier in this capture covers the name.
 * - `https-upgrades`: Chromium's HTTPS-Upgrades / HTTPS-First feature tried https:// first.
 * - `upgrade-insecure-requests`: a page of this capture set the CSP directive upgrade-insecure-requests.
 * - `browser-other`: another browser-internal redirect (its Non-Authoritative-Reason is kept).
 * - `unreported`: the browser asked for https:// where http:// was named, without saying why.
 */
export type UpgradeCause = 'hsts-preload' | 'hsts-policy' | 'https-upgrades' | 'upgrade-insecure-requests' | 'browser-other' | 'unreported';

/** A redirect the browser made itself, before anything was sent: never a server's answer. */
export interface InternalRedirect {
  from: string;
  to: string;
  /** The status Chromium reports for its own redirect (307), or null when it reported none. */
  status: number | null;
  /** Chromium's Non-Authoritative-Reason header on its own redirect ("HSTS", "HttpsUpgrades" …), or null. */
  nonAuthoritativeReason: string | null;
  cause: UpgradeCause;
  /** The cause in words, for exhibits: "HSTS preload". */
  causeText: string;
  /** Always false: the http:// URL never reached a server. */
  serverContacted: false;
  /** Why that cause, in one sentence. */
  explanation: string;
  mainFrame: boolean;
  /** When it was observed (UTC, ISO 8601). */
  time: string;
}

const CAUSE_TEXT: Record<UpgradeCause, string> = {
  'hsts-preload': 'HSTS preload',
  'hsts-policy': 'HSTS policy',
  'https-upgrades': 'HTTPS-Upgrades',
  'upgrade-insecure-requests': 'upgrade-insecure-requests',
  'browser-other': 'browser-internal redirect',
  unreported: 'browser upgrade, cause not reported',
};

/** One line for an exhibit index: "http://x.dev/ → https://x.dev/ (browser upgrade: HSTS preload, no server redirect)". */
export function describeInternalRedirect(r: Pick<InternalRedirect, 'from' | 'to' | 'causeText'>): string {
  return `${r.from} → ${r.to} (browser upgrade: ${r.causeText}, no server redirect)`;
}

interface StsRecord {
  host: string;
  includeSubDomains: boolean;
  url: string;
}

/** The response parts the watcher reads (a Playwright response, or a hop of the chain). */
export interface SeenResponse {
  url: string;
  status: number;
  headers: Record<string, string>;
  mainFrame: boolean;
}

const sameButScheme = (http: string, https: string): boolean => {
  try {
    const a = new URL(http);
    const b = new URL(https);
    return a.protocol === 'http:' && b.protocol === 'https:' && a.hostname === b.hostname && a.pathname === b.pathname && a.search === b.search;
  } catch {
    return false;
  }
};

/**
 * Follows the responses of one capture in the order they arrive and recognises the browser's own
 * redirects (Chromium marks them with Non-Authoritative-Reason), telling an HSTS preload entry
 * from a policy the site set earlier in the same, fresh browser context.
 */
export class UpgradeWatcher {
  readonly found: InternalRedirect[] = [];
  /** URLs whose server sent a Non-Authoritative-Reason header itself: a server's answer, not the browser's redirect. */
  readonly forged: string[] = [];
  readonly #pending: Promise<void>[] = [];
  readonly #sts: StsRecord[] = [];
  #uirFrom: string | null = null;
  readonly #now: () => string;

  constructor(now: () => string = () => new Date().toISOString()) {
    this.#now = now;
  }

  /**
   * Feeds one response; returns the internal redirect it is, if it is one. `fromNetwork` settles to
   * whether the response came over a connection: Chromium's own redirects have none, so a response
   * that did is a server's, whatever headers it sent.
   */
  see(r: SeenResponse, fromNetwork?: Promise<boolean>): InternalRedirect | null {
    const reason = r.headers['non-authoritative-reason'] ?? null;
    if (reason === null || r.status < 300 || r.status > 399) {
      this.#learn(r);
      return null;
    }
    let to = r.url;
    try {
      if (r.headers.location) to = new URL(r.headers.location, r.url).toString();
    } catch {
      // keep the URL itself: a Location that does not parse names nothing
    }
    const { cause, explanation } = this.#causeOf(r.url, reason);
    const found: InternalRedirect = { from: r.url, to, status: r.status, nonAuthoritativeReason: reason, cause, causeText: CAUSE_TEXT[cause], serverContacted: false, explanation, mainFrame: r.mainFrame, time: this.#now() };
    this.found.push(found);
    if (fromNetwork) {
      this.#pending.push(
        fromNetwork.then(
          (net) => {
            if (!net) return;
            this.found.splice(this.found.indexOf(found), 1);
            this.forged.push(r.url);
            this.#learn(r);
          },
          () => undefined,
        ),
      );
    }
    return found;
  }

  /** Waits (at most `timeoutMs`) until every response fed so far is known to be the browser's or a server's. */
  async settled(timeoutMs: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.all(this.#pending), new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs)))]);
    clearTimeout(timer);
  }

  /**
   * Hops where the browser went to https:// although http:// was named (the requested URL, or a
   * server's Location) and reported no redirect of its own: recorded as unreported upgrades.
   */
  silentUpgrades(requestedUrl: string, hops: Hop[]): InternalRedirect[] {
    const resolved = (location: string | null, base: string): string | null => {
      try {
        return location ? new URL(location, base).toString() : null;
      } catch {
        return null;
      }
    };
    const named = [requestedUrl, ...hops.slice(0, -1).map((h) => resolved(h.location, h.url))];
    const out: InternalRedirect[] = [];
    hops.forEach((hop, i) => {
      const asked = named[i];
      if (!asked || !sameButScheme(asked, hop.url) || this.found.some((f) => f.from === asked)) return;
      const uir = this.#uirFrom !== null;
      const cause: UpgradeCause = uir ? 'upgrade-insecure-requests' : 'unreported';
      const explanation = uir
        ? `a page of this capture (${this.#uirFrom}) set Content-Security-Policy: upgrade-insecure-requests, so the browser asked for https:// instead`
        : 'the browser asked for https:// where http:// was named, and reported no redirect of its own';
      const found: InternalRedirect = { from: asked, to: hop.url, status: null, nonAuthoritativeReason: null, cause, causeText: CAUSE_TEXT[cause], serverContacted: false, explanation, mainFrame: true, time: this.#now() };
      this.found.push(found);
      out.push(found);
    });
    return out;
  }

  #learn(r: SeenResponse): void {
    let url: URL;
    try {
      url = new URL(r.url);
    } catch {
      return;
    }
    const sts = r.headers['strict-transport-security'];
    // Browsers honour the header only over https:// (RFC 6797 section 8.1); max-age=0 removes the policy.
    if (sts && url.protocol === 'https:') {
      const maxAge = Number(/max-age\s*=\s*"?(\d+)/i.exec(sts)?.[1] ?? 'NaN');
      if (maxAge > 0) this.#sts.push({ host: url.hostname, includeSubDomains: /includesubdomains/i.test(sts), url: r.url });
    }
    const csp = r.headers['content-security-policy'];
    if (csp && /(^|[;,\s])upgrade-insecure-requests(\s*(;|,|$))/i.test(csp)) this.#uirFrom ??= r.url;
  }

  #causeOf(url: string, reason: string): { cause: UpgradeCause; explanation: string } {
    if (/^hsts$/i.test(reason)) {
      let host = '';
      try {
        host = new URL(url).hostname;
      } catch {
        // keep empty: no policy can match
      }
      const policy = this.#sts.find((s) => s.host === host || (s.includeSubDomains && host.endsWith(`.${s.host}`)));
      if (policy) return { cause: 'hsts-policy', explanation: `a Strict-Transport-Security header received earlier in this capture (from ${policy.url}) covers ${host}, so the browser asked for https:// itself` };
      return { cause: 'hsts-preload', explanation: `${host} (or a parent domain) is on the browser's built-in HSTS preload list: no Strict-Transport-Security header had been received in this capture's fresh browser profile, so the browser asked for https:// itself` };
    }
    if (/^httpsupgrades$/i.test(reason)) return { cause: 'https-upgrades', explanation: "the browser's HTTPS-Upgrades feature tried https:// first" };
    return { cause: 'browser-other', explanation: `the browser redirected on its own (Non-Authoritative-Reason: ${reason}); no server answered this URL` };
  }
}
