import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The text of a PDF as poppler's pdftotext reads it (line breaks where the page breaks lines). */
export async function popplerText(pdf: string): Promise<string> {
  return (await run('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { maxBuffer: 64 << 20 })).stdout;
}

/** Lines that address the sender, not the recipient: CLI commands, flags, "before sending". */
export function senderInstructions(text: string): string[] {
  const SENDER = [/\bdijkwacht\s+(?:review|refer|notices|crawl|domains|capture|verify|discover|keys)\b/i, /(?<![\w-])--[a-z][a-z-]+/, /\bbefore sending\b/i, /\bpass --/i, /\bvoor verzending\b/i];
  return text.split('\n').filter((line) => SENDER.some((r) => r.test(line)));
}

/** English function words that Dutch does not use. */
const ENGLISH = new Set(['the', 'and', 'with', 'this', 'that', 'which', 'from', 'are', 'has', 'have', 'been', 'would', 'should', 'not', 'by', 'your', 'will', 'to', 'for', 'its', 'our', 'was', 'were', 'be', 'it']);

/**
 * Lines of a Dutch document with two or more English function words: English prose inside.
 * Words are runs of letters with no digit or letter either side, so a hash or an id
 * ("…2be7c8be21…") never counts as the word "be".
 */
export function englishLines(text: string): string[] {
  const words = (line: string) => line.toLowerCase().match(/(?<![\p{L}\p{N}_'])[\p{L}']+(?![\p{L}\p{N}_'])/gu) ?? [];
  return text.split('\n').filter((line) => words(line).filter((w) => ENGLISH.has(w)).length >= 2);
}

/** The tokens (hashes, ids, addresses, URLs) that do not appear whole, on one line, in the text. */
export function brokenTokens(text: string, tokens: string[]): string[] {
  const lines = text.split('\n');
  return [...new Set(tokens)].filter((t) => !lines.some((l) => l.includes(t)));
}

/**
 * What a PDF/A-2b validator would reject among the things poppler and qpdf can see: the PDF/A
 * identification in the XMP, the output intent, the tags and outline, fonts not embedded, and
 * any syntax or stream error.
 */
export async function pdfaProblems(pdf: string): Promise<string[]> {
  const problems: string[] = [];
  const info = (await run('pdfinfo', [pdf])).stdout;
  if (!/^Tagged:\s+yes/m.test(info)) problems.push('not tagged');
  if (/^Creator:.*HeadlessChrome/m.test(info)) problems.push('Creator is a browser user agent');
  const meta = (await run('pdfinfo', ['-meta', pdf])).stdout;
  if (!/<pdfaid:part>2<\/pdfaid:part>/.test(meta) || !/<pdfaid:conformance>B<\/pdfaid:conformance>/.test(meta)) problems.push('no PDF/A-2b identification in the XMP metadata');
  const fonts = (await run('pdffonts', [pdf])).stdout.split('\n').slice(2).filter((l) => l.trim());
  for (const f of fonts) if (!/\s(?:yes)\s+(?:yes|no)\s+(?:yes|no)\s+\d+\s+\d+\s*$/.test(f)) problems.push(`font not embedded: ${f.trim()}`);
  const check = await run('qpdf', ['--check', pdf]).then((r) => r.stdout, (e: { stdout?: string }) => `ERROR ${e.stdout ?? ''}`);
  if (!/No syntax or stream encoding errors found/.test(check)) problems.push(`qpdf --check: ${check.trim().split('\n').slice(-2).join(' ')}`);
  const json = JSON.parse((await run('qpdf', ['--json=2', '--json-key=qpdf', pdf], { maxBuffer: 256 << 20 })).stdout) as { qpdf: [unknown, Record<string, { value?: Record<string, unknown> }>] };
  const objects = json.qpdf[1];
  const root = Object.values(objects).find((o) => o.value && o.value['/Type'] === '/Catalog')?.value ?? {};
  if (!root['/OutputIntents']) problems.push('no output intent');
  if (!root['/Outlines']) problems.push('no document outline');
  if (!root['/StructTreeRoot']) problems.push('no structure tree');
  if (!root['/Lang']) problems.push('no document language');
  return problems;
}
