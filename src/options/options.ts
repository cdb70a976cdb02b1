import { readFileSync } from 'node:fs';
import { availableParallelism, homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { UsageError } from '../core/errors.js';
import { PLATFORM_DOMAINS } from '../core/platforms.js';
import { bool, cidr, hostPort, int, list, nullable, oneOf, str, url, type Kind } from './kinds.js';

interface Spec<T> {
  kind: Kind<T>;
  default: T;
  /** Environment variable that sets it. */
  env?: string;
  doc: string;
  /** Never printed, logged or recorded in provenance. */
  secret?: boolean;
}

const spec = <T>(s: Spec<T>): Spec<T> => s;

/**
 * Every setting of dijkwacht, written once: name (with units), default, env var, validation, doc.
 * Precedence: defaults < config file < environment < command-line flags.
 */
export const specs = {
  dataDir: spec({
    kind: str(),
    default: '',
    env: 'DIJKWACHT_DATA_DIR',
    doc: 'Data root: catalog, keys, bundles, staging, reports. Empty: $XDG_DATA_HOME/dijkwacht, else ~/.local/share/dijkwacht. A relative path is taken from the current directory; the resolved path is always absolute.',
  }),
  logLevel: spec({
    kind: oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const),
    default: 'info',
    env: 'DIJKWACHT_LOG_LEVEL',
    doc: 'Log level (logs go to stderr).',
  }),
  actor: spec({ kind: str(), default: '', env: 'DIJKWACHT_ACTOR', doc: 'Who acts, as written in custody logs and provenance (default: the actor set with "keys init --actor", else "unnamed operator"; never the OS account name).' }),

  proxy: spec({
    kind: nullable(url(['http:', 'https:', 'socks5:', 'socks4:'])),
    default: null,
    env: 'DIJKWACHT_PROXY',
    doc: 'Route all target traffic through this proxy (Tor, VPN, residential exit, the test world). Credentials in the URL are never recorded.',
  }),
  allowPrivateNetwork: spec({
    kind: bool(),
    default: false,
    env: 'DIJKWACHT_ALLOW_PRIVATE_NETWORK',
    doc: 'Allow loopback and private addresses as targets (SSRF guard off). Configured service endpoints are always allowed.',
  }),
  allowPrivateNetworks: spec({
    kind: list(cidr()),
    default: [],
    env: 'DIJKWACHT_ALLOW_PRIVATE_NETWORKS',
    doc: 'Non-public ranges (CIDR, e.g. 10.20.0.0/16) a target may reach although the guard is on; recorded in provenance.',
  }),
  allowWebSockets: spec({ kind: bool(), default: false, env: 'DIJKWACHT_ALLOW_WEBSOCKETS', doc: 'Let target pages open WebSockets (through the network policy); refused and recorded when off.' }),
  captureDeadlineMs: spec({
    kind: int(5_000, 3_600_000),
    default: 180_000,
    env: 'DIJKWACHT_CAPTURE_DEADLINE_MS',
    doc: 'Hard deadline for everything the browser does for one URL; past it the browser is recycled and the bundle says which step was cut.',
  }),
  caFile: spec({
    kind: nullable(str()),
    default: null,
    env: 'DIJKWACHT_CA_FILE',
    doc: 'Extra PEM trust anchors used when judging a target\'s TLS certificate (the system store is always used too).',
  }),
  dnsServer: spec({ kind: nullable(hostPort()), default: null, env: 'DIJKWACHT_DNS_SERVER', doc: 'DNS resolver (HOST:PORT) for the answers recorded at capture time; system resolver when null.' }),

  chromiumPath: spec({
    kind: nullable(str()),
    default: null,
    env: 'DIJKWACHT_CHROMIUM',
    doc: 'Chromium executable. When null: Playwright\'s own browser if installed, else the system Chromium.',
  }),
  stealth: spec({ kind: bool(), default: false, env: 'DIJKWACHT_STEALTH', doc: 'Use the puppeteer-extra stealth evasions (recorded in provenance).' }),
  viewportWidthPx: spec({ kind: int(320, 7680), default: 1366, env: 'DIJKWACHT_VIEWPORT_WIDTH', doc: 'Browser viewport width.' }),
  viewportHeightPx: spec({ kind: int(240, 4320), default: 768, env: 'DIJKWACHT_VIEWPORT_HEIGHT', doc: 'Browser viewport height.' }),
  locale: spec({ kind: str(), default: 'nl-NL', env: 'DIJKWACHT_LOCALE', doc: 'Browser locale.' }),
  timezoneId: spec({ kind: str(), default: 'Europe/Amsterdam', env: 'DIJKWACHT_TIMEZONE', doc: 'Browser time zone.' }),
  userAgent: spec({ kind: nullable(str()), default: null, env: 'DIJKWACHT_USER_AGENT', doc: 'User agent; the browser\'s own when null.' }),

  navigationTimeoutMs: spec({ kind: int(1000, 600_000), default: 30_000, env: 'DIJKWACHT_NAVIGATION_TIMEOUT_MS', doc: 'Time allowed for the page to load.' }),
  stepTimeoutMs: spec({ kind: int(500, 600_000), default: 15_000, env: 'DIJKWACHT_STEP_TIMEOUT_MS', doc: 'Time allowed for each other capture step.' }),
  settleMs: spec({ kind: int(0, 60_000), default: 1_000, env: 'DIJKWACHT_SETTLE_MS', doc: 'Ceiling for settling after load: settling ends once no request has started or ended for 500 ms, and after at most settleMs × 2 + 500 ms.' }),
  maxPageBytes: spec({ kind: int(1024, 1 << 30), default: 20 * 1024 * 1024, env: 'DIJKWACHT_MAX_PAGE_BYTES', doc: 'Cap on HTML/DOM/text artifacts; larger ones are truncated and the truncation recorded.' }),
  maxArchiveBytes: spec({ kind: int(1024, 8 * (1 << 30)), default: 200 * 1024 * 1024, env: 'DIJKWACHT_MAX_ARCHIVE_BYTES', doc: 'Cap on response bodies written to the WARC; larger bodies are truncated and recorded.' }),
  maxScreenshotHeightPx: spec({ kind: int(500, 60_000), default: 16_000, env: 'DIJKWACHT_MAX_SCREENSHOT_HEIGHT', doc: 'Full-page screenshots are cut at this height (recorded).' }),
  captureConcurrency: spec({ kind: int(1, 16), default: 1, env: 'DIJKWACHT_CAPTURE_CONCURRENCY', doc: 'Captures running at once.' }),

  seal: spec({ kind: bool(), default: true, env: 'DIJKWACHT_SEAL', doc: 'Seal imagery (original screenshot, WARC/WACZ, HAR, image files) for the custodians. Turning it off is recorded.' }),
  custodianKeyFiles: spec({
    kind: list(str()),
    default: [],
    env: 'DIJKWACHT_CUSTODIAN_KEYS',
    doc: 'Custodian public keys (PEM) the seal key is wrapped for. Empty: <dataDir>/keys/custodian-public.pem.',
  }),
  signingKeyFile: spec({ kind: nullable(str()), default: null, env: 'DIJKWACHT_SIGNING_KEY', doc: 'Signing private key (PEM). Null: <dataDir>/keys/signing-key.pem.' }),
  signingCertFile: spec({ kind: nullable(str()), default: null, env: 'DIJKWACHT_SIGNING_CERT', doc: 'Signing certificate (PEM). Null: <dataDir>/keys/signing-cert.pem.' }),
  signingP12File: spec({ kind: nullable(str()), default: null, env: 'DIJKWACHT_SIGNING_P12', doc: 'An organisation\'s PKCS#12 file, used instead of the key and certificate.' }),
  signingP12Password: spec({ kind: str(), default: '', env: 'DIJKWACHT_SIGNING_P12_PASSWORD', doc: 'Password of the PKCS#12 file.', secret: true }),
  custodianPassphrase: spec({
    kind: str(),
    default: '',
    env: 'DIJKWACHT_CUSTODIAN_PASSPHRASE',
    doc: 'Passphrase of the custodian private key: "keys init" encrypts the key with it (PKCS#8, AES-256-CBC), "unseal" opens it. Empty: no passphrase.',
    secret: true,
  }),

  tsaUrls: spec({
    kind: list(url()),
    default: ['http://timestamp.digicert.com', 'https://freetsa.org/tsr'],
    env: 'DIJKWACHT_TSA_URLS',
    doc: 'RFC 3161 timestamp authorities, asked in turn; every one that answers adds a token. Prefer eIDAS-qualified TSAs for Dutch courts.',
  }),
  tsaTimeoutMs: spec({ kind: int(500, 120_000), default: 10_000, env: 'DIJKWACHT_TSA_TIMEOUT_MS', doc: 'Time allowed for each TSA request.' }),
  tsaTrustFiles: spec({
    kind: list(str()),
    default: [],
    env: 'DIJKWACHT_TSA_TRUST',
    doc: 'PEM trust anchors for TSA certificates: at verify time (empty: the chain is reported, not anchored), and at capture, where they complete a chain a TSA sends without its root.',
  }),
  trustedSigners: spec({
    kind: list(str()),
    default: [],
    env: 'DIJKWACHT_TRUSTED_SIGNERS',
    doc: 'Signers verify accepts, besides the data dir\'s own signing certificate: SHA-256 fingerprints of the DER certificate (hex, colons allowed) or certificate files (PEM or DER). Bundles, custody anchors and exports signed by any other key fail unless --any-signer is given.',
  }),
  verifyMaxZipEntries: spec({ kind: int(1, 10_000_000), default: 200_000, env: 'DIJKWACHT_VERIFY_MAX_ZIP_ENTRIES', doc: 'verify refuses a zip that declares or holds more entries than this (before extracting anything).' }),
  verifyMaxZipBytes: spec({
    kind: int(1024 * 1024, 2 ** 50),
    default: 16 * 1024 ** 3,
    env: 'DIJKWACHT_VERIFY_MAX_ZIP_BYTES',
    doc: 'verify refuses a zip whose entries declare more bytes than this in total, and stops extracting once this many bytes were actually written (declared sizes can lie).',
  }),
  verifyMaxCompressionRatio: spec({
    kind: int(2, 100_000),
    default: 200,
    env: 'DIJKWACHT_VERIFY_MAX_COMPRESSION_RATIO',
    doc: 'verify refuses a zip entry larger than 1 MiB whose uncompressed size is more than this many times its compressed size (zip bombs reach about 1000).',
  }),

  crawlConcurrency: spec({ kind: int(1, 64), default: 8, env: 'DIJKWACHT_CRAWL_CONCURRENCY', doc: 'Pages fetched at once during discovery (HTTP); the browser uses the same cap.' }),
  crawlAnalysisThreads: spec({
    kind: int(0, 32),
    default: Math.max(1, Math.min(4, availableParallelism() - 1)),
    env: 'DIJKWACHT_CRAWL_ANALYSIS_THREADS',
    doc: 'Threads that parse and classify crawled pages while the crawl fetches (default: one less than the cores, 1 to 4); 0 reads pages in the crawl\'s own thread.',
  }),
  crawlRequestsPerMinute: spec({ kind: int(1, 100_000), default: 600, env: 'DIJKWACHT_CRAWL_REQUESTS_PER_MINUTE', doc: 'Global rate limit of discovery requests.' }),
  crawlSameDomainDelayMs: spec({ kind: int(0, 600_000), default: 1000, env: 'DIJKWACHT_CRAWL_SAME_DOMAIN_DELAY_MS', doc: 'Politeness: minimum time between two requests to the same host.' }),
  respectRobotsTxt: spec({ kind: bool(), default: true, env: 'DIJKWACHT_RESPECT_ROBOTS_TXT', doc: 'Honour robots.txt during discovery (recorded in each run). Capture of named URLs is not affected.' }),
  maxDepth: spec({ kind: int(0, 20), default: 2, env: 'DIJKWACHT_MAX_DEPTH', doc: 'Link hops followed from seeds and search results.' }),
  maxPages: spec({ kind: int(1, 10_000_000), default: 500, env: 'DIJKWACHT_MAX_PAGES', doc: 'Page budget of one discovery run.' }),
  maxPagesPerSite: spec({ kind: int(1, 10_000), default: 6, env: 'DIJKWACHT_MAX_PAGES_PER_SITE', doc: 'Page budget per registrable domain in one run (the home page, its role pages, a directory\'s listing pages).' }),
  rolePagesPerSite: spec({ kind: int(0, 20), default: 5, env: 'DIJKWACHT_ROLE_PAGES_PER_SITE', doc: 'Role pages (pricing, plans, modes, order, app/download, FAQ, terms; then the site\'s own menu) fetched for each site that shows a weak signal, whatever its home page\'s label; within maxPagesPerSite. 0 turns the fetch plan off.' }),
  crawlMaxRetries: spec({ kind: int(0, 10), default: 1, env: 'DIJKWACHT_CRAWL_MAX_RETRIES', doc: 'Retries of a discovery fetch that failed for a reason that may pass (timeouts, resets); refusals and over-size pages are never retried.' }),
  crawlMaxPageBytes: spec({ kind: int(10_000, 1 << 30), default: 10 * 1024 * 1024, env: 'DIJKWACHT_CRAWL_MAX_PAGE_BYTES', doc: 'Discovery stops reading a page at this many bytes (after decompression), whether or not a length is declared (recorded as a failure).' }),
  crawlSkipDomains: spec({
    kind: list(str()),
    default: [...PLATFORM_DOMAINS],
    env: 'DIJKWACHT_CRAWL_SKIP_DOMAINS',
    doc: 'Registrable domains discovery never fetches: platforms whose links are recorded as identifiers, not crawled.',
  }),
  searxngUrl: spec({ kind: nullable(url()), default: null, env: 'DIJKWACHT_SEARXNG_URL', doc: 'Base URL of a SearXNG instance with the JSON format enabled.' }),
  searchEngines: spec({
    kind: list(oneOf(['searxng', 'brave', 'google'] as const)),
    default: [],
    env: 'DIJKWACHT_SEARCH_ENGINES',
    doc: 'Search engines "discover" asks when no --engine is given. Empty: discover needs --engine (it never silently searches nothing).',
  }),
  braveApiKey: spec({ kind: nullable(str()), default: null, env: 'DIJKWACHT_BRAVE_API_KEY', doc: 'Brave Search API key.', secret: true }),
  braveApiUrl: spec({ kind: url(), default: 'https://api.search.brave.com/res/v1/web/search', env: 'DIJKWACHT_BRAVE_API_URL', doc: 'Brave Search API endpoint.' }),
  googleApiKey: spec({ kind: nullable(str()), default: null, env: 'DIJKWACHT_GOOGLE_API_KEY', doc: 'Google Programmable Search JSON API key.', secret: true }),
  googleCx: spec({ kind: nullable(str()), default: null, env: 'DIJKWACHT_GOOGLE_CX', doc: 'Google Programmable Search engine id (cx).' }),
  googleApiUrl: spec({ kind: url(), default: 'https://www.googleapis.com/customsearch/v1', env: 'DIJKWACHT_GOOGLE_API_URL', doc: 'Google Programmable Search JSON API endpoint.' }),
  searchMaxResults: spec({ kind: int(1, 1000), default: 30, env: 'DIJKWACHT_SEARCH_MAX_RESULTS', doc: 'Results taken per query and engine (across pages).' }),
  searchRequestsPerSecond: spec({ kind: int(1, 100), default: 1, env: 'DIJKWACHT_SEARCH_REQUESTS_PER_SECOND', doc: 'Rate limit per search engine.' }),
  searchRetries: spec({ kind: int(0, 10), default: 3, env: 'DIJKWACHT_SEARCH_RETRIES', doc: 'Retries after 429/5xx, honouring Retry-After.' }),
  rdapBootstrapDir: spec({ kind: nullable(str()), default: null, env: 'DIJKWACHT_RDAP_BOOTSTRAP', doc: "Directory with IANA's RDAP bootstrap files (dns.json, ipv4.json, ipv6.json, asn.json). Null: <dataDir>/rdap-bootstrap if refreshed, else the shipped snapshot." }),
  whoisServer: spec({ kind: nullable(hostPort()), default: null, env: 'DIJKWACHT_WHOIS_SERVER', doc: 'Send every WHOIS query to this HOST:PORT instead of the TLD\'s server (a local WHOIS proxy, the test world).' }),
  rdapDailyLimits: spec({
    kind: list(str()),
    default: ['rdap.db.ripe.net=1000'],
    env: 'DIJKWACHT_RDAP_DAILY_LIMITS',
    doc: 'HOST=N: at most N RDAP queries a day to HOST (RIPE limits queries that return personal data). Counted in the catalog.',
  }),
  lookupTtlHours: spec({ kind: int(0, 24 * 365), default: 24, env: 'DIJKWACHT_LOOKUP_TTL_HOURS', doc: 'Domain lookups younger than this are answered from the catalog.' }),
  rdapRequestsPerSecond: spec({ kind: int(1, 100), default: 2, env: 'DIJKWACHT_RDAP_REQUESTS_PER_SECOND', doc: 'Rate limit per RDAP server (RIPE limits personal-data answers per day: keep it low).' }),
  noticeSilenceDays: spec({
    kind: list(str()),
    default: ['site=5', 'registrant=5', 'host=7', 'cdn=7', 'registrar=14', 'sidn=28', 'acm=90'],
    env: 'DIJKWACHT_NOTICE_SILENCE_DAYS',
    doc: 'RECIPIENT=DAYS: a notice without acknowledgement or decision after this many days counts as silence, and the next escalation is due.',
  }),
  store: spec({ kind: oneOf(['fs', 's3'] as const), default: 'fs', env: 'DIJKWACHT_STORE', doc: 'Bundle store: local filesystem under dataDir, or S3.' }),
  stagingOrphanHours: spec({
    kind: int(0, 24 * 365),
    default: 1,
    env: 'DIJKWACHT_STAGING_ORPHAN_HOURS',
    doc: 'A staging entry with no owner file, or owned on another host, is swept once untouched this long (entries of a dead process on this host go at once; a live owner\'s never).',
  }),
  s3Endpoint: spec({ kind: nullable(url()), default: null, env: 'DIJKWACHT_S3_ENDPOINT', doc: 'S3 endpoint URL (null: AWS).' }),
  telegramPreviewUrl: spec({
    kind: str(),
    default: 'https://t.me/s/{handle}',
    env: 'DIJKWACHT_TELEGRAM_PREVIEW_URL',
    doc: 'The public web preview of a Telegram channel ({handle} is replaced), captured only on request (capture --telegram-preview); never joins, never messages a bot.',
  }),
  catalogUrl: spec({
    kind: nullable(url(['postgres:', 'postgresql:'])),
    default: null,
    env: 'DIJKWACHT_CATALOG_URL',
    doc: 'PostgreSQL connection URL of a shared catalog and job queue (several machines); null: the embedded SQLite catalog in the data directory.',
    secret: true,
  }),
  queueLeaseSeconds: spec({ kind: nullable(int(2, 86_400)), default: null, env: 'DIJKWACHT_QUEUE_LEASE_SECONDS', doc: 'One job lease for every queue role (overrides the per-role leases). A job not completed within its lease is handed to another worker.' }),
  queueCrawlLeaseSeconds: spec({ kind: int(10, 86_400), default: 600, env: 'DIJKWACHT_QUEUE_CRAWL_LEASE_SECONDS', doc: 'Lease of a crawl slice job; a slice claims URLs for half its lease, then finishes its pages and queues the next slice.' }),
  crawlUrlLeaseSeconds: spec({ kind: int(2, 86_400), default: 120, env: 'DIJKWACHT_CRAWL_URL_LEASE_SECONDS', doc: 'How long a URL a crawl worker took from the shared frontier stays its own; past it (the worker died) another worker fetches it.' }),
  queueLookupLeaseSeconds: spec({ kind: int(2, 86_400), default: 300, env: 'DIJKWACHT_QUEUE_LOOKUP_LEASE_SECONDS', doc: 'Lease of a lookup job in the shared queue.' }),
  queueCaptureLeaseSeconds: spec({ kind: int(2, 86_400), default: 900, env: 'DIJKWACHT_QUEUE_CAPTURE_LEASE_SECONDS', doc: 'Lease of a capture job; keep it above captureDeadlineMs.' }),
  queueRecheckLeaseSeconds: spec({ kind: int(2, 86_400), default: 3600, env: 'DIJKWACHT_QUEUE_RECHECK_LEASE_SECONDS', doc: 'Lease of a notice re-check job.' }),
  queueRetryLimit: spec({ kind: int(1, 50), default: 5, env: 'DIJKWACHT_QUEUE_RETRY_LIMIT', doc: 'Retries of a queue job after a retryable failure (an expired lease counts as one); then it is a dead letter.' }),
  queueRetryDelaySeconds: spec({ kind: int(1, 86_400), default: 30, env: 'DIJKWACHT_QUEUE_RETRY_DELAY_SECONDS', doc: 'First retry delay of a queue job; doubled on each further retry, with jitter.' }),
  queuePollMs: spec({ kind: int(100, 60_000), default: 1000, env: 'DIJKWACHT_QUEUE_POLL_MS', doc: 'How often an idle worker asks the queue for jobs.' }),
  queueStopGraceMs: spec({ kind: int(0, 3_600_000), default: 30_000, env: 'DIJKWACHT_QUEUE_STOP_GRACE_MS', doc: 'After SIGINT/SIGTERM, how long a worker lets jobs in flight finish before releasing them to other workers.' }),
  s3Region: spec({ kind: str(), default: 'eu-west-1', env: 'DIJKWACHT_S3_REGION', doc: 'S3 region of the bucket (signing region for S3-compatible servers).' }),
  s3Bucket: spec({ kind: nullable(str()), default: null, env: 'DIJKWACHT_S3_BUCKET', doc: 'S3 bucket for bundles.' }),
  s3Prefix: spec({ kind: str(), default: 'bundles/', env: 'DIJKWACHT_S3_PREFIX', doc: 'Key prefix for bundles.' }),
  s3ForcePathStyle: spec({ kind: bool(), default: false, env: 'DIJKWACHT_S3_FORCE_PATH_STYLE', doc: 'Path-style addressing (most S3-compatible servers).' }),
  s3AccessKeyId: spec({ kind: nullable(str()), default: null, env: 'DIJKWACHT_S3_ACCESS_KEY_ID', doc: 'S3 access key (null: the AWS default chain).', secret: true }),
  s3SecretAccessKey: spec({ kind: nullable(str()), default: null, env: 'DIJKWACHT_S3_SECRET_ACCESS_KEY', doc: 'S3 secret key.', secret: true }),
  s3ObjectLockMode: spec({ kind: nullable(oneOf(['GOVERNANCE', 'COMPLIANCE'] as const)), default: null, env: 'DIJKWACHT_S3_OBJECT_LOCK_MODE', doc: 'Object Lock retention mode set on upload.' }),
  s3ObjectLockDays: spec({ kind: int(1, 36_500), default: 3650, env: 'DIJKWACHT_S3_OBJECT_LOCK_DAYS', doc: 'Retain-until date = upload time + this many days (with s3ObjectLockMode).' }),
  s3PartSizeBytes: spec({ kind: int(5 * 1024 * 1024, 1 << 30), default: 8 * 1024 * 1024, env: 'DIJKWACHT_S3_PART_SIZE_BYTES', doc: 'Multipart part size; larger artifacts upload in parts.' }),
} as const;

