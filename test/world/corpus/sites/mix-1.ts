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
  mediaGrid,
  metaDescription,
  nav,
  ol,
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

/* ---------- da: SkinDrop (nudify, saas) ---------- */
const skinNav = nav(
  [
    ['/priser?ref=topnav', 'Priser'],
    ['/saadan-virker-det', 'Sådan virker det'],
    ['/faq', 'FAQ'],
    ['/login', 'Log ind'],
  ],
  'SkinDrop AI',
);
const skinFoot = footer('© 2026 SkinDrop AI ApS-lignende tjeneste. Kun for brugere over 18 år. Alle priser inkl. moms.', [
  ['/vilkaar', 'Vilkår'],
  ['/privatliv', 'Privatlivspolitik'],
  ['/faq', 'Hjælp'],
  ['/priser?utm_source=footer', 'Køb credits'],
]);

/* ---------- fi: Vaihtokas (deepfake, faceswap-saas) ---------- */
const vaihNav = nav(
  [
    ['/mallipohjat', 'Mallipohjat'],
    ['/hinnat', 'Hinnat'],
    ['/ukk', 'UKK'],
    ['/kirjaudu', 'Kirjaudu'],
  ],
  'Vaihtokas',
);

/* ---------- no: request board ---------- */
const torgNav = nav(
  [
    ['/forum/foresporsler', 'Forespørsler'],
    ['/forum/ferdige', 'Ferdige fakes'],
    ['/vip?ref=meny', 'VIP'],
    ['/regler', 'Regler'],
    ['/logg-inn', 'Logg inn'],
  ],
  'FakeTorget',
);

