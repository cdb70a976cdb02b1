import sharp from 'sharp';
import { escapeXml as esc } from '../core/html.js';
import { longDate } from '../core/time.js';
import { hash, htmlPage, pathLines } from './documents.js';
import type { Exhibit } from './exhibits.js';

/** A capture's outcome in Dutch, with the manifest's own word beside it. */
export const OUTCOME_NL: Record<string, string> = { COMPLETE: 'volledig', PARTIAL: 'gedeeltelijk', FAILED: 'mislukt' };

export const outcomeNl = (status: string): string => `${OUTCOME_NL[status] ?? status} (in het manifest: „${status}”)`;

/** The reasons a capture gives for PARTIAL or FAILED, quoted as the program recorded them. */
export const reasonsNl = (e: Pick<Exhibit, 'captureReasons' | 'botWall'>): string[] => [
  ...e.captureReasons.map((r) => `„${r}”`),
  ...(e.botWall ? [`een controlepagina tegen geautomatiseerde bezoekers in plaats van de website (soort: „${e.botWall.kind}”)`] : []),
];

/** Why the browser upgraded http:// to https:// itself, in Dutch (capture/upgrades.ts names the causes). */
const UPGRADE_CAUSE_NL: Record<string, string> = {
  'hsts-preload': 'de naam staat op de ingebouwde HSTS-lijst van de browser',
  'hsts-policy': 'een eerder in deze vastlegging ontvangen HSTS-beleid',
  'https-upgrades': 'de browser probeert https:// uit zichzelf eerst',
  'upgrade-insecure-requests': 'de pagina vroeg met upgrade-insecure-requests om https://',
  'browser-other': 'een andere doorverwijzing binnen de browser',
  unreported: 'de browser meldde geen oorzaak',
};

/** A browser upgrade in Dutch, with the capture's own words quoted. */
export const upgradeNl = (r: Pick<Exhibit['internalRedirects'][number], 'cause' | 'causeText'>): string => `door de browser zelf: ${UPGRADE_CAUSE_NL[r.cause] ?? 'oorzaak onbekend'} (vastgelegd als „${r.causeText}”); het http-adres heeft geen server bereikt`;

// Print geometry in millimetres: the image is shown at this width, in even slices of at most a page each.
const IMAGE_WIDTH_MM = 176;
const SLICE_MM = 205;

async function slices(png: Buffer): Promise<string[]> {
  const { width = 0, height = 0 } = await sharp(png).metadata();
  if (width === 0 || height === 0) return [];
  const pxPerMm = width / IMAGE_WIDTH_MM;
  const count = Math.ceil(height / (SLICE_MM * pxPerMm));
  const step = Math.ceil(height / count);
  const out: string[] = [];
  for (let i = 0, top = 0; top < height; i++, top += step) {
    const h = Math.min(step, height - top);
    const part = await sharp(png).extract({ left: 0, top, width, height: h }).png().toBuffer();
    out.push(`<img alt="veilige weergave, deel ${i + 1}" style="width:${IMAGE_WIDTH_MM}mm;height:${(h / pxPerMm).toFixed(2)}mm" src="data:image/png;base64,${part.toString('base64')}">`);
  }
  return out;
}

const CSS = `<style>
.sheet { break-after: page; } .sheet:last-child { break-after: auto; }
.sheet.intro { break-after: page; }
.stamp { border: 1px solid #111; padding: 1.5mm 2mm; margin: 0 0 2mm; font-size: 8pt; line-height: 1.4; }
.shot img { display: block; border: 1px solid #888; }
</style>`;

/** One printable exhibit: the safe view of a capture, every page stamped with what identifies it. */
export async function exhibitPdfHtml(e: Exhibit, safeView: Buffer | null): Promise<string> {
  const nl = longDate(e.capturedAt, 'nl');
  const images = safeView ? await slices(safeView) : [];
  const stamp = (part: number): string =>
    `<div class="stamp"><b>Bijlage ${esc(e.exhibit)}</b> — veilige weergave, deel ${part} van ${images.length}<br>
<span class="url">${esc(e.url)}</span><br>vastgelegd ${esc(e.capturedAt)} (UTC) — ${esc(nl)}<br>
bundel ${hash(e.bundleId)}<br>SHA-256 van manifest.json ${hash(e.manifestSha256)}</div>`;
  const reasons = reasonsNl(e);
  const details = `<table>
<tr><th>bijlage</th><td>${esc(e.exhibit)}</td></tr>
<tr><th>opgevraagd adres</th><td class="url">${esc(e.url)}</td></tr>
${e.internalRedirects.map((r) => `<tr><th>doorverwijzing door de browser</th><td class="url">${esc(`${r.from} → ${r.to}`)}</td></tr><tr><th>oorzaak</th><td>${esc(upgradeNl(r))}; de server heeft niet doorverwezen</td></tr>`).join('')}
${e.finalUrl && e.finalUrl !== e.url ? `<tr><th>getoond adres</th><td class="url">${esc(e.finalUrl)}</td></tr>` : ''}
<tr><th>HTTP-statuscode</th><td>${esc(e.httpStatus ?? 'geen antwoord')}</td></tr>
<tr><th>vastgelegd (UTC)</th><td>${esc(e.capturedAt)}</td></tr>
<tr><th>vastgelegd (Nederlandse tijd)</th><td>${esc(nl)}</td></tr>
<tr><th>uitkomst</th><td>${esc(outcomeNl(e.captureStatus))}${reasons.length ? `<ul>${reasons.map((r) => `<li>${esc(r)}</li>`).join('')}</ul>` : ''}</td></tr>
${e.collector ? `<tr><th>vastgelegd door</th><td>${esc(e.collector)}</td></tr>` : ''}
<tr><th>bundel</th><td>${hash(e.bundleId)}</td></tr>
<tr><th>SHA-256 van manifest.json</th><td>${hash(e.manifestSha256)}</td></tr>
${e.safeView ? `<tr><th>afgebeeld bestand (in de map van de bundel)</th><td>${pathLines(e.safeView.path)}<br>SHA-256 ${hash(e.safeView.sha256)}</td></tr>` : ''}
${e.fullPageCapture ? `<tr><th>origineel (verzegeld)</th><td>SHA-256 van het origineel: ${hash(e.fullPageCapture.plaintextSha256 ?? e.fullPageCapture.sha256)}</td></tr>` : ''}
</table>
<p>${
    images.length
      ? `Op de volgende ${images.length === 1 ? 'pagina staat' : `${images.length} pagina's staat`} de veilige weergave van de pagina: een schermafbeelding van de volledige pagina waarin alle afbeeldingen gepixeld zijn en de tekst leesbaar blijft. Elke pagina draagt het nummer van de bijlage, het adres, het tijdstip en de hashwaarde van het manifest. Het origineel is versleuteld bewaard en alleen voor de bewaarders toegankelijk.`
      : 'Van deze vastlegging bestaat geen veilige weergave: er is geen schermafbeelding gemaakt. De uitkomst en de redenen staan hierboven.'
  }</p>`;
  const sheets = [`<section class="sheet intro">${details}</section>`, ...images.map((img, i) => `<section class="sheet">${stamp(i + 1)}<div class="shot">${img}</div></section>`)];
  return htmlPage(`Bijlage ${e.exhibit} — vastlegging van een webpagina`, `${CSS}${sheets.join('')}`, 'nl').replace('<h1>', '<h1 style="font-size:13pt">');
}
