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

const fjordNav = nav(
  [
    ['/', 'Forsiden'],
    ['/nyheter', 'Nyheter'],
    ['/nyheter/2026/02/avkledningsapper-elever', 'Avsløring'],
    ['/nyhetsbrev?utm_source=meny', 'Nyhetsbrev'],
    ['/abonnement', 'Abonnement'],
  ],
  'Fjordavisa',
);

const eeNav = nav(
  [
    ['/', 'Κύρια σελίδα'],
    ['/wiki/Εφαρμογή_ψηφιακού_γδυσίματος', 'Εφαρμογή ψηφιακού γδυσίματος'],
    ['/wiki/Πορνογραφικό_deepfake', 'Πορνογραφικό deepfake'],
    ['/wiki/Σεξουαλική_κακοποίηση_μέσω_εικόνων', 'Κακοποίηση μέσω εικόνων'],
  ],
  'Ελεύθερη Εγκυκλοπαίδεια',
);

export const sites: CorpusSite[] = [
  // 1 — other: developer blog (fi)
  {
    host: 'juhakoodaa.test', lang: 'fi', label: 'unrelated', shape: 'other', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Juha koodaa — blogi ohjelmistokehityksestä ja konenäöstä',
        body:
          nav([['/', 'Kirjoitukset'], ['/kirjoitukset/miksi-kieltaydyin-riisumissovelluksesta', 'Uusin'], ['/tietoa', 'Tietoa minusta'], ['/rss.xml', 'RSS']], 'Juha koodaa') +
          h1('Juha koodaa') +
          p('Kirjoituksia freelance-ohjelmoinnista, kuvankäsittelyputkista ja konenäöstä. Olen tehnyt konenäköprojekteja asiakkaille vuodesta 2015, enimmäkseen Pythonilla ja Rustilla. Blogissa ei ole mainoksia eikä seurantaa.') +
          section(h2('Suosituimmat'), ul('Miksi kieltäydyin 35 000 euron toimeksiannosta rakentaa riisumissovellus', 'Taustanpoisto 4K-kuvista ilman, että näytönohjain sulaa', 'Näin hinnoittelen freelance-projektini vuonna 2026', 'Konenäkö tehtaan laadunvalvonnassa: mitä opin kolmessa vuodessa')) +
          p('Tilaa uudet kirjoitukset RSS-syötteenä tai seuraa minua fediversumissa. Otan mielelläni vastaan palautetta ja korjausehdotuksia sähköpostitse.') +
          article(
            h2(a('/kirjoitukset/miksi-kieltaydyin-riisumissovelluksesta', 'Miksi kieltäydyin 35 000 euron toimeksiannosta rakentaa ”riisumissovellus”')),
            p('3.3.2026 · lukuaika 8 min'),
            p('Asiakas halusi ”muotialan visualisointityökalun”. Kahden palaverin jälkeen selvisi, että ominaisuuslistalla oli oikeastaan vain yksi kohta: vaatteiden poistaminen oikeiden ihmisten kuvista. Kerron, miten pyyntö oli puettu, miksi kävelin pois ja mitä toivoisin muiden freelancereiden tietävän.'),
          ) +
          article(
            h2(a('/kirjoitukset/jatko-mita-lukijat-kertoivat', 'Jatko-osa: mitä lukijat kertoivat minulle')),
            p('10.3.2026 · lukuaika 4 min'),
            p('En ollut ainoa, jolle tällaista tarjottiin.'),
          ) +
          article(h2('Taustanpoisto 4K-kuvista ilman, että näytönohjain sulaa'), p('20.1.2026 · lukuaika 11 min')) +
          article(h2('Laskutusskriptini neljäs uudelleenkirjoitus'), p('5.12.2025 · lukuaika 3 min')) +
          article(h2('Kokemuksia ONNX-mallien ajamisesta Raspberry Pi 5:llä'), p('14.11.2025 · lukuaika 9 min')) +
          footer('© 2026 Juha. Kirjoitettu käsin, ei seurantaa.', [
            ['/tietoa', 'Tietoa'],
            ['/rss.xml', 'RSS'],
          ]),
      },
      {
        path: '/kirjoitukset/miksi-kieltaydyin-riisumissovelluksesta',
        title: 'Miksi kieltäydyin 35 000 euron toimeksiannosta rakentaa ”riisumissovellus” — Juha koodaa',
        body:
          article(
            h1('Miksi kieltäydyin 35 000 euron toimeksiannosta rakentaa ”riisumissovellus”'),
            p('3.3.2026'),
            p('Ensimmäisessä sähköpostissa puhuttiin ”tekoälypohjaisesta muotivisualisoinnista verkkokaupoille”. Hyvä on, olen tehnyt virtuaalista sovitusta ennenkin. Toisessa palaverissa toinen osapuoli ei laittanut kameraa päälle ja halusi kolme asiaa: kuvan latauslomakkeen, krediittijärjestelmän ”niin kuin kilpailijoilla” ja mallin, joka ”poistaa vaatteet realistisesti mistä tahansa selfiestä”.'),
            p('He lähettivät esimerkiksi kilpailijan sivun. Etusivulla luki sanatarkasti: ”Riisu hänet kolmessa sekunnissa. Ei rekisteröitymistä.” Hinnastossa oli ”Starter”-paketti, 100 krediittiä 9,99 dollarilla, ja ”VIP”-taso, jossa oli ”x-ray-tila” ja ”deepfake-video”. Maksu ohjattiin kryptomaksupalveluun. Lisäksi oli Telegram-botti, koska ”siellä ne isot asiakkaat ovat”.'),
            h2('Kohta, jossa houkutti'),
            p('Rehellisesti? 35 000 euroa kahdeksasta viikosta, täysin etänä. Malli oli heidän mukaansa jo koulutettu; he tarvitsivat vain verkkosovelluksen, jonon, maksuintegraation ja affiliate-järjestelmän. Tekninen työ oli tylsää ja täysin osaamiseni rajoissa.'),
            h2('Miksi sanoin ei'),
            p('Koska tuote on itse vahinko. Palvelulle ”riisu kuka tahansa kuvasta” ei ole oikeutettua käyttäjää. Jokainen kuva, joka kulkee sen läpi, esittää oikeaa ihmistä, joka ei ole suostunut mihinkään. En tarvinnut siihen mitään eettistä ohjeistoa – riitti, kun kuvittelin kuvan esittävän omaa siskoani.'),
            p('Kysyin myös juristiystävältäni. Hänen mukaansa voisin joissain maissa joutua vastuuseen jo pelkästä rakentamisesta, en vain palvelun pyörittäjät.'),
            h2('Mitä toivoisin muiden freelancereiden tietävän'),
            ul(
              'Pyynnössä ei lue ”nudify”. Etsi sanoja ”muoti”, ”fantasia” tai ”AI-taide” yhdistettynä krediittijärjestelmään ja kryptomaksuihin.',
              'Pyydä nähtäväksi tilalista. Jos siinä on ”nude-tila”, ”x-ray” tai ”poista vaatteet”, sait vastauksesi.',
              'Työilmoituksen voi ilmiantaa. Tein niin.',
            ),
          ) +
          section(h2('Kommentit'), p('Kommentit on suljettu. Lähetä sähköpostia, jos haluat keskustella.')),
      },
      {
        path: '/kirjoitukset/jatko-mita-lukijat-kertoivat',
        title: 'Jatko-osa: mitä lukijat kertoivat minulle — Juha koodaa',
        body:
          h1('Jatko-osa: mitä lukijat kertoivat minulle') +
          p('10.3.2026') +
          p('Odotin muutamaa vastausta. Sain yli sata. Noin kolmekymmentä tuli muilta kehittäjiltä, joita oli lähestytty lähes samanlaisella vaatimusmäärittelyllä: latauslomake, krediitit, ”undress”- ja ”deepfake”-tilat, kryptokassa ja Telegram-botti. Useassa työilmoituksessa oli täsmälleen sama sanamuoto, joten kyse on todennäköisesti samasta porukasta, joka vaihtaa nimeä.') +
          p('Muutama kertoi minun olevan naiivi: ”joku muu rakentaa sen kuitenkin”. Ehkä. Mutta se en ole minä, ja jokainen kieltäytyvä kehittäjä tekee siitä hieman hitaampaa ja kalliimpaa.') +
          p('Moni kysyi, minne tällaisista voi ilmoittaa. Keräsin muutaman vaihtoehdon Tietoa-sivulle.'),
      },
      {
        path: '/tietoa',
        title: 'Tietoa minusta — Juha koodaa',
        body:
          h1('Tietoa minusta') +
          p('Olen freelance-kehittäjä Tampereelta. Rakennan kuvankäsittelyputkia, sisäisiä työkaluja ja silloin tällöin verkkokaupan. En ota vastaan töitä, jotka liittyvät valvontaan, aseisiin tai oikeita ihmisiä esittävien seksuaalisten kuvien tuottamiseen.') +
          p('Jos sinusta on tehty kuva riisumissovelluksella tai deepfake-palvelulla, ota yhteyttä poliisiin ja oman maasi tukipalveluun. Jos näit ilmoituksen, jossa haetaan tekijää tällaisen palvelun rakentamiseen, useimmissa freelance-palveluissa on ilmoitusnappi – käytä sitä. Voit myös ilmoittaa palvelusta viranomaisille.'),
      },
    ],
  },

  // 2 — news (no)
  {
    host: 'fjordavisa.test', lang: 'no', label: 'unrelated', shape: 'news', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Fjordavisa — nyheter fra Vestlandet',
        body:
          fjordNav +
          cookieBanner('Vi bruker informasjonskapsler for at nettstedet skal fungere og for å måle trafikk. Du velger selv hva du godtar.', 'Godta alle', 'Kun nødvendige') +
          section(
            h2('Hovedsak'),
            h1(a('/nyheter/2026/02/avkledningsapper-elever', 'Appene som «kler av» med KI: Slik tjener de penger på falske nakenbilder av elever')),
            p('Av Ingrid Solheim · 11. februar 2026 · Lesetid 9 min'),
            img(2, 'Illustrasjon: en mobil med en knapp for å laste opp bilde'),
            p('«Last opp et bilde – vår KI fjerner klærne på ti sekunder.» Fjordavisa har gransket elleve såkalte nudify-tjenester som elever i fylket har brukt: hva de lover, hva de koster, og hvordan de får betalt. Flere selges via Telegram, og mange tar bare imot kryptovaluta.'),
          ) +
          section(
            h2('Siste nytt'),
            ul(
              a('/nyheter/2026/02/politiet-advarer-foreldre', 'Politiet advarer foreldre: – Snakk med barna om avkledningsapper'),
              'Kommunestyret sier ja til ny gang- og sykkelbro',
              'Uvær: flere fjelloverganger stengt',
              'Fotball: seier på overtid i lokaloppgjøret',
              'Ny hurtigbåtrute fra sommeren',
            ),
          ) +
          section(h2('Fjordavisa i innboksen'), p('Hver morgen klokken sju: de viktigste nyhetene fra Vestlandet. Gratis, og du kan melde deg av når du vil.'), textForm('Din e-postadresse', 'Meld meg på', '/nyhetsbrev/pamelding')) +
          footer('© 2026 Fjordavisa AS · Ansvarlig redaktør · Vi arbeider etter Vær Varsom-plakatens regler for god presseskikk.', [
            ['/om-oss', 'Om oss'],
            ['/personvern', 'Personvern'],
            ['/informasjonskapsler', 'Informasjonskapsler'],
            ['/nyhetsbrev?utm_source=bunn', 'Nyhetsbrev'],
          ]),
      },
      {
        path: '/nyheter/2026/02/avkledningsapper-elever',
        title: 'Appene som «kler av» med KI: Slik tjener de penger | Fjordavisa',
        head: jsonLd({
          '@context': 'https://schema.org',
          '@type': 'NewsArticle',
          headline: 'Appene som «kler av» med KI: Slik tjener de penger på falske nakenbilder av elever',
          datePublished: '2026-02-11T06:00:00+01:00',
          author: { '@type': 'Person', name: 'Ingrid Solheim' },
          inLanguage: 'no',
        }),
        body:
          fjordNav +
          article(
            h1('Appene som «kler av» med KI: Slik tjener de penger på falske nakenbilder av elever'),
            p('Av Ingrid Solheim · 11. februar 2026 kl. 06.00 · Oppdatert 12.30'),
            p('«Last opp et bilde. Vår KI fjerner klærne på ti sekunder.» Slik blir besøkende møtt hos KleAv AI (' + a('https://kleav-ai.test/no?ref=fjordavisa', 'kleav-ai.test') + '), en av tjenestene Fjordavisa har undersøkt. Tre gratis forsøk, deretter koster 100 kreditter 119 kroner. Et «VIP»-abonnement til 299 kroner i måneden gir «HD-modus», «undertøysmodus» og «deepfake-video».'),
            p('Fjordavisa har i tre måneder dokumentert elleve slike tjenester. Vi har aldri lastet opp bilder av ekte mennesker – testene ble gjort med en utstillingsdukke og KI-genererte ansikter som ikke tilhører noen.'),
            h2('Krypto, gavekort og Telegram'),
            p('Norske bankkort blir nesten alltid avvist. I stedet blir man sendt videre til betalingssider på andre domener som beskriver kjøpet som «kreditter til digital kunst». Flere tjenester viser til en Telegram-bot, ' + a('https://t.me/KleAvBot', '@KleAvBot') + ', som selger koder mot kryptovaluta eller gavekort.'),
            blockquote('– De som rammes, får det ofte vite sist. Når de kommer til oss, har bildet allerede gått rundt på hele skolen.', 'Helsesykepleier ved en videregående skole i fylket'),
            h2('Hva sier loven?'),
            p('Det er straffbart å dele seksuelle bilder av andre uten samtykke, og ifølge jurister Fjordavisa har snakket med gjelder det også manipulerte bilder. Gjelder det personer under 18 år, er det svært alvorlig. Plattformene må håndtere varsler om ulovlig innhold etter EUs regler for digitale tjenester, som Norge innfører gjennom EØS-avtalen.'),
            p('KleAv AI har ikke svart på Fjordavisas henvendelser.'),
          ) +
          section(h2('Les også'), ul(a('/nyheter/2026/02/politiet-advarer-foreldre', 'Politiet advarer foreldre mot avkledningsapper'), 'Slik får du fjernet et falskt nakenbilde fra nettet')) +
          section(
            h2('Kommentarer (31)'),
            p('<strong>Kari_S</strong> — Hvorfor får disse sidene i det hele tatt ta betalt? Hvor er bankene?'),
            p('<strong>Arne B.</strong> — Sønnen min på 14 visste allerede navnet på en sånn app. Takk for en viktig sak.'),
            p('<strong>Fjordavisa</strong> — Kommentarer med lenker til slike tjenester blir fjernet.'),
          ),
      },
      {
        path: '/nyheter/2026/02/politiet-advarer-foreldre',
        title: 'Politiet advarer foreldre mot avkledningsapper | Fjordavisa',
        body:
          fjordNav +
          article(
            h1('Politiet advarer foreldre: – Snakk med barna om avkledningsapper'),
            p('Av redaksjonen · 12. februar 2026'),
            p('Etter Fjordavisas avsløring oppfordrer politiet foreldre til å snakke med barna om såkalte nudify- og avkledningsapper. – De reklameres helt åpent i sosiale medier med tekster som «Kle av hvem som helst med ett klikk», sier en politioverbetjent.'),
            p('Politiet råder de som rammes til ikke å dele bildene videre, men notere hvor de ligger og anmelde forholdet. Skoler kan kontakte politikontakten i kommunen for besøk og råd. Politiet understreker at det er straffbart å lage et falskt bilde av en klassekamerat, også når det er «for moro skyld».'),
          ),
      },
      {
        path: '/nyhetsbrev',
        title: 'Nyhetsbrev | Fjordavisa',
        body:
          fjordNav +
          h1('Fjordavisas nyhetsbrev') +
          p('Velg nyhetsbrevene du vil ha. Alle er gratis, og du kan melde deg av med ett klikk nederst i hver e-post.') +
          ul('<strong>Morgen</strong> – hver hverdag kl. 7', '<strong>Helg</strong> – ukens beste saker på lørdager', '<strong>Avsløringer</strong> – når gravegruppen vår publiserer noe nytt') +
          textForm('E-postadresse', 'Meld meg på', '/nyhetsbrev/pamelding') +
          p('Vi bruker e-postadressen din bare til å sende nyhetsbrevene. Vi selger den aldri og deler den ikke med annonsører.'),
      },
    ],
  },

  // 3 — victim-help (no)
  {
    host: 'falskenakenbilder-hjelp.test', lang: 'no', label: 'unrelated', shape: 'victim-help', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Blir et falskt nakenbilde av deg delt? Vi hjelper deg | Hjelpelinjen',
        body:
          nav([['/steg-for-steg', 'Hva gjør jeg nå?'], ['/fjerning', 'Få bildet fjernet'], ['/fortell', 'Fortell hva som skjedde'], ['/kontakt', 'Ring eller chat']], 'Hjelpelinjen for falske nakenbilder') +
          p(a('https://yr-hurtig.test/', 'Forlat siden raskt')) +
          h1('Et falskt nakenbilde av deg blir delt. Hva gjør jeg nå?') +
          p('Først og fremst: Det er ikke din skyld. Noen har tatt et helt vanlig bilde av deg og kjørt det gjennom en såkalt nudify- eller avkledningsapp, eller laget en deepfake. Bildet er falskt, men skaden er ekte – og det er mye vi kan gjøre sammen. Hjelpen er gratis, og du kan være anonym.') +
          section(
            h2('Tre ting du kan gjøre i dag'),
            ol(
              '<strong>Ikke svar.</strong> Ikke ta kontakt med den som deler bildet, og betal aldri hvis noen truer deg.',
              '<strong>Skriv ned hvor bildet er.</strong> Lenker, brukernavn, gruppenavn og dato. Et skjermbilde av siden eller chatten kan hjelpe – men ikke lagre selve bildet på en delt enhet.',
              '<strong>Få støtte.</strong> Ring oss, chat med oss eller ' + a('/fortell', 'fortell hva som har skjedd i skjemaet vårt') + '.',
            ),
          ) +
          section(
            h2('Hvordan lages slike bilder?'),
            p('Det finnes nettsider og Telegram-boter som reklamerer med at de kan «fjerne klærne fra et hvilket som helst bilde». De tar noen tikroner i kreditter og trenger bare ett bilde fra sosiale medier. Appene ser ingenting – de dikter opp. Likevel er det straffbart å dele bildene, og plattformene må fjerne dem når de får et varsel.'),
          ) +
          faq('Vanlige spørsmål', [
            ['Kan jeg selv bli straffet fordi bildet viser meg?', 'Nei. Du er den som er rammet. Den som lager eller deler bildet, kan gjøre noe straffbart.'],
            ['Jeg er under 18.', 'Fortell det til en voksen du stoler på, og ta kontakt med oss. Det finnes ekstra raske måter å få fjernet bilder av barn på, og du får ikke problemer for at du forteller.'],
            ['Må jeg sende bildet til dere?', 'Nei, aldri. Vi trenger bare lenkene og beskrivelsen din.'],
          ]) +
          footer('Hjelpelinjen for falske nakenbilder drives av en ideell organisasjon med offentlig støtte. © 2026', [
            ['/personvern', 'Personvern'],
            ['/om-oss', 'Om oss'],
            ['/kontakt', 'Kontakt'],
          ]),
      },
      {
        path: '/steg-for-steg',
        title: 'Steg for steg | Hjelpelinjen',
        body:
          h1('Steg for steg: Hvis en deepfake eller et falskt nakenbilde av deg blir delt') +
          ol(
            '<strong>Pust.</strong> Du trenger ikke løse alt i dag.',
            '<strong>Sikre bevis.</strong> Kopier lenkene til alle steder der bildet ligger. Noter kontonavn og tidspunkt. Hvis du vet hvilken app som ble brukt – for eksempel en side som lover «KI-avkledning» – skriv det ned også.',
            '<strong>Varsle plattformen.</strong> Bruk rapporteringsknappen og velg «nakenbilder uten samtykke» eller lignende. Skriv at bildet er falskt.',
            '<strong>Be søkemotorene fjerne det.</strong> De store søkemotorene har egne skjema for å fjerne falske intime bilder fra søkeresultatene.',
            '<strong>Anmeld.</strong> Det går også om du ikke vet hvem som gjorde det. Vi kan hjelpe deg med å forberede anmeldelsen.',
            '<strong>Ta vare på deg selv.</strong> Snakk med noen du stoler på. Vi er her så lenge du trenger det.',
          ),
      },
      {
        path: '/fortell',
        title: 'Fortell hva som skjedde | Hjelpelinjen',
        body:
          h1('Fortell oss hva som har skjedd') +
          p('Beskriv situasjonen med dine egne ord. Ikke legg ved eller lim inn bilder. En av våre veiledere tar kontakt innen to virkedager, på den måten du velger.') +
          '<form action="/fortell/send" method="post"><label>Hva har skjedd?<textarea name="beskrivelse"></textarea></label><label>Lenker der bildet ligger (én per linje)<textarea name="lenker"></textarea></label><label>Hvordan vil du at vi kontakter deg?<input name="kontakt"></label><button>Send trygt</button></form>' +
          p('Alt du forteller oss blir hos oss. Vi deler bare informasjon hvis du selv ønsker det, eller hvis noen er i akutt fare. Du kan også være helt anonym – da kan vi dessverre ikke ta kontakt med deg.'),
      },
      {
        path: '/fjerning',
        title: 'Få bildet fjernet | Hjelpelinjen',
        body:
          h1('Slik får du bildet fjernet') +
          p('Vi har kontakt med sosiale medier, meldingsapper, nettverter og søkemotorer. Med ditt samtykke sender vi varsler på dine vegne etter den ordningen som EUs regler for digitale tjenester krever at plattformene tilbyr.') +
          p('Hvis bildet ligger på selve avkledningstjenestens nettside – noen har et offentlig «galleri» – varsler vi nettverten og domeneregistraren. Mange av tjenestene drives også som Telegram-boter, og dem rapporterer vi til Telegram.') +
          p('Vi ber deg aldri sende selve bildet. Vi trenger bare lenkene og en beskrivelse. I de fleste tilfeller er bildet borte fra stedene vi kjenner til, i løpet av et par døgn.'),
      },
      {
        path: '/kontakt',
        title: 'Ring eller chat | Hjelpelinjen',
        body:
          h1('Ring eller chat med oss') +
          p('Telefon: 800 00 000 (gratis, vises ikke på telefonregningen). Chat: mandag–fredag kl. 10–21. E-post: hjelp@falskenakenbilder-hjelp.test. Du trenger ikke oppgi navnet ditt.') +
          p('Veilederne våre har opplæring i å hjelpe dem som er rammet av deepfakes, nudify-apper, sextortion og andre former for digital seksuell vold. Vi kan også bli med deg til politiet eller hjelpe deg å finne en advokat. Ved akutt fare: ring 112.'),
      },
    ],
  },

  // 4 — fact-check (no)
  {
    host: 'sjekkpunktet.test', lang: 'no', label: 'unrelated', shape: 'fact-check', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Sjekkpunktet — uavhengig faktasjekk',
        body:
          nav([['/', 'Siste faktasjekker'], ['/faktasjekk/kan-appen-se-gjennom-klaer', 'Aktuelt'], ['/faktasjekk/telegram-bot-gratis-avkledning', 'Kjedebrev'], ['/metode', 'Slik jobber vi']], 'Sjekkpunktet') +
          cookieBanner('Vi bruker ingen sporingskapsler, bare anonym trafikkmåling.', 'Greit') +
          h1('Siste faktasjekker') +
          p('Vi sjekker påstander, bilder og videoer som sprer seg – uavhengig, åpent og uten reklame.') +
          article(
            h2(a('/faktasjekk/kan-appen-se-gjennom-klaer', 'Kan denne «røntgen-appen» virkelig se gjennom klær? Vi sjekket')),
            p('Konklusjon: <strong>FEIL</strong> · 26. februar 2026'),
            p('En app som reklameres i korte videoer, påstår at KI-en kan «se gjennom ethvert antrekk». Det kan den ikke. Den finner på et bilde – og det er nettopp derfor den er skadelig.'),
          ) +
          article(
            h2(a('/faktasjekk/telegram-bot-gratis-avkledning', 'Nei, denne Telegram-boten gir ikke «ubegrenset gratis avkledning»')),
            p('Konklusjon: <strong>VILLEDENDE</strong> · 19. februar 2026'),
            p('En melding som deles i klassechatter lover gratis nudify-kreditter hvis du inviterer venner. Vi sjekket påstandene uten å laste opp bilder av ekte mennesker.'),
          ) +
          article(h2('Nei, bildet av den oversvømte motorveien er ikke fra denne uken'), p('Konklusjon: <strong>UTEN KONTEKST</strong> · 16. februar 2026')) +
          article(h2('Påstand om at nye bankkort har sporingsbrikke er feil'), p('Konklusjon: <strong>FEIL</strong> · 13. februar 2026')) +
          section(h2('Tips oss'), p('Har du sett noe du lurer på? Send oss lenken.'), textForm('Lenke eller beskrivelse', 'Send', '/tips')) +
          footer('Sjekkpunktet følger de internasjonale prinsippene for faktasjekk. © 2026', [
            ['/metode', 'Metode'],
            ['/rettelser', 'Rettelser'],
            ['/finansiering', 'Finansiering'],
          ]),
      },
      {
        path: '/faktasjekk/kan-appen-se-gjennom-klaer',
        title: 'Kan denne «røntgen-appen» virkelig se gjennom klær? | Sjekkpunktet',
        head: jsonLd({
          '@context': 'https://schema.org',
          '@type': 'ClaimReview',
          claimReviewed: 'Appen XRayly kan se gjennom klær på ethvert bilde',
          reviewRating: { '@type': 'Rating', ratingValue: 1, bestRating: 5, alternateName: 'Feil' },
          author: { '@type': 'Organization', name: 'Sjekkpunktet' },
          datePublished: '2026-02-26',
          inLanguage: 'no',
        }),
        body:
          h1('Kan denne «røntgen-appen» virkelig se gjennom klær? Vi sjekket') +
          p('Av Henrik Aasen · 26. februar 2026') +
          p('<strong>Påstanden:</strong> Reklamer for appen XRayly (' + a('https://xrayly.test/no?utm_source=sjekkpunktet', 'xrayly.test') + ') sier: «KI-en vår ser gjennom klær. Ethvert bilde, ethvert antrekk, 100 % ekte.»') +
          p('<strong>Konklusjon: FEIL.</strong> Ingen programvare kan hente fram det et kamera aldri har registrert. Appen lager et oppdiktet bilde.') +
          h2('Slik sjekket vi') +
          p('Vi testet appen bare med bilder av en utstillingsdukke i ulike antrekk og med et KI-generert portrett av en person som ikke finnes. Appen gir tre gratis kreditter og selger deretter pakker: 50 kreditter for 79 kroner og 200 for 229 kroner. «Røntgenmodus» koster 4 kreditter per bilde.') +
          p('Dukken fikk en menneskekropp den ikke har. Med et annet antrekk ble resultatet et annet. Appen «ser» altså ingenting – den gjetter, slik alle nudify- og avkledningstjenester gjør.') +
          h2('Hvorfor det er viktig') +
          p('Ordet «røntgen» antyder at resultatet viser noe sant om en ekte person. Det gjør forfalskningen mer troverdig for dem som ser den, og mer krenkende for den som rammes. Å lage slike bilder av ekte personer uten samtykke kan være straffbart.'),
      },
      {
        path: '/faktasjekk/telegram-bot-gratis-avkledning',
        title: 'Nei, denne Telegram-boten gir ikke ubegrenset gratis avkledning | Sjekkpunktet',
        body:
          h1('Nei, denne Telegram-boten gir ikke «ubegrenset gratis avkledning»') +
          p('Av Maja Nilsen · 19. februar 2026 · Konklusjon: VILLEDENDE') +
          p('En kjedemelding påstår at boten ' + a('https://t.me/KleAvBot', '@KleAvBot') + ' gir «ubegrenset gratis nudify – bare inviter tre venner». Vi fant at boten gir to gratis genereringer og deretter krever betaling i Telegram Stars eller kryptovaluta: omtrent 110 kroner for 100 kreditter.') +
          p('Ifølge vilkårene som er lenket i profilen, kan opplastede bilder «lagres for å forbedre tjenesten». Den som sender et bilde av en annen person, gir det altså videre til ukjente operatører.') +
          p('Vi lastet ikke opp bilder av ekte personer, men dokumenterte bare svarene og prislisten til boten. Vi har varslet Telegram om boten.'),
      },
      {
        path: '/metode',
        title: 'Slik jobber vi | Sjekkpunktet',
        body:
          h1('Slik jobber vi') +
          p('Vi sjekker påstander som sprer seg mye og kan gjøre skade. Hver faktasjekk leses av en annen redaktør før publisering. Vi oppgir og lenker til kildene våre – unntatt når en lenke ville gi trafikk til en skadelig tjeneste. For nudify- og deepfake-apper nevner vi domenet, men vi markedsfører det ikke.') +
          p('Konklusjoner: RIKTIG, DELVIS RIKTIG, UTEN KONTEKST, VILLEDENDE, FEIL. Når vi tar feil, retter vi det og skriver det øverst i artikkelen.'),
      },
    ],
  },

  // 5 — ngo (cs)
  {
    host: 'mujobraz-spolek.test', lang: 'cs', label: 'unrelated', shape: 'ngo', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Spolek Můj obraz — proti digitálnímu sexuálnímu násilí',
        head: jsonLd({ '@context': 'https://schema.org', '@type': 'NGO', name: 'Spolek Můj obraz', address: { '@type': 'PostalAddress', addressCountry: 'CZ' } }),
        body:
          nav(
            [
              ['/vysvetlujeme/svlekaci-aplikace', 'Co jsou svlékací aplikace?'],
              ['/kampan/bez-souhlasu-ne', 'Kampaň'],
              ['/o-nas', 'O nás'],
              ['/darujte?utm_source=menu', 'Darujte'],
            ],
            'Můj obraz',
          ) +
          cookieBanner('Používáme pouze nezbytné cookies a anonymní statistiky návštěvnosti.', 'Rozumím') +
          h1('Tvoje fotka. Tvoje tělo. Tvoje hranice.') +
          p('Každý den se na weby typu „nudify“ nahrávají tisíce obyčejných fotek skutečných lidí. Tyto služby slibují, že „odstraní oblečení pomocí AI“. Lidé na fotkách — spolužačky, kolegové, bývalé partnerky, streamerky — s tím nikdy nesouhlasili. Spolek Můj obraz proti tomu bojuje od roku 2021.') +
          section(
            h2('Co děláme'),
            ul(
              '<strong>Vysvětlujeme</strong> — srozumitelné příručky o deepfakech a svlékacích aplikacích pro mladé, rodiče, učitele a odborníky.',
              '<strong>Tlačíme</strong> — žádáme platební společnosti, obchody s aplikacemi a hostingové firmy, aby dodržovaly vlastní pravidla.',
              '<strong>Pomáháme</strong> — odkazujeme oběti na poradny, právní pomoc a služby pro odstranění obsahu.',
            ),
          ) +
          section(
            h2('Čísla'),
            p('V našem průzkumu z roku 2025 mezi 1 400 mladými lidmi ve věku 14 až 24 let vidělo reklamu na svlékací aplikaci 20 % a 6 % znalo někoho, o kom se šířila falešná nahá fotka.'),
          ) +
          section(h2('Kampaň #BezSouhlasuNe'), p('Svlékací aplikace žijí z kreditů a předplatného. Bez plateb není byznys. ' + a('/kampan/bez-souhlasu-ne', 'Přečtěte si, co požadujeme, a podepište petici') + '.')) +
          faq('Časté otázky', [
            ['Je falešná nahá fotka trestná?', 'Šíření takového obsahu může být trestným činem a u nezletilých jde o velmi závažný čin.'],
            ['Odstraňujete fotky sami?', 'Odkazujeme na specializované služby, které to umí, a provázíme vás celým procesem.'],
          ]) +
          footer('Spolek Můj obraz, z. s. · IČO 00000000 · © 2026', [
            ['/ochrana-osobnich-udaju', 'Ochrana osobních údajů'],
            ['/o-nas', 'O nás'],
            ['/darujte?utm_source=paticka', 'Darujte'],
          ]),
      },
      {
        path: '/vysvetlujeme/svlekaci-aplikace',
        title: 'Co jsou svlékací aplikace? | Můj obraz',
        body:
          h1('Co jsou svlékací aplikace?') +
          p('Svlékací aplikace — také „nudify“ nebo „undress AI“ — jsou weby, aplikace a boti na Telegramu, které z fotky oblečeného člověka vytvoří falešnou nahou fotku. Program nic „nevidí“: vymyslí tělo a přilepí k němu obličej. Výsledek ale může vypadat dost věrohodně na to, aby někoho ponížil, vyděsil nebo se stal nástrojem vydírání.') +
          h2('Jak fungují') +
          p('Uživatel nahraje fotku, vybere režim jako „bikiny“, „spodní prádlo“ nebo „odstranit oblečení“ a za pár vteřin má výsledek. Mnoho služeb dá několik kreditů zdarma a pak si účtuje zhruba 250 Kč za balíček nebo 500 až 1 000 Kč měsíčně za předplatné „Pro“ či „VIP“. Některé nabízejí i deepfake funkci, která vloží obličej do existujícího videa pro dospělé.') +
          h2('Jak se propagují') +
          p('Slogany jako „Svlékni kohokoli jedním klikem“ nebo „100 % anonymně, bez registrace“. Reklamy se objevují na sociálních sítích, v herních chatech a přes influencery placené za každou registraci.'),
      },
      {
        path: '/kampan/bez-souhlasu-ne',
        title: 'Kampaň #BezSouhlasuNe | Můj obraz',
        body:
          h1('#BezSouhlasuNe') +
          p('Svlékací aplikace existují, protože vydělávají. Proto se obracíme na ty, kdo tento byznys umožňují:') +
          ol(
            'Platební společnosti: odmítněte obchodníky, kteří prodávají kredity na „undress“ pod vágními popisy.',
            'Hostingové firmy a registrátoři: zablokujte tyto weby do 24 hodin po podloženém oznámení.',
            'Reklamní sítě a obchody s aplikacemi: zakažte reklamy slibující odstranění oblečení z fotek.',
            'Politici: dejte dozorovým úřadům prostředky k prosazování nařízení o digitálních službách.',
          ) +
          p('Petici už podepsalo 5 230 lidí. Přidáte se?') +
          textForm('Váš e-mail', 'Podepsat', '/kampan/podepsat'),
      },
      {
        path: '/darujte',
        title: 'Darujte | Můj obraz',
        body:
          h1('Podpořte naši práci') +
          p('Dar spolku si můžete odečíst od základu daně. Nepřijímáme peníze od technologických firem.') +
          priceTable(['Částka', 'Co umožní'], [['300 Kč', 'Jednu přednášku ve škole'], ['800 Kč', 'Doprovázení jedné oběti po dobu měsíce'], ['1 500 Kč', 'Tištěné příručky pro celou školu']]) +
          button('Darovat') +
          p('Můžete se také stát pravidelným dárcem s měsíční částkou a kdykoli přestat. Potvrzení o daru vám zašleme e-mailem. Naše hospodaření každý rok zveřejňujeme ve výroční zprávě.') +
          p('Děkujeme, že nám pomáháte chránit lidi před zneužitím jejich fotografií.'),
      },
    ],
  },

  // 6 — academic (cs)
  {
    host: 'uip-vyzkum.test', lang: 'cs', label: 'unrelated', shape: 'academic', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Ústav informatiky a práva — výzkum',
        body:
          nav([['/', 'Úvod'], ['/publikace', 'Publikace'], ['/publikace/svlekaci-sluzby-ceske-prostredi', 'Vybraný článek'], ['/tym', 'Tým'], ['/en', 'English']], 'ÚIP') +
          h1('Ústav informatiky a práva') +
          p('Zkoumáme, jak právo reaguje na nové technologie: regulaci platforem, ochranu osobních údajů, umělou inteligenci a bezpečnost na internetu. Ústav spojuje právníky, informatiky a sociology a spolupracuje s neziskovými organizacemi i dozorovými úřady.') +
          section(
            h2('Aktuality'),
            ul(
              'Únor 2026 — Vyšel náš článek o svlékacích službách dostupných v Česku. ' + a('/publikace/svlekaci-sluzby-ceske-prostredi', 'Přečtěte si abstrakt') + '.',
              'Leden 2026 — Členové týmu vystoupili na kulatém stole Poslanecké sněmovny k deepfakům.',
              'Prosinec 2025 — Hledáme doktoranda/doktorandku v oblasti regulace platforem.',
            ),
          ) +
          section(
            h2('Výzkumná témata'),
            ul(
              '<strong>Regulace platforem</strong> — uplatňování nařízení o digitálních službách v praxi.',
              '<strong>Zneužívání obrazu</strong> — trestněprávní a civilní postih falešných nahých fotek a deepfaků.',
              '<strong>AI a odpovědnost</strong> — kdo odpovídá, když služba s umělou inteligencí způsobí škodu.',
            ),
          ) +
          p('Při výzkumu nikdy nenahráváme fotografie skutečných osob do služeb, které zkoumáme. Veškerý sběr dat schválila etická komise fakulty. Data o svlékacích a deepfake webech sdílíme pouze s výzkumníky, neziskovými organizacemi a úřady, které podepíší smlouvu o užití dat.') +
          section(h2('Spolupráce'), p('Pořádáme přednášky pro školy, soudce a policii a rádi se zapojíme do společných projektů s platformami i neziskovým sektorem.')) +
          footer('Ústav informatiky a práva · © 2026', [
            ['/tym', 'Kontakt'],
            ['/publikace', 'Publikace'],
          ]),
      },
      {
        path: '/publikace/svlekaci-sluzby-ceske-prostredi',
        title: 'Svlékací služby s umělou inteligencí v českém prostředí — ÚIP',
        head: jsonLd({
          '@context': 'https://schema.org',
          '@type': 'ScholarlyArticle',
          headline: 'Svlékací služby s umělou inteligencí v českém prostředí: obchodní model a právní odpovědnost',
          author: ['T. Dvořák', 'K. Svobodová', 'P. Marek'],
          datePublished: '2026-02',
          inLanguage: 'cs',
        }),
        body:
          h1('Svlékací služby s umělou inteligencí v českém prostředí: obchodní model a právní odpovědnost') +
          p('Tomáš Dvořák, Kateřina Svobodová, Petr Marek · Revue pro právo a technologie, roč. 17, č. 1 (2026), s. 5–38') +
          p(a('/publikace/svlekaci-sluzby-ceske-prostredi.pdf', 'PDF (plný text, otevřený přístup)') + ' · ' + a('/publikace/svlekaci-sluzby-ceske-prostredi/citace', 'Citovat') + ' · DOI 10.0000/rpt.2026.0101') +
          h2('Abstrakt') +
          p('Článek analyzuje 48 služeb typu „nudify“ dostupných z České republiky, které z nahrané fotografie vytvářejí falešné nahé snímky. Téměř všechny fungují na kreditech (medián 249 Kč za 100 kreditů) nebo předplatném a propagují se výrazy jako „undress“, „svléknout“ nebo „x-ray“. 44 % nabízelo platbu kartou přes zprostředkovatele, kteří nákup označovali jako „digitální umění“, 31 % přijímalo pouze kryptoměny a 58 % provozovalo bota na Telegramu. Rozebíráme odpovědnost provozovatelů, zprostředkovatelů plateb a poskytovatelů hostingu podle trestního zákoníku a nařízení o digitálních službách a navrhujeme změny právní úpravy.') +
          p('<strong>Klíčová slova:</strong> deepfake, nudify, DSA, trestní odpovědnost, platební služby') +
          h2('Citováno') +
          p('Citováno v 4 pracích (březen 2026).'),
      },
      {
        path: '/publikace',
        title: 'Publikace — ÚIP',
        body:
          h1('Publikace') +
          h3('2026') +
          ul(a('/publikace/svlekaci-sluzby-ceske-prostredi', 'Svlékací služby s umělou inteligencí v českém prostředí: obchodní model a právní odpovědnost') + '. Revue pro právo a technologie.', 'Notice-and-action under the DSA: evidence from Central Europe (v angličtině, konferenční příspěvek).') +
          h3('2025') +
          ul('Deepfaky a ochrana osobnosti v občanském zákoníku. Článek.', 'Nezletilí, souhlas a AI snímky: výsledky dotazníkového šetření. Výzkumná zpráva.', 'Odpovědnost poskytovatelů hostingu po DSA. Kapitola v monografii.') +
          p('Všechny naše publikace jsou v otevřeném přístupu v univerzitním repozitáři. Tištěné zprávy lze objednat na sekretariátu ústavu.'),
      },
      {
        path: '/tym',
        title: 'Tým — ÚIP',
        body:
          h1('Tým') +
          ul(
            '<strong>doc. JUDr. Tomáš Dvořák, Ph.D.</strong> — vedoucí ústavu, trestní právo a technologie',
            '<strong>Mgr. Kateřina Svobodová, Ph.D.</strong> — regulace platforem a ochrana spotřebitele',
            '<strong>Ing. Petr Marek</strong> — datová analýza a měření webu',
            '<strong>Mgr. Lucie Horáková</strong> — doktorandka, ochrana osobních údajů',
          ) +
          p('Novináři, školy a organizace, které s námi chtějí spolupracovat, se mohou obrátit na sekretariát ústavu. Studenti se zájmem o diplomovou práci na téma deepfaků nebo DSA jsou vítáni.') +
          p('Konzultační hodiny jsou vypsány v informačním systému fakulty.'),
      },
    ],
  },

  // 7 — blocklist (cs)
  {
    host: 'cistyfiltr-seznam.test', lang: 'cs', label: 'unrelated', shape: 'blocklist', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Čistý filtr — seznam pro blokování svlékacích a deepfake webů',
        head: metaDescription('Otevřený seznam filtrů, který blokuje nudify weby, svlékací aplikace a sexuální deepfaky. Pro Pi-hole, AdGuard, uBlock Origin a DNS filtry.'),
        body:
          nav(
            [
              ['/', 'Úvod'],
              ['/seznam/cistyfiltr-hosts.txt', 'Surový seznam (hosts)'],
              ['/nahlasit', 'Nahlásit doménu'],
              ['/zmeny', 'Historie změn'],
            ],
            'Čistý filtr',
          ) +
          h1('Čistý filtr') +
          p('Bezplatný otevřený seznam filtrů proti webům a aplikacím, které „svlékají“ lidi na fotkách, „odstraňují oblečení pomocí AI“ nebo vyrábějí sexuální deepfaky skutečných osob. Spravují ho dobrovolníci — učitelé informatiky a správci školních sítí.') +
          p('<strong>Počet domén:</strong> 688 · <strong>Poslední aktualizace:</strong> 2026-03-01 · <strong>Licence:</strong> CC0') +
          section(
            h2('Pro koho?'),
            p('Pro školní sítě, knihovny, nízkoprahové kluby i rodiny. Komerční filtry tyto služby často nezachytí, protože se tváří jako nevinná „AI fotostudia“ a každých pár týdnů mění doménu. My sledujeme nové domény, zrcadla a přesměrování plateb.'),
          ) +
          section(
            h2('Jak seznam použít'),
            ul(
              '<strong>Pi-hole / AdGuard Home:</strong> přidejte ' + a('/seznam/cistyfiltr-hosts.txt', 'cistyfiltr-hosts.txt') + ' do sekce Adlists.',
              '<strong>uBlock Origin:</strong> stejný soubor lze přidat jako vlastní seznam filtrů.',
              '<strong>Firewally a DNS filtry zřizovatelů škol:</strong> na požádání poskytneme soubor RPZ.',
            ),
          ) +
          section(
            h2('Co na seznam patří a co ne?'),
            p('Ano: domény, jejichž hlavním účelem je vytváření nahých nebo sexuálních snímků skutečných lidí bez souhlasu — svlékací weby, face-swap služby se šablonami 18+, jejich zrcadla a platební brány. Ne: běžné fotoeditory, obchody s oblečením, novinové články ani osvětové weby o těchto službách.'),
          ) +
          faq('Otázky', [
            ['Moje stránka je na seznamu omylem.', 'Nahlaste to přes ' + a('/nahlasit', 'formulář') + '. Chybné záznamy řešíme přednostně, obvykle do 48 hodin.'],
            ['Blokujete i boty na Telegramu?', 'Přes DNS to nejde. Pro moderátory vedeme samostatný seznam jmen botů.'],
          ]) +
          footer('Čistý filtr je dobrovolnický, nekomerční projekt.', [
            ['/zmeny', 'Historie změn'],
            ['/nahlasit', 'Nahlásit doménu'],
          ]),
      },
      {
        path: '/seznam/cistyfiltr-hosts.txt',
        title: 'cistyfiltr-hosts.txt',
        body:
          '<pre># Čistý filtr (formát hosts)\n# Blokuje svlékací, nudify a sexuální deepfake služby\n# Domovská stránka: https://cistyfiltr-seznam.test/\n# Aktualizace: 2026-03-01\n# Počet záznamů: 688\n# Licence: CC0 — volně k použití ve školách a knihovnách\n#\n# --- svlékání / nudify ---\n0.0.0.0 odhalai.test\n0.0.0.0 www.odhalai.test\n0.0.0.0 app.odhalai.test\n0.0.0.0 veilgone.test\n0.0.0.0 silkstrip.test\n0.0.0.0 lunabare.test\n0.0.0.0 odziezoff.test\n0.0.0.0 entkleidr.test\n# --- face swap se šablonami 18+ ---\n0.0.0.0 skinshift.test\n0.0.0.0 nuvexa.test\n# --- zrcadla a platební brány ---\n0.0.0.0 odhalai-cz.test\n0.0.0.0 pay.odhalai.test\n0.0.0.0 go.veilgone.test\n# ... úplný seznam obsahuje 688 záznamů\n# Blokujeme pouze služby, které samy nabízejí svlékání fotek nebo deepfaky 18+.\n# Zpravodajské a osvětové weby o těchto službách na seznam nikdy nepatří.</pre>',
      },
      {
        path: '/nahlasit',
        title: 'Nahlásit doménu | Čistý filtr',
        body:
          h1('Nahlásit doménu nebo chybný záznam') +
          p('Znáte svlékací nebo deepfake službu, která na seznamu chybí? Uveďte doménu a krátký popis toho, co nabízí, například: „nahrání fotky, režim odstranit oblečení, kredity od 249 Kč, bot na Telegramu“. Nikdy neposílejte vygenerované snímky ani odkazy na ně.') +
          textForm('Doména a popis', 'Odeslat', '/nahlasit/nove') +
          p('Každé hlášení prověří dva správci seznamu. Posuzujeme vlastní texty služby: zda slibuje svlékání lidí, zda nabízí režim „nahá“ nebo „rentgen“ a zda prodává face-swap 18+. Majitelé webů, které se na seznam dostaly omylem, mohou použít stejný formulář.'),
      },
      {
        path: '/zmeny',
        title: 'Historie změn | Čistý filtr',
        body:
          h1('Historie změn') +
          ul(
            '2026-03-01 — +17 domén (nová zrcadla služby OdhalAI po pozastavení registrátorem), −1 chybný záznam (čistírna oděvů s „odstraňováním skvrn“ v názvu).',
            '2026-02-15 — +8 domén. Samostatný seznam jmen botů na Telegramu pro moderátory.',
            '2026-02-02 — +22 domén z reklamní kampaně „kredity na nudify zdarma“ na videoplatformách.',
            '2026-01-05 — Každoroční úklid: odstraněno 31 nefunkčních domén. Upřesněna kritéria na úvodní stránce na základě dotazů ředitelů škol.',
            '2025-12-10 — První veřejná verze seznamu: 512 domén.',
          ),
      },
    ],
  },

  // 8 — ngo (ro)
  {
    host: 'chipulmeu-asociatia.test', lang: 'ro', label: 'unrelated', shape: 'ngo', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Asociația Chipul Meu — împotriva violenței sexuale digitale',
        head: jsonLd({ '@context': 'https://schema.org', '@type': 'NGO', name: 'Asociația Chipul Meu', address: { '@type': 'PostalAddress', addressCountry: 'RO' } }),
        body:
          nav(
            [
              ['/explicam/aplicatii-de-dezbracat', 'Ce sunt aplicațiile de „dezbrăcat”?'],
              ['/campanie/nu-fara-acord', 'Campanie'],
              ['/despre-noi', 'Despre noi'],
              ['/doneaza?utm_source=meniu', 'Donează'],
            ],
            'Chipul Meu',
          ) +
          cookieBanner('Folosim doar cookie-uri necesare și statistici anonime.', 'Am înțeles') +
          h1('Fotografia ta. Corpul tău. Limita ta.') +
          p('În fiecare zi, mii de fotografii obișnuite ale unor oameni reali sunt încărcate pe site-uri de tip „nudify”, care promit să „elimine hainele cu ajutorul AI”. Persoanele din poze — colege de clasă, colegi de muncă, foste partenere, streameri — nu și-au dat niciodată acordul. Asociația Chipul Meu luptă împotriva acestui fenomen din 2022.') +
          section(
            h2('Ce facem'),
            ul(
              '<strong>Explicăm</strong> — ghiduri clare despre deepfake-uri și aplicațiile de dezbrăcat, pentru tineri, părinți, profesori și specialiști.',
              '<strong>Facem presiune</strong> — cerem procesatorilor de plăți, magazinelor de aplicații și firmelor de hosting să-și respecte propriile reguli.',
              '<strong>Sprijinim</strong> — îndrumăm victimele către serviciile de raportare, consiliere și asistență juridică.',
            ),
          ) +
          section(
            h2('Cifre'),
            p('În sondajul nostru din 2025, realizat pe 1 300 de tineri între 14 și 24 de ani, 18% văzuseră reclame la aplicații de dezbrăcat, iar 5% cunoșteau pe cineva despre care circulase o fotografie nud falsă.'),
          ) +
          section(h2('Campania #NuFărăAcord'), p('Aceste aplicații trăiesc din credite și abonamente. Fără plăți, nu există afacere. ' + a('/campanie/nu-fara-acord', 'Află ce cerem și semnează petiția') + '.')) +
          faq('Întrebări frecvente', [
            ['Este ilegală o fotografie nud falsă?', 'Distribuirea ei poate fi infracțiune, iar dacă victima este minoră faptele sunt foarte grave.'],
            ['Ștergeți voi imaginile?', 'Vă îndrumăm către serviciile care pot face asta și vă însoțim pe tot parcursul.'],
          ]) +
          footer('Asociația Chipul Meu · CIF 00000000 · © 2026', [
            ['/politica-de-confidentialitate', 'Politica de confidențialitate'],
            ['/despre-noi', 'Despre noi'],
            ['/doneaza?utm_source=subsol', 'Donează'],
          ]),
      },
      {
        path: '/explicam/aplicatii-de-dezbracat',
        title: 'Ce sunt aplicațiile de „dezbrăcat”? | Chipul Meu',
        body:
          h1('Ce sunt aplicațiile de „dezbrăcat”?') +
          p('Aplicațiile de dezbrăcat — numite și „nudify” sau „undress AI” — sunt site-uri, aplicații și boți de Telegram care transformă fotografia unei persoane îmbrăcate într-o imagine nud falsă. Programul nu „vede” nimic: inventează un corp și lipește fața pe el. Rezultatul poate părea însă suficient de real încât să umilească, să amenințe sau să fie folosit pentru șantaj.') +
          h2('Cum funcționează') +
          p('Utilizatorul încarcă o fotografie, alege un mod precum „bikini”, „lenjerie” sau „elimină hainele” și primește rezultatul în câteva secunde. Multe servicii oferă câteva credite gratuite, apoi cer în jur de 50 de lei pentru un pachet sau 100–200 de lei pe lună pentru un abonament „Pro” ori „VIP”. Unele oferă și o funcție deepfake care pune o față într-un videoclip pentru adulți deja existent.') +
          h2('Cum își fac reclamă') +
          p('Cu sloganuri precum „Dezbracă pe oricine cu un singur clic” sau „100% anonim, fără cont”. Reclamele apar pe rețelele sociale, în chaturile de jocuri și prin influenceri plătiți pe comision.'),
      },
      {
        path: '/campanie/nu-fara-acord',
        title: 'Campania #NuFărăAcord | Chipul Meu',
        body:
          h1('#NuFărăAcord') +
          p('Aplicațiile de dezbrăcat există pentru că aduc bani. De aceea ne adresăm celor care fac posibilă această afacere:') +
          ol(
            'Procesatori de plăți: refuzați comercianții care vând credite de „undress” sub descrieri vagi.',
            'Firme de hosting și registratori: suspendați aceste site-uri în 24 de ore după o notificare întemeiată.',
            'Rețele de publicitate și magazine de aplicații: interziceți reclamele care promit eliminarea hainelor din fotografii.',
            'Autorități: asigurați resursele necesare pentru aplicarea Regulamentului privind serviciile digitale.',
          ) +
          p('Au semnat deja 4 180 de persoane. Te alături?') +
          textForm('Adresa ta de e-mail', 'Semnez', '/campanie/semneaza'),
      },
      {
        path: '/doneaza',
        title: 'Donează | Chipul Meu',
        body:
          h1('Susține munca noastră') +
          p('Poți redirecționa 3,5% din impozitul pe venit către asociația noastră, fără niciun cost pentru tine. Nu acceptăm finanțare de la companii de tehnologie.') +
          priceTable(['Sumă', 'Ce face posibil'], [['50 lei', 'O sesiune de prevenție într-o școală'], ['150 lei', 'Însoțirea unei victime timp de o lună'], ['300 lei', 'Ghiduri tipărite pentru o școală întreagă']]) +
          button('Donează acum') +
          p('Poți deveni și donator lunar, cu posibilitatea de a renunța oricând. Rapoartele noastre financiare sunt publicate în fiecare an pe acest site.'),
      },
    ],
  },

  // 9 — other: podcast (ro, app-shell home)
  {
    host: 'bitcubit-podcast.test', lang: 'ro', label: 'unrelated', shape: 'other', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Bit cu Bit — podcast despre tehnologie și oamenii din spatele ei',
        jsOnly: true,
        head: jsonLd({ '@context': 'https://schema.org', '@type': 'PodcastSeries', name: 'Bit cu Bit', inLanguage: 'ro', webFeed: 'https://bitcubit-podcast.test/feed.xml' }),
        body:
          nav([['/episoade', 'Toate episoadele'], ['/episoade/54-aplicatiile-care-dezbraca', 'Ultimul episod'], ['/sustine', 'Susține podcastul']], 'Bit cu Bit') +
          h1('Bit cu Bit') +
          p('Un podcast săptămânal despre tehnologie, internet și oamenii afectați de ele — în limba română. Realizat de o jurnalistă și un inginer de securitate care explică, fără jargon, ce se întâmplă în spatele ecranului.') +
          section(
            h2('Ultimul episod'),
            h3(a('/episoade/54-aplicatiile-care-dezbraca', 'Ep. 54 — Aplicațiile care „dezbracă”: cum funcționează piața pozelor nud false')),
            p('52 min · 6 martie 2026'),
            p('„Încarcă orice poză. Eliminăm hainele instant.” Sloganul vinde milioane de credite pe lună. Vorbim cu o cercetătoare care a studiat serviciile de tip nudify, cu o avocată care obține ștergerea acestor imagini și cu o profesoară care a trecut printr-un astfel de caz în școala ei.'),
            button('▶ Ascultă episodul'),
          ) +
          section(
            h2('Episoade recente'),
            ul('Ep. 53 — Escrocheriile cu investiții „garantate” pe rețelele sociale (47 min)', 'Ep. 52 — Cine moderează ce vedem online? (55 min)', 'Ep. 51 — Verificarea vârstei: cine ne vede buletinul? (44 min)'),
          ) +
          p('Ne găsești în aplicația ta de podcasturi preferată sau prin RSS.') +
          footer('Bit cu Bit este susținut de ascultători. © 2026', [
            ['/sustine', 'Susține'],
            ['/episoade', 'Arhivă'],
            ['/feed.xml', 'RSS'],
          ]),
      },
      {
        path: '/episoade/54-aplicatiile-care-dezbraca',
        title: 'Ep. 54 — Aplicațiile care „dezbracă” | Bit cu Bit',
        head: jsonLd({ '@context': 'https://schema.org', '@type': 'PodcastEpisode', name: 'Aplicațiile care „dezbracă”', episodeNumber: 54, datePublished: '2026-03-06', duration: 'PT52M', inLanguage: 'ro' }),
        body:
          h1('Ep. 54 — Aplicațiile care „dezbracă”: cum funcționează piața pozelor nud false') +
          p('6 martie 2026 · 52 de minute') +
          button('▶ Redă') +
          h2('Note de episod') +
          p('Aplicațiile de tip nudify promit să „elimine hainele din orice fotografie” pentru câțiva lei în credite. În acest episod ne uităm la cum funcționează afacerea — reclamele, boții de Telegram, plățile în criptomonede — și la oamenii care suportă consecințele.') +
          h2('Capitole') +
          ul(
            '00:00 — Introducere: citim texte reale (anonimizate) din reclame',
            '05:10 — Cum face bani un site de dezbrăcat: pachete de credite de aproximativ 50 de lei, abonamente „VIP”',
            '16:45 — De ce procesatorii de plăți contează mai mult decât detectoarele de deepfake',
            '27:30 — Povestea unei profesoare (avertisment: discuție despre abuz prin imagini, fără detalii explicite)',
            '40:20 — Cum obții ștergerea: notificările prevăzute de Regulamentul privind serviciile digitale',
            '48:00 — Ce pot face ascultătorii',
          ) +
          h2('Fragment din transcriere') +
          blockquote('„Toate site-urile scriu în subsol același lucru: trebuie să ai acordul persoanei din poză. Iar chiar deasupra, butonul spune: dezbracă pe oricine. Nu pot fi adevărate amândouă.”') +
          p('Transcrierea completă este disponibilă pentru susținători și va fi publică în două săptămâni.'),
      },
      {
        path: '/episoade',
        title: 'Toate episoadele | Bit cu Bit',
        body:
          h1('Toate episoadele') +
          ul(
            a('/episoade/54-aplicatiile-care-dezbraca', 'Ep. 54 — Aplicațiile care „dezbracă”') + ' (52 min)',
            'Ep. 53 — Escrocheriile cu investiții „garantate” pe rețelele sociale (47 min)',
            'Ep. 52 — Cine moderează ce vedem online? (55 min)',
            'Ep. 51 — Verificarea vârstei: cine ne vede buletinul? (44 min)',
            'Ep. 50 — Vocile clonate și țeapa „nepotul la necaz” (41 min)',
            'Ep. 49 — Oamenii care etichetează datele pentru AI (50 min)',
          ) +
          p('Episoadele mai vechi sunt disponibile în aplicația ta de podcasturi. Pentru fiecare episod publicăm note detaliate și linkuri către sursele folosite.'),
      },
      {
        path: '/sustine',
        title: 'Susține podcastul | Bit cu Bit',
        body:
          h1('Susține Bit cu Bit') +
          p('Nu acceptăm sponsorizări de la platformele despre care vorbim. Podcastul este finanțat de ascultători: aproximativ 600 dintre voi contribuie în fiecare lună.') +
          priceTable(['Nivel', 'Pe lună', 'Primești'], [['Ascultător', '15 lei', 'Episoade fără reclame'], ['Susținător', '35 lei', 'Fără reclame + episoade bonus'], ['Mecena', '75 lei', 'Toate acestea + o sesiune lunară de întrebări în direct']]) +
          p('Poți renunța oricând. Dacă nu îți permiți, episoadele publice rămân gratuite pentru totdeauna. Contribuțiile ne ajută să plătim transcrierile, ca podcastul să fie accesibil și persoanelor cu deficiențe de auz.'),
      },
    ],
  },

  // 10 — encyclopedia (el)
  {
    host: 'eleftheri-enkyklopaideia.test', lang: 'el', label: 'unrelated', shape: 'encyclopedia', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Ελεύθερη Εγκυκλοπαίδεια',
        body:
          eeNav +
          h1('Καλώς ήρθατε στην Ελεύθερη Εγκυκλοπαίδεια') +
          p('την ελεύθερη εγκυκλοπαίδεια που μπορεί να επεξεργαστεί ο καθένας. 241.318 λήμματα στα ελληνικά. Κάθε μήνα χιλιάδες εθελοντές βελτιώνουν και επεκτείνουν το περιεχόμενο.') +
          section(
            h2('Επιλεγμένο λήμμα'),
            p('Το <b>φαράγγι του Βίκου</b> βρίσκεται στην Ήπειρο, στην περιοχή του Ζαγορίου, και θεωρείται από τα βαθύτερα φαράγγια του κόσμου σε σχέση με το πλάτος του. Διασχίζεται από τον ποταμό Βοϊδομάτη και αποτελεί τμήμα εθνικού πάρκου. Το μονοπάτι που το διατρέχει είναι από τα πιο δημοφιλή πεζοπορικά μονοπάτια της χώρας. (' + a('/wiki/Φαράγγι_του_Βίκου', 'Περισσότερα') + ')'),
          ) +
          section(
            h2('Επικαιρότητα'),
            ul(
              'Ευρωπαϊκές ρυθμιστικές αρχές εντείνουν τα μέτρα κατά των ' + a('/wiki/Εφαρμογή_ψηφιακού_γδυσίματος', 'εφαρμογών ψηφιακού γδυσίματος') + '.',
              'Έρευνα για ' + a('/wiki/Πορνογραφικό_deepfake', 'πορνογραφικά deepfake') + ' μαθητριών σε σχολείο.',
              'Διαστημικό σκάφος ολοκληρώνει την τελευταία του διέλευση.',
            ),
          ) +
          section(
            h2('Γνωρίζατε ότι…'),
            ul(
              '… το πρώτο δημοφιλές πρόγραμμα «γδυσίματος» φωτογραφιών αποσύρθηκε από τον δημιουργό του μέσα σε λίγες ημέρες το 2019, αλλά ο κώδικάς του συνέχισε να κυκλοφορεί;',
              '… σε ορισμένα χωριά της Κρήτης σώζονται ακόμη ενετικοί νερόμυλοι σε λειτουργία;',
            ),
          ) +
          footer('Το κείμενο διατίθεται με άδεια Creative Commons Αναφορά-Παρόμοια Διανομή.', [
            ['/wiki/Βοήθεια:Απόρρητο', 'Πολιτική απορρήτου'],
            ['/wiki/Βοήθεια:Σχετικά', 'Σχετικά'],
            ['/wiki/Βοήθεια:Αποποίηση', 'Αποποίηση ευθυνών'],
          ]),
      },
      {
        path: '/wiki/Εφαρμογή_ψηφιακού_γδυσίματος',
        title: 'Εφαρμογή ψηφιακού γδυσίματος — Ελεύθερη Εγκυκλοπαίδεια',
        body:
          eeNav +
          h1('Εφαρμογή ψηφιακού γδυσίματος') +
          p('Από την Ελεύθερη Εγκυκλοπαίδεια') +
          '<table class="infobox"><tr><th colspan="2">Εφαρμογή ψηφιακού γδυσίματος</th></tr><tr><td>Άλλες ονομασίες</td><td>Εφαρμογές nudify, «undress AI», «αφαίρεση ρούχων με AI»</td></tr><tr><td>Είδος</td><td>Παραγωγική επεξεργασία εικόνας</td></tr><tr><td>Εμφάνιση</td><td>2019</td></tr><tr><td>Νομικό καθεστώς</td><td>Περιορισμένη ή ποινικοποιημένη χρήση σε πολλές χώρες</td></tr></table>' +
          p('Η <b>εφαρμογή ψηφιακού γδυσίματος</b> (αγγλ. <i>nudify app</i> ή <i>undress app</i>) είναι λογισμικό που χρησιμοποιεί παραγωγική τεχνητή νοημοσύνη για να αλλοιώσει τη φωτογραφία ενός ντυμένου ατόμου ώστε να φαίνεται γυμνό. Το αποτέλεσμα είναι συνθετικό και δεν αποκαλύπτει το πραγματικό σώμα του εικονιζόμενου. Τέτοιες εφαρμογές χρησιμοποιούνται ευρέως για τη δημιουργία προσωπικών εικόνων χωρίς συναίνεση και θεωρούνται μορφή ' + a('/wiki/Σεξουαλική_κακοποίηση_μέσω_εικόνων', 'σεξουαλικής κακοποίησης μέσω εικόνων') + '.') +
          h2('Περιεχόμενα') +
          ol('Ιστορία', 'Λειτουργία και επιχειρηματικό μοντέλο', 'Νομικό πλαίσιο', 'Δείτε επίσης', 'Παραπομπές') +
          h2('Λειτουργία και επιχειρηματικό μοντέλο') +
          p('Ο χρήστης ανεβάζει μια φωτογραφία και επιλέγει λειτουργία, π.χ. «μπικίνι», «εσώρουχα» ή «γυμνό». Οι περισσότερες υπηρεσίες λειτουργούν με μονάδες (credits), που πωλούνται σε πακέτα των περίπου 10 ευρώ, και με μηνιαίες συνδρομές «VIP». Πολλές διαθέτουν bots στο Telegram και δέχονται κρυπτονομίσματα. Οι διαφημίσεις τους χρησιμοποιούν φράσεις όπως «γδύσε όποιον θέλεις με ένα κλικ» και «δες μέσα από τα ρούχα».<sup>[1]</sup>') +
          h2('Νομικό πλαίσιο') +
          p('Στην Ευρωπαϊκή Ένωση, η Πράξη για τις Ψηφιακές Υπηρεσίες υποχρεώνει τους παρόχους φιλοξενίας να εξετάζουν τις ειδοποιήσεις για παράνομο περιεχόμενο, ενώ οδηγία του 2024 απαιτεί από τα κράτη μέλη να ποινικοποιήσουν την παραγωγή τέτοιου υλικού χωρίς συναίνεση.<sup>[2]</sup>') +
          h2('Δείτε επίσης') +
          ul(a('/wiki/Πορνογραφικό_deepfake', 'Πορνογραφικό deepfake'), a('/wiki/Σεξουαλική_κακοποίηση_μέσω_εικόνων', 'Σεξουαλική κακοποίηση μέσω εικόνων'), 'Πράξη για τις Ψηφιακές Υπηρεσίες') +
          h2('Παραπομπές') +
          ol('Mensah, A. κ.ά. (2026). «Undress-as-a-Service: Measuring the Nudification Ecosystem». SUSA.', 'Οδηγία για την καταπολέμηση της βίας κατά των γυναικών (2024).'),
      },
      {
        path: '/wiki/Πορνογραφικό_deepfake',
        title: 'Πορνογραφικό deepfake — Ελεύθερη Εγκυκλοπαίδεια',
        body:
          eeNav +
          h1('Πορνογραφικό deepfake') +
          p('Από την Ελεύθερη Εγκυκλοπαίδεια') +
          p('Το <b>πορνογραφικό deepfake</b> είναι σεξουαλικά άσεμνο περιεχόμενο στο οποίο έχει εισαχθεί, με μηχανική μάθηση, το πρόσωπο ενός υπαρκτού ατόμου, συνήθως χωρίς τη συναίνεσή του. Θύματα είναι διασημότητες, streamers και influencers, αλλά όλο και περισσότερο και ιδιώτες, όπως συμμαθήτριες ή πρώην σύντροφοι.') +
          p('Ορισμένες υπηρεσίες ανταλλαγής προσώπων διαφημίζουν ανοιχτά «πρότυπα 18+» ή «λειτουργία NSFW», ενώ οι κοινές εφαρμογές face swap απαγορεύουν τέτοια χρήση στους όρους τους.') +
          h2('Δείτε επίσης') +
          ul(a('/wiki/Εφαρμογή_ψηφιακού_γδυσίματος', 'Εφαρμογή ψηφιακού γδυσίματος'), a('/wiki/Σεξουαλική_κακοποίηση_μέσω_εικόνων', 'Σεξουαλική κακοποίηση μέσω εικόνων')),
      },
      {
        path: '/wiki/Σεξουαλική_κακοποίηση_μέσω_εικόνων',
        title: 'Σεξουαλική κακοποίηση μέσω εικόνων — Ελεύθερη Εγκυκλοπαίδεια',
        body:
          eeNav +
          h1('Σεξουαλική κακοποίηση μέσω εικόνων') +
          p('Από την Ελεύθερη Εγκυκλοπαίδεια') +
          p('Ως <b>σεξουαλική κακοποίηση μέσω εικόνων</b> ορίζεται η δημιουργία, διάδοση ή απειλή διάδοσης προσωπικών εικόνων ενός ατόμου χωρίς τη συναίνεσή του. Οι ερευνητές προτιμούν τον όρο από το «πορνό εκδίκησης», που υπονοεί ευθύνη του θύματος και δεν καλύπτει τις κατασκευασμένες εικόνες.') +
          p('Περιλαμβάνει τη διαμοίραση ιδιωτικών φωτογραφιών, την κρυφή καταγραφή, τον εκβιασμό (sextortion) και τις συνθετικές εικόνες που δημιουργούνται με ' + a('/wiki/Εφαρμογή_ψηφιακού_γδυσίματος', 'εφαρμογές ψηφιακού γδυσίματος') + ' ή ' + a('/wiki/Πορνογραφικό_deepfake', 'deepfake') + '.'),
      },
    ],
  },

  // 11 — victim-help (el)
  {
    host: 'voitheia-psevdoeikones.test', lang: 'el', label: 'unrelated', shape: 'victim-help', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Κυκλοφορεί ψεύτικη γυμνή φωτογραφία σου; Είμαστε εδώ | Γραμμή Βοήθειας',
        body:
          nav([['/vimata', 'Τι κάνω τώρα;'], ['/afairesi', 'Αφαίρεση εικόνας'], ['/pes-mas', 'Πες μας τι έγινε'], ['/epikoinonia', 'Τηλέφωνο και chat']], 'Γραμμή Βοήθειας για ψεύτικες εικόνες') +
          p(a('https://kairos-exodos.test/', 'Γρήγορη έξοδος') + ' — φεύγεις αμέσως από τη σελίδα') +
          h1('Κυκλοφορεί μια ψεύτικη γυμνή φωτογραφία σου. Και τώρα;') +
          p('Πρώτα απ’ όλα: δεν φταις εσύ. Κάποιος πήρε μια συνηθισμένη φωτογραφία σου και την πέρασε από μια εφαρμογή «γδυσίματος» ή nudify, ή έφτιαξε ένα deepfake. Η εικόνα είναι ψεύτικη, αλλά η βλάβη είναι αληθινή — και μπορούμε να κάνουμε πολλά μαζί. Η βοήθεια είναι δωρεάν, εμπιστευτική και μπορείς να μείνεις ανώνυμη ή ανώνυμος.') +
          section(
            h2('Τρία πράγματα που μπορείς να κάνεις σήμερα'),
            ol(
              '<strong>Μην απαντάς.</strong> Μην επικοινωνείς με όποιον τη διαδίδει και μην πληρώσεις ποτέ αν σε απειλούν.',
              '<strong>Σημείωσε πού βρίσκεται.</strong> Συνδέσμους, ονόματα χρηστών, ονόματα ομάδων και ημερομηνίες. Ένα στιγμιότυπο της σελίδας ή της συνομιλίας βοηθά — αλλά μην αποθηκεύεις την ίδια την εικόνα σε κοινόχρηστη συσκευή.',
              '<strong>Ζήτα στήριξη.</strong> Τηλεφώνησέ μας, μίλα μαζί μας στο chat ή ' + a('/pes-mas', 'πες μας τι έγινε στη φόρμα μας') + '.',
            ),
          ) +
          section(
            h2('Πώς φτιάχνονται αυτές οι εικόνες;'),
            p('Υπάρχουν ιστότοποι και bots στο Telegram που διαφημίζουν ότι «αφαιρούν τα ρούχα από οποιαδήποτε φωτογραφία». Χρεώνουν λίγα ευρώ σε μονάδες και τους αρκεί μία μόνο εικόνα από τα μέσα κοινωνικής δικτύωσης. Οι εφαρμογές δεν «βλέπουν» τίποτα — επινοούν. Παρ’ όλα αυτά, η διάδοση τέτοιων εικόνων είναι αδίκημα και οι πλατφόρμες οφείλουν να τις αφαιρούν όταν λαμβάνουν ειδοποίηση.'),
          ) +
          faq('Συχνές ερωτήσεις', [
            ['Μπορώ να τιμωρηθώ εγώ επειδή η φωτογραφία δείχνει εμένα;', 'Όχι. Είσαι το θύμα. Αδίκημα μπορεί να διαπράττει όποιος φτιάχνει ή διαδίδει την εικόνα.'],
            ['Είμαι κάτω από 18.', 'Μίλησε σε έναν ενήλικα που εμπιστεύεσαι και επικοινώνησε μαζί μας. Υπάρχουν ειδικοί, γρήγοροι τρόποι αφαίρεσης και δεν θα έχεις κανένα πρόβλημα επειδή το είπες.'],
            ['Πρέπει να σας στείλω την εικόνα;', 'Όχι, ποτέ. Χρειαζόμαστε μόνο τους συνδέσμους και την περιγραφή σου.'],
          ]) +
          footer('Η Γραμμή Βοήθειας λειτουργεί από μη κερδοσκοπικό οργανισμό. © 2026', [
            ['/aporrito', 'Απόρρητο'],
            ['/schetika', 'Σχετικά με εμάς'],
            ['/epikoinonia', 'Επικοινωνία'],
          ]),
      },
      {
        path: '/vimata',
        title: 'Βήμα βήμα | Γραμμή Βοήθειας',
        body:
          h1('Βήμα βήμα: αν διαδίδεται deepfake ή ψεύτικη γυμνή φωτογραφία σου') +
          ol(
            '<strong>Πάρε μια ανάσα.</strong> Δεν χρειάζεται να τα λύσεις όλα σήμερα.',
            '<strong>Κράτησε αποδείξεις.</strong> Αντίγραψε τους συνδέσμους από όλα τα σημεία όπου εμφανίζεται η εικόνα. Σημείωσε ονόματα λογαριασμών και ώρες. Αν ξέρεις ποια εφαρμογή χρησιμοποιήθηκε — π.χ. ένας ιστότοπος που υπόσχεται «γδύσιμο με AI» — σημείωσέ το κι αυτό.',
            '<strong>Ανάφερέ το στην πλατφόρμα.</strong> Χρησιμοποίησε το κουμπί αναφοράς και επίλεξε «προσωπικές εικόνες χωρίς συναίνεση». Γράψε ότι η εικόνα είναι ψεύτικη.',
            '<strong>Ζήτα από τις μηχανές αναζήτησης να την αφαιρέσουν.</strong> Οι μεγάλες μηχανές έχουν ειδικές φόρμες για ψεύτικες προσωπικές εικόνες.',
            '<strong>Κάνε καταγγελία.</strong> Μπορείς στη Δίωξη Ηλεκτρονικού Εγκλήματος, ακόμη κι αν δεν ξέρεις ποιος το έκανε. Σε βοηθάμε να την ετοιμάσεις.',
            '<strong>Φρόντισε τον εαυτό σου.</strong> Μίλησε με κάποιον που εμπιστεύεσαι. Είμαστε εδώ όσο χρειαστεί.',
          ),
      },
      {
        path: '/pes-mas',
        title: 'Πες μας τι έγινε | Γραμμή Βοήθειας',
        body:
          h1('Πες μας τι έγινε') +
          p('Περίγραψε την κατάστασή σου με δικά σου λόγια. Μην επισυνάπτεις και μην επικολλάς εικόνες. Ένας σύμβουλός μας θα επικοινωνήσει μαζί σου μέσα σε δύο εργάσιμες, με τον τρόπο που θα επιλέξεις.') +
          '<form action="/pes-mas/apostoli" method="post"><label>Τι συνέβη;<textarea name="perigrafi"></textarea></label><label>Σύνδεσμοι όπου εμφανίζεται η εικόνα (ένας ανά γραμμή)<textarea name="syndesmoi"></textarea></label><label>Πώς να επικοινωνήσουμε μαζί σου;<input name="epafi"></label><button>Ασφαλής αποστολή</button></form>' +
          p('Ό,τι μας πεις μένει μεταξύ μας. Μοιραζόμαστε πληροφορίες μόνο αν το ζητήσεις εσύ ή αν κάποιος βρίσκεται σε άμεσο κίνδυνο. Μπορείς επίσης να μείνεις εντελώς ανώνυμος ή ανώνυμη.'),
      },
      {
        path: '/afairesi',
        title: 'Αφαίρεση εικόνας | Γραμμή Βοήθειας',
        body:
          h1('Πώς αφαιρείται η εικόνα') +
          p('Έχουμε επαφή με μέσα κοινωνικής δικτύωσης, εφαρμογές μηνυμάτων, παρόχους φιλοξενίας και μηχανές αναζήτησης. Με τη συγκατάθεσή σου, στέλνουμε ειδοποιήσεις για λογαριασμό σου σύμφωνα με τη διαδικασία που προβλέπει η Πράξη για τις Ψηφιακές Υπηρεσίες.') +
          p('Αν η εικόνα βρίσκεται στον ίδιο τον ιστότοπο της εφαρμογής γδυσίματος — κάποιοι έχουν δημόσια «γκαλερί» — ειδοποιούμε τον πάροχο φιλοξενίας και τον καταχωρητή του domain. Πολλές τέτοιες υπηρεσίες λειτουργούν και ως bots στο Telegram, τα οποία επίσης αναφέρουμε.') +
          p('Δεν θα σου ζητήσουμε ποτέ να μας στείλεις την εικόνα. Χρειαζόμαστε μόνο τους συνδέσμους και μια περιγραφή.'),
      },
      {
        path: '/epikoinonia',
        title: 'Τηλέφωνο και chat | Γραμμή Βοήθειας',
        body:
          h1('Τηλεφώνησέ μας ή μίλα μαζί μας στο chat') +
          p('Τηλέφωνο: 800 000 0000 (δωρεάν). Chat: Δευτέρα έως Παρασκευή, 10:00–21:00. Email: voitheia@voitheia-psevdoeikones.test. Δεν χρειάζεται να πεις το όνομά σου.') +
          p('Οι σύμβουλοί μας είναι εκπαιδευμένοι να στηρίζουν όσους έχουν πέσει θύματα deepfake, εφαρμογών nudify, sextortion και άλλων μορφών ψηφιακής σεξουαλικής βίας. Μπορούμε επίσης να σε συνοδεύσουμε στην αστυνομία ή να σε βοηθήσουμε να βρεις δικηγόρο. Σε άμεσο κίνδυνο, κάλεσε το 112.'),
      },
    ],
  },
];
