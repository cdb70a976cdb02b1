import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import { projectRoot } from '../../core/version.js';
import { analysePage, type Analysis, type AnalysisTask } from './analyse-page.js';

/** Reads fetched pages for the crawl, in analysis threads or, with none, in the crawl's own thread. */
export interface AnalysisPool {
  analyse(task: AnalysisTask): Promise<Analysis>;
  /** How many threads read pages (0: the crawl's own thread). */
  readonly threads: number;
  close(): Promise<void>;
}

/**
 * The worker module as built JavaScript. From dist/ it sits beside this file; when the project runs
 * from its TypeScript sources (the tests), the built copy under dist/ is used (npm test builds first).
 */
function workerFile(): string | null {
  const here = fileURLToPath(import.meta.url);
  const file = here.endsWith('.ts') ? resolve(projectRoot, 'dist', 'src', 'discover', 'analysis', 'worker.js') : resolve(here, '..', 'worker.js');
  return existsSync(file) ? file : null;
}

class InThread implements AnalysisPool {
  readonly threads = 0;
  async analyse(task: AnalysisTask): Promise<Analysis> {
    return analysePage(task);
  }
  async close(): Promise<void> {}
}

class Threads implements AnalysisPool {
  readonly #pool: Piscina<AnalysisTask, Analysis>;
  constructor(
    file: string,
    readonly threads: number,
  ) {
    // Threads start with the crawl (the classifier's modules load while the first pages are fetched)
    // and a queue deep enough for every page in flight; a task that throws rejects its own page only.
    this.#pool = new Piscina({ filename: pathToFileURL(file).href, minThreads: threads, maxThreads: threads, idleTimeout: 60_000, concurrentTasksPerWorker: 1 });
  }
  analyse(task: AnalysisTask): Promise<Analysis> {
    return this.#pool.run(task);
  }
  async close(): Promise<void> {
    await this.#pool.destroy();
  }
}

/** A pool of `threads` analysis threads, or the crawl's own thread when `threads` is 0 or no built worker exists. */
export function startAnalysisPool(threads: number): AnalysisPool {
  const file = threads > 0 ? workerFile() : null;
  return file ? new Threads(file, threads) : new InThread();
}
