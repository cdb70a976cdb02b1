import { DijkwachtError, type DijkwachtErrorOptions } from '../core/errors.js';

/** File-system failures that mean "this cannot be written here", as a user should read them. */
const STORAGE_CODES: Record<string, { text: string; retryable: boolean }> = {
  ENOSPC: { text: 'no space left on the device', retryable: true },
  EDQUOT: { text: 'the disk quota is exceeded', retryable: true },
  EFBIG: { text: 'the file is too large for this file system', retryable: false },
  EIO: { text: 'an input/output error', retryable: true },
  EACCES: { text: 'permission denied', retryable: false },
  EPERM: { text: 'operation not permitted', retryable: false },
  EROFS: { text: 'the file system is read-only', retryable: false },
};

/**
 * The bundle store or a local file cannot be written or read. Stops the run: nothing captured may
 * be lost, and no half-written item is kept. `path` names what could not be written.
 */
export class StorageError extends DijkwachtError {
  readonly path: string | null;
  readonly code: string | null;

  constructor(message: string, options: Omit<DijkwachtErrorOptions, 'scope'> & { path?: string | null; code?: string | null } = {}) {
    const { path, code, ...rest } = options;
    super(message, { retryable: true, ...rest, scope: 'run' });
    this.path = path ?? null;
    this.code = code ?? null;
  }
}

/** The errno code of a storage failure anywhere in the cause chain (ENOSPC, EACCES, EIO, EROFS …), or null. */
export function storageCode(error: unknown): string | null {
  let current: unknown = error;
  for (let depth = 0; current instanceof Error && depth < 8; depth++) {
    const code = (current as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && code in STORAGE_CODES) return code;
    current = current.cause;
  }
  return null;
}

/**
 * `error` as a StorageError naming `path` when it is a storage failure; any other error unchanged.
 * `what` says what was being done ("write", "create the staging directory").
 */
export function asStorageError(error: unknown, path: string, what = 'write'): unknown {
  if (error instanceof StorageError) return error;
  const code = storageCode(error);
  if (!code) return error;
  const info = STORAGE_CODES[code]!;
  // The system's own path is the more precise one (a parent directory that cannot be created).
  const own = (error as NodeJS.ErrnoException).path;
  const [where, verb] = own && own !== path ? [own, 'write'] : [path, what];
  return new StorageError(`Cannot ${verb} ${where}: ${info.text} (${code}).`, { cause: error, path: where, code, retryable: info.retryable });
}

/** Runs a file-system write; a storage failure becomes a StorageError naming `path`. */
export async function guardWrite<T>(path: string, fn: () => Promise<T>, what = 'write'): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw asStorageError(error, path, what);
  }
}
