import { describeError } from '../../core/errors.js';
import { CUSTODY_FILE, type CustodyEvent, type Manifest } from '../../evidence/index.js';
import type { BundleStore } from '../../store/index.js';
import type { Lang } from '../legal.js';
import type { PacketEvidence } from '../packet-types.js';

/** What the police need of one capture to take it over: the conditions, every hash, the custody, how to repeat it. */
export interface HandoverCapture {
  bundleId: string;
  requestedUrl: string;
  finalUrl: string | null;
  httpStatus: number | null;
  status: string;
  startedAt: string;
  endedAt: string;
  manifestSha256: string | null;
  signer: { subject: string; certificateSha256: string } | null;
  conditions: {
    tool: string;
    browser: string | null;
    userAgent: string | null;
    viewport: string | null;
    locale: string | null;
    timezone: string | null;
    egress: string | null;
    /** The guard against private networks, its allowed ranges, and whether traffic left through a proxy. */
    networkPolicy: { privateNetworks: 'refused' | 'allowed'; allowedRanges: string[]; viaProxy: boolean } | null;
    /** True when the capture ran under the observation guard (no forms, uploads, downloads, clicks or typing). */
    observationOnly: boolean;
  };
  /** Every file the manifest lists; a sealed one with the hash of its plaintext, which only the holder of the keys can produce. */
  artifacts: { path: string; role: string; sha256: string; sealed: boolean; plaintextSha256: string | null }[];
  timestamps: { tsa: string; genTime: string; tokenSha256: string }[];
  custody: { seq: number; event: string; time: string; actor: string | null }[];
}

type Provenance = Partial<{
  tool: { name: string; version: string; commit: string | null };
  browser: { name: string; version: string };
  userAgent: string;
  viewport: { width: number; height: number };
  locale: string;
  timezoneId: string;
  proxy: string | null;
  networkPolicy: { privateNetworks?: 'refused' | 'allowed'; allowedRanges?: string[] };
  observationOnly: string;
}>;

const json = async <T>(store: BundleStore, bundleId: string, path: string): Promise<T | null> => {
  try {
    return JSON.parse((await store.read(bundleId, path)).toString('utf8')) as T;
  } catch {
    return null;
  }
};

/** Only the proxy's scheme, host and port: credentials and paths never leave the reporter. */
const egressOf = (proxy: string | null | undefined): string | null => {
  if (!proxy) return null;
  try {
    const u = new URL(proxy);
    return `${u.protocol}//${u.host}`;
  } catch {
    return null;
  }
};

/**
 * The hand-over record of each capture the packet cites, read from the bundle store. A bundle that
 * cannot be read is reported to the sender and listed with what the catalog knows.
 */
