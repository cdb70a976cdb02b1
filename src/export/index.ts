export { exportCase, type CaseExport, type ExportRequest } from './case-export.js';
export { verifyExportDir, checkExports, SUMS_FILE, type ExportCheck } from './verify-export.js';
export { listBundles, listCases, type BundleListing, type CaseListing, type ExportRecord } from './case-list.js';
export type { Exhibit } from './exhibits.js';
