import type { CorpusSite } from '../site-kit.js';
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
  gtag,
  h1,
  h2,
  h3,
  img,
  jsonLd,
  mediaGrid,
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
} from '../site-kit.js';

/** Fresh sites by writer fresh-h, written after the classifier was built, without reading it or the corpus. */

const AUTHOR = 'fresh-h';

// ───────────────────────────── nudify (9) ─────────────────────────────

const zdejmijNav = nav(
  [
    ['/', 'Start'],
    ['/jak-to-dziala', 'Jak to działa'],
    ['/cennik', 'Cennik'],
    ['/faq', 'FAQ'],
    ['/regulamin', 'Regulamin'],
  ],
  'Zdejmij.AI',
);
const zdejmijFoot = footer('© 2025 Zdejmij.AI · Serwis wyłącznie dla osób pełnoletnich (18+). Na wyciągu bankowym widnieje neutralna nazwa „ZD Media”.', [
  ['/regulamin', 'Regulamin'],
  ['/faq', 'Pomoc'],
  ['/cennik', 'Cennik'],
  ['https://t.me/zdejmij_support', 'Telegram'],
]);

const zdejmij: CorpusSite = {
  host: 'zdejmij-studio.test',
  lang: 'pl',
  label: 'nudify',
  shape: 'saas',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'Zdejmij.AI – rozbieranie zdjęć przez sztuczną inteligencję',
      head: metaDescription('Wgraj zdjęcie, a AI zdejmie ubrania w kilka sekund. Trzy tryby, HD, pełna dyskrecja. Pierwsze 3 generacje gratis.') + oneTap('884120-zdejmij.apps.googleusercontent.com'),
      body:
        zdejmijNav +
        h1('Rozbieranie zdjęć z AI — wynik w 15 sekund') +
        p(
          'Zdejmij.AI to internetowe studio, w którym sztuczna inteligencja usuwa ubrania ze zdjęcia i pokazuje realistyczną wersję „bez niczego”. Bez instalowania aplikacji, bez Photoshopa, bez czekania. Wgrywasz fotkę, wybierasz tryb i gotowe.',
        ) +
        upload('Wgraj zdjęcie (JPG/PNG, maks. 10 MB)', '/generate', 'Rozbierz zdjęcie') +
        p('Pierwsze 3 generacje za darmo po zalogowaniu przez Google. Wgrane pliki kasujemy automatycznie po 24 godzinach.') +
        h2('Dlaczego Zdejmij.AI?') +
        ul(
          '<b>Trzy tryby</b> – bielizna, strój kąpielowy albo pełne rozebranie (tryb 18+).',
          '<b>HD bez znaku wodnego</b> w pakietach Premium.',
          '<b>Kolejka priorytetowa</b> – średnio 12 sekund na jedno zdjęcie.',
          '<b>Pełna dyskrecja</b> – żadnych powiadomień, żadnych śladów w galerii telefonu.',
        ) +
        h2('Jak to działa w 3 krokach') +
        ol(
          'Wgraj wyraźne zdjęcie jednej osoby, najlepiej całej sylwetki.',
          'Wybierz tryb i siłę efektu na suwaku „odzież → brak”.',
          'Pobierz gotowy obraz albo kliknij „Generuj ponownie”, jeśli chcesz inną wersję.',
        ) +
        h2('Opinie użytkowników') +
        blockquote('„Działa szybciej niż konkurencja, a pakiet za 49 zł starczył mi na cały miesiąc.”', 'Kuba, Wrocław') +
        blockquote('„Najlepszy undress AI po polsku, w końcu bez tłumaczenia z angielskiego.”', 'użytkownik @mar_k') +
        a('/cennik', 'Zobacz pakiety i ceny →') +
        cookieBanner('Używamy plików cookie, aby zapamiętać Twoje kredyty i sesję. Klikając „Akceptuję”, zgadzasz się na ich użycie.', 'Akceptuję', 'Tylko niezbędne') +
        zdejmijFoot,
    },
    {
      path: '/cennik',
      title: 'Cennik – Zdejmij.AI',
      head: stripe('pk_test_51ZdjStudioPl0000aa') + cryptoCheckout(),
      body:
        zdejmijNav +
        h1('Cennik kredytów') +
        p('Płacisz tylko za to, czego używasz. Jeden kredyt to jedno rozebrane zdjęcie. Kredyty nie wygasają, a niewykorzystane w pakiecie miesięcznym przechodzą na kolejny okres.') +
        priceTable(
          ['Pakiet', 'Kredyty', 'Cena', 'Co zawiera'],
          [
            ['Start', '10', '19 zł', 'tryb bielizna i kostium kąpielowy, znak wodny'],
            ['Premium', '60', '49 zł', 'wszystkie tryby, w tym pełne rozebranie 18+, HD, bez znaku wodnego'],
            ['Bez limitu', '∞ / 30 dni', '99 zł', 'kolejka priorytetowa, seria do 20 zdjęć naraz, tryb „uncensored”'],
          ],
        ) +
        p('Płatność: BLIK, karta (Stripe), Przelewy24 lub kryptowaluty (USDT, BTC, LTC). Przy płatności krypto dostajesz +15% kredytów gratis.') +
        button('Kup Premium') +
        zdejmijFoot,
    },
    {
      path: '/jak-to-dziala',
      title: 'Jak to działa – Zdejmij.AI',
      body:
        zdejmijNav +
        h1('Jak działa nasz model?') +
        p(
          'Nasz model został wytrenowany na milionach zdjęć, dzięki czemu rozpoznaje ubranie, sylwetkę i oświetlenie, a następnie dorysowuje to, co „pod spodem”. Efekt wygląda naturalnie, bo AI zachowuje tło, twarz i pozę z oryginału.',
          'Najlepsze rezultaty dają zdjęcia w dobrym świetle, z jedną osobą zwróconą przodem do aparatu. Zdjęcia grupowe, mocno rozmazane lub w grubych kurtkach wychodzą gorzej — wtedy warto użyć trybu „Pro v3”, dostępnego w pakiecie Premium.',
        ) +
        h2('Tryby') +
        ul('Bielizna – delikatna wersja, dostępna dla wszystkich.', 'Kostium – strój kąpielowy zamiast ubrania.', 'Pełny (18+) – całkowite zdjęcie ubrań, tylko po potwierdzeniu pełnoletności.') +
        zdejmijFoot,
    },
    {
      path: '/faq',
      title: 'FAQ – Zdejmij.AI',
      body:
        zdejmijNav +
        faq('Najczęstsze pytania', [
          ['Czy osoba na zdjęciu się dowie?', 'Nie. Nie wysyłamy żadnych powiadomień, a plik jest przetwarzany wyłącznie na naszych serwerach i kasowany po 24 godzinach.'],
          ['Czy mogę wgrać zdjęcie z Instagrama?', 'Tak, wystarczy zrzut ekranu albo zapisany plik. Im wyższa rozdzielczość, tym lepszy efekt rozebrania.'],
          ['Czy są zwroty?', 'Kredyty zużyte na generację nie podlegają zwrotowi. Jeśli wynik jest słaby, kliknij „Generuj ponownie” – pierwsza poprawka jest darmowa.'],
          ['Dlaczego wymagacie 18+?', 'Tryb pełny zawiera treści dla dorosłych, dlatego przed pierwszym użyciem prosimy o potwierdzenie wieku.'],
        ]) +
        zdejmijFoot,
    },
    {
      path: '/regulamin',
      title: 'Regulamin – Zdejmij.AI',
      body:
        zdejmijNav +
        h1('Regulamin serwisu') +
        p(
          '1. Serwis jest przeznaczony wyłącznie dla osób, które ukończyły 18 lat. 2. Użytkownik oświadcza, że posiada prawa do wgrywanych zdjęć oraz zgodę osób na nich widocznych. 3. Wygenerowane obrazy mają charakter rozrywkowy i są wytworem sztucznej inteligencji; nie przedstawiają rzeczywistości. 4. Operator nie ponosi odpowiedzialności za sposób wykorzystania wygenerowanych materiałów przez użytkownika. 5. Zabronione jest wgrywanie zdjęć osób niepełnoletnich – takie konta są blokowane bez zwrotu środków.',
        ) +
        zdejmijFoot,
    },
  ],
};

const svlekNav = nav(
  [
    ['/', 'Úvod'],
    ['/navod', 'Návod'],
    ['/ceny', 'Ceny'],
    ['/podminky', 'Podmínky'],
  ],
  'SvlékniBot',
);
const svlekFoot = footer('SvlékniBot není spojen s Telegram FZ-LLC. Pouze pro osoby starší 18 let.', [
  ['https://t.me/SvlekniHnedBot', 'Otevřít bota'],
  ['https://t.me/svlekni_novinky', 'Kanál s novinkami'],
  ['/podminky', 'Podmínky'],
]);

const svlekbot: CorpusSite = {
  host: 'svlekbot-web.test',
  lang: 'cs',
  label: 'nudify',
  shape: 'telegram-bot',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'SvlékniBot – AI svlékání fotek přímo v Telegramu',
      head: metaDescription('Pošli fotku botovi @SvlekniHnedBot a za pár vteřin dostaneš verzi bez oblečení. Bez registrace, platba hvězdičkami nebo kryptem.'),
      body:
        svlekNav +
        h1('Svlékni jakoukoli fotku. Přímo v Telegramu.') +
        p(
          'SvlékniBot je AI bot, který z fotky odstraní oblečení a pošle ti zpátky „odhalenou“ verzi. Žádná aplikace, žádná registrace, žádný e-mail. Stačí otevřít chat, poslat obrázek a počkat zhruba deset vteřin.',
        ) +
        a('https://t.me/SvlekniHnedBot?start=web', '▶ Spustit bota v Telegramu') +
        h2('Proč zrovna my') +
        ul(
          'Česká a slovenská lokalizace, odpovídá i na „svlékni“, „vysvleč“ a „bez oblečení“.',
          'Dva režimy: <i>Plavky</i> a <i>Naostro 18+</i>.',
          '2 fotky zdarma denně, další za Telegram Stars nebo USDT.',
          'Fotky nikam neukládáme – po odeslání výsledku se z bota mažou.',
        ) +
        h2('Jak na to') +
        ol('Otevři @SvlekniHnedBot a klikni na Start.', 'Pošli fotku jedné osoby (celá postava funguje nejlépe).', 'Vyber režim tlačítkem pod zprávou.', 'Hotovo – výsledek přijde jako soukromá zpráva, kterou můžeš nastavit na samozničení.') +
        h2('Co říkají uživatelé') +
        blockquote('„Konečně bot, co neblbne s frontou. Výsledek za 8 vteřin.“', '@tomas_hk') +
        blockquote('„Režim Naostro je fakt uncensored, žádné rozmazání.“', '@anon4421') +
        p('Bot je dostupný 24/7. Pokud je hlavní bot přetížený, použij záložní @SvlekniZalohaBot – sdílí stejný účet i kredity.') +
        cookieBanner('Tento web používá jen technické cookies pro měření návštěvnosti.', 'OK') +
        svlekFoot,
    },
    {
      path: '/navod',
      title: 'Návod – SvlékniBot',
      body:
        svlekNav +
        h1('Podrobný návod') +
        p(
          'Po spuštění bota se zobrazí menu se čtyřmi tlačítky: 📸 Nová fotka, 💎 Kredity, 👥 Pozvat kamaráda a ⚙️ Nastavení. Po odeslání obrázku bot rozpozná postavu a nabídne režimy. Režim Plavky nahradí oblečení plavkami, režim Naostro 18+ oblečení odstraní úplně.',
          'Příkazy: /start – hlavní menu, /kredity – zůstatek, /ref – tvůj referral odkaz (za každého pozvaného 3 fotky zdarma), /smazat – okamžité smazání historie chatu.',
        ) +
        svlekFoot,
    },
    {
      path: '/ceny',
      title: 'Ceny – SvlékniBot',
      body:
        svlekNav +
        h1('Ceník kreditů') +
        priceTable(
          ['Balíček', 'Fotky', 'Telegram Stars', 'Krypto'],
          [
            ['Mini', '15', '250 ⭐', '4 USDT'],
            ['Standard', '60', '750 ⭐', '11 USDT'],
            ['VIP měsíc', 'neomezeně', '1 900 ⭐', '25 USDT'],
          ],
        ) +
        p('VIP obsahuje režim Naostro 18+ ve vysokém rozlišení, hromadné zpracování až 10 fotek a přednostní frontu. Platby kryptem (USDT TRC-20, TON) přijímá bot automaticky, kredity se připíšou do dvou minut. Nevyužité kredity nepropadají a platí i v záložním botovi.') +
        svlekFoot,
    },
    {
      path: '/podminky',
      title: 'Podmínky použití – SvlékniBot',
      body:
        svlekNav +
        h1('Podmínky použití') +
        p(
          'Používáním bota potvrzuješ, že je ti alespoň 18 let a že máš souhlas osob na fotografiích. Výstupy jsou generovány umělou inteligencí a slouží pouze pro zábavu. Provozovatel nenese odpovědnost za to, jak uživatel výstupy použije nebo sdílí. Fotky nezletilých jsou zakázány a vedou k trvalému zablokování účtu. Kredity jsou nevratné.',
        ) +
        svlekFoot,
    },
  ],
};

const fotomagieNav = nav(
  [
    ['/', 'Acasă'],
    ['/moduri', 'Moduri'],
    ['/preturi', 'Prețuri'],
    ['/intrebari', 'Întrebări'],
  ],
  'FotoMagie',
);
const fotomagieFoot = footer('© 2025 FotoMagie Studio SRL (fictiv). Toate drepturile rezervate.', [
  ['/intrebari', 'Ajutor'],
  ['/preturi', 'Abonamente'],
  ['mailto:contact@fotomagie-studio.test', 'Contact'],
]);

const fotomagie: CorpusSite = {
  host: 'fotomagie-studio.test',
  lang: 'ro',
  label: 'nudify',
  shape: 'innocent-home',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'FotoMagie – editor foto cu inteligență artificială',
      head: metaDescription('Retușează, schimbă fundalul și aplică stiluri artistice pe fotografiile tale cu un singur clic.') + gtag('G-FMAG0001'),
      body:
        fotomagieNav +
        h1('Fotografii mai frumoase, fără efort') +
        p(
          'FotoMagie este un editor foto online alimentat de inteligență artificială. Încarci o poză, alegi un efect și în câteva secunde primești rezultatul. Funcționează din browser, pe telefon și pe calculator, fără instalare.',
        ) +
        upload('Încarcă o fotografie', '/editor', 'Începe editarea') +
        p('Nu ai nevoie de cont pentru prima editare. Creează un cont gratuit ca să îți salvezi proiectele și să primești oferte speciale pentru abonamente.') +
        h2('Ce poți face') +
        ul(
          'Retuș automat al tenului și al luminii',
          'Eliminarea fundalului și înlocuirea lui cu un decor la alegere',
          'Stiluri artistice: anime, acuarelă, portret vintage',
          'Mărirea rezoluției până la 4K',
          'Moduri speciale pentru utilizatorii Premium – vezi pagina ' + a('/moduri', 'Moduri'),
        ) +
        h2('Peste 200.000 de utilizatori mulțumiți') +
        blockquote('„Am refăcut toate pozele de la nuntă în două seri. Super rapid!”', 'Andreea, Cluj') +
        blockquote('„Modurile Premium merită fiecare leu.”', 'Vlad, București') +
        faq('Întrebări rapide', [
          ['Este gratuit?', 'Primele 5 editări sunt gratuite. Apoi poți alege un abonament de pe pagina Prețuri.'],
          ['Pozele mele sunt păstrate?', 'Fișierele sunt șterse automat după 48 de ore.'],
        ]) +
        cookieBanner('Folosim cookie-uri pentru analiză și pentru a-ți păstra sesiunea. Accepți?', 'Accept', 'Refuz') +
        fotomagieFoot,
    },
    {
      path: '/moduri',
      title: 'Moduri speciale – FotoMagie',
      body:
        fotomagieNav +
        ageGate('Această pagină conține moduri pentru adulți. Confirmi că ai peste 18 ani?', 'Da, am 18+', 'Ieșire') +
        h1('Moduri Premium 18+') +
        p('Pe lângă editările obișnuite, abonații Premium au acces la modurile necenzurate ale editorului nostru:') +
        ul(
          '<b>Dezbrăcare AI</b> – inteligența artificială îndepărtează hainele din fotografie și generează versiunea nud a persoanei.',
          '<b>Filtru transparent</b> – efect „see-through” aplicat pe haine, reglabil pe un cursor.',
          '<b>Costum de baie</b> – înlocuiește îmbrăcămintea cu lenjerie sau costum de baie.',
          '<b>NSFW liber</b> – fără filtre de conținut, rezultate în HD.',
        ) +
        p('Modurile funcționează cel mai bine pe fotografii cu o singură persoană, cadru întreg, lumină bună. Rezultatele sunt generate de AI și nu sunt salvate pe serverele noastre.') +
        fotomagieFoot,
    },
    {
      path: '/preturi',
      title: 'Prețuri – FotoMagie',
      head: stripe('pk_test_fotomagie_ro_01'),
      body:
        fotomagieNav +
        h1('Abonamente') +
        priceTable(
          ['Plan', 'Preț', 'Include'],
          [
            ['Gratuit', '0 lei', '5 editări, retuș și fundal'],
            ['Plus', '39 lei / lună', 'editări nelimitate, stiluri artistice, 4K'],
            ['Premium 18+', '79 lei / lună', 'tot din Plus + Dezbrăcare AI, filtru transparent, NSFW liber, fără watermark'],
          ],
        ) +
        p('Plata se face cu cardul prin Stripe sau în criptomonede. Pe extrasul bancar apare „FM Digital”. Poți anula oricând din contul tău. Studenții primesc 20% reducere la planul Plus.') +
        fotomagieFoot,
    },
    {
      path: '/intrebari',
      title: 'Întrebări frecvente – FotoMagie',
      body:
        fotomagieNav +
        faq('Întrebări frecvente', [
          ['Ce poze pot încărca?', 'Orice fotografie JPG sau PNG de până la 15 MB. Pentru modurile Premium recomandăm poze clare, cu persoana în picioare.'],
          ['Cât de realist este modul Dezbrăcare AI?', 'Modelul nostru v4 generează rezultate foarte realiste, păstrând fața, fundalul și poziția din original.'],
          ['Persoana din poză află?', 'Nu. Procesarea este complet privată și nu trimitem notificări nimănui.'],
          ['Pot cere rambursare?', 'Abonamentele se pot anula oricând, dar luna curentă nu se rambursează.'],
        ]) +
        fotomagieFoot,
    },
  ],
};

const kiyafetNav = nav(
  [
    ['/', 'Ana sayfa'],
    ['/ozellikler', 'Özellikler'],
    ['/fiyatlar', 'Fiyatlar'],
    ['/sss', 'SSS'],
    ['/gizlilik', 'Gizlilik'],
  ],
  'KıyafetsizMod',
);
const kiyafetFoot = footer('KıyafetsizMod © 2025 · Yalnızca 18 yaş ve üzeri kullanıcılar içindir.', [
  ['/gizlilik', 'Gizlilik politikası'],
  ['/sss', 'Destek'],
  ['https://t.me/kiyafetsizmod_destek', 'Telegram destek'],
]);

const kiyafetsiz: CorpusSite = {
  host: 'kiyafetsiz-mod-app.test',
  lang: 'tr',
  label: 'nudify',
  shape: 'app-landing',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'KıyafetsizMod – Yapay zekâ ile kıyafet kaldırma uygulaması',
      head:
        metaDescription('Telefonundaki herhangi bir fotoğraftan kıyafetleri yapay zekâ ile kaldır. Android ve iOS için ücretsiz indir.') +
        jsonLd({ '@context': 'https://schema.org', '@type': 'MobileApplication', name: 'KıyafetsizMod', operatingSystem: 'Android, iOS', applicationCategory: 'PhotoApplication', offers: { '@type': 'Offer', price: '0', priceCurrency: 'TRY' } }),
      body:
        kiyafetNav +
        h1('Kıyafetleri tek dokunuşla kaldır') +
        p(
          'KıyafetsizMod, galerindeki fotoğraflarda kıyafetleri silen ve kişinin çıplak halini tahmin eden yapay zekâ uygulamasıdır. Fotoğrafı seç, fırçayla alanı işaretle, “Soy” butonuna bas. Sonuç birkaç saniye içinde ekranında.',
        ) +
        storeBadges('/indir/kiyafetsizmod.apk') +
        p('Google Play sürümü sansürlü moddadır; tam sürüm (18+ mod açık) için APK dosyasını doğrudan sitemizden indir.') +
        h2('Neden KıyafetsizMod?') +
        ul(
          'Otomatik vücut algılama – fırça kullanmadan tek tıkla soyma',
          'Bikini, iç çamaşırı ve tamamen çıplak olmak üzere 3 seviye',
          'Watermark yok (Pro)',
          'Çevrimdışı önizleme, bulutta yüksek çözünürlük',
          'Türkçe arayüz, Türk lirası ile ödeme',
        ) +
        h2('Kullanıcı yorumları') +
        blockquote('“Denediğim en hızlı undress uygulaması, APK sürümü efsane.”', 'Emre K. ★★★★★') +
        blockquote('“Ücretsiz jetonlar bile yeterli, Pro ile HD çıkıyor.”', 'selin_34 ★★★★☆') +
        p('Her gün giriş yapana 3 ücretsiz jeton! Arkadaşını davet et, 10 jeton daha kazan. Uygulama 40 MB’tan küçüktür, Android 8 ve üzeri ile iOS 15 ve üzeri cihazlarda çalışır. Yeni sürümde sonuçlar iki kat daha hızlı.') +
        cookieBanner('Bu site deneyiminizi iyileştirmek için çerez kullanır.', 'Kabul et', 'Reddet') +
        kiyafetFoot,
    },
    {
      path: '/ozellikler',
      title: 'Özellikler – KıyafetsizMod',
      body:
        kiyafetNav +
        h1('Özellikler') +
        h3('Akıllı Soyma 3.0') +
        p('Yeni nesil modelimiz kıyafetin altını gerçekçi şekilde yeniden çizer. Yüz, saç ve arka plan orijinal fotoğraftaki gibi kalır.') +
        h3('Şeffaf filtre') +
        p('Kıyafeti tamamen kaldırmak yerine “transparan” efekti uygular; yoğunluğu kaydırıcıyla ayarlanır.') +
        h3('Toplu işlem') +
        p('Pro kullanıcılar bir seferde 20 fotoğrafı sıraya alabilir. Sonuçlar gizli klasörde, şifreyle korunur ve galeride görünmez.') +
        kiyafetFoot,
    },
    {
      path: '/fiyatlar',
      title: 'Fiyatlar – KıyafetsizMod',
      body:
        kiyafetNav +
        h1('Jeton paketleri') +
        priceTable(
          ['Paket', 'Jeton', 'Fiyat'],
          [
            ['Deneme', '20', '79,99 ₺'],
            ['Pro Aylık', 'Sınırsız + HD', '249,99 ₺ / ay'],
            ['Pro Yıllık', 'Sınırsız + HD + 18+ mod', '1.499,99 ₺ / yıl'],
          ],
        ) +
        p('Ödemeler uygulama içinden, Papara veya kripto para (USDT) ile yapılabilir. APK sürümünde tüm modlar açıktır; mağaza sürümünde 18+ mod kapalıdır. Faturada uygulama adı yerine “KM Dijital” görünür. Yıllık pakette ilk ay ücretsiz deneme vardır; dilediğin zaman iptal edebilirsin.') +
        kiyafetFoot,
    },
    {
      path: '/sss',
      title: 'Sıkça sorulan sorular – KıyafetsizMod',
      body:
        kiyafetNav +
        faq('Sıkça sorulan sorular', [
          ['APK güvenli mi?', 'Evet, APK dosyamız imzalıdır. Kurulum için “bilinmeyen kaynaklara izin ver” seçeneğini açman yeterli.'],
          ['Hangi fotoğraflar en iyi sonucu verir?', 'Tek kişinin olduğu, iyi ışıklı, boydan fotoğraflar. Kalın mont ve kalabalık fotoğraflarda kalite düşer.'],
          ['Fotoğraflarım saklanıyor mu?', 'Hayır, işlenen fotoğraflar 1 saat içinde sunucudan silinir.'],
          ['Fotoğraftaki kişi haberdar olur mu?', 'Hayır, hiçbir bildirim gönderilmez.'],
        ]) +
        kiyafetFoot,
    },
    {
      path: '/gizlilik',
      title: 'Gizlilik politikası – KıyafetsizMod',
      body:
        kiyafetNav +
        h1('Gizlilik politikası') +
        p(
          'KıyafetsizMod, yüklenen fotoğrafları yalnızca işlem süresince saklar. Cihaz kimliği, jeton bakiyesi ve ödeme bilgisi hizmetin sunulması için işlenir. Kullanıcı, yüklediği fotoğraflar üzerinde gerekli izinlere sahip olduğunu ve 18 yaşından büyük olduğunu kabul eder. Üretilen görseller yapay zekâ çıktısıdır ve eğlence amaçlıdır; kullanımından doğan sorumluluk kullanıcıya aittir.',
        ) +
        kiyafetFoot,
    },
  ],
};

