/** Documented exit codes of every dijkwacht command (README "Exit codes"). */
export const ExitCode = {
  /** Everything asked for was done and holds. */
  Success: 0,
  /** An unexpected internal error. */
  Failure: 1,
  /** Bad arguments, options or configuration; missing keys or browser. Nothing was done. */
  Usage: 2,
  /** verify: at least one bundle does not verify. */
  VerifyFailed: 3,
  /** capture / timestamp: work was saved, but at least one item is PARTIAL, FAILED or still pending. */
  Incomplete: 4,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
