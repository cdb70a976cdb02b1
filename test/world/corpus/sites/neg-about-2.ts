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
  textForm,
  ul,
  type CorpusSite,
} from '../site-kit.js';

const AUTHOR = 'neg-about';

const gazNav = nav(
  [
    ['/', 'Home'],
    ['/news/local', 'Local'],
    ['/news/local/2026/01/28/teen-charged-over-fake-images', 'Courts'],
    ['/news/local/2026/01/30/what-are-undress-apps', 'Explainers'],
    ['/subscribe?utm_source=nav&utm_medium=web', 'Subscribe'],
  ],
  'Harbour Valley Gazette',
);
const gazFoot = footer('Harbour Valley Gazette · Serving the valley since 1887 · © 2026 HVG Media', [
  ['/subscribe?utm_source=footer', 'Subscribe'],
  ['/contact', 'Contact'],
  ['/privacy', 'Privacy policy'],
  ['/terms', 'Terms of use'],
]);

const noordNav = nav(
  [
    ['/', 'Voorpagina'],
    ['/regio', 'Regio'],
    ['/regio/2026/02/telegram-bot-nepnaaktfotos-scholieren', 'Onderzoek'],
    ['/nieuwsbrief?utm_source=menu', 'Nieuwsbrief'],
    ['/over-ons', 'Over ons'],
  ],
  'De Noorderbode',
);
const noordFoot = footer('© 2026 De Noorderbode. Onafhankelijk nieuws uit het Noorden.', [
  ['/over-ons', 'Colofon'],
  ['/privacy', 'Privacyverklaring'],
  ['/cookies', 'Cookies'],
  ['/nieuwsbrief?utm_source=footer', 'Nieuwsbrief'],
]);

const rheinNav = nav(
  [
    ['/', 'Startseite'],
    ['/digital', 'Digital'],
    ['/digital/2026/02/ausziehen-per-klick-ki-apps', 'Recherche'],
    ['/newsletter?utm_source=navi', 'Newsletter'],
    ['/abo', 'Abo'],
  ],
  'Rheinkurier',
);

