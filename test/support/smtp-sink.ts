import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { issueCertificate } from '../world/pki.js';

/** One message as the server received it: the bytes of DATA (un-dot-stuffed) and the envelope. */
export interface SunkMessage {
  raw: Buffer;
  mailFrom: string;
  rcptTo: string[];
  user: string | null;
}

export interface SmtpSink {
  port: number;
  messages: SunkMessage[];
  /** With `tls`: the PEM file that trusts the sink's certificate (sending.smtp.caFile). */
  caFile: string | null;
  /** How many connections reached the server (also those it hangs up on or never greets). */
  connections(): number;
  close(): Promise<void>;
}

export interface SinkOptions {
  /** ok: take every message; reject: 550 at the end of DATA; defer: 451 at RCPT; hang: accept the connection and never greet. */
  answer?: 'ok' | 'reject' | 'defer' | 'hang';
  /** Offer STARTTLS with a certificate for 127.0.0.1 and require this login. */
  login?: { user: string; pass: string };
}

/**
 * An SMTP server on loopback that keeps every message byte for byte with its envelope, or refuses,
 * defers or never answers, as the test asks.
 */
export async function startSmtpSink(opts: SinkOptions = {}): Promise<SmtpSink> {
  const messages: SunkMessage[] = [];
  let connections = 0;
  if (opts.answer === 'hang') {
    const sockets = new Set<Socket>();
    const server = createServer((s) => {
      connections++;
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    return {
      port: (server.address() as AddressInfo).port,
      messages,
      caFile: null,
      connections: () => connections,
      close: async () => {
        for (const s of sockets) s.destroy();
        await new Promise((r) => server.close(r));
      },
    };
  }
  let dir: string | null = null;
  let tls: { key: string; cert: string } | null = null;
  if (opts.login) {
    const issued = issueCertificate({ commonName: '127.0.0.1', ipAddresses: ['127.0.0.1'] });
    dir = await mkdtemp(join(tmpdir(), 'dw-smtp-'));
    await writeFile(join(dir, 'ca.pem'), issued.certPem);
    tls = { key: issued.keyPem, cert: issued.certPem };
  }
  const server = new SMTPServer({
    logger: false,
    ...(tls ? { key: tls.key, cert: tls.cert, authMethods: ['PLAIN', 'LOGIN'] } : { authOptional: true, disabledCommands: ['STARTTLS', 'AUTH'] }),
    onConnect(_session, callback) {
      connections++;
      callback();
    },
    onAuth(auth, _session, callback) {
      if (opts.login && auth.username === opts.login.user && auth.password === opts.login.pass) callback(null, { user: auth.username });
      else callback(Object.assign(new Error('authentication failed'), { responseCode: 535 }));
    },
    onRcptTo(_address, _session, callback) {
      if (opts.answer === 'defer') callback(Object.assign(new Error('try again later'), { responseCode: 451 }));
      else callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (opts.answer === 'reject') return callback(Object.assign(new Error('message refused by policy'), { responseCode: 550 }));
        const env = session.envelope;
        messages.push({ raw: Buffer.concat(chunks), mailFrom: env.mailFrom ? env.mailFrom.address : '', rcptTo: env.rcptTo.map((r) => r.address), user: typeof session.user === 'string' ? session.user : null });
        callback();
      });
    },
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return {
    port: (server.server.address() as AddressInfo).port,
    messages,
    caFile: dir ? join(dir, 'ca.pem') : null,
    connections: () => connections,
    close: async () => {
      await new Promise<void>((r) => server.close(() => r()));
      if (dir) await rm(dir, { recursive: true, force: true });
    },
  };
}
