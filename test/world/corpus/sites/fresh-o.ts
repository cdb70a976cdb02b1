import {
  p, h1, h2, h3, ul, ol, a, section, article, blockquote, button, nav, footer, cookieBanner, faq, priceTable, mediaGrid,
  jsonLd, metaDescription, upload, orderForm, textForm, img, ageGate, storeBadges, stripe, oneTap, gtag, cryptoCheckout,
  type CorpusSite,
} from '../site-kit.js';

// Written by fresh-o (round 6).
const AUTHOR = 'fresh-o';

/* ------------------------------------------------------------------ */
/* 1. nl · deepfake · app-landing — face swap app with a "Spicy" mode  */
/* ------------------------------------------------------------------ */
const swapselNav = nav([['/', 'Home'], ['/vip', 'VIP'], ['/download', 'Download'], ['/veelgestelde-vragen', 'Vragen']], 'Swapsel');
const swapselFoot = footer(
  `© 2025 Swapsel Labs · Alleen voor volwassenen (18+). Upload alleen beelden waarvoor je toestemming hebt.`,
  [['/privacy', 'Privacy'], ['/vip', 'Abonnementen'], ['/download', 'APK'], ['https://t.me/swapsel_nl', 'Telegram']],
);
const swapsel: CorpusSite = {
  host: 'swapsel-app.test',
  lang: 'nl',
  label: 'deepfake',
  shape: 'app-landing',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: `Swapsel – Face swap app voor foto's en video's | Spicy-modus 18+`,
      head:
        metaDescription(`Swapsel: de face swap app voor foto's en video's. Ontgrendel de Spicy-modus (18+) met VIP. Download de APK.`) +
        jsonLd({
          '@context': 'https://schema.org',
          '@type': 'MobileApplication',
          name: 'Swapsel',
          operatingSystem: 'Android, iOS',
          applicationCategory: 'MultimediaApplication',
          aggregateRating: { '@type': 'AggregateRating', ratingValue: '4.6', ratingCount: '18234' },
          offers: { '@type': 'Offer', price: '4.99', priceCurrency: 'EUR' },
        }) +
        gtag('G-SWPS4NL21'),
      body: [
        swapselNav,
        cookieBanner(`Swapsel gebruikt cookies voor statistieken en om je VIP-status te onthouden. Klik op Akkoord om verder te gaan.`, 'Akkoord', 'Alleen noodzakelijk'),
        section(
          h1('Swapsel — jouw gezicht in elke video'),
          p(`Wissel in één tik van gezicht in foto's en video's. Kies een clip uit onze bibliotheek of upload je eigen filmpje, selecteer een gezicht en onze AI doet de rest. Geen montage-ervaring nodig: binnen een minuut staat je swap klaar om te delen.`),
          img(1, 'Voorbeeld van een face swap'),
          storeBadges('/download/swapsel-4.2.1.apk'),
        ),
        section(
          h2('Waarom kiezen 2 miljoen gebruikers voor Swapsel?'),
          ul(
            'Ultrarealistische face swap in HD en 4K, ook bij snelle bewegingen',
            'Meer dan 20.000 sjablonen: filmscènes, memes, TikTok-dansjes',
            'Eigen video uploaden tot 3 minuten',
            `🔥 Spicy-modus: 18+ sjablonen en face swap in volwassen video's (alleen VIP)`,
            'Geen watermerk en geen wachtrij met VIP',
          ),
        ),
        section(
          h2('Spicy-modus: alleen voor volwassenen'),
          p(`Wil je meer dan memes? In de Spicy-modus zet je elk gezicht dat je wilt in NSFW-clips uit onze pikante collectie, of in je eigen 18+ video. Eén duidelijke foto van iemands gezicht is genoeg. Omdat Google Play en de App Store geen 18+ functies toestaan, werkt de Spicy-modus alleen in de APK-versie van Swapsel.`),
          p(`${a('/download', 'Download de APK')} en ontgrendel Spicy met een VIP-pas.`),
        ),
        section(
          h2('Zo werkt het'),
          ol(
            'Installeer Swapsel via de store of de APK',
            'Kies een sjabloon of upload een video',
            'Voeg een foto toe met een goed zichtbaar gezicht',
            'Tik op <strong>Swap</strong> en bewaar of deel je clip',
          ),
        ),
        section(
          h2('Wat gebruikers zeggen'),
          blockquote('Beste face swap app die ik ooit heb gebruikt. De spicy sjablonen zijn echt next level.', 'Kevin, 24, Utrecht'),
          blockquote('Binnen 30 seconden klaar en je ziet echt geen naad.', 'Sanne, via Google Play'),
        ),
        section(
          h2('VIP vanaf € 4,99 per week'),
          p(`Onbeperkt swappen, Spicy-modus, 4K-export en geen advertenties. Wekelijks opzegbaar. ${a('/vip', 'Bekijk alle abonnementen')}.`),
        ),
        swapselFoot,
      ].join('\n'),
    },
    {
      path: '/vip',
      title: 'Swapsel VIP – abonnementen en prijzen',
      body: [
        swapselNav,
        h1('Swapsel VIP'),
        p(`Met VIP haal je alles uit Swapsel: onbeperkt swappen zonder wachtrij, export in 4K, geen watermerk en toegang tot de Spicy-modus met meer dan 3.000 NSFW-sjablonen voor volwassenen. Je abonnement hoort bij je Swapsel-account en werkt in de store-versie én in de APK; Spicy werkt alleen in de APK.`),
        priceTable(
          ['Pas', 'Prijs', 'Wat je krijgt'],
          [
            ['Week-VIP', '€ 4,99 / week', 'Onbeperkt swappen, Spicy-modus, HD-export'],
            ['Maand-VIP', '€ 12,99 / maand', 'Alles van Week-VIP + 4K-export'],
            ['Jaar-VIP', '€ 59,99 / jaar', 'Alles van Maand-VIP + nieuwe sjablonen als eerste'],
            ['Losse credits', '€ 2,99', '10 Spicy-swaps zonder abonnement'],
          ],
        ),
        p(`Betalen kan met iDEAL of creditcard. De eerste drie dagen van Week-VIP zijn gratis; daarna wordt het abonnement elke week verlengd. Opzeggen kan altijd in de app onder Profiel › Abonnement.`),
        button('Start gratis proefperiode'),
        stripe('pk_live_51SwapselFixture000TEST'),
        swapselFoot,
      ].join('\n'),
    },
    {
      path: '/download',
      title: 'Swapsel downloaden – APK voor Android',
      body: [
        swapselNav,
        h1('Swapsel downloaden'),
        p(`Swapsel staat in Google Play en de App Store, maar in die versies ontbreekt de Spicy-modus: de stores verbieden 18+ functies. Wil je alle functies, installeer dan de APK rechtstreeks van onze site. Dat duurt twee minuten.`),
        storeBadges('/download/swapsel-4.2.1.apk'),
        h2('APK installeren op Android'),
        ol(
          'Tik op Download APK (versie 4.2.1, 41 MB)',
          'Open het bestand en sta "installeren uit onbekende bronnen" toe voor je browser',
          'Open Swapsel en log in met je account',
          'Ga naar Instellingen › Spicy en bevestig dat je 18 jaar of ouder bent',
        ),
        p(`Heb je een iPhone? De iOS-versie heeft geen Spicy-modus. Gebruik dan de webversie op app.swapsel-app.test met dezelfde login.`),
        swapselFoot,
      ].join('\n'),
    },
    {
      path: '/veelgestelde-vragen',
      title: 'Veelgestelde vragen – Swapsel',
      body: [
        swapselNav,
        faq('Veelgestelde vragen', [
          ['Is Swapsel gratis?', 'Je kunt elke dag drie gewone swaps gratis maken, met watermerk. Voor onbeperkt swappen en de Spicy-modus heb je VIP nodig.'],
          ['Wat is de Spicy-modus precies?', `Een verzameling 18+ sjablonen en de optie om een gezicht in je eigen volwassen video te zetten. Alleen voor VIP-leden van 18 jaar en ouder, in de APK-versie.`],
          [`Mag ik elke foto gebruiken?`, `Volgens onze voorwaarden upload je alleen foto's waarvoor je toestemming hebt. Uploads worden niet handmatig gecontroleerd.`],
          [`Worden mijn video's bewaard?`, `Resultaten blijven 7 dagen in je galerij staan en worden daarna automatisch verwijderd.`],
          ['Hoe zeg ik VIP op?', 'In de app via Profiel › Abonnement, of stuur een mail naar support@swapsel-app.test.'],
        ]),
        swapselFoot,
      ].join('\n'),
    },
    {
      path: '/privacy',
      title: 'Privacyverklaring – Swapsel',
      body: [
        swapselNav,
        h1('Privacyverklaring'),
        p(`Swapsel Labs verwerkt de foto's en video's die je uploadt uitsluitend om je swap te maken. Bestanden staan versleuteld op onze servers buiten de EU en worden na 7 dagen verwijderd. We bewaren je e-mailadres, je abonnementsgegevens en anonieme gebruiksstatistieken. Voor advertenties in de gratis versie delen we een advertentie-ID met onze partners. Je kunt je account en alle gegevens verwijderen via Profiel › Account verwijderen. Vragen over privacy? Mail privacy@swapsel-app.test.`),
        swapselFoot,
      ].join('\n'),
    },
  ],
};

/* ------------------------------------------------------------------ */
/* 2. en · nudify · mirror — official mirror of an undress service    */
/* ------------------------------------------------------------------ */
const bfNav = nav([['/', 'Undress'], ['/credits', 'Credits'], ['/mirrors', 'Mirrors'], ['/faq', 'FAQ']], 'Bareframe AI');
const bfFoot = footer(
  `© 2025 Bareframe AI · 18+ only. By uploading an image you confirm that you are at least 18 and have the right to use it. This is official mirror #3 of bareframe.test.`,
  [['/terms', 'Terms'], ['/mirrors', 'Official mirrors'], ['https://t.me/bareframe_official', 'Telegram']],
);
const bareframe: CorpusSite = {
  host: 'bareframe-m3.test',
  lang: 'en',
  label: 'nudify',
  shape: 'mirror',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'Bareframe AI – Undress any photo with AI (official mirror)',
      head: metaDescription('Bareframe AI official mirror. Undress AI: remove clothes from any photo in seconds. 3 free credits.') + gtag('G-BFM3X0R1'),
      body: [
        bfNav,
        `<div class="notice">${p(`You are on <strong>official mirror #3</strong>. If bareframe.test is blocked by your internet provider, bookmark this address. Same account, same credits, same gallery.`)}</div>`,
        section(
          h1('Undress any photo with AI in seconds'),
          p(`Bareframe is the AI clothes remover people actually come back to. Upload a photo, pick a mode and get a high-resolution result in under 15 seconds. No Photoshop, no skills, no waiting list.`),
          upload('Drop a photo here (JPG, PNG or WEBP, up to 10 MB)', '/generate', 'Undress now'),
          p('3 free credits for new users · No credit card needed'),
          oneTap('000000000000-bareframe.apps.googleusercontent.com'),
        ),
        section(
          h2('Features'),
          ul(
            'Remove clothes from any photo with one click',
            'Modes: Bikini, Lingerie and Full NSFW (18+)',
            'HD upscaling up to 2048 px',
            'Batch mode: process up to 10 photos at once (Pro)',
            'Private by default: uploads are deleted after 24 hours',
          ),
        ),
        section(
          h2('How it works'),
          ol('Upload a clear photo of one person', 'Choose a mode and quality', 'Download the result or keep it in your private gallery'),
        ),
        section(
          h2('Why do we use mirrors?'),
          p(`Some providers and search engines block our main domain. Every official mirror connects to the same servers, so your login, credits and gallery carry over. Fake copies exist: only use addresses listed on our ${a('/mirrors', 'mirrors page')} or in our Telegram channel.`),
        ),
        section(
          h2('Loved by 4 million users'),
          blockquote('Tried five undress apps, this is the only one that looks real.', 'u/nightowl_22'),
          blockquote('Mirror works perfectly, my credits were all still there.', 'Telegram review'),
        ),
        bfFoot,
      ].join('\n'),
    },
    {
      path: '/mirrors',
      title: 'Official Bareframe mirrors',
      body: [
        bfNav,
        h1('Official mirrors'),
        p(`Bareframe runs several official addresses. They all point to the same service, so you can log in on any of them. If one stops working in your country, switch to the next one.`),
        ul(
          'bareframe.test — main site (blocked by some providers)',
          'bareframe-m1.test — mirror #1',
          'bareframe-m2.test — mirror #2',
          'bareframe-m3.test — mirror #3 (you are here)',
          `${a('https://t.me/BareframeBot', '@BareframeBot')} — Telegram bot, same credits`,
        ),
        p(`Never enter your password on a site that is not on this list. We will never ask for your password in a private message. New mirrors are announced first in ${a('https://t.me/bareframe_official', 'our Telegram channel')}.`),
        bfFoot,
      ].join('\n'),
    },
    {
      path: '/credits',
      title: 'Buy credits – Bareframe AI',
      body: [
        bfNav,
        h1('Credits & plans'),
        p(`One credit = one processed photo in standard quality. HD and Full NSFW mode use two credits. Credits never expire.`),
        priceTable(
          ['Plan', 'Price', 'Credits', 'Extras'],
          [
            ['Starter', '$9.99', '20', 'Standard queue'],
            ['Pro', '$29.99', '100', 'Priority queue, batch mode, HD'],
            ['Unlimited', '$49.99 / month', 'Unlimited', 'Fastest queue, all modes, no watermark'],
          ],
        ),
        p(`Card payments are temporarily unavailable on mirrors. You can pay with Bitcoin, Ethereum, USDT or Litecoin through our payment partner; credits are added automatically after one confirmation.`),
        cryptoCheckout(),
        button('Pay with crypto'),
        bfFoot,
      ].join('\n'),
    },
    {
      path: '/faq',
      title: 'FAQ – Bareframe AI',
      body: [
        bfNav,
        faq('Frequently asked questions', [
          ['Does it work on any photo?', 'It works best on a well-lit photo of one person facing the camera. Group photos and heavy filters give weaker results.'],
          ['Is it really free?', 'Every new account gets 3 free credits in standard mode. After that you can buy credits or a monthly plan.'],
          ['Will the person know?', 'No. Processing happens on our servers and nothing is posted anywhere. Results are only visible in your private gallery.'],
          ['Why was my result blurred?', 'Free results in Full NSFW mode are blurred. Upgrade to Pro or Unlimited to download them in full resolution.'],
          ['Is my account safe on a mirror?', 'Yes, as long as the address is on our official mirrors list.'],
        ]),
        bfFoot,
      ].join('\n'),
    },
    {
      path: '/terms',
      title: 'Terms of use – Bareframe AI',
      body: [
        bfNav,
        h1('Terms of use'),
        p(`Bareframe AI is an entertainment service for adults. You must be at least 18 years old to use it. You may only upload images that you own or for which you have the consent of every person shown. Uploading images of minors is strictly forbidden and leads to a permanent ban. Generated images are fictional and must not be used to harass, threaten or defame anyone. You are solely responsible for the images you upload and for any use of the results. Payments are final and non-refundable once credits have been used.`),
        bfFoot,
      ].join('\n'),
    },
  ],
};

