import PgBoss from 'pg-boss';
import { SetupError, UsageError, describeError } from '../core/errors.js';
import { redactUrlCredentials, type Options } from '../options/index.js';
import { JOB_ROLES, deadLetterQueue } from './jobs.js';
import { ensureLimitsSchema } from './limits.js';
import { maintenanceSeconds, queueSettings, type QueueOptions, type QueueSettings } from './settings.js';

/** pg-boss keeps its tables in this schema of the catalog database. */
export const QUEUE_SCHEMA = 'dijkwacht_queue';

export type Sql = (text: string, values?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>;

/** An open queue: pg-boss, the settings it was opened with, and plain SQL on the same pool. */
export interface QueueConnection {
  readonly boss: PgBoss;
  readonly settings: QueueSettings;
  /** The database URL without its password, for messages. */
  readonly where: string;
  readonly sql: Sql;
  close(): Promise<void>;
}

export interface ConnectInput {
  /** Workers run maintenance (lease expiry, archiving); a process that only enqueues or reads does not. */
  worker?: boolean;
  /** Connections in the pool (a worker needs its concurrency plus a few). */
  poolSize?: number;
  settings?: QueueSettings;
  /** Errors pg-boss reports in the background (maintenance while the database is away). */
  onError?: (error: Error) => void;
}

/** The catalog URL the queue lives in, or the UsageError that says how to set it. */
export function queueUrl(options: Pick<Options, 'catalogUrl'>): string {
  if (!options.catalogUrl) throw new UsageError('The queue needs a shared PostgreSQL catalog: set catalogUrl / DIJKWACHT_CATALOG_URL.');
  return options.catalogUrl;
}

/** Connects to the queue in the catalog database, creating pg-boss's schema, the role queues and the limit tables when missing. */
export async function connectQueue(options: Pick<Options, 'catalogUrl'> & QueueOptions, input: ConnectInput = {}): Promise<QueueConnection> {
  const url = queueUrl(options);
  const where = redactUrlCredentials(url);
  const settings = input.settings ?? queueSettings(options);
  const boss = new PgBoss({
    connectionString: url,
    schema: QUEUE_SCHEMA,
    application_name: input.worker ? 'dijkwacht-worker' : 'dijkwacht',
    max: input.poolSize ?? 4,
    migrate: true,
    supervise: input.worker === true,
    schedule: false,
    maintenanceIntervalSeconds: maintenanceSeconds(settings),
  });
  // Without a listener an 'error' event would end the process; the database may be restarting.
  boss.on('error', (error: Error) => input.onError?.(error));
  try {
    await boss.start();
  } catch (error) {
    await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
    throw new SetupError(`Cannot open the job queue at ${where}: ${describeError(error)}; check catalogUrl and that PostgreSQL is running.`, { cause: error });
  }
  const db = boss.getDb();
  const sql: Sql = async (text, values = []) => (await db.executeSql(text, values));
  const prepare = async (): Promise<void> => {
    for (const role of JOB_ROLES) {
      await boss.createQueue(deadLetterQueue(role), { name: deadLetterQueue(role) });
      await boss.createQueue(role, {
        name: role,
        deadLetter: deadLetterQueue(role),
        retryLimit: settings.retryLimit,
        retryDelay: settings.retryDelaySeconds,
        retryBackoff: true,
        expireInSeconds: settings.leaseSeconds[role],
      });
    }
    await ensureLimitsSchema(sql);
  };
  try {
    // Two workers starting at once on a new database can deadlock creating the same queues (40P01): try again shortly.
    for (let attempt = 1; ; attempt++) {
      try {
        await prepare();
        break;
      } catch (error) {
        if ((error as { code?: string }).code !== '40P01' || attempt >= 4) throw error;
        await new Promise((r) => setTimeout(r, 50 + Math.random() * 200 * attempt));
      }
    }
  } catch (error) {
    await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
    throw new SetupError(`Cannot prepare the job queue at ${where}: ${describeError(error)}.`, { cause: error });
  }
  return {
    boss,
    settings,
    where,
    sql,
    async close() {
      await boss.stop({ graceful: false, wait: true });
    },
  };
}
