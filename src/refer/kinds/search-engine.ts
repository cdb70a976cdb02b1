import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Catalog } from '../../catalog/index.js';
import { SqliteSearchAnswerRepository, type StoredSearchAnswer } from '../../catalog/repositories/search-answers.js';
import { escapeXml as esc } from '../../core/html.js';
import { UsageError } from '../../core/errors.js';
import { longDate } from '../../core/time.js';
import { projectRoot } from '../../core/version.js';
import { API_NAMES, attributedEngines } from '../../discover/search/index.js';
import { hashHtml, row, urlHtml } from '../html-parts.js';
import type { Lang } from '../legal.js';
import type { ReferralPacket } from '../packet-types.js';
import type { RecipientKind, RecipientOptions, SpecificContext, SpecificPart } from './recipient-kind.js';

/** Where the engine ranked the service: one stored search result, the answer it was read from and who ranked it. */
export interface SearchEngineFinding {
  domain: string;
  query: string;
  rank: number;
  url: string;
  title: string | null;
  /** When discovery recorded the result. */
  foundAt: string;
  /** The search client that asked (searxng, google, brave) and its name. */
  client: string;
  via: string;
  /** The engines the answer names for this result. */
  rankedBy: string[];
  answerSha256: string;
}

/** A stored answer as received, embedded so that its hash can be checked from packet.json alone. */
export interface SearchEngineAnswer {
  sha256: string;
  client: string;
  via: string;
  query: string;
  page: number;
  retrievedAt: string;
  httpStatus: number;
  mediaType: string | null;
  size: number;
  /** The body exactly as received (UTF-8); its SHA-256 is `sha256`. */
  body: string;
}

export interface SearchEngineSpecific {
  engine: string;
  name: string;
  veryLargeOnlineSearchEngine: { designated: string; source: string } | null;
  policy: { title: string; url: string; summary: string; checked: string };
  intake: { email: string | null; web: string | null; what: string | null; source: string | null; checked: string | null };
  findings: SearchEngineFinding[];
  answers: SearchEngineAnswer[];
  answerCheck: string;
}

declare module '../packet-types.js' {
  interface RecipientSpecific {
    'search-engine'?: SearchEngineSpecific;
  }
}

interface EngineEntry {
  name: string;
  clients: string[];
  vlose: { designated: string; source: string; checked: string } | null;
  intake: { email: string | null; web: string | null; what: Record<Lang, string>; source: string; checked: string } | null;
  intakeNote?: string;
  policy: { title: string; url: string; summary: Record<Lang, string>; checked: string };
}

export const SEARCH_ENGINE_DATA = resolve(projectRoot, 'data', 'recipients', 'search-engine.json');
let engines: Record<string, EngineEntry> | undefined;
const engineData = (): Record<string, EngineEntry> => (engines ??= (JSON.parse(readFileSync(SEARCH_ENGINE_DATA, 'utf8')) as { engines: Record<string, EngineEntry> }).engines);

/** The engine --engine names, from data/recipients/search-engine.json; one sentence when it is missing or unknown. */
export function engineEntry(id: string | null | undefined): { id: string; entry: EngineEntry } {
  const known = Object.keys(engineData());
  if (!id) throw new UsageError(`Name the search engine the packet goes to: --engine ${known.join('|')}.`);
  const key = id.trim().toLowerCase();
  const entry = engineData()[key];
  if (!entry) throw new UsageError(`No search engine "${id}" in data/recipients/search-engine.json; use --engine ${known.join('|')}.`);
  return { id: key, entry };
}

const MAX_FINDINGS_PER_DOMAIN = 10;

/**
 * The stored results in which `engine` ranked the domain, best rank first: only results whose
 * stored answer names the engine (its own API, or a SearXNG answer that lists it for the result).
 * `unproven` counts results stored before answers were kept, which cannot be cited.
 */
export async function engineFindings(catalog: Catalog, domain: string, engine: string): Promise<{ findings: (SearchEngineFinding & { answer: StoredSearchAnswer })[]; unproven: number; elsewhere: string[] }> {
  const repo = new SqliteSearchAnswerRepository(catalog);
  const all = await repo.findings(domain);
  const out = new Map<string, SearchEngineFinding & { answer: StoredSearchAnswer }>();
  const elsewhere = new Set<string>();
  let unproven = 0;
  for (const f of all) {
    if (!f.answer) {
      unproven++;
      continue;
    }
    const body = await repo.body(f.answer.id);
    const rankedBy = body ? attributedEngines(f.engine, body, f.url) : [];
    if (!rankedBy.includes(engine)) {
      for (const e of rankedBy.length > 0 ? rankedBy : [f.engine]) elsewhere.add(e);
      continue;
    }
    const finding = { domain, query: f.query, rank: f.rank, url: f.url, title: f.title, foundAt: f.at, client: f.engine, via: API_NAMES[f.engine] ?? f.engine, rankedBy, answerSha256: f.answer.sha256, answer: f.answer };
    // The newest result per query, client and URL: a later discovery supersedes an earlier one.
    out.set(`${f.query}\u0000${f.engine}\u0000${f.url}`, finding);
  }
  const findings = [...out.values()].sort((a, b) => a.rank - b.rank || b.foundAt.localeCompare(a.foundAt) || a.query.localeCompare(b.query));
  return { findings, unproven, elsewhere: [...elsewhere].sort() };
}