/* ------------------------------------------------------------------ */
/* 3. de · nudify · telegram-bot — the bot is the product             */
/* ------------------------------------------------------------------ */
const kwNav = nav([['/', 'Start'], ['/befehle', 'Befehle'], ['/preise', 'Preise'], ['/faq', 'FAQ'], ['/kontakt', 'Kontakt']], 'KleiderWeg');
const kwFoot = footer(
  `© 2025 KleiderWeg · Nur für Erwachsene ab 18 Jahren. Kein offizielles Angebot von Telegram.`,
  [['https://t.me/KleiderWegBot', 'Bot öffnen'], ['https://t.me/KleiderWegNews', 'News-Kanal'], ['/kontakt', 'Kontakt']],
);
const kleiderweg: CorpusSite = {
  host: 'kleiderweg-bot.test',
  lang: 'de',
  label: 'nudify',
  shape: 'telegram-bot',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'KleiderWeg – KI-Auszieh-Bot für Telegram',
      head: metaDescription('KleiderWeg: der Telegram-Bot, der per KI Kleidung von Fotos entfernt. 3 Gratis-Credits, Bezahlung mit Stars oder Krypto.') + gtag('G-KWBOT7DE'),
      body: [
        kwNav,
        section(
          h1('KleiderWeg – der KI-Auszieh-Bot für Telegram'),
          p(`Keine App, kein Download, keine Registrierung. Schick unserem Bot einfach ein Foto, wähle einen Modus und bekomm in wenigen Sekunden das Ergebnis direkt in den Chat. KleiderWeg entfernt Kleidung per künstlicher Intelligenz – schneller und diskreter als jede Web-App.`),
          p(`${a('https://t.me/KleiderWegBot', '▶ Bot jetzt starten')} · 3 Gratis-Credits für neue Nutzer`),
          img(3, 'Chat-Vorschau des Bots'),
        ),
        section(
          h2('Das kann der Bot'),
          ul(
            'Kleidung von jedem Foto entfernen – einfach ins Chatfenster ziehen',
            'Drei Modi: Bikini, Dessous und NSFW (ab 18)',
            'Ergebnis in 5 bis 20 Sekunden, rund um die Uhr',
            'Bezahlen mit Telegram Stars oder Krypto – nichts auf der Kreditkartenabrechnung',
            'Fotos werden nach der Bearbeitung sofort gelöscht',
            'Freunde einladen: 5 Credits für jede Empfehlung',
          ),
        ),
        section(
          h2('So einfach geht’s'),
          ol(
            'Öffne @KleiderWegBot in Telegram und tippe auf „Starten“',
            'Bestätige, dass du mindestens 18 Jahre alt bist',
            'Schick ein Foto, auf dem eine Person gut zu sehen ist',
            'Wähle den Modus und warte kurz auf dein Ergebnis',
          ),
        ),
        section(
          h2('Bot gesperrt?'),
          p(`Telegram sperrt ab und zu Bots wie unseren. Folge unserem ${a('https://t.me/KleiderWegNews', 'News-Kanal')} – dort posten wir sofort den Ersatz-Bot. Dein Guthaben bleibt erhalten, weil es an deine Telegram-ID gebunden ist und nicht an den Bot.`),
        ),
        section(
          h2('Was Nutzer sagen'),
          blockquote('Endlich ein Auszieh-Bot, der wirklich funktioniert und nicht nur Geld kassiert.', 'Bewertung im News-Kanal'),
          blockquote('Läuft super flott, auch mit Handyfotos.', '@max_92'),
        ),
        kwFoot,
      ].join('\n'),
    },
    {
      path: '/befehle',
      title: 'Alle Befehle – KleiderWeg Bot',
      body: [
        kwNav,
        h1('Befehle im Überblick'),
        p('Alle Funktionen steuerst du direkt im Chat. Die wichtigsten Befehle:'),
        ul(
          '<code>/start</code> – Bot starten, Altersbestätigung und 3 Gratis-Credits',
          '<code>/ausziehen</code> – danach einfach ein Foto schicken',
          '<code>/modus</code> – zwischen Bikini, Dessous und NSFW wechseln',
          '<code>/hd</code> – Ergebnis in hoher Auflösung (2 Credits)',
          '<code>/guthaben</code> – zeigt deine verbleibenden Credits',
          '<code>/kaufen</code> – Credits mit Stars oder Krypto aufladen',
          '<code>/einladen</code> – dein persönlicher Empfehlungslink',
          '<code>/hilfe</code> – Support kontaktieren',
        ),
        p(`Tipp: Frontal aufgenommene Fotos mit guter Beleuchtung liefern die besten Ergebnisse. Gruppenfotos schneidet der Bot automatisch auf die größte Person zu.`),
        kwFoot,
      ].join('\n'),
    },
    {
      path: '/preise',
      title: 'Preise & Credits – KleiderWeg',
      body: [
        kwNav,
        h1('Credits aufladen'),
        p('Ein Credit entspricht einem bearbeiteten Foto in normaler Qualität. HD und NSFW-Modus kosten 2 Credits.'),
        priceTable(
          ['Paket', 'Telegram Stars', 'Krypto (USDT)', 'Credits'],
          [
            ['Probierpaket', '150 ⭐', '2,99', '10'],
            ['Standard', '600 ⭐', '9,99', '50'],
            ['Power', '1.900 ⭐', '29,99', '200'],
            ['VIP-Woche', '–', '5,99', 'unbegrenzt für 7 Tage'],
          ],
        ),
        p(`Stars kaufst du direkt in Telegram. Für Krypto-Zahlungen (USDT, BTC, TON) öffnet der Bot mit /kaufen einen Zahlungslink; das Guthaben wird nach der ersten Bestätigung gutgeschrieben.`),
        cryptoCheckout(),
        kwFoot,
      ].join('\n'),
    },
    {
      path: '/faq',
      title: 'Häufige Fragen – KleiderWeg',
      body: [
        kwNav,
        faq('Häufige Fragen', [
          ['Ist der Bot anonym?', 'Ja. Wir sehen nur deine Telegram-ID. Fotos werden nach dem Versand des Ergebnisses gelöscht.'],
          ['Funktioniert das mit jedem Foto?', 'Mit den meisten. Am besten klappt es mit gut beleuchteten Fotos einer einzelnen Person.'],
          ['Warum ist mein Ergebnis verpixelt?', 'Gratis-Ergebnisse im NSFW-Modus werden verpixelt. Mit gekauften Credits bekommst du die volle Auflösung.'],
          ['Was passiert, wenn der Bot gesperrt wird?', 'Im News-Kanal erscheint sofort ein Ersatz-Bot. Dein Guthaben wird übernommen.'],
          ['Gibt es Rückerstattungen?', 'Verbrauchte Credits können nicht erstattet werden. Bei technischen Fehlern schreibe an den Support.'],
        ]),
        kwFoot,
      ].join('\n'),
    },
    {
      path: '/kontakt',
      title: 'Kontakt – KleiderWeg',
      body: [
        kwNav,
        h1('Kontakt & Support'),
        p(`Support gibt es ausschließlich über Telegram: schreib an ${a('https://t.me/KleiderWegSupport', '@KleiderWegSupport')}. Wir antworten in der Regel innerhalb von 12 Stunden, auch am Wochenende. Bitte schick keine Fotos an den Support, sondern nur deine Telegram-ID und eine kurze Beschreibung des Problems. Für Kooperationen, Werbung im Kanal oder Partnerschaften mit anderen Bots nutze bitte das Stichwort „Partner“ in deiner ersten Nachricht.`),
        kwFoot,
      ].join('\n'),
    },
  ],
};

/* ------------------------------------------------------------------ */
/* 4. fr · deepfake · tube — celebrity deepfake videos, no upload      */
/* ------------------------------------------------------------------ */
const fvNav = nav([['/', 'Accueil'], ['/tendances', 'Tendances'], ['/categories', 'Catégories'], ['/dmca', 'DMCA']], 'FauxVisages');
const fvGate = ageGate(
  `FauxVisages est un site réservé aux adultes. Les vidéos sont des créations générées par IA (deepfakes) destinées à un public majeur. En entrant, vous confirmez avoir au moins 18 ans.`,
  `J'ai 18 ans ou plus – Entrer`,
  'Quitter',
);
const fvFoot = footer(
  `© 2025 FauxVisages – Contenu pour adultes (18+). Toutes les vidéos sont des parodies générées par intelligence artificielle.`,
  [['/dmca', 'DMCA / Retrait'], ['/conditions-utilisation', 'Conditions'], ['/categories', 'Catégories']],
);
const fauxvisages: CorpusSite = {
  host: 'fauxvisages.test',
  lang: 'fr',
  label: 'deepfake',
  shape: 'tube',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'FauxVisages – Deepfakes de célébrités en HD et 4K',
      head: metaDescription('FauxVisages : des milliers de vidéos deepfake de célébrités pour adultes, en HD et 4K. Nouvelles vidéos chaque jour.') + gtag('G-FVTUBE01'),
      body: [
        fvGate,
        fvNav,
        textForm('Rechercher une célébrité', 'Rechercher'),
        h1('Deepfakes de célébrités en HD – nouvelles vidéos chaque jour'),
        p(`Bienvenue sur FauxVisages, la plus grande collection francophone de vidéos deepfake pour adultes. Actrices, chanteuses, influenceuses, stars de la télé-réalité : nos créateurs utilisent les derniers modèles de face swap pour des résultats bluffants, en 1080p et en 4K.`),
        h2('Dernières vidéos'),
        mediaGrid([
          { title: 'Actrice de série policière – faceswap 4K', duration: '12:47', views: '284 k vues', tags: ['actrice', '4K', 'faceswap'] },
          { title: 'Chanteuse pop – version IA', duration: '08:15', views: '1,1 M vues', tags: ['chanteuse', 'célébrité'] },
          { title: 'Influenceuse fitness deepfake', duration: '10:02', views: '512 k vues', tags: ['influenceuse', 'deepfake'] },
          { title: 'Présentatrice météo – épisode 3', duration: '06:38', views: '97 k vues', tags: ['télé', 'présentatrice'] },
          { title: 'Star de télé-réalité – faceswap HD', duration: '14:20', views: '733 k vues', tags: ['télé-réalité', 'HD'] },
          { title: 'Youtubeuse gaming deepfake', duration: '09:51', views: '402 k vues', tags: ['youtubeuse', 'gaming'] },
          { title: 'Actrice de cinéma – remaster IA', duration: '17:05', views: '1,6 M vues', tags: ['actrice', 'cinéma'] },
          { title: 'Animatrice radio – faceswap', duration: '07:44', views: '61 k vues', tags: ['animatrice', 'faceswap'] },
        ]),
        section(
          h2('Pourquoi FauxVisages ?'),
          ul(
            'Plus de 18 000 vidéos deepfake classées par célébrité',
            'Mises à jour quotidiennes par notre équipe de créateurs',
            'Streaming gratuit sans inscription',
            'Premium : téléchargements en 4K, vidéos exclusives et sans publicité',
          ),
          p(`Important : toutes les vidéos de ce site sont des fictions générées par intelligence artificielle. Les personnes représentées n'ont pas participé à leur réalisation. Nous n'acceptons aucun envoi de vidéos par les utilisateurs.`),
        ),
        fvFoot,
      ].join('\n'),
    },
    {
      path: '/categories',
      title: 'Catégories – FauxVisages',
      body: [
        fvGate,
        fvNav,
        h1('Toutes les catégories'),
        p('Parcourez notre collection de deepfakes par type de célébrité. Le nombre de vidéos est mis à jour chaque nuit.'),
        ul(
          `${a('/tag/actrice', 'Actrices')} – 4 210 vidéos`,
          `${a('/tag/chanteuse', 'Chanteuses')} – 2 980 vidéos`,
          `${a('/tag/influenceuse', 'Influenceuses')} – 3 455 vidéos`,
          `${a('/tag/télé-réalité', 'Télé-réalité')} – 1 870 vidéos`,
          `${a('/tag/sportive', 'Sportives')} – 960 vidéos`,
          `${a('/tag/youtubeuse', 'Youtubeuses et streameuses')} – 2 115 vidéos`,
          `${a('/tag/présentatrice', 'Présentatrices TV')} – 740 vidéos`,
        ),
        p(`Vous ne trouvez pas votre star préférée ? Les membres Premium peuvent voter pour les prochaines célébrités ajoutées par nos créateurs.`),
        fvFoot,
      ].join('\n'),
    },
    {
      path: '/tendances',
      title: 'Tendances de la semaine – FauxVisages',
      body: [
        fvGate,
        fvNav,
        h1('Les deepfakes les plus vus cette semaine'),
        mediaGrid([
          { title: 'Chanteuse de variété – faceswap 4K', duration: '11:12', views: '2,3 M vues', tags: ['chanteuse', '4K'] },
          { title: 'Streameuse populaire – deepfake', duration: '13:40', views: '1,8 M vues', tags: ['streameuse', 'deepfake'] },
          { title: 'Actrice de comédie – IA HD', duration: '09:03', views: '1,2 M vues', tags: ['actrice', 'HD'] },
          { title: 'Joueuse de tennis – faceswap', duration: '08:27', views: '880 k vues', tags: ['sportive', 'faceswap'] },
        ]),
        p(`Le classement est calculé sur les vues des sept derniers jours. Les membres Premium accèdent aux versions longues et au téléchargement en 4K. ${a('/categories', 'Voir toutes les catégories')}.`),
        fvFoot,
      ].join('\n'),
    },
    {
      path: '/dmca',
      title: 'DMCA et demandes de retrait – FauxVisages',
      body: [
        fvNav,
        h1('DMCA / Demande de retrait'),
        p(`FauxVisages respecte les droits des tiers. Si vous êtes la personne représentée dans une vidéo, ou son représentant légal, vous pouvez demander son retrait. Envoyez un e-mail à dmca@fauxvisages.test en indiquant l'adresse exacte de la vidéo, votre nom, un moyen de contact et une déclaration sur l'honneur que vous êtes bien la personne concernée ou habilité à agir en son nom. Les demandes complètes sont traitées sous 5 à 10 jours ouvrés. Les demandes incomplètes ou envoyées via les commentaires ne sont pas traitées.`),
        fvFoot,
      ].join('\n'),
    },
    {
      path: '/conditions-utilisation',
      title: "Conditions d'utilisation – FauxVisages",
      body: [
        fvNav,
        h1("Conditions d'utilisation"),
        p(`L'accès à FauxVisages est strictement réservé aux personnes majeures selon la loi de leur pays. Les vidéos proposées sont des œuvres de fiction et de parodie réalisées avec des outils d'intelligence artificielle ; elles ne représentent pas des faits réels. Il est interdit de télécharger, republier ou présenter ces vidéos comme authentiques. Le site ne stocke aucune vidéo envoyée par les utilisateurs. L'abonnement Premium est renouvelé automatiquement chaque mois et peut être résilié à tout moment depuis votre espace membre.`),
        fvFoot,
      ].join('\n'),
    },
  ],
};

