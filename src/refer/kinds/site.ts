import { manual } from './chain-links.js';

/** The operator of the site itself, through the contact points it publishes. */
export const SITE = manual('site', 'the operator of the site itself', 'the contact points the site publishes');
