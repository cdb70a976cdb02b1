import { page } from '../fixture.js';
import { afterLoad, js, scripted, scriptPage, sendHtml, type HelperRoute, type HostileContext, type HostileRoute } from './hostile-case.js';

const form = (action: string, method = 'post') =>
  `<form id="f" method="${method}" action="${action}"><input name="note" value="neutral text"><button id="b">Send</button></form>`;

const formCase = (name: string, path: string, about: string, submit: (ctx: HostileContext) => string, method = 'post'): HostileRoute =>
  scripted(name, path, 'form', about, method === 'post' ? ['post', 'form'] : ['form'], (ctx) =>
    scriptPage('Form', 'This page sends its own form.', afterLoad(submit(ctx)), form(ctx.self(`/form/sink/${name}`), method)),
  );

const requestCase = (name: string, about: string, code: (ctx: HostileContext) => string, expect: HostileRoute['expect'] = ['post']): HostileRoute =>
  scripted(name, `/script/${name}`, 'script-request', about, expect, (ctx) => scriptPage('Script request', 'This page sends a request from script.', afterLoad(code(ctx))));

const quiet = (call: string): string => `try{${call}.catch(()=>{})}catch(e){}`;

/** A worker script: an internal GET whose answer it could read (https from an https worker: no mixed-content block to hide behind), and a POST home. */
const workerScript = (ctx: HostileContext, name: string): string =>
  `${quiet(`fetch(${js(ctx.scheme === 'https' ? ctx.internal.https : ctx.internal.http)})`)};${quiet(`fetch(${js(ctx.self(`/sink/${name}-post`))},{method:'POST',body:'note=neutral'})`)};`;

const serviceWorkerCase = (name: string, path: string, how: string): HostileRoute =>
  scripted(name, path, 'worker', `registers a service worker ${how}; on install it fetches an internal URL and POSTs home`, ['service-worker', 'internal', 'post'], (ctx) =>
    scriptPage('Service worker', 'This page registers a service worker.', `navigator.serviceWorker&&navigator.serviceWorker.register(${js(ctx.self('/worker/sw.js'))}).catch(()=>{});`),
  );

