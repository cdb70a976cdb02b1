import { runHistoryRepository, type RunHistoryRepository } from '../catalog/repositories/run-history.js';
import type { Label } from '../classify/labels.js';

/** Labels that name a service (what an alert is about); directories and unrelated sites are not. */
const SERVICES: readonly Label[] = ['nudify', 'deepfake'];

/** The JSON body every webhook receives; e-mails say the same in text. Version 1 of this shape. */
export interface AlertBody {
  kind: 'dijkwacht.alert';
  version: 1;
  job: string;
  exitCode: number;
  startedAt: string;
  endedAt: string;
  /** One line: "2 new services, 1 moved, 0 gone, 0 failed runs (job nightly)". */
  summary: string;
  counts: { newServices: number; moved: number; goneServices: number; backOnline: number; failedRuns: number };
  runs: { name: string; kind: string; status: string; comparedWith: string | null }[];
  newServices: { domain: string; label: Label; run: string }[];
  moved: { from: string; to: string; evidence: string; run: string }[];
  goneServices: { domain: string; label: Label; run: string }[];
  /** Services an earlier run found online, then gone, and now online again. */
  backOnline: { domain: string; label: Label; run: string }[];
  /** Runs that failed or were interrupted, and a job that ended with a non-zero exit code. */
  failures: { run: string | null; reason: string }[];
}

export type RunHistory = RunHistoryRepository;

/** The catalog's run history. */
export const runHistory = runHistoryRepository;

export interface JobOutcome {
  job: string;
  exitCode: number;
  startedAt: string;
  endedAt: string;
  /** The newest run id before the job started: runs after it are the job's. */
  runsBefore: number;
}

/** What a finished job changed: new, moved and gone services per run it made, and its failures. */
export async function buildAlert(history: RunHistory, outcome: JobOutcome): Promise<AlertBody> {
  const body: AlertBody = {
    kind: 'dijkwacht.alert',
    version: 1,
    job: outcome.job,
    exitCode: outcome.exitCode,
    startedAt: outcome.startedAt,
    endedAt: outcome.endedAt,
    summary: '',
    counts: { newServices: 0, moved: 0, goneServices: 0, backOnline: 0, failedRuns: 0 },
    runs: [],
    newServices: [],
    moved: [],
    goneServices: [],
    backOnline: [],
    failures: [],
  };
  for (const run of await history.runsAfter(outcome.runsBefore)) {
    const previous = await history.previousRun(run);
    body.runs.push({ name: run.name, kind: run.kind, status: run.status, comparedWith: previous?.name ?? null });
    if (run.status !== 'done') {
      body.failures.push({ run: run.name, reason: typeof run.stats.failure === 'string' ? run.stats.failure : `the run ended ${run.status}` });
      continue;
    }
    if (!previous) {
      // A first run: every service it found is new.
      for (const site of await history.sitesOnline(run.id)) if (SERVICES.includes(site.label)) body.newServices.push({ ...site, run: run.name });
      continue;
    }
    const d = await history.diff(previous, run);
    const appeared = [...d.newSites.filter((s) => SERVICES.includes(s.label)), ...d.labelChanges.filter((c) => SERVICES.includes(c.to) && !SERVICES.includes(c.from)).map((c) => ({ domain: c.domain, label: c.to }))];
    const returning = await history.seenOnlineBefore(
      appeared.map((s) => s.domain),
      run.id,
    );
    for (const s of appeared) (returning.has(s.domain) ? body.backOnline : body.newServices).push({ domain: s.domain, label: s.label, run: run.name });
    for (const m of d.moves) body.moved.push({ ...m, run: run.name });
    for (const s of d.goneOffline) if (SERVICES.includes(s.label)) body.goneServices.push({ ...s, run: run.name });
  }
  if (outcome.exitCode !== 0 && body.failures.length === 0) body.failures.push({ run: null, reason: `the job ended with exit code ${outcome.exitCode}` });
  body.counts = { newServices: body.newServices.length, moved: body.moved.length, goneServices: body.goneServices.length, backOnline: body.backOnline.length, failedRuns: body.failures.length };
  body.summary = summaryLine(body);
  return body;
}

/** True when the alert has something to tell: a change in services or a failure. */
export function isNews(body: AlertBody): boolean {
  const c = body.counts;
  return c.newServices + c.moved + c.goneServices + c.backOnline + c.failedRuns > 0;
}

function summaryLine(body: AlertBody): string {
  const c = body.counts;
  const n = (k: number, one: string, many: string): string => `${k} ${k === 1 ? one : many}`;
  const back = c.backOnline > 0 ? `, ${c.backOnline} back online` : '';
  return `${n(c.newServices, 'new service', 'new services')}, ${c.moved} moved, ${c.goneServices} gone${back}, ${n(c.failedRuns, 'failure', 'failures')} (job ${body.job})`;
}

/** The e-mail text: the summary, then one line per service, move and failure. */
export function alertText(body: AlertBody): string {
  const lines = [`dijkwacht job "${body.job}" ended ${body.endedAt} with exit code ${body.exitCode}.`, '', body.summary, ''];
  const section = (title: string, rows: string[]): void => {
    if (rows.length === 0) return;
    lines.push(`${title}:`, ...rows.map((r) => `  ${r}`), '');
  };
  section('New services', body.newServices.map((s) => `${s.label.padEnd(9)} ${s.domain}   (run ${s.run})`));
  section('Moved', body.moved.map((m) => `${m.from} -> ${m.to}   (${m.evidence})`));
  section('Gone offline', body.goneServices.map((s) => `${s.label.padEnd(9)} ${s.domain}   (run ${s.run})`));
  section('Back online', body.backOnline.map((s) => `${s.label.padEnd(9)} ${s.domain}   (run ${s.run})`));
  section('Failures', body.failures.map((f) => `${f.run ?? body.job}: ${f.reason}`));
  section('Runs', body.runs.map((r) => `${r.name} (${r.kind}, ${r.status})${r.comparedWith ? ` compared with ${r.comparedWith}` : ', first run: nothing to compare with'}`));
  lines.push('See the details with: dijkwacht runs diff <earlier run> <later run>');
  return lines.join('\n') + '\n';
}
