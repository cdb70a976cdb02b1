import { readFileSync, readdirSync } from 'node:fs';

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

/** Resident memory (MiB) of every process whose command line contains `needle`, summed. */
function rssOf(needle: string): number {
  let kib = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(needle)) continue;
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      kib += Number(m?.[1] ?? 0);
    } catch {
      // the process ended
    }
  }
  return kib / 1024;
}

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
