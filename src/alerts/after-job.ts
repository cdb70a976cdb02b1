import { Catalog } from '../catalog/index.js';
import { describeError } from '../core/errors.js';
import { logger } from '../log/index.js';
import { buildAlert, isNews, runHistory, type JobOutcome } from './body.js';
import type { AlertConfig } from './config.js';
import { deliverAlert, type AlertRecord } from './deliver.js';

/**
 * After a scheduled job: compares the runs it made with the runs before them and sends what changed.
 * Returns null when there was nothing to tell (and `always` is off). Never throws: an alert that
 * fails is logged and kept under <dataDir>/alerts/, and the scheduler goes on.
 */
export async function alertAfterJob(config: AlertConfig, dataDir: string, outcome: JobOutcome): Promise<AlertRecord | null> {
  try {
    const catalog = new Catalog(dataDir);
    let body;
    try {
      body = await buildAlert(runHistory(catalog), outcome);
    } finally {
      catalog.close();
    }
    if (!config.always && !isNews(body)) return null;
    return await deliverAlert(body, config, dataDir);
  } catch (error) {
    logger('cli').child({ component: 'alerts' }).error({ err: error, job: outcome.job }, `no alert for job ${outcome.job}: ${describeError(error)}`);
    return null;
  }
}

/** The newest run id in the catalog now: the job's runs are the ones after it. */
export async function newestRunId(dataDir: string): Promise<number> {
  const catalog = new Catalog(dataDir);
  try {
    return await runHistory(catalog).newestRunId();
  } finally {
    catalog.close();
  }
}
