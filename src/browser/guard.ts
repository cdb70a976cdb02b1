import type { BrowserContext, Page, Request, Route, WebSocketRoute } from 'playwright';
import { utcNow } from '../core/time.js';
import type { NetworkPolicy, Refusal } from '../net/index.js';
import { guardScript, GUARD_MARK } from './guard-script.js';

export type BlockedKind =
  | 'form-submission'
  | 'script-request'
  | 'navigation-away'
  | 'popup'
  | 'download'
  | 'file-chooser'
  | 'private-network'
  | 'websocket'
  | 'dialog'
  | 'blocked-resource';

export interface BlockedAction {
  kind: BlockedKind;
  url: string;
  time: string;
  /** HTTP method, where the action was a request. */
  method?: string;
  /** What started it: resource type and the frame's URL, or "page script". */
  initiator?: string;
  reason?: string;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** At most this many records per kind: a page looping over alert() or fetch() cannot flood the evidence. */
const MAX_PER_KIND = 50;

export interface GuardSettings {
  policy: NetworkPolicy;
  /** WebSockets connect (through the egress proxy and its policy) instead of being refused. */
  allowWebSockets?: boolean;
  /** Resource types aborted without a record (discovery never downloads imagery). */
  blockResourceTypes?: ReadonlySet<string>;
  /** Refuse every request but data: URLs (PDF rendering of our own HTML). */
  offline?: boolean;
}

/**
 * The one observation guard for every browser dijkwacht drives (capture, discovery's browser
 * crawler, PDF rendering). Observation only:
 * - every request is checked by the network policy (the egress proxy checks the same again for
 *   every redirect hop the browser follows on its own);
 * - no request with a method other than GET/HEAD/OPTIONS, whether a form, fetch, XHR or beacon;
 * - forms cannot be submitted by any DOM means, dialogs return at once, window.open returns null;
 * - popups are refused before their first request and closed; downloads are never saved;
 * - WebSockets are refused unless allowed; service workers are blocked at the context;
 * - once settled, the main frame stays on its document (navigations are cancelled, not failed).
 * Every refusal is recorded (capped per kind, with a count of the rest).
 */
export class ObservationGuard {
  readonly blocked: BlockedAction[] = [];
  /** Records dropped per kind after the cap. */
  readonly dropped: Partial<Record<BlockedKind, number>> = {};
  readonly #settings: GuardSettings;
  #settled = false;
  #page: Page | null = null;

  constructor(settings: GuardSettings) {
    this.#settings = settings;
  }

  /** From now on the main frame stays where it is. */
  settle(): void {
    this.#settled = true;
  }

  record(action: Omit<BlockedAction, 'time'>): void {
    const count = this.blocked.filter((b) => b.kind === action.kind).length;
    if (count >= MAX_PER_KIND) {
      this.dropped[action.kind] = (this.dropped[action.kind] ?? 0) + 1;
      return;
    }
    this.blocked.push({ ...action, time: utcNow() });
  }

  /** A request the egress proxy refused (redirect hops the browser followed by itself, tunnels). */
  noteRefusal(refusal: Refusal): void {
    const kind: BlockedKind = refusal.kind === 'method' ? 'script-request' : refusal.kind === 'upgrade' ? 'websocket' : 'private-network';
    this.record({ kind, url: refusal.url, method: refusal.method, initiator: 'network policy (egress proxy)', reason: refusal.reason });
  }

