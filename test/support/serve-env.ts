import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser } from 'playwright';
import { chromiumArgs, findChromium } from '../../src/browser/chromium.js';
import { CLI } from './cli.js';

export interface ServedWorkspace {
  url: string;
  token: string;
  proc: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Sends SIGTERM and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Starts `dijkwacht serve` as a harness would (the contract): waits for `workspace:` and `token:` on stdout (`token:` only without --reviewers). */
export async function startServe(dataDir: string, args: string[] = [], env: Record<string, string> = {}): Promise<ServedWorkspace> {
  const proc = spawn(process.execPath, [CLI, 'serve', '--data-dir', dataDir, '--port', '0', ...args], { env: { ...process.env, DIJKWACHT_LOG_LEVEL: 'silent', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  proc.stdout.on('data', (b: Buffer) => (out += b.toString()));
  proc.stderr.on('data', (b: Buffer) => (err += b.toString()));
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  const ready = await new Promise<{ url: string; token: string }>((resolve, reject) => {
    const check = (): void => {
      const url = /^workspace: (\S+)$/m.exec(out)?.[1];
      const token = /^token: (\S+)$/m.exec(out)?.[1];
      // With only a reviewers file there is no start token to print.
      if (url && (token || args.includes('--reviewers'))) resolve({ url, token: token ?? '' });
    };
    proc.stdout.on('data', check);
    void exited.then((code) => reject(new Error(`dijkwacht serve exited (${code}) before listening: ${err}`)));
  });
  return {
    ...ready,
    proc,
    stdout: () => out,
    stderr: () => err,
    async stop(signal = 'SIGTERM') {
      if (proc.exitCode === null) proc.kill(signal);
      return exited;
    },
  };
}

/** Chromium as the project finds it (src/browser/chromium.ts), for driving the workspace itself. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(null).path, headless: true, args: chromiumArgs() });
}
