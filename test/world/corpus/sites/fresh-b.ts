import type { CorpusSite } from '../site-kit.js';
import {
  a, ageGate, article, blockquote, button, cookieBanner, cryptoCheckout, faq, footer, gtag, h1, h2, img, jsonLd, mediaGrid,
  metaDescription, nav, ol, oneTap, orderForm, p, priceTable, storeBadges, stripe, textForm, ul, upload,
} from '../site-kit.js';

/** Fresh sites by writer fresh-b, written after the classifier was built, without reading it or the corpus. */

// ───────────────────────────── Deutsch ─────────────────────────────

const stoffreiNav = nav([['/', 'Start'], ['/so-gehts', 'So geht’s'], ['/preise', 'Preise'], ['/faq', 'FAQ'], ['/login', 'Login']], 'Stoffrei KI');
const stoffreiFoot = footer(`© 2025 Stoffrei KI · Nur für Erwachsene (18+) · Zahlungen über Stripe und Krypto`, [['/agb', 'AGB'], ['/datenschutz', 'Datenschutz'], ['/impressum', 'Impressum'], ['https://t.me/stoffrei_support', 'Support auf Telegram']]);

const lichtNav = nav([['/', 'Studio'], ['/modi', 'Modi'], ['/tarife', 'Tarife'], ['/faq', 'Hilfe'], ['/konto', 'Mein Konto']], 'Lichtwerk Studio');
const lichtFoot = footer(`Lichtwerk Studio · KI-Bildbearbeitung aus der Cloud · © 2025`, [['/datenschutz', 'Datenschutz'], ['/agb', 'AGB'], ['/impressum', 'Impressum'], ['mailto:hallo@lichtwerk-fotostudio.test', 'Kontakt']]);

const kfNav = nav([['/', 'Bot'], ['/anleitung', 'Anleitung'], ['/preise', 'Preise'], ['/kanal', 'Kanal & Backup'], ['/bedingungen', 'Bedingungen']], 'Kleiderfrei Bot');
const kfFoot = footer(`Kleiderfrei Bot ist ein unabhängiges Projekt. 18+ only. Kein Zusammenhang mit Telegram.`, [['/bedingungen', 'Nutzungsbedingungen'], ['https://t.me/kleiderfrei_ki_bot', 'Bot öffnen'], ['https://t.me/kleiderfrei_news', 'News-Kanal']]);

const twNav = nav([['/', 'Home'], ['/vorlagen', 'Vorlagen'], ['/preise', 'Preise'], ['/faq', 'FAQ'], ['/app', 'Editor starten']], 'Tauschwerk');
const twFoot = footer(`Tauschwerk AI · 18+ Face-Swap-Plattform · Alle Darstellungen sind KI-generiert`, [['/agb', 'AGB'], ['/datenschutz', 'Datenschutz'], ['/dmca', 'DMCA'], ['https://discord.gg/tauschwerk', 'Discord']]);

const kbtNav = nav([['/', 'Top-Liste'], ['/deepfake-apps', 'Deepfake-Apps'], ['/so-testen-wir', 'So testen wir'], ['/impressum', 'Impressum & Affiliate']], 'KI-Bildtools-Check');
const kbtFoot = footer(`KI-Bildtools-Check finanziert sich über Partnerlinks. Wenn du über einen Link kaufst, erhalten wir eine Provision. Inhalte nur für Erwachsene.`, [['/impressum', 'Impressum'], ['/impressum#datenschutz', 'Datenschutz']]);

const ffNav = nav([['/', 'Produkt'], ['/so-funktionierts', 'So funktioniert’s'], ['/preise', 'Preise'], ['/faq', 'FAQ'], ['/login', 'Anmelden']], 'Faltenfrei Foto');
const ffFoot = footer(`Faltenfrei Foto GmbH i. G. · Produktfotos für Online-Shops · Server in Frankfurt am Main`, [['/impressum', 'Impressum'], ['/datenschutz', 'Datenschutz'], ['/agb', 'AGB'], ['/faq', 'Hilfe']]);

const khwNav = nav([['/', 'Kanzlei'], ['/deepfake-nacktbilder', 'Deepfake-Nacktbilder'], ['/ablauf-kosten', 'Ablauf & Kosten'], ['/kontakt', 'Kontakt']], 'Hagedorn & Wulf Rechtsanwälte');
const khwFoot = footer(`Hagedorn & Wulf Rechtsanwälte PartG mbB · Medienrecht, Persönlichkeitsrecht, IT-Recht · Die Inhalte dieser Seite ersetzen keine Rechtsberatung im Einzelfall.`, [['/impressum', 'Impressum'], ['/datenschutz', 'Datenschutz'], ['/kontakt', 'Kontakt']]);

const pfNav = nav([['/', 'Aktuelle Checks'], ['/check/roentgen-app', 'Check: „Röntgen-App“'], ['/methodik', 'Methodik'], ['/ueber-uns', 'Über uns'], ['/hinweis-geben', 'Hinweis geben']], 'Prüfstand Fakten');
const pfFoot = footer(`Prüfstand Fakten ist ein gemeinnütziges Faktencheck-Projekt. Wir arbeiten nach den Grundsätzen transparenter Quellenarbeit.`, [['/ueber-uns', 'Über uns'], ['/methodik', 'Methodik'], ['/impressum', 'Impressum'], ['/datenschutz', 'Datenschutz']]);

