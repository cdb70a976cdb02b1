import { rename, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { schemaProblems } from '../evidence/schema.js';
import { DOSSIER_SCHEMA_FILE, type ProviderDossier } from './providers.js';

/** Writes a dossier after checking it against its schema; a temporary name and a rename, so no half-written file. */
export async function writeDossier(dossier: ProviderDossier, file: string): Promise<string> {
  const problems = schemaProblems(DOSSIER_SCHEMA_FILE, dossier);
  if (problems.length > 0) throw new Error(`The provider dossier does not match ${DOSSIER_SCHEMA_FILE}: ${problems.join('; ')}`);
  const path = resolve(file);
  const tmp = `${path}.tmp-${process.pid}`;
  await writeFile(tmp, `${JSON.stringify(dossier, null, 2)}\n`);
  await rename(tmp, path);
  return path;
}
