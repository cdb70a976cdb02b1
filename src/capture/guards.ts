import type { BrowserContext, Page, Request, Route } from 'playwright';
import { utcNow } from '../core/time.js';
import { isObviouslyPrivateHost } from '../net/index.js';

const POPUP_MARK = 'dijkwacht:blocked-popup ';

export type BlockedKind = 'form-submission' | 'navigation-away' | 'popup' | 'download' | 'file-chooser' | 'private-network';

export interface BlockedAction {
  kind: BlockedKind;
  url: string;
  time: string;
}

/**
 * Observation only. While the page loads, the main frame may follow its own redirect chain (HTTP
 * and script redirects are part of what the site does). Afterwards every main-frame navigation is
 * refused. Form submissions (non-GET navigations), popups, downloads and file choosers are refused
 * always, and each refusal is recorded.
 */
export class ObservationGuard {
  readonly blocked: BlockedAction[] = [];
  #settled = false;
  readonly #allowPrivate: boolean;

  constructor(allowPrivate: boolean) {
    this.#allowPrivate = allowPrivate;
  }

  /** From now on the main frame stays where it is. */
  settle(): void {
    this.#settled = true;
  }

  #block(kind: BlockedKind, url: string): void {
    this.blocked.push({ kind, url, time: utcNow() });
  }

  async install(context: BrowserContext, page: Page): Promise<void> {
    // window.open is refused in the page itself: a popup's first request can escape request routing.
    await context.addInitScript(`(() => {
      const note = (url) => console.debug('${POPUP_MARK}' + String(url ?? ''));
      window.open = function (url) { note(url); return null; };
    })();`);
    page.on('console', (msg) => {
      const text = msg.text();
      if (text.startsWith(POPUP_MARK)) this.#block('popup', text.slice(POPUP_MARK.length) || 'about:blank');
    });
    await context.route('**/*', (route: Route, request: Request) => this.#decide(route, request, page));
    context.on('page', (popup) => {
      if (popup === page) return;
      this.#block('popup', popup.url() || 'about:blank');
      popup.close().catch(() => undefined);
    });
    page.on('download', (download) => {
      this.#block('download', download.url());
      download.cancel().catch(() => undefined);
    });
    page.on('filechooser', (chooser) => {
      // We never set files; the chooser is left unanswered and recorded.
      this.#block('file-chooser', chooser.page().url());
    });
  }

  async #decide(route: Route, request: Request, page: Page): Promise<void> {
    const url = request.url();
    if (!this.#allowPrivate) {
      try {
        if (isObviouslyPrivateHost(new URL(url).hostname)) {
          this.#block('private-network', url);
          await route.abort('blockedbyclient');
          return;
        }
      } catch {
        // data:, blob: and the like have no host
      }
    }
    if (request.isNavigationRequest()) {
      let frameIsMain = true;
      let framePage: Page | null = page;
      try {
        const frame = request.frame();
        frameIsMain = frame.parentFrame() === null;
        framePage = frame.page();
      } catch {
        // service-worker requests have no frame
      }
      const method = request.method();
      if (method !== 'GET' && method !== 'HEAD') {
        this.#block('form-submission', url);
        await route.abort('blockedbyclient');
        return;
      }
      if (framePage !== page || (frameIsMain && this.#settled)) {
        this.#block(framePage !== page ? 'popup' : 'navigation-away', url);
        await route.abort('blockedbyclient');
        return;
      }
    }
    await route.continue();
  }
}
