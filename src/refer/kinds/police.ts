import { escapeXml as esc } from '../../core/html.js';
import { longDate } from '../../core/time.js';
import { hashHtml, row, urlHtml } from '../html-parts.js';
import type { Lang } from '../legal.js';
import type { ReferralPacket } from '../packet-types.js';
import { authority } from '../recipients.js';
import { handoverOf, reproduceSteps, type HandoverCapture } from './handover.js';
import type { RecipientKind, SpecificContext, SpecificPart } from './recipient-kind.js';

/** The police hand-over: every capture with its conditions, hashes and custody, how to repeat it, and who holds what was not sent. */
export interface PoliceSpecific {
  captures: (HandoverCapture & { reproduce: string[] })[];
  holder: { organisation: string; contact: string; actors: string[]; sealedOriginalsIncluded: false; keysIncluded: false };
}

declare module '../packet-types.js' {
  interface RecipientSpecific {
    police?: PoliceSpecific;
  }
}

const T: Record<Lang, Record<string, string>> = {
  nl: {
    handover: 'Overdracht van het bewijs',
    intro: 'Dit pakket is bedoeld als begin van een eigen onderzoek. Per vastlegging staan hieronder de omstandigheden, elke hash, de bewaarketen en hoe u de vastlegging zelf kunt herhalen. De verzegelde originelen en de sleutels zijn niet bij dit pakket gevoegd.',
    capture: 'Vastlegging',
    requested: 'Gevraagde URL',
    final: 'Uiteindelijke URL',
    status: 'Status',
    period: 'Vastgelegd',
    tool: 'Programma',
    browser: 'Browser',
    userAgent: 'User agent',
    viewport: 'Venstergrootte',
    locale: 'Taal en tijdzone',
    egress: 'Uitgaande verbinding',
    policy: 'Netwerkbeleid',
    observation: 'Alleen waarnemen',
    observed: 'ja: formulieren, uploads, downloads, pop-ups, klikken en typen waren geblokkeerd; alleen de pagina en haar doorverwijzingen werden geladen',
    privateRefused: 'verzoeken aan privé- en lokale netwerken geweigerd; elk verzoek en elke doorverwijzing vooraf gecontroleerd',
    privateAllowed: 'verzoeken aan privénetwerken toegestaan door de operator',
    ranges: 'toegestane bereiken',
    viaProxy: 'verstuurd via de ingestelde proxy',
    signer: 'Ondertekenaar',
    files: 'Bestanden en hun SHA-256',
    sealed: 'verzegeld; SHA-256 van het origineel',
    timestamps: 'Tijdstempels',
    custody: 'Bewaarketen',
    reproduce: 'Zelf herhalen',
    holder: 'Houder van de originelen en de sleutels',
    holderText: 'De verzegelde originelen en de sleutels om ze te openen worden bewaard door {organisation} ({contact}) en alleen op verzoek aan een bevoegde autoriteit verstrekt, onder vermelding van het bundel-id. Vastleggingen gemaakt door: {actors}.',
  },
  en: {
    handover: 'Hand-over of the evidence',
    intro: 'This package is meant as the start of an investigation of your own. For each capture it lists the conditions, every hash, the chain of custody and how to repeat the capture yourself. The sealed originals and the keys are not in this package.',
    capture: 'Capture',
    requested: 'Requested URL',
    final: 'Final URL',
    status: 'Status',
    period: 'Captured',
    tool: 'Tool',
    browser: 'Browser',
    userAgent: 'User agent',
    viewport: 'Window size',
    locale: 'Locale and time zone',
    egress: 'Outgoing connection',
    policy: 'Network policy',
    observation: 'Observation only',
    observed: 'yes: forms, uploads, downloads, popups, clicks and typing were blocked; only the page and its redirects were loaded',
    privateRefused: 'requests to private and local networks refused; every request and redirect checked first',
    privateAllowed: 'requests to private networks allowed by the operator',
    ranges: 'allowed ranges',
    viaProxy: 'sent through the configured proxy',
    signer: 'Signer',
    files: 'Files and their SHA-256',
    sealed: 'sealed; SHA-256 of the original',
    timestamps: 'Timestamps',
    custody: 'Chain of custody',
    reproduce: 'Repeat it yourself',
    holder: 'Holder of the originals and the keys',
    holderText: 'The sealed originals and the keys to open them are kept by {organisation} ({contact}) and released only to a competent authority on request, quoting the bundle id. Captures made by: {actors}.',
  },
};

async function policeSpecific({ req, packet: p, warnings }: SpecificContext): Promise<SpecificPart> {
  const evidence = p.domains.flatMap((d) => d.evidence);
  const captures = (await handoverOf(req.store, evidence, warnings)).map((c) => ({ ...c, reproduce: reproduceSteps(c, p.language) }));
  if (captures.some((c) => c.status !== 'COMPLETE')) warnings.push('A capture in the police package is not COMPLETE: its status and reasons are in the package; consider capturing it again first.');
  const actors = [...new Set(captures.flatMap((c) => c.custody.map((e) => e.actor)).filter((a): a is string => Boolean(a)))];
  return { police: { captures, holder: { organisation: p.reporter.organisation, contact: p.reporter.email, actors, sealedOriginalsIncluded: false, keysIncluded: false } } };
}

