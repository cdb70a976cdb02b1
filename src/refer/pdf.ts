import type { Browser } from 'playwright';
import { closeBrowser, launchBrowser, ObservationGuard, type LaunchedBrowser } from '../browser/index.js';
import { SetupError } from '../core/errors.js';
import { NetworkPolicy } from '../net/index.js';
import type { Options } from '../options/index.js';
import { toPdfA, type PdfMeta } from './pdfa.js';

/** The document's own title and language, read from its <title> and <html lang>. */
function metaOf(html: string): Pick<PdfMeta, 'title' | 'lang'> {
  const title = /<title>([^<]*)<\/title>/i.exec(html)?.[1] ?? 'dijkwacht';
  const lang = /<html[^>]*\blang="([A-Za-z-]+)"/i.exec(html)?.[1] ?? 'en';
  const text = title.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  return { title: text, lang };
}

/**
 * Renders self-contained HTML to PDF in headless Chromium. The page runs without JavaScript, under
 * the same observation guard as every other browser of the tool, in offline mode: every request but
 * data: URLs is refused, so a dossier can never fetch anything from a target site. The PDF is
 * tagged, has an outline from the headings, and is PDF/A-2b (see toPdfA).
 */
export class PdfRenderer {
  readonly #launched: LaunchedBrowser;

  private constructor(launched: LaunchedBrowser) {
    this.#launched = launched;
  }

  static async open(options: Pick<Options, 'chromiumPath'>): Promise<PdfRenderer> {
    try {
      return new PdfRenderer(await launchBrowser({ chromiumPath: options.chromiumPath, stealth: false }));
    } catch (error) {
      throw new SetupError('Chromium did not start for PDF rendering.', { cause: error });
    }
  }

  get #browser(): Browser {
    return this.#launched.browser;
  }

  async render(html: string, meta: Partial<PdfMeta> = {}): Promise<Buffer> {
    const context = await this.#browser.newContext({ javaScriptEnabled: false, offline: true, acceptDownloads: false, serviceWorkers: 'block' });
    try {
      const page = await context.newPage();
      await new ObservationGuard({ policy: new NetworkPolicy({ allowPrivateNetwork: false, allowPrivateNetworks: [] }), offline: true }).install(context, page);
      await page.setContent(html, { waitUntil: 'load' });
      const pdf = await page.pdf({ format: 'A4', printBackground: true, tagged: true, outline: true, displayHeaderFooter: true, headerTemplate: '<span></span>', footerTemplate: '<div style="font-size:7pt;width:100%;text-align:center"><span class="pageNumber"></span> / <span class="totalPages"></span></div>', margin: { top: '16mm', bottom: '16mm', left: '14mm', right: '14mm' } });
      return await toPdfA(pdf, { ...metaOf(html), author: 'dijkwacht', subject: '', created: new Date(), ...meta });
    } finally {
      await context.close();
    }
  }

  async close(): Promise<void> {
    await closeBrowser(this.#launched);
  }
}
