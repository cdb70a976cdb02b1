import { Command, CommanderError } from 'commander';
import { DijkwachtError, describeError, errorDetail } from '../core/errors.js';
import { toolVersion } from '../core/version.js';
import { logger } from '../log/index.js';
import { registerCapture } from './commands/capture.js';
import { registerClassify } from './commands/classify.js';
import { registerDiscover } from './commands/discover.js';
import { registerDomains } from './commands/domains.js';
import { registerOperators } from './commands/operators.js';
import { registerExport } from './commands/export.js';
import { registerNotices } from './commands/notices.js';
import { registerRefer } from './commands/refer.js';
import { registerReview } from './commands/review.js';
import { registerRuns } from './commands/runs.js';
import { registerSchedule } from './commands/schedule.js';
import { registerSites } from './commands/sites.js';
import { registerConfig } from './commands/config.js';
import { registerKeys } from './commands/keys.js';
import { registerTimestamp } from './commands/timestamp.js';
import { registerUnseal } from './commands/unseal.js';
import { registerVerify } from './commands/verify.js';
import { ExitCode } from './exit-codes.js';

const program = new Command()
  .name('dijkwacht')
  .description('Find AI nudify and sexual-deepfake services and capture court-ready evidence of them.')
  .version(toolVersion)
  .showHelpAfterError()
  .exitOverride();

registerDiscover(program);
registerClassify(program);
registerSites(program);
registerReview(program);
registerRuns(program);
registerSchedule(program);
registerDomains(program);
registerOperators(program);
registerKeys(program);
registerCapture(program);
registerVerify(program);
registerRefer(program);
registerNotices(program);
registerExport(program);
registerUnseal(program);
registerTimestamp(program);
registerConfig(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? ExitCode.Success : ExitCode.Usage;
  } else {
    const usage = error instanceof DijkwachtError && error.scope === 'run';
    process.stderr.write(`dijkwacht: ${describeError(error)}\n`);
    logger('cli').debug({ detail: errorDetail(error) }, 'error detail');
    if (!usage) process.stderr.write(`${errorDetail(error).slice(1).map((l) => `  caused by ${l}`).join('\n')}\n`);
    process.exitCode = usage ? ExitCode.Usage : ExitCode.Failure;
  }
}