const noFindings = (domain: string, engine: string, name: string, found: Awaited<ReturnType<typeof engineFindings>>): UsageError =>
  new UsageError(
    found.unproven > 0 && found.elsewhere.length === 0
      ? `The search results of ${domain} were stored before dijkwacht kept the raw answers, so no ranking by ${name} can be shown: run "dijkwacht discover --engine ${engine === 'google' ? 'google' : 'searxng'}" again with the queries that found it.`
      : `No stored search answer shows ${name} ranking ${domain}${found.elsewhere.length > 0 ? ` (it was found through ${found.elsewhere.join(', ')})` : ''}: run "dijkwacht discover" with ${engine === 'google' ? '--engine google (Google Programmable Search), or ' : ''}--engine searxng on an instance with the ${engine} engine enabled, then build the packet again.`,
  );

function recipientFor(f: { domain: string }, opts: RecipientOptions) {
  const { id, entry } = engineEntry(opts.engine);
  return engineFindings(opts.catalog, f.domain, id).then((found) => {
    if (found.findings.length === 0) throw noFindings(f.domain, id, entry.name, found);
    const email = opts.address ?? entry.intake?.email ?? null;
    const web = entry.intake?.web ?? null;
    if (!email && !web) throw new UsageError(`No verified intake route for ${entry.name} is recorded in data/recipients/search-engine.json${entry.intakeNote ? ` (${entry.intakeNote.replace(/[.;]\s.*$/, '')})` : ''}: pass --address with the address of its current reporting route, or add that route with its source and checked date.`);
    return { type: 'search-engine', name: entry.name, email, web };
  });
}

/** Every service in the catalog (nudify or deepfake) that a stored answer shows the engine ranking. */
async function domainsFor(opts: RecipientOptions): Promise<string[]> {
  const { id, entry } = engineEntry(opts.engine);
  const services = (opts.catalog.stmt("SELECT domain FROM sites WHERE label IN ('nudify', 'deepfake') ORDER BY domain").all() as { domain: string }[]).map((r) => r.domain);
  const out: string[] = [];
  for (const d of services) if ((await engineFindings(opts.catalog, d, id)).findings.length > 0) out.push(d);
  if (out.length === 0) throw new UsageError(`No service in the catalog has a stored search answer in which ${entry.name} ranks it: run "dijkwacht discover" (${id === 'google' ? '--engine google, or ' : ''}--engine searxng with the ${id} engine enabled), confirm the services found, then build the packet again.`);
  return out;
}

const TEXT = {
  en: {
    findings: (n: string) => `Where ${n} shows the service`,
    query: 'search query',
    rank: 'position',
    found: 'found',
    via: 'asked through',
    rankedBy: 'ranked by',
    answer: 'SHA-256 of the search answer',
    answers: 'Stored search answers',
    retrieved: 'retrieved',
    size: 'size',
    bytes: 'bytes',
    page: 'page',
    policy: 'The search engine\'s own policy',
    checked: 'checked on',
    intake: 'Where it takes reports',
    vlose: (n: string, date: string) => `${n} was designated a very large online search engine under Art. 33 DSA on ${date}`,
    answerCheck: 'Each stored answer is included in packet.json (recipientSpecific, search-engine, answers, body) exactly as it was received; its SHA-256 is computed over the UTF-8 bytes of that body, for example: jq -j \'.recipientSpecific["search-engine"].answers[0].body\' packet.json | sha256sum. The position is the place of the URL among the results of that answer.',
  },
  nl: {
    findings: (n: string) => `Waar ${n} de dienst toont`,
    query: 'zoekopdracht',
    rank: 'positie',
    found: 'gevonden',
    via: 'gevraagd via',
    rankedBy: 'gerangschikt door',
    answer: 'SHA-256 van het zoekantwoord',
    answers: 'Bewaarde zoekantwoorden',
    retrieved: 'opgehaald',
    size: 'grootte',
    bytes: 'bytes',
    page: 'pagina',
    policy: 'Het eigen beleid van de zoekmachine',
    checked: 'gecontroleerd op',
    intake: 'Waar zij meldingen ontvangt',
    vlose: (n: string, date: string) => `${n} is op ${date} op grond van art. 33 DSA aangewezen als zeer grote onlinezoekmachine`,
    answerCheck: 'Elk bewaard antwoord staat in packet.json (recipientSpecific, search-engine, answers, body), precies zoals het is ontvangen; de SHA-256 is berekend over de UTF-8-bytes van dat veld, bijvoorbeeld: jq -j \'.recipientSpecific["search-engine"].answers[0].body\' packet.json | sha256sum. De positie is de plaats van de URL in de resultaten van dat antwoord.',
  },
} as const;