/* ------------------------------------------------------------------ */
/* 5. es · deepfake · made-to-order — custom videos, crypto only       */
/* ------------------------------------------------------------------ */
const cpNav = nav([['/', 'Inicio'], ['/tarifas', 'Tarifas'], ['/pedido', 'Hacer un pedido'], ['/preguntas-frecuentes', 'Preguntas'], ['/contacto', 'Contacto']], 'CaraPro Estudio');
const cpFoot = footer(
  `© 2025 CaraPro Estudio · Servicio exclusivo para mayores de 18 años. El cliente declara contar con el consentimiento de las personas que aparecen en el material enviado.`,
  [['/contacto', 'Contacto'], ['https://t.me/carapro_estudio', 'Telegram'], ['/preguntas-frecuentes', 'Preguntas frecuentes']],
);
const carapro: CorpusSite = {
  host: 'carapro-encargos.test',
  lang: 'es',
  label: 'deepfake',
  shape: 'made-to-order',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'CaraPro Estudio – Deepfakes por encargo +18',
      head: metaDescription('Deepfakes por encargo: vídeos y fotos +18 personalizados con la cara que elijas. Entrega en 24–72 h. Pago solo en cripto.'),
      body: [
        cpNav,
        section(
          h1('Deepfakes por encargo, hechos por profesionales'),
          p(`Tú eliges la cara, nosotros hacemos el vídeo. En CaraPro Estudio no usamos apps automáticas de baja calidad: cada encargo lo prepara a mano un editor con modelos de IA entrenados específicamente para tu pedido. El resultado es un vídeo +18 personalizado en el que la cara encaja con la luz, los gestos y el movimiento.`),
          img(5, 'Estudio de edición'),
        ),
        section(
          h2('Qué hacemos'),
          ul(
            'Vídeos para adultos personalizados con la cara que tú elijas',
            'Fotos +18 realistas a partir de fotos normales de redes sociales',
            'Escenas a medida a partir de un vídeo de referencia o de nuestro catálogo',
            'Retoques y versiones en 4K de encargos anteriores',
          ),
        ),
        section(
          h2('Cómo funciona'),
          ol(
            'Reúne entre 15 y 40 fotos nítidas de la cara (sirven fotos de Instagram o TikTok)',
            'Elige duración, calidad y tipo de escena en el formulario de pedido',
            'Paga en cripto y recibe tu número de pedido',
            'En 24 a 72 horas te enviamos un enlace privado de descarga',
          ),
        ),
        section(
          h2('Discreción total'),
          p(`Solo aceptamos criptomonedas (BTC, USDT-TRC20 y XMR). No pedimos tu nombre real, borramos fotos y vídeos 7 días después de la entrega y nunca publicamos los encargos. El contacto es solo por Telegram o correo cifrado.`),
          p(`${a('/pedido', 'Empezar mi pedido')} · ${a('/tarifas', 'Ver tarifas')}`),
        ),
        section(
          h2('Opiniones de clientes'),
          blockquote('Increíble el nivel de detalle, nadie diría que es falso. Ya voy por el tercer encargo.', 'Cliente verificado, Madrid'),
          blockquote('Entregado en 36 horas y con una revisión gratis. Muy profesionales.', 'Cliente verificado, Valencia'),
        ),
        cpFoot,
      ].join('\n'),
    },
    {
      path: '/tarifas',
      title: 'Tarifas – CaraPro Estudio',
      body: [
        cpNav,
        h1('Tarifas 2025'),
        p('Todos los precios están en USDT. Incluyen una revisión gratuita si el resultado no te convence.'),
        priceTable(
          ['Encargo', 'Duración / cantidad', 'Precio'],
          [
            ['Foto +18 personalizada', '1 foto', '25 USDT'],
            ['Pack de fotos', '5 fotos', '90 USDT'],
            ['Vídeo corto', 'hasta 3 min, 1080p', '79 USDT'],
            ['Vídeo estándar', 'hasta 10 min, 1080p', '149 USDT'],
            ['Vídeo premium', 'hasta 20 min, 4K', '290 USDT'],
            ['Entrega urgente', 'en 24 h', '+40 %'],
          ],
        ),
        p(`Para encargos de más de 20 minutos o series de varios vídeos, escríbenos por Telegram y te hacemos un presupuesto. ${a('/pedido', 'Hacer un pedido')}.`),
        cpFoot,
      ].join('\n'),
    },
    {
      path: '/pedido',
      title: 'Hacer un pedido – CaraPro Estudio',
      body: [
        cpNav,
        h1('Formulario de pedido'),
        p(`Rellena el formulario y pulsa Enviar. En la siguiente pantalla verás la dirección de pago en cripto y tu número de pedido. Sube las fotos de la cara a Mega o Google Drive y pega aquí el enlace: no aceptamos archivos adjuntos por correo.`),
        orderForm(
          ['Correo o usuario de Telegram', 'Enlace a las fotos de la cara (Mega, Drive)', 'Vídeo de referencia o categoría del catálogo', 'Duración deseada (minutos)', 'Calidad (1080p / 4K)', 'Notas para el editor'],
          'Enviar y pagar',
        ),
        cryptoCheckout(),
        p('Pagos aceptados: Bitcoin, USDT (TRC20) y Monero. El pedido empieza en cuanto recibimos una confirmación en la red.'),
        cpFoot,
      ].join('\n'),
    },
    {
      path: '/preguntas-frecuentes',
      title: 'Preguntas frecuentes – CaraPro Estudio',
      body: [
        cpNav,
        faq('Preguntas frecuentes', [
          ['¿Cuántas fotos necesitáis?', 'Con 15 fotos nítidas de la cara desde distintos ángulos ya se consiguen buenos resultados. Con 40 o más, el resultado es casi perfecto.'],
          ['¿Puedo pedir un vídeo con cualquier persona?', 'Trabajamos con las fotos que nos envíes. Al hacer el pedido declaras que tienes el consentimiento de la persona.'],
          ['¿Por qué solo cripto?', 'Los bancos y las pasarelas de pago no aceptan servicios para adultos como el nuestro. Con cripto tu compra es privada.'],
          ['¿Guardáis los vídeos?', 'No. Borramos todo 7 días después de la entrega.'],
          ['¿Hay devoluciones?', 'Ofrecemos una revisión gratuita. Una vez entregado el archivo final no hacemos reembolsos.'],
        ]),
        cpFoot,
      ].join('\n'),
    },
    {
      path: '/contacto',
      title: 'Contacto – CaraPro Estudio',
      body: [
        cpNav,
        h1('Contacto'),
        p(`La forma más rápida de hablar con nosotros es Telegram: ${a('https://t.me/carapro_estudio', '@carapro_estudio')}. Respondemos de lunes a domingo entre las 10:00 y las 2:00 (hora de Madrid). También puedes escribirnos a carapro@correo-cifrado.test. Por favor, indica siempre tu número de pedido. No atendemos llamadas ni mensajes de WhatsApp, y nunca te pediremos datos personales ni documentos de identidad.`),
        cpFoot,
      ].join('\n'),
    },
  ],
};

/* ------------------------------------------------------------------ */
/* 6. it · nudify · api-reseller — per-call undress API               */
/* ------------------------------------------------------------------ */
const vzNav = nav([['/', 'Home'], ['/prezzi', 'Prezzi'], ['/documentazione', 'Documentazione'], ['/white-label', 'Rivenditori'], ['/termini', 'Termini']], 'VestiZero API');
const vzFoot = footer(
  `© 2025 VestiZero API · Servizio riservato a maggiorenni e aziende. Gli integratori sono responsabili del consenso dei propri utenti finali.`,
  [['/termini', 'Termini di servizio'], ['/documentazione', 'Docs'], ['https://t.me/vestizero_dev', 'Supporto Telegram']],
);
const vestizero: CorpusSite = {
  host: 'vestizero-api.test',
  lang: 'it',
  label: 'nudify',
  shape: 'api-reseller',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: "VestiZero API – L'API undress per sviluppatori e rivenditori",
      head:
        metaDescription("API per rimuovere i vestiti dalle foto con l'IA. Prezzi a chiamata da 0,028 €, nessun filtro NSFW, white-label per rivenditori.") +
        jsonLd({
          '@context': 'https://schema.org',
          '@type': 'WebAPI',
          name: 'VestiZero API',
          description: "API REST per l'elaborazione di immagini NSFW con intelligenza artificiale",
          documentation: 'https://vestizero-api.test/documentazione',
          provider: { '@type': 'Organization', name: 'VestiZero' },
        }),
      body: [
        vzNav,
        section(
          h1("VestiZero API – l'API undress per sviluppatori e rivenditori"),
          p(`Aggiungi la rimozione dei vestiti con intelligenza artificiale alla tua app, al tuo sito o al tuo bot Telegram con una sola chiamata HTTP. VestiZero rivende l'accesso ai migliori modelli undress sul mercato, con una latenza media di 4 secondi e prezzi a consumo, senza canone mensile.`),
          ul(
            'Endpoint REST <code>/v1/undress</code> e <code>/v1/nsfw-edit</code>',
            'Paghi solo le chiamate riuscite: da 0,028 € a immagine',
            'Nessun filtro sui contenuti: output NSFW 18+ in piena risoluzione',
            'Webhook, coda asincrona e SDK per Python, Node.js e PHP',
            'White-label: rivendi il servizio con il tuo marchio',
          ),
        ),
        section(
          h2('Un esempio'),
          '<pre><code>curl -X POST https://api.vestizero-api.test/v1/undress -H "Authorization: Bearer VZ_LIVE_xxx" -F image=@foto.jpg -F mode=full</code></pre>',
          p(`La risposta contiene l'URL dell'immagine elaborata, valido per 24 ore, e il numero di crediti rimasti.`),
        ),
        section(
          h2('Chi ci usa'),
          p(`Più di 600 bot Telegram, app Android e siti di "AI undress" usano la nostra API dietro le quinte. Se hai già un pubblico puoi essere online in un pomeriggio: noi pensiamo a GPU, scalabilità e aggiornamenti dei modelli, tu pensi ai clienti.`),
        ),
        section(
          h2('Pagamenti semplici'),
          p(`Ricarica il saldo in USDT, BTC o ETH a partire da 50 €. Fattura disponibile su richiesta per i clienti business. ${a('/prezzi', 'Vedi il listino')} oppure ${a('/documentazione', 'leggi la documentazione')}.`),
        ),
        vzFoot,
      ].join('\n'),
    },
    {
      path: '/prezzi',
      title: 'Prezzi a chiamata – VestiZero API',
      body: [
        vzNav,
        h1('Prezzi a consumo'),
        p('Nessun abbonamento: acquisti crediti e paghi solo le chiamate andate a buon fine. I crediti non scadono.'),
        priceTable(
          ['Piano', 'Volume mensile', 'Prezzo a chiamata'],
          [
            ['Pay-as-you-go', 'fino a 10.000', '0,045 €'],
            ['Volume', '10.000 – 100.000', '0,035 €'],
            ['Rivenditore', 'oltre 100.000', '0,028 €'],
            ['Supplemento "full NSFW HD"', 'qualsiasi', '+0,010 €'],
          ],
        ),
        p(`Ricarica minima 50 €. Pagamenti in criptovaluta con accredito automatico dopo una conferma di rete. Per volumi superiori al milione di chiamate contatta il nostro team su Telegram.`),
        cryptoCheckout(),
        vzFoot,
      ].join('\n'),
    },
    {
      path: '/documentazione',
      title: 'Documentazione API – VestiZero',
      body: [
        vzNav,
        h1('Documentazione'),
        h2('Autenticazione'),
        p("Ogni richiesta richiede l'header <code>Authorization: Bearer &lt;chiave&gt;</code>. Le chiavi si generano dalla dashboard."),
        h2('POST /v1/undress'),
        ul(
          '<code>image</code> – file JPG/PNG o URL, max 12 MB',
          '<code>mode</code> – <code>bikini</code>, <code>lingerie</code> o <code>full</code>',
          '<code>resolution</code> – <code>sd</code> (default) o <code>hd</code>',
          '<code>webhook_url</code> – opzionale, per la modalità asincrona',
        ),
        h2('Limiti ed errori'),
        p(`Il limite standard è di 20 richieste al secondo per chiave. Il codice 402 indica credito esaurito, il 422 un'immagine senza persone riconoscibili. Gli SDK ufficiali gestiscono automaticamente i tentativi ripetuti.`),
        vzFoot,
      ].join('\n'),
    },
    {
      path: '/white-label',
      title: 'Programma rivenditori – VestiZero',
      body: [
        vzNav,
        h1('Programma white-label'),
        p(`Vuoi lanciare la tua app "undress AI" o il tuo bot senza addestrare modelli? Con il programma rivenditori ottieni un endpoint dedicato sul tuo dominio, risultati senza il nostro marchio, un pannello per gestire i tuoi utenti e il prezzo più basso del listino. Molti partner rivendono i crediti a 0,20–0,50 € a immagine. Ti forniamo anche un modello di bot Telegram pronto all'uso e testi di marketing in sei lingue.`),
        button('Richiedi accesso rivenditore'),
        vzFoot,
      ].join('\n'),
    },
    {
      path: '/termini',
      title: 'Termini di servizio – VestiZero',
      body: [
        vzNav,
        h1('Termini di servizio'),
        p(`L'uso dell'API è consentito solo a maggiorenni e a società. Il cliente garantisce di avere il consenso delle persone raffigurate nelle immagini inviate e si assume ogni responsabilità per l'uso dei risultati. È vietato inviare immagini di minori. VestiZero non conserva le immagini oltre le 24 ore necessarie alla consegna. I crediti acquistati non sono rimborsabili. VestiZero può sospendere le chiavi in caso di abuso o di richieste delle autorità.`),
        vzFoot,
      ].join('\n'),
    },
  ],
};

