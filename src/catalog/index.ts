export { Catalog, type RunRow, type RunKind, type RunStatus, type SiteRow, type PageRecord } from './catalog.js';
export { catalogPath } from './db.js';
export { SqlitePageEvidenceRepository, type PageEvidenceRepository } from './repositories/page-evidence.js';
export { SqliteReviewRepository, type ReviewRepository, type ReviewItem, type TrainingRecord } from './repositories/review.js';
export { listSites, siteListing, sitesCsv, reviewSite, labelHistory, checkLabel, type SiteListing } from './queries.js';
export { diffRuns, type RunDiff } from './diff.js';
export { siteGraph, toGexf, toGraphml } from './graph.js';
export { recordCapture, latestCapture, capturesOf, caseCaptures, listCaptures, type CaptureRow } from './captures.js';
export {
  NOTICE_RECIPIENTS,
  NOTICE_CHANNELS,
  DECISIONS,
  recordPacket,
  findPacket,
  packetsOf,
  recordNotice,
  addNoticeEvent,
  findNotice,
  noticeOfPacket,
  listNotices,
  type NoticeRecipient,
  type NoticeChannel,
  type Decision,
  type PacketRow,
  type NoticeRow,
  type NoticeEvent,
  type NewNotice,
} from './notices.js';
