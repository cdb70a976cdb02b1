import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LABELS, type Label, normalizeText, pageParts } from '../../src/classify/index.js';
import { loadModel, Model, pageFeatures, parseTrainingRecords, serializeModel, trainModel, type TrainingSite } from '../../src/classify/model/index.js';
import { SetupError, UsageError } from '../../src/core/errors.js';

const createdAt = '2025-01-01T00:00:00.000Z';

/** Each label's own vocabulary; every page also shares filler words with all the others. */
const VOCABULARY: Record<Label, string[]> = {
  nudify: ['undress any photo', 'remove clothes with AI', 'nudify app', 'undress her in seconds', 'see through clothing'],
  deepfake: ['face swap porn video', 'deepfake any celebrity', 'swap faces into adult clips', 'deepfake video maker', 'put any face in porn'],
  directory: ['the best nudify tools ranked', 'top ten undress apps compared', 'alternatives list reviewed', 'our ranking of sites', 'visit site coupon code'],
  unrelated: ['laundry tips for wool', 'how to fold a shirt', 'garden weekly newsletter', 'recipes for soup', 'city council meeting notes'],
};
const FILLER = ['welcome to our website', 'contact us', 'privacy policy and terms', 'read more about it'];

function site(label: Label, n: number): TrainingSite {
  const words = VOCABULARY[label];
  const pages = [0, 1].map((p) => {
    const body = [words[(n + p) % words.length], words[(n + p + 2) % words.length], FILLER[(n + p) % FILLER.length]]
      .map((t) => `<p>${t}</p>`)
      .join('');
    const extra = label === 'nudify' && p === 0 ? '<form><input type="file"></form>' : '';
    return pageParts(`http://${label}${n}.test/${p}`, `<html><head><title>${label} site ${n}</title></head><body>${body}${extra}</body></html>`);
  });
  return { id: `${label}${n}.test`, label, lang: 'en', pages };
}

const training = LABELS.flatMap((label) => [0, 1, 2, 3, 4].map((n) => site(label, n)));
const heldOut = LABELS.map((label) => site(label, 7));
const file = trainModel(training, { createdAt, iterations: 200 });
const model = new Model(JSON.parse(serializeModel(file)));

describe('training the learned classifier', () => {
  it('is deterministic: the same input gives the same file, byte for byte', () => {
    expect(serializeModel(trainModel(training, { createdAt, iterations: 200 }))).toBe(serializeModel(file));
  });

  it('records what it was trained on', () => {
    expect(file.trainedOn.perLabel).toEqual({ nudify: 5, deepfake: 5, directory: 5, unrelated: 5 });
    expect(file.trainedOn.sources).toEqual([{ name: 'corpus', sites: 20, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) }]);
    expect(file.trainedOn.languages).toEqual({ en: 20 });
  });

  it('labels a held-out site of each class correctly', () => {
    for (const s of heldOut) {
      const opinion = model.scoreSite(s.pages.map((p) => model.scorePage(p)));
      expect(opinion.label, s.id).toBe(s.label);
    }
  });

  it('keeps only features seen on at least two training sites', () => {
    const seenOn = new Map<string, number>();
    for (const s of training) for (const f of new Set(s.pages.flatMap((p) => [...pageFeatures(p).keys()]))) seenOn.set(f, (seenOn.get(f) ?? 0) + 1);
    expect([...seenOn].some(([, n]) => n === 1)).toBe(true);
    for (const feature of Object.keys(file.weights)) expect(seenOn.get(feature), feature).toBeGreaterThanOrEqual(2);
  });
});

