import { judgeSite, pageParts, classifyParts, type Label, type Model, type SiteVerdict } from '../../src/classify/index.js';
import { corpusUrl, renderCorpusPage, splitOf, type CorpusSite, type Split } from '../world/corpus/index.js';

export interface SiteResult {
  site: CorpusSite;
  split: Split;
  verdict: SiteVerdict;
}

/** The HTML a browser would end up with: app-shell pages with their script's body written in. */
export function renderedHtml(site: CorpusSite, page: CorpusSite['pages'][number]): string {
  return renderCorpusPage(site, { ...page, jsOnly: false }).html;
}

/** Judges corpus sites in process, on all their pages (no crawl): the rules' and the model's verdicts. */
export function judgeCorpus(sites: CorpusSite[], model: Model | null): SiteResult[] {
  return sites.map((site) => {
    const records = site.pages.map((page) => {
      const url = corpusUrl({ host: site.host, path: page.path });
      const c = classifyParts(pageParts(url, renderedHtml(site, page)), { model });
      return { url, evidence: c.evidence, model: c.model };
    });
    return { site, split: splitOf(site), verdict: judgeSite(records, model) };
  });
}

export const expectedOf = (r: SiteResult): Label => r.site.label;
