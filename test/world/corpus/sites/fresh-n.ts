import {
  a, ageGate, article, blockquote, button, cookieBanner, cryptoCheckout, faq, footer, gtag, h1, h2, h3, img, jsonLd, mediaGrid,
  metaDescription, nav, ol, oneTap, orderForm, p, priceTable, section, storeBadges, stripe, textForm, ul, upload,
  type CorpusSite,
} from '../site-kit.js';

/** Fresh sites by writer fresh-n, written after the classifier was built, without reading it or the corpus. */

const AUTHOR = 'fresh-n';

// ───────────────────────── 1. en · nudify · app-landing ─────────────────────────
const veillessNav = nav([['/', 'Home'], ['/vip', 'Go VIP'], ['/get-the-app', 'Download'], ['/help', 'Help'], ['/terms', 'Terms']], 'Veilless');
const veillessFoot = footer(`© 2025 Veilless Labs. 18+ only. Veilless is an entertainment app; all results are AI-generated.`, [
  ['/terms', 'Terms of Use'], ['/terms#privacy', 'Privacy'], ['/help', 'Support'], ['https://t.me/veilless_news', 'Telegram channel'],
]);
const veilless: CorpusSite = {
  host: 'veilless-app.test',
  lang: 'en',
  label: 'nudify',
  shape: 'app-landing',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'Veilless – Undress AI App for Android & iPhone | 18+',
      head:
        metaDescription('Veilless is the undress AI app that removes clothes from any photo in seconds. NSFW mode, HD export, weekly VIP. 18+ only.') +
        jsonLd({
          '@context': 'https://schema.org',
          '@type': 'MobileApplication',
          name: 'Veilless',
          operatingSystem: 'Android 8+, iOS 15+',
          applicationCategory: 'PhotographyApplication',
          contentRating: '18+',
          offers: { '@type': 'Offer', price: '6.99', priceCurrency: 'USD', description: 'VIP weekly' },
          aggregateRating: { '@type': 'AggregateRating', ratingValue: '4.7', ratingCount: '18240' },
        }) +
        gtag('G-VL7Q2KX91M'),
      body: [
        veillessNav,
        section(
          h1('Undress AI, right in your pocket'),
          p(
            `Veilless is the 18+ photo app that removes clothes from any picture in a couple of taps. Pick a photo from your gallery, choose a mode and let the AI do the rest. No editing skills, no desktop, no waiting in a queue.`,
            `Over 2 million downloads and counting. Try it free today – your first three undresses are on us.`,
          ),
          storeBadges('/get-the-app/veilless-4.2.1.apk'),
          p(`<small>Not seeing us on Google Play in your country? ${a('/get-the-app', 'Install the APK directly')} – it takes less than a minute.</small>`),
        ),
        section(
          h2('Why 2M+ users picked Veilless'),
          ul(
            `<b>One-tap undress</b> – upload, tap, done. Results in about 8 seconds.`,
            `<b>NSFW mode</b> – VIP members can switch the safety filter off completely.`,
            `<b>Outfit slider</b> – Bikini, Lingerie or Undress: you decide how far the AI goes.`,
            `<b>Works with any photo</b> – selfies, screenshots, Instagram and TikTok pics, even group photos.`,
            `<b>HD export</b> – crisp 2K results without watermark for VIP.`,
            `<b>Private by design</b> – uploads are wiped from our servers after 24 hours.`,
          ),
        ),
        section(
          h2('How it works'),
          ol(`Choose a photo from your gallery or paste a link.`, `Select a mode and the intensity.`, `Save the result or share it straight to Telegram.`),
          `<div class="preview">${img(1, 'App screenshot')}${img(2, 'Mode picker')}${img(3, 'Result screen')}</div>`,
        ),
        section(
          h2('What users say'),
          blockquote(`Way better than the web tools I tried. Fast and the NSFW mode actually works.`, '– Dan, ★★★★★'),
          blockquote(`Weekly VIP is cheap and the HD export is worth it.`, '– M.K., ★★★★★'),
        ),
        section(
          h2('Free vs VIP'),
          p(`Free accounts get 3 undresses per day with a blurred preview. ${a('/vip', 'VIP')} unlocks unlimited generations, NSFW mode, HD export and priority servers from just $6.99 a week.`),
          button('Start free trial'),
        ),
        p(`<small>Veilless is intended for adults (18+) only. By using the app you confirm that you have the right to edit the photos you upload. Results are AI-generated fantasy images and do not show real people.</small>`),
        cookieBanner('We use cookies and similar tech to keep you signed in and to measure our ads.', 'Accept all', 'Only necessary'),
        veillessFoot,
      ].join('\n'),
    },
    {
      path: '/vip',
      title: 'Veilless VIP – Unlimited Undress, NSFW Mode & HD',
      head: stripe('pk_live_51VeiLLessFixture0000000000000000') + gtag('G-VL7Q2KX91M'),
      body: [
        veillessNav,
        h1('Go VIP – no limits, no blur'),
        p(`Pick the plan that fits you. Weekly VIP is our most popular choice: cancel anytime in Google Play, the App Store or here on the web.`),
        priceTable(
          ['Plan', 'Price', 'Undresses', 'NSFW mode', 'HD export'],
          [
            ['Free', '$0', '3 / day (blurred)', '—', '—'],
            ['VIP Weekly', '$6.99 / week', 'Unlimited', '✔', '✔'],
            ['VIP Monthly', '$19.99 / month', 'Unlimited', '✔', '✔'],
            ['VIP Yearly', '$59.99 / year (save 83%)', 'Unlimited + priority', '✔', '✔ 4K'],
          ],
        ),
        h2('Coin packs'),
        p(`Don't want a subscription? Buy coins once and use them whenever you like. 1 coin = 1 HD undress.`),
        ul('50 coins – $4.99', '200 coins – $14.99', '1,000 coins – $49.99 (best value)'),
        button('Pay with card'),
        p(`<small>VIP Weekly renews automatically every 7 days unless cancelled at least 24 hours before the end of the period. Prices in USD; local taxes may apply.</small>`),
        veillessFoot,
      ].join('\n'),
    },
    {
      path: '/get-the-app',
      title: 'Download Veilless APK (v4.2.1) – Android & iOS',
      body: [
        veillessNav,
        h1('Download Veilless'),
        storeBadges('/get-the-app/veilless-4.2.1.apk'),
        h2('Android APK – latest version'),
        ul('Version: 4.2.1 (build 421)', 'Size: 38.4 MB', 'Requires Android 8.0 or newer', 'Updated: 3 days ago'),
        p(
          `Because of strict store policies, the full NSFW version of Veilless is not available on Google Play in every country. The APK below is the complete app with all modes unlocked for VIP.`,
        ),
        ol(
          `Tap <b>Download APK</b> and open the file when the download finishes.`,
          `If Android asks, allow “Install unknown apps” for your browser.`,
          `Open Veilless, sign in with Google or e-mail and enjoy 3 free undresses.`,
        ),
        h2('iPhone & iPad'),
        p(`On iOS, get <b>Veilless Lite</b> from the App Store and unlock the full modes by signing in with your VIP account on the web.`),
        veillessFoot,
      ].join('\n'),
    },
    {
      path: '/help',
      title: 'Help & FAQ – Veilless',
      body: [
        veillessNav,
        h1('Help center'),
        faq('Frequently asked questions', [
          ['Is Veilless free?', 'Yes, you get 3 undresses per day for free with a blurred preview. VIP removes the blur and all limits.'],
          ['Does it work on any photo?', 'It works best on clear, front-facing photos of one person with good lighting. Group photos work too, one person at a time.'],
          ['Can the person find out?', 'No. Veilless never contacts anyone and nothing is posted anywhere. Your results stay on your phone.'],
          ['What is NSFW mode?', 'NSFW mode turns off the safety filter so the AI can fully undress the photo. It is available to verified 18+ VIP members only.'],
          ['How do I cancel weekly VIP?', 'In Google Play or the App Store go to Subscriptions → Veilless → Cancel. Web subscriptions can be cancelled under Account → Billing.'],
          ['Why was my photo rejected?', 'Our system blocks photos that appear to show minors. Blurry or very dark photos may also fail.'],
        ]),
        p(`Still stuck? Write to support@veilless-app.test – we reply within 24 hours.`),
        veillessFoot,
      ].join('\n'),
    },
    {
      path: '/terms',
      title: 'Terms of Use – Veilless',
      body: [
        veillessNav,
        h1('Terms of Use'),
        p(
          `By downloading or using Veilless you confirm that you are at least 18 years old. Veilless is an entertainment product that creates AI-generated images. Any resemblance of an output to a real person is a matter of the input you provide.`,
          `You are solely responsible for the images you upload and for obtaining any permission required to edit them. You must not use the app to harass, threaten or defame anyone. We may suspend accounts that receive complaints.`,
        ),
        h2('Privacy', ) .replace('<h2>', '<h2 id="privacy">'),
        p(`Uploaded photos are processed on our servers and deleted automatically after 24 hours. We keep payment records as required by law and use analytics cookies to improve the app.`),
        veillessFoot,
      ].join('\n'),
    },
  ],
};

// ───────────────────────── 2. nl · nudify · innocent-home ─────────────────────────
const lumioNav = nav([['/', 'Studio'], ['/modi', 'Modi'], ['/abonnementen', 'Abonnementen'], ['/vragen', 'Veelgestelde vragen'], ['/contact', 'Contact']], 'Lumio Fotostudio');
const lumioFoot = footer(`© 2025 Lumio Fotostudio · KvK-nummer volgt · Gemaakt met liefde voor mooie foto's.`, [
  ['/contact', 'Contact'], ['/vragen', 'Hulp'], ['/voorwaarden', 'Algemene voorwaarden'], ['/voorwaarden#privacy', 'Privacyverklaring'],
]);
const lumio: CorpusSite = {
  host: 'lumio-fotostudio.test',
  lang: 'nl',
  label: 'nudify',
  shape: 'innocent-home',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'Lumio Fotostudio – Jouw AI-fotostudio in de browser',
      head: metaDescription('Professionele portretten, zakelijke headshots en perfecte profielfoto’s met AI. Upload een selfie en Lumio doet de rest.') + oneTap('771200334455-lumio.apps.googleusercontent.test') + gtag('G-LUM10NL2025'),
      body: [
        lumioNav,
        section(
          h1('Van selfie naar studiofoto in 30 seconden'),
          p(
            `Geen fotograaf nodig, geen dure studio. Lumio is een AI-fotostudio die gewone foto's omtovert tot prachtige portretten. Upload een selfie, kies een stijl en binnen een halve minuut heb je een foto waar je mee voor de dag kunt komen – voor LinkedIn, je cv, je datingprofiel of gewoon voor aan de muur.`,
          ),
          upload('Sleep je foto hierheen of kies een bestand', '/studio/upload', 'Start de studio'),
          p(`<small>Gratis proberen · Geen creditcard nodig · Inloggen met Google</small>`),
        ),
        section(
          h2('Wat kun je met Lumio?'),
          ul(
            `<b>Zakelijke headshots</b> – strak, professioneel licht en een neutrale achtergrond.`,
            `<b>Achtergrond vervangen</b> – van rommelige woonkamer naar strand, kantoor of effen kleur.`,
            `<b>Oude foto's herstellen</b> – krassen weg, kleuren terug, scherpte erbij.`,
            `<b>Huid en licht verbeteren</b> – natuurlijk retoucheren zonder nep-effect.`,
            `<b>Outfit wisselen</b> – probeer een pak, jurk of trui zonder iets aan te schaffen.`,
          ),
          `<div class="voorbeelden">${img(4, 'Voor')}${img(5, 'Na')}${img(6, 'Headshot')}</div>`,
        ),
        section(
          h2('Zo werkt het'),
          ol('Upload één of meer foto’s.', 'Kies een modus en een stijl.', 'Download je resultaat in hoge resolutie.'),
          p(`Benieuwd naar alle mogelijkheden? Bekijk ${a('/modi', 'alle modi')} of vergelijk de ${a('/abonnementen', 'abonnementen')}.`),
        ),
        section(
          h2('Meer dan 90.000 tevreden gebruikers'),
          blockquote('Binnen vijf minuten had ik een profielfoto voor LinkedIn die beter is dan die van de fotograaf vorig jaar.', 'Sanne, Utrecht'),
          blockquote('Superhandig om de achtergrond van productfoto’s voor mijn webshop te vervangen.', 'Joris, Eindhoven'),
        ),
        cookieBanner('Lumio gebruikt cookies om de site te laten werken en om anoniem statistieken bij te houden. Ga je akkoord?', 'Akkoord', 'Alleen noodzakelijke'),
        lumioFoot,
      ].join('\n'),
    },
    {
      path: '/modi',
      title: 'Alle modi – Lumio Fotostudio',
      body: [
        lumioNav,
        h1('Alle modi op een rij'),
        h2('Standaard'),
        ul(
          'Portret – zachte studioverlichting, natuurlijke huid.',
          'Headshot – zakelijk, scherp, neutrale achtergrond.',
          'Achtergrond – vervang of vervaag de achtergrond.',
          'Restauratie – oude of beschadigde foto’s opknappen.',
          'Outfit – probeer virtueel andere kleding.',
        ),
        h2('Na middernacht <span class="badge">18+</span>'),
        p(`Voor volwassen gebruikers met een geverifieerd Premium+-account. Deze modi zijn standaard verborgen en worden pas zichtbaar na bevestiging van je leeftijd.`),
        ul(
          `<b>Uitkleedmodus</b> – verwijder kleding van elke foto met één klik. Werkt op selfies, vakantiefoto's en screenshots.`,
          `<b>Badkleding & lingerie</b> – verander elke outfit in bikini of lingerie.`,
          `<b>Pikant</b> – NSFW-filter uit, zonder beperkingen of watermerk.`,
        ),
        p(`<small>Door deze modi te gebruiken verklaar je dat je 18 jaar of ouder bent en toestemming hebt om de foto te bewerken.</small>`),
        p(a('/abonnementen', 'Bekijk Premium+ →')),
        lumioFoot,
      ].join('\n'),
    },
    {
      path: '/abonnementen',
      title: 'Abonnementen en prijzen – Lumio Fotostudio',
      head: stripe('pk_live_51LumioFixture00000000000000000000'),
      body: [
        lumioNav,
        h1('Kies je abonnement'),
        priceTable(
          ['', 'Gratis', 'Basis', 'Premium+ (18+)'],
          [
            ['Prijs', '€ 0', '€ 7,99 per maand', '€ 19,99 per maand'],
            ['Foto’s per maand', '5', '150', 'Onbeperkt'],
            ['Standaardmodi', '✔', '✔', '✔'],
            ['Resolutie', '1024 px', '2048 px', '4096 px'],
            ['Uitkleedmodus & pikante stijlen', '—', '—', '✔'],
            ['Geen watermerk', '—', '✔', '✔'],
          ],
        ),
        p(`Je betaalt veilig met iDEAL, creditcard of Bancontact. Maandelijks opzegbaar. Op de bankafschrift staat “LMO Digital”.`),
        button('Upgraden naar Premium+'),
        lumioFoot,
      ].join('\n'),
    },
    {
      path: '/vragen',
      title: 'Veelgestelde vragen – Lumio Fotostudio',
      body: [
        lumioNav,
        h1('Veelgestelde vragen'),
        faq('Alles wat je wilt weten', [
          ['Worden mijn foto’s opgeslagen?', 'Nee, originele foto’s worden na 24 uur automatisch verwijderd. Je resultaten blijven 30 dagen in je galerij.'],
          ['Hoe zet ik de 18+-modi aan?', 'Neem Premium+ en bevestig je leeftijd onder Account → Instellingen. Daarna verschijnt het menu “Na middernacht” met onder meer de uitkleedmodus.'],
          ['Werkt de uitkleedmodus op elke foto?', 'Het beste resultaat krijg je met een scherpe foto van één persoon, van voren gefotografeerd en goed belicht.'],
          ['Kan ik opzeggen wanneer ik wil?', 'Ja, je abonnement is maandelijks opzegbaar via je account.'],
          ['Wat staat er op mijn bankafschrift?', 'De betaling verschijnt discreet als “LMO Digital”.'],
        ]),
        lumioFoot,
      ].join('\n'),
    },
    {
      path: '/contact',
      title: 'Contact – Lumio Fotostudio',
      body: [
        lumioNav,
        h1('Contact'),
        p(
          `Heb je een vraag over je account, een betaling of een foto die niet goed is gelukt? Ons supportteam helpt je graag, op werkdagen tussen 9.00 en 17.00 uur. De meeste vragen beantwoorden we binnen één werkdag.`,
          `Mail naar hallo@lumio-fotostudio.test of gebruik het formulier hieronder. Voor zakelijke samenwerkingen en affiliates: partners@lumio-fotostudio.test.`,
        ),
        textForm('Je vraag', 'Versturen', '/contact/verstuur'),
        lumioFoot,
      ].join('\n'),
    },
  ],
};

