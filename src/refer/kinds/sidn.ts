import { escapeXml as esc } from '../../core/html.js';
import { UsageError } from '../../core/errors.js';
import { longDate } from '../../core/time.js';
import { sidnChain } from '../chronology.js';
import { addr } from '../html-parts.js';
import { packetLabels, WORDS } from '../labels.js';
import type { PacketDomain, ReferralPacket } from '../packet-types.js';
import { authority, isNl } from '../recipients.js';
import type { PacketTexts } from '../texts.js';
import type { RecipientKind, SpecificContext, SpecificPart } from './recipient-kind.js';

/** Why the registrant data may be false or held by a nominee (the SIDN terms art. 18 route). */
function looksNominee(d: PacketDomain, t: PacketTexts['nominee']): string[] {
  const grounds: string[] = [];
  if (d.registrant.redacted) grounds.push(t.redacted);
  if (!d.registrant.org && !d.registrant.redacted) grounds.push(t.noOrg);
  if (d.registrant.org && /privacy|proxy|redacted|nominee|whois|protect/i.test(d.registrant.org)) grounds.push(t.privacy(d.registrant.org));
  return grounds;
}

function sidnSpecific({ packet: p, notices, warnings, texts }: SpecificContext): SpecificPart {
  const chain = sidnChain(notices);
  const missingSteps = chain.filter((s) => s.status === 'not-contacted' && (s.step === 'host' || s.step === 'registrar')).map((s) => s.step);
  if (missingSteps.length > 0) warnings.push(`SIDN acts only after the earlier links of the chain: no notice to the ${missingSteps.join(' and ')} is recorded yet ("dijkwacht refer --to ${missingSteps[0]!}" then "dijkwacht notices sent").`);
  const untried = chain.filter((s) => s.status === 'not-contacted' && (s.step === 'site' || s.step === 'registrant')).map((s) => (s.step === 'site' ? 'the site manager' : 'the registrant'));
  if (untried.length > 0) warnings.push(`The SIDN packet shows ${untried.join(' and ')} as "niet benaderd": SIDN expects every earlier link to be tried. Contact ${untried.length > 1 ? 'them' : 'it'} (the site's contact page, the registrant's published address) and record it with "dijkwacht notices sent", or be ready to explain to SIDN why no contact could be made.`);
  const grounds = p.domains.flatMap((d) => looksNominee(d, texts.nominee).map((g) => `${d.domain}: ${g}`));
  return { sidn: { chain, chainComplete: chain.every((s) => s.status !== 'not-contacted'), missingSteps, registrationDataVerification: { requested: grounds.length > 0, grounds }, signedRequestRequired: true } };
}

function sidnHtml(p: ReferralPacket): string {
  const s = p.recipientSpecific.sidn;
  if (!s) return '';
  const L = packetLabels(p.language);
  const w = WORDS[p.language];
  return `<h2>${esc(L.chain)}</h2><table><tr><th>${esc(L.step)}</th><th>${esc(L.status)}</th><th>${esc(L.date)}</th><th>${esc(L.address)}</th><th>${esc(L.answer)}</th></tr>${s.chain
    .map((c) => `<tr><td>${esc(w.step[c.step] ?? c.step)}</td><td>${esc(w.chain[c.status] ?? c.status)}</td><td>${c.date ? esc(longDate(c.date, p.language)) : '—'}</td><td>${c.address ? addr(c.address, L.unknown) : '—'}</td><td>${esc(c.answer ?? '—')}</td></tr>`)
    .join('')}</table>
<h2>${esc(L.registrationData)}</h2>${s.registrationDataVerification.requested ? `<ul>${s.registrationDataVerification.grounds.map((g) => `<li>${esc(g)}</li>`).join('')}</ul>` : '<p>—</p>'}`;
}

export const SIDN: RecipientKind = {
  id: 'sidn',
  who: 'SIDN, the registry of .nl (notice-and-takedown)',
  foundFrom: 'data/recipients.json; only for .nl names',
  refers: true,
  defaultLang: 'nl',
  silenceDays: 28,
  escalation: () => [],
  legalGrounds: ['SIDN notice-and-takedown', 'SIDN general terms art. 18', 'Art. 139h Sr'],
  groundIds: () => ['nl-sr-139h', 'sidn-ntd', 'sidn-terms-18'],
  templateKeys: [],
  recipientFor(f, opts) {
    if (!isNl(f)) throw new UsageError(`${f.domain} is not a .nl domain: SIDN only handles .nl. Use --to registrar (and --to acm when providers in the Netherlands ignore notices).`);
    const a = authority('sidn');
    return { type: 'sidn', name: a.name, email: opts.address ?? a.email, web: a.web };
  },
  specific: sidnSpecific,
  specificHtml: sidnHtml,
};
