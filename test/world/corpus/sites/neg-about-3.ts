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

const wwNav = nav(
  [
    ['/', 'Hauptseite'],
    ['/wiki/Nudify-App', 'Nudify-App'],
    ['/wiki/Deepfake-Pornografie', 'Deepfake-Pornografie'],
    ['/wiki/Bildbasierte_sexualisierte_Gewalt', 'Bildbasierte Gewalt'],
    ['/wiki/Spezial:Zufällige_Seite', 'Zufälliger Artikel'],
  ],
  'WissensWiki',
);

const elNav = nav(
  [
    ['/', 'Accueil'],
    ['/wiki/Application_de_deshabillage', 'Application de déshabillage'],
    ['/wiki/Hypertrucage_pornographique', 'Hypertrucage pornographique'],
    ['/wiki/Loi_SREN', 'Loi SREN'],
  ],
  'EncycloLibre',
);

const forumNav = nav(
  [
    ['/', 'Index du forum'],
    ['/forum/ethique-et-droit', 'Éthique & droit à l’image'],
    ['/forum/ethique-et-droit/t-4521-applis-de-deshabillage', 'Sujet épinglé'],
    ['/charte', 'Charte'],
  ],
  'Objectif Passion',
);

export const sites: CorpusSite[] = [
  // 1 — encyclopedia (de)
  {
    host: 'wissenswiki.test', lang: 'de', label: 'unrelated', shape: 'encyclopedia', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'WissensWiki – die freie Enzyklopädie',
        body:
          wwNav +
          h1('Willkommen bei WissensWiki') +
          p('der freien Enzyklopädie, an der jeder mitarbeiten kann. Derzeit 1.204.877 Artikel in deutscher Sprache.') +
          section(
            h2('Artikel des Tages'),
            p('Die <b>Moselschleife bei Bremm</b> gilt als eine der engsten Flussschleifen Europas. Der Steilhang auf der Innenseite wird seit dem Mittelalter für den Weinbau genutzt und zählt mit einer Neigung von bis zu 68 Prozent zu den steilsten Weinbergslagen der Welt. Die Bewirtschaftung erfolgt bis heute größtenteils von Hand; ein Klettersteig führt Besucher durch die Terrassen. (' + a('/wiki/Moselschleife_bei_Bremm', 'weiterlesen') + ')'),
          ) +
          section(
            h2('In den Nachrichten'),
            ul(
              'Eine Landesmedienanstalt leitet Aufsichtsverfahren gegen Anbieter von ' + a('/wiki/Nudify-App', 'Nudify-Apps') + ' ein.',
              'Die Länder fordern einen eigenen Straftatbestand für ' + a('/wiki/Deepfake-Pornografie', 'sexualisierte Deepfakes') + '.',
              'Bei einem Wintersturm in Norddeutschland fallen mehrere Bahnstrecken aus.',
              'Eine Raumsonde erreicht nach sieben Jahren ihr Ziel im äußeren Sonnensystem.',
            ),
          ) +
          section(
            h2('Schon gewusst?'),
            ul(
              '… dass die erste Software zum „Ausziehen“ von Fotos 2019 nach wenigen Tagen vom Entwickler zurückgezogen wurde, ihr Code aber weiter kursierte?',
              '… dass in manchen Dörfern der Eifel noch heute Backhäuser gemeinschaftlich genutzt werden?',
              '… dass das Wort „Deepfake“ ein Kofferwort aus „Deep Learning“ und „Fake“ ist?',
            ),
          ) +
          section(h2('Mitmachen'), p('Autorenportal · Hilfe · Fragen zur WissensWiki · Aktuelle Ereignisse · Letzte Änderungen')) +
          footer('Der Text ist unter der Lizenz „Creative Commons Namensnennung – Weitergabe unter gleichen Bedingungen“ verfügbar.', [
            ['/wiki/WissensWiki:Datenschutz', 'Datenschutz'],
            ['/wiki/WissensWiki:Über', 'Über WissensWiki'],
            ['/wiki/WissensWiki:Impressum', 'Impressum'],
          ]),
      },
      {
        path: '/wiki/Nudify-App',
        title: 'Nudify-App – WissensWiki',
        body:
          wwNav +
          h1('Nudify-App') +
          p('aus WissensWiki, der freien Enzyklopädie') +
          '<table class="infobox"><tr><th colspan="2">Nudify-App</th></tr><tr><td>Andere Bezeichnungen</td><td>Ausziehen-App, Undress-App, „KI-Kleidungsentferner“</td></tr><tr><td>Art</td><td>Generative Bildmanipulation</td></tr><tr><td>Verbreitung</td><td>seit ca. 2019, stark ab 2023</td></tr><tr><td>Rechtslage (DE)</td><td>u. a. § 201a StGB, KUG, Persönlichkeitsrecht</td></tr></table>' +
          p('Als <b>Nudify-App</b> (auch <b>Ausziehen-App</b> oder <b>Undress-App</b>) wird Software bezeichnet, die mithilfe generativer künstlicher Intelligenz aus dem Foto einer bekleideten Person ein gefälschtes Nacktbild erzeugt. Das Ergebnis ist synthetisch und zeigt nicht den tatsächlichen Körper der abgebildeten Person. Die Anwendungen werden überwiegend ohne Einwilligung der Abgebildeten genutzt und gelten als Form <a href="/wiki/Bildbasierte_sexualisierte_Gewalt">bildbasierter sexualisierter Gewalt</a>.<sup>[1]</sup>') +
          h2('Inhaltsverzeichnis') +
          ol('Geschichte', 'Funktionsweise und Geschäftsmodell', 'Rechtliche Einordnung', 'Siehe auch', 'Einzelnachweise') +
          h2('Geschichte') +
          p('Ein 2019 veröffentlichtes Desktop-Programm wurde nach Presseberichten binnen Tagen zurückgezogen. Ab 2023 verbreiteten sich webbasierte Dienste auf Grundlage von Diffusionsmodellen, die in sozialen Netzwerken mit Slogans wie „Zieh jedes Foto aus“ oder „Kleidung entfernen mit einem Klick“ beworben wurden.<sup>[2]</sup>') +
          h2('Funktionsweise und Geschäftsmodell') +
          p('Nutzer laden ein Foto hoch und wählen einen Modus, etwa „Bikini“, „Dessous“ oder „nackt“. Die meisten Anbieter arbeiten mit einem Guthabensystem; Pakete kosten typischerweise rund 10 Euro oder 10 US-Dollar. Daneben gibt es Monatsabos und „VIP“-Stufen. Viele Dienste betreiben zusätzlich Telegram-Bots und akzeptieren Kryptowährungen, um Beschränkungen der Kartenzahlungsnetzwerke zu umgehen.<sup>[3]</sup>') +
          h2('Rechtliche Einordnung') +
          p('In Deutschland können Herstellung und Verbreitung unter anderem das allgemeine Persönlichkeitsrecht, das Kunsturhebergesetz und § 201a StGB verletzen. Betrifft die Darstellung Minderjährige, greifen die Vorschriften über kinderpornografische Inhalte. Auf EU-Ebene verpflichtet der Digital Services Act Hostingdienste zur Bearbeitung von Meldungen.<sup>[4]</sup>') +
          h2('Siehe auch') +
          ul(a('/wiki/Deepfake-Pornografie', 'Deepfake-Pornografie'), a('/wiki/Bildbasierte_sexualisierte_Gewalt', 'Bildbasierte sexualisierte Gewalt'), 'Digital Services Act', 'Recht am eigenen Bild') +
          h2('Einzelnachweise') +
          ol('Visser, J. u. a.: Het verdienmodel van uitkleed-apps. IRT-Rapport, 2026.', 'Albers, K.; Wendt, J.: Ausziehen per Klick. In: Rheinkurier, 16. Februar 2026.', 'Mensah, A. u. a.: Undress-as-a-Service. SUSA 2026.', 'Landesanstalt für digitale Medien Nordwest: Pressemitteilung 07/2026.'),
      },
      {
        path: '/wiki/Deepfake-Pornografie',
        title: 'Deepfake-Pornografie – WissensWiki',
        body:
          wwNav +
          h1('Deepfake-Pornografie') +
          p('aus WissensWiki, der freien Enzyklopädie') +
          p('<b>Deepfake-Pornografie</b> bezeichnet sexuell explizite Darstellungen, in die das Gesicht oder das Abbild einer realen Person mittels maschinellen Lernens eingefügt wurde, meist ohne deren Einwilligung. Betroffen sind Prominente, Streamerinnen und Influencer, zunehmend aber auch Privatpersonen wie Mitschülerinnen oder Ex-Partner.') +
          h2('Herstellung') +
          p('Frühe Deepfakes erforderten viele Bilder der Zielperson und erhebliche Rechenleistung. Face-Swap-Dienste ermöglichten später die Herstellung mit einem einzigen Foto. Einige dieser Dienste werben offen mit „18+-Vorlagen“ oder einem „NSFW-Modus“, während seriöse Face-Swap-Apps solche Nutzung verbieten.') +
          h2('Siehe auch') +
          ul(a('/wiki/Nudify-App', 'Nudify-App'), a('/wiki/Bildbasierte_sexualisierte_Gewalt', 'Bildbasierte sexualisierte Gewalt'), 'Synthetische Medien'),
      },
      {
        path: '/wiki/Bildbasierte_sexualisierte_Gewalt',
        title: 'Bildbasierte sexualisierte Gewalt – WissensWiki',
        body:
          wwNav +
          h1('Bildbasierte sexualisierte Gewalt') +
          p('aus WissensWiki, der freien Enzyklopädie') +
          p('Unter <b>bildbasierter sexualisierter Gewalt</b> versteht man das Herstellen, Verbreiten oder Androhen der Verbreitung intimer Bilder einer Person ohne deren Einwilligung. Der Begriff wird in Fachkreisen dem älteren Ausdruck „Racheporno“ vorgezogen, da dieser eine Mitschuld der Betroffenen nahelegt und gefälschte Bilder nicht erfasst.') +
          p('Zu den Erscheinungsformen gehören das Weitergeben privater Aufnahmen, heimliche Aufnahmen, Sextortion sowie synthetische Bilder aus ' + a('/wiki/Nudify-App', 'Nudify-Apps') + ' und ' + a('/wiki/Deepfake-Pornografie', 'Deepfakes') + '. Beratungsstellen berichten seit 2023 von einem deutlichen Anstieg der Fälle mit KI-generierten Bildern.'),
      },
    ],
  },

  // 2 — victim-help (de)
  {
    host: 'netzwuerde-hilfe.test', lang: 'de', label: 'unrelated', shape: 'victim-help', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Gefälschtes Nacktbild von dir im Umlauf? | NetzWürde – Hilfe bei digitaler Gewalt',
        body:
          nav([['/was-tun', 'Was tun?'], ['/loeschen', 'Löschen lassen'], ['/melden', 'Uns schreiben'], ['/beratung', 'Beratung'], ['/en', 'English']], 'NetzWürde') +
          p(a('https://wetter-schnell.test/', 'Seite schnell verlassen')) +
          h1('Ein gefälschtes Nacktbild von dir wird verbreitet. Was jetzt?') +
          p('Zuerst: Du bist nicht schuld. Jemand hat ein ganz normales Foto von dir in eine sogenannte Nudify- oder Ausziehen-App geladen oder einen Deepfake erstellt. Das Bild ist gefälscht – der Schaden ist echt. Wir helfen dir kostenlos, vertraulich und auf Wunsch anonym.') +
          section(
            h2('Drei Dinge, die du heute tun kannst'),
            ol(
              '<strong>Nicht reagieren.</strong> Antworte nicht auf die Person, die das Bild verbreitet, und zahle niemals Geld, wenn du erpresst wirst.',
              '<strong>Notieren, wo es zu sehen ist.</strong> Links, Nutzernamen, Gruppennamen und Datum aufschreiben. Ein Screenshot der Seite oder des Chats kann helfen – speichere das Bild selbst aber nicht auf geteilten Geräten.',
              '<strong>Hilfe holen.</strong> Ruf uns an, chatte mit uns oder ' + a('/melden', 'beschreibe uns, was passiert ist') + '.',
            ),
          ) +
          section(
            h2('Wie entstehen solche Bilder?'),
            p('Websites und Telegram-Bots werben damit, „Kleidung von jedem Foto zu entfernen“. Für ein paar Euro an Credits reicht ihnen ein einziges Bild aus Instagram oder WhatsApp. Die Apps „sehen“ nichts – sie erfinden. Trotzdem ist das Verbreiten solcher Bilder strafbar, und Plattformen müssen sie nach einer Meldung entfernen.'),
          ) +
          faq('Häufige Fragen', [
            ['Bin ich strafbar, weil das Bild mich zeigt?', 'Nein. Du bist betroffen, nicht beschuldigt. Strafbar macht sich, wer das Bild erstellt oder verbreitet.'],
            ['Ich bin unter 18.', 'Dann gibt es besonders schnelle Wege zur Löschung. Sprich mit einer Vertrauensperson oder direkt mit uns. Du bekommst keinen Ärger.'],
            ['Muss ich euch das Bild schicken?', 'Nein, niemals. Wir brauchen nur die Links und deine Beschreibung.'],
          ]) +
          footer('NetzWürde e. V. · gefördert aus Landesmitteln · © 2026', [
            ['/impressum', 'Impressum'],
            ['/datenschutz', 'Datenschutz'],
            ['/beratung', 'Kontakt'],
          ]),
      },
      {
        path: '/was-tun',
        title: 'Schritt für Schritt | NetzWürde',
        body:
          h1('Schritt für Schritt: Was tun bei einem Deepfake oder Fake-Nacktbild?') +
          ol(
            '<strong>Durchatmen.</strong> Du musst nicht alles heute lösen.',
            '<strong>Beweise sichern.</strong> Kopiere die Links zu allen Stellen, an denen das Bild auftaucht. Notiere Account-Namen und Uhrzeiten. Wenn du weißt, welche App genutzt wurde – etwa eine Seite, die mit „KI-Ausziehen“ wirbt –, schreib auch das auf.',
            '<strong>Bei der Plattform melden.</strong> Nutze die Meldefunktion und wähle „intime Bilder ohne Einwilligung“. Schreib dazu, dass es sich um eine Fälschung handelt.',
            '<strong>Suchmaschinen informieren.</strong> Die großen Suchmaschinen haben eigene Formulare zur Entfernung gefälschter intimer Bilder.',
            '<strong>Anzeige erstatten.</strong> Das geht auch online und auch, wenn du nicht weißt, wer es war. Wir bereiten das gern mit dir vor.',
            '<strong>Auf dich achten.</strong> Sprich mit jemandem, dem du vertraust. Unsere Beraterinnen sind so lange für dich da, wie du sie brauchst.',
          ),
      },
      {
        path: '/melden',
        title: 'Uns schreiben | NetzWürde',
        body:
          h1('Erzähl uns, was passiert ist') +
          p('Beschreibe deine Situation in eigenen Worten. Bitte lade keine Bilder hoch und füge keine Bilder ein. Eine Beraterin meldet sich innerhalb von zwei Werktagen auf dem Weg, den du auswählst.') +
          '<form action="/melden/senden" method="post"><label>Was ist passiert?<textarea name="beschreibung"></textarea></label><label>Links, unter denen das Bild zu sehen ist (einer pro Zeile)<textarea name="links"></textarea></label><label>Wie sollen wir dich erreichen?<input name="kontakt"></label><button>Vertraulich absenden</button></form>' +
          p('Alles, was du uns erzählst, bleibt vertraulich. Wir geben nichts weiter, es sei denn, du möchtest es – oder jemand ist in akuter Gefahr.'),
      },
      {
        path: '/loeschen',
        title: 'Löschen lassen | NetzWürde',
        body:
          h1('Bilder löschen lassen') +
          p('Wir stehen in Kontakt mit sozialen Netzwerken, Messengern, Hostern und Suchmaschinen. Mit deiner Zustimmung schicken wir in deinem Namen Meldungen nach dem Melde- und Abhilfeverfahren des Digital Services Act.') +
          p('Taucht das Bild auf der Seite des Nudify-Dienstes selbst auf – manche Anbieter zeigen eine öffentliche „Galerie“ –, melden wir die Seite beim Hoster und bei der Domain-Registrierungsstelle. Viele dieser Dienste laufen zusätzlich als Telegram-Bot; auch diese melden wir.') +
          p('Wir verlangen von dir niemals das Bild selbst.'),
      },
      {
        path: '/beratung',
        title: 'Beratung | NetzWürde',
        body:
          h1('Beratung per Telefon, Chat und Mail') +
          p('Telefon: 0800 000 00 00 (kostenlos, Mo–Fr 9–20 Uhr). Chat: Mo–Do 15–21 Uhr. Mail: beratung@netzwuerde-hilfe.test. Du kannst anonym bleiben.') +
          p('Unsere Beraterinnen und Berater sind geschult im Umgang mit Deepfakes, Nudify-Apps, Sextortion und anderen Formen digitaler Gewalt. Auf Wunsch begleiten wir dich zur Polizei oder vermitteln eine Anwältin. Bei akuter Gefahr wähle bitte 110.') +
          p('Du musst dich nicht sofort entscheiden, ob du Anzeige erstattest. Wir erklären dir in Ruhe, welche Möglichkeiten du hast.'),
      },
    ],
  },

  // 3 — law-firm (de)
  {
    host: 'kanzlei-brenner-medienrecht.test', lang: 'de', label: 'unrelated', shape: 'law-firm', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Anwalt für Deepfakes & bildbasierte Gewalt | Kanzlei Brenner Medienrecht',
        head: jsonLd({ '@context': 'https://schema.org', '@type': 'LegalService', name: 'Kanzlei Brenner Medienrecht', areaServed: 'DE' }),
        body:
          nav([['/', 'Deepfakes & Fake-Nacktbilder'], ['/ratgeber/dsa-meldeverfahren-deepfakes', 'Ratgeber'], ['/kosten', 'Kosten'], ['/kontakt?quelle=navi', 'Erstberatung']], 'Kanzlei Brenner') +
          h1('Deepfakes und Fake-Nacktbilder: Wir holen sie aus dem Netz') +
          p('Wurde ein Foto von Ihnen mit einer Nudify-App „ausgezogen“ oder in einen sexualisierten Deepfake montiert? Wir setzen Ihre Rechte durch – außergerichtlich, per einstweiliger Verfügung und, wenn nötig, im Strafverfahren. Bundesweit und in dringenden Fällen noch am selben Tag.') +
          section(
            h2('Unsere Leistungen'),
            ul(
              'Löschungsaufforderungen an Plattformen, Hoster, CDN und Suchmaschinen (DSA-Meldeverfahren)',
              'Einstweilige Verfügungen gegen Verbreiter und Betreiber von Deepfake- und Ausziehen-Seiten',
              'Auskunftsansprüche gegen Plattformen zur Identifizierung anonymer Täter',
              'Nebenklage und Begleitung im Strafverfahren',
              'Schmerzensgeld und Schadensersatz',
            ),
          ) +
          section(
            h2('Warum das funktioniert'),
            p('Die meisten Nudify-Dienste sitzen anonym im Ausland. Sie brauchen aber Hosting, Domains, Content-Delivery-Netzwerke und Zahlungsdienstleister – und diese unterliegen europäischem Recht. Eine präzise, gut begründete Meldung nach Art. 16 DSA ist oft schneller als jedes Gerichtsverfahren.'),
          ) +
          blockquote('„Nach fünf Tagen waren alle Kopien, die wir gefunden hatten, gelöscht. Ich habe mich endlich ernst genommen gefühlt.“', 'Mandantin, 2025') +
          p('Das erste Gespräch ist kostenlos und vertraulich. ' + a('/kontakt?quelle=startseite', 'Jetzt Erstberatung anfragen') + '.') +
          footer('Kanzlei Brenner Medienrecht · Rechtsanwältin Dr. M. Brenner · © 2026', [
            ['/impressum', 'Impressum'],
            ['/datenschutz', 'Datenschutz'],
            ['/kosten', 'Kosten'],
          ]),
      },
      {
        path: '/ratgeber/dsa-meldeverfahren-deepfakes',
        title: 'Ratgeber: Das DSA-Meldeverfahren gegen Nudify- und Deepfake-Seiten',
        body:
          article(
            h1('Das Melde- und Abhilfeverfahren des DSA gegen Nudify- und Deepfake-Seiten'),
            p('Dr. M. Brenner · 22. Januar 2026 · Lesezeit ca. 7 Minuten'),
            p('Seit dem 17. Februar 2024 gilt der Digital Services Act vollständig. Art. 16 verpflichtet Hostingdienste, ein leicht zugängliches Meldeverfahren bereitzustellen. Eine hinreichend genaue und begründete Meldung verschafft dem Anbieter „tatsächliche Kenntnis“ – reagiert er nicht zügig, entfällt sein Haftungsprivileg.'),
            h2('Was in eine gute Meldung gehört'),
            ul('die genauen URLs, nicht nur die Domain', 'eine Begründung, warum der Inhalt rechtswidrig ist (z. B. § 201a StGB, §§ 22, 33 KUG)', 'Name und E-Mail-Adresse der meldenden Person', 'eine Erklärung, dass die Angaben nach bestem Wissen richtig sind'),
            h2('Das Problem mit „Foto hochladen“-Diensten'),
            p('Bei Nudify-Diensten wird das Ergebnis meist nicht veröffentlicht, sondern heruntergeladen. Gegenstand der Meldung kann dann der Dienst selbst sein: seine Werbung („Entferne Kleidung von jedem Foto“), das Upload-Formular und die Bezahlseite für Credits. Hoster sind zunehmend bereit, eine Seite, deren einziger Zweck das Ausziehen realer Personen ist, als offensichtlich rechtswidrig einzustufen.'),
            p('<em>Dieser Beitrag ersetzt keine Rechtsberatung im Einzelfall.</em>'),
          ),
      },
      {
        path: '/kosten',
        title: 'Kosten | Kanzlei Brenner Medienrecht',
        body:
          h1('Transparente Kosten') +
          p('Sie sollen vorher wissen, was auf Sie zukommt.') +
          priceTable(['Leistung', 'Honorar (netto)'], [['Erstberatung (30 Min.)', 'kostenlos'], ['Löschpaket bis 20 URLs', '790 € pauschal'], ['Einstweilige Verfügung', 'nach RVG bzw. Vereinbarung'], ['Stundensatz', '240 €']]) +
          p('Häufig können die Kosten vom Verbreiter zurückgefordert werden. Eine Rechtsschutzversicherung übernimmt unter Umständen einen Teil. Wir prüfen das gern für Sie – auch Beratungshilfe ist in bestimmten Fällen möglich.') +
          p('Vor jeder Tätigkeit erhalten Sie eine schriftliche Kosteneinschätzung. Überraschungen auf der Rechnung gibt es bei uns nicht. Für Mandate, die über Beratungsstellen zu uns kommen, bieten wir ermäßigte Pauschalen an.'),
      },
      {
        path: '/kontakt',
        title: 'Kontakt | Kanzlei Brenner Medienrecht',
        body:
          h1('Erstberatung anfragen') +
          p('Schildern Sie kurz, was passiert ist. Bitte senden Sie keine Bilder – eine Beschreibung und die Links genügen. Wir rufen Sie innerhalb eines Werktags zurück, zu einer Zeit, die Ihnen passt.') +
          '<form action="/kontakt/senden" method="post"><label>Name<input name="name"></label><label>Telefon oder E-Mail<input name="kontakt"></label><label>Ihr Anliegen<textarea name="nachricht"></textarea></label><button>Rückruf anfordern</button></form>' +
          p('Alle Angaben unterliegen der anwaltlichen Schweigepflicht. Wir hinterlassen keine Nachrichten auf Mailboxen und schicken keine Post an Ihre Wohnadresse, wenn Sie das nicht ausdrücklich wünschen. Gespräche sind auch per Video oder in unseren Räumen möglich.'),
      },
    ],
  },

  // 4 — fact-check (de)
  {
    host: 'faktenlupe.test', lang: 'de', label: 'unrelated', shape: 'fact-check', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Faktenlupe – unabhängiger Faktencheck',
        body:
          nav([['/', 'Aktuelle Faktenchecks'], ['/faktencheck/roentgen-app-durch-kleidung', 'Im Fokus'], ['/faktencheck/telegram-bot-gratis-ausziehen', 'Kettenbriefe'], ['/methodik', 'Methodik']], 'Faktenlupe') +
          cookieBanner('Wir nutzen keine Tracking-Cookies. Nur eine anonyme Reichweitenmessung.', 'Okay') +
          h1('Aktuelle Faktenchecks') +
          p('Wir prüfen virale Behauptungen, Bilder und Videos – unabhängig, transparent und werbefrei.') +
          article(
            h2(a('/faktencheck/roentgen-app-durch-kleidung', 'Kann diese „Röntgen-App“ wirklich durch Kleidung sehen? Wir haben es geprüft')),
            p('Bewertung: <strong>FALSCH</strong> · 25. Februar 2026'),
            p('Eine App wirbt in Kurzvideos damit, per KI „durch jedes Outfit“ zu sehen. Das kann sie nicht. Sie erfindet ein Bild – und genau das macht sie so gefährlich.'),
          ) +
          article(
            h2(a('/faktencheck/telegram-bot-gratis-ausziehen', 'Nein, dieser Telegram-Bot bietet kein „unbegrenztes Gratis-Ausziehen“')),
            p('Bewertung: <strong>IRREFÜHREND</strong> · 18. Februar 2026'),
            p('In Klassenchats kursiert eine Nachricht, die kostenlose Nudify-Credits für das Teilen eines Einladungslinks verspricht. Wir haben die Behauptungen geprüft, ohne Fotos realer Menschen hochzuladen.'),
          ) +
          article(h2('Nein, das neue Heizungsgesetz verbietet keine Kaminöfen'), p('Bewertung: <strong>FALSCH</strong> · 16. Februar 2026')) +
          article(h2('Video von überfluteter Autobahn stammt aus dem Jahr 2021'), p('Bewertung: <strong>FEHLENDER KONTEXT</strong> · 14. Februar 2026')) +
          section(h2('Hinweis geben'), p('Sie sind über eine Behauptung gestolpert, die Sie nicht einordnen können? Schicken Sie uns den Link.'), textForm('Link oder Beschreibung', 'Absenden', '/hinweis')) +
          footer('Faktenlupe ist Mitglied eines internationalen Netzwerks von Faktencheck-Redaktionen. © 2026', [
            ['/methodik', 'Methodik'],
            ['/korrekturen', 'Korrekturen'],
            ['/finanzierung', 'Finanzierung'],
            ['/impressum', 'Impressum'],
          ]),
      },
      {
        path: '/faktencheck/roentgen-app-durch-kleidung',
        title: 'Kann diese „Röntgen-App“ wirklich durch Kleidung sehen? | Faktenlupe',
        head: jsonLd({
          '@context': 'https://schema.org',
          '@type': 'ClaimReview',
          claimReviewed: 'Die App XRayly kann per KI durch Kleidung sehen',
          reviewRating: { '@type': 'Rating', ratingValue: 1, bestRating: 5, alternateName: 'Falsch' },
          author: { '@type': 'Organization', name: 'Faktenlupe' },
          datePublished: '2026-02-25',
          inLanguage: 'de',
        }),
        body:
          h1('Kann diese „Röntgen-App“ wirklich durch Kleidung sehen? Wir haben es geprüft') +
          p('Von Miriam Schöller · 25. Februar 2026') +
          p('<strong>Die Behauptung:</strong> Eine App namens XRayly wirbt auf ' + a('https://xrayly.test/de?utm_source=faktenlupe', 'xrayly.test') + ' mit dem Satz: „Unsere KI sieht durch Kleidung. Jedes Foto, jedes Outfit, 100 % echt.“') +
          p('<strong>Bewertung: FALSCH.</strong> Keine Software kann sichtbar machen, was eine Kamera nie aufgenommen hat. Die App erzeugt ein erfundenes Bild.') +
          h2('So haben wir geprüft') +
          p('Wir haben die App ausschließlich mit Fotos einer Schaufensterpuppe in verschiedenen Outfits und mit einem KI-generierten Porträt einer nicht existierenden Person getestet. Die App bietet drei kostenlose Credits und verkauft danach Pakete: 50 Credits für 6,99 Euro, 200 Credits für 19,99 Euro. Der „Röntgen-Modus“ kostet 4 Credits pro Bild.') +
          p('Die Puppe bekam einen menschlichen Körper, den sie nicht hat. Mit jedem anderen Outfit änderte sich das Ergebnis. Die App „sieht“ also nichts – sie rät, wie alle Nudify- und Ausziehen-Dienste.') +
          h2('Warum das wichtig ist') +
          p('Der Begriff „Röntgen“ suggeriert, das Ergebnis zeige etwas Wahres über eine reale Person. Das macht die Fälschung glaubwürdiger und für die Betroffenen noch verletzender. Solche Bilder realer Personen ohne Einwilligung zu erstellen, kann strafbar sein.'),
      },
      {
        path: '/faktencheck/telegram-bot-gratis-ausziehen',
        title: 'Nein, dieser Telegram-Bot bietet kein unbegrenztes Gratis-Ausziehen | Faktenlupe',
        body:
          h1('Nein, dieser Telegram-Bot bietet kein „unbegrenztes Gratis-Ausziehen“') +
          p('Von Felix Aydın · 18. Februar 2026 · Bewertung: IRREFÜHREND') +
          p('Eine Kettennachricht behauptet, der Bot ' + a('https://t.me/EntKleidrBot', '@EntKleidrBot') + ' biete „unbegrenzt gratis nudify – lade nur 3 Freunde ein“. Tatsächlich gibt der Bot zwei kostenlose Generierungen aus und verlangt danach Telegram-Stars oder Kryptowährung: 100 Credits für etwa 10 Euro.') +
          p('Laut den im Profil verlinkten Nutzungsbedingungen können hochgeladene Fotos „zur Verbesserung des Dienstes gespeichert“ werden. Wer ein Foto einer anderen Person schickt, gibt es also an unbekannte Betreiber weiter.') +
          p('Wir haben keine Fotos realer Personen hochgeladen, sondern nur die Antworten und die Preisliste des Bots dokumentiert.'),
      },
      {
        path: '/methodik',
        title: 'Methodik | Faktenlupe',
        body:
          h1('So arbeiten wir') +
          p('Wir prüfen Behauptungen, die sich stark verbreiten und Schaden anrichten können. Jeder Faktencheck wird vor Veröffentlichung von einer zweiten Redakteurin gegengelesen. Quellen nennen und verlinken wir – außer wenn ein Link schädlichen Diensten Reichweite verschaffen würde. Bei Nudify- und Deepfake-Apps nennen wir die Domain, werben aber nicht dafür.') +
          p('Bewertungen: RICHTIG, ÜBERWIEGEND RICHTIG, FEHLENDER KONTEXT, IRREFÜHREND, FALSCH. Fehler korrigieren wir transparent am Anfang des Artikels.'),
      },
    ],
  },

  // 5 — news (fr, app-shell home)
  {
    host: 'leveilleur-numerique.test', lang: 'fr', label: 'unrelated', shape: 'news', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Le Veilleur numérique — l’actualité du numérique, décryptée',
        jsOnly: true,
        head: metaDescription('Enquêtes et décryptages sur le numérique, la tech et leurs dérives. À la une : le business des applications de « déshabillage ».'),
        body:
          nav(
            [
              ['/', 'À la une'],
              ['/enquetes', 'Enquêtes'],
              ['/enquetes/2026/02/applications-deshabillage-business', 'Dernière enquête'],
              ['/newsletter?utm_source=menu', 'Newsletter'],
              ['/abonnement', 'S’abonner'],
            ],
            'Le Veilleur numérique',
          ) +
          cookieBanner('Avec votre accord, nous et nos partenaires utilisons des cookies pour mesurer l’audience et personnaliser les contenus.', 'Accepter', 'Continuer sans accepter') +
          section(
            h2('À la une'),
            h1(a('/enquetes/2026/02/applications-deshabillage-business', 'Applications de « déshabillage » : enquête sur un business qui prospère sur le dos des victimes')),
            p('Par Camille Roussel · 12 février 2026 · 10 min de lecture'),
            img(2, 'Illustration : un téléphone affichant un bouton « Importer une photo »'),
            p('« Déshabillez n’importe qui en un clic. » Le slogan s’affiche en grand sur des dizaines de sites et de bots Telegram. Nous avons passé trois mois à documenter ces services de nudify, leurs tarifs, leurs moyens de paiement et ceux qui les hébergent.'),
          ) +
          section(
            h2('À lire aussi'),
            ul(
              a('/actualites/2026/02/loi-sren-deepfakes-premieres-condamnations', 'Loi SREN : premières condamnations pour des hypertrucages sexuels'),
              'Cloud souverain : le grand flou des appels d’offres publics',
              'Cinq ans après, que reste-t-il de l’appli de traçage ?',
              'Les data centers face à la canicule',
            ),
          ) +
          section(
            h2('La lettre du Veilleur'),
            p('Chaque mardi, nos enquêtes et une sélection de l’actualité numérique dans votre boîte mail.'),
            textForm('Votre adresse e-mail', 'Je m’inscris', '/newsletter/inscription'),
          ) +
          footer('© 2026 Le Veilleur numérique — média indépendant financé par ses lecteurs.', [
            ['/mentions-legales', 'Mentions légales'],
            ['/confidentialite', 'Confidentialité'],
            ['/abonnement', 'Abonnement'],
            ['/contact', 'Contact'],
          ]),
      },
      {
        path: '/enquetes/2026/02/applications-deshabillage-business',
        title: 'Applications de « déshabillage » : enquête sur un business qui prospère | Le Veilleur numérique',
        head: jsonLd({
          '@context': 'https://schema.org',
          '@type': 'NewsArticle',
          headline: 'Applications de « déshabillage » : enquête sur un business qui prospère sur le dos des victimes',
          datePublished: '2026-02-12T07:00:00+01:00',
          author: { '@type': 'Person', name: 'Camille Roussel' },
          inLanguage: 'fr',
        }),
        body:
          article(
            h1('Applications de « déshabillage » : enquête sur un business qui prospère sur le dos des victimes'),
            p('Par Camille Roussel · Publié le 12 février 2026 à 07h00, mis à jour à 15h20'),
            p('Sur la page d’accueil de DéshabIA (' + a('https://deshabia.test/?ref=veilleur', 'deshabia.test') + '), une jeune femme souriante en manteau d’hiver illustre la promesse : « Importez une photo. Notre IA retire les vêtements en 8 secondes. » Trois essais gratuits, puis 100 crédits pour 9,90 €. Un abonnement « VIP » à 27 € par mois débloque le « mode HD », le « mode lingerie » et les « vidéos deepfake ».'),
            p('Pendant trois mois, Le Veilleur numérique a analysé quinze services de ce type, dits de « nudification ». Nous n’avons jamais importé la photo d’une personne réelle : nos tests ont été réalisés avec un mannequin de vitrine et des visages générés par IA.'),
            h2('Des crédits, des cryptos et des bots'),
            p('La plupart des sites refusent les cartes bancaires françaises, ou passent par des intermédiaires qui présentent l’achat comme des « crédits d’art numérique ». Plusieurs renvoient vers un bot Telegram, ' + a('https://t.me/DeshabIA_bot', '@DeshabIA_bot') + ', qui vend des codes contre des cryptomonnaies ou des cartes cadeaux.'),
            blockquote('« Les victimes découvrent souvent les images en dernier, quand elles ont déjà circulé dans tout le lycée. »', 'Une juriste d’une association d’aide aux victimes'),
            h2('Ce que dit la loi'),
            p('Depuis la loi SREN de 2024, le fait de diffuser un hypertrucage à caractère sexuel représentant une personne sans son consentement est puni par l’article 226-8-1 du code pénal. Les hébergeurs doivent par ailleurs traiter les signalements au titre du règlement européen sur les services numériques (DSA).'),
            p('Contacté, DéshabIA n’a pas répondu à nos questions.'),
          ) +
          section(h2('Sur le même sujet'), ul(a('/actualites/2026/02/loi-sren-deepfakes-premieres-condamnations', 'Loi SREN : premières condamnations pour des hypertrucages sexuels'), 'Victimes de deepfakes : les démarches pour faire retirer les images')) +
          section(
            h2('Commentaires (41)'),
            p('<strong>Élise M.</strong> — Merci pour cette enquête. Que font les plateformes de paiement ?'),
            p('<strong>pierre_dev</strong> — Le plus choquant, c’est la pub sur les réseaux sociaux. J’en vois toutes les semaines.'),
            p('<strong>La rédaction</strong> — Les commentaires contenant des liens vers ces services sont supprimés.'),
          ),
      },
      {
        path: '/actualites/2026/02/loi-sren-deepfakes-premieres-condamnations',
        title: 'Loi SREN : premières condamnations pour des hypertrucages sexuels | Le Veilleur numérique',
        body:
          article(
            h1('Loi SREN : premières condamnations pour des hypertrucages sexuels'),
            p('Par Antoine Leclerc · 19 février 2026'),
            p('Deux tribunaux correctionnels ont prononcé ce mois-ci les premières condamnations fondées sur le nouvel article 226-8-1 du code pénal. Dans les deux cas, les prévenus avaient utilisé une application de déshabillage pour créer de fausses images de nu de collègues, puis les avaient partagées dans des groupes de messagerie.'),
            p('Les avocats des victimes saluent une avancée, mais regrettent que les éditeurs de ces applications, souvent établis hors de l’Union européenne, restent hors d’atteinte.'),
          ),
      },
      {
        path: '/newsletter',
        title: 'Newsletter | Le Veilleur numérique',
        body:
          h1('La lettre du Veilleur') +
          p('Chaque mardi matin, nos dernières enquêtes, un décryptage de l’actualité numérique et nos lectures de la semaine. Gratuit, sans publicité, désinscription en un clic.') +
          textForm('Adresse e-mail', 'S’inscrire', '/newsletter/inscription') +
          p('Votre adresse ne sert qu’à l’envoi de la lettre. Elle n’est jamais vendue ni transmise à des tiers. Consultez notre politique de confidentialité pour en savoir plus.') +
          p('Vous pouvez aussi recevoir nos alertes enquêtes, envoyées uniquement lors de la publication d’un nouveau dossier.'),
      },
    ],
  },

  // 6 — ngo (fr)
  {
    host: 'image-consentie.test', lang: 'fr', label: 'unrelated', shape: 'ngo', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Collectif Image Consentie — contre les violences sexuelles numériques',
        head: jsonLd({ '@context': 'https://schema.org', '@type': 'NGO', name: 'Collectif Image Consentie', address: { '@type': 'PostalAddress', addressCountry: 'FR' } }),
        body:
          nav(
            [
              ['/comprendre/applications-nudify', 'Comprendre'],
              ['/campagne/pas-sans-moi', 'Campagne'],
              ['/qui-sommes-nous', 'Qui sommes-nous'],
              ['/faire-un-don?utm_source=menu', 'Faire un don'],
            ],
            'Image Consentie',
          ) +
          h1('Mon image m’appartient.') +
          p('Chaque jour, des photos ordinaires sont importées sur des sites de « nudification » qui promettent de « retirer les vêtements grâce à l’IA ». Les personnes représentées — camarades de classe, collègues, ex-conjointes, streameuses — n’ont jamais donné leur accord. Le Collectif Image Consentie agit depuis 2020 contre ces violences.') +
          section(
            h2('Nos actions'),
            ul(
              '<strong>Informer</strong> : des guides clairs sur les deepfakes et les applis de déshabillage, pour les jeunes, les parents et les professionnels.',
              '<strong>Accompagner</strong> : orienter les victimes vers les dispositifs de signalement et l’aide juridique.',
              '<strong>Interpeller</strong> : pousser les plateformes de paiement, les hébergeurs et les magasins d’applications à faire respecter leurs propres règles.',
            ),
          ) +
          section(
            h2('Chiffres clés'),
            p('Selon notre enquête 2025 auprès de 2 100 personnes de 15 à 30 ans, 1 sur 5 a déjà vu une publicité pour une appli de déshabillage, et 1 sur 14 connaît une victime d’un faux nu.'),
          ) +
          section(h2('Campagne #PasSansMoi'), p('Ces services vivent des abonnements et des crédits. Sans paiement, pas de business. ' + a('/campagne/pas-sans-moi', 'Découvrir la campagne et signer la pétition') + '.')) +
          faq('Questions fréquentes', [
            ['Un faux nu, c’est illégal ?', 'Oui. En France, la diffusion d’un hypertrucage sexuel sans consentement est un délit.'],
            ['Vous retirez les images vous-mêmes ?', 'Non, mais nous orientons vers les dispositifs spécialisés et accompagnons les démarches.'],
          ]) +
          footer('Collectif Image Consentie — association loi 1901 reconnue d’intérêt général. © 2026', [
            ['/mentions-legales', 'Mentions légales'],
            ['/confidentialite', 'Confidentialité'],
            ['/faire-un-don?utm_source=footer', 'Faire un don'],
          ]),
      },
      {
        path: '/comprendre/applications-nudify',
        title: 'Comprendre les applications de nudification | Image Consentie',
        body:
          h1('Les applications de « nudification », comment ça marche ?') +
          p('Les applis dites de nudify ou de déshabillage (« undress AI » en anglais) sont des sites, des applications et des bots qui transforment la photo d’une personne habillée en faux nu. Le logiciel ne révèle rien : il invente un corps et y colle le visage. Mais le résultat peut sembler réaliste, et sert à humilier, menacer ou faire chanter.') +
          h2('Le parcours type') +
          p('L’utilisateur importe une photo, choisit un « mode » (« bikini », « lingerie », « retirer les vêtements ») et télécharge le résultat quelques secondes plus tard. Quelques crédits sont offerts, puis il faut payer : autour de 10 € le pack, ou 20 à 40 € par mois pour un abonnement « Pro ». Certains services proposent aussi l’échange de visage dans des vidéos pour adultes.') +
          h2('Le marketing') +
          p('Les slogans relevés par nos bénévoles : « Déshabillez n’importe qui en un clic », « 100 % anonyme, sans inscription », « Voyez à travers les vêtements ». Les publicités passent sur les réseaux sociaux et via des influenceurs rémunérés à la commission.'),
      },
      {
        path: '/campagne/pas-sans-moi',
        title: 'Campagne #PasSansMoi | Image Consentie',
        body:
          h1('#PasSansMoi') +
          p('Les applis de déshabillage existent parce qu’elles rapportent. Nous nous adressons donc à celles et ceux qui rendent ce commerce possible :') +
          ol(
            'Prestataires de paiement : refusez les marchands qui vendent des crédits de « undress » sous des descriptions vagues.',
            'Hébergeurs et bureaux d’enregistrement : suspendez ces sites dans les 24 heures après un signalement étayé.',
            'Régies publicitaires et magasins d’applications : interdisez les publicités qui promettent de retirer les vêtements sur une photo.',
            'Pouvoirs publics : donnez aux autorités les moyens de faire appliquer le DSA.',
          ) +
          p('Déjà 9 870 signataires.') +
          textForm('Votre adresse e-mail', 'Je signe', '/campagne/signer'),
      },
      {
        path: '/faire-un-don',
        title: 'Faire un don | Image Consentie',
        body:
          h1('Soutenez notre action') +
          p('Votre don est déductible de vos impôts à hauteur de 66 %. Nous n’acceptons aucun financement des entreprises de la tech.') +
          priceTable(['Don', 'Après réduction d’impôt', 'Ce que cela permet'], [['30 €', '10,20 €', 'Une intervention en classe'], ['60 €', '20,40 €', 'L’accompagnement d’une victime'], ['120 €', '40,80 €', 'Un guide imprimé pour tout un établissement']]) +
          button('Je donne') +
          p('Vous pouvez aussi devenir donateur mensuel et arrêter à tout moment. Un reçu fiscal vous est envoyé automatiquement chaque année. Nos comptes sont certifiés et publiés sur ce site.'),
      },
    ],
  },

  // 7 — government (fr)
  {
    host: 'cnpl-gouv.test', lang: 'fr', label: 'unrelated', shape: 'government', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Commission nationale de protection en ligne',
        body:
          p('République — site officiel de la Commission nationale de protection en ligne') +
          nav(
            [
              ['/actualites', 'Actualités'],
              ['/actualites/communique-applications-deshabillage', 'Communiqués'],
              ['/textes/proposition-de-loi-services-de-nudification', 'Textes'],
              ['/signaler', 'Signaler un contenu'],
              ['/la-commission', 'La Commission'],
            ],
            'CNPL',
          ) +
          cookieBanner('Ce site utilise des cookies de mesure d’audience anonymisée. Vous pouvez les refuser.', 'Tout accepter', 'Tout refuser') +
          h1('Protéger chacun en ligne') +
          p('La Commission nationale de protection en ligne veille au respect des obligations des plateformes, accompagne les victimes de contenus illicites et conseille le Gouvernement sur les évolutions législatives.') +
          section(
            h2('Actualités'),
            ul(
              a('/actualites/communique-applications-deshabillage', 'Applications de déshabillage : la Commission met en demeure onze services') + ' — 26 février 2026',
              'Rapport annuel 2025 : les signalements de deepfakes multipliés par trois — 5 février 2026',
              'Nouvelle fiche pratique pour les établissements scolaires — 22 janvier 2026',
            ),
          ) +
          section(
            h2('Vous êtes victime ?'),
            p('Une fausse image intime de vous circule ? Vous pouvez porter plainte, demander le retrait et ' + a('/signaler', 'signaler le contenu') + '. Ne transmettez jamais l’image elle-même : décrivez-la et indiquez où elle se trouve.'),
          ) +
          section(
            h2('Textes en préparation'),
            p('Une proposition de loi vise à interdire la mise à disposition de services dont la finalité est de générer des images sexuelles de personnes réelles sans leur consentement. ' + a('/textes/proposition-de-loi-services-de-nudification', 'Consulter le texte') + '.'),
          ) +
          footer('Commission nationale de protection en ligne — autorité administrative indépendante', [
            ['/mentions-legales', 'Mentions légales'],
            ['/donnees-personnelles', 'Données personnelles'],
            ['/accessibilite', 'Accessibilité : partiellement conforme'],
            ['/plan-du-site', 'Plan du site'],
          ]),
      },
      {
        path: '/actualites/communique-applications-deshabillage',
        title: 'Communiqué : la Commission met en demeure onze services de déshabillage',
        body:
          h1('Applications de déshabillage : la Commission met en demeure onze services') +
          p('Communiqué de presse — 26 février 2026') +
          p('La Commission nationale de protection en ligne a adressé ce jour une mise en demeure à onze services accessibles depuis la France qui permettent de générer de fausses images de nudité à partir de la photo de n’importe quelle personne.') +
          p('Ces services se présentent comme des « éditeurs photo IA » mais leurs pages promettent de « retirer les vêtements de toute photo » ou de « déshabiller en un clic ». Ils fonctionnent par crédits — le premier pack coûte généralement une dizaine d’euros — et plusieurs n’acceptent que les cryptomonnaies. Certains sont également exploités sous forme de bots Telegram.') +
          blockquote('« Ces outils n’ont aucun usage légitime. Ils transforment la violence sexuelle en service payant. Nous utiliserons tous nos leviers, y compris auprès des intermédiaires de paiement et des fournisseurs d’accès. »', 'La présidente de la Commission') +
          h2('Et maintenant ?') +
          ul('Les services disposent de quinze jours pour se mettre en conformité.', 'À défaut, la Commission pourra demander le blocage et le déréférencement.', 'Les noms des services ne sont pas rendus publics à ce stade.'),
      },
      {
        path: '/textes/proposition-de-loi-services-de-nudification',
        title: 'Proposition de loi relative aux services de nudification | CNPL',
        body:
          h1('Proposition de loi visant à interdire les services de nudification') +
          p('Avis de la Commission — version du 10 février 2026') +
          p('Le texte crée une infraction visant le fait de mettre à disposition du public, à titre onéreux ou gratuit, un service dont la finalité principale est la production d’images à caractère sexuel d’une personne identifiable sans son consentement, notamment par la suppression numérique des vêtements ou par hypertrucage.') +
          h2('L’avis de la Commission') +
          ul(
            'La Commission soutient l’objectif du texte, qui complète l’article 226-8-1 du code pénal.',
            'Elle recommande de viser expressément la publicité pour ces services et leur promotion par des annuaires affiliés.',
            'Elle souhaite que les intermédiaires de paiement puissent être enjoints de cesser leurs services.',
          ),
      },
      {
        path: '/signaler',
        title: 'Signaler un contenu | CNPL',
        body:
          h1('Signaler un contenu ou un service') +
          p('Utilisez ce formulaire pour signaler un site ou une application qui crée ou diffuse de fausses images intimes, y compris des deepfakes. N’envoyez pas l’image : décrivez ce que vous avez vu et où.') +
          '<form action="/signaler/envoyer" method="post"><label>Adresse (URL) du service ou de la page<input name="url"></label><label>Description de ce que vous avez constaté<textarea name="description"></textarea></label><label>Courriel (facultatif)<input name="courriel"></label><button>Envoyer le signalement</button></form>' +
          p('En cas de danger immédiat, composez le 17. Si un mineur est concerné, alertez les forces de l’ordre sans attendre.'),
      },
    ],
  },

  // 8 — encyclopedia (fr)
  {
    host: 'encyclolibre.test', lang: 'fr', label: 'unrelated', shape: 'encyclopedia', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'EncycloLibre, l’encyclopédie libre',
        body:
          elNav +
          h1('Bienvenue sur EncycloLibre') +
          p('l’encyclopédie libre et collaborative que chacun peut améliorer. 1 683 402 articles en français.') +
          section(
            h2('Article labellisé du jour'),
            p('Le <b>canal du Nivernais</b> relie le bassin de la Loire à celui de la Seine. Construit à partir de 1784 pour le flottage du bois destiné à Paris, il compte 116 écluses sur 174 kilomètres et traverse le Morvan. Délaissé par le transport de marchandises, il est aujourd’hui l’un des canaux les plus fréquentés par la navigation de plaisance en France. (' + a('/wiki/Canal_du_Nivernais', 'Lire la suite') + ')'),
          ) +
          section(
            h2('Actualités'),
            ul(
              'Une autorité administrative met en demeure onze ' + a('/wiki/Application_de_deshabillage', 'applications de déshabillage') + '.',
              'Premières condamnations sur le fondement de la ' + a('/wiki/Loi_SREN', 'loi SREN') + ' pour des hypertrucages sexuels.',
              'Une sonde spatiale achève son dernier survol.',
            ),
          ) +
          section(
            h2('Le saviez-vous ?'),
            ul(
              '… que le terme « hypertrucage » est la recommandation officielle pour traduire « deepfake » ?',
              '… que certaines horloges de beffroi du Nord fonctionnent encore avec leur mécanisme d’origine ?',
            ),
          ) +
          footer('Les textes sont disponibles sous licence Creative Commons attribution, partage dans les mêmes conditions.', [
            ['/wiki/EncycloLibre:Confidentialite', 'Politique de confidentialité'],
            ['/wiki/EncycloLibre:A_propos', 'À propos'],
            ['/wiki/EncycloLibre:Avertissements', 'Avertissements'],
          ]),
      },
      {
        path: '/wiki/Application_de_deshabillage',
        title: 'Application de déshabillage — EncycloLibre',
        body:
          elNav +
          h1('Application de déshabillage') +
          p('Un article d’EncycloLibre, l’encyclopédie libre.') +
          '<table class="infobox"><tr><th colspan="2">Application de déshabillage</th></tr><tr><td>Autres noms</td><td>Application de nudification, « nudify », « undress AI »</td></tr><tr><td>Type</td><td>Manipulation d’image générative</td></tr><tr><td>Apparition</td><td>2019</td></tr><tr><td>Statut légal (France)</td><td>Diffusion réprimée (art. 226-8-1 du code pénal)</td></tr></table>' +
          p('Une <b>application de déshabillage</b> (ou <b>de nudification</b>, de l’anglais <i>nudify</i>) est un logiciel utilisant l’intelligence artificielle générative pour modifier la photographie d’une personne habillée afin qu’elle paraisse nue. Le résultat est synthétique et ne révèle pas le corps réel de la personne. Ces applications sont massivement utilisées pour produire des images intimes non consenties.') +
          h2('Sommaire') +
          ol('Historique', 'Fonctionnement et modèle économique', 'Cadre juridique', 'Voir aussi', 'Notes et références') +
          h2('Fonctionnement et modèle économique') +
          p('L’utilisateur importe une photo et choisit un mode (« bikini », « lingerie », « nu »). La plupart des services fonctionnent par crédits, vendus par lots d’environ 10 euros, ou par abonnement mensuel. Beaucoup exploitent également des bots Telegram et acceptent les cryptomonnaies. Leurs publicités utilisent des formules comme « déshabillez n’importe quelle photo » ou « retirez les vêtements en un clic ».<sup>[1]</sup>') +
          h2('Cadre juridique') +
          p('En France, la loi SREN de 2024 a introduit l’article 226-8-1 du code pénal, qui réprime la diffusion d’un hypertrucage à caractère sexuel sans consentement. Au niveau européen, le règlement sur les services numériques impose aux hébergeurs de traiter les notifications de contenus illicites.<sup>[2]</sup>') +
          h2('Voir aussi') +
          ul(a('/wiki/Hypertrucage_pornographique', 'Hypertrucage pornographique'), a('/wiki/Loi_SREN', 'Loi SREN'), 'Violence sexuelle numérique', 'Droit à l’image') +
          h2('Notes et références') +
          ol('Roussel, C., « Applications de déshabillage : enquête sur un business qui prospère », Le Veilleur numérique, 12 février 2026.', 'Commission nationale de protection en ligne, communiqué du 26 février 2026.'),
      },
      {
        path: '/wiki/Hypertrucage_pornographique',
        title: 'Hypertrucage pornographique — EncycloLibre',
        body:
          elNav +
          h1('Hypertrucage pornographique') +
          p('Un article d’EncycloLibre, l’encyclopédie libre.') +
          p('Un <b>hypertrucage pornographique</b> (en anglais <i>deepfake pornography</i>) est un contenu sexuellement explicite dans lequel le visage d’une personne réelle a été inséré au moyen de l’apprentissage automatique, le plus souvent sans son consentement. Les cibles sont des célébrités, des streameuses et des influenceuses, mais de plus en plus des particuliers.') +
          p('Certains services d’échange de visages revendiquent ouvertement des « modèles 18+ » ou un « mode NSFW », tandis que les applications grand public interdisent ces usages dans leurs conditions d’utilisation.') +
          h2('Voir aussi') +
          ul(a('/wiki/Application_de_deshabillage', 'Application de déshabillage'), a('/wiki/Loi_SREN', 'Loi SREN')),
      },
      {
        path: '/wiki/Loi_SREN',
        title: 'Loi SREN — EncycloLibre',
        body:
          elNav +
          h1('Loi SREN') +
          p('Un article d’EncycloLibre, l’encyclopédie libre.') +
          p('La <b>loi visant à sécuriser et réguler l’espace numérique</b>, dite <b>loi SREN</b>, est une loi française promulguée en mai 2024. Elle adapte le droit français au règlement européen sur les services numériques et crée plusieurs infractions nouvelles, dont la diffusion sans consentement d’hypertrucages à caractère sexuel (article 226-8-1 du code pénal).') +
          p('Le texte renforce également les pouvoirs de l’autorité de régulation en matière de blocage et de déréférencement de sites, et prévoit des mesures sur la vérification de l’âge pour l’accès aux contenus pornographiques.'),
      },
    ],
  },

  // 9 — school-guide (fr)
  {
    host: 'educ-ecrans-guide.test', lang: 'fr', label: 'unrelated', shape: 'school-guide', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Deepfakes et applis de déshabillage : guide pour les établissements | Éduc’Écrans',
        body:
          nav([['/', 'Établissements'], ['/parents', 'Parents'], ['/sequence-college-4e-3e', 'Séquence pédagogique'], ['/protocole', 'Protocole en cas d’incident']], 'Éduc’Écrans') +
          h1('Deepfakes et applis de déshabillage : ce que chaque établissement doit savoir') +
          p('Fiche à destination des chefs d’établissement, CPE, professeurs principaux, infirmières et assistantes sociales scolaires · mise à jour janvier 2026') +
          p('Les établissements signalent une hausse nette des situations où des élèves utilisent des applications dites de « nudification » sur des photos de camarades ou d’enseignants. Ces applis se trouvent en quelques secondes, proposent souvent un essai gratuit et font leur publicité sur les réseaux que fréquentent les élèves.') +
          section(
            h2('Ce que voient les élèves'),
            p('Des vidéos et des publicités promettent de « voir n’importe qui sans vêtements » ou de « retirer les habits en un geste ». Certaines applis se déguisent en éditeurs photo, d’autres sont des bots Telegram : on envoie une photo, on reçoit un faux en quelques secondes, et on paie en crédits. Beaucoup d’élèves ignorent que c’est un délit, et qu’un faux nu d’un ou d’une mineure relève de la pédocriminalité au sens de la loi.'),
          ) +
          section(
            h2('Messages clés pour les équipes'),
            ul(
              'Traiter chaque situation comme une question de protection de l’enfance, pas seulement de discipline.',
              'Ne jamais regarder, copier ni transférer l’image, même « pour garder une preuve ».',
              'Mettre en sécurité l’élève visé en priorité et lui dire clairement que ce n’est pas sa faute.',
              'Informer la direction et suivre la procédure de signalement au procureur.',
            ),
          ) +
          section(h2('Ressources'), ul(a('/protocole', 'Protocole en cas d’incident (1 page)'), a('/sequence-college-4e-3e', 'Séquence « Vraie violence, fausse image »'), a('/parents', 'Modèle de courrier et conseils aux familles'))) +
          footer('Éduc’Écrans — ressources libres pour l’éducation au numérique. © 2026', [
            ['/parents', 'Parents'],
            ['/protocole', 'Protocole'],
            ['/mentions-legales', 'Mentions légales'],
          ]),
      },
      {
        path: '/parents',
        title: 'Conseils aux parents | Éduc’Écrans',
        body:
          h1('Parler des applis de déshabillage avec votre enfant') +
          p('Vous en avez peut-être entendu parler : des applications qui transforment une photo ordinaire en faux nu. Elles existent, elles ciblent les adolescents, et elles ont déjà été utilisées dans des collèges et lycées. Pas besoin d’être expert en technologie pour en parler.') +
          ul(
            'Partez d’un article de presse plutôt que d’un interrogatoire : « Tu as entendu parler de ces applis ? »',
            'Expliquez que fabriquer ou partager un faux nu de quelqu’un est une violence et un délit, même « pour rigoler ».',
            'Dites-lui qu’il ou elle peut toujours venir vous voir, et que vous ne confisquerez pas le téléphone pour autant.',
            'Activez le contrôle parental, sans compter uniquement sur lui.',
          ),
      },
      {
        path: '/sequence-college-4e-3e',
        title: 'Séquence pédagogique : Vraie violence, fausse image | Éduc’Écrans',
        body:
          h1('Séquence : « Vraie violence, fausse image »') +
          p('Niveau : 4e–3e · Durée : 55 minutes · Cadre : EMC, éducation aux médias et à l’information') +
          h2('Objectifs') +
          ul('Savoir ce que sont un deepfake et une appli de déshabillage.', 'Comprendre qu’une fausse image cause un vrai préjudice.', 'Connaître les recours et savoir soutenir un ou une camarade.') +
          h2('Déroulé') +
          ol(
            'Accroche (5 min) : lire trois slogans publicitaires de ces applis (texte seul, par ex. « Déshabillez n’importe quelle photo en 5 secondes »). À qui s’adresse ce produit ? Contre qui est-il utilisé ?',
            'Étude de cas (15 min) : une histoire fictive dans un groupe de discussion de classe.',
            'Vrai ou faux (20 min) : « C’est faux, donc ce n’est pas grave. » « Seules les stars sont visées. » « On ne se fait jamais prendre. »',
            'Conclusion (15 min) : où trouver de l’aide ? Chaque élève écrit un message de soutien fictif.',
          ) +
          p('Attention : ne jamais rechercher ni afficher ces applications en classe.'),
      },
      {
        path: '/protocole',
        title: 'Protocole en cas d’incident | Éduc’Écrans',
        body:
          h1('Protocole : suspicion de faux nu ou de deepfake') +
          ol(
            'Ne pas regarder, copier ni partager l’image. Ne pas demander aux élèves de la montrer.',
            'Noter par écrit ce qui a été rapporté, par qui et quand.',
            'Informer immédiatement le chef d’établissement.',
            'Mettre en sécurité l’élève concerné ; prévenir la famille sauf si cela le met en danger.',
            'Effectuer un signalement au procureur de la République et, si besoin, une information préoccupante.',
            'Aider au retrait des images via les dispositifs de signalement spécialisés.',
            'Faire le bilan en équipe : qu’en tirer pour nos actions de prévention ?',
          ),
      },
    ],
  },

  // 10 — other: photography forum (fr)
  {
    host: 'objectif-passion-forum.test', lang: 'fr', label: 'unrelated', shape: 'other', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Objectif Passion — le forum des photographes amateurs et pros',
        body:
          forumNav +
          p('Bienvenue, invité · ' + a('/connexion', 'Connexion') + ' · ' + a('/inscription', 'Inscription')) +
          h1('Objectif Passion — forum photo') +
          p('La communauté francophone de la photographie depuis 2008 : matériel, technique, critique bienveillante, droit à l’image. 48 312 membres · 1,2 million de messages.') +
          section(
            h2('Forums'),
            ul(
              '<strong>Matériel</strong> — boîtiers, objectifs, éclairage · 312 402 messages',
              '<strong>Technique & post-traitement</strong> — exposition, développement RAW, retouche · 208 117 messages',
              '<strong>Portrait & modèles</strong> — séances, contrats, direction de modèle · 96 530 messages',
              '<strong>' + a('/forum/ethique-et-droit', 'Éthique & droit à l’image') + '</strong> — autorisations, diffusion, IA · 21 904 messages',
              '<strong>Galeries des membres</strong> — partage et critique · 401 210 messages',
            ),
          ) +
          section(
            h2('Sujets épinglés'),
            ul(
              a('/forum/ethique-et-droit/t-4521-applis-de-deshabillage', '[Important] Applis de « déshabillage » IA et photos de nos modèles : position du forum'),
              'Modèle de contrat de cession de droits (mis à jour 2026)',
              'Concours mensuel : thème « Brume »',
            ),
          ) +
          section(h2('Derniers messages'), ul('Re: Quel 85 mm pour débuter le portrait ? — il y a 4 min', 'Re: Balance des blancs en intérieur mixte — il y a 11 min', 'Re: [Important] Applis de « déshabillage » IA — il y a 17 min')) +
          p('En ligne : 412 membres, 1 830 invités. Record : 3 104 utilisateurs en ligne le 14 janvier 2026.') +
          footer('Objectif Passion — forum associatif. © 2008–2026', [
            ['/charte', 'Charte du forum'],
            ['/mentions-legales', 'Mentions légales'],
            ['/contact', 'Contact modération'],
          ]),
      },
      {
        path: '/forum/ethique-et-droit/t-4521-applis-de-deshabillage',
        title: '[Important] Applis de « déshabillage » IA et photos de nos modèles : position du forum — Objectif Passion',
        body:
          forumNav +
          h1('[Important] Applis de « déshabillage » IA et photos de nos modèles : position du forum') +
          article(
            p('<strong>Modération_Claire</strong> · Équipe de modération · 3 février 2026'),
            p('Bonjour à tous. Plusieurs modèles avec qui des membres ont travaillé nous ont signalé que leurs portraits, publiés ici et sur des portfolios, avaient été passés dans des applis de nudify du genre « importez une photo, on retire les vêtements ». Certains de ces sites affichent carrément « Undress anyone — free trial » et vendent des crédits à 9,99 $.'),
            p('Position du forum, sans ambiguïté : toute discussion, tout lien ou toute demande concernant ces outils entraîne un bannissement définitif. Nous ajoutons aussi un filigrane optionnel et la désactivation du téléchargement en pleine résolution dans les galeries.'),
          ) +
          article(
            p('<strong>Fred_50mm</strong> · 3 février 2026'),
            p('Merci. Une de mes modèles a retrouvé un faux d’elle dans un canal Telegram qui faisait la pub d’un bot (@SilkStripBot, je crois). Elle a arrêté de poser. Vingt ans de confiance construite entre photographes et modèles, démolis par un gadget à crédits.'),
          ) +
          article(
            p('<strong>Nadia.L</strong> · 4 février 2026'),
            p('Côté pratique : la loi SREN punit la diffusion, et les hébergeurs doivent traiter les signalements. On peut aussi prévoir dans nos contrats une clause interdisant toute manipulation par IA. J’ai mis un modèle de clause dans le sujet sur les contrats.'),
          ) +
          article(
            p('<strong>vieux_argentique</strong> · 5 février 2026'),
            p('Je plussoie. Et pour ceux qui pensent « c’est juste de la retouche » : non. La retouche, c’est enlever une poussière sur le capteur. Retirer les vêtements de quelqu’un qui n’a rien demandé, c’est une agression.'),
          ) +
          p('Page 1 sur 6 · ' + a('/forum/ethique-et-droit/t-4521-applis-de-deshabillage?page=2', 'Page suivante')),
      },
      {
        path: '/forum/ethique-et-droit',
        title: 'Éthique & droit à l’image — Objectif Passion',
        body:
          forumNav +
          h1('Éthique & droit à l’image') +
          ul(
            a('/forum/ethique-et-droit/t-4521-applis-de-deshabillage', '[Important] Applis de « déshabillage » IA et photos de nos modèles : position du forum') + ' — 127 réponses',
            'Photo de rue : a-t-on le droit de publier un visage reconnaissable ? — 88 réponses',
            'Générateurs d’images IA et concours photo : que dit le règlement ? — 54 réponses',
            'Modèle mineur : autorisation des deux parents obligatoire ? — 31 réponses',
            'Mon image a été volée par une boutique en ligne, que faire ? — 22 réponses',
          ) +
          p('Rappel : ce forum n’est pas un cabinet d’avocats. Pour un cas précis, consultez un professionnel du droit.'),
      },
      {
        path: '/charte',
        title: 'Charte du forum — Objectif Passion',
        body:
          h1('Charte du forum') +
          ol(
            'Respect : critiquez les photos, jamais les personnes.',
            'Droit à l’image : ne publiez pas de portrait sans l’accord de la personne photographiée.',
            'IA : les images générées doivent être signalées comme telles. Les outils de déshabillage, de nudification ou de deepfake sexuel sont strictement interdits, y compris leur mention promotionnelle ou leurs liens.',
            'Pas de publicité non sollicitée.',
            'Les modérateurs peuvent supprimer tout message contraire à la charte et bannir sans préavis.',
          ),
      },
    ],
  },

  // 11 — news (es)
  {
    host: 'elfarodigital.test', lang: 'es', label: 'unrelated', shape: 'news', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'El Faro Digital — noticias de tecnología y sociedad',
        body:
          nav(
            [
              ['/', 'Portada'],
              ['/tecnologia', 'Tecnología'],
              ['/tecnologia/2026/02/apps-desnudar-ia-negocio', 'Investigación'],
              ['/boletin?utm_source=cabecera', 'Boletín'],
              ['/suscribete', 'Suscríbete'],
            ],
            'El Faro Digital',
          ) +
          cookieBanner('Utilizamos cookies propias y de terceros para analizar el tráfico y mostrar publicidad. Puedes aceptarlas, rechazarlas o configurarlas.', 'Aceptar', 'Rechazar') +
          section(
            h2('Portada'),
            h1(a('/tecnologia/2026/02/apps-desnudar-ia-negocio', 'Las apps que “desnudan” con IA: así funciona el negocio que convierte una foto de Instagram en un desnudo falso')),
            p('Por Lucía Herrero · 20 de febrero de 2026 · 9 min'),
            img(5, 'Ilustración: un móvil con un botón de subir foto'),
            p('Prometen “quitar la ropa de cualquier foto en segundos”, regalan tres créditos y después cobran unos 10 euros por paquete. El Faro Digital ha analizado una docena de servicios de nudify y deepfake accesibles desde España.'),
          ) +
          section(
            h2('Más noticias'),
            ul(
              a('/tecnologia/2026/02/menores-deepfakes-instituto', 'Un instituto, un grupo de WhatsApp y 20 imágenes falsas: la Fiscalía investiga'),
              'El Gobierno aprueba el anteproyecto de ley de protección de menores en entornos digitales',
              'Las ventas de móviles plegables se estancan',
              'Ciberseguridad: alerta por una campaña de SMS falsos de paquetería',
            ),
          ) +
          section(h2('Boletín semanal'), p('Lo más importante de tecnología y sociedad, cada viernes en tu correo.'), textForm('Tu correo electrónico', 'Apuntarme', '/boletin/alta')) +
          footer('© 2026 El Faro Digital. Periodismo independiente.', [
            ['/aviso-legal', 'Aviso legal'],
            ['/privacidad', 'Privacidad'],
            ['/cookies', 'Cookies'],
            ['/suscribete', 'Suscríbete'],
          ]),
      },
      {
        path: '/tecnologia/2026/02/apps-desnudar-ia-negocio',
        title: 'Las apps que “desnudan” con IA: así funciona el negocio | El Faro Digital',
        head: jsonLd({
          '@context': 'https://schema.org',
          '@type': 'NewsArticle',
          headline: 'Las apps que “desnudan” con IA: así funciona el negocio',
          datePublished: '2026-02-20T08:00:00+01:00',
          author: { '@type': 'Person', name: 'Lucía Herrero' },
          inLanguage: 'es',
        }),
        body:
          article(
            h1('Las apps que “desnudan” con IA: así funciona el negocio que convierte una foto de Instagram en un desnudo falso'),
            p('Por Lucía Herrero · Madrid · 20 de febrero de 2026, 08:00'),
            p('“Sube una foto. Nuestra IA quita la ropa en 10 segundos.” Es el lema de DesvisteYa (' + a('https://desvisteya.test/es?ref=elfaro', 'desvisteya.test') + '), uno de los servicios analizados por El Faro Digital. Ofrece tres intentos gratis; después, 100 créditos cuestan 9,99 euros y el plan “VIP” 24,99 euros al mes, con “modo HD”, “modo bikini” y “vídeo deepfake”.'),
            p('Durante tres meses hemos documentado doce servicios de este tipo. En ninguna prueba hemos subido fotos de personas reales: utilizamos un maniquí de escaparate y rostros generados por IA.'),
            h2('Criptomonedas y bots de Telegram'),
            p('Casi todos los servicios rechazan las tarjetas españolas o redirigen a pasarelas que describen la compra como “créditos de arte digital”. Varios remiten a un bot de Telegram, ' + a('https://t.me/DesvisteYaBot', '@DesvisteYaBot') + ', que vende códigos a cambio de criptomonedas.'),
            blockquote('“Las víctimas suelen ser las últimas en enterarse. Cuando llegan a nosotros, la imagen ya ha dado la vuelta al instituto.”', 'Psicóloga de una fundación de apoyo a víctimas'),
            h2('Qué dice la ley'),
            p('En España, la difusión de estas imágenes puede constituir un delito contra la integridad moral o contra la intimidad, y si afecta a menores, un delito de pornografía infantil. El Reglamento europeo de Servicios Digitales obliga a los prestadores de alojamiento a tramitar las notificaciones.'),
          ) +
          section(h2('Relacionadas'), ul(a('/tecnologia/2026/02/menores-deepfakes-instituto', 'Un instituto, un grupo de WhatsApp y 20 imágenes falsas'), 'Guía: cómo pedir la retirada de una imagen íntima falsa')) +
          section(
            h2('Comentarios (63)'),
            p('<strong>MarCastell</strong> — ¿Y las pasarelas de pago no hacen nada? Vergonzoso.'),
            p('<strong>jorge_r</strong> — Mi hija de 14 años ya conocía el nombre de una de estas apps. Gracias por el artículo.'),
          ),
      },
      {
        path: '/tecnologia/2026/02/menores-deepfakes-instituto',
        title: 'Un instituto, un grupo de WhatsApp y 20 imágenes falsas: la Fiscalía investiga | El Faro Digital',
        body:
          article(
            h1('Un instituto, un grupo de WhatsApp y 20 imágenes falsas: la Fiscalía investiga'),
            p('Por redacción · 22 de febrero de 2026'),
            p('La Fiscalía de Menores investiga a varios alumnos de un instituto por crear y difundir desnudos falsos de compañeras con una aplicación de “desnudar” con IA. Según las familias, las imágenes se hicieron a partir de fotos de redes sociales y circularon en un grupo de mensajería.'),
            p('El centro ha activado su protocolo y ofrece apoyo psicológico a las alumnas afectadas. La consejería de educación anuncia talleres sobre consentimiento digital en todos los institutos de la provincia.'),
          ),
      },
      {
        path: '/boletin',
        title: 'Boletín | El Faro Digital',
        body:
          h1('El boletín de El Faro Digital') +
          p('Cada viernes, una selección de nuestras investigaciones y las noticias de tecnología que importan, explicadas sin tecnicismos. Es gratis y puedes darte de baja cuando quieras.') +
          textForm('Correo electrónico', 'Suscribirme', '/boletin/alta') +
          p('Solo usamos tu dirección para enviarte el boletín. No la vendemos ni la cedemos a terceros. En cada envío encontrarás un enlace para darte de baja con un solo clic, y puedes consultar nuestra política de privacidad en cualquier momento.'),
      },
    ],
  },

  // 12 — ngo (es)
  {
    host: 'imagensegura-fundacion.test', lang: 'es', label: 'unrelated', shape: 'ngo', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Fundación Imagen Segura — contra la violencia sexual digital',
        head: jsonLd({ '@context': 'https://schema.org', '@type': 'NGO', name: 'Fundación Imagen Segura', address: { '@type': 'PostalAddress', addressCountry: 'ES' } }),
        body:
          nav(
            [
              ['/que-son-las-apps-de-desnudar', '¿Qué son las apps de desnudar?'],
              ['/campana/mi-foto-no', 'Campaña'],
              ['/quienes-somos', 'Quiénes somos'],
              ['/dona?utm_source=menu', 'Dona'],
            ],
            'Imagen Segura',
          ) +
          h1('Nadie debería ser desnudado por una app.') +
          p('Cada día se suben miles de fotos de personas reales a webs de “nudify” que prometen “quitar la ropa con IA”. Las personas de esas fotos —compañeras de clase, compañeros de trabajo, exparejas, streamers— nunca dieron su permiso. En la Fundación Imagen Segura trabajamos para acabar con ello.') +
          section(
            h2('Qué hacemos'),
            ul(
              '<strong>Explicar</strong>: guías claras sobre cómo funcionan las herramientas de desnudar y los deepfakes, y por qué hacen daño.',
              '<strong>Acompañar</strong>: orientamos a las víctimas hacia los canales de denuncia y la ayuda jurídica.',
              '<strong>Presionar</strong>: pedimos a pasarelas de pago, tiendas de apps y proveedores de alojamiento que dejen de dar servicio a estas webs.',
            ),
          ) +
          section(
            h2('Los datos'),
            p('En nuestra encuesta de 2025 a 1.900 jóvenes de 14 a 24 años, el 21 % había visto anuncios de apps para desnudar y el 7 % conocía a alguien de quien se había difundido un desnudo falso.'),
          ) +
          section(h2('Campaña #MiFotoNo'), p('Estas webs viven de créditos y suscripciones. Sin pagos, no hay negocio. ' + a('/campana/mi-foto-no', 'Conoce la campaña y firma') + '.')) +
          faq('Preguntas frecuentes', [
            ['¿Es delito hacer un desnudo falso de alguien?', 'Difundirlo puede serlo, y si la víctima es menor de edad es un delito grave.'],
            ['¿Retiráis vosotros las imágenes?', 'Os orientamos hacia los canales que pueden hacerlo y os acompañamos en el proceso.'],
          ]) +
          footer('Fundación Imagen Segura · Inscrita en el Registro de Fundaciones · © 2026', [
            ['/aviso-legal', 'Aviso legal'],
            ['/privacidad', 'Privacidad'],
            ['/dona?utm_source=pie', 'Dona'],
            ['/prensa', 'Prensa'],
          ]),
      },
      {
        path: '/que-son-las-apps-de-desnudar',
        title: '¿Qué son las apps de desnudar? | Fundación Imagen Segura',
        body:
          h1('¿Qué son las apps de desnudar?') +
          p('Las apps de “desnudar” o “nudify” son webs, aplicaciones y bots de Telegram que transforman la foto de una persona vestida en un desnudo falso. El programa no revela nada: inventa un cuerpo y le pega la cara. Pero el resultado puede parecer real y se usa para humillar, amenazar y extorsionar.') +
          h2('Cómo se anuncian') +
          p('Con lemas como “Desnuda a quien quieras con un clic” o “Ve a través de la ropa, 100 % privado”. Suelen regalar algunos créditos y luego cobrar unos 10 euros por un paquete o entre 20 y 40 euros al mes por una suscripción “Pro”. Muchas aceptan solo criptomonedas o tarjetas regalo.') +
          h2('El proceso de “sube una foto”') +
          p('El usuario sube una imagen, elige un modo (“bikini”, “lencería”, “quitar ropa”) y descarga el resultado en segundos. Algunas webs añaden un intercambio de caras para vídeos para adultos. Ninguna puede comprobar que la persona de la foto ha dado su consentimiento.'),
      },
      {
        path: '/campana/mi-foto-no',
        title: 'Campaña #MiFotoNo | Fundación Imagen Segura',
        body:
          h1('#MiFotoNo') +
          p('Las apps de desnudar existen porque dan dinero. Por eso pedimos a quienes hacen posible ese negocio:') +
          ol(
            'Pasarelas de pago: que no acepten comercios que venden créditos de “undress” con descripciones engañosas.',
            'Proveedores de alojamiento y registradores: que retiren estas webs en 24 horas tras una notificación fundada.',
            'Redes publicitarias y tiendas de apps: que prohíban anuncios que prometen quitar la ropa de una foto.',
            'Administraciones: que doten a los reguladores de medios para aplicar el Reglamento de Servicios Digitales.',
          ) +
          p('Ya somos 11.340 firmantes.') +
          textForm('Tu correo electrónico', 'Firmar', '/campana/firmar'),
      },
      {
        path: '/dona',
        title: 'Dona | Fundación Imagen Segura',
        body:
          h1('Haz posible nuestro trabajo') +
          p('Tu donativo desgrava: recuperas hasta el 80 % de los primeros 250 euros en tu declaración de la renta. No aceptamos financiación de empresas tecnológicas.') +
          priceTable(['Aportación', 'Qué hacemos con ella'], [['10 € al mes', 'Un taller en un instituto'], ['25 € al mes', 'Acompañar a una víctima durante un mes'], ['Donativo único', 'La cantidad que tú elijas']]) +
          button('Donar ahora') +
          p('También puedes hacerte socia o socio con una cuota mensual y darte de baja cuando quieras. Publicamos nuestras cuentas auditadas cada año.'),
      },
    ],
  },
];
