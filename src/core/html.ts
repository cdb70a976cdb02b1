/** Text made safe for HTML and XML element content and double-quoted attributes. */
export const escapeXml = (s: unknown): string => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
