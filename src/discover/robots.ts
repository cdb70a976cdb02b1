import { RobotsTxtFile } from '@crawlee/utils';

/**
 * robots.txt, fetched through the same proxy as the pages (Crawlee 3.18's own check fetches it
 * without the proxy, which would reveal the investigator's address). Cached per origin; a robots.txt
 * that cannot be fetched allows everything, as the convention says.
 */
export class RobotsGate {
  readonly #cache = new Map<string, Promise<RobotsTxtFile | null>>();
  readonly #proxy: string | undefined;
  readonly #timeoutMs: number;

  constructor(proxy: string | null, timeoutMs: number) {
    this.#proxy = proxy ?? undefined;
    this.#timeoutMs = timeoutMs;
  }

  async allowed(url: string): Promise<boolean> {
    let origin: string;
    try {
      origin = new URL(url).origin;
    } catch {
      return true;
    }
    let file = this.#cache.get(origin);
    if (!file) {
      file = RobotsTxtFile.find(url, this.#proxy, { timeoutMillis: this.#timeoutMs }).catch(() => null);
      this.#cache.set(origin, file);
      if (this.#cache.size > 5000) this.#cache.delete(this.#cache.keys().next().value!);
    }
    const robots = await file;
    return robots ? robots.isAllowed(url) : true;
  }
}
