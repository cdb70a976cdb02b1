import { escapeXml as esc } from '../core/html.js';
import { longDate } from '../core/time.js';
import { hash, htmlPage, url, type ExcludedBundle } from './documents.js';
import { outcomeNl, reasonsNl, upgradeNl } from './exhibit-pdf.js';
import type { Exhibit } from './exhibits.js';
import { collectorName, type CaptureProvenance } from './provenance.js';

export interface FindingsItem {
  exhibit: Exhibit;
  provenance: CaptureProvenance | null;
  signer: { subject: string; certificateSha256: string };
}

export interface FindingsInput {
  caseId: string;
  exportedAt: string;
  /** Who made the export (the operator's actor). */
  exporter: string;
  toolVersion: string;
  items: FindingsItem[];
  excluded: ExcludedBundle[];
}

const row = (k: string, v: string): string => `<tr><th>${esc(k)}</th><td>${v}</td></tr>`;
const onOff = (v: unknown): string => (v === true ? 'aan' : v === false ? 'uit' : 'niet vastgelegd');
const seconds = (ms: unknown): string => (typeof ms === 'number' ? `${(ms / 1000).toLocaleString('nl-NL')} s` : 'niet vastgelegd');

/** The settings a reader of the statement needs, in Dutch, as HTML per bundle. */
const SETTINGS: [string, (p: CaptureProvenance) => string][] = [
  ['programma', (p) => `${esc(p.tool?.name ?? 'dijkwacht')} ${esc(p.tool?.version ?? '?')}${p.tool?.commit ? `<br>commit ${hash(p.tool.commit)}` : ''}`],
  ['browser', (p) => `${esc(p.browser?.name === 'chromium' ? 'Chromium' : (p.browser?.name ?? '?'))} ${esc(p.browser?.version ?? '?')}`],
  ['browseridentificatie', (p) => (p.userAgent ? `<span class="url">${esc(p.userAgent)}</span>` : 'niet vastgelegd')],
  ['venstergrootte', (p) => (p.viewport ? `${p.viewport.width ?? '?'} × ${p.viewport.height ?? '?'} pixels` : 'niet vastgelegd')],
  ['taal en tijdzone van de browser', (p) => `${esc(p.locale ?? '?')}, ${esc(p.timezoneId ?? '?')}`],
  ['verbinding', (p) => (p.proxy ? `via de proxy <span class="url">${esc(p.proxy)}</span>` : 'rechtstreeks, zonder proxy')],
  [
    'adressen in private netwerken',
    (p) => (p.options?.allowPrivateNetwork === true ? 'toegestaan' : Array.isArray(p.options?.allowPrivateNetworks) && p.options.allowPrivateNetworks.length > 0 ? `alleen toegestaan: <span class="url">${esc(p.options.allowPrivateNetworks.join(', '))}</span>` : 'geweigerd'),
  ],
  ['verhulling van de geautomatiseerde browser', (p) => onOff(p.browser?.stealth)],
  ['verzegeling van mogelijk intieme beelden', (p) => onOff(p.sealed)],
  ['tijdstempeldiensten', (p) => (Array.isArray(p.options?.tsaUrls) && p.options.tsaUrls.length > 0 ? p.options.tsaUrls.map((u) => `<span class="url">${esc(u)}</span>`).join('<br>') : 'geen')],
  [
    'tijdslimieten',
    (p) => `laden van de pagina ${seconds(p.options?.navigationTimeoutMs)}, per stap ${seconds(p.options?.stepTimeoutMs)}, hele vastlegging ${seconds(p.options?.captureDeadlineMs)}; wachttijd na het laden ${seconds(p.options?.settleMs)}`,
  ],
  ['besturingssysteem', (p) => `${esc([p.os?.type, p.os?.release, p.os?.arch].filter(Boolean).join(' ') || '?')}; Node.js ${esc(p.node ?? '?')}`],
];

function settingsTable(items: FindingsItem[]): string {
  const recorded = items.filter((i): i is FindingsItem & { provenance: CaptureProvenance } => i.provenance !== null);
  const rows = SETTINGS.map(([label, value]) => {
    const values = recorded.map((i) => ({ exhibit: i.exhibit.exhibit, html: value(i.provenance) }));
    const distinct = new Set(values.map((v) => v.html));
    return row(label, distinct.size <= 1 ? (values[0]?.html ?? 'niet vastgelegd') : `verschilt per bijlage:${values.map((v) => `<br><b>${esc(v.exhibit)}</b>: ${v.html}`).join('')}`);
  });
  const missing = items.filter((i) => i.provenance === null).map((i) => i.exhibit.exhibit);
  return `<table>${rows.join('')}</table>${missing.length ? `<p>Van ${esc(missing.join(', '))} zijn de instellingen niet vastgelegd.</p>` : ''}`;
}

