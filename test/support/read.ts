import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Manifest } from '../../src/evidence/index.js';

export async function readManifest(bundle: string): Promise<Manifest> {
  return JSON.parse(await readFile(join(bundle, 'manifest.json'), 'utf8')) as Manifest;
}

export async function readJsonArtifact<T>(bundle: string, name: string): Promise<T> {
  return JSON.parse(await readFile(join(bundle, 'artifacts', name), 'utf8')) as T;
}
