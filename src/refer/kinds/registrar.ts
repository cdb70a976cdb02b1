import { escapeXml as esc } from '../../core/html.js';
import { UsageError } from '../../core/errors.js';
import { packetLabels } from '../labels.js';
import { isGtld } from '../recipients.js';
import type { RecipientKind } from './recipient-kind.js';

export const REGISTRAR: RecipientKind = {
  id: 'registrar',
  who: 'the registrar of the domain name',
  foundFrom: 'the RDAP or WHOIS answer of the registry (abuse contact of the registrar)',
  refers: true,
  defaultLang: 'en',
  silenceDays: 14,
  escalation: (nl) => (nl ? ['sidn', 'acm'] : ['acm']),
  legalGrounds: ['ICANN RAA 2013 §3.18.1', 'Art. 16 DSA', 'Art. 139h Sr'],
  groundIds: () => ['nl-sr-139h', 'raa-3.18.1', 'dsa-16'],
  templateKeys: ['subjectGtld', 'requestedActionGtld'],
  recipientFor(f, opts) {
    const d = f.domain;
    const fresh = `run "dijkwacht domains ${d} --fresh", or pass --address`;
    const r = f.lookup.registrar;
    const email = opts.address ?? r.abuseEmail;
    if (!r.name && !email) throw new UsageError(`The registrar of ${d} is unknown: ${fresh}.`);
    if (!email) throw new UsageError(`The registrar of ${d} (${r.name ?? 'unknown'}) published no abuse address: ${fresh}.`);
    return { type: 'registrar', name: r.name ?? email, email, web: null };
  },
  specific: ({ packet: p, texts: t }) => {
    const gtld = p.domains.some((d) => isGtld(d.tld));
    return { registrar: { framework: t.registrarFramework(gtld), notDnsAbuse: t.notDnsAbuse, priorContacts: p.chronology.filter((c) => c.recipientType !== 'registrar') } };
  },
  specificHtml(p) {
    const s = p.recipientSpecific.registrar;
    if (!s) return '';
    const L = packetLabels(p.language);
    return `<h2>${esc(L.notDnsAbuse)}</h2><p>${esc(s.notDnsAbuse)}</p><p>${esc(s.framework)}</p>`;
  },
};
