import type { Context } from 'hono';
import type { Catalog } from '../catalog/index.js';
import { SqliteWorkspaceAuditRepository, type WorkspaceAuditRepository } from '../catalog/repositories/workspace-audit.js';
import { SqliteWorkspaceDashboardRepository, type WorkspaceDashboardRepository } from '../catalog/repositories/workspace-dashboard.js';
import { SqliteWorkspaceReviewRepository, type WorkspaceReviewRepository } from '../catalog/repositories/workspace-review.js';
import { SqliteWorkspaceSiteRepository, type WorkspaceSiteRepository } from '../catalog/repositories/workspace-site.js';
import type { Options } from '../options/index.js';
import type { BundleStore } from '../store/index.js';
import type { Reviewers, Session, Sessions } from './auth.js';

/** What every view reads and writes through: the library's repositories, never SQL of its own. */
export interface Workspace {
  options: Options;
  /** The config file the workspace was started with (reporter details for packets). */
  configFile: string | null;
  catalog: Catalog;
  store: BundleStore;
  audit: WorkspaceAuditRepository;
  review: WorkspaceReviewRepository;
  sites: WorkspaceSiteRepository;
  dashboard: WorkspaceDashboardRepository;
  reviewers: Reviewers;
  sessions: Sessions;
  /** Cookies get Secure when the workspace speaks TLS. */
  tls: boolean;
  /** Host:port values a request may name (DNS-rebinding guard); null when bound to every address. */
  allowedHosts: Set<string> | null;
}

export function workspaceOf(input: Omit<Workspace, 'audit' | 'review' | 'sites' | 'dashboard'>): Workspace {
  return {
    ...input,
    audit: new SqliteWorkspaceAuditRepository(input.catalog),
    review: new SqliteWorkspaceReviewRepository(input.catalog),
    sites: new SqliteWorkspaceSiteRepository(input.catalog),
    dashboard: new SqliteWorkspaceDashboardRepository(input.catalog),
  };
}

export interface Env {
  Variables: {
    reviewer: string;
    /** Null for requests that authenticate with the bearer token. */
    session: Session | null;
    csrf: string;
  };
}

export type Ctx = Context<Env>;
