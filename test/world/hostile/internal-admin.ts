/** Appears in every answer from an internal target: an artifact that contains it leaked internal content. */
export const INTERNAL_MARKER = 'DW-INTERNAL-ADMIN-7f3c';

/** What a router or metadata service on the user's network would show; neutral text plus the marker. */
export function internalAdminPage(host: string): string {
  const safeHost = host.replace(/[^a-z0-9.:[\]-]/gi, '');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Device administration</title></head>
<body><h1>Device administration (${safeHost})</h1><p>Test-world stand-in for an internal admin page. Marker: ${INTERNAL_MARKER}</p>
<form method="post" action="/settings"><input name="ssid" value="test-network"><button>Save</button></form></body></html>`;
}
