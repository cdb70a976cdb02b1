import {
  p, h1, h2, h3, ul, ol, a, section, article, blockquote, button, nav, footer, cookieBanner, faq, priceTable, mediaGrid,
  jsonLd, metaDescription, upload, orderForm, textForm, img, ageGate, storeBadges, stripe, oneTap, gtag, cryptoCheckout,
  type CorpusSite,
} from '../site-kit.js';

// Written by fresh-p (round 6).
// Languages: pl ×3, ru ×3, cs, uk, tr, ar, he, fa ×2. Every brand, host, handle and person is invented.

/* ───────────────────────────── Polish (pl) ───────────────────────────── */

// pl · nudify · saas
const odslonNav = nav([['/', `Start`], ['/jak-to-dziala', `Jak to działa`], ['/cennik', `Cennik`], ['/faq', `FAQ`], ['/regulamin', `Regulamin`]], `Odsłoń.AI`);
const odslonFoot = footer(
  `© 2025 Odsłoń.AI. Serwis wyłącznie dla osób pełnoletnich (18+). Przesyłając zdjęcie, oświadczasz, że masz zgodę osoby, która się na nim znajduje.`,
  [['/regulamin', `Regulamin`], ['/regulamin#prywatnosc', `Polityka prywatności`], ['mailto:kontakt@odslon-ai.test', `Kontakt`]],
);
const odslonCookies = cookieBanner(`Używamy plików cookies, żeby zapamiętać Twoje kredyty i ustawienia generatora. Klikając „Akceptuję”, zgadzasz się na ich użycie.`, `Akceptuję`, `Tylko niezbędne`);

const plOdslon: CorpusSite = {
  host: 'odslon-ai.test',
  lang: 'pl',
  label: 'nudify',
  shape: 'saas',
  author: 'fresh-p',
  pages: [
    {
      path: '/',
      title: `Odsłoń.AI – rozbieranie zdjęć AI online w 10 sekund`,
      head:
        metaDescription(`Undress AI po polsku: wgraj zdjęcie, a sztuczna inteligencja usunie ubrania z fotki. Tryb NSFW 18+, bez instalacji, 3 darmowe kredyty.`) +
        jsonLd({ '@context': 'https://schema.org', '@type': 'SoftwareApplication', name: 'Odsłoń.AI', applicationCategory: 'MultimediaApplication', operatingSystem: 'Web', offers: { '@type': 'Offer', price: '19.00', priceCurrency: 'PLN' } }) +
        gtag('G-ODSL0N2025'),
      body: [
        odslonNav,
        h1(`Rozbieranie zdjęć AI – wynik w 10 sekund, bez instalacji`),
        p(
          `Odsłoń.AI to najszybszy polski generator typu <strong>undress AI</strong>. Wgraj dowolne zdjęcie, a nasza sieć neuronowa usunie ubrania z fotki i przygotuje wersję 18+ w jakości HD. Wszystko działa w przeglądarce – na telefonie i na komputerze, bez pobierania aplikacji.`,
        ),
        upload(`Wgraj zdjęcie (JPG lub PNG, maks. 10 MB)`, '/generate', `Rozbierz zdjęcie`),
        p(`Pierwsze 3 kredyty dostajesz za darmo po zalogowaniu kontem Google.`),
        oneTap('odslon-web.apps.googleusercontent.test'),
        h2(`Dlaczego właśnie Odsłoń.AI?`),
        ul(
          `<strong>Tryb NSFW bez cenzury</strong> – żadnych rozmytych fragmentów i znaków wodnych w pakietach Premium`,
          `<strong>Rozbieranie jednym kliknięciem</strong> – zaznacz ubranie pędzlem albo zdaj się na automat`,
          `<strong>Kilka stylów</strong>: bielizna, strój kąpielowy albo pełny tryb „18+”`,
          `<strong>Dyskrecja</strong> – zdjęcia kasujemy z serwera po 24 godzinach, nikt poza Tobą ich nie widzi`,
          `<strong>Wygodne płatności</strong> – BLIK, karta albo kryptowaluty`,
        ),
        h2(`Jak to działa w trzech krokach`),
        ol(
          `Wybierz zdjęcie – najlepiej sylwetkę w całości, dobrze oświetloną, bez zasłaniających przedmiotów.`,
          `Ustaw tryb: szybki albo HD, i wybierz, jak daleko ma się posunąć AI.`,
          `Pobierz gotowe zdjęcie lub wygeneruj kolejne warianty z tego samego ujęcia.`,
        ),
        section(img(1, `Przykład przed`), img(2, `Przykład po – zamazany`), p(`Przykłady na stronie są celowo rozmazane. Pełną jakość zobaczysz po zalogowaniu.`)),
        h2(`Co mówią użytkownicy`),
        blockquote(`Testowałem chyba wszystkie appki do rozbierania zdjęć i ta jest najszybsza. Wynik w kilka sekund, wygląda naturalnie.`, `Kuba, Wrocław`),
        blockquote(`Wreszcie coś po polsku, z BLIKIEM i bez kombinowania z VPN-em.`, `Ola, Gdańsk`),
        p(`Sprawdź ` + a('/cennik', `pakiety kredytów`) + ` w zakładce Cennik albo przeczytaj odpowiedzi na najczęstsze pytania.`),
        p(a('/faq', `Najczęstsze pytania →`) + ' ' + a('/jak-to-dziala', `Jak działa nasza AI →`)),
        odslonCookies,
        odslonFoot,
      ].join('\n'),
    },
    {
      path: '/cennik',
      title: `Cennik – pakiety kredytów | Odsłoń.AI`,
      head: stripe('pk_test_odslon_fixture_51Hx') + cryptoCheckout(),
      body: [
        odslonNav,
        h1(`Cennik – wybierz pakiet kredytów`),
        p(`Jeden kredyt to jedno rozebrane zdjęcie w jakości standard. Tryb HD i tryb „pełne 18+” zużywają po 2 kredyty. Kredyty nie wygasają, a abonament możesz anulować w każdej chwili.`),
        priceTable(
          [`Pakiet`, `Kredyty`, `Cena`, `Co zawiera`],
          [
            [`Start`, `10`, `19 zł`, `tryb standard, znak wodny`],
            [`Plus`, `50`, `69 zł`, `HD, bez znaku wodnego, kolejka priorytetowa`],
            [`Premium`, `bez limitu`, `129 zł / mies.`, `wszystkie tryby NSFW, generowanie seryjne, wsparcie 24/7`],
          ],
        ),
        button(`Kup kredyty`),
        p(`Płatności obsługuje zewnętrzny operator. Na wyciągu z konta pojawi się neutralna nazwa „OD Media Sp.”, bez żadnych dopisków 18+. Płacisz BLIKIEM, kartą Visa/Mastercard albo w USDT i BTC.`),
        odslonFoot,
      ].join('\n'),
    },
    {
      path: '/jak-to-dziala',
      title: `Jak działa rozbieranie AI | Odsłoń.AI`,
      body: [
        odslonNav,
        h1(`Jak działa nasza sztuczna inteligencja`),
        p(`Pod maską Odsłoń.AI pracuje model dyfuzyjny dostrojony do jednego zadania: usuwania ubrań ze zdjęć i zastępowania ich realistycznie wygenerowanym obrazem w trybie NSFW. Model sam rozpoznaje sylwetkę, oświetlenie i tło, więc wynik pasuje do oryginalnego ujęcia.`),
        h2(`Tryby generowania`),
        ul(
          `<strong>Szybki</strong> – około 10 sekund, rozdzielczość 768 px`,
          `<strong>HD</strong> – około 30 sekund, rozdzielczość do 2048 px`,
          `<strong>Bielizna / strój kąpielowy</strong> – łagodniejsza wersja, dobra na początek`,
          `<strong>Pełne 18+</strong> – bez ograniczeń, tylko dla zalogowanych`,
        ),
        p(`Najlepiej działają zdjęcia jednej osoby, z przodu, w dobrym świetle. Zdjęcia grupowe i mocno przycięte selfie dają słabsze efekty.`),
        odslonFoot,
      ].join('\n'),
    },
    {
      path: '/faq',
      title: `FAQ – najczęstsze pytania | Odsłoń.AI`,
      body: [
        odslonNav,
        h1(`Najczęstsze pytania`),
        faq(`FAQ`, [
          [`Czy mogę użyć zdjęcia z Instagrama albo Facebooka?`, `Tak, generator przyjmie każde zdjęcie, także zrzut ekranu z mediów społecznościowych. Pamiętaj jednak o regulaminie i zgodzie osoby na zdjęciu.`],
          [`Czy ktoś się dowie, że korzystałem z serwisu?`, `Nie. Nie wysyłamy powiadomień, nie publikujemy wyników, a na wyciągu bankowym widać tylko neutralną nazwę firmy.`],
          [`Dlaczego wynik jest rozmazany?`, `W darmowym pakiecie część obrazu jest zamazana. Pełna wersja bez cenzury jest dostępna od pakietu Plus.`],
          [`Czy zwracacie pieniądze?`, `Niewykorzystane kredyty zwracamy w ciągu 14 dni od zakupu. Zużytych kredytów nie zwracamy.`],
          [`Czy działa na iPhonie?`, `Tak, Odsłoń.AI działa w Safari i Chrome. Nie musisz instalować żadnej aplikacji.`],
        ]),
        odslonFoot,
      ].join('\n'),
    },
    {
      path: '/regulamin',
      title: `Regulamin i polityka prywatności | Odsłoń.AI`,
      body: [
        odslonNav,
        h1(`Regulamin serwisu Odsłoń.AI`),
        ol(
          `Serwis jest przeznaczony wyłącznie dla osób, które ukończyły 18 lat.`,
          `Użytkownik ponosi pełną odpowiedzialność za przesyłane zdjęcia i oświadcza, że posiada zgodę osób na nich widocznych.`,
          `Zabronione jest przesyłanie zdjęć osób niepełnoletnich. Takie konta blokujemy bez zwrotu środków.`,
          `Wygenerowane obrazy służą wyłącznie do użytku prywatnego, w celach rozrywkowych.`,
        ),
        h2(`Polityka prywatności`),
        p(`Przesłane pliki przechowujemy przez 24 godziny, a następnie automatycznie je usuwamy. Adres e-mail wykorzystujemy tylko do logowania i wysyłki potwierdzeń płatności. Serwery znajdują się poza Unią Europejską.`),
        odslonFoot,
      ].join('\n'),
    },
  ],
};

// pl · directory · listicle
const topNav = nav([['/', `Ranking 2025`], ['/deepfake-aplikacje', `Aplikacje face swap 18+`], ['/recenzja/nagomat', `Recenzje`], ['/jak-testujemy', `Jak testujemy`], ['/o-nas', `O nas`]], `TopAplikacjeAI.pl`);
const topFoot = footer(
  `TopAplikacjeAI.pl to niezależny serwis z zestawieniami narzędzi AI. Niektóre linki są linkami partnerskimi – jeśli coś kupisz, możemy otrzymać prowizję. Nie prowadzimy żadnego z opisywanych serwisów.`,
  [['/o-nas', `O nas`], ['/jak-testujemy', `Metodologia`], ['mailto:redakcja@topaplikacje-ai.test', `Kontakt`]],
);

const plTopAplikacje: CorpusSite = {
  host: 'topaplikacje-ai.test',
  lang: 'pl',
  label: 'directory',
  shape: 'listicle',
  author: 'fresh-p',
  pages: [
    {
      path: '/',
      title: `7 najlepszych aplikacji do rozbierania zdjęć AI w 2025 roku – ranking`,
      head:
        metaDescription(`Porównaliśmy najpopularniejsze generatory undress AI: ceny, jakość, tryb NSFW, płatność BLIK. Sprawdź, która appka do rozbierania zdjęć wypada najlepiej.`) +
        jsonLd({ '@context': 'https://schema.org', '@type': 'ItemList', name: 'Najlepsze aplikacje undress AI 2025', itemListElement: [{ '@type': 'ListItem', position: 1, name: 'Nagomat' }, { '@type': 'ListItem', position: 2, name: 'PixStrip' }, { '@type': 'ListItem', position: 3, name: 'BezOdzieży' }] }) +
        gtag('G-TOPAPL0001'),
      body: [
        topNav,
        h1(`7 najlepszych aplikacji do rozbierania zdjęć AI (ranking 2025)`),
        p(`Aktualizacja: marzec 2025. Generatorów typu „undress AI” przybywa co tydzień, a wiele z nich to zwykłe naciągactwo z płatnymi subskrypcjami, które nic nie dają. Przetestowaliśmy 23 serwisy i wybraliśmy siedem, które naprawdę działają. Oceniamy szybkość, jakość trybu NSFW, cenę za zdjęcie i to, czy da się zapłacić BLIKIEM.`),
        article(
          h2(`1. Nagomat – najlepszy ogólnie`),
          p(`Nagomat usuwa ubrania ze zdjęcia w około 8 sekund i oferuje trzy poziomy „odsłonięcia”. Działa w przeglądarce, ma polski interfejs i 5 darmowych kredytów na start. Minus: znak wodny w darmowej wersji.`),
          p(a('https://nagomat.test/?ref=topapl', `Wypróbuj Nagomat za darmo →`, 'rel="sponsored nofollow"')),
        ),
        article(
          h2(`2. PixStrip – najlepsza jakość HD`),
          p(`PixStrip generuje obrazy 18+ w rozdzielczości do 4K i radzi sobie nawet ze zdjęciami grupowymi. Jest droższy od konkurencji, ale przy pakiecie rocznym cena za zdjęcie spada do 0,40 zł.`),
          p(a('https://pixstrip.test/pl?aff=topapl25', `Przejdź do PixStrip →`, 'rel="sponsored nofollow"')),
        ),
        article(
          h2(`3. BezOdzieży – najtańszy, płatność BLIK`),
          p(`Prosty polski serwis: wgrywasz zdjęcie, wybierasz tryb „bielizna” albo „NSFW” i gotowe. Brak abonamentu, płacisz tylko za kredyty.`),
          p(a('https://bezodziezy.test/?ref=topapl', `Sprawdź BezOdzieży →`, 'rel="sponsored nofollow"')),
        ),
        h2(`Pozostałe serwisy w zestawieniu`),
        ol(
          `${a('https://rozdziejka.test/?ref=topapl', 'Rozdziejka')} – aplikacja na Androida (APK), tygodniowy VIP za 24,99 zł`,
          `${a('https://t.me/RozbierzBotPL?start=topapl', 'RozbierzBot')} – bot na Telegramie, płatność gwiazdkami`,
          `${a('https://nocloth-studio.test/?aff=topapl', 'NoCloth Studio')} – dobry tryb anime`,
          `${a('https://nagiekadry.test/?ref=topapl', 'NagieKadry')} – darmowy, ale z długą kolejką`,
        ),
        priceTable(
          [`Serwis`, `Darmowe kredyty`, `Cena od`, `BLIK`, `Ocena`],
          [
            [`Nagomat`, `5`, `15 zł`, `tak`, `9,4/10`],
            [`PixStrip`, `2`, `29 zł`, `nie`, `9,1/10`],
            [`BezOdzieży`, `3`, `9 zł`, `tak`, `8,7/10`],
          ],
        ),
        p(`Uwaga: korzystanie z takich narzędzi na zdjęciach osób bez ich zgody może być w Polsce przestępstwem. Opisujemy serwisy wyłącznie informacyjnie.`),
        cookieBanner(`Ta strona używa cookies i linków afiliacyjnych do analizy ruchu.`, `OK`, `Ustawienia`),
        topFoot,
      ].join('\n'),
    },
    {
      path: '/deepfake-aplikacje',
      title: `Najlepsze aplikacje face swap 18+ i deepfake – zestawienie`,
      body: [
        topNav,
        h1(`Face swap 18+: 5 aplikacji do deepfake’ów dla dorosłych`),
        p(`Osobna kategoria to generatory, które podmieniają twarz w filmach dla dorosłych. Zamiast rozbierać zdjęcie, wstawiają wybraną twarz do gotowego klipu. Oto serwisy, które przetestowaliśmy.`),
        ol(
          `${a('https://swapnight.test/?ref=topapl', 'SwapNight')} – biblioteka ponad 2000 szablonów 18+, film 30 s w 3 minuty`,
          `${a('https://facemix18.test/?aff=topapl', 'FaceMix18')} – wgrywasz własny klip, płatność tylko kryptowalutą`,
          `${a('https://t.me/ZamianaTwarzyBot?start=topapl', 'ZamianaTwarzyBot')} – bot na Telegramie, pierwszy film gratis`,
          `${a('https://deepklip.test/pl?ref=topapl', 'DeepKlip')} – najlepsza jakość, ale długi czas oczekiwania`,
        ),
        topFoot,
      ].join('\n'),
    },
    {
      path: '/recenzja/nagomat',
      title: `Nagomat – recenzja, cena, czy warto? (2025)`,
      body: [
        topNav,
        h1(`Recenzja Nagomat: czy to najlepszy generator undress AI?`),
        p(`Nagomat testujemy od trzech miesięcy. Serwis działa szybko, ma czytelny panel i sensowny cennik: 15 zł za 10 kredytów albo 89 zł za miesiąc bez limitu. Tryb NSFW daje najbardziej naturalne wyniki z całej stawki, choć przy zdjęciach w ciemnych wnętrzach zdarzają się błędy.`),
        ul(`Plusy: szybkość, polski język, BLIK, darmowe kredyty`, `Minusy: znak wodny w darmowej wersji, brak aplikacji na iOS`),
        p(a('https://nagomat.test/?ref=topapl-recenzja', `Odbierz 5 darmowych kredytów w Nagomat →`, 'rel="sponsored nofollow"')),
        topFoot,
      ].join('\n'),
    },
    {
      path: '/jak-testujemy',
      title: `Jak testujemy aplikacje AI | TopAplikacjeAI.pl`,
      body: [
        topNav,
        h1(`Jak testujemy`),
        p(`Każdy serwis sprawdzamy na tym samym zestawie zdjęć stockowych. Mierzymy czas generowania, liczymy, ile kosztuje jedno zdjęcie w najtańszym pakiecie, sprawdzamy dostępne metody płatności i to, czy serwis rzeczywiście usuwa pliki z serwera. Ranking aktualizujemy co miesiąc. Serwisy, które przestały działać albo zmieniły domenę, oznaczamy i przenosimy na koniec listy.`),
        topFoot,
      ].join('\n'),
    },
    {
      path: '/o-nas',
      title: `O nas | TopAplikacjeAI.pl`,
      body: [
        topNav,
        h1(`O serwisie`),
        p(`TopAplikacjeAI.pl to mały zespół entuzjastów sztucznej inteligencji. Od 2023 roku piszemy zestawienia generatorów obrazów, czatbotów i aplikacji do edycji zdjęć. Utrzymujemy się z prowizji partnerskich, dlatego przy linkach do serwisów znajdziesz oznaczenie „sponsored”. Nie sprzedajemy żadnych usług i nie przechowujemy Twoich zdjęć.`),
        topFoot,
      ].join('\n'),
    },
  ],
};

