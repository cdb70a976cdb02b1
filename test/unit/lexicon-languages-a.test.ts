import { describe, expect, it } from 'vitest';
import type { Category } from '../../src/classify/lexicon.js';
import { LANGUAGES_A, PHRASES_A } from '../../src/classify/lexicon-languages-a.js';
import { normalizeText } from '../../src/classify/normalize.js';

const CATEGORIES: Category[] = [
  'nudify-claim', 'faceswap', 'adult', 'upload', 'credits', 'subscription', 'checkout', 'app-install', 'bot-product', 'order',
  'reporting', 'harm', 'victim-help', 'legal-gov', 'academic', 'photo-tool', 'garment-care', 'sfw', 'safety-tool', 'review-subject', 'promotion',
];
const ABOUT: Category[] = ['reporting', 'harm', 'victim-help'];

const langOf = (reason: string): string | undefined => /\(([a-z]{2})\)$/.exec(reason)?.[1];
const phrasesOf = (lang: string, categories: Category[]) => PHRASES_A.filter((p) => langOf(p.reason) === lang && categories.includes(p.category));
const hits = (lang: string, categories: Category[], sentence: string): boolean => {
  const text = normalizeText(sentence);
  return phrasesOf(lang, categories).some((p) => p.pattern.test(text));
};

/** Per language: sentences a service would write, sentences a page about them would write, and garment care. */
const SAMPLES: Record<string, { nudify: string[]; about: string[]; garment: string[] }> = {
  tr: {
    nudify: ['Yapay zeka ile fotoğraftaki kıyafetleri anında çıkarın.', 'KIYAFETLERİ ÇIKAR ve çıplak fotoğraf oluştur'],
    about: ['Uzmanlara göre bu uygulamalar rıza dışı görüntüler üretiyor.', 'Mağdurlar yardım hattını arayabilir.'],
    garment: ['Ürün fotoğraflarında kıyafetlerdeki kırışıklıkları kaldırın.', 'Kıyafetlerden tüyleri ve lekeleri temizleyin.', 'Mankenden kıyafetleri kaldırın.'],
  },
  id: {
    nudify: ['Hapus pakaian dari foto siapa saja dengan AI.', 'Aplikasi buka baju online, hasil foto bugil dalam hitungan detik.'],
    about: ['Menurut polisi, korban foto palsu dapat melapor.', 'Penyebaran foto tanpa persetujuan adalah kekerasan seksual.'],
    garment: ['Hilangkan kerutan pada baju di foto produk.', 'Hapus baju dari keranjang belanja.'],
  },
  ms: {
    nudify: ['Tanggalkan semua pakaian daripada gambar sesiapa sahaja.', 'Jana gambar bogel dengan AI.'],
    about: ['Mangsa boleh menghubungi talian bantuan.', 'Perbuatan itu satu jenayah, kata polis.'],
    garment: ['Buang kedutan pada baju dalam gambar produk.', 'Buang baju lama anda ke tong kitar semula.'],
  },
  vi: {
    nudify: ['Cởi đồ bất kỳ ai trong ảnh chỉ với một cú nhấp.', 'Xoá quần áo khỏi ảnh bằng AI, tạo ảnh khỏa thân.'],
    about: ['Theo cảnh sát, nạn nhân bị phát tán ảnh không có sự đồng ý.'],
    garment: ['Xóa nếp nhăn trên quần áo trong ảnh sản phẩm.', 'Xoá quần áo khỏi ma-nơ-canh trong ảnh sản phẩm.'],
  },
  tl: {
    nudify: ['Hubaran ang kahit sinong babae sa litrato gamit ang AI.', 'Tanggalin ang damit ng kahit sino sa isang click.'],
    about: ['Ayon sa pulisya, labag sa batas ang paggawa ng ganitong larawan.', 'Ang mga biktima ay maaaring humingi ng tulong.'],
    garment: ['Tanggalin ang gusot sa damit sa mga larawan ng produkto.', 'Tanggalin ang damit sa mannequin.'],
  },
  hi: {
    nudify: ['एआई से किसी भी फ़ोटो के कपड़े उतारें', 'किसी भी फोटो के कपडे हटाएं', 'kapde utaro kisi ki bhi photo se'],
    about: ['पुलिस के अनुसार यह बिना सहमति के बनाई गई तस्वीरें हैं।', 'पीड़ित हेल्पलाइन पर शिकायत दर्ज करें।'],
    garment: ['प्रोडक्ट फ़ोटो में कपड़ों की सिलवटें हटाएं', 'कपड़ों से दाग हटाएं'],
  },
  th: {
    nudify: ['ถอดเสื้อผ้าในรูปใครก็ได้ด้วย AI', 'แอปแก้ผ้า สร้างภาพเปลือยได้ทันที'],
    about: ['ตามรายงานของตำรวจ ผู้เสียหายถูกเผยแพร่ภาพโดยไม่ได้รับความยินยอม'],
    garment: ['ลบรอยยับบนเสื้อผ้าในภาพสินค้า', 'ลบเสื้อผ้าออกจากหุ่นโชว์'],
  },
  ar: {
    nudify: ['إزالة الملابس من أي صورة بالذكاء الاصطناعي', 'تطبيق تعرية الصور: احصل على صور عارية خلال ثوان'],
    about: ['وفقاً للشرطة، تم نشر الصور دون موافقة الضحايا.'],
    garment: ['إزالة التجاعيد من الملابس في صور المنتجات', 'ازالة الملابس عن المانيكان'],
  },
  he: {
    nudify: ['הסירו את הבגדים מכל תמונה בעזרת בינה מלאכותית', 'אפליקציה להפשיט כל אחת בתמונה'],
    about: ['לדברי המשטרה, התמונות הופצו ללא הסכמה.', 'נפגעות יכולות לפנות לקו החם.'],
    garment: ['הסרת קמטים מבגדים בתמונות מוצר', 'הסירו את הבגדים מהבובה בתמונות המוצר'],
  },
  fa: {
    nudify: ['با هوش مصنوعی لباس‌های هر کسی را حذف کنید', 'لباس‌هاي هر كسي را حذف كنيد', 'حذف لباس از عکس در چند ثانیه', 'ساخت عکس لخت از هر تصویری'],
    about: ['به گزارش خبرگزاری، این تصاویر بدون رضایت قربانیان منتشر شده است.'],
    garment: ['حذف چین و چروک لباس در عکس محصول', 'چروک لباس را حذف کنید', 'لباس را از روی مانکن حذف کنید'],
  },
};

