export { Catalog, type RunRow, type RunKind, type RunStatus, type SiteRow, type PageRecord } from './catalog.js';
export { catalogPath } from './db.js';
export { SqlitePageEvidenceRepository, type PageEvidenceRepository } from './repositories/page-evidence.js';
export { SqliteReviewRepository, type ReviewRepository, type ReviewItem, type TrainingRecord } from './repositories/review.js';
export { listSites, siteListing, sitesCsv, siteCsvRow, csvCell, SITES_CSV_HEAD, catalogDomain, reviewSite, labelHistory, checkLabel, type SiteListing } from './queries.js';
export { diffRuns, diffCounts, focusDiff, type RunDiff, type RunDiffCounts } from './diff.js';
export { siteGraph, toGexf, toGraphml, writeGraph, writeChunked, type GraphFormat } from './graph.js';
export { SqliteSiteGraphRepository, type SiteGraphRepository, type GraphNode, type GraphEdge } from './repositories/sites-graph.js';
export { SqliteSitesRepository, REVIEW_FILTERS, type SitesRepository, type SiteFilter, type ReviewFilter } from './repositories/sites-listing.js';
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
