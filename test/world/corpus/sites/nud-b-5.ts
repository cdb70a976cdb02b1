import {
  a,
  button,
  cookieBanner,
  cryptoCheckout,
  faq,
  footer,
  gtag,
  h1,
  h2,
  h3,
  img,
  jsonLd,
  metaDescription,
  nav,
  ol,
  oneTap,
  orderForm,
  p,
  priceTable,
  section,
  storeBadges,
  stripe,
  textForm,
  ul,
  upload,
  type CorpusSite,
} from '../site-kit.js';

const AUTHOR = 'nud-b';

const code = (s: string): string => `<pre><code>${s.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</code></pre>`;

// bugilin-bot.test (id, telegram-bot)
const bgNav = nav(
  [
    ['/cara-pakai', 'Cara pakai'],
    ['/harga-stars', 'Harga'],
    ['/afiliasi', 'Afiliasi'],
    ['https://t.me/bugilin_ai_bot?start=nav', 'Buka bot'],
  ],
  'Bugilin',
);

// jasaeditprivat.test (id, made-to-order)
const jeNav = nav(
  [
    ['/layanan', 'Layanan & harga'],
    ['/order', 'Order sekarang'],
    ['/pembayaran', 'Pembayaran kripto'],
    ['/faq', 'FAQ'],
  ],
  'Jasa Edit Privat',
);
const jeFoot = footer('© 2026 Jasa Edit Privat · Khusus pelanggan dewasa · Kontak: Telegram @jasaeditprivat', [
  ['/layanan', 'Harga'],
  ['/order?src=footer', 'Order'],
  ['/faq', 'FAQ'],
]);

// cahaya-fotoai.test (id, innocent-home)
const chNav = nav(
  [
    ['/fitur', 'Fitur'],
    ['/paket', 'Paket'],
    ['/tentang', 'Tentang kami'],
    ['/masuk', 'Masuk'],
  ],
  'Cahaya Foto AI',
);
const chFoot = footer('© 2026 Cahaya Foto AI · Jakarta', [
  ['/fitur', 'Fitur'],
  ['/paket', 'Paket'],
  ['/tentang', 'Tentang'],
  ['/tentang#privasi', 'Privasi'],
]);

// avkladd-ai.test (sv, saas)
const avNav = nav(
  [
    ['/sa-funkar-det', 'Så funkar det'],
    ['/priser?ref=meny', 'Priser'],
    ['/vanliga-fragor', 'Vanliga frågor'],
    ['/logga-in', 'Logga in'],
  ],
  'Avklädd AI',
);
const avFoot = footer('© 2026 Avklädd AI · Endast för personer över 18 år · Alla bilder är AI-genererade', [
  ['/villkor', 'Användarvillkor'],
  ['/priser?utm_source=footer', 'Priser'],
  ['/vanliga-fragor', 'Support'],
]);

// kladfri-api.test (sv, api-reseller)
const kfNav = nav(
  [
    ['/dokumentation', 'Dokumentation'],
    ['/dokumentation/endpoints', 'Endpoints'],
    ['/priser', 'Priser'],
    ['/api-nycklar', 'API-nycklar'],
  ],
  'Klädfri API',
);
const kfFoot = footer('Klädfri API © 2026 · För utvecklare, botar och appar · Integratören ansvarar för inskickade bilder · dev@kladfri-api.test', [
  ['/dokumentation', 'Docs'],
  ['/priser', 'Priser'],
  ['/api-nycklar', 'Konsol'],
  ['https://t.me/kladfri_dev', 'Telegram'],
]);

// diskretretusch.test (sv, made-to-order)
const drNav = nav(
  [
    ['/tjanster', 'Tjänster'],
    ['/bestall', 'Beställ'],
    ['/betalning', 'Betalning'],
    ['/fragor', 'Frågor'],
  ],
  'Diskret Retusch',
);

// ljusverket-foto.test (sv, innocent-home)
const ljNav = nav(
  [
    ['/lagen', 'Lägen'],
    ['/priser', 'Priser'],
    ['/om-oss', 'Om oss'],
    ['/logga-in', 'Logga in'],
  ],
  'Ljusverket',
);
const ljFoot = footer('© 2026 Ljusverket AI · Göteborg', [
  ['/lagen', 'Alla lägen'],
  ['/priser', 'Priser'],
  ['/om-oss', 'Om oss'],
  ['/om-oss#integritet', 'Integritet'],
]);

// klaav-app.test (sv, app-landing)
const kaNav = nav(
  [
    ['/ladda-ner', 'Ladda ner'],
    ['/vip', 'VIP'],
    ['/iphone', 'iPhone'],
    ['/hjalp', 'Hjälp'],
  ],
  'KläAv',
);
const kaFoot = footer('© 2026 KläAv · 18+ · Bilderna skapas av AI', [
  ['/ladda-ner?src=footer', 'Ladda ner APK'],
  ['/vip', 'VIP'],
  ['/hjalp#villkor', 'Villkor'],
]);

// pruhled-bot.test (cs, telegram-bot)
const phNav = nav(
  [
    ['/prikazy', 'Příkazy'],
    ['/hvezdicky', 'Balíčky za hvězdičky'],
    ['/zalozni-boti', 'Záložní boti'],
  ],
  'Průhled Bot',
);

// svlec-api.test (cs, api-reseller)
const saNav = nav(
  [
    ['/dokumentace', 'Dokumentace'],
    ['/dokumentace/endpointy', 'Endpointy'],
    ['/cenik', 'Ceník'],
    ['/klice', 'API klíče'],
  ],
  'Svleč API',
);
const saFoot = footer('Svleč API © 2026 · Pro vývojáře botů a aplikací · Podpora: Telegram @svlecapi · Za odeslané obrázky odpovídá integrátor', [
  ['/dokumentace', 'Docs'],
  ['/cenik', 'Ceník'],
  ['/klice', 'Konzole'],
]);

// fotoatelier-ai.test (cs, innocent-home)
const faNav = nav(
  [
    ['/rezimy', 'Režimy'],
    ['/predplatne', 'Předplatné'],
    ['/o-nas', 'O nás'],
    ['/prihlaseni', 'Přihlásit'],
  ],
  'Fotoateliér AI',
);
const faFoot = footer('© 2026 Fotoateliér AI · Praha', [
  ['/rezimy', 'Režimy'],
  ['/predplatne', 'Ceník'],
  ['/o-nas', 'O nás'],
  ['/o-nas#soukromi', 'Ochrana soukromí'],
]);

// odhal-app.test (cs, app-landing)
const ohNav = nav(
  [
    ['/stahnout', 'Stáhnout'],
    ['/vip', 'VIP'],
    ['/iphone', 'iPhone'],
    ['/napoveda', 'Nápověda'],
  ],
  'Odhal',
);
const ohFoot = footer('© 2026 Odhal · Pouze 18+ · Obrázky vytváří umělá inteligence', [
  ['/stahnout?src=paticka', 'Stáhnout APK'],
  ['/vip', 'VIP'],
  ['/napoveda#podminky', 'Podmínky'],
]);

