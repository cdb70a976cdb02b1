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
const w = (source: string): RegExp => new RegExp(`${B}(?:${source.normalize('NFC')})${E}`, 'u');
const cjk = (source: string): RegExp => new RegExp(source.normalize('NFC'), 'u');
/** Words with letter boundaries, plus a part that needs none ("/ay" after "99tl"). */
const wl = (words: string, loose: string): RegExp => new RegExp(`${B}(?:${words.normalize('NFC')})${E}|${loose.normalize('NFC')}`, 'u');

const trFold = (source: string): string => source.normalize('NFC').replace(/i/g, 'i\u0307?').replace(/ı/g, '[ıi]');
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
  p('tr', 'nudify-claim', tr('(?<!(?:manken|model|ürün|katalog)\\p{L}{0,6} )(?:kıyafet|elbise|giysi|giyecek)(?:ler)?(?:i|ı|ini|ını)? (?:tamamen |anında |otomatik(?: olarak)? |yapay zek[aâ] ile |ai ile )?(?:çıkar|sil|kaldır|yok et|soy)\\p{L}*|kıyafetsiz (?:hale getir|yap|fotoğraf|görsel)\\p{L}*|çıplak (?:fotoğraf|resim|görsel|görüntü|hal|versiyon|yap|et)\\p{L}*|çıplaklaştır\\p{L}*|(?:ai|yapay zek[aâ])(?: ile)? (?:soy(?:ma|an|un|ucu)|çıplak)\\p{L}*|soy(?:ma|ucu) (?:uygulama|araç|bot|site|yapay)\\p{L}*|soyan (?:uygulama|yapay zek|ai|bot)\\p{L}*|(?:kişiyi|kızı|kadını|herkesi|birini) soy(?:un|)\\p{L}*|(?:kıyafet|elbise|giysi)\\p{L}* (?:altını|içini|ardını) gör\\p{L}*|röntgen (?:modu|filtresi|kamerası|uygulaması)|nude (?:yapay zek|uygulama|fotoğraf|görsel)\\p{L}*')),
  p('tr', 'faceswap', tr('yüz(?:ü|ünü|leri|lerini|ler)? (?:değiştir|değişim|takas)\\p{L}*|yüz değiştirici\\p{L}*|(?:herhangi bir|istediğin|istediğiniz|dilediğin) yüz\\p{L}* (?:videoya|videolara|fotoğrafa|videoda)|derin ?sahte\\p{L}*')),
  p('tr', 'adult', tr('yetişkinlere (?:özel|yönelik)|yetişkin(?:ler)? (?:için|içerik\\p{L}*|video\\p{L}*|şablon\\p{L}*|mod\\p{L}*|film\\p{L}*)|(?:\\+18|18\\+) (?:videolar|içerik|şablon|mod|film)\\p{L}*|(?:video|içerik|şablon|film)\\p{L}* \\+18|sansürsüz|müstehcen|erotik (?:video|içerik|şablon)\\p{L}*|açık saçık')),
  p('tr', 'upload', tr('(?:fotoğraf|resim|görsel|görüntü|selfie|foto)\\p{L}* (?:yükle|seç|gönder)\\p{L}*|sürükle (?:ve )?bırak')),
  p('tr', 'credits', tr('\\d+ (?:kredi|jeton|coin|token|elmas)\\p{L}*(?! kart)|(?:kredi|jeton|coin|elmas)\\p{L}* (?:satın al|paket|yükle)\\p{L}*|ücretsiz (?:kredi|jeton|hak)\\p{L}*|(?:üretim|görsel|fotoğraf|işlem) başına')),
  p('tr', 'subscription', trl('aylık|haftalık|yıllık (?:plan|abonelik|üyelik|paket)\\p{L}*|ayda \\d|(?:premium|vip|pro|gold|altın) (?:üyelik|plan|paket|abonelik)\\p{L}*|abonelik\\p{L}*|abone ol\\p{L}*', '\\/ ?(?:ay|hafta)(?![\\p{L}])')),
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
  p('tr', 'sfw', tr('komik|mizah\\p{L}*|doğum ?gün\\p{L}*|aile dostu|tüm aile için|çocuklar için|eğlenceli|capsler|eğlence amaçlı')),
  p('tr', 'safety-tool', tr('(?:çıplaklık|nsfw|müstehcen (?:içerik|görsel)|deepfake|uygunsuz (?:içerik|görsel)|cinsel içerik)\\p{L}* (?:tespit|algıla|engelle|filtre|denetim|tanıma)\\p{L}*|içerik (?:moderasyon|denetim)\\p{L}*|moderasyon api\\p{L}*')),
  p('tr', 'review-subject', tr('inceleme\\p{L}*|(?:güvenli|güvenilir|yasal|gerçek|dolandırıcı(?:lık)?) (?:mi|mı)(?:dir|dır)?|alternatif\\p{L}*|benzer (?:site|uygulama|araç)\\p{L}*|(?:promosyon|indirim|kupon) kod\\p{L}*|kupon\\p{L}*')),
  p('tr', 'promotion', tr('satış ortaklığı\\p{L}*|(?:ortaklık|referans) (?:bağlantı|link)\\p{L}*|komisyon (?:kazan|al)\\p{L}*|sponsorlu|reklam içerir|karşılaştırma\\p{L}*|artıları ve eksileri|avantaj\\p{L}* ve dezavantaj\\p{L}*|editörün seçimi|en iyi \\d+|\\d+ en iyi|sıralamamız\\p{L}*')),

  // ================= Indonesian (id) =================
  p('id', 'nudify-claim', w('(?:hapus|menghapus|lepas|melepas|lepaskan|melepaskan|buka|membuka|hilangkan|menghilangkan|copot|mencopot) (?:semua |seluruh )?(?:pakaian|baju|busana)(?:nya)?(?! (?:dari|pada|di|ke) (?:foto |gambar )?(?:produk|manekin|model|katalog|keranjang|daftar|wishlist))|(?:pakaian|baju|busana)(?:nya)? (?:dilepas|dihapus|dibuka|dihilangkan|dicopot)|(?:foto|gambar|versi|video) (?:telanjang|bugil)|menelanjangi|ditelanjangi|telanjangi|(?:bikin|jadikan|membuat) (?:\\p{L}+ ){0,2}(?:telanjang|bugil)|tanpa busana|tembus pandang|(?:ai|aplikasi|app) (?:buka baju|telanjang|bugil)|penghapus (?:baju|pakaian)')),
  p('id', 'faceswap', w('(?:ganti|mengganti|penggantian|pertukaran|menukar|tukar) wajah|ganti muka|wajah (?:siapa (?:saja|pun)|apa pun) (?:ke|di|dalam) (?:video|foto)')),
  p('id', 'adult', w('(?:khusus|untuk|konten|video|film|template|templat|mode) (?:orang )?dewasa|(?:video|konten|template|templat|film) 18\\+|tanpa sensor|bokep|mesum|(?:video|konten|foto) syur')),
  p('id', 'upload', w('(?:unggah|upload|pilih|kirim|kirimkan|masukkan) (?:sebuah |satu )?(?:foto|gambar|selfie|swafoto)(?:mu|nya| anda| kamu)?|(?:foto|gambar)(?:mu| anda| kamu)? (?:diunggah|diupload)')),
  p('id', 'credits', w('\\d+ (?:kredit|koin|token|poin)(?! kartu)|(?:beli|membeli|isi ulang) (?:kredit|koin|token|poin)|(?:kredit|koin|token|poin) gratis|per (?:foto|gambar|generasi)')),
  p('id', 'subscription', wl('bulanan|mingguan|tahunan|langganan|berlangganan|(?:paket|member|keanggotaan|akun) (?:premium|vip|bulanan|tahunan)|per (?:bulan|minggu|tahun)', '\\/ ?(?:bulan|bln|minggu)(?![\\p{L}])')),
  p('id', 'checkout', w('(?:bayar|pembayaran|membayar) (?:dengan|via|pakai|menggunakan|lewat) (?:kartu(?: kredit)?|crypto|kripto|bitcoin|usdt|dana|ovo|gopay|qris|shopeepay|transfer bank|pulsa)|beli sekarang|isi saldo|top ?up saldo|pembayaran aman')),
  p('id', 'app-install', w('(?:unduh|pasang|instal) (?:aplikasi|apk|app)(?:nya)?|tambahkan ke (?:layar utama|layar beranda)|tersedia di (?:google play|play store|app store)')),
  p('id', 'bot-product', w('bot kami|(?:mulai|jalankan|buka|gunakan|pakai) bot(?:nya| kami)?|kirim (?:foto|gambar)(?:mu| anda| kamu)? ke bot')),
  p('id', 'order', w('pesan sekarang|buat pesanan|(?:menerima|terima) (?:pesanan|order|request)|pesanan (?:khusus|kustom|custom)|sesuai pesanan|open order|jasa (?:edit|pembuatan) (?:foto|video)')),
  p('id', 'reporting', w('menurut|kata (?:dia|polisi|pakar|ahli)|ujar(?:nya)?|ungkap(?:nya)?|dilansir|dikutip dari|wartawan|jurnalis|investigasi|\\d+ menit (?:baca|membaca)|waktu baca|diterbitkan|dipublikasikan|\\d+ komentar|polisi')),
  p('id', 'harm', w('tanpa (?:izin|persetujuan|seizin|sepengetahuan)|non-?konsensual|pelecehan|kekerasan seksual|eksploitasi|ilegal|melanggar hukum|kejahatan|tindak pidana|pemerasan|sekstorsi')),
  p('id', 'victim-help', w('korban|layanan pengaduan|(?:laporkan|adukan|melaporkan) (?:ke|kepada|konten|hal)|pendampingan|konseling|donasi|berdonasi|(?:cari|dapatkan|minta) bantuan')),
  p('id', 'legal-gov', w('kementerian|pemerintah|undang-undang|uu (?:ite|tpks|pdp|no\\.?)|pasal \\d+|peraturan (?:pemerintah|menteri)|pengadilan|mahkamah (?:agung|konstitusi)|kominfo|komdigi|dpr')),
  p('id', 'academic', w('abstrak|universitas|penelitian|peneliti|kumpulan data|kata kunci|metodologi|jurnal ilmiah|skripsi|tesis')),
  p('id', 'photo-tool', w('(?:hapus|menghapus|penghapus) (?:latar(?: belakang)?|background)|restorasi foto|perbaiki foto lama|pertajam foto|jernihkan foto|tingkatkan resolusi|pas foto|foto paspor|edit foto|retus')),
  p('id', 'garment-care', w('kerutan|(?:noda|bulu|debu|serat) (?:pada|di|dari) (?:pakaian|baju|kain)|manekin|foto produk|(?:ganti|mengganti|ubah) (?:pakaian|baju|busana|outfit) (?:pada )?model|model virtual|coba baju virtual')),
  p('id', 'sfw', w('lucu|ulang tahun|kocak|ramah keluarga|untuk (?:anak-anak|seluruh keluarga)|aman untuk keluarga')),
  p('id', 'safety-tool', w('(?:deteksi|mendeteksi|pendeteksi|blokir|memblokir|menyaring|penyaringan) (?:\\p{L}+ ){0,2}(?:ketelanjangan|konten (?:dewasa|pornografi|vulgar|sensitif)|gambar (?:telanjang|vulgar)|pornografi|deepfake)|moderasi konten')),
  p('id', 'review-subject', w('ulasan|apakah (?:\\p{L}+ )?(?:aman|legal|penipuan|terpercaya|legit)|alternatif|aplikasi (?:serupa|sejenis)|kode (?:promo|diskon|kupon)|kupon')),
  p('id', 'promotion', w('(?:tautan|link) afiliasi|afiliasi|(?:kami|saya) (?:mungkin )?(?:mendapatkan|mendapat|menerima) komisi|bersponsor|disponsori|perbandingan|peringkat|kelebihan dan kekurangan|plus minus|\\d+ (?:aplikasi|situs|tools?) (?:terbaik|teratas)')),

  // ================= Malay (ms) =================
  p('ms', 'nudify-claim', w('(?:tanggalkan|menanggalkan|buang|membuang|lucutkan|melucutkan|padam|padamkan|memadam|memadamkan) (?:semua |segala )?(?:pakaian|baju)(?:nya)?(?! (?:dari|daripada|pada|di|ke) (?:gambar |foto )?(?:produk|manekin|model|patung|katalog|troli|senarai))(?! lama| terpakai)|(?:pakaian|baju)(?:nya)? (?:ditanggalkan|dilucutkan|dipadam)|(?:gambar|foto|versi|video) bogel|bogelkan|membogelkan|dibogelkan|telanjangkan|menelanjangkan|tanpa (?:pakaian|seurat benang)|lut sinar|(?:ai|aplikasi|apl) (?:bogel|tanggal baju)')),
  p('ms', 'faceswap', w('(?:tukar|menukar|penukar|pertukaran) muka')),
  p('ms', 'adult', w('(?:bagi|untuk) orang dewasa|(?:kandungan|filem) dewasa|tanpa tapisan|lucah|video lucah')),
  p('ms', 'upload', w('(?:muat naik|muatnaik|hantar|hantarkan) (?:sekeping |satu )?(?:gambar|foto|swafoto)(?: anda)?')),
  p('ms', 'credits', w('(?:kredit|syiling|token) percuma|\\d+ syiling|(?:beli|tambah) syiling|setiap (?:gambar|foto|penjanaan)')),
  p('ms', 'subscription', w('sebulan|seminggu|setahun|pelan (?:bulanan|mingguan|tahunan|premium)|keahlian (?:premium|vip)|ahli premium')),
  p('ms', 'checkout', w('(?:bayar|pembayaran|membayar) (?:dengan|melalui|menggunakan|guna) (?:kad(?: kredit| debit)?|fpx|touch ?[\'’]?n ?go|tng|boost|grabpay|duitnow|e-?dompet)|(?:bayar|pembayaran) melalui (?:kripto|bitcoin|usdt)|tambah nilai')),
  p('ms', 'app-install', w('(?:muat turun|pasang) (?:aplikasi|apl|apk)|tambah ke skrin utama')),
  p('ms', 'bot-product', w('(?:hantar|hantarkan) (?:gambar|foto)(?: anda)? (?:ke|kepada) bot|(?:mulakan|guna|gunakan) bot(?: kami)?')),
  p('ms', 'order', w('(?:buat|membuat) tempahan|tempahan (?:khas|tersuai)|ikut tempahan|terima tempahan|tempah sekarang')),
  p('ms', 'reporting', w('memetik|siasatan|polis|minit (?:bacaan|membaca)|\\d+ komen|jelas(?:nya| beliau)|katanya|menurut laporan')),
  p('ms', 'harm', w('tanpa (?:kebenaran|keizinan)|gangguan seksual|penderaan|salah di sisi undang-undang|menyalahi undang-undang|jenayah|ugutan|peras ugut')),
  p('ms', 'victim-help', w('mangsa|talian (?:bantuan|hotline|nur|kasih)|kaunseling|derma|sumbangan|buat laporan')),
  p('ms', 'legal-gov', w('kerajaan|akta \\d+|akta (?:komunikasi|keselamatan)|seksyen \\d+|mahkamah (?:tinggi|sesyen|majistret|persekutuan|rayuan)|parlimen|mcmc|kanun keseksaan')),
  p('ms', 'academic', w('universiti|kajian|penyelidik(?:an)?|set data')),
  p('ms', 'photo-tool', w('buang latar(?: belakang)?|pulihkan (?:foto|gambar) lama|gambar pasport|foto pasport|edit gambar')),
  p('ms', 'garment-care', w('kedutan|(?:kotoran|bulu|habuk|kesan) (?:pada|di|dari) (?:pakaian|baju|kain)|patung peraga|gambar produk|(?:tukar|menukar) (?:pakaian|baju) (?:pada )?model|cubaan maya')),
  p('ms', 'sfw', w('lawak|hari jadi|kelakar|mesra keluarga|untuk seisi keluarga')),
  p('ms', 'safety-tool', w('(?:mengesan|pengesanan|sekat|menyekat|tapis|menapis) (?:\\p{L}+ ){0,2}(?:kebogelan|bogel|kandungan (?:lucah|dewasa|sensitif)|lucah|deepfake)|moderasi kandungan')),
  p('ms', 'review-subject', w('adakah (?:ia |aplikasi ini |laman ini )?(?:selamat|sah|penipuan|boleh dipercayai)|kod (?:promo|diskaun|kupon)|diskaun|baucar')),
  p('ms', 'promotion', w('pautan (?:ahli gabungan|afiliasi)|ahli gabungan|komisen|ditaja|tajaan|kebaikan dan keburukan|kelebihan dan kelemahan|\\d+ (?:aplikasi|laman) terbaik')),
];
