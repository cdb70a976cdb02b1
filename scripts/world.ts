// `npm run world`: start the offline test world and print its endpoints, until Ctrl-C.
import { startWorld, sites } from '../test/world/index.js';

const world = await startWorld({ s3: !process.argv.includes('--no-s3') });
if (process.argv.includes('--json')) {
  // one line of JSON for programs that start the world in a child process (benchmarks)
  console.log(JSON.stringify({ proxyUrl: world.proxyUrl, httpOrigin: world.web.httpOrigin, httpsOrigin: world.web.httpsOrigin, tsaUrl: world.tsa.url, searxngUrl: world.search.searxngUrl, webCaFile: world.webCaFile }));
}
const lines = [
  'dijkwacht test world (loopback only)',
  `  proxy (HTTP + CONNECT):   ${world.proxyUrl}`,
  `  plain HTTP:               ${world.web.httpOrigin}`,
  `  plain HTTPS (self-signed): ${world.web.httpsOrigin}   trust: ${world.webCaFile}`,
  `  TSA (RFC 3161):           ${world.tsa.url}   root: ${world.tsa.caFile}`,
  `  S3:                       ${world.s3?.endpoint ?? '-'} bucket ${world.s3?.bucket ?? '-'} (keys S3RVER/S3RVER)`,
  '  virtual hosts (via --proxy):',
  ...Object.entries(sites).map(([host, site]) => `    ${host.padEnd(28)} ${site.about}`),
  '',
  `example: dijkwacht capture http://pixelpeel.test/ --proxy ${world.proxyUrl} --tsa ${world.tsa.url}`,
];
if (!process.argv.includes('--json')) console.log(lines.join('\n'));
const stop = (): void => {
  world.stop().then(() => process.exit(0), () => process.exit(1));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
