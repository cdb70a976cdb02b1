import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import type { CorpusSite } from '../world/corpus/site-kit.js';
import { checkSites } from '../world/corpus/site-check.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), '../world/corpus/sites');

it('every multi-page corpus site is well formed (home page first, 150–600 words, 3–7 pages, shapes from the list)', async () => {
  const all: CorpusSite[] = [];
  for (const file of readdirSync(dir).filter((f) => /\.ts$/.test(f) && f !== 'index.ts')) {
    const mod = (await import(join(dir, file))) as { sites?: CorpusSite[] };
    expect(mod.sites, `${file} exports sites`).toBeInstanceOf(Array);
    all.push(...(mod.sites ?? []));
  }
  expect(checkSites(all)).toEqual([]);
});
