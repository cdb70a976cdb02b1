import type { BlockedAction } from '../browser/index.js';
import type { Exchange } from './har.js';
import type { Unreachable } from '../net/index.js';
import type { PageFacts } from './page-facts.js';
import type { InternalRedirect } from './upgrades.js';

export interface MainResponse {
  url: string;
  status: number;
  statusText: string;
  headers: Record<string, string>;
  headerLines: { name: string; value: string }[];
  mediaType: string;
  body: Buffer | null;
  securityDetails: Record<string, unknown> | null;
  remoteAddress: { ipAddress: string; port: number } | null;
  /** The browser kept no body (very large responses); it was fetched again with a plain GET at this time. */
  bodyRefetchedAt?: string;
  bodyRefetchReason?: string;
  /** The character set the browser decoded the document with. */
  charset?: string;
}

export interface Hop {
  url: string;
  status: number | null;
  location: string | null;
  /** Who answered this hop: the server, or the browser itself (an internal redirect, nothing sent). */
  by: 'server' | 'browser';
  /** Chromium's Non-Authoritative-Reason on its own redirects ("HSTS", "HttpsUpgrades" …). */
  nonAuthoritativeReason?: string;
}

/** A main-frame hop (redirect, meta refresh, script navigation) the network policy refused. */
export interface RefusedHop {
  url: string;
  reason: string;
  /** Whether the page had loaded before it tried (the artifacts then show the page before the hop). */
  afterLoad: boolean;
}

/** Everything observed of one page in one isolated browser context. */
export interface Observed {
  finalUrl: string | null;
  main: MainResponse | null;
  redirectChain: Hop[];
  clientNavigations: string[];
  navigationError: string | null;
  /** The target triggered a download instead of a page (PDF, archive …); `main` then comes from a plain GET. */
  downloadTarget: boolean;
  /** The target is an attachment (Content-Disposition): downloads are not accepted, so only its headers are kept. */
  attachmentRefused: boolean;
  facts: PageFacts | null;
  screenshot: Buffer | null;
  screenshotCutAtPx: number | null;
  dom: string | null;
  exchanges: Exchange[];
  blocked: BlockedAction[];
  /** Refusals beyond the per-kind cap of the guard, by kind. */
  blockedNotListed: Record<string, number>;
  refusedHops: RefusedHop[];
  /** Redirects the browser made itself (HTTPS upgrades), main frame and subresources. */
  internalRedirects: InternalRedirect[];
  /** Why the target was not reached (the egress proxy's or the operator proxy's finding), when it was not. */
  unreachable: Unreachable | null;
  userAgent: string | null;
  /** The browser stopped answering (a step ran out of time, or the context would not close): recycle it. */
  browserWedged: boolean;
}

export function emptyObserved(): Observed {
  return {
    finalUrl: null,
    main: null,
    redirectChain: [],
    clientNavigations: [],
    navigationError: null,
    downloadTarget: false,
    attachmentRefused: false,
    facts: null,
    screenshot: null,
    screenshotCutAtPx: null,
    dom: null,
    exchanges: [],
    blocked: [],
    blockedNotListed: {},
    refusedHops: [],
    internalRedirects: [],
    unreachable: null,
    userAgent: null,
    browserWedged: false,
  };
}

/** A copy that later writes by an abandoned session cannot change. */
export function snapshotObserved(o: Observed): Observed {
  return { ...o, redirectChain: [...o.redirectChain], clientNavigations: [...o.clientNavigations], exchanges: [...o.exchanges], blocked: [...o.blocked], refusedHops: [...o.refusedHops], internalRedirects: [...o.internalRedirects], blockedNotListed: { ...o.blockedNotListed } };
}
