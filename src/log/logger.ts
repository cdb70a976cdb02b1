import pino, { type Logger } from 'pino';

/** The closed set of log contexts: one child logger per component. */
export const LOG_CONTEXTS = ['cli', 'capture', 'discover', 'search', 'catalog', 'browser', 'evidence', 'timestamp', 'store', 'keys', 'verify', 'world', 'serve', 'queue'] as const;
export type LogContext = (typeof LOG_CONTEXTS)[number];

export type { Logger };

const REDACT_PATHS = [
  'password',
  '*.password',
  'secret',
  '*.secret',
  '*.secretAccessKey',
  '*.signingP12Password',
  '*.s3SecretAccessKey',
  '*.s3AccessKeyId',
  'authorization',
  '*.authorization',
  '*.headers.authorization',
  '*.headers.cookie',
  '*.privateKey',
];

let root: Logger | undefined;

/**
 * The process-wide root logger: JSON lines on stderr, pretty output when stderr is a TTY.
 * stdout stays clean for command output (`--json`).
 */
export function createRootLogger(level: string): Logger {
  const pretty = process.stderr.isTTY === true && level !== 'silent';
  root = pino(
    {
      level,
      redact: { paths: REDACT_PATHS, censor: '[REDACTED]' },
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    pretty
      ? pino.transport({ target: 'pino-pretty', options: { destination: 2, colorize: true, ignore: 'context', messageFormat: '[{context}] {msg}' } })
      : pino.destination({ dest: 2, sync: true }),
  );
  return root;
}

export function logger(context: LogContext): Logger {
  root ??= pino({ level: 'silent' });
  return root.child({ context });
}
