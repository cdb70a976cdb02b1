import { describe, expect, it } from 'vitest';
import { stressInputs } from '../support/regex-stress.js';
import { LANGUAGES_B, PHRASES_B } from '../../src/classify/lexicon-languages-b.js';
import { normalizeText } from '../../src/classify/normalize.js';

/** Sentences written for each language: what a service says, what an article about it says, and a lawful look-alike. */
interface Sample {
  nudify: string[];
  about: string[];
  garment: string;
}

const SAMPLES: Record<string, Sample> = {
  cs: {
    nudify: ['Svlékněte kohokoli na fotce pomocí AI. Odstraňte oblečení jedním kliknutím.', 'Nahé fotky z jakékoli fotografie za pár sekund.'],
    about: ['Podle zjištění redakce web provozuje firma na Kypru.', 'Vytváření takových snímků bez jejich souhlasu je trestný čin.'],
    garment: 'Odstraňte vrásky z oblečení na produktových fotkách.',
  },
  sk: {
    nudify: ['Vyzlečte kohokoľvek z fotky pomocou AI.', 'Odstráňte oblečenie z akejkoľvek fotky.'],
    about: ['Podľa zistení denníka stránku prevádzkuje firma zo zahraničia.', 'Šírenie takých fotografií bez súhlasu je trestné.'],
    garment: 'Odstráňte vrásky z oblečenia na produktových fotkách.',
  },
  hu: {
    nudify: ['Vetkőztess le bárkit egy fotón!', 'Távolítsd el a ruhát bármelyik képről mesterséges intelligenciával.'],
    about: ['A rendőrség szerint az oldal üzemeltetője ismeretlen.', 'A képek beleegyezés nélkül készültek, ez bűncselekmény.'],
    garment: 'Távolítsd el a ráncokat a ruhákról a termékfotókon.',
  },
  ro: {
    nudify: ['Dezbracă pe oricine dintr-o poză cu AI.', 'Elimina hainele din orice fotografie', 'Şterge hainele din orice fotografie cu un clic.'],
    about: ['Potrivit poliției, site-ul este operat din străinătate.', 'Crearea acestor imagini fără consimțământ este o infracțiune.'],
    garment: 'Elimină cutele de pe haine în fotografiile de produs.',
  },
  uk: {
    nudify: ['Роздягніть будь-кого на фото за допомогою ШІ.', 'Видаліть одяг з будь-якого фото одним кліком.'],
    about: ['За даними журналістів, сайт працює з-за кордону.', 'Створення таких зображень без згоди є злочином.'],
    garment: 'Видаліть зморшки з одягу на фото товарів.',
  },
  bg: {
    nudify: ['Съблечи всеки на снимка с изкуствен интелект.', 'Премахни дрехите с едно кликване.'],
    about: ['Според източници сайтът се управлява от чужбина, съобщиха от МВР.', 'Създаването на такива изображения без съгласие е престъпление.'],
    garment: 'Премахнете гънките от дрехите в продуктовите снимки.',
  },
  hr: {
    nudify: ['Skini odjeću s bilo koje fotografije pomoću umjetne inteligencije.', 'Svlačenje bilo koga na slici, bez odjece.'],
    about: ['Prema podacima policije, stranicom upravlja tvrtka iz inozemstva.', 'Izrada takvih slika bez pristanka je kazneno djelo.'],
    garment: 'Uklonite nabore s odjeće na fotografijama proizvoda.',
  },
  sr: {
    nudify: ['Скини одећу са било које фотографије помоћу вештачке интелигенције.', 'Skinite odeću sa bilo koje slike.'],
    about: ['Према наводима медија, сајтом управља фирма из иностранства.', 'Zloupotreba ovakvih snimaka je krivično delo.'],
    garment: 'Уклоните наборе са одеће на фотографијама производа.',
  },
  sl: {
    nudify: ['Sleci kogarkoli na fotografiji z umetno inteligenco.', 'Odstrani oblačila z enim klikom.'],
    about: ['Po podatkih policije stran upravlja podjetje iz tujine.', 'Ustvarjanje takih slik brez privolitve je kaznivo dejanje.'],
    garment: 'Odstranite gube z oblačil na fotografijah izdelkov.',
  },
  el: {
    nudify: ['Γδύστε οποιονδήποτε σε μια φωτογραφία με τεχνητή νοημοσύνη.', 'ΑΦΑΙΡΕΣΤΕ ΤΑ ΡΟΥΧΑ ΜΕ ΕΝΑ ΚΛΙΚ'],
    about: ['Σύμφωνα με την αστυνομία, η ιστοσελίδα λειτουργεί από το εξωτερικό.', 'Η δημιουργία τέτοιων εικόνων χωρίς συναίνεση είναι ποινικό αδίκημα.'],
    garment: 'Αφαιρέστε τις τσακίσεις από τα ρούχα στις φωτογραφίες προϊόντων.',
  },
  fi: {
    nudify: ['Riisu kuka tahansa kuvasta tekoälyn avulla.', 'Poista vaatteet yhdellä klikkauksella.'],
    about: ['Poliisin mukaan sivustoa ylläpidetään ulkomailta.', 'Tällaisten kuvien tekeminen ilman suostumusta on rikos.'],
    garment: 'Poista rypyt vaatteista tuotekuvissa.',
  },
  sv: {
    nudify: ['Klä av vem som helst på en bild med AI.', 'Ta bort kläderna med ett klick.'],
    about: ['Enligt polisen drivs sajten från utlandet.', 'Att skapa sådana bilder utan samtycke är olagligt.'],
    garment: 'Ta bort skrynklor från kläder på produktbilder.',
  },
  da: {
    nudify: ['Fjern tøjet fra ethvert billede med AI.', 'Se en nøgen version af ethvert foto.'],
    about: ['Ifølge politiet drives siden fra udlandet.', 'Deling af nøgenbilleder uden samtykke er ulovligt.'],
    garment: 'Fjern rynker fra tøj på produktbilleder.',
  },
  no: {
    nudify: ['Kle av hvem som helst på et bilde med AI.', 'Fjern klærne med ett klikk.'],
    about: ['Ifølge NRK drives nettstedet fra utlandet, opplyser politiet.', 'Å lage slike bilder uten samtykke er overgrep.'],
    garment: 'Fjern rynker fra klær på produktbilder.',
  },
  lt: {
    nudify: ['Nurenkite bet ką nuotraukoje su dirbtiniu intelektu.', 'Pašalinkite drabužius vienu paspaudimu.'],
    about: ['Pasak policijos, svetainė valdoma iš užsienio.', 'Tokių vaizdų kūrimas be sutikimo yra nusikaltimas.'],
    garment: 'Pašalinkite raukšles nuo drabužių produktų nuotraukose.',
  },
  lv: {
    nudify: ['Izģērb jebkuru fotoattēlā ar mākslīgo intelektu.', 'Noņem drēbes ar vienu klikšķi.'],
    about: ['Saskaņā ar policijas sniegto informāciju vietne tiek uzturēta ārzemēs.', 'Šādu attēlu veidošana bez piekrišanas ir noziegums.'],
    garment: 'Noņemiet krunkas no apģērba produktu fotoattēlos.',
  },
  et: {
    nudify: ['Riieta lahti ükskõik kes fotol tehisintellekti abil.', 'Eemalda riided ühe klikiga.'],
    about: ['Politsei sõnul hallatakse lehte välismaalt.', 'Selliste piltide loomine ilma nõusolekuta on kuritegu.'],
    garment: 'Eemalda kortsud riietelt tootefotodel.',
  },
  sq: {
    nudify: ['Zhvish këdo në foto me inteligjencë artificiale.', 'Zhvish kedo ne foto, hiq rrobat me nje klikim.'],
    about: ['Sipas policisë, faqja drejtohet nga jashtë vendit.', 'Krijimi i këtyre imazheve pa pëlqimin e tyre është krim.'],
    garment: 'Hiqni rrudhat nga rrobat në fotot e produkteve.',
  },
};