// pl · unrelated · garment-care (wrinkle/stain removal, ghost mannequin for e-commerce)
const prasujNav = nav([['/', `Start`], ['/niewidzialny-manekin', `Niewidzialny manekin`], ['/dla-sklepow', `Dla sklepów`], ['/pakiety', `Pakiety`], ['/pomoc', `Pomoc`]], `Prasuj.Foto`);
const prasujFoot = footer(
  `Prasuj.Foto sp. z o.o., ul. Przykładowa 12, 00-000 Warszawa · NIP 000-000-00-00 · Retusz zdjęć produktowych dla e-commerce.`,
  [['/pomoc', `Pomoc`], ['/pomoc#regulamin', `Regulamin`], ['/pomoc#rodo', `RODO`]],
);

const plPrasuj: CorpusSite = {
  host: 'prasuj-foto.test',
  lang: 'pl',
  label: 'unrelated',
  shape: 'garment-care',
  author: 'fresh-p',
  pages: [
    {
      path: '/',
      title: `Prasuj.Foto – usuń zagniecenia i plamy z ubrań na zdjęciach produktowych`,
      head:
        metaDescription(`AI do retuszu odzieży: usuwanie zagnieceń, plam, kłaczków i manekina ze zdjęć produktowych. Dla sklepów internetowych, Allegro i Vinted.`) +
        jsonLd({ '@context': 'https://schema.org', '@type': 'Organization', name: 'Prasuj.Foto', url: 'https://prasuj-foto.test/' }) +
        gtag('G-PRASUJ0001'),
      body: [
        prasujNav,
        h1(`Wyprasuj ubrania na zdjęciach – bez żelazka`),
        p(`Prasuj.Foto to narzędzie AI dla sklepów odzieżowych. Wgraj zdjęcie produktu, a my usuniemy zagniecenia, plamy, kłaczki i odstające nitki z ubrań. Koszula wygląda jak prosto z pralni, a Ty oszczędzasz godziny pracy w Photoshopie.`),
        upload(`Wgraj zdjęcie produktu`, '/retusz', `Wyprasuj`),
        h2(`Co potrafimy`),
        ul(
          `<strong>Usuwanie zagnieceń</strong> z bawełny, lnu, jedwabiu i dżinsu`,
          `<strong>Usuwanie plam</strong> i przebarwień z tkanin`,
          `<strong>Zdejmowanie manekina</strong> – efekt „ghost mannequin” w jednym kroku`,
          `<strong>Wyrównanie koloru</strong> między zdjęciami tej samej kolekcji`,
          `<strong>Białe tło</strong> zgodne z wymaganiami marketplace’ów`,
        ),
        h2(`Dla kogo?`),
        p(`Dla butików z Instagrama, sprzedawców na Allegro i Vinted, hurtowni odzieży i studiów packshot. Przetwarzamy zarówno pojedyncze zdjęcia, jak i paczki po kilka tysięcy plików przez API.`),
        section(img(3, `Koszula przed retuszem`), img(4, `Koszula po usunięciu zagnieceń`)),
        blockquote(`Przy 400 nowych produktach miesięcznie Prasuj.Foto oszczędza nam dwa etaty retuszera. Lniane sukienki w końcu wyglądają na zdjęciach tak dobrze jak na żywo.`, `Marta, właścicielka sklepu z odzieżą lnianą`),
        p(`Nie retuszujemy ludzi ani sylwetek – pracujemy wyłącznie na odzieży, tkaninach i dodatkach. Zdjęcia z modelkami obsługujemy tylko w zakresie samego ubrania (zagniecenia, plamy, kolor).`),
        p(a('/pakiety', `Zobacz pakiety →`) + ' ' + a('/niewidzialny-manekin', `Jak działa niewidzialny manekin →`)),
        cookieBanner(`Korzystamy z plików cookies w celach statystycznych i marketingowych.`, `Zgadzam się`, `Odrzuć`),
        prasujFoot,
      ].join('\n'),
    },
    {
      path: '/niewidzialny-manekin',
      title: `Niewidzialny manekin (ghost mannequin) AI | Prasuj.Foto`,
      body: [
        prasujNav,
        h1(`Efekt niewidzialnego manekina w 20 sekund`),
        p(`Zrób zdjęcie kurtki, swetra albo sukienki na manekinie, a AI usunie manekina i uzupełni wnętrze kołnierza oraz rękawów. Ubranie wygląda na zdjęciu trójwymiarowo, jakby „nosiła” je niewidzialna postać. To standard w dużych sklepach modowych, który dotąd wymagał sklejania dwóch ujęć w programie graficznym.`),
        ol(`Sfotografuj produkt z przodu na manekinie.`, `Opcjonalnie dodaj zdjęcie wnętrza metki.`, `Pobierz gotowy plik PNG z przezroczystym tłem.`),
        prasujFoot,
      ].join('\n'),
    },
    {
      path: '/dla-sklepow',
      title: `Retusz odzieży dla sklepów internetowych i API | Prasuj.Foto`,
      body: [
        prasujNav,
        h1(`Dla sklepów i hurtowni`),
        p(`Integracja z Shoperem, WooCommerce i Shopify pozwala automatycznie prasować każde nowe zdjęcie produktu. Przez API wysyłasz plik, a po kilku sekundach dostajesz wersję bez zagnieceń i plam. Obsługujemy kolejki do 50 000 zdjęć dziennie i oferujemy fakturę VAT.`),
        ul(`Wtyczka do WooCommerce`, `Aplikacja Shopify`, `REST API z webhookami`, `Dedykowany opiekun od 5000 zdjęć miesięcznie`),
        prasujFoot,
      ].join('\n'),
    },
    {
      path: '/pakiety',
      title: `Pakiety i ceny | Prasuj.Foto`,
      head: stripe('pk_test_prasuj_fixture_77Ab'),
      body: [
        prasujNav,
        h1(`Pakiety`),
        priceTable(
          [`Pakiet`, `Zdjęcia / mies.`, `Cena netto`],
          [
            [`Butik`, `100`, `49 zł`],
            [`Sklep`, `1000`, `299 zł`],
            [`Hurtownia`, `10 000`, `1990 zł`],
          ],
        ),
        p(`Każdy pakiet obejmuje usuwanie zagnieceń, plam i manekina oraz białe tło. Niewykorzystane zdjęcia przechodzą na kolejny miesiąc. Płatność kartą lub przelewem, faktura VAT wystawiana automatycznie. Potrzebujesz więcej niż 10 000 zdjęć miesięcznie? Napisz do nas, przygotujemy indywidualną wycenę i darmowy test na próbce Twoich produktów.`),
        prasujFoot,
      ].join('\n'),
    },
    {
      path: '/pomoc',
      title: `Pomoc i regulamin | Prasuj.Foto`,
      body: [
        prasujNav,
        h1(`Pomoc`),
        faq(`Najczęstsze pytania`, [
          [`Jakie formaty obsługujecie?`, `JPG, PNG, WEBP i TIFF do 50 MB.`],
          [`Czy usuniecie też logo z ubrania?`, `Nie usuwamy znaków towarowych innych firm. Możemy jedynie wyczyścić plamy i zagniecenia wokół nadruku.`],
          [`Czy retuszujecie sylwetki modelek?`, `Nie. Nasze narzędzie zmienia wyłącznie wygląd tkaniny – nie modyfikujemy ciała ani twarzy.`],
          [`Jak długo przechowujecie zdjęcia?`, `30 dni, potem pliki są trwale kasowane zgodnie z RODO.`],
        ]),
        prasujFoot,
      ].join('\n'),
    },
  ],
};

/* ───────────────────────────── Russian (ru) ───────────────────────────── */

// ru · deepfake · tube
const nzNav = nav([['/', `Новое`], ['/populyarnoe', `Популярное`], ['/kategorii', `Категории`], ['/pravila', `Правила`], ['/dmca', `DMCA`]], `НейроЗвёзды 18+`);
const nzFoot = footer(
  `© 2025 НейроЗвёзды. Все ролики созданы нейросетью и являются вымышленными пародиями. Сайт предназначен только для лиц старше 18 лет. Мы не принимаем загрузки от пользователей.`,
  [['/pravila', `Правила`], ['/dmca', `DMCA / Удаление`], ['mailto:abuse@neirozvezdy.test', `Abuse`]],
);
const nzGate = ageGate(`Этот сайт содержит материалы 18+, созданные искусственным интеллектом. Подтвердите, что вам исполнилось 18 лет и просмотр такого контента законен в вашей стране.`, `Мне есть 18 — войти`, `Уйти`);

const ruNeirozvezdy: CorpusSite = {
  host: 'neirozvezdy.test',
  lang: 'ru',
  label: 'deepfake',
  shape: 'tube',
  author: 'fresh-p',
  pages: [
    {
      path: '/',
      title: `НейроЗвёзды — дипфейк-видео со знаменитостями 18+`,
      head: metaDescription(`Дипфейки со звёздами кино, ТВ и блогершами. Новые AI-ролики 18+ каждый день, HD, без регистрации.`) + gtag('G-NZV18TUBE'),
      body: [
        nzGate,
        nzNav,
        h1(`Дипфейк-видео со звёздами — новые ролики каждый день`),
        p(`НейроЗвёзды — крупнейшая русскоязычная коллекция дипфейков 18+. Нейросеть переносит лица актрис, телеведущих и блогерш на видео для взрослых, и результат почти не отличить от настоящего. Смотрите бесплатно в HD, без регистрации и без рекламы во время просмотра.`),
        textForm(`Поиск по имени звезды`, `Найти`),
        h2(`Свежие дипфейки`),
        mediaGrid([
          { title: `Ведущая утреннего шоу — AI-ролик 18+`, duration: `12:41`, views: `1,2 млн просмотров`, tags: [`дипфейк`, `телеведущие`, `18+`] },
          { title: `Звезда сериала в откровенном фейс-свапе`, duration: `08:17`, views: `864 тыс. просмотров`, tags: [`фейс-свап`, `актрисы`, `без цензуры`] },
          { title: `Блогерша-миллионница — NSFW дипфейк HD`, duration: `15:03`, views: `2,4 млн просмотров`, tags: [`блогерши`, `HD`, `нейросеть`] },
          { title: `Певица с хитом лета — нейросеть 18+`, duration: `06:55`, views: `593 тыс. просмотров`, tags: [`певицы`, `дипфейк`] },
          { title: `Актриса из боевика — горячий дипфейк`, duration: `10:29`, views: `1,7 млн просмотров`, tags: [`актрисы`, `18+`, `HD`] },
          { title: `Стримерша после эфира — AI 18+`, duration: `09:12`, views: `998 тыс. просмотров`, tags: [`стримерши`, `фейс-свап`] },
          { title: `Теннисистка — откровенный дипфейк 4K`, duration: `07:48`, views: `432 тыс. просмотров`, tags: [`спортсменки`, `4K`] },
          { title: `Косплеерша — фейс-свап без цензуры`, duration: `11:36`, views: `776 тыс. просмотров`, tags: [`косплей`, `без цензуры`] },
        ]),
        p(`Каждый день мы добавляем от 20 до 40 новых роликов. Хотите видеть конкретную звезду? Голосуйте в разделе «Популярное» — ролики с наибольшим числом голосов делаем в первую очередь.`),
        ul(`Более 18 000 дипфейк-видео`, `Качество до 4K`, `Ежедневные обновления`, `Удобный поиск по имени и тегам`),
        p(a('/kategorii', `Все категории →`) + ' ' + a('/populyarnoe', `Топ недели →`)),
        cookieBanner(`Мы используем cookie, чтобы запомнить ваш выбор возраста и настройки плеера.`, `Принять`),
        nzFoot,
      ].join('\n'),
    },
    {
      path: '/populyarnoe',
      title: `Популярные дипфейки недели | НейроЗвёзды`,
      body: [
        nzGate,
        nzNav,
        h1(`Топ дипфейков за неделю`),
        p(`Самые просматриваемые AI-ролики 18+ за последние семь дней. Рейтинг обновляется каждый час на основе просмотров и лайков.`),
        mediaGrid([
          { title: `Блогерша-миллионница — NSFW дипфейк HD`, duration: `15:03`, views: `2,4 млн просмотров`, tags: [`блогерши`, `HD`] },
          { title: `Актриса из боевика — горячий дипфейк`, duration: `10:29`, views: `1,7 млн просмотров`, tags: [`актрисы`] },
          { title: `Ведущая вечерних новостей — фейс-свап 18+`, duration: `13:20`, views: `1,5 млн просмотров`, tags: [`телеведущие`, `18+`] },
          { title: `Участница реалити-шоу — дипфейк без цензуры`, duration: `05:44`, views: `1,1 млн просмотров`, tags: [`реалити`, `без цензуры`] },
        ]),
        nzFoot,
      ].join('\n'),
    },
    {
      path: '/kategorii',
      title: `Категории дипфейков | НейроЗвёзды`,
      body: [
        nzGate,
        nzNav,
        h1(`Категории`),
        p(`Выберите категорию, чтобы посмотреть все дипфейк-ролики 18+ по теме. Число в скобках — количество видео.`),
        ul(
          `${a('/tag/актрисы', 'Актрисы')} (4 312)`,
          `${a('/tag/телеведущие', 'Телеведущие')} (1 876)`,
          `${a('/tag/блогерши', 'Блогерши и инфлюенсеры')} (3 540)`,
          `${a('/tag/певицы', 'Певицы')} (2 205)`,
          `${a('/tag/спортсменки', 'Спортсменки')} (987)`,
          `${a('/tag/стримерши', 'Стримерши')} (1 430)`,
          `${a('/tag/косплей', 'Косплей')} (1 118)`,
          `${a('/tag/4K', 'Только 4K')} (642)`,
        ),
        nzFoot,
      ].join('\n'),
    },
    {
      path: '/dmca',
      title: `DMCA и удаление контента | НейроЗвёзды`,
      body: [
        nzNav,
        h1(`DMCA / Запрос на удаление`),
        p(`Мы уважаем права правообладателей. Если вы являетесь владельцем авторских прав или лицом, изображённым в ролике, отправьте жалобу на abuse@neirozvezdy.test. Укажите ссылку на страницу видео, ваше имя и документ, подтверждающий полномочия. Жалобы рассматриваются в течение 72 часов. Повторная загрузка удалённых роликов не производится.`),
        nzFoot,
      ].join('\n'),
    },
    {
      path: '/pravila',
      title: `Правила сайта | НейроЗвёзды`,
      body: [
        nzNav,
        h1(`Правила и отказ от ответственности`),
        ol(
          `Все материалы на сайте созданы с помощью нейросетей замены лица и являются вымышленными пародиями.`,
          `Изображённые знаменитости не участвовали в съёмках и не давали согласия на создание роликов.`,
          `Сайт не принимает загрузки от пользователей — весь контент публикует администрация.`,
          `Доступ разрешён только совершеннолетним посетителям.`,
          `Запрещено скачивать и распространять ролики на других площадках.`,
        ),
        nzFoot,
      ].join('\n'),
    },
  ],
};

