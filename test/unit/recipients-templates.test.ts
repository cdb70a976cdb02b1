import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NOTICE_RECIPIENTS } from '../../src/catalog/index.js';
import { nextSteps } from '../../src/notices/index.js';
import { defaultLang } from '../../src/refer/index.js';
import { RECIPIENT_KINDS, referrableKinds } from '../../src/refer/kinds/registry.js';
import { requiredKeys, TEMPLATE_LANGS, templateFile, templatesDir } from '../../src/refer/kinds/templates.js';
import { packetTexts } from '../../src/refer/texts.js';

const read = (file: string): Record<string, unknown> => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

describe('recipient kinds come from one registry', () => {
  it('the notice recipients are exactly the registered kinds, and refer writes packets for the chain and the authorities', () => {
    expect([...NOTICE_RECIPIENTS].sort()).toEqual(RECIPIENT_KINDS.map((k) => k.id).sort());
    expect(referrableKinds().map((k) => k.id)).toEqual(expect.arrayContaining(['host', 'cdn', 'registrar', 'sidn', 'acm']));
  });

  it('language and escalation are the kind module\'s', () => {
    expect(defaultLang('sidn')).toBe('nl');
    expect(defaultLang('host')).toBe('en');
    expect(nextSteps('registrar', true)).toEqual(['sidn', 'acm']);
    expect(nextSteps('registrar', false)).toEqual(['acm']);
    expect(nextSteps('site', false)).toEqual(['host']);
  });
});

describe('packet texts are template files, complete in every language', () => {
  it('every kind that gets packets has every key, non-empty, in every language', () => {
    for (const kind of referrableKinds()) {
      for (const lang of TEMPLATE_LANGS) {
        const t = read(templateFile(kind.id, lang));
        for (const key of requiredKeys(kind.id)) expect(typeof t[key] === 'string' && t[key] !== '', `${kind.id}.${lang}.json: ${key}`).toBe(true);
      }
    }
  });

  it('the languages of one kind have the same keys, and no template file belongs to an unknown kind', () => {
    for (const kind of referrableKinds()) {
      const [first, ...rest] = TEMPLATE_LANGS.map((lang) => Object.keys(read(templateFile(kind.id, lang))).sort());
      for (const keys of rest) expect(keys, kind.id).toEqual(first);
    }
    const ids = new Set(RECIPIENT_KINDS.map((k) => k.id));
    for (const f of readdirSync(templatesDir()).filter((n) => n.endsWith('.json'))) expect(ids.has(f.split('.')[0]!), f).toBe(true);
  });

  it('the texts are filled from the templates, with no placeholder left', () => {
    const nl = packetTexts('nl');
    expect(nl.subject('host', ['a.test', 'b.test'], false)).toBe('Melding van illegale inhoud (art. 16 DSA): a.test en b.test');
    expect(packetTexts('en').subject('registrar', ['a.test'], true)).toBe('Abuse report: illegal activity (RAA §3.18.1): a.test');
    for (const kind of referrableKinds()) for (const lang of TEMPLATE_LANGS) for (const gtld of [true, false]) {
      const t = packetTexts(lang);
      expect(`${t.subject(kind.id, ['x.test'], gtld)} ${t.requestedAction(kind.id, gtld)}`).not.toMatch(/\{\w+\}/);
    }
  });
});
