import sharp from 'sharp';
import { escapeXml as esc } from '../core/html.js';
import type { ChronologyEntry, PacketDomain, ReferralPacket } from './packet-types.js';
import { packetTexts } from './texts.js';

/** Print styles shared by every PDF dijkwacht renders (packets, verification reports, exhibit indexes). */
export const PRINT_CSS = `
@page { size: A4; margin: 18mm 16mm; }
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 10pt; color: #111; line-height: 1.4; }
h1 { font-size: 16pt; margin: 0 0 4mm; } h2 { font-size: 12pt; margin: 6mm 0 2mm; border-bottom: 1px solid #999; }
h3 { font-size: 10.5pt; margin: 4mm 0 1mm; }
table { border-collapse: collapse; width: 100%; margin: 1mm 0 3mm; } td, th { border: 1px solid #bbb; padding: 1mm 2mm; vertical-align: top; text-align: left; }
th { background: #eee; width: 28%; } code, .mono { font-family: "DejaVu Sans Mono", monospace; font-size: 8.5pt; word-break: break-all; }
.warn { border: 1px solid #c60; background: #fff4e5; padding: 2mm; } .meta td, .meta th { border: none; padding: 0.5mm 2mm 0.5mm 0; }
img.shot { max-width: 100%; border: 1px solid #888; margin: 2mm 0; } p { margin: 1mm 0 2mm; white-space: pre-wrap; }
.sign { margin-top: 12mm; border-top: 1px solid #111; width: 70mm; padding-top: 1mm; }
`;

const row = (k: string, v: string): string => `<tr><th>${esc(k)}</th><td>${v}</td></tr>`;
const orUnknown = (v: string | null | undefined, unknown: string): string => (v ? esc(v) : `<i>${esc(unknown)}</i>`);

/** A safe-view screenshot, scaled and cut to one page, as a data URI. */
async function shotUri(png: Buffer): Promise<string> {
  const { width: w = 900, height: h = 0 } = await sharp(png).metadata();
  const width = Math.min(w, 900);
  const height = Math.min(Math.round((h * width) / w), 1200);
  const cut = await sharp(png).resize({ width }).extract({ left: 0, top: 0, width, height }).png().toBuffer();
  return `data:image/png;base64,${cut.toString('base64')}`;
}

function chronologyTable(entries: ChronologyEntry[], none: string): string {
  if (entries.length === 0) return `<p>${esc(none)}</p>`;
  return `<table><tr><th>date</th><th>event</th><th>recipient</th><th>detail</th></tr>${entries
    .map((c) => `<tr><td class="mono">${esc(c.date)}</td><td>${esc(c.event)}</td><td>${esc(c.recipientType)}: ${esc(c.recipient)}${c.channel ? ` (${esc(c.channel)})` : ''}</td><td>${esc([c.outcome, c.note, c.packetSha256 ? `packet sha256 ${c.packetSha256}` : null, c.bundleId ? `bundle ${c.bundleId}` : null].filter(Boolean).join('; '))}</td></tr>`)
    .join('')}</table>`;
}

async function domainSection(d: PacketDomain, lang: ReferralPacket['language'], safeViews: Map<string, Buffer>): Promise<string> {
  const L = packetTexts(lang).labels;
  const u = L.unknown!;
  const hosting = d.hosting.map((h) => `${esc(h.ip)} — ${orUnknown(h.org ?? h.network, u)}${h.asn ? ` (${esc(h.asn)})` : ''}${h.country ? `, ${esc(h.country)}` : ''}; ${esc(L.abuse!)}: ${orUnknown(h.abuseEmail, u)}`).join('<br>');
  const facts = [
    row(L.registry!, orUnknown(d.registry, u)),
    row(L.registrar!, `${orUnknown(d.registrar.name, u)}${d.registrar.ianaId ? ` (IANA ${esc(d.registrar.ianaId)})` : ''}; ${esc(L.abuse!)}: ${orUnknown(d.registrar.abuseEmail, u)}${d.registrar.abusePhone ? `, ${esc(d.registrar.abusePhone)}` : ''}`),
    row(L.host!, hosting || `<i>${esc(u)}</i>`),
    row(L.cdn!, d.cdn ? `${esc(d.cdn.name)} (${esc(d.cdn.abuse)}) — ${esc(d.cdn.evidence.join('; '))}` : '—'),
    row(L.nameservers!, esc(d.nameservers.join(', ') || '—')),
    row(L.registered!, orUnknown(d.registered, u)),
    row(L.lookedUp!, `${esc(d.lookup.at)} (${esc(d.lookup.source)})`),
  ].join('');
  const evidence = d.evidence
    .map((e) => `<tr><td class="mono">${esc(e.url)}</td><td class="mono">${esc(e.capturedAt)}</td><td>${esc(e.status)}</td><td class="mono">${esc(e.bundleId)}<br>${esc(L.manifest!)}: ${orUnknown(e.manifestSha256, u)}</td></tr>`)
    .join('');
  const latest = [...d.evidence].reverse().find((e) => e.safeView && safeViews.has(e.bundleId));
  const shot = latest ? `<h3>${esc(L.safeView!)} — ${esc(latest.url)}, ${esc(L.captured!)} ${esc(latest.capturedAt)}</h3><img class="shot" src="${await shotUri(safeViews.get(latest.bundleId)!)}" alt="safe view">` : '';
  const operator = d.operator ? `<h3>${esc(L.operator!)}</h3><p>${esc(d.operator.relatedDomains.join(', '))} — ${esc(d.operator.sharedEvidence.map((s) => `${s.kind}: ${s.value}`).join('; '))}</p>` : '';
  return `<h2>${esc(d.domain)}</h2>
<h3>${esc(L.urls!)}</h3><ul>${d.urls.map((x) => `<li class="mono">${esc(x)}</li>`).join('')}</ul>
<h3>${esc(L.evidence!)}</h3><table><tr><th>URL</th><th>${esc(L.captured!)}</th><th>${esc(L.status!)}</th><th>${esc(L.bundle!)}</th></tr>${evidence}</table>
${shot}
<h3>${esc(L.facts!)}</h3><table>${facts}</table>${operator}`;
}