// ru · directory · telegram-list
const tgNav = nav([['/', `Все боты`], ['/razdevanie', `Раздевание`], ['/feis-svap-18', `Фейс-свап 18+`], ['/dobavit-bota', `Добавить бота`], ['/pravila-kataloga', `Правила`]], `БотоПоиск+`);
const tgFoot = footer(
  `БотоПоиск+ — независимый каталог Telegram-ботов. Мы не являемся владельцами перечисленных ботов и не несём ответственности за их работу. Ссылки могут содержать реферальные метки.`,
  [['/dobavit-bota', `Добавить бота`], ['/pravila-kataloga', `Правила`], ['https://t.me/BotoPoiskPlusChannel', `Наш канал`]],
);

const ruBotopoisk: CorpusSite = {
  host: 'botopoisk-plus.test',
  lang: 'ru',
  label: 'directory',
  shape: 'telegram-list',
  author: 'fresh-p',
  pages: [
    {
      path: '/',
      title: `Боты для раздевания фото в Telegram — каталог 2025 | БотоПоиск+`,
      head: metaDescription(`Каталог рабочих Telegram-ботов: раздевание фото нейросетью, фейс-свап 18+, AI-генерация. Обновляем список каждую неделю, проверяем, какие боты живы.`),
      body: [
        tgNav,
        h1(`Рабочие боты для раздевания фото в Telegram (обновлено в марте 2025)`),
        p(`Боты на основе нейросетей блокируют часто, поэтому мы проверяем список каждую неделю. Здесь собраны боты, которые «раздевают» фото, меняют лицо на видео 18+ и генерируют NSFW-картинки. Отметка ✅ значит, что бот отвечал при последней проверке.`),
        h2(`Топ-10 ботов недели`),
        ol(
          `✅ ${a('https://t.me/RazdevatorProBot?start=bp', '@RazdevatorProBot')} — раздевание по фото, 3 бесплатные генерации, оплата звёздами Telegram`,
          `✅ ${a('https://t.me/NeiroSnimuBot?start=bp', '@NeiroSnimuBot')} — режимы «бельё», «купальник», «18+», быстрое HD`,
          `✅ ${a('https://t.me/GolayaNeiroBot?start=bp', '@GolayaNeiroBot')} — без очереди для VIP, оплата картой РФ`,
          `✅ ${a('https://t.me/FaceSwap18RuBot?start=bp', '@FaceSwap18RuBot')} — вставляет лицо в видео для взрослых`,
          `✅ ${a('https://t.me/UndressMagicRuBot?start=bp', '@UndressMagicRuBot')} — английский интерфейс, принимает крипту`,
          `⚠️ ${a('https://t.me/SnimiVsyoBot?start=bp', '@SnimiVsyoBot')} — работает с перебоями, часто меняет адрес`,
          `✅ ${a('https://t.me/DeepNochBot?start=bp', '@DeepNochBot')} — дипфейк-кружочки и видео до 60 секунд`,
          `✅ ${a('https://t.me/AnimeRazdevBot?start=bp', '@AnimeRazdevBot')} — аниме-стиль, NSFW-арты`,
          `❌ ${a('https://t.me/NudeKlikBot', '@NudeKlikBot')} — заблокирован, ищите зеркало в канале`,
          `✅ ${a('https://t.me/RazdevaykaBot?start=bp', '@RazdevaykaBot')} — бесплатно 1 фото в день`,
        ),
        h2(`Как пользоваться такими ботами`),
        p(`Обычно достаточно нажать /start, отправить фотографию и выбрать режим. Бесплатные генерации чаще всего идут с водяным знаком или размытием, полная версия открывается после оплаты. Если бот заблокировали, владельцы обычно публикуют новый адрес в своём канале — следите за нашим каналом, мы тоже дублируем зеркала.`),
        p(`Внимание: создание и распространение интимных изображений реальных людей без их согласия может преследоваться по закону. Каталог носит информационный характер.`),
        cookieBanner(`Сайт использует cookie для статистики посещений.`, `Хорошо`),
        tgFoot,
      ].join('\n'),
    },
    {
      path: '/razdevanie',
      title: `Боты раздевания по фото | БотоПоиск+`,
      body: [
        tgNav,
        h1(`Боты для раздевания по фото`),
        p(`Отдельная подборка ботов, которые убирают одежду с фото с помощью нейросети. Сравнили цены и количество бесплатных попыток.`),
        priceTable(
          [`Бот`, `Бесплатно`, `Цена`, `Оплата`],
          [
            [a('https://t.me/RazdevatorProBot?start=bp', '@RazdevatorProBot'), `3 фото`, `от 99 ₽`, `звёзды, карта`],
            [a('https://t.me/NeiroSnimuBot?start=bp', '@NeiroSnimuBot'), `2 фото`, `от 149 ₽`, `карта, СБП`],
            [a('https://t.me/GolayaNeiroBot?start=bp', '@GolayaNeiroBot'), `1 фото`, `VIP 490 ₽/нед.`, `карта`],
            [a('https://t.me/RazdevaykaBot?start=bp', '@RazdevaykaBot'), `1 фото/день`, `от 79 ₽`, `USDT`],
          ],
        ),
        tgFoot,
      ].join('\n'),
    },
    {
      path: '/feis-svap-18',
      title: `Боты фейс-свап 18+ и дипфейк | БотоПоиск+`,
      body: [
        tgNav,
        h1(`Фейс-свап 18+: боты для дипфейк-видео`),
        p(`Эти боты заменяют лицо на готовых роликах для взрослых или на ваших видео. Достаточно отправить одно чёткое фото лица.`),
        ul(
          `${a('https://t.me/FaceSwap18RuBot?start=bp', '@FaceSwap18RuBot')} — библиотека шаблонов 18+, ролик за 2–3 минуты`,
          `${a('https://t.me/DeepNochBot?start=bp', '@DeepNochBot')} — кружочки и видео до минуты`,
          `${a('https://t.me/LicoMenBot?start=bp', '@LicoMenBot')} — загрузка своего видео, оплата криптой`,
        ),
        tgFoot,
      ].join('\n'),
    },
    {
      path: '/dobavit-bota',
      title: `Добавить бота в каталог | БотоПоиск+`,
      body: [
        tgNav,
        h1(`Добавить своего бота`),
        p(`Владелец бота? Разместите его в каталоге. Бесплатное размещение — в общем списке после проверки модератором (до 7 дней). Платное закрепление в топе — от 3000 ₽ в неделю. Пишите менеджеру в Telegram, указав юзернейм бота и категорию.`),
        textForm(`Юзернейм бота`, `Отправить на проверку`, '/dobavit-bota/send'),
        tgFoot,
      ].join('\n'),
    },
    {
      path: '/pravila-kataloga',
      title: `Правила каталога | БотоПоиск+`,
      body: [
        tgNav,
        h1(`Правила каталога`),
        p(`Мы публикуем только ботов, которые отвечали хотя бы при одной проверке за последние 30 дней. Мошеннические боты, которые берут оплату и ничего не присылают, удаляются по первой жалобе. Мы не размещаем ботов, связанных с изображениями несовершеннолетних, и сообщаем о таких ботах в поддержку Telegram.`),
        tgFoot,
      ].join('\n'),
    },
  ],
};

// ru · unrelated · moderation-tool (detects nudity/deepfakes to block them)
const clNav = nav([['/', `Продукт`], ['/tarify', `Тарифы`], ['/dokumentatsiya', `Документация`], ['/keisy', `Кейсы`], ['/voprosy', `Вопросы`]], `ЧистаяЛента`);
const clFoot = footer(
  `ООО «ЧистаяЛента» · API модерации изображений и видео для соцсетей, маркетплейсов и форумов. Данные обрабатываются в соответствии с 152-ФЗ.`,
  [['/dokumentatsiya', `Документация`], ['/voprosy', `Вопросы`], ['mailto:sales@chistaya-lenta.test', `Отдел продаж`]],
);

const ruChistayaLenta: CorpusSite = {
  host: 'chistaya-lenta.test',
  lang: 'ru',
  label: 'unrelated',
  shape: 'moderation-tool',
  author: 'fresh-p',
  pages: [
    {
      path: '/',
      title: `ЧистаяЛента — API модерации: распознавание NSFW, обнажённости и дипфейков`,
      head:
        metaDescription(`Автоматическая модерация пользовательского контента: обнаружение NSFW, обнажённости, дипфейков и изображений из приложений для «раздевания». Блокируйте до публикации.`) +
        jsonLd({ '@context': 'https://schema.org', '@type': 'SoftwareApplication', name: 'ЧистаяЛента API', applicationCategory: 'SecurityApplication', offers: { '@type': 'Offer', price: '0.002', priceCurrency: 'USD' } }),
      body: [
        clNav,
        h1(`Модерация изображений, которая не пропустит NSFW и дипфейки`),
        p(`ЧистаяЛента — API для автоматической проверки фото и видео, которые загружают ваши пользователи. Нейросеть определяет обнажённость, контент 18+, сцены насилия и синтетические изображения, и помогает заблокировать их до публикации. Модель отдельно обучена распознавать снимки, созданные приложениями для «раздевания» и фейс-свапа, — одну из самых быстрорастущих угроз для платформ.`),
        h2(`Что распознаёт ЧистаяЛента`),
        ul(
          `<strong>NSFW и обнажённость</strong> — четыре уровня уверенности, от «купальник» до «явный контент 18+»`,
          `<strong>Дипфейки</strong> — признаки замены лица на фото и видео`,
          `<strong>Результаты undress-приложений</strong> — характерные артефакты генерации`,
          `<strong>Несовершеннолетние</strong> — оценка возраста для приоритетной передачи модераторам`,
          `<strong>Хэш-совпадения</strong> с базами уже известного запрещённого контента`,
        ),
        h2(`Как это работает`),
        ol(`Ваш сервер отправляет изображение или ссылку на видео в API.`, `За 150 мс вы получаете JSON с категориями и уровнем уверенности.`, `По вашим правилам контент публикуется, скрывается или уходит на ручную проверку.`),
        p(`Мы не храним проверенные изображения дольше 24 часов и никогда не используем клиентские данные для обучения без письменного согласия.`),
        blockquote(`После подключения ЧистойЛенты количество жалоб на фейковые откровенные фото в нашей соцсети упало в шесть раз.`, `Руководитель службы доверия и безопасности, региональная соцсеть`),
        p(a('/tarify', `Тарифы →`) + ' ' + a('/dokumentatsiya', `Документация API →`)),
        cookieBanner(`Мы используем cookie для аналитики сайта. Клиентский контент cookie не затрагивают.`, `Принять`, `Отклонить`),
        clFoot,
      ].join('\n'),
    },
    {
      path: '/tarify',
      title: `Тарифы API модерации | ЧистаяЛента`,
      head: stripe('pk_test_chistaya_fixture_9Qw'),
      body: [
        clNav,
        h1(`Тарифы`),
        p(`Оплата за каждую проверку. Первые 10 000 запросов в месяц бесплатно — для тестов и небольших проектов.`),
        priceTable(
          [`Тариф`, `Запросов в месяц`, `Цена за 1000 проверок`],
          [
            [`Старт`, `до 10 000`, `бесплатно`],
            [`Бизнес`, `до 1 млн`, `2 $`],
            [`Платформа`, `от 1 млн`, `по договору, от 0,8 $`],
          ],
        ),
        p(`Проверка видео тарифицируется по кадрам: один запрос — до 10 ключевых кадров. Для СМИ, НКО и горячих линий помощи пострадавшим действует бесплатный тариф.`),
        clFoot,
      ].join('\n'),
    },
    {
      path: '/dokumentatsiya',
      title: `Документация API | ЧистаяЛента`,
      body: [
        clNav,
        h1(`Документация API`),
        p(`Отправьте POST-запрос на /v2/moderate с полем image (файл или URL). В ответе приходят поля nsfw_score, nudity_level, deepfake_score, undress_artifacts и рекомендованное действие: allow, review или block. Порог срабатывания настраивается в личном кабинете отдельно для каждой категории.`),
        `<pre>POST /v2/moderate\n{ "image_url": "https://example.test/upload.jpg" }\n→ { "nudity_level": 0, "deepfake_score": 0.91, "action": "review" }</pre>`,
        clFoot,
      ].join('\n'),
    },
    {
      path: '/keisy',
      title: `Кейсы клиентов | ЧистаяЛента`,
      body: [
        clNav,
        h1(`Кейсы`),
        article(h3(`Школьная платформа дистанционного обучения`), p(`Ученики начали загружать в чаты фейковые «раздетые» фото одноклассников. После подключения детектора undress-артефактов такие изображения блокируются автоматически, а модераторы получают уведомление для связи с родителями.`)),
        article(h3(`Маркетплейс объявлений`), p(`Фильтр NSFW снизил долю объявлений с недопустимыми фото до 0,02 %, освободив половину команды ручной модерации.`)),
        clFoot,
      ].join('\n'),
    },
    {
      path: '/voprosy',
      title: `Вопросы и ответы | ЧистаяЛента`,
      body: [
        clNav,
        faq(`Частые вопросы`, [
          [`Можно ли с помощью вашего API раздеть фото?`, `Нет. Мы ничего не генерируем и не изменяем изображения — только классифицируем их, чтобы платформы могли удалить недопустимый контент.`],
          [`Насколько точно распознаются дипфейки?`, `На нашем тестовом наборе точность 94 %. Спорные случаи мы советуем отправлять на ручную проверку.`],
          [`Работаете ли вы с пострадавшими?`, `Мы передаём хэши подтверждённых фейковых изображений партнёрским горячим линиям, чтобы их можно было удалять на других площадках.`],
        ]),
        clFoot,
      ].join('\n'),
    },
  ],
};

/* ───────────────────────────── Czech (cs) ───────────────────────────── */

// cs · nudify · innocent-home (claim only on the modes / price / FAQ pages)
const vesnaNav = nav([['/', `Úvod`], ['/rezimy', `Režimy`], ['/cenik', `Ceník`], ['/casto-kladene-dotazy', `Časté dotazy`], ['/o-nas', `O nás`]], `Ateliér Vesna`);
const vesnaFoot = footer(
  `© 2025 Ateliér Vesna – AI fotoateliér ve vašem prohlížeči. Provozovatel: Vesna Digital s.r.o.`,
  [['/o-nas', `O nás`], ['/casto-kladene-dotazy', `Podpora`], ['/o-nas#podminky', `Obchodní podmínky`]],
);

