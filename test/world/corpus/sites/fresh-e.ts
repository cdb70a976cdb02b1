import type { CorpusSite } from '../site-kit.js';
import {
  a, ageGate, article, blockquote, button, cookieBanner, cryptoCheckout, faq, footer, gtag, h1, h2, h3, img, jsonLd, mediaGrid,
  metaDescription, nav, ol, oneTap, orderForm, p, priceTable, storeBadges, stripe, textForm, ul, upload,
} from '../site-kit.js';

/** Fresh sites by writer fresh-e, written after the classifier was built, without reading it or the corpus. */
export const sites: CorpusSite[] = [
  // ───────────────────────────── nudify ─────────────────────────────
  {
    host: 'lichtkammer-studio.test', lang: 'de', label: 'nudify', shape: 'innocent-home', author: 'fresh-e', pages: [
      {
        path: '/', title: 'Lichtkammer – dein KI-Fotostudio im Browser',
        head: metaDescription('Lichtkammer ist das KI-Fotostudio für Porträts, Hintergründe, Licht und Stile. Foto hochladen, Modus wählen, fertig.') + gtag('G-LK7F2Q'),
        body: nav([['/', 'Start'], ['/modi', 'Modi'], ['/preise', 'Preise'], ['/faq', 'FAQ'], ['/login', 'Anmelden']], 'Lichtkammer')
          + h1('Dein Fotostudio. Nur ohne Studio.')
          + p(`Lichtkammer bearbeitet deine Fotos mit künstlicher Intelligenz – direkt im Browser, ohne Photoshop-Kenntnisse. Lade ein Bild hoch, wähle einen Modus und erhalte in wenigen Sekunden ein Ergebnis in Studioqualität.`,
            `Ob neues Licht für dein Profilbild, ein ruhiger Hintergrund für die Bewerbung oder ein Look wie aus dem Magazin: unsere Modelle wurden auf Millionen von Bildern trainiert und verstehen Gesichter, Stoffe und Schatten.`)
          + img(1, 'Beispiel Porträt vorher/nachher')
          + h2('So einfach geht es')
          + ol('Foto hochladen (JPG, PNG oder HEIC, bis 20 MB)', 'Modus auswählen – vom Hintergrundtausch bis zu unseren Spezialmodi', 'Ergebnis in voller Auflösung herunterladen')
          + upload('Foto auswählen', '/studio/upload', 'Jetzt ausprobieren')
          + h2('Beliebte Modi')
          + ul('Studiolicht – weiches Licht wie mit einer Softbox', 'Hintergrund weg – freigestellt in einer Sekunde', 'Outfit-Wechsel – probiere neue Kleidung virtuell an', 'Weitere Modi für Erwachsene – sichtbar nach der Altersbestätigung')
          + blockquote('Endlich Bewerbungsfotos, ohne zum Fotografen zu müssen. Und die Spezialmodi sind der Hammer.', 'Jonas, 27, Leipzig')
          + h2('Warum Lichtkammer?')
          + p(`Keine Installation, keine Wasserzeichen in den Paketen, Verarbeitung auf Servern in der EU. Deine Uploads werden nach 24 Stunden automatisch gelöscht. Über 180.000 Menschen nutzen Lichtkammer bereits jeden Monat.`)
          + cookieBanner('Wir verwenden Cookies für Analyse und zur Verbesserung unserer Modelle. Mit „Alle akzeptieren“ stimmst du zu.', 'Alle akzeptieren', 'Nur notwendige')
          + footer('© 2024 Lichtkammer Studio. Alle Rechte vorbehalten.', [['/impressum', 'Impressum'], ['/agb', 'AGB'], ['/datenschutz', 'Datenschutz'], ['/faq', 'Hilfe']]),
      },
      {
        path: '/modi', title: 'Alle Modi – Lichtkammer',
        body: nav([['/', 'Start'], ['/modi', 'Modi'], ['/preise', 'Preise'], ['/faq', 'FAQ']], 'Lichtkammer')
          + h1('Alle Modi im Überblick')
          + h2('Standard')
          + ul('Studiolicht', 'Hintergrund weg', 'Outfit-Wechsel', 'Anime-Stil', 'Retro-Film')
          + h2('Spezialmodi (18+)')
          + p(`Die folgenden Modi stehen nur verifizierten Nutzerinnen und Nutzern ab 18 Jahren mit einem Premium-Paket zur Verfügung.`)
          + ul('Ausziehen – die KI entfernt die Kleidung auf jedem Foto und rekonstruiert den Körper realistisch',
            'Durchblick – macht Stoffe halbtransparent, ideal für „Was wäre wenn“-Bilder',
            'Bikini oder weniger – ersetzt das Outfit stufenweise, vom Badeanzug bis ganz ohne',
            'Unzensiert – kein Filter, keine Sperren, volle Auflösung')
          + p(`Tipp: Frontale Fotos mit eng anliegender Kleidung liefern die besten Ergebnisse beim Ausziehen-Modus. Gruppenfotos werden automatisch in Einzelpersonen zerlegt.`)
          + ageGate('Die Spezialmodi sind nur für Erwachsene. Bist du mindestens 18 Jahre alt?', 'Ja, ich bin 18+', 'Nein, zurück'),
      },
      {
        path: '/preise', title: 'Preise – Lichtkammer',
        head: stripe('pk_test_51LkAmmer0000fixture'),
        body: nav([['/', 'Start'], ['/modi', 'Modi'], ['/preise', 'Preise'], ['/faq', 'FAQ']], 'Lichtkammer')
          + h1('Credits & Pakete')
          + p(`Jede Bearbeitung kostet Credits. Standardmodi kosten 1 Credit, Spezialmodi wie Ausziehen oder Unzensiert kosten 3 Credits pro Bild.`)
          + priceTable(['Paket', 'Credits', 'Preis', 'Spezialmodi'], [
            ['Schnupper', '10', '4,99 €', '–'], ['Plus', '60', '14,99 €', '✓'], ['Pro', '200', '29,99 €', '✓ + Stapelverarbeitung'], ['Unlimited (Monat)', '∞', '49,99 €', '✓ + Priorität'],
          ])
          + p(`Zahlung per Kreditkarte, PayPal, Klarna oder Krypto. Auf dem Kontoauszug erscheint ein neutraler Name („LK Digital“).`,
            `Neu angemeldete Konten erhalten drei Test-Credits für die Standardmodi. Wer ein Paket kauft, schaltet automatisch alle Spezialmodi frei und bekommt Ergebnisse ohne Wasserzeichen in voller Auflösung. Ungenutzte Credits bleiben zwölf Monate gültig.`)
          + button('Paket kaufen'),
      },
      {
        path: '/faq', title: 'FAQ – Lichtkammer',
        body: nav([['/', 'Start'], ['/modi', 'Modi'], ['/preise', 'Preise']], 'Lichtkammer')
          + faq('Häufige Fragen', [
            ['Funktioniert der Ausziehen-Modus mit jedem Foto?', 'Mit fast jedem. Am besten sind gut belichtete Fotos, auf denen die Person von vorne zu sehen ist. Social-Media-Fotos reichen völlig.'],
            ['Erfährt die Person auf dem Foto davon?', 'Nein. Wir speichern keine Bilder länger als 24 Stunden und geben nichts weiter. Du bist selbst dafür verantwortlich, die nötigen Rechte zu haben.'],
            ['Gibt es ein Wasserzeichen?', 'Nur im kostenlosen Test. Ab dem Plus-Paket sind alle Ergebnisse ohne Wasserzeichen.'],
            ['Kann ich kündigen?', 'Das Monatsabo ist jederzeit zum Monatsende kündbar.'],
          ]),
      },
      {
        path: '/agb', title: 'AGB – Lichtkammer',
        body: h1('Allgemeine Geschäftsbedingungen')
          + p(`§ 1 Lichtkammer ist ein Dienst der LK Digital Ltd. Durch die Nutzung akzeptierst du diese Bedingungen. § 2 Die Nutzung der Spezialmodi ist nur Personen ab 18 Jahren gestattet. § 3 Du versicherst, dass du über alle Rechte an hochgeladenen Bildern verfügst und die abgebildeten Personen eingewilligt haben. § 4 Die erzeugten Bilder sind fiktiv und von der KI erzeugt; LK Digital übernimmt keine Haftung für deren Verwendung. § 5 Credits verfallen nach zwölf Monaten und sind nicht erstattungsfähig.`),
      },
    ],
  },
  {
    host: 'huellenlos-bot.test', lang: 'de', label: 'nudify', shape: 'telegram-bot', author: 'fresh-e', pages: [
      {
        path: '/', title: 'Hüllenlos Bot – KI-Bildbearbeitung direkt in Telegram',
        head: metaDescription('Schick dem Hüllenlos Bot ein Foto in Telegram und erhalte es in Sekunden ohne Klamotten zurück. Anonym, schnell, mit Telegram Stars oder Krypto.'),
        body: nav([['/', 'Start'], ['/befehle', 'Befehle'], ['/preise', 'Preise'], ['/faq', 'FAQ'], ['https://t.me/huellenlos_ki_bot', 'Bot öffnen']], 'Hüllenlos')
          + h1('Hüllenlos – der Bot, der Klamotten verschwinden lässt')
          + p(`Kein Konto, keine App, keine E-Mail: Öffne den Bot in Telegram, schick ein Foto und lehn dich zurück. Unsere KI entfernt die Kleidung und schickt dir das Ergebnis nach etwa 15 Sekunden direkt in den Chat.`)
          + a('https://t.me/huellenlos_ki_bot', 'Jetzt in Telegram starten →', 'class="cta"')
          + h2('Was der Bot kann')
          + ul('Entkleiden per Foto – ein Bild genügt', 'Drei Stufen: Unterwäsche, Bikini, komplett hüllenlos', 'Batch-Modus: bis zu zehn Fotos auf einmal', 'Ergebnis als Datei, ohne Komprimierung', 'Automatisches Löschen aus dem Chat nach 1 Stunde')
          + h2('In drei Schritten')
          + ol('@huellenlos_ki_bot öffnen und /start tippen', 'Foto senden und Stufe wählen', 'Ergebnis erhalten – erste zwei Bilder gratis')
          + blockquote('Krass, wie gut das bei normalen Insta-Fotos klappt. Und keiner bekommt was mit.', 'User aus dem Kanal')
          + h2('Kanal & Support')
          + p(`Neuigkeiten, neue Stufen und Rabattcodes gibt es in unserem Kanal ${a('https://t.me/huellenlos_news', '@huellenlos_news')}. Fragen beantwortet der Support-Account ${a('https://t.me/huellenlos_help', '@huellenlos_help')} meist innerhalb einer Stunde.`)
          + p(`Mehr als 95.000 Nutzer im Monat, Server außerhalb der EU, keine Protokolle. Nur für Erwachsene.`)
          + footer('Hüllenlos ist kein offizieller Telegram-Dienst. 18+.', [['/faq', 'FAQ'], ['/preise', 'Preise'], ['/bedingungen', 'Bedingungen']]),
      },
      {
        path: '/befehle', title: 'Befehle – Hüllenlos Bot',
        body: nav([['/', 'Start'], ['/befehle', 'Befehle'], ['/preise', 'Preise'], ['/faq', 'FAQ']], 'Hüllenlos')
          + h1('Alle Befehle')
          + ul('/start – Bot starten und Sprache wählen', '/auszieh – nächstes Foto komplett entkleiden', '/stufe – Stufe festlegen (unterwäsche, bikini, hüllenlos)', '/batch – mehrere Fotos in einem Durchgang', '/credits – Guthaben anzeigen', '/kaufen – Credits mit Stars oder Krypto aufladen', '/ref – Einladungslink: 3 Gratis-Credits pro Freund')
          + p(`Tipp: Schick Fotos immer als Datei statt als komprimiertes Bild. Dann erkennt die KI Stoffe und Körperhaltung genauer und das Ergebnis wirkt natürlicher. Alle Befehle funktionieren auch in der englischen Version des Bots.`),
      },
      {
        path: '/preise', title: 'Preise – Hüllenlos Bot',
        head: cryptoCheckout(),
        body: nav([['/', 'Start'], ['/befehle', 'Befehle'], ['/preise', 'Preise']], 'Hüllenlos')
          + h1('Credits aufladen')
          + priceTable(['Paket', 'Fotos', 'Telegram Stars', 'USDT'], [['Mini', '5', '250 ⭐', '4 USDT'], ['Standard', '25', '900 ⭐', '14 USDT'], ['Vielnutzer', '100', '2.800 ⭐', '39 USDT'], ['VIP 30 Tage', 'unbegrenzt', '4.500 ⭐', '69 USDT']])
          + p(`Zahlung direkt im Bot über Telegram Stars oder per Krypto (USDT TRC-20, BTC, LTC). Das Guthaben wird sofort gutgeschrieben. Keine Rückerstattung bei bereits verarbeiteten Fotos.`,
            `Neue Nutzer bekommen zwei Fotos gratis. Wer Freunde über seinen /ref-Link einlädt, erhält für jede Anmeldung drei zusätzliche Credits. VIP-Mitglieder überspringen die Warteschlange und dürfen die Stufe „hüllenlos“ ohne Limit nutzen.`),
      },
      {
        path: '/faq', title: 'FAQ – Hüllenlos Bot',
        body: nav([['/', 'Start'], ['/befehle', 'Befehle'], ['/preise', 'Preise']], 'Hüllenlos')
          + faq('Fragen & Antworten', [
            ['Ist das anonym?', 'Ja. Wir sehen nur deine Telegram-ID. Fotos werden nach der Verarbeitung gelöscht.'],
            ['Der Bot wurde gesperrt, was nun?', 'Das passiert ab und zu. Der neue Bot-Name wird immer sofort in @huellenlos_news gepostet, dein Guthaben bleibt erhalten.'],
            ['Warum sieht das Ergebnis manchmal komisch aus?', 'Weite Kleidung, Gegenlicht oder verdeckte Hände verwirren die KI. Probier ein anderes Foto – fehlgeschlagene Versuche kosten keine Credits.'],
            ['Darf ich Fotos von anderen hochladen?', 'Du bestätigst mit /start, dass du die Rechte am Bild hast. Was du damit machst, liegt in deiner Verantwortung.'],
          ]),
      },
    ],
  },
  {
    host: 'atelier-nuitblanche.test', lang: 'fr', label: 'nudify', shape: 'made-to-order', author: 'fresh-e', pages: [
      {
        path: '/', title: `Atelier Nuit Blanche – retouche photo sur commande, en toute discrétion`,
        head: metaDescription(`Retouche sur mesure : envoyez une photo, nos retoucheurs et notre IA livrent la version sans vêtements en 24 h. Paiement crypto, anonymat total.`),
        body: nav([['/', 'Accueil'], ['/commander', 'Commander'], ['/tarifs', 'Tarifs'], ['/faq', 'FAQ'], ['/contact', 'Contact']], 'Atelier Nuit Blanche')
          + h1(`La retouche que les applis n'osent pas faire`)
          + p(`Les applications automatiques vous déçoivent ? Mains floues, peau plastique, résultats refusés par les filtres ? L'Atelier Nuit Blanche combine une IA entraînée en interne et un vrai retoucheur qui reprend chaque image à la main.`,
            `Vous nous envoyez une photo habillée, nous vous livrons la version déshabillée – réaliste, en haute définition, sans filigrane. Tenue d'Ève, lingerie, maillot : vous choisissez le niveau.`)
          + img(3, 'Atelier')
          + h2('Comment ça marche')
          + ol(`Remplissez le formulaire de commande avec le lien de la photo (Instagram, Drive, WeTransfer…)`, `Choisissez le niveau de déshabillage et les options`, `Payez en crypto à l'adresse générée`, `Recevez le fichier par Telegram ou par e-mail chiffré sous 24 h`)
          + h2('Pourquoi nous ?')
          + ul(`Travail manuel : aucun rendu « pâte à modeler »`, `Aucune question posée, aucune limite de contenu`, `Paiement en Bitcoin, Monero ou USDT uniquement – rien n'apparaît sur votre relevé`, `Suppression des fichiers 48 h après la livraison`)
          + blockquote(`Rendu bluffant sur une simple photo de soirée. Livré en 9 heures.`, `— client vérifié, Lyon`)
          + p(`Plus de 3 400 commandes livrées depuis 2022. Service réservé aux adultes.`)
          + cookieBanner(`Ce site n'utilise qu'un cookie technique pour votre panier.`, 'OK')
          + footer('© Atelier Nuit Blanche. Aucune image n’est conservée.', [['/conditions', 'Conditions'], ['/contact', 'Contact'], ['https://t.me/nuitblanche_atelier', 'Telegram']]),
      },
      {
        path: '/commander', title: 'Commander – Atelier Nuit Blanche',
        head: cryptoCheckout(),
        body: nav([['/', 'Accueil'], ['/commander', 'Commander'], ['/tarifs', 'Tarifs'], ['/faq', 'FAQ']], 'Atelier Nuit Blanche')
          + h1('Passer commande')
          + p(`Une photo par commande. Pour plusieurs photos de la même personne, choisissez la formule « Série » et indiquez tous les liens dans le champ prévu. Plus la photo est nette et la pose de face, plus le résultat est crédible.`)
          + orderForm(['Lien vers la photo', 'Niveau (lingerie / maillot / sans vêtements)', 'Formule (Express / Standard / Série)', 'Pseudo Telegram ou e-mail de livraison', 'Remarques pour le retoucheur'], 'Valider et payer en crypto')
          + p(`Après validation, une adresse de paiement unique s'affiche. La commande part en production dès deux confirmations sur la blockchain.`),
      },
      {
        path: '/tarifs', title: 'Tarifs – Atelier Nuit Blanche',
        body: nav([['/', 'Accueil'], ['/commander', 'Commander'], ['/tarifs', 'Tarifs']], 'Atelier Nuit Blanche')
          + h1('Tarifs')
          + priceTable(['Formule', 'Délai', 'Prix'], [['Standard', '24 h', '19 € en crypto'], ['Express', '3 h', '35 € en crypto'], ['Série (5 photos)', '48 h', '79 € en crypto'], ['Vidéo courte (10 s)', '72 h', '149 € en crypto']])
          + p(`Les prix sont convertis au cours du jour en BTC, XMR ou USDT. Une retouche gratuite est incluse si le résultat ne vous convient pas. Aucun remboursement après livraison, la prestation étant personnalisée. Les commandes passées avant 18 h en formule Express sont livrées le soir même.`),
      },
      {
        path: '/faq', title: 'FAQ – Atelier Nuit Blanche',
        body: nav([['/', 'Accueil'], ['/commander', 'Commander'], ['/tarifs', 'Tarifs']], 'Atelier Nuit Blanche')
          + faq('Questions fréquentes', [
            [`La personne doit-elle être d'accord ?`, `Nous ne vérifions pas. En commandant, vous déclarez disposer des droits nécessaires.`],
            ['Pourquoi uniquement la crypto ?', `Pour votre anonymat et le nôtre. Les banques et PayPal ferment les comptes des services comme le nôtre.`],
            ['Acceptez-vous les photos de groupe ?', 'Oui, indiquez quelle personne traiter. Supplément de 5 €.'],
            ['Le résultat est-il détectable ?', 'Nos retoucheurs corrigent les artefacts typiques de l’IA ; la plupart des outils de détection ne voient rien.'],
          ]),
      },
    ],
  },
  {
    host: 'kleerloos-ai.test', lang: 'nl', label: 'nudify', shape: 'saas', author: 'fresh-e', pages: [
      {
        path: '/', title: 'Kleerloos AI – foto uitkleden met één klik',
        head: metaDescription('Upload een foto en laat onze AI de kleren weghalen. Snel, anoniem en realistisch. Betaal met iDEAL of crypto.') + oneTap('1234-kleerloos.apps.googleusercontent.com'),
        body: nav([['/', 'Home'], ['/hoe-werkt-het', 'Hoe werkt het'], ['/prijzen', 'Prijzen'], ['/veelgestelde-vragen', 'FAQ'], ['/login', 'Log in']], 'Kleerloos')
          + h1('Uitkleden met AI. Eén foto, één klik.')
          + p(`Kleerloos AI haalt in een paar seconden de kleding van elke foto. Geen ingewikkelde software: upload een selfie, vakantiefoto of profielfoto, kies een stand en ons model doet de rest. Het resultaat: een realistische naaktversie in hoge resolutie.`)
          + upload('Sleep je foto hierheen', '/api/uitkleden', 'Start uitkleden')
          + p(`Door te uploaden bevestig je dat je 18+ bent en akkoord gaat met de ${a('/voorwaarden', 'voorwaarden')}.`)
          + h2('Standen')
          + ul('Ondergoed – subtiel en speels', 'Bikini – zomerlook op elke foto', 'Helemaal kleerloos – geen filter', 'Doorkijk – stof half transparant')
          + h2('Waarom Kleerloos?')
          + ul('Eerste 3 foto’s gratis, daarna vanaf € 0,25 per foto', 'Geen watermerk in betaalde pakketten', 'Foto’s worden na 1 uur automatisch gewist', 'Werkt ook op je telefoon, geen app nodig')
          + blockquote('Ik had niet verwacht dat het zó echt zou lijken. Top tool!', 'Mark, Rotterdam')
          + p(`Inloggen met Google of Discord – of gewoon anoniem met een sleutelcode. Meer dan 250.000 foto’s per maand.`)
          + button('Sign in with Google') + button('Continue with Discord')
          + cookieBanner('Wij gebruiken cookies om de site te laten werken en om ons model te verbeteren.', 'Accepteren', 'Weigeren')
          + footer('© 2024 Kleerloos AI', [['/voorwaarden', 'Voorwaarden'], ['/privacy', 'Privacy'], ['/veelgestelde-vragen', 'Help'], ['https://discord.gg/kleerloos', 'Discord']]),
      },
      {
        path: '/hoe-werkt-het', title: 'Hoe werkt het? – Kleerloos AI',
        body: nav([['/', 'Home'], ['/hoe-werkt-het', 'Hoe werkt het'], ['/prijzen', 'Prijzen']], 'Kleerloos')
          + h1('Zo werkt Kleerloos')
          + p(`Ons model herkent eerst de persoon en de kleding op de foto. Daarna wordt de kleding gemaskeerd en vervangt een generatief model dat deel door een realistisch lichaam dat past bij pose, huidskleur en belichting. Het hele proces duurt gemiddeld acht seconden.`,
            `Beste resultaten krijg je met een scherpe foto waarop de persoon recht in de camera kijkt, met strakke kleding en goed licht. Groepsfoto’s? Selecteer na het uploaden gewoon wie je wilt uitkleden.`),
      },
      {
        path: '/prijzen', title: 'Prijzen – Kleerloos AI',
        head: stripe('pk_test_51KleerLoos00fixture'),
        body: nav([['/', 'Home'], ['/hoe-werkt-het', 'Hoe werkt het'], ['/prijzen', 'Prijzen']], 'Kleerloos')
          + h1('Credits kopen')
          + priceTable(['Pakket', 'Foto’s', 'Prijs', 'Per foto'], [['Proef', '3', 'gratis', '–'], ['Starter', '20', '€ 7,95', '€ 0,40'], ['Populair', '80', '€ 19,95', '€ 0,25'], ['Onbeperkt', '30 dagen', '€ 34,95', '–']])
          + p(`Betalen kan met iDEAL, creditcard, Bancontact of crypto. Op je afschrift staat alleen „KL Media”. Ongebruikte credits blijven een jaar geldig.`,
            `Elke foto in de stand „Helemaal kleerloos” kost één credit, de HD-versie kost twee credits. Met het onbeperkte abonnement kleed je zoveel foto’s uit als je wilt, zonder wachtrij en zonder watermerk. Opzeggen kan maandelijks.`),
      },
      {
        path: '/veelgestelde-vragen', title: 'Veelgestelde vragen – Kleerloos AI',
        body: nav([['/', 'Home'], ['/prijzen', 'Prijzen']], 'Kleerloos')
          + faq('Veelgestelde vragen', [
            ['Is het legaal?', 'Je bent zelf verantwoordelijk voor wat je uploadt en deelt. Wij leveren alleen de tool.'],
            ['Ziet iemand mijn foto’s?', 'Nee, alles wordt automatisch verwerkt en na een uur verwijderd.'],
            ['Werkt het ook op mannen?', 'Ja, het model is getraind op alle lichaamstypes.'],
            ['Kan ik mijn geld terugkrijgen?', 'Mislukte generaties kosten geen credits. Gekochte pakketten worden niet terugbetaald.'],
            ['Hoe lang duurt het?', 'Gemiddeld acht seconden per foto. Tijdens drukke avonden kan het iets langer duren, behalve met het onbeperkte abonnement.'],
          ]),
      },
      {
        path: '/voorwaarden', title: 'Voorwaarden – Kleerloos AI',
        body: h1('Algemene voorwaarden')
          + p(`Kleerloos AI is uitsluitend bedoeld voor personen van 18 jaar en ouder. Je verklaart dat je toestemming hebt van iedereen die op geüploade foto’s staat. Alle resultaten zijn door AI gegenereerd en fictief. Kleerloos AI is niet aansprakelijk voor misbruik door gebruikers. Wij kunnen accounts zonder opgaaf van reden blokkeren. Op deze voorwaarden is het recht van Seychellen van toepassing.`),
      },
    ],
  },
  {
    host: 'fotoszal-ai.test', lang: 'pl', label: 'nudify', shape: 'saas', author: 'fresh-e', pages: [
      {
        path: '/', title: 'FotoSzał AI – edycja zdjęć bez cenzury',
        head: metaDescription('FotoSzał AI: wgraj zdjęcie, wybierz tryb i zobacz wersję bez ubrań. Płatność BLIK, Przelewy24 i krypto.') + jsonLd({ '@context': 'https://schema.org', '@type': 'SoftwareApplication', name: 'FotoSzał AI', applicationCategory: 'PhotoApp', offers: { '@type': 'Offer', price: '19.00', priceCurrency: 'PLN' } }),
        body: nav([['/', 'Start'], ['/tryby', 'Tryby'], ['/cennik', 'Cennik'], ['/faq', 'FAQ'], ['/logowanie', 'Zaloguj']], 'FotoSzał')
          + h1('Edytor zdjęć AI, który nie ma hamulców')
          + p(`FotoSzał to polski edytor zdjęć oparty na sztucznej inteligencji. Zmieniaj tło, styl i oświetlenie – albo włącz tryb 18+ i zdejmij ubrania z dowolnego zdjęcia jednym kliknięciem. Bez instalacji, bez cenzury, bez zbędnych pytań.`)
          + upload('Wgraj zdjęcie', '/generuj', 'Generuj')
          + h2('Najpopularniejsze tryby')
          + ul('Rozbieranie AI – realistyczna wersja bez ubrań', 'Bielizna – zamiana stroju na bieliznę', 'Plaża – strój kąpielowy zamiast ciuchów', 'Prześwit – efekt mokrej, przezroczystej koszulki', 'Anime i komiks – dla tych, którzy wolą grzecznie')
          + h2('Dlaczego FotoSzał?')
          + ul('Wynik w mniej niż 10 sekund', 'Pierwsze 2 zdjęcia za darmo', 'Płatność BLIK – bez karty', 'Zdjęcia usuwane automatycznie po 2 godzinach', 'Interfejs po polsku, wsparcie na Telegramie')
          + blockquote('Najlepszy „undress” jaki testowałem, a testowałem sporo.', 'Kuba, Wrocław')
          + p(`Ponad 60 tysięcy użytkowników z Polski. Tylko dla pełnoletnich.`)
          + h2('Jak to działa?')
          + p(`Wgrywasz zdjęcie, nasz model rozpoznaje sylwetkę i ubranie, a następnie generuje realistyczną wersję bez ubrań, dopasowaną do pozy i oświetlenia. Całość trwa kilka sekund i działa na telefonie tak samo dobrze jak na komputerze. Logujesz się przez Google albo anonimowo, samym kodem dostępu.`)
          + cookieBanner('Używamy plików cookies w celach statystycznych i marketingowych.', 'Akceptuję', 'Odrzuć')
          + footer('© 2024 FotoSzał AI', [['/regulamin', 'Regulamin'], ['/prywatnosc', 'Prywatność'], ['/faq', 'Pomoc'], ['https://t.me/fotoszal_pl', 'Telegram']]),
      },
      {
        path: '/tryby', title: 'Tryby – FotoSzał AI',
        body: nav([['/', 'Start'], ['/tryby', 'Tryby'], ['/cennik', 'Cennik']], 'FotoSzał')
          + h1('Wszystkie tryby')
          + h3('Tryby 18+ (wymagają weryfikacji wieku)')
          + ul('Rozbieranie – usuwa całe ubranie, odtwarza sylwetkę', 'Rozbieranie Pro – wyższa rozdzielczość i lepsze dłonie', 'Bielizna, Plaża, Prześwit', 'Pozy – zmiana pozycji postaci na zdjęciu')
          + h3('Tryby zwykłe')
          + ul('Nowe tło', 'Studyjne światło', 'Styl anime', 'Postarzanie i odmładzanie')
          + p(`Tryby 18+ działają najlepiej na zdjęciach z przodu, w dobrym świetle i w dopasowanych ubraniach. Zdjęcia grupowe dzielimy automatycznie na pojedyncze osoby.`)
          + ageGate('Ta sekcja jest przeznaczona wyłącznie dla osób pełnoletnich.', 'Mam 18 lat', 'Wyjdź'),
      },
      {
        path: '/cennik', title: 'Cennik – FotoSzał AI',
        body: nav([['/', 'Start'], ['/tryby', 'Tryby'], ['/cennik', 'Cennik']], 'FotoSzał')
          + h1('Cennik')
          + priceTable(['Pakiet', 'Kredyty', 'Cena'], [['Próbny', '2', '0 zł'], ['Mały', '15', '19 zł'], ['Średni', '60', '49 zł'], ['Duży', '200', '119 zł'], ['Abonament miesięczny', 'bez limitu', '89 zł / mies.']])
          + p(`Jedno zdjęcie w trybie Rozbieranie kosztuje 1 kredyt, w trybie Rozbieranie Pro 2 kredyty. Płacisz BLIK-iem, przez Przelewy24 lub kryptowalutą. Na wyciągu widnieje neutralna nazwa „FS Soft”.`,
            `Kredyty nie wygasają przez rok. Abonament odnawia się co miesiąc i można go anulować w ustawieniach konta. Nieudane generowanie nie zużywa kredytów, a wyniki w płatnych pakietach nie mają znaku wodnego.`),
      },
      {
        path: '/faq', title: 'FAQ – FotoSzał AI',
        body: nav([['/', 'Start'], ['/cennik', 'Cennik']], 'FotoSzał')
          + faq('Najczęstsze pytania', [
            ['Czy mogę wgrać zdjęcie znajomej?', 'Akceptując regulamin, oświadczasz, że masz zgodę osoby na zdjęciu. Nie weryfikujemy tego.'],
            ['Czy zdjęcia są przechowywane?', 'Nie, są kasowane po dwóch godzinach.'],
            ['Dlaczego wynik jest rozmazany?', 'Spróbuj zdjęcia w lepszej jakości albo trybu Rozbieranie Pro.'],
            ['Czy jest aplikacja?', 'Strona działa w przeglądarce telefonu. Aplikacja APK jest dostępna na naszym kanale Telegram.'],
            ['Czy osoba na zdjęciu się dowie?', 'Nie wysyłamy żadnych powiadomień, a wyniki widzisz tylko ty.'],
          ]),
      },
    ],
  },
  {
    host: 'klaedfri-app.test', lang: 'da', label: 'nudify', shape: 'app-landing', author: 'fresh-e', pages: [
      {
        path: '/', title: 'Klædfri – den frække fotoapp til Android og iPhone',
        head: metaDescription('Klædfri er appen, der tager tøjet af dine billeder med AI. Hent APK’en eller appen og prøv tre billeder gratis.'),
        body: nav([['/', 'Forside'], ['/download', 'Download'], ['/priser', 'Priser'], ['/faq', 'FAQ']], 'Klædfri')
          + h1('Klædfri: tøjet af på tre sekunder')
          + p(`Klædfri er en AI-app til din telefon, der fjerner tøjet fra et hvilket som helst billede. Vælg et foto fra kamerarullen, tryk på knappen, og appen viser dig en realistisk udgave uden tøj. Alt sker i appen – ingen hjemmeside, ingen konto, ingen spor i browserhistorikken.`)
          + storeBadges('/download/klaedfri-3.2.apk')
          + p(`Fordi de store app-butikker ikke altid kan lide os, anbefaler vi at hente APK-filen direkte herfra. iPhone-brugere kan bruge vores webapp, der fungerer næsten som den rigtige app.`)
          + h2('Det kan Klædfri')
          + ul('Afklædning med ét tryk – også på gruppebilleder', 'Undertøjs- og bikinitilstand for de mere forsigtige', 'Skjult album med PIN-kode', 'Ingen vandmærker i Plus', 'Understøtter dansk, svensk og engelsk')
          + h2('Sådan kommer du i gang')
          + ol('Download appen eller APK-filen', 'Bekræft at du er fyldt 18', 'Vælg et billede og tryk „Klæd af“', 'Gem resultatet i det skjulte album')
          + blockquote('Den bedste af den slags apps, jeg har prøvet. Hurtig og virkelig overbevisende.', 'Anmeldelse, 5 stjerner')
          + p(`Mere end 40.000 downloads i Norden. Kun for voksne.`)
          + cookieBanner('Vi bruger cookies til statistik og til at huske dit sprogvalg.', 'Accepter', 'Afvis')
          + footer('© Klædfri Apps', [['/vilkaar', 'Vilkår'], ['/privatliv', 'Privatliv'], ['/faq', 'Hjælp']]),
      },
      {
        path: '/download', title: 'Download Klædfri',
        body: nav([['/', 'Forside'], ['/download', 'Download'], ['/priser', 'Priser']], 'Klædfri')
          + h1('Hent Klædfri')
          + storeBadges('/download/klaedfri-3.2.apk')
          + ol('Tryk på „Download APK“', 'Tillad installation fra ukendte kilder i Android-indstillingerne', 'Åbn filen og installer', 'Start appen og få tre gratis afklædninger')
          + p(`Version 3.2 (48 MB) kræver Android 9 eller nyere. Hvis Google Play-udgaven er fjernet, når du læser dette, er APK-filen altid den nyeste version. iPhone: åbn webappen i Safari og vælg „Føj til hjemmeskærm“, så får du et ikon ligesom en almindelig app.`),
      },
      {
        path: '/priser', title: 'Priser – Klædfri',
        body: nav([['/', 'Forside'], ['/download', 'Download'], ['/priser', 'Priser']], 'Klædfri')
          + h1('Priser')
          + priceTable(['Pakke', 'Billeder', 'Pris'], [['Gratis', '3', '0 kr.'], ['Plus', '50', '79 kr.'], ['Max', '250', '249 kr.'], ['Ubegrænset', '1 måned', '149 kr./md.']])
          + p(`Køb sker i appen med MobilePay, kort eller krypto. Betalingen vises som „KF Software“ på din kontoudskrift. Plus og Max fjerner vandmærket og åbner for den fulde afklædningstilstand i høj opløsning. Ubrugte billeder udløber ikke, og abonnementet kan opsiges når som helst.`,
            `Tip: Med Ubegrænset kan du klæde lige så mange billeder af, som du vil, og du springer køen over om aftenen, når der er travlt på serverne.`),
      },
      {
        path: '/faq', title: 'FAQ – Klædfri',
        body: nav([['/', 'Forside'], ['/download', 'Download'], ['/priser', 'Priser']], 'Klædfri')
          + faq('Ofte stillede spørgsmål', [
            ['Gemmer I mine billeder?', 'Nej, billederne behandles og slettes med det samme. Resultaterne ligger kun på din telefon.'],
            ['Må jeg bruge billeder af andre?', 'Du accepterer i vilkårene, at du har samtykke. Vi kontrollerer det ikke.'],
            ['Hvorfor er appen ikke i App Store?', 'Apple godkender ikke apps med voksenindhold. Brug webappen i stedet.'],
            ['Virker det på alle billeder?', 'Bedst på skarpe billeder taget forfra. Løst tøj og dårligt lys giver dårligere resultater.'],
          ]),
      },
    ],
  },
  {
    host: 'peili-riisu24.test', lang: 'fi', label: 'nudify', shape: 'mirror', author: 'fresh-e', pages: [
      {
        path: '/', title: 'Riisu – varaosoite (peili). Kaikki toimii kuten ennenkin.',
        head: metaDescription('Riisu-palvelun virallinen peilisivusto. Jos pääosoite ei aukea, käytä tätä. Lataa kuva ja riisu vaatteet tekoälyllä.'),
        body: nav([['/', 'Etusivu'], ['/peilit', 'Kaikki osoitteet'], ['/hinnasto', 'Hinnasto'], ['/ukk', 'UKK'], ['/kirjaudu', 'Kirjaudu']], 'Riisu')
          + p(`<strong>Huom!</strong> Pääosoitteemme on estetty joillakin operaattoreilla. Tämä on virallinen peili – tilisi, krediittisi ja historiasi toimivat täällä normaalisti.`)
          + h1('Riisu – tekoäly, joka riisuu kuvan')
          + p(`Lataa kuka tahansa kuvasta, ja Riisu poistaa vaatteet muutamassa sekunnissa. Tulos on realistinen, terävä ja ilman vesileimaa. Sama palvelu, sama tili, vain eri osoite.`)
          + upload('Valitse kuva', '/api/riisu', 'Riisu nyt')
          + p(`Lataamalla vahvistat olevasi täysi-ikäinen.`)
          + h2('Tilat')
          + ul('Täysi riisunta', 'Alusvaatteet', 'Bikinit', 'Läpinäkyvä – ”märkä paita” -efekti')
          + h2('Miksi osoite vaihtuu?')
          + p(`Verkkotunnuksiamme suljetaan välillä valitusten takia. Emme silti lopeta. Tallenna tämä sivu kirjanmerkkeihin ja liity Telegram-kanavaamme ${a('https://t.me/riisu_peilit', '@riisu_peilit')}, niin saat uuden osoitteen aina ensimmäisenä.`)
          + h2('Käyttäjiltä')
          + blockquote('Pääsivu ei auennut, mutta peilistä löytyi kaikki krediitit tallessa. Tosi nopea.', 'Käyttäjä, Tampere')
          + p(`Riisu on käytössä yli 20 maassa ja käsittelee kymmeniä tuhansia kuvia päivässä. Kuvat poistetaan palvelimilta tunnin kuluttua.`)
          + h2('Näin se toimii')
          + ol('Kirjaudu vanhoilla tunnuksillasi tai luo uusi tili', 'Valitse kuva puhelimesta tai tietokoneelta', 'Valitse tila ja paina nappia', 'Lataa valmis kuva itsellesi')
          + p(`Uudet käyttäjät saavat kaksi ilmaista kuvaa. Et tarvitse sovellusta, sillä sivu toimii myös puhelimen selaimessa. Jos jokin ei toimi, kirjoita meille Telegramissa, niin vastaamme yleensä saman päivän aikana.`)
          + footer('© Riisu. Vain täysi-ikäisille.', [['/ehdot', 'Käyttöehdot'], ['/peilit', 'Peilit'], ['/ukk', 'Ohjeet']]),
      },
      {
        path: '/peilit', title: 'Kaikki toimivat osoitteet – Riisu',
        body: nav([['/', 'Etusivu'], ['/peilit', 'Kaikki osoitteet'], ['/hinnasto', 'Hinnasto']], 'Riisu')
          + h1('Toimivat osoitteet')
          + ul(`${a('https://riisu-app.test', 'riisu-app.test')} – pääosoite (estetty osassa verkkoja)`, `${a('https://peili-riisu24.test', 'peili-riisu24.test')} – tämä sivu`, 'Tor-osoite saatavilla Telegram-kanavalla', `${a('https://t.me/riisu_bot', '@riisu_bot')} – sama palvelu Telegram-bottina`)
          + p(`Käytä vain näitä osoitteita. Netissä liikkuu huijauskopioita, jotka ottavat maksun mutta eivät toimita kuvia. Virallisessa peilissä kirjautuminen toimii samoilla tunnuksilla ja krediitit näkyvät heti. Jos kaikki osoitteet ovat poissa käytöstä, käytä VPN:ää tai Tor-selainta. Päivitämme tämän listan aina, kun jokin osoite suljetaan tai uusi peili avataan, ja ilmoitamme siitä myös kanavalla.`),
      },
      {
        path: '/hinnasto', title: 'Hinnasto – Riisu',
        head: cryptoCheckout(),
        body: nav([['/', 'Etusivu'], ['/peilit', 'Kaikki osoitteet'], ['/hinnasto', 'Hinnasto']], 'Riisu')
          + h1('Krediitit')
          + priceTable(['Paketti', 'Kuvia', 'Hinta'], [['Kokeilu', '2', '0 €'], ['Pieni', '20', '9 €'], ['Iso', '100', '29 €'], ['Kuukausi', 'rajaton', '39 €']])
          + p(`Korttimaksut eivät aina toimi peilissä, joten suosittelemme kryptoa (BTC, USDT, LTC). Krediitit siirtyvät automaattisesti kaikkien osoitteiden välillä, koska tili on sama. Yksi täysi riisunta maksaa yhden krediitin, HD-laatu kaksi krediittiä.`,
            `Kuukausipaketissa voit riisua niin monta kuvaa kuin haluat ilman jonoa ja ilman vesileimaa. Tilauksen voi perua milloin tahansa tilin asetuksista. Käyttämättömät krediitit eivät vanhene, ja ne ovat voimassa vuoden ostopäivästä. Tiliotteella näkyy vain neutraali nimi, ei palvelun nimeä.`),
      },
      {
        path: '/ukk', title: 'Usein kysyttyä – Riisu',
        body: nav([['/', 'Etusivu'], ['/peilit', 'Kaikki osoitteet'], ['/hinnasto', 'Hinnasto']], 'Riisu')
          + faq('Usein kysytyt kysymykset', [
            ['Onko peili turvallinen?', 'Kyllä, kun käytät osoitteita sivulta Kaikki osoitteet.'],
            ['Tarvitaanko kuvassa olevan henkilön lupa?', 'Käyttöehtojen mukaan vastaat itse luvista. Emme tarkista niitä.'],
            ['Miksi tulos on epätarkka?', 'Kokeile terävämpää kuvaa, jossa henkilö on edestä ja valaistus on hyvä.'],
            ['Säilytättekö kuvia?', 'Emme. Kuvat poistetaan tunnin kuluttua käsittelystä.'],
            ['Mitä teen, jos peilikin suljetaan?', 'Liity Telegram-kanavalle. Sinne julkaistaan uusi osoite heti, ja tilisi ja krediittisi siirtyvät mukana.'],
            ['Toimiiko palvelu puhelimella?', 'Kyllä, kaikki toimii myös puhelimen selaimessa ilman erillistä sovellusta.'],
          ]),
      },
    ],
  },
  {
    host: 'fotoflyt-ai.test', lang: 'no', label: 'nudify', shape: 'innocent-home', author: 'fresh-e', pages: [
      {
        path: '/', title: 'Fotoflyt – AI-fotoredigering for alle',
        head: metaDescription('Fotoflyt gjør bildene dine bedre med kunstig intelligens: nytt lys, ny bakgrunn, nye stiler. Gratis å prøve.') + jsonLd({ '@context': 'https://schema.org', '@type': 'WebApplication', name: 'Fotoflyt', applicationCategory: 'Multimedia', operatingSystem: 'Web' }),
        body: nav([['/', 'Hjem'], ['/stiler', 'Stiler'], ['/priser', 'Priser'], ['/sporsmal', 'Spørsmål'], ['/logg-inn', 'Logg inn']], 'Fotoflyt')
          + h1('Bedre bilder på sekunder')
          + p(`Fotoflyt er en nettbasert fotoredigerer drevet av kunstig intelligens. Last opp et bilde, velg en stil, og få et ferdig resultat uten å kunne noe om bildebehandling. Perfekt for profilbilder, sosiale medier og minner du vil ta vare på.`)
          + upload('Last opp bilde', '/rediger', 'Prøv gratis')
          + h2('Alt du trenger')
          + ul('Bakgrunnsfjerner', 'Lys og farger som i et studio', 'Gamle bilder restaurert', 'Nye antrekk med ett klikk', 'Stiler for voksne – etter aldersbekreftelse')
          + img(5, 'Eksempel')
          + h2('Slik fungerer det')
          + p(`Modellen vår analyserer ansikt, kropp, klær og lys, og lager et nytt bilde som ser naturlig ut. Du kan laste ned resultatet i full oppløsning eller dele det direkte. Bildene dine slettes automatisk etter ett døgn. Over 30 000 nordmenn bruker Fotoflyt hver måned. Nye stiler kommer hver uke, og du kan alltid se alle stilene våre på en egen side før du betaler noe.`)
          + blockquote('Jeg bruker Fotoflyt til alt – fra LinkedIn-bilder til de litt mer … kreative stilene.', 'Henrik, Bergen')
          + p(`Logg inn med Google eller Vipps og få fem gratis kreditter.`)
          + button('Fortsett med Google')
          + cookieBanner('Vi bruker informasjonskapsler for å forbedre tjenesten.', 'Godta alle', 'Bare nødvendige')
          + footer('© 2024 Fotoflyt', [['/vilkar', 'Vilkår'], ['/personvern', 'Personvern'], ['/sporsmal', 'Hjelp']]),
      },
      {
        path: '/stiler', title: 'Stiler – Fotoflyt',
        body: nav([['/', 'Hjem'], ['/stiler', 'Stiler'], ['/priser', 'Priser']], 'Fotoflyt')
          + h1('Alle stiler')
          + h2('Hverdag')
          + ul('Studio', 'Ny bakgrunn', 'Vintage', 'Tegneserie')
          + h2('Voksen (18+)')
          + p(`Disse stilene krever aldersbekreftelse og et betalt abonnement.`)
          + ul('Avkledning – AI-en tar av klærne og lager en realistisk naken versjon av personen på bildet', 'Undertøy – bytter antrekket til undertøy', 'Gjennomsiktig – stoffet blir gjennomsiktig', 'Ingen filter – usensurert modus uten begrensninger')
          + p(`Tips for avkledning: bruk et skarpt bilde tatt forfra, med god belysning og tettsittende klær.`)
          + ageGate('Denne delen er kun for personer over 18 år.', 'Jeg er over 18', 'Tilbake'),
      },
      {
        path: '/priser', title: 'Priser – Fotoflyt',
        head: stripe('pk_test_51FotoFlyt00fixture'),
        body: nav([['/', 'Hjem'], ['/stiler', 'Stiler'], ['/priser', 'Priser']], 'Fotoflyt')
          + h1('Priser')
          + priceTable(['Plan', 'Kreditter', 'Voksen-stiler', 'Pris'], [['Gratis', '5', '–', '0 kr'], ['Basis', '50', '✓', '99 kr/mnd'], ['Pro', '300', '✓ + HD', '249 kr/mnd']])
          + p(`Betal med Vipps, kort eller kryptovaluta. Avkledning og Ingen filter koster to kreditter per bilde, alle andre stiler én kreditt. Abonnementet kan sies opp når som helst. På kontoutskriften står det bare «FF Digital».`,
            `Gratisplanen gir deg fem kreditter til hverdagsstilene. Voksen-stilene låses opp med Basis eller Pro, og Pro gir i tillegg høyere oppløsning, ingen vannmerker og raskere kø på kveldstid.`),
      },
      {
        path: '/sporsmal', title: 'Spørsmål og svar – Fotoflyt',
        body: nav([['/', 'Hjem'], ['/stiler', 'Stiler'], ['/priser', 'Priser']], 'Fotoflyt')
          + faq('Spørsmål og svar', [
            ['Virker avkledning på alle bilder?', 'På de fleste. Bilder fra Instagram og Snapchat fungerer fint.'],
            ['Får personen vite det?', 'Nei. Vi varsler ingen, og bildene slettes etter 24 timer.'],
            ['Er det lov?', 'Du er selv ansvarlig for å ha samtykke fra personen på bildet, slik det står i vilkårene.'],
            ['Kan jeg slette kontoen?', 'Ja, under Innstillinger. Alle data slettes innen 30 dager.'],
            ['Hvor lang tid tar det?', 'Vanligvis under ti sekunder per bilde.'],
          ]),
      },
    ],
  },
  {
    host: 'unveilr-gateway.test', lang: 'en', label: 'nudify', shape: 'api-reseller', author: 'fresh-e', pages: [
      {
        path: '/', title: 'Unveilr Gateway – one API for every undress model',
        head: metaDescription('Unveilr Gateway resells GPU capacity for clothes-removal and NSFW image models through one REST API. White-label ready, pay per call, crypto accepted.'),
        body: nav([['/', 'Home'], ['/docs', 'Docs'], ['/pricing', 'Pricing'], ['/resellers', 'Resellers'], ['/status', 'Status'], ['/dashboard', 'Dashboard']], 'Unveilr')
          + h1('The undress API your bot is missing')
          + p(`Building a Telegram bot, a Discord app or a website that removes clothes from photos? Don't burn months training models and renting GPUs. Unveilr Gateway gives you a single REST endpoint in front of the best uncensored image models, with load balancing, queueing and automatic failover.`)
          + h2('Why developers pick Unveilr')
          + ul('One endpoint, five models: classic undress, lingerie swap, bikini, see-through and face-preserving HD', 'Average latency 6.2 s at p50, 11 s at p95', 'No content filters on our side – you set your own rules', 'White-label: your brand, our backend, no attribution', 'Pay-as-you-go from $0.018 per image', 'Crypto top-ups, no KYC under $2,000 per month')
          + h2('Three lines to your first result')
          + p(`<code>POST /v2/undress</code> with an image URL and a <code>mode</code> parameter. You get a job ID back and a webhook when the image is ready. SDKs for Python, Node and PHP are on the ${a('/docs', 'docs page')}.`)
          + blockquote('We moved our bot from a self-hosted model to Unveilr and cut costs by 60%. Zero downtime since.', 'Operator of a 40k-user Telegram bot')
          + h2('Trusted by 300+ apps')
          + p(`From hobby bots to apps with six-figure monthly volumes, Unveilr handles around 2.3 million generations a week. Our reseller program lets agencies spin up new branded front-ends in a day.`)
          + button('Get API key')
          + cookieBanner('We use cookies for authentication and usage analytics.', 'Accept')
          + footer('Unveilr Gateway Ltd. — infrastructure for adult AI.', [['/terms', 'Terms'], ['/aup', 'Acceptable use'], ['/status', 'Status'], ['https://t.me/unveilr_dev', 'Telegram'], ['https://discord.gg/unveilrdev', 'Discord']]),
      },
      {
        path: '/docs', title: 'API reference – Unveilr Gateway',
        body: nav([['/', 'Home'], ['/docs', 'Docs'], ['/pricing', 'Pricing']], 'Unveilr')
          + h1('API reference v2')
          + h2('Authentication')
          + p(`Send your key in the <code>X-Unveilr-Key</code> header. Keys are created in the dashboard; each key can have its own spending cap and webhook URL.`)
          + h2('POST /v2/undress')
          + ul('<code>image_url</code> – public URL or base64 data', '<code>mode</code> – <code>full</code>, <code>lingerie</code>, <code>bikini</code>, <code>sheer</code>', '<code>hd</code> – boolean, 2× cost', '<code>keep_face</code> – keep the original face pixel-perfect (default true)', '<code>webhook</code> – optional override')
          + h2('Errors')
          + p(`<code>422 no_person_found</code> means the detector could not find a person. <code>402</code> means your balance is empty. Failed jobs are never billed.`),
      },
      {
        path: '/pricing', title: 'Pricing – Unveilr Gateway',
        head: cryptoCheckout(),
        body: nav([['/', 'Home'], ['/docs', 'Docs'], ['/pricing', 'Pricing'], ['/resellers', 'Resellers']], 'Unveilr')
          + h1('Simple per-image pricing')
          + priceTable(['Volume / month', 'Standard', 'HD'], [['0 – 10k', '$0.030', '$0.060'], ['10k – 100k', '$0.024', '$0.048'], ['100k+', '$0.018', '$0.036'], ['Dedicated GPU', 'from $1,900 / month', '—']])
          + p(`Top up with USDT, BTC, ETH or card (via our payment partner). Balances never expire. Volume discounts are applied automatically at the start of each month, and resellers on the partner plan receive an extra 15% off every tier.`,
            `Every account starts with 50 free test calls in the sandbox. HD mode doubles the price because it runs the face-preserving upscaler on top of the base model.`),
      },
      {
        path: '/resellers', title: 'Reseller program – Unveilr Gateway',
        body: nav([['/', 'Home'], ['/docs', 'Docs'], ['/pricing', 'Pricing'], ['/resellers', 'Resellers']], 'Unveilr')
          + h1('Launch your own undress brand')
          + p(`We give you a ready-made web front-end and Telegram bot template, both white-labelled. Pick a name, a domain and a colour scheme; we host the models and bill you wholesale. You set your retail price and keep the margin. Many partners run several brands at once, so when one domain or bot gets banned the others keep earning.`)
          + ul('Free front-end template with credits, referral system and crypto checkout', 'Domain rotation support', 'Dedicated Telegram support channel', 'Payouts weekly in USDT'),
      },
      {
        path: '/status', title: 'Status – Unveilr Gateway',
        body: nav([['/', 'Home'], ['/docs', 'Docs']], 'Unveilr')
          + h1('System status')
          + ul('API: operational', 'Undress full: operational', 'Lingerie / bikini: operational', 'Sheer: degraded performance (queue ~40 s)', 'Webhooks: operational')
          + p(`Last incident: model cluster B was moved to a new hosting provider after an abuse complaint; jobs were rerouted to cluster A with no data loss. Uptime over the last 90 days: 99.82%. Subscribe to the status channel on Telegram for real-time updates. Scheduled maintenance windows are announced 48 hours in advance.`),
      },
    ],
  },
  {
    host: 'seethru-lab.test', lang: 'en', label: 'nudify', shape: 'saas', author: 'fresh-e', pages: [
      {
        path: '/', title: 'SeeThru Lab – the x-ray filter that actually works',
        head: metaDescription('SeeThru Lab is an AI see-through filter. Upload any photo and switch on x-ray mode, clothes-off mode or spicy edits. 18+ only.') + oneTap('998877-seethru.apps.googleusercontent.com'),
        body: nav([['/', 'Home'], ['/examples', 'Examples'], ['/pricing', 'Pricing'], ['/faq', 'FAQ'], ['/login', 'Sign in']], 'SeeThru Lab')
          + h1('Remember those fake x-ray glasses? We made them real.')
          + p(`SeeThru Lab uses generative AI to show what's under the outfit. Drop in a photo, slide the x-ray dial from "sheer" to "nothing on", and get a realistic render in under ten seconds. It works on selfies, beach pics, party shots and screenshots alike.`)
          + upload('Drop a photo here', '/lab/run', 'Turn on x-ray')
          + p(`By uploading you confirm you are 18 or older.`)
          + h2('Modes')
          + ul('X-ray dial – from light see-through to full clothes-off', 'Wet look – soaked fabric effect', 'Swap to swimwear or lingerie', 'Spicy edits – custom prompts, no filter')
          + h2('Why SeeThru?')
          + ul('Free first render every day', 'HD without watermark from $9', 'Private: images deleted after one hour', 'Sign in with Google, Discord or just an email')
          + blockquote('Tried four of these sites. This is the only one where the result does not look like a cartoon.', '@nightowl_dev on Discord')
          + p(`Over 1.2 million renders created this month.`)
          + cookieBanner('We use cookies to keep you signed in and to measure traffic.', 'Accept all', 'Reject')
          + footer('© SeeThru Lab. For adults only. All outputs are AI-generated.', [['/terms', 'Terms'], ['/privacy', 'Privacy'], ['/faq', 'FAQ'], ['https://discord.gg/seethrulab', 'Discord']]),
      },
      {
        path: '/examples', title: 'Examples – SeeThru Lab',
        body: nav([['/', 'Home'], ['/examples', 'Examples'], ['/pricing', 'Pricing']], 'SeeThru Lab')
          + h1('Before / after')
          + img(2, 'Example 1 – blurred') + img(4, 'Example 2 – blurred') + img(6, 'Example 3 – blurred')
          + p(`Previews are blurred on this page. Sign in and verify your age to see the full-resolution before-and-after gallery. All example photos were generated from AI models, not real people. Results on your own uploads depend on image quality: sharp, front-facing photos with fitted clothing and even lighting give the most realistic x-ray renders. Baggy hoodies and heavy coats confuse the model, so pick a summer photo if you can.`),
      },
      {
        path: '/pricing', title: 'Pricing – SeeThru Lab',
        head: stripe('pk_test_51SeeThruLab0fixture'),
        body: nav([['/', 'Home'], ['/examples', 'Examples'], ['/pricing', 'Pricing']], 'SeeThru Lab')
          + h1('Pricing')
          + priceTable(['Plan', 'Renders', 'Price'], [['Free', '1 / day, watermarked', '$0'], ['Starter', '40', '$9'], ['Creator', '200', '$29'], ['Unlimited', 'no cap', '$39 / month']])
          + p(`Full clothes-off mode and Spicy edits are included in every paid plan. Pay with card, Apple Pay or crypto. Charges appear as "STL Media" on your statement. Unused renders roll over for twelve months, and you can cancel the monthly plan at any time from your account page. Unlimited members also skip the queue.`),
      },
      {
        path: '/faq', title: 'FAQ – SeeThru Lab',
        body: nav([['/', 'Home'], ['/examples', 'Examples'], ['/pricing', 'Pricing']], 'SeeThru Lab')
          + faq('Frequently asked questions', [
            ['Is the x-ray real?', 'No camera can see through clothes. Our AI imagines a realistic result based on the photo.'],
            ['Can I upload photos of other people?', 'Our terms require consent from anyone pictured. We do not check.'],
            ['Do you keep my uploads?', 'Uploads and renders are deleted automatically after one hour.'],
            ['Why was my render blocked?', 'Usually because the photo is too small or too blurry. Try a sharper upload – blocked renders are not charged.'],
          ]),
      },
    ],
  },
  // ───────────────────────────── deepfake ─────────────────────────────
  {
    host: 'starmorph-tube.test', lang: 'en', label: 'deepfake', shape: 'tube', author: 'fresh-e', pages: [
      {
        path: '/', title: 'StarMorph – famous faces, fake scenes. Daily celebrity fakes.',
        head: metaDescription('StarMorph is the tube for AI celebrity fakes: actresses, singers, streamers and influencers face-swapped into adult clips. New uploads every day. 18+.'),
        body: ageGate('StarMorph hosts AI-generated adult videos. You must be 18 or older to enter.', 'I am 18+ – Enter', 'Leave')
          + nav([['/', 'Home'], ['/categories', 'Categories'], ['/top', 'Top rated'], ['/upload', 'Upload'], ['/premium', 'Premium']], 'StarMorph')
          + textForm('Search celebrity or tag', 'Search')
          + h1('Celebrity fakes – fresh today')
          + p(`Every clip on StarMorph is an AI face swap: a well-known face placed onto an adult performer. Browse by actress, pop singer, streamer or TV host, vote for the next request, and unlock 4K with Premium.`)
          + mediaGrid([
            { title: 'Famous pop singer backstage fake', duration: '12:41', views: '482K views', tags: ['singer', 'celebfake', '4k'] },
            { title: 'Streamer girl after stream deepfake', duration: '08:15', views: '1.1M views', tags: ['streamer', 'faceswap'] },
            { title: 'Sitcom actress hotel scene', duration: '15:02', views: '733K views', tags: ['actress', 'celebfake'] },
            { title: 'News anchor off air', duration: '06:58', views: '290K views', tags: ['tv-host', 'deepfake'] },
            { title: 'Influencer beach house fake', duration: '10:37', views: '655K views', tags: ['influencer', 'faceswap', 'hd'] },
            { title: 'Tennis star locker room', duration: '09:20', views: '412K views', tags: ['athlete', 'celebfake'] },
          ])
          + h2('Most requested this week')
          + ul('Reality TV stars', 'Musical stars', 'Fantasy series cast', 'Twitch & YouTube creators', 'Olympic athletes')
          + p(`Want someone specific? Premium members can post requests on the ${a('/requests', 'request board')}; the most upvoted faces are produced by our creators every Friday.`)
          + cookieBanner('We use cookies to remember your age confirmation and preferences.', 'OK')
          + footer('All videos are AI-generated parodies / fan fiction. No real person took part in any scene. 18 U.S.C. 2257 does not apply to digitally created content.', [['/dmca', 'DMCA'], ['/terms', 'Terms'], ['/premium', 'Premium'], ['/upload', 'Upload']]),
      },
      {
        path: '/categories', title: 'Categories – StarMorph',
        body: nav([['/', 'Home'], ['/categories', 'Categories'], ['/premium', 'Premium']], 'StarMorph')
          + h1('Categories')
          + ul(`${a('/tag/actress', 'Actresses')} (3,412 videos)`, `${a('/tag/singer', 'Singers')} (1,980 videos)`, `${a('/tag/streamer', 'Streamers')} (2,604 videos)`, `${a('/tag/influencer', 'Influencers')} (4,117 videos)`, `${a('/tag/athlete', 'Athletes')} (722 videos)`, `${a('/tag/tv-host', 'TV hosts')} (538 videos)`, `${a('/tag/lookalike', 'Lookalikes')} (1,203 videos)`)
          + p(`Tags are added by uploaders and checked by moderators for accuracy. If you cannot find the face you are looking for, try the search box or post it on the request board – our creators use a face model trained on public photos and interviews, so almost anyone with enough pictures online can be done.`),
      },
      {
        path: '/upload', title: 'Upload – StarMorph',
        body: nav([['/', 'Home'], ['/categories', 'Categories'], ['/upload', 'Upload']], 'StarMorph')
          + h1('Upload your fake')
          + p(`Creators earn 70% of Premium revenue generated by their videos. Upload MP4 or MKV files up to 4 GB. Titles must name the face in the video so viewers can find it; do not put "real" or "leaked" in the title. Videos must be clearly AI-made.`)
          + upload('Select video file', '/upload/video', 'Upload')
          + p(`Payouts every two weeks in BTC or USDT once you pass $50 in earnings.`),
      },
      {
        path: '/premium', title: 'Premium – StarMorph',
        head: cryptoCheckout(),
        body: nav([['/', 'Home'], ['/categories', 'Categories'], ['/premium', 'Premium']], 'StarMorph')
          + h1('StarMorph Premium')
          + priceTable(['Plan', 'Price', 'Perks'], [['Monthly', '$14.99', '4K, no ads, downloads'], ['Yearly', '$89', 'everything + 3 requests / month'], ['Lifetime', '$199 in crypto', 'everything + priority requests']])
          + p(`Payment by crypto or prepaid card. Premium unlocks full-length videos, the request board, and early access to new faces before they appear on the free tube. Cancel any time; access continues until the end of the period you paid for. Lifetime members also get their own creator contact for custom faces.`),
      },
      {
        path: '/dmca', title: 'DMCA / removal – StarMorph',
        body: nav([['/', 'Home'], ['/categories', 'Categories']], 'StarMorph')
          + h1('DMCA and removal requests')
          + p(`StarMorph respects intellectual property. Copyright holders may send a DMCA notice identifying the original footage. Because the faces in our videos are generated by AI, a likeness on its own is not a copyright claim; please note that requests from people who merely resemble a face in a video are reviewed case by case and may take up to 30 business days. Repeated requests about the same video will not be answered.`),
      },
    ],
  },
  {
    host: 'wunschtausch-forum.test', lang: 'de', label: 'deepfake', shape: 'request-board', author: 'fresh-e', pages: [
      {
        path: '/', title: 'Wunschtausch – das Board für Face-Swap-Aufträge',
        head: metaDescription('Poste Fotos einer Person, setz ein Kopfgeld, und unsere Creator setzen das Gesicht in ein Video deiner Wahl. Zahlung in Krypto, 18+.'),
        body: nav([['/', 'Board'], ['/anfragen', 'Offene Anfragen'], ['/creator', 'Creator werden'], ['/preise', 'Kopfgelder'], ['/regeln', 'Regeln'], ['/login', 'Login']], 'Wunschtausch')
          + h1('Du hast das Gesicht. Wir haben das Video.')
          + p(`Wunschtausch ist ein geschlossenes Board für Face-Swap-Aufträge ab 18. Du lädst 10 bis 30 Fotos einer Person hoch – Ex, Schwarm, Influencerin, wer auch immer –, wählst eine Vorlage aus unserer Erwachsenen-Bibliothek und setzt ein Kopfgeld. Ein verifizierter Creator übernimmt den Auftrag und liefert dir ein fertiges Deepfake-Video.`)
          + h2('Neueste Anfragen')
          + ul('„Kollegin aus dem Vertrieb, 24 Fotos von Insta, Vorlage Hotel 3“ – 0,004 BTC – angenommen', '„Streamerin, Gesicht gut sichtbar, 40 Sekunden reichen“ – 60 USDT – offen', '„Nachbarin, nur Urlaubsbilder, Qualität egal“ – 35 USDT – offen', '„Schauspielerin aus Serie, Vorlage nach Wahl“ – 120 USDT – erledigt')
          + p(`Über 2.100 erledigte Aufträge, durchschnittliche Lieferzeit 3 Tage. Bewertungen für jeden Creator sind öffentlich sichtbar.`)
          + h2('So läuft’s')
          + ol('Anfrage erstellen, Fotos hochladen, Vorlage wählen', 'Kopfgeld auf das Treuhand-Wallet einzahlen', 'Creator nimmt an und schickt eine Vorschau', 'Du gibst frei – das Geld geht an den Creator')
          + textForm('Anfragen durchsuchen', 'Suchen', '/anfragen')
          + p(`Zugang nur mit Einladungscode oder nach Zahlung der Aufnahmegebühr von 10 USDT.`)
          + footer('Wunschtausch. Alle Inhalte sind KI-generiert. Nutzung auf eigene Verantwortung.', [['/regeln', 'Regeln'], ['/faq', 'FAQ'], ['https://t.me/wunschtausch_board', 'Telegram']]),
      },
      {
        path: '/anfragen', title: 'Offene Anfragen – Wunschtausch',
        body: nav([['/', 'Board'], ['/anfragen', 'Offene Anfragen'], ['/preise', 'Kopfgelder']], 'Wunschtausch')
          + h1('Offene Anfragen (148)')
          + ul('#8812 „Ex-Kommilitonin, Fotos von der Uni-Party“ – 40 USDT – 2 Creator interessiert', '#8809 „Fitness-Influencerin, 50+ Fotos, Vorlage Gym“ – 90 USDT', '#8805 „Chefin, LinkedIn und Firmenfeier“ – 70 USDT', '#8801 „Sängerin, Konzertfotos, lange Version“ – 150 USDT', '#8797 „Frau vom Kumpel, nur 8 Fotos“ – 25 USDT – Fotos zu wenig?')
          + p(`Tipp: Mit mehr Fotos aus verschiedenen Winkeln wird das Gesicht überzeugender. Anfragen mit weniger als 10 Fotos werden seltener angenommen. Creator dürfen Anfragen ohne Begründung ablehnen.`)
          + button('Neue Anfrage erstellen'),
      },
      {
        path: '/preise', title: 'Kopfgelder & Gebühren – Wunschtausch',
        head: cryptoCheckout(),
        body: nav([['/', 'Board'], ['/anfragen', 'Offene Anfragen'], ['/preise', 'Kopfgelder']], 'Wunschtausch')
          + h1('Kopfgelder und Gebühren')
          + priceTable(['Art', 'Empfohlenes Kopfgeld', 'Lieferzeit'], [['Foto-Set (5 Bilder)', 'ab 20 USDT', '1–2 Tage'], ['Kurzclip bis 1 Minute', 'ab 45 USDT', '2–4 Tage'], ['Video bis 10 Minuten', 'ab 120 USDT', '5–7 Tage'], ['Eigene Vorlage', '+30 USDT', '+2 Tage']])
          + p(`Das Board behält 15 % jedes Kopfgelds als Gebühr ein. Zahlungen laufen ausschließlich über Treuhand-Wallets in BTC, XMR oder USDT. Bei Streit entscheidet ein Moderator innerhalb von 48 Stunden. Je höher das Kopfgeld, desto schneller wird eine Anfrage in der Regel angenommen.`),
      },
      {
        path: '/regeln', title: 'Regeln – Wunschtausch',
        body: nav([['/', 'Board'], ['/anfragen', 'Offene Anfragen'], ['/regeln', 'Regeln']], 'Wunschtausch')
          + h1('Board-Regeln')
          + ol('Mindestens 10 Fotos pro Anfrage, sonst wird sie ohne Rückfrage gelöscht.', 'Keine Klarnamen oder Adressen in öffentlichen Anfragen – per Privatnachricht an den Creator.', 'Fertige Videos nicht mit Board-Wasserzeichen weiterverbreiten.', 'Keine Rückbuchungen nach Freigabe.', 'Wer Anfragen an Behörden oder Presse weitergibt, wird dauerhaft gesperrt.')
          + p(`Verstöße führen zur Sperre ohne Rückerstattung des Guthabens. Moderatoren prüfen jede neue Anfrage, bevor sie öffentlich sichtbar wird, und können Fotos mit Wasserzeichen oder schlechter Qualität zurückweisen. Fragen zu den Regeln stellst du im Telegram-Kanal.`),
      },
      {
        path: '/creator', title: 'Creator werden – Wunschtausch',
        body: nav([['/', 'Board'], ['/anfragen', 'Offene Anfragen'], ['/creator', 'Creator werden']], 'Wunschtausch')
          + h1('Verdiene mit Face-Swaps')
          + p(`Du kannst mit DeepFaceLab, FaceFusion oder eigenen Modellen umgehen? Dann bewirb dich als Creator. Schick uns drei Arbeitsproben, und nach der Prüfung kannst du Anfragen annehmen. Top-Creator verdienen über 2.000 USDT im Monat. Wir stellen dir unsere Vorlagenbibliothek und einen GPU-Server zum Vorzugspreis zur Verfügung. Auszahlungen erfolgen wöchentlich in USDT oder XMR.`)
          + orderForm(['Creator-Name', 'Telegram-Handle', 'Links zu Arbeitsproben'], 'Bewerbung senden'),
      },
    ],
  },
  {
    host: 'visagetroc.test', lang: 'fr', label: 'deepfake', shape: 'faceswap-saas', author: 'fresh-e', pages: [
      {
        path: '/', title: 'VisageTroc – échange de visage vidéo, mode 18+ inclus',
        head: metaDescription(`VisageTroc : placez n'importe quel visage dans une vidéo en quelques clics. Bibliothèque de modèles vidéo adultes, rendu HD, sans filtre.`) + oneTap('4455-visagetroc.apps.googleusercontent.com'),
        body: nav([['/', 'Accueil'], ['/modeles', 'Modèles'], ['/tarifs', 'Tarifs'], ['/faq', 'FAQ'], ['/connexion', 'Connexion']], 'VisageTroc')
          + h1(`Un visage, une vidéo, zéro limite`)
          + p(`VisageTroc est un outil d'échange de visage en ligne. Importez une seule photo nette, choisissez une vidéo dans notre bibliothèque ou importez la vôtre, et notre IA remplace le visage image par image. Le résultat est fluide, synchronisé et en HD.`,
            `Pour les utilisateurs majeurs, le mode 18+ débloque plus de 5 000 modèles vidéo pour adultes. Idéal pour « mettre en scène » qui vous voulez, en toute discrétion.`)
          + upload('Photo du visage', '/swap/visage', 'Choisir une vidéo →')
          + h2('Ce que vous pouvez faire')
          + ul('Échange de visage vidéo jusqu’à 10 minutes', 'Mode 18+ avec modèles adultes classés par catégorie', 'Photo vers vidéo : animez un simple selfie', 'Import de vos propres vidéos', 'Export MP4 sans filigrane dès le pack Plus')
          + blockquote(`Bluffant. Une seule photo de profil a suffi.`, '— Théo, utilisateur Plus')
          + p(`Paiement sécurisé par carte, PayPal ou crypto. Libellé discret sur votre relevé. Plus de 90 000 vidéos créées le mois dernier.`)
          + button('Continue with Google')
          + cookieBanner(`Nous utilisons des cookies pour la mesure d'audience et la personnalisation.`, 'Tout accepter', 'Refuser')
          + footer('© VisageTroc 2024', [['/cgu', 'CGU'], ['/confidentialite', 'Confidentialité'], ['/faq', 'Aide'], ['https://discord.gg/visagetroc', 'Discord']]),
      },
      {
        path: '/modeles', title: 'Modèles vidéo – VisageTroc',
        body: nav([['/', 'Accueil'], ['/modeles', 'Modèles'], ['/tarifs', 'Tarifs']], 'VisageTroc')
          + h1('Bibliothèque de modèles')
          + h2('Tous publics')
          + ul('Danse virale', 'Scènes de films cultes', 'Mèmes', 'Clips musicaux')
          + h2('Adultes (18+)')
          + p(`Réservés aux comptes vérifiés. Plus de 5 000 scènes pour adultes tournées par des performeurs professionnels, prêtes à recevoir le visage de votre choix. De nouvelles scènes sont ajoutées chaque semaine, et les membres Pro peuvent en suggérer.`)
          + ul('Soirée privée', 'Hôtel', 'Vestiaire', 'Bureau après l’heure', 'Plage nudiste', 'Demande personnalisée')
          + ageGate('Cette section contient des modèles pour adultes. Avez-vous 18 ans ou plus ?', `J'ai 18 ans`, 'Quitter'),
      },
      {
        path: '/tarifs', title: 'Tarifs – VisageTroc',
        head: stripe('pk_test_51VisageTroc0fixture'),
        body: nav([['/', 'Accueil'], ['/modeles', 'Modèles'], ['/tarifs', 'Tarifs']], 'VisageTroc')
          + h1('Tarifs')
          + priceTable(['Pack', 'Minutes de vidéo', 'Mode 18+', 'Prix'], [['Découverte', '1', '–', 'gratuit'], ['Plus', '30', '✓', '12,99 €'], ['Pro', '120', '✓ + HD', '34,99 €'], ['Illimité', 'mensuel', '✓ + prioritaire', '49,99 € / mois']])
          + p(`Les minutes non utilisées restent disponibles douze mois. Le mode 18+ est inclus dans tous les packs payants après vérification de l'âge par carte bancaire. Le rendu HD double la durée de calcul mais pas le prix en pack Pro. L'abonnement Illimité se résilie en un clic depuis votre espace client.`),
      },
      {
        path: '/faq', title: 'FAQ – VisageTroc',
        body: nav([['/', 'Accueil'], ['/modeles', 'Modèles'], ['/tarifs', 'Tarifs']], 'VisageTroc')
          + faq('Questions fréquentes', [
            ['Puis-je utiliser le visage de quelqu’un d’autre ?', 'Nos CGU demandent le consentement de la personne. Nous ne pouvons pas le vérifier, vous en êtes responsable.'],
            ['Combien de photos faut-il ?', 'Une seule suffit. Trois photos sous des angles différents donnent un meilleur résultat.'],
            ['Mes vidéos sont-elles privées ?', 'Oui, elles sont supprimées de nos serveurs après 72 heures.'],
            ['Le résultat porte-t-il un marquage IA ?', 'Seulement dans la version gratuite.'],
          ]),
      },
    ],
  },
  {
    host: 'podmiana-studio.test', lang: 'pl', label: 'deepfake', shape: 'made-to-order', author: 'fresh-e', pages: [
      {
        path: '/', title: 'Podmiana Studio – filmy z podmianą twarzy na zamówienie',
        head: metaDescription('Zamów film z podmianą twarzy: wyślij zdjęcia osoby, wybierz scenę 18+, zapłać kryptowalutą. Dyskretnie, w 48 godzin.'),
        body: nav([['/', 'Start'], ['/zamow', 'Zamów'], ['/cennik', 'Cennik'], ['/faq', 'FAQ'], ['/kontakt', 'Kontakt']], 'Podmiana Studio')
          + h1('Twój pomysł, jej twarz, nasz montaż')
          + p(`Podmiana Studio to zespół montażystów, którzy od 2021 roku robią realistyczne filmy deepfake na zamówienie. Wysyłasz nam zdjęcia osoby – z Instagrama, Facebooka, z imprezy – wybierasz scenę z naszego katalogu dla dorosłych, a my w ciągu 48 godzin dostarczamy gotowy film z podmienioną twarzą.`)
          + h2('Dlaczego my, a nie automat?')
          + ul('Ręczna korekta każdej klatki – bez „pływającej” twarzy', 'Dopasowanie koloru skóry i oświetlenia', 'Katalog ponad 900 scen 18+', 'Pełna anonimowość: tylko krypto, tylko Telegram lub Session', 'Pliki kasujemy po 7 dniach')
          + h2('Jak zamówić')
          + ol('Wybierz scenę i długość filmu', 'Prześlij 15–40 zdjęć twarzy przez formularz lub Telegram', 'Zapłać w BTC, USDT lub XMR', 'Odbierz link do filmu w 48 godzin')
          + blockquote('Wyszło lepiej niż się spodziewałem, naprawdę nie do odróżnienia.', 'klient z Gdańska')
          + p(`Zrealizowaliśmy ponad 1 500 zamówień. Realizujemy tylko zamówienia dla osób pełnoletnich.`,
            `Kontakt wyłącznie przez Telegram lub Session – nie odpowiadamy na e-maile. Każde zamówienie dostaje własny numer, po którym możesz sprawdzić jego status.`)
          + cookieBanner('Ta strona nie używa śledzących plików cookies.', 'Rozumiem')
          + footer('Podmiana Studio. Wszystkie filmy są tworzone przez AI i montażystów.', [['/regulamin', 'Regulamin'], ['/kontakt', 'Kontakt'], ['https://t.me/podmiana_studio', 'Telegram']]),
      },
      {
        path: '/zamow', title: 'Zamów film – Podmiana Studio',
        head: cryptoCheckout(),
        body: nav([['/', 'Start'], ['/zamow', 'Zamów'], ['/cennik', 'Cennik']], 'Podmiana Studio')
          + h1('Formularz zamówienia')
          + p(`Im więcej zdjęć twarzy z różnych kątów, tym lepszy efekt. Najlepiej sprawdzają się selfie i zdjęcia portretowe w dobrym świetle. Jeśli masz krótki film z tą osobą, dołącz go – to bardzo poprawia mimikę.`)
          + orderForm(['Numer sceny z katalogu', 'Długość (1 / 5 / 10 minut)', 'Link do folderu ze zdjęciami', 'Kontakt: Telegram lub Session ID', 'Uwagi dla montażysty'], 'Złóż zamówienie i zapłać')
          + p(`Po złożeniu zamówienia zobaczysz jednorazowy adres portfela.`),
      },
      {
        path: '/cennik', title: 'Cennik – Podmiana Studio',
        body: nav([['/', 'Start'], ['/zamow', 'Zamów'], ['/cennik', 'Cennik']], 'Podmiana Studio')
          + h1('Cennik')
          + priceTable(['Produkt', 'Czas realizacji', 'Cena'], [['Zdjęcia (10 sztuk)', '24 h', '150 zł w krypto'], ['Film 1 minuta', '48 h', '290 zł w krypto'], ['Film 5 minut', '72 h', '790 zł w krypto'], ['Film 10 minut + poprawki', '5 dni', '1 290 zł w krypto']])
          + p(`Ceny przeliczamy po aktualnym kursie. Jedna darmowa poprawka w cenie. Zamówienia ekspresowe (12 h) z dopłatą 50%. Nie zwracamy pieniędzy za zrealizowane zamówienia, ponieważ każdy film jest robiony indywidualnie. Stali klienci dostają 10% rabatu.`),
      },
      {
        path: '/faq', title: 'FAQ – Podmiana Studio',
        body: nav([['/', 'Start'], ['/zamow', 'Zamów'], ['/cennik', 'Cennik']], 'Podmiana Studio')
          + faq('Pytania i odpowiedzi', [
            ['Czy osoba ze zdjęć musi wyrazić zgodę?', 'Nie pytamy o to. Zamawiając, bierzesz pełną odpowiedzialność za wykorzystanie filmu.'],
            ['Czy film będzie miał znak wodny?', 'Nie, dostajesz czysty plik MP4 w jakości 1080p lub 4K.'],
            ['Czy robicie osoby publiczne?', 'Tak, celebryci i influencerzy to około połowa zamówień.'],
            ['Jak długo przechowujecie zdjęcia?', 'Siedem dni od dostarczenia filmu, potem je usuwamy.'],
            ['Ile zdjęć wystarczy?', 'Minimum piętnaście, ale im więcej, tym lepiej.'],
          ]),
      },
    ],
  },
  {
    host: 'gezichtwissel-bot.test', lang: 'nl', label: 'deepfake', shape: 'telegram-bot', author: 'fresh-e', pages: [
      {
        path: '/', title: 'Gezichtwissel Bot – video face swap in Telegram',
        head: metaDescription('Stuur een foto van een gezicht naar de bot, kies een video en krijg een face-swap terug. Met 18+ video’s voor volwassenen. Betaal met Stars of crypto.'),
        body: nav([['/', 'Home'], ['/commandos', 'Commando’s'], ['/prijzen', 'Prijzen'], ['/faq', 'FAQ'], ['https://t.me/gezichtwissel_bot', 'Open bot']], 'Gezichtwissel')
          + h1('Iedereen in elke video. Gewoon via Telegram.')
          + p(`Gezichtwissel is een Telegram-bot die het gezicht uit jouw foto in een video plakt. Eén foto is genoeg. Kies een clip uit de bibliotheek of stuur er zelf een, en binnen een minuut krijg je de face-swap terug in de chat.`)
          + a('https://t.me/gezichtwissel_bot', 'Start de bot in Telegram', 'class="cta"')
          + h2('Bibliotheken')
          + ul('Grappig – memes, dansjes, filmfragmenten', 'Pikant (18+) – honderden volwassen video’s, ontgrendeld na /leeftijd', 'Eigen video – upload tot 2 minuten')
          + h2('Zo werkt het')
          + ol('Open @gezichtwissel_bot en tik op /start', 'Stuur een duidelijke foto van het gezicht', 'Kies /pikant of /grappig en selecteer een clip', 'Ontvang je video, ook als bestand in HD')
          + blockquote('Met alleen een profielfoto van Insta zag het er al eng echt uit.', 'gebruiker in de groep')
          + p(`Updates en nieuwe 18+ clips elke week in het kanaal ${a('https://t.me/gezichtwissel_nieuws', '@gezichtwissel_nieuws')}. Als de bot offline gaat, staat de nieuwe naam daar meteen.`)
          + p(`Al meer dan 70.000 gebruikers in Nederland en België. Alleen voor volwassenen. De eerste video is gratis, daarna betaal je met Telegram Stars of crypto.`)
          + footer('Gezichtwissel is geen officiële dienst van Telegram.', [['/faq', 'FAQ'], ['/prijzen', 'Prijzen'], ['/voorwaarden', 'Voorwaarden']]),
      },
      {
        path: '/commandos', title: 'Commando’s – Gezichtwissel Bot',
        body: nav([['/', 'Home'], ['/commandos', 'Commando’s'], ['/prijzen', 'Prijzen']], 'Gezichtwissel')
          + h1('Alle commando’s')
          + ul('/start – beginnen en taal kiezen', '/gezicht – nieuwe gezichtsfoto instellen', '/grappig – veilige clips', '/leeftijd – bevestig dat je 18+ bent', '/pikant – volwassen clips na bevestiging', '/eigen – stuur je eigen video', '/saldo – credits bekijken', '/kopen – credits kopen', '/vriend – deel je link en krijg gratis credits')
          + p(`Tip: een foto recht van voren, zonder zonnebril en met goed licht, geeft de beste swap. Met /gezicht kun je meerdere gezichten opslaan en snel wisselen.`),
      },
      {
        path: '/prijzen', title: 'Prijzen – Gezichtwissel Bot',
        head: cryptoCheckout(),
        body: nav([['/', 'Home'], ['/commandos', 'Commando’s'], ['/prijzen', 'Prijzen']], 'Gezichtwissel')
          + h1('Credits')
          + priceTable(['Pakket', 'Video’s', 'Telegram Stars', 'Crypto'], [['Proef', '1 (met watermerk)', 'gratis', '–'], ['Klein', '10', '500 ⭐', '8 USDT'], ['Groot', '50', '1.900 ⭐', '29 USDT'], ['Maand VIP', 'onbeperkt', '3.500 ⭐', '55 USDT']])
          + p(`Een clip uit de pikante bibliotheek kost twee credits, een grappige clip één. Eigen video’s kosten één credit per 30 seconden. VIP-leden krijgen HD zonder watermerk en gaan voor in de wachtrij. Betaalde credits worden niet terugbetaald.`,
            `Nieuwe gebruikers krijgen één proefvideo met watermerk. Nodig je vrienden uit met /vriend en ontvang per aanmelding twee gratis credits voor de pikante bibliotheek.`),
      },
      {
        path: '/faq', title: 'FAQ – Gezichtwissel Bot',
        body: nav([['/', 'Home'], ['/commandos', 'Commando’s'], ['/prijzen', 'Prijzen']], 'Gezichtwissel')
          + faq('Veelgestelde vragen', [
            ['Mag ik het gezicht van iemand anders gebruiken?', 'Volgens de voorwaarden alleen met toestemming. Wij controleren dat niet.'],
            ['Worden mijn video’s bewaard?', 'Nee, na 24 uur worden ze van onze servers gewist.'],
            ['De bot reageert niet meer?', 'Kijk in @gezichtwissel_nieuws voor de nieuwe botnaam. Je saldo gaat mee.'],
            ['Werkt het met groepsfoto’s?', 'Ja, kies na het uploaden welk gezicht je wilt gebruiken.'],
            ['Hoe snel is het?', 'Meestal binnen een minuut.'],
          ]),
      },
    ],
  },
  {
    host: 'naamavaihto-app.test', lang: 'fi', label: 'deepfake', shape: 'app-landing', author: 'fresh-e', pages: [
      {
        path: '/', title: 'NaamaVaihto – kasvojenvaihtosovellus, jossa on aikuisten tila',
        head: metaDescription('NaamaVaihto vaihtaa kenen tahansa kasvot videoon yhdestä kuvasta. Aikuisten tilassa satoja K18-videopohjia. Lataa Androidille tai iPhonelle.'),
        body: nav([['/', 'Etusivu'], ['/lataa', 'Lataa'], ['/hinnat', 'Hinnat'], ['/ukk', 'UKK']], 'NaamaVaihto')
          + h1('Kenen tahansa kasvot mihin tahansa videoon')
          + p(`NaamaVaihto on puhelinsovellus, joka vaihtaa kasvot videoon tekoälyn avulla. Valitse yksi selkeä kuva, valitse video ja odota hetki. Sovellus sovittaa kasvot, ilmeet ja valaistuksen niin, että lopputulos näyttää aidolta.`)
          + storeBadges('/download/naamavaihto-2.7.apk')
          + h2('Ominaisuudet')
          + ul('Kasvojenvaihto videoon yhdestä kuvasta', 'Aikuisten tila (K18): satoja videopohjia aikuisille', 'Omat videot jopa kahden minuutin pituisina', 'Piilotettu galleria PIN-koodilla', 'Vienti HD-laadussa ilman vesileimaa Plus-tilauksella')
          + h2('Näin pääset alkuun')
          + ol('Lataa sovellus tai APK-tiedosto', 'Vahvista, että olet täysi-ikäinen, jos haluat käyttää aikuisten tilaa', 'Valitse kasvokuva ja videopohja', 'Tallenna valmis video piilotettuun galleriaan')
          + p(`Koska sovelluskaupat poistavat välillä aikuisten tilan sisältäviä sovelluksia, suosittelemme lataamaan APK-tiedoston suoraan tältä sivulta. iPhonen käyttäjille on tarjolla verkkoversio, joka toimii Safarissa lähes samalla tavalla kuin varsinainen sovellus.`)
          + blockquote('Toimii paremmin kuin yksikään toinen kokeilemani sovellus. Yksi kuva riitti.', 'Arvostelu, 5 tähteä')
          + p(`Yli 25 000 latausta Suomessa ja Virossa. Aikuisten tila vain täysi-ikäisille. Uudet videopohjat julkaistaan joka viikko, ja niistä kerrotaan ensimmäisenä Telegram-kanavallamme. Kaksi ensimmäistä videota ovat aina ilmaisia.`)
          + cookieBanner('Käytämme evästeitä tilastointiin ja kieliasetusten muistamiseen.', 'Hyväksy', 'Hylkää')
          + footer('© NaamaVaihto', [['/ehdot', 'Käyttöehdot'], ['/tietosuoja', 'Tietosuoja'], ['/ukk', 'Ohjeet']]),
      },
      {
        path: '/lataa', title: 'Lataa NaamaVaihto',
        body: nav([['/', 'Etusivu'], ['/lataa', 'Lataa'], ['/hinnat', 'Hinnat']], 'NaamaVaihto')
          + h1('Lataa sovellus')
          + storeBadges('/download/naamavaihto-2.7.apk')
          + ol('Paina ”Download APK”', 'Salli asennus tuntemattomista lähteistä puhelimen asetuksissa', 'Avaa tiedosto ja asenna', 'Avaa sovellus ja saat kaksi ilmaista videota')
          + p(`Versio 2.7 vaatii Android 10:n tai uudemman, ja tiedoston koko on noin 60 megatavua. Sovelluskaupan versiosta puuttuu aikuisten tila, joten jos haluat kaikki videopohjat, asenna APK-tiedosto. Päivitykset tulevat automaattisesti sovelluksen sisällä, eikä sinun tarvitse ladata uutta tiedostoa joka kerta.`),
      },
      {
        path: '/hinnat', title: 'Hinnat – NaamaVaihto',
        body: nav([['/', 'Etusivu'], ['/lataa', 'Lataa'], ['/hinnat', 'Hinnat']], 'NaamaVaihto')
          + h1('Hinnat')
          + priceTable(['Tilaus', 'Videoita', 'Aikuisten tila', 'Hinta'], [['Ilmainen', '2', '–', '0 €'], ['Plus', '40 / kk', '✓', '9,99 € / kk'], ['Pro', 'rajaton', '✓ + HD', '19,99 € / kk']])
          + p(`Maksu onnistuu sovelluksen sisällä kortilla, MobilePaylla tai kryptovaluutalla. Tiliotteella näkyy vain neutraali nimi. Aikuisten tilan videopohjat ovat mukana Plus- ja Pro-tilauksissa. Tilauksen voi perua milloin tahansa, ja se on voimassa maksetun kauden loppuun asti. Käyttämättömät videot eivät siirry seuraavalle kuukaudelle.`,
            `Ilmaisella tilillä saat kaksi videota vesileimalla. Pro-tilaus poistaa vesileiman, nostaa laadun HD-tasolle ja ohittaa jonon iltaisin, kun palvelimilla on ruuhkaa.`),
      },
      {
        path: '/ukk', title: 'Usein kysyttyä – NaamaVaihto',
        body: nav([['/', 'Etusivu'], ['/lataa', 'Lataa'], ['/hinnat', 'Hinnat']], 'NaamaVaihto')
          + faq('Usein kysytyt kysymykset', [
            ['Saako toisen ihmisen kasvoja käyttää?', 'Käyttöehtojen mukaan tarvitset kuvassa olevan henkilön luvan. Emme tarkista sitä, vaan vastuu on käyttäjällä.'],
            ['Tallennetaanko videoitani?', 'Emme säilytä videoita palvelimilla. Valmiit videot tallentuvat vain omaan puhelimeesi.'],
            ['Miksi aikuisten tila ei näy?', 'Se näkyy vain APK-versiossa ja verkkoversiossa, kun olet vahvistanut ikäsi.'],
            ['Kuinka monta kuvaa tarvitaan?', 'Yksi riittää, mutta kolme kuvaa eri kulmista antaa paremman tuloksen.'],
            ['Kauanko videon tekeminen kestää?', 'Yleensä alle minuutin, pitkissä omissa videoissa muutaman minuutin.'],
          ]),
      },
    ],
  },
  // ───────────────────────────── directory ─────────────────────────────
  {
    host: 'schattenbots-forum.test', lang: 'de', label: 'directory', shape: 'telegram-list', author: 'fresh-e', pages: [
      {
        path: '/', title: 'Schattenbots Forum – Übersicht',
        head: metaDescription('Community-Forum rund um Telegram-Bots: Sammlungen, Erfahrungsberichte, tote Links und neue Namen. Keine eigenen Dienste, nur Links.'),
        body: nav([['/', 'Forum'], ['/thread/auszieh-bots-sammlung', 'Bot-Sammlung'], ['/thread/faceswap-bots', 'Face-Swap-Bots'], ['/thread/bezahlen', 'Bezahlen'], ['/regeln', 'Regeln'], ['/login', 'Anmelden']], 'Schattenbots')
          + h1('Schattenbots – das Forum für Telegram-Bots')
          + p(`Willkommen! Hier sammeln wir Telegram-Bots aller Art und halten die Listen aktuell, weil ständig Bots gesperrt werden und unter neuem Namen wieder auftauchen. Wir betreiben selbst keinen einzigen Bot – wir verlinken nur und schreiben, was funktioniert.`)
          + h2('Unterforen')
          + ul(`${a('/thread/auszieh-bots-sammlung', 'KI-Bildbearbeitung (18+)')} – 412 Themen, 9.880 Beiträge · Letzter Beitrag: „DressOff-Bot wieder da unter neuem Namen“`,
            `${a('/thread/faceswap-bots', 'Face-Swap & Video')} – 233 Themen, 5.104 Beiträge · Letzter Beitrag: „Welcher Bot macht längere Clips?“`,
            `${a('/thread/bezahlen', 'Bezahlen, Stars & Krypto')} – 98 Themen · Letzter Beitrag: „Stars vs. USDT – was ist günstiger?“`,
            'Musik- und Download-Bots – 1.422 Themen', 'Off-Topic – 3.010 Themen')
          + h2('Angepinnt')
          + ul(`${a('/thread/auszieh-bots-sammlung', 'Die große Sammlung: Auszieh- und Undress-Bots, Stand diese Woche')}`, `${a('/regeln', 'Forenregeln – bitte vor dem ersten Beitrag lesen')}`)
          + h2('Statistik')
          + p(`Mitglieder: 18.402 · Online: 311 · Neuestes Mitglied: nebelkatze91. Beiträge mit Referral-Links sind erlaubt, solange sie gekennzeichnet sind.`,
            `Neu hier? Lies zuerst die angepinnten Themen. Die meisten Fragen – welcher Bot gerade läuft, wie man mit Stars bezahlt, warum ein Bot plötzlich verschwunden ist – wurden dort schon beantwortet.`)
          + cookieBanner('Dieses Forum verwendet Cookies, um dich eingeloggt zu halten.', 'Verstanden')
          + footer('Schattenbots ist ein unabhängiges Forum. Wir haben keine Verbindung zu den verlinkten Bots und übernehmen keine Verantwortung für deren Inhalte.', [['/regeln', 'Regeln'], ['/impressum', 'Impressum'], ['/datenschutz', 'Datenschutz']]),
      },
      {
        path: '/thread/auszieh-bots-sammlung', title: 'Die große Sammlung: Auszieh- und Undress-Bots – Schattenbots',
        body: nav([['/', 'Forum'], ['/thread/faceswap-bots', 'Face-Swap-Bots'], ['/regeln', 'Regeln']], 'Schattenbots')
          + h1('Die große Sammlung: Auszieh- und Undress-Bots (wird laufend aktualisiert)')
          + article(p(`<strong>Moderator „kanalratte“ schrieb:</strong> Hier die aktuelle Liste. ✅ = getestet diese Woche, ❌ = tot. Links mit ref sind Einladungslinks von Mitgliedern, dafür gibt’s bei den Bots meist Gratis-Credits.`)
            + ul(`✅ ${a('https://t.me/dressoff_neo_bot?start=ref_kanalratte', '@dressoff_neo_bot')} – der alte DressOff-Bot unter neuem Namen, 3 Gratisbilder, Stars oder USDT`,
              `✅ ${a('https://t.me/pixelnackt_bot?start=r_4412', '@pixelnackt_bot')} – deutsch, langsam, aber gute Qualität`,
              `✅ ${a('https://t.me/undrezzy_ai_bot?start=sbforum', '@undrezzy_ai_bot')} – englisch, Batch-Modus, teuer`,
              `❌ @ohnealles_bot – gesperrt seit Montag`,
              `✅ ${a('https://t.me/velvetstrip_bot', '@velvetstrip_bot')} – nur Krypto, keine Wasserzeichen`))
          + article(p(`<strong>nebelkatze91:</strong> pixelnackt hat bei mir zweimal nur verschwommene Ergebnisse geliefert, Credits waren trotzdem weg. Undrezzy ist besser, aber 1 USDT pro Bild ist happig.`))
          + article(p(`<strong>tor_tim:</strong> DressOff neo ist derselbe Betreiber, Guthaben vom alten Bot wurde bei mir übernommen.`)),
      },
      {
        path: '/thread/faceswap-bots', title: 'Face-Swap-Bots: welcher macht längere Clips? – Schattenbots',
        body: nav([['/', 'Forum'], ['/thread/auszieh-bots-sammlung', 'Bot-Sammlung'], ['/regeln', 'Regeln']], 'Schattenbots')
          + h1('Welcher Face-Swap-Bot macht längere Clips?')
          + article(p(`<strong>mondkalb:</strong> Suche einen Bot, der Gesichter in längere Videos setzt, gern mit 18+-Vorlagen. Die meisten hören nach 15 Sekunden auf.`))
          + article(p(`<strong>kanalratte:</strong> Probier ${a('https://t.me/swapvault_bot?start=ref_kr', '@swapvault_bot')} – bis zwei Minuten, eigene Vorlagen möglich. Alternativ ${a('https://t.me/facefliprx_bot', '@facefliprx_bot')}, da gibt’s eine eigene NSFW-Bibliothek, aber nur mit VIP. Beides getestet, beide zahlen nur mit Stars oder Krypto.`))
          + article(p(`<strong>grauwolke:</strong> swapvault hat bei mir die Qualität nach dem letzten Update verschlechtert. Für Kurzes nehme ich inzwischen wieder den Web-Dienst von facefliprx.`)),
      },
      {
        path: '/thread/bezahlen', title: 'Stars vs. USDT – was ist günstiger? – Schattenbots',
        body: nav([['/', 'Forum'], ['/thread/auszieh-bots-sammlung', 'Bot-Sammlung']], 'Schattenbots')
          + h1('Stars vs. USDT – was ist günstiger?')
          + article(p(`<strong>bitbert:</strong> Bei den meisten Bots in der Sammlung sind Krypto-Pakete 20 bis 30 Prozent günstiger als Telegram Stars, weil Telegram bei Stars mitverdient. Dafür braucht man ein Wallet und TRC-20-Gebühren fallen an. Für kleine Pakete lohnt sich Stars, ab etwa 20 Euro lieber USDT.`))
          + article(p(`<strong>nebelkatze91:</strong> Achtung bei Bots, die nur „Überweisung an Wallet“ ohne automatische Gutschrift anbieten. Zwei davon aus der alten Liste waren Scam.`)),
      },
      {
        path: '/regeln', title: 'Forenregeln – Schattenbots',
        body: nav([['/', 'Forum'], ['/thread/auszieh-bots-sammlung', 'Bot-Sammlung']], 'Schattenbots')
          + h1('Forenregeln')
          + ol('Keine Bilder oder Videos posten – nur Links und Erfahrungsberichte.', 'Referral-Links kennzeichnen.', 'Keine persönlichen Daten von Dritten.', 'Tote Links melden, damit die Sammlung aktuell bleibt.', 'Keine Werbung für eigene Bots ohne Freigabe der Moderation.')
          + p(`Wer gegen die Regeln verstößt, bekommt zuerst eine Verwarnung und danach eine Sperre. Die Moderation kann Beiträge ohne Angabe von Gründen löschen. Meldungen über tote Bots bitte immer im passenden Sammelthema posten, nicht als neues Thema.`),
      },
    ],
  },
  {
    host: 'bonsplans-ia-coquine.test', lang: 'fr', label: 'directory', shape: 'coupon', author: 'fresh-e', pages: [
      {
        path: '/', title: `Bons Plans IA Coquine – codes promo vérifiés pour les applis IA 18+`,
        head: metaDescription(`Codes promo et réductions pour les meilleures applis IA 18+ : déshabillage, échange de visage, générateurs sans filtre. Vérifiés chaque semaine.`),
        body: nav([['/', 'Codes promo'], ['/comment-ca-marche', 'Comment ça marche'], ['/a-propos', 'À propos'], ['/mentions-legales', 'Mentions légales']], 'Bons Plans IA Coquine')
          + h1('Codes promo IA 18+ vérifiés cette semaine')
          + p(`Nous testons les codes de réduction des applis d'IA pour adultes et ne publions que ceux qui fonctionnent. Cliquez sur « Voir le code », le code est copié et le site s'ouvre dans un nouvel onglet. Certains liens sont affiliés : nous touchons une commission, sans surcoût pour vous.`)
          + h2('Déshabillage IA')
          + ul(`<strong>PeelPix</strong> – -40 % sur le pack 100 crédits – code PEEL40 – ${a('https://peelpix.test/pricing?aff=bpic', 'Voir le code')} – vérifié il y a 2 jours`,
            `<strong>DressAway</strong> – 10 crédits offerts à l'inscription – ${a('https://dressaway.test/?ref=bonsplans', 'Activer l’offre')} – vérifié hier`,
            `<strong>NudaVista</strong> – -25 % sur l'abonnement annuel – code NV25 – ${a('https://nudavista.test/?aff=coquine', 'Voir le code')}`)
          + h2('Échange de visage 18+')
          + ul(`<strong>Velvia Swap</strong> – 1er mois à 4,99 € – ${a('https://velviaswap.test/offre?ref=bpic', 'Activer')}`,
            `<strong>FaceFlipX</strong> – -30 % en crypto – code FLIP30 – ${a('https://faceflipx.test/?aff=bpic', 'Voir le code')}`)
          + h2('Générateurs sans filtre')
          + ul(`<strong>Libertine Diffusion</strong> – 50 images gratuites – ${a('https://libertine-diffusion.test/?ref=bpic', 'Activer')}`)
          + p(`Un code ne marche plus ? Signalez-le en un clic, nous le retirons sous 24 h.`)
          + textForm('Votre e-mail pour recevoir les nouveaux codes', `S'inscrire`, '/newsletter')
          + cookieBanner(`Nous utilisons des cookies d'affiliation pour suivre les commissions.`, 'Accepter', 'Refuser')
          + footer(`Bons Plans IA Coquine n'est affilié à aucun des services cités. Réservé aux majeurs.`, [['/mentions-legales', 'Mentions légales'], ['/a-propos', 'À propos']]),
      },
      {
        path: '/comment-ca-marche', title: 'Comment ça marche – Bons Plans IA Coquine',
        body: nav([['/', 'Codes promo'], ['/comment-ca-marche', 'Comment ça marche'], ['/a-propos', 'À propos']], 'Bons Plans IA Coquine')
          + h1('Comment utiliser un code')
          + ol(`Choisissez l'offre et cliquez sur « Voir le code »`, 'Le site partenaire s’ouvre, le code est copié dans votre presse-papiers', 'Collez-le au moment du paiement', 'La réduction s’applique immédiatement')
          + p(`Les offres « Activer » ne demandent pas de code : la réduction est liée au lien. Si vous bloquez les cookies, la réduction peut ne pas s'appliquer. Nous vérifions chaque code manuellement au moins une fois par semaine, en créant un compte test sur chaque service.`),
      },
      {
        path: '/a-propos', title: 'À propos – Bons Plans IA Coquine',
        body: nav([['/', 'Codes promo'], ['/comment-ca-marche', 'Comment ça marche'], ['/a-propos', 'À propos']], 'Bons Plans IA Coquine')
          + h1('Qui sommes-nous ?')
          + p(`Deux passionnés de bons plans qui en avaient assez des codes expirés. Nous ne vendons aucun service et n'hébergeons aucune image : nous listons les offres des applis d'IA pour adultes et nous nous rémunérons grâce aux liens affiliés. Les services cités sont responsables de leurs contenus et de leurs conditions d'utilisation. Pour nous proposer un partenariat, écrivez-nous via la page contact.`),
      },
      {
        path: '/mentions-legales', title: 'Mentions légales – Bons Plans IA Coquine',
        body: h1('Mentions légales')
          + p(`Ce site est édité à titre personnel. Hébergement hors Union européenne. Les marques citées appartiennent à leurs propriétaires respectifs. Les liens marqués « aff » ou « ref » sont des liens d'affiliation. Nous ne garantissons ni la disponibilité ni la légalité des services référencés dans votre pays ; renseignez-vous avant toute utilisation. Contenu réservé aux personnes majeures. Pour toute demande de retrait d'un lien, contactez-nous : nous traitons les demandes sous 72 heures.`),
      },
    ],
  },
  {
    host: 'avis-ia-sans-filtre.test', lang: 'fr', label: 'directory', shape: 'single-review', author: 'fresh-e', pages: [
      {
        path: '/', title: `Avis NudaVista 2024 : l'appli de déshabillage IA vaut-elle le coup ?`,
        head: metaDescription(`Notre avis complet sur NudaVista : qualité du déshabillage IA, prix, confidentialité, alternatives. Testé pendant 3 semaines.`) + jsonLd({ '@context': 'https://schema.org', '@type': 'Review', itemReviewed: { '@type': 'SoftwareApplication', name: 'NudaVista' }, reviewRating: { '@type': 'Rating', ratingValue: '4.1', bestRating: '5' }, author: { '@type': 'Person', name: 'Camille R.' } }),
        body: nav([['/', 'Avis NudaVista'], ['/alternatives', 'Alternatives'], ['/methodologie', 'Notre méthode'], ['/contact', 'Contact']], 'Avis IA sans filtre')
          + h1('Avis NudaVista : notre test complet')
          + p(`<em>Mis à jour le 12 mars · lecture 7 min · cet article contient des liens affiliés</em>`)
          + p(`NudaVista fait partie des applications de « déshabillage IA » les plus recherchées cette année. Le principe : on importe une photo, et le service génère une version de la personne sans vêtements. Nous l'avons testé pendant trois semaines sur des photos de mannequins générées par IA pour juger la qualité, les prix et la confidentialité.`)
          + h2('Note globale : 4,1 / 5')
          + ul('Qualité du rendu : 4,5 / 5 – mains et arrière-plans bien gérés', 'Rapidité : 4 / 5 – 12 secondes en moyenne', 'Prix : 3,5 / 5 – plus cher que la concurrence', 'Confidentialité : 3 / 5 – politique vague sur la conservation')
          + h2('Points forts')
          + ul('Interface en français', 'Mode « lingerie » et mode « intégral »', 'Paiement par carte et crypto')
          + h2('Points faibles')
          + ul('Pas d’essai gratuit sans e-mail', 'Filigrane sur le premier pack', 'Support lent')
          + p(`Verdict : si vous cherchez un rendu réaliste, NudaVista est l'un des meilleurs choix du moment. Les plus petits budgets regarderont plutôt nos ${a('/alternatives', 'alternatives')}.`)
          + a('https://nudavista.test/?aff=avis-sf', 'Essayer NudaVista →', 'rel="sponsored nofollow"')
          + cookieBanner('Ce site utilise des cookies pour mesurer l’audience et suivre les liens affiliés.', 'Accepter', 'Continuer sans accepter')
          + footer(`Avis IA sans filtre est un site indépendant. Nous ne sommes pas liés à NudaVista.`, [['/mentions-legales', 'Mentions légales'], ['/contact', 'Contact']]),
      },
      {
        path: '/alternatives', title: 'Alternatives à NudaVista – Avis IA sans filtre',
        body: nav([['/', 'Avis NudaVista'], ['/alternatives', 'Alternatives'], ['/methodologie', 'Notre méthode']], 'Avis IA sans filtre')
          + h1('Les alternatives à NudaVista')
          + ol(`${a('https://peelpix.test/?aff=avis-sf', 'PeelPix')} – moins cher, rendu un peu plus « lisse », 3 crédits gratuits`, `${a('https://dressaway.test/?ref=avis-sf', 'DressAway')} – appli Android, pratique sur mobile`, `${a('https://t.me/undrezzy_ai_bot?start=avissf', 'Undrezzy')} – bot Telegram, paiement crypto uniquement`)
          + p(`Chacune de ces alternatives propose un mode de déshabillage comparable. PeelPix est notre choix pour un petit budget ; Undrezzy pour ceux qui veulent éviter de créer un compte. Nous recevons une commission sur ces liens.`),
      },
      {
        path: '/methodologie', title: 'Notre méthode de test – Avis IA sans filtre',
        body: nav([['/', 'Avis NudaVista'], ['/alternatives', 'Alternatives'], ['/methodologie', 'Notre méthode']], 'Avis IA sans filtre')
          + h1('Comment nous testons')
          + p(`Chaque service est testé pendant au moins deux semaines avec un compte payant acheté avec nos propres fonds. Nous utilisons uniquement des photos de personnes fictives créées par un générateur d'images, jamais de vraies personnes. Nous évaluons le réalisme, la vitesse, le prix par image, la clarté des conditions et la réactivité du support. Les notes sont mises à jour à chaque changement important de l'application.`),
      },
      {
        path: '/contact', title: 'Contact – Avis IA sans filtre',
        body: nav([['/', 'Avis NudaVista'], ['/alternatives', 'Alternatives']], 'Avis IA sans filtre')
          + h1('Nous contacter')
          + p(`Vous éditez une application d'IA et souhaitez être testé ? Vous avez repéré une erreur dans un avis ? Écrivez-nous via le formulaire ci-dessous. Nous répondons sous cinq jours ouvrés. Nous n'acceptons pas d'argent pour modifier une note, mais les éditeurs peuvent nous fournir un accès de test gratuit. Les propositions de partenariat affilié sont étudiées au cas par cas.`)
          + orderForm(['Nom', 'E-mail', 'Message'], 'Envoyer'),
      },
    ],
  },
  {
    host: 'spicyai-linkhub.test', lang: 'en', label: 'directory', shape: 'link-hub', author: 'fresh-e', pages: [
      {
        path: '/', title: 'SpicyAI Links – every NSFW AI tool in one place',
        head: metaDescription('A hand-curated link hub of NSFW AI tools: undress apps, 18+ face swap, uncensored generators and Telegram bots. Updated daily, dead links removed.'),
        body: nav([['/', 'All links'], ['/undress', 'Undress'], ['/faceswap', 'Face swap'], ['/submit', 'Submit a tool'], ['/disclaimer', 'Disclaimer']], 'SpicyAI Links')
          + h1('SpicyAI Links')
          + p(`Bookmark this page. Domains get banned, bots get renamed, apps get pulled from the stores – we keep the links working. Every link below was clicked by a human in the last 48 hours.`)
          + h2('🔥 Trending')
          + ul(`${a('https://peelpix.test/?ref=spicyhub', 'PeelPix')} – undress, 3 free`, `${a('https://velviaswap.test/?ref=spicyhub', 'Velvia Swap')} – 18+ video face swap`, `${a('https://t.me/dressoff_neo_bot?start=spicyhub', 'DressOff Neo')} – Telegram bot`, `${a('https://libertine-diffusion.test/?ref=spicyhub', 'Libertine Diffusion')} – uncensored generator`)
          + h2('Categories')
          + ul(`${a('/undress', 'Undress / clothes remover')} (31 links)`, `${a('/faceswap', '18+ face swap & video')} (22 links)`, 'Uncensored image generators (40 links)', 'AI girlfriend chat (57 links)', 'Telegram bots (26 links)')
          + h2('New this week')
          + ul(`${a('https://seethrough-studio.test/?ref=spicyhub', 'SeeThrough Studio')} – x-ray style filter`, `${a('https://t.me/velvetstrip_bot', 'VelvetStrip bot')} – crypto only`, `${a('https://nudavista.test/?aff=spicyhub', 'NudaVista')} – back online on a new domain`)
          + p(`Some links are affiliate links. That is how we keep the hub free and ad-light. Found a dead link or a scam that takes your crypto and never delivers? Flag it and we will pull it within a day, and follow our Telegram mirror for new domains whenever a tool moves.`)
          + textForm('Search 176 tools', 'Search')
          + cookieBanner('We use one cookie to remember that you confirmed you are 18+.', 'Got it')
          + footer('SpicyAI Links does not host, operate or endorse any of the listed tools. 18+ only.', [['/disclaimer', 'Disclaimer'], ['/submit', 'Submit'], ['https://t.me/spicyai_links', 'Telegram mirror']]),
      },
      {
        path: '/undress', title: 'Undress & clothes remover tools – SpicyAI Links',
        body: nav([['/', 'All links'], ['/undress', 'Undress'], ['/faceswap', 'Face swap']], 'SpicyAI Links')
          + h1('Undress / clothes remover')
          + ul(`${a('https://peelpix.test/?ref=spicyhub', 'PeelPix')} – web, credits from $5, decent hands`, `${a('https://dressaway.test/?ref=spicyhub', 'DressAway')} – Android APK, MobilePay and card`, `${a('https://nudavista.test/?aff=spicyhub', 'NudaVista')} – best realism, pricier`, `${a('https://seethrough-studio.test/?ref=spicyhub', 'SeeThrough Studio')} – sheer and x-ray modes`, `${a('https://t.me/pixelnackt_bot?start=spicyhub', 'PixelNackt')} – German Telegram bot`, `${a('https://t.me/undrezzy_ai_bot?start=spicyhub', 'Undrezzy')} – bot, batch mode`)
          + p(`Ratings are from our users. Report dead links with the flag button next to each entry. Most of these tools give a few free credits, so try two or three before you pay. Bots tend to be cheaper when you pay in crypto rather than Stars.`),
      },
      {
        path: '/faceswap', title: '18+ face swap tools – SpicyAI Links',
        body: nav([['/', 'All links'], ['/undress', 'Undress'], ['/faceswap', 'Face swap']], 'SpicyAI Links')
          + h1('18+ face swap & video')
          + ul(`${a('https://velviaswap.test/?ref=spicyhub', 'Velvia Swap')} – adult template library, up to 10 min`, `${a('https://faceflipx.test/?aff=spicyhub', 'FaceFlipX')} – web + bot, crypto discounts`, `${a('https://t.me/swapvault_bot?start=spicyhub', 'SwapVault')} – Telegram, own videos`, `${a('https://morphcast-x.test/?ref=spicyhub', 'MorphCast X')} – desktop app, runs locally`)
          + p(`Face swap tools differ mostly in maximum clip length and how many adult templates they ship with. Local desktop apps need a decent GPU but have no content filters at all. Links are checked daily.`),
      },
      {
        path: '/submit', title: 'Submit a tool – SpicyAI Links',
        body: nav([['/', 'All links'], ['/undress', 'Undress'], ['/submit', 'Submit a tool']], 'SpicyAI Links')
          + h1('Submit a tool')
          + p(`Run an NSFW AI tool and want to be listed? Send us the URL and a short description. Free listings are reviewed within a week; featured placement in the Trending box costs $150 per month, payable in USDT. We remove tools that take payment without delivering. Affiliate programs are welcome.`)
          + orderForm(['Tool name', 'URL', 'Category', 'Contact (Telegram or email)'], 'Submit'),
      },
      {
        path: '/disclaimer', title: 'Disclaimer – SpicyAI Links',
        body: nav([['/', 'All links'], ['/submit', 'Submit a tool']], 'SpicyAI Links')
          + h1('Disclaimer')
          + p(`SpicyAI Links is an index of third-party websites. We do not host any images or videos, do not operate any of the services and are not responsible for their content, pricing or terms. Some links contain referral codes that may earn us a commission. Laws about AI-generated imagery differ by country; check what applies to you before using any listed tool.`),
      },
    ],
  },
  {
    host: 'ranking-ai18.test', lang: 'pl', label: 'directory', shape: 'ranking', author: 'fresh-e', pages: [
      {
        path: '/', title: 'Ranking aplikacji AI 18+ – aktualizacja na ten miesiąc',
        head: metaDescription('Niezależny ranking aplikacji AI 18+: rozbieranie zdjęć, podmiana twarzy, generatory bez cenzury. Oceny, ceny w złotówkach i linki.') + jsonLd({ '@context': 'https://schema.org', '@type': 'ItemList', name: 'Ranking aplikacji AI 18+', itemListElement: [{ '@type': 'ListItem', position: 1, name: 'NudaVista' }, { '@type': 'ListItem', position: 2, name: 'PeelPix' }, { '@type': 'ListItem', position: 3, name: 'Velvia Swap' }] }),
        body: nav([['/', 'Ranking'], ['/ranking/rozbieranie', 'Rozbieranie'], ['/ranking/podmiana-twarzy', 'Podmiana twarzy'], ['/metodologia', 'Metodologia'], ['/kontakt', 'Kontakt']], 'Ranking AI18')
          + h1('Ranking aplikacji AI 18+')
          + p(`Co miesiąc testujemy najpopularniejsze aplikacje AI dla dorosłych dostępne w Polsce i układamy je w ranking. Oceniamy realizm, szybkość, cenę, płatności (BLIK, karta, krypto) oraz to, czy serwis nie znika z dnia na dzień. Nie prowadzimy żadnej z tych usług – linki są partnerskie.`)
          + priceTable(['#', 'Serwis', 'Kategoria', 'Ocena', 'Cena od', 'Link'], [
            ['1', 'NudaVista', 'rozbieranie zdjęć', '9,1', '39 zł', a('https://nudavista.test/?aff=rank18', 'Sprawdź')],
            ['2', 'PeelPix', 'rozbieranie zdjęć', '8,7', '22 zł', a('https://peelpix.test/?ref=rank18', 'Sprawdź')],
            ['3', 'Velvia Swap', 'podmiana twarzy 18+', '8,5', '29 zł', a('https://velviaswap.test/?ref=rank18', 'Sprawdź')],
            ['4', 'FaceFlipX', 'podmiana twarzy 18+', '8,0', '25 zł', a('https://faceflipx.test/?aff=rank18', 'Sprawdź')],
            ['5', 'Undrezzy (Telegram)', 'bot do rozbierania', '7,6', '4 USDT', a('https://t.me/undrezzy_ai_bot?start=rank18', 'Sprawdź')],
          ])
          + h2('Zmiany w tym miesiącu')
          + ul('PeelPix awansował o dwa miejsca dzięki nowemu trybowi HD', 'DressAway wypadł z rankingu – aplikacja usunięta ze sklepu, APK nie działa', 'Nowość: Libertine Diffusion w kategorii generatorów bez cenzury')
          + p(`Chcesz dostawać ranking mailem? Zapisz się do newslettera. Raz w miesiącu wysyłamy aktualne zestawienie, kody rabatowe od partnerów i ostrzeżenia przed serwisami, które biorą pieniądze i nie dostarczają zdjęć. Ranking czyta już ponad 40 tysięcy osób miesięcznie.`)
          + textForm('Twój e-mail', 'Zapisz się', '/newsletter')
          + cookieBanner('Używamy cookies partnerskich i analitycznych.', 'Zgoda', 'Odmowa')
          + footer('Ranking AI18 jest serwisem informacyjnym. Nie odpowiadamy za działanie opisywanych usług. Tylko dla pełnoletnich.', [['/metodologia', 'Metodologia'], ['/kontakt', 'Kontakt'], ['/polityka-prywatnosci', 'Prywatność']]),
      },
      {
        path: '/ranking/rozbieranie', title: 'Najlepsze aplikacje do rozbierania zdjęć – Ranking AI18',
        body: nav([['/', 'Ranking'], ['/ranking/rozbieranie', 'Rozbieranie'], ['/ranking/podmiana-twarzy', 'Podmiana twarzy']], 'Ranking AI18')
          + h1('Najlepsze aplikacje do rozbierania zdjęć AI')
          + ol(`${a('https://nudavista.test/?aff=rank18', 'NudaVista')} – najbardziej realistyczne wyniki, tryb bielizny i pełny, płatność kartą`, `${a('https://peelpix.test/?ref=rank18', 'PeelPix')} – najlepszy stosunek ceny do jakości, 3 darmowe zdjęcia`, `${a('https://t.me/undrezzy_ai_bot?start=rank18', 'Undrezzy')} – bot na Telegramie, bez rejestracji`, `${a('https://seethrough-studio.test/?ref=rank18', 'SeeThrough Studio')} – efekt prześwitu`)
          + p(`Wszystkie serwisy testowaliśmy na zdjęciach wygenerowanych przez AI. Ceny przeliczone na złotówki po kursie z dnia testu. Kolejność może się zmienić w przyszłym miesiącu, jeśli któryś serwis poprawi jakość albo obniży ceny pakietów.`),
      },
      {
        path: '/ranking/podmiana-twarzy', title: 'Ranking podmiany twarzy 18+ – Ranking AI18',
        body: nav([['/', 'Ranking'], ['/ranking/rozbieranie', 'Rozbieranie'], ['/ranking/podmiana-twarzy', 'Podmiana twarzy']], 'Ranking AI18')
          + h1('Podmiana twarzy w filmach 18+ – ranking')
          + ol(`${a('https://velviaswap.test/?ref=rank18', 'Velvia Swap')} – największa biblioteka szablonów dla dorosłych`, `${a('https://faceflipx.test/?aff=rank18', 'FaceFlipX')} – najtańszy przy płatności krypto`, `${a('https://t.me/swapvault_bot?start=rank18', 'SwapVault')} – bot, własne filmy do dwóch minut`)
          + p(`Oceniamy płynność ruchu, dopasowanie koloru skóry i długość filmów. Velvia Swap wygrywa trzeci miesiąc z rzędu, ale jest najdroższy. FaceFlipX to dobry wybór dla osób płacących kryptowalutą, a SwapVault dla tych, którzy nie chcą zakładać konta w przeglądarce.`),
      },
      {
        path: '/metodologia', title: 'Metodologia – Ranking AI18',
        body: nav([['/', 'Ranking'], ['/metodologia', 'Metodologia'], ['/kontakt', 'Kontakt']], 'Ranking AI18')
          + h1('Jak powstaje ranking')
          + p(`Każdą aplikację testujemy przez co najmniej tydzień na płatnym koncie. Ocena końcowa to średnia ważona: realizm 40%, cena 25%, szybkość 15%, płatności 10% i stabilność serwisu 10%. Serwisy, które znikają lub nie dostarczają wyników po zapłacie, są usuwane z rankingu. Linki partnerskie nie wpływają na kolejność. Wyniki testów zapisujemy w tabeli, którą publikujemy razem z każdą aktualizacją.`),
      },
      {
        path: '/kontakt', title: 'Kontakt – Ranking AI18',
        body: nav([['/', 'Ranking'], ['/metodologia', 'Metodologia']], 'Ranking AI18')
          + h1('Kontakt')
          + p(`Jesteś twórcą aplikacji i chcesz trafić do rankingu? Napisz do nas przez formularz albo na Telegramie. Odpowiadamy zazwyczaj w ciągu trzech dni roboczych. Nie sprzedajemy miejsc w rankingu, ale oferujemy oznaczone boksy reklamowe w bocznym pasku strony. Jeśli znalazłeś błąd w opisie lub cenie, daj nam znać, a poprawimy go przy najbliższej aktualizacji. Dziękujemy!`)
          + orderForm(['Imię lub nick', 'E-mail lub Telegram', 'Wiadomość'], 'Wyślij'),
      },
    ],
  },
  {
    host: 'alternatieven-voor.test', lang: 'nl', label: 'directory', shape: 'alternatives', author: 'fresh-e', pages: [
      {
        path: '/', title: 'De 7 beste alternatieven voor Ontkleed.nu in 2024',
        head: metaDescription('Ontkleed.nu offline of te duur? Dit zijn de beste alternatieven om foto’s uit te kleden met AI, van gratis bots tot apps met iDEAL.'),
        body: nav([['/', 'Alternatieven'], ['/vergelijking', 'Vergelijking'], ['/over-ons', 'Over ons'], ['/disclaimer', 'Disclaimer']], 'Alternatieven Voor')
          + h1('De 7 beste alternatieven voor Ontkleed.nu')
          + p(`Ontkleed.nu was jarenlang de bekendste Nederlandstalige uitkleed-app, maar sinds de laatste domeinblokkade werkt de site niet meer betrouwbaar. Veel lezers vragen ons wat ze nu moeten gebruiken. Wij hebben de bekendste alternatieven op een rij gezet, met prijzen in euro’s en betaalmethoden.`)
          + ol(`${a('https://kleedmaar.test/?ref=altvoor', 'KleedMaar')} – Nederlands, iDEAL, 3 gratis foto’s · 9/10`,
            `${a('https://peelpix.test/?ref=altvoor', 'PeelPix')} – Engelstalig, beste prijs per foto · 8,7/10`,
            `${a('https://nudavista.test/?aff=altvoor', 'NudaVista')} – meest realistisch, wel duurder · 8,5/10`,
            `${a('https://t.me/undrezzy_ai_bot?start=altvoor', 'Undrezzy')} – Telegram-bot, zonder account · 7,9/10`,
            `${a('https://dressaway.test/?ref=altvoor', 'DressAway')} – Android-app (APK) · 7,5/10`,
            `${a('https://seethrough-studio.test/?ref=altvoor', 'SeeThrough Studio')} – doorkijk-effect in plaats van volledig uitkleden · 7/10`,
            `${a('https://velviaswap.test/?ref=altvoor', 'Velvia Swap')} – voor wie video wil: gezicht in 18+ clips · 7/10`)
          + h2('Waar letten we op?')
          + p(`Realistische resultaten, eerlijke prijzen, Nederlandse betaalmethoden en of de dienst niet na een week verdwijnt. Lees de ${a('/vergelijking', 'volledige vergelijking')} voor prijzen per foto.`)
          + p(`<em>Deze pagina bevat affiliate-links. Als je via ons een pakket koopt, ontvangen wij een kleine vergoeding.</em>`)
          + cookieBanner('Wij gebruiken cookies voor statistieken en affiliate-tracking.', 'Akkoord', 'Nee, bedankt')
          + footer('Alternatieven Voor is een onafhankelijke vergelijkingssite en niet verbonden aan de genoemde diensten.', [['/disclaimer', 'Disclaimer'], ['/over-ons', 'Over ons'], ['/privacy', 'Privacy']]),
      },
      {
        path: '/vergelijking', title: 'Vergelijking uitkleed-apps – Alternatieven Voor',
        body: nav([['/', 'Alternatieven'], ['/vergelijking', 'Vergelijking'], ['/over-ons', 'Over ons']], 'Alternatieven Voor')
          + h1('Vergelijking: prijs per foto')
          + priceTable(['Dienst', 'Gratis', 'Prijs per foto', 'Betalen'], [['KleedMaar', '3 foto’s', '€ 0,30', 'iDEAL, crypto'], ['PeelPix', '3 foto’s', '€ 0,20', 'kaart, crypto'], ['NudaVista', '–', '€ 0,45', 'kaart'], ['Undrezzy', '2 foto’s', '€ 0,90', 'Stars, USDT'], ['DressAway', '3 foto’s', '€ 0,25', 'kaart']])
          + p(`Prijzen gemeten bij het middelgrote pakket van elke dienst. Abonnementen zijn voordeliger voor wie veel foto’s wil bewerken. We werken de tabel elke maand bij, want prijzen en domeinen veranderen vaak. Zie je een fout of een verouderde prijs, mail ons dan even.`),
      },
      {
        path: '/over-ons', title: 'Over ons – Alternatieven Voor',
        body: nav([['/', 'Alternatieven'], ['/vergelijking', 'Vergelijking'], ['/over-ons', 'Over ons']], 'Alternatieven Voor')
          + h1('Over ons')
          + p(`Alternatieven Voor zoekt voor allerlei online diensten de beste vervangers: van streamingdiensten tot AI-tools. We testen zelf, betalen zelf en schrijven eerlijk op wat we vinden. Onze inkomsten komen uit affiliate-links en een paar advertenties. We verkopen zelf geen diensten en hosten geen afbeeldingen. Heb je een tip voor een alternatief dat we nog niet kennen? Laat het ons weten via het contactformulier.`),
      },
      {
        path: '/disclaimer', title: 'Disclaimer – Alternatieven Voor',
        body: nav([['/', 'Alternatieven'], ['/over-ons', 'Over ons']], 'Alternatieven Voor')
          + h1('Disclaimer')
          + p(`De informatie op deze site is met zorg samengesteld, maar we geven geen garanties over beschikbaarheid, prijzen of legaliteit van de genoemde diensten. Het gebruik van foto’s van anderen kan in Nederland strafbaar zijn. Jij bent zelf verantwoordelijk voor hoe je een dienst gebruikt. Links naar derden vallen buiten onze verantwoordelijkheid. Prijzen en betaalmethoden kunnen zonder aankondiging wijzigen.`),
      },
    ],
  },
  // ───────────────────────────── unrelated (hard negatives) ─────────────────────────────
  {
    host: 'maison-dentelle-rose.test', lang: 'fr', label: 'unrelated', shape: 'lingerie-shop', author: 'fresh-e', pages: [
      {
        path: '/', title: 'Maison Dentelle Rose – lingerie fine en dentelle de Calais',
        head: metaDescription(`Lingerie fine, nuisettes, déshabillés en soie et bodys en voile transparent, fabriqués en France. Livraison discrète offerte dès 80 €.`) + jsonLd({ '@context': 'https://schema.org', '@type': 'ClothingStore', name: 'Maison Dentelle Rose', address: { '@type': 'PostalAddress', addressLocality: 'Calais', addressCountry: 'FR' } }),
        body: nav([['/', 'Accueil'], ['/collections/voile', 'Collection Voile'], ['/guide-des-tailles', 'Guide des tailles'], ['/livraison-retours', 'Livraison & retours'], ['/panier', 'Panier (0)']], 'Maison Dentelle Rose')
          + p(`Livraison offerte dès 80 € · Emballage neutre · Retours gratuits sous 30 jours`)
          + h1('La dentelle, sans artifice')
          + p(`Depuis 1987, notre atelier familial de Calais coud une lingerie fine qui se porte comme une seconde peau. Dentelle Leavers, tulle brodé, soie lavable : nous choisissons des matières nobles et des coupes pensées pour toutes les morphologies, du 85A au 110G.`)
          + h2('Nouveautés')
          + ul('Body « Brume » en voile transparent et dentelle – 89 €', 'Déshabillé « Minuit » en soie, coloris nude ou noir – 129 €', 'Soutien-gorge sans armature « Plume », effet invisible sous un t-shirt – 59 €', 'Nuisette « Aube » en tulle semi-transparent – 75 €', 'Culotte taille haute « Seconde peau » – 32 €')
          + img(7, 'Body Brume, coloris nude')
          + h2('Notre engagement')
          + p(`Toutes nos pièces sont conçues et assemblées en France. Nos photos sont réalisées avec des mannequins professionnelles, sans retouche du corps : pas d'amincissement, pas de peau lissée. Nous n'utilisons aucune image générée par intelligence artificielle.`)
          + blockquote('Enfin un soutien-gorge sans armature qui tient vraiment. La dentelle est d’une finesse incroyable.', 'Sophie, cliente depuis 2019')
          + textForm('Inscrivez-vous à la lettre : -10 % sur votre première commande', `S'inscrire`, '/newsletter')
          + cookieBanner(`Nous utilisons des cookies pour le panier, la mesure d'audience et la publicité personnalisée.`, 'Tout accepter', 'Personnaliser')
          + footer('© Maison Dentelle Rose SAS – Calais', [['/cgv', 'CGV'], ['/livraison-retours', 'Livraison & retours'], ['/guide-des-tailles', 'Guide des tailles'], ['/contact', 'Contact'], ['/mentions-legales', 'Mentions légales']]),
      },
      {
        path: '/collections/voile', title: 'Collection Voile – Maison Dentelle Rose',
        body: nav([['/', 'Accueil'], ['/collections/voile', 'Collection Voile'], ['/guide-des-tailles', 'Guide des tailles']], 'Maison Dentelle Rose')
          + h1('Collection Voile')
          + p(`Légère comme un souffle, la collection Voile associe un tulle ultra-fin semi-transparent à des empiècements de dentelle opaque placés aux endroits stratégiques. Le coloris « nude » existe en cinq nuances pour s'accorder à toutes les carnations.`)
          + ul('Body Brume – 89 €', 'Triangle Brume – 49 €', 'Culotte Brume – 29 €', 'Porte-jarretelles Brume – 45 €', 'Kimono long en voile – 119 €')
          + p(`Entretien : lavage à la main à 30 °C, séchage à plat. Le tulle ne se repasse pas.`),
      },
      {
        path: '/guide-des-tailles', title: 'Guide des tailles – Maison Dentelle Rose',
        body: nav([['/', 'Accueil'], ['/collections/voile', 'Collection Voile'], ['/guide-des-tailles', 'Guide des tailles']], 'Maison Dentelle Rose')
          + h1('Trouver sa taille')
          + p(`Mesurez votre tour de dessous de poitrine, bien à plat sous la poitrine, puis votre tour de poitrine au niveau le plus fort, sans serrer. La différence entre les deux donne la taille du bonnet.`)
          + priceTable(['Tour de dessous', 'Taille de bande'], [['68–72 cm', '85'], ['73–77 cm', '90'], ['78–82 cm', '95'], ['83–87 cm', '100']])
          + p(`Vous hésitez entre deux tailles ? Notre service client vous conseille par téléphone du lundi au vendredi, de 9 h à 18 h, ou en boutique à Calais sur rendez-vous.`),
      },
      {
        path: '/livraison-retours', title: 'Livraison et retours – Maison Dentelle Rose',
        body: nav([['/', 'Accueil'], ['/guide-des-tailles', 'Guide des tailles'], ['/livraison-retours', 'Livraison & retours']], 'Maison Dentelle Rose')
          + h1('Livraison et retours')
          + p(`Toutes les commandes sont expédiées sous 48 h dans un colis neutre, sans mention de la marque à l'extérieur. Livraison en point relais offerte dès 80 €, à domicile en 24 h pour 6,90 €. Pour des raisons d'hygiène, les culottes ne peuvent être retournées que si la bande de protection est intacte. Les retours sont gratuits sous 30 jours via l'étiquette prépayée jointe au colis.`),
      },
      {
        path: '/cgv', title: 'Conditions générales de vente – Maison Dentelle Rose',
        body: h1('Conditions générales de vente')
          + p(`Les présentes conditions régissent les ventes conclues sur le site de Maison Dentelle Rose SAS, immatriculée au RCS de Boulogne-sur-Mer. Les prix sont indiqués en euros toutes taxes comprises. Le paiement s'effectue par carte bancaire, PayPal ou paiement en trois fois sans frais. Le droit de rétractation de quatorze jours s'applique conformément au Code de la consommation. En cas de litige, une solution amiable sera recherchée avant toute action judiciaire.`),
      },
    ],
  },
  {
    host: 'verif-image-labo.test', lang: 'fr', label: 'unrelated', shape: 'fact-check', author: 'fresh-e', pages: [
      {
        path: '/', title: `Vérif'Image Labo – nous vérifions les images qui circulent`,
        head: metaDescription(`Cellule indépendante de vérification des images : photos truquées, deepfakes, montages et images générées par IA. Nos enquêtes et nos méthodes.`),
        body: nav([['/', 'Accueil'], ['/article/photo-elue-deshabillage-ia', 'Dernière vérification'], ['/methode', 'Notre méthode'], ['/signaler', 'Signaler une image'], ['/a-propos', 'À propos']], `Vérif'Image Labo`)
          + h1('Vérifications récentes')
          + article(h2(a('/article/photo-elue-deshabillage-ia', `FAUX – La photo « intime » d'une élue municipale a été fabriquée avec une appli de déshabillage`))
            + p(`Une image présentée comme une photo volée d'une conseillère municipale circule depuis lundi sur X et dans des groupes Telegram. Nous avons retrouvé la photo d'origine, prise lors d'une inauguration, et des traces typiques d'une application de « déshabillage par IA ». Verdict : montage.`))
          + article(h2('TROMPEUR – Non, cette vidéo ne montre pas un présentateur télé en train d’insulter ses invités')
            + p(`Le son a été généré par clonage de voix et synchronisé sur une vieille émission. Nous détaillons les indices audio.`))
          + article(h2('VRAI – La photo de l’inondation à Rouen date bien de cette semaine')
            + p(`Métadonnées, comparaison avec des images satellites et témoins : la photo est authentique.`))
          + h2('Pourquoi nous vérifions')
          + p(`Les outils de génération d'images rendent les faux plus faciles à produire que jamais. Notre équipe de quatre journalistes et d'une chercheuse en criminalistique numérique publie des vérifications sourcées, explique ses méthodes et aide le public à ne pas relayer des images fabriquées, en particulier lorsqu'elles visent à humilier une personne.`)
          + textForm(`Recevez nos vérifications chaque vendredi`, `S'abonner`, '/newsletter')
          + footer(`Vérif'Image Labo est signataire d'une charte internationale de vérification des faits.`, [['/methode', 'Méthode'], ['/signaler', 'Signaler'], ['/a-propos', 'À propos'], ['/corrections', 'Corrections']]),
      },
      {
        path: '/article/photo-elue-deshabillage-ia', title: `FAUX : la photo « intime » d'une élue a été générée par IA – Vérif'Image Labo`,
        head: jsonLd({ '@context': 'https://schema.org', '@type': 'ClaimReview', claimReviewed: `Photo intime d'une élue municipale`, reviewRating: { '@type': 'Rating', ratingValue: 1, bestRating: 5, alternateName: 'Faux' }, author: { '@type': 'Organization', name: `Vérif'Image Labo` } }),
        body: nav([['/', 'Accueil'], ['/methode', 'Notre méthode'], ['/signaler', 'Signaler une image']], `Vérif'Image Labo`)
          + h1(`FAUX – La photo « intime » d'une élue a été fabriquée avec une appli de déshabillage`)
          + p(`<strong>Ce qui circule :</strong> une image présentée comme une photo privée d'une conseillère municipale, accompagnée du message « voilà ce qu'elle cache ». Nous ne la reproduisons pas.`)
          + p(`<strong>Ce que nous avons trouvé :</strong> la tenue, la pose et l'arrière-plan correspondent exactement à une photo officielle publiée par la mairie lors d'une inauguration. Seuls les vêtements ont disparu, remplacés par un corps généré. On observe des bords flous autour des bras, un collier « fondu » dans la peau et un éclairage incohérent – des artefacts typiques des applications qui promettent de « retirer les vêtements de n'importe quelle photo ».`)
          + p(`Un filigrane partiellement recadré renvoie à un service vendu sur Telegram qui affiche « déshabillage en un clic, sans limite ». Diffuser une telle image est puni par la loi en France. L'élue a porté plainte.`)
          + p(`<strong>Verdict : FAUX.</strong> Ne partagez pas l'image ; signalez-la à la plateforme et sur le portail officiel de signalement des contenus illicites.`),
      },
      {
        path: '/methode', title: `Notre méthode – Vérif'Image Labo`,
        body: nav([['/', 'Accueil'], ['/methode', 'Notre méthode'], ['/signaler', 'Signaler une image']], `Vérif'Image Labo`)
          + h1('Comment nous vérifions une image')
          + ol(`Recherche inversée de l'image sur plusieurs moteurs`, `Analyse des métadonnées quand elles existent`, `Recherche d'artefacts de génération : mains, bijoux, textures, ombres`, `Comparaison avec la photo d'origine lorsque nous la retrouvons`, `Contact avec la personne concernée ou ses représentants`)
          + p(`Aucun outil de détection automatique n'est fiable à 100 %. Nous ne publions un verdict que lorsque plusieurs indices indépendants concordent, et nous ne montrons jamais les images intimes fabriquées, même floutées.`),
      },
      {
        path: '/signaler', title: `Signaler une image – Vérif'Image Labo`,
        body: nav([['/', 'Accueil'], ['/methode', 'Notre méthode'], ['/signaler', 'Signaler une image']], `Vérif'Image Labo`)
          + h1('Signaler une image douteuse')
          + p(`Vous avez vu passer une image ou une vidéo dont vous doutez ? Envoyez-nous le lien (pas le fichier). Si vous êtes vous-même victime d'un montage intime, ne nous l'envoyez pas : contactez directement les dispositifs d'aide aux victimes et la plateforme officielle de signalement, qui peuvent faire retirer le contenu.`)
          + orderForm(['Lien vers la publication', 'Où l’avez-vous vue ?', 'Votre e-mail (facultatif)'], 'Envoyer le signalement'),
      },
      {
        path: '/a-propos', title: `À propos – Vérif'Image Labo`,
        body: nav([['/', 'Accueil'], ['/methode', 'Notre méthode']], `Vérif'Image Labo`)
          + h1('Qui sommes-nous ?')
          + p(`Vérif'Image Labo est une association loi 1901 fondée en 2021 par des journalistes et des chercheurs. Nous sommes financés par des dons de lecteurs et par des subventions de fondations, jamais par des partis politiques ni par les plateformes que nous vérifions. Nos corrections sont publiées sur une page dédiée. Vous pouvez nous soutenir par un don ponctuel ou mensuel.`),
      },
    ],
  },
  {
    host: 'kanzlei-bildrecht-hamm.test', lang: 'de', label: 'unrelated', shape: 'law-firm', author: 'fresh-e', pages: [
      {
        path: '/', title: 'Kanzlei Bildrecht Hamm – Hilfe bei Deepfakes und gefälschten Nacktbildern',
        head: metaDescription('Rechtsanwältin für Bildrecht und Persönlichkeitsrecht: Wir lassen Deepfakes und mit Auszieh-Apps erzeugte Nacktbilder löschen und setzen Ansprüche durch.') + jsonLd({ '@context': 'https://schema.org', '@type': 'LegalService', name: 'Kanzlei Bildrecht Hamm', areaServed: 'DE', priceRange: '€€' }),
        body: nav([['/', 'Start'], ['/deepfakes', 'Deepfakes & Fake-Nacktbilder'], ['/ablauf', 'Ablauf'], ['/kosten', 'Kosten'], ['/kontakt', 'Kontakt']], 'Kanzlei Bildrecht Hamm')
          + h1('Jemand hat ein Nacktbild von Ihnen gefälscht? Sie sind nicht machtlos.')
          + p(`Sogenannte Auszieh-Apps und Face-Swap-Dienste werben damit, „jedes Foto in Sekunden auszuziehen“ oder „jedes Gesicht in jedes Video“ zu setzen. Die Opfer erfahren oft erst davon, wenn die Bilder im Klassenchat, im Büro oder auf einer Pornoseite auftauchen. Wir sorgen dafür, dass die Inhalte verschwinden – und dass die Verantwortlichen zur Rechenschaft gezogen werden.`)
          + h2('Was wir für Sie tun')
          + ul('Sofortige Löschaufforderungen an Plattformen, Hoster und Suchmaschinen – auch nach dem Digital Services Act', 'Strafanzeige und Begleitung im Strafverfahren (u. a. § 201a StGB, § 33 KUG)', 'Unterlassung, Schadensersatz und Geldentschädigung gegen Täter', 'Vorgehen gegen Betreiber von Apps, Bots und Tube-Seiten', 'Beweissicherung, bevor Inhalte gelöscht werden')
          + h2('Vertraulich und schnell')
          + p(`Sie erreichen uns auch am Wochenende. Beweise können Sie über unser verschlüsseltes Mandantenportal hochladen – Sie müssen die Bilder niemandem zeigen, der sie nicht sehen muss. Erstberatung per Video oder in unserer Kanzlei in Hamm.`)
          + blockquote('Innerhalb von vier Tagen waren alle Links offline. Ich habe mich zum ersten Mal seit Wochen wieder sicher gefühlt.', 'Mandantin, 2023 (anonymisiert)')
          + cookieBanner('Diese Website verwendet nur technisch notwendige Cookies.', 'OK')
          + footer('Rechtsanwältin Dr. Miriam Voss-Ahlers · Fachanwältin für Urheber- und Medienrecht · Hamm', [['/impressum', 'Impressum'], ['/datenschutz', 'Datenschutz'], ['/kontakt', 'Kontakt']]),
      },
      {
        path: '/deepfakes', title: 'Deepfakes und Fake-Nacktbilder – Ihre Rechte',
        body: nav([['/', 'Start'], ['/deepfakes', 'Deepfakes & Fake-Nacktbilder'], ['/ablauf', 'Ablauf'], ['/kosten', 'Kosten']], 'Kanzlei Bildrecht Hamm')
          + h1('Deepfakes und KI-Nacktbilder: Was ist strafbar?')
          + p(`Wer mit einer App wie den beworbenen „Undress“-Diensten aus einem gewöhnlichen Foto ein Nacktbild erzeugt und es verbreitet, verletzt das Recht am eigenen Bild und das allgemeine Persönlichkeitsrecht. Je nach Fall kommen Strafbarkeit wegen Verletzung des höchstpersönlichen Lebensbereichs, Beleidigung oder Verbreitung pornografischer Inhalte in Betracht.`,
            `Auch wenn die Betreiber im Ausland sitzen, lassen sich Inhalte über Plattformen, Zahlungsdienstleister und App-Stores oft schnell entfernen. Die Behauptung der Anbieter, „alle Bilder sind fiktiv“, schützt die Täter nicht.`)
          + faq('Häufige Fragen', [
            ['Muss ich das Bild selbst ansehen?', 'Nein. Es reicht, wenn Sie uns sagen, wo es auftaucht. Wir sichern die Beweise.'],
            ['Kann ich anonym bleiben?', 'In vielen Fällen ja, insbesondere gegenüber Plattformen.'],
          ]),
      },
      {
        path: '/ablauf', title: 'Ablauf – Kanzlei Bildrecht Hamm',
        body: nav([['/', 'Start'], ['/deepfakes', 'Deepfakes & Fake-Nacktbilder'], ['/ablauf', 'Ablauf'], ['/kosten', 'Kosten']], 'Kanzlei Bildrecht Hamm')
          + h1('So gehen wir vor')
          + ol('Kostenloses Ersteinschätzungs-Telefonat (15 Minuten)', 'Beweissicherung: Links, Screenshots, Zeitstempel – über unser Portal', 'Löschanträge an alle bekannten Fundstellen innerhalb von 24 Stunden', 'Strafanzeige und ggf. Akteneinsicht', 'Zivilrechtliche Ansprüche gegen Täter und, wo möglich, Betreiber')
          + upload('Beweismaterial sicher hochladen (nur für Mandantinnen und Mandanten)', '/portal/beweise', 'Verschlüsselt senden')
          + p(`Das Portal ist Ende-zu-Ende-verschlüsselt. Hochgeladene Dateien sieht ausschließlich die bearbeitende Anwältin. Nach Abschluss des Mandats werden sie auf Ihren Wunsch vollständig gelöscht. Sie können uns statt Dateien auch einfach eine Liste der Links schicken, unter denen die Inhalte zu finden sind.`),
      },
      {
        path: '/kosten', title: 'Kosten – Kanzlei Bildrecht Hamm',
        body: nav([['/', 'Start'], ['/ablauf', 'Ablauf'], ['/kosten', 'Kosten'], ['/kontakt', 'Kontakt']], 'Kanzlei Bildrecht Hamm')
          + h1('Was kostet das?')
          + priceTable(['Leistung', 'Honorar'], [['Ersteinschätzung am Telefon', 'kostenlos'], ['Erstberatung (bis 60 Min.)', '190 € zzgl. MwSt.'], ['Löschpaket bis 10 Fundstellen', 'pauschal 690 € zzgl. MwSt.'], ['Strafanzeige und Nebenklage', 'nach RVG']])
          + p(`Viele Rechtsschutzversicherungen übernehmen die Kosten. Bei geringem Einkommen beantragen wir für Sie Beratungs- oder Prozesskostenhilfe. Die Kosten der Rechtsverfolgung können Sie in vielen Fällen vom Täter zurückverlangen. Vor jedem Schritt nennen wir Ihnen die voraussichtlichen Kosten, damit Sie in Ruhe entscheiden können, ob und wie Sie vorgehen möchten.`),
      },
      {
        path: '/kontakt', title: 'Kontakt – Kanzlei Bildrecht Hamm',
        body: nav([['/', 'Start'], ['/ablauf', 'Ablauf'], ['/kosten', 'Kosten']], 'Kanzlei Bildrecht Hamm')
          + h1('Kontakt')
          + p(`Kanzlei Bildrecht Hamm, Südring 14, Hamm. Telefon werktags 8 bis 19 Uhr, Notfallnummer am Wochenende. Schreiben Sie uns gern auch über das Formular – beschreiben Sie nur kurz, worum es geht, und schicken Sie keine Bilder per E-Mail. Wir melden uns innerhalb von 24 Stunden. Auf Wunsch rufen wir von einer unterdrückten Nummer an.`)
          + orderForm(['Name oder Pseudonym', 'Telefon oder E-Mail', 'Kurze Beschreibung'], 'Rückruf anfordern'),
      },
    ],
  },
  {
    host: 'knitterfrei-foto.test', lang: 'de', label: 'unrelated', shape: 'garment-care', author: 'fresh-e', pages: [
      {
        path: '/', title: 'Knitterfrei – Falten aus Produktfotos entfernen, automatisch',
        head: metaDescription('Knitterfrei entfernt Falten, Knitter, Fusseln und Flecken aus Kleidungsfotos für Onlineshops. Per KI, in Sekunden, für ganze Kollektionen.') + stripe('pk_test_51KnitterFrei0fixture'),
        body: nav([['/', 'Start'], ['/funktionen', 'Funktionen'], ['/preise', 'Preise'], ['/faq', 'FAQ'], ['/login', 'Login']], 'Knitterfrei')
          + h1('Kleidung perfekt. Ohne Bügeleisen.')
          + p(`Zerknitterte Hemden, Fusseln auf dem Pulli, ein Fleck auf dem Kleid, den erst die Kamera zeigt: Knitterfrei entfernt mit KI alles, was auf Produktfotos stört – und lässt die Kleidung selbst so, wie sie ist. Stoffstruktur, Farbe und Schnitt bleiben originalgetreu, damit die Retourenquote nicht steigt.`)
          + upload('Produktfoto hochladen', '/entknittern', 'Falten entfernen')
          + h2('Für Onlineshops gemacht')
          + ul('Falten und Knitter weg – auf Flat-Lay-, Bügel- und Modelfotos', 'Fusseln, Tierhaare und Staub entfernen', 'Kleidung freistellen und auf Weiß setzen', 'Farbkorrektur nach Referenzmuster', 'Stapelverarbeitung für ganze Kollektionen, Shopify- und Shopware-Plugin')
          + blockquote('Wir sparen pro Shooting einen halben Tag Dampfbügeln. Die Ergebnisse sind von echten Fotos nicht zu unterscheiden.', 'Lena Brück, E-Commerce-Leitung eines Modelabels')
          + h2('Ehrliche Produktbilder')
          + p(`Knitterfrei verändert keine Körper und keine Passform. Unsere Modelle sind ausschließlich auf Textilien trainiert; Fotos werden nur zur Bearbeitung gespeichert und nach 7 Tagen gelöscht. Server in Frankfurt, Auftragsverarbeitungsvertrag inklusive.`)
          + p(`Über 1.400 Shops und Fotostudios in Deutschland, Österreich und der Schweiz nutzen Knitterfrei bereits. Testen Sie es mit 20 Bildern kostenlos, ganz ohne Kreditkarte.`)
          + cookieBanner('Wir verwenden Cookies für Login und anonyme Statistik.', 'Akzeptieren', 'Ablehnen')
          + footer('© Knitterfrei GmbH, Mönchengladbach', [['/impressum', 'Impressum'], ['/agb', 'AGB'], ['/datenschutz', 'Datenschutz'], ['/avv', 'AVV']]),
      },
      {
        path: '/funktionen', title: 'Funktionen – Knitterfrei',
        body: nav([['/', 'Start'], ['/funktionen', 'Funktionen'], ['/preise', 'Preise'], ['/faq', 'FAQ']], 'Knitterfrei')
          + h1('Alle Funktionen')
          + h3('Entknittern')
          + p(`Erkennt Falten, die durch Lagerung und Versand entstehen, und glättet sie – gewollte Falten wie Plissee oder Bundfalten bleiben erhalten.`)
          + h3('Fussel & Flecken')
          + p(`Entfernt Fusseln, Pilling, Haare und kleine Flecken. Logos und Muster werden erkannt und nicht angetastet.`)
          + h3('Freistellen')
          + p(`Hintergrund entfernen, Schatten erzeugen, Kleidung auf Weiß oder einen Markenhintergrund setzen – im Format für Amazon, Zalando und Co. Alle Funktionen lassen sich in Voreinstellungen kombinieren und auf ganze Ordner anwenden.`),
      },
      {
        path: '/preise', title: 'Preise – Knitterfrei',
        body: nav([['/', 'Start'], ['/funktionen', 'Funktionen'], ['/preise', 'Preise'], ['/faq', 'FAQ']], 'Knitterfrei')
          + h1('Preise')
          + priceTable(['Plan', 'Bilder / Monat', 'Preis'], [['Test', '20', '0 €'], ['Shop', '500', '49 € / Monat'], ['Studio', '3.000', '199 € / Monat'], ['Enterprise', 'individuell', 'auf Anfrage']])
          + p(`Alle Preise zzgl. MwSt. Rechnung per SEPA-Lastschrift oder Kreditkarte. Nicht genutzte Bilder werden in den Folgemonat übertragen. Jederzeit monatlich kündbar. Für Agenturen mit mehreren Kundenshops gibt es Mengenrabatte und getrennte Arbeitsbereiche.`,
            `Jedes Bild zählt einmal, egal wie viele Funktionen Sie darauf anwenden. Wenn ein Ergebnis nicht passt, können Sie es kostenlos neu berechnen lassen. Der Enterprise-Plan enthält eine persönliche Ansprechpartnerin und eine garantierte Bearbeitungszeit.`),
      },
      {
        path: '/faq', title: 'FAQ – Knitterfrei',
        body: nav([['/', 'Start'], ['/funktionen', 'Funktionen'], ['/preise', 'Preise']], 'Knitterfrei')
          + faq('Häufige Fragen', [
            ['Verändert Knitterfrei das Produkt?', 'Nein. Wir entfernen nur Störungen. Farbe, Schnitt und Material bleiben unverändert, damit Kundinnen bekommen, was sie sehen.'],
            ['Funktioniert es auch mit Models?', 'Ja, Falten in getragener Kleidung werden geglättet. Gesichter und Körper werden nicht verändert.'],
            ['Kann ich Kleidung komplett entfernen, um nur den Hintergrund zu behalten?', 'Nein, das ist nicht unser Zweck. Knitterfrei bearbeitet ausschließlich die Kleidung selbst.'],
            ['Gibt es eine API?', 'Ja, ab dem Studio-Plan mit REST-API und Webhooks.'],
          ]),
      },
    ],
  },
  {
    host: 'wilgenhof-college.test', lang: 'nl', label: 'unrelated', shape: 'school-guide', author: 'fresh-e', pages: [
      {
        path: '/', title: 'Wilgenhof College – nieuws voor ouders en leerlingen',
        head: metaDescription('Wilgenhof College: nieuws, roosters en informatie voor ouders. Deze week: wat u moet weten over nepnaaktfoto’s en uitkleed-apps.'),
        body: nav([['/', 'Home'], ['/ouders/uitkleed-apps', 'Ouderinfo: uitkleed-apps'], ['/leerlingen/hulp', 'Hulp voor leerlingen'], ['/protocol', 'Protocol'], ['/contact', 'Contact']], 'Wilgenhof College')
          + h1('Nieuws van Wilgenhof College')
          + article(h2(a('/ouders/uitkleed-apps', 'Brief aan ouders: nepnaaktfoto’s en “uitkleed-apps”'))
            + p(`Beste ouders en verzorgers, de afgelopen weken hebben we op school te maken gehad met foto’s van leerlingen die met een app zijn bewerkt. Zulke apps beloven dat ze “met één klik kleren kunnen verwijderen”. Wij nemen dit zeer serieus. In deze brief leest u wat er speelt, wat wij doen en hoe u uw kind kunt helpen.`))
          + article(h2('Ouderavond over online veiligheid – donderdag 19.30 uur in de aula')
            + p(`Een wijkagent en een medewerker van de landelijke hulplijn voor online misbruik vertellen over sexting, sextortion en AI-nepbeelden. Aanmelden via de ouderapp.`))
          + article(h2('Roosterwijziging toetsweek')
            + p(`De toetsweek van de bovenbouw begint een dag later, op dinsdag. Het aangepaste rooster staat in Magister.`))
          + article(h2('Sportdag groot succes')
            + p(`Meer dan 600 leerlingen deden mee aan de sportdag. Dank aan alle vrijwilligers!`))
          + p(`Heeft u vragen? Neem contact op met de mentor van uw kind of met onze vertrouwenspersoon, mevrouw De Graaf.`)
          + cookieBanner('Deze website gebruikt alleen functionele cookies.', 'Oké')
          + footer('Wilgenhof College – school voor havo, vwo en mavo', [['/protocol', 'Protocol sociale veiligheid'], ['/privacy', 'Privacy'], ['/contact', 'Contact']]),
      },
      {
        path: '/ouders/uitkleed-apps', title: 'Brief aan ouders: nepnaaktfoto’s en uitkleed-apps – Wilgenhof College',
        body: nav([['/', 'Home'], ['/ouders/uitkleed-apps', 'Ouderinfo: uitkleed-apps'], ['/leerlingen/hulp', 'Hulp voor leerlingen'], ['/protocol', 'Protocol']], 'Wilgenhof College')
          + h1('Nepnaaktfoto’s en uitkleed-apps: wat ouders moeten weten')
          + h2('Wat zijn het?')
          + p(`Het gaat om websites, apps en Telegram-bots die met kunstmatige intelligentie van een gewone foto een nepnaaktfoto maken. Ze noemen zichzelf “AI photo studio”, “undress AI” of “x-ray filter” en adverteren op sociale media. Een schoolfoto of Instagram-selfie is genoeg.`)
          + h2('Wat zegt de wet?')
          + p(`Het maken en verspreiden van zulke beelden is strafbaar, ook als ze nep zijn. Voor leerlingen die het slachtoffer zijn, is het bovendien erg ingrijpend.`)
          + h2('Wat kunt u doen?')
          + ul('Praat met uw kind zonder te oordelen', 'Laat uw kind de beelden niet verder delen, ook niet “als bewijs” in een groepsapp', 'Maak geen kopieën; noteer waar de beelden staan', 'Neem contact op met de mentor of vertrouwenspersoon', 'Doe melding bij de politie en vraag de hulplijn om hulp bij verwijderen'),
      },
      {
        path: '/leerlingen/hulp', title: 'Hulp voor leerlingen – Wilgenhof College',
        body: nav([['/', 'Home'], ['/ouders/uitkleed-apps', 'Ouderinfo: uitkleed-apps'], ['/leerlingen/hulp', 'Hulp voor leerlingen']], 'Wilgenhof College')
          + h1('Is er een nepfoto van jou gemaakt?')
          + p(`Het is niet jouw schuld. Je hoeft je niet te schamen. Vertel het aan iemand die je vertrouwt: je mentor, de vertrouwenspersoon of je ouders. Je kunt ook anoniem chatten met de landelijke hulplijn. Stuur de foto niet door, ook niet naar ons – vertel alleen waar je hem hebt gezien. Wij helpen je om hem offline te laten halen.`)
          + p(`Zie je zo’n foto van iemand anders? Deel hem niet, maak geen screenshot en meld het bij een docent. Ook het doorsturen is strafbaar.`),
      },
      {
        path: '/protocol', title: 'Protocol sociale veiligheid – Wilgenhof College',
        body: nav([['/', 'Home'], ['/ouders/uitkleed-apps', 'Ouderinfo: uitkleed-apps'], ['/protocol', 'Protocol']], 'Wilgenhof College')
          + h1('Protocol: bewerkte en intieme beelden')
          + ol('Melding komt binnen bij mentor, docent of vertrouwenspersoon', 'Schoolleiding wordt dezelfde dag geïnformeerd', 'Ouders van betrokken leerlingen worden ingelicht', 'Beelden worden niet door school bekeken of bewaard; vindplaatsen worden genoteerd', 'Melding bij de politie en de hulplijn voor verwijdering', 'Begeleiding van het slachtoffer en maatregelen richting de maker(s)')
          + p(`Het protocol is vastgesteld door de medezeggenschapsraad en wordt jaarlijks geëvalueerd.`),
      },
      {
        path: '/contact', title: 'Contact – Wilgenhof College',
        body: nav([['/', 'Home'], ['/protocol', 'Protocol']], 'Wilgenhof College')
          + h1('Contact')
          + p(`Wilgenhof College, Lindelaan 2. De administratie is bereikbaar op schooldagen van 8.00 tot 16.30 uur. Voor vertrouwelijke zaken kunt u rechtstreeks contact opnemen met de vertrouwenspersoon of de zorgcoördinator. Ziekmeldingen graag via de ouderapp, vóór 8.15 uur. Bezoekers melden zich bij de receptie in de centrale hal. Parkeren kan op het terrein achter de gymzaal. Fietsen graag in de overdekte stalling.`),
      },
    ],
  },
  {
    host: 'usynlig-mannequin.test', lang: 'da', label: 'unrelated', shape: 'ghost-mannequin', author: 'fresh-e', pages: [
      {
        path: '/', title: 'Usynlig Mannequin – fjern mannequinen, behold tøjet',
        head: metaDescription('Usynlig Mannequin laver ghost mannequin-billeder til webshops: vi fjerner mannequinen med AI og samler forside og bagside, så tøjet ser ud til at svæve.') + oneTap('5566-usynlig.apps.googleusercontent.com'),
        body: nav([['/', 'Forside'], ['/saadan-virker-det', 'Sådan virker det'], ['/priser', 'Priser'], ['/faq', 'FAQ'], ['/log-ind', 'Log ind']], 'Usynlig Mannequin')
          + h1('Fjern mannequinen. Behold tøjet.')
          + p(`Ghost mannequin-billeder – hvor tøjet ser ud, som om det bæres af en usynlig person – sælger bedre end flade produktbilleder. Men det tager tid at fjerne dukken i Photoshop og sætte halsudskæringen ind bagfra. Usynlig Mannequin gør det automatisk på under et minut.`)
          + upload('Upload billede af tøj på mannequin', '/behandl', 'Fjern mannequin')
          + h2('Det får du')
          + ul('Mannequin, bøjle og stativ fjernet med AI', 'Indvendig krave og bagside indsat automatisk – den klassiske 3D-“hul”-effekt', 'Hvid eller gennemsigtig baggrund (PNG)', 'Ensartet beskæring og skygge til hele kollektionen', 'Plugin til Shopify og WooCommerce')
          + h2('Til tøj – ikke til mennesker')
          + p(`Værktøjet er bygget til produktfotos på mannequiner og bøjler. Billeder med rigtige personer bliver afvist automatisk, og vi redigerer aldrig kroppe. Billederne slettes efter 14 dage.`)
          + blockquote('Vi har halveret tiden fra fotografering til webshop. Kunderne kan se pasformen meget bedre.', 'Mette, indehaver af en tøjbutik i Aarhus')
          + p(`Log ind med Google og få ti gratis billeder.`)
          + button('Log ind med Google')
          + cookieBanner('Vi bruger cookies til login og anonym statistik.', 'Accepter', 'Kun nødvendige')
          + footer('© Usynlig Mannequin ApS · CVR 00000000', [['/handelsbetingelser', 'Handelsbetingelser'], ['/privatliv', 'Privatliv'], ['/faq', 'FAQ']]),
      },
      {
        path: '/saadan-virker-det', title: 'Sådan virker det – Usynlig Mannequin',
        body: nav([['/', 'Forside'], ['/saadan-virker-det', 'Sådan virker det'], ['/priser', 'Priser']], 'Usynlig Mannequin')
          + h1('Sådan virker det')
          + ol('Fotografér tøjet på en mannequin forfra – og gerne et ekstra billede af bagsiden med mannequinen fjernet eller vendt', 'Upload begge billeder', 'AI’en fjerner mannequinen og indsætter den indvendige del af kraven', 'Download det færdige billede i den størrelse, din webshop bruger')
          + p(`Bedste resultat får du med jævnt lys, en ensfarvet baggrund og en mannequin i neutral farve. Det fungerer til skjorter, kjoler, jakker, strik og badetøj. Hvis du kun har ét billede, genskaber AI’en den indvendige krave ud fra stoffets mønster.`),
      },
      {
        path: '/priser', title: 'Priser – Usynlig Mannequin',
        head: stripe('pk_test_51UsynligMnq0fixture'),
        body: nav([['/', 'Forside'], ['/saadan-virker-det', 'Sådan virker det'], ['/priser', 'Priser']], 'Usynlig Mannequin')
          + h1('Priser')
          + priceTable(['Abonnement', 'Billeder pr. måned', 'Pris'], [['Prøv', '10', '0 kr.'], ['Butik', '200', '299 kr./md.'], ['Kæde', '1.500', '1.490 kr./md.'], ['Bureau', 'ubegrænset', 'efter aftale']])
          + p(`Alle priser er ekskl. moms. Ubrugte billeder overføres til næste måned. Du kan opsige dit abonnement med en måneds varsel, og der er ingen binding. Vi sender faktura, eller du kan betale med kort og MobilePay. Manuel efterbehandling af særligt svære produkter koster 15 kr. pr. billede. Studierabat gives til designskoler.`),
      },
      {
        path: '/faq', title: 'FAQ – Usynlig Mannequin',
        body: nav([['/', 'Forside'], ['/saadan-virker-det', 'Sådan virker det'], ['/priser', 'Priser']], 'Usynlig Mannequin')
          + faq('Ofte stillede spørgsmål', [
            ['Kan jeg fjerne en model i stedet for en mannequin?', 'Nej. Usynlig Mannequin fjerner kun mannequiner, bøjler og stativer – aldrig personer.'],
            ['Hvilke filformater understøttes?', 'JPG, PNG, TIFF og RAW fra de fleste kameraer.'],
            ['Hvor længe gemmer I mine billeder?', 'I 14 dage, så du kan hente dem igen. Derefter slettes de automatisk.'],
            ['Kan jeg få en API?', 'Ja, på Kæde- og Bureau-abonnementerne.'],
          ]),
      },
    ],
  },
  {
    host: 'velvetroom-members.test', lang: 'en', label: 'unrelated', shape: 'adult-site', author: 'fresh-e', pages: [
      {
        path: '/', title: 'Velvet Room – members-only adult studio productions (18+)',
        head: metaDescription('Velvet Room is an independent, age-verified adult entertainment studio. Real, consenting, verified performers. No AI-generated content, no deepfakes, ever.'),
        body: ageGate('This website contains adult content and is intended for adults aged 18 or over (or the age of majority where you live). By entering you confirm that you meet this requirement.', 'Enter (18+)', 'Exit')
          + nav([['/', 'Home'], ['/join', 'Join'], ['/consent-policy', 'Consent & performer policy'], ['/faq', 'FAQ'], ['/2257', '2257'], ['/login', 'Member login']], 'Velvet Room')
          + h1('Velvet Room')
          + p(`An independent adult studio run by performers, for adults who care how their entertainment is made. Every production is scripted, rehearsed and filmed with a closed set, an on-set intimacy coordinator and performers who set their own boundaries and are paid fairly.`)
          + h2('What makes us different')
          + ul('Every performer is a verified adult with ID and age checks on file', 'Consent is recorded before every shoot and can be withdrawn', 'Performers receive a share of revenue from their scenes for life', 'No AI-generated, face-swapped or “deepfake” content – not now, not ever', 'Performers approve every scene before it is published')
          + h2('New this month')
          + p(`Four new studio productions and a behind-the-scenes documentary about how our performer-owned cooperative works. Previews are available to members after sign-in.`)
          + mediaGrid([
            { title: 'Studio production 41', duration: '24:10', views: '18K views', tags: ['studio', 'couples'] },
            { title: 'Behind the scenes cooperative', duration: '31:45', views: '9K views', tags: ['documentary'] },
            { title: 'Studio production 42', duration: '27:02', views: '12K views', tags: ['studio'] },
          ])
          + p(`Age verification is provided by an independent third party. We never store your ID.`)
          + cookieBanner('We use strictly necessary cookies and one cookie to remember your age confirmation.', 'Accept')
          + footer('Velvet Room Productions Ltd. All performers were at least 18 years old at the time of production. Records required by 18 U.S.C. 2257 are kept by the custodian of records.', [['/2257', '2257 statement'], ['/consent-policy', 'Consent policy'], ['/terms', 'Terms'], ['/privacy', 'Privacy'], ['/report', 'Report content']]),
      },
      {
        path: '/consent-policy', title: 'Consent & performer policy – Velvet Room',
        body: nav([['/', 'Home'], ['/join', 'Join'], ['/consent-policy', 'Consent & performer policy']], 'Velvet Room')
          + h1('Consent and performer policy')
          + p(`We publish only content featuring performers who have signed a model release, passed ID and age verification, and confirmed their consent on camera before and after filming. Performers may withdraw consent for future distribution of any scene.`,
            `We do not accept uploads from members or third parties, and we do not use synthetic media. Any use of our performers' likeness in AI-generated or face-swapped material is a violation of their rights; we pursue takedowns against sites that publish such material and we support performers who are targeted by deepfakes.`),
      },
      {
        path: '/join', title: 'Join – Velvet Room',
        head: stripe('pk_test_51VelvetRoom0fixture'),
        body: nav([['/', 'Home'], ['/join', 'Join'], ['/faq', 'FAQ']], 'Velvet Room')
          + h1('Membership')
          + priceTable(['Plan', 'Price', 'Includes'], [['Monthly', '$19.95', 'full library, HD streaming'], ['Quarterly', '$47.85', 'full library, 4K, downloads'], ['Annual', '$149', 'everything + performer Q&A sessions']])
          + p(`Payments are processed by a specialised payment provider and appear on your statement under a neutral name. You can cancel at any time in your account settings. Forty percent of every membership goes directly to the performer cooperative. Membership is available only to verified adults, and we do not offer free trials or resell access through third-party sites.`),
      },
      {
        path: '/faq', title: 'FAQ – Velvet Room',
        body: nav([['/', 'Home'], ['/join', 'Join'], ['/faq', 'FAQ']], 'Velvet Room')
          + faq('Frequently asked questions', [
            ['How do you verify my age?', 'Through an independent age-verification provider. We receive only a yes/no result.'],
            ['Do you use AI?', 'No. All content is filmed with real, consenting, verified adult performers. We do not use AI to generate or alter people.'],
            ['I found a Velvet Room performer in a deepfake on another site.', 'Please use our report form. We forward reports to the performer and our legal team.'],
            ['Can I cancel?', 'Yes, at any time. Access continues until the end of your billing period.'],
          ]),
      },
      {
        path: '/2257', title: '18 U.S.C. 2257 statement – Velvet Room',
        body: nav([['/', 'Home'], ['/consent-policy', 'Consent & performer policy']], 'Velvet Room')
          + h1('18 U.S.C. 2257 Record-Keeping Requirements Compliance Statement')
          + p(`All persons who appear in any visual depiction of actual or simulated sexually explicit conduct on this website were over the age of eighteen years at the time of the creation of such depictions. Records required to be maintained pursuant to 18 U.S.C. 2257 and 28 C.F.R. 75 are kept by the custodian of records at the company's registered office and are available for inspection during regular business hours.`),
      },
    ],
  },
  {
    host: 'clearframe-detect.test', lang: 'en', label: 'unrelated', shape: 'moderation-tool', author: 'fresh-e', pages: [
      {
        path: '/', title: 'ClearFrame – detect nudity, undress-app output and deepfakes at upload time',
        head: metaDescription('ClearFrame is a content moderation API that flags NSFW images, AI undress outputs and face-swap deepfakes before they reach your users. Trust & safety teams at 200+ platforms.') + jsonLd({ '@context': 'https://schema.org', '@type': 'SoftwareApplication', name: 'ClearFrame', applicationCategory: 'SecurityApplication', offers: { '@type': 'Offer', price: '0.90', priceCurrency: 'USD', description: 'per 1,000 images' } }),
        body: nav([['/', 'Home'], ['/product/synthetic-nudity', 'Synthetic nudity detection'], ['/pricing', 'Pricing'], ['/docs', 'Docs'], ['/trust', 'Trust'], ['/demo', 'Book a demo']], 'ClearFrame')
          + h1('Stop non-consensual synthetic imagery before it spreads')
          + p(`"Undress" apps and 18+ face-swap bots have made it trivial to create fake intimate images of real people. ClearFrame gives your trust & safety team one API that classifies every uploaded image and video frame for nudity, sexual content, AI undress artefacts and face-swap manipulation – in under 150 ms.`)
          + h2('What ClearFrame detects')
          + ul('Nudity and sexual content (SFW / suggestive / explicit, with region boxes)', 'Synthetic nudity: outputs of clothes-removal and "x-ray" models, including the newest diffusion-based apps', 'Face-swap and deepfake video, frame by frame', 'Hash matching against known non-consensual images shared by partner hotlines', 'Watermarks and logos of known undress services')
          + h2('Try it')
          + upload('Test an image (stored for 0 seconds)', '/demo/classify', 'Analyze')
          + p(`The demo returns scores only; images are processed in memory and never stored.`)
          + blockquote('ClearFrame caught a wave of AI-undressed profile photos that our old nudity filter completely missed.', 'Head of Trust & Safety, a European dating app')
          + cookieBanner('We use cookies to analyse site traffic. No cookies are set by the API.', 'Accept', 'Decline')
          + footer('© ClearFrame Inc. SOC 2 Type II. GDPR and DSA-ready.', [['/trust', 'Trust center'], ['/privacy', 'Privacy'], ['/terms', 'Terms'], ['/careers', 'Careers']]),
      },
      {
        path: '/product/synthetic-nudity', title: 'Synthetic nudity detection – ClearFrame',
        body: nav([['/', 'Home'], ['/product/synthetic-nudity', 'Synthetic nudity detection'], ['/pricing', 'Pricing'], ['/docs', 'Docs']], 'ClearFrame')
          + h1('Synthetic nudity detection')
          + p(`Classic nudity classifiers ask "is there skin?". That is not enough when a harmless beach photo can be turned into a fake nude by an app advertising "remove clothes from any photo". Our synthetic-nudity model is trained on outputs of more than 60 undress tools and face-swap pipelines, and flags the tell-tale seams, texture repetition and lighting mismatches they leave behind.`,
            `Each result includes a confidence score, the probable generator family and a recommendation: block, blur, or send to human review. Victims' reports can be hashed and added to your block list without anyone on your team having to view the image.`),
      },
      {
        path: '/pricing', title: 'Pricing – ClearFrame',
        head: stripe('pk_test_51ClearFrame00fixture'),
        body: nav([['/', 'Home'], ['/product/synthetic-nudity', 'Synthetic nudity detection'], ['/pricing', 'Pricing']], 'ClearFrame')
          + h1('Pricing')
          + priceTable(['Plan', 'Included', 'Price'], [['Developer', '10,000 images / month', 'free'], ['Growth', 'per 1,000 images', '$0.90'], ['Video', 'per minute of video', '$0.12'], ['Enterprise', 'on-prem, SLA, custom models', 'contact us']])
          + p(`Non-profits, hotlines and research groups working against image-based abuse get the Growth plan free of charge. Volume discounts start at five million images per month. All plans include the hash-sharing programme. There are no minimum commitments on Growth and Video; you are billed monthly in arrears for what you actually classify.`),
      },
      {
        path: '/docs', title: 'Docs – ClearFrame',
        body: nav([['/', 'Home'], ['/pricing', 'Pricing'], ['/docs', 'Docs']], 'ClearFrame')
          + h1('Quick start')
          + p(`Send <code>POST /v1/classify</code> with an image URL or bytes and your API key. The response lists scores for <code>nudity</code>, <code>sexual</code>, <code>synthetic_nudity</code>, <code>faceswap</code> and <code>age_risk</code>, plus matched hashes. A typical integration blocks when <code>synthetic_nudity</code> is above 0.85 and routes anything between 0.5 and 0.85 to human review. Webhooks are available for asynchronous video jobs. SDKs exist for Python, Go and TypeScript.`),
      },
      {
        path: '/trust', title: 'Trust center – ClearFrame',
        body: nav([['/', 'Home'], ['/docs', 'Docs'], ['/trust', 'Trust']], 'ClearFrame')
          + h1('Trust center')
          + p(`We do not retain customer images by default. Optional retention for appeals is capped at 30 days and encrypted. Our detection models are never used to build or improve generative tools, and we refuse customers whose business is creating sexual imagery of real people. Independent audits are published yearly, and our staff who handle reviewer escalations receive wellbeing support.`),
      },
    ],
  },
  {
    host: 'kurier-cyfrowy.test', lang: 'pl', label: 'unrelated', shape: 'news', author: 'fresh-e', pages: [
      {
        path: '/', title: 'Kurier Cyfrowy – technologia, bezpieczeństwo, społeczeństwo',
        head: metaDescription('Kurier Cyfrowy: wiadomości o technologii i bezpieczeństwie w sieci. Dziś: aplikacje do „rozbierania” zdjęć zalewają Telegram.'),
        body: nav([['/', 'Strona główna'], ['/technologia', 'Technologia'], ['/artykul/aplikacje-rozbierajace-telegram', 'Temat dnia'], ['/redakcja', 'Redakcja']], 'Kurier Cyfrowy')
          + h1('Kurier Cyfrowy')
          + article(h2(a('/artykul/aplikacje-rozbierajace-telegram', 'Aplikacje do „rozbierania” zdjęć zalewają Telegram. Ofiarami są zwykli ludzie'))
            + p(`„Zdejmij ubranie z dowolnego zdjęcia” – tak reklamują się dziesiątki botów i stron, które w ostatnich miesiącach zyskały tysiące użytkowników z Polski. Sprawdziliśmy, jak działają, kto na nich zarabia i co mogą zrobić osoby poszkodowane.`))
          + article(h2('UODO nakłada karę na sieć sklepów za wyciek danych klientów')
            + p(`Urząd uznał, że firma przez dwa lata nie aktualizowała oprogramowania serwerów.`))
          + article(h2('Test: pięć tanich smartfonów do 1000 zł')
            + p(`Który model ma najlepszą baterię, a który najgorszy aparat? Sprawdziliśmy w codziennym użytkowaniu.`))
          + article(h2('Szkoły dostaną wytyczne w sprawie sztucznej inteligencji')
            + p(`Ministerstwo zapowiada materiały dla nauczycieli o bezpiecznym korzystaniu z narzędzi AI i reagowaniu na fałszywe zdjęcia.`))
          + article(h2('Pogoda: weekend z przymrozkami')
            + p(`Synoptycy ostrzegają kierowców przed śliską nawierzchnią w nocy z soboty na niedzielę.`))
          + h2('Najczęściej czytane')
          + ol('Jak rozpoznać deepfake? Osiem prostych sposobów', 'Oszustwo „na BLIK” w nowej wersji', 'Czy warto kupić router z Wi-Fi 7?')
          + textForm('Newsletter Kuriera – codziennie o 7:00', 'Zapisz się', '/newsletter')
          + cookieBanner('Korzystamy z plików cookies w celach statystycznych i reklamowych. Możesz zmienić ustawienia w przeglądarce.', 'Akceptuję', 'Ustawienia')
          + footer('© Kurier Cyfrowy sp. z o.o.', [['/redakcja', 'Redakcja'], ['/regulamin', 'Regulamin'], ['/polityka-prywatnosci', 'Prywatność'], ['/reklama', 'Reklama']]),
      },
      {
        path: '/artykul/aplikacje-rozbierajace-telegram', title: 'Aplikacje do „rozbierania” zdjęć zalewają Telegram – Kurier Cyfrowy',
        head: jsonLd({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Aplikacje do „rozbierania” zdjęć zalewają Telegram. Ofiarami są zwykli ludzie', datePublished: '2024-03-14', author: { '@type': 'Person', name: 'Agnieszka Wrona' } }),
        body: nav([['/', 'Strona główna'], ['/technologia', 'Technologia'], ['/redakcja', 'Redakcja']], 'Kurier Cyfrowy')
          + h1('Aplikacje do „rozbierania” zdjęć zalewają Telegram. Ofiarami są zwykli ludzie')
          + p(`<em>Agnieszka Wrona, 14 marca</em>`)
          + p(`„Wyślij zdjęcie, a w 10 sekund dostaniesz wersję bez ubrań. Pierwsze dwa gratis” – takie wiadomości trafiają do użytkowników polskich grup na Telegramie. Przez dwa tygodnie przyglądaliśmy się kilkunastu botom i stronom, które oferują tzw. rozbieranie zdjęć przez AI. Płaci się kryptowalutą, BLIK-iem przez pośredników albo gwiazdkami Telegrama.`)
          + p(`Reklamy obiecują „pełną anonimowość” i „brak cenzury”. W regulaminach operatorzy przerzucają odpowiedzialność na użytkowników: „oświadczasz, że masz zgodę osoby na zdjęciu”. Nikt tego nie sprawdza. Gdy bot zostaje zablokowany, po kilku godzinach pojawia się pod nową nazwą.`)
          + p(`– Zgłaszają się do nas kobiety, które znalazły swoje przerobione zdjęcia na forach. Często źródłem jest zwykłe zdjęcie z profilu – mówi psycholożka z fundacji pomagającej ofiarom przemocy w sieci. Prawnicy przypominają, że rozpowszechnianie takich wizerunków może być przestępstwem.`)
          + p(`Jeśli padłeś ofiarą, nie kasuj dowodów: zapisz linki, zgłoś treść platformie i na policję, skontaktuj się z dyżurnetem zajmującym się nielegalnymi treściami.`),
      },
      {
        path: '/technologia', title: 'Technologia – Kurier Cyfrowy',
        body: nav([['/', 'Strona główna'], ['/technologia', 'Technologia'], ['/redakcja', 'Redakcja']], 'Kurier Cyfrowy')
          + h1('Technologia')
          + ul(a('/artykul/aplikacje-rozbierajace-telegram', 'Aplikacje do „rozbierania” zdjęć zalewają Telegram'), 'Jak rozpoznać deepfake? Osiem prostych sposobów', 'Test: pięć tanich smartfonów do 1000 zł', 'Nowa wersja systemu blokuje nieznane aplikacje APK', 'Czy warto kupić router z Wi-Fi 7?')
          + p(`W dziale Technologia piszemy o sprzęcie, oprogramowaniu i bezpieczeństwie w sieci. Nasze testy są niezależne – sprzęt kupujemy sami lub zwracamy go producentom po zakończeniu testu. Masz temat? Napisz do redakcji, chętnie sprawdzimy każdy sygnał od czytelników.`),
      },
      {
        path: '/redakcja', title: 'Redakcja – Kurier Cyfrowy',
        body: nav([['/', 'Strona główna'], ['/technologia', 'Technologia']], 'Kurier Cyfrowy')
          + h1('Redakcja')
          + p(`Kurier Cyfrowy to niezależny portal informacyjny o technologii, działający od 2016 roku. Zespół liczy dwanaścioro dziennikarzy i redaktorów. Przestrzegamy zasad etyki dziennikarskiej i publikujemy sprostowania w widocznym miejscu. Kontakt z redakcją: przez formularz lub telefonicznie w dni robocze od 9:00 do 17:00. Informacje poufne przyjmujemy także przez szyfrowany komunikator. Chronimy tożsamość naszych informatorów i nigdy nie ujawniamy jej bez ich wyraźnej zgody.`),
      },
    ],
  },
  {
    host: 'slettbildet-hjelp.test', lang: 'no', label: 'unrelated', shape: 'victim-help', author: 'fresh-e', pages: [
      {
        path: '/', title: 'Slett bildet – hjelp hvis noen har laget eller delt et nakenbilde av deg',
        head: metaDescription('Har noen delt et nakenbilde av deg, eller laget et falskt med en «avkledningsapp»? Slett bildet hjelper deg å få det fjernet, gratis og anonymt.'),
        body: nav([['/', 'Hjem'], ['/slik-fjerner-du', 'Slik får du bildet fjernet'], ['/anmelde', 'Anmelde til politiet'], ['/for-foreldre', 'For foreldre'], ['/kontakt', 'Snakk med oss']], 'Slett bildet')
          + h1('Har noen laget eller delt et nakenbilde av deg?')
          + p(`Det er ikke din feil. Det gjelder både ekte bilder som er delt uten lov, og falske bilder laget med apper og boter som reklamerer med at de kan «ta av klærne» på hvilket som helst bilde. Et falskt nakenbilde er like krenkende som et ekte – og det kan fjernes.`)
          + h2('Dette kan vi hjelpe med')
          + ul('Be nettsider, sosiale medier og søkemotorer om å fjerne bildet', 'Lage et digitalt fingeravtrykk av bildet slik at store plattformer kan stoppe nye opplastinger', 'Forklare hvordan du anmelder til politiet', 'Snakke med deg – på chat, telefon eller e-post, helt anonymt')
          + h2('Lag et fingeravtrykk – bildet forlater aldri telefonen din')
          + p(`Med verktøyet under lages en kode (hash) av bildet direkte på din enhet. Bare koden sendes til oss og til plattformene vi samarbeider med. Ingen hos oss ser bildet.`)
          + upload('Velg bildet på din enhet', '/fingeravtrykk', 'Lag fingeravtrykk')
          + p(`Trenger du hjelp nå? Chatten er åpen hverdager 9–21 og søndager 16–21.`)
          + cookieBanner('Vi bruker bare nødvendige informasjonskapsler. Ingen sporing.', 'OK')
          + footer('Slett bildet drives av en ideell stiftelse med støtte fra offentlige midler. Tjenesten er gratis.', [['/personvern', 'Personvern'], ['/om-oss', 'Om oss'], ['/kontakt', 'Kontakt'], ['/rask-utgang', 'Rask utgang']]),
      },
      {
        path: '/slik-fjerner-du', title: 'Slik får du bildet fjernet – Slett bildet',
        body: nav([['/', 'Hjem'], ['/slik-fjerner-du', 'Slik får du bildet fjernet'], ['/anmelde', 'Anmelde til politiet']], 'Slett bildet')
          + h1('Slik får du bildet fjernet')
          + ol('Ta skjermbilde av lenken og hvor du så bildet – men ikke del bildet videre', 'Rapporter innlegget på plattformen (velg «nakenhet uten samtykke» eller «falsk/manipulert»)', 'Lag et fingeravtrykk hos oss, så store plattformer kan blokkere nye kopier', 'Be søkemotorer fjerne treff på navnet ditt', 'Kontakt oss hvis siden ikke svarer – vi kjenner mange av nettstedene og botene')
          + p(`Mange av tjenestene som lager falske nakenbilder ligger i utlandet og bytter navn ofte. Vi kan likevel ofte få bildene fjernet via vertsselskapet, betalingsselskapet eller appbutikken.`),
      },
      {
        path: '/anmelde', title: 'Anmelde til politiet – Slett bildet',
        body: nav([['/', 'Hjem'], ['/slik-fjerner-du', 'Slik får du bildet fjernet'], ['/anmelde', 'Anmelde til politiet']], 'Slett bildet')
          + h1('Anmelde til politiet')
          + p(`Å dele nakenbilder av andre uten samtykke er straffbart i Norge, og det samme gjelder å lage og spre manipulerte bilder som krenker noen. Du kan anmelde på nett eller ved å møte opp på et politikontor. Ta med lenker, skjermbilder av samtaler og navn på brukerkontoer. Du kan ha med deg en du stoler på, og vi kan hjelpe deg å forberede deg.`),
      },
      {
        path: '/for-foreldre', title: 'For foreldre – Slett bildet',
        body: nav([['/', 'Hjem'], ['/slik-fjerner-du', 'Slik får du bildet fjernet'], ['/for-foreldre', 'For foreldre']], 'Slett bildet')
          + h1('Når det skjer med ditt barn')
          + p(`Hold deg rolig og vis at du er på barnets side. Ikke se på eller lagre bildet selv, og ikke konfronter den som har delt det på egen hånd. Kontakt skolen og politiet, og ring oss for råd. Snakk med barnet om at falske bilder laget med apper ikke sier noe om hvem de er, og at det er den som lager og deler slike bilder som gjør noe galt.`),
      },
      {
        path: '/kontakt', title: 'Snakk med oss – Slett bildet',
        body: nav([['/', 'Hjem'], ['/slik-fjerner-du', 'Slik får du bildet fjernet'], ['/kontakt', 'Snakk med oss']], 'Slett bildet')
          + h1('Snakk med oss')
          + p(`Du kan være anonym. Chat med oss hverdager fra 9 til 21 og søndager fra 16 til 21, eller ring på hverdager mellom 9 og 15. Du kan også sende oss en melding her, så svarer vi innen én arbeidsdag. Ikke send bildet – fortell oss bare hvor det ligger.`)
          + orderForm(['Kallenavn', 'E-post eller telefon (valgfritt)', 'Hva har skjedd?'], 'Send melding'),
      },
    ],
  },

];