/** Words that look like undressing but are not: changing rooms, "Miss", stripped-down versions, bared shoulders. */
const NOT_NUDIFY = [
  'Šatna a svlékárna jsou v přízemí.',
  'Slečna Nováková vás přivítá.',
  'Svlačionica je uz teren.',
  'Роздягальня працює з 8 до 20.',
  'Riisuttu versio sovelluksesta on ilmainen.',
  'Avklädningsrummet ligger till vänster.',
  'Rochie cu umerii goi pentru vară.',
  'Vaihda mallin asu verkkokaupan kuviin.',
  'Change the outfit on your model for product photos; remove the mannequin.',
  'Read our privacy policies. Slack and Telegram bot integration. NSFW filter on. Instantly upscale.',
];

const CATEGORIES = [
  'nudify-claim', 'faceswap', 'adult', 'upload', 'credits', 'subscription', 'checkout', 'app-install', 'bot-product', 'order',
  'reporting', 'harm', 'victim-help', 'legal-gov', 'academic', 'photo-tool', 'garment-care', 'sfw', 'safety-tool', 'review-subject', 'promotion',
];
const ABOUT = new Set(['reporting', 'harm', 'victim-help']);
const of = (lang: string) => PHRASES_B.filter((p) => p.reason.endsWith(`(${lang})`));
const matching = (text: string, lang?: string) => (lang ? of(lang) : PHRASES_B).filter((p) => p.pattern.test(normalizeText(text)));

