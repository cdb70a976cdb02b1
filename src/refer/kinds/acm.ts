import { escapeXml as esc } from '../../core/html.js';
import { addr, orUnknown, row, urlHtml } from '../html-parts.js';
import { packetLabels, WORDS } from '../labels.js';
import type { ReferralPacket } from '../packet-types.js';
import { authority, type AcmProvider } from '../recipients.js';
import type { RecipientKind, SpecificContext, SpecificPart } from './recipient-kind.js';
import { recipientKind } from './registry.js';

const ROLES: readonly string[] = ['host', 'registrar', 'cdn'];

/** The intermediary the complaint is about: the role asked for, else the host when known, else the CDN, else the registrar. */
async function acmSpecific({ req, packet: p, facts, notices, warnings, texts: t }: SpecificContext): Promise<SpecificPart> {
  const knownHost = p.domains[0]!.hosting.some((h) => h.abuseEmail && h.holderKnown);
  const asked = req.provider && ROLES.includes(req.provider) ? (req.provider as AcmProvider) : undefined;
  const role: AcmProvider = asked ?? (knownHost ? 'host' : facts[0]!.lookup.cdn ? 'cdn' : 'registrar');
  const provider = await recipientKind(role)!.recipientFor(facts[0]!, { catalog: req.catalog });
  const toProvider = notices.filter((n) => n.recipientType === role);
  const silent = p.chronology.filter((c) => c.event === 'no-answer' && c.recipientType === role).length;
  if (toProvider.length === 0) warnings.push(`No notice to the ${role} (${provider.name}) is recorded: ACM expects the provider to have had the chance to act. Send "dijkwacht refer --to ${role}" first and record it with "dijkwacht notices sent".`);
  const establishment = role === 'host' ? (facts[0]!.lookup.hosting.find((h) => h.country)?.country ?? null) : null;
  return {
    acm: {
      provider: { name: provider.name, role, email: provider.email ?? provider.web, establishment },
      obligations: [
        { article: t.obligations.noticeArticle, finding: t.obligations.notice(toProvider.length, silent) },
        { article: t.obligations.contactArticle, finding: t.obligations.contact(Boolean(provider.email)) },
      ],
    },
  };
}

function acmHtml(p: ReferralPacket): string {
  const s = p.recipientSpecific.acm;
  if (!s) return '';
  const L = packetLabels(p.language);
  const w = WORDS[p.language];
  const a = s.provider;
  return `<h2>${esc(L.provider)}</h2><table class="kv">${row(L.name, esc(a.name))}${row(L.role, esc(w.role[a.role] ?? a.role))}${row(L.contact, a.email && a.email.includes('@') ? addr(a.email, L.unknown) : a.email ? urlHtml(a.email) : `<i>${esc(L.unknown)}</i>`)}${row(L.establishment, orUnknown(a.establishment, L.unknown))}</table>
<h2>${esc(L.obligations)}</h2><table class="kv">${s.obligations.map((o) => row(o.article, esc(o.finding))).join('')}</table>`;
}

export const ACM: RecipientKind = {
  id: 'acm',
  who: 'ACM, the Digital Services Coordinator for the Netherlands',
  foundFrom: 'data/recipients.json',
  refers: true,
  defaultLang: 'nl',
  silenceDays: 90,
  escalation: () => [],
  legalGrounds: ['Art. 53 DSA', 'Arts. 11, 12 and 16 DSA'],
  groundIds: () => ['dsa-53', 'dsa-16', 'dsa-11-12', 'nl-sr-139h'],
  templateKeys: [],
  recipientFor(_f, opts) {
    const a = authority('acm');
    return { type: 'acm', name: a.name, email: opts.address ?? a.email, web: a.web };
  },
  specific: acmSpecific,
  specificHtml: acmHtml,
};
