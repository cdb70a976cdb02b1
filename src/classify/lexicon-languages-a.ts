/**
 * Phrase lists for tr, id, ms, vi, tl, hi, th, ar, he and fa, in the categories of lexicon.ts and
 * lexicon-offer.ts. Written from how these services, and the pages about them, speak in general in
 * each language — not from any one page. Matched against normalised text (normalize.ts: NFKC, lower
 * case, zero-width characters, ZWNJ included, removed).
 *
 * Bare English loanwords ("deepfake", "nsfw", "face swap", "18+ video", "free credits") are left to
 * the English lists, which already match them in any page; here they appear only inside native
 * phrases, so one word does not count twice. Indonesian and Malay share much vocabulary: shared
 * words sit in the Indonesian list, the Malay list keeps to Malay forms.
 *
 * Script notes:
 * - Turkish: JavaScript lower-cases "I" to "i" (not "ı") and "İ" to "i" + U+0307, so `tr()` lets
 *   "ı" match "i" and "i" carry an optional dot above. Never follow "i"/"ı" by a quantifier there.
 * - Hindi: NFKC splits nukta letters (फ़ → फ + ़), and many writers leave the nukta out, so `hi()`
 *   makes every nukta optional. Hinglish (Latin) parts keep letter boundaries.
 * - Arabic: hamza on alef and teh marbuta are often written plainly (ا, ه); `ar()` accepts both.
 *   Never put أ إ آ ة inside a character class in an Arabic source.
 * - Persian: Arabic yeh/kaf (ي ى ك) stand in for ی/ک on many sites; `fa()` accepts both. ZWNJ is
 *   removed by normalisation, so "عکس‌ها" arrives as "عکسها" or "عکس ها": write " ?" there.
 *   Never put ی or ک inside a character class in a Persian source.
 * - Thai, Arabic, Hebrew, Persian and Hindi use no letter boundaries (prefixes attach, or there are
 *   no spaces); short words carry explicit lookarounds instead.
 */
import type { Category, Phrase } from './lexicon.js';

export const LANGUAGES_A: string[] = ['tr', 'id', 'ms', 'vi', 'tl', 'hi', 'th', 'ar', 'he', 'fa'];

/** Latin-script word start/end without \b (which is ASCII-only). */
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
/** Sources are NFKC-normalised like the text (Thai ำ, for one, becomes ํ + า). */
const w = (source: string): RegExp => new RegExp(`${B}(?:${source.normalize('NFKC')})${E}`, 'u');
const cjk = (source: string): RegExp => new RegExp(source.normalize('NFKC'), 'u');
/** Words with letter boundaries, plus a part that needs none ("/ay" after "99tl"). */
const wl = (words: string, loose: string): RegExp => new RegExp(`${B}(?:${words.normalize('NFKC')})${E}|${loose.normalize('NFKC')}`, 'u');

const trFold = (source: string): string => source.normalize('NFKC').replace(/i/g, 'i\u0307?').replace(/ı/g, '[ıi]');
const tr = (source: string): RegExp => w(trFold(source));
const trl = (words: string, loose: string): RegExp => wl(trFold(words), trFold(loose));

const hiFold = (source: string): string => source.normalize('NFKC').replace(/\u093C/g, '\u093C?');
/** Devanagari without boundaries, optionally with Hinglish (Latin) words that keep them. */
const hi = (deva: string, latin?: string): RegExp => new RegExp(`${hiFold(deva)}${latin ? `|${B}(?:${latin})${E}` : ''}`, 'u');

const ar = (source: string): RegExp => cjk(source.replace(/[أإآ]/g, '[أإآا]').replace(/ة/g, '[ةه]'));
const fa = (source: string): RegExp => cjk(source.replace(/ی/g, '[یيى]').replace(/ک/g, '[کك]'));
const he = cjk;
const th = cjk;

const REASONS: Partial<Record<Category, string>> = {
  'nudify-claim': 'offers to undress people in photos',
  faceswap: 'offers face swapping / deepfakes',
  adult: 'adult context in soft wording (for adults, 18+, uncensored)',
  upload: 'asks visitors to upload a photo',
  credits: 'sells credits, coins or tokens per generation',
  subscription: 'sells a subscription or premium plan',
  checkout: 'takes payment (card, crypto, wallets)',
  'app-install': 'ships an app to install (APK, stores, home screen)',
  'bot-product': 'sells a messenger bot as the product',
  order: 'takes orders for made-to-order work',
  reporting: 'reads as journalism or an investigation',
  harm: 'frames these tools as harmful or illegal',
  'victim-help': 'offers help to victims (helplines, reporting, counselling, donations)',
  'legal-gov': 'reads as a government, regulator or legal text',
  academic: 'reads as an academic paper',
  'photo-tool': 'offers an ordinary photo-editing function',
  'garment-care': 'cleans up clothing in product photos (wrinkles, lint, mannequins, outfit changes for shops)',
  sfw: 'keeps to fun and family use (memes, birthdays, funny, family-friendly)',
  'safety-tool': 'detects or blocks such content (moderation / safety tool)',
  'review-subject': 'reviews, compares or finds alternatives to another service',
  promotion: 'discloses affiliate links or sponsorship, or ranks tools against each other',
};

const p = (lang: string, category: Category, pattern: RegExp): Phrase => ({ category, reason: `${REASONS[category] ?? category} (${lang})`, pattern });

