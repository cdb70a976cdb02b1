// `npm run world`: start the offline test world and print every endpoint and commands to paste, until Ctrl-C.
//   --json            one line of JSON with the endpoints (for programs that start the world in a child)
//   --env             only a shell file on stdout, to source: npm run -s world -- --env > world.env
//   --write-env FILE  write that shell file to FILE as well, and print the usual banner
//   --no-s3           start without the S3 server
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { projectRoot } from '../src/core/version.js';
import { startWorld, sites } from '../test/world/index.js';
import { worldBanner, worldEnvFile, type WorldSettings } from './world-env.js';

const argv = process.argv.slice(2);
const envFileAt = argv.indexOf('--write-env');
const envFile = envFileAt >= 0 ? argv[envFileAt + 1] : undefined;
if (envFileAt >= 0 && (!envFile || envFile.startsWith('--'))) {
  console.error('world: --write-env needs a file name, e.g. npm run world -- --write-env world.env');
  process.exit(2);
}

const world = await startWorld({ s3: !argv.includes('--no-s3') });
// A scratch data directory of its own: commands tried against the world never touch real data.
const settings: WorldSettings = { world, root: projectRoot, dataDir: await mkdtemp(join(tmpdir(), 'dw-world-data-')) };
if (argv.includes('--json')) {
  console.log(
    JSON.stringify({
      proxyUrl: world.proxyUrl,
      httpOrigin: world.web.httpOrigin,
      httpsOrigin: world.web.httpsOrigin,
      tsaUrl: world.tsa.url,
      tsaCaFile: world.tsa.caFile,
      searxngUrl: world.search.searxngUrl,
      rdapBase: world.rdap.base,
      rdapBootstrapDir: world.rdap.bootstrapDir,
      dnsServer: world.dns.server,
      whoisServer: world.whois.server,
      s3: world.s3 ? { endpoint: world.s3.endpoint, bucket: world.s3.bucket } : null,
      webCaFile: world.webCaFile,
      dataDir: settings.dataDir,
    }),
  );
} else if (argv.includes('--env')) {
  process.stdout.write(worldEnvFile(settings));
} else {
  if (envFile) await writeFile(resolve(envFile), worldEnvFile(settings), { mode: 0o600 });
  console.log(worldBanner(settings, Object.entries(sites).map(([host, site]) => [host, site.about]), envFile ? resolve(envFile) : null));
}
const stop = (): void => {
  world.stop().then(() => process.exit(0), () => process.exit(1));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
