export { noticeStatus, silenceDays, dueEscalations, recipientStats, nextSteps, type NoticeStatus, type NoticeState, type Escalation, type RecipientStats } from './status.js';
export { recordSent, recordManual, recordAck, recordDecision, eventDate } from './record.js';
export { recheckNotices, type RecheckResult, type UrlCheck } from './recheck.js';
export { rankProviders, providerDossier, percentile, DOSSIER_SCHEMA_FILE, type ProviderRank, type ProviderDossier, type DossierNotice } from './providers.js';
export { writeDossier } from './dossier-file.js';
export { sendNotices, parseSendingConfig, listSendings, noticesOfMessageId, RENOTICE_PREFIX, DEFAULT_RENOTICE, type SendRequest, type SendOutcome, type SentPacket, type SendingConfig, type SendingRow, type RenoticeProfile } from './send/index.js';
export { renoticeState, dueRenotices, type RenoticeState } from './renotice.js';
export { readInbox, acceptProposals, dismissProposals, listProposals, type InboxRead, type InboxProposal } from './inbox/index.js';
