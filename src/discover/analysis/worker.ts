// The analysis thread: reads pages for the crawl (parse, classify, language, identifiers) so that the
// crawl's own thread keeps fetching. Loaded by piscina, which calls the default export; one module instance per thread.
export { analysePage as default } from './analyse-page.js';
