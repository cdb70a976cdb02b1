/**
 * Errors that carry policy. Every error a user can meet says one clear sentence in `message`;
 * the detail lives in `cause` and goes to the log.
 *
 * - `retryable`: trying again later may succeed (network, remote service, rate limit).
 * - `scope`: `item` errors are recorded against one URL/bundle and the run goes on;
 *   `run` errors stop the command (bad configuration, unusable store, missing keys).
 */
export type ErrorScope = 'item' | 'run';

export interface DijkwachtErrorOptions {
  cause?: unknown;
  retryable?: boolean;
  scope?: ErrorScope;
}

export class DijkwachtError extends Error {
  readonly retryable: boolean;
  readonly scope: ErrorScope;

  constructor(message: string, options: DijkwachtErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.retryable = options.retryable ?? false;
    this.scope = options.scope ?? 'item';
  }
}

/** Bad command-line arguments or configuration values. Stops the run. */
export class UsageError extends DijkwachtError {
  constructor(message: string, options: Omit<DijkwachtErrorOptions, 'scope'> = {}) {
    super(message, { ...options, scope: 'run' });
  }
}

/** A URL that may not or cannot be captured (invalid, private network, unsupported scheme). */
export class TargetError extends DijkwachtError {}

/** A remote party (web site, TSA, S3, RDAP, search API) failed or answered something unusable. */
export class RemoteError extends DijkwachtError {
  constructor(message: string, options: DijkwachtErrorOptions = {}) {
    super(message, { retryable: true, ...options });
  }
}

/** Keys, certificates or stores that are missing or unusable. Stops the run. */
export class SetupError extends DijkwachtError {
  constructor(message: string, options: Omit<DijkwachtErrorOptions, 'scope'> = {}) {
    super(message, { ...options, scope: 'run' });
  }
}

/** Something in a bundle does not hold (hash, signature, schema, custody chain). */
export class IntegrityError extends DijkwachtError {}

/** A step or remote call that ran out of time. */
export class TimeoutError extends DijkwachtError {
  constructor(message: string, options: DijkwachtErrorOptions = {}) {
    super(message, { retryable: true, ...options });
  }
}

/** One sentence for a human, whatever was thrown. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message.split('\n')[0] ?? error.name;
  return String(error);
}

/** The chain of causes, for logs. */
export function errorDetail(error: unknown): string[] {
  const chain: string[] = [];
  let current: unknown = error;
  while (current !== undefined && chain.length < 8) {
    if (current instanceof Error) {
      chain.push(`${current.name}: ${current.message}`);
      current = current.cause;
    } else {
      chain.push(typeof current === 'string' ? current : JSON.stringify(current) ?? typeof current);
      break;
    }
  }
  return chain;
}

/** Run `fn` with a deadline; the promise rejects with a TimeoutError naming `what`. */
export async function withTimeout<T>(what: string, timeoutMs: number, fn: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new TimeoutError(`${what} did not finish within ${timeoutMs} ms`));
    }, timeoutMs);
  });
  try {
    return await Promise.race([fn(controller.signal), deadline]);
  } finally {
    clearTimeout(timer);
  }
}
