/** Documented exit codes of every dijkwacht command (README "Exit codes"). */
export const ExitCode = {
  /** Everything asked for was done and holds. */
  Success: 0,
  /** An unexpected internal error. */
  Failure: 1,
  /** Bad arguments, options or configuration; missing keys or browser. Nothing was done. */
  Usage: 2,
  /** verify: at least one bundle does not verify. catalog migrate / compare: at least one table differs between SQLite and PostgreSQL. */
  VerifyFailed: 3,
  /** capture / timestamp: work was saved, but at least one item is PARTIAL, FAILED or still pending. */
  Incomplete: 4,
  /** discover / crawl: the run ended, but every search or every fetch failed (run status `failed`); a hint names the likely cause. */
  RunFailed: 5,
  /** A file or the bundle store could not be written (disk full, permission, I/O, read-only); that item's staging was removed. */
  Storage: 6,
  /** Stopped by Ctrl-C (SIGINT, 128 + 2). discover / crawl print the command that resumes the run. */
  Interrupted: 130,
  /** Stopped by SIGTERM (128 + 15), as Interrupted. */
  Terminated: 143,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