function captureHtml(c: PoliceSpecific['captures'][number], lang: Lang): string {
  const L = T[lang];
  const k = c.conditions;
  const np = k.networkPolicy;
  const policy = np ? [np.privateNetworks === 'refused' ? L.privateRefused! : L.privateAllowed!, np.allowedRanges.length > 0 ? `${L.ranges!}: ${np.allowedRanges.join(', ')}` : null, np.viaProxy ? L.viaProxy! : null].filter(Boolean).join('; ') : null;
  const opt = (label: string, v: string | null): string => (v ? row(label, esc(v)) : '');
  const files = c.artifacts.map((a) => `<li><span class="mono">${esc(a.path)}</span>${hashHtml(a.sha256)}${a.sealed && a.plaintextSha256 ? `${esc(L.sealed!)}: ${hashHtml(a.plaintextSha256)}` : ''}</li>`).join('');
  const stamps = c.timestamps.map((t) => `<li>${esc(longDate(t.genTime, lang))} — <span class="url">${esc(t.tsa)}</span>${hashHtml(t.tokenSha256)}</li>`).join('');
  const custody = c.custody.map((e) => `<li>${e.seq}. <span class="mono">${esc(e.event)}</span> — ${esc(longDate(e.time, lang))}${e.actor ? ` — ${esc(e.actor)}` : ''}</li>`).join('');
  return `<h3>${esc(L.capture!)} <span class="mono">${esc(c.bundleId)}</span></h3>
<table class="kv">${row(L.requested!, urlHtml(c.requestedUrl))}${c.finalUrl ? row(L.final!, urlHtml(c.finalUrl)) : ''}${row(L.status!, esc(`${c.status}${c.httpStatus ? ` (HTTP ${c.httpStatus})` : ''}`))}${row(L.period!, `${esc(longDate(c.startedAt, lang))} <span class="mono">${esc(c.startedAt)}</span>`)}${row('manifest.json', c.manifestSha256 ? hashHtml(c.manifestSha256) : '—')}${opt(L.tool!, k.tool)}${opt(L.browser!, k.browser)}${opt(L.userAgent!, k.userAgent)}${opt(L.viewport!, k.viewport)}${opt(L.locale!, [k.locale, k.timezone].filter(Boolean).join(', ') || null)}${opt(L.egress!, k.egress)}${opt(L.policy!, policy)}${k.observationOnly ? row(L.observation!, esc(L.observed!)) : ''}${c.signer ? row(L.signer!, `${esc(c.signer.subject)}${hashHtml(c.signer.certificateSha256)}`) : ''}</table>
<p><b>${esc(L.files!)}</b></p><ul>${files}</ul>
${stamps ? `<p><b>${esc(L.timestamps!)}</b></p><ul>${stamps}</ul>` : ''}
${custody ? `<p><b>${esc(L.custody!)}</b></p><ul>${custody}</ul>` : ''}
<p><b>${esc(L.reproduce!)}</b></p><ol>${c.reproduce.map((s) => `<li>${esc(s)}</li>`).join('')}</ol>`;
}

function policeHtml(p: ReferralPacket): string {
  const s = p.recipientSpecific.police;
  if (!s) return '';
  const L = T[p.language];
  const holder = L.holderText!.replace('{organisation}', s.holder.organisation).replace('{contact}', s.holder.contact).replace('{actors}', s.holder.actors.join(', ') || '—');
  return `<h2>${esc(L.handover!)}</h2><p>${esc(L.intro!)}</p>${s.captures.map((c) => captureHtml(c, p.language)).join('\n')}<h2>${esc(L.holder!)}</h2><p>${esc(holder)}</p>`;
}

export const POLICE: RecipientKind = {
  id: 'police',
  who: 'the police and the public prosecutor: a hand-over package to start their own investigation',
  foundFrom: 'data/recipients.json',
  refers: true,
  defaultLang: 'nl',
  silenceDays: 28,
  escalation: () => [],
  legalGrounds: ['Art. 139h Sr', 'Art. 161 Sv'],
  groundIds: () => ['nl-sr-139h', 'nl-sv-161'],
  grounds: {
    'nl-sv-161': {
      citation: { en: 'Dutch Code of Criminal Procedure (Wetboek van Strafvordering), Art. 161', nl: 'Wetboek van Strafvordering, art. 161' },
      summary: {
        en: 'Anyone who has knowledge of a criminal offence that has been committed is entitled to report it. This package is such a report, with the evidence prepared so that the police can verify it and take it over.',
        nl: 'Ieder die kennis draagt van een begaan strafbaar feit, is bevoegd daarvan aangifte te doen. Dit pakket is zo’n melding, met het bewijs zo voorbereid dat de politie het kan controleren en overnemen.',
      },
    },
  },
  templateKeys: [],
  recipientFor(_f, opts) {
    const a = authority('police');
    return { type: 'police', name: a.name, email: opts.address ?? a.email, web: a.web };
  },
  specific: policeSpecific,
  specificHtml: policeHtml,
};