async function searchSpecific({ req, packet: p, warnings }: SpecificContext): Promise<SpecificPart> {
  const { id, entry } = engineEntry(req.engine);
  const repo = new SqliteSearchAnswerRepository(req.catalog);
  const findings: SearchEngineFinding[] = [];
  const answers = new Map<string, SearchEngineAnswer>();
  for (const d of p.domains) {
    const found = await engineFindings(req.catalog, d.domain, id);
    if (found.unproven > 0) warnings.push(`${found.unproven} search result(s) of ${d.domain} were stored before raw answers were kept and are left out of the packet: only rankings whose answer is stored are cited.`);
    if (found.findings.length > MAX_FINDINGS_PER_DOMAIN) warnings.push(`${d.domain}: ${found.findings.length} rankings by ${entry.name} are stored; the packet cites the ${MAX_FINDINGS_PER_DOMAIN} best placed.`);
    for (const { answer: meta, ...f } of found.findings.slice(0, MAX_FINDINGS_PER_DOMAIN)) {
      findings.push(f);
      if (answers.has(f.answerSha256)) continue;
      const body = await repo.body(meta.id);
      answers.set(f.answerSha256, { sha256: meta.sha256, client: meta.engine, via: API_NAMES[meta.engine] ?? meta.engine, query: meta.query, page: meta.page, retrievedAt: meta.retrievedAt, httpStatus: meta.httpStatus, mediaType: meta.mediaType, size: meta.size, body: body!.toString('utf8') });
    }
  }
  if (id === 'google') warnings.push('Google\'s policy on explicit non-consensual fake imagery takes requests from the person depicted or an authorised representative; this packet reports the service itself, so submit it through Google\'s form for reporting content for legal reasons (the packet\'s intake), choosing Google Search.');
  const lang = p.language;
  return {
    'search-engine': {
      engine: id,
      name: entry.name,
      veryLargeOnlineSearchEngine: entry.vlose ? { designated: entry.vlose.designated, source: entry.vlose.source } : null,
      policy: { title: entry.policy.title, url: entry.policy.url, summary: entry.policy.summary[lang], checked: entry.policy.checked },
      intake: { email: p.recipient.email, web: p.recipient.web, what: entry.intake?.what[lang] ?? null, source: entry.intake?.source ?? null, checked: entry.intake?.checked ?? null },
      findings,
      answers: [...answers.values()],
      answerCheck: TEXT[lang].answerCheck,
    },
  };
}