const deSites: CorpusSite[] = [
  // 1 — nudify / saas (de)
  { host: 'stoffrei-ki.test', lang: 'de', label: 'nudify', shape: 'saas', author: 'fresh-b', pages: [
    { path: '/', title: 'Stoffrei KI – Kleidung weg per Klick | KI-Ausziehen online',
      head: metaDescription('Stoffrei KI entfernt Kleidung von jedem Foto in Sekunden. Lade ein Bild hoch und sieh die Nackt-Version – anonym, ohne App, 18+.') + oneTap('stoffrei-123.apps.googleusercontent.com') + stripe('pk_test_stoffrei51Hx0'),
      body: stoffreiNav
        + cookieBanner('Wir nutzen Cookies für Login, Zahlungen und Statistik. Mit „Okay“ stimmst du zu.', 'Okay', 'Nur notwendige')
        + h1('Kleidung weg per KI – in unter 20 Sekunden')
        + p(`Stoffrei ist der schnellste KI-Ausziehen-Generator im deutschsprachigen Raum. Foto hochladen, Modus wählen, fertig: Unsere Engine entfernt Kleidung automatisch und erzeugt eine realistische Version ohne Stoff. Kein Photoshop, keine Vorkenntnisse, keine Installation.`)
        + upload('Foto hochladen (JPG, PNG, max. 10 MB)', '/generate', 'Jetzt ausziehen')
        + p(`Mit der Anmeldung über Google erhältst du <strong>3 Gratis-Credits</strong>. Danach ab 0,39 € pro Bild.`)
        + h2('Warum Stoffrei?')
        + ul('Modell „Undress v4“ mit verbesserter Detailtreue und Licht', 'Drei Modi: Bikini, Dessous, Komplett ohne', 'Stapelverarbeitung von bis zu 20 Fotos', 'Bilder werden nach 24 Stunden automatisch gelöscht', 'Bezahlen mit Karte, PayPal-Alternative oder Krypto')
        + h2('Die Modi')
        + p(`Im Modus „Bikini“ ersetzt die KI das Outfit durch Bademode, „Dessous“ macht daraus Unterwäsche, und „Komplett ohne“ zeigt die vollständig ausgezogene Version. Alle Modi gibt es in Standard- und HD-Qualität.`)
        + h2('Das sagen Nutzer')
        + `<div class="testimonials">${blockquote('„Krass, wie echt das aussieht. Viel besser als die englischen Tools.“', 'Marco, Pro-Abo')}${blockquote('„Endlich ein Undress-Tool, das auch Gruppenfotos schafft.“', 'Anonym')}</div>`
        + faq('Kurz gefragt', [
          ['Ist Stoffrei anonym?', 'Ja. Wir speichern keine Namen, und deine Uploads sind nur für dich sichtbar.'],
          ['Funktioniert das mit jedem Foto?', 'Am besten mit frontalen Fotos, guter Beleuchtung und einer Person im Bild.'],
          ['Darf ich Fotos anderer Personen hochladen?', 'Laut AGB nur mit Einverständnis der abgebildeten Person. Du bist für deine Uploads selbst verantwortlich.'],
        ])
        + p(a('/preise', 'Alle Pakete ansehen →'))
        + stoffreiFoot },
    { path: '/preise', title: 'Preise & Credits – Stoffrei KI',
      body: stoffreiNav + h1('Credits kaufen')
        + p('Ein Credit entspricht einer Bearbeitung in Standardqualität. HD-Ausziehen kostet zwei Credits. Credits verfallen nicht.')
        + priceTable(['Paket', 'Credits', 'Preis', 'Extras'], [
          ['Schnupper', '10', '4,99 €', 'Standard-Modus'],
          ['Beliebt', '60', '19,99 €', 'HD, Komplett-ohne-Modus, kein Wasserzeichen'],
          ['Pro Monat', 'unbegrenzt*', '34,99 € / Monat', 'Stapel-Upload, Prioritäts-Server, Video-Beta'],
        ])
        + p('*Fair-Use: bis zu 1.500 Bilder pro Monat. Bezahlung per Kreditkarte (Stripe), Klarna-ähnlich über Partner oder anonym mit Bitcoin, USDT und Monero.')
        + button('Mit Karte bezahlen') + button('Mit Krypto bezahlen') + cryptoCheckout()
        + stoffreiFoot },
    { path: '/so-gehts', title: 'So funktioniert Stoffrei – Anleitung',
      body: stoffreiNav + h1('In drei Schritten zum Ergebnis')
        + ol('Foto hochladen: Ein gut beleuchtetes Bild, auf dem die Person gut zu erkennen ist.', 'Modus wählen: „Bikini“, „Dessous“ oder „Komplett ohne“. Im Pro-Abo kannst du zusätzlich die Posen-Erkennung feinjustieren.', 'Ergebnis herunterladen: Nach 10 bis 20 Sekunden erscheint die bearbeitete Version ohne Kleidung. Download in PNG oder JPG.')
        + p('Tipp: Enge Kleidung und ruhige Hintergründe liefern die realistischsten Ergebnisse. Weite Jacken oder Mäntel können zu Artefakten führen – dann hilft der HD-Modus.')
        + img(2, 'Beispiel-Oberfläche des Editors')
        + stoffreiFoot },
    { path: '/faq', title: 'FAQ – Stoffrei KI',
      body: stoffreiNav + h1('Häufige Fragen')
        + faq('Allgemein', [
          ['Was ist Stoffrei?', 'Ein KI-Dienst, der Kleidung auf Fotos entfernt und eine unbekleidete Version erzeugt. Nur für Nutzer ab 18 Jahren.'],
          ['Sehen andere meine Bilder?', 'Nein. Es gibt keine öffentliche Galerie. Ergebnisse werden verschlüsselt gespeichert und nach 24 Stunden gelöscht.'],
          ['Warum wurde meine Zahlung abgelehnt?', 'Manche Banken blockieren Zahlungen an KI-Dienste. Nutze dann die Krypto-Zahlung.'],
          ['Gibt es eine App?', 'Die Web-App funktioniert im Browser auf jedem Handy. Eine Android-Version ist in Arbeit.'],
        ])
        + stoffreiFoot },
    { path: '/agb', title: 'AGB – Stoffrei KI',
      body: stoffreiNav + h1('Allgemeine Geschäftsbedingungen')
        + p('§ 1 Geltungsbereich. Diese Bedingungen gelten für die Nutzung der Web-Anwendung Stoffrei KI. Die Nutzung ist Personen ab 18 Jahren vorbehalten.', '§ 2 Inhalte. Nutzer versichern, dass sie die Rechte an hochgeladenen Fotos besitzen und die abgebildeten Personen eingewilligt haben. Der Betreiber übernimmt keine Haftung für die Verwendung der erzeugten Bilder.', '§ 3 Credits. Gekaufte Credits sind nicht erstattungsfähig. Abonnements können jederzeit zum Monatsende gekündigt werden.', '§ 4 Gerichtsstand ist der Sitz des Betreibers.')
        + stoffreiFoot },
  ] },

  // 2 — nudify / innocent-home (de)
  { host: 'lichtwerk-fotostudio.test', lang: 'de', label: 'nudify', shape: 'innocent-home', author: 'fresh-b', pages: [
    { path: '/', title: 'Lichtwerk Studio – Dein KI-Fotostudio im Browser',
      head: metaDescription('Porträts aufhellen, Hintergründe tauschen, Outfits ändern: Lichtwerk Studio ist das KI-Fotostudio für alle, die schöne Bilder ohne Aufwand wollen.') + gtag('G-LICHT2025'),
      body: lichtNav
        + cookieBanner('Lichtwerk verwendet Cookies, um dein Konto und deine Einstellungen zu speichern.', 'Alle akzeptieren', 'Einstellungen')
        + h1('Dein Fotostudio. Ohne Studio.')
        + p(`Lichtwerk macht aus jedem Handyfoto ein Bild wie vom Profi. Unsere KI korrigiert Licht und Hautton, ersetzt unruhige Hintergründe und zaubert dir auf Wunsch ein neues Outfit – vom Business-Look bis zum Strand-Style.`)
        + upload('Bild auswählen', '/studio/upload', 'Studio öffnen')
        + h2('Beliebte Werkzeuge')
        + ul('Licht-Assistent: dunkle Selfies automatisch aufhellen', 'Hintergrund-Tausch: Büro, Strand, Studio-Grau', 'Outfit-Wechsel: Kleidung per Klick ändern', 'Porträt-Glätter: sanfte Retusche ohne Plastik-Look', 'Privat-Modi für Erwachsene (siehe Modi)')
        + `<div class="gallery">${img(1, 'Vorher')}${img(4, 'Nachher')}${img(7, 'Hintergrund getauscht')}</div>`
        + h2('Über 200.000 Bilder pro Woche')
        + p(`Ob Bewerbungsfoto, Dating-Profil oder Urlaubsbild: Lichtwerk läuft komplett im Browser, auf Laptop und Smartphone. Keine Installation, keine Wartezeit.`)
        + h2('In drei Schritten')
        + ol('Foto hochladen – Selfie, Ganzkörper oder Gruppenbild', 'Werkzeug wählen und mit dem Regler die Stärke einstellen', 'Ergebnis speichern oder direkt teilen')
        + p(`Neu im Frühjahr: Der Outfit-Wechsel erkennt jetzt auch Jacken, Kleider und Badesachen zuverlässig und ersetzt sie durch den Look deiner Wahl. Für Erwachsene gibt es zusätzlich Privat-Modi mit weniger Einschränkungen.`)
        + blockquote('„Mein neues Profilbild hat mehr Likes als alles davor.“', 'Jana, Köln')
        + faq('Fragen?', [
          ['Ist Lichtwerk kostenlos?', 'Die Grundfunktionen sind kostenlos. Für HD-Export und Spezialmodi gibt es günstige Tarife.'],
          ['Wo werden meine Fotos gespeichert?', 'Auf EU-Servern. Du kannst sie jederzeit löschen.'],
        ])
        + p(a('/tarife', 'Tarife vergleichen'), a('/modi', 'Alle Modi ansehen'))
        + lichtFoot },
    { path: '/modi', title: 'Alle Modi – Lichtwerk Studio',
      body: lichtNav + h1('Modi im Überblick')
        + h2('Standard (für alle)')
        + ul('Licht & Farbe', 'Hintergrund-Tausch', 'Outfit-Wechsel (Business, Casual, Abend)', 'Porträt-Glätter')
        + h2('Privat-Modi (18+, nur mit Pro+)')
        + p('Nach einer kurzen Altersbestätigung schaltest du in Pro+ die unzensierten Privat-Modi frei. Sie laufen auf separaten Servern ohne Inhaltsfilter.')
        + ul('„Durchsicht“: Stoff wird transparent gerechnet', '„Ohne Outfit“: die KI entfernt die Kleidung vollständig und zeigt die Nackt-Version', '„Spicy Pose“: freizügige Posen aus einem normalen Porträt', 'Stapel-Modus: bis zu 30 Fotos gleichzeitig ausziehen')
        + p('Hinweis: Privat-Ergebnisse erscheinen niemals in der öffentlichen Galerie und sind mit einem unsichtbaren Wasserzeichen versehen.')
        + lichtFoot },
    { path: '/tarife', title: 'Tarife – Lichtwerk Studio',
      body: lichtNav + h1('Wähle deinen Tarif')
        + priceTable(['', 'Free', 'Pro', 'Pro+ (18+)'], [
          ['Preis', '0 €', '6,99 € / Monat', '14,99 € / Monat'],
          ['Bilder pro Tag', '5', '100', 'unbegrenzt'],
          ['Outfit-Wechsel', '✓', '✓', '✓'],
          ['Privat-Modi (Durchsicht, Ohne Outfit)', '–', '–', '✓ unzensiert'],
          ['HD-Export', '–', '✓', '✓ 4K'],
        ])
        + p('Jährliche Zahlung spart 30 %. Bezahlung per Karte oder Krypto. Pro+ erfordert eine einmalige Altersbestätigung per Klick – ohne Ausweis, ohne Video-Ident.', 'In Pro+ sind alle Privat-Modi enthalten: Durchsicht, Ohne Outfit und Spicy Pose laufen ohne Filter und ohne Tageslimit. Auf deiner Abrechnung erscheint nur „LW Digital Services“. Du kannst jederzeit zwischen den Tarifen wechseln; zu viel gezahlte Beträge werden anteilig gutgeschrieben.')
        + button('Pro+ freischalten') + stripe('pk_test_lichtwerk88') + cryptoCheckout()
        + lichtFoot },
    { path: '/faq', title: 'Hilfe & FAQ – Lichtwerk Studio',
      body: lichtNav + h1('Hilfe')
        + faq('Häufige Fragen', [
          ['Was macht der Modus „Ohne Outfit“?', 'Die KI erkennt die Kleidung auf dem Foto und ersetzt sie durch eine realistische unbekleidete Darstellung. Nur in Pro+ verfügbar.'],
          ['Bemerkt die Person auf dem Foto etwas?', 'Nein, die Bearbeitung erfolgt ausschließlich in deinem Konto. Niemand wird benachrichtigt.'],
          ['Kann ich kündigen?', 'Ja, jederzeit in den Kontoeinstellungen zum Ende des Abrechnungszeitraums.'],
          ['Funktioniert es mit Fotos aus sozialen Netzwerken?', 'Ja, solange das Bild mindestens 512 Pixel breit ist.'],
        ])
        + lichtFoot },
  ] },

  // 3 — nudify / telegram-bot (de)
  { host: 'kleiderfrei-bot.test', lang: 'de', label: 'nudify', shape: 'telegram-bot', author: 'fresh-b', pages: [
    { path: '/', title: 'Kleiderfrei Bot – Der Ausziehen-Bot für Telegram',
      head: metaDescription('Schick dem Kleiderfrei Bot ein Foto und erhalte in Sekunden die Version ohne Klamotten. Direkt in Telegram, anonym, 18+.'),
      body: kfNav
        + h1('Foto rein. Klamotten raus.')
        + p(`Der Kleiderfrei Bot ist ein KI-Bot für Telegram, der Kleidung auf Fotos entfernt. Du brauchst keine App und kein Konto – einfach den Bot starten, ein Bild schicken und ein paar Sekunden warten. Der Bot antwortet mit der ausgezogenen Version direkt im Chat.`)
        + p(a('https://t.me/kleiderfrei_ki_bot', '👉 Bot in Telegram öffnen'), a('https://t.me/kleiderfrei_ki_bot?start=web', 'Mit 2 Gratis-Versuchen starten'))
        + h2('Was der Bot kann')
        + ul('/undress – Kleidung komplett entfernen', '/bikini – Outfit in Bademode umwandeln', '/hd – Ergebnis in höherer Auflösung neu rechnen', '/batch – bis zu 10 Fotos nacheinander', '/ref – Freunde einladen und Gratis-Credits sammeln')
        + h2('Warum Telegram?')
        + p(`Telegram ist schnell, verschlüsselt und funktioniert überall. Kein App-Store kann den Bot löschen, und deine Bilder landen nicht in deiner Handy-Galerie, solange du sie nicht speicherst. Sollte der Bot einmal gesperrt werden, findest du die neue Adresse immer in unserem News-Kanal.`)
        + faq('FAQ', [
          ['Kostet der Bot etwas?', 'Zwei Versuche sind gratis. Danach kaufst du Credits per Telegram Stars oder Krypto.'],
          ['Sind die Bilder echt?', 'Die Ergebnisse werden von einer KI berechnet und sehen täuschend echt aus.'],
          ['Wie lange dauert es?', 'Normalerweise 5 bis 15 Sekunden, zu Stoßzeiten etwas länger.'],
        ])
        + p('Mit der Nutzung bestätigst du, mindestens 18 Jahre alt zu sein.')
        + kfFoot },
    { path: '/anleitung', title: 'Anleitung – Kleiderfrei Bot',
      body: kfNav + h1('So benutzt du den Bot')
        + ol('Öffne Telegram und suche nach @kleiderfrei_ki_bot oder klicke auf den Link oben.', 'Tippe auf „Start“ und bestätige, dass du volljährig bist.', 'Schicke ein Foto als Bild (nicht als Datei). Am besten eine einzelne Person, frontal, gutes Licht.', 'Wähle im Menü „Ausziehen“, „Bikini“ oder „Dessous“.', 'Nach wenigen Sekunden bekommst du das Ergebnis. Mit /hd kannst du es schärfer rechnen lassen.')
        + p('Wenn der Bot nicht antwortet, ist er eventuell überlastet oder wurde umgezogen. Schau dann in den Kanal.')
        + kfFoot },
    { path: '/preise', title: 'Preise – Kleiderfrei Bot',
      body: kfNav + h1('Credits für den Bot')
        + priceTable(['Paket', 'Bilder', 'Telegram Stars', 'Krypto'], [
          ['Mini', '15', '250 ⭐', '3 USDT'],
          ['Standard', '50', '700 ⭐', '8 USDT'],
          ['Mega', '200', '2.200 ⭐', '25 USDT'],
          ['VIP 30 Tage', 'unbegrenzt', '3.000 ⭐', '35 USDT'],
        ])
        + p('Zahlung im Bot mit dem Befehl /kaufen oder über diese Seite. Krypto-Zahlungen (USDT TRC20, TON, BTC) werden automatisch gutgeschrieben. Für jeden eingeladenen Freund gibt es 3 Bilder gratis. VIP-Nutzer bekommen Zugang zum HD-Modus und zur Warteschlange ohne Wartezeit.')
        + kfFoot },
    { path: '/kanal', title: 'Kanal & Backup-Bots – Kleiderfrei',
      body: kfNav + h1('News-Kanal und Ersatz-Bots')
        + p('Telegram sperrt ab und zu Bots. Damit du nie den Zugang verlierst, betreiben wir mehrere Backup-Bots. Dein Guthaben gilt in allen.')
        + ul(a('https://t.me/kleiderfrei_ki_bot', '@kleiderfrei_ki_bot (Haupt-Bot)'), a('https://t.me/kleiderfrei_backup2_bot', '@kleiderfrei_backup2_bot'), a('https://t.me/kf_undress_bot', '@kf_undress_bot (englisch)'), a('https://t.me/kleiderfrei_news', '@kleiderfrei_news – Updates und neue Adressen'))
        + p('Tritt dem Kanal bei, um über neue Modi (demnächst: Video) informiert zu werden. Achtung vor Fake-Bots mit ähnlichen Namen: Offizielle Bots stehen nur auf dieser Seite.')
        + kfFoot },
    { path: '/bedingungen', title: 'Nutzungsbedingungen – Kleiderfrei Bot',
      body: kfNav + h1('Nutzungsbedingungen')
        + p('Der Bot darf nur von volljährigen Personen genutzt werden. Du versicherst, dass du nur Fotos hochlädst, für die du die nötige Einwilligung hast. Die erzeugten Bilder sind fiktiv und KI-generiert. Wir übernehmen keine Verantwortung für die Weiterverbreitung. Credits werden nicht erstattet. Bei Missbrauch kann der Zugang ohne Angabe von Gründen gesperrt werden.')
        + kfFoot },
  ] },

  // 4 — deepfake / faceswap-saas (de)
  { host: 'tauschwerk-ai.test', lang: 'de', label: 'deepfake', shape: 'faceswap-saas', author: 'fresh-b', pages: [
    { path: '/', title: 'Tauschwerk – 18+ Face-Swap für Videos',
      head: metaDescription('Tauschwerk setzt jedes Gesicht in Videos ein – auch in Erwachsenen-Clips. Foto hochladen, Vorlage wählen, in Minuten fertig. Nur 18+.') + oneTap('tauschwerk-77.apps.googleusercontent.com')
        + jsonLd({ '@context': 'https://schema.org', '@type': 'SoftwareApplication', name: 'Tauschwerk', applicationCategory: 'MultimediaApplication', offers: { '@type': 'Offer', price: '12.90', priceCurrency: 'EUR' } }),
      body: twNav
        + ageGate('Diese Website enthält KI-generierte Inhalte für Erwachsene. Bist du mindestens 18 Jahre alt?', 'Ja, ich bin 18+', 'Nein, verlassen')
        + h1('Jedes Gesicht. Jedes Video. Auch die heißen.')
        + p(`Tauschwerk ist ein Deepfake-Editor in der Cloud. Lade ein einziges Foto eines Gesichts hoch und wähle eine Vorlage – unsere KI überträgt das Gesicht Bild für Bild in den Clip, inklusive Mimik, Blickrichtung und Lichtstimmung. Neben harmlosen Film- und Musikvorlagen bieten wir die größte Bibliothek an NSFW-Vorlagen im deutschsprachigen Raum.`)
        + upload('Gesichtsfoto hochladen', '/app/face', 'Gesicht übernehmen')
        + p('Über 80.000 Mitglieder nutzen Tauschwerk bereits. Anmeldung mit Google oder E-Mail, die ersten 30 Sekunden Video sind gratis.')
        + h2('So einfach geht Deepfake')
        + ol('Gesicht hochladen – ein klares Foto reicht', 'Vorlage wählen oder eigenes Video hochladen', 'Rendern lassen: 30 Sekunden Video in ca. 3 Minuten')
        + h2('Features')
        + ul('Über 4.000 Erwachsenen-Vorlagen, täglich neue', 'Eigene Clips hochladen (bis 5 Minuten)', 'Mehrere Gesichter pro Video tauschen', 'Kein Wasserzeichen ab Plus', 'Private Bibliothek – nichts wird veröffentlicht')
        + p(`Kein Schnittprogramm, keine Grafikkarte nötig: Das Rendern läuft auf unseren Servern. Du bekommst eine Benachrichtigung, sobald dein Video fertig ist, und kannst es als MP4 herunterladen oder privat per Link teilen.`)
        + blockquote('„Das beste 18+ Face-Swap-Tool, das ich getestet habe. Die Übergänge sind sauber.“', 'Nutzer aus Wien')
        + p(a('/vorlagen', 'Vorlagen durchstöbern'), a('/preise', 'Preise ansehen'))
        + twFoot },
    { path: '/vorlagen', title: 'Vorlagen – Tauschwerk',
      body: twNav + h1('Vorlagen-Bibliothek')
        + p('Wähle aus tausenden Clips. Die Kategorien „Spicy“ und „XXX“ sind nur für verifizierte Plus-Mitglieder sichtbar.')
        + mediaGrid([
          { title: 'Tanz im Club', duration: '0:32', views: '48 Tsd. Nutzungen', tags: ['sfw', 'musik'] },
          { title: 'Filmszene Hotelzimmer', duration: '1:05', views: '210 Tsd. Nutzungen', tags: ['spicy', 'nsfw'] },
          { title: 'Private Show Vorlage', duration: '2:40', views: '390 Tsd. Nutzungen', tags: ['xxx', 'solo'] },
          { title: 'Strand Slowmotion', duration: '0:48', views: '95 Tsd. Nutzungen', tags: ['spicy'] },
          { title: 'Paar Vorlage HD', duration: '3:12', views: '512 Tsd. Nutzungen', tags: ['xxx', 'hd'] },
        ])
        + p('Du findest nicht das Richtige? Lade dein eigenes Zielvideo hoch – Tauschwerk setzt das Gesicht in jedes Material ein.')
        + twFoot },
    { path: '/preise', title: 'Preise – Tauschwerk',
      body: twNav + h1('Preise')
        + priceTable(['Plan', 'Preis', 'Video-Minuten', 'NSFW-Vorlagen', 'Auflösung'], [
          ['Start', 'kostenlos', '0,5 / Tag', '–', '480p mit Wasserzeichen'],
          ['Plus', '12,90 € / Monat', '30', '✓', '1080p'],
          ['Studio', '39,00 € / Monat', '150', '✓ inkl. eigene Uploads', '4K'],
        ])
        + p('Zahlung per Kreditkarte, SEPA oder Krypto. Auf dem Kontoauszug erscheint ein neutraler Name. Jederzeit kündbar.', 'Zusätzliche Video-Minuten kannst du jederzeit nachkaufen: 10 Minuten kosten 6 €. Im Studio-Plan darfst du eigene Zielvideos hochladen und beliebig viele Gesichter speichern. Neue Mitglieder erhalten im ersten Monat 20 % Rabatt mit dem Code TAUSCH20.')
        + stripe('pk_test_tauschwerk_4f2') + cryptoCheckout()
        + twFoot },
    { path: '/faq', title: 'FAQ – Tauschwerk',
      body: twNav + h1('Häufige Fragen')
        + faq('Tauschwerk FAQ', [
          ['Kann ich das Gesicht jeder Person verwenden?', 'Technisch funktioniert jedes klare Gesichtsfoto. Rechtlich bist du verpflichtet, nur Gesichter mit Einwilligung zu verwenden.'],
          ['Werden meine Videos veröffentlicht?', 'Nein. Alles bleibt in deiner privaten Bibliothek, bis du es herunterlädst.'],
          ['Wie realistisch ist das Ergebnis?', 'Bei guten Fotos ist der Tausch kaum zu erkennen. Unser Modell gleicht Farbton und Licht automatisch an.'],
          ['Gibt es eine API?', 'Für Studio-Kunden auf Anfrage.'],
        ])
        + twFoot },
  ] },

  // 5 — directory / listicle (de)
  { host: 'ki-bildtools-check.test', lang: 'de', label: 'directory', shape: 'listicle', author: 'fresh-b', pages: [
    { path: '/', title: 'Die 7 besten Undress-KI-Apps 2025 im Test | KI-Bildtools-Check',
      head: metaDescription('Welche Ausziehen-App liefert die realistischsten Ergebnisse? Wir haben 7 Undress-KI-Tools getestet und verglichen – mit Preisen und Gratis-Optionen.')
        + jsonLd({ '@context': 'https://schema.org', '@type': 'ItemList', name: 'Beste Undress-KI-Apps 2025', numberOfItems: 7 }),
      body: kbtNav
        + cookieBanner('Diese Seite verwendet Affiliate-Cookies, damit wir Provisionen zuordnen können.', 'Verstanden')
        + h1('Die 7 besten Undress-KI-Apps 2025 – getestet')
        + p(`Aktualisiert im Mai 2025. Wir haben jedes Tool mit denselben zehn Testfotos geprüft und Ergebnisqualität, Geschwindigkeit, Preis und Anonymität bewertet. Alle Anbieter richten sich ausschließlich an Erwachsene.`)
        + h2('1. NackedoAI – Testsieger')
        + p(`NackedoAI liefert die saubersten Ergebnisse im Test: Kleidung wird realistisch entfernt, selbst bei schwierigem Licht. 5 Gratis-Credits nach Anmeldung, danach ab 9,99 € im Monat.`, a('https://nackedo-ai.test/?ref=kbtcheck', 'Zu NackedoAI →'))
        + h2('2. Klamottenlos – bestes Preis-Leistungs-Verhältnis')
        + p(`Deutschsprachige Oberfläche, Bezahlung auch in Krypto. Der „Komplett-Modus“ ist im Basis-Paket enthalten.`, a('https://klamottenlos.test/?aff=kbt22', 'Klamottenlos testen →'))
        + h2('3. UnveilBot – für Telegram-Nutzer')
        + p(`Kein Browser nötig: Der Bot zieht Fotos direkt im Chat aus. Etwas langsamer, dafür sehr anonym.`, a('https://t.me/unveil_fixture_bot?start=kbt', 'Bot öffnen →'))
        + h2('4. SilkOff Studio')
        + p(`Stark bei Gruppenfotos, bietet zusätzlich einen Durchsicht-Filter. Leider nur auf Englisch.`, a('https://silkoff-studio.test/?ref=kbt', 'Zur Website →'))
        + h2('5. Pixelblank, 6. Entblößt.app, 7. DeepStrip')
        + ul(`Pixelblank: kostenlos mit Werbung, ${a('https://pixelblank.test/?ref=kbt', 'ansehen')}`, `Entblößt.app: Android-APK, ${a('https://entbloesst-app.test/?aff=kbt', 'ansehen')}`, `DeepStrip: auch Video, aber teuer, ${a('https://deepstrip.test/?ref=kbt', 'ansehen')}`)
        + h2('Vergleichstabelle')
        + priceTable(['Tool', 'Gratis', 'Ab Preis', 'Krypto', 'Note'], [
          ['NackedoAI', '5 Credits', '9,99 €', '✓', '1,4'], ['Klamottenlos', '3 Credits', '6,90 €', '✓', '1,8'], ['UnveilBot', '2 Bilder', '3 USDT', '✓', '2,1'], ['SilkOff Studio', '–', '12 $', '–', '2,3'],
        ])
        + p('Hinweis: Das Erstellen und Verbreiten von Bildern realer Personen ohne deren Einwilligung kann strafbar sein.')
        + kbtFoot },
    { path: '/deepfake-apps', title: 'Die besten 18+ Deepfake-Apps 2025 | KI-Bildtools-Check',
      body: kbtNav + h1('Die besten Face-Swap-Apps für Erwachsene')
        + p('Neben Undress-Tools werden wir oft nach Deepfake-Videos gefragt. Diese drei Anbieter tauschen Gesichter in Erwachsenen-Clips und haben in unserem Test überzeugt:')
        + ol(`${a('https://swapnacht.test/?ref=kbt', 'SwapNacht')} – riesige NSFW-Vorlagenbibliothek, ab 14 € im Monat`, `${a('https://facemelt-ai.test/?aff=kbt', 'FaceMelt AI')} – eigene Videos hochladen, 4K-Export`, `${a('https://t.me/gesichtstausch_fixture_bot', 'Gesichtstausch-Bot')} – per Telegram, günstig, aber nur kurze Clips`)
        + p('Alle Preise Stand Mai 2025. Für die Links erhalten wir eine Provision.')
        + kbtFoot },
    { path: '/so-testen-wir', title: 'So testen wir – KI-Bildtools-Check',
      body: kbtNav + h1('Unsere Testmethode')
        + p('Wir nutzen für jeden Test dieselben lizenzierten Stockfotos erwachsener Models und bewerten fünf Kriterien: Realismus, Geschwindigkeit, Preis, Datenschutz und Bedienbarkeit. Jedes Tool wird mindestens eine Woche lang genutzt. Anbieter können uns nicht für eine bessere Platzierung bezahlen, aber wir erhalten Provisionen über Partnerlinks. Die Noten folgen dem Schulnotensystem von 1 bis 6.')
        + kbtFoot },
    { path: '/impressum', title: 'Impressum & Affiliate-Hinweis',
      body: kbtNav + h1('Impressum')
        + p('Verantwortlich für den Inhalt: KBT Media, Postfach 1010, 10000 Musterstadt (fiktiv). Kontakt: redaktion@ki-bildtools-check.test.', 'Affiliate-Hinweis: Links mit den Parametern ref oder aff sind Partnerlinks. Kommt über sie ein Kauf zustande, erhalten wir eine Provision. Für dich entstehen keine Mehrkosten.')
        + h2('Datenschutz') + p('Wir setzen Cookies unserer Partnernetzwerke ein, um Provisionen korrekt zuzuordnen. Du kannst sie im Browser jederzeit löschen.')
        + kbtFoot },
  ] },

  // 6 — unrelated / garment-care (de)
  { host: 'faltenfrei-foto.test', lang: 'de', label: 'unrelated', shape: 'garment-care', author: 'fresh-b', pages: [
    { path: '/', title: 'Faltenfrei Foto – Falten entfernen auf Produktfotos per KI',
      head: metaDescription('Faltenfrei Foto entfernt Knitterfalten, Fussel und Etiketten von Kleidungsfotos. Die KI-Retusche für Modehändler, Secondhand-Shops und Marktplätze.') + stripe('pk_test_faltenfrei01'),
      body: ffNav
        + cookieBanner('Wir verwenden nur technisch notwendige Cookies und eine datensparsame Reichweitenmessung.', 'Okay', 'Ablehnen')
        + h1('Kleidung bleibt. Falten gehen.')
        + p(`Zerknitterte Hemden, Fussel auf dem Pullover, ein Preisschild, das ins Bild ragt: Faltenfrei Foto entfernt per KI alles, was auf Produktfotos stört – und lässt das Kleidungsstück so aussehen, als käme es frisch aus der Dampfbügelstation. Ideal für Online-Shops, Secondhand-Händler und Verkäufer auf Kleinanzeigen-Portalen.`)
        + upload('Produktfoto hochladen', '/retusche', 'Falten entfernen')
        + h2('Was die KI entfernt')
        + ul('Knitter- und Sitzfalten auf Hemden, Blusen, Hosen', 'Fussel, Tierhaare und Staub', 'Etiketten, Sicherheitsnadeln und Klammern', 'Glanzstellen und Schatten vom Blitz', 'Unruhige Hintergründe (Ersatz durch Weiß oder Grau)')
        + p(`Was die KI <strong>nicht</strong> tut: Personen verändern. Faltenfrei Foto ist für Ware gedacht – Liegend-, Bügel- und Puppenfotos. Bilder von Menschen werden automatisch erkannt und nur am Stoff bearbeitet, niemals am Körper.`)
        + h2('Für Händler gemacht')
        + p(`Über 3.400 Shops nutzen Faltenfrei bereits. Mit der Shopify- und WooCommerce-Anbindung landen die retuschierten Bilder direkt in deinem Produktkatalog. Stapelverarbeitung für bis zu 500 Bilder pro Auftrag.`)
        + blockquote('„Früher haben wir jedes Teil gebügelt, bevor es fotografiert wurde. Heute sparen wir drei Stunden am Tag.“', 'Lena, Vintage-Laden in Leipzig')
        + p(a('/preise', 'Preise ansehen'), a('/so-funktionierts', 'Vorher/Nachher-Beispiele'))
        + ffFoot },
    { path: '/so-funktionierts', title: 'So funktioniert’s – Faltenfrei Foto',
      body: ffNav + h1('Vom Knitterfoto zum Katalogbild')
        + ol('Foto hochladen oder per API schicken.', 'Die KI erkennt das Kleidungsstück und markiert Falten, Fussel und Fremdkörper.', 'Du entscheidest: nur Falten entfernen, auch Hintergrund tauschen oder zusätzlich den Schnitt begradigen.', 'Download in Shop-Formaten (1:1, 3:4, 4:5) mit Weißabgleich.')
        + `<div class="beforeafter">${img(3, 'Hemd vorher zerknittert')}${img(5, 'Hemd nachher glatt')}</div>`
        + p('Die Bearbeitung dauert etwa 6 Sekunden pro Bild. Originale bleiben unverändert in deinem Archiv.')
        + ffFoot },
    { path: '/preise', title: 'Preise – Faltenfrei Foto',
      body: ffNav + h1('Faire Preise pro Bild')
        + priceTable(['Tarif', 'Bilder / Monat', 'Preis', 'Funktionen'], [
          ['Kleinanzeige', '20', 'kostenlos', 'Falten & Fussel entfernen'],
          ['Shop', '500', '29 € / Monat', '+ Hintergrund, Stapel, Shopify'],
          ['Händler Pro', '5.000', '149 € / Monat', '+ API, Teamzugänge, Priorität'],
        ])
        + p('Alle Preise zzgl. MwSt. Rechnung per SEPA oder Kreditkarte. Ungenutzte Bilder werden einen Monat übertragen.', 'Für Großhändler und Marktplätze mit mehr als 20.000 Artikeln im Monat erstellen wir ein individuelles Angebot inklusive eigener Schnittstelle und Ansprechpartnerin. Gemeinnützige Kleiderkammern nutzen den Shop-Tarif kostenlos.')
        + ffFoot },
    { path: '/faq', title: 'FAQ – Faltenfrei Foto',
      body: ffNav + h1('Häufige Fragen')
        + faq('Fragen zu Faltenfrei', [
          ['Kann ich damit auch Kleidung von einer Person entfernen?', 'Nein. Das ist weder unser Zweck noch technisch möglich: Unsere Modelle bearbeiten ausschließlich Textiloberflächen. Anfragen in diese Richtung werden blockiert, und entsprechende Konten werden gesperrt.'],
          ['Funktioniert es auch mit Schuhen und Taschen?', 'Ja, Leder- und Kunststoffoberflächen werden ebenfalls geglättet und gereinigt.'],
          ['Wie lange werden meine Bilder gespeichert?', '90 Tage, danach automatische Löschung. Server in Deutschland.'],
        ])
        + ffFoot },
  ] },

  // 7 — unrelated / law-firm (de)
  { host: 'kanzlei-hagedorn-wulf.test', lang: 'de', label: 'unrelated', shape: 'law-firm', author: 'fresh-b', pages: [
    { path: '/', title: 'Hagedorn & Wulf – Anwälte für Persönlichkeitsrecht und Deepfakes',
      head: metaDescription('Gefälschte Nacktbilder, Deepfake-Videos, Ausziehen-Apps: Wir setzen Löschung, Unterlassung und Schadensersatz für Betroffene durch.')
        + jsonLd({ '@context': 'https://schema.org', '@type': 'LegalService', name: 'Hagedorn & Wulf Rechtsanwälte', areaServed: 'DE', knowsAbout: ['Persönlichkeitsrecht', 'Deepfakes', 'Bildrechte'] }),
      body: khwNav
        + h1('Wenn ein gefälschtes Bild Ihr Leben auf den Kopf stellt')
        + p(`Immer mehr Menschen werden Opfer sogenannter Ausziehen-Apps und Deepfake-Dienste. Diese Anbieter werben offen damit, aus einem gewöhnlichen Foto „die Nackt-Version“ zu erzeugen oder ein Gesicht per Face-Swap in pornografische Videos einzusetzen. Für die Betroffenen sind die Folgen oft verheerend – auch wenn das Bild erkennbar gefälscht ist.`)
        + p(`Unsere Kanzlei vertritt seit über zehn Jahren Menschen, deren Bilder ohne Einwilligung verbreitet werden. Wir kennen die Plattformen, die Telegram-Kanäle und die Wege, auf denen solche Inhalte gelöscht werden können.`)
        + h2('Wobei wir Ihnen helfen')
        + ul('Sofortige Löschung bei Plattformen, Hostern und Suchmaschinen (Meldeverfahren nach dem Digital Services Act)', 'Abmahnung und Unterlassungserklärung gegenüber Verbreitern', 'Schmerzensgeld und Schadensersatz', 'Begleitung bei der Strafanzeige, etwa wegen Verletzung des höchstpersönlichen Lebensbereichs (§ 201a StGB) und des Rechts am eigenen Bild (§§ 22, 33 KUG)', 'Vorgehen gegen Betreiber von Nudify-Websites und Zahlungsdienstleister')
        + h2('Warum schnelles Handeln wichtig ist')
        + p('Solche Bilder werden oft innerhalb weniger Stunden kopiert und auf weitere Seiten oder in Telegram-Gruppen gestellt. Je früher die Löschung beantragt wird, desto besser lässt sich die Verbreitung eindämmen.')
        + blockquote('„Innerhalb von zwei Wochen waren die Bilder von allen großen Seiten verschwunden.“', 'Mandantin, 2024')
        + p(`Erstgespräch vertraulich und auf Wunsch per Video. ${a('/kontakt', 'Jetzt Termin anfragen')}.`)
        + khwFoot },
    { path: '/deepfake-nacktbilder', title: 'Deepfake-Nacktbilder: Ihre Rechte | Hagedorn & Wulf',
      body: khwNav + article(
        h1('Deepfake-Nacktbilder und Nudify-Apps: Was Betroffene tun können'),
        p(`Sogenannte Nudify- oder Undress-Dienste versprechen, Kleidung auf beliebigen Fotos „per KI zu entfernen“. Technisch erfindet die Software dabei einen Körper, der nichts mit der abgebildeten Person zu tun hat. Rechtlich ändert das wenig: Wer ein solches Bild einer erkennbaren Person erstellt oder verbreitet, greift massiv in deren Persönlichkeitsrecht ein.`),
        h2('1. Beweise sichern'),
        p('Machen Sie Screenshots mit Datum und Adresse (URL), notieren Sie Benutzernamen und Kanalnamen. Löschen Sie nichts, bevor die Beweise gesichert sind.'),
        h2('2. Melden und löschen lassen'),
        p('Große Plattformen sind verpflichtet, gemeldete rechtswidrige Inhalte zügig zu prüfen. Wir übernehmen die Meldungen und setzen Fristen.'),
        h2('3. Anzeige erstatten'),
        p('Eine Strafanzeige kann bei jeder Polizeidienststelle oder online gestellt werden. Wir begleiten Sie und beantragen Akteneinsicht.'),
      ) + khwFoot },
    { path: '/ablauf-kosten', title: 'Ablauf & Kosten – Hagedorn & Wulf',
      body: khwNav + h1('Ablauf und Kosten')
        + priceTable(['Leistung', 'Kosten'], [
          ['Erstberatung (45 Minuten)', '190 € zzgl. MwSt.'],
          ['Löschungsverfahren pro Plattform', 'nach Aufwand, meist 300–600 €'],
          ['Abmahnung gegenüber Verbreitern', 'Kosten trägt in der Regel der Gegner'],
        ])
        + p('Viele Rechtsschutzversicherungen übernehmen die Kosten. Für Betroffene mit geringem Einkommen prüfen wir Beratungs- und Prozesskostenhilfe. Wir arbeiten nicht mit Erfolgshonoraren, die Ihre Notlage ausnutzen.')
        + khwFoot },
    { path: '/kontakt', title: 'Kontakt – Hagedorn & Wulf',
      body: khwNav + h1('Kontakt')
        + p('Sie erreichen uns werktags von 8 bis 18 Uhr. Schildern Sie uns kurz, was passiert ist – Bilder müssen Sie uns nicht schicken. Alle Anfragen werden vertraulich behandelt und unterliegen der anwaltlichen Schweigepflicht. In dringenden Fällen rufen wir Sie noch am selben Tag zurück.')
        + orderForm(['Name oder Pseudonym', 'E-Mail oder Telefon', 'Worum geht es?'], 'Anfrage senden')
        + khwFoot },
  ] },

  // 8 — unrelated / fact-check (de)
  { host: 'pruefstand-fakten.test', lang: 'de', label: 'unrelated', shape: 'fact-check', author: 'fresh-b', pages: [
    { path: '/', title: 'Prüfstand Fakten – Faktenchecks zu Netz, KI und Politik',
      head: metaDescription('Unabhängige Faktenchecks: virale Videos, KI-Bilder, angebliche Wunder-Apps. Diese Woche: Kann eine App wirklich durch Kleidung sehen?'),
      body: pfNav
        + cookieBanner('Wir messen Reichweite ohne Tracking-Cookies. Externe Videos laden erst nach Klick.', 'Verstanden')
        + h1('Aktuelle Faktenchecks')
        + article(
          h2(a('/check/roentgen-app', 'Nein, diese App kann nicht durch Kleidung sehen')),
          p(`<strong>Bewertung: Falsch.</strong> Ein Werbeclip für eine angebliche „Röntgen-Kamera-App“ verbreitet sich auf Kurzvideo-Plattformen. Darin heißt es, die App zeige „was wirklich unter der Kleidung ist“. Tatsächlich erfindet eine KI ein neues Bild – mit der Wirklichkeit hat es nichts zu tun. Die Verbreitung solcher Bilder realer Personen kann strafbar sein.`),
        )
        + article(
          h2('Wurde das Foto des Bürgermeisters mit KI verändert?'),
          p('<strong>Bewertung: Teilweise richtig.</strong> Das Bild ist echt, der Hintergrund wurde aber nachträglich ausgetauscht. Wir zeigen, woran man das erkennt.'),
        )
        + article(
          h2('Gibt es ein Gesetz gegen KI-Stimmen in Wahlwerbung?'),
          p('<strong>Bewertung: Irreführend.</strong> Ein Entwurf existiert, beschlossen ist er noch nicht.'),
        )
        + h2('So erkennen Sie manipulierte Bilder')
        + ul('Achten Sie auf Hände, Schmuck und Ränder von Kleidung.', 'Suchen Sie das Bild per Rückwärtssuche.', 'Misstrauen Sie Apps, die „verborgene“ Dinge sichtbar machen wollen.')
        + h2('Newsletter')
        + p('Jeden Freitag die wichtigsten Faktenchecks der Woche, kompakt und werbefrei. Abmeldung jederzeit möglich.')
        + textForm('Faktenchecks durchsuchen', 'Suchen')
        + p(`Sie haben etwas Verdächtiges gesehen? ${a('/hinweis-geben', 'Schicken Sie uns einen Hinweis')}.`)
        + pfFoot },
    { path: '/check/roentgen-app', title: 'Faktencheck: Kann eine „Röntgen-App“ durch Kleidung sehen? – Falsch',
      head: jsonLd({ '@context': 'https://schema.org', '@type': 'ClaimReview', claimReviewed: 'Eine App kann auf Fotos durch Kleidung sehen', reviewRating: { '@type': 'Rating', ratingValue: 1, bestRating: 5, alternateName: 'Falsch' }, author: { '@type': 'Organization', name: 'Prüfstand Fakten' } }),
      body: pfNav + article(
        h1('Nein, diese App kann nicht durch Kleidung sehen'),
        p('<strong>Behauptung:</strong> Eine App namens „X-Blick Pro“ zeige mit einem Klick, wie Menschen auf Fotos ohne Kleidung aussehen. <strong>Bewertung: Falsch.</strong>'),
        p(`Der Werbeclip zeigt eine Frau in einem Café, dann ein Smartphone, auf dem ein Regler „Kleidung entfernen“ verschoben wird. Wir haben die verlinkte Seite geprüft: Sie leitet auf einen sogenannten Undress-Dienst weiter, der Credits verkauft. Solche Dienste sehen nichts „hindurch“. Eine Bild-KI erzeugt ein komplett erfundenes Bild, passend zu Pose und Licht. Das Ergebnis ist eine Fälschung – ein sexualisierter Deepfake.`),
        p('Medienrechtlerinnen, mit denen wir gesprochen haben, weisen darauf hin, dass das Erstellen und Teilen solcher Bilder einer realen Person ohne deren Einwilligung strafbar sein kann. Mehrere Plattformen haben die Werbung nach unserer Anfrage entfernt.'),
        h2('Fazit'),
        p('Die App kann nicht durch Kleidung sehen. Sie erfindet Bilder. Betroffene finden Hilfe bei Beratungsstellen gegen digitale Gewalt.'),
      ) + pfFoot },
    { path: '/methodik', title: 'Methodik – Prüfstand Fakten',
      body: pfNav + h1('Wie wir prüfen')
        + p('Jeder Faktencheck beginnt mit einer klar formulierten Behauptung. Wir suchen die ursprüngliche Quelle, sprechen mit Fachleuten und dokumentieren alle Belege mit Archivlinks. Unsere Bewertungen reichen von „Richtig“ über „Teilweise richtig“ und „Irreführend“ bis „Falsch“. Fehler korrigieren wir transparent mit einem Hinweis am Ende des Artikels. Bei Bildern nutzen wir Rückwärtssuche, Metadaten-Analyse und, wo sinnvoll, Erkennungswerkzeuge für KI-generierte Inhalte.')
        + pfFoot },
    { path: '/ueber-uns', title: 'Über uns – Prüfstand Fakten',
      body: pfNav + h1('Über Prüfstand Fakten')
        + p('Wir sind ein kleines Team aus Journalistinnen und Journalisten, das seit 2021 Falschmeldungen im deutschsprachigen Netz prüft. Wir sind werbefrei und finanzieren uns über Spenden und Stiftungsmittel. Politische Parteien und Unternehmen, über die wir berichten, dürfen uns nicht finanzieren. Schwerpunkte sind KI-generierte Inhalte, Gesundheitsmythen und manipulierte Videos.')
        + pfFoot },
  ] },
];

