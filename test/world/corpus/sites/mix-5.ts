import {
  a,
  ageGate,
  article,
  blockquote,
  button,
  cookieBanner,
  cryptoCheckout,
  faq,
  footer,
  h1,
  h2,
  h3,
  jsonLd,
  mediaGrid,
  metaDescription,
  nav,
  ol,
  orderForm,
  p,
  priceTable,
  section,
  stripe,
  textForm,
  ul,
  upload,
  type CorpusSite,
} from '../site-kit.js';

const AUTHOR = 'mix';

const tvarNav = nav(
  [
    ['/sablony', 'Šablóny'],
    ['/cennik?ref=menu', 'Cenník'],
    ['/caste-otazky', 'Časté otázky'],
    ['/prihlasenie', 'Prihlásiť sa'],
  ],
  'TvárStudio',
);

const goloNav = nav(
  [
    ['/rezhimi', 'Режими'],
    ['/ceni?ref=menu', 'Цени'],
    ['/vaprosi', 'Въпроси'],
    ['/vhod', 'Вход'],
  ],
  'GoloAI',
);
const goloFoot = footer('© 2026 GoloAI. Само за пълнолетни потребители. Потребителят носи отговорност за качените снимки.', [
  ['/usloviya', 'Общи условия'],
  ['/poveritelnost', 'Поверителност'],
  ['/ceni?utm_source=footer', 'Купи кредити'],
]);

const liceNav = nav(
  [
    ['/predlosci', 'Predlošci'],
    ['/cijene', 'Cijene'],
    ['/cesta-pitanja', 'Česta pitanja'],
    ['/prijava', 'Prijava'],
  ],
  'LiceSwap',
);

