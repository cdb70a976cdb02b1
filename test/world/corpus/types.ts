export type CorpusLabel = 'nudify' | 'deepfake' | 'directory' | 'unrelated';

/** One labelled page of the classifier corpus, served by the test world at http://<host><path>. */
export interface CorpusPage {
  host: string;
  path: string;
  lang: string;
  label: CorpusLabel;
  /** What kind of page it is (service, news, ngo, government, academic, encyclopedia, blocklist, photo-tool, sfw-faceswap, lingerie-shop, adult-site, image-generator, directory, other). */
  kind: string;
  title: string;
  body: string;
  head?: string;
  /** The body only appears after a script runs (an app shell). */
  jsOnly?: boolean;
}

/** Short builders so each page's own words stand out. */
export const p = (...paras: string[]): string => paras.map((t) => `<p>${t}</p>`).join('\n');
export const h1 = (t: string): string => `<h1>${t}</h1>`;
export const ul = (...items: string[]): string => `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;
export const a = (href: string, text: string): string => `<a href="${href}">${text}</a>`;
export const upload = (label = 'Upload photo'): string => `<form action="/generate" method="post" enctype="multipart/form-data"><label>${label}<input type="file" name="image" accept="image/*"></label><button>Go</button></form>`;
export const img = (n: number): string => `<img src="/img/p${n % 10}.png" alt="" width="200" height="150">`;
export const stripe = (key: string): string => `<script src="https://js.stripe.com/v3/"></script><script>window.STRIPE_KEY="${key}"</script>`;
export const oneTap = (clientId: string): string =>
  `<script src="https://accounts.google.com/gsi/client" async></script><div id="g_id_onload" data-client_id="${clientId}"></div>`;
export const gtag = (id: string): string => `<script async src="https://www.googletagmanager.com/gtag/js?id=${id}"></script><script>gtag('config','${id}')</script>`;