const csVesna: CorpusSite = {
  host: 'atelier-vesna.test',
  lang: 'cs',
  label: 'nudify',
  shape: 'innocent-home',
  author: 'fresh-p',
  pages: [
    {
      path: '/',
      title: `Ateliér Vesna – AI fotoateliér online`,
      head: metaDescription(`Profesionální portréty, odstranění pozadí, retuš a oživení starých fotek pomocí umělé inteligence. Stačí nahrát fotku.`) + gtag('G-VESNA00CZ'),
      body: [
        vesnaNav,
        h1(`Fotoateliér s umělou inteligencí – přímo v prohlížeči`),
        p(`Ateliér Vesna promění obyčejnou fotku z mobilu ve snímek, za který by se nemusel stydět profesionální fotograf. Nahrajte obrázek, vyberte režim a za pár vteřin máte hotovo. Bez instalace, bez složitých programů, bez čekání na retušéra.`),
        upload(`Nahrajte fotku`, '/generate', `Vylepšit`),
        h2(`Co zvládneme`),
        ul(
          `<strong>Portrét na LinkedIn</strong> – studiové světlo a neutrální pozadí z obyčejné selfie`,
          `<strong>Odstranění pozadí</strong> – průhledné PNG jedním kliknutím`,
          `<strong>Retuš pleti</strong> – jemná a přirozená, žádný plastový efekt`,
          `<strong>Oživení starých fotek</strong> – doplnění barev a zaostření rodinných snímků`,
          `<strong>Změna stylu</strong> – olejomalba, anime, komiks nebo filmový look`,
        ),
        section(img(5, `Ukázka portrétu`), img(6, `Ukázka obnovené fotky`)),
        h2(`Proč Vesna`),
        p(`Náš model vznikl v Česku a rozumí českému světlu i české kůži – tedy aspoň tak tvrdí naši uživatelé. Zpracování trvá v průměru 6 sekund, výsledky ukládáme jen 24 hodin a pak je automaticky mažeme. Platit můžete kartou, Apple Pay nebo Google Pay.`),
        blockquote(`Fotka na životopis za 5 minut místo focení za dva tisíce. Paráda.`, `Petra, Brno`),
        blockquote(`Babiččiny fotky z roku 1965 konečně v barvě. Celá rodina brečela dojetím.`, `Tomáš, Olomouc`),
        p(`Všechny režimy najdete na stránce ` + a('/rezimy', `Režimy`) + `, ceny v ` + a('/cenik', `ceníku`) + `.`),
        cookieBanner(`Používáme soubory cookies ke zlepšení služby a k měření návštěvnosti.`, `Přijmout vše`, `Jen nezbytné`),
        vesnaFoot,
      ].join('\n'),
    },
    {
      path: '/rezimy',
      title: `Režimy úprav | Ateliér Vesna`,
      body: [
        vesnaNav,
        h1(`Režimy Ateliéru Vesna`),
        article(h3(`Portrét`), p(`Studiový portrét z běžné fotky. Vhodné pro profilové fotky a životopisy.`)),
        article(h3(`Pozadí`), p(`Odstranění nebo výměna pozadí, průhledné PNG.`)),
        article(h3(`Restaurace`), p(`Obnova starých a poškozených fotografií, kolorování.`)),
        article(
          h3(`Režim Odhalení (18+)`),
          p(`Náš nejoblíbenější režim pro dospělé. AI svlékne oblečení z jakékoli fotky a vygeneruje realistickou verzi bez oblečení. Stačí nahrát snímek postavy a zvolit úroveň: spodní prádlo, plavky nebo plné NSFW. Funguje i na fotkách z Instagramu a sociálních sítí.`),
          p(`Režim Odhalení je dostupný po potvrzení věku v balíčku Noc nebo Neomezeně. Výsledky nejsou nikde zveřejňovány a po 24 hodinách se mažou.`),
        ),
        vesnaFoot,
      ].join('\n'),
    },
    {
      path: '/cenik',
      title: `Ceník | Ateliér Vesna`,
      head: stripe('pk_test_vesna_fixture_3Lm'),
      body: [
        vesnaNav,
        h1(`Ceník`),
        priceTable(
          [`Balíček`, `Kredity`, `Cena`, `Režimy`],
          [
            [`Den`, `20`, `149 Kč`, `Portrét, Pozadí, Restaurace`],
            [`Noc (18+)`, `40`, `399 Kč`, `všechny režimy včetně Odhalení NSFW, bez vodoznaku`],
            [`Neomezeně`, `∞ / měsíc`, `699 Kč`, `vše + prioritní fronta, HD a dávkové svlékání`],
          ],
        ),
        p(`Platba kartou, Apple Pay, Google Pay nebo v kryptoměnách. Na výpisu z účtu se zobrazí jen „VSN Digital“. Předplatné lze kdykoli zrušit v nastavení účtu.`),
        vesnaFoot,
      ].join('\n'),
    },
    {
      path: '/casto-kladene-dotazy',
      title: `Časté dotazy | Ateliér Vesna`,
      body: [
        vesnaNav,
        faq(`Časté dotazy`, [
          [`Co je režim Odhalení?`, `Režim pro dospělé, který pomocí AI odstraní oblečení z nahrané fotky. Je dostupný jen uživatelům starším 18 let v placených balíčcích.`],
          [`Dozví se osoba na fotce, že jsem ji upravil?`, `Ne. Neposíláme žádná upozornění a výsledky vidíte jen vy.`],
          [`Jaké fotky fungují nejlépe?`, `Snímky jedné osoby zepředu, celá postava a dobré světlo. Skupinové fotky fungují hůř.`],
          [`Vracíte peníze?`, `Nevyužité kredity vrátíme do 14 dnů od nákupu.`],
        ]),
        vesnaFoot,
      ].join('\n'),
    },
    {
      path: '/o-nas',
      title: `O nás | Ateliér Vesna`,
      body: [
        vesnaNav,
        h1(`O nás`),
        p(`Ateliér Vesna jsme založili v roce 2023 jako malý tým vývojářů a fotografů. Chtěli jsme, aby kvalitní úprava fotek byla dostupná každému, bez drahého softwaru. Dnes nás používá přes 200 000 lidí z Česka a Slovenska.`),
        h2(`Obchodní podmínky`),
        p(`Službu mohou používat osoby starší 18 let. Uživatel odpovídá za to, že má k nahraným fotografiím souhlas zobrazených osob. Nahrávat fotografie nezletilých je zakázáno.`),
        vesnaFoot,
      ].join('\n'),
    },
  ],
};

// cs · unrelated · fact-check reporting on nudify apps
const ovNav = nav([['/', `Ověřili jsme`], ['/clanky/svlekaci-aplikace-reklamy', `Svlékací aplikace`], ['/clanky/deepfake-ministr-video', `Deepfake video ministra`], ['/metodika', `Metodika`], ['/o-redakci', `O redakci`]], `Ověřovna`);
const ovFoot = footer(
  `Ověřovna je nezávislý fact-checkingový projekt. Financováno z darů čtenářů a grantů na podporu mediální gramotnosti. Signatář kodexu mezinárodní sítě ověřovatelů faktů.`,
  [['/metodika', `Metodika`], ['/o-redakci', `O redakci`], ['mailto:tipy@overovna.test', `Pošlete tip`]],
);

const csOverovna: CorpusSite = {
  host: 'overovna.test',
  lang: 'cs',
  label: 'unrelated',
  shape: 'fact-check',
  author: 'fresh-p',
  pages: [
    {
      path: '/',
      title: `Ověřovna – ověřujeme fakta, virály a podvody na internetu`,
      head: metaDescription(`Nezávislý český fact-checking: dezinformace, deepfaky, podvodné reklamy a aplikace, které slibují nemožné.`),
      body: [
        ovNav,
        h1(`Ověřili jsme`),
        p(`Každý týden prověřujeme tvrzení, která se šíří českým internetem – od politických výroků přes virální videa až po reklamy na aplikace s umělou inteligencí. U každého článku najdete verdikt, zdroje a postup, jak jsme k závěru došli.`),
        article(
          h2(a('/clanky/svlekaci-aplikace-reklamy', `„Svlékací“ aplikace z reklam na sociálních sítích: co slibují a co s fotkami skutečně dělají`)),
          p(`Verdikt: <strong>zavádějící</strong>. Reklamy slibují „anonymní AI, která svlékne kohokoli“. Prověřili jsme šest takových služeb. Fotky odesílají na servery mimo EU, platby vedou přes zprostředkovatele se skrytými názvy a jejich používání na fotkách skutečných lidí může být trestným činem.`),
        ),
        article(
          h2(a('/clanky/deepfake-ministr-video', `Video, na kterém ministr doporučuje investiční platformu, je deepfake`)),
          p(`Verdikt: <strong>nepravda</strong>. Hlas i pohyb rtů jsou synteticky vytvořené. Video se šíří jako placená reklama a odkazuje na podvodný web.`),
        ),
        article(
          h2(`Fotka povodní z roku 2024 není z letošního jara`),
          p(`Verdikt: <strong>vytrženo z kontextu</strong>. Snímek je dva roky starý, pochází z jiného okresu a byl už dříve publikován agenturou.`),
        ),
        h2(`Jak poznat deepfake`),
        ul(`Zkontrolujte zdroj – kdo video zveřejnil jako první?`, `Hledejte nepřirozené přechody kolem obličeje a vlasů.`, `Ověřte, zda o události informují důvěryhodná média.`, `Použijte zpětné vyhledávání obrázků.`),
        p(`Máte tip na podezřelé video nebo reklamu? Napište nám – každý podnět prověříme.`),
        textForm(`Hledat v článcích`, `Hledat`),
        cookieBanner(`Tento web používá pouze nezbytné cookies a anonymní měření návštěvnosti.`, `Rozumím`),
        ovFoot,
      ].join('\n'),
    },
    {
      path: '/clanky/svlekaci-aplikace-reklamy',
      title: `„Svlékací“ aplikace z reklam: co slibují a co s fotkami dělají | Ověřovna`,
      head: jsonLd({ '@context': 'https://schema.org', '@type': 'ClaimReview', claimReviewed: 'Aplikace s AI dokáže anonymně svléknout kohokoli na fotce a je to legální.', reviewRating: { '@type': 'Rating', alternateName: 'Zavádějící' }, author: { '@type': 'Organization', name: 'Ověřovna' } }),
      body: [
        ovNav,
        article(
          h1(`„Svlékací“ aplikace z reklam: co slibují a co s fotkami skutečně dělají`),
          p(`V posledních měsících se na sociálních sítích objevují reklamy na takzvané nudify aplikace. Slibují, že „AI svlékne kohokoli na fotce“, že je vše „100% anonymní“ a „legální pro osobní použití“. Ověřili jsme tato tvrzení u šesti služeb, jejichž reklamy se zobrazovaly českým uživatelům.`),
          h2(`Anonymita: nepravda`),
          p(`Všechny služby vyžadovaly registraci e-mailem nebo účtem Google a nahrané fotky odesílaly na servery mimo Evropskou unii. Dvě z nich v podmínkách uváděly, že mohou obrázky používat k „vylepšování služeb“.`),
          h2(`Legálnost: zavádějící`),
          p(`Podle oslovených advokátů může výroba a šíření takto upravených snímků skutečné osoby bez jejího souhlasu naplnit skutkovou podstatu několika trestných činů, zejména pokud jde o nezletilé. Oběti se mohou obrátit na policii i na poradny pro oběti kybernetické šikany.`),
          h2(`Verdikt`),
          p(`Tvrzení z reklam hodnotíme jako zavádějící. Aplikace nejsou anonymní a jejich použití na fotkách skutečných lidí bez souhlasu může být trestné.`),
        ),
        ovFoot,
      ].join('\n'),
    },
    {
      path: '/clanky/deepfake-ministr-video',
      title: `Video ministra doporučujícího investice je deepfake | Ověřovna`,
      body: [
        ovNav,
        article(
          h1(`Video, na kterém ministr doporučuje investiční platformu, je deepfake`),
          p(`Na Facebooku a YouTube se šíří placená reklama, ve které ministr údajně doporučuje investiční platformu s „garantovaným výnosem“. Ministerstvo potvrdilo, že video je podvrh. Analýza ukázala typické znaky syntetického videa: rozmazané zuby, nepřirozené mrkání a hlas vytvořený nástrojem na klonování hlasu. Odkaz vede na podvodný web registrovaný před třemi týdny.`),
          p(`Verdikt: <strong>nepravda</strong>.`),
        ),
        ovFoot,
      ].join('\n'),
    },
    {
      path: '/metodika',
      title: `Metodika | Ověřovna`,
      body: [
        ovNav,
        h1(`Jak ověřujeme`),
        ol(`Vybíráme tvrzení, která se šíří a mohou ovlivnit rozhodování lidí.`, `Hledáme původní zdroj a kontaktujeme dotčené osoby či instituce.`, `Konzultujeme nezávislé odborníky.`, `Přidělujeme verdikt: pravda, zavádějící, vytrženo z kontextu, nepravda.`, `Uvádíme všechny zdroje, aby si čtenář mohl vše ověřit sám.`),
        ovFoot,
      ].join('\n'),
    },
    {
      path: '/o-redakci',
      title: `O redakci | Ověřovna`,
      body: [
        ovNav,
        h1(`O redakci`),
        p(`Ověřovnu tvoří pět novinářů a dva analytici dat. Nejsme napojeni na žádnou politickou stranu ani firmu. Zdroje financování každoročně zveřejňujeme ve výroční zprávě. Opravy chyb vyznačujeme přímo v článcích s datem úpravy.`),
        ovFoot,
      ].join('\n'),
    },
  ],
};

/* ───────────────────────────── Ukrainian (uk) ───────────────────────────── */

// uk · nudify · api-reseller (per-call pricing, white-label for bot owners)
const znNav = nav([['/', `Головна`], ['/tsiny', `Ціни`], ['/dokumentatsiia', `Документація`], ['/partneram', `Партнерам`], ['/umovy', `Умови`]], `Znimy API`);
const znFoot = footer(
  `© 2025 Znimy API. Інфраструктура генерації 18+ для розробників. Підтримка 24/7 у Telegram: @ZnimyApiSupport.`,
  [['/dokumentatsiia', `Документація`], ['/umovy', `Умови використання`], ['https://t.me/ZnimyApiSupport', `Підтримка`]],
);

const ukZnimy: CorpusSite = {
  host: 'znimy-api.test',
  lang: 'uk',
  label: 'nudify',
  shape: 'api-reseller',
  author: 'fresh-p',
  pages: [
    {
      path: '/',
      title: `Znimy API — API для роздягання фото на базі ШІ`,
      head: metaDescription(`Undress API для ваших ботів і сайтів: роздягання фото нейромережею, режими NSFW, оплата за кожен запит. Від $0,03 за генерацію.`) + gtag('G-ZNIMYAPI01'),
      body: [
        znNav,
        h1(`Undress API: додайте роздягання фото у свій продукт за 15 хвилин`),
        p(`Znimy API — це готовий бекенд для тих, хто запускає власного Telegram-бота, сайт чи застосунок для дорослих. Ви надсилаєте фото — ми повертаємо версію без одягу, згенеровану нейромережею. Без власних GPU, без навчання моделей, без головного болю з хостингом.`),
        h2(`Чому розробники обирають нас`),
        ul(
          `<strong>Оплата за запит</strong> — від $0,03 за генерацію, без абонплати`,
          `<strong>Швидкість</strong> — у середньому 4,2 секунди на фото 1024 px`,
          `<strong>Режими</strong>: bikini, lingerie, nsfw, а також аніме-стиль`,
          `<strong>White-label</strong> — жодних згадок про нас у результатах`,
          `<strong>Оплата криптою</strong> — USDT (TRC-20), BTC, а також карткою`,
          `<strong>Стабільність</strong> — резервні сервери в трьох країнах, якщо один домен блокують, API продовжує працювати`,
        ),
        h2(`Як почати`),
        ol(`Зареєструйтеся та отримайте API-ключ — 50 безкоштовних запитів на тест.`, `Надішліть POST на /v1/undress із фото та параметром mode.`, `Віддавайте результат своїм користувачам і продавайте генерації з власною націнкою.`),
        `<pre>curl -X POST https://znimy-api.test/v1/undress \\\n  -H "Authorization: Bearer YOUR_KEY" \\\n  -F image=@photo.jpg -F mode=nsfw</pre>`,
        p(`Понад 140 Telegram-ботів і сайтів уже працюють на нашому API. Середній партнер заробляє від $1 500 на місяць, перепродаючи генерації за $0,30–0,50.`),
        blockquote(`Перейшли з власного сервера на Znimy — витрати впали втричі, а бот більше не падає у вихідні.`, `власник бота з 40 тис. користувачів`),
        p(a('/tsiny', `Подивитися ціни →`) + ' ' + a('/dokumentatsiia', `Відкрити документацію →`)),
        cookieBanner(`Ми використовуємо cookie для авторизації в кабінеті розробника.`, `Зрозуміло`),
        znFoot,
      ].join('\n'),
    },
    {
      path: '/tsiny',
      title: `Ціни за запит | Znimy API`,
      head: stripe('pk_test_znimy_fixture_K2p') + cryptoCheckout(),
      body: [
        znNav,
        h1(`Ціни: платите лише за генерації`),
        priceTable(
          [`Обсяг на місяць`, `Ціна за запит`, `Режими`, `Ліміт`],
          [
            [`до 5 000`, `$0,06`, `bikini, lingerie, nsfw`, `5 запитів/с`],
            [`5 000 – 50 000`, `$0,045`, `усі + аніме, HD 2048 px`, `20 запитів/с`],
            [`понад 50 000`, `$0,03`, `усі + пакетна обробка`, `без ліміту`],
          ],
        ),
        p(`Баланс поповнюється заздалегідь, мінімальна сума — $20. Приймаємо USDT TRC-20, BTC, ETH і картки. Невикористаний баланс не згорає. Для великих партнерів — окремий сервер і ціна за домовленістю.`),
        znFoot,
      ].join('\n'),
    },
    {
      path: '/dokumentatsiia',
      title: `Документація API | Znimy API`,
      body: [
        znNav,
        h1(`Документація`),
        h2(`POST /v1/undress`),
        p(`Параметри: image — файл JPG/PNG до 8 МБ або URL; mode — bikini, lingerie чи nsfw; quality — fast або hd; webhook — адреса, куди надіслати результат. Відповідь містить id завдання, статус і посилання на готове зображення, яке зберігається 6 годин.`),
        h2(`GET /v1/balance`),
        p(`Повертає поточний баланс і кількість запитів за місяць. Коди помилок: 402 — недостатньо коштів, 422 — на фото не знайдено людину, 429 — перевищено ліміт.`),
        znFoot,
      ].join('\n'),
    },
    {
      path: '/partneram',
      title: `Партнерська програма та white-label | Znimy API`,
      body: [
        znNav,
        h1(`Партнерам: запустіть власного бота для роздягання`),
        p(`Не хочете писати код? Ми дамо готового Telegram-бота під вашим брендом: оплата зірками Telegram, реферальна система, автоматичні розсилки. Ви лише рекламуєте бота, а ми беремо $0,04 за кожну генерацію з вашого балансу. Налаштування займає один день, шаблони рекламних постів додаємо безкоштовно.`),
        znFoot,
      ].join('\n'),
    },
    {
      path: '/umovy',
      title: `Умови використання | Znimy API`,
      body: [
        znNav,
        h1(`Умови використання`),
        ol(
          `API призначене для сервісів, що працюють з аудиторією 18+.`,
          `Партнер самостійно відповідає за отримання згоди осіб на фото та за дотримання законів своєї країни.`,
          `Заборонено надсилати фото неповнолітніх; такі акаунти блокуються без повернення коштів.`,
          `Ми не зберігаємо вхідні зображення довше 6 годин і не ведемо журналів вмісту.`,
        ),
        znFoot,
      ].join('\n'),
    },
  ],
};

