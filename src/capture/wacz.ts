import { WACZ } from '@harvard-lil/js-wacz';

const silent = { trace() {}, debug() {}, info() {}, warn() {}, error() {}, log() {} };

/** Packages a WARC into a WACZ (indexes, pages.jsonl, datapackage) that ReplayWeb.page can replay. */
export async function writeWacz(warcPath: string, waczPath: string, page: { url: string; title: string | null; ts: string }): Promise<void> {
  const wacz = new WACZ({
    input: warcPath,
    output: waczPath,
    url: page.url,
    ts: page.ts,
    title: page.title ?? page.url,
    description: 'dijkwacht evidence capture',
    log: silent,
  });
  wacz.addPage(page.url, page.title ?? null, page.ts);
  await wacz.process(false);
}