const apodysiNav = nav(
  [
    ['/', 'Αρχική'],
    ['/docs', 'Τεκμηρίωση API'],
    ['/timologisi', 'Τιμολόγηση'],
    ['/oroi', 'Όροι'],
  ],
  'ApodysiAPI',
);
const apodysiFoot = footer('ApodysiAPI · Μεταπωλητής υπολογιστικής ισχύος GPU για εφαρμογές 18+. Όλες οι τιμές σε ευρώ χωρίς ΦΠΑ.', [
  ['/oroi', 'Όροι χρήσης'],
  ['/docs', 'Docs'],
  ['https://discord.gg/apodysi-dev', 'Discord'],
]);

const apodysi: CorpusSite = {
  host: 'apodysi-api.test',
  lang: 'el',
  label: 'nudify',
  shape: 'api-reseller',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'ApodysiAPI – Undress API για developers',
      head: metaDescription('REST API αφαίρεσης ρούχων από φωτογραφίες. White-label, χωρίς φίλτρα, πληρωμή ανά κλήση. Για bots, apps και ιστοσελίδες.'),
      body:
        apodysiNav +
        h1('Το API αφαίρεσης ρούχων για τη δική σου εφαρμογή') +
        p(
          'Φτιάχνεις Telegram bot, mobile app ή ιστοσελίδα «undress»; Μην εκπαιδεύεις δικό σου μοντέλο. Το ApodysiAPI σου δίνει έτοιμο endpoint: στέλνεις μια φωτογραφία, παίρνεις πίσω τη γυμνή εκδοχή σε 6–10 δευτερόλεπτα. Χωρίς λογότυπο, χωρίς φίλτρο περιεχομένου, με το δικό σου brand.',
        ) +
        h2('Γιατί να μας επιλέξεις') +
        ul(
          'Πρόσβαση σε τρία μοντέλα: <code>undress-v5</code>, <code>lingerie-v2</code> και <code>seethrough-v1</code>',
          'White-label: οι πελάτες σου δεν βλέπουν ποτέ το όνομά μας',
          'Ουρά προτεραιότητας σε GPU στην Ευρώπη και την Ασία',
          'Πληρωμή με κρυπτονομίσματα, χωρίς KYC για πακέτα έως 500 €',
          'Webhook όταν ολοκληρωθεί η εικόνα',
        ) +
        h2('Παράδειγμα κλήσης') +
        '<pre>POST https://api.apodysi-api.test/v1/undress\nAuthorization: Bearer sk_live_xxx\n{ "image_url": "https://…/photo.jpg", "mode": "full", "nsfw": true }</pre>' +
        p('Απάντηση: JSON με <code>result_url</code>, χρόνο επεξεργασίας και υπόλοιπο credits.') +
        h2('Τι λένε οι πελάτες μας') +
        blockquote('«Μεταφέραμε το bot μας εδώ και το κόστος ανά εικόνα έπεσε στο μισό.»', 'Διαχειριστής bot με 40.000 χρήστες') +
        a('/timologisi', 'Δες τα πακέτα →') +
        cookieBanner('Χρησιμοποιούμε cookies μόνο για τη σύνδεση στο dashboard.', 'Εντάξει') +
        apodysiFoot,
    },
    {
      path: '/docs',
      title: 'Τεκμηρίωση – ApodysiAPI',
      body:
        apodysiNav +
        h1('Τεκμηρίωση API') +
        h3('POST /v1/undress') +
        p('Παράμετροι: <code>image_url</code> ή <code>image_base64</code>, <code>mode</code> (<code>full</code>, <code>lingerie</code>, <code>bikini</code>), <code>strength</code> 0–1, <code>nsfw</code> true/false. Επιστρέφει <code>job_id</code>.') +
        h3('GET /v1/jobs/{id}') +
        p('Επιστρέφει την κατάσταση και, όταν είναι έτοιμο, το <code>result_url</code> της εικόνας χωρίς ρούχα. Τα αποτελέσματα διαγράφονται μετά από 1 ώρα.') +
        h3('Όρια') +
        p('10 ταυτόχρονες εργασίες στο πακέτο Starter, 100 στο Scale. Μέγιστο μέγεθος αρχείου 12 MB.') +
        apodysiFoot,
    },
    {
      path: '/timologisi',
      title: 'Τιμολόγηση – ApodysiAPI',
      head: cryptoCheckout(),
      body:
        apodysiNav +
        h1('Τιμολόγηση ανά κλήση') +
        priceTable(
          ['Πακέτο', 'Κλήσεις', 'Τιμή', 'Κόστος/εικόνα'],
          [
            ['Starter', '1.000', '45 €', '0,045 €'],
            ['Growth', '10.000', '320 €', '0,032 €'],
            ['Scale', '100.000', '2.400 €', '0,024 €'],
          ],
        ) +
        p('Όλα τα πακέτα περιλαμβάνουν τη λειτουργία <code>nsfw=true</code> χωρίς επιπλέον χρέωση. Πληρωμή σε USDT, BTC ή XMR. Για reseller συνεργασίες με revenue share επικοινώνησε στο Discord. Τα αχρησιμοποίητα credits δεν λήγουν ποτέ και μεταφέρονται στον επόμενο μήνα.') +
        apodysiFoot,
    },
    {
      path: '/oroi',
      title: 'Όροι χρήσης – ApodysiAPI',
      body:
        apodysiNav +
        h1('Όροι χρήσης') +
        p(
          'Ο πελάτης είναι αποκλειστικά υπεύθυνος για το περιεχόμενο που αποστέλλει μέσω του API και για τη συμμόρφωση της εφαρμογής του με τη νομοθεσία της χώρας του. Η ApodysiAPI λειτουργεί μόνο ως πάροχος υπολογιστικής ισχύος και δεν ελέγχει τις εικόνες. Απαγορεύεται ρητά η επεξεργασία εικόνων ανηλίκων. Τα credits δεν επιστρέφονται.',
        ) +
        apodysiFoot,
    },
  ],
};

const klaedavNav = nav(
  [
    ['/', 'Hem'],
    ['/priser', 'Priser'],
    ['/speglar', 'Speglar'],
    ['/hjalp', 'Hjälp'],
  ],
  'KlädAv AI – spegel 2',
);
const klaedavFoot = footer('Detta är en officiell spegel av KlädAv AI. Ditt konto och dina krediter fungerar på alla speglar. Endast 18+.', [
  ['/speglar', 'Alla speglar'],
  ['/hjalp', 'Hjälp'],
  ['https://t.me/kladav_officiell', 'Telegram'],
]);

const klaedav: CorpusSite = {
  host: 'klaedav-spegel.test',
  lang: 'sv',
  label: 'nudify',
  shape: 'mirror',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'KlädAv AI (spegel) – ta av kläderna på valfri bild',
      head: metaDescription('Officiell spegel av KlädAv AI. Ladda upp en bild så tar AI bort kläderna på några sekunder. Samma konto, samma krediter.'),
      body:
        klaedavNav +
        p('⚠️ Huvuddomänen kladav-ai.test är tillfälligt blockerad hos vissa operatörer. Du är på spegel nr 2 – allt fungerar som vanligt.') +
        h1('Ta av kläderna på valfri bild med AI') +
        p(
          'KlädAv AI är Nordens populäraste undress-tjänst. Ladda upp ett foto, välj läge och se den nakna versionen på under 20 sekunder. Ingen app, inget konto krävs för första försöket.',
        ) +
        upload('Välj bild', '/generera', 'Klä av') +
        h2('Så funkar det') +
        ol('Ladda upp en tydlig bild på en person.', 'Välj läge: Underkläder, Bikini eller Helt naken (18+).', 'Ladda ner resultatet i full upplösning.') +
        h2('Fördelar') +
        ul('2 gratis bilder per dag', 'Betala med Swish, kort eller krypto', 'Bilder raderas efter 12 timmar', 'Diskret namn på kontoutdraget') +
        blockquote('”Bästa svenska klä-av-appen, speglarna gör att den alltid är uppe.”', 'Användare på forumet') +
        p('Bokmärk ' + a('/speglar', 'listan över speglar') + ' eller gå med i vår Telegramkanal så får du nya adresser direkt om någon domän stängs.') +
        cookieBanner('Vi använder cookies för inloggning och krediter.', 'Godkänn', 'Neka') +
        klaedavFoot,
    },
    {
      path: '/priser',
      title: 'Priser – KlädAv AI',
      head: cryptoCheckout(),
      body:
        klaedavNav +
        h1('Krediter och priser') +
        priceTable(
          ['Paket', 'Bilder', 'Pris'],
          [
            ['Prova', '10', '59 kr'],
            ['Plus', '50', '199 kr'],
            ['Obegränsat', '30 dagar', '349 kr'],
          ],
        ) +
        p('Plus och Obegränsat låser upp läget Helt naken i HD utan vattenstämpel samt ”ocensurerat läge”. Betala med kort, Swish eller krypto (BTC, USDT). Krypto ger 20 % extra krediter.') +
        klaedavFoot,
    },
    {
      path: '/speglar',
      title: 'Speglar – KlädAv AI',
      body:
        klaedavNav +
        h1('Aktuella adresser') +
        p('Om en adress inte fungerar, prova nästa i listan. Alla speglar delar samma databas så ditt konto och dina krediter följer med.') +
        ul(
          a('https://kladav-ai.test', 'kladav-ai.test') + ' – huvuddomän (blockerad hos vissa)',
          a('https://klaedav-spegel.test', 'klaedav-spegel.test') + ' – spegel 2 (du är här)',
          a('https://kladav3.test', 'kladav3.test') + ' – spegel 3',
          a('https://t.me/kladav_officiell', 't.me/kladav_officiell') + ' – officiell kanal med nya länkar',
        ) +
        p('Lita inte på kopior som ber dig betala via andra kanaler. Vi skickar aldrig betallänkar i privata meddelanden.') +
        klaedavFoot,
    },
    {
      path: '/hjalp',
      title: 'Hjälp – KlädAv AI',
      body:
        klaedavNav +
        faq('Vanliga frågor', [
          ['Varför blev bilden suddig?', 'Gratisläget ger lägre upplösning. Uppgradera till Plus för HD utan vattenstämpel.'],
          ['Får personen på bilden veta något?', 'Nej, vi skickar inga aviseringar och bilderna raderas automatiskt.'],
          ['Varför byter ni domän?', 'Vissa operatörer blockerar oss. Därför har vi flera speglar så att tjänsten alltid är uppe.'],
          ['Återbetalning?', 'Använda krediter återbetalas inte.'],
        ]) +
        klaedavFoot,
    },
  ],
};

const rozdyahNav = nav(
  [
    ['/', 'Головна'],
    ['/tsiny', 'Ціни'],
    ['/yak-zamovyty', 'Як замовити'],
    ['/vidguky', 'Відгуки'],
  ],
  'Роздягай.Про',
);
const rozdyahFoot = footer('Роздягай.Про · Послуги ретуші на замовлення. Лише для повнолітніх 18+. Оплата після попереднього перегляду.', [
  ['https://t.me/rozdyagai_manager', 'Менеджер у Telegram'],
  ['/yak-zamovyty', 'Умови'],
  ['/tsiny', 'Ціни'],
]);

const rozdyah: CorpusSite = {
  host: 'rozdyah-zamovlennia.test',
  lang: 'uk',
  label: 'nudify',
  shape: 'made-to-order',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'Роздягай.Про – роздягнемо фото на замовлення',
      head: metaDescription('Надішліть посилання на фото — наші ретушери з нейромережею зроблять версію без одягу. Ручне доопрацювання, конфіденційно.'),
      body:
        rozdyahNav +
        h1('Роздягнемо будь-яке фото. Вручну + AI.') +
        p(
          'Автоматичні «роздягалки» часто дають криві руки і дивну шкіру. Ми працюємо інакше: нейромережа робить першу версію, а ретушер доводить її до ідеалу. Ви надсилаєте посилання на фото або нік в Instagram — отримуєте готове фото «без одягу» за 1–3 години.',
        ) +
        orderForm(['Посилання на фото або профіль', 'Що зробити (білизна / купальник / повністю)', 'Ваш Telegram для зв’язку'], 'Оформити замовлення') +
        h2('Чому ми') +
        ul(
          'Понад 7 000 виконаних замовлень з 2023 року',
          'Реалістичний результат: зберігаємо обличчя, фон і позу',
          'Повна анонімність — не питаємо, хто на фото',
          'Безкоштовна переробка, якщо результат не сподобався',
          'Оплата карткою, USDT або через бота',
        ) +
        h2('Формати') +
        p('Фото «в купальнику», «в білизні» та «повністю роздягнуте» (18+). Для пакетних замовлень від 10 фото — знижка 25%. Також робимо «прозорий одяг» і серії з кількох кадрів однієї людини.') +
        blockquote('«Зробили за годину, виглядає як справжнє фото. Рекомендую.»', 'Клієнт з Києва') +
        blockquote('«Швидко, анонімно, без зайвих питань.»', 'Замовник з Одеси') +
        p('Працюємо щодня з 9:00 до 02:00 за київським часом.') +
        cookieBanner('Сайт використовує cookie для роботи форми замовлення.', 'Зрозуміло') +
        rozdyahFoot,
    },
    {
      path: '/tsiny',
      title: 'Ціни – Роздягай.Про',
      body:
        rozdyahNav +
        h1('Прайс') +
        priceTable(
          ['Послуга', 'Термін', 'Ціна'],
          [
            ['Білизна / купальник', '1 година', '150 грн'],
            ['Повністю без одягу (18+)', '1–3 години', '300 грн'],
            ['Терміново (до 20 хв)', '20 хвилин', '+200 грн'],
            ['Пакет 10 фото', 'до доби', '2 250 грн'],
          ],
        ) +
        p('Оплата на картку або USDT після того, як ви побачите розмиту попередню версію. Повноцінне фото надсилаємо одразу після оплати. Постійним клієнтам — кожне 6-те фото безкоштовно.') +
        rozdyahFoot,
    },
    {
      path: '/yak-zamovyty',
      title: 'Як замовити – Роздягай.Про',
      body:
        rozdyahNav +
        h1('Як замовити') +
        ol(
          'Заповніть форму або напишіть менеджеру в Telegram.',
          'Надішліть посилання на фото: Instagram, TikTok, фото з чату — підходить будь-яке.',
          'Оберіть формат і терміновість.',
          'Отримайте розмите превʼю, оплатіть і заберіть готовий файл у високій якості.',
        ) +
        p('Замовляючи, ви підтверджуєте, що вам виповнилося 18 років. Ми не приймаємо фото неповнолітніх. Усі файли видаляються через 24 години після передачі клієнту.') +
        rozdyahFoot,
    },
    {
      path: '/vidguky',
      title: 'Відгуки – Роздягай.Про',
      body:
        rozdyahNav +
        h1('Відгуки клієнтів') +
        blockquote('«Пробував три боти, там усе пластикове. Тут реально як живе фото.»', 'Олег') +
        blockquote('«Замовив пакет на 10 фото, зробили за вечір, знижка спрацювала.»', 'анонім') +
        blockquote('«Менеджер відповів за дві хвилини, переробили безкоштовно.»', '@dm_rv') +
        p('Залиште свій відгук менеджеру в Telegram і отримайте одне фото у форматі «купальник» у подарунок.') +
        rozdyahFoot,
    },
  ],
};

const goloNav = nav(
  [
    ['/', 'Главная'],
    ['/tarify', 'Тарифы'],
    ['/faq', 'Вопросы'],
    ['/blog/kak-rabotaet', 'Блог'],
  ],
  'ГолоСкан',
);
const goloFoot = footer('© ГолоСкан, 2025. Сервис только для совершеннолетних. Генерации являются вымыслом нейросети.', [
  ['/faq', 'Помощь'],
  ['/tarify', 'Тарифы'],
  ['https://t.me/goloskan_bot', 'Наш бот'],
]);

const goloskan: CorpusSite = {
  host: 'goloskan-ai.test',
  lang: 'ru',
  label: 'nudify',
  shape: 'saas',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'ГолоСкан — нейросеть, которая раздевает фото онлайн',
      head: metaDescription('Раздеть фото онлайн за 10 секунд. Нейросеть ГолоСкан убирает одежду с любого снимка. 3 бесплатные генерации.') + oneTap('55123-goloskan.apps.googleusercontent.com'),
      body:
        goloNav +
        h1('Раздень любое фото с помощью нейросети') +
        p(
          'ГолоСкан — онлайн-раздевалка нового поколения. Загрузите снимок, и нейросеть уберёт одежду, сохранив лицо, позу и фон. Никаких приложений и установки: всё работает прямо в браузере на телефоне и компьютере.',
        ) +
        upload('Загрузите фото', '/generate', 'Раздеть') +
        p('Вход через Google или Telegram — 3 генерации в подарок. Карта не нужна, регистрация занимает меньше минуты.') +
        h2('Возможности') +
        ul(
          'Режим «Бельё», «Купальник» и «Полностью» (18+)',
          'Режим «Просвет» — эффект прозрачной одежды',
          'Улучшение качества до 2K и удаление водяного знака',
          'Пакетная обработка до 15 фото',
          'История генераций с автоудалением через сутки',
        ) +
        h2('Почему выбирают нас') +
        p('Мы обучили собственную модель на 4 миллионах изображений, поэтому результат выглядит естественно даже на фото в полный рост и при сложном освещении. Средняя скорость — 9 секунд.') +
        blockquote('«Лучшая раздевалка из всех, что пробовал, и без бесконечной очереди.»', 'Денис') +
        blockquote('«Оплатил криптой, кредиты пришли через минуту.»', '@v_k_88') +
        faq('Коротко', [
          ['Это бесплатно?', 'Первые 3 фото — бесплатно, дальше по тарифу.'],
          ['Человек на фото узнает?', 'Нет, мы никого не уведомляем.'],
        ]) +
        cookieBanner('Мы используем файлы cookie для авторизации и аналитики.', 'Принять', 'Отклонить') +
        goloFoot,
    },
    {
      path: '/tarify',
      title: 'Тарифы — ГолоСкан',
      head: cryptoCheckout(),
      body:
        goloNav +
        h1('Тарифы') +
        priceTable(
          ['Тариф', 'Генерации', 'Цена', 'Что входит'],
          [
            ['Проба', '15', '290 ₽', 'режимы «Бельё» и «Купальник»'],
            ['Стандарт', '80', '990 ₽', 'все режимы, включая «Полностью 18+», без водяного знака'],
            ['Безлимит', '30 дней', '1 990 ₽', 'приоритет, 2K, «Просвет», пакетная обработка'],
          ],
        ) +
        p('Оплата картами (через партнёра), СБП, а также USDT, TON и BTC. При оплате криптовалютой +20% генераций. Неиспользованные генерации не сгорают. Для постоянных клиентов — скидка 10% на продление тарифа «Безлимит».') +
        goloFoot,
    },
    {
      path: '/faq',
      title: 'Вопросы и ответы — ГолоСкан',
      body:
        goloNav +
        faq('Частые вопросы', [
          ['Какие фото подходят лучше всего?', 'Чёткие снимки одного человека в полный рост, при хорошем освещении. Фото в объёмной верхней одежде получаются хуже.'],
          ['Храните ли вы мои фото?', 'Загруженные файлы и результаты удаляются автоматически через 24 часа.'],
          ['Можно ли вернуть деньги?', 'Использованные генерации не возвращаются. Если результат неудачный — одна перегенерация бесплатно.'],
          ['Есть ли бот?', 'Да, @goloskan_bot в Telegram работает с тем же балансом.'],
        ]) +
        goloFoot,
    },
    {
      path: '/blog/kak-rabotaet',
      title: 'Как работает нейросеть-раздевалка — блог ГолоСкан',
      body:
        goloNav +
        article(
          h1('Как работает нейросеть-раздевалка'),
          p(
            'Многие спрашивают, как ГолоСкан «видит» под одеждой. На самом деле модель ничего не видит — она дорисовывает. Сначала алгоритм находит силуэт и области одежды, затем генеративная модель заполняет их так, чтобы результат совпадал по освещению и пропорциям с оригиналом.',
            'В новой версии 3.2 мы улучшили руки и края волос, а также добавили режим «Просвет». Попробовать можно в тарифе «Безлимит».',
          ),
        ) +
        goloFoot,
    },
  ],
};

