/**
 * jCard (RFC 7095) as RDAP uses it (RFC 9083 §5.1): ["vcard", [[name, params, type, value], …]].
 * Tolerant of what servers send: org as a string or a list, tel as "tel:" URIs or text, params.type
 * as a string or a list, country in the adr value or in a "cc" parameter, missing or empty values.
 * The country is never read out of an address `label`: labels are free text ("…\nUnited States",
 * "…\nLondon\n\n\nUnited Kingdom") and the last line is often a city or a postcode.
 */
export interface Contact {
  fn: string | null;
  org: string | null;
  kind: string | null;
  emails: string[];
  /** The same addresses with their jCard `type` parameters (RIPE types its abuse mailbox "abuse") and `pref`. */
  typedEmails: TypedEmail[];
  phones: string[];
  /** From the adr "cc" parameter or the structured country-name field; never from the label. */
  country: string | null;
  /** Properties present but emptied or marked as redacted by the server. */
  redacted: string[];
}

export interface TypedEmail {
  address: string;
  types: string[];
  pref: number | null;
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

const paramTypes = (params: Record<string, unknown> | undefined): string[] => {
  const t = params?.type;
  const all = Array.isArray(t) ? t : [t];
  return all.filter((x): x is string => typeof x === 'string').flatMap((x) => x.split(',')).map((x) => x.trim().toLowerCase()).filter(Boolean);
};

const paramPref = (params: Record<string, unknown> | undefined): number | null => {
  const p = Number(params?.pref);
  return params?.pref !== undefined && Number.isFinite(p) ? p : null;
};

/**
 * The address to write to from an abuse entity: the one typed "abuse" (RIPE lists the role's general
 * mailbox first and the abuse mailbox second), else the most preferred, else the first.
 */
export function abuseAddress(contact: Contact): { address: string; typed: boolean } | null {
  const typed = contact.typedEmails.find((e) => e.types.includes('abuse'));
  if (typed) return { address: typed.address, typed: true };
  const preferred = [...contact.typedEmails].sort((a, b) => (a.pref ?? 101) - (b.pref ?? 101))[0];
  return preferred ? { address: preferred.address, typed: false } : null;
}

const REDACTION_WORDS = /redacted|not disclosed|data protected|privacy|withheld|gdpr/i;

export function parseJCard(vcardArray: unknown): Contact {
  const contact: Contact = { fn: null, org: null, kind: null, emails: [], typedEmails: [], phones: [], country: null, redacted: [] };
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
        if (t) {
          const address = t.replace(/^mailto:/i, '');
          contact.emails.push(address);
          contact.typedEmails.push({ address, types: paramTypes(params), pref: paramPref(params) });
        }
        break;
      case 'tel':
        if (t) contact.phones.push(t.replace(/^tel:/i, ''));
        break;
      case 'adr': {
        const cc = params && typeof params.cc === 'string' ? params.cc : null;
        const parts = Array.isArray(value) ? value : [];
        const country = typeof parts[6] === 'string' && parts[6].trim() ? parts[6].trim() : null;
        contact.country = cc?.toUpperCase() ?? country;
        break;
      }
      default:
        break;
    }
  }
  return contact;
}
