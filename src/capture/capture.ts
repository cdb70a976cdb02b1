import { randomBytes } from 'node:crypto';
import { arch, platform, release, type as osType } from 'node:os';
import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { prettyJson } from '../core/json.js';
import { compactStamp, utcNow } from '../core/time.js';
import { toolCommit, toolVersion } from '../core/version.js';
import { BundleWriter } from '../evidence/bundle-writer.js';
import { appendCustody } from '../evidence/custody-io.js';
import { finalizeBundle } from '../evidence/finalize.js';
import { actorFor, type Custodian, type Signer } from '../evidence/keys.js';
import type { Certificate } from 'pkijs';
import { MANIFEST_SCHEMA_ID, MANIFEST_SCHEMA_VERSION, type CaptureStatus, type Sealing } from '../evidence/manifest.js';
import { KEY_WRAP_ALGORITHM, SEAL_ALGORITHM, SEALED_FILE_FORMAT, newBundleKey, wrapKey } from '../evidence/seal.js';
import type { Logger } from '../log/index.js';
import { checkTarget, EgressProxy, policyFor, UnresolvableHostError, type NetworkPolicy } from '../net/index.js';
import { publicOptions, redactUrlCredentials, type Options } from '../options/index.js';
import type { CapturesRepository } from '../catalog/repositories/captures-repo.js';
import type { BundleStore } from '../store/index.js';
import { detectBotWall, type BotWall } from './bot-wall.js';
import type { LaunchedBrowser } from '../browser/index.js';
import { observeDns, type DnsObservation } from '../net/dns-answers.js';
import { recordCaptureFacts } from './catalog-facts.js';
import { recordArtifacts } from './record.js';
import { emptyObserved, snapshotObserved, type Observed } from './observed.js';
import { observePage } from './session.js';
import { StepRunner } from './steps.js';
import { observeTls, type TlsObservation } from './tls-chain.js';
import { unreachableLabel } from './unreachable.js';
import { describeInternalRedirect, type InternalRedirect } from './upgrades.js';

export interface CaptureEnvironment {
  options: Options;
  browser: LaunchedBrowser;
  signer: Signer;
  custodians: Custodian[];
  /** The TSA roots the operator configured (tsaTrustFiles), read once per run: they complete a chain a TSA sends without its root. */
  tsaAnchors: Certificate[];
  store: BundleStore;
  /**
   * Where capture facts go for later stages (the capture row with its CDN headers, identifiers): the
   * data directory's catalog, or a worker's shared PostgreSQL catalog; null when it cannot be opened.
   */
  captures: CapturesRepository | null;
  log: Logger;
}

export interface CaptureOutcome {
  id: string;
  path: string;
  url: string;
  status: CaptureStatus;
  reasons: string[];
  timestampPending: boolean;
  /** The main response's HTTP status (null when none arrived). */
  httpStatus: number | null;
  /** Redirects of the main document the browser made itself (HTTPS upgrades): no server answered them. */
  internalRedirects: InternalRedirect[];
  /** The browser stopped answering during this capture and must be replaced before the next one. */
  browserWedged: boolean;
  /** Work files an abandoned browser session may still write (its network log): removed once that browser is gone. */
  leftoverWork: string | null;
}

export interface CaptureHooks {
  /**
   * Called once, as soon as the browser is done with this URL (its context closed or abandoned), with
   * whether it stopped answering; the bundle is written after that.
   */
  sessionEnded?: (browserWedged: boolean) => void;
}

function bundleIdFor(url: string): string {
  let host = 'target';
  try {
    host = new URL(url).hostname.replace(/[^a-zA-Z0-9.-]/g, '_').slice(0, 60) || 'target';
  } catch {
    // keep the default
  }
  return `${compactStamp()}-${host}-${randomBytes(4).toString('hex')}`;
}