// ───────────────────────── 3. de · deepfake · tube ─────────────────────────
const flimmerNav = nav([['/', 'Neu'], ['/beliebt', 'Beliebt'], ['/kategorien', 'Kategorien'], ['/premium', 'Premium'], ['/dmca', 'DMCA / Entfernung']], 'FakeFlimmer');
const flimmerGate = ageGate(
  'Achtung: Diese Website enthält KI-generierte Inhalte für Erwachsene (18+). Mit dem Betreten bestätigst du, dass du volljährig bist und solche Inhalte an deinem Aufenthaltsort legal ansehen darfst.',
  'Ich bin 18 oder älter – Eintreten',
  'Verlassen',
);
const flimmerFoot = footer(`© 2025 FakeFlimmer. Alle Videos sind Deepfakes (KI-Face-Swap) und reine Fiktion. Die gezeigten Gesichter gehören Personen, die an den Aufnahmen nicht beteiligt waren.`, [
  ['/dmca', 'DMCA'], ['/dmca#2257', '18 U.S.C. 2257'], ['/premium', 'Premium'], ['/kontakt', 'Kontakt'],
]);
const flimmer: CorpusSite = {
  host: 'fakeflimmer-tube.test',
  lang: 'de',
  label: 'deepfake',
  shape: 'tube',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'FakeFlimmer – Promi-Deepfakes & KI-Face-Swap-Videos (18+)',
      head: metaDescription('Täglich neue Deepfake-Videos von Promis, Streamerinnen und Influencerinnen. KI-Face-Swap in HD. Nur für Erwachsene.') + gtag('G-FFL1MMER01'),
      body: [
        flimmerGate,
        flimmerNav,
        textForm('Promi oder Tag suchen', 'Suchen', '/suche'),
        h1('Neue Deepfakes – täglich frisch'),
        p(`Die größte deutschsprachige Sammlung von Promi-Deepfakes. Unsere Community veröffentlicht jeden Tag neue KI-Face-Swaps von Schauspielerinnen, Moderatorinnen, Streamerinnen und Influencerinnen – in HD und kostenlos. Kein Upload, keine Anmeldung nötig.`),
        mediaGrid([
          { title: 'Streamerin Kiki V. – KI-Face-Swap Teil 3', duration: '11:42', views: '284 Tsd. Aufrufe', tags: ['streamerin', 'deepfake', '18plus'] },
          { title: 'TV-Moderatorin Jana L. nach der Show (Fake)', duration: '08:17', views: '1,2 Mio. Aufrufe', tags: ['moderatorin', 'promi-fake'] },
          { title: 'Schlagersängerin Mareike S. Backstage – Deepfake', duration: '14:05', views: '512 Tsd. Aufrufe', tags: ['sängerin', 'face-swap'] },
          { title: 'Influencerin Lara B. – Private Edition (KI)', duration: '09:59', views: '730 Tsd. Aufrufe', tags: ['influencerin', 'deepfake'] },
          { title: 'Serienstar Nina H. – Face-Swap Compilation', duration: '22:31', views: '2,4 Mio. Aufrufe', tags: ['schauspielerin', 'compilation'] },
          { title: 'Fitness-Youtuberin Sophie R. (Deepfake HD)', duration: '06:48', views: '198 Tsd. Aufrufe', tags: ['youtuberin', 'hd'] },
          { title: 'Nachrichtensprecherin Anke W. – Fake', duration: '10:12', views: '655 Tsd. Aufrufe', tags: ['nachrichten', 'promi-fake'] },
          { title: 'Tennisspielerin Carla M. nach dem Match (KI-Fake)', duration: '07:36', views: '402 Tsd. Aufrufe', tags: ['sportlerin', 'deepfake'] },
        ]),
        h2('Beliebte Tags'),
        p(['deepfake', 'promi-fake', 'face-swap', 'streamerin', 'influencerin', 'deutsche-promis', '18plus', '4k'].map((t) => a(`/tag/${t}`, `#${t}`)).join(' ')),
        p(`Werbefrei und in voller Länge? Hol dir ${a('/premium', 'FakeFlimmer Premium')} ab 9,99 € im Monat.`),
        cookieBanner('Wir verwenden Cookies für Statistik und Werbung. Mit „Zustimmen“ erklärst du dich einverstanden.', 'Zustimmen', 'Ablehnen'),
        flimmerFoot,
      ].join('\n'),
    },
    {
      path: '/beliebt',
      title: 'Meistgesehene Deepfakes diese Woche – FakeFlimmer',
      body: [
        flimmerGate,
        flimmerNav,
        h1('Die beliebtesten Fakes dieser Woche'),
        p(`Das sind die Clips mit den meisten Aufrufen und Likes der letzten sieben Tage. Die Liste wird stündlich aktualisiert.`),
        mediaGrid([
          { title: 'Serienstar Nina H. – Face-Swap Compilation', duration: '22:31', views: '2,4 Mio. Aufrufe', tags: ['compilation'] },
          { title: 'TV-Moderatorin Jana L. nach der Show (Fake)', duration: '08:17', views: '1,2 Mio. Aufrufe', tags: ['moderatorin'] },
          { title: 'Popstar Elina K. Deepfake 4K', duration: '13:20', views: '990 Tsd. Aufrufe', tags: ['4k', 'sängerin'] },
          { title: 'Kochshow-Star Petra D. – KI-Version', duration: '05:55', views: '871 Tsd. Aufrufe', tags: ['tv', 'deepfake'] },
        ]),
        flimmerFoot,
      ].join('\n'),
    },
    {
      path: '/kategorien',
      title: 'Kategorien – FakeFlimmer',
      body: [
        flimmerGate,
        flimmerNav,
        h1('Alle Kategorien'),
        ul(
          `${a('/kategorie/schauspielerinnen', 'Schauspielerinnen')} (1.842 Videos)`,
          `${a('/kategorie/streamerinnen', 'Streamerinnen & Gamerinnen')} (1.215 Videos)`,
          `${a('/kategorie/moderatorinnen', 'TV-Moderatorinnen')} (734 Videos)`,
          `${a('/kategorie/influencerinnen', 'Influencerinnen')} (2.310 Videos)`,
          `${a('/kategorie/saengerinnen', 'Sängerinnen')} (688 Videos)`,
          `${a('/kategorie/sportlerinnen', 'Sportlerinnen')} (402 Videos)`,
          `${a('/kategorie/deutsche-promis', 'Deutsche Promis')} (1.109 Videos)`,
          `${a('/kategorie/classics', 'Face-Swap-Klassiker')} (356 Videos)`,
        ),
        p(`Du vermisst jemanden? Neue Gesichter kommen jeden Tag dazu – schau einfach morgen wieder vorbei.`),
        flimmerFoot,
      ].join('\n'),
    },
    {
      path: '/premium',
      title: 'FakeFlimmer Premium – HD, werbefrei, Downloads',
      head: cryptoCheckout(),
      body: [
        flimmerGate,
        flimmerNav,
        h1('FakeFlimmer Premium'),
        p(`Alle Deepfakes in voller Länge, in 1080p und 4K, ohne Werbung und mit Download-Funktion. Früher Zugang zu neuen Clips 48 Stunden vor allen anderen.`),
        priceTable(
          ['Laufzeit', 'Preis', 'Vorteil'],
          [['1 Monat', '9,99 €', '—'], ['3 Monate', '24,99 €', '17 % gespart'], ['12 Monate', '79,99 €', '33 % gespart']],
        ),
        p(`Bezahlung diskret per Kryptowährung (BTC, ETH, USDT) oder Paysafecard. Auf keiner Abrechnung erscheint unser Name.`),
        button('Jetzt freischalten'),
        flimmerFoot,
      ].join('\n'),
    },
    {
      path: '/dmca',
      title: 'DMCA & Entfernungsanträge – FakeFlimmer',
      body: [
        flimmerNav,
        h1('DMCA / Entfernung von Inhalten'),
        p(
          `FakeFlimmer hostet ausschließlich Inhalte, die von Nutzern hochgeladen wurden. Alle Videos sind als Fiktion gekennzeichnet. Wenn du Rechteinhaber bist oder glaubst, dass ein Video deine Rechte verletzt, sende bitte eine Nachricht an takedown@fakeflimmer-tube.test.`,
          `Die Nachricht muss folgende Angaben enthalten: die genaue URL des Videos, einen Nachweis deiner Identität bzw. deiner Vertretungsbefugnis und eine Erklärung, dass die Angaben wahrheitsgemäß sind. Unvollständige Anträge können wir nicht bearbeiten. Die Bearbeitung dauert in der Regel 7 bis 14 Werktage.`,
        ),
        h2('18 U.S.C. 2257').replace('<h2>', '<h2 id="2257">'),
        p(`Sämtliche Inhalte sind computergenerierte Darstellungen. Es wurden keine realen Aufnahmen der genannten Personen angefertigt.`),
        flimmerFoot,
      ].join('\n'),
    },
  ],
};

// ───────────────────────── 4. fr · nudify · made-to-order ─────────────────────────
const voileNav = nav([['/', 'Accueil'], ['/formules', 'Formules'], ['/commander', 'Commander'], ['/questions', 'Questions'], ['/garanties', 'Garanties']], 'Atelier Sans Voile');
const voileFoot = footer(`© 2025 Atelier Sans Voile · Service réservé aux majeurs (18+) · Paiement uniquement en cryptomonnaie.`, [
  ['/garanties', 'Garanties & remboursement'], ['/questions', 'FAQ'], ['https://t.me/sansvoile_support', 'Support Telegram'],
]);
const sansVoile: CorpusSite = {
  host: 'sansvoile-atelier.test',
  lang: 'fr',
  label: 'nudify',
  shape: 'made-to-order',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'Atelier Sans Voile – Déshabillage IA sur commande, retouché à la main',
      head: metaDescription('Envoyez-nous une photo, nos opérateurs la déshabillent par IA et la retouchent à la main. Livraison en 24 h, paiement crypto, 100 % discret.'),
      body: [
        voileNav,
        section(
          h1('Votre photo, sans vêtements. Livrée en 24 h.'),
          p(
            `Les applis gratuites vous donnent des résultats flous, des mains à six doigts et des tissus qui « fondent » ? Chez Atelier Sans Voile, chaque commande passe par notre IA de déshabillage maison, puis par un retoucheur humain qui corrige les détails un par un. Le résultat : une image nette, crédible, sans artefacts.`,
            `Vous n'avez rien à installer. Vous nous transmettez simplement le lien de la photo, vous choisissez la formule, vous réglez en crypto – et vous recevez votre fichier par e-mail ou sur Telegram.`,
          ),
          button('Passer commande'),
        ),
        section(
          h2('Pourquoi passer par un atelier ?'),
          ul(
            `<b>Qualité pro</b> – IA + retouche manuelle, là où les bots s'arrêtent à la première passe.`,
            `<b>Toutes les photos</b> – selfies, photos de soirée, captures Instagram, même en basse résolution.`,
            `<b>Discrétion totale</b> – aucune inscription, aucune donnée bancaire, fichiers effacés après livraison.`,
            `<b>Délais courts</b> – 24 h en standard, 3 h en express.`,
            `<b>Retouche offerte</b> – pas satisfait ? On reprend la photo gratuitement une fois.`,
          ),
        ),
        section(
          h2('Comment ça marche'),
          ol(
            `Choisissez votre ${a('/formules', 'formule')} (Solo, Duo ou Pack).`,
            `Remplissez le ${a('/commander', 'formulaire de commande')} avec le lien de la photo (Imgur, Google Drive, Instagram…).`,
            `Payez en BTC, USDT ou XMR – l'adresse s'affiche après validation.`,
            `Recevez votre photo déshabillée en haute définition.`,
          ),
        ),
        section(
          h2('Ils nous ont fait confiance'),
          blockquote(`Rien à voir avec les applis. Résultat bluffant, livré en 5 heures.`, '— Karim, commande Express'),
          blockquote(`Discret, rapide, et ils ont repris la photo sans discuter.`, '— client anonyme'),
        ),
        p(`<small>Service strictement réservé aux adultes. Toute photo représentant une personne mineure est refusée et supprimée. En commandant, vous déclarez disposer des droits sur l'image transmise.</small>`),
        cookieBanner('Ce site n’utilise que des cookies techniques indispensables. Aucun traceur publicitaire.', 'J’ai compris'),
        voileFoot,
      ].join('\n'),
    },
    {
      path: '/formules',
      title: 'Formules et tarifs – Atelier Sans Voile',
      body: [
        voileNav,
        h1('Nos formules'),
        priceTable(
          ['Formule', 'Contenu', 'Délai', 'Prix'],
          [
            ['Solo', '1 photo déshabillée + 1 retouche', '24 h', '15 USDT'],
            ['Duo', '2 photos (même personne ou non)', '24 h', '25 USDT'],
            ['Pack 5', '5 photos, retouches illimitées', '48 h', '55 USDT'],
            ['Option Express', 'Traitement prioritaire', '3 h', '+10 USDT'],
            ['Option « sous-vêtements »', 'Version lingerie en plus', '—', '+5 USDT'],
          ],
        ),
        p(`Tous les prix sont indiqués en USDT ; l'équivalent en BTC ou XMR est calculé au moment du paiement. Nous n'acceptons ni carte bancaire ni PayPal, pour votre discrétion comme pour la nôtre.`),
        p(a('/commander', 'Je commande →')),
        voileFoot,
      ].join('\n'),
    },
    {
      path: '/commander',
      title: 'Passer commande – Atelier Sans Voile',
      head: cryptoCheckout(),
      body: [
        voileNav,
        h1('Formulaire de commande'),
        p(`Indiquez le lien de la photo à traiter. Nous ne demandons aucun fichier sur ce site : un lien Imgur, Google Drive, Dropbox ou un profil Instagram public suffit. Précisez la personne à traiter si plusieurs personnes apparaissent sur l'image.`),
        orderForm(
          ['Lien vers la photo', 'Personne à traiter (ex. : « à gauche, robe rouge »)', 'Formule (Solo, Duo, Pack 5)', 'Options (Express, lingerie)', 'E-mail ou pseudo Telegram pour la livraison', 'Cryptomonnaie (BTC, USDT TRC-20, XMR)'],
          'Valider et payer',
        ),
        p(`Après validation, une adresse de paiement unique s'affiche. La commande démarre dès la première confirmation sur la blockchain.`),
        voileFoot,
      ].join('\n'),
    },
    {
      path: '/questions',
      title: 'Questions fréquentes – Atelier Sans Voile',
      body: [
        voileNav,
        h1('Questions fréquentes'),
        faq('Vous vous demandez…', [
          ['La personne sur la photo sera-t-elle prévenue ?', 'Non. Nous ne contactons jamais personne et ne publions rien. La photo n’est envoyée qu’à vous.'],
          ['Pourquoi uniquement la crypto ?', 'Pour garantir l’anonymat des deux côtés : aucune banque, aucun relevé, aucun nom.'],
          ['Quelle qualité de photo faut-il ?', 'Idéalement 800 px minimum, personne de face. Nos retoucheurs savent aussi travailler des captures d’écran.'],
          ['Et si le résultat ne me plaît pas ?', 'Une retouche gratuite est incluse. Voir nos garanties.'],
          ['Gardez-vous les photos ?', 'Les originaux et les résultats sont supprimés 72 h après la livraison.'],
        ]),
        voileFoot,
      ].join('\n'),
    },
    {
      path: '/garanties',
      title: 'Garanties et remboursement – Atelier Sans Voile',
      body: [
        voileNav,
        h1('Nos garanties'),
        p(
          `Chaque commande inclut une retouche gratuite : si un détail ne vous convient pas, répondez simplement au message de livraison en expliquant ce qu'il faut corriger. Les packs incluent des retouches illimitées pendant sept jours.`,
          `Si nous ne parvenons pas à traiter une photo (image trop floue, personne trop petite, visage masqué), nous vous proposons de la remplacer par une autre ou de vous rembourser en crédit utilisable sur une prochaine commande. Les paiements en cryptomonnaie ne sont pas remboursables sur le portefeuille d'origine.`,
        ),
        voileFoot,
      ].join('\n'),
    },
  ],
};

