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

// bezubran-ai.test (pl, saas)
const buNav = nav(
  [
    ['/tryby', 'Tryby'],
    ['/kredyty', 'Kredyty'],
    ['/pomoc', 'Pomoc'],
    ['/partnerzy', 'Program partnerski'],
    ['/konto', 'Moje konto'],
  ],
  'BezUbrań',
);
const buFoot = footer('© 2026 BezUbrań · Serwis wyłącznie dla pełnoletnich · Wszystkie obrazy są generowane przez AI', [
  ['/polityka-prywatnosci', 'Polityka prywatności'],
  ['/kredyty?utm_source=footer', 'Cennik'],
  ['/pomoc', 'Kontakt'],
]);

// przeswietlacz-bot.test (pl, telegram-bot)
const prNav = nav(
  [
    ['/komendy', 'Komendy'],
    ['/gwiazdki', 'Gwiazdki i pakiety'],
    ['/lustra', 'Zapasowe boty'],
    ['/regulamin', 'Regulamin'],
  ],
  'Prześwietlacz',
);

// odslon-app.test (pl, app-landing)
const odNav = nav(
  [
    ['/pobierz', 'Pobierz'],
    ['/vip', 'VIP'],
    ['/iphone', 'iPhone'],
    ['/pomoc', 'Pomoc'],
  ],
  'Odsłoń',
);
const odFoot = footer('© 2026 Odsłoń · Aplikacja dla osób 18+ · Obrazy generowane przez sztuczną inteligencję', [
  ['/pobierz?src=stopka', 'Pobierz APK'],
  ['/vip', 'VIP'],
  ['/pomoc#regulamin', 'Regulamin'],
]);

// aktretusz-studio.test (pl, made-to-order)
const arNav = nav(
  [
    ['/cennik', 'Cennik'],
    ['/formularz', 'Zamów'],
    ['/krypto', 'Płatność krypto'],
    ['/faq', 'FAQ'],
  ],
  'Akt Retusz',
);

// nagabramka.test (pl, api-reseller)
const nbNav = nav(
  [
    ['/dokumentacja', 'Dokumentacja'],
    ['/dokumentacja/endpointy', 'Endpointy'],
    ['/cennik', 'Cennik'],
    ['/klucze-api', 'Klucze API'],
  ],
  'NagaBramka API',
);
const nbFoot = footer('NagaBramka API · dla deweloperów, botów i aplikacji · kontakt: api@nagabramka.test', [
  ['/dokumentacja', 'Docs'],
  ['/cennik', 'Cennik'],
  ['/klucze-api', 'Panel'],
  ['https://t.me/nagabramka_dev', 'Telegram'],
]);

// fotokreator-studio.test (pl, innocent-home)
const fkNav = nav(
  [
    ['/narzedzia', 'Narzędzia'],
    ['/cennik', 'Cennik'],
    ['/o-nas', 'O nas'],
    ['/zaloguj', 'Zaloguj'],
  ],
  'FotoKreator',
);

// golofoto-ai.test (ru, saas)
const gNav = nav(
  [
    ['/kak-eto-rabotaet', 'Как это работает'],
    ['/tarify', 'Тарифы'],
    ['/faq', 'FAQ'],
    ['/vhod', 'Войти'],
  ],
  'ГолоФото',
);
const gFoot = footer('© 2026 ГолоФото · Сервис только для лиц старше 18 лет · Все изображения созданы нейросетью', [
  ['/pravila', 'Правила'],
  ['/tarify?utm_source=footer', 'Тарифы'],
  ['/faq', 'Поддержка'],
]);

// rentgen-foto-bot.test (ru, telegram-bot)
const rgNav = nav(
  [
    ['/komandy', 'Команды'],
    ['/zvezdy', 'Оплата звёздами'],
    ['/podderzhka', 'Поддержка'],
  ],
  'Рентген',
);

// razdet-api.test (ru, api-reseller)
const raNav = nav(
  [
    ['/docs', 'Документация'],
    ['/docs/metody', 'Методы API'],
    ['/ceny', 'Цены'],
    ['/klyuchi', 'API-ключи'],
  ],
  'Razdet API',
);
const raFoot = footer('Razdet API © 2026 · Поддержка: Telegram @razdet_api_support · Ответственность за контент несёт интегратор', [
  ['/docs', 'Docs'],
  ['/ceny', 'Прайс'],
  ['/klyuchi', 'Кабинет'],
]);

// snimai-app.test (ru, app-landing)
const snNav = nav(
  [
    ['/skachat', 'Скачать'],
    ['/vip', 'VIP'],
    ['/ustanovka-iphone', 'Для iPhone'],
    ['/faq', 'Вопросы'],
  ],
  'Снимай',
);

// disrobe-cloud.test (en, api-reseller)
const dcNav = nav(
  [
    ['/docs/quickstart', 'Quickstart'],
    ['/docs/reference', 'Reference'],
    ['/docs/webhooks', 'Webhooks'],
    ['/pricing', 'Pricing'],
    ['/console', 'Console'],
  ],
  'Disrobe Cloud',
);
const dcFoot = footer('© 2026 Disrobe Cloud. Inference infrastructure for image apps. You are responsible for having rights to every image you submit.', [
  ['/pricing', 'Pricing'],
  ['/console', 'Console'],
  ['/docs/quickstart', 'Docs'],
  ['mailto:sales@disrobe-cloud.test', 'Sales'],
]);

// svlekac-ai.test (cs, saas)
const cxNav = nav(
  [
    ['/jak-to-funguje', 'Jak to funguje'],
    ['/cenik', 'Ceník'],
    ['/casto-kladene-dotazy', 'Časté dotazy'],
    ['/prihlaseni', 'Přihlásit se'],
  ],
  'Svlékač AI',
);
const cxFoot = footer('© 2026 Svlékač AI · Pouze pro osoby starší 18 let · Obrázky jsou vytvořeny umělou inteligencí', [
  ['/obchodni-podminky', 'Obchodní podmínky'],
  ['/cenik?utm_source=paticka', 'Ceník'],
  ['/casto-kladene-dotazy', 'Podpora'],
]);

