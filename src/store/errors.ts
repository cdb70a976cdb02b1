import { DijkwachtError, type DijkwachtErrorOptions } from '../core/errors.js';

/** The bundle store cannot be written or read. Stops the run: nothing captured may be lost. */
export class StorageError extends DijkwachtError {
  constructor(message: string, options: Omit<DijkwachtErrorOptions, 'scope'> = {}) {
    super(message, { retryable: true, ...options, scope: 'run' });
  }
}