export const sites: CorpusSite[] = [
  /* ---------- ms: government (about) ---------- */
  {
    host: 'keselamatan-digital-gov.test',
    lang: 'ms',
    label: 'unrelated',
    shape: 'government',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Agensi Keselamatan Digital – Portal Rasmi',
        body:
          nav(
            [
              ['/panduan/gambar-palsu-ai', 'Gambar palsu AI'],
              ['/aduan', 'Buat aduan'],
              ['/kenyataan-media', 'Kenyataan media'],
              ['/hubungi', 'Hubungi kami'],
              ['/en', 'English'],
            ],
            'Agensi Keselamatan Digital',
          ) +
          h1('Selamat datang ke Portal Agensi Keselamatan Digital') +
          p('Agensi Keselamatan Digital (agensi rekaan untuk tujuan ujian) memberi panduan kepada orang ramai, perniagaan dan sekolah tentang keselamatan dalam talian, penipuan dan jenayah siber. Portal ini menyediakan maklumat terkini, saluran aduan dan bahan kesedaran yang boleh dimuat turun secara percuma.') +
          section(
            h2('Amaran: aplikasi “tanggal baju” dan gambar palsu berunsur lucah'),
            p('Agensi menerima peningkatan aduan berkaitan laman web, aplikasi dan bot Telegram yang mengiklankan keupayaan untuk “menanggalkan pakaian” daripada mana-mana foto menggunakan AI, atau menukar wajah seseorang ke dalam video dewasa. Perkhidmatan ini menjual kredit dengan harga serendah RM15 dan sering bertukar nama domain.'),
            p('Menghasilkan atau menyebarkan gambar sedemikian tanpa persetujuan boleh menjadi satu kesalahan. Mangsa digalakkan menyimpan bukti dan membuat aduan. ' + a('/panduan/gambar-palsu-ai', 'Baca panduan penuh') + '.'),
          ) +
          section(
            h2('Panduan lain'),
            ul('Penipuan pelaburan dalam talian', 'Mesej palsu daripada “bank” dan “kurier”', 'Keselamatan akaun media sosial', 'Panduan untuk ibu bapa dan guru'),
          ) +
          section(h2('Kenyataan media terkini'), ul('3 Mac 2026 – Kempen kesedaran deepfake dilancarkan di 50 sekolah menengah', '20 Feb 2026 – Amaran penipuan kod QR di tempat letak kereta')) +
          footer('© 2026 Agensi Keselamatan Digital (rekaan). Hak cipta terpelihara.', [
            ['/hubungi', 'Hubungi'],
            ['/dasar-privasi', 'Dasar privasi'],
            ['/penafian', 'Penafian'],
          ]),
      },
      {
        path: '/panduan/gambar-palsu-ai',
        title: 'Panduan: Gambar palsu berunsur lucah yang dijana AI',
        body:
          nav([['/', 'Utama'], ['/aduan', 'Buat aduan']], 'Agensi Keselamatan Digital') +
          h1('Jika gambar palsu anda dijana dan disebarkan') +
          p('Aplikasi yang dipanggil “undress AI” atau “nudify” mendakwa boleh menunjukkan seseorang tanpa pakaian. Hakikatnya, gambar itu direka sepenuhnya oleh AI. Namun kesannya terhadap mangsa adalah nyata. Anda bukan pihak yang bersalah.') +
          ol(
            'Simpan bukti: tangkapan skrin, pautan, nama akaun, tarikh dan masa.',
            'Jangan bayar atau berunding dengan sesiapa yang mengugut anda.',
            'Laporkan kandungan kepada platform berkenaan menggunakan borang laporan mereka.',
            'Buat laporan polis di balai berhampiran atau secara dalam talian.',
            'Hubungi talian sokongan emosi jika anda memerlukan seseorang untuk berbual.',
          ) +
          p('Agensi juga menghubungi penyedia hosting, pendaftar domain dan penyedia pembayaran yang digunakan oleh perkhidmatan sedemikian.') +
          footer('© 2026 Agensi Keselamatan Digital'),
      },
      {
        path: '/aduan',
        title: 'Buat aduan – Agensi Keselamatan Digital',
        body:
          nav([['/', 'Utama']], 'Agensi Keselamatan Digital') +
          h1('Borang aduan') +
          p('Gunakan borang ini untuk melaporkan laman web, aplikasi atau bot yang menawarkan perkhidmatan menanggalkan pakaian dalam foto atau menghasilkan deepfake berunsur lucah. Jangan lampirkan gambar itu sendiri – cukup dengan pautan dan penerangan ringkas. Aduan tanpa nama diterima, tetapi kami tidak dapat memberi maklum balas kepada anda.') +
          textForm('Pautan laman web atau nama bot', 'Hantar aduan', '/aduan/hantar') +
          p('Aduan ini bukan laporan polis. Untuk tindakan jenayah, sila buat laporan polis secara berasingan.') +
          footer('© 2026 Agensi Keselamatan Digital'),
      },
      {
        path: '/hubungi',
        title: 'Hubungi kami – Agensi Keselamatan Digital',
        body:
          nav([['/', 'Utama']], 'Agensi Keselamatan Digital') +
          h1('Hubungi kami') +
          p('Talian bantuan beroperasi dari Isnin hingga Jumaat, 8.30 pagi hingga 5.30 petang, kecuali cuti umum. Di luar waktu pejabat, sila gunakan borang aduan dalam talian. Pertanyaan media hendaklah diajukan kepada Unit Komunikasi Korporat. Kami berkhidmat dalam Bahasa Melayu, English, 中文 dan தமிழ்.', 'Alamat pejabat dan nombor talian bantuan tertera di bahagian bawah halaman ini. Sila bawa dokumen pengenalan diri jika anda hadir ke kaunter. Semua maklumat yang anda berikan dirahsiakan mengikut undang-undang perlindungan data peribadi.') +
          footer('© 2026 Agensi Keselamatan Digital'),
      },
    ],
  },

  /* ---------- sk: innocent-home deepfake ---------- */
  {
    host: 'tvarstudio.test',
    lang: 'sk',
    label: 'deepfake',
    shape: 'innocent-home',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'TvárStudio – AI výmena tváre pre videá a fotky',
        head: metaDescription('TvárStudio: vymeňte tvár vo videu alebo na fotke pomocou AI. Stovky šablón, rýchle spracovanie, HD výstup. Vyskúšajte zadarmo.'),
        body:
          cookieBanner('Používame cookies na prihlásenie a analýzu návštevnosti. Viac v zásadách ochrany súkromia.', 'Súhlasím', 'Odmietnuť') +
          tvarNav +
          h1('Vymeňte tvár v akomkoľvek videu – za pár sekúnd') +
          p(
            'TvárStudio je online nástroj na výmenu tváre pomocou umelej inteligencie. Nahrajte fotku tváre, vyberte si video zo šablón alebo nahrajte vlastné a AI sa postará o zvyšok. Výsledok vyzerá prirodzene – mimika, svetlo aj pohyby hlavy sedia.',
            'Ideálne na vtipné videá pre kamarátov, narodeninové prekvapenia, filmové scény či virálne klipy na sociálne siete.',
          ) +
          upload('Nahrajte fotku tváre', '/swap', 'Vymeniť tvár') +
          h2('Prečo TvárStudio') +
          ul('Spracovanie do 60 sekúnd', 'Výstup až vo Full HD 1080p, pre Pro aj 4K', 'Bez vodoznaku v platených balíkoch', 'Súbory mažeme po 48 hodinách', 'Platba kartou, Google Pay alebo kryptom') +
          h2('Populárne kategórie') +
          ul('Filmové scény', 'Tanečné trendy', 'Narodeniny a oslavy', 'Prémiové kategórie – ' + a('/sablony?ref=home#premium', 'pozrite všetky')) +
          blockquote('Najlepší face swap, aký som skúšal. Rýchle a výsledok vyzerá ako skutočný.', 'Marek, Bratislava') +
          h2('Ako to funguje') +
          ol('Nahrajte jednu ostrú fotku tváre, ideálne spredu.', 'Vyberte šablónu z knižnice alebo nahrajte vlastné video.', 'Kliknite na „Vymeniť tvár“ a počkajte pár sekúnd.', 'Stiahnite si MP4 alebo zdieľajte odkaz.') +
          p('Každý deň 3 výmeny zadarmo. ' + a('/cennik?utm_source=home', 'Pozrieť cenník') + '.') +
          footer('© 2026 TvárStudio. Všetky práva vyhradené.', [
            ['/podmienky', 'Obchodné podmienky'],
            ['/caste-otazky', 'Pomoc'],
            ['/cennik', 'Cenník'],
          ]),
      },
      {
        path: '/sablony',
        title: 'Šablóny – TvárStudio',
        body:
          tvarNav +
          h1('Knižnica šablón') +
          p('Viac ako 3 000 šablón v desiatkach kategórií. Nové pridávame každý týždeň.') +
          h2('Bežné kategórie') +
          ul('Filmy a seriály – 640 šablón', 'Tance a trendy – 410 šablón', 'Oslavy a prianie – 220 šablón', 'Memes – 380 šablón') +
          h2('Prémiové kategórie (18+)') +
          ul('Spicy pack – videá pre dospelých, 900+ šablón', 'NSFW foto sady – 1 200+ obrázkov', 'Vlastné video 18+ – nahrajte vlastný klip a vložte do neho ľubovoľnú tvár') +
          p('Prémiové 18+ kategórie sa zobrazia až po prihlásení a potvrdení veku. Sú súčasťou balíkov Pro a Ultra. Môžete použiť tvár kohokoľvek – celebrity, influencerky alebo známej osoby; stačí jedna ostrá fotka.') +
          footer('© 2026 TvárStudio'),
      },
      {
        path: '/cennik',
        title: 'Cenník – TvárStudio',
        head: stripe('pk_test_tvarstudio_sk_3'),
        body:
          tvarNav +
          h1('Cenník') +
          priceTable(
            ['', 'Free', 'Pro', 'Ultra'],
            [
              ['Cena', '0 €', '8,99 € / mesiac', '19,99 € / mesiac'],
              ['Výmeny', '3 denne', '250 mesačne', 'Neobmedzene'],
              ['Kvalita', '720p s vodoznakom', '1080p', '4K'],
              ['Prémiové 18+ šablóny', '–', '✓', '✓ + vlastné videá'],
            ],
          ) +
          p('Predplatné môžete kedykoľvek zrušiť v nastaveniach účtu. Na výpise z účtu sa zobrazí neutrálny názov obchodníka. Pri platbe kryptom (USDT, BTC) získate 15 % kreditov navyše. Jedno 18+ video spotrebuje 3 kredity, bežná výmena 1 kredit.', 'Nevyčerpané výmeny sa prenášajú do ďalšieho mesiaca, pokiaľ je predplatné aktívne. Balík 100 kreditov navyše stojí 6,90 €.') +
          button('Aktivovať Pro') +
          footer('© 2026 TvárStudio'),
      },
      {
        path: '/caste-otazky',
        title: 'Časté otázky – TvárStudio',
        body:
          tvarNav +
          faq('Časté otázky', [
            ['Potrebujem súhlas osoby na fotke?', 'Podľa podmienok zodpovedá za nahraté fotky používateľ. Súhlas nekontrolujeme.'],
            ['Dozvie sa osoba, že som použil jej tvár?', 'Nie, nikoho nekontaktujeme a výsledky nezverejňujeme.'],
            ['Ako dlho trvá spracovanie?', 'Krátke šablóny do minúty, dlhšie videá 2–5 minút. Ultra má prednostný rad.'],
            ['Funguje to na mobile?', 'Áno, v prehliadači. TvárStudio si môžete pridať na plochu ako aplikáciu.'],
          ]) +
          footer('© 2026 TvárStudio'),
      },
      {
        path: '/podmienky',
        title: 'Obchodné podmienky – TvárStudio',
        body:
          tvarNav +
          h1('Obchodné podmienky') +
          p('Služba je určená výhradne osobám starším ako 18 rokov. Vytvorený obsah je generovaný umelou inteligenciou a slúži na zábavu. Prevádzkovateľ nezodpovedá za spôsob, akým používatelia výsledky používajú alebo šíria. Použité kredity sa nevracajú. Prevádzkovateľ si vyhradzuje právo zrušiť účet bez predchádzajúceho upozornenia. Používateľ sa zaväzuje, že nebude nahrávať nezákonný obsah. Tieto podmienky môžeme priebežne meniť; pokračovaním v používaní služby vyjadrujete súhlas s ich aktuálnym znením.') +
          footer('© 2026 TvárStudio'),
      },
    ],
  },

  /* ---------- sk: alternatives directory ---------- */
  {
    host: 'alternativy-sk.test',
    lang: 'sk',
    label: 'directory',
    shape: 'alternatives',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Najlepšie alternatívy k SwapNoir v roku 2026',
        head: jsonLd({
          '@context': 'https://schema.org',
          '@type': 'ItemList',
          name: 'Alternatívy k SwapNoir',
          itemListElement: [
            { '@type': 'ListItem', position: 1, name: 'TvárStudio', url: 'https://tvarstudio.test/?ref=altsk' },
            { '@type': 'ListItem', position: 2, name: 'Vaihtokas', url: 'https://vaihtokas.test/?ref=altsk' },
            { '@type': 'ListItem', position: 3, name: 'LiceSwap', url: 'https://liceswap.test/?ref=altsk' },
          ],
        }),
        body:
          nav(
            [
              ['/', 'Alternatívy'],
              ['/porovnanie', 'Porovnanie'],
              ['/swapnoir-recenzia', 'Recenzia SwapNoir'],
              ['/o-nas', 'O nás'],
            ],
            'Alternatívy.sk',
          ) +
          h1('SwapNoir zdražel? Tu je 6 najlepších alternatív') +
          p('<small>Aktualizované 1. marca 2026 · Obsahuje affiliate odkazy</small>') +
          p('SwapNoir bol dlho jednotkou medzi face swap službami so šablónami pre dospelých, no po zdražení na 29 € mesačne hľadá veľa ľudí lacnejšiu náhradu. Otestovali sme služby, ktoré ponúkajú to isté – výmenu tváre do videí vrátane 18+ obsahu – a porovnali ich cenu, kvalitu a rýchlosť.') +
          h2('1. TvárStudio – najlepší pomer cena/výkon') +
          p('Slovenské rozhranie, 3 výmeny denne zadarmo a prémiové 18+ kategórie už v balíku Pro za 8,99 €. ' + a('https://tvarstudio.test/?ref=altsk', 'Vyskúšať TvárStudio')) +
          h2('2. Vaihtokas – najväčšia knižnica') +
          p('Viac ako 2 000 šablón vrátane NSFW kategórie, fínske a anglické rozhranie. ' + a('https://vaihtokas.test/?ref=altsk', 'Prejsť na Vaihtokas')) +
          h2('3. LiceSwap – najrýchlejší') +
          p('Chorvátska služba s výstupom v 4K a „spicy“ balíkom. ' + a('https://liceswap.test/?ref=altsk', 'Otvoriť LiceSwap')) +
          h2('4.–6. Ďalšie možnosti') +
          ul(
            a('https://swapkilat.test/?ref=altsk', 'SwapKilat') + ' – mobilná aplikácia (APK), týždenné VIP',
            a('https://t.me/slubna_bot?start=altsk', 'SlubNa Bot') + ' – Telegram bot s 18+ sekciou',
            a('https://wajhakhar.test/?ref=altsk', 'Wajh Akhar') + ' – video na objednávku, platba kryptom',
          ) +
          p('Ako sme testovali: každú službu sme používali týždeň, spracovali rovnakú sadu 20 videí a merali čas, kvalitu výsledku a to, ako ľahko sa dá zaplatiť zo Slovenska.') +
          p('Ani jednu zo služieb neprevádzkujeme. Za nákup cez naše odkazy môžeme dostať províziu.') +
          footer('© 2026 Alternatívy.sk', [
            ['/o-nas', 'O nás'],
            ['/porovnanie', 'Porovnanie'],
          ]),
      },
      {
        path: '/porovnanie',
        title: 'Porovnanie alternatív k SwapNoir – Alternatívy.sk',
        body:
          nav([['/', 'Alternatívy'], ['/o-nas', 'O nás']], 'Alternatívy.sk') +
          h1('Porovnávacia tabuľka') +
          priceTable(
            ['Služba', 'Zadarmo', 'Od', '18+ šablóny', 'Hodnotenie'],
            [
              ['SwapNoir', '–', '29 €/mes.', '✓', '8,5'],
              ['TvárStudio', '3/deň', '8,99 €/mes.', '✓ (Pro)', '9,1'],
              ['Vaihtokas', '5/deň', '9,99 €/mes.', '✓ (Pro)', '8,9'],
              ['LiceSwap', '2/deň', '7,99 €/mes.', '✓ (Spicy)', '8,7'],
              ['SwapKilat', '10/deň', '29 000 IDR/týž.', '✓ (VIP)', '8,2'],
            ],
          ) +
          p('Ceny sme overili 1. marca 2026. Hodnotenie zohľadňuje kvalitu výsledku, rýchlosť, cenu a jednoduchosť platby zo Slovenska. Tabuľku aktualizujeme každý mesiac.', 'Väčšina služieb prijíma platby kartou aj kryptomenami, no niektoré karty slovenských bánk sú pri týchto obchodníkoch zamietané. V takom prípade pomôže virtuálna karta alebo platba cez USDT. Ak nájdete nižšiu cenu či funkčný zľavový kód, dajte nám vedieť a tabuľku upravíme.') +
          footer('© 2026 Alternatívy.sk'),
      },
      {
        path: '/swapnoir-recenzia',
        title: 'Recenzia SwapNoir 2026 – Alternatívy.sk',
        body:
          nav([['/', 'Alternatívy']], 'Alternatívy.sk') +
          h1('SwapNoir: stojí ešte za to?') +
          p('SwapNoir ponúka face swap vo videách so „spicy“ šablónami pre dospelých a možnosťou nahrať vlastné klipy. Kvalita je stále špičková, no cena 29 € mesačne a zrušenie bezplatnej skúšky odradili mnohých používateľov. Podpora odpovedá len po anglicky a platby kartou niekedy zlyhávajú, takže mnohí používatelia platia kryptom. Ak vám nevadí vyššia cena, stále je to jedna z najlepších služieb svojho druhu.') +
          p(a('https://swapnoir.test/?aff=altsk', 'Navštíviť SwapNoir') + ' · ' + a('/?utm_source=review', 'Pozrieť lacnejšie alternatívy')) +
          footer('© 2026 Alternatívy.sk'),
      },
      {
        path: '/o-nas',
        title: 'O nás – Alternatívy.sk',
        body:
          nav([['/', 'Alternatívy']], 'Alternatívy.sk') +
          h1('O nás') +
          p('Alternatívy.sk je nezávislý web, ktorý porovnáva online služby a hľadá k nim alternatívy. Služby sami testujeme, no nie sme ich prevádzkovateľmi a nemáme prístup k vašim údajom ani fotkám. Web financujeme z affiliate provízií. Ak nájdete chybu alebo neaktuálnu cenu, napíšte nám. Redakciu tvoria traja ľudia z Bratislavy a Košíc, ktorí sa testovaniu aplikácií venujú vo voľnom čase.') +
          footer('© 2026 Alternatívy.sk'),
      },
    ],
  },

  /* ---------- sk: moderation tool (hard negative) ---------- */
  {
    host: 'strazca-api.test',
    lang: 'sk',
    label: 'unrelated',
    shape: 'moderation-tool',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Strážca API – detekcia NSFW obsahu a deepfakov pre platformy',
        head: jsonLd({ '@context': 'https://schema.org', '@type': 'SoftwareApplication', name: 'Strážca API', applicationCategory: 'SecurityApplication', offers: { '@type': 'Offer', price: '0.0008', priceCurrency: 'EUR' } }),
        body:
          nav(
            [
              ['/dokumentacia', 'Dokumentácia'],
              ['/cennik', 'Cenník'],
              ['/pripadove-studie', 'Prípadové štúdie'],
              ['/kontakt', 'Kontakt'],
            ],
            'Strážca API',
          ) +
          h1('Automatická moderácia obrázkov a videí – v reálnom čase') +
          p(
            'Strážca API pomáha fóram, e-shopom, zoznamkám a sociálnym sieťam odhaliť nevhodný obsah skôr, ako ho uvidia používatelia. Jedným volaním API zistíte, či obrázok obsahuje nahotu, násilie alebo či ide o pravdepodobný deepfake či výstup „undress“ aplikácie.',
            'Model rozlišuje medzi plavkami, spodnou bielizňou v e-shope a explicitným obsahom, takže nebudete zbytočne blokovať legitímne produkty. Pre každý obrázok vraciame skóre a kategóriu.',
          ) +
          h2('Čo rozpoznáme') +
          ul(
            'NSFW a nahotu – s jemným rozlíšením kategórií',
            'Syntetické a zmanipulované tváre (deepfake, face swap)',
            'Typické artefakty nudify aplikácií',
            'Násilie, zbrane, nenávistné symboly',
            'Spam a podvodné QR kódy v obrázkoch',
          ) +
          blockquote('Vďaka Strážcovi sme skrátili čas, ktorý moderátori trávia pri nevhodnom obsahu, na zlomok.', 'Vedúca komunity, slovenská diskusná platforma') +
          h2('Prečo Strážca') +
          ul('Latencia pod 150 ms', 'Dáta spracúvame v EÚ a obrázky neukladáme', 'Súlad s požiadavkami na moderáciu obsahu', 'Slovenská a česká podpora', 'Transparentné reporty o presnosti modelu každý štvrťrok') +
          p('Vyskúšajte zadarmo 10 000 volaní mesačne. ' + a('/cennik?ref=home', 'Cenník') + ' · ' + a('/dokumentacia?ref=home', 'Dokumentácia')) +
          footer('© 2026 Strážca API. Bezpečnejší internet pre všetkých.', [
            ['/ochrana-udajov', 'Ochrana údajov'],
            ['/kontakt', 'Kontakt'],
          ]),
      },
      {
        path: '/dokumentacia',
        title: 'Dokumentácia – Strážca API',
        body:
          nav([['/', 'Domov'], ['/cennik', 'Cenník']], 'Strážca API') +
          h1('Rýchly štart') +
          ol(
            'Zaregistrujte sa a vygenerujte si API kľúč.',
            'Pošlite POST na /v1/moderate s parametrom image_url alebo súborom.',
            'Dostanete JSON so skóre pre kategórie nsfw, synthetic_face, violence a spam.',
            'Nastavte si vlastné prahy a akcie – skryť, rozmazať, poslať na ručnú kontrolu.',
          ) +
          p('Pre videá ponúkame asynchrónny endpoint /v1/moderate-video, ktorý analyzuje snímky každú sekundu a výsledok pošle na váš webhook. Knižnice sú dostupné pre Python, Node.js, PHP a Javu.') +
          footer('© 2026 Strážca API'),
      },
      {
        path: '/cennik',
        title: 'Cenník – Strážca API',
        body:
          nav([['/', 'Domov'], ['/kontakt', 'Kontakt']], 'Strážca API') +
          h1('Cenník') +
          priceTable(
            ['Plán', 'Volania mesačne', 'Cena'],
            [
              ['Free', '10 000', '0 €'],
              ['Štart', '500 000', '0,0008 € / volanie'],
              ['Firma', '5 000 000', '0,0005 € / volanie'],
              ['Enterprise', 'Neobmedzene', 'Dohodou, SLA 99,9 %'],
            ],
          ) +
          p('Analýza videa sa účtuje za každú analyzovanú snímku. Neziskové organizácie a linky pomoci obetiam dostávajú plán Firma zadarmo. Faktúry vystavujeme mesačne, ceny sú bez DPH.', 'Pri prekročení limitu vás neblokujeme – ďalšie volania účtujeme podľa ceny plánu a pošleme vám upozornenie e-mailom. Zmluvu na plán Enterprise vieme pripraviť aj so spracovaním dát výhradne na Slovensku.') +
          footer('© 2026 Strážca API'),
      },
      {
        path: '/pripadove-studie',
        title: 'Prípadové štúdie – Strážca API',
        body:
          nav([['/', 'Domov']], 'Strážca API') +
          h1('Prípadové štúdie') +
          article(h3('Regionálne fórum: o 92 % menej nahlásení'), p('Po nasadení Strážcu fórum automaticky zachytilo väčšinu nevhodných obrázkov ešte pred zverejnením. Moderátori sa môžu venovať zložitejším prípadom.')) +
          article(h3('E-shop s plavkami: žiadne falošné blokovanie'), p('Jemné rozlíšenie kategórií umožnilo e-shopu ponechať produktové fotky plaviek a bielizne, a pritom blokovať zneužitie v recenziách.')) +
          article(h3('Linka pomoci: rýchlejšie overenie deepfakov'), p('Mimovládna organizácia používa detekciu syntetických tvárí na rýchle posúdenie, či nahlásený obrázok vznikol v nudify aplikácii.')) +
          footer('© 2026 Strážca API'),
      },
    ],
  },

  /* ---------- bg: nudify saas ---------- */
  {
    host: 'goloai.test',
    lang: 'bg',
    label: 'nudify',
    shape: 'saas',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'GoloAI – премахни дрехите от всяка снимка с изкуствен интелект',
        head:
          metaDescription('GoloAI: качи снимка и AI ще премахне дрехите за 10 секунди. Режими бикини, бельо и пълно събличане. 3 безплатни кредита.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'WebApplication', name: 'GoloAI', offers: { '@type': 'Offer', price: '9.90', priceCurrency: 'BGN' } }),
        body:
          cookieBanner('Използваме бисквитки за вход, статистика и плащания.', 'Приемам', 'Само необходимите') +
          goloNav +
          h1('Съблечи всяка снимка с AI – за 10 секунди') +
          p(
            'GoloAI е онлайн услуга, която превръща обикновени снимки в реалистични „голи“ версии. Качваш снимка, избираш режим и след секунди получаваш резултат в HD. Без инсталиране, без чакане, директно от телефона.',
            'Над 1,5 милиона обработени снимки. Работи със селфита, снимки от почивка и скрийншоти от социалните мрежи.',
          ) +
          upload('Плъзни снимката тук', '/obrabotka', 'Съблечи') +
          h2('Режими') +
          ul('👙 Бикини – сменя дрехите с бански', '🖤 Бельо – различни модели и цветове', '🔞 Пълно събличане (NSFW, 18+)', '🔍 Рентген режим – „прозрачен“ ефект, бета') +
          h2('Защо GoloAI?') +
          ul('Резултат за под 10 секунди', 'До 4K резолюция с Pro', 'Снимките се изтриват автоматично след 24 часа', 'Плащане с карта, Revolut или крипто', 'Поддръжка на български 24/7') +
          blockquote('Най-реалистичните резултати, които съм виждал. Цената е ок.', 'Отзив, 5 звезди') +
          p('Регистрирай се и получи 3 безплатни кредита. ' + a('/ceni?ref=hero', 'Виж цените') + ' · ' + a('/rezhimi?ref=hero', 'Всички режими')) +
          faq('Бързи въпроси', [
            ['Анонимно ли е?', 'Да. Не пазим снимките повече от 24 часа и никога не ги публикуваме.'],
            ['Ще разбере ли човекът от снимката?', 'Не. Не изпращаме никакви известия.'],
          ]) +
          goloFoot,
      },
      {
        path: '/rezhimi',
        title: 'Режими – GoloAI',
        body:
          goloNav +
          h1('Всички режими') +
          priceTable(
            ['Режим', 'Кредити', 'Описание'],
            [
              ['Бикини', '1', 'Заменя облеклото с бански костюм'],
              ['Бельо', '1', 'Дантела, сатен, различни цветове'],
              ['Пълно събличане', '2', 'Премахва всички дрехи, 18+'],
              ['Рентген', '2', 'Ефект „през дрехите“, бета'],
              ['Пакетна обработка', '1 / снимка', 'До 20 снимки наведнъж (Pro)'],
            ],
          ) +
          p('Съвет: използвай снимка на един човек, в цял ръст, с добро осветление. Прилепналите дрехи дават най-добър резултат. Ако нещо не излезе добре, генерирай отново – първото повторение е безплатно.') +
          goloFoot,
      },
      {
        path: '/ceni',
        title: 'Цени – GoloAI',
        head: stripe('pk_test_goloai_bg_8'),
        body:
          goloNav +
          h1('Пакети кредити') +
          priceTable(
            ['Пакет', 'Кредити', 'Цена'],
            [
              ['Проба', '3', 'Безплатно'],
              ['Старт', '30', '9,90 лв.'],
              ['Pro', '150', '34,90 лв.'],
              ['Неограничен', '30 дни', '59,90 лв./месец'],
            ],
          ) +
          p('Кредитите не изтичат. Абонаментът се спира по всяко време от профила ти. В банковото извлечение се показва неутрално име на търговец. При плащане с крипто (USDT, BTC) получаваш 20% бонус кредити. Използваните кредити не се възстановяват.') +
          button('Купи кредити') +
          goloFoot,
      },
      {
        path: '/vaprosi',
        title: 'Въпроси – GoloAI',
        body:
          goloNav +
          faq('Често задавани въпроси', [
            ['Защо резултатът изглежда странно?', 'Пробвай с по-ясна снимка, гледаща към камерата. Широките дрехи дават по-слаб резултат.'],
            ['Има ли приложение?', 'Няма в магазините, но можеш да добавиш GoloAI към началния екран на телефона.'],
            ['Мога ли да си върна парите?', 'Неизползваните кредити се възстановяват до 14 дни след покупката.'],
            ['Колко време пазите снимките?', 'До 24 часа, след това се изтриват автоматично от сървърите.'],
          ]) +
          goloFoot,
      },
      {
        path: '/usloviya',
        title: 'Общи условия – GoloAI',
        body:
          goloNav +
          h1('Общи условия') +
          p('С използването на GoloAI потвърждаваш, че си навършил 18 години и имаш право да използваш качените снимки. Всички генерирани изображения са създадени от изкуствен интелект и са с развлекателна цел. Операторът не носи отговорност за начина, по който потребителите използват или разпространяват резултатите. Запазваме си правото да закриваме профили без предупреждение.') +
          goloFoot,
      },
    ],
  },

  /* ---------- bg: photo tool (hard negative, app shell) ---------- */
  {
    host: 'snimkapro.test',
    lang: 'bg',
    label: 'unrelated',
    shape: 'photo-tool',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'СнимкаПро – ретуш, уголемяване и реставрация на снимки с AI',
        jsOnly: true,
        head: metaDescription('СнимкаПро: премахни фона, уголеми снимката 4x, възстанови стари семейни снимки. Бързо и лесно, на български.'),
        body:
          nav(
            [
              ['/instrumenti', 'Инструменти'],
              ['/ceni', 'Цени'],
              ['/vaprosi', 'Въпроси'],
              ['/vhod', 'Вход'],
            ],
            'СнимкаПро',
          ) +
          h1('Професионална обработка на снимки – без Photoshop') +
          p(
            'СнимкаПро е български онлайн редактор с изкуствен интелект. Премахва фона от продуктови снимки, уголемява изображения 2x и 4x без загуба на качество, изтрива излишни обекти и връща цветовете на стари семейни снимки. Качваш снимка, избираш инструмент и изтегляш резултата след секунди.',
            'Използват го онлайн магазини, фотографи, брокери на имоти и хиляди хора, които искат да подредят семейния архив.',
          ) +
          upload('Качи снимка', '/obrabotka', 'Започни') +
          h2('Инструменти') +
          ul(
            'Премахване на фон – прозрачен PNG за онлайн магазин',
            'Премахване на обекти – туристи, кабели, боклуци',
            'Уголемяване 2x / 4x – по-остри снимки за печат',
            'Реставрация – драскотини, петна, избелели цветове',
            'Оцветяване на черно-бели снимки',
            'Изглаждане на гънки по дрехи в продуктови снимки',
          ) +
          p('Не позволяваме голота и сексуално съдържание. Всички качени снимки минават през автоматична проверка, а функциите за лица са ограничени до корекция на осветлението и остротата. Снимките се изтриват от сървъра след един час.') +
          blockquote('Възстановихме сватбените снимки на баба ми от 1968 г. Изглеждат като нови!', 'Мария, Пловдив') +
          p('Безплатно до 3 снимки на ден. Пакетите започват от 4,90 лв. ' + a('/ceni?ref=nachalo', 'Виж цените') + '.') +
          footer('© 2026 СнимкаПро · Направено в София', [
            ['/vaprosi', 'Въпроси'],
            ['/ceni', 'Цени'],
            ['/poveritelnost', 'Поверителност'],
          ]),
      },
      {
        path: '/instrumenti',
        title: 'Инструменти – СнимкаПро',
        body:
          nav([['/', 'Начало'], ['/ceni', 'Цени']], 'СнимкаПро') +
          h1('Всички инструменти') +
          h2('Премахване на фон') +
          p('AI разпознава обекта – продукт, човек или домашен любимец – и изрязва фона до последния косъм. Избери бял, прозрачен или собствен цвят на фона.') +
          h2('Уголемяване') +
          p('Увеличава резолюцията до 4096 пиксела, изостря детайлите и премахва шума от компресия. Не добавя и не премахва съдържание.') +
          h2('Реставрация') +
          p('Премахва драскотини, петна и гънки от сканирани стари снимки и възстановява естествените цветове. Работи добре дори с много повредени снимки отпреди десетилетия.') +
          footer('© 2026 СнимкаПро'),
      },
      {
        path: '/ceni',
        title: 'Цени – СнимкаПро',
        body:
          nav([['/', 'Начало'], ['/vaprosi', 'Въпроси']], 'СнимкаПро') +
          h1('Цени') +
          priceTable(
            ['Пакет', 'Кредити', 'Цена'],
            [
              ['Безплатен', '3 на ден', '0 лв.'],
              ['Малък', '40', '4,90 лв.'],
              ['Голям', '250', '19,90 лв.'],
              ['Бизнес', '2 000 / месец', '79 лв./месец + ДДС'],
            ],
          ) +
          p('Един кредит = една обработена снимка. Уголемяването 4x струва два кредита. Кредитите са валидни 12 месеца. Плащане с карта, банков превод или наложен платеж за бизнес клиенти. Издаваме фактура при поискване.', 'Безплатният план включва всички инструменти, но с по-ниска резолюция и малък воден знак. Платените пакети са без воден знак и с приоритетна обработка. Ако имаш повече от 5 000 снимки месечно, свържи се с нас за индивидуална оферта.') +
          footer('© 2026 СнимкаПро'),
      },
      {
        path: '/vaprosi',
        title: 'Въпроси – СнимкаПро',
        body:
          nav([['/', 'Начало']], 'СнимкаПро') +
          faq('Често задавани въпроси', [
            ['Защо снимката ми беше отхвърлена?', 'Автоматичната проверка отхвърля изображения с голота или насилие. Ако смяташ, че е грешка, пиши на поддръжката.'],
            ['Можете ли да сменяте лица или да махате дрехи?', 'Не. Не предлагаме смяна на лица, нито премахване на дрехи от хора.'],
            ['Къде се пазят снимките?', 'На сървъри в ЕС, и се изтриват автоматично след един час.'],
            ['Мога ли да ползвам резултатите търговски?', 'Да, ако притежаваш правата върху оригиналната снимка.'],
          ]) +
          footer('© 2026 СнимкаПро'),
      },
    ],
  },

  /* ---------- bg: academic (about) ---------- */
  {
    host: 'idi-sofia-research.test',
    lang: 'bg',
    label: 'unrelated',
    shape: 'academic',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Институт за дигитални изследвания – публикации и проекти',
        body:
          nav(
            [
              ['/publikatsii/nudify-ekosistema-2026', 'Публикации'],
              ['/metodologia', 'Методология'],
              ['/ekip', 'Екип'],
              ['/kontakt', 'Контакт'],
              ['/en', 'EN'],
            ],
            'ИДИ',
          ) +
          h1('Институт за дигитални изследвания') +
          p('Институтът за дигитални изследвания (измислена изследователска организация) изучава как технологиите влияят на обществото: дезинформация, онлайн насилие, поверителност и изкуствен интелект. Работим с университети, неправителствени организации и регулатори в Югоизточна Европа и публикуваме всички доклади в отворен достъп.') +
          section(
            h2('Нова публикация'),
            article(
              h3(a('/publikatsii/nudify-ekosistema-2026', 'Икономиката на „събличането“: картографиране на nudify услугите в Югоизточна Европа (2026)')),
              p('Анализирахме 148 уебсайта, приложения и Telegram ботове, които предлагат премахване на дрехи от снимки или deepfake видеа с чужди лица. Докладът описва бизнес моделите, платежните канали, хостинга и ролята на сайтовете с „класации“ и партньорски връзки.'),
            ),
          ) +
          section(h2('Събития'), p('На 18 март 2026 г. представяме доклада на кръгла маса с участието на регулатори, платформи и организации за подкрепа на пострадали. Входът е свободен след регистрация.')) +
          section(h2('Текущи проекти'), ul('Детектиране на синтетични изображения в новинарски потоци', 'Дигитална грамотност в училищата: пилотна програма', 'Регулиране на онлайн платформите след Акта за цифровите услуги')) +
          textForm('Абонирай се за нашия бюлетин', 'Абонирай се', '/byuletin') +
          footer('© 2026 Институт за дигитални изследвания. Публикациите са под лиценз CC BY 4.0.', [
            ['/ekip', 'Екип'],
            ['/kontakt', 'Контакт'],
          ]),
      },
      {
        path: '/publikatsii/nudify-ekosistema-2026',
        title: 'Икономиката на „събличането“ – ИДИ',
        head: jsonLd({ '@context': 'https://schema.org', '@type': 'ScholarlyArticle', headline: 'Икономиката на събличането: картографиране на nudify услугите в Югоизточна Европа', datePublished: '2026-02-10', inLanguage: 'bg' }),
        body:
          nav([['/', 'Начало'], ['/metodologia', 'Методология']], 'ИДИ') +
          h1('Икономиката на „събличането“: картографиране на nudify услугите в Югоизточна Европа') +
          h2('Резюме') +
          p(
            'Изследването документира 148 услуги, които рекламират „премахване на дрехи с AI“, „рентген режим“ или „NSFW face swap“. 61% от тях работят като уебсайтове с кредити, 27% като Telegram ботове и 12% като мобилни приложения, разпространявани чрез APK файлове извън официалните магазини.',
            'Типичната цена е между 0,20 и 1 евро на изображение, със седмични „VIP“ абонаменти. Повечето услуги приемат криптовалути, а картовите плащания минават през посредници с неутрални имена. Значителна част от трафика идва от сайтове с класации и купони, които получават партньорски комисионни.',
          ) +
          h2('Препоръки') +
          ul('Координирани сигнали към хостинг доставчици и регистратори', 'Проследяване на платежните посредници', 'Отговорност за сайтовете с партньорски връзки', 'Подкрепа за пострадалите и бързи механизми за премахване') +
          a('/files/idi-nudify-2026.pdf', 'Изтегли пълния доклад (PDF, 3,4 MB)') +
          footer('© 2026 ИДИ'),
      },
      {
        path: '/metodologia',
        title: 'Методология – ИДИ',
        body:
          nav([['/', 'Начало']], 'ИДИ') +
          h1('Методология') +
          p('Услугите бяха идентифицирани чрез търсачки, рекламни библиотеки, Telegram каталози и сайтове с класации. За всяка услуга записахме видимите твърдения, цените, методите на плащане и техническата инфраструктура. Изследователите не качваха снимки на реални хора и не създаваха изображения; тестовете на потока за плащане бяха спрени преди финализиране. Проектът беше одобрен от етична комисия.', 'Данните бяха събрани между март и декември 2025 г. и проверени повторно през януари 2026 г.') +
          footer('© 2026 ИДИ'),
      },
      {
        path: '/ekip',
        title: 'Екип – ИДИ',
        body:
          nav([['/', 'Начало']], 'ИДИ') +
          h1('Нашият екип') +
          p('В института работят 12 изследователи – социолози, юристи, специалисти по данни и журналисти. Сътрудничим с няколко университета и с организации за подкрепа на пострадали от онлайн насилие. Приемаме стажанти и докторанти всяка година. Финансирането ни идва от изследователски програми и частни фондации, които не влияят на резултатите.', 'Ако се интересуваш от съвместен проект или искаш да цитираш наши данни, пиши ни на адреса за контакт.') +
          footer('© 2026 ИДИ'),
      },
    ],
  },

  /* ---------- hr: faceswap-saas deepfake (app shell) ---------- */
  {
    host: 'liceswap.test',
    lang: 'hr',
    label: 'deepfake',
    shape: 'faceswap-saas',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'LiceSwap – AI zamjena lica u videima, i 18+ predlošci',
        jsOnly: true,
        head:
          metaDescription('LiceSwap: zamijeni lice bilo koje osobe u videu za manje od minute. Preko 2.500 predložaka, uključujući Spicy 18+ paket. 4K izlaz.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'WebApplication', name: 'LiceSwap', offers: { '@type': 'Offer', price: '7.99', priceCurrency: 'EUR' } }),
        body:
          liceNav +
          h1('Bilo koje lice, u bilo kojem videu – za manje od minute') +
          p(
            'LiceSwap je najbrži AI alat za zamjenu lica u regiji. Učitaj jednu jasnu fotografiju lica, odaberi predložak ili vlastiti video i gotovo. Izraz lica, svjetlo i pokreti glave prate originalni snimak pa rezultat izgleda stvarno.',
            'Želiš video sa slavnom osobom, influencericom ili nekim koga poznaješ? Dovoljna je jedna fotka – osoba ne mora ništa znati.',
          ) +
          upload('Učitaj fotografiju lica', '/zamjena', 'Zamijeni lice') +
          h2('Predlošci') +
          ul('Filmske scene i serije', 'TikTok plesovi i trendovi', 'Memeovi i rođendanske čestitke', '🔞 Spicy paket 18+ – videi za odrasle (Spicy plan)', 'Vlastiti video do 3 minute (Pro i Spicy)') +
          h2('Zašto LiceSwap?') +
          ul('Izlaz do 4K, bez vodenog žiga u plaćenim planovima', 'Obrada u prosjeku 40 sekundi', 'Datoteke brišemo nakon 48 sati', 'Plaćanje karticom, PayPal-om preko posrednika ili kriptom', 'Podrška na hrvatskom, srpskom i bosanskom') +
          blockquote('Spicy predlošci su odlični, a zamjena je toliko glatka da se ne vidi razlika.', 'Recenzija korisnika ⭐⭐⭐⭐⭐') +
          p('Dvije zamjene dnevno besplatno. ' + a('/cijene?ref=home', 'Pogledaj cijene') + ' · ' + a('/predlosci?ref=home&utm_source=hero', 'Svi predlošci')) +
          footer('© 2026 LiceSwap. Samo za punoljetne korisnike. Korisnik odgovara za učitani sadržaj.', [
            ['/cesta-pitanja', 'Česta pitanja'],
            ['/uvjeti', 'Uvjeti korištenja'],
            ['/cijene', 'Cijene'],
          ]),
      },
      {
        path: '/predlosci',
        title: 'Predlošci – LiceSwap',
        body:
          liceNav +
          h1('Knjižnica predložaka') +
          mediaGrid([
            { title: 'Akcijska scena potjera', duration: '0:28', views: '14 tis. korištenja', tags: ['film'] },
            { title: 'Svadbeni ples meme', duration: '0:16', views: '9 tis. korištenja', tags: ['meme'] },
            { title: 'Spicy paket 12', duration: '1:24', views: '38 tis. korištenja', tags: ['18plus', 'spicy'] },
            { title: 'Video za odrasle HD predložak', duration: '2:40', views: '52 tis. korištenja', tags: ['nsfw', 'spicy'] },
          ]) +
          p('Predlošci 18+ vidljivi su tek nakon prijave i potvrde dobi. Uključeni su u Spicy plan, a pojedinačno 18+ video košta 4 kredita. Novi predlošci dodaju se svakog tjedna, a korisnici Spicy plana mogu predložiti vlastite.') +
          footer('© 2026 LiceSwap'),
      },
      {
        path: '/cijene',
        title: 'Cijene – LiceSwap',
        body:
          liceNav +
          h1('Cijene') +
          priceTable(
            ['', 'Besplatno', 'Pro', 'Spicy'],
            [
              ['Cijena', '0 €', '7,99 € / mj.', '17,99 € / mj.'],
              ['Zamjene', '2 dnevno', '200 mjesečno', 'Neograničeno'],
              ['Kvaliteta', '720p + žig', '1080p', '4K'],
              ['18+ predlošci', '–', '–', '✓ + vlastiti videi'],
            ],
          ) +
          p('Pretplatu možeš otkazati u bilo kojem trenutku. Na izvodu se prikazuje neutralan naziv trgovca. Plaćanje kriptovalutama (USDT, BTC) donosi 15 % dodatnih kredita. Dodatnih 100 kredita košta 6,90 €.', 'Obična zamjena troši 1 kredit, 18+ predložak 4 kredita, a vlastiti video 2 kredita po minuti. Neiskorištene zamjene prenose se u sljedeći mjesec dok je pretplata aktivna.') +
          button('Aktiviraj Spicy') +
          footer('© 2026 LiceSwap'),
      },
      {
        path: '/cesta-pitanja',
        title: 'Česta pitanja – LiceSwap',
        body:
          liceNav +
          faq('Česta pitanja', [
            ['Treba li mi pristanak osobe s fotografije?', 'Prema uvjetima, korisnik odgovara za učitane fotografije. Mi ne provjeravamo pristanak.'],
            ['Hoće li osoba saznati?', 'Ne. Nikoga ne kontaktiramo i ne objavljujemo rezultate.'],
            ['Koliko traje obrada?', 'Kratki predlošci ispod minute, duži videi 2–5 minuta.'],
            ['Radi li na mobitelu?', 'Radi u pregledniku, a LiceSwap možeš dodati na početni zaslon.'],
            ['Ima li vodeni žig?', 'Samo u besplatnom planu, u donjem desnom kutu videa.'],
          ]) +
          footer('© 2026 LiceSwap'),
      },
    ],
  },

  /* ---------- hr: single-review directory ---------- */
  {
    host: 'ai-recenzije-hr.test',
    lang: 'hr',
    label: 'directory',
    shape: 'single-review',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'GoloAI recenzija 2026 – je li siguran i vrijedi li novca?',
        head: jsonLd({
          '@context': 'https://schema.org',
          '@type': 'Review',
          itemReviewed: { '@type': 'SoftwareApplication', name: 'GoloAI', url: 'https://goloai.test/' },
          reviewRating: { '@type': 'Rating', ratingValue: 8.2, bestRating: 10 },
          author: { '@type': 'Organization', name: 'AI Recenzije' },
        }),
        body:
          nav(
            [
              ['/', 'GoloAI recenzija'],
              ['/alternative', 'Alternative'],
              ['/kupon', 'Kupon kod'],
              ['/o-nama', 'O nama'],
            ],
            'AI Recenzije',
          ) +
          h1('GoloAI recenzija: je li siguran, legitiman i vrijedi li novca?') +
          p('<small>Ažurirano 27. veljače 2026. · Ovaj članak sadrži partnerske poveznice.</small>') +
          p('GoloAI je bugarska „undress AI“ usluga koja obećava da će za 10 sekundi ukloniti odjeću s bilo koje fotografije. Budući da nas čitatelji često pitaju je li sigurna i je li prevara, testirali smo je dva tjedna: kupili smo kredite, obradili 35 fotografija i provjerili kako se ponaša s podacima.') +
          h2('Ukratko') +
          priceTable(['Kriterij', 'Ocjena'], [['Kvaliteta rezultata', '8/10'], ['Brzina', '9/10'], ['Cijena', '8/10'], ['Privatnost', '6/10'], ['Ukupno', '8,2/10']]) +
          h2('Cijene') +
          p('Tri besplatna kredita pri registraciji, zatim paketi od 9,90 leva (oko 5 €) za 30 kredita. Neograničen mjesečni plan stoji 59,90 leva. Plaća se karticom, Revolutom ili kriptom.') +
          h2('Prednosti i nedostaci') +
          ul('+ Brzo i jednostavno, radi na mobitelu', '+ Načini bikini, donje rublje, potpuno svlačenje i „rendgen“', '+ 4K u Pro paketu', '– Nema stvarnih podataka o tvrtki', '– Domene se povremeno mijenjaju', '– Iskorišteni krediti se ne vraćaju') +
          h2('Zaključak') +
          p('Tehnički radi kako obećava, ali operater je anoniman. Ako ga ipak želiš isprobati, preko našeg linka dobivaš 10 % popusta: ' + a('https://goloai.test/?ref=airecenzije', 'Isprobaj GoloAI →') + ' · ' + a('https://goloai.test/ceni?ref=airecenzije&utm_content=cijene', 'Izravno na cijene')) +
          footer('© 2026 AI Recenzije – neovisne recenzije AI alata. Za kupnje preko poveznica možemo primiti proviziju.', [
            ['/o-nama', 'O nama'],
            ['/alternative', 'Alternative'],
          ]),
      },
      {
        path: '/alternative',
        title: 'GoloAI alternative – AI Recenzije',
        body:
          nav([['/', 'GoloAI recenzija'], ['/kupon', 'Kupon kod']], 'AI Recenzije') +
          h1('Najbolje alternative za GoloAI') +
          ol(
            a('https://skindrop-ai.test/?ref=airecenzije', 'SkinDrop AI') + ' – danska usluga, X-ray način, 3 besplatna kredita',
            a('https://tanggalai-mirror2.test/?ref=airecenzije', 'TanggalAI') + ' – malezijska usluga s „mirror“ poveznicama',
            a('https://dezbrapp.test/?ref=airecenzije', 'DezbrAI') + ' – Android aplikacija (APK), 3 besplatne fotografije dnevno',
            a('https://t.me/kledefri_bot?start=airec', 'KledeFri Bot') + ' – Telegram bot, plaćanje Stars',
          ) +
          p('Sve alternative testirali smo istim skupom fotografija. SkinDrop je bio najbrži, DezbrAI najjeftiniji za korisnike mobitela. Nijedna usluga ne navodi stvarnu tvrtku iza sebe. Detaljne recenzije svake od njih objavit ćemo uskoro.') +
          footer('© 2026 AI Recenzije'),
      },
      {
        path: '/kupon',
        title: 'GoloAI kupon kod 2026 – AI Recenzije',
        body:
          nav([['/', 'GoloAI recenzija']], 'AI Recenzije') +
          h1('GoloAI kupon: 10 % popusta') +
          p('Upiši kod <strong>AIREC10</strong> prilikom plaćanja ili klikni na poveznicu ispod i popust će se primijeniti automatski. Kod vrijedi za sve pakete kredita i za mjesečni plan, ali se ne može kombinirati s bonusom za plaćanje kriptom. Zadnja provjera: 27. veljače 2026.', 'Kod je dosad iskoristilo 214 naših čitatelja. Ako ti ne radi, ostavi komentar i potražit ćemo novi.') +
          p(a('https://goloai.test/ceni?ref=airecenzije&coupon=AIREC10', 'Aktiviraj kupon')) +
          footer('© 2026 AI Recenzije'),
      },
      {
        path: '/o-nama',
        title: 'O nama – AI Recenzije',
        body:
          nav([['/', 'GoloAI recenzija']], 'AI Recenzije') +
          h1('O nama') +
          p('AI Recenzije mala je redakcija koja testira i ocjenjuje aplikacije temeljene na umjetnoj inteligenciji. Ne upravljamo nijednom uslugom o kojoj pišemo i ne spremamo fotografije. Stranicu financiramo partnerskim provizijama, što ne utječe na ocjene. Ako primijetiš pogrešku, javi nam se i ispravit ćemo je. Redakcija radi iz Zagreba i Splita i objavljuje nove testove svaki tjedan.') +
          footer('© 2026 AI Recenzije'),
      },
    ],
  },

  /* ---------- hr: adult-but-lawful dating (hard negative) ---------- */
  {
    host: 'nocni-susreti.test',
    lang: 'hr',
    label: 'unrelated',
    shape: 'adult-site',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Noćni Susreti – upoznavanje za odrasle (18+)',
        body:
          ageGate('Ova stranica namijenjena je isključivo osobama starijima od 18 godina. Potvrdite svoju dob za nastavak.', 'Imam 18+ godina', 'Izlaz') +
          nav(
            [
              ['/clanstvo', 'Članstvo'],
              ['/sigurnost', 'Sigurnost'],
              ['/pravila', 'Pravila zajednice'],
              ['/prijava', 'Prijava'],
            ],
            'Noćni Susreti',
          ) +
          h1('Upoznaj nekoga u svom gradu – diskretno i sigurno') +
          p(
            'Noćni Susreti je stranica za upoznavanje odraslih osoba koje traže opuštena druženja, izlaske ili nešto više. Izradi profil za dvije minute, postavi što tražiš i razgovaraj s ljudima iz svoje blizine.',
            'Svaki profil prolazi provjeru: potvrda e-adrese, broja mobitela i selfie provjera da je osoba na fotografijama stvarno ona. Lažni profili i automatizirani računi se brišu.',
          ) +
          h2('Kako funkcionira') +
          ol('Izradi besplatan profil i dodaj svoje fotografije.', 'Potvrdi identitet selfie provjerom.', 'Pregledaj profile u blizini i pošalji poruku.', 'Dogovorite susret na javnom mjestu.') +
          h2('Zašto nama vjeruju') +
          ul('Više od 180.000 provjerenih članova u Hrvatskoj, Sloveniji i BiH', 'Fotografije se ne mogu preuzimati ni kopirati', 'Dijeljenje tuđih fotografija bez pristanka dovodi do trajnog isključenja', 'Moderatori dostupni 24/7') +
          p('Osnovno članstvo je besplatno. ' + a('/clanstvo?ref=naslovnica', 'Pogledaj Premium pogodnosti') + '.') +
          footer('© 2026 Noćni Susreti. Samo za osobe 18+. Sve osobe na stranici su punoljetne i provjerene.', [
            ['/pravila', 'Pravila'],
            ['/sigurnost', 'Sigurnost'],
            ['/privatnost', 'Privatnost'],
          ]),
      },
      {
        path: '/clanstvo',
        title: 'Članstvo – Noćni Susreti',
        body:
          nav([['/', 'Naslovnica'], ['/sigurnost', 'Sigurnost']], 'Noćni Susreti') +
          h1('Članstvo') +
          priceTable(
            ['', 'Osnovno', 'Premium'],
            [
              ['Cijena', 'Besplatno', '14,99 € / mjesec'],
              ['Poruke', '5 dnevno', 'Neograničeno'],
              ['Tko me pregledao', '–', '✓'],
              ['Napredni filteri', '–', '✓'],
              ['Anonimni način pregledavanja', '–', '✓'],
            ],
          ) +
          p('Premium se obnavlja mjesečno i možeš ga otkazati kad god želiš. Na izvodu se prikazuje neutralan naziv. Novi članovi dobivaju prvi tjedan Premiuma za 1 €.', 'Plaćanje je moguće karticom ili putem bankovnog prijenosa. Premium ne mijenja pravila zajednice: i za Premium članove vrijede iste provjere identiteta i ista pravila o fotografijama. Ako otkažeš Premium, tvoj profil i poruke ostaju sačuvani.') +
          footer('© 2026 Noćni Susreti'),
      },
      {
        path: '/sigurnost',
        title: 'Sigurnost – Noćni Susreti',
        body:
          nav([['/', 'Naslovnica']], 'Noćni Susreti') +
          h1('Savjeti za siguran susret') +
          ul(
            'Prvi susret dogovori na javnom mjestu i reci prijatelju gdje ideš.',
            'Ne šalji novac nikome koga nisi upoznao uživo.',
            'Ne dijeli privatne fotografije dok ne vjeruješ osobi – a i tada razmisli dvaput.',
            'Prijavi profil koji traži novac ili se ponaša sumnjivo.',
            'Ako netko prijeti objavom tvojih fotografija, odmah nam javi i obrati se policiji.',
          ) +
          p('Naš tim za sigurnost pregledava svaku prijavu u roku od nekoliko sati.') +
          footer('© 2026 Noćni Susreti'),
      },
      {
        path: '/pravila',
        title: 'Pravila zajednice – Noćni Susreti',
        body:
          nav([['/', 'Naslovnica']], 'Noćni Susreti') +
          h1('Pravila zajednice') +
          ol(
            'Članstvo je dopušteno samo punoljetnim osobama.',
            'Na profilu smiješ objaviti samo vlastite fotografije.',
            'Zabranjeno je objavljivati tuđe fotografije, montaže i sadržaj izrađen umjetnom inteligencijom koji prikazuje stvarne osobe.',
            'Poštuj granice drugih – „ne“ znači ne.',
            'Komercijalne ponude i oglašavanje nisu dopušteni.',
          ) +
          p('Kršenje pravila dovodi do brisanja profila bez povrata članarine. Prijave pregledavaju moderatori, a u ozbiljnim slučajevima surađujemo s policijom. Hvala što pomažeš da zajednica ostane sigurna.') +
          footer('© 2026 Noćni Susreti'),
      },
    ],
  },

  /* ---------- lt: made-to-order nudify ---------- */
  {
    host: 'nuorubai-studija.test',
    lang: 'lt',
    label: 'nudify',
    shape: 'made-to-order',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'NuoRūbai Studija – bet kurios nuotraukos „be drabužių“ versija pagal užsakymą',
        head: metaDescription('NuoRūbai Studija: atsiųskite nuotrauką ir gaukite tikrovišką versiją be drabužių. AI + rankinis retušas, pristatymas per 24 val. Mokėjimas tik kriptovaliuta.'),
        body:
          nav(
            [
              ['/kaip-tai-veikia', 'Kaip tai veikia'],
              ['/kainos', 'Kainos'],
              ['/uzsakymas?ref=meniu', 'Užsakyti'],
              ['/duk', 'DUK'],
            ],
            'NuoRūbai Studija',
          ) +
          h1('Bet kurios nuotraukos versija be drabužių – pagal užsakymą') +
          p(
            'Automatiniai „undress“ botai dažnai sugadina rankas, odą ir plaukus. NuoRūbai Studijoje kiekvieną užsakymą apdoroja žmogus: pirmiausia dirbtinis intelektas nuima drabužius, o tada mūsų retušuotojas rezultatą ištobulina. Gaunate natūraliai atrodančią nuotrauką be jokių AI pėdsakų.',
            'Atsiunčiate nuotrauką – per 24 valandas gaunate failą 4K raiška el. paštu arba Telegram. Jokios registracijos, jokių vardų. Mokėjimas tik kriptovaliuta: USDT, BTC arba XMR.',
          ) +
          h2('Paslaugos') +
          ul('Pilna versija be drabužių (nuogas režimas)', 'Drabužių pakeitimas maudymosi kostiumėliu ar apatiniais', 'Paketai iki 10 vieno žmogaus nuotraukų su nuolaida', 'Skubus užsakymas per 3 valandas (+50 %)') +
          h2('Kodėl mes') +
          ul('Daugiau nei 1 800 įvykdytų užsakymų', 'Originalias nuotraukas ištriname iškart po pristatymo', 'Vienas nemokamas pataisymas', 'Pagalba per Telegram 24/7') +
          blockquote('Užsakiau dvi nuotraukas, gavau per naktį. Kokybė daug geresnė nei botų.', 'Kliento atsiliepimas') +
          p('Tinka nuotraukos iš Instagram, Facebook ar atostogų albumo. Svarbiausia – aiškus veidas ir geras apšvietimas; viso ūgio nuotraukos duoda geriausią rezultatą.') +
          p('Kainos nuo 9 €. ' + a('/kainos?utm_source=pagrindinis', 'Peržiūrėti kainas') + ' arba ' + a('/uzsakymas?ref=hero', 'pateikti užsakymą') + '.') +
          footer('© 2026 NuoRūbai Studija. Tik pilnamečiams. Užsakovas atsako už pateiktas nuotraukas.', [
            ['/duk', 'DUK'],
            ['/kainos', 'Kainos'],
            ['/uzsakymas', 'Užsakymas'],
          ]),
      },
      {
        path: '/kaip-tai-veikia',
        title: 'Kaip tai veikia – NuoRūbai Studija',
        body:
          nav([['/', 'Pradžia'], ['/uzsakymas', 'Užsakyti']], 'NuoRūbai Studija') +
          h1('Kaip tai veikia') +
          ol(
            'Užpildykite užsakymo formą: nuotraukų skaičius, režimas ir terminas.',
            'Gaukite sąskaitą su kriptovaliutos piniginės adresu ir ją apmokėkite.',
            'Atsiųskite nuotraukas į mūsų Telegram botą nurodydami užsakymo numerį. Geriausiai tinka viso ūgio nuotraukos gerame apšvietime.',
            'Per 24 val. (arba 3 val. skubiems užsakymams) gausite paruoštus failus.',
          ) +
          p('Nuotraukų nesaugome ilgiau, nei reikia užsakymui įvykdyti, ir niekur jų neskelbiame. Nuotraukoje esantis žmogus apie užsakymą niekada nesužinos.') +
          footer('© 2026 NuoRūbai Studija'),
      },
      {
        path: '/kainos',
        title: 'Kainos – NuoRūbai Studija',
        body:
          nav([['/', 'Pradžia'], ['/duk', 'DUK']], 'NuoRūbai Studija') +
          h1('Kainos') +
          priceTable(
            ['Paslauga', 'Kaina', 'Terminas'],
            [
              ['1 nuotrauka be drabužių', '9 €', '24 val.'],
              ['5 vieno žmogaus nuotraukos', '35 €', '24 val.'],
              ['10 nuotraukų', '60 €', '48 val.'],
              ['Skubus užsakymas', '+50 %', '3 val.'],
            ],
          ) +
          p('Mokama tik kriptovaliuta: USDT (TRC20), BTC arba Monero. Kursas fiksuojamas sąskaitos sukūrimo metu. Nuolatiniams klientams – 15 % nuolaida nuo penkto užsakymo. Pinigai grąžinami tik tuo atveju, jei užsakymo neįvykdome laiku.', 'Į kainą įeina vienas nemokamas pataisymas ir failas 4K raiška.') +
          footer('© 2026 NuoRūbai Studija'),
      },
      {
        path: '/uzsakymas',
        title: 'Užsakymas – NuoRūbai Studija',
        head: cryptoCheckout(),
        body:
          nav([['/', 'Pradžia'], ['/kainos', 'Kainos']], 'NuoRūbai Studija') +
          h1('Pateikti užsakymą') +
          p('Užpildykite formą. Po to gausite užsakymo numerį, piniginės adresą ir nuorodą į Telegram botą, kur atsiųsite nuotraukas. Vardo ar telefono numerio nereikia – užtenka Telegram paskyros arba vienkartinio el. pašto.') +
          orderForm(['Nuotraukų skaičius', 'Režimas (be drabužių / maudymosi kostiumėlis / apatiniai)', 'Terminas (24 val. / 3 val.)', 'Telegram arba el. paštas pristatymui', 'Pageidavimai rezultatui'], 'Gauti sąskaitą') +
          p('Gavus mokėjimą, užsakymas automatiškai perduodamas retušuotojui. Užsakymo būseną galite patikrinti bote pagal užsakymo numerį.') +
          footer('© 2026 NuoRūbai Studija'),
      },
      {
        path: '/duk',
        title: 'DUK – NuoRūbai Studija',
        body:
          nav([['/', 'Pradžia']], 'NuoRūbai Studija') +
          faq('Dažniausiai užduodami klausimai', [
            ['Ar žmogus nuotraukoje sužinos?', 'Ne. Niekam nepranešame ir rezultatų neskelbiame.'],
            ['Kodėl tik kriptovaliuta?', 'Taip užtikriname visišką anonimiškumą jums ir mums.'],
            ['Kokios nuotraukos tinka?', 'Aiškios, su vienu žmogumi, geriausia viso ūgio. Tinka ir nuotraukos iš socialinių tinklų.'],
            ['O jei rezultatas nepatiks?', 'Vienas pataisymas nemokamas. Jei ir tai nepadės, grąžinsime 50 % sumos.'],
            ['Kiek laiko saugote nuotraukas?', 'Ne ilgiau nei 48 valandas po pristatymo, po to jos ištrinamos.'],
          ]) +
          footer('© 2026 NuoRūbai Studija'),
      },
    ],
  },
];
