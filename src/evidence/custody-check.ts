import { sha256Hex } from '../core/hash.js';
import { CUSTODY_HEAD_FILE, readHead, verifyEventAnchor, type CustodyHead } from './custody-anchor.js';
import { CUSTODY_FILE, checkCustodyLog, custodyLines, type CustodyEvent } from './custody.js';
import { judgeSigner, unknownSignerText, type SignerPolicy } from './trust.js';

export interface CustodyInput {
  bundleId: string;
  text: string;
  /** custody-head.p7s, or null when there is none. */
  head: Buffer | null;
  /** The signed manifest says the log is anchored (its VERIFY.md describes the anchors). */
  anchoringDeclared: boolean;
  /** True when an unanchored "timestamped" event is proven by the token it names. */
  tokenProves: (event: CustodyEvent) => boolean;
  policy: SignerPolicy | null;
  /** A missing head is a problem (verify); appending may go on without one (the append writes it). */
  requireHead: boolean;
}

export interface CustodyFinding {
  artifact: string;
  reason: string;
}

export interface CustodyVerdict {
  events: CustodyEvent[];
  problems: CustodyFinding[];
  notes: CustodyFinding[];
  /** "anchored": every line is covered; "legacy": made before anchoring; "partly": anchored from some line on. */
  anchoring: 'anchored' | 'legacy' | 'partly';
  /** Certificate SHA-256 of every key that anchored a line or signed the head. */
  anchorSigners: string[];
  head: CustodyHead | null;
}

const range = (from: number, to: number): string => (from === to ? `line ${from}` : `lines ${from}–${to}`);

/**
 * The whole custody check: the hash chain, every line's anchor signature, and the signed head.
 * Names the line for every problem, so a court expert can look at it with sed -n 'Np'.
 */
export async function checkCustody(input: CustodyInput): Promise<CustodyVerdict> {
  const problems: CustodyFinding[] = [];
  const notes: CustodyFinding[] = [];
  const problem = (reason: string, artifact = CUSTODY_FILE): void => {
    problems.push({ artifact, reason });
  };
  const note = (reason: string, artifact = CUSTODY_FILE): void => {
    notes.push({ artifact, reason });
  };
  const chain = checkCustodyLog(input.text, input.bundleId);
  for (const p of chain.problems) problem(p);
  const lines = custodyLines(input.text);
  const signers = new Set<string>();

  let firstAnchored: number | null = null;
  const unanchoredBefore: number[] = [];
  for (const [i, event] of chain.events.entries()) {
    const lineNo = chain.lineNumbers[i]!;
    const where = `line ${lineNo} (${event.event})`;
    if (event.anchor === undefined) {
      if (firstAnchored === null && !input.anchoringDeclared) {
        unanchoredBefore.push(lineNo);
      } else if (event.event === 'timestamped' && input.tokenProves(event)) {
        note(`${where} is not anchored; it is proven by the RFC 3161 token ${String(event.details.file)} it names`);
      } else {
        problem(`${where} is not anchored: it was added without the signing key (forged, or written by a tool that does not anchor)`);
      }
      continue;
    }
    firstAnchored ??= lineNo;
    const check = await verifyEventAnchor(lines[lineNo - 1] ?? '', event.anchor);
    if (!check.ok) {
      const why = /digest|does not match/i.test(check.reason ?? '') ? 'the line was changed after it was signed' : (check.reason ?? 'no reason given');
      problem(`${where}: its anchor signature does not verify (${why})`);
      continue;
    }
    if (check.signerCertSha256) signers.add(check.signerCertSha256);
    const verdict = judgeSigner(check.signerCertSha256, input.policy);
    if (verdict === 'unknown') problem(`${where}: ${unknownSignerText('anchored', check.signerCertSha256, verdict)}`);
    if (verdict === 'accepted') note(`${where}: ${unknownSignerText('anchored', check.signerCertSha256, verdict)}`);
  }

  const head = input.head ? await checkHead(input, lines, chain.events, chain.lineNumbers, problem, note, signers) : null;
  const anyAnchor = firstAnchored !== null || input.head !== null;
  if (!input.head && (input.anchoringDeclared || firstAnchored !== null) && input.requireHead) {
    problem('missing: the signed head of the custody log is gone, so removed events cannot be ruled out', CUSTODY_HEAD_FILE);
  }
  let anchoring: CustodyVerdict['anchoring'] = 'anchored';
  if (!anyAnchor && !input.anchoringDeclared) {
    anchoring = 'legacy';
    note('custody log not anchored (bundle made before anchoring): the hash chain is checked, but a rewritten tail or a removed last event cannot be detected');
  } else if (unanchoredBefore.length > 0) {
    anchoring = 'partly';
    note(`${range(1, unanchoredBefore.at(-1)!)} predate anchoring (bundle made before anchoring); the signed head covers them from line ${unanchoredBefore.at(-1)! + 1} on`);
  }
  return { events: chain.events, problems, notes, anchoring, anchorSigners: [...signers], head };
}

async function checkHead(
  input: CustodyInput,
  lines: string[],
  events: CustodyEvent[],
  lineNumbers: number[],
  problem: (reason: string, artifact?: string) => void,
  note: (reason: string, artifact?: string) => void,
  signers: Set<string>,
): Promise<CustodyHead | null> {
  const read = await readHead(input.head!);
  for (const p of read.problems) problem(p, CUSTODY_HEAD_FILE);
  const head = read.head;
  if (!head) return null;
  if (read.signature.signerCertSha256) signers.add(read.signature.signerCertSha256);
  const verdict = judgeSigner(read.signature.signerCertSha256, input.policy);
  if (verdict === 'unknown') problem(unknownSignerText('signed', read.signature.signerCertSha256, verdict), CUSTODY_HEAD_FILE);
  if (verdict === 'accepted') note(unknownSignerText('signed', read.signature.signerCertSha256, verdict), CUSTODY_HEAD_FILE);
  if (head.bundleId !== input.bundleId) {
    problem(`the signed head belongs to bundle ${head.bundleId}, not to this one`, CUSTODY_HEAD_FILE);
    return head;
  }
  if (head.lines > lines.length) {
    problem(`the custody log ends at line ${lines.length} but its signed head names line ${head.lines} (${head.event}) — events were removed`);
    return head;
  }
  const covered = lines.slice(0, head.lines);
  const at = lineNumbers.indexOf(head.lines);
  const last = at >= 0 ? events[at] : undefined;
  if (head.seq !== head.lines - 1 || !last || last.hash !== head.head || last.event !== head.event) {
    problem(`line ${head.lines} is not the ${head.event} event the signed head names: the log was rewritten`);
  } else if (sha256Hex(covered.map((l) => `${l}\n`).join('')) !== head.custodySha256) {
    problem(`${range(1, head.lines)} are not the bytes the signed head covers (custodySha256 differs): the log was rewritten`);
  }
  if (lines.length > head.lines) {
    note(`${range(head.lines + 1, lines.length)} come after the signed head (line ${head.lines}): each is checked on its own anchor, but their removal would go unnoticed until the head is signed again`);
  }
  return head;
}
