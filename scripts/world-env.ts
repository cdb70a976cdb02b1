// What `npm run world` prints: every endpoint, ready-to-paste command lines, and a shell file to source.
import { resolve } from 'node:path';
import type { World } from '../test/world/index.js';

export interface WorldSettings {
  world: World;
  /** The project root (for the dijkwacht shell function). */
  root: string;
  /** A scratch data directory for trying commands by hand. */
  dataDir: string;
}

const q = (s: string): string => `'${s.replace(/'/g, "'\\''")}'`;

/** The settings that point dijkwacht at the world, as environment variables. */
export function worldEnv({ world, dataDir }: WorldSettings): [string, string][] {
  const env: [string, string][] = [
    ['DIJKWACHT_DATA_DIR', dataDir],
    ['DIJKWACHT_PROXY', world.proxyUrl],
    ['DIJKWACHT_CA_FILE', world.webCaFile],
    ['DIJKWACHT_TSA_URLS', world.tsa.url],
    ['DIJKWACHT_TSA_TRUST', world.tsa.caFile],
    ['DIJKWACHT_SEARCH_ENGINES', 'searxng'],
    ['DIJKWACHT_SEARXNG_URL', world.search.searxngUrl],
    ['DIJKWACHT_RDAP_BOOTSTRAP', world.rdap.bootstrapDir],
    ['DIJKWACHT_DNS_SERVER', world.dns.server],
    ['DIJKWACHT_WHOIS_SERVER', world.whois.server],
    ['DIJKWACHT_CRAWL_SAME_DOMAIN_DELAY_MS', '0'],
  ];
  if (world.s3) env.push(['DIJKWACHT_S3_ENDPOINT', world.s3.endpoint], ['DIJKWACHT_S3_BUCKET', world.s3.bucket], ['DIJKWACHT_S3_FORCE_PATH_STYLE', 'true']);
  return env;
}

/** A POSIX shell file: the variables above and a `dijkwacht` function that runs this checkout's CLI. */
export function worldEnvFile(s: WorldSettings): string {
  const cli = resolve(s.root, 'bin', 'dijkwacht.js');
  return [
    '# dijkwacht test world: source this file (". ./world.env") in the shell you try commands in.',
    '# Valid while "npm run world" runs; its ports change on every start.',
    ...worldEnv(s).map(([k, v]) => `export ${k}=${q(v)}`),
    `dijkwacht() { node ${q(cli)} "$@"; }`,
    '',
  ].join('\n');
}

/** The endpoints and commands, for a person at a terminal. */
export function worldBanner(s: WorldSettings, hosts: [string, string][], envFile: string | null): string {
  const { world } = s;
  const tsa = `--tsa ${world.tsa.url}`;
  const net = `--proxy ${world.proxyUrl}`;
  const lookups = `--rdap-bootstrap ${world.rdap.bootstrapDir} --dns-server ${world.dns.server} --whois-server ${world.whois.server}`;
  const data = `--data-dir ${s.dataDir}`;
  const cli = `node ${resolve(s.root, 'bin', 'dijkwacht.js')}`;
  return [
    'dijkwacht test world (loopback only; Ctrl-C stops it)',
    `  proxy (HTTP + CONNECT):    ${world.proxyUrl}`,
    `  plain HTTP:                ${world.web.httpOrigin}`,
    `  plain HTTPS (self-signed): ${world.web.httpsOrigin}   trust: ${world.webCaFile}`,
    `  TSA (RFC 3161):            ${world.tsa.url}   root: ${world.tsa.caFile}`,
    `  SearXNG (JSON API):        ${world.search.searxngUrl}`,
    `  RDAP:                      ${world.rdap.base}   bootstrap: ${world.rdap.bootstrapDir}`,
    `  DNS (UDP):                 ${world.dns.server}`,
    `  WHOIS:                     ${world.whois.server}`,
    `  S3:                        ${world.s3 ? `${world.s3.endpoint} bucket ${world.s3.bucket} (keys ${world.s3.accessKeyId}/${world.s3.secretAccessKey})` : '- (started without S3)'}`,
    `  scratch data directory:    ${s.dataDir}`,
    '  virtual hosts (via the proxy):',
    ...hosts.map(([host, about]) => `    ${host.padEnd(28)} ${about}`),
    '',
    envFile ? `environment: ". ${envFile}" sets all of this (and a "dijkwacht" shell function); then the commands below need no flags.` : 'environment: "npm run world -- --write-env world.env" writes a shell file to source instead.',
    '',
    'try (paste as is; "npx dijkwacht" or "npm link" also put dijkwacht on PATH):',
    `  ${cli} keys init --name "Test collector" --org "Test NGO" ${data}`,
    `  ${cli} discover --engine searxng --searxng-url ${world.search.searxngUrl} --lang nl --max-results 5 --max-pages 40 ${net} ${data}`,
    `  ${cli} crawl --seed http://pixelpeel.test/ --max-depth 1 ${net} ${data}`,
    `  ${cli} sites --label nudify ${data}`,
    `  ${cli} domains kleding-weg.nl ${lookups} ${data}`,
    `  ${cli} capture http://pixelpeel.test/ --case TRY-1 ${net} ${tsa} --ca-file ${world.webCaFile} ${data}`,
    `  ${cli} verify ${s.dataDir}/bundles/BUNDLE_ID --tsa-trust ${world.tsa.caFile} ${data}`,
    `  ${cli} refer --to sidn --domain kleding-weg.nl --case TRY-1 ${data}`,
  ].join('\n');
}
