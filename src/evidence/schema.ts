import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { projectRoot } from '../core/version.js';

const cache = new Map<string, ValidateFunction>();

/** A validator for one of the versioned schemas in evidence-schema/. */
export function schemaValidator(file: string): ValidateFunction {
  let validate = cache.get(file);
  if (!validate) {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    (addFormats as unknown as (a: Ajv2020) => void)(ajv);
    validate = ajv.compile(JSON.parse(readFileSync(resolve(projectRoot, 'evidence-schema', file), 'utf8')) as object);
    cache.set(file, validate);
  }
  return validate;
}

/** Schema problems as short sentences: "/capture/status must be equal to one of the allowed values". */
export function schemaProblems(file: string, value: unknown): string[] {
  const validate = schemaValidator(file);
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message ?? 'is invalid'}`);
}