/* ------------------------------------------------------------------ */
/* 7. pt · nudify · innocent-home — the claim sits on /modos, /planos  */
/* ------------------------------------------------------------------ */
const luNav = nav([['/', 'Início'], ['/modos', 'Modos'], ['/planos', 'Planos'], ['/perguntas-frequentes', 'Dúvidas'], ['/sobre', 'Sobre']], 'Lumina Foto IA');
const luFoot = footer(
  `© 2025 Lumina Foto IA · Feito com carinho em São Paulo.`,
  [['/sobre', 'Sobre nós'], ['/planos', 'Planos'], ['/perguntas-frequentes', 'Central de ajuda'], ['https://instagram.com/luminafoto.test', 'Instagram']],
);
const lumina: CorpusSite = {
  host: 'luminafoto-ia.test',
  lang: 'pt',
  label: 'nudify',
  shape: 'innocent-home',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'Lumina Foto IA – Estúdio de fotos com inteligência artificial',
      head: metaDescription('Retratos profissionais, remoção de fundo, restauração de fotos antigas e avatares com IA. Experimente grátis.') + gtag('G-LUMINA22BR') + oneTap('111111111111-lumina.apps.googleusercontent.com'),
      body: [
        luNav,
        cookieBanner('Usamos cookies para melhorar sua experiência, conforme a LGPD. Você pode mudar suas preferências a qualquer momento.', 'Aceitar', 'Configurar'),
        section(
          h1('Seu estúdio de fotos com IA, direto no celular'),
          p(`Transforme selfies comuns em retratos de estúdio em segundos. A Lumina usa inteligência artificial para corrigir a luz, remover o fundo, restaurar fotos antigas e criar avatares incríveis para as suas redes sociais. Sem instalar nada, sem precisar saber editar.`),
          upload('Envie sua foto', '/editar', 'Começar grátis'),
        ),
        section(
          h2('Tudo o que você precisa em um só lugar'),
          ul(
            'Retrato profissional para LinkedIn e currículo',
            'Removedor de fundo com um toque',
            'Restauração e colorização de fotos antigas da família',
            'Avatares em 30 estilos: anime, aquarela, cyberpunk e mais',
            'Aumento de resolução em até 4x sem perder nitidez',
          ),
          img(7, 'Exemplo de retrato criado com IA'),
        ),
        section(
          h2('Como funciona'),
          ol('Envie uma foto do seu rosto ou do seu corpo inteiro', 'Escolha um modo de edição', 'Baixe o resultado em alta resolução ou compartilhe direto no Instagram'),
        ),
        section(
          h2('Quem usa, recomenda'),
          blockquote('Fiz minha foto de perfil do LinkedIn em dois minutos. Ficou melhor que a do fotógrafo!', 'Juliana, Curitiba'),
          blockquote('Restaurei as fotos do casamento dos meus avós. Chorei de emoção.', 'Rafael, Recife'),
        ),
        section(
          h2('Comece de graça'),
          p(`Todo mundo ganha 5 edições gratuitas por dia. Quer mais modos e resolução máxima? ${a('/planos', 'Conheça os planos')} ou ${a('/modos', 'veja todos os modos')}.`),
        ),
        luFoot,
      ].join('\n'),
    },
    {
      path: '/modos',
      title: 'Modos de edição – Lumina Foto IA',
      body: [
        luNav,
        h1('Todos os modos'),
        h3('Modos gratuitos'),
        ul('Retrato de estúdio', 'Remover fundo', 'Restaurar foto antiga', 'Avatar artístico'),
        h3('Modos Premium'),
        ul(
          'Troca de roupa: vista qualquer look em segundos',
          '<strong>Provador+ (18+)</strong>: remova a roupa de qualquer foto com um clique',
          '<strong>Sem Censura (NSFW)</strong>: gere versões picantes das suas fotos, sem filtros',
          'Troca de rosto em fotos e vídeos curtos',
        ),
        p(`Os modos Provador+ e Sem Censura são exclusivos para maiores de 18 anos e ficam disponíveis apenas no plano Premium. Ao usá-los você confirma que tem autorização para editar a imagem enviada.`),
        luFoot,
      ].join('\n'),
    },
    {
      path: '/planos',
      title: 'Planos e preços – Lumina Foto IA',
      body: [
        luNav,
        h1('Escolha seu plano'),
        priceTable(
          ['Plano', 'Preço', 'O que inclui'],
          [
            ['Grátis', 'R$ 0', '5 edições por dia, modos básicos, marca d’água'],
            ['Plus', 'R$ 19,90/mês', 'Edições ilimitadas, troca de roupa, sem marca d’água'],
            ['Premium', 'R$ 39,90/mês', 'Tudo do Plus + Provador+ e Sem Censura (18+), 200 créditos NSFW'],
            ['Créditos avulsos', 'R$ 14,90', '50 créditos NSFW, sem assinatura'],
          ],
        ),
        p('Pague com Pix, cartão de crédito ou boleto. Cancele quando quiser, sem multa. A cobrança aparece na fatura como "LMN DIGITAL".'),
        stripe('pk_live_51LuminaFixture000TEST'),
        luFoot,
      ].join('\n'),
    },
    {
      path: '/perguntas-frequentes',
      title: 'Dúvidas frequentes – Lumina Foto IA',
      body: [
        luNav,
        faq('Dúvidas frequentes', [
          ['O modo Provador+ funciona com qualquer foto?', 'Sim. Funciona melhor com fotos bem iluminadas de uma pessoa só, de frente. Fotos de grupo também funcionam, mas com menos precisão.'],
          ['A pessoa da foto fica sabendo?', 'Não. Tudo é processado nos nossos servidores e nada é publicado. Só você vê o resultado.'],
          ['Os modos 18+ estão no plano grátis?', 'Não. Provador+ e Sem Censura são exclusivos do plano Premium ou dos créditos NSFW avulsos.'],
          ['Vocês guardam minhas fotos?', 'As fotos enviadas são apagadas automaticamente em 48 horas.'],
          ['Como cancelo?', 'Em Minha conta › Assinatura, a qualquer momento.'],
        ]),
        luFoot,
      ].join('\n'),
    },
    {
      path: '/sobre',
      title: 'Sobre a Lumina Foto IA',
      body: [
        luNav,
        h1('Sobre nós'),
        p(`A Lumina nasceu em 2023 com uma ideia simples: qualquer pessoa deveria ter acesso a um estúdio de fotografia profissional no bolso. Hoje somos uma equipe de 14 pessoas entre São Paulo e Lisboa, e mais de 900 mil usuários já editaram fotos com a gente. Trabalhamos com os modelos de IA mais modernos do mercado e lançamos novos modos todo mês. Fale com a gente pelo e-mail oi@luminafoto-ia.test.`),
        luFoot,
      ].join('\n'),
    },
  ],
};

/* ------------------------------------------------------------------ */
/* 8. en · directory · single-review — "Is Peelix AI safe?"            */
/* ------------------------------------------------------------------ */
const tvNav = nav([['/', 'Reviews'], ['/peelix-ai-pricing', 'Peelix pricing'], ['/how-we-review', 'How we review'], ['/affiliate-disclosure', 'Disclosure'], ['/contact', 'Contact']], 'AI Tool Verdict');
const tvFoot = footer(
  `© 2025 AI Tool Verdict. Independent reviews of AI apps. Some links are affiliate links: we may earn a commission at no extra cost to you.`,
  [['/affiliate-disclosure', 'Affiliate disclosure'], ['/how-we-review', 'Methodology'], ['/contact', 'Contact']],
);
const toolverdict: CorpusSite = {
  host: 'aitoolverdict.test',
  lang: 'en',
  label: 'directory',
  shape: 'single-review',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'Is Peelix AI Safe and Legit? Honest Review (2025) | AI Tool Verdict',
      head:
        metaDescription('Is Peelix AI safe, legit and worth the money? We tested the undress AI app for two weeks: features, pricing, privacy and alternatives.') +
        jsonLd({
          '@context': 'https://schema.org',
          '@type': 'Review',
          itemReviewed: { '@type': 'SoftwareApplication', name: 'Peelix AI', applicationCategory: 'Image editing' },
          reviewRating: { '@type': 'Rating', ratingValue: '7.6', bestRating: '10' },
          author: { '@type': 'Person', name: 'Mark Delaney' },
        }) +
        gtag('G-ATVREV77'),
      body: [
        tvNav,
        cookieBanner('We use cookies to analyse traffic and track affiliate referrals.', 'Accept all', 'Decline'),
        article(
          h1('Is Peelix AI Safe and Legit? Our Honest Review (2025)'),
          p('By Mark Delaney · Updated 3 June 2025 · 9 min read'),
          p(`Peelix AI is one of the most searched "undress AI" apps right now. It promises to remove clothes from any photo in seconds and recently added a face swap tool for NSFW videos. We bought a Pro plan, used it for two weeks and dug into its privacy policy, payments and refund process. Here is what we found.`),
          h2('Our verdict: 7.6 / 10'),
          ul(
            'Pros: fast results (about 10 seconds), decent quality on clear photos, 5 free credits',
            'Pros: accepts crypto and cards, works in the browser and on Telegram',
            'Cons: free results are blurred, support is slow, no refunds once credits are used',
            'Cons: privacy policy is vague about where images are stored',
          ),
          h2('What does Peelix AI do?'),
          p(`You upload a photo, choose a mode (swimwear, lingerie or full NSFW) and Peelix generates an edited version. A separate "Peelix Swap" tab lets you put a face into adult video templates. Everything is 18+ only and you have to tick a box confirming you have consent.`),
          h2('Is Peelix AI safe to use?'),
          p(`We found no malware and payments went through a standard crypto gateway. However, Peelix does not say in which country it is based, and deleting your account does not clearly delete your uploads. Keep in mind that creating intimate images of real people without their consent is illegal in many countries. Only use tools like this with images you have permission to edit.`),
          h2('Pricing at a glance'),
          priceTable(['Plan', 'Price', 'Credits'], [['Free', '$0', '5 (blurred)'], ['Basic', '$11.99', '40'], ['Pro', '$24.99 / month', '300']]),
          p(`${a('https://peelix-ai.test/?ref=atverdict', 'Visit Peelix AI →', 'rel="sponsored nofollow"')} · ${a('/peelix-ai-pricing', 'Full pricing breakdown')}`),
          h2('Peelix AI alternatives'),
          ul(
            `${a('https://clearlayer-ai.test/?ref=atverdict', 'ClearLayer AI', 'rel="sponsored"')} – better HD quality, slightly pricier`,
            `${a('https://vexa-undress.test/?aff=atv', 'Vexa Undress', 'rel="sponsored"')} – cheapest credits, Telegram only`,
            `${a('https://skinshift-ai.test/?ref=atverdict', 'SkinShift', 'rel="sponsored"')} – best for video face swap`,
          ),
        ),
        tvFoot,
      ].join('\n'),
    },
    {
      path: '/peelix-ai-pricing',
      title: 'Peelix AI Pricing Explained (2025) – Is Pro Worth It?',
      body: [
        tvNav,
        h1('Peelix AI pricing explained'),
        p(`Peelix AI uses a credit system. One credit processes one photo in standard quality; HD results and the NSFW video swap cost extra. Here is what each plan gets you and which one we recommend.`),
        priceTable(
          ['Plan', 'Price', 'Credits', 'Our take'],
          [
            ['Free', '$0', '5, results blurred', 'Enough to test, not to download'],
            ['Basic', '$11.99 one-off', '40', 'Good for occasional use'],
            ['Pro', '$24.99 / month', '300 + HD', 'Best value if you use it weekly'],
            ['Video add-on', '$9.99', '10 swaps', 'Only worth it for face swap fans'],
          ],
        ),
        p(`Use our link to get 10 % extra credits on your first purchase: ${a('https://peelix-ai.test/pricing?ref=atverdict&promo=VERDICT10', 'claim the Peelix AI deal', 'rel="sponsored nofollow"')}.`),
        tvFoot,
      ].join('\n'),
    },
    {
      path: '/how-we-review',
      title: 'How we review AI tools – AI Tool Verdict',
      body: [
        tvNav,
        h1('How we review'),
        p(`Every tool we cover is tested with paid accounts for at least one week. We score speed, output quality, pricing transparency, privacy policy, payment options and customer support, and we try to get a refund to see how the company reacts. We use stock photos of consenting models for testing, never photos of real people found online. Scores are updated when a tool changes its prices or features. Affiliate partnerships never change our scores.`),
        tvFoot,
      ].join('\n'),
    },
    {
      path: '/affiliate-disclosure',
      title: 'Affiliate disclosure – AI Tool Verdict',
      body: [
        tvNav,
        h1('Affiliate disclosure'),
        p(`AI Tool Verdict is reader-supported. When you click a link marked as sponsored and buy a plan, we may receive a commission from the tool provider, usually between 20 % and 40 % of your first payment. This does not cost you anything extra and sometimes gets you a discount. We do not accept payment for positive reviews, and tools cannot buy a higher position in our lists.`),
        tvFoot,
      ].join('\n'),
    },
    {
      path: '/contact',
      title: 'Contact – AI Tool Verdict',
      body: [
        tvNav,
        h1('Contact us'),
        p(`Found an error in a review, or want us to test a new AI tool? Email the editors at editors@aitoolverdict.test. Tool makers who want to be reviewed can send us a free test account, but please note that we always buy our own plan as well and publish our honest opinion. We reply to most messages within three working days.`),
        textForm('Your email', 'Subscribe to our newsletter', '/newsletter'),
        tvFoot,
      ].join('\n'),
    },
  ],
};

/* ------------------------------------------------------------------ */
/* 9. nl · directory · alternatives — "Kleedloos offline? alternatieven" */
/* ------------------------------------------------------------------ */
const aaNav = nav([['/', 'Alternatieven'], ['/gratis-opties', 'Gratis opties'], ['/kleedloos-offline', 'Waarom offline?'], ['/over-ons', 'Over ons']], 'AI Alternatief');
const aaFoot = footer(
  `© 2025 AI Alternatief · Wij vergelijken AI-tools. Links op deze site zijn soms affiliate-links; daarmee houden we de site gratis. 18+ onderwerpen zijn alleen voor volwassenen.`,
  [['/over-ons', 'Over ons'], ['/gratis-opties', 'Gratis opties'], ['/kleedloos-offline', 'Nieuws']],
);
const aiAlternatief: CorpusSite = {
  host: 'ai-alternatief.test',
  lang: 'nl',
  label: 'directory',
  shape: 'alternatives',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'Kleedloos offline? De 6 beste alternatieven in 2025',
      head: metaDescription('Kleedloos werkt niet meer? Wij testten de beste alternatieven voor uitkleed-AI en deepfake-apps. Prijzen, kwaliteit en gratis credits.'),
      body: [
        aaNav,
        cookieBanner('Deze site gebruikt cookies voor statistieken en om doorverwijzingen naar partners bij te houden.', 'Prima', 'Weigeren'),
        h1('Kleedloos offline? De 6 beste alternatieven in 2025'),
        p(`Sinds april is Kleedloos voor veel Nederlandse gebruikers niet meer bereikbaar. Geen nood: er zijn genoeg andere uitkleed-AI-tools die hetzelfde doen, vaak zelfs sneller en goedkoper. Wij probeerden ze allemaal en zetten de beste op een rij.`),
        article(
          h3('1. OntkleedPro – beste allrounder (9,1)'),
          p(`Werkt in de browser, levert binnen 10 seconden een resultaat en heeft een aparte NSFW-modus in HD. Nieuwe gebruikers krijgen 3 gratis credits. Betalen met iDEAL kan via een tussenpartij.`),
          p(a('https://ontkleedpro.test/?aff=aialt', 'Naar OntkleedPro →', 'rel="sponsored"')),
        ),
        article(
          h3('2. Velvra AI – beste kwaliteit (8,8)'),
          p(`De meest natuurlijke resultaten in onze test, ook bij lastige foto's. Iets duurder, maar met een weekabonnement vanaf € 6,99.`),
          p(a('https://velvra-ai.test/?ref=aialternatief', 'Probeer Velvra AI', 'rel="sponsored"')),
        ),
        article(
          h3('3. BlootBot – beste Telegram-bot (8,4)'),
          p(`Geen website nodig: stuur een foto naar de bot en je krijgt de uitgeklede versie terug. Betalen met Telegram Stars of crypto.`),
          p(a('https://t.me/BlootBot?start=aialt', '@BlootBot openen')),
        ),
        article(
          h3('4. Pixstrip – goedkoopste optie (7,9)'),
          p('Credits vanaf € 0,15 per foto. Kwaliteit is wisselend, maar voor de prijs prima.'),
          p(a('https://pixstrip.test/?aff=aialt', 'Bekijk Pixstrip', 'rel="sponsored"')),
        ),
        article(
          h3('5. SwapNacht – voor face swap video (7,7)'),
          p(`Geen fotobewerking maar deepfake-video's: zet een gezicht in 18+ clips. Spicy-sjablonen voor betalende leden.`),
          p(a('https://swapnacht.test/?ref=aialternatief', 'Naar SwapNacht', 'rel="sponsored"')),
        ),
        article(
          h3('6. Hushcam AI – app voor Android (7,2)'),
          p('Alleen als APK te downloaden, met een weekelijkse VIP-pas. Handig als je liever een app gebruikt.'),
          p(a('https://hushcam-ai.test/download?aff=aialt', 'Download Hushcam AI', 'rel="sponsored"')),
        ),
        aaFoot,
      ].join('\n'),
    },
    {
      path: '/gratis-opties',
      title: 'Gratis uitkleed-AI: welke alternatieven zijn echt gratis?',
      body: [
        aaNav,
        h1('Welke alternatieven zijn (bijna) gratis?'),
        p(`Echt gratis uitkleed-AI bestaat nauwelijks: de rekenkracht kost geld. Wel geven de meeste tools een paar gratis credits bij aanmelding. Een overzicht:`),
        ul(
          `${a('https://ontkleedpro.test/?aff=aialt', 'OntkleedPro')} – 3 gratis credits, resultaat in lage resolutie`,
          `${a('https://t.me/BlootBot?start=aialt', 'BlootBot')} – 2 gratis foto's, daarna Stars`,
          `${a('https://pixstrip.test/?aff=aialt', 'Pixstrip')} – elke dag 1 gratis foto met watermerk`,
          `${a('https://velvra-ai.test/?ref=aialternatief', 'Velvra AI')} – gratis proefdag bij het weekabonnement`,
        ),
        p('Let op: sites die "onbeperkt gratis" beloven, vragen vaak om een app te installeren of je gegevens. Wij raden die af.'),
        aaFoot,
      ].join('\n'),
    },
    {
      path: '/kleedloos-offline',
      title: 'Waarom is Kleedloos offline? Dit weten we',
      body: [
        aaNav,
        h1('Waarom is Kleedloos offline?'),
        p(`Sinds half april geeft Kleedloos bij veel gebruikers een foutmelding. Volgens berichten op Telegram heeft de hostingpartij de site offline gehaald na klachten, en heeft ook de betaalprovider de samenwerking stopgezet. Er circuleren "spiegelsites", maar die zijn niet officieel en sommige stelen inloggegevens. De makers hebben nog niet gezegd of de dienst terugkomt. Tot die tijd raden we een van de ${a('/', 'alternatieven uit onze lijst')} aan.`),
        aaFoot,
      ].join('\n'),
    },
    {
      path: '/over-ons',
      title: 'Over AI Alternatief',
      body: [
        aaNav,
        h1('Over ons'),
        p(`AI Alternatief is een klein team van twee techliefhebbers uit Eindhoven. We testen AI-tools die offline gaan, duur worden of slechter werken, en zoeken uit wat de beste vervangers zijn. Voor sommige tools ontvangen we een vergoeding als je via onze link een abonnement neemt. Dat heeft geen invloed op onze cijfers. Tips of vragen? Mail ons via redactie@ai-alternatief.test.`),
        aaFoot,
      ].join('\n'),
    },
  ],
};