describe('lexicon languages A: shape', () => {
  it('covers its ten languages with one phrase per category each', () => {
    expect(LANGUAGES_A).toEqual(['tr', 'id', 'ms', 'vi', 'tl', 'hi', 'th', 'ar', 'he', 'fa']);
    for (const lang of LANGUAGES_A) {
      const mine = PHRASES_A.filter((p) => langOf(p.reason) === lang);
      expect(mine.map((p) => p.category).sort(), lang).toEqual([...CATEGORIES].sort());
    }
    expect(PHRASES_A).toHaveLength(LANGUAGES_A.length * CATEGORIES.length);
  });

  it('compiles every pattern with the u flag and without a global flag', () => {
    for (const p of PHRASES_A) {
      expect(p.pattern.flags, p.reason).toContain('u');
      expect(p.pattern.flags, p.reason).not.toContain('g');
      expect(() => new RegExp(p.pattern.source, 'gu'), p.reason).not.toThrow();
    }
  });
});

describe.each(LANGUAGES_A)('lexicon languages A: %s', (lang) => {
  const sample = SAMPLES[lang];
  if (!sample) throw new Error(`no samples for ${lang}`);

  it.each(sample.nudify)('reads a nudify claim in "%s"', (sentence) => {
    expect(hits(lang, ['nudify-claim'], sentence)).toBe(true);
  });

  it.each(sample.about)('reads a page about these services in "%s"', (sentence) => {
    expect(hits(lang, ABOUT, sentence)).toBe(true);
  });

  it.each(sample.garment)('does not read garment care as undressing: "%s"', (sentence) => {
    const text = normalizeText(sentence);
    const claims = PHRASES_A.filter((p) => p.category === 'nudify-claim' && p.pattern.test(text));
    expect(claims.map((p) => p.reason)).toEqual([]);
  });

  it('reads the first garment-care sentence as garment care or a lawful look-alike', () => {
    expect(hits(lang, ['garment-care', 'photo-tool'], sample.garment[0] ?? '')).toBe(true);
  });
});

describe('lexicon languages A: linear time', () => {
  /** Deterministic mixed letters from every script of the file, with and without spaces. */
  const mixed = (length: number, spaceEvery: number): string => {
    const letters = [...'abcdefghijklmnopqrstuvwxyzçğıöşüâạảãàáầấđơưởờớ', ...'कपडनगमतसहरलवयािीुूेैोौंँ़्', ...'กขคงจฉชซดตถทนบปผพฟมยรลวสหอฮะัาิีึืุู่้๊๋็์ำเแโใไ', ...'ابتثجحخدذرزسشصضطظعغفقكلمنهويةأإآى', ...'אבגדהוזחטיכלמנסעפצקרשתםןץףך', ...'پچژگکی'];
    let seed = 42;
    let out = '';
    for (let i = 0; out.length < length; i++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      out += spaceEvery > 0 && i % spaceEvery === spaceEvery - 1 ? ' ' : letters[seed % letters.length];
    }
    return out;
  };
  const inputs = [mixed(200_000, 7), mixed(200_000, 0), `${'kıyafet bikin hubar कपड़े ถอด إزالة הסר لباس '.repeat(4000)}`.slice(0, 200_000)];

  it('returns on 200 KB of mixed letters for every pattern', () => {
    for (const input of inputs) {
      const text = normalizeText(input);
      for (const p of PHRASES_A) {
        expect(typeof p.pattern.test(text), p.reason).toBe('boolean');
        const all = [...text.matchAll(new RegExp(p.pattern.source, 'gu'))];
        expect(Array.isArray(all)).toBe(true);
      }
    }
  });
});
