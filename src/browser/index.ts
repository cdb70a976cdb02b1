export { findChromium, chromiumArgs, launchBrowser, closeBrowser, IGNORED_DEFAULT_ARGS, type FoundChromium, type LaunchedBrowser } from './chromium.js';
export { ObservationGuard, type BlockedAction, type BlockedKind, type GuardSettings } from './guard.js';
export { GUARD_MARK } from './guard-script.js';