function captureTable(i: FindingsItem): string {
  const e = i.exhibit;
  const started = i.provenance?.captureStartedAt;
  const reasons = reasonsNl(e);
  return `<h3>Bijlage ${esc(e.exhibit)}</h3><table>
${row('opgevraagd adres', `<span class="url">${esc(e.url)}</span>`)}
${e.internalRedirects.map((r) => row('doorverwijzing door de browser', `${url(`${r.from} → ${r.to}`)}<br>${esc(upgradeNl(r))}`)).join('')}
${e.finalUrl && e.finalUrl !== e.url ? row('getoond adres', `<span class="url">${esc(e.finalUrl)}</span>`) : ''}
${row('tijdstip', `${esc(longDate(e.capturedAt, 'nl'))}<br>UTC: ${started ? `${esc(started)} tot ` : ''}${esc(e.capturedAt)}`)}
${row('uitkomst', `${esc(outcomeNl(e.captureStatus))}${reasons.length ? `<br>redenen, zoals het programma ze vastlegde:<ul>${reasons.map((r) => `<li>${esc(r)}</li>`).join('')}</ul>` : ''}`)}
${row('vastgelegd door', e.collector ? esc(e.collector) : '<i>niet in de bundel vastgelegd</i>')}
${row('bundel', hash(e.bundleId))}
${row('SHA-256 van manifest.json', hash(e.manifestSha256))}
${row('afdruk', `<span class="url">${esc(e.exhibitPdf)}</span>`)}
</table>`;
}

function notEstablishedNl(items: FindingsItem[]): string[] {
  const of = (pred: (e: Exhibit) => boolean): string => items.filter((i) => pred(i.exhibit)).map((i) => i.exhibit.exhibit).join(', ');
  const out: string[] = [];
  const unstamped = of((e) => e.timestamps.length === 0);
  if (unstamped) out.push(`een tijdstempel: bij ${unstamped} ontbreekt dat`);
  const unanchored = of((e) => e.timestamps.length > 0 && e.timestamps.some((t) => !t.anchored));
  const all = items.every((i) => i.exhibit.timestamps.length > 0 && i.exhibit.timestamps.some((t) => !t.anchored));
  if (unanchored) out.push(`dat de tijdstempels ${all ? 'van alle bundels' : `van ${unanchored}`} herleidbaar zijn tot een vertrouwd basiscertificaat van de tijdstempeldienst: er was geen vertrouwensanker opgegeven`);
  if (items.some((i) => i.exhibit.notEstablished.some((n) => n.startsWith('signer')))) out.push('dat een derde het ondertekeningscertificaat erkent: het is het eigen certificaat van de verzamelaar; vergelijk de vingerafdruk hierboven met de vingerafdruk die de verzamelaar langs een andere weg verstrekt');
  return out;
}

function safeguards(f: FindingsInput): string {
  const signers = [...new Map(f.items.map((i) => [i.signer.certificateSha256, i.signer])).values()];
  const open = notEstablishedNl(f.items);
  const incomplete = f.items.filter((i) => i.exhibit.captureStatus !== 'COMPLETE').map((i) => i.exhibit.exhibit);
  return `<p>Het manifest van elke bundel is elektronisch ondertekend (CMS, RFC 5652) en van een tijdstempel voorzien door een tijdstempeldienst (RFC 3161). Elke latere handeling met een bundel (opslaan, controleren, ontsleutelen, exporteren) staat in het logboek van de bewaarketen, waarin elke regel de hashwaarde van de vorige regel bevat.</p>
<table>${signers.map((s) => row('ondertekend met', `${esc(s.subject)}<br>SHA-256-vingerafdruk van het certificaat:<br>${hash(s.certificateSha256)}`)).join('')}</table>
<p>Bij het samenstellen van deze export op ${esc(longDate(f.exportedAt, 'nl'))} zijn ${f.items.length === 1 ? 'de bundel' : `alle ${f.items.length} bundels`} opnieuw gecontroleerd: de hashwaarden van alle bestanden, het manifest, de handtekening, de tijdstempels en het logboek kloppen.${
    incomplete.length ? ` Dat bewijst dat de bestanden sinds de vastlegging ongewijzigd zijn, niet dat de vastlegging de website laat zien: ${incomplete.length === 1 ? `bijlage ${esc(incomplete[0]!)} is` : `de bijlagen ${esc(incomplete.join(', '))} zijn`} niet volledig vastgelegd (zie hierboven).` : ''
  }</p>${open.length ? `<p>Bij die controle is niet vastgesteld:</p><ul>${open.map((o) => `<li>${esc(o)}</li>`).join('')}</ul>` : ''}`;
}

function excludedNl(f: FindingsInput): string {
  if (f.excluded.length === 0) return '<p>Alle bundels van deze zaak zijn in deze export opgenomen.</p>';
  const n = f.excluded.length;
  const who = collectorName({ actor: f.exporter });
  return `<p>Op aanwijzing van ${who ? esc(who) : 'degene die de export samenstelde'} ${n === 1 ? 'is de volgende bundel' : `zijn de volgende ${n} bundels`} van deze zaak niet in deze export opgenomen; ${n === 1 ? 'deze krijgt' : 'deze krijgen'} geen bijlagenummer.</p><table>${f.excluded
    .map((x) => row('bundel', `${hash(x.bundleId)}<br><span class="url">${esc(x.url)}</span><br>vastgelegd ${esc(longDate(x.capturedAt, 'nl'))}; uitkomst ${esc(outcomeNl(x.status))}`))
    .join('')}</table>`;
}