export async function handoverOf(store: BundleStore, evidence: PacketEvidence[], warnings: string[]): Promise<HandoverCapture[]> {
  const out: HandoverCapture[] = [];
  for (const e of evidence) {
    const manifest = await json<Manifest>(store, e.bundleId, 'manifest.json');
    const prov = (await json<Provenance>(store, e.bundleId, 'artifacts/provenance.json')) ?? {};
    let events: CustodyEvent[] = [];
    try {
      events = (await store.read(e.bundleId, CUSTODY_FILE)).toString('utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as CustodyEvent);
    } catch (error) {
      warnings.push(`The custody log of bundle ${e.bundleId} could not be read (${describeError(error)}); the police package lists the capture without it.`);
    }
    if (!manifest) warnings.push(`The manifest of bundle ${e.bundleId} could not be read from the store; the police package lists the capture with the catalog's facts only.`);
    out.push({
      bundleId: e.bundleId,
      requestedUrl: manifest?.target.requestedUrl ?? e.url,
      finalUrl: manifest?.target.finalUrl ?? null,
      httpStatus: manifest?.target.httpStatus ?? null,
      status: manifest?.capture.status ?? e.status,
      startedAt: manifest?.capture.startedAt ?? e.capturedAt,
      endedAt: manifest?.capture.endedAt ?? e.capturedAt,
      manifestSha256: e.manifestSha256,
      signer: manifest?.signer ?? null,
      conditions: {
        tool: prov.tool ? `${prov.tool.name} ${prov.tool.version}${prov.tool.commit ? ` (${prov.tool.commit.slice(0, 12)})` : ''}` : `dijkwacht ${manifest?.tool.version ?? '?'}`,
        browser: prov.browser ? `${prov.browser.name} ${prov.browser.version}` : null,
        userAgent: prov.userAgent ?? null,
        viewport: prov.viewport ? `${prov.viewport.width}×${prov.viewport.height}` : null,
        locale: prov.locale ?? null,
        timezone: prov.timezoneId ?? null,
        egress: egressOf(prov.proxy),
        networkPolicy: prov.networkPolicy?.privateNetworks ? { privateNetworks: prov.networkPolicy.privateNetworks, allowedRanges: prov.networkPolicy.allowedRanges ?? [], viaProxy: Boolean(prov.proxy) } : null,
        observationOnly: typeof prov.observationOnly === 'string' && prov.observationOnly !== '',
      },
      artifacts: (manifest?.artifacts ?? []).map((a) => ({ path: a.path, role: a.role, sha256: a.sha256, sealed: a.sealed, plaintextSha256: a.plaintext?.sha256 ?? null })),
      timestamps: events.flatMap((ev) => {
        const d = ev.details as { tsa?: unknown; genTime?: unknown; tokenSha256?: unknown };
        return ev.event === 'timestamped' && typeof d.tsa === 'string' && typeof d.genTime === 'string' && typeof d.tokenSha256 === 'string' ? [{ tsa: d.tsa, genTime: d.genTime, tokenSha256: d.tokenSha256 }] : [];
      }),
      custody: events.map((ev) => ({ seq: ev.seq, event: ev.event, time: ev.time, actor: ev.actor ?? null })),
    });
  }
  return out;
}

/** How to repeat one capture independently, step by step, in the packet's language. */
export function reproduceSteps(c: HandoverCapture, lang: Lang): string[] {
  const ua = c.conditions.userAgent ? (lang === 'nl' ? ` met de user agent "${c.conditions.userAgent}"` : ` with the user agent "${c.conditions.userAgent}"`) : '';
  const size = c.conditions.viewport ? (lang === 'nl' ? `, met een venster van ${c.conditions.viewport} pixels` : `, with a ${c.conditions.viewport} pixel window`) : '';
  if (lang === 'nl') {
    return [
      `Open ${c.requestedUrl} in een eigen browser${ua}${size}, via een eigen internetverbinding; de vastlegging volgde ${c.finalUrl && c.finalUrl !== c.requestedUrl ? `doorverwijzingen naar ${c.finalUrl}` : 'geen doorverwijzing'}.`,
      'Leg de pagina zelf vast (broncode, schermafbeelding van de hele pagina, netwerkverkeer) en noteer de tijd en de tijdbron.',
      'Vergelijk de tekst met de geciteerde woorden in dit pakket; zonder de verzegelde originelen zijn de beelden niet te vergelijken.',
      `Controleer de bundel ${c.bundleId} met de opdrachten in VERIFY.md (sha256sum, openssl cms en openssl ts), zoals ze er staan.`,
      'Vraag de verzegelde originelen en de sleutels om ze te openen op bij de houder (hieronder); hun SHA-256 staat hierboven al, zodat u ze na ontvangst kunt controleren.',
    ];
  }
  return [
    `Open ${c.requestedUrl} in a browser of your own${ua}${size}, over your own internet connection; the capture followed ${c.finalUrl && c.finalUrl !== c.requestedUrl ? `redirects to ${c.finalUrl}` : 'no redirect'}.`,
    'Capture the page yourself (source, full-page screenshot, network traffic) and note the time and its source.',
    'Compare the text with the words quoted in this package; the images cannot be compared without the sealed originals.',
    `Check bundle ${c.bundleId} with the commands in VERIFY.md (sha256sum, openssl cms and openssl ts), as written.`,
    'Request the sealed originals and the keys to open them from the holder (below); their SHA-256 is listed above already, so that you can check them on receipt.',
  ];
}