// uk · unrelated · school-guide (deepfake nudes among pupils)
const bkNav = nav([['/', `Головна`], ['/vchyteliam', `Учителям`], ['/batkam', `Батькам`], ['/shcho-robyty', `Що робити, якщо це сталося`], ['/resursy', `Ресурси`]], `Безпечний клас`);
const bkFoot = footer(
  `«Безпечний клас» — освітній проєкт громадської організації з цифрової безпеки дітей. Матеріали можна вільно використовувати в школах із посиланням на джерело.`,
  [['/resursy', `Ресурси`], ['/shcho-robyty', `Допомога`], ['mailto:hello@bezpechnyi-klas.test', `Написати нам`]],
);

const ukBezpechnyiKlas: CorpusSite = {
  host: 'bezpechnyi-klas.test',
  lang: 'uk',
  label: 'unrelated',
  shape: 'school-guide',
  author: 'fresh-p',
  pages: [
    {
      path: '/',
      title: `Безпечний клас — посібник про діпфейки та «роздягальні» застосунки для шкіл`,
      head:
        metaDescription(`Практичний посібник для вчителів, батьків і директорів: як говорити з дітьми про діпфейки, що робити, якщо учні поширюють фейкові інтимні фото однокласників.`) +
        jsonLd({ '@context': 'https://schema.org', '@type': 'WebSite', name: 'Безпечний клас', inLanguage: 'uk' }),
      body: [
        bkNav,
        h1(`Діпфейки в школі: посібник для вчителів і батьків`),
        p(`Застосунки, які «роздягають» фото за допомогою штучного інтелекту, і сервіси заміни облич стали доступні кожному підлітку зі смартфоном. Дедалі частіше школи стикаються з ситуаціями, коли учні створюють фейкові інтимні зображення однокласників чи вчителів і поширюють їх у чатах. Для постраждалої дитини це серйозна травма, навіть якщо всі знають, що картинка підроблена.`),
        p(`Ми зібрали короткі й практичні матеріали: як пояснити дітям, чому це шкідливо, як помітити проблему вчасно і як діяти, якщо це вже сталося.`),
        h2(`Головне за хвилину`),
        ul(
          `Фейкове зображення завдає реальної шкоди — реагуйте так само серйозно, як на будь-яке цькування.`,
          `Не пересилайте зображення навіть «для доказів» — зробіть скриншот з посиланням і даними про автора.`,
          `Постраждала дитина не винна. Не питайте, «навіщо вона викладала фото».`,
          `Повідомте адміністрацію школи, батьків і, за потреби, кіберполіцію.`,
          `Попросіть платформи видалити контент — більшість мають окремі форми для таких скарг.`,
        ),
        h2(`Для кого цей посібник`),
        p(`Для класних керівників, шкільних психологів, директорів і батьків учнів 5–11 класів. Матеріали можна роздрукувати або показати на батьківських зборах. Усі поради перевірені юристами та психологами, які працюють із постраждалими від кібербулінгу.`),
        section(img(7, `Плакат для класу`), p(`Безкоштовний плакат «Подумай, перш ніж пересилати» — ` + a('/resursy', `завантажити в розділі «Ресурси»`) + `.`)),
        cookieBanner(`Сайт використовує лише необхідні cookie. Ми не відстежуємо відвідувачів.`, `Добре`),
        bkFoot,
      ].join('\n'),
    },
    {
      path: '/vchyteliam',
      title: `Учителям: як говорити про діпфейки на уроці | Безпечний клас`,
      body: [
        bkNav,
        h1(`Учителям: план уроку на 45 хвилин`),
        ol(
          `Розминка (5 хв): покажіть відомі безпечні приклади заміни облич у кіно і запитайте, як учні розрізняють правду й підробку.`,
          `Обговорення (15 хв): що відчуває людина, чиє фото змінили без дозволу? Чому «це ж жарт» не працює?`,
          `Правила (10 хв): закон, правила школи й наслідки для того, хто створює або пересилає такі зображення.`,
          `Практика (10 хв): що робити, якщо тобі надіслали фейкове фото однокласника.`,
          `Підсумок (5 хв): куди звертатися по допомогу.`,
        ),
        bkFoot,
      ].join('\n'),
    },
    {
      path: '/batkam',
      title: `Батькам: як захистити дитину | Безпечний клас`,
      body: [
        bkNav,
        h1(`Батькам`),
        p(`Поговоріть із дитиною заздалегідь, а не тоді, коли щось уже сталося. Поясніть, що застосунки для «роздягання» фото і діпфейків — це не гра, а інструмент цькування. Домовтеся, що дитина може прийти до вас із будь-якою проблемою і її не сваритимуть. Перевірте налаштування приватності в соцмережах разом, без тотального контролю.`),
        bkFoot,
      ].join('\n'),
    },
    {
      path: '/shcho-robyty',
      title: `Що робити, якщо це сталося | Безпечний клас`,
      body: [
        bkNav,
        h1(`Якщо фейкове зображення вже поширюється`),
        ol(
          `Заспокойте дитину і скажіть, що вона не винна.`,
          `Зафіксуйте докази: скриншоти з датою, посиланням і ніком того, хто поширив. Не пересилайте сам файл.`,
          `Повідомте директора школи й класного керівника.`,
          `Подайте скарги до соцмереж і месенджерів через форми про інтимні зображення без згоди.`,
          `Зверніться до кіберполіції, особливо якщо постраждала неповнолітня дитина.`,
          `Запропонуйте дитині підтримку психолога.`,
        ),
        bkFoot,
      ].join('\n'),
    },
    {
      path: '/resursy',
      title: `Ресурси для завантаження | Безпечний клас`,
      body: [
        bkNav,
        h1(`Ресурси`),
        ul(
          `Плакат «Подумай, перш ніж пересилати» (PDF, A3)`,
          `Презентація для батьківських зборів (15 слайдів)`,
          `Шаблон листа до соцмережі з проханням видалити фейкове зображення`,
          `Чек-лист для шкільного психолога`,
          `Перелік гарячих ліній для дітей і батьків`,
        ),
        p(`Усі матеріали безкоштовні й поширюються за ліцензією Creative Commons із зазначенням авторства.`),
        bkFoot,
      ].join('\n'),
    },
  ],
};

/* ───────────────────────────── Turkish (tr) ───────────────────────────── */

// tr · nudify · app-landing (APK, store badges, weekly VIP)
const syNav = nav([['/', `Ana Sayfa`], ['/vip-paketler', `VIP Paketler`], ['/apk-indir', `APK İndir`], ['/sss', `SSS`], ['/gizlilik', `Gizlilik`]], `Soyun AI`);
const syFoot = footer(
  `© 2025 Soyun AI. Uygulama yalnızca 18 yaş ve üzeri kullanıcılar içindir. Yüklediğiniz fotoğraflardaki kişilerin iznini almak sizin sorumluluğunuzdadır.`,
  [['/gizlilik', `Gizlilik Politikası`], ['/sss', `Yardım`], ['mailto:destek@soyunai-app.test', `İletişim`]],
);

const trSoyun: CorpusSite = {
  host: 'soyunai-app.test',
  lang: 'tr',
  label: 'nudify',
  shape: 'app-landing',
  author: 'fresh-p',
  pages: [
    {
      path: '/',
      title: `Soyun AI – Fotoğraftaki kıyafetleri yapay zekâyla sil | +18 Uygulama`,
      head:
        metaDescription(`Soyun AI ile herhangi bir fotoğraftaki kıyafetleri saniyeler içinde kaldır. Android APK ve iOS, haftalık VIP, sansürsüz +18 mod.`) +
        jsonLd({ '@context': 'https://schema.org', '@type': 'MobileApplication', name: 'Soyun AI', operatingSystem: 'Android, iOS', applicationCategory: 'PhotographyApplication', aggregateRating: { '@type': 'AggregateRating', ratingValue: '4.7', ratingCount: '18240' }, offers: { '@type': 'Offer', price: '149.99', priceCurrency: 'TRY' } }) +
        gtag('G-SOYUNAI01'),
      body: [
        syNav,
        h1(`Fotoğraftaki kıyafetleri tek dokunuşla sil`),
        p(`Soyun AI, telefonunda çalışan en hızlı +18 yapay zekâ uygulaması. Galerinden bir fotoğraf seç, silmek istediğin kıyafeti işaretle; gerisini yapay zekâ halletsin. Saniyeler içinde sansürsüz, yüksek çözünürlüklü sonuç cebinde.`),
        storeBadges('/apk-indir/soyunai-v3.4.apk'),
        p(`Play Store’da bulamadın mı? Google’ın politikaları nedeniyle tam sürümü doğrudan sitemizden APK olarak indirebilirsin. ` + a('/apk-indir', `Kurulum rehberi →`)),
        h2(`Neden Soyun AI?`),
        ul(
          `<strong>Sansürsüz +18 mod</strong> – VIP’te bulanıklaştırma ve filigran yok`,
          `<strong>3 farklı mod</strong>: iç çamaşırı, bikini ve tam NSFW`,
          `<strong>Türkçe arayüz</strong> ve 7/24 Türkçe destek`,
          `<strong>Gizli mod</strong> – uygulama simgesini “Hesap Makinesi” olarak gizle`,
          `<strong>Sınırsız deneme</strong> – haftalık VIP ile istediğin kadar fotoğraf`,
        ),
        h2(`Nasıl çalışır?`),
        ol(`Uygulamayı indir ve 18 yaşından büyük olduğunu onayla.`, `Galeriden bir fotoğraf seç ya da yeni bir fotoğraf çek.`, `Modu seç, “Soy” butonuna bas ve sonucu kaydet.`),
        section(img(8, `Uygulama ekran görüntüsü`), img(9, `VIP ekranı`)),
        h2(`Kullanıcı yorumları`),
        blockquote(`Denediğim en iyi kıyafet silme uygulaması, sonuç 5 saniyede geliyor. Haftalık VIP’e değer.`, `★★★★★ Emre K.`),
        blockquote(`Hesap makinesi gizleme özelliği harika, kimse bir şey anlamıyor.`, `★★★★★ Burak T.`),
        p(`İlk 2 fotoğraf ücretsiz! Sonrasında ` + a('/vip-paketler', `haftalık VIP`) + ` sadece 149,99 TL.`),
        cookieBanner(`Deneyimini iyileştirmek için çerezler kullanıyoruz. Siteyi kullanmaya devam ederek çerez politikamızı kabul etmiş olursun.`, `Kabul Et`, `Reddet`),
        syFoot,
      ].join('\n'),
    },
    {
      path: '/vip-paketler',
      title: `VIP Paketler – Haftalık, Aylık, Yıllık | Soyun AI`,
      head: cryptoCheckout(),
      body: [
        syNav,
        h1(`VIP Paketler`),
        p(`VIP üyelikle tüm +18 modlar açılır, filigran kalkar ve sıra beklemeden HD sonuç alırsın. Abonelik uygulama içinden veya siteden satın alınabilir.`),
        priceTable(
          [`Paket`, `Fiyat`, `İçerik`],
          [
            [`Haftalık VIP`, `149,99 TL / hafta`, `sınırsız fotoğraf, tüm modlar, filigransız`],
            [`Aylık VIP`, `399,99 TL / ay`, `haftalık VIP + HD 4K + öncelikli sıra`],
            [`Yıllık VIP`, `1.999 TL / yıl`, `tüm özellikler + toplu işlem`],
          ],
        ),
        p(`Ödeme: Google Play, App Store, Papara, kredi kartı veya kripto (USDT). Ekstrende yalnızca “SY Dijital” yazar. Abonelik otomatik yenilenir, dilediğin zaman iptal edebilirsin.`),
        syFoot,
      ].join('\n'),
    },
    {
      path: '/apk-indir',
      title: `Soyun AI APK İndir – Android Kurulum Rehberi`,
      body: [
        syNav,
        h1(`Soyun AI APK nasıl indirilir?`),
        ol(
          `Aşağıdaki butona bas ve soyunai-v3.4.apk dosyasını indir (48 MB).`,
          `Ayarlar → Güvenlik bölümünden “Bilinmeyen kaynaklardan yüklemeye izin ver” seçeneğini aç.`,
          `İndirilenler klasöründen dosyayı aç ve “Yükle” butonuna bas.`,
          `Uygulamayı aç, 18 yaş onayını ver ve 2 ücretsiz fotoğrafını kullan.`,
        ),
        storeBadges('/apk-indir/soyunai-v3.4.apk'),
        p(`Antivirüs uyarısı görürsen endişelenme: Play Store dışındaki tüm uygulamalarda bu uyarı çıkar.`),
        syFoot,
      ].join('\n'),
    },
    {
      path: '/sss',
      title: `Sıkça Sorulan Sorular | Soyun AI`,
      body: [
        syNav,
        faq(`Sıkça Sorulan Sorular`, [
          [`Instagram’dan aldığım fotoğraf çalışır mı?`, `Evet, ekran görüntüsü dahil her fotoğraf çalışır. En iyi sonuç için tek kişilik, ayakta çekilmiş ve iyi aydınlatılmış fotoğraf seç.`],
          [`Fotoğraflarım kaydediliyor mu?`, `Hayır, işlenen fotoğraflar 1 saat sonra sunucudan silinir.`],
          [`Ücretsiz sürümle VIP arasındaki fark ne?`, `Ücretsiz sürümde sonuç bulanık ve filigranlıdır. VIP’te sansürsüz tam sonuç alırsın.`],
          [`iPhone’da çalışır mı?`, `Evet, App Store sürümü veya tarayıcıdan web sürümü kullanılabilir.`],
        ]),
        syFoot,
      ].join('\n'),
    },
    {
      path: '/gizlilik',
      title: `Gizlilik Politikası | Soyun AI`,
      body: [
        syNav,
        h1(`Gizlilik Politikası`),
        p(`Soyun AI, yüklediğin fotoğrafları yalnızca işlem süresince saklar ve işlemden bir saat sonra otomatik olarak siler. E-posta adresin yalnızca hesap ve ödeme bildirimleri için kullanılır. Uygulama 18 yaşından küçüklerin kullanımına kapalıdır; 18 yaş altı kişilere ait fotoğraf yüklenmesi yasaktır ve bu hesaplar kapatılır.`),
        syFoot,
      ].join('\n'),
    },
  ],
};

// tr · directory · coupon
const kpNav = nav([['/', `Tüm Kuponlar`], ['/kupon/ciplakfoto', `ÇıplakFoto`], ['/kupon/dekupaj-x', `Dekupaj-X`], ['/nasil-kullanilir', `Nasıl Kullanılır?`], ['/hakkimizda', `Hakkımızda`]], `YZ Kupon`);
const kpFoot = footer(
  `YZ Kupon, yapay zekâ uygulamaları için indirim kodları paylaşan bağımsız bir sitedir. Listelenen hizmetlerin hiçbiriyle bağlantımız yoktur; bazı bağlantılar ortaklık (affiliate) bağlantısıdır.`,
  [['/hakkimizda', `Hakkımızda`], ['/nasil-kullanilir', `Nasıl Kullanılır?`], ['mailto:iletisim@yz-kupon.test', `İletişim`]],
);