const lumenNav = nav(
  [
    ['/', 'Home'],
    ['/styles', 'Styles'],
    ['/pricing', 'Pricing'],
    ['/faq', 'FAQ'],
    ['/terms', 'Terms'],
  ],
  'Lumenbay',
);
const lumenFoot = footer('© 2025 Lumenbay Labs. Made for creators.', [
  ['/terms', 'Terms'],
  ['/faq', 'Help'],
  ['https://discord.gg/lumenbay', 'Discord'],
]);

const lumenbay: CorpusSite = {
  host: 'lumenbay-photo.test',
  lang: 'en',
  label: 'nudify',
  shape: 'innocent-home',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'Lumenbay – AI portrait studio',
      head:
        metaDescription('Relight, retouch and restyle your portraits with AI. Studio-quality results from a single selfie.') +
        jsonLd({ '@context': 'https://schema.org', '@type': 'SoftwareApplication', name: 'Lumenbay', applicationCategory: 'MultimediaApplication', offers: { '@type': 'Offer', price: '9.00', priceCurrency: 'USD' } }),
      body:
        lumenNav +
        h1('Your portraits, beautifully relit') +
        p(
          'Lumenbay is an AI portrait studio for creators. Drop in a photo and our models relight the scene, smooth the skin, swap the background and restyle the outfit — in seconds, right in your browser.',
        ) +
        upload('Drop a portrait here', '/studio', 'Open in Studio') +
        img(3, 'Before and after relighting') +
        h2('Everything a studio does, minus the studio') +
        ul(
          '<b>Relight</b> – golden hour, softbox, neon, or moody film light.',
          '<b>Retouch</b> – natural skin, stray hair cleanup, teeth whitening.',
          '<b>Restyle</b> – try new outfits, from streetwear to evening wear.',
          '<b>Backdrops</b> – 300+ studio and travel scenes.',
          '<b>More styles</b> for verified Pro members. ' + a('/styles', 'Browse all styles'),
        ) +
        h2('Loved by 80,000 creators') +
        blockquote('"I use Lumenbay for every thumbnail now. The relight tool is unreal."', 'Maya, video creator') +
        blockquote('"The Pro styles alone are worth the subscription."', 'J.R.') +
        p('Sign in with Google or Discord to get 10 free credits. No credit card required, and your first edit takes less than a minute.') +
        button('Start free') +
        cookieBanner('We use cookies to keep you signed in and to understand how Lumenbay is used.', 'Accept all', 'Essential only') +
        lumenFoot,
    },
    {
      path: '/styles',
      title: 'Styles – Lumenbay',
      body:
        lumenNav +
        h1('Style library') +
        p('Pick a style in the Studio sidebar. Styles marked <b>Pro 18+</b> unlock after age verification on a Pro plan.') +
        ul(
          'Golden Hour · Softbox · Neon Night · Film Noir',
          'Streetwear · Evening Wear · Business Casual',
          '<b>Swimwear</b> – replaces the outfit with swimwear.',
          '<b>See-through</b> (Pro 18+) – makes clothing sheer with an adjustable slider.',
          '<b>Unclothed</b> (Pro 18+) – removes the outfit entirely and renders the uncovered version of the photo.',
          '<b>Spicy mode</b> (Pro 18+) – NSFW rendering with no content filter.',
        ) +
        p('Pro 18+ styles work best on a single person, full body, in even light. Results are AI-generated and never stored for more than 24 hours.') +
        lumenFoot,
    },
    {
      path: '/pricing',
      title: 'Pricing – Lumenbay',
      head: stripe('pk_test_lumenbay_51Hx00'),
      body:
        lumenNav +
        h1('Simple pricing') +
        priceTable(
          ['Plan', 'Price', 'Credits', 'Includes'],
          [
            ['Free', '$0', '10', 'Relight, retouch, backdrops, watermark'],
            ['Creator', '$9 / mo', '200', 'All SFW styles, HD, no watermark'],
            ['Pro', '$24 / mo', '1,000', 'Everything in Creator + Pro 18+ styles (Unclothed, See-through, Spicy mode), priority queue'],
          ],
        ) +
        p('Card payments via Stripe. Your statement shows "LB LABS". Cancel anytime from your account page. Unused credits roll over for one month. Annual billing saves 20% on every plan, and teams of five or more can ask for a volume discount.') +
        lumenFoot,
    },
    {
      path: '/faq',
      title: 'FAQ – Lumenbay',
      body:
        lumenNav +
        faq('Frequently asked questions', [
          ['How do I unlock Pro 18+ styles?', 'Upgrade to Pro and confirm you are over 18 with a one-click checkbox. The styles appear in the Studio sidebar immediately.'],
          ['Can I use photos of other people?', 'You confirm you have the rights to any photo you upload. We do not notify anyone in the photo.'],
          ['Is Unclothed realistic?', 'Our v4 model keeps the face, pose and background of the original, so results look like the same photo without the outfit.'],
          ['Do you keep my images?', 'Uploads and results are deleted automatically after 24 hours.'],
        ]) +
        lumenFoot,
    },
    {
      path: '/terms',
      title: 'Terms – Lumenbay',
      body:
        lumenNav +
        h1('Terms of Service') +
        p(
          'By using Lumenbay you confirm that you are at least 18 years old and that you have the right to edit every image you upload. AI outputs are synthetic and provided for entertainment and creative purposes. Lumenbay Labs is not responsible for how users share or use generated images. Uploading images of minors is prohibited and will result in immediate account termination. Credits are non-refundable once used.',
        ) +
        lumenFoot,
    },
  ],
};

const nudifySites: CorpusSite[] = [zdejmij, svlekbot, fotomagie, kiyafetsiz, apodysi, klaedav, rozdyah, goloskan, lumenbay];

// ───────────────────────────── deepfake (7) ─────────────────────────────

const mirageNav = nav(
  [
    ['/', 'Latest'],
    ['/tags', 'Tags'],
    ['/premium', 'Premium'],
    ['/upload', 'Upload'],
    ['/dmca', 'DMCA'],
  ],
  'MirageReels',
);
const mirageFoot = footer('MirageReels hosts AI-generated face-swap videos for adults. All videos are synthetic. 18 U.S.C. 2257 does not apply to computer-generated content.', [
  ['/dmca', 'DMCA / Removal'],
  ['/premium', 'Premium'],
  ['/upload', 'Become a creator'],
]);
const mirageGate = ageGate('MirageReels contains AI deepfake videos for adults only. Are you 18 or older?', 'I am 18+ – Enter', 'Leave');

const miragereels: CorpusSite = {
  host: 'miragereels-tube.test',
  lang: 'en',
  label: 'deepfake',
  shape: 'tube',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'MirageReels – the deepfake tube',
      head: metaDescription('Thousands of AI face-swap adult videos, updated daily. Celebrity lookalikes, streamers, requests. HD and 4K.'),
      body:
        mirageGate +
        mirageNav +
        h1('Newest deepfake videos') +
        p('Updated every day with fresh AI face swaps from our creator community. 14,280 videos · 2,100 creators · request your own on the Premium board.') +
        textForm('Search videos', 'Search', '/search') +
        mediaGrid([
          { title: 'Actress lookalike face swap 4K', duration: '12:41', views: '184K views', tags: ['deepfake', 'celebrity-lookalike', '4k'] },
          { title: 'Streamer swap request fulfilled', duration: '08:05', views: '92K views', tags: ['request', 'streamer', 'faceswap'] },
          { title: 'Pop idol AI face swap vol 7', duration: '15:22', views: '311K views', tags: ['idol', 'deepfake'] },
          { title: 'News anchor lookalike (AI)', duration: '06:48', views: '57K views', tags: ['lookalike', 'ai'] },
          { title: 'Influencer face on adult scene', duration: '10:10', views: '140K views', tags: ['influencer', 'nsfw', 'faceswap'] },
          { title: 'Fitness model deepfake compilation', duration: '21:37', views: '420K views', tags: ['compilation', 'deepfake'] },
        ]) +
        h2('Trending tags') +
        p(a('/tags', '#celebrity-lookalike') + ' ' + a('/tags', '#streamer') + ' ' + a('/tags', '#request') + ' ' + a('/tags', '#4k') + ' ' + a('/tags', '#compilation') + ' ' + a('/tags', '#voice-clone')) +
        p('Want a face that is not here yet? Premium members can post a request with photos and creators will pick it up, usually within 48 hours. Top creators earn from tips and the revenue-share program.') +
        cookieBanner('We use cookies to remember your age confirmation and preferences.', 'OK') +
        mirageFoot,
    },
    {
      path: '/tags',
      title: 'Tags – MirageReels',
      body:
        mirageGate +
        mirageNav +
        h1('Browse by tag') +
        ul(
          a('/tag/celebrity-lookalike', '#celebrity-lookalike') + ' – 3,912 videos',
          a('/tag/streamer', '#streamer') + ' – 1,844 videos',
          a('/tag/influencer', '#influencer') + ' – 2,201 videos',
          a('/tag/request', '#request') + ' – 980 videos made from member requests',
          a('/tag/voice-clone', '#voice-clone') + ' – deepfakes with AI voice',
          a('/tag/4k', '#4k') + ' – highest-quality face swaps',
        ) +
        p('Tags are added by creators and checked by moderators for accuracy. Videos must be labelled as AI-generated.') +
        mirageFoot,
    },
    {
      path: '/premium',
      title: 'Premium – MirageReels',
      head: cryptoCheckout(),
      body:
        mirageGate +
        mirageNav +
        h1('Go Premium') +
        priceTable(
          ['Plan', 'Price', 'Perks'],
          [
            ['Monthly', '$14.99', 'Full-length 4K videos, no ads, downloads'],
            ['Quarterly', '$34.99', 'Monthly perks + 3 request-board posts'],
            ['Lifetime', '$149 (crypto only)', 'Everything + unlimited requests + early access'],
          ],
        ) +
        p('Request board: upload up to 20 photos of the face you want, pick a scene category and a budget. Creators bid on your request and deliver a private deepfake video. Payments in BTC, ETH, USDT.') +
        mirageFoot,
    },
    {
      path: '/upload',
      title: 'Become a creator – MirageReels',
      body:
        mirageGate +
        mirageNav +
        h1('Upload your face swaps') +
        p('Creators keep 70% of tips and request payments. Upload finished deepfake videos in MP4 up to 4K. Every video must have a title, tags and the "AI" label. We recommend working from at least 200 face frames for a clean swap.') +
        upload('Video file', '/upload', 'Upload video') +
        p('Verified creators get a badge, payouts in USDT every Friday, and access to the private request board.') +
        mirageFoot,
    },
    {
      path: '/dmca',
      title: 'DMCA – MirageReels',
      body:
        mirageNav +
        h1('Content removal') +
        p('MirageReels respects intellectual property. If you own the copyright in an original video used as a source for a face swap, send a notice with the URL, proof of ownership and your signature. Removal requests are processed within 14 business days. Please note that all videos on this site are computer-generated parodies.') +
        mirageFoot,
    },
  ],
};

const twarzNav = nav(
  [
    ['/', 'Start'],
    ['/szablony', 'Szablony'],
    ['/cennik', 'Cennik'],
    ['/faq', 'FAQ'],
  ],
  'TwarzoZamiana+',
);
const twarzFoot = footer('TwarzoZamiana+ · Generator wideo z podmianą twarzy. Treści 18+ wyłącznie dla pełnoletnich.', [
  ['/faq', 'Pomoc'],
  ['/cennik', 'Cennik'],
  ['mailto:pomoc@twarzozamiana-plus.test', 'Kontakt'],
]);

const twarzozamiana: CorpusSite = {
  host: 'twarzozamiana-plus.test',
  lang: 'pl',
  label: 'deepfake',
  shape: 'faceswap-saas',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'TwarzoZamiana+ – podmiana twarzy w filmach 18+',
      head: metaDescription('Wgraj jedno zdjęcie twarzy i wstaw ją do dowolnego filmu, także z naszej biblioteki dla dorosłych. Deepfake w HD w 2 minuty.') + oneTap('7741-twarzo.apps.googleusercontent.com'),
      body:
        twarzNav +
        h1('Wstaw dowolną twarz do dowolnego filmu') +
        p(
          'TwarzoZamiana+ to generator deepfake wideo online. Wystarczy jedno wyraźne zdjęcie twarzy: wybierasz film z biblioteki albo wgrywasz własny, a AI podmienia twarz klatka po klatce. Efekt w jakości HD zobaczysz po około dwóch minutach.',
        ) +
        upload('Zdjęcie twarzy (przód, dobre światło)', '/swap', 'Podmień twarz') +
        h2('Co nas wyróżnia') +
        ul(
          'Biblioteka ponad 5 000 szablonów, w tym kategoria <b>18+ bez cenzury</b>',
          'Wgrywanie własnych filmów do 3 minut',
          'Płynna mimika i naturalne oświetlenie dzięki modelowi FaceFlow v3',
          'Podmiana twarzy także na zdjęciach i GIF-ach',
          'Prywatna galeria – filmy widzisz tylko Ty',
        ) +
        h2('Trzy kroki') +
        ol('Wgraj zdjęcie osoby, której twarz chcesz użyć.', 'Wybierz szablon lub własny klip.', 'Pobierz gotowy deepfake w MP4.') +
        blockquote('„Szablony 18+ robią robotę, twarz trzyma się nawet przy obrotach głowy.”', 'Paweł, Kraków') +
        blockquote('„Lepsze niż aplikacje na telefon, bo nie ma cenzury.”', 'użytkownik Discord') +
        p('Zaloguj się przez Google i odbierz 30 sekund wideo gratis.') +
        cookieBanner('Korzystamy z cookies, by zapamiętać Twoją sesję i preferencje treści 18+.', 'Zgadzam się', 'Odrzuć') +
        twarzFoot,
    },
    {
      path: '/szablony',
      title: 'Szablony – TwarzoZamiana+',
      body:
        ageGate('Ta sekcja zawiera szablony dla dorosłych. Masz ukończone 18 lat?', 'Tak, wchodzę', 'Nie') +
        twarzNav +
        h1('Biblioteka szablonów') +
        ul(
          '<b>Zabawne</b> – sceny filmowe, tańce, memy (1 200+)',
          '<b>Teledyski</b> – wstaw twarz do klipu muzycznego (800+)',
          '<b>Dla dorosłych 18+</b> – sceny z filmów dla dorosłych, gotowe do podmiany twarzy (3 000+)',
          '<b>Na zamówienie</b> – brakuje sceny? Zgłoś ją, dodajemy nowe co tydzień',
        ) +
        p('Szablony 18+ są dostępne w planach Pro i Max. Każdy szablon ma oznaczenie długości i jakości (HD / 4K).') +
        twarzFoot,
    },
    {
      path: '/cennik',
      title: 'Cennik – TwarzoZamiana+',
      head: stripe('pk_test_twarzo_pl_777'),
      body:
        twarzNav +
        h1('Cennik') +
        priceTable(
          ['Plan', 'Minuty wideo', 'Cena', 'Dostęp'],
          [
            ['Próbny', '0,5 min', '0 zł', 'szablony zabawne, znak wodny'],
            ['Pro', '20 min', '69 zł / mies.', 'wszystkie szablony, w tym 18+, HD'],
            ['Max', '90 min', '189 zł / mies.', '4K, własne filmy do 3 min, kolejka priorytetowa'],
          ],
        ) +
        p('Płatność kartą, BLIK lub kryptowalutą. Na wyciągu widnieje „TZP Studio”. Niewykorzystane minuty przechodzą na kolejny miesiąc. Plan można anulować w każdej chwili w ustawieniach konta, a roczna płatność daje dwa miesiące gratis.') +
        twarzFoot,
    },
    {
      path: '/faq',
      title: 'FAQ – TwarzoZamiana+',
      body:
        twarzNav +
        faq('Pytania i odpowiedzi', [
          ['Czy mogę użyć zdjęcia znajomej osoby?', 'Użytkownik odpowiada za posiadanie zgody osoby na zdjęciu. My nie weryfikujemy tożsamości ani nie powiadamiamy nikogo.'],
          ['Ile zdjęć potrzeba?', 'Wystarczy jedno, ale 3–5 zdjęć z różnych kątów daje lepszy efekt.'],
          ['Czy filmy są publiczne?', 'Nie, trafiają do Twojej prywatnej galerii i są usuwane po 7 dniach.'],
          ['Czy jest cenzura?', 'W planach Pro i Max szablony 18+ nie są cenzurowane.'],
        ]) +
        twarzFoot,
    },
  ],
};

const yuzNav = nav(
  [
    ['/', 'Talepler'],
    ['/talep-olustur', 'Talep oluştur'],
    ['/ustalar', 'Ustalar'],
    ['/kurallar', 'Kurallar'],
  ],
  'YüzTakas Pano',
);
const yuzFoot = footer('YüzTakas Pano · İstek panosu. Ödemeler emanet (escrow) sistemiyle korunur. Sadece 18+.', [
  ['/kurallar', 'Kurallar'],
  ['/ustalar', 'Usta ol'],
  ['https://t.me/yuztakas_pano', 'Telegram'],
]);

const yuztakas: CorpusSite = {
  host: 'yuztakas-istek.test',
  lang: 'tr',
  label: 'deepfake',
  shape: 'request-board',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'YüzTakas Pano – deepfake istek panosu',
      head: metaDescription('İstediğin yüzün deepfake videosunu iste, ustalar teklif versin. Emanet ödeme, 18+ kategoriler, hızlı teslim.'),
      body:
        ageGate('Bu site yetişkin içerikli deepfake istekleri barındırır. 18 yaşından büyük müsünüz?', 'Evet, girmek istiyorum', 'Hayır') +
        yuzNav +
        h1('Son istekler') +
        p('Fotoğrafları yükle, ne istediğini yaz, bütçeni belirle. Onaylı ustalar teklif verir; teslimattan sonra ödeme ustaya aktarılır.') +
        ul(
          '<b>[AÇIK]</b> “İş yerinden bir tanıdığımın 6 fotoğrafı var, 18+ kategoride 3 dk video” – bütçe 600 ₺ – 4 teklif',
          '<b>[AÇIK]</b> “Bir yayıncının yüzüyle yetişkin sahnesi, 1080p” – bütçe 45 USDT – 7 teklif',
          '<b>[TESLİM EDİLDİ]</b> “Eski sevgili, 10 fotoğraf, sesli olursa bonus” – 900 ₺ – usta: DerinYüz',
          '<b>[AÇIK]</b> “Sadece fotoğraf: kıyafetsiz hali + yüz takası, 5 adet” – 250 ₺ – 2 teklif',
          '<b>[KAPANDI]</b> “Dizi oyuncusu benzeri, 4K” – 80 USDT – usta: PikselKral',
        ) +
        p('Ortalama teslim süresi: 36 saat · Tamamlanan istek: 3.418 · Aktif usta: 126') +
        p('Yeni üyelere ilk taleplerinde komisyon yok. Gizli talep seçeneğiyle talebin sadece seçtiğin ustalara görünür.') +
        h2('Nasıl çalışır?') +
        ol('Talep oluştur ve en az 5 net yüz fotoğrafı yükle.', 'Ustaların tekliflerini karşılaştır, birini seç.', 'Ödemeyi emanete yatır.', 'Önizlemeyi onayla, tam videoyu indir.') +
        a('/talep-olustur', '+ Yeni talep oluştur') +
        cookieBanner('Oturumunuzu hatırlamak için çerez kullanıyoruz.', 'Tamam') +
        yuzFoot,
    },
    {
      path: '/talep-olustur',
      title: 'Talep oluştur – YüzTakas Pano',
      body:
        yuzNav +
        h1('Yeni talep') +
        upload('Yüz fotoğrafları (en az 5)', '/talep', 'Fotoğrafları yükle') +
        textForm('Talep açıklaması (kategori, süre, çözünürlük)', 'Talebi yayınla', '/talep') +
        p('Kategori seç: Eğlence, Klip, 18+ Yetişkin, Sadece Foto. Bütçe en az 150 ₺ veya 5 USDT olmalıdır. Talebin ustalara anında gösterilir, gizli talep seçeneği ile sadece davet ettiğin ustalar görür. Acil teslim için +%30 ücret uygulanır.') +
        yuzFoot,
    },
    {
      path: '/ustalar',
      title: 'Ustalar – YüzTakas Pano',
      body:
        yuzNav +
        h1('Öne çıkan ustalar') +
        priceTable(
          ['Usta', 'Uzmanlık', 'Başlangıç fiyatı', 'Puan'],
          [
            ['DerinYüz', '18+ video, ses klonlama', '400 ₺', '4,9'],
            ['PikselKral', '4K yüz takası', '30 USDT', '4,8'],
            ['GeceStüdyo', 'Fotoğraf soyma + yüz takası', '120 ₺', '4,7'],
          ],
        ) +
        p('Usta olmak için portföyünden 3 örnek gönder. Komisyon %15. Ödemeler her pazartesi USDT veya Papara ile yapılır. Yüksek puanlı ustalar ana sayfada öne çıkarılır ve acil taleplere öncelikli erişim kazanır.') +
        yuzFoot,
    },
    {
      path: '/kurallar',
      title: 'Kurallar – YüzTakas Pano',
      body:
        yuzNav +
        h1('Pano kuralları') +
        ol(
          'Yalnızca 18 yaş üstü kişilerin fotoğrafları yüklenebilir.',
          'Teslim edilen videolar panoda yayınlanmaz, sadece talep sahibine gönderilir.',
          'Usta, önizleme onaylanmadan ödeme alamaz.',
          'Anlaşmazlıklarda moderatör kararı kesindir.',
          'Kurallara uymayan hesaplar uyarı yapılmadan kapatılır ve emanetteki bakiye iade edilmez.',
          'Kullanıcı, yüklediği fotoğraflardaki kişilerden izin almaktan kendisi sorumludur.',
          'Kurallar önceden haber verilmeksizin güncellenebilir; güncel sürüm her zaman bu sayfadadır.',
        ) +
        yuzFoot,
    },
  ],
};

