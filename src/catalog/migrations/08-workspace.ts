/**
 * Migration 08: the workspace's audit table. Every verdict and action taken in `dijkwacht serve`
 * (confirm, override, skip, bulk confirm, verify, export, packet built, answer recorded, login):
 * who, when, what, on which target, and the details as JSON.
 */
export const MIGRATION = `
  CREATE TABLE workspace_audit (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    reviewer TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL,
    detail_json TEXT NOT NULL DEFAULT '{}'
  );
  CREATE INDEX workspace_audit_target ON workspace_audit(target, at);
  CREATE INDEX workspace_audit_action ON workspace_audit(action, at);
`;