function specificSection(p: ReferralPacket): string {
  const L = packetTexts(p.language).labels;
  const s = p.recipientSpecific;
  const parts: string[] = [];
  if (s.registrar) parts.push(`<h2>${esc(L.notDnsAbuse!)}</h2><p>${esc(s.registrar.notDnsAbuse)}</p><p>${esc(s.registrar.framework)}</p>`);
  if (s.sidn) {
    const status = { answered: L.answered!, 'no-answer': L.noAnswer!, 'not-contacted': L.missing! };
    parts.push(
      `<h2>${esc(L.chain!)}</h2><table><tr><th>step</th><th>${esc(L.status!)}</th><th>${esc(L.date!)}</th><th>address</th><th>answer</th></tr>${s.sidn.chain
        .map((c) => `<tr><td>${esc(c.step)}</td><td>${esc(status[c.status])}</td><td class="mono">${esc(c.date ?? '—')}</td><td>${esc(c.address ?? '—')}</td><td>${esc(c.answer ?? '—')}</td></tr>`)
        .join('')}</table>`,
      `<h2>${esc(L.registrationData!)}</h2><p>${esc(s.sidn.registrationDataVerification.requested ? s.sidn.registrationDataVerification.grounds.join('\n') : '—')}</p>`,
    );
  }
  if (s.acm) {
    parts.push(
      `<h2>${esc(L.provider!)}</h2><table>${row('name', esc(s.acm.provider.name))}${row('role', esc(s.acm.provider.role))}${row('contact', orUnknown(s.acm.provider.email, L.unknown!))}${row('establishment', orUnknown(s.acm.provider.establishment, L.unknown!))}</table>`,
      `<h2>${esc(L.obligations!)}</h2><table>${s.acm.obligations.map((o) => row(o.article, esc(o.finding))).join('')}</table>`,
    );
  }
  if (s.cdn) {
    parts.push(
      `<h2>${esc(L.cdnReports!)}</h2>${s.cdn.reports
        .map((r) => `<h3>${esc(r.hostname)}</h3><table>${row('report type', `${esc(r.reportType)} (fallback ${esc(r.fallbackReportType)})`)}${row('urls', `<span class="mono">${r.urls.map(esc).join('<br>')}</span>`)}${row('name / email / company', esc(`${r.name} / ${r.email} / ${r.company}`))}${row('notifications', esc(`host: ${r.hostNotification}, owner: ${r.ownerNotification}`))}${row('comments', esc(r.comments))}</table>`)
        .join('')}<p>${esc(s.cdn.hostDisclosureRequest)}</p>`,
    );
  }
  return parts.join('\n');
}

/** The human dossier as one self-contained HTML page (no external requests), ready for page.pdf(). */
export async function packetHtml(p: ReferralPacket, safeViews: Map<string, Buffer>): Promise<string> {
  const L = packetTexts(p.language).labels;
  const domains: string[] = [];
  for (const d of p.domains) domains.push(await domainSection(d, p.language, safeViews));
  const signature = p.recipient.type === 'sidn' ? `<div class="sign">${esc(L.signature!)}: ${esc(p.reporter.name)}, ${esc(p.reporter.organisation)}</div>` : '';
  return `<!doctype html><html lang="${p.language}"><head><meta charset="utf-8"><title>${esc(p.subject)}</title><style>${PRINT_CSS}</style></head><body>
<h1>${esc(p.subject)}</h1>
<table class="meta">${row(L.recipient!, `${esc(p.recipient.name)}${p.recipient.email ? ` &lt;${esc(p.recipient.email)}&gt;` : ''}${p.recipient.web ? ` — ${esc(p.recipient.web)}` : ''}`)}${row(L.reporter!, `${esc(p.reporter.name)}, ${esc(p.reporter.organisation)} &lt;${esc(p.reporter.email)}&gt;`)}${row(L.date!, esc(p.createdAt))}${row('packet', `<span class="mono">${esc(p.packetId)}</span>`)}</table>
${p.warnings.length > 0 ? `<div class="warn"><b>${esc(L.warnings!)}</b><ul>${p.warnings.map((w) => `<li>${esc(w)}</li>`).join('')}</ul></div>` : ''}
<h2>${esc(L.service!)}</h2><p>${esc(p.summary)}</p><p>${esc(p.illegality.explanation)}</p>
${domains.join('\n')}
<h2>${esc(L.legal!)}</h2><table>${p.legalGrounds.map((g) => row(g.citation, esc(g.summary))).join('')}${row('DSA Transparency Database', esc(p.dsaTransparency.map((c) => `${c.category} / ${c.keyword}`).join('; ')))}</table>
${specificSection(p)}
<h2>${esc(L.action!)}</h2><p>${esc(p.requestedAction)}</p>
<h2>${esc(L.history!)}</h2>${chronologyTable(p.chronology, L.noHistory!)}
<h2>${esc(L.goodFaith!)}</h2><p>${esc(p.goodFaith)}</p><p>${esc(p.reporter.name)}, ${esc(p.reporter.organisation)}, ${esc(p.reporter.email)}</p>${signature}
<h2>${esc(L.verify!)}</h2><p>${esc(p.verification)}</p>
</body></html>`;
}
