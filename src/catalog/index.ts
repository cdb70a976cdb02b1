export { Catalog, type RunRow, type RunKind, type RunStatus, type SiteRow, type PageRecord } from './catalog.js';
export { catalogPath } from './db.js';
export { listSites, siteListing, sitesCsv, pendingReview, reviewSite, labelHistory, checkLabel, type SiteListing } from './queries.js';
export { diffRuns, type RunDiff } from './diff.js';
export { siteGraph, toGexf, toGraphml } from './graph.js';
export { recordCapture, latestCapture, type CaptureRow } from './captures.js';
