import { sha256Hex } from '../core/hash.js';
import { canonicalJson } from '../core/json.js';
import { utcNow } from '../core/time.js';
import { verifyAttachedSignature, verifyDetachedSignature, type SignatureCheck } from './cms.js';
import type { CustodyEvent } from './custody.js';
import type { Signer } from './keys.js';
import { schemaProblems } from './schema.js';
import { signAttached, signDetached } from './sign.js';

/**
 * Anchoring the custody log: every event carries a CMS signature over its own line (and so, through
 * `hash` and `prevHash`, over every line before it), and custody-head.p7s signs the last line and the
 * number of lines. Without the key nobody can rewrite a line, append one, or drop the last ones.
 */
export const CUSTODY_HEAD_FILE = 'custody-head.p7s';
export const CUSTODY_HEAD_FORMAT = 'dijkwacht-custody-head/1';

/** The bytes an event's anchor signs: its line as written, without the anchor field, and a newline. */
export function anchorContent(event: Omit<CustodyEvent, 'anchor'> & { anchor?: string }): Buffer {
  const { anchor: _anchor, ...rest } = event;
  return Buffer.from(`${canonicalJson(rest)}\n`, 'utf8');
}

/** The anchor of a new event: base64 of a detached CMS signature over anchorContent(event). */
export function anchorEvent(event: CustodyEvent, signer: Signer, time = new Date()): string {
  return signDetached(anchorContent(event), signer, time).toString('base64');
}

/**
 * Checks the anchor of one line exactly as written in custody.jsonl: the line without its
 * `"anchor":"…",` (the first one: it comes right after "actor") and a newline must be what the
 * signature signs. The same bytes `sed 's/"anchor":"[^"]*",//'` prints.
 */
export async function verifyEventAnchor(line: string, anchor: string): Promise<SignatureCheck> {
  const field = `"anchor":"${anchor}",`;
  const at = line.indexOf(field);
  if (at < 0) return { ok: false, reason: 'the anchor is not where it belongs in the line', signerSubject: null, signerCertSha256: null, signingTime: null };
  const signed = Buffer.from(`${line.slice(0, at)}${line.slice(at + field.length)}\n`, 'utf8');
  return verifyDetachedSignature(Buffer.from(anchor, 'base64'), signed);
}

/** What custody-head.p7s signs. */
export interface CustodyHead {
  format: typeof CUSTODY_HEAD_FORMAT;
  bundleId: string;
  /** How many lines of custody.jsonl the head covers. */
  lines: number;
  seq: number;
  event: string;
  /** The `hash` of the last covered line. */
  head: string;
  /** SHA-256 of the covered lines, each with its newline: `head -n LINES custody.jsonl | sha256sum`. */
  custodySha256: string;
  time: string;
}

/** The head over the first `lines.length` lines, whose last event is `last`. */
export function custodyHead(bundleId: string, lines: readonly string[], last: CustodyEvent): CustodyHead {
  return {
    format: CUSTODY_HEAD_FORMAT,
    bundleId,
    lines: lines.length,
    seq: last.seq,
    event: last.event,
    head: last.hash,
    custodySha256: sha256Hex(lines.map((l) => `${l}\n`).join('')),
    time: utcNow(),
  };
}

/** custody-head.p7s: the head as canonical JSON inside an attached CMS signature (one file, replaced whole). */
export function signHead(head: CustodyHead, signer: Signer): Buffer {
  return signAttached(Buffer.from(canonicalJson(head), 'utf8'), signer);
}

export interface HeadCheck {
  signature: SignatureCheck;
  head: CustodyHead | null;
  problems: string[];
}

/** Verifies custody-head.p7s and reads the head it signs, checked against its schema. */
export async function readHead(der: Uint8Array): Promise<HeadCheck> {
  const check = await verifyAttachedSignature(der);
  const { content, ...signature } = check;
  if (!check.ok || !content) return { signature, head: null, problems: [check.reason ?? 'the signature does not verify'] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(content.toString('utf8'));
  } catch {
    return { signature, head: null, problems: ['the signed head is not JSON'] };
  }
  const problems = schemaProblems('custody-event-head.schema.json', parsed).map((p) => `the signed head is malformed: ${p}`);
  return { signature, head: problems.length === 0 ? (parsed as CustodyHead) : null, problems };
}