const trYzKupon: CorpusSite = {
  host: 'yz-kupon.test',
  lang: 'tr',
  label: 'directory',
  shape: 'coupon',
  author: 'fresh-p',
  pages: [
    {
      path: '/',
      title: `Yapay Zekâ Kıyafet Silme Uygulamaları İndirim Kodları – Mart 2025 | YZ Kupon`,
      head: metaDescription(`Undress AI ve +18 yapay zekâ uygulamaları için çalışan indirim kodları: %50’ye varan indirim, ücretsiz kredi, VIP deneme.`),
      body: [
        kpNav,
        h1(`+18 Yapay Zekâ Uygulamaları İndirim Kodları (Mart 2025)`),
        p(`Kıyafet silme, yüz değiştirme ve NSFW görsel üretme uygulamaları için çalışan kuponları tek sayfada topladık. Kodları her hafta test ediyoruz; çalışmayanları listeden kaldırıyoruz. Kodu kopyala, uygulamanın ödeme sayfasında yapıştır, indirimin anında uygulansın.`),
        priceTable(
          [`Uygulama`, `Kupon`, `İndirim`, `Son kontrol`],
          [
            [a('https://ciplakfoto.test/?ref=yzkupon', 'ÇıplakFoto'), `<code>YZK50</code>`, `%50 ilk ay`, `2 gün önce ✅`],
            [a('https://dekupaj-x.test/tr?aff=yzkupon', 'Dekupaj-X'), `<code>BAHAR30</code>`, `%30 yıllık VIP`, `5 gün önce ✅`],
            [a('https://swapgece.test/?ref=yzkupon', 'SwapGece'), `<code>GECE20</code>`, `20 ücretsiz yüz değiştirme videosu`, `1 hafta önce ✅`],
            [a('https://nudera-ai.test/?aff=yzkupon', 'Nudera AI'), `<code>YZKVIP</code>`, `3 gün ücretsiz VIP`, `3 gün önce ✅`],
            [a('https://t.me/SoyucuTRBot?start=yzkupon', 'SoyucuTR Bot'), `<code>TG10</code>`, `10 ücretsiz kredi`, `dün ✅`],
            [a('https://kiyafetsiz.test/?ref=yzkupon', 'Kıyafetsiz.app'), `<code>HOSGELDIN</code>`, `%25`, `2 hafta önce ⚠️`],
          ],
        ),
        h2(`Haftanın fırsatı: ÇıplakFoto %50 indirim`),
        p(`ÇıplakFoto, fotoğraftaki kıyafetleri birkaç saniyede kaldıran popüler bir web uygulaması. YZK50 koduyla ilk aylık aboneliği yarı fiyatına alabilirsin. Kampanya ay sonuna kadar geçerli.`),
        p(a('https://ciplakfoto.test/checkout?ref=yzkupon&coupon=YZK50', `Kuponu kullan ve siteye git →`, 'rel="sponsored nofollow"')),
        h2(`Kupon çalışmıyorsa`),
        ul(`Kodu büyük harfle ve boşluksuz yazdığından emin ol.`, `Bazı kuponlar yalnızca yeni hesaplarda geçerlidir.`, `Uygulama içi satın alımlarda kupon çalışmayabilir; web sitesinden ödeme yap.`),
        p(`Not: Bu uygulamaları başkalarının fotoğraflarında izinsiz kullanmak Türkiye’de suç teşkil edebilir. Kuponlar bilgi amaçlı paylaşılmaktadır.`),
        cookieBanner(`Bu site, ortaklık bağlantılarını takip etmek için çerez kullanır.`, `Tamam`),
        kpFoot,
      ].join('\n'),
    },
    {
      path: '/kupon/ciplakfoto',
      title: `ÇıplakFoto İndirim Kodu – %50 (Mart 2025) | YZ Kupon`,
      body: [
        kpNav,
        h1(`ÇıplakFoto indirim kodları`),
        p(`ÇıplakFoto, yüklenen fotoğraflardaki kıyafetleri yapay zekâyla silen ve “iç çamaşırı”, “bikini”, “+18” modları sunan bir web uygulaması. Aşağıdaki kodlar bu hafta test edildi.`),
        ul(`<code>YZK50</code> – ilk ay %50 indirim ✅`, `<code>KREDI10</code> – 10 ücretsiz kredi (yeni hesap) ✅`, `<code>YILLIK40</code> – yıllık pakette %40 ⚠️`),
        p(a('https://ciplakfoto.test/?ref=yzkupon', `ÇıplakFoto’ya git →`, 'rel="sponsored nofollow"')),
        kpFoot,
      ].join('\n'),
    },
    {
      path: '/kupon/dekupaj-x',
      title: `Dekupaj-X Kupon Kodu | YZ Kupon`,
      body: [
        kpNav,
        h1(`Dekupaj-X kupon kodları`),
        p(`Dekupaj-X, sansürsüz NSFW modu ve yüz değiştirme özelliğiyle öne çıkan bir yapay zekâ uygulaması. Android için APK, iPhone için web sürümü var. Haftalık VIP normalde 129 TL; aşağıdaki kodla yıllık pakette %30 indirim alabilirsin.`),
        ul(`<code>BAHAR30</code> – yıllık VIP %30 ✅`, `<code>DXDENEME</code> – 24 saat ücretsiz VIP ✅`),
        p(a('https://dekupaj-x.test/tr?aff=yzkupon', `Dekupaj-X’e git →`, 'rel="sponsored nofollow"')),
        kpFoot,
      ].join('\n'),
    },
    {
      path: '/nasil-kullanilir',
      title: `Kupon Kodu Nasıl Kullanılır? | YZ Kupon`,
      body: [
        kpNav,
        h1(`Kupon kodu nasıl kullanılır?`),
        ol(`Listeden uygulamayı bul ve “Kodu kopyala” butonuna bas.`, `Uygulamanın web sitesine git ve paketini seç.`, `Ödeme sayfasındaki “Promosyon kodu” alanına kodu yapıştır.`, `İndirimli fiyatı kontrol et ve ödemeyi tamamla.`),
        p(`Kod çalışmazsa sayfanın altındaki yorum alanından bize bildir; 24 saat içinde kontrol edip listeyi güncelliyoruz.`),
        kpFoot,
      ].join('\n'),
    },
    {
      path: '/hakkimizda',
      title: `Hakkımızda | YZ Kupon`,
      body: [
        kpNav,
        h1(`Hakkımızda`),
        p(`YZ Kupon, 2024’te yapay zekâ uygulamalarının fiyatlarını takip etmek için kuruldu. Gelirimiz, kuponlarımızı kullanarak yapılan alışverişlerden aldığımız ortaklık komisyonlarından gelir. Hiçbir uygulamanın sahibi veya işletmecisi değiliz, fotoğraf yüklemenizi istemeyiz ve herhangi bir hizmet satmayız.`),
        kpFoot,
      ].join('\n'),
    },
  ],
};

/* ───────────────────────────── Arabic (ar) ───────────────────────────── */

// ar · deepfake · telegram-bot (the bot is the product)
const wbNav = nav([['/', `الرئيسية`], ['/packages', `الباقات`], ['/guide', `طريقة الاستخدام`], ['/support', `الدعم`]], `بوت وجهي 18+`);
const wbFoot = footer(
  `© 2025 بوت وجهي. الخدمة مخصصة للبالغين فقط (+18). المستخدم مسؤول بالكامل عن الصور التي يرسلها وعن الحصول على موافقة أصحابها.`,
  [['/support', `الدعم والأسئلة`], ['https://t.me/WajhiSwapBot?start=site', `افتح البوت`], ['https://t.me/WajhiNews', `قناة التحديثات`]],
);

const arWajhiBot: CorpusSite = {
  host: 'wajhi-bot.test',
  lang: 'ar',
  label: 'deepfake',
  shape: 'telegram-bot',
  author: 'fresh-p',
  pages: [
    {
      path: '/',
      title: `بوت وجهي – تبديل الوجوه في فيديوهات للكبار عبر تيليجرام`,
      head: metaDescription(`بوت تيليجرام لتركيب وجه أي شخص على مقاطع للكبار +18 بالذكاء الاصطناعي. أرسل صورة واحدة واستلم فيديو ديب فيك خلال دقيقتين.`) + gtag('G-WAJHIBOT1'),
      body: [
        wbNav,
        h1(`ركّب أي وجه في فيديو للكبار… من داخل تيليجرام`),
        p(`بوت وجهي هو أسرع بوت ديب فيك عربي. أرسل صورة واضحة لوجه أي شخص، اختر مقطعًا من مكتبتنا الساخنة التي تضم أكثر من 3000 مقطع للكبار، وخلال دقيقتين يصلك فيديو مُركّب بجودة عالية يصعب تمييزه عن الحقيقي. لا تطبيق، لا تسجيل، ولا بريد إلكتروني.`),
        p(a('https://t.me/WajhiSwapBot?start=site', `🔥 ابدأ الآن في تيليجرام – أول فيديو مجانًا`)),
        h2(`لماذا بوت وجهي؟`),
        ul(
          `<strong>مكتبة +18 ضخمة</strong> – مقاطع جديدة تُضاف كل أسبوع`,
          `<strong>ارفع مقطعك الخاص</strong> – في باقة VIP يمكنك إرسال فيديو من اختيارك`,
          `<strong>خصوصية تامة</strong> – كل شيء داخل محادثتك الخاصة مع البوت، ونحذف الصور بعد التنفيذ`,
          `<strong>دعم عربي</strong> – واجهة عربية بالكامل ودعم فني على مدار الساعة`,
          `<strong>دفع سهل</strong> – نجوم تيليجرام أو USDT`,
        ),
        h2(`كيف يعمل البوت؟`),
        ol(`افتح البوت واضغط /start.`, `أرسل صورة وجه واضحة من الأمام (يمكن أن تكون من إنستغرام أو سناب).`, `اختر قالبًا من المكتبة أو أرسل مقطعك (VIP).`, `استلم الفيديو الجاهز خلال دقيقتين تقريبًا.`),
        section(img(0, `لقطة من البوت`), p(`أكثر من 120 ألف مستخدم شهريًا من الخليج ومصر والمغرب العربي.`)),
        blockquote(`أفضل بوت ديب فيك جربته، النتيجة واقعية جدًا والسرعة ممتازة.`, `مستخدم من الرياض`),
        p(`إذا تم حظر البوت، ستجد الرابط الجديد دائمًا في ` + a('https://t.me/WajhiNews', `قناة التحديثات`) + `.`),
        cookieBanner(`نستخدم ملفات تعريف الارتباط لتحليل الزيارات فقط.`, `موافق`),
        wbFoot,
      ].join('\n'),
    },
    {
      path: '/packages',
      title: `الباقات والأسعار | بوت وجهي`,
      head: cryptoCheckout(),
      body: [
        wbNav,
        h1(`الباقات`),
        priceTable(
          [`الباقة`, `عدد الفيديوهات`, `السعر`, `المميزات`],
          [
            [`تجربة`, `1`, `مجانًا`, `فيديو 15 ثانية بعلامة مائية`],
            [`برونزية`, `10`, `4.99$ أو 250 نجمة`, `حتى 30 ثانية، بدون علامة مائية`],
            [`ذهبية`, `40`, `14.99$`, `جودة HD، أولوية في الطابور`],
            [`VIP شهرية`, `غير محدود`, `29.99$ / شهر`, `رفع مقاطعك الخاصة، حتى 3 دقائق، 4K`],
          ],
        ),
        p(`الدفع يتم داخل البوت بنجوم تيليجرام أو عبر USDT (TRC-20). بعد الدفع تُضاف الرصيد تلقائيًا خلال دقيقة. لا نقبل البطاقات البنكية حفاظًا على خصوصيتك.`),
        wbFoot,
      ].join('\n'),
    },
    {
      path: '/guide',
      title: `طريقة الاستخدام | بوت وجهي`,
      body: [
        wbNav,
        h1(`دليل الاستخدام خطوة بخطوة`),
        p(`للحصول على أفضل نتيجة، استخدم صورة وجه واحدة، من الأمام، بإضاءة جيدة وبدون نظارات شمسية أو يد أمام الوجه. الصور الملتقطة من الفيديو أو القصص تعمل أيضًا لكن بجودة أقل.`),
        ul(`الأمر /start – بدء البوت واستلام الفيديو المجاني`, `الأمر /library – تصفح مكتبة القوالب +18`, `الأمر /upload – رفع مقطعك الخاص (VIP فقط)`, `الأمر /balance – معرفة رصيدك`, `الأمر /buy – شراء باقة`),
        wbFoot,
      ].join('\n'),
    },
    {
      path: '/support',
      title: `الدعم والأسئلة الشائعة | بوت وجهي`,
      body: [
        wbNav,
        faq(`الأسئلة الشائعة`, [
          [`هل يعرف الشخص صاحب الصورة؟`, `لا، البوت لا يرسل أي إشعار، وكل شيء يتم داخل محادثتك الخاصة.`],
          [`البوت لا يرد، ماذا أفعل؟`, `ربما تم حظره مؤقتًا. تابع قناة التحديثات لتحصل على رابط البوت البديل، ورصيدك محفوظ.`],
          [`هل يمكن استرجاع المبلغ؟`, `نعيد الرصيد غير المستخدم خلال 7 أيام عند التواصل مع الدعم.`],
          [`كم يستغرق تجهيز الفيديو؟`, `من دقيقة إلى خمس دقائق حسب طول المقطع وضغط الطابور.`],
        ]),
        p(`للتواصل مع الدعم: ` + a('https://t.me/WajhiSupport', `@WajhiSupport`)),
        wbFoot,
      ].join('\n'),
    },
  ],
};

// ar · unrelated · sfw-faceswap (movie/meme face swap, explicit no-adult rule)
const wmNav = nav([['/', `الرئيسية`], ['/templates', `القوالب`], ['/premium', `بريميوم`], ['/rules', `قواعد الاستخدام`], ['/help', `المساعدة`]], `وجه ضاحك`);
const wmFoot = footer(
  `© 2025 وجه ضاحك – تطبيق تبديل وجوه للمرح والميمز. ممنوع تمامًا استخدام الخدمة لأي محتوى إباحي أو عُري أو لإيذاء الآخرين.`,
  [['/rules', `قواعد الاستخدام`], ['/help', `المساعدة`], ['mailto:report@wajh-dahik.test', `الإبلاغ عن إساءة`]],
);

