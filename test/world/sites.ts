import { html, page, redirect, type Site } from './fixture.js';
import { placeholders } from './images.js';
import { appsSites } from './sites-apps.js';
import { imprintSites } from './sites-imprint.js';
import { paymentSites } from './sites-payment.js';

/** Hostnames of the fictional web. None is a real service; all text is neutral marketing copy. */
export const HOSTS = {
  service: 'pixelpeel.test',
  redirectA: 'go-pixelpeel.test',
  redirectB: 'hop.pixelpeel-mirror.test',
  guarded: 'guarded-portal.test',
  noRobots: 'robots-closed.test',
  other: 'elsewhere.test',
  /** A .nl service hosted in a RIPE range, registered through a fictional .nl registrar (RDAP, WHOIS as fallback). */
  nlService: 'kleding-weg.nl',
  /** The same operator's second domain: shares the analytics id and the Telegram bot. */
  nlSibling: 'kledingweg-app.test',
  /** A service behind Cloudflare (edge IP, Cloudflare nameservers and response headers). */
  cdnService: 'coverlift-ai.test',
} as const;

/**
 * Hosts for what a capture records about the request itself: a browser's own HTTPS upgrade and a
 * gateway error that really is the site's. Only the capture tests use them; nothing links to them.
 */
export const EDGE_HOSTS = {
  /** On .dev, a TLD on Chromium's built-in HSTS preload list: the browser asks for https:// before anything is sent. */
  preloaded: 'upgrade-demo.dev',
  /** Sends Strict-Transport-Security over HTTPS, then redirects to plain HTTP: the browser upgrades that hop itself. */
  hstsHop: 'hsts-hop.test',
  /** A site whose own server answers 502 (its application behind it is down). */
  badGateway: 'bad-gateway.test',
} as const;

const edgePage = (title: string, text: string): string => page(title, `<h1>${title}</h1><p>${text}</p>`);

const png = (data: Buffer) => ({ status: 200, headers: { 'content-type': 'image/png', 'cache-control': 'no-store' }, body: data });

/** A tiny valid PDF (one page, no text streams needed). */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

const serviceHome = (): string =>
  page(
    'PixelPeel AI - photo studio',
    `<header id="intro"><h1 id="headline">PixelPeel AI photo studio</h1>
<p id="tagline">Fictional test-world service. Upload a photo, pick a mode and get a result in seconds. Credits from 4.99. 18+ only.</p></header>
<div class="hero" id="hero" style="background-image:url('/img/background.png')"></div>
<div class="grid" id="gallery">${Array.from({ length: 10 }, (_, i) => `<img src="/img/p${i}.png" alt="placeholder ${i}">`).join('')}</div>
<form id="upload" action="/upload" method="post" enctype="multipart/form-data"><input type="file" name="photo"><button>Generate</button></form>
<p><a href="https://${HOSTS.other}/partner?ref=pp">Partner programme</a> · <a href="/pricing">Pricing</a> · <a href="https://t.me/fictional_test_bot">Telegram</a></p>
<iframe src="/embed" width="300" height="120" title="embed"></iframe>
<svg width="120" height="80"><image href="/img/p1.png" width="120" height="80"/></svg>
<canvas id="c" width="160" height="90"></canvas>
<img src="/img/traces.jpg" alt="sample with traces" width="300" height="200">
<picture><source srcset="/img/photo" type="image/webp"><img src="/img/p2.png" alt="webp" width="200" height="200"></picture>
<script>const c=document.getElementById('c').getContext('2d');c.fillStyle='#f0a';c.fillRect(0,0,160,90);</script>`,
    `<meta name="description" content="Fictional AI photo studio of the dijkwacht test world"><meta property="og:title" content="PixelPeel AI">`,
  );


const kledingWeg = (title: string): string =>
  page(
    title,
    `<h1>Kleding weg met AI</h1>
<p>Upload een foto van wie je maar wilt en onze AI gaat iemand uitkleden in enkele seconden. Kleding verwijderen zonder Photoshop.</p>
<p>Probeer gratis, daarna vanaf €5,99 voor 30 credits. Alleen 18+.</p>
<form action="/upload" method="post" enctype="multipart/form-data"><input type="file" name="foto"><button>Foto uploaden</button></form>
<div class="grid">${Array.from({ length: 3 }, (_, i) => `<img src="/img/p${i}.png" alt="voorbeeld ${i}">`).join('')}</div>
<p><a href="https://t.me/kledingweg_test_bot">Telegram bot</a> · <a href="/prijzen">Prijzen</a></p>
<script>window.dataLayer=[];function gtag(){dataLayer.push(arguments)}gtag('config','G-KWTEST0042');</script>`,
  );

