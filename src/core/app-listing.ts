/** The app stores whose listing pages dijkwacht recognises. */
export type StoreId = 'google-play' | 'apple-app-store';

/**
 * The app a store listing page is for, read from the URL's path and query (the shape both stores
 * use: /store/apps/details?id=PACKAGE and /…/app/…/idNUMBER), whichever host serves it.
 */
export function listingOf(url: string): { store: StoreId; appId: string } | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  const pkg = u.searchParams.get('id');
  if (u.pathname === '/store/apps/details' && pkg && /^[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z][A-Za-z0-9_]*)+$/.test(pkg)) return { store: 'google-play', appId: pkg };
  const apple = /\/app\/(?:[^/]+\/)?id(\d{6,12})$/.exec(u.pathname);
  return apple ? { store: 'apple-app-store', appId: apple[1]! } : null;
}