export const sites: CorpusSite[] = [
  // 1 — news (en, regional)
  {
    host: 'hvgazette.test', lang: 'en', label: 'unrelated', shape: 'news', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Harbour Valley Gazette | Local news, sport and weather',
        head: metaDescription('Local news from across Harbour Valley: courts, schools, council, sport and weather.'),
        body:
          gazNav +
          cookieBanner('This site uses cookies for essential functions, analytics and personalised advertising. Manage your choices at any time.', 'I agree', 'Manage options') +
          p('Wednesday 28 January 2026 · Light rain, 7°C') +
          section(
            h2('Top stories'),
            article(
              h3(a('/news/local/2026/01/28/teen-charged-over-fake-images', 'Teenager charged after fake nude images of classmates shared online')),
              p('By Claire Whitmore, Courts Reporter'),
              img(3, 'The magistrates’ court building'),
              p('A 17-year-old has been charged with creating and sharing sexually explicit deepfakes of six pupils at a Harbour Valley secondary school. Police say the images were made with a so-called "undress" website that advertised it could "remove clothes from any photo".'),
            ),
            article(
              h3(a('/news/local/2026/01/30/what-are-undress-apps', 'Explainer: what are undress apps, and why are they still online?')),
              p('Parents have asked us how a website that openly advertises nudify features can be a click away. We asked the experts.'),
            ),
          ) +
          section(
            h2('Also in the news'),
            ul(
              'Council approves harbour wall repairs after winter storms',
              'Bus route 14 to be restored from March, operator confirms',
              'Valley Rovers earn a point away at league leaders',
              'Family bakery on Mill Street celebrates 90 years',
              'Library extends Saturday opening hours',
            ),
          ) +
          section(
            h2('Morning Briefing'),
            p('Get the valley’s top stories in your inbox every morning at 7am. Free, and you can unsubscribe with one click.'),
            textForm('Email address', 'Subscribe', '/newsletter/signup'),
          ) +
          gazFoot,
      },
      {
        path: '/news/local/2026/01/28/teen-charged-over-fake-images',
        title: 'Teenager charged after fake nude images of classmates shared online | Harbour Valley Gazette',
        head: jsonLd({
          '@context': 'https://schema.org',
          '@type': 'NewsArticle',
          headline: 'Teenager charged after fake nude images of classmates shared online',
          datePublished: '2026-01-28T09:14:00Z',
          author: { '@type': 'Person', name: 'Claire Whitmore' },
        }),
        body:
          gazNav +
          article(
            h1('Teenager charged after fake nude images of classmates shared online'),
            p('By Claire Whitmore, Courts Reporter · 28 January 2026, 09:14 · Updated 11:40'),
            p('A 17-year-old boy has been charged with creating and sharing sexually explicit deepfakes of six pupils at a Harbour Valley secondary school, police confirmed this morning.'),
            p('The images were allegedly made by uploading photos from the pupils’ social media accounts to an "undress" website, which advertises that it can "remove clothes from any photo in 10 seconds". The site offers three free generations and then sells credits, with a pack of 100 costing about $10. Detectives believe the boy used the free trial and then paid with a prepaid card.'),
            p('The images were shared in a group chat of around 40 pupils before a student told a teacher. The school contacted police the same day.'),
            blockquote('"The young people affected have shown enormous courage. We want to be clear: making this kind of image is a crime, whether or not it looks real, and whether or not it is meant as a joke."', 'Detective Inspector, Harbour Valley Police'),
            p('Because the pupils are under 18, the images are treated in law as indecent images of children. The boy, who cannot be named for legal reasons, will appear before the youth court next month.'),
            p('The headteacher said in a letter to parents that the school was "working closely with police and offering support to everyone affected".'),
          ) +
          section(
            h2('Related'),
            ul(
              a('/news/local/2026/01/30/what-are-undress-apps', 'Explainer: what are undress apps, and why are they still online?'),
              'Schools across the county to receive online safety training',
            ),
          ) +
          section(
            h2('Comments'),
            p('Comments have been disabled on this article for legal reasons.'),
          ) +
          gazFoot,
      },
      {
        path: '/news/local/2026/01/30/what-are-undress-apps',
        title: 'Explainer: what are undress apps, and why are they still online? | Harbour Valley Gazette',
        body:
          gazNav +
          article(
            h1('Explainer: what are undress apps, and why are they still online?'),
            p('By Owen Prichard · 30 January 2026'),
            p('<strong>What do they do?</strong> Undress or "nudify" apps use AI to generate a fake nude picture from an ordinary photo of a clothed person. The user uploads a picture, chooses an option such as "remove clothes" or "bikini", and downloads the result. Some also offer deepfake face swaps into adult videos.'),
            p('<strong>How do they make money?</strong> Mostly through credits and subscriptions. One site we looked at charges $9.99 for 100 credits and $24.99 a month for an "Unlimited" plan. Many accept cryptocurrency. Some run as Telegram bots, where you send a photo to the bot and pay inside the chat.'),
            p('<strong>Why are they still online?</strong> The operators are often anonymous and based abroad, and they move to new web addresses when blocked. But regulators are catching up: online safety law now lets authorities fine services and order internet providers and payment firms to cut them off.'),
            p('<strong>What should parents do?</strong> Talk to your children about consent and about these apps before they hear about them from friends. If your child is targeted, don’t share or save the image; contact the school and the police.'),
          ) +
          section(h2('Have your say'), p('12 comments'), p('<strong>ValleyMum2</strong>: Thank you for this. I had no idea these were so easy to find.'), p('<strong>Grumpy_Pete</strong>: Block them all at the ISP level. Why is this hard?')) +
          gazFoot,
      },
      {
        path: '/subscribe',
        title: 'Subscribe | Harbour Valley Gazette',
        body:
          gazNav +
          h1('Support local journalism') +
          p('Our reporters sit through council meetings, court hearings and school board sessions so you don’t have to. Subscribing keeps them there.') +
          priceTable(
            ['Plan', 'Price', 'Includes'],
            [
              ['Digital', '£1 for the first month, then £6.99/month', 'Unlimited articles, app, e-paper'],
              ['Print + Digital', '£18.50/month', 'Daily paper delivered, plus everything digital'],
              ['Weekend', '£9.99/month', 'Saturday paper and digital access'],
            ],
          ) +
          button('Subscribe now') +
          gazFoot,
      },
    ],
  },

  // 2 — academic preprint (en)
  {
    host: 'preprint-commons.test', lang: 'en', label: 'unrelated', shape: 'academic', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Preprint Commons — open preprints in computing and social science',
        body:
          nav([['/', 'Home'], ['/abs/2601.04417', 'Trending'], ['/browse/cs.CY', 'Computers and Society'], ['/submit', 'Submit'], ['/about', 'About']], 'Preprint Commons') +
          h1('Preprint Commons') +
          p('Free, open access to 412,000 preprints in computer science, information science and the social sciences. Moderated, not peer reviewed.') +
          textForm('Search titles, authors, abstracts', 'Search', '/search') +
          section(
            h2('Trending this week'),
            ol(
              a('/abs/2601.04417', 'Search Engines as Referrers to AI Nudification Services: A Six-Country Audit') + ' — Vasquez, Obuya, Heikkinen',
              'Measuring Latency in Federated Social Networks — Park, Duarte',
              'Large Language Models and the Drafting of Municipal Regulations — Osei, Lambert',
              'A Dataset of Public Transport Delays in 14 European Cities — Novák, Meier',
              'Content Moderation Labour in the Global South: A Survey — Ramos, Chatterjee',
            ),
          ) +
          section(
            h2('Recently added in Computers and Society'),
            ul(
              'Consent Disclaimers as Dark Patterns on Deepfake Websites',
              'The Political Economy of App Store Age Ratings',
              'Who Reads Privacy Policies? Eye-tracking Evidence from 600 Users',
            ),
          ) +
          section(h2('About'), p('Preprint Commons is run by a consortium of university libraries. Submissions are screened by volunteer moderators for scope and basic quality. Posting here does not prevent later publication in most journals.')) +
          footer('Preprint Commons is supported by member libraries. Content licensed by authors.', [
            ['/about', 'About'],
            ['/submit', 'Submission guidelines'],
            ['/privacy', 'Privacy'],
          ]),
      },
      {
        path: '/abs/2601.04417',
        title: '[2601.04417] Search Engines as Referrers to AI Nudification Services: A Six-Country Audit',
        head:
          metaDescription('We audit how often search engines surface AI nudify and undress services for neutral and harmful queries in six countries.') +
          jsonLd({
            '@context': 'https://schema.org',
            '@type': 'ScholarlyArticle',
            headline: 'Search Engines as Referrers to AI Nudification Services: A Six-Country Audit',
            author: [{ '@type': 'Person', name: 'Marisol Vasquez' }, { '@type': 'Person', name: 'Daniel Obuya' }, { '@type': 'Person', name: 'Sanni Heikkinen' }],
            datePublished: '2026-01-14',
          }),
        body:
          p('Computer Science > Computers and Society') +
          h1('Search Engines as Referrers to AI Nudification Services: A Six-Country Audit') +
          p('Marisol Vasquez, Daniel Obuya, Sanni Heikkinen') +
          p('Submitted on 14 Jan 2026 (v1), last revised 2 Feb 2026 (v2)') +
          h2('Abstract') +
          p('Nudification ("nudify", "undress") services generate non-consensual synthetic nude images from photographs of real people. Most of their traffic is thought to arrive via search engines. We conducted an audit of three major search engines in six countries, issuing 1,450 queries across three categories: explicit service-seeking queries ("undress app", "remove clothes AI free"), ambiguous queries ("AI photo editor clothes") and help-seeking queries ("fake nude of me what to do"). For explicit queries, 71% of first-page results linked directly to a nudify or deepfake service, often ranked above news and victim-support pages; for help-seeking queries, 9% of first-page results still surfaced a service. Services frequently used advertising copy such as "Undress anyone for free" and "AI clothes remover — no signup" in their snippets. We find substantial variation across countries and engines and discuss how down-ranking obligations under the Digital Services Act could be evaluated.') +
          p('Comments: 18 pages, 6 figures. Data and query lists available to vetted researchers.') +
          p('Subjects: Computers and Society (cs.CY); Information Retrieval (cs.IR)') +
          p('Cite as: preprint-commons:2601.04417') +
          section(
            h2('Access paper'),
            ul(a('/pdf/2601.04417v2', 'View PDF'), a('/abs/2601.04417v1', 'v1 (14 Jan 2026)'), a('/abs/2601.04417/bibtex', 'Export BibTeX citation')),
          ) +
          section(h2('Citations'), p('Cited by 6 · References 58')),
      },
      {
        path: '/browse/cs.CY',
        title: 'Computers and Society — recent | Preprint Commons',
        body:
          h1('Computers and Society (cs.CY) — recent submissions') +
          ol(
            a('/abs/2601.04417', 'Search Engines as Referrers to AI Nudification Services: A Six-Country Audit') + '. Vasquez, Obuya, Heikkinen. 18 pp.',
            'Consent Disclaimers as Dark Patterns on Deepfake Websites. Lindahl, Moreau. 12 pp.',
            'The Political Economy of App Store Age Ratings. Quispe. 24 pp.',
            'Who Reads Privacy Policies? Eye-tracking Evidence from 600 Users. Arslan, Becker. 15 pp.',
            'Measuring the Reach of Telegram Bot Advertising for Illicit AI Services. Jovanović, Sato. 10 pp.',
          ) +
          p('Showing 5 of 1,203 entries this month.'),
      },
      {
        path: '/about',
        title: 'About | Preprint Commons',
        body:
          h1('About Preprint Commons') +
          p('Preprint Commons is a free distribution service for scholarly preprints, run by a consortium of eighteen university libraries. We host research in computer science, information science, law and technology, and the social sciences.') +
          p('Moderators check that submissions are in scope and are written as research. They do not referee papers. For research that documents harmful services, such as nudify or deepfake websites, we ask authors not to include working links or screenshots of generated images of real people.'),
      },
    ],
  },

  // 3 — news (nl, app-shell home)
  {
    host: 'noorderbode.test', lang: 'nl', label: 'unrelated', shape: 'news', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'De Noorderbode — nieuws uit Groningen, Friesland en Drenthe',
        jsOnly: true,
        head: metaDescription('Het laatste nieuws uit het Noorden. Vandaag: hoe een Telegram-bot nepnaaktfoto’s van scholieren maakte.'),
        body:
          noordNav +
          cookieBanner('De Noorderbode gebruikt cookies om de site te laten werken en om te meten hoe artikelen gelezen worden. Kies zelf wat je toestaat.', 'Alles accepteren', 'Alleen noodzakelijk') +
          section(
            h2('Uitgelicht'),
            h1(a('/regio/2026/02/telegram-bot-nepnaaktfotos-scholieren', 'Nepnaaktfoto’s van scholieren via Telegram-bot: ‘Iedereen in de klas kon het’')),
            p('Door Sanne Bakker · 9 februari 2026 · Leestijd 8 minuten'),
            img(4, 'Een telefoon met een chatvenster, onherkenbaar gemaakt'),
            p('Een foto van Instagram, een paar euro aan ‘credits’ en binnen een halve minuut een nepnaaktfoto. Op minstens drie middelbare scholen in de regio zijn dit schooljaar leerlingen het slachtoffer geworden van zogeheten uitkleed-apps. De Noorderbode zocht uit hoe de Telegram-bot werkt die het vaakst werd gebruikt.'),
          ) +
          section(
            h2('Meer nieuws'),
            ul(
              a('/regio/2026/02/politie-waarschuwt-ouders-deepfakes', 'Politie waarschuwt ouders voor deepfake-apps: ‘Praat erover met je kind’'),
              'Gemeenteraad stemt in met nieuwe fietsbrug over het Van Starkenborghkanaal',
              'Boeren protesteren opnieuw bij provinciehuis',
              'Zwembad in Veendam blijft langer dicht door lekkage',
              'Voetbal: koploper verliest verrassend in eigen huis',
            ),
          ) +
          section(
            h2('Blijf op de hoogte'),
            p('Ontvang elke ochtend om 7 uur het belangrijkste nieuws uit het Noorden in je mailbox.'),
            textForm('Je e-mailadres', 'Aanmelden', '/nieuwsbrief/aanmelden'),
          ) +
          noordFoot,
      },
      {
        path: '/regio/2026/02/telegram-bot-nepnaaktfotos-scholieren',
        title: 'Nepnaaktfoto’s van scholieren via Telegram-bot: ‘Iedereen in de klas kon het’ | De Noorderbode',
        head: jsonLd({
          '@context': 'https://schema.org',
          '@type': 'NewsArticle',
          headline: 'Nepnaaktfoto’s van scholieren via Telegram-bot',
          datePublished: '2026-02-09T06:30:00+01:00',
          author: { '@type': 'Person', name: 'Sanne Bakker' },
          inLanguage: 'nl',
        }),
        body:
          noordNav +
          article(
            h1('Nepnaaktfoto’s van scholieren via Telegram-bot: ‘Iedereen in de klas kon het’'),
            p('Door Sanne Bakker · 9 februari 2026, 06:30 · Bijgewerkt 14:02'),
            p('De bot heet KleedVrij en is te vinden via ' + a('https://t.me/KleedVrijBot', 't.me/KleedVrijBot') + '. Wie hem opent, krijgt een welkomstbericht in gebrekkig Nederlands: ‘Stuur een foto en onze AI haalt de kleding weg. 2 gratis pogingen!’ Daarna kost het geld: 50 credits voor €4,99, 200 credits voor €14,99. Betalen kan met crypto of met een cadeaukaart die je bij een tankstation koopt.'),
            p('De Noorderbode heeft de bot getest zonder foto’s van echte mensen te gebruiken. We stuurden alleen een afbeelding van een etalagepop. De bot vroeg om een ‘modus’: bikini, lingerie of ‘volledig uitkleden’. Ook bood hij een ‘deepfake video’-optie aan voor 30 credits.'),
            h2('‘Het ging razendsnel rond’'),
            p('Een moeder uit Assen vertelt dat haar dochter van vijftien in december een nepfoto van zichzelf in een klassengroep zag verschijnen. ‘Ze wist meteen dat het niet echt was. Maar dat maakte het niet minder erg. Ze durfde een week niet naar school.’'),
            blockquote('‘Kinderen denken dat het een grap is. Maar een uitkleed-app gebruiken op een foto van een klasgenoot is strafbaar, ook als het nep is.’', 'Jeugdagent, politie Noord-Nederland'),
            h2('Wat zegt de wet?'),
            p('Sinds 2020 is het in Nederland strafbaar om seksueel beeldmateriaal van iemand te maken of te verspreiden zonder toestemming, ook als het bewerkt of nep is. Gaat het om minderjarigen, dan is het kinderpornografie in de zin van de wet. Platforms zijn onder de Europese DSA verplicht meldingen van illegale inhoud snel af te handelen.'),
            p('Telegram reageerde niet op vragen van De Noorderbode. De bot was op het moment van publicatie nog actief.'),
          ) +
          section(
            h2('Lees ook'),
            ul(a('/regio/2026/02/politie-waarschuwt-ouders-deepfakes', 'Politie waarschuwt ouders voor deepfake-apps'), 'Hulp nodig? Zo krijg je een nepnaaktfoto offline'),
          ) +
          section(
            h2('Reacties (34)'),
            p('<strong>Gerrit_H</strong> · 2 uur geleden — Dat dit gewoon kan en dat zo’n bot niet direct offline gaat is onbegrijpelijk.'),
            p('<strong>Lotte</strong> · 1 uur geleden — Mijn zoon van 13 kende de naam van die bot al. Ik schrok me kapot.'),
            p('<strong>redactie</strong> · 45 min geleden — Dank voor alle reacties. Reacties met links naar zulke diensten verwijderen we.'),
          ) +
          noordFoot,
      },
      {
        path: '/regio/2026/02/politie-waarschuwt-ouders-deepfakes',
        title: 'Politie waarschuwt ouders voor deepfake-apps | De Noorderbode',
        body:
          noordNav +
          article(
            h1('Politie waarschuwt ouders voor deepfake-apps: ‘Praat erover met je kind’'),
            p('Door redactie · 10 februari 2026'),
            p('Na de berichtgeving over nepnaaktfoto’s op scholen roept de politie ouders op om met hun kinderen te praten over zogenoemde nudify- en uitkleed-apps. ‘Ze worden gewoon geadverteerd op TikTok en Instagram, met teksten als “Haal kleding weg met één klik”,’ zegt een woordvoerder.'),
            p('De politie adviseert slachtoffers om de beelden niet zelf door te sturen, maar wel te noteren waar ze te zien zijn, en aangifte te doen. Scholen kunnen contact opnemen met de jeugdagent in hun wijk.'),
          ) +
          noordFoot,
      },
      {
        path: '/nieuwsbrief',
        title: 'Nieuwsbrief | De Noorderbode',
        body:
          noordNav +
          h1('De Noorderbode in je mailbox') +
          p('Kies welke nieuwsbrieven je wilt ontvangen. Ze zijn gratis en je kunt je altijd weer afmelden.') +
          ul('<strong>Ochtendbode</strong> — elke werkdag om 7.00 uur het belangrijkste nieuws', '<strong>Weekendbode</strong> — de beste verhalen en achtergronden van de week', '<strong>Onderzoek</strong> — als onze onderzoeksredactie iets nieuws publiceert') +
          textForm('E-mailadres', 'Inschrijven', '/nieuwsbrief/aanmelden') +
          p('We gebruiken je e-mailadres alleen om de nieuwsbrief te versturen. Je gegevens worden nooit verkocht of gedeeld met adverteerders. Onderaan elke nieuwsbrief staat een link waarmee je je met één klik afmeldt.') +
          noordFoot,
      },
    ],
  },

  // 4 — ngo (nl)
  {
    host: 'beeldgrens.test', lang: 'nl', label: 'unrelated', shape: 'ngo', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Stichting Beeldgrens — tegen online beeldmisbruik',
        head:
          metaDescription('Stichting Beeldgrens strijdt tegen uitkleed-apps, deepfakes en ander online beeldmisbruik. Voorlichting, hulp en campagnes.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'NGO', name: 'Stichting Beeldgrens', address: { '@type': 'PostalAddress', addressCountry: 'NL' } }),
        body:
          nav(
            [
              ['/uitleg/uitkleed-apps', 'Wat zijn uitkleed-apps?'],
              ['/campagne/niet-mijn-lijf', 'Campagne'],
              ['/over-ons', 'Over ons'],
              ['/doneren?utm_source=menu', 'Doneer'],
            ],
            'Stichting Beeldgrens',
          ) +
          cookieBanner('Wij gebruiken alleen functionele cookies en anonieme statistieken.', 'Oké') +
          h1('Jouw foto. Jouw lijf. Jouw grens.') +
          p('Steeds meer mensen ontdekken dat een gewone foto van hen door een ‘nudify’-app is gehaald. Zulke websites en Telegram-bots beloven ‘kleding te verwijderen met AI’ en maken in een paar seconden een nepnaaktfoto. Stichting Beeldgrens zet zich sinds 2021 in tegen deze vorm van digitaal seksueel geweld.') +
          section(
            h2('Wat wij doen'),
            ul(
              '<strong>Voorlichting</strong> — heldere uitleg voor jongeren, ouders, docenten en hulpverleners over deepfakes en uitkleed-apps.',
              '<strong>Lobby</strong> — we spreken betaaldiensten, hostingbedrijven en de politiek aan op hun verantwoordelijkheid.',
              '<strong>Doorverwijzing</strong> — we helpen slachtoffers de weg te vinden naar meldpunten en juridische hulp.',
            ),
          ) +
          section(
            h2('In cijfers'),
            p('In ons onderzoek onder 1.800 jongeren van 14 tot 21 jaar zei 23% ooit een advertentie voor een uitkleed-app te hebben gezien. 6% kende iemand van wie een nepnaaktfoto was rondgestuurd.'),
          ) +
          section(
            h2('Campagne #NietMijnLijf'),
            p('Uitkleed-apps verdienen geld met abonnementen en credits. Zonder betaalmogelijkheid houdt het op. ' + a('/campagne/niet-mijn-lijf', 'Lees wat we vragen en teken de petitie') + '.'),
          ) +
          faq('Veelgestelde vragen', [
            ['Is een nepnaaktfoto strafbaar?', 'Ja. In Nederland is het maken en verspreiden van seksueel beeldmateriaal zonder toestemming strafbaar, ook als het beeld nep is.'],
            ['Helpen jullie zelf met verwijderen?', 'Wij verwijzen door naar gespecialiseerde meldpunten die dat doen. Zij kunnen snel contact leggen met platforms.'],
          ]) +
          footer('Stichting Beeldgrens · KvK 00000000 · ANBI-status · © 2026', [
            ['/over-ons', 'Over ons'],
            ['/privacy', 'Privacy'],
            ['/doneren?utm_source=footer', 'Doneren'],
            ['/pers', 'Pers'],
          ]),
      },
      {
        path: '/uitleg/uitkleed-apps',
        title: 'Wat zijn uitkleed-apps? | Stichting Beeldgrens',
        body:
          h1('Wat zijn uitkleed-apps?') +
          p('Uitkleed-apps (ook wel nudify-apps of ‘undress AI’ genoemd) zijn websites, apps en chatbots die van een foto van een aangeklede persoon een nepnaaktfoto maken. De software ‘ziet’ niets: hij verzint een lichaam en plakt het gezicht erop. Toch lijkt het resultaat vaak echt genoeg om iemand te kwetsen, te chanteren of te vernederen.') +
          h2('Hoe werken ze?') +
          p('Je uploadt een foto, kiest een stand zoals ‘bikini’, ‘ondergoed’ of ‘kleding verwijderen’ en krijgt binnen een paar seconden het resultaat. Veel diensten geven een paar gratis credits en vragen daarna ongeveer €10 voor een pakket, of €20 tot €40 per maand voor een ‘Pro’- of ‘VIP’-abonnement. Sommige bieden ook een deepfake-functie waarmee een gezicht in een bestaande pornovideo wordt gezet.') +
          h2('Hoe adverteren ze?') +
          p('Met slogans als ‘Kleed iedereen uit met één klik’ en ‘100% anoniem, geen account nodig’. De advertenties verschijnen op sociale media, in game-chats en via influencers die per doorverwijzing betaald krijgen.') +
          h2('Waarom is het schadelijk?') +
          p('Slachtoffers voelen zich net zo geschonden als bij echte beelden. Beelden verspreiden zich snel en zijn moeilijk helemaal te verwijderen. Bovendien worden de foto’s die gebruikers uploaden vaak door de dienst bewaard.'),
      },
      {
        path: '/campagne/niet-mijn-lijf',
        title: 'Campagne #NietMijnLijf | Stichting Beeldgrens',
        body:
          h1('#NietMijnLijf') +
          p('Uitkleed-apps bestaan omdat ze geld opleveren. Daarom richten wij ons op de bedrijven die dat mogelijk maken. Wij vragen:') +
          ol(
            'Betaalbedrijven: weiger diensten die ‘undress’- of ‘nudify’-credits verkopen, ook als ze zich voordoen als ‘AI-kunst’.',
            'Hostingbedrijven en registrars: haal zulke sites binnen 24 uur offline na een gegronde melding.',
            'Appwinkels en advertentienetwerken: sta geen advertenties toe die beloven kleding van foto’s te verwijderen.',
            'De politiek: zorg dat toezichthouders onder de DSA snel kunnen optreden.',
          ) +
          p('Al 14.200 mensen tekenden. Doe je mee?') +
          textForm('Je e-mailadres', 'Teken de petitie', '/campagne/tekenen'),
      },
      {
        path: '/doneren',
        title: 'Doneren | Stichting Beeldgrens',
        body:
          h1('Steun ons werk') +
          p('Stichting Beeldgrens heeft de ANBI-status: je gift is aftrekbaar van de belasting. We nemen geen geld aan van techbedrijven.') +
          priceTable(['Bedrag', 'Daarmee kunnen wij…'], [['€ 10', 'een gastles voorbereiden over deepfakes'], ['€ 25', 'een jongere doorverwijzen en begeleiden'], ['€ 50', 'een lespakket drukken voor een hele school'], ['Ander bedrag', 'zelf kiezen']]) +
          button('Doneer met iDEAL') +
          p('Liever maandelijks geven? Dat kan ook, en je kunt altijd stoppen. Bedrijven en fondsen die ons willen steunen, kunnen contact opnemen voor een gesprek over een meerjarige bijdrage. Elk jaar leggen we in ons jaarverslag precies uit waar het geld naartoe is gegaan.'),
      },
      {
        path: '/over-ons',
        title: 'Over ons | Stichting Beeldgrens',
        body:
          h1('Over Stichting Beeldgrens') +
          p('Beeldgrens werd in 2021 opgericht door een jurist, een jongerenwerker en een ervaringsdeskundige. Aanleiding was een zaak waarin een nepnaaktfoto van een scholier maandenlang rondging zonder dat iemand wist waar ze terechtkon.') +
          p('We werken met vier betaalde krachten en een groep vrijwilligers. Ons bestuur is onbezoldigd. Jaarverslagen staan op deze site.') +
          p('We werken samen met meldpunten, scholen, de politie en onderzoekers. Journalisten die over uitkleed-apps of deepfakes schrijven, kunnen bij ons terecht voor achtergrondinformatie en cijfers.'),
      },
    ],
  },

  // 5 — government (nl)
  {
    host: 'rijksbureau-digitaleweerbaarheid.test', lang: 'nl', label: 'unrelated', shape: 'government', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Rijksbureau Digitale Weerbaarheid',
        body:
          nav(
            [
              ['/onderwerpen', 'Onderwerpen'],
              ['/nieuws/aanpak-uitkleedapps', 'Nieuws'],
              ['/consultatie/wetsvoorstel-synthetische-seksuele-beelden', 'Internetconsultatie'],
              ['/melden', 'Melden'],
              ['/contact', 'Contact'],
            ],
            'Rijksbureau Digitale Weerbaarheid',
          ) +
          cookieBanner('Wij plaatsen alleen cookies die nodig zijn voor deze website en cookies voor anonieme statistieken.', 'Akkoord') +
          h1('Veilig online, voor iedereen') +
          p('Het Rijksbureau Digitale Weerbaarheid ondersteunt burgers, scholen en bedrijven bij het voorkomen en aanpakken van online schade. Wij geven voorlichting, verzamelen meldingen en adviseren het kabinet over nieuwe regels.') +
          section(
            h2('Actueel'),
            ul(
              a('/nieuws/aanpak-uitkleedapps', 'Kabinet wil uitkleedapps harder aanpakken: ook aanbieden wordt strafbaar') + ' · 17 februari 2026',
              'Nieuwe handreiking voor gemeenten over online intimidatie van raadsleden · 3 februari 2026',
              'Jaarrapportage meldingen 2025 gepubliceerd · 20 januari 2026',
            ),
          ) +
          section(
            h2('Internetconsultatie'),
            p('Tot en met 15 april 2026 kunt u reageren op het wetsvoorstel dat het aanbieden van diensten voor het maken van synthetische seksuele beelden van bestaande personen strafbaar stelt. ' + a('/consultatie/wetsvoorstel-synthetische-seksuele-beelden', 'Bekijk het voorstel en reageer') + '.'),
          ) +
          section(
            h2('Slachtoffer van een deepfake?'),
            p('Is er een nepnaaktfoto of deepfake van u gemaakt of verspreid? Dat is strafbaar. U kunt aangifte doen bij de politie en het beeld laten verwijderen. Op onze pagina ' + a('/melden', 'Melden') + ' leest u waar u terechtkunt.'),
          ) +
          footer('Rijksbureau Digitale Weerbaarheid is onderdeel van de Rijksoverheid.', [
            ['/over-ons', 'Over ons'],
            ['/privacy', 'Privacy'],
            ['/toegankelijkheid', 'Toegankelijkheid'],
            ['/kwetsbaarheid-melden', 'Kwetsbaarheid melden'],
            ['/contact', 'Contact'],
          ]),
      },
      {
        path: '/nieuws/aanpak-uitkleedapps',
        title: 'Kabinet wil uitkleedapps harder aanpakken | Rijksbureau Digitale Weerbaarheid',
        body:
          h1('Kabinet wil uitkleedapps harder aanpakken: ook aanbieden wordt strafbaar') +
          p('Nieuwsbericht · 17 februari 2026') +
          p('Het kabinet wil dat niet alleen het maken en verspreiden van nepnaaktbeelden strafbaar is, maar ook het aanbieden van diensten die daarvoor bedoeld zijn. Het gaat om zogeheten uitkleed- of nudify-apps: websites en bots waar gebruikers een foto van iemand uploaden, waarna de dienst met kunstmatige intelligentie een naaktbeeld genereert.') +
          p('Uit onderzoek in opdracht van het Rijksbureau blijkt dat zulke diensten openlijk adverteren met teksten als ‘Verwijder kleding van elke foto’ en ‘Deepfake iedereen die je kent’. De meeste werken met betaalde credits; een startpakket kost doorgaans rond de 10 euro. Betalen gebeurt vaak via cryptovaluta of buitenlandse tussenpersonen.') +
          blockquote('‘Wie een dienst bouwt om mensen zonder toestemming uit te kleden, maakt misbruik tot verdienmodel. Daar moeten we als samenleving een grens trekken.’', 'Staatssecretaris') +
          p('Daarnaast wil het kabinet toezichthouders meer mogelijkheden geven om betaaldienstverleners en hostingpartijen te verplichten hun diensten aan zulke aanbieders te beëindigen.'),
      },
      {
        path: '/consultatie/wetsvoorstel-synthetische-seksuele-beelden',
        title: 'Internetconsultatie wetsvoorstel synthetische seksuele beelden',
        body:
          h1('Internetconsultatie: Wet strafbaarstelling aanbieden synthetische seksuele beelden') +
          p('Status: open · Reageren kan tot en met 15 april 2026') +
          h2('Waar gaat het over?') +
          p('Het voorstel voegt een nieuw artikel toe aan het Wetboek van Strafrecht. Strafbaar wordt degene die beroeps- of bedrijfsmatig een dienst aanbiedt die is bestemd om zonder toestemming seksuele afbeeldingen van een bestaand persoon te vervaardigen, bijvoorbeeld door kleding digitaal te verwijderen of door een gezicht in seksueel materiaal te plaatsen (deepfake).') +
          h2('Wat vragen we u?') +
          ul(
            'Is de omschrijving ‘bestemd om’ voldoende duidelijk om legitieme beeldbewerking uit te sluiten?',
            'Hoe kunnen betaaldiensten en hostingpartijen het beste worden betrokken?',
            'Welke ervaringen hebben slachtoffers en hulpverleners met het laten verwijderen van deepfakes?',
          ) +
          p('Reacties worden na afloop openbaar gemaakt, tenzij u aangeeft dat niet te willen.'),
      },
      {
        path: '/melden',
        title: 'Melden | Rijksbureau Digitale Weerbaarheid',
        body:
          h1('Waar kunt u terecht?') +
          ul(
            '<strong>Aangifte doen:</strong> bij de politie, online of op het bureau. Ook als u niet weet wie het beeld heeft gemaakt.',
            '<strong>Beeld laten verwijderen:</strong> via een gespecialiseerd meldpunt dat rechtstreeks contact heeft met platforms.',
            '<strong>Een uitkleed-app of deepfake-site melden:</strong> gebruik ons meldformulier. Beschrijf wat de dienst aanbiedt en waar u hem zag. Stuur geen beelden mee.',
          ) +
          textForm('Webadres van de dienst en korte omschrijving', 'Melding versturen', '/melden/verzenden'),
      },
    ],
  },

  // 6 — victim-help (nl)
  {
    host: 'meldpuntnepnaakt.test', lang: 'nl', label: 'unrelated', shape: 'victim-help', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Meldpunt Nepnaakt — hulp bij nepnaaktfoto’s en deepfakes',
        body:
          nav([['/stappenplan', 'Stappenplan'], ['/melden', 'Melden'], ['/verwijderen', 'Laten verwijderen'], ['/contact', 'Chat of bel']], 'Meldpunt Nepnaakt') +
          p(a('https://weerbericht-snel.test/', 'Snel weg') + ' — deze knop brengt je direct naar een weersite') +
          h1('Er gaat een nepnaaktfoto van je rond. Wat nu?') +
          p('Iemand heeft een gewone foto van jou door een uitkleed-app of deepfake-tool gehaald. Dat is niet jouw schuld, en je staat er niet alleen voor. Wij helpen je gratis en anoniem om de beelden offline te krijgen.') +
          section(
            h2('Dit kun je nu doen'),
            ol(
              'Reageer niet op degene die het beeld verspreidt en betaal nooit als iemand je onder druk zet.',
              'Schrijf op waar je het beeld hebt gezien: de link, de naam van de groep of het account, de datum.',
              a('/melden', 'Vertel ons wat er is gebeurd') + '. Wij nemen binnen één werkdag contact op.',
            ),
          ) +
          section(
            h2('Hoe worden die beelden gemaakt?'),
            p('Er bestaan websites en Telegram-bots die reclame maken met ‘kleding uittrekken met AI’ of ‘zie iedereen naakt’. Voor een paar euro aan credits maken ze van één foto een nepbeeld. Het is nep, maar het doet echt pijn. En het is strafbaar.'),
          ) +
          faq('Vragen', [
            ['Ben ik zelf strafbaar omdat de foto van mij is?', 'Nee. Jij bent slachtoffer. Strafbaar is wie het beeld maakt of verspreidt.'],
            ['Ik ben jonger dan 18.', 'Dan zijn er extra snelle routes om beelden te laten verwijderen. Je krijgt geen problemen als je het meldt.'],
            ['Moet ik het beeld naar jullie sturen?', 'Nee, nooit. We hebben alleen links en een beschrijving nodig.'],
          ]) +
          footer('Meldpunt Nepnaakt is een initiatief van hulporganisaties en wordt gesubsidieerd door de overheid.', [
            ['/privacy', 'Privacy'],
            ['/over', 'Over ons'],
            ['/contact', 'Contact'],
          ]),
      },
      {
        path: '/stappenplan',
        title: 'Stappenplan | Meldpunt Nepnaakt',
        body:
          h1('Stappenplan bij een nepnaaktfoto of deepfake') +
          ol(
            '<strong>Adem even.</strong> Je hoeft niet alles vandaag op te lossen.',
            '<strong>Leg vast waar het beeld staat.</strong> Kopieer links en noteer gebruikersnamen en tijdstippen. Maak een schermafbeelding van de pagina of de chat, niet van het beeld zelf op een gedeeld apparaat.',
            '<strong>Meld het bij het platform.</strong> Kies ‘naaktbeelden zonder toestemming’ en zeg erbij dat het een nepbeeld is.',
            '<strong>Vraag zoekmachines om verwijdering.</strong> Voor nepnaaktbeelden hebben de meeste zoekmachines een apart formulier.',
            '<strong>Doe aangifte.</strong> Dat kan ook als je niet weet wie het was. Wij kunnen je helpen voorbereiden.',
            '<strong>Zoek steun.</strong> Praat met iemand die je vertrouwt, of met ons.',
          ),
      },
      {
        path: '/melden',
        title: 'Melden | Meldpunt Nepnaakt',
        body:
          h1('Vertel ons wat er is gebeurd') +
          p('Beschrijf in je eigen woorden wat er is gebeurd en waar je het beeld hebt gezien. Voeg geen afbeeldingen toe. Alles wat je ons vertelt blijft vertrouwelijk.') +
          '<form action="/melden/verzenden" method="post"><label>Wat is er gebeurd?<textarea name="omschrijving"></textarea></label><label>Links waar het beeld staat (één per regel)<textarea name="links"></textarea></label><label>Hoe mogen we je bereiken? (e-mail of telefoon)<input name="contact"></label><button>Versturen</button></form>' +
          p('Je mag ook anoniem melden. Dan kunnen we je alleen niet op de hoogte houden van de voortgang.'),
      },
      {
        path: '/verwijderen',
        title: 'Laten verwijderen | Meldpunt Nepnaakt',
        body:
          h1('Beelden laten verwijderen') +
          p('Wij hebben korte lijnen met sociale media, chatdiensten, hostingbedrijven en zoekmachines. Met jouw toestemming sturen wij namens jou een melding, zoals de Europese Digital Services Act die voorschrijft.') +
          p('Staat het beeld op de website van de uitkleed-dienst zelf, bijvoorbeeld in een openbare ‘galerij’? Dan melden wij de site bij de hostingprovider en de domeinregistrar. Draait de dienst ook als Telegram-bot, dan melden we die bij Telegram.') +
          p('Gemiddeld is een beeld binnen 48 uur verwijderd van de plekken die we kennen.'),
      },
      {
        path: '/contact',
        title: 'Contact | Meldpunt Nepnaakt',
        body:
          h1('Chat of bel met ons') +
          p('Chat: maandag tot en met vrijdag van 10.00 tot 22.00 uur. Telefoon: 0800-0000 (gratis). Je hoeft je naam niet te noemen.') +
          p('Onze medewerkers zijn getraind in het ondersteunen van slachtoffers van online beeldmisbruik, deepfakes en sextortion. We luisteren, denken mee en helpen je stap voor stap. Bij acuut gevaar: bel 112.') +
          p('Wil je liever eerst rustig lezen? Op onze pagina met het stappenplan staat alles op een rij. Je kunt ons ook later nog bereiken; er is geen termijn waarbinnen je moet melden.'),
      },
    ],
  },

  // 7 — law-firm (nl)
  {
    host: 'vanrijswijk-dehaan-advocaten.test', lang: 'nl', label: 'unrelated', shape: 'law-firm', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Advocaat beeldmisbruik en deepfakes | Van Rijswijk & De Haan Advocaten',
        head: jsonLd({ '@context': 'https://schema.org', '@type': 'LegalService', name: 'Van Rijswijk & De Haan Advocaten', areaServed: 'NL' }),
        body:
          nav(
            [
              ['/', 'Beeldmisbruik'],
              ['/kennisbank/dsa-melding-en-actie-deepfakes', 'Kennisbank'],
              ['/tarieven', 'Tarieven'],
              ['/contact?bron=menu', 'Gratis intake'],
            ],
            'Van Rijswijk & De Haan',
          ) +
          h1('Online beeldmisbruik en deepfakes') +
          p('Is er een nepnaaktfoto van u gemaakt met een uitkleed-app, of wordt u in een seksuele deepfake getoond? Ons team helpt u om de beelden te laten verwijderen, de dader aan te pakken en schadevergoeding te krijgen. Snel, discreet en met kennis van techniek én recht.') +
          section(
            h2('Waarmee wij u helpen'),
            ul(
              'Verwijderverzoeken aan platforms, hostingproviders en zoekmachines (notice-and-action onder de DSA)',
              'Kort geding tegen de verspreider of de exploitant van een deepfake- of nudify-site',
              'Afgifte van identificerende gegevens van anonieme accounts',
              'Begeleiding bij aangifte en spreekrecht in het strafproces',
              'Schadevergoeding op grond van onrechtmatige daad en de AVG',
            ),
          ) +
          section(
            h2('Onze aanpak'),
            p('De meeste uitkleed-diensten worden anoniem vanuit het buitenland geëxploiteerd. Toch maken ze gebruik van Europese tussenpersonen: hostingbedrijven, CDN’s, registrars en betaaldienstverleners. Die zijn gebonden aan de Digital Services Act. Een goed onderbouwde melding werkt vaak sneller dan een rechtszaak.'),
          ) +
          blockquote('‘Binnen een week waren alle kopieën die we hadden gevonden offline. Ik voelde me eindelijk serieus genomen.’', 'Cliënt, 2025') +
          p('Het eerste gesprek is gratis en vrijblijvend. ' + a('/contact?bron=home', 'Plan een intake') + '.') +
          footer('Van Rijswijk & De Haan Advocaten · Lid van de Nederlandse Orde van Advocaten · © 2026', [
            ['/privacy', 'Privacyverklaring'],
            ['/klachtenregeling', 'Klachtenregeling'],
            ['/algemene-voorwaarden', 'Algemene voorwaarden'],
          ]),
      },
      {
        path: '/kennisbank/dsa-melding-en-actie-deepfakes',
        title: 'De DSA-meldprocedure inzetten tegen deepfake- en uitkleedsites | Kennisbank',
        body:
          article(
            h1('De DSA-meldprocedure inzetten tegen deepfake- en uitkleedsites'),
            p('mr. E. de Haan · 14 januari 2026 · leestijd 6 minuten'),
            p('Artikel 16 van de Digital Services Act verplicht hostingdiensten een meldsysteem in te richten waarmee iedereen illegale inhoud kan melden. Een voldoende nauwkeurige en onderbouwde melding geeft de dienst ‘daadwerkelijke kennis’. Handelt de dienst dan niet snel, dan verliest hij zijn aansprakelijkheidsvrijstelling.'),
            h2('Wat moet er in de melding?'),
            ul('De exacte URL’s van de inhoud', 'Een toelichting waarom de inhoud illegaal is, bijvoorbeeld artikel 139h Sr (seksueel beeldmateriaal zonder toestemming)', 'Naam en e-mailadres van de melder', 'Een verklaring te goeder trouw'),
            h2('Het probleem van ‘upload een foto’-diensten'),
            p('Bij nudify-diensten staat het resultaat vaak niet openbaar online: de gebruiker downloadt het. Dan kan de dienst zelf het onderwerp van de melding zijn: de advertentieteksten (‘kleding verwijderen van elke foto’), het uploadformulier en de betaalpagina met credits. Hostingpartijen zijn steeds vaker bereid een site die uitsluitend bedoeld is om mensen uit te kleden als kennelijk onrechtmatig te beschouwen.'),
            p('<em>Dit artikel is algemene informatie en geen juridisch advies.</em>'),
          ),
      },
      {
        path: '/tarieven',
        title: 'Tarieven | Van Rijswijk & De Haan Advocaten',
        body:
          h1('Tarieven') +
          p('Wij werken transparant. Vooraf weet u wat u kunt verwachten.') +
          priceTable(
            ['Dienst', 'Tarief (excl. btw)'],
            [['Intakegesprek (45 min)', 'Gratis'], ['Verwijderpakket tot 20 URL’s', '€ 850 vast'], ['Kort geding', 'vanaf € 3.500'], ['Uurtarief', '€ 235']],
          ) +
          p('Komt u in aanmerking voor gesubsidieerde rechtsbijstand? Dan bespreken we dat in het intakegesprek. Ook werken we samen met slachtofferhulporganisaties.') +
          p('In sommige zaken kunnen de kosten op de wederpartij worden verhaald, bijvoorbeeld als de rechter de verspreider veroordeelt in de proceskosten. Wij zeggen u eerlijk vooraf of een procedure de moeite waard is, en wanneer een melding bij het platform goedkoper en sneller werkt.'),
      },
      {
        path: '/contact',
        title: 'Contact | Van Rijswijk & De Haan Advocaten',
        body:
          h1('Gratis intake aanvragen') +
          p('Beschrijf kort wat er is gebeurd. Stuur geen beelden mee: een omschrijving en de links zijn voldoende. Een advocaat belt u binnen één werkdag terug, op een tijdstip dat u schikt.') +
          '<form action="/contact/verzenden" method="post"><label>Naam<input name="naam"></label><label>Telefoon of e-mail<input name="contact"></label><label>Wat is er gebeurd?<textarea name="bericht"></textarea></label><button>Verzenden</button></form>' +
          p('Kantoor: Herengracht (op afspraak). We spreken ook af via een videoverbinding.') +
          p('Wij laten geen voicemail achter en sturen geen post naar uw huisadres, tenzij u aangeeft dat dat veilig is. Alles wat u ons vertelt valt onder het beroepsgeheim van de advocaat.'),
      },
    ],
  },

  // 8 — school-guide (nl)
  {
    host: 'weerbaaropschool.test', lang: 'nl', label: 'unrelated', shape: 'school-guide', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Uitkleed-apps en deepfakes: handreiking voor scholen | Weerbaar op School',
        body:
          nav(
            [
              ['/', 'Voor scholen'],
              ['/ouders', 'Voor ouders'],
              ['/lesbrief-deepfakes-onderbouw', 'Lesbrief'],
              ['/protocol', 'Protocol bij een incident'],
            ],
            'Weerbaar op School',
          ) +
          h1('Uitkleed-apps en deepfakes: wat moet uw school weten?') +
          p('Handreiking voor schoolleiders, mentoren, zorgcoördinatoren en aandachtsfunctionarissen · versie 2.1, januari 2026') +
          p('Steeds meer scholen krijgen te maken met leerlingen die met zogeheten nudify- of uitkleed-apps nepnaaktbeelden maken van klasgenoten of docenten. De apps zijn makkelijk te vinden, vaak gratis uit te proberen en worden geadverteerd op platforms waar leerlingen dagelijks zitten.') +
          section(
            h2('Wat zien leerlingen?'),
            p('Advertenties en filmpjes beloven ‘iedereen uit te kleden’ of ‘kleding weg te halen met één tik’. Sommige apps doen zich voor als fotobewerker; andere zijn Telegram-bots die om een foto vragen en binnen seconden een nepbeeld terugsturen. Leerlingen beseffen vaak niet dat dit strafbaar is en dat een nepnaaktbeeld van een minderjarige juridisch als kinderporno geldt.'),
          ) +
          section(
            h2('Kernboodschappen voor het team'),
            ul(
              'Behandel elk incident als zorgmelding, niet alleen als gedragsprobleem.',
              'Bekijk, kopieer of stuur het beeld nooit door — ook niet ‘als bewijs’.',
              'Zorg eerst voor de leerling die het slachtoffer is. Maak duidelijk dat het niet zijn of haar schuld is.',
              'Volg uw meldcode en betrek politie en Veilig Thuis waar nodig.',
            ),
          ) +
          section(
            h2('Materialen'),
            ul(a('/protocol', 'Protocol bij een incident (1 A4)'), a('/lesbrief-deepfakes-onderbouw', 'Lesbrief ‘Echt nep, echte schade’'), a('/ouders', 'Voorbeeldbrief en tips voor ouders')),
          ) +
          footer('Weerbaar op School is een gratis programma voor het voortgezet onderwijs. © 2026', [
            ['/ouders', 'Ouders'],
            ['/protocol', 'Protocol'],
            ['/privacy', 'Privacy'],
          ]),
      },
      {
        path: '/ouders',
        title: 'Voor ouders | Weerbaar op School',
        body:
          h1('Praten met je kind over uitkleed-apps') +
          p('Misschien heb je erover gelezen: apps die van een gewone foto een nepnaaktfoto maken. Ze bestaan echt, ze richten zich op jongeren en ze worden ook op Nederlandse scholen gebruikt. Je hoeft geen techneut te zijn om erover te praten.') +
          ul(
            'Begin met een nieuwsbericht in plaats van met een verhoor: ‘Heb jij hier weleens van gehoord?’',
            'Leg uit dat een nepnaaktfoto maken of doorsturen misbruik is en strafbaar — ook ‘voor de grap’.',
            'Zeg dat je kind altijd bij je terechtkan, en dat je de telefoon niet afpakt omdat het iets vertelt.',
            'Stel filters en appwinkel-instellingen in, maar vertrouw er niet alleen op.',
          ),
      },
      {
        path: '/lesbrief-deepfakes-onderbouw',
        title: 'Lesbrief: Echt nep, echte schade | Weerbaar op School',
        body:
          h1('Lesbrief: Echt nep, echte schade') +
          p('Doelgroep: klas 2–3 vmbo/havo/vwo · Duur: 50 minuten · Vak: mentorles, burgerschap') +
          h2('Leerdoelen') +
          ul('Leerlingen weten wat deepfakes en uitkleed-apps zijn.', 'Leerlingen begrijpen dat nepbeelden echte schade veroorzaken.', 'Leerlingen weten waar ze hulp kunnen vinden en hoe ze een vriend(in) kunnen steunen.') +
          h2('Opbouw') +
          ol(
            'Start (5 min): lees drie reclameteksten van zulke apps voor (alleen tekst, bijv. ‘Kleed elke foto uit in 5 seconden’). Vraag: voor wie is dit product bedoeld? Tegen wie wordt het gebruikt?',
            'Casus (15 min): een verzonnen verhaal over een groepsapp. Wat had ieder anders kunnen doen?',
            'Fabels (15 min): ‘Het is nep, dus het maakt niet uit.’ ‘Alleen bekende mensen worden slachtoffer.’ ‘Je wordt toch nooit gepakt.’',
            'Afsluiting (10 min): waar vind je hulp? Iedere leerling schrijft één zin op voor een vriend die dit overkomt.',
          ) +
          p('Let op: zoek deze apps niet op en laat ze niet zien in de klas.'),
      },
      {
        path: '/protocol',
        title: 'Protocol bij een incident | Weerbaar op School',
        body:
          h1('Protocol: vermoeden van een nepnaaktbeeld of deepfake') +
          ol(
            'Bekijk, kopieer of deel het beeld niet. Vraag leerlingen niet om het te laten zien.',
            'Noteer in woorden wat er is verteld, door wie en wanneer.',
            'Informeer direct de aandachtsfunctionaris of zorgcoördinator.',
            'Zorg dat de betrokken leerling veilig is en steun krijgt. Informeer ouders, tenzij dat de leerling in gevaar brengt.',
            'Schakel de politie in; bij minderjarigen is dat vrijwel altijd nodig.',
            'Help bij het laten verwijderen van beelden via een gespecialiseerd meldpunt.',
            'Evalueer: wat zegt dit over ons lesprogramma en onze afspraken over telefoongebruik?',
          ),
      },
    ],
  },

  // 9 — blocklist (nl)
  {
    host: 'schoonnet-filterlijst.test', lang: 'nl', label: 'unrelated', shape: 'blocklist', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'SchoonNet Filterlijst — blokkeer uitkleed- en deepfake-sites',
        head: metaDescription('Gratis filterlijst voor scholen, bibliotheken en gezinnen die nudify-, uitkleed- en deepfake-sites blokkeert. Voor Pi-hole, AdGuard, uBlock Origin en DNS-filters.'),
        body:
          nav(
            [
              ['/', 'Home'],
              ['/lijst/schoonnet-hosts.txt', 'Ruwe lijst (hosts)'],
              ['/lijst/schoonnet-domeinen.txt', 'Ruwe lijst (domeinen)'],
              ['/aanmelden', 'Domein aanmelden'],
              ['/wijzigingen', 'Wijzigingen'],
            ],
            'SchoonNet',
          ) +
          h1('SchoonNet Filterlijst') +
          p('Een open filterlijst tegen websites en apps die mensen op foto’s ‘uitkleden’, kleding ‘verwijderen met AI’ of seksuele deepfakes van echte mensen maken. Bijgehouden door vrijwilligers uit het onderwijs en de ICT.') +
          p('<strong>Aantal domeinen:</strong> 1.037 · <strong>Laatst bijgewerkt:</strong> 3 maart 2026 · <strong>Licentie:</strong> CC0') +
          section(
            h2('Voor wie?'),
            p('Schoolnetwerken, openbare bibliotheken, jongerencentra en gezinnen. Commerciële filters missen veel van deze diensten, omdat ze zich voordoen als onschuldige ‘AI-fotostudio’ en elke paar weken van domeinnaam wisselen. Wij houden nieuwe domeinen, spiegelsites en doorverwijzers bij.'),
          ) +
          section(
            h2('Zo gebruik je de lijst'),
            ul(
              '<strong>Pi-hole / AdGuard Home:</strong> voeg ' + a('/lijst/schoonnet-hosts.txt', 'schoonnet-hosts.txt') + ' toe onder Adlists.',
              '<strong>uBlock Origin:</strong> voeg ' + a('/lijst/schoonnet-domeinen.txt', 'schoonnet-domeinen.txt') + ' toe als eigen filterlijst.',
              '<strong>Firewalls en DNS-filters van schoolbesturen:</strong> vraag ons een RPZ-bestand aan.',
            ),
          ) +
          section(
            h2('Wat staat erop, en wat niet?'),
            p('Wel: domeinen die als hoofddoel hebben naakt- of seksuele beelden van echte mensen te maken zonder toestemming — uitkleed-sites, face-swapdiensten met 18+-templates, hun spiegels en betaaldoorverwijzers. Niet: gewone fotobewerkers, kledingwinkels, nieuwsberichten of voorlichtingssites óver deze diensten.'),
          ) +
          faq('Vragen', [
            ['Mijn site staat er onterecht op.', 'Meld het via ' + a('/aanmelden', 'het formulier') + '. Foutmeldingen behandelen we als eerste, meestal binnen twee werkdagen.'],
            ['Blokkeren jullie ook Telegram-bots?', 'Dat kan niet via DNS. Voor moderatoren houden we een aparte lijst met bot-namen bij.'],
          ]) +
          footer('SchoonNet is een vrijwilligersproject zonder winstoogmerk.', [
            ['/wijzigingen', 'Wijzigingen'],
            ['/aanmelden', 'Aanmelden'],
          ]),
      },
      {
        path: '/lijst/schoonnet-hosts.txt',
        title: 'schoonnet-hosts.txt',
        body:
          '<pre># SchoonNet Filterlijst (hosts-formaat)\n# Blokkeert uitkleed-, nudify- en seksuele deepfake-diensten\n# Homepage: https://schoonnet-filterlijst.test/\n# Bijgewerkt: 2026-03-03\n# Aantal: 1037\n#\n# --- uitkleed / nudify ---\n0.0.0.0 kleedvrij.test\n0.0.0.0 www.kleedvrij.test\n0.0.0.0 veilgone.test\n0.0.0.0 silkstrip.test\n0.0.0.0 lunabare.test\n0.0.0.0 snapstrip.test\n0.0.0.0 entkleidr.test\n0.0.0.0 undressia.test\n# --- face swap met 18+ templates ---\n0.0.0.0 skinshift.test\n0.0.0.0 nuvexa.test\n# --- spiegels en betaaldoorverwijzers ---\n0.0.0.0 kleedvrij-nl.test\n0.0.0.0 pay.snapstrip.test\n0.0.0.0 go.veilgone.test\n0.0.0.0 cdn.kleedvrij.test\n0.0.0.0 app.lunabare.test\n# ... de volledige lijst bevat 1037 regels\n# Let op: deze lijst blokkeert alleen diensten die zelf aanbieden om mensen uit te kleden of 18+ deepfakes te maken.\n# Nieuwsartikelen en voorlichting over zulke diensten worden nooit opgenomen.</pre>',
      },
      {
        path: '/lijst/schoonnet-domeinen.txt',
        title: 'schoonnet-domeinen.txt',
        body:
          '<pre># SchoonNet Filterlijst (domeinen, één per regel)\n# Voor uBlock Origin, AdGuard en DNS-filters die kale domeinen accepteren\n# Bijgewerkt: 2026-03-03\n# Licentie: CC0, vrij te gebruiken door scholen en bibliotheken\nkleedvrij.test\nkleedvrij-nl.test\nveilgone.test\ngo.veilgone.test\nsilkstrip.test\nlunabare.test\nsnapstrip.test\npay.snapstrip.test\nentkleidr.test\napp.entkleidr.test\nundressia.test\nskinshift.test\ncdn.skinshift.test\nnuvexa.test\n# ... en nog 1025 andere domeinen. Onterecht geblokkeerd? Meld het via het aanmeldformulier op de site, dan halen we het domein binnen 48 uur van de lijst.</pre>',
      },
      {
        path: '/aanmelden',
        title: 'Domein aanmelden | SchoonNet',
        body:
          h1('Domein aanmelden of foutmelding doen') +
          p('Ken je een uitkleed- of deepfake-dienst die nog niet op de lijst staat? Geef het domein en een korte omschrijving van wat de site aanbiedt, bijvoorbeeld: ‘foto uploaden, modus kleding verwijderen, credits vanaf €4,99’. Stuur nooit gegenereerde beelden of links daarnaar.') +
          textForm('Domein en omschrijving', 'Versturen', '/aanmelden/nieuw') +
          p('Elke aanmelding wordt door twee beheerders gecontroleerd. We kijken naar de eigen teksten van de site: belooft die mensen uit te kleden, biedt hij een ‘naakt’- of ‘röntgen’-modus aan, of verkoopt hij 18+-face-swaps?'),
      },
      {
        path: '/wijzigingen',
        title: 'Wijzigingen | SchoonNet',
        body:
          h1('Wijzigingen') +
          ul(
            '2026-03-03 — +19 domeinen (nieuwe spiegels van KleedVrij na een schorsing door de registrar), −1 fout-positief (een stomerij met ‘vlekken verwijderen’ in de naam).',
            '2026-02-20 — +8 domeinen. Aparte lijst met Telegram-botnamen voor moderatoren.',
            '2026-02-06 — +31 domeinen uit een advertentiecampagne met ‘gratis nudify-credits’ op videoplatforms.',
            '2026-01-15 — Lijst met kale domeinen toegevoegd voor uBlock Origin.',
            '2026-01-02 — Jaarlijkse opschoning: 44 domeinen verwijderd die niet meer bereikbaar zijn. Criteria op de homepage verduidelijkt na vragen van schoolbesturen.',
          ),
      },
    ],
  },

  // 10 — academic (nl)
  {
    host: 'irt-onderzoek.test', lang: 'nl', label: 'unrelated', shape: 'academic', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Instituut voor Recht en Technologie — onderzoek',
        body:
          nav([['/', 'Home'], ['/publicaties', 'Publicaties'], ['/publicaties/verdienmodel-uitkleedapps', 'Uitgelicht'], ['/team', 'Team'], ['/en', 'English']], 'IRT') +
          h1('Instituut voor Recht en Technologie') +
          p('Wij doen juridisch en empirisch onderzoek naar de regulering van digitale technologie: platformregulering, privacy, kunstmatige intelligentie en online veiligheid. Het instituut is verbonden aan de rechtenfaculteit en werkt samen met informatici en criminologen.') +
          section(
            h2('Nieuws'),
            ul(
              'Februari 2026 — Nieuw rapport: ‘Het verdienmodel van uitkleed-apps en de rol van betaaldienstverleners’. ' + a('/publicaties/verdienmodel-uitkleedapps', 'Lees de samenvatting') + '.',
              'Januari 2026 — Onze onderzoekers spraken in een rondetafelgesprek in de Tweede Kamer over deepfakes.',
              'December 2025 — Vacature: promovendus platformregulering en de DSA.',
            ),
          ) +
          section(
            h2('Onderzoekslijnen'),
            ul(
              '<strong>Platformregulering</strong> — de toepassing van de Digital Services Act in de praktijk.',
              '<strong>Beeldmisbruik</strong> — strafrechtelijke en civielrechtelijke aanpak van nepnaaktbeelden en deepfakes.',
              '<strong>AI en aansprakelijkheid</strong> — wie is verantwoordelijk als een AI-dienst schade veroorzaakt?',
            ),
          ) +
          p('Wij gebruiken bij ons onderzoek nooit foto’s van echte personen op de diensten die we bestuderen. Al onze metingen aan uitkleed- en deepfake-sites zijn vooraf getoetst door de ethische commissie van de faculteit, en onze data delen we alleen met onderzoekers en toezichthouders die een verwerkersovereenkomst tekenen.') +
          footer('Instituut voor Recht en Technologie · © 2026', [
            ['/team', 'Contact'],
            ['/publicaties', 'Publicaties'],
          ]),
      },
      {
        path: '/publicaties/verdienmodel-uitkleedapps',
        title: 'Het verdienmodel van uitkleed-apps — IRT',
        head: jsonLd({ '@context': 'https://schema.org', '@type': 'Report', name: 'Het verdienmodel van uitkleed-apps en de rol van betaaldienstverleners', datePublished: '2026-02', inLanguage: 'nl' }),
        body:
          h1('Het verdienmodel van uitkleed-apps en de rol van betaaldienstverleners') +
          p('J. Visser, A. El Amrani, T. Hoekstra · IRT-rapport 2026/02 · 64 pagina’s') +
          p(a('/publicaties/verdienmodel-uitkleedapps.pdf', 'Download pdf (2,4 MB)') + ' · ' + a('/publicaties/verdienmodel-uitkleedapps/citeren', 'Citeren')) +
          h2('Samenvatting') +
          p('Uitkleed-apps, ook wel nudify-diensten genoemd, genereren met AI nepnaaktbeelden van personen op basis van een geüploade foto. In dit rapport analyseren wij 92 van zulke diensten die in Nederland bereikbaar waren. Vrijwel alle diensten werken met een creditsysteem (mediaan € 9,99 voor 100 credits) en/of abonnementen, en adverteren met termen als ‘undress’, ‘remove clothes’ en ‘x-ray’. 58% bood iDEAL of creditcardbetaling aan via een tussenpersoon die de aankoop omschreef als ‘digitale kunst’; 34% accepteerde uitsluitend cryptovaluta. Wij bespreken de mogelijkheden van de DSA, de PSD2-regels en het nieuwe wetsvoorstel om deze betaalketen te doorbreken.') +
          h2('Geciteerd in') +
          p('Kamerstukken (2026), rapport van een toezichthouder (2026), 3 wetenschappelijke artikelen.'),
      },
      {
        path: '/publicaties',
        title: 'Publicaties — IRT',
        body:
          h1('Publicaties') +
          h3('2026') +
          ul(a('/publicaties/verdienmodel-uitkleedapps', 'Het verdienmodel van uitkleed-apps en de rol van betaaldienstverleners') + ' (rapport)', 'Notice-and-action under the DSA: the first two years (English, journal article)') +
          h3('2025') +
          ul('Artikel 139h Sr en synthetische beelden: een eerste analyse van de rechtspraak', 'Deepfakes en het portretrecht (annotatie)', 'Online veiligheid van minderjarigen en de leeftijdsverificatie-discussie') +
          p('Onze rapporten zijn gratis te downloaden. Voor artikelen in tijdschriften achter een betaalmuur plaatsen we waar mogelijk een auteursversie in de universitaire repository.'),
      },
      {
        path: '/team',
        title: 'Team — IRT',
        body:
          h1('Team') +
          ul(
            '<strong>Prof. dr. J. Visser</strong> — directeur, hoogleraar recht en technologie',
            '<strong>Dr. A. El Amrani</strong> — universitair docent strafrecht en digitalisering',
            '<strong>T. Hoekstra MSc</strong> — onderzoeker data en webmetingen',
            '<strong>mr. L. Jansen</strong> — promovendus platformregulering',
          ) +
          p('Vragen over ons onderzoek, of wilt u samenwerken? Stuur een e-mail naar het secretariaat. Journalisten kunnen terecht bij de persvoorlichter van de faculteit.') +
          p('Studenten die een scriptie willen schrijven over deepfakes, nudify-diensten of de DSA zijn welkom om contact op te nemen.'),
      },
    ],
  },

  // 11 — news (de)
  {
    host: 'rheinkurier.test', lang: 'de', label: 'unrelated', shape: 'news', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Rheinkurier — Nachrichten aus der Region und der Welt',
        body:
          rheinNav +
          cookieBanner('Wir und unsere Partner verwenden Cookies, um Inhalte zu personalisieren und Reichweite zu messen. Sie können Ihre Einwilligung jederzeit widerrufen.', 'Alle akzeptieren', 'Einstellungen') +
          section(
            h2('Aufmacher'),
            h1(a('/digital/2026/02/ausziehen-per-klick-ki-apps', 'Ausziehen per Klick: Wie KI-Apps mit gefälschten Nacktbildern Geld verdienen')),
            p('Von Katrin Albers und Jonas Wendt · 16. Februar 2026 · Lesezeit 11 Min.'),
            img(6, 'Symbolbild: ein Smartphone mit Upload-Schaltfläche'),
            p('Ein Foto hochladen, einen „Modus“ wählen, bezahlen: Sogenannte Nudify-Apps versprechen, „jede Person auszuziehen“. Unsere Recherche zeigt, wer dahintersteckt, wie viel die Anbieter verlangen – und warum Betroffene so selten Hilfe bekommen.'),
          ) +
          section(
            h2('Weitere Meldungen'),
            ul(
              a('/digital/2026/02/deepfake-gesetz-bundesrat', 'Deepfake-Strafrecht: Länder drängen auf neuen Paragrafen'),
              'Hochwasserschutz: Stadt investiert 14 Millionen Euro in neue Deiche',
              'Karneval: Zugweg bleibt wie im Vorjahr',
              'Fußball: Heimsieg im Derby vor 48.000 Zuschauern',
              'Wetter: Nach dem Sturm wird es wieder milder',
            ),
          ) +
          section(
            h2('Meinung'),
            p('Kommentar: Wer Nudify-Apps das Geschäft erschweren will, muss bei den Zahlungswegen ansetzen – nicht bei den Nutzern allein. Ein Plädoyer für mehr Verantwortung von Banken und App-Stores.'),
          ) +
          section(
            h2('Newsletter „Digital-Kompass“'),
            p('Jeden Freitag das Wichtigste aus Netzpolitik, KI und Datenschutz – verständlich erklärt.'),
            textForm('Ihre E-Mail-Adresse', 'Kostenlos abonnieren', '/newsletter/anmelden'),
          ) +
          footer('© 2026 Rheinkurier Verlag GmbH', [
            ['/impressum', 'Impressum'],
            ['/datenschutz', 'Datenschutz'],
            ['/abo', 'Abo'],
            ['/newsletter?utm_source=footer', 'Newsletter'],
          ]),
      },
      {
        path: '/digital/2026/02/ausziehen-per-klick-ki-apps',
        title: 'Ausziehen per Klick: Wie KI-Apps mit gefälschten Nacktbildern Geld verdienen | Rheinkurier',
        head: jsonLd({
          '@context': 'https://schema.org',
          '@type': 'NewsArticle',
          headline: 'Ausziehen per Klick: Wie KI-Apps mit gefälschten Nacktbildern Geld verdienen',
          datePublished: '2026-02-16T05:00:00+01:00',
          author: [{ '@type': 'Person', name: 'Katrin Albers' }, { '@type': 'Person', name: 'Jonas Wendt' }],
          inLanguage: 'de',
        }),
        body:
          rheinNav +
          article(
            h1('Ausziehen per Klick: Wie KI-Apps mit gefälschten Nacktbildern Geld verdienen'),
            p('Von Katrin Albers und Jonas Wendt · 16. Februar 2026, 05:00 Uhr'),
            p('„Lade ein Foto hoch. Unsere KI entfernt die Kleidung in Sekunden.“ So wirbt ein Anbieter namens EntKleidr auf seiner Startseite ' + a('https://entkleidr.test/?utm_source=rheinkurier', 'entkleidr.test') + '. Darunter: drei Gratis-Versuche, danach 100 Credits für 9,99 Euro. Wer mehr will, bucht ein „Premium-Abo“ für 29 Euro im Monat – mit „HD-Modus“, „Röntgen-Modus“ und „Deepfake-Video“.'),
            p('Der Rheinkurier hat über drei Monate 20 solcher Nudify- und Deepfake-Dienste untersucht. Für unsere Tests haben wir ausschließlich Fotos einer Schaufensterpuppe und KI-generierte Gesichter verwendet, die keiner realen Person gehören.'),
            h2('Bezahlt wird mit Krypto – oder über Umwege'),
            p('Kreditkartenzahlungen scheiterten bei den meisten Anbietern. Stattdessen landeten wir auf Zahlungsseiten fremder Domains, die den Kauf als „KI-Kunst-Guthaben“ deklarierten. Ein Dienst verwies uns auf einen Telegram-Bot, ' + a('https://t.me/EntKleidrBot', '@EntKleidrBot') + ', der Gutscheincodes gegen Kryptowährung verkauft.'),
            blockquote('„Die Betroffenen erfahren oft als Letzte davon. Und dann beginnt ein Kampf gegen Windmühlen.“', 'Beraterin einer Fachstelle gegen digitale Gewalt'),
            h2('Was das Recht sagt'),
            p('In Deutschland können das Herstellen und Verbreiten solcher Bilder unter anderem das Recht am eigenen Bild und § 201a StGB verletzen. Die Länder fordern einen eigenen Straftatbestand für Deepfakes. Plattformen müssen nach dem Digital Services Act Meldungen über rechtswidrige Inhalte zügig bearbeiten.'),
            p('EntKleidr ließ eine Anfrage des Rheinkurier unbeantwortet.'),
          ) +
          section(h2('Mehr zum Thema'), ul(a('/digital/2026/02/deepfake-gesetz-bundesrat', 'Deepfake-Strafrecht: Länder drängen auf neuen Paragrafen'), 'Hilfe für Betroffene: Diese Beratungsstellen gibt es')) +
          section(
            h2('Kommentare (52)'),
            p('<strong>Bernd K.</strong> — Warum sind solche Seiten überhaupt noch erreichbar? Die Zahlungsdienstleister muss man in die Pflicht nehmen.'),
            p('<strong>Lea_93</strong> — Danke für die Recherche. Eine Freundin war betroffen, die Polizei wusste nicht mal, was „Nudify“ ist.'),
          ),
      },
      {
        path: '/digital/2026/02/deepfake-gesetz-bundesrat',
        title: 'Deepfake-Strafrecht: Länder drängen auf neuen Paragrafen | Rheinkurier',
        body:
          rheinNav +
          article(
            h1('Deepfake-Strafrecht: Länder drängen auf neuen Paragrafen'),
            p('Von Jonas Wendt · 18. Februar 2026'),
            p('Mehrere Bundesländer wollen das Strafgesetzbuch um einen eigenen Tatbestand für die Verletzung von Persönlichkeitsrechten durch digitale Fälschungen ergänzen. Erfasst werden sollen ausdrücklich auch sexualisierte Deepfakes und Bilder aus sogenannten Ausziehen-Apps.'),
            p('Kritiker aus der Rechtswissenschaft halten das bestehende Recht teilweise für ausreichend, sehen aber Lücken bei der Verfolgung von Anbietern im Ausland. Opferverbände begrüßen den Vorstoß.'),
          ),
      },
      {
        path: '/newsletter',
        title: 'Newsletter | Rheinkurier',
        body:
          rheinNav +
          h1('Unsere Newsletter') +
          p('Wählen Sie aus, was Sie lesen möchten. Alle Newsletter sind kostenlos und jederzeit abbestellbar.') +
          ul('<strong>Morgenlage</strong> – werktags um 6 Uhr', '<strong>Digital-Kompass</strong> – freitags: Netzpolitik, KI, Datenschutz', '<strong>Region kompakt</strong> – täglich um 17 Uhr') +
          textForm('E-Mail-Adresse', 'Anmelden', '/newsletter/anmelden') +
          p('Ihre Adresse verwenden wir ausschließlich für den Versand der gewählten Newsletter. Eine Weitergabe an Dritte findet nicht statt. Jeder Newsletter enthält einen Link zum Abbestellen. Weitere Informationen finden Sie in unserer Datenschutzerklärung.'),
      },
    ],
  },

  // 12 — government (de)
  {
    host: 'lfdm-nordwest.test', lang: 'de', label: 'unrelated', shape: 'government', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Landesanstalt für digitale Medien Nordwest',
        body:
          nav(
            [
              ['/aktuelles', 'Aktuelles'],
              ['/aktuelles/pressemitteilung-verfahren-nudify-anbieter', 'Pressemitteilungen'],
              ['/aufsicht/jugendmedienschutz', 'Jugendmedienschutz'],
              ['/beschwerde', 'Beschwerde einreichen'],
              ['/ueber-uns', 'Über uns'],
            ],
            'LfdM Nordwest',
          ) +
          cookieBanner('Diese Website verwendet nur technisch notwendige Cookies.', 'Verstanden') +
          h1('Medienaufsicht für eine sichere digitale Welt') +
          p('Willkommen auf den Seiten der Landesanstalt. Hier finden Sie Informationen für Bürgerinnen und Bürger, Anbieter und Presse.') +
          p('Die Landesanstalt für digitale Medien Nordwest ist die unabhängige Aufsichtsbehörde für private Rundfunk- und Telemedienangebote. Wir setzen den Jugendmedienschutz durch, gehen gegen unzulässige Inhalte vor und stärken die Medienkompetenz. Dazu beraten wir Schulen, Eltern und Fachkräfte und fördern Projekte, die junge Menschen im Umgang mit KI-Bildern und Deepfakes stärken.') +
          section(
            h2('Aktuelles'),
            ul(
              a('/aktuelles/pressemitteilung-verfahren-nudify-anbieter', 'Pressemitteilung: Aufsichtsverfahren gegen 9 Anbieter von „Ausziehen“-Apps eingeleitet') + ' – 24.02.2026',
              'Medienkompetenz-Preis 2026: Bewerbungsphase startet – 10.02.2026',
              'Jahresbericht 2025 veröffentlicht – 28.01.2026',
            ),
          ) +
          section(
            h2('Sie haben einen Verstoß entdeckt?'),
            p('Ob Deepfake-Portal, Nudify-Dienst oder jugendgefährdendes Angebot ohne Altersprüfung: Über unser ' + a('/beschwerde', 'Beschwerdeformular') + ' können Sie Angebote melden. Bitte beschreiben Sie den Inhalt in Worten und senden Sie keine Bilder.'),
          ) +
          section(
            h2('Gesetzgebung'),
            p('Wir begleiten die Diskussion um einen eigenen Straftatbestand für Deepfakes und die Umsetzung des Digital Services Act. ' + a('/aufsicht/jugendmedienschutz', 'Mehr zu unserer Aufsicht') + '.'),
          ) +
          footer('© 2026 Landesanstalt für digitale Medien Nordwest (Anstalt des öffentlichen Rechts)', [
            ['/impressum', 'Impressum'],
            ['/datenschutz', 'Datenschutz'],
            ['/barrierefreiheit', 'Barrierefreiheit'],
            ['/leichte-sprache', 'Leichte Sprache'],
          ]),
      },
      {
        path: '/aktuelles/pressemitteilung-verfahren-nudify-anbieter',
        title: 'Pressemitteilung: Aufsichtsverfahren gegen Anbieter von „Ausziehen“-Apps',
        body:
          h1('Aufsichtsverfahren gegen 9 Anbieter von „Ausziehen“-Apps eingeleitet') +
          p('Pressemitteilung Nr. 07/2026 · 24. Februar 2026') +
          p('Die Landesanstalt für digitale Medien Nordwest hat Aufsichtsverfahren gegen neun Telemedienanbieter eingeleitet, die sogenannte Nudify- oder „Ausziehen“-Funktionen anbieten. Nutzerinnen und Nutzer können dort ein Foto einer beliebigen Person hochladen; eine KI erzeugt daraus ein gefälschtes Nacktbild.') +
          p('Die Angebote werben mit Slogans wie „Zieh jede aus – nur ein Klick“ oder „KI entfernt Kleidung in 5 Sekunden“. Sie verlangen in der Regel Guthaben („Credits“) ab etwa 10 Euro, teils auch Abos mit „VIP“-Stufen. Keines der Angebote verfügte über eine wirksame Altersverifikation. Mehrere wurden zusätzlich über Telegram-Bots vertrieben.') +
          blockquote('„Diese Dienste verletzen die Würde der abgebildeten Menschen und gefährden Kinder und Jugendliche. Wir werden alle Mittel nutzen, einschließlich Sperrverfügungen gegenüber Zugangs- und Zahlungsdienstleistern.“', 'Direktorin der Landesanstalt') +
          h2('Hintergrund') +
          ul('Rechtsgrundlage sind der Jugendmedienschutz-Staatsvertrag und der Digital Services Act.', 'Die Namen der Anbieter werden während der laufenden Verfahren nicht veröffentlicht.', 'Pressekontakt: Pressestelle der Landesanstalt.'),
      },
      {
        path: '/aufsicht/jugendmedienschutz',
        title: 'Jugendmedienschutz | LfdM Nordwest',
        body:
          h1('Jugendmedienschutz') +
          p('Wir prüfen, ob Anbieter von Telemedien die Vorgaben zum Schutz von Kindern und Jugendlichen einhalten. Dazu gehören wirksame Altersprüfungen bei pornografischen Angeboten und das Verbot von Inhalten, die die Menschenwürde verletzen.') +
          p('Besonders im Fokus stehen derzeit KI-Dienste, die Deepfakes erzeugen oder Kleidung auf Fotos „entfernen“. Solche Angebote sind häufig im Ausland registriert. Wir arbeiten deshalb mit anderen europäischen Aufsichtsbehörden und den Koordinatoren für digitale Dienste zusammen.'),
      },
      {
        path: '/beschwerde',
        title: 'Beschwerde einreichen | LfdM Nordwest',
        body:
          h1('Beschwerde einreichen') +
          p('Mit diesem Formular können Sie uns auf Angebote hinweisen, die gegen den Jugendmedienschutz oder andere medienrechtliche Vorgaben verstoßen könnten – etwa Nudify-Dienste oder Deepfake-Portale.') +
          '<form action="/beschwerde/senden" method="post"><label>Adresse (URL) des Angebots<input name="url"></label><label>Was haben Sie gesehen? Bitte in Worten beschreiben.<textarea name="beschreibung"></textarea></label><label>E-Mail für Rückfragen (freiwillig)<input name="email"></label><button>Beschwerde absenden</button></form>' +
          p('Bitte laden Sie keine Bilder hoch. Wenn Sie selbst betroffen sind, wenden Sie sich zusätzlich an die Polizei und an eine Beratungsstelle.') +
          p('Wir prüfen jede Beschwerde. Eine individuelle Rückmeldung ist wegen der hohen Zahl an Eingaben nicht immer möglich.'),
      },
    ],
  },
];
