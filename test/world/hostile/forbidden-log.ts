/**
 * Traffic the tool must never cause, as the test world saw it arrive. Every entry is evidence of a
 * guard failing: tests assert the list stays empty.
 *
 * - internal: a request, tunnel, raw connection ('TCP') or datagram ('UDP') aimed at the user's own
 *   machine or network — seen by the proxy (absolute-form or CONNECT to an internal target), inside
 *   such a tunnel, or by a loopback sentinel reached directly.
 * - post: any request whose method is not GET, HEAD or OPTIONS (form posts, fetch/XHR/beacon, PUT, DELETE).
 * - websocket: any protocol upgrade (WebSocket handshakes), public or internal.
 * - download: the attachment fixture delivered to the end (a client that refuses downloads cancels early).
 * - popup: the first request of a window a page opened (window.open, target=_blank).
 * - form: a request to a form's action (also GET forms, which no method check sees).
 * - navigation: a beacon from a document a page navigated to on its own (blob:, data:).
 * - service-worker: a service-worker script fetched for registration.
 */
export type ForbiddenTraffic =
  | { kind: 'internal'; via: 'proxy' | 'tunnel' | 'sentinel'; method: string; host: string; port: number; path: string }
  | { kind: 'post'; method: string; host: string; path: string }
  | { kind: 'websocket'; host: string; port: number; path: string }
  | { kind: 'download'; host: string; path: string; bytes: number }
  | { kind: 'popup'; host: string; path: string }
  | { kind: 'form'; method: string; host: string; path: string }
  | { kind: 'navigation'; host: string; path: string }
  | { kind: 'service-worker'; host: string; path: string };

export type ForbiddenKind = ForbiddenTraffic['kind'];

/** Methods a page may cause without changing anything on a server. */
export const SAFE_METHODS: readonly string[] = ['GET', 'HEAD', 'OPTIONS'];

export class ForbiddenLog {
  readonly #entries: ForbiddenTraffic[] = [];

  record(entry: ForbiddenTraffic): void {
    this.#entries.push(entry);
  }

  /** A copy, in arrival order. */
  list(): ForbiddenTraffic[] {
    return [...this.#entries];
  }

  clear(): void {
    this.#entries.length = 0;
  }
}
