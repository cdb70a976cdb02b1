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
  orderForm,
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
  // 37. de saas: subscription only, no upload on the public site, Google login
  {
    host: 'huellenlos.test', lang: 'de', label: 'nudify', shape: 'saas', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Hüllenlos – der KI-Kleidungsentferner im Abo',
        head:
          metaDescription('Hüllenlos entfernt mit KI Kleidung von Fotos. Unbegrenzte Bearbeitungen im Abo, ab 14,90 € im Monat. Jetzt Mitglied werden.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'Product', name: 'Hüllenlos Mitgliedschaft', description: 'KI-Kleidungsentferner im Abo', offers: { '@type': 'Offer', price: '14.90', priceCurrency: 'EUR' }, aggregateRating: { '@type': 'AggregateRating', ratingValue: '4.5', reviewCount: '1204' } }) +
          oneTap('9910-huellenlos.apps.googleusercontent.com') + gtag('G-HUELLEN7'),
        body:
          cookieBanner('Diese Website verwendet Cookies. Einige sind technisch notwendig, andere helfen uns, das Angebot zu verbessern. Mehr dazu in unserer Datenschutzerklärung.', 'Akzeptieren', 'Ablehnen') +
          nav([['/mitgliedschaft', 'Mitgliedschaft'], ['/funktionen', 'Funktionen'], ['/hilfe', 'Hilfe'], ['/login', 'Login']], 'Hüllenlos') +
          h1('Kleidung weg. Per KI. So oft du willst.') +
          p('Hüllenlos ist kein Gratis-Tool mit Wartezeiten und Wasserzeichen, sondern ein Mitgliederbereich für alle, die regelmäßig Fotos bearbeiten. Unser eigenes KI-Modell entfernt Kleidung von Fotos und erzeugt eine realistische Nacktversion – oder wahlweise Bikini, Dessous und durchsichtige Stoffe. Im Abo sind die Bearbeitungen unbegrenzt.') +
          button('Mit Google anmelden') +
          p(a('/mitgliedschaft?ref=hero', 'Mitglied werden ab 14,90 € im Monat')) +
          h2('Was Mitglieder bekommen') +
          ul('Unbegrenzte Standard-Bearbeitungen', '100 Premium-Bearbeitungen im Monat mit 4K-Upscaling', 'Modi: Nackt, Dessous, Bikini, Durchsicht', 'Pinsel, um einzelne Bereiche zu behalten oder zu entfernen', 'Privater Tresor mit PIN', 'Deutschsprachiger Support per E-Mail, Antwort in unter 6 Stunden') +
          h2('So läuft es ab') +
          ol('Mitgliedschaft wählen und mit Karte, Sofort oder Krypto bezahlen', 'Im Mitgliederbereich Foto hochladen und Einwilligung bestätigen', 'Modus und Stärke wählen', 'Ergebnis herunterladen oder im Tresor speichern') +
          h2('Warum ein Abo?') +
          p('Wer öfter bearbeitet, zahlt bei Credit-Systemen schnell drauf. Mit Hüllenlos zahlst du einen festen Betrag und denkst nicht mehr über jedes einzelne Bild nach. Und weil wir keine Werbung schalten, gibt es keine Pop-ups und keine falschen Download-Buttons.') +
          h2('Bewertungen') +
          blockquote('Nicht billig, aber die Premium-Ergebnisse sind eine andere Liga. Und keine Werbung, endlich.', 'Mitglied seit 2025') +
          blockquote('Der Pinsel ist genial, damit kann man genau steuern, was bleibt.', 'Mitglied') +
          faq('Kurz erklärt', [
            ['Kann ich vorher testen?', 'Ja, die ersten 24 Stunden kosten 1,90 € mit 10 Bearbeitungen. Danach läuft das gewählte Abo.'],
            ['Wie kündige ich?', 'Mit zwei Klicks im Mitgliederbereich. Der Zugang läuft bis zum Ende des bezahlten Zeitraums.'],
            ['Was ist mit meinen Fotos?', 'Uploads werden nach der Bearbeitung gelöscht. Im Tresor liegt nur, was du selbst speicherst.'],
          ]) +
          p('Hüllenlos ist nur für Volljährige. Du darfst nur Fotos von dir selbst oder von Erwachsenen bearbeiten, die zugestimmt haben.') +
          footer('© 2026 Hüllenlos · Diskrete Abrechnung · 18+', [['/mitgliedschaft', 'Mitgliedschaft'], ['/funktionen', 'Funktionen'], ['/hilfe', 'Hilfe'], ['/agb', 'AGB'], ['/impressum', 'Impressum']]),
      },
      {
        path: '/mitgliedschaft',
        title: 'Mitgliedschaft – Hüllenlos',
        head: stripe('pk_live_huellenlos_fixture'),
        body:
          nav([['/', 'Start'], ['/hilfe', 'Hilfe']], 'Hüllenlos') +
          h1('Wähle deine Mitgliedschaft') +
          priceTable(['Laufzeit', 'Preis', 'Premium-Bearbeitungen', 'Ersparnis'], [
            ['24-Stunden-Test', '1,90 €', '10', '—'],
            ['1 Monat', '14,90 €', '100 / Monat', '—'],
            ['3 Monate', '36,90 €', '100 / Monat', '17 %'],
            ['12 Monate', '119 €', '150 / Monat', '33 %'],
          ]) +
          p('Alle Mitgliedschaften enthalten unbegrenzte Standard-Bearbeitungen mit allen Modi, auch dem Nackt-Modus. Auf dem Kontoauszug steht „HL Media Services“. Zahlung per Visa, Mastercard, Sofortüberweisung oder Krypto. Verlängerungen kannst du jederzeit stoppen.') +
          p('Erstattung: Innerhalb von 48 Stunden, wenn du noch keine Premium-Bearbeitung genutzt hast. Der 24-Stunden-Test geht automatisch in das Monatsabo über, wenn du nicht vorher kündigst.') +
          button('Weiter zur sicheren Zahlung') +
          footer('© 2026 Hüllenlos', [['/agb', 'AGB']]),
      },
      {
        path: '/funktionen',
        title: 'Funktionen – Hüllenlos',
        body:
          nav([['/', 'Start'], ['/mitgliedschaft', 'Mitgliedschaft']], 'Hüllenlos') +
          h1('Funktionen im Überblick') +
          h3('Nackt-Modus') + p('Entfernt die komplette Kleidung und erzeugt eine Nacktversion des Originalfotos, mit passender Beleuchtung und unverändertem Hintergrund.') +
          h3('Dessous, Bikini, Durchsicht') + p('Ersetzt die Kleidung durch Dessous oder Bademode, oder macht vorhandene Stoffe durchsichtig. Stärke in fünf Stufen einstellbar.') +
          h3('Pinsel') + p('Markiere Bereiche, die unverändert bleiben sollen – etwa Schmuck, Hände oder eine Jacke – oder solche, die gezielt bearbeitet werden.') +
          h3('Tresor') + p('Gespeicherte Ergebnisse liegen verschlüsselt hinter deiner PIN. Auch unser Team kann sie nicht sehen.') +
          footer('© 2026 Hüllenlos'),
      },
      {
        path: '/hilfe',
        title: 'Hilfe – Hüllenlos',
        body:
          nav([['/', 'Start'], ['/mitgliedschaft', 'Mitgliedschaft']], 'Hüllenlos') +
          faq('Hilfe-Center', [
            ['Wo lade ich Fotos hoch?', 'Ausschließlich im Mitgliederbereich nach dem Login. Auf der öffentlichen Seite gibt es keinen Upload.'],
            ['Mein Ergebnis sieht seltsam aus', 'Verwende ein Foto mit einer einzelnen Person und gutem Licht. Schick uns die Bild-ID, wir schreiben die Bearbeitung gut.'],
            ['Wie sicher ist der Tresor?', 'Die Inhalte sind mit deiner PIN verschlüsselt. Ohne PIN kommt niemand heran.'],
            ['Kann ich das Abo pausieren?', 'Nein, aber du kannst jederzeit kündigen und später wieder einsteigen.'],
          ]) +
          p('Nicht gefunden, was du suchst? Schreib uns über das Formular im Mitgliederbereich. Wir antworten sieben Tage die Woche.') +
          footer('© 2026 Hüllenlos', [['/impressum', 'Impressum']]),
      },
    ],
  },

  // 38. de innocent-home: portrait studio; Akt-Stil only on /stile; upload on /auftrag
  {
    host: 'lichtkammer.test', lang: 'de', label: 'nudify', shape: 'innocent-home', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Lichtkammer – KI-Fotostudio für Porträts',
        head: metaDescription('Lichtkammer ist dein KI-Fotostudio für Porträts: Studio-Licht, neue Hintergründe, Stile vom Gemälde bis zum Magazin-Cover.'),
        body:
          nav([['/stile', 'Stile'], ['/auftrag', 'Auftrag starten'], ['/preise', 'Preise'], ['/journal', 'Journal']], 'Lichtkammer') +
          h1('Porträts wie aus dem Studio – ohne Studio') +
          p('Die Lichtkammer ist ein KI-Fotostudio für alle, die schöne Porträts wollen, aber keinen Fotografen buchen möchten. Lade ein paar Selfies hoch, wähle einen Stil und erhalte eine kleine Serie von Bildern mit Studio-Licht, stimmigen Farben und dem Look eines professionellen Shootings.') +
          img(4, 'Porträt im Studio-Stil') +
          h2('Beliebte Stile') +
          ul('Business – für Bewerbung und LinkedIn', 'Magazin – Cover-Look mit harten Schatten', 'Schwarzweiß – klassisch und zeitlos', 'Gemälde – Öl, Aquarell oder Kohle', 'Sommer – Strand, Sonne, Urlaubsstimmung') +
          h2('So funktioniert die Lichtkammer') +
          ol('Auftrag starten und 3 bis 10 Fotos hochladen', 'Stil und Anzahl der Bilder wählen', 'Nach wenigen Minuten die Serie herunterladen') +
          h2('Warum Lichtkammer?') +
          p('Jeder Stil wird von unseren Fotografen kuratiert und regelmäßig verbessert. Die KI lernt dein Gesicht nur für deinen Auftrag und vergisst es danach wieder. Alle Bilder gehören dir und dürfen privat und geschäftlich genutzt werden.') +
          blockquote('Ich hatte in zehn Minuten zwanzig Bewerbungsfotos zur Auswahl. Verrückt.', 'Anna, Projektmanagerin') +
          blockquote('Der Schwarzweiß-Stil ist wunderschön, habe ihn meiner Mutter geschenkt.', 'Ben') +
          faq('Fragen', [
            ['Wie viele Fotos brauche ich?', 'Mindestens 3, besser 8 bis 10 aus unterschiedlichen Perspektiven.'],
            ['Wie lange dauert es?', 'Eine Serie ist meist in 3 bis 8 Minuten fertig.'],
            ['Was passiert mit meinen Fotos?', 'Sie werden nach 7 Tagen automatisch gelöscht.'],
          ]) +
          footer('© 2026 Lichtkammer', [['/stile', 'Stile'], ['/preise', 'Preise'], ['/journal', 'Journal'], ['/impressum', 'Impressum'], ['/datenschutz', 'Datenschutz']]),
      },
      {
        path: '/stile',
        title: 'Alle Stile – Lichtkammer',
        body:
          nav([['/', 'Start'], ['/auftrag', 'Auftrag starten']], 'Lichtkammer') +
          h1('Alle Stile') +
          h3('Porträt') + ul('Business', 'Magazin', 'Schwarzweiß', 'Gemälde', 'Sommer', 'Fantasy') +
          h3('Boudoir & Akt (ab 18)') +
          p('Für Erwachsene bieten wir Stile für sinnliche Porträts an. Sie sind erst nach einer Altersbestätigung sichtbar und im Paket „Serie+“ enthalten.') +
          ul('Boudoir – Dessous statt Alltagskleidung', 'Akt – die KI entfernt die Kleidung auf deinen Fotos und erstellt Aktbilder', 'Transparent – Stoffe werden durchscheinend') +
          p('Boudoir- und Akt-Stile dürfen nur mit Fotos von dir selbst oder von Erwachsenen genutzt werden, die ausdrücklich eingewilligt haben. Diese Stile zeigen wir nie in unseren Beispielen.') +
          footer('© 2026 Lichtkammer'),
      },
      {
        path: '/auftrag',
        title: 'Auftrag starten – Lichtkammer',
        body:
          nav([['/', 'Start'], ['/stile', 'Stile'], ['/preise', 'Preise']], 'Lichtkammer') +
          h1('Neuen Auftrag starten') +
          orderForm(['E-Mail-Adresse', 'Stil (z. B. Business, Magazin, Akt)', 'Anzahl Bilder (10, 25 oder 50)'], 'Weiter zum Upload') +
          upload('Deine Fotos (3–10 Stück)', '/auftrag/upload', 'Hochladen') +
          p('Nach dem Hochladen wirst du zur Zahlung weitergeleitet. Sobald die Serie fertig ist, schicken wir dir einen Download-Link per E-Mail. Für Boudoir- und Akt-Stile musst du vorher dein Alter bestätigen.') +
          p('Bitte lade nur Fotos hoch, auf denen du selbst zu sehen bist, oder Fotos von Erwachsenen, die zugestimmt haben.') +
          footer('© 2026 Lichtkammer'),
      },
      {
        path: '/preise',
        title: 'Preise – Lichtkammer',
        body:
          nav([['/', 'Start'], ['/auftrag', 'Auftrag starten']], 'Lichtkammer') +
          h1('Preise') +
          priceTable(['Paket', 'Bilder', 'Stile', 'Preis'], [['Mini', '10', '1 Stil', '9 €'], ['Serie', '25', '3 Stile', '19 €'], ['Serie+', '50', 'alle Stile inkl. Boudoir & Akt', '34 €']]) +
          p('Einmalzahlung, kein Abo. Bezahlung per Kreditkarte, PayPal oder Klarna. Bist du mit deiner Serie nicht zufrieden, erstellen wir sie einmal kostenlos neu. Nachbestellungen im gleichen Stil kosten die Hälfte.') +
          p('Das Paket „Serie+“ schaltet nach der Altersbestätigung auch Boudoir, Akt und Transparent frei. Du bekommst deine Bilder als ZIP-Datei in voller Auflösung, ohne Wasserzeichen, zur privaten und geschäftlichen Nutzung.') +
          footer('© 2026 Lichtkammer'),
      },
      {
        path: '/journal',
        title: 'Journal – Lichtkammer',
        body:
          nav([['/', 'Start']], 'Lichtkammer') +
          h1('Journal: Das perfekte Selfie für deine KI-Serie') +
          p('Gutes Licht ist alles: Stell dich ans Fenster, aber nicht in die direkte Sonne. Nimm Fotos aus verschiedenen Winkeln auf, mit und ohne Lächeln. Vermeide Sonnenbrillen, Mützen und starke Filter. Je abwechslungsreicher deine Fotos, desto besser kennt die KI dein Gesicht – und desto natürlicher wird deine Serie.') +
          p('Im nächsten Beitrag: welche Stile zu welchem Anlass passen.') +
          footer('© 2026 Lichtkammer'),
      },
    ],
  },

  // 39. de api-reseller
  {
    host: 'pixstrip-api.test', lang: 'de', label: 'nudify', shape: 'api-reseller', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'PixStrip API – Ausziehen-API für Entwickler und Reseller',
        head: metaDescription('PixStrip API: REST-Schnittstelle für KI-Ausziehen, Dessous- und Bikini-Generierung. Abrechnung pro Aufruf ab 0,03 €.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'WebAPI', name: 'PixStrip API', inLanguage: 'de', provider: { '@type': 'Organization', name: 'PixStrip' } }),
        body:
          nav([['/doku', 'Dokumentation'], ['/preise', 'Preise'], ['/reseller', 'Reseller'], ['/status', 'Status']], 'PixStrip') +
          h1('Die Ausziehen-API für deine App, deinen Bot oder deine Website') +
          p('PixStrip ist eine B2B-Schnittstelle für Anbieter von KI-Bildbearbeitung für Erwachsene. Ein Endpunkt, drei Modi – nackt, Dessous, Bikini – Antwortzeit unter sechs Sekunden. Du baust das Produkt, wir stellen die GPUs und das Modell. Deine Kunden sehen unseren Namen nie.') +
          h2('Warum PixStrip') +
          ul('Abrechnung pro Aufruf ab 0,03 €, keine Grundgebühr', 'p95-Latenz 5,6 s bei 1024 px', 'Synchron oder per Webhook', 'Keine Inhaltsfilter auf den Erwachsenen-Endpunkten – du definierst deine eigenen Regeln', 'Server in der EU und in Asien', 'Zahlung per Überweisung oder Krypto, Rechnung auf Wunsch') +
          h2('In drei Schritten live') +
          ol('Konto anlegen und API-Schlüssel erhalten (100 Gratis-Aufrufe)', 'Bild per POST an /v1/strip senden', 'Ergebnis-URL in der Antwort oder per Webhook erhalten') +
          h2('Für Reseller gebaut') +
          p('Viele unserer Partner betreiben Telegram-Bots oder Websites unter eigener Marke und verkaufen Bearbeitungen für das Fünf- bis Zehnfache unseres Preises. Mit unserem Reseller-Paket bekommst du einen fertigen Bot, eine Landingpage und ein Panel, in dem du deine Preise selbst festlegst.') +
          blockquote('Seit wir auf PixStrip umgestiegen sind, haben sich unsere Kosten halbiert.', 'Betreiber eines Bots mit 60.000 Nutzern') +
          faq('FAQ', [
            ['Speichert ihr Bilder?', 'Ein- und Ausgaben werden nach 24 Stunden gelöscht, mit ephemeral=true sofort.'],
            ['Wer ist für die Inhalte verantwortlich?', 'Der Partner. Er muss die Einwilligung der abgebildeten Personen sicherstellen.'],
          ]) +
          footer('PixStrip © 2026 · nur für Geschäftskunden', [['/doku', 'Doku'], ['/preise', 'Preise'], ['/reseller', 'Reseller'], ['/agb', 'API-AGB']]),
      },
      {
        path: '/doku',
        title: 'Dokumentation – PixStrip API',
        body:
          nav([['/', 'Start'], ['/preise', 'Preise']], 'PixStrip') +
          h1('API-Referenz') +
          h3('POST /v1/strip') +
          p('Parameter: <code>image</code> (Datei oder URL, Pflicht), <code>mode</code> (nude | lingerie | bikini, Standard nude), <code>strength</code> (0.1–1.0), <code>size</code> (1024 | 2048), <code>webhook</code> (optional), <code>ephemeral</code> (bool).') +
          p('Antwort: <code>{ "job": "…", "status": "done", "url": "…", "cost": 1 }</code>. Mit Webhook lautet der Status "queued"; das Ergebnis schicken wir per POST an deine URL.') +
          h3('Limits') +
          p('Standard: 10 Anfragen pro Sekunde pro Schlüssel. Fehler 429 bedeutet langsamer werden, 402 bedeutet Guthaben leer. SDKs für Node.js, Python und PHP findest du in deinem Dashboard.') +
          footer('PixStrip © 2026'),
      },
      {
        path: '/preise',
        title: 'Preise – PixStrip API',
        head: cryptoCheckout(),
        body:
          nav([['/', 'Start'], ['/doku', 'Doku']], 'PixStrip') +
          h1('Preise pro Aufruf') +
          priceTable(['Volumen / Monat', '1024 px', '2048 px'], [['bis 10.000', '0,05 €', '0,09 €'], ['10.000 – 100.000', '0,04 €', '0,07 €'], ['ab 100.000', '0,03 €', '0,05 €'], ['Enterprise', 'individuell', 'individuell']]) +
          p('Prepaid-Guthaben per USDT, BTC, ETH oder SEPA-Überweisung (ab 500 €). Guthaben verfällt nicht, Staffelpreise gelten automatisch pro Kalendermonat. Fehlgeschlagene Aufrufe werden nicht berechnet.') +
          p('Beispiel: Ein Bot mit 40.000 Aufrufen im Monat zahlt 0,04 € pro Bild, also 1.600 €. Verkauft er jedes Bild für 15 Stars, liegt die Marge meist deutlich über 80 %.') +
          footer('PixStrip © 2026'),
      },
      {
        path: '/reseller',
        title: 'Reseller – PixStrip API',
        body:
          nav([['/', 'Start'], ['/preise', 'Preise']], 'PixStrip') +
          h1('Eigener Ausziehen-Bot in einem Tag') +
          p('Das Reseller-Paket enthält alles für deine eigene Marke: einen Telegram-Bot mit Zahlung per Stars und Krypto, eine Landingpage, ein Empfehlungssystem und ein Dashboard für deine Umsätze. Name, Logo und Preise bestimmst du, wir kümmern uns um die Technik.') +
          ul('Keine Einrichtungsgebühr ab 20.000 vorausbezahlten Aufrufen', 'Umsatz bleibt zu 100 % bei dir', 'Ersatz-Bot-Tokens, falls Telegram deinen Bot sperrt', 'Private Partnergruppe auf Telegram') +
          p(a('https://t.me/pixstrip_partner', 'Partner-Support kontaktieren')) +
          footer('PixStrip © 2026'),
      },
    ],
  },

  // 40. fr saas: DévêtIA, claim + upload on home, carte bancaire + crypto
  {
    host: 'devetia.test', lang: 'fr', label: 'nudify', shape: 'saas', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'DévêtIA – Retirer les vêtements d\'une photo avec l\'IA',
        head:
          metaDescription('DévêtIA retire les vêtements de n\'importe quelle photo grâce à l\'IA. Importez, choisissez un mode, téléchargez. 3 crédits offerts.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'WebApplication', name: 'DévêtIA', inLanguage: 'fr', applicationCategory: 'MultimediaApplication', offers: { '@type': 'Offer', price: '7.99', priceCurrency: 'EUR' } }) +
          stripe('pk_live_devetia_fixture') + oneTap('1120-devetia.apps.googleusercontent.com'),
        body:
          cookieBanner('Nous utilisons des cookies pour assurer le bon fonctionnement du site et mesurer l\'audience. Vous pouvez modifier vos choix à tout moment.', 'Tout accepter', 'Continuer sans accepter') +
          nav([['/tarifs', 'Tarifs'], ['/comment-ca-marche', 'Comment ça marche'], ['/faq', 'FAQ'], ['/connexion', 'Connexion']], 'DévêtIA') +
          h1('Retirez les vêtements de n\'importe quelle photo') +
          p('DévêtIA est l\'outil en ligne qui déshabille une photo grâce à l\'intelligence artificielle. Importez une image, choisissez le mode Nu, Bikini ou Lingerie, et obtenez en une dizaine de secondes une version réaliste, qui conserve la pose, l\'arrière-plan et la lumière d\'origine.') +
          upload('Glissez votre photo ici (JPG, PNG, 10 Mo max.)', '/generer', 'Déshabiller') +
          p('En important une photo, vous confirmez que la personne est majeure et qu\'elle a donné son accord.') +
          button('Continuer avec Google') +
          h2('Comment ça marche ?') +
          ol('Importez une photo nette, une seule personne de face', 'Choisissez un mode : Nu, Bikini ou Lingerie', 'Téléchargez le résultat en HD ou en 4K') +
          h2('Pourquoi DévêtIA ?') +
          ul('Résultat en 9 secondes en moyenne', 'Suppression automatique de vos photos après 24 h', 'Paiement par carte bancaire, Apple Pay ou crypto', 'Support en français, 7j/7', '3 crédits offerts à l\'inscription, sans carte') +
          h2('Ils l\'ont testé') +
          blockquote('Bluffant. J\'ai comparé avec trois autres sites, aucun n\'arrive à ce niveau.', 'Julien, abonné Pro') +
          blockquote('Rapide, discret, et le support répond vraiment en français.', 'utilisatrice à Lyon') +
          faq('Questions fréquentes', [
            ['DévêtIA est-il gratuit ?', 'Vous recevez 3 crédits offerts. Ensuite, les packs commencent à 7,99 €.'],
            ['Mes photos sont-elles conservées ?', 'Non, elles sont supprimées automatiquement au bout de 24 heures.'],
            ['Puis-je être remboursé ?', 'Les crédits non utilisés sont remboursables pendant 14 jours.'],
          ]) +
          footer('© 2026 DévêtIA · Réservé aux adultes (18+)', [['/tarifs', 'Tarifs'], ['/faq', 'FAQ'], ['/mentions-legales', 'Mentions légales'], ['/confidentialite', 'Confidentialité'], ['/cgu', 'CGU']]),
      },
      {
        path: '/tarifs',
        title: 'Tarifs – DévêtIA',
        body:
          nav([['/', 'Accueil'], ['/faq', 'FAQ']], 'DévêtIA') +
          h1('Nos tarifs') +
          p('1 crédit = 1 photo déshabillée en HD. La 4K coûte 2 crédits. Les crédits n\'expirent jamais.') +
          priceTable(['Pack', 'Crédits', 'Prix', 'Par photo'], [['Découverte', '15', '7,99 €', '0,53 €'], ['Populaire', '60', '22,99 €', '0,38 €'], ['Malin', '200', '54,99 €', '0,27 €']]) +
          p('Vous préférez un abonnement ? DévêtIA Illimité coûte 26,99 € par mois (usage raisonnable de 1 500 photos), sans engagement. Paiement par carte bancaire (CB, Visa, Mastercard), Apple Pay, Google Pay ou crypto (BTC, USDT). Le libellé sur votre relevé reste neutre.') +
          button('Acheter des crédits') +
          footer('© 2026 DévêtIA', [['/cgu', 'CGU']]),
      },
      {
        path: '/comment-ca-marche',
        title: 'Comment ça marche – DévêtIA',
        body:
          nav([['/', 'Accueil'], ['/tarifs', 'Tarifs']], 'DévêtIA') +
          h1('Comment fonctionne DévêtIA ?') +
          p('Notre IA repère d\'abord la personne et ses vêtements sur la photo. Un modèle génératif redessine ensuite la zone concernée pour obtenir une version nue, ou selon le mode choisi, une version en bikini ou en lingerie. L\'arrière-plan, la pose et l\'éclairage sont conservés au maximum.') +
          p('Pour un meilleur résultat : une photo nette, bien éclairée, une seule personne, idéalement de face, sans filtre trop marqué. Si la génération échoue, votre crédit est recrédité automatiquement.') +
          footer('© 2026 DévêtIA'),
      },
      {
        path: '/faq',
        title: 'FAQ – DévêtIA',
        body:
          nav([['/', 'Accueil'], ['/tarifs', 'Tarifs']], 'DévêtIA') +
          faq('Foire aux questions', [
            ['Est-ce anonyme ?', 'Vous pouvez vous connecter avec Google ou une simple adresse e-mail. Nous ne demandons ni nom ni adresse.'],
            ['Quelles photos donnent les meilleurs résultats ?', 'Une seule personne, de face, bonne lumière, au moins 600 pixels de côté.'],
            ['Puis-je importer n\'importe quelle photo ?', 'Non. Uniquement des photos de vous-même ou d\'adultes qui ont donné leur accord. Tout abus entraîne la fermeture du compte.'],
            ['Comment résilier l\'abonnement ?', 'Compte → Abonnement → Résilier. L\'accès reste actif jusqu\'à la fin de la période.'],
          ]) +
          footer('© 2026 DévêtIA', [['/confidentialite', 'Confidentialité']]),
      },
      {
        path: '/mentions-legales',
        title: 'Mentions légales – DévêtIA',
        body:
          h1('Mentions légales') +
          p('Le site DévêtIA est édité par DVT Digital Ltd., société immatriculée hors de l\'Union européenne. Contact : via le formulaire de l\'espace client uniquement. Hébergement : prestataire cloud, adresse communiquée sur réquisition judiciaire. Les contenus générés le sont par les utilisateurs, seuls responsables des images importées et de l\'usage qui en est fait.') +
          p('Signalements : via le formulaire de contact, en précisant l\'identifiant de l\'image concernée.') +
          footer('© 2026 DévêtIA'),
      },
    ],
  },

  // 41. fr saas: jsOnly app shell, Discord sign-in, crédits
  {
    host: 'nulab-ia.test', lang: 'fr', label: 'nudify', shape: 'saas', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'NuLab',
        jsOnly: true,
        head: metaDescription('NuLab – le générateur de photos nues par IA, construit avec sa communauté Discord.') + gtag('G-NULAB404'),
        body:
          nav([['/credits', 'Crédits'], ['/discord', 'Discord'], ['/nouveautes', 'Nouveautés'], ['/connexion', 'Connexion']], 'NuLab') +
          h1('Le générateur de nu IA, construit avec sa communauté') +
          p('NuLab transforme n\'importe quelle photo en version déshabillée, en un clic. La version 2.4 est en ligne : meilleurs arrière-plans, mains plus propres et un nouveau mode lingerie. Connectez-vous avec Discord pour recevoir vos générations gratuites du jour.') +
          button('Se connecter avec Discord') + button('Se connecter avec Google') +
          upload('Importer une image', '/v2/generer', 'Générer') +
          h2('Fonctionnalités') +
          ul('Générations gratuites chaque jour pour les membres Discord', 'Modes nu, lingerie, bikini et « tenue libre »', 'Pinceau de retouche : choisissez précisément la zone à modifier', 'Agrandissement HD 2x / 4x', 'Historique privé, suppression en un clic') +
          h2('En 3 étapes') +
          ol('Connectez-vous avec Discord ou Google', 'Importez une photo et choisissez un mode', 'Téléchargez le résultat, ou affinez-le au pinceau') +
          h2('18 000 membres sur Discord') +
          blockquote('Le pinceau change tout, on contrôle beaucoup mieux qu\'ailleurs.', 'membre Discord') +
          blockquote('Les devs écoutent vraiment les suggestions, les mises à jour sont rapides.', 'membre Discord') +
          p('La plupart des réponses se trouvent dans le salon #faq de notre Discord. Support 24h/24 par ticket. Remboursement des crédits non utilisés sous 14 jours.') +
          p('NuLab est réservé aux adultes. N\'importez que des images dont vous avez les droits et de personnes consentantes. Toute infraction = bannissement définitif.') +
          footer('© 2026 NuLab', [['/credits', 'Crédits'], ['/nouveautes', 'Nouveautés'], ['/cgu', 'CGU'], ['/discord?utm_source=site&utm_medium=footer', 'Discord']]),
      },
      {
        path: '/credits',
        title: 'Crédits – NuLab',
        body:
          nav([['/', 'Accueil'], ['/discord', 'Discord']], 'NuLab') +
          h1('Offres') +
          p('Les membres gratuits ont 5 générations par jour en qualité standard. Passez à une offre payante pour la HD, plus d\'attente et tous les modes.') +
          priceTable(['', 'Gratuit', 'Plus', 'Ultra'], [['Prix', '0 €', '11,90 € / mois', '27,90 € / mois'], ['Générations', '5 / jour', '300 / mois', '1 000 / mois'], ['Qualité', 'Standard', 'HD', 'HD + 4x'], ['Modes', 'Bikini', 'Tous', 'Tous + tenue libre'], ['File d\'attente', 'Partagée', 'Prioritaire', 'Instantanée']]) +
          p('Paiement par carte ou en crypto. Les offres annuelles offrent deux mois. Les boosters de notre serveur Discord ont 10 % de réduction. Résiliation à tout moment dans Paramètres → Facturation.') +
          footer('© 2026 NuLab'),
      },
      {
        path: '/discord',
        title: 'Rejoindre le Discord – NuLab',
        body:
          nav([['/', 'Accueil'], ['/credits', 'Crédits']], 'NuLab') +
          h1('Rejoignez le Discord NuLab') +
          p('Générations gratuites quotidiennes, votes sur les prochains modes, retours et support 24h/24. Liez votre compte Discord lors de la connexion pour recevoir automatiquement le rôle Membre. Lisez d\'abord le salon #règles : pas de partage de résultats de personnes non consentantes, pas d\'informations personnelles, pas de spam.') +
          p(a('https://discord.gg/nulab-fixture', 'Ouvrir l\'invitation Discord')) +
          p('Les membres avec le rôle Soutien ont accès en avant-première aux nouveaux modèles.') +
          footer('© 2026 NuLab'),
      },
      {
        path: '/nouveautes',
        title: 'Nouveautés – NuLab',
        body:
          nav([['/', 'Accueil']], 'NuLab') +
          h1('Journal des versions') +
          h3('v2.4') + p('Nouveau mode lingerie, meilleurs rendus en faible lumière, moins d\'artefacts sur les arrière-plans, rendus 20 % plus rapides.') +
          h3('v2.3') + p('Pinceau de retouche pour Plus et Ultra. Historique supprimable d\'un seul bouton. Récompenses quotidiennes sur Discord.') +
          h3('À venir') + p('Mode vidéo (clips courts) pour Ultra, imports par lot et pinceau adapté au mobile. Votez dans #roadmap.') +
          p('Merci aux 18 000 membres pour leurs retours.') +
          footer('© 2026 NuLab'),
      },
    ],
  },

  // 42. fr saas: mode rayons X, subscription only, age gate
  {
    host: 'transparence-ia.test', lang: 'fr', label: 'nudify', shape: 'saas', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Transparence IA — le mode rayons X pour vos photos',
        head: metaDescription('Transparence IA : voir à travers les vêtements grâce au mode rayons X. Abonnement à partir de 12,90 €. 18+.'),
        body:
          ageGate('Ce site propose des outils d\'IA réservés aux adultes. Avez-vous 18 ans ou plus ?', 'Oui, j\'ai 18 ans ou plus', 'Quitter') +
          nav([['/abonnements', 'Abonnements'], ['/rayons-x', 'Mode rayons X'], ['/aide', 'Aide'], ['/espace-membre', 'Espace membre']], 'Transparence') +
          h1('Voyez à travers les vêtements') +
          p('Avec le mode rayons X de Transparence IA, découvrez ce qui se cache sous les vêtements, sur n\'importe quelle photo. Notre IA calcule une version réaliste sans vêtements à partir de l\'image d\'origine. Fonctionne sur les selfies, les photos de vacances et les portraits du quotidien.') +
          h2('Trois intensités') +
          ul('<b>Légère</b> – le tissu devient transparent', '<b>Moyenne</b> – seuls les sous-vêtements restent', '<b>Totale</b> – rayons X, plus aucun vêtement') +
          h2('Réservé aux abonnés') +
          p('Pas de crédits, pas de mauvaise surprise : un abonnement mensuel, des générations en illimité (usage raisonnable) et l\'accès à toutes les intensités. L\'import des photos se fait dans l\'espace membre, après connexion.') +
          h2('Comment ça marche') +
          ol('Choisissez votre abonnement', 'Connectez-vous à l\'espace membre', 'Importez une photo et choisissez l\'intensité', 'Téléchargez le résultat en HD') +
          h2('Confidentialité') +
          p('Vos photos sont chiffrées sur nos serveurs puis supprimées au bout de 2 heures. Nous ne partageons rien avec des tiers et n\'utilisons jamais vos images pour entraîner nos modèles. Le libellé bancaire est neutre.') +
          h2('Avis') +
          blockquote('L\'intensité totale est impressionnante, vraiment.', 'abonné') +
          blockquote('Enfin un abonnement simple, sans crédits à recompter.', 'abonnée') +
          p('Vous devez être majeur. N\'utilisez que des photos d\'adultes consentants.') +
          footer('© 2026 Transparence IA', [['/abonnements', 'Abonnements'], ['/rayons-x', 'Rayons X'], ['/aide', 'Aide'], ['/cgv', 'CGV'], ['/confidentialite', 'Confidentialité']]),
      },
      {
        path: '/abonnements',
        title: 'Abonnements — Transparence IA',
        head: stripe('pk_live_transparence_fixture'),
        body:
          nav([['/', 'Accueil'], ['/aide', 'Aide']], 'Transparence') +
          h1('Nos abonnements') +
          priceTable(['Formule', 'Prix', 'Intensités', 'Qualité'], [['Essentiel', '12,90 € / mois', 'Légère, Moyenne', 'HD'], ['Complet', '22,90 € / mois', 'Toutes, rayons X inclus', 'HD'], ['Premium', '39,90 € / mois', 'Toutes, rayons X inclus', 'HD + 4K, file prioritaire']]) +
          p('Paiement par carte bancaire, Apple Pay ou crypto (10 % de générations bonus en crypto). Sans engagement : résiliez en deux clics, l\'accès reste actif jusqu\'à la fin du mois payé. Remboursement possible sous 48 h si aucune génération n\'a été utilisée.') +
          p('Le libellé sur votre relevé : « TRS Services ».') +
          button('S\'abonner') +
          footer('© 2026 Transparence IA'),
      },
      {
        path: '/rayons-x',
        title: 'Le mode rayons X — Transparence IA',
        body:
          nav([['/', 'Accueil'], ['/abonnements', 'Abonnements']], 'Transparence') +
          h1('Qu\'est-ce que le mode rayons X ?') +
          p('Le mode rayons X est notre intensité la plus forte. L\'IA retire tous les vêtements de la personne sur la photo et complète l\'image de façon réaliste, en conservant l\'arrière-plan, la pose et l\'éclairage. Le résultat est une version nue de la photo d\'origine.') +
          p('Le mode rayons X est inclus dans les formules Complet et Premium. Astuce : combinez-le avec l\'export 4K de la formule Premium pour les résultats les plus nets.') +
          footer('© 2026 Transparence IA'),
      },
      {
        path: '/aide',
        title: 'Aide — Transparence IA',
        body:
          nav([['/', 'Accueil'], ['/abonnements', 'Abonnements']], 'Transparence') +
          faq('Questions fréquentes', [
            ['Puis-je résilier quand je veux ?', 'Oui, l\'abonnement est mensuel et s\'arrête à la fin de la période en cours.'],
            ['Suis-je remboursé si cela ne me convient pas ?', 'Sous 48 heures après le paiement, si aucune génération n\'a été faite.'],
            ['Ça marche sur les photos de groupe ?', 'Pas encore correctement. Utilisez une photo avec une seule personne.'],
            ['Où importer mes photos ?', 'Dans l\'espace membre, une fois connecté.'],
          ]) +
          p('Une autre question ? Notre service client répond 7 jours sur 7 par chat, en français et en anglais.') +
          footer('© 2026 Transparence IA'),
      },
    ],
  },

  // 43. fr app-landing
  {
    host: 'devoile-app.test', lang: 'fr', label: 'nudify', shape: 'app-landing', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Dévoile – l\'appli IA qui déshabille vos photos | Android & iPhone',
        head: metaDescription('Téléchargez Dévoile, l\'appli IA qui retire les vêtements des photos. 3 essais gratuits par jour, VIP à la semaine.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'MobileApplication', name: 'Dévoile', operatingSystem: 'Android, iOS', inLanguage: 'fr', aggregateRating: { '@type': 'AggregateRating', ratingValue: '4.3', ratingCount: '3870' } }),
        body:
          nav([['/telecharger', 'Télécharger'], ['/vip', 'VIP'], ['/aide', 'Aide']], 'Dévoile') +
          h1('Dévoile : l\'appli qui déshabille en un geste') +
          p('Dévoile utilise l\'intelligence artificielle pour retirer les vêtements d\'une photo. Choisissez une image dans votre galerie ou prenez-en une, glissez le doigt et le résultat apparaît en quelques secondes : maillot de bain, lingerie ou version nue. Plus de 400 000 téléchargements en France, en Belgique et au Québec.') +
          storeBadges('/download/devoile-2.7.apk') +
          h2('Fonctions') +
          ul('📷 Depuis l\'appareil photo ou la galerie', '⚡ Résultat en 5 secondes', '👙 Modes Maillot, Lingerie, Nu (VIP)', '🔒 Album caché protégé par code ou empreinte', '🌙 Sans publicité en VIP') +
          h2('Gratuit ou VIP ?') +
          p('En gratuit, vous avez 3 essais par jour en mode Maillot, avec un petit filigrane. Le VIP débloque le mode Nu, supprime le filigrane et la publicité, et vous place dans la file rapide, à partir de 4,99 € la semaine.') +
          h2('Installer l\'APK') +
          ol('Appuyez sur « Download APK »', 'Autorisez l\'installation depuis des sources inconnues', 'Ouvrez Dévoile et profitez de vos 3 essais quotidiens') +
          p('Dévoile n\'est pas disponible sur le Play Store dans votre pays ? Les règles des stores changent souvent : l\'APK de ce site est toujours la dernière version. Sur iPhone, ouvrez l\'appli web dans Safari puis « Ajouter à l\'écran d\'accueil ».') +
          h2('Avis') +
          blockquote('⭐⭐⭐⭐⭐ Bien plus rapide que les sites, et l\'album caché est indispensable.', 'avis Google Play') +
          blockquote('⭐⭐⭐⭐ Le VIP vaut le coup, le mode Nu est réservé au VIP.', 'utilisateur') +
          footer('Dévoile © 2026 · Réservé aux 18 ans et plus', [['/telecharger', 'Télécharger'], ['/vip?src=footer', 'VIP'], ['/aide', 'Aide'], ['/confidentialite', 'Confidentialité']]),
      },
      {
        path: '/telecharger',
        title: 'Télécharger Dévoile',
        body:
          nav([['/', 'Accueil'], ['/vip', 'VIP']], 'Dévoile') +
          h1('Télécharger Dévoile 2.7') +
          storeBadges('/download/devoile-2.7.apk') +
          p('Taille : 39 Mo. Android 8.0 minimum. Nouveautés : meilleurs résultats sur les photos sombres, nouveaux modèles de maillots, correction d\'un plantage sous Android 14, export 4K pour les VIP.') +
          p('Un avertissement s\'affiche à l\'installation ? C\'est le message standard d\'Android pour toute appli hors store. Appuyez sur « Installer quand même ». Les mises à jour se font ensuite directement dans l\'appli.') +
          footer('Dévoile © 2026'),
      },
      {
        path: '/vip',
        title: 'VIP – Dévoile',
        body:
          nav([['/', 'Accueil'], ['/telecharger', 'Télécharger']], 'Dévoile') +
          h1('Passez VIP') +
          priceTable(['VIP', 'Prix', 'Inclus'], [['Semaine', '4,99 €', 'Illimité, mode Nu, sans pub'], ['Mois', '12,99 €', 'Tout Semaine + export 4K'], ['À vie', '49,99 €', 'Tout, pour toujours']]) +
          p('Les achats passent par Google Play ou l\'App Store. Dans la version APK, vous pouvez aussi payer par carte bancaire ou en crypto. Résiliez votre abonnement dans les réglages de votre compte store au moins 24 heures avant le renouvellement. L\'achat « À vie » est un paiement unique.') +
          footer('Dévoile © 2026'),
      },
      {
        path: '/aide',
        title: 'Aide – Dévoile',
        body:
          nav([['/', 'Accueil'], ['/vip', 'VIP']], 'Dévoile') +
          faq('Aide', [
            ['Mes photos sont-elles envoyées sur vos serveurs ?', 'Oui, pour le traitement, puis supprimées aussitôt. L\'album caché reste sur votre téléphone.'],
            ['Comment restaurer mon VIP ?', 'Réglages → Restaurer les achats, avec le même compte store.'],
            ['Remboursement ?', 'Les achats intégrés sont remboursés par Google ou Apple selon leurs propres règles.'],
            ['Qui puis-je déshabiller ?', 'Vous-même, ou des adultes qui ont dit oui. Le reste est contraire à nos conditions.'],
          ]) +
          footer('Dévoile © 2026'),
      },
    ],
  },

  // 44. fr mirror
  {
    host: 'effeuille-miroir.test', lang: 'fr', label: 'nudify', shape: 'mirror', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Effeuille a déménagé – nouvelle adresse officielle',
        body:
          cookieBanner('Ce miroir utilise un seul cookie, pour garder votre session ouverte.', 'OK') +
          nav([['/connexion', 'Connexion'], ['/credits', 'Crédits'], ['/miroirs', 'Miroirs officiels']], 'EFFEUILLE') +
          h1('Nous avons déménagé !') +
          p('Notre ancienne adresse effeuille.test a été bloquée par plusieurs fournisseurs d\'accès en France et en Belgique. Pas de panique : c\'est la nouvelle adresse officielle d\'Effeuille. Même équipe, même IA, mêmes comptes. Connectez-vous avec votre e-mail et votre mot de passe habituels, vos crédits sont toujours là.') +
          p('<b>Ajoutez cette page à vos favoris</b> et rejoignez notre canal Telegram : si cette adresse est bloquée à son tour, c\'est là que nous publierons le prochain miroir en premier.') +
          p(a('https://t.me/effeuille_officiel', 'Rejoindre @effeuille_officiel')) +
          h2('Pour les nouveaux') +
          p('Effeuille est un outil d\'IA qui retire les vêtements d\'une photo. Importez une image, choisissez le mode complet ou partiel, téléchargez le résultat. Les nouveaux comptes ont 2 générations offertes, sans carte.') +
          upload('Testez la nouvelle adresse : importez une photo', '/effeuiller', 'Effeuiller') +
          h2('Que s\'est-il passé ?') +
          p('Suite à des signalements, notre ancien domaine a été bloqué au niveau DNS et retiré des moteurs de recherche. Nos serveurs n\'ont jamais été touchés et aucune donnée n\'a été perdue. D\'autres blocages sont probables, c\'est pourquoi nous gardons plusieurs miroirs prêts.') +
          h2('Attention aux copies') +
          p('Plusieurs sites copient notre design pour voler vos identifiants. Les seules adresses officielles sont sur la page des miroirs et dans le canal Telegram. Nous ne vous demanderons jamais votre mot de passe par message.') +
          footer('Effeuille · miroir officiel · 2026 · 18+ · Vous êtes responsable du consentement des personnes sur vos photos.', [['/miroirs', 'Miroirs'], ['/credits', 'Crédits'], ['/connexion', 'Connexion']]),
      },
      {
        path: '/miroirs',
        title: 'Miroirs officiels – Effeuille',
        body:
          nav([['/', 'Accueil'], ['/connexion', 'Connexion']], 'EFFEUILLE') +
          h1('Miroirs officiels') +
          ul('effeuille-miroir.test – adresse principale (vous êtes ici)', 'eff-secours.test – secours', 'Adresse onion – uniquement sur Telegram') +
          p('Un miroir ne s\'affiche pas ? Votre fournisseur le bloque sans doute. Essayez un autre miroir, changez de DNS pour un résolveur public ou utilisez un VPN. Les nouveaux miroirs sont annoncés d\'abord sur le canal Telegram, en général quelques heures après un blocage. Méfiez-vous des listes sur les forums : ce sont souvent des pièges.') +
          footer('Effeuille 2026'),
      },
      {
        path: '/credits',
        title: 'Crédits – Effeuille',
        body:
          nav([['/', 'Accueil'], ['/miroirs', 'Miroirs']], 'EFFEUILLE') +
          h1('Acheter des crédits') +
          priceTable(['Crédits', 'Prix', 'Par photo'], [['20', '8 €', '0,40 €'], ['75', '24 €', '0,32 €'], ['200', '55 €', '0,28 €']]) +
          p('Le paiement par carte est suspendu sur ce miroir le temps de trouver un nouveau prestataire. Payez en USDT ou en BTC : les crédits sont ajoutés automatiquement après confirmation. Les crédits de l\'ancienne adresse ont été transférés, les codes de parrainage restent valables. Des codes cadeaux sont aussi vendus par nos revendeurs listés sur Telegram.') +
          button('Payer en crypto') +
          footer('Effeuille 2026'),
      },
      {
        path: '/connexion',
        title: 'Connexion – Effeuille',
        body:
          nav([['/', 'Accueil'], ['/credits', 'Crédits']], 'EFFEUILLE') +
          h1('Connexion') +
          p('Utilisez le même e-mail et le même mot de passe que sur l\'ancienne adresse. Mot de passe oublié ? Le lien de réinitialisation vient désormais de notre nouvelle adresse, pensez à vérifier vos spams. Les comptes créés avec Google fonctionnent aussi ici.') +
          button('Continuer avec Google') +
          p('Un souci depuis le déménagement ? Écrivez au support sur le canal Telegram en indiquant l\'e-mail de votre compte.') +
          footer('Effeuille 2026'),
      },
    ],
  },

  // 45. fr innocent-home: studio photo IA; déshabillage only on /modes; upload on /studio
  {
    host: 'atelierlumiere-ia.test', lang: 'fr', label: 'nudify', shape: 'innocent-home', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Atelier Lumière – votre studio photo IA',
        head: metaDescription('Atelier Lumière : portraits professionnels, changement d\'arrière-plan, restauration de vieilles photos et retouche IA en quelques secondes.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'Organization', name: 'Atelier Lumière', url: 'https://atelierlumiere-ia.test' }),
        body:
          cookieBanner('Nous utilisons des cookies pour la connexion et des statistiques anonymes.', 'Accepter', 'Refuser') +
          nav([['/modes', 'Modes'], ['/studio', 'Studio'], ['/tarifs', 'Tarifs'], ['/a-propos', 'À propos']], 'Atelier Lumière') +
          h1('Votre studio photo IA, ouvert jour et nuit') +
          p('Plus besoin de photographe : avec Atelier Lumière, une simple photo de téléphone devient un portrait professionnel, un arrière-plan terne disparaît et les vieilles photos de famille retrouvent leurs couleurs. Tout se passe dans votre navigateur, en quelques secondes.') +
          img(6, 'exemple de portrait') +
          h2('Modes les plus utilisés') +
          ul('Portrait pro pour CV et LinkedIn', 'Changer ou flouter l\'arrière-plan', 'Restaurer et coloriser une vieille photo', 'Rééclairer un portrait', 'Agrandir en 4K') +
          h2('Comment ça marche') +
          ol('Importez votre photo dans le Studio', 'Choisissez parmi plus de 20 modes', 'Téléchargez le résultat en pleine résolution') +
          h2('Pour tous les usages') +
          p('Les indépendants s\'en servent pour leur site, les boutiques en ligne pour leurs photos produits, et les familles pour l\'album des grands-parents. Chaque mode est entraîné séparément, pour un rendu naturel plutôt que « filtré ».') +
          blockquote('Nouvelle photo de profil en une minute, mieux que celle du photographe.', 'Camille, chargée de com') +
          blockquote('La photo de mariage de mes parents est comme neuve.', 'Karim') +
          faq('Questions', [
            ['Faut-il un compte ?', 'Pas pour deux retouches gratuites. Ensuite, connexion avec Google.'],
            ['Où sont traitées mes photos ?', 'Sur des serveurs dans l\'UE. Elles sont supprimées après 7 jours.'],
          ]) +
          footer('© 2026 Atelier Lumière', [['/modes', 'Modes'], ['/tarifs', 'Tarifs'], ['/a-propos', 'À propos'], ['/mentions-legales', 'Mentions légales'], ['/confidentialite', 'Confidentialité']]),
      },
      {
        path: '/modes',
        title: 'Tous les modes – Atelier Lumière',
        body:
          nav([['/', 'Accueil'], ['/studio', 'Studio'], ['/tarifs', 'Tarifs']], 'Atelier Lumière') +
          h1('Tous les modes') +
          h3('Essentiels') + ul('Portrait pro', 'Arrière-plan', 'Restauration', 'Éclairage', 'Agrandissement') +
          h3('Créatifs') + ul('Peinture à l\'huile', 'BD', 'Argentique') +
          h3('Après minuit (18+)') +
          p('Visibles uniquement pour les comptes majeurs vérifiés avec la formule Pro.') +
          ul('Déshabillage – retire les vêtements et crée une version nue de la photo', 'Plage – remplace la tenue par un maillot de bain', 'Lingerie – remplace la tenue par de la lingerie', 'Voilage – rend les tissus transparents') +
          p('N\'utilisez ces modes qu\'avec des photos de vous-même ou d\'adultes consentants. Les résultats « Après minuit » n\'apparaissent jamais dans nos exemples.') +
          a('/studio?mode=deshabillage', 'Essayer dans le Studio') +
          footer('© 2026 Atelier Lumière'),
      },
      {
        path: '/studio',
        title: 'Studio – Atelier Lumière',
        head: oneTap('3340-atelierlumiere.apps.googleusercontent.com'),
        body:
          nav([['/', 'Accueil'], ['/modes', 'Modes']], 'Atelier Lumière') +
          h1('Studio') +
          upload('Importer une photo', '/studio/retoucher', 'Appliquer le mode') +
          p('Après l\'import, choisissez un mode dans la liste. Les modes Essentiels et Créatifs coûtent 1 crédit, les modes « Après minuit » 3 crédits et nécessitent la formule Pro avec vérification de l\'âge. Vos retouches restent 7 jours dans votre historique.') +
          p('Formats acceptés : JPG, PNG, HEIC et WEBP jusqu\'à 20 Mo. Astuce : une photo nette et bien éclairée donne le meilleur résultat, quel que soit le mode.') +
          footer('© 2026 Atelier Lumière'),
      },
      {
        path: '/tarifs',
        title: 'Tarifs – Atelier Lumière',
        body:
          nav([['/', 'Accueil'], ['/modes', 'Modes']], 'Atelier Lumière') +
          h1('Tarifs') +
          priceTable(['Formule', 'Par mois', 'Crédits', 'Modes'], [['Essentiel', '6 €', '40', 'Essentiels + Créatifs'], ['Pro', '17 €', '180', 'Tous, y compris Après minuit'], ['Studio', '35 €', '500', 'Tous, prioritaire']]) +
          p('Paiement par carte bancaire ou PayPal. Sans engagement, résiliable chaque mois. Les crédits non utilisés expirent en fin de mois. Crédits supplémentaires : 50 pour 5 €, quelle que soit la formule. Les modes Après minuit (déshabillage, plage, lingerie, voilage) ne sont inclus que dans Pro et Studio, après une vérification d\'âge unique.') +
          footer('© 2026 Atelier Lumière'),
      },
      {
        path: '/a-propos',
        title: 'À propos – Atelier Lumière',
        body:
          nav([['/', 'Accueil']], 'Atelier Lumière') +
          h1('À propos') +
          p('Atelier Lumière a été fondé par deux photographes lassés de passer leurs soirées à retoucher. Aujourd\'hui, des dizaines de milliers de personnes utilisent nos modes IA pour leurs photos de profil, leurs photos produits et leurs albums de famille. Notre équipe travaille entre Bordeaux et Montréal.') +
          p('Une question, un partenariat ? Utilisez le formulaire de contact de votre espace client.') +
          footer('© 2026 Atelier Lumière'),
      },
    ],
  },

  // 46. fr innocent-home: photo editor; claim on /tarifs; upload on /commande
  {
    host: 'retouchelab.test', lang: 'fr', label: 'nudify', shape: 'innocent-home', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'RetoucheLab | L\'éditeur photo intelligent',
        head: metaDescription('RetoucheLab, l\'éditeur photo IA : effacer des objets, rendre un visage net, changer une tenue, remplacer le ciel.'),
        body:
          nav([['/fonctions', 'Fonctions'], ['/tarifs', 'Tarifs'], ['/commande', 'Commencer'], ['/blog/nouveautes-2026', 'Blog']], 'RetoucheLab') +
          h1('La retouche photo, sans prise de tête') +
          p('RetoucheLab fait en quelques secondes ce qui vous prenait une heure sur Photoshop. Effacez les passants de vos photos de vacances, rendez net un visage flou, changez la tenue d\'une personne ou donnez une tout autre ambiance à votre image.') +
          h2('Les outils') +
          ul('Gomme : effacer objets et personnes', 'Netteté : sauver un visage flou', 'Tenue : modifier les vêtements par IA', 'Ciel : remplacer un ciel gris', 'Style : transformer la photo en œuvre d\'art') +
          h2('En 3 étapes') +
          ol('Importez votre photo', 'Choisissez un outil ou tapez une consigne', 'Téléchargez le résultat') +
          h2('Partout avec vous') +
          p('RetoucheLab fonctionne sur ordinateur, téléphone et tablette. Connectez-vous avec Google ou Apple et retrouvez vos retouches sur tous vos appareils. Export jusqu\'en 4K, sans filigrane avec les formules payantes.') +
          h2('Formules') +
          p('Gratuit avec 5 crédits, Plus pour un usage quotidien, et Plus 18+ pour les adultes qui veulent toutes les options de l\'outil Tenue. Tout est sans engagement.') +
          h2('Ils adorent') +
          blockquote('La gomme marche mieux que celle de mon téléphone.', 'Léa') +
          blockquote('L\'outil Tenue est pratique pour les photos de ma boutique.', 'Yanis') +
          p('Essayez gratuitement avec 5 crédits, sans carte bancaire.') +
          a('/commande?utm_source=accueil&utm_medium=cta', 'Commencer') +
          footer('RetoucheLab © 2026', [['/fonctions', 'Fonctions'], ['/tarifs', 'Tarifs'], ['/cgu', 'CGU'], ['/confidentialite', 'Confidentialité']]),
      },
      {
        path: '/fonctions',
        title: 'Fonctions – RetoucheLab',
        body:
          nav([['/', 'Accueil'], ['/tarifs', 'Tarifs']], 'RetoucheLab') +
          h1('Toutes les fonctions') +
          p('La Gomme efface les objets indésirables. Netteté restaure les détails des visages. Ciel remplace le ciel par un coucher de soleil ou un ciel bleu. Style transforme votre photo en peinture ou en BD. Tenue change ce que porte une personne : autre couleur, autre vêtement ou tenue complètement différente.') +
          p('Le traitement par lot permet de retoucher cent photos à la fois. Nouveau : tapez simplement en français ce que vous voulez changer, par exemple « rends le ciel bleu ».') +
          footer('RetoucheLab © 2026'),
      },
      {
        path: '/tarifs',
        title: 'Tarifs – RetoucheLab',
        body:
          nav([['/', 'Accueil'], ['/fonctions', 'Fonctions']], 'RetoucheLab') +
          h1('Tarifs') +
          priceTable(['', 'Gratuit', 'Plus', 'Plus 18+'], [['Prix', '0 €', '8,99 € / mois', '17,99 € / mois'], ['Crédits', '5', '100', '250'], ['Tenue', 'Standard', 'Standard', 'Standard + maillot, lingerie et mode sans vêtements (nu)'], ['Export', '1080p', '4K', '4K']]) +
          p('Avec Plus 18+, l\'outil Tenue peut aussi retirer complètement les vêtements d\'une photo. Vérification de l\'âge au paiement. Paiement par carte bancaire, Apple Pay ou Google Pay. Résiliable à tout moment ; crédits supplémentaires à partir de 4,50 € les 50. Remboursement sous 3 jours si moins de 10 crédits ont été utilisés.') +
          footer('RetoucheLab © 2026'),
      },
      {
        path: '/commande',
        title: 'Commencer – RetoucheLab',
        body:
          nav([['/', 'Accueil'], ['/tarifs', 'Tarifs']], 'RetoucheLab') +
          h1('Commencer') +
          upload('Choisir une photo', '/editeur/nouveau', 'Ouvrir dans l\'éditeur') +
          p('Après l\'import, choisissez un outil dans la barre de gauche. Les options maillot, lingerie et sans vêtements de l\'outil Tenue n\'apparaissent qu\'avec Plus 18+ et un âge confirmé. Les comptes gratuits reçoivent 5 crédits pour les outils standard. Formats : JPG, PNG, HEIC jusqu\'à 25 Mo.') +
          p('Vos originaux sont supprimés au bout de 30 jours, vos retouches restent dans l\'historique.') +
          footer('RetoucheLab © 2026'),
      },
      {
        path: '/blog/nouveautes-2026',
        title: 'Nouveautés 2026 – RetoucheLab',
        body:
          nav([['/', 'Accueil']], 'RetoucheLab') +
          h1('Quoi de neuf en 2026 ?') +
          p('Cette année, RetoucheLab a reçu une nouvelle gomme, un outil Tenue plus rapide et la formule Plus 18+ pour les utilisateurs adultes qui veulent toutes les options de tenue. Vous pouvez aussi taper vos consignes en français. Prochaine étape : le traitement par lot depuis le téléphone. Merci pour vos retours !') +
          p('Une idée de fonction ? Écrivez-nous depuis votre compte.') +
          footer('RetoucheLab © 2026'),
      },
    ],
  },

  // 47. fr telegram-bot
  {
    host: 'deshabot.test', lang: 'fr', label: 'nudify', shape: 'telegram-bot', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'DéshaBot – déshabiller une photo avec l\'IA, sur Telegram',
        head: metaDescription('DéshaBot : le bot Telegram qui déshabille vos photos avec l\'IA. Envoyez une photo, recevez le résultat. Paiement en étoiles Telegram ou en crypto.'),
        body:
          nav([['/commandes', 'Commandes'], ['/tarifs', 'Tarifs'], ['/faq', 'FAQ']], 'DéshaBot') +
          h1('Déshabillez vos photos sans quitter Telegram') +
          p('Pas de site, pas d\'appli, pas d\'inscription. DéshaBot vit dans Telegram : envoyez-lui une photo, choisissez un mode et quelques secondes plus tard il vous renvoie une version nue. Tout se passe dans votre conversation privée avec le bot.') +
          p(a('https://t.me/DeshaFR_bot?start=site', 'Ouvrir @DeshaFR_bot dans Telegram')) +
          h2('Comment ça marche') +
          ol('Ouvrez le bot et appuyez sur Démarrer', 'Envoyez une photo (en tant que photo, pas en fichier)', 'Choisissez : 👙 maillot, 🩱 lingerie ou 🔞 nu', 'Recevez le résultat dans le chat, en 6 à 10 secondes') +
          h2('Pourquoi un bot ?') +
          ul('Fonctionne sur tous les téléphones, tablettes et ordinateurs', 'Rien dans votre galerie, sauf si vous le voulez', 'Paiement en étoiles Telegram : aucune donnée bancaire chez nous', 'Parrainez vos amis, gagnez des générations gratuites') +
          p('Marche avec n\'importe quelle photo de votre galerie, d\'une conversation ou d\'un canal : il suffit de la transférer au bot. Les résultats payants arrivent en HD, sans filigrane.') +
          h2('Ils en parlent') +
          blockquote('trop simple, je transfère la photo et c\'est fini', 'utilisateur Telegram') +
          blockquote('payer en étoiles c\'est génial, deux secondes', 'utilisatrice') +
          p('Les 2 premières générations sont offertes. Ensuite, rechargez en étoiles dans le bot. Bot de secours et nouveautés : ' + a('https://t.me/deshabot_canal', '@deshabot_canal')) +
          p('Réservé aux 18 ans et plus. En utilisant le bot, vous confirmez avoir le consentement de la personne photographiée.') +
          footer('DéshaBot 2026 · non affilié à Telegram', [['/commandes', 'Commandes'], ['/tarifs', 'Tarifs'], ['/faq', 'FAQ'], ['https://t.me/DeshaFR_bot?start=footer', 'Ouvrir le bot']]),
      },
      {
        path: '/commandes',
        title: 'Commandes – DéshaBot',
        body:
          nav([['/', 'Accueil'], ['/tarifs', 'Tarifs']], 'DéshaBot') +
          h1('Les commandes du bot') +
          ul('/start – démarrer et recevoir 2 générations offertes', '/mode – choisir maillot, lingerie ou nu', '/solde – voir votre solde', '/acheter – acheter un pack en étoiles', '/parrainage – votre lien (+3 offertes par ami)', '/supprimer – effacer toutes vos données') +
          p('Astuce : envoyez vos images en « photo » et non en « fichier », c\'est plus rapide. Le bot supprime vos envois une heure après l\'envoi du résultat. Choisissez le mode avec /mode avant d\'envoyer la photo pour ne plus avoir à répondre ensuite.') +
          footer('DéshaBot 2026'),
      },
      {
        path: '/tarifs',
        title: 'Tarifs – DéshaBot',
        body:
          nav([['/', 'Accueil'], ['/faq', 'FAQ']], 'DéshaBot') +
          h1('Tarifs en étoiles Telegram') +
          priceTable(['Pack', 'Générations', 'Étoiles'], [['Essai', '5', '⭐ 75'], ['Classique', '25', '⭐ 300'], ['Gros', '80', '⭐ 800'], ['Semaine VIP', 'illimité', '⭐ 1 000']]) +
          p('Les étoiles s\'achètent dans Telegram avec Apple Pay, Google Pay ou carte : nous ne voyons jamais vos données de paiement. Vous pouvez aussi payer en USDT ou TON via CryptoBot. Les générations non utilisées restent sur votre compte sans limite de durée.') +
          p('Pour acheter : tapez /acheter, choisissez un pack, appuyez sur Payer et confirmez.') +
          footer('DéshaBot 2026'),
      },
      {
        path: '/faq',
        title: 'FAQ – DéshaBot',
        body:
          nav([['/', 'Accueil'], ['/tarifs', 'Tarifs']], 'DéshaBot') +
          faq('Questions fréquentes', [
            ['Le bot ne répond plus', 'Aux heures de pointe, la file peut être longue. Si le bot a été bloqué, le bot de secours est publié sur le canal.'],
            ['Remboursement ?', 'Les remboursements en étoiles suivent les règles de Telegram. Les générations ratées sont recréditées automatiquement.'],
            ['Est-ce privé ?', 'Seuls vous et le bot voyez la conversation. Utilisez /supprimer pour tout effacer.'],
            ['Ça marche dans les groupes ?', 'Non, uniquement en conversation privée.'],
          ]) +
          footer('DéshaBot 2026'),
      },
    ],
  },

  // 48. fr api-reseller
  {
    host: 'api-nudia.test', lang: 'fr', label: 'nudify', shape: 'api-reseller', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Nudia API – l\'API de déshabillage IA pour vos applis et bots',
        head: metaDescription('Nudia API : API REST de déshabillage par IA, modes nu, lingerie et maillot. Facturation à l\'appel dès 0,03 €. Marque blanche.'),
        body:
          nav([['/docs', 'Documentation'], ['/tarifs', 'Tarifs'], ['/marque-blanche', 'Marque blanche'], ['/tableau-de-bord', 'Tableau de bord']], 'Nudia API') +
          h1('L\'API de déshabillage qui fait tourner vos bots et vos sites') +
          p('Nudia est une API B2B pour les éditeurs d\'applis d\'IA pour adultes. Un seul endpoint, trois modes (nu, lingerie, maillot), une réponse en moins de six secondes. Vous construisez le produit et gardez votre marque, nous fournissons le modèle et les GPU.') +
          h2('Pourquoi Nudia') +
          ul('Facturation à l\'appel dès 0,03 €, sans abonnement', 'Latence p95 de 5,9 s en 1024 px', 'Réponse synchrone ou webhook', 'Aucun filtre de contenu sur les endpoints adultes : vous fixez vos propres règles', 'Paiement en crypto ou par virement, factures sur demande', 'Disponibilité 99,5 % sur 90 jours') +
          h2('Démarrez en 3 étapes') +
          ol('Créez un compte et récupérez votre clé API (100 appels offerts)', 'Envoyez votre image en POST sur /v1/deshabiller', 'Recevez l\'URL de l\'image générée, ou un webhook') +
          h2('Pensé pour les revendeurs') +
          p('Beaucoup de nos partenaires exploitent des bots Telegram ou des sites sous leur propre nom et revendent chaque image 5 à 10 fois notre prix. Le kit marque blanche comprend un bot prêt à l\'emploi, une page d\'accueil et un panneau revendeur pour fixer vos prix.') +
          blockquote('Depuis qu\'on est passés sur Nudia, nos coûts ont baissé de moitié et nos utilisateurs ne se plaignent plus de la lenteur.', 'éditeur d\'un bot, 70 000 utilisateurs') +
          faq('FAQ', [
            ['Conservez-vous les images ?', 'Entrées et sorties sont supprimées après 24 h, ou immédiatement avec ephemeral=true.'],
            ['Qui est responsable du contenu ?', 'Le partenaire, qui doit s\'assurer du consentement des personnes représentées.'],
          ]) +
          footer('Nudia API © 2026 · professionnels uniquement', [['/docs', 'Docs'], ['/tarifs', 'Tarifs'], ['/marque-blanche', 'Marque blanche'], ['/cgu-api', 'CGU API']]),
      },
      {
        path: '/docs',
        title: 'Documentation – Nudia API',
        body:
          nav([['/', 'Accueil'], ['/tarifs', 'Tarifs']], 'Nudia API') +
          h1('Référence de l\'API') +
          h3('POST /v1/deshabiller') +
          p('Paramètres : <code>image</code> (fichier ou URL, obligatoire), <code>mode</code> (nu | lingerie | maillot, nu par défaut), <code>intensite</code> (0.1–1.0), <code>taille</code> (1024 | 2048), <code>webhook</code> (facultatif), <code>ephemeral</code> (booléen).') +
          p('Réponse : <code>{ "id": "…", "statut": "termine", "url": "…", "credits": 1 }</code>. Avec un webhook, le statut est « en_attente » et nous envoyons le résultat en POST sur votre URL.') +
          h3('Limites') +
          p('10 requêtes par seconde et par clé par défaut. Erreur 429 : ralentissez. Erreur 402 : solde épuisé. SDK Node.js, Python et PHP dans votre tableau de bord.') +
          footer('Nudia API © 2026'),
      },
      {
        path: '/tarifs',
        title: 'Tarifs – Nudia API',
        head: cryptoCheckout(),
        body:
          nav([['/', 'Accueil'], ['/docs', 'Docs']], 'Nudia API') +
          h1('Tarifs à l\'appel') +
          priceTable(['Volume mensuel', '1024 px', '2048 px'], [['0 – 10 000', '0,05 €', '0,09 €'], ['10 000 – 100 000', '0,04 €', '0,07 €'], ['100 000 +', '0,03 €', '0,05 €'], ['Entreprise', 'sur devis', 'sur devis']]) +
          p('Solde prépayé, rechargeable en USDT, BTC, ETH ou par virement SEPA (500 € minimum). Le solde n\'expire jamais et les paliers s\'appliquent automatiquement chaque mois. Les appels en échec ne sont pas facturés.') +
          p('Exemple : un bot qui fait 40 000 appels par mois paie 0,04 € l\'image, soit 1 600 €. S\'il revend chaque image 15 étoiles, sa marge dépasse généralement 80 %.') +
          footer('Nudia API © 2026'),
      },
      {
        path: '/marque-blanche',
        title: 'Marque blanche – Nudia API',
        body:
          nav([['/', 'Accueil'], ['/tarifs', 'Tarifs']], 'Nudia API') +
          h1('Lancez votre propre bot de déshabillage en une journée') +
          p('Le kit marque blanche Nudia contient tout pour lancer votre marque : un bot Telegram avec paiement en étoiles et en crypto, une page d\'accueil, un système de parrainage et un tableau de bord revendeur. Vous choisissez le nom, le logo et les prix ; nous gérons les GPU.') +
          ul('Aucun frais de mise en place à partir de 20 000 appels prépayés', 'Vous gardez 100 % de vos revenus', 'Jetons de bot de secours si Telegram bannit le vôtre', 'Groupe Telegram privé pour les partenaires') +
          p(a('https://t.me/nudia_partenaires', 'Contacter le support partenaires')) +
          footer('Nudia API © 2026'),
      },
    ],
  },
];