// ───────────────────────── 5. ru · nudify · telegram-bot ─────────────────────────
const snimiBot = 'https://t.me/SnimiVseBot?start=site';
const snimiNav = nav([['/', 'Главная'], ['/tarify', 'Тарифы'], ['/kak-polzovatsya', 'Как пользоваться'], ['/partneram', 'Партнёрам'], ['/pravila', 'Правила']], 'Сними Всё');
const snimiFoot = footer(`© 2025 «Сними Всё» — бот для взрослых 18+. Все изображения создаются нейросетью и являются вымыслом.`, [
  [snimiBot, 'Открыть бота'], ['https://t.me/snimi_news', 'Новости'], ['https://t.me/snimi_support', 'Поддержка'], ['/pravila', 'Правила'],
]);
const snimi: CorpusSite = {
  host: 'snimi-bot.test',
  lang: 'ru',
  label: 'nudify',
  shape: 'telegram-bot',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'Сними Всё — бот для раздевания фото в Telegram | 18+',
      head: metaDescription('Раздень любую фотку прямо в Telegram: нейросеть снимет одежду за 15 секунд. Первые генерации бесплатно. Только 18+.'),
      body: [
        snimiNav,
        section(
          h1('Раздень любое фото прямо в Telegram'),
          p(
            `«Сними Всё» — это Telegram-бот, который с помощью нейросети убирает одежду с фотографии за 15 секунд. Никаких приложений и регистрации: просто отправь боту фото и получи результат в чат.`,
            `Бот работает 24/7, понимает селфи, фото из соцсетей и скриншоты. Первые две генерации — бесплатно.`,
          ),
          p(a(snimiBot, '👉 Открыть @SnimiVseBot', 'class="btn"')),
        ),
        section(
          h2('Как это работает'),
          ol(
            'Запусти бота и нажми /start.',
            'Отправь фото одного человека — лучше в полный рост или по пояс.',
            'Выбери режим: «Купальник», «Бельё» или «Раздеть полностью».',
            'Через 10–20 секунд бот пришлёт готовую картинку.',
          ),
        ),
        section(
          h2('Почему выбирают нас'),
          ul(
            '⚡ Быстро — очередь не больше минуты даже вечером.',
            '🔞 Без цензуры — режим NSFW без размытия для тарифов «Про» и «Безлимит».',
            '🕶 Анонимно — не храним фото, история удаляется командой /clear.',
            '💳 Удобная оплата — звёзды Telegram, криптовалюта, карты через посредника.',
            '🎁 Рефералка — +3 генерации за каждого приглашённого друга.',
          ),
          `<div class="screens">${img(7, 'Скриншот бота')}${img(8, 'Выбор режима')}</div>`,
        ),
        section(
          h2('Отзывы'),
          blockquote('Пробовал штук пять ботов, этот самый быстрый и без водяных знаков на Про.', '@den_k'),
          blockquote('Купила безлимит на неделю, всё работает, поддержка отвечает.', '@marina_v'),
        ),
        p(`Подробнее о ценах — на странице ${a('/tarify', 'тарифов')}. Хочешь зарабатывать на приглашениях? Загляни в ${a('/partneram', 'партнёрскую программу')}.`),
        p('<small>Только для лиц старше 18 лет. Загружая фото, ты подтверждаешь, что имеешь право его обрабатывать. Фото несовершеннолетних автоматически блокируются.</small>'),
        snimiFoot,
      ].join('\n'),
    },
    {
      path: '/tarify',
      title: 'Тарифы — Сними Всё',
      head: cryptoCheckout(),
      body: [
        snimiNav,
        h1('Тарифы'),
        priceTable(
          ['Тариф', 'Генераций', 'Режимы', 'Цена'],
          [
            ['Пробный', '2', 'Купальник, бельё (с размытием)', 'бесплатно'],
            ['Старт', '20', 'Все режимы', '199 ₽ / 150 ⭐'],
            ['Про', '100', 'Все режимы + NSFW без размытия + HD', '590 ₽ / 450 ⭐'],
            ['Безлимит на 7 дней', '∞', 'Всё включено, приоритетная очередь', '990 ₽ / 750 ⭐ / 12 USDT'],
          ],
        ),
        p(`Оплата прямо в боте: команда /buy. Принимаем звёзды Telegram, USDT (TRC-20), TON и банковские карты через проверенного посредника. Генерации не сгорают.`),
        p(a(snimiBot, 'Купить в боте →')),
        snimiFoot,
      ].join('\n'),
    },
    {
      path: '/kak-polzovatsya',
      title: 'Как пользоваться ботом — Сними Всё',
      body: [
        snimiNav,
        h1('Инструкция'),
        h2('Какие фото подходят лучше всего'),
        ul(
          'Один человек в кадре, лицо и фигура хорошо видны.',
          'Хорошее освещение, без сильных теней.',
          'Разрешение от 512 пикселей по меньшей стороне.',
          'Обычная одежда — платье, футболка, купальник. Объёмные куртки распознаются хуже.',
        ),
        h2('Команды бота'),
        ul('/start — начать работу', '/mode — выбрать режим', '/buy — пополнить баланс', '/ref — реферальная ссылка', '/clear — удалить историю'),
        p('Если бот не отвечает больше двух минут, напиши в поддержку @snimi_support — вернём генерацию на баланс.'),
        snimiFoot,
      ].join('\n'),
    },
    {
      path: '/partneram',
      title: 'Партнёрская программа — Сними Всё',
      body: [
        snimiNav,
        h1('Зарабатывай с «Сними Всё»'),
        p(
          `Приглашай людей по своей реферальной ссылке и получай 30 % с каждой их покупки — навсегда. Ссылку можно получить командой /ref. Выплаты в USDT от 20 долларов, раз в неделю.`,
          `Владельцам каналов и чатов предлагаем индивидуальные условия до 45 % и готовые рекламные креативы. Пиши менеджеру @snimi_partners.`,
        ),
        snimiFoot,
      ].join('\n'),
    },
    {
      path: '/pravila',
      title: 'Правила использования — Сними Всё',
      body: [
        snimiNav,
        h1('Правила'),
        ol(
          'Сервис предназначен только для совершеннолетних пользователей.',
          'Все изображения генерируются нейросетью и являются художественным вымыслом.',
          'Запрещено загружать фотографии несовершеннолетних — такие аккаунты блокируются без возврата средств.',
          'Пользователь самостоятельно несёт ответственность за загружаемые материалы и их дальнейшее использование.',
          'Администрация не хранит исходные фото дольше 24 часов.',
        ),
        snimiFoot,
      ].join('\n'),
    },
  ],
};

// ───────────────────────── 6. pl · nudify · api-reseller ─────────────────────────
const zdejmNav = nav([['/', 'Start'], ['/cennik', 'Cennik'], ['/docs', 'Dokumentacja'], ['/white-label', 'White-label'], ['/regulamin', 'Regulamin']], 'ZdejmAPI');
const zdejmFoot = footer(`© 2025 ZdejmAPI. Usługa wyłącznie dla podmiotów i osób pełnoletnich (18+). Status usług: 99,9% uptime w ostatnich 90 dniach.`, [
  ['/docs', 'Dokumentacja'], ['/cennik', 'Cennik'], ['/regulamin', 'Regulamin'], ['https://t.me/zdejmapi', 'Kontakt (Telegram)'],
]);
const zdejm: CorpusSite = {
  host: 'zdejmapi-dev.test',
  lang: 'pl',
  label: 'nudify',
  shape: 'api-reseller',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'ZdejmAPI – API do rozbierania zdjęć (undress) dla deweloperów i resellerów',
      head:
        metaDescription('Undress API: jedno wywołanie, jedno zdjęcie bez ubrań. Od 0,03 USD za request, bez filtrów NSFW, white-label dla botów i aplikacji.') +
        jsonLd({
          '@context': 'https://schema.org',
          '@type': 'WebAPI',
          name: 'ZdejmAPI Undress API',
          documentation: 'https://zdejmapi-dev.test/docs',
          provider: { '@type': 'Organization', name: 'ZdejmAPI' },
          offers: { '@type': 'Offer', price: '0.03', priceCurrency: 'USD', description: 'za wywołanie' },
        }) +
        gtag('G-ZDJ3MAPI77'),
      body: [
        zdejmNav,
        section(
          h1('Undress API, na którym zbudujesz własny serwis'),
          p(
            `ZdejmAPI to gotowy silnik AI do usuwania ubrań ze zdjęć, dostępny przez proste REST API. Ty budujesz bota na Telegramie, aplikację albo stronę – my dostarczamy model, GPU i skalowanie. Płacisz tylko za wywołania, bez abonamentu i bez minimalnego zobowiązania.`,
          ),
          ul(
            '⚙️ Średni czas odpowiedzi: 4,2 s',
            '🔓 Brak filtrów NSFW po stronie API – moderację ustawiasz sam',
            '🧩 Tryby: bikini, bielizna, pełne rozebranie, inpainting maski',
            '🌍 Serwery w UE i Azji, limit do 50 req/s na klucz',
          ),
          button('Pobierz darmowy klucz – 50 wywołań gratis'),
        ),
        section(
          h2('Szybki start'),
          `<pre><code>curl -X POST https://api.zdejmapi-dev.test/v1/undress \\
  -H "Authorization: Bearer TWÓJ_KLUCZ" \\
  -d '{"image_url":"https://example.test/zdjecie.jpg","mode":"full","hd":true}'</code></pre>`,
          p(`W odpowiedzi dostajesz adres gotowego obrazu (ważny 1 godzinę) oraz identyfikator zadania. Pełny opis parametrów znajdziesz w ${a('/docs', 'dokumentacji')}.`),
        ),
        section(
          h2('Dla kogo?'),
          ul(
            '<b>Właściciele botów na Telegramie</b> – podłączasz API w 15 minut, ustawiasz własne ceny w gwiazdkach.',
            '<b>Twórcy aplikacji</b> – SDK dla Pythona, Node.js i Kotlina.',
            '<b>Resellerzy</b> – odsprzedawaj wywołania pod własną marką w programie white-label.',
          ),
        ),
        section(
          h2('Dlaczego nie własny model?'),
          p(`Utrzymanie modelu rozbierającego w dobrej jakości to dziesiątki GPU, ciągłe dotrenowywanie i walka z hostingami, które banują takie projekty. U nas masz to od ręki, z przewidywalnym kosztem jednego wywołania.`),
        ),
        cookieBanner('Używamy plików cookie do logowania w panelu i analityki. Szczegóły w regulaminie.', 'Akceptuję', 'Odrzuć'),
        zdejmFoot,
      ].join('\n'),
    },
    {
      path: '/cennik',
      title: 'Cennik za wywołanie – ZdejmAPI',
      head: stripe('pk_live_51ZdejmApiFixture00000000000000000') + cryptoCheckout(),
      body: [
        zdejmNav,
        h1('Cennik: płacisz za wywołanie'),
        priceTable(
          ['Wolumen miesięczny', 'Standard (1024 px)', 'HD (2048 px)', 'Wideo (za sekundę)'],
          [
            ['do 10 000 wywołań', '0,05 USD', '0,08 USD', '0,12 USD'],
            ['10 000 – 100 000', '0,04 USD', '0,06 USD', '0,10 USD'],
            ['100 000 – 1 mln', '0,03 USD', '0,05 USD', '0,08 USD'],
            ['powyżej 1 mln', 'indywidualnie', 'indywidualnie', 'indywidualnie'],
          ],
        ),
        p(`Doładowanie salda kartą (od 20 USD) lub kryptowalutą – USDT, BTC, LTC – z bonusem +10%. Nieudane wywołania (błąd 5xx, brak wykrytej osoby) nie są naliczane.`),
        zdejmFoot,
      ].join('\n'),
    },
    {
      path: '/docs',
      title: 'Dokumentacja API v1 – ZdejmAPI',
      body: [
        zdejmNav,
        h1('Dokumentacja API v1'),
        h2('POST /v1/undress'),
        p('Przetwarza jedno zdjęcie. Parametry w treści żądania (JSON):'),
        ul(
          '<code>image_url</code> lub <code>image_base64</code> – zdjęcie wejściowe (JPG/PNG, max 10 MB)',
          '<code>mode</code> – <code>bikini</code>, <code>lingerie</code>, <code>full</code>',
          '<code>hd</code> – <code>true</code>/<code>false</code>, wyższa rozdzielczość',
          '<code>webhook</code> – adres, pod który wyślemy wynik asynchronicznie',
        ),
        h2('GET /v1/jobs/{id}'),
        p('Zwraca status zadania: <code>queued</code>, <code>processing</code>, <code>done</code> lub <code>failed</code>. Wyniki przechowujemy przez 60 minut, później są trwale usuwane.'),
        h2('Kody błędów'),
        ul('401 – nieprawidłowy klucz', '402 – brak środków na saldzie', '422 – nie wykryto osoby na zdjęciu', '429 – przekroczony limit zapytań'),
        zdejmFoot,
      ].join('\n'),
    },
    {
      path: '/white-label',
      title: 'Program white-label dla resellerów – ZdejmAPI',
      body: [
        zdejmNav,
        h1('White-label: Twoja marka, nasz silnik'),
        p(
          `Chcesz sprzedawać usługę „rozbierania zdjęć” pod własną nazwą? W programie white-label dostajesz własną domenę API, panel klienta z Twoim logo, gotowego bota na Telegrama oraz hurtowe stawki od 0,02 USD za wywołanie.`,
          `Twoi klienci nigdy nie zobaczą nazwy ZdejmAPI. Ty ustalasz ceny, my dbamy o serwery i aktualizacje modelu. Minimalne doładowanie na start: 300 USD.`,
        ),
        button('Napisz do opiekuna'),
        zdejmFoot,
      ].join('\n'),
    },
    {
      path: '/regulamin',
      title: 'Regulamin – ZdejmAPI',
      body: [
        zdejmNav,
        h1('Regulamin usługi'),
        ol(
          'Z usługi mogą korzystać wyłącznie osoby pełnoletnie oraz firmy działające zgodnie z prawem swojego kraju.',
          'Klient odpowiada za treści przesyłane przez API i za uzyskanie zgód osób widocznych na zdjęciach.',
          'Zabronione jest przetwarzanie wizerunku osób niepełnoletnich. Wykryte próby skutkują blokadą klucza.',
          'Operator nie przechowuje zdjęć dłużej niż 60 minut i nie ponosi odpowiedzialności za sposób wykorzystania wyników.',
        ),
        zdejmFoot,
      ].join('\n'),
    },
  ],
};

