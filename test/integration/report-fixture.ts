import { addNoticeEvent, Catalog, recordNotice } from '../../src/catalog/index.js';
import type { NoticeRecipient } from '../../src/catalog/index.js';

/**
 * A small fictional catalog around 2026Q1: a run before the quarter, three in it (one failed), one
 * after; five .test sites; a move by a shared identifier; lookups before and after the quarter's end;
 * notices to a host, a registrar, a CDN, SIDN and ACM, and one sent after the quarter.
 */
export function seedReportCatalog(dataDir: string): void {
  const catalog = new Catalog(dataDir);
  try {
    const db = catalog.db;
    const run = db.prepare("INSERT INTO runs (id, kind, name, status, started_at, config_json) VALUES (?, 'crawl', ?, ?, ?, '{}')");
    run.run(1, 'r0-december', 'done', '2025-12-20T02:00:00.000Z');
    run.run(2, 'r1-january', 'done', '2026-01-05T02:00:00.000Z');
    run.run(3, 'r2-february', 'done', '2026-02-05T02:00:00.000Z');
    run.run(4, 'r3-march', 'failed', '2026-03-05T02:00:00.000Z');
    run.run(5, 'r4-april', 'done', '2026-04-10T02:00:00.000Z');
    const site = db.prepare("INSERT INTO sites (domain, label, score, signals_json, first_seen, last_seen, lang) VALUES (?, ?, 0.9, '[]', '2025-12-20T02:00:00.000Z', '2026-04-10T02:00:00.000Z', ?)");
    site.run('alpha-maker.test', 'nudify', 'nl');
    site.run('beta-studio.test', 'deepfake', 'en');
    site.run('gamma-news.test', 'unrelated', 'nl');
    site.run('delta-maker.test', 'nudify', 'nl');
    site.run('epsilon-list.test', 'directory', 'de');
    const seen = db.prepare('INSERT INTO site_runs (run_id, domain, label, score, online) VALUES (?, ?, ?, 0.9, ?)');
    seen.run(1, 'alpha-maker.test', 'nudify', 1);
    seen.run(1, 'gamma-news.test', 'unrelated', 1);
    seen.run(2, 'alpha-maker.test', 'nudify', 1);
    seen.run(2, 'beta-studio.test', 'deepfake', 1);
    seen.run(2, 'gamma-news.test', 'unrelated', 1);
    seen.run(3, 'alpha-maker.test', 'nudify', 0);
    seen.run(3, 'beta-studio.test', 'deepfake', 0);
    seen.run(3, 'delta-maker.test', 'nudify', 1);
    seen.run(3, 'gamma-news.test', 'unrelated', 1);
    seen.run(5, 'epsilon-list.test', 'directory', 1);
    const id = db.prepare("INSERT INTO identifiers (domain, kind, value, page_url, run_id, first_seen) VALUES (?, 'analytics', 'UA-0001', ?, ?, ?)");
    id.run('alpha-maker.test', 'http://alpha-maker.test/', 2, '2026-01-05T02:00:00.000Z');
    id.run('delta-maker.test', 'http://delta-maker.test/', 3, '2026-02-05T02:00:00.000Z');
    const lookup = db.prepare('INSERT INTO domain_lookups (domain, at, report_json) VALUES (?, ?, ?)');
    lookup.run('alpha-maker.test', '2026-01-06T00:00:00.000Z', JSON.stringify({ hosting: [{ country: 'NL' }] }));
    lookup.run('alpha-maker.test', '2026-05-01T00:00:00.000Z', JSON.stringify({ hosting: [{ country: 'DE' }] }));
    lookup.run('beta-studio.test', '2026-01-06T00:00:00.000Z', JSON.stringify({ hosting: [{ country: 'US' }] }));
    const notice = (type: NoticeRecipient, recipient: string, sentAt: string, domain: string): number =>
      recordNotice(catalog, { packetId: null, recipientType: type, recipient, channel: 'email', sentAt, packetSha256: null, reference: null, domains: [domain], urls: [`http://${domain}/`] });
    const decide = (n: number, at: string, outcome: string): void => addNoticeEvent(catalog, n, { kind: 'decision', at, outcome, note: null, bundleId: null });
    decide(notice('host', 'Voorbeeld Hosting', '2026-01-10T00:00:00.000Z', 'alpha-maker.test'), '2026-01-10T12:00:00.000Z', 'removed');
    decide(notice('host', 'Voorbeeld Hosting', '2026-01-12T00:00:00.000Z', 'beta-studio.test'), '2026-01-15T00:00:00.000Z', 'removed');
    decide(notice('registrar', 'Registrar Proef BV', '2026-02-01T00:00:00.000Z', 'delta-maker.test'), '2026-02-03T00:00:00.000Z', 'refused');
    decide(notice('sidn', 'SIDN', '2026-02-02T00:00:00.000Z', 'alpha-maker.test'), '2026-02-22T00:00:00.000Z', 'removed');
    notice('acm', 'ACM', '2026-03-01T00:00:00.000Z', 'delta-maker.test');
    addNoticeEvent(catalog, notice('cdn', 'Randnet CDN', '2026-03-02T00:00:00.000Z', 'delta-maker.test'), { kind: 'ack', at: '2026-03-02T01:00:00.000Z', outcome: null, note: null, bundleId: null });
    notice('host', 'Voorbeeld Hosting', '2026-04-02T00:00:00.000Z', 'epsilon-list.test');
  } finally {
    catalog.close();
  }
}
