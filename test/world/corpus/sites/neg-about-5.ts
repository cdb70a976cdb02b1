import {
  a,
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
  type CorpusSite,
} from '../site-kit.js';

const AUTHOR = 'neg-about';

const nordNav = nav(
  [
    ['/', 'Start'],
    ['/nyheter', 'Nyheter'],
    ['/nyheter/2026/02/appar-som-klar-av-granskning', 'Granskning'],
    ['/nyhetsbrev?utm_source=meny', 'Nyhetsbrev'],
    ['/prenumerera', 'Prenumerera'],
  ],
  'Nordbladet',
);

const kystNav = nav(
  [
    ['/', 'Forside'],
    ['/indland', 'Indland'],
    ['/indland/2026/02/afklaedningsapps-gymnasium', 'Afsløring'],
    ['/nyhedsbrev?utm_source=menu', 'Nyhedsbrev'],
    ['/abonnement', 'Abonnement'],
  ],
  'Kystposten',
);

export const sites: CorpusSite[] = [
  // 1 — government (pl)
  {
    host: 'bezpiecznasiec-gov.test', lang: 'pl', label: 'unrelated', shape: 'government', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Pełnomocnik ds. Bezpieczeństwa Cyfrowego Obywateli',
        body:
          p('Serwis urzędowy — Pełnomocnik ds. Bezpieczeństwa Cyfrowego Obywateli') +
          nav(
            [
              ['/aktualnosci', 'Aktualności'],
              ['/aktualnosci/komunikat-aplikacje-rozbierajace', 'Komunikaty'],
              ['/projekt-ustawy-deepfake', 'Konsultacje'],
              ['/zglos', 'Zgłoś treść'],
              ['/o-nas', 'O urzędzie'],
            ],
            'Bezpieczna Sieć',
          ) +
          cookieBanner('Serwis wykorzystuje wyłącznie niezbędne pliki cookies oraz anonimowe statystyki odwiedzin.', 'Rozumiem') +
          h1('Bezpieczni w sieci — wszyscy') +
          p('Pełnomocnik ds. Bezpieczeństwa Cyfrowego Obywateli przyjmuje zgłoszenia o szkodliwych treściach, współpracuje z platformami internetowymi i przygotowuje propozycje zmian w prawie. Wspieramy również szkoły, samorządy i organizacje pozarządowe w działaniach edukacyjnych dotyczących cyberprzemocy, oszustw i nadużyć sztucznej inteligencji.') +
          section(
            h2('Aktualności'),
            ul(
              a('/aktualnosci/komunikat-aplikacje-rozbierajace', 'Komunikat w sprawie aplikacji do „rozbierania” zdjęć z użyciem AI') + ' — 25 lutego 2026',
              'Raport roczny 2025: liczba zgłoszeń dotyczących deepfake’ów wzrosła trzykrotnie — 6 lutego 2026',
              'Nowe materiały dla szkół o cyberprzemocy — 23 stycznia 2026',
              'Ostrzeżenie przed fałszywymi SMS-ami o dopłacie do przesyłki — 9 stycznia 2026',
            ),
          ) +
          section(
            h2('Konsultacje publiczne'),
            p('Do 20 kwietnia 2026 trwają konsultacje projektu ustawy penalizującej oferowanie usług służących do tworzenia syntetycznych intymnych wizerunków istniejących osób bez ich zgody. ' + a('/projekt-ustawy-deepfake', 'Zobacz projekt i zgłoś uwagi') + '.'),
          ) +
          section(
            h2('Jesteś ofiarą deepfake’a?'),
            p('Jeśli w sieci krąży fałszywe nagie zdjęcie z Twoim wizerunkiem, możesz zawiadomić policję lub prokuraturę, zażądać usunięcia treści i ' + a('/zglos', 'zgłosić ją do nas') + '. Nigdy nie przesyłaj nam samego zdjęcia — opisz je słowami i podaj adres, pod którym się znajduje.'),
          ) +
          footer('© 2026 Pełnomocnik ds. Bezpieczeństwa Cyfrowego Obywateli', [
            ['/deklaracja-dostepnosci', 'Deklaracja dostępności'],
            ['/polityka-prywatnosci', 'Polityka prywatności'],
            ['/bip', 'Biuletyn Informacji Publicznej'],
            ['/kontakt', 'Kontakt'],
          ]),
      },
      {
        path: '/aktualnosci/komunikat-aplikacje-rozbierajace',
        title: 'Komunikat w sprawie aplikacji do „rozbierania” zdjęć z użyciem AI',
        body:
          h1('Komunikat w sprawie aplikacji do „rozbierania” zdjęć z użyciem AI') +
          p('Komunikat prasowy · 25 lutego 2026') +
          p('Pełnomocnik ds. Bezpieczeństwa Cyfrowego Obywateli ostrzega przed serwisami i botami, które pozwalają wygenerować fałszywe nagie zdjęcie dowolnej osoby na podstawie zwykłej fotografii. Użytkownik wgrywa zdjęcie, wybiera „tryb”, a po kilku sekundach otrzymuje spreparowany obraz.') +
          p('Serwisy te reklamują się hasłami takimi jak „Rozbierz każdego jednym kliknięciem” czy „AI usuwa ubrania z każdego zdjęcia”. Działają w modelu kredytowym — pakiet startowy kosztuje zwykle ok. 40 zł — i często przyjmują wyłącznie kryptowaluty. Wiele z nich działa równolegle jako boty na Telegramie. W ostatnim kwartale otrzymaliśmy 1 240 zgłoszeń dotyczących takich treści, z czego ponad jedna trzecia dotyczyła osób niepełnoletnich.') +
          blockquote('„Nie istnieje uczciwe zastosowanie takich narzędzi. To przemoc seksualna zamieniona w usługę abonamentową. Będziemy działać także wobec pośredników płatności i dostawców hostingu.”', 'Pełnomocnik ds. Bezpieczeństwa Cyfrowego Obywateli') +
          h2('Zalecenia') +
          ul(
            'Nie udostępniaj dalej takich obrazów — nawet po to, by kogoś ostrzec.',
            'Zgłaszaj treści platformom, korzystając z mechanizmów przewidzianych w akcie o usługach cyfrowych (DSA).',
            'Rodzice i nauczyciele: rozmawiajcie z młodzieżą o zgodzie i o tym, że tworzenie takich obrazów jest przestępstwem.',
          ),
      },
      {
        path: '/projekt-ustawy-deepfake',
        title: 'Konsultacje: projekt ustawy o syntetycznych wizerunkach intymnych',
        body:
          h1('Projekt ustawy o przeciwdziałaniu syntetycznym wizerunkom intymnym') +
          p('Status: konsultacje publiczne · uwagi do 20 kwietnia 2026') +
          h2('Co zakłada projekt?') +
          ul(
            'Wprost objęcie art. 191a Kodeksu karnego obrazów wygenerowanych lub zmienionych przez AI, przedstawiających istniejącą osobę nago lub w czynności seksualnej.',
            'Nowe przestępstwo: oferowanie, w celu osiągnięcia korzyści majątkowej, usługi przeznaczonej do „rozbierania” zdjęć lub tworzenia seksualnych deepfake’ów bez zgody osoby przedstawionej.',
            'Możliwość nakazania pośrednikom płatności i dostawcom hostingu zaprzestania świadczenia usług na rzecz takich serwisów.',
            'Zakaz reklamy aplikacji obiecujących usuwanie ubrań ze zdjęć.',
          ) +
          h2('Jak zgłosić uwagi?') +
          p('Uwagi można przesyłać przez formularz konsultacyjny lub pocztą. Szczególnie zależy nam na opiniach organizacji wspierających ofiary, szkół, prawników i ekspertów technicznych. Wszystkie uwagi zostaną opublikowane w raporcie z konsultacji.'),
      },
      {
        path: '/zglos',
        title: 'Zgłoś treść | Bezpieczna Sieć',
        body:
          h1('Zgłoś szkodliwą treść lub serwis') +
          p('Skorzystaj z formularza, aby zgłosić stronę, aplikację lub bota, które tworzą lub rozpowszechniają fałszywe intymne obrazy, w tym deepfake’i. Nie załączaj zdjęć — opisz słowami, co widzisz i gdzie.') +
          '<form action="/zglos/wyslij" method="post"><label>Adres (URL) serwisu lub strony<input name="url"></label><label>Opis treści lub usługi<textarea name="opis"></textarea></label><label>E-mail do kontaktu (opcjonalnie)<input name="email"></label><button>Wyślij zgłoszenie</button></form>' +
          p('W sytuacji bezpośredniego zagrożenia zadzwoń pod numer 112. Jeżeli sprawa dotyczy dziecka, niezwłocznie powiadom policję. Zgłoszenia rozpatrujemy w kolejności wpływu, a te dotyczące małoletnich — priorytetowo.'),
      },
    ],
  },

  // 2 — school-guide (pl)
  {
    host: 'bezpiecznaklasa.test', lang: 'pl', label: 'unrelated', shape: 'school-guide', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Aplikacje do rozbierania zdjęć i deepfake’i: poradnik dla szkół | Bezpieczna Klasa',
        body:
          nav([['/', 'Dla szkół'], ['/dla-rodzicow', 'Dla rodziców'], ['/scenariusz-lekcji', 'Scenariusz lekcji'], ['/procedura', 'Procedura interwencji']], 'Bezpieczna Klasa') +
          h1('Aplikacje do „rozbierania” zdjęć i deepfake’i: co musi wiedzieć każda szkoła') +
          p('Poradnik dla dyrektorów, wychowawców, pedagogów i psychologów szkolnych · aktualizacja: styczeń 2026') +
          p('Szkoły coraz częściej zgłaszają sytuacje, w których uczniowie używają aplikacji typu nudify do tworzenia fałszywych nagich zdjęć koleżanek, kolegów, a nawet nauczycieli. Takie aplikacje łatwo znaleźć, często oferują darmową próbę i reklamują się na platformach, z których młodzież korzysta na co dzień.') +
          section(
            h2('Co widzą uczniowie?'),
            p('Reklamy i filmiki obiecują „zobaczyć każdego bez ubrania” albo „usunąć ubrania jednym dotknięciem”. Część aplikacji udaje zwykłe edytory zdjęć, inne to boty na Telegramie: wysyłasz zdjęcie, po kilku sekundach dostajesz fałszywkę i płacisz kredytami. Wielu uczniów nie wie, że to przestępstwo, a fałszywe nagie zdjęcie osoby niepełnoletniej jest w świetle prawa traktowane wyjątkowo poważnie.'),
          ) +
          section(
            h2('Najważniejsze zasady dla kadry'),
            ul(
              'Traktuj każdy przypadek jako sprawę ochrony dziecka, a nie tylko problem wychowawczy.',
              'Nigdy nie oglądaj, nie kopiuj i nie przesyłaj dalej takiego zdjęcia — nawet „jako dowodu”.',
              'W pierwszej kolejności zadbaj o ucznia, którego dotyczy zdjęcie. Powiedz jasno, że to nie jego wina.',
              'Postępuj zgodnie ze szkolnymi standardami ochrony małoletnich i powiadom policję.',
            ),
          ) +
          section(
            h2('Materiały do pobrania'),
            ul(a('/procedura', 'Procedura interwencji (1 strona A4)'), a('/scenariusz-lekcji', 'Scenariusz lekcji „Fałszywy obraz, prawdziwa krzywda”'), a('/dla-rodzicow', 'Wzór listu i porady dla rodziców')),
          ) +
          footer('Bezpieczna Klasa — bezpłatny program edukacyjny dla szkół. © 2026', [
            ['/dla-rodzicow', 'Rodzice'],
            ['/procedura', 'Procedura'],
            ['/polityka-prywatnosci', 'Prywatność'],
          ]),
      },
      {
        path: '/dla-rodzicow',
        title: 'Dla rodziców | Bezpieczna Klasa',
        body:
          h1('Jak rozmawiać z dzieckiem o aplikacjach do rozbierania zdjęć') +
          p('Być może słyszeliście o aplikacjach, które ze zwykłego zdjęcia robią fałszywe nagie zdjęcie. Istnieją naprawdę, są reklamowane wśród nastolatków i były już używane w polskich szkołach. Nie trzeba znać się na technologii, żeby o nich porozmawiać.') +
          ul(
            'Zacznij od artykułu w gazecie, a nie od przesłuchania: „Słyszałeś o takich aplikacjach?”.',
            'Wyjaśnij, że zrobienie lub przesłanie komuś fałszywego nagiego zdjęcia to przemoc i przestępstwo — nawet „dla żartu”.',
            'Powiedz, że dziecko zawsze może przyjść do Ciebie, i że nie zabierzesz mu telefonu za to, że coś powiedziało.',
            'Włącz kontrolę rodzicielską i filtry, ale nie polegaj wyłącznie na nich.',
          ) +
          p('Jeśli coś się wydarzy, nie przesyłaj zdjęcia nikomu, także szkole. Zapisz, gdzie je widziano, i skontaktuj się z wychowawcą oraz policją.'),
      },
      {
        path: '/scenariusz-lekcji',
        title: 'Scenariusz lekcji: Fałszywy obraz, prawdziwa krzywda | Bezpieczna Klasa',
        body:
          h1('Scenariusz lekcji: „Fałszywy obraz, prawdziwa krzywda”') +
          p('Klasy 7–8 szkoły podstawowej i 1–2 szkoły ponadpodstawowej · 45 minut · godzina wychowawcza') +
          h2('Cele') +
          ul('Uczeń wie, czym są deepfake’i i aplikacje do rozbierania zdjęć.', 'Uczeń rozumie, że fałszywy obraz wyrządza prawdziwą krzywdę.', 'Uczeń wie, gdzie szukać pomocy i jak wesprzeć kolegę lub koleżankę.') +
          h2('Przebieg') +
          ol(
            'Wprowadzenie (5 min): odczytaj trzy hasła reklamowe takich aplikacji (tylko tekst, np. „Rozbierz każde zdjęcie w 5 sekund”). Dla kogo jest ten produkt? Przeciwko komu jest używany?',
            'Studium przypadku (15 min): fikcyjna historia z klasowego czatu. Co każda osoba mogła zrobić inaczej?',
            'Mity (15 min): „To fałszywka, więc nic się nie stało.” „Ofiarami są tylko gwiazdy.” „Nikt mnie nie złapie.”',
            'Podsumowanie (10 min): gdzie szukać pomocy? Każdy uczeń zapisuje jedno zdanie wsparcia dla osoby, której to się przydarzyło.',
          ) +
          p('Uwaga: nie wyszukuj i nie pokazuj takich aplikacji na lekcji.'),
      },
      {
        path: '/procedura',
        title: 'Procedura interwencji | Bezpieczna Klasa',
        body:
          h1('Procedura: podejrzenie fałszywego nagiego zdjęcia lub deepfake’a') +
          ol(
            'Nie oglądaj, nie kopiuj i nie udostępniaj zdjęcia. Nie proś uczniów, by je pokazali.',
            'Zapisz słowami, co zostało zgłoszone, przez kogo i kiedy.',
            'Niezwłocznie poinformuj dyrektora i pedagoga szkolnego.',
            'Zapewnij bezpieczeństwo i wsparcie uczniowi, którego dotyczy zdjęcie. Powiadom rodziców, chyba że naraziłoby to ucznia na niebezpieczeństwo.',
            'Powiadom policję — w przypadku małoletnich jest to niemal zawsze konieczne.',
            'Pomóż w usunięciu zdjęć, korzystając ze specjalistycznych punktów zgłoszeń.',
            'Po zakończeniu sprawy omów z zespołem, co zmienić w profilaktyce i zasadach korzystania z telefonów.',
          ),
      },
    ],
  },

  // 3 — blocklist (pl)
  {
    host: 'czystasiec-lista.test', lang: 'pl', label: 'unrelated', shape: 'blocklist', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'CzystaSieć — lista blokująca serwisy do rozbierania zdjęć i deepfake’ów',
        head: metaDescription('Otwarta lista filtrów blokująca serwisy nudify, aplikacje do rozbierania zdjęć i seksualne deepfake’i. Dla Pi-hole, AdGuard, uBlock Origin i filtrów DNS.'),
        body:
          nav(
            [
              ['/', 'Start'],
              ['/lista/czystasiec-hosts.txt', 'Surowa lista (hosts)'],
              ['/lista/czystasiec-adblock.txt', 'Surowa lista (AdBlock)'],
              ['/zglos-domene', 'Zgłoś domenę'],
              ['/zmiany', 'Historia zmian'],
            ],
            'CzystaSieć',
          ) +
          h1('CzystaSieć') +
          p('Darmowa, otwarta lista filtrów blokująca strony i aplikacje, które „rozbierają” ludzi na zdjęciach, „usuwają ubrania z pomocą AI” albo tworzą seksualne deepfake’i prawdziwych osób. Prowadzona przez wolontariuszy — nauczycieli informatyki i administratorów sieci szkolnych.') +
          p('<strong>Liczba domen:</strong> 962 · <strong>Ostatnia aktualizacja:</strong> 2026-03-02 · <strong>Licencja:</strong> CC0') +
          section(
            h2('Dla kogo?'),
            p('Dla sieci szkolnych, bibliotek, świetlic i rodzin. Komercyjne filtry często nie wychwytują tych serwisów, bo podszywają się pod niewinne „studia zdjęć AI” i co kilka tygodni zmieniają domenę. My śledzimy nowe domeny, mirrory i przekierowania płatności.'),
          ) +
          section(
            h2('Jak używać'),
            ul(
              '<strong>Pi-hole / AdGuard Home:</strong> dodaj ' + a('/lista/czystasiec-hosts.txt', 'czystasiec-hosts.txt') + ' w sekcji Adlists.',
              '<strong>uBlock Origin / AdGuard:</strong> dodaj ' + a('/lista/czystasiec-adblock.txt', 'czystasiec-adblock.txt') + ' jako własną listę filtrów.',
              '<strong>Zapory i filtry DNS samorządów:</strong> na prośbę udostępniamy plik RPZ.',
            ),
          ) +
          section(
            h2('Co trafia na listę, a co nie?'),
            p('Tak: domeny, których głównym celem jest tworzenie nagich lub seksualnych obrazów prawdziwych osób bez zgody — serwisy do rozbierania, face-swap z szablonami 18+, ich mirrory i bramki płatności. Nie: zwykłe edytory zdjęć, sklepy odzieżowe, artykuły prasowe ani strony edukacyjne o tych serwisach.'),
          ) +
          faq('Pytania', [
            ['Moja strona trafiła na listę przez pomyłkę.', 'Zgłoś to przez ' + a('/zglos-domene', 'formularz') + '. Błędne wpisy usuwamy w pierwszej kolejności, zwykle w ciągu 48 godzin.'],
            ['Czy blokujecie boty na Telegramie?', 'Przez DNS nie da się ich zablokować. Dla moderatorów prowadzimy osobną listę nazw botów.'],
          ]) +
          footer('CzystaSieć to projekt wolontariacki, niekomercyjny.', [
            ['/zmiany', 'Historia zmian'],
            ['/zglos-domene', 'Zgłoś domenę'],
          ]),
      },
      {
        path: '/lista/czystasiec-hosts.txt',
        title: 'czystasiec-hosts.txt',
        body:
          '<pre># CzystaSieć (format hosts)\n# Blokuje serwisy do rozbierania zdjęć, nudify i seksualne deepfake\n# Strona: https://czystasiec-lista.test/\n# Aktualizacja: 2026-03-02\n# Liczba wpisów: 962\n# Licencja: CC0 — można swobodnie używać w szkołach i bibliotekach\n#\n# --- rozbieranie / nudify ---\n0.0.0.0 odziezoff.test\n0.0.0.0 www.odziezoff.test\n0.0.0.0 app.odziezoff.test\n0.0.0.0 veilgone.test\n0.0.0.0 silkstrip.test\n0.0.0.0 lunabare.test\n0.0.0.0 xrayly.test\n0.0.0.0 svestiai.test\n0.0.0.0 despefoto.test\n# --- face swap z szablonami 18+ ---\n0.0.0.0 skinshift.test\n0.0.0.0 nuvexa.test\n# --- mirrory i bramki płatności ---\n0.0.0.0 odziezoff-pl.test\n0.0.0.0 pay.odziezoff.test\n0.0.0.0 go.veilgone.test\n# ... pełna lista zawiera 962 wpisy\n# Uwaga: blokujemy wyłącznie serwisy, które same oferują rozbieranie zdjęć lub deepfake 18+.</pre>',
      },
      {
        path: '/lista/czystasiec-adblock.txt',
        title: 'czystasiec-adblock.txt',
        body:
          '<pre>[Adblock Plus 2.0]\n! Title: CzystaSieć\n! Expires: 1 day\n! Homepage: https://czystasiec-lista.test/\n! License: CC0\n! Blokuje strony, które rozbierają ludzi na zdjęciach lub sprzedają seksualne deepfake.\n||odziezoff.test^\n||odziezoff-pl.test^\n||pay.odziezoff.test^\n||veilgone.test^\n||go.veilgone.test^\n||silkstrip.test^\n||lunabare.test^\n||xrayly.test^\n||svestiai.test^\n||despefoto.test^\n||skinshift.test^\n||nuvexa.test^\n! koniec fragmentu — pełna lista ma 962 reguły i jest generowana co noc z listy hosts.\n! Błędny wpis? Zgłoś przez formularz na stronie, usuwamy w ciągu 48 godzin.</pre>',
      },
      {
        path: '/zglos-domene',
        title: 'Zgłoś domenę | CzystaSieć',
        body:
          h1('Zgłoś domenę lub błędny wpis') +
          p('Znasz serwis do rozbierania zdjęć albo deepfake’ów, którego nie ma na liście? Podaj domenę i krótki opis tego, co oferuje, np.: „wgrywanie zdjęcia, tryb usuń ubrania, kredyty od 39 zł, bot na Telegramie”. Nigdy nie przesyłaj wygenerowanych obrazów ani linków do nich.') +
          textForm('Domena i opis', 'Wyślij', '/zglos-domene/nowe') +
          p('Każde zgłoszenie sprawdza dwóch opiekunów listy. Oceniamy własne teksty serwisu: czy obiecuje rozbieranie ludzi, czy ma tryb „nagi” lub „rentgen”, czy sprzedaje face-swapy 18+. Właściciele stron, które trafiły na listę przez pomyłkę, mogą skorzystać z tego samego formularza.'),
      },
      {
        path: '/zmiany',
        title: 'Historia zmian | CzystaSieć',
        body:
          h1('Historia zmian') +
          ul(
            '2026-03-02 — +21 domen (nowe mirrory OdzieżOff po zawieszeniu przez rejestratora), −1 błędny wpis (pralnia z „usuwaniem plam” w nazwie).',
            '2026-02-18 — +9 domen. Osobna lista nazw botów z Telegrama dla moderatorów.',
            '2026-02-04 — +27 domen z kampanii reklamowej „darmowe kredyty nudify” na platformach wideo.',
            '2026-01-20 — Dodano listę w formacie AdBlock.',
            '2026-01-03 — Coroczne porządki: usunięto 38 domen, które przestały działać. Doprecyzowano kryteria na stronie głównej po pytaniach od dyrektorów szkół.',
          ),
      },
    ],
  },

  // 4 — news (sv)
  {
    host: 'nordbladet.test', lang: 'sv', label: 'unrelated', shape: 'news', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Nordbladet — nyheter från hela Norrland',
        body:
          nordNav +
          cookieBanner('Vi använder kakor för att sajten ska fungera och för att mäta hur den används. Du väljer själv vilka kakor du godkänner.', 'Godkänn alla', 'Endast nödvändiga') +
          section(
            h2('Toppnyhet'),
            h1(a('/nyheter/2026/02/appar-som-klar-av-granskning', 'Apparna som ”klär av” med AI: så tjänar de pengar på falska nakenbilder av skolelever')),
            p('Av Elin Sjöberg · 14 februari 2026 · Lästid 9 min'),
            img(0, 'Illustration: en mobil med en knapp för att ladda upp bild'),
            p('”Ladda upp en bild – vår AI tar bort kläderna på tio sekunder.” Nordbladet har granskat tolv så kallade nudify-tjänster som används av elever i regionen: vad de lovar, vad de kostar och vem som tar betalt. Tjänsterna marknadsförs öppet i sociala medier och i spelchattar, och flera av dem drivs via Telegram.'),
          ) +
          section(
            h2('Senaste nytt'),
            ul(
              a('/nyheter/2026/02/polisen-varnar-foraldrar', 'Polisen varnar föräldrar: ”Prata med era barn om avklädningsappar”'),
              'Kommunen skjuter upp beslutet om ny simhall',
              'Snöovädret: flera vägar stängda i fjällen',
              'Hockey: hemmalaget vände och vann i förlängningen',
              'Ny tågförbindelse till kusten från augusti',
            ),
          ) +
          section(
            h2('Nordbladet direkt i mejlen'),
            p('Varje morgon klockan sju: de viktigaste nyheterna från Norrland. Gratis, och du kan avsluta när du vill.'),
            textForm('Din e-postadress', 'Prenumerera', '/nyhetsbrev/anmal'),
          ) +
          footer('© 2026 Nordbladet AB · Ansvarig utgivare: chefredaktören', [
            ['/om-oss', 'Om oss'],
            ['/integritet', 'Integritetspolicy'],
            ['/kakor', 'Kakor'],
            ['/nyhetsbrev?utm_source=sidfot', 'Nyhetsbrev'],
          ]),
      },
      {
        path: '/nyheter/2026/02/appar-som-klar-av-granskning',
        title: 'Apparna som ”klär av” med AI: så tjänar de pengar på falska nakenbilder | Nordbladet',
        head: jsonLd({
          '@context': 'https://schema.org',
          '@type': 'NewsArticle',
          headline: 'Apparna som ”klär av” med AI: så tjänar de pengar på falska nakenbilder av skolelever',
          datePublished: '2026-02-14T06:00:00+01:00',
          author: { '@type': 'Person', name: 'Elin Sjöberg' },
          inLanguage: 'sv',
        }),
        body:
          nordNav +
          article(
            h1('Apparna som ”klär av” med AI: så tjänar de pengar på falska nakenbilder av skolelever'),
            p('Av Elin Sjöberg · 14 februari 2026 kl. 06.00 · Uppdaterad 13.45'),
            p('”Ladda upp en bild. Vår AI tar bort kläderna på tio sekunder.” Så välkomnas besökarna hos KlädBort (' + a('https://kladbort.test/sv?ref=nordbladet', 'kladbort.test') + '), en av de tjänster som Nordbladet har granskat. Tre gratisförsök, sedan kostar 100 krediter 119 kronor. Ett ”VIP”-abonnemang för 299 kronor i månaden låser upp ”HD-läge”, ”underklädesläge” och ”deepfake-video”.'),
            p('Under tre månader har Nordbladet dokumenterat tolv tjänster av det här slaget. Vi har aldrig laddat upp bilder på verkliga människor – våra tester gjordes med en skyltdocka och AI-genererade ansikten som inte tillhör någon.'),
            h2('Krypto, presentkort och Telegram'),
            p('Svenska kort nekas nästan alltid. I stället skickas man vidare till betalsidor på andra domäner som beskriver köpet som ”krediter för digital konst”. Flera tjänster hänvisar till en Telegram-bot, ' + a('https://t.me/KladBortBot', '@KladBortBot') + ', som säljer koder mot kryptovaluta eller presentkort.'),
            blockquote('”De drabbade får ofta veta det sist. När de kommer till oss har bilden redan gått runt på hela skolan.”', 'Kurator på en gymnasieskola i regionen'),
            h2('Vad säger lagen?'),
            p('Att sprida en nakenbild av någon utan samtycke kan vara olaga integritetsintrång enligt brottsbalken, och när det gäller barn kan det vara barnpornografibrott även om bilden är falsk. Plattformar måste enligt EU:s förordning om digitala tjänster hantera anmälningar om olagligt innehåll.'),
            p('KlädBort har inte svarat på Nordbladets frågor.'),
          ) +
          section(h2('Läs också'), ul(a('/nyheter/2026/02/polisen-varnar-foraldrar', 'Polisen varnar föräldrar för avklädningsappar'), 'Så får du bort en falsk nakenbild från nätet')) +
          section(
            h2('Kommentarer (38)'),
            p('<strong>Anna_L</strong> · 3 tim sedan — Varför får de här sajterna ens ta betalt? Var är bankerna?'),
            p('<strong>pappa_i_luleå</strong> · 2 tim sedan — Min son på 13 kände redan till namnet på en sådan app. Vi pratade länge om det i går.'),
            p('<strong>Nordbladet</strong> · 1 tim sedan — Kommentarer med länkar till sådana tjänster tas bort.'),
          ),
      },
      {
        path: '/nyheter/2026/02/polisen-varnar-foraldrar',
        title: 'Polisen varnar föräldrar för avklädningsappar | Nordbladet',
        body:
          nordNav +
          article(
            h1('Polisen varnar föräldrar: ”Prata med era barn om avklädningsappar”'),
            p('Av redaktionen · 15 februari 2026'),
            p('Efter Nordbladets granskning uppmanar polisen föräldrar att prata med sina barn om så kallade nudify- och avklädningsappar. ”De marknadsförs helt öppet i sociala medier med texter som ’Ta av kläderna på vem som helst med ett klick’”, säger en polisinspektör.'),
            p('Polisen råder den som drabbas att inte sprida bilderna vidare, men att notera var de finns och göra en polisanmälan. Skolor kan kontakta kommunpolisen för stöd och föreläsningar. Polisen understryker att den som skapar eller sprider sådana bilder av klasskamrater kan dömas, även om bilden är gjord ”på skoj”.'),
          ),
      },
      {
        path: '/nyhetsbrev',
        title: 'Nyhetsbrev | Nordbladet',
        body:
          nordNav +
          h1('Nordbladets nyhetsbrev') +
          p('Välj vilka nyhetsbrev du vill ha. Alla är gratis och du kan avsluta dem när som helst med ett klick längst ner i varje utskick.') +
          ul('<strong>Morgonbladet</strong> – varje vardag klockan sju', '<strong>Helgläsning</strong> – veckans bästa reportage på lördagar', '<strong>Granskning</strong> – när vår grävgrupp publicerar något nytt') +
          textForm('E-postadress', 'Anmäl mig', '/nyhetsbrev/anmal') +
          p('Vi använder din e-postadress bara för att skicka nyhetsbreven. Vi säljer den aldrig och delar den inte med annonsörer.'),
      },
    ],
  },

  // 5 — victim-help (sv)
  {
    host: 'falskabilder-stod.test', lang: 'sv', label: 'unrelated', shape: 'victim-help', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Sprids en falsk nakenbild på dig? Vi hjälper dig | Stödlinjen Falska Bilder',
        body:
          nav([['/steg-for-steg', 'Vad gör jag nu?'], ['/ta-bort', 'Få bort bilden'], ['/beratta', 'Berätta vad som hänt'], ['/kontakt', 'Ring eller chatta']], 'Stödlinjen Falska Bilder') +
          p(a('https://vaderleken-snabb.test/', 'Lämna sidan snabbt')) +
          h1('En falsk nakenbild på dig sprids. Vad gör jag nu?') +
          p('Först och främst: det är inte ditt fel. Någon har tagit en helt vanlig bild på dig och kört den genom en så kallad nudify- eller avklädningsapp, eller gjort en deepfake. Bilden är falsk, men skadan är verklig – och det finns mycket vi kan göra tillsammans. Stödet är gratis, och du kan vara anonym.') +
          section(
            h2('Tre saker du kan göra i dag'),
            ol(
              '<strong>Svara inte.</strong> Ta inte kontakt med den som sprider bilden, och betala aldrig om någon hotar dig.',
              '<strong>Skriv ner var bilden finns.</strong> Länkar, användarnamn, gruppnamn och datum. En skärmdump av sidan eller chatten kan hjälpa – men spara inte själva bilden på en delad enhet.',
              '<strong>Få stöd.</strong> Ring oss, chatta med oss eller ' + a('/beratta', 'berätta vad som hänt i vårt formulär') + '.',
            ),
          ) +
          section(
            h2('Hur görs sådana bilder?'),
            p('Det finns webbplatser och Telegram-bottar som gör reklam för att de kan ”ta bort kläderna på vilket foto som helst”. De tar några tior i krediter och behöver bara en enda bild från sociala medier. Apparna ser ingenting – de hittar på. Ändå är det ett brott att sprida bilderna, och plattformarna måste ta bort dem när de får en anmälan.'),
          ) +
          faq('Vanliga frågor', [
            ['Kan jag själv straffas för att bilden föreställer mig?', 'Nej. Du är den drabbade. Den som gör eller sprider bilden kan begå ett brott.'],
            ['Jag är under 18.', 'Berätta för en vuxen du litar på och kontakta oss. Det finns extra snabba vägar för att få bort bilder på barn, och du får inte problem för att du berättar.'],
            ['Måste jag skicka bilden till er?', 'Nej, aldrig. Vi behöver bara länkarna och din beskrivning.'],
          ]) +
          footer('Stödlinjen Falska Bilder drivs av en ideell förening med stöd från staten. © 2026', [
            ['/integritet', 'Integritet'],
            ['/om-oss', 'Om oss'],
            ['/kontakt', 'Kontakt'],
          ]),
      },
      {
        path: '/steg-for-steg',
        title: 'Steg för steg | Stödlinjen Falska Bilder',
        body:
          h1('Steg för steg: om en deepfake eller falsk nakenbild på dig sprids') +
          ol(
            '<strong>Andas.</strong> Du behöver inte lösa allt i dag.',
            '<strong>Säkra bevis.</strong> Kopiera länkarna till alla ställen där bilden finns. Notera kontonamn och tidpunkter. Om du vet vilken app som användes – till exempel en sajt som lovar ”AI-avklädning” – skriv upp det också.',
            '<strong>Anmäl till plattformen.</strong> Använd plattformens anmälningsknapp och välj ”nakenbilder utan samtycke” eller liknande. Skriv att bilden är falsk.',
            '<strong>Be sökmotorerna ta bort den.</strong> De stora sökmotorerna har egna formulär för att ta bort falska intima bilder ur sökresultaten.',
            '<strong>Polisanmäl.</strong> Det går även om du inte vet vem som gjorde det. Vi kan hjälpa dig att förbereda anmälan.',
            '<strong>Ta hand om dig.</strong> Prata med någon du litar på. Vi finns här så länge du behöver.',
          ),
      },
      {
        path: '/beratta',
        title: 'Berätta vad som hänt | Stödlinjen Falska Bilder',
        body:
          h1('Berätta vad som har hänt') +
          p('Beskriv din situation med egna ord. Bifoga eller klistra inte in några bilder. En av våra stödpersoner hör av sig inom två arbetsdagar, på det sätt du väljer.') +
          '<form action="/beratta/skicka" method="post"><label>Vad har hänt?<textarea name="beskrivning"></textarea></label><label>Länkar där bilden finns (en per rad)<textarea name="lankar"></textarea></label><label>Hur vill du att vi kontaktar dig?<input name="kontakt"></label><button>Skicka säkert</button></form>' +
          p('Allt du berättar stannar hos oss. Vi delar bara information om du själv vill det, eller om någon är i akut fara. Du kan också välja att vara helt anonym – då kan vi dock inte höra av oss.'),
      },
      {
        path: '/ta-bort',
        title: 'Få bort bilden | Stödlinjen Falska Bilder',
        body:
          h1('Så får du bort bilden') +
          p('Vi har kontakt med sociala medier, chattappar, webbhotell och sökmotorer. Med ditt samtycke skickar vi anmälningar åt dig enligt det förfarande som EU:s förordning om digitala tjänster kräver att plattformarna erbjuder.') +
          p('Om bilden finns på själva avklädningstjänstens webbplats – vissa har ett offentligt ”galleri” – anmäler vi sajten till webbhotellet och domänregistraren. Många av tjänsterna drivs också som Telegram-bottar, och dem anmäler vi till Telegram.') +
          p('Vi ber dig aldrig att skicka själva bilden. Vi behöver bara länkarna och en beskrivning. I de flesta fall försvinner bilden från de ställen vi känner till inom ett par dygn.'),
      },
      {
        path: '/kontakt',
        title: 'Ring eller chatta | Stödlinjen Falska Bilder',
        body:
          h1('Ring eller chatta med oss') +
          p('Telefon: 020-00 00 00 (avgiftsfritt, syns inte på telefonräkningen). Chatt: måndag–fredag 10–21. E-post: stod@falskabilder-stod.test. Du behöver inte uppge ditt namn.') +
          p('Våra stödpersoner är utbildade i att hjälpa den som drabbats av deepfakes, nudify-appar, sextortion och andra former av digitalt sexuellt våld. Vi kan också följa med dig till polisen eller hjälpa dig hitta en advokat. Vid akut fara: ring 112.'),
      },
    ],
  },

  // 6 — academic (sv)
  {
    host: 'dsv-forskning.test', lang: 'sv', label: 'unrelated', shape: 'academic', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Forskargruppen för digital utsatthet — Institutionen för data- och systemvetenskap',
        body:
          nav([['/', 'Start'], ['/publikationer', 'Publikationer'], ['/publikationer/avkladningstjanster-betalningar', 'Aktuell artikel'], ['/medarbetare', 'Medarbetare'], ['/en', 'In English']], 'Digital utsatthet') +
          h1('Forskargruppen för digital utsatthet') +
          p('Vi forskar om hur digital teknik används för att kränka, hota och utnyttja människor – och om hur plattformar, myndigheter och lagstiftning kan motverka det. Gruppen är tvärvetenskaplig och samlar datavetare, jurister och sociologer. Vi samarbetar med stödorganisationer, skolor och tillsynsmyndigheter i Norden.') +
          section(
            h2('Aktuellt'),
            ul(
              'Februari 2026 – Ny artikel om hur avklädnings- och deepfaketjänster tar betalt. ' + a('/publikationer/avkladningstjanster-betalningar', 'Läs sammanfattningen') + '.',
              'Januari 2026 – Gruppen medverkade i en hearing i riksdagen om AI-genererade sexuella bilder.',
              'December 2025 – Vi söker en doktorand inom mätning av nätbaserade övergrepp.',
            ),
          ) +
          section(
            h2('Forskningsområden'),
            ul(
              '<strong>Ekosystemmätning</strong> – vi kartlägger nudify- och deepfaketjänster, deras trafikkällor, betalningslösningar och drift.',
              '<strong>Stöd till drabbade</strong> – hur anmälningsverktyg kan utformas så att de inte traumatiserar på nytt.',
              '<strong>Reglering</strong> – hur EU:s förordning om digitala tjänster tillämpas i praktiken.',
            ),
          ) +
          p('Vi laddar aldrig upp bilder på verkliga personer till de tjänster vi studerar. All insamling är etikprövad, och våra data om avklädnings- och deepfakesajter delas bara med forskare, stödorganisationer och myndigheter som skrivit under ett avtal om dataanvändning.') +
          section(h2('Samarbeta med oss'), p('Arbetar du på en skola, en plattform eller en myndighet och vill veta mer om vår forskning? Vi håller gärna föreläsningar och workshoppar.')) +
          footer('Institutionen för data- och systemvetenskap · © 2026', [
            ['/medarbetare', 'Kontakt'],
            ['/publikationer', 'Publikationer'],
          ]),
      },
      {
        path: '/publikationer/avkladningstjanster-betalningar',
        title: 'Following the Money: Payment Flows of AI Undressing Services in the Nordics — Digital utsatthet',
        head: jsonLd({
          '@context': 'https://schema.org',
          '@type': 'ScholarlyArticle',
          headline: 'Following the Money: Payment Flows of AI Undressing Services in the Nordics',
          author: ['E. Lundqvist', 'M. Haddad', 'J. Nieminen'],
          datePublished: '2026-02',
          inLanguage: 'en',
        }),
        body:
          h1('Following the Money: Payment Flows of AI Undressing Services in the Nordics') +
          p('Emma Lundqvist, Mahmoud Haddad, Juho Nieminen · Nordic Journal of Cybercrime Research, 4(1), 2026') +
          p(a('/publikationer/avkladningstjanster-betalningar.pdf', 'PDF (fulltext, öppen tillgång)') + ' · ' + a('/publikationer/avkladningstjanster-betalningar/bibtex', 'BibTeX') + ' · DOI 10.0000/njcr.2026.014') +
          h2('Sammanfattning (svenska)') +
          p('Artikeln undersöker hur 74 avklädnings- och deepfaketjänster som nås från Sverige, Norge, Danmark och Finland tar betalt. Nästan alla använder krediter (median cirka 115 kronor för 100 krediter) eller abonnemang, och marknadsför sig med ord som ”undress”, ”ta av kläderna” och ”x-ray”. 41 procent erbjöd kortbetalning via mellanhänder som beskrev köpet som ”digital konst”, och 37 procent tog enbart emot kryptovaluta. Vi diskuterar hur betalningsleverantörer och tillsynsmyndigheter kan bryta kedjan.') +
          h2('Abstract (English)') +
          p('We study how 74 nudify and deepfake services reachable from the Nordic countries monetise. We find that most rely on credit packs and subscriptions advertised with terms such as "undress" and "remove clothes", that card payments are routed through intermediaries misdescribing the purchase, and that crypto-only checkouts are common. We discuss interventions under the Digital Services Act.') +
          h2('Citeringar') +
          p('Citerad av 5 (mars 2026).'),
      },
      {
        path: '/publikationer',
        title: 'Publikationer — Digital utsatthet',
        body:
          h1('Publikationer') +
          h3('2026') +
          ul(a('/publikationer/avkladningstjanster-betalningar', 'Following the Money: Payment Flows of AI Undressing Services in the Nordics') + '. Nordic Journal of Cybercrime Research.', 'Anmälningsformulär utan nya övergrepp: designprinciper för stöd till deepfake-drabbade. Konferensbidrag.') +
          h3('2025') +
          ul('Telegram som distributionskanal för nudify-tjänster: en kartläggning. Rapport.', 'Unga, samtycke och AI-bilder: en enkätstudie bland 2 000 gymnasieelever. Artikel.', 'Varför NSFW-klassificerare inte räcker för att skydda verkliga personer. Teknisk rapport.') +
          p('Alla våra publikationer finns i öppen tillgång i universitetets publiceringsdatabas. Rapporter kan beställas i tryckt form av institutionens expedition.'),
      },
      {
        path: '/medarbetare',
        title: 'Medarbetare — Digital utsatthet',
        body:
          h1('Medarbetare') +
          ul(
            '<strong>Docent Emma Lundqvist</strong> – gruppledare, mätning av nätbaserade övergrepp',
            '<strong>Dr Mahmoud Haddad</strong> – universitetslektor, betalningssystem och bedrägerier',
            '<strong>Juho Nieminen</strong> – doktorand, plattformar och bottar',
            '<strong>Sara Öberg</strong> – forskningsassistent, juridik',
          ) +
          p('Journalister, skolor och organisationer som vill samarbeta med oss är välkomna att höra av sig via institutionens växel eller direkt till gruppledaren. Vi tar inte emot uppdrag från företag som utvecklar bildgenererande produkter.') +
          p('Studenter som vill skriva examensarbete om deepfakes, nudify-tjänster eller plattformsreglering är också välkomna att kontakta oss.'),
      },
    ],
  },

  // 7 — news (da)
  {
    host: 'kystposten.test', lang: 'da', label: 'unrelated', shape: 'news', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Kystposten — nyheder fra Vestkysten',
        body:
          kystNav +
          cookieBanner('Vi bruger cookies til at få siden til at fungere og til statistik. Du bestemmer selv, hvad du accepterer.', 'Accepter alle', 'Kun nødvendige') +
          section(
            h2('Tophistorie'),
            h1(a('/indland/2026/02/afklaedningsapps-gymnasium', 'Apps der ”afklæder” med AI: Sådan tjener de penge på falske nøgenbilleder af gymnasieelever')),
            p('Af Mette Kragh · 12. februar 2026 · Læsetid 9 min.'),
            img(1, 'Illustration: en mobil med en knap til at uploade et billede'),
            p('”Upload et billede – vores AI fjerner tøjet på ti sekunder.” Kystposten har undersøgt ti såkaldte nudify-tjenester, som elever i området har brugt: hvad de lover, hvad de koster, og hvordan de får deres penge. Flere af dem sælges via Telegram, og de fleste tager kun imod kryptovaluta.'),
          ) +
          section(
            h2('Seneste nyt'),
            ul(
              a('/indland/2026/02/politiet-advarer-foraeldre', 'Politiet advarer forældre: ”Tal med jeres børn om afklædningsapps”'),
              'Byrådet vedtager ny plan for havnefronten',
              'Stormflod: diger holdt, men stranden er forsvundet flere steder',
              'Håndbold: sejr i sidste sekund i lokalopgøret',
              'Ny busrute til uddannelsesstederne fra august',
            ),
          ) +
          section(
            h2('Få Kystposten i indbakken'),
            p('Hver morgen klokken syv: de vigtigste nyheder fra Vestkysten. Gratis, og du kan altid framelde dig.'),
            textForm('Din e-mailadresse', 'Tilmeld', '/nyhedsbrev/tilmeld'),
          ) +
          footer('© 2026 Kystposten A/S · Ansvarshavende chefredaktør', [
            ['/om-os', 'Om os'],
            ['/privatliv', 'Privatlivspolitik'],
            ['/cookies', 'Cookies'],
            ['/nyhedsbrev?utm_source=footer', 'Nyhedsbrev'],
          ]),
      },
      {
        path: '/indland/2026/02/afklaedningsapps-gymnasium',
        title: 'Apps der ”afklæder” med AI: Sådan tjener de penge | Kystposten',
        head: jsonLd({
          '@context': 'https://schema.org',
          '@type': 'NewsArticle',
          headline: 'Apps der ”afklæder” med AI: Sådan tjener de penge på falske nøgenbilleder af gymnasieelever',
          datePublished: '2026-02-12T06:00:00+01:00',
          author: { '@type': 'Person', name: 'Mette Kragh' },
          inLanguage: 'da',
        }),
        body:
          kystNav +
          article(
            h1('Apps der ”afklæder” med AI: Sådan tjener de penge på falske nøgenbilleder af gymnasieelever'),
            p('Af Mette Kragh · 12. februar 2026 kl. 06.00'),
            p('”Upload et billede. Vores AI fjerner tøjet på ti sekunder.” Sådan bliver man mødt hos Afklæd AI (' + a('https://afklaed-ai.test/da?ref=kystposten', 'afklaed-ai.test') + '), en af de tjenester, Kystposten har undersøgt. Tre gratis forsøg, derefter koster 100 credits 79 kroner. Et ”VIP”-abonnement til 199 kroner om måneden giver adgang til ”HD-tilstand”, ”undertøjstilstand” og ”deepfake-video”.'),
            p('Kystposten har i tre måneder dokumenteret ti tjenester af denne type. Vi har aldrig uploadet billeder af rigtige mennesker – vores test er lavet med en udstillingsdukke og AI-genererede ansigter, som ikke tilhører nogen.'),
            h2('Kryptovaluta og Telegram-bots'),
            p('Danske betalingskort bliver næsten altid afvist. I stedet sendes man videre til betalingssider på andre domæner, der beskriver købet som ”credits til digital kunst”. Flere tjenester henviser til en Telegram-bot, ' + a('https://t.me/AfklaedBot', '@AfklaedBot') + ', som sælger koder mod kryptovaluta.'),
            blockquote('”De ramte får det ofte at vide til sidst. Når de kommer til os, har billedet allerede været rundt på hele skolen.”', 'Studievejleder på et gymnasium i området'),
            h2('Hvad siger loven?'),
            p('Det er strafbart efter straffeloven at videregive nøgenbilleder af andre uden samtykke, og der er lagt op til at styrke beskyttelsen mod digitale efterligninger af folks udseende. Drejer det sig om personer under 18 år, er der tale om en særlig alvorlig forbrydelse. Platformene skal efter EU’s forordning om digitale tjenester behandle anmeldelser af ulovligt indhold hurtigt.'),
            p('Afklæd AI har ikke svaret på Kystpostens henvendelser.'),
          ) +
          section(h2('Læs også'), ul(a('/indland/2026/02/politiet-advarer-foraeldre', 'Politiet advarer forældre mod afklædningsapps'), 'Sådan får du fjernet et falsk nøgenbillede fra nettet')) +
          section(
            h2('Kommentarer (27)'),
            p('<strong>Lone H.</strong> — Hvorfor må de overhovedet tage imod betaling? Hvor er bankerne henne?'),
            p('<strong>Jens_P</strong> — Min datter på 16 fortalte, at halvdelen af klassen kendte navnet på sådan en app. Tak for artiklen.'),
          ),
      },
      {
        path: '/indland/2026/02/politiet-advarer-foraeldre',
        title: 'Politiet advarer forældre mod afklædningsapps | Kystposten',
        body:
          kystNav +
          article(
            h1('Politiet advarer forældre: ”Tal med jeres børn om afklædningsapps”'),
            p('Af redaktionen · 13. februar 2026'),
            p('Efter Kystpostens afsløring opfordrer politiet forældre til at tale med deres børn om såkaldte nudify- og afklædningsapps. ”De bliver reklameret for helt åbenlyst på sociale medier med tekster som ’Tag tøjet af hvem som helst med ét klik’”, siger en politikommissær.'),
            p('Politiet råder den, der bliver ramt, til ikke selv at sende billederne videre, men til at notere, hvor de ligger, og anmelde det. Skoler kan kontakte det lokale forebyggelsesteam for at få besøg og rådgivning. Politiet understreger, at det også er strafbart at lave et falsk billede af en klassekammerat, selv hvis det er ”for sjov”.'),
          ),
      },
      {
        path: '/nyhedsbrev',
        title: 'Nyhedsbrev | Kystposten',
        body:
          kystNav +
          h1('Kystpostens nyhedsbreve') +
          p('Vælg de nyhedsbreve, du vil have. De er alle gratis, og du kan framelde dig med ét klik nederst i hver mail.') +
          ul('<strong>Morgenposten</strong> – hver hverdag kl. 7', '<strong>Weekend</strong> – ugens bedste historier om lørdagen', '<strong>Afsløringer</strong> – når vores gravergruppe udgiver noget nyt') +
          textForm('E-mailadresse', 'Tilmeld mig', '/nyhedsbrev/tilmeld') +
          p('Vi bruger kun din e-mailadresse til at sende nyhedsbrevene. Vi sælger den aldrig og deler den ikke med annoncører.'),
      },
    ],
  },

  // 8 — ngo (da)
  {
    host: 'billedret-forening.test', lang: 'da', label: 'unrelated', shape: 'ngo', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Foreningen Billedret — mod digitale sexkrænkelser',
        head: jsonLd({ '@context': 'https://schema.org', '@type': 'NGO', name: 'Foreningen Billedret', address: { '@type': 'PostalAddress', addressCountry: 'DK' } }),
        body:
          nav(
            [
              ['/viden/afklaedningsapps', 'Hvad er afklædningsapps?'],
              ['/kampagne/ikke-min-krop', 'Kampagne'],
              ['/om-os', 'Om os'],
              ['/stot?utm_source=menu', 'Støt os'],
            ],
            'Billedret',
          ) +
          cookieBanner('Vi bruger kun nødvendige cookies og anonym statistik.', 'OK') +
          h1('Dit billede. Din krop. Din ret.') +
          p('Hver dag bliver helt almindelige billeder af rigtige mennesker uploadet til ”nudify”-sider, der lover at ”fjerne tøjet med AI”. De mennesker, der er på billederne – klassekammerater, kolleger, ekskærester, streamere – har aldrig sagt ja. Foreningen Billedret har siden 2021 arbejdet for at stoppe den form for digital krænkelse.') +
          section(
            h2('Det gør vi'),
            ul(
              '<strong>Oplysning</strong> – klare guides om deepfakes og afklædningsapps til unge, forældre, lærere og fagfolk.',
              '<strong>Påvirkning</strong> – vi presser betalingsfirmaer, app-butikker og hostingselskaber til at håndhæve deres egne regler.',
              '<strong>Henvisning</strong> – vi hjælper ramte videre til rådgivning, juridisk hjælp og fjernelse af billeder.',
            ),
          ) +
          section(
            h2('Tallene'),
            p('I vores undersøgelse fra 2025 blandt 1.600 unge mellem 15 og 25 år havde 22 procent set reklamer for afklædningsapps, og 7 procent kendte en, der havde fået et falsk nøgenbillede spredt.'),
          ) +
          section(h2('Kampagnen #IkkeMinKrop'), p('Afklædningsapps lever af credits og abonnementer. Uden betaling, ingen forretning. ' + a('/kampagne/ikke-min-krop', 'Læs om kampagnen og skriv under') + '.')) +
          faq('Ofte stillede spørgsmål', [
            ['Er et falsk nøgenbillede ulovligt?', 'Det er strafbart at dele nøgenbilleder af andre uden samtykke, og det gælder også bearbejdede billeder.'],
            ['Fjerner I selv billederne?', 'Vi henviser til de specialiserede tjenester, der kan, og følger dig gennem forløbet.'],
          ]) +
          footer('Foreningen Billedret · CVR 00000000 · © 2026', [
            ['/privatliv', 'Privatlivspolitik'],
            ['/om-os', 'Om os'],
            ['/stot?utm_source=footer', 'Støt os'],
            ['/presse', 'Presse'],
          ]),
      },
      {
        path: '/viden/afklaedningsapps',
        title: 'Hvad er afklædningsapps? | Billedret',
        body:
          h1('Hvad er afklædningsapps?') +
          p('Afklædningsapps – også kaldet nudify-apps eller ”undress AI” – er hjemmesider, apps og chatbots, der laver et falsk nøgenbillede ud fra et billede af en påklædt person. Programmet ser ingenting: det opfinder en krop og sætter ansigtet på. Men resultatet kan se ægte nok ud til at krænke, true og afpresse.') +
          h2('Sådan virker de') +
          p('Brugeren uploader et billede, vælger en tilstand som ”bikini”, ”undertøj” eller ”fjern tøj” og får resultatet efter få sekunder. Mange tjenester giver et par gratis credits og tager derefter omkring 75 kroner for en pakke eller 150–300 kroner om måneden for et ”Pro”- eller ”VIP”-abonnement. Nogle tilbyder også en deepfake-funktion, hvor et ansigt sættes ind i en eksisterende voksenvideo.') +
          h2('Sådan reklamerer de') +
          p('Med slogans som ”Afklæd hvem som helst med ét klik” og ”100 % anonymt, ingen konto nødvendig”. Reklamerne dukker op på sociale medier, i spilchats og via influencere, der får provision.'),
      },
      {
        path: '/kampagne/ikke-min-krop',
        title: 'Kampagnen #IkkeMinKrop | Billedret',
        body:
          h1('#IkkeMinKrop') +
          p('Afklædningsapps findes, fordi de tjener penge. Derfor henvender vi os til dem, der gør forretningen mulig:') +
          ol(
            'Betalingsfirmaer: afvis forretninger, der sælger ”undress”-credits under vage beskrivelser.',
            'Hostingselskaber og registratorer: luk siderne inden for 24 timer efter en begrundet anmeldelse.',
            'Annoncenetværk og app-butikker: forbyd reklamer, der lover at fjerne tøj fra billeder.',
            'Politikerne: giv tilsynsmyndighederne ressourcer til at håndhæve forordningen om digitale tjenester.',
          ) +
          p('Allerede 6.410 har skrevet under. Vil du være med?') +
          textForm('Din e-mailadresse', 'Skriv under', '/kampagne/skriv-under'),
      },
      {
        path: '/stot',
        title: 'Støt os | Billedret',
        body:
          h1('Støt vores arbejde') +
          p('Billedret er godkendt efter ligningslovens § 8 A, så dit bidrag kan trækkes fra i skat. Vi tager ikke imod penge fra techvirksomheder.') +
          priceTable(['Beløb', 'Det betyder'], [['100 kr.', 'Et oplæg i en skoleklasse'], ['250 kr.', 'Rådgivning af én ung i en måned'], ['500 kr.', 'Trykte guides til en hel skole']]) +
          button('Støt med MobilePay') +
          p('Du kan også blive fast støtte med et månedligt beløb og stoppe, når du vil. Vores regnskab offentliggøres hvert år her på siden.'),
      },
    ],
  },

  // 9 — law-firm (da)
  {
    host: 'holmkjaer-advokater.test', lang: 'da', label: 'unrelated', shape: 'law-firm', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Advokat for ofre for deepfakes og digitale krænkelser | Holm & Kjær Advokater',
        head: jsonLd({ '@context': 'https://schema.org', '@type': 'LegalService', name: 'Holm & Kjær Advokater', areaServed: 'DK' }),
        body:
          nav([['/', 'Digitale krænkelser'], ['/indsigt/dsa-anmeldelse-deepfakes', 'Indsigt'], ['/priser', 'Priser'], ['/kontakt?kilde=menu', 'Gratis første samtale']], 'Holm & Kjær') +
          h1('Deepfakes og falske nøgenbilleder: Vi hjælper dig med at få dem fjernet') +
          p('Er et billede af dig blevet ”afklædt” med en nudify-app eller sat ind i en seksuel deepfake? Vi hjælper ofre med at få indholdet fjernet hurtigt, med at finde den ansvarlige og med at få erstatning og godtgørelse. Diskret, hurtigt og med teknisk forståelse.') +
          section(
            h2('Det hjælper vi med'),
            ul(
              'Anmeldelser til platforme, hostingselskaber, CDN’er og søgemaskiner efter forordningen om digitale tjenester',
              'Forbud og påbud mod dem, der spreder billederne, og mod operatører af deepfake-sider',
              'Krav om udlevering af oplysninger om anonyme profiler',
              'Bistand som forurettet i straffesagen, herunder krav om godtgørelse',
              'Klager over ulovlig behandling af personoplysninger',
            ),
          ) +
          section(
            h2('Derfor virker det'),
            p('De fleste afklædningstjenester drives anonymt uden for EU. Men de er afhængige af hosting, domæner, CDN’er og betalingsløsninger, der er underlagt europæisk ret. En præcis og velbegrundet anmeldelse efter artikel 16 i forordningen er ofte hurtigere end en retssag.'),
          ) +
          blockquote('”Efter fem dage var alle kopier, vi havde fundet, væk. Jeg følte mig endelig taget alvorligt.”', 'Klient, 2025') +
          p('Den første samtale er gratis og fortrolig. ' + a('/kontakt?kilde=forside', 'Book en samtale') + '.') +
          footer('Holm & Kjær Advokater · Medlem af Advokatsamfundet · © 2026', [
            ['/privatliv', 'Privatlivspolitik'],
            ['/forretningsbetingelser', 'Forretningsbetingelser'],
            ['/priser', 'Priser'],
          ]),
      },
      {
        path: '/indsigt/dsa-anmeldelse-deepfakes',
        title: 'Sådan bruger du DSA’s anmeldelsesordning mod nudify- og deepfake-sider | Holm & Kjær',
        body:
          article(
            h1('Sådan bruger du DSA’s anmeldelsesordning mod nudify- og deepfake-sider'),
            p('Advokat Sofie Kjær · 19. januar 2026 · 6 min. læsning'),
            p('Artikel 16 i forordningen om digitale tjenester (DSA) pålægger hostingtjenester at have en ordning, hvor alle kan anmelde ulovligt indhold. En tilstrækkeligt præcis og begrundet anmeldelse giver tjenesten ”faktisk kendskab” – og handler den ikke hurtigt, mister den sin ansvarsfrihed.'),
            h2('Hvad skal en god anmeldelse indeholde?'),
            ul('De præcise URL’er til indholdet, ikke kun domænet', 'En forklaring på, hvorfor indholdet er ulovligt, fx straffelovens bestemmelser om videregivelse af nøgenbilleder', 'Navn og e-mail på den, der anmelder', 'En erklæring om god tro'),
            h2('Problemet med ”upload et billede”-tjenester'),
            p('Hos nudify-tjenester bliver resultatet ofte ikke offentliggjort – brugeren downloader det. Så kan selve tjenesten være genstand for anmeldelsen: reklameteksterne (”fjern tøjet fra ethvert billede”), upload-formularen og betalingssiden med credits. Hostingselskaber er i stigende grad villige til at betragte en side, hvis eneste formål er at afklæde rigtige mennesker, som åbenbart ulovlig.'),
            p('<em>Artiklen er generel information og ikke juridisk rådgivning.</em>'),
          ),
      },
      {
        path: '/priser',
        title: 'Priser | Holm & Kjær Advokater',
        body:
          h1('Priser') +
          p('Vi mener, at den, der er udsat for en krænkelse, skal vide på forhånd, hvad juridisk hjælp koster.') +
          priceTable(['Ydelse', 'Pris (ekskl. moms)'], [['Første samtale (30 min.)', 'Gratis'], ['Fjernelsespakke op til 20 URL’er', '6.500 kr. fast pris'], ['Forbudssag', 'fra 25.000 kr.'], ['Timepris', '2.200 kr.']]) +
          p('Som forurettet i en straffesag kan du have ret til en gratis bistandsadvokat. Vi undersøger også, om din retshjælpsforsikring dækker. Du får altid et skriftligt overslag, inden vi går i gang.'),
      },
      {
        path: '/kontakt',
        title: 'Kontakt | Holm & Kjær Advokater',
        body:
          h1('Book en gratis første samtale') +
          p('Fortæl kort, hvad der er sket. Send ikke billeder – en beskrivelse og linkene er nok. En advokat ringer dig op inden for en arbejdsdag på et tidspunkt, der passer dig.') +
          '<form action="/kontakt/send" method="post"><label>Navn<input name="navn"></label><label>Telefon eller e-mail<input name="kontakt"></label><label>Hvad er der sket?<textarea name="besked"></textarea></label><button>Bliv ringet op</button></form>' +
          p('Alt, hvad du fortæller os, er omfattet af advokatens tavshedspligt. Vi lægger ikke beskeder på telefonsvareren, medmindre du beder om det.'),
      },
    ],
  },

  // 10 — government (fi)
  {
    host: 'verkkoturvakeskus-gov.test', lang: 'fi', label: 'unrelated', shape: 'government', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Verkkoturvakeskus',
        body:
          nav(
            [
              ['/ajankohtaista', 'Ajankohtaista'],
              ['/ajankohtaista/tiedote-riisumissovellukset', 'Tiedotteet'],
              ['/lainsaadanto/deepfake-lakiehdotus', 'Lainsäädäntö'],
              ['/ilmoita', 'Ilmoita sisällöstä'],
              ['/tietoa-meista', 'Tietoa meistä'],
            ],
            'Verkkoturvakeskus',
          ) +
          cookieBanner('Käytämme sivustolla vain välttämättömiä evästeitä ja anonyymia kävijäseurantaa.', 'Hyväksyn', 'Vain välttämättömät') +
          h1('Turvallisempi verkko kaikille') +
          p('Tervetuloa Verkkoturvakeskuksen sivuille. Täältä löydät tietoa ja apua kansalaisille, kouluille, yrityksille ja medialle.') +
          p('Verkkoturvakeskus neuvoo kansalaisia, kouluja ja yrityksiä verkossa tapahtuvien haittojen ehkäisyssä, vastaanottaa ilmoituksia haitallisesta sisällöstä ja tekee yhteistyötä verkkoalustojen sekä muiden viranomaisten kanssa. Valvomme osaltamme EU:n digipalvelusäädöksen noudattamista. Tuotamme myös oppimateriaaleja, joiden avulla nuoret oppivat tunnistamaan tekoälyllä tehtyjä väärennöksiä ja toimimaan, jos niitä levitetään.') +
          section(
            h2('Ajankohtaista'),
            ul(
              a('/ajankohtaista/tiedote-riisumissovellukset', 'Tiedote: Verkkoturvakeskus varoittaa tekoälyllä toimivista ”riisumissovelluksista”') + ' – 24.2.2026',
              'Vuosikatsaus 2025: deepfake-ilmoitukset kolminkertaistuivat – 5.2.2026',
              'Uusi opas kouluille verkkokiusaamisen ehkäisyyn – 21.1.2026',
              'Varoitus: huijausviestit pakettitoimituksista lisääntyneet – 8.1.2026',
            ),
          ) +
          section(
            h2('Oletko joutunut deepfaken kohteeksi?'),
            p('Jos sinusta levitetään väärennettyä alastonkuvaa, voit tehdä rikosilmoituksen poliisille, pyytää sisällön poistamista ja ' + a('/ilmoita', 'ilmoittaa siitä meille') + '. Älä koskaan lähetä meille itse kuvaa – kuvaile se sanoin ja kerro, missä se on.'),
          ) +
          section(
            h2('Lainsäädäntö'),
            p('Hallitus valmistelee muutoksia, joilla tekoälyllä tehtyjen seksuaalisten väärennösten tekeminen ja levittäminen sekä tällaisten palvelujen tarjoaminen säädettäisiin nimenomaisesti rangaistavaksi. ' + a('/lainsaadanto/deepfake-lakiehdotus', 'Lue lisää lakiehdotuksesta') + '.'),
          ) +
          footer('© 2026 Verkkoturvakeskus', [
            ['/saavutettavuus', 'Saavutettavuusseloste'],
            ['/tietosuoja', 'Tietosuoja'],
            ['/evasteet', 'Evästeet'],
            ['/yhteystiedot', 'Yhteystiedot'],
          ]),
      },
      {
        path: '/ajankohtaista/tiedote-riisumissovellukset',
        title: 'Tiedote: Verkkoturvakeskus varoittaa ”riisumissovelluksista”',
        body:
          h1('Verkkoturvakeskus varoittaa tekoälyllä toimivista ”riisumissovelluksista”') +
          p('Tiedote · 24.2.2026') +
          p('Verkkoturvakeskus varoittaa verkkopalveluista ja boteista, joilla kenestä tahansa voi tehdä väärennetyn alastonkuvan tavallisen valokuvan pohjalta. Käyttäjä lataa kuvan palveluun, valitsee ”tilan”, ja muutamassa sekunnissa palvelu palauttaa muokatun kuvan.') +
          p('Palvelut mainostavat itseään esimerkiksi iskulauseilla ”Riisu kuka tahansa yhdellä klikkauksella” ja ”Tekoäly poistaa vaatteet mistä tahansa kuvasta”. Ne toimivat krediittien avulla – aloituspaketti maksaa yleensä noin 10 euroa – ja monet hyväksyvät maksuksi vain kryptovaluuttoja. Useita palveluja tarjotaan myös Telegram-botteina. Viime vuosineljänneksellä saimme yli 600 tällaisia kuvia koskevaa ilmoitusta, joista noin kolmannes koski alaikäisiä.') +
          blockquote('”Näille työkaluille ei ole hyväksyttävää käyttötarkoitusta. Ne muuttavat seksuaalisen väkivallan maksulliseksi palveluksi. Otamme yhteyttä myös maksunvälittäjiin ja palveluntarjoajiin.”', 'Verkkoturvakeskuksen johtaja') +
          h2('Suositukset') +
          ul(
            'Älä jaa tällaisia kuvia eteenpäin – et edes varoittaaksesi muita.',
            'Ilmoita sisällöstä alustalle digipalvelusäädöksen mukaisen ilmoitusmenettelyn kautta.',
            'Vanhemmat ja opettajat: puhukaa nuorten kanssa suostumuksesta ja siitä, että tällaisten kuvien tekeminen on rikos.',
          ),
      },
      {
        path: '/lainsaadanto/deepfake-lakiehdotus',
        title: 'Lakiehdotus: seksuaaliset väärennökset ja riisumispalvelut | Verkkoturvakeskus',
        body:
          h1('Lakiehdotus seksuaalisista väärennöksistä ja riisumispalveluista') +
          p('Tila: lausuntokierros · lausunnot viimeistään 17.4.2026') +
          h2('Mitä ehdotetaan?') +
          ul(
            'Rikoslakiin lisättäisiin säännös, jonka mukaan tekoälyllä luodun tai muokatun, todellista henkilöä alastomana tai seksuaalisessa tilanteessa esittävän kuvan levittäminen ilman suostumusta on rangaistavaa.',
            'Rangaistavaksi säädettäisiin myös sellaisen palvelun tarjoaminen, joka on tarkoitettu vaatteiden poistamiseen kuvista tai seksuaalisten deepfake-videoiden tekemiseen ilman kuvatun henkilön suostumusta.',
            'Viranomainen voisi määrätä maksunvälittäjät ja hostingpalvelujen tarjoajat lopettamaan palvelujen tarjoamisen tällaisille sivustoille.',
          ) +
          h2('Miten voi lausua?') +
          p('Lausunnon voi antaa lausuntopalvelussa tai sähköpostitse. Toivomme erityisesti uhreja tukevien järjestöjen, koulujen, juristien ja teknisten asiantuntijoiden näkemyksiä. Kaikki lausunnot julkaistaan.'),
      },
      {
        path: '/ilmoita',
        title: 'Ilmoita sisällöstä | Verkkoturvakeskus',
        body:
          h1('Ilmoita haitallisesta sisällöstä tai palvelusta') +
          p('Tällä lomakkeella voit ilmoittaa sivustosta, sovelluksesta tai botista, joka tekee tai levittää väärennettyjä intiimejä kuvia, myös deepfakeja. Älä liitä kuvia – kuvaile sanoin, mitä näit ja missä.') +
          '<form action="/ilmoita/laheta" method="post"><label>Palvelun tai sivun osoite (URL)<input name="url"></label><label>Kuvaus sisällöstä tai palvelusta<textarea name="kuvaus"></textarea></label><label>Sähköposti yhteydenottoa varten (vapaaehtoinen)<input name="sahkoposti"></label><button>Lähetä ilmoitus</button></form>' +
          p('Välittömässä vaarassa soita hätänumeroon 112. Jos asia koskee lasta, ilmoita siitä heti poliisille. Käsittelemme ilmoitukset saapumisjärjestyksessä, alaikäisiä koskevat ensisijaisesti.') +
          p('Kaikki ilmoitukset käsitellään luottamuksellisesti.'),
      },
    ],
  },

  // 11 — school-guide (fi)
  {
    host: 'turvallinenkoulu-opas.test', lang: 'fi', label: 'unrelated', shape: 'school-guide', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Riisumissovellukset ja deepfaket: opas kouluille | Turvallinen koulu',
        jsOnly: true,
        body:
          nav([['/', 'Kouluille'], ['/huoltajille', 'Huoltajille'], ['/tuntisuunnitelma', 'Tuntisuunnitelma'], ['/toimintamalli', 'Toimintamalli']], 'Turvallinen koulu') +
          h1('Riisumissovellukset ja deepfaket: mitä jokaisen koulun pitää tietää') +
          p('Opas rehtoreille, opettajille, kuraattoreille ja kouluterveydenhoitajille · päivitetty tammikuussa 2026') +
          p('Koulut ilmoittavat yhä useammin tilanteista, joissa oppilaat tekevät niin sanotuilla nudify- tai riisumissovelluksilla väärennettyjä alastonkuvia luokkatovereistaan tai opettajistaan. Sovellukset löytyvät helposti, niitä voi usein kokeilla ilmaiseksi, ja niitä mainostetaan palveluissa, joita nuoret käyttävät päivittäin.') +
          section(
            h2('Mitä oppilaat näkevät?'),
            p('Mainokset ja videot lupaavat ”nähdä kenet tahansa ilman vaatteita” tai ”poistaa vaatteet yhdellä napautuksella”. Osa sovelluksista esiintyy tavallisina kuvankäsittelyohjelmina, osa on Telegram-botteja: kuva lähetetään, väärennös tulee takaisin sekunneissa ja siitä maksetaan krediiteillä. Moni oppilas ei tiedä, että tämä on rikos ja että alaikäisestä tehty väärennetty alastonkuva on lain silmissä erityisen vakava asia.'),
          ) +
          section(
            h2('Tärkeimmät ohjeet henkilöstölle'),
            ul(
              'Käsittele jokainen tapaus lastensuojelullisena asiana, ei pelkkänä kurinpito-ongelmana.',
              'Älä koskaan katso, kopioi tai välitä kuvaa eteenpäin – et edes ”todisteeksi”.',
              'Huolehdi ensin oppilaasta, josta kuva on tehty. Kerro selvästi, ettei tapahtunut ole hänen syytään.',
              'Toimi koulun suunnitelman mukaisesti ja ilmoita poliisille ja lastensuojeluun.',
            ),
          ) +
          section(h2('Materiaalit'), ul(a('/toimintamalli', 'Toimintamalli (1 sivu)'), a('/tuntisuunnitelma', 'Tuntisuunnitelma ”Väärennetty kuva, todellinen vahinko”'), a('/huoltajille', 'Kirjepohja ja vinkit huoltajille'))) +
          footer('Turvallinen koulu – maksuton materiaali peruskouluille ja toisen asteen oppilaitoksille. © 2026', [
            ['/huoltajille', 'Huoltajille'],
            ['/toimintamalli', 'Toimintamalli'],
            ['/tietosuoja', 'Tietosuoja'],
          ]),
      },
      {
        path: '/huoltajille',
        title: 'Huoltajille | Turvallinen koulu',
        body:
          h1('Näin puhut lapsesi kanssa riisumissovelluksista') +
          p('Olet ehkä lukenut sovelluksista, jotka tekevät tavallisesta valokuvasta väärennetyn alastonkuvan. Ne ovat todellisia, niitä markkinoidaan nuorille ja niitä on käytetty myös suomalaisissa kouluissa. Sinun ei tarvitse olla tekniikan asiantuntija puhuaksesi niistä.') +
          ul(
            'Aloita uutisesta äläkä kuulustelusta: ”Oletko kuullut tällaisista sovelluksista?”',
            'Kerro, että väärennetyn alastonkuvan tekeminen tai jakaminen toisesta on väkivaltaa ja rikos – myös ”vitsinä”.',
            'Sano, että lapsi voi aina tulla kertomaan sinulle, etkä ota puhelinta pois sen takia, että hän kertoi.',
            'Ota käyttöön suodattimet ja sovelluskaupan asetukset, mutta älä luota pelkästään niihin.',
          ) +
          p('Jos jotain tapahtuu, älä lähetä kuvaa kenellekään, et myöskään koululle. Kirjaa ylös, missä kuva on nähty, ja ota yhteyttä opettajaan ja poliisiin.'),
      },
      {
        path: '/tuntisuunnitelma',
        title: 'Tuntisuunnitelma: Väärennetty kuva, todellinen vahinko | Turvallinen koulu',
        body:
          h1('Tuntisuunnitelma: ”Väärennetty kuva, todellinen vahinko”') +
          p('Kohderyhmä: 8.–9. luokka ja toinen aste · Kesto: 45 minuuttia · Oppiaine: terveystieto, luokanohjaus') +
          h2('Tavoitteet') +
          ul('Oppilas tietää, mitä deepfaket ja riisumissovellukset ovat.', 'Oppilas ymmärtää, että väärennetty kuva aiheuttaa todellista vahinkoa.', 'Oppilas tietää, mistä saa apua ja miten kaveria voi tukea.') +
          h2('Kulku') +
          ol(
            'Aloitus (5 min): lue ääneen kolme tällaisten sovellusten mainoslausetta (vain teksti, esim. ”Riisu mikä tahansa kuva 5 sekunnissa”). Kenelle tuote on tarkoitettu? Ketä vastaan sitä käytetään?',
            'Tapausesimerkki (15 min): kuvitteellinen tarina luokan ryhmächatista. Mitä kukin olisi voinut tehdä toisin?',
            'Myytit (15 min): ”Se on feikki, joten ei se haittaa.” ”Vain julkkikset joutuvat kohteeksi.” ”Kukaan ei jää kiinni.”',
            'Lopetus (10 min): mistä saa apua? Jokainen kirjoittaa yhden tukevan lauseen kaverille, jolle näin on käynyt.',
          ) +
          p('Huom! Älä hae tai näytä tällaisia sovelluksia oppitunnilla.'),
      },
      {
        path: '/toimintamalli',
        title: 'Toimintamalli | Turvallinen koulu',
        body:
          h1('Toimintamalli: epäily väärennetystä alastonkuvasta tai deepfakesta') +
          ol(
            'Älä katso, kopioi tai jaa kuvaa. Älä pyydä oppilaita näyttämään sitä.',
            'Kirjaa sanoin, mitä kerrottiin, kuka kertoi ja milloin.',
            'Ilmoita heti rehtorille ja kuraattorille.',
            'Varmista, että oppilas, josta kuva on tehty, on turvassa ja saa tukea. Ilmoita huoltajille, ellei se vaaranna oppilasta.',
            'Tee ilmoitus poliisille ja lastensuojeluun – alaikäisten kohdalla se on lähes aina tarpeen.',
            'Auta kuvien poistamisessa erikoistuneiden ilmoituskanavien kautta.',
            'Arvioi lopuksi työyhteisön kanssa, mitä ennaltaehkäisyssä ja puhelinten käytön säännöissä pitää muuttaa.',
          ),
      },
    ],
  },
];