// ───────────────────────── 7. tr · deepfake · request-board ─────────────────────────
const talepNav = nav([['/', 'Ana Sayfa'], ['/talepler', 'Açık Talepler'], ['/talep-olustur', 'Talep Oluştur'], ['/ureticiler', 'Üreticiler'], ['/kurallar', 'Kurallar']], 'YüzTalep');
const talepFoot = footer(`© 2025 YüzTalep · Yalnızca +18 üyeler içindir. Tüm içerikler yapay zekâ ile üretilmiş kurgusal deepfake çalışmalarıdır.`, [
  ['/kurallar', 'Kurallar'], ['/kurallar#sss', 'SSS'], ['/ureticiler', 'Üretici ol'], ['https://t.me/yuztalep_destek', 'Destek'],
]);
const yuzTalep: CorpusSite = {
  host: 'yuztalep-pano.test',
  lang: 'tr',
  label: 'deepfake',
  shape: 'request-board',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'YüzTalep – +18 Deepfake İstek Panosu | İstediğin yüz, istediğin video',
      head: metaDescription('Fotoğrafları yükle, talebini yaz, deepfake üreticileri teklif versin. +18 yüz değiştirme videoları, emanet (escrow) ödeme, kripto ile gizli alışveriş.') + gtag('G-YUZTLP0042'),
      body: [
        ageGate('Bu site +18 içerik barındırır. Devam ederek 18 yaşından büyük olduğunu onaylıyorsun.', 'Evet, 18 yaşından büyüğüm', 'Çıkış'),
        talepNav,
        section(
          h1('Hayal ettiğin deepfake, birkaç tıkla'),
          p(
            `YüzTalep, +18 deepfake videolar için kurulmuş bir istek panosu. Kimin yüzünü istediğini yaz, birkaç net fotoğraf ekle, bütçeni belirle – yüzlerce deneyimli üretici talebini görür ve sana teklif verir. Ünlü, fenomen ya da tanıdık: hangi yüzü istersen yetişkin videolarına yerleştirilir.`,
            `Ödemen emanette bekler; video teslim edilip sen onaylayana kadar üreticiye geçmez. Tüm ödemeler kripto ile, tamamen anonim.`,
          ),
          button('Ücretsiz talep oluştur'),
        ),
        section(
          h2('Son talepler'),
          ul(
            `${a('/talepler#4821', 'Talep #4821')} – Instagram fenomeni, 6 fotoğraf, 3–5 dk video · bütçe 40 USDT · <b>7 teklif</b>`,
            `${a('/talepler#4819', 'Talep #4819')} – dizi oyuncusu, yüz değiştirme, 4K · bütçe 120 USDT · <b>12 teklif</b>`,
            `${a('/talepler#4816', 'Talep #4816')} – eski iş arkadaşı, 4 fotoğraf, kısa klip · bütçe 25 USDT · <b>3 teklif</b>`,
            `${a('/talepler#4812', 'Talep #4812')} – TikTok yayıncısı, sesli versiyon · bütçe 80 USDT · <b>5 teklif</b>`,
          ),
        ),
        section(
          h2('Nasıl çalışır?'),
          ol(
            'Talep oluştur: kişiyi tanımla, en az 3 net yüz fotoğrafı ekle.',
            'Tekliflere göz at: üreticilerin örnek çalışmalarını ve puanlarını karşılaştır.',
            'Ödemeyi emanete yatır (USDT, BTC veya XMR).',
            'Videoyu önizle, onayla – ödeme üreticiye geçsin.',
          ),
        ),
        section(
          h2('Neden YüzTalep?'),
          ul(
            '🔒 Emanet sistemi: beğenmezsen paranı geri al.',
            '🎭 1.400+ doğrulanmış deepfake üreticisi.',
            '⏱ Ortalama teslim süresi: 36 saat.',
            '🕶 Kayıt için sadece kullanıcı adı yeterli, e-posta bile istemiyoruz.',
          ),
        ),
        talepFoot,
      ].join('\n'),
    },
    {
      path: '/talepler',
      title: 'Açık Talepler – YüzTalep',
      body: [
        talepNav,
        h1('Açık talepler'),
        textForm('Talep ara (ör. fenomen, oyuncu, sunucu)', 'Ara', '/talepler/ara'),
        article(h3('Talep #4821 – Instagram fenomeni'), p('6 fotoğraf ekli, farklı açılardan. 3–5 dakikalık +18 face swap videosu isteniyor. Bütçe 40 USDT, teslim 3 gün. 7 teklif, en düşük 32 USDT.')),
        article(h3('Talep #4819 – Dizi oyuncusu'), p('Yüksek kaliteli yüz değiştirme, 4K, dudak senkronu. Bütçe 120 USDT. 12 teklif, üç üretici örnek gönderdi.')),
        article(h3('Talep #4816 – Eski iş arkadaşı'), p('4 sosyal medya fotoğrafı. Kısa klip yeterli. Bütçe 25 USDT. 3 teklif.')),
        article(h3('Talep #4812 – TikTok yayıncısı'), p('Ses klonu dahil versiyon isteniyor. Bütçe 80 USDT, teslim 5 gün. 5 teklif.')),
        talepFoot,
      ].join('\n'),
    },
    {
      path: '/talep-olustur',
      title: 'Yeni Talep Oluştur – YüzTalep',
      head: cryptoCheckout(),
      body: [
        talepNav,
        h1('Yeni talep oluştur'),
        p('Talebin ne kadar ayrıntılı olursa teklifler o kadar isabetli olur. Kişinin yüzünün net göründüğü en az üç fotoğraf ekle; farklı ışık ve açılar sonucu iyileştirir. Fotoğraf bağlantısı da ekleyebilirsin.'),
        upload('Yüz fotoğrafları (en az 3)', '/talep-olustur/gonder', 'Fotoğrafları yükle'),
        orderForm(['Kişi hakkında kısa açıklama', 'Video türü ve süresi', 'Bütçe (USDT)', 'Teslim süresi'], 'Talebi yayınla'),
        p('Talebin yayınlandıktan sonra teklifler gelmeye başlar. Bir teklifi kabul ettiğinde ödemeyi emanet cüzdanına yatırman istenir.'),
        talepFoot,
      ].join('\n'),
    },
    {
      path: '/ureticiler',
      title: 'Üreticiler – YüzTalep',
      body: [
        talepNav,
        h1('Üretici ol, deepfake ile kazan'),
        p(
          'DeepFaceLab, FaceFusion veya kendi modelinle çalışıyorsan YüzTalep sana her gün yüzlerce yeni iş getirir. Tekliflerini ver, örnek çalışmalarını vitrine koy, puanını yükselt.',
          'Komisyonumuz tamamlanan iş başına %15. Ödemeler haftalık olarak USDT ile yapılır. En iyi üreticiler ana sayfada öne çıkarılır.',
        ),
        button('Üretici başvurusu'),
        talepFoot,
      ].join('\n'),
    },
    {
      path: '/kurallar',
      title: 'Kurallar ve SSS – YüzTalep',
      body: [
        talepNav,
        h1('Kurallar'),
        ol(
          'Panoyu yalnızca 18 yaşından büyük kullanıcılar kullanabilir.',
          'Reşit olmayan kişilere ait talepler silinir, hesap kapatılır.',
          'Üretilen tüm içerikler kurgusaldır; kullanım sorumluluğu talep sahibine aittir.',
          'Anlaşmazlıklarda emanet ödemesi moderatör kararıyla iade edilir.',
        ),
        faq('Sıkça sorulan sorular', [
          ['Videodaki kişi bundan haberdar olur mu?', 'Hayır. Talepler yalnızca üye üreticilere görünür ve videolar sadece sana teslim edilir.'],
          ['Neden sadece kripto?', 'Gizliliğin için. Banka ya da kart kaydı oluşmaz.'],
        ]).replace('<section class="faq">', '<section class="faq" id="sss">'),
        talepFoot,
      ].join('\n'),
    },
  ],
};

// ───────────────────────── 8. it · directory · listicle ─────────────────────────
const guidaNav = nav([['/', 'Classifiche'], ['/come-testiamo', 'Come testiamo'], ['/affiliazioni', 'Trasparenza'], ['/redazione', 'Redazione'], ['/contatti', 'Contatti']], 'GuidaIA Classifiche');
const guidaFoot = footer(`© 2025 GuidaIA Classifiche – Recensioni indipendenti di strumenti di intelligenza artificiale. Alcuni link sono affiliati: se acquisti, potremmo ricevere una commissione.`, [
  ['/affiliazioni', 'Informativa affiliazioni'], ['/redazione', 'Chi siamo'], ['/contatti', 'Contatti'], ['/privacy', 'Privacy & cookie'],
]);
const guidaEntry = (n: number, name: string, href: string, text: string, pro: string, contro: string, prezzo: string): string =>
  article(h3(`${n}. ${name}`), p(text), ul(`<b>Pro:</b> ${pro}`, `<b>Contro:</b> ${contro}`, `<b>Prezzo:</b> ${prezzo}`), p(a(href, `Prova ${name} →`, 'rel="sponsored nofollow"')));
const guidaIa: CorpusSite = {
  host: 'guidaia-classifiche.test',
  lang: 'it',
  label: 'directory',
  shape: 'listicle',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'Le 7 migliori app per spogliare le foto con l’IA nel 2025 (testate)',
      head:
        metaDescription('Abbiamo provato le app undress AI più usate: ecco la classifica 2025 con pro, contro e prezzi. Quale spoglia meglio una foto?') +
        jsonLd({
          '@context': 'https://schema.org',
          '@type': 'ItemList',
          name: 'Migliori app undress AI 2025',
          itemListElement: ['SvestoAI', 'VeloZero', 'SpoglIA', 'NoVeste', 'DressOut', 'PelleNuova', 'DenudoBot'].map((n, i) => ({ '@type': 'ListItem', position: i + 1, name: n })),
        }) +
        gtag('G-GUIDAIA2025'),
      body: [
        guidaNav,
        h1('Le 7 migliori app per spogliare le foto con l’IA (2025)'),
        p(`<small>Aggiornato il 12 maggio 2025 · Lettura: 6 minuti · Contiene link affiliati</small>`),
        p(`Le app “undress AI” promettono di togliere i vestiti da qualsiasi foto in pochi secondi, ma la qualità cambia parecchio da un servizio all'altro. Abbiamo messo alla prova i sette strumenti più cercati in Italia su velocità, realismo, prezzo e privacy. Ecco com'è andata.`),
        guidaEntry(1, 'SvestoAI', 'https://svesto-ai.test/?ref=guidaia', 'Il più completo: caricamento da browser, modalità bikini, lingerie e “svestizione completa”, export in HD. Il risultato è il più naturale che abbiamo visto.', 'qualità altissima, interfaccia in italiano', 'coda lunga la sera per gli utenti gratuiti', 'da 9,90 € al mese'),
        guidaEntry(2, 'VeloZero', 'https://velozero.test/?aff=gia25', 'App per Android (APK) e iPhone con abbonamento settimanale. Ottima con i selfie, un po’ meno con le foto di gruppo.', 'veloce, modalità NSFW senza sfocature', 'l’APK va installato a mano', '4,99 € a settimana'),
        guidaEntry(3, 'SpoglIA', 'https://spoglia-app.test/?ref=guidaia', 'Servizio web semplice e gratuito per le prime tre foto. Ideale per chi vuole solo provare.', 'crediti gratuiti giornalieri', 'filigrana sulla versione free', 'crediti da 5 €'),
        guidaEntry(4, 'NoVeste', 'https://noveste.test/?ref=guidaia', 'Punta su video e GIF oltre alle foto. Interessante, ma ancora acerbo.', 'supporto video', 'risultati altalenanti', 'da 14,90 € al mese'),
        guidaEntry(5, 'DressOut', 'https://dressout-ai.test/?ref=guidaia', 'Dispone di un’API per sviluppatori e di un bot Telegram. Preferito da chi vuole integrare la funzione in altri servizi.', 'API economica', 'solo in inglese', '0,05 $ a foto'),
        guidaEntry(6, 'PelleNuova', 'https://pellenuova.test/?ref=guidaia', 'Concentrato sul realismo della pelle e della luce, lavora bene anche con foto scure.', 'ottima resa con poca luce', 'pagamenti solo in crypto', '12 USDT per 50 foto'),
        guidaEntry(7, 'DenudoBot', 'https://t.me/DenudoBot?start=guidaia', 'Bot Telegram senza registrazione: mandi la foto e ricevi il risultato in chat.', 'comodo e anonimo', 'poche opzioni', 'pacchetti da 2,99 €'),
        p(`Come abbiamo scelto? Lo spieghiamo nella pagina ${a('/come-testiamo', 'Come testiamo')}. Ricorda: usa questi strumenti solo su foto per cui hai il consenso della persona ritratta.`),
        cookieBanner('Usiamo cookie tecnici e, con il tuo consenso, cookie di affiliazione e di analisi.', 'Accetta tutto', 'Rifiuta'),
        guidaFoot,
      ].join('\n'),
    },
    {
      path: '/come-testiamo',
      title: 'Come testiamo le app – GuidaIA Classifiche',
      body: [
        guidaNav,
        h1('Come testiamo'),
        p(
          `Per ogni servizio apriamo un account nuovo, usiamo sia la versione gratuita sia quella a pagamento e carichiamo lo stesso set di immagini di prova generate con l'IA, mai foto di persone reali. Valutiamo tempi di attesa, qualità del risultato, chiarezza dei prezzi, facilità di disdetta e cosa dice l'informativa privacy sulla conservazione delle foto.`,
          `Il punteggio finale è una media ponderata: qualità 40%, prezzo 25%, privacy 20%, facilità d'uso 15%. Rifacciamo i test ogni tre mesi.`,
        ),
        guidaFoot,
      ].join('\n'),
    },
    {
      path: '/affiliazioni',
      title: 'Informativa sui link affiliati – GuidaIA Classifiche',
      body: [
        guidaNav,
        h1('Trasparenza sulle affiliazioni'),
        p(
          `GuidaIA Classifiche si finanzia tramite programmi di affiliazione. Quando clicchi su un link contrassegnato come sponsorizzato e acquisti un abbonamento, il servizio ci riconosce una percentuale, senza costi aggiuntivi per te.`,
          `Le commissioni non influenzano l'ordine delle classifiche: i partner non vedono gli articoli prima della pubblicazione e non possono chiedere modifiche. Se un servizio peggiora, lo spostiamo in basso anche se è un partner.`,
        ),
        guidaFoot,
      ].join('\n'),
    },
    {
      path: '/redazione',
      title: 'La redazione – GuidaIA Classifiche',
      body: [
        guidaNav,
        h1('Chi siamo'),
        p(
          `Siamo un piccolo gruppo di appassionati di tecnologia con base a Milano. Dal 2022 proviamo generatori di immagini, chatbot, app per foto e strumenti di editing basati sull'intelligenza artificiale, e raccontiamo cosa funziona davvero e cosa è solo marketing.`,
          `Non vendiamo software e non siamo affiliati in esclusiva con nessun servizio. Per segnalazioni o richieste di recensione scrivi a redazione@guidaia-classifiche.test.`,
        ),
        guidaFoot,
      ].join('\n'),
    },
    {
      path: '/contatti',
      title: 'Contatti – GuidaIA Classifiche',
      body: [
        guidaNav,
        h1('Contatti'),
        p(
          `Hai provato un'app che non è nella nostra classifica? Vuoi segnalarci un errore o un servizio che ha cambiato prezzi? Scrivici usando il modulo qui sotto. Rispondiamo di solito entro due giorni lavorativi. Per proposte commerciali e programmi di affiliazione usa l'indirizzo partner@guidaia-classifiche.test.`,
        ),
        textForm('Il tuo messaggio', 'Invia', '/contatti/invia'),
        guidaFoot,
      ].join('\n'),
    },
  ],
};

// ───────────────────────── 9. en · directory · single-review ─────────────────────────
const verdictNav = nav([['/', 'Latest'], ['/reviews/is-nudivo-safe-legit', 'Nudivo review'], ['/reviews/peelcam-review', 'PeelCam review'], ['/how-we-score', 'How we score'], ['/disclosure', 'Disclosure']], 'ToolVerdict');
const verdictFoot = footer(`© 2025 ToolVerdict. Independent reviews of AI apps. We may earn a commission when you buy through links on this site.`, [
  ['/disclosure', 'Affiliate disclosure'], ['/how-we-score', 'Methodology'], ['/privacy', 'Privacy'], ['mailto:hello@toolverdict-reviews.test', 'Contact'],
]);
const toolVerdict: CorpusSite = {
  host: 'toolverdict-reviews.test',
  lang: 'en',
  label: 'directory',
  shape: 'single-review',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'ToolVerdict – Honest Reviews of AI Undress & Face Swap Apps',
      head: metaDescription('Is that undress AI app safe, legit or a scam? Hands-on reviews, real pricing and the catch behind the free trial.') + gtag('G-TVERDICT11'),
      body: [
        verdictNav,
        section(
          h1('Is it safe? Is it legit? We test the AI apps so you don’t have to'),
          p(`Every week a new “undress AI” or NSFW face swap app shows up in ads and Telegram channels. Some work, some are subscription traps, and some are straight-up scams that take your card details and never deliver. ToolVerdict signs up, pays, tests and writes up what we found.`),
        ),
        section(
          h2('Featured review'),
          article(
            h3(a('/reviews/is-nudivo-safe-legit', 'Is Nudivo safe and legit? Our honest 2025 review')),
            img(2, 'Nudivo dashboard screenshot'),
            p(`Nudivo is one of the most advertised undress AI tools right now. We spent two weeks and $47 on it. Short answer: it is legit in the sense that it delivers what it promises, the results are among the best we have tested, but the weekly plan renews quietly and support is slow.`),
            p(`<b>Verdict: 8.1/10</b> · ${a('https://nudivo.test/?ref=toolverdict', 'Visit Nudivo', 'rel="sponsored"')}`),
          ),
        ),
        section(
          h2('Latest reviews'),
          ul(
            `${a('/reviews/peelcam-review', 'PeelCam review: the undress app that lives in Telegram')} – 7.4/10`,
            `${a('/reviews/silkswap-review', 'SilkSwap review: NSFW face swap for videos, worth $19?')} – 6.9/10`,
            `${a('/reviews/bareframe-scam', 'BareFrame: scam or legit? (Spoiler: avoid)')} – 2.0/10`,
            `${a('/reviews/shedly-pro-review', 'Shedly Pro: fast, cheap, but watermarked')} – 6.5/10`,
            `${a('/reviews/dreamstrip-review', 'DreamStrip review: API-based, good for bulk')} – 7.0/10`,
          ),
        ),
        section(
          h2('Get new reviews first'),
          p(`One email a week with new apps, price changes and which tools got shut down. No spam.`),
          textForm('Your email', 'Subscribe', '/newsletter'),
        ),
        cookieBanner('We use cookies for analytics and to track affiliate referrals.', 'OK', 'Decline'),
        verdictFoot,
      ].join('\n'),
    },
    {
      path: '/reviews/is-nudivo-safe-legit',
      title: 'Is Nudivo Safe and Legit? Honest Review 2025 – ToolVerdict',
      head: jsonLd({
        '@context': 'https://schema.org',
        '@type': 'Review',
        itemReviewed: { '@type': 'SoftwareApplication', name: 'Nudivo', applicationCategory: 'Multimedia' },
        reviewRating: { '@type': 'Rating', ratingValue: '8.1', bestRating: '10' },
        author: { '@type': 'Person', name: 'Chris Malden' },
      }),
      body: [
        verdictNav,
        article(
          h1('Is Nudivo safe and legit? Our honest 2025 review'),
          p(`<small>By Chris Malden · Updated June 2025 · 9 min read</small>`),
          h2('What is Nudivo?'),
          p(`Nudivo is a browser-based undress AI: you upload a photo, pick a mode (bikini, lingerie or full undress) and it generates the “clothes off” version in about ten seconds. There is also an NSFW face swap tool for short clips on the top plan.`),
          h2('Is Nudivo legit?'),
          p(`Yes, in the narrow sense: we paid, and it delivered. Results were sharper than most competitors and we saw fewer artefacts around hands and hair. The free tier gives two blurred previews.`),
          h2('Is Nudivo safe?'),
          p(`Payments go through a third-party processor and the statement descriptor is neutral. Nudivo says uploads are deleted after 24 hours, but there is no independent audit. The weekly plan ($7.99) renews automatically and the cancel button is buried under Account → Billing → Manage.`),
          h2('Pricing'),
          priceTable(['Plan', 'Price', 'Credits'], [['Free', '$0', '2 blurred'], ['Weekly', '$7.99', '100'], ['Monthly', '$24.99', 'Unlimited + video']]),
          h2('Verdict'),
          p(`8.1/10 – one of the better undress apps we have tested, with annoying billing. If it is not for you, see the ${a('/', 'latest reviews')} for alternatives.`),
          p(a('https://nudivo.test/?ref=toolverdict&utm_source=review', 'Try Nudivo (2 free credits) →', 'rel="sponsored"')),
        ),
        verdictFoot,
      ].join('\n'),
    },
    {
      path: '/reviews/peelcam-review',
      title: 'PeelCam Review: The Undress App That Lives in Telegram – ToolVerdict',
      body: [
        verdictNav,
        article(
          h1('PeelCam review: the undress app that lives in Telegram'),
          p(
            `PeelCam skips the website entirely: everything happens inside a Telegram bot. Send a photo, choose how much to remove, pay with Telegram Stars. It is quick and anonymous, but the results are a step below Nudivo and the “unlimited” pack is capped at 300 images a week.`,
            `Score: 7.4/10. Good if you want privacy and speed; skip it if you need HD output.`,
          ),
          p(a('https://t.me/PeelCamBot?start=tverdict', 'Open PeelCam bot →', 'rel="sponsored"')),
        ),
        verdictFoot,
      ].join('\n'),
    },
    {
      path: '/how-we-score',
      title: 'How We Score – ToolVerdict',
      body: [
        verdictNav,
        h1('How we score apps'),
        p(`Every app is tested by one reviewer for at least a week on a paid plan. We test with a fixed set of AI-generated sample images, never with photos of real people. Scores are built from:`),
        ul('Output quality – 35%', 'Speed and reliability – 20%', 'Pricing honesty and ease of cancelling – 25%', 'Privacy and data handling – 20%'),
        p(`We re-test the top five apps every quarter and note any price changes at the top of each review.`),
        verdictFoot,
      ].join('\n'),
    },
    {
      path: '/disclosure',
      title: 'Affiliate Disclosure – ToolVerdict',
      body: [
        verdictNav,
        h1('Affiliate disclosure'),
        p(
          `ToolVerdict is reader-supported. Many of the links on this site are affiliate links: if you sign up for a paid plan after clicking one, we may earn a commission at no extra cost to you. This is how we pay for the subscriptions we test.`,
          `Affiliate relationships never decide a score. Apps we earn from have received low scores, and we review apps that have no affiliate programme at all.`,
        ),
        verdictFoot,
      ].join('\n'),
    },
  ],
};

