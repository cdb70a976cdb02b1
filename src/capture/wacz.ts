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
  try {
    await wacz.process(false);
  } finally {
    // js-wacz starts a worker pool per archive and leaves it running; end it so threads do not pile up.
    await wacz.indexWARCPool?.destroy();
  }
}
