import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { issueCertificate } from './pki.js';

const run = promisify(execFile);

export interface TestTsa {
  /** Answers with a real RFC 3161 token made by `openssl ts -reply`. */
  url: string;
  /** Answers HTTP 500. */
  failingUrl: string;
  /** Answers 200 with bytes that are not a TimeStampResp. */
  garbageUrl: string;
  /** Answers with a token for another imprint. */
  wrongImprintUrl: string;
  /** The TSA's CA certificate (PEM file): the trust anchor for `openssl ts -verify -CAfile`. */
  caFile: string;
  /** The TSA's own certificate (PEM file), for `-untrusted`. */
  certFile: string;
  requests: number;
  stop(): Promise<void>;
}

/** An RFC 3161 time-stamp authority on loopback, backed by `openssl ts -reply`. */
export async function startTsa(): Promise<TestTsa> {
  const dir = await mkdtemp(join(tmpdir(), 'dw-tsa-'));
  const ca = issueCertificate({ commonName: 'dijkwacht test TSA root', ca: true });
  const tsa = issueCertificate({ commonName: 'dijkwacht test TSA', issuer: ca, timeStamping: true });
  await writeFile(join(dir, 'ca.pem'), ca.certPem);
  await writeFile(join(dir, 'tsa.pem'), tsa.certPem);
  await writeFile(join(dir, 'tsa.key'), tsa.keyPem, { mode: 0o600 });
  await writeFile(join(dir, 'serial'), '01\n');
  await writeFile(
    join(dir, 'tsa.cnf'),
    [
      '[ tsa ]',
      'default_tsa = tsa_config',
      '[ tsa_config ]',
      `dir = ${dir}`,
      'serial = $dir/serial',
      'crypto_device = builtin',
      'signer_cert = $dir/tsa.pem',
      'certs = $dir/ca.pem',
      'signer_key = $dir/tsa.key',
      'signer_digest = sha256',
      'default_policy = 1.3.6.1.4.1.99999.1',
      'digests = sha1, sha256, sha384, sha512',
      'accuracy = secs:1',
      'ordering = yes',
      'tsa_name = yes',
      'ess_cert_id_chain = no',
      'ess_cert_id_alg = sha256',
      '',
    ].join('\n'),
  );

  let chain: Promise<unknown> = Promise.resolve();
  let counter = 0;
  const reply = (query: Buffer): Promise<Buffer> => {
    // openssl keeps a serial file: one reply at a time.
    const next = chain.then(async () => {
      const n = ++counter;
      const q = join(dir, `q${n}.tsq`);
      const r = join(dir, `r${n}.tsr`);
      await writeFile(q, query);
      await run('openssl', ['ts', '-reply', '-config', join(dir, 'tsa.cnf'), '-queryfile', q, '-out', r]);
      const out = await readFile(r);
      await Promise.all([rm(q), rm(r)]);
      return out;
    });
    chain = next.catch(() => undefined);
    return next;
  };

  const state = { requests: 0 };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      state.requests++;
      const body = Buffer.concat(chunks);
      const path = req.url ?? '/';
      if (req.method !== 'POST') {
        res.writeHead(405).end();
        return;
      }
      if (path.startsWith('/fail')) {
        res.writeHead(500, { 'content-type': 'text/plain' }).end('TSA unavailable');
        return;
      }
      if (path.startsWith('/garbage')) {
        res.writeHead(200, { 'content-type': 'application/timestamp-reply' }).end(Buffer.from('not a timestamp'));
        return;
      }
      // For /wrong-imprint, time-stamp different bytes than asked.
      const query = path.startsWith('/wrong-imprint') ? alterImprint(body) : body;
      reply(query).then(
        (tsr) => res.writeHead(200, { 'content-type': 'application/timestamp-reply' }).end(tsr),
        (error: Error) => res.writeHead(500, { 'content-type': 'text/plain' }).end(error.message),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${base}/tsa`,
    failingUrl: `${base}/fail`,
    garbageUrl: `${base}/garbage`,
    wrongImprintUrl: `${base}/wrong-imprint`,
    caFile: join(dir, 'ca.pem'),
    certFile: join(dir, 'tsa.pem'),
    get requests() {
      return state.requests;
    },
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Flips the last byte of the hashed message (the last bytes before the nonce are hard to find; the imprint ends the SHA-256 OCTET STRING). */
function alterImprint(query: Buffer): Buffer {
  const copy = Buffer.from(query);
  const marker = Buffer.from([0x04, 0x20]); // OCTET STRING, 32 bytes
  const at = copy.indexOf(marker);
  if (at >= 0) copy[at + 2] = (copy[at + 2] ?? 0) ^ 0xff;
  return copy;
}