// ───────────────────────── 10. ru · directory · telegram-list ─────────────────────────
const botoNav = nav([['/', 'Боты для раздевания'], ['/dipfejk-boty', 'Дипфейк-боты'], ['/besplatnye', 'Бесплатные'], ['/dobavit-bota', 'Добавить бота'], ['/voprosy', 'Вопросы']], 'Ботопедия');
const botoFoot = footer(`© 2025 Ботопедия — независимый каталог Telegram-ботов. Мы не владеем перечисленными ботами и не отвечаем за их работу. 18+.`, [
  ['/dobavit-bota', 'Добавить бота'], ['/voprosy', 'FAQ'], ['https://t.me/botopedia_channel', 'Наш канал'], ['mailto:reklama@botopedia-tg.test', 'Реклама'],
]);
const botoItem = (name: string, handle: string, text: string, rating: string): string =>
  `<li><b>${name}</b> — ${text} ★ ${rating} · ${a(`https://t.me/${handle}?start=ref_botopedia`, `@${handle}`)}</li>`;
const botopedia: CorpusSite = {
  host: 'botopedia-tg.test',
  lang: 'ru',
  label: 'directory',
  shape: 'telegram-list',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'Боты для раздевания фото в Telegram — топ-15 (июнь 2025) | Ботопедия',
      head: metaDescription('Список рабочих Telegram-ботов для раздевания фото нейросетью. Проверено в июне 2025: цены, бесплатные генерации, качество.') + gtag('G-BOTOPEDIA9'),
      body: [
        botoNav,
        h1('Лучшие боты для раздевания фото в Telegram'),
        p(`<small>Обновлено: 14 июня 2025 · проверено вручную · 18+</small>`),
        p(`Боты постоянно банят и перезапускают под новыми именами, поэтому мы проверяем список каждую неделю. Ниже — только те боты, которые на момент проверки отвечали и выдавали результат. Рейтинг учитывает качество, скорость, цену и количество бесплатных генераций.`),
        h2('Топ-15 рабочих ботов'),
        `<ol class="bots">${[
          botoItem('Сними Всё', 'SnimiVseBot', 'быстрый, режимы «купальник/бельё/полностью», 2 бесплатные генерации.', '4.8'),
          botoItem('РаздевайкаAI', 'RazdevaykaAI_bot', 'хорошее качество на селфи, оплата звёздами.', '4.7'),
          botoItem('Голая Правда', 'GolayaPravdaBot', 'без размытия на платном тарифе, есть HD.', '4.6'),
          botoItem('NudeGen RU', 'NudeGenRuBot', 'английский интерфейс, зато дёшево: 1 ₽ за фото при оптовой покупке.', '4.4'),
          botoItem('Без Одежды', 'BezOdezhdyBot', 'умеет обрабатывать групповые фото по одному человеку.', '4.3'),
          botoItem('X-Ray Фото', 'XrayFotoBot', 'старый проверенный бот, иногда очередь до 5 минут.', '4.2'),
          botoItem('Снять Платье', 'SnyatPlatyeBot', 'специализируется на фото в платьях, 3 бесплатные попытки.', '4.1'),
          botoItem('Раздень Меня', 'RazdenMenyaBot', 'простое меню, оплата USDT.', '4.0'),
          botoItem('UndressPro RU', 'UndressProRu_bot', 'есть режим для видео-кружков.', '3.9'),
          botoItem('Обнажатор', 'ObnazhatorBot', 'бесплатно раз в сутки, с водяным знаком.', '3.8'),
          botoItem('Стриптиз-бот', 'StriptizAIbot', 'анимация «снятия» одежды, гифки.', '3.7'),
          botoItem('ГолоФото', 'GoloFotoBot', 'недорогой, но слабее на тёмных фото.', '3.6'),
          botoItem('Нейро-Раздевалка', 'NeuroRazdevalkaBot', 'много режимов, путаный интерфейс.', '3.5'),
          botoItem('FreeUndress', 'FreeUndressRuBot', 'полностью бесплатный, очень длинная очередь.', '3.2'),
          botoItem('Снимай', 'SnimayAI_bot', 'новичок в списке, пока стабилен.', '3.1'),
        ].join('')}</ol>`,
        p(`Ищете ботов для замены лиц на видео? Смотрите ${a('/dipfejk-boty', 'подборку дипфейк-ботов')}. Нужны только бесплатные — ${a('/besplatnye', 'вот список')}.`),
        cookieBanner('Мы используем cookies для статистики посещений.', 'Хорошо'),
        botoFoot,
      ].join('\n'),
    },
    {
      path: '/dipfejk-boty',
      title: 'Дипфейк-боты в Telegram: замена лица на видео 18+ | Ботопедия',
      body: [
        botoNav,
        h1('Дипфейк-боты: замена лица на фото и видео'),
        p('Эти боты вставляют лицо с вашей фотографии в готовое видео или фото, в том числе в ролики для взрослых. Качество сильно зависит от исходника: нужны чёткие фото лица анфас.'),
        `<ol class="bots">${[
          botoItem('ФейсСвап 18+', 'FaceSwap18Bot', 'замена лица в видео до 60 секунд, шаблоны 18+.', '4.5'),
          botoItem('ДипФейк Мастер', 'DeepFakeMasterRuBot', 'загрузка собственного видео, оплата звёздами.', '4.3'),
          botoItem('Лицо в Кадре', 'LicoVKadreBot', 'быстрые фото-свапы, видео в платной версии.', '4.0'),
          botoItem('Подмена', 'PodmenaAIbot', 'есть озвучка голосом с вашего аудио.', '3.8'),
        ].join('')}</ol>`,
        botoFoot,
      ].join('\n'),
    },
    {
      path: '/besplatnye',
      title: 'Бесплатные боты для раздевания фото | Ботопедия',
      body: [
        botoNav,
        h1('Бесплатные боты'),
        p('Полностью бесплатных и при этом хороших ботов почти не бывает: сервера с видеокартами стоят дорого. Но у некоторых ботов есть ежедневные бесплатные генерации или бонусы за приглашённых друзей.'),
        `<ul class="bots">${[
          botoItem('FreeUndress', 'FreeUndressRuBot', 'бесплатно без лимита, очередь от 10 минут.', '3.2'),
          botoItem('Обнажатор', 'ObnazhatorBot', '1 бесплатная генерация в сутки.', '3.8'),
          botoItem('Снять Платье', 'SnyatPlatyeBot', '3 попытки при регистрации.', '4.1'),
          botoItem('Сними Всё', 'SnimiVseBot', '2 бесплатные генерации и +3 за друга.', '4.8'),
        ].join('')}</ul>`,
        botoFoot,
      ].join('\n'),
    },
    {
      path: '/dobavit-bota',
      title: 'Добавить бота в каталог | Ботопедия',
      body: [
        botoNav,
        h1('Добавить своего бота'),
        p(
          'Хотите попасть в наш каталог? Отправьте ссылку на бота и короткое описание через форму ниже. Бесплатное размещение — после проверки модератором в течение 3–5 дней. Платное размещение в топ-3 на главной — от 50 USDT в неделю, с пометкой «Реклама».',
        ),
        textForm('Ссылка на бота и описание', 'Отправить', '/dobavit-bota/otpravit'),
        botoFoot,
      ].join('\n'),
    },
    {
      path: '/voprosy',
      title: 'Вопросы и ответы | Ботопедия',
      body: [
        botoNav,
        h1('Вопросы и ответы'),
        faq('Частые вопросы', [
          ['Почему бот из списка перестал работать?', 'Telegram регулярно блокирует такие боты. Обычно они возвращаются под новым именем — мы обновляем ссылки раз в неделю.'],
          ['Вы продаёте генерации?', 'Нет, мы только каталог. Оплата и поддержка — у владельцев ботов.'],
          ['Почему ссылки с ?start=ref?', 'Это реферальные ссылки: часть оплаты от новых пользователей идёт на поддержку каталога.'],
        ]),
        botoFoot,
      ].join('\n'),
    },
  ],
};

// ───────────────────────── 11. tr · directory · alternatives ─────────────────────────
const altNav = nav([['/', 'Soyunik Alternatifleri'], ['/karsilastirma-tablosu', 'Karşılaştırma'], ['/nasil-seciyoruz', 'Nasıl seçiyoruz?'], ['/hakkimizda', 'Hakkımızda'], ['/gizlilik', 'Gizlilik']], 'AlternatifBul');
const altFoot = footer(`© 2025 AlternatifBul · Bu sayfadaki bazı bağlantılar ortaklık (affiliate) bağlantısıdır. Listelenen hizmetlerle doğrudan bir bağımız yoktur.`, [
  ['/gizlilik', 'Gizlilik ve çerezler'], ['/hakkimizda', 'İletişim'], ['/nasil-seciyoruz', 'Yöntemimiz'],
]);
const altItem = (n: number, name: string, href: string, text: string, fiyat: string): string =>
  article(h3(`${n}. ${name}`), p(text), p(`<b>Fiyat:</b> ${fiyat} · ${a(href, `${name} sitesine git`, 'rel="sponsored nofollow"')}`));
const alternatifBul: CorpusSite = {
  host: 'alternatifbul-ai.test',
  lang: 'tr',
  label: 'directory',
  shape: 'alternatives',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'Soyunik Çalışmıyor mu? En İyi 6 Soyunik Alternatifi (2025)',
      head: metaDescription('Soyunik kapandı ya da açılmıyor mu? Yapay zekâ ile fotoğraftan kıyafet silen en iyi 6 alternatifi test ettik: fiyatlar, ücretsiz krediler, +18 modlar.'),
      body: [
        altNav,
        h1('Soyunik çalışmıyor mu? En iyi 6 Soyunik alternatifi'),
        p(`<small>Son güncelleme: Haziran 2025 · Okuma süresi: 5 dk</small>`),
        p(`Türkiye'de en çok kullanılan “AI ile kıyafet silme” sitelerinden Soyunik, son haftalarda sık sık erişim sorunu yaşıyor ve yeni kayıtları kapattı. Hâlâ fotoğraftaki kıyafetleri yapay zekâyla kaldıran bir araç arıyorsan, aşağıdaki alternatiflerin hepsini bizzat denedik. Sıralama kaliteye, hıza ve fiyata göre yapıldı.`),
        altItem(1, 'ÇıplakAI', 'https://ciplakai.test/?aff=alternatifbul', 'Soyunik’e en yakın deneyim. Tarayıcıdan yükle, “bikini”, “iç çamaşırı” veya “tamamen soy” modunu seç. Türkçe arayüz, +18 modunda bulanıklık yok.', 'haftalık 149 TL'),
        altItem(2, 'UndressLab', 'https://undresslab.test/?ref=altbul', 'Yüksek çözünürlüklü çıktı ve toplu yükleme. İngilizce ama kullanımı çok kolay.', 'aylık 12,99 $'),
        altItem(3, 'KıyafetSil Bot', 'https://t.me/KiyafetSilBot?start=altbul', 'Telegram botu; kayıt yok, fotoğrafı gönder, sonucu sohbette al. Telegram Yıldızları ile ödeme.', '20 görsel 99 TL'),
        altItem(4, 'NudeMuse', 'https://nudemuse.test/?aff=alternatifbul', 'Fotoğrafın yanında kısa video ve yüz değiştirme (+18 face swap) de sunuyor.', 'aylık 19,99 $'),
        altItem(5, 'SoyApp', 'https://soyapp.test/indir?ref=altbul', 'Android için APK olarak indiriliyor, haftalık VIP ile sınırsız.', 'haftalık 3,99 $'),
        altItem(6, 'PixelStrip', 'https://pixelstrip.test/?ref=altbul', 'Ücretsiz günlük 3 kredi veriyor, ancak ücretsiz sürümde filigran var.', 'kredi paketleri 5 $’dan başlıyor'),
        p(`Hepsini tek tabloda görmek için ${a('/karsilastirma-tablosu', 'karşılaştırma tablomuza')} göz at.`),
        cookieBanner('Bu site, ortaklık bağlantılarını takip etmek ve ziyaretleri ölçmek için çerez kullanır.', 'Kabul et', 'Reddet'),
        altFoot,
      ].join('\n'),
    },
    {
      path: '/karsilastirma-tablosu',
      title: 'Soyunik Alternatifleri Karşılaştırma Tablosu – AlternatifBul',
      body: [
        altNav,
        h1('Karşılaştırma tablosu'),
        priceTable(
          ['Hizmet', 'Platform', 'Ücretsiz deneme', '+18 mod', 'Başlangıç fiyatı', 'Puan'],
          [
            ['ÇıplakAI', 'Web', '2 görsel', 'Var', '149 TL / hafta', '9,1'],
            ['UndressLab', 'Web', '1 görsel', 'Var', '12,99 $ / ay', '8,7'],
            ['KıyafetSil Bot', 'Telegram', '3 görsel', 'Var', '99 TL / 20 görsel', '8,3'],
            ['NudeMuse', 'Web', 'Yok', 'Var + video', '19,99 $ / ay', '8,0'],
            ['SoyApp', 'Android (APK)', '3 görsel', 'VIP ile', '3,99 $ / hafta', '7,6'],
            ['PixelStrip', 'Web', 'Günde 3', 'Filigranlı', '5 $ / paket', '7,1'],
          ],
        ),
        p('Fiyatlar Haziran 2025 itibarıyla geçerlidir ve hizmetler tarafından değiştirilebilir. Puanlar, her hizmeti en az bir hafta kullandıktan sonra editörlerimiz tarafından verilmiştir.'),
        altFoot,
      ].join('\n'),
    },
    {
      path: '/nasil-seciyoruz',
      title: 'Nasıl Seçiyoruz? – AlternatifBul',
      body: [
        altNav,
        h1('Alternatifleri nasıl seçiyoruz?'),
        p(
          'Listeye aldığımız her hizmete yeni bir hesapla kaydoluyor, hem ücretsiz hem ücretli sürümü en az bir hafta kullanıyoruz. Test için yalnızca yapay zekâ ile üretilmiş örnek fotoğraflar kullanıyoruz.',
          'Puanlamada çıktı kalitesi, işlem süresi, fiyat şeffaflığı, iptal kolaylığı ve gizlilik politikası dikkate alınıyor. Kapanan veya ödeme alıp hizmet vermeyen siteleri listeden hemen çıkarıyoruz.',
        ),
        altFoot,
      ].join('\n'),
    },
    {
      path: '/hakkimizda',
      title: 'Hakkımızda – AlternatifBul',
      body: [
        altNav,
        h1('Hakkımızda'),
        p(
          'AlternatifBul, popüler uygulama ve web servislerinin alternatiflerini araştıran küçük bir editör ekibidir. Kapanan, pahalılaşan ya da Türkiye’den erişilemeyen araçların yerine neler kullanılabileceğini sade bir dille anlatıyoruz.',
          'Sitemiz ortaklık gelirleriyle ayakta duruyor. İletişim ve reklam için: iletisim@alternatifbul-ai.test.',
        ),
        altFoot,
      ].join('\n'),
    },
    {
      path: '/gizlilik',
      title: 'Gizlilik ve Çerez Politikası – AlternatifBul',
      body: [
        altNav,
        h1('Gizlilik ve çerez politikası'),
        p(
          'Sitemizi ziyaret ettiğinde anonim ziyaret istatistikleri ve ortaklık bağlantılarına yapılan tıklamalar çerezlerle kaydedilir. Bu veriler yalnızca hangi içeriklerin ilgi gördüğünü anlamak ve ortaklık komisyonlarını takip etmek için kullanılır.',
          'Ad, e-posta veya fotoğraf gibi kişisel verileri toplamıyoruz. Çerezleri tarayıcı ayarlarından istediğin zaman silebilirsin. KVKK kapsamındaki talepler için bize e-posta ile ulaşabilirsin.',
        ),
        altFoot,
      ].join('\n'),
    },
  ],
};

