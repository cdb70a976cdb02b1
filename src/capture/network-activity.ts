import type { Page, Request } from 'playwright';

/**
 * The requests a page has in flight, counted from the moment the page opens (subframes included), so
 * that waits can be conditions instead of fixed sleeps: "no request for N ms", with a ceiling for
 * pages that never go quiet (polling, streams, endless trackers).
 */
export class NetworkActivity {
  readonly #inFlight = new Set<Request>();
  readonly #listeners = new Set<() => void>();

  constructor(page: Page) {
    page.on('request', (r) => this.#change(() => this.#inFlight.add(r)));
    page.on('requestfinished', (r) => this.#change(() => this.#inFlight.delete(r)));
    page.on('requestfailed', (r) => this.#change(() => this.#inFlight.delete(r)));
  }

  get inFlight(): number {
    return this.#inFlight.size;
  }

  #change(apply: () => void): void {
    apply();
    for (const listener of this.#listeners) listener();
  }

  /**
   * Resolves once no request has been in flight for `quietMs` from now (a request ending restarts the
   * count: a page is quiet when nothing started or ended for that long), or at `ceilingMs`,
   * whichever comes first; says which.
   */
  quiet(quietMs: number, ceilingMs: number): Promise<'quiet' | 'ceiling'> {
    return new Promise((resolve) => {
      let quietTimer: NodeJS.Timeout | undefined;
      const finish = (how: 'quiet' | 'ceiling'): void => {
        clearTimeout(quietTimer);
        clearTimeout(ceiling);
        this.#listeners.delete(arm);
        resolve(how);
      };
      const arm = (): void => {
        clearTimeout(quietTimer);
        if (this.#inFlight.size > 0) return;
        quietTimer = setTimeout(() => finish('quiet'), quietMs);
      };
      const ceiling = setTimeout(() => finish('ceiling'), Math.max(0, ceilingMs));
      this.#listeners.add(arm);
      arm();
    });
  }
}