type Specs = typeof specs;
export type OptionName = keyof Specs;
export type Options = { [K in OptionName]: Specs[K] extends Spec<infer T> ? T : never };

/** Raw values from flags: strings are parsed like env vars, other values are checked like JSON. */
export type RawOptions = Partial<Record<OptionName, unknown>>;

export const optionNames = Object.keys(specs) as OptionName[];

/** Defaults for tests: silent logs, no external TSAs. Port 0 is the test world's business. */
export const testDefaults: Partial<Options> = { logLevel: 'silent', tsaUrls: [], actor: 'test' };

export const CONFIG_FILE_NAME = 'dijkwacht.config.json';

/** Config-file keys that are not settings but sections read by one stage (schedule jobs, reporter identity). */
const CONFIG_SECTIONS = ['$schema', 'reporter', 'schedule', 'alerts', 'sending', 'trustedFlagger'];

/** A section of the config file (e.g. "schedule"), or undefined. */
export function loadConfigSection(key: string, input: { configFile?: string | null; env?: NodeJS.ProcessEnv; cwd?: string } = {}): unknown {
  const env = input.env ?? process.env;
  const cwd = input.cwd ?? process.cwd();
  const configPath = input.configFile ?? env.DIJKWACHT_CONFIG ?? null;
  return readConfigFile(configPath ? resolve(cwd, configPath) : resolve(cwd, CONFIG_FILE_NAME), configPath !== null)[key];
}

