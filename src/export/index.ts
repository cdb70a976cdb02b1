export { exportCase, type CaseExport } from './case-export.js';
export { verifyExportDir, checkExports, SUMS_FILE, type ExportCheck } from './verify-export.js';
export type { Exhibit } from './exhibits.js';