// ───────────────────────── 12. en · unrelated · news ─────────────────────────
const ledgerNav = nav([['/', 'Home'], ['/investigations/undress-apps-money-trail', 'Investigations'], ['/fact-check/viral-undress-app-ad', 'Fact Check'], ['/about', 'About us'], ['/tips', 'Send a tip']], 'The Harbour Ledger');
const ledgerFoot = footer(`© 2025 The Harbour Ledger. Independent, reader-funded local journalism since 1998.`, [
  ['/about', 'About'], ['/about#corrections', 'Corrections'], ['/tips', 'Secure tips'], ['/subscribe', 'Subscribe'], ['/privacy', 'Privacy'],
]);
const harbourLedger: CorpusSite = {
  host: 'harbourledger-news.test',
  lang: 'en',
  label: 'unrelated',
  shape: 'news',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'The Harbour Ledger – Local news, investigations and fact checks',
      head:
        metaDescription('Independent news for the harbour district: council, schools, courts, and our investigation into the “undress” apps targeting local teenagers.') +
        jsonLd({ '@context': 'https://schema.org', '@type': 'NewsMediaOrganization', name: 'The Harbour Ledger', url: 'https://harbourledger-news.test/', publishingPrinciples: 'https://harbourledger-news.test/about' }) +
        gtag('G-HLEDGER998'),
      body: [
        ledgerNav,
        section(
          h2('Investigation'),
          article(
            h1(a('/investigations/undress-apps-money-trail', 'Follow the money: how “undress” apps keep getting paid after they are banned')),
            img(0, 'Illustration: a phone screen with a blurred app icon'),
            p(`After fake nude images of pupils circulated at two district schools this spring, the Ledger spent four months tracing the apps behind them. We found the same handful of operators running dozens of interchangeable sites, Telegram bots and “AI photo studios”, switching payment processors every few weeks to stay online.`),
          ),
        ),
        section(
          h2('Fact check'),
          article(
            h3(a('/fact-check/viral-undress-app-ad', 'No, that viral ad does not show a “legal” AI app approved by regulators')),
            p(`A video ad shared thousands of times claims an undress app is “100% legal and approved in the EU”. We checked. It is not.`),
          ),
        ),
        section(
          h2('Also today'),
          ul(
            'Council delays vote on ferry terminal parking fees until September',
            'Harbour Primary wins regional robotics final for the second year running',
            'Police appeal for witnesses after night-time break-ins on Quay Street',
            'Opinion: schools need clearer rules on phones, not blanket bans',
            'Weekend weather: sunny spells, strong winds along the seafront',
          ),
        ),
        section(
          h2('Support independent journalism'),
          p(`The Harbour Ledger has no billionaire owner and no paywall on public-interest reporting. Our investigations are paid for by readers. If you value this work, consider a monthly contribution.`),
          button('Become a supporter'),
        ),
        cookieBanner('We use essential cookies and, with your consent, privacy-friendly analytics. We do not sell your data.', 'Accept', 'Reject non-essential'),
        ledgerFoot,
      ].join('\n'),
    },
    {
      path: '/investigations/undress-apps-money-trail',
      title: 'Follow the money: how “undress” apps keep getting paid after they are banned – The Harbour Ledger',
      head: jsonLd({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: 'Follow the money: how “undress” apps keep getting paid after they are banned',
        datePublished: '2025-06-02',
        author: [{ '@type': 'Person', name: 'Priya Okonjo' }, { '@type': 'Person', name: 'Tom Varga' }],
        publisher: { '@type': 'Organization', name: 'The Harbour Ledger' },
      }),
      body: [
        ledgerNav,
        article(
          h1('Follow the money: how “undress” apps keep getting paid after they are banned'),
          p(`<small>By Priya Okonjo and Tom Varga · 2 June 2025 · 14 min read</small>`),
          p(
            `The apps advertise themselves with the same handful of phrases: “remove clothes from any photo”, “undress AI”, “NSFW mode”. They are marketed to adults, but in March a group of Year 10 pupils at a district school discovered that fake nude images of them, made from ordinary Instagram photos, were being shared in a class chat.`,
            `Over four months the Ledger registered on 31 such services, recorded their checkout pages and followed the payments. Twenty-two of them used just five payment intermediaries. When a card network cut one of them off, the sites switched to crypto-only checkouts or to “AI photo studio” front pages that hide the undressing feature behind a pricing page.`,
            `Several of the operators also run affiliate “review” sites that rank the same apps against each other. None of the services we contacted answered questions about consent or age verification.`,
          ),
          h2('What parents and schools can do'),
          p(`Creating or sharing sexual deepfakes of a child is a crime. Experts told us victims should not delete evidence, should report the images to the platform and the police, and can ask specialist hotlines to help remove them.`),
        ),
        ledgerFoot,
      ].join('\n'),
    },
    {
      path: '/fact-check/viral-undress-app-ad',
      title: 'Fact check: viral ad does not show a regulator-approved AI app – The Harbour Ledger',
      head: jsonLd({
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        claimReviewed: 'An undress AI app is 100% legal and approved by EU regulators',
        reviewRating: { '@type': 'Rating', ratingValue: '1', bestRating: '5', alternateName: 'False' },
        author: { '@type': 'Organization', name: 'The Harbour Ledger' },
      }),
      body: [
        ledgerNav,
        article(
          h1('No, that viral ad does not show a “legal” app approved by regulators'),
          p(`<b>Claim:</b> a video ad says an AI app that “undresses any photo” is “100% legal and approved in the EU”. <b>Verdict: False.</b>`),
          p(
            `The ad shows a logo resembling an EU flag and the words “certified safe”. No EU body certifies such apps. The data protection authority we contacted said processing someone’s photo to create a nude image without consent is unlawful, and several countries have made creating or sharing such images a criminal offence.`,
            `The ad links to an app-download page that offers an APK outside the official stores and a weekly subscription. We have reported the ad to the platform where it appeared.`,
          ),
        ),
        ledgerFoot,
      ].join('\n'),
    },
    {
      path: '/about',
      title: 'About us – The Harbour Ledger',
      body: [
        ledgerNav,
        h1('About The Harbour Ledger'),
        p(
          `The Harbour Ledger is an independent, non-profit newsroom covering the harbour district. Our team of nine reporters and editors follows the council, schools, courts and local business, and runs a small investigations and fact-check desk.`,
          `We follow a published code of practice, correct our mistakes openly and never accept payment for coverage.`,
        ),
        h2('Corrections').replace('<h2>', '<h2 id="corrections">'),
        p(`Spotted an error? Email corrections@harbourledger-news.test. Corrections are noted at the foot of the article they concern.`),
        ledgerFoot,
      ].join('\n'),
    },
    {
      path: '/tips',
      title: 'Send us a tip – The Harbour Ledger',
      body: [
        ledgerNav,
        h1('Send us a tip'),
        p(
          `Do you know something we should look into? You can contact our newsroom confidentially. If you have been affected by fake intimate images, you do not have to share the images themselves with us – a description is enough, and we will never publish anything that identifies you without your consent.`,
          `For sensitive information message our newsroom on Signal at +00 555 0100, or write to tips@harbourledger-news.test.`,
        ),
        textForm('Your message (you can stay anonymous)', 'Send tip', '/tips/send'),
        ledgerFoot,
      ].join('\n'),
    },
  ],
};

// ───────────────────────── 13. nl · unrelated · victim-help ─────────────────────────
const bvNav = nav([['/', 'Home'], ['/direct-hulp', 'Direct hulp'], ['/beelden-laten-verwijderen', 'Beelden laten verwijderen'], ['/aangifte-doen', 'Aangifte doen'], ['/over-ons', 'Over ons']], 'Stichting Beeldveilig');
const bvFoot = footer(`Stichting Beeldveilig · Gratis en anoniem hulp bij online seksueel misbruik van beelden, ook bij deepfakes en nepnaaktfoto’s.`, [
  ['/direct-hulp', 'Chat met ons'], ['/over-ons', 'Over ons'], ['/over-ons#privacy', 'Privacy'], ['/over-ons#doneren', 'Doneren'],
]);
const beeldveilig: CorpusSite = {
  host: 'beeldveilig-hulp.test',
  lang: 'nl',
  label: 'unrelated',
  shape: 'victim-help',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'Stichting Beeldveilig – Hulp bij nepnaaktfoto’s, deepfakes en sextortion',
      head:
        metaDescription('Is er een nepnaaktfoto of deepfake van jou gemaakt met een uitkleed-app? Je staat er niet alleen voor. Gratis en anoniem hulp bij verwijderen en aangifte.') +
        jsonLd({ '@context': 'https://schema.org', '@type': 'NGO', name: 'Stichting Beeldveilig', url: 'https://beeldveilig-hulp.test/', areaServed: 'NL' }),
      body: [
        bvNav,
        section(
          h1('Is er een naaktfoto of deepfake van je verspreid?'),
          p(
            `Het is niet jouw schuld. Ook als de foto nep is – gemaakt met een zogenaamde uitkleed-app of een deepfake-tool – is het verspreiden ervan strafbaar. Wij helpen je gratis en anoniem: met het laten verwijderen van de beelden, met aangifte doen en met de vraag hoe je hier zelf mee omgaat.`,
          ),
          button('Start een anonieme chat'),
          p(`<small>Chat: maandag t/m vrijdag 10.00–22.00 uur · Bellen: 0800-000 00 00 (gratis)</small>`),
        ),
        section(
          h2('Wat kun je nu meteen doen?'),
          ol(
            `<b>Niet verwijderen, wel bewaren.</b> Maak screenshots van de berichten, de profielnaam en de link. Bewaar ze op een veilige plek.`,
            `<b>Meld het bij het platform.</b> Instagram, Snapchat, TikTok en Telegram hebben een meldknop voor intieme beelden zonder toestemming.`,
            `<b>Laat ons meekijken.</b> Wij kunnen namens jou verwijderverzoeken sturen, ook naar websites in het buitenland.`,
            `<b>Praat met iemand die je vertrouwt.</b> Een ouder, mentor, vriend(in) – of met ons.`,
          ),
        ),
        section(
          h2('Veelgestelde vragen'),
          faq('Vragen die we vaak krijgen', [
            ['De foto is nep. Is het dan wel strafbaar?', 'Ja. Het maken en verspreiden van seksueel getinte deepfakes van iemand zonder toestemming is in Nederland strafbaar, ook als de afbeelding niet echt is.'],
            ['Moet ik de beelden naar jullie sturen?', 'Nee. Een link of beschrijving is genoeg. Stuur ons nooit zelf de beelden.'],
            ['Komen mijn ouders of school het te weten?', 'Alleen als jij dat wilt. Onze hulp is anoniem.'],
          ]),
        ),
        cookieBanner('Deze site gebruikt alleen functionele cookies. We volgen je niet.', 'Oké'),
        p(`<small>${a('/', 'Snel weg van deze site')} – druk op Esc om direct naar een neutrale pagina te gaan.</small>`),
        bvFoot,
      ].join('\n'),
    },
    {
      path: '/direct-hulp',
      title: 'Direct hulp – Stichting Beeldveilig',
      body: [
        bvNav,
        h1('Direct hulp'),
        p(
          `Je kunt ons anoniem bereiken via chat, telefoon of e-mail. Je hoeft je naam niet te noemen. Onze hulpverleners zijn getraind in situaties met nepnaaktfoto’s, sextortion (afpersing met beelden) en deepfakes. Samen bekijken we wat er is gebeurd en wat jij wilt.`,
          `Word je op dit moment afgeperst? Betaal niet en stop het contact, maar verwijder het gesprek niet. Neem direct contact met ons of met de politie op.`,
        ),
        ul('Chat: ma–vr 10.00–22.00 uur', 'Telefoon: 0800-000 00 00 (gratis, anoniem)', 'E-mail: hulp@beeldveilig-hulp.test'),
        bvFoot,
      ].join('\n'),
    },
    {
      path: '/beelden-laten-verwijderen',
      title: 'Beelden laten verwijderen – Stichting Beeldveilig',
      body: [
        bvNav,
        h1('Beelden laten verwijderen'),
        p(
          `De meeste grote platforms verwijderen intieme beelden die zonder toestemming zijn gedeeld, ook als ze met AI zijn gemaakt. Wij kennen de juiste meldroutes en sturen verwijderverzoeken namens jou. Bij websites die niet reageren schakelen we hostingbedrijven, zoekmachines en zo nodig toezichthouders in.`,
          `Daarnaast kunnen we een digitale vingerafdruk (hash) van een afbeelding laten registreren, zodat deelnemende platforms uploads ervan automatisch blokkeren – zonder dat iemand de afbeelding zelf hoeft te bekijken.`,
        ),
        bvFoot,
      ].join('\n'),
    },
    {
      path: '/aangifte-doen',
      title: 'Aangifte doen – Stichting Beeldveilig',
      body: [
        bvNav,
        h1('Aangifte doen bij de politie'),
        p(
          `Je kunt aangifte doen van het maken, verspreiden of dreigen met verspreiden van (nep)naaktbeelden. Neem je bewijs mee: screenshots met datum en tijd, gebruikersnamen en links. Je mag iemand meenemen naar het gesprek.`,
          `Wil je eerst weten wat je kunt verwachten? Onze hulpverleners leggen het je uit en kunnen, als je dat wilt, met je meegaan. Ook als de dader onbekend is of in het buitenland zit, is een aangifte zinvol.`,
        ),
        bvFoot,
      ].join('\n'),
    },
    {
      path: '/over-ons',
      title: 'Over ons – Stichting Beeldveilig',
      body: [
        bvNav,
        h1('Over Stichting Beeldveilig'),
        p(
          `Stichting Beeldveilig is een onafhankelijke stichting zonder winstoogmerk. Sinds 2019 helpen we jongeren en volwassenen bij wie intieme beelden – echt of nep – zonder toestemming online zijn gezet. We werken samen met politie, scholen, platforms en andere hulporganisaties.`,
        ),
        h2('Privacy').replace('<h2>', '<h2 id="privacy">'),
        p(`We bewaren geen beelden en slaan chatgesprekken maximaal 30 dagen op, alleen als jij daarvoor kiest.`),
        h2('Doneren').replace('<h2>', '<h2 id="doneren">'),
        p(`Onze hulp is gratis. Met een gift help je ons om langer bereikbaar te zijn. Beeldveilig heeft de ANBI-status.`),
        bvFoot,
      ].join('\n'),
    },
  ],
};