const coverLift = (): string =>
  page(
    'CoverLift AI',
    `<h1>Undress any photo with AI</h1><p>Upload a picture of anyone and our AI will remove clothes in seconds. See anyone without clothes.</p><p>20 credits for $9.99. 18+ only.</p>
<form action="/upload" method="post" enctype="multipart/form-data"><input type="file" name="photo"><button>Upload photo</button></form><img src="/img/p0.png" alt="example">`,
  );

export const sites: Record<string, Site> = {
  [HOSTS.service]: {
    about: 'fictional service: text, 10 placeholder images, upload form, iframe, canvas, svg image, EXIF/XMP traces',
    routes: {
      '/': () => html(serviceHome(), 200, { 'x-served-by': 'test-world-edge', 'set-cookie': 'session=abc; HttpOnly' }),
      '/landing': () => html(serviceHome()),
      '/pricing': () => html(page('Pricing', '<h1>Pricing</h1><p>10 credits 4.99, 50 credits 19.99.</p>')),
      '/embed': () => html(page('embed', '<p>embedded frame</p>')),
      '/img/background.png': async () => png((await placeholders()).background),
      '/img/traces.jpg': async () => ({ status: 200, headers: { 'content-type': 'image/jpeg' }, body: (await placeholders()).jpegWithTraces }),
      '/img/photo': async () => ({ status: 200, headers: { 'content-type': 'image/webp' }, body: (await placeholders()).webp }),
      '/upload': () => html(page('Uploaded', '<h1>FORM WAS SUBMITTED</h1>')),
      '/autosubmit': () =>
        html(page('Auto submit', '<h1>Auto submit</h1><form id="f" action="/upload" method="post"><input name="x" value="1"></form><script>setTimeout(()=>document.getElementById("f").submit(),50)</script>')),
      '/popup': () => html(page('Popup', '<h1>Popup opener</h1><script>window.open("https://elsewhere.test/popped","_blank")</script>')),
      '/download': () =>
        html(page('Download', '<h1>Download</h1><a id="d" href="/file.bin" download>file</a><script>setTimeout(()=>document.getElementById("d").click(),50)</script>')),
      '/file.bin': () => ({ status: 200, headers: { 'content-type': 'application/octet-stream', 'content-disposition': 'attachment; filename="file.bin"' }, body: Buffer.alloc(1024, 7) }),
      '/leave': () =>
        html(page('Leaving', `<h1>Leaving on scroll</h1><div style="height:3000px"></div><script>addEventListener('scroll',()=>{location.href="https://${HOSTS.other}/away"},{once:true})</script>`)),
      '/app': () => html(page('App', '<div id="root"></div><script>setTimeout(()=>{document.getElementById("root").innerHTML="<h1>Rendered by script</h1><p>Client-side text.</p>"},100)</script>')),
      '/latin1': () => ({ status: 200, headers: { 'content-type': 'text/html; charset=iso-8859-1' }, body: Buffer.from('<html><head><title>Caf\xe9</title></head><body><p>Caf\xe9 cr\xe8me</p></body></html>', 'latin1') }),
      '/huge': () => ({ status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, stream: { chunk: `<p>${'filler text '.repeat(80)}</p>\n`, count: 12_000 } }),
      '/huge-declared': () => ({ status: 200, headers: { 'content-type': 'text/html; charset=utf-8', 'content-length': String(3 * 1024 * 1024) }, body: Buffer.alloc(3 * 1024 * 1024, 'a') }),
      '/doc.pdf': () => ({ status: 200, headers: { 'content-type': 'application/pdf' }, body: PDF }),
      '/image.png': async () => png((await placeholders()).png[0]!),
      '/missing': () => html(page('Not found', '<h1>404 Not Found</h1>'), 404),
      '/broken': () => html(page('Server error', '<h1>500 Internal Server Error</h1>'), 500),
      '/slow': () => ({ status: 200, hangMs: 120_000, body: 'too late' }),
      '/loop': () => redirect('/loop2'),
      '/loop2': () => redirect('/loop'),
    },
  },
  [HOSTS.redirectA]: {
    about: 'first hop of a redirect chain (301)',
    routes: { '/': () => redirect(`http://${HOSTS.redirectB}/hop`, 301) },
  },
  [HOSTS.redirectB]: {
    about: 'second hop (302) to the service landing page',
    routes: { '/hop': () => redirect(`http://${HOSTS.service}/landing`, 302) },
  },
  [HOSTS.guarded]: {
    about: 'imitation of a bot-challenge interstitial (503, "Just a moment...")',
    routes: {
      '/': () =>
        html(
          page(
            'Just a moment...',
            '<h1>Checking your browser before accessing guarded-portal.test</h1><p>This process is automatic. Please enable JavaScript and cookies.</p>' +
              '<form id="challenge-form" action="/__challenge" method="post"><input type="hidden" name="token" value="x"></form><div class="challenge-widget" data-sitekey="0x0000"></div>',
          ),
          503,
          { 'cache-control': 'no-store' },
        ),
    },
  },
  [HOSTS.noRobots]: {
    about: 'a site whose robots.txt disallows everything',
    routes: {
      '/robots.txt': () => ({ status: 200, headers: { 'content-type': 'text/plain' }, body: 'User-agent: *\nDisallow: /\n' }),
      '/': () => html(page('Closed', '<h1>Undress AI</h1><p>Upload a photo to remove clothes. 10 credits.</p><input type="file">')),
    },
  },
  [HOSTS.other]: {
    about: 'an unrelated site that pages link and navigate to',
    routes: {
      '/partner': () => html(page('Partner', '<h1>Partner page</h1>')),
      '/away': () => html(page('Away', '<h1>NAVIGATED AWAY</h1>')),
      '/popped': () => html(page('Popped', '<h1>POPUP OPENED</h1>')),
    },
  },
  [HOSTS.nlService]: {
    about: 'fictional Dutch nudify service on a .nl domain (RIPE-range IP, .nl WHOIS); placeholder images',
    placeholderImages: true,
    routes: { '/': () => html(kledingWeg('KledingWeg – AI fotostudio')), '/prijzen': () => html(page('Prijzen', '<h1>Prijzen</h1><p>30 credits €5,99.</p>')) },
  },
  [HOSTS.nlSibling]: {
    about: 'the same fictional operator on a second domain (shared analytics id and Telegram bot)',
    placeholderImages: true,
    routes: { '/': () => html(kledingWeg('KledingWeg app')) },
  },
  [HOSTS.cdnService]: {
    about: 'fictional service behind Cloudflare (edge IP in DNS, Cloudflare headers)',
    placeholderImages: true,
    routes: { '/': () => html(coverLift(), 200, { server: 'cloudflare', 'cf-ray': '8f00000000000000-AMS', 'cf-cache-status': 'DYNAMIC' }) },
  },
  [EDGE_HOSTS.preloaded]: {
    about: 'fictional site on a preloaded HSTS TLD (.dev), served over HTTPS only',
    routes: { '/': () => html(edgePage('Upgrade demo', 'Fictional test-world page, served over HTTPS only.')) },
  },
  [EDGE_HOSTS.hstsHop]: {
    about: 'HTTP → HTTPS (sets Strict-Transport-Security) → HTTP again, which the browser upgrades itself',
    routes: {
      '/': (_req, url) =>
        url.protocol === 'https:'
          ? { status: 302, headers: { location: `http://${EDGE_HOSTS.hstsHop}/page`, 'strict-transport-security': 'max-age=600' }, body: '' }
          : redirect(`https://${EDGE_HOSTS.hstsHop}/`, 301),
      '/page': () => html(edgePage('HSTS hop', 'Fictional test-world page reached after the browser upgraded the last hop.')),
      // A server redirect dressed up as the browser's own (Chromium's header, sent by the server): still the server's.
      '/dressed-up': () => ({ status: 307, headers: { location: `https://${EDGE_HOSTS.hstsHop}/page`, 'non-authoritative-reason': 'HSTS' }, body: '' }),
    },
  },
  [EDGE_HOSTS.badGateway]: {
    about: "a site whose own gateway answers 502 (once plain, once with its edge's Proxy-Status)",
    routes: {
      '/': () => html(edgePage('502 Bad Gateway', 'The application server behind this gateway did not answer.'), 502, { server: 'test-gateway' }),
      '/edge': () => html(edgePage('502 Bad Gateway', 'The edge could not reach the origin.'), 502, { 'proxy-status': 'bad-gateway-edge; error=connection_refused' }),
    },
  },
  ...imprintSites,
  ...paymentSites,
  ...appsSites,
};

/** Plain-server requests to 127.0.0.1/localhost are answered by the service site. */
export const DEFAULT_HOST = HOSTS.service;

export async function imageRoute(path: string): Promise<Buffer | null> {
  const m = /^\/img\/p(\d)\.png$/.exec(path);
  if (!m) return null;
  return (await placeholders()).png[Number(m[1])] ?? null;
}