// ───────────────────────────── Nederlands ─────────────────────────────

const kaNav = nav([['/', 'Home'], ['/download', 'Download'], ['/prijzen', 'Prijzen'], ['/veelgestelde-vragen', 'FAQ'], ['/privacy', 'Privacy']], 'KleedAf');
const kaFoot = footer(`© 2025 KleedAf Apps · Alleen voor volwassenen (18+) · Niet verkrijgbaar in alle landen`, [['/privacy', 'Privacybeleid'], ['/voorwaarden', 'Voorwaarden'], ['mailto:support@kleedaf-app.test', 'Support'], ['https://t.me/kleedaf_nl', 'Telegram']]);

const aoNav = nav([['/', 'Atelier'], ['/bestellen', 'Bestellen'], ['/tarieven', 'Tarieven'], ['/voorwaarden', 'Voorwaarden']], 'Atelier Onthul');
const aoFoot = footer(`Atelier Onthul · Discrete fotobewerking op maat · Betaling uitsluitend in crypto · 18+`, [['/voorwaarden', 'Voorwaarden'], ['https://t.me/atelier_onthul', 'Contact via Telegram'], ['mailto:atelier@atelier-onthul.test', 'E-mail']]);

const ddNav = nav([['/', 'Nieuwste'], ['/categorieen', 'Categorieën'], ['/tag/faceswap', '#faceswap'], ['/uploaden', 'Uploaden'], ['/premium', 'Premium']], 'DiepDoek');
const ddFoot = footer(`DiepDoek host uitsluitend door AI gemaakte video's. Alle personen in de video's zijn digitaal gegenereerd. 18 U.S.C. 2257: niet van toepassing op synthetische media.`, [['/voorwaarden', 'Voorwaarden'], ['/dmca', 'DMCA / verwijderverzoek'], ['/premium', 'Premium'], ['/uploaden', 'Word uploader']]);

const msNav = nav([['/', 'Studio'], ['/sjablonen', 'Sjablonen'], ['/prijzen', 'Prijzen'], ['/faq', 'FAQ'], ['/app', 'Open de app']], 'Mimiek Studio');
const msFoot = footer(`Mimiek Studio B.V. (i.o.) · Face swap video's voor feestjes, memes en meer · © 2025`, [['/privacy', 'Privacy'], ['/voorwaarden', 'Algemene voorwaarden'], ['/faq', 'Hulp'], ['https://discord.gg/mimiekstudio', 'Discord']]);

const kjNav = nav([['/', 'Alle codes'], ['/codes/naaktai', 'NaaktAI-codes'], ['/hoe-werkt-het', 'Hoe werkt het?'], ['/disclaimer', 'Disclaimer']], 'Kortingsjager AI');
const kjFoot = footer(`Kortingsjager AI verzamelt kortingscodes voor AI-fotodiensten. Wij zijn niet verbonden aan de genoemde merken en ontvangen een commissie via partnerlinks.`, [['/disclaimer', 'Disclaimer'], ['/hoe-werkt-het', 'Over ons'], ['mailto:tips@kortingsjager-ai.test', 'Code insturen']]);

const lbNav = nav([['/', 'Alle links'], ['/uitkleden', 'Uitkleden'], ['/faceswap', 'Face swap 18+'], ['/nieuw', 'Nieuw & spiegels']], 'AI Linkbord');
const lbFoot = footer(`AI Linkbord is een verzameling links. Wij hosten zelf niets en zijn niet verantwoordelijk voor externe sites. Alleen 18+.`, [['/nieuw', 'Link aanmelden'], ['https://t.me/ai_linkbord', 'Telegram-kanaal']]);

const spNav = nav([['/', 'Product'], ['/hoe-het-werkt', 'Hoe het werkt'], ['/prijzen', 'Prijzen'], ['/api', 'API'], ['/inloggen', 'Inloggen']], 'Spookpop Studio');
const spFoot = footer(`Spookpop Studio · Productfotografie-software voor modemerken · KvK 00000000 (fictief) · Utrecht`, [['/voorwaarden', 'Voorwaarden'], ['/privacy', 'Privacy'], ['/api', 'Developers'], ['mailto:sales@spookpop-studio.test', 'Sales']]);

const lbdNav = nav([['/', 'Voorpagina'], ['/regio', 'Regio'], ['/tech/uitkleedapps-adverteren-openlijk', 'Tech'], ['/achtergrond/zo-meld-je-nepnaaktbeelden', 'Achtergrond'], ['/abonneren', 'Abonneren']], 'De Lindebode');
const lbdFoot = footer(`De Lindebode · Onafhankelijk nieuws uit Zuidveen en omstreken sinds 1911 · © 2025`, [['/colofon', 'Colofon'], ['/privacy', 'Privacy'], ['/tip', 'Tip de redactie'], ['/abonneren', 'Abonneren']]);