export const sites: CorpusSite[] = [
  {
    host: 'bugilin-bot.test',
    lang: 'id',
    label: 'nudify',
    shape: 'telegram-bot',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Bugilin — bot Telegram AI yang bikin foto jadi tanpa busana',
        head:
          metaDescription('Bugilin: bot Telegram berbasis AI. Kirim foto, terima versi tanpa busana dalam 15 detik. Bayar pakai Telegram Stars, 1 foto gratis, bonus referral.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'SoftwareApplication', name: 'Bugilin Bot', applicationCategory: 'Telegram bot', offers: { '@type': 'Offer', price: '0', priceCurrency: 'XTR' } }),
        body:
          bgNav +
          h1('Foto apa saja, jadi tanpa busana. Langsung di Telegram.') +
          p('Bugilin adalah bot Telegram dengan AI generasi terbaru yang menghapus pakaian dari foto. Nggak perlu download aplikasi, nggak perlu daftar pakai nomor HP, nggak ada iklan aneh. Buka bot, kirim foto, dan dalam 15 detik hasilnya sudah masuk ke chat kamu.') +
          p('<b>Mulai sekarang:</b> ' + a('https://t.me/bugilin_ai_bot?start=home', 't.me/bugilin_ai_bot') + ' — 1 foto gratis untuk pengguna baru.') +
          section(
            h2('Yang bisa dilakukan bot'),
            ul('Tanpa busana — pakaian dihapus total', 'Bikini dan lingerie — ganti pakaian', 'Efek basah — baju terlihat transparan', 'Upscale hasil sampai 4K', 'Proses 10 foto sekaligus (paket Pro)'),
          ) +
          section(
            h2('Bayar gampang'),
            p('Semua di dalam Telegram. Ketik /beli, pilih paket, bayar pakai Stars. Kredit langsung masuk. Nggak ada transfer ke rekening pribadi, nggak ada nama aneh di mutasi bank.'),
          ) +
          section(
            h2('Kenapa Bugilin?'),
            ul('Lebih dari 400 ribu foto sudah diproses', 'Server GPU sendiri, antrean hampir selalu kosong', 'Foto dihapus langsung setelah hasil dikirim', 'Kalau bot diblokir, saldo pindah otomatis ke bot cadangan', 'Admin berbahasa Indonesia'),
          ) +
          p('«Paling cepat dibanding bot lain yang pernah saya coba.» — pengguna Surabaya') +
          p('Punya channel atau grup besar? Gabung ' + a('/afiliasi?ref=home', 'program afiliasi') + ' dan dapat 40% dari setiap pembelian.') +
          footer('Bugilin © 2026 · Khusus 18+ · Bukan produk resmi Telegram', [
            ['/cara-pakai', 'Cara pakai'],
            ['/harga-stars', 'Harga'],
            ['https://t.me/bugilin_info', 'Channel info'],
          ]),
      },
      {
        path: '/cara-pakai',
        title: 'Cara pakai & perintah — Bugilin',
        body:
          bgNav +
          h1('Cara pakai bot') +
          ol('Buka bot lalu tekan /start.', 'Konfirmasi kamu sudah berumur 18+.', 'Pilih mode lewat tombol atau perintah.', 'Kirim foto sebagai gambar, bukan file.', 'Tunggu 10–20 detik, hasil langsung dikirim.') +
          h2('Perintah') +
          ul('/start — mulai dan dapat foto gratis', '/bugil — mode tanpa busana', '/bikini — mode bikini', '/lingerie — mode lingerie', '/basah — efek basah', '/hd — upscale 4K foto terakhir', '/saldo — cek kredit', '/beli — beli kredit', '/ajak — link referral, +3 kredit per teman') +
          p('Hasil terbaik: foto satu orang, cahaya terang, seluruh badan atau setengah badan.'),
      },
      {
        path: '/harga-stars',
        title: 'Harga paket — Bugilin',
        body:
          bgNav +
          h1('Paket kredit') +
          p('Pembayaran pakai Telegram Stars langsung di bot. 1 kredit = 1 foto, upscale 4K tambah 1 kredit.') +
          priceTable(
            ['Paket', 'Kredit', 'Stars'],
            [
              ['Hemat', '5', '100 ⭐'],
              ['Standar', '20', '350 ⭐'],
              ['Pro', '60', '900 ⭐'],
              ['Tanpa batas 7 hari', 'maks. 50/hari', '1.200 ⭐'],
            ],
          ) +
          p('Kredit tidak hangus. Kalau proses gagal, kredit otomatis kembali. Mau bayar pakai QRIS, e-wallet, atau USDT? Chat admin lewat /bantuan, nanti dikirim link pembayaran.') +
          p('Paket «Tanpa batas 7 hari» paling laris: semua mode terbuka, hasil 4K, dan antrean prioritas tanpa biaya tambahan.'),
      },
      {
        path: '/afiliasi',
        title: 'Program afiliasi — Bugilin',
        body:
          bgNav +
          h1('Program afiliasi untuk admin channel') +
          p('Pasang link bot di channel, grup, atau website kamu dan dapatkan 40% dari semua pembelian pengguna yang kamu bawa — seumur hidup. Statistik real-time bisa dicek di bot dengan perintah /afiliasi. Pencairan tiap minggu dalam USDT (TRC-20) atau ke e-wallet, minimal setara Rp300.000. Kami sediakan materi promosi: banner, teks, dan video pendek siap posting.'),
      },
    ],
  },
  {
    host: 'jasaeditprivat.test',
    lang: 'id',
    label: 'nudify',
    shape: 'made-to-order',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Jasa Edit Privat — edit foto jadi tanpa busana, bayar kripto',
        head: metaDescription('Jasa edit foto privat: kirim foto, editor kami buat versi tanpa busana pakai AI dan retouch manual. Selesai maksimal 24 jam, pembayaran hanya kripto.'),
        body:
          jeNav +
          h1('Jasa edit foto tanpa busana, dikerjakan manual') +
          p('Situs otomatis sering gagal: tangan aneh, rambut berantakan, latar belakang rusak. Di Jasa Edit Privat, setiap pesanan dikerjakan editor sungguhan. AI menghapus pakaian, lalu editor memperbaiki detail, cahaya, dan tekstur sampai hasilnya terlihat seperti foto asli.') +
          h2('Layanan kami') +
          ul('Edit 1 foto — versi tanpa busana', 'Paket 3 atau 5 foto orang yang sama', 'Versi bikini atau lingerie', 'Kilat — selesai 3 jam', 'Perbaikan hasil dari bot atau situs lain') +
          h2('Cara order') +
          ol('Isi form order (tanpa upload foto).', 'Terima nomor order dan alamat wallet.', 'Bayar pakai kripto.', 'Kirim foto lewat Telegram atau email dengan nomor order.', 'Terima hasil lewat link yang berlaku 48 jam.') +
          h2('Kenapa cuma kripto?') +
          p('Supaya privasi kedua pihak terjaga. Kami terima USDT, BTC, dan LTC. Tidak ada transfer bank, e-wallet, atau QRIS — tidak ada jejak di rekening kamu.') +
          p('Lebih dari 1.500 order selesai · 1 kali revisi gratis · file dihapus 48 jam setelah dikirim.') +
          p(a('/layanan', 'Lihat harga') + ' · ' + a('/order?src=home', 'Order sekarang')) +
          jeFoot,
      },
      {
        path: '/layanan',
        title: 'Layanan & harga — Jasa Edit Privat',
        body:
          jeNav +
          h1('Layanan & harga') +
          priceTable(
            ['Layanan', 'Waktu', 'Harga'],
            [
              ['Edit 1 foto', 'maks. 24 jam', '18 USDT'],
              ['Paket 3 foto', 'maks. 24 jam', '48 USDT'],
              ['Paket 5 foto', 'maks. 24 jam', '75 USDT'],
              ['Bikini / lingerie', 'maks. 24 jam', '12 USDT'],
              ['Kilat', '3 jam', '+10 USDT'],
              ['Perbaikan hasil lain', 'maks. 24 jam', '10 USDT'],
            ],
          ) +
          p('Harga dalam USDT; untuk BTC dan LTC pakai kurs saat itu. Setiap order dapat 1 kali revisi gratis. Pelanggan tetap dapat diskon 10% mulai order ketiga. Order di atas 10 foto? Chat kami di Telegram untuk harga khusus.') +
          jeFoot,
      },
      {
        path: '/order',
        title: 'Form order — Jasa Edit Privat',
        head: cryptoCheckout(),
        body:
          jeNav +
          h1('Form order') +
          p('Jangan upload foto di sini. Setelah bayar, kirim foto ke Telegram @jasaeditprivat atau email order@jasaeditprivat.test dengan nomor order di subjek.') +
          orderForm(['Layanan', 'Jumlah foto', 'Kilat? (ya/tidak)', 'Username Telegram atau email', 'Koin (USDT / BTC / LTC)', 'Catatan untuk editor'], 'Kirim order') +
          p('Nomor order dan alamat wallet dikirim dalam 30 menit. Kalau belum masuk, cek folder spam atau chat kami di Telegram.') +
          jeFoot,
      },
      {
        path: '/pembayaran',
        title: 'Pembayaran kripto — Jasa Edit Privat',
        body:
          jeNav +
          h1('Cara bayar pakai kripto') +
          ol('Beli USDT di exchange kripto mana saja atau lewat P2P.', 'Kirim jumlah yang pas ke alamat wallet di order kamu (USDT jaringan TRC-20).', 'Kirim hash transaksi ke Telegram kami.', 'Kirim foto dan tunggu hasilnya.') +
          p('Setiap order punya alamat wallet sendiri yang berlaku 60 menit. Pembayaran ke jaringan yang salah tidak bisa dikembalikan. Setelah editor mulai bekerja, pembayaran tidak bisa direfund.') +
          jeFoot,
      },
      {
        path: '/faq',
        title: 'FAQ — Jasa Edit Privat',
        body:
          jeNav +
          faq('Pertanyaan umum', [
            ['Foto seperti apa yang diterima?', 'Foto jelas satu orang dewasa dengan cahaya cukup.'],
            ['Foto saya disimpan?', 'Tidak. Foto asli dan hasil dihapus 48 jam setelah dikirim.'],
            ['Bisa batal?', 'Bisa, dengan refund penuh selama editor belum mulai.'],
            ['Hasilnya dikirim bagaimana?', 'Lewat link download yang berlaku 48 jam.'],
          ]) +
          jeFoot,
      },
    ],
  },
  {
    host: 'cahaya-fotoai.test',
    lang: 'id',
    label: 'nudify',
    shape: 'innocent-home',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Cahaya Foto AI — studio foto profesional pakai AI',
        head:
          metaDescription('Cahaya Foto AI: foto profil profesional, ganti background, perbaiki foto lama, upscale 4K, dan gaya artistik. Tanpa fotografer, langsung dari HP.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'Organization', name: 'Cahaya Foto AI', url: 'https://cahaya-fotoai.test' }),
        body:
          cookieBanner('Kami memakai cookie untuk mengingat preferensi kamu.', 'Oke', 'Tolak') +
          chNav +
          h1('Studio foto profesional di saku kamu') +
          p('Cahaya Foto AI mengubah foto biasa dari HP jadi foto kualitas studio. Upload foto, pilih fitur, dan dalam beberapa detik kamu dapat hasil dengan cahaya bagus, background rapi, dan detail tajam. Cocok untuk profil kerja, CV, marketplace, dan media sosial.') +
          upload('Upload foto', '/studio', 'Mulai edit') +
          h2('Fitur favorit') +
          ul('Foto profil profesional', 'Ganti dan blur background', 'Upscale sampai 4K', 'Perbaiki foto lama dan beri warna', 'Ruang ganti virtual — coba baju lain', 'Filter sinematik') +
          h2('Semudah selfie') +
          p('Pilih fitur, klik, selesai. Model kami dilatih bersama fotografer profesional, jadi setting default pun sudah terlihat natural. Bisa proses sampai 30 foto sekaligus.') +
          img(2, 'contoh foto profil') +
          img(7, 'contoh restorasi') +
          p('«Foto produk toko online saya jadi kelihatan profesional banget.» — Dewi, Yogyakarta') +
          p('«Foto lama orang tua saya jadi berwarna lagi.» — Andi') +
          textForm('Langganan newsletter: tips foto dan promo', 'Langganan', '/newsletter') +
          h2('Cara kerjanya') +
          ol('Upload foto dari HP atau laptop.', 'Pilih fitur dari daftar.', 'Download hasil resolusi tinggi.') +
          p('Lebih dari 35 ribu orang pakai Cahaya Foto AI tiap bulan. 5 kredit pertama gratis, tanpa kartu kredit.') +
          chFoot,
      },
      {
        path: '/fitur',
        title: 'Semua fitur — Cahaya Foto AI',
        body:
          chNav +
          h1('Semua fitur') +
          p('Semua fitur memakai kredit yang sama. Fitur bertanda 18+ hanya muncul untuk akun Premium yang sudah verifikasi umur.') +
          priceTable(
            ['Fitur', 'Fungsi', 'Kredit'],
            [
              ['Foto profil', 'cahaya studio, background polos', '1'],
              ['Background', 'ganti atau blur', '1'],
              ['Upscale 4K', 'pertajam dan perbesar', '1'],
              ['Restorasi', 'perbaiki goresan, beri warna', '2'],
              ['Ruang ganti', 'pakaikan baju dari katalog', '2'],
              ['Pantai', 'ganti baju jadi baju renang', '2'],
              ['Buka baju 18+', 'menghapus pakaian dan membuat versi tanpa busana', '3'],
            ],
          ) +
          p('Dengan memakai fitur «Buka baju 18+», kamu menyatakan sudah mendapat izin dari orang di foto.') +
          chFoot,
      },
      {
        path: '/paket',
        title: 'Paket — Cahaya Foto AI',
        body:
          chNav +
          h1('Paket langganan') +
          priceTable(
            ['Paket', 'Harga', 'Kredit / bulan', 'Fitur'],
            [
              ['Gratis', 'Rp0', '5', 'fitur dasar'],
              ['Plus', 'Rp49.000 / bulan', '100', 'dasar + Pantai'],
              ['Premium', 'Rp119.000 / bulan', '400', 'semua, termasuk Buka baju 18+'],
            ],
          ) +
          p('Semua paket bisa dibatalkan kapan saja. Kredit yang tidak terpakai pindah ke bulan berikutnya (maks. 200). Bayar pakai QRIS, transfer bank, e-wallet, atau kartu kredit.') +
          button('Pilih paket') +
          p('Paket Premium juga dapat antrean prioritas, proses 30 foto sekaligus, dan ekspor 4K. Pelajar dapat diskon 20% untuk paket Plus.') +
          chFoot,
      },
      {
        path: '/tentang',
        title: 'Tentang kami — Cahaya Foto AI',
        body:
          chNav +
          h1('Tentang kami') +
          p('Cahaya Foto AI didirikan tahun 2024 di Jakarta oleh tim kecil fotografer dan programmer. Kami ingin semua orang bisa punya foto bagus tanpa harus sewa studio atau fotografer mahal.') +
          h2('Privasi') +
          p('Foto yang diupload disimpan maksimal 72 jam dan tidak dipakai untuk melatih model. Kamu bisa menghapusnya lebih cepat dari galeri. Kontak: halo@cahaya-fotoai.test') +
          chFoot,
      },
    ],
  },
  {
    host: 'avkladd-ai.test',
    lang: 'sv',
    label: 'nudify',
    shape: 'saas',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Avklädd AI — ta bort kläder från valfri bild med AI',
        jsOnly: true,
        head:
          metaDescription('Avklädd AI tar bort kläderna från vilket foto som helst på några sekunder. Ladda upp, välj läge och ladda ner resultatet i HD. 3 gratis krediter, betala med Swish eller kort.') +
          oneTap('000000000000-avkladd.apps.googleusercontent.test') +
          gtag('G-AVK2026'),
        body:
          avNav +
          h1('Klä av vem som helst på bilden — på 10 sekunder') +
          p('Avklädd AI är en AI-tjänst som tar bort kläderna från foton och skapar en realistisk naken version. Den fungerar direkt i webbläsaren på mobilen och datorn, inget att installera.') +
          upload('Ladda upp bild', '/api/avkladning', 'Klä av nu') +
          p('<small>Genom att ladda upp intygar du att du är över 18 och har samtycke från personen på bilden.</small>') +
          h2('Lägen') +
          ul('Naken — alla kläder borttagna', 'Bikini', 'Underkläder', 'Genomskinligt (Premium)') +
          h2('Varför Avklädd AI?') +
          ul('3 gratis krediter när du registrerar dig', 'Upp till 4K-upplösning', 'Ansiktet behålls exakt som i originalet', 'Bilderna raderas automatiskt efter 24 timmar', 'Betala med Swish, kort, Apple Pay eller krypto', 'På kontoutdraget står bara ”AV Media”') +
          h2('Så funkar det') +
          p('Ladda upp en skarp bild på en person, välj läge och tryck på ”Klä av nu”. AI:n känner igen kroppen, tar bort kläderna och målar om bilden så att ljus och bakgrund stämmer.') +
          faq('Snabba frågor', [
            ['Är det gratis?', 'De första 3 bilderna är gratis. Sedan kostar paketen från 49 kr.'],
            ['Sparas mina bilder?', 'Nej, allt raderas inom 24 timmar.'],
          ]) +
          h2('Avklädd AI jämfört med andra') +
          priceTable(['', 'Avklädd AI', 'Telegram-botar', 'Gratisappar'], [
            ['Högsta kvalitet', '4K', '720p', '512 px'],
            ['Ansiktet behålls', 'ja', 'ibland', 'nej'],
            ['Automatisk radering', '24 timmar', 'oklart', 'aldrig'],
            ['Betala med Swish', 'ja', 'nej', 'nej'],
          ]) +
          h2('Omdömen') +
          p('”Bästa resultatet jag sett, och supporten svarade på fem minuter.” — Johan, Malmö') +
          p('”Premium är värt pengarna om man använder det ofta.” — Premium-användare') +
          textForm('Prenumerera på nyhetsbrevet och få 5 krediter', 'Prenumerera', '/nyhetsbrev') +
          avFoot,
      },
      {
        path: '/sa-funkar-det',
        title: 'Så funkar det — Avklädd AI',
        body:
          avNav +
          h1('Så funkar det') +
          ol('Skapa konto med e-post eller Google och få 3 krediter.', 'Ladda upp en tydlig bild på en person, gärna helfigur.', 'Välj läge: naken, bikini, underkläder eller genomskinligt.', 'Tryck på ”Klä av nu” och vänta 5–15 sekunder.', 'Ladda ner resultatet eller generera en ny variant.') +
          p('Tips: bilder tagna i dagsljus med åtsittande kläder ger bäst resultat. Mörka, suddiga bilder eller gruppbilder blir sämre.') +
          avFoot,
      },
      {
        path: '/priser',
        title: 'Priser — Avklädd AI',
        head: stripe('pk_test_avkladd_SE'),
        body:
          avNav +
          h1('Priser och krediter') +
          priceTable(
            ['Paket', 'Krediter', 'Pris', 'Ingår'],
            [
              ['Prova', '10', '49 kr', 'HD med vattenstämpel'],
              ['Standard', '50', '149 kr', 'HD utan vattenstämpel'],
              ['Premium (per månad)', '300', '299 kr', '4K, genomskinligt läge, prioriterad kö'],
            ],
          ) +
          p('1 kredit = 1 bild i HD, 4K kostar 2 krediter. Krediter från engångspaket går aldrig ut. Premium förnyas varje månad och kan sägas upp när som helst under Mitt konto.') +
          button('Gå till kassan') +
          avFoot,
      },
      {
        path: '/vanliga-fragor',
        title: 'Vanliga frågor — Avklädd AI',
        body:
          avNav +
          faq('Vanliga frågor', [
            ['Krediterna syns inte efter betalning', 'Oftast dyker de upp inom en minut. Annars, mejla support@avkladd-ai.test med kvittot.'],
            ['Resultatet ser konstigt ut', 'Prova en bild med bättre kvalitet. Varje bild kan genereras om en gång gratis.'],
            ['Kan jag få pengarna tillbaka?', 'Oanvända krediter återbetalas inom 14 dagar från köpet.'],
          ]) +
          avFoot,
      },
      {
        path: '/villkor',
        title: 'Användarvillkor — Avklädd AI',
        body:
          avNav +
          h1('Användarvillkor') +
          p('Tjänsten är endast för personer som fyllt 18 år. Användaren ansvarar fullt ut för uppladdade bilder och intygar att samtycke finns från personerna på bilderna. Det är förbjudet att sprida resultaten utan samtycke eller använda dem för utpressning eller trakasserier. Alla bilder är AI-genererade. Konton som bryter mot villkoren kan stängas utan återbetalning.') +
          avFoot,
      },
    ],
  },
  {
    host: 'kladfri-api.test',
    lang: 'sv',
    label: 'nudify',
    shape: 'api-reseller',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Klädfri API — API för att ta bort kläder från bilder',
        head:
          metaDescription('REST-API för AI-borttagning av kläder. Betala per anrop från 0,15 kr. API-nycklar, webhooks och SDK för Node och Python. Byggt för botar och appar.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'Product', name: 'Klädfri API', offers: { '@type': 'Offer', price: '0.15', priceCurrency: 'SEK', description: 'per lyckat anrop' } }),
        body:
          kfNav +
          h1('Lägg till ”klä av” i din app på en kväll') +
          p('Klädfri API ger dig tillgång till vår modell för borttagning av kläder via en enkel REST-endpoint. Du skickar en bild, väljer läge och får tillbaka resultatet. Inga GPU:er att hyra, inga modeller att träna, ingen drift.') +
          h2('Det här får du') +
          ul(
            'Endpoint <code>POST /v1/avkladning</code> med lägena <code>naken</code>, <code>bikini</code>, <code>underklader</code>',
            'Median 2,9 sekunder för 1024 px',
            'Asynkron kö med webhooks för stora volymer',
            'White-label: inga loggor eller vattenstämplar på live-nycklar',
            'Undernycklar med dagliga tak för dina kunder',
          ) +
          h2('Exempel') +
          code(`curl -X POST https://api.kladfri-api.test/v1/avkladning \\
  -H "Authorization: Bearer kf_live_XXXX" \\
  -F "bild=@foto.jpg" \\
  -F "lage=naken"`) +
          p('Svaret innehåller <code>resultat_url</code>, bearbetningstid och återstående saldo.') +
          h2('Vilka använder oss?') +
          p('Över 90 Telegram-botar, Android-appar och webbtjänster i Norden och Europa. Du betalar bara för lyckade anrop — fel 422 är gratis. Fakturering med kort eller USDT.') +
          p(a('/api-nycklar?ref=start', 'Skapa en gratis testnyckel (25 anrop)') + ' · ' + a('/dokumentation?ref=start', 'Läs dokumentationen')) +
          p('Vi hanterar över 9 miljoner anrop i månaden.') +
          kfFoot,
      },
      {
        path: '/dokumentation',
        title: 'Dokumentation — Klädfri API',
        body:
          kfNav +
          h1('Kom igång') +
          ol('Skapa ett konto och generera en nyckel under API-nycklar.', 'Testnycklar börjar med <code>kf_test_</code> och returnerar bilder med vattenstämpel.', 'Live-nycklar börjar med <code>kf_live_</code>.', 'Skicka ditt första anrop till <code>/v1/avkladning</code>.') +
          h2('Node.js') +
          code(`const form = new FormData();
form.append('bild', file);
form.append('lage', 'bikini');
const res = await fetch('https://api.kladfri-api.test/v1/avkladning', {
  method: 'POST', headers: { Authorization: 'Bearer ' + KEY }, body: form,
});
console.log((await res.json()).resultat_url);`) +
          p('Gränser: Start 5 anrop/s, Företag 25 anrop/s. Max filstorlek 10 MB.') +
          kfFoot,
      },
      {
        path: '/dokumentation/endpoints',
        title: 'Endpoints — Klädfri API',
        body:
          kfNav +
          h1('Endpoints') +
          h3('POST /v1/avkladning') +
          p('Fält: <code>bild</code> (fil) eller <code>bild_url</code>; <code>lage</code>: naken | bikini | underklader; <code>kvalitet</code>: sd | hd | 4k; <code>webhook</code> (valfritt).') +
          h3('GET /v1/jobb/{id}') +
          p('Status för asynkront jobb och länk till resultatet, giltig i 60 minuter.') +
          h3('GET /v1/saldo') +
          code(`{"anrop_kvar": 7740, "plan": "foretag"}`) +
          ul('401 — ogiltig nyckel', '402 — slut på saldo', '422 — ingen person hittades', '429 — för många anrop') +
          p('Alla svar är JSON.') +
          kfFoot,
      },
      {
        path: '/priser',
        title: 'Priser — Klädfri API',
        body:
          kfNav +
          h1('Pris per anrop') +
          priceTable(
            ['Plan', 'Per anrop', 'Minimum', 'Gräns'],
            [
              ['Test', '0 kr', '25 anrop', '1/s'],
              ['Start', '0,45 kr', 'inget', '5/s'],
              ['Företag', '0,25 kr', '2 500 kr / mån', '25/s'],
              ['Återförsäljare', '0,15 kr', '12 000 kr / mån', '60/s, dedikerad GPU'],
            ],
          ) +
          p('4K-resultat räknas som 2 anrop. Påfyllning med kort, banköverföring eller USDT. Fakturan har en neutral beskrivning: ”bildbehandlingstjänst”. Oanvänt saldo går aldrig ut.') +
          p('Återförsäljare får en egen kontaktperson.') +
          kfFoot,
      },
      {
        path: '/api-nycklar',
        title: 'API-nycklar — Klädfri API',
        body:
          kfNav +
          h1('Dina API-nycklar') +
          p('Logga in för att skapa nycklar, sätta gränser och följa förbrukningen. Varje konto kan ha upp till 30 nycklar, var och en med eget namn, dagligt tak och lista över tillåtna IP-adresser.') +
          textForm('E-postadress', 'Skicka inloggningslänk', '/auth/lank') +
          p('Nya konton får 25 gratis testanrop. Inget kort behövs. Nycklar kan återkallas när som helst.') +
          kfFoot,
      },
    ],
  },
  {
    host: 'diskretretusch.test',
    lang: 'sv',
    label: 'nudify',
    shape: 'made-to-order',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Diskret Retusch — nakna versioner av foton på beställning',
        head: metaDescription('Skicka ett foto så gör vår retuschör en realistisk naken version med AI och handarbete. Leverans inom 24 timmar. Betalning endast med kryptovaluta.'),
        body:
          drNav +
          h1('En naken version av valfritt foto — handgjord på beställning') +
          p('Automatiska ”klä av”-sajter gör snabba men slarviga jobb. Hos Diskret Retusch går varje beställning till en retuschör. Först tar AI:n bort kläderna, sedan rättar retuschören händer, hår, tatueringar och ljus tills resultatet ser ut som ett riktigt foto.') +
          h2('Det här erbjuder vi') +
          ul('Enstaka foto — full avklädning i hög upplösning', 'Serie — upp till 5 foton av samma person', 'Bikini- eller underklädesversion', 'Expressleverans inom 3 timmar') +
          h2('Så beställer du') +
          ol('Fyll i beställningsformuläret (utan bild).', 'Du får ett ordernummer och en kryptoadress.', 'Betala.', 'Skicka fotot via Telegram eller krypterad e-post med ordernumret.', 'Hämta resultatet via en länk som gäller i 48 timmar.') +
          h2('Varför bara krypto?') +
          p('För att båda parter ska förbli anonyma. Vi tar emot Monero, Bitcoin och USDT. Inga kort, ingen Swish, inga banköverföringar.') +
          p('Över 900 levererade beställningar · en gratis revidering · filer raderas efter 48 timmar.') +
          p(a('/tjanster', 'Tjänster och priser') + ' · ' + a('/bestall?utm_source=start', 'Beställ nu')) +
          faq('Kort om oss', [
            ['Kan jag ladda upp bilden här?', 'Nej. Bilder tas bara emot via Telegram eller e-post tillsammans med ett betalt ordernummer.'],
            ['Hur snabbt går det?', 'Normalt inom 24 timmar, med express inom 3 timmar.'],
          ]) +
          footer('Diskret Retusch © 2026 · Endast vuxna · Kontakt: Telegram @diskretretusch', [
            ['/betalning', 'Betalning'],
            ['/fragor', 'Frågor'],
            ['/bestall?utm_source=sidfot', 'Beställ'],
          ]),
      },
      {
        path: '/tjanster',
        title: 'Tjänster och priser — Diskret Retusch',
        body:
          drNav +
          h1('Tjänster och priser') +
          priceTable(
            ['Tjänst', 'Leveranstid', 'Pris'],
            [
              ['Enstaka foto', '24 h', '28 USDT'],
              ['Serie (5 foton)', '24 h', '110 USDT'],
              ['Bikini / underkläder', '24 h', '20 USDT'],
              ['Express', '3 h', '+15 USDT'],
            ],
          ) +
          p('Priser i USDT; för XMR och BTC gäller dagskursen. Från tredje beställningen får du 10 % rabatt. En revidering ingår alltid, därefter 5 USDT per revidering. Större beställningar? Fråga på Telegram.') +
          p('Alla beställningar levereras via en privat länk som slutar gälla efter 48 timmar.'),
      },
      {
        path: '/bestall',
        title: 'Beställ — Diskret Retusch',
        head: cryptoCheckout(),
        body:
          drNav +
          h1('Beställningsformulär') +
          p('Bifoga inga bilder här. Efter betalning skickar du fotot till Telegram @diskretretusch eller till order@diskretretusch.test med ordernumret i ämnesraden.') +
          orderForm(['Tjänst', 'Antal foton', 'Express? (ja/nej)', 'Telegram-namn eller e-post', 'Valuta (XMR / BTC / USDT)', 'Önskemål till retuschören'], 'Skicka beställning') +
          p('Ordernummer och betaladress kommer inom 30 minuter. Kolla skräpposten om inget dyker upp.') +
          p('Ange gärna ett Telegram-namn, då svarar vi snabbast. Spara ordernumret tills du har fått resultatet — bilder utan nummer raderas oöppnade.'),
      },
      {
        path: '/betalning',
        title: 'Betalning — Diskret Retusch',
        body:
          drNav +
          h1('Betala med krypto') +
          ul('Monero (XMR) — rekommenderas', 'Bitcoin (BTC) — efter 1 bekräftelse', 'USDT — endast TRC-20') +
          p('Varje beställning får en unik adress som gäller i 60 minuter. Skicka exakt belopp; betalningar till fel nätverk kan inte återställas. Krypto kan du köpa på valfri växlingstjänst eller via P2P. När retuschören har börjat arbeta återbetalas inte beloppet.') +
          p('Frågor om betalningen? Skriv till oss på Telegram innan du skickar pengar.'),
      },
      {
        path: '/fragor',
        title: 'Frågor och svar — Diskret Retusch',
        body:
          drNav +
          faq('Frågor och svar', [
            ['Vilka foton tar ni emot?', 'Skarpa, väl belysta foton av en vuxen person.'],
            ['Sparar ni filerna?', 'Nej. Original och resultat raderas 48 timmar efter leverans.'],
            ['Kan jag avbeställa?', 'Ja, med full återbetalning tills retuschören har börjat.'],
            ['Hur får jag resultatet?', 'Som en tidsbegränsad nedladdningslänk till den kontakt du angett.'],
          ]) +
          p('Hittade du inte svaret? Skriv till @diskretretusch på Telegram, vi svarar varje dag mellan 10 och 24.'),
      },
    ],
  },
  {
    host: 'ljusverket-foto.test',
    lang: 'sv',
    label: 'nudify',
    shape: 'innocent-home',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Ljusverket — din AI-fotostudio',
        head:
          metaDescription('Ljusverket gör vardagsbilder till studioporträtt. Profilbilder, bakgrundsbyte, uppskalning till 4K, restaurering och kreativa lägen. Prova gratis.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'WebApplication', name: 'Ljusverket', applicationCategory: 'PhotographyApplication' }),
        body:
          cookieBanner('Vi använder kakor för att hålla dig inloggad och förstå hur tjänsten används.', 'Godkänn alla', 'Endast nödvändiga') +
          ljNav +
          h1('Studiokvalitet direkt från mobilen') +
          p('Ljusverket är en AI-fotostudio för kreatörer, yrkesfolk och alla som vill synas från sin bästa sida. Ladda upp en bild, välj ett läge och låt våra modeller sköta ljus, bakgrund och detaljer.') +
          upload('Ladda upp ett foto', '/studio/ny', 'Öppna i studion') +
          h2('Populära lägen') +
          ul('Profilbilder för jobbprofilen och CV', 'Byt eller sudda bakgrund', 'Uppskala till 4K', 'Restaurera gamla foton', 'Provrum — byt kläder', 'Filmisk färgsättning') +
          h2('Varför Ljusverket?') +
          p('Andra redigerare ger dig reglage. Vi ger dig resultat. Våra modeller är tränade tillsammans med fotografer, så standardinställningarna ser redan rätt ut. Bearbeta upp till 50 bilder åt gången och få en enhetlig stil i hela profilen.') +
          img(0, 'profilbild') +
          img(4, 'restaurerat foto') +
          p('”Jag bytte ut hela min porträttfotografering mot en eftermiddag i Ljusverket.” — frilansande formgivare') +
          textForm('Få tips och nya lägen i inkorgen', 'Prenumerera', '/nyhetsbrev') +
          h2('Så enkelt är det') +
          ol('Ladda upp en bild från mobilen eller datorn.', 'Välj ett läge i listan.', 'Ladda ner resultatet i hög upplösning.') +
          p('Över 20 000 personer använder Ljusverket varje månad.') +
          ljFoot,
      },
      {
        path: '/lagen',
        title: 'Alla lägen — Ljusverket',
        body:
          ljNav +
          h1('Alla lägen') +
          p('Alla lägen använder samma krediter. Lägen märkta 18+ kräver åldersverifiering i kontoinställningarna.') +
          priceTable(
            ['Läge', 'Vad det gör', 'Krediter'],
            [
              ['Porträtt', 'studioljus, neutral bakgrund', '1'],
              ['Bakgrund', 'byt eller sudda', '1'],
              ['Uppskala 4K', 'skärp och förstora', '1'],
              ['Restaurera', 'laga repor, färglägg', '2'],
              ['Provrum', 'prova kläder ur katalogen', '2'],
              ['Badkläder', 'byt kläder mot badkläder', '2'],
              ['Avklädning 18+', 'tar bort kläderna och skapar en naken version av bilden', '3'],
            ],
          ) +
          p('Avklädningsläget ingår i planerna Kreatör och Studio när kontot är åldersverifierat. Ladda bara upp bilder som du har tillåtelse att redigera.') +
          ljFoot,
      },
      {
        path: '/priser',
        title: 'Priser — Ljusverket',
        head: stripe('pk_test_ljusverket_SE'),
        body:
          ljNav +
          h1('Priser') +
          priceTable(
            ['Plan', 'Pris', 'Krediter / mån', 'Ingår'],
            [
              ['Gratis', '0 kr', '10', 'standardlägen, vattenstämpel'],
              ['Kreatör', '119 kr / mån', '150', 'alla lägen inkl. Badkläder och Avklädning 18+'],
              ['Studio', '289 kr / mån', '500', 'alla lägen, 4K, 50 bilder åt gången, prioritet'],
            ],
          ) +
          p('Behöver du mer? Påfyllning från 49 kr för 40 krediter. Säg upp när du vill; oanvända krediter följer med en månad.') +
          button('Börja gratis') +
          p('Studenter får 30 % rabatt på Kreatör.') +
          ljFoot,
      },
      {
        path: '/om-oss',
        title: 'Om Ljusverket',
        body:
          ljNav +
          h1('Om oss') +
          p('Ljusverket startade 2024 som ett sidoprojekt av två fotografer som var trötta på att retuschera porträtt för hand. I dag bygger ett team på tio personer studion från Göteborg.') +
          h2('Integritet') +
          p('Uppladdningar raderas efter 30 dagar om du inte sparar dem i ett projekt. Vi säljer aldrig dina uppgifter och använder inte dina bilder för att träna modeller.') +
          ljFoot,
      },
    ],
  },
  {
    host: 'klaav-app.test',
    lang: 'sv',
    label: 'nudify',
    shape: 'app-landing',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'KläAv — appen som klär av foton med AI | Ladda ner APK',
        head:
          metaDescription('Ladda ner KläAv: 3 gratis avklädningar per dag, VIP per vecka för 39 kr. APK för Android, på iPhone via ”Lägg till på hemskärmen”.') +
          jsonLd({
            '@context': 'https://schema.org',
            '@type': 'MobileApplication',
            name: 'KläAv',
            operatingSystem: 'Android',
            offers: { '@type': 'Offer', price: '39', priceCurrency: 'SEK', description: 'VIP per vecka' },
          }),
        body:
          kaNav +
          h1('KläAv. Ett tryck — kläderna är borta.') +
          p('KläAv är en mobilapp som med AI tar bort kläderna från bilder i din kamerarulle. Välj ett foto, tryck ”Klä av” och några sekunder senare har du en naken version att spara.') +
          storeBadges('/ladda-ner/klaav-1.5.apk') +
          h2('3 gratis avklädningar varje dag') +
          p('Alla användare får <b>3 gratis avklädningar om dagen</b>. Räknaren nollställs vid midnatt. Vill du ha fler? Titta på en kort reklam för +1 eller skaffa VIP per vecka.') +
          h2('Funktioner') +
          ul('Lägen: naken, bikini, underkläder', 'Pensel — välj exakt vilket område', 'HD gratis, 4K med VIP', 'Privat album med PIN-kod', 'Ingen registrering krävs') +
          h2('Har du iPhone?') +
          p('App Store släpper inte in appar som denna. Öppna vår sida i Safari, tryck på Dela och välj <b>”Lägg till på hemskärmen”</b>. Då får du en ikon och hela appen. ' + a('/iphone', 'Steg för steg')) +
          img(3, 'skärmbilder från appen') +
          p('★ 4,4 · 3 000+ betyg · ”Enklare än botarna på Telegram, och 3 gratis om dagen räcker för att testa.”') +
          faq('Kort och gott', [
            ['Är det gratis?', 'Ja, 3 avklädningar per dag är alltid gratis. VIP är frivilligt.'],
            ['Varför finns den inte på Google Play?', 'Butikerna tillåter inte sådana appar, så vi delar ut APK:n själva.'],
          ]) +
          h2('Nyheter i version 1.5') +
          ul('Ny AI-modell med naturligare händer och hår', 'Underklädesläget har 8 nya stilar', 'Snabbare bearbetning för VIP, även på kvällen', 'Mörkt läge och svenska menyer') +
          p('Följ oss på Telegram för att få veta först när en ny version släpps.') +
          kaFoot,
      },
      {
        path: '/ladda-ner',
        title: 'Ladda ner KläAv APK',
        body:
          kaNav +
          h1('Ladda ner KläAv') +
          storeBadges('/ladda-ner/klaav-1.5.apk') +
          p('Version 1.5.1 · 34 MB · Android 8.0 eller senare · signerad APK.') +
          ol('Tryck på ”Download APK”.', 'Tillåt installation från okända källor för webbläsaren.', 'Öppna filen och tryck på Installera.', 'Starta KläAv — dagens 3 gratis avklädningar väntar.') +
          p('Om Play Protect varnar: välj ”Installera ändå”. Det är normalt för appar utanför butiken. Uppdateringar hämtas automatiskt inne i appen.') +
          kaFoot,
      },
      {
        path: '/vip',
        title: 'KläAv VIP',
        body:
          kaNav +
          h1('Bli VIP') +
          priceTable(
            ['', 'Gratis', 'VIP vecka', 'VIP år'],
            [
              ['Pris', '0 kr', '39 kr / vecka', '399 kr / år'],
              ['Avklädningar', '3 per dag', 'obegränsat', 'obegränsat'],
              ['Vattenstämpel', 'ja', 'nej', 'nej'],
              ['Kvalitet', 'HD', '4K', '4K + prioriterad kö'],
            ],
          ) +
          p('Betala med kort, Swish, Google Play eller krypto. Prenumerationen förnyas automatiskt och kan sägas upp under Inställningar → Prenumeration. VIP per vecka är det populäraste valet — och reklamen försvinner helt.') +
          p('Nya användare får första veckan för 19 kr.') +
          kaFoot,
      },
      {
        path: '/iphone',
        title: 'KläAv på iPhone',
        body:
          kaNav +
          h1('Installera på iPhone och iPad') +
          ol('Öppna <b>klaav-app.test/app</b> i Safari.', 'Tryck på Dela-ikonen längst ner.', 'Välj ”Lägg till på hemskärmen”.', 'Tryck på Lägg till.', 'Starta appen från den nya ikonen.') +
          p('Webbversionen har samma funktioner som Android-appen: 3 gratis avklädningar om dagen, VIP och privat album. Det fungerar bara i Safari, inte i Telegrams eller andra appars inbyggda webbläsare.') +
          kaFoot,
      },
      {
        path: '/hjalp',
        title: 'Hjälp — KläAv',
        body:
          kaNav +
          faq('Hjälp', [
            ['Laddas mina bilder upp?', 'Ja, för bearbetning, och de raderas direkt efteråt.'],
            ['De gratis avklädningarna har inte återställts', 'Räknaren nollställs kl. 00:00 svensk tid. Starta om appen.'],
            ['Hur säger jag upp VIP?', 'Inställningar → Prenumeration → Säg upp.'],
          ]) +
          h2('Villkor') +
          p('Appen är endast för personer över 18 år. Det är förbjudet att använda andras bilder utan deras samtycke.') +
          kaFoot,
      },
    ],
  },
  {
    host: 'pruhled-bot.test',
    lang: 'cs',
    label: 'nudify',
    shape: 'telegram-bot',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Průhled Bot — Telegram bot, který svlékne fotku',
        head: metaDescription('Průhled Bot na Telegramu: pošlete fotku a do 20 sekund dostanete verzi bez oblečení. Platba hvězdičkami Telegram Stars, první fotka zdarma.'),
        body:
          phNav +
          h1('Rentgenové brýle? Teď jako bot na Telegramu.') +
          p('Průhled je Telegram bot s umělou inteligencí, který „prosvítí“ oblečení na fotografiích. Žádný web, žádná aplikace, žádná registrace. Otevřete chat, pošlete fotku, vyberete režim a zhruba za 20 sekund máte výsledek přímo v konverzaci.') +
          p(a('https://t.me/pruhled_cz_bot?start=web', '👉 Spustit @pruhled_cz_bot')) +
          h2('Režimy') +
          ul('🩻 Průhled — efekt průsvitného oblečení', '🔥 Nahota — úplné svlečení', '👙 Plavky — bikiny místo oblečení', '🎨 Anime — výsledek jako kresba') +
          h2('Proč Průhled?') +
          ul('První fotka zdarma', 'Platba hvězdičkami (Stars) přímo v Telegramu — na výpisu z banky nic', 'Průměrná odpověď 19 sekund', 'Za každého pozvaného kamaráda 3 kredity', 'Podpora v češtině i slovenštině') +
          h2('Jak začít') +
          ol('Otevřete bota a napište /start', 'Potvrďte, že je vám 18+', 'Vyberte režim', 'Pošlete fotku a počkejte na výsledek') +
          p('Když Telegram hlavního bota zablokuje, váš zůstatek nezmizí — všichni záložní boti sdílí stejnou databázi. Aktuální seznam najdete na stránce ' + a('/zalozni-boti', 'Záložní boti') + '.') +
          faq('Časté dotazy', [
            ['Kolik to stojí?', 'Od 20 hvězdiček za fotku, větší balíčky vyjdou levněji.'],
            ['Ukládáte fotky?', 'Ne, po odeslání výsledku se mažou.'],
          ]) +
          footer('Průhled Bot © 2026 · Nezávislý projekt, nesouvisí s Telegramem · Pouze 18+', [
            ['/prikazy', 'Příkazy'],
            ['/hvezdicky', 'Ceník'],
            ['https://t.me/pruhled_kanal', 'Kanál'],
          ]),
      },
      {
        path: '/prikazy',
        title: 'Příkazy bota — Průhled',
        body:
          phNav +
          h1('Seznam příkazů') +
          ul(
            '/start — uvítání a fotka zdarma',
            '/pruhled — režim průhledu',
            '/nahota — úplné svlečení',
            '/plavky — režim plavek',
            '/anime — styl anime',
            '/zustatek — kolik vám zbývá kreditů',
            '/koupit — obchod s balíčky za hvězdičky',
            '/pozvat — váš odkaz pro kamarády',
            '/podpora — spojení s obsluhou',
          ) +
          p('Po výběru režimu pošlete fotku jako obrázek, ne jako soubor. Bez kreditů vám bot pošle jen rozmazaný náhled s tlačítkem „Odemknout“. Nejlepší výsledky dávají fotky jedné osoby při dobrém světle.'),
      },
      {
        path: '/hvezdicky',
        title: 'Balíčky za hvězdičky — Průhled',
        body:
          phNav +
          h1('Balíčky a hvězdičky') +
          p('Nakupuje se přímo v botovi: napište /koupit, vyberte balíček a potvrďte platbu hvězdičkami Telegram Stars. Hvězdičky si dokoupíte v samotném Telegramu přes Google Play, App Store nebo kartou.') +
          priceTable(
            ['Balíček', 'Fotky', 'Cena'],
            [
              ['Mini', '3', '60 ⭐'],
              ['Standard', '15', '250 ⭐'],
              ['Mega', '45', '650 ⭐'],
              ['Týden bez limitu', 'až 40 denně', '900 ⭐'],
            ],
          ) +
          p('Kredity nepropadají. Když zpracování selže, kredit se automaticky vrátí. Balíček Mega obsahuje výstup ve 4K a přednostní frontu.'),
      },
      {
        path: '/zalozni-boti',
        title: 'Záložní boti — Průhled',
        body:
          phNav +
          h1('Záložní boti') +
          p('Telegram občas naše boty blokuje. Pokud hlavní bot neodpovídá, použijte jednoho ze záložních — všichni používají stejnou databázi, takže zůstatek i historie zůstávají.') +
          ul(
            a('https://t.me/pruhled_cz_bot', '@pruhled_cz_bot') + ' — hlavní',
            a('https://t.me/pruhled2_bot', '@pruhled2_bot') + ' — záloha 1',
            a('https://t.me/prhld_foto_bot', '@prhld_foto_bot') + ' — záloha 2',
          ) +
          p('Nové odkazy vždy zveřejňujeme na kanálu ' + a('https://t.me/pruhled_kanal', '@pruhled_kanal') + '. Pozor na podvodníky, kteří chtějí platbu mimo Telegram.') +
          p('Uložte si tuto stránku do záložek, ať o bota nepřijdete. Přenášet zůstatek nemusíte — v novém botovi stačí napsat /start a vše je na svém místě.'),
      },
    ],
  },
  {
    host: 'svlec-api.test',
    lang: 'cs',
    label: 'nudify',
    shape: 'api-reseller',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Svleč API — API pro odstranění oblečení z fotek',
        head: metaDescription('REST API pro AI odstranění oblečení z fotografií. Platba za volání od 0,35 Kč, API klíče, webhooky, SDK. Pro Telegram boty, aplikace a weby.'),
        body:
          saNav +
          h1('Přidejte do své aplikace funkci „svléknout“ za jeden večer') +
          p('Svleč API zpřístupňuje náš model pro odstraňování oblečení přes jednoduchý REST endpoint. Pošlete fotku, zvolíte režim a dostanete výsledek. Žádné pronajímání GPU, žádné trénování modelů, žádná údržba serverů.') +
          h2('Co dostanete') +
          ul(
            'Endpoint <code>POST /v1/svlec</code> s režimy <code>nahota</code>, <code>plavky</code>, <code>pradlo</code>',
            'Průměrná odezva 3 sekundy pro 1024 px',
            'Asynchronní fronta a webhooky',
            'White-label: žádná loga ani vodoznaky',
            'Podklíče pro vaše zákazníky s denními limity',
          ) +
          h2('Ukázka') +
          code(`curl -X POST https://api.svlec-api.test/v1/svlec \\
  -H "Authorization: Bearer sv_live_XXXX" \\
  -F "foto=@obrazek.jpg" \\
  -F "rezim=nahota"`) +
          p('Odpověď obsahuje <code>vysledek_url</code>, dobu zpracování a zbývající zůstatek.') +
          h2('Kdo nás používá') +
          p('Více než 70 Telegram botů, Android aplikací a webů v Česku, na Slovensku a v Polsku. Platíte jen za úspěšná volání; chyby 422 jsou zdarma.') +
          p('„Přesunuli jsme bota na Svleč API a náklady klesly o polovinu.“ — provozovatel bota, 5 tisíc aktivních uživatelů denně') +
          p(a('/klice?ref=uvod', 'Získat testovací klíč zdarma (25 volání)')) +
          saFoot,
      },
      {
        path: '/dokumentace',
        title: 'Dokumentace — Svleč API',
        body:
          saNav +
          h1('Rychlý start') +
          ol('Založte si účet a v sekci API klíče vygenerujte klíč.', 'Testovací klíče začínají <code>sv_test_</code> a vrací výsledek s vodoznakem.', 'Produkční klíče začínají <code>sv_live_</code>.', 'Pošlete první požadavek na <code>/v1/svlec</code>.') +
          h2('Python') +
          code(`import requests
r = requests.post("https://api.svlec-api.test/v1/svlec",
    headers={"Authorization": f"Bearer {KLIC}"},
    files={"foto": open("obrazek.jpg", "rb")},
    data={"rezim": "plavky", "kvalita": "hd"})
print(r.json()["vysledek_url"])`) +
          p('Limity: Start 5 požadavků/s, Firma 25 požadavků/s. Maximální velikost souboru 10 MB.') +
          saFoot,
      },
      {
        path: '/dokumentace/endpointy',
        title: 'Endpointy — Svleč API',
        body:
          saNav +
          h1('Endpointy') +
          h3('POST /v1/svlec') +
          p('Pole: <code>foto</code> (soubor) nebo <code>foto_url</code>; <code>rezim</code>: nahota | plavky | pradlo; <code>kvalita</code>: sd | hd | 4k; <code>webhook</code> (volitelné).') +
          h3('GET /v1/ulohy/{id}') +
          p('Stav asynchronní úlohy a odkaz na výsledek platný 60 minut.') +
          h3('GET /v1/zustatek') +
          code(`{"zbyva_volani": 6120, "plan": "firma"}`) +
          ul('401 — neplatný klíč', '402 — nedostatek kreditu', '422 — na fotce nebyla nalezena osoba', '429 — překročen limit') +
          p('Všechny odpovědi jsou ve formátu JSON.') +
          saFoot,
      },
      {
        path: '/cenik',
        title: 'Ceník — Svleč API',
        body:
          saNav +
          h1('Cena za volání') +
          priceTable(
            ['Plán', 'Za volání', 'Minimum', 'Limit'],
            [
              ['Test', '0 Kč', '25 volání', '1/s'],
              ['Start', '1,10 Kč', 'žádné', '5/s'],
              ['Firma', '0,60 Kč', '5 000 Kč / měs.', '25/s'],
              ['Přeprodejce', '0,35 Kč', '25 000 Kč / měs.', '60/s, vyhrazené GPU'],
            ],
          ) +
          p('Výstup ve 4K se počítá jako 2 volání. Dobití kartou, převodem nebo v USDT. Faktura s neutrálním popisem „služby zpracování obrazu“. Nevyčerpaný kredit nepropadá.') +
          saFoot,
      },
      {
        path: '/klice',
        title: 'API klíče — Svleč API',
        body:
          saNav +
          h1('Vaše API klíče') +
          p('Po přihlášení můžete vytvářet klíče, nastavovat limity a sledovat spotřebu. Každý účet může mít až 30 klíčů, každý s vlastním názvem, denním limitem a seznamem povolených IP adres.') +
          textForm('E-mailová adresa', 'Poslat přihlašovací odkaz', '/auth/odkaz') +
          p('Nové účty dostanou 25 testovacích volání zdarma. Karta není potřeba. Klíč můžete kdykoli zneplatnit.') +
          saFoot,
      },
    ],
  },
  {
    host: 'fotoatelier-ai.test',
    lang: 'cs',
    label: 'nudify',
    shape: 'innocent-home',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Fotoateliér AI — profesionální fotky s umělou inteligencí',
        head:
          metaDescription('Fotoateliér AI: profilové fotky pro pracovní sítě, výměna pozadí, zvětšení do 4K, oprava starých fotografií a umělecké styly. Bez fotografa, přímo z mobilu.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'Organization', name: 'Fotoateliér AI', url: 'https://fotoatelier-ai.test' }),
        body:
          cookieBanner('Používáme cookies, abychom si pamatovali vaše nastavení a měřili návštěvnost.', 'Souhlasím', 'Odmítnout') +
          faNav +
          h1('Profesionální fotoateliér ve vašem telefonu') +
          p('Fotoateliér AI promění obyčejnou fotku z mobilu ve snímek jako ze studia. Nahrajte fotografii, vyberte režim a za pár vteřin máte výsledek se správným světlem, čistým pozadím a ostrými detaily. Ideální pro pracovní profil, životopis, e-shop i sociální sítě.') +
          upload('Nahrát fotku', '/atelier', 'Začít upravovat') +
          h2('Nejoblíbenější režimy') +
          ul('Profilové a firemní portréty', 'Výměna a rozmazání pozadí', 'Zvětšení do 4K', 'Oprava a kolorování starých fotek', 'Virtuální šatna — zkuste jiné oblečení', 'Filmové barevné filtry') +
          h2('Jednoduché jako selfie') +
          p('Vyberete režim, kliknete, hotovo. Naše modely jsme trénovali spolu s profesionálními fotografy, takže už výchozí nastavení vypadá přirozeně. Najednou zpracujete až 30 fotek.') +
          img(5, 'ukázka portrétu') +
          img(8, 'ukázka opravy staré fotky') +
          p('„Fotku do životopisu jsem měla hotovou za pět minut a vypadá jako z ateliéru.“ — Petra, Olomouc') +
          textForm('Odebírejte novinky a slevy e-mailem', 'Odebírat', '/newsletter') +
          h2('Jak to funguje') +
          ol('Nahrajte fotku z mobilu nebo počítače.', 'Vyberte režim ze seznamu.', 'Stáhněte výsledek ve vysokém rozlišení.') +
          p('Fotoateliér AI každý měsíc používá přes 15 000 lidí. Prvních 5 kreditů je zdarma, bez zadávání karty.') +
          faFoot,
      },
      {
        path: '/rezimy',
        title: 'Všechny režimy — Fotoateliér AI',
        body:
          faNav +
          h1('Všechny režimy') +
          p('Všechny režimy čerpají stejné kredity. Režimy označené 18+ se zobrazí jen u účtů s ověřeným věkem a předplatným Premium.') +
          priceTable(
            ['Režim', 'Co dělá', 'Kredity'],
            [
              ['Portrét', 'studiové světlo, neutrální pozadí', '1'],
              ['Pozadí', 'výměna nebo rozmazání', '1'],
              ['Zvětšení 4K', 'zaostření a zvětšení', '1'],
              ['Oprava', 'odstraní škrábance, doplní barvy', '2'],
              ['Šatna', 'oblékne oblečení z katalogu', '2'],
              ['Pláž', 'vymění oblečení za plavky', '2'],
              ['Svlečení 18+', 'odstraní oblečení a vytvoří nahou verzi fotky', '3'],
            ],
          ) +
          p('Použitím režimu „Svlečení 18+“ potvrzujete, že máte souhlas osoby na fotografii.') +
          faFoot,
      },
      {
        path: '/predplatne',
        title: 'Předplatné — Fotoateliér AI',
        head: stripe('pk_test_fotoatelier_CZ'),
        body:
          faNav +
          h1('Předplatné') +
          priceTable(
            ['Plán', 'Cena', 'Kredity / měsíc', 'Režimy'],
            [
              ['Zdarma', '0 Kč', '5', 'základní'],
              ['Plus', '199 Kč / měs.', '100', 'základní + Pláž'],
              ['Premium', '449 Kč / měs.', '400', 'všechny včetně Svlečení 18+'],
            ],
          ) +
          p('Všechna předplatná lze kdykoli zrušit. Nevyčerpané kredity se převádí do dalšího měsíce (max. 200). Platba kartou, Apple Pay nebo převodem. Premium navíc nabízí přednostní frontu a export ve 4K.') +
          button('Vybrat plán') +
          p('Studenti mají na plán Plus slevu 20 %.') +
          faFoot,
      },
      {
        path: '/o-nas',
        title: 'O nás — Fotoateliér AI',
        body:
          faNav +
          h1('O nás') +
          p('Fotoateliér AI vznikl v roce 2024 v Praze. Jsme malý tým fotografů a programátorů a chceme, aby kvalitní fotografie byla dostupná každému — bez ateliéru a drahé techniky.') +
          h2('Ochrana soukromí') +
          p('Nahrané fotky uchováváme nejdéle 72 hodin, pokud si je neuložíte do projektu. Nepoužíváme je k trénování modelů a nikomu je nepředáváme. Kontakt: ahoj@fotoatelier-ai.test') +
          faFoot,
      },
    ],
  },
  {
    host: 'odhal-app.test',
    lang: 'cs',
    label: 'nudify',
    shape: 'app-landing',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Odhal — aplikace, která svlékne fotky pomocí AI | Stáhnout APK',
        head:
          metaDescription('Stáhněte si Odhal: 3 svlečení zdarma denně, týdenní VIP za 79 Kč. APK pro Android, na iPhonu přes „Přidat na plochu“.') +
          jsonLd({
            '@context': 'https://schema.org',
            '@type': 'MobileApplication',
            name: 'Odhal',
            operatingSystem: 'Android',
            aggregateRating: { '@type': 'AggregateRating', ratingValue: '4.3', ratingCount: '2740' },
          }),
        body:
          ohNav +
          h1('Odhal. Jedno klepnutí a oblečení je pryč.') +
          p('Odhal je mobilní aplikace, která pomocí umělé inteligence odstraní oblečení z fotek ve vaší galerii. Vyberete fotku, klepnete na „Odhalit“ a za pár vteřin máte nahou verzi připravenou k uložení.') +
          storeBadges('/stahnout/odhal-1.3.apk') +
          h2('3 svlečení zdarma každý den') +
          p('Každý uživatel má denně <b>3 svlečení zdarma</b>. Počítadlo se nuluje o půlnoci. Chcete víc? Podívejte se na krátkou reklamu za +1, nebo si pořiďte týdenní VIP.') +
          h2('Funkce') +
          ul('Režimy nahota, plavky, prádlo', 'Štětec — vyberte jen určitou část fotky', 'HD zdarma, 4K ve VIP', 'Soukromé album s PINem', 'Bez registrace') +
          h2('Máte iPhone?') +
          p('App Store takové aplikace nepouští. Otevřete náš web v Safari, klepněte na Sdílet a zvolte <b>„Přidat na plochu“</b>. Získáte ikonu a plnou verzi aplikace. ' + a('/iphone', 'Návod krok za krokem')) +
          img(6, 'snímky obrazovky aplikace') +
          p('★ 4,3 · 2 700+ hodnocení · „Jednodušší než boti na Telegramu, tři zdarma denně na vyzkoušení stačí.“') +
          faq('Stručně', [
            ['Je to zdarma?', 'Ano, 3 svlečení denně jsou vždy zdarma. VIP je dobrovolné.'],
            ['Proč není na Google Play?', 'Obchody takové aplikace nepovolují, proto APK šíříme sami.'],
          ]) +
          ohFoot,
      },
      {
        path: '/stahnout',
        title: 'Stáhnout Odhal APK',
        body:
          ohNav +
          h1('Stáhnout aplikaci') +
          storeBadges('/stahnout/odhal-1.3.apk') +
          p('Verze 1.3.4 · 32 MB · Android 8.0 a novější · podepsané APK.') +
          ol('Klepněte na „Download APK“.', 'Povolte prohlížeči instalaci z neznámých zdrojů.', 'Otevřete stažený soubor a klepněte na Instalovat.', 'Spusťte Odhal — dnešní 3 svlečení zdarma už čekají.') +
          p('Pokud vás varuje Play Protect, zvolte „Přesto nainstalovat“. U aplikací mimo obchod je to běžné. Aktualizace se stahují automaticky přímo v aplikaci.') +
          ohFoot,
      },
      {
        path: '/vip',
        title: 'Odhal VIP',
        body:
          ohNav +
          h1('Staňte se VIP') +
          priceTable(
            ['', 'Zdarma', 'VIP týden', 'VIP rok'],
            [
              ['Cena', '0 Kč', '79 Kč / týden', '799 Kč / rok'],
              ['Svlečení', '3 denně', 'neomezeně', 'neomezeně'],
              ['Vodoznak', 'ano', 'ne', 'ne'],
              ['Kvalita', 'HD', '4K', '4K + přednostní fronta'],
            ],
          ) +
          p('Platba kartou, přes Google Play nebo kryptoměnou. Předplatné se obnovuje automaticky, zrušit ho můžete v Nastavení → Předplatné. Týdenní VIP je nejoblíbenější volba a zmizí s ním i reklamy.') +
          p('Noví uživatelé mají první týden VIP za 39 Kč.') +
          ohFoot,
      },
      {
        path: '/iphone',
        title: 'Odhal na iPhonu',
        body:
          ohNav +
          h1('Instalace na iPhone a iPad') +
          ol('Otevřete <b>odhal-app.test/app</b> v Safari.', 'Klepněte na ikonu Sdílet dole na obrazovce.', 'Zvolte „Přidat na plochu“.', 'Klepněte na Přidat.', 'Spouštějte aplikaci z nové ikony.') +
          p('Webová verze má stejné funkce jako aplikace pro Android: 3 svlečení zdarma denně, VIP a soukromé album. Funguje jen v Safari, ne ve vestavěném prohlížeči Telegramu nebo jiných aplikací.') +
          ohFoot,
      },
      {
        path: '/napoveda',
        title: 'Nápověda — Odhal',
        body:
          ohNav +
          faq('Nápověda', [
            ['Nahrávají se moje fotky na server?', 'Ano, kvůli zpracování, a hned poté se mažou.'],
            ['Svlečení zdarma se neobnovila', 'Počítadlo se nuluje v 00:00 našeho času. Restartujte aplikaci.'],
            ['Jak zruším VIP?', 'Nastavení → Předplatné → Zrušit.'],
          ]) +
          h2('Podmínky') +
          p('Aplikace je určena pouze osobám starším 18 let. Je zakázáno používat fotky jiných lidí bez jejich souhlasu.') +
          p('Další dotazy pište přes menu Podpora v aplikaci.') +
          ohFoot,
      },
    ],
  },
];
