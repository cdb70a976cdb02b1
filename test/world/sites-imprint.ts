import { html, page, type Site } from './fixture.js';

/**
 * A fictional service that publishes who runs it: an imprint, terms of service and a contact page.
 * Neutral copy only; the company names, addresses and registration numbers are invented.
 */
export const IMPRINT_HOSTS = {
  /** Names its operator on the imprint and a (different) contracting party in its terms. */
  imprint: 'beeldlab-voorbeeld.test',
  /** Publishes no company anywhere: the entity lookup must return no claim rather than invent one. */
  anonymous: 'naamloos-voorbeeld.test',
} as const;

const nav = '<p><a href="/impressum">Impressum</a> · <a href="/terms">Terms</a> · <a href="/contact">Contact</a></p>';

export const imprintSites: Record<string, Site> = {
  [IMPRINT_HOSTS.imprint]: {
    about: 'fictional photo studio that publishes an imprint, terms and a contact point',
    routes: {
      '/': () => html(page('Beeldlab', `<h1>Beeldlab photo studio</h1><p>Edit your holiday photos online. Prices from €4,99; pay with iDEAL.</p>${nav}`)),
      '/impressum': () =>
        html(page('Impressum', `<h1>Impressum</h1><p>This service is operated by Voorbeeld Beeldlab B.V., Teststraat 1, 1000 AA Testdorp, the Netherlands. Chamber of Commerce (KvK): 00000000.</p><p>Contact: info@beeldlab-voorbeeld.test</p>${nav}`)),
      '/terms': () =>
        html(page('Terms of service', `<h1>Terms of service</h1><p>These terms apply between you and Beeldlab Holdings Ltd., the provider of the service. Single point of contact (Art. 12 DSA): dsa@beeldlab-voorbeeld.test.</p>${nav}`)),
      '/contact': () => html(page('Contact', `<h1>Contact</h1><p>Write to support@beeldlab-voorbeeld.test.</p>${nav}`)),
    },
  },
  [IMPRINT_HOSTS.anonymous]: {
    about: 'fictional photo studio that names no company anywhere',
    routes: {
      '/': () => html(page('Naamloos', '<h1>Photo studio</h1><p>Edit your photos online.</p><p><a href="/terms">Terms</a></p>')),
      '/terms': () => html(page('Terms', '<h1>Terms</h1><p>Use this service fairly. We may change these terms at any time.</p>')),
    },
  },
};