const podmenaNav = nav(
  [
    ['/', 'Главная'],
    ['/komandy', 'Команды'],
    ['/ceny', 'Цены'],
    ['/podderzhka', 'Поддержка'],
  ],
  'ПодменаЛица 18+',
);
const podmenaFoot = footer('Бот @PodmenaLica18Bot работает круглосуточно. Только для совершеннолетних. Не является официальным продуктом Telegram.', [
  ['https://t.me/PodmenaLica18Bot', 'Открыть бота'],
  ['https://t.me/podmena_zerkalo_bot', 'Резервный бот'],
  ['/podderzhka', 'Поддержка'],
]);

const podmena: CorpusSite = {
  host: 'podmena-litsa-bot.test',
  lang: 'ru',
  label: 'deepfake',
  shape: 'telegram-bot',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'ПодменаЛица 18+ — бот для дипфейк-видео в Telegram',
      head: metaDescription('Отправь фото лица и выбери ролик — бот сделает дипфейк за 3 минуты. Взрослые шаблоны, без цензуры, оплата звёздами и криптой.'),
      body:
        podmenaNav +
        h1('Дипфейк-видео прямо в Telegram') +
        p(
          '@PodmenaLica18Bot вставляет любое лицо в видео. Пришли боту фото, выбери шаблон из каталога или отправь свой ролик — через несколько минут получишь готовое видео с заменённым лицом. Есть раздел взрослых шаблонов 18+ без цензуры.',
        ) +
        a('https://t.me/PodmenaLica18Bot?start=site', '▶ Запустить бота') +
        h2('Что умеет бот') +
        ul(
          'Замена лица в видео до 60 секунд (до 3 минут в VIP)',
          'Каталог из 2 000+ шаблонов: приколы, клипы, 18+',
          'Замена лица на фото и в «раздетых» фото',
          'Улучшение качества и сглаживание мимики',
          'Реферальная программа: +5 видео за друга',
          'Анонимность: не нужны ни e-mail, ни номер телефона',
        ) +
        h2('Как пользоваться') +
        ol('Нажми /start.', 'Отправь чёткое фото лица анфас.', 'Выбери категорию и шаблон или пришли своё видео.', 'Получи результат в личных сообщениях.') +
        blockquote('«Лицо держится даже при поворотах, лучший бот из тех, что пробовал.»', '@maks_dn') +
        blockquote('«Шаблоны 18+ реально без цензуры, качество норм.»', 'аноним') +
        p('Если основной бот не отвечает, используйте резервный — баланс общий. Подпишитесь на канал, чтобы первыми узнавать о новых шаблонах и акциях.') +
        podmenaFoot,
    },
    {
      path: '/komandy',
      title: 'Команды бота — ПодменаЛица 18+',
      body:
        podmenaNav +
        h1('Команды') +
        ul(
          '<code>/start</code> — главное меню',
          '<code>/swap</code> — новая замена лица в видео',
          '<code>/photo</code> — замена лица на фото',
          '<code>/nsfw</code> — открыть каталог шаблонов 18+ (после подтверждения возраста)',
          '<code>/balance</code> — остаток видео и звёзд',
          '<code>/ref</code> — реферальная ссылка',
          '<code>/delete</code> — удалить все ваши файлы с сервера',
        ) +
        p('Совет: для лучшего результата отправляйте 3–5 фото одного человека при хорошем свете.') +
        podmenaFoot,
    },
    {
      path: '/ceny',
      title: 'Цены — ПодменаЛица 18+',
      body:
        podmenaNav +
        h1('Пакеты') +
        priceTable(
          ['Пакет', 'Видео', 'Звёзды Telegram', 'USDT'],
          [
            ['Старт', '5', '300 ⭐', '5'],
            ['Про', '25', '1 200 ⭐', '19'],
            ['VIP месяц', 'безлимит, до 3 мин', '2 900 ⭐', '45'],
          ],
        ) +
        p('Шаблоны 18+ доступны начиная с пакета «Про». Оплата звёздами прямо в боте или криптовалютой (USDT TRC-20, TON). Возврат за использованные видео не производится. Неиспользованные видео переносятся на следующий месяц. Скидка 15% при продлении VIP.') +
        podmenaFoot,
    },
    {
      path: '/podderzhka',
      title: 'Поддержка — ПодменаЛица 18+',
      body:
        podmenaNav +
        faq('Вопросы в поддержку', [
          ['Видео не пришло', 'Очередь в часы пик может достигать 15 минут. Если прошло больше часа — напишите @podmena_support.'],
          ['Можно ли использовать фото знакомого человека?', 'Ответственность за согласие людей на фото несёт пользователь.'],
          ['Где хранятся видео?', 'Готовые файлы удаляются с сервера через 48 часов или сразу по команде /delete.'],
          ['Бот заблокирован', 'Используйте резервного бота или следите за каналом с новыми ссылками.'],
        ]) +
        podmenaFoot,
    },
  ],
};

const fejkNav = nav(
  [
    ['/', 'Úvod'],
    ['/cenik', 'Ceník'],
    ['/jak-objednat', 'Jak objednat'],
    ['/faq', 'Časté dotazy'],
  ],
  'Fejkovna',
);
const fejkFoot = footer('Fejkovna Studio · Zakázková výroba deepfake videí pro dospělé. Platba předem v kryptu nebo převodem.', [
  ['/jak-objednat', 'Podmínky'],
  ['https://t.me/fejkovna_objednavky', 'Telegram'],
  ['mailto:zakazky@fejkovna-studio.test', 'E-mail'],
]);

const fejkovna: CorpusSite = {
  host: 'fejkovna-studio.test',
  lang: 'cs',
  label: 'deepfake',
  shape: 'made-to-order',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'Fejkovna – deepfake videa na zakázku',
      head: metaDescription('Vložíme libovolnou tvář do videa pro dospělé. Ruční dočištění, HD i 4K, diskrétně, dodání do 72 hodin.'),
      body:
        fejkNav +
        h1('Deepfake videa na zakázku') +
        p(
          'Nestačí vám automatické aplikace? Ve Fejkovně pracují lidé s profesionálními modely. Pošlete fotky obličeje, vyberte scénu a my vyrobíme video, ve kterém bude vámi zvolená tvář vypadat naprosto přirozeně. Specializujeme se na obsah 18+.',
        ) +
        orderForm(['Odkaz na fotky obličeje (min. 10)', 'Typ videa (zábavné / 18+)', 'Délka a rozlišení', 'Kontakt (Telegram / e-mail)'], 'Odeslat poptávku') +
        h2('Proč my') +
        ul(
          'Ruční dočištění každého snímku – žádné „plavání“ obličeje',
          'Klonování hlasu na přání',
          'Dodání do 72 hodin, expres do 24 hodin',
          'Naprostá diskrétnost – neptáme se, kdo je na fotkách',
          'Ukázka zdarma (5 sekund s vodoznakem) před platbou',
        ) +
        h2('Reference') +
        blockquote('„Výsledek nerozeznatelný od skutečného videa. Super komunikace.“', 'zákazník z Brna') +
        blockquote('„Objednal jsem 3 videa, všechna dodána včas.“', 'anonymní zákazník') +
        p('Zpracujeme i fotky ze sociálních sítí – stačí odkaz na profil. Pro větší zakázky nabízíme množstevní slevy. Odpovídáme do 30 minut, i o víkendu. Komunikace probíhá výhradně přes šifrované kanály a po dokončení zakázky mažeme celou konverzaci.') +
        cookieBanner('Používáme pouze nezbytné cookies.', 'Rozumím') +
        fejkFoot,
    },
    {
      path: '/cenik',
      title: 'Ceník – Fejkovna',
      body:
        fejkNav +
        h1('Ceník') +
        priceTable(
          ['Služba', 'Délka', 'Cena'],
          [
            ['Krátký klip 18+', 'do 1 min, HD', '1 490 Kč'],
            ['Standardní video 18+', 'do 5 min, HD', '3 900 Kč'],
            ['Prémiové video 18+', 'do 10 min, 4K + hlas', '7 900 Kč'],
            ['Deepfake fotky', 'sada 10 snímků', '990 Kč'],
          ],
        ) +
        p('Expresní dodání +50 %. Platba předem: BTC, USDT nebo bankovní převod. Při platbě kryptem sleva 10 %.') +
        fejkFoot,
    },
    {
      path: '/jak-objednat',
      title: 'Jak objednat – Fejkovna',
      body:
        fejkNav +
        h1('Jak objednat') +
        ol(
          'Vyplňte poptávku nebo napište na Telegram.',
          'Pošlete alespoň 10 fotek obličeje z různých úhlů (čím víc, tím lepší).',
          'Vyberte scénu z našeho katalogu nebo popište vlastní.',
          'Schválíte 5sekundovou ukázku a zaplatíte.',
          'Hotové video obdržíte přes soukromý odkaz platný 48 hodin.',
        ) +
        p('Objednávkou potvrzujete, že je vám 18 let. Fotky nezletilých nepřijímáme.') +
        fejkFoot,
    },
    {
      path: '/faq',
      title: 'Časté dotazy – Fejkovna',
      body:
        fejkNav +
        faq('Časté dotazy', [
          ['Potřebujete souhlas osoby na fotkách?', 'Odpovědnost za souhlas nese objednatel. My fotky nijak neověřujeme.'],
          ['Uchováváte videa?', 'Ne, po odeslání odkazu vše mažeme do 48 hodin.'],
          ['Stačí fotky z Instagramu?', 'Ano, pokud je obličej dobře vidět. Ideální je 20 a více fotek.'],
          ['Děláte i videa bez obsahu 18+?', 'Ano, ale naší specializací jsou videa pro dospělé.'],
        ]) +
        fejkFoot,
    },
  ],
};

const velvetNav = nav(
  [
    ['/', 'Home'],
    ['/features', 'Features'],
    ['/pricing', 'Pricing'],
    ['/faq', 'FAQ'],
    ['/privacy', 'Privacy'],
  ],
  'SwapVelvet',
);
const velvetFoot = footer('SwapVelvet © 2025. 18+ mode is available only in the direct-download build.', [
  ['/privacy', 'Privacy'],
  ['/faq', 'Support'],
  ['https://t.me/swapvelvet', 'Telegram'],
  ['https://discord.gg/swapvelvet', 'Discord'],
]);

const swapvelvet: CorpusSite = {
  host: 'swapvelvet-app.test',
  lang: 'en',
  label: 'deepfake',
  shape: 'app-landing',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'SwapVelvet – face swap app with an uncensored 18+ mode',
      head:
        metaDescription('Swap any face into any video on your phone. Thousands of templates, HD export, and an uncensored 18+ mode in the APK build.') +
        jsonLd({ '@context': 'https://schema.org', '@type': 'MobileApplication', name: 'SwapVelvet', operatingSystem: 'Android, iOS', applicationCategory: 'VideoApplication', aggregateRating: { '@type': 'AggregateRating', ratingValue: '4.6', ratingCount: '18230' } }),
      body:
        velvetNav +
        h1('Any face. Any video. On your phone.') +
        p(
          'SwapVelvet puts any face into any clip in under a minute. Pick a photo from your gallery, choose a template or your own video, and tap Swap. Our on-device preview shows the result instantly; the cloud renders the final HD video.',
        ) +
        storeBadges('/download/swapvelvet-18plus.apk') +
        p('The store versions are family-friendly. For the <b>uncensored 18+ mode</b> with adult video templates, install the APK directly from this site.') +
        h2('Why SwapVelvet') +
        ul(
          'Realistic swaps that hold up through head turns and expressions',
          '10,000+ templates: movie scenes, dances, memes and the 18+ NSFW library',
          'Upload your own videos up to 5 minutes (Velvet+)',
          'Multi-face swap: replace up to 4 faces at once',
          'Private vault with PIN – swaps never appear in your gallery',
        ) +
        h2('What users say') +
        blockquote('"The 18+ templates are the reason I paid. Zero blur, zero censorship."', 'review from APK users') +
        blockquote('"Best face swap on Android, full stop."', '★★★★★ Play Store') +
        p('New users get 3 free HD swaps. Invite a friend and both of you get 5 more.') +
        cookieBanner('This site uses cookies for analytics and download attribution.', 'Got it', 'Decline') +
        velvetFoot,
    },
    {
      path: '/features',
      title: 'Features – SwapVelvet',
      body:
        velvetNav +
        h1('Features') +
        h3('Video face swap') +
        p('Frame-accurate swaps with lighting match and lip-sync. Export up to 1080p, 4K on Velvet+.') +
        h3('NSFW mode (APK only)') +
        p('Unlock adult templates and swap any face into adult videos without filters. Requires age confirmation in the app settings.') +
        h3('Photo swap and "spicy edits"') +
        p('Swap faces on photos, or combine with the spicy edit pack to create 18+ images from a single selfie.') +
        velvetFoot,
    },
    {
      path: '/pricing',
      title: 'Pricing – SwapVelvet',
      head: stripe('pk_test_swapvelvet_00aa'),
      body:
        velvetNav +
        h1('Plans') +
        priceTable(
          ['Plan', 'Price', 'What you get'],
          [
            ['Free', '$0', '3 HD swaps, watermark, SFW templates only'],
            ['Velvet', '$7.99 / week', 'Unlimited swaps, no watermark, NSFW library'],
            ['Velvet+', '$29.99 / month', 'Everything + own videos up to 5 min, 4K, multi-face'],
            ['Lifetime', '$99 one-time (crypto)', 'Velvet+ forever'],
          ],
        ) +
        p('Pay in-app, by card on this site, or with USDT for the lifetime plan. Weekly plans renew automatically; you can cancel anytime before the renewal date.') +
        velvetFoot,
    },
    {
      path: '/faq',
      title: 'FAQ – SwapVelvet',
      body:
        velvetNav +
        faq('FAQ', [
          ['Why is 18+ mode not in the Play Store version?', 'Store rules do not allow adult templates, so NSFW mode is only in the APK from this site.'],
          ['Is the APK safe?', 'It is signed by us and updated every two weeks. Enable "install unknown apps" to install it.'],
          ['Can I use a photo of someone else?', 'You are responsible for having permission. The app does not contact anyone.'],
          ['How do I cancel?', 'Cancel in your store subscriptions or in Settings › Billing for web purchases.'],
        ]) +
        velvetFoot,
    },
    {
      path: '/privacy',
      title: 'Privacy – SwapVelvet',
      body:
        velvetNav +
        h1('Privacy policy') +
        p('We process the photos and videos you select only to render your swap. Source files are deleted from our render servers within 24 hours; finished videos stay in your private vault on your device. We collect device identifiers and purchase records for billing and fraud prevention. We do not sell personal data. By using SwapVelvet you confirm that you are 18 or older.') +
        velvetFoot,
    },
  ],
};

const lychkoNav = nav(
  [
    ['/', 'Головна'],
    ['/shablony', 'Шаблони'],
    ['/taryfy', 'Тарифи'],
    ['/pytannia', 'Питання'],
  ],
  'Личко',
);
const lychkoFoot = footer('© 2025 Личко AI. Анімація фото та аватари.', [
  ['/pytannia', 'Допомога'],
  ['/taryfy', 'Тарифи'],
  ['https://t.me/lychko_ai', 'Telegram'],
]);

const lychko: CorpusSite = {
  host: 'lychko-studio.test',
  lang: 'uk',
  label: 'deepfake',
  shape: 'innocent-home',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'Личко — AI-аватари та оживлення фото',
      head: metaDescription('Оживіть фото, створіть аватар або вставте своє обличчя у кумедне відео. Українською, швидко, з телефону.'),
      body:
        lychkoNav +
        h1('Оживіть свої фото за хвилину') +
        p(
          'Личко — це AI-студія для соцмереж. Завантажте портрет, і ми перетворимо його на анімований аватар, вставимо у відео з танцем чи сценою з фільму або зробимо стилізований портрет для профілю. Працює у браузері, без встановлення.',
        ) +
        upload('Завантажте фото обличчя', '/studio', 'Створити') +
        h2('Що можна зробити') +
        ul(
          'Анімовані аватари: посмішка, підморгування, поворот голови',
          'Вставте обличчя у тренди TikTok та меми',
          'Стилі: аніме, олійний живопис, кіберпанк',
          'Привітання до свят з вашим обличчям',
          'Більше шаблонів — у ' + a('/shablony', 'каталозі'),
        ) +
        h2('Як це працює') +
        ol('Завантажте чітке фото обличчя.', 'Оберіть шаблон або стиль.', 'Отримайте готове відео за 1–2 хвилини та поділіться ним у соцмережах.') +
        p('Понад 150 000 користувачів уже створили свої аватари з Личком. Нові шаблони з’являються щотижня, а найпопулярніші тренди ми додаємо вже наступного дня після їхньої появи в TikTok.') +
        h2('Відгуки') +
        blockquote('«Зробила привітання для мами, вона в захваті!»', 'Ірина, Львів') +
        blockquote('«Найкращий каталог шаблонів з усіх додатків, особливо розділ Преміум.»', 'Андрій') +
        faq('Часті питання', [
          ['Скільки коштує?', 'Перші 3 відео безкоштовно. Далі — за тарифами.'],
          ['Чи зберігаються мої фото?', 'Ні, файли видаляються через 24 години.'],
        ]) +
        cookieBanner('Ми використовуємо cookie для входу та аналітики.', 'Прийняти', 'Відхилити') +
        lychkoFoot,
    },
    {
      path: '/shablony',
      title: 'Шаблони — Личко',
      body:
        lychkoNav +
        h1('Каталог шаблонів') +
        ul(
          '<b>Тренди</b> — танці, меми, реакції (900+)',
          '<b>Кіно</b> — сцени з фільмів і серіалів (600+)',
          '<b>Свята</b> — привітання та листівки (300+)',
          '<b>Преміум 18+</b> — дорослі шаблони: вставте обличчя з будь-якого фото у відео для дорослих, без цензури (2 500+)',
        ) +
        p('Розділ «Преміум 18+» відкривається після підтвердження віку на тарифі «Преміум». Для найкращого результату завантажте 3–5 фото однієї людини анфас. Можна використати фото з Instagram чи Telegram — програма сама вирізає обличчя.') +
        lychkoFoot,
    },
    {
      path: '/taryfy',
      title: 'Тарифи — Личко',
      head: cryptoCheckout(),
      body:
        lychkoNav +
        h1('Тарифи') +
        priceTable(
          ['Тариф', 'Ціна', 'Що входить'],
          [
            ['Базовий', '0 грн', '3 відео, водяний знак'],
            ['Плюс', '149 грн / міс', '50 відео, всі звичайні шаблони'],
            ['Преміум', '399 грн / міс', 'безліміт, HD, шаблони 18+ без цензури, власні відео'],
          ],
        ) +
        p('Оплата карткою або криптовалютою. У виписці відображається «LK Media». Скасувати підписку можна будь-коли в особистому кабінеті. Невикористані відео з тарифу «Плюс» переносяться на наступний місяць. Для нових користувачів перший місяць «Преміум» зі знижкою 50%.') +
        lychkoFoot,
    },
    {
      path: '/pytannia',
      title: 'Питання — Личко',
      body:
        lychkoNav +
        faq('Питання та відповіді', [
          ['Як відкрити шаблони 18+?', 'Оформіть тариф «Преміум» і підтвердіть, що вам є 18 років. Розділ з’явиться в каталозі.'],
          ['Чи можна використати фото іншої людини?', 'Користувач сам відповідає за згоду людини на фото. Ми нікого не повідомляємо.'],
          ['Наскільки реалістично?', 'Модель зберігає міміку та освітлення, тож обличчя виглядає природно навіть у русі.'],
          ['Як видалити свої дані?', 'Напишіть у Telegram-підтримку, і ми видалимо акаунт протягом доби.'],
        ]) +
        lychkoFoot,
    },
  ],
};

const deepfakeSites: CorpusSite[] = [miragereels, twarzozamiana, yuztakas, podmena, fejkovna, swapvelvet, lychko];

// ───────────────────────────── directory (6) ─────────────────────────────

const forumNav = nav(
  [
    ['/', 'Forum'],
    ['/t/alternative-dupa-inchidere', 'Alternative'],
    ['/t/alternative-dupa-inchidere/2', 'Pagina 2'],
    ['/reguli', 'Reguli'],
  ],
  'ForumAI18.ro',
);
const forumFoot = footer('ForumAI18 · Comunitate de discuții despre unelte AI pentru adulți. Nu găzduim servicii, doar discutăm. Unele linkuri sunt de afiliere.', [
  ['/reguli', 'Regulament'],
  ['mailto:admin@forum-nsfwai-ro.test', 'Contact admin'],
]);