export interface LoadOptionsInput {
  flags?: RawOptions;
  /** Explicit config file; else DIJKWACHT_CONFIG; else ./dijkwacht.config.json if present. */
  configFile?: string | null;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Already-typed values layered on top of everything (tests, library callers). */
  overrides?: Partial<Options>;
}

export function loadOptions(input: LoadOptionsInput = {}): Options {
  const env = input.env ?? process.env;
  const cwd = input.cwd ?? process.cwd();
  const out: Record<string, unknown> = {};
  for (const name of optionNames) out[name] = specs[name].default;

  const configPath = input.configFile ?? env.DIJKWACHT_CONFIG ?? null;
  const config = readConfigFile(configPath ? resolve(cwd, configPath) : resolve(cwd, CONFIG_FILE_NAME), configPath !== null);
  for (const [key, value] of Object.entries(config)) {
    if (CONFIG_SECTIONS.includes(key)) continue; // sections read by their own stage
    const name = checkName(key, 'config file');
    out[name] = (specs[name].kind as Kind<unknown>).fromJson(value, name);
  }
  for (const name of optionNames) {
    const envName = specs[name].env;
    const raw = envName ? env[envName] : undefined;
    if (raw !== undefined) out[name] = (specs[name].kind as Kind<unknown>).fromString(raw, envName ?? name);
  }
  for (const [key, value] of Object.entries(input.flags ?? {})) {
    if (value === undefined) continue;
    const name = checkName(key, 'command line');
    const kind = specs[name].kind as Kind<unknown>;
    out[name] = typeof value === 'string' ? kind.fromString(value, name) : kind.fromJson(value, name);
  }
  Object.assign(out, input.overrides ?? {});
  out.dataDir = absoluteDataDir(out.dataDir as string, env, cwd);
  return out as Options;
}

