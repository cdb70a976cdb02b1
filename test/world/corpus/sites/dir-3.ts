import {
  a,
  blockquote,
  button,
  cookieBanner,
  faq,
  footer,
  h1,
  h2,
  h3,
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

const AUTHOR = 'dir';

/** An outbound partner link. */
const go = (host: string, query: string, text: string): string => a(`https://${host}/?${query}`, text, 'rel="sponsored nofollow" target="_blank"');
const tme = (handle: string, label = `@${handle}`): string => a(`https://t.me/${handle}`, label);
const rating = (score: number): string => '★'.repeat(Math.round(score)) + '☆'.repeat(5 - Math.round(score)) + ` ${score.toFixed(1).replace('.', ',')}`;

export const sites: CorpusSite[] = [
  // 1 — de alternatives
  {
    host: 'ki-alternativen.test', lang: 'de', label: 'directory', shape: 'alternatives', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Clothra Alternativen: 5 ähnliche KI-Tools im Vergleich (2026) | KI-Alternativen',
        head: metaDescription('Clothra zu teuer oder offline? Diese 5 Clothra-Alternativen bieten ähnliche KI-Ausziehen-Funktionen – mit Gratis-Credits und günstigeren Preisen.'),
        body:
          nav([['/', 'Clothra-Alternativen'], ['/was-ist-clothra', 'Was ist Clothra?'], ['/alle-vergleiche', 'Alle Vergleiche'], ['/kontakt', 'Kontakt']], 'KI-Alternativen') +
          cookieBanner('Diese Seite nutzt Cookies für Statistik und Partnerprogramme.', 'OK, verstanden') +
          h1('Clothra-Alternativen: 5 Tools wie Clothra') +
          p(`Clothra gehört zu den bekanntesten KI-Diensten zum „Ausziehen“ von Fotos. Doch das Monatsabo für 15,99 € und fehlende Gratis-Credits schrecken viele ab. Wir haben fünf Alternativen zusammengestellt, die ähnlich funktionieren: Foto hochladen, Modus wählen, Ergebnis herunterladen.`) +
          priceTable(['Alternative', 'Gratis', 'Günstigster Preis', 'Besonderheit'], [
            ['Nuvella', '5 Credits', '6,99 €', 'deutsche Oberfläche'],
            ['Sheerly', '3/Tag', '11,99 €/Monat', 'Dessous- und Bikini-Modus'],
            ['Dreamstrip', '—', '9 € (Krypto)', 'keine E-Mail nötig'],
            ['Bareflux', '3 Credits', '8,49 €', 'kein Abo'],
            ['Exposa', '2 Credits', '4,99 €', 'sehr schnell'],
          ]) +
          h2('1. Nuvella – die beste Clothra-Alternative') +
          p(`Nuvella kommt Clothra bei der Qualität am nächsten und ist komplett auf Deutsch. Statt Abo gibt es Credit-Pakete ab 6,99 €. Nachteil: die Warteschlange am Abend. ${go('nuvella.test', 'ref=kialt', 'Nuvella ansehen')}`) +
          h2('2. Sheerly') +
          p(`Sheerly setzt auf wenige, dafür gut abgestimmte Modi und bietet drei kostenlose Bilder pro Tag mit Wasserzeichen. ${go('sheerly.test', 'ref=kialt', 'Sheerly ansehen')}`) +
          h2('3. Dreamstrip') +
          p(`Für alle, die anonym bleiben wollen: Dreamstrip akzeptiert nur Kryptowährungen und verlangt keine E-Mail-Adresse. ${go('dreamstrip.test', 'ref=kialt', 'Dreamstrip ansehen')}`) +
          h2('4. Bareflux') +
          p(`Günstige Credits ohne Abo, dazu ein Telegram-Bot mit demselben Guthaben. ${go('bareflux.test', 'ref=kialt', 'Bareflux ansehen')}`) +
          h2('5. Exposa') +
          p(`Das schnellste Tool im Feld, Ergebnisse in unter zehn Sekunden. ${go('exposa.test', 'ref=kialt', 'Exposa ansehen')}`) +
          p(`<small>Transparenz: Für Käufe über die markierten Links erhalten wir eine Provision. KI-Alternativen bietet selbst keinen dieser Dienste an.</small>`) +
          footer('© 2026 KI-Alternativen', [['/kontakt', 'Kontakt'], ['/alle-vergleiche', 'Alle Vergleiche'], ['/impressum', 'Impressum']]),
      },
      {
        path: '/was-ist-clothra',
        title: 'Was ist Clothra? Funktionen und Preise | KI-Alternativen',
        body:
          nav([['/', 'Clothra-Alternativen'], ['/alle-vergleiche', 'Alle Vergleiche']], 'KI-Alternativen') +
          h1('Was ist Clothra?') +
          p(`Clothra ist ein kostenpflichtiger KI-Dienst, der aus hochgeladenen Personenfotos Versionen ohne Kleidung erzeugt. Angeboten werden neun Stile, ein HD-Export und ein Verlauf, der sich per Klick löschen lässt. Abgerechnet wird per Monatsabo ab 15,99 €, eine kostenlose Testversion gibt es nicht.`, `In unserem Test lieferte Clothra die beste Qualität, war aber zu Stoßzeiten langsam. Wer Clothra trotzdem nutzen möchte, findet das Angebot hier: ${go('clothra.test', 'ref=kialt&src=info', 'clothra.test')}.`) +
          footer('© 2026 KI-Alternativen'),
      },
      {
        path: '/alle-vergleiche',
        title: 'Alle Vergleiche | KI-Alternativen',
        body:
          nav([['/', 'Clothra-Alternativen']], 'KI-Alternativen') +
          h1('Alle Alternativen-Seiten') +
          p(`Hier finden Sie alle Übersichten, die wir bisher veröffentlicht haben. Jede Seite listet fünf bis sieben Alternativen mit Preisen, Gratis-Angebot und Besonderheiten. Neue Vergleiche erscheinen etwa alle zwei Wochen. Wünsche für den nächsten Vergleich können Sie uns über das Kontaktformular schicken.`) +
          ul(
            `${a('/', 'Clothra-Alternativen')} – 5 Tools, aktualisiert im Mai`,
            `Faceheist-Alternativen – Face-Swap mit 18+-Vorlagen (in Arbeit)`,
            `Drapeless-Alternativen – günstiger als 23 € im Monat (in Arbeit)`,
            `Telegram-Bots statt Apps – die Bot-Versionen bekannter Dienste (geplant)`,
          ) +
          footer('© 2026 KI-Alternativen'),
      },
      {
        path: '/kontakt',
        title: 'Kontakt | KI-Alternativen',
        body:
          nav([['/', 'Clothra-Alternativen']], 'KI-Alternativen') +
          h1('Kontakt') +
          p(`Sie haben eine Alternative, die auf unsere Liste gehört, oder ein Preis hat sich geändert? Schreiben Sie uns. Wir testen jeden Vorschlag selbst, bevor wir ihn aufnehmen. Bitte beachten Sie: Wir sind kein Kundendienst der genannten Anbieter und können bei Abbuchungen oder Kündigungen nicht helfen. Wenden Sie sich dafür direkt an den Anbieter oder an Ihre Bank.`) +
          textForm('Ihre Nachricht', 'Absenden', '/kontakt/senden') +
          footer('© 2026 KI-Alternativen'),
      },
      {
        path: '/impressum',
        title: 'Impressum | KI-Alternativen',
        body:
          nav([['/', 'Clothra-Alternativen']], 'KI-Alternativen') +
          h1('Impressum') +
          p(`Angaben gemäß § 5 DDG: KI-Alternativen, Redaktion Vergleichsportale, Beispielallee 7, 20095 Hamburg. E-Mail: hallo@ki-alternativen.test. Inhaltlich verantwortlich: die Redaktion.`, `KI-Alternativen ist ein redaktionelles Vergleichsangebot. Wir betreiben keinen der vorgestellten Dienste, bieten keine Upload-Funktion an und verkaufen keine Produkte. Für die Inhalte der verlinkten Seiten sind ausschließlich deren Betreiber verantwortlich. Mit * oder „Werbung“ markierte Links sind Affiliate-Links. Hinweise auf veraltete Preise oder Fehler nehmen wir gern per E-Mail entgegen.`) +
          footer('© 2026 KI-Alternativen'),
      },
    ],
  },

  // 2 — de coupon
  {
    host: 'gutscheinjaeger-ki.test', lang: 'de', label: 'directory', shape: 'coupon', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Gutscheincodes für KI-Tools – Mai 2026 | GutscheinJäger KI',
        head: metaDescription('Aktuelle Gutscheincodes und Rabattcodes für KI-Foto-Apps, Ausziehen-Tools und Deepfake-Generatoren. Code kopieren und sparen.'),
        body:
          nav([['/', 'Alle Gutscheine'], ['/shop/nuvella', 'Nuvella'], ['/shop/velvetcam', 'Velvetcam'], ['/so-gehts', 'So geht\'s'], ['/agb', 'AGB']], 'GutscheinJäger KI') +
          textForm('Shop suchen …', 'Suchen') +
          h1('KI-Gutscheine &amp; Rabattcodes') +
          p(`27 aktive Gutscheine · zuletzt geprüft vor 3 Stunden. Klicken Sie auf „Code kopieren“ – der Shop öffnet sich in einem neuen Tab. Fügen Sie den Code dort an der Kasse ein.`) +
          section(
            h3('Nuvella: 30 % auf das erste Credit-Paket'),
            p(`Code <code>NUVELLA30</code> ${button('Code kopieren')} · gültig bis 31.05.2026 · 842× verwendet`),
            p(go('nuvella.test', 'aff=gjki&code=NUVELLA30', 'Zum Shop')),
          ) +
          section(
            h3('Velvetcam: 1 Woche VIP gratis'),
            p(`Code <code>CAMWEEK</code> ${button('Code kopieren')} · gültig bis 15.06.2026 · nur für Neukunden`),
            p(go('velvetcam.test', 'aff=gjki', 'Zum Shop')),
          ) +
          section(
            h3('Sheerly: 20 % auf das Jahresabo'),
            p(`Code <code>SHEER20</code> ${button('Code kopieren')} · gültig bis 30.06.2026`),
            p(go('sheerly.test', 'aff=gjki', 'Zum Shop')),
          ) +
          section(
            h3('Swapluxe: doppelte Swaps am Wochenende'),
            p(`Kein Code nötig – Aktion wird über den Link aktiviert · endet Sonntag 23:59`),
            p(go('swapluxe.test', 'aff=gjki&deal=weekend2x', 'Angebot aktivieren')),
          ) +
          section(
            h3('Dreamstrip: 10 % bei Zahlung mit USDT'),
            p(`Code <code>DREAM10</code> ${button('Code kopieren')} · abgelaufen am 01.05.2026 – funktioniert evtl. noch`),
          ) +
          faq('Fragen zu Gutscheinen', [
            ['Kostet die Nutzung etwas?', 'Nein. Wir erhalten von manchen Shops eine Provision, für Sie ändert sich der Preis nicht.'],
            ['Der Code funktioniert nicht – was tun?', 'Viele Codes gelten nur für Neukunden oder bestimmte Pakete. Probieren Sie einen anderen Code oder melden Sie ihn über „Code funktioniert nicht“.'],
          ]) +
          footer('© 2026 GutscheinJäger KI · Wir sind kein Verkäufer der gelisteten Produkte. Nur für Volljährige.', [['/agb', 'AGB'], ['/so-gehts', 'So geht\'s'], ['/impressum', 'Impressum']]),
      },
      {
        path: '/shop/nuvella',
        title: 'Nuvella Gutschein: 4 gültige Rabattcodes | GutscheinJäger KI',
        body:
          nav([['/', 'Alle Gutscheine'], ['/shop/velvetcam', 'Velvetcam']], 'GutscheinJäger KI') +
          h1('Nuvella Gutscheincodes') +
          p(`Nuvella ist ein deutschsprachiger KI-Dienst zum „Ausziehen“ von Fotos mit Credit-Paketen ab 6,99 €. Ein Abo ist nicht nötig. Die folgenden Codes wurden in den letzten 14 Tagen von unserer Community bestätigt; die meisten gelten nur für die erste Bestellung.`) +
          priceTable(['Rabatt', 'Code', 'Gültig bis', ''], [
            ['30 % aufs erste Paket', 'NUVELLA30', '31.05.2026', button('Code kopieren')],
            ['+25 Bonus-Credits', 'NUV25', '20.06.2026', button('Code kopieren')],
            ['5 € Rabatt ab 20 €', 'FUENF', 'unbegrenzt', button('Code kopieren')],
            ['HD gratis für 24 h', 'HDTAG', 'abgelaufen', button('Code kopieren')],
          ]) +
          p(go('nuvella.test', 'aff=gjki&utm_source=shopseite', 'Zu Nuvella')) +
          footer('© 2026 GutscheinJäger KI'),
      },
      {
        path: '/shop/velvetcam',
        title: 'Velvetcam Rabattcode – VIP gratis testen | GutscheinJäger KI',
        body:
          nav([['/', 'Alle Gutscheine'], ['/shop/nuvella', 'Nuvella']], 'GutscheinJäger KI') +
          h1('Velvetcam Rabattcodes') +
          p(`Velvetcam ist eine Face-Swap-App, die Gesichter live oder in Videos austauscht und einen eigenen 18+-Vorlagenbereich hat. Abgerechnet wird per Wochen-VIP (4,99 €) oder Monatsabo (14,99 €). Mit diesen Codes lässt sich der Einstieg günstiger testen:`) +
          ul(`CAMWEEK – 1 Woche VIP gratis, nur Neukunden ${button('Code kopieren')}`, `VELVET15 – 15 % aufs Monatsabo, bis 30.06.2026 ${button('Code kopieren')}`, `4KFREE – 4K-Export für 3 Tage, bis 10.06.2026 ${button('Code kopieren')}`) +
          p(go('velvetcam.test', 'aff=gjki&utm_source=shopseite', 'Zu Velvetcam')) +
          footer('© 2026 GutscheinJäger KI'),
      },
      {
        path: '/so-gehts',
        title: 'So lösen Sie einen Gutschein ein | GutscheinJäger KI',
        body:
          nav([['/', 'Alle Gutscheine']], 'GutscheinJäger KI') +
          h1('So lösen Sie einen Gutschein ein') +
          ol('Klicken Sie beim gewünschten Angebot auf „Code kopieren“.', 'Der Shop öffnet sich in einem neuen Tab.', 'Wählen Sie dort Ihr Paket oder Abo.', 'Fügen Sie den Code im Feld „Gutschein“, „Promo-Code“ oder „Coupon“ ein.', 'Prüfen Sie, ob der Rabatt abgezogen wurde, bevor Sie bezahlen.') +
          p(`Tipp: Manche Shops akzeptieren Codes nur bei Kartenzahlung, andere nur bei Krypto. Deals ohne Code werden über den Link aktiviert – dafür müssen Cookies erlaubt sein.`) +
          footer('© 2026 GutscheinJäger KI'),
      },
      {
        path: '/agb',
        title: 'AGB | GutscheinJäger KI',
        body:
          nav([['/', 'Alle Gutscheine']], 'GutscheinJäger KI') +
          h1('Allgemeine Nutzungsbedingungen') +
          p(`GutscheinJäger KI sammelt Rabattaktionen, die von Drittanbietern veröffentlicht werden. Wir verkaufen selbst keine Produkte und haben keinen Einfluss auf Inhalte, Preise oder Verfügbarkeit der Angebote. Alle Gutscheine ohne Gewähr. Die Nutzung dieser Seite ist nur Volljährigen gestattet. Über einige Links erhalten wir Provisionen.`, `Beschwerden über Abbuchungen, Kündigungen oder Inhalte richten Sie bitte direkt an den jeweiligen Anbieter. Wir haben keinen Zugriff auf Bestellungen oder Kundenkonten bei Drittanbietern.`) +
          footer('© 2026 GutscheinJäger KI'),
      },
      {
        path: '/impressum',
        title: 'Impressum | GutscheinJäger KI',
        body:
          nav([['/', 'Alle Gutscheine']], 'GutscheinJäger KI') +
          h1('Impressum') +
          p(`GutscheinJäger KI, Inhaber: Gutscheinportal-Redaktion, Musterweg 21, 80331 München. Kontakt: service@gutscheinjaeger-ki.test. Verantwortlich für redaktionelle Inhalte: die Redaktion.`, `Wir sind ein Gutscheinportal und kein Verkäufer. Verträge über Credits, Abos oder Pakete kommen ausschließlich zwischen Ihnen und dem jeweiligen Anbieter zustande. Für Rückfragen zu Bestellungen wenden Sie sich bitte direkt an den Shop. Einige Links auf dieser Seite sind Provisionslinks.`) +
          footer('© 2026 GutscheinJäger KI'),
      },
    ],
  },

  // 3 — de ranking
  {
    host: 'ki-ranking-portal.test', lang: 'de', label: 'directory', shape: 'ranking', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'KI-Ausziehen & Deepfake Ranking 2026 – Testsieger mit Sternen | KI-Ranking-Portal',
        head:
          metaDescription('Das große Ranking: KI-Ausziehen-Apps und Deepfake-Tools mit Punkten, Sternen und Redaktionstipp. Monatlich aktualisiert.') +
          jsonLd({
            '@context': 'https://schema.org',
            '@type': 'ItemList',
            name: 'KI-Ranking Mai 2026',
            itemListElement: [
              { '@type': 'ListItem', position: 1, name: 'Nuvella', url: 'https://nuvella.test/' },
              { '@type': 'ListItem', position: 2, name: 'Clothra', url: 'https://clothra.test/' },
              { '@type': 'ListItem', position: 3, name: 'Velvetcam', url: 'https://velvetcam.test/' },
              { '@type': 'ListItem', position: 4, name: 'Sheerly', url: 'https://sheerly.test/' },
              { '@type': 'ListItem', position: 5, name: 'Swapluxe', url: 'https://swapluxe.test/' },
            ],
          }),
        body:
          nav([['/', 'Ranking'], ['/testverfahren', 'Testverfahren'], ['/redaktionstipp', 'Redaktionstipp'], ['/werbehinweis', 'Werbehinweis']], 'KI-Ranking-Portal') +
          h1('KI-Ranking Mai 2026: die besten Ausziehen- und Deepfake-Tools') +
          p(`Wir bewerten jedes Tool nach Qualität, Geschwindigkeit, Preis und Datenschutz. Maximal 100 Punkte. Die Tabelle ist nach Gesamtpunktzahl sortiert. Alle Tools wurden im Mai mit demselben Satz lizenzierter Stockfotos neu getestet; Preise prüfen wir wöchentlich, weil sie sich häufiger ändern als die Qualität. Wer nur kurz testen will, findet bei Sheerly und Nuvella kostenlose Credits.`) +
          priceTable(['Platz', 'Tool', 'Art', 'Sterne', 'Punkte', 'Preis ab', ''], [
            ['1', 'Nuvella <b>Redaktionstipp</b>', 'Ausziehen', rating(4.8), '93', '6,99 €', go('nuvella.test', 'ref=kirp', 'Zum Anbieter')],
            ['2', 'Clothra', 'Ausziehen', rating(4.6), '90', '15,99 €/Monat', go('clothra.test', 'ref=kirp', 'Zum Anbieter')],
            ['3', 'Velvetcam', 'Face-Swap 18+', rating(4.3), '86', '4,99 €/Woche', go('velvetcam.test', 'ref=kirp', 'Zum Anbieter')],
            ['4', 'Sheerly', 'Ausziehen', rating(4.1), '82', '11,99 €/Monat', go('sheerly.test', 'ref=kirp', 'Zum Anbieter')],
            ['5', 'Swapluxe', 'Deepfake-Video', rating(3.9), '78', '12 € Paket', go('swapluxe.test', 'ref=kirp', 'Zum Anbieter')],
            ['6', 'Dreamstrip', 'Ausziehen', rating(3.6), '72', '9 € (Krypto)', go('dreamstrip.test', 'ref=kirp', 'Zum Anbieter')],
            ['7', 'Lookswap18', 'Face-Swap 18+', rating(3.4), '69', '3,79 €/Woche', go('lookswap18.test', 'ref=kirp', 'Zum Anbieter')],
          ]) +
          h2('Unser Redaktionstipp: Nuvella') +
          p(`Nuvella überzeugt mit sehr guter Qualität, deutscher Oberfläche und fairen Credit-Preisen ohne Abofalle. ${a('/redaktionstipp', 'Warum Nuvella gewonnen hat')}.`) +
          h2('Aufsteiger des Monats') +
          p(`Velvetcam springt von Platz 6 auf Platz 3 – der neue Live-Modus und der 4K-Export haben unsere Tester überzeugt. Absteiger ist Lookswap18, dessen Renderzeiten sich verdoppelt haben.`) +
          p(`<em>Werbehinweis: Dieses Ranking enthält Affiliate-Links. Schließen Sie über einen Link ein Abo ab, erhalten wir eine Vergütung. Die Punktzahlen werden davon nicht beeinflusst.</em>`) +
          footer('© 2026 KI-Ranking-Portal – unabhängig, werbefinanziert', [['/werbehinweis', 'Werbehinweis'], ['/testverfahren', 'Testverfahren'], ['/impressum', 'Impressum']]),
      },
      {
        path: '/testverfahren',
        title: 'Unser Testverfahren | KI-Ranking-Portal',
        body:
          nav([['/', 'Ranking'], ['/redaktionstipp', 'Redaktionstipp']], 'KI-Ranking-Portal') +
          h1('So entsteht das Ranking') +
          p(`Jedes Tool wird von zwei Redakteuren mit einem selbst bezahlten Konto getestet. Wir verwenden einen festen Satz lizenzierter Stockfotos, damit die Ergebnisse vergleichbar sind.`) +
          priceTable(['Kriterium', 'Gewichtung'], [['Qualität', '40 %'], ['Geschwindigkeit', '20 %'], ['Preis-Leistung', '20 %'], ['Datenschutz & Kündigung', '20 %']]) +
          p(`Beim Datenschutz zählt, wie lange Uploads gespeichert werden, ob man sie selbst löschen kann und ob ein Impressum existiert. Tools mit Abofallen verlieren Punkte, egal wie gut die Ergebnisse sind.`) +
          footer('© 2026 KI-Ranking-Portal'),
      },
      {
        path: '/redaktionstipp',
        title: 'Redaktionstipp: Nuvella | KI-Ranking-Portal',
        body:
          nav([['/', 'Ranking'], ['/testverfahren', 'Testverfahren']], 'KI-Ranking-Portal') +
          h1('Warum Nuvella unser Redaktionstipp ist') +
          p(`Nuvella lieferte in unserem Test die natürlichsten Ergebnisse aller Tools und war dabei deutlich günstiger als Clothra. Die Oberfläche ist komplett auf Deutsch, Credits verfallen nicht und es gibt kein Abo, das sich unbemerkt verlängert. Kritikpunkt: Abends kann die Warteschlange mehrere Minuten dauern.`, `Im Vormonat lag Nuvella noch auf Platz zwei hinter Clothra. Den Ausschlag gab diesmal der Preis: Für die Kosten eines Clothra-Monatsabos bekommt man bei Nuvella mehr als doppelt so viele Bilder.`) +
          p(go('nuvella.test', 'ref=kirp&utm_content=redaktionstipp', 'Nuvella jetzt ansehen')) +
          footer('© 2026 KI-Ranking-Portal'),
      },
      {
        path: '/werbehinweis',
        title: 'Werbehinweis | KI-Ranking-Portal',
        body:
          nav([['/', 'Ranking']], 'KI-Ranking-Portal') +
          h1('Werbehinweis und Finanzierung') +
          p(`KI-Ranking-Portal finanziert sich ausschließlich über Partnerprogramme. Die Schaltflächen „Zum Anbieter“ enthalten einen Partnercode; bei einem Kauf erhalten wir eine Provision vom Anbieter. Wir betreiben keines der gelisteten Tools, verkaufen nichts und haben keinen Zugriff auf Ihre Daten bei den Anbietern. Bezahlte Platzierungen gibt es bei uns nicht. Fragen zu unserer Finanzierung beantworten wir gern per E-Mail.`) +
          footer('© 2026 KI-Ranking-Portal'),
      },
      {
        path: '/impressum',
        title: 'Impressum | KI-Ranking-Portal',
        body:
          nav([['/', 'Ranking']], 'KI-Ranking-Portal') +
          h1('Impressum') +
          p(`KI-Ranking-Portal, Redaktion Digitaltests, Testgasse 3, 1010 Wien. E-Mail: redaktion@ki-ranking-portal.test. Medieninhaber und für den Inhalt verantwortlich: die Redaktion.`, `Das Portal veröffentlicht Rankings und Testberichte zu KI-Diensten Dritter. Wir bieten keinen dieser Dienste selbst an und haben keinen Einfluss auf deren Inhalte, Preise oder Geschäftsbedingungen. Haftung für externe Links übernehmen wir nicht. Hinweise zur Finanzierung finden Sie im Werbehinweis. Korrekturen und Anfragen bitte per E-Mail.`) +
          footer('© 2026 KI-Ranking-Portal'),
      },
    ],
  },

  // 4 — de link-hub
  {
    host: 'ki-linkliste.test', lang: 'de', label: 'directory', shape: 'link-hub', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'KI-Linkliste 18+ – alle KI-Ausziehen-, Deepfake- und Face-Swap-Seiten',
        body:
          '<p><strong>KI-LINKLISTE 18+</strong> · nur Links, keine Bewertungen · Stand 05/2026</p>' +
          nav([['/neu', 'Neu'], ['/tot', 'Offline'], ['/eintragen', 'Seite eintragen']]) +
          p(`Die deutschsprachige Linksammlung für KI-Ausziehen, Deepfake und Face-Swap. 32 Seiten, 9 Telegram-Bots, nach Kategorie sortiert. Wer Tests und Preise sucht, findet ganz unten Links zu Vergleichsseiten. Neu hinzugekommene Seiten stehen zusätzlich eine Woche lang unter „Neu“.`) +
          h2('KI-Ausziehen / Nudify') +
          ul(
            `${go('nuvella.test', 'src=kilink', 'Nuvella')} – deutsch, Credits`,
            `${go('clothra.test', 'src=kilink', 'Clothra')} – Abo`,
            `${go('sheerly.test', 'src=kilink', 'Sheerly')} – 3 gratis/Tag`,
            `${go('dreamstrip.test', 'src=kilink', 'Dreamstrip')} – nur Krypto`,
            `${go('bareflux.test', 'src=kilink', 'Bareflux')} – kein Abo`,
            `${go('exposa.test', 'src=kilink', 'Exposa')} – schnell`,
            `${go('nacktify.test', 'src=kilink', 'Nacktify')} – NEU`,
          ) +
          h2('Face-Swap / Deepfake') +
          ul(
            `${go('velvetcam.test', 'src=kilink', 'Velvetcam')} – live + Video`,
            `${go('swapluxe.test', 'src=kilink', 'Swapluxe')} – Pakete`,
            `${go('lookswap18.test', 'src=kilink', 'Lookswap18')} – viele Vorlagen`,
            `${go('faceheist.test', 'src=kilink', 'Faceheist')} – englisch`,
          ) +
          h2('Telegram') +
          ul(`${tme('nuvella_de_bot')} – Bot von Nuvella`, `${tme('velvetcam_swap_bot')} – Face-Swap`, `${tme('ki_bots_deutsch')} – Kanal mit Ersatzlinks`) +
          h2('Vergleiche &amp; Gutscheine') +
          ul(`${a('https://ki-ranking-portal.test/?src=kilink', 'KI-Ranking-Portal')}`, `${a('https://gutscheinjaeger-ki.test/?src=kilink', 'GutscheinJäger KI')}`, `${a('https://ki-alternativen.test/?src=kilink', 'KI-Alternativen')}`) +
          p(`Hinweis: Wir hosten nichts und betreiben keine der verlinkten Seiten. Alle Angebote sind von Dritten. Links werden einmal pro Woche automatisch geprüft; was zweimal nicht erreichbar ist, landet unter „Offline“. Kaputter Link oder neue Seite? Über „Seite eintragen“ melden. Mit einem Sternchen markierte Einträge sind bezahlte Platzierungen.`, `Warum keine Bewertungen? Weil sich Preise und Qualität bei diesen Diensten fast wöchentlich ändern und Bewertungen schnell veraltet sind. Diese Liste soll nur zeigen, was gerade erreichbar ist – nicht, was gut ist. Wer mitmachen will, kann Seiten eintragen oder tote Links melden.`) +
          footer('KI-Linkliste · 2026 · nur für Erwachsene', [['/eintragen', 'Eintragen / melden'], ['/tot', 'Offline'], ['/neu', 'Neu']]),
      },
      {
        path: '/neu',
        title: 'Neu eingetragen – KI-Linkliste 18+',
        body:
          '<p><strong>KI-LINKLISTE 18+</strong></p>' + nav([['/', 'Alle Links'], ['/tot', 'Offline']]) +
          h1('Neu eingetragen') +
          ul(
            `11.05. – ${go('nacktify.test', 'src=kilink-neu', 'Nacktify')} – Ausziehen, 2 Gratis-Credits`,
            `04.05. – ${tme('nuvella_de_bot')} – Telegram-Version von Nuvella`,
            `29.04. – ${go('swapluxe.test', 'src=kilink-neu', 'Swapluxe')} – Deepfake-Videos, Pakete ab 12 €`,
            `18.04. – ${go('velvetcam.test', 'src=kilink-neu', 'Velvetcam')} – Face-Swap-App mit Live-Modus`,
          ) +
          p('Neue Seiten werden eingetragen, sobald sie erreichbar sind und eine Anmeldung funktioniert. Weiter testen wir nicht. Die Reihenfolge ist nach Datum, die neuesten oben. Nach einer Woche wandern die Einträge in ihre normale Kategorie auf der Startseite.') +
          footer('KI-Linkliste · 2026'),
      },
      {
        path: '/tot',
        title: 'Offline – KI-Linkliste 18+',
        body:
          '<p><strong>KI-LINKLISTE 18+</strong></p>' + nav([['/', 'Alle Links'], ['/neu', 'Neu']]) +
          h1('Offline / umgezogen') +
          p(`Diese Seiten waren bei den letzten zwei Prüfungen nicht erreichbar oder wurden gesperrt. Kommt eine Seite unter neuer Adresse zurück, tragen wir sie wieder ein. Vorsicht bei angeblichen „Spiegelseiten“ – viele davon sind Phishing-Kopien, die nur Zahlungsdaten abgreifen wollen.`) +
          ul('velvetpeel – seit März offline ', 'strippr – umgezogen, neuer Link im Telegram-Kanal ', 'kleiderweg-ki – Domain gesperrt ') +
          p('Zuletzt geprüft am 12.05.2026. Nächste Prüfung am Montag.') +
          footer('KI-Linkliste · 2026'),
      },
      {
        path: '/eintragen',
        title: 'Seite eintragen – KI-Linkliste 18+',
        body:
          '<p><strong>KI-LINKLISTE 18+</strong></p>' + nav([['/', 'Alle Links']]) +
          h1('Seite eintragen oder melden') +
          p(`URL und Kategorie angeben. Kostenlose Einträge prüfen wir innerhalb einer Woche, gegen Gebühr innerhalb von 24 Stunden. Für Löschanfragen (z. B. weil eine verlinkte Seite Ihre Bilder verwendet) bitte URL und Grund nennen – wir entfernen den Link, können aber keine Inhalte auf fremden Seiten löschen. Antwort in der Regel innerhalb von drei Werktagen.`) +
          textForm('URL + Kategorie oder Grund', 'Senden', '/eintragen/senden') +
          footer('KI-Linkliste · 2026'),
      },
    ],
  },

  // 5 — fr listicle
  {
    host: 'topoutils-ia.test', lang: 'fr', label: 'directory', shape: 'listicle', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Les 7 meilleures applis IA pour déshabiller une photo en 2026 | TopOutils IA',
        head: metaDescription('Notre sélection des 7 meilleures applications d\'IA de déshabillage en 2026 : prix, essai gratuit, avantages et inconvénients de chaque outil.'),
        body:
          nav([['/', 'Top 7'], ['/face-swap-18', 'Face swap 18+'], ['/notre-methode', 'Notre méthode'], ['/mentions-legales', 'Mentions légales']], 'TopOutils IA') +
          cookieBanner('Ce site utilise des cookies de mesure d\'audience et d\'affiliation.', 'Tout accepter', 'Continuer sans accepter') +
          h1('Les 7 meilleures applis IA de déshabillage en 2026') +
          p(`Mis à jour le 6 mai 2026 · Lecture : 8 min. Les liens de cette page sont des liens affiliés : si vous souscrivez, nous touchons une commission, sans surcoût pour vous.`) +
          h2('1. Sheerly — le meilleur choix global') +
          p(`Sheerly fonctionne dans le navigateur : l'utilisateur importe une photo, choisit un mode (maillot, lingerie ou complet) et récupère le résultat en une vingtaine de secondes. L'interface existe en français.`) +
          p(`👍 Trois images gratuites par jour · 👍 Résiliation simple · 👎 Filigrane sur la version gratuite`) +
          p(`Prix : à partir de 11,99 €/mois · ${go('sheerly.test', 'ref=topoutils', 'Voir le site')}`) +
          h2('2. Nuvella — le meilleur rapport qualité-prix') +
          p(`Pas d'abonnement, des packs de crédits dès 6,99 €. Les résultats sont très propres, mais la file d'attente s'allonge le soir.`) +
          p(`Prix : 6,99 € les 60 crédits · ${go('nuvella.test', 'ref=topoutils', 'Voir le site')}`) +
          h2('3. Exposa — le plus rapide') +
          p(`Moins de dix secondes par image. Exposa affirme supprimer les fichiers importés au bout de 24 heures.`) +
          p(`Prix : dès 4,99 € · ${go('exposa.test', 'ref=topoutils', 'Voir le site')}`) +
          h2('4. Clothra — le plus complet') +
          p(`Neuf styles de rendu et un export HD. Pas d'essai gratuit, abonnement mensuel à 15,99 €.`) +
          p(go('clothra.test', 'ref=topoutils', 'Voir le site')) +
          h2('5. Dreamstrip — pour rester anonyme') +
          p(`Paiement uniquement en cryptomonnaie, aucune adresse e-mail demandée. À partir de 9 € en USDT.`) +
          p(go('dreamstrip.test', 'ref=topoutils', 'Voir le site')) +
          h2('6. Stripfix — sur mobile') +
          p(`Appli Android (APK) et bot Telegram. VIP à 5,49 € par semaine.`) +
          p(go('stripfix.test', 'ref=topoutils', 'Voir le site')) +
          h2('7. Cloakoff — gratuit') +
          p(`Basse résolution et qualité variable, mais gratuit pour tester le principe.`) +
          p(go('cloakoff.test', 'ref=topoutils', 'Voir le site')) +
          p(`Rappel : créer ou diffuser ce type d'image d'une personne sans son consentement est puni par la loi en France.`) +
          footer('© 2026 TopOutils IA — comparatifs indépendants', [['/mentions-legales', 'Mentions légales'], ['/notre-methode', 'Notre méthode'], ['/face-swap-18', 'Face swap 18+']]),
      },
      {
        path: '/face-swap-18',
        title: 'Les meilleurs outils de face swap 18+ | TopOutils IA',
        body:
          nav([['/', 'Top 7'], ['/notre-methode', 'Notre méthode']], 'TopOutils IA') +
          h1('Face swap 18+ : notre top 4') +
          p(`Ces services collent un visage tiré d'une photo sur une vidéo ou une image existante, avec des bibliothèques de modèles pour adultes. Nous avons comparé le nombre de modèles, la qualité d'export (720p, 1080p, 4K) et le prix par vidéo. Tous proposent un abonnement ou des packs, rarement un vrai essai gratuit.`) +
          ol(
            `Velvetcam — mode live et export 4K, VIP 4,99 €/semaine · ${go('velvetcam.test', 'ref=topoutils', 'voir')}`,
            `Swapluxe — packs dès 12 €, sans abonnement · ${go('swapluxe.test', 'ref=topoutils', 'voir')}`,
            `Faceheist — plus de 1 200 modèles · ${go('faceheist.test', 'ref=topoutils', 'voir')}`,
            `Lookswap18 — le moins cher à la semaine · ${go('lookswap18.test', 'ref=topoutils', 'voir')}`,
          ) +
          footer('© 2026 TopOutils IA'),
      },
      {
        path: '/notre-methode',
        title: 'Notre méthode de test | TopOutils IA',
        body:
          nav([['/', 'Top 7']], 'TopOutils IA') +
          h1('Comment nous testons') +
          p(`Chaque outil est testé pendant au moins deux semaines avec un compte payé par la rédaction. Nous utilisons un lot de photos libres de droits pour comparer les rendus, nous chronométrons les temps de génération et nous vérifions la facilité de résiliation.`, `Les éditeurs ne peuvent pas acheter une meilleure place. Les commissions d'affiliation financent le site, mais le classement est établi avant de regarder les conditions de chaque programme partenaire.`) +
          footer('© 2026 TopOutils IA'),
      },
      {
        path: '/mentions-legales',
        title: 'Mentions légales | TopOutils IA',
        body:
          nav([['/', 'Top 7']], 'TopOutils IA') +
          h1('Mentions légales') +
          p(`TopOutils IA est un site éditorial de comparaison. Il ne vend aucun service et n'héberge aucune image. Les liens sortants renvoient vers des sites tiers dont nous ne sommes pas responsables. Certains liens sont affiliés. Contact : redaction@topoutils-ia.test. Hébergeur : prestataire européen. Ce site s'adresse à un public majeur. Pour toute demande concernant un lien ou un contenu, écrivez-nous : nous répondons sous 72 heures.`) +
          footer('© 2026 TopOutils IA'),
      },
    ],
  },

  // 6 — fr single-review
  {
    host: 'avisfiable.test', lang: 'fr', label: 'directory', shape: 'single-review', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Sheerly est-il fiable ? Arnaque ou légit ? Notre avis complet (2026)',
        head:
          metaDescription('Avis Sheerly : fiabilité, sécurité, prix et fonctionnalités. Arnaque ou site sérieux ? Notre test après trois semaines.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'Review', inLanguage: 'fr', itemReviewed: { '@type': 'WebApplication', name: 'Sheerly', url: 'https://sheerly.test/' }, reviewRating: { '@type': 'Rating', ratingValue: '3.9', bestRating: '5' }, author: { '@type': 'Organization', name: 'AvisFiable' } }) +
          jsonLd({ '@context': 'https://schema.org', '@type': 'AggregateRating', itemReviewed: { '@type': 'WebApplication', name: 'Sheerly' }, ratingValue: '3.7', reviewCount: '158' }),
        body:
          nav([['/', 'Avis Sheerly'], ['/sheerly/tarifs', 'Tarifs'], ['/sheerly/avis-utilisateurs', 'Avis des utilisateurs'], ['/qui-sommes-nous', 'Qui sommes-nous']], 'AvisFiable') +
          h1('Sheerly est-il fiable ? Notre avis honnête') +
          p(`Note de la rédaction : ${rating(3.9)} / 5 · 158 avis de lecteurs · vérifié le 30 avril 2026`) +
          p(`Sheerly fait beaucoup de publicité sur les réseaux sociaux et nos lecteurs nous demandent souvent s'il s'agit d'une arnaque. Nous avons créé un compte, payé un abonnement avec notre propre carte et utilisé le service pendant trois semaines.`) +
          h2('Qu\'est-ce que Sheerly ?') +
          p(`Sheerly est un site d'IA qui génère une version « déshabillée » d'une photo importée. Il propose trois modes (maillot de bain, lingerie, complet), une version gratuite limitée à trois images par jour avec filigrane, et un abonnement Pro avec export HD.`) +
          h2('Fonctionnalités') +
          ul('Trois modes de rendu', 'Interface en français', 'Historique supprimable', 'Export HD jusqu\'à 2048 px en Pro', 'Paiement par carte via un prestataire tiers') +
          h2('Arnaque ou légit ?') +
          p(`Le service fonctionne comme annoncé et l'abonnement a été facile à résilier, ce qui est rare dans ce secteur. En revanche, l'éditeur est établi hors de l'Union européenne et ne publie aucune adresse.`) +
          h2('Est-ce sûr ?') +
          p(`Selon sa politique de confidentialité, Sheerly conserve les images importées 7 jours. Nous déconseillons d'importer des photos personnelles et rappelons qu'utiliser la photo d'une autre personne sans son accord est illégal.`) +
          h2('Verdict') +
          p(`Sheerly n'est pas une arnaque : c'est l'un des services les plus transparents sur les prix et la résiliation. 3,9/5.`) +
          p(go('sheerly.test', 'ref=avisfiable&utm_medium=avis', 'Accéder à Sheerly (lien affilié)')) +
          footer('© 2026 AvisFiable — nous ne vendons rien et ne sommes pas liés à Sheerly.', [['/qui-sommes-nous', 'Qui sommes-nous'], ['/sheerly/tarifs', 'Tarifs']]),
      },
      {
        path: '/sheerly/tarifs',
        title: 'Sheerly : prix et abonnements 2026 | AvisFiable',
        body:
          nav([['/', 'Avis Sheerly'], ['/sheerly/avis-utilisateurs', 'Avis des utilisateurs']], 'AvisFiable') +
          h1('Combien coûte Sheerly ?') +
          p(`Sheerly facture en euros. Voici les formules affichées sur le site de Sheerly lors de notre test. L'abonnement se renouvelle automatiquement, mais la résiliation se fait en deux clics depuis le compte.`) +
          priceTable(['Formule', 'Prix', 'Contenu'], [['Gratuit', '0 €', '3 images/jour, filigrane'], ['Pro mensuel', '11,99 €', '300 images HD'], ['Pro annuel', '89 €', '300 images HD/mois'], ['Pack crédits', '7,99 €', '80 images, sans abonnement']]) +
          p(go('sheerly.test', 'ref=avisfiable&page=tarifs', 'Voir les tarifs actuels')) +
          footer('© 2026 AvisFiable'),
      },
      {
        path: '/sheerly/avis-utilisateurs',
        title: 'Avis des utilisateurs sur Sheerly | AvisFiable',
        body:
          nav([['/', 'Avis Sheerly'], ['/sheerly/tarifs', 'Tarifs']], 'AvisFiable') +
          h1('Ce que disent les utilisateurs') +
          blockquote('« Ça marche, résiliation facile. Le filigrane en gratuit est énorme par contre. »', ' — 4/5') +
          blockquote('« Trop lent le soir, j\'ai attendu cinq minutes pour une image. »', ' — 2/5') +
          blockquote('« Le seul site de ce genre où j\'ai pu me faire rembourser un doublon de paiement. »', ' — 5/5') +
          p(`Les critiques portent surtout sur la lenteur aux heures de pointe et sur la qualité variable de la version gratuite. Nous n'avons relevé aucun signalement de fraude à la carte bancaire.`) +
          footer('© 2026 AvisFiable'),
      },
      {
        path: '/qui-sommes-nous',
        title: 'Qui sommes-nous ? | AvisFiable',
        body:
          nav([['/', 'Avis Sheerly']], 'AvisFiable') +
          h1('Qui sommes-nous ?') +
          p(`AvisFiable publie des avis sur des sites et applications que nos lecteurs nous signalent. Nous payons chaque service testé et n'acceptons aucun compte offert. Certains avis contiennent des liens affiliés, signalés comme tels ; ils ne modifient pas la note. Nous ne sommes l'éditeur d'aucun des services évalués. Une erreur dans un avis ? Écrivez-nous, nous corrigeons rapidement.`) +
          footer('© 2026 AvisFiable'),
      },
    ],
  },

  // 7 — fr coupon
  {
    host: 'codepromo-ia.test', lang: 'fr', label: 'directory', shape: 'coupon', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Codes promo IA — mai 2026 : réductions vérifiées | CodePromo IA',
        head: metaDescription('Codes promo et bons de réduction pour outils d\'IA photo, déshabillage et face swap. Copiez le code, économisez jusqu\'à 50 %.'),
        body:
          nav([['/', 'Tous les codes'], ['/boutique/swapluxe', 'Swapluxe'], ['/boutique/dreamstrip', 'Dreamstrip'], ['/aide', 'Aide']], 'CodePromo IA') +
          textForm('Rechercher une marque', 'OK') +
          h1('Codes promo pour outils d\'IA') +
          p(`22 codes actifs · dernière vérification il y a 1 heure. Cliquez sur « Copier le code », le site s'ouvre dans un nouvel onglet, collez le code au moment du paiement. Chaque code est testé au moins une fois par semaine ; après trois échecs signalés, il passe en « expiré » mais reste visible quelques jours.`) +
          priceTable(['Marque', 'Offre', 'Code', 'Expire le', ''], [
            ['Swapluxe', '-25 % sur le pack 50 vidéos', 'LUXE25', '31/05/2026', button('Copier le code')],
            ['Dreamstrip', '+20 crédits offerts', 'DREAM20', '14/06/2026', button('Copier le code')],
            ['Sheerly', '1 mois Pro à 5,99 €', 'SHEERFR', '30/06/2026', button('Copier le code')],
            ['Velvetcam', '3 jours VIP gratuits', 'CAM3J', '10/06/2026', button('Copier le code')],
            ['Nuvella', '-15 % sur tous les packs', 'NUV15', 'expiré', button('Copier le code')],
          ]) +
          p(`Liens vers les boutiques : ${go('swapluxe.test', 'aff=cpia', 'Swapluxe')} · ${go('dreamstrip.test', 'aff=cpia', 'Dreamstrip')} · ${go('sheerly.test', 'aff=cpia', 'Sheerly')} · ${go('velvetcam.test', 'aff=cpia', 'Velvetcam')}`) +
          faq('Questions fréquentes', [
            ['Les codes sont-ils gratuits ?', 'Oui. Certaines marques nous versent une commission quand vous achetez, sans changer votre prix.'],
            ['Mon code ne fonctionne pas', 'Beaucoup de codes sont réservés aux nouveaux comptes ou à un mode de paiement précis. Essayez-en un autre.'],
            ['Vendez-vous ces services ?', 'Non, nous ne vendons rien. Pour tout problème de paiement, contactez directement la marque.'],
          ]) +
          footer('© 2026 CodePromo IA · site réservé aux majeurs', [['/aide', 'Aide'], ['/cgu', 'CGU']]),
      },
      {
        path: '/boutique/swapluxe',
        title: 'Code promo Swapluxe : -25 % et vidéos offertes | CodePromo IA',
        body:
          nav([['/', 'Tous les codes'], ['/boutique/dreamstrip', 'Dreamstrip']], 'CodePromo IA') +
          h1('Codes promo Swapluxe') +
          p(`Swapluxe vend des packs de vidéos deepfake par échange de visage, avec des modèles pour adultes, sans abonnement. Le pack de départ coûte 12 € pour 15 vidéos en 1080p. Les codes ci-dessous ont été vérifiés par la communauté ces deux dernières semaines.`) +
          ul(`LUXE25 — -25 % sur le pack 50 vidéos — jusqu'au 31/05/2026 ${button('Copier le code')}`, `FIRSTSWAP — 3 vidéos offertes au premier achat ${button('Copier le code')}`, `CRYPTO10 — -10 % en paiement crypto — sans date ${button('Copier le code')}`) +
          p(go('swapluxe.test', 'aff=cpia&utm_source=fiche', 'Aller sur Swapluxe')) +
          footer('© 2026 CodePromo IA'),
      },
      {
        path: '/boutique/dreamstrip',
        title: 'Code promo Dreamstrip : crédits offerts | CodePromo IA',
        body:
          nav([['/', 'Tous les codes'], ['/boutique/swapluxe', 'Swapluxe']], 'CodePromo IA') +
          h1('Codes promo Dreamstrip') +
          p(`Dreamstrip est un outil de déshabillage par IA qui n'accepte que les paiements en cryptomonnaie et ne demande pas d'adresse e-mail. Les codes s'entrent avant de générer l'adresse de paiement, sinon ils ne sont pas pris en compte.`) +
          ul(`DREAM20 — 20 crédits offerts — jusqu'au 14/06/2026 ${button('Copier le code')}`, `BTCBONUS — +10 % de crédits en BTC ${button('Copier le code')}`) +
          p(go('dreamstrip.test', 'aff=cpia&utm_source=fiche', 'Aller sur Dreamstrip')) +
          footer('© 2026 CodePromo IA'),
      },
      {
        path: '/aide',
        title: 'Comment utiliser un code promo | CodePromo IA',
        body:
          nav([['/', 'Tous les codes']], 'CodePromo IA') +
          h1('Utiliser un code promo') +
          ol('Cliquez sur « Copier le code » à côté de l\'offre.', 'Le site de la marque s\'ouvre dans un nouvel onglet.', 'Choisissez votre pack ou votre abonnement.', 'Collez le code dans le champ « code promo » ou « coupon ».', 'Vérifiez que la réduction apparaît avant de payer.') +
          p(`Les offres « sans code » s'activent automatiquement via notre lien : les cookies doivent être autorisés.`) +
          footer('© 2026 CodePromo IA'),
      },
      {
        path: '/cgu',
        title: 'CGU | CodePromo IA',
        body:
          nav([['/', 'Tous les codes']], 'CodePromo IA') +
          h1('Conditions générales d\'utilisation') +
          p(`CodePromo IA recense des offres publiées par des sites tiers. Nous ne vendons aucun produit et ne sommes pas responsables du contenu, de la facturation ou de la disponibilité des services cités. Les codes sont fournis sans garantie. L'accès au site est réservé aux personnes majeures. Certains liens sont des liens d'affiliation.`) +
          footer('© 2026 CodePromo IA'),
      },
    ],
  },

  // 8 — fr telegram-list
  {
    host: 'bots-telegram-fr.test', lang: 'fr', label: 'directory', shape: 'telegram-list', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Liste des bots Telegram IA 2026 : déshabillage et face swap | BotsTelegram.fr',
        body:
          nav([['/', 'Bots'], ['/canaux', 'Canaux'], ['/ajouter', 'Proposer un bot'], ['/faq', 'FAQ']], 'BotsTelegram.fr') +
          h1('Les bots Telegram IA qui fonctionnent encore') +
          p(`Les bots de ce type sont régulièrement bannis par Telegram, alors nous vérifions chaque lien deux fois par semaine. Le principe est presque toujours le même : on démarre le bot, on envoie une photo, on paie en Telegram Stars ou en crypto pour obtenir des crédits. Le nombre de membres est celui du canal officiel de chaque bot.`) +
          h2('Bots de déshabillage') +
          ol(
            `${tme('sheerly_fr_bot')} — menu en français, 3 essais · 19,6k membres`,
            `${tme('nuvella_de_bot')} — accepte aussi le français · 11,2k membres`,
            `${tme('stripfix_bot')} — rapide, Stars · 52,4k membres`,
            `${tme('dreamstrip_anon_bot')} — crypto uniquement · 7,8k membres`,
          ) +
          h2('Bots de face swap 18+') +
          ol(
            `${tme('velvetcam_swap_bot')} — vidéos 1080p · 15,3k membres`,
            `${tme('swapluxe_bot')} — packs sans abonnement · 8,4k membres`,
            `${tme('lookswap18_bot')} — 2 000 modèles · 44,7k membres`,
          ) +
          p(`⚠️ Morts cette semaine : @deshabille_ia_bot (banni), @facettes_bot (déplacé, nouveau lien dans les canaux).`) +
          p(`BotsTelegram.fr n'a aucun lien avec ces bots et ne reçoit jamais vos photos. Signalez les bots abusifs directement à Telegram.`) +
          footer('BotsTelegram.fr © 2026 — non affilié à Telegram', [['/canaux', 'Canaux'], ['/faq', 'FAQ'], ['/ajouter', 'Proposer un bot']]),
      },
      {
        path: '/canaux',
        title: 'Canaux Telegram à suivre | BotsTelegram.fr',
        body:
          nav([['/', 'Bots'], ['/ajouter', 'Proposer un bot']], 'BotsTelegram.fr') +
          h1('Canaux avec les nouveaux liens') +
          p(`Quand un bot est banni, son créateur publie presque toujours le nouveau lien dans son canal en quelques heures. Suivre ces canaux est donc le moyen le plus simple de ne pas perdre ses crédits.`) +
          ul(`${tme('bots_ia_francais')} — liens de secours pour 15 bots · 9,1k membres`, `${tme('undressbots_backup')} — en anglais · 63k membres`, `${tme('sheerly_officiel')} — canal officiel de Sheerly · 6,3k membres`) +
          footer('BotsTelegram.fr © 2026'),
      },
      {
        path: '/ajouter',
        title: 'Proposer un bot | BotsTelegram.fr',
        body:
          nav([['/', 'Bots']], 'BotsTelegram.fr') +
          h1('Proposer un bot ou un canal') +
          p(`Vous connaissez un bot qui manque à la liste ? Envoyez-nous son identifiant. Nous testons chaque proposition avant de l'ajouter et nous n'ajoutons pas les bots qui demandent un paiement avant tout essai. L'inscription est gratuite ; une place épinglée en haut de la liste coûte 40 € par semaine et est signalée « sponsorisé ».`) +
          textForm('Identifiant du bot (@…)', 'Envoyer', '/ajouter/envoyer') +
          footer('BotsTelegram.fr © 2026'),
      },
      {
        path: '/faq',
        title: 'FAQ | BotsTelegram.fr',
        body:
          nav([['/', 'Bots']], 'BotsTelegram.fr') +
          faq('Questions fréquentes', [
            ['BotsTelegram.fr est-il un bot ?', 'Non, c\'est une simple liste. Chaque lien ouvre Telegram.'],
            ['Pourquoi un bot a-t-il disparu ?', 'Il a probablement été banni. Nous le retirons et ajoutons son lien de secours s\'il en existe un.'],
            ['Les bots sont-ils gratuits ?', 'La plupart offrent un à trois essais, puis vendent des crédits.'],
            ['Comment faire retirer une image d\'un bot ?', 'Nous ne gérons aucun bot. Contactez son créateur et signalez le bot à Telegram ; en France, vous pouvez aussi porter plainte.'],
          ]) +
          footer('BotsTelegram.fr © 2026'),
      },
    ],
  },

  // 9 — fr ranking, app shell
  {
    host: 'classement-ia.test', lang: 'fr', label: 'directory', shape: 'ranking', author: AUTHOR,
    pages: [
      {
        path: '/',
        jsOnly: true,
        title: 'Classement 2026 des IA de déshabillage et de deepfake — notes et étoiles | Classement IA',
        head:
          metaDescription('Le classement des outils IA de déshabillage et de deepfake : notes sur 10, étoiles, choix de la rédaction. Mis à jour chaque mois.') +
          jsonLd({
            '@context': 'https://schema.org',
            '@type': 'ItemList',
            name: 'Classement IA mai 2026',
            itemListElement: [
              { '@type': 'ListItem', position: 1, item: { '@type': 'WebApplication', name: 'Sheerly', url: 'https://sheerly.test/' } },
              { '@type': 'ListItem', position: 2, item: { '@type': 'WebApplication', name: 'Velvetcam', url: 'https://velvetcam.test/' } },
              { '@type': 'ListItem', position: 3, item: { '@type': 'WebApplication', name: 'Nuvella', url: 'https://nuvella.test/' } },
              { '@type': 'ListItem', position: 4, item: { '@type': 'WebApplication', name: 'Swapluxe', url: 'https://swapluxe.test/' } },
            ],
          }),
        body:
          nav([['/', 'Classement'], ['/deepfake', 'Deepfake'], ['/criteres', 'Nos critères'], ['/transparence', 'Transparence']], 'Classement IA') +
          h1('Classement des IA de déshabillage — mai 2026') +
          p(`Notes sur 10 attribuées par la rédaction après test. Cliquez sur « Essayer » pour accéder au site de l'outil. Tous les outils ont été retestés début mai avec le même lot de photos libres de droits.`) +
          priceTable(['Rang', 'Outil', 'Étoiles', 'Note', 'Points forts', 'Prix', ''], [
            ['1', 'Sheerly — <b>Choix de la rédaction</b>', rating(4.7), '9,2', 'transparent, en français', '11,99 €/mois', go('sheerly.test', 'ref=classementia', 'Essayer')],
            ['2', 'Velvetcam', rating(4.4), '8,8', 'face swap live, 4K', '4,99 €/sem.', go('velvetcam.test', 'ref=classementia', 'Essayer')],
            ['3', 'Nuvella', rating(4.3), '8,6', 'crédits sans abonnement', '6,99 €', go('nuvella.test', 'ref=classementia', 'Essayer')],
            ['4', 'Swapluxe', rating(4.0), '8,0', 'vidéos deepfake en packs', '12 €', go('swapluxe.test', 'ref=classementia', 'Essayer')],
            ['5', 'Exposa', rating(3.8), '7,6', 'vitesse', 'dès 4,99 €', go('exposa.test', 'ref=classementia', 'Essayer')],
            ['6', 'Dreamstrip', rating(3.5), '7,0', 'anonymat, crypto', '9 €', go('dreamstrip.test', 'ref=classementia', 'Essayer')],
          ]) +
          h2('Pourquoi Sheerly arrive en tête') +
          p(`Sheerly n'est pas le plus rapide, mais c'est le seul outil du classement dont les prix, la durée de conservation des fichiers et la résiliation sont clairement expliqués en français. Les rendus sont réguliers et l'essai gratuit permet de juger avant de payer.`) +
          p(`Transparence : Classement IA est financé par l'affiliation. Lorsque vous cliquez sur « Essayer » puis payez, l'outil nous reverse une partie du montant. Cela ne change ni votre prix, ni nos notes.`) +
          footer('© 2026 Classement IA — nous classons les outils, nous ne les éditons pas', [['/transparence', 'Transparence'], ['/criteres', 'Nos critères'], ['/deepfake', 'Classement deepfake']]),
      },
      {
        path: '/deepfake',
        title: 'Classement des outils de deepfake et face swap 18+ | Classement IA',
        body:
          nav([['/', 'Classement'], ['/criteres', 'Nos critères']], 'Classement IA') +
          h1('Deepfake et face swap : le classement') +
          p(`Outils qui placent un visage issu d'une photo dans des vidéos ou images modèles, dont des modèles pour adultes. Critères : réalisme, taille de la bibliothèque, résolution d'export et prix par vidéo. Les outils uniquement disponibles en APK perdent des points sur la vie privée.`) +
          ol(
            `Velvetcam — 8,8 — ${rating(4.4)} · ${go('velvetcam.test', 'ref=classementia&cat=deepfake', 'Essayer')}`,
            `Swapluxe — 8,0 — ${rating(4.0)} · ${go('swapluxe.test', 'ref=classementia&cat=deepfake', 'Essayer')}`,
            `Faceheist — 7,7 — ${rating(3.9)} · ${go('faceheist.test', 'ref=classementia&cat=deepfake', 'Essayer')}`,
            `Lookswap18 — 6,9 — ${rating(3.5)} · ${go('lookswap18.test', 'ref=classementia&cat=deepfake', 'Essayer')}`,
          ) +
          footer('© 2026 Classement IA'),
      },
      {
        path: '/criteres',
        title: 'Nos critères de notation | Classement IA',
        body:
          nav([['/', 'Classement']], 'Classement IA') +
          h1('Comment nous notons') +
          p(`La note sur 10 combine quatre critères : qualité des rendus (40 %), rapidité (20 %), rapport qualité-prix (20 %) et respect de la vie privée (20 %). Pour ce dernier point, nous regardons combien de temps les fichiers sont conservés, si l'utilisateur peut les supprimer et si l'éditeur est identifiable.`, `Chaque outil est retesté au début de chaque mois avec le même lot de photos libres de droits.`) +
          footer('© 2026 Classement IA'),
      },
      {
        path: '/transparence',
        title: 'Transparence et affiliation | Classement IA',
        body:
          nav([['/', 'Classement']], 'Classement IA') +
          h1('Transparence') +
          p(`Nous ne vendons aucun service et n'avons ni formulaire d'import, ni espace de paiement. Les boutons « Essayer » sont des liens d'affiliation : les éditeurs nous versent une commission sur les abonnements souscrits. Aucun éditeur ne peut acheter une place dans le classement. Pour tout litige de paiement, adressez-vous à l'éditeur concerné ou à votre banque. Nous ne pouvons pas intervenir.`) +
          footer('© 2026 Classement IA'),
      },
    ],
  },

  // 10 — fr link-hub
  {
    host: 'annuaire-ia-adulte.test', lang: 'fr', label: 'directory', shape: 'link-hub', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Annuaire IA adulte — tous les sites de déshabillage, deepfake et face swap',
        body:
          '<p><b>ANNUAIRE IA ADULTE</b> — liens uniquement · 18+ · mis à jour chaque semaine</p>' +
          nav([['/categorie/deshabillage', 'Déshabillage'], ['/categorie/deepfake', 'Deepfake'], ['/proposer', 'Proposer un site']]) +
          textForm('Rechercher', 'Go', '/recherche') +
          p(`L'annuaire francophone des sites d'IA pour adultes : déshabillage, deepfake, face swap et bots Telegram. 26 sites actifs, classés par catégorie et par ordre alphabétique, sans avis ni notes. Pour les tests et les prix, voir la rubrique Comparatifs en bas de page.`) +
          h2('Déshabillage IA') +
          p([['sheerly', 'Sheerly'], ['nuvella', 'Nuvella'], ['exposa', 'Exposa'], ['clothra', 'Clothra'], ['dreamstrip', 'Dreamstrip'], ['stripfix', 'Stripfix'], ['cloakoff', 'Cloakoff'], ['bareflux', 'Bareflux']].map(([h = '', n = '']) => go(`${h}.test`, 'src=annuaireia', n)).join(' · ') + ' · ' + a('/categorie/deshabillage', 'tous')) +
          h2('Deepfake / face swap') +
          p([['velvetcam', 'Velvetcam'], ['swapluxe', 'Swapluxe'], ['faceheist', 'Faceheist'], ['lookswap18', 'Lookswap18'], ['deepcandor', 'Deepcandor']].map(([h = '', n = '']) => go(`${h}.test`, 'src=annuaireia', n)).join(' · ') + ' · ' + a('/categorie/deepfake', 'tous')) +
          h2('Bots Telegram') +
          p([tme('sheerly_fr_bot'), tme('velvetcam_swap_bot'), tme('stripfix_bot'), tme('bots_ia_francais')].join(' · ')) +
          h2('Comparatifs') +
          p([a('https://classement-ia.test/?src=annuaireia', 'Classement IA'), a('https://topoutils-ia.test/?src=annuaireia', 'TopOutils IA'), a('https://codepromo-ia.test/?src=annuaireia', 'CodePromo IA'), a('https://bots-telegram-fr.test/?src=annuaireia', 'BotsTelegram.fr')].join(' · ')) +
          p(`Cet annuaire se contente de lister des sites tiers par catégorie. Nous n'hébergeons aucun contenu, nous ne testons pas les outils et nous ne connaissons pas leurs éditeurs. Un site est ajouté dès qu'il est accessible ; il est retiré après deux vérifications sans réponse. Lien mort ou site manquant ? Passez par la page « Proposer un site ». Accès réservé aux adultes.`) +
          footer('Annuaire IA adulte · 2026 · retrait d\'un lien : page Proposer', [['/proposer', 'Proposer / signaler'], ['/categorie/deshabillage', 'Déshabillage'], ['/categorie/deepfake', 'Deepfake']]),
      },
      {
        path: '/categorie/deshabillage',
        title: 'Déshabillage IA — Annuaire IA adulte',
        body:
          '<p><b>ANNUAIRE IA ADULTE</b></p>' + nav([['/', 'Accueil'], ['/categorie/deepfake', 'Deepfake']]) +
          h1('Déshabillage IA (12)') +
          ol(...[['sheerly', 'Sheerly', 'FR, 3 gratuits/jour'], ['nuvella', 'Nuvella', 'crédits'], ['exposa', 'Exposa', 'rapide'], ['clothra', 'Clothra', 'abonnement'], ['dreamstrip', 'Dreamstrip', 'crypto'], ['stripfix', 'Stripfix', 'APK + bot'], ['cloakoff', 'Cloakoff', 'gratuit'], ['bareflux', 'Bareflux', 'sans abonnement'], ['nacktify', 'Nacktify', 'nouveau']].map(([h = '', n = '', d = '']) => `${go(`${h}.test`, 'src=annuaireia&cat=deshabillage', n)} — ${d}`)) +
          p(`Trois autres sites de cette catégorie sont actuellement hors ligne et masqués jusqu'à leur retour. Les descriptions sont volontairement courtes : ceci n'est pas un comparatif. Pour les prix et les avis, consultez les sites de la rubrique Comparatifs sur la page d'accueil.`) +
          footer('Annuaire IA adulte · 2026'),
      },
      {
        path: '/categorie/deepfake',
        title: 'Deepfake et face swap — Annuaire IA adulte',
        body:
          '<p><b>ANNUAIRE IA ADULTE</b></p>' + nav([['/', 'Accueil'], ['/categorie/deshabillage', 'Déshabillage']]) +
          h1('Deepfake / face swap (8)') +
          ol(...[['velvetcam', 'Velvetcam', 'live + vidéo'], ['swapluxe', 'Swapluxe', 'packs'], ['faceheist', 'Faceheist', 'modèles'], ['lookswap18', 'Lookswap18', 'pas cher'], ['deepcandor', 'Deepcandor', '4K'], ['vidmorph', 'Vidmorph', '4K']].map(([h = '', n = '', d = '']) => `${go(`${h}.test`, 'src=annuaireia&cat=deepfake', n)} — ${d}`)) +
          p(`Deux autres sites sont hors ligne en ce moment. Les sites de vidéo changent souvent d'adresse ; un lien peut donc rediriger vers un nouveau domaine. Méfiez-vous des copies qui imitent un site connu pour récupérer des paiements : vérifiez toujours l'adresse avant de payer.`) +
          footer('Annuaire IA adulte · 2026'),
      },
      {
        path: '/proposer',
        title: 'Proposer ou signaler un site — Annuaire IA adulte',
        body:
          '<p><b>ANNUAIRE IA ADULTE</b></p>' + nav([['/', 'Accueil']]) +
          h1('Proposer / signaler') +
          p(`Indiquez l'adresse du site et sa catégorie. L'ajout gratuit prend environ une semaine. Pour demander le retrait d'un lien — par exemple si un site listé utilise vos images — indiquez l'adresse et la raison. Nous retirons le lien, mais nous ne pouvons pas supprimer le contenu hébergé par d'autres. Réponse sous trois jours ouvrés.`) +
          textForm('Adresse + catégorie ou raison', 'Envoyer', '/proposer/envoyer') +
          footer('Annuaire IA adulte · 2026'),
      },
    ],
  },

  // 11 — es listicle
  {
    host: 'mejores-apps-ia.test', lang: 'es', label: 'directory', shape: 'listicle', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Las 7 mejores apps para desnudar fotos con IA en 2026 | MejoresAppsIA',
        head: metaDescription('Probamos las apps de IA para desnudar fotos más populares de 2026. Precios, prueba gratis, pros y contras de cada herramienta.'),
        body:
          nav([['/', 'Top 7'], ['/face-swap-nsfw', 'Face swap NSFW'], ['/como-probamos', 'Cómo probamos'], ['/aviso-legal', 'Aviso legal']], 'MejoresAppsIA') +
          cookieBanner('Usamos cookies propias y de afiliados. ¿Aceptas?', 'Aceptar', 'Rechazar') +
          h1('Las 7 mejores apps para desnudar con IA de 2026') +
          p(`Actualizado: mayo de 2026. Probamos más de una docena de herramientas de "desnudar con IA" y nos quedamos con las siete que realmente funcionan. Algunos enlaces son de afiliado: si compras, nos llevamos una comisión sin que pagues más.`) +
          h3('1. Nuvella — la mejor en general') +
          p(`Nuvella funciona en el navegador: el usuario sube una foto, elige un modo y recibe el resultado en unos 20 segundos. No hay suscripción, se compran paquetes de créditos.`) +
          ul('✔ Resultados muy limpios', '✔ 5 créditos gratis al registrarse', '✘ Cola larga por la noche') +
          p(`Precio: desde 6,99 € · ${go('nuvella.test', 'ref=mejoresappsia', 'Visitar sitio')}`) +
          h3('2. Exposa — la más rápida') +
          p(`Menos de diez segundos por imagen y borrado de archivos a las 24 horas, según la propia Exposa.`) +
          p(`Precio: desde 4,99 € · ${go('exposa.test', 'ref=mejoresappsia', 'Visitar sitio')}`) +
          h3('3. Desvestia — en español') +
          p(`Desvestia es una de las pocas con interfaz y soporte en español. Tiene modo bikini, lencería y completo, y un bot de Telegram.`) +
          p(`Precio: 9,90 €/mes · ${go('desvestia.test', 'ref=mejoresappsia', 'Visitar sitio')}`) +
          h3('4. Sheerly') +
          p(`Tres imágenes gratis al día con marca de agua; la versión Pro quita la marca y añade HD.`) +
          p(`Precio: 11,99 €/mes · ${go('sheerly.test', 'ref=mejoresappsia', 'Visitar sitio')}`) +
          h3('5. Stripfix') +
          p(`Pensada para el móvil: APK para Android y web app para iPhone. VIP semanal.`) +
          p(`Precio: 5,49 €/semana · ${go('stripfix.test', 'ref=mejoresappsia', 'Visitar sitio')}`) +
          h3('6. Dreamstrip') +
          p(`Solo acepta criptomonedas y no pide correo electrónico.`) +
          p(`Precio: desde 9 USDT · ${go('dreamstrip.test', 'ref=mejoresappsia', 'Visitar sitio')}`) +
          h3('7. Cloakoff') +
          p(`Gratis y de baja resolución. Sirve para probar antes de pagar.`) +
          p(go('cloakoff.test', 'ref=mejoresappsia', 'Visitar sitio')) +
          p(`Importante: usar fotos de otra persona sin su consentimiento puede ser delito en España y en muchos países de Latinoamérica.`) +
          footer('© 2026 MejoresAppsIA — comparativas independientes', [['/aviso-legal', 'Aviso legal'], ['/como-probamos', 'Cómo probamos'], ['/face-swap-nsfw', 'Face swap NSFW']]),
      },
      {
        path: '/face-swap-nsfw',
        title: 'Las mejores apps de face swap NSFW | MejoresAppsIA',
        body:
          nav([['/', 'Top 7'], ['/como-probamos', 'Cómo probamos']], 'MejoresAppsIA') +
          h1('Face swap NSFW: las 4 mejores') +
          p(`Estas herramientas ponen una cara de una foto en un vídeo o imagen existente, con plantillas para adultos. Comparamos el número de plantillas, la resolución de exportación y el precio por vídeo. Ninguna ofrece una prueba gratuita de verdad: como mucho, unos pocos créditos.`) +
          ol(
            `Velvetcam — modo en vivo y 4K, VIP 4,99 €/semana · ${go('velvetcam.test', 'ref=mejoresappsia', 'ver')}`,
            `Swapluxe — paquetes sin suscripción desde 12 € · ${go('swapluxe.test', 'ref=mejoresappsia', 'ver')}`,
            `Faceheist — más de 1.200 plantillas · ${go('faceheist.test', 'ref=mejoresappsia', 'ver')}`,
            `Lookswap18 — la más barata por semana · ${go('lookswap18.test', 'ref=mejoresappsia', 'ver')}`,
          ) +
          footer('© 2026 MejoresAppsIA'),
      },
      {
        path: '/como-probamos',
        title: 'Cómo probamos las apps | MejoresAppsIA',
        body:
          nav([['/', 'Top 7']], 'MejoresAppsIA') +
          h1('Cómo probamos') +
          p(`Cada herramienta la prueban dos redactores durante al menos dos semanas con una cuenta pagada por nosotros. Usamos fotos de stock con licencia para comparar resultados, medimos el tiempo de generación y comprobamos lo fácil que es cancelar la suscripción.`, `Ninguna empresa puede pagar por un puesto mejor. Las comisiones de afiliado mantienen el sitio, pero el orden se decide antes de mirar cuánto paga cada programa.`) +
          footer('© 2026 MejoresAppsIA'),
      },
      {
        path: '/aviso-legal',
        title: 'Aviso legal | MejoresAppsIA',
        body:
          nav([['/', 'Top 7']], 'MejoresAppsIA') +
          h1('Aviso legal') +
          p(`MejoresAppsIA es un sitio editorial de comparativas. No vendemos ningún servicio, no alojamos imágenes y no tenemos relación con los desarrolladores de las herramientas más allá de los programas de afiliados. Los enlaces externos llevan a sitios de terceros de cuyo contenido no somos responsables. Sitio para mayores de 18 años. Contacto: hola@mejores-apps-ia.test. Respondemos en un plazo de 72 horas.`) +
          footer('© 2026 MejoresAppsIA'),
      },
    ],
  },

  // 12 — es single-review
  {
    host: 'resenahonesta.test', lang: 'es', label: 'directory', shape: 'single-review', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: '¿Es Desvestia segura? ¿Es legítima o una estafa? Nuestra reseña honesta (2026)',
        head:
          metaDescription('Reseña de Desvestia: ¿es segura, es legítima, cuánto cuesta? Funciones, precios y veredicto tras tres semanas de prueba.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'Review', inLanguage: 'es', itemReviewed: { '@type': 'WebApplication', name: 'Desvestia', url: 'https://desvestia.test/' }, reviewRating: { '@type': 'Rating', ratingValue: '3.5', bestRating: '5' }, author: { '@type': 'Organization', name: 'ReseñaHonesta' } }),
        body:
          nav([['/', 'Reseña'], ['/desvestia/precios', 'Precios'], ['/desvestia/opiniones', 'Opiniones'], ['/sobre-nosotros', 'Sobre nosotros']], 'ReseñaHonesta') +
          h1('¿Es Desvestia segura? ¿Es legítima? Nuestra reseña') +
          p(`Puntuación: ${rating(3.5)} / 5 · revisado el 2 de mayo de 2026`) +
          p(`Desvestia se anuncia como "la IA para desnudar fotos en español" y nos llegan muchas preguntas sobre ella: ¿es una estafa?, ¿es seguro pagar?, ¿qué pasa con las fotos? La probamos durante tres semanas con nuestra propia tarjeta.`) +
          h2('¿Qué es Desvestia?') +
          p(`Desvestia es una web de IA que genera una versión "desnuda" de una foto subida por el usuario. Tiene tres modos (bikini, lencería y completo), una galería privada y un bot de Telegram que usa los mismos créditos. Funciona con suscripción mensual o con paquetes de créditos.`) +
          h2('Funciones principales') +
          ul('Interfaz y soporte en español', '3 modos de generación', 'HD hasta 1536 px en el plan Pro', 'Bot de Telegram incluido', 'Pago con tarjeta, Bizum a través de un intermediario o cripto') +
          h2('¿Es legítima o es una estafa?') +
          p(`No es una estafa: pagamos y recibimos los créditos al momento. Pero la empresa no publica dirección, las condiciones se rigen por la ley de un país fuera de la UE y no hay reembolsos una vez usados los créditos.`) +
          h2('¿Es segura?') +
          p(`Los pagos pasan por un procesador externo. La política de privacidad dice que las imágenes se guardan 15 días. No subas nada privado y, sobre todo, nunca fotos de otras personas sin su permiso: además de dañino, puede ser delito.`) +
          h2('Veredicto') +
          p(`Cumple lo que promete, pero la cancelación está escondida y la renovación es automática. 3,5 de 5.`) +
          p(go('desvestia.test', 'ref=resenahonesta&utm_medium=resena', 'Ir a Desvestia (enlace de afiliado)')) +
          footer('© 2026 ReseñaHonesta — no vendemos nada ni tenemos relación con Desvestia salvo su programa de afiliados.', [['/sobre-nosotros', 'Sobre nosotros'], ['/desvestia/precios', 'Precios']]),
      },
      {
        path: '/desvestia/precios',
        title: 'Precios de Desvestia 2026 | ReseñaHonesta',
        body:
          nav([['/', 'Reseña'], ['/desvestia/opiniones', 'Opiniones']], 'ReseñaHonesta') +
          h1('¿Cuánto cuesta Desvestia?') +
          p(`Estos son los precios que vimos en la web de Desvestia durante nuestra prueba. El plan mensual se renueva solo y para cancelarlo hay que escribir al soporte; no existe un botón en la cuenta. Guarda el correo de confirmación.`) +
          priceTable(['Plan', 'Precio', 'Incluye'], [['Prueba', '0 €', '2 imágenes con marca de agua'], ['Básico', '9,90 €/mes', '150 imágenes'], ['Pro', '19,90 €/mes', '500 imágenes HD'], ['Créditos', '7 € / 60', 'sin suscripción']]) +
          p(go('desvestia.test', 'ref=resenahonesta&page=precios', 'Ver precios actuales en Desvestia')) +
          footer('© 2026 ReseñaHonesta'),
      },
      {
        path: '/desvestia/opiniones',
        title: 'Opiniones de usuarios sobre Desvestia | ReseñaHonesta',
        body:
          nav([['/', 'Reseña'], ['/desvestia/precios', 'Precios']], 'ReseñaHonesta') +
          h1('Opiniones de usuarios') +
          blockquote('"Funciona, pero me cobraron el segundo mes sin avisar."', ' — 2/5') +
          blockquote('"Lo mejor es que está todo en español y el bot de Telegram va rápido."', ' — 4/5') +
          blockquote('"El soporte tardó una semana en cancelar mi suscripción."', ' — 1/5') +
          p(`La queja más repetida es la renovación automática y lo difícil que es cancelar. No hemos visto denuncias de robo de datos de tarjeta.`) +
          footer('© 2026 ReseñaHonesta'),
      },
      {
        path: '/sobre-nosotros',
        title: 'Sobre nosotros | ReseñaHonesta',
        body:
          nav([['/', 'Reseña']], 'ReseñaHonesta') +
          h1('Sobre nosotros') +
          p(`ReseñaHonesta analiza webs y aplicaciones por las que nos preguntan los lectores. Pagamos cada servicio que probamos y no aceptamos cuentas regaladas. Algunas reseñas incluyen enlaces de afiliado, marcados como tales; no cambian la puntuación. No somos los creadores ni los vendedores de ninguno de los servicios reseñados. Si ves un error en una reseña, escríbenos y lo corregimos.`) +
          footer('© 2026 ReseñaHonesta'),
      },
    ],
  },
];