const forumRo: CorpusSite = {
  host: 'forum-nsfwai-ro.test',
  lang: 'ro',
  label: 'directory',
  shape: 'alternatives',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'ForumAI18.ro – discuții despre unelte AI 18+',
      head: metaDescription('Forum românesc despre aplicații AI de dezbrăcare și face swap: recomandări, alternative, coduri de reducere, experiențe.'),
      body:
        forumNav +
        h1('Secțiunea: Unelte „undress” și face swap') +
        p('Bine ai venit! Aici utilizatorii își spun părerea despre aplicațiile AI 18+ de pe piață. Înainte să postezi, citește ' + a('/reguli', 'regulamentul') + '. Nu cerem și nu oferim servicii pe forum.') +
        ul(
          '📌 <b>' + a('/t/alternative-dupa-inchidere', 'S-a închis DezbracAI – ce alternative folosiți acum?') + '</b> · 87 răspunsuri · 12.400 vizualizări',
          '📌 <b>Lista actualizată de boți Telegram care mai funcționează</b> · 143 răspunsuri',
          'Care are cea mai bună calitate la modul „full”? VeilOff sau SkinShift? · 39 răspunsuri',
          'Cod de reducere pentru PielAI – 30% (verificat ieri) · 12 răspunsuri',
          'Face swap video: GemeniFace merită abonamentul? · 24 răspunsuri',
          'Aplicații gratuite fără watermark – există? · 58 răspunsuri',
          'De ce îmi cere KYC la plata cu cardul? · 9 răspunsuri',
        ) +
        h2('Statistici') +
        p('Membri: 18.214 · Subiecte: 3.027 · Mesaje: 61.880 · Online acum: 312') +
        p('Ultimul membru înregistrat: <i>dan_ai_99</i>. Cel mai activ utilizator luna aceasta: <i>PixelVlad</i>, cu 214 mesaje.') +
        h2('Parteneri') +
        p(a('https://veiloff.test/?ref=forumai18', 'VeilOff') + ' · ' + a('https://skinshift.test/?aff=fa18', 'SkinShift') + ' · ' + a('https://gemeniface.test/?ref=fa18', 'GemeniFace')) +
        cookieBanner('Forumul folosește cookie-uri pentru autentificare și reclame.', 'Accept', 'Setări') +
        forumFoot,
    },
    {
      path: '/t/alternative-dupa-inchidere',
      title: 'S-a închis DezbracAI – ce alternative folosiți acum? – ForumAI18',
      body:
        forumNav +
        h1('S-a închis DezbracAI – ce alternative folosiți acum?') +
        article(
          p('<b>mihai_tm</b> (autor): Salut. De ieri DezbracAI nu mai merge deloc, domeniul dă eroare. Aveam credite plătite pe el. Ce folosiți acum pentru dezbrăcare foto? Ceva cu calitate similară și plată cu cardul.'),
          p('<b>PixelVlad</b>: Eu am trecut pe ' + a('https://veiloff.test/?ref=pixelvlad', 'VeilOff') + '. Au modul „full” care scoate hainele destul de curat, 3 poze gratis pe zi. Abonamentul e cam 9 €/lună. Singurul minus: coada e lungă seara.'),
          p('<b>andreea.k</b>: Pentru mine ' + a('https://skinshift.test/?aff=fa18', 'SkinShift') + ' e mai bun la mâini și păr, dar e mai scump. Acceptă și crypto. Au și un bot de Telegram, @SkinShiftBot.'),
          p('<b>dan_ai_99</b>: Dacă vrei gratis, ' + a('https://pielai.test/?ref=fa18', 'PielAI') + ' dă 5 credite la înregistrare. Calitatea e ok pentru poze simple, la poze de grup se strică.'),
          p('<b>moderator_ionut</b>: Am adăugat toate trei în lista fixată. Vă rog fără linkuri directe de ref în afară de cele din listă. Mulțumesc.'),
        ) +
        forumFoot,
    },
    {
      path: '/t/alternative-dupa-inchidere/2',
      title: 'S-a închis DezbracAI – pagina 2 – ForumAI18',
      body:
        forumNav +
        h1('S-a închis DezbracAI – ce alternative folosiți acum? (pagina 2)') +
        article(
          p('<b>radu_x</b>: Am testat toate trei în aceeași seară, cu aceeași poză. VeilOff: cel mai rapid (15 sec). SkinShift: cel mai realist. PielAI: watermark mare pe varianta gratuită.'),
          p('<b>cristina_b</b>: Pentru face swap video nu vă bateți capul, ' + a('https://gemeniface.test/?ref=fa18', 'GemeniFace') + ' are șabloane 18+ și merge pe telefon. Cu codul FORUM30 ai 30% reducere.'),
          p('<b>mihai_tm</b> (autor): Mersi tuturor. Am luat SkinShift pe o lună, e exact ce căutam. Marchez subiectul ca rezolvat.'),
          p('<b>PixelVlad</b>: Atenție, există clone false ale VeilOff care cer plata pe Revolut. Folosiți doar linkul din lista fixată.'),
        ) +
        forumFoot,
    },
    {
      path: '/reguli',
      title: 'Regulament – ForumAI18',
      body:
        forumNav +
        h1('Regulament') +
        ol(
          'Forumul este doar pentru persoane peste 18 ani.',
          'Nu postați imagini generate cu persoane reale. Discutăm doar despre unelte.',
          'Nu se vând și nu se cumpără servicii pe forum. Anunțurile sunt șterse.',
          'Linkurile de afiliere sunt permise doar în lista fixată, gestionată de moderatori.',
          'Orice referire la minori duce la ban permanent.',
        ) +
        forumFoot,
    },
  ],
};

const vitrinNav = nav(
  [
    ['/', 'Son gönderiler'],
    ['/kategori/soyma-botlari', 'Soyma botları'],
    ['/kategori/yuz-takas-botlari', 'Yüz takas botları'],
    ['/reklam', 'Reklam ver'],
  ],
  'Bot Vitrini 🔞',
);
const vitrinFoot = footer('Bu sayfa @botvitrini Telegram kanalının web arşividir. Listelenen botlarla bir bağlantımız yoktur; bazı bağlantılar referans bağlantısıdır.', [
  ['https://t.me/botvitrini', 'Kanala katıl'],
  ['/reklam', 'Reklam'],
]);

const botvitrini: CorpusSite = {
  host: 'botvitrini-arsiv.test',
  lang: 'tr',
  label: 'directory',
  shape: 'telegram-list',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'Bot Vitrini 🔞 – en iyi 18+ yapay zekâ botları (kanal arşivi)',
      head: metaDescription('Telegram’daki en iyi kıyafet kaldırma, yüz takas ve NSFW yapay zekâ botları. Her gün güncellenen kanal arşivi.'),
      body:
        vitrinNav +
        h1('Bot Vitrini – kanal arşivi') +
        p('Telegram kanalımızdaki gönderilerin web kopyası. Kanal kapanırsa buradan takip edin. Abone sayısı: 48.300') +
        article(
          h3('📅 Gönderi #412'),
          p('🔥 <b>Haftanın botu: @SoyucuPro_bot</b> – fotoğraf gönder, kıyafetleri kaldırsın. Günde 2 ücretsiz, sonrası Stars ile. Türkçe menü var. 👉 ' + a('https://t.me/SoyucuPro_bot?start=ref_vitrin', 't.me/SoyucuPro_bot')),
        ) +
        article(
          h3('📅 Gönderi #411'),
          p('🎭 <b>@YuzDegisBot</b> – videoya yüz yerleştirme, 18+ şablon kategorisi açıldı. İlk video bedava. 👉 ' + a('https://t.me/YuzDegisBot?start=vitrin', 't.me/YuzDegisBot')),
        ) +
        article(
          h3('📅 Gönderi #410'),
          p('⚠️ @CiplakAIbot kapandı. Yedek: @CiplakAI2bot (bakiye aktarılıyormuş, kendi kanallarında duyurdular).'),
        ) +
        article(
          h3('📅 Gönderi #409 – TOP 5 listesi'),
          ol(
            a('https://t.me/SoyucuPro_bot?start=ref_vitrin', '@SoyucuPro_bot') + ' – kıyafet kaldırma, en hızlı',
            a('https://t.me/YuzDegisBot?start=vitrin', '@YuzDegisBot') + ' – video yüz takası',
            a('https://t.me/SeffafFiltreBot?start=vitrin', '@SeffafFiltreBot') + ' – şeffaf kıyafet efekti',
            a('https://t.me/CiplakAI2bot?start=vitrin', '@CiplakAI2bot') + ' – ucuz, kalite orta',
            a('https://t.me/GeceModuBot?start=vitrin', '@GeceModuBot') + ' – NSFW görsel üretici',
          ),
        ) +
        article(
          h3('📅 Gönderi #408'),
          p('💬 Kanal anketi sonucu: üyelerin %62’si kıyafet kaldırma botlarını, %38’i yüz takas botlarını daha çok kullanıyor. En çok istenen özellik: ücretsiz hakların artırılması. Önümüzdeki hafta yeni botları test edip sonuçları burada paylaşacağız. Kanal bildirimlerini açmayı unutmayın, kapanan botların yedek adresleri ilk önce kanalda paylaşılıyor.'),
        ) +
        p('Botunuzu listeye eklemek mi istiyorsunuz? ' + a('/reklam', 'Reklam sayfasına') + ' bakın.') +
        vitrinFoot,
    },
    {
      path: '/kategori/soyma-botlari',
      title: 'Soyma botları – Bot Vitrini',
      body:
        vitrinNav +
        h1('Kıyafet kaldırma (soyma) botları') +
        priceTable(
          ['Bot', 'Ücretsiz hak', 'Ücret', 'Notumuz'],
          [
            [a('https://t.me/SoyucuPro_bot?start=ref_vitrin', '@SoyucuPro_bot'), 'günde 2', '250 ⭐ / 20 foto', '9/10'],
            [a('https://t.me/SeffafFiltreBot?start=vitrin', '@SeffafFiltreBot'), '1', '5 USDT / 30 foto', '7/10'],
            [a('https://t.me/CiplakAI2bot?start=vitrin', '@CiplakAI2bot'), '3', '150 ⭐ / 25 foto', '6/10'],
          ],
        ) +
        p('Notlar kanal üyelerinin oylarına göre verilir. Botlar sık sık kapanıp yeni adla açıldığı için bağlantıları kanaldan kontrol edin. Yeni bir bot önermek için kanal yöneticisine yazabilirsiniz.') +
        vitrinFoot,
    },
    {
      path: '/kategori/yuz-takas-botlari',
      title: 'Yüz takas botları – Bot Vitrini',
      body:
        vitrinNav +
        h1('Yüz takas (deepfake) botları') +
        ul(
          a('https://t.me/YuzDegisBot?start=vitrin', '@YuzDegisBot') + ' – videoya yüz koyma, 18+ şablonlar, ilk video ücretsiz.',
          a('https://t.me/KlonYuzBot?start=vitrin', '@KlonYuzBot') + ' – fotoğrafta yüz değiştirme, hızlı ama düşük çözünürlük.',
          a('https://t.me/SahneSwapBot?start=vitrin', '@SahneSwapBot') + ' – kendi videonu yükle, 3 dakikaya kadar, USDT ile ödeme.',
        ) +
        p('Kanal bu botları denemiş ve sonuçlarını paylaşmıştır; hiçbirinin sahibi değiliz.') +
        vitrinFoot,
    },
    {
      path: '/reklam',
      title: 'Reklam ver – Bot Vitrini',
      body:
        vitrinNav +
        h1('Reklam ve listeleme') +
        priceTable(
          ['Paket', 'Süre', 'Fiyat'],
          [
            ['Sabit gönderi', '24 saat', '40 USDT'],
            ['Haftanın botu', '7 gün', '150 USDT'],
            ['TOP 5 listesinde yer', '30 gün', '400 USDT'],
          ],
        ) +
        p('Reklam için yöneticiye yazın: @botvitrini_admin. Ödeme sadece USDT (TRC-20). Kapanan botlar için iade yapılmaz. Reklam gönderileri “#reklam” etiketiyle işaretlenir ve kanal kurallarına uygun olmalıdır.') +
        vitrinFoot,
    },
  ],
};

const gridNav = nav(
  [
    ['/', 'Comparison'],
    ['/compare/veiloff-vs-skinshift', 'VeilOff vs SkinShift'],
    ['/methodology', 'Methodology'],
    ['/disclosure', 'Disclosure'],
  ],
  'NSFW Tool Grid',
);
const gridFoot = footer('NSFW Tool Grid is an independent comparison site. We earn a commission when you buy through our links, at no extra cost to you.', [
  ['/disclosure', 'Affiliate disclosure'],
  ['/methodology', 'How we test'],
]);

const toolgrid: CorpusSite = {
  host: 'nsfwtoolgrid.test',
  lang: 'en',
  label: 'directory',
  shape: 'ranking',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'Undress AI comparison matrix – NSFW Tool Grid',
      head:
        metaDescription('Side-by-side comparison of 8 undress AI and deepfake tools: price per image, speed, free credits, watermark, payment options.') +
        jsonLd({ '@context': 'https://schema.org', '@type': 'ItemList', name: 'Undress AI tools compared', itemListElement: [{ '@type': 'ListItem', position: 1, name: 'SkinShift' }, { '@type': 'ListItem', position: 2, name: 'VeilOff' }, { '@type': 'ListItem', position: 3, name: 'Disrobe Studio' }] }),
      body:
        gridNav +
        h1('Undress AI tools: the comparison matrix') +
        p('We ran the same test set through every tool that offers AI undress, clothes-off or NSFW face swap. The table below is sorted by our overall score. Click a name to visit the tool (affiliate link).') +
        priceTable(
          ['#', 'Tool', 'Type', 'Price / image', 'Free credits', 'Speed', 'Watermark', 'Crypto', 'Score'],
          [
            ['1', a('https://skinshift.test/?aff=grid', 'SkinShift'), 'undress web + bot', '$0.08', '3', '11 s', 'No (paid)', 'Yes', '9.1'],
            ['2', a('https://veiloff.test/?ref=grid', 'VeilOff'), 'undress web', '$0.05', '3/day', '15 s', 'No (paid)', 'Yes', '8.7'],
            ['3', a('https://disrobe-studio.test/?aff=grid', 'Disrobe Studio'), 'undress + see-through', '$0.12', '5', '9 s', 'No', 'No', '8.4'],
            ['4', a('https://gemeniface.test/?ref=grid', 'GemeniFace'), 'NSFW face swap video', '$0.90 / min', '30 s video', '60 s', 'Yes (free)', 'Yes', '8.0'],
            ['5', a('https://pielai.test/?ref=grid', 'PielAI'), 'undress web', '$0.04', '5', '22 s', 'Yes (free)', 'No', '7.2'],
            ['6', a('https://t.me/SoyucuPro_bot?start=grid', '@SoyucuPro_bot'), 'Telegram bot', '≈$0.06', '2/day', '10 s', 'No', 'Stars', '7.0'],
            ['7', a('https://nakedlens.test/?aff=grid', 'NakedLens'), 'mobile app', '$7.99/wk', '1', '18 s', 'Yes', 'No', '6.1'],
            ['8', a('https://clothless.test/?ref=grid', 'Clothless'), 'undress web', '$0.15', '0', '30 s', 'No', 'Yes', '5.4'],
          ],
        ) +
        h2('Quick picks') +
        ul('<b>Best overall:</b> SkinShift – most realistic results, Telegram bot included.', '<b>Cheapest:</b> PielAI – if you can live with the watermark.', '<b>Best for video:</b> GemeniFace – the only one with an 18+ template library.', '<b>Best for privacy:</b> VeilOff – crypto-only accounts, no email needed.') +
        p('Last updated this month. Prices change often; always check the tool’s own pricing page.') +
        cookieBanner('We use cookies to track affiliate referrals.', 'Accept', 'Reject') +
        gridFoot,
    },
    {
      path: '/compare/veiloff-vs-skinshift',
      title: 'VeilOff vs SkinShift – NSFW Tool Grid',
      body:
        gridNav +
        h1('VeilOff vs SkinShift: which undress AI is better?') +
        p('Both tools remove clothing from an uploaded photo and render the result in under 20 seconds. SkinShift won on realism in 14 of our 20 test images, especially hands and hair. VeilOff was faster and cheaper, and its crypto-only account option appeals to users who want no email on file.') +
        priceTable(
          ['', 'VeilOff', 'SkinShift'],
          [
            ['Monthly plan', '€9', '€15'],
            ['Modes', 'lingerie, full', 'lingerie, bikini, full, see-through'],
            ['Telegram bot', 'No', 'Yes'],
          ],
        ) +
        p(a('https://veiloff.test/?ref=grid-vs', 'Try VeilOff') + ' · ' + a('https://skinshift.test/?aff=grid-vs', 'Try SkinShift')) +
        gridFoot,
    },
    {
      path: '/methodology',
      title: 'Methodology – NSFW Tool Grid',
      body:
        gridNav +
        h1('How we test') +
        p('Each tool receives the same set of 20 stock images of consenting adult models, purchased under a license that permits AI editing. We measure time to result, count artifacts (hands, edges, skin texture), note whether a watermark appears, and record the real price per image on the cheapest plan that removes it. Scores weight realism 50%, price 25%, speed 15% and payment options 10%.') +
        gridFoot,
    },
    {
      path: '/disclosure',
      title: 'Affiliate disclosure – NSFW Tool Grid',
      body:
        gridNav +
        h1('Affiliate disclosure') +
        p('Most outbound links on this site carry ?aff= or ?ref= parameters. When a visitor subscribes through them, the tool pays us a share of the first payment, typically 30–50%. Rankings are not for sale, but tools that do not run an affiliate program are linked without a parameter. We do not operate any of the listed services and do not process images ourselves.') +
        gridFoot,
    },
  ],
};

const valvNav = nav(
  [
    ['/', 'Rabattkoder'],
    ['/butiker', 'Butiker A–Ö'],
    ['/sa-funkar-det', 'Så funkar det'],
    ['/om-oss', 'Om oss'],
  ],
  'AI-valvet',
);
const valvFoot = footer('AI-valvet samlar rabattkoder för AI-tjänster. Vi säljer inga tjänster själva. Länkar kan ge oss provision.', [
  ['/om-oss', 'Om oss'],
  ['/sa-funkar-det', 'Villkor'],
]);

const aivalv: CorpusSite = {
  host: 'rabattkod-aivalv.test',
  lang: 'sv',
  label: 'directory',
  shape: 'coupon',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'AI-valvet – rabattkoder för AI-appar 18+',
      head: metaDescription('Verifierade rabattkoder för undress-appar, face swap och NSFW-bildgeneratorer. Upp till 60 % rabatt, uppdateras dagligen.'),
      body:
        valvNav +
        h1('Rabattkoder för AI-appar 18+') +
        p('Vi testar koderna varje dag. Klicka på ”Visa kod”, kopiera den och klistra in i kassan hos tjänsten. Koderna nedan gäller vuxentjänster – du måste vara 18+.') +
        ul(
          '<b>KlädAv AI</b> – 40 % på Plus-paketet · kod <code>VALV40</code> · verifierad i dag · ' + a('https://kladav-ai.test/?ref=aivalv', 'Till butiken'),
          '<b>SkinShift</b> – första månaden för 49 kr · kod <code>SKIN49SE</code> · verifierad i går · ' + a('https://skinshift.test/?aff=aivalv', 'Till butiken'),
          '<b>GemeniFace</b> – 30 % på 18+-mallar · kod <code>FACE30</code> · ' + a('https://gemeniface.test/?ref=aivalv', 'Till butiken'),
          '<b>VeilOff</b> – 20 extra krediter vid kryptobetalning · ingen kod behövs · ' + a('https://veiloff.test/?ref=aivalv', 'Aktivera erbjudandet'),
          '<b>Disrobe Studio</b> – 60 % på årsplan (Black Week) · kod <code>BW60</code> · ' + a('https://disrobe-studio.test/?aff=aivalv', 'Till butiken'),
        ) +
        button('Visa kod') +
        h2('Populära kategorier') +
        p('Undress / klä av · Face swap video · NSFW-bildgeneratorer · Telegram-botar. Varje kategori har egna topplistor med de koder som flest besökare har använt den senaste veckan.') +
        h2('Senast verifierade') +
        p('I dag har vi testat 14 koder, varav 11 fungerade. Utgångna koder flyttas till arkivet så att du slipper leta.') +
        h2('Prenumerera') +
        textForm('Din e-post – få nya koder varje fredag', 'Prenumerera', '/nyhetsbrev') +
        cookieBanner('Vi använder cookies för att spåra vilka koder som används.', 'Okej', 'Nej tack') +
        valvFoot,
    },
    {
      path: '/butiker',
      title: 'Butiker A–Ö – AI-valvet',
      body:
        valvNav +
        h1('Alla tjänster vi har koder för') +
        ul(
          a('https://clothless.test/?ref=aivalv', 'Clothless') + ' – klä av-tjänst, 2 aktiva koder',
          a('https://disrobe-studio.test/?aff=aivalv', 'Disrobe Studio') + ' – undress och see-through, 1 kod',
          a('https://gemeniface.test/?ref=aivalv', 'GemeniFace') + ' – NSFW face swap, 3 koder',
          a('https://kladav-ai.test/?ref=aivalv', 'KlädAv AI') + ' – svensk undress-tjänst, 2 koder',
          a('https://skinshift.test/?aff=aivalv', 'SkinShift') + ' – undress-webb och bot, 4 koder',
          a('https://veiloff.test/?ref=aivalv', 'VeilOff') + ' – undress-webb, 1 erbjudande',
        ) +
        p('Saknas en tjänst? Tipsa oss så letar vi efter koder.') +
        valvFoot,
    },
    {
      path: '/sa-funkar-det',
      title: 'Så funkar det – AI-valvet',
      body:
        valvNav +
        h1('Så funkar rabattkoderna') +
        ol('Välj ett erbjudande och klicka på ”Visa kod”.', 'Tjänstens sida öppnas i en ny flik med vår spårningslänk.', 'Klistra in koden i kassan innan du betalar.', 'Funkade inte koden? Rösta ner den så tar vi bort den.') +
        p('Vi får provision från tjänsterna när du handlar via våra länkar. Det påverkar inte priset du betalar. Vi ansvarar inte för tjänsterna eller hur de används.') +
        valvFoot,
    },
    {
      path: '/om-oss',
      title: 'Om oss – AI-valvet',
      body:
        valvNav +
        h1('Om AI-valvet') +
        p('AI-valvet startades av två kodjägare som tröttnade på utgångna koder på stora rabattsajter. Vi fokuserar på AI-tjänster för vuxna, eftersom de sällan finns på vanliga kupongsajter. Varje kod testas manuellt minst en gång i veckan, och koder som slutar fungera tas bort inom 24 timmar. Kontakta oss på tips@rabattkod-aivalv.test.') +
        valvFoot,
    },
  ],
};

const kritNav = nav(
  [
    ['/', 'Κριτική'],
    ['/methodos', 'Πώς βαθμολογούμε'],
    ['/enallaktikes', 'Εναλλακτικές'],
    ['/epikoinonia', 'Επικοινωνία'],
  ],
  'Κριτικές AI',
);
const kritFoot = footer('Κριτικές AI · Ανεξάρτητο blog. Δεν έχουμε σχέση με τις υπηρεσίες που εξετάζουμε. Ορισμένοι σύνδεσμοι είναι affiliate.', [
  ['/methodos', 'Μεθοδολογία'],
  ['/epikoinonia', 'Επικοινωνία'],
]);

