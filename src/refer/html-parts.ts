import { escapeXml as esc } from '../core/html.js';

/** Small HTML pieces every packet section uses; hashes, addresses and URLs are tokens that never break inside. */
export const row = (k: string, v: string): string => `<tr><th>${esc(k)}</th><td>${v}</td></tr>`;
export const orUnknown = (v: string | null | undefined, unknown: string): string => (v ? esc(v) : `<i>${esc(unknown)}</i>`);
export const addr = (email: string | null | undefined, unknown: string): string => (email ? `<span class="addr">${esc(email)}</span>` : `<i>${esc(unknown)}</i>`);
export const urlHtml = (u: string): string => `<span class="url${u.length > 90 ? ' long' : ''}">${esc(u)}</span>`;
export const hashHtml = (h: string): string => `<span class="hash">${esc(h)}</span>`;
export { esc };