const arWajhDahik: CorpusSite = {
  host: 'wajh-dahik.test',
  lang: 'ar',
  label: 'unrelated',
  shape: 'sfw-faceswap',
  author: 'fresh-p',
  pages: [
    {
      path: '/',
      title: `وجه ضاحك – بدّل وجهك مع أبطال الأفلام والميمز`,
      head:
        metaDescription(`تطبيق تبديل الوجوه للمرح: ضع وجهك في مشاهد أفلام شهيرة ومقاطع ميمز وصور كرتونية. آمن للعائلة، بدون أي محتوى للبالغين.`) +
        jsonLd({ '@context': 'https://schema.org', '@type': 'MobileApplication', name: 'وجه ضاحك', applicationCategory: 'EntertainmentApplication', contentRating: 'Everyone' }),
      body: [
        wmNav,
        h1(`بدّل وجهك مع أبطال الأفلام… وأضحك الجميع!`),
        p(`وجه ضاحك تطبيق ممتع لتبديل الوجوه. ارفع صورة سيلفي، واختر مشهدًا من مكتبتنا المليئة بمقاطع الأفلام الكلاسيكية والميمز الشهيرة والشخصيات الكرتونية، وخلال ثوانٍ تحصل على فيديو مضحك تشاركه مع أصدقائك وعائلتك على واتساب وتيك توك.`),
        upload(`ارفع صورة سيلفي لوجهك`, '/swap', `بدّل الوجه`),
        h2(`ماذا يمكنك أن تصنع؟`),
        ul(
          `<strong>مشاهد أفلام</strong> – كن بطل فيلم مغامرات أو فارسًا في الصحراء`,
          `<strong>ميمز</strong> – أشهر مقاطع الميمز العربية والعالمية`,
          `<strong>بطاقات المناسبات</strong> – العيد، رمضان، أعياد الميلاد والتخرج`,
          `<strong>كرتون</strong> – حوّل نفسك إلى شخصية رسوم متحركة`,
        ),
        h2(`قواعدنا واضحة`),
        p(`نرفض تمامًا أي محتوى للبالغين أو عُري أو تحرش. لا يمكن رفع فيديوهات خاصة، بل نستخدم فقط قوالبنا المراجعة. كل فيديو يحمل علامة مائية صغيرة “مُعدَّل بالذكاء الاصطناعي”، ويُمنع استخدام وجه أي شخص بدون إذنه. فلتر آلي يراجع كل صورة قبل المعالجة.`),
        section(img(1, `مثال: مشهد فيلم`), img(2, `مثال: بطاقة عيد`)),
        blockquote(`عملت فيديو لأبي بوجهه في مشهد فارس، الكل ضحك في العزومة!`, `سارة، عمّان`),
        p(a('/templates', `تصفح القوالب →`) + ' ' + a('/rules', `اقرأ قواعد الاستخدام →`)),
        storeBadges('/download/wajh-dahik.apk'),
        cookieBanner(`نستخدم ملفات تعريف الارتباط لتحسين التطبيق وقياس الزيارات.`, `قبول`, `رفض`),
        wmFoot,
      ].join('\n'),
    },
    {
      path: '/templates',
      title: `القوالب | وجه ضاحك`,
      body: [
        wmNav,
        h1(`مكتبة القوالب`),
        p(`أكثر من 800 قالب آمن للعائلة، تتم مراجعة كل قالب يدويًا قبل نشره. نضيف قوالب جديدة كل خميس.`),
        ul(`أفلام كلاسيكية (210 قالب)`, `ميمز عربية (180 قالب)`, `رياضة وكرة قدم (95 قالب)`, `مناسبات وأعياد (140 قالب)`, `كرتون وأنمي (175 قالب)`),
        wmFoot,
      ].join('\n'),
    },
    {
      path: '/premium',
      title: `بريميوم | وجه ضاحك`,
      head: stripe('pk_test_wajhdahik_fixture_Z8'),
      body: [
        wmNav,
        h1(`وجه ضاحك بريميوم`),
        priceTable(
          [`الخطة`, `السعر`, `المميزات`],
          [
            [`مجاني`, `0`, `5 فيديوهات يوميًا، إعلانات`],
            [`بريميوم`, `9.99 ر.س / شهر`, `فيديوهات غير محدودة، بدون إعلانات، جودة HD`],
            [`عائلي`, `19.99 ر.س / شهر`, `حتى 5 أفراد`],
          ],
        ),
        p(`جميع الخطط تلتزم بنفس قواعد الاستخدام: لا محتوى للبالغين ولا رفع لمقاطع خاصة.`),
        wmFoot,
      ].join('\n'),
    },
    {
      path: '/rules',
      title: `قواعد الاستخدام | وجه ضاحك`,
      body: [
        wmNav,
        h1(`قواعد الاستخدام`),
        ol(
          `يُمنع منعًا باتًا إنشاء أي محتوى إباحي أو جنسي أو عُري.`,
          `يُمنع استخدام صورة شخص آخر دون موافقته.`,
          `يُمنع استخدام صور الأطفال إلا بإذن ولي الأمر ولأغراض عائلية فقط.`,
          `يُمنع إنشاء محتوى للسخرية من شخص بهدف التنمر أو التشهير.`,
          `المخالفات تؤدي إلى حذف الحساب فورًا وإبلاغ الجهات المختصة عند الضرورة.`,
        ),
        wmFoot,
      ].join('\n'),
    },
    {
      path: '/help',
      title: `المساعدة | وجه ضاحك`,
      body: [
        wmNav,
        faq(`الأسئلة الشائعة`, [
          [`هل يمكنني رفع فيديو من جهازي؟`, `لا، لأسباب تتعلق بالأمان نستخدم فقط قوالبنا المراجعة.`],
          [`هل تحتفظون بصوري؟`, `تُحذف صورة الوجه بعد 24 ساعة تلقائيًا.`],
          [`رأيت فيديو مسيئًا بوجهي، ماذا أفعل؟`, `راسلنا على بريد الإبلاغ وسنحذفه ونحظر الحساب المسؤول خلال 24 ساعة.`],
        ]),
        wmFoot,
      ].join('\n'),
    },
  ],
};

/* ───────────────────────────── Hebrew (he) ───────────────────────────── */

// he · directory · single-review ("is X safe / legit")
const bdNav = nav([['/', `ביקורת Peelora`], ['/chalufot-le-peelora', `חלופות`], ['/gilui-naot', `גילוי נאות`], ['/tsor-kesher', `צור קשר`]], `בודק האפליקציות`);
const bdFoot = footer(
  `בודק האפליקציות הוא אתר ביקורות עצמאי. איננו מפעילים אף אחד מהשירותים המתוארים. חלק מהקישורים הם קישורי שותפים, ואנו עשויים לקבל עמלה על רכישה.`,
  [['/gilui-naot', `גילוי נאות`], ['/tsor-kesher', `צור קשר`]],
);

const heBodek: CorpusSite = {
  host: 'bodek-haapps.test',
  lang: 'he',
  label: 'directory',
  shape: 'single-review',
  author: 'fresh-p',
  pages: [
    {
      path: '/',
      title: `האם Peelora בטוחה? ביקורת מלאה, מחירים ותוצאות (2025)`,
      head:
        metaDescription(`בדקנו את Peelora, אפליקציית ה-undress AI שכולם מדברים עליה: האם היא לגיטימית, כמה היא עולה, האם התמונות נשמרות, ומה החלופות.`) +
        jsonLd({ '@context': 'https://schema.org', '@type': 'Review', itemReviewed: { '@type': 'SoftwareApplication', name: 'Peelora' }, reviewRating: { '@type': 'Rating', ratingValue: '3.5', bestRating: '5' }, author: { '@type': 'Organization', name: 'בודק האפליקציות' } }),
      body: [
        bdNav,
        h1(`האם Peelora בטוחה ולגיטימית? הביקורת המלאה`),
        p(`עודכן: מרץ 2025. Peelora היא אפליקציית רשת שמבטיחה "להסיר בגדים מכל תמונה" בעזרת בינה מלאכותית, עם מצב NSFW ו"מצב 18+" ללא צנזורה. הפרסומות שלה מופיעות בטלגרם וברשתות החברתיות, ורבים שואלים אותנו: האם זה עובד, האם זו הונאה, והאם מישהו יידע שהשתמשתם בה? בדקנו אותה במשך שבועיים.`),
        h2(`השורה התחתונה`),
        ul(`<strong>עובדת?</strong> כן, התוצאות במצב HD סבירות ומעלה.`, `<strong>לגיטימית?</strong> חלקית – החיוב מופיע בכרטיס תחת שם חברה אחר, וביטול המנוי מסובך.`, `<strong>בטוחה לפרטיות?</strong> לא מומלץ – השרתים מחוץ לאירופה ומדיניות המחיקה לא ברורה.`),
        h2(`כמה זה עולה?`),
        priceTable(
          [`חבילה`, `מחיר`, `מה מקבלים`],
          [
            [`ניסיון`, `חינם`, `2 תמונות מטושטשות`],
            [`שבועי`, `₪39`, `50 קרדיטים, מצב NSFW`],
            [`חודשי`, `₪99`, `ללא הגבלה, HD, ללא סימן מים`],
          ],
        ),
        h2(`איך זה עובד`),
        p(`מעלים תמונה, בוחרים מצב ("הלבשה תחתונה", "בגד ים" או "18+ מלא"), ותוך כעשר שניות מתקבלת תוצאה. לדברי החברה, התמונות נמחקות אחרי 48 שעות, אבל לא מצאנו שום אישור לכך בתנאי השימוש.`),
        h2(`יתרונות וחסרונות`),
        ul(`👍 מהירה, ממשק בעברית, תשלום ב-PayPal`, `👎 מנוי מתחדש אוטומטית, שירות לקוחות איטי, אין שקיפות לגבי שמירת תמונות`),
        p(a('https://peelora.test/he?ref=bodek', `לאתר Peelora – 2 תמונות חינם ←`, 'rel="sponsored nofollow"')),
        p(`שימו לב: יצירה או הפצה של תמונות כאלה של אדם אמיתי ללא הסכמתו עלולה להיות עבירה פלילית בישראל. הביקורת נכתבה למטרות מידע בלבד.`),
        cookieBanner(`האתר משתמש בעוגיות לצורכי סטטיסטיקה ומעקב אחר קישורי שותפים.`, `אישור`, `דחייה`),
        bdFoot,
      ].join('\n'),
    },
    {
      path: '/chalufot-le-peelora',
      title: `5 חלופות ל-Peelora שכדאי להכיר | בודק האפליקציות`,
      body: [
        bdNav,
        h1(`חלופות ל-Peelora`),
        p(`לא השתכנעתם? אלה השירותים שבדקנו והשווינו ל-Peelora מבחינת מחיר, מהירות ופרטיות.`),
        ol(
          `${a('https://undrezy.test/?ref=bodek', 'Undrezy')} – זולה יותר, מצב NSFW בחבילה הבסיסית, תשלום בקריפטו`,
          `${a('https://t.me/MafshitBot?start=bodek', 'MafshitBot')} – בוט טלגרם בעברית, תמונה ראשונה חינם`,
          `${a('https://skinshift.test/?aff=bodek', 'SkinShift')} – הכי איכותית, אבל יקרה`,
          `${a('https://faceflip18.test/?ref=bodek', 'FaceFlip18')} – החלפת פנים לסרטוני מבוגרים ולא הסרת בגדים`,
        ),
        bdFoot,
      ].join('\n'),
    },
    {
      path: '/gilui-naot',
      title: `גילוי נאות | בודק האפליקציות`,
      body: [
        bdNav,
        h1(`גילוי נאות`),
        p(`האתר מתפרנס מעמלות שותפים. כשאתם לוחצים על קישור ורוכשים מנוי, אנחנו עשויים לקבל עמלה, ללא עלות נוספת עבורכם. העמלה אינה משפיעה על הציון שאנחנו נותנים. אנחנו לא מוכרים שום שירות, לא מבקשים להעלות תמונות ולא שומרים מידע אישי מעבר לעוגיות סטטיסטיקה.`),
        bdFoot,
      ].join('\n'),
    },
    {
      path: '/tsor-kesher',
      title: `צור קשר | בודק האפליקציות`,
      body: [
        bdNav,
        h1(`צור קשר`),
        p(`יש לכם שאלה על אחת הביקורות, או שאתם מפעילים שירות ורוצים שנבדוק אותו? כתבו לנו ונחזור אליכם תוך כמה ימי עבודה. אנחנו לא עונים לפניות בנושא תמיכה טכנית בשירותים עצמם – לשם כך פנו ישירות לשירות.`),
        textForm(`האימייל שלכם`, `שליחה`, '/tsor-kesher/send'),
        bdFoot,
      ].join('\n'),
    },
  ],
};

// he · unrelated · victim-help
const ezNav = nav([['/', `דף הבית`], ['/hasarat-tochen', `הסרת תוכן`], ['/zchuyot-mishpatiyot', `הזכויות שלך`], ['/lehorim-ulemorim', `להורים ולמורים`], ['/tsor-kesher', `פנייה חסויה`]], `מגן דיגיטלי`);
const ezFoot = footer(
  `מגן דיגיטלי – עמותה לסיוע לנפגעות ולנפגעי פגיעה מינית מקוונת. הפנייה חסויה ואינה כרוכה בתשלום. במקרה חירום פנו למשטרה.`,
  [['/tsor-kesher', `פנייה חסויה`], ['/hasarat-tochen', `הסרת תוכן`], ['/zchuyot-mishpatiyot', `מידע משפטי`]],
);

const heMagen: CorpusSite = {
  host: 'magen-digitali.test',
  lang: 'he',
  label: 'unrelated',
  shape: 'victim-help',
  author: 'fresh-p',
  pages: [
    {
      path: '/',
      title: `מגן דיגיטלי – סיוע לנפגעי תמונות מזויפות ודיפפייק`,
      head: metaDescription(`מישהו יצר או הפיץ תמונה מזויפת שלך באמצעות אפליקציית הפשטה או דיפפייק? אנחנו כאן לעזור: הסרת תוכן, ליווי משפטי ותמיכה רגשית. חינם ובחיסיון.`),
      body: [
        ezNav,
        h1(`לא אשמתך. אנחנו כאן כדי לעזור.`),
        p(`אפליקציות "הפשטה" ושירותי דיפפייק מאפשרים היום לכל אחד לקחת תמונה רגילה מהאינסטגרם ולייצר ממנה תמונה אינטימית מזויפת. אם זה קרה לך, חשוב לדעת: התמונה מזויפת, אבל הפגיעה אמיתית – ויש מה לעשות. הצוות שלנו מלווה נפגעות ונפגעים בכל השלבים, בחינם ובחיסיון מלא.`),
        h2(`איך אנחנו עוזרים`),
        ul(
          `<strong>הסרת תוכן</strong> – פנייה לרשתות חברתיות, לאתרים ולמנועי חיפוש בשמך`,
          `<strong>ליווי משפטי</strong> – הסבר על האפשרויות, הגשת תלונה ועזרה באיתור עורך דין`,
          `<strong>תמיכה רגשית</strong> – שיחה עם מתנדבת או מתנדב שעברו הכשרה`,
          `<strong>תיעוד</strong> – איך לשמור ראיות בלי להפיץ את התמונה הלאה`,
        ),
        h2(`מה לעשות עכשיו`),
        ol(`נשמו. אתם לא לבד, ולא עשיתם שום דבר רע.`, `אל תמחקו הודעות ואל תפנו ישירות למי שהפיץ.`, `צלמו מסך של הפוסט, של הקישור ושל שם המשתמש.`, `פנו אלינו בטופס החסוי – נחזור אליכם תוך 24 שעות.`),
        blockquote(`חשבתי שאין מה לעשות. תוך שבוע התמונות ירדו משלושה אתרים, והבנתי שאני לא לבד.`, `פונה, בת 17, בהסכמתה`),
        p(a('/tsor-kesher', `לפנייה חסויה ←`) + ' ' + a('/hasarat-tochen', `איך מסירים תוכן ←`)),
        cookieBanner(`האתר אינו משתמש בעוגיות מעקב. ניתן לצאת מהאתר במהירות בלחיצה על Esc.`, `הבנתי`),
        ezFoot,
      ].join('\n'),
    },
    {
      path: '/hasarat-tochen',
      title: `הסרת תמונות מזויפות מהרשת | מגן דיגיטלי`,
      body: [
        ezNav,
        h1(`איך מסירים תמונה מזויפת מהאינטרנט`),
        p(`לרוב הרשתות החברתיות יש טופס ייעודי לדיווח על תמונות אינטימיות שפורסמו ללא הסכמה, כולל תמונות שנוצרו בבינה מלאכותית. מנועי החיפוש מאפשרים לבקש הסרה של תוצאות כאלה. כשמדובר באתרים שלא מגיבים, אנחנו פונים לחברות האחסון ולרשמי הדומיינים. ככל שפונים מוקדם יותר, כך קל יותר לעצור את ההפצה.`),
        ezFoot,
      ].join('\n'),
    },
    {
      path: '/zchuyot-mishpatiyot',
      title: `הזכויות המשפטיות שלך | מגן דיגיטלי`,
      body: [
        ezNav,
        h1(`הזכויות שלך`),
        p(`יצירה והפצה של תמונה אינטימית מזויפת של אדם ללא הסכמתו עלולות להוות עבירה פלילית ועוולה אזרחית. ניתן להגיש תלונה במשטרה, לבקש צו הסרה מבית המשפט ולתבוע פיצויים. אם הנפגע או הנפגעת קטינים, מומלץ לערב גם את בית הספר ואת ההורים. המידע כאן כללי ואינו מחליף ייעוץ משפטי אישי – אנחנו נעזור לכם למצוא עורך דין מתנדב.`),
        ezFoot,
      ].join('\n'),
    },
    {
      path: '/lehorim-ulemorim',
      title: `להורים ולמורים | מגן דיגיטלי`,
      body: [
        ezNav,
        h1(`להורים ולמורים`),
        p(`בני נוער משתמשים באפליקציות הפשטה כ"בדיחה", בלי להבין את עומק הפגיעה. דברו איתם על כך לפני שזה קורה, הסבירו שהעברת תמונה כזו הלאה היא חלק מהפגיעה, ובנו אמון כך שילדים ירגישו בנוח לספר. אנחנו מקיימים הרצאות בחינם בבתי ספר ובתנועות נוער.`),
        ezFoot,
      ].join('\n'),
    },
    {
      path: '/tsor-kesher',
      title: `פנייה חסויה | מגן דיגיטלי`,
      body: [
        ezNav,
        h1(`פנייה חסויה`),
        p(`אין צורך בשם מלא. ספרו לנו מה קרה, באיזה אתר או רשת הופיעה התמונה, ואיך נוח לכם שנחזור אליכם. אל תצרפו את התמונה עצמה – רק קישור או צילום מסך של הפוסט. נציגה תחזור אליכם בתוך 24 שעות.`),
        `<form action="/tsor-kesher/send" method="post"><label>כינוי<input name="alias"></label><label>דרך ליצירת קשר (טלפון / אימייל)<input name="contact"></label><label>קישור לתוכן<input name="url"></label><label>מה קרה?<textarea name="story"></textarea></label><button>שליחת פנייה</button></form>`,
        ezFoot,
      ].join('\n'),
    },
  ],
};

