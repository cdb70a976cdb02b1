import { NonRetryableError } from 'crawlee';

/** The site answered with an error status: recorded as the page's failure, never retried. */
export class HttpStatusError extends NonRetryableError {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
    this.name = 'HttpStatusError';
  }
}

/** robots.txt disallows the URL: recorded, never fetched, never retried. */
export class RobotsDisallowedError extends NonRetryableError {
  constructor() {
    super('not fetched: disallowed by robots.txt');
    this.name = 'RobotsDisallowedError';
  }
}
