export { parseAlertConfig, type AlertConfig, type EmailTarget, type WebhookTarget } from './config.js';
export { alertText, buildAlert, isNews, runHistory, type AlertBody, type JobOutcome, type RunHistory } from './body.js';
export { deliverAlert, postWebhook, sendEmail, type AlertRecord, type Delivery } from './deliver.js';
export { alertAfterJob } from './after-job.js';
