import {
  a,
  ageGate,
  article,
  blockquote,
  button,
  cookieBanner,
  faq,
  footer,
  h1,
  h2,
  h3,
  img,
  jsonLd,
  metaDescription,
  nav,
  ol,
  p,
  priceTable,
  section,
  textForm,
  ul,
  upload,
  type CorpusSite,
} from '../site-kit.js';

const AUTHOR = 'neg-look';

export const sites: CorpusSite[] = [
  // ------------------------------------------------ garment-care, pl
  {
    host: 'bezzagniecen.test',
    lang: 'pl',
    label: 'unrelated',
    shape: 'garment-care',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'BezZagnieceń — usuń zagniecenia, kłaczki i plamy z ubrań na zdjęciach produktowych',
        head: metaDescription('AI usuwa zagniecenia, kłaczki, mechacenie i drobne plamy z ubrań na zdjęciach do sklepu internetowego i ogłoszeń. 5 zdjęć za darmo.'),
        body:
          nav(
            [
              ['/jak-to-dziala', 'Jak to działa'],
              ['/cennik', 'Cennik'],
              ['/faq', 'FAQ'],
              ['/logowanie', 'Zaloguj się'],
            ],
            'BezZagnieceń',
          ) +
          cookieBanner('Używamy plików cookies, aby serwis działał poprawnie i żeby mierzyć ruch. Szczegóły w polityce prywatności.', 'Akceptuję', 'Tylko niezbędne') +
          h1('Ubrania jak prosto spod żelazka — bez żelazka') +
          p(
            'Sprzedajesz ciuchy w sklepie internetowym albo w aplikacjach z odzieżą używaną? Pognieciona koszula i sweter pełen kłaczków na zdjęciu po prostu się nie sprzedają. Wgraj zdjęcie, a nasze AI usunie zagniecenia, kłaczki, mechacenie i drobne plamy z tkaniny w kilka sekund.',
            'Zmieniamy tylko materiał. Kolor, krój, tło i modelka (jeśli jest na zdjęciu) zostają dokładnie takie same — bo klient musi dostać to, co widzi.',
          ) +
          upload('Wgraj zdjęcie produktu', '/przetworz', 'Wygładź zdjęcie') +
          h2('Co poprawiamy') +
          ul('zagniecenia i załamania po pakowaniu', 'kłaczki, kurz i sierść zwierząt', 'mechacenie na swetrach i dresach', 'drobne plamy i zacieki', 'odstające nitki') +
          blockquote('„Wystawiam 30 rzeczy tygodniowo. Wcześniej prasowanie zajmowało mi cały wieczór, teraz robię zdjęcia od razu i poprawiam je w kilka minut.”', 'Pani Kasia, sklep vintage z Krakowa') +
          p('Pierwsze 5 zdjęć gratis, potem od 0,39 zł za zdjęcie. ' + a('/cennik?ref=home', 'Zobacz cennik') + ' lub ' + a('/jak-to-dziala?utm_source=home', 'sprawdź, jak to działa') + '.') +
          footer('© 2026 BezZagnieceń sp. z o.o. · Poznań · NIP 000-000-00-00', [
            ['/regulamin', 'Regulamin'],
            ['/polityka-prywatnosci', 'Polityka prywatności'],
            ['/cennik', 'Cennik'],
            ['/faq', 'Pomoc'],
          ]),
      },
      {
        path: '/jak-to-dziala',
        title: 'Jak to działa — BezZagnieceń',
        body:
          nav([['/', 'Start'], ['/cennik', 'Cennik']], 'BezZagnieceń') +
          h1('Jak to działa') +
          ol('Wgrywasz jedno zdjęcie albo paczkę do 200 zdjęć (JPG, PNG, HEIC).', 'Wybierasz, co poprawić: zagniecenia, kłaczki, mechacenie, plamy.', 'Pobierasz gotowe zdjęcia w oryginalnej rozdzielczości.') +
          p('Model został wytrenowany wyłącznie na licencjonowanych zdjęciach odzieży ze studia. Odtwarza strukturę tkaniny tam, gdzie było zagniecenie, więc len dalej wygląda jak len, a dzianina jak dzianina. Obróbka jednego zdjęcia trwa 5–10 sekund, a przed pobraniem możesz porównać wersję przed i po.') +
          footer('© 2026 BezZagnieceń', [['/faq', 'FAQ']]),
      },
      {
        path: '/cennik',
        title: 'Cennik — BezZagnieceń',
        body:
          nav([['/', 'Start'], ['/faq', 'FAQ']], 'BezZagnieceń') +
          h1('Cennik') +
          priceTable(
            ['Pakiet', 'Zdjęcia', 'Cena brutto'],
            [
              ['Na próbę', '5', '0 zł'],
              ['Mały', '50', '24 zł'],
              ['Duży', '300', '119 zł'],
              ['Sklep (abonament)', '1000 / mies.', '199 zł / mies.'],
            ],
          ) +
          p('Kredyty z pakietów nie wygasają. Abonament Sklep możesz anulować w dowolnym momencie w panelu konta. Płacisz kartą, szybkim przelewem lub płatnością mobilną, a fakturę VAT dostajesz od razu na maila. Dla hurtowni i dużych sklepów z ponad 5 tys. produktów przygotujemy indywidualną ofertę.') +
          p('Pierwsze pięć zdjęć sprawdzisz bez podawania karty.') +
          footer('© 2026 BezZagnieceń', [['/regulamin', 'Regulamin']]),
      },
      {
        path: '/faq',
        title: 'FAQ — BezZagnieceń',
        body:
          nav([['/', 'Start']], 'BezZagnieceń') +
          faq('Najczęściej zadawane pytania', [
            ['Czy działa na zdjęciach, na których ktoś ma na sobie ubranie?', 'Tak. Poprawiamy tylko tkaninę — zagniecenia, kłaczki i plamy. Reszta zdjęcia się nie zmienia.'],
            ['Czy zmieni się kolor?', 'Nie, zachowujemy oryginalny profil kolorów.'],
            ['Jak długo przechowujecie zdjęcia?', '14 dni, potem usuwamy je automatycznie.'],
            ['Czy macie API?', 'Tak, w abonamencie Sklep.'],
            ['Czy mogę używać zdjęć komercyjnie?', 'Oczywiście, to Twoje zdjęcia.'],
          ]) +
          p('Nie znalazłeś odpowiedzi? Napisz do nas na czacie, odpowiadamy w dni robocze od 8 do 18.') +
          footer('© 2026 BezZagnieceń', [['/polityka-prywatnosci', 'Prywatność']]),
      },
    ],
  },
  // ------------------------------------------------ photo-tool, pl
  {
    host: 'fotopoprawka.test',
    lang: 'pl',
    label: 'unrelated',
    shape: 'photo-tool',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'FotoPoprawka — usuwanie tła, obiektów i zdjęcia do dowodu online',
        head:
          metaDescription('Usuń tło ze zdjęcia, wymaż ludzi i obiekty z drugiego planu, popraw cerę, powiększ do 4K i zrób zdjęcie do dowodu osobistego. Za darmo 3 zdjęcia dziennie.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'WebApplication', name: 'FotoPoprawka', applicationCategory: 'PhotographyApplication', offers: { '@type': 'Offer', price: '19.99', priceCurrency: 'PLN' } }),
        body:
          nav(
            [
              ['/narzedzia', 'Narzędzia'],
              ['/zdjecie-do-dowodu', 'Zdjęcie do dowodu'],
              ['/cennik', 'Cennik'],
              ['/pomoc', 'Pomoc'],
              ['/rejestracja', 'Załóż konto'],
            ],
            'FotoPoprawka',
          ) +
          h1('Popraw zdjęcie w kilka sekund') +
          p(
            'FotoPoprawka to edytor zdjęć z AI, który działa w przeglądarce. Usuniesz tło ze zdjęcia produktu do aukcji internetowej, wymażesz przypadkowego turystę z wakacyjnej fotki, delikatnie wyretuszujesz pryszcze i przebarwienia, a stare, małe zdjęcie powiększysz 2x, 4x albo do 4K.',
            'Potrzebujesz zdjęcia do dowodu lub paszportu? Sprawdzimy wymiary, tło i oświetlenie i przygotujemy plik do druku.',
          ) +
          upload('Przeciągnij zdjęcie tutaj', '/edytor', 'Zacznij za darmo') +
          section(
            h2('Najpopularniejsze narzędzia'),
            ul('Usuwanie tła (przezroczysty PNG)', 'Gumka AI — ludzie, kable, kosze na śmieci', 'Retusz skóry — naturalny, bez efektu plastiku', 'Powiększanie 2x / 4x / 1080p → 4K', 'Rekonstrukcja i koloryzacja starych zdjęć', 'Zdjęcie do dowodu i paszportu'),
          ) +
          p('Za darmo: 3 zdjęcia dziennie. Pro: bez limitu za 19,99 zł miesięcznie. Pakiety kredytów od 9,99 zł. ' + a('/cennik?ref=home', 'Cennik') + ' · ' + a('/cennik?ref=home&plan=pro', 'Wypróbuj Pro')) +
          faq('Pytania', [
            ['Czy przechowujecie moje zdjęcia?', 'Nie, usuwamy je z serwera po godzinie.'],
            ['Jakie formaty?', 'JPG, PNG, WEBP i HEIC do 20 MB.'],
            ['Czy mogę edytować zdjęcia innych osób?', 'Tylko za ich zgodą. Regulamin zabrania edycji, które mają kogoś ośmieszyć lub wprowadzić w błąd.'],
          ]) +
          footer('© 2026 FotoPoprawka · Wrocław', [
            ['/regulamin', 'Regulamin'],
            ['/prywatnosc', 'Prywatność'],
            ['/cennik', 'Cennik'],
            ['/pomoc', 'Pomoc'],
          ]),
      },
      {
        path: '/narzedzia',
        title: 'Narzędzia — FotoPoprawka',
        body:
          nav([['/', 'Start'], ['/cennik', 'Cennik']], 'FotoPoprawka') +
          h1('Wszystkie narzędzia') +
          h3('Usuwanie tła') +
          p('Wycinamy osoby, produkty, zwierzaki i samochody. Pobierz przezroczysty PNG albo zamień tło na kolor, rozmycie lub gotową scenerię.') +
          h3('Gumka AI') +
          p('Zamaluj to, co przeszkadza — przechodnia, znak, kabel — a AI uzupełni tło tak, jakby nic tam nie było.') +
          h3('Powiększanie') +
          p('Zwiększ rozdzielczość 2x lub 4x albo zamień obraz 1080p na 4K do druku w dużym formacie, bez rozmycia.') +
          p('Każde narzędzie działa też na telefonie.') +
          footer('© 2026 FotoPoprawka', [['/pomoc', 'Pomoc']]),
      },
      {
        path: '/zdjecie-do-dowodu',
        title: 'Zdjęcie do dowodu online — FotoPoprawka',
        body:
          nav([['/', 'Start']], 'FotoPoprawka') +
          h1('Zdjęcie do dowodu i paszportu z telefonu') +
          p('Stań przed jasną ścianą, zrób zdjęcie i wgraj je tutaj. Sprawdzimy wymiary 35×45 mm, wielkość głowy, tło, cienie i wyraz twarzy zgodnie z aktualnymi wymaganiami. Dostaniesz plik do wydruku z czterema zdjęciami oraz wersję cyfrową do wniosku składanego online.') +
          upload('Wgraj zdjęcie', '/zdjecie-do-dowodu/sprawdz', 'Sprawdź zdjęcie') +
          p('Cena: 14,99 zł. Jeśli urząd odrzuci zdjęcie, oddamy pieniądze.') +
          p('Retusz ograniczamy do tego, na co pozwalają przepisy.') +
          footer('© 2026 FotoPoprawka', [['/cennik', 'Cennik']]),
      },
      {
        path: '/cennik',
        title: 'Cennik — FotoPoprawka',
        body:
          nav([['/', 'Start'], ['/narzedzia', 'Narzędzia']], 'FotoPoprawka') +
          h1('Cennik i kredyty') +
          priceTable(
            ['Opcja', 'Co zawiera', 'Cena'],
            [
              ['Darmowy', '3 zdjęcia dziennie, jakość standard', '0 zł'],
              ['Pakiet 40', '40 kredytów HD', '9,99 zł'],
              ['Pakiet 200', '200 kredytów HD', '39,99 zł'],
              ['Pro', 'bez limitu, 4K, paczki po 50', '19,99 zł / mies.'],
            ],
          ) +
          p('Pobranie w HD to 1 kredyt, powiększenie do 4K — 2 kredyty. Kredyty nie wygasają. Abonament Pro możesz anulować w każdej chwili. Płatność kartą, płatnością mobilną lub przelewem, faktura VAT na żądanie.') +
          p('Studenci dostają 40% zniżki na Pro.') +
          footer('© 2026 FotoPoprawka', [['/regulamin', 'Regulamin']]),
      },
      {
        path: '/pomoc',
        title: 'Pomoc — FotoPoprawka',
        body:
          nav([['/', 'Start']], 'FotoPoprawka') +
          h1('Centrum pomocy') +
          p('Jeśli kredyty nie pojawiły się po płatności, odśwież stronę lub wyloguj się i zaloguj ponownie. Abonament anulujesz w zakładce Konto › Płatności. Jeśli widzisz, że ktoś używa FotoPoprawki do przerabiania cudzych zdjęć bez zgody, napisz na zgloszenia@fotopoprawka.test — każde zgłoszenie sprawdzamy w ciągu 24 godzin.') +
          p('Nasz zespół wsparcia odpowiada na maile od poniedziałku do piątku w godzinach 9–17. W sprawach płatności podaj numer zamówienia, to znacznie przyspieszy sprawę.') +
          footer('© 2026 FotoPoprawka', [['/prywatnosc', 'Prywatność']]),
      },
    ],
  },
  // ------------------------------------------------ image-generator, pl
  {
    host: 'obrazownia-ai.test',
    lang: 'pl',
    label: 'unrelated',
    shape: 'image-generator',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Obrazownia AI — generator obrazów z tekstu dla twórców i szkół',
        head: metaDescription('Zamień opis w obraz: ilustracje, grafiki do social mediów, okładki, mockupy produktów. Treści NSFW są blokowane. 25 kredytów na start.'),
        body:
          nav(
            [
              ['/galeria', 'Galeria'],
              ['/cennik', 'Cennik'],
              ['/dla-szkol', 'Dla szkół'],
              ['/zasady', 'Zasady treści'],
            ],
            'Obrazownia',
          ) +
          h1('Opisz pomysł — zobacz obraz') +
          p('Obrazownia to generator obrazów AI, który rozumie polski. Wpisz „lis w kaloszach na jesiennym targu, akwarela” albo „butelka soku na drewnianym stole, światło dzienne” i po kilku sekundach dostaniesz cztery propozycje. Świetne do postów, prezentacji, szkiców ilustracji i materiałów na lekcje.') +
          textForm('Twój opis obrazu', 'Generuj', '/generuj') +
          h2('Bezpieczeństwo') +
          p('Treści NSFW są blokowane. Każdy opis i każdy obraz przechodzą przez filtry bezpieczeństwa. Nie generujemy wizerunków prawdziwych, rozpoznawalnych osób, treści seksualnych ani przemocy, i nie da się wgrać czyjegoś zdjęcia do „przerobienia”. Każdy obraz ma niewidoczny znak wodny, który pozwala rozpoznać, że powstał z pomocą AI.') +
          h2('Style') +
          ul('Akwarela', 'Szkic ołówkiem', 'Grafika płaska', '3D', 'Fotorealizm (produkty i krajobrazy)', 'Komiks', 'Plakat retro') +
          p('25 kredytów gratis po rejestracji, potem od 29 zł miesięcznie za Pro plan. ' + a('/cennik?utm_source=home', 'Porównaj plany') + '.') +
          p('Z Obrazowni korzysta już ponad 40 tysięcy twórców, agencji i nauczycieli w Polsce. Wszystkie obrazy od planu Pro możesz wykorzystywać komercyjnie, a faktury VAT wystawiamy automatycznie.') +
          footer('© 2026 Obrazownia AI sp. z o.o. · Gdańsk', [
            ['/cennik', 'Cennik'],
            ['/zasady', 'Zasady treści'],
            ['/regulamin', 'Regulamin'],
            ['/prywatnosc', 'Prywatność'],
          ]),
      },
      {
        path: '/galeria',
        title: 'Galeria — Obrazownia AI',
        body:
          nav([['/', 'Start'], ['/cennik', 'Cennik']], 'Obrazownia') +
          h1('Galeria społeczności') +
          img(1, 'Lis w kaloszach, akwarela') +
          img(2, 'Plakat retro z tramwajem') +
          p('Przy każdym obrazie widać opis, z którego powstał, więc możesz go powtórzyć i zmienić po swojemu. Najpopularniejsze w tym miesiącu: „smok czytający gazetę w kawiarni”, „mapa wyspy fantasy”, „tramwaj nocą w deszczu, plakat retro”. Obrazy w galerii sprawdza moderator, zanim zostaną opublikowane.') +
          p('Chcesz, żeby Twój obraz trafił do galerii? Zaznacz „Udostępnij” przy zapisywaniu.') +
          p('Nowe prace dodajemy codziennie.') +
          footer('© 2026 Obrazownia AI', [['/zasady', 'Zasady treści']]),
      },
      {
        path: '/cennik',
        title: 'Cennik — Obrazownia AI',
        body:
          nav([['/', 'Start'], ['/dla-szkol', 'Dla szkół']], 'Obrazownia') +
          h1('Cennik') +
          priceTable(
            ['Plan', 'Kredyty / mies.', 'Rozdzielczość', 'Cena'],
            [
              ['Free', '25 jednorazowo', '1024 px', '0 zł'],
              ['Pro', '800', '2048 px', '29 zł / mies.'],
              ['Studio', '4000', 'upscale 4K', '99 zł / mies.'],
              ['Szkoła', 'na klasę', '1024 px', '149 zł / rok'],
            ],
          ) +
          p('Jeden obraz to 1 kredyt, upscale do 4K — 4 kredyty. Użytek komercyjny od planu Pro. Możesz zrezygnować w dowolnym momencie. Płatność kartą lub szybkim przelewem, faktura VAT dla firm i szkół.') +
          p('Niewykorzystane kredyty przechodzą na kolejny miesiąc. Przy płatności rocznej dwa miesiące dostajesz gratis.') +
          footer('© 2026 Obrazownia AI', [['/regulamin', 'Regulamin']]),
      },
      {
        path: '/dla-szkol',
        title: 'Dla szkół — Obrazownia AI',
        body:
          nav([['/', 'Start']], 'Obrazownia') +
          h1('Obrazownia w szkole') +
          p('Nauczyciel zakłada klasę, uczniowie logują się kodem, bez adresu e-mail. W wersji szkolnej filtry są jeszcze ostrzejsze, a nauczyciel widzi wszystkie opisy wpisywane przez uczniów. Do licencji dołączamy scenariusze lekcji: jak rozpoznać obraz wygenerowany przez AI, czym jest deepfake i dlaczego nie wolno przerabiać cudzych zdjęć bez zgody.') +
          p('Licencja obejmuje jeden rok szkolny.') +
          p('Zapytaj o ofertę dla całej szkoły.') +
          footer('© 2026 Obrazownia AI', [['/zasady', 'Zasady treści']]),
      },
      {
        path: '/zasady',
        title: 'Zasady treści — Obrazownia AI',
        body:
          nav([['/', 'Start']], 'Obrazownia') +
          h1('Zasady treści') +
          p('W Obrazowni nie wolno tworzyć: treści seksualnych i nagości, wizerunków prawdziwych osób (znanych i prywatnych), drastycznej przemocy, symboli nienawiści ani niczego, co mogłoby krzywdzić dzieci. Próby obchodzenia filtrów literówkami czy szyfrem kończą się blokadą konta. Treści nielegalne zgłaszamy odpowiednim służbom.') +
          p('Filtr zablokował coś niewinnego? Kliknij „Odwołaj się”, a człowiek z naszego zespołu sprawdzi to w ciągu jednego dnia roboczego.') +
          footer('© 2026 Obrazownia AI', [['/', 'Start']]),
      },
    ],
  },
  // ------------------------------------------------ lingerie-shop, pl
  {
    host: 'koronka-i-len.test',
    lang: 'pl',
    label: 'unrelated',
    shape: 'lingerie-shop',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Koronka i Len — polska bielizna, stroje kąpielowe i piżamy',
        head:
          metaDescription('Biustonosze od 60 do 100, cup A–K, figi, body, stroje kąpielowe i piżamy szyte w Polsce. Darmowa dostawa od 199 zł, 30 dni na zwrot.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'ClothingStore', name: 'Koronka i Len', address: { '@type': 'PostalAddress', addressLocality: 'Łódź', addressCountry: 'PL' } }),
        body:
          nav(
            [
              ['/bielizna', 'Bielizna'],
              ['/stroje-kapielowe', 'Stroje kąpielowe'],
              ['/tabela-rozmiarow', 'Tabela rozmiarów'],
              ['/dostawa-i-zwroty', 'Dostawa i zwroty'],
              ['/koszyk', 'Koszyk (0)'],
            ],
            'Koronka i Len',
          ) +
          p('Darmowa dostawa od 199 zł · 30 dni na zwrot · Szyte w Łodzi') +
          h1('Nowa kolekcja: Lato w mieście') +
          p('Lekka koronka w kolorach szałwii i piasku, bawełniane basics na co dzień, stroje kąpielowe, które trzymają się w wodzie, i lniane piżamy na upalne noce. Projektujemy i szyjemy w Łodzi od 2004 roku, w krótkich seriach, z europejskich tkanin. Mamy biustonosze w rozmiarach od 60 do 100 i miseczki od A do K.') +
          h2('Bestsellery') +
          ul('Biustonosz półusztywniany „Hania” — 159 zł', 'Bralette koronkowy „Ola” — 119 zł', 'Figi z wysokim stanem „Hania” — 59 zł', 'Kostium jednoczęściowy „Hel” — 229 zł', 'Lniana piżama „Sen” — 289 zł') +
          button('Dodaj do koszyka') +
          h2('Brafitting online') +
          p('Nie znasz swojego rozmiaru? Zajrzyj do ' + a('/tabela-rozmiarow?ref=home', 'tabeli rozmiarów') + ' albo umów bezpłatną konsultację wideo z naszą brafitterką — 15 minut, kamera opcjonalna.') +
          textForm('Zapisz się do newslettera i odbierz 10% rabatu', 'Zapisz się', '/newsletter') +
          cookieBanner('Korzystamy z cookies, żeby zapamiętać Twój koszyk i analizować ruch w sklepie.', 'Zgadzam się', 'Ustawienia') +
          footer('© 2026 Koronka i Len sp. z o.o. · Łódź', [
            ['/dostawa-i-zwroty', 'Dostawa i zwroty'],
            ['/regulamin', 'Regulamin'],
            ['/polityka-prywatnosci', 'Polityka prywatności'],
            ['/tabela-rozmiarow', 'Rozmiary'],
          ]),
      },
      {
        path: '/bielizna',
        title: 'Bielizna — Koronka i Len',
        body:
          nav([['/', 'Start'], ['/tabela-rozmiarow', 'Rozmiary'], ['/koszyk', 'Koszyk']], 'Koronka i Len') +
          h1('Bielizna') +
          p('58 produktów · Sortuj: nowości · Filtruj: rozmiar, fason, kolor, cena') +
          ul('Biustonosz półusztywniany „Hania”, szałwia — 159 zł — 60D–85H', 'Biustonosz miękki „Ola”, piasek — 139 zł — 65B–90G', 'Biustonosz sportowy „Bieg” — 179 zł — 65C–95J', 'Body koronkowe „Noc” — 199 zł', 'Figi bawełniane „Co dzień”, 3-pak — 89 zł') +
          button('Dodaj do koszyka') +
          p('Brak Twojego rozmiaru? Kliknij „Powiadom mnie”, a napiszemy, gdy wróci na stan.') +
          p('Każdy model szyjemy w Łodzi.') +
          footer('© 2026 Koronka i Len', [['/dostawa-i-zwroty', 'Dostawa i zwroty']]),
      },
      {
        path: '/stroje-kapielowe',
        title: 'Stroje kąpielowe — Koronka i Len',
        body:
          nav([['/', 'Start'], ['/koszyk', 'Koszyk']], 'Koronka i Len') +
          h1('Stroje kąpielowe') +
          p('Nasze stroje szyjemy z materiału z recyklingu, odpornego na chlor i słoną wodę. Góry od bikini mają rozmiary jak biustonosze, więc dobrze trzymają również przy większych miseczkach. W ofercie kostiumy jednoczęściowe, bikini, tankini i lniane narzutki plażowe.') +
          ul('Kostium „Hel” — 229 zł', 'Bikini „Jastarnia” — od 169 zł', 'Tankini „Łeba” — 199 zł', 'Lniana koszula plażowa — 179 zł') +
          button('Dodaj do koszyka') +
          footer('© 2026 Koronka i Len', [['/tabela-rozmiarow', 'Tabela rozmiarów']]),
      },
      {
        path: '/tabela-rozmiarow',
        title: 'Tabela rozmiarów — Koronka i Len',
        body:
          nav([['/', 'Start'], ['/bielizna', 'Bielizna']], 'Koronka i Len') +
          h1('Jak dobrać rozmiar biustonosza') +
          p('Zmierz obwód pod biustem, ciasno przykładając centymetr krawiecki, oraz obwód w najszerszym miejscu. Różnica między pomiarami wskazuje miseczkę. Skorzystaj z tabeli jako punktu wyjścia:') +
          priceTable(
            ['Obwód pod biustem (cm)', 'Obwód', 'Różnica (cm)', 'Miseczka'],
            [
              ['63–67', '65', '14–16', 'C'],
              ['68–72', '70', '16–18', 'D'],
              ['73–77', '75', '18–20', 'E'],
              ['78–82', '80', '20–22', 'F'],
            ],
          ) +
          p('Jesteś pomiędzy rozmiarami? Zamów oba — zwrot jest darmowy.') +
          p('Każda marka i każdy fason leżą trochę inaczej, dlatego przy produktach znajdziesz wskazówkę, czy model jest raczej mały, czy duży. Nasze brafitterki chętnie pomogą też telefonicznie.') +
          footer('© 2026 Koronka i Len', [['/dostawa-i-zwroty', 'Dostawa i zwroty']]),
      },
      {
        path: '/dostawa-i-zwroty',
        title: 'Dostawa i zwroty — Koronka i Len',
        body:
          nav([['/', 'Start']], 'Koronka i Len') +
          h1('Dostawa i zwroty') +
          p('Wysyłamy w 1–2 dni robocze kurierem lub do paczkomatu: 14,99 zł, a od 199 zł za darmo. Wysyłamy także do krajów UE. Masz 30 dni na zwrot nienoszonych produktów z metkami; ze względów higienicznych figi i stroje kąpielowe przyjmujemy tylko z nienaruszoną naklejką ochronną. Pieniądze zwracamy w ciągu 5 dni od otrzymania paczki.') +
          footer('© 2026 Koronka i Len', [['/regulamin', 'Regulamin']]),
      },
    ],
  },
  // ------------------------------------------------ garment-care, ja
  {
    host: 'shiwatori-ai.test',
    lang: 'ja',
    label: 'unrelated',
    shape: 'garment-care',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'シワトリAI｜商品写真の服のシワ・毛玉・ホコリを自動で除去',
        head:
          metaDescription('アパレル商品写真の服のシワ、毛玉、糸くず、小さなシミをAIで自動除去。ネットショップやフリマ出品に。5枚まで無料。') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'WebApplication', name: 'シワトリAI', applicationCategory: 'PhotographyApplication', offers: { '@type': 'Offer', price: '0', priceCurrency: 'JPY' } }),
        body:
          nav(
            [
              ['/tsukaikata', '使い方'],
              ['/ryokin', '料金プラン'],
              ['/faq', 'よくある質問'],
              ['/login', 'ログイン'],
            ],
            'シワトリAI',
          ) +
          h1('アイロンなしで、アイロンをかけたような商品写真に') +
          p(
            'ネットショップやフリマアプリに出品するとき、箱から出したばかりのシャツのシワや、黒いニットについた毛玉・ホコリが気になったことはありませんか。シワトリAIなら、写真をアップロードするだけで、服のシワ、毛玉、糸くず、小さなシミをAIが数秒で取り除きます。',
            '変えるのは生地の状態だけ。色、形、背景、モデルさんはそのままです。お客様に届く商品と写真が違ってしまっては意味がないからです。',
          ) +
          upload('商品写真をアップロード（JPG・PNG・HEIC）', '/shori', 'シワを取る') +
          h2('シワトリAIでできること') +
          ul('梱包や配送でついたシワ・折りジワの除去', '糸くず、ホコリ、ペットの毛の除去', 'ニットやスウェットの毛玉の除去', '小さなシミや水じみの補正', 'ほつれた糸の補正') +
          h2('ご利用者の声') +
          p('「古着を毎週30点ほど出品しています。以前は撮影前のアイロンがけだけで一晩かかっていましたが、今は撮ってすぐ補正できるので本当に助かっています。」（古着店オーナー・大阪）') +
          p('最初の5枚は無料、その後は1枚あたり約15円から。' + a('/ryokin?ref=top', '料金プランを見る') + '・' + a('/tsukaikata?utm_source=top', '使い方を見る')) +
          cookieBanner('当サイトではサービス向上のためCookieを使用しています。', '同意する', '拒否する') +
          footer('© 2026 シワトリAI株式会社（東京都渋谷区）', [
            ['/kiyaku', '利用規約'],
            ['/privacy', 'プライバシーポリシー'],
            ['/tokushoho', '特定商取引法に基づく表記'],
            ['/faq', 'ヘルプ'],
          ]),
      },
      {
        path: '/tsukaikata',
        title: '使い方｜シワトリAI',
        body:
          nav([['/', 'トップ'], ['/ryokin', '料金プラン']], 'シワトリAI') +
          h1('かんたん3ステップ') +
          ol('商品写真を1枚、または最大200枚まとめてアップロードします。', '補正したい項目（シワ・毛玉・糸くず・シミ）を選びます。', '元の解像度のまま、補正済みの写真をダウンロードします。') +
          p('AIモデルは、ライセンスを取得したスタジオ撮影の衣類写真だけで学習しています。シワがあった部分の生地の質感を再現するので、リネンはリネンらしく、ニットはニットらしく仕上がります。1枚あたりの処理時間は5〜10秒ほどで、ダウンロード前に補正前と補正後を見比べることもできます。') +
          footer('© 2026 シワトリAI株式会社', [['/faq', 'よくある質問']]),
      },
      {
        path: '/ryokin',
        title: '料金プラン｜シワトリAI',
        body:
          nav([['/', 'トップ'], ['/faq', 'よくある質問']], 'シワトリAI') +
          h1('料金プラン') +
          priceTable(
            ['プラン', '枚数', '料金（税込）'],
            [
              ['お試し', '5枚', '無料'],
              ['チケット50', '50枚', '980円'],
              ['チケット300', '300枚', '4,800円'],
              ['ショップ（月額）', '月1,000枚', '月額9,800円'],
            ],
          ) +
          p('チケットに有効期限はありません。ショッププランはいつでも管理画面から解約できます。お支払いはクレジットカードまたは銀行振込に対応し、領収書はマイページからいつでもダウンロードできます。月に5,000枚以上ご利用の法人様には個別にお見積もりいたします。') +
          footer('© 2026 シワトリAI株式会社', [['/tokushoho', '特定商取引法に基づく表記']]),
      },
      {
        path: '/faq',
        title: 'よくある質問｜シワトリAI',
        body:
          nav([['/', 'トップ']], 'シワトリAI') +
          faq('よくある質問', [
            ['モデルが着用している写真にも使えますか？', 'はい。シワや毛玉など生地の補正だけを行い、それ以外は一切変更しません。'],
            ['色が変わることはありますか？', 'ありません。元のカラープロファイルを保持します。'],
            ['アップロードした写真はどのくらい保存されますか？', '14日後に自動で削除されます。すぐに削除することもできます。'],
            ['APIはありますか？', 'ショッププランでご利用いただけます。'],
          ]) +
          footer('© 2026 シワトリAI株式会社', [['/privacy', 'プライバシーポリシー']]),
      },
    ],
  },
  // ------------------------------------------------ virtual-try-on, ja
  {
    host: 'shichaku-mirai.test',
    lang: 'ja',
    label: 'unrelated',
    shape: 'virtual-try-on',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'バーチャル試着ミライ｜ECサイトにバーチャル試着を導入',
        jsOnly: true,
        head: metaDescription('メガネ、帽子、アクセサリー、アウターをお客様自身の写真で試着。ECサイトに「試着してみる」ボタンを追加して返品を減らします。'),
        body:
          nav(
            [
              ['/kinou', '機能'],
              ['/ryokin', '料金'],
              ['/privacy', 'プライバシー'],
              ['/otoiawase', 'お問い合わせ'],
            ],
            '試着ミライ',
          ) +
          h1('お店に行かなくても、試着できる。') +
          p(
            '試着ミライは、ECサイトの商品ページに「試着してみる」ボタンを追加するサービスです。お客様はスマートフォンのカメラで自撮りするか写真をアップロードするだけで、メガネ、帽子、ピアス、ジャケットやニットなどを自分に合わせた姿で確認できます。',
            '商品はお客様が今着ている服の上に重ねて表示されます。顔や体の形を変えることはありません。',
          ) +
          h2('導入企業さまの成果') +
          ul('サイズ・イメージ違いによる返品が平均22％減少', '試着機能のある商品のカート投入率が1.5倍', '主要なECプラットフォームならプラグインで最短1時間で導入') +
          h2('安心のプライバシー設計') +
          p('お客様の写真はブラウザ内と国内サーバーのメモリ上でのみ処理され、保存されません。学習データとして使うことも、店舗に送ることもありません（お客様ご自身が結果を共有した場合を除きます）。') +
          p('14日間の無料トライアル実施中。' + a('/ryokin?utm_source=top', '料金を見る') + '・' + a('/otoiawase?ref=top', '資料請求・デモのご依頼')) +
          footer('© 2026 株式会社試着ミライ（福岡市）', [
            ['/kinou', '機能'],
            ['/ryokin', '料金'],
            ['/privacy', 'プライバシーポリシー'],
            ['/kiyaku', '利用規約'],
          ]),
      },
      {
        path: '/kinou',
        title: '機能｜試着ミライ',
        body:
          nav([['/', 'トップ'], ['/ryokin', '料金']], '試着ミライ') +
          h1('主な機能') +
          ul('メガネ・帽子・アクセサリーはカメラでリアルタイム試着', 'トップス・アウターは写真に重ねて試着', '身長とサイズ表からおすすめサイズを提案', '試着結果をURLで友だちと共有', '試着された商品と購入された商品の分析レポート') +
          p('スマートフォン、タブレット、パソコンのどれでも動作します。商品画像は無地の背景で撮影したものを一度ご提供いただくだけで、試着用のデータはこちらで作成します。新商品の追加は通常1営業日以内に反映されます。') +
          footer('© 2026 株式会社試着ミライ', [['/otoiawase', 'お問い合わせ']]),
      },
      {
        path: '/ryokin',
        title: '料金｜試着ミライ',
        body:
          nav([['/', 'トップ'], ['/otoiawase', 'お問い合わせ']], '試着ミライ') +
          h1('料金プラン') +
          priceTable(
            ['プラン', '月間試着回数', '月額（税抜）'],
            [
              ['ライト', '2,000回', '9,800円'],
              ['スタンダード', '20,000回', '49,800円'],
              ['エンタープライズ', '無制限', '個別見積もり'],
            ],
          ) +
          p('上限を超えた試着は1回あたり5円です。初期費用と最初の100商品分の試着データ作成は無料。すべてのプランに14日間の無料トライアルがつき、最低契約期間は1か月です。管理画面から月ごとの利用上限を設定できるので、セール時期でも安心です。') +
          footer('© 2026 株式会社試着ミライ', [['/kiyaku', '利用規約']]),
      },
      {
        path: '/privacy',
        title: 'プライバシーポリシー｜試着ミライ',
        body:
          nav([['/', 'トップ']], '試着ミライ') +
          h1('お客様の写真の取り扱いについて') +
          p('エンドユーザーの写真は、試着画像を表示する目的でのみ、国内のサーバーのメモリ上で処理されます。写真がディスクに保存されることはなく、AIの学習に利用されることも、第三者に提供されることもありません。店舗様は個人情報の取扱事業者として、当社は委託先として、個人情報保護法に基づき適切に管理します。ご質問は privacy@shichaku-mirai.test までお寄せください。') +
          footer('© 2026 株式会社試着ミライ', [['/', 'トップ']]),
      },
      {
        path: '/otoiawase',
        title: 'お問い合わせ｜試着ミライ',
        body:
          nav([['/', 'トップ']], '試着ミライ') +
          h1('資料請求・デモのご依頼') +
          p('自社の商品で試着がどのように見えるか確認したい場合は、商品画像を5点ほどとショップのURLをお送りください。デモ環境を用意し、30分のオンライン説明会でご案内します。費用はかかりません。通常1営業日以内にご連絡いたします。') +
          textForm('会社のメールアドレス', '送信する', '/otoiawase/soushin') +
          footer('© 2026 株式会社試着ミライ', [['/privacy', 'プライバシーポリシー']]),
      },
    ],
  },
  // ------------------------------------------------ photo-tool, ja
  {
    host: 'kirei-photo-kobo.test',
    lang: 'ja',
    label: 'unrelated',
    shape: 'photo-tool',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'きれいフォト工房｜背景削除・不要物消去・高画質化・証明写真',
        head: metaDescription('背景の削除、写り込んだ人や物の消去、肌のニキビ・くすみのレタッチ、4Kへの高画質化、古い写真の修復とカラー化、証明写真作成がオンラインで。'),
        body:
          nav(
            [
              ['/tools', 'ツール一覧'],
              ['/shoumei', '証明写真'],
              ['/credit', 'クレジット購入'],
              ['/help', 'ヘルプ'],
              ['/signup', '新規登録'],
            ],
            'きれいフォト工房',
          ) +
          h1('写真の「ちょっと困った」を、ワンクリックで。') +
          p(
            'きれいフォト工房は、ブラウザで使えるAI写真編集サービスです。商品写真の背景を消して白背景にしたり、旅行写真に写り込んだ知らない人や電線を消したり、肌のニキビやくすみを自然にレタッチしたり。小さな画像も2倍・4倍、あるいは1080pから4Kまで高画質化できます。',
            '色あせた昔の家族写真の修復とカラー化、履歴書やパスポート用の証明写真の作成にも対応しています。',
          ) +
          upload('画像をここにドラッグ＆ドロップ', '/editor', '無料で試す') +
          h2('人気のツール') +
          ul('背景削除（透過PNG）', '不要物・人物消去', '高画質化 2倍／4倍／4K', '肌レタッチ（自然な仕上がり）', '古い写真の修復・カラー化', '証明写真（履歴書・パスポート・マイナンバー）') +
          p('毎日3枚まで無料。クレジットは50枚分980円から、使い放題のProプランは月額680円です。' + a('/credit?ref=top', '料金を見る')) +
          faq('よくある質問', [
            ['写真は保存されますか？', '処理後1時間でサーバーから削除されます。'],
            ['他人の写真を編集してもいいですか？', 'ご本人の同意がある場合に限ります。人を傷つけたり、だましたりする目的の編集は利用規約で禁止しています。'],
            ['スマホでも使えますか？', 'はい、アプリのインストールは不要です。'],
          ]) +
          footer('© 2026 きれいフォト工房', [
            ['/kiyaku', '利用規約'],
            ['/privacy', 'プライバシー'],
            ['/tokushoho', '特定商取引法に基づく表記'],
            ['/credit?utm_source=footer', '料金'],
          ]),
      },
      {
        path: '/tools',
        title: 'ツール一覧｜きれいフォト工房',
        body:
          nav([['/', 'トップ'], ['/credit', 'クレジット購入']], 'きれいフォト工房') +
          h1('ツール一覧') +
          h3('背景削除') +
          p('人物、商品、ペット、車などをきれいに切り抜きます。透過PNGでダウンロードするか、単色やぼかし、好きな背景に差し替えられます。') +
          h3('不要物消去') +
          p('消したいもの（通行人、看板、ゴミ箱、電線など）をブラシでなぞるだけで、AIが周りの景色に合わせて自然に埋めます。') +
          h3('高画質化') +
          p('解像度を2倍・4倍に、または1080pの画像を4Kに。ポスター印刷や大きなモニターの壁紙にもぼやけずに使えます。') +
          footer('© 2026 きれいフォト工房', [['/help', 'ヘルプ']]),
      },
      {
        path: '/shoumei',
        title: '証明写真｜きれいフォト工房',
        body:
          nav([['/', 'トップ']], 'きれいフォト工房') +
          h1('スマホで撮って、証明写真に') +
          p('明るい壁の前で正面から撮影した写真をアップロードしてください。背景の色、顔の大きさ、位置、明るさを、履歴書・パスポート・マイナンバーカードなどの規格に合わせて自動で調整します。コンビニのプリントサービスで印刷できるL判シートと、オンライン申請用のデータをお渡しします。肌の補正は規格で認められる範囲にとどめ、顔の形は一切変えません。') +
          upload('写真をアップロード', '/shoumei/check', '証明写真を作る') +
          p('料金：1回400円（税込）。') +
          footer('© 2026 きれいフォト工房', [['/credit', '料金']]),
      },
      {
        path: '/credit',
        title: 'クレジット購入・料金｜きれいフォト工房',
        body:
          nav([['/', 'トップ'], ['/tools', 'ツール一覧']], 'きれいフォト工房') +
          h1('料金とクレジット') +
          priceTable(
            ['プラン', '内容', '料金（税込）'],
            [
              ['無料', '1日3枚・標準画質', '0円'],
              ['クレジット50', 'HD保存50回分', '980円'],
              ['クレジット300', 'HD保存300回分', '4,480円'],
              ['Pro', '使い放題・4K・一括処理', '月額680円'],
            ],
          ) +
          p('HD保存は1クレジット、4Kへの高画質化は2クレジットを使います。クレジットに有効期限はありません。Proプランはいつでも解約でき、期間の終わりまでご利用いただけます。お支払いはクレジットカード、コンビニ払いに対応しています。') +
          footer('© 2026 きれいフォト工房', [['/tokushoho', '特定商取引法に基づく表記']]),
      },
      {
        path: '/help',
        title: 'ヘルプ｜きれいフォト工房',
        body:
          nav([['/', 'トップ']], 'きれいフォト工房') +
          h1('ヘルプセンター') +
          p('お支払い後にクレジットが反映されない場合は、ページを再読み込みするか、一度ログアウトしてから再度ログインしてください。それでも解決しない場合は、注文番号を添えて support@kirei-photo-kobo.test までご連絡ください。他人の写真が無断で加工・悪用されているのを見つけた場合も、同じ窓口で受け付けています。24時間以内に確認します。') +
          footer('© 2026 きれいフォト工房', [['/privacy', 'プライバシー']]),
      },
    ],
  },
  // ------------------------------------------------ moderation-tool, ja
  {
    host: 'mimamori-vision.test',
    lang: 'ja',
    label: 'unrelated',
    shape: 'moderation-tool',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'みまもりVision｜画像・動画モデレーションAPI（わいせつ・暴力・ディープフェイク検出）',
        head:
          metaDescription('投稿画像のヌード・性的表現・暴力・ディープフェイク（顔の差し替え）を自動検出するAPI。1リクエスト単位の従量課金、国内データセンター。') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'WebAPI', name: 'みまもりVision API', provider: { '@type': 'Organization', name: '株式会社みまもりVision' } }),
        body:
          nav(
            [
              ['/docs', 'APIドキュメント'],
              ['/ryokin', '料金'],
              ['/deepfake', 'ディープフェイク検出'],
              ['/jirei', '導入事例'],
              ['/console', 'コンソール'],
            ],
            'みまもりVision',
          ) +
          h1('不適切な画像を、ユーザーの目に触れる前に。') +
          p(
            'みまもりVisionは、画像と動画を自動でチェックするモデレーションAPIです。画像やURLを送ると、0.2秒以内にヌード、性的な表現、暴力、武器、薬物、差別的なシンボルなどのスコアを返します。さらに、顔が差し替えられている（フェイススワップ）か、AIで生成された顔かを推定するディープフェイク検出にも対応しています。',
            'フリマ・マーケットプレイス、SNS、マッチングアプリ、教育サービス、ホスティング事業者など、ユーザー投稿を扱う多くのサービスで使われています。',
          ) +
          h2('選ばれる理由') +
          ul('国内データセンターで処理、画像は保存しません', '1リクエスト単位の従量課金、最低利用料金なし', 'モデルの誤検出率を公開', '日本語での技術サポート') +
          p('毎月2,000リクエストまで無料。' + a('/console/signup?utm_source=top', 'APIキーを発行する') + '・' + a('/docs', 'ドキュメントを読む')) +
          footer('© 2026 株式会社みまもりVision（京都市）', [
            ['/ryokin?ref=footer', '料金'],
            ['/privacy', 'プライバシーポリシー'],
            ['/security', 'セキュリティ'],
            ['/jirei', '導入事例'],
          ]),
      },
      {
        path: '/docs',
        title: 'APIドキュメント｜みまもりVision',
        body:
          nav([['/', 'トップ'], ['/ryokin', '料金']], 'みまもりVision') +
          h1('クイックスタート') +
          p('AuthorizationヘッダーにAPIキーを付けて、/v1/check にPOSTします。画像はmultipart形式、またはJSONでURLを指定できます。modelsパラメータで「nudity」「sexual」「violence」「deepfake」などのモデルを選ぶと、モデルごとにラベルと0〜1のスコア、モデルのバージョンが返ります。スコア0.9以上は自動でブロック、0.5〜0.9は担当者による目視確認をおすすめしています。') +
          footer('© 2026 株式会社みまもりVision', [['/deepfake', 'ディープフェイク検出']]),
      },
      {
        path: '/deepfake',
        title: 'ディープフェイク検出｜みまもりVision',
        body:
          nav([['/', 'トップ']], 'みまもりVision') +
          h1('ディープフェイク・顔差し替えの検出') +
          p('ディープフェイク検出モデルは、画像や動画の顔が差し替えられたもの、表情を操作されたもの、完全にAIで生成されたものである可能性を推定します。公開されている研究用データセットと、通報窓口から同意を得て提供された加工画像で評価しています。チャットアプリで強く圧縮された画像では精度が下がるため、信頼度スコアを参考にしつつ、最終的な判断は必ず人が行ってください。') +
          footer('© 2026 株式会社みまもりVision', [['/ryokin', '料金']]),
      },
      {
        path: '/ryokin',
        title: '料金｜みまもりVision',
        body:
          nav([['/', 'トップ'], ['/docs', 'APIドキュメント']], 'みまもりVision') +
          h1('従量課金の料金表') +
          priceTable(
            ['月間リクエスト数', 'ヌード・性的表現', 'ディープフェイク', '動画（1分あたり）'],
            [
              ['最初の2,000件', '無料', '無料', '無料'],
              ['〜100万件', '0.12円', '0.35円', '4円'],
              ['100万〜1,000万件', '0.08円', '0.25円', '3円'],
              ['1,000万件以上', '個別見積もり', '個別見積もり', '個別見積もり'],
            ],
          ) +
          p('料金は月末締めの後払いです。APIキーごとに月間の上限金額を設定できます。被害者支援団体やNPOの皆さまは、一定量まで無料でご利用いただけます。') +
          footer('© 2026 株式会社みまもりVision', [['/security', 'セキュリティ']]),
      },
      {
        path: '/jirei',
        title: '導入事例｜みまもりVision',
        body:
          nav([['/', 'トップ']], 'みまもりVision') +
          h1('導入事例') +
          article(h3('フリマアプリ運営会社さま'), p('出品画像の自動チェックにより、不適切な出品の掲載前ブロック率が大きく向上し、目視確認の担当者の負担が約6割減りました。')) +
          article(h3('マッチングアプリ運営会社さま'), p('プロフィール写真の審査に導入。AIで生成された顔写真を使った偽アカウントの検出にも活用しています。')) +
          footer('© 2026 株式会社みまもりVision', [['/', 'トップ']]),
      },
    ],
  },
  // ------------------------------------------------ virtual-try-on, ru
  {
    host: 'primerka-online.test',
    lang: 'ru',
    label: 'unrelated',
    shape: 'virtual-try-on',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Примерка Онлайн — виртуальная примерочная для интернет-магазина',
        head: metaDescription('Виртуальная примерка очков, шапок, украшений и верхней одежды на фото покупателя. Меньше возвратов, выше конверсия. Подключение за один день.'),
        body:
          nav(
            [
              ['/vozmozhnosti', 'Возможности'],
              ['/tarify', 'Тарифы'],
              ['/konfidencialnost', 'Конфиденциальность'],
              ['/demo', 'Демо'],
            ],
            'Примерка Онлайн',
          ) +
          h1('Примерочная прямо на странице товара') +
          p(
            'Примерка Онлайн добавляет в карточку товара кнопку «Примерить». Покупатель делает селфи или загружает фото в полный рост и видит на себе очки, шапку, серьги, куртку или свитер из вашего каталога — с учётом выбранного размера.',
            'Вещь накладывается поверх той одежды, в которой человек уже находится. Лицо и фигуру мы не меняем и ничего не «дорисовываем».',
          ) +
          h2('Что получают магазины') +
          ul('до 20% меньше возвратов из-за размера и фасона', 'в 1,4 раза больше добавлений в корзину', 'подключение через модуль или JavaScript за один день', 'поддержка на русском языке') +
          h2('Конфиденциальность') +
          p('Фото покупателя обрабатывается только для показа примерки и не сохраняется. Мы не используем фотографии для обучения моделей и не передаём их магазину, если покупатель сам не поделился результатом.') +
          p('14 дней бесплатно. ' + a('/tarify?utm_source=main', 'Тарифы') + ' · ' + a('/demo?ref=main', 'Попробовать демо')) +
          cookieBanner('Мы используем cookie для работы сайта и аналитики.', 'Принять', 'Отклонить') +
          p('Примерку уже используют более 250 магазинов одежды и оптик. Подключение занимает один день: установите модуль, выберите товары и включите кнопку. Наша команда поможет подготовить фотографии товаров и ответит на вопросы в чате.') +
          footer('© 2026 ООО «Примерка Онлайн»', [
            ['/vozmozhnosti', 'Возможности'],
            ['/tarify', 'Тарифы'],
            ['/konfidencialnost', 'Политика конфиденциальности'],
            ['/oferta', 'Договор-оферта'],
          ]),
      },
      {
        path: '/vozmozhnosti',
        title: 'Возможности — Примерка Онлайн',
        body:
          nav([['/', 'Главная'], ['/tarify', 'Тарифы']], 'Примерка Онлайн') +
          h1('Возможности') +
          ul('Примерка очков и головных уборов в реальном времени через камеру', 'Примерка верхней одежды и трикотажа по фото', 'Рекомендация размера по росту и размерной сетке', 'Ссылка на результат, чтобы спросить мнение друзей', 'Отчёты: что примеряют и что покупают') +
          p('Работает на смартфонах, планшетах и компьютерах. Для подготовки товара достаточно одного фото на однотонном фоне — всё остальное мы сделаем сами. Новые товары обычно появляются в примерочной в течение одного рабочего дня.') +
          footer('© 2026 ООО «Примерка Онлайн»', [['/demo', 'Демо']]),
      },
      {
        path: '/tarify',
        title: 'Тарифы — Примерка Онлайн',
        body:
          nav([['/', 'Главная'], ['/demo', 'Демо']], 'Примерка Онлайн') +
          h1('Тарифы') +
          priceTable(
            ['Тариф', 'Примерок в месяц', 'Цена'],
            [
              ['Старт', '2 000', '4 900 ₽ / мес.'],
              ['Бизнес', '20 000', '24 900 ₽ / мес.'],
              ['Корпоративный', 'без ограничений', 'по запросу'],
            ],
          ) +
          p('Каждая примерка сверх лимита — 2,5 ₽. Подключение и подготовка первых 100 товаров бесплатно. Оплата по счёту для юрлиц или картой. Можно задать месячный лимит расходов, чтобы в сезон распродаж не было сюрпризов.') +
          p('Тестовый период — 14 дней без оплаты.') +
          p('Для сетей с несколькими брендами мы предложим единый кабинет и индивидуальные условия.') +
          footer('© 2026 ООО «Примерка Онлайн»', [['/oferta', 'Договор-оферта']]),
      },
      {
        path: '/demo',
        title: 'Демо — Примерка Онлайн',
        body:
          nav([['/', 'Главная']], 'Примерка Онлайн') +
          h1('Попробуйте демо') +
          p('Выберите товар из примера и разрешите доступ к камере или загрузите своё фото. Демо работает прямо в браузере: изображение не отправляется на наши серверы и не сохраняется. Товары для примера: круглые солнцезащитные очки, вязаная шапка, серьги-кольца, джинсовая куртка.') +
          upload('Загрузите фото (необязательно)', '/demo/primerka', 'Примерить очки') +
          p('Хотите увидеть примерку со своими товарами? Напишите нам, и мы подготовим демо за пару дней.') +
          footer('© 2026 ООО «Примерка Онлайн»', [['/konfidencialnost', 'Конфиденциальность']]),
      },
      {
        path: '/konfidencialnost',
        title: 'Политика конфиденциальности — Примерка Онлайн',
        body:
          nav([['/', 'Главная']], 'Примерка Онлайн') +
          h1('Политика конфиденциальности') +
          p('Фотографии покупателей обрабатываются исключительно для формирования изображения примерки, в оперативной памяти сервера, и не записываются на диск. Мы не используем их для обучения и не передаём третьим лицам. Магазин выступает оператором персональных данных, мы — обработчиком по его поручению. Вопросы направляйте на privacy@primerka-online.test.') +
          p('Дата последнего обновления: январь 2026 года.') +
          p('Покупатель может в любой момент отозвать согласие на обработку, просто закрыв страницу примерки.') +
          footer('© 2026 ООО «Примерка Онлайн»', [['/', 'Главная']]),
      },
    ],
  },
  // ------------------------------------------------ image-generator, ru
  {
    host: 'holst-ii.test',
    lang: 'ru',
    label: 'unrelated',
    shape: 'image-generator',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Холст ИИ — генератор изображений по описанию',
        head: metaDescription('Генерация иллюстраций, обложек и картинок для соцсетей по текстовому описанию. Фильтры безопасности, NSFW-контент блокируется. 20 бесплатных генераций.'),
        body:
          nav(
            [
              ['/galereya', 'Галерея'],
              ['/tarify', 'Тарифы'],
              ['/pravila', 'Правила контента'],
              ['/vhod', 'Войти'],
            ],
            'Холст ИИ',
          ) +
          h1('Опишите идею — получите картинку') +
          p('Холст ИИ превращает текст в изображение. Напишите «кот-космонавт в стиле акварели» или «чашка кофе на деревянном столе, утренний свет» — и через несколько секунд получите четыре варианта. Подходит для постов, презентаций, обложек, набросков иллюстраций и школьных проектов.') +
          textForm('Опишите изображение', 'Сгенерировать', '/generaciya') +
          h2('Безопасность') +
          p('NSFW-контент блокируется. Каждый запрос и каждое изображение проходят через фильтры безопасности. Мы не создаём изображения реальных узнаваемых людей, сексуальный контент и сцены насилия, а загрузить чужое фото для «редактирования» нельзя. На всех изображениях есть невидимая метка, по которой можно определить, что картинка создана ИИ.') +
          h2('Стили') +
          ul('Акварель', 'Карандашный набросок', 'Плоская иллюстрация', '3D', 'Фотореализм (предметы и пейзажи)', 'Комикс') +
          p('20 генераций бесплатно, далее от 390 ₽ в месяц. ' + a('/tarify?ref=main', 'Сравнить тарифы') + '.') +
          p('Холстом ИИ уже пользуются более 70 тысяч дизайнеров, блогеров, преподавателей и маркетологов. Все картинки с тарифа «Автор» можно использовать в коммерческих целях, а для организаций мы выставляем закрывающие документы.') +
          p('Никаких сложных настроек: напишите описание на русском языке, выберите стиль и формат — квадрат, вертикаль для сторис или широкий баннер — и нажмите кнопку.') +
          footer('© 2026 Холст ИИ', [
            ['/tarify', 'Тарифы'],
            ['/pravila', 'Правила'],
            ['/soglashenie', 'Пользовательское соглашение'],
            ['/konfidencialnost', 'Конфиденциальность'],
          ]),
      },
      {
        path: '/galereya',
        title: 'Галерея — Холст ИИ',
        body:
          nav([['/', 'Главная'], ['/tarify', 'Тарифы']], 'Холст ИИ') +
          h1('Галерея сообщества') +
          img(3, 'Кот-космонавт, акварель') +
          img(4, 'Чашка кофе на деревянном столе') +
          p('У каждой работы указан запрос, по которому она создана, — его можно повторить и изменить по-своему. Популярное в этом месяце: «дракон читает газету в кафе», «карта сказочного острова», «трамвай ночью под дождём, ретро-плакат». Все изображения в галерее проверяет модератор.') +
          p('Хотите попасть в галерею? Отметьте «Поделиться» при сохранении.') +
          p('Новые работы появляются каждый день, а лучшие мы публикуем в нашей еженедельной рассылке.') +
          footer('© 2026 Холст ИИ', [['/pravila', 'Правила контента']]),
      },
      {
        path: '/tarify',
        title: 'Тарифы — Холст ИИ',
        body:
          nav([['/', 'Главная'], ['/galereya', 'Галерея']], 'Холст ИИ') +
          h1('Тарифы') +
          priceTable(
            ['Тариф', 'Генераций в месяц', 'Разрешение', 'Цена'],
            [
              ['Бесплатный', '20 разово', '1024 px', '0 ₽'],
              ['Автор', '600', '2048 px', '390 ₽ / мес.'],
              ['Студия', '3 000', 'апскейл 4K', '1 290 ₽ / мес.'],
            ],
          ) +
          p('Одно изображение — 1 генерация, апскейл до 4K — 4 генерации. Коммерческое использование разрешено начиная с тарифа «Автор». Отменить подписку можно в любой момент. Для школ и вузов есть скидка 50%.') +
          p('Неиспользованные генерации переносятся на следующий месяц. Оплата картой российского банка или по счёту для организаций.') +
          p('Вопросы по оплате — в чате поддержки.') +
          footer('© 2026 Холст ИИ', [['/soglashenie', 'Соглашение']]),
      },
      {
        path: '/pravila',
        title: 'Правила контента — Холст ИИ',
        body:
          nav([['/', 'Главная']], 'Холст ИИ') +
          h1('Правила контента') +
          p('В Холст ИИ запрещено создавать: сексуальный контент и изображения обнажённого тела, изображения реальных людей (известных и частных лиц), жестокое насилие, символы ненависти и любой контент, который может причинить вред детям. Попытки обойти фильтры с помощью опечаток или кодовых слов ведут к блокировке аккаунта. О противоправном контенте мы сообщаем в компетентные органы.') +
          p('Если фильтр по ошибке заблокировал безобидную картинку, нажмите «Обжаловать» — сотрудник проверит запрос в течение рабочего дня.') +
          footer('© 2026 Холст ИИ', [['/', 'Главная']]),
      },
    ],
  },
  // ------------------------------------------------ adult-site, ru (dating 18+)
  {
    host: 'vzroslye-znakomstva.test',
    lang: 'ru',
    label: 'unrelated',
    shape: 'adult-site',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Вечерние Знакомства — сайт знакомств для взрослых 18+',
        head: metaDescription('Сайт знакомств только для совершеннолетних. Проверенные анкеты, приватный чат, конфиденциальность. Регистрация бесплатно.'),
        body:
          ageGate('Сайт предназначен только для лиц старше 18 лет. Подтвердите, что вам исполнилось 18.', 'Мне есть 18', 'Уйти') +
          nav(
            [
              ['/registraciya', 'Регистрация'],
              ['/premium', 'Премиум'],
              ['/bezopasnost', 'Безопасность'],
              ['/pravila', 'Правила'],
              ['/vhod', 'Вход'],
            ],
            'Вечерние Знакомства',
          ) +
          h1('Знакомства для взрослых, которые знают, чего хотят') +
          p(
            'Вечерние Знакомства — сайт знакомств для людей старше 18 лет, которые ищут свидание, общение или лёгкие отношения без лишних игр. Каждая анкета проходит проверку по селфи: так мы убеждаемся, что за профилем стоит реальный человек и что фотографии принадлежат ему.',
            'Вы сами решаете, кто видит ваши фото и с кем переписываться. Приватные фотографии открываются только тем, кому вы дали доступ.',
          ) +
          h2('Почему нас выбирают') +
          ul('более 150 000 активных анкет в России и странах СНГ', 'проверка возраста и селфи-верификация', 'кнопки «Заблокировать» и «Пожаловаться» в каждой анкете', 'поддержка 7 дней в неделю', 'неприметное название платежа в выписке') +
          h2('Уважение и согласие') +
          p('У нас действует простое правило: всё только по взаимному согласию. Публиковать чужие фотографии, пересылать приватные снимки и загружать изменённые или созданные нейросетью изображения реальных людей запрещено — за это аккаунт блокируется навсегда. Подробнее в разделе ' + a('/bezopasnost', 'Безопасность') + '.') +
          p(a('/registraciya?ref=main', 'Создать анкету бесплатно') + ' · ' + a('/registraciya?ref=main&utm_campaign=vesna', 'Весеннее предложение')) +
          footer('© 2026 «Вечерние Знакомства» · Только для лиц старше 18 лет', [
            ['/pravila', 'Правила сервиса'],
            ['/konfidencialnost', 'Конфиденциальность'],
            ['/bezopasnost', 'Безопасность'],
            ['/premium', 'Цены'],
          ]),
      },
      {
        path: '/registraciya',
        title: 'Регистрация — Вечерние Знакомства',
        body:
          nav([['/', 'Главная']], 'Вечерние Знакомства') +
          h1('Бесплатная регистрация') +
          p('Для регистрации вам должно быть не меньше 18 лет. Укажите адрес электронной почты и придумайте пароль. После регистрации мы попросим сделать короткое селфи-видео: оно нужно только для проверки того, что вы реальный человек и что фото в анкете ваши. Видео удаляется сразу после проверки.') +
          textForm('Электронная почта', 'Продолжить', '/registraciya/shag-2') +
          p('Регистрируясь, вы принимаете правила сервиса и политику конфиденциальности.') +
          p('Регистрация занимает две минуты.') +
          footer('© 2026 «Вечерние Знакомства»', [['/pravila', 'Правила']]),
      },
      {
        path: '/premium',
        title: 'Премиум — Вечерние Знакомства',
        body:
          nav([['/', 'Главная'], ['/registraciya', 'Регистрация']], 'Вечерние Знакомства') +
          h1('Премиум-доступ') +
          priceTable(
            ['Пакет', 'Срок', 'Цена'],
            [
              ['Базовый', 'всегда', 'бесплатно (анкета и поиск)'],
              ['Премиум', '1 месяц', '990 ₽'],
              ['Премиум', '3 месяца', '2 290 ₽'],
              ['Премиум', '12 месяцев', '5 990 ₽'],
            ],
          ) +
          p('Премиум открывает неограниченную переписку, просмотр гостей анкеты и расширенные фильтры поиска. Подписка не продлевается автоматически без вашего согласия. Оплата картой или через систему быстрых платежей.') +
          p('Регистрация, создание анкеты и поиск всегда бесплатны. Если передумаете, напишите в поддержку в течение 14 дней, и мы вернём деньги за неиспользованный период.') +
          footer('© 2026 «Вечерние Знакомства»', [['/konfidencialnost', 'Конфиденциальность']]),
      },
      {
        path: '/bezopasnost',
        title: 'Безопасность — Вечерние Знакомства',
        body:
          nav([['/', 'Главная']], 'Вечерние Знакомства') +
          h1('Советы по безопасности') +
          ul('Первую встречу назначайте в людном месте и предупредите близких, где вы.', 'Никогда не переводите деньги тем, с кем познакомились в интернете.', 'Не отправляйте снимки, которые не хотели бы увидеть за пределами переписки.', 'Если вас шантажируют или распространяют ваши изображения без согласия, сохраните доказательства, сообщите нам и обратитесь в полицию.') +
          p('Модераторы рассматривают жалобы круглосуточно.') +
          p('Ваша безопасность для нас важнее всего.') +
          footer('© 2026 «Вечерние Знакомства»', [['/pravila', 'Правила']]),
      },
      {
        path: '/pravila',
        title: 'Правила сервиса — Вечерние Знакомства',
        body:
          nav([['/', 'Главная']], 'Вечерние Знакомства') +
          h1('Правила сервиса') +
          p('Сервис доступен только совершеннолетним пользователям. В анкете можно размещать только собственные фотографии. Запрещено загружать изображения третьих лиц, изображения реальных людей, созданные или изменённые с помощью нейросетей, предлагать коммерческие услуги и преследовать других участников. Администрация вправе заблокировать анкету при нарушении правил без возврата оплаты за неиспользованный период.') +
          p('Правила действуют с 1 января 2026 года.') +
          p('Полный текст правил доступен в личном кабинете.') +
          footer('© 2026 «Вечерние Знакомства»', [['/konfidencialnost', 'Конфиденциальность']]),
      },
    ],
  },
  // ------------------------------------------------ lingerie-shop, ko
  {
    host: 'sallim-lingerie.test',
    lang: 'ko',
    label: 'unrelated',
    shape: 'lingerie-shop',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: '살림 란제리 | 편안한 속옷 · 수영복 · 홈웨어',
        head:
          metaDescription('와이어리스 브라, 데일리 팬티, 수영복, 잠옷까지. 65A부터 90F까지 다양한 사이즈. 5만 원 이상 무료배송, 30일 교환·반품.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'ClothingStore', name: '살림 란제리', address: { '@type': 'PostalAddress', addressLocality: '서울', addressCountry: 'KR' } }),
        body:
          nav(
            [
              ['/bra', '브라'],
              ['/swim', '수영복'],
              ['/size', '사이즈 가이드'],
              ['/delivery', '배송·반품'],
              ['/cart', '장바구니 (0)'],
            ],
            '살림 란제리',
          ) +
          p('5만 원 이상 무료배송 · 30일 무료 교환·반품 · 신규 회원 10% 할인 쿠폰') +
          h1('하루 종일 편안한, 나에게 맞는 속옷') +
          p('살림 란제리는 매일 입어도 편한 속옷을 만드는 국내 브랜드입니다. 부드러운 모달 소재의 와이어리스 브라, 자국이 남지 않는 심리스 팬티, 물속에서도 잘 잡아 주는 수영복, 그리고 여름밤을 위한 린넨 잠옷까지. 65A부터 90F까지 다양한 사이즈를 준비했습니다.') +
          h2('베스트 상품') +
          ul('노와이어 모달 브라 「하루」 — 39,000원', '심리스 팬티 3종 세트 — 29,000원', '레이스 브라렛 「봄」 — 35,000원', '원피스 수영복 「파도」 — 89,000원', '린넨 파자마 세트 — 79,000원') +
          button('장바구니 담기') +
          h2('사이즈가 고민된다면') +
          p(a('/size?ref=main', '사이즈 가이드') + '에서 측정 방법을 확인하거나, 홈페이지 채팅으로 전문 피팅 상담을 받아 보세요. 사이즈 교환은 언제나 무료입니다.') +
          textForm('뉴스레터 구독하고 10% 할인 받기', '구독하기', '/newsletter') +
          cookieBanner('더 나은 쇼핑 경험을 위해 쿠키를 사용합니다.', '동의', '거부') +
          footer('© 2026 (주)살림 · 서울특별시 성동구 · 사업자등록번호 000-00-00000 · 통신판매업신고 제2026-서울성동-0000호', [
            ['/delivery', '배송·반품 안내'],
            ['/terms', '이용약관'],
            ['/privacy', '개인정보처리방침'],
            ['/size', '사이즈 가이드'],
          ]),
      },
      {
        path: '/bra',
        title: '브라 | 살림 란제리',
        body:
          nav([['/', '홈'], ['/size', '사이즈 가이드'], ['/cart', '장바구니']], '살림 란제리') +
          h1('브라') +
          p('총 42개 상품 · 정렬: 인기순 · 필터: 사이즈, 스타일, 컬러, 가격') +
          ul('노와이어 모달 브라 「하루」, 베이지 — 39,000원 — 65A~85D', '몰드 브라 「구름」, 스카이 — 45,000원 — 70A~90F', '스포츠 브라 「런」, 하이 서포트 — 49,000원 — S~XL', '레이스 브라렛 「봄」, 세이지 — 35,000원 — S~L') +
          button('장바구니 담기') +
          p('원하는 사이즈가 품절인가요? 「재입고 알림」을 신청하시면 입고 즉시 문자로 알려 드립니다. 모든 상품은 국내에서 생산하고 있으며, 원단과 봉제 공장 정보를 상품 상세 페이지에 공개하고 있습니다.') +
          footer('© 2026 (주)살림', [['/delivery', '배송·반품']]),
      },
      {
        path: '/swim',
        title: '수영복 | 살림 란제리',
        body:
          nav([['/', '홈'], ['/cart', '장바구니']], '살림 란제리') +
          h1('수영복') +
          p('살림 수영복은 재생 나일론 원단으로 만들어 염소와 바닷물에 강하고 빨리 마릅니다. 비키니 상의는 브라와 같은 사이즈 체계로 만들어, 컵이 큰 분들도 물속에서 안정적으로 착용할 수 있습니다. 원피스, 비키니, 탱키니, 래시가드와 린넨 커버업까지 준비했습니다.') +
          ul('원피스 수영복 「파도」 — 89,000원', '비키니 「모래」 — 69,000원부터', '탱키니 「섬」 — 79,000원', '래시가드 「바람」 — 59,000원') +
          button('장바구니 담기') +
          footer('© 2026 (주)살림', [['/size', '사이즈 가이드']]),
      },
      {
        path: '/size',
        title: '사이즈 가이드 | 살림 란제리',
        body:
          nav([['/', '홈'], ['/bra', '브라']], '살림 란제리') +
          h1('나에게 맞는 브라 사이즈 찾기') +
          p('줄자를 이용해 밑가슴 둘레를 몸에 딱 맞게 재고, 윗가슴 둘레는 가장 높은 부분을 기준으로 재어 주세요. 두 치수의 차이로 컵 사이즈를 알 수 있습니다. 아래 표를 참고해 주세요.') +
          priceTable(
            ['밑가슴 둘레 (cm)', '사이즈', '차이 (cm)', '컵'],
            [
              ['63~67', '65', '10', 'A'],
              ['68~72', '70', '12.5', 'B'],
              ['73~77', '75', '15', 'C'],
              ['78~82', '80', '17.5', 'D'],
            ],
          ) +
          p('두 사이즈 사이라면 둘 다 주문해 보세요. 교환·반품 배송비는 무료입니다.') +
          footer('© 2026 (주)살림', [['/delivery', '배송·반품']]),
      },
      {
        path: '/delivery',
        title: '배송·반품 안내 | 살림 란제리',
        body:
          nav([['/', '홈']], '살림 란제리') +
          h1('배송·반품 안내') +
          p('오후 2시 이전 주문은 당일 출고되며, 보통 1~2일 안에 도착합니다. 배송비는 3,000원이며 5만 원 이상 구매 시 무료입니다. 상품을 받은 날부터 30일 이내, 착용하지 않고 택이 붙어 있는 상품은 무료로 교환·반품할 수 있습니다. 위생상의 이유로 팬티와 수영복 하의는 위생 스티커가 훼손되지 않은 경우에만 반품이 가능합니다. 환불은 반품 상품 확인 후 3영업일 이내에 처리됩니다.') +
          footer('© 2026 (주)살림', [['/terms', '이용약관']]),
      },
    ],
  },
];
