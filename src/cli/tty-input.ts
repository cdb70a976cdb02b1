import { createInterface } from 'node:readline/promises';
import type { ReviewInput } from './review-loop.js';

/** Keys and lines from the terminal: a key is read in raw mode (no Enter), a line with echo. */
export function ttyInput(): ReviewInput & { close(): void } {
  const stdin = process.stdin;
  return {
    key(prompt) {
      process.stdout.write(prompt);
      return new Promise((resolve) => {
        stdin.setRawMode(true);
        stdin.resume();
        stdin.once('data', (data: Buffer) => {
          stdin.setRawMode(false);
          stdin.pause();
          const key = data.toString('utf8').slice(0, 1);
          process.stdout.write(`${key === '\u0003' ? '^C' : key}\n`);
          resolve(key);
        });
      });
    },
    async line(prompt) {
      const rl = createInterface({ input: stdin, output: process.stdout, terminal: true });
      try {
        return await rl.question(prompt);
      } finally {
        rl.close();
      }
    },
    close() {
      if (stdin.isTTY) stdin.setRawMode(false);
      stdin.pause();
    },
  };
}
