import { isIP } from 'node:net';
import { UsageError } from '../core/errors.js';

/** How one setting is read from a string (env var, CLI flag) and from JSON (config file). */
export interface Kind<T> {
  fromString(raw: string, name: string): T;
  fromJson(value: unknown, name: string): T;
  describe: string;
}

const bad = (name: string, expected: string, got: unknown): UsageError =>
  new UsageError(`Option "${name}" must be ${expected}; got ${JSON.stringify(got)}.`);

export function str(): Kind<string> {
  return {
    describe: 'string',
    fromString: (raw) => raw,
    fromJson: (v, name) => {
      if (typeof v !== 'string') throw bad(name, 'a string', v);
      return v;
    },
  };
}

export function nullable<T>(inner: Kind<T>): Kind<T | null> {
  return {
    describe: `${inner.describe} or null`,
    fromString: (raw, name) => (raw === '' ? null : inner.fromString(raw, name)),
    fromJson: (v, name) => (v === null ? null : inner.fromJson(v, name)),
  };
}

export function int(min: number, max: number): Kind<number> {
  const check = (n: number, name: string, raw: unknown): number => {
    if (!Number.isInteger(n) || n < min || n > max) throw bad(name, `a whole number from ${min} to ${max}`, raw);
    return n;
  };
  return {
    describe: `integer ${min}..${max}`,
    fromString: (raw, name) => check(/^-?\d+$/.test(raw.trim()) ? Number(raw) : Number.NaN, name, raw),
    fromJson: (v, name) => check(typeof v === 'number' ? v : Number.NaN, name, v),
  };
}

export function bool(): Kind<boolean> {
  return {
    describe: 'boolean',
    fromString: (raw, name) => {
      const s = raw.trim().toLowerCase();
      if (['1', 'true', 'yes', 'on'].includes(s)) return true;
      if (['0', 'false', 'no', 'off'].includes(s)) return false;
      throw bad(name, 'true or false', raw);
    },
    fromJson: (v, name) => {
      if (typeof v !== 'boolean') throw bad(name, 'true or false', v);
      return v;
    },
  };
}

export function oneOf<const T extends string>(values: readonly T[]): Kind<T> {
  const check = (v: unknown, name: string): T => {
    if (typeof v !== 'string' || !(values as readonly string[]).includes(v)) {
      throw bad(name, `one of ${values.join(', ')}`, v);
    }
    return v as T;
  };
  return { describe: values.join('|'), fromString: check, fromJson: check };
}

export function url(protocols: readonly string[] = ['http:', 'https:']): Kind<string> {
  const check = (v: unknown, name: string): string => {
    if (typeof v !== 'string') throw bad(name, 'a URL', v);
    let parsed: URL;
    try {
      parsed = new URL(v);
    } catch {
      throw bad(name, 'a URL', v);
    }
    if (!protocols.includes(parsed.protocol)) throw bad(name, `a URL starting with ${protocols.join(' or ')}`, v);
    return v;
  };
  return { describe: 'URL', fromString: check, fromJson: check };
}

export function hostPort(): Kind<string> {
  const check = (v: unknown, name: string): string => {
    if (typeof v !== 'string' || !/^(\[[0-9a-fA-F:]+\]|[^:\s]+):\d{1,5}$/.test(v)) throw bad(name, 'HOST:PORT', v);
    return v;
  };
  return { describe: 'HOST:PORT', fromString: check, fromJson: check };
}

/** A list: comma-separated in strings, an array in JSON. */
export function list<T>(inner: Kind<T>): Kind<T[]> {
  return {
    describe: `list of ${inner.describe}`,
    fromString: (raw, name) =>
      raw
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '')
        .map((s) => inner.fromString(s, name)),
    fromJson: (v, name) => {
      if (!Array.isArray(v)) throw bad(name, 'an array', v);
      return v.map((item) => inner.fromJson(item, name));
    },
  };
}

/** An IP range in CIDR notation (a bare address is its own /32 or /128). */
export function cidr(): Kind<string> {
  const check = (raw: string, name: string): string => {
    const [net = '', prefix] = raw.split('/');
    const family = isIP(net);
    const max = family === 4 ? 32 : 128;
    if (family === 0 || (prefix !== undefined && (!/^\d+$/.test(prefix) || Number(prefix) > max))) throw bad(name, 'an IP range in CIDR notation (e.g. 10.20.0.0/16, fd00::/8)', raw);
    return raw;
  };
  return {
    describe: 'CIDR range',
    fromString: (raw, name) => check(raw.trim(), name),
    fromJson: (v, name) => {
      if (typeof v !== 'string') throw bad(name, 'a CIDR string', v);
      return check(v.trim(), name);
    },
  };
}
