import { once } from 'node:events';

/** Writes to stdout, waiting when the pipe is full (a reader such as `head` that stops reading ends the process quietly, see main.ts). */
export async function writeOut(text: string): Promise<void> {
  if (!process.stdout.write(text)) await once(process.stdout, 'drain');
}

/** A JSON array on stdout, one element at a time: valid JSON, never the whole array held as one string. */
export async function streamJsonArray<T>(items: AsyncIterable<T> | Iterable<T>): Promise<number> {
  let n = 0;
  let buffer = '[';
  for await (const item of items) {
    buffer += `${n === 0 ? '\n' : ',\n'}  ${JSON.stringify(item)}`;
    n++;
    if (buffer.length >= 65_536) {
      await writeOut(buffer);
      buffer = '';
    }
  }
  await writeOut(`${buffer}${n === 0 ? ']' : '\n]'}\n`);
  return n;
}

/** Lines on stdout, batched into ~64 KiB writes with back-pressure; returns how many were written. */
export async function streamLines(lines: AsyncIterable<string> | Iterable<string>): Promise<number> {
  let n = 0;
  let buffer = '';
  for await (const line of lines) {
    buffer += `${line}\n`;
    n++;
    if (buffer.length >= 65_536) {
      await writeOut(buffer);
      buffer = '';
    }
  }
  if (buffer) await writeOut(buffer);
  return n;
}

/**
 * A JSON object on stdout, field by field; array fields are written one element at a time.
 * Same value as JSON.stringify of the object, laid out one array element per line.
 */
export async function streamJsonObject(fields: [string, unknown][]): Promise<void> {
  let buffer = '{';
  for (const [i, [key, value]] of fields.entries()) {
    buffer += `${i === 0 ? '\n' : ',\n'}  ${JSON.stringify(key)}: `;
    if (!Array.isArray(value)) {
      buffer += JSON.stringify(value);
      continue;
    }
    buffer += value.length === 0 ? '[]' : '[';
    for (const [j, item] of value.entries()) {
      buffer += `${j === 0 ? '\n' : ',\n'}    ${JSON.stringify(item)}`;
      if (buffer.length >= 65_536) {
        await writeOut(buffer);
        buffer = '';
      }
    }
    if (value.length > 0) buffer += '\n  ]';
  }
  await writeOut(`${buffer}\n}\n`);
}
