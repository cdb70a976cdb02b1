import type { Writable } from 'node:stream';
import type { ReviewRepository } from '../catalog/index.js';

/** Streams the analysts' verdicts as JSON Lines, one site per line; waits for the stream when it is full. */
export async function writeTrainingRecords(repo: ReviewRepository, out: Writable): Promise<{ written: number; withoutText: string[] }> {
  let written = 0;
  for await (const record of repo.trainingRecords()) {
    if (!out.write(`${JSON.stringify(record)}\n`)) await new Promise<void>((resolve) => out.once('drain', resolve));
    written++;
  }
  return { written, withoutText: await repo.reviewedWithoutText() };
}
