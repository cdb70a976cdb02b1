import { mkdtemp, rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Catalog } from '../../src/catalog/index.js';
import { pageParts } from '../../src/classify/page-parts.js';
import { claimsOn } from '../../src/refer/entity.js';
import { IMPRINT_HOSTS, imprintSites } from '../world/sites-imprint.js';
import { runCli } from '../support/cli.js';

let dataDir: string;
/**
 * The catalog as a crawl of the fixture sites leaves it: the visible text of every page. (The crawl
 * keeps text for pages with claims; see the hand-off for keeping legal pages too.)
 */
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'dw-entity-'));
  const c = new Catalog(dataDir);
  try {
    const run = c.startRun('crawl', 'entity-fixtures', {});
    for (const [host, site] of Object.entries(imprintSites)) {
      for (const [path, route] of Object.entries(site.routes)) {
        const url = `http://${host}${path}`;
        const res = await route({} as IncomingMessage, new URL(url));
        const parts = pageParts(url, String(res.body));
        c.recordPage(run.id, { url, finalUrl: url, domain: host, httpStatus: res.status, contentType: 'text/html', via: 'http', depth: path === '/' ? 0 : 1, classification: null, title: parts.title, error: null, text: parts.text });
      }
    }
    c.finishRun(run.id, 'done', {});
  } finally {
    c.close();
  }
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

const entity = async (domain: string): Promise<unknown> => {
  const run = await runCli(['entity', domain, '--json', '--data-dir', dataDir]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout);
};

describe('the legal entity a service claims', () => {
  it('names the imprint operator first and the contracting party of the terms, each with its page and confidence', async () => {
    expect(await entity(IMPRINT_HOSTS.imprint)).toEqual({
      domain: IMPRINT_HOSTS.imprint,
      claims: [
        { name: 'Voorbeeld Beeldlab B.V.', source: 'imprint', url: `http://${IMPRINT_HOSTS.imprint}/impressum`, confidence: 'high' },
        { name: 'Beeldlab Holdings Ltd.', source: 'terms', url: `http://${IMPRINT_HOSTS.imprint}/terms`, confidence: 'medium' },
      ],
    });
  });

  it('a site that names no company gets no claim: nothing is invented', async () => {
    expect(await entity(IMPRINT_HOSTS.anonymous)).toEqual({ domain: IMPRINT_HOSTS.anonymous, claims: [] });
  });

  it('a company named on an ordinary page, without words that make it the operator, is a low-confidence claim', () => {
    expect(claimsOn({ url: 'http://x.test/blog', title: 'Blog', text: 'We compared tools from Acme Widgets GmbH and others.' })).toEqual([{ name: 'Acme Widgets GmbH', source: 'page', url: 'http://x.test/blog', confidence: 'low' }]);
  });
});
