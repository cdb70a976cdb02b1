import {
  a,
  ageGate,
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
  metaDescription,
  nav,
  ol,
  oneTap,
  p,
  priceTable,
  storeBadges,
  stripe,
  ul,
  upload,
  type CorpusSite,
} from '../site-kit.js';

const AUTHOR = 'nud-a';

export const sites: CorpusSite[] = [
  // 25. nl saas: no upload field on the site, only account + credits; zero-width char in the title
  {
    host: 'laagjes-ai.test', lang: 'nl', label: 'nudify', shape: 'saas', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Laagjes AI – uit\u200Bkleden met AI, vanaf €0,25 per foto',
        head:
          metaDescription('Laagjes AI haalt met kunstmatige intelligentie de kleding van je foto\'s. Maak een account, koop credits en begin direct.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'FAQPage', mainEntity: [
            { '@type': 'Question', name: 'Hoe werkt Laagjes AI?', acceptedAnswer: { '@type': 'Answer', text: 'Je maakt een account, koopt credits en uploadt in je dashboard een foto. De AI maakt er een versie zonder kleding van.' } },
            { '@type': 'Question', name: 'Kan ik mijn geld terugkrijgen?', acceptedAnswer: { '@type': 'Answer', text: 'Ongebruikte credits kun je binnen 14 dagen terugvragen.' } },
          ] }) +
          oneTap('4410-laagjes.apps.googleusercontent.com'),
        body:
          cookieBanner('Wij en onze partners gebruiken cookies om je een betere ervaring te geven en om advertenties te meten. Lees meer in ons cookiebeleid.', 'Alles accepteren', 'Instellingen') +
          nav([['/credits', 'Credits'], ['/zo-werkt-het', 'Zo werkt het'], ['/faq', 'FAQ'], ['/registreren?ref=nav', 'Gratis account']], 'Laagjes') +
          h1('Laag voor laag uitkleden met AI') +
          p('Laagjes AI is een online dienst die met kunstmatige intelligentie de kleding van een foto verwijdert. Jij kiest het eindresultaat: alleen de bovenlaag weg, ondergoed, badkleding of volledig naakt. Alles gebeurt in je eigen, afgeschermde dashboard.') +
          button('Verder met Google') +
          p(a('/registreren?ref=hero', 'Maak een gratis account') + ' en ontvang 3 credits om te proberen.') +
          h2('Wat je krijgt') +
          ul('Vier standen: jas uit, ondergoed, badkleding, naakt', 'Resultaat in 8 tot 15 seconden', 'Prive-dashboard, niemand anders ziet je foto\'s', 'Automatisch wissen na 24 uur', 'Betalen met iDEAL, Bancontact, kaart of crypto') +
          h2('Zo begin je') +
          ol('Maak een account met Google of e-mail', 'Koop een creditpakket (of gebruik je 3 gratis credits)', 'Upload je foto in het dashboard en kies de stand', 'Download het resultaat') +
          h2('Ervaringen van gebruikers') +
          blockquote('Die verschillende standen zijn handig, je hoeft niet meteen alles weg te halen.', 'Jeroen, 28') +
          blockquote('Betalen met iDEAL werkte meteen en de credits stonden er direct op.', 'gebruiker uit Antwerpen') +
          faq('Veelgestelde vragen', [
            ['Hoe werkt Laagjes AI?', 'Je maakt een account, koopt credits en uploadt in je dashboard een foto. De AI maakt er een versie zonder kleding van.'],
            ['Kan ik mijn geld terugkrijgen?', 'Ongebruikte credits kun je binnen 14 dagen terugvragen via support.'],
            ['Worden mijn foto\'s gebruikt om de AI te trainen?', 'Nee. Foto\'s worden na 24 uur definitief gewist.'],
          ]) +
          p('Laagjes AI is uitsluitend voor volwassenen. Je bent zelf verantwoordelijk voor toestemming van de mensen op je foto\'s.') +
          footer('© 2026 Laagjes AI', [['/credits', 'Credits'], ['/faq', 'FAQ'], ['/registreren?utm_source=footer', 'Registreren'], ['/voorwaarden', 'Voorwaarden'], ['/privacy', 'Privacy']]),
      },
      {
        path: '/credits',
        title: 'Credits – Laagjes AI',
        head: cryptoCheckout(),
        body:
          nav([['/', 'Home'], ['/faq', 'FAQ'], ['/registreren', 'Registreren']], 'Laagjes') +
          h1('Credits en prijzen') +
          p('Elke foto kost 1 credit, ongeacht de stand. HD-download kost 1 credit extra. Credits blijven een jaar geldig.') +
          priceTable(['Pakket', 'Credits', 'Prijs', 'Per foto'], [
            ['Kennismaking', '12', '€4,95', '€0,41'],
            ['Standaard', '40', '€12,95', '€0,32'],
            ['Veelgebruiker', '120', '€29,95', '€0,25'],
          ]) +
          p('Je betaalt met iDEAL, Bancontact, Visa, Mastercard of crypto (BTC, ETH, USDT). Met crypto krijg je 10% bonuscredits. Op je bankafschrift zie je een neutrale naam. Je hebt een account nodig om credits te kopen; na betaling staan ze meteen in je dashboard.') +
          footer('© 2026 Laagjes AI', [['/voorwaarden', 'Voorwaarden']]),
      },
      {
        path: '/zo-werkt-het',
        title: 'Zo werkt het – Laagjes AI',
        body:
          nav([['/', 'Home'], ['/credits', 'Credits']], 'Laagjes') +
          h1('Zo werkt Laagjes AI') +
          p('Na het uploaden zoekt onze AI eerst de persoon op de foto en herkent welke kledingstukken er zijn. Daarna vult een generatief model het beeld laag voor laag opnieuw in, afhankelijk van de stand die je kiest. Achtergrond, houding en licht blijven zoveel mogelijk hetzelfde, zodat het resultaat bij de originele foto past.') +
          p('Voor het beste resultaat gebruik je een scherpe foto met één persoon, goed licht en zonder zware filters. Bij groepsfoto\'s of heel kleine foto\'s werkt het minder goed. Mislukt een foto, dan krijg je je credit automatisch terug.') +
          footer('© 2026 Laagjes AI'),
      },
      {
        path: '/faq',
        title: 'FAQ – Laagjes AI',
        body:
          nav([['/', 'Home'], ['/credits', 'Credits']], 'Laagjes') +
          faq('Alles wat je wilt weten', [
            ['Waarom zie ik geen uploadknop op de site?', 'Uploaden kan alleen in je dashboard, na het inloggen. Zo blijven je foto\'s afgeschermd.'],
            ['Kan ik anoniem betalen?', 'Ja, met crypto. Bij iDEAL staat er een neutrale naam op je afschrift.'],
            ['Is er een abonnement?', 'Nee, je koopt alleen losse credits. Geen automatische verlenging.'],
            ['Geld terug?', 'Binnen 14 dagen voor ongebruikte credits. Neem contact op via het formulier in je dashboard.'],
            ['Mag ik elke foto gebruiken?', 'Alleen van jezelf of van volwassenen die je toestemming gaven. Misbruik leidt tot blokkering.'],
          ]) +
          footer('© 2026 Laagjes AI', [['/privacy', 'Privacy']]),
      },
    ],
  },

  // 26. nl app-landing: PWA + APK, coins
  {
    host: 'pelfoto.test', lang: 'nl', label: 'nudify', shape: 'app-landing', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'PelFoto – de AI-app die kleding van foto\'s pelt',
        head: metaDescription('PelFoto: AI-app voor Android en iPhone. Pel de kleding van elke foto. 5 gratis munten per dag.'),
        body:
          nav([['/installeren', 'Installeren'], ['/munten', 'Munten'], ['/veiligheid', 'Veiligheid'], ['/nieuws', 'Nieuws']], 'PelFoto') +
          h1('Pellen maar. Gewoon op je telefoon.') +
          p('PelFoto is een app die met AI de kleding van een foto haalt. Kies een foto uit je camerarol, schuif de peller naar beneden en kijk hoe de outfit laag voor laag verdwijnt: eerst de jas, dan de trui, tot je bij bikini, lingerie of helemaal niets uitkomt. Werkt op Android, iPhone en in je browser.') +
          storeBadges('/download/pelfoto-1.9.apk') +
          h2('Waarom PelFoto') +
          ul('Elke dag 5 gratis munten', 'Pelschuif: jij bepaalt hoe ver het gaat', 'Geheim album achter je vingerafdruk', 'Geen watermerk in de betaalde versie', 'In het Nederlands en Engels') +
          h2('iPhone? Zet hem op je beginscherm') +
          p('Apple laat apps zoals PelFoto niet toe in de App Store. Open daarom app.pelfoto.test in Safari, tik op het deel-icoon en kies "Zet op beginscherm". De web-app werkt daarna als een gewone app, met dezelfde munten en hetzelfde account.') +
          h2('Zo werkt het') +
          ol('Installeer de app of de web-app', 'Kies een foto', 'Schuif de peller tot het gewenste resultaat', 'Bewaar in je geheime album') +
          h2('Recensies') +
          blockquote('★★★★★ Die schuif is echt verslavend, super vloeiend.', 'Android-gebruiker') +
          blockquote('★★★★☆ Web-app op mijn iPhone werkt prima, alleen iets trager.', 'iPhone-gebruiker') +
          p('PelFoto is alleen voor 18+. Bij het eerste gebruik bevestig je je leeftijd en dat je alleen foto\'s gebruikt met toestemming.') +
          footer('PelFoto © 2026', [['/installeren', 'Installeren'], ['/munten', 'Munten'], ['/veiligheid', 'Veiligheid'], ['/voorwaarden', 'Voorwaarden']]),
      },
      {
        path: '/installeren',
        title: 'PelFoto installeren',
        body:
          nav([['/', 'Home'], ['/munten', 'Munten']], 'PelFoto') +
          h1('PelFoto installeren') +
          storeBadges('/download/pelfoto-1.9.apk') +
          p('Android: download de APK (36 MB), open het bestand en sta installeren uit onbekende bronnen toe als je telefoon daarom vraagt. Staat PelFoto niet in de Play Store in jouw land, dan is de APK altijd de nieuwste versie.') +
          p('iPhone en iPad: open app.pelfoto.test in Safari en kies Deel → Zet op beginscherm. Desktop: gebruik gewoon de web-app in Chrome, Edge of Firefox. Je account en munten werken op al je apparaten.') +
          footer('PelFoto © 2026'),
      },
      {
        path: '/munten',
        title: 'Munten – PelFoto',
        body:
          nav([['/', 'Home'], ['/installeren', 'Installeren']], 'PelFoto') +
          h1('Munten kopen') +
          priceTable(['Pakket', 'Munten', 'Prijs'], [['Zakje', '60', '€3,99'], ['Zak', '180', '€9,99'], ['Kist', '500', '€22,99'], ['Onbeperkt per week', '∞', '€5,99']]) +
          p('Pellen tot ondergoed kost 2 munten, tot badkleding 2 munten en volledig naakt 4 munten. HD-export kost 1 munt extra. Munten koop je in de app via Google Play of in de web-app met iDEAL en creditcard. Elke dag dat je de app opent krijg je 5 gratis munten.') +
          p('Munten verlopen niet. Terugbetalingen voor aankopen in de Play Store lopen via Google; in de web-app kun je binnen 14 dagen ongebruikte munten terugvragen.') +
          footer('PelFoto © 2026'),
      },
      {
        path: '/veiligheid',
        title: 'Veiligheid – PelFoto',
        body:
          nav([['/', 'Home']], 'PelFoto') +
          h1('Veiligheid en toestemming') +
          p('PelFoto is bedoeld voor je eigen foto\'s of voor foto\'s van volwassenen die daar duidelijk mee instemmen. Foto\'s worden op onze servers verwerkt en direct daarna verwijderd. Het geheime album staat alleen op je eigen telefoon en is beveiligd met je vingerafdruk of pincode.') +
          p('Misbruik melden kan via het menu in de app. We bekijken elke melding binnen drie werkdagen en blokkeren accounts die de regels overtreden.') +
          footer('PelFoto © 2026'),
      },
      {
        path: '/nieuws',
        title: 'Nieuws – PelFoto',
        body:
          nav([['/', 'Home']], 'PelFoto') +
          h1('Nieuws') +
          h3('Versie 1.9') + p('Nieuwe pelschuif met tien tussenstappen, betere resultaten bij avondfoto\'s en een snellere wachtrij voor wie een weekabonnement heeft.') +
          h3('Web-app vernieuwd') + p('De web-app is helemaal opnieuw gebouwd en werkt nu net zo snel als de Android-app. Ideaal voor iPhone-gebruikers.') +
          h3('Binnenkort') + p('Een tabletversie met groter scherm voor de pelschuif, en betalen met Bancontact in de web-app. Volg ons nieuws om niets te missen.') +
          p('Vragen over een update? Stuur ons een bericht via de app.') +
          footer('PelFoto © 2026'),
      },
    ],
  },

  // 27. nl innocent-home: chat-style photo editor; undress prompt only on /functies; upload on /editor
  {
    host: 'pixelpraat.test', lang: 'nl', label: 'nudify', shape: 'innocent-home', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'PixelPraat – praat tegen je foto en hij verandert',
        head: metaDescription('PixelPraat is de AI-fotobewerker waarin je gewoon typt wat je wilt veranderen. Achtergrond, licht, kleding, stijl.') + gtag('G-PIXPRAAT'),
        body:
          nav([['/functies', 'Functies'], ['/abonnement', 'Abonnement'], ['/editor', 'Editor'], ['/over', 'Over PixelPraat']], 'PixelPraat') +
          h1('Typ wat je wilt. PixelPraat doet de rest.') +
          p('Fotobewerken zonder knoppen en schuifjes: bij PixelPraat typ je gewoon in gewone taal wat er moet veranderen. "Maak de lucht blauw", "haal die man op de achtergrond weg", "geef haar een rode jurk". Onze AI begrijpt het en past de foto aan in een paar seconden.') +
          img(8, 'voorbeeld chat-bewerking') +
          h2('Voorbeelden van opdrachten') +
          ul('"Maak het licht warmer, alsof het avond is"', '"Vervang de achtergrond door een strand"', '"Verander zijn shirt in een pak"', '"Maak er een olieverfschilderij van"', '"Vergroot de foto naar 4K"') +
          h2('Zo simpel is het') +
          ol('Upload je foto in de editor', 'Typ je opdracht in het chatvenster', 'Niet tevreden? Typ gewoon verder', 'Download het eindresultaat') +
          h2('Waarom mensen PixelPraat kiezen') +
          p('Je hoeft geen Photoshop te leren en je hoeft niet te zoeken naar de juiste tool. Je praat met je foto zoals je met een ontwerper zou praten. Elke stap wordt bewaard, dus je kunt altijd terug.') +
          blockquote('Ik typte "haal de toeristen weg" en het werkte gewoon. Magisch.', 'Lotte') +
          blockquote('Mijn productfoto\'s maak ik nu in tien minuten.', 'webshophouder') +
          faq('Vragen', [
            ['Werkt het in het Nederlands?', 'Ja, PixelPraat begrijpt Nederlands, Engels, Duits en Frans.'],
            ['Hoeveel kost het?', 'Je begint gratis met 10 opdrachten. Abonnementen vanaf €7,50 per maand.'],
          ]) +
          footer('© 2026 PixelPraat', [['/functies', 'Functies'], ['/abonnement', 'Abonnement'], ['/editor', 'Editor'], ['/privacy', 'Privacy'], ['/voorwaarden', 'Voorwaarden']]),
      },
      {
        path: '/functies',
        title: 'Functies – PixelPraat',
        body:
          nav([['/', 'Home'], ['/abonnement', 'Abonnement'], ['/editor', 'Editor']], 'PixelPraat') +
          h1('Wat PixelPraat kan') +
          h3('Bewerken met tekst') + p('Achtergrond, licht, kleur, objecten wissen en toevoegen: alles door het gewoon te typen.') +
          h3('Kleding') + p('Verander wat iemand draagt: andere kleur, ander kledingstuk of een compleet nieuwe outfit.') +
          h3('Vrije modus (18+)') +
          p('In de Vrije modus gelden onze standaardfilters niet. Daarmee kun je ook opdrachten geven als "trek haar kleren uit" of "maak er een naaktfoto van": de AI verwijdert dan de kleding en maakt een onbedekte versie. De Vrije modus zit alleen in het Onbeperkt-abonnement en vraagt een leeftijdscheck.') +
          p('Gebruik de Vrije modus alleen met foto\'s van jezelf of van volwassenen die toestemming gaven.') +
          footer('© 2026 PixelPraat'),
      },
      {
        path: '/abonnement',
        title: 'Abonnement – PixelPraat',
        head: stripe('pk_live_pixelpraat_fixture'),
        body:
          nav([['/', 'Home'], ['/functies', 'Functies']], 'PixelPraat') +
          h1('Kies je abonnement') +
          priceTable(['', 'Gratis', 'Plus', 'Onbeperkt'], [
            ['Prijs', '€0', '€7,50 / maand', '€16,50 / maand'],
            ['Opdrachten', '10', '250 / maand', 'onbeperkt (fair use)'],
            ['Vrije modus (18+)', '—', '—', '✓'],
            ['Export', '1080p', '4K', '4K'],
          ]) +
          p('Betalen met iDEAL, creditcard of Apple Pay. Je abonnement is maandelijks opzegbaar; je houdt toegang tot het einde van de periode. Geld terug binnen 7 dagen als je nog geen 20 opdrachten hebt gebruikt.') +
          p('Studenten krijgen 30% korting op Plus. Voor teams en bureaus hebben we een zakelijk abonnement met gedeelde opdrachten en één factuur; neem contact op via je account.') +
          footer('© 2026 PixelPraat'),
      },
      {
        path: '/editor',
        title: 'Editor – PixelPraat',
        body:
          nav([['/', 'Home'], ['/abonnement', 'Abonnement']], 'PixelPraat') +
          h1('Editor') +
          upload('Upload een foto om te beginnen', '/editor/start', 'Openen') +
          p('Na het uploaden opent het chatvenster. Typ je eerste opdracht en druk op enter. Met een Onbeperkt-abonnement en bevestigde leeftijd staat rechtsboven de schakelaar voor de Vrije modus. Je gesprekken en bewerkingen blijven 30 dagen bewaard en kun je altijd zelf wissen.') +
          button('Inloggen met Google') +
          p('Ondersteunde formaten: JPG, PNG, HEIC en WEBP tot 20 MB.') +
          footer('© 2026 PixelPraat'),
      },
      {
        path: '/over',
        title: 'Over PixelPraat',
        body:
          nav([['/', 'Home']], 'PixelPraat') +
          h1('Over PixelPraat') +
          p('PixelPraat is ontstaan uit een simpel idee: fotobewerken zou net zo makkelijk moeten zijn als een berichtje sturen. Ons kleine team van ontwikkelaars en ontwerpers werkt vanuit Rotterdam en Lissabon. Inmiddels bewerken meer dan 80.000 mensen hun foto\'s met PixelPraat.') +
          p('Heb je een vraag, een idee of wil je samenwerken? Gebruik het contactformulier in je account.') +
          p('Volg ons ook voor tips en nieuwe functies.') +
          footer('© 2026 PixelPraat'),
      },
    ],
  },

  // 28. de saas: EntkleidAI with Impressum, upload on home, card + Sofort + Krypto
  {
    host: 'entkleid-ki.test', lang: 'de', label: 'nudify', shape: 'saas', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'EntkleidAI – KI-Ausziehen von Fotos in Sekunden',
        head:
          metaDescription('EntkleidAI: Mit unserer KI entfernst du Kleidung von jedem Foto. Hochladen, Modus wählen, herunterladen. 3 Gratis-Credits.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'WebApplication', name: 'EntkleidAI', inLanguage: 'de', applicationCategory: 'MultimediaApplication', offers: { '@type': 'AggregateOffer', lowPrice: '6.99', highPrice: '49.99', priceCurrency: 'EUR' } }) +
          stripe('pk_live_entkleid_fixture'),
        body:
          cookieBanner('Wir verwenden Cookies und ähnliche Technologien, um unsere Website bereitzustellen und die Nutzung zu analysieren. Mit „Alle akzeptieren“ stimmst du zu. Details in der Datenschutzerklärung.', 'Alle akzeptieren', 'Nur notwendige') +
          nav([['/preise', 'Preise'], ['/so-gehts', 'So geht\'s'], ['/faq', 'FAQ'], ['/login', 'Anmelden']], 'EntkleidAI') +
          h1('KI-Ausziehen: Kleidung von Fotos entfernen') +
          p('EntkleidAI ist der Online-Dienst, der mit künstlicher Intelligenz Kleidung von Fotos entfernt. Lade ein Bild hoch, wähle zwischen Nackt-, Bikini- und Dessous-Modus und erhalte in rund zehn Sekunden ein realistisches Ergebnis. Keine Software, keine Vorkenntnisse.') +
          upload('Foto hier ablegen oder auswählen (JPG, PNG, max. 10 MB)', '/generieren', 'Jetzt entkleiden') +
          p('Mit dem Hochladen bestätigst du, dass die abgebildete Person volljährig ist und eingewilligt hat.') +
          h2('So einfach geht\'s') +
          ol('Foto hochladen – am besten eine Person, gut ausgeleuchtet', 'Modus wählen: Nackt, Bikini oder Dessous', 'Ergebnis in HD oder 4K herunterladen') +
          h2('Deine Vorteile') +
          ul('Ergebnis in durchschnittlich 9 Sekunden', 'Automatische Löschung nach 24 Stunden', 'Bezahlung per Kreditkarte, Sofortüberweisung oder Krypto', 'Deutschsprachiger Support', '3 Gratis-Credits nach der Registrierung') +
          h2('Das sagen Nutzer') +
          blockquote('Schneller und besser als alles, was ich vorher ausprobiert habe.', 'Tobias, Pro-Nutzer') +
          blockquote('Endlich ein Anbieter mit deutschem Support und vernünftigen Preisen.', 'Nutzerin aus Wien') +
          faq('Häufige Fragen', [
            ['Ist EntkleidAI kostenlos?', 'Du bekommst 3 Gratis-Credits. Danach gibt es Credit-Pakete ab 6,99 €.'],
            ['Werden meine Fotos gespeichert?', 'Nein, Uploads und Ergebnisse werden nach 24 Stunden automatisch gelöscht.'],
            ['Gibt es eine Rückerstattung?', 'Nicht genutzte Credits erstatten wir innerhalb von 14 Tagen.'],
          ]) +
          footer('© 2026 EntkleidAI · Nur für Erwachsene ab 18', [['/preise', 'Preise'], ['/faq', 'FAQ'], ['/impressum', 'Impressum'], ['/datenschutz', 'Datenschutz'], ['/agb', 'AGB']]),
      },
      {
        path: '/preise',
        title: 'Preise – EntkleidAI',
        body:
          nav([['/', 'Startseite'], ['/faq', 'FAQ']], 'EntkleidAI') +
          h1('Preise') +
          p('1 Credit = 1 entkleidetes Foto in HD. 4K kostet 2 Credits. Credits verfallen nicht.') +
          priceTable(['Paket', 'Credits', 'Preis', 'pro Foto'], [
            ['Start', '15', '6,99 €', '0,47 €'],
            ['Beliebt', '60', '19,99 €', '0,33 €'],
            ['Vorteil', '200', '49,99 €', '0,25 €'],
          ]) +
          p('Lieber ein Abo? EntkleidAI Flat kostet 24,99 € im Monat (Fair Use 1.500 Fotos) und ist monatlich kündbar. Zahlung per Visa, Mastercard, Sofortüberweisung, Bitcoin oder USDT. Auf deinem Kontoauszug erscheint ein neutraler Verwendungszweck.') +
          p('Neu hier? Nach der Registrierung bekommst du 3 Gratis-Credits obendrauf.') +
          button('Credits kaufen') +
          footer('© 2026 EntkleidAI', [['/agb', 'AGB'], ['/impressum', 'Impressum']]),
      },
      {
        path: '/so-gehts',
        title: 'So geht\'s – EntkleidAI',
        body:
          nav([['/', 'Startseite'], ['/preise', 'Preise']], 'EntkleidAI') +
          h1('So funktioniert EntkleidAI') +
          p('Unsere KI erkennt zuerst die Person und die Kleidungsstücke auf dem Foto. Anschließend zeichnet ein generatives Modell die betroffenen Bereiche neu – so entsteht eine Nacktversion oder, je nach Modus, eine Version in Bikini oder Dessous. Hintergrund, Pose und Licht bleiben weitgehend erhalten.') +
          p('Tipps für beste Ergebnisse: scharfes Foto, nur eine Person, frontale Aufnahme, keine starken Filter. Bei Fehlschlägen wird der Credit automatisch zurückgebucht.') +
          footer('© 2026 EntkleidAI'),
      },
      {
        path: '/faq',
        title: 'FAQ – EntkleidAI',
        body:
          nav([['/', 'Startseite'], ['/preise', 'Preise']], 'EntkleidAI') +
          faq('Häufig gestellte Fragen', [
            ['Ist die Nutzung anonym?', 'Du kannst dich mit Google oder nur mit einer E-Mail-Adresse anmelden. Wir fragen keinen Namen ab.'],
            ['Welche Fotos funktionieren am besten?', 'Eine Person, frontal, gutes Licht, mindestens 600 Pixel Kantenlänge.'],
            ['Darf ich jedes Foto hochladen?', 'Nein. Nur Fotos von dir selbst oder von Erwachsenen, die eingewilligt haben. Verstöße führen zur Sperrung.'],
            ['Wie kündige ich das Abo?', 'Unter Konto → Abo. Du behältst den Zugang bis zum Ende des Abrechnungszeitraums.'],
          ]) +
          footer('© 2026 EntkleidAI', [['/datenschutz', 'Datenschutz']]),
      },
      {
        path: '/impressum',
        title: 'Impressum – EntkleidAI',
        body:
          h1('Impressum') +
          p('Angaben gemäß den gesetzlichen Informationspflichten: EK Digital Services Ltd., Registernummer HE 000000, Geschäftsadresse auf Anfrage. Vertreten durch den Direktor. Kontakt ausschließlich über das Kontaktformulier im Kundenbereich. Verantwortlich für den Inhalt: die Geschäftsführung. Wir sind nicht bereit oder verpflichtet, an Streitbeilegungsverfahren vor einer Verbraucherschlichtungsstelle teilzunehmen.') +
          p('Hinweis: Alle Inhalte werden von Nutzern erzeugt. Für die hochgeladenen Bilder und deren Verwendung ist allein der jeweilige Nutzer verantwortlich. Meldungen zu Rechtsverstößen bitte über das Kontaktformular mit Angabe der Bild-ID.') +
          footer('© 2026 EntkleidAI'),
      },
    ],
  },

  // 29. de saas: JS app shell, crypto only, Discord
  {
    host: 'nacktwerk.test', lang: 'de', label: 'nudify', shape: 'saas', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Nacktwerk',
        jsOnly: true,
        head: metaDescription('Nacktwerk – der Nackt-Generator ohne Filter. Krypto-Zahlung, kein Konto nötig.') + cryptoCheckout(),
        body:
          nav([['/tokens', 'Tokens'], ['/modi', 'Modi'], ['/discord', 'Discord'], ['/hilfe', 'Hilfe']], 'NACKTWERK') +
          h1('Nackt-Generator ohne Filter') +
          p('Nacktwerk macht aus jedem Foto eine Nacktversion. Keine Registrierung, keine E-Mail, keine Filter. Du bekommst einen Zugangsschlüssel, lädst Tokens mit Krypto auf und legst los. Unser Modell läuft auf eigenen GPUs, deine Bilder verlassen unsere Server nicht.') +
          button('Mit Discord anmelden') +
          upload('Bild wählen', '/werk', 'Ausziehen') +
          h2('Modi') +
          ul('NACKT – komplette Entkleidung', 'OBEN OHNE – nur Oberteil entfernen', 'BADEMODE – Kleidung wird zu Bikini', 'PROMPT – eigenes Ergebnis beschreiben (Beta)') +
          h2('Ablauf') +
          ol('Zugangsschlüssel erzeugen', 'Tokens mit BTC, LTC, USDT oder XMR aufladen', 'Bild hochladen, Modus wählen, fertig') +
h2('Technik') +
          p('Eigenes Modell, trainiert auf Millionen Bildern, läuft auf dedizierten GPUs in drei Rechenzentren. Durchschnittliche Dauer: 12 Sekunden. Ausgabe bis 2048 Pixel, Upscaling auf 4K optional. Ergebnisse werden verschlüsselt eine Stunde gespeichert und dann gelöscht.') +
                    h2('Warum nur Krypto?') +
          p('Zahlungsanbieter sperren Dienste wie unseren regelmäßig. Mit Krypto bleiben wir online und du bleibst anonym. Wer keine Krypto hat, kauft sie in zwei Minuten an jeder Börse oder über einen Swap-Dienst.') +
          blockquote('kein konto, mit usdt bezahlt, nach 12 sek fertig. läuft.', 'anonym, Discord') +
          blockquote('oben-ohne-modus ist genau das was ich gesucht hab', 'Nutzer #2210') +
          p('Nur für Erwachsene. Du bist selbst verantwortlich für die Bilder, die du hochlädst, und für die Einwilligung der abgebildeten Personen.') +
          footer('Nacktwerk © 2026', [['/tokens', 'Tokens'], ['/modi', 'Modi'], ['/hilfe', 'Hilfe'], ['/discord?ref=footer', 'Discord']]),
      },
      {
        path: '/tokens',
        title: 'Tokens – Nacktwerk',
        body:
          nav([['/', 'Start'], ['/hilfe', 'Hilfe']], 'NACKTWERK') +
          h1('Token-Pakete') +
          priceTable(['Paket', 'Tokens', 'Preis', 'pro Bild'], [['Mini', '10', '6 $', '0,60 $'], ['Normal', '50', '24 $', '0,48 $'], ['Groß', '200', '72 $', '0,36 $'], ['30 Tage unbegrenzt', '∞ (Fair Use 1500)', '99 $', '—']]) +
          p('Akzeptiert: BTC, ETH, LTC, USDT (TRC20/ERC20), XMR. Mit Monero gibt es 5 % Bonus-Tokens. Tokens verfallen nicht. Krypto-Zahlungen können wir nicht erstatten; fehlgeschlagene Bilder werden aber immer automatisch gutgeschrieben. Die Gutschrift erfolgt nach einer Netzwerkbestätigung.') +
          p('So zahlst du: Im Werk auf „Aufladen“ klicken, Paket wählen und den angezeigten Betrag an die Adresse senden.') +
          footer('Nacktwerk © 2026'),
      },
      {
        path: '/modi',
        title: 'Modi – Nacktwerk',
        body:
          nav([['/', 'Start'], ['/tokens', 'Tokens']], 'NACKTWERK') +
          h1('Die Modi im Detail') +
          h3('NACKT') + p('Entfernt sämtliche Kleidung. 1 Token pro Bild, HD inklusive.') +
          h3('OBEN OHNE') + p('Entfernt nur das Oberteil, Hose oder Rock bleiben. 1 Token.') +
          h3('BADEMODE') + p('Ersetzt die Kleidung durch Bikini oder Badeanzug. 1 Token.') +
          h3('PROMPT (Beta)') + p('Du beschreibst das gewünschte Ergebnis in eigenen Worten. 2 Tokens, Ergebnisse noch nicht immer stabil.') +
          p('Für alle Modi gilt: Stärke niedrig, mittel oder maximal einstellbar, ohne Aufpreis.') +
          p('Fehlgeschlagene Bilder bekommst du automatisch als Token zurück.') +
          footer('Nacktwerk © 2026'),
      },
      {
        path: '/discord',
        title: 'Discord – Nacktwerk',
        body:
          nav([['/', 'Start']], 'NACKTWERK') +
          h1('Nacktwerk auf Discord') +
          p('Auf unserem Discord-Server findest du Updates, neue Modi zuerst, Support rund um die Uhr und jeden Freitag eine Token-Verlosung. Verknüpfe dein Discord-Konto mit deinem Zugangsschlüssel, dann bekommst du automatisch die Rolle „Werker“. Ergebnisse von Personen ohne deren Einwilligung zu teilen ist verboten und führt zum Bann.') +
          p(a('https://discord.gg/nacktwerk-fixture', 'Discord beitreten')) +
          p('Über 9.000 Mitglieder, Support auf Deutsch und Englisch.') +
          p('Der Einladungslink gilt unbegrenzt, du kannst ihn auch weitergeben.') +
          footer('Nacktwerk © 2026'),
      },
      {
        path: '/hilfe',
        title: 'Hilfe – Nacktwerk',
        body:
          nav([['/', 'Start'], ['/tokens', 'Tokens']], 'NACKTWERK') +
          faq('Hilfe', [
            ['Schlüssel verloren?', 'Ohne Schlüssel können wir dein Guthaben nicht wiederherstellen. Speichere ihn gut.'],
            ['Kann ich mit Karte zahlen?', 'Derzeit nicht. Nutze eine Börse oder einen Swap-Dienst, um USDT oder BTC zu kaufen.'],
            ['Ergebnis unscharf?', 'Nimm ein größeres Foto, mindestens 768 Pixel an der kurzen Seite.'],
            ['Speichert ihr Bilder?', 'Verschlüsselt für eine Stunde, danach werden sie gelöscht. Keine IP-Logs.'],
          ]) +
          p('Weitere Hilfe gibt es rund um die Uhr auf unserem Discord-Server im Kanal #support.') +
          footer('Nacktwerk © 2026'),
      },
    ],
  },

  // 30. de saas: vague home, capability only on /preise
  {
    host: 'hautnah-ki.test', lang: 'de', label: 'nudify', shape: 'saas', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'HautNah KI – Bildbearbeitung für Erwachsene',
        head: metaDescription('HautNah KI: prickelnde KI-Bildbearbeitung für Erwachsene. Diskret, schnell, ohne Abo-Falle.'),
        body:
          ageGate('Diese Website richtet sich ausschließlich an Erwachsene. Bist du mindestens 18 Jahre alt?', 'Ja, ich bin 18+', 'Nein, verlassen') +
          nav([['/preise', 'Preise & Stile'], ['/galerie', 'Galerie'], ['/fragen', 'Fragen'], ['/konto', 'Mein Konto']], 'HautNah') +
          h1('Prickelnde KI-Bildbearbeitung für Erwachsene') +
          p('HautNah KI ist für alle, die mehr wollen als einen Instagram-Filter. Unsere KI verwandelt deine Fotos in eine Handvoll mutiger Stile – von sommerlich bis richtig heiß. Wie weit du gehst, entscheidest du.') +
          h2('Warum HautNah?') +
          ul('Fertig in unter 15 Sekunden', 'Funktioniert im Handy-Browser, keine App nötig', 'Diskret: niemand sieht, was du erstellst', 'Bezahlung per Karte, PayPal-Alternative oder Krypto', 'Kein Abo-Zwang, keine versteckten Kosten') +
          h2('In drei Schritten') +
          ol('Konto anlegen (nur E-Mail)', 'Foto hochladen und Stil wählen', 'Ergebnis herunterladen') +
          h2('Stimmen unserer Nutzer') +
          blockquote('Mit meiner Freundin ausprobiert, wir hatten einen Riesenspaß.', 'M., 34') +
          blockquote('Schnell, diskret, fair im Preis. So muss das.', 'anonym') +
          p('Neu: Stile für Paare und eine Winter-Edition. Alle Stile und Pakete findest du auf der Preisseite, ein paar harmlose Beispiele in der Galerie.') +
          faq('Kurz gefragt', [
            ['Ist das legal?', 'Ja, solange du nur Fotos von dir selbst oder von Erwachsenen verwendest, die zugestimmt haben.'],
            ['Speichert ihr meine Bilder?', 'Nein, alles wird innerhalb von 24 Stunden gelöscht.'],
          ]) +
          footer('HautNah KI © 2026 · 18+ · Einwilligung ist Pflicht', [['/preise', 'Preise'], ['/galerie', 'Galerie'], ['/fragen', 'Fragen'], ['/agb', 'AGB'], ['/impressum', 'Impressum']]),
      },
      {
        path: '/preise',
        title: 'Preise & Stile – HautNah KI',
        head: cryptoCheckout(),
        body:
          nav([['/', 'Start'], ['/fragen', 'Fragen']], 'HautNah') +
          h1('Stile und Preise') +
          priceTable(['Stil', 'Was passiert', 'Credits'], [
            ['Sommer', 'Kleidung wird zu Bikini oder Badehose', '1'],
            ['Dessous', 'Kleidung wird zu Dessous', '1'],
            ['HautNah', 'Entfernt die Kleidung komplett – eine Nacktversion deines Fotos', '2'],
            ['Durchsicht', 'Macht Stoffe durchsichtig', '2'],
          ]) +
          priceTable(['Paket', 'Credits', 'Preis'], [['Klein', '10', '4,99 €'], ['Mittel', '40', '14,99 €'], ['Groß', '120', '34,99 €']]) +
          p('Zahlung per Kreditkarte, Sofortüberweisung oder Krypto (BTC, USDT). Credits bleiben dauerhaft gültig. Kein Abo, keine automatische Verlängerung. Neue Konten erhalten 2 Gratis-Credits für den Stil Sommer.') +
          p('Die Stile HautNah und Durchsicht kosten 2 Credits, weil sie mehr Rechenleistung brauchen.') +
          button('Paket wählen') +
          footer('HautNah KI © 2026'),
      },
      {
        path: '/galerie',
        title: 'Galerie – HautNah KI',
        body:
          nav([['/', 'Start'], ['/preise', 'Preise']], 'HautNah') +
          h1('Galerie') +
          p('Hier zeigen wir Beispiele der Stile Sommer und Dessous. Beispiele für HautNah und Durchsicht zeigen wir aus naheliegenden Gründen nicht öffentlich – die siehst du nach dem Login in deinem Konto.') +
          img(1, 'Beispiel Sommer') + img(9, 'Beispiel Dessous') +
          p('Alle Beispiele entstanden mit Fotos von Models, die ausdrücklich zugestimmt haben. Möchtest du dein eigenes Foto bearbeiten? Lege ein Konto an und wähle dein Paket auf der Preisseite.') +
          footer('HautNah KI © 2026'),
      },
      {
        path: '/fragen',
        title: 'Fragen – HautNah KI',
        body:
          nav([['/', 'Start'], ['/preise', 'Preise']], 'HautNah') +
          faq('Häufige Fragen', [
            ['Wo lade ich mein Foto hoch?', 'Nach dem Login in deinem Konto. Dort wählst du auch den Stil.'],
            ['Geld zurück, wenn es nicht klappt?', 'Fehlgeschlagene Bearbeitungen werden automatisch als Credits gutgeschrieben. Erstattung für ungenutzte Credits innerhalb von 7 Tagen.'],
            ['Ist die Zahlung diskret?', 'Auf dem Kontoauszug steht ein neutraler Name. Mit Krypto ist es vollständig anonym.'],
          ]) +
          p('Deine Frage ist nicht dabei? Schreib uns über das Kontaktformular in deinem Konto, wir antworten innerhalb eines Werktags.') +
          footer('HautNah KI © 2026'),
      },
    ],
  },

  // 31. de app-landing: Röntgen-Modus app
  {
    host: 'durchblick-app.test', lang: 'de', label: 'nudify', shape: 'app-landing', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Durchblick – die Röntgen-App mit KI | Android & iOS',
        head: metaDescription('Durchblick: die KI-App mit Röntgen-Modus. Sieh durch Kleidung auf jedem Foto. 3 Scans gratis pro Tag.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'MobileApplication', name: 'Durchblick', operatingSystem: 'Android, iOS', inLanguage: 'de', aggregateRating: { '@type': 'AggregateRating', ratingValue: '4.4', ratingCount: '6120' } }),
        body:
          nav([['/download', 'Download'], ['/premium', 'Premium'], ['/hilfe', 'Hilfe']], 'Durchblick') +
          h1('Durchblick: Röntgenblick fürs Handy') +
          p('Mit dem Röntgen-Modus von Durchblick siehst du durch Kleidung hindurch – auf jedem Foto aus deiner Galerie. Die KI berechnet in wenigen Sekunden, wie das Bild ohne Kleidung aussehen würde. Über 500.000 Downloads, 4,4 Sterne.') +
          storeBadges('/download/durchblick-4.2.apk') +
          h2('Funktionen') +
          ul('🩻 Röntgen-Modus: Kleidung komplett ausblenden', '👙 Bikini-Modus für Gratis-Nutzer', '🔍 Zoom und 2x-Upscaling', '🔒 Geheimer Ordner mit PIN', '🚫 Keine Werbung mit Premium') +
h2('Gratis oder Premium?') +
          p('Gratis-Nutzer bekommen 3 Scans pro Tag im Bikini-Modus, mit kleinem Wasserzeichen. Premium schaltet den Röntgen-Modus frei, entfernt Werbung und Wasserzeichen und bringt dich in die schnelle Warteschlange – ab 4,99 € pro Woche.') +
                    h2('APK installieren') +
          ol('„Download APK“ antippen', 'Installation aus unbekannten Quellen erlauben', 'Durchblick öffnen und 3 Gratis-Scans pro Tag nutzen') +
          p('Du findest uns nicht im Play Store? Die Store-Richtlinien ändern sich ständig, deshalb ist die APK von dieser Seite immer die aktuelle Version. iPhone-Nutzer öffnen die Web-App in Safari und wählen „Zum Home-Bildschirm“.') +
          h2('Bewertungen') +
          blockquote('⭐⭐⭐⭐⭐ Röntgen-Modus ist unglaublich, viel schneller als Websites.', 'Google-Play-Bewertung') +
          blockquote('⭐⭐⭐⭐ Premium lohnt sich, nur der Gratis-Modus ist etwas eingeschränkt.', 'Nutzer') +
          footer('Durchblick © 2026 · ab 18', [['/download', 'Download'], ['/premium?src=footer', 'Premium'], ['/hilfe', 'Hilfe'], ['/datenschutz', 'Datenschutz']]),
      },
      {
        path: '/download',
        title: 'Durchblick herunterladen',
        body:
          nav([['/', 'Start'], ['/premium', 'Premium']], 'Durchblick') +
          h1('Durchblick 4.2 herunterladen') +
          storeBadges('/download/durchblick-4.2.apk') +
          p('Größe: 41 MB. Benötigt Android 8.0 oder neuer. Neu in 4.2: schnellerer Röntgen-Modus, bessere Ergebnisse bei Innenaufnahmen und ein überarbeiteter geheimer Ordner.') +
          p('Warnung beim Installieren? Android zeigt diese Meldung bei jeder App außerhalb des Stores. Tippe auf „Trotzdem installieren“. Updates kommen danach automatisch über die App.') +
          p('Ältere Versionen werden nicht mehr unterstützt.') +
          footer('Durchblick © 2026'),
      },
      {
        path: '/premium',
        title: 'Premium – Durchblick',
        body:
          nav([['/', 'Start'], ['/download', 'Download']], 'Durchblick') +
          h1('Durchblick Premium') +
          priceTable(['Abo', 'Preis', 'Inklusive'], [['Woche', '4,99 €', 'Unbegrenzt scannen, Röntgen-Modus, keine Werbung'], ['Monat', '12,99 €', 'Alles aus Woche + 4K-Export'], ['Lebenslang', '49,99 €', 'Alles, für immer']]) +
          p('Die Bezahlung läuft über Google Play bzw. den App Store. In der APK-Version kannst du zusätzlich per Karte oder PayPal zahlen. Kündigen kannst du jederzeit in deinem Store-Konto, spätestens 24 Stunden vor der Verlängerung.') +
          p('Premium gilt auf allen Geräten mit demselben Konto. Der Lebenslang-Kauf ist eine Einmalzahlung ohne Verlängerung.') +
          footer('Durchblick © 2026'),
      },
      {
        path: '/hilfe',
        title: 'Hilfe – Durchblick',
        body:
          nav([['/', 'Start'], ['/premium', 'Premium']], 'Durchblick') +
          faq('Hilfe', [
            ['Werden meine Fotos hochgeladen?', 'Ja, zur Verarbeitung in unserer Cloud. Danach werden sie sofort gelöscht. Der geheime Ordner bleibt auf deinem Gerät.'],
            ['Premium wiederherstellen?', 'Einstellungen → Käufe wiederherstellen, mit demselben Store-Konto.'],
            ['Erstattung?', 'In-App-Käufe erstatten Google und Apple nach ihren eigenen Regeln.'],
            ['Wen darf ich scannen?', 'Nur dich selbst oder Erwachsene, die zugestimmt haben. Alles andere verstößt gegen unsere Nutzungsbedingungen.'],
          ]) +
          p('Support erreichst du in der App unter Einstellungen → Hilfe.') +
          footer('Durchblick © 2026'),
      },
    ],
  },

  // 32. de app-landing: Textilfrei, coins, TestFlight
  {
    host: 'textilfrei-app.test', lang: 'de', label: 'nudify', shape: 'app-landing', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Textilfrei – KI-App zum Ausziehen von Fotos',
        head: metaDescription('Textilfrei ist die KI-App, die Kleidung von Fotos entfernt. Bikini, Dessous oder textilfrei. Jetzt Münzen sichern.') + oneTap('6620-textilfrei.apps.googleusercontent.com'),
        body:
          nav([['/holen', 'App holen'], ['/muenzen', 'Münzen'], ['/sicherheit', 'Sicherheit'], ['/blog/version-3', 'Neuigkeiten']], 'textilfrei') +
          h1('Einfach textilfrei.') +
          p('textilfrei ist eine App, die mit generativer KI Kleidung von Fotos entfernt. Wähle Bikini, Dessous oder komplett textilfrei – Hintergrund, Pose und Licht bleiben erhalten. Erhältlich als Android-App, iOS-Beta über TestFlight und als Web-App.') +
          a('/holen?plattform=android', 'Android') + ' ' + a('/holen?plattform=ios', 'iOS-Beta') + ' ' + a('/holen?plattform=web', 'Web-App') +
          h2('Warum textilfrei') +
          ul('Kein Wasserzeichen, auch nicht bei Gratis-Münzen', 'Jeden Tag 10 Gratis-Münzen', 'Rückgängig-Pinsel: Teile der Kleidung behalten', 'Privat: kein Feed, keine Teilen-Buttons', 'Bezahlung mit Apple Pay, Google Pay oder Karte') +
          h2('So funktioniert es') +
          ol('Foto aus der Galerie wählen', 'Modus wählen: Bikini, Dessous oder textilfrei', 'Details mit dem Pinsel korrigieren', 'Im privaten Album speichern') +
          h2('Münzen') +
          p('Jede Bearbeitung kostet 2 Münzen, HD 3 Münzen, der Modus textilfrei 1 Münze extra. Münzpakete kaufst du direkt in der App; große Pakete enthalten Bonus-Münzen.') +
p('Neu in Version 3.0: schnellere Warteschlange, besserer Umgang mit schwierigen Stoffen und ein Dessous-Modus mit zehn Stilen.') +
                    h2('Das sagen Creator') +
          blockquote('Ich bearbeite damit meine eigenen Fotosets, spart mir Stunden.', 'Content-Creatorin') +
          blockquote('Der Pinsel ist auf dem iPad super präzise.', 'Beta-Tester') +
p('Über 300.000 Downloads, durchschnittlich 4,5 Sterne. Deine Uploads werden nach 24 Stunden von unseren Servern gelöscht, das private Album liegt nur auf deinem Gerät.') +
                    p('textilfrei ist ab 18 Jahren. Beim ersten Öffnen bestätigst du dein Alter.') +
          footer('textilfrei © 2026', [['/holen', 'Download'], ['/muenzen', 'Münzen'], ['/sicherheit', 'Sicherheit'], ['/agb', 'AGB']]),
      },
      {
        path: '/holen',
        title: 'App holen – textilfrei',
        body:
          nav([['/', 'Start'], ['/muenzen', 'Münzen']], 'textilfrei') +
          h1('textilfrei herunterladen') +
          storeBadges('/download/textilfrei-3.0.apk') +
          p('iOS: Nach der Registrierung schicken wir dir per E-Mail einen TestFlight-Link für die Beta. Web: Öffne app.textilfrei-app.test in Safari oder Chrome und tippe auf „Zum Home-Bildschirm“, dann läuft die App im Vollbild.') +
          p('Android außerhalb der unterstützten Store-Regionen: APK direkt herunterladen und in den Einstellungen „Unbekannte Apps installieren“ für deinen Browser erlauben.') +
          footer('textilfrei © 2026'),
      },
      {
        path: '/muenzen',
        title: 'Münzen – textilfrei',
        body:
          nav([['/', 'Start'], ['/holen', 'Download']], 'textilfrei') +
          h1('Münzpakete') +
          priceTable(['Paket', 'Münzen', 'Bonus', 'Preis'], [['Klein', '50', '—', '3,99 €'], ['Mittel', '150', '+20', '9,99 €'], ['Groß', '400', '+80', '19,99 €'], ['Mega', '1200', '+300', '49,99 €']]) +
          p('Münzen werden in der App gekauft und verfallen nie. Erstattungen für Store-Käufe richten sich nach den Regeln von Apple und Google. In der Web-App kannst du auch per Karte über unseren eigenen Checkout zahlen – zu denselben Preisen.') +
          p('Tipp: Öffne die App jeden Tag für 10 Gratis-Münzen und lade Freunde mit deinem Code ein: 25 Bonus-Münzen pro Freund, der ein Paket kauft.') +
          footer('textilfrei © 2026'),
      },
      {
        path: '/sicherheit',
        title: 'Sicherheit – textilfrei',
        body:
          nav([['/', 'Start']], 'textilfrei') +
          h1('Sicherheit und Einwilligung') +
          p('textilfrei ist dafür gedacht, eigene Fotos oder Fotos von Erwachsenen zu bearbeiten, die klar zugestimmt haben. Mit jedem Upload bestätigst du das. Einige bekannte Persönlichkeiten blockieren wir automatisch.') +
          p('Missbrauch kannst du über das App-Menü melden; wir prüfen jede Meldung innerhalb von 72 Stunden und sperren Konten, die gegen die Regeln verstoßen. Uploads werden nach 24 Stunden von unseren Servern gelöscht.') +
          footer('textilfrei © 2026'),
      },
      {
        path: '/blog/version-3',
        title: 'textilfrei 3.0 ist da',
        body:
          nav([['/', 'Start']], 'textilfrei') +
          h1('textilfrei 3.0 ist da') +
          p('Unser bisher größtes Update: ein neues Modell, das auch schwierige Stoffe sauber erkennt, eine schnellere Warteschlange und der lange gewünschte Dessous-Modus. Dazu kommen tägliche Gratis-Münzen und ein neu gestaltetes privates Album. Aktualisiere im Store oder lade die neue APK herunter. Danke an unsere 40.000 Beta-Tester!') +
          p('Als Nächstes: eine Tablet-Ansicht und schnellere HD-Exporte.') +
          p('Fragen zum Update beantwortet der Support in der App.') +
          footer('textilfrei © 2026'),
      },
    ],
  },

  // 33. de mirror
  {
    host: 'nacktki-neu.test', lang: 'de', label: 'nudify', shape: 'mirror', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'NacktKI – NEUE DOMAIN – wir sind umgezogen',
        head: metaDescription('NacktKI ist umgezogen. Das ist die neue offizielle Adresse. Die alte Domain wurde gesperrt. Konto und Credits bleiben erhalten.'),
        body:
          nav([['/anmelden', 'Anmelden'], ['/guthaben', 'Guthaben'], ['/spiegel', 'Offizielle Spiegel']], 'NacktKI') +
          h1('⚠️ Wir sind umgezogen – das ist die neue NacktKI') +
          p('Unsere alte Domain nacktki.test wurde letzte Woche von mehreren Providern gesperrt und aus den Suchmaschinen entfernt. Sonst ändert sich nichts: gleiches Team, gleiche KI, gleiche Konten. Melde dich hier einfach mit deiner gewohnten E-Mail und deinem Passwort an – dein Guthaben ist noch da.') +
          p('<b>Setz ein Lesezeichen</b> und tritt unserem Telegram-Kanal bei. Falls auch diese Adresse gesperrt wird, posten wir den nächsten Spiegel dort zuerst.') +
          p(a('https://t.me/nacktki_offiziell', '@nacktki_offiziell auf Telegram beitreten')) +
          h2('Immer noch dieselbe NacktKI') +
          ul('Jedes Foto in 10 Sekunden ausziehen', 'Modi: Nackt, Bikini, Unterwäsche', 'Credits ab 0,20 € pro Bild', 'Zahlung per Karte und Krypto') +
          upload('Teste die neue Domain: Foto hochladen', '/ausziehen', 'Los') +
h2('Was ist passiert?') +
          p('Nach Beschwerden haben einige Internetanbieter unsere alte Domain auf DNS-Ebene gesperrt. Unsere Server waren nie betroffen, es gingen keine Daten verloren. Wir rechnen mit weiteren Sperren und halten deshalb mehrere Spiegel bereit.') +
                    h2('Vorsicht vor Fälschungen') +
          p('Mehrere Seiten kopieren unser Design, um Zugangsdaten abzugreifen. Die einzigen offiziellen Adressen stehen auf der Spiegel-Seite und im Telegram-Kanal. Wir fragen nie per Nachricht nach deinem Passwort.') +
          footer('NacktKI © 2024–2026 · 18+ · Du bist für die Einwilligung der abgebildeten Personen verantwortlich.', [['/spiegel', 'Spiegel'], ['/guthaben', 'Guthaben'], ['/anmelden', 'Anmelden']]),
      },
      {
        path: '/spiegel',
        title: 'Offizielle Spiegel – NacktKI',
        body:
          nav([['/', 'Start'], ['/anmelden', 'Anmelden']], 'NacktKI') +
          h1('Offizielle Spiegel') +
          ul('nacktki-neu.test – Hauptadresse (du bist hier)', 'nki-spiegel2.test – Reserve', 'Onion-Adresse – nur im Telegram-Kanal') +
          p('Lädt ein Spiegel nicht, blockiert dein Provider ihn vermutlich. Probiere einen anderen Spiegel, stelle deinen DNS auf einen öffentlichen Resolver um oder nutze ein VPN. Neue Spiegel kündigen wir immer zuerst im Telegram-Kanal an, meist wenige Stunden nach einer Sperre. Listen in Foren sind oft Phishing.') +
          p('Im Zweifel immer im Kanal nachfragen.') +
          footer('NacktKI © 2026'),
      },
      {
        path: '/guthaben',
        title: 'Guthaben – NacktKI',
        body:
          nav([['/', 'Start'], ['/spiegel', 'Spiegel']], 'NacktKI') +
          h1('Guthaben aufladen') +
          priceTable(['Credits', 'Preis', 'pro Bild'], [['25', '7 €', '0,28 €'], ['100', '22 €', '0,22 €'], ['300', '60 €', '0,20 €']]) +
          p('Kartenzahlungen können unter einem anderen Firmennamen erscheinen. Klappt die Karte in deinem Land nicht, zahle mit USDT oder BTC – die Credits werden nach der Bestätigung automatisch gutgeschrieben. Guthaben von der alten Domain wurde übernommen, Einladungscodes gelten weiter.') +
          button('Mit Karte zahlen') + button('Mit Krypto zahlen') +
          p('Neue Konten bekommen 3 Gratis-Credits.') +
          p('Fragen zur Zahlung? Support im Telegram-Kanal.') +
          footer('NacktKI © 2026'),
      },
      {
        path: '/anmelden',
        title: 'Anmelden – NacktKI',
        body:
          nav([['/', 'Start'], ['/guthaben', 'Guthaben']], 'NacktKI') +
          h1('Anmelden') +
          p('Verwende dieselbe E-Mail und dasselbe Passwort wie auf der alten Domain. Passwort vergessen? Der Link zum Zurücksetzen kommt jetzt von unserer neuen Adresse – schau auch im Spam-Ordner nach. Konten mit Google-Anmeldung funktionieren hier ebenfalls.') +
          button('Mit Google fortfahren') +
          p('Probleme nach dem Umzug? Schreib dem Support im Telegram-Kanal und nenne die E-Mail deines Kontos.') +
          p('Dein Verlauf der letzten 30 Tage wurde mit umgezogen.') +
          footer('NacktKI © 2026'),
      },
    ],
  },

  // 34. de innocent-home: KI-Fotostudio; undress only on /modi; upload on /studio
  {
    host: 'bildwerkstatt-ki.test', lang: 'de', label: 'nudify', shape: 'innocent-home', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Bildwerkstatt KI – dein KI-Fotostudio',
        head: metaDescription('Bildwerkstatt KI: Bewerbungsfotos, Hintergrund tauschen, alte Fotos restaurieren, Porträts neu beleuchten. Professionell in Sekunden.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'Organization', name: 'Bildwerkstatt KI', url: 'https://bildwerkstatt-ki.test' }),
        body:
          cookieBanner('Wir nutzen Cookies für die Anmeldung und für anonyme Statistiken. Du kannst deine Auswahl jederzeit ändern.', 'Einverstanden', 'Ablehnen') +
          nav([['/modi', 'Modi'], ['/studio', 'Studio'], ['/preise', 'Preise'], ['/ueber-uns', 'Über uns']], 'Bildwerkstatt') +
          h1('Dein KI-Fotostudio – rund um die Uhr geöffnet') +
          p('Kein Fotograf, kein Termin, kein Studio: Mit Bildwerkstatt KI wird aus einem Handyfoto ein professionelles Bewerbungsfoto, ein langweiliger Hintergrund verschwindet und alte Familienfotos bekommen ihre Farben zurück. Alles im Browser, in wenigen Sekunden.') +
          img(0, 'Beispiel Bewerbungsfoto') +
          h2('Beliebte Modi') +
          ul('Bewerbungsfoto und LinkedIn-Porträt', 'Hintergrund ersetzen oder weichzeichnen', 'Alte Fotos restaurieren und kolorieren', 'Porträt neu beleuchten', 'Hochskalieren auf 4K') +
          h2('So funktioniert es') +
          ol('Foto im Studio hochladen', 'Einen der über 20 Modi wählen', 'Ergebnis in voller Auflösung herunterladen') +
          h2('Für jeden Zweck') +
          p('Selbstständige nutzen die Bildwerkstatt für ihre Website, Online-Händler für Produktfotos und Familien für das alte Fotoalbum der Großeltern. Jeder Modus ist separat trainiert, damit das Ergebnis natürlich wirkt.') +
          blockquote('Mein neues Bewerbungsfoto war in zwei Minuten fertig – und sieht besser aus als das vom Fotografen.', 'Julia, Ingenieurin') +
          blockquote('Die Restaurierung hat das Hochzeitsfoto meiner Eltern gerettet.', 'Stefan') +
          faq('FAQ', [
            ['Brauche ich ein Konto?', 'Für zwei Gratis-Bearbeitungen nicht. Danach meldest du dich mit Google an.'],
            ['Wo werden meine Fotos verarbeitet?', 'Auf Servern in der EU. Nach 7 Tagen werden sie gelöscht.'],
          ]) +
          footer('© 2026 Bildwerkstatt KI', [['/modi', 'Modi'], ['/preise', 'Preise'], ['/ueber-uns', 'Über uns'], ['/impressum', 'Impressum'], ['/datenschutz', 'Datenschutz']]),
      },
      {
        path: '/modi',
        title: 'Alle Modi – Bildwerkstatt KI',
        body:
          nav([['/', 'Start'], ['/studio', 'Studio'], ['/preise', 'Preise']], 'Bildwerkstatt') +
          h1('Alle Modi') +
          h3('Alltag') + ul('Bewerbungsfoto', 'Hintergrund', 'Restaurieren', 'Neu beleuchten', 'Hochskalieren') +
          h3('Kreativ') + ul('Ölgemälde', 'Comic', 'Analogfilm') +
          h3('Nach Mitternacht (18+)') +
          p('Nur sichtbar für verifizierte volljährige Konten mit Pro-Abo.') +
          ul('Ausziehen – entfernt die Kleidung und erzeugt eine Nacktversion des Fotos', 'Bademode – ersetzt die Kleidung durch Badekleidung', 'Dessous – ersetzt die Kleidung durch Dessous', 'Transparent – macht Stoffe durchsichtig') +
          p('Verwende diese Modi nur mit Fotos von dir selbst oder von Erwachsenen, die eingewilligt haben. Ergebnisse aus „Nach Mitternacht“ erscheinen nie in unseren Beispielen.') +
          a('/studio?modus=ausziehen', 'Im Studio ausprobieren') +
          footer('© 2026 Bildwerkstatt KI'),
      },
      {
        path: '/studio',
        title: 'Studio – Bildwerkstatt KI',
        head: oneTap('8830-bildwerkstatt.apps.googleusercontent.com'),
        body:
          nav([['/', 'Start'], ['/modi', 'Modi']], 'Bildwerkstatt') +
          h1('Studio') +
          upload('Foto hochladen', '/studio/bearbeiten', 'Modus anwenden') +
          p('Wähle nach dem Hochladen einen Modus aus der Liste. Alltags- und Kreativ-Modi kosten 1 Credit, „Nach Mitternacht“-Modi 3 Credits und erfordern ein Pro-Abo mit Altersprüfung. Deine Bearbeitungen bleiben 7 Tage in deinem Verlauf.') +
          p('Unterstützte Formate: JPG, PNG, HEIC und WEBP bis 20 MB. Tipp: Ein scharfes Foto mit gutem Licht liefert in jedem Modus das beste Ergebnis.') +
          footer('© 2026 Bildwerkstatt KI'),
      },
      {
        path: '/preise',
        title: 'Preise – Bildwerkstatt KI',
        body:
          nav([['/', 'Start'], ['/modi', 'Modi']], 'Bildwerkstatt') +
          h1('Preise') +
          priceTable(['Abo', 'pro Monat', 'Credits', 'Modi'], [['Basis', '6 €', '40', 'Alltag + Kreativ'], ['Pro', '17 €', '180', 'Alle Modi inkl. Nach Mitternacht'], ['Studio', '35 €', '500', 'Alle Modi, Vorrang']]) +
          p('Bezahlung per Kreditkarte, SEPA-Lastschrift oder PayPal. Monatlich kündbar. Nicht genutzte Credits verfallen am Monatsende. Zusätzliche Credits: 50 für 5 €, in jedem Abo erhältlich.') +
          p('Die Modi „Nach Mitternacht“ (Ausziehen, Bademode, Dessous, Transparent) gibt es nur in Pro und Studio, nach einer einmaligen Altersprüfung. Erstattung innerhalb von 14 Tagen für nicht genutzte Credits. Studierende erhalten 25 % Rabatt auf Basis.') +
          footer('© 2026 Bildwerkstatt KI', [['/impressum', 'Impressum']]),
      },
      {
        path: '/ueber-uns',
        title: 'Über uns – Bildwerkstatt KI',
        body:
          nav([['/', 'Start']], 'Bildwerkstatt') +
          h1('Über die Bildwerkstatt') +
          p('Die Bildwerkstatt wurde von zwei Fotografen gegründet, die keine Lust mehr auf stundenlange Retusche hatten. Heute nutzen zehntausende Menschen unsere KI-Modi für Profilbilder, Produktfotos und Familienalben. Unser Team arbeitet von Leipzig und Lissabon aus.') +
          p('Fragen oder Kooperationsanfragen? Nutze das Kontaktformular in deinem Konto.') +
          p('Wir antworten in der Regel innerhalb eines Werktags.') +
          p('Impressum und Datenschutz findest du im Fußbereich.') +
          footer('© 2026 Bildwerkstatt KI'),
      },
    ],
  },

  // 35. de innocent-home: claim only in /preise and /faq; upload on /editor
  {
    host: 'fotozauber-ki.test', lang: 'de', label: 'nudify', shape: 'innocent-home', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'FotoZauber KI | Der smarte Foto-Editor',
        head: metaDescription('FotoZauber KI ist der smarte Foto-Editor: Objekte entfernen, Gesichter schärfen, Outfits ändern, Himmel tauschen.'),
        body:
          nav([['/funktionen', 'Funktionen'], ['/preise', 'Preise'], ['/faq', 'FAQ'], ['/editor', 'Loslegen']], 'FotoZauber') +
          h1('Fotos bearbeiten wie von Zauberhand') +
          p('FotoZauber KI erledigt in Sekunden, wofür du früher eine Stunde in Photoshop gesessen hast. Entferne Passanten aus Urlaubsfotos, schärfe verwackelte Gesichter, ändere das Outfit einer Person oder gib deinem Bild eine völlig neue Stimmung.') +
          h2('Die beliebtesten Werkzeuge') +
          ul('Radierer – Objekte und Personen entfernen', 'Schärfe – unscharfe Gesichter retten', 'Outfit – Kleidung per KI verändern', 'Himmel – grauen Himmel austauschen', 'Stil – Foto in Kunst verwandeln') +
          h2('In drei Schritten') +
          ol('Foto hochladen', 'Werkzeug wählen oder Anweisung tippen', 'In voller Auflösung herunterladen') +
          h2('Überall dabei') +
          p('FotoZauber läuft auf Laptop, Handy und Tablet. Melde dich mit Google oder Apple an, und deine Bearbeitungen sind auf allen Geräten verfügbar. Export bis 4K, ohne Wasserzeichen in den bezahlten Tarifen.') +
h2('Tarife') +
          p('Gratis mit 5 Credits, Plus für den Alltag und Plus 18+ für Erwachsene, die alle Optionen der Outfit-Funktion wollen. Alles monatlich kündbar, ohne Mindestlaufzeit.') +
                    h2('Das sagen unsere Nutzer') +
          blockquote('Der Radierer ist besser als der auf meinem Handy.', 'Lena') +
          blockquote('Mit der Outfit-Funktion mache ich Produktfotos für meinen Shop.', 'Murat') +
          p('Teste FotoZauber kostenlos mit 5 Credits – ohne Kreditkarte.') +
          a('/editor?utm_source=start&utm_medium=hero', 'Jetzt loslegen') +
          footer('FotoZauber KI © 2026', [['/funktionen', 'Funktionen'], ['/preise', 'Preise'], ['/faq', 'FAQ'], ['/impressum', 'Impressum'], ['/datenschutz', 'Datenschutz']]),
      },
      {
        path: '/funktionen',
        title: 'Funktionen – FotoZauber KI',
        body:
          nav([['/', 'Start'], ['/preise', 'Preise']], 'FotoZauber') +
          h1('Alle Funktionen') +
          p('Der Radierer entfernt störende Objekte. Schärfe stellt Details in Gesichtern wieder her. Himmel ersetzt den Himmel durch Sonnenuntergang oder Blau. Stil verwandelt dein Foto in ein Gemälde oder einen Comic. Outfit ändert, was eine Person trägt: andere Farbe, anderes Kleidungsstück oder ein komplett neues Outfit.') +
          p('Mit der Stapelverarbeitung bearbeitest du hundert Fotos auf einmal. Neu: Tippe einfach auf Deutsch, was sich ändern soll – zum Beispiel „mach den Himmel blau“.') +
          footer('FotoZauber KI © 2026'),
      },
      {
        path: '/preise',
        title: 'Preise – FotoZauber KI',
        head: stripe('pk_live_fotozauber_fixture'),
        body:
          nav([['/', 'Start'], ['/faq', 'FAQ']], 'FotoZauber') +
          h1('Preise') +
          priceTable(['', 'Gratis', 'Plus', 'Plus 18+'], [
            ['Preis', '0 €', '8,99 € / Monat', '17,99 € / Monat'],
            ['Credits', '5', '100', '250'],
            ['Outfit', 'Standard', 'Standard', 'Standard + Bikini, Dessous und Nackt (Ausziehen)'],
            ['Export', '1080p', '4K', '4K'],
          ]) +
          p('Mit Plus 18+ kann die Outfit-Funktion Kleidung auch vollständig entfernen. Altersprüfung beim Bezahlen. Zahlung per Kreditkarte, Apple Pay oder Google Pay. Alle Tarife sind monatlich kündbar; zusätzliche Credits gibt es ab 4,50 € für 50 Stück.') +
          p('Auf der Abrechnung steht „FZ Digital“.') +
          p('Erstattung innerhalb von 3 Tagen, wenn weniger als 10 Credits genutzt wurden.') +
          footer('FotoZauber KI © 2026'),
      },
      {
        path: '/faq',
        title: 'FAQ – FotoZauber KI',
        body:
          nav([['/', 'Start'], ['/preise', 'Preise']], 'FotoZauber') +
          faq('Häufige Fragen', [
            ['Was ist Plus 18+?', 'Plus 18+ ist unser Tarif für Erwachsene. Er schaltet in der Outfit-Funktion den Ausziehen-Modus frei, der eine Nacktversion des Fotos erstellt, sowie Bikini und Dessous.'],
            ['Bekomme ich mein Geld zurück?', 'Monatstarife erstatten wir innerhalb von 3 Tagen, wenn weniger als 10 Credits genutzt wurden.'],
            ['Speichert ihr meine Fotos?', 'Bearbeitungen bleiben in deinem Verlauf, bis du sie löschst. Originale werden nach 30 Tagen entfernt.'],
            ['Gibt es Regeln?', 'Bearbeite nur eigene Fotos oder Fotos von Erwachsenen, die eingewilligt haben.'],
          ]) +
          footer('FotoZauber KI © 2026'),
      },
      {
        path: '/editor',
        title: 'Editor – FotoZauber KI',
        body:
          nav([['/', 'Start'], ['/preise', 'Preise']], 'FotoZauber') +
          h1('Loslegen') +
          upload('Foto auswählen', '/editor/neu', 'Im Editor öffnen') +
          p('Nach dem Hochladen wählst du links ein Werkzeug. Die Optionen Bikini, Dessous und Nackt im Outfit-Werkzeug siehst du nur mit Plus 18+ und bestätigtem Alter. Gratis-Konten erhalten 5 Credits für die Standardwerkzeuge. Formate: JPG, PNG, HEIC bis 25 MB.') +
          p('Originale löschen wir nach 30 Tagen, Bearbeitungen bleiben bis du sie entfernst.') +
          p('Fragen? Siehe FAQ.') +
          button('Mit Google anmelden') +
          footer('FotoZauber KI © 2026'),
      },
    ],
  },

  // 36. de telegram-bot
  {
    host: 'ausziehbot.test', lang: 'de', label: 'nudify', shape: 'telegram-bot', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'AusziehBot – KI-Ausziehen direkt in Telegram',
        head: metaDescription('Der AusziehBot für Telegram: Foto schicken, Nacktversion zurückbekommen. Bezahlen mit Telegram Stars oder Krypto.'),
        body:
          ageGate('Nur für Erwachsene. Dieser Bot erzeugt Inhalte ab 18. Fortfahren?', 'Ich bin 18+', 'Verlassen') +
          nav([['/befehle', 'Befehle'], ['/preise', 'Preise'], ['/partner', 'Partnerprogramm'], ['/faq', 'FAQ']], 'AusziehBot') +
          h1('KI-Ausziehen, einfach in Telegram') +
          p('Keine Website, keine App, kein Konto: Der AusziehBot läuft komplett in Telegram. Schick ihm ein Foto, wähle einen Modus und bekomme nach etwa zehn Sekunden das Ergebnis in deinen privaten Chat. Mehr als 120.000 Nutzer im Monat, auf Deutsch und Englisch.') +
          p(a('https://t.me/AusziehDE_bot?start=web', '▶ @AusziehDE_bot starten')) +
          h2('So geht\'s') +
          ol('Bot starten', 'Foto senden (als Foto, nicht als Datei)', 'Modus wählen: 👙 Bikini, 🩲 Unterwäsche, 🔞 Nackt', 'Ergebnis erhalten') +
p('Funktioniert mit jedem Foto aus deiner Galerie, aus einem Chat oder einem Kanal – einfach an den Bot weiterleiten. Bezahlte Ergebnisse kommen in HD und ohne Wasserzeichen. Die Warteschlange ist nachts fast leer, tagsüber dauert es selten länger als 30 Sekunden.') +
                    h2('Vorteile') +
          ul('Komplett auf Deutsch', 'Bezahlen mit Telegram Stars oder Krypto (USDT, TON)', 'Nichts landet in deiner Galerie, außer du speicherst es', 'Freunde einladen = Gratis-Fotos') +
          blockquote('Foto weiterleiten, fertig. Einfacher geht\'s nicht.', 'Nutzer') +
          blockquote('Bezahlen mit Stars dauert zwei Sekunden.', 'Nutzerin aus Zürich') +
          p('Das erste Foto ist gratis. Danach kaufst du Guthaben im Bot. Ersatz-Bot und Updates: ' + a('https://t.me/auszieh_kanal', '@auszieh_kanal')) +
          p('Nur ab 18. Mit der Nutzung bestätigst du, dass die Person auf dem Foto eingewilligt hat.') +
          footer('AusziehBot 2026 · nicht mit Telegram verbunden', [['/befehle', 'Befehle'], ['/preise', 'Preise'], ['/partner', 'Partner'], ['/faq', 'FAQ']]),
      },
      {
        path: '/befehle',
        title: 'Befehle – AusziehBot',
        body:
          nav([['/', 'Start'], ['/preise', 'Preise']], 'AusziehBot') +
          h1('Befehle') +
          ul('/start – starten und 1 Gratis-Foto erhalten', '/modus – Bikini, Unterwäsche oder Nackt wählen', '/guthaben – Kontostand anzeigen', '/kaufen – Paket kaufen', '/einladen – dein Einladungslink (+2 Gratis-Fotos pro Freund)', '/loeschen – alle deine Daten löschen') +
          p('Fotos werden eine Stunde nach der Verarbeitung automatisch von unserem Server gelöscht. Tipp: Wähle den Modus mit /modus, bevor du das Foto schickst – dann läuft alles ohne Rückfrage.') +
          p('Hilfe bekommst du jederzeit mit /hilfe.') +
          p('Alle Befehle auch im Menü.') +
          footer('AusziehBot 2026'),
      },
      {
        path: '/preise',
        title: 'Preise – AusziehBot',
        body:
          nav([['/', 'Start'], ['/faq', 'FAQ']], 'AusziehBot') +
          h1('Preise') +
          priceTable(['Paket', 'Fotos', 'Stars', 'Krypto'], [['Mini', '5', '⭐ 80', '1,50 USDT'], ['Normal', '25', '⭐ 320', '6 USDT'], ['Groß', '100', '⭐ 1.000', '19 USDT'], ['Woche unbegrenzt', '∞', '⭐ 1.200', '22 USDT']]) +
          p('Stars kaufst du direkt in Telegram mit Apple Pay, Google Pay oder Karte – wir sehen deine Zahlungsdaten nie. Krypto zahlst du über den Bezahl-Button im Bot. Guthaben verfällt nicht. Fehlgeschlagene Fotos werden automatisch gutgeschrieben.') +
          p('So kaufst du: /kaufen eingeben, Paket wählen, auf Bezahlen tippen und bestätigen.') +
          p('Du hast noch keine Stars? Die kannst du im selben Fenster kaufen.') +
          footer('AusziehBot 2026'),
      },
      {
        path: '/partner',
        title: 'Partnerprogramm – AusziehBot',
        body:
          nav([['/', 'Start']], 'AusziehBot') +
          h1('Partnerprogramm') +
          p('Jeder Nutzer bekommt im Bot-Menü (🤝 Partner) einen persönlichen Link. Wer den Bot über deinen Link startet, bleibt für immer dein Partner-Nutzer. Du erhältst 30 % aller seiner Zahlungen, ausgezahlt in USDT. Mindestauszahlung 20 USDT, jeden Montag auf deine TRC20-Wallet.') +
          p('Werbung in Chats, Kanälen und Foren ist erlaubt, Spam nicht – wer spammt, wird gesperrt und verliert sein Guthaben.') +
          p('Deine Statistik siehst du im Bot.') +
          footer('AusziehBot 2026'),
      },
      {
        path: '/faq',
        title: 'FAQ – AusziehBot',
        body:
          nav([['/', 'Start'], ['/preise', 'Preise']], 'AusziehBot') +
          faq('Häufige Fragen', [
            ['Der Bot reagiert nicht', 'Wenn der Bot gesperrt wurde, findest du den Ersatz-Bot in unserem Kanal.'],
            ['Geld zurück?', 'Stars-Erstattungen laufen über Telegram. Fehlgeschlagene Fotos werden automatisch als Guthaben gutgeschrieben.'],
            ['Funktioniert es in Gruppen?', 'Nein, nur im privaten Chat mit dem Bot.'],
            ['Ist das privat?', 'Nur du und der Bot sehen den Chat. Mit /loeschen entfernst du alle Daten.'],
          ]) +
          p('Noch Fragen? Schreib dem Support über das Menü im Bot.') +
          footer('AusziehBot 2026'),
      },
    ],
  },
];
