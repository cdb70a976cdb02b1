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
  storeBadges,
  textForm,
  ul,
  upload,
  type CorpusSite,
} from '../site-kit.js';

const AUTHOR = 'neg-look';

const langSwitch = (cur: string, others: [string, string][]): string =>
  `<div class="lang-switch"><span>${cur}</span> ${others.map(([h, t]) => a(h, t)).join(' ')}</div>`;

export const sites: CorpusSite[] = [
  // ---------------------------------------------------------------- garment-care, de
  {
    host: 'faltenlos-studio.test',
    lang: 'de',
    label: 'unrelated',
    shape: 'garment-care',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Faltenlos – KI-Retusche für Bekleidungsfotos',
        head:
          metaDescription('Falten, Fussel, Knötchen und Flecken automatisch aus Kleidung auf Produktfotos entfernen. Für Modehändler, Marktplatz-Shops und Fotostudios.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'SoftwareApplication', name: 'Faltenlos', applicationCategory: 'BusinessApplication', offers: { '@type': 'Offer', price: '19', priceCurrency: 'EUR' } }),
        body:
          nav(
            [
              ['/so-funktionierts', 'So funktioniert’s'],
              ['/preise', 'Preise'],
              ['/haendler', 'Für Händler'],
              ['/anmelden', 'Anmelden'],
            ],
            'Faltenlos',
          ) +
          h1('Schluss mit Bügeln vor dem Shooting') +
          p(
            'Jedes Teil im Onlineshop sieht besser aus, wenn es frisch gebügelt ist. Nur hat dafür im Lager niemand Zeit. Faltenlos ist eine KI-Retusche speziell für Bekleidung: Sie laden Ihre Produktfotos hoch, und unser Modell entfernt Falten, Knitter, Fussel, Knötchen und kleine Flecken aus dem Stoff – die Struktur des Gewebes, Nähte, Etiketten und die Farbe bleiben erhalten.',
            'Das Ergebnis: ruhige, hochwertige Produktbilder, weniger Retouren wegen „sah auf dem Foto anders aus“ und ein Fotograf, der sich wieder aufs Fotografieren konzentriert.',
          ) +
          upload('Produktfoto hochladen (JPG, PNG, TIFF)', '/retusche', 'Kostenlos testen') +
          h2('Was Faltenlos entfernt') +
          ul('Falten und Knicke aus Verpackung und Transport', 'Fussel und Tierhaare auf dunklen Stoffen', 'Knötchen (Pilling) auf Strick und Fleece', 'Kleine Flecken, Wasserflecken und Staub', 'Abstehende Fäden') +
          h2('Was Faltenlos nicht tut') +
          p('Wir verändern weder Schnitt noch Farbe noch Passform. Die Ware auf dem Foto muss der Ware im Paket entsprechen – darauf achtet unser Modell, und das verlangen auch unsere Nutzungsbedingungen.') +
          blockquote('Wir haben die Bearbeitungszeit pro Kollektion von drei Tagen auf einen Nachmittag reduziert.', 'Leitung E-Commerce, Trachtenmode-Händler aus Bayern') +
          cookieBanner('Diese Website nutzt Cookies für Login und anonyme Statistik. Mehr in der Datenschutzerklärung.', 'Einverstanden', 'Ablehnen') +
          footer('© 2026 Faltenlos GmbH · Köln · Hosting in Frankfurt', [
            ['/preise?ref=footer', 'Preise'],
            ['/agb', 'AGB'],
            ['/datenschutz', 'Datenschutz'],
            ['/impressum', 'Impressum'],
          ]),
      },
      {
        path: '/so-funktionierts',
        title: 'So funktioniert’s – Faltenlos',
        body:
          nav([['/', 'Start'], ['/preise', 'Preise']], 'Faltenlos') +
          h1('In drei Schritten zum faltenfreien Produktbild') +
          ol('Fotos hochladen – einzeln, per Ordner oder per FTP-Hotfolder.', 'Korrekturen wählen: Falten, Fussel, Knötchen, Flecken. Voreinstellungen lassen sich pro Kategorie speichern.', 'Fertige Bilder herunterladen oder direkt an Ihr Shopsystem übergeben.') +
          p('Die Bearbeitung dauert im Schnitt sechs Sekunden pro Bild. Bei Stapeln mit mehreren hundert Fotos erhalten Sie eine E-Mail, sobald alles fertig ist. Jede Korrektur kann im Vorher-nachher-Vergleich geprüft und bei Bedarf zurückgenommen werden.') +
          footer('© 2026 Faltenlos GmbH', [['/agb', 'AGB']]),
      },
      {
        path: '/preise',
        title: 'Preise – Faltenlos',
        body:
          nav([['/', 'Start'], ['/haendler', 'Für Händler']], 'Faltenlos') +
          h1('Transparente Preise') +
          priceTable(
            ['Tarif', 'Bilder pro Monat', 'Preis (netto)'],
            [
              ['Test', '10 einmalig', '0 €'],
              ['Shop', '300', '19 € / Monat'],
              ['Business', '2.000', '99 € / Monat'],
              ['Enterprise', 'unbegrenzt', 'auf Anfrage'],
            ],
          ) +
          p('Zusätzliche Bilder kosten 0,08 € pro Stück. Alle Tarife sind monatlich kündbar, Jahreszahlung spart zwei Monatsbeiträge. Rechnungen mit ausgewiesener Umsatzsteuer finden Sie jederzeit in Ihrem Konto.') +
          p('Sie möchten erst testen? Die zehn Testbilder stehen ohne Kreditkarte zur Verfügung und werden in voller Auflösung geliefert, nur mit einem kleinen Wasserzeichen in der Ecke. Für Agenturen mit mehreren Kunden gibt es getrennte Arbeitsbereiche und Sammelrechnungen.') +
          footer('© 2026 Faltenlos GmbH', [['/impressum', 'Impressum']]),
      },
      {
        path: '/haendler',
        title: 'Für Händler und Fotostudios – Faltenlos',
        body:
          nav([['/', 'Start'], ['/preise', 'Preise']], 'Faltenlos') +
          h1('Für Händler, Marktplatz-Shops und Fotostudios') +
          p('Für größere Sortimente bieten wir eine Schnittstelle (REST-API), Hotfolder für Studios und individuelle Voreinstellungen pro Warengruppe. Ein Beispiel: Hemden mit starker Glättung, Leinen nur leicht geglättet, damit der typische Leinen-Look erhalten bleibt.') +
          p('Gern bearbeiten wir vorab 50 Ihrer Bilder kostenlos, damit Sie die Qualität mit Ihrer eigenen Ware beurteilen können.') +
          p('Ihr Ansprechpartner richtet die Schnittstelle gemeinsam mit Ihrer IT ein.') +
          footer('© 2026 Faltenlos GmbH', [['/datenschutz', 'Datenschutz']]),
      },
      {
        path: '/agb',
        title: 'AGB – Faltenlos',
        body:
          nav([['/', 'Start']], 'Faltenlos') +
          h1('Allgemeine Geschäftsbedingungen') +
          p('§ 1 Geltungsbereich: Diese Bedingungen gelten für alle Verträge über die Nutzung der Software Faltenlos zwischen der Faltenlos GmbH und Unternehmern. § 2 Leistungen: Faltenlos bearbeitet hochgeladene Produktfotos von Bekleidung. Nutzer dürfen nur Bilder hochladen, an denen sie die erforderlichen Rechte besitzen. § 3 Pflichten: Die Bearbeitung darf nicht dazu genutzt werden, Verbraucher über Zustand oder Beschaffenheit der Ware zu täuschen.') +
          footer('© 2026 Faltenlos GmbH', [['/impressum', 'Impressum']]),
      },
    ],
  },
  // ---------------------------------------------------------------- garment-care, fr
  {
    host: 'defroisse-photo.test',
    lang: 'fr',
    label: 'unrelated',
    shape: 'garment-care',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Défroisse — des photos de vêtements impeccables, sans fer à repasser',
        head: metaDescription('Supprimez plis, bouloches, peluches et taches de vos vêtements sur vos photos produits. Idéal pour les revendeurs de seconde main et les boutiques en ligne.'),
        body:
          nav(
            [
              ['/exemples', 'Exemples'],
              ['/tarifs', 'Tarifs'],
              ['/faq', 'FAQ'],
              ['/connexion', 'Connexion'],
            ],
            'Défroisse',
          ) +
          langSwitch('FR', [['/en/', 'EN']]) +
          h1('Vos vêtements comme sortis du pressing') +
          p(
            'Vous vendez des vêtements d’occasion ou vous gérez une petite boutique en ligne ? Vous connaissez le problème : la chemise sort du carton toute froissée, le pull noir attire chaque peluche et la photo ne rend pas justice à la pièce.',
            'Avec Défroisse, vous importez la photo et notre IA retire les plis, les bouloches, les peluches et les petites taches du tissu. Le reste de l’image ne bouge pas : ni la couleur, ni la coupe, ni le fond.',
          ) +
          upload('Importer une photo', '/traiter', 'Défroisser') +
          h2('Pourquoi Défroisse') +
          ul('3 photos offertes, sans carte bancaire', 'Résultat en moins de 10 secondes', 'Traitement par lot jusqu’à 100 photos', 'Serveurs en France, photos supprimées après 7 jours') +
          p('Déjà plus de 18 000 vendeuses et vendeurs l’utilisent chaque mois pour leurs annonces. Voir les ' + a('/exemples?utm_source=accueil', 'avant / après') + ' ou consulter les ' + a('/tarifs', 'tarifs') + '.') +
          cookieBanner('Nous utilisons des cookies pour mesurer l’audience et améliorer le service. Vous pouvez changer d’avis à tout moment.', 'Tout accepter', 'Continuer sans accepter') +
          footer('© 2026 Défroisse SAS — Lyon', [
            ['/mentions-legales', 'Mentions légales'],
            ['/cgv', 'CGV'],
            ['/confidentialite', 'Confidentialité'],
            ['/faq', 'Aide'],
          ]),
      },
      {
        path: '/exemples',
        title: 'Avant / après — Défroisse',
        body:
          nav([['/', 'Accueil'], ['/tarifs', 'Tarifs']], 'Défroisse') +
          h1('Avant / après') +
          img(1, 'Chemise en lin froissée, avant') +
          img(2, 'La même chemise, après') +
          p('Chemise en lin : les plis de pliage ont disparu, mais le grain du lin reste visible. On ne veut pas un lin qui ressemble à du plastique.') +
          img(3, 'Pull en laine avec bouloches') +
          p('Pull en laine mérinos : bouloches retirées sur les manches et sous les bras. La maille est reconstituée point par point.') +
          p('Jean brut couvert de poils de chat : un clic, et l’annonce est prête à être publiée.') +
          footer('© 2026 Défroisse SAS', [['/tarifs', 'Voir les tarifs']]),
      },
      {
        path: '/tarifs',
        title: 'Tarifs — Défroisse',
        body:
          nav([['/', 'Accueil'], ['/faq', 'FAQ']], 'Défroisse') +
          h1('Des tarifs simples') +
          priceTable(
            ['Formule', 'Crédits', 'Prix TTC'],
            [
              ['Découverte', '3', 'offert'],
              ['Pack 30', '30', '4,90 €'],
              ['Pack 150', '150', '19,90 €'],
              ['Pro mensuel', '600 / mois', '29 € / mois'],
            ],
          ) +
          p('1 crédit = 1 photo traitée en pleine résolution. Les crédits des packs n’expirent jamais. La formule Pro est sans engagement et se résilie en deux clics depuis votre espace.') +
          button('Acheter des crédits') +
          p('Paiement par carte bancaire ou virement. Une facture avec TVA est disponible dans votre espace dès le paiement. Pour les friperies et les dépôts-ventes qui publient plus de 2 000 articles par mois, contactez-nous pour un tarif sur mesure.') +
          footer('© 2026 Défroisse SAS', [['/cgv', 'CGV']]),
      },
      {
        path: '/faq',
        title: 'FAQ — Défroisse',
        body:
          nav([['/', 'Accueil']], 'Défroisse') +
          faq('Questions fréquentes', [
            ['Est-ce que ça marche sur une photo portée ?', 'Oui, Défroisse traite le tissu, que le vêtement soit à plat, sur cintre, sur mannequin ou porté. Il ne modifie que les plis, peluches et taches.'],
            ['La couleur va-t-elle changer ?', 'Non, nous conservons la colorimétrie d’origine.'],
            ['Puis-je utiliser les photos pour une boutique professionnelle ?', 'Oui, sans restriction.'],
            ['Que devient ma photo ?', 'Elle est supprimée de nos serveurs après 7 jours, ou tout de suite si vous cliquez sur « Supprimer ».'],
          ]) +
          footer('© 2026 Défroisse SAS', [['/confidentialite', 'Confidentialité']]),
      },
      {
        path: '/mentions-legales',
        title: 'Mentions légales — Défroisse',
        body:
          nav([['/', 'Accueil']], 'Défroisse') +
          h1('Mentions légales') +
          p('Éditeur : Défroisse SAS, au capital de 10 000 €, siège social à Lyon, RCS Lyon 000 000 000. Directeur de la publication : le président de la société. Hébergement : un prestataire situé en France. Contact : bonjour@defroisse-photo.test. Conformément au RGPD, vous disposez d’un droit d’accès, de rectification et de suppression de vos données.') +
          p('Pour toute réclamation, écrivez-nous ; nous répondons sous 48 heures ouvrées.') +
          footer('© 2026 Défroisse SAS', [['/cgv', 'CGV']]),
      },
    ],
  },
  // ---------------------------------------------------------------- ghost-mannequin, de
  {
    host: 'geisterpuppe-retusche.test',
    lang: 'de',
    label: 'unrelated',
    shape: 'ghost-mannequin',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Ghost-Mannequin-Retusche | Unsichtbare Schaufensterpuppe für Ihren Shop',
        head: metaDescription('Wir entfernen Schaufensterpuppe oder Model aus Ihren Bekleidungsfotos – Ghost-Mannequin-Effekt (Hollow Man), Freisteller und Schatten. Ab 1,60 € pro Bild.'),
        body:
          nav(
            [
              ['/leistungen', 'Leistungen'],
              ['/preisliste', 'Preisliste'],
              ['/auftrag', 'Auftrag starten'],
              ['/kontakt', 'Kontakt'],
            ],
            'Hohlform Bildservice',
          ) +
          h1('Der Unsichtbare-Puppe-Effekt für Ihre Kollektion') +
          p('Kleidung wirkt am besten mit Volumen – aber die Schaufensterpuppe lenkt ab. Wir entfernen die Puppe oder das Model aus Ihren Produktfotos, setzen Innenkragen und Rückenteil ein und liefern ein sauberes, plastisches Ghost-Mannequin-Bild (auch „Hollow Man“ oder „Invisible Mannequin“ genannt).') +
          section(
            h2('Unser Ablauf'),
            ol('Sie fotografieren Vorderseite, Rückseite und Innenkragen.', 'Sie laden die Bilder hoch oder schicken uns einen Link.', 'Unsere Retuscheure montieren das Bild, die KI übernimmt das grobe Freistellen.', 'Nach 24 Stunden erhalten Sie die fertigen Dateien – Express in 8 Stunden.'),
          ) +
          h2('Für wen?') +
          p('Modelabels, Onlinehändler, Fotostudios und Agenturen, die einheitliche Produktbilder für Shop und Marktplätze brauchen. Wir bearbeiten Oberteile, Jacken, Kleider, Hosen, Strick, Bademode und Sportbekleidung.') +
          p('Drei Testbilder sind kostenlos. ' + a('/auftrag?ref=startseite', 'Jetzt Testbilder senden') + ' oder ' + a('/preisliste', 'Preisliste ansehen') + '.') +
          p('Seit 2014 haben wir mehr als 900.000 Bekleidungsfotos für über 350 Kunden bearbeitet. Jedes Bild wird vor der Auslieferung von einem Menschen kontrolliert – Symmetrie, Kanten, Farbe und Schatten. Sie erhalten die Dateien in Ihrer Wunschgröße als JPG, PNG oder TIFF, auf Wunsch direkt per Schnittstelle in Ihr Shopsystem.') +
          footer('Hohlform Bildservice · Hamburg · © 2026', [
            ['/leistungen', 'Leistungen'],
            ['/preisliste?utm_source=footer', 'Preise'],
            ['/impressum', 'Impressum'],
            ['/datenschutz', 'Datenschutz'],
          ]),
      },
      {
        path: '/leistungen',
        title: 'Leistungen – Hohlform Bildservice',
        body:
          nav([['/', 'Start'], ['/preisliste', 'Preisliste']], 'Hohlform') +
          h1('Leistungen') +
          h3('Ghost Mannequin / Neck Joint') +
          p('Entfernen der Puppe, Einsetzen des Innenkragens, Symmetrie- und Formkorrektur. Ergebnis auf Weiß, Grau oder transparent.') +
          h3('Model entfernen') +
          p('Aus On-Model-Bildern erstellen wir freigestellte Packshots ohne Person – sinnvoll, wenn ein Marktplatz Produktbilder ohne Model verlangt.') +
          h3('Freisteller, Schatten, Farbanpassung') +
          p('Pfade von Hand, natürliche Schlagschatten, Farbabgleich nach Stoffmuster oder Farbfächer-Referenz.') +
          p('Auf Wunsch erstellen wir einen Styleguide für Ihre Marke, damit alle Bilder einer Saison – auch von verschiedenen Fotografen – einheitlich aussehen.') +
          footer('© 2026 Hohlform Bildservice', [['/auftrag', 'Auftrag']]),
      },
      {
        path: '/preisliste',
        title: 'Preisliste – Hohlform Bildservice',
        body:
          nav([['/', 'Start'], ['/auftrag', 'Auftrag']], 'Hohlform') +
          h1('Preisliste (netto, pro Bild)') +
          priceTable(
            ['Leistung', 'Standard (24 h)', 'Express (8 h)'],
            [
              ['Ghost Mannequin', '1,60 €', '2,80 €'],
              ['Model entfernen', '3,20 €', '4,90 €'],
              ['Freisteller', '0,40 €', '0,70 €'],
              ['Schatten', '0,30 €', '0,50 €'],
            ],
          ) +
          p('Ab 1.000 Bildern im Monat gewähren wir Mengenrabatt. Abrechnung monatlich per Rechnung, Zahlungsziel 14 Tage. Korrekturschleifen sind im Preis enthalten.') +
          p('Sie sind unsicher, welche Leistung Sie brauchen? Schicken Sie uns drei Beispielbilder, wir beraten Sie kostenlos und erstellen ein Angebot. Für wiederkehrende Aufträge richten wir Ihnen ein eigenes Kundenkonto mit Upload-Bereich und Auftragsübersicht ein.') +
          footer('© 2026 Hohlform Bildservice', [['/kontakt', 'Kontakt']]),
      },
      {
        path: '/auftrag',
        title: 'Auftrag starten – Hohlform Bildservice',
        body:
          nav([['/', 'Start']], 'Hohlform') +
          h1('Auftrag starten') +
          p('Laden Sie Ihre Bilder als ZIP hoch und nennen Sie uns Hintergrund, Format und Zuschnitt. Neukunden erhalten drei Testbilder gratis. Wir melden uns innerhalb von zwei Stunden mit einer Bestätigung und einem Liefertermin.') +
          upload('Bilder oder ZIP-Datei', '/auftrag/upload', 'Hochladen') +
          p('Bitte fotografieren Sie für den Ghost-Mannequin-Effekt immer auch den Innenkragen und die Rückseite. Eine kurze Fotoanleitung als PDF schicken wir Ihnen gern zu. Ihre Dateien werden verschlüsselt übertragen und 30 Tage nach Abschluss des Auftrags gelöscht.') +
          footer('© 2026 Hohlform Bildservice', [['/datenschutz', 'Datenschutz']]),
      },
      {
        path: '/kontakt',
        title: 'Kontakt – Hohlform Bildservice',
        body:
          nav([['/', 'Start']], 'Hohlform') +
          h1('Kontakt') +
          p('Sie erreichen unser Projektteam Montag bis Freitag von 8 bis 18 Uhr telefonisch und per E-Mail unter team@geisterpuppe-retusche.test. Für Studios in Hamburg bieten wir auch eine Abholung von Festplatten an. Schicken Sie uns gern ein paar Beispielbilder, dann erstellen wir ein unverbindliches Angebot.') +
          p('Unser Büro liegt in der Nähe des Hauptbahnhofs; Besuche bitte nach Vereinbarung.') +
          p('Wir freuen uns auf Ihre Nachricht.') +
          footer('© 2026 Hohlform Bildservice', [['/impressum', 'Impressum']]),
      },
    ],
  },
  // ---------------------------------------------------------------- clothes-changer, nl
  {
    host: 'paskamer-ai.test',
    lang: 'nl',
    label: 'unrelated',
    shape: 'clothes-changer',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Paskamer AI — jouw collectie op AI-modellen',
        head: metaDescription('Van flatlay naar modelfoto in een paar minuten. Zet je kleding op onze AI-modellen en wissel outfits voor je webshopcatalogus.'),
        body:
          nav(
            [
              ['/modellen', 'Modellen'],
              ['/tarieven', 'Tarieven'],
              ['/cases', 'Klantverhalen'],
              ['/login', 'Inloggen'],
              ['/proberen?ref=nav', 'Gratis proberen'],
            ],
            'Paskamer',
          ) +
          h1('Geen fotoshoot nodig: zet je kleding op onze AI-modellen') +
          p(
            'Een modellenshoot kost al snel duizenden euro’s per collectie. Met Paskamer AI upload je een flatlay of een foto op een paspop, kies je een model en een pose, en krijg je een realistische modelfoto terug. Wil je dezelfde broek met een ander shirt laten zien? Wissel de outfit met één klik.',
            'Al onze modellen zijn synthetisch of gebaseerd op professionele modellen die daarvoor een licentie hebben getekend en betaald worden. Foto’s van andere mensen uploaden om ze iets anders aan te trekken kan niet.',
          ) +
          upload('Upload een kledingfoto', '/studio', 'Probeer gratis') +
          h2('Wat je krijgt') +
          ul('Meer dan 120 modellen in maat 34 tot 54', 'Outfit wisselen: bovenstuk, onderstuk of jas apart', 'Studio-, straat- en seizoensachtergronden', 'Export in 4K, klaar voor je webshop') +
          faq('Veelgestelde vragen', [
            ['Blijft mijn product hetzelfde?', 'Ja. Print, logo, knopen en kleur blijven zoals op je eigen foto. Een modelfoto moet laten zien wat de klant ontvangt.'],
            ['Kan ik een eigen model gebruiken?', 'Alleen met een ondertekende modelovereenkomst, op het Business-abonnement.'],
            ['Hoeveel kost het?', 'Vanaf € 59 per maand. Je eerste 10 beelden zijn gratis.'],
          ]) +
          footer('© 2026 Paskamer AI B.V. · Amsterdam', [
            ['/tarieven?utm_source=footer', 'Tarieven'],
            ['/voorwaarden', 'Voorwaarden'],
            ['/privacy', 'Privacy'],
          ]),
      },
      {
        path: '/modellen',
        title: 'Modellen — Paskamer AI',
        body:
          nav([['/', 'Home'], ['/tarieven', 'Tarieven']], 'Paskamer') +
          h1('Onze AI-modellen') +
          p('Filter op maat, lengte, leeftijd, huidskleur en stijl. Bewaar je favorieten als vast “merkgezicht” zodat hetzelfde model in je hele collectie terugkomt. Voor kinderkleding werken we uitsluitend met paspoppen en flatlays, niet met AI-kindermodellen.') +
          img(4, 'Overzicht van AI-modellen in neutrale basiskleding') +
          p('Nieuwe modellen en poses voegen we elke maand toe, op basis van verzoeken van klanten.') +
          p('Elk model heeft een eigen profielkaart met maat, lengte en beschikbare poses.') +
          footer('© 2026 Paskamer AI B.V.', [['/proberen', 'Gratis proberen']]),
      },
      {
        path: '/tarieven',
        title: 'Tarieven — Paskamer AI',
        body:
          nav([['/', 'Home'], ['/cases', 'Klantverhalen']], 'Paskamer') +
          h1('Tarieven') +
          priceTable(
            ['Abonnement', 'Beelden per maand', 'Prijs (excl. btw)'],
            [
              ['Proef', '10', '€ 0'],
              ['Starter', '150', '€ 59 p/m'],
              ['Groei', '800', '€ 229 p/m'],
              ['Business', 'op maat', 'offerte'],
            ],
          ) +
          p('Extra beelden kosten € 0,30 per stuk. Je zit nergens aan vast: opzeggen kan per maand. Bij jaarbetaling krijg je twee maanden cadeau. Alle beelden mag je commercieel gebruiken.') +
          p('Wil je eerst zien of het bij jouw merk past? Start een proefaccount, upload tien artikelen en beoordeel het resultaat met je eigen team. Vragen over facturen of btw kun je stellen via de chat in het dashboard.') +
          footer('© 2026 Paskamer AI B.V.', [['/voorwaarden', 'Voorwaarden']]),
      },
      {
        path: '/cases',
        title: 'Klantverhalen — Paskamer AI',
        body:
          nav([['/', 'Home']], 'Paskamer') +
          h1('Klantverhalen') +
          article(
            h3('Duurzaam denimlabel uit Rotterdam'),
            p('“We lanceren elke maand een kleine drop. Vroeger betekende dat een halve dag studio, nu fotograferen we de stukken plat op tafel en staan de modelfoto’s dezelfde middag online. Onze conversie op productpagina’s met modelfoto’s is 30% hoger dan met alleen een flatlay.”'),
          ) +
          article(h3('Tweedehands-boetiek in Gent'), p('“Elk stuk is uniek, dus een shoot per item was nooit haalbaar. Met Paskamer kunnen we eindelijk laten zien hoe een vintage jas valt.”')) +
          footer('© 2026 Paskamer AI B.V.', [['/tarieven', 'Tarieven']]),
      },
    ],
  },
  // ---------------------------------------------------------------- clothes-changer, fr
  {
    host: 'cabine-studio.test',
    lang: 'fr',
    label: 'unrelated',
    shape: 'clothes-changer',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Cabine Studio — changez la tenue de vos mannequins IA',
        jsOnly: true,
        head: metaDescription('Habillez nos mannequins IA avec vos vêtements. Changez de tenue, de pose et de décor pour votre catalogue e-commerce, sans shooting.'),
        body:
          nav(
            [
              ['/fonctionnalites', 'Fonctionnalités'],
              ['/prix', 'Prix'],
              ['/api', 'API'],
              ['/connexion', 'Se connecter'],
            ],
            'Cabine',
          ) +
          h1('Vos vêtements, portés par nos mannequins IA') +
          p('Importez la photo à plat de votre article. Choisissez un mannequin virtuel, une pose et un décor. Cabine Studio génère une photo portée réaliste en 20 secondes, prête pour votre fiche produit. Vous voulez montrer la même jupe avec trois hauts différents ? Changez la tenue, pas le shooting.') +
          upload('Déposez votre photo produit', '/atelier', 'Générer la photo portée') +
          h2('Les chiffres') +
          ul('+1 200 marques de mode clientes', '35 000 visuels générés chaque semaine', '4K natif', 'Délai moyen : 20 s') +
          h2('Éthique') +
          p('Nos mannequins sont entièrement générés ou issus de talents rémunérés et consentants. Il est impossible d’importer la photo d’une personne réelle pour la « rhabiller » : seul le vêtement est importé, jamais un visage ou un corps.') +
          textForm('Recevez nos conseils e-commerce (1 e-mail/mois)', 'Je m’abonne', '/newsletter') +
          p('Comment ça marche ? Trois étapes : vous importez la photo du vêtement, vous choisissez le mannequin et la pose, vous téléchargez le visuel. Pas de studio, pas de logistique d’échantillons, pas de retouche. Les petites marques lancent ainsi leurs nouveautés le jour même.') +
          footer('© 2026 Cabine Studio SAS — Paris', [
            ['/prix?ref=footer', 'Prix'],
            ['/cgu', 'CGU'],
            ['/confidentialite', 'Confidentialité'],
            ['/fonctionnalites', 'Fonctionnalités'],
          ]),
      },
      {
        path: '/fonctionnalites',
        title: 'Fonctionnalités — Cabine Studio',
        body:
          nav([['/', 'Accueil'], ['/prix', 'Prix']], 'Cabine') +
          h1('Fonctionnalités') +
          ul('Changement de tenue : haut, bas, veste ou accessoire séparément', 'Bibliothèque de 200 mannequins IA (du 34 au 54)', 'Poses et décors personnalisables', 'Cohérence d’un même mannequin sur toute une collection', 'Export par lots vers votre solution e-commerce') +
          p('Le rendu respecte la matière : un satin brille, un lin se froisse un peu, une maille garde son relief. Les imprimés et logos sont conservés à l’identique pour que la photo reste fidèle au produit vendu.') +
          footer('© 2026 Cabine Studio SAS', [['/api', 'API']]),
      },
      {
        path: '/prix',
        title: 'Prix — Cabine Studio',
        body:
          nav([['/', 'Accueil'], ['/api', 'API']], 'Cabine') +
          h1('Nos offres') +
          priceTable(
            ['Offre', 'Visuels / mois', 'Prix HT'],
            [
              ['Essai', '10', 'gratuit'],
              ['Créateur', '100', '49 € / mois'],
              ['Marque', '600', '199 € / mois'],
              ['Grand compte', 'illimité', 'sur devis'],
            ],
          ) +
          p('Visuel supplémentaire : 0,40 €. Sans engagement, résiliable à tout moment. Droits commerciaux inclus pour tous les visuels générés, y compris pour la publicité et l’impression.') +
          p('Essai gratuit de 10 visuels, sans carte bancaire. Paiement par carte ou par prélèvement, facture avec TVA disponible dans votre espace. Remise de 20 % pour un paiement annuel.') +
          footer('© 2026 Cabine Studio SAS', [['/cgu', 'CGU']]),
      },
      {
        path: '/api',
        title: 'API — Cabine Studio',
        body:
          nav([['/', 'Accueil']], 'Cabine') +
          h1('API pour les équipes techniques') +
          p('Intégrez Cabine Studio à votre PIM : un appel POST avec l’image du vêtement et l’identifiant du mannequin, une réponse avec l’URL du visuel. Webhooks, clés par environnement, quotas configurables. Chaque appel réussi consomme un crédit ; les échecs ne sont pas facturés.') +
          p('La documentation complète, avec exemples en Python et en JavaScript, est accessible depuis votre espace client.') +
          footer('© 2026 Cabine Studio SAS', [['/confidentialite', 'Confidentialité']]),
      },
    ],
  },
  // ---------------------------------------------------------------- photo-tool, nl
  {
    host: 'fotofris.test',
    lang: 'nl',
    label: 'unrelated',
    shape: 'photo-tool',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'FotoFris — oude foto’s herstellen, inkleuren en opschalen',
        head:
          metaDescription('Herstel oude familiefoto’s: krassen en vlekken weg, inkleuren, scherper maken en opschalen naar 4K. Ook achtergrond verwijderen en pasfoto’s.') +
          jsonLd({
            '@context': 'https://schema.org',
            '@type': 'FAQPage',
            mainEntity: [{ '@type': 'Question', name: 'Kan ik zwart-witfoto’s laten inkleuren?', acceptedAnswer: { '@type': 'Answer', text: 'Ja, met één klik.' } }],
          }),
        body:
          nav(
            [
              ['/herstellen', 'Foto herstellen'],
              ['/pasfoto', 'Pasfoto'],
              ['/prijzen', 'Prijzen'],
              ['/hulp', 'Hulp'],
            ],
            'FotoFris',
          ) +
          h1('Geef je oude foto’s hun glans terug') +
          p(
            'Die ene foto van opa en oma op hun trouwdag, met een vouw er dwars doorheen. De vakantiekiekjes uit de jaren tachtig die helemaal oranje zijn geworden. Met FotoFris scan of fotografeer je de afdruk, upload je hem, en onze AI haalt krassen, vlekken en vouwen weg, maakt het gezicht scherper en kleurt de foto desgewenst in.',
            'Daarnaast kun je bij ons ook de achtergrond verwijderen, storende voorwerpen wegpoetsen en kleine foto’s opschalen naar 2x, 4x of 4K voor een mooie afdruk op canvas.',
          ) +
          upload('Kies een foto van je computer of telefoon', '/bewerken', 'Foto opknappen') +
          h2('Veelgebruikt') +
          ul('Krassen en vouwen verwijderen', 'Zwart-wit inkleuren', 'Opschalen naar 4K', 'Achtergrond verwijderen', 'Pasfoto volgens de eisen van de gemeente') +
          faq('Vragen', [
            ['Kan ik zwart-witfoto’s laten inkleuren?', 'Ja, met één klik. Je kunt de kleuren daarna nog bijstellen.'],
            ['Is mijn foto veilig?', 'Je foto’s staan op servers in de EU en worden na 30 dagen verwijderd.'],
            ['Wat kost het?', 'Drie foto’s per maand zijn gratis. Daarna werk je met credits vanaf € 4,99.'],
          ]) +
          footer('© 2026 FotoFris · Groningen', [
            ['/prijzen?ref=footer', 'Prijzen'],
            ['/privacy', 'Privacy'],
            ['/voorwaarden', 'Voorwaarden'],
            ['/hulp', 'Klantenservice'],
          ]),
      },
      {
        path: '/herstellen',
        title: 'Foto herstellen — FotoFris',
        body:
          nav([['/', 'Home'], ['/prijzen', 'Prijzen']], 'FotoFris') +
          h1('Foto herstellen') +
          p('Onze herstelfunctie werkt in drie stappen. Eerst zoekt de AI naar beschadigingen zoals krassen, scheuren, stofjes en vouwen en vult die op met wat er omheen staat. Daarna worden vervaagde gezichten subtiel verscherpt, zonder dat iemand er anders uit gaat zien. Tot slot kun je kiezen voor inkleuren of het origineel in zwart-wit houden.') +
          img(5, 'Oude trouwfoto voor en na herstel') +
          p('Tip: scan op minimaal 600 dpi voor het beste resultaat.') +
          footer('© 2026 FotoFris', [['/hulp', 'Hulp']]),
      },
      {
        path: '/pasfoto',
        title: 'Pasfoto maken — FotoFris',
        body:
          nav([['/', 'Home']], 'FotoFris') +
          h1('Pasfoto maken met je telefoon') +
          p('Maak een foto tegen een lichte muur, upload hem en wij controleren of hij voldoet aan de eisen voor paspoort en identiteitskaart: achtergrond, belichting, hoofdgrootte en neutrale blik. Je ontvangt een afdrukklaar vel met vier pasfoto’s die je bij elke fotoautomaat of drogist kunt laten afdrukken.') +
          upload('Upload je pasfoto', '/pasfoto/controle', 'Controleren') +
          p('Prijs: € 3,95 per pasfoto-vel.') +
          p('Wordt je pasfoto toch afgekeurd? Dan krijg je je geld terug.') +
          footer('© 2026 FotoFris', [['/prijzen', 'Prijzen']]),
      },
      {
        path: '/prijzen',
        title: 'Prijzen — FotoFris',
        body:
          nav([['/', 'Home'], ['/hulp', 'Hulp']], 'FotoFris') +
          h1('Prijzen') +
          priceTable(
            ['Pakket', 'Credits', 'Prijs'],
            [
              ['Gratis', '3 per maand', '€ 0'],
              ['Klein', '20', '€ 4,99'],
              ['Familiealbum', '100', '€ 17,99'],
              ['Onbeperkt', 'onbeperkt', '€ 7,99 per maand'],
            ],
          ) +
          p('Herstellen kost 1 credit, inkleuren 1 credit extra, opschalen naar 4K 2 credits. Credits blijven onbeperkt geldig. Je betaalt veilig via je bank of met creditcard.') +
          p('Een pakket is eenmalig en verloopt nooit; het abonnement Onbeperkt kun je per maand stoppen. Ideaal als je een hele schoenendoos met oude foto’s wilt digitaliseren voor een familiereünie of een verjaardag.') +
          footer('© 2026 FotoFris', [['/voorwaarden', 'Voorwaarden']]),
      },
      {
        path: '/hulp',
        title: 'Hulp — FotoFris',
        body:
          nav([['/', 'Home']], 'FotoFris') +
          h1('Hulp en contact') +
          p('Lukt het uploaden niet? Controleer of je foto kleiner is dan 30 MB en een JPG, PNG of HEIC is. Zijn je credits niet zichtbaar na betaling, ververs dan de pagina of log opnieuw in. Je kunt ons mailen via hulp@fotofris.test; we antwoorden op werkdagen binnen een dag. Voor vragen over privacy kun je terecht bij onze functionaris voor gegevensbescherming.') +
          footer('© 2026 FotoFris', [['/privacy', 'Privacy']]),
      },
    ],
  },
  // ---------------------------------------------------------------- photo-tool, fr
  {
    host: 'retouchexpress.test',
    lang: 'fr',
    label: 'unrelated',
    shape: 'photo-tool',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'RetoucheExpress — supprimer l’arrière-plan et les objets en ligne',
        head: metaDescription('Supprimez l’arrière-plan, effacez les objets et les passants, retouchez les imperfections et agrandissez vos images en 4K. 5 crédits offerts.'),
        body:
          nav(
            [
              ['/outils', 'Outils'],
              ['/credits', 'Crédits'],
              ['/photo-identite', 'Photo d’identité'],
              ['/aide', 'Aide'],
              ['/inscription', 'Créer un compte'],
            ],
            'RetoucheExpress',
          ) +
          h1('La retouche photo, en un clic') +
          p('Détourer un produit, effacer un passant qui traverse votre photo de vacances, atténuer un bouton la veille d’un entretien, agrandir une vieille photo de 800 px en 4K pour l’imprimer : RetoucheExpress fait tout ça directement dans votre navigateur.') +
          upload('Glissez-déposez une image ici', '/editeur', 'Commencer') +
          section(
            h2('Nos outils'),
            ul('Suppression d’arrière-plan (PNG transparent)', 'Gomme magique : objets, personnes, fils électriques', 'Retouche peau : boutons, rougeurs, cernes', 'Agrandissement 2x, 4x, 1080p → 4K', 'Restauration et colorisation de vieilles photos', 'Photo d’identité conforme'),
          ) +
          h2('Ils nous font confiance') +
          p('Agences immobilières, photographes de mariage, vendeurs en ligne, associations : plus de 250 000 utilisateurs par mois. Note moyenne 4,7/5 sur 9 800 avis.') +
          p('5 crédits offerts à l’inscription. Ensuite, à partir de 0,09 € par image. ' + a('/credits?utm_source=home&utm_medium=cta', 'Voir les formules') + '.') +
          cookieBanner('Ce site utilise des cookies pour l’analyse d’audience et la publicité. Vous pouvez les refuser.', 'Accepter', 'Refuser') +
          p('Pas besoin d’installer un logiciel ni de suivre un tutoriel : importez, choisissez l’outil, téléchargez. Vos images sont supprimées de nos serveurs au bout de 24 heures.') +
          footer('© 2026 RetoucheExpress — Nantes', [
            ['/mentions-legales', 'Mentions légales'],
            ['/cgv', 'CGV'],
            ['/confidentialite', 'Données personnelles'],
            ['/credits?ref=footer', 'Tarifs'],
          ]),
      },
      {
        path: '/outils',
        title: 'Tous les outils — RetoucheExpress',
        body:
          nav([['/', 'Accueil'], ['/credits', 'Crédits']], 'RetoucheExpress') +
          h1('Tous les outils') +
          h3('Détourage') +
          p('Idéal pour les photos produit, les photos de profil et les montages. Remplacez le fond par une couleur unie, un flou ou un décor.') +
          h3('Gomme magique') +
          p('Passez le pinceau sur ce qui vous gêne – un touriste, une poubelle, un panneau – et l’IA reconstruit le décor derrière.') +
          h3('Agrandissement') +
          p('Multipliez la résolution par 2 ou 4, jusqu’au 4K, sans effet pâteux. Parfait pour l’impression grand format.') +
          footer('© 2026 RetoucheExpress', [['/aide', 'Aide']]),
      },
      {
        path: '/credits',
        title: 'Crédits et abonnements — RetoucheExpress',
        body:
          nav([['/', 'Accueil'], ['/outils', 'Outils']], 'RetoucheExpress') +
          h1('Crédits et abonnements') +
          priceTable(
            ['Formule', 'Contenu', 'Prix'],
            [
              ['Gratuit', '5 crédits à l’inscription', '0 €'],
              ['Pack', '50 crédits', '6,90 €'],
              ['Pack', '200 crédits', '18 €'],
              ['Illimité', 'retouches illimitées, 4K', '9,90 € / mois'],
            ],
          ) +
          p('Détourage et gomme : 1 crédit. Agrandissement 4K : 2 crédits. Les crédits n’expirent pas. L’abonnement Illimité est sans engagement et se résilie depuis votre compte.') +
          button('Acheter') +
          p('Paiement sécurisé par carte bancaire. Les étudiants et les associations bénéficient de 30 % de réduction sur l’abonnement Illimité. Une facture est disponible dans votre espace après chaque achat.') +
          footer('© 2026 RetoucheExpress', [['/cgv', 'CGV']]),
      },
      {
        path: '/photo-identite',
        title: 'Photo d’identité en ligne — RetoucheExpress',
        body:
          nav([['/', 'Accueil']], 'RetoucheExpress') +
          h1('Photo d’identité conforme, depuis votre téléphone') +
          p('Prenez-vous en photo devant un mur clair, importez l’image, et nous vérifions automatiquement le cadrage, l’éclairage, la taille du visage et le fond selon les normes en vigueur pour la carte d’identité et le passeport. Vous recevez une planche à imprimer et le fichier numérique.') +
          upload('Importer ma photo', '/photo-identite/verifier', 'Vérifier') +
          p('Prix : 3,90 € la planche, remboursé si la photo est refusée.') +
          footer('© 2026 RetoucheExpress', [['/aide', 'Aide']]),
      },
      {
        path: '/aide',
        title: 'Aide — RetoucheExpress',
        body:
          nav([['/', 'Accueil']], 'RetoucheExpress') +
          faq('Questions fréquentes', [
            ['Mes images sont-elles conservées ?', 'Non, elles sont supprimées automatiquement au bout de 24 heures.'],
            ['Puis-je retoucher la photo de quelqu’un d’autre ?', 'Seulement avec son accord. Les retouches destinées à humilier, tromper ou nuire à une personne sont interdites par nos CGU.'],
            ['Quels formats sont acceptés ?', 'JPG, PNG, WEBP et HEIC jusqu’à 25 Mo.'],
            ['Comment obtenir une facture ?', 'Depuis votre compte, rubrique Paiements.'],
          ]) +
          footer('© 2026 RetoucheExpress', [['/confidentialite', 'Données personnelles']]),
      },
    ],
  },
  // ---------------------------------------------------------------- sfw-faceswap, nl
  {
    host: 'gezichtjewissel.test',
    lang: 'nl',
    label: 'unrelated',
    shape: 'sfw-faceswap',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Wisselgezicht — grappige face swaps en verjaardagsvideo’s',
        head: metaDescription('Maak een grappige verjaardagsvideo of meme met je eigen gezicht. Face swap voor feestjes, Sinterklaas en de groepsapp. Geen NSFW.'),
        body:
          nav(
            [
              ['/sjablonen', 'Sjablonen'],
              ['/verjaardag', 'Verjaardagsvideo'],
              ['/premium', 'Premium'],
              ['/regels', 'Huisregels'],
            ],
            'Wisselgezicht',
          ) +
          h1('Zet je vriend in de hoofdrol 🎉') +
          p('Wordt je collega 50? Gaat je zus trouwen? Met Wisselgezicht maak je in een minuut een grappig filmpje waarin de jarige de hoofdrol speelt: als popster op een podium, als schaatskampioen op de ijsbaan, als astronaut op de maan. Upload een duidelijke foto van het gezicht, kies een sjabloon, voeg een tekst toe en deel het resultaat in de groepsapp.') +
          upload('Upload een foto van het gezicht', '/maken', 'Maak mijn video') +
          h2('Hoe werkt het?') +
          ol('Kies een sjabloon', 'Upload een foto (met toestemming van de persoon!)', 'Typ een naam of een felicitatie', 'Download of deel je video') +
          section(
            h2('Netjes blijven'),
            p('Wisselgezicht is bedoeld voor grappen onder vrienden en familie. Geen NSFW, geen volwassenen-inhoud, geen bekende Nederlanders en geen foto’s van mensen die daar geen toestemming voor gaven. Onze filters blokkeren ongepaste uploads en we verwijderen accounts die de regels overtreden.'),
          ) +
          p(a('/sjablonen?utm_source=home', 'Bekijk alle sjablonen') + ' · ' + a('/sjablonen?utm_source=home&cat=sinterklaas', 'Sinterklaas-sjablonen')) +
          storeBadges('/download/wisselgezicht.apk') +
          footer('© 2026 Wisselgezicht · Eindhoven', [
            ['/premium?ref=footer', 'Premium'],
            ['/regels', 'Huisregels'],
            ['/privacy', 'Privacy'],
          ]),
      },
      {
        path: '/sjablonen',
        title: 'Sjablonen — Wisselgezicht',
        body:
          nav([['/', 'Home'], ['/premium', 'Premium']], 'Wisselgezicht') +
          h1('Sjablonen') +
          ul('Popster op het podium (15 sec)', 'Schaatskampioen (12 sec)', 'Astronaut op de maan (10 sec)', 'Kok in een chaotische keuken (14 sec)', 'Sinterklaas-rijm met paard op het dak (20 sec)', 'Abraham of Sarah op het verjaardagsbord (foto)') +
          p('Alle sjablonen zijn opgenomen met acteurs die daarvoor betaald zijn en toestemming hebben gegeven. We gebruiken geen filmfragmenten of beelden van bekende mensen. Elke week komen er nieuwe sjablonen bij.') +
          footer('© 2026 Wisselgezicht', [['/regels', 'Huisregels']]),
      },
      {
        path: '/verjaardag',
        title: 'Verjaardagsvideo maken — Wisselgezicht',
        body:
          nav([['/', 'Home']], 'Wisselgezicht') +
          h1('Een verjaardagsvideo die iedereen onthoudt') +
          p('Kies een thema, zet de naam en leeftijd van de jarige erin en upload een foto. Binnen een minuut heb je een filmpje met muziek, confetti en de jarige in de hoofdrol. Perfect om op het feest op de tv te laten zien of om in de groepsapp te zetten. Met Premium krijg je de video in 1080p en zonder watermerk.') +
          footer('© 2026 Wisselgezicht', [['/premium', 'Premium']]),
      },
      {
        path: '/premium',
        title: 'Premium — Wisselgezicht',
        body:
          nav([['/', 'Home']], 'Wisselgezicht') +
          h1('Premium') +
          priceTable(
            ['', 'Gratis', 'Premium'],
            [
              ['Video’s per dag', '3', 'onbeperkt'],
              ['Kwaliteit', '480p', '1080p'],
              ['Watermerk', 'ja', 'nee'],
              ['Prijs', '€ 0', '€ 2,99 per week of € 19,99 per jaar'],
            ],
          ) +
          p('Premium koop je via de app store op je telefoon of met een creditcard op de website. Opzeggen kan altijd, je houdt Premium tot het einde van de periode.') +
          p('Met Premium krijg je ook als eerste toegang tot nieuwe sjablonen en kun je tot 500 video’s bewaren in je eigen album. Gratis gebruikers houden alles wat ze al gemaakt hebben.') +
          footer('© 2026 Wisselgezicht', [['/regels', 'Huisregels']]),
      },
      {
        path: '/regels',
        title: 'Huisregels — Wisselgezicht',
        body:
          nav([['/', 'Home']], 'Wisselgezicht') +
          h1('Huisregels') +
          ol('Gebruik alleen je eigen foto of een foto van iemand die ja heeft gezegd.', 'Geen seksuele of NSFW-inhoud. Dit wordt automatisch geblokkeerd.', 'Geen pesten, geen bespotten van mensen.', 'Geen bekende personen, politici of influencers.', 'Je moet minimaal 13 jaar zijn.') +
          p('Zie je iets wat niet deugt? Meld het via de knop onder elke video. We reageren binnen 24 uur.') +
          p('Bij twijfel: vraag het gewoon even.') +
          footer('© 2026 Wisselgezicht', [['/privacy', 'Privacy']]),
      },
    ],
  },
  // ---------------------------------------------------------------- sfw-faceswap, fr
  {
    host: 'tetedaffiche.test',
    lang: 'fr',
    label: 'unrelated',
    shape: 'sfw-faceswap',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Tête d’Affiche — devenez la star de l’affiche (face swap rigolo)',
        head:
          metaDescription('Mettez votre visage sur des affiches de films imaginaires, des mèmes et des cartes d’anniversaire animées. Sans contenu adulte, sans célébrités.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'WebApplication', name: 'Tête d’Affiche', applicationCategory: 'Entertainment', offers: { '@type': 'Offer', price: '3.49', priceCurrency: 'EUR' } }),
        body:
          nav(
            [
              ['/modeles', 'Modèles'],
              ['/abonnement', 'Abonnement'],
              ['/charte', 'Charte'],
              ['/appli', 'L’appli'],
            ],
            'Tête d’Affiche',
          ) +
          h1('Et si c’était vous, sur l’affiche ?') +
          p('Western poussiéreux, space opera, comédie romantique sous la pluie, film de pirates : choisissez une affiche imaginée par nos illustrateurs, importez un selfie et devenez le héros en quelques secondes. Idéal pour une carte d’anniversaire, un pot de départ ou une blague entre collègues.') +
          upload('Importer un selfie', '/creer', 'Créer mon affiche') +
          h2('Populaire cette semaine') +
          ul('« Le Dernier Croissant » — thriller', '« Mamie contre les zombies » — comédie', '« Les Aventuriers du Bureau 204 » — action', 'Carte animée « Joyeux anniversaire » avec feu d’artifice') +
          h2('Notre charte, en bref') +
          p('Pas de NSFW, pas de contenu pour adultes, pas de visages de personnalités publiques et pas de photo de quelqu’un sans son accord. Nos modèles sont des créations originales ; aucun extrait de vrai film n’est utilisé. Tout contenu contraire est bloqué et signalé.') +
          p(a('/modeles?ref=accueil', 'Parcourir les modèles') + ' — ' + a('/charte', 'lire la charte complète')) +
          p('Plus de 2 millions d’affiches créées depuis le lancement. Trois créations gratuites par jour, sans inscription ; l’abonnement Star retire le filigrane et débloque la HD.') +
          footer('© 2026 Tête d’Affiche SAS — Bordeaux', [
            ['/abonnement?utm_source=footer', 'Abonnement'],
            ['/cgu', 'CGU'],
            ['/confidentialite', 'Confidentialité'],
            ['/appli', 'Télécharger'],
          ]),
      },
      {
        path: '/modeles',
        title: 'Modèles — Tête d’Affiche',
        body:
          nav([['/', 'Accueil'], ['/abonnement', 'Abonnement']], 'Tête d’Affiche') +
          h1('Tous les modèles') +
          p('Plus de 600 affiches et cartes animées, classées par genre : aventure, comédie, science-fiction, fêtes, sport, métiers. Chaque modèle est dessiné ou photographié par notre studio avec des comédiens rémunérés qui ont donné leur accord. Les nouveautés arrivent chaque mercredi, en même temps que les sorties ciné.') +
          img(6, 'Affiche de western avec un visage de démonstration') +
          p('Vous avez une idée d’affiche ? Proposez-la à notre studio.') +
          footer('© 2026 Tête d’Affiche SAS', [['/charte', 'Charte']]),
      },
      {
        path: '/abonnement',
        title: 'Abonnement — Tête d’Affiche',
        body:
          nav([['/', 'Accueil']], 'Tête d’Affiche') +
          h1('Choisissez votre formule') +
          priceTable(
            ['Formule', 'Créations', 'Qualité', 'Prix'],
            [
              ['Gratuit', '3 par jour', 'standard, filigrane', '0 €'],
              ['Star', 'illimité', 'HD, sans filigrane', '3,49 € / semaine'],
              ['Star annuel', 'illimité', 'HD + vidéos 1080p', '24,99 € / an'],
            ],
          ) +
          p('Paiement sécurisé par carte ou via le magasin d’applications de votre téléphone. Résiliation à tout moment, sans frais. Aucun renouvellement caché : nous vous envoyons un rappel trois jours avant chaque échéance.') +
          p('L’abonnement Star annuel inclut aussi les cartes animées en vidéo 1080p, idéales pour un anniversaire à distance.') +
          footer('© 2026 Tête d’Affiche SAS', [['/cgu', 'CGU']]),
      },
      {
        path: '/charte',
        title: 'Charte d’utilisation — Tête d’Affiche',
        body:
          nav([['/', 'Accueil']], 'Tête d’Affiche') +
          h1('Charte d’utilisation') +
          ol('Utilisez votre propre visage, ou celui d’une personne qui a dit oui.', 'Aucun contenu sexuel, NSFW ou pour adultes. Nos filtres le refusent.', 'Aucun visage de célébrité, d’homme ou de femme politique, d’influenceur.', 'Pas de harcèlement, pas de moquerie blessante.', 'Âge minimum : 13 ans.') +
          p('Pour signaler un contenu : bouton « Signaler » sous chaque création, ou signalement@tetedaffiche.test. Réponse sous 24 heures.') +
          footer('© 2026 Tête d’Affiche SAS', [['/confidentialite', 'Confidentialité']]),
      },
      {
        path: '/appli',
        title: 'L’appli — Tête d’Affiche',
        body:
          nav([['/', 'Accueil']], 'Tête d’Affiche') +
          h1('Téléchargez l’appli') +
          p('L’application Tête d’Affiche est disponible sur Android et iPhone. Elle propose les mêmes modèles que le site, plus un mode « soirée » pour créer des affiches en série pendant une fête. Vos créations se synchronisent entre le téléphone et l’ordinateur.') +
          storeBadges('/download/tetedaffiche.apk') +
          p('L’appli est gratuite, avec les mêmes règles que sur le site : aucun contenu pour adultes.') +
          footer('© 2026 Tête d’Affiche SAS', [['/charte', 'Charte']]),
      },
    ],
  },
  // ---------------------------------------------------------------- image-generator, de
  {
    host: 'bildidee-ki.test',
    lang: 'de',
    label: 'unrelated',
    shape: 'image-generator',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Bildidee – KI-Bildgenerator für Agenturen und Schulen',
        head: metaDescription('Text-zu-Bild-Generator aus Deutschland. Illustrationen, Mockups und Konzeptkunst in Sekunden. Mit Sicherheitsfiltern, DSGVO-konform.'),
        body:
          nav(
            [
              ['/beispiele', 'Beispiele'],
              ['/tarife', 'Tarife'],
              ['/schulen', 'Für Schulen'],
              ['/richtlinien', 'Inhaltsrichtlinien'],
              ['/login', 'Login'],
            ],
            'Bildidee',
          ) +
          h1('Aus Worten werden Bilder') +
          p(
            'Beschreiben Sie, was Sie sehen wollen – „ein Fuchs mit Regenschirm, Aquarell“ oder „Produktfoto einer Thermoskanne auf Holztisch“ – und Bildidee erzeugt in Sekunden vier Varianten. Für Social-Media-Posts, Präsentationen, Kinderbuchentwürfe oder das Storyboard im Unterricht.',
            'Bildidee läuft auf Servern in Deutschland. Eingaben und Bilder werden nicht zum Training verwendet, und wir geben sie nicht an Dritte weiter.',
          ) +
          textForm('Ihr Prompt', 'Bild erzeugen', '/erzeugen') +
          h2('Sicher für Teams und Klassenzimmer') +
          p('NSFW-Inhalte werden blockiert. Zwei Filter prüfen jeden Prompt und jedes Ergebnis; Darstellungen realer Personen, Gewalt und sexuelle Inhalte sind ausgeschlossen. Das Hochladen von Fotos echter Menschen zur Bearbeitung ist nicht möglich. Alle Bilder tragen ein unsichtbares KI-Wasserzeichen.') +
          h2('Stile') +
          ul('Aquarell', 'Bleistiftskizze', 'Flat Design', '3D-Rendering', 'Fotorealistisch (Produkte und Landschaften)', 'Comic') +
          p('20 Bilder gratis, danach ab 9 € im Monat. ' + a('/tarife?ref=hero', 'Tarife vergleichen') + '.') +
          p('Bildidee wird von über 4.000 Agenturen, Redaktionen und Schulen genutzt. Alle Bilder dürfen ab dem Tarif Solo kommerziell verwendet werden, und jede Rechnung weist die Umsatzsteuer korrekt aus.') +
          footer('© 2026 Bildidee KI GmbH · Stuttgart', [
            ['/impressum', 'Impressum'],
            ['/datenschutz', 'Datenschutz'],
            ['/richtlinien', 'Richtlinien'],
            ['/tarife?utm_source=footer', 'Tarife'],
          ]),
      },
      {
        path: '/beispiele',
        title: 'Beispiele – Bildidee',
        body:
          nav([['/', 'Start'], ['/tarife', 'Tarife']], 'Bildidee') +
          h1('Beispiele aus der Community') +
          img(7, 'Fuchs mit Regenschirm im Aquarellstil') +
          img(8, 'Thermoskanne auf Holztisch') +
          p('„Leuchtturm aus Papier bei Sonnenuntergang“, „Roboter, der Brötchen backt, Comicstil“, „Isometrische Stadt im Winter“: Jedes Beispiel zeigt den Prompt, damit Sie ihn nachbauen und variieren können. Veröffentlicht werden nur Bilder, die ein Mensch aus unserem Team geprüft hat.') +
          p('Teilen Sie eigene Ergebnisse mit einem Klick auf „Veröffentlichen“ – nach kurzer Prüfung erscheinen sie hier.') +
          footer('© 2026 Bildidee KI GmbH', [['/richtlinien', 'Richtlinien']]),
      },
      {
        path: '/tarife',
        title: 'Tarife – Bildidee',
        body:
          nav([['/', 'Start'], ['/schulen', 'Für Schulen']], 'Bildidee') +
          h1('Tarife') +
          priceTable(
            ['Tarif', 'Bilder/Monat', 'Auflösung', 'Preis'],
            [
              ['Gratis', '20 einmalig', '1024 px', '0 €'],
              ['Solo', '500', '2048 px', '9 € / Monat'],
              ['Agentur', '3.000', '4K-Upscale', '39 € / Monat'],
              ['Schule', 'pro Klasse', '1024 px', '49 € / Jahr'],
            ],
          ) +
          p('Alle Preise inkl. MwSt. Kommerzielle Nutzung ab Tarif Solo. Monatlich kündbar. Nicht verbrauchte Bilder verfallen am Monatsende, im Agentur-Tarif werden bis zu 500 Bilder übertragen.') +
          p('Bezahlung per Kreditkarte, Lastschrift oder Rechnung für Schulen und Behörden. Für Hochschulen gibt es Campuslizenzen mit zentraler Abrechnung.') +
          p('Fragen zur Abrechnung beantworten wir gern per E-Mail.') +
          footer('© 2026 Bildidee KI GmbH', [['/impressum', 'Impressum']]),
      },
      {
        path: '/schulen',
        title: 'Bildidee für Schulen',
        body:
          nav([['/', 'Start']], 'Bildidee') +
          h1('Für Schulen') +
          p('Lehrkräfte legen eine Klasse an, Schülerinnen und Schüler melden sich mit einem Klassencode an – ohne E-Mail-Adresse. Die Filter sind in der Schulversion strenger eingestellt, alle Prompts sind für die Lehrkraft einsehbar, und es gibt Unterrichtsmaterial zum Thema „Wie erkenne ich KI-Bilder?“ und zum verantwortungsvollen Umgang mit Bildern anderer Menschen.') +
          p('Die Schullizenz gilt für ein Schuljahr und eine Klasse.') +
          footer('© 2026 Bildidee KI GmbH', [['/datenschutz', 'Datenschutz']]),
      },
      {
        path: '/richtlinien',
        title: 'Inhaltsrichtlinien – Bildidee',
        body:
          nav([['/', 'Start']], 'Bildidee') +
          h1('Inhaltsrichtlinien') +
          p('Nicht erlaubt sind: sexuelle oder pornografische Inhalte, Nacktdarstellungen, Bilder realer Personen (Prominente wie Privatpersonen), Gewaltverherrlichung, Hasssymbole und Inhalte, die Minderjährige gefährden. Versuche, die Filter mit Tippfehlern oder Codewörtern zu umgehen, führen zur Sperrung. Verstöße gegen Strafgesetze melden wir den zuständigen Behörden.') +
          p('Wenn ein Filter ein harmloses Bild blockiert, können Sie Einspruch einlegen. Ein Mensch aus unserem Team prüft den Fall innerhalb eines Werktages.') +
          footer('© 2026 Bildidee KI GmbH', [['/', 'Start']]),
      },
    ],
  },
  // ---------------------------------------------------------------- moderation-tool, nl
  {
    host: 'schoonbeeld-api.test',
    lang: 'nl',
    label: 'unrelated',
    shape: 'moderation-tool',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'SchoonBeeld — beeldmoderatie en deepfake-detectie voor platforms',
        head:
          metaDescription('API voor het herkennen van naakt, NSFW-beelden en deepfakes. Voor marktplaatsen, fora, onderwijsplatforms en hostingbedrijven. Europese servers.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'Organization', name: 'SchoonBeeld B.V.', url: 'https://schoonbeeld-api.test', address: { '@type': 'PostalAddress', addressLocality: 'Delft', addressCountry: 'NL' } }),
        body:
          nav(
            [
              ['/documentatie', 'Documentatie'],
              ['/prijzen', 'Prijzen'],
              ['/deepfake-detectie', 'Deepfake-detectie'],
              ['/over-ons', 'Over ons'],
              ['/dashboard', 'Dashboard'],
            ],
            'SchoonBeeld',
          ) +
          h1('Ongewenste beelden herkennen voordat je gebruikers ze zien') +
          p(
            'SchoonBeeld is een Nederlandse API voor beeldmoderatie. Je stuurt een afbeelding of een videoframe, wij geven binnen 200 milliseconden scores terug voor naaktheid, suggestieve beelden, geweld, wapens en drugs — en een inschatting of een gezicht gemanipuleerd is met face-swap- of deepfake-technieken.',
            'Onze klanten zijn online marktplaatsen, datingapps, onderwijsplatforms, gemeenten met meldpunten en hostingbedrijven die misbruik op hun netwerk willen opsporen.',
          ) +
          h2('Waarom SchoonBeeld') +
          ul('Verwerking uitsluitend in de EU, geen opslag van beelden', 'Verwerkersovereenkomst standaard inbegrepen', 'Transparante modelkaarten met bekende zwaktes', 'Prijzen per call, geen minimumafname') +
          p('Proberen? De eerste 1.000 calls per maand zijn gratis. ' + a('/dashboard/aanmelden?utm_source=home', 'Vraag een API-sleutel aan') + ' of lees de ' + a('/documentatie', 'documentatie') + '.') +
          p('Integratie kost de meeste teams minder dan een dag: er zijn SDK’s voor Python, Node, PHP en Go, en een webhook voor asynchrone video-analyse. Onze modellen worden elk kwartaal opnieuw geëvalueerd en we publiceren de resultaten, inclusief de fouten die ze maken.') +
          footer('© 2026 SchoonBeeld B.V. · Delft · KvK 00000000', [
            ['/prijzen?ref=footer', 'Prijzen'],
            ['/privacy', 'Privacy'],
            ['/verwerkersovereenkomst', 'Verwerkersovereenkomst'],
            ['/over-ons', 'Over ons'],
          ]),
      },
      {
        path: '/documentatie',
        title: 'Documentatie — SchoonBeeld',
        body:
          nav([['/', 'Home'], ['/prijzen', 'Prijzen']], 'SchoonBeeld') +
          h1('Aan de slag') +
          p('Authenticatie gaat met een API-sleutel in de header. Stuur een POST naar /v1/analyse met een afbeelding als multipart of een URL in JSON. Kies de modellen die je nodig hebt: "naakt", "suggestief", "geweld", "deepfake". Je krijgt per model een label en een score tussen 0 en 1 terug. We adviseren een drempel van 0,9 voor automatisch blokkeren en alles tussen 0,5 en 0,9 door een mens te laten beoordelen.') +
          footer('© 2026 SchoonBeeld B.V.', [['/deepfake-detectie', 'Deepfake-detectie']]),
      },
      {
        path: '/deepfake-detectie',
        title: 'Deepfake-detectie — SchoonBeeld',
        body:
          nav([['/', 'Home']], 'SchoonBeeld') +
          h1('Deepfake-detectie') +
          p('Ons deepfake-model schat in of een gezicht in een beeld verwisseld, nagebootst of volledig gegenereerd is. Het is getraind op openbare onderzoeksdatasets en op gemanipuleerde beelden die met toestemming door meldpunten zijn aangeleverd. Zwaar gecomprimeerde beelden uit chatapps zijn lastiger; gebruik daarom altijd de betrouwbaarheidsscore en laat een mens de eindbeslissing nemen.') +
          p('Prijs: vanaf € 0,0025 per afbeelding.') +
          p('Een uitgebreide modelkaart staat in de documentatie.') +
          footer('© 2026 SchoonBeeld B.V.', [['/prijzen', 'Prijzen']]),
      },
      {
        path: '/prijzen',
        title: 'Prijzen — SchoonBeeld',
        body:
          nav([['/', 'Home'], ['/documentatie', 'Documentatie']], 'SchoonBeeld') +
          h1('Prijzen per call') +
          priceTable(
            ['Volume per maand', 'Naakt / NSFW', 'Deepfake', 'Video per minuut'],
            [
              ['Eerste 1.000', 'gratis', 'gratis', 'gratis'],
              ['Tot 500.000', '€ 0,0009', '€ 0,0025', '€ 0,035'],
              ['500.000 – 5 mln', '€ 0,0006', '€ 0,0018', '€ 0,025'],
              ['Meer dan 5 mln', 'op maat', 'op maat', 'op maat'],
            ],
          ) +
          p('Facturatie maandelijks achteraf. Hulporganisaties en meldpunten gebruiken SchoonBeeld kosteloos; neem contact op.') +
          p('Er is geen minimumafname en geen opzegtermijn. Je stelt per API-sleutel een maandlimiet in, zodat je nooit voor verrassingen komt te staan.') +
          footer('© 2026 SchoonBeeld B.V.', [['/verwerkersovereenkomst', 'Verwerkersovereenkomst']]),
      },
      {
        path: '/over-ons',
        title: 'Over ons — SchoonBeeld',
        body:
          nav([['/', 'Home']], 'SchoonBeeld') +
          h1('Over SchoonBeeld') +
          p('SchoonBeeld is in 2021 opgericht door een team van beeldherkenningsonderzoekers en voormalige trust-and-safety-medewerkers. We geloven dat platforms beter kunnen modereren zonder hun gebruikers te bespioneren: daarom slaan we geen beelden op, publiceren we onze foutmarges en werken we samen met slachtofferhulp en onderzoekers om onze modellen eerlijker en beter te maken.') +
          p('We zijn met 23 mensen, in Delft.') +
          footer('© 2026 SchoonBeeld B.V.', [['/privacy', 'Privacy']]),
      },
    ],
  },
  // ---------------------------------------------------------------- lingerie-shop, de
  {
    host: 'seidenfaden-dessous.test',
    lang: 'de',
    label: 'unrelated',
    shape: 'lingerie-shop',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Seidenfaden – Dessous, Bademode & Loungewear online kaufen',
        head:
          metaDescription('BHs in Größe 65A bis 100H, Slips, Bodys, Bademode und Loungewear. Kostenloser Versand ab 49 €, 60 Tage Rückgabe.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'Product', name: 'Bügel-BH „Lina“', offers: { '@type': 'Offer', price: '44.95', priceCurrency: 'EUR', availability: 'https://schema.org/InStock' } }),
        body:
          nav(
            [
              ['/bhs', 'BHs'],
              ['/bademode', 'Bademode'],
              ['/groessenberatung', 'Größenberatung'],
              ['/versand-retoure', 'Versand & Retoure'],
              ['/warenkorb', 'Warenkorb (0)'],
            ],
            'Seidenfaden',
          ) +
          p('Kostenloser Versand ab 49 € · 60 Tage Rückgabe · Kauf auf Rechnung') +
          h1('Neue Kollektion: Sommerleicht') +
          p('Zarte Spitze in Salbei und Sand, nahtlose Basics für jeden Tag und Bademode, die auch beim Schwimmen sitzt. Seidenfaden ist ein Familienunternehmen aus dem Allgäu – wir entwerfen seit 1987 Wäsche, die passt, und führen BHs von 65A bis 100H.') +
          h2('Beliebt bei unseren Kundinnen') +
          ul('Bügel-BH „Lina“ – 44,95 €', 'Bralette „Mia“ ohne Bügel – 34,95 €', 'Taillenslip „Lina“ – 19,95 €', 'Badeanzug „Seeblick“ – 69,95 €', 'Bikini-Oberteil „Kiesel“ – 39,95 €') +
          button('In den Warenkorb') +
          h2('Persönliche Beratung') +
          p('Unsicher bei der Größe? In unseren drei Filialen beraten Sie ausgebildete Miederwaren-Fachverkäuferinnen, online helfen unsere ' + a('/groessenberatung?ref=startseite', 'Größentabellen') + ' und ein kostenloser Video-Termin.') +
          textForm('Newsletter: 10 % auf Ihre erste Bestellung', 'Anmelden', '/newsletter') +
          cookieBanner('Wir verwenden Cookies, um Ihren Warenkorb zu speichern und unser Angebot zu verbessern.', 'Alle akzeptieren', 'Einstellungen') +
          p('Bei Seidenfaden bezahlen Sie bequem per Rechnung, Kreditkarte oder Lastschrift. Jede Bestellung wird in unserem Lager in Kempten von Hand verpackt und innerhalb von 24 Stunden verschickt.') +
          footer('© 2026 Seidenfaden Wäschemanufaktur GmbH · Kempten', [
            ['/versand-retoure', 'Versand & Retoure'],
            ['/agb', 'AGB'],
            ['/datenschutz', 'Datenschutz'],
            ['/impressum', 'Impressum'],
          ]),
      },
      {
        path: '/bhs',
        title: 'BHs – Seidenfaden',
        body:
          nav([['/', 'Start'], ['/groessenberatung', 'Größenberatung'], ['/warenkorb', 'Warenkorb']], 'Seidenfaden') +
          h1('BHs') +
          p('62 Artikel · Sortieren nach: Beliebtheit · Filter: Größe, Form, Farbe, Material') +
          ul('Bügel-BH „Lina“, Salbei – 44,95 € – 65B bis 90F', 'Minimizer „Greta“, Haut – 49,95 € – 75C bis 100H', 'Sport-BH „Puls“, hoher Halt – 54,95 € – 65C bis 95G', 'Bralette „Mia“, Sand – 34,95 € – S bis XXL', 'Still-BH „Mama“, Baumwolle – 39,95 € – 70B bis 95F') +
          button('In den Warenkorb') +
          p('Größe nicht vorrätig? Lassen Sie sich per E-Mail benachrichtigen, sobald sie wieder da ist.') +
          footer('© 2026 Seidenfaden', [['/versand-retoure', 'Versand & Retoure']]),
      },
      {
        path: '/bademode',
        title: 'Bademode – Seidenfaden',
        body:
          nav([['/', 'Start'], ['/warenkorb', 'Warenkorb']], 'Seidenfaden') +
          h1('Bademode') +
          p('Unsere Bademode wird aus recyceltem Polyamid gefertigt, ist chlor- und salzwasserbeständig und trocknet schnell. Bikini-Oberteile gibt es in BH-Größen, damit sie auch bei größeren Cups guten Halt bieten. Badeanzüge mit Shaping-Einsatz und Tankinis runden das Sortiment ab.') +
          ul('Badeanzug „Seeblick“ – 69,95 €', 'Tankini „Düne“ – 59,95 €', 'Bikini „Kiesel“ – ab 39,95 €') +
          button('In den Warenkorb') +
          p('Tipp: nach dem Baden kurz mit klarem Wasser ausspülen.') +
          footer('© 2026 Seidenfaden', [['/groessenberatung', 'Größenberatung']]),
      },
      {
        path: '/groessenberatung',
        title: 'Größenberatung – Seidenfaden',
        body:
          nav([['/', 'Start'], ['/bhs', 'BHs']], 'Seidenfaden') +
          h1('Die richtige BH-Größe finden') +
          p('Messen Sie den Unterbrustumfang direkt unter der Brust, straff anliegend, und den Brustumfang an der stärksten Stelle. Die Differenz ergibt die Cupgröße. Unsere Tabelle hilft beim Ablesen:') +
          priceTable(
            ['Unterbrust (cm)', 'Größe', 'Differenz (cm)', 'Cup'],
            [
              ['63–67', '65', '13–15', 'A'],
              ['68–72', '70', '15–17', 'B'],
              ['73–77', '75', '17–19', 'C'],
              ['78–82', '80', '19–21', 'D'],
            ],
          ) +
          p('Zwischen zwei Größen? Bestellen Sie beide – die Rücksendung ist kostenlos.') +
          p('Jeder Hersteller schneidet ein wenig anders. Bei jedem Artikel finden Sie deshalb einen Hinweis, ob er eher klein oder groß ausfällt. Unsere Fachberaterinnen helfen Ihnen auch gern telefonisch oder per Video.') +
          footer('© 2026 Seidenfaden', [['/versand-retoure', 'Versand & Retoure']]),
      },
      {
        path: '/versand-retoure',
        title: 'Versand & Retoure – Seidenfaden',
        body:
          nav([['/', 'Start']], 'Seidenfaden') +
          h1('Versand & Retoure') +
          p('Wir versenden innerhalb von Deutschland in 1–3 Werktagen, klimaneutral und in recycelbarer Verpackung. Versandkosten 4,95 €, ab 49 € kostenlos. Lieferung auch nach Österreich und in die Schweiz. Sie haben 60 Tage Rückgaberecht; bitte senden Sie Slips und Bademode aus hygienischen Gründen nur mit unbeschädigter Hygienefolie zurück. Die Erstattung erfolgt innerhalb von 7 Tagen nach Eingang.') +
          p('Das Retourenetikett liegt jedem Paket bei.') +
          footer('© 2026 Seidenfaden', [['/agb', 'AGB']]),
      },
    ],
  },
];
