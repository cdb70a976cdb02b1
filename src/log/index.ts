export { createRootLogger, logger, LOG_CONTEXTS, type LogContext, type Logger } from './logger.js';
