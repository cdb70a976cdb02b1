import type { Browser } from 'playwright';
import { chromium } from 'playwright';
import { SetupError } from '../core/errors.js';
import { chromiumArgs, findChromium } from '../capture/browser.js';
import type { Options } from '../options/index.js';

/**
 * Renders self-contained HTML to PDF in headless Chromium. The page runs without JavaScript and
 * every network request is refused: a dossier can never fetch anything from a target site.
 */
export class PdfRenderer {
  readonly #browser: Browser;

  private constructor(browser: Browser) {
    this.#browser = browser;
  }

  static async open(options: Pick<Options, 'chromiumPath'>): Promise<PdfRenderer> {
    const executable = findChromium(options.chromiumPath);
    try {
      return new PdfRenderer(await chromium.launch({ executablePath: executable.path, headless: true, args: chromiumArgs() }));
    } catch (error) {
      throw new SetupError(`Chromium at ${executable.path} did not start for PDF rendering.`, { cause: error });
    }
  }

  async render(html: string): Promise<Buffer> {
    const context = await this.#browser.newContext({ javaScriptEnabled: false, offline: true });
    try {
      await context.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort('blockedbyclient')));
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      return await page.pdf({ format: 'A4', printBackground: true, displayHeaderFooter: true, headerTemplate: '<span></span>', footerTemplate: '<div style="font-size:7pt;width:100%;text-align:center"><span class="pageNumber"></span> / <span class="totalPages"></span></div>', margin: { top: '16mm', bottom: '16mm', left: '14mm', right: '14mm' } });
    } finally {
      await context.close();
    }
  }

  async close(): Promise<void> {
    await this.#browser.close().catch(() => undefined);
  }
}
