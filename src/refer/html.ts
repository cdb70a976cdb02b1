import sharp from 'sharp';
import { escapeXml as esc } from '../core/html.js';
import { longDate } from '../core/time.js';
import { packetLabels, WORDS, type PacketLabels } from './labels.js';
import { nlHeading } from './nl-targeting.js';
import type { ChronologyEntry, PacketDomain, PacketEvidence, ReferralPacket } from './packet-types.js';
import { specificSection } from './html-specific.js';
import { trustedFlaggerHtml } from './trusted-flagger.js';
import { packetTexts } from './texts.js';

/**
 * Print styles shared by every PDF dijkwacht renders (packets, verification reports, exhibit
 * indexes). Hashes, ids, addresses and UTC times are tokens: they never break inside (`.mono`,
 * `.addr`); a hash gets a line of its own in a size where all 64 digits fit.
 */
export const PRINT_CSS = `
@page { size: A4; margin: 18mm 16mm; }
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 10pt; color: #111; line-height: 1.4; }
h1 { font-size: 16pt; margin: 0 0 4mm; } h2 { font-size: 12pt; margin: 6mm 0 2mm; border-bottom: 1px solid #999; break-after: avoid; }
h3 { font-size: 10.5pt; margin: 4mm 0 1mm; break-after: avoid; }
table { border-collapse: collapse; width: 100%; margin: 1mm 0 3mm; } td, th { border: 1px solid #bbb; padding: 1mm 2mm; vertical-align: top; text-align: left; }
th { background: #eee; } table.kv th { width: 30%; } tr { break-inside: avoid; }
code, .mono { font-family: "DejaVu Sans Mono", monospace; font-size: 8pt; white-space: nowrap; }
.hash { font-family: "DejaVu Sans Mono", monospace; font-size: 7.5pt; white-space: nowrap; display: block; }
.url { font-family: "DejaVu Sans Mono", monospace; font-size: 8pt; overflow-wrap: normal; }
.url.long { overflow-wrap: anywhere; }
.addr { white-space: nowrap; }
pre.block { font-family: "DejaVu Sans Mono", monospace; font-size: 7.5pt; white-space: pre-wrap; overflow-wrap: anywhere; background: #f6f6f6; border: 1px solid #ddd; padding: 1.5mm; margin: 1mm 0 2mm; }
.first { border: 1.5px solid #333; padding: 2mm 3mm; margin: 2mm 0 4mm; } .first h2 { margin-top: 2mm; border: none; }
.note { border: 1px solid #c60; background: #fff4e5; padding: 2mm; } .meta td, .meta th { border: none; padding: 0.5mm 2mm 0.5mm 0; background: none; }
img.shot { max-width: 100%; border: 1px solid #888; margin: 2mm 0; } p { margin: 1mm 0 2mm; white-space: pre-wrap; }
ul { margin: 1mm 0 2mm; padding-left: 5mm; } li { margin: 0.5mm 0; }
.sign { margin-top: 12mm; border-top: 1px solid #111; width: 70mm; padding-top: 1mm; }
`;

export { addr, orUnknown, row, urlHtml } from './html-parts.js';
import { addr, orUnknown, row, urlHtml } from './html-parts.js';
const when = (iso: string, lang: ReferralPacket['language']): string => `${esc(longDate(iso, lang))} <span class="mono">${esc(iso)}</span>`;

/** A safe-view screenshot, scaled and cut to one page, as a data URI. */
async function shotUri(png: Buffer): Promise<string> {
  const { width: w = 900, height: h = 0 } = await sharp(png).metadata();
  const width = Math.min(w, 900);
  const height = Math.min(Math.round((h * width) / w), 1200);
  const cut = await sharp(png).resize({ width }).extract({ left: 0, top: 0, width, height }).png().toBuffer();
  return `data:image/png;base64,${cut.toString('base64')}`;
}

function chronologyList(entries: ChronologyEntry[], lang: ReferralPacket['language'], L: PacketLabels): string {
  if (entries.length === 0) return `<p>${esc(L.noHistory)}</p>`;
  const w = WORDS[lang];
  return `<ul>${entries
    .map((c) => {
      const head = `${esc(longDate(c.date, lang))} — <b>${esc(w.event[c.event] ?? c.event)}</b> — ${esc(w.step[c.recipientType] ?? c.recipientType)}: ${addr(c.recipient, L.unknown)}${c.channel ? ` <span class="addr">(${esc(c.channel === 'email' ? 'e-mail' : c.channel)})</span>` : ''}`;
      const detail = [c.outcome, c.note].filter(Boolean).map((x) => esc(x)).join('; ');
      const hash = c.packetSha256 ? `<span class="hash">SHA-256 ${esc(c.packetSha256)}</span>` : '';
      const bundle = c.bundleId ? `<span class="mono">${esc(L.bundle)} ${esc(c.bundleId)}</span>` : '';
      return `<li>${head}${detail ? `<br>${detail}` : ''}${hash}${bundle}</li>`;
    })
    .join('')}</ul>`;
}

