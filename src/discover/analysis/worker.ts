// The analysis thread: reads pages for the crawl (parse, classify, language, identifiers) so that the
// crawl's own thread keeps fetching. Loaded by piscina; one module instance per thread.
import { analysePage, type Analysis, type AnalysisTask } from './analyse-page.js';

export default function analyse(task: AnalysisTask): Analysis {
  return analysePage(task);
}