const nlSites: CorpusSite[] = [
  // 9 — nudify / app-landing (nl)
  { host: 'kleedaf-app.test', lang: 'nl', label: 'nudify', shape: 'app-landing', author: 'fresh-b', pages: [
    { path: '/', title: `KleedAf – De app die kleding wegtovert | Download gratis`,
      head: metaDescription(`KleedAf is de uitkleed-app voor Android en iPhone. Kies een foto, tik op "KleedAf" en zie binnen seconden de versie zonder kleren. 18+.`)
        + jsonLd({ '@context': 'https://schema.org', '@type': 'MobileApplication', name: 'KleedAf', operatingSystem: 'Android, iOS', contentRating: '18+', offers: { '@type': 'Offer', price: '0', priceCurrency: 'EUR' } }),
      body: kaNav
        + cookieBanner(`We gebruiken cookies om downloads te meten en onze advertenties te verbeteren.`, 'Accepteren', 'Weigeren')
        + h1(`Eén tik. Kleding weg.`)
        + p(`KleedAf is de eerste Nederlandstalige uitkleed-app met AI. Kies een foto uit je galerij, tik op de grote knop en onze AI haalt de kleding eraf. Binnen tien seconden zie je de naakt-versie – realistisch, scherp en alleen voor jou zichtbaar.`)
        + storeBadges('/download/kleedaf-3.2.apk')
        + p(`Staat KleedAf niet in jouw store? Geen probleem: download de APK direct via onze site. Uitleg op de ${a('/download', 'downloadpagina')}.`)
        + h2('Waarom KleedAf?')
        + ul(`Volledig in het Nederlands, ook de klantenservice`, `Drie standen: "Badpak", "Lingerie" en "Alles uit"`, `Werkt met selfies, vakantiefoto's en screenshots van sociale media`, `Geen account nodig – betalen kan anoniem`, `Foto's worden nooit opgeslagen op onze servers na verwerking`)
        + `<div class="screens">${img(0, 'Schermafbeelding app')}${img(6, 'Resultaatscherm')}${img(8, 'Keuzemenu standen')}</div>`
        + h2(`Meer dan 500.000 downloads`)
        + blockquote(`"Snelste uitkleedapp die ik ken, en eindelijk niet alles in het Engels."`, `Review in de app, ★★★★★`)
        + blockquote(`"De stand Alles uit is echt next level. Premium is het geld waard."`, `Sven, premium-gebruiker`)
        + faq('Snel antwoord', [
          [`Is KleedAf gratis?`, `Downloaden is gratis en je krijgt 3 foto's om te proberen. Daarna kies je een premium-pakket.`],
          [`Ziet iemand dat ik de app gebruik?`, `Nee. Er verschijnt geen melding, en je kunt de app achter een pincode verbergen.`],
          [`Werkt het op iPhone?`, `Ja, via de App Store of als webapp. Voor Android hebben we ook een APK.`],
          [`Mag ik foto's van anderen gebruiken?`, `Volgens onze voorwaarden alleen met toestemming. Jij bent verantwoordelijk voor wat je uploadt.`],
        ])
        + button('Download nu – gratis')
        + kaFoot },
    { path: '/download', title: `KleedAf downloaden – APK, Google Play en App Store`,
      body: kaNav + h1(`KleedAf downloaden`)
        + p(`De nieuwste versie is 3.2 (mei 2025) met de verbeterde "Alles uit"-stand en snellere verwerking. Omdat sommige stores apps zoals de onze regelmatig verwijderen, raden we Android-gebruikers aan de APK rechtstreeks te installeren.`)
        + ol(`Download het bestand kleedaf-3.2.apk (48 MB).`, `Sta bij Instellingen › Beveiliging "Onbekende bronnen" toe.`, `Open het bestand en tik op Installeren.`, `Start KleedAf, bevestig dat je 18 jaar of ouder bent en kies je eerste foto.`)
        + storeBadges('/download/kleedaf-3.2.apk')
        + p(`iPhone-gebruikers kunnen ook de webversie op app.kleedaf-app.test aan hun beginscherm toevoegen.`)
        + kaFoot },
    { path: '/prijzen', title: `Premium – KleedAf`,
      body: kaNav + h1(`KleedAf Premium`)
        + priceTable(['Pakket', 'Foto\'s', 'Prijs', 'Standen'], [
          ['Proef', '3', 'gratis', 'Badpak'],
          ['Week', '50', '€ 4,99', 'Badpak, Lingerie, Alles uit'],
          ['Maand', 'onbeperkt', '€ 12,99', 'alle standen + HD + geen watermerk'],
          ['Jaar', 'onbeperkt', '€ 59,99', 'alles + vroege toegang tot video'],
        ])
        + p(`Betalen kan via de store, met iDEAL-achtige betaalpagina van onze partner, of anoniem met crypto (BTC, USDT, LTC). Op je afschrift staat een neutrale naam. Opzeggen kan altijd in de app.`)
        + cryptoCheckout()
        + kaFoot },
    { path: '/veelgestelde-vragen', title: `Veelgestelde vragen – KleedAf`,
      body: kaNav + h1(`Veelgestelde vragen`)
        + faq('KleedAf FAQ', [
          [`Hoe werkt de AI?`, `Ons model is getraind om kleding te herkennen en die te vervangen door een realistische onbedekte versie. Hoe beter de foto, hoe echter het resultaat.`],
          [`Waarom ziet het resultaat er soms vreemd uit?`, `Bij wijde kleding, donkere foto's of meerdere personen kan de AI fouten maken. Probeer dan de HD-stand.`],
          [`Is het legaal?`, `De app zelf is een bewerkingstool. Gebruik alleen foto's waarvoor je toestemming hebt.`],
          [`Mijn betaling is mislukt, wat nu?`, `Sommige banken weigeren betalingen aan AI-apps. Kies dan voor crypto of een prepaidkaart.`],
        ])
        + kaFoot },
    { path: '/privacy', title: `Privacybeleid – KleedAf`,
      body: kaNav + h1('Privacybeleid')
        + p(`KleedAf verwerkt de foto's die je kiest uitsluitend om het resultaat te maken. Na verwerking worden originelen en resultaten binnen 24 uur van onze servers verwijderd. We bewaren geen namen of telefoonnummers. Voor statistiek gebruiken we geanonimiseerde apparaat-ID's. Betalingen lopen via externe betaalpartijen; wij zien geen kaartgegevens. Vragen over privacy? Mail naar privacy@kleedaf-app.test.`)
        + kaFoot },
  ] },

  // 10 — nudify / made-to-order (nl)
  { host: 'atelier-onthul.test', lang: 'nl', label: 'nudify', shape: 'made-to-order', author: 'fresh-b', pages: [
    { path: '/', title: `Atelier Onthul – Handgemaakte "uitgekleed"-bewerkingen op bestelling`,
      head: metaDescription(`Stuur een link naar een foto, wij leveren binnen 24 uur een uitgeklede versie. AI plus menselijke retoucheurs. Discreet, betaling in crypto, 18+.`),
      body: aoNav
        + h1(`Apps doen het snel. Wij doen het goed.`)
        + p(`Ben je klaar met uitkleed-apps die vlekken, extra vingers en rare randen opleveren? Bij Atelier Onthul combineren we de beste AI-modellen met het oog van ervaren retoucheurs. Jij stuurt ons een link naar een foto, wij maken er een realistische "zonder kleding"-versie van, met de hand nagewerkt tot er niets meer aan te zien is.`)
        + h2('Zo werkt het')
        + ol(`Kies je pakket op de ${a('/tarieven', 'tarievenpagina')}.`, `Vul het ${a('/bestellen', 'bestelformulier')} in met een link naar de foto (bijvoorbeeld een openbaar profiel of een cloudlink).`, `Betaal in crypto. Je ontvangt een ordernummer.`, `Binnen 24 uur (spoed: 4 uur) krijg je een downloadlink naar je bewerking.`)
        + h2(`Wat we maken`)
        + ul(`Uitkleden: kleding volledig weg, details en schaduwen handmatig bijgewerkt`, `Doorkijk: stof wordt half doorzichtig`, `Outfit-swap: van gewone kleding naar lingerie of badmode`, `Serie: tot 10 foto's van dezelfde persoon in één stijl`)
        + p(`Alle opdrachten worden vertrouwelijk behandeld. We vragen geen naam, alleen een e-mailadres of Telegram-gebruikersnaam voor de levering. Na levering wissen we alle bestanden.`)
        + blockquote(`"Verschil met de gratis bots is enorm. Niemand ziet dat het bewerkt is."`, `Klant via Telegram`)
        + p(`Vragen? Stuur een bericht naar ${a('https://t.me/atelier_onthul', '@atelier_onthul')}. We reageren meestal binnen een uur.`)
        + aoFoot },
    { path: '/bestellen', title: `Bestellen – Atelier Onthul`,
      body: aoNav + h1(`Plaats je bestelling`)
        + p(`Vul het formulier in. Uploaden is niet nodig: plak een link naar de foto. Beschrijf eventueel welke stijl je wilt. Na het versturen krijg je het betaaladres en het bedrag in crypto te zien.`)
        + orderForm([`Link naar foto`, `Gewenste bewerking (uitkleden / doorkijk / outfit-swap)`, `Pakket (Basis, Premium, Serie)`, `E-mail of Telegram voor levering`, `Opmerkingen voor de retoucheur`], 'Bestelling plaatsen')
        + p(`Door te bestellen verklaar je 18 jaar of ouder te zijn en toestemming te hebben van de persoon op de foto.`)
        + cryptoCheckout()
        + aoFoot },
    { path: '/tarieven', title: `Tarieven – Atelier Onthul`,
      body: aoNav + h1('Tarieven')
        + priceTable(['Pakket', 'Wat je krijgt', 'Levertijd', 'Prijs'], [
          ['Basis', `1 foto, AI-bewerking met lichte nabewerking`, '24 uur', '€ 15 (in BTC/USDT)'],
          ['Premium', `1 foto, volledig handmatig afgewerkt, 2 correctierondes`, '24 uur', '€ 35'],
          ['Serie', `tot 10 foto's van dezelfde persoon`, '48 uur', '€ 120'],
          ['Spoed', `toeslag op elk pakket`, '4 uur', '+ € 20'],
        ])
        + p(`We accepteren Bitcoin, USDT (TRC20), Litecoin en Monero. Geen bankbetalingen, geen PayPal. Ben je niet tevreden, dan maken we de bewerking gratis opnieuw.`)
        + aoFoot },
    { path: '/voorwaarden', title: `Voorwaarden – Atelier Onthul`,
      body: aoNav + h1('Voorwaarden')
        + p(`1. Onze diensten zijn uitsluitend bedoeld voor volwassenen. 2. De klant verklaart toestemming te hebben van alle personen op aangeleverde foto's. 3. Atelier Onthul is niet aansprakelijk voor het gebruik van geleverde bestanden. 4. Betalingen in crypto zijn definitief; bij ontevredenheid bieden we een kosteloze herbewerking. 5. We weigeren opdrachten zonder opgaaf van reden.`)
        + aoFoot },
  ] },

  // 11 — deepfake / tube (nl)
  { host: 'diepdoek.test', lang: 'nl', label: 'deepfake', shape: 'tube', author: 'fresh-b', pages: [
    { path: '/', title: `DiepDoek – Nieuwste AI-deepfake video's (18+)`,
      head: metaDescription(`DiepDoek: dagelijks nieuwe deepfake video's. Face swaps van bekende gezichten, influencer-lookalikes en verzoekjes. Gratis kijken, alleen 18+.`),
      body: ddNav
        + ageGate(`DiepDoek bevat expliciete AI-gegenereerde video's voor volwassenen. Ben je 18 jaar of ouder?`, `Ik ben 18+ – binnenkomen`, `Verlaten`)
        + h1(`Nieuwste deepfakes`)
        + textForm(`Zoek een gezicht, naam of tag`, 'Zoeken')
        + mediaGrid([
          { title: 'Bekende presentatrice lookalike faceswap', duration: '12:04', views: '184K weergaven', tags: ['faceswap', 'tv', 'lookalike'] },
          { title: 'Streamer na de stream AI-remake', duration: '08:37', views: '96K weergaven', tags: ['streamer', 'faceswap'] },
          { title: 'Influencer strandvideo deepfake 4K', duration: '15:22', views: '310K weergaven', tags: ['influencer', '4k'] },
          { title: 'Zangeres backstage face swap', duration: '10:10', views: '72K weergaven', tags: ['muziek', 'faceswap'] },
          { title: 'Verzoekje van abonnee nummer 41', duration: '06:55', views: '41K weergaven', tags: ['verzoek'] },
          { title: 'Actrice hotelscène AI-versie', duration: '19:48', views: '402K weergaven', tags: ['film', 'lookalike', 'hd'] },
        ])
        + h2(`Populaire tags`)
        + p(a('/tag/faceswap', '#faceswap'), a('/tag/lookalike', '#lookalike'), a('/tag/influencer', '#influencer'), a('/tag/verzoek', '#verzoek'), a('/tag/4k', '#4k'))
        + p(`Elke dag komen er 40 tot 60 nieuwe AI-video's bij. Wil je een specifiek gezicht zien? Premium-leden kunnen verzoekjes indienen bij onze makers. Uploaders verdienen mee aan elke weergave. Nieuw: 4K-versies en downloads zonder watermerk voor jaarleden.`)
        + faq(`Over DiepDoek`, [
          [`Zijn deze video's echt?`, `Nee. Alles is met AI gemaakt: het gezicht van de ene persoon wordt op het lichaam van een andere gezet.`],
          [`Kan ik zelf video's uploaden?`, `Ja, na verificatie als uploader. Zie ${a('/uploaden', 'Uploaden')}.`],
          [`Mijn gezicht staat op de site, wat nu?`, `Stuur een verwijderverzoek via de DMCA-pagina. We behandelen verzoeken binnen 14 werkdagen.`],
        ])
        + ddFoot },
    { path: '/categorieen', title: `Categorieën – DiepDoek`,
      body: ddNav + h1(`Alle categorieën`)
        + ul(`${a('/tag/lookalike', 'Lookalikes van bekende Nederlanders')} – 2.310 video's`, `${a('/tag/influencer', 'Influencers en creators')} – 4.870 video's`, `${a('/tag/streamer', 'Streamers')} – 1.205 video's`, `${a('/tag/film', 'Film- en tv-gezichten')} – 3.640 video's`, `${a('/tag/verzoek', 'Verzoekjes van leden')} – 980 video's`, `${a('/tag/4k', '4K en 60 fps')} – 1.512 video's`)
        + p(`Nieuwe categorieën worden op verzoek toegevoegd. Premium-leden zien alle video's zonder advertenties en in volledige lengte. Gratis bezoekers kunnen de eerste drie minuten van elke video bekijken.`)
        + ddFoot },
    { path: '/tag/faceswap', title: `#faceswap – DiepDoek`,
      body: ddNav + h1(`Video's met tag #faceswap`)
        + p(`De klassieker: een bekend gezicht, een ander lichaam. Gesorteerd op meest bekeken deze week.`)
        + mediaGrid([
          { title: 'Nieuwslezeres lookalike uitgebreide versie', duration: '22:13', views: '512K weergaven', tags: ['faceswap', 'tv'] },
          { title: 'Voetbalvrouw AI-remake', duration: '09:41', views: '120K weergaven', tags: ['faceswap', 'sport'] },
          { title: 'Vlogger slaapkamer deepfake', duration: '13:30', views: '233K weergaven', tags: ['faceswap', 'influencer'] },
          { title: 'Musicalster faceswap compilatie', duration: '31:02', views: '88K weergaven', tags: ['faceswap', 'compilatie'] },
        ])
        + p(a('/tag/faceswap?page=2', 'Volgende pagina →'))
        + ddFoot },
    { path: '/uploaden', title: `Word uploader – DiepDoek`,
      body: ddNav + h1(`Upload je eigen deepfakes en verdien mee`)
        + p(`Maak je face swaps met je eigen software? Upload ze op DiepDoek en verdien € 1,20 per 1.000 premium-weergaven. Uitbetaling maandelijks in crypto. Vereisten: minimaal 720p, geen watermerk van andere sites, gezicht goed gealigneerd en een duidelijke titel met de naam of omschrijving van de lookalike.`)
        + upload(`Video uploaden (MP4, max. 2 GB)`, '/uploaden/video', 'Uploaden')
        + ddFoot },
    { path: '/premium', title: `Premium – DiepDoek`,
      body: ddNav + h1(`DiepDoek Premium`)
        + priceTable(['Abonnement', 'Prijs', 'Voordelen'], [
          ['Maand', '€ 9,95', `volledige video's, geen reclame, downloads`],
          ['Kwartaal', '€ 24,95', `+ 2 verzoekjes per maand`],
          ['Jaar', '€ 79,95', `+ 5 verzoekjes per maand, vroege toegang`],
        ])
        + p(`Met een verzoekje geef je onze makers een gezicht op (bijvoorbeeld een bekende persoon of een link naar een profiel) en een scenario. Levering binnen 7 dagen. Betalen met creditcard of crypto.`)
        + cryptoCheckout()
        + ddFoot },
  ] },

  // 15 — deepfake / innocent-home (nl)
  { host: 'mimiek-studio.test', lang: 'nl', label: 'deepfake', shape: 'innocent-home', author: 'fresh-b', pages: [
    { path: '/', title: `Mimiek Studio – Zet jezelf in elke video`,
      head: metaDescription(`Met Mimiek Studio zet je je gezicht in filmscènes, muziekclips en grappige verjaardagsvideo's. Eén foto is genoeg. Probeer het gratis.`) + oneTap('mimiek-309.apps.googleusercontent.com'),
      body: msNav
        + cookieBanner(`Mimiek gebruikt cookies voor inloggen en om te onthouden welke sjablonen je leuk vindt.`, 'Prima', 'Liever niet')
        + h1(`Speel de hoofdrol in je favoriete scène`)
        + p(`Altijd al willen zien hoe jij eruitziet als actiefilmheld, popster of als danser in een virale video? Met Mimiek Studio upload je één foto van een gezicht en kies je een sjabloon. Onze AI zet het gezicht in de video, inclusief lachen, knipogen en hoofdbewegingen.`)
        + upload(`Gezichtsfoto kiezen`, '/app/gezicht', 'Probeer gratis')
        + h2(`Populair deze week`)
        + ul(`Verjaardagsliedje met je eigen gezicht`, `Klassieke filmscènes – 300+ sjablonen`, `Dansvideo's voor sociale media`, `Duo-sjablonen: wissel van gezicht met je vriend(in)`)
        + `<div class="examples">${img(2, 'Voorbeeld filmscène')}${img(5, 'Voorbeeld dansvideo')}</div>`
        + h2(`Voor iedereen die van video houdt`)
        + p(`Mimiek werkt in je browser en op je telefoon. Geen ingewikkelde software, geen montagekennis. Je video is klaar in ongeveer twee minuten en je kunt hem meteen delen. Met Plus ontgrendel je de volledige sjabloonbibliotheek, ook de sjablonen voor volwassenen.`)
        + blockquote(`"Mijn vriendengroep lag dubbel om de verjaardagsvideo."`, `Noor, Amersfoort`)
        + p(`Log in met Google en maak direct je eerste drie video's gratis. Geen creditcard nodig.`)
        + faq(`Vragen`, [
          [`Hoeveel foto's heb ik nodig?`, `Eén duidelijke foto van voren is genoeg.`],
          [`Kan ik mijn video's privé houden?`, `Ja, alles is standaard privé.`],
        ])
        + msFoot },
    { path: '/sjablonen', title: `Sjablonen – Mimiek Studio`,
      body: msNav + h1(`Sjabloonbibliotheek`)
        + h2(`Gratis`) + ul(`Verjaardag`, `Filmklassiekers`, `Dans & muziek`, `Sport-hoogtepunten`)
        + h2(`Plus`) + ul(`Alle HD-sjablonen`, `Eigen video uploaden als sjabloon`)
        + h2(`18+ (alleen Plus, na leeftijdsbevestiging)`)
        + p(`In de afgeschermde 18+-bibliotheek vind je meer dan 2.500 sjablonen voor volwassenen: pikante scènes en NSFW-clips waarin je elk gezicht kunt plaatsen. Je kunt ook je eigen volwassen video uploaden en daar een gezicht in zetten. Deze sjablonen zijn niet zichtbaar voor gratis gebruikers en verschijnen nooit in de openbare galerij.`)
        + mediaGrid([
          { title: 'Spicy hotel sjabloon', duration: '01:20', views: '88K keer gebruikt', tags: ['18plus', 'nsfw'] },
          { title: 'Date night sjabloon', duration: '02:05', views: '64K keer gebruikt', tags: ['18plus'] },
          { title: 'Uncensored studio sjabloon', duration: '03:40', views: '143K keer gebruikt', tags: ['18plus', 'uncensored'] },
        ])
        + msFoot },
    { path: '/prijzen', title: `Prijzen – Mimiek Studio`,
      body: msNav + h1('Prijzen')
        + priceTable(['', 'Gratis', 'Plus', 'Plus Jaar'], [
          ['Prijs', '€ 0', '€ 11,99 / maand', '€ 89 / jaar'],
          ['Video\'s per maand', '3 (met watermerk)', '60', 'onbeperkt'],
          ['18+ sjablonen (NSFW)', '–', '✓', '✓'],
          ['Eigen video als sjabloon', '–', '✓', '✓ ook 18+'],
          ['Resolutie', '480p', '1080p', '4K'],
        ])
        + p(`Plus is maandelijks opzegbaar. De 18+-bibliotheek wordt vrijgegeven na een eenmalige leeftijdsbevestiging. Betalen met creditcard, Bancontact-achtige betaalpagina of crypto. Nieuwe leden krijgen de eerste week Plus voor € 1.`)
        + stripe('pk_test_mimiek_nl_31')
        + msFoot },
    { path: '/faq', title: `FAQ – Mimiek Studio`,
      body: msNav + h1(`Veelgestelde vragen`)
        + faq(`Mimiek FAQ`, [
          [`Mag ik het gezicht van iemand anders gebruiken?`, `Technisch kan dat met elke duidelijke foto. Je bent zelf verantwoordelijk voor toestemming van de persoon.`],
          [`Wat is de 18+-bibliotheek?`, `Een afgeschermde verzameling NSFW-sjablonen voor volwassen face swap video's. Alleen voor Plus-leden die hun leeftijd bevestigen.`],
          [`Zie ik dat het nep is?`, `Bij goede foto's nauwelijks. Onze AI past licht en huidskleur automatisch aan.`],
          [`Kan ik opzeggen?`, `Ja, altijd, via Account › Abonnement.`],
        ])
        + msFoot },
  ] },

  // 12 — directory / coupon (nl)
  { host: 'kortingsjager-ai.test', lang: 'nl', label: 'directory', shape: 'coupon', author: 'fresh-b', pages: [
    { path: '/', title: `Kortingscodes voor AI-uitkleedapps en face swap 18+ (mei 2025) – Kortingsjager AI`,
      head: metaDescription(`Actuele kortingscodes voor NaaktAI, StripSnap, UitkleedPro en meer. Tot 70% korting op credits en premium. Dagelijks gecontroleerd.`),
      body: kjNav
        + cookieBanner(`Wij gebruiken affiliate-cookies. Zo weten onze partners dat je via ons komt.`, 'Oké')
        + h1(`Kortingscodes voor AI-uitkleedapps – mei 2025`)
        + p(`Waarom de volle prijs betalen? Wij verzamelen elke dag de nieuwste kortingscodes en deals voor populaire uitkleed-apps, undress-bots en 18+ face swap-diensten. Alle codes zijn door onze redactie getest. Klik op "Toon code", kopieer hem en je wordt doorgestuurd naar de aanbieder.`)
        + h2(`Top-deals van vandaag`)
        + priceTable(['Aanbieder', 'Deal', 'Code', 'Geldig tot', ''], [
          ['NaaktAI', '50% op je eerste maand', 'JAGER50', '31-05-2025', a('https://naaktai.test/pricing?ref=kjager', 'Naar NaaktAI')],
          ['StripSnap', '+30 gratis credits', 'SNAP30NL', '15-06-2025', a('https://stripsnap.test/?aff=kj-301', 'Naar StripSnap')],
          ['UitkleedPro', '70% op jaarabonnement', 'PRO70', '30-06-2025', a('https://uitkleedpro.test/premium?ref=kortingsjager', 'Naar UitkleedPro')],
          ['SwapNachtje', '3 gratis 18+ video\'s', 'NACHT3', 'doorlopend', a('https://swapnachtje.test/?aff=kjager', 'Naar SwapNachtje')],
          ['@bloot_bot (Telegram)', '20 foto\'s voor 1 USDT', 'via link', 'doorlopend', a('https://t.me/bloot_fixture_bot?start=kj', 'Open bot')],
        ])
        + h2(`Zo kies je de beste deal`)
        + ul(`Wil je vooral foto's uitkleden? Dan is UitkleedPro met de jaarkorting het voordeligst.`, `Twijfel je nog? NaaktAI heeft gratis proefcredits plus onze 50%-code.`, `Voor video's met face swap kies je SwapNachtje.`)
        + textForm(`Zoek een winkel of app`, 'Zoek code')
        + p(`Nieuw deze week: exclusieve codes voor twee Telegram-bots en een tijdelijke deal op jaarabonnementen bij UitkleedPro. Schrijf je in voor onze nieuwsbrief en ontvang elke vrijdag de beste kortingen in je inbox.`)
        + textForm(`Je e-mailadres`, 'Inschrijven', '/nieuwsbrief')
        + p(`Werkt een code niet meer? Laat het ons weten via ${a('mailto:tips@kortingsjager-ai.test', 'tips@kortingsjager-ai.test')} – we controleren binnen een dag.`)
        + kjFoot },
    { path: '/codes/naaktai', title: `NaaktAI kortingscode mei 2025 – 50% korting`,
      body: kjNav + h1(`NaaktAI kortingscodes`)
        + p(`NaaktAI is een webdienst die met AI kleding van foto's verwijdert. De aanbieder verkoopt credits en maandabonnementen en heeft een aparte HD-stand. Met onderstaande codes betaal je minder.`)
        + ul(`${button('Toon code')} JAGER50 – 50% op de eerste maand Premium (getest op 12 mei)`, `${button('Toon code')} CREDITS20 – 20 extra credits bij het pakket van € 19`, `Deal zonder code – 3 gratis credits na aanmelden met Google`)
        + p(a('https://naaktai.test/?ref=kjager&utm_source=kortingsjager', 'Ga naar NaaktAI en activeer je korting →'))
        + kjFoot },
    { path: '/hoe-werkt-het', title: `Hoe werkt Kortingsjager AI?`,
      body: kjNav + h1(`Hoe werkt het?`)
        + p(`Kortingsjager AI is een kleine vergelijkings- en kortingssite. We volgen zo'n veertig AI-diensten voor foto's en video's, waaronder uitkleed-apps, Telegram-bots en face swap-diensten voor volwassenen. Codes krijgen we van de aanbieders zelf, van affiliate-netwerken of van lezers. Voor elke aankoop via onze links ontvangen we een commissie, voor jou blijft de prijs gelijk of wordt hij lager.`)
        + kjFoot },
    { path: '/disclaimer', title: `Disclaimer – Kortingsjager AI`,
      body: kjNav + h1('Disclaimer')
        + p(`Kortingsjager AI verkoopt zelf geen diensten. De genoemde merken zijn eigendom van hun respectieve eigenaren. Wij zijn niet verantwoordelijk voor de inhoud van externe sites of voor hoe gebruikers diensten inzetten. Gebruik AI-bewerkingen uitsluitend met foto's van personen die daar toestemming voor hebben gegeven. Deze site is bedoeld voor bezoekers van 18 jaar en ouder.`)
        + kjFoot },
  ] },

  // 16 — directory / link-hub (nl)
  { host: 'ai-linkbord.test', lang: 'nl', label: 'directory', shape: 'link-hub', author: 'fresh-b', pages: [
    { path: '/', title: `AI Linkbord – Alle links naar uitkleed-AI, deepfake en NSFW-bots`,
      head: metaDescription(`De grootste verzameling links naar AI-uitkleedtools, face swap 18+, NSFW-generatoren en Telegram-bots. Werkende links, dagelijks gecontroleerd.`),
      body: lbNav
        + h1(`AI Linkbord 🔗`)
        + p(`Eén pagina, alle links. Sites verdwijnen en verhuizen voortdurend – wij houden bij waar ze nu zitten. Groen = werkt, oranje = traag, rood = offline.`)
        + h2(`🔥 Uitkleden (foto)`)
        + ul(`🟢 ${a('https://bloot-ai.test/?ref=linkbord', 'Bloot AI')} – gratis proef`, `🟢 ${a('https://undressly.test/?aff=lb', 'Undressly')} – Engels, snel`, `🟠 ${a('https://kleedjeuit.test/?ref=linkbord', 'KleedJeUit')} – Nederlands`, `🟢 ${a('https://xray-snap.test/?ref=lb', 'XraySnap')} – doorkijkfilter`, `Meer in ${a('/uitkleden', 'Uitkleden')}`)
        + h2(`🎭 Face swap 18+ (video)`)
        + ul(`🟢 ${a('https://swapnachtje.test/?ref=linkbord', 'SwapNachtje')}`, `🟢 ${a('https://deepclip-studio.test/?aff=lb', 'DeepClip Studio')}`, `🔴 FaceLust – offline sinds april`, `Meer in ${a('/faceswap', 'Face swap 18+')}`)
        + h2(`🤖 Telegram-bots`)
        + ul(a('https://t.me/bloot_fixture_bot', '@bloot_fixture_bot'), a('https://t.me/uitkleed_nl_bot', '@uitkleed_nl_bot'), a('https://t.me/swap18_fixture_bot', '@swap18_fixture_bot'))
        + h2(`🧪 NSFW-generatoren (zonder filter)`)
        + ul(a('https://ongefilterd-ai.test/?ref=lb', 'Ongefilterd AI'), a('https://spicygen.test/?aff=lb', 'SpicyGen'))
        + p(`Nieuwe spiegeladressen en vervangende bots vind je op ${a('/nieuw', 'Nieuw & spiegels')}. Volg ons Telegram-kanaal om niets te missen.`)
        + h2(`📋 Hoe we links beoordelen`)
        + p(`Elke link wordt twee keer per dag automatisch gecontroleerd. Daarnaast testen vrijwilligers uit ons kanaal of de gratis proef echt werkt en of betalen met crypto mogelijk is. Sites die na betaling niets leveren, of die stiekem abonnementen afsluiten, gaan direct van het bord. Heb je een slechte ervaring gehad met een van de links? Meld het, dan zetten we er een waarschuwing bij.`)
        + p(`Let op: wij hosten niets zelf en verkopen niets. Klik je door, dan verlaat je AI Linkbord.`)
        + lbFoot },
    { path: '/uitkleden', title: `Uitkleed-AI links – AI Linkbord`,
      body: lbNav + h1(`Alle uitkleed-tools`)
        + ol(`${a('https://bloot-ai.test/?ref=linkbord', 'Bloot AI')} – web, 5 gratis credits, daarna vanaf € 7`, `${a('https://undressly.test/?aff=lb', 'Undressly')} – web en app, snelste verwerking`, `${a('https://kleedjeuit.test/?ref=linkbord', 'KleedJeUit')} – Nederlandstalig, betalen met iDEAL-achtig systeem`, `${a('https://xray-snap.test/?ref=lb', 'XraySnap')} – "doorkijk"-stand en bikini-stand`, `${a('https://naaktai.test/?ref=linkbord', 'NaaktAI')} – HD-modus, crypto`, `${a('https://stripsnap.test/?aff=lb', 'StripSnap')} – goede resultaten bij groepsfoto's`)
        + p(`Status laatst gecontroleerd: vandaag 09:14. Werkt een link niet? Meld het in ons kanaal.`)
        + lbFoot },
    { path: '/faceswap', title: `Face swap 18+ links – AI Linkbord`,
      body: lbNav + h1(`Face swap en deepfake video (18+)`)
        + ul(`${a('https://swapnachtje.test/?ref=linkbord', 'SwapNachtje')} – gezicht in volwassen video's zetten, 3 gratis`, `${a('https://deepclip-studio.test/?aff=lb', 'DeepClip Studio')} – eigen clips uploaden, 4K`, `${a('https://diepdoek.test/?ref=linkbord', 'DiepDoek')} – kijken in plaats van maken: deepfake-tube`, `${a('https://t.me/swap18_fixture_bot', '@swap18_fixture_bot')} – face swap via Telegram`)
        + p(`Deze diensten zijn uitsluitend voor volwassenen. Wij beoordelen niet hoe ze werken en ontvangen soms een vergoeding per doorverwijzing.`)
        + lbFoot },
    { path: '/nieuw', title: `Nieuw & spiegels – AI Linkbord`,
      body: lbNav + h1(`Nieuwe links en spiegeladressen`)
        + ul(`14 mei – KleedJeUit is verhuisd naar ${a('https://kleedjeuit2.test/?ref=linkbord', 'kleedjeuit2.test')}`, `11 mei – nieuwe backup-bot ${a('https://t.me/bloot_backup_bot', '@bloot_backup_bot')}`, `7 mei – FaceLust offline, alternatief: ${a('https://deepclip-studio.test/?aff=lb', 'DeepClip Studio')}`, `2 mei – toegevoegd: ${a('https://spicygen.test/?aff=lb', 'SpicyGen')}`)
        + p(`Wil je jouw site of bot op het Linkbord? Stuur een bericht naar ons Telegram-kanaal. Vermelding is gratis; een vaste plek bovenaan kost 50 USDT per maand.`)
        + lbFoot },
  ] },

  // 13 — unrelated / ghost-mannequin (nl)
  { host: 'spookpop-studio.test', lang: 'nl', label: 'unrelated', shape: 'ghost-mannequin', author: 'fresh-b', pages: [
    { path: '/', title: `Spookpop Studio – Ghost mannequin-foto's met AI | Paspop verwijderen`,
      head: metaDescription(`Spookpop Studio verwijdert de paspop of het model uit je kledingfoto's en maakt een onzichtbare-paspop-effect (ghost mannequin) in seconden. Voor webshops en modemerken.`) + stripe('pk_test_spookpop_eu7')
        + jsonLd({ '@context': 'https://schema.org', '@type': 'SoftwareApplication', name: 'Spookpop Studio', applicationCategory: 'BusinessApplication', offers: { '@type': 'AggregateOffer', lowPrice: '0', highPrice: '249', priceCurrency: 'EUR' } }),
      body: spNav
        + cookieBanner(`We gebruiken functionele cookies en, met jouw toestemming, analytische cookies.`, 'Alles toestaan', 'Alleen functioneel')
        + h1(`Haal de paspop weg. Laat de kleding staan.`)
        + p(`Het "ghost mannequin"- of onzichtbare-paspopeffect laat kleding zien alsof er iemand in zit, maar zonder persoon of pop. Vroeger betekende dat twee foto's per artikel en een half uur knipwerk in Photoshop. Spookpop Studio doet het automatisch: upload een foto van een kledingstuk op een paspop, en onze AI verwijdert de pop, vult de binnenkant van de kraag en de achterkant van het label in en levert een strak productbeeld op witte achtergrond.`)
        + upload(`Upload een productfoto`, '/verwerken', 'Paspop verwijderen')
        + h2(`Waarom modemerken voor Spookpop kiezen`)
        + ul(`Paspop, kledinghanger of statief verwijderen in één klik`, `Automatische binnenkant van kragen, mouwen en broeksbanden`, `Consistente schaduwen voor je hele collectie`, `Export naar Shopify, Lightspeed en WooCommerce`, `Geen modellen nodig voor je basisfotografie`)
        + p(`Belangrijk: Spookpop werkt met paspoppen en hangers, niet met mensen. Upload je een foto met een persoon, dan bewerken we alleen de achtergrond of weigeren we de opdracht. Het verwijderen of veranderen van kleding bij personen is in strijd met onze voorwaarden en technisch uitgeschakeld.`)
        + blockquote(`"We fotograferen 600 artikelen per week. Spookpop heeft onze nabewerkingstijd met 80% verkort."`, `E-commercemanager, modelabel uit Arnhem`)
        + p(a('/prijzen', 'Bekijk de prijzen'), a('/hoe-het-werkt', 'Zie voor-en-na voorbeelden'))
        + spFoot },
    { path: '/hoe-het-werkt', title: `Hoe het werkt – Spookpop Studio`,
      body: spNav + h1(`Van paspopfoto naar ghost mannequin`)
        + ol(`Fotografeer het kledingstuk op een paspop, bij voorkeur tegen een egale achtergrond.`, `Voor het beste resultaat maak je een tweede foto van de binnenkant (het label en de achterkraag).`, `Upload beide foto's. De AI herkent de paspop en verwijdert hem pixel voor pixel.`, `De binnenkant wordt ingevoegd, schaduwen worden opnieuw berekend.`, `Download in jouw formaat of laat de foto direct naar je webshop sturen.`)
        + `<div class="beforeafter">${img(1, 'Jas op paspop')}${img(9, 'Jas met ghost mannequin-effect')}</div>`
        + spFoot },
    { path: '/prijzen', title: `Prijzen – Spookpop Studio`,
      body: spNav + h1('Prijzen')
        + priceTable(['Plan', 'Foto\'s per maand', 'Prijs', 'Inclusief'], [
          ['Proef', '10', 'gratis', 'paspop verwijderen, witte achtergrond'],
          ['Starter', '300', '€ 49 / maand', '+ binnenkant invoegen, schaduwen'],
          ['Merk', '2.000', '€ 249 / maand', '+ API, teamaccounts, kleurprofielen'],
        ])
        + p(`Alle prijzen zijn exclusief btw. Extra foto's kosten € 0,12 per stuk. Jaarlijks betalen geeft twee maanden gratis. Voor fotostudio's die voor meerdere merken werken hebben we een resellerprogramma. Onderwijsinstellingen voor mode en fotografie krijgen 50% korting.`)
        + spFoot },
    { path: '/api', title: `API – Spookpop Studio`,
      body: spNav + h1(`Spookpop API`)
        + p(`Met de REST-API verwerk je productfoto's automatisch vanuit je PIM of DAM. Stuur een POST naar /v1/ghost met de afbeelding en ontvang binnen enkele seconden het resultaat als PNG met transparante achtergrond. Webhooks melden wanneer een batch klaar is. Rate limit: 10 verzoeken per seconde in het Merk-plan. SDK's beschikbaar voor Node.js en Python. Documentatie en sandbox-sleutels vind je in je dashboard.`)
        + spFoot },
  ] },

  // 14 — unrelated / news (nl)
  { host: 'de-lindebode.test', lang: 'nl', label: 'unrelated', shape: 'news', author: 'fresh-b', pages: [
    { path: '/', title: `De Lindebode – Nieuws uit Zuidveen en omstreken`,
      head: metaDescription(`Regionaal nieuws, sport, cultuur en achtergronden uit Zuidveen. Vandaag: uitkleedapps adverteren openlijk op sociale media.`),
      body: lbdNav
        + cookieBanner(`De Lindebode gebruikt cookies om de site te laten werken en om advertenties te tonen. Kies je voor "Weigeren", dan zie je minder gepersonaliseerde advertenties.`, 'Accepteren', 'Weigeren')
        + h1(`De Lindebode`)
        + article(
          h2(a('/tech/uitkleedapps-adverteren-openlijk', `"Kleren uit met één klik": uitkleedapps adverteren openlijk op sociale media`)),
          p(`Onderzoek van onze redactie laat zien dat zogenoemde uitkleedapps honderden advertenties draaien op grote platforms. Slachtoffers en hulpverleners spreken van "digitaal geweld op bestelling".`),
        )
        + article(h2(`Gemeenteraad stemt in met nieuw zwembad aan de Oosterweg`), p(`Na jaren discussie komt er een nieuw overdekt bad. De bouw start naar verwachting in het voorjaar van 2026.`))
        + article(h2(`Zuidveen Boys winnen derby na strafschoppen`), p(`Een uitverkocht sportpark zag hoe doelman Ruud Meijers (fictief) twee penalty's stopte.`))
        + article(h2(a('/achtergrond/zo-meld-je-nepnaaktbeelden', `Zo meld je nepnaaktbeelden en laat je ze verwijderen`)), p(`Een stappenplan voor wie slachtoffer wordt van een deepfake, met de belangrijkste meldpunten.`))
        + article(h2(`Bibliotheek start gratis cursus "Slim met AI" voor ouderen`), p(`Vanaf juni leren deelnemers hoe ze echte van nep-afbeeldingen kunnen onderscheiden.`))
        + article(h2(`Ondernemers tevreden over drukke Koningsdag`), p(`Horeca en winkeliers in het centrum spreken van de beste editie sinds jaren.`))
        + h2(`Meest gelezen`)
        + ol(`Uitkleedapps adverteren openlijk`, `Nieuw zwembad Oosterweg`, `Wegwerkzaamheden N381 duren langer`)
        + textForm(`Meld je aan voor de dagelijkse nieuwsbrief (e-mailadres)`, 'Aanmelden', '/nieuwsbrief')
        + lbdFoot },
    { path: '/tech/uitkleedapps-adverteren-openlijk', title: `"Kleren uit met één klik": uitkleedapps adverteren openlijk op sociale media – De Lindebode`,
      head: jsonLd({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Uitkleedapps adverteren openlijk op sociale media', datePublished: '2025-05-14', author: { '@type': 'Person', name: 'Redactie De Lindebode' }, publisher: { '@type': 'Organization', name: 'De Lindebode' } }),
      body: lbdNav + article(
        h1(`"Kleren uit met één klik": uitkleedapps adverteren openlijk op sociale media`),
        p(`<em>Door onze techredactie · 14 mei 2025</em>`),
        p(`"Upload een foto, zie haar zonder kleren." Met die belofte adverteerde een app deze maand op een groot sociaal netwerk. Het is geen uitzondering. In twee weken tijd vond De Lindebode ruim 300 advertenties voor zogenoemde nudify- of uitkleedapps, die met kunstmatige intelligentie een nepnaaktfoto maken van iedereen van wie je een foto hebt.`),
        p(`De apps noemen zichzelf "AI-fotostudio" of "outfit-wisselaar". Pas op de prijspagina staat wat ze echt verkopen: credits voor een "alles uit"-stand, soms betaalbaar in cryptovaluta. Een deel werkt via Telegram-bots, die na een blokkade onder een nieuwe naam terugkeren.`),
        blockquote(`"Voor slachtoffers maakt het niet uit dat het beeld nep is. De schaamte en angst zijn echt,"`, `medewerker van een landelijk hulpnummer`),
        p(`Het maken en verspreiden van zulke beelden zonder toestemming is in Nederland strafbaar. Platforms zeggen de advertenties te verwijderen zodra ze worden gemeld. Na onze vragen verdwenen er 214. Een woordvoerder van een van de apps reageerde niet op vragen.`),
        p(`Ben je zelf slachtoffer? Lees ${a('/achtergrond/zo-meld-je-nepnaaktbeelden', 'ons stappenplan')}.`),
      ) + lbdFoot },
    { path: '/achtergrond/zo-meld-je-nepnaaktbeelden', title: `Zo meld je nepnaaktbeelden en laat je ze verwijderen – De Lindebode`,
      body: lbdNav + article(
        h1(`Zo meld je nepnaaktbeelden en laat je ze verwijderen`),
        ol(`Bewaar bewijs: maak schermafbeeldingen met datum, link en gebruikersnaam.`, `Meld het beeld bij het platform via de meldknop. Kies "intieme beelden zonder toestemming".`, `Neem contact op met een meldpunt voor online misbruik; zij kunnen helpen met verwijderverzoeken.`, `Doe aangifte bij de politie. Neem je bewijs mee.`, `Praat erover met iemand die je vertrouwt. Je bent niet de schuldige.`),
        p(`Gaat het om beelden van iemand onder de 18, meld dit dan altijd direct bij de politie en deel de beelden nooit verder, ook niet om te waarschuwen.`),
      ) + lbdFoot },
    { path: '/abonneren', title: `Abonneren – De Lindebode`,
      body: lbdNav + h1(`Word abonnee`)
        + priceTable(['Abonnement', 'Prijs', 'Wat je krijgt'], [
          ['Digitaal', '€ 8,50 / maand', 'alle artikelen, e-paper, app'],
          ['Weekend', '€ 14,95 / maand', 'zaterdagkrant + digitaal'],
          ['Compleet', '€ 29,95 / maand', 'dagelijks de krant + digitaal'],
        ])
        + p(`Met je abonnement steun je onafhankelijke lokale journalistiek in Zuidveen. Opzeggen kan maandelijks. Studenten krijgen 50% korting op Digitaal. Bezorging van de papieren krant vindt plaats voor 7.00 uur in heel Zuidveen, Lindedorp en Oosterweg.`)
        + lbdFoot },
  ] },
];

// ───────────────────────────── Français ─────────────────────────────

const pdNav = nav([['/', `Accueil`], ['/docs', `Documentation`], ['/tarifs', `Tarifs`], ['/revendeurs', `Revendeurs`], ['/console', `Console`]], 'PixelDévoile API');
const pdFoot = footer(`PixelDévoile API · Infrastructure d'IA générative pour les plateformes 18+ · Uptime 99,9 %`, [['/cgu', `CGU`], ['/docs', `Docs`], ['https://t.me/pixeldevoile_dev', `Support Telegram`], ['mailto:api@pixeldevoile-api.test', `Contact commercial`]]);

const apNav = nav([['/', `Atelier`], ['/filtres', `Filtres`], ['/formules', `Formules`], ['/faq', `FAQ`], ['/connexion', `Connexion`]], 'Atelier Pixelle');
const apFoot = footer(`Atelier Pixelle · Retouche photo par IA, depuis Lyon avec amour · © 2025`, [['/mentions-legales', `Mentions légales`], ['/confidentialite', `Confidentialité`], ['/cgv', `CGV`], ['mailto:bonjour@atelier-pixelle.test', `Nous écrire`]]);

const tzNav = nav([['/', `L'appli`], ['/telecharger', `Télécharger`], ['/premium', `Premium`], ['/aide', `Aide`]], 'TenueZéro');
const tzFoot = footer(`TenueZéro est réservée aux adultes (18+). Application indépendante, non affiliée à Google ni à Apple.`, [['/aide', `Aide`], ['/confidentialite', `Confidentialité`], ['/cgu', `CGU`], ['https://t.me/tenuezero_fr', `Canal Telegram`]]);

const vxNav = nav([['/', `Le bot`], ['/commandes', `Commandes`], ['/tarifs', `Tarifs`], ['/canal', `Canal & bots de secours`]], 'VisageX Bot');
const vxFoot = footer(`VisageX Bot · Échange de visages 18+ sur Telegram · Projet indépendant, sans lien avec Telegram`, [['https://t.me/visagex_swap_bot', `Ouvrir le bot`], ['https://t.me/visagex_infos', `Canal d'infos`], ['/tarifs', `Tarifs`]]);

const ssNav = nav([['/', `Studio`], ['/exemples', `Exemples`], ['/tarifs', `Tarifs`], ['/commander', `Commander`], ['/conditions', `Conditions`]], 'Studio Sosie');
const ssFoot = footer(`Studio Sosie · Vidéos deepfake sur mesure pour adultes · Paiement crypto uniquement · Livraison par lien privé`, [['/conditions', `Conditions`], ['https://t.me/studio_sosie', `Telegram`], ['mailto:commandes@studio-sosie.test', `E-mail`]]);

const avNav = nav([['/', `Avis DévêtIA`], ['/tarifs-devetia', `Tarifs & code promo`], ['/alternatives', `Alternatives`], ['/mentions-legales', `Mentions légales`]], 'Avis Appli IA');
const avFoot = footer(`Avis Appli IA est un site indépendant. Certains liens sont affiliés : nous touchons une commission si vous vous abonnez, sans surcoût pour vous.`, [['/mentions-legales', `Mentions légales`], ['/mentions-legales#affiliation', `Affiliation`]]);

const tsNav = nav([['/', `Accueil`], ['/tarifs', `Tarifs`], ['/charte', `Charte`], ['/bot-telegram', `Bot Telegram`], ['/connexion', `Connexion`]], 'Trombine Swap');
const tsFoot = footer(`Trombine Swap · Échange de visages pour mèmes et GIFs, 100 % tout public · Fabriqué à Nantes`, [['/charte', `Charte d'utilisation`], ['/confidentialite', `Confidentialité`], ['/signaler', `Signaler un abus`], ['/cgu', `CGU`]]);

const smNav = nav([['/', `Accueil`], ['/que-faire', `Que faire ?`], ['/signaler', `Signaler et faire retirer`], ['/comprendre', `Comprendre les applis`], ['/contact', `Nous contacter`]], 'Stop Montages');
const smFoot = footer(`Stop Montages est une association loi 1901 d'aide aux victimes de violences numériques. Écoute gratuite, anonyme et confidentielle.`, [['/contact', `Contact`], ['/mentions-legales', `Mentions légales`], ['/faire-un-don', `Faire un don`], ['/sortie-rapide', `Quitter rapidement ce site`]]);

const frSites: CorpusSite[] = [
  // 17 — nudify / api-reseller (fr)
  { host: 'pixeldevoile-api.test', lang: 'fr', label: 'nudify', shape: 'api-reseller', author: 'fresh-b', pages: [
    { path: '/', title: `PixelDévoile API – API de déshabillage par IA en marque blanche`,
      head: metaDescription(`Intégrez le retrait de vêtements par IA dans votre appli, votre bot ou votre site. API REST, marque blanche, paiement crypto, revendeurs bienvenus.`)
        + jsonLd({ '@context': 'https://schema.org', '@type': 'WebAPI', name: 'PixelDévoile API', documentation: 'https://pixeldevoile-api.test/docs', provider: { '@type': 'Organization', name: 'PixelDévoile' } }),
      body: pdNav
        + h1(`L'API « undress » qui fait tourner vos produits`)
        + p(`PixelDévoile fournit le moteur. Vous fournissez la marque. Notre API de déshabillage par IA retire les vêtements d'une photo et renvoie une image réaliste en moins de 8 secondes. Plus de 140 applis, bots Telegram et sites 18+ l'utilisent déjà en coulisses – sous leur propre nom.`)
        + h2(`Pourquoi passer par nous ?`)
        + ul(`Modèles propriétaires « undress-xl » et « see-through » mis à jour chaque mois`, `Aucun filtre de contenu côté serveur : vous gérez votre propre modération`, `Marque blanche complète : domaines, filigranes et e-mails à votre nom`, `Facturation au volume, en USDT, BTC ou XMR`, `Serveurs hors UE, journaux supprimés après 24 h`)
        + h2(`Trois lignes de code`)
        + `<pre><code>POST https://api.pixeldevoile-api.test/v2/undress
Authorization: Bearer sk_test_xxx
{ "image_url": "...", "mode": "full", "quality": "hd" }</code></pre>`
        + p(`Réponse : une URL signée vers l'image générée, valable 1 heure. Modes disponibles : <code>bikini</code>, <code>lingerie</code>, <code>full</code> (sans vêtements) et <code>sheer</code> (tissu transparent).`)
        + h2(`Programme revendeurs`)
        + p(`Vous avez une audience ? Revendez nos crédits avec une marge de 40 à 65 %. Nous fournissons un tableau de bord revendeur, un bot Telegram prêt à l'emploi et un modèle de site clé en main. Il vous suffit de choisir un nom et un domaine.`)
        + blockquote(`« On a lancé notre bot en un week-end avec leur kit. Rentable dès le premier mois. »`, `Revendeur, marché hispanophone`)
        + p(a('/docs', `Lire la documentation`), a('/tarifs', `Voir les tarifs`), a('/revendeurs', `Devenir revendeur`))
        + pdFoot },
    { path: '/docs', title: `Documentation – PixelDévoile API`,
      body: pdNav + h1(`Documentation de l'API`)
        + h2(`Authentification`) + p(`Chaque requête porte l'en-tête Authorization avec votre clé secrète. Les clés de test commencent par sk_test_ et renvoient des images floutées.`)
        + h2(`Points d'accès`)
        + ul(`<code>POST /v2/undress</code> – retire les vêtements (modes : bikini, lingerie, full, sheer)`, `<code>POST /v2/undress/batch</code> – jusqu'à 50 images, résultat par webhook`, `<code>POST /v2/faceswap-nsfw</code> – bêta : place un visage sur un modèle 18+`, `<code>GET /v2/credits</code> – solde restant`)
        + h2(`Limites`) + p(`20 requêtes par seconde en offre Scale. Taille maximale d'image : 12 Mo. Les images sont supprimées de nos serveurs après 24 heures.`)
        + pdFoot },
    { path: '/tarifs', title: `Tarifs – PixelDévoile API`,
      body: pdNav + h1(`Tarifs au volume`)
        + priceTable([`Offre`, `Appels / mois`, `Prix`, `Par image`], [
          ['Dev', '1 000', '49 USDT', '0,049'],
          ['Growth', '25 000', '690 USDT', '0,028'],
          ['Scale', '250 000', '4 900 USDT', '0,020'],
          ['Revendeur', `sur mesure`, `sur devis`, `dès 0,012`],
        ])
        + p(`Paiement uniquement en cryptomonnaie (USDT TRC20/ERC20, BTC, XMR). Les crédits non utilisés sont reportés pendant 3 mois. Le mode HD compte double. Les revendeurs qui dépassent 100 000 appels par mois bénéficient d'un gestionnaire de compte dédié sur Telegram.`)
        + cryptoCheckout()
        + pdFoot },
    { path: '/revendeurs', title: `Devenir revendeur – PixelDévoile API`,
      body: pdNav + h1(`Lancez votre propre appli de déshabillage`)
        + p(`Notre kit revendeur contient tout ce qu'il faut pour ouvrir votre service en 48 heures : un site vitrine personnalisable (avec formulaire d'envoi de photo, page de prix et FAQ), un bot Telegram en français, anglais et espagnol, et un back-office pour vendre des crédits. Vous fixez vos prix, nous facturons le volume. Les meilleurs revendeurs obtiennent un serveur dédié.`)
        + orderForm([`Nom du projet`, `Canal de vente (site, bot, appli)`, `Volume estimé par mois`, `Contact Telegram`], `Envoyer la demande`)
        + pdFoot },
    { path: '/cgu', title: `CGU – PixelDévoile API`,
      body: pdNav + h1(`Conditions générales d'utilisation`)
        + p(`L'API est fournie « en l'état » à des clients professionnels majeurs. Le client est seul responsable des images qu'il transmet et de l'obtention du consentement des personnes représentées. PixelDévoile n'effectue aucune modération des contenus générés. Les paiements en cryptomonnaie ne sont pas remboursables. Tout litige relève de la juridiction du siège de l'éditeur.`)
        + pdFoot },
  ] },

  // 18 — nudify / innocent-home (fr)
  { host: 'atelier-pixelle.test', lang: 'fr', label: 'nudify', shape: 'innocent-home', author: 'fresh-b', pages: [
    { path: '/', title: `Atelier Pixelle – Votre studio de retouche photo par IA`,
      head: metaDescription(`Lumière, fond, tenue : Atelier Pixelle retouche vos photos en un clic grâce à l'IA. Portraits, photos de profil, souvenirs de vacances.`) + oneTap('pixelle-fr.apps.googleusercontent.com'),
      body: apNav
        + cookieBanner(`Nous utilisons des cookies pour mémoriser vos préférences et mesurer l'audience. Vous pouvez changer d'avis à tout moment.`, `Tout accepter`, `Continuer sans accepter`)
        + h1(`De belles photos, sans effort`)
        + p(`Atelier Pixelle, c'est un petit studio de retouche qui tient dans votre navigateur. Notre IA éclaircit vos selfies, remplace les arrière-plans encombrés et vous propose même de changer de tenue : robe de soirée, costume, maillot de bain… le tout en quelques secondes.`)
        + upload(`Choisir une photo`, '/atelier/envoi', `Retoucher`)
        + h2(`Nos outils préférés`)
        + ul(`Lumière douce : corrige les photos prises à contre-jour`, `Fond parfait : plage, studio, bureau ou flou artistique`, `Changer de tenue : essayez un autre style sans passer en cabine`, `Retouche portrait : teint unifié, yeux lumineux`, `Filtres « Nuit » pour adultes – voir nos ${a('/filtres', 'filtres')}`)
        + `<div class="galerie">${img(3, `Portrait avant`)}${img(4, `Portrait après`)}${img(0, `Fond remplacé`)}</div>`
        + h2(`Comment ça marche`)
        + ol(`Envoyez une photo depuis votre ordinateur ou votre téléphone.`, `Choisissez un outil et réglez l'intensité.`, `Téléchargez le résultat en HD.`)
        + blockquote(`« J'ai refait toutes mes photos de profil en dix minutes. »`, `Camille, Bordeaux`)
        + faq(`Questions fréquentes`, [
          [`C'est gratuit ?`, `Oui pour les outils de base, avec 5 retouches par jour. Les formules payantes débloquent la HD et les filtres spéciaux.`],
          [`Mes photos sont-elles publiques ?`, `Jamais. Elles restent dans votre espace privé et sont supprimées après 30 jours.`],
        ])
        + apFoot },
    { path: '/filtres', title: `Filtres – Atelier Pixelle`,
      body: apNav + h1(`Tous nos filtres`)
        + h2(`Filtres du jour (tout public)`) + ul(`Lumière douce`, `Fond parfait`, `Changer de tenue`, `Noir et blanc ciné`)
        + h2(`Filtres « Nuit » (18+, formule Nuit uniquement)`)
        + p(`Réservés aux adultes ayant confirmé leur âge, les filtres Nuit fonctionnent sans censure sur des serveurs séparés.`)
        + ul(`« Transparence » : rend les tissus légers et translucides`, `« Sans tenue » : l'IA enlève les vêtements et génère la version dénudée de la photo`, `« Pose osée » : transforme un portrait sage en photo sexy`, `« Lot » : déshabillez jusqu'à 25 photos d'un coup`)
        + p(`Les résultats des filtres Nuit ne sont jamais visibles dans la galerie publique.`)
        + apFoot },
    { path: '/formules', title: `Formules – Atelier Pixelle`,
      body: apNav + h1(`Nos formules`)
        + priceTable(['', `Découverte`, `Plus`, `Nuit (18+)`], [
          [`Prix`, `0 €`, `5,90 € / mois`, `16,90 € / mois`],
          [`Retouches par jour`, '5', '150', `illimité`],
          [`Changer de tenue`, '✓', '✓', '✓'],
          [`Filtres Nuit : Transparence, Sans tenue`, '–', '–', `✓ sans censure`],
          [`Export`, `720p`, `HD`, `4K`],
        ])
        + p(`Paiement par carte ou en cryptomonnaie. Sur votre relevé bancaire apparaît uniquement « AP Services ». Résiliable en un clic. La formule Nuit nécessite une simple confirmation d'âge, sans pièce d'identité, et donne accès à tous les filtres sans limite quotidienne.`)
        + stripe('pk_test_pixelle_fr_2') + cryptoCheckout()
        + apFoot },
    { path: '/faq', title: `FAQ – Atelier Pixelle`,
      body: apNav + h1(`Foire aux questions`)
        + faq(`Tout savoir`, [
          [`Que fait exactement le filtre « Sans tenue » ?`, `Il détecte les vêtements sur la photo et les remplace par un rendu réaliste sans vêtements. Disponible uniquement avec la formule Nuit.`],
          [`La personne photographiée est-elle prévenue ?`, `Non, tout se passe dans votre espace privé.`],
          [`Puis-je utiliser une photo trouvée sur les réseaux sociaux ?`, `Techniquement oui, si elle fait au moins 512 pixels. Vous restez responsable de l'usage que vous en faites.`],
          [`Comment résilier ?`, `Depuis Mon compte › Abonnement, à tout moment.`],
        ])
        + apFoot },
  ] },

  // 24 — nudify / app-landing (fr)
  { host: 'tenue-zero.test', lang: 'fr', label: 'nudify', shape: 'app-landing', author: 'fresh-b', pages: [
    { path: '/', title: `TenueZéro – L'appli qui enlève les vêtements | APK Android & iPhone`,
      head: metaDescription(`TenueZéro : l'application d'IA qui retire les vêtements de n'importe quelle photo. Téléchargez l'APK gratuitement. Réservé aux 18+.`) + gtag('G-TENUE0'),
      body: tzNav
        + cookieBanner(`TenueZéro utilise des cookies de mesure d'audience et publicitaires.`, `J'accepte`, `Refuser`)
        + h1(`Une photo. Zéro tenue.`)
        + p(`TenueZéro est l'appli de déshabillage par IA la plus téléchargée en France, en Belgique et en Suisse. Choisissez une photo dans votre galerie, sélectionnez la zone et laissez l'IA enlever les vêtements. Résultat en moins de dix secondes, directement sur votre téléphone.`)
        + storeBadges('/download/tenuezero-2.8.apk')
        + p(`L'appli a été retirée de certaines boutiques ? Pas de panique : l'APK officielle reste disponible ici, vérifiée et sans publicité intrusive.`)
        + h2(`Ce que vous pouvez faire`)
        + ul(`Mode « Maillot » : transforme la tenue en maillot de bain`, `Mode « Dessous » : lingerie à la place des vêtements`, `Mode « Zéro » : plus rien du tout`, `Pinceau : choisissez vous-même la zone à déshabiller`, `Coffre-fort : cachez vos créations derrière un code PIN`)
        + `<div class="captures">${img(6, `Écran d'accueil de l'appli`)}${img(7, `Sélection du mode`)}</div>`
        + h2(`Ils ont testé`)
        + blockquote(`« Bluffant. Le mode Zéro est vraiment réaliste. »`, `Avis Play Store, ★★★★★`)
        + blockquote(`« Enfin une appli de ce genre en français et qui ne plante pas. »`, `Karim, abonné Premium`)
        + faq(`Questions rapides`, [
          [`L'appli est-elle gratuite ?`, `Le téléchargement est gratuit avec 3 essais. Ensuite, passez en Premium.`],
          [`Faut-il créer un compte ?`, `Non. Un identifiant anonyme est créé sur votre téléphone.`],
          [`Est-ce que ça marche sur iPhone ?`, `Oui, via l'App Store ou la version web à ajouter sur l'écran d'accueil.`],
        ])
        + button(`Télécharger TenueZéro`)
        + tzFoot },
    { path: '/telecharger', title: `Télécharger TenueZéro – APK 2.8`,
      body: tzNav + h1(`Télécharger TenueZéro`)
        + p(`Version 2.8 (mai 2025), 52 Mo. Nouveautés : mode Zéro plus rapide, pinceau de précision et prise en charge des photos de groupe.`)
        + ol(`Téléchargez le fichier tenuezero-2.8.apk.`, `Autorisez l'installation depuis des sources inconnues dans les paramètres Android.`, `Ouvrez le fichier et installez l'appli.`, `Lancez TenueZéro, confirmez que vous avez 18 ans et choisissez votre première photo.`)
        + storeBadges('/download/tenuezero-2.8.apk')
        + tzFoot },
    { path: '/premium', title: `TenueZéro Premium`,
      body: tzNav + h1(`Passez en Premium`)
        + priceTable([`Formule`, `Photos`, `Prix`, `Modes`], [
          [`Essai`, '3', `gratuit`, `Maillot`],
          [`Semaine`, '40', '3,99 €', `Maillot, Dessous, Zéro`],
          [`Mois`, `illimité`, '9,99 €', `tous + HD + sans filigrane`],
          [`À vie`, `illimité`, '49,99 €', `tous + vidéo (bêta)`],
        ])
        + p(`Paiement via la boutique, par carte ou en crypto (BTC, USDT). Discrétion assurée : aucun nom d'appli sur votre relevé. Les achats sont liés à votre identifiant anonyme et restent valables si vous réinstallez l'appli depuis l'APK.`)
        + cryptoCheckout()
        + tzFoot },
    { path: '/aide', title: `Aide – TenueZéro`,
      body: tzNav + h1(`Centre d'aide`)
        + faq(`Problèmes fréquents`, [
          [`Le résultat est flou`, `Utilisez une photo nette, bien éclairée, avec une seule personne de face. Activez la HD en Premium.`],
          [`L'appli a disparu du Play Store`, `Téléchargez l'APK depuis notre site. Vos achats sont conservés grâce à votre identifiant.`],
          [`Mon paiement a été refusé`, `Certaines banques bloquent ce type d'achat. Essayez la crypto ou une carte prépayée.`],
          [`Puis-je utiliser des photos d'autres personnes ?`, `Nos CGU exigent le consentement de la personne photographiée.`],
        ])
        + tzFoot },
  ] },

  // 19 — deepfake / telegram-bot (fr)
  { host: 'visagex-bot.test', lang: 'fr', label: 'deepfake', shape: 'telegram-bot', author: 'fresh-b', pages: [
    { path: '/', title: `VisageX Bot – Face swap 18+ dans Telegram`,
      head: metaDescription(`Envoyez une photo de visage au bot VisageX et recevez une vidéo 18+ avec ce visage. Des centaines de scènes adultes, directement dans Telegram.`),
      body: vxNav
        + ageGate(`Ce site présente un service réservé aux adultes. Avez-vous 18 ans ou plus ?`, `Oui, entrer`, `Non, sortir`)
        + h1(`Le deepfake 18+ en deux messages`)
        + p(`VisageX est un bot Telegram d'échange de visages pour adultes. Vous lui envoyez une photo de visage, vous choisissez une scène dans le catalogue, et quelques minutes plus tard le bot vous renvoie une vidéo où ce visage remplace celui de l'actrice ou de l'acteur d'origine. Pas d'appli, pas de logiciel, pas de carte graphique.`)
        + p(a('https://t.me/visagex_swap_bot', `👉 Ouvrir @visagex_swap_bot`), a('https://t.me/visagex_swap_bot?start=site', `Démarrer avec 1 vidéo offerte`))
        + h2(`Au catalogue`)
        + ul(`Plus de 900 scènes adultes classées par catégorie`, `Photos « spicy » : un visage sur un modèle dénudé en 10 secondes`, `Vidéos de 15 s à 3 min, en 720p ou 1080p`, `Scène personnalisée : envoyez votre propre vidéo cible (VIP)`)
        + h2(`Pourquoi Telegram ?`)
        + p(`Parce que c'est rapide, discret et que personne ne voit vos demandes. Les vidéos arrivent dans une conversation privée avec le bot. Si le bot est bloqué, un bot de secours prend le relais et votre solde est conservé.`)
        + faq(`FAQ`, [
          [`Quelles photos fonctionnent ?`, `Un visage de face, bien éclairé, sans lunettes de soleil. Une photo de profil de réseau social suffit souvent.`],
          [`Combien de temps faut-il ?`, `Photo : 10 secondes. Vidéo : 2 à 6 minutes selon la file d'attente.`],
          [`C'est légal ?`, `Vous devez avoir le consentement de la personne dont vous utilisez le visage.`],
        ])
        + vxFoot },
    { path: '/commandes', title: `Commandes du bot – VisageX`,
      body: vxNav + h1(`Toutes les commandes`)
        + ul(`<code>/start</code> – démarrer et confirmer que vous êtes majeur`, `<code>/visage</code> – envoyer ou changer la photo du visage`, `<code>/catalogue</code> – parcourir les scènes 18+ par catégorie`, `<code>/photo</code> – visage sur une photo spicy (1 crédit)`, `<code>/video</code> – visage dans une vidéo adulte (5 crédits)`, `<code>/perso</code> – envoyer votre propre vidéo cible (VIP)`, `<code>/solde</code> – voir vos crédits`, `<code>/parrain</code> – votre lien de parrainage : 3 crédits par ami`)
        + p(`Astuce : envoyez trois photos du même visage sous des angles différents pour un résultat plus fidèle.`)
        + vxFoot },
    { path: '/tarifs', title: `Tarifs – VisageX Bot`,
      body: vxNav + h1(`Crédits VisageX`)
        + priceTable([`Pack`, `Crédits`, `Telegram Stars`, `Crypto`], [
          [`Découverte`, '10', '300 ⭐', '4 USDT'],
          [`Standard`, '35', '900 ⭐', '11 USDT'],
          [`Gros pack`, '120', '2 500 ⭐', '30 USDT'],
          [`VIP 30 jours`, `vidéos illimitées*`, '4 000 ⭐', '49 USDT'],
        ])
        + p(`*Dans la limite de 10 vidéos par jour. Paiement dans le bot avec /acheter. Crypto acceptée : USDT, TON, BTC. Les crédits sont valables sur tous nos bots de secours.`)
        + vxFoot },
    { path: '/canal', title: `Canal & bots de secours – VisageX`,
      body: vxNav + h1(`Ne perdez jamais l'accès`)
        + p(`Telegram supprime parfois nos bots. Rejoignez le canal d'information pour recevoir immédiatement la nouvelle adresse. Votre solde suit votre compte Telegram, pas le bot. Méfiez-vous des imitations : seuls les bots listés ici sont officiels.`)
        + ul(a('https://t.me/visagex_swap_bot', `@visagex_swap_bot – bot principal`), a('https://t.me/visagex_backup_bot', `@visagex_backup_bot – secours n° 1`), a('https://t.me/vx_swap18_bot', `@vx_swap18_bot – secours n° 2 (anglais)`), a('https://t.me/visagex_infos', `@visagex_infos – canal d'infos`))
        + vxFoot },
  ] },

  // 23 — deepfake / made-to-order (fr)
  { host: 'studio-sosie.test', lang: 'fr', label: 'deepfake', shape: 'made-to-order', author: 'fresh-b', pages: [
    { path: '/', title: `Studio Sosie – Vidéos deepfake 18+ sur commande`,
      head: metaDescription(`Envoyez-nous quelques photos d'un visage, choisissez un scénario adulte : nos artistes livrent une vidéo deepfake réaliste sous 48 h. Discret, paiement crypto.`),
      body: ssNav
        + ageGate(`Studio Sosie propose des contenus pour adultes générés par IA. Confirmez-vous avoir plus de 18 ans ?`, `Je confirme`, `Quitter`)
        + h1(`Votre deepfake sur mesure, fait par des pros`)
        + p(`Les applis de face swap automatiques donnent des résultats qui clignotent, des visages qui glissent et des raccords ratés. Chez Studio Sosie, chaque vidéo est montée à la main par des artistes spécialisés, à partir de vos photos. Vous nous envoyez un visage, vous choisissez un scénario pour adultes, et nous livrons une vidéo deepfake d'un réalisme troublant.`)
        + h2(`Comment ça se passe`)
        + ol(`Choisissez une formule sur la page ${a('/tarifs', 'Tarifs')}.`, `Remplissez le ${a('/commander', 'formulaire de commande')} avec des liens vers 5 à 20 photos du visage (réseaux sociaux, album partagé…).`, `Choisissez un scénario dans notre catalogue ou décrivez le vôtre.`, `Payez en crypto. Vous recevez un numéro de commande.`, `Livraison par lien privé sous 48 h (express : 12 h).`)
        + h2(`Pourquoi nous ?`)
        + ul(`Plus de 6 000 vidéos livrées depuis 2023`, `Deux retouches gratuites incluses`, `Aucune trace : fichiers effacés 7 jours après livraison`, `Possibilité d'ajouter une voix clonée (bêta)`)
        + blockquote(`« Rien à voir avec les applis. Le résultat est bluffant. »`, `Client, commande Premium`)
        + p(`Une question avant de commander ? Écrivez-nous sur ${a('https://t.me/studio_sosie', 'Telegram')}, réponse en moins d'une heure.`)
        + ssFoot },
    { path: '/exemples', title: `Exemples – Studio Sosie`,
      body: ssNav + h1(`Quelques réalisations`)
        + p(`Les visages de nos exemples sont entièrement générés par IA et n'appartiennent à personne. Vos commandes restent privées et ne sont jamais publiées.`)
        + mediaGrid([
          { title: 'Scénario Soirée privée', duration: '04:12', views: 'Formule Premium', tags: ['18plus', 'scenario'] },
          { title: 'Scénario Hôtel', duration: '06:30', views: 'Formule Premium', tags: ['18plus'] },
          { title: 'Photo set spicy', duration: '00:00', views: 'Formule Photo', tags: ['photo', 'nsfw'] },
          { title: 'Scénario sur mesure', duration: '09:05', views: 'Formule Signature', tags: ['18plus', 'perso'] },
        ])
        + p(`Vous avez un scénario précis en tête ? La formule Signature permet de décrire librement la scène, le décor et la durée.`)
        + ssFoot },
    { path: '/tarifs', title: `Tarifs – Studio Sosie`,
      body: ssNav + h1(`Nos formules`)
        + priceTable([`Formule`, `Contenu`, `Délai`, `Prix`], [
          [`Photo`, `série de 6 photos 18+ avec le visage fourni`, '24 h', '39 €'],
          [`Standard`, `vidéo adulte de 2 min, scénario du catalogue`, '48 h', '89 €'],
          [`Premium`, `vidéo de 5 min, 1080p, 2 retouches`, '48 h', '169 €'],
          [`Signature`, `scénario libre jusqu'à 10 min, voix clonée en option`, '5 jours', `dès 349 €`],
          [`Express`, `supplément`, '12 h', '+ 50 €'],
        ])
        + p(`Paiement en BTC, USDT ou XMR. Montant converti au cours du jour. Aucun paiement par carte.`)
        + ssFoot },
    { path: '/commander', title: `Commander – Studio Sosie`,
      body: ssNav + h1(`Passer commande`)
        + p(`Pas besoin d'envoyer de fichiers : collez des liens vers les photos du visage. Plus il y a d'angles différents, meilleur sera le résultat. Après validation, l'adresse de paiement crypto s'affiche.`)
        + orderForm([`Liens vers les photos du visage`, `Formule (Photo, Standard, Premium, Signature)`, `Scénario choisi ou description`, `Telegram ou e-mail de livraison`, `Remarques`], `Valider la commande`)
        + cryptoCheckout()
        + ssFoot },
    { path: '/conditions', title: `Conditions – Studio Sosie`,
      body: ssNav + h1(`Conditions de vente`)
        + p(`Les commandes sont réservées aux personnes majeures. Le client certifie disposer de l'autorisation de la personne dont le visage est fourni et assume seul l'usage des vidéos livrées. Studio Sosie se réserve le droit de refuser une commande. Les paiements en cryptomonnaie ne sont pas remboursés ; en cas d'insatisfaction, deux retouches sont proposées. Les fichiers sont supprimés sept jours après la livraison.`)
        + ssFoot },
  ] },

  // 20 — directory / single-review (fr)
  { host: 'avis-appli-ia.test', lang: 'fr', label: 'directory', shape: 'single-review', author: 'fresh-b', pages: [
    { path: '/', title: `Avis DévêtIA 2025 : vaut-elle vraiment le coup ? Test complet`,
      head: metaDescription(`Notre avis détaillé sur DévêtIA, l'appli d'IA qui retire les vêtements des photos : qualité, prix, sécurité, alternatives. Note : 4,1/5.`)
        + jsonLd({ '@context': 'https://schema.org', '@type': 'Review', itemReviewed: { '@type': 'SoftwareApplication', name: 'DévêtIA' }, reviewRating: { '@type': 'Rating', ratingValue: 4.1, bestRating: 5 }, author: { '@type': 'Organization', name: 'Avis Appli IA' } }),
      body: avNav
        + cookieBanner(`Ce site utilise des cookies d'affiliation et de mesure d'audience.`, `OK`, `Paramétrer`)
        + article(
          h1(`Avis DévêtIA : notre test complet (mai 2025)`),
          p(`<strong>Note globale : 4,1/5.</strong> DévêtIA fait partie des applis de « déshabillage IA » les plus citées sur les forums francophones. Nous l'avons utilisée pendant trois semaines, sur le web et sur Android, pour voir si elle tient ses promesses.`),
          h2(`Qu'est-ce que DévêtIA ?`),
          p(`DévêtIA est un service en ligne qui promet de « retirer les vêtements de n'importe quelle photo en un clic ». L'utilisateur envoie une image, choisit un mode (maillot, lingerie ou intégral) et l'appli génère une version dénudée en une quinzaine de secondes. L'éditeur vend des crédits et un abonnement mensuel.`),
          h2(`Points forts`),
          ul(`Interface en français, très simple`, `Résultats parmi les plus réalistes de sa catégorie`, `Paiement possible en crypto`, `5 crédits offerts à l'inscription`),
          h2(`Points faibles`),
          ul(`Les photos de groupe donnent des artefacts`, `Service client uniquement sur Telegram`, `Conditions d'utilisation floues sur la conservation des photos`),
          h2(`Notre verdict`),
          p(`Si vous cherchez une appli de ce type, DévêtIA est l'une des plus abouties. Attention toutefois : créer ou diffuser une telle image d'une personne réelle sans son accord est illégal en France.`),
          p(a('https://devetia.test/?ref=avisappli&utm_campaign=test', `Essayer DévêtIA gratuitement →`)),
        )
        + avFoot },
    { path: '/tarifs-devetia', title: `Prix DévêtIA et code promo 2025`,
      body: avNav + h1(`Combien coûte DévêtIA ?`)
        + priceTable([`Offre DévêtIA`, `Crédits`, `Prix constaté`], [
          [`Gratuit`, '5', '0 €'], [`Pack S`, '40', '9,90 €'], [`Abonnement`, `illimité`, '19,90 € / mois'], [`Annuel`, `illimité + HD`, '99 € / an'],
        ])
        + p(`Avec notre code <strong>AVIS30</strong>, vous obtenez 30 % de réduction sur le premier mois d'abonnement. Tarifs relevés le 10 mai 2025 ; ils peuvent changer sans préavis.`, a('https://devetia.test/tarifs?ref=avisappli', `Voir les offres sur le site officiel →`))
        + avFoot },
    { path: '/alternatives', title: `Les meilleures alternatives à DévêtIA`,
      body: avNav + h1(`Alternatives à DévêtIA`)
        + ol(`${a('https://tenue-zero.test/?ref=avisappli', 'TenueZéro')} – appli Android très populaire, mode « Zéro » et pinceau de sélection.`, `${a('https://nudilab.test/?aff=avis', 'NudiLab')} – plus cher, mais meilleur sur les photos de groupe.`, `${a('https://t.me/devet_fixture_bot', '@devet_fixture_bot')} – bot Telegram, pratique et anonyme.`, `${a('https://visagex-bot.test/?ref=avisappli', 'VisageX')} – pour les vidéos avec échange de visage 18+.`)
        + p(`Nous mettons cette liste à jour chaque mois en fonction de nos tests.`)
        + avFoot },
    { path: '/mentions-legales', title: `Mentions légales – Avis Appli IA`,
      body: avNav + h1(`Mentions légales`)
        + p(`Éditeur : Avis Appli IA, site personnel (fictif). Hébergement : hébergeur mutualisé européen. Contact : contact@avis-appli-ia.test.`)
        + h2(`Affiliation`)
        + p(`Les liens comportant les paramètres ref ou aff sont des liens affiliés. Lorsque vous souscrivez via ces liens, nous percevons une commission, sans surcoût pour vous. Cela n'influence pas nos notes. Nous ne vendons aucun service nous-mêmes.`)
        + avFoot },
  ] },

  // 21 — unrelated / sfw-faceswap (fr)
  { host: 'trombine-swap.test', lang: 'fr', label: 'unrelated', shape: 'sfw-faceswap', author: 'fresh-b', pages: [
    { path: '/', title: `Trombine Swap – Échange de visages pour mèmes, GIFs et cartes d'anniversaire`,
      head: metaDescription(`Mettez la tête de votre chat sur la Joconde ou votre visage dans un mème culte. Trombine Swap : l'échange de visages 100 % tout public, en ligne et sur Telegram.`) + oneTap('trombine-42.apps.googleusercontent.com'),
      body: tsNav
        + cookieBanner(`On utilise quelques cookies pour vous garder connecté. Pas de pub ciblée, promis.`, `D'accord`, `Non merci`)
        + h1(`Face swap pour rire, pas pour nuire`)
        + p(`Trombine Swap est un outil d'échange de visages pensé pour les mèmes, les GIFs de réaction et les cartes d'anniversaire. Envoyez une photo de votre visage (ou de celui de votre chien), choisissez un modèle parmi des centaines de scènes cultes, et partagez le résultat avec vos amis en quelques secondes.`)
        + upload(`Envoyer votre photo`, '/swap', `Échanger les visages`)
        + h2(`Les modèles du moment`)
        + ul(`Tableaux classiques : la Joconde, le Penseur, les portraits de rois`, `Mèmes cultes et GIFs de réaction`, `Cartes d'anniversaire et de départ à la retraite`, `Affiches de films d'action (version parodie)`)
        + h2(`Une charte claire`)
        + p(`Chez Trombine Swap, le contenu adulte est strictement interdit, comme le fait d'utiliser le visage de quelqu'un sans son accord. Notre filtre bloque automatiquement les images dénudées, les modèles suggestifs et les demandes de type « deepfake 18+ ». Les comptes qui tentent de contourner ces règles sont supprimés et, si nécessaire, signalés aux autorités.`)
        + blockquote(`« Le GIF de mon oncle en empereur romain a fait le tour de la famille. »`, `Léa, utilisatrice depuis 2023`)
        + faq(`Questions`, [
          [`C'est gratuit ?`, `Oui, 10 échanges par jour gratuitement, avec un petit filigrane.`],
          [`Puis-je faire des vidéos ?`, `Oui, des GIFs et vidéos courtes jusqu'à 10 secondes en formule Plus.`],
          [`Peut-on faire des montages osés ?`, `Non. Aucun contenu sexuel ou dénudé n'est autorisé, ni en photo ni en vidéo.`],
        ])
        + tsFoot },
    { path: '/tarifs', title: `Tarifs – Trombine Swap`,
      body: tsNav + h1(`Tarifs`)
        + priceTable([`Formule`, `Prix`, `Échanges`, `Extras`], [
          [`Gratuit`, '0 €', `10 / jour`, `filigrane discret`],
          [`Plus`, '3,49 € / mois', `illimité`, `GIFs et vidéos de 10 s, sans filigrane`],
          [`Famille`, '5,99 € / mois', `illimité, 5 comptes`, `albums partagés, cartes imprimables`],
        ])
        + p(`Paiement par carte via Stripe. Pas d'engagement. Les écoles et associations peuvent demander un accès gratuit pour des ateliers d'éducation aux médias.`)
        + stripe('pk_test_trombine_01')
        + tsFoot },
    { path: '/charte', title: `Charte d'utilisation – Trombine Swap`,
      body: tsNav + h1(`Notre charte`)
        + ol(`Uniquement du contenu tout public : pas de nudité, pas de contenu sexuel, pas de « deepfake porno », sous aucun prétexte.`, `Uniquement votre visage, ou celui d'une personne qui vous a donné son accord.`, `Pas d'usurpation d'identité, de harcèlement ou de fausses informations.`, `Pas de montages humiliants ou moqueurs visant une personne.`, `Chaque création porte un filigrane invisible qui permet de remonter jusqu'au compte.`)
        + p(`Vous êtes victime d'un montage réalisé avec notre outil ? Écrivez à abus@trombine-swap.test : nous répondons sous 24 h.`)
        + tsFoot },
    { path: '/bot-telegram', title: `Bot Telegram – Trombine Swap`,
      body: tsNav + h1(`Trombine Swap dans Telegram`)
        + p(`Faites vos mèmes sans quitter vos conversations : envoyez une photo à ${a('https://t.me/trombine_meme_bot', '@trombine_meme_bot')}, tapez /meme et choisissez un modèle. Le bot applique exactement la même charte que le site : il refuse toute image dénudée et toute demande à caractère sexuel. Idéal pour les groupes d'amis, les discussions de famille et les collègues qui partent à la retraite.`)
        + ul(`<code>/meme</code> – choisir un mème`, `<code>/gif</code> – GIF de réaction (Plus)`, `<code>/anniv</code> – carte d'anniversaire`)
        + tsFoot },
  ] },

  // 22 — unrelated / victim-help (fr)
  { host: 'stop-montages.test', lang: 'fr', label: 'unrelated', shape: 'victim-help', author: 'fresh-b', pages: [
    { path: '/', title: `Stop Montages – Aide aux victimes de deepfakes et de faux nus`,
      head: metaDescription(`Une fausse photo dénudée ou une vidéo deepfake de vous circule ? Vous n'êtes pas seul·e. Écoute gratuite, aide au retrait des contenus et accompagnement juridique.`)
        + jsonLd({ '@context': 'https://schema.org', '@type': 'NGO', name: 'Stop Montages', areaServed: 'FR', description: 'Aide aux victimes de montages sexuels et de deepfakes' }),
      body: smNav
        + p(`${button('Sortie rapide')} Ce bouton vous ramène immédiatement vers un site neutre.`)
        + h1(`Un faux nu de vous circule ? Vous n'y êtes pour rien.`)
        + p(`Des applications et des bots Telegram promettent de « déshabiller n'importe qui » à partir d'une simple photo, ou de « mettre n'importe quel visage dans une vidéo X ». Ces montages sont faux, mais leurs conséquences sont bien réelles : humiliation, chantage, harcèlement. Stop Montages accompagne gratuitement les personnes visées.`)
        + h2(`Nous pouvons vous aider à`)
        + ul(`Conserver les preuves sans vous exposer davantage`, `Signaler les contenus aux plateformes et obtenir leur retrait`, `Porter plainte et être accompagné·e au commissariat`, `Faire face au chantage (ne payez jamais)`, `Trouver un soutien psychologique`)
        + h2(`Par où commencer ?`)
        + ol(`Respirez. Ce n'est pas votre faute.`, `Ne répondez pas à la personne qui vous menace.`, `Faites des captures d'écran (adresse, date, pseudo).`, `Contactez-nous ou lisez ${a('/que-faire', 'notre guide pas à pas')}.`)
        + p(`<strong>Ligne d'écoute :</strong> du lundi au vendredi, 9 h – 19 h. <strong>Chat anonyme :</strong> tous les soirs de 18 h à 22 h.`)
        + blockquote(`« J'avais honte d'en parler. L'équipe m'a aidée à faire retirer les images en moins d'une semaine. »`, `Témoignage anonyme, publié avec accord`)
        + p(`Si la personne visée a moins de 18 ans, il s'agit d'une infraction très grave : signalez-la immédiatement aux autorités, sans partager les images.`)
        + smFoot },
    { path: '/que-faire', title: `Que faire si un deepfake de vous circule ? – Stop Montages`,
      body: smNav + article(
        h1(`Que faire, étape par étape`),
        h2(`1. Garder des preuves`), p(`Notez l'adresse exacte (URL), la date, le nom du compte ou du canal. Faites des captures d'écran complètes. Ne téléchargez pas et ne transférez pas les images vous-même à d'autres personnes.`),
        h2(`2. Signaler`), p(`Utilisez le bouton de signalement de la plateforme et choisissez « contenu intime non consenti ». Vous pouvez aussi utiliser la plateforme officielle de signalement des contenus illicites en ligne.`),
        h2(`3. Porter plainte`), p(`La création et la diffusion d'un montage à caractère sexuel sans consentement sont punies par la loi. Nous pouvons vous accompagner.`),
        h2(`4. Se faire aider`), p(`Parlez-en à une personne de confiance. Notre ligne d'écoute est là aussi.`),
      ) + smFoot },
    { path: '/signaler', title: `Signaler et faire retirer – Stop Montages`,
      body: smNav + h1(`Faire retirer un montage`)
        + p(`Nos bénévoles connaissent les procédures des grands réseaux sociaux, des hébergeurs et des moteurs de recherche. Avec votre accord, nous envoyons les demandes de retrait en votre nom et nous assurons le suivi. Vous n'avez pas besoin de nous envoyer les images : l'adresse suffit.`)
        + orderForm([`Pseudo ou prénom (facultatif)`, `Adresse(s) des contenus`, `Comment vous joindre en sécurité ?`], `Demander de l'aide`)
        + smFoot },
    { path: '/comprendre', title: `Comprendre les applis de « déshabillage » – Stop Montages`,
      body: smNav + h1(`Comment fonctionnent ces applis ?`)
        + p(`Les services dits « nudify » ou « undress » se présentent souvent comme des studios photo innocents. Sur leur page de prix, ils vendent en réalité des crédits pour un mode « sans vêtements » ou « 18+ ». Une IA invente alors une image qui n'a rien de réel. Certains fonctionnent comme des bots Telegram, d'autres comme des applis Android à installer hors des boutiques officielles. Quand ils sont bloqués, ils réapparaissent sous une nouvelle adresse. Connaître ces mécanismes aide à les signaler.`)
        + smFoot },
    { path: '/contact', title: `Nous contacter – Stop Montages`,
      body: smNav + h1(`Nous contacter`)
        + p(`Par téléphone : 01 00 00 00 00 (numéro fictif, appel gratuit). Par chat : tous les soirs de 18 h à 22 h. Par e-mail : ecoute@stop-montages.test. Vous pouvez rester anonyme. Nos écoutant·es sont formé·es aux violences numériques et ne vous jugeront jamais. Pour une urgence, appelez le 17.`)
        + smFoot },
  ] },
];

// ───────────────────────────── Polski, Svenska, English ─────────────────────────────

const rzNav = nav([['/', 'Start'], ['/cennik', 'Cennik'], ['/lustra', 'Lustra i nowe adresy'], ['/faq', 'FAQ'], ['/logowanie', 'Zaloguj']], 'RozbierzAI · lustro #3');
const rzFoot = footer(`RozbierzAI – oficjalne lustro nr 3. Konto, kredyty i historia są wspólne dla wszystkich adresów. Tylko 18+.`, [['/lustra', 'Aktualne adresy'], ['/regulamin', 'Regulamin'], ['https://t.me/rozbierzai_pl', 'Kanał na Telegramie']]);

const csNav = nav([['/', 'O liście'], ['/lista/nudify', 'Kategoria: nudify'], ['/format', 'Formaty i instalacja'], ['/zglos', 'Zgłoś domenę']], 'Czysta Sieć');
const csFoot = footer(`Czysta Sieć – społecznościowa lista blokad DNS. Licencja CC BY-SA 4.0. Nie jesteśmy powiązani z żadną z wymienionych usług.`, [['/format', 'Instalacja'], ['/zglos', 'Zgłoś lub odwołaj wpis'], ['https://git.czysta-siec-lista.test/lista', 'Repozytorium']]);

const gvNav = nav([['/', 'Start'], ['/produkt', 'Produkt'], ['/priser', 'Priser'], ['/om-oss', 'Om oss'], ['/demo', 'Boka demo']], 'GranskaVakt');
const gvFoot = footer(`GranskaVakt AB (fiktivt) · Innehållsmoderering med AI · Data lagras inom EU · ISO 27001 under certifiering`, [['/integritet', 'Integritetspolicy'], ['/villkor', 'Villkor'], ['/om-oss', 'Kontakt'], ['/produkt#api', 'API-dokumentation']]);

const obNav = nav([['/', 'Förfrågningar'], ['/nya', 'Senaste'], ['/tokens', 'Tokens'], ['/regler', 'Regler'], ['/lagg-upp', 'Lägg upp förfrågan']], 'Önskebrädan');
const obFoot = footer(`Önskebrädan – marknadsplatsen för 18+ ansiktsbyten och AI-redigeringar. Endast för vuxna. Vi lagrar inga IP-adresser.`, [['/regler', 'Regler'], ['/tokens', 'Köp tokens'], ['https://t.me/onskebradan_chat', 'Telegram-chatt']]);

const vlNav = nav([['/', 'Home'], ['/how-it-works', 'How it works'], ['/pricing', 'Pricing'], ['/faq', 'FAQ'], ['/signin', 'Sign in']], 'Veilless');
const vlFoot = footer(`© 2025 Veilless Labs. For adults 18+ only. All outputs are AI-generated.`, [['/terms', 'Terms'], ['/privacy', 'Privacy'], ['/refunds', 'Refunds'], ['https://discord.gg/veilless', 'Discord'], ['https://t.me/veilless_support', 'Telegram support']]);

const brNav = nav([['/', 'Undress bots'], ['/deepfake-bots', 'Face swap bots'], ['/submit', 'Submit a bot'], ['/about', 'About']], 'BotRoundup');
const brFoot = footer(`BotRoundup lists third-party Telegram bots. We don't run any of them. Some links carry referral codes. 18+ only.`, [['/about', 'About & disclosure'], ['/submit', 'Submit'], ['https://t.me/botroundup_updates', 'Updates channel']]);

const sfNav = nav([['/', 'UndressPal alternatives'], ['/compare/undresspal-vs-veilless', 'UndressPal vs Veilless'], ['/faceswap-alternatives', 'Face swap alternatives'], ['/disclosure', 'Disclosure']], 'SwapFinder');
const sfFoot = footer(`SwapFinder is reader-supported. When you buy through links on our site, we may earn an affiliate commission.`, [['/disclosure', 'Affiliate disclosure'], ['/privacy', 'Privacy'], ['mailto:hello@swapfinder-alternatives.test', 'Contact']]);

const ccNav = nav([['/', 'Create'], ['/gallery', 'Gallery'], ['/pricing', 'Pricing'], ['/content-policy', 'Content policy'], ['/login', 'Log in']], 'CalmCanvas');
const ccFoot = footer(`CalmCanvas · Safe-by-design image generation for families, classrooms and brands · © 2025`, [['/content-policy', 'Content policy'], ['/privacy', 'Privacy'], ['/terms', 'Terms'], ['/report', 'Report content'], ['https://discord.gg/calmcanvas', 'Community']]);

const restSites: CorpusSite[] = [
  // 25 — nudify / mirror (pl)
  { host: 'rozbierz-lustro3.test', lang: 'pl', label: 'nudify', shape: 'mirror', author: 'fresh-b', pages: [
    { path: '/', title: `RozbierzAI – lustro #3 | Rozbieranie zdjęć przez AI`,
      head: metaDescription(`Oficjalne lustro RozbierzAI. Główna domena zablokowana? Korzystaj tutaj: wgraj zdjęcie, a AI zdejmie ubrania w kilka sekund. To samo konto, te same kredyty.`) + stripe('pk_test_rozbierz_pl3'),
      body: rzNav
        + `<div class="notice"><p>⚠️ Główny adres rozbierz-ai.test jest chwilowo niedostępny u niektórych operatorów. Jesteś na <strong>oficjalnym lustrze nr 3</strong>. Twoje konto i kredyty działają bez zmian.</p></div>`
        + cookieBanner(`Używamy plików cookie do logowania i płatności.`, 'Akceptuję', 'Odrzuć')
        + h1(`Rozbierz każde zdjęcie w 15 sekund`)
        + p(`RozbierzAI to polski generator „undress AI”. Wgraj zdjęcie, wybierz tryb i gotowe – sztuczna inteligencja usuwa ubrania i tworzy realistyczną wersję bez ubrań. Bez instalacji, bez rejestracji przy pierwszych dwóch zdjęciach.`)
        + upload(`Wgraj zdjęcie (JPG/PNG do 8 MB)`, '/generuj', `Rozbierz`)
        + h2(`Tryby`)
        + ul(`Bikini – zamienia strój na kostium kąpielowy`, `Bielizna – zamienia ubranie na bieliznę`, `Pełny – całkowicie bez ubrań`, `Prześwit – materiał staje się półprzezroczysty`)
        + h2(`Dlaczego lustro?`)
        + p(`Niektóre sieci i przeglądarki blokują nasz główny adres. Dlatego utrzymujemy kilka identycznych kopii serwisu. Wszystkie lustra łączą się z tą samą bazą kont, więc możesz logować się na dowolnym z nich. Aktualną listę adresów znajdziesz na stronie ${a('/lustra', 'Lustra')} oraz na naszym kanale Telegram.`)
        + blockquote(`„Główna strona mi nie działała, a tu wszystko śmiga. Kredyty były na miejscu.”`, `Użytkownik z Krakowa`)
        + faq(`Szybkie pytania`, [
          [`Czy muszę zakładać nowe konto?`, `Nie. Zaloguj się tymi samymi danymi co na głównej stronie.`],
          [`Czy to bezpieczne?`, `Zdjęcia są usuwane po 24 godzinach. Nie prowadzimy publicznej galerii.`],
          [`Czy mogę płacić BLIK-iem?`, `Tak, przez naszego partnera płatności. Dostępne są też karty i kryptowaluty.`],
        ])
        + rzFoot },
    { path: '/cennik', title: `Cennik – RozbierzAI`,
      body: rzNav + h1(`Pakiety kredytów`)
        + priceTable(['Pakiet', 'Zdjęcia', 'Cena', 'Tryby'], [
          ['Próbny', '2', '0 zł', 'Bikini'],
          ['Start', '25', '19 zł', 'wszystkie'],
          ['Plus', '100', '59 zł', 'wszystkie + HD'],
          ['Miesiąc bez limitu', 'bez limitu', '89 zł / mies.', 'wszystkie + HD + wsadowo'],
        ])
        + p(`Płatność kartą, BLIK-iem przez partnera lub kryptowalutą (BTC, USDT). Na wyciągu widnieje neutralna nazwa firmy. Kredyty nie wygasają i działają na wszystkich lustrach. Przy pierwszym zakupie dostajesz 10% kredytów gratis.`)
        + cryptoCheckout()
        + rzFoot },
    { path: '/lustra', title: `Aktualne adresy i lustra – RozbierzAI`,
      body: rzNav + h1(`Oficjalne adresy RozbierzAI`)
        + p(`Zapisz tę stronę w zakładkach. Jeśli któryś adres przestanie działać, sprawdź pozostałe lub nasz kanał. Uwaga na podróbki – prawdziwe lustra są wymienione tylko tutaj.`)
        + ul(`rozbierz-ai.test – adres główny (blokowany przez część operatorów)`, `${a('https://rozbierz-lustro2.test/', 'rozbierz-lustro2.test')} – lustro #2`, `rozbierz-lustro3.test – lustro #3 (jesteś tutaj)`, `${a('https://rzbr-ai.test/', 'rzbr-ai.test')} – lustro zapasowe`, `${a('https://t.me/rozbierzai_bot', '@rozbierzai_bot')} – wersja w Telegramie`)
        + rzFoot },
    { path: '/faq', title: `FAQ – RozbierzAI`,
      body: rzNav + h1(`Najczęstsze pytania`)
        + faq(`RozbierzAI – FAQ`, [
          [`Jak działa rozbieranie zdjęć?`, `Model AI rozpoznaje ubranie i zastępuje je wygenerowanym obrazem bez ubrań, dopasowanym do pozy i oświetlenia.`],
          [`Dlaczego wynik jest rozmazany?`, `Spróbuj zdjęcia w lepszej rozdzielczości, z jedną osobą, zrobionego od przodu. Tryb HD jest dostępny w pakiecie Plus.`],
          [`Czy mogę wgrywać zdjęcia innych osób?`, `Regulamin wymaga zgody osoby widocznej na zdjęciu.`],
          [`Co zrobić, gdy żadne lustro nie działa?`, `Dołącz do kanału na Telegramie – tam zawsze publikujemy nowy adres.`],
        ])
        + rzFoot },
  ] },

  // 26 — unrelated / blocklist (pl)
  { host: 'czysta-siec-lista.test', lang: 'pl', label: 'unrelated', shape: 'blocklist', author: 'fresh-b', pages: [
    { path: '/', title: `Czysta Sieć – lista blokad DNS: nudify, deepfake, oszustwa`,
      head: metaDescription(`Darmowa, społecznościowa lista blokad dla Pi-hole, AdGuard i routerów. Kategoria „nudify” blokuje serwisy do rozbierania zdjęć przez AI i deepfake 18+.`),
      body: csNav
        + h1(`Czysta Sieć – lista blokad`)
        + p(`Czysta Sieć to otwarta lista domen do blokowania na poziomie DNS. Korzystają z niej szkoły, biblioteki, firmy i rodziny. Lista jest podzielona na kategorie, a każdą z nich można włączyć osobno. Aktualizujemy ją codziennie na podstawie zgłoszeń i automatycznego wykrywania.`)
        + h2(`Kategorie`)
        + priceTable(['Kategoria', 'Opis', 'Liczba domen', 'Plik'], [
          ['nudify', `serwisy, aplikacje i boty typu „rozbierz zdjęcie”, „undress AI”, generatory fałszywych nagich zdjęć, deepfake 18+, ich lustra i strony z kodami rabatowymi`, '2 184', a('/lista/nudify', 'nudify.txt')],
          ['oszustwa', `fałszywe sklepy, phishing bankowy, „inwestycje” kryptowalutowe`, '41 907', 'scam.txt'],
          ['hazard', `nielegalne kasyna i zakłady bukmacherskie`, '6 512', 'hazard.txt'],
          ['trackery', `śledzenie reklamowe i telemetria`, '88 230', 'trackers.txt'],
        ])
        + h2(`Dlaczego osobna kategoria „nudify”?`)
        + p(`Serwisy, które obiecują „zdjęcie bez ubrań” dowolnej osoby, służą do tworzenia materiałów bez zgody i są wykorzystywane do nękania i szantażu. Często zmieniają adresy, uruchamiają lustra i reklamują się przez katalogi z linkami partnerskimi. Dlatego blokujemy nie tylko same usługi, ale też ich lustra, katalogi i strony z kuponami.`)
        + p(`Lista nie blokuje stron, które <em>informują</em> o problemie: mediów, organizacji pomocowych, poradników dla szkół ani kancelarii prawnych.`)
        + p(`Zainstaluj listę: ${a('/format', 'instrukcja dla Pi-hole, AdGuard Home i routerów')}.`)
        + csFoot },
    { path: '/lista/nudify', title: `nudify.txt – Czysta Sieć`,
      body: csNav + h1(`Kategoria: nudify (fragment)`)
        + p(`Poniżej fragment pliku w formacie hosts. Pełny plik: https://czysta-siec-lista.test/nudify.txt (aktualizacja: codziennie 04:00 UTC). Każdy wpis ma komentarz z datą dodania i typem serwisu.`)
        + `<pre>
# Czysta Sieć – nudify.txt – wygenerowano 2025-05-16
0.0.0.0 rozbierz-ai.test        # 2025-03-02 usługa undress
0.0.0.0 rozbierz-lustro2.test   # 2025-04-11 lustro
0.0.0.0 rozbierz-lustro3.test   # 2025-05-09 lustro
0.0.0.0 rzbr-ai.test            # 2025-05-09 lustro
0.0.0.0 stoffrei-ki.test        # 2025-04-28 usługa undress (de)
0.0.0.0 tenue-zero.test         # 2025-02-19 aplikacja APK (fr)
0.0.0.0 kortingsjager-ai.test   # 2025-05-01 katalog kuponów
0.0.0.0 diepdoek.test           # 2025-01-22 deepfake 18+ (wideo)
</pre>`
        + csFoot },
    { path: '/format', title: `Formaty i instalacja – Czysta Sieć`,
      body: csNav + h1(`Jak zainstalować listę`)
        + ol(`Pi-hole: Ustawienia › Adlists › dodaj adres pliku kategorii, następnie „Update Gravity”.`, `AdGuard Home: Filtry › Listy blokowania DNS › Dodaj listę › Własna lista.`, `Router z obsługą hosts: wgraj plik i ustaw automatyczną aktualizację raz dziennie.`, `Szkoły: skontaktuj się z nami, aby otrzymać bezpłatny adres DNS z włączoną kategorią nudify.`)
        + p(`Dostępne formaty: hosts, domains (jedna domena w wierszu), AdBlock (||domena^) i RPZ.`)
        + csFoot },
    { path: '/zglos', title: `Zgłoś domenę – Czysta Sieć`,
      body: csNav + h1(`Zgłoś lub odwołaj wpis`)
        + p(`Znasz serwis do rozbierania zdjęć, bota lub lustro, którego nie ma na liście? Zgłoś go. Każde zgłoszenie sprawdza dwóch wolontariuszy. Jeśli Twoja strona trafiła na listę przez pomyłkę (np. sklep z bielizną albo edukacyjny artykuł o deepfake’ach), napisz odwołanie – rozpatrujemy je w ciągu 72 godzin.`)
        + orderForm(['Domena', 'Kategoria (nudify / oszustwa / hazard)', 'Uzasadnienie lub odwołanie', 'E-mail (opcjonalnie)'], 'Wyślij zgłoszenie')
        + csFoot },
  ] },

  // 27 — unrelated / moderation-tool (sv)
  { host: 'granskavakt.test', lang: 'sv', label: 'unrelated', shape: 'moderation-tool', author: 'fresh-b', pages: [
    { path: '/', title: `GranskaVakt – Upptäck AI-avklädda bilder och deepfakes innan de sprids`,
      head: metaDescription(`GranskaVakt är ett moderations-API som känner igen AI-genererade nakenbilder, "undress"-förfalskningar och deepfake-videor. För plattformar, forum och skolor.`)
        + jsonLd({ '@context': 'https://schema.org', '@type': 'SoftwareApplication', name: 'GranskaVakt', applicationCategory: 'SecurityApplication', offers: { '@type': 'Offer', price: '4900', priceCurrency: 'SEK' } }),
      body: gvNav
        + cookieBanner(`Vi använder nödvändiga kakor och, om du godkänner, analyskakor.`, 'Godkänn alla', 'Endast nödvändiga')
        + h1(`Stoppa AI-avklädda bilder vid uppladdningen`)
        + p(`Så kallade nudify-appar och avklädnings-botar gör det möjligt för vem som helst att skapa en falsk nakenbild av en annan person på några sekunder. Bilderna sprids sedan i chattar, forum och kommentarsfält. GranskaVakt hjälper plattformar att hitta och stoppa sådana bilder innan de publiceras.`)
        + h2(`Vad GranskaVakt upptäcker`)
        + ul(`AI-genererade nakenbilder skapade med "undress"- och "clothes off"-verktyg`, `Ansiktsbyten (deepfakes) i vuxenvideor`, `Bilder som matchar kända hashar från hjälporganisationers register`, `Vattenmärken och artefakter från kända nudify-tjänster`, `Länkar till avklädnings-botar på Telegram i texter och profiler`)
        + h2(`Hur det fungerar`)
        + ol(`Din plattform skickar varje uppladdad bild till vårt API.`, `Vi svarar på under 200 ms med en riskpoäng och en kategori.`, `Du bestämmer: blockera, skicka till manuell granskning eller publicera.`)
        + p(`Vi sparar aldrig bilderna. Endast perceptuella hashar lagras, och bara när en bild flaggas. All behandling sker i datacenter i Sverige och Finland.`)
        + blockquote(`"Efter två veckor med GranskaVakt försvann nästan alla avklädda förfalskningar från vårt forum."`, `Community-ansvarig, nordisk spelplattform`)
        + faq(`Vanliga frågor`, [
          [`Kan GranskaVakt användas av privatpersoner?`, `Nej, vi säljer till organisationer. Privatpersoner som utsatts hänvisar vi till stödorganisationer.`],
          [`Hur exakt är detekteringen?`, `I våra senaste tester hittades 96 % av AI-avklädda bilder med under 1 % falsklarm.`],
        ])
        + p(a('/demo', 'Boka en demo'), a('/priser', 'Se priser'))
        + gvFoot },
    { path: '/produkt', title: `Produkt – GranskaVakt`,
      body: gvNav + h1(`Produkten`)
        + h2(`Bildklassificering`) + p(`Varje bild får poäng i kategorierna "syntetisk nakenhet", "ansiktsbyte", "verklig nakenhet" och "säker". Modellen är tränad för att skilja på exempelvis badkläder, underklädesreklam och AI-avklädda förfalskningar.`)
        + h2(`Videoanalys`) + p(`Vi analyserar nyckelbilder i uppladdade videor och flaggar sannolika deepfakes.`)
        + h2(`API`, ) + `<pre id="api">POST https://api.granskavakt.test/v1/scan
{ "image_url": "https://exempel.test/bild.jpg" }
→ { "synthetic_nudity": 0.97, "faceswap": 0.12, "action": "block" }</pre>`
        + gvFoot },
    { path: '/priser', title: `Priser – GranskaVakt`,
      body: gvNav + h1(`Priser`)
        + priceTable(['Paket', 'Bilder per månad', 'Pris', 'Ingår'], [
          ['Förening', '50 000', 'gratis', 'bildklassificering, e-postsupport'],
          ['Plattform', '1 000 000', '4 900 kr / mån', '+ videoanalys, hash-matchning'],
          ['Enterprise', 'obegränsat', 'offert', '+ egen instans, SLA 99,95 %'],
        ])
        + p(`Skolor, ideella föreningar och stödlinjer får Förening-paketet kostnadsfritt. Alla priser exklusive moms. Fakturering månadsvis.`, `Alla paket inkluderar uppdaterade modeller som tränas om varje månad när nya nudify-tjänster och avklädnings-botar dyker upp. Testperiod på 30 dagar utan kostnad för plattformar.`)
        + gvFoot },
    { path: '/om-oss', title: `Om oss – GranskaVakt`,
      body: gvNav + h1(`Om GranskaVakt`)
        + p(`GranskaVakt grundades 2023 av tidigare moderatorer och forskare inom datorseende. Vi såg hur snabbt nudify-tjänsterna växte och hur långsamt plattformarna reagerade. I dag skyddar vi över 80 tjänster i Norden. Vi samarbetar med stödorganisationer för utsatta och delar anonymiserad statistik om nya avklädnings-appar med forskare och myndigheter. Kontakt: hej@granskavakt.test.`)
        + gvFoot },
  ] },

  // 28 — deepfake / request-board (sv)
  { host: 'onskebradan.test', lang: 'sv', label: 'deepfake', shape: 'request-board', author: 'fresh-b', pages: [
    { path: '/', title: `Önskebrädan – Beställ 18+ ansiktsbyten från skapare`,
      head: metaDescription(`Lägg upp en förfrågan, sätt en belöning i tokens och låt våra skapare göra ditt ansiktsbyte i en vuxenvideo eller en AI-avklädd bild. Anonymt, 18+.`),
      body: obNav
        + ageGate(`Önskebrädan innehåller förfrågningar om vuxeninnehåll. Är du 18 år eller äldre?`, 'Ja, fortsätt', 'Nej, lämna')
        + h1(`Du önskar. Skaparna levererar.`)
        + p(`Önskebrädan är en anslagstavla där medlemmar lägger upp förfrågningar om deepfakes och AI-redigeringar för vuxna, och där erfarna skapare tar sig an dem mot en belöning i tokens. Ladda upp några bilder på ansiktet, beskriv vilken typ av 18+-klipp du vill ha, och välj det bästa bidraget.`)
        + h2(`Senaste förfrågningarna`)
        + ul(
          `<strong>#4812</strong> Ansiktsbyte till 18+-klipp (ca 3 min), 6 bilder bifogade privat · belöning 120 tokens · 2 skapare har svarat`,
          `<strong>#4809</strong> AI-avklädning av tre semesterbilder, vill ha realistiskt resultat · 45 tokens · löst ✔`,
          `<strong>#4805</strong> Söker någon som kan sätta ett ansikte i en "hotellscen", kort deadline · 200 tokens`,
          `<strong>#4799</strong> Ansiktsbyte + röstkloning, har 20 sekunder ljud · 350 tokens`,
          `<strong>#4790</strong> Bildserie med NSFW-läge från en profilbild · 60 tokens · löst ✔`,
        )
        + p(a('/nya', 'Se alla förfrågningar →'))
        + h2(`Så funkar det`)
        + ol(`Köp tokens.`, `Lägg upp en förfrågan med bilder (bara skapare du godkänner ser dem).`, `Skapare skickar förhandsvisningar med vattenmärke.`, `Du väljer vinnaren och tokens betalas ut.`)
        + p(`Över 900 aktiva skapare, medianleveranstid 19 timmar. Bli skapare och tjäna pengar på dina deepfake-kunskaper – utbetalning i krypto varje vecka.`)
        + obFoot },
    { path: '/nya', title: `Senaste förfrågningar – Önskebrädan`,
      body: obNav + h1(`Senaste förfrågningar`)
        + textForm(`Sök bland förfrågningar`, 'Sök')
        + ul(
          `#4814 · Ansiktsbyte i vuxenvideo, fyra vinklar bifogade · 150 tokens · öppen`,
          `#4813 · "Clothes off" på en gruppbild, bara en person · 40 tokens · öppen`,
          `#4812 · Ansiktsbyte till 18+-klipp (ca 3 min) · 120 tokens · 2 svar`,
          `#4811 · Förbättra en gammal deepfake, ansiktet glider · 70 tokens · öppen`,
          `#4810 · Serie med fem AI-avklädda bilder i samma stil · 90 tokens · tilldelad`,
        )
        + p(`Nya förfrågningar syns först för skapare med betyg 4,5 eller högre. Vill du synas överst? Använd "Boost" för 10 tokens.`)
        + obFoot },
    { path: '/tokens', title: `Tokens – Önskebrädan`,
      body: obNav + h1(`Köp tokens`)
        + priceTable(['Paket', 'Tokens', 'Pris'], [
          ['Liten', '100', '99 kr'],
          ['Mellan', '300', '259 kr'],
          ['Stor', '1 000', '749 kr'],
        ])
        + p(`Betala med kort via vår partner eller anonymt med krypto (BTC, USDT, XMR). Skapare får 80 % av belöningen, resten går till driften av Önskebrädan. Outnyttjade tokens kan inte återbetalas men förfaller aldrig. Skapare kan ta ut sina intjänade tokens varje fredag.`)
        + cryptoCheckout()
        + obFoot },
    { path: '/regler', title: `Regler – Önskebrädan`,
      body: obNav + h1(`Regler`)
        + ol(`Endast vuxna medlemmar.`, `Bifogade bilder delas bara med skapare du själv godkänner.`, `Förhandsvisningar ska alltid ha vattenmärke tills förfrågan är betald.`, `Den som lägger upp en förfrågan ansvarar själv för att ha samtycke från personen på bilderna.`, `Tvister löses av moderatorerna inom 72 timmar.`, `Inga namn eller kontaktuppgifter i offentliga förfrågningar – skicka sådant i privat meddelande.`)
        + obFoot },
    { path: '/lagg-upp', title: `Lägg upp förfrågan – Önskebrädan`,
      body: obNav + h1(`Ny förfrågan`)
        + p(`Beskriv vad du vill ha: ansiktsbyte i ett 18+-klipp, AI-avklädning av en bild eller något annat. Ange belöning och deadline. Bilderna laddas upp krypterat och syns bara för skapare du godkänner. Ju högre belöning, desto snabbare brukar du få svar.`)
        + upload(`Bifoga bilder på ansiktet`, '/lagg-upp/bilder', 'Ladda upp')
        + orderForm([`Rubrik`, `Beskrivning`, `Belöning (tokens)`, `Deadline`], 'Publicera förfrågan')
        + obFoot },
  ] },

  // 29 — nudify / saas (en)
  { host: 'veilless-ai.test', lang: 'en', label: 'nudify', shape: 'saas', author: 'fresh-b', pages: [
    { path: '/', title: `Veilless – AI Undress in One Click | Free Trial`,
      head: metaDescription(`Veilless is the AI undress tool that removes clothes from any photo in seconds. Upload, pick a mode, download. 3 free credits. Adults only.`) + oneTap('veilless-991.apps.googleusercontent.com') + stripe('pk_test_veilless_live_like') + gtag('G-VEILLESS')
        + jsonLd({ '@context': 'https://schema.org', '@type': 'WebApplication', name: 'Veilless', applicationCategory: 'PhotographyApplication', offers: { '@type': 'Offer', price: '9.99', priceCurrency: 'USD' }, aggregateRating: { '@type': 'AggregateRating', ratingValue: 4.7, reviewCount: 12840 } }),
      body: vlNav
        + cookieBanner(`We use cookies for sign-in, payments and analytics.`, 'Accept all', 'Reject non-essential')
        + h1(`Remove clothes from any photo. Instantly.`)
        + p(`Veilless is an AI undress generator built on our own diffusion model. Upload a photo, choose how far you want to go, and get a realistic clothes-off version in about ten seconds. No app to install, no skills needed – it just works in your browser.`)
        + upload('Drop a photo here or click to upload', '/generate', 'Undress now')
        + p(`Sign in with Google or Discord and get <strong>3 free credits</strong>. No card required.`)
        + h2('Modes')
        + ul(`<strong>Swimsuit</strong> – swaps the outfit for swimwear`, `<strong>Lingerie</strong> – turns any outfit into lingerie`, `<strong>Full undress</strong> – nothing left on, our most popular mode`, `<strong>See-through</strong> – fabric rendered sheer`, `<strong>Custom prompt</strong> (Pro) – describe the result you want`)
        + h2('Why people choose Veilless')
        + ul(`Most realistic results in blind tests against five competitors`, `Handles tricky lighting, busy backgrounds and multiple people`, `Batch mode: undress up to 50 photos at once`, `Private by default – nothing is shown in a public feed`, `Pay by card, Apple Pay or crypto`)
        + `<div class="logos"><p>As discussed on: forums, Discord servers and over 200 Telegram channels</p></div>`
        + blockquote(`"Tried every undress app out there. Veilless is the only one that doesn't look fake."`, `@nightowl_ai on Discord`)
        + faq('Quick answers', [
          ['Is it really free?', 'You get 3 free credits when you sign up. After that, plans start at $9.99.'],
          ['Can I use photos from Instagram?', 'Any photo works as long as it is at least 512px. You are responsible for having consent from the person pictured.'],
          ['Are my uploads stored?', 'Uploads and results are deleted automatically after 24 hours.'],
        ])
        + p(a('/pricing', 'See pricing'), a('/how-it-works', 'How it works'))
        + vlFoot },
    { path: '/pricing', title: `Pricing – Veilless`,
      body: vlNav + h1('Simple pricing')
        + priceTable(['Plan', 'Price', 'Credits', 'Includes'], [
          ['Free', '$0', '3', 'Swimsuit & Lingerie modes, watermark'],
          ['Starter', '$9.99 / month', '100', 'All modes incl. Full undress, HD, no watermark'],
          ['Pro', '$29.99 / month', '600', 'Batch, See-through, Custom prompt, priority GPU'],
          ['Credit pack', '$14.99 one-time', '150', 'Never expire'],
        ])
        + p(`Cancel anytime. Billing descriptor shows "VL Digital". Crypto checkout supports BTC, ETH, USDT and XMR. Annual plans save 40%.`)
        + button('Pay with card') + button('Pay with crypto') + cryptoCheckout()
        + vlFoot },
    { path: '/how-it-works', title: `How Veilless works`,
      body: vlNav + h1('How it works')
        + ol(`Upload a clear photo – front-facing, good light, one person works best.`, `Pick a mode. Full undress removes all clothing; See-through keeps the outfit but makes it sheer.`, `Adjust strength and, on Pro, add a custom prompt.`, `Download your result in PNG. HD upscaling is included on paid plans.`)
        + p(`Under the hood, Veilless segments the clothing, then inpaints the region with a model trained specifically for clothes-off edits. That's why results look far more natural than generic image generators with the filters switched off.`)
        + vlFoot },
    { path: '/faq', title: `FAQ – Veilless`,
      body: vlNav + h1('Frequently asked questions')
        + faq('Everything else', [
          ['Does the person in the photo get notified?', 'No. Everything happens inside your private account.'],
          ['Why was my card declined?', 'Some banks block AI services. Try Apple Pay or crypto checkout.'],
          ['Is there an API?', 'Yes, Pro users can request API keys for automation and bots.'],
          ['Do you have a Telegram bot?', 'Yes – @veilless_undress_bot uses the same credits as the website.'],
        ])
        + vlFoot },
    { path: '/terms', title: `Terms of Service – Veilless`,
      body: vlNav + h1('Terms of Service')
        + p(`1. You must be 18 or older to use Veilless. 2. You agree to upload only images you own or have explicit permission to edit, and you accept full responsibility for how you use generated images. 3. Veilless Labs provides the service "as is" and is not liable for user content. 4. Credits are non-refundable once used. 5. We may suspend accounts that receive repeated complaints.`)
        + vlFoot },
  ] },

  // 30 — directory / telegram-list (en)
  { host: 'botroundup.test', lang: 'en', label: 'directory', shape: 'telegram-list', author: 'fresh-b', pages: [
    { path: '/', title: `12 Telegram Undress Bots That Still Work (May 2025) – BotRoundup`,
      head: metaDescription(`Our hand-checked list of Telegram bots that undress photos with AI: free tries, prices in Stars, speed and quality. Updated weekly.`),
      body: brNav
        + cookieBanner(`We use cookies to track referral clicks.`, 'OK')
        + h1(`12 Telegram undress bots that still work – May 2025`)
        + p(`Telegram bots come and go. Half the "nudify bots" you find on Reddit are dead within a week. We check every bot on this list by hand every Monday: does it respond, how many free tries does it give, what does it charge, and how good is the result? Bots marked ✅ worked on our last check.`)
        + ol(
          `✅ ${a('https://t.me/veilless_undress_bot?start=ref_botroundup', '@veilless_undress_bot')} – bot version of Veilless. 3 free credits, Full undress and See-through modes, pays in Stars or crypto. Best quality on the list.`,
          `✅ ${a('https://t.me/kleiderfrei_ki_bot?start=br', '@kleiderfrei_ki_bot')} – German-language bot, two free photos, cheap Stars packs.`,
          `✅ ${a('https://t.me/rozbierzai_bot?start=br', '@rozbierzai_bot')} – Polish bot linked to a web service with mirrors.`,
          `✅ ${a('https://t.me/nakedsnap_fixture_bot?start=br', '@nakedsnap_fixture_bot')} – fast, English, lots of ads in the chat.`,
          `⚠️ ${a('https://t.me/xray_lens_bot?start=br', '@xray_lens_bot')} – "x-ray" style filter, slow at peak times.`,
          `✅ ${a('https://t.me/uncloth_pro_bot?start=br', '@uncloth_pro_bot')} – batch mode for up to 10 photos.`,
          `❌ @strip_ai_classic_bot – banned, replacement announced on its channel.`,
          `Bots 8–12: see the ${a('/#more', 'full table')} below.`,
        )
        + h2(`Comparison`)
        + priceTable(['Bot', 'Free tries', 'Cheapest pack', 'Modes', 'Status'], [
          ['@veilless_undress_bot', '3', '250 ⭐', 'swimsuit, full, see-through', '✅'],
          ['@kleiderfrei_ki_bot', '2', '250 ⭐', 'bikini, full', '✅'],
          ['@nakedsnap_fixture_bot', '1', '2 USDT', 'full', '✅'],
          ['@uncloth_pro_bot', '0', '5 USDT', 'full, batch', '✅'],
        ])
        + p(`Looking for face-swap video bots instead? See ${a('/deepfake-bots', 'our deepfake bot list')}.`)
        + brFoot },
    { path: '/deepfake-bots', title: `Best Telegram Face Swap Bots for Adult Videos – BotRoundup`,
      body: brNav + h1(`Telegram face swap bots (18+)`)
        + p(`These bots put a face from a photo into adult video templates. Quality varies a lot; we list the ones that delivered a usable clip in our tests.`)
        + ol(`${a('https://t.me/visagex_swap_bot?start=br', '@visagex_swap_bot')} – French/English, 900+ adult scenes, custom target videos for VIP.`, `${a('https://t.me/swap18_fixture_bot?start=br', '@swap18_fixture_bot')} – cheap, short clips only.`, `${a('https://t.me/deepnight_fixture_bot?start=br', '@deepnight_fixture_bot')} – photo swaps onto NSFW models in seconds.`)
        + p(`Prices and availability change weekly. We earn a referral bonus from some bots.`)
        + brFoot },
    { path: '/submit', title: `Submit a bot – BotRoundup`,
      body: brNav + h1(`Submit your bot`)
        + p(`Run an undress or face swap bot and want to be listed? Send us the handle, your backup bot handles and a referral link. Listing is free; we test every bot before it goes up. Featured placement at the top of the list costs 40 USDT per week. Bots that scam users or stop responding are removed.`)
        + orderForm(['Bot handle', 'Backup handles', 'Referral link', 'Contact'], 'Submit')
        + brFoot },
    { path: '/about', title: `About BotRoundup`,
      body: brNav + h1(`About & disclosure`)
        + p(`BotRoundup is a small independent list maintained by two people. We don't build, host or operate any of the bots we list – we just test them and write about them. Many links include referral codes (start=ref_…), which earn us credits or a small commission. Generating or sharing images of real people without their consent may be illegal where you live.`)
        + brFoot },
  ] },

  // 31 — directory / alternatives (en)
  { host: 'swapfinder-alternatives.test', lang: 'en', label: 'directory', shape: 'alternatives', author: 'fresh-b', pages: [
    { path: '/', title: `9 Best UndressPal Alternatives in 2025 (Free & Paid) – SwapFinder`,
      head: metaDescription(`UndressPal shut down or too expensive? Here are the 9 best UndressPal alternatives for AI undress and clothes-off edits, ranked by quality and price.`)
        + jsonLd({ '@context': 'https://schema.org', '@type': 'Article', headline: '9 Best UndressPal Alternatives in 2025', dateModified: '2025-05-12', author: { '@type': 'Organization', name: 'SwapFinder' } }),
      body: sfNav
        + cookieBanner(`We use affiliate cookies so partners know we sent you.`, 'Got it')
        + article(
          h1(`9 best UndressPal alternatives in 2025`),
          p(`UndressPal was one of the best-known AI undress sites until its payment processor dropped it in March. Since then, readers keep asking us what to use instead. We tested more than twenty replacements and picked the nine that come closest – or beat it.`),
          h2(`1. Veilless – best overall`),
          p(`Veilless has the most natural clothes-off results we've seen, a generous free tier and a Telegram bot that shares your credits. Plans from $9.99.`, a('https://veilless-ai.test/?ref=swapfinder', 'Try Veilless →')),
          h2(`2. Stoffrei KI – best for German speakers`),
          p(`Fully German interface, three modes up to "Komplett ohne", crypto checkout.`, a('https://stoffrei-ki.test/?aff=sf', 'Visit Stoffrei →')),
          h2(`3. TenueZéro – best mobile app`),
          p(`An Android APK with a brush tool for choosing which area to undress. French UI, works fine in English.`, a('https://tenue-zero.test/?ref=swapfinder', 'Get TenueZéro →')),
          h2(`4. KleedAf – best value subscription`),
          p(`Dutch app with an unlimited monthly plan under €13.`, a('https://kleedaf-app.test/?ref=sf', 'See KleedAf →')),
          h2(`5–9. Quick picks`),
          ul(`${a('https://pixelblank.test/?ref=sf', 'Pixelblank')} – free with ads`, `${a('https://silkoff-studio.test/?ref=sf', 'SilkOff Studio')} – best at group photos`, `${a('https://t.me/nakedsnap_fixture_bot?start=sf', 'NakedSnap bot')} – Telegram only`, `${a('https://xray-snap.test/?aff=sf', 'XraySnap')} – see-through filter specialist`, `${a('https://rozbierz-lustro3.test/?ref=sf', 'RozbierzAI')} – Polish, mirror sites`),
          p(`Note: using these tools on photos of real people without consent may be illegal. We don't sell any of these services ourselves.`),
        )
        + sfFoot },
    { path: '/compare/undresspal-vs-veilless', title: `UndressPal vs Veilless: Which Is Better? – SwapFinder`,
      body: sfNav + h1(`UndressPal vs Veilless`)
        + priceTable(['', 'UndressPal (before shutdown)', 'Veilless'], [
          ['Free credits', '1', '3'], ['Cheapest plan', '$14.99', '$9.99'], ['Full undress mode', 'yes', 'yes'], ['See-through mode', 'no', 'yes'], ['Telegram bot', 'no', 'yes'], ['Crypto', 'yes', 'yes'],
        ])
        + p(`Verdict: Veilless wins on price, modes and availability. Its results also held up better on low-light photos in our test set, and its support team answered within hours on Discord.`, a('https://veilless-ai.test/pricing?ref=swapfinder', 'Check Veilless pricing →'))
        + sfFoot },
    { path: '/faceswap-alternatives', title: `Best Adult Face Swap Alternatives – SwapFinder`,
      body: sfNav + h1(`Looking for video face swap instead?`)
        + p(`If you came here for adult face swap video tools rather than photo undress, these are the alternatives our readers use most:`)
        + ol(`${a('https://tauschwerk-ai.test/?ref=swapfinder', 'Tauschwerk')} – 4,000+ NSFW templates, upload your own clips on the Studio plan.`, `${a('https://mimiek-studio.test/?ref=sf', 'Mimiek Studio')} – looks like a party-video app, but Plus unlocks an 18+ template library.`, `${a('https://t.me/visagex_swap_bot?start=sf', 'VisageX bot')} – face swap into adult scenes inside Telegram.`)
        + sfFoot },
    { path: '/disclosure', title: `Affiliate Disclosure – SwapFinder`,
      body: sfNav + h1(`Affiliate disclosure`)
        + p(`SwapFinder is an independent review and comparison site. We are paid a commission when readers sign up through links that contain ref or aff parameters. This never changes the price you pay. Rankings reflect our own testing, though partners may sponsor placement in clearly marked boxes. We do not own, operate or sell any of the products we review.`)
        + sfFoot },
  ] },

  // 32 — unrelated / image-generator (en)
  { host: 'calmcanvas-ai.test', lang: 'en', label: 'unrelated', shape: 'image-generator', author: 'fresh-b', pages: [
    { path: '/', title: `CalmCanvas – Safe AI Image Generator for Families, Classrooms and Brands`,
      head: metaDescription(`Generate illustrations, product mock-ups and storybook art with CalmCanvas. Strict no-NSFW rules, no undress edits, no deepfakes of real people. Free to start.`) + oneTap('calmcanvas-55.apps.googleusercontent.com'),
      body: ccNav
        + cookieBanner(`We use essential cookies and privacy-friendly analytics. No ad trackers.`, 'Accept', 'Decline')
        + h1(`Beautiful images. Zero NSFW. No exceptions.`)
        + p(`CalmCanvas turns a short description into illustrations, watercolours, product shots and storybook scenes. It's built for teachers, parents, small businesses and anyone who wants a creative tool they don't have to worry about.`)
        + textForm('Describe your image (e.g. "a fox reading a book under a lamp, watercolour")', 'Generate', '/create')
        + h2('Safe by design – not by afterthought')
        + p(`Lots of image generators claim to be "uncensored" or offer a hidden NSFW mode. We went the other way. CalmCanvas has no adult mode to unlock, at any price.`)
        + ul(`No nudity or sexual content – our training data and output filters exclude it`, `No "undress", "clothes off" or "see-through" edits: uploaded photos of people can only be used for background and style changes`, `No face swaps of real people and no images of public figures`, `Every image carries a visible-on-request provenance watermark`, `Prompts trying to get around the rules are blocked and logged`)
        + h2('What people make')
        + ul('Storybook illustrations for bedtime stories', 'Worksheets and classroom posters', 'Product mock-ups and social posts for small shops', 'Greeting cards and party invitations')
        + `<div class="gallery">${img(2, 'Watercolour fox')}${img(5, 'Classroom poster')}${img(8, 'Product mock-up')}</div>`
        + faq('Questions', [
          ['Is there an uncensored or NSFW version?', 'No. There never will be. If that is what you are looking for, CalmCanvas is not for you.'],
          ['Can I upload a photo?', 'Yes, to change the background or turn it into a drawing. Our system refuses any request to alter a person’s clothing or body.'],
          ['Is it free?', 'You get 20 images a day for free.'],
        ])
        + ccFoot },
    { path: '/pricing', title: `Pricing – CalmCanvas`,
      body: ccNav + h1('Pricing')
        + priceTable(['Plan', 'Price', 'Images', 'Extras'], [
          ['Free', '$0', '20 / day', 'standard styles'],
          ['Creator', '$8 / month', '1,000 / month', 'HD, all styles, commercial use'],
          ['Classroom', '$3 / seat / month', 'unlimited', 'teacher dashboard, student-safe mode, no sign-in with personal email'],
          ['Business', '$39 / month', '10,000 / month', 'brand kits, team seats, API'],
        ])
        + p(`Payments are handled by Stripe. Schools and non-profits can apply for free Classroom seats. Every plan follows the same content policy – paying more never unlocks adult content, and there is no "uncensored" add-on.`)
        + stripe('pk_test_calmcanvas_7')
        + ccFoot },
    { path: '/content-policy', title: `Content Policy – CalmCanvas`,
      body: ccNav + h1('Content policy')
        + p(`CalmCanvas is a general-audience tool. The following are not allowed and are technically blocked:`)
        + ol(`Sexual content or nudity of any kind, including "artistic" or "tasteful" nudity.`, `"Nudify" or "undress" requests, clothing removal, see-through effects, or any edit that sexualises a real person.`, `Face swaps or likenesses of real, identifiable people, including celebrities and private individuals.`, `Harassment, impersonation and misleading political imagery.`)
        + p(`We report attempts to create non-consensual intimate imagery to the relevant authorities where the law requires it. If you believe CalmCanvas was used to create an image of you, contact report@calmcanvas-ai.test and we will act within 24 hours.`)
        + ccFoot },
    { path: '/gallery', title: `Gallery – CalmCanvas`,
      body: ccNav + h1('Community gallery')
        + p(`A selection of images made by our community this week. Every image in the gallery is reviewed by a person before it appears.`)
        + ul(`"Lighthouse at dawn, gouache style" – by a Creator user in Portugal`, `"Dinosaur alphabet poster" – Classroom plan, Year 2 teacher`, `"Cosy coffee shop menu illustration" – Business plan`, `"Dragon who is afraid of the dark, picture book page" – Free plan`)
        + `<div class="gallery">${img(1, 'Lighthouse')}${img(3, 'Alphabet poster')}${img(4, 'Coffee menu')}${img(6, 'Dragon')}</div>`
        + ccFoot },
  ] },
];

export const sites: CorpusSite[] = [...deSites, ...nlSites, ...frSites, ...restSites];
