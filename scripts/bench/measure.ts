import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { createInterface } from 'node:readline';

/** Starts a node script and resolves with its first line of output. */
export function firstLine(args: string[], env: NodeJS.ProcessEnv = process.env): { child: ReturnType<typeof spawn>; line: Promise<string> } {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'], env });
  const line = new Promise<string>((ok, fail) => {
    createInterface({ input: child.stdout }).once('line', ok);
    child.once('exit', (code) => fail(new Error(`${args[0]} ended with exit code ${code} before it printed its result`)));
  });
  return { child, line };
}

/** CPU seconds (user + system) a process has used so far, its threads included; 0 once it is gone. */
export function cpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

/** A memory field of a live process's /proc status (VmRSS, VmHWM …), MiB; 0 once it is gone. */
function statusMiB(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    return Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

/** Peak resident memory of a live process (VmHWM), MiB. */
export const peakRssOf = (pid: number): number => statusMiB(pid, 'VmHWM');
const rssMiB = (pid: number): number => statusMiB(pid, 'VmRSS');

/** Pids of every process whose command line contains `needle`. */
export function pidsOf(needle: string): number[] {
  const out: number[] = [];
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(needle)) out.push(Number(pid));
    } catch {
      // the process ended
    }
  }
  return out;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

/** Resident memory (MiB) of every process whose command line contains `needle`, summed. */
const rssOf = (needle: string): number => pidsOf(needle).reduce((n, pid) => n + rssMiB(pid), 0);

/** Samples this process's RSS and the browser's (all chromium processes) until stopped. */
export function sampleMemory(intervalMs = 200): { stop(): { nodePeakMiB: number; browserPeakMiB: number } } {
  let browserPeak = 0;
  let nodePeak = 0;
  const sample = (): void => {
    browserPeak = Math.max(browserPeak, rssOf('chromium'));
    nodePeak = Math.max(nodePeak, process.memoryUsage().rss / 1024 / 1024);
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return { nodePeakMiB: nodePeak, browserPeakMiB: browserPeak };
    },
  };
}

/** A Markdown table; every column padded to its widest cell. */
export function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows.map((r) => `| ${widths.map((w, i) => (r[i] ?? '').padEnd(w)).join(' | ')} |`).join('\n');
}

/** The process ids of `pid` and every process below it. */
function treeOf(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const p of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const ppid = Number(/PPid:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(p)]);
    } catch {
      // the process ended
    }
  }
  const out = [pid];
  for (let i = 0; i < out.length; i++) out.push(...(children.get(out[i]!) ?? []));
  return out;
}

/**
 * Samples the resident memory of a child process and, separately, of everything it started (a
 * browser), until stopped: the peaks of each. Only that tree counts, not other processes on the machine.
 */
export function sampleTree(pid: number, intervalMs = 200): { stop(): { ownPeakMiB: number; descendantsPeakMiB: number } } {
  let own = 0;
  let below = 0;
  const sample = (): void => {
    const [self, ...rest] = treeOf(pid);
    own = Math.max(own, rssMiB(self!));
    below = Math.max(below, rest.reduce((sum, p) => sum + rssMiB(p), 0));
  };
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return { ownPeakMiB: own, descendantsPeakMiB: below };
    },
  };
}

/** The median of pair-by-pair ratios a/b. */
export function medianRatio(a: number[], b: number[]): number {
  return percentile(
    a.map((x, i) => x / b[i]!),
    50,
  );
}