const kritikes: CorpusSite = {
  host: 'kritikes-ai-blog.test',
  lang: 'el',
  label: 'directory',
  shape: 'single-review',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'Κριτική GymnoLens: δοκιμάσαμε το εργαλείο AI undress',
      head:
        metaDescription('Αναλυτική κριτική του GymnoLens: τιμές, ταχύτητα, ποιότητα, ιδιωτικότητα. Αξίζει η συνδρομή; Βαθμολογία 7,8/10.') +
        jsonLd({ '@context': 'https://schema.org', '@type': 'Review', itemReviewed: { '@type': 'SoftwareApplication', name: 'GymnoLens' }, reviewRating: { '@type': 'Rating', ratingValue: '7.8', bestRating: '10' }, author: { '@type': 'Person', name: 'Νίκος Κ.' } }),
      body:
        kritNav +
        article(
          h1('Κριτική GymnoLens (2025): αξίζει;'),
          p('Βαθμολογία: <b>7,8/10</b> · Δοκιμάστηκε για 3 εβδομάδες · ' + a('https://gymnolens.test/?ref=kritikes', 'Επίσκεψη στο GymnoLens →')),
          p(
            'Το GymnoLens είναι μια διαδικτυακή υπηρεσία που υπόσχεται να «αφαιρεί τα ρούχα» από οποιαδήποτε φωτογραφία με τεχνητή νοημοσύνη. Ο χρήστης ανεβάζει μια εικόνα, επιλέγει λειτουργία (εσώρουχα, μαγιό ή πλήρης) και λαμβάνει το αποτέλεσμα σε περίπου 15 δευτερόλεπτα. Το εξετάσαμε με φωτογραφίες μοντέλων από τράπεζα εικόνων.',
          ),
          h2('Τι μας άρεσε'),
          ul('Γρήγορη επεξεργασία, ακόμη και τις βραδινές ώρες', 'Καθαρό ελληνικό μενού', 'Πληρωμή με κάρτα και κρυπτονομίσματα', 'Διαγραφή αρχείων μετά από 24 ώρες, όπως δηλώνει'),
          h2('Τι δεν μας άρεσε'),
          ul('Μεγάλο υδατογράφημα στο δωρεάν πακέτο', 'Τα χέρια και τα άκρα συχνά παραμορφώνονται', 'Καμία πραγματική επαλήθευση ηλικίας ή συναίνεσης'),
          h2('Τιμές'),
          p('Δωρεάν: 3 εικόνες. Basic: 12 €/μήνα για 100 εικόνες. Pro: 29 €/μήνα απεριόριστα με λειτουργία «see-through» και HD.'),
          h2('Συμπέρασμα'),
          p('Το GymnoLens είναι από τα πιο γρήγορα εργαλεία της κατηγορίας, αλλά δεν είναι το πιο ρεαλιστικό. Αν θέλετε καλύτερη ποιότητα, δείτε τις ' + a('/enallaktikes', 'εναλλακτικές') + '.'),
        ) +
        cookieBanner('Χρησιμοποιούμε cookies για στατιστικά και affiliate συνδέσμους.', 'Αποδοχή', 'Απόρριψη') +
        kritFoot,
    },
    {
      path: '/methodos',
      title: 'Πώς βαθμολογούμε – Κριτικές AI',
      body:
        kritNav +
        h1('Πώς βαθμολογούμε') +
        p('Κάθε υπηρεσία δοκιμάζεται με το ίδιο σετ 15 φωτογραφιών από τράπεζα εικόνων με άδεια επεξεργασίας. Βαθμολογούμε ρεαλισμό (40%), ταχύτητα (20%), τιμή (20%), ιδιωτικότητα (10%) και ευκολία χρήσης (10%). Δεν δεχόμαστε πληρωμή για θετικές κριτικές, όμως κερδίζουμε προμήθεια όταν κάποιος εγγράφεται μέσω των συνδέσμων μας.') +
        kritFoot,
    },
    {
      path: '/enallaktikes',
      title: 'Εναλλακτικές του GymnoLens – Κριτικές AI',
      body:
        kritNav +
        h1('Εναλλακτικές του GymnoLens') +
        ol(
          a('https://skinshift.test/?aff=kritikes', 'SkinShift') + ' – πιο ρεαλιστικό, ακριβότερο, με Telegram bot.',
          a('https://veiloff.test/?ref=kritikes', 'VeilOff') + ' – φθηνό, λογαριασμός μόνο με κρυπτονομίσματα.',
          a('https://apodysi-api.test/?ref=kritikes', 'ApodysiAPI') + ' – για όσους θέλουν να φτιάξουν δικό τους bot.',
        ) +
        p('Όλα προσφέρουν λειτουργία AI undress. Καμία δεν κάνει σοβαρό έλεγχο συναίνεσης, κάτι που πρέπει να γνωρίζετε πριν πληρώσετε.') +
        kritFoot,
    },
    {
      path: '/epikoinonia',
      title: 'Επικοινωνία – Κριτικές AI',
      body:
        kritNav +
        h1('Επικοινωνία') +
        p('Θέλετε να προτείνετε μια υπηρεσία για κριτική ή να αναφέρετε λάθος τιμή; Στείλτε μας μήνυμα. Απαντάμε συνήθως μέσα σε δύο εργάσιμες. Υπηρεσίες που θέλουν να διαφημιστούν μπορούν να ζητήσουν τον τιμοκατάλογο διαφήμισης. Δεν δημοσιεύουμε χορηγούμενες κριτικές χωρίς σαφή σήμανση.') +
        textForm('Το μήνυμά σας', 'Αποστολή', '/epikoinonia') +
        kritFoot,
    },
  ],
};

const hubNav = nav(
  [
    ['/', 'Все ссылки'],
    ['/zerkala', 'Зеркала'],
    ['/boty', 'Боты'],
    ['/reklama', 'Реклама'],
  ],
  'Ссылки18',
);
const hubFoot = footer('Ссылки18 — каталог ссылок. Мы не владеем сервисами из списка и не отвечаем за их работу. Часть ссылок партнёрские.', [
  ['/reklama', 'Разместить ссылку'],
  ['https://t.me/ssylki18', 'Канал с обновлениями'],
]);

const ssylki: CorpusSite = {
  host: 'ssylki-hub-18.test',
  lang: 'ru',
  label: 'directory',
  shape: 'link-hub',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'Ссылки18 — все рабочие нейросети-раздевалки и фейс-свап 18+',
      head: metaDescription('Актуальные ссылки на нейросети для раздевания фото, дипфейк-боты и генераторы 18+. Проверено сегодня.'),
      body:
        hubNav +
        h1('Рабочие ссылки — проверено сегодня') +
        p('Сохраните страницу в закладки: сервисы часто меняют домены. Зелёная точка — сайт открывается, жёлтая — работает через зеркало.') +
        h2('Раздеть фото онлайн') +
        ul(
          '🟢 ' + a('https://goloskan-ai.test/?ref=ss18', 'ГолоСкан') + ' — 3 бесплатных фото, есть бот',
          '🟢 ' + a('https://skinshift.test/?aff=ss18', 'SkinShift') + ' — лучшее качество, оплата криптой',
          '🟡 ' + a('https://kladav3.test/?ref=ss18', 'KlädAv AI') + ' — работает через зеркало',
          '🟢 ' + a('https://veiloff.test/?ref=ss18', 'VeilOff') + ' — дёшево, без e-mail',
        ) +
        h2('Дипфейк и замена лица 18+') +
        ul(
          '🟢 ' + a('https://t.me/PodmenaLica18Bot?start=ss18', '@PodmenaLica18Bot') + ' — видео до 3 минут',
          '🟢 ' + a('https://gemeniface.test/?ref=ss18', 'GemeniFace') + ' — шаблоны 18+',
          '🟡 ' + a('https://miragereels-tube.test/?ref=ss18', 'MirageReels') + ' — каталог дипфейк-видео',
        ) +
        h2('Генераторы NSFW без цензуры') +
        ul('🟢 ' + a('https://t.me/GeceModuBot?start=ss18', '@GeceModuBot') + ' — генерация по тексту', '🟢 ' + a('https://lumenbay-photo.test/?ref=ss18', 'Lumenbay') + ' — режим Spicy в тарифе Pro') +
        h2('Как мы проверяем') +
        p('Каждую ссылку мы открываем вручную раз в сутки с разных провайдеров. Если сайт не отвечает больше двух дней, он переносится в архив, а в списке появляется зеркало или бот. Партнёрские ссылки отмечены, но не влияют на порядок в списке. Сервисы, которые требуют оплату на личную карту или пропадают с деньгами пользователей, удаляются сразу и навсегда.') +
        p('Нашли нерабочую ссылку? Напишите в канал — исправим в течение часа.') +
        hubFoot,
    },
    {
      path: '/zerkala',
      title: 'Зеркала — Ссылки18',
      body:
        hubNav +
        h1('Зеркала заблокированных сервисов') +
        ul(
          'KlädAv AI: ' + a('https://klaedav-spegel.test', 'klaedav-spegel.test') + ', ' + a('https://kladav3.test', 'kladav3.test'),
          'ГолоСкан: ' + a('https://goloskan2.test', 'goloskan2.test') + ' (резерв)',
          'SkinShift: ' + a('https://skinshift-mirror.test', 'skinshift-mirror.test'),
        ) +
        p('Если сайт не открывается у вашего провайдера, попробуйте зеркало или бот — балансы обычно общие. Остерегайтесь поддельных зеркал, которые просят оплату на карту частного лица. Актуальный список также публикуется в нашем канале.') +
        hubFoot,
    },
    {
      path: '/boty',
      title: 'Боты — Ссылки18',
      body:
        hubNav +
        h1('Telegram-боты') +
        priceTable(
          ['Бот', 'Что делает', 'Бесплатно'],
          [
            [a('https://t.me/goloskan_bot?start=ss18', '@goloskan_bot'), 'раздевание фото', '3 фото'],
            [a('https://t.me/PodmenaLica18Bot?start=ss18', '@PodmenaLica18Bot'), 'дипфейк-видео 18+', '1 видео'],
            [a('https://t.me/SoyucuPro_bot?start=ss18', '@SoyucuPro_bot'), 'раздевание фото (тур.)', '2 в день'],
            [a('https://t.me/GeceModuBot?start=ss18', '@GeceModuBot'), 'NSFW-генерация', '5 картинок'],
          ],
        ) +
        p('Список обновляется еженедельно. Боты, которые перестали отвечать, переносятся в архив. Перед оплатой проверяйте имя бота: мошенники создают копии с похожими никами и просят перевести деньги напрямую. Настоящие боты принимают оплату только внутри Telegram.') +
        hubFoot,
    },
    {
      path: '/reklama',
      title: 'Реклама — Ссылки18',
      body:
        hubNav +
        h1('Разместить ссылку') +
        p('Добавление сервиса в каталог — 30 USDT в месяц. Закреп наверху раздела — 90 USDT. Обязательное условие: рабочий сервис и партнёрская программа с выплатами. Мы проверяем каждую ссылку перед публикацией и удаляем сервисы, на которые жалуются пользователи. Писать: @ssylki18_admin.') +
        hubFoot,
    },
  ],
};

const directorySites: CorpusSite[] = [forumRo, botvitrini, toolgrid, aivalv, kritikes, ssylki];

// ───────────────────────────── unrelated: hard negatives (10) ─────────────────────────────

const veriNav = nav(
  [
    ['/', 'Platform'],
    ['/solutions/synthetic-nudity', 'Synthetic nudity detection'],
    ['/pricing', 'Pricing'],
    ['/trust', 'Trust & safety'],
    ['/demo', 'Request a demo'],
  ],
  'VeriTrace',
);
const veriFoot = footer('© 2025 VeriTrace Moderation Ltd. Image and video safety for platforms, marketplaces and dating apps.', [
  ['/trust', 'Trust center'],
  ['/pricing', 'Pricing'],
  ['/demo', 'Contact sales'],
]);

const veritrace: CorpusSite = {
  host: 'veritrace-moderation.test',
  lang: 'en',
  label: 'unrelated',
  shape: 'moderation-tool',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'VeriTrace – detect AI undress images and deepfakes before they spread',
      head:
        metaDescription('Content moderation API that flags nudify-app outputs, NSFW face swaps and non-consensual intimate imagery. Hash matching, classifiers, human review.') +
        jsonLd({ '@context': 'https://schema.org', '@type': 'Organization', name: 'VeriTrace Moderation', url: 'https://veritrace-moderation.test' }),
      body:
        veriNav +
        h1('Stop synthetic intimate images at upload') +
        p(
          'Nudify apps advertise that they can "remove clothes from any photo in seconds" and face-swap tools promise to "put anyone into an 18+ video". The result lands on your platform: in profile photos, DMs, comments and marketplace listings. VeriTrace detects those images and videos at upload time, before a single user sees them.',
        ) +
        upload('Try it: upload a test image', '/demo/scan', 'Scan image') +
        p('The demo returns labels only. We never store demo uploads and never generate or alter images.') +
        h2('What we detect') +
        ul(
          '<b>Undress outputs</b> – artifacts typical of "AI undress" and "clothes off" generators, including see-through filters.',
          '<b>NSFW face swaps</b> – faces blended onto adult video frames, including "lookalike" deepfakes.',
          '<b>Known NCII</b> – perceptual hash matching against victim-submitted hash lists.',
          '<b>Promotion</b> – links, QR codes and Telegram handles advertising nudify bots in comments.',
        ) +
        h2('Trusted by trust & safety teams') +
        blockquote('"Reports of fake nudes on our app dropped 81% in the first quarter after integration."', 'Head of T&S, a European dating app') +
        p('Integrate in an afternoon with our REST API or use the no-code review queue. SOC 2 Type II, EU data residency, GDPR DPA included.') +
        a('/demo', 'Talk to our team →') +
        cookieBanner('We use cookies to improve our website. Product data is never used for advertising.', 'Accept', 'Decline') +
        veriFoot,
    },
    {
      path: '/solutions/synthetic-nudity',
      title: 'Synthetic nudity detection – VeriTrace',
      body:
        veriNav +
        h1('Synthetic nudity detection') +
        p(
          'Our research team tracks more than 300 nudify and deepfake services. Their marketing is explicit about what they do: "upload a photo, choose Full mode, get the naked version", "undress your crush", "no filters, no limits, 18+ face swap". Every new generator leaves a fingerprint, and we retrain our classifiers weekly on outputs we produce from licensed, consenting-adult test images.',
          'For each flagged image, the API returns a score, the likely generator family, and a recommended action (block, blur, queue for review). Videos are sampled at 2 frames per second with face-consistency checks to spot swaps.',
        ) +
        veriFoot,
    },
    {
      path: '/pricing',
      title: 'Pricing – VeriTrace',
      head: stripe('pk_test_veritrace_mod_01'),
      body:
        veriNav +
        h1('Pricing') +
        priceTable(
          ['Plan', 'Price', 'Included'],
          [
            ['Starter', '$199 / month', '100,000 image scans, undress + NSFW face swap detection'],
            ['Growth', '$990 / month', '1M scans, video sampling, hash matching, review queue'],
            ['Enterprise', 'Custom', 'Unlimited, on-prem option, dedicated analyst, 24/7 escalation'],
          ],
        ) +
        p('Non-profits and victim-support hotlines get the Growth plan free of charge. Every plan includes the NCII hash list integration at no extra cost.') +
        veriFoot,
    },
    {
      path: '/trust',
      title: 'Trust & safety – VeriTrace',
      body:
        veriNav +
        h1('Our commitments') +
        ul(
          'We never generate sexual imagery of real people; test data is licensed from consenting adult models.',
          'We do not sell data or train on customer content without written opt-in.',
          'We report confirmed child sexual abuse material to the relevant hotlines as required by law.',
          'We publish a transparency report every six months.',
        ) +
        p('Questions about our methods can be sent to trust@veritrace-moderation.test.') +
        veriFoot,
    },
    {
      path: '/demo',
      title: 'Request a demo – VeriTrace',
      body:
        veriNav +
        h1('Request a demo') +
        p('Tell us about your platform and the volume of images and videos you moderate. A solutions engineer will show you live detection on your own sample traffic, walk through the review queue, and help you estimate costs. Most demos are scheduled within two business days.') +
        orderForm(['Work email', 'Company', 'Monthly uploads (approx.)'], 'Request demo') +
        veriFoot,
    },
  ],
};

const wronskiNav = nav(
  [
    ['/', 'Kancelaria'],
    ['/deepfake-pomoc', 'Deepfake i fałszywe nagie zdjęcia'],
    ['/wynagrodzenie', 'Wynagrodzenie'],
    ['/kontakt', 'Kontakt'],
  ],
  'Wroński i Wspólnicy',
);
const wronskiFoot = footer('Kancelaria Adwokacka Wroński i Wspólnicy sp.p. (fikcyjna) · ul. Przykładowa 12, Poznań · Tajemnica adwokacka gwarantowana.', [
  ['/kontakt', 'Kontakt'],
  ['/wynagrodzenie', 'Wynagrodzenie'],
  ['/deepfake-pomoc', 'Pomoc ofiarom deepfake'],
]);

const wronski: CorpusSite = {
  host: 'kancelaria-wronski-lex.test',
  lang: 'pl',
  label: 'unrelated',
  shape: 'law-firm',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'Kancelaria Wroński i Wspólnicy – ochrona wizerunku, deepfake, prawo nowych technologii',
      head:
        metaDescription('Pomagamy osobom, których zdjęcia zostały „rozebrane” przez aplikacje AI lub użyte w deepfake. Usuwanie treści, zawiadomienia, pozwy.') +
        jsonLd({ '@context': 'https://schema.org', '@type': 'LegalService', name: 'Kancelaria Wroński i Wspólnicy', areaServed: 'PL' }),
      body:
        wronskiNav +
        h1('Ktoś „rozebrał” Twoje zdjęcie w aplikacji AI? Możemy pomóc.') +
        p(
          'Od 2023 roku prowadzimy sprawy osób, których wizerunek został przerobiony przez tzw. aplikacje do rozbierania zdjęć i generatory deepfake. Reklamy tych serwisów nie pozostawiają złudzeń: „Wgraj zdjęcie, a AI zdejmie ubrania w kilka sekund”, „Zobacz każdą bez ubrań”, „Pełna dyskrecja – osoba na zdjęciu się nie dowie”. Dla nas to nie jest rozrywka, tylko naruszenie dóbr osobistych, a często przestępstwo.',
        ) +
        h2('W czym pomagamy') +
        ul(
          'Szybkie żądania usunięcia treści skierowane do platform, hostingów i operatorów komunikatorów',
          'Zawiadomienia o przestępstwie i reprezentacja pokrzywdzonych w postępowaniu karnym',
          'Pozwy o ochronę dóbr osobistych i zadośćuczynienie',
          'Ustalanie operatorów serwisów i botów na podstawie danych płatniczych i rejestrowych',
          'Wsparcie szkół i pracodawców w sprawach z udziałem uczniów i pracowników',
        ) +
        h2('Jak wygląda pierwszy kontakt') +
        p('Bezpłatna, poufna rozmowa wstępna trwa do 30 minut. Nie musisz przesyłać nam samych zdjęć – wystarczą linki lub opis. Doradzimy, jak zabezpieczyć dowody (zrzuty ekranu z datą, adresy URL, nazwy kont) zanim treść zniknie.') +
        blockquote('„W ciągu tygodnia zniknęły wszystkie posty, a sprawca usłyszał zarzuty.”', 'Klientka kancelarii (za zgodą)') +
        cookieBanner('Strona używa wyłącznie niezbędnych plików cookie.', 'Rozumiem') +
        wronskiFoot,
    },
    {
      path: '/deepfake-pomoc',
      title: 'Fałszywe nagie zdjęcia i deepfake – poradnik prawny',
      body:
        wronskiNav +
        article(
          h1('Fałszywe nagie zdjęcia i deepfake: co mówi prawo'),
          p(
            'Serwisy typu „undress AI” reklamują się hasłami w rodzaju „Rozbierz dowolne zdjęcie – tryb 18+ bez cenzury”, „Kredyty za BLIK, na wyciągu neutralna nazwa” czy „Podmień twarz w filmach dla dorosłych w 2 minuty”. Regulaminy tych serwisów zawierają zwykle zdanie, że „użytkownik oświadcza, że posiada zgodę osób widocznych na zdjęciu” – co w praktyce nie chroni ani ofiary, ani samego użytkownika.',
            'Rozpowszechnianie wizerunku nagiej osoby bez jej zgody jest w Polsce przestępstwem, także gdy obraz został wygenerowany. Dodatkowo ofiara może dochodzić ochrony dóbr osobistych, a przy udziale małoletnich odpowiedzialność karna jest znacznie surowsza.',
          ),
          h2('Co zrobić od razu'),
          ol('Zabezpiecz dowody: zrzuty ekranu z adresem URL i datą.', 'Zgłoś treść platformie, używając formularza „intymne obrazy bez zgody”.', 'Skontaktuj się z nami lub z organizacją pomocową.', 'Rozważ zawiadomienie na policji – pomożemy je przygotować.'),
        ) +
        wronskiFoot,
    },
    {
      path: '/wynagrodzenie',
      title: 'Wynagrodzenie – Kancelaria Wroński i Wspólnicy',
      body:
        wronskiNav +
        h1('Zasady wynagrodzenia') +
        priceTable(
          ['Usługa', 'Wynagrodzenie'],
          [
            ['Rozmowa wstępna (30 min)', 'bezpłatnie'],
            ['Pakiet „Usunięcie treści” – do 10 adresów URL', 'od 1 500 zł netto'],
            ['Reprezentacja w postępowaniu karnym', 'ustalane indywidualnie'],
            ['Pozew o ochronę dóbr osobistych', 'od 4 000 zł netto + premia za sukces'],
          ],
        ) +
        p('Osobom w trudnej sytuacji finansowej pomagamy pro bono we współpracy z fundacjami.') +
        wronskiFoot,
    },
    {
      path: '/kontakt',
      title: 'Kontakt – Kancelaria Wroński i Wspólnicy',
      body:
        wronskiNav +
        h1('Kontakt') +
        p('Napisz do nas przez bezpieczny formularz. Odpowiadamy w ciągu jednego dnia roboczego. W sprawach pilnych, gdy treść właśnie się rozprzestrzenia, zadzwoń: +48 61 000 00 00 (numer fikcyjny). Wszystkie informacje objęte są tajemnicą adwokacką.') +
        orderForm(['Imię lub pseudonim', 'E-mail lub telefon', 'Krótki opis sprawy (bez załączania zdjęć)'], 'Wyślij zapytanie') +
        wronskiFoot,
    },
  ],
};