  /** Installs the guard on a context before its page navigates anywhere. */
  async install(context: BrowserContext, page: Page): Promise<void> {
    this.#page = page;
    await context.addInitScript(guardScript());
    page.on('console', (msg) => {
      const text = msg.text();
      if (!text.startsWith(GUARD_MARK)) return;
      const [kind = '', ...rest] = text.slice(GUARD_MARK.length).split(' ');
      const detail = rest.join(' ');
      if (kind === 'popup') this.record({ kind: 'popup', url: detail || 'about:blank', initiator: 'page script (window.open)' });
      else if (kind === 'form-submission') this.record({ kind: 'form-submission', url: detail, initiator: 'page script or markup' });
      else if (kind === 'dialog') this.record({ kind: 'dialog', url: page.url(), initiator: `page script (${detail})` });
      else if (kind === 'beacon') this.record({ kind: 'script-request', url: detail, method: 'POST', initiator: 'page script (navigator.sendBeacon)' });
      else if (kind === 'shared-worker') this.record({ kind: 'script-request', url: detail, initiator: 'page script (SharedWorker)', reason: 'shared workers are refused' });
      else if (kind === 'blob-document') this.record({ kind: 'navigation-away', url: page.url(), initiator: 'page script (URL.createObjectURL)', reason: `a ${detail} document made by the page itself gets no URL` });
    });
    await context.route('**/*', (route, request) => this.#decide(route, request));
    await context.routeWebSocket(/.*/, (ws) => this.#decideWebSocket(ws));
    context.on('page', (popup) => {
      if (popup === page) return;
      this.record({ kind: 'popup', url: popup.url() || 'about:blank', initiator: 'new window' });
      popup.close({ runBeforeUnload: false }).catch(() => undefined);
    });
    page.on('dialog', (dialog) => {
      this.record({ kind: 'dialog', url: page.url(), initiator: `${dialog.type()} dialog` });
      dialog.dismiss().catch(() => undefined);
    });
    page.on('download', (download) => {
      this.record({ kind: 'download', url: download.url() });
      download.cancel().catch(() => undefined);
    });
    page.on('filechooser', (chooser) => {
      // Files are never set: the chooser is left unanswered and recorded.
      this.record({ kind: 'file-chooser', url: chooser.page().url() });
    });
  }

  async #decideWebSocket(ws: WebSocketRoute): Promise<void> {
    const url = ws.url();
    const verdict = this.#settings.policy.url(url);
    if (this.#settings.allowWebSockets && verdict.allowed && !this.#settings.offline) {
      ws.connectToServer();
      return;
    }
    this.record({ kind: verdict.allowed ? 'websocket' : 'private-network', url, initiator: 'page script (WebSocket)', reason: verdict.allowed ? 'WebSockets are refused (allowWebSockets is off)' : verdict.reason });
    await ws.close({ code: 1008, reason: 'refused by the observer' }).catch(() => undefined);
  }

  async #decide(route: Route, request: Request): Promise<void> {
    const url = request.url();
    const navigation = request.isNavigationRequest();
    const mainFrame = navigation && this.#isMainFrame(request);
    // A refused main-frame navigation is cancelled ("aborted"): the document stays, no error page.
    const abort = (): Promise<void> => route.abort(mainFrame ? 'aborted' : 'blockedbyclient').catch(() => undefined);
    if (url.startsWith('data:') || url.startsWith('blob:')) {
      if (mainFrame) {
        // A document the page made itself is not a page of the site, and it could act unobserved.
        this.record({ kind: 'navigation-away', url: url.slice(0, 200), initiator: 'page script', reason: 'the main frame may only show documents fetched from the site (http or https)' });
        await abort();
        return;
      }
      await route.continue().catch(() => undefined);
      return;
    }
    if (this.#settings.offline) {
      this.record({ kind: 'blocked-resource', url, initiator: request.resourceType(), reason: 'rendering is offline' });
      await abort();
      return;
    }
    const initiator = `${request.resourceType()}${this.#frameUrl(request)}`;
    if (this.#fromSelfMadeDocument(request)) {
      this.record({ kind: 'script-request', url, method: request.method(), initiator, reason: 'requests from a document the page made itself (blob:, data:) are refused' });
      await abort();
      return;
    }
    const verdict = this.#settings.policy.url(url);
    if (!verdict.allowed) {
      this.record({ kind: 'private-network', url, method: request.method(), initiator, reason: verdict.reason });
      await abort();
      return;
    }
    const method = request.method().toUpperCase();
    if (!SAFE_METHODS.has(method)) {
      this.record({ kind: navigation ? 'form-submission' : 'script-request', url, method, initiator });
      await abort();
      return;
    }
    if (this.#settings.blockResourceTypes?.has(request.resourceType())) {
      await abort();
      return;
    }
    if (navigation) {
      const owner = this.#ownerPage(request);
      if (owner !== this.#page) {
        // A popup's first request: its frame does not exist yet, or belongs to another page.
        this.record({ kind: 'popup', url, initiator: 'new window' });
        await route.abort('blockedbyclient').catch(() => undefined);
        return;
      }
      if (mainFrame && this.#settled) {
        this.record({ kind: 'navigation-away', url, initiator });
        await abort();
        return;
      }
    }
    await route.continue().catch(() => undefined);
  }

  #ownerPage(request: Request): Page | null {
    try {
      return request.frame().page();
    } catch {
      return null;
    }
  }

  #isMainFrame(request: Request): boolean {
    try {
      const frame = request.frame();
      return frame.parentFrame() === null && frame.page() === this.#page;
    } catch {
      return false;
    }
  }

  /** The request comes from a main-frame document that no site served (blob:, data:). */
  #fromSelfMadeDocument(request: Request): boolean {
    try {
      const frame = request.frame();
      return frame.parentFrame() === null && /^(blob|data):/.test(frame.url());
    } catch {
      return false;
    }
  }

  #frameUrl(request: Request): string {
    try {
      const url = request.frame().url();
      return url ? ` from ${url}` : '';
    } catch {
      return ' from a worker or a new window';
    }
  }
}
