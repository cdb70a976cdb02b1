export { parseSendingConfig, serverPassword, isEmail, DEFAULT_RENOTICE, type SendingConfig, type MailServer, type ImapServer, type RenoticeProfile } from './config.js';
export { sendNotices, type SendRequest, type SendOutcome, type SentPacket } from './send.js';
export { listSendings, noticesOfMessageId, type SendingRow } from './sendings.js';
export { RENOTICE_PREFIX } from './plan.js';
export { transmit, mailServerCa, type Envelope, type Transmission } from './smtp.js';
