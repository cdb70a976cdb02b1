import { html, page, type Site } from './fixture.js';

/**
 * Fictional, neutral sites for the app-store and messaging referrals: services that link an app in
 * a store, a Telegram bot and channel and a Discord invite; a page standing in for a store listing
 * (the real stores are never fetched); a page standing in for Telegram's public channel preview.
 * Every name, id and handle is invented.
 */
export const APPS_HOSTS = {
  /** Links a Google Play app, an App Store app, a Telegram bot and channel, and a Discord invite. */
  service: 'beeldapp-voorbeeld.test',
  /** A second service: another Google Play app and the same Telegram bot. */
  sibling: 'beeldapp-tweede.test',
  /** A service whose page that links its app is never captured (only its about page is). */
  uncaptured: 'beeldapp-derde.test',
  /** Lists the first service's app among others: a directory, never reported to the store. */
  directory: 'appgids-voorbeeld.test',
  /** Stands in for a store listing page (both stores' URL shapes). */
  storeListing: 'winkel-voorbeeld.test',
  /** Stands in for Telegram's public web preview of a channel (telegramPreviewUrl in the tests). */
  telegramPreview: 'telegram-voorbeeld.test',
} as const;

export const APPS_IDS = {
  playApp: 'test.voorbeeld.beeldapp',
  playAppSibling: 'test.voorbeeld.beeldtwee',
  playAppUncaptured: 'test.voorbeeld.beelddrie',
  appleApp: '1000000001',
  appleDeveloper: '1000000002',
  bot: 'beeldapp_voorbeeld_bot',
  channel: 'beeldapp_kanaal',
  discordInvite: 'beeldappvb',
  developer: 'Voorbeeld Apps Studio',
} as const;

const play = (id: string): string => `https://play.google.com/store/apps/details?id=${id}&amp;hl=nl`;
const APPLE_LISTING = `https://apps.apple.com/nl/app/beeldapp-voorbeeld/id${APPS_IDS.appleApp}`;

const serviceHome = (name: string, links: string): string =>
  page(`${name} - fotoapp`, `<h1>${name}</h1><p>Fictieve fotoapp van de testwereld. Bewerk je vakantiefoto's op je telefoon. Abonnementen vanaf €4,99.</p><p>${links}</p>`);

const listing = (canonical: string, developerHref: string): string =>
  page(
    'Beeldapp - store listing',
    `<h1>Beeldapp</h1><p><a href="${developerHref}">${APPS_IDS.developer}</a></p><p>Fictional store listing of the dijkwacht test world. Photo editing app. Rated 3+. 10K+ downloads.</p>`,
    `<link rel="canonical" href="${canonical}">`,
  );

export const appsSites: Record<string, Site> = {
  [APPS_HOSTS.service]: {
    about: 'fictional service linking a store app (Google Play and App Store), a Telegram bot and channel, a Discord invite',
    routes: {
      '/': () =>
        html(
          serviceHome(
            'Beeldapp',
            `<a href="${play(APPS_IDS.playApp)}">Download via Google Play</a> · <a href="${APPLE_LISTING}">Download in de App Store</a> · <a href="https://t.me/${APPS_IDS.bot}">Telegram-bot</a> · <a href="https://t.me/${APPS_IDS.channel}">Telegram-kanaal</a> · <a href="https://discord.gg/${APPS_IDS.discordInvite}">Discord</a>`,
          ),
        ),
    },
  },
  [APPS_HOSTS.sibling]: {
    about: 'a second fictional service: another Google Play app and the same Telegram bot',
    routes: { '/': () => html(serviceHome('Beeldtwee', `<a href="${play(APPS_IDS.playAppSibling)}">Download via Google Play</a> · <a href="https://t.me/${APPS_IDS.bot}">Telegram-bot</a>`)) },
  },
  [APPS_HOSTS.uncaptured]: {
    about: 'a fictional service whose page linking its app is crawled but never captured',
    routes: {
      '/': () => html(serviceHome('Beelddrie', `<a href="${play(APPS_IDS.playAppUncaptured)}">Download via Google Play</a> · <a href="/about">Over ons</a>`)),
      '/about': () => html(page('Over Beelddrie', '<h1>Over ons</h1><p>Een fictieve fotoapp van de testwereld.</p>')),
    },
  },
  [APPS_HOSTS.directory]: {
    about: 'a fictional app directory that lists the first service\'s app',
    routes: { '/': () => html(page('Photo apps', `<h1>Photo apps</h1><ul><li><a href="${play(APPS_IDS.playApp)}">Beeldapp</a></li><li>Other apps</li></ul>`)) },
  },
  [APPS_HOSTS.storeListing]: {
    about: 'stands in for a store listing page (neutral text, a developer link)',
    routes: {
      '/store/apps/details': () => html(listing(`https://play.google.com/store/apps/details?id=${APPS_IDS.playApp}`, `/store/apps/developer?id=Voorbeeld+Apps+Studio`)),
      [`/nl/app/beeldapp-voorbeeld/id${APPS_IDS.appleApp}`]: () => html(listing(APPLE_LISTING, `/nl/developer/voorbeeld-apps-studio/id${APPS_IDS.appleDeveloper}`)),
    },
  },
  [APPS_HOSTS.telegramPreview]: {
    about: "stands in for Telegram's public web preview of a channel (t.me/s/HANDLE)",
    routes: {
      [`/s/${APPS_IDS.channel}`]: () =>
        html(page('Beeldapp channel', `<h1>Beeldapp channel</h1><p>@${APPS_IDS.channel} · 1 200 subscribers</p><p>Fictional channel preview of the test world. New photo filters this week.</p><p><a href="https://t.me/${APPS_IDS.channel}">View in Telegram</a></p>`)),
    },
  },
};
