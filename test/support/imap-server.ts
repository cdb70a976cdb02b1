import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, chown, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { connect, createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { ImapFlow } from 'imapflow';
import { SetupError } from '../../src/core/errors.js';

const DOVECOT = '/usr/sbin/dovecot';

export interface ImapTestServer {
  host: string;
  port: number;
  user: string;
  password: string;
  /** Appends a message (RFC 5322 bytes) to the user's mailbox, as a mail server delivers it. */
  deliver(raw: Buffer | string, mailbox?: string): Promise<void>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}

/** Waits until the server greets on the port ("* OK"), or gives up with its log. */
async function greeted(port: number, logFile: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    const ok = await new Promise<boolean>((resolve) => {
      const s = connect(port, '127.0.0.1');
      s.setTimeout(1_000, () => (s.destroy(), resolve(false)));
      s.once('data', (d) => (s.destroy(), resolve(d.toString().startsWith('* OK'))));
      s.once('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  const log = await readFile(logFile, 'utf8').catch(() => '');
  throw new SetupError(`Dovecot did not start on 127.0.0.1:${port}: ${log.trim().split('\n').slice(-5).join(' | ') || 'no log'}`);
}

/**
 * Debian's Dovecot (dovecot-imapd; `npm run setup` installs it) on a free loopback port with a
 * generated configuration in a temporary directory: plain IMAP without TLS, one test user in a
 * static passdb, maildir storage in the same directory. As root, mail is owned by the "dovecot"
 * system user and the login processes run as "dovenull"; otherwise everything runs as the current user.
 */
export async function startImapServer(): Promise<ImapTestServer> {
  if (!existsSync(DOVECOT)) throw new SetupError(`Dovecot is not installed (${DOVECOT}): run "npm run setup", which installs dovecot-imapd.`);
  const dir = await mkdtemp(join(tmpdir(), 'dw-imap-'));
  await chmod(dir, 0o755);
  const root = process.getuid?.() === 0;
  const me = userInfo();
  const mailUser = root ? { name: 'dovecot', ...(await systemIds('dovecot')) } : { name: me.username, uid: me.uid, gid: me.gid };
  const loginUser = root ? 'dovenull' : me.username;
  const mail = join(dir, 'mail');
  await mkdir(mail, { recursive: true });
  await mkdir(join(dir, 'run'), { recursive: true });
  await mkdir(join(dir, 'state'), { recursive: true });
  if (root) await chown(mail, mailUser.uid, mailUser.gid);
  const port = await freePort();
  const user = 'meldingen';
  const password = 'imap-test-password';
  const logFile = join(dir, 'dovecot.log');
  const conf = `
base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${logFile}
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
default_internal_user = ${mailUser.name}
default_internal_group = ${root ? 'dovecot' : (await primaryGroup(me.gid))}
default_login_user = ${loginUser}
first_valid_uid = ${Math.min(mailUser.uid, 1)}
mail_location = maildir:${mail}/%u
passdb {
  driver = static
  args = password=${password}
}
userdb {
  driver = static
  args = uid=${mailUser.uid} gid=${mailUser.gid} home=${mail}/%u
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
service stats {
  unix_listener stats-writer {
    mode = 0666
  }
}
`;
  const confFile = join(dir, 'dovecot.conf');
  await writeFile(confFile, conf);
  const child = spawn(DOVECOT, ['-F', '-c', confFile], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  try {
    await greeted(port, logFile, child);
  } catch (error) {
    child.kill('SIGKILL');
    await rm(dir, { recursive: true, force: true });
    throw new SetupError(`${(error as Error).message}${stderr ? ` (${stderr.trim()})` : ''}`);
  }
  const server: ImapTestServer = {
    host: '127.0.0.1',
    port,
    user,
    password,
    async deliver(raw, mailbox = 'INBOX') {
      const client = new ImapFlow({ host: '127.0.0.1', port, secure: false, doSTARTTLS: false, auth: { user, pass: password }, logger: false });
      await client.connect();
      try {
        await client.append(mailbox, Buffer.isBuffer(raw) ? raw : Buffer.from(raw));
      } finally {
        await client.logout();
      }
    },
    async stop() {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
      await rm(dir, { recursive: true, force: true });
    },
  };
  return server;
}

async function systemIds(name: string): Promise<{ uid: number; gid: number }> {
  const line = (await readFile('/etc/passwd', 'utf8')).split('\n').find((l) => l.startsWith(`${name}:`));
  if (!line) throw new SetupError(`The system user "${name}" is missing: reinstall dovecot-core (npm run setup).`);
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

async function primaryGroup(gid: number): Promise<string> {
  const line = (await readFile('/etc/group', 'utf8')).split('\n').find((l) => l.split(':')[2] === String(gid));
  return line?.split(':')[0] ?? String(gid);
}