export const sites: CorpusSite[] = [
  {
    host: 'skindrop-ai.test',
    lang: 'da',
    label: 'nudify',
    shape: 'saas',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'SkinDrop AI – fjern tøj fra billeder med AI på sekunder',
        head:
          metaDescription('SkinDrop AI: upload et foto og få en nøgen-version lavet af AI. Bikini-, lingeri- og undress-tilstand. 3 gratis credits.') +
          jsonLd({
            '@context': 'https://schema.org',
            '@type': 'WebApplication',
            name: 'SkinDrop AI',
            applicationCategory: 'MultimediaApplication',
            offers: { '@type': 'Offer', price: '59', priceCurrency: 'DKK' },
          }),
        body:
          cookieBanner('Vi bruger cookies til login, statistik og betaling. Læs mere i vores privatlivspolitik.', 'Accepter alle', 'Kun nødvendige') +
          skinNav +
          h1('Fjern tøj fra ethvert foto – AI klarer det på 10 sekunder') +
          p(
            'Upload et billede, vælg en tilstand, og vores AI laver en realistisk nøgen-version i HD. Ingen app, ingen ventetid, intet vandmærke på Pro. Over 40.000 billeder behandlet bare i denne uge.',
            'SkinDrop virker på selfies, feriebilleder og billeder fra sociale medier. Jo skarpere foto, jo bedre resultat – vi anbefaler mindst 1080p.',
          ) +
          upload('Træk dit billede hertil eller klik for at vælge', '/generate', 'Start undress') +
          h2('Vælg tilstand') +
          ul(
            'Bikini-tilstand – skifter tøjet ud med badetøj',
            'Lingeri-tilstand – blonder og sæt i flere farver',
            'Undress / NSFW (18+) – fuld fjernelse af tøj',
            'X-ray-tilstand – “gennemsigtig” effekt, beta',
          ) +
          h2('Hvorfor SkinDrop?') +
          ul('Resultat på under 10 sek. med vores nye model v4', 'Op til 4K-opløsning på Pro-planen', 'Billeder slettes automatisk efter 24 timer', 'Betal med kort, MobilePay eller krypto') +
          p('Nye brugere får 3 gratis credits. Derefter fra 59 kr. for 30 credits – ' + a('/priser?ref=hero', 'se alle priser') + '.') +
          faq('Ofte stillede spørgsmål', [
            ['Er det anonymt?', 'Ja. Vi gemmer ikke dine uploads længere end 24 timer og viser aldrig billeder offentligt.'],
            ['Hvor mange credits koster et billede?', 'Én credit pr. billede i standard, to credits i 4K eller X-ray-tilstand.'],
          ]) +
          skinFoot,
      },
      {
        path: '/priser',
        title: 'Priser og credits – SkinDrop AI',
        head: stripe('pk_test_skindrop_dk_0001'),
        body:
          skinNav +
          h1('Enkle priser – betal kun for det, du bruger') +
          priceTable(
            ['Pakke', 'Credits', 'Pris', 'Fordele'],
            [
              ['Prøv', '3', 'Gratis', 'Vandmærke, 720p'],
              ['Basis', '30', '59 kr.', 'Ingen vandmærke, 1080p'],
              ['Pro', '150', '199 kr.', '4K, X-ray-tilstand, prioriteret kø'],
              ['Ubegrænset', '∞ / md.', '349 kr./md.', 'Alt i Pro + batch-upload af 20 billeder'],
            ],
          ) +
          p('Credits udløber aldrig. Abonnementet kan opsiges når som helst fra din konto. Vi tager Visa, Mastercard, MobilePay, Bitcoin og USDT. På kontoudtoget står der et neutralt firmanavn.') +
          button('Køb credits nu') +
          skinFoot,
      },
      {
        path: '/saadan-virker-det',
        title: 'Sådan virker det – SkinDrop AI',
        body:
          skinNav +
          h1('Tre trin til dit resultat') +
          ol(
            'Upload et foto – én person, set forfra, gerne i god belysning.',
            'Vælg tilstand: bikini, lingeri eller fuld undress. Justér evt. stil og lysstyrke med skyderne.',
            'Download billedet i op til 4K, eller generér en ny variant for 1 credit.',
          ) +
          img(2, 'Eksempel på uploadskærmen') +
          p('Vores model er trænet på millioner af billeder og giver realistiske resultater på få sekunder. Resultatet er AI-genereret og kan afvige fra virkeligheden. Brugeren er selv ansvarlig for at have lov til at bruge det uploadede billede.') +
          skinFoot,
      },
      {
        path: '/faq',
        title: 'FAQ – SkinDrop AI',
        body:
          skinNav +
          faq('Hjælp og FAQ', [
            ['Kan personen på billedet se, at jeg har brugt SkinDrop?', 'Nej. Vi kontakter aldrig nogen, og der kommer ingen notifikation.'],
            ['Hvorfor ser resultatet mærkeligt ud?', 'Prøv et skarpere billede med mindre løst tøj, eller skift til Pro-modellen, som giver færre fejl i hænder og hår.'],
            ['Kan jeg få pengene tilbage?', 'Brugte credits refunderes ikke. Ubrugte credits kan refunderes inden for 14 dage.'],
            ['Har I en app?', 'Ikke i App Store, men du kan tilføje SkinDrop til din hjemmeskærm – den fungerer som en app.'],
          ]) +
          skinFoot,
      },
      {
        path: '/vilkaar',
        title: 'Vilkår – SkinDrop AI',
        body:
          skinNav +
          h1('Brugervilkår') +
          p(
            'Ved at bruge SkinDrop AI bekræfter du, at du er fyldt 18 år, og at du har ret til at behandle de billeder, du uploader. Tjenesten er beregnet til underholdning. Resultater er fiktive og AI-genererede.',
            'Vi forbeholder os retten til at lukke konti uden varsel. Tjenesten leveres “som den er”, og vi hæfter ikke for brugerens anvendelse af resultaterne. Tvister afgøres efter lovgivningen i det land, hvor operatøren er registreret.',
          ) +
          skinFoot,
      },
    ],
  },

  /* ---------- da: directory listicle ---------- */
  {
    host: 'aitoppen-dk.test',
    lang: 'da',
    label: 'directory',
    shape: 'listicle',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'De 7 bedste AI undress-apps i 2026 (testet og rangeret)',
        head:
          metaDescription('Vi har testet de mest populære AI undress- og nudify-værktøjer. Se vores top 7 med priser, kvalitet og gratis prøver.') +
          jsonLd({
            '@context': 'https://schema.org',
            '@type': 'ItemList',
            name: 'Bedste AI undress-apps 2026',
            itemListElement: [
              { '@type': 'ListItem', position: 1, name: 'SkinDrop AI', url: 'https://skindrop-ai.test/?ref=aitoppen' },
              { '@type': 'ListItem', position: 2, name: 'NøgenLab', url: 'https://noegenlab.test/?aff=aitop' },
              { '@type': 'ListItem', position: 3, name: 'ClothOff Studio X', url: 'https://clothstudiox.test/?ref=dk7' },
            ],
          }),
        body:
          nav(
            [
              ['/', 'Top 7'],
              ['/metode', 'Sådan tester vi'],
              ['/anmeldelser/noegenlab', 'Anmeldelser'],
              ['/affiliate', 'Reklameoplysning'],
            ],
            'AItoppen.dk',
          ) +
          h1('De 7 bedste AI undress-apps i 2026') +
          p('<small>Opdateret 3. marts 2026 · Læsetid 6 min · Denne side indeholder affiliate-links. ' + a('/affiliate', 'Læs mere') + '</small>') +
          p('Nudify-apps er eksploderet i popularitet. Vi har brugt over 300 credits på at teste de største tjenester på hastighed, kvalitet, pris og hvor let det er at komme i gang. Her er vores ærlige rangering.') +
          h2('1. SkinDrop AI – bedst samlet (9,4/10)') +
          p('Hurtig, dansk betaling med MobilePay og en undress-tilstand, der giver de mest naturlige resultater i vores test. 3 gratis credits ved oprettelse. ' + a('https://skindrop-ai.test/?ref=aitoppen', 'Prøv SkinDrop gratis →')) +
          h2('2. NøgenLab – bedst til 4K (9,1/10)') +
          p('Lidt dyrere, men skarpere billeder og en “x-ray mode”. Ingen gratis prøve, men 20 % rabat med vores kode. ' + a('https://noegenlab.test/?aff=aitop', 'Gå til NøgenLab')) +
          h2('3. ClothStudio X – bedst til batch (8,7/10)') +
          p('Kan behandle 50 billeder ad gangen. Kræver Telegram-login. ' + a('https://clothstudiox.test/?ref=dk7', 'Se tilbud')) +
          h2('4.–7. Værd at nævne') +
          ul(
            a('https://bikinibytte.test/?ref=aitoppen', 'BikiniBytte') + ' – kun bikini-tilstand, men gratis',
            a('https://undressio.test/?aff=dk', 'Undressio') + ' – god app til Android (APK)',
            a('https://t.me/nudegenie_bot', 'NudeGenie Bot') + ' – Telegram-bot, betaling med Stars',
            a('https://velvetai.test/?ref=aitoppen', 'VelvetAI') + ' – også face-swap med videoskabeloner',
          ) +
          p('Husk: brug kun billeder, du har tilladelse til. Vi er ikke ansvarlige for, hvordan værktøjerne bruges.') +
          footer('© 2026 AItoppen.dk – uafhængige anmeldelser af AI-værktøjer.', [
            ['/affiliate', 'Reklameoplysning'],
            ['/metode', 'Testmetode'],
          ]),
      },
      {
        path: '/metode',
        title: 'Sådan tester vi AI-værktøjer – AItoppen.dk',
        body:
          nav([['/', 'Top 7'], ['/affiliate', 'Reklameoplysning']], 'AItoppen.dk') +
          h1('Vores testmetode') +
          p('Hver tjeneste bliver testet med de samme 25 billeder i forskellige opløsninger. Vi giver point for hastighed (sekunder pr. billede), realisme, pris pr. credit, betalingsmuligheder og privatliv (sletter de uploads?).') +
          priceTable(['Kriterie', 'Vægt'], [['Realisme', '35 %'], ['Pris pr. billede', '25 %'], ['Hastighed', '15 %'], ['Privatliv', '15 %'], ['Brugervenlighed', '10 %']]) +
          p('Vi køber altid credits for egne penge. Affiliate-provision påvirker ikke placeringen – siger vi. Listen bliver gennemgået hver måned, og tjenester, der lukker eller skifter domæne, bliver fjernet eller flyttet ned. Har du selv erfaringer med en af tjenesterne, så skriv til os.') +
          footer('© 2026 AItoppen.dk'),
      },
      {
        path: '/anmeldelser/noegenlab',
        title: 'NøgenLab anmeldelse 2026 – er det pengene værd?',
        head: jsonLd({
          '@context': 'https://schema.org',
          '@type': 'Review',
          itemReviewed: { '@type': 'SoftwareApplication', name: 'NøgenLab' },
          reviewRating: { '@type': 'Rating', ratingValue: 9.1, bestRating: 10 },
        }),
        body:
          nav([['/', 'Top 7'], ['/metode', 'Sådan tester vi']], 'AItoppen.dk') +
          h1('NøgenLab anmeldelse: skarp, men dyr') +
          p('NøgenLab er en browserbaseret undress-tjeneste, der lover “4K-resultater på 15 sekunder”. I vores test holdt det nogenlunde: gennemsnittet var 18 sekunder. Planerne starter ved 89 kr. for 40 credits.') +
          ul('+ Meget skarpe billeder', '+ X-ray mode og lingeri-tilstand', '– Ingen gratis prøve', '– Support kun på engelsk') +
          p(a('https://noegenlab.test/?aff=aitop&utm_campaign=review', 'Få 20 % rabat på NøgenLab med koden AITOP20')) +
          footer('© 2026 AItoppen.dk'),
      },
      {
        path: '/affiliate',
        title: 'Reklameoplysning – AItoppen.dk',
        body:
          nav([['/', 'Top 7']], 'AItoppen.dk') +
          h1('Reklameoplysning') +
          p('AItoppen.dk finansieres gennem affiliate-links. Når du klikker på et link og køber et abonnement eller credits hos en af de tjenester, vi omtaler, kan vi modtage en provision. Det koster ikke dig ekstra. Vi driver ikke selv nogen af tjenesterne og har ingen adgang til dine billeder. Spørgsmål om betaling, refusion eller konti skal derfor rettes direkte til den enkelte udbyder.') +
          footer('© 2026 AItoppen.dk'),
      },
    ],
  },

  /* ---------- da: news (about) ---------- */
  {
    host: 'oestkysten-nyt.test',
    lang: 'da',
    label: 'unrelated',
    shape: 'news',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Østkysten Nyt – lokale nyheder fra hele Østjylland',
        body:
          nav(
            [
              ['/', 'Forside'],
              ['/indland/ai-noegenbilleder-kvinder-anmelder', 'Indland'],
              ['/om-os', 'Om os'],
              ['/tip-os', 'Tip os'],
            ],
            'Østkysten Nyt',
          ) +
          cookieBanner('Østkysten Nyt bruger cookies til at måle trafik og vise annoncer.', 'OK', 'Tilpas') +
          article(
            h2(a('/indland/ai-noegenbilleder-kvinder-anmelder', 'Falske nøgenbilleder lavet med AI: Flere kvinder anmelder sagen til politiet')),
            p('Mindst elleve kvinder fra området har opdaget manipulerede billeder af sig selv på et udenlandsk forum. Billederne er lavet med såkaldte “nudify”-apps, som for få kroner lover at “fjerne tøjet” fra et almindeligt foto.'),
          ) +
          article(h3('Byrådet udskyder beslutning om ny cykelsti'), p('Forslaget om en cykelsti langs kystvejen blev sendt tilbage til udvalget efter en lang debat tirsdag aften.')) +
          article(h3('Håndbold: Lokalklubben rykker op efter dramatisk sejr'), p('Med et mål i sidste sekund sikrede holdet sig oprykning til 1. division.')) +
          article(h3('Ekspert: Sådan beskytter du dine billeder på sociale medier'), p('Gør profilen privat, tænk over hvem der kan se dine billeder, og anmeld falske profiler med det samme, lyder rådet fra en it-sikkerhedsrådgiver.')) +
          article(h3('Vejret: Blæsende weekend i vente'), p('DMI-lignende prognoser viser vindstød op til 18 m/s langs kysten lørdag.')) +
          textForm('Tilmeld nyhedsbrev – skriv din e-mail', 'Tilmeld', '/nyhedsbrev') +
          footer('© 2026 Østkysten Nyt · Ansvarshavende chefredaktør · Redaktionen følger de presseetiske regler.', [
            ['/om-os', 'Om os'],
            ['/tip-os', 'Tip redaktionen'],
            ['/privatliv', 'Privatliv'],
          ]),
      },
      {
        path: '/indland/ai-noegenbilleder-kvinder-anmelder',
        title: 'Falske nøgenbilleder lavet med AI: Kvinder anmelder – Østkysten Nyt',
        head: jsonLd({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Falske nøgenbilleder lavet med AI: Flere kvinder anmelder sagen', datePublished: '2026-02-11' }),
        body:
          nav([['/', 'Forside'], ['/tip-os', 'Tip os']], 'Østkysten Nyt') +
          h1('Falske nøgenbilleder lavet med AI: Flere kvinder anmelder sagen til politiet') +
          p(
            '<em>Af redaktionen · 11. februar 2026</em>',
            'Det startede med en besked fra en fremmed: “Er det dig?” Vedhæftet var et billede, som den 29-årige kvinde genkendte fra sin egen Instagram – bare manipuleret, så hun så nøgen ud. Hun er en af mindst elleve kvinder fra området, der nu har anmeldt forholdet.',
            'Billederne er ifølge politiet lavet med såkaldte nudify-apps. Tjenesterne markedsfører sig med sætninger som “fjern tøj fra ethvert foto på 10 sekunder” og sælger credits fra omkring 60 kroner. Brugeren uploader et foto, og programmet genererer et falsk nøgenbillede.',
            'Det er strafbart at dele seksualiserede billeder af andre uden samtykke, også når de er lavet af en computer, understreger en advokat med speciale i digitale krænkelser. “Ofrene skal vide, at de kan få hjælp, og at billederne kan fjernes fra mange platforme,” siger hun.',
          ) +
          blockquote('Jeg troede ikke, det kunne ske for mig. Jeg havde jo bare lagt et feriebillede op.', 'En af de anmeldende kvinder') +
          p('Har du været udsat for det samme? Gem beviser, anmeld til politiet og kontakt en rådgivning for digitale krænkelser.') +
          footer('© 2026 Østkysten Nyt'),
      },
      {
        path: '/om-os',
        title: 'Om Østkysten Nyt',
        body:
          nav([['/', 'Forside']], 'Østkysten Nyt') +
          h1('Om os') +
          p('Østkysten Nyt er et uafhængigt lokalmedie med otte journalister og en håndfuld freelancere. Vi dækker kommunalpolitik, erhverv, sport og kultur i Østjylland, og vi har siden 2024 haft særligt fokus på digital sikkerhed og krænkelser på nettet. Vi er finansieret af abonnenter og lokale annoncører. Redaktionen holder til på havnen, og du er altid velkommen til at kigge forbi til en kop kaffe og en snak om stof til avisen.') +
          footer('© 2026 Østkysten Nyt'),
      },
      {
        path: '/tip-os',
        title: 'Tip redaktionen – Østkysten Nyt',
        body:
          nav([['/', 'Forside']], 'Østkysten Nyt') +
          h1('Tip os') +
          p('Ved du noget, vi bør skrive om? Skriv til redaktionen – du kan være anonym. Vi beskytter altid vores kilder. Send ikke billeder af krænkende indhold; beskriv i stedet, hvor du har set det, så undersøger vi sagen. Du kan også ringe til vagthavende redaktør alle hverdage mellem 8 og 22. I weekenden læses mails to gange om dagen.') +
          textForm('Dit tip', 'Send', '/tip-os/send') +
          footer('© 2026 Østkysten Nyt'),
      },
    ],
  },

  /* ---------- fi: Vaihtokas (deepfake faceswap-saas) ---------- */
  {
    host: 'vaihtokas.test',
    lang: 'fi',
    label: 'deepfake',
    shape: 'faceswap-saas',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Vaihtokas – tekoälyn kasvonvaihto videoihin ja kuviin',
        head: metaDescription('Vaihda kenen tahansa kasvot videoon sekunneissa. Yli 2 000 mallipohjaa, myös NSFW-pohjat 18+. Kokeile ilmaiseksi.'),
        body:
          cookieBanner('Käytämme evästeitä kirjautumiseen ja analytiikkaan.', 'Hyväksy', 'Hylkää') +
          vaihNav +
          h1('Kenen tahansa kasvot mihin tahansa videoon') +
          p('Lataa yksi selkeä kuva kasvoista, valitse video tai mallipohja, ja tekoäly tekee face swapin alle minuutissa. Tulos näyttää aidolta – ilme, valaistus ja pään asento seuraavat alkuperäistä videota.') +
          upload('Lataa kasvokuva (JPG/PNG)', '/swap', 'Vaihda kasvot') +
          h2('Suosituimmat mallipohjat') +
          ul('Elokuvakohtaukset ja meemit', 'Tanssivideot ja TikTok-trendit', 'Spicy-paketti 18+ – aikuisvideoiden pohjat', 'Omat videot: lataa oma MP4 (Pro)') +
          p('Haluatko tehdä videon julkkiksesta, somevaikuttajasta tai tutusta? Se onnistuu: kasvokuva riittää, eikä kohteen tarvitse tietää mitään.') +
          h2('Näin se toimii') +
          ol('Lataa kasvokuva – mieluiten suoraan edestä ja hyvässä valossa.', 'Valitse mallipohja kirjastosta tai lataa oma video.', 'Paina ”Vaihda kasvot” ja odota hetki.', 'Lataa valmis MP4 tai jaa linkki suoraan.') +
          blockquote('Paras face swap, jota olen kokeillut. 18+-pohjat näyttävät ihan oikeilta.', 'Käyttäjäarvio, 5/5') +
          h2('Miksi Vaihtokas?') +
          ul('Full HD 1080p ja 4K Pro-tilaajille', 'Ei vesileimaa maksullisissa paketeissa', 'Videot poistetaan palvelimelta 48 h jälkeen', 'Maksu kortilla, MobilePaylla tai kryptoilla', 'Yli 250 000 tehtyä videota, tuki suomeksi 24/7') +
          faq('Kysymyksiä', [
            ['Onko palvelu anonyymi?', 'Kyllä. Tarvitset vain sähköpostin, eikä videoita jaeta kenellekään muulle.'],
            ['Mitä 18+-pohjat ovat?', 'Aikuisille tarkoitettuja videopohjia, joihin valitsemasi kasvot liitetään. Ne avautuvat Pro-tilauksella.'],
          ]) +
          p('Aloita 5 ilmaisella swapilla päivässä. ' + a('/hinnat?utm_source=etusivu', 'Katso hinnat') + ' tai ' + a('/mallipohjat?ref=hero', 'selaa mallipohjia') + '.') +
          footer('© 2026 Vaihtokas. Vain täysi-ikäisille. Käyttäjä vastaa lataamastaan sisällöstä.', [
            ['/kayttoehdot', 'Käyttöehdot'],
            ['/ukk', 'UKK'],
            ['/hinnat', 'Hinnat'],
          ]),
      },
      {
        path: '/mallipohjat',
        title: 'Mallipohjat – Vaihtokas',
        body:
          vaihNav +
          h1('Yli 2 000 mallipohjaa') +
          p('Valitse kategoria. Uusia pohjia lisätään joka viikko. 18+-kategoriat näkyvät vasta, kun olet vahvistanut ikäsi ja kirjautunut sisään.') +
          mediaGrid([
            { title: 'Toimintaelokuva takaa-ajo', duration: '0:32', views: '12k käyttöä', tags: ['elokuva'] },
            { title: 'Häätanssi meemi', duration: '0:15', views: '8,4k käyttöä', tags: ['meemi'] },
            { title: 'Spicy pack 07', duration: '1:10', views: '33k käyttöä', tags: ['nsfw', '18plus'] },
            { title: 'Aikuisvideo HD pohja', duration: '2:05', views: '41k käyttöä', tags: ['nsfw', 'premium'] },
          ]) +
          p('NSFW-pohjat sisältyvät Pro- ja Ultra-tilauksiin. Yksittäinen 18+-video maksaa 4 krediittiä. Voit myös ehdottaa uutta pohjaa: suosituimmat ehdotukset toteutetaan kuun lopussa, ja Ultra-tilaajat saavat ne käyttöönsä ensimmäisinä.') +
          footer('© 2026 Vaihtokas', [['/kayttoehdot', 'Käyttöehdot']]),
      },
      {
        path: '/hinnat',
        title: 'Hinnat – Vaihtokas',
        head: stripe('pk_test_vaihtokas_fi_77'),
        body:
          vaihNav +
          h1('Hinnat') +
          priceTable(
            ['', 'Ilmainen', 'Pro', 'Ultra'],
            [
              ['Hinta', '0 €', '9,99 € / kk', '24,99 € / kk'],
              ['Swapit', '5 / päivä', '300 / kk', 'Rajaton'],
              ['Laatu', '720p + vesileima', '1080p', '4K'],
              ['NSFW-mallipohjat', '–', '✓', '✓ + omat videot'],
            ],
          ) +
          p('Voit perua tilauksen milloin tahansa. Lisäkrediittejä saa 100 kpl hintaan 7,90 €. Tiliotteella näkyy neutraali kauppiasnimi.', 'Yksi tavallinen swap maksaa yhden krediitin, 18+-mallipohja neljä krediittiä ja oma video kaksi krediittiä minuutilta. Käyttämättömät krediitit siirtyvät seuraavalle kuukaudelle, kun tilaus on voimassa. Maksutavat: Visa, Mastercard, MobilePay ja kryptovaluutat (BTC, USDT).') +
          button('Tilaa Pro') +
          footer('© 2026 Vaihtokas'),
      },
      {
        path: '/ukk',
        title: 'Usein kysytyt kysymykset – Vaihtokas',
        body:
          vaihNav +
          faq('UKK', [
            ['Tarvitaanko kohteen lupa?', 'Käyttöehtojemme mukaan käyttäjä vastaa siitä, että hänellä on oikeus käyttää kuvaa. Emme tarkista lupia.'],
            ['Kuinka nopeasti video valmistuu?', 'Lyhyet pohjat alle minuutissa, pidemmät 2–5 minuutissa. Ultra-tilaajat ohittavat jonon.'],
            ['Voinko tehdä videon omasta videostani?', 'Kyllä, Pro- ja Ultra-tilaajat voivat ladata oman MP4-tiedoston (max 3 min).'],
            ['Toimiiko puhelimella?', 'Toimii selaimessa, ja voit lisätä Vaihtokkaan kotinäytölle.'],
            ['Näkyykö vesileima?', 'Ilmaisversiossa kyllä, maksullisissa paketeissa ei. Vesileima on videon oikeassa alakulmassa.'],
          ]) +
          footer('© 2026 Vaihtokas'),
      },
      {
        path: '/kayttoehdot',
        title: 'Käyttöehdot – Vaihtokas',
        body:
          vaihNav +
          h1('Käyttöehdot') +
          p('Palvelua saavat käyttää vain 18 vuotta täyttäneet. Luodut videot ovat tekoälyn tuottamia, eikä niitä tule esittää aitoina. Vaihtokas ei vastaa käyttäjien luomasta sisällöstä eikä sen levittämisestä. Pidätämme oikeuden sulkea tilin ilman ennakkoilmoitusta. Palautuksia ei tehdä käytetyistä krediiteistä. Käyttäjä sitoutuu siihen, ettei lataa palveluun laitonta materiaalia. Palvelun ylläpitäjä voi päivittää näitä ehtoja, ja muutokset tulevat voimaan, kun ne on julkaistu tällä sivulla.') +
          footer('© 2026 Vaihtokas'),
      },
    ],
  },

  /* ---------- fi: photo tool (hard negative) ---------- */
  {
    host: 'kuvakorjaamo.test',
    lang: 'fi',
    label: 'unrelated',
    shape: 'photo-tool',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Kuvakorjaamo – poista tausta, paranna tarkkuutta, korjaa vanhat kuvat',
        head: jsonLd({
          '@context': 'https://schema.org',
          '@type': 'WebApplication',
          name: 'Kuvakorjaamo',
          offers: { '@type': 'Offer', price: '4.90', priceCurrency: 'EUR' },
          aggregateRating: { '@type': 'AggregateRating', ratingValue: 4.7, reviewCount: 1289 },
        }),
        body:
          nav(
            [
              ['/tyokalut/taustan-poisto', 'Taustan poisto'],
              ['/tyokalut/skaalaus', 'Skaalaus 4K'],
              ['/hinnoittelu', 'Hinnoittelu'],
              ['/ukk', 'UKK'],
            ],
            'Kuvakorjaamo',
          ) +
          h1('Kuvankäsittely tekoälyllä – ilman Photoshopia') +
          p('Kuvakorjaamo on suomalainen verkkotyökalu, jolla poistat taustan tuotekuvista, suurennat kuvan 2x tai 4x, poistat häiritsevät kohteet ja herätät vanhat valokuvat henkiin. Lataa kuva, valitse työkalu ja lataa valmis tiedosto – yleensä alle 5 sekunnissa.') +
          upload('Lataa kuva', '/kasittele', 'Aloita') +
          h2('Työkalut') +
          p('Yli 60 000 käyttäjää Suomessa ja Ruotsissa luottaa meihin. Palvelu toimii suomeksi, ruotsiksi ja englanniksi.') +
          ul(
            'Taustan poisto – läpinäkyvä PNG verkkokauppaan',
            'Kohteiden poisto – pois sähkölinjat, ohikulkijat ja roskat',
            'Skaalaus 2x / 4x – terävämmät kuvat tulosteisiin',
            'Vanhojen kuvien korjaus – naarmut pois, värit takaisin',
            'Ryppyjen poisto vaatteista tuotekuvissa',
          ) +
          p('Emme salli alastomuutta tai seksuaalista sisältöä: lataukset tarkistetaan automaattisesti, ja kasvoja muokkaavat toiminnot on rajattu. Kuvat poistetaan palvelimelta tunnin kuluttua.') +
          h2('Asiakkaamme sanovat') +
          blockquote('Käsittelemme verkkokaupassa satoja tuotekuvia viikossa. Taustan poisto säästää meiltä päivän työn joka viikko.', 'Sisustusliikkeen verkkokauppavastaava') +
          blockquote('Isoäidin vanhat hääkuvat saatiin taas näyttämään hyviltä. Upea palvelu!', 'Tyytyväinen asiakas Tampereelta') +
          p('Ilmaiseksi 3 kuvaa päivässä pienellä resoluutiolla. Krediittipaketit alkaen 4,90 €. ' + a('/hinnoittelu?ref=etusivu', 'Katso hinnat') + '.') +
          faq('Kysyttyä', [
            ['Kenelle Kuvakorjaamo sopii?', 'Verkkokauppiaille, kiinteistönvälittäjille, valokuvaajille ja kaikille, jotka haluavat siistimpiä kuvia nopeasti.'],
            ['Saanko käyttää kuvia kaupallisesti?', 'Kyllä, jos omistat alkuperäisen kuvan oikeudet.'],
          ]) +
          footer('© 2026 Kuvakorjaamo Oy-tyylinen palvelu · Y-tunnus näkyy laskulla', [
            ['/ukk', 'UKK'],
            ['/hinnoittelu', 'Hinnoittelu'],
            ['/tietosuoja', 'Tietosuoja'],
          ]),
      },
      {
        path: '/tyokalut/taustan-poisto',
        title: 'Taustan poisto – Kuvakorjaamo',
        body:
          nav([['/', 'Etusivu'], ['/hinnoittelu', 'Hinnoittelu']], 'Kuvakorjaamo') +
          h1('Poista tausta yhdellä klikkauksella') +
          p('Tekoäly tunnistaa kohteen – tuotteen, henkilön tai lemmikin – ja leikkaa taustan pois hiuksia myöten. Valitse valkoinen, läpinäkyvä tai oma taustaväri. Sopii suoraan verkkokaupan tuotekuviin ja markkinapaikoille, joissa vaaditaan valkoinen tausta.') +
          upload('Valitse kuva', '/kasittele?tyokalu=tausta', 'Poista tausta') +
          p('Eräkäsittely: jopa 100 kuvaa kerralla Yritys-paketissa. Valmiit kuvat ladataan yhtenä ZIP-tiedostona, ja nimet säilyvät ennallaan, joten ne on helppo viedä suoraan verkkokaupan hallintapaneeliin. Rajapinta (API) on saatavilla Yritys-asiakkaille.') +
          footer('© 2026 Kuvakorjaamo'),
      },
      {
        path: '/tyokalut/skaalaus',
        title: 'Kuvan suurennus 4K – Kuvakorjaamo',
        body:
          nav([['/', 'Etusivu'], ['/hinnoittelu', 'Hinnoittelu']], 'Kuvakorjaamo') +
          h1('Suurenna kuva 2x tai 4x menettämättä tarkkuutta') +
          p('Pienikin kuva riittää: skaalaus lisää yksityiskohtia ja poistaa pakkauksen kohinaa. Hyvä valinta, kun vanha puhelinkuva pitää tulostaa julisteeksi tai tuotekuva on liian pieni verkkokaupan zoom-toimintoon. Tulos on enintään 4096 pikseliä leveä.', 'Skaalaus ei muuta kuvan sisältöä: se ei lisää eikä poista mitään, vaan terävöittää olemassa olevia yksityiskohtia. Parhaan tuloksen saat, kun alkuperäinen kuva on tarkennettu oikein.') +
          footer('© 2026 Kuvakorjaamo'),
      },
      {
        path: '/hinnoittelu',
        title: 'Hinnoittelu – Kuvakorjaamo',
        body:
          nav([['/', 'Etusivu'], ['/ukk', 'UKK']], 'Kuvakorjaamo') +
          h1('Hinnoittelu') +
          priceTable(
            ['Paketti', 'Krediitit', 'Hinta'],
            [
              ['Ilmainen', '3 / päivä', '0 €'],
              ['Pieni', '40', '4,90 €'],
              ['Iso', '250', '19,90 €'],
              ['Yritys', '2 000 / kk', '79 € / kk + alv'],
            ],
          ) +
          p('Yksi krediitti = yksi käsitelty kuva. 4x skaalaus maksaa kaksi krediittiä. Krediitit ovat voimassa 12 kuukautta.', 'Kaikki hinnat sisältävät arvonlisäveron (25,5 %), paitsi Yritys-paketti, jonka hintaan lisätään alv. Maksaa voit verkkopankilla, kortilla tai MobilePaylla. Yritykset voivat pyytää laskun, ja yli 10 000 kuvan kuukausivolyymeille teemme erillisen tarjouksen. Ilmaisversion kuvissa on pieni vesileima.') +
          footer('© 2026 Kuvakorjaamo'),
      },
      {
        path: '/ukk',
        title: 'UKK – Kuvakorjaamo',
        body:
          nav([['/', 'Etusivu']], 'Kuvakorjaamo') +
          faq('Usein kysyttyä', [
            ['Miksi kuvaani ei käsitelty?', 'Sisällönvalvonta hylkää alastomuutta tai väkivaltaa sisältävät kuvat. Ota yhteyttä tukeen, jos uskot hylkäyksen olleen virhe.'],
            ['Voiko työkalulla vaihtaa kasvoja?', 'Ei. Emme tarjoa kasvojen vaihtoa emmekä vaatteiden poistoa.'],
            ['Missä kuvani säilytetään?', 'EU-alueen palvelimilla, ja ne poistetaan automaattisesti tunnin kuluttua.'],
            ['Toimiiko palvelu puhelimella?', 'Kyllä, sivusto toimii kaikilla moderneilla selaimilla, myös mobiilissa. Erillistä sovellusta ei tarvita.'],
            ['Voinko perua ostoksen?', 'Käyttämättömät krediitit hyvitetään 14 päivän sisällä ostosta, kun otat yhteyttä asiakaspalveluun.'],
          ]) +
          footer('© 2026 Kuvakorjaamo'),
      },
    ],
  },

  /* ---------- fi: government (about) ---------- */
  {
    host: 'digiturvavirasto.test',
    lang: 'fi',
    label: 'unrelated',
    shape: 'government',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Digiturvavirasto – ohjeita ja tiedotteita',
        body:
          nav(
            [
              ['/ohjeet/syvavaarennokset', 'Syväväärennökset'],
              ['/ilmoita', 'Tee ilmoitus'],
              ['/tiedotteet', 'Tiedotteet'],
              ['/yhteystiedot', 'Yhteystiedot'],
              ['/sv', 'På svenska'],
            ],
            'Digiturvavirasto',
          ) +
          h1('Turvallisesti verkossa') +
          p('Digiturvavirasto neuvoo kansalaisia, yrityksiä ja viranomaisia tietoturvaan ja verkkorikollisuuteen liittyvissä kysymyksissä. Tällä sivulla kerromme ajankohtaisista uhista ja siitä, mistä saat apua.', 'Neuvontamme on maksutonta, ja siihen voi ottaa yhteyttä nimettömänä. Emme tutki rikoksia – se on poliisin tehtävä – mutta autamme sinua ymmärtämään, mitä on tapahtunut ja mitä kannattaa tehdä seuraavaksi.') +
          section(
            h2('Ajankohtaista: ”riisuntasovellukset” ja syväväärennökset'),
            p('Verkossa mainostetaan palveluita, jotka lupaavat tekoälyn avulla ”poistaa vaatteet” kenen tahansa kuvasta tai liittää henkilön kasvot aikuisviihdevideoon. Palvelut toimivat yleensä selaimessa tai Telegram-botteina ja myyvät krediittejä muutamalla eurolla.'),
            p('Tällaisten kuvien tekeminen ja levittäminen toisesta ihmisestä ilman suostumusta voi olla rikos. ' + a('/ohjeet/syvavaarennokset', 'Lue ohjeemme uhreille ja läheisille') + '.'),
          ) +
          section(h2('Muut ohjeet'), ul('Tietojenkalastelu: tunnista huijausviestit', 'Kaksivaiheinen tunnistautuminen käyttöön', 'Lasten ja nuorten mediataidot – materiaalit opettajille', 'Yrityksen tietoturvan perusteet', 'Ikääntyneiden digiturva: opas omaisille')) +
          textForm('Tilaa tiedotteet – sähköpostiosoite', 'Tilaa', '/tilaa') +
          p('Virasto ei poista sisältöä internetistä, mutta ohjaa oikeaan paikkaan: poliisille, palveluntarjoajalle tai oikeudelliseen neuvontaan.') +
          section(h2('Tiedotteet'), p('Julkaisemme tiedotteita ajankohtaisista huijauksista ja haavoittuvuuksista. Tilaa tiedotteet sähköpostiisi.'), ul('12.3.2026 – Huijaussoitot pankin nimissä lisääntyneet', '28.2.2026 – Varoitus: väärennetyt pakettiviestit', '14.2.2026 – Selvitys tekoälyllä tehdyistä intiimikuvista julkaistu')) +
          footer('Digiturvavirasto · Tämä on kuvitteellinen virasto testiympäristössä. · Saavutettavuusseloste', [
            ['/yhteystiedot', 'Yhteystiedot'],
            ['/tietosuoja', 'Tietosuoja'],
            ['/saavutettavuus', 'Saavutettavuus'],
          ]),
      },
      {
        path: '/ohjeet/syvavaarennokset',
        title: 'Syväväärennökset ja tekoälyllä tehdyt alastonkuvat – ohje',
        body:
          nav([['/', 'Etusivu'], ['/ilmoita', 'Tee ilmoitus']], 'Digiturvavirasto') +
          h1('Jos sinusta on tehty tekoälyllä seksuaalissävytteinen kuva') +
          p(
            'Niin sanotut nudify- tai undress-palvelut mainostavat itseään lauseilla kuten ”lataa kuva ja näe ilman vaatteita”. Kuva on aina väärennös, mutta sen vaikutukset ovat todellisia. Et ole tehnyt mitään väärää.',
          ) +
          ol(
            'Tallenna todisteet: kuvakaappaukset, verkko-osoitteet, käyttäjänimet ja päivämäärät.',
            'Älä maksa kiristäjälle äläkä jatka keskustelua.',
            'Tee rikosilmoitus poliisille. Sen voi tehdä myös sähköisesti.',
            'Pyydä alustaa poistamaan sisältö. Useimmilla palveluilla on ilmoituslomake intiimikuville.',
            'Hae tukea: rikosuhrien päivystys auttaa maksutta.',
          ) +
          p('Jos kuva koskee alaikäistä, ota aina yhteyttä poliisiin.') +
          footer('Digiturvavirasto'),
      },
      {
        path: '/ilmoita',
        title: 'Tee ilmoitus – Digiturvavirasto',
        body:
          nav([['/', 'Etusivu']], 'Digiturvavirasto') +
          h1('Ilmoita tietoturvaloukkauksesta tai haitallisesta palvelusta') +
          p('Voit ilmoittaa meille verkkopalvelusta, joka mainostaa vaatteiden poistamista kuvista tai syväväärennösten tekemistä. Kokoamme tietoa ilmiöstä ja välitämme ilmoituksia yhteistyökumppaneille. Ilmoitus ei korvaa rikosilmoitusta. Älä liitä ilmoitukseen itse kuvia.', 'Kerro ilmoituksessa palvelun osoite, mistä löysit sen (esimerkiksi mainos, sosiaalinen media tai hakukone) ja milloin. Voit jättää ilmoituksen nimettömänä. Jos haluat, että otamme sinuun yhteyttä, lisää sähköpostiosoitteesi. Käsittelemme ilmoitukset luottamuksellisesti.') +
          textForm('Palvelun verkko-osoite', 'Lähetä', '/ilmoita/laheta') +
          footer('Digiturvavirasto'),
      },
      {
        path: '/yhteystiedot',
        title: 'Yhteystiedot – Digiturvavirasto',
        body:
          nav([['/', 'Etusivu']], 'Digiturvavirasto') +
          h1('Yhteystiedot') +
          p('Neuvontapalvelumme palvelee arkisin klo 9–16. Kiireellisissä tapauksissa, kuten kiristystilanteissa, ota yhteyttä suoraan poliisiin hätänumerosta. Mediayhteydenotot ohjataan viestintäyksikölle. Postiosoite ja kirjaamon sähköposti löytyvät tältä sivulta.', 'Puhelinneuvonta on maksutonta. Palvelemme suomeksi, ruotsiksi ja englanniksi. Jos tarvitset tulkkausta tai selkokielistä neuvontaa, kerro siitä yhteydenoton alussa, niin järjestämme sen. Asiakirjapyynnöt käsitellään julkisuuslain mukaisesti. Käyntiosoitteemme on avoinna arkisin ajanvarauksella. Voit varata ajan puhelimitse tai verkkolomakkeella.') +
          footer('Digiturvavirasto'),
      },
    ],
  },

  /* ---------- no: Telegram bot (nudify) ---------- */
  {
    host: 'kledefri-bot.test',
    lang: 'no',
    label: 'nudify',
    shape: 'telegram-bot',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'KledeFri Bot – AI undress rett i Telegram',
        head: metaDescription('KledeFri er en Telegram-bot som fjerner klær fra bilder med AI. Send et bilde, få resultatet på 15 sekunder. 2 gratis forsøk.'),
        body:
          nav(
            [
              ['/slik-fungerer-det', 'Slik fungerer det'],
              ['/priser', 'Priser'],
              ['/vilkar', 'Vilkår'],
              ['https://t.me/kledefri_bot?start=web', 'Åpne i Telegram'],
            ],
            'KledeFri',
          ) +
          h1('Send et bilde. Få det uten klær. Rett i Telegram.') +
          p('KledeFri er en AI-bot som gjør om vanlige bilder til “avkledde” versjoner på noen sekunder. Ingen nettside å logge inn på, ingen app å installere – alt skjer i chatten, og bildene forsvinner når du sletter samtalen.') +
          p(a('https://t.me/kledefri_bot?start=web', '▶ Start boten i Telegram') + ' · ' + a('https://t.me/kledefri_bot?start=ref_forside', 'Del med en venn og få +3 credits')) +
          h2('Moduser') +
          ul('👙 Bikini', '🖤 Undertøy', '🔞 Full undress (NSFW)', '✨ Nytt: “Se gjennom”-modus for tynne klær') +
          h2('Hvorfor folk velger KledeFri') +
          ul('Svar på 10–20 sekunder, døgnet rundt 24/7', 'Fungerer på norske mobilbilder, også i dårlig lys', 'Betal med Telegram Stars, kort eller krypto', 'Over 120k brukere i Norden') +
          blockquote('Raskeste u n d r e s s-boten jeg har testet. Verdt hver krone.', 'Bruker, 5 stjerner') +
          p('Du får 2 gratis bilder når du starter boten. Deretter fra 49 kr. ' + a('/priser?ref=forside', 'Se prisene') + '.') +
          faq('Spørsmål', [
            ['Blir bildene lagret?', 'Nei, bildene slettes fra serverne våre etter behandling. Chatten styrer du selv.'],
            ['Er det lov?', 'Du er selv ansvarlig for hvilke bilder du sender. Les vilkårene.'],
          ]) +
          footer('© 2026 KledeFri. Kun 18+. Ikke tilknyttet Telegram.', [
            ['/vilkar', 'Vilkår'],
            ['/personvern', 'Personvern'],
            ['/priser', 'Priser'],
          ]),
      },
      {
        path: '/slik-fungerer-det',
        title: 'Slik fungerer KledeFri Bot',
        body:
          nav([['/', 'Hjem'], ['/priser', 'Priser']], 'KledeFri') +
          h1('Slik kommer du i gang') +
          ol(
            'Åpne @kledefri_bot i Telegram og trykk /start.',
            'Send et bilde av én person, helst hele kroppen og forfra.',
            'Velg modus i menyen: bikini, undertøy eller full undress.',
            'Vent 10–20 sekunder. Resultatet kommer som et bilde i chatten.',
          ) +
          p('Tips: jo enklere bakgrunn og klær, jo mer realistisk blir resultatet. Bruk kommandoen /hd for 4K (koster 2 credits). Skriv /help for alle kommandoer.') +
          footer('© 2026 KledeFri'),
      },
      {
        path: '/priser',
        title: 'Priser – KledeFri Bot',
        body:
          nav([['/', 'Hjem'], ['/vilkar', 'Vilkår']], 'KledeFri') +
          h1('Credits og VIP') +
          priceTable(
            ['Pakke', 'Credits', 'Pris', 'Stars'],
            [
              ['Start', '10', '49 kr', '250 ⭐'],
              ['Populær', '50', '179 kr', '900 ⭐'],
              ['VIP uke', 'Ubegrenset i 7 dager', '129 kr', '650 ⭐'],
              ['VIP måned', 'Ubegrenset', '349 kr', '1 750 ⭐'],
            ],
          ) +
          p('Kjøp skjer i boten med kommandoen /buy. Vi tar Telegram Stars, Visa/Mastercard via tredjepart og USDT (TRC20).', 'Ett vanlig bilde koster 1 credit, HD og “se gjennom”-modus koster 2 credits. VIP gir ubegrenset bruk i standardkvalitet, men maks 200 bilder per døgn. Credits utløper aldrig og kan deles med en annen Telegram-konto via /gift.') +
          footer('© 2026 KledeFri'),
      },
      {
        path: '/vilkar',
        title: 'Vilkår – KledeFri',
        body:
          nav([['/', 'Hjem']], 'KledeFri') +
          h1('Vilkår for bruk') +
          p('Tjenesten er kun for personer over 18 år. Alle genererte bilder er kunstige og skal ikke brukes til å sjikanere, true eller presse noen. KledeFri lagrer ikke bilder og kan derfor ikke svare på henvendelser om enkeltbilder. Kjøpte credits refunderes ikke. Vi kan stenge brukere som bryter Telegrams regler. Ved å trykke /start godtar du disse vilkårene.') +
          footer('© 2026 KledeFri'),
      },
    ],
  },

  /* ---------- no: telegram list (directory) ---------- */
  {
    host: 'botlista-norge.test',
    lang: 'no',
    label: 'directory',
    shape: 'telegram-list',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Botlista – beste Telegram-boter for AI-bilder (2026)',
        body:
          nav(
            [
              ['/kategori/undress', 'Undress-boter'],
              ['/kategori/face-swap', 'Face swap'],
              ['/om', 'Om Botlista'],
              ['/send-inn', 'Send inn bot'],
            ],
            'Botlista',
          ) +
          h1('Beste Telegram-boter for AI-bilder – oppdatert mars 2026') +
          p('Vi samler de mest populære AI-botene på Telegram, sortert etter kategori og antall brukere. Listen oppdateres hver uke, og døde boter fjernes. Vi driver ingen av botene selv – klikk for å åpne dem i Telegram.') +
          h2('Topp 5 denne uken') +
          ol(
            a('https://t.me/kledefri_bot', '@kledefri_bot') + ' – undress på norsk, 2 gratis, ⭐ 4,6',
            a('https://t.me/nudegenie_bot', '@nudegenie_bot') + ' – NSFW-modus, betal med Stars, ⭐ 4,4',
            a('https://t.me/swapqueen_ai_bot', '@swapqueen_ai_bot') + ' – face swap i video, 18+ maler, ⭐ 4,3',
            a('https://t.me/xraylens_bot', '@xraylens_bot') + ' – “se gjennom”-filter, ⭐ 3,9',
            a('https://t.me/bikinify_bot', '@bikinify_bot') + ' – bikini- og undertøymodus, ⭐ 3,8',
          ) +
          h2('Nye boter') +
          ul(a('https://t.me/deepnord_bot', '@deepnord_bot') + ' – deepfake-video fra ett bilde', a('https://t.me/klaerav_bot', '@klaerav_bot') + ' – billig, men treg') +
          p('Botene bytter ofte navn når de blir stengt. Følg ' + a('https://t.me/botlista_kanal', 'kanalen vår') + ' for nye lenker.') +
          h2('Slik velger du riktig bot') +
          p('Se etter boter som gir gratis forsøk, slik at du kan teste kvaliteten før du betaler. Sjekk om boten tar Telegram Stars – det er ofte enklest. Unngå boter som krever at du inviterer mange venner før noe fungerer. Vi gir hver bot en score fra 1 til 5 basert på hastighet, pris og hvor lenge den har vært oppe.') +
          p('<small>Noen lenker er referral-lenker. Vi tar ikke ansvar for innholdet i botene.</small>') +
          footer('© 2026 Botlista', [
            ['/om', 'Om'],
            ['/send-inn', 'Send inn'],
          ]),
      },
      {
        path: '/kategori/undress',
        title: 'Undress-boter på Telegram – Botlista',
        body:
          nav([['/', 'Forside'], ['/kategori/face-swap', 'Face swap']], 'Botlista') +
          h1('Undress- og nudify-boter') +
          ul(
            a('https://t.me/kledefri_bot?start=botlista', '@kledefri_bot') + ' – 49 kr for 10 credits, rask',
            a('https://t.me/nudegenie_bot?start=bl', '@nudegenie_bot') + ' – flere moduser, engelsk meny',
            a('https://t.me/xraylens_bot', '@xraylens_bot') + ' – bare ett filter, men gratis forsøk daglig',
            a('https://t.me/bikinify_bot', '@bikinify_bot') + ' – myk modus, mindre eksplisitt',
            a('https://t.me/undr3ss_pro_bot', '@undr3ss_pro_bot') + ' – ny, ukjent betalingsløsning',
          ) +
          p('Rangering basert på brukerstemmer og hvor ofte boten er oppe. Vi sjekker alle lenkene hver mandag. Mangler det en bot, eller er en lenke død? Gi beskjed via skjemaet, så oppdaterer vi listen.') +
          footer('© 2026 Botlista'),
      },
      {
        path: '/kategori/face-swap',
        title: 'Face swap-boter – Botlista',
        body:
          nav([['/', 'Forside'], ['/kategori/undress', 'Undress']], 'Botlista') +
          h1('Face swap- og deepfake-boter') +
          ul(
            a('https://t.me/swapqueen_ai_bot', '@swapqueen_ai_bot') + ' – video face swap, 18+ maler for VIP',
            a('https://t.me/deepnord_bot', '@deepnord_bot') + ' – lager korte klipp av “hvem som helst” fra ett bilde',
            a('https://t.me/memeswap_bot', '@memeswap_bot') + ' – kun memes og filmscener, SFW',
          ) +
          p('Mange av disse botene krever at du blir med i en kanal før du får gratis forsøk. Prisene varierer fra 100 til 1 000 Stars for en ukespakke. Video tar lengre tid enn bilder, ofte flere minutter.') +
          footer('© 2026 Botlista'),
      },
      {
        path: '/om',
        title: 'Om Botlista',
        body:
          nav([['/', 'Forside']], 'Botlista') +
          h1('Om Botlista') +
          p('Botlista er en uavhengig oversikt over Telegram-boter. Vi tester botene selv, men har ingen tilknytning til utviklerne. Enkelte oppføringer er betalt plassering, og disse er merket “Sponset”. Ønsker du å få din bot på listen, bruk skjemaet under “Send inn bot”. Vi svarer vanligvis innen en uke, og vi forbeholder oss retten til å avvise boter uten begrunnelse.') +
          footer('© 2026 Botlista'),
      },
    ],
  },

  /* ---------- no: victim help (about) ---------- */
  {
    host: 'stoppdelingen.test',
    lang: 'no',
    label: 'unrelated',
    shape: 'victim-help',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Stopp Delingen – hjelp når bilder av deg deles uten samtykke',
        body:
          nav(
            [
              ['/fa-hjelp', 'Få hjelp nå'],
              ['/fjerne-bilder', 'Fjerne bilder'],
              ['/ai-bilder', 'Falske AI-bilder'],
              ['/kontakt', 'Kontakt'],
            ],
            'Stopp Delingen',
          ) +
          p('<strong>' + a('/fa-hjelp', 'Rask utgang') + '</strong> – trykk her for å forlate siden raskt.') +
          h1('Har noen delt eller laget intime bilder av deg?') +
          p('Du er ikke alene, og det er ikke din feil. Stopp Delingen er en gratis og anonym hjelpetjeneste for voksne som opplever at nakenbilder eller seksualiserte bilder av dem deles uten samtykke – også bilder som er falske og laget med kunstig intelligens.') +
          h2('Falske bilder laget med AI') +
          p('Det finnes apper og Telegram-boter som markedsfører seg med “fjern klær fra hvilket som helst bilde”. De tar et vanlig bilde fra sosiale medier og lager et falskt nakenbilde. Selv om bildet er falskt, kan deling være straffbart, og du har rett til å få det fjernet.') +
          h2('Dette kan vi hjelpe med') +
          ul('Samtale med en rådgiver på chat eller telefon', 'Hjelp til å melde fra til nettsider og plattformer', 'Veiledning om anmeldelse til politiet', 'Kontakt med advokat gjennom fri rettshjelp') +
          p('Chatten er åpen hverdager 10–20 og søndager 16–20. Du trenger ikke oppgi navn.') +
          footer('Stopp Delingen er et fiktivt lavterskeltilbud. Alle samtaler er konfidensielle.', [
            ['/kontakt', 'Kontakt'],
            ['/personvern', 'Personvern'],
          ]),
      },
      {
        path: '/fa-hjelp',
        title: 'Få hjelp – Stopp Delingen',
        body:
          nav([['/', 'Hjem'], ['/kontakt', 'Kontakt']], 'Stopp Delingen') +
          h1('Få hjelp nå') +
          ol(
            'Ta skjermbilder av innlegget, profilen og nettadressen før noe slettes.',
            'Ikke svar på trusler eller krav om penger.',
            'Kontakt oss på chat – vi hjelper deg å lage en plan.',
            'Vurder å anmelde til politiet. Vi kan være med deg.',
          ) +
          p('Er du i fare nå, ring nødnummeret til politiet. Du kan også kontakte legevakten eller en venn du stoler på. Vi hjelper deg uansett om bildet er ekte eller falskt.') +
          footer('Stopp Delingen'),
      },
      {
        path: '/fjerne-bilder',
        title: 'Slik får du fjernet bilder – Stopp Delingen',
        body:
          nav([['/', 'Hjem'], ['/ai-bilder', 'Falske AI-bilder']], 'Stopp Delingen') +
          h1('Slik får du fjernet bilder fra nett') +
          p('De fleste store plattformer har egne skjemaer for intime bilder delt uten samtykke. For nettsteder i utlandet kan det være lurt å kontakte vertsleverandøren eller domeneregistraren. Vi har maler på norsk og engelsk som du kan bruke, og vi kan sende henvendelsen for deg hvis du ønsker det. Det er gratis.') +
          footer('Stopp Delingen'),
      },
      {
        path: '/ai-bilder',
        title: 'Falske nakenbilder laget med AI – Stopp Delingen',
        body:
          nav([['/', 'Hjem'], ['/fa-hjelp', 'Få hjelp']], 'Stopp Delingen') +
          h1('Hva er “nudify”-apper?') +
          p('Nudify-apper er tjenester som lover å “kle av” personer på bilder ved hjelp av AI. De selger ofte credits for noen titalls kroner, og markedsfører seg med uttrykk som “undress”, “x-ray” og “NSFW-modus”. Resultatet er et oppdiktet bilde, men det kan brukes til trakassering og utpressing. Vi melder slike tjenester til plattformer og betalingsselskaper.') +
          footer('Stopp Delingen'),
      },
      {
        path: '/kontakt',
        title: 'Kontakt – Stopp Delingen',
        body:
          nav([['/', 'Hjem']], 'Stopp Delingen') +
          h1('Kontakt oss') +
          p('Du kan chatte anonymt med oss, sende en e-post eller ringe. Vi svarer på e-post innen to virkedager. Fagpersoner, skoler og arbeidsgivere som trenger råd om håndtering av saker er også velkomne til å ta kontakt. Vi holder foredrag om digital vold for organisasjoner. Pressehenvendelser går til vår kommunikasjonsrådgiver. Vi deler aldri informasjon om deg uten at du har sagt ja til det.') +
          footer('Stopp Delingen'),
      },
    ],
  },

  /* ---------- no: request board (deepfake) ---------- */
  {
    host: 'faketorget.test',
    lang: 'no',
    label: 'deepfake',
    shape: 'request-board',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'FakeTorget – forespørsler og ferdige AI-fakes',
        body:
          ageGate('Dette forumet inneholder materiale for voksne. Du må være 18 år eller eldre.', 'Jeg er 18+', 'Forlat') +
          torgNav +
          h1('FakeTorget – Nordens største forum for AI-fakes') +
          p('Legg ut en forespørsel, la forumets skapere lage en deepfake, og betal med credits når den er levert. Over 9 000 medlemmer og 2 300 ferdige fakes av kjendiser, streamere og influencere.') +
          h2('Siste forespørsler') +
          ul(
            a('/forum/foresporsler/4412', 'REQ: norsk TV-programleder, NSFW-video, betaler 300 credits') + ' – 14 svar',
            a('/forum/foresporsler/4409', 'REQ: streamer (gaming), 3 bilder følger, helst face swap på video') + ' – 6 svar',
            a('/forum/foresporsler/4401', 'REQ: influencer fra Oslo, bikini → full') + ' – 22 svar',
            a('/forum/foresporsler/4397', 'Privat forespørsel – kun DM, betaler i krypto') + ' – 3 svar',
          ) +
          h2('Populære skapere') +
          ul('DeepNordic – 412 leveranser, ⭐ 4,9', 'PixelSwap – 288 leveranser, ⭐ 4,7', 'fakemaster_no – 97 leveranser, ⭐ 4,5') +
          p('Skaperne bruker egne modeller og face swap-verktøy. De fleste leverer innen 48 timer, og du betaler først når du har godkjent resultatet.') +
          p('Ny her? Les ' + a('/regler', 'reglene') + ' og få ' + a('/vip?ref=forside', 'VIP') + ' for å se alle ferdige fakes i full oppløsning.') +
          textForm('Søk i forespørsler (navn, plattform, tag)', 'Søk', '/sok') +
          footer('FakeTorget · Alt innhold er AI-generert og fiktivt. DMCA-henvendelser: se regler.', [
            ['/regler', 'Regler'],
            ['/vip', 'VIP'],
            ['/forum/ferdige', 'Ferdige'],
          ]),
      },
      {
        path: '/forum/foresporsler',
        title: 'Forespørsler – FakeTorget',
        body:
          torgNav +
          h1('Forespørsler') +
          p('Slik lager du en god forespørsel: oppgi plattform (Instagram, Twitch, TV), legg ved minst 5 tydelige ansiktsbilder, skriv hva slags video eller bilde du vil ha, og sett en dusør i credits.') +
          ul(
            'REQ: programleder fra NRK-lignende kanal – 300 cr – åpen',
            'REQ: fitness-influencer, 2 klipp – 450 cr – tatt av DeepNordic',
            'REQ: e-sport-streamer – 120 cr – levert',
            'REQ: skuespiller fra norsk serie – 500 cr – åpen',
          ) +
          button('+ Ny forespørsel') +
          footer('FakeTorget'),
      },
      {
        path: '/forum/ferdige',
        title: 'Ferdige fakes – FakeTorget',
        body:
          torgNav +
          h1('Ferdige fakes') +
          mediaGrid([
            { title: 'Programleder deepfake HD', duration: '3:12', views: '18k visninger', tags: ['kjendis', 'video'] },
            { title: 'Streamer face swap', duration: '1:47', views: '9,2k visninger', tags: ['streamer'] },
            { title: 'Influencer AI fake pack', duration: '0:58', views: '27k visninger', tags: ['influencer', 'bilder'] },
          ]) +
          p('Gratisbrukere ser forhåndsvisning i lav oppløsning. VIP låser opp nedlasting i 1080p og tilgang til arkivet med over 2 000 fakes.', 'Sorter etter nyeste, mest sett eller skaper. Hver leveranse er merket med hvilken forespørsel den hører til, slik at du kan se hva andre har bestilt og hvor mange credits dusøren var på.') +
          footer('FakeTorget'),
      },
      {
        path: '/vip',
        title: 'VIP – FakeTorget',
        body:
          torgNav +
          h1('Bli VIP') +
          priceTable(
            ['Nivå', 'Pris', 'Inkludert'],
            [
              ['VIP 30 dager', '149 kr', 'Full oppløsning, 200 credits'],
              ['VIP 90 dager', '349 kr', 'Full oppløsning, 700 credits, private forespørsler'],
              ['Skaper', 'Gratis', 'Tjen credits ved å levere forespørsler'],
            ],
          ) +
          p('Betaling med Bitcoin, Monero eller gavekort. Credits kan brukes som dusør på forespørsler.', 'VIP-medlemmer får et eget merke ved brukernavnet, og forespørslene deres vises øverst i listen. Skapere som leverer mange godkjente forespørsler, får VIP gratis.') +
          footer('FakeTorget'),
      },
      {
        path: '/regler',
        title: 'Regler – FakeTorget',
        body:
          torgNav +
          h1('Forumregler') +
          ol(
            'Alt innhold skal merkes som fake.',
            'Ikke del personinformasjon som adresse eller telefonnummer.',
            'Dusører betales først når forespørselen er levert og godkjent.',
            'Krangler om betaling løses av moderatorene.',
            'Henvendelser om fjerning sendes via kontaktskjemaet; vi behandler dem etter beste evne.',
            'Brudd på reglene gir advarsel første gang og utestengelse andre gang. Moderatorenes avgjørelse er endelig.',
            'Ikke reklamer for andre forum eller Telegram-kanaler.',
          ) +
          footer('FakeTorget'),
      },
    ],
  },

  /* ---------- el: tube (deepfake) ---------- */
  {
    host: 'psevdastra.test',
    lang: 'el',
    label: 'deepfake',
    shape: 'tube',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'ΨευδΆστρα – deepfake βίντεο διασήμων σε HD',
        head: metaDescription('Τα καλύτερα deepfake βίντεο με διάσημες, influencers και streamers. Νέα βίντεο κάθε μέρα, HD και 4K.'),
        body:
          ageGate('Ο ιστότοπος περιέχει υλικό για ενήλικες. Επιβεβαιώστε ότι είστε άνω των 18 ετών.', 'Είμαι 18+', 'Έξοδος') +
          nav(
            [
              ['/katigories', 'Κατηγορίες'],
              ['/nea', 'Νέα'],
              ['/dimofili', 'Δημοφιλή'],
              ['/dmca', 'DMCA'],
              ['/2257', '2257'],
            ],
            'ΨευδΆστρα',
          ) +
          h1('Deepfake βίντεο διασήμων – ενημέρωση κάθε μέρα') +
          p('Η μεγαλύτερη ελληνική συλλογή από AI face swap βίντεο. Ηθοποιοί, τραγουδίστριες, παρουσιάστριες και influencers – όλα φτιαγμένα με τεχνητή νοημοσύνη, σε ποιότητα έως 4K.', 'Ανεβάζουμε τουλάχιστον 20 νέα deepfake βίντεο την ημέρα. Ψάξτε με όνομα, κανάλι ή ετικέτα και αποθηκεύστε τα αγαπημένα σας στη λίστα σας. Τα μέλη Premium βλέπουν όλα τα βίντεο χωρίς διαφημίσεις και μπορούν να τα κατεβάσουν σε 1080p ή 4K.') +
          h2('Νέα βίντεο') +
          mediaGrid([
            { title: 'Τραγουδίστρια ποπ AI face swap', duration: '12:04', views: '48k προβολές', tags: ['διάσημες', 'hd'] },
            { title: 'Παρουσιάστρια πρωινής ζώνης deepfake', duration: '08:31', views: '31k προβολές', tags: ['tv', 'deepfake'] },
            { title: 'Influencer από Θεσσαλονίκη', duration: '06:15', views: '22k προβολές', tags: ['influencer'] },
            { title: 'Ηθοποιός σειράς prime time', duration: '15:40', views: '67k προβολές', tags: ['ηθοποιοί', '4k'] },
            { title: 'Streamer gaming face swap', duration: '09:02', views: '19k προβολές', tags: ['streamer'] },
            { title: 'Αθλήτρια fake HD', duration: '07:48', views: '25k προβολές', tags: ['αθλήτριες'] },
          ]) +
          p('Σήμερα: 23 νέα βίντεο · Σύνολο: 3.412 βίντεο · Online: 1.180 χρήστες') +
          h2('Δημοφιλείς ετικέτες') +
          p(['#διάσημες', '#influencer', '#tv', '#streamer', '#4k', '#ελληνίδες'].map((t) => a(`/tag/${encodeURIComponent(t.slice(1))}`, t)).join(' ')) +
          p('Όλο το περιεχόμενο είναι AI-generated και φανταστικό. Για premium πρόσβαση χωρίς διαφημίσεις δείτε το ' + a('/premium?ref=home', 'Premium') + '.') +
          footer('© 2026 ΨευδΆστρα. Όλα τα πρόσωπα είναι ψηφιακά δημιουργήματα.', [
            ['/dmca', 'DMCA'],
            ['/2257', '18 U.S.C. 2257'],
            ['/premium', 'Premium'],
            ['/oroi', 'Όροι'],
          ]),
      },
      {
        path: '/katigories',
        title: 'Κατηγορίες – ΨευδΆστρα',
        body:
          nav([['/', 'Αρχική'], ['/premium', 'Premium']], 'ΨευδΆστρα') +
          h1('Κατηγορίες') +
          ul(
            a('/tag/διάσημες', 'Διάσημες Ελληνίδες') + ' – 1.240 βίντεο',
            a('/tag/tv', 'Παρουσιάστριες TV') + ' – 512 βίντεο',
            a('/tag/influencer', 'Influencers & TikTok') + ' – 880 βίντεο',
            a('/tag/streamer', 'Streamers') + ' – 301 βίντεο',
            a('/tag/ηθοποιοί', 'Ηθοποιοί') + ' – 670 βίντεο',
            a('/tag/4k', '4K Ultra HD') + ' – 145 βίντεο',
          ) +
          p('Έχετε αίτημα για συγκεκριμένο πρόσωπο; Τα μέλη Premium μπορούν να στείλουν αιτήματα μία φορά την εβδομάδα.', 'Οι κατηγορίες ενημερώνονται αυτόματα όταν ανεβαίνει νέο βίντεο, συνήθως αρκετές φορές την ημέρα. Νέες κατηγορίες προστίθενται κάθε μήνα. Μπορείτε να ταξινομήσετε κάθε κατηγορία κατά ημερομηνία, προβολές ή διάρκεια.') +
          footer('© 2026 ΨευδΆστρα'),
      },
      {
        path: '/premium',
        title: 'Premium – ΨευδΆστρα',
        body:
          nav([['/', 'Αρχική']], 'ΨευδΆστρα') +
          h1('Premium πρόσβαση') +
          priceTable(
            ['Πακέτο', 'Τιμή', 'Τι περιλαμβάνει'],
            [
              ['1 μήνας', '€9,99', 'Χωρίς διαφημίσεις, 1080p'],
              ['3 μήνες', '€24,99', '4K, λήψεις, αιτήματα'],
              ['Lifetime', '€79', 'Όλα + πρώιμη πρόσβαση'],
            ],
          ) +
          p('Πληρωμή με κάρτα μέσω τρίτου παρόχου ή με κρυπτονομίσματα. Στην κίνηση της κάρτας εμφανίζεται ουδέτερη επωνυμία.', 'Η συνδρομή ανανεώνεται αυτόματα, αλλά μπορείτε να την ακυρώσετε οποιαδήποτε στιγμή από τον λογαριασμό σας. Τα μέλη Premium έχουν πρόσβαση σε ολόκληρο το αρχείο με πάνω από 3.000 βίντεο και μπορούν να κάνουν ένα αίτημα την εβδομάδα.') +
          footer('© 2026 ΨευδΆστρα'),
      },
      {
        path: '/dmca',
        title: 'DMCA – ΨευδΆστρα',
        body:
          nav([['/', 'Αρχική']], 'ΨευδΆστρα') +
          h1('Πολιτική DMCA') +
          p('Αν πιστεύετε ότι κάποιο βίντεο παραβιάζει τα δικαιώματά σας, στείλτε αίτημα με τον σύνδεσμο του βίντεο, στοιχεία ταυτότητας και δήλωση καλής πίστης. Τα αιτήματα εξετάζονται εντός 14 εργάσιμων ημερών. Ο ιστότοπος φιλοξενεί περιεχόμενο που ανεβάζουν χρήστες και δεν ευθύνεται για αυτό. Ελλιπή αιτήματα δεν εξετάζονται. Επαναλαμβανόμενα αιτήματα για το ίδιο βίντεο απορρίπτονται αυτόματα. Τα αιτήματα στέλνονται μόνο μέσω της φόρμας, όχι με email.') +
          footer('© 2026 ΨευδΆστρα'),
      },
      {
        path: '/2257',
        title: '2257 – ΨευδΆστρα',
        body:
          nav([['/', 'Αρχική']], 'ΨευδΆστρα') +
          h1('Δήλωση 18 U.S.C. 2257') +
          p('Όλα τα πρόσωπα που εμφανίζονται στα βίντεο είναι ψηφιακά δημιουργήματα τεχνητής νοημοσύνης ή ενήλικες ηθοποιοί των αρχικών βίντεο. Ο ιστότοπος δεν είναι ο παραγωγός του αρχικού υλικού. Τα αρχεία τηρούνται από τους αρχικούς παραγωγούς.', 'Για ερωτήσεις σχετικά με αυτή τη δήλωση επικοινωνήστε με την ομάδα υποστήριξης μέσω της φόρμας επικοινωνίας. Απαντάμε μέσα σε λίγες εργάσιμες ημέρες.') +
          footer('© 2026 ΨευδΆστρα'),
      },
    ],
  },
];
