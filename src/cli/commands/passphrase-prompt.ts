import { openSync } from 'node:fs';
import { ReadStream, WriteStream } from 'node:tty';
import { UsageError } from '../../core/errors.js';

/**
 * Reads passphrases from the controlling terminal (/dev/tty, like ssh and gpg), with echo off, so they
 * never show on screen, in the shell history or in a pipe. One answer per prompt, in order; Enter ends
 * an answer, Ctrl-C or Ctrl-D cancels. Keys typed ahead of a prompt are kept for it.
 */
export async function promptPassphrases(prompts: readonly string[]): Promise<string[]> {
  let input: ReadStream;
  let output: WriteStream;
  try {
    input = new ReadStream(openSync('/dev/tty', 'r'));
    output = new WriteStream(openSync('/dev/tty', 'w'));
  } catch (error) {
    throw new UsageError('--passphrase-prompt needs a terminal; set DIJKWACHT_CUSTODIAN_PASSPHRASE instead.', { cause: error });
  }
  input.setRawMode(true);
  try {
    return await new Promise<string[]>((resolvePromise, reject) => {
      const answers: string[] = [];
      let value = '';
      output.write(prompts[0] ?? '');
      input.on('data', (chunk: Buffer) => {
        for (const ch of chunk.toString('utf8')) {
          if (ch === '\r' || ch === '\n') {
            answers.push(value);
            value = '';
            output.write('\n');
            if (answers.length === prompts.length) return resolvePromise(answers);
            output.write(prompts[answers.length] ?? '');
          } else if (ch === '\u0003' || ch === '\u0004') {
            return reject(new UsageError('Passphrase entry cancelled.'));
          } else if (ch === '\u007f' || ch === '\b') {
            value = [...value].slice(0, -1).join('');
          } else if (ch >= ' ') {
            value += ch;
          }
        }
        return undefined;
      });
      input.on('error', reject);
    });
  } finally {
    input.setRawMode(false);
    input.destroy(); // closes the descriptors
    output.destroy();
  }
}