/** Where data lives when nothing sets it: $XDG_DATA_HOME/dijkwacht, else ~/.local/share/dijkwacht. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  const xdg = env.XDG_DATA_HOME;
  return xdg && isAbsolute(xdg) ? join(xdg, 'dijkwacht') : join(env.HOME || homedir(), '.local', 'share', 'dijkwacht');
}

/** The data root as an absolute path: the XDG default when empty, a relative one from `cwd`. */
export function absoluteDataDir(given: string, env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): string {
  return given.trim() === '' ? defaultDataDir(env) : resolve(cwd, given);
}

function checkName(key: string, where: string): OptionName {
  if ((optionNames as string[]).includes(key)) return key as OptionName;
  const near = optionNames.find((n) => n.toLowerCase() === key.toLowerCase().replace(/[-_]/g, ''));
  throw new UsageError(`Unknown option "${key}" in ${where}${near ? `; did you mean "${near}"?` : '.'}`);
}

function readConfigFile(path: string, required: boolean): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (!required && (error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new UsageError(`Cannot read config file ${path}.`, { cause: error });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`Config file ${path} is not valid JSON.`, { cause: error });
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new UsageError(`Config file ${path} must hold a JSON object.`);
  }
  return parsed as Record<string, unknown>;
}

/** The options as they may be recorded: secrets removed, proxy credentials stripped. */
export function publicOptions(options: Options): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of optionNames) {
    if (specs[name].secret) continue;
    out[name] = name === 'proxy' && options.proxy ? redactUrlCredentials(options.proxy) : options[name];
  }
  return out;
}

export function redactUrlCredentials(raw: string): string {
  try {
    const u = new URL(raw);
    if (u.username || u.password) {
      u.username = 'REDACTED';
      u.password = '';
    }
    return u.toString();
  } catch {
    return '[unparseable URL]';
  }
}

/** Rows for `dijkwacht config` and the README: name, env, default, kind, doc. */
export function describeOptions(): { name: string; env: string | null; default: unknown; kind: string; doc: string }[] {
  return optionNames.map((name) => ({
    name,
    env: specs[name].env ?? null,
    default: specs[name].default,
    kind: specs[name].kind.describe,
    doc: specs[name].doc,
  }));
}
