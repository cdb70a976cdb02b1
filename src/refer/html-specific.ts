import { escapeXml as esc } from '../core/html.js';
import { longDate } from '../core/time.js';
import { addr, orUnknown, row, urlHtml } from './html.js';
import { packetLabels, WORDS } from './labels.js';
import type { ReferralPacket } from './packet-types.js';

/** The part of the dossier that only one recipient type gets: the chain for SIDN, the provider for ACM, the API bodies for a CDN. */
export function specificSection(p: ReferralPacket): string {
  const L = packetLabels(p.language);
  const w = WORDS[p.language];
  const s = p.recipientSpecific;
  const parts: string[] = [];
  if (s.registrar) parts.push(`<h2>${esc(L.notDnsAbuse)}</h2><p>${esc(s.registrar.notDnsAbuse)}</p><p>${esc(s.registrar.framework)}</p>`);
  if (s.sidn) {
    parts.push(
      `<h2>${esc(L.chain)}</h2><table><tr><th>${esc(L.step)}</th><th>${esc(L.status)}</th><th>${esc(L.date)}</th><th>${esc(L.address)}</th><th>${esc(L.answer)}</th></tr>${s.sidn.chain
        .map((c) => `<tr><td>${esc(w.step[c.step] ?? c.step)}</td><td>${esc(w.chain[c.status] ?? c.status)}</td><td>${c.date ? esc(longDate(c.date, p.language)) : '—'}</td><td>${c.address ? addr(c.address, L.unknown) : '—'}</td><td>${esc(c.answer ?? '—')}</td></tr>`)
        .join('')}</table>`,
      `<h2>${esc(L.registrationData)}</h2>${s.sidn.registrationDataVerification.requested ? `<ul>${s.sidn.registrationDataVerification.grounds.map((g) => `<li>${esc(g)}</li>`).join('')}</ul>` : '<p>—</p>'}`,
    );
  }
  if (s.acm) {
    const a = s.acm.provider;
    parts.push(
      `<h2>${esc(L.provider)}</h2><table class="kv">${row(L.name, esc(a.name))}${row(L.role, esc(w.role[a.role] ?? a.role))}${row(L.contact, a.email && a.email.includes('@') ? addr(a.email, L.unknown) : a.email ? urlHtml(a.email) : `<i>${esc(L.unknown)}</i>`)}${row(L.establishment, orUnknown(a.establishment, L.unknown))}</table>`,
      `<h2>${esc(L.obligations)}</h2><table class="kv">${s.acm.obligations.map((o) => row(o.article, esc(o.finding))).join('')}</table>`,
    );
  }
  if (s.cdn) {
    parts.push(
      `<h2>${esc(L.cdnReports)}</h2>${s.cdn.reports
        .map(
          (r) =>
            `<h3>${esc(r.hostname)}</h3><table class="kv">${row(L.reportType, `<span class="mono">${esc(r.report.act)}</span> (${esc(p.language === 'nl' ? 'anders' : 'otherwise')} <span class="mono">${esc(r.fallback.act)}</span>)`)}${row('URL', r.report.urls.split('\n').map(urlHtml).join('<br>'))}${row(`${L.name} / e-mail`, `${esc(r.report.name)} / ${addr(r.report.email, L.unknown)} / ${esc(r.report.company)}`)}${row(L.comments, esc(r.report.comments))}</table>`,
        )
        .join('')}<p>${esc(s.cdn.hostDisclosureRequest)}</p>`,
    );
  }
  return parts.join('\n');
}