/* ------------------------------------------------------------------ */
/* 10. da · directory · telegram-list — many t.me bots                 */
/* ------------------------------------------------------------------ */
const blNav = nav([['/', 'Top bots'], ['/nye-bots', 'Nye bots'], ['/deepfake-bots', 'Deepfake-bots'], ['/tilfoej-bot', 'Tilføj bot'], ['/om-botlisten', 'Om os']], 'Botlisten');
const blFoot = footer(
  `© 2025 Botlisten · Kun for voksne (18+). Vi driver ingen af bottene selv og er ikke tilknyttet Telegram.`,
  [['/tilfoej-bot', 'Tilføj din bot'], ['/om-botlisten', 'Om Botlisten'], ['https://t.me/botlisten_kanal', 'Vores kanal']],
);
const botlisten: CorpusSite = {
  host: 'botlisten.test',
  lang: 'da',
  label: 'directory',
  shape: 'telegram-list',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'De bedste undress-bots på Telegram (opdateret juni 2025) – Botlisten',
      head: metaDescription('Oversigt over de bedste AI undress-bots og NSFW-bots på Telegram. Testet og opdateret hver uge. Gratis credits og links.'),
      body: [
        blNav,
        h1('De bedste undress-bots på Telegram – opdateret juni 2025'),
        p(`Leder du efter en Telegram-bot, der kan fjerne tøj fra billeder med AI? Vi tester nye bots hver uge og fjerner dem, der er døde eller snyder. Her er de bots, der virker lige nu. Alle bots er kun for voksne over 18 år.`),
        ol(
          `${a('https://t.me/AfklaedBot?start=botlisten', '@AfklaedBot')} – dansk bot, 3 gratis billeder, modes: bikini, undertøj og NSFW`,
          `${a('https://t.me/NudeLensBot?start=ref_bl', '@NudeLensBot')} – hurtigst i testen, ca. 6 sekunder pr. billede`,
          `${a('https://t.me/StripAIbot?start=bl2025', '@StripAIbot')} – bedste kvalitet i HD, betaling med Stars`,
          `${a('https://t.me/KlaedeFriBot?start=botlisten', '@KlaedeFriBot')} – nordisk bot med support på dansk og svensk`,
          `${a('https://t.me/XrayCamBot?start=ref_bl', '@XrayCamBot')} – "røntgen"-effekt, billig VIP-uge`,
          `${a('https://t.me/UdenTojBot?start=botlisten', '@UdenTojBot')} – mange stilarter, også anime`,
          `${a('https://t.me/SpicyPixBot?start=bl', '@SpicyPixBot')} – NSFW-generator og afklædning i én bot`,
          `${a('https://t.me/NoegenAIbot?start=botlisten', '@NoegenAIbot')} – helt ny, 5 gratis credits i juni`,
        ),
        h2('Sådan vælger vi'),
        p(`Vi sender hver bot det samme testbillede af en model, der har givet samtykke, og vurderer hastighed, kvalitet, pris og om botten faktisk leverer efter betaling. Bots, der bliver lukket af Telegram, får et nyt link, så snart udvikleren melder en erstatning.`),
        h2('Tips før du betaler'),
        ul('Brug altid de gratis credits først', 'Betal med Telegram Stars frem for at sende krypto direkte', 'Pas på kopier med næsten samme navn – tjek brugernavnet'),
        p(`Se også ${a('/deepfake-bots', 'vores liste over deepfake- og face swap-bots')} og ${a('/nye-bots', 'ugens nye bots')}.`),
        blFoot,
      ].join('\n'),
    },
    {
      path: '/nye-bots',
      title: 'Nye undress- og NSFW-bots denne uge – Botlisten',
      body: [
        blNav,
        h1('Nye bots denne uge'),
        p('Disse bots er kommet til inden for de sidste syv dage. Vi har kun testet dem kort, så brug de gratis credits først.'),
        ul(
          `${a('https://t.me/NoegenAIbot?start=botlisten', '@NoegenAIbot')} – 5 gratis credits, dansk menu`,
          `${a('https://t.me/VeilOffBot?start=bl', '@VeilOffBot')} – erstatning for en lukket bot, gamle credits overføres`,
          `${a('https://t.me/BareMeAIbot?start=ref_bl', '@BareMeAIbot')} – kun krypto, men meget billig`,
          `${a('https://t.me/Pikant_AI_bot?start=botlisten', '@Pikant_AI_bot')} – NSFW-billeder ud fra tekst og foto`,
        ),
        blFoot,
      ].join('\n'),
    },
    {
      path: '/deepfake-bots',
      title: 'Deepfake- og face swap-bots til voksne – Botlisten',
      body: [
        blNav,
        h1('Deepfake- og face swap-bots (18+)'),
        p(`Vil du hellere bytte ansigter end afklæde billeder? Disse bots sætter et ansigt ind i videoer og billeder, også i voksenindhold. Resultaterne er bedst med et skarpt billede taget forfra.`),
        ul(
          `${a('https://t.me/SwapFaceXBot?start=botlisten', '@SwapFaceXBot')} – face swap i videoklip op til 60 sekunder`,
          `${a('https://t.me/DeepNordBot?start=bl', '@DeepNordBot')} – 18+ skabeloner og egne videoer`,
          `${a('https://t.me/FakeStarsBot?start=ref_bl', '@FakeStarsBot')} – kendte ansigter i færdige klip`,
        ),
        blFoot,
      ].join('\n'),
    },
    {
      path: '/tilfoej-bot',
      title: 'Tilføj din bot – Botlisten',
      body: [
        blNav,
        h1('Tilføj din bot'),
        p(`Har du lavet en undress-, NSFW- eller deepfake-bot? Send os brugernavnet og et par gratis credits til test, så vurderer vi den inden for en uge. Vi tager ikke betaling for at blive optaget, men du kan købe en fremhævet plads øverst på listen for 50 USDT om ugen. Bots, der snyder brugerne, bliver fjernet uden varsel.`),
        textForm('Botens brugernavn (@...)', 'Indsend', '/tilfoej-bot/send'),
        blFoot,
      ].join('\n'),
    },
    {
      path: '/om-botlisten',
      title: 'Om Botlisten',
      body: [
        blNav,
        h1('Om Botlisten'),
        p(`Botlisten startede som en tråd på et dansk forum, fordi det var svært at finde bots, der faktisk virkede. I dag besøger over 40.000 læsere siden hver måned. Vi driver ingen bots selv. Nogle links indeholder en henvisningskode, som giver os gratis credits eller en lille provision. Kontakt os via vores Telegram-kanal, hvis et link ikke virker.`),
        blFoot,
      ].join('\n'),
    },
  ],
};

/* ------------------------------------------------------------------ */
/* 11. es · directory · ranking — scored top list                      */
/* ------------------------------------------------------------------ */
const rkNav = nav([['/', 'Ranking'], ['/metodologia', 'Metodología'], ['/comparativa-de-precios', 'Precios'], ['/aviso-afiliados', 'Aviso de afiliados']], 'RankingIA');
const rkFoot = footer(
  `© 2025 RankingIA · Comparativas independientes de herramientas de inteligencia artificial. Contenido para mayores de 18 años. Algunos enlaces son de afiliado.`,
  [['/aviso-afiliados', 'Aviso de afiliados'], ['/metodologia', 'Cómo puntuamos'], ['/comparativa-de-precios', 'Comparativa']],
);
const rankingia: CorpusSite = {
  host: 'rankingia-top.test',
  lang: 'es',
  label: 'directory',
  shape: 'ranking',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'Ranking 2025: las 8 mejores IA para desnudar fotos',
      head:
        metaDescription('Ranking actualizado de las mejores apps de IA para quitar la ropa de fotos y hacer deepfakes. Notas, precios y pruebas gratis.') +
        jsonLd({
          '@context': 'https://schema.org',
          '@type': 'ItemList',
          name: 'Mejores IA para desnudar fotos 2025',
          itemListElement: [
            { '@type': 'ListItem', position: 1, name: 'DesvestIA' },
            { '@type': 'ListItem', position: 2, name: 'NudaLab' },
            { '@type': 'ListItem', position: 3, name: 'Quitaropa AI' },
          ],
        }) +
        gtag('G-RKIA2025'),
      body: [
        rkNav,
        cookieBanner('Utilizamos cookies propias y de terceros para analizar el tráfico y registrar las visitas de afiliados.', 'Aceptar', 'Rechazar'),
        h1('Ranking 2025: las 8 mejores IA para desnudar fotos'),
        p(`Hemos probado más de 30 herramientas para quitar la ropa de fotos con inteligencia artificial. Estas son las ocho que mejor funcionan este mes, ordenadas por nuestra nota global: calidad, velocidad, precio y privacidad.`),
        priceTable(
          ['#', 'Herramienta', 'Nota', 'Desde', 'Prueba gratis'],
          [
            ['1', a('https://desvestia.test/?aff=rk25', 'DesvestIA'), '9,3', '9,99 €', '3 fotos'],
            ['2', a('https://nudalab.test/?ref=rankingia', 'NudaLab'), '9,0', '12 €', '2 fotos'],
            ['3', a('https://quitaropa-ai.test/?aff=rk25', 'Quitaropa AI'), '8,7', '7,50 €', 'Sí'],
            ['4', a('https://t.me/DesnudaBot?start=rk25', 'DesnudaBot (Telegram)'), '8,5', '150 Stars', '1 foto'],
            ['5', a('https://pielia.test/?ref=rankingia', 'PielIA'), '8,1', '5 €', 'No'],
            ['6', a('https://carafalsa.test/?aff=rk25', 'CaraFalsa (deepfakes 18+)'), '7,9', '14,99 €', '1 vídeo'],
            ['7', a('https://sinropa-app.test/?aff=rk25', 'SinRopa App (APK)'), '7,4', '3,99 €/semana', '3 días'],
            ['8', a('https://xvisor-ai.test/?ref=rankingia', 'XVisor AI'), '7,0', '6 €', 'Sí'],
          ],
        ),
        h2('1. DesvestIA – la mejor en general'),
        p(`Resultados realistas en unos 8 segundos, modo NSFW en HD y pago con tarjeta o cripto. Es la que mejor respeta la pose y la luz de la foto original. ${a('https://desvestia.test/?aff=rk25', 'Probar DesvestIA gratis', 'rel="sponsored"')}.`),
        h2('2. NudaLab – la mejor calidad en HD'),
        p(`Algo más cara, pero con la mejor resolución del ranking y un editor para retocar el resultado. ${a('https://nudalab.test/?ref=rankingia', 'Ir a NudaLab', 'rel="sponsored"')}.`),
        h2('3. Quitaropa AI – la más barata'),
        p(`Créditos desde 0,19 € por foto y sin suscripción. Ideal si solo la vas a usar de vez en cuando. ${a('https://quitaropa-ai.test/?aff=rk25', 'Ver Quitaropa AI', 'rel="sponsored"')}.`),
        p(`¿Buscas vídeos? Mira nuestra ${a('/comparativa-de-precios', 'comparativa de precios')} con las herramientas de deepfake.`),
        rkFoot,
      ].join('\n'),
    },
    {
      path: '/metodologia',
      title: 'Metodología – cómo puntuamos en RankingIA',
      body: [
        rkNav,
        h1('Cómo puntuamos'),
        p(`Cada herramienta recibe una nota de 0 a 10 basada en cinco criterios: calidad del resultado (35 %), velocidad (15 %), precio por imagen (20 %), privacidad y borrado de datos (20 %) y facilidad de uso (10 %). Usamos siempre el mismo conjunto de imágenes de prueba con modelos profesionales que han dado su consentimiento. Repetimos las pruebas cada mes y bajamos la nota a las herramientas que dejan de funcionar o cambian sus precios sin avisar.`),
        rkFoot,
      ].join('\n'),
    },
    {
      path: '/comparativa-de-precios',
      title: 'Comparativa de precios de IA para desnudar y deepfakes',
      body: [
        rkNav,
        h1('Comparativa de precios'),
        priceTable(
          ['Herramienta', 'Precio por foto', 'Suscripción', 'Pago'],
          [
            ['DesvestIA', '0,25 €', '19,99 €/mes', 'Tarjeta, cripto'],
            ['NudaLab', '0,40 €', '29 €/mes', 'Cripto'],
            ['Quitaropa AI', '0,19 €', 'No', 'Tarjeta, PayPal'],
            ['CaraFalsa', '1,50 € por vídeo', '14,99 €/mes', 'Cripto'],
            ['SinRopa App', '—', '3,99 €/semana', 'Google Play, APK'],
          ],
        ),
        p('Los precios se revisaron el 1 de junio de 2025 y pueden cambiar. Los enlaces del ranking incluyen descuentos exclusivos para lectores.'),
        rkFoot,
      ].join('\n'),
    },
    {
      path: '/aviso-afiliados',
      title: 'Aviso de afiliados – RankingIA',
      body: [
        rkNav,
        h1('Aviso de afiliados'),
        p(`RankingIA se financia mediante enlaces de afiliado. Si te registras o compras créditos a través de nuestros enlaces, la herramienta puede pagarnos una comisión. Esto no cambia el precio que pagas. Las posiciones del ranking no se venden: se basan únicamente en nuestras pruebas. Recuerda que crear imágenes íntimas de otra persona sin su permiso puede ser delito; usa estas herramientas solo con imágenes propias o autorizadas.`),
        rkFoot,
      ].join('\n'),
    },
  ],
};

