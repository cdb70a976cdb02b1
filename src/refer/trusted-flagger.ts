import { UsageError } from '../core/errors.js';
import { longDate } from '../core/time.js';
import { loadConfigSection } from '../options/index.js';
import { esc } from './html-parts.js';
import type { Lang } from './legal.js';

/** The notifier's status as a trusted flagger (Art. 22 DSA), from the config file's `trustedFlagger` section. */
export interface TrustedFlagger {
  /** The Digital Services Coordinator that awarded the status. */
  awardedBy: string;
  /** The date of the award decision (YYYY-MM-DD). */
  decisionDate: string;
  /** The decision's reference, or its entry in the Commission's list of trusted flaggers. */
  reference: string;
  /** The areas of expertise the status covers, as the decision names them. */
  areas: string[];
}

/** The kinds whose packets carry the status: hosting services and online platforms, who act on Art. 16 notices. */
export const TRUSTED_FLAGGER_KINDS: readonly string[] = ['host', 'cdn', 'messaging', 'appstore'];

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The trusted-flagger section, checked field by field; null when the config has none. Each fault
 * is one sentence naming the key, so a status is never claimed on half-filled data.
 */
export function loadTrustedFlagger(input: { configFile?: string | null; env?: NodeJS.ProcessEnv; cwd?: string } = {}): TrustedFlagger | null {
  const raw = loadConfigSection('trustedFlagger', input);
  if (raw === undefined || raw === null) return null;
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new UsageError('"trustedFlagger" in the config file must be an object {awardedBy, decisionDate, reference, areas}.');
  const s = raw as Record<string, unknown>;
  const known = ['awardedBy', 'decisionDate', 'reference', 'areas'];
  const unknown = Object.keys(s).find((k) => !known.includes(k));
  if (unknown) throw new UsageError(`"trustedFlagger.${unknown}" is not a known key (use ${known.join(', ')}).`);
  const text = (key: string): string => {
    const v = s[key];
    if (typeof v !== 'string' || v.trim() === '') throw new UsageError(`"trustedFlagger.${key}" must be a non-empty string.`);
    return v.trim();
  };
  const decisionDate = text('decisionDate');
  if (!DATE.test(decisionDate) || Number.isNaN(Date.parse(`${decisionDate}T00:00:00Z`))) throw new UsageError(`"trustedFlagger.decisionDate" must be a date YYYY-MM-DD, not "${decisionDate}".`);
  const areas = s.areas ?? [];
  if (!Array.isArray(areas) || areas.some((a) => typeof a !== 'string' || a.trim() === '')) throw new UsageError('"trustedFlagger.areas" must be a list of non-empty strings.');
  return { awardedBy: text('awardedBy'), decisionDate, reference: text('reference'), areas: (areas as string[]).map((a) => a.trim()) };
}

const TEXT: Record<Lang, { heading: string; status: (t: TrustedFlagger) => string; priority: string; areas: string }> = {
  en: {
    heading: 'Trusted flagger (Art. 22 DSA)',
    status: (t) => `The notifier has the status of trusted flagger, awarded by ${t.awardedBy} on ${longDate(`${t.decisionDate}T12:00:00Z`, 'en', { dateOnly: true })} (reference ${t.reference}).`,
    priority:
      'Providers of online platforms must give priority to notices from trusted flaggers, submitted within their designated area of expertise through the mechanisms of Art. 16, and process and decide on them without undue delay (Art. 22(1) DSA). We ask you to give this notice that priority; where your service is not an online platform, we ask you to give it the same priority voluntarily.',
    areas: 'Areas of expertise',
  },
  nl: {
    heading: 'Betrouwbare flagger (art. 22 DSA)',
    status: (t) => `De melder heeft de status van betrouwbare flagger, toegekend door ${t.awardedBy} op ${longDate(`${t.decisionDate}T12:00:00Z`, 'nl', { dateOnly: true })} (kenmerk ${t.reference}).`,
    priority:
      'Aanbieders van onlineplatforms moeten meldingen van betrouwbare flaggers, ingediend binnen hun aangewezen deskundigheidsgebied via de mechanismen van art. 16, met voorrang behandelen en er onverwijld over beslissen (art. 22 lid 1 DSA). Wij vragen u deze melding die voorrang te geven; is uw dienst geen onlineplatform, dan vragen wij u haar vrijwillig dezelfde voorrang te geven.',
    areas: 'Deskundigheidsgebieden',
  },
};

/** The packet's statement of the status, in its language; null when there is none or the kind does not act on Art. 16 notices. */
export function trustedFlaggerPart(t: TrustedFlagger | null | undefined, kind: string, lang: Lang): { status: TrustedFlagger; statement: string; priorityRequest: string } | null {
  if (!t || !TRUSTED_FLAGGER_KINDS.includes(kind)) return null;
  return { status: t, statement: TEXT[lang].status(t), priorityRequest: TEXT[lang].priority };
}

/** Its section of the PDF and e-mail dossier. */
export function trustedFlaggerHtml(part: ReturnType<typeof trustedFlaggerPart> | undefined, lang: Lang): string {
  if (!part) return '';
  const L = TEXT[lang];
  const areas = part.status.areas.length > 0 ? `<p>${esc(L.areas)}: ${part.status.areas.map(esc).join('; ')}</p>` : '';
  return `<h2>${esc(L.heading)}</h2><p>${esc(part.statement)}</p>${areas}<p><b>${esc(part.priorityRequest)}</b></p>`;
}