function signatures(f: FindingsInput): string {
  const named = [...new Set(f.items.map((i) => i.exhibit.collector).filter((c): c is string => c !== null))];
  const blank = f.items.some((i) => i.exhibit.collector === null) || named.length === 0;
  const several = named.length + (blank ? 1 : 0) > 1;
  const declaration = several
    ? 'Ik verklaar dat ik de vastleggingen die hierboven op mijn naam staan, zelf en op de beschreven wijze heb gemaakt, en dat ik deze verklaring naar waarheid heb opgemaakt.'
    : 'Ik verklaar dat ik de vastleggingen die in deze verklaring zijn beschreven, zelf en op de beschreven wijze heb gemaakt, en dat ik deze verklaring naar waarheid heb opgemaakt.';
  const block = (name: string | null): string =>
    `<div style="break-inside: avoid; margin-top: 6mm"><p>${esc(declaration)}</p><table class="meta">${row('naam', name ? esc(name) : '______________________________')}${row('plaats en datum', '______________________________')}</table><div class="sign">handtekening</div></div>`;
  return [...named.map(block), ...(blank ? [block(null)] : [])].join('');
}

/** The Dutch statement of findings (in the manner of a proces-verbaal van bevindingen) that the collector signs. */
export function statementOfFindingsHtml(f: FindingsInput): string {
  const times = f.items.map((i) => i.exhibit.capturedAt).sort();
  const n = f.items.length;
  const [first, last] = [longDate(times[0]!, 'nl'), longDate(times.at(-1)!, 'nl')];
  const when = n === 1 ? `Op ${esc(first)} is één openbare webpagina vastgelegd.` : first === last ? `Op ${esc(first)} zijn ${n} openbare webpagina's vastgelegd.` : `Tussen ${esc(first)} en ${esc(last)} zijn ${n} openbare webpagina's vastgelegd.`;
  const exporter = collectorName({ actor: f.exporter });
  return htmlPage(
    `Verklaring van bevindingen — zaak ${f.caseId}`,
    `<p>Deze verklaring beschrijft hoe voor zaak ${esc(f.caseId)} openbare webpagina's zijn vastgelegd: wie dat deed, wanneer, met welk programma en met welke instellingen, en welke bewijsbundels daarbij zijn ontstaan. Zij is opgesteld op ${esc(longDate(f.exportedAt, 'nl'))}, bij het samenstellen van de export${exporter ? ` door ${esc(exporter)}` : ''} met dijkwacht ${esc(f.toolVersion)}, en is bestemd om te worden ondertekend door wie de vastleggingen heeft gemaakt.</p>
<h2>1. Vastleggingen</h2><p>${when} Elke vastlegging is een bewijsbundel met een manifest: een lijst van alle bestanden van de bundel met hun SHA-256-hashwaarde. De hashwaarde van het manifest legt daarmee de hele bundel vast. Van elke vastlegging is een afdruk als bijlage bijgevoegd (in de map exhibits/).</p>
${f.items.map(captureTable).join('')}
<h2>2. Werkwijze</h2><p>Elke pagina is geopend in een nieuwe, afgeschermde sessie van de browser Chromium, zonder in te loggen. Het programma vult geen formulieren in, uploadt en downloadt niets, klikt nergens op en laat de pagina geen gegevens naar de website sturen; pop-ups, bestandskiezers en navigatie buiten de doorverwijzingen worden geblokkeerd. Adressen in private netwerken worden geweigerd, tenzij dat uitdrukkelijk is toegestaan.</p>
<p>Vastgelegd worden onder meer de broncode van de pagina zoals die is ontvangen, de pagina zoals de browser die heeft opgebouwd en de zichtbare tekst, een schermafbeelding van de volledige pagina, het antwoord van de server met de kopregels, de doorverwijzingen, een webarchief (WARC/WACZ), de TLS-certificaatketen en de DNS-antwoorden. Bestanden die intieme beelden kunnen bevatten (de oorspronkelijke schermafbeelding, het webarchief en de afbeeldingen) zijn versleuteld opgeslagen; de bijlagen tonen een veilige weergave waarin alle afbeeldingen gepixeld zijn.</p>
<h2>3. Instellingen tijdens de vastlegging</h2><p>Elke bundel legt in het bestand artifacts/provenance.json vast met welk programma en met welke instellingen zij is gemaakt. Hieronder staan de belangrijkste; waar de bundels verschillen, staat de waarde per bijlage. De volledige lijst staat in de methodologie (methodology.pdf, in het Engels) en in provenance.json van elke bundel.</p>
${settingsTable(f.items)}
<h2>4. Waarborgen</h2>${safeguards(f)}
<h2>5. Weggelaten bundels</h2>${excludedNl(f)}
<h2>6. Ondertekening</h2>${signatures(f)}`,
    'nl',
  );
}
