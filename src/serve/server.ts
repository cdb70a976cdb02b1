import { readFile } from 'node:fs/promises';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Catalog } from '../catalog/index.js';
import { UsageError } from '../core/errors.js';
import type { Options } from '../options/index.js';
import { createStore } from '../store/index.js';
import { Reviewers, Sessions, loadReviewersFile, newSecret } from './auth.js';
import { workspaceApp } from './app.js';
import { workspaceOf, type Workspace } from './context.js';

export interface WorkspaceInput {
  options: Options;
  configFile?: string | null;
  /** Default 127.0.0.1. Anything beyond loopback needs TLS files or `plainHttpReason`. */
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** The start token; generated when neither it nor a reviewers file is given. */
  token?: string | null;
  /** Whom the start token stands for in the audit table and label history. */
  reviewer?: string;
  /** JSON {"reviewers": [{"name", "token"}]}: one token per reviewer. */
  reviewersFile?: string | null;
  tlsCert?: string | null;
  tlsKey?: string | null;
  /** Why plain HTTP beyond loopback is acceptable here (e.g. "behind the office TLS proxy"). */
  plainHttpReason?: string | null;
}

export interface RunningWorkspace {
  url: string;
  /** The start token, or null when only a reviewers file was given. */
  token: string | null;
  reviewer: string | null;
  workspace: Workspace;
  close(): Promise<void>;
}

const LOOPBACK = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|localhost)$/i;
export const isLoopback = (host: string): boolean => LOOPBACK.test(host);
const WILDCARD = new Set(['0.0.0.0', '::', '[::]']);
const hostPart = (host: string): string => (host.includes(':') && !host.startsWith('[') ? `[${host}]` : host);

/** Checks the bind address against the TLS rule before anything is opened. */
function checkExposure(input: WorkspaceInput, host: string): void {
  if ((input.tlsCert ? 1 : 0) + (input.tlsKey ? 1 : 0) === 1) throw new UsageError('TLS needs both --tls-cert and --tls-key.');
  if (isLoopback(host) || input.tlsCert) return;
  if (input.plainHttpReason?.trim()) return;
  throw new UsageError(`--host ${host} reaches beyond this machine: give --tls-cert FILE --tls-key FILE, or --plain-http-because "REASON" if TLS is ended in front of it (e.g. a reverse proxy).`);
}

/**
 * Starts the workspace: the catalog of `options.dataDir`, the bundle store, the tokens; listens and
 * resolves once listening. Closing stops the server and closes the catalog.
 */
export async function startWorkspace(input: WorkspaceInput): Promise<RunningWorkspace> {
  const host = input.host?.trim() || '127.0.0.1';
  checkExposure(input, host);
  const reviewers = new Reviewers();
  if (input.reviewersFile) await loadReviewersFile(input.reviewersFile, reviewers);
  if (input.token && input.token.length < 16 && !isLoopback(host)) throw new UsageError(`--token needs at least 16 characters when --host ${host} reaches beyond this machine; leave it out and a random one is generated.`);
  const token = input.token ?? (input.reviewersFile ? null : newSecret());
  const reviewer = token === null ? null : input.reviewer?.trim() || 'workspace operator';
  if (token !== null) reviewers.add(token, reviewer!);
  const tls = input.tlsCert && input.tlsKey ? { cert: await readFile(input.tlsCert), key: await readFile(input.tlsKey) } : null;
  const catalog = new Catalog(input.options.dataDir);
  const ws = workspaceOf({ options: input.options, configFile: input.configFile ?? null, catalog, store: createStore(input.options), reviewers, sessions: new Sessions(), tls: tls !== null, allowedHosts: new Set() });
  const app = workspaceApp(ws);
  let server: ReturnType<typeof serve>;
  const address = await new Promise<AddressInfo>((resolve, reject) => {
    server = serve({ fetch: app.fetch, port: input.port ?? 0, hostname: host, ...(tls ? { createServer: createHttpsServer, serverOptions: tls } : {}) }, (info) => resolve(info));
    server.once('error', (error: NodeJS.ErrnoException) => {
      catalog.close();
      reject(error.code === 'EADDRINUSE' ? new UsageError(`Port ${input.port} on ${host} is taken; choose another with --port, or --port 0 for a free one.`, { cause: error }) : error);
    });
  });
  const port = address.port;
  if (WILDCARD.has(host)) ws.allowedHosts = null;
  else {
    const names = isLoopback(host) ? ['127.0.0.1', 'localhost', '[::1]', hostPart(host)] : [hostPart(host)];
    ws.allowedHosts = new Set(names.map((n) => `${n.toLowerCase()}:${port}`));
  }
  const url = `${tls ? 'https' : 'http'}://${hostPart(host)}:${port}/`;
  await ws.audit.record({ reviewer: 'dijkwacht', action: 'start', target: 'workspace', detail: { url, tls: tls !== null, plainHttpReason: isLoopback(host) || tls ? null : (input.plainHttpReason ?? null), reviewers: reviewers.size } });
  return {
    url,
    token,
    reviewer,
    workspace: ws,
    close: () =>
      new Promise<void>((resolve) => {
        const s = server as unknown as { close(cb: () => void): void; closeAllConnections?: () => void };
        s.close(() => {
          catalog.close();
          resolve();
        });
        s.closeAllConnections?.();
      }),
  };
}
