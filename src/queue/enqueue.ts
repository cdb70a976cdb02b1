import { randomUUID } from 'node:crypto';
import type { QueueConnection } from './connect.js';
import type { JobDataOf, JobRole } from './jobs.js';

/**
 * Queues jobs of one role in one statement; returns their ids in the order given. Each job carries
 * the lease, retry limit and backoff of the settings it was queued with.
 */
export async function enqueue<R extends JobRole>(queue: QueueConnection, role: R, items: JobDataOf[R][]): Promise<string[]> {
  const s = queue.settings;
  const jobs = items.map((data) => ({
    id: randomUUID(),
    name: role,
    data: data,
    retryLimit: s.retryLimit,
    retryDelay: s.retryDelaySeconds,
    retryBackoff: true,
    expireInSeconds: s.leaseSeconds[role],
  }));
  for (let i = 0; i < jobs.length; i += 1000) await queue.boss.insert(jobs.slice(i, i + 1000));
  return jobs.map((j) => j.id);
}
