/**
 * What each bundle's provenance.json says was in force when it was captured. The methodology and
 * the statement of findings describe these, never the settings of the machine that exports.
 */
export interface CaptureProvenance {
  tool?: { name?: string; version?: string; commit?: string | null };
  browser?: { name?: string; version?: string; executable?: string; source?: string; stealth?: boolean };
  os?: { type?: string; platform?: string; release?: string; arch?: string };
  node?: string;
  userAgent?: string | null;
  viewport?: { width?: number; height?: number; deviceScaleFactor?: number };
  locale?: string;
  timezoneId?: string;
  proxy?: string | null;
  sealed?: boolean;
  networkPolicy?: Record<string, unknown>;
  captureStartedAt?: string;
  captureEndedAt?: string;
  actor?: string;
  options?: Record<string, unknown>;
}

/** A setting as one line of text per bundle: `name = value`. */
export interface SettingLine {
  name: string;
  value: string;
}

export interface BundleSettings {
  bundleId: string;
  exhibit: string;
  /** null when the bundle has no provenance.json (it then says nothing about its settings). */
  settings: SettingLine[] | null;
}

/** Settings that play no part in a capture (discovery, search, domain lookups, notices, verification, logs). */
const NOT_CAPTURE = /^(crawl|search|searxng|brave|google|rdap|lookup|whois|notice|verify|maxDepth$|maxPages|rolePages|respectRobots|logLevel$|stagingOrphan|captureConcurrency$)/;

const show = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v) ?? 'null');

/** The capture environment and settings of one bundle, flattened to named lines. */
export function settingLines(p: CaptureProvenance): SettingLine[] {
  const env: [string, unknown][] = [
    ['tool', p.tool ? `${p.tool.name ?? 'dijkwacht'} ${p.tool.version ?? '?'}${p.tool.commit ? ` (commit ${p.tool.commit})` : ''}` : undefined],
    ['browser', p.browser ? `${p.browser.name ?? '?'} ${p.browser.version ?? '?'} (${p.browser.source ?? '?'}: ${p.browser.executable ?? '?'}), stealth ${p.browser.stealth ? 'on' : 'off'}` : undefined],
    ['userAgent (as sent)', p.userAgent],
    ['os', p.os ? `${p.os.type ?? '?'} ${p.os.release ?? ''} ${p.os.arch ?? ''}`.replace(/\s+/g, ' ').trim() : undefined],
    ['node', p.node],
    ['networkPolicy', p.networkPolicy],
    ['sealed', p.sealed],
  ];
  const options = Object.entries(p.options ?? {}).filter(([k]) => !NOT_CAPTURE.test(k));
  return [...env, ...options].filter(([, v]) => v !== undefined).map(([name, v]) => ({ name, value: show(v) }));
}

export interface SettingsComparison {
  /** Lines every bundle with provenance shares. */
  common: SettingLine[];
  /** Per bundle, the lines where bundles differ (empty when they all agree). */
  differing: { bundleId: string; exhibit: string; lines: SettingLine[] }[];
  /** Bundles without provenance.json. */
  unrecorded: { bundleId: string; exhibit: string }[];
}

/** Splits the bundles' settings into what they share and what differs per bundle. */
export function compareSettings(bundles: BundleSettings[]): SettingsComparison {
  const recorded = bundles.filter((b): b is BundleSettings & { settings: SettingLine[] } => b.settings !== null);
  const names = [...new Set(recorded.flatMap((b) => b.settings.map((s) => s.name)))];
  const valueOf = (b: { settings: SettingLine[] }, name: string): string => b.settings.find((s) => s.name === name)?.value ?? '(not recorded)';
  const same = new Set(names.filter((n) => new Set(recorded.map((b) => valueOf(b, n))).size === 1));
  const common = recorded[0] ? names.filter((n) => same.has(n)).map((n) => ({ name: n, value: valueOf(recorded[0]!, n) })) : [];
  const differing = same.size === names.length ? [] : recorded.map((b) => ({ bundleId: b.bundleId, exhibit: b.exhibit, lines: names.filter((n) => !same.has(n)).map((n) => ({ name: n, value: valueOf(b, n) })) }));
  return { common, differing, unrecorded: bundles.filter((b) => b.settings === null).map((b) => ({ bundleId: b.bundleId, exhibit: b.exhibit })) };
}

/** Names that are accounts or placeholders, not a person who can sign: the signature line stays blank. */
const NOT_A_NAME = new Set(['', 'root', 'unknown', 'unnamed operator', 'administrator']);

/** The collector named in a bundle's provenance, or null when it names nobody who could sign. */
export function collectorName(p: CaptureProvenance | null): string | null {
  const actor = p?.actor?.trim() ?? '';
  return NOT_A_NAME.has(actor.toLowerCase()) ? null : actor;
}