export const PHRASES_A: Phrase[] = [
  // ================= Turkish (tr) =================
  p('tr', 'nudify-claim', tr('(?<!(?:manken|model|ürün|katalog)\\p{L}{0,6} )(?:kıyafet|elbise|giysi|giyecek)(?:ler)?(?:i|ı|ini|ını)? (?:(?:tamamen|anında|hızlıca|kolayca|saniyeler içinde|birkaç saniyede|\\p{N}+ saniyede|saniyede|tek (?:tıkla|tıkta|dokunuşla)|otomatik(?: olarak)?|yapay zek[aâ] ile|ai ile) ){0,2}(?:çıkar|sil|kaldır|yok et|soy)\\p{L}*|kıyafetsiz (?:hale getir|yap|fotoğraf|görsel)\\p{L}*|çıplak (?:fotoğraf|resim|görsel|görüntü|hal|versiyon|yap|et)\\p{L}*|çıplaklaştır\\p{L}*|(?:ai|yapay zek[aâ])(?: ile)? (?:soy(?:ma|an|un|ucu)|çıplak)\\p{L}*|soy(?:ma|ucu) (?:uygulama|araç|bot|site|yapay)\\p{L}*|soyan (?:uygulama|yapay zek|ai|bot)\\p{L}*|(?:kişiyi|kızı|kadını|herkesi|birini) soy(?:un|)\\p{L}*|(?:kıyafet|elbise|giysi)\\p{L}* (?:altını|içini|ardını) gör\\p{L}*|röntgen (?:modu|filtresi|kamerası|uygulaması)|nude (?:yapay zek|uygulama|fotoğraf|görsel)\\p{L}*')),
  p('tr', 'faceswap', tr('yüz(?:ü|ünü|leri|lerini|ler)? (?:değiştir|değişim|takas)\\p{L}*|yüz değiştirici\\p{L}*|(?:herhangi bir|istediğin|istediğiniz|dilediğin) yüz\\p{L}* (?:videoya|videolara|fotoğrafa|videoda)|derin ?sahte\\p{L}*')),
  p('tr', 'adult', tr('yetişkinlere (?:özel|yönelik)|yetişkin(?:ler)? (?:için|içerik\\p{L}*|video\\p{L}*|şablon\\p{L}*|mod\\p{L}*|film\\p{L}*)|(?:\\+18|18\\+) (?:videolar|içerik|şablon|mod|film)\\p{L}*|(?:video|içerik|şablon|film)\\p{L}* \\+18|sansürsüz|müstehcen|erotik (?:video|içerik|şablon)\\p{L}*|açık saçık')),
  p('tr', 'upload', tr('(?:fotoğraf|resim|görsel|görüntü|selfie|foto)\\p{L}* (?:yükle|seç|gönder)\\p{L}*|sürükle (?:ve )?bırak')),
  p('tr', 'credits', tr('\\d+ (?:kredi(?!t)|jeton|coin|token|elmas)\\p{L}*(?! kart)|(?:kredi|jeton|coin|elmas)\\p{L}* (?:satın al|paket|yükle)\\p{L}*|ücretsiz (?:kredi|jeton|hak)\\p{L}*|(?:üretim|görsel|fotoğraf|işlem) başına')),
  p('tr', 'subscription', trl('aylık|haftalık|yıllık (?:plan|abonelik|üyelik|paket)\\p{L}*|ayda \\d|(?:premium|vip|pro|gold|altın) (?:üyelik|paket|abonelik)\\p{L}*|abonelik\\p{L}*|abone ol\\p{L}*', '\\/ ?(?:ay|hafta)(?![\\p{L}])')),
  p('tr', 'checkout', tr('(?:kredi kartı|banka kartı|kart|kripto(?: para)?|bitcoin|btc|usdt|papara|havale|eft)\\p{L}*(?: ile)? (?:öde|ödeme)\\p{L}*|(?:hemen|şimdi) satın al\\p{L}*|bakiye yükle\\p{L}*|güvenli ödeme')),
  p('tr', 'app-install', tr('uygulama\\p{L}* (?:indir|yükle|kur)\\p{L}*|apk\\p{L}* (?:indir|dosya)\\p{L}*|ana ekran\\p{L}* ekle\\p{L}*|(?:google play|play store|app store)(?:[\'’]?(?:dan|den|da|de))? (?:indir\\p{L}*|mevcut)')),
  p('tr', 'bot-product', tr('botumuz\\p{L}*|bot(?:u|unu)? (?:başlat|çalıştır)\\p{L}*|bota (?:fotoğraf|resim|görsel)\\p{L}* (?:gönder|at)\\p{L}*|(?:fotoğraf|resim|görsel)\\p{L}* bota gönder\\p{L}*|telegram bot(?:u|umuz)\\p{L}*')),
  p('tr', 'order', tr('sipariş ver\\p{L}*|özel sipariş\\p{L}*|sipariş üzerine|siparişe özel|hemen sipariş\\p{L}*|sipariş (?:al|alıyoruz|alınır)\\p{L}*')),
  p('tr', 'reporting', tr('(?:habere|haberine|iddiaya|açıklamaya|uzmanlara|polise|verilere|rapora|raporuna|kaynaklara) göre|açıklamasında|muhabir\\p{L}*|gazeteci\\p{L}*|soruşturma\\p{L}*|okuma süresi|\\d+ (?:dk|dakika)(?:lık)? okuma|yayınlanma tarihi|\\d+ yorum|haberin devamı|(?:dedi|söyledi|belirtti|ifade etti)(?=[.,])')),
  p('tr', 'harm', tr('rıza(?:sı|ları|nız)? (?:olmadan|dışı)|(?:onay|izin)(?:ı|i|ları|leri)? olmadan|izinsiz|istismar\\p{L}*|yasa ?dışı|suç\\p{L}*|taciz\\p{L}*|şantaj\\p{L}*|mahremiyet ihlal\\p{L}*')),
  p('tr', 'victim-help', tr('mağdur\\p{L}*|yardım hattı|destek hattı|ihbar hattı|(?:şik[aâ]yet|ihbar)(?:te)? (?:et|edin|edebilirsiniz|bulun)\\p{L}*|(?:yardım|destek) al\\p{L}*|psikolojik destek|bağış\\p{L}*|kaldırılması\\p{L}* (?:talep|iste)\\p{L}*|yardım isteyin')),
  p('tr', 'legal-gov', tr('bakanlığ\\p{L}*|bakanlık\\p{L}*|hükümet\\p{L}*|kanun\\p{L}*|yasa(?:sı|nın|ya|da|lar\\p{L}*)?|yasal düzenleme\\p{L}*|madde \\d+|\\d+\\. madde\\p{L}*|mahkeme\\p{L}*|tbmm|meclis\\p{L}*|btk|resmi gazete\\p{L}*|düzenleyici (?:kurum|kurul)\\p{L}*|tck|savcılı\\p{L}*')),
  p('tr', 'academic', tr('anahtar kelimeler|üniversite\\p{L}*|bu çalışmada|çalışmamızda|veri ?set\\p{L}*|veri kümesi\\p{L}*|hakemli|araştırmacılar\\p{L}*|bilimsel makale\\p{L}*|yüksek lisans tezi|doktora tezi|özet(?= ?:)')),
  p('tr', 'photo-tool', tr('arka ?plan\\p{L}* (?:kaldır|sil|temizle|değiştir)\\p{L}*|arka ?plan (?:silici|kaldırıcı)|(?:eski )?fotoğraf\\p{L}* (?:onar|restore|renklendir|netleştir|iyileştir)\\p{L}*|çözünürlü\\p{L}* (?:artır|yükselt)\\p{L}*|rötuş\\p{L}*|vesikalık\\p{L}*|biyometrik fotoğraf\\p{L}*|pasaport fotoğraf\\p{L}*')),
  p('tr', 'garment-care', tr('kırışıklı\\p{L}*|(?:kıyafet|giysi|kumaş|tişört|gömlek|elbise)\\p{L}* (?:üzerindeki |üstündeki )?(?:tüy|leke|kırışık|hav|toz)\\p{L}*|hayalet manken\\p{L}*|görünmez manken\\p{L}*|manken\\p{L}* (?:kaldır|sil|gizle)\\p{L}*|ürün (?:fotoğraf|görsel|çekim)\\p{L}*|(?:model|manken)\\p{L}* (?:üzerindeki )?(?:kıyafet|elbise)\\p{L}* değiştir\\p{L}*|e-?ticaret (?:fotoğraf|görsel)\\p{L}*|sanal (?:deneme|kabin|manken)\\p{L}*')),
  p('tr', 'sfw', tr('komik (?:video|caps|efekt|filtre)\\p{L}*|mizah\\p{L}*|doğum ?gün\\p{L}*|aile dostu|tüm aile için|çocuklar için|eğlenceli|capsler|eğlence amaçlı')),
  p('tr', 'safety-tool', tr('(?:çıplaklık|nsfw|müstehcen (?:içerik|görsel)|deepfake|uygunsuz (?:içerik|görsel)|cinsel içerik)\\p{L}* (?:tespit|algıla|engelle|filtre|denetim|tanıma)\\p{L}*|içerik (?:moderasyon|denetim)\\p{L}*|moderasyon api\\p{L}*')),
  p('tr', 'review-subject', tr('inceleme\\p{L}*|(?:güvenli|güvenilir|yasal|gerçek|dolandırıcı(?:lık)?) (?:mi|mı)(?:dir|dır)?|alternatifler\\p{L}*|alternatifi|benzer (?:site|uygulama|araç)\\p{L}*|(?:promosyon|indirim|kupon) kod\\p{L}*')),
  p('tr', 'promotion', tr('satış ortaklığı\\p{L}*|(?:ortaklık|referans) (?:bağlantı|link)\\p{L}*|komisyon (?:kazan|al)\\p{L}*|sponsorlu|reklam içerir|karşılaştırma\\p{L}*|artıları ve eksileri|avantaj\\p{L}* ve dezavantaj\\p{L}*|editörün seçimi|en iyi \\d+|\\d+ en iyi|sıralamamız\\p{L}*')),

  // ================= Indonesian (id) =================
  p('id', 'nudify-claim', w('(?:hapus|menghapus|lepas|melepas|lepaskan|melepaskan|buka|membuka|hilangkan|menghilangkan|copot|mencopot) (?:semua |seluruh )?(?:pakaian|baju|busana)(?:nya)?(?! (?:dari|pada|di|ke) (?:foto |gambar )?(?:produk|manekin|model|katalog|keranjang|daftar|wishlist))(?! lama| bekas)|(?:pakaian|baju|busana)(?:nya)? (?:dilepas|dihapus|dibuka|dihilangkan|dicopot)|(?:foto|gambar|versi|video) (?:telanjang|bugil)|menelanjangi|ditelanjangi|telanjangi|(?:bikin|jadikan|membuat) (?:\\p{L}+ ){0,2}(?:telanjang|bugil)|tanpa busana|tembus pandang|(?:ai|aplikasi|app) (?:buka baju|telanjang|bugil)|penghapus (?:baju|pakaian)')),
  p('id', 'faceswap', w('(?:ganti|mengganti|penggantian|pertukaran|menukar|tukar) wajah|ganti muka|wajah (?:siapa (?:saja|pun)|apa pun) (?:ke|di|dalam) (?:video|foto)')),
  p('id', 'adult', w('(?:khusus|untuk|konten|video|film|template|templat|mode) (?:orang )?dewasa|(?:video|konten|template|templat|film) 18\\+|tanpa sensor|bokep|mesum|(?:video|konten|foto) syur')),
  p('id', 'upload', w('(?:unggah|upload|pilih|kirim|kirimkan|masukkan) (?:sebuah |satu )?(?:foto|gambar|selfie|swafoto)(?:mu|nya| anda| kamu)?|(?:foto|gambar)(?:mu| anda| kamu)? (?:diunggah|diupload)')),
  p('id', 'credits', w('\\d+ (?:kredit|koin|token|poin)(?! kartu)|(?:beli|membeli|isi ulang) (?:kredit|koin|token|poin)|(?:kredit|koin|token|poin) gratis|per (?:foto|gambar|generasi)')),
  p('id', 'subscription', wl('bulanan|mingguan|tahunan|langganan|berlangganan|(?:paket|member|keanggotaan|akun) (?:premium|vip|bulanan|tahunan)|per (?:bulan|minggu|tahun)', '\\/ ?(?:bulan|bln|minggu)(?![\\p{L}])')),
  p('id', 'checkout', w('(?:bayar|pembayaran|membayar) (?:dengan|via|pakai|menggunakan|lewat) (?:kartu(?: kredit)?|crypto|kripto|bitcoin|usdt|dana|ovo|gopay|qris|shopeepay|transfer bank|pulsa)|beli sekarang|isi saldo|pembayaran aman')),
  p('id', 'app-install', w('(?:unduh|pasang|instal) (?:aplikasi|apk|app)(?:nya)?|tambahkan ke (?:layar utama|layar beranda)|tersedia di (?:google play|play store|app store)')),
  p('id', 'bot-product', w('bot kami|(?:mulai|jalankan|buka|gunakan|pakai) bot(?:nya| kami)?|kirim (?:foto|gambar)(?:mu| anda| kamu)? ke bot')),
  p('id', 'order', w('pesan sekarang|buat pesanan|(?:menerima|terima) (?:pesanan|order|request)|pesanan (?:khusus|kustom|custom)|sesuai pesanan|open order|jasa (?:edit|pembuatan) (?:foto|video)')),
  p('id', 'reporting', w('menurut|kata (?:dia|polisi|pakar|ahli)|ujar(?:nya)?|ungkap(?:nya)?|dilansir|dikutip dari|wartawan|jurnalis|investigasi|\\d+ menit (?:baca|membaca)|waktu baca|diterbitkan|dipublikasikan|\\d+ komentar|polisi')),
  p('id', 'harm', w('tanpa (?:izin|persetujuan|seizin|sepengetahuan)|non-?konsensual|pelecehan|kekerasan seksual|eksploitasi|melanggar hukum|kejahatan|tindak pidana|pemerasan|sekstorsi')),
  p('id', 'victim-help', w('korban|layanan pengaduan|(?:laporkan|adukan|melaporkan) (?:ke|kepada|konten|hal)|pendampingan|konseling|donasi|berdonasi|(?:cari|dapatkan|minta) bantuan')),
  p('id', 'legal-gov', w('kementerian|pemerintah|undang-undang|uu (?:ite|tpks|pdp|no\\.?)|pasal \\d+|peraturan (?:pemerintah|menteri)|pengadilan|mahkamah (?:agung|konstitusi)|kominfo|komdigi|dpr')),
  p('id', 'academic', w('abstrak|universitas|penelitian|peneliti|kumpulan data|kata kunci|metodologi|jurnal ilmiah|skripsi|tesis')),
  p('id', 'photo-tool', w('(?:hapus|menghapus|penghapus) (?:latar(?: belakang)?|background)|restorasi foto|perbaiki foto lama|pertajam foto|jernihkan foto|tingkatkan resolusi|pas foto|foto paspor|edit foto|retus')),
  p('id', 'garment-care', w('kerutan|(?:noda|bulu|debu|serat) (?:pada|di|dari) (?:pakaian|baju|kain)|foto produk|(?:ganti|mengganti|ubah) (?:pakaian|baju|busana|outfit) (?:pada )?model|model virtual|coba baju virtual')),
  p('id', 'sfw', w('lucu|ulang tahun|kocak|ramah keluarga|untuk (?:anak-anak|seluruh keluarga)|aman untuk keluarga')),
  p('id', 'safety-tool', w('(?:deteksi|mendeteksi|pendeteksi|blokir|memblokir|menyaring|penyaringan) (?:\\p{L}+ ){0,2}(?:ketelanjangan|konten (?:dewasa|pornografi|vulgar|sensitif)|gambar (?:telanjang|vulgar)|pornografi|deepfake)|moderasi konten')),
  p('id', 'review-subject', w('ulasan|apakah (?:\\p{L}+ )?(?:aman|legal|penipuan|terpercaya|legit)|alternatif|aplikasi (?:serupa|sejenis)|kode (?:promo|diskon|kupon)|kupon')),
  p('id', 'promotion', w('(?:tautan|link) afiliasi|afiliasi|(?:kami|saya) (?:mungkin )?(?:mendapatkan|mendapat|menerima) komisi|bersponsor|disponsori|perbandingan|peringkat|kelebihan dan kekurangan|plus minus|\\d+ (?:aplikasi|situs|tools?) (?:terbaik|teratas)')),

  // ================= Malay (ms) =================
  p('ms', 'nudify-claim', w('(?:tanggalkan|menanggalkan|buang|membuang|lucutkan|melucutkan|padam|padamkan|memadam|memadamkan) (?:semua |segala )?(?:pakaian|baju)(?:nya)?(?! (?:dari|daripada|pada|di|ke) (?:gambar |foto )?(?:produk|manekin|model|patung|katalog|troli|senarai))(?! lama| terpakai)|(?:pakaian|baju)(?:nya)? (?:ditanggalkan|dilucutkan|dipadam)|(?:gambar|foto|versi|video) bogel|bogelkan|membogelkan|dibogelkan|telanjangkan|menelanjangkan|tanpa (?:pakaian|seurat benang)|lut sinar|(?:ai|aplikasi|apl) (?:bogel|tanggal baju)')),
  p('ms', 'faceswap', w('(?:tukar|menukar|penukar|pertukaran) muka')),
  p('ms', 'adult', w('bagi orang dewasa|(?:kandungan|filem) dewasa|tanpa tapisan|lucah|video lucah')),
  p('ms', 'upload', w('(?:muat naik|muatnaik|hantar|hantarkan) (?:sekeping |satu )?(?:gambar|foto|swafoto)(?: anda)?')),
  p('ms', 'credits', w('(?:kredit|syiling|token) percuma|\\d+ syiling|(?:beli|tambah) syiling|setiap (?:gambar|foto|penjanaan)')),
  p('ms', 'subscription', w('(?:rm ?)?\\d+(?:[.,]\\d+)? (?:sebulan|seminggu|setahun)|pelan (?:bulanan|mingguan|tahunan|premium)|keahlian (?:premium|vip)|ahli premium')),
  p('ms', 'checkout', w('(?:bayar|pembayaran|membayar) (?:dengan|melalui|menggunakan|guna) (?:kad(?: kredit| debit)?|fpx|touch ?[\'’]?n ?go|tng|boost|grabpay|duitnow|e-?dompet)|(?:bayar|pembayaran) melalui (?:kripto|bitcoin|usdt)|tambah nilai')),
  p('ms', 'app-install', w('muat turun (?:aplikasi|apl|apk)|tambah ke skrin utama')),
  p('ms', 'bot-product', w('(?:hantar|hantarkan) (?:gambar|foto)(?: anda)? (?:ke|kepada) bot|(?:mulakan|guna) bot(?: kami)?')),
  p('ms', 'order', w('(?:buat|membuat) tempahan|tempahan (?:khas|tersuai)|ikut tempahan|terima tempahan|tempah sekarang')),
  p('ms', 'reporting', w('memetik|siasatan|(?:pihak|kata|menurut|laporan|ibu pejabat) polis|polis diraja|minit (?:bacaan|membaca)|\\d+ komen|jelas(?:nya| beliau)|katanya')),
  p('ms', 'harm', w('tanpa (?:kebenaran|keizinan)|gangguan seksual|penderaan|salah di sisi undang-undang|menyalahi undang-undang|jenayah|ugutan|peras ugut')),
  p('ms', 'victim-help', w('mangsa|talian (?:bantuan|nur|kasih)|kaunseling|derma|sumbangan|buat laporan')),
  p('ms', 'legal-gov', w('kerajaan|akta \\d+|akta (?:komunikasi|keselamatan)|seksyen \\d+|mahkamah (?:tinggi|sesyen|majistret|persekutuan|rayuan)|parlimen|mcmc|kanun keseksaan')),
  p('ms', 'academic', w('universiti|kajian|penyelidik(?:an)?|set data')),
  p('ms', 'photo-tool', w('buang latar(?: belakang)?|pulihkan (?:foto|gambar) lama|gambar pasport|foto pasport|edit gambar')),
  p('ms', 'garment-care', w('kedutan|(?:kotoran|bulu|habuk|kesan) (?:pada|di|dari) (?:pakaian|baju|kain)|patung peraga|gambar produk|(?:tukar|menukar) (?:pakaian|baju) (?:pada )?model|cubaan maya')),
  p('ms', 'sfw', w('lawak|hari jadi|kelakar|mesra keluarga|untuk seisi keluarga')),
  p('ms', 'safety-tool', w('(?:mengesan|pengesanan|sekat|menyekat|tapis|menapis) (?:\\p{L}+ ){0,2}(?:kebogelan|bogel|kandungan (?:lucah|dewasa|sensitif)|lucah|deepfake)|moderasi kandungan')),
  p('ms', 'review-subject', w('adakah (?:ia |aplikasi ini |laman ini )?(?:selamat|sah|penipuan|boleh dipercayai)|kod (?:promo|diskaun|kupon)|diskaun|baucar')),
  p('ms', 'promotion', w('pautan ahli gabungan|ahli gabungan|komisen|ditaja|tajaan|kebaikan dan keburukan|kelebihan dan kelemahan|\\d+ (?:aplikasi|laman) terbaik')),

  // ================= Vietnamese (vi) =================
  p('vi', 'nudify-claim', w('(?:cởi|lột) (?:bỏ )?(?:hết |sạch |toàn bộ )?(?:quần áo|đồ|áo quần|y phục)|(?:x(?:óa|oá)|gỡ(?: bỏ)?|loại bỏ) (?:hết |toàn bộ |sạch )?(?:quần áo|áo quần|y phục)(?! (?:trên|của|cho|khỏi) (?:ma-?nơ-?canh|manocanh|người mẫu|sản phẩm))|(?:ảnh|hình|phiên bản|video) (?:kh(?:ỏa|oả) thân|nude)|kh(?:ỏa|oả) thân h(?:óa|oá)|nhìn xuyên (?:qua )?(?:quần áo|đồ)|xuyên thấu quần áo|(?:ai|app|ứng dụng) (?:cởi|lột) đồ|(?:làm|biến) (?:\\p{L}+ ){0,2}(?:kh(?:ỏa|oả) thân|trần truồng)')),
  p('vi', 'faceswap', w('(?:hoán đổi|đổi|ghép|hoán) (?:khuôn )?mặt|thay (?:đổi )?khuôn mặt|giả mạo khuôn mặt')),
  p('vi', 'adult', w('(?:dành cho|nội dung|video|phim|mẫu|truyện) người lớn|(?:video|mẫu|nội dung|phim|ảnh) 18\\+|(?:phim|video|bản|clip) không che|không kiểm duyệt|khiêu dâm|phim sex')),
  p('vi', 'upload', w('tải (?:ảnh|hình|hình ảnh)(?: của bạn)? lên|tải lên (?:một )?(?:ảnh|hình|hình ảnh|tấm ảnh)|(?:chọn|gửi|upload) (?:một )?(?:ảnh|hình|hình ảnh|tấm ảnh)')),
  p('vi', 'credits', w('\\d+ (?:xu|tín dụng|credit|lượt tạo|lượt miễn phí)|mua (?:thêm )?(?:xu|tín dụng|credit|lượt)|nạp xu|(?:xu|tín dụng|credit) miễn phí|mỗi lượt tạo')),
  p('vi', 'subscription', wl('mỗi (?:tháng|tuần)|hàng (?:tháng|tuần)|theo tháng|gói (?:tháng|tuần|năm|vip|premium|cao cấp|hội viên)|(?:thành viên|hội viên|tài khoản) (?:vip|premium|cao cấp)|đăng ký (?:gói|hội viên|thành viên vip)|thuê bao', '\\/ ?(?:tháng|tuần|năm)(?![\\p{L}])')),
  p('vi', 'checkout', w('thanh toán (?:bằng|qua|với) (?:thẻ|crypto|tiền điện tử|tiền mã h(?:óa|oá)|bitcoin|btc|usdt|momo|zalopay|vnpay|paypal|chuyển khoản|ví điện tử)|mua ngay|nạp tiền|nạp thẻ|thanh toán an toàn|chuyển khoản ngân hàng')),
  p('vi', 'app-install', w('tải (?:về )?(?:ứng dụng|app|apk)|cài đặt (?:ứng dụng|app|apk)|file apk|thêm vào màn hình chính|có (?:sẵn )?trên (?:google play|app store|ch play)')),
  p('vi', 'bot-product', w('bot (?:của chúng tôi|chính thức)|(?:khởi động|bắt đầu|mở|dùng|sử dụng) bot|gửi (?:ảnh|hình)(?: của bạn)? (?:cho|đến|tới|vào) bot|bot telegram')),
  p('vi', 'order', w('đặt (?:hàng|đơn)|làm theo yêu cầu|theo đơn đặt hàng|nhận (?:làm|edit|ghép) (?:video|ảnh|theo yêu cầu)|đơn (?:hàng )?(?:riêng|t(?:ùy|uỳ) chỉnh)')),
  p('vi', 'reporting', w('phóng viên|nhà báo|theo (?:báo|phóng viên|nguồn tin|cảnh sát|công an|chuyên gia|báo cáo)|cho biết|điều tra|công an|cảnh sát|\\d+ phút đọc|thời gian đọc|đăng (?:lúc|ngày)|cập nhật (?:lúc|ngày)|\\d+ bình luận|bình luận \\(\\d+\\)')),
  p('vi', 'harm', w('(?:không|chưa) (?:có|được) sự (?:đồng ý|cho phép|đồng thuận)|thiếu sự (?:đồng ý|đồng thuận)|không đồng thuận|lạm dụng|bất hợp pháp|phạm pháp|vi phạm pháp luật|tội phạm|xâm hại|quấy rối|tống tiền|trái phép')),
  p('vi', 'victim-help', w('nạn nhân|đường dây nóng|tổng đài (?:hỗ trợ|bảo vệ)|tố giác|trình báo|hỗ trợ tâm lý|tư vấn tâm lý|quyên góp|gỡ bỏ (?:hình ảnh|ảnh|nội dung) (?:nhạy cảm|riêng tư)|ủng hộ (?:quỹ|chúng tôi)')),
  p('vi', 'legal-gov', w('bộ (?:công an|thông tin và truyền thông|tư pháp|khoa học và công nghệ)|chính phủ|nghị định|thông tư|bộ luật|luật (?:an ninh mạng|hình sự|an toàn thông tin)|điều \\d+|t(?:òa|oà) án|quốc hội|cơ quan quản lý')),
  p('vi', 'academic', w('tóm tắt|(?:trường )?đại học|nghiên cứu (?:này|của chúng tôi|cho thấy)|bộ dữ liệu|tập dữ liệu|bài báo khoa học|tạp chí khoa học|phương pháp (?:đề xuất|nghiên cứu)')),
  p('vi', 'photo-tool', w('x(?:óa|oá) (?:phông|nền)|tách (?:nền|phông)|phục hồi ảnh|làm nét ảnh|tăng độ phân giải|làm mịn da|ảnh thẻ|ảnh hộ chiếu|tô màu ảnh|chỉnh sửa ảnh')),
  p('vi', 'garment-care', w('nếp nhăn (?:trên |của )?(?:quần áo|áo|vải|trang phục)|x(?:óa|oá) nếp nhăn|(?:xơ vải|lông|vết bẩn|vết ố) (?:trên )?(?:quần áo|áo|vải)|ảnh sản phẩm|chụp sản phẩm|ma[- ]?nơ[- ]?canh|manocanh|người mẫu ảo|(?:thay|đổi) (?:trang phục|quần áo|đồ) (?:cho|của|trên) người mẫu|(?:phòng )?thử đồ ảo')),
  p('vi', 'sfw', w('ảnh chế|sinh nhật|hài hước|vui nhộn|(?:phù hợp|an toàn) (?:cho|với) (?:cả )?gia đình|cho cả gia đình|lành mạnh|video hài')),
  p('vi', 'safety-tool', w('(?:phát hiện|nhận diện|chặn|lọc|ngăn chặn) (?:\\p{L}+ ){0,3}(?:kh(?:ỏa|oả) thân|nhạy cảm|khiêu dâm|đồi trụy|deepfake)|kiểm duyệt nội dung')),
  p('vi', 'review-subject', w('đánh giá|có (?:an toàn|hợp pháp|uy tín|lừa đảo|đáng tiền|đáng dùng) không|(?:lựa chọn|ứng dụng|trang web|công cụ) thay thế|(?:ứng dụng|trang|web|công cụ) tương tự|mã (?:giảm giá|khuyến mãi|khuyến mại|ưu đãi)')),
  p('vi', 'promotion', w('(?:liên kết|link) tiếp thị|tiếp thị liên kết|(?:nhận|hưởng) (?:một khoản )?hoa hồng|được tài trợ|nhà tài trợ|so sánh|bảng xếp hạng|xếp hạng|ưu (?:và |, )?nhược điểm|(?:top|\\d+) (?:ứng dụng|công cụ|trang web|app) (?:tốt nhất|hàng đầu)')),

  // ================= Tagalog / Filipino (tl) =================
  p('tl', 'nudify-claim', w('hubar\\p{L}*|hinubar\\p{L}*|huhubar\\p{L}*|hinuhubar\\p{L}*|ipahubad|paghuhubad|(?:tanggalin|tinatanggal|tinanggal|tanggalan|tatanggalin|alisin|inaalis|inalis|burahin|binubura) (?:ang |ng |lahat ng |ang lahat ng |ang mga |mga )?(?:damit|kasuotan|saplot)\\p{L}*(?! (?:sa|ng|mula sa) (?:mga )?(?:mannequin|manekin|produkto|modelo))|(?:larawan|litrato|bersyon|video)(?:g|ng)? (?:na )?hubad|walang (?:damit|saplot)|hubo[\'’]?t hubad|gawing hubad|panghubad|pang-hubad')),
  p('tl', 'faceswap', w('(?:palit|pagpalit|pagpapalit|magpalit|ipalit|palitan|pinalitan|nagpalit) (?:ng |ang |ang mga |ng mga )?mukha|(?:ilagay|ilipat) (?:ang )?(?:mukha|face)(?: mo| ng kahit sino)? sa (?:video|larawan|litrato)')),
  p('tl', 'adult', w('para sa (?:mga )?(?:matatanda|nasa hustong gulang) lamang|pang-?(?:adulto|matanda)|18 pataas|walang (?:censor|sensor)|malaswa\\p{L}*|kalaswaan|bold (?:na )?(?:video|pelikula)|(?:video|content|bidyo) na pang-?adult')),
  p('tl', 'upload', w('(?:i-?upload|mag-?upload|pumili ng|piliin ang|ipadala ang|magpadala ng|i-?send ang) (?:ang )?(?:iyong |isang )?(?:larawan|litrato|picture|pic|selfie|photo)(?:ng| mo)?')),
  p('tl', 'credits', w('\\d+ na (?:credits?|coins?|tokens?|kredito)|(?:bumili|bilhin|magbayad) ng (?:credits?|coins?|tokens?|kredito)|libreng (?:credits?|coins?|tokens?|kredito)|(?:kada|bawat) (?:generation|larawan|litrato)')),
  p('tl', 'subscription', wl('(?:kada|bawat) (?:buwan|linggo|taon)|buwan-?buwan|(?:buwanang|lingguhang|taunang) (?:plano|bayad|subscription|membership)|(?:premium|vip) na (?:membership|miyembro|account)|mag-?subscribe|pag-?subscribe', '\\/ ?buwan(?![\\p{L}])')),
  p('tl', 'checkout', w('(?:magbayad|bayaran|magbabayad|pagbabayad|bayad) (?:gamit ang|sa pamamagitan ng|via|thru|sa) (?:card|credit card|gcash|maya|paymaya|crypto|bitcoin|btc|usdt|paypal|bangko)|(?:bumili|bilhin) na(?: ngayon)?|gcash|paymaya')),
  p('tl', 'app-install', w('(?:i-?download|mag-?download|i-?install|mag-?install) (?:ang |ng )(?:aming )?(?:app|apk|application|aplikasyon)|idagdag sa (?:iyong )?home ?screen')),
  p('tl', 'bot-product', w('aming (?:telegram )?bot|bot namin|(?:simulan|i-?start|buksan|gamitin) ang (?:aming )?bot|(?:ipadala|i-?send|magpadala)(?: ng| ang)? (?:iyong |mong )?(?:larawan|litrato|picture|photo|pic) sa (?:aming )?bot')),
  p('tl', 'order', w('mag-?order|umorder|(?:tumatanggap|tanggap) (?:kami )?ng (?:mga )?(?:order|request|commission)|pasadya(?:ng)? (?:order|gawa)')),
  p('tl', 'reporting', w('ayon (?:sa|kay)|sinabi (?:ni|ng)|pahayag (?:ni|ng)|imbestigasyon|pagsisiyasat|mamamahayag|\\d+ minutong (?:pagbasa|basa)|nailathala|inilathala|\\d+ (?:na )?komento|mga komento|pulisya|pnp')),
  p('tl', 'harm', w('walang (?:pahintulot|pagsang-?ayon|permiso)|hindi (?:pinahintulutan|pumayag)|pang-?aabuso|abuso|iligal|labag sa batas|krimen|panliligalig|pananakot')),
  p('tl', 'victim-help', w('biktima\\p{L}*|humingi ng tulong|(?:i-?report|iulat|ireklamo|isumbong) (?:ito|ang|sa)|pagpapayo|donasyon|mag-?donate')),
  p('tl', 'legal-gov', w('kagawaran|pamahalaan|gobyerno|batas (?:republika|pambansa)|(?:ang|ng|sa) batas|republic act|ra \\d{4,5}|seksyon \\d+|artikulo \\d+|korte suprema|kongreso')),
  p('tl', 'academic', w('pananaliksik|mananaliksik|unibersidad|pamantasan|(?:sa|ang) pag-?aaral na ito|buod ng pag-?aaral')),
  p('tl', 'photo-tool', w('(?:tanggalin|alisin|burahin|palitan) ang background|(?:ayusin|i-?restore|ibalik) ang (?:mga )?lumang (?:larawan|litrato)|(?:pagandahin|linawin|i-?enhance) ang (?:iyong )?(?:larawan|litrato)|(?:1x1|2x2) (?:na )?(?:litrato|larawan|picture|id picture)|id picture')),
  p('tl', 'garment-care', w('gusot|(?:mantsa|himulmol|lukot|lint) (?:sa|ng) (?:mga )?(?:damit|tela|kasuotan)|(?:tanggalin|alisin) ang (?:mannequin|manekin)|(?:larawan|litrato) ng (?:mga )?produkto|(?:palitan|baguhin) ang (?:damit|kasuotan|outfit) ng (?:mga )?modelo|virtual na modelo')),
  p('tl', 'sfw', w('nakakatawa|katatawanan|kaarawan|pambata|pampamilya|para sa buong pamilya|kalokohan')),
  p('tl', 'safety-tool', w('(?:tukuyin|matukoy|pagtukoy|i-?detect|pag-?detect|harangin|pagharang|i-?block|salain) (?:ang |sa |ng )?(?:mga )?(?:hubad|kahubaran|malaswa\\p{L}*|deepfake|nsfw)(?: na (?:larawan|nilalaman))?|pagsala ng nilalaman|pag-?moderate ng nilalaman')),
  p('tl', 'review-subject', w('rebyu|pagsusuri|(?:ligtas|legit|totoo|scam|ligal|legal) ba|mga alternatibo|alternatibo sa|katulad na (?:app|site|website|tool)|diskwento code|kodigo ng diskwento')),
  p('tl', 'promotion', w('(?:kumikita|kikita|makakatanggap|tumatanggap) (?:kami |ako )?ng (?:maliit na )?komisyon|komisyon|paghahambing|pagkukumpara|ranggo|kalamangan at kahinaan|mga bentahe at disbentahe|\\d+ pinakamahusay na|pinakamahusay na \\d+|nangungunang \\d+|sponsored na')),

  // ================= Hindi (hi), with a few Hinglish words =================
  p('hi', 'nudify-claim', hi('कपड़(?:े|ों)(?: को)? (?:पूरी तरह (?:से )?|तुरंत |एक क्लिक में )?(?:उतार|हटा|निकाल|गायब)|(?:नंगा|नंगी|नग्न) (?:कर|बना|फ़ोटो|तस्वीर|वीडियो|इमेज|रूप)|(?:न्यूड|नग्न) (?:फ़ोटो|तस्वीर|इमेज|संस्करण|वर्ज़न|एआई|ऐप|जनरेटर|मेकर)|(?:बिना|बग़ैर) कपड़ों के|कपड़ों के (?:आर-?पार|अंदर|नीचे) (?:देख|दिख)|एक्स-?रे (?:मोड|फ़िल्टर|ऐप|कैमरा)', 'kapd?e (?:utaar|utar|hata|nikaal|nikal|gayab)\\p{L}*|nang(?:a|i) (?:kar|karo|karein|photo|pic|bana)\\p{L}*')),
  p('hi', 'faceswap', hi('फ़ेस ?स्वैप|चेहर(?:ा|े) (?:बदल|स्वैप|अदला-?बदली)|चेहरों की अदला-?बदली|डीप ?फ़ेक|किसी (?:का|की) भी चेहरा', 'chehr(?:a|e) (?:badal|badl|swap)\\p{L}*')),
  p('hi', 'adult', hi('वयस्कों के लिए|(?:केवल|सिर्फ़) वयस्क|वयस्क (?:सामग्री|वीडियो|कंटेंट)|(?:वीडियो|कंटेंट|सामग्री|टेम्पलेट) 18\\+|18\\+ (?:वीडियो|कंटेंट|सामग्री|टेम्पलेट)|एडल्ट|अश्लील|पोर्न|बिना सेंसर|अनसेंसर्ड')),
  p('hi', 'upload', hi('(?:फ़ोटो|तस्वीर|इमेज|चित्र|सेल्फ़ी)(?: को)? (?:अपलोड|चुनें|चुनिए|भेजें|भेजिए|डालें)|अपलोड (?:करें|कीजिए)', 'photo upload kar\\p{L}*|(?:apni )?photo (?:daalo|dalo|bhejo)')),
  p('hi', 'credits', hi('क्रेडिट(?! कार्ड)|कॉइन|टोकन|प्रति (?:इमेज|फ़ोटो|जनरेशन|तस्वीर)')),
  p('hi', 'subscription', hi('प्रति (?:माह|महीन|सप्ताह|हफ़्त|वर्ष|साल)|हर (?:महीन|हफ़्त)|\\/ ?(?:माह|महीना)|मासिक|साप्ताहिक|वार्षिक (?:प्लान|योजना|सदस्यता)|सदस्यता|सब्सक्रिप्शन|प्रीमियम|वीआईपी')),
  p('hi', 'checkout', hi('(?:कार्ड|यूपीआई|क्रिप्टो|बिटकॉइन|यूएसडीटी|पेटीएम|फ़ोनपे|नेट ?बैंकिंग) (?:से|द्वारा|के ज़रिए|के माध्यम से) (?:भुगतान|पेमेंट)|भुगतान (?:करें|कीजिए)|अभी ख़रीदें|रिचार्ज करें|पेमेंट करें|सुरक्षित भुगतान', '(?:upi|paytm|phonepe) (?:se )?(?:pay|payment|bhugtan)\\p{L}*')),
  p('hi', 'app-install', hi('(?:ऐप|एप|एप्लिकेशन|एपीके)(?: को)? (?:डाउनलोड|इंस्टॉल|इंस्टाल)|होम स्क्रीन (?:पर|में) (?:जोड़|ऐड)|इंस्टॉल करें')),
  p('hi', 'bot-product', hi('हमार(?:ा|े) (?:टेलीग्राम )?बॉट|बॉट (?:शुरू|स्टार्ट)|बॉट (?:को|पर) (?:फ़ोटो|तस्वीर|इमेज)|टेलीग्राम बॉट')),
  p('hi', 'order', hi('ऑर्डर (?:करें|कीजिए|दें|बुक)|कस्टम (?:ऑर्डर|वीडियो|एडिट)|ऑर्डर पर (?:बन|तैयार)|आर्डर (?:करें|दें)')),
  p('hi', 'reporting', hi('के (?:अनुसार|मुताबिक़)|ने (?:कहा|बताया)|संवाददाता|पत्रकार|जा(?:ं|ँ)च (?:में|एजेंसी|के|की)|पुलिस|मिनट (?:में )?पढ़|प्रकाशित|टिप्पणिया(?:ं|ँ)')),
  p('hi', 'harm', hi('(?:बिना|बग़ैर) (?:उनकी |किसी की |उसकी |पीड़ित की )?(?:सहमति|अनुमति|इजाज़त)|(?:सहमति|अनुमति|इजाज़त) के बिना|दुर्व्यवहार|शोषण|उत्पीड़न|अवैध|ग़ैर[- ]?क़ानूनी|अपराध|ब्लैकमेल')),
  p('hi', 'victim-help', hi('पीड़ित|हेल्पलाइन|शिकायत (?:दर्ज|करें)|साइबर ?क्राइम|परामर्श|काउंसलिंग|दान (?:करें|दें)|मदद (?:लें|पाएं|पाएँ)|सहायता (?:लें|के लिए संपर्क)', 'cybercrime\\.gov\\.in')),
  p('hi', 'legal-gov', hi('मंत्रालय|सरकार|क़ानून|अधिनियम|धारा \\p{Nd}+|अनुच्छेद \\p{Nd}+|न्यायालय|अदालत|आईटी (?:एक्ट|अधिनियम)|भारतीय न्याय संहिता|संसद')),
  p('hi', 'academic', hi('विश्वविद्यालय|शोध ?(?:पत्र|कर्ता)|(?:इस|हमारे) (?:अध्ययन|शोध)|डेटासेट|सारांश|यूनिवर्सिटी')),
  p('hi', 'photo-tool', hi('(?:बैकग्राउंड|पृष्ठभूमि)(?: को)? (?:हटा|रिमूव|बदल)|पुरानी (?:फ़ोटो|तस्वीर)(?:ों)?(?: को)? (?:ठीक|रिस्टोर|सुधार)|पासपोर्ट (?:साइज़ )?(?:फ़ोटो|तस्वीर)|(?:फ़ोटो|तस्वीर|इमेज)(?: को)? (?:एचडी|अपस्केल|एन्हांस)|फ़ोटो एडिटर|रीटच')),
  p('hi', 'garment-care', hi('सिलवट|कपड़(?:े|ों) (?:की|के|से|पर) (?:सिलवट|दाग|रोए|रूए|झुर्रि)|प्रोडक्ट (?:फ़ोटो|तस्वीर|इमेज)|उत्पाद (?:की )?(?:फ़ोटो|तस्वीर|छवि)|मैनेक्विन|मैनिकिन|मॉडल (?:पर|के) कपड़े बदल|वर्चुअल ट्राई-?ऑन')),
  p('hi', 'sfw', hi('मीम|जन्मदिन|मज़ेदार|फ़नी|हास्य|पूरे परिवार के लिए|परिवार के अनुकूल|बच्चों के लिए सुरक्षित')),
  p('hi', 'safety-tool', hi('(?:नग्नता|अश्लील (?:सामग्री|कंटेंट|तस्वीरों)|डीप ?फ़ेक|एनएसएफ़डब्ल्यू)(?: का| की| को)? (?:पता लगा|पहचान|ब्लॉक|फ़िल्टर|रोक)|कंटेंट मॉडरेशन|सामग्री मॉडरेशन')),
  p('hi', 'review-subject', hi('समीक्षा|रिव्यू|(?:सुरक्षित|सेफ़|असली|लीगल|वैध) है या (?:नहीं|नकली)|क्या (?:यह|ये) (?:सुरक्षित|सेफ़|असली|लीगल) है|अल्टरनेटिव|(?:प्रोमो|कूपन|डिस्काउंट|रेफ़रल) कोड|जैसे (?:अन्य )?(?:ऐप|साइट|टूल)')),
  p('hi', 'promotion', hi('एफ़िलिएट|कमीशन|प्रायोजित|स्पॉन्सर्ड|तुलना|रैंकिंग|फ़ायदे और नुक़सान|ख़ूबिया(?:ं|ँ) और ख़ामिया(?:ं|ँ)|टॉप \\p{Nd}+|\\p{Nd}+ (?:सर्वश्रेष्ठ|बेहतरीन)')),

  // ================= Thai (th) =================
  p('th', 'nudify-claim', th('(?:ถอด|ลบ) ?เสื้อผ้า(?! ?(?:ออก)? ?จาก ?(?:หุ่น|นางแบบ|สินค้า))|ถอดชุด|เอา ?(?:เสื้อผ้า|ชุด) ?ออก|แก้ผ้า|(?:ภาพ|รูป|คลิป|วิดีโอ|เวอร์ชัน) ?(?:เปลือย|นู้?ด)|ทำให้ ?เปลือย|เปลือยกาย|มองทะลุ ?(?:เสื้อผ้า|ชุด)|(?:เอไอ|ai|แอ[ปพ]) ?(?:ถอดเสื้อผ้า|แก้ผ้า|เปลือย)')),
  p('th', 'faceswap', th('(?:สลับ|เปลี่ยน|แลก|ตัดต่อ|ใส่|สวม) ?ใบหน้า|สลับหน้า(?!จอ|ต่าง|เว็บ|เพจ)|ดี[พป] ?เฟ[คก]|เฟ[ซส] ?สวอ[ปพ]')),
  p('th', 'adult', th('(?:สำหรับ|เนื้อหา|คลิป|วิดีโอ|หนัง) ?ผู้ใหญ่|ผู้ใหญ่เท่านั้น|(?:คลิป|วิดีโอ|เทมเพลต|เนื้อหา) ?18\\+|โป๊(?!ะ)|ไม่(?:มี)?(?:การ)?เซ็นเซอร์|อนาจาร|ลามก|คลิปหลุด|หนังเอ็กซ์')),
  p('th', 'upload', th('(?:อั[ปพ]โหลด|เลือก|ส่ง) ?(?:รูป(?!แบบ|ทรง|ร่าง)|ภาพ(?!ยนตร์|รวม))')),
  p('th', 'credits', th('(?<!บัตร ?)เครดิต(?!การ์ด|บูโร| ?ภาพ| ?รูป| ?ข่าว|:)|\\p{Nd}+ ?เหรียญ|(?:ซื้อ|เติม) ?(?:เหรียญ|เครดิต|โทเค็น)|โทเค็น|ต่อ ?(?:ภาพ|รูป)(?!แบบ|ยนตร์)')),
  p('th', 'subscription', th('(?:ต่อ|\\/ ?)(?:เดือน|สัปดาห์|ปี)|ราย(?:เดือน|สัปดาห์|ปี)|สมาชิก ?(?:พรีเมียม|วีไอพี|vip|premium)|พรีเมียม|วีไอพี|สมัคร ?(?:พรีเมียม|vip|วีไอพี|รายเดือน)')),
  p('th', 'checkout', th('(?:ชำระ(?:เงิน)?|จ่าย(?:เงิน)?) ?(?:ด้วย|ผ่าน|โดย) ?(?:บัตร|คริปโต|บิตคอยน์|usdt|พร้อมเพย์|ทรูมันนี่|truemoney|promptpay|qr|คิวอาร์|โอน)|ซื้อ ?(?:เลย|ตอนนี้|ทันที)|เติมเงิน|พร้อมเพย์|ทรูมันนี่|ชำระเงินอย่างปลอดภัย')),
  p('th', 'app-install', th('(?:ดาวน์)?โหลด ?(?:แอ[ปพ]|apk)|ติดตั้ง ?(?:แอ[ปพ]|apk)|เพิ่ม(?:ลง|ไปยัง|ไว้ที่)? ?หน้าจอหลัก')),
  p('th', 'bot-product', th('บอท ?ของเรา|(?:เริ่ม|เปิด|ใช้|ทัก) ?บอท|ส่ง ?(?:รูป|ภาพ)(?:ของคุณ)? ?(?:ให้|ไปที่|ไปยัง|เข้า) ?บอท|บอท ?(?:เทเลแกรม|telegram)|เทเลแกรม ?บอท')),
  p('th', 'order', th('สั่งทำ|รับทำ ?(?:คลิป|วิดีโอ|ภาพ|รูป|งาน)|สั่งซื้อ|สั่งงาน|ออเดอร์')),
  p('th', 'reporting', th('ตามรายงาน|(?:กล่าว|ระบุ|เปิดเผย|ให้สัมภาษณ์)ว่า|ผู้สื่อข่าว|นักข่าว|สืบสวน|สอบสวน|ตำรวจ|อ่าน ?\\p{Nd}+ ?นาที|เผยแพร่เมื่อ|\\p{Nd}+ ?ความคิดเห็น')),
  p('th', 'harm', th('ไม่ได้รับ ?(?:ความ)?ยินยอม|(?:ปราศจาก|ไม่มี) ?ความยินยอม|ล่วงละเมิด|ละเมิด ?(?:ทางเพศ|สิทธิ|ความเป็นส่วนตัว)|ผิดกฎหมาย|อาชญากรรม|คุกคาม|แบล็[กค]เมล์|กรรโชก')),
  p('th', 'victim-help', th('ผู้เสียหาย|เหยื่อ|สายด่วน|ขอความช่วยเหลือ|แจ้งความ|ร้องเรียน|(?:ให้|รับ)คำปรึกษา|บริจาค|มูลนิธิ')),
  p('th', 'legal-gov', th('กระทรวง|รัฐบาล|พระราชบัญญัติ|พ\\.ร\\.บ\\.|มาตรา ?\\p{Nd}+|ศาล(?:ฎีกา|อาญา|ปกครอง|สั่ง|ตัดสิน|แพ่ง)|กสทช|ราชกิจจานุเบกษา|คณะรัฐมนตรี|รัฐสภา|กฎหมาย')),
  p('th', 'academic', th('บทคัดย่อ|มหาวิทยาลัย|งานวิจัย|นักวิจัย|การศึกษานี้|ชุดข้อมูล|วิทยานิพนธ์|คำสำคัญ')),
  p('th', 'photo-tool', th('ลบ ?(?:พื้นหลัง|แบ็[คก]กราวด์|ฉากหลัง)|(?:ซ่อม|กู้|ฟื้นฟู|บูรณะ) ?(?:รูป|ภาพ)(?:ถ่าย)? ?เก่า|เพิ่มความ(?:ละเอียด|คมชัด)|รีทัช|รูปติดบัตร|(?:รูป|ภาพ)ถ่าย ?(?:ติดพาสปอร์ต|หนังสือเดินทาง)|แต่งรูป')),
  p('th', 'garment-care', th('รอยยับ|ขุยผ้า|(?:คราบ|ขุย) ?(?:บน|ที่)?(?:เสื้อผ้า|เสื้อ|ผ้า)|หุ่น ?(?:โชว์|ล่องหน|ลองเสื้อ)|(?:ภาพ|รูป)(?:ถ่าย)?สินค้า|ถ่ายภาพสินค้า|เปลี่ยน ?(?:ชุด|เสื้อผ้า) ?(?:ให้|บน|ของ) ?(?:นางแบบ|นายแบบ|โมเดล|หุ่น)|(?:นางแบบ|นายแบบ) ?(?:เอไอ|ai|เสมือน)|ลอง ?(?:ชุด|เสื้อผ้า) ?(?:เสมือน|ออนไลน์)')),
  p('th', 'sfw', th('มีม ?(?:ตลก|ไวรัล|ฮา)|ภาพมีม|(?:ทำ|สร้าง)มีม|วันเกิด|ตลก|ขำขัน|ฮาๆ|เหมาะ ?(?:สำหรับ|กับ) ?(?:ทุกคนใน)?ครอบครัว|ทุกเพศทุกวัย|สำหรับเด็ก')),
  p('th', 'safety-tool', th('(?:ตรวจจับ|ตรวจหา|คัดกรอง|กรอง|บล็อก|ป้องกัน) ?(?:ภาพ|เนื้อหา|รูป|คลิป)? ?(?:โป๊|เปลือย|ลามก|อนาจาร|ไม่เหมาะสม|ดี[พป] ?เฟ[คก]|ผู้ใหญ่)|(?:กลั่นกรอง|คัดกรอง)เนื้อหา')),
  p('th', 'review-subject', th('รีวิว|(?:ปลอดภัย|ถูกกฎหมาย|หลอกลวง|โกง|ใช้ได้จริง|ของจริง|เชื่อถือได้) ?(?:ไหม|มั้ย|หรือไม่|หรือเปล่า)|(?:ทางเลือก|ตัวเลือก)(?:อื่น|แทน)|(?:แอ[ปพ]|เว็บ|เว็บไซต์|เครื่องมือ) ?(?:ที่)?คล้าย|โค้ดส่วนลด|คูปอง|โปรโมโค้ด|รหัสส่วนลด')),
  p('th', 'promotion', th('ลิ้?ง[กค]์ ?(?:พันธมิตร|แอฟฟิลิเอต)|แอฟฟิลิเอต|ค่าคอม(?:มิชชั่?น)?|สปอนเซอร์|บทความ(?:นี้)?(?:ได้รับการ)?สนับสนุน|เปรียบเทียบ|จัดอันดับ|ข้อดี ?(?:และ|\\/|-)? ?ข้อเสีย|ท็อป ?\\p{Nd}+')),

  // ================= Arabic (ar) =================
  p('ar', 'nudify-claim', ar('(?:إزالة|أزل|يزيل|تزيل|نزيل|حذف|احذف|يحذف|خلع|اخلع|يخلع|نزع|انزع|ينزع|مسح|امسح) ?(?:كل |جميع )?(?:ال)?ملابس(?:ها|ه|هم|ك)?(?!\\p{L})(?! ?(?:من|عن) ?(?:ال)?(?:مانيكان|مانكان|منتج|عارض|دمي))|تعرية (?:ال)?(?:صور|صورة|فتيات|فتاة|بنات|نساء|أي شخص|أشخاص)|(?:تطبيق|موقع|برنامج|أداة|بوت) (?:ال)?تعري(?!ف)|(?:ال)?تعري(?:ة)? بال(?:ذكاء|ai)|(?:صور|صورة|نسخة|نسخ|فيديو) (?:ال)?عاري(?:ة)?|(?:اجعل|جعل|تحويل)\\p{L}* (?:\\p{L}+ )?عاري|(?:بدون|بلا) ملابس|(?:رؤية|شاهد|اكشف|كشف|ترى) (?:ما )?(?:تحت|خلف|عبر) (?:ال)?ملابس|(?:وضع|فلتر|كاميرا|تطبيق) (?:ال)?أشعة (?:ال)?سينية|نيود(?!لهي)')),
  p('ar', 'faceswap', ar('(?:تبديل|تغيير|استبدال|تركيب|تبادل) (?:ال)?وجو?ه(?!\\u0629)|ديب ?فيك|(?:ال)?تزييف (?:ال)?عميق|فيس ?سوا[بپ]')),
  p('ar', 'adult', ar('للكبار فقط|للبالغين|(?:محتوى|فيديو\\p{L}*|قوالب|مقاطع|أفلام) (?:لل)?(?:كبار|بالغين)|(?:فيديو\\p{L}*|مقاطع|قوالب|محتوى|وضع) ?(?:\\+ ?(?:18|١٨)|(?:18|١٨) ?\\+)|(?:بدون|بلا) (?:رقابة|فلتر|قيود)|غير خاضع للرقابة|إباحي|سكس|بورن|جنسي(?:ة)? صريح')),
  p('ar', 'upload', ar('(?:ارفع|رفع|برفع|حمل|حمّل|تحميل|اختر|اختيار|أرسل|إرسال) (?:ال)?صور(?:ة|تك|ك)?(?!\\p{L})')),
  p('ar', 'credits', ar('\\p{Nd}+ (?:نقطة|نقاط|رصيد|عملة|عملات|كريديت|كريدت|توكن)|(?:شراء|اشتر|اشحن|شحن) (?:ال)?(?:رصيد|نقاط|عملات|كريدت|كريديت)|(?:رصيد|نقاط|عملات|كريدت|كريديت) مجاني|لكل (?:صورة|توليد|عملية)')),
  p('ar', 'subscription', ar('شهري|أسبوعي|(?:خطة|باقة|اشتراك) (?:ال)?سنوي|(?:كل |\\/ ?)(?:شهر|أسبوع)(?!\\p{L})|(?:ال)?اشتراك (?:ال)?(?:شهري|سنوي|أسبوعي|بريميوم|مميز|vip|ذهبي)|اشترك الآن|عضوية (?:مميزة|بريميوم|vip|ذهبية)|بريميوم')),
  p('ar', 'checkout', ar('(?:ال)?دفع (?:بواسطة |عبر |من خلال )?(?:بال|ب|ال)?(?:بطاق|كريبتو|عملات|بيتكوين|بتكوين|باي ?بال|فيزا|usdt|فودافون كاش)|ادفع (?:ب|عبر|الآن)|اشتر(?:ي)? الآن|(?:ال)?شراء الآن|اشحن رصيد|دفع آمن')),
  p('ar', 'app-install', ar('(?:حمل|حمّل|تحميل|نزل|نزّل|تنزيل|ثبت|ثبّت|تثبيت) (?:ال)?(?:تطبيق|برنامج|apk|ملف apk)|(?:أضف|إضافة)\\p{L}* (?:إلى |ل)(?:ال|ل)?شاشة (?:ال)?رئيسي')),
  p('ar', 'bot-product', ar('بوتنا|(?:ال)?بوت (?:ال)?خاص بنا|(?:ابدأ|شغل|تشغيل|افتح|استخدم) (?:ال)?بوت(?!ين)|(?:أرسل|إرسال)\\p{L}* (?:ال)?صور(?:ة|تك)? (?:إلى|لل|ل)(?: ال)?بوت|بوت (?:ال)?(?:تلغرام|تليجرام|تيليجرام|تيليغرام)')),
  p('ar', 'order', ar('اطلب (?:الآن|فيديو|صور)|(?:قدم|ضع|أرسل) طلبك|طلب(?:ات)? مخصص|حسب الطلب|تنفيذ الطلبات')),
  p('ar', 'reporting', ar('وفق[اً]{1,2} ?ل|بحسب|(?<!\\p{L})(?:و|ف)?قال(?:ت)? (?:إن|ل|في)|صرح|تحقيق (?:صحفي|استقصائي|أجرته|في)|تحقيقات|مراسل(?!ة|ات|تنا)|صحفي|صحافي|(?:دقيقة|دقائق) (?:لل)?قراءة|وقت القراءة|نشر (?:في|بتاريخ)|\\p{Nd}+ تعليق|تعليقات|(?:ال)?شرطة')),
  p('ar', 'harm', ar('(?:دون|من غير) (?:ال)?(?:موافق(?:ة|ته|تها|تهم)|رضا(?![یي])|إذن|علم)|غير (?:توافقي|رضائي|قانوني|مشروع|شرعي)|إساءة|ابتزاز|جريمة|جرائم|تحرش|(?:ال)?استغلال (?:ال)?جنسي|(?:ال)?عنف (?:ال)?(?:جنسي|رقمي)')),
  p('ar', 'victim-help', ar('ضحية|ضحايا|خط (?:ال)?(?:مساعدة|ساخن|نجدة|دعم)|(?:أبلغ|الإبلاغ|للإبلاغ|بلّغ|بلغ) عن|(?:اطلب|احصل على|طلب) (?:ال)?مساعدة|(?:ال)?دعم (?:ال)?نفسي|تبرع')),
  p('ar', 'legal-gov', ar('وزارة|(?:ال)?حكومة|(?:ال)?حكومي|قانون|(?:ال)?ماد\\u0629 (?:رقم )?\\p{Nd}+|هيئة (?:تنظيم|ال)|محكمة|(?:ال)?نيابة (?:ال)?عامة|مرسوم (?:ملكي|رئاسي|بقانون|سلطاني|أميري|رقم)|تشريع|البرلمان|مجلس (?:ال)?(?:نواب|شورى|أمة)')),
  p('ar', 'academic', ar('جامع\\u0629|في هذه الدراسة|(?:ال)?دراسة (?:ال)?(?:حالية|علمية)|مجموعة (?:ال)?بيانات|(?:ال)?باحث(?:ون|ين)|ورقة بحثية|(?:ال)?كلمات (?:ال)?مفتاحية|ملخص البحث|رسالة (?:ماجستير|دكتوراه)')),
  p('ar', 'photo-tool', ar('(?:إزالة|حذف|مسح|تغيير) (?:ال)?خلفية|(?:ترميم|استعادة|إصلاح) (?:ال)?صور (?:ال)?قديمة|(?:تحسين|رفع) (?:جودة|دقة) (?:ال)?صور|صور(?:ة)? (?:ال)?جواز|تلوين (?:ال)?صور|روتوش')),
  p('ar', 'garment-care', ar('(?:ال)?تجاعيد (?:من |على |في |عن )?(?:ال)?(?:ملابس|قماش|ثياب)|(?:ال)?(?:وبر|بقع|كرمشة|كرمشات) (?:من |على |عن )?(?:ال)?(?:ملابس|قماش|ثياب)|مانيكان|مانكان|(?:ال)?دمية (?:ال)?عرض|صور (?:ال)?منتج|تصوير (?:ال)?منتج|(?:تغيير|تبديل) (?:ال)?(?:ملابس|أزياء) (?:ال)?(?:عارض|موديل|نموذج)|(?:عارضة|عارضات|موديل) (?:أزياء )?(?:افتراضي|بالذكاء)|تجربة (?:ال)?ملابس (?:ال)?افتراضي')),
  p('ar', 'sfw', ar('ميمز|ميمات|عيد (?:ال)?ميلاد|مضحك|فكاهي|مناسب(?:ة)? (?:لل|ل)(?:عائلة|جميع)|مناسب(?:ة)? للأطفال|آمن(?:ة)? للأطفال|للعائلة')),
  p('ar', 'safety-tool', ar('(?:كشف|اكتشاف|رصد|حظر|حجب|تصفية|فلترة|منع|مكافحة) (?:ال)?(?:عري(?![ضسق])|محتوى (?:ال)?(?:إباحي|فاضح|جنسي|غير لائق)|صور (?:ال)?(?:عارية|إباحية|فاضحة)|تزييف (?:ال)?عميق|ديب ?فيك)|(?:ال)?إشراف على (?:ال)?محتوى|(?:تصفية|إدارة) (?:ال)?محتوى')),
  p('ar', 'review-subject', ar('مراجع\\u0629|تقييم|هل (?:هو|هي|الموقع|التطبيق) (?:آمن|شرعي|قانوني|موثوق|نصب|احتيال|حقيقي)|بدائل|(?:مواقع|تطبيقات|أدوات) (?:مشابهة|مثل)|(?:كود|رمز|قسيمة) (?:ال)?(?:خصم|ترويجي|تخفيض)|كوبون')),
  p('ar', 'promotion', ar('(?:رابط|روابط) (?:ال)?(?:تابع|إحالة|أفلييت|افلييت|شراكة)|(?:ال)?تسويق (?:بال)?عمولة|(?:نحصل|نتلقى|نكسب) على عمولة|(?:محتوى|مقال) (?:مدعوم|ممول|برعاية)|برعاية|مقارنة|(?:ال)?إيجابيات و ?(?:ال)?سلبيات|(?:ال)?مزايا و ?(?:ال)?عيوب|أفضل \\p{Nd}+')),

  // ================= Hebrew (he) =================
  p('he', 'nudify-claim', he('(?:הסר|הסרת|הסרה|הסירו|הסירי|להסיר|מסיר|מסירה|מסירים|הורד|הורידו|הורדת|להוריד|מוריד|מורידה|מורידים|מחק|מחקו|מחיקת|למחוק|מוחק|מוחקת) (?:את )?(?:כל )?(?:ה)?בגד(?:ים|יה|יו|יהם|י)?(?!\\p{L})(?! (?:מ|של |מעל |על )(?:ה)?(?:בוב|מנקין|מוצר|דוגמ|חבל|מתלה|ארון|מייבש))|להפשיט|מפשיט(?:ה|ים|ות)?|תפשיט|הפשיטו|הפשט (?:את|כל)|(?:תמונ(?:ה|ות|ת)|גרס(?:ה|ת)|סרטון|סרטוני) (?:ה)?ע(?:י)?רו(?:ם|מה|מות)|(?:בלי|ללא) בגדים|מבעד ל(?:ה)?בגדים|(?:אפליקציית|אפליקציה ל|בינה מלאכותית ל)(?:הפשטה|עירום)')),
  p('he', 'faceswap', he('(?:החלפת|החלפה של|להחליף|החלף|החליפו|מחליף|מחליפה) (?:את )?(?:ה)?פנים|דיפ ?פייק|זיוף עמוק|זיופים עמוקים|פייס ?סוו?אפ')),
  p('he', 'adult', he('למבוגרים(?: בלבד)?|תוכן (?:ל)?מבוגרים|(?:סרטוני|סרטונים|תבניות|תוכן|מצב) ?(?:\\+ ?18|18 ?\\+)|(?:ללא|בלי) צנזורה|לא מצונזר|פורנו|סקס(?!ופון)|אירוטי')),
  p('he', 'upload', he('(?:העלה|העלו|העלי|העלאת|להעלות|בחר|בחרו|בחרי|בחירת|שלח|שלחו|שלחי|שליחת) (?:את )?(?:ה)?(?:תמונ(?:ה|ות|ת)|צילום|סלפי)')),
  p('he', 'credits', he('קרדיטים|\\p{Nd}+ (?:קרדיט|נקודות|מטבעות|טוקנים|אסימונים)|(?:קנה|קנו|רכוש|רכשו|רכישת|לרכוש) (?:את )?(?:ה)?(?:קרדיט|נקודות|מטבעות|טוקנים)|לכל (?:תמונה|יצירה|הפקה)')),
  p('he', 'subscription', he('(?:ל|\\/ ?)(?:חודש|שבוע)(?!\\p{L})|(?:חודשי|שבועי|שנתי)(?:ת)?(?!\\p{L})|מנוי|פרימיום|(?:חברות|מנוי) (?:vip|וי ?איי? ?פי)')),
  p('he', 'checkout', he('(?:תשלום|לשלם|שלם|שלמו|תשלם) (?:ב|עם |באמצעות |דרך )(?:ה)?(?:כרטיס|אשראי|קריפטו|ביטקוין|מטבע|פייפאל|paypal|usdt)|(?:קנה|קנו|רכוש|רכשו) עכשיו|טעינת (?:ה)?יתרה|טען (?:את )?(?:ה)?יתרה|תשלום מאובטח')),
  p('he', 'app-install', he('(?:הורד|הורידו|הורדת|להורדת|להוריד|התקנת|התקנה|התקן|התקינו|להתקין) (?:את )?(?:ה)?(?:אפליקצי|יישומון|apk)|(?:הוסף|הוסיפו|הוספה) (?:ל|אל )(?:ה)?מסך (?:ה)?בית|קובץ apk')),
  p('he', 'bot-product', he('(?:ה)?בוט (?:ה)?(?:שלנו|רשמי)|(?:התחל|התחילו|הפעל|הפעילו|פתח|פתחו|השתמשו ב|השתמש ב)(?: את)? ?(?:ה)?בוט(?!\\p{L})|לבוט(?!\\p{L})|בוט (?:ה)?טלגרם|בוט בטלגרם')),
  p('he', 'order', he('הזמ(?:ן|ינו) עכשיו|ביצוע הזמנה|בצע(?:ו)? הזמנה|הזמנ(?:ה|ות) (?:מיוחד|מותאמ)|לפי הזמנה|בהזמנה אישית')),
  p('he', 'reporting', he('לדברי|(?:לפי|על פי) (?:ה)?(?:דיווח|דו"ח|דוח|חוקר|מומחי|משטר)|(?:אמר|אמרה|מסר|מסרה|הוסיף|הוסיפה|ציין|ציינה) (?:כי |ש|ל)|תחקיר|חקירה|חקירת|עיתונא|\\p{Nd}+ דקות קריאה|זמן קריאה|פורסם (?:ב|ע)|\\p{Nd}+ תגובות|(?:ה)?משטרה')),
  p('he', 'harm', he('(?:ללא|בלי) (?:ה)?(?:הסכמ|רשות)|שלא (?:ב|מ)(?:ה)?הסכמ|התעללות|פגיעה מינית|הטרדה מינית|(?:בלתי|לא) חוקי|פלילי|פשע|עביר(?:ה|ות)|סחיט(?:ה|ת)|ניצול מיני')),
  p('he', 'victim-help', he('נפגע(?:ות|ים|ת)|קורבנות|קורבן|קו (?:ה)?חם|קו סיוע|מוקד (?:ה)?(?:סיוע|חירום)|מרכז (?:ה)?סיוע|(?:ל)?דווח על|דווחו על|הסרת (?:ה)?תוכן|תרמו|לתרומה|ליווי (?:נפשי|רגשי|משפטי)|סיוע (?:נפשי|משפטי|לנפגע)')),
  p('he', 'legal-gov', he('משרד (?:ה)?(?:משפטים|תקשורת|חינוך|ביטחון|פנים)|(?:ה)?ממשלה|ממשלתי|(?<!\\p{L})(?:ה|ו|ב|ל|וה|שה|כ)?חוק(?:ים)?(?!\\p{L})|סעיף \\p{Nd}+|בית (?:ה)?משפט|בג"ץ|חברי (?:ה)?כנסת|בכנסת|רגולטור|הרשות להגנת הפרטיות|פרקליטות')),
  p('he', 'academic', he('תקציר|אוניברסיט|(?:ה)?מחקר (?:ה)?(?:זה|נוכחי)|במחקר|מאגר נתונים|מערך נתונים|מילות מפתח|(?:ה)?חוקרים|טכניון')),
  p('he', 'photo-tool', he('(?:הסר|הסרת|להסיר|מחיקת|החלפת) (?:את )?(?:ה)?רקע|שחזור (?:ה)?תמונות|(?:שיפור|שדרוג) (?:ה)?איכות (?:ה)?תמונ|הגדלת (?:ה)?רזולוציה|תמונ(?:ת|ות) (?:ל)?(?:פספורט|דרכון)|צביעת תמונות|ריטוש')),
  p('he', 'garment-care', he('קמט(?:ים)? (?:ב|מ|על )?(?:ה)?(?:בגד|בד|חולצ)|(?:מוך|כתמים|כתם|שערות) (?:מ|על |ב)(?:ה)?(?:בגד|בד|חולצ)|בוב(?:ת|ות) ראווה|מנקין|מנקן|(?:תמונ(?:ות|ת)|צילומי|צילום) (?:ה)?מוצר|(?:החלפת|החלף|להחליף) (?:את )?(?:ה)?(?:בגדים|לבוש|תלבושת) (?:ל|של |על )?(?:ה)?(?:דוגמנ|מודל|בוב)|דוגמנ(?:ית|ים|יות) (?:וירטואלי|ai|בינה)|מדידה וירטואלית')),
  p('he', 'sfw', he('יום הולדת|ימי הולדת|מצחיק|הומוריסטי|(?:מתאים|מתאימה|מתאימים) (?:ל)?(?:כל )?(?:ה)?משפחה|לכל המשפחה|בטוח לילדים|(?:מתאים|מתאימה) לילדים')),
  p('he', 'safety-tool', he('(?:זיהוי|לזהות|מזהה|חסימת|לחסום|חוסם|סינון|לסנן|מסנן|איתור) (?:(?:אוטומטי|אוטומטית|מהיר|מהירה|מדויק|מדויקת|בזמן אמת) )?(?:של )?(?:ה)?(?:עירום|תוכן (?:ה)?(?:בוטה|פוגעני|למבוגרים|מיני|לא הולם)|תמונות (?:ה)?(?:עירום|בוטות)|דיפ ?פייק|זיופים)|(?:סינון|ניטור) (?:ה)?תוכן|מודרציה|מודרציית תוכן')),
  p('he', 'review-subject', he('ביקורת|סקירה|סקירת|חוות דעת|האם (?:זה |הוא |האתר |האפליקציה )?(?:בטוח|אמין|חוקי|עוקץ|לגיטימי|אמיתי)|חלופות|אלטרנטיב|(?:אתרים|אפליקציות) (?:דומים|דומות|כמו)|קוד (?:ה)?(?:קופון|הנחה|קידום)|קופון')),
  p('he', 'promotion', he('קישור(?:י)? (?:ה)?(?:שותפים|שותפות|אפיליאייט)|שיווק שותפים|(?:מקבלים|נקבל|נרוויח|מרוויחים|עשויים לקבל) עמלה|(?:תוכן|כתבה|פוסט) (?:ה)?ממומנ|בחסות|השוואה|השוואת|דירוג|יתרונות וחסרונות|\\p{Nd}+ (?:ה)?(?:טובים|מובילים) ביותר')),

  // ================= Persian (fa) =================
  p('fa', 'nudify-claim', fa('(?:حذف|پاک ?کردن|برداشتن|در ?آوردن|در ?اوردن|کندن|درآور|دربیاور) ?(?:تمام |همه ?ی |همه )?لباس(?: ?ها(?:ی|یش|یشان)?)?(?!\\p{L})(?! (?:از|روی|از روی) (?:مانکن|محصول|مدل))|(?<!(?:چروک|چین|پرز|لکه|لک|کرک|گرد|خاک|مو)(?: ?های| ?ها|ی)? )لباس(?: ?ها(?:ی|یش|یشان)?)?(?:ش|شان|ت|تان)?(?: (?:او|این (?:شخص|فرد|زن|دختر)|هر کسی|هر فردی))? ?را (?:کاملا |به طور کامل )?(?:حذف|پاک|در ?آور|در ?اور|در ?بیاور|بردار|بکن)|(?:لخت|برهنه|عریان) ?(?:کردن|کن|سازی|ساز)|(?:عکس|تصویر|نسخه|فیلم|ویدیو) ?(?:های |ها |ی )?(?:لخت|برهنه|عریان)|(?<!\\p{L})(?:بدون|بی) لباس|زیر لباس ?(?:ها)?(?:ی)? ?(?:را )?(?:ببین|دیدن)|هوش مصنوعی (?:لخت|برهنه)')),
  p('fa', 'faceswap', fa('(?:تعویض|جابجایی|جابه ?جایی|عوض ?کردن) ?(?:ی )?(?:چهره|صورت)|تغییر ?(?:ی )?چهره|دیپ ?فیک|جعل ?(?:ی )?عمیق|فیس ?سواپ')),
  p('fa', 'adult', fa('(?:مخصوص|برای|ویژه) ?(?:ی )?بزرگسالان|محتوای ?(?:ی )?بزرگسال|(?:ویدیو|فیلم|محتوا|قالب)(?: ?های)? ?(?:\\+ ?(?:18|۱۸)|(?:18|۱۸) ?\\+)|۱۸ ?\\+|\\+ ?۱۸|(?:بدون|بی) سانسور|پورن|س\\u06A9س|مستهجن')),
  p('fa', 'upload', fa('(?:آپلود|اپلود|بارگذاری|بارگزاری|انتخاب|ارسال) ?(?:ی )?(?:عکس|تصویر|سلفی)|(?:عکس|تصویر) ?(?:خود|تان|ت)? ?(?:را )?(?:آپلود|اپلود|بارگذاری|ارسال|بفرست|انتخاب)')),
  p('fa', 'credits', fa('\\p{Nd}+ ?(?:اعتبار|سکه|توکن|کردیت|کریدیت)|(?:خرید|شارژ) ?(?:ی )?(?:اعتبار|سکه|توکن|کردیت)|(?:اعتبار|سکه|توکن) ?(?:ی )?رایگان|برای هر (?:تصویر|عکس|تولید)')),
  p('fa', 'subscription', fa('ماه(?:ی)?انه|هفتگی|سالانه|\\/ ?ماه(?!\\p{L})|(?:خرید|تهیه|تمدید|طرح(?: ?های)?|پلن(?: ?های)?) ?(?:ی )?اشتراک|اشتراک ?(?:ی )?(?:ماهانه|ویژه|سالانه|هفتگی|vip|پریمیوم|طلایی)|عضویت ?(?:ی )?(?:ویژه|طلایی|vip|وی ?آی ?پی|پریمیوم)|پریمیوم|وی ?آی ?پی')),
  p('fa', 'checkout', fa('پرداخت ?(?:ی )?(?:با|از طریق|توسط) (?:کارت|ارز ?(?:های )?دیجیتال|رمز ?ارز|بیت ?کوین|تتر|usdt|کریپتو|شتاب)|(?:همین (?:حالا|الان)|هم ?اکنون) (?:بخرید|خرید کنید)|درگاه ?(?:ی )?پرداخت|پرداخت امن|شارژ ?(?:ی )?(?:کیف ?پول|حساب)|(?<!\\p{L})تتر(?!\\p{L})')),
  p('fa', 'app-install', fa('(?:دانلود|نصب) ?(?:ی )?(?:اپلیکیشن|اپ|برنامه|نرم ?افزار|فایل apk|apk)|(?:افزودن|اضافه ?کردن) (?:به|در) صفحه ?(?:ی )?(?:اصلی|خانه)')),
  p('fa', 'bot-product', fa('ربات ?(?:ی )?(?:ما|تلگرام|تلگرامی)(?!\\p{L})|(?:استارت|شروع|اجرای) ?(?:ی )?ربات|(?:عکس|تصویر) ?(?:خود|تان)? ?(?:را )?(?:به|برای) ربات|به ربات (?:بفرستید|ارسال)')),
  p('fa', 'order', fa('ثبت ?(?:ی )?سفارش|سفارش (?:دهید|بده|بدهید|اختصاصی|ویژه)|(?:ساخت|ویدیو|عکس|ادیت) ?(?:ی )?سفارشی|به ?سفارش ?(?:ی )?شما')),
  p('fa', 'reporting', fa('به گزارش|به گفته|اعلام کرد|خبرنگار|روزنامه ?نگار|خبرگزاری|تحقیقات (?:پلیس|نشان)|(?:زمان|مدت) ?(?:ی )?مطالعه|\\p{Nd}+ دقیقه (?:مطالعه|خواندن)|منتشر شده|\\p{Nd}+ نظر|(?<!\\p{L})پلیس')),
  p('fa', 'harm', fa('(?<!\\p{L})(?:بدون|بی) ?(?:ی )?(?:رضایت|اجازه|اطلاع)|سوء? ?استفاده|غ\\u06CCر ?قانون\\u06CC|غ\\u06CCر ?مجاز|(?<!\\p{L})جرم|جنایت|(?:آزار|تعرض) ?(?:ی )?جنسی|اخاذی|باج ?گیری|مزاحمت')),
  p('fa', 'victim-help', fa('قربانی|آسیب ?دیده|خط ?(?:ی )?(?:کمک|امداد)|اورژانس اجتماعی|(?:گزارش|شکایت) (?:کنید|دهید|بدهید)|(?:کمک|مشاوره) (?:بگیرید|دریافت کنید)|مشاوره ?(?:ی )?(?:روانی|رایگان|حقوقی)|حمایت از (?:قربانیان|آسیب)|کمک ?(?:های )?مالی|اهدای کمک')),
  p('fa', 'legal-gov', fa('وزارت|(?<!\\p{L})دولت|ماده ?(?:ی )?\\p{Nd}+|دادگاه|مجلس (?:شورای|نمایندگان)|قوه ?(?:ی )?قضا(?:ئ|ی)یه|دادستان|رگولاتور|مصوبه')),
  p('fa', 'academic', fa('چکیده|دانشگاه|پژوهش|مجموعه ?(?:ی )?داده|(?:واژگان|کلمات) کلیدی|کلید ?واژه|پایان ?نامه|مقاله ?(?:ی )?(?:علمی|پژوهشی)')),
  p('fa', 'photo-tool', fa('(?:حذف|تغییر|پاک ?کردن) ?(?:ی )?(?:پس ?زمینه|بک ?گراند)|(?:ترمیم|بازسازی|بازیابی) ?(?:ی )?(?:عکس|تصویر) ?(?:های )?قدیمی|افزایش (?:کیفیت|وضوح) ?(?:ی )?(?:عکس|تصویر)|رتوش|عکس ?(?:ی )?(?:پرسنلی|پاسپورت|گذرنامه)')),
  p('fa', 'garment-care', fa('چروک|(?:پرز|لکه|کرک) ?(?:ی )?(?:روی |از روی |از )?(?:لباس|پارچه)|مانکن|(?:عکس|تصویر|عکاسی) ?(?:ی )?(?:از )?محصول|(?:تعویض|تغییر) ?(?:ی )?لباس ?(?:ی )?(?:مدل|مانکن)|پرو ?(?:ی )?مجازی|مدل ?(?:های )?مجازی')),
  p('fa', 'sfw', fa('(?<!\\p{L})میم(?: ?ها)?(?!\\p{L})|جشن تولد|تولدت مبارک|خنده ?دار|(?<!\\p{L})طنز|مناسب ?(?:ی )?(?:خانواده|کودکان|همه)|سرگرمی خانوادگی')),
  p('fa', 'safety-tool', fa('(?:تشخیص|شناسایی|مسدود ?سازی|مسدود ?کردن|فیلتر ?کردن|فیلتر|جلوگیری از) ?(?:ی )?(?:برهنگی|محتوا ?(?:ی )?(?:مستهجن|نامناسب|بزرگسالان|جنسی)|تصاویر ?(?:ی )?(?:مستهجن|برهنه)|دیپ ?فیک|جعل عمیق)|(?:نظارت بر|مدیریت|پالایش) ?(?:ی )?محتوا')),
  p('fa', 'review-subject', fa('نقد و بررسی|بررسی (?:کامل|جامع|تخصصی)|آیا (?:این )?(?:سایت |برنامه |اپلیکیشن )?(?:امن|قانونی|معتبر|کلاهبرداری|واقعی) (?:است|هست)|جایگزین|(?:سایت|اپ|برنامه|ابزار) ?(?:های )?مشابه|کد ?(?:ی )?تخفیف|کوپن')),
  p('fa', 'promotion', fa('همکاری در فروش|لینک ?(?:های )?(?:افیلیت|همکاری|ارجاع|معرف)|پورسانت|رپورتاژ|(?:محتوای|مطلب|پست) ?(?:ی )?(?:حمایت ?شده|اسپانسر)|مقایسه|رتبه ?بندی|مزایا و معایب|نقاط قوت و ضعف|\\p{Nd}+ (?:مورد از )?بهترین|بهترین \\p{Nd}+')),
];
