import { format } from 'node:util';

type Level = 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal';
type LogFn = (entry: { tnx?: string }, message: string, ...args: unknown[]) => void;

/**
 * Records the SMTP conversation from nodemailer's transaction log: "C:" lines the client sent,
 * "S:" lines the server answered, "*" for connection events. Whatever the client says during
 * authentication is replaced by "[redacted]", whichever mechanism is used: no password, token or
 * user name enters the transcript. The message itself is not in it (only its size).
 */
export class SmtpTranscript {
  readonly #lines: string[] = [];
  #inAuth = false;
  readonly logger: Record<Level, LogFn>;

  constructor() {
    const log: LogFn = (entry, message, ...args) => this.#add(entry.tnx ?? '', format(message, ...args));
    this.logger = { trace: () => undefined, debug: log, info: log, warn: log, error: log, fatal: log };
  }

  #add(tnx: string, line: string): void {
    const at = new Date().toISOString();
    if (tnx === 'client') {
      if (/^AUTH\b/i.test(line)) {
        this.#inAuth = true;
        const mechanism = /^AUTH\s+(\S+)/i.exec(line)?.[1] ?? '';
        this.#lines.push(`${at} C: AUTH ${mechanism ? `${mechanism.toUpperCase()} ` : ''}[redacted]`);
      } else this.#lines.push(`${at} C: ${this.#inAuth ? '[redacted]' : line}`);
      return;
    }
    if (tnx === 'server') {
      for (const l of line.split(/\r?\n/)) this.#lines.push(`${at} S: ${l}`);
      if (this.#inAuth && !/^334[ -]/.test(line)) this.#inAuth = false;
      return;
    }
    // Connection events; not nodemailer's own bookkeeping (its invented message id) nor the line naming the user.
    if (!['network', 'dns', 'smtp', 'message'].includes(tnx) || /authenticated/i.test(line)) return;
    this.#lines.push(`${at} * ${line}`);
  }

  text(): string {
    return this.#lines.map((l) => `${l}\n`).join('');
  }
}
