export { startWorkspace, isLoopback, type WorkspaceInput, type RunningWorkspace } from './server.js';
export { workspaceApp } from './app.js';
export { dashboardNumbers } from './views/dashboard.js';
export type { Workspace } from './context.js';
