// Queue throughput: jobs/s through pg-boss with 1 and 2 workers (each its own connection pool, as
// separate processes would have), handlers that do nothing, so the figure is the queue's own cost:
// one fetch (claim) per batch of free slots and one complete per job. Run: npm run build && node dist/scripts/bench-queue.js [JOBS]
import { tmpdir } from 'node:os';
import { logger } from '../src/log/index.js';
import { loadOptions, testDefaults } from '../src/options/index.js';
import { QueueWorker, connectQueue, enqueue, queueSettings, queueStatus } from '../src/queue/index.js';
import { createTestDatabase, startPostgres } from '../test/support/postgres-server.js';

const jobs = Number(process.argv[2] ?? 3000);
const options = loadOptions({ overrides: { ...testDefaults, dataDir: tmpdir() }, env: {} });
const settings = { ...queueSettings(options), pollMs: 100, stopGraceMs: 1000 };
const pg = await startPostgres();
const rows: string[][] = [];
try {
  for (const [workers, concurrency] of [
    [1, 8],
    [2, 8],
    [1, 32],
    [2, 32],
  ] as const) {
    const db = await createTestDatabase(pg.url, 'dw_bench');
    const admin = await connectQueue({ ...options, catalogUrl: db.url }, { settings });
    await enqueue(admin, 'lookup', Array.from({ length: jobs }, (_, i) => ({ domain: `bench-${i}.test`, fresh: false })));
    const queues = await Promise.all(Array.from({ length: workers }, () => connectQueue({ ...options, catalogUrl: db.url }, { settings, worker: true, poolSize: concurrency + 4 })));
    const started = performance.now();
    const running = queues.map((queue, i) => {
      const worker = new QueueWorker({ queue, roles: ['lookup'], concurrency, options, id: `bench-${i}`, log: logger('cli'), handlers: { lookup: { handle: async (d) => ({ domain: d.domain }) } } });
      return { worker, done: worker.run() };
    });
    for (;;) {
      const s = (await queueStatus(admin, { roles: ['lookup'], deadLetterLimit: 0, leaseLimit: 0 })).lookup;
      if (s.done === jobs) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const seconds = (performance.now() - started) / 1000;
    for (const r of running) r.worker.stop();
    await Promise.all(running.map((r) => r.done));
    await Promise.all(queues.map((q) => q.close()));
    await admin.close();
    await db.drop();
    rows.push([String(workers), String(concurrency), String(jobs), seconds.toFixed(2), (jobs / seconds).toFixed(0)]);
  }
} finally {
  await pg.stop();
}
const head = ['workers', 'concurrency', 'jobs', 'seconds', 'jobs/s'];
const width = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
for (const r of [head, ...rows]) console.log(r.map((c, i) => c.padStart(width[i]!)).join('  '));
