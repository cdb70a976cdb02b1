/** js-wacz's WARC indexer (the function its worker threads run), called in this thread instead. */
declare module '@harvard-lil/js-wacz/workers/indexWARC.js' {
  const indexWARC: (options: { filename: string; detectPages?: boolean }) => Promise<{ cdx: string[]; pages: unknown[] }>;
  export default indexWARC;
}