function searchHtml(p: ReferralPacket): string {
  const s = p.recipientSpecific['search-engine'];
  if (!s) return '';
  const T = TEXT[p.language];
  const day = (iso: string): string => esc(longDate(iso, p.language, { dateOnly: true }));
  const [open, close] = p.language === 'nl' ? ['„', '”'] : ['“', '”'];
  const quoted = (q: string): string => `${open}${esc(q)}${close}`;
  // One entry per answer and query: the positions the service holds in it, each with its URL.
  const groups = new Map<string, SearchEngineFinding[]>();
  for (const f of s.findings) groups.set(`${f.domain}\u0000${f.query}\u0000${f.answerSha256}`, [...(groups.get(`${f.domain}\u0000${f.query}\u0000${f.answerSha256}`) ?? []), f]);
  const findings = [...groups.values()]
    .map((g) => {
      const f = g[0]!;
      const places = g.map((x) => `${esc(T.rank)} ${x.rank}: ${urlHtml(x.url)}`).join('<br>');
      return `<li><b>${esc(f.domain)}</b> — ${esc(T.query)} ${quoted(f.query)}, ${esc(T.found)} ${esc(longDate(f.foundAt, p.language))}<br>${places}<br>${esc(T.via)} ${esc(f.via)}; ${esc(T.rankedBy)} ${esc(f.rankedBy.join(', '))}<br>${esc(T.answer)}:${hashHtml(f.answerSha256)}</li>`;
    })
    .join('');
  const answers = s.answers
    .map((a) => `<table class="kv">${row('SHA-256', hashHtml(a.sha256))}${row(T.retrieved, `${esc(longDate(a.retrievedAt, p.language))} <span class="mono">${esc(a.retrievedAt)}</span>`)}${row(T.via, esc(a.via))}${row(T.query, `${quoted(a.query)}, ${esc(T.page)} ${a.page}`)}${row(T.size, `${a.size} ${esc(T.bytes)}, HTTP ${a.httpStatus}${a.mediaType ? `, <span class="mono">${esc(a.mediaType)}</span>` : ''}`)}</table>`)
    .join('');
  const intake = [s.intake.web ? urlHtml(s.intake.web) : '', s.intake.email ? `<span class="addr">${esc(s.intake.email)}</span>` : '', s.intake.what ? esc(s.intake.what) : ''].filter(Boolean).join('<br>');
  const vlose = s.veryLargeOnlineSearchEngine ? `<p>${esc(T.vlose(s.name, longDate(s.veryLargeOnlineSearchEngine.designated, p.language, { dateOnly: true })))}: ${urlHtml(s.veryLargeOnlineSearchEngine.source)}</p>` : '';
  return `<h2>${esc(T.findings(s.name))}</h2><ul>${findings}</ul>
<h3>${esc(T.answers)}</h3>${answers}<p>${esc(s.answerCheck)}</p>
<h2>${esc(T.policy)}</h2><table class="kv">${row(s.policy.title, `${esc(s.policy.summary)}<br>${urlHtml(s.policy.url)} (${esc(T.checked)} ${day(s.policy.checked)})`)}${row(T.intake, intake || '—')}</table>${vlose}`;
}

export const SEARCH_ENGINE: RecipientKind = {
  id: 'search-engine',
  who: 'a search engine that ranks the service (Google Search, Bing)',
  foundFrom: 'the stored search answers of discovery in which the engine ranks the service; intake from data/recipients/search-engine.json',
  refers: true,
  defaultLang: 'en',
  silenceDays: 14,
  escalation: () => [],
  legalGrounds: ['Art. 139h Sr', 'Arts. 34 and 35 DSA (very large online search engines, as context)'],
  groundIds: () => ['nl-sr-139h', 'dsa-34-35'],
  grounds: {
    'dsa-34-35': {
      citation: { en: 'Digital Services Act, Arts. 34 and 35 (very large online search engines)', nl: 'Digital Services Act, art. 34 en 35 (zeer grote onlinezoekmachines)' },
      summary: {
        en: "Providers of very large online search engines must diligently identify, analyse and assess the systemic risks stemming from the design, functioning and use of their service and its algorithmic systems, among them the dissemination of illegal content (Art. 34(1)(a)), negative effects on fundamental rights such as human dignity and respect for private life (Art. 34(1)(b)), and negative effects in relation to gender-based violence and a person's physical and mental well-being (Art. 34(1)(d)). They must put in place reasonable, proportionate and effective measures to mitigate those risks, which may include adapting content moderation processes, including the speed and quality of processing notices and the expeditious removal of, or disabling of access to, notified content in respect of cyber violence (Art. 35(1)(c)), and testing and adapting their algorithmic systems (Art. 35(1)(d)). Cited as context for this request, not as a notice-and-action procedure.",
        nl: 'Aanbieders van zeer grote onlinezoekmachines moeten de systeemrisico\'s die voortvloeien uit het ontwerp, de werking en het gebruik van hun dienst en de algoritmische systemen ervan zorgvuldig vaststellen, analyseren en beoordelen, waaronder de verspreiding van illegale inhoud (art. 34 lid 1 onder a), negatieve gevolgen voor grondrechten zoals de menselijke waardigheid en de eerbiediging van het privéleven (art. 34 lid 1 onder b), en negatieve gevolgen met betrekking tot gendergerelateerd geweld en het lichamelijk en geestelijk welzijn van personen (art. 34 lid 1 onder d). Zij moeten redelijke, evenredige en doeltreffende maatregelen nemen om die risico\'s te beperken, zoals het aanpassen van de processen voor inhoudsmoderatie, met inbegrip van de snelheid en kwaliteit van de verwerking van meldingen en het snel verwijderen of ontoegankelijk maken van gemelde inhoud bij cybergeweld (art. 35 lid 1 onder c), en het testen en aanpassen van hun algoritmische systemen (art. 35 lid 1 onder d). Aangehaald als context bij dit verzoek, niet als kennisgevings- en actiemechanisme.',
      },
    },
  },
  templateKeys: [],
  takes: ['engine'],
  recipientFor,
  domainsFor,
  specific: searchSpecific,
  specificHtml: searchHtml,
};

