export { noticeStatus, silenceDays, dueEscalations, recipientStats, nextSteps, type NoticeStatus, type NoticeState, type Escalation, type RecipientStats } from './status.js';
export { recordSent, recordManual, recordAck, recordDecision, eventDate } from './record.js';
export { recheckNotices, type RecheckResult, type UrlCheck } from './recheck.js';
export { rankProviders, providerDossier, percentile, DOSSIER_SCHEMA_FILE, type ProviderRank, type ProviderDossier, type DossierNotice } from './providers.js';
export { writeDossier } from './dossier-file.js';