function judge(steps: StepRunner, observed: Observed | null, botWall: BotWall | null, tls: TlsObservation | null, truncations: string[], hostError: string | null): { status: CaptureStatus; reasons: string[] } {
  const reasons: string[] = [];
  if (hostError) return { status: 'FAILED', reasons: [hostError] };
  const requiredFailed = steps.failed().filter((s) => s.required);
  if (!observed?.main) {
    const why = observed?.navigationError ?? requiredFailed[0]?.detail ?? 'the page could not be loaded';
    // Who found out comes first: the operator's proxy saying a host does not exist is not the target's answer.
    const first = observed?.unreachable ? `${unreachableLabel(observed.unreachable)}: ${why}` : `the page could not be loaded: ${why}`;
    const upgrades = (observed?.internalRedirects ?? []).filter((r) => r.mainFrame).map((r) => `before that, ${describeInternalRedirect(r)}`);
    return { status: 'FAILED', reasons: [first, ...upgrades] };
  }
  if (botWall) reasons.push(`a bot wall or challenge page (${botWall.kind}) was served instead of the site's content: ${botWall.signals.slice(0, 3).join('; ')}`);
  for (const hop of observed.refusedHops) {
    reasons.push(`the page tried to go to ${hop.url}, which the network policy refused (${hop.reason}); the artifacts show the page before that navigation`);
  }
  if (observed.main.status >= 400) reasons.push(`the server answered HTTP ${observed.main.status} ${observed.main.statusText}`.trim());
  if (observed.attachmentRefused) {
    const size = observed.main.headers['content-length'];
    reasons.push(`the target is a download (Content-Disposition: attachment; ${observed.main.mediaType || 'unknown type'}${size ? `, ${size} bytes declared` : ''}): downloads are never accepted, so only the response headers are recorded`);
  } else if (observed.downloadTarget || !/html|xml/.test(observed.main.mediaType)) {
    reasons.push(`the target is ${observed.main.mediaType || 'of unknown type'}, not a web page: the response body is kept${observed.downloadTarget ? ' (fetched directly; the browser would download it)' : ''}`);
  }
  if (tls && !tls.trusted) reasons.push(`the TLS certificate is not trusted: ${tls.trustError ?? 'unknown reason'}`);
  for (const s of steps.failed()) reasons.push(`step ${s.name} failed: ${s.detail ?? 'no detail'}`);
  reasons.push(...truncations);
  return { status: reasons.length > 0 ? 'PARTIAL' : 'COMPLETE', reasons };
}

/**
 * Captures one URL into a signed, sealed, timestamped bundle and commits it to the store.
 * Throws only for targets that may not be captured (TargetError, before anything is written) and for
 * run-stopping failures (store, signing). Everything else ends in a bundle that says what happened.
 */
