import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { UsageError } from '../core/errors.js';

export const SESSION_COOKIE = 'dw_session';
/** A session lasts a working day; a new login makes a new one. */
export const SESSION_MS = 12 * 3_600_000;

export interface Session {
  id: string;
  reviewer: string;
  csrf: string;
  expiresAt: number;
  startedAt: string;
}

const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();

export const newSecret = (): string => randomBytes(24).toString('base64url');

/** Equal strings, compared in constant time (over their hashes, so lengths do not leak either). */
export const sameSecret = (a: string, b: string): boolean => timingSafeEqual(digest(a), digest(b));

/** Tokens and whom they stand for. Only hashes are kept in memory. */
export class Reviewers {
  readonly #byHash = new Map<string, string>();

  add(token: string, reviewer: string): void {
    if (!token.trim()) throw new UsageError('A workspace token cannot be empty; leave --token out and one is generated.');
    if (!reviewer.trim()) throw new UsageError('A workspace token needs a reviewer name (--reviewer NAME, or the name in the --reviewers file).');
    this.#byHash.set(digest(token).toString('hex'), reviewer.trim());
  }

  get size(): number {
    return this.#byHash.size;
  }

  /** The reviewer a token belongs to, or null. */
  reviewerOf(token: string): string | null {
    const wanted = digest(token);
    let found: string | null = null;
    // Every entry is compared, so the time taken does not say which one matched.
    for (const [hash, name] of this.#byHash) if (timingSafeEqual(Buffer.from(hash, 'hex'), wanted)) found = name;
    return found;
  }
}

/**
 * A reviewers file: JSON `{"reviewers": [{"name": "A. Analyst", "token": "…"}]}`. Tokens need at least
 * 16 characters; a short or repeated one is refused with the file and entry named.
 */
export async function loadReviewersFile(file: string, into: Reviewers): Promise<void> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`Cannot read the reviewers file ${file} as JSON: ${(error as Error).message}; it should hold {"reviewers": [{"name": "…", "token": "…"}]}.`, { cause: error });
  }
  const list = (parsed as { reviewers?: unknown }).reviewers;
  if (!Array.isArray(list) || list.length === 0) throw new UsageError(`The reviewers file ${file} has no "reviewers" list; it should hold {"reviewers": [{"name": "…", "token": "…"}]}.`);
  const seen = new Set<string>();
  list.forEach((entry: unknown, i) => {
    const { name, token } = (entry ?? {}) as { name?: unknown; token?: unknown };
    if (typeof name !== 'string' || !name.trim()) throw new UsageError(`Reviewer ${i + 1} in ${file} has no "name".`);
    if (typeof token !== 'string' || token.length < 16) throw new UsageError(`Reviewer ${i + 1} (${name}) in ${file} needs a "token" of at least 16 characters (e.g. from "openssl rand -base64 24").`);
    if (seen.has(token)) throw new UsageError(`Reviewer ${i + 1} (${name}) in ${file} reuses another reviewer's token; give each reviewer their own.`);
    seen.add(token);
    into.add(token, name);
  });
}

/** Sessions held in memory: a restart signs everyone out. */
export class Sessions {
  readonly #sessions = new Map<string, Session>();

  create(reviewer: string, now = Date.now()): Session {
    this.#sweep(now);
    const s: Session = { id: newSecret(), reviewer, csrf: newSecret(), expiresAt: now + SESSION_MS, startedAt: new Date(now).toISOString() };
    this.#sessions.set(s.id, s);
    return s;
  }

  get(id: string | undefined, now = Date.now()): Session | null {
    if (!id) return null;
    const s = this.#sessions.get(id);
    if (!s || s.expiresAt < now) return null;
    return s;
  }

  end(id: string): void {
    this.#sessions.delete(id);
  }

  #sweep(now: number): void {
    for (const [id, s] of this.#sessions) if (s.expiresAt < now) this.#sessions.delete(id);
  }
}