describe('scoring with the learned classifier', () => {
  it('gives a site softmax(bias + mean of its page dots), exactly', () => {
    const pages = heldOut[0]!.pages.map((p) => model.scorePage(p));
    const logits = file.bias.map((b, k) => b + pages.reduce((sum, p) => sum + p.dots[k]!, 0) / pages.length);
    const exps = logits.map((z) => Math.exp(z - Math.max(...logits)));
    const probabilities = exps.map((e) => e / exps.reduce((a, c) => a + c, 0));
    const opinion = model.scoreSite(pages);
    expect(LABELS.map((l) => opinion.probabilities[l])).toEqual(probabilities);
    expect(opinion.service).toBe(probabilities[0]! + probabilities[1]!);
  });

  it('computes page dots as the weights times the page vector', () => {
    const parts = heldOut[1]!.pages[0]!;
    const dots = [0, 0, 0, 0];
    for (const [f, x] of pageFeatures(parts)) file.weights[f]?.forEach((w, k) => (dots[k]! += w * x));
    model.scorePage(parts).dots.forEach((d, k) => expect(d).toBeCloseTo(dots[k]!, 12));
  });

  it('scores with the shipped model exactly as its string features say, on first sight and from its word cache', () => {
    const shipped = loadModel();
    const pages = [
      '<title>Foto studio</title><h1>Undress AI — credits</h1><p>Remove clothes from any photo. 10 credits for €4,99 per month. Undress undress undress.</p><form><input type="file"></form>',
      '<title>Wasserij</title><p>Kreukels uit kleding verwijderen voor productfoto\'s; geen naakt, geen NSFW. Bestel nu.</p><a href="https://t.me/helper_bot">bot</a>',
      '<title>Обзор</title><p>Лучшие сервисы: раздевание фото, дипфейк видео, 18+ контент</p>',
    ].map((body, i) => pageParts(`http://page${i}.test/`, `<html><body>${body}</body></html>`));
    for (const round of [1, 2]) {
      for (const parts of pages) {
        const dots = [0, 0, 0, 0];
        for (const [f, x] of pageFeatures(parts)) shipped.file.weights[f]?.forEach((w, k) => (dots[k]! += w * x));
        const score = shipped.scorePage(parts);
        score.dots.forEach((d, k) => expect(d, `round ${round}, ${parts.url}, label ${k}`).toBeCloseTo(dots[k]!, 12));
        for (const t of score.top) expect(shipped.file.weights[t.feature], t.feature).toBeDefined();
      }
    }
  });

  it('gives reasons that name n-grams and words really on the pages', () => {
    const s = heldOut[0]!;
    const opinion = model.scoreSite(s.pages.map((p) => model.scorePage(p)));
    const text = normalizeText(s.pages.map((p) => `${p.title} ${p.text}`).join(' '));
    expect(opinion.reasons.length).toBeGreaterThan(0);
    for (const reason of opinion.reasons) {
      const m = /^(?:n-gram|words?) "(.+)" \+\d+\.\d\d$|^§[a-z-]+(?::\S+)? \+\d+\.\d\d$/.exec(reason);
      expect(m, reason).not.toBeNull();
      if (m?.[1]) expect(text, reason).toContain(m[1]);
    }
  });

  it('has no opinion on a site with no pages', () => {
    const opinion = model.scoreSite([]);
    expect(opinion.service).toBe(0);
    expect(opinion.reasons).toEqual(['no page was read, so the model has no opinion']);
  });
});

describe('loading a model file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dw-model-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const expectSetupError = (path: string): void => {
    let caught: unknown;
    try {
      loadModel(path);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SetupError);
    expect((caught as Error).message).toContain(path);
    expect((caught as Error).message).toContain('npm run train:classifier');
  };

  it('reads a file it wrote', () => {
    const path = join(dir, 'good.json');
    writeFileSync(path, serializeModel(file));
    expect(loadModel(path).featureCount).toBe(Object.keys(file.weights).length);
  });

  it('names the file and the command to run when the file is missing, corrupt or of another format', () => {
    expectSetupError(join(dir, 'missing.json'));
    const corrupt = join(dir, 'corrupt.json');
    writeFileSync(corrupt, serializeModel(file).slice(0, 300));
    expectSetupError(corrupt);
    const other = join(dir, 'other.json');
    writeFileSync(other, JSON.stringify({ ...file, format: 'someone-elses-model' }));
    expectSetupError(other);
    const badRow = join(dir, 'bad-row.json');
    writeFileSync(badRow, JSON.stringify({ ...file, weights: { 'w:x': [1, 2, 3] } }));
    expectSetupError(badRow);
  });
});

describe('training records from reviews (--extra)', () => {
  const good = { domain: 'undress-example.com', label: 'nudify', lang: 'en', pages: [{ url: 'https://undress-example.com/', title: 'Undress', text: 'Undress any photo' }], source: 'review' };

  it('turns each line into a training site', () => {
    const sites = parseTrainingRecords('reviews.jsonl', `${JSON.stringify(good)}\n\n${JSON.stringify({ ...good, domain: 'other.org', label: 'unrelated' })}\n`);
    expect(sites.map((s) => [s.id, s.label, s.source])).toEqual([
      ['undress-example.com', 'nudify', 'review:reviews.jsonl'],
      ['other.org', 'unrelated', 'review:reviews.jsonl'],
    ]);
    expect(sites[0]!.pages[0]!.text).toBe('Undress any photo');
  });

  it('rejects a bad line with its file, line number and the field that is wrong', () => {
    const cases: [unknown, RegExp][] = [
      [{ ...good, label: 'spam' }, /"label" is not one of/],
      [{ ...good, pages: [] }, /"pages" is not a non-empty list/],
      [{ ...good, pages: [{ url: 'ftp://x.com/', text: '' }] }, /pages\[0\]\.url/],
      [{ ...good, domain: 42 }, /"domain"/],
    ];
    for (const [record, problem] of cases) {
      const content = `${JSON.stringify(good)}\n${JSON.stringify(good)}\n${JSON.stringify(record)}\n`;
      expect(() => parseTrainingRecords('reviews.jsonl', content)).toThrow(UsageError);
      expect(() => parseTrainingRecords('reviews.jsonl', content)).toThrow(/line 3 of reviews\.jsonl/);
      expect(() => parseTrainingRecords('reviews.jsonl', content)).toThrow(problem);
    }
    expect(() => parseTrainingRecords('r.jsonl', '{not json')).toThrow(/line 1 of r\.jsonl is not usable: it is not valid JSON/);
  });
});
