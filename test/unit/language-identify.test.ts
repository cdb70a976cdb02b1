import { describe, expect, it } from 'vitest';
import { identifyLanguage } from '../../src/classify/index.js';

const twice = (text: string): string => `${text} ${text}`;

describe('page language identified by franc', () => {
  it('names the language of ordinary page text as an ISO 639-1 code', () => {
    expect(identifyLanguage(twice('Edit your holiday photos online. Prices from four euro. Pay with a card or a bank transfer today.'))).toBe('en');
    expect(identifyLanguage(twice('Bewerk je vakantiefoto’s online. Prijzen vanaf vier euro. Betaal vandaag met iDEAL of een creditcard.'))).toBe('nl');
    expect(identifyLanguage(twice('Bearbeiten Sie Ihre Urlaubsfotos online. Preise ab vier Euro. Bezahlen Sie heute mit Karte oder Überweisung.'))).toBe('de');
    expect(identifyLanguage(twice('Retouchez vos photos de vacances en ligne. Prix à partir de quatre euros. Payez aujourd’hui par carte bancaire.'))).toBe('fr');
    expect(identifyLanguage('オンラインで休暇の写真を編集できます。料金は四ユーロからです。今日カードでお支払いください。'.repeat(4))).toBe('ja');
  });

  it('says nothing when the text is too short to tell (the classifier\'s reading is kept then)', () => {
    expect(identifyLanguage('Login')).toBeNull();
    expect(identifyLanguage('Edit your holiday photos online. Prices from four euro. Pay with a card or a bank transfer today.')).toBeNull();
    expect(identifyLanguage('')).toBeNull();
  });
});