/* ------------------------------------------------------------------ */
/* 12. nl · unrelated · victim-help — help line for victims           */
/* ------------------------------------------------------------------ */
const bvNav = nav(
  [['/', 'Home'], ['/wat-kun-je-doen', 'Wat kun je doen?'], ['/beelden-laten-verwijderen', 'Beelden verwijderen'], ['/aangifte-doen', 'Aangifte doen'], ['/voor-ouders', 'Voor ouders'], ['/contact', 'Contact']],
  'Stichting Fotoschild',
);
const bvFoot = footer(
  `Stichting Fotoschild · KvK 00000000 · ANBI-erkend · Hulp is gratis, anoniem en vertrouwelijk.`,
  [['/contact', 'Contact'], ['/voor-ouders', 'Voor ouders en scholen'], ['/doneren', 'Doneren'], ['/privacy', 'Privacy']],
);
const beeldveilig: CorpusSite = {
  host: 'fotoschild-hulplijn.test',
  lang: 'nl',
  label: 'unrelated',
  shape: 'victim-help',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'Stichting Fotoschild – hulp bij nepnaaktbeelden en deepfakes',
      head:
        metaDescription('Is er een nepnaaktfoto of deepfake van jou gemaakt met een uitkleed-app? Stichting Fotoschild helpt gratis en anoniem bij verwijderen en aangifte.') +
        jsonLd({
          '@context': 'https://schema.org',
          '@type': 'NGO',
          name: 'Stichting Fotoschild',
          url: 'https://fotoschild-hulplijn.test/',
          contactPoint: { '@type': 'ContactPoint', telephone: '+31-800-0000000', contactType: 'helpline', availableLanguage: ['nl', 'en'] },
        }),
      body: [
        bvNav,
        cookieBanner('Wij gebruiken alleen functionele cookies. Er worden geen gegevens gedeeld met adverteerders.', 'Begrepen'),
        section(
          h1('Is er een nepnaaktfoto of deepfake van jou gemaakt?'),
          p(`Je bent niet de enige, en het is niet jouw schuld. Steeds vaker worden gewone foto's van Instagram, TikTok of de klassenapp door zogeheten uitkleed-apps of nudify-apps omgezet in nepnaaktbeelden. Ook deepfakevideo's, waarin iemands gezicht in seksuele video's wordt geplakt, komen steeds vaker voor. Dat is een vorm van beeldmisbruik, ook als de beelden "nep" zijn.`),
          p(`<strong>Direct hulp nodig?</strong> Chat met ons via ${a('/contact', 'de chat')} of bel gratis 0800-000 0000 (ma–vr 9–21 uur, za 12–17 uur).`),
        ),
        section(
          h2('Wat wij voor je doen'),
          ul(
            'Gratis en anoniem advies, ook als je niet zeker weet of er beelden rondgaan',
            'Hulp bij het offline halen van beelden bij platforms, websites en zoekmachines',
            'Uitleg en ondersteuning bij het doen van aangifte bij de politie',
            'Doorverwijzing naar juridische hulp en slachtofferhulp',
            'Voorlichting aan scholen, ouders en jongerenwerkers',
          ),
        ),
        section(
          h2('Maken en verspreiden is strafbaar'),
          p(`In Nederland valt het maken en verspreiden van seksuele beelden van iemand zonder toestemming onder artikel 139h van het Wetboek van Strafrecht. Dat geldt ook voor beelden die met AI zijn gemaakt. Bewaar daarom bewijs voordat je iets laat verwijderen: ${a('/wat-kun-je-doen', 'lees hier hoe je dat veilig doet')}.`),
        ),
        section(
          h2('Jongeren en ouders'),
          p(`Ben je jonger dan 18? Dan gelden extra regels en is snelle verwijdering nog belangrijker. Ouders en docenten vinden uitleg op de pagina ${a('/voor-ouders', 'Voor ouders')}.`),
          blockquote('Ik durfde het eerst aan niemand te vertellen. Binnen een week waren de beelden van de site af.', 'Lisa (17), via de chat'),
        ),
        bvFoot,
      ].join('\n'),
    },
    {
      path: '/wat-kun-je-doen',
      title: 'Wat kun je doen? – Stichting Fotoschild',
      body: [
        bvNav,
        h1('Wat kun je doen?'),
        ol(
          'Blijf rustig en praat erover met iemand die je vertrouwt, of met ons.',
          'Leg bewijs vast: maak screenshots van de beelden, de link (URL), de gebruikersnaam van de verspreider en de datum. Stuur de beelden zelf niet door.',
          'Meld de beelden bij het platform waar ze staan. Bijna alle sociale media hebben een meldknop voor intieme beelden zonder toestemming.',
          'Laat de beelden verwijderen bij websites en zoekmachines; wij helpen je daarbij.',
          'Overweeg aangifte bij de politie. Dat kan ook later nog.',
        ),
        p(`Betaal nooit als iemand geld eist om beelden te verwijderen of niet te verspreiden. Neem in dat geval direct contact met ons op.`),
        bvFoot,
      ].join('\n'),
    },
    {
      path: '/beelden-laten-verwijderen',
      title: 'Beelden laten verwijderen – Stichting Fotoschild',
      body: [
        bvNav,
        h1('Beelden laten verwijderen'),
        p(`Wij sturen namens jou verwijderverzoeken naar platforms, hostingbedrijven en zoekmachines. Veel diensten reageren binnen 24 tot 72 uur. Voor websites die met opzet nepnaaktbeelden of deepfakes verspreiden, zoals sommige "tube"-sites of Telegram-kanalen, werken we samen met meldpunten en de hostingbedrijven achter die sites. Je hoeft de beelden daarvoor niet zelf opnieuw te bekijken: een link of screenshot is genoeg.`),
        button('Start een verwijderverzoek'),
        bvFoot,
      ].join('\n'),
    },
    {
      path: '/aangifte-doen',
      title: 'Aangifte doen – Stichting Fotoschild',
      body: [
        bvNav,
        h1('Aangifte doen bij de politie'),
        p(`Je kunt aangifte doen op een politiebureau of een afspraak maken via 0900-8844. Neem het bewijs mee dat je hebt verzameld. Vraag naar een agent die ervaring heeft met zedenzaken of online beeldmisbruik. Je mag iemand meenemen voor steun. Wil je eerst weten wat je kunt verwachten? Onze hulpverleners bereiden het gesprek graag met je voor en kunnen, als je wilt, met je meegaan.`),
        bvFoot,
      ].join('\n'),
    },
    {
      path: '/voor-ouders',
      title: 'Voor ouders en scholen – Stichting Fotoschild',
      body: [
        bvNav,
        h1('Voor ouders en scholen'),
        p(`Uitkleed-apps worden ook op middelbare scholen gebruikt, vaak "voor de grap". Voor het kind van wie een nepnaaktfoto rondgaat, is het allesbehalve een grap. Reageer zonder verwijten, leg bewijs vast en neem contact op met de school en met ons. Scholen kunnen een gratis gastles aanvragen over deepfakes, toestemming en online beeldmisbruik, en ontvangen een stappenplan voor als er op school beelden rondgaan.`),
        bvFoot,
      ].join('\n'),
    },
    {
      path: '/contact',
      title: 'Contact – Stichting Fotoschild',
      body: [
        bvNav,
        h1('Contact'),
        p(`Je kunt ons anoniem bereiken. Chat: maandag tot en met vrijdag van 9 tot 21 uur en zaterdag van 12 tot 17 uur. Telefoon: 0800-000 0000 (gratis). E-mail: hulp@fotoschild-hulplijn.test. Buiten openingstijden kun je een bericht achterlaten; we reageren de volgende werkdag. Bij direct gevaar bel je altijd 112.`),
        bvFoot,
      ].join('\n'),
    },
  ],
};

/* ------------------------------------------------------------------ */
/* 13. en · unrelated · moderation-tool — detects nudity to block it   */
/* ------------------------------------------------------------------ */
const cgNav = nav([['/', 'Product'], ['/pricing', 'Pricing'], ['/docs', 'Docs'], ['/trust', 'Trust & safety'], ['/contact-sales', 'Contact sales']], 'ClearGuard Vision');
const cgFoot = footer(
  `© 2025 ClearGuard Vision Ltd. Content moderation infrastructure for online platforms. SOC 2 Type II · GDPR · DSA-ready.`,
  [['/trust', 'Trust center'], ['/docs', 'API docs'], ['/pricing', 'Pricing'], ['/contact-sales', 'Contact']],
);
const clearguard: CorpusSite = {
  host: 'clearguard-vision.test',
  lang: 'en',
  label: 'unrelated',
  shape: 'moderation-tool',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'ClearGuard Vision – NSFW detection and deepfake moderation API',
      head:
        metaDescription('ClearGuard Vision detects nudity, explicit content and AI-generated undress deepfakes in images and video, so your platform can block them before they go live.') +
        jsonLd({
          '@context': 'https://schema.org',
          '@type': 'SoftwareApplication',
          name: 'ClearGuard Vision',
          applicationCategory: 'BusinessApplication',
          offers: { '@type': 'Offer', price: '0.0008', priceCurrency: 'USD' },
        }) +
        gtag('G-CGV0NSFW'),
      body: [
        cgNav,
        cookieBanner('We use cookies to run this website and understand how it is used.', 'Accept', 'Reject non-essential'),
        section(
          h1('Stop explicit uploads before they go live'),
          p(`ClearGuard Vision is a content moderation API that detects nudity, explicit imagery and AI-manipulated "undress" deepfakes in images and video. Dating apps, marketplaces, school platforms and social networks use it to block unwanted content automatically and route edge cases to human moderators.`),
          button('Start free trial'),
          img(4, 'Moderation dashboard'),
        ),
        section(
          h2('What we detect'),
          ul(
            'Nudity and explicit content, with separate scores for partial and full exposure',
            'Output of nudify and "clothes remover" apps, including typical artefacts of AI undressing',
            'Face-swap and deepfake manipulation in photos and short videos',
            'Suggestive content for stricter policies (e.g. apps for teenagers)',
            'Known abusive images via hash matching with industry hash lists',
          ),
        ),
        section(
          h2('Built for trust & safety teams'),
          p(`Set your own thresholds per category, get a decision in under 150 ms, and review flagged items in our moderation queue. Every decision is logged for transparency reporting under the EU Digital Services Act and the UK Online Safety Act.`),
        ),
        section(
          h2('Trusted by 300+ platforms'),
          blockquote('ClearGuard cut the number of explicit images reaching our users by 97 % in the first month.', 'Head of Trust & Safety, a European dating app'),
        ),
        section(
          h2('Simple, usage-based pricing'),
          p(`Start with 10,000 free image checks. ${a('/pricing', 'See pricing')} or ${a('/docs', 'read the docs')}.`),
        ),
        cgFoot,
      ].join('\n'),
    },
    {
      path: '/pricing',
      title: 'Pricing – ClearGuard Vision',
      body: [
        cgNav,
        h1('Pricing'),
        priceTable(
          ['Plan', 'Price', 'Includes'],
          [
            ['Free', '$0', '10,000 image checks per month, nudity model only'],
            ['Growth', '$0.0008 per image', 'All models incl. deepfake and undress-artefact detection, moderation queue'],
            ['Video', '$0.004 per second', 'Frame sampling, audio transcript checks'],
            ['Enterprise', 'Custom', 'On-premise option, SLA 99.95 %, dedicated support'],
          ],
        ),
        p('Self-serve plans are billed monthly by card. Enterprise customers can pay by invoice.'),
        stripe('pk_live_51ClearGuardFixtureTEST'),
        cgFoot,
      ].join('\n'),
    },
    {
      path: '/docs',
      title: 'API documentation – ClearGuard Vision',
      body: [
        cgNav,
        h1('API documentation'),
        p('Send an image URL or file to the moderation endpoint and receive scores between 0 and 1 for each category.'),
        '<pre><code>POST https://api.clearguard-vision.test/v2/moderate\n{ "image_url": "https://example.test/upload.jpg", "models": ["nudity", "deepfake", "undress_artifacts"] }</code></pre>',
        p(`The response contains a <code>decision</code> field (<code>allow</code>, <code>review</code> or <code>block</code>) based on the thresholds you set in the dashboard. Images are processed in memory and are not stored unless you enable the review queue.`),
        cgFoot,
      ].join('\n'),
    },
    {
      path: '/trust',
      title: 'Trust & safety – ClearGuard Vision',
      body: [
        cgNav,
        h1('Trust & safety'),
        p(`We built ClearGuard because non-consensual intimate imagery, including images made with nudify apps, causes real harm. We never use customer images to train models without written consent, we do not generate or edit images, and we report child sexual abuse material to the competent authorities as required by law. Our models are audited twice a year for bias across skin tones and body types.`),
        cgFoot,
      ].join('\n'),
    },
    {
      path: '/contact-sales',
      title: 'Contact sales – ClearGuard Vision',
      body: [
        cgNav,
        h1('Talk to our team'),
        p(`Tell us about your platform and moderation needs, and a solutions engineer will get back to you within one business day. We can run a free pilot on a sample of your historical uploads to show detection rates before you commit.`),
        orderForm(['Work email', 'Company', 'Monthly uploads (approx.)', 'What do you need to detect?'], 'Request a demo'),
        cgFoot,
      ].join('\n'),
    },
  ],
};