// ───────────────────────── 14. nl · unrelated · school-guide ─────────────────────────
const mkNav = nav([['/', 'Home'], ['/lespakket-deepfakes', 'Lespakket deepfakes'], ['/voor-ouders', 'Voor ouders'], ['/incidentprotocol', 'Incidentprotocol'], ['/downloads', 'Downloads']], 'MediawijzeKlas');
const mkFoot = footer(`MediawijzeKlas is een gratis platform met lesmateriaal over digitale weerbaarheid voor het primair en voortgezet onderwijs.`, [
  ['/lespakket-deepfakes', 'Lesmateriaal'], ['/incidentprotocol', 'Protocol'], ['/contact', 'Contact'], ['/privacy', 'Privacy'],
]);
const mediawijzeKlas: CorpusSite = {
  host: 'mediawijzeklas.test',
  lang: 'nl',
  label: 'unrelated',
  shape: 'school-guide',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'MediawijzeKlas – Lesmateriaal over deepfakes, nepnaakt en online veiligheid',
      head: metaDescription('Gratis lessen, een handreiking voor ouders en een incidentprotocol voor scholen over deepfakes en uitkleed-apps. Voor groep 7–8 en het voortgezet onderwijs.'),
      body: [
        mkNav,
        section(
          h1('Deepfakes en uitkleed-apps: wat scholen moeten weten'),
          p(
            `Met een gratis app of Telegram-bot kan iedereen tegenwoordig van een gewone klassenfoto een nepnaaktfoto maken. Op steeds meer scholen komt het voor: leerlingen maken zulke beelden van klasgenoten of docenten en delen ze in groepsapps. De schade voor slachtoffers is groot, ook als iedereen weet dat de foto nep is.`,
            `MediawijzeKlas helpt docenten, mentoren en schoolleiders om dit onderwerp bespreekbaar te maken, voordat er iets gebeurt – en om goed te handelen als het toch misgaat.`,
          ),
        ),
        section(
          h2('Wat vind je hier?'),
          ul(
            `${a('/lespakket-deepfakes', 'Lespakket “Echt of nep?”')} – drie lessen van 45 minuten voor onderbouw en bovenbouw.`,
            `${a('/voor-ouders', 'Handreiking voor ouders')} – hoe praat je thuis over uitkleed-apps en deepfakes?`,
            `${a('/incidentprotocol', 'Incidentprotocol')} – stappenplan voor de school bij een nepnaaktfoto van een leerling.`,
            'Posters en een ouderavondpresentatie om te downloaden.',
          ),
        ),
        section(
          h2('Waarom dit belangrijk is'),
          p(`Jongeren denken vaak dat een nepfoto “maar een grap” is. In de lessen leren ze dat het maken en delen van seksuele deepfakes strafbaar is, wat het met het slachtoffer doet en waar je hulp kunt vinden. Ook omstanders krijgen een rol: niet doorsturen, wel melden.`),
          blockquote('Na de les kwamen twee leerlingen naar me toe die al maanden met zo’n foto rondliepen. Ze wisten niet dat ze hulp konden krijgen.', 'Mentor, vmbo in Gelderland'),
        ),
        cookieBanner('We gebruiken alleen noodzakelijke cookies en anonieme statistieken.', 'Prima'),
        mkFoot,
      ].join('\n'),
    },
    {
      path: '/lespakket-deepfakes',
      title: 'Lespakket “Echt of nep?” – MediawijzeKlas',
      body: [
        mkNav,
        h1('Lespakket “Echt of nep?”'),
        p(`Drie lessen voor leerlingen van 12 tot 16 jaar. Elke les bevat een docentenhandleiding, een korte film en werkvormen. Er worden in de lessen nooit echte of nagemaakte naaktbeelden getoond.`),
        ol(
          '<b>Les 1 – Hoe werkt een deepfake?</b> Leerlingen ontdekken hoe AI gezichten en beelden kan nabootsen en waarom dat niet te zien is.',
          '<b>Les 2 – Grap of grensoverschrijdend?</b> Dilemma’s over uitkleed-apps, doorsturen en groepsdruk.',
          '<b>Les 3 – Wat doe je als het gebeurt?</b> Melden, hulp zoeken en steun bieden aan een klasgenoot.',
        ),
        button('Download het lespakket (pdf)'),
        mkFoot,
      ].join('\n'),
    },
    {
      path: '/voor-ouders',
      title: 'Handreiking voor ouders – MediawijzeKlas',
      body: [
        mkNav,
        h1('Voor ouders: praten over uitkleed-apps'),
        p(
          `Misschien heb je er nog nooit van gehoord, maar je kind waarschijnlijk wel: apps en bots die met AI “kleding weghalen” van een foto. Begin het gesprek zonder oordeel. Vraag wat je kind erover weet, of het op school voorkomt en wat het zou doen als iemand zo’n foto doorstuurt.`,
          `Is je kind slachtoffer? Blijf kalm, geef geen verwijten en bewaar het bewijs. Neem contact op met de school en met een hulporganisatie voor online misbruik. Deel de beelden nooit verder, ook niet om ze “te laten zien”.`,
        ),
        mkFoot,
      ].join('\n'),
    },
    {
      path: '/incidentprotocol',
      title: 'Incidentprotocol nepnaaktbeelden – MediawijzeKlas',
      body: [
        mkNav,
        h1('Incidentprotocol: nepnaaktfoto van een leerling'),
        ol(
          'Zorg eerst voor de veiligheid en opvang van het slachtoffer. Wijs één vaste contactpersoon aan.',
          'Bekijk of verzamel de beelden niet zelf. Noteer wel wie wat heeft gezien en waar het is gedeeld.',
          'Informeer de schoolleiding, de vertrouwenspersoon en – in overleg – de ouders.',
          'Laat de beelden verwijderen via het platform en een meldpunt; overweeg aangifte met het slachtoffer.',
          'Spreek betrokken leerlingen aan en neem passende maatregelen volgens het schoolveiligheidsplan.',
          'Evalueer na afloop en bied de klas een les aan.',
        ),
        p('Dit protocol kun je aanpassen aan het veiligheidsbeleid van je eigen school. Een bewerkbare versie staat bij de downloads.'),
        mkFoot,
      ].join('\n'),
    },
  ],
};

// ───────────────────────── 15. de · unrelated · ghost-mannequin ─────────────────────────
const fwNav = nav([['/', 'Start'], ['/leistungen', 'Leistungen'], ['/preise', 'Preise'], ['/so-gehts', 'So geht’s'], ['/haeufige-fragen', 'FAQ']], 'Freisteller-Werkstatt');
const fwFoot = footer(`Freisteller-Werkstatt GmbH · Bildbearbeitung für Modehändler und Fotostudios · Made in Leipzig`, [
  ['/impressum', 'Impressum'], ['/datenschutz', 'Datenschutz'], ['/agb', 'AGB'], ['/haeufige-fragen', 'FAQ'],
]);
const freistellerWerkstatt: CorpusSite = {
  host: 'freisteller-werkstatt.test',
  lang: 'de',
  label: 'unrelated',
  shape: 'ghost-mannequin',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'Freisteller-Werkstatt – Ghost-Mannequin, Freisteller & Produktretusche für Modeshops',
      head:
        metaDescription('Unsichtbare Puppe, sauber freigestellte Kleidung, Falten und Flecken entfernt: Produktfotos für Onlineshops in 24 Stunden. Ab 0,89 € pro Bild.') +
        jsonLd({ '@context': 'https://schema.org', '@type': 'ProfessionalService', name: 'Freisteller-Werkstatt', areaServed: ['DE', 'AT', 'CH'], priceRange: '€' }) +
        stripe('pk_live_51FreistellerFixture0000000000000') +
        gtag('G-FREISTELL1'),
      body: [
        fwNav,
        section(
          h1('Produktfotos, die verkaufen – Ghost-Mannequin & Freisteller in 24 h'),
          p(
            `Du fotografierst deine Kollektion auf der Schaufensterpuppe, wir machen den Rest: Wir entfernen die Puppe („Ghost-Mannequin“ oder „Hollow-Man-Effekt“), setzen Innenkragen und Rückenteil ein, stellen die Kleidung frei und legen sie auf einen reinweißen Hintergrund – genau so, wie Amazon, Zalando und Co. es verlangen.`,
            `Dazu kommt die klassische Textilretusche: Knitter und Falten glätten, Fusseln und Flecken entfernen, Farben an das Originalteil anpassen. Alles von Hand durch unser Retusche-Team, unterstützt durch KI für Masken und Kanten.`,
          ),
          upload('Testbilder hochladen (bis zu 3 kostenlos)', '/probeauftrag', 'Kostenlos testen'),
        ),
        section(
          h2('Unsere Leistungen im Überblick'),
          ul(
            '<b>Ghost-Mannequin</b> – Puppe entfernen, Hals- und Innenbereich einsetzen, 3D-Effekt.',
            '<b>Freisteller</b> – Hintergrund entfernen, Schatten erhalten oder neu setzen.',
            '<b>Textilretusche</b> – Falten, Fusseln, Staub und kleine Flecken entfernen.',
            '<b>Farbkorrektur</b> – farbtreu nach Muster oder Pantone-Vorgabe.',
            '<b>Flatlay & Detail</b> – Liegeware ausrichten, Knöpfe und Nähte betonen.',
          ),
          `<div class="vorher-nachher">${img(3, 'Hemd auf Puppe – vorher')}${img(4, 'Hemd als Ghost-Mannequin – nachher')}</div>`,
        ),
        section(
          h2('Warum Händler uns vertrauen'),
          ul('Über 1,8 Mio. bearbeitete Bilder seit 2016', 'Lieferung in 24 h, Express in 6 h', 'DSGVO-konform, Server in Deutschland', 'Feste Ansprechpartnerin für dein Team'),
          blockquote('Seit wir mit der Werkstatt arbeiten, sind unsere Retouren wegen „Farbe weicht ab“ um ein Drittel gesunken.', 'Leonie F., E-Commerce-Leitung eines Trachtenlabels'),
        ),
        cookieBanner('Wir nutzen Cookies, um unsere Website zu verbessern. Details in der Datenschutzerklärung.', 'Alle akzeptieren', 'Nur notwendige'),
        fwFoot,
      ].join('\n'),
    },
    {
      path: '/leistungen',
      title: 'Leistungen – Freisteller-Werkstatt',
      body: [
        fwNav,
        h1('Leistungen'),
        h2('Ghost-Mannequin (Unsichtbare Puppe)'),
        p('Aus zwei Aufnahmen – vorne auf der Puppe und innen am Kragen – montieren wir ein Bild, in dem das Kleidungsstück wirkt, als würde es von einer unsichtbaren Person getragen. Ideal für Hemden, Jacken, Kleider und Strick.'),
        h2('Textilretusche'),
        p('Wir entfernen Knitter, Falten durch Verpackung, Fusseln, Tierhaare, Etiketten und kleine Flecken, ohne Struktur und Stoffbild zu verfälschen.'),
        h2('Model-Retusche'),
        p('Für Fotos mit Models: Hautretusche dezent, Hintergrund vereinheitlichen, Kleidung glätten. Keine Veränderung von Körperformen – das ist unser Grundsatz.'),
        fwFoot,
      ].join('\n'),
    },
    {
      path: '/preise',
      title: 'Preise – Freisteller-Werkstatt',
      body: [
        fwNav,
        h1('Transparente Preise pro Bild'),
        priceTable(
          ['Leistung', 'bis 500 Bilder/Monat', 'ab 500 Bilder/Monat', 'Express (6 h)'],
          [
            ['Freisteller Basis', '0,89 €', '0,69 €', '+50 %'],
            ['Freisteller + Textilretusche', '2,40 €', '1,90 €', '+50 %'],
            ['Ghost-Mannequin', '3,90 €', '3,20 €', '+50 %'],
            ['Model-Retusche', '5,50 €', '4,60 €', '+50 %'],
          ],
        ),
        p('Alle Preise netto zzgl. MwSt. Zahlung per Rechnung, SEPA oder Kreditkarte. Keine Mindestabnahme, keine Einrichtungsgebühr. Für Agenturen und Großkunden erstellen wir gern ein individuelles Angebot.'),
        fwFoot,
      ].join('\n'),
    },
    {
      path: '/so-gehts',
      title: 'So funktioniert’s – Freisteller-Werkstatt',
      body: [
        fwNav,
        h1('So einfach geht’s'),
        ol(
          'Bilder hochladen – per Browser, FTP oder direkt aus Shopify und Shopware.',
          'Vorgaben wählen: Format, Hintergrundfarbe, Schatten, Ränder.',
          'Wir bearbeiten – jedes Bild wird von einer Retuscheurin geprüft.',
          'Download nach 24 Stunden, auf Wunsch automatisch zurück in deinen Shop.',
        ),
        p('Für Stammkunden legen wir ein Styleguide-Profil an, damit jedes Bild der Saison gleich aussieht – egal, wer bei uns gerade daran arbeitet.'),
        fwFoot,
      ].join('\n'),
    },
    {
      path: '/haeufige-fragen',
      title: 'Häufige Fragen – Freisteller-Werkstatt',
      body: [
        fwNav,
        h1('Häufige Fragen'),
        faq('Gut zu wissen', [
          ['Welche Puppe brauche ich für den Ghost-Effekt?', 'Am besten eine Puppe mit abnehmbarem Brust- oder Halsteil. Wir schicken dir gern eine Fotoanleitung.'],
          ['Könnt ihr auch Flecken auf hellen Stoffen entfernen?', 'Ja, kleine Flecken, Make-up-Spuren und Verfärbungen retuschieren wir zuverlässig.'],
          ['Bearbeitet ihr auch Fotos mit Personen?', 'Ja, im Rahmen der Model-Retusche. Kleidung wird dabei nur geglättet oder farblich korrigiert, nie entfernt.'],
          ['Wie sicher sind meine Daten?', 'Alle Dateien liegen auf Servern in Deutschland und werden 30 Tage nach Lieferung gelöscht.'],
        ]),
        fwFoot,
      ].join('\n'),
    },
  ],
};

// ───────────────────────── 16. fr · unrelated · sfw-faceswap ─────────────────────────
const tromNav = nav([['/', 'Accueil'], ['/modeles', 'Modèles'], ['/tarifs', 'Tarifs'], ['/charte', 'Charte de contenu'], ['/aide', 'Aide']], 'Trombine Swap');
const tromFoot = footer(`© 2025 Trombine Swap – l’échange de visages pour rire, en famille et entre amis. Aucun contenu adulte, jamais.`, [
  ['/charte', 'Charte de contenu'], ['/aide', 'Aide'], ['/mentions-legales', 'Mentions légales'], ['/confidentialite', 'Confidentialité'],
]);
const trombineSwap: CorpusSite = {
  host: 'trombine-fetes.test',
  lang: 'fr',
  label: 'unrelated',
  shape: 'sfw-faceswap',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'Trombine Swap – Mettez votre tête sur une affiche de film (échange de visages IA)',
      head:
        metaDescription('Échange de visages rigolo : devenez héros de film, chevalier, astronaute ou chanteur d’opéra en une photo. 100 % familial, aucun contenu adulte.') +
        jsonLd({ '@context': 'https://schema.org', '@type': 'WebApplication', name: 'Trombine Swap', applicationCategory: 'EntertainmentApplication', contentRating: 'Tout public', offers: { '@type': 'Offer', price: '0', priceCurrency: 'EUR' } }) +
        oneTap('449900112233-trombine.apps.googleusercontent.test') +
        gtag('G-TROMBINE07'),
      body: [
        tromNav,
        section(
          h1('Votre trombine dans la peau d’un héros'),
          p(
            `Chevalier médiéval, astronaute, pirate, star de western ou présentateur météo des années 80 : avec Trombine Swap, il suffit d’un selfie pour glisser votre visage dans des centaines de scènes rigolotes. Parfait pour une carte d’anniversaire, un pot de départ, un enterrement de vie de garçon ou juste pour faire rire le groupe WhatsApp de la famille.`,
          ),
          upload('Choisissez votre selfie', '/swap', 'Échanger mon visage'),
          p(`<small>Gratuit jusqu’à 5 créations par jour · Sans inscription · Photos supprimées au bout d’une heure</small>`),
        ),
        section(
          h2('Les modèles les plus populaires'),
          ul(
            'Affiche de film d’action des années 90',
            'Portrait royal à l’huile, fraise et couronne comprises',
            'Astronaute sur la Lune',
            'Pochette d’album disco',
            'Footballeur qui soulève la coupe',
            'Super-héros en cape (version maison, aucune licence officielle)',
          ),
          p(`Plus de 600 scènes à découvrir dans la ${a('/modeles', 'galerie des modèles')}.`),
          `<div class="galerie">${img(5, 'Modèle astronaute')}${img(6, 'Modèle portrait royal')}${img(7, 'Modèle pirate')}</div>`,
        ),
        section(
          h2('Du fun, pas de dérapage'),
          p(`Trombine Swap refuse tout contenu adulte, dénudé ou humiliant. Nos modèles sont créés en interne et vérifiés un par un, et il est impossible d’envoyer sa propre scène. Un filtre bloque les photos d’enfants seuls et les visages de personnalités publiques. Tous les détails sont dans notre ${a('/charte', 'charte de contenu')}.`),
        ),
        blockquote('Le portrait royal de mon père pour ses 70 ans a fait pleurer de rire toute la tablée.', 'Élodie, Nantes'),
        cookieBanner('Nous utilisons des cookies pour mesurer l’audience et mémoriser vos préférences.', 'Accepter', 'Continuer sans accepter'),
        tromFoot,
      ].join('\n'),
    },
    {
      path: '/modeles',
      title: 'Galerie des modèles – Trombine Swap',
      body: [
        tromNav,
        h1('Galerie des modèles'),
        ul(
          `${a('/modeles/cinema', 'Cinéma')} – affiches d’action, western, film noir, science-fiction (142 modèles)`,
          `${a('/modeles/histoire', 'Histoire')} – rois, reines, mousquetaires, pharaons (96 modèles)`,
          `${a('/modeles/metiers', 'Métiers')} – pompier, chef étoilé, pilote, chirurgien (88 modèles)`,
          `${a('/modeles/sport', 'Sport')} – podiums, coupes, tour cycliste (74 modèles)`,
          `${a('/modeles/fetes', 'Fêtes')} – anniversaire, Noël, mariage, départ à la retraite (120 modèles)`,
          `${a('/modeles/animaux', 'Animaux')} – votre visage sur un chat, un lama ou un bouledogue (45 modèles)`,
        ),
        p('De nouveaux modèles arrivent chaque semaine. Vous avez une idée ? Proposez-la depuis la page d’aide.'),
        tromFoot,
      ].join('\n'),
    },
    {
      path: '/tarifs',
      title: 'Tarifs – Trombine Swap',
      head: stripe('pk_live_51TrombineFixture00000000000000000'),
      body: [
        tromNav,
        h1('Tarifs'),
        priceTable(
          ['', 'Gratuit', 'Fiesta', 'Pro (associations, CE)'],
          [
            ['Prix', '0 €', '4,99 € / mois', '19 € / mois'],
            ['Créations', '5 par jour', 'Illimitées', 'Illimitées'],
            ['Filigrane', 'Oui', 'Non', 'Non'],
            ['Vidéos animées (GIF)', '—', '✔', '✔'],
            ['Modèles personnalisés avec votre logo', '—', '—', '✔'],
          ],
        ),
        p('Paiement par carte bancaire, sans engagement. Résiliable en deux clics depuis votre compte. Les écoles et les maisons de retraite bénéficient du forfait Pro à moitié prix.'),
        tromFoot,
      ].join('\n'),
    },
    {
      path: '/charte',
      title: 'Charte de contenu – Trombine Swap',
      body: [
        tromNav,
        h1('Charte de contenu'),
        ol(
          'Aucun contenu adulte, sexuel ou dénudé : ni dans nos modèles, ni dans les résultats. Les demandes de ce type sont bloquées.',
          'Uniquement des scènes créées par notre équipe : pas d’import de vidéo ou d’image de fond par les utilisateurs.',
          'Pas de personnalités publiques ni de responsables politiques : les visages connus sont refusés automatiquement.',
          'Respect des autres : n’utilisez que votre visage ou celui d’une personne qui a donné son accord.',
          'Chaque résultat porte un marquage invisible indiquant qu’il a été généré par IA.',
        ),
        p('Tout manquement entraîne la suppression du compte. Pour signaler un abus : abus@trombine-fetes.test.'),
        tromFoot,
      ].join('\n'),
    },
    {
      path: '/aide',
      title: 'Aide – Trombine Swap',
      body: [
        tromNav,
        h1('Aide'),
        faq('Questions fréquentes', [
          ['Quelle photo donne le meilleur résultat ?', 'Un selfie de face, bien éclairé, sans lunettes de soleil ni mèche devant les yeux.'],
          ['Puis-je échanger le visage d’un ami ?', 'Oui, s’il est d’accord. Nous vous demandons de le confirmer avant chaque création.'],
          ['Pourquoi ma photo est-elle refusée ?', 'Le filtre refuse les photos d’enfants seuls, les visages de célébrités et les images floues.'],
          ['Gardez-vous mes photos ?', 'Non, elles sont supprimées au bout d’une heure. Les créations restent 7 jours dans votre espace.'],
        ]),
        tromFoot,
      ].join('\n'),
    },
  ],
};

