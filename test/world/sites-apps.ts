import type { Site } from './fixture.js';

/** Placeholder: fictional, neutral sites for the apps referral tests (filled by that work). */
export const appsSites: Record<string, Site> = {};