/* ───────────────────────────── Persian (fa) ───────────────────────────── */

// fa · deepfake · made-to-order (order form on its own page, crypto only)
const fsNav = nav([['/', `خانه`], ['/sefaresh', `ثبت سفارش`], ['/nemoone-kar', `نمونه‌کارها`], ['/pardakht', `پرداخت`], ['/soalat', `سوالات متداول`]], `فیک‌ساز`);
const fsFoot = footer(
  `© ۱۴۰۴ فیک‌ساز – ساخت ویدیوی دیپ‌فیک سفارشی +۱۸. تمام ارتباطات از طریق تلگرام و کاملاً محرمانه است. مسئولیت استفاده از عکس‌ها با سفارش‌دهنده است.`,
  [['/soalat', `سوالات متداول`], ['/pardakht', `روش پرداخت`], ['https://t.me/FakesazAdmin', `ادمین در تلگرام`]],
);

const faFakesaz: CorpusSite = {
  host: 'fakesaz-order.test',
  lang: 'fa',
  label: 'deepfake',
  shape: 'made-to-order',
  author: 'fresh-p',
  pages: [
    {
      path: '/',
      title: `فیک‌ساز – سفارش ویدیوی دیپ‌فیک +۱۸ با چهره‌ی دلخواه`,
      head: metaDescription(`ساخت ویدیوی دیپ‌فیک سفارشی بزرگسالان با چهره‌ی هر کسی که بخواهید. تحویل ۲۴ تا ۴۸ ساعته، پرداخت فقط با تتر و بیت‌کوین، کاملاً محرمانه.`),
      body: [
        fsNav,
        h1(`ویدیوی دیپ‌فیک سفارشی +۱۸ – با چهره‌ی هر کسی که بخواهید`),
        p(`در فیک‌ساز، تیم ما چهره‌ی فرد مورد نظر شما را با هوش مصنوعی روی ویدیوهای بزرگسالان قرار می‌دهد. کافی است چند عکس واضح از صورت او بفرستید؛ بقیه‌ی کار با ماست. نتیجه یک ویدیوی واقعی‌نما با کیفیت بالاست که تشخیص آن از اصل تقریباً غیرممکن است.`),
        h2(`چرا فیک‌ساز؟`),
        ul(
          `<strong>کاملاً سفارشی</strong> – شما سبک، مدت و نوع ویدیو را انتخاب می‌کنید`,
          `<strong>تحویل سریع</strong> – ۲۴ تا ۴۸ ساعت، سفارش فوری در ۶ ساعت`,
          `<strong>محرمانه</strong> – بدون ثبت‌نام، بدون ایمیل، فقط یک آیدی تلگرام`,
          `<strong>پرداخت امن</strong> – فقط تتر (USDT) و بیت‌کوین، هیچ ردی در حساب بانکی`,
          `<strong>اصلاح رایگان</strong> – اگر راضی نبودید، یک بار بازسازی رایگان`,
        ),
        h2(`مراحل سفارش`),
        ol(
          `فرم ${a('/sefaresh', 'ثبت سفارش')} را پر کنید و لینک عکس‌ها را بفرستید (حداقل ۵ عکس از زوایای مختلف).`,
          `ادمین ظرف یک ساعت در تلگرام با شما تماس می‌گیرد و قیمت نهایی را اعلام می‌کند.`,
          `مبلغ را با تتر یا بیت‌کوین ${a('/pardakht', 'پرداخت')} کنید.`,
          `ویدیوی آماده از طریق لینک خصوصی یک‌بارمصرف تحویل داده می‌شود.`,
        ),
        priceTable(
          [`مدت ویدیو`, `کیفیت`, `قیمت`],
          [
            [`۳۰ ثانیه`, `HD`, `۲۵ تتر`],
            [`۲ دقیقه`, `Full HD`, `۶۰ تتر`],
            [`۵ دقیقه`, `4K`, `۱۲۰ تتر`],
          ],
        ),
        p(`عکس‌ها می‌توانند از اینستاگرام، واتس‌اپ یا هر جای دیگری باشند. بیش از ۲۰۰۰ سفارش موفق از ایران، ترکیه و امارات.`),
        cookieBanner(`این سایت فقط از کوکی‌های ضروری استفاده می‌کند.`, `باشه`),
        fsFoot,
      ].join('\n'),
    },
    {
      path: '/sefaresh',
      title: `ثبت سفارش | فیک‌ساز`,
      body: [
        fsNav,
        h1(`فرم ثبت سفارش`),
        p(`لطفاً عکس‌ها را در یک سرویس اشتراک فایل بارگذاری کنید و لینک آن را اینجا بگذارید. هرچه عکس‌ها واضح‌تر و از زوایای بیشتری باشند، نتیجه‌ی دیپ‌فیک طبیعی‌تر می‌شود. ما هیچ فایلی را مستقیماً در سایت دریافت نمی‌کنیم.`),
        orderForm([`لینک عکس‌های چهره (حداقل ۵ عکس)`, `مدت ویدیو (۳۰ ثانیه / ۲ دقیقه / ۵ دقیقه)`, `سبک و توضیحات سفارش`, `سفارش فوری؟ (بله / خیر)`, `آیدی تلگرام برای تحویل`], `ارسال سفارش`),
        p(`پس از ارسال فرم، ادمین ظرف یک ساعت در تلگرام پیام می‌دهد. پیش از پرداخت هیچ کاری شروع نمی‌شود.`),
        fsFoot,
      ].join('\n'),
    },
    {
      path: '/nemoone-kar',
      title: `نمونه‌کارها | فیک‌ساز`,
      body: [
        fsNav,
        h1(`نمونه‌کارها`),
        p(`به دلیل حفظ حریم خصوصی مشتریان، نمونه‌کارهای واقعی را منتشر نمی‌کنیم. نمونه‌های زیر با چهره‌های ساخته‌شده توسط هوش مصنوعی تهیه شده‌اند و با تار شدن نمایش داده می‌شوند. نمونه‌ی کامل بدون سانسور را می‌توانید پس از ثبت سفارش از ادمین در تلگرام درخواست کنید.`),
        section(img(3, `نمونه‌ی تارشده ۱`), img(4, `نمونه‌ی تارشده ۲`), img(5, `نمونه‌ی تارشده ۳`)),
        fsFoot,
      ].join('\n'),
    },
    {
      path: '/pardakht',
      title: `روش پرداخت | فیک‌ساز`,
      head: cryptoCheckout(),
      body: [
        fsNav,
        h1(`پرداخت فقط با رمزارز`),
        p(`برای حفظ امنیت شما و ما، فقط تتر (USDT روی شبکه‌ی TRC-20) و بیت‌کوین قبول می‌کنیم. آدرس کیف پول هر سفارش را ادمین به‌صورت جداگانه در تلگرام می‌فرستد. پس از واریز، هش تراکنش را برای ادمین بفرستید تا سفارش وارد صف ساخت شود. کارت بانکی و درگاه ریالی نداریم.`),
        ul(`تتر TRC-20 – حداقل ۲۵ تتر`, `بیت‌کوین – معادل دلاری روز`, `پرداخت از طریق صرافی‌های داخلی هم امکان‌پذیر است`),
        fsFoot,
      ].join('\n'),
    },
    {
      path: '/soalat',
      title: `سوالات متداول | فیک‌ساز`,
      body: [
        fsNav,
        faq(`سوالات متداول`, [
          [`آیا فرد داخل عکس متوجه می‌شود؟`, `خیر، ما هیچ ارتباطی با او نداریم و ویدیو فقط برای شما ارسال می‌شود.`],
          [`چند عکس لازم است؟`, `حداقل ۵ عکس، ترجیحاً ۱۰ تا ۲۰ عکس از زوایای مختلف.`],
          [`آیا ویدیو را منتشر می‌کنید؟`, `خیر، ویدیو پس از ۷ روز از سرور حذف می‌شود.`],
          [`اگر راضی نباشم؟`, `یک بار بازسازی رایگان انجام می‌دهیم. پس از تحویل، مبلغ بازگردانده نمی‌شود.`],
        ]),
        fsFoot,
      ].join('\n'),
    },
  ],
};

// fa · unrelated · virtual-try-on (clothes changer for online shops)
const poNav = nav([['/', `خانه`], ['/baraye-forooshgah-ha', `برای فروشگاه‌ها`], ['/tarefe', `تعرفه‌ها`], ['/soalat-motedavel', `سوالات متداول`], ['/tamas', `تماس با ما`]], `پرو آنلاین`);
const poFoot = footer(
  `پرو آنلاین – اتاق پرو مجازی برای فروشگاه‌های اینترنتی پوشاک. کلیه‌ی حقوق محفوظ است.`,
  [['/tamas', `تماس با ما`], ['/soalat-motedavel', `راهنما`], ['/tamas#qavanin', `قوانین و حریم خصوصی`]],
);

const faPorovOnline: CorpusSite = {
  host: 'porov-online.test',
  lang: 'fa',
  label: 'unrelated',
  shape: 'virtual-try-on',
  author: 'fresh-p',
  pages: [
    {
      path: '/',
      title: `پرو آنلاین – اتاق پرو مجازی لباس با هوش مصنوعی`,
      head:
        metaDescription(`لباس را قبل از خرید روی عکس خودتان امتحان کنید. اتاق پرو مجازی برای فروشگاه‌های اینترنتی مانتو، پیراهن و کت.`) +
        jsonLd({ '@context': 'https://schema.org', '@type': 'SoftwareApplication', name: 'پرو آنلاین', applicationCategory: 'BusinessApplication', offers: { '@type': 'Offer', price: '490000', priceCurrency: 'IRR' } }),
      body: [
        poNav,
        h1(`قبل از خرید، لباس را روی عکس خودتان بپوشید`),
        p(`پرو آنلاین یک اتاق پرو مجازی است که با هوش مصنوعی، لباس انتخابی را روی عکس خریدار نشان می‌دهد. مشتری یک عکس تمام‌قد از خودش بارگذاری می‌کند، مانتو یا پیراهن مورد نظر را انتخاب می‌کند و در چند ثانیه می‌بیند که آن لباس به او می‌آید یا نه. نتیجه: خرید مطمئن‌تر و مرجوعی کمتر.`),
        upload(`عکس تمام‌قد خود را بارگذاری کنید`, '/porov', `امتحان لباس`),
        h2(`امکانات`),
        ul(
          `<strong>تعویض لباس در عکس</strong> – لباس فعلی با لباس فروشگاه جایگزین می‌شود، با حفظ حجاب و پوشش کامل`,
          `<strong>انتخاب سایز</strong> – پیشنهاد سایز بر اساس قد و وزن`,
          `<strong>تغییر رنگ</strong> – همه‌ی رنگ‌های موجود یک محصول را روی یک عکس ببینید`,
          `<strong>افزونه‌ی ووکامرس</strong> – دکمه‌ی «پرو کنید» کنار هر محصول`,
        ),
        h2(`چرا فروشگاه‌ها ما را انتخاب می‌کنند؟`),
        p(`فروشگاه‌هایی که از پرو آنلاین استفاده می‌کنند به‌طور میانگین ۳۵ درصد مرجوعی کمتر و ۲۰ درصد فروش بیشتر داشته‌اند. عکس مشتریان فقط برای همان پرو استفاده و پس از ۲۴ ساعت حذف می‌شود؛ هیچ عکسی برای آموزش مدل یا تبلیغات به کار نمی‌رود.`),
        p(`ما فقط لباس را با لباس دیگری جایگزین می‌کنیم. هر درخواستی برای حذف پوشش یا تغییر بدن به‌طور خودکار رد می‌شود.`),
        section(img(6, `نمونه‌ی پرو مانتو`), img(7, `نمونه‌ی پرو کت`)),
        blockquote(`از وقتی دکمه‌ی پرو را اضافه کردیم، سؤال‌های مشتری درباره‌ی سایز نصف شده.`, `مدیر یک فروشگاه اینترنتی مانتو در شیراز`),
        p(a('/baraye-forooshgah-ha', `اطلاعات برای فروشگاه‌ها ←`) + ' ' + a('/tarefe', `تعرفه‌ها ←`)),
        cookieBanner(`ما از کوکی‌ها برای بهبود تجربه‌ی کاربری و آمار بازدید استفاده می‌کنیم.`, `قبول`, `رد`),
        poFoot,
      ].join('\n'),
    },
    {
      path: '/baraye-forooshgah-ha',
      title: `برای فروشگاه‌ها | پرو آنلاین`,
      body: [
        poNav,
        h1(`اتاق پرو مجازی برای فروشگاه شما`),
        p(`افزونه‌ی پرو آنلاین برای ووکامرس، دیجی‌کالا مارکت و فروشگاه‌سازهای داخلی در کمتر از یک ساعت نصب می‌شود. کافی است عکس محصولات را روی زمینه‌ی سفید بارگذاری کنید؛ سیستم به‌طور خودکار آن‌ها را برای پرو آماده می‌کند. پنل مدیریت آمار تعداد پروها، نرخ تبدیل و محبوب‌ترین محصولات را نشان می‌دهد.`),
        ul(`نصب رایگان و پشتیبانی فارسی`, `API برای اپلیکیشن‌های موبایل`, `گزارش ماهانه‌ی فروش`),
        poFoot,
      ].join('\n'),
    },
    {
      path: '/tarefe',
      title: `تعرفه‌ها | پرو آنلاین`,
      body: [
        poNav,
        h1(`تعرفه‌ها`),
        priceTable(
          [`پلن`, `تعداد پرو در ماه`, `قیمت ماهانه`],
          [
            [`پایه`, `۵۰۰`, `۴۹۰ هزار تومان`],
            [`حرفه‌ای`, `۵۰۰۰`, `۲٫۹ میلیون تومان`],
            [`سازمانی`, `نامحدود`, `تماس بگیرید`],
          ],
        ),
        p(`پرداخت از طریق درگاه بانکی و با صدور فاکتور رسمی. ۱۴ روز استفاده‌ی آزمایشی رایگان برای همه‌ی پلن‌ها. در صورت نیاز به پروهای بیشتر، می‌توانید در هر زمان پلن خود را ارتقا دهید و فقط مابه‌التفاوت را بپردازید.`),
        poFoot,
      ].join('\n'),
    },
    {
      path: '/soalat-motedavel',
      title: `سوالات متداول | پرو آنلاین`,
      body: [
        poNav,
        faq(`سوالات متداول`, [
          [`چه عکسی برای پرو مناسب است؟`, `یک عکس تمام‌قد از روبه‌رو با نور کافی و پس‌زمینه‌ی ساده.`],
          [`آیا عکس من ذخیره می‌شود؟`, `خیر، عکس پس از ۲۴ ساعت به‌طور کامل حذف می‌شود.`],
          [`آیا می‌توان لباس را حذف کرد و چیزی نپوشاند؟`, `خیر. سیستم فقط لباسی را با لباس دیگر جایگزین می‌کند و درخواست‌های نامناسب را رد می‌کند.`],
          [`برای کفش و اکسسوری هم کار می‌کند؟`, `فعلاً برای مانتو، پیراهن، کت، شلوار و روسری. کفش به‌زودی اضافه می‌شود.`],
        ]),
        poFoot,
      ].join('\n'),
    },
    {
      path: '/tamas',
      title: `تماس با ما | پرو آنلاین`,
      body: [
        poNav,
        h1(`تماس با ما`),
        p(`برای دریافت دموی رایگان یا مشاوره‌ی نصب، فرم زیر را پر کنید یا در ساعات اداری با پشتیبانی تماس بگیرید. کارشناسان ما ظرف یک روز کاری پاسخ می‌دهند.`),
        textForm(`ایمیل یا شماره‌ی تماس`, `درخواست دمو`, '/tamas/send'),
        h2(`قوانین و حریم خصوصی`),
        p(`عکس‌های کاربران فقط برای نمایش پرو استفاده می‌شوند و به هیچ شخص ثالثی داده نمی‌شوند. استفاده از عکس افراد دیگر بدون اجازه ممنوع است.`),
        poFoot,
      ].join('\n'),
    },
  ],
};

export const sites: CorpusSite[] = [
  plOdslon, plTopAplikacje, plPrasuj,
  ruNeirozvezdy, ruBotopoisk, ruChistayaLenta,
  csVesna, csOverovna,
  ukZnimy, ukBezpechnyiKlas,
  trSoyun, trYzKupon,
  arWajhiBot, arWajhDahik,
  heBodek, heMagen,
  faFakesaz, faPorovOnline,
];
