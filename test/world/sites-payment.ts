import { html, page, type Site } from './fixture.js';

/**
 * Fictional services for the payment and sign-in referral tests: a checkout page that carries a
 * Stripe test-mode publishable key and a sign-in page with Google-, Discord- and Apple-style client
 * ids. Neutral copy, invented identifiers with obviously fake digits; no script is loaded from any
 * provider. Submitting either form would reach /pay or /session, which a capture must never do.
 */
export const PAYMENT_HOSTS = {
  /** Checkout (Stripe test key) and sign-in (Google, Discord, Apple) pages, both captured in the tests. */
  service: 'fotokassa-voorbeeld.test',
  /** A second service with its own test key on a checkout page that is crawled but never captured. */
  uncaptured: 'fotokassa-tweede.test',
} as const;

export const PAYMENT_IDS = {
  stripeKey: 'pk_test_TESTWORLD00000000FAKE0001',
  uncapturedStripeKey: 'pk_test_TESTWORLD00000000FAKE0002',
  googleClient: '000000000000-testworldfake0001.apps.googleusercontent.com',
  discordClient: '000000000000000001',
  appleClient: 'com.fotokassa-voorbeeld.web',
} as const;

const nav = '<p><a href="/checkout">Buy credits</a> · <a href="/login">Sign in</a></p>';

const checkout = (key: string, brand: string): string =>
  page(
    `${brand} - checkout`,
    `<h1>${brand} checkout</h1><p>Fictional test-world photo studio. 20 credits for 9.99.</p>
<form id="pay" action="/pay" method="post"><label>Card number <input name="card" autocomplete="off"></label><button type="submit">Pay 9.99</button></form>
<script>window.checkoutConfig = { publishableKey: '${key}', currency: 'eur' };</script>${nav}`,
  );

const login = (): string =>
  page(
    'Fotokassa - sign in',
    `<h1>Sign in to Fotokassa</h1><p>Fictional test-world photo studio. Sign in to keep your credits.</p>
<div id="g_id_onload" data-client_id="${PAYMENT_IDS.googleClient}" data-login_uri="/session"></div>
<p><a href="https://discord.com/oauth2/authorize?client_id=${PAYMENT_IDS.discordClient}&amp;response_type=code&amp;scope=identify">Sign in with Discord</a></p>
<form id="mail" action="/session" method="post"><label>E-mail <input name="email"></label><button type="submit">Sign in</button></form>${nav}`,
    `<meta name="appleid-signin-client-id" content="${PAYMENT_IDS.appleClient}"><meta name="appleid-signin-scope" content="email">`,
  );

const submitted = () => html(page('Submitted', '<h1>FORM WAS SUBMITTED</h1>'));

export const paymentSites: Record<string, Site> = {
  [PAYMENT_HOSTS.service]: {
    about: 'fictional photo studio with a checkout page (Stripe test-mode key) and a sign-in page (Google, Discord and Apple client ids)',
    routes: {
      '/': () => html(page('Fotokassa', `<h1>Fotokassa photo studio</h1><p>Fictional test-world photo studio. Buy credits and sign in to keep them.</p>${nav}`)),
      '/checkout': () => html(checkout(PAYMENT_IDS.stripeKey, 'Fotokassa')),
      '/login': () => html(login()),
      '/pay': submitted,
      '/session': submitted,
    },
  },
  [PAYMENT_HOSTS.uncaptured]: {
    about: 'a second fictional photo studio whose checkout page (its own Stripe test-mode key) is crawled but not captured',
    routes: {
      '/': () => html(page('Fotokassa Twee', `<h1>Fotokassa Twee</h1><p>Fictional test-world photo studio.</p>${nav}`)),
      '/checkout': () => html(checkout(PAYMENT_IDS.uncapturedStripeKey, 'Fotokassa Twee')),
      '/pay': submitted,
    },
  },
};