describe('phrase lists for cs, sk, hu, ro, uk, bg, hr, sr, sl, el, fi, sv, da, no, lt, lv, et, sq', () => {
  it('has one phrase per category and language, each compiled with the u flag and one capture group', () => {
    expect(LANGUAGES_B).toHaveLength(18);
    expect(Object.keys(SAMPLES).sort()).toEqual([...LANGUAGES_B].sort());
    for (const lang of LANGUAGES_B) expect(of(lang).map((p) => p.category).sort()).toEqual([...CATEGORIES].sort());
    expect(PHRASES_B).toHaveLength(LANGUAGES_B.length * CATEGORIES.length);
    for (const p of PHRASES_B) {
      expect(p.pattern.flags).toContain('u');
      // The word-start check refers back to group 1; a capturing group inside a source would break it.
      expect(new RegExp(`${p.pattern.source}|`, 'u').exec('')?.length, p.reason).toBe(2);
    }
  });

  for (const lang of LANGUAGES_B) {
    const sample = SAMPLES[lang]!;
    it(`${lang}: finds nudify claims and about-page wording, and leaves garment clean-up alone`, () => {
      for (const text of sample.nudify) expect(matching(text, lang).map((p) => p.category), text).toContain('nudify-claim');
      for (const text of sample.about) expect(matching(text, lang).some((p) => ABOUT.has(p.category)), text).toBe(true);
      expect(matching(sample.garment).filter((p) => p.category === 'nudify-claim').map((p) => p.reason), sample.garment).toEqual([]);
      expect(matching(sample.garment, lang).map((p) => p.category), sample.garment).toContain('garment-care');
    });
  }

  it('does not read changing rooms, "Miss", stripped-down versions or outfit changes as undressing', () => {
    for (const text of NOT_NUDIFY) expect(matching(text).filter((p) => p.category === 'nudify-claim').map((p) => p.reason), text).toEqual([]);
  });

  it('returns on 200 KB of mixed letters, with and without spaces, and on runs of its own stems', () => {
    const letters = 'abcdefghijklmnopqrstuvwxyzáčďéěíňóřšťúůýžäöüőűăâîșțабвгдежзийклмнопрстуфхцчшщъьюяіїєґђјљњћџαβγδεζηθικλμνξοπρστυφχψωάέήίόύώåæøõėįųūāēīķļņ';
    const stems = [...new Set(PHRASES_B.flatMap((p) => [...p.pattern.source.matchAll(/(?:\(\(\?:|\|)(\p{L}{3,8})/gu)].map((m) => m[1] ?? '')))];
    const inputs = stressInputs(letters, stems, 7);
    for (const input of inputs) {
      for (const p of PHRASES_B) {
        const global = new RegExp(p.pattern.source, 'gu');
        expect(Array.isArray([...input.matchAll(global)])).toBe(true);
      }
    }
  });
});