export const requestCases: HostileRoute[] = [
  formCase('form-submit', '/form/submit', 'a POST form that submits itself with form.submit()', () => `document.getElementById('f').submit();`),
  formCase('form-request-submit', '/form/request-submit', 'a POST form that submits itself with form.requestSubmit()', () => `document.getElementById('f').requestSubmit();`),
  formCase('form-click', '/form/click', 'a POST form whose submit button script clicks', () => `document.getElementById('b').click();`),
  formCase('form-iframe-realm', '/form/iframe-realm', "form.submit taken from a freshly created iframe's realm (a guard that patched HTMLFormElement.prototype in the page's realm misses it)", () =>
    `const fr=document.createElement('iframe');document.body.append(fr);fr.contentWindow.HTMLFormElement.prototype.submit.call(document.getElementById('f'));`,
  ),
  formCase('form-in-iframe', '/form/in-iframe', 'a POST form written into a fresh about:blank iframe and submitted there, aimed at the top window', (ctx) =>
    `const fr=document.createElement('iframe');document.body.append(fr);const d=fr.contentDocument;d.body.innerHTML=${js(`<form method="post" target="_top" action="${ctx.self('/form/sink/form-in-iframe')}"><input name="note" value="neutral text"></form>`)};d.forms[0].submit();`,
  ),
  formCase('form-get', '/form/get', 'a GET form that submits itself (no method check sees it; recorded as form)', () => `document.getElementById('f').submit();`, 'get'),
  scripted('form-post-307', '/form/post-307', 'form', 'a POST form aimed at /redirect/307, which answers 307 to an internal URL (POST and body preserved)', ['post', 'internal'], (ctx) =>
    scriptPage('Form', 'This page sends its own form.', afterLoad(`document.getElementById('f').submit();`), form(ctx.self('/redirect/307'))),
  ),

  requestCase('fetch-post', 'fetch() POST to hostile.test', (ctx) => quiet(`fetch(${js(ctx.self('/sink/fetch-post'))},{method:'POST',body:'note=neutral'})`)),
  requestCase('xhr-post', 'XMLHttpRequest POST to hostile.test', (ctx) => `const x=new XMLHttpRequest();x.open('POST',${js(ctx.self('/sink/xhr-post'))});x.send('note=neutral');`),
  requestCase('beacon', 'navigator.sendBeacon() (a POST that outlives the page)', (ctx) => `navigator.sendBeacon(${js(ctx.self('/sink/beacon'))},'note=neutral');`),
  requestCase('fetch-put', 'fetch() with method PUT', (ctx) => quiet(`fetch(${js(ctx.self('/sink/fetch-put'))},{method:'PUT',body:'note=neutral'})`)),
  requestCase('fetch-delete', 'fetch() with method DELETE', (ctx) => quiet(`fetch(${js(ctx.self('/sink/fetch-delete'))},{method:'DELETE'})`)),
  requestCase('fetch-post-internal', 'fetch() POST (no-cors) to an internal URL', (ctx) => quiet(`fetch(${js(ctx.internal.http)},{method:'POST',mode:'no-cors',body:'ssid=changed'})`), ['internal', 'post']),
  requestCase('eventsource', 'EventSource on hostile.test that streams an event a second and never ends (nothing forbidden; the network never goes idle)', (ctx) => `new EventSource(${js(ctx.self('/sse/stream'))});`, []),
  requestCase('eventsource-internal', 'EventSource to an internal URL', (ctx) => `new EventSource(${js(ctx.internal.http)});`, ['internal']),

  scripted('subresource-image', '/sub/img', 'subresource', '<img> from an internal URL', ['internal'], (ctx) => page('Image', `<h1>Image</h1><img src="${ctx.internal.http}" alt="">`)),
  scripted('subresource-script', '/sub/script', 'subresource', '<script src> from an internal URL', ['internal'], (ctx) => page('Script', `<h1>Script</h1><script src="${ctx.internal.http}"></script>`)),
  scripted('subresource-stylesheet', '/sub/stylesheet', 'subresource', '<link rel=stylesheet> from an internal URL', ['internal'], (ctx) => page('Style', '<h1>Style</h1>', `<link rel="stylesheet" href="${ctx.internal.http}">`)),
  scripted('subresource-fetch', '/sub/fetch', 'subresource', 'fetch() GET of an internal URL whose answer (CORS-readable) is written into the page: the marker in an artifact shows it', ['internal'], (ctx) =>
    scriptPage('Fetched', 'This page shows what an internal address answers.', quiet(`fetch(${js(ctx.internal.http)}).then(r=>r.text()).then(t=>{const p=document.createElement('pre');p.textContent=t;document.body.append(p)})`)),
  ),
  scripted('subresource-every-spelling', '/sub/every-spelling', 'subresource', "an <img> for every internal spelling meaningful in the request's mode", ['internal'], (ctx) =>
    page('Images', `<h1>Images</h1>${Object.values(ctx.internal.spellings).map((u) => `<img src="${u}" alt="" width="10" height="10">`).join('')}`),
  ),

  scripted('worker-dedicated', '/worker/dedicated', 'worker', 'a dedicated Worker that fetches an internal URL and POSTs home', ['internal', 'post'], (ctx) =>
    scriptPage('Worker', 'This page starts a worker.', `new Worker(${js(ctx.self('/worker/dedicated.js'))});`),
  ),
  scripted('worker-shared', '/worker/shared', 'worker', 'a SharedWorker that fetches an internal URL and POSTs home', ['internal', 'post'], (ctx) =>
    scriptPage('Shared worker', 'This page starts a shared worker.', `new SharedWorker(${js(ctx.self('/worker/shared.js'))});`),
  ),
  {
    ...serviceWorkerCase('service-worker', '/worker/service', 'over https (a secure context; registration needs the world certificate really trusted, not merely errors ignored)'),
    https: true,
  },
  {
    ...serviceWorkerCase('service-worker-loopback', '/worker/service-loopback', 'over plain http on the direct 127.0.0.1 origin (loopback is a secure context)'),
    modes: ['direct'],
  },

  scripted('websocket-public', '/ws/public', 'websocket', 'a WebSocket to hostile.test (the world completes the handshake and greets)', ['websocket'], (ctx) =>
    scriptPage('Socket', 'This page opens a socket.', `const w=new WebSocket(${js(ctx.wsSelf('/ws/echo'))});w.onopen=()=>w.send('hello');`),
  ),
  scripted('websocket-internal', '/ws/internal', 'websocket', 'a ws:// WebSocket to an internal host (through a proxy: a CONNECT to port 80)', ['internal', 'websocket'], (ctx) =>
    scriptPage('Socket', 'This page opens an internal socket.', `const w=new WebSocket(${js(ctx.internal.ws)});w.onopen=()=>w.send('hello');`),
  ),
  scripted('websocket-internal-tls', '/ws/internal-tls', 'websocket', 'a wss:// WebSocket to an internal host', ['internal'], (ctx) =>
    scriptPage('Socket', 'This page opens an internal secure socket.', `const w=new WebSocket(${js(ctx.internal.wss)});w.onopen=()=>w.send('hello');`),
  ),
  scripted('webrtc-stun', '/webrtc/stun', 'webrtc', 'RTCPeerConnection with a STUN server on 127.0.0.2 (a UDP sentinel records every datagram)', ['internal'], (ctx) =>
    scriptPage('Peer', 'This page gathers network candidates.', afterLoad(`const pc=new RTCPeerConnection({iceServers:[{urls:${js(ctx.internal.stun)}}]});pc.createDataChannel('x');pc.createOffer().then(o=>pc.setLocalDescription(o)).catch(()=>{});`)),
  ),
];

const sendScript = (ctx: HostileContext, body: string) => ctx.res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' }).end(body);

export const requestHelpers: HelperRoute[] = [
  {
    pattern: /^\/form\/sink\/([\w-]+)$/,
    serve(ctx) {
      ctx.log.record({ kind: 'form', method: ctx.req.method ?? 'GET', host: ctx.host, path: ctx.path });
      sendHtml(ctx, page('Received', '<h1>Received</h1><p>The form arrived.</p>'));
    },
  },
  { pattern: /^\/sink\/([\w-]+)$/, serve: (ctx) => void ctx.res.writeHead(204, { 'cache-control': 'no-store' }).end() },
  { pattern: /^\/worker\/dedicated\.js$/, serve: (ctx) => sendScript(ctx, workerScript(ctx, 'worker')) },
  { pattern: /^\/worker\/shared\.js$/, serve: (ctx) => sendScript(ctx, workerScript(ctx, 'shared-worker')) },
  { pattern: /^\/worker\/sw\.js$/, serve: (ctx) => sendScript(ctx, `self.addEventListener('install',(e)=>{${workerScript(ctx, 'service-worker')}});`) },
  {
    pattern: /^\/sse\/stream$/,
    serve(ctx) {
      ctx.res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
      ctx.res.write('retry: 1000\n\n');
      let n = 0;
      const timer = setInterval(() => ctx.res.write(`data: tick ${n++}\n\n`), 1000);
      ctx.res.on('close', () => clearInterval(timer));
    },
  },
];
