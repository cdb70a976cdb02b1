import type { IncomingMessage, ServerResponse } from 'node:http';
import { page } from '../fixture.js';
import type { ForbiddenKind, ForbiddenLog } from './forbidden-log.js';
import type { HostileMode, InternalTargets } from './internal-targets.js';

/** The virtual host of the hostile web (also reachable directly as <httpOrigin>/hostile/<path>). */
export const HOSTILE_HOST = 'hostile.test';

export type HostileChannel =
  | 'redirect'
  | 'body'
  | 'renderer'
  | 'dialog'
  | 'popup'
  | 'navigation'
  | 'frame'
  | 'form'
  | 'script-request'
  | 'subresource'
  | 'worker'
  | 'websocket'
  | 'webrtc'
  | 'download'
  | 'links';

/** One page of the hostile web: what it tries, and what the world records if a client falls for it. */
export interface HostileCase {
  name: string;
  /** Path on the hostile site: http://hostile.test<path> through the proxy, <httpOrigin>/hostile<path> directly. */
  path: string;
  channel: HostileChannel;
  about: string;
  /** Needs a script-running browser to do harm; a plain HTTP fetch of the URL meets nothing hostile. */
  browserOnly?: boolean;
  /** Kinds of forbidden traffic the world records when a client falls for the case; [] when only the browser side can tell. */
  expect: ForbiddenKind[];
  /** Modes in which the case means something (default both); direct mode never points at real private networks. */
  modes?: HostileMode[];
  /** Fetch it over HTTPS (https://hostile.test<path>, or <httpsOrigin>/hostile<path>). */
  https?: boolean;
}

/** What a case's handler gets: the raw exchange and URLs built for the way this request arrived. */
export interface HostileContext {
  req: IncomingMessage;
  res: ServerResponse;
  /** The path on the hostile site (without the /hostile prefix of the direct route). */
  path: string;
  query: URLSearchParams;
  mode: HostileMode;
  scheme: 'http' | 'https';
  /** The host the request named (hostile.test, or 127.0.0.1 directly), for records. */
  host: string;
  /** An absolute same-origin URL for a path on the hostile site. */
  self(path: string): string;
  /** The same as ws:// or wss://. */
  wsSelf(path: string): string;
  /** Internal targets for this request's mode. */
  internal: InternalTargets;
  log: ForbiddenLog;
}

export interface HostileRoute extends HostileCase {
  serve: (ctx: HostileContext) => void | Promise<void>;
}

/** A route that is not a case itself: hops, sinks, popup targets, worker scripts. */
export interface HelperRoute {
  pattern: RegExp;
  serve: (ctx: HostileContext, match: RegExpExecArray) => void | Promise<void>;
}

export function sendHtml(ctx: HostileContext, html: string, status = 200, headers: Record<string, string> = {}): void {
  ctx.res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers }).end(html);
}

export function sendRedirect(ctx: HostileContext, location: string, status = 302): void {
  ctx.res.writeHead(status, { location, 'cache-control': 'no-store', 'content-type': 'text/html; charset=utf-8' }).end(`<p>moved to <a href="${location}">${location}</a></p>`);
}

/** A neutral page with an inline script at the end of its body. */
export function scriptPage(title: string, text: string, script: string, extra = ''): string {
  return page(title, `<h1>${title}</h1><p>${text}</p>${extra}<script>${script}</script>`);
}

/** A JavaScript string literal. */
export const js = (value: string): string => JSON.stringify(value).replace(/</g, '\\u003c');

/** A browser-only case whose page is built per request. */
export const scripted = (name: string, path: string, channel: HostileRoute['channel'], about: string, expect: HostileRoute['expect'], build: (ctx: HostileContext) => string): HostileRoute => ({
  name,
  path,
  channel,
  about,
  browserOnly: true,
  expect,
  serve: (ctx) => sendHtml(ctx, build(ctx)),
});

export const afterLoad = (code: string): string => `addEventListener('load',()=>setTimeout(()=>{${code}},50));`;