const uradNav = nav(
  [
    ['/', 'Úvod'],
    ['/varovani-svlekaci-aplikace', 'Varování'],
    ['/nahlasit', 'Nahlásit'],
    ['/pro-rodice', 'Pro rodiče a školy'],
  ],
  'Úřad pro digitální ochranu',
);
const uradFoot = footer('Úřad pro digitální ochranu občanů (fiktivní instituce) · Informace jsou poskytovány zdarma. Linka pomoci 1xxx (fiktivní).', [
  ['/nahlasit', 'Nahlásit obsah'],
  ['/pro-rodice', 'Materiály ke stažení'],
  ['/varovani-svlekaci-aplikace', 'Aktuální varování'],
]);

const urad: CorpusSite = {
  host: 'urad-digitalni-ochrany.test',
  lang: 'cs',
  label: 'unrelated',
  shape: 'government',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'Úřad pro digitální ochranu občanů',
      head: metaDescription('Oficiální informace o online hrozbách: svlékací aplikace, deepfake, vydírání. Jak se chránit a kde nahlásit obsah.'),
      body:
        uradNav +
        h1('Chráníme občany v digitálním prostoru') +
        p('Úřad shromažďuje informace o online hrozbách, vydává varování a pomáhá obětem s nahlášením nezákonného obsahu. Níže najdete aktuální upozornění.') +
        section(
          h2('⚠️ Aktuální varování: aplikace a boti na „svlékání“ fotografií'),
          p(
            'Zaznamenali jsme nárůst stížností na webové služby, mobilní aplikace a Telegram boty, které slibují, že „svléknou jakoukoli fotku“. Inzerují se slovy jako „AI odstraní oblečení za 10 vteřin“, „režim Naostro 18+“ nebo „vložíme libovolnou tvář do videa pro dospělé“. Vytváření a šíření takových snímků skutečných osob bez souhlasu může být trestným činem.',
          ),
          a('/varovani-svlekaci-aplikace', 'Přečíst celé varování'),
        ) +
        h2('Další témata') +
        ul('Podvodné investiční reklamy s falešnými celebritami', 'Sextortion – vydírání intimními fotografiemi', 'Bezpečné nastavení sociálních sítí', 'Phishing přes SMS s odkazem na zásilku') +
        h2('Potřebujete pomoc?') +
        p('Pokud se vaše fotografie objevila v upravené podobě, ' + a('/nahlasit', 'nahlaste ji') + '. Pomůžeme s kontaktováním platforem a předáním věci policii.') +
        cookieBanner('Tento web používá pouze technické cookies nezbytné pro jeho fungování.', 'Rozumím') +
        uradFoot,
    },
    {
      path: '/varovani-svlekaci-aplikace',
      title: 'Varování: svlékací aplikace a deepfake boti',
      body:
        uradNav +
        article(
          h1('Varování před „svlékacími“ aplikacemi a deepfake boty'),
          p(
            'Služby, na které se varování vztahuje, se prezentují jako zábava. Typické reklamní texty, které jsme zdokumentovali: „Pošli fotku botovi a za pár vteřin dostaneš verzi bez oblečení“, „Bez registrace, platba hvězdičkami nebo kryptem“, „Osoba na fotce se nic nedozví“. Některé weby se tváří jako nevinné editory fotek a funkci „svlékání“ skrývají až v placeném tarifu.',
            'Upozorňujeme, že tyto služby často zneužívají i samotné uživatele: požadují platby v kryptoměnách, šíří škodlivé aplikace (APK) a nahrané fotografie mohou uchovávat, přestože tvrdí opak.',
          ),
          h2('Co dělat'),
          ul('Nepoužívejte tyto služby ani „ze zvědavosti“.', 'Pokud jste obětí, neplaťte vyděračům a uchovejte důkazy.', 'Obsah nahlaste platformě i nám.', 'Mluvte o tématu s dětmi a dospívajícími.'),
        ) +
        uradFoot,
    },
    {
      path: '/nahlasit',
      title: 'Nahlásit obsah – Úřad pro digitální ochranu',
      body:
        uradNav +
        h1('Nahlásit nezákonný obsah') +
        p('Uveďte adresu stránky, bota nebo aplikace a stručně popište, o jaký obsah jde. Neposílejte nám samotné intimní snímky – stačí odkaz. Hlášení lze podat i anonymně, ale bez kontaktu vás nebudeme moci informovat o dalším postupu.') +
        orderForm(['Adresa (URL, @jméno bota, název aplikace)', 'Popis', 'Kontakt (nepovinné)'], 'Odeslat hlášení') +
        uradFoot,
    },
    {
      path: '/pro-rodice',
      title: 'Pro rodiče a školy – Úřad pro digitální ochranu',
      body:
        uradNav +
        h1('Materiály pro rodiče a školy') +
        p('Připravili jsme metodický list pro třídní učitele a leták pro rodiče o tom, jak fungují aplikace na „svlékání“ fotek a deepfake videa, proč jejich použití na spolužácích není vtip, a jak postupovat, když se upravená fotka začne šířit ve třídě. Materiály jsou zdarma ke stažení ve formátu PDF.') +
        ul(a('/pro-rodice', 'Metodický list pro učitele (PDF)'), a('/pro-rodice', 'Leták pro rodiče (PDF)'), a('/pro-rodice', 'Plakát pro školní nástěnku (PDF)')) +
        uradFoot,
    },
  ],
};

const ajutorNav = nav(
  [
    ['/', 'Acasă'],
    ['/raporteaza', 'Raportează'],
    ['/ghid-eliminare', 'Ghid de eliminare'],
    ['/intrebari', 'Întrebări'],
  ],
  'Ajutor Imagini Intime',
);
const ajutorFoot = footer('Ajutor Imagini Intime este un serviciu gratuit și confidențial, oferit de o asociație non-profit (fictivă). Nu judecăm, nu distribuim.', [
  ['/raporteaza', 'Raportează'],
  ['/ghid-eliminare', 'Ghid'],
  ['mailto:sprijin@ajutor-imagini-intime.test', 'Scrie-ne'],
]);

const ajutor: CorpusSite = {
  host: 'ajutor-imagini-intime.test',
  lang: 'ro',
  label: 'unrelated',
  shape: 'victim-help',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'Ajutor Imagini Intime – sprijin pentru victimele imaginilor false și deepfake',
      head: metaDescription('Ți-a fost creată o imagine nud falsă cu o aplicație AI? Te ajutăm gratuit să o elimini și să raportezi. Confidențial.'),
      body:
        ajutorNav +
        h1('Cineva a creat o imagine falsă cu tine? Nu ești singur(ă).') +
        p(
          'Aplicațiile de „dezbrăcare AI” promit utilizatorilor că pot „vedea pe oricine fără haine” dintr-o singură fotografie de pe Instagram. Pentru persoana din poză, rezultatul este o imagine falsă, dar cu un impact foarte real. Noi te ajutăm să o scoți de pe internet și să te protejezi.',
        ) +
        h2('Ce putem face pentru tine') +
        ul(
          'Te ghidăm pas cu pas să raportezi imaginea pe fiecare platformă',
          'Creăm o amprentă digitală (hash) a imaginii, fără să o vedem, ca platformele partenere să o blocheze',
          'Te punem în legătură cu un avocat sau cu poliția, dacă vrei',
          'Îți oferim sprijin emoțional prin telefon sau chat',
        ) +
        h2('Primii pași') +
        ol('Nu plăti și nu negocia cu nimeni care te amenință.', 'Salvează dovezi: capturi de ecran, linkuri, nume de utilizator.', 'Completează formularul nostru confidențial.', 'Cere ajutor unei persoane de încredere.') +
        blockquote('„Mi-era rușine să vorbesc cu cineva. Aici m-au ascultat și în trei zile pozele au dispărut de pe canal.”', 'Ioana, 24 de ani (nume schimbat)') +
        p('Linie de sprijin: 0800 000 000 (gratuit, fictiv) · luni–duminică, 9–21') +
        cookieBanner('Nu folosim cookie-uri de urmărire. Butonul „Ieșire rapidă” te duce imediat pe o pagină neutră.', 'Am înțeles') +
        button('Ieșire rapidă') +
        ajutorFoot,
    },
    {
      path: '/raporteaza',
      title: 'Raportează – Ajutor Imagini Intime',
      body:
        ajutorNav +
        h1('Raportează confidențial') +
        p('Nu trebuie să ne trimiți imaginea. Spune-ne unde apare (link, nume de canal Telegram, aplicație) și cum vrei să te contactăm. Un consilier îți răspunde în maximum 24 de ore. Poți folosi un pseudonim.') +
        orderForm(['Unde apare imaginea (link / canal / aplicație)', 'Cum te putem contacta', 'Ce ai dori să se întâmple'], 'Trimite raportul') +
        ajutorFoot,
    },
    {
      path: '/ghid-eliminare',
      title: 'Ghid de eliminare – Ajutor Imagini Intime',
      body:
        ajutorNav +
        article(
          h1('Cum elimini o imagine falsă de pe internet'),
          p(
            'Site-urile și boții care produc astfel de imagini se laudă cu „mod NSFW necenzurat” și „confidențialitate totală”, iar rezultatele ajung adesea pe canale de Telegram sau pe forumuri. Majoritatea rețelelor sociale au formulare speciale pentru „imagini intime distribuite fără consimțământ” – folosește-le pe acelea, nu formularul general.',
            'Pentru Telegram, raportează atât mesajul, cât și canalul. Pentru site-uri, îți putem identifica firma de găzduire și trimite noi cererea de eliminare.',
          ),
        ) +
        ajutorFoot,
    },
    {
      path: '/intrebari',
      title: 'Întrebări – Ajutor Imagini Intime',
      body:
        ajutorNav +
        faq('Întrebări frecvente', [
          ['Este ilegal dacă imaginea e generată de AI?', 'În multe situații da. Distribuirea de imagini intime fără consimțământ poate fi infracțiune, chiar dacă imaginea este falsă. Un avocat partener îți poate explica opțiunile.'],
          ['Voi vedeți imaginea?', 'Nu este nevoie. Lucrăm cu linkuri și amprente digitale.'],
          ['Costă ceva?', 'Nu. Serviciul este gratuit.'],
          ['Dacă sunt minor?', 'Sună-ne imediat sau vorbește cu un adult de încredere. Cazurile care implică minori sunt tratate cu prioritate, împreună cu autoritățile.'],
        ]) +
        ajutorFoot,
    },
  ],
};

const guvNav = nav(
  [
    ['/', 'Anasayfa'],
    ['/yazi/soyma-botlari-zararli-yazilim', 'Son analiz'],
    ['/etiket/deepfake', 'Deepfake'],
    ['/hakkinda', 'Hakkında'],
  ],
  'Güvenlik Günlüğü',
);
const guvFoot = footer('Güvenlik Günlüğü · Bağımsız siber güvenlik blogu. IOC listeleri CC BY 4.0 ile paylaşılır.', [
  ['/hakkinda', 'Hakkında'],
  ['/etiket/deepfake', 'Etiketler'],
  ['https://t.me/guvenlikgunlugu', 'Telegram kanalı'],
]);

const guvenlik: CorpusSite = {
  host: 'guvenlik-gunlugu.test',
  lang: 'tr',
  label: 'unrelated',
  shape: 'news',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'Güvenlik Günlüğü – siber güvenlik analizleri',
      head: metaDescription('Zararlı yazılım analizleri, kimlik avı kampanyaları ve yapay zekâ kaynaklı tehditler üzerine Türkçe güvenlik blogu.'),
      body:
        guvNav +
        h1('Güvenlik Günlüğü') +
        article(
          h2(a('/yazi/soyma-botlari-zararli-yazilim', '“Ücretsiz kıyafet kaldırma” APK’ları bilgi hırsızı dağıtıyor')),
          p('Telegram’da “yapay zekâ ile soyma” vaat eden kanallardan yayılan sahte uygulamaları inceledik. Kullanıcıların fotoğraflarını değil, banka şifrelerini “soyuyorlar”. Analiz, IOC listesi ve korunma önerileri içeride.'),
          p('<small>Yazar: Deniz A. · 9 dk okuma · #zararlı-yazılım #deepfake #telegram</small>'),
        ) +
        article(
          h2('Kargo SMS’iyle yayılan yeni kimlik avı dalgası'),
          p('Son iki haftada sahte kargo bildirimleriyle gelen bağlantılar, e-Devlet giriş sayfasını taklit eden alan adlarına yönlendiriyor. Tespit ettiğimiz 40 alan adını paylaşıyoruz.'),
        ) +
        article(
          h2('Deepfake sesle CEO dolandırıcılığı: bir vaka incelemesi'),
          p('Bir üretim firmasının muhasebe birimine gelen “genel müdür” aramasının klonlanmış ses olduğu ortaya çıktı. Şirketlerin uygulaması gereken geri arama prosedürünü anlattık.'),
        ) +
        article(
          h2('Haftalık özet: yama salısı ve kritik açıklar'),
          p('Bu hafta yayımlanan güvenlik güncellemelerinde üç kritik açık dikkat çekiyor. Sistem yöneticilerinin öncelik vermesi gereken yamaları tablo halinde derledik.'),
        ) +
        h2('Bültene abone olun') +
        textForm('E-posta adresiniz', 'Abone ol', '/bulten') +
        cookieBanner('Bu blog yalnızca anonim ziyaret istatistikleri için çerez kullanır.', 'Tamam', 'Reddet') +
        guvFoot,
    },
    {
      path: '/yazi/soyma-botlari-zararli-yazilim',
      title: '“Ücretsiz kıyafet kaldırma” APK’ları bilgi hırsızı dağıtıyor – Güvenlik Günlüğü',
      head: jsonLd({ '@context': 'https://schema.org', '@type': 'BlogPosting', headline: '“Ücretsiz kıyafet kaldırma” APK’ları bilgi hırsızı dağıtıyor', author: { '@type': 'Person', name: 'Deniz A.' } }),
      body:
        guvNav +
        article(
          h1('“Ücretsiz kıyafet kaldırma” APK’ları bilgi hırsızı dağıtıyor'),
          p(
            'Kampanya, 18+ yapay zekâ botlarını tanıtan Telegram kanallarında başlıyor. Gönderilerde şu ifadeler kullanılıyor: “Fotoğrafı seç, Soy butonuna bas”, “Play Store sürümü sansürlü, tam sürüm için APK’yı indir”, “Kıyafetsiz mod, watermark yok”. Kullanıcı APK’yı kurduğunda uygulama gerçekten bir “bekleme ekranı” gösteriyor; arka planda ise erişilebilirlik izni isteyip SMS ve bankacılık uygulamalarını izliyor.',
            'İncelediğimiz 12 örneğin 9’u aynı komuta-kontrol altyapısına bağlanıyor. Bazı örnekler, sahiden çalışan bir soyma servisine API çağrısı yapıp kullanıcıyı oyalıyor. Yani mağdur iki kişi: fotoğrafı işlenen kişi ve uygulamayı kuran kişi.',
          ),
          h2('Göstergeler (IOC)'),
          ul('Alan adları: <code>soyucu-apk-indir.test</code>, <code>kiyafetsiz-mod-cdn.test</code>', 'Paket adı: <code>com.fixture.undresspro</code>', 'İstenen izinler: Erişilebilirlik, SMS okuma, diğer uygulamaların üzerinde gösterme'),
          h2('Öneriler'),
          ul('Bilinmeyen kaynaklardan APK kurmayın.', 'Erişilebilirlik izni isteyen “fotoğraf” uygulamalarına şüpheyle yaklaşın.', 'Bu tür servislerin kendisi de yasa dışı içerik üretimine aracılık eder; kullanmayın ve kanalları bildirin.'),
        ) +
        guvFoot,
    },
    {
      path: '/etiket/deepfake',
      title: '#deepfake – Güvenlik Günlüğü',
      body:
        guvNav +
        h1('Etiket: deepfake') +
        ul(
          a('/yazi/soyma-botlari-zararli-yazilim', '“Ücretsiz kıyafet kaldırma” APK’ları bilgi hırsızı dağıtıyor'),
          'Deepfake sesle CEO dolandırıcılığı: bir vaka incelemesi',
          'Sahte ünlü reklamlarıyla yatırım dolandırıcılığı: 2025 güncellemesi',
          'Yüz takas uygulamaları gizlilik politikalarında ne vaat ediyor? 20 uygulamanın karşılaştırması',
        ) +
        p('Bu etiket altında, yapay zekâ ile üretilmiş sahte görüntü, ses ve videoların dolandırıcılık ve şantaj amacıyla kullanımına dair analizlerimizi bulabilirsiniz.') +
        guvFoot,
    },
    {
      path: '/hakkinda',
      title: 'Hakkında – Güvenlik Günlüğü',
      body:
        guvNav +
        h1('Hakkında') +
        p('Güvenlik Günlüğü, üç bağımsız tehdit analisti tarafından yürütülen gönüllü bir blogdur. Amacımız Türkçe kaynak eksikliğini gidermek ve kullanıcıları güncel tehditler konusunda bilgilendirmektir. Reklam almıyoruz, hiçbir ürünün satışını yapmıyoruz. Bildirimleriniz için: ihbar@guvenlik-gunlugu.test. Gelen tüm ihbarları gizli tutuyor, kaynaklarımızın kimliğini hiçbir zaman açıklamıyoruz.') +
        guvFoot,
    },
  ],
};

const ghostNav = nav(
  [
    ['/', 'Αρχική'],
    ['/pos-leitourgei', 'Πώς λειτουργεί'],
    ['/times', 'Τιμές'],
    ['/faq', 'Συχνές ερωτήσεις'],
  ],
  'GhostFoto',
);
const ghostFoot = footer('GhostFoto · Επεξεργασία φωτογραφιών προϊόντων για e-shop ρούχων. Αθήνα – Θεσσαλονίκη.', [
  ['/times', 'Τιμοκατάλογος'],
  ['/faq', 'Βοήθεια'],
  ['mailto:hello@eshop-fotografisi-ghost.test', 'Email'],
]);

const ghostfoto: CorpusSite = {
  host: 'eshop-fotografisi-ghost.test',
  lang: 'el',
  label: 'unrelated',
  shape: 'ghost-mannequin',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'GhostFoto – αφαίρεση μανεκέν και φόντου για φωτογραφίες ρούχων',
      head: metaDescription('Εφέ ghost mannequin με AI: αφαιρούμε την κούκλα από τις φωτογραφίες ρούχων, καθαρίζουμε τσακίσεις και φόντο. Για e-shop και marketplaces.'),
      body:
        ghostNav +
        h1('Τα ρούχα σας, χωρίς την κούκλα') +
        p(
          'Το GhostFoto αφαιρεί αυτόματα το μανεκέν από τις φωτογραφίες προϊόντων, ενώνει μπροστινή και εσωτερική λήψη και δημιουργεί το γνωστό εφέ «αόρατης κούκλας» (ghost mannequin). Ανεβάζετε τις λήψεις σας, εμείς παραδίδουμε έτοιμες εικόνες για το κατάστημά σας.',
        ) +
        upload('Ανεβάστε φωτογραφίες προϊόντων (έως 50)', '/upload', 'Επεξεργασία') +
        h2('Τι περιλαμβάνεται') +
        ul(
          'Αφαίρεση μανεκέν ή κρεμάστρας και ανακατασκευή λαιμόκοψης',
          'Αφαίρεση φόντου – λευκό, διάφανο ή χρώμα της επιλογής σας',
          'Αφαίρεση τσακίσεων και χνουδιού από το ύφασμα',
          'Διόρθωση χρώματος ώστε να ταιριάζει με το πραγματικό ύφασμα',
          'Εξαγωγή στις διαστάσεις κάθε marketplace',
        ) +
        h2('Για ποιους είναι') +
        p('Για καταστήματα ενδυμάτων, εσωρούχων και μαγιό, φωτογράφους προϊόντων και πλατφόρμες μεταπώλησης. Δουλεύουμε μόνο με φωτογραφίες προϊόντων σε κούκλα ή flat lay – δεν επεξεργαζόμαστε φωτογραφίες ανθρώπων.') +
        blockquote('«Κόψαμε τον χρόνο παραγωγής φωτογραφιών στο μισό για τη νέα συλλογή.»', 'Υπεύθυνη e-shop ρούχων, Πάτρα') +
        p('Δοκιμάστε δωρεάν με τις πρώτες 10 εικόνες, χωρίς πιστωτική κάρτα και χωρίς δέσμευση. Παράδοση μέσα σε 24 ώρες.') +
        cookieBanner('Χρησιμοποιούμε cookies για τη λειτουργία του λογαριασμού σας.', 'Αποδοχή', 'Μόνο απαραίτητα') +
        ghostFoot,
    },
    {
      path: '/pos-leitourgei',
      title: 'Πώς λειτουργεί – GhostFoto',
      body:
        ghostNav +
        h1('Πώς λειτουργεί') +
        ol(
          'Φωτογραφίστε το ρούχο σε κούκλα από μπροστά, και το εσωτερικό του γιακά ξεχωριστά.',
          'Ανεβάστε τις λήψεις. Το AI εντοπίζει την κούκλα και την αφαιρεί.',
          'Η εσωτερική λήψη συνδυάζεται για να φαίνεται το ρούχο «γεμάτο» αλλά χωρίς μανεκέν.',
          'Ένας επιμελητής ελέγχει κάθε εικόνα πριν την παράδοση.',
        ) +
        p('Χρόνος παράδοσης: 24 ώρες για έως 200 εικόνες. Express 4 ωρών διαθέσιμο.') +
        ghostFoot,
    },
    {
      path: '/times',
      title: 'Τιμές – GhostFoto',
      body:
        ghostNav +
        h1('Τιμοκατάλογος') +
        priceTable(
          ['Υπηρεσία', 'Τιμή ανά εικόνα'],
          [
            ['Αφαίρεση φόντου', '0,40 €'],
            ['Ghost mannequin (αφαίρεση κούκλας)', '1,20 €'],
            ['Ghost mannequin + αφαίρεση τσακίσεων', '1,60 €'],
            ['Flat lay καθαρισμός', '0,90 €'],
          ],
        ) +
        p('Εκπτώσεις όγκου από 500 εικόνες τον μήνα. Τιμολόγηση με ΦΠΑ, πληρωμή με κάρτα ή τραπεζική μεταφορά. Οι πρώτες 10 εικόνες είναι δωρεάν για κάθε νέο λογαριασμό. Για συνεργασίες με φωτογραφικά στούντιο προσφέρουμε ειδικές τιμές και αποκλειστικό υπεύθυνο λογαριασμού.') +
        ghostFoot,
    },
    {
      path: '/faq',
      title: 'Συχνές ερωτήσεις – GhostFoto',
      body:
        ghostNav +
        faq('Συχνές ερωτήσεις', [
          ['Μπορώ να ανεβάσω φωτογραφίες με μοντέλα;', 'Όχι. Η υπηρεσία αφορά μόνο προϊόντα σε κούκλα, κρεμάστρα ή flat lay. Φωτογραφίες ανθρώπων απορρίπτονται αυτόματα.'],
          ['Δουλεύετε με εσώρουχα και μαγιό;', 'Ναι, ως προϊόντα σε κούκλα, με τους ίδιους κανόνες.'],
          ['Σε τι μορφή παραδίδετε;', 'PNG με διάφανο φόντο ή JPG σε λευκό, στις διαστάσεις που επιλέγετε.'],
          ['Κρατάτε τις φωτογραφίες μου;', 'Διαγράφονται 30 ημέρες μετά την παράδοση.'],
        ]) +
        ghostFoot,
    },
  ],
};

