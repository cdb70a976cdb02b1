import {
  a,
  blockquote,
  button,
  cookieBanner,
  faq,
  footer,
  h1,
  h2,
  jsonLd,
  metaDescription,
  nav,
  ol,
  p,
  priceTable,
  textForm,
  ul,
  type CorpusSite,
} from '../site-kit.js';

const AUTHOR = 'dir';

/** Outbound link to a listed tool, tagged for the directory's partner program. */
const ref = (host: string, tag: string, text: string): string => a(`https://${host}/?${tag}`, text, 'rel="sponsored nofollow" target="_blank"');
const tgl = (handle: string): string => a(`https://t.me/${handle}`, `@${handle}`, 'target="_blank"');
const gw = (n: number): string => '★'.repeat(Math.round(n)) + '☆'.repeat(5 - Math.round(n));

export const sites: CorpusSite[] = [
  // 1 — it ranking
  {
    host: 'classifica-ia.test', lang: 'it', label: 'directory', shape: 'ranking', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Classifica 2026 delle IA per spogliare foto e dei deepfake: voti e stelle | Classifica IA',
        head:
          metaDescription('La classifica mensile degli strumenti IA per spogliare foto e creare deepfake: voto su 10, stelle, scelta della redazione.') +
          jsonLd({
            '@context': 'https://schema.org',
            '@type': 'ItemList',
            name: 'Classifica IA maggio 2026',
            itemListElement: [
              { '@type': 'ListItem', position: 1, name: 'Svestio', url: 'https://svestio.test/' },
              { '@type': 'ListItem', position: 2, name: 'Scambiavolti', url: 'https://scambiavolti.test/' },
              { '@type': 'ListItem', position: 3, name: 'Nuvella', url: 'https://nuvella.test/' },
              { '@type': 'ListItem', position: 4, name: 'Velvetcam', url: 'https://velvetcam.test/' },
              { '@type': 'ListItem', position: 5, name: 'Exposa', url: 'https://exposa.test/' },
            ],
          }),
        body:
          nav([['/', 'Classifica'], ['/metodo', 'Il nostro metodo'], ['/scelta-della-redazione', 'Scelta della redazione'], ['/affiliazione', 'Informativa']], 'Classifica IA') +
          cookieBanner('Questo sito usa cookie di analisi e di affiliazione. Puoi rifiutarli senza perdere nulla.', 'Accetto', 'Rifiuto') +
          h1('Classifica IA — maggio 2026') +
          p(`Ogni strumento riceve un voto su 10 per qualità, velocità, prezzo e privacy. Tutti sono stati riprovati a inizio mese con lo stesso set di foto stock con licenza, così i risultati sono confrontabili da un mese all'altro.`) +
          priceTable(['#', 'Strumento', 'Tipo', 'Stelle', 'Voto', 'Da', ''], [
            ['1', 'Svestio 🥇 <b>Scelta della redazione</b>', 'Spogliare', gw(4.7), '9,2', '7,99 €', ref('svestio.test', 'ref=classificaia', 'Visita')],
            ['2', 'Scambiavolti', 'Face swap VM18', gw(4.4), '8,7', '9,90 €/mese', ref('scambiavolti.test', 'ref=classificaia', 'Visita')],
            ['3', 'Nuvella', 'Spogliare', gw(4.3), '8,5', '6,99 €', ref('nuvella.test', 'ref=classificaia', 'Visita')],
            ['4', 'Velvetcam', 'Face swap live', gw(4.1), '8,2', '4,99 €/sett.', ref('velvetcam.test', 'ref=classificaia', 'Visita')],
            ['5', 'Exposa', 'Spogliare', gw(3.9), '7,8', '4,99 €', ref('exposa.test', 'ref=classificaia', 'Visita')],
            ['6', 'Lookswap18', 'Face swap', gw(3.4), '6,9', '3,79 €/sett.', ref('lookswap18.test', 'ref=classificaia', 'Visita')],
          ]) +
          h2('Perché Svestio è primo') +
          p(`È l'unico servizio della classifica con interfaccia, assistenza e fatturazione in italiano, e nella prova alla cieca ha dato i risultati più costanti. Perde qualche punto per il rinnovo automatico poco evidente.`) +
          h2('Chi sale e chi scende') +
          p(`Scambiavolti guadagna due posizioni grazie al nuovo export 4K. Lookswap18 scende perché i tempi di rendering la sera sono raddoppiati.`) +
          p(`Informativa: i pulsanti "Visita" sono link di affiliazione. Se ti abboni dopo averci cliccato, lo strumento ci riconosce una percentuale. È così che paghiamo i test; i voti vengono decisi prima e non cambiano.`) +
          footer('© 2026 Classifica IA — non sviluppiamo né vendiamo nessuno strumento', [['/affiliazione', 'Informativa sull\'affiliazione'], ['/metodo', 'Metodo'], ['/scelta-della-redazione', 'Scelta della redazione']]),
      },
      {
        path: '/metodo',
        title: 'Il nostro metodo | Classifica IA',
        body:
          nav([['/', 'Classifica'], ['/scelta-della-redazione', 'Scelta della redazione']], 'Classifica IA') +
          h1('Come diamo i voti') +
          p(`Due redattori provano ogni strumento con un account pagato da noi e lo stesso set di trenta foto stock con licenza. Il voto finale pesa qualità (40%), velocità (20%), rapporto qualità-prezzo (20%) e privacy (20%).`, `Per la privacy guardiamo per quanto tempo vengono conservate le immagini caricate, se l'utente può cancellarle e se l'azienda è identificabile. Gli strumenti con rinnovi nascosti perdono punti anche se i risultati sono buoni.`) +
          footer('© 2026 Classifica IA'),
      },
      {
        path: '/scelta-della-redazione',
        title: 'Scelta della redazione: Svestio | Classifica IA',
        body:
          nav([['/', 'Classifica'], ['/metodo', 'Il nostro metodo']], 'Classifica IA') +
          h1('Scelta della redazione: Svestio') +
          p(`Svestio ha ottenuto il voto complessivo più alto di maggio. Offre tre modalità, un bot Telegram con gli stessi crediti e una galleria che si svuota con un clic. Il pacchetto base costa 7,99 € per 80 crediti, il piano Pro 16,99 € al mese. Il punto debole: la disdetta è nascosta in fondo al menu e il rinnovo è automatico.`) +
          p(ref('svestio.test', 'ref=classificaia&utm_content=scelta', 'Visita Svestio')) +
          footer('© 2026 Classifica IA'),
      },
      {
        path: '/affiliazione',
        title: 'Informativa sull\'affiliazione | Classifica IA',
        body:
          nav([['/', 'Classifica']], 'Classifica IA') +
          h1('Come ci finanziamo') +
          p(`Classifica IA vive di programmi di affiliazione. I pulsanti "Visita" contengono un codice che segnala che arrivi dal nostro sito; se ti abboni, l'azienda ci paga una percentuale. Non vendiamo nulla, non abbiamo moduli per caricare foto e non vediamo cosa fai sugli altri siti. Nessuna azienda può pagare per salire in classifica, nemmeno chi paga le commissioni più alte.`) +
          footer('© 2026 Classifica IA'),
      },
    ],
  },

  // 2 — pl listicle
  {
    host: 'najlepsze-aplikacje-ai.test', lang: 'pl', label: 'directory', shape: 'listicle', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: '7 najlepszych aplikacji AI do rozbierania zdjęć w 2026 | NajlepszeAplikacjeAI',
        head: metaDescription('Przetestowaliśmy najpopularniejsze aplikacje AI do rozbierania zdjęć w 2026. Ceny w złotówkach, darmowy okres próbny, wady i zalety.'),
        body:
          nav([['/', 'Top 7'], ['/face-swap-18', 'Face swap 18+'], ['/jak-testujemy', 'Jak testujemy'], ['/regulamin', 'Regulamin']], 'NajlepszeAplikacjeAI') +
          cookieBanner('Używamy plików cookie do statystyk i programów partnerskich.', 'Akceptuję', 'Odrzuć') +
          h1('7 najlepszych aplikacji AI do „rozbierania” zdjęć w 2026') +
          p(`Aktualizacja: maj 2026. Sprawdziliśmy ponad tuzin narzędzi i zostawiliśmy siedem, które naprawdę działają. Część linków to linki afiliacyjne — jeśli kupisz pakiet, dostaniemy prowizję, a Ty nie zapłacisz więcej.`) +
          h2('1. Rozbierz.ai — najlepsza ogólnie') +
          p(`Rozbierz.ai działa w przeglądarce i ma polski interfejs. Użytkownik wgrywa zdjęcie, wybiera tryb (bikini, bielizna lub pełny) i po ok. 15 sekundach dostaje wynik. Płatność BLIK przez pośrednika.`) +
          p(`✔ Szybka i po polsku · ✔ 3 darmowe kredyty · ✘ Znak wodny w darmowej wersji`) +
          p(`Cena: od 34,99 zł za 100 kredytów · ${ref('rozbierzai.test', 'ref=najlepszeai', 'Przejdź do strony')}`) +
          h2('2. Nuvella') +
          p(`Bez abonamentu, tylko pakiety kredytów. Bardzo czyste wyniki, ale wieczorem długa kolejka.`) +
          p(`Cena: ok. 30 zł · ${ref('nuvella.test', 'ref=najlepszeai', 'Przejdź do strony')}`) +
          h2('3. Exposa') +
          p(`Najszybsza na liście — poniżej dziesięciu sekund. Deklaruje usuwanie plików po 24 godzinach.`) +
          p(`Cena: od ok. 22 zł · ${ref('exposa.test', 'ref=najlepszeai', 'Przejdź do strony')}`) +
          h2('4. Stripfix') +
          p(`Stworzona pod telefon: APK na Androida, aplikacja webowa na iPhone'a i bot na Telegramie.`) +
          p(`Cena: VIP ok. 24 zł tygodniowo · ${ref('stripfix.test', 'ref=najlepszeai', 'Przejdź do strony')}`) +
          h2('5. Sheerly') +
          p(`Trzy darmowe zdjęcia dziennie ze znakiem wodnym; plan Pro usuwa znak i dodaje HD.`) +
          p(`Cena: ok. 52 zł/mies. · ${ref('sheerly.test', 'ref=najlepszeai', 'Przejdź do strony')}`) +
          h2('6. Dreamstrip') +
          p(`Tylko kryptowaluty, bez podawania adresu e-mail.`) +
          p(`Cena: od 9 USDT · ${ref('dreamstrip.test', 'ref=najlepszeai', 'Przejdź do strony')}`) +
          h2('7. Cloakoff') +
          p(`Darmowa, w niskiej rozdzielczości. Dobra, żeby zobaczyć, jak to działa, zanim zapłacisz.`) +
          p(ref('cloakoff.test', 'ref=najlepszeai', 'Przejdź do strony')) +
          p(`Uwaga: tworzenie i rozpowszechnianie takich zdjęć innej osoby bez jej zgody może być w Polsce przestępstwem.`) +
          footer('© 2026 NajlepszeAplikacjeAI — niezależne rankingi', [['/regulamin', 'Regulamin'], ['/jak-testujemy', 'Jak testujemy'], ['/face-swap-18', 'Face swap 18+']]),
      },
      {
        path: '/face-swap-18',
        title: 'Najlepsze aplikacje face swap 18+ | NajlepszeAplikacjeAI',
        body:
          nav([['/', 'Top 7'], ['/jak-testujemy', 'Jak testujemy']], 'NajlepszeAplikacjeAI') +
          h1('Face swap 18+: top 4') +
          p(`Te narzędzia wstawiają twarz ze zdjęcia do gotowego filmu lub obrazu, z bibliotekami szablonów dla dorosłych. Porównaliśmy liczbę szablonów, rozdzielczość eksportu i cenę za jeden film. Żadne nie ma prawdziwego darmowego okresu próbnego — najwyżej kilka kredytów na start.`) +
          ol(
            `Twarzomat — po polsku, 39 zł/mies. · ${ref('twarzomat.test', 'ref=najlepszeai', 'zobacz')} `,
            `Velvetcam — tryb na żywo i 4K · ${ref('velvetcam.test', 'ref=najlepszeai', 'zobacz')} `,
            `Faceheist — ponad 1200 szablonów · ${ref('faceheist.test', 'ref=najlepszeai', 'zobacz')} `,
            `Lookswap18 — najtańszy tygodniowo · ${ref('lookswap18.test', 'ref=najlepszeai', 'zobacz')} `,
          ) +
          footer('© 2026 NajlepszeAplikacjeAI'),
      },
      {
        path: '/jak-testujemy',
        title: 'Jak testujemy | NajlepszeAplikacjeAI',
        body:
          nav([['/', 'Top 7']], 'NajlepszeAplikacjeAI') +
          h1('Jak testujemy') +
          p(`Każde narzędzie testuje dwóch redaktorów przez co najmniej dwa tygodnie, na koncie opłaconym przez nas. Używamy licencjonowanych zdjęć stockowych, żeby porównać wyniki, mierzymy czas generowania i sprawdzamy, jak łatwo anulować subskrypcję.`, `Żadna firma nie może zapłacić za wyższe miejsce. Prowizje z programów partnerskich utrzymują stronę, ale kolejność ustalamy, zanim sprawdzimy, ile płaci dany program. Ranking aktualizujemy co miesiąc, a ceny co tydzień.`) +
          footer('© 2026 NajlepszeAplikacjeAI'),
      },
      {
        path: '/regulamin',
        title: 'Regulamin | NajlepszeAplikacjeAI',
        body:
          nav([['/', 'Top 7']], 'NajlepszeAplikacjeAI') +
          h1('Regulamin i nota prawna') +
          p(`NajlepszeAplikacjeAI to serwis redakcyjny z porównaniami. Nie sprzedajemy żadnych usług, nie przechowujemy zdjęć i nie mamy związku z twórcami narzędzi poza programami partnerskimi. Linki zewnętrzne prowadzą do stron osób trzecich, za których treść nie odpowiadamy. Serwis tylko dla osób pełnoletnich. Kontakt: redakcja@najlepsze-aplikacje-ai.test. Ceny w złotówkach są przybliżone, bo wiele serwisów rozlicza się w dolarach lub euro, a ostateczna kwota zależy od kursu i opłat Twojego banku. Odpowiadamy na wiadomości w ciągu trzech dni roboczych.`) +
          footer('© 2026 NajlepszeAplikacjeAI'),
      },
    ],
  },

  // 3 — pl single-review
  {
    host: 'recenzja-uczciwa.test', lang: 'pl', label: 'directory', shape: 'single-review', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Czy Rozbierz.ai jest bezpieczne? Czy to oszustwo? Nasza uczciwa recenzja (2026)',
        head:
          metaDescription('Recenzja Rozbierz.ai: czy jest bezpieczne, czy to legalna firma, ile kosztuje? Funkcje, cennik i werdykt po trzech tygodniach testów.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'Review', inLanguage: 'pl', itemReviewed: { '@type': 'WebApplication', name: 'Rozbierz.ai', url: 'https://rozbierzai.test/' }, reviewRating: { '@type': 'Rating', ratingValue: '3.4', bestRating: '5' }, author: { '@type': 'Organization', name: 'Recenzja Uczciwa' } }),
        body:
          nav([['/', 'Recenzja'], ['/rozbierz-ai/cennik', 'Cennik'], ['/rozbierz-ai/opinie', 'Opinie'], ['/o-nas', 'O nas']], 'Recenzja Uczciwa') +
          h1('Czy Rozbierz.ai jest bezpieczne? Nasza recenzja') +
          p(`Ocena: ${gw(3.4)} 3,4 / 5 · sprawdzone 6 maja 2026`) +
          p(`Rozbierz.ai reklamuje się jako „AI do rozbierania zdjęć po polsku” i dostajemy o nie mnóstwo pytań: czy to oszustwo, czy można bezpiecznie zapłacić, co się dzieje ze zdjęciami? Testowaliśmy serwis przez trzy tygodnie, płacąc własną kartą.`) +
          h2('Czym jest Rozbierz.ai?') +
          p(`Rozbierz.ai to strona AI, która generuje „rozebraną” wersję wgranego przez użytkownika zdjęcia. Ma trzy tryby (bikini, bielizna, pełny), prywatną galerię i bota na Telegramie korzystającego z tych samych kredytów. Płaci się pakietami kredytów albo abonamentem miesięcznym.`) +
          h2('Najważniejsze funkcje') +
          ul('Polski interfejs i obsługa klienta ', '3 darmowe kredyty po rejestracji ', 'HD do 2048 px w planie Pro ', 'Bot na Telegramie ', 'Płatność kartą, BLIK przez pośrednika lub krypto ') +
          h2('Czy to oszustwo?') +
          p(`Nie — zapłaciliśmy i kredyty pojawiły się od razu. Firma nie podaje jednak adresu ani numeru NIP, regulamin podlega prawu kraju spoza UE, a po wykorzystaniu kredytów nie ma zwrotów. Na wyciągu z karty widnieje nazwa innej firmy.`) +
          h2('Czy jest bezpieczne?') +
          p(`Płatności obsługuje zewnętrzny operator. Według polityki prywatności zdjęcia są przechowywane 14 dni. Nie wgrywaj niczego prywatnego i nigdy zdjęć innych osób bez ich zgody — to nie tylko krzywdzące, ale i karalne.`) +
          h2('Werdykt') +
          p(`Serwis robi to, co obiecuje, ale przejrzystość pozostawia wiele do życzenia. 3,4 na 5.`) +
          p(ref('rozbierzai.test', 'ref=recenzjauczciwa&utm_medium=recenzja', 'Przejdź do Rozbierz.ai (link afiliacyjny)')) +
          footer('© 2026 Recenzja Uczciwa — nic nie sprzedajemy i nie jesteśmy powiązani z Rozbierz.ai poza programem partnerskim.', [['/o-nas', 'O nas'], ['/rozbierz-ai/cennik', 'Cennik']]),
      },
      {
        path: '/rozbierz-ai/cennik',
        title: 'Cennik Rozbierz.ai 2026 | Recenzja Uczciwa',
        body:
          nav([['/', 'Recenzja'], ['/rozbierz-ai/opinie', 'Opinie']], 'Recenzja Uczciwa') +
          h1('Ile kosztuje Rozbierz.ai?') +
          p(`Poniżej ceny, które widzieliśmy na stronie Rozbierz.ai w trakcie testu. Abonament odnawia się automatycznie; anulować można w menu „Konto”, w zakładce „Płatności”. Pakiety kredytów nie wygasają. Jeden obraz w standardowej jakości kosztuje 1 kredyt, obraz HD — 2 kredyty, a bot na Telegramie korzysta z tego samego salda co strona. Ceny w złotówkach mogą się nieco różnić, bo część płatności jest przeliczana z dolarów.`) +
          priceTable(['Plan', 'Cena', 'Zawiera'], [['Darmowy', '0 zł', '3 kredyty, znak wodny'], ['Pakiet', '34,99 zł', '100 kredytów'], ['Pro miesięczny', '69 zł', '400 kredytów HD'], ['Pro roczny', '499 zł', '400 kredytów HD/mies.']]) +
          p(ref('rozbierzai.test', 'ref=recenzjauczciwa&page=cennik', 'Aktualny cennik na Rozbierz.ai')) +
          footer('© 2026 Recenzja Uczciwa'),
      },
      {
        path: '/rozbierz-ai/opinie',
        title: 'Opinie użytkowników o Rozbierz.ai | Recenzja Uczciwa',
        body:
          nav([['/', 'Recenzja'], ['/rozbierz-ai/cennik', 'Cennik']], 'Recenzja Uczciwa') +
          h1('Co mówią użytkownicy') +
          blockquote('„Działa, ale na wyciągu była inna nazwa firmy i myślałem, że ktoś ukradł mi kartę.”', ' — 2/5') +
          blockquote('„Szybko i po polsku, bot na Telegramie ratuje, kiedy strona leży.”', ' — 4/5') +
          blockquote('„Nie mogłem znaleźć, jak anulować abonament.”', ' — 1/5') +
          p(`Najczęstsze skargi dotyczą nazwy firmy na wyciągu i automatycznego odnawiania. Nie znaleźliśmy zgłoszeń o wycieku danych kart. Opinie zbieramy od czytelników przez formularz; nie możemy sprawdzić, czy każda z nich jest prawdziwa.`) +
          footer('© 2026 Recenzja Uczciwa'),
      },
      {
        path: '/o-nas',
        title: 'O nas | Recenzja Uczciwa',
        body:
          nav([['/', 'Recenzja']], 'Recenzja Uczciwa') +
          h1('O nas') +
          p(`Recenzja Uczciwa ocenia strony i aplikacje, o które pytają czytelnicy. Za każdą testowaną usługę płacimy sami i nie przyjmujemy darmowych kont. Niektóre recenzje zawierają linki afiliacyjne, zawsze oznaczone; nie wpływają one na ocenę. Nie jesteśmy właścicielami ani sprzedawcami żadnej z recenzowanych usług. Znalazłeś błąd? Napisz do nas, a poprawimy go najszybciej, jak się da. Redakcja odpowiada zwykle w ciągu dwóch dni roboczych.`) +
          footer('© 2026 Recenzja Uczciwa'),
      },
    ],
  },

  // 4 — pl alternatives
  {
    host: 'alternatywy-ai.test', lang: 'pl', label: 'directory', shape: 'alternatives', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Alternatywy dla Lookswap18: 5 podobnych aplikacji face swap (2026) | AlternatywyAI',
        head: metaDescription('Lookswap18 nie działa albo jest za wolny? 5 alternatyw dla Lookswap18 do face swap z szablonami 18+, porównanych pod kątem ceny i jakości.'),
        body:
          nav([['/', 'Alternatywy dla Lookswap18'], ['/czym-jest-lookswap18', 'Czym jest Lookswap18'], ['/porownanie/twarzomat-vs-faceheist', 'Twarzomat vs Faceheist'], ['/kontakt', 'Kontakt']], 'AlternatywyAI') +
          h1('Alternatywy dla Lookswap18: 5 podobnych narzędzi') +
          p(`Lookswap18 jest tani i ma ogromną bibliotekę szablonów dla dorosłych, ale od kilku miesięcy renderowanie wieczorem trwa wieczność, a filmy wciąż kończą się na 720p. Przetestowaliśmy pięć narzędzi, które robią to samo: biorą twarz ze zdjęcia i wstawiają ją do filmu lub obrazu. W skrócie: Twarzomat to najlepszy wybór po polsku, a Deepcandor daje najlepszą jakość.`) +
          priceTable(['Narzędzie', 'Za darmo', 'Najtańszy plan', 'Wideo', 'Po polsku'], [
            ['Twarzomat', '2 filmy', '39 zł/mies.', '1080p', 'Tak'],
            ['Faceheist', '3 kredyty', 'ok. 45 zł/mies.', '1080p', 'Nie'],
            ['Velvetcam', 'Nie', 'ok. 21 zł/tydz.', '4K', 'Nie'],
            ['Swapluxe', 'Nie', 'ok. 52 zł (pakiet)', '1080p', 'Nie'],
            ['Deepcandor', 'Nie', 'ok. 4,50 zł za film', '4K', 'Nie'],
          ]) +
          h2('1. Twarzomat') +
          p(`Polski serwis z polską obsługą i płatnością BLIK przez pośrednika. Biblioteka jest mniejsza (ok. 350 szablonów), ale rośnie co tydzień. ${ref('twarzomat.test', 'ref=alternatywyai', 'Zobacz Twarzomat')}`) +
          h2('2. Faceheist') +
          p(`Największa biblioteka poza Lookswap18 i możliwość wgrania własnego klipu do 60 sekund. Tylko po angielsku. ${ref('faceheist.test', 'ref=alternatywyai', 'Zobacz Faceheist')}`) +
          h2('3. Velvetcam') +
          p(`Oprócz filmów ma tryb na żywo z kamerką i eksport w 4K. Droższy, ale najbardziej rozbudowany. ${ref('velvetcam.test', 'ref=alternatywyai', 'Zobacz Velvetcam')}`) +
          h2('4. Swapluxe') +
          p(`Bez abonamentu — kupujesz pakiety filmów. Dobre dla osób, które używają narzędzia rzadko. ${ref('swapluxe.test', 'ref=alternatywyai', 'Zobacz Swapluxe')}`) +
          h2('5. Deepcandor') +
          p(`Najlepsza jakość w teście, 4K, ale płatność za każdy film szybko się sumuje. ${ref('deepcandor.test', 'ref=alternatywyai', 'Zobacz Deepcandor')}`) +
          p(`<small>AlternatywyAI otrzymuje prowizję z niektórych linków. Nie oferujemy żadnej z tych usług.</small>`) +
          footer('© 2026 AlternatywyAI', [['/kontakt', 'Kontakt'], ['/czym-jest-lookswap18', 'Czym jest Lookswap18'], ['/polityka-prywatnosci', 'Prywatność']]),
      },
      {
        path: '/czym-jest-lookswap18',
        title: 'Czym jest Lookswap18? | AlternatywyAI',
        body:
          nav([['/', 'Alternatywy dla Lookswap18'], ['/kontakt', 'Kontakt']], 'AlternatywyAI') +
          h1('Czym jest Lookswap18?') +
          p(`Lookswap18 to serwis face swap z ponad dwoma tysiącami szablonów dla dorosłych. Użytkownik wgrywa zdjęcie twarzy, wybiera szablon, a serwis generuje film lub obraz. Płaci się tygodniowym VIP-em (ok. 16 zł) i dostaje pięć darmowych zamian dziennie.`, `Najczęstsze skargi to długie kolejki wieczorem, rozdzielczość ograniczona do 720p i brak polskiej wersji. Jeśli mimo to chcesz z niego korzystać: ${ref('lookswap18.test', 'ref=alternatywyai&src=opis', 'lookswap18.test')}.`) +
          footer('© 2026 AlternatywyAI'),
      },
      {
        path: '/porownanie/twarzomat-vs-faceheist',
        title: 'Twarzomat vs Faceheist — co wybrać? | AlternatywyAI',
        body:
          nav([['/', 'Alternatywy dla Lookswap18']], 'AlternatywyAI') +
          h1('Twarzomat vs Faceheist') +
          p(`Dwie najczęściej polecane alternatywy dla Lookswap18. Faceheist wygrywa biblioteką i narzędziami, Twarzomat — językiem, płatnością BLIK i polską obsługą. Jakość obrazu jest podobna: oba eksportują w 1080p, a 15-sekundowy klip renderuje się w około dwie minuty. Jeśli zależy Ci na wyborze szablonów, wybierz Faceheist; jeśli na polskiej obsłudze i prostych płatnościach — Twarzomat. Oba odnawiają abonament automatycznie, więc pamiętaj o anulowaniu.`) +
          priceTable(['', 'Twarzomat', 'Faceheist'], [['Szablony', '≈350', '1200+'], ['Własny klip', 'Tak, 30 s', 'Tak, 60 s'], ['Płatność', 'BLIK, karta', 'Karta, krypto'], ['Język', 'Polski', 'Angielski']]) +
          p(`${ref('twarzomat.test', 'ref=alternatywyai&cmp=1', 'Twarzomat')} · ${ref('faceheist.test', 'ref=alternatywyai&cmp=1', 'Faceheist')}`) +
          footer('© 2026 AlternatywyAI'),
      },
      {
        path: '/kontakt',
        title: 'Kontakt | AlternatywyAI',
        body:
          nav([['/', 'Alternatywy dla Lookswap18']], 'AlternatywyAI') +
          h1('Kontakt') +
          p(`Znasz alternatywę, której brakuje na liście, albo zauważyłeś zmianę ceny? Napisz do nas. Każdą propozycję testujemy, zanim ją dodamy. Pamiętaj, że nie jesteśmy obsługą klienta żadnej z tych aplikacji: w sprawie płatności, anulowania lub zwrotów skontaktuj się bezpośrednio z firmą albo ze swoim bankiem. Odpowiadamy w ciągu kilku dni. Twórcy aplikacji mogą zgłosić swoje narzędzie, ale nie przyjmujemy opłat za miejsce na liście.`) +
          textForm('Twoja wiadomość', 'Wyślij', '/kontakt/wyslij') +
          footer('© 2026 AlternatywyAI'),
      },
      {
        path: '/polityka-prywatnosci',
        title: 'Polityka prywatności | AlternatywyAI',
        body:
          nav([['/', 'Alternatywy dla Lookswap18']], 'AlternatywyAI') +
          h1('Polityka prywatności') +
          p(`AlternatywyAI nie prowadzi kont użytkowników i nie ma żadnej funkcji wgrywania zdjęć. Zbieramy wyłącznie anonimowe statystyki odwiedzin, a jeśli do nas napiszesz — treść wiadomości, którą przechowujemy maksymalnie dwanaście miesięcy.`, `Linki do narzędzi zawierają kod partnerski. Po kliknięciu strona docelowa może zapisać własne pliki cookie i od tej chwili obowiązuje jej polityka prywatności, a nie nasza. Prośby o usunięcie danych wysyłaj na adres prywatnosc@alternatywy-ai.test.`) +
          footer('© 2026 AlternatywyAI'),
      },
    ],
  },

  // 5 — pl telegram-list
  {
    host: 'boty-telegram-ai.test', lang: 'pl', label: 'directory', shape: 'telegram-list', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Boty Telegram AI do rozbierania zdjęć i face swap — lista 2026 | BotyTelegramAI',
        body:
          nav([['/', 'Boty'], ['/kanaly', 'Kanały'], ['/nowe', 'Nowe'], ['/faq', 'FAQ']], 'BotyTelegramAI') +
          h1('Lista botów Telegram AI, które wciąż działają') +
          p(`Telegram regularnie banuje takie boty, więc sprawdzamy każdy link w poniedziałki i czwartki. Prawie wszystkie działają tak samo: uruchamiasz bota, wysyłasz zdjęcie i płacisz Telegram Stars albo krypto za kredyty. Liczba członków to liczba subskrybentów oficjalnego kanału danego bota.`) +
          h2('Boty do rozbierania zdjęć') +
          ul(
            `${tgl('rozbierzai_bot')} — po polsku, 2 darmowe próby · 12,9k członków `,
            `${tgl('stripfix_bot')} — szybki, płatność Stars · 52,4k członków `,
            `${tgl('nuvella_de_bot')} — wielojęzyczne menu · 11,2k członków `,
            `${tgl('nagifoto_pl_bot')} — nowy, bardzo tani · 2,7k członków `,
          ) +
          h2('Boty face swap 18+') +
          ul(
            `${tgl('twarzomat_bot')} — polski, filmy 1080p · 4,8k członków `,
            `${tgl('lookswap18_bot')} — 2000 szablonów · 44,7k członków `,
            `${tgl('velvetcam_swap_bot')} — wersja bota Velvetcam · 15,3k członków `,
          ) +
          p(`❌ Niedziałające w tym tygodniu: @rozbieracz_bot (zbanowany), @zamientwarz_bot (przeniesiony, nowy link w zakładce Kanały).`) +
          p(`BotyTelegramAI nie ma żadnego związku z tymi botami i nigdy nie dostaje Twoich zdjęć. Jesteśmy tylko listą. Boty naruszające zasady zgłaszaj bezpośrednio do Telegrama.`) +
          faq('Szybkie pytania', [
            ['Czy boty są darmowe?', 'Prawie wszystkie dają od jednej do trzech prób, potem sprzedają kredyty albo tygodniowy dostęp.'],
            ['Link się nie otwiera', 'Bot został zbanowany. Zajrzyj do zakładki Kanały — twórca zwykle publikuje nowy link w ciągu kilku godzin.'],
          ]) +
          footer('BotyTelegramAI © 2026 · niezwiązane z Telegramem', [['/kanaly', 'Kanały'], ['/faq', 'FAQ'], ['/nowe', 'Nowe']]),
      },
      {
        path: '/kanaly',
        title: 'Kanały Telegram z nowymi linkami | BotyTelegramAI',
        body:
          nav([['/', 'Boty'], ['/nowe', 'Nowe']], 'BotyTelegramAI') +
          h1('Kanały, dzięki którym nie zgubisz bota') +
          p(`Kiedy bot zostaje zbanowany, jego twórca publikuje nowy link na swoim kanale, zwykle w ciągu kilku godzin. Obserwowanie tych kanałów to najprostszy sposób, żeby nie stracić już opłaconych kredytów. Liczby pochodzą z ostatniego sprawdzenia.`) +
          ul(`${tgl('boty_ai_polska')} — zapasowe linki do 10 botów · 6,4k członków `, `${tgl('rozbierzai_oficjalny')} — oficjalny kanał Rozbierz.ai · 5,2k członków `, `${tgl('undressbots_backup')} — po angielsku · 63k członków `) +
          footer('BotyTelegramAI © 2026'),
      },
      {
        path: '/nowe',
        title: 'Nowo dodane boty | BotyTelegramAI',
        body:
          nav([['/', 'Boty'], ['/kanaly', 'Kanały']], 'BotyTelegramAI') +
          h1('Nowo dodane') +
          ul(`9 maja — ${tgl('nagifoto_pl_bot')} — rozbieranie, 1 darmowa próba `, `1 maja — ${tgl('twarzomat_bot')} — face swap, 2 darmowe filmy `, `24 kwietnia — ${tgl('rozbierzai_bot')} — wersja bota Rozbierz.ai `) +
          p(`Nowe boty dodajemy po sprawdzeniu, czy się uruchamiają i czy działa menu. Nie wysyłamy zdjęć, żeby je testować. Chcesz zgłosić bota? Napisz na kanale @boty_ai_polska. Nie dodajemy botów, które żądają zapłaty przed jakąkolwiek próbą. Dodanie do listy jest bezpłatne.`) +
          footer('BotyTelegramAI © 2026'),
      },
      {
        path: '/faq',
        title: 'FAQ | BotyTelegramAI',
        body:
          nav([['/', 'Boty']], 'BotyTelegramAI') +
          faq('Najczęstsze pytania', [
            ['Czy BotyTelegramAI to bot?', 'Nie. To strona z linkami. Każdy link otwiera Telegram.'],
            ['Jak liczycie członków?', 'Bierzemy publiczną liczbę subskrybentów oficjalnego kanału bota z dnia sprawdzenia.'],
            ['Czy boty wam płacą?', 'Niektóre płacą za stałe miejsce na górze, oznaczone jako „sponsorowane”. Reszta jest ułożona według liczby członków.'],
            ['Jak usunąć moje zdjęcie z bota?', 'Nie prowadzimy żadnego bota. Skontaktuj się z twórcą, zgłoś bota do Telegrama, a w razie potrzeby zawiadom policję — rozpowszechnianie takich zdjęć bez zgody jest przestępstwem.'],
          ]) +
          footer('BotyTelegramAI © 2026'),
      },
    ],
  },

  // 6 — ja listicle
  {
    host: 'ai-osusume-navi.test', lang: 'ja', label: 'directory', shape: 'listicle', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: '【2026年最新】AI脱衣アプリおすすめ7選！無料で使えるツールも徹底比較 | AIおすすめナビ',
        head: metaDescription('2026年版のAI脱衣アプリおすすめ7選。料金、無料お試し、メリット・デメリットを実際に使って比較しました。'),
        body:
          nav([['/', 'おすすめ7選'], ['/faceswap-18', '顔交換18+'], ['/hikaku-houhou', '比較方法'], ['/unei', '運営者情報']], 'AIおすすめナビ') +
          cookieBanner('当サイトはアクセス解析とアフィリエイトのためにCookieを使用しています。', '同意する', '拒否する') +
          p('※本記事はPRを含みます') +
          h1('【2026年最新】AI脱衣アプリおすすめ7選') +
          p(`最終更新：2026年5月。話題のAI脱衣アプリを15個以上実際に試し、ちゃんと使えた7つだけを厳選しました。料金、無料クレジットの有無、日本語対応、良かった点・気になった点をまとめています。リンクの一部はアフィリエイトリンクで、経由して購入されると当サイトに報酬が入りますが、お客様の支払額は変わりません。`) +
          h2('1位 Nugeru（ヌゲル）— 総合おすすめ') +
          p(`Nugeruはブラウザで使えるAIツールで、日本語に完全対応しています。写真をアップロードしてモード（水着・下着・フル）を選ぶと、約15秒で結果が表示されます。Telegramボット版もあり、同じクレジットが使えます。`) +
          p(`◎ 日本語対応で分かりやすい ／ ◎ 登録で3クレジット無料 ／ △ 無料版は透かし入り`) +
          p(`料金：100クレジット 1,480円〜 ・ ${ref('nugeru.test', 'ref=osusumenavi', '公式サイトを見る')}`) +
          h2('2位 Nuvella') +
          p(`サブスクなしのクレジット制。仕上がりはきれいですが、夜は待ち時間が長めです。料金：約1,200円〜 ・ ${ref('nuvella.test', 'ref=osusumenavi', '公式サイトを見る')}`) +
          h2('3位 Exposa') +
          p(`今回試した中で最速。1枚10秒以内で、アップロードした画像は24時間で削除されるとのこと。料金：約800円〜 ・ ${ref('exposa.test', 'ref=osusumenavi', '公式サイトを見る')}`) +
          h2('4位 Sheerly') +
          p(`1日3枚まで無料（透かしあり）。Proにすると透かしが消えてHD出力に対応します。月額約1,900円 ・ ${ref('sheerly.test', 'ref=osusumenavi', '公式サイトを見る')}`) +
          h2('5位 Stripfix') +
          p(`スマホ向け。AndroidはAPK、iPhoneはWebアプリとして使えます。VIP週額約900円 ・ ${ref('stripfix.test', 'ref=osusumenavi', '公式サイトを見る')}`) +
          h2('6位 Clothra') +
          p(`9種類のスタイルとHD出力。ただし無料お試しはありません。月額約2,600円 ・ ${ref('clothra.test', 'ref=osusumenavi', '公式サイトを見る')}`) +
          h2('7位 Cloakoff') +
          p(`完全無料ですが低解像度。まずは仕組みを知りたい人向けです。 ${ref('cloakoff.test', 'ref=osusumenavi', '公式サイトを見る')}`) +
          p(`【注意】他人の写真を本人の同意なく加工・公開する行為は、名誉毀損などの犯罪になる可能性があります。必ずご自身の写真か、許可を得た写真だけを使ってください。`) +
          footer('© 2026 AIおすすめナビ', [['/unei', '運営者情報'], ['/hikaku-houhou', '比較方法'], ['/privacy', 'プライバシーポリシー']]),
      },
      {
        path: '/faceswap-18',
        title: '顔交換（フェイススワップ）18+ツールおすすめ4選 | AIおすすめナビ',
        body:
          nav([['/', 'おすすめ7選'], ['/hikaku-houhou', '比較方法']], 'AIおすすめナビ') +
          h1('顔交換18+ツールおすすめ4選') +
          p(`写真の顔を既存の動画や画像に合成できるツールを比較しました。成人向けテンプレートの数、書き出し画質（720p・1080p・4K）、動画1本あたりの料金をチェックしています。どのツールも本格的な無料体験はなく、数クレジットのお試しがある程度です。`) +
          ol(
            `Kaogae（カオガエ）— 日本語対応、月額1,980円 ・ ${ref('kaogae.test', 'ref=osusumenavi', '見る')} `,
            `Velvetcam — ライブモードと4K対応 ・ ${ref('velvetcam.test', 'ref=osusumenavi', '見る')} `,
            `Faceheist — テンプレート1,200種以上 ・ ${ref('faceheist.test', 'ref=osusumenavi', '見る')} `,
            `Lookswap18 — 週額が一番安い ・ ${ref('lookswap18.test', 'ref=osusumenavi', '見る')} `,
          ) +
          footer('© 2026 AIおすすめナビ'),
      },
      {
        path: '/hikaku-houhou',
        title: '比較方法について | AIおすすめナビ',
        body:
          nav([['/', 'おすすめ7選']], 'AIおすすめナビ') +
          h1('比較方法について') +
          p(`各ツールは編集部の2名が、自腹で契約したアカウントで最低2週間使って評価しています。結果を公平に比べるため、ライセンス取得済みのストック写真を使い、生成にかかる時間や解約のしやすさも確認しています。`, `順位をお金で買うことはできません。アフィリエイト報酬はサイト運営費に充てていますが、順位は各社の報酬条件を見る前に決めています。`) +
          footer('© 2026 AIおすすめナビ'),
      },
      {
        path: '/unei',
        title: '運営者情報 | AIおすすめナビ',
        body:
          nav([['/', 'おすすめ7選']], 'AIおすすめナビ') +
          h1('運営者情報') +
          p(`AIおすすめナビは、AI画像ツールを比較・紹介する個人運営のメディアです。当サイトで紹介しているサービスの開発・販売は一切行っておらず、画像のアップロード機能もありません。掲載内容は執筆時点の情報で、料金などは変更される場合があります。お問い合わせ：info@ai-osusume-navi.test。当サイトは18歳以上の方を対象としています。`) +
          footer('© 2026 AIおすすめナビ'),
      },
      {
        path: '/privacy',
        title: 'プライバシーポリシー | AIおすすめナビ',
        body:
          nav([['/', 'おすすめ7選']], 'AIおすすめナビ') +
          h1('プライバシーポリシー') +
          p(`当サイトには会員登録や画像アップロードの機能はなく、訪問者の写真を受け取ることはありません。アクセス解析のために匿名の統計情報を取得しています。`, `紹介しているツールへのリンクにはアフィリエイト用のコードが含まれています。リンクをクリックすると、リンク先のサイトが独自のCookieを保存することがあり、その時点からリンク先のプライバシーポリシーが適用されます。お問い合わせ内容は最長12か月保存し、ご依頼があれば削除します。`) +
          footer('© 2026 AIおすすめナビ'),
      },
    ],
  },

  // 7 — ja single-review
  {
    host: 'kuchikomi-ai.test', lang: 'ja', label: 'directory', shape: 'single-review', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Nugeru（ヌゲル）は安全？怪しい？評判・口コミと料金を徹底レビュー【2026】',
        head:
          metaDescription('Nugeruは安全？詐欺じゃない？実際に課金して3週間使った正直なレビュー。機能、料金、安全性、口コミをまとめました。') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'Review', inLanguage: 'ja', itemReviewed: { '@type': 'WebApplication', name: 'Nugeru', url: 'https://nugeru.test/' }, reviewRating: { '@type': 'Rating', ratingValue: '3.7', bestRating: '5' }, author: { '@type': 'Organization', name: '口コミAI' } }) +
          jsonLd({ '@context': 'https://schema.org', '@type': 'AggregateRating', itemReviewed: { '@type': 'WebApplication', name: 'Nugeru' }, ratingValue: '3.5', ratingCount: '187' }),
        body:
          nav([['/', 'レビュー'], ['/nugeru/ryoukin', '料金'], ['/nugeru/kuchikomi', '口コミ'], ['/about', '当サイトについて']], '口コミAI') +
          h1('Nugeru（ヌゲル）は安全？怪しい？正直レビュー') +
          p(`評価：${gw(3.7)} 3.7 / 5 ・ 読者の口コミ187件 ・ 2026年5月8日確認`) +
          p(`SNS広告でよく見かけるNugeru。「怪しくない？」「課金しても大丈夫？」という質問が多いので、編集部が実際にアカウントを作り、自分のカードで課金して3週間使ってみました。`) +
          h2('Nugeruとは？') +
          p(`Nugeruは、ユーザーがアップロードした写真から「服を脱がせた」画像をAIで生成するWebサービスです。水着・下着・フルの3モード、非公開ギャラリー、同じクレジットで使えるTelegramボットがあります。料金はクレジットパックか月額プランです。`) +
          h2('主な機能') +
          ul('日本語UIと日本語サポート ', '登録で3クレジット無料 ', 'Proプランで最大2048pxのHD出力 ', 'Telegramボット付き ', 'クレジットカード（決済代行経由）・仮想通貨に対応 ') +
          h2('詐欺？それとも本物？') +
          p(`詐欺ではありません。課金するとすぐにクレジットが反映され、宣伝どおりに動きました。ただし運営会社の住所や特定商取引法の表記がなく、利用規約は海外の法律に準拠、使ったクレジットの返金は不可です。カード明細には別の会社名が表示されます。`) +
          h2('安全性は？') +
          p(`決済は外部の決済代行会社が処理します。プライバシーポリシーによると、アップロード画像は14日間保存されます。個人的な写真はアップロードしないこと、そして他人の写真を本人の同意なく使わないことを強くおすすめします。相手を深く傷つけるだけでなく、犯罪になる可能性があります。`) +
          h2('結論') +
          p(`機能は宣伝どおりで日本語対応も丁寧ですが、運営の透明性には不安が残ります。総合3.7点。`) +
          p(ref('nugeru.test', 'ref=kuchikomiai&utm_medium=review', 'Nugeru公式サイトへ（アフィリエイトリンク）')) +
          footer('© 2026 口コミAI — 当サイトは何も販売しておらず、アフィリエイト以外でNugeruとの関係はありません。', [['/about', '当サイトについて'], ['/nugeru/ryoukin', '料金']]),
      },
      {
        path: '/nugeru/ryoukin',
        title: 'Nugeruの料金プラン【2026年】| 口コミAI',
        body:
          nav([['/', 'レビュー'], ['/nugeru/kuchikomi', '口コミ']], '口コミAI') +
          h1('Nugeruの料金はいくら？') +
          p(`テスト期間中にNugeruの公式サイトで表示されていた料金です。月額プランは自動更新で、解約は「アカウント」→「お支払い」から行えます。クレジットパックには有効期限がありません。為替によって円での請求額が変わることがあります。`) +
          priceTable(['プラン', '料金', '内容'], [['無料', '0円', '3クレジット（透かし入り）'], ['パック', '1,480円', '100クレジット'], ['Pro月額', '2,980円', 'HD 400クレジット'], ['Pro年額', '21,800円', '毎月HD 400クレジット']]) +
          p(ref('nugeru.test', 'ref=kuchikomiai&page=ryoukin', 'Nugeruの最新料金を見る')) +
          footer('© 2026 口コミAI'),
      },
      {
        path: '/nugeru/kuchikomi',
        title: 'Nugeruの評判・口コミ | 口コミAI',
        body:
          nav([['/', 'レビュー'], ['/nugeru/ryoukin', '料金']], '口コミAI') +
          h1('Nugeruの口コミ・評判') +
          blockquote('「普通に使えるけど、カード明細の会社名が違っていて不正利用かと思って焦った」', ' — ★2') +
          blockquote('「日本語で分かりやすい。サイトが落ちてもTelegramボットで使えるのが便利」', ' — ★4') +
          blockquote('「解約方法がなかなか見つからなかった」', ' — ★1') +
          p(`多かったのは、カード明細の表示名と自動更新に関する不満です。カード情報の流出についての報告は見つかりませんでした。`) +
          footer('© 2026 口コミAI'),
      },
      {
        path: '/about',
        title: '当サイトについて | 口コミAI',
        body:
          nav([['/', 'レビュー']], '口コミAI') +
          h1('当サイトについて') +
          p(`口コミAIは、読者から質問の多いWebサービスやアプリを実際に使ってレビューするサイトです。すべて自費で契約し、無料アカウントの提供は受けていません。一部のレビューにはアフィリエイトリンクを含みますが、必ず明記しており、評価には影響しません。紹介しているサービスの運営・販売は行っていません。誤りを見つけたらお知らせください。`) +
          footer('© 2026 口コミAI'),
      },
    ],
  },

  // 8 — ja ranking, app shell
  {
    host: 'ai-ranking-jp.test', lang: 'ja', label: 'directory', shape: 'ranking', author: AUTHOR,
    pages: [
      {
        path: '/',
        jsOnly: true,
        title: 'AI脱衣・ディープフェイクツール ランキング【2026年5月】点数と星で比較 | AIランキングJP',
        head:
          metaDescription('AI脱衣ツールとディープフェイク（顔交換）ツールを10点満点で採点したランキング。編集部のおすすめ、料金、星評価を毎月更新。') +
          jsonLd({
            '@context': 'https://schema.org',
            '@type': 'ItemList',
            name: 'AI脱衣・ディープフェイクツール ランキング 2026年5月',
            itemListElement: ['Nugeru', 'Kaogae', 'Nuvella', 'Velvetcam', 'Exposa', 'Sheerly'].map((name, i) => ({ '@type': 'ListItem', position: i + 1, name, url: `https://${name.toLowerCase()}.test/` })),
          }),
        body:
          nav([['/', 'ランキング'], ['/deepfake', 'ディープフェイク部門'], ['/saiten-kijun', '採点基準'], ['/pr', '広告について']], 'AIランキングJP') +
          h1('AI脱衣・ディープフェイクツール ランキング（2026年5月）') +
          p(`画質・速さ・料金・プライバシーの4項目で各ツールを10点満点で採点しています。毎月初めに、同じライセンス済みストック写真で全ツールを再テストしています。「公式サイト」ボタンから各ツールのページに移動できます。`) +
          priceTable(['順位', 'ツール', '種類', '星', '点数', '料金', ''], [
            ['1', 'Nugeru 👑 <b>編集部のおすすめ</b>', '脱衣', gw(4.6), '9.1', '1,480円〜', ref('nugeru.test', 'ref=airankingjp', '公式サイト')],
            ['2', 'Kaogae', '顔交換18+', gw(4.4), '8.8', '月額1,980円', ref('kaogae.test', 'ref=airankingjp', '公式サイト')],
            ['3', 'Nuvella', '脱衣', gw(4.3), '8.6', '約1,200円〜', ref('nuvella.test', 'ref=airankingjp', '公式サイト')],
            ['4', 'Velvetcam', '顔交換ライブ', gw(4.0), '8.1', '週額約800円', ref('velvetcam.test', 'ref=airankingjp', '公式サイト')],
            ['5', 'Exposa', '脱衣', gw(3.9), '7.8', '約800円〜', ref('exposa.test', 'ref=airankingjp', '公式サイト')],
            ['6', 'Sheerly', '脱衣', gw(3.6), '7.3', '月額約1,900円', ref('sheerly.test', 'ref=airankingjp', '公式サイト')],
          ]) +
          h2('Nugeruが1位の理由') +
          p(`日本語UI・日本語サポート・円建てのパックがそろっているのはNugeruだけでした。ブラインドテストでも仕上がりが最も安定していました。一方で、運営会社の情報が少ない点は減点しています。`) +
          h2('今月の変動') +
          p(`Kaogaeは4K書き出しに対応して2つ順位を上げました。Sheerlyは無料枠の透かしが大きくなったため、1つ順位を下げています。`) +
          p(`【広告について】当ランキングの「公式サイト」ボタンはアフィリエイトリンクです。ボタン経由で契約されると、各社から当サイトに紹介料が支払われます。点数は報酬額とは関係なく決めています。`) +
          footer('© 2026 AIランキングJP — 当サイトはツールの開発・販売を行っていません', [['/pr', '広告について'], ['/saiten-kijun', '採点基準'], ['/deepfake', 'ディープフェイク部門']]),
      },
      {
        path: '/deepfake',
        title: 'ディープフェイク（顔交換）部門ランキング | AIランキングJP',
        body:
          nav([['/', 'ランキング'], ['/saiten-kijun', '採点基準']], 'AIランキングJP') +
          h1('ディープフェイク・顔交換部門') +
          p(`写真の顔を成人向けテンプレートを含む動画や画像に合成するツールのランキングです。リアルさ、テンプレート数、書き出し解像度、動画1本あたりの料金で採点しました。APKのみで配布されているツールは、プライバシーの点数を低くしています。`) +
          ol(
            `Kaogae — 8.8点 ${gw(4.4)} ・ ${ref('kaogae.test', 'ref=airankingjp&cat=deepfake', '公式サイト')} `,
            `Velvetcam — 8.1点 ${gw(4.0)} ・ ${ref('velvetcam.test', 'ref=airankingjp&cat=deepfake', '公式サイト')} `,
            `Faceheist — 7.7点 ${gw(3.9)} ・ ${ref('faceheist.test', 'ref=airankingjp&cat=deepfake', '公式サイト')} `,
            `Lookswap18 — 6.8点 ${gw(3.4)} ・ ${ref('lookswap18.test', 'ref=airankingjp&cat=deepfake', '公式サイト')} `,
          ) +
          footer('© 2026 AIランキングJP'),
      },
      {
        path: '/saiten-kijun',
        title: '採点基準 | AIランキングJP',
        body:
          nav([['/', 'ランキング']], 'AIランキングJP') +
          h1('採点基準') +
          p(`点数は、画質（40%）、速さ（20%）、コストパフォーマンス（20%）、プライバシー（20%）の4項目で計算しています。プライバシーでは、アップロード画像の保存期間、ユーザー自身で削除できるか、運営者が特定できるかを確認しています。`, `自動更新が分かりにくいツールや、解約方法を隠しているツールは、仕上がりが良くても減点の対象です。`) +
          footer('© 2026 AIランキングJP'),
      },
      {
        path: '/pr',
        title: '広告について | AIランキングJP',
        body:
          nav([['/', 'ランキング']], 'AIランキングJP') +
          h1('広告・アフィリエイトについて') +
          p(`AIランキングJPはアフィリエイト収入で運営しています。「公式サイト」ボタンには紹介コードが含まれており、契約が発生すると各社から報酬を受け取ります。当サイトは何も販売しておらず、写真のアップロード機能も決済機能もありません。順位を有料で上げることはできません。お支払いのトラブルは各サービスに直接お問い合わせください。`) +
          footer('© 2026 AIランキングJP'),
      },
    ],
  },

  // 9 — ja link-hub
  {
    host: 'ai-link-shu.test', lang: 'ja', label: 'directory', shape: 'link-hub', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'AIアダルトツール リンク集 — AI脱衣・ディープフェイク・顔交換・Telegramボット',
        body:
          '<p><b>AIアダルトツール リンク集</b> ／ リンクのみ・レビューなし ／ 18歳未満閲覧禁止 ／ 毎週更新</p>' +
          nav([['/datsui', 'AI脱衣'], ['/kaokoukan', '顔交換'], ['/touroku', 'サイト登録']]) +
          p(`AI脱衣、ディープフェイク、顔交換ツールのサイトとTelegramボットをカテゴリ別にまとめたリンク集です。評価や順位はつけていません。現在アクセスできるサイトだけを掲載しています。料金や使い勝手を知りたい方は、ページ下部の比較サイトをご覧ください。`) +
          h2('AI脱衣') +
          p([['nugeru', 'Nugeru'], ['nuvella', 'Nuvella'], ['exposa', 'Exposa'], ['sheerly', 'Sheerly'], ['stripfix', 'Stripfix'], ['clothra', 'Clothra'], ['cloakoff', 'Cloakoff'], ['hadakami', 'Hadakami']].map(([h = '', n = '']) => ref(`${h}.test`, 'src=ailinkshu', n)).join(' ｜ ') + ' ｜ ' + a('/datsui', 'すべて見る')) +
          h2('顔交換・ディープフェイク') +
          p([['kaogae', 'Kaogae'], ['velvetcam', 'Velvetcam'], ['faceheist', 'Faceheist'], ['lookswap18', 'Lookswap18'], ['deepcandor', 'Deepcandor']].map(([h = '', n = '']) => ref(`${h}.test`, 'src=ailinkshu', n)).join(' ｜ ') + ' ｜ ' + a('/kaokoukan', 'すべて見る')) +
          h2('Telegramボット') +
          p([tgl('nugeru_jp_bot'), tgl('kaogae_bot'), tgl('stripfix_bot'), tgl('ai_bot_nihon')].join(' ｜ ')) +
          h2('比較・レビューサイト') +
          p([a('https://ai-ranking-jp.test/?src=ailinkshu', 'AIランキングJP'), a('https://ai-osusume-navi.test/?src=ailinkshu', 'AIおすすめナビ'), a('https://kuchikomi-ai.test/?src=ailinkshu', '口コミAI')].join(' ｜ ')) +
          p(`当リンク集はコンテンツを一切ホスティングしておらず、掲載サイトの運営にも関わっていません。すべて第三者のサイトです。アクセスでき、会員登録ができるサイトを掲載し、2回続けてつながらなかったサイトは削除します。★印は広告枠です。リンク切れや掲載希望は「サイト登録」からご連絡ください。`) +
          footer('AIアダルトツール リンク集 ・ 2026 ・ リンク削除依頼は登録ページから', [['/touroku', '登録・削除依頼'], ['/datsui', 'AI脱衣'], ['/kaokoukan', '顔交換']]),
      },
      {
        path: '/datsui',
        title: 'AI脱衣 — AIアダルトツール リンク集',
        body:
          '<p><b>AIアダルトツール リンク集</b></p>' + nav([['/', 'トップ'], ['/kaokoukan', '顔交換']]) +
          h1('AI脱衣（9件）') +
          ol(...[['nugeru', 'Nugeru', '日本語対応'], ['nuvella', 'Nuvella', 'クレジット制'], ['exposa', 'Exposa', '高速'], ['sheerly', 'Sheerly', '1日3枚無料'], ['stripfix', 'Stripfix', 'APK＋ボット'], ['clothra', 'Clothra', '月額制'], ['cloakoff', 'Cloakoff', '無料'], ['hadakami', 'Hadakami', '新着']].map(([h = '', n = '', d = '']) => `${ref(`${h}.test`, 'src=ailinkshu&cat=datsui', n)} — ${d} `)) +
          p(`このカテゴリの1サイトは現在つながらないため、復旧するまで非表示にしています。説明はあえて短くしています。ここは比較サイトではなく、今つながるサイトの一覧です。料金や評価は比較サイトでご確認ください。`) +
          footer('AIアダルトツール リンク集 ・ 2026'),
      },
      {
        path: '/kaokoukan',
        title: '顔交換・ディープフェイク — AIアダルトツール リンク集',
        body:
          '<p><b>AIアダルトツール リンク集</b></p>' + nav([['/', 'トップ'], ['/datsui', 'AI脱衣']]) +
          h1('顔交換・ディープフェイク（5件）') +
          ol(...[['kaogae', 'Kaogae', '日本語'], ['velvetcam', 'Velvetcam', 'ライブ'], ['faceheist', 'Faceheist', 'テンプレート多数'], ['lookswap18', 'Lookswap18', '安い'], ['deepcandor', 'Deepcandor', '4K']].map(([h = '', n = '', d = '']) => `${ref(`${h}.test`, 'src=ailinkshu&cat=kaokoukan', n)} — ${d} `)) +
          p(`動画系のサイトはドメインがよく変わるため、リンク先が新しいアドレスに転送されることがあります。有名サイトをまねて支払い情報だけを盗む偽サイトもあるので、支払い前に必ずアドレスを確認してください。`) +
          footer('AIアダルトツール リンク集 ・ 2026'),
      },
      {
        path: '/touroku',
        title: 'サイト登録・削除依頼 — AIアダルトツール リンク集',
        body:
          '<p><b>AIアダルトツール リンク集</b></p>' + nav([['/', 'トップ']]) +
          h1('サイト登録・削除依頼') +
          p(`サイトのURLとカテゴリをお送りください。無料登録は1週間ほど、有料の優先登録は24時間以内に対応します。掲載サイトがあなたの写真を使っているなど、リンクの削除をご希望の場合は、URLと理由をお知らせください。リンクは削除しますが、他のサイトにあるコンテンツを削除することはできません。`) +
          textForm('URL＋カテゴリ、または削除理由', '送信', '/touroku/soushin') +
          footer('AIアダルトツール リンク集 ・ 2026'),
      },
    ],
  },

  // 10 — tr coupon
  {
    host: 'indirim-kodu-ai.test', lang: 'tr', label: 'directory', shape: 'coupon', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Yapay zeka uygulamaları için indirim kodları — Mayıs 2026 | İndirimKoduAI',
        head: metaDescription('Yapay zeka fotoğraf, kıyafet çıkarma ve yüz değiştirme uygulamaları için güncel indirim kodları ve kuponlar. Kodu kopyala, tasarruf et.'),
        body:
          nav([['/', 'Tüm kodlar'], ['/magaza/soyfoto', 'Soyfoto'], ['/magaza/yuzswap', 'Yuzswap'], ['/nasil-kullanilir', 'Nasıl kullanılır?'], ['/kosullar', 'Koşullar']], 'İndirimKoduAI') +
          textForm('Mağaza ara', 'Ara') +
          h1('Bugün çalışan yapay zeka indirim kodları') +
          p(`18 aktif kod · son kontrol 1 saat önce. "Kodu kopyala" düğmesine tıklayın, mağazanın sitesi yeni sekmede açılır; kodu ödeme sırasında yapıştırın. Üç kez çalışmayan kodlar "süresi doldu" olarak işaretlenir ama birkaç gün daha listede kalır, çünkü bazen hâlâ çalışırlar. Fiyatlar dolar ya da euro ile tahsil edildiğinde Türk lirası tutarları yaklaşıktır; son tutar kurunuza ve bankanızın komisyonuna bağlıdır.`, `Bir kodun çalıştığını ya da çalışmadığını tek tıkla bildirerek diğer kullanıcılara yardımcı olabilirsiniz; bildirimler kodun başarı oranını günceller. Hiçbir mağazanın ürününü biz satmıyoruz.`) +
          priceTable(['Mağaza', 'Fırsat', 'Kod', 'Son tarih', ''], [
            ['Soyfoto', 'İlk pakette %30 indirim', 'SOY30', '31.05.2026', button('Kodu kopyala')],
            ['Yuzswap', '1 hafta VIP ücretsiz', 'YUZ7', '15.06.2026', button('Kodu kopyala')],
            ['Exposa', '+20 kredi', 'EXPOTR', '20.06.2026', button('Kodu kopyala')],
            ['Velvetcam', 'Aylık planda %15', 'CAMTR15', '30.06.2026', button('Kodu kopyala')],
            ['Stripfix', 'VIP haftalık 49 ₺', 'FIXTR', 'süresi doldu', button('Kodu kopyala')],
          ]) +
          p(`Mağazalara git: ${ref('soyfoto.test', 'aff=indirimai', 'Soyfoto')} · ${ref('yuzswap.test', 'aff=indirimai', 'Yuzswap')} · ${ref('exposa.test', 'aff=indirimai', 'Exposa')} · ${ref('velvetcam.test', 'aff=indirimai', 'Velvetcam')}`) +
          faq('Sık sorulan sorular', [
            ['Kodlar ücretsiz mi?', 'Evet. Bazı mağazalar satın aldığınızda bize komisyon öder; sizin fiyatınız değişmez.'],
            ['Kodum çalışmadı', 'Birçok kod sadece yeni hesaplar veya belirli bir ödeme yöntemi için geçerlidir. Listeden başka bir kod deneyin.'],
            ['Bu uygulamaları siz mi satıyorsunuz?', 'Hayır. Biz sadece bir kupon sitesiyiz. Ödeme sorunları için doğrudan mağazayla iletişime geçin.'],
          ]) +
          footer('© 2026 İndirimKoduAI · 18 yaş üstü içindir', [['/kosullar', 'Koşullar'], ['/nasil-kullanilir', 'Nasıl kullanılır?']]),
      },
      {
        path: '/magaza/soyfoto',
        title: 'Soyfoto indirim kodu: %30 indirim ve ücretsiz kredi | İndirimKoduAI',
        body:
          nav([['/', 'Tüm kodlar'], ['/magaza/yuzswap', 'Yuzswap']], 'İndirimKoduAI') +
          h1('Soyfoto indirim kodları') +
          p(`Soyfoto, fotoğraflardaki kıyafetleri yapay zekayla "çıkardığını" söyleyen, Türkçe arayüzlü bir web uygulamasıdır; paketler 149 ₺'den başlar ve bir Telegram botu da vardır. Aşağıdaki kodlar son iki haftada kullanıcılar tarafından doğrulandı. Çoğu yalnızca ilk alışverişte geçerlidir.`) +
          ul(`SOY30 — ilk pakette %30 — 31.05.2026'ya kadar ${button('Kodu kopyala')} `, `BOTKREDI — Telegram botunda +10 kredi ${button('Kodu kopyala')} `, `HDBEDAVA — 24 saat ücretsiz HD — süresi doldu ${button('Kodu kopyala')} `) +
          p(ref('soyfoto.test', 'aff=indirimai&utm_source=magaza', 'Soyfoto\'ya git')) +
          footer('© 2026 İndirimKoduAI'),
      },
      {
        path: '/magaza/yuzswap',
        title: 'Yuzswap kupon kodu: ücretsiz VIP | İndirimKoduAI',
        body:
          nav([['/', 'Tüm kodlar'], ['/magaza/soyfoto', 'Soyfoto']], 'İndirimKoduAI') +
          h1('Yuzswap kupon kodları') +
          p(`Yuzswap, +18 şablonları olan bir yüz değiştirme (face swap) uygulamasıdır; haftalık VIP 119 ₺, aylık plan 349 ₺. Kodların ödeme yöntemi seçilmeden önce girilmesi gerekir, aksi hâlde indirim uygulanmaz. Kripto ödemelerde kodlar geçerli değildir. Kodlar birleştirilemez ve her hesapta bir kez kullanılabilir.`) +
          ul(`YUZ7 — 1 hafta ücretsiz VIP, sadece yeni hesaplar ${button('Kodu kopyala')} `, `SWAP20 — aylık planda %20, 30.06.2026'ya kadar ${button('Kodu kopyala')} `) +
          p(ref('yuzswap.test', 'aff=indirimai&utm_source=magaza', 'Yuzswap\'a git')) +
          footer('© 2026 İndirimKoduAI'),
      },
      {
        path: '/nasil-kullanilir',
        title: 'İndirim kodu nasıl kullanılır? | İndirimKoduAI',
        body:
          nav([['/', 'Tüm kodlar']], 'İndirimKoduAI') +
          h1('İndirim kodu nasıl kullanılır?') +
          ol('Fırsatın yanındaki "Kodu kopyala" düğmesine tıklayın. ', 'Mağazanın sitesi yeni bir sekmede açılır. ', 'Paketinizi veya aboneliğinizi seçin. ', 'Kodu "kupon" ya da "indirim kodu" alanına yapıştırın. ', 'Ödemeden önce indirimin uygulandığını kontrol edin. ') +
          p(`"Kodsuz" fırsatlar bizim bağlantımız üzerinden otomatik olarak etkinleşir; bunun için tarayıcınızda çerezlere izin verilmiş olmalıdır. Bazı mağazalar kodları yalnızca kartla ödemede kabul eder, bazıları ise sadece ilk siparişte. Kod çalışmazsa listeden başka bir kod deneyin ya da "çalışmıyor" diye bildirin.`) +
          footer('© 2026 İndirimKoduAI'),
      },
      {
        path: '/kosullar',
        title: 'Kullanım koşulları | İndirimKoduAI',
        body:
          nav([['/', 'Tüm kodlar']], 'İndirimKoduAI') +
          h1('Kullanım koşulları') +
          p(`İndirimKoduAI, üçüncü taraf sitelerin yayınladığı fırsatları bir araya getirir. Hiçbir ürün satmıyoruz ve listelenen hizmetlerin içeriğinden, faturalandırmasından veya erişilebilirliğinden sorumlu değiliz. Kodlar garanti verilmeden sunulur. Siteye yalnızca 18 yaşından büyükler girebilir. Bazı bağlantılar ortaklık bağlantısıdır ve bize komisyon kazandırır. Bir satın alma ile ilgili şikâyetlerinizi doğrudan mağazaya iletin. Siparişlere veya hesaplara erişimimiz yoktur ve iade yapamayız.`) +
          footer('© 2026 İndirimKoduAI'),
      },
    ],
  },

  // 11 — tr telegram-list
  {
    host: 'telegram-botlari-ai.test', lang: 'tr', label: 'directory', shape: 'telegram-list', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Yapay zeka Telegram botları 2026: kıyafet çıkarma ve yüz değiştirme botları listesi',
        body:
          nav([['/', 'Botlar'], ['/kanallar', 'Kanallar'], ['/yeni', 'Yeni eklenenler'], ['/sss', 'SSS']], 'TelegramBotlarıAI') +
          h1('Hâlâ çalışan yapay zeka Telegram botları') +
          p(`Telegram bu tür botları sık sık kapatıyor; bu yüzden her bağlantıyı pazartesi ve perşembe günleri kontrol ediyoruz. Neredeyse hepsi aynı şekilde çalışır: botu başlatırsınız, bir fotoğraf gönderirsiniz ve kredi için Telegram Stars ya da kripto ile ödersiniz. Üye sayısı, her botun resmî kanalındaki abone sayısıdır. Sponsorlu botlar listenin en üstünde ayrıca işaretlenir; diğerleri üye sayısına göre sıralanır. Bir bot iki kontrolde üst üste açılmazsa listeden çıkarılır.`) +
          priceTable(['Bot', 'Tür', 'Dil', 'Ücretsiz deneme', 'Üye'], [
            [tgl('soyfoto_bot'), 'Kıyafet çıkarma', 'TR', '2', '21,6k'],
            [tgl('stripfix_bot'), 'Kıyafet çıkarma', 'EN/ES', '3', '52,4k'],
            [tgl('exposa_fast_bot'), 'Kıyafet çıkarma', 'EN/DE', '2', '12,3k'],
            [tgl('yuzswap_bot'), 'Yüz değiştirme +18', 'TR', '1 video', '8,8k'],
            [tgl('lookswap18_bot'), 'Yüz değiştirme', 'EN/RU', '5', '44,7k'],
            [tgl('velvetcam_swap_bot'), 'Yüz değiştirme', 'EN', '0', '15,3k'],
          ]) +
          p(`❌ Bu hafta kapananlar: @ciplakfoto_bot (banlandı), @yuzdegistir_bot (taşındı, yeni bağlantı Kanallar sayfasında).`) +
          p(`TelegramBotlarıAI'nin bu botlarla hiçbir bağlantısı yoktur ve fotoğraflarınızı asla almaz. Biz sadece bir listeyiz. Kötüye kullanılan botları doğrudan Telegram'a bildirin.`) +
          faq('Kısa sorular', [
            ['Botlar ücretsiz mi?', 'Çoğu bir ila üç deneme verir, sonra kredi ya da haftalık erişim satar.'],
            ['Bağlantı açılmıyor', 'Bot muhtemelen banlandı. Kanallar sayfasına bakın; bot sahibi genellikle birkaç saat içinde yeni bağlantıyı paylaşır.'],
          ]) +
          footer('TelegramBotlarıAI © 2026 · Telegram ile bağlantılı değildir', [['/kanallar', 'Kanallar'], ['/sss', 'SSS'], ['/yeni', 'Yeni eklenenler']]),
      },
      {
        path: '/kanallar',
        title: 'Yeni bağlantıları paylaşan Telegram kanalları | TelegramBotlarıAI',
        body:
          nav([['/', 'Botlar'], ['/yeni', 'Yeni eklenenler']], 'TelegramBotlarıAI') +
          h1('Botları kaybetmemek için kanallar') +
          p(`Bir bot banlandığında sahibi yeni bağlantıyı genellikle birkaç saat içinde kendi kanalında paylaşır. Bu kanalları takip etmek, daha önce ödediğiniz kredileri kaybetmemenin en kolay yoludur. Sayılar son kontrolden alınmıştır ve yüzlere yuvarlanmıştır. Sahte kanallara dikkat edin.`) +
          ul(`${tgl('ai_botlar_turkiye')} — 11 bot için yedek bağlantılar · 10,2k üye `, `${tgl('soyfoto_resmi')} — Soyfoto'nun resmî kanalı · 7,7k üye `, `${tgl('undressbots_backup')} — İngilizce · 63k üye `) +
          footer('TelegramBotlarıAI © 2026'),
      },
      {
        path: '/yeni',
        title: 'Yeni eklenen botlar | TelegramBotlarıAI',
        body:
          nav([['/', 'Botlar'], ['/kanallar', 'Kanallar']], 'TelegramBotlarıAI') +
          h1('Yeni eklenenler') +
          ul(`11 Mayıs — ${tgl('yuzswap_bot')} — yüz değiştirme, 1 ücretsiz video `, `3 Mayıs — ${tgl('soyfoto_bot')} — Soyfoto'nun bot sürümü `, `26 Nisan — ${tgl('exposa_fast_bot')} — Türkçe menü eklendi `) +
          p(`Yeni botları, açılıp açılmadığını ve menünün çalışıp çalışmadığını kontrol ettikten sonra ekliyoruz. Test için fotoğraf göndermiyoruz. Bir bot önermek ister misiniz? @ai_botlar_turkiye kanalından yazın. Deneme vermeden önce ödeme isteyen botları eklemiyoruz. Listeye eklenmek ücretsizdir; sponsorlu yerler ayrıca işaretlenir.`) +
          footer('TelegramBotlarıAI © 2026'),
      },
      {
        path: '/sss',
        title: 'Sık sorulan sorular | TelegramBotlarıAI',
        body:
          nav([['/', 'Botlar']], 'TelegramBotlarıAI') +
          faq('Sık sorulan sorular', [
            ['TelegramBotlarıAI bir bot mu?', 'Hayır. Bağlantılardan oluşan bir sayfa. Her bağlantı Telegram\'ı açar.'],
            ['Üye sayısını nasıl hesaplıyorsunuz?', 'Kontrol günündeki resmî kanalın herkese açık abone sayısını kullanıyoruz.'],
            ['Botlar size para ödüyor mu?', 'Bazıları en üstte sabit bir yer için ödeme yapar; bunlar "sponsorlu" olarak işaretlenir. Diğerleri üye sayısına göre sıralanır.'],
            ['Bir bottan fotoğrafımı nasıl kaldırırım?', 'Hiçbir botu biz yönetmiyoruz. Bot sahibiyle iletişime geçin, botu Telegram\'a bildirin ve gerekirse savcılığa başvurun; bu tür görüntülerin rıza olmadan paylaşılması suçtur.'],
          ]) +
          footer('TelegramBotlarıAI © 2026'),
      },
    ],
  },

  // 12 — tr alternatives
  {
    host: 'alternatif-ai.test', lang: 'tr', label: 'directory', shape: 'alternatives', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Soyfoto alternatifleri: Soyfoto gibi 5 yapay zeka aracı (2026) | AlternatifAI',
        head: metaDescription('Soyfoto çalışmıyor mu ya da pahalı mı? Benzer şekilde çalışan 5 Soyfoto alternatifi: ücretsiz krediler, fiyatlar ve özellikler.'),
        body:
          nav([['/', 'Soyfoto alternatifleri'], ['/soyfoto-nedir', 'Soyfoto nedir?'], ['/karsilastirma/nuvella-exposa', 'Nuvella mı Exposa mı?'], ['/iletisim', 'İletişim']], 'AlternatifAI') +
          h1('Soyfoto alternatifleri: Soyfoto gibi 5 araç') +
          p(`Soyfoto, Türkçe arayüzü ve Telegram botu sayesinde popüler oldu; ancak son fiyat artışından ve sık yaşanan kesintilerden sonra birçok kullanıcı başka seçenekler arıyor. Aynı işi yapan beş aracı denedik: fotoğraf yükle, mod seç, sonucu indir. Kısaca: Nuvella en iyi kaliteyi, Cloakoff ise ücretsiz denemeyi sunuyor.`) +
          priceTable(['Araç', 'Ücretsiz', 'En ucuz fiyat', 'Türkçe', 'Telegram botu'], [
            ['Nuvella', '5 kredi', 'yaklaşık 250 ₺', 'Hayır', 'Var'],
            ['Exposa', '2 kredi', 'yaklaşık 180 ₺', 'Kısmen', 'Var'],
            ['Stripfix', 'Günde 3', 'haftalık ~200 ₺', 'Hayır', 'Var'],
            ['Sheerly', 'Günde 3', 'aylık ~430 ₺', 'Hayır', 'Yok'],
            ['Cloakoff', 'Sınırsız (düşük çözünürlük)', 'ücretsiz', 'Hayır', 'Yok'],
          ]) +
          h2('1. Nuvella') +
          p(`Testimizde en temiz sonuçları veren araç. Abonelik yok, kredi paketleri var; akşamları kuyruk uzayabiliyor. ${ref('nuvella.test', 'ref=alternatifai', 'Nuvella\'yı incele')}`) +
          h2('2. Exposa') +
          p(`Listedeki en hızlı araç: görsel başına on saniyeden kısa. Yüklenen dosyaları 24 saat sonra sildiğini söylüyor. ${ref('exposa.test', 'ref=alternatifai', 'Exposa\'yı incele')}`) +
          h2('3. Stripfix') +
          p(`Telefon için tasarlanmış: Android için APK, iPhone için web uygulaması ve bir Telegram botu. ${ref('stripfix.test', 'ref=alternatifai', 'Stripfix\'i incele')}`) +
          h2('4. Sheerly') +
          p(`Günde üç ücretsiz görsel (filigranlı); Pro planı filigranı kaldırıp HD ekliyor. ${ref('sheerly.test', 'ref=alternatifai', 'Sheerly\'yi incele')}`) +
          h2('5. Cloakoff') +
          p(`Tamamen ücretsiz ama düşük çözünürlüklü. Para ödemeden önce nasıl çalıştığını görmek için yeterli. ${ref('cloakoff.test', 'ref=alternatifai', 'Cloakoff\'u incele')}`) +
          p(`<small>AlternatifAI bazı bağlantılardan komisyon alır. Bu hizmetlerin hiçbirini biz sunmuyoruz.</small>`) +
          footer('© 2026 AlternatifAI', [['/iletisim', 'İletişim'], ['/soyfoto-nedir', 'Soyfoto nedir?'], ['/gizlilik', 'Gizlilik']]),
      },
      {
        path: '/soyfoto-nedir',
        title: 'Soyfoto nedir? Özellikleri ve fiyatları | AlternatifAI',
        body:
          nav([['/', 'Soyfoto alternatifleri'], ['/iletisim', 'İletişim']], 'AlternatifAI') +
          h1('Soyfoto nedir?') +
          p(`Soyfoto, kullanıcının yüklediği bir fotoğrafın "kıyafetsiz" bir sürümünü yapay zekayla ürettiğini iddia eden, Türkçe arayüzlü bir web uygulamasıdır. Üç modu, gizli bir galerisi ve aynı kredileri kullanan bir Telegram botu vardır. Paketler 149 ₺'den başlar.`, `Kullanıcıların en sık şikâyet ettiği konular: son fiyat artışı, akşam saatlerindeki kesintiler ve iade yapılmaması. Yine de kullanmak isteyenler için adresi: ${ref('soyfoto.test', 'ref=alternatifai&src=bilgi', 'soyfoto.test')}.`) +
          footer('© 2026 AlternatifAI'),
      },
      {
        path: '/karsilastirma/nuvella-exposa',
        title: 'Nuvella mı Exposa mı? | AlternatifAI',
        body:
          nav([['/', 'Soyfoto alternatifleri']], 'AlternatifAI') +
          h1('Nuvella mı, Exposa mı?') +
          p(`En çok önerilen iki Soyfoto alternatifi karşı karşıya. Nuvella kalitede, Exposa hızda öne çıkıyor. İkisi de abonelik istemiyor ve kredi paketleriyle çalışıyor; ikisinin de Telegram botu var. Hangisini seçeceğiniz, daha çok bekleme süresine mi yoksa sonuca mı önem verdiğinize bağlı. Kısa süreli denemek isteyenler için Nuvella'nın beş ücretsiz kredisi daha cömert.`) +
          priceTable(['', 'Nuvella', 'Exposa'], [['Ücretsiz kredi', '5', '2'], ['Ortalama süre', '~20 sn', '<10 sn'], ['Dosya saklama', '7 gün', '24 saat'], ['Ödeme', 'Kart, kripto', 'Kart']]) +
          p(`${ref('nuvella.test', 'ref=alternatifai&cmp=1', 'Nuvella')} · ${ref('exposa.test', 'ref=alternatifai&cmp=1', 'Exposa')}`) +
          footer('© 2026 AlternatifAI'),
      },
      {
        path: '/iletisim',
        title: 'İletişim | AlternatifAI',
        body:
          nav([['/', 'Soyfoto alternatifleri']], 'AlternatifAI') +
          h1('İletişim') +
          p(`Listede olmayan bir alternatif mi biliyorsunuz ya da bir fiyatın değiştiğini mi gördünüz? Bize yazın. Her öneriyi eklemeden önce kendimiz deniyoruz. Unutmayın: bu uygulamaların hiçbirinin müşteri hizmetleri değiliz. Ödeme, iptal veya iade için doğrudan şirketle ya da bankanızla iletişime geçin. Birkaç gün içinde yanıt veriyoruz. Uygulama geliştiricileri araçlarını önerebilir, ancak listede yer almak için ücret kabul etmiyoruz ve olumsuz yorumları parayla kaldırmıyoruz.`) +
          textForm('Mesajınız', 'Gönder', '/iletisim/gonder') +
          footer('© 2026 AlternatifAI'),
      },
      {
        path: '/gizlilik',
        title: 'Gizlilik politikası | AlternatifAI',
        body:
          nav([['/', 'Soyfoto alternatifleri']], 'AlternatifAI') +
          h1('Gizlilik politikası') +
          p(`AlternatifAI'de kullanıcı hesabı ya da fotoğraf yükleme özelliği yoktur. Yalnızca anonim ziyaret istatistikleri topluyoruz; bize yazarsanız mesajınızı en fazla on iki ay saklıyoruz.`, `Araçlara giden bağlantılar bir ortaklık kodu içerir. Tıkladığınızda hedef site kendi çerezlerini kaydedebilir ve o andan itibaren bizim değil, o sitenin gizlilik politikası geçerli olur. Verilerinizin silinmesi için gizlilik@alternatif-ai.test adresine yazabilirsiniz. Talepleri bir hafta içinde yanıtlıyoruz.`) +
          footer('© 2026 AlternatifAI'),
      },
    ],
  },

  // 13 — tr link-hub
  {
    host: 'ai-linkleri18.test', lang: 'tr', label: 'directory', shape: 'link-hub', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'AI Linkleri +18 — tüm yapay zeka kıyafet çıkarma, deepfake ve yüz değiştirme siteleri',
        body:
          '<p><b>AI LİNKLERİ +18</b> · sadece bağlantılar · inceleme yok · her hafta güncellenir</p>' +
          nav([['/kategori/kiyafet-cikarma', 'Kıyafet çıkarma'], ['/kategori/yuz-degistirme', 'Yüz değiştirme'], ['/site-ekle', 'Site ekle']]) +
          p(`Yetişkinlere yönelik yapay zeka siteleri ve Telegram botlarının Türkçe dizini. Puan ya da sıralama yok: yalnızca şu anda açılan siteler, kategoriye göre. Fiyat ve test arıyorsanız sayfanın altındaki karşılaştırma sitelerine bakın.`) +
          h2('Kıyafet çıkarma') +
          p([['soyfoto', 'Soyfoto'], ['nuvella', 'Nuvella'], ['exposa', 'Exposa'], ['stripfix', 'Stripfix'], ['sheerly', 'Sheerly'], ['clothra', 'Clothra'], ['cloakoff', 'Cloakoff']].map(([h = '', n = '']) => ref(`${h}.test`, 'src=ailinkleri', n)).join(' | ') + ' | ' + a('/kategori/kiyafet-cikarma', 'tümü')) +
          h2('Yüz değiştirme / deepfake') +
          p([['yuzswap', 'Yuzswap'], ['velvetcam', 'Velvetcam'], ['faceheist', 'Faceheist'], ['lookswap18', 'Lookswap18'], ['deepcandor', 'Deepcandor']].map(([h = '', n = '']) => ref(`${h}.test`, 'src=ailinkleri', n)).join(' | ') + ' | ' + a('/kategori/yuz-degistirme', 'tümü')) +
          h2('Telegram') +
          p([tgl('soyfoto_bot'), tgl('yuzswap_bot'), tgl('stripfix_bot'), tgl('ai_botlar_turkiye')].join(' | ')) +
          h2('Karşılaştırma ve kuponlar') +
          p([a('https://alternatif-ai.test/?src=ailinkleri', 'AlternatifAI'), a('https://indirim-kodu-ai.test/?src=ailinkleri', 'İndirimKoduAI'), a('https://telegram-botlari-ai.test/?src=ailinkleri', 'TelegramBotlarıAI')].join(' | ')) +
          p(`Hiçbir içerik barındırmıyoruz ve listelenen sitelerin hiçbirini işletmiyoruz; hepsi üçüncü taraflara ait. Bir site, açıldığında ve üyelik çalıştığında listeye girer; art arda iki kontrolde açılmazsa çıkarılır. Yıldızlı bağlantılar sponsorludur. Kırık bağlantı ya da eksik site mi var? "Site ekle" sayfasını kullanın. Yalnızca 18 yaş üstü içindir. Yeni eklenen siteler bir hafta boyunca kendi kategorilerinin başında gösterilir, ardından alfabetik sıraya geçer. Bazı sitelerin yalnızca Telegram botu kaldıysa, bot bağlantısı Telegram bölümüne taşınır.`) +
          footer('AI Linkleri +18 · 2026 · bağlantı kaldırma: Site ekle sayfası', [['/site-ekle', 'Site ekle / bildir'], ['/kategori/kiyafet-cikarma', 'Kıyafet çıkarma'], ['/kategori/yuz-degistirme', 'Yüz değiştirme']]),
      },
      {
        path: '/kategori/kiyafet-cikarma',
        title: 'Kıyafet çıkarma — AI Linkleri +18',
        body:
          '<p><b>AI LİNKLERİ +18</b></p>' + nav([['/', 'Ana sayfa'], ['/kategori/yuz-degistirme', 'Yüz değiştirme']]) +
          h1('Kıyafet çıkarma (8)') +
          ol(...[['soyfoto', 'Soyfoto', 'Türkçe'], ['nuvella', 'Nuvella', 'kredi'], ['exposa', 'Exposa', 'hızlı'], ['stripfix', 'Stripfix', 'APK + bot'], ['sheerly', 'Sheerly', 'günde 3 ücretsiz'], ['clothra', 'Clothra', 'abonelik'], ['cloakoff', 'Cloakoff', 'ücretsiz']].map(([h = '', n = '', d = '']) => `${ref(`${h}.test`, 'src=ailinkleri&kat=kiyafet', n)} — ${d} `)) +
          p(`Bu kategorideki bir site şu anda açılmıyor ve geri gelene kadar gizlendi. Açıklamalar bilerek kısa tutuldu: burası bir karşılaştırma sitesi değil, yalnızca şu anda erişilebilen sitelerin listesi. Fiyatlar ve yorumlar için ana sayfadaki karşılaştırma sitelerine bakın.`) +
          footer('AI Linkleri +18 · 2026'),
      },
      {
        path: '/kategori/yuz-degistirme',
        title: 'Yüz değiştirme ve deepfake — AI Linkleri +18',
        body:
          '<p><b>AI LİNKLERİ +18</b></p>' + nav([['/', 'Ana sayfa'], ['/kategori/kiyafet-cikarma', 'Kıyafet çıkarma']]) +
          h1('Yüz değiştirme / deepfake (5)') +
          ol(...[['yuzswap', 'Yuzswap', 'Türkçe'], ['velvetcam', 'Velvetcam', 'canlı'], ['faceheist', 'Faceheist', 'şablonlar'], ['lookswap18', 'Lookswap18', 'ucuz'], ['deepcandor', 'Deepcandor', '4K']].map(([h = '', n = '', d = '']) => `${ref(`${h}.test`, 'src=ailinkleri&kat=yuz', n)} — ${d} `)) +
          p(`Video siteleri sık sık alan adı değiştirir; bu yüzden bir bağlantı yeni bir adrese yönlendirebilir. Tanınmış bir siteyi taklit edip sadece ödemenizi almaya çalışan sahte kopyalara dikkat edin ve ödemeden önce adresi mutlaka kontrol edin. Bir site daha şu anda kapalı.`) +
          footer('AI Linkleri +18 · 2026'),
      },
      {
        path: '/site-ekle',
        title: 'Site ekle veya bildir — AI Linkleri +18',
        body:
          '<p><b>AI LİNKLERİ +18</b></p>' + nav([['/', 'Ana sayfa']]) +
          h1('Site ekle / bildir') +
          p(`Sitenin adresini ve kategorisini yazın. Ücretsiz ekleme yaklaşık bir hafta, ücretli hızlı ekleme 24 saat sürer. Bir bağlantının kaldırılmasını istiyorsanız — örneğin listedeki bir site fotoğraflarınızı kullanıyorsa — adresi ve nedeni belirtin. Bağlantıyı kaldırırız ama başkalarının barındırdığı içeriği silemeyiz. Genellikle üç iş günü içinde yanıt veriyoruz. Kaldırma talepleri ücretsizdir ve öncelikli olarak işlenir.`) +
          textForm('Adres + kategori veya neden', 'Gönder', '/site-ekle/gonder') +
          footer('AI Linkleri +18 · 2026'),
      },
    ],
  },
];
