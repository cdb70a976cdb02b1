import { page } from '../fixture.js';
import { afterLoad, js, scripted, scriptPage, type HostileRoute } from './hostile-case.js';
import { pump } from './pump.js';

/** The attachment: 8 MiB in 64 KiB chunks, 10 ms apart, so a client that refuses downloads has closed long before the end. */
export const DOWNLOAD_BYTES = 8 * 1024 * 1024;
const CHUNK = Buffer.alloc(64 * 1024, 'download fixture bytes. ');
const FILE_PATH = '/download/file.bin';

export const downloadCases: HostileRoute[] = [
  {
    name: 'download-attachment',
    path: FILE_PATH,
    channel: 'download',
    about: 'the attachment itself (Content-Disposition: attachment, 8 MiB, paced); recorded as download only when delivered to the end',
    expect: ['download'],
    async serve(ctx) {
      ctx.res.writeHead(200, {
        'content-type': 'application/octet-stream',
        'content-disposition': 'attachment; filename="report.bin"',
        'content-length': String(DOWNLOAD_BYTES),
        'cache-control': 'no-store',
      });
      if (!(await pump(ctx.res, CHUNK, DOWNLOAD_BYTES / CHUNK.length, 10))) return;
      ctx.res.end(() => {
        if (!ctx.req.socket.destroyed) ctx.log.record({ kind: 'download', host: ctx.host, path: ctx.path, bytes: DOWNLOAD_BYTES });
      });
    },
  },
  scripted('download-navigate', '/download/navigate', 'download', 'script navigates to the attachment', ['download'], (ctx) =>
    scriptPage('Download', 'This page starts a download.', afterLoad(`location.href=${js(ctx.self(FILE_PATH))};`)),
  ),
  scripted('download-anchor', '/download/anchor', 'download', 'script clicks an <a download> pointing at the attachment', ['download'], (ctx) =>
    scriptPage('Download', 'This page clicks its download link.', afterLoad(`document.getElementById('d').click();`), `<a id="d" href="${ctx.self(FILE_PATH)}" download="report.bin">report</a>`),
  ),
  scripted('download-blob', '/download/blob', 'download', 'script builds a Blob and clicks an <a download> for it (no network: browser side only, e.g. no file saved, no download event honoured)', [], () =>
    scriptPage(
      'Download',
      'This page saves a file it made itself.',
      afterLoad(`const a=document.createElement('a');a.href=URL.createObjectURL(new Blob(['neutral file contents'],{type:'application/octet-stream'}));a.download='made.bin';document.body.append(a);a.click();`),
    ),
  ),
];


/** Link pages for crawlers: following a link is all it takes. */
export const linkCases: HostileRoute[] = [
  {
    name: 'links-internal',
    path: '/links/internal',
    channel: 'links',
    about: "plain <a href> links to every internal spelling of the request's mode and to internal https",
    expect: ['internal'],
    serve(ctx) {
      const urls = [...Object.values(ctx.internal.spellings), ctx.internal.https];
      ctx.res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page('Links', `<h1>Links</h1><ul>${urls.map((u) => `<li><a href="${u}">${u}</a></li>`).join('')}</ul>`));
    },
  },
  {
    name: 'links-download',
    path: '/links/download',
    channel: 'links',
    about: 'a plain link to the attachment',
    expect: ['download'],
    serve(ctx) {
      ctx.res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page('Links', `<h1>Links</h1><p><a href="${ctx.self(FILE_PATH)}">the report</a></p>`));
    },
  },
  {
    name: 'links-schemes',
    path: '/links/schemes',
    channel: 'links',
    about: 'links with file:, data:, javascript:, blob:, ftp: and view-source: schemes (nothing for the world to see)',
    expect: [],
    serve(ctx) {
      const urls = ['file:///etc/passwd', 'data:text/html,<h1>data</h1>', 'javascript:void(0)', `blob:${ctx.self('/x')}`, 'ftp://files.test/', `view-source:${ctx.self('/')}`];
      ctx.res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page('Links', `<h1>Links</h1><ul>${urls.map((u) => `<li><a href="${u.replace(/"/g, '&quot;')}">link</a></li>`).join('')}</ul>`));
    },
  },
];