const skolNav = nav(
  [
    ['/', 'Start'],
    ['/lektionsupplagg', 'Lektionsupplägg'],
    ['/for-vardnadshavare', 'För vårdnadshavare'],
    ['/om-nagot-hant', 'Om något har hänt'],
  ],
  'Trygg skärm – skolguiden',
);
const skolFoot = footer('Trygg skärm är ett fiktivt stödmaterial för grund- och gymnasieskolor. Materialet får kopieras fritt i undervisningen.', [
  ['/lektionsupplagg', 'Lektioner'],
  ['/om-nagot-hant', 'Stöd'],
  ['/for-vardnadshavare', 'Vårdnadshavare'],
]);

const skolguide: CorpusSite = {
  host: 'trygg-skarm-skolguide.test',
  lang: 'sv',
  label: 'unrelated',
  shape: 'school-guide',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'Trygg skärm – skolguide om AI-manipulerade bilder',
      head: metaDescription('Stöd för lärare och elevhälsa om avklädningsappar, deepfakes och nätkränkningar. Lektionsupplägg, samtalsstöd och handlingsplan.'),
      body:
        skolNav +
        h1('När en bild kan ”klädas av” på sekunder') +
        p(
          'Appar och Telegrambotar som lovar att ”ta av kläderna på valfri bild” marknadsförs öppet i sociala medier. Elever har berättat för oss om reklam med texter som ”Ladda upp ett foto, välj läge och se den nakna versionen” och ”2 gratis bilder per dag”. När sådana bilder skapas av klasskamrater är det inte ett skämt utan en allvarlig kränkning – och ofta ett brott.',
        ) +
        h2('Det här hittar du i guiden') +
        ul(
          a('/lektionsupplagg', 'Tre lektionsupplägg') + ' för årskurs 7–9 och gymnasiet om samtycke, bildmanipulation och källkritik',
          a('/om-nagot-hant', 'Handlingsplan') + ' för rektor och elevhälsa när en manipulerad bild sprids',
          a('/for-vardnadshavare', 'Information till vårdnadshavare') + ' att skicka hem',
          'Ordlista: deepfake, face swap, ”nudify”, sextortion',
        ) +
        h2('Varför nu?') +
        p('Tekniken har blivit billig och lättillgänglig. Det krävs inga kunskaper – bara en vanlig profilbild. Många elever vet inte att både skapande och spridning kan vara olagligt, eller att den som drabbas kan få hjälp att få bort bilderna.') +
        blockquote('”Lektionen om deepfakes var den första gången eleverna själva tog upp att de sett reklam för sådana appar.”', 'Lärare i samhällskunskap, Umeå') +
        cookieBanner('Webbplatsen använder endast nödvändiga kakor.', 'Okej') +
        skolFoot,
    },
    {
      path: '/lektionsupplagg',
      title: 'Lektionsupplägg – Trygg skärm',
      body:
        skolNav +
        h1('Lektionsupplägg') +
        h3('Lektion 1: Vad är en deepfake?') +
        p('Eleverna jämför äkta och manipulerade bilder (ofarliga exempel, t.ex. ansiktsbyten på djur och kändisstatyer) och diskuterar hur tekniken fungerar.') +
        h3('Lektion 2: Samtycke och bilder') +
        p('Utgå från citat ur verklig reklam för avklädningsappar, t.ex. ”personen på bilden får aldrig veta”. Vad säger det om hur tjänsterna ser på den som avbildas?') +
        h3('Lektion 3: Vad gör jag om…?') +
        p('Rollspel och diskussion om hur man stöttar en kompis, var man anmäler och varför man aldrig ska dela vidare.') +
        skolFoot,
    },
    {
      path: '/for-vardnadshavare',
      title: 'För vårdnadshavare – Trygg skärm',
      body:
        skolNav +
        h1('Information till vårdnadshavare') +
        p('Ditt barn kan stöta på reklam för appar som säger sig kunna ”klä av” personer på foton eller byta ansikte i vuxenvideor. Prata om det utan att skuldbelägga. Berätta att det är förbjudet att skapa och sprida sådana bilder av andra, och att den som drabbas alltid kan få hjälp. Om ditt barn har drabbats: spara bevis, dela inte bilden, kontakta skolan och polisen.') +
        skolFoot,
    },
    {
      path: '/om-nagot-hant',
      title: 'Om något har hänt – Trygg skärm',
      body:
        skolNav +
        h1('Handlingsplan när en manipulerad bild sprids') +
        ol(
          'Ta hand om den drabbade eleven först. Lyssna och bekräfta.',
          'Sprid inte bilden vidare, inte ens till kollegor – beskriv den i ord.',
          'Dokumentera var bilden finns (länkar, kontonamn) utan att ladda ner den.',
          'Anmäl till polisen och informera vårdnadshavare.',
          'Kontakta plattformarna för borttagning och följ upp med klassen.',
        ) +
        skolFoot,
    },
  ],
};

const faktNav = nav(
  [
    ['/', 'Перевірки'],
    ['/perevirka/chy-mozhe-zastosunok-rozdiahnuty', 'Свіжа перевірка'],
    ['/metodolohiia', 'Методологія'],
    ['/pro-nas', 'Про нас'],
  ],
  'ФактоКонтроль',
);
const faktFoot = footer('ФактоКонтроль — незалежна редакція перевірки фактів (вигадана). Дотримуємося принципів відкритої методології.', [
  ['/metodolohiia', 'Методологія'],
  ['/pro-nas', 'Редакція'],
  ['mailto:tips@faktokontrol-ua.test', 'Надіслати запит'],
]);

const faktokontrol: CorpusSite = {
  host: 'faktokontrol-ua.test',
  lang: 'uk',
  label: 'unrelated',
  shape: 'fact-check',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'ФактоКонтроль — перевірка фактів',
      head: metaDescription('Перевіряємо вірусні заяви, фейкові відео та рекламу шахрайських AI-застосунків.'),
      body:
        faktNav +
        h1('Останні перевірки') +
        article(
          h2(a('/perevirka/chy-mozhe-zastosunok-rozdiahnuty', 'Чи справді застосунок може «роздягнути будь-яке фото»?')),
          p('Вердикт: <b>МАНІПУЛЯЦІЯ</b>. Реклама обіцяє «побачити правду під одягом». Насправді нейромережа нічого не «бачить», а вигадує зображення — і це не робить його менш шкідливим для людини на фото.'),
        ) +
        article(
          h2('Відео, де відомий військовий нібито закликає скласти зброю'),
          p('Вердикт: <b>ФЕЙК</b>. Аналіз міміки та звуку показав ознаки дипфейку, а оригінальне відео знайдено на каналі 2022 року.'),
        ) +
        article(
          h2('«Безкоштовні грошові виплати» через бот у Telegram'),
          p('Вердикт: <b>ШАХРАЙСТВО</b>. Бот збирає дані банківських карток. Жодна державна програма такого бота не має.'),
        ) +
        article(
          h2('Чи правда, що з 1 числа змінюються тарифи на електроенергію для всіх?'),
          p('Вердикт: <b>НАПІВПРАВДА</b>. Зміни стосуються лише частини споживачів, а дата в повідомленнях, що ширяться месенджерами, не збігається з офіційним рішенням.'),
        ) +
        p('Маєте сумнів щодо відео чи допису? Ми перевіримо. Щотижня редакція отримує понад 400 запитів від читачів, і найпоширеніші з них стають окремими матеріалами.') +
        h2('Надішліть нам сумнівне повідомлення') +
        textForm('Посилання або текст', 'Надіслати на перевірку', '/zapyt') +
        cookieBanner('Ми використовуємо cookie лише для статистики відвідувань.', 'Гаразд') +
        faktFoot,
    },
    {
      path: '/perevirka/chy-mozhe-zastosunok-rozdiahnuty',
      title: 'Чи справді застосунок може «роздягнути будь-яке фото»? — ФактоКонтроль',
      head: jsonLd({ '@context': 'https://schema.org', '@type': 'ClaimReview', claimReviewed: 'Застосунок показує, як людина виглядає без одягу', reviewRating: { '@type': 'Rating', alternateName: 'Маніпуляція' } }),
      body:
        faktNav +
        article(
          h1('Чи справді застосунок може «роздягнути будь-яке фото»?'),
          p(
            'У соцмережах поширюється реклама сервісів, які обіцяють: «Завантаж фото — і за 10 секунд побачиш людину без одягу», «Роздягнемо будь-яке фото, вручну + AI», «Повна анонімність — не питаємо, хто на фото». Деякі пропонують «прозорий одяг» або вставку обличчя у відео для дорослих.',
            'Ми проаналізували, як працюють такі генератори. Модель не має доступу до жодної «прихованої» інформації: вона домальовує вигадане тіло на основі статистики з навчальних даних. Отже, заява про «правду під одягом» — неправдива. Водночас результат виглядає правдоподібно і використовується для цькування та шантажу.',
          ),
          h2('Вердикт: маніпуляція'),
          p('Створення та поширення таких зображень реальних людей без згоди може бути злочином. Якщо ви постраждали — зверніться до кіберполіції та на гарячу лінію допомоги.'),
        ) +
        faktFoot,
    },
    {
      path: '/metodolohiia',
      title: 'Методологія — ФактоКонтроль',
      body:
        faktNav +
        h1('Як ми перевіряємо') +
        ol('Фіксуємо заяву та її першоджерело.', 'Шукаємо оригінали зображень і відео.', 'Консультуємося з незалежними експертами.', 'Присвоюємо вердикт за шкалою: правда, напівправда, маніпуляція, фейк.', 'Оновлюємо матеріал, якщо з’являються нові дані.') +
        p('Ми ніколи не публікуємо самі шкідливі зображення, а лише описуємо їх. Усі джерела, які можна оприлюднити, ми наводимо в кінці матеріалу.') +
        faktFoot,
    },
    {
      path: '/pro-nas',
      title: 'Про нас — ФактоКонтроль',
      body:
        faktNav +
        h1('Про редакцію') +
        p('ФактоКонтроль — команда з семи журналістів і двох аналітиків відкритих даних. Ми перевіряємо вірусні заяви, фейкові відео, рекламу шахрайських застосунків та дипфейки. Фінансуємося за рахунок грантів і пожертв читачів; не беремо грошей від політичних партій. Виправлення публікуємо відкрито внизу кожного матеріалу. Пишіть нам будь-коли.') +
        faktFoot,
    },
  ],
};

const ffNav = nav(
  [
    ['/', 'Overview'],
    ['/lists', 'Lists'],
    ['/submit', 'Submit a domain'],
    ['/changelog', 'Changelog'],
  ],
  'FilterFeed',
);
const ffFoot = footer('FilterFeed is a community-maintained blocklist project. Lists are free for personal, school and non-profit use.', [
  ['/lists', 'Download'],
  ['/submit', 'Submit'],
  ['/changelog', 'Changelog'],
]);

const filterfeed: CorpusSite = {
  host: 'filterfeed-blocklist.test',
  lang: 'en',
  label: 'unrelated',
  shape: 'blocklist',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'FilterFeed – blocklists for nudify apps, deepfake tubes and NCII abuse',
      head: metaDescription('DNS and browser blocklists covering AI undress services, NSFW face-swap bots, deepfake video sites and their mirrors. Updated daily.'),
      body:
        ffNav +
        h1('Block nudify apps and deepfake sites at the network level') +
        p(
          'FilterFeed maintains open blocklists of domains that offer "AI undress", "clothes remover", "see-through filter" or "18+ face swap" services, plus deepfake video tubes, the mirror domains they rotate through, and the link hubs and coupon sites that promote them. Schools, libraries, families and ISPs use our lists with Pi-hole, AdGuard, pfBlockerNG and enterprise DNS filters.',
        ) +
        h2('Lists') +
        ul(
          '<b>nudify.txt</b> – undress and clothes-off services (web, app download pages, API resellers)',
          '<b>deepfake.txt</b> – face-swap-to-adult services, request boards, deepfake tubes',
          '<b>promoters.txt</b> – directories, rankings, coupon and affiliate sites',
          '<b>mirrors.txt</b> – short-lived mirror domains, refreshed every 6 hours',
        ) +
        p('Every entry links to an evidence record: an archived capture and the marketing claim that qualified it, e.g. <i>"Upload a photo and see the naked version in 20 seconds"</i> or <i>"Uncensored 18+ mode in the APK build"</i>.') +
        h2('Numbers') +
        p('4,812 domains · 611 Telegram handles (reference only, not blockable by DNS) · 97 new entries this week') +
        a('/lists', 'Download the lists →') +
        cookieBanner('This site sets no tracking cookies.', 'Close') +
        ffFoot,
    },
    {
      path: '/lists',
      title: 'Download – FilterFeed',
      body:
        ffNav +
        h1('Download') +
        priceTable(
          ['List', 'Format', 'Entries', 'URL'],
          [
            ['nudify', 'hosts / domains / AdBlock', '2,140', a('/lists/nudify.txt', '/lists/nudify.txt')],
            ['deepfake', 'hosts / domains / AdBlock', '1,377', a('/lists/deepfake.txt', '/lists/deepfake.txt')],
            ['promoters', 'domains', '889', a('/lists/promoters.txt', '/lists/promoters.txt')],
            ['mirrors', 'domains', '406', a('/lists/mirrors.txt', '/lists/mirrors.txt')],
          ],
        ) +
        p('Sample lines from nudify.txt:') +
        '<pre>0.0.0.0 zdejmij-studio.test\n0.0.0.0 goloskan-ai.test\n0.0.0.0 klaedav-spegel.test\n0.0.0.0 apodysi-api.test</pre>' +
        p('Lists are served with ETag headers; please poll no more than once an hour. Each list is also available as a compressed archive and as a signed JSON feed with evidence links for every entry.') +
        ffFoot,
    },
    {
      path: '/submit',
      title: 'Submit a domain – FilterFeed',
      body:
        ffNav +
        h1('Submit a domain') +
        p('Found a service we are missing? Send the domain and the page where it advertises undressing, nude generation or adult face swaps. A maintainer verifies every submission against our inclusion criteria before it enters a list. Do not send images – a URL is enough. Wrongly listed? Use the same form to request review.') +
        orderForm(['Domain or URL', 'Category (nudify / deepfake / promoter / mirror / false positive)', 'Evidence or notes'], 'Submit') +
        ffFoot,
    },
    {
      path: '/changelog',
      title: 'Changelog – FilterFeed',
      body:
        ffNav +
        h1('Changelog') +
        ul(
          '<b>v2025.06.14</b> – +31 nudify, +12 mirrors; removed 3 parked domains.',
          '<b>v2025.06.07</b> – new list promoters.txt split out of nudify.txt after feedback from schools.',
          '<b>v2025.05.30</b> – false positive fixed: a ghost-mannequin product-photo editor was wrongly listed.',
          '<b>v2025.05.23</b> – +44 deepfake, including a request-board network of 9 domains.',
        ) +
        p('Subscribe to the Atom feed to follow changes.') +
        ffFoot,
    },
  ],
};

const przebNav = nav(
  [
    ['/', 'Start'],
    ['/cennik', 'Cennik'],
    ['/api', 'API'],
    ['/zasady-tresci', 'Zasady treści'],
  ],
  'Przebieralnia AI',
);
const przebFoot = footer('Przebieralnia AI sp. z o.o. (fikcyjna) · Narzędzia do zdjęć produktowych dla sklepów odzieżowych. Zero treści NSFW.', [
  ['/zasady-tresci', 'Zasady treści'],
  ['/cennik', 'Cennik'],
  ['/api', 'Dokumentacja API'],
]);

const przebieralnia: CorpusSite = {
  host: 'przebieralnia-ai.test',
  lang: 'pl',
  label: 'unrelated',
  shape: 'clothes-changer',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'Przebieralnia AI – zmień ubranie na zdjęciu modelki w kilka sekund',
      head: metaDescription('Wirtualna przebieralnia dla e-commerce: zamień strój na zdjęciu modela na produkt z Twojego sklepu, usuń zagniecenia, zmień kolor. Bez sesji zdjęciowej.'),
      body:
        przebNav +
        h1('Jedna sesja zdjęciowa, tysiąc stylizacji') +
        p(
          'Przebieralnia AI pozwala sklepom odzieżowym „przebrać” modelkę lub modela na zdjęciu w dowolny produkt z katalogu. Wgrywasz zdjęcie modela i packshot ubrania, a AI zdejmuje dotychczasową stylizację i zakłada nową – z zachowaniem pozy, światła i fałd materiału.',
        ) +
        upload('Wgraj zdjęcie modela i packshot produktu', '/studio', 'Przymierz produkt') +
        h2('Funkcje') +
        ul(
          '<b>Zmiana ubrania</b> – zamień sukienkę na płaszcz, T-shirt na koszulę',
          '<b>Zmiana koloru</b> – wszystkie warianty kolorystyczne z jednego zdjęcia',
          '<b>Usuwanie zagnieceń</b> i wygładzanie tkaniny',
          '<b>Podmiana tła</b> – studio, ulica, plaża',
          '<b>Modele AI</b> – licencjonowane wizerunki wirtualnych modeli w różnym wieku i rozmiarze',
        ) +
        h2('Czego nie robimy') +
        p('Nasze modele nigdy nie generują nagości ani bielizny na osobach, które nie zostały sfotografowane w bieliźnie. Każde zdjęcie przechodzi przez filtr NSFW, a prośby o „rozebranie” są automatycznie odrzucane i blokują konto. Wymagamy potwierdzenia, że osoba na zdjęciu jest zawodowym modelem z podpisaną zgodą.') +
        blockquote('„Zamiast 12 sesji w sezonie robimy dwie, a resztę stylizacji generujemy w Przebieralni.”', 'Kierowniczka e-commerce, marka odzieżowa z Łodzi') +
        cookieBanner('Używamy cookies, aby utrzymać sesję w studiu i mierzyć ruch.', 'Akceptuję', 'Odrzuć') +
        przebFoot,
    },
    {
      path: '/cennik',
      title: 'Cennik – Przebieralnia AI',
      head: stripe('pk_test_przebieralnia_pl'),
      body:
        przebNav +
        h1('Cennik') +
        priceTable(
          ['Plan', 'Zdjęcia / mies.', 'Cena netto', 'Dla kogo'],
          [
            ['Butik', '200', '199 zł', 'małe sklepy internetowe'],
            ['Marka', '2 000', '1 290 zł', 'marki z własną kolekcją'],
            ['Marketplace', 'od 20 000', 'wycena', 'platformy sprzedażowe, API'],
          ],
        ) +
        p('Faktura VAT, płatność kartą lub przelewem. 14 dni testu bez karty dla planu Butik. Niewykorzystane zdjęcia przechodzą na kolejny miesiąc w planie Marka.') +
        przebFoot,
    },
    {
      path: '/api',
      title: 'API – Przebieralnia AI',
      body:
        przebNav +
        h1('API dla platform') +
        p('Endpoint <code>POST /v1/tryon</code> przyjmuje zdjęcie modela (<code>model_image</code>) i zdjęcie produktu (<code>garment_image</code>) i zwraca stylizację w ciągu ok. 8 sekund. Parametr <code>safety</code> jest zawsze włączony i nie może zostać wyłączony. Zapytania naruszające zasady treści zwracają błąd 422 i są logowane.') +
        przebFoot,
    },
    {
      path: '/zasady-tresci',
      title: 'Zasady treści – Przebieralnia AI',
      body:
        przebNav +
        h1('Zasady treści') +
        ol(
          'Zdjęcia wyłącznie zawodowych modeli lub wirtualnych modeli AI, z udokumentowaną zgodą.',
          'Zakaz generowania nagości, treści seksualnych i „rozbierania” – także w trybie API.',
          'Zakaz zdjęć osób niepełnoletnich poza kategorią odzieży dziecięcej na wirtualnych modelach.',
          'Naruszenia skutkują natychmiastowym zamknięciem konta i zgłoszeniem odpowiednim organom.',
        ) +
        p('Nadużycia zgłaszaj na abuse@przebieralnia-ai.test.') +
        przebFoot,
    },
  ],
};

const unrelatedSites: CorpusSite[] = [veritrace, wronski, urad, ajutor, guvenlik, ghostfoto, skolguide, faktokontrol, filterfeed, przebieralnia];

export const sites: CorpusSite[] = [...nudifySites, ...deepfakeSites, ...directorySites, ...unrelatedSites];