/* ------------------------------------------------------------------ */
/* 14. de · unrelated · law-firm — media law, deepfake takedowns       */
/* ------------------------------------------------------------------ */
const kbNav = nav([['/', 'Kanzlei'], ['/deepfakes-loeschen-lassen', 'Deepfakes löschen'], ['/kosten', 'Kosten'], ['/team', 'Team'], ['/impressum', 'Impressum']], 'Brandt & Yilmaz Rechtsanwälte');
const kbFoot = footer(
  `Brandt & Yilmaz Rechtsanwälte PartG mbB · Medienrecht · Persönlichkeitsrecht · IT-Recht · Köln`,
  [['/impressum', 'Impressum'], ['/impressum#datenschutz', 'Datenschutz'], ['/kosten', 'Kosten'], ['/team', 'Team']],
);
const kanzlei: CorpusSite = {
  host: 'kanzlei-brandt-medienrecht.test',
  lang: 'de',
  label: 'unrelated',
  shape: 'law-firm',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'Deepfake oder Fake-Nacktbild im Netz? | Brandt & Yilmaz Rechtsanwälte',
      head:
        metaDescription('Kanzlei für Medienrecht: Wir lassen Deepfakes und mit „Nudify“-Apps erstellte Fake-Nacktbilder löschen und setzen Unterlassung und Schadensersatz durch.') +
        jsonLd({
          '@context': 'https://schema.org',
          '@type': 'LegalService',
          name: 'Brandt & Yilmaz Rechtsanwälte',
          address: { '@type': 'PostalAddress', addressLocality: 'Köln', addressCountry: 'DE' },
          areaServed: 'DE',
          knowsAbout: ['Medienrecht', 'Persönlichkeitsrecht', 'Deepfakes'],
        }),
      body: [
        kbNav,
        cookieBanner('Diese Website verwendet nur technisch notwendige Cookies.', 'OK'),
        section(
          h1('Deepfake oder Fake-Nacktbild im Netz? Wir lassen es löschen.'),
          p(`Immer häufiger werden harmlose Fotos aus sozialen Netzwerken mit sogenannten „Nudify“- oder „Undress“-Apps manipuliert oder Gesichter per Deepfake in pornografische Videos montiert. Für Betroffene ist das ein massiver Eingriff in ihr Persönlichkeitsrecht. Unsere Kanzlei ist auf Medien- und Persönlichkeitsrecht spezialisiert und geht schnell und konsequent gegen Plattformen, Seitenbetreiber und Verbreiter vor.`),
        ),
        section(
          h2('Unsere Leistungen'),
          ul(
            'Löschung bei Plattformen, Hostern und Suchmaschinen (Notice-and-Takedown, DSA-Meldeverfahren)',
            'Abmahnung und Unterlassungsanspruch gegen Verbreiter',
            'Geldentschädigung und Schadensersatz',
            'Begleitung im Strafverfahren und Nebenklage',
            'Auskunftsansprüche gegen Plattformen zur Identifizierung anonymer Täter',
          ),
        ),
        section(
          h2('Rechtliche Grundlagen'),
          p(`Betroffene können sich unter anderem auf das allgemeine Persönlichkeitsrecht, das Recht am eigenen Bild nach dem Kunsturhebergesetz (KUG) und die Pflichten der Plattformen nach dem Digital Services Act stützen. Je nach Fall kommen auch Straftatbestände in Betracht. Wir prüfen Ihren Fall und sagen Ihnen offen, welche Schritte sinnvoll sind.`),
        ),
        section(
          h2('Schnell handeln'),
          p(`Je früher Inhalte gemeldet werden, desto geringer ist die Verbreitung. Sichern Sie Links und Screenshots und kontaktieren Sie uns. Das Erstgespräch ist für Betroffene kostenlos. ${a('/deepfakes-loeschen-lassen', 'So gehen wir vor')}.`),
          p('Telefon: 0221 000 000 · E-Mail: kanzlei@kanzlei-brandt-medienrecht.test'),
        ),
        kbFoot,
      ].join('\n'),
    },
    {
      path: '/deepfakes-loeschen-lassen',
      title: 'Deepfakes löschen lassen – so gehen wir vor',
      body: [
        kbNav,
        h1('Deepfakes und Fake-Nacktbilder löschen lassen'),
        ol(
          'Kostenloses Erstgespräch und Sicherung der Beweise (Links, Screenshots, Zeitpunkte)',
          'Meldung an Plattformen und Hoster mit anwaltlicher Fristsetzung',
          'Bei Bedarf Antrag auf einstweilige Verfügung gegen Betreiber und Verbreiter',
          'Entfernung aus den Suchergebnissen und Monitoring auf erneute Uploads',
          'Durchsetzung von Geldentschädigung, sofern die Täter ermittelbar sind',
        ),
        p(`Auch gegen Betreiber von Deepfake-Portalen und Telegram-Kanälen mit Sitz im Ausland können wir oft über Hoster, Zahlungsdienstleister und Domain-Registrare vorgehen.`),
        kbFoot,
      ].join('\n'),
    },
    {
      path: '/kosten',
      title: 'Kosten – Brandt & Yilmaz Rechtsanwälte',
      body: [
        kbNav,
        h1('Was kostet die Beauftragung?'),
        p(`Das Erstgespräch ist für Betroffene von Deepfakes und Fake-Nacktbildern kostenlos. Für die Löschung bei Plattformen bieten wir ein Pauschalhonorar ab 490 € netto an. Bei Abmahnungen trägt in vielen Fällen der Verletzer die Anwaltskosten. Eine Rechtsschutzversicherung übernimmt die Kosten je nach Tarif. Wir informieren Sie vor jedem Schritt transparent über die voraussichtlichen Kosten.`),
        kbFoot,
      ].join('\n'),
    },
    {
      path: '/team',
      title: 'Team – Brandt & Yilmaz Rechtsanwälte',
      body: [
        kbNav,
        h1('Unser Team'),
        ul(
          'Dr. Katrin Brandt – Fachanwältin für Urheber- und Medienrecht, Schwerpunkt Persönlichkeitsrecht',
          'Deniz Yilmaz – Rechtsanwalt, Schwerpunkt IT-Recht und Plattformregulierung',
          'Sophie Kremer – Rechtsanwältin, Opferschutz und Nebenklage',
        ),
        p(`Wir arbeiten eng mit Beratungsstellen für Betroffene digitaler Gewalt zusammen und halten Vorträge an Schulen und Hochschulen über Deepfakes und Bildrechte.`),
        kbFoot,
      ].join('\n'),
    },
    {
      path: '/impressum',
      title: 'Impressum – Brandt & Yilmaz Rechtsanwälte',
      body: [
        kbNav,
        h1('Impressum'),
        p(`Brandt & Yilmaz Rechtsanwälte PartG mbB, Musterstraße 12, 50667 Köln. Partnerschaftsregister Amtsgericht Essen PR 0000. Vertreten durch die Partner Dr. Katrin Brandt und Deniz Yilmaz. Zuständige Kammer: Rechtsanwaltskammer Köln. Berufsbezeichnung: Rechtsanwalt/Rechtsanwältin, verliehen in der Bundesrepublik Deutschland. Berufshaftpflichtversicherung gemäß § 51a BRAO.`),
        `<h2 id="datenschutz">Datenschutz</h2>`,
        p('Wir verarbeiten Ihre Daten ausschließlich zur Bearbeitung Ihrer Anfrage und unterliegen der anwaltlichen Schweigepflicht.'),
        kbFoot,
      ].join('\n'),
    },
  ],
};

/* ------------------------------------------------------------------ */
/* 15. fr · unrelated · fact-check — investigation into undress apps   */
/* ------------------------------------------------------------------ */
const vnNav = nav([['/', 'À la une'], ['/enquete-applis-deshabillage', 'Enquêtes'], ['/methodologie', 'Notre méthode'], ['/nous-contacter', 'Nous contacter']], 'Vérif’ Numérique');
const vnFoot = footer(
  `© 2025 Vérif’ Numérique – Média indépendant de vérification. Signataire de la charte internationale du fact-checking.`,
  [['/methodologie', 'Méthodologie'], ['/nous-contacter', 'Contact'], ['/nous-contacter#corrections', 'Corrections']],
);
const verifNumerique: CorpusSite = {
  host: 'verif-numerique.test',
  lang: 'fr',
  label: 'unrelated',
  shape: 'fact-check',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'Vérif’ Numérique – Fact-checking des arnaques et manipulations en ligne',
      head: metaDescription('Vérif’ Numérique vérifie les rumeurs, arnaques, deepfakes et images manipulées qui circulent en ligne.'),
      body: [
        vnNav,
        cookieBanner('Nous utilisons une mesure d’audience anonyme, sans publicité ciblée.', 'Accepter', 'Refuser'),
        h1('Vérif’ Numérique : on vérifie ce qui circule'),
        p(`Vidéos truquées, fausses promotions, images générées par IA : chaque semaine, notre rédaction vérifie les contenus qui vous sont le plus souvent signalés et explique comment les reconnaître.`),
        article(
          h2(a('/enquete-applis-deshabillage', 'Enquête : derrière les applis qui « déshabillent » les photos, un business bien rodé')),
          p(`Publicités sur les réseaux sociaux, bots Telegram, paiements en cryptomonnaies : nous avons suivi la piste de ces services d’IA qui promettent de « retirer les vêtements de n’importe quelle photo ». Leurs premières victimes sont des femmes et des adolescentes.`),
        ),
        article(
          h2('Non, cette vidéo d’un ministre annonçant la fin du télétravail n’est pas réelle'),
          p(`La séquence partagée plus de 40 000 fois est un deepfake : la voix est synthétique et les mouvements des lèvres ne correspondent pas. Nous expliquons les indices qui le prouvent.`),
        ),
        article(
          h2('Faux jeu-concours : la carte cadeau de 500 € d’une enseigne de supermarché est une arnaque'),
          p('Le message renvoie vers un site qui collecte vos coordonnées bancaires. L’enseigne confirme ne pas être à l’origine de l’opération.'),
        ),
        article(
          h2('Cette photo d’inondation à Lyon date en réalité de 2016'),
          p('Une recherche d’image inversée montre que le cliché a été pris dans un autre pays il y a près de dix ans.'),
        ),
        section(
          h2('Signalez-nous un contenu douteux'),
          p(`Vous avez un doute sur une image, une vidéo ou une publicité ? ${a('/nous-contacter', 'Envoyez-la à la rédaction')}. Nous répondons à toutes les demandes.`),
          textForm('Votre adresse e-mail', 'Recevoir la lettre hebdomadaire', '/newsletter'),
        ),
        vnFoot,
      ].join('\n'),
    },
    {
      path: '/enquete-applis-deshabillage',
      title: 'Enquête : les applis qui « déshabillent » les photos – Vérif’ Numérique',
      head: jsonLd({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: 'Derrière les applis qui « déshabillent » les photos, un business bien rodé',
        datePublished: '2025-05-14',
        author: { '@type': 'Person', name: 'Claire Morvan' },
        publisher: { '@type': 'Organization', name: 'Vérif’ Numérique' },
      }),
      body: [
        vnNav,
        article(
          h1('Derrière les applis qui « déshabillent » les photos, un business bien rodé'),
          p('Par Claire Morvan · 14 mai 2025'),
          p(`« Déshabillez n’importe qui en un clic », « mode NSFW illimité », « 18+ seulement » : pendant trois mois, nous avons recensé plus de 60 sites, applications et bots Telegram qui proposent de créer de fausses images intimes à partir d’une simple photo. La plupart fonctionnent avec des crédits, payables par carte via des intermédiaires ou en cryptomonnaies, et changent régulièrement de nom de domaine lorsqu’ils sont bloqués.`),
          p(`Ces services se présentent souvent comme des outils de « divertissement » et ajoutent une case à cocher sur le consentement. Dans les faits, aucun contrôle n’est effectué. Les associations d’aide aux victimes constatent une hausse des signalements, notamment dans les collèges et lycées.`),
          h2('Que dit la loi ?'),
          p(`En France, la loi du 21 mai 2024 visant à sécuriser et réguler l’espace numérique (SREN) a renforcé la répression des montages, notamment ceux à caractère sexuel réalisés sans consentement. Les victimes peuvent porter plainte et demander le retrait des contenus auprès des plateformes.`),
          h2('Notre verdict'),
          p('Ces applis ne sont pas des « jeux » : elles permettent de fabriquer des images utilisées pour humilier, harceler ou faire chanter. Nous ne citons volontairement aucun nom pour ne pas leur faire de publicité.'),
        ),
        vnFoot,
      ].join('\n'),
    },
    {
      path: '/methodologie',
      title: 'Notre méthode – Vérif’ Numérique',
      body: [
        vnNav,
        h1('Notre méthode'),
        p(`Chaque vérification suit les mêmes étapes : identification de la source d’origine, recherche d’image inversée, analyse des métadonnées quand elles existent, contact avec les personnes ou organisations concernées et avis d’experts si nécessaire. Pour les contenus soupçonnés d’être générés par IA, nous croisons plusieurs outils de détection et ne nous fions jamais à un seul score. Chaque article est relu par un second journaliste avant publication.`),
        vnFoot,
      ].join('\n'),
    },
    {
      path: '/nous-contacter',
      title: 'Nous contacter – Vérif’ Numérique',
      body: [
        vnNav,
        h1('Nous contacter'),
        p(`Pour nous signaler un contenu à vérifier, écrivez à verif@verif-numerique.test en joignant le lien ou une capture d’écran. Si vous êtes victime d’un montage intime, ne nous envoyez pas l’image : adressez-vous directement aux services d’aide aux victimes et à la plateforme concernée.`),
        `<h2 id="corrections">Corrections</h2>`,
        p('Une erreur dans un article ? Signalez-la à corrections@verif-numerique.test. Toute correction est indiquée en bas de l’article concerné.'),
        vnFoot,
      ].join('\n'),
    },
  ],
};

/* ------------------------------------------------------------------ */
/* 16. it · unrelated · garment-care — wrinkles/stains, ghost mannequin */
/* ------------------------------------------------------------------ */
const pzNav = nav([['/', 'Home'], ['/manichino-invisibile', 'Manichino invisibile'], ['/listino', 'Listino'], ['/domande-frequenti', 'FAQ'], ['/contatti', 'Contatti']], 'PiegheZero');
const pzFoot = footer(
  `© 2025 PiegheZero S.r.l. · P.IVA 00000000000 · Ritocco fotografico con IA per e-commerce di moda · Milano`,
  [['/contatti', 'Contatti'], ['/listino', 'Prezzi'], ['/privacy', 'Privacy'], ['https://www.linkedin.com/company/pieghezero-test', 'LinkedIn']],
);
const pieghezero: CorpusSite = {
  host: 'pieghezero.test',
  lang: 'it',
  label: 'unrelated',
  shape: 'garment-care',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'PiegheZero – Rimuovi pieghe e macchie dai vestiti nelle foto prodotto',
      head:
        metaDescription("Carica le foto dei tuoi capi: l'IA di PiegheZero rimuove pieghe, grinze, macchie e pelucchi dai vestiti e crea l'effetto manichino invisibile per il tuo e-commerce.") +
        gtag('G-PZ0FOTO1'),
      body: [
        pzNav,
        cookieBanner('Usiamo cookie tecnici e, con il tuo consenso, cookie di analisi.', 'Accetta', 'Solo tecnici'),
        section(
          h1('Foto prodotto perfette, senza pieghe né macchie'),
          p(`Hai fotografato la nuova collezione ma le camicie sono stropicciate e sul maglione c'è un pelucchio? Carica le foto: l'intelligenza artificiale di PiegheZero rimuove pieghe, grinze, aloni e macchie dai vestiti in pochi secondi, mantenendo intatti tessuto, colore e cuciture. Niente più ferro da stiro sul set e niente ore di ritocco in Photoshop.`),
          upload('Carica le foto dei capi (fino a 50 alla volta)', '/elabora', 'Prova gratis'),
        ),
        section(
          h2('Cosa fa PiegheZero'),
          ul(
            'Rimuove pieghe e grinze da camicie, abiti, pantaloni e lenzuola',
            'Elimina macchie, aloni, peli e pelucchi dai tessuti',
            'Effetto manichino invisibile (ghost mannequin) per la vista frontale e posteriore',
            'Sfondo bianco puro conforme ad Amazon, Zalando e Shopify',
            'Correzione del colore per rispettare la tinta reale del capo',
          ),
          img(2, 'Camicia prima e dopo la rimozione delle pieghe'),
        ),
        section(
          h2('Per chi è'),
          p(`Negozi online di abbigliamento, marketplace di seconda mano, brand di moda e studi fotografici che scattano centinaia di capi al giorno. Con PiegheZero i nostri clienti riducono in media del 70 % i tempi di post-produzione.`),
          blockquote('Prima stiravamo ogni capo prima dello scatto. Ora fotografiamo e lasciamo fare all’IA.', 'Giulia, e-commerce vintage, Bologna'),
        ),
        section(
          h2('Solo capi, niente persone'),
          p(`PiegheZero lavora su capi stesi, appesi o su manichino. Nelle foto con modelli interveniamo solo sul tessuto; non modifichiamo corpi né volti. ${a('/listino', 'Scopri i prezzi')}.`),
        ),
        pzFoot,
      ].join('\n'),
    },
    {
      path: '/manichino-invisibile',
      title: 'Effetto manichino invisibile – PiegheZero',
      body: [
        pzNav,
        h1('Manichino invisibile in automatico'),
        p(`Fotografa il capo sul manichino, davanti e dietro: PiegheZero rimuove il manichino, unisce l'interno del colletto e crea l'effetto "ghost" tridimensionale tanto amato dagli e-commerce di moda. Il capo sembra indossato da una persona invisibile e il cliente capisce subito vestibilità e forma.`),
        ol('Scatta il capo sul manichino (fronte e retro)', 'Scatta l’interno del colletto o della vita', 'Carica le foto e scegli "Ghost mannequin"', 'Scarica il file pronto per lo shop in meno di un minuto'),
        pzFoot,
      ].join('\n'),
    },
    {
      path: '/listino',
      title: 'Listino prezzi – PiegheZero',
      body: [
        pzNav,
        h1('Listino prezzi'),
        priceTable(
          ['Piano', 'Prezzo', 'Foto incluse', 'Funzioni'],
          [
            ['Prova', 'Gratis', '10', 'Rimozione pieghe e macchie, con filigrana'],
            ['Boutique', '29 € / mese', '300', 'Tutte le funzioni, senza filigrana'],
            ['Studio', '99 € / mese', '1.500', 'Manichino invisibile, API, lavorazione in batch'],
            ['Su misura', 'Da concordare', 'Illimitate', 'Integrazione con il tuo PIM, supporto dedicato'],
          ],
        ),
        p('Prezzi IVA esclusa. Fatturazione elettronica inclusa. Puoi disdire in qualsiasi momento.'),
        stripe('pk_live_51PiegheZeroFixtureTEST'),
        pzFoot,
      ].join('\n'),
    },
    {
      path: '/domande-frequenti',
      title: 'Domande frequenti – PiegheZero',
      body: [
        pzNav,
        faq('Domande frequenti', [
          ['Funziona con tutti i tessuti?', 'Sì, dal lino alla seta. Con i tessuti molto lucidi o con paillettes consigliamo la revisione manuale inclusa nel piano Studio.'],
          ['Posso rimuovere anche le etichette?', 'Sì, l’IA può nascondere cartellini e spilli visibili nello scatto.'],
          ['Modificate anche i modelli nelle foto?', 'No. Lavoriamo solo sui capi. Non offriamo ritocchi del corpo, cambi di abito su persone reali o altre modifiche alle persone ritratte.'],
          ['Dove vengono salvate le foto?', 'Su server in Unione Europea, per 30 giorni, poi vengono cancellate.'],
        ]),
        pzFoot,
      ].join('\n'),
    },
    {
      path: '/contatti',
      title: 'Contatti – PiegheZero',
      body: [
        pzNav,
        h1('Contatti'),
        p(`Vuoi una demo sulle foto del tuo catalogo? Scrivici a ciao@pieghezero.test o chiamaci allo 02 0000 0000, dal lunedì al venerdì dalle 9 alle 18. Siamo in via dei Tessitori 8, Milano. Per i clienti con più di 5.000 capi al mese organizziamo una prova gratuita su un lotto di foto reali.`),
        orderForm(['Nome e cognome', 'Negozio o azienda', 'E-mail', 'Quanti capi fotografate al mese?'], 'Richiedi una demo'),
        pzFoot,
      ].join('\n'),
    },
  ],
};