export async function captureOne(env: CaptureEnvironment, url: string, caseId: string | null, hooks: CaptureHooks = {}): Promise<CaptureOutcome> {
  const { options: o, log } = env;
  let hostError: string | null = null;
  let target: URL;
  const policy = policyFor(o);
  try {
    target = (await checkTarget(url, { policy, viaProxy: o.proxy !== null })).url;
  } catch (error) {
    // A host that does not resolve is a fact worth a signed FAILED bundle; other refusals are not.
    if (error instanceof UnresolvableHostError) {
      hostError = error.message;
      target = new URL(url);
    } else throw error;
  }
  const bundleId = bundleIdFor(url);
  const startedAt = utcNow();
  const bundleKey = o.seal ? newBundleKey() : null;
  const writer = await BundleWriter.create(resolve(o.dataDir, 'staging'), bundleId, bundleKey);
  const steps = new StepRunner(log.child({ bundleId }));
  let egress: EgressProxy | null = null;
  try {
    let observed: Observed | null = null;
    let dns: DnsObservation | null = null;
    let tlsPending: Promise<TlsObservation | null> = Promise.resolve(null);
    if (!hostError) {
      const host = target.hostname.replace(/^\[|\]$/g, '');
      const dnsPromise = isIP(host)
        ? (steps.skip('dns', 'the target is an IP address'), Promise.resolve(undefined))
        : steps.run('dns', { timeoutMs: o.stepTimeoutMs }, () => observeDns(host, o.dnsServer, o.stepTimeoutMs));
      const proxy = await EgressProxy.start({ policy, upstream: o.proxy, connectTimeoutMs: Math.min(o.navigationTimeoutMs, 15_000), idleTimeoutMs: o.navigationTimeoutMs });
      egress = proxy;
      observed = await observeWithinDeadline(env, { url: target.toString(), steps, harPath: writer.workPath('network.har'), egress: proxy, policy });
      // The browser is done with this URL: the next one may load while this one is written.
      hooks.sessionEnded?.(observed.browserWedged);
      dns = (await dnsPromise) ?? null;
      const finalUrl = new URL(observed.finalUrl && /^https?:/.test(observed.finalUrl) ? observed.finalUrl : target.toString());
      if (finalUrl.protocol === 'https:' && observed.main) {
        // Under way while the artifacts are written; the egress proxy stays up until it ends.
        tlsPending = steps.run('tls', { timeoutMs: o.stepTimeoutMs }, () => observeTls(finalUrl, { proxy: proxy.url, caFile: o.caFile, timeoutMs: o.stepTimeoutMs })).then((tls) => {
          if (tls) tls.viaProxy = o.proxy !== null;
          return tls ?? null;
        });
      } else steps.skip('tls', finalUrl.protocol === 'https:' ? 'no page was loaded' : 'the final URL is not https');
    } else {
      steps.skip('navigate', hostError);
      hooks.sessionEnded?.(false);
    }

    const botWall = observed?.main
      ? detectBotWall({
          status: observed.main.status,
          headers: observed.main.headers,
          title: observed.facts?.title ?? '',
          text: observed.facts?.text ?? '',
          html: observed.dom ?? observed.main.body?.toString('utf8') ?? '',
        })
      : null;
    const recording = observed
      ? recordArtifacts({ writer, observed, options: o, steps, tls: tlsPending, dns, botWall, requestedUrl: url, startedAt })
      : Promise.resolve({ truncations: [], images: 0 });
    const [recordedResult, tlsResult] = await Promise.allSettled([recording, tlsPending]);
    if (recordedResult.status === 'rejected') throw recordedResult.reason;
    const recorded = recordedResult.value;
    const tls = tlsResult.status === 'fulfilled' ? tlsResult.value : null;
    await egress?.stop();
    egress = null;
    const endedAt = utcNow();
    const { status, reasons } = judge(steps, observed, botWall, tls, recorded.truncations, hostError);

    await writer.addBuffer(
      { name: 'capture-events.json', role: 'capture-events', mediaType: 'application/json' },
      prettyJson({ blocked: observed?.blocked ?? [], blockedNotListed: observed?.blockedNotListed ?? {}, refusedHops: observed?.refusedHops ?? [], internalRedirects: observed?.internalRedirects ?? [], unreachable: observed?.unreachable ?? null, steps: steps.records }),
    );
    await writer.addBuffer(
      { name: 'provenance.json', role: 'provenance', mediaType: 'application/json' },
      prettyJson({
        tool: { name: 'dijkwacht', version: toolVersion, commit: toolCommit() },
        browser: { name: 'chromium', version: env.browser.browser.version(), executable: env.browser.executable.path, source: env.browser.executable.source, stealth: env.browser.stealth, trustsCaFile: o.caFile !== null },
        os: { type: osType(), platform: platform(), release: release(), arch: arch() },
        node: process.version,
        userAgent: observed?.userAgent ?? null,
        viewport: { width: o.viewportWidthPx, height: o.viewportHeightPx, deviceScaleFactor: 1 },
        locale: o.locale,
        timezoneId: o.timezoneId,
        proxy: o.proxy ? redactUrlCredentials(o.proxy) : null,
        sealed: bundleKey !== null,
        options: publicOptions(o),
        networkPolicy: { ...policy.describe(), egress: o.proxy ? 'every request and redirect hop checked by the local egress proxy, then sent through the configured proxy' : 'every request and redirect hop checked by the local egress proxy, names resolved there and connected to the checked address' },
        captureStartedAt: startedAt,
        captureEndedAt: endedAt,
        actor: actorFor(o.actor, env.signer),
        observationOnly: 'form submissions by any means, requests other than GET/HEAD/OPTIONS, uploads, downloads, popups, WebSockets (unless allowed), service workers, dialogs, file choosers and navigation away from the redirect chain are blocked; nothing is typed or clicked',
      }),
    );

    const sealing: Sealing = bundleKey
      ? { sealed: true, algorithm: SEAL_ALGORITHM, keyWrap: KEY_WRAP_ALGORITHM, fileFormat: SEALED_FILE_FORMAT, recipients: wrapKey(bundleKey, env.custodians) }
      : { sealed: false, reason: `sealing turned off explicitly (--no-seal) by ${actorFor(o.actor, env.signer)}` };
    const final = await finalizeBundle({
      writer,
      signer: env.signer,
      actor: o.actor,
      tsaUrls: o.tsaUrls,
      tsaTimeoutMs: o.tsaTimeoutMs,
      tsaAnchors: env.tsaAnchors,
      manifest: {
        $schema: MANIFEST_SCHEMA_ID,
        schemaVersion: MANIFEST_SCHEMA_VERSION,
        bundleId,
        caseId,
        createdAt: endedAt,
        tool: { name: 'dijkwacht', version: toolVersion, commit: toolCommit() },
        target: { requestedUrl: url, finalUrl: observed?.finalUrl ?? null, httpStatus: observed?.main?.status ?? null },
        capture: { status, reasons, startedAt, endedAt, steps: steps.records, botWall },
        sealing,
      },
    });
    await writer.removeWork();
    const path = await env.store.commit(writer.dir, bundleId);
    await appendCustody(env.store, bundleId, { event: 'stored', actor: o.actor, details: { store: env.store.kind, location: path } }, env.signer);
    await recordCaptureFacts({ captures: env.captures, bundleId, url, status, location: path, caseId, observed, tls, log });
    for (const f of final.stamps.failures) log.warn({ bundleId, tsa: f.tsaUrl }, `timestamp failed: ${f.reason}`);
    log.info({ bundleId, status, url }, `captured ${url}: ${status}`);
    return { id: bundleId, path, url, status, reasons, timestampPending: final.stamps.tokens.length === 0, httpStatus: observed?.main?.status ?? null, internalRedirects: (observed?.internalRedirects ?? []).filter((r) => r.mainFrame), browserWedged: observed?.browserWedged ?? false, leftoverWork: observed?.browserWedged ? writer.workPath('') : null };
  } catch (error) {
    await writer.discard();
    throw error;
  } finally {
    await egress?.stop();
  }
}