function evidenceTables(evidence: PacketEvidence[], lang: ReferralPacket['language'], L: PacketLabels): string {
  const w = WORDS[lang];
  return evidence
    .map(
      (e) => `<table class="kv">${row('URL', urlHtml(e.url))}${row(L.captured, when(e.capturedAt, lang))}${row(L.status, esc(w.status[e.status] ?? e.status))}${row(L.bundle, `<span class="mono">${esc(e.bundleId)}</span>`)}${row(L.manifest, e.manifestSha256 ? `<span class="hash">${esc(e.manifestSha256)}</span>` : `<i>${esc(L.unknown)}</i>`)}${e.safeView ? row(L.safeViewHash, `<span class="hash">${esc(e.safeView.sha256)}</span>`) : ''}</table>`,
    )
    .join('');
}

function reasonsList(d: PacketDomain, lang: ReferralPacket['language'], L: PacketLabels): string {
  if (d.reasons.length === 0) return '';
  const [open, close] = lang === 'nl' ? ['„', '”'] : ['“', '”'];
  return `<h3>${esc(L.reasons)}</h3><ul>${d.reasons
    .map((r) => `<li>${esc(r.description)}${r.quote ? `: ${open}${esc(r.quote)}${close}` : ''} <span class="mono">(${esc(L.reasonPage)} ${esc(r.page)})</span></li>`)
    .join('')}</ul>`;
}

const KIND_NAMES: Record<string, Record<ReferralPacket['language'], string>> = {
  'tls-san-set': { en: 'TLS certificate names', nl: 'namen in het TLS-certificaat' },
  'favicon-sha256': { en: 'favicon SHA-256', nl: 'SHA-256 van het favicon' },
};

async function domainSection(d: PacketDomain, lang: ReferralPacket['language'], safeViews: Map<string, Buffer>): Promise<string> {
  const L = packetLabels(lang);
  const u = L.unknown;
  const hosting = d.hosting
    .map((h) => `<span class="mono">${esc(h.ip)}</span> — ${h.holderKnown ? orUnknown(h.org ?? h.network, u) : `<i>${esc(L.unknownHolder)}</i>`}${h.asn ? ` (${esc(h.asn)})` : ''}${h.country ? `, ${esc(h.country)}` : ''}; ${esc(L.abuse)}: ${addr(h.holderKnown ? h.abuseEmail : null, u)}`)
    .join('<br>');
  const facts = [
    row(L.registry, orUnknown(d.registry, u)),
    row(L.registrar, `${orUnknown(d.registrar.name, u)}${d.registrar.ianaId ? ` (IANA ${esc(d.registrar.ianaId)})` : ''}; ${esc(L.abuse)}: ${addr(d.registrar.abuseEmail, u)}${d.registrar.abusePhone ? `, <span class="addr">${esc(d.registrar.abusePhone)}</span>` : ''}`),
    row(L.host, hosting || `<i>${esc(u)}</i>`),
    row(L.cdn, d.cdn ? `${esc(d.cdn.name)} (${addr(d.cdn.abuse, u)})` : '—'),
    row(L.nameservers, esc(d.nameservers.join(', ') || '—')),
    row(L.registered, d.registered ? esc(longDate(d.registered, lang, { dateOnly: true })) : `<i>${esc(u)}</i>`),
    row(L.lookedUp, `${esc(longDate(d.lookup.at, lang))} (${esc(d.lookup.source)})`),
  ].join('');
  const latest = [...d.evidence].reverse().find((e) => e.safeView && safeViews.has(e.bundleId));
  const shot = latest ? `<h3>${esc(L.safeView)} — ${urlHtml(latest.url)}, ${esc(L.captured)} ${esc(longDate(latest.capturedAt, lang))}</h3><img class="shot" src="${await shotUri(safeViews.get(latest.bundleId)!)}" alt="${esc(L.safeView)}">` : '';
  const operator = d.operator
    ? `<h3>${esc(L.operator)}</h3><p>${esc(d.operator.relatedDomains.join(', '))}</p><ul>${d.operator.sharedEvidence
        .map((s) => `<li>${esc(KIND_NAMES[s.kind]?.[lang] ?? s.kind)}: <span class="url long">${esc(s.value.split(',').join(', '))}</span></li>`)
        .join('')}</ul>`
    : '';
  return `<h2>${esc(d.domain)}</h2>
${reasonsList(d, lang, L)}
<h3>${esc(L.evidence)}</h3>${evidenceTables(d.evidence, lang, L)}
${shot}
<h3>${esc(L.facts)}</h3><table class="kv">${facts}</table>${operator}`;
}