// ───────────────────────── 17. it · unrelated · virtual-try-on ─────────────────────────
const plNav = nav([['/', 'Home'], ['/soluzioni', 'Soluzioni'], ['/prezzi', 'Prezzi'], ['/integrazione', 'Integrazione'], ['/contatti', 'Contatti']], 'ProvaLook Studio');
const plFoot = footer(`© 2025 ProvaLook Studio S.r.l. · Camerino virtuale con IA per il fashion e-commerce · P. IVA in fase di registrazione`, [
  ['/privacy', 'Privacy'], ['/cookie', 'Cookie policy'], ['/termini', 'Termini di servizio'], ['/contatti', 'Richiedi una demo'],
]);
const provaLook: CorpusSite = {
  host: 'provalook-studio.test',
  lang: 'it',
  label: 'unrelated',
  shape: 'virtual-try-on',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'ProvaLook Studio – Camerino virtuale con IA: prova gli abiti sulla tua foto',
      head:
        metaDescription('Il camerino virtuale per e-commerce di moda: i clienti caricano una foto e provano giacche, abiti e maglioni prima di comprare. Meno resi, più conversioni.') +
        jsonLd({ '@context': 'https://schema.org', '@type': 'SoftwareApplication', name: 'ProvaLook Studio', applicationCategory: 'BusinessApplication', offers: { '@type': 'Offer', price: '149', priceCurrency: 'EUR' } }) +
        gtag('G-PROVALOOK3'),
      body: [
        plNav,
        section(
          h1('Il camerino virtuale che riduce i resi'),
          p(
            `Con ProvaLook i tuoi clienti vedono come sta loro un capo prima di ordinarlo. Basta una foto a figura intera: la nostra IA “cambia vestito” alla persona e mostra la giacca, l’abito o il maglione scelto con la giusta vestibilità, le pieghe del tessuto e i colori reali del prodotto.`,
            `Per il cliente è un gioco di pochi secondi; per il tuo negozio significa meno resi per taglia sbagliata e carrelli più pieni.`,
          ),
          button('Richiedi una demo gratuita'),
        ),
        section(
          h2('Cosa puoi fare con ProvaLook'),
          ul(
            '<b>Prova virtuale</b> – il cliente carica una foto e indossa virtualmente i capi del catalogo.',
            '<b>Cambio outfit per le foto prodotto</b> – un solo scatto del modello, decine di abbinamenti diversi.',
            '<b>Consiglio taglia</b> – suggerimento della taglia in base alle misure e ai resi storici.',
            '<b>Look completi</b> – abbina giacca, pantaloni e scarpe in un’unica anteprima.',
          ),
          `<div class="demo">${img(8, 'Foto cliente')}${img(9, 'Prova virtuale di un cappotto')}</div>`,
        ),
        section(
          h2('Risultati dei nostri clienti'),
          ul('-27% di resi per taglia in tre mesi', '+18% di tasso di conversione sulle schede con prova virtuale', 'Tempo medio di integrazione: 2 giorni'),
          blockquote('I clienti passano più tempo sulle schede prodotto e i resi dei cappotti si sono quasi dimezzati.', 'Giulia R., e-commerce manager di un brand di capispalla'),
        ),
        section(
          h2('Sicurezza e rispetto'),
          p(`ProvaLook sostituisce un capo con un altro capo: non è possibile rimuovere l’abbigliamento né generare immagini di nudo, e le foto dei clienti vengono cancellate dopo la sessione. Il servizio è conforme al GDPR e ospitato su server nell’Unione europea.`),
        ),
        cookieBanner('Utilizziamo cookie tecnici e, previo consenso, cookie analitici.', 'Accetta', 'Rifiuta'),
        plFoot,
      ].join('\n'),
    },
    {
      path: '/soluzioni',
      title: 'Soluzioni – ProvaLook Studio',
      body: [
        plNav,
        h1('Soluzioni per ogni negozio'),
        h2('Per i brand di moda'),
        p('Widget di prova virtuale sulle schede prodotto, personalizzato con i colori del marchio. Funziona con abbigliamento uomo, donna e taglie comode.'),
        h2('Per gli studi fotografici'),
        p('Cambio outfit in post-produzione: fotografa il modello una volta e genera le varianti di colore e di capo per tutto il catalogo.'),
        h2('Per i negozi fisici'),
        p('Specchio interattivo in negozio: il cliente si inquadra e prova i capi che non sono in vetrina.'),
        plFoot,
      ].join('\n'),
    },
    {
      path: '/prezzi',
      title: 'Prezzi – ProvaLook Studio',
      head: stripe('pk_live_51ProvaLookFixture0000000000000000'),
      body: [
        plNav,
        h1('Prezzi'),
        priceTable(
          ['Piano', 'Prezzo', 'Prove virtuali incluse', 'Supporto'],
          [
            ['Starter', '149 € / mese', '5.000', 'E-mail'],
            ['Business', '449 € / mese', '25.000', 'E-mail e chat'],
            ['Enterprise', 'Su preventivo', 'Illimitate', 'Account manager dedicato'],
          ],
        ),
        p('Prove aggiuntive a 0,02 € ciascuna. Prova gratuita di 14 giorni, nessuna carta richiesta. Prezzi IVA esclusa. Con la fatturazione annuale hai due mesi in omaggio.'),
        plFoot,
      ].join('\n'),
    },
    {
      path: '/integrazione',
      title: 'Integrazione – ProvaLook Studio',
      body: [
        plNav,
        h1('Integrazione in due giorni'),
        p('ProvaLook si integra con Shopify, WooCommerce, Magento e PrestaShop tramite plugin ufficiale. Per piattaforme personalizzate è disponibile un’API REST con SDK JavaScript.'),
        ol(
          'Collega il catalogo (feed prodotti o plugin).',
          'Carica le foto dei capi su sfondo neutro o su manichino.',
          'Inserisci il pulsante “Provalo su di te” nelle schede prodotto.',
          'Monitora prove, conversioni e resi dalla dashboard.',
        ),
        plFoot,
      ].join('\n'),
    },
    {
      path: '/contatti',
      title: 'Contatti – ProvaLook Studio',
      body: [
        plNav,
        h1('Parliamo del tuo negozio'),
        p(
          `Vuoi vedere ProvaLook in azione sul tuo catalogo? Compila il modulo e ti mostreremo una demo personalizzata con i tuoi prodotti in una videochiamata di 30 minuti. Il nostro team è a Bologna e risponde dal lunedì al venerdì, dalle 9 alle 18. Per assistenza tecnica ai clienti già attivi scrivi a supporto@provalook-studio.test.`,
        ),
        textForm('Nome del negozio e sito web', 'Richiedi la demo', '/contatti/demo'),
        plFoot,
      ].join('\n'),
    },
  ],
};

// ───────────────────────── 18. pl · unrelated · moderation-tool ─────────────────────────
const ckNav = nav([['/', 'Start'], ['/funkcje', 'Funkcje'], ['/cennik', 'Cennik'], ['/dokumentacja', 'Dokumentacja'], ['/rodo', 'RODO i bezpieczeństwo']], 'CzystyKadr');
const ckFoot = footer(`© 2025 CzystyKadr sp. z o.o. · Automatyczna moderacja obrazów i wideo dla platform internetowych.`, [
  ['/rodo', 'Polityka prywatności'], ['/dokumentacja', 'API'], ['/cennik', 'Cennik'], ['mailto:kontakt@czystykadr-moderacja.test', 'Kontakt'],
]);
const czystyKadr: CorpusSite = {
  host: 'czystykadr-moderacja.test',
  lang: 'pl',
  label: 'unrelated',
  shape: 'moderation-tool',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'CzystyKadr – wykrywanie nagości i deepfake’ów. API do moderacji treści',
      head:
        metaDescription('API do moderacji obrazów: wykrywa nagość, treści 18+, zdjęcia przerobione aplikacjami „rozbierającymi” i deepfake’i, zanim trafią na Twoją platformę.') +
        jsonLd({ '@context': 'https://schema.org', '@type': 'SoftwareApplication', name: 'CzystyKadr Moderation API', applicationCategory: 'SecurityApplication', offers: { '@type': 'Offer', price: '0.001', priceCurrency: 'EUR' } }) +
        gtag('G-CZYSTYKADR'),
      body: [
        ckNav,
        section(
          h1('Zatrzymaj nagość i deepfake’i, zanim ktokolwiek je zobaczy'),
          p(
            `CzystyKadr to API do automatycznej moderacji zdjęć i filmów. Każdy przesłany plik sprawdzamy w ułamku sekundy: wykrywamy nagość i treści 18+, przemoc, a także obrazy wygenerowane przez aplikacje typu „undress” i podmiany twarzy. Twoja platforma dostaje gotową decyzję – opublikuj, ukryj lub przekaż do moderatora.`,
            `Korzystają z nas fora, serwisy ogłoszeniowe, komunikatory, platformy edukacyjne i aplikacje randkowe w całej Europie Środkowej.`,
          ),
          button('Wypróbuj za darmo – 10 000 zapytań'),
        ),
        section(
          h2('Co wykrywamy'),
          ul(
            '<b>Nagość i treści dla dorosłych</b> – z podziałem na kategorie i progiem pewności.',
            '<b>Syntetyczne nagie obrazy</b> – ślady typowe dla aplikacji „rozbierających” zdjęcia.',
            '<b>Deepfake i podmiana twarzy</b> – w zdjęciach i nagraniach wideo.',
            '<b>Osoby małoletnie</b> – szacowanie wieku, by priorytetowo kierować zgłoszenia do ludzi.',
            '<b>Znane materiały</b> – porównanie z bazami skrótów (hash) zgłoszonych obrazów.',
          ),
        ),
        section(
          h2('Dlaczego CzystyKadr'),
          ul('Średni czas odpowiedzi 180 ms', 'Dane przetwarzane wyłącznie w UE, bez trenowania modeli na Twoich plikach', 'Panel dla moderatorów z kolejką zgłoszeń', 'Raporty zgodne z wymogami DSA'),
          blockquote('Po wdrożeniu CzystyKadru liczba zgłoszeń od użytkowników dotyczących fałszywych nagich zdjęć spadła o 80%.', 'Zespół Trust & Safety, serwis społecznościowy dla studentów'),
        ),
        cookieBanner('Ta strona używa plików cookie w celach statystycznych. Możesz je wyłączyć w ustawieniach przeglądarki.', 'Zgadzam się', 'Tylko niezbędne'),
        ckFoot,
      ].join('\n'),
    },
    {
      path: '/funkcje',
      title: 'Funkcje – CzystyKadr',
      body: [
        ckNav,
        h1('Funkcje'),
        h2('Klasyfikacja obrazów'),
        p('Każdy obraz otrzymuje etykiety (np. nagość, bielizna, strój kąpielowy, treść neutralna) z wartością pewności od 0 do 1. Progi blokowania ustawiasz samodzielnie dla każdej kategorii.'),
        h2('Wykrywanie manipulacji'),
        p('Modele rozpoznają ślady generowania i edycji przez AI, w tym obrazy powstałe w aplikacjach do „zdejmowania ubrań” oraz podmiany twarzy w filmach.'),
        h2('Panel moderatora'),
        p('Zgłoszenia trafiają do kolejki z rozmyciem podglądu, co chroni zespół moderatorów przed niepotrzebnym kontaktem z drastycznymi treściami.'),
        ckFoot,
      ].join('\n'),
    },
    {
      path: '/cennik',
      title: 'Cennik – CzystyKadr',
      head: stripe('pk_live_51CzystyKadrFixture000000000000000'),
      body: [
        ckNav,
        h1('Cennik'),
        priceTable(
          ['Plan', 'Obrazy / miesiąc', 'Wideo', 'Cena'],
          [
            ['Start', 'do 10 000', '—', '0 zł'],
            ['Rozwój', 'do 500 000', '100 godzin', '990 zł / mies.'],
            ['Skala', 'do 5 mln', '1000 godzin', '4900 zł / mies.'],
            ['Organizacje non-profit i szkoły', 'indywidualnie', 'indywidualnie', 'rabat 70%'],
          ],
        ),
        p('Faktura VAT, płatność przelewem lub kartą. Umowa powierzenia przetwarzania danych (DPA) w cenie każdego planu. Przy płatności rocznej dwa miesiące otrzymujesz gratis.'),
        ckFoot,
      ].join('\n'),
    },
    {
      path: '/dokumentacja',
      title: 'Dokumentacja API – CzystyKadr',
      body: [
        ckNav,
        h1('Dokumentacja API'),
        p('Wyślij obraz metodą <code>POST /v2/moderate</code> z adresem URL lub plikiem. W odpowiedzi otrzymasz listę etykiet i rekomendowaną decyzję.'),
        `<pre><code>{"decision":"block","labels":{"nudity":0.97,"synthetic":0.91,"minor":0.02},"reason":"synthetic_nudity"}</code></pre>`,
        p('Dostępne są biblioteki dla PHP, Pythona, Javy i Node.js, webhooki dla wideo oraz tryb wsadowy. Limit domyślny: 100 zapytań na sekundę na klucz.'),
        ckFoot,
      ].join('\n'),
    },
    {
      path: '/rodo',
      title: 'RODO i bezpieczeństwo – CzystyKadr',
      body: [
        ckNav,
        h1('RODO i bezpieczeństwo danych'),
        p(
          'Przesyłane pliki przetwarzamy wyłącznie w celu moderacji, na serwerach w Polsce i Niemczech. Obrazy są usuwane natychmiast po analizie, a przechowujemy jedynie wynik i skrót pliku. Nie używamy danych klientów do trenowania modeli.',
          'Posiadamy certyfikat ISO/IEC 27001 i regularnie przechodzimy zewnętrzne testy penetracyjne. Inspektor ochrony danych: iod@czystykadr-moderacja.test.',
        ),
        ckFoot,
      ].join('\n'),
    },
  ],
};

export const sites: CorpusSite[] = [
  veilless, lumio, flimmer, sansVoile, snimi, zdejm, yuzTalep,
  guidaIa, toolVerdict, botopedia, alternatifBul,
  harbourLedger, beeldveilig, mediawijzeKlas, freistellerWerkstatt, trombineSwap, provaLook, czystyKadr,
];