interface SessionPlan {
  url: string;
  steps: StepRunner;
  harPath: string;
  egress: EgressProxy;
  policy: NetworkPolicy;
}

/**
 * Runs the browser session under the capture's hard deadline. Past it, the session is abandoned:
 * the step it was in is recorded as cut, what it had observed so far is kept, and the browser is
 * marked for recycling (a wedged renderer or a dialog loop never holds up the run).
 */
async function observeWithinDeadline(env: CaptureEnvironment, plan: SessionPlan): Promise<Observed> {
  const o = env.options;
  const observed = emptyObserved();
  const steps = plan.steps.fork();
  const session = observePage({ browser: env.browser.browser, options: o, observed, steps, url: plan.url, harPath: plan.harPath, egress: plan.egress, policy: plan.policy });
  session.catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  const cut = new Promise<'cut'>((resolve) => {
    timer = setTimeout(() => resolve('cut'), o.captureDeadlineMs);
  });
  try {
    const outcome = await Promise.race([session.then(() => 'done' as const), cut]);
    if (outcome === 'done') return observed;
  } finally {
    clearTimeout(timer);
  }
  steps.cut(steps.current ?? 'browser-session', o.captureDeadlineMs);
  const kept = snapshotObserved(observed);
  kept.browserWedged = true;
  kept.exchanges = [];
  for (const r of plan.egress.refusals) kept.blocked.push({ kind: 'private-network', url: r.url, method: r.method, initiator: 'network policy (egress proxy)', reason: r.reason, time: r.time });
  if (!kept.main) kept.navigationError ??= `the page did not finish loading within the capture deadline of ${o.captureDeadlineMs} ms`;
  return kept;
}
