import { escapeXml as esc } from '../../core/html.js';
import { UsageError } from '../../core/errors.js';
import { addr, row, urlHtml } from '../html-parts.js';
import { packetLabels } from '../labels.js';
import type { PacketDomain, ReferralPacket } from '../packet-types.js';
import type { RecipientKind, SpecificContext, SpecificPart } from './recipient-kind.js';

/** One report per hostname, as bodies for Cloudflare's abuse-report API, with the general type as fallback. */
function cdnSpecific({ packet: p, texts: t }: SpecificContext): SpecificPart {
  const cdn = p.recipient.name;
  const byHost = new Map<string, { d: PacketDomain; urls: string[] }>();
  for (const d of p.domains) for (const u of d.urls) {
    const host = new URL(u).hostname;
    const entry = byHost.get(host) ?? byHost.set(host, { d, urls: [] }).get(host)!;
    if (!entry.urls.includes(u)) entry.urls.push(u);
  }
  return {
    cdn: {
      provider: cdn,
      reports: [...byHost.entries()].map(([hostname, { d, urls }]) => {
        const base = {
          email: p.reporter.email,
          email2: p.reporter.email,
          name: p.reporter.name.slice(0, 255),
          company: p.reporter.organisation.slice(0, 100),
          urls: urls.slice(0, 250).join('\n'),
          comments: t.cdnComments(d).slice(0, 2000),
          host_notification: 'send' as const,
          owner_notification: 'send' as const,
        };
        return {
          hostname,
          report: { act: 'abuse_ncsei' as const, ...base, ncsei_subject_representation: false as const },
          fallback: { act: 'abuse_general' as const, ...base, justification: `${p.illegality.explanation}\n\n${p.goodFaith}`.slice(0, 5000) },
        };
      }),
      hostDisclosureRequest: t.hostDisclosure(cdn),
    },
  };
}

function cdnHtml(p: ReferralPacket): string {
  const s = p.recipientSpecific.cdn;
  if (!s) return '';
  const L = packetLabels(p.language);
  return `<h2>${esc(L.cdnReports)}</h2>${s.reports
    .map(
      (r) =>
        `<h3>${esc(r.hostname)}</h3><table class="kv">${row(L.reportType, `<span class="mono">${esc(r.report.act)}</span> (${esc(p.language === 'nl' ? 'anders' : 'otherwise')} <span class="mono">${esc(r.fallback.act)}</span>)`)}${row('URL', r.report.urls.split('\n').map(urlHtml).join('<br>'))}${row(`${L.name} / e-mail`, `${esc(r.report.name)} / ${addr(r.report.email, L.unknown)} / ${esc(r.report.company)}`)}${row(L.comments, esc(r.report.comments))}</table>`,
    )
    .join('')}<p>${esc(s.hostDisclosureRequest)}</p>`;
}

export const CDN: RecipientKind = {
  id: 'cdn',
  who: 'the CDN or reverse proxy in front of the site',
  foundFrom: 'the CDN signature of the domain (name servers, headers, address ranges)',
  refers: true,
  defaultLang: 'en',
  silenceDays: 7,
  escalation: () => ['registrar'],
  legalGrounds: ['Art. 16 DSA', 'Art. 139h Sr'],
  groundIds: () => ['nl-sr-139h', 'dsa-16'],
  templateKeys: [],
  recipientFor(f, opts) {
    const c = f.lookup.cdn;
    if (!c) throw new UsageError(`${f.domain} is not behind a known CDN (see "dijkwacht domains ${f.domain}"): use --to host.`);
    const isMail = /^[^\s@]+@[^\s@]+$/.test(c.abuse);
    return { type: 'cdn', name: c.name, email: opts.address ?? (isMail ? c.abuse : null), web: isMail ? null : c.abuse };
  },
  specific: cdnSpecific,
  specificHtml: cdnHtml,
};