export const sites: CorpusSite[] = [
  {
    host: 'bezubran-ai.test',
    lang: 'pl',
    label: 'nudify',
    shape: 'saas',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'BezUbrań — AI, które rozbiera zdjęcia | n u d e generator po polsku',
        head:
          metaDescription('BezUbrań usuwa ubrania ze zdjęć dzięki AI. Wgraj fotkę, wybierz tryb i pobierz nagą wersję w HD. Darmowe kredyty na start, płatność BLIK i krypto.') +
          jsonLd({
            '@context': 'https://schema.org',
            '@type': 'WebApplication',
            name: 'BezUbrań',
            applicationCategory: 'MultimediaApplication',
            offers: { '@type': 'AggregateOffer', lowPrice: '15', highPrice: '119', priceCurrency: 'PLN' },
          }) +
          gtag('G-BZU8801'),
        body:
          cookieBanner('Używamy cookies, żeby strona działała poprawnie i żeby mierzyć ruch. Możesz zmienić ustawienia w dowolnym momencie.', 'Zgadzam się', 'Tylko niezbędne') +
          buNav +
          h1('Zdejmij ubrania z każdego zdjęcia. W kilka sekund.') +
          p('BezUbrań to polski generator nagich zdjęć oparty na sztucznej inteligencji. Wystarczy wgrać zwykłą fotkę — z wakacji, z imprezy, z profilu — a AI usunie ubrania i wygeneruje realistyczną nagą wersję. Twarz, poza i tło zostają bez zmian.') +
          upload('Przeciągnij zdjęcie tutaj', '/api/rozbierz', 'Rozbierz zdjęcie') +
          p('<small>Maks. 12 MB · JPG, PNG, WEBP · Wgrywając plik potwierdzasz, że masz 18+ i zgodę osoby ze zdjęcia.</small>') +
          section(
            h2('Jak to działa?'),
            ol('Wgraj wyraźne zdjęcie jednej osoby.', 'Wybierz tryb: nago, bikini, bielizna albo „mokra koszulka”.', 'Kliknij „Rozbierz zdjęcie” i poczekaj 5–15 sekund.', 'Pobierz wynik albo wygeneruj kolejną wersję.'),
          ) +
          section(
            h2('Dlaczego BezUbrań?'),
            ul(
              '3 darmowe kredyty po rejestracji — bez karty',
              'Rozdzielczość do 4K i upscale 2x w planie Premium',
              'Serwery w UE, pliki kasowane po 24 godzinach',
              'Płatnośc BLIK, szybkim przelewem, kartą lub krypto',
              'Na wyciągu widnieje neutralna nazwa „BU Digital”',
            ),
          ) +
          img(1, 'przykład przed i po — rozmyty') +
          section(
            h2('Opinie użytkowników'),
            p('„Próbowałem kilku zagranicznych stron, ale tu wyniki są najbardziej naturalne. I wszystko po polsku.” — Kamil, Wrocław'),
            p('„Pakiet 60 kredytów starczył mi na cały miesiąc.” — użytkownik Premium'),
          ) +
          faq('Szybkie pytania', [
            ['Czy to działa na telefonie?', 'Tak, strona działa w każdej przeglądarce mobilnej.'],
            ['Czy ktoś widzi moje zdjęcia?', 'Nie. Przetwarzanie jest automatyczne, a pliki znikają po dobie.'],
          ]) +
          h2('BezUbrań w liczbach') +
          ul('Ponad 1,2 mln wygenerowanych zdjęć', 'Średni czas generowania: 9 sekund', '4,7/5 — średnia ocena od 3 400 użytkowników', 'Obsługa klienta po polsku 7 dni w tygodniu') +
          h2('Nowości') +
          p('Luty 2026: model v5 lepiej radzi sobie z tatuażami i biżuterią, a tryb bielizny ma 6 nowych stylów. Wprowadziliśmy też przetwarzanie wsadowe dla planu Premium — do 20 zdjęć naraz.') +
          textForm('Zapisz się do newslettera i odbierz 5 kredytów gratis', 'Zapisz mnie', '/newsletter') +
          buFoot,
      },
      {
        path: '/tryby',
        title: 'Tryby generowania — BezUbrań',
        body:
          buNav +
          h1('Tryby generowania') +
          h3('Nago') +
          p('Pełne usunięcie ubrań. Najpopularniejszy tryb, działa najlepiej na zdjęciach całej sylwetki lub od pasa w górę.') +
          h3('Bikini') +
          p('Ubrania zastępowane są strojem kąpielowym. Do wyboru 15 wzorów i dowolny kolor.') +
          h3('Bielizna') +
          p('Koronka, satyna, sport — 20 stylów bielizny dopasowanych do pozy.') +
          h3('Mokra koszulka (Premium)') +
          p('Efekt prześwitującego, mokrego materiału. Dostępny tylko w planie Premium.') +
          p(a('/kredyty?ref=tryby', 'Odblokuj wszystkie tryby →')) +
          buFoot,
      },
      {
        path: '/kredyty',
        title: 'Kredyty i cennik — BezUbrań',
        head: stripe('pk_test_bezubran_PL2'),
        body:
          buNav +
          h1('Kredyty i plany') +
          priceTable(
            ['Pakiet', 'Kredyty', 'Cena', 'Dodatki'],
            [
              ['Start', '10', '15 zł', 'HD'],
              ['Popularny', '60', '59 zł', 'HD, bez znaku wodnego'],
              ['Premium (miesięcznie)', '300', '119 zł', '4K, mokra koszulka, kolejka VIP'],
            ],
          ) +
          p('1 kredyt = 1 wygenerowane zdjęcie w HD, 4K kosztuje 2 kredyty. Kredyty z pakietów jednorazowych nie wygasają. Premium odnawia się co miesiąc i możesz je anulować jednym kliknięciem.') +
          button('Przejdź do płatności') +
          buFoot,
      },
      {
        path: '/pomoc',
        title: 'Pomoc — BezUbrań',
        body:
          buNav +
          faq('Centrum pomocy', [
            ['Nie dostałem kredytów po płatności', 'Kredyty pojawiają się zwykle w ciągu minuty. Jeśli ich nie ma, napisz na pomoc@bezubran-ai.test i podaj numer transakcji.'],
            ['Wynik wygląda nienaturalnie', 'Spróbuj zdjęcia w lepszej jakości, z jedną osobą i dobrym światłem. Każde zdjęcie możesz raz wygenerować ponownie za darmo.'],
            ['Jak usunąć konto?', 'Ustawienia → Konto → Usuń konto. Wszystkie dane znikną w ciągu 7 dni.'],
          ]) +
          buFoot,
      },
      {
        path: '/partnerzy',
        title: 'Program partnerski — BezUbrań',
        body:
          buNav +
          h1('Zarabiaj z BezUbrań') +
          p('Masz kanał na Telegramie, stronę z rankingami albo konto z zasięgami? Dołącz do programu partnerskiego i otrzymuj 40% od każdej płatności poleconych użytkowników — dożywotnio. Wypłaty co tydzień w USDT lub przelewem, od 200 zł. Dostajesz własny link ?ref=, banery i gotowe opisy.') +
          buFoot,
      },
      {
        path: '/polityka-prywatnosci',
        title: 'Polityka prywatności — BezUbrań',
        body:
          buNav +
          h1('Polityka prywatności') +
          p('Administratorem danych jest operator serwisu BezUbrań. Przetwarzamy adres e-mail, historię płatności i dane techniczne niezbędne do działania serwisu. Zdjęcia przesłane i wygenerowane usuwamy automatycznie po 24 godzinach. Nie sprzedajemy danych osobom trzecim. Masz prawo do wglądu, poprawiania i usunięcia swoich danych.') +
          buFoot,
      },
    ],
  },
  {
    host: 'przeswietlacz-bot.test',
    lang: 'pl',
    label: 'nudify',
    shape: 'telegram-bot',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Prześwietlacz — bot na Telegramie, który rozbiera zdjęcia',
        head: metaDescription('Prześwietlacz to bot na Telegramie z AI: wyślij zdjęcie i dostań wersję bez ubrań. Płatność gwiazdkami Telegram Stars, pierwsze zdjęcie gratis.'),
        body:
          prNav +
          h1('Rentgen w Twoim Telegramie') +
          p('Prześwietlacz to bot, który za pomocą sztucznej inteligencji „prześwietla” ubrania na zdjęciach. Wysyłasz fotkę w czacie, wybierasz tryb, a po kilkunastu sekundach dostajesz wersję bez ubrań. Żadnej rejestracji, żadnej aplikacji, żadnej strony z podejrzanymi reklamami.') +
          p('🤖 ' + a('https://t.me/przeswietlacz_ai_bot?start=www', 'Uruchom @przeswietlacz_ai_bot')) +
          h2('Tryby') +
          ul('<b>Rentgen</b> — efekt prześwitujących ubrań', '<b>Nago</b> — pełne rozebranie', '<b>Plaża</b> — bikini zamiast ubrań', '<b>Anime</b> — wynik w stylu rysunkowym') +
          h2('Dlaczego bot?') +
          p('Bo wszystko zostaje w Telegramie. Płacisz gwiazdkami (Stars) kupionymi w aplikacji, więc na wyciągu z banku nie ma nic podejrzanego. Zdjęcia są kasowane zaraz po wysłaniu wyniku, a historia czatu jest tylko Twoja.') +
          ul('Pierwsze zdjęcie za darmo', '+3 kredyty za każdego poleconego znajomego', 'Średni czas odpowiedzi: 17 sekund', 'Wsparcie po polsku na @przeswietlacz_pomoc') +
          p('Gdy Telegram zablokuje główny bot, Twoje kredyty przechodzą automatycznie na zapasowy. Aktualna lista: ' + a('/lustra', 'zapasowe boty') + '.') +
          faq('FAQ', [
            ['Ile to kosztuje?', 'Od 25 gwiazdek za zdjęcie, taniej w większych pakietach.'],
            ['Czy bot zapisuje zdjęcia?', 'Nie, po wysłaniu wyniku plik jest usuwany.'],
          ]) +
          footer('Prześwietlacz © 2026 · Niezależny projekt, niezwiązany z Telegramem · Tylko 18+', [
            ['/komendy', 'Komendy'],
            ['/gwiazdki', 'Cennik'],
            ['/regulamin', 'Regulamin'],
            ['https://t.me/przeswietlacz_kanal', 'Kanał'],
          ]),
      },
      {
        path: '/komendy',
        title: 'Komendy bota — Prześwietlacz',
        body:
          prNav +
          h1('Lista komend') +
          ul(
            '/start — powitanie i darmowe zdjęcie',
            '/rentgen — tryb prześwietlenia',
            '/nago — tryb pełnego rozebrania',
            '/plaza — tryb bikini',
            '/anime — wynik w stylu anime',
            '/saldo — stan kredytów',
            '/kup — sklep z pakietami za gwiazdki',
            '/polec — Twój link polecający',
            '/pomoc — kontakt z obsługą',
          ) +
          p('Po wybraniu trybu wyślij zdjęcie jako obraz (nie jako plik). Bez kredytów bot odeśle tylko rozmazany podgląd z przyciskiem „Odblokuj”. Najlepsze efekty dają zdjęcia jednej osoby w dobrym świetle.'),
      },
      {
        path: '/gwiazdki',
        title: 'Pakiety za Telegram Stars — Prześwietlacz',
        body:
          prNav +
          h1('Pakiety i gwiazdki') +
          p('Kupujesz w bocie: wpisz /kup, wybierz pakiet i zatwierdź płatność gwiazdkami Telegram Stars. Gwiazdki dokupisz w samym Telegramie przez Google Play, App Store lub kartą.') +
          priceTable(
            ['Pakiet', 'Zdjęcia', 'Cena'],
            [
              ['Mini', '3', '75 ⭐'],
              ['Standard', '15', '300 ⭐'],
              ['Mega', '50', '800 ⭐'],
              ['Tydzień bez limitu', 'do 40 dziennie', '950 ⭐'],
            ],
          ) +
          p('Kredyty nie wygasają. Nieudane przetworzenie = automatyczny zwrot kredytu. Wolisz krypto? Napisz do obsługi.') +
          p('Pakiet Mega to najlepszy stosunek ceny do jakości: wyniki w 4K i priorytet w kolejce. Tydzień bez limitu włącza się od razu po zakupie.'),
      },
      {
        path: '/lustra',
        title: 'Zapasowe boty — Prześwietlacz',
        body:
          prNav +
          h1('Zapasowe boty (lustra)') +
          p('Telegram od czasu do czasu blokuje boty takie jak nasz. Wtedy po prostu przejdź do jednego z zapasowych — wszystkie korzystają z tej samej bazy, więc saldo zostaje.') +
          ul(
            a('https://t.me/przeswietlacz_ai_bot', '@przeswietlacz_ai_bot') + ' (główny)',
            a('https://t.me/przeswietlacz2_bot', '@przeswietlacz2_bot'),
            a('https://t.me/prz_foto_bot', '@prz_foto_bot'),
          ) +
          p('Nowe linki zawsze publikujemy na kanale ' + a('https://t.me/przeswietlacz_kanal', '@przeswietlacz_kanal') + '. Uważaj na podróbki, które proszą o przelew poza Telegramem.') +
          p('Zapisz sobie tę stronę w zakładkach — to najprostszy sposób, żeby nie zgubić bota.'),
      },
      {
        path: '/regulamin',
        title: 'Regulamin — Prześwietlacz',
        body:
          prNav +
          h1('Regulamin') +
          p('1. Z bota mogą korzystać wyłącznie osoby pełnoletnie. 2. Użytkownik odpowiada za przesyłane zdjęcia i oświadcza, że ma zgodę osób na nich widocznych. 3. Wygenerowane obrazy są sztuczne i nie przedstawiają prawdziwych zdarzeń. 4. Zakupy w gwiazdkach nie podlegają zwrotowi, z wyjątkiem błędów technicznych. 5. Operator może zablokować użytkownika naruszającego regulamin.') +
          p('6. Korzystając z bota akceptujesz niniejszy regulamin.'),
      },
    ],
  },
  {
    host: 'odslon-app.test',
    lang: 'pl',
    label: 'nudify',
    shape: 'app-landing',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Odsłoń — aplikacja AI do rozbierania zdjęć (Android APK / iPhone)',
        head:
          metaDescription('Pobierz Odsłoń: 3 darmowe rozbierania dziennie, VIP tygodniowy za 14,99 zł. Android APK, iPhone przez „Dodaj do ekranu początkowego”.') +
          jsonLd({
            '@context': 'https://schema.org',
            '@type': 'MobileApplication',
            name: 'Odsłoń',
            operatingSystem: 'Android',
            aggregateRating: { '@type': 'AggregateRating', ratingValue: '4.5', ratingCount: '6120' },
          }),
        body:
          odNav +
          h1('Odsłoń. Rozbieraj zdjęcia jednym dotknięciem.') +
          p('Odsłoń to aplikacja na telefon, która za pomocą AI usuwa ubrania ze zdjęć z Twojej galerii. Wybierasz fotkę, stukasz „Odsłoń” i po kilku sekundach masz nagą wersję gotową do zapisania.') +
          storeBadges('/pobierz/odslon-2.4.0.apk') +
          h2('3 darmowe rozbierania dziennie') +
          p('Każdy użytkownik dostaje codziennie <b>3 darmowe rozbierania</b>. Licznik odnawia się o północy. Chcesz więcej? Obejrzyj krótką reklamę za +1 albo włącz VIP tygodniowy.') +
          h2('Funkcje') +
          ul('Tryb nago, bikini i bielizna', 'Pędzel — zaznacz tylko fragment zdjęcia', 'Wynik w HD, w VIP w 4K', 'Prywatny sejf na zdjęcia z PIN-em', 'Bez rejestracji — wystarczy zainstalować') +
          h2('Masz iPhone’a?') +
          p('Apple nie wpuszcza takich aplikacji do App Store. Otwórz naszą stronę w Safari, stuknij „Udostępnij” i wybierz <b>„Dodaj do ekranu początkowego”</b>. Dostaniesz ikonę i pełną wersję aplikacji. ' + a('/iphone', 'Instrukcja krok po kroku')) +
          img(7, 'zrzuty ekranu aplikacji') +
          h2('Co mówią użytkownicy') +
          p('★★★★★ „Najprostsza apka tego typu, 3 darmowe dziennie w zupełności wystarczą na test.”') +
          p('★★★★☆ „VIP na weekend to dobry deal.”') +
          odFoot,
      },
      {
        path: '/pobierz',
        title: 'Pobierz Odsłoń APK',
        body:
          odNav +
          h1('Pobierz aplikację') +
          storeBadges('/pobierz/odslon-2.4.0.apk') +
          p('Wersja 2.4.0 · 39 MB · Android 8.0+ · SHA-256: 9b3e…71d0') +
          ol('Stuknij „Download APK”.', 'Zezwól przeglądarce na instalowanie aplikacji z nieznanych źródeł.', 'Otwórz pobrany plik i stuknij „Zainstaluj”.', 'Uruchom Odsłoń — 3 darmowe rozbierania czekają.') +
          p('Wersja z Google Play (jeśli akurat jest dostępna) ma wyłączone tryby 18+. Pełna wersja jest tylko w APK z naszej strony. Aktualizacje pobierają się automatycznie w aplikacji.') +
          odFoot,
      },
      {
        path: '/vip',
        title: 'Odsłoń VIP',
        body:
          odNav +
          h1('Odsłoń VIP') +
          priceTable(
            ['', 'Darmowy', 'VIP tygodniowy', 'VIP roczny'],
            [
              ['Cena', '0 zł', '14,99 zł / tydzień', '149 zł / rok'],
              ['Rozbierania', '3 dziennie', 'bez limitu', 'bez limitu'],
              ['Znak wodny', 'tak', 'nie', 'nie'],
              ['Jakość', 'HD', '4K', '4K + kolejka VIP'],
            ],
          ) +
          p('Płatność kartą, BLIK-iem lub przez Google Play. Subskrypcja odnawia się automatycznie; anulujesz ją w Ustawienia → Subskrypcja. VIP tygodniowy to najczęściej wybierany plan.') +
          p('Z VIP znikają też reklamy.') +
          p('Dla nowych użytkowników pierwszy tydzień VIP za 7,99 zł.') +
          odFoot,
      },
      {
        path: '/iphone',
        title: 'Odsłoń na iPhone — instrukcja',
        body:
          odNav +
          h1('Instalacja na iPhonie i iPadzie') +
          ol('Otwórz <b>odslon-app.test/app</b> w Safari.', 'Stuknij ikonę „Udostępnij” (kwadrat ze strzałką).', 'Przewiń i wybierz „Dodaj do ekranu początkowego”.', 'Zatwierdź nazwę „Odsłoń” i stuknij „Dodaj”.', 'Uruchamiaj aplikację z nowej ikony na ekranie.') +
          p('Wersja webowa ma te same funkcje co Android: 3 darmowe rozbierania dziennie, VIP i sejf.') +
          odFoot,
      },
      {
        path: '/pomoc',
        title: 'Pomoc — Odsłoń',
        body:
          odNav +
          faq('Pomoc', [
            ['Play Protect blokuje instalację', 'To normalne przy aplikacjach spoza sklepu. Wybierz „Zainstaluj mimo to”.'],
            ['Darmowe rozbierania się nie odnowiły', 'Licznik odnawia się o 00:00 czasu polskiego. Uruchom aplikację ponownie.'],
            ['Jak anulować VIP?', 'Ustawienia → Subskrypcja → Anuluj. VIP działa do końca opłaconego okresu.'],
          ]) +
          h2('Regulamin') +
          p('Aplikacja jest przeznaczona dla osób 18+. Nie wolno używać zdjęć innych osób bez ich zgody.') +
          odFoot,
      },
    ],
  },
  {
    host: 'aktretusz-studio.test',
    lang: 'pl',
    label: 'nudify',
    shape: 'made-to-order',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Akt Retusz — nagie wersje zdjęć na zamówienie, tylko krypto',
        head: metaDescription('Prześlij zdjęcie, a nasz retuszer przygotuje realistyczną nagą wersję. AI + ręczna obróbka, realizacja do 24 h. Płatność wyłącznie kryptowalutami.'),
        body:
          arNav +
          h1('Akt z każdego zdjęcia. Ręcznie dopracowany.') +
          p('Akt Retusz to pracownia, która na zamówienie zamienia zwykłe zdjęcie w nagą wersję. Nie jesteśmy kolejnym automatem — każde zlecenie trafia do retuszera, który po obróbce AI poprawia dłonie, włosy, tatuaże i światło.') +
          h2('W ofercie') +
          ul('Pełny akt z jednego zdjęcia', 'Seria do 5 zdjęć tej samej osoby', 'Wersja w bieliźnie lub bikini', 'Tryb ekspresowy — 3 godziny') +
          h2('Jak zamówić') +
          ol('Wypełnij formularz zamówienia (bez zdjęcia).', 'Dostaniesz numer i adres portfela.', 'Opłać zamówienie w krypto.', 'Wyślij zdjęcie na Telegram @aktretusz albo mailem z numerem zamówienia.', 'Odbierz gotowy plik przez link ważny 48 h.') +
          h2('Dlaczego tylko krypto?') +
          p('Bo tylko tak obie strony zostają anonimowe. Przyjmujemy USDT, BTC i XMR — bez kart, bez BLIK-a, bez przelewów.') +
          p('Ponad 1 800 zrealizowanych zleceń · jedna darmowa poprawka · pliki usuwane po 48 h.') +
          p(a('/cennik', 'Cennik') + ' · ' + a('/formularz?utm_source=home', 'Formularz zamówienia')) +
          faq('Krótko', [
            ['Ile to trwa?', 'Standardowo do 24 godzin, w trybie ekspresowym 3 godziny od zaksięgowania płatności.'],
            ['Czy mogę wgrać zdjęcie na stronie?', 'Nie. Zdjęcia przyjmujemy tylko przez Telegram albo e-mail, z numerem opłaconego zamówienia.'],
          ]) +
          footer('© 2026 Akt Retusz · Wyłącznie dla pełnoletnich · Kontakt: Telegram @aktretusz', [
            ['/krypto', 'Płatność'],
            ['/faq', 'FAQ'],
            ['/formularz?utm_source=stopka', 'Zamów'],
          ]),
      },
      {
        path: '/cennik',
        title: 'Cennik — Akt Retusz',
        body:
          arNav +
          h1('Cennik') +
          priceTable(
            ['Usługa', 'Czas realizacji', 'Cena'],
            [
              ['Akt — 1 zdjęcie', 'do 24 h', '25 USDT'],
              ['Seria — 5 zdjęć', 'do 24 h', '99 USDT'],
              ['Bielizna / bikini', 'do 24 h', '18 USDT'],
              ['Ekspres', '3 h', '+15 USDT'],
            ],
          ) +
          p('Ceny w USDT. BTC i XMR przeliczamy po bieżącym kursie. Od trzeciego zamówienia 10% rabatu. Każde zlecenie obejmuje jedną bezpłatną poprawkę, kolejne kosztują 5 USDT.') +
          p('Zamówienia powyżej 10 zdjęć wyceniamy indywidualnie — napisz na Telegramie.') +
          p('Płacisz dopiero po potwierdzeniu zamówienia przez retuszera.'),
      },
      {
        path: '/formularz',
        title: 'Formularz zamówienia — Akt Retusz',
        head: cryptoCheckout(),
        body:
          arNav +
          h1('Formularz zamówienia') +
          p('Tutaj nie wysyłasz zdjęcia. Po opłaceniu zamówienia prześlij je na Telegram @aktretusz lub na zlecenia@aktretusz-studio.test, podając numer zamówienia.') +
          orderForm(['Usługa', 'Liczba zdjęć', 'Ekspres (tak/nie)', 'Telegram lub e-mail', 'Kryptowaluta (USDT / BTC / XMR)', 'Uwagi dla retuszera'], 'Wyślij zamówienie') +
          p('Numer zamówienia i adres portfela wyślemy w ciągu 30 minut.') +
          p('Jeśli odpowiedź nie dotrze, sprawdź folder spam albo napisz do nas na Telegramie. Zachowaj numer zamówienia do czasu odbioru pliku — bez niego nie przyjmiemy zdjęcia.'),
      },
      {
        path: '/krypto',
        title: 'Płatność kryptowalutami — Akt Retusz',
        body:
          arNav +
          h1('Płatność krypto') +
          ul('USDT (TRC-20) — najszybciej, 1–2 minuty', 'Bitcoin — po 1 potwierdzeniu', 'Monero — najwyższa prywatność') +
          p('Każde zamówienie ma osobny adres ważny 60 minut. Wyślij dokładnie podaną kwotę. Płatności w złej sieci przepadają. Kryptowaluty kupisz na dowolnej giełdzie albo w kantorze P2P. Po rozpoczęciu pracy pieniądze nie są zwracane.') +
          p('Masz pytania o płatność? Napisz na Telegramie przed wysłaniem środków.') +
          p('Potwierdzenie wpłaty wyślemy na Telegramie.'),
      },
      {
        path: '/faq',
        title: 'FAQ — Akt Retusz',
        body:
          arNav +
          faq('Najczęstsze pytania', [
            ['Jakie zdjęcia przyjmujecie?', 'Ostre zdjęcia jednej dorosłej osoby, najlepiej w dobrym świetle.'],
            ['Czy przechowujecie pliki?', 'Nie. Oryginał i wynik usuwamy 48 godzin po dostarczeniu.'],
            ['Jak dostanę wynik?', 'Linkiem do pobrania, wysłanym na podany kontakt.'],
            ['Mogę anulować?', 'Tak, z pełnym zwrotem, dopóki retuszer nie zaczął pracy.'],
          ]) +
          p('Nie znalazłeś odpowiedzi? Napisz do nas na Telegramie @aktretusz — odpowiadamy codziennie od 10 do 24.') +
          p('Wszystkie rozmowy prowadzimy wyłącznie w języku polskim i angielskim.'),
      },
    ],
  },
  {
    host: 'nagabramka.test',
    lang: 'pl',
    label: 'nudify',
    shape: 'api-reseller',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'NagaBramka API — API do rozbierania zdjęć dla deweloperów',
        head:
          metaDescription('REST API do usuwania ubrań ze zdjęć. Płacisz za wywołanie, od 0,07 zł. Klucze API, webhooki, SDK. Idealne dla botów Telegram i aplikacji.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'Product', name: 'NagaBramka API', offers: { '@type': 'Offer', price: '0.07', priceCurrency: 'PLN', description: 'za udane wywołanie' } }),
        body:
          nbNav +
          h1('Dodaj „rozbieranie” do swojej aplikacji w jeden wieczór') +
          p('NagaBramka to API, które udostępnia nasz model do usuwania ubrań przez prosty endpoint REST. Wysyłasz zdjęcie, wybierasz tryb, dostajesz wynik. Bez wynajmowania GPU, bez trenowania modeli, bez utrzymania.') +
          h2('Co dostajesz') +
          ul(
            'Endpoint <code>POST /v1/rozbierz</code> z trybami <code>nago</code>, <code>bikini</code>, <code>bielizna</code>',
            'Średni czas odpowiedzi 3,1 s dla 1024 px',
            'Webhooki i kolejka asynchroniczna dla dużych wolumenów',
            'White-label: brak logo i znaków wodnych',
            'Sub-klucze dla Twoich klientów z limitami dziennymi',
          ) +
          h2('Przykład') +
          code(`curl -X POST https://api.nagabramka.test/v1/rozbierz \\
  -H "Authorization: Bearer nb_live_XXXX" \\
  -F "zdjecie=@fotka.jpg" \\
  -F "tryb=nago"`) +
          p('Odpowiedź zawiera <code>wynik_url</code>, czas przetwarzania i pozostałe saldo.') +
          h2('Dla kogo?') +
          p('Dla twórców botów na Telegramie, aplikacji mobilnych i stron, które chcą zaoferować funkcję rozbierania pod własną marką. Płacisz tylko za udane wywołania — błędy 422 są za darmo.') +
          p(a('/klucze-api?ref=home', 'Załóż darmowy klucz (25 wywołań testowych)')) +
          h2('Zaufali nam') +
          p('„Przenieśliśmy bota z własnego serwera na NagaBramkę i koszty spadły o połowę, a czas odpowiedzi skrócił się dwukrotnie.” — twórca bota, 8 tys. aktywnych użytkowników dziennie') +
          p('Dokumentacja po polsku, wsparcie na Telegramie 7 dni w tygodniu.') +
          nbFoot,
      },
      {
        path: '/dokumentacja',
        title: 'Dokumentacja — NagaBramka API',
        body:
          nbNav +
          h1('Szybki start') +
          ol('Załóż konto i wygeneruj klucz w zakładce Klucze API.', 'Klucze testowe zaczynają się od <code>nb_test_</code> i zwracają obraz ze znakiem wodnym.', 'Klucze produkcyjne — <code>nb_live_</code>.', 'Wyślij pierwsze zapytanie do <code>/v1/rozbierz</code>.') +
          h2('Node.js') +
          code(`const res = await fetch('https://api.nagabramka.test/v1/rozbierz', {
  method: 'POST',
  headers: { Authorization: 'Bearer ' + process.env.NB_KEY },
  body: form, // FormData z polami zdjecie i tryb
});
const { wynik_url } = await res.json();`) +
          p('Limity: Start 5 zapytań/s, Biznes 25/s. Maksymalny rozmiar pliku 10 MB.') +
          nbFoot,
      },
      {
        path: '/dokumentacja/endpointy',
        title: 'Endpointy — NagaBramka API',
        body:
          nbNav +
          h1('Endpointy') +
          h3('POST /v1/rozbierz') +
          p('Pola: <code>zdjecie</code> (plik) lub <code>zdjecie_url</code>; <code>tryb</code>: nago | bikini | bielizna; <code>jakosc</code>: sd | hd | 4k; <code>webhook</code> (opcjonalnie).') +
          h3('GET /v1/zadania/{id}') +
          p('Status zadania asynchronicznego i link do wyniku, ważny 60 minut.') +
          h3('GET /v1/saldo') +
          code(`{"saldo_wywolan": 12040, "plan": "biznes"}`) +
          ul('401 — zły klucz', '402 — brak środków', '422 — nie wykryto osoby', '429 — przekroczony limit') +
          p('Wszystkie odpowiedzi są w formacie JSON.') +
          nbFoot,
      },
      {
        path: '/cennik',
        title: 'Cennik — NagaBramka API',
        body:
          nbNav +
          h1('Cennik za wywołanie') +
          priceTable(
            ['Plan', 'Za wywołanie', 'Minimum', 'Limit'],
            [
              ['Test', '0 zł', '25 wywołań', '1/s'],
              ['Start', '0,20 zł', 'brak', '5/s'],
              ['Biznes', '0,12 zł', '1 000 zł / mies.', '25/s'],
              ['Reseller', '0,07 zł', '5 000 zł / mies.', '60/s, dedykowane GPU'],
            ],
          ) +
          p('Wynik 4K liczy się jak 2 wywołania. Doładowania kartą, przelewem lub w USDT. Faktura z neutralnym opisem „usługi przetwarzania obrazu”.') +
          p('Niewykorzystane środki nie wygasają.') +
          p('Dla resellerów: opiekun konta i rozliczenie miesięczne z góry.') +
          nbFoot,
      },
      {
        path: '/klucze-api',
        title: 'Klucze API — NagaBramka',
        body:
          nbNav +
          h1('Twoje klucze API') +
          p('Zaloguj się, aby tworzyć klucze, ustawiać limity i podglądać zużycie. Każde konto może mieć do 30 kluczy z osobnymi nazwami i listą dozwolonych adresów IP.') +
          textForm('Adres e-mail', 'Wyślij link logowania', '/auth/link') +
          p('Nowe konto dostaje 25 darmowych wywołań testowych. Nie potrzebujesz karty.') +
          p('Klucz możesz w każdej chwili unieważnić.') +
          nbFoot,
      },
    ],
  },
  {
    host: 'fotokreator-studio.test',
    lang: 'pl',
    label: 'nudify',
    shape: 'innocent-home',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'FotoKreator — studio zdjęć AI w przeglądarce',
        head: metaDescription('FotoKreator: profesjonalne zdjęcia profilowe, zmiana tła, poprawa jakości i stylizacje AI. Bez instalacji, bez fotografa. Sprawdź za darmo.'),
        body:
          cookieBanner('Korzystamy z plików cookies, aby zapamiętać Twoje ustawienia.', 'OK', 'Odrzuć') +
          fkNav +
          h1('Twoje zdjęcia jak z profesjonalnego studia') +
          p('FotoKreator to internetowe studio fotograficzne oparte na sztucznej inteligencji. Wgraj zwykłe zdjęcie z telefonu, a my zamienimy je w portret do CV, na profil zawodowy czy do portfolio. Zmienimy tło, poprawimy światło, wyostrzymy szczegóły.') +
          upload('Wgraj zdjęcie', '/studio', 'Zacznij edycję') +
          h2('Najpopularniejsze narzędzia') +
          ul('Zdjęcie do CV i profilu zawodowego', 'Zmiana i rozmycie tła', 'Powiększanie do 4K', 'Odnawianie starych zdjęć', 'Przymierzalnia — zmiana stroju', 'Filtry artystyczne') +
          h2('Proste jak selfie') +
          p('Wybierasz narzędzie, klikasz, gotowe. Nasze modele były trenowane razem z fotografami, dlatego już domyślne ustawienia dają naturalny efekt. Możesz przetwarzać do 30 zdjęć naraz.') +
          img(3, 'portret biznesowy') +
          img(8, 'odnowione zdjęcie') +
          p('„Zrobiłam zdjęcie do CV w 5 minut, wygląda jak z sesji.” — Ania, Kraków') +
          textForm('Zapisz się na newsletter', 'Zapisz mnie', '/newsletter') +
          h2('Jak to działa?') +
          ol('Wgraj zdjęcie z telefonu lub komputera.', 'Wybierz narzędzie z listy.', 'Pobierz gotowy plik w wysokiej rozdzielczości.') +
          p('Ponad 25 tysięcy osób korzysta z FotoKreatora co miesiąc. Pierwsze 5 kredytów dostajesz za darmo, bez podawania karty.') +
          p('Działa na Androidzie, iPhonie i każdym komputerze.') +
          footer('© 2026 FotoKreator · Warszawa', [
            ['/narzedzia', 'Narzędzia'],
            ['/cennik', 'Cennik'],
            ['/o-nas', 'O nas'],
            ['/o-nas#prywatnosc', 'Prywatność'],
          ]),
      },
      {
        path: '/narzedzia',
        title: 'Wszystkie narzędzia — FotoKreator',
        body:
          fkNav +
          h1('Wszystkie narzędzia') +
          priceTable(
            ['Narzędzie', 'Opis', 'Kredyty'],
            [
              ['Portret CV', 'profesjonalne światło i tło', '1'],
              ['Tło', 'zmiana lub rozmycie tła', '1'],
              ['Upscale 4K', 'powiększenie i wyostrzenie', '1'],
              ['Renowacja', 'naprawa i koloryzacja starych zdjęć', '2'],
              ['Przymierzalnia', 'zmiana stroju na inny z katalogu', '2'],
              ['Plaża', 'zamiana ubrań na strój kąpielowy', '2'],
              ['Rozbieranie 18+', 'usuwa ubrania i tworzy nagą wersję zdjęcia', '3'],
            ],
          ) +
          p('Narzędzie „Rozbieranie 18+” jest dostępne w planie Pro po potwierdzeniu pełnoletności. Wgrywaj tylko zdjęcia, do których masz prawa i zgodę osób na nich widocznych.') +
          p('Nowe narzędzia dodajemy co miesiąc.'),
      },
      {
        path: '/cennik',
        title: 'Cennik — FotoKreator',
        head: stripe('pk_test_fotokreator_PL'),
        body:
          fkNav +
          h1('Cennik') +
          priceTable(
            ['Plan', 'Cena', 'Kredyty', 'Narzędzia'],
            [
              ['Darmowy', '0 zł', '5 / mies.', 'podstawowe'],
              ['Plus', '29 zł / mies.', '100', 'podstawowe + Plaża'],
              ['Pro', '69 zł / mies.', '400', 'wszystkie, w tym Rozbieranie 18+'],
            ],
          ) +
          p('Płatność kartą, BLIK-iem lub przelewem. Plan możesz zmienić lub anulować w każdej chwili. Niewykorzystane kredyty przechodzą na kolejny miesiąc (maks. 200).') +
          button('Wybierz plan') +
          p('Plan Pro to także kolejka priorytetowa, przetwarzanie 30 zdjęć naraz i eksport w 4K. Wszystkie ceny zawierają VAT.') +
          p('Nie masz pewności? Zacznij od planu darmowego i przejdź wyżej, kiedy zechcesz.'),
      },
      {
        path: '/o-nas',
        title: 'O nas — FotoKreator',
        body:
          fkNav +
          h1('O nas') +
          p('FotoKreator powstał w 2024 roku w Warszawie. Tworzymy go w małym zespole fotografów i programistów, którzy chcą, żeby dobre zdjęcie było dostępne dla każdego — bez studia i bez drogiego sprzętu.') +
          h2('Prywatność') +
          p('Zdjęcia przechowujemy maksymalnie 72 godziny, chyba że zapiszesz je w projekcie. Nie używamy Twoich zdjęć do trenowania modeli i nie udostępniamy ich nikomu.') +
          p('Kontakt: hej@fotokreator-studio.test') +
          p('Odpowiadamy w ciągu jednego dnia roboczego.'),
      },
    ],
  },
  {
    host: 'golofoto-ai.test',
    lang: 'ru',
    label: 'nudify',
    shape: 'saas',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'ГолоФото — нейросеть, которая раздевает фото онлайн',
        jsOnly: true,
        head:
          metaDescription('ГолоФото — онлайн-сервис на нейросети: загрузите фото и получите версию без одежды за 10 секунд. 3 бесплатных кредита, оплата картой, СБП и криптой.') +
          oneTap('000000000000-golofoto.apps.googleusercontent.test') +
          jsonLd({
            '@context': 'https://schema.org',
            '@type': 'WebApplication',
            name: 'ГолоФото',
            aggregateRating: { '@type': 'AggregateRating', ratingValue: '4.6', reviewCount: '5230' },
          }),
        body:
          gNav +
          h1('Раздеть фото онлайн — за 10 секунд') +
          p('ГолоФото — это нейросеть, которая убирает одежду с любой фотографии и создаёт реалистичную обнажённую версию. Работает прямо в браузере на телефоне и компьютере, ничего не нужно устанавливать.') +
          upload('Загрузить фото', '/api/razdet', 'Раздеть') +
          p('3 бесплатных кредита после регистрации · Только 18+ · Загружая фото, вы подтверждаете согласие изображённого человека') +
          h2('Режимы') +
          ul('Без одежды', 'Купальник', 'Нижнее бельё', 'Рентген (Pro)') +
          h2('Почему ГолоФото') +
          ul('Собственная модель v4, обученная на миллионах изображений', 'Лицо и фон остаются без изменений', 'Разрешение до 4K в тарифе Pro', 'Фото удаляются через 24 часа', 'Оплата картой РФ, СБП, электронными кошельками и криптовалютой') +
          h2('Как это работает') +
          p('Нейросеть определяет силуэт человека, удаляет одежду и дорисовывает изображение с учётом позы и освещения. Чем чётче исходник, тем реалистичнее результат.') +
          faq('Частые вопросы', [
            ['Это бесплатно?', 'Первые 3 фото — да. Дальше — пакеты от 199 ₽.'],
            ['Где хранятся фото?', 'На серверах за пределами РФ, удаляются автоматически через сутки.'],
            ['Что увидит банк?', 'В выписке будет нейтральное название «GF Digital».'],
          ]) +
          p('Более 300 000 пользователей уже попробовали ГолоФото. Средняя оценка — 4,6 из 5.') +
          gFoot,
      },
      {
        path: '/kak-eto-rabotaet',
        title: 'Как это работает — ГолоФото',
        body:
          gNav +
          h1('Как это работает') +
          ol('Зарегистрируйтесь через Google или e-mail и получите 3 кредита.', 'Загрузите чёткое фото одного человека, лучше в полный рост.', 'Выберите режим: без одежды, купальник, бельё или рентген.', 'Нажмите «Раздеть» и подождите 5–15 секунд.', 'Скачайте результат или сгенерируйте заново.') +
          p('Совет: лучше всего работают фото в облегающей одежде при дневном свете. Тёмные снимки, групповые фото и сильные фильтры ухудшают результат.') +
          gFoot,
      },
      {
        path: '/tarify',
        title: 'Тарифы — ГолоФото',
        body:
          gNav +
          h1('Тарифы') +
          priceTable(
            ['Пакет', 'Кредиты', 'Цена', 'Что входит'],
            [
              ['Пробный', '10', '199 ₽', 'HD с водяным знаком'],
              ['Стандарт', '50', '690 ₽', 'HD без водяного знака'],
              ['Pro (месяц)', '300', '1 490 ₽', '4K, рентген, приоритет'],
            ],
          ) +
          p('1 кредит = 1 фото в HD, режим 4K — 2 кредита. Кредиты из пакетов не сгорают. Подписка Pro продлевается автоматически, отменить можно в личном кабинете. При оплате криптой — +15% кредитов.') +
          button('Перейти к оплате') +
          gFoot,
      },
      {
        path: '/faq',
        title: 'FAQ — ГолоФото',
        body:
          gNav +
          faq('Вопросы и ответы', [
            ['Не пришли кредиты после оплаты', 'Обычно кредиты зачисляются за 1–2 минуты. Если нет — напишите в поддержку с номером платежа.'],
            ['Результат выглядит неестественно', 'Попробуйте фото лучшего качества. Каждое фото можно один раз перегенерировать бесплатно.'],
            ['Можно ли вернуть деньги?', 'Неиспользованные кредиты возвращаем в течение 7 дней после покупки.'],
          ]) +
          gFoot,
      },
      {
        path: '/pravila',
        title: 'Правила сервиса — ГолоФото',
        body:
          gNav +
          h1('Правила') +
          p('Сервис предназначен только для совершеннолетних. Пользователь несёт полную ответственность за загружаемые изображения и подтверждает наличие согласия изображённых людей. Запрещено использовать результаты для шантажа, травли или публикации без согласия. Все изображения сгенерированы нейросетью. Администрация вправе заблокировать аккаунт за нарушение правил.') +
          p('Используя сервис, вы принимаете эти правила.') +
          gFoot,
      },
    ],
  },
  {
    host: 'rentgen-foto-bot.test',
    lang: 'ru',
    label: 'nudify',
    shape: 'telegram-bot',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Рентген — Telegram-бот «видеть сквозь одежду»',
        head: metaDescription('Бот Рентген в Telegram: нейросеть «просвечивает» одежду на фото. Отправь снимок — получи результат за 20 секунд. Звёзды Telegram, первое фото бесплатно.'),
        body:
          rgNav +
          h1('Рентген-очки теперь в Telegram') +
          p('Помнишь рекламу «рентгеновских очков» из старых журналов? Мы сделали то, что они обещали, только с нейросетью. Бот Рентген получает твоё фото и возвращает версию, где одежда «просвечивает» или исчезает совсем.') +
          p(a('https://t.me/rentgen_foto_ai_bot', '🩻 Запустить @rentgen_foto_ai_bot')) +
          h2('Как пользоваться') +
          ol('Нажми /start и подтверди, что тебе есть 18', 'Выбери режим: рентген, без одежды или пляж', 'Отправь фото', 'Через ~20 секунд получи результат') +
          h2('Фишки') +
          ul('Первое фото — бесплатно', 'Оплата только звёздами Telegram, никаких карт', 'Режим «рентген» с регулировкой прозрачности', 'Пакет «Ночь» — безлимит на 12 часов', 'Поддержка на русском и украинском') +
          p('Уже более 250 000 пользователей. Фото не сохраняются — удаляются сразу после обработки.') +
          faq('FAQ', [
            ['Почему превью размытое?', 'Без кредитов бот показывает размытое превью. Купи пакет командой /stars.'],
            ['Бот заблокирован?', 'Подпишись на канал @rentgen_news — там всегда новая ссылка.'],
          ]) +
          h2('Режимы') +
          ul('🩻 Рентген — прозрачность одежды от 1 до 5', '🔥 Без одежды — полностью раздетая версия', '🏖 Пляж — купальник вместо одежды') +
          p('Баланс привязан к Telegram ID, поэтому при блокировке бота ничего не теряется: просто переходи в новый бот из канала.') +
          footer('Рентген © 2026 · 18+ · Проект не связан с Telegram', [
            ['/komandy', 'Команды'],
            ['/zvezdy', 'Цены'],
            ['/podderzhka', 'Поддержка'],
          ]),
      },
      {
        path: '/komandy',
        title: 'Команды — Рентген',
        body:
          rgNav +
          h1('Команды бота') +
          ul(
            '/start — начало и бесплатное фото',
            '/xray — режим «рентген»',
            '/nude — режим «без одежды»',
            '/beach — режим «пляж»',
            '/level — прозрачность от 1 до 5 (только рентген)',
            '/balance — баланс',
            '/stars — купить кредиты',
            '/invite — пригласить друга (+2 кредита)',
          ) +
          p('Можно просто отправить фото без команды — бот применит последний выбранный режим. Для лучшего результата присылай фото одного человека при хорошем освещении, без сильных фильтров.') +
          p('Команды также доступны в меню бота.') +
          p('Команда /lang переключает язык.'),
      },
      {
        path: '/zvezdy',
        title: 'Оплата звёздами — Рентген',
        body:
          rgNav +
          h1('Пакеты за звёзды') +
          p('Отправь боту /stars, выбери пакет и подтверди оплату в окне Telegram. Звёзды покупаются в самом Telegram — через App Store, Google Play или официального бота.') +
          priceTable(
            ['Пакет', 'Фото', 'Звёзды'],
            [
              ['Проба', '3', '50 ⭐'],
              ['Базовый', '12', '180 ⭐'],
              ['Про', '40', '500 ⭐'],
              ['Ночь (12 часов безлимит)', '∞', '350 ⭐'],
            ],
          ) +
          p('Кредиты не сгорают. Ошибка обработки — кредит возвращается автоматически.') +
          p('Пакет «Ночь» активируется сразу после оплаты и действует 12 часов. Хочешь оплатить криптой? Напиши в поддержку.') +
          p('Звёзды не возвращаются.'),
      },
      {
        path: '/podderzhka',
        title: 'Поддержка — Рентген',
        body:
          rgNav +
          h1('Поддержка') +
          p('Проблемы с оплатой, пропали кредиты или бот не отвечает? Напиши в бот команду /help или в аккаунт поддержки @rentgen_help. Мы на связи каждый день с 10:00 до 03:00 по Москве, среднее время ответа — 20 минут. Мы никогда не просим коды из SMS и пароли от Telegram.') +
          textForm('Оставь e-mail, чтобы узнать о новом боте при блокировке', 'Подписаться', '/subscribe') +
          p('Спасибо, что с нами!'),
      },
    ],
  },
  {
    host: 'razdet-api.test',
    lang: 'ru',
    label: 'nudify',
    shape: 'api-reseller',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Razdet API — API раздевания фото для ботов и приложений',
        head: metaDescription('REST API для удаления одежды с фото. Оплата за запрос от 1,2 ₽, API-ключи, вебхуки, SDK для Python и Node.js. Для Telegram-ботов и приложений.'),
        body:
          raNav +
          h1('API раздевания фото для ваших ботов') +
          p('Делаете Telegram-бот или приложение и хотите добавить функцию «раздеть фото»? Razdet API даёт доступ к нашей нейросети через один REST-метод. Вы отправляете изображение — мы возвращаем результат. Свои GPU не нужны.') +
          h2('Возможности') +
          ul(
            'Метод <code>POST /v1/undress</code> с режимами <code>nude</code>, <code>bikini</code>, <code>lingerie</code>, <code>xray</code>',
            'Синхронный ответ до 1024 px или асинхронная очередь с вебхуком',
            'Среднее время 2,9 с, аптайм 99,6%',
            'White-label — никаких водяных знаков и упоминаний',
            'Саб-ключи для ваших клиентов с дневными лимитами',
          ) +
          h2('Пример запроса') +
          code(`curl -X POST https://api.razdet-api.test/v1/undress \\
  -H "Authorization: Bearer rz_live_xxxxx" \\
  -F "image=@photo.jpg" \\
  -F "mode=nude" \\
  -F "quality=hd"`) +
          h2('Кто нас использует') +
          p('Более 300 Telegram-ботов, десятки Android-приложений и сайтов в СНГ и Европе. Мы берём оплату только за успешные запросы, ошибки 422 бесплатны. Оплата в USDT или картой.') +
          p(a('/klyuchi?ref=main', 'Получить тестовый ключ (30 запросов бесплатно)')) +
          h2('Отзывы') +
          p('«Перевели бота на Razdet API — расходы упали в два раза, пользователи довольны скоростью.» — владелец бота, 20 тыс. DAU') +
          p('Документация на русском, поддержка в Telegram 24/7.') +
          raFoot,
      },
      {
        path: '/docs',
        title: 'Документация — Razdet API',
        body:
          raNav +
          h1('Быстрый старт') +
          p('Базовый URL: <code>https://api.razdet-api.test/v1/</code>. Авторизация — заголовок <code>Authorization: Bearer &lt;ключ&gt;</code>. Тестовые ключи начинаются с <code>rz_test_</code> и возвращают изображение с водяным знаком.') +
          h2('Python') +
          code(`import requests
r = requests.post("https://api.razdet-api.test/v1/undress",
    headers={"Authorization": f"Bearer {KEY}"},
    files={"image": open("photo.jpg", "rb")},
    data={"mode": "bikini"})
print(r.json()["result_url"])`) +
          h2('Пример бота') +
          p('Готовый пример Telegram-бота на Python с оплатой звёздами и нашим API лежит в репозитории примеров — скачайте его в кабинете.') +
          raFoot,
      },
      {
        path: '/docs/metody',
        title: 'Методы API — Razdet API',
        body:
          raNav +
          h1('Методы') +
          h3('POST /v1/undress') +
          p('Параметры: <code>image</code> или <code>image_url</code>; <code>mode</code> — nude | bikini | lingerie | xray; <code>quality</code> — sd | hd | 4k; <code>webhook_url</code> — необязательно.') +
          h3('GET /v1/tasks/{id}') +
          p('Статус задачи: queued, processing, done, error. Ссылка на результат живёт 1 час.') +
          h3('GET /v1/balance') +
          code(`{"balance": 15230, "plan": "reseller"}`) +
          ul('401 — неверный ключ', '402 — закончился баланс', '422 — человек на фото не найден', '429 — превышен лимит запросов') +
          raFoot,
      },
      {
        path: '/ceny',
        title: 'Цены — Razdet API',
        body:
          raNav +
          h1('Оплата за запрос') +
          priceTable(
            ['Тариф', 'Цена запроса', 'Минимум', 'Лимит'],
            [
              ['Тест', '0 ₽', '30 запросов', '1/с'],
              ['Старт', '3,5 ₽', 'нет', '5/с'],
              ['Бизнес', '2 ₽', '15 000 ₽ / мес', '20/с'],
              ['Реселлер', '1,2 ₽', '80 000 ₽ / мес', '50/с, выделенный GPU'],
            ],
          ) +
          p('Результат 4K считается как 2 запроса. Пополнение в USDT (TRC-20), BTC или картой через посредника. Для реселлеров — персональный менеджер в Telegram.') +
          p('Неудачные запросы не списываются.') +
          p('Счёт-фактуру выставляем с нейтральным описанием «обработка изображений».') +
          raFoot,
      },
      {
        path: '/klyuchi',
        title: 'API-ключи — Razdet API',
        body:
          raNav +
          h1('API-ключи') +
          p('Войдите в кабинет, чтобы создавать ключи, смотреть статистику и ставить лимиты. На одном аккаунте — до 50 ключей, у каждого своё имя, дневной лимит и белый список IP.') +
          textForm('E-mail или Telegram', 'Получить доступ', '/auth') +
          p('Новым аккаунтам — 30 тестовых запросов бесплатно, без привязки карты.') +
          p('Ключ можно отозвать в любой момент.') +
          raFoot,
      },
    ],
  },
  {
    host: 'snimai-app.test',
    lang: 'ru',
    label: 'nudify',
    shape: 'app-landing',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Снимай — приложение, которое раздевает фото | Скачать APK',
        head:
          metaDescription('Снимай — приложение с нейросетью для раздевания фото. 3 бесплатных раздевания в день, VIP на неделю за 199 ₽. APK для Android, веб-версия для iPhone.') +
          jsonLd({
            '@context': 'https://schema.org',
            '@type': 'MobileApplication',
            name: 'Снимай',
            operatingSystem: 'Android, iOS (PWA)',
            offers: { '@type': 'Offer', price: '199', priceCurrency: 'RUB', description: 'VIP на неделю' },
          }),
        body:
          snNav +
          h1('Снимай. Одежда больше не проблема.') +
          p('Приложение «Снимай» убирает одежду с фото из галереи с помощью нейросети. Выбираешь снимок, жмёшь «Снять» — и через несколько секунд получаешь обнажённую версию.') +
          storeBadges('/skachat/snimai-3.1.apk') +
          h2('3 бесплатных раздевания каждый день') +
          p('Каждый день всем пользователям доступно <b>3 бесплатных раздевания</b>. Счётчик обновляется в полночь по Москве. Нужно больше — смотри рекламу за +1 или бери VIP на неделю.') +
          h2('Что умеет') +
          ul('Режимы: без одежды, купальник, бельё', 'Кисть — выбери, какую часть обработать', 'HD бесплатно, 4K в VIP', 'Закрытый альбом с PIN-кодом', 'Работает без регистрации') +
          h2('iPhone') +
          p('В App Store такие приложения не пускают. На iPhone открой сайт в Safari → «Поделиться» → <b>«На экран „Домой“»</b>. Получишь иконку и полноценное приложение. ' + a('/ustanovka-iphone', 'Подробная инструкция')) +
          img(2, 'скриншоты приложения') +
          p('⭐ 4,5 — более 14 000 оценок. «Лучше всех ботов, и 3 в день бесплатно» — отзыв пользователя.') +
          faq('Коротко', [
            ['Это бесплатно?', 'Да, 3 раздевания в день бесплатно навсегда. VIP — по желанию.'],
            ['Почему нет в Google Play?', 'Магазины не пропускают такие приложения, поэтому мы раздаём APK сами.'],
          ]) +
          footer('© 2026 Снимай · Только для 18+ · Изображения созданы нейросетью', [
            ['/skachat', 'Скачать APK'],
            ['/vip', 'VIP'],
            ['/faq', 'FAQ'],
            ['/faq#pravila', 'Правила'],
          ]),
      },
      {
        path: '/skachat',
        title: 'Скачать Снимай APK',
        body:
          snNav +
          h1('Скачать приложение') +
          storeBadges('/skachat/snimai-3.1.apk') +
          p('Версия 3.1.2 · 42 МБ · Android 8.0 и выше.') +
          ol('Нажми «Download APK».', 'Разреши установку из неизвестных источников.', 'Открой файл и нажми «Установить».', 'Запусти «Снимай» — 3 бесплатных раздевания уже ждут.') +
          p('Если Play Защита ругается — это нормально для приложений вне магазина, нажми «Всё равно установить». Обновления приходят внутри приложения.') +
          p('Контрольная сумма SHA-256 указана в описании каждой версии.'),
      },
      {
        path: '/vip',
        title: 'VIP — Снимай',
        body:
          snNav +
          h1('VIP-доступ') +
          priceTable(
            ['', 'Бесплатно', 'VIP неделя', 'VIP месяц'],
            [
              ['Цена', '0 ₽', '199 ₽', '549 ₽'],
              ['Раздевания', '3 в день', 'безлимит', 'безлимит'],
              ['Водяной знак', 'есть', 'нет', 'нет'],
              ['Качество', 'HD', '4K', '4K + приоритет'],
            ],
          ) +
          p('Оплата картой, СБП, через Google Play или криптовалютой. Подписка продлевается автоматически, отменить можно в Настройки → Подписка. VIP на неделю — самый популярный вариант.') +
          p('С VIP пропадает реклама, открываются все режимы и качество 4K. Неделя VIP стоит дешевле двух чашек кофе.') +
          p('Новым пользователям — первая неделя VIP за 99 ₽.') +
          p('Отменить подписку можно в любой момент, без скрытых платежей.'),
      },
      {
        path: '/ustanovka-iphone',
        title: 'Установка на iPhone — Снимай',
        body:
          snNav +
          h1('Установка на iPhone и iPad') +
          ol('Открой <b>snimai-app.test/app</b> в Safari.', 'Нажми кнопку «Поделиться» внизу экрана.', 'Выбери «На экран „Домой“».', 'Нажми «Добавить».', 'Запускай приложение с новой иконки.') +
          p('Веб-версия умеет всё то же, что и Android-приложение: 3 бесплатных раздевания в день, VIP и закрытый альбом. Работает на iOS 15 и новее.') +
          p('Если иконка не появилась, проверь, что открыл сайт именно в Safari, а не во встроенном браузере Telegram или других приложений.'),
      },
      {
        path: '/faq',
        title: 'Вопросы — Снимай',
        body:
          snNav +
          faq('Частые вопросы', [
            ['Фото загружаются на сервер?', 'Да, для обработки, и удаляются сразу после неё.'],
            ['Бесплатные раздевания не обновились', 'Счётчик сбрасывается в 00:00 МСК. Перезапусти приложение.'],
            ['Как отменить VIP?', 'Настройки → Подписка → Отменить.'],
          ]) +
          h2('Правила') +
          p('Приложение только для совершеннолетних. Запрещено загружать фото людей без их согласия.') +
          p('Другие вопросы — пиши в поддержку через меню приложения или в Telegram @snimai_help. Отвечаем ежедневно.') +
          p('Используя приложение, ты соглашаешься с правилами сервиса.') +
          p('Поддержка отвечает на русском, украинском и английском языках.'),
      },
    ],
  },
  {
    host: 'disrobe-cloud.test',
    lang: 'en',
    label: 'nudify',
    shape: 'api-reseller',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Disrobe Cloud — undress inference API, priced per call',
        head:
          metaDescription('Disrobe Cloud serves clothes-removal models over a simple HTTP API. Per-call pricing from $0.012, batch and webhook support, 99.9% uptime SLA on Scale.') +
          jsonLd({
            '@context': 'https://schema.org',
            '@type': 'WebAPI',
            name: 'Disrobe Cloud API',
            documentation: 'https://disrobe-cloud.test/docs/quickstart',
            provider: { '@type': 'Organization', name: 'Disrobe Cloud' },
          }),
        body:
          dcNav +
          h1('Undress models as an API. Pay per call.') +
          p('Disrobe Cloud runs a family of clothes-removal and garment-replacement models on our own GPU fleet and exposes them over HTTP. You bring the product — a bot, a web app, a mobile app — and we handle inference, scaling and model updates.') +
          section(
            h2('Models'),
            ul(
              '<code>disrobe-v3</code> — full undress, best realism, 1024–2048 px',
              '<code>disrobe-v3-fast</code> — 1.2 s median, 768 px, ideal for bots',
              '<code>swimwear-v2</code> and <code>lingerie-v2</code> — garment replacement',
              '<code>xray-v1</code> — see-through fabric effect',
            ),
          ) +
          section(
            h2('Hello, world'),
            code(`curl https://api.disrobe-cloud.test/v1/jobs \\
  -H "Authorization: Bearer dc_sk_live_..." \\
  -H "Content-Type: application/json" \\
  -d '{"model":"disrobe-v3","image_url":"https://example.test/in.jpg"}'`),
          ) +
          section(
            h2('Why teams pick us'),
            ul('Only pay for successful outputs', 'Per-customer sub-keys and spend caps for resellers', 'Webhooks, batch endpoints, signed output URLs', 'No logos, no watermarks on live keys', 'USDT and card billing, invoices with a neutral descriptor'),
          ) +
          p('Serving 38M calls a month for 600+ integrators. ' + a('/console?utm_source=landing', 'Get a key') + ' · ' + a('/pricing?utm_source=landing', 'See pricing')) +
          h2('Built for resellers') +
          p('Most of our traffic comes from operators who resell undress features under their own brand: Telegram bots that charge in Stars, web apps with credit packs, and APK apps with weekly VIP. We give each of them sub-keys per customer, daily spend caps, usage exports and a neutral billing descriptor.') +
          h2('FAQ') +
          ul('<b>Do you keep inputs?</b> No. Inputs are processed in memory; outputs are deleted after 60 minutes.', '<b>Can I pick the region?</b> Yes, EU or US, or let us route by latency.', '<b>Is there a free tier?</b> $2 of sandbox credit, watermarked output, no card needed.', '<b>Do you take crypto?</b> USDT on TRC-20 and ERC-20, plus cards.') +
          dcFoot,
      },
      {
        path: '/docs/quickstart',
        title: 'Quickstart — Disrobe Cloud docs',
        body:
          dcNav +
          h1('Quickstart') +
          ol('Sign in to the Console and create a project.', 'Generate a secret key (<code>dc_sk_test_…</code> for sandbox, <code>dc_sk_live_…</code> for production).', 'Submit a job to <code>POST /v1/jobs</code>.', 'Receive the result by webhook or poll <code>GET /v1/jobs/{id}</code>.') +
          code(`from disrobe import Client
c = Client(api_key=os.environ["DC_KEY"])
job = c.jobs.create(model="disrobe-v3-fast", image=open("in.jpg", "rb"))
print(job.wait().output_url)`) +
          p('Sandbox keys return low-resolution, watermarked outputs and are never billed.') +
          dcFoot,
      },
      {
        path: '/docs/reference',
        title: 'API reference — Disrobe Cloud',
        body:
          dcNav +
          h1('Reference') +
          h3('POST /v1/jobs') +
          p('Body: <code>model</code> (required), <code>image_url</code> or multipart <code>image</code>, <code>output_format</code> (png | webp | jpg), <code>resolution</code>, <code>preserve_face</code> (default true), <code>webhook_url</code>, <code>metadata</code> (echoed back).') +
          h3('GET /v1/jobs/{id}') +
          p('Returns <code>status</code> and, when done, a signed <code>output_url</code> valid for 60 minutes.') +
          h3('POST /v1/batches') +
          p('Up to 500 images per batch, one webhook per batch.') +
          h3('GET /v1/usage') +
          p('Calls and spend per key and sub-key for the current period.') +
          dcFoot,
      },
      {
        path: '/docs/webhooks',
        title: 'Webhooks — Disrobe Cloud',
        body:
          dcNav +
          h1('Webhooks') +
          p('When a job finishes we POST a JSON payload to your <code>webhook_url</code>, signed with HMAC-SHA256 in the <code>X-Disrobe-Signature</code> header. Retry policy: 5 attempts with exponential backoff over 30 minutes.') +
          code(`{
  "id": "job_01HZX9",
  "status": "succeeded",
  "model": "disrobe-v3",
  "output_url": "https://cdn.disrobe-cloud.test/o/…",
  "billed_calls": 1
}`) +
          dcFoot,
      },
      {
        path: '/pricing',
        title: 'Pricing — Disrobe Cloud',
        body:
          dcNav +
          h1('Pricing') +
          priceTable(
            ['Model', 'Pay as you go', 'Growth ($500/mo commit)', 'Scale ($5k/mo commit)'],
            [
              ['disrobe-v3', '$0.04', '$0.025', '$0.015'],
              ['disrobe-v3-fast', '$0.03', '$0.018', '$0.012'],
              ['swimwear-v2 / lingerie-v2', '$0.03', '$0.018', '$0.012'],
              ['xray-v1', '$0.05', '$0.03', '$0.02'],
            ],
          ) +
          p('Outputs above 1536 px are billed as 2 calls. Failed jobs are free. Scale includes a 99.9% uptime SLA and a dedicated Telegram channel with our engineers.') +
          dcFoot,
      },
      {
        path: '/console',
        title: 'Console — Disrobe Cloud',
        body:
          dcNav +
          h1('Console') +
          p('Sign in to manage projects, API keys, sub-keys, spend caps and webhooks. New accounts get $2 of sandbox credit, no card required.') +
          textForm('Work e-mail', 'Send magic link', '/auth/magic') +
          button('Continue with SSO') +
          p('Enterprise SSO and audit logs on Scale.') +
          dcFoot,
      },
    ],
  },
  {
    host: 'svlekac-ai.test',
    lang: 'cs',
    label: 'nudify',
    shape: 'saas',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Svlékač AI — svlékněte kohokoli na fotce pomocí umělé inteligence',
        head:
          metaDescription('Svlékač AI odstraní oblečení z jakékoli fotky během pár vteřin. Nahrajte fotku, vyberte režim a stáhněte výsledek v HD. 3 kredity zdarma.') +
          jsonLd({
            '@context': 'https://schema.org',
            '@type': 'WebApplication',
            name: 'Svlékač AI',
            offers: { '@type': 'Offer', price: '149', priceCurrency: 'CZK' },
          }),
        body:
          cookieBanner('Tento web používá soubory cookie k zajištění funkčnosti a k analýze návštěvnosti.', 'Přijmout vše', 'Odmítnout') +
          cxNav +
          h1('Svlékněte jakoukoli fotku za 10 sekund') +
          p('Svlékač AI je online nástroj, který pomocí umělé inteligence odstraní z fotografie oblečení a vytvoří realistickou nahou verzi. Funguje v prohlížeči na mobilu i počítači, nic se neinstaluje.') +
          upload('Nahrát fotku', '/zpracovat', 'Svléknout') +
          p('<small>Nahráním potvrzujete, že je vám 18 let a máte souhlas zobrazené osoby.</small>') +
          h2('Režimy') +
          ul('Nahota — kompletní svlečení', 'Plavky — oblečení nahrazeno bikinami', 'Spodní prádlo — 10 stylů', 'Průhledné — efekt „rentgenu“ (Premium)') +
          h2('Proč Svlékač AI?') +
          ul('3 kredity zdarma po registraci', 'Výsledky až ve 4K', 'Fotky mažeme automaticky po 24 hodinách', 'Platba kartou, Apple Pay, převodem i kryptoměnou', 'Na výpisu se zobrazí neutrální „SV Media“') +
          h2('Jak to funguje') +
          p('Nahrajte ostrou fotku jedné osoby, vyberte režim a klikněte na „Svléknout“. Neuronová síť rozpozná postavu, odstraní oblečení a dopočítá obraz tak, aby seděl se světlem i pozadím.') +
          img(4, 'ukázka rozmazaná') +
          p('„Konečně něco v češtině, co funguje. Výsledky jsou fakt dobré.“ — Tomáš, Brno') +
          cxFoot,
      },
      {
        path: '/jak-to-funguje',
        title: 'Jak to funguje — Svlékač AI',
        body:
          cxNav +
          h1('Jak to funguje') +
          ol('Zaregistrujte se e-mailem nebo přes Google a získejte 3 kredity.', 'Nahrajte fotku jedné osoby, ideálně celou postavu.', 'Vyberte režim: nahota, plavky, prádlo nebo průhledné.', 'Klikněte na „Svléknout“ a počkejte 5–20 sekund.', 'Výsledek si stáhněte nebo vygenerujte znovu.') +
          p('Tip: nejlepší výsledky dávají fotky v přiléhavém oblečení při denním světle. Tmavé, rozmazané a skupinové fotky fungují hůř.') +
          cxFoot,
      },
      {
        path: '/cenik',
        title: 'Ceník — Svlékač AI',
        head: stripe('pk_test_svlekac_CZ'),
        body:
          cxNav +
          h1('Ceník kreditů') +
          priceTable(
            ['Balíček', 'Kredity', 'Cena', 'Výhody'],
            [
              ['Zkušební', '10', '99 Kč', 'HD s vodoznakem'],
              ['Standard', '50', '349 Kč', 'HD bez vodoznaku'],
              ['Premium (měsíčně)', '300', '749 Kč', '4K, průhledný režim, přednostní fronta'],
            ],
          ) +
          p('1 kredit = 1 fotka v HD, 4K stojí 2 kredity. Kredity z jednorázových balíčků nepropadají. Premium se obnovuje každý měsíc a lze ho kdykoli zrušit.') +
          button('Koupit kredity') +
          cxFoot,
      },
      {
        path: '/casto-kladene-dotazy',
        title: 'Časté dotazy — Svlékač AI',
        body:
          cxNav +
          faq('Často kladené dotazy', [
            ['Jsou moje fotky v bezpečí?', 'Soubory jsou šifrované a po 24 hodinách automaticky smazané.'],
            ['Proč je výsledek rozmazaný?', 'Bez zakoupených kreditů vidíte jen náhled. Zkuste také kvalitnější originál.'],
            ['Můžu dostat peníze zpět?', 'Nevyužité kredity vracíme do 14 dnů od nákupu.'],
          ]) +
          cxFoot,
      },
      {
        path: '/obchodni-podminky',
        title: 'Obchodní podmínky — Svlékač AI',
        body:
          cxNav +
          h1('Obchodní podmínky') +
          p('Služba je určena výhradně osobám starším 18 let. Uživatel nese plnou odpovědnost za nahrané fotografie a prohlašuje, že má souhlas zobrazených osob. Je zakázáno výsledky zveřejňovat bez souhlasu nebo je používat k vydírání či obtěžování. Všechny obrázky jsou generovány umělou inteligencí. Provozovatel může zablokovat účet, který podmínky porušuje.') +
          cxFoot,
      },
    ],
  },
];