/** The first screen: who it is for, what is asked and by when, for which domains and URLs, and the evidence. */
function firstScreen(p: ReferralPacket): string {
  const L = packetLabels(p.language);
  const t = packetTexts(p.language);
  // The intake URL on a line of its own, unbroken where it fits, so that it can be copied whole.
  const web = p.recipient.web ? `<br>${p.recipient.web.length <= 96 ? `<span class="mono">${esc(p.recipient.web)}</span>` : urlHtml(p.recipient.web)}` : '';
  const to = `${esc(p.recipient.name)}${p.recipient.email ? ` &lt;${addr(p.recipient.email, L.unknown)}&gt;` : ''}${web}`;
  const from = `${esc(p.reporter.name)}, ${esc(p.reporter.organisation)} &lt;${addr(p.reporter.email, L.unknown)}&gt;`;
  const automated = p.domains.filter((d) => !d.labelConfirmed).map((d) => d.domain);
  return `<table class="meta">${row(L.recipient, to)}${row(L.reporter, from)}${row(L.date, esc(longDate(p.createdAt, p.language)))}${row(L.packet, `<span class="mono">${esc(p.packetId)}</span>`)}</table>
<div class="first">
<h2>${esc(L.asked)}</h2><p>${esc(p.requestedAction)}</p><p><b>${esc(L.respondBy)}: ${esc(t.respondBy(p.respondBy))}</b></p>
<h2>${esc(L.domainsAndUrls)}</h2><ul>${p.domains.map((d) => `<li><b>${esc(d.domain)}</b><br>${d.urls.map(urlHtml).join('<br>')}</li>`).join('')}</ul>
<h2>${esc(L.evidenceStatus)}</h2><ul>${p.domains.map((d) => `<li>${esc(d.domain)}: ${esc(t.evidenceLine(d.evidence))}</li>`).join('')}</ul>
<h2>${esc(L.classification)}</h2><p>${esc(automated.length > 0 ? t.automated(automated) : t.confirmed)}</p>
</div>`;
}

/** The facts that the service is directed at the Netherlands, each with where it is seen. */
function nlSection(p: ReferralPacket): string {
  const n = p.directedAtNetherlands;
  const items = n.indicators.map((i) => `<li>${esc(i.domain)}: ${esc(i.finding)} <span class="mono">${esc(i.source)}</span></li>`).join('');
  return `<h2>${esc(nlHeading(p.language))}</h2><p>${esc(n.conclusion)}</p>${items ? `<ul>${items}</ul>` : ''}`;
}

/** The human dossier as one self-contained HTML page (no external requests), ready for page.pdf(). */
export async function packetHtml(p: ReferralPacket, safeViews: Map<string, Buffer>): Promise<string> {
  const L = packetLabels(p.language);
  const domains: string[] = [];
  for (const d of p.domains) domains.push(await domainSection(d, p.language, safeViews));
  const signature = p.recipient.type === 'sidn' ? `<div class="sign">${esc(L.signature)}: ${esc(p.reporter.name)}, ${esc(p.reporter.organisation)}</div>` : '';
  const dsa = p.dsaTransparency;
  return `<!doctype html><html lang="${p.language}"><head><meta charset="utf-8"><title>${esc(p.subject)}</title><style>${PRINT_CSS}</style></head><body>
<h1>${esc(p.subject)}</h1>
${firstScreen(p)}
<h2>${esc(L.service)}</h2><p>${esc(p.summary)}</p>
<h3>${esc(L.why)}</h3><p>${esc(p.illegality.explanation)}</p>
${domains.join('\n')}
${nlSection(p)}
<h2>${esc(L.legal)}</h2><table class="kv">${p.legalGrounds.map((g) => row(g.citation, esc(g.summary))).join('')}${row(L.dsaCategory, `<span class="mono">${[dsa.category, ...dsa.category_addition].map(esc).join('<br>')}</span><br><span class="mono">${dsa.category_specification.map(esc).join('<br>')}</span>`)}</table>
${specificSection(p)}
${trustedFlaggerHtml(p.trustedFlagger, p.language)}
<h2>${esc(L.history)}</h2>${chronologyList(p.chronology, p.language, L)}
<h2>${esc(L.goodFaith)}</h2><p>${esc(p.goodFaith)}</p><p>${esc(p.reporter.name)}, ${esc(p.reporter.organisation)}, ${addr(p.reporter.email, L.unknown)}</p>${signature}
<h2>${esc(L.verify)}</h2><p>${esc(p.verification)}</p>
${p.evidencePack ? `<h3>${esc(L.evidencePack)}</h3><p>${esc(packetTexts(p.language).evidencePack(p.evidencePack.bundles.length, p.reporter.name, p.reporter.email))}</p>` : ''}
</body></html>`;
}