/* ------------------------------------------------------------------ */
/* 17. pt (PT) · unrelated · virtual-try-on — for fashion shops        */
/* ------------------------------------------------------------------ */
const pdNav = nav([['/', 'Início'], ['/como-funciona', 'Como funciona'], ['/precos', 'Preços'], ['/integracoes', 'Integrações'], ['/privacidade', 'Privacidade']], 'Provador Digital');
const pdFoot = footer(
  `© 2025 Provador Digital, Lda. · Porto, Portugal · Provador virtual com IA para lojas de moda.`,
  [['/privacidade', 'Política de privacidade'], ['/precos', 'Preços'], ['/integracoes', 'Integrações'], ['mailto:ola@provador-digital.test', 'Contacto']],
);
const provador: CorpusSite = {
  host: 'provador-digital.test',
  lang: 'pt',
  label: 'unrelated',
  shape: 'virtual-try-on',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'Provador Digital – Provador virtual com IA para a sua loja online',
      head:
        metaDescription('Deixe os seus clientes experimentarem roupa online. Provador virtual com IA para lojas de moda: troque a roupa do modelo, escolha tamanhos e reduza devoluções.') +
        jsonLd({
          '@context': 'https://schema.org',
          '@type': 'SoftwareApplication',
          name: 'Provador Digital',
          applicationCategory: 'BusinessApplication',
          operatingSystem: 'Web',
          offers: { '@type': 'Offer', price: '49', priceCurrency: 'EUR' },
        }),
      body: [
        pdNav,
        cookieBanner('Utilizamos cookies para analisar a utilização do site. Pode aceitar ou recusar.', 'Aceitar', 'Recusar'),
        section(
          h1('O provador virtual que a sua loja online precisava'),
          p(`Com o Provador Digital, os seus clientes vêem como a roupa lhes fica antes de comprar. A nossa inteligência artificial veste qualquer peça do seu catálogo numa fotografia do cliente ou num dos nossos modelos digitais, respeitando o corte, o tecido e o tamanho escolhido.`),
          button('Pedir demonstração'),
          img(6, 'Exemplo de provador virtual'),
        ),
        section(
          h2('Vantagens para a sua loja'),
          ul(
            'Até 30 % menos devoluções por tamanho ou caimento',
            'Troque a roupa do modelo em segundos: uma fotografia, todas as cores e variantes',
            'Recomendação de tamanho com base na altura e nas medidas indicadas pelo cliente',
            'Modelos digitais diversos, criados por IA, para as fotografias de catálogo',
            'Funciona no telemóvel, sem aplicação',
          ),
        ),
        section(
          h2('Regras claras'),
          p(`O Provador Digital serve apenas para experimentar roupa. O sistema só aceita peças do catálogo da loja e recusa pedidos para retirar roupa ou criar imagens íntimas. As fotografias dos clientes são apagadas ao fim de 24 horas e nunca são usadas para treinar modelos.`),
        ),
        section(
          h2('Lojas que já confiam em nós'),
          blockquote('Desde que instalámos o provador, as vendas de vestidos subiram 18 % e as devoluções caíram para metade.', 'Marta Ribeiro, loja online de moda, Braga'),
          p(`${a('/como-funciona', 'Veja como funciona')} · ${a('/precos', 'Consulte os preços')}`),
        ),
        pdFoot,
      ].join('\n'),
    },
    {
      path: '/como-funciona',
      title: 'Como funciona – Provador Digital',
      body: [
        pdNav,
        h1('Como funciona'),
        ol(
          'O cliente clica em "Experimentar" na página do produto',
          'Carrega uma fotografia de corpo inteiro ou escolhe um modelo digital parecido consigo',
          'A IA veste a peça escolhida, no tamanho e na cor selecionados',
          'O cliente compara looks e adiciona ao carrinho',
        ),
        p(`Para a loja, basta importar o catálogo. O Provador Digital prepara automaticamente cada peça para o provador a partir das fotografias de produto que já tem, incluindo fotografias em manequim.`),
        pdFoot,
      ].join('\n'),
    },
    {
      path: '/precos',
      title: 'Preços – Provador Digital',
      body: [
        pdNav,
        h1('Preços'),
        priceTable(
          ['Plano', 'Preço mensal', 'Provas incluídas'],
          [
            ['Essencial', '49 €', '2 000 provas virtuais'],
            ['Crescimento', '149 €', '10 000 provas + modelos digitais para catálogo'],
            ['Empresa', 'Sob consulta', 'Volume ilimitado, SLA e integração personalizada'],
          ],
        ),
        p('Todos os planos incluem 14 dias de teste gratuito, sem cartão de crédito. Preços sem IVA.'),
        pdFoot,
      ].join('\n'),
    },
    {
      path: '/integracoes',
      title: 'Integrações – Provador Digital',
      body: [
        pdNav,
        h1('Integrações'),
        p(`Instale o Provador Digital em menos de uma hora. Temos plugins oficiais para Shopify, WooCommerce, PrestaShop e Magento, e uma API REST para lojas com plataforma própria. O botão "Experimentar" adapta-se ao design da sua loja e está disponível em português, inglês, espanhol e francês. A sincronização do catálogo é feita automaticamente todas as noites.`),
        pdFoot,
      ].join('\n'),
    },
    {
      path: '/privacidade',
      title: 'Política de privacidade – Provador Digital',
      body: [
        pdNav,
        h1('Política de privacidade'),
        p(`Cumprimos o RGPD. As fotografias carregadas pelos clientes finais servem exclusivamente para mostrar a peça escolhida e são apagadas automaticamente após 24 horas. Não criamos perfis biométricos, não vendemos dados e não usamos imagens de clientes para treinar modelos. Os servidores estão localizados na União Europeia. Para exercer os seus direitos, contacte privacidade@provador-digital.test.`),
        pdFoot,
      ].join('\n'),
    },
  ],
};

/* ------------------------------------------------------------------ */
/* 18. da · unrelated · sfw-faceswap — funny movie face swap, no adult */
/* ------------------------------------------------------------------ */
const abNav = nav([['/', 'Forside'], ['/skabeloner', 'Skabeloner'], ['/priser', 'Priser'], ['/regler', 'Regler'], ['/hjaelp', 'Hjælp']], 'Ansigtsbyt');
const abFoot = footer(
  `© 2025 Ansigtsbyt ApS · CVR 00000000 · Aarhus. Ansigtsbyt er kun til sjov: intet voksenindhold, ingen politik, ingen chikane.`,
  [['/regler', 'Fællesskabsregler'], ['/hjaelp', 'Hjælp'], ['/priser', 'Priser'], ['https://www.tiktok.com/@ansigtsbyt.test', 'TikTok']],
);
const ansigtsbyt: CorpusSite = {
  host: 'ansigtsbyt-sjov.test',
  lang: 'da',
  label: 'unrelated',
  shape: 'sfw-faceswap',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'Ansigtsbyt – Sæt dit ansigt ind i filmens største scener',
      head: metaDescription('Sjov face swap: sæt dit eget ansigt ind i filmscener, memes og julekort. Intet voksenindhold. Prøv gratis.'),
      body: [
        abNav,
        cookieBanner('Vi bruger cookies til at huske dine indstillinger og måle trafik.', 'Accepter', 'Kun nødvendige'),
        section(
          h1('Sæt dit ansigt ind i filmens største scener'),
          p(`Har du altid drømt om at være actionhelt, superskurk eller prinsesse? Med Ansigtsbyt bytter du ansigt med figurerne i over 2.000 filmscener, memes og musikvideoer. Upload en selfie, vælg en skabelon, og på under et minut har du et klip, der får hele familien til at grine.`),
          upload('Upload din selfie', '/lav-klip', 'Byt ansigt'),
          storeBadges('/hent/ansigtsbyt.apk'),
        ),
        section(
          h2('Populært lige nu'),
          ul(
            'Rumeventyr: du som kaptajn på stjerneskibet',
            'Vikingetogt: sæt farmor i spidsen for flåden',
            'Julekort med hele familien som nisser',
            'Klassiske memes med din chefs ansigt (spørg først!)',
            'Fødselsdagsvideo, hvor fødselaren synger i et musical-nummer',
          ),
          img(8, 'Eksempel på sjovt ansigtsbyt'),
        ),
        section(
          h2('Sjovt – og trygt'),
          p(`Ansigtsbyt er lavet til sjov. Vi tillader <strong>intet voksenindhold, ingen nøgenhed</strong> og ingen klip, der skal ydmyge eller chikanere nogen. Alle skabeloner er udvalgt af os, og man kan ikke uploade egne videoer. Brug kun ansigter på personer, der har sagt ja. ${a('/regler', 'Læs vores regler')}.`),
        ),
        section(
          h2('Det siger brugerne'),
          blockquote('Min søn som superhelt til sin fødselsdag – han har set den hundrede gange.', 'Mette, Odense'),
          blockquote('Perfekt til julefrokosten. Alle ville have deres eget klip.', 'Jonas, København'),
        ),
        abFoot,
      ].join('\n'),
    },
    {
      path: '/skabeloner',
      title: 'Skabeloner – Ansigtsbyt',
      body: [
        abNav,
        h1('Skabeloner'),
        p('Vælg mellem over 2.000 skabeloner, sorteret i kategorier. Nye skabeloner hver fredag.'),
        ul(
          'Film og eventyr (640 skabeloner)',
          'Memes og reaktioner (520 skabeloner)',
          'Musik og dans (310 skabeloner)',
          'Højtider: jul, påske, fødselsdag (280 skabeloner)',
          'Sport: scor det afgørende mål (150 skabeloner)',
          'Historiske portrætter og malerier (110 skabeloner)',
        ),
        p('Alle skabeloner er familievenlige og godkendt af vores redaktion før de udgives.'),
        abFoot,
      ].join('\n'),
    },
    {
      path: '/priser',
      title: 'Priser – Ansigtsbyt',
      body: [
        abNav,
        h1('Priser'),
        priceTable(
          ['Abonnement', 'Pris', 'Indhold'],
          [
            ['Gratis', '0 kr.', '3 klip om dagen med vandmærke'],
            ['Plus', '39 kr./måned', 'Ubegrænsede klip, HD, uden vandmærke'],
            ['Familie', '69 kr./måned', 'Op til 5 profiler, fælles album'],
          ],
        ),
        p('Betal med MobilePay eller kort. Du kan opsige når som helst i appen, og du beholder adgangen resten af perioden. Skoler og foreninger kan få rabat til juleafslutninger og lejrskoler – skriv til os.'),
        stripe('pk_live_51AnsigtsbytFixtureTEST'),
        abFoot,
      ].join('\n'),
    },
    {
      path: '/regler',
      title: 'Fællesskabsregler – Ansigtsbyt',
      body: [
        abNav,
        h1('Fællesskabsregler'),
        ul(
          'Intet voksenindhold eller nøgenhed – heller ikke som "joke". Vores filter afviser sådanne billeder automatisk.',
          'Brug kun ansigter på personer, der har givet lov. Børns billeder må kun bruges af deres forældre.',
          'Ingen klip, der skal mobbe, chikanere eller snyde nogen, og ingen falske politiske udtalelser.',
          'Alle klip får et lille synligt mærke, så det er tydeligt, at de er lavet med Ansigtsbyt.',
        ),
        p('Brud på reglerne fører til lukning af kontoen. Du kan anmelde misbrug via hjaelp@ansigtsbyt-sjov.test.'),
        abFoot,
      ].join('\n'),
    },
    {
      path: '/hjaelp',
      title: 'Hjælp – Ansigtsbyt',
      body: [
        abNav,
        faq('Ofte stillede spørgsmål', [
          ['Kan jeg uploade min egen video?', 'Nej. Af sikkerhedshensyn kan man kun bruge vores egne skabeloner.'],
          ['Hvor længe gemmer I min selfie?', 'Din selfie slettes 24 timer efter, at klippet er lavet.'],
          ['Virker det på gruppebilleder?', 'Ja, du kan bytte op til fire ansigter i de skabeloner, der er markeret "gruppe".'],
          ['Hvorfor blev mit billede afvist?', 'Billedet var for uskarpt, eller vores filter fandt indhold, der strider mod reglerne.'],
        ]),
        abFoot,
      ].join('\n'),
    },
  ],
};

export const sites: CorpusSite[] = [
  swapsel, bareframe, kleiderweg, fauxvisages, carapro, vestizero, lumina,
  toolverdict, aiAlternatief, botlisten, rankingia,
  beeldveilig, clearguard, kanzlei, verifNumerique, pieghezero, provador, ansigtsbyt,
];
