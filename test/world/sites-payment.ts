import type { Site } from './fixture.js';

/** Placeholder: fictional, neutral sites for the payment referral tests (filled by that work). */
export const paymentSites: Record<string, Site> = {};
