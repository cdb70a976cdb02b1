/**
 * jCard (RFC 7095) as RDAP uses it (RFC 9083 §5.1): ["vcard", [[name, params, type, value], …]].
 * Tolerant of what servers send: org as a string or a list, tel as "tel:" URIs or text, params.type
 * as a string or a list, country in the adr value or in a "cc" parameter, missing or empty values.
 */
export interface Contact {
  fn: string | null;
  org: string | null;
  kind: string | null;
  emails: string[];
  phones: string[];
  country: string | null;
  /** Properties present but emptied or marked as redacted by the server. */
  redacted: string[];
}

type Property = [string, Record<string, unknown>, string, ...unknown[]];

const text = (v: unknown): string | null => {
  if (typeof v === 'string') return v.trim() === '' ? null : v.trim();
  if (Array.isArray(v)) {
    const parts = v.map((x) => (typeof x === 'string' ? x.trim() : '')).filter(Boolean);
    return parts.length ? parts.join(' ') : null;
  }
  return null;
};

const REDACTION_WORDS = /redacted|not disclosed|data protected|privacy|withheld|gdpr/i;

export function parseJCard(vcardArray: unknown): Contact {
  const contact: Contact = { fn: null, org: null, kind: null, emails: [], phones: [], country: null, redacted: [] };
  if (!Array.isArray(vcardArray) || vcardArray[0] !== 'vcard' || !Array.isArray(vcardArray[1])) return contact;
  for (const raw of vcardArray[1] as unknown[]) {
    if (!Array.isArray(raw) || typeof raw[0] !== 'string') continue;
    const [name, params, , ...values] = raw as Property;
    const value = values.length > 1 ? values : values[0];
    const key = name.toLowerCase();
    const t = text(value);
    if (t !== null && REDACTION_WORDS.test(t) && ['fn', 'org', 'email', 'tel', 'adr'].includes(key)) {
      contact.redacted.push(key);
      continue;
    }
    switch (key) {
      case 'fn':
        contact.fn = t;
        break;
      case 'org':
        contact.org = t;
        break;
      case 'kind':
        contact.kind = t;
        break;
      case 'email':
        if (t) contact.emails.push(t.replace(/^mailto:/i, ''));
        break;
      case 'tel':
        if (t) contact.phones.push(t.replace(/^tel:/i, ''));
        break;
      case 'adr': {
        const cc = params && typeof params.cc === 'string' ? params.cc : null;
        const parts = Array.isArray(value) ? value : [];
        const country = typeof parts[6] === 'string' && parts[6].trim() ? parts[6].trim() : null;
        contact.country = cc?.toUpperCase() ?? country;
        const label = params && typeof params.label === 'string' ? params.label : null;
        if (!contact.country && label) contact.country = label.split('\n').pop()?.trim() || null;
        break;
      }
      default:
        break;
    }
  }
  return contact;
}
