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

const AUTHOR = 'dir';

const out = (url: string, text: string): string => a(url, text, 'rel="sponsored noopener" target="_blank"');
const tg = (handle: string): string => a(`https://t.me/${handle}`, `t.me/${handle}`, 'target="_blank"');
const stars = (n: number): string => '★'.repeat(Math.floor(n)) + (n % 1 ? '½' : '') + '☆'.repeat(5 - Math.ceil(n));

export const sites: CorpusSite[] = [
  // 1 — nl ranking
  {
    host: 'ai-ranglijst.test', lang: 'nl', label: 'directory', shape: 'ranking', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'AI Ranglijst 2026 — de beste uitkleed- en deepfake-tools met scores',
        head:
          metaDescription('Onafhankelijke ranglijst van AI-uitkleedtools en deepfake-apps. Scores, sterren, prijzen en de keuze van de redactie.') +
          jsonLd({
            '@context': 'https://schema.org',
            '@type': 'ItemList',
            name: 'Beste AI-uitkleedtools 2026',
            numberOfItems: 6,
            itemListElement: ['Drapeless', 'Bareflux', 'Unveilo', 'Faceheist', 'Rawlens', 'Noirswap'].map((name, i) => ({ '@type': 'ListItem', position: i + 1, name })),
          }),
        body:
          nav([['/', 'Ranglijst'], ['/categorie/deepfake', 'Deepfake'], ['/hoe-we-scoren', 'Hoe we scoren'], ['/transparantie', 'Transparantie']], 'AI Ranglijst') +
          cookieBanner('We plaatsen cookies van onszelf en van partners. Meer info op de pagina Transparantie.', 'Alles toestaan', 'Alleen noodzakelijk') +
          h1('De ranglijst: beste AI-uitkleedtools en deepfake-apps van 2026') +
          p(`Elke maand zetten we de bekendste tools naast elkaar en geven we ze een score van 1 tot 10. We kijken naar kwaliteit, snelheid, prijs per afbeelding en privacy. Bovenaan staat de keuze van de redactie: de tool die wij zelf zouden kiezen als we er één mochten houden.`) +
          priceTable(['Plek', 'Tool', 'Soort', 'Beoordeling', 'Score', 'Vanaf', ''], [
            ['1', '<strong>Drapeless</strong> 🏅 Keuze van de redactie', 'Uitkleden', stars(5), '9,3', '€23/mnd', out('https://drapeless.test/?ref=ranglijst', 'Bezoek')],
            ['2', 'Bareflux', 'Uitkleden', stars(4.5), '8,9', '€8,99', out('https://bareflux.test/?ref=ranglijst', 'Bezoek')],
            ['3', 'Unveilo', 'Uitkleden', stars(4.5), '8,5', 'gratis / €13,99', out('https://unveilo.test/?ref=ranglijst', 'Bezoek')],
            ['4', 'Faceheist', 'Face-swap 18+', stars(4), '8,0', '€11/mnd', out('https://faceheist.test/?ref=ranglijst', 'Bezoek')],
            ['5', 'Rawlens', 'Uitkleden', stars(4), '7,6', '€6,50/week', out('https://rawlens.test/?ref=ranglijst', 'Bezoek')],
            ['6', 'Noirswap', 'Deepfake-video', stars(3.5), '7,1', '€15', out('https://noirswap.test/?ref=ranglijst', 'Bezoek')],
          ]) +
          h2('Waarom Drapeless op één staat') +
          p(`Drapeless scoorde in onze blinde test het hoogst op kwaliteit en had als enige een prijspagina zonder verrassingen. Er is geen gratis proefversie, wat we jammer vinden, maar wie betaalt krijgt direct HD en een snelle wachtrij.`) +
          h2('Gedeelde tweede plek?') +
          p(`Bareflux en Unveilo liggen dicht bij elkaar. Bareflux is goedkoper per credit, Unveilo heeft het betere gratis aanbod. Twijfel je, probeer dan eerst de gratis pogingen van Unveilo.`) +
          p(`<small>Transparantie: als je via een knop op deze pagina een abonnement neemt, ontvangen wij een vergoeding van de aanbieder. Dat verandert niets aan de scores, die staan vast voordat we kijken wat een partner betaalt.</small>`) +
          footer('© 2026 AI Ranglijst · geen aanbieder van de besproken diensten', [['/transparantie', 'Transparantie'], ['/hoe-we-scoren', 'Methode'], ['/categorie/deepfake', 'Deepfake-ranglijst']]),
      },
      {
        path: '/categorie/deepfake',
        title: 'Deepfake-ranglijst 2026 | AI Ranglijst',
        body:
          nav([['/', 'Ranglijst'], ['/hoe-we-scoren', 'Hoe we scoren']], 'AI Ranglijst') +
          h1('Deepfake- en face-swap-tools gerangschikt') +
          p(`Deze tools plakken een gezicht uit een foto in een bestaande video of afbeelding, vaak met aparte 18+ templates. We beoordelen realisme, aantal templates, exportkwaliteit en prijs. Tools die alleen via een APK te installeren zijn krijgen een lagere privacyscore, omdat je niet weet wat de app nog meer doet.`) +
          ol(
            `Faceheist — 8,0 — ${stars(4)} — beste gezichtsherkenning · ${out('https://faceheist.test/?ref=ranglijst&cat=deepfake', 'bekijk')}`,
            `Noirswap — 7,1 — ${stars(3.5)} — video tot 1080p · ${out('https://noirswap.test/?ref=ranglijst&cat=deepfake', 'bekijk')}`,
            `Lookswap18 — 6,4 — ${stars(3)} — veel templates, traag · ${out('https://lookswap18.test/?ref=ranglijst&cat=deepfake', 'bekijk')}`,
            `Dupeface — 6,0 — ${stars(3)} — alleen APK en web-app · ${out('https://dupeface.test/?ref=ranglijst&cat=deepfake', 'bekijk')}`,
          ) +
          footer('© 2026 AI Ranglijst'),
      },
      {
        path: '/hoe-we-scoren',
        title: 'Hoe we scoren | AI Ranglijst',
        body:
          nav([['/', 'Ranglijst']], 'AI Ranglijst') +
          h1('Hoe komen de scores tot stand?') +
          p(`Drie redacteuren testen elke tool met dezelfde set van dertig stockfoto's waarvoor we een licentie hebben. Kwaliteit telt voor 40% mee, snelheid voor 20%, prijs voor 20% en privacy voor 20%. Onder privacy verstaan we: hoe lang bewaart de dienst uploads, kun je ze zelf verwijderen en waar is het bedrijf gevestigd.`, `De ranglijst wordt elke eerste maandag van de maand bijgewerkt. Verandert een prijs tussendoor, dan passen we alleen die kolom aan.`) +
          footer('© 2026 AI Ranglijst'),
      },
      {
        path: '/transparantie',
        title: 'Transparantie en affiliate-links | AI Ranglijst',
        body:
          nav([['/', 'Ranglijst']], 'AI Ranglijst') +
          h1('Transparantie') +
          p(`AI Ranglijst is gratis te lezen. We verdienen geld met partnerlinks: de knoppen "Bezoek" en "bekijk" bevatten een code waardoor de aanbieder ziet dat je via ons komt. Neem je een abonnement, dan krijgen wij een deel. Wij verkopen zelf niets, we hebben geen uploadfunctie en we zien niet wat je bij een aanbieder doet. Klachten over een betaling moet je dus bij de aanbieder neerleggen.`) +
          footer('© 2026 AI Ranglijst'),
      },
    ],
  },

  // 2 — en listicle on a blog (home is the blog index)
  {
    host: 'nightshift-ai-blog.test', lang: 'en', label: 'directory', shape: 'listicle', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Nightshift AI — blog about AI image tools, tested late at night',
        head: metaDescription('Nightshift AI reviews and ranks AI image tools: clothes remover apps, deepfake video makers, AI girlfriends. Honest lists, updated monthly.'),
        body:
          nav([['/', 'Blog'], ['/blog/best-ai-clothes-remover-tools', 'Clothes remover'], ['/blog/best-deepfake-video-makers', 'Deepfake makers'], ['/about', 'About'], ['/contact', 'Contact']], 'Nightshift AI') +
          h1('Latest posts') +
          article(
            h2(a('/blog/best-ai-clothes-remover-tools?utm_source=home&utm_medium=card', '11 Best AI Clothes Remover Tools in 2026 (Free &amp; Paid)')),
            p(`Posted 3 May 2026 · 12 min read`),
            img(3, ''),
            p(`We tried every AI clothes remover that showed up in search results and on Reddit-style forums this spring. Some are great, some are just a payment page with a logo. Here are the eleven that actually produced something, with what each one costs, what the free trial really includes, and who should skip it.`),
            p(a('/blog/best-ai-clothes-remover-tools', 'Read more →')),
          ) +
          article(
            h2(a('/blog/best-deepfake-video-makers', '6 Deepfake Video Makers With NSFW Templates, Compared')),
            p(`Posted 19 April 2026 · 8 min read`),
            p(`Face swap into video is the fastest growing category we cover. We compared six services on template libraries, 1080p and 4K export, and the price of a single clip. Spoiler: the cheapest one is not the worst.`),
            p(a('/blog/best-deepfake-video-makers', 'Read more →')),
          ) +
          article(
            h2('Coming soon: AI undress apps for iPhone — do any exist?'),
            p(`Short answer: not in the App Store. We are testing the web apps that promise "add to home screen" installs and will publish our findings next month.`),
          ) +
          section(h3('Get new lists first'), p('One email a month. No spam, unsubscribe any time.'), textForm('Email address', 'Subscribe', '/newsletter')) +
          footer('© 2026 Nightshift AI · Some links on this blog are affiliate links.', [['/about', 'About'], ['/contact', 'Contact'], ['/blog/best-ai-clothes-remover-tools?ref=footer', 'Top list']]),
      },
      {
        path: '/blog/best-ai-clothes-remover-tools',
        title: '11 Best AI Clothes Remover Tools in 2026 (Free & Paid) — Nightshift AI',
        body:
          nav([['/', 'Blog'], ['/about', 'About']], 'Nightshift AI') +
          h1('11 best AI clothes remover tools in 2026') +
          p(`<em>Disclosure: we may earn a commission when you sign up through links in this article.</em>`) +
          h2('Quick list') +
          ol(
            `${out('https://bareflux.test/?ref=nightshift', 'Bareflux')} — best value, $8.99 for 120 credits`,
            `${out('https://drapeless.test/?ref=nightshift', 'Drapeless')} — best quality, $24.99/month`,
            `${out('https://unveilo.test/?ref=nightshift', 'Unveilo')} — best free plan`,
            `${out('https://exposa.test/?ref=nightshift', 'Exposa')} — fastest, under 10 seconds`,
            `${out('https://clothra.test/?ref=nightshift', 'Clothra')} — most modes (9 styles)`,
            `${out('https://peelwise.test/?ref=nightshift', 'Peelwise')} — pay with crypto`,
            `${out('https://rawlens.test/?ref=nightshift', 'Rawlens')} — weekly plan`,
            `${out('https://cloakoff.test/?ref=nightshift', 'Cloakoff')} — free, low resolution`,
            `${out('https://stripfix.test/?ref=nightshift', 'Stripfix')} — has a Telegram bot`,
            `${out('https://xraybloom.test/?ref=nightshift', 'Xraybloom')} — "x-ray" filter only`,
            `${out('https://skinmint.test/?ref=nightshift', 'Skinmint')} — cheapest credits`,
          ) +
          h2('Bareflux — best value') +
          p(`Bareflux is a web app where users upload a photo and pick one of five modes. It's not the prettiest interface but the price per image is the lowest of the good ones. Free trial: 3 credits. Cons: results are saved for 30 days unless you delete them yourself.`) +
          h2('Drapeless — best quality') +
          p(`If quality is all you care about, Drapeless wins. No free trial, and the monthly plan renews automatically, so put a reminder in your calendar.`) +
          h2('Exposa — fastest') +
          p(`Exposa returns results in under ten seconds. It sells credits in packs from $5 and claims to delete uploads after 24 hours.`) +
          p(`The rest of the list is ranked in the same way: we weigh quality, price and how honest the pricing page is. Remember that using someone else's photo without their consent is illegal in a growing number of countries.`) +
          footer('© 2026 Nightshift AI'),
      },
      {
        path: '/blog/best-deepfake-video-makers',
        title: '6 Deepfake Video Makers With NSFW Templates — Nightshift AI',
        body:
          nav([['/', 'Blog']], 'Nightshift AI') +
          h1('6 deepfake video makers with NSFW templates') +
          p(`All six tools work the same way on paper: upload a face photo, pick a template or upload a clip, wait for the render. The differences are in template libraries, export quality and price per clip. We rendered the same three 15-second templates on every service and compared the results side by side. Price per clip is calculated on the cheapest plan that includes 1080p; watch out for "unlimited" plans that quietly drop to 720p after a daily limit.`) +
          priceTable(['Tool', 'Templates', 'Export', 'Price per clip', ''], [
            ['Faceheist', '1,200+', '1080p', '~$0.40', out('https://faceheist.test/?ref=nightshift', 'Visit')],
            ['Noirswap', '800', '1080p', '~$0.60', out('https://noirswap.test/?ref=nightshift', 'Visit')],
            ['Deepcandor', '300', '4K', '~$1.10', out('https://deepcandor.test/?ref=nightshift', 'Visit')],
            ['Lookswap18', '2,000+', '720p', '~$0.25', out('https://lookswap18.test/?ref=nightshift', 'Visit')],
            ['Vidmorph', '500', '4K', '~$0.90', out('https://vidmorph.test/?ref=nightshift', 'Visit')],
            ['Fakerie', '250', 'GIF / 720p', '~$0.15', out('https://fakerie.test/?ref=nightshift', 'Visit')],
          ]) +
          footer('© 2026 Nightshift AI'),
      },
      {
        path: '/about',
        title: 'About Nightshift AI',
        body:
          nav([['/', 'Blog']], 'Nightshift AI') +
          h1('About') +
          p(`Nightshift AI is written by one editor and two freelance testers. We started the blog because every "best of" list we found was copied from the next one. We pay for the tools we review and we say so when a link earns us money. We don't make or sell any AI tools ourselves, and there's nothing to upload here.`) +
          footer('© 2026 Nightshift AI'),
      },
      {
        path: '/contact',
        title: 'Contact — Nightshift AI',
        body:
          nav([['/', 'Blog']], 'Nightshift AI') +
          h1('Contact') +
          p(`Tool makers: we're happy to look at your product, but we review it on our own paid account and we don't accept money for placement. Readers: if a tool on one of our lists has changed its prices, gone offline or started charging you without consent, let us know and we'll update the post. We read everything, but we answer slowly.`) +
          textForm('Your message', 'Send', '/contact/send') +
          footer('© 2026 Nightshift AI'),
      },
    ],
  },

  // 3 — en listicle, mobile apps
  {
    host: 'appsnooper.test', lang: 'en', label: 'directory', shape: 'listicle', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Top 5 Undress AI Apps for Android & iPhone (2026) – AppSnooper',
        head: metaDescription('The 5 best undress AI apps you can actually install on Android or iPhone in 2026. APK vs web app, prices, free swaps, pros and cons.'),
        body:
          nav([['/', 'Top 5'], ['/apk-install-guide', 'APK guide'], ['/disclosure', 'Disclosure'], ['/privacy', 'Privacy']], 'AppSnooper') +
          h1('Top 5 undress AI apps for Android &amp; iPhone') +
          p(`Updated 9 May 2026. None of these apps are in the official stores — they get removed within days — so every entry below is either an APK for Android or a web app you add to your home screen. We installed each one on a spare phone.`) +
          h2('#1 Stripfix') +
          p(`Stripfix is the most polished mobile option. Its Android app lets users pick a photo from the gallery, choose a mode and get the result in the app; iPhone users get the same thing as a web app. There's a 3-a-day free limit and a weekly VIP.`) +
          p(`<b>Pros:</b> smooth app, dark mode, Telegram bot as a backup. <b>Cons:</b> the APK asks for more permissions than it needs.`) +
          p(`<b>Price:</b> VIP $5.99/week or $29.99/month`) +
          p(out('https://stripfix.test/app?ref=appsnooper', 'Visit site')) +
          h2('#2 Xraybloom') +
          p(`Xraybloom is web-only but works well on phones. Its gimmick is an "x-ray" slider instead of fixed modes. Credits are cheap and the free trial gives you five of them.`) +
          p(`<b>Pros:</b> no install needed. <b>Cons:</b> heavy pop-up ads on the free tier. <b>Price:</b> 100 credits for $7.`) +
          p(out('https://xraybloom.test/?ref=appsnooper', 'Visit site')) +
          h2('#3 Dupeface') +
          p(`Not strictly an undress app: Dupeface is a face swap app with an 18+ template section. It is included because it is the app our readers install most.`) +
          p(`<b>Price:</b> 5 free swaps a day, then $4.99/week. ` + out('https://dupeface.test/?ref=appsnooper', 'Visit site')) +
          h2('#4 Peelwise') +
          p(`Peelwise ships as an APK with crypto-only payments. Good results, but updates are irregular and the app sometimes stops connecting for a day.`) +
          p(`<b>Price:</b> from $9 in USDT. ` + out('https://peelwise.test/download?ref=appsnooper', 'Visit site')) +
          h2('#5 Exposa Lite') +
          p(`The lightweight version of Exposa's web tool. Fast and small (12 MB), but fewer modes than the full website.`) +
          p(`<b>Price:</b> shares credits with Exposa, from $5. ` + out('https://exposa.test/lite?ref=appsnooper', 'Visit site')) +
          p(`⚠️ Only install APKs you trust, and never use a photo of someone who hasn't agreed to it.`) +
          footer('© 2026 AppSnooper — we test apps, we don\'t make them. Links may be affiliate links.', [['/disclosure', 'Disclosure'], ['/privacy', 'Privacy'], ['/apk-install-guide', 'APK guide']]),
      },
      {
        path: '/apk-install-guide',
        title: 'How to install an APK safely – AppSnooper',
        body:
          nav([['/', 'Top 5']], 'AppSnooper') +
          h1('Installing apps from outside the Play Store') +
          p(`Most apps on our list are distributed as APK files from their own websites. Android will warn you before installing them, and for good reason: an APK can ask for permissions to your contacts, storage or SMS. Before installing, check the permissions list, scan the file with a virus scanner and prefer the web app version if one exists.`, `On iPhone there is no APK: "apps" in this category are websites that you can add to your home screen from the share menu. They behave like apps but cannot access anything outside the browser.`) +
          footer('© 2026 AppSnooper'),
      },
      {
        path: '/disclosure',
        title: 'Disclosure – AppSnooper',
        body:
          nav([['/', 'Top 5']], 'AppSnooper') +
          h1('Affiliate disclosure') +
          p(`Some of the "Visit site" links on AppSnooper are referral links. If you buy a subscription after clicking, the app developer may pay us a fee. Developers cannot buy a position in our top 5. AppSnooper is not the developer, seller or distributor of any app listed, and we do not host any APK files ourselves; download links point to the developers' own sites.`) +
          footer('© 2026 AppSnooper'),
      },
      {
        path: '/privacy',
        title: 'Privacy – AppSnooper',
        body:
          nav([['/', 'Top 5']], 'AppSnooper') +
          h1('Privacy policy') +
          p(`We collect anonymous visit statistics and the referral click itself (which link, when). We do not collect photos, we have no accounts and we do not share personal data with app developers beyond the referral code in the link. You can block our statistics script without losing any features. If you click through to an app's website, that website's own privacy policy applies, and it is usually much less friendly than ours.`) +
          footer('© 2026 AppSnooper'),
      },
    ],
  },

  // 4 — en single-review, scam-checker style
  {
    host: 'scamchecker-hub.test', lang: 'en', label: 'directory', shape: 'single-review', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Is Drapeless Legit? Drapeless Review, Trust Score & Safety Check',
        head:
          metaDescription('Is drapeless.test legit or a scam? Trust score 68/100. Our review of Drapeless: pricing, safety, complaints and verdict.') +
          jsonLd({
            '@context': 'https://schema.org',
            '@type': 'Product',
            name: 'Drapeless',
            aggregateRating: { '@type': 'AggregateRating', ratingValue: '3.9', bestRating: '5', reviewCount: '187' },
            review: { '@type': 'Review', author: { '@type': 'Organization', name: 'ScamChecker Hub' }, reviewRating: { '@type': 'Rating', ratingValue: '3.5', bestRating: '5' } },
          }),
        body:
          nav([['/', 'Review'], ['/drapeless/pricing', 'Pricing'], ['/drapeless/complaints', 'User complaints'], ['/about', 'About us']], 'ScamChecker Hub') +
          h1('Is Drapeless legit? Our review and safety check') +
          priceTable(['Check', 'Result'], [
            ['Trust score', '68 / 100'],
            ['Domain age', '1 year 4 months'],
            ['SSL certificate', 'Valid'],
            ['Company details', 'Not published'],
            ['Payment methods', 'Card via reseller, crypto'],
            ['User rating', '3.9 ★ (187 reviews)'],
          ]) +
          h2('What is Drapeless?') +
          p(`Drapeless is a paid AI service that generates "undressed" versions of uploaded photos. It offers several output styles, HD downloads and a private gallery, and it markets itself heavily on quality. Unlike most of its competitors it has no free trial: every generation requires a subscription.`) +
          h2('Is Drapeless a scam?') +
          p(`Based on our test purchase, no — the service delivered what it advertised. But several things lower the trust score: the operator is anonymous, the terms are governed by the law of an offshore jurisdiction, and the card charge shows up under a different merchant name, which confuses a lot of buyers.`) +
          h2('Is it safe to use?') +
          p(`Drapeless says uploads are deleted after 72 hours. We can't verify that. Do not upload anything private, and never upload photos of other people: in many countries creating such images without consent is a criminal offence, whatever the site's terms say.`) +
          h2('Our verdict') +
          p(`Legit but risky. 3.5/5. If you decide to try it, use a virtual card and cancel right after your first month.`) +
          p(out('https://drapeless.test/?ref=scamcheckerhub&utm_campaign=review', 'Go to Drapeless (affiliate)')) +
          footer('ScamChecker Hub © 2026. Independent website checks. Trust scores are opinions, not guarantees.', [['/about', 'About us'], ['/drapeless/complaints', 'Complaints']]),
      },
      {
        path: '/drapeless/pricing',
        title: 'Drapeless pricing: how much does it cost? – ScamChecker Hub',
        body:
          nav([['/', 'Review'], ['/drapeless/complaints', 'User complaints']], 'ScamChecker Hub') +
          h1('Drapeless pricing') +
          p(`Drapeless only sells subscriptions. Prices below are in USD as shown on drapeless.test on the day of our test; your bank may add a foreign transaction fee because the merchant is registered abroad.`) +
          priceTable(['Plan', 'Price', 'Included'], [
            ['Monthly', '$24.99', '300 HD generations'],
            ['Quarterly', '$59.99', '1,000 HD generations'],
            ['Yearly', '$179', 'unlimited standard, 5,000 HD'],
          ]) +
          p(`There is no refund once a generation has been used, and unused generations do not roll over to the next month. ${out('https://drapeless.test/pricing?ref=scamcheckerhub', 'Current prices on Drapeless')}`) +
          footer('ScamChecker Hub © 2026'),
      },
      {
        path: '/drapeless/complaints',
        title: 'Drapeless complaints and user reviews – ScamChecker Hub',
        body:
          nav([['/', 'Review'], ['/drapeless/pricing', 'Pricing']], 'ScamChecker Hub') +
          h1('What users say about Drapeless') +
          blockquote('"Works as described but I was billed twice the first month. Support fixed it after a week."', ' — user, 3★') +
          blockquote('"Couldn\'t find the cancel button, had to ask my bank to block it."', ' — user, 1★') +
          blockquote('"Best quality of the ones I tried, not cheap though."', ' — user, 5★') +
          p(`The most common complaints are about cancelling and about the unexpected merchant name on card statements. We have not seen reports of stolen card details.`) +
          footer('ScamChecker Hub © 2026'),
      },
      {
        path: '/about',
        title: 'About ScamChecker Hub',
        body:
          nav([['/', 'Review']], 'ScamChecker Hub') +
          h1('About us') +
          p(`ScamChecker Hub looks at websites people ask us about and publishes a trust score based on public data (domain age, hosting, company details) plus a test purchase where possible. We are not connected to the sites we review. Some reviews contain affiliate links; the trust score is calculated before any partnership is considered and cannot be bought.`) +
          footer('ScamChecker Hub © 2026'),
      },
    ],
  },

  // 5 — en single-review, app shell
  {
    host: 'reviewbyte.test', lang: 'en', label: 'directory', shape: 'single-review', author: AUTHOR,
    pages: [
      {
        path: '/',
        jsOnly: true,
        title: 'Faceheist Review 2026: Is It Safe? Features, Pricing & Verdict | ReviewByte',
        head:
          metaDescription('Our Faceheist review: how the NSFW face swap works, what it costs, whether it is safe and legit, and the best alternatives.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'SoftwareApplication', name: 'Faceheist', operatingSystem: 'Web', applicationCategory: 'MultimediaApplication', aggregateRating: { '@type': 'AggregateRating', ratingValue: 4.1, ratingCount: 96 }, offers: { '@type': 'Offer', price: '11.00', priceCurrency: 'USD' } }),
        body:
          nav([['/', 'Faceheist review'], ['/faceheist-vs-noirswap', 'Faceheist vs Noirswap'], ['/editorial-policy', 'Editorial policy']], 'ReviewByte') +
          h1('Faceheist review: is it safe and is it worth it?') +
          p(`By ReviewByte staff · Updated 21 April 2026 · 4.1 ★ from 96 readers`) +
          p(`Faceheist is a face swap service aimed at adults. It takes a face from a photo and places it into images or short videos from its own library of templates, many of them in an 18+ section, or into a clip the user uploads. It runs in the browser and charges a monthly fee with a credit allowance.`) +
          h2('Key features') +
          ul('1,200+ templates, tagged by category', 'Upload your own clip up to 60 seconds', '1080p export, 4K in beta', 'Face library: save up to 10 faces', 'Render queue with email notification') +
          h2('Pricing') +
          p(`The Basic plan costs $11/month for 40 credits; Pro is $27/month for 150 credits and priority rendering. A 15-second clip costs 2 credits. There's a one-time trial of 3 credits.`) +
          h2('Is Faceheist safe?') +
          p(`The site uses HTTPS and a payment reseller, so your card data isn't stored by Faceheist itself. Its privacy policy says uploaded faces stay in your library until you delete them — which means they're stored on their servers indefinitely. The terms forbid using faces of people without their consent, but there's no check that enforces it.`) +
          h2('Verdict') +
          p(`Technically impressive, fairly priced, but we'd like a clearer deletion policy. 4/5.`) +
          p(out('https://faceheist.test/?ref=reviewbyte', 'Visit Faceheist')) +
          footer('© 2026 ReviewByte — independent software reviews. We don\'t sell software.', [['/editorial-policy', 'Editorial policy'], ['/faceheist-vs-noirswap', 'Comparisons']]),
      },
      {
        path: '/faceheist-vs-noirswap',
        title: 'Faceheist vs Noirswap: which NSFW face swap is better? | ReviewByte',
        body:
          nav([['/', 'Faceheist review'], ['/editorial-policy', 'Editorial policy']], 'ReviewByte') +
          h1('Faceheist vs Noirswap') +
          priceTable(['', 'Faceheist', 'Noirswap'], [
            ['Templates', '1,200+', '~800'],
            ['Own clip upload', 'Yes, 60 s', 'Yes, 30 s'],
            ['Max export', '1080p (4K beta)', '1080p'],
            ['Cheapest plan', '$11/month', '$15 one-time pack'],
            ['Free trial', '3 credits', 'None'],
          ]) +
          p(`Both tools do the same basic job — put a face from an uploaded photo into a template or a clip — but they are built for different buyers. Faceheist is the better all-rounder with a larger library and a trial; Noirswap makes sense if you don't want a subscription and only need a few clips now and then. Render times were similar in our test, around two minutes for a 15-second clip. ${out('https://faceheist.test/?ref=reviewbyte&cmp=vs', 'Faceheist')} · ${out('https://noirswap.test/?ref=reviewbyte&cmp=vs', 'Noirswap')}`) +
          footer('© 2026 ReviewByte'),
      },
      {
        path: '/editorial-policy',
        title: 'Editorial policy | ReviewByte',
        body:
          nav([['/', 'Faceheist review']], 'ReviewByte') +
          h1('Editorial policy') +
          p(`Reviews on ReviewByte are written after at least a week of use on an account we paid for. We don't let companies read reviews before publication. Some links on the site are affiliate links and we earn money if you buy through them; which links those are doesn't change what we write. When a product changes, we update the review and note the date at the top.`) +
          footer('© 2026 ReviewByte'),
      },
    ],
  },

  // 6 — en alternatives
  {
    host: 'likethatapp.test', lang: 'en', label: 'directory', shape: 'alternatives', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Best Xraymuse Alternatives in 2026 (Free & Paid) — LikeThatApp',
        head: metaDescription('Looking for sites like Xraymuse? 5 Xraymuse alternatives compared: free credits, price per image, Telegram bots and more.'),
        body:
          nav([['/', 'Xraymuse alternatives'], ['/compare/xraymuse-vs-peelwise', 'Xraymuse vs Peelwise'], ['/submit-tool', 'Suggest a tool'], ['/privacy', 'Privacy']], 'LikeThatApp') +
          h1('Xraymuse alternatives: 5 tools like it') +
          p(`Xraymuse is known for its x-ray slider and its weekly plan. People look for alternatives when the bot is banned again, when the weekly price goes up, or simply because they want something with a real free tier. We've collected five sites like Xraymuse that do roughly the same job.`) +
          section(
            h2('Alternatives at a glance'),
            ul('<b>Xraybloom</b> — closest in style, slider-based, cheaper', '<b>Peelwise</b> — crypto payments, APK', '<b>Clothra</b> — more modes, monthly plan', '<b>Bareflux</b> — best value credits', '<b>Stripfix</b> — mobile app + Telegram bot'),
          ) +
          h3('1. Xraybloom') +
          p(`If you liked the slider on Xraymuse, Xraybloom is nearly identical and starts at $7 for 100 credits. The free tier has ads. ${out('https://xraybloom.test/?ref=likethat', 'Visit Xraybloom')}`) +
          h3('2. Peelwise') +
          p(`Peelwise is the pick for people who want to pay with crypto only. It has an Android APK and a web version, and it doesn't ask for an email address to sign up. ${out('https://peelwise.test/?ref=likethat', 'Visit Peelwise')}`) +
          h3('3. Clothra') +
          p(`Clothra offers nine output styles, from swimwear to full undress, and a monthly plan at $16.99. Slower than Xraymuse at peak times. ${out('https://clothra.test/?ref=likethat', 'Visit Clothra')}`) +
          h3('4. Bareflux') +
          p(`Cheapest price per image of any decent tool we tried: $8.99 for 120 credits, no subscription needed. ${out('https://bareflux.test/?ref=likethat', 'Visit Bareflux')}`) +
          h3('5. Stripfix') +
          p(`Stripfix is mainly a phone app, with a Telegram bot as backup when the app is down. Weekly VIP $5.99. ${out('https://stripfix.test/?ref=likethat', 'Visit Stripfix')}`) +
          p(`Why not just use Xraymuse? You still can: ${out('https://xraymuse.test/?ref=likethat', 'xraymuse.test')}. But its support is slow and refunds are rare.`) +
          p(`<small>We earn a commission from some links. LikeThatApp does not provide any of these services.</small>`) +
          footer('© 2026 LikeThatApp — find apps like the ones you know', [['/submit-tool', 'Suggest a tool'], ['/privacy', 'Privacy']]),
      },
      {
        path: '/compare/xraymuse-vs-peelwise',
        title: 'Xraymuse vs Peelwise — LikeThatApp',
        body:
          nav([['/', 'Xraymuse alternatives'], ['/submit-tool', 'Suggest a tool']], 'LikeThatApp') +
          h1('Xraymuse vs Peelwise') +
          p(`Two tools with a similar audience but a different approach to payment and privacy. Xraymuse wants an email and sells a weekly plan by card; Peelwise takes crypto only and needs no email at all. Quality is close — Xraymuse is a little better with low-light photos, Peelwise is faster.`) +
          priceTable(['', 'Xraymuse', 'Peelwise'], [['Plan', '$6.90/week', 'from $9 USDT'], ['Free trial', '2 credits', '1 credit'], ['Telegram bot', 'Yes', 'No'], ['APK', 'No', 'Yes']]) +
          p(`${out('https://xraymuse.test/?ref=likethat&cmp=1', 'Xraymuse')} · ${out('https://peelwise.test/?ref=likethat&cmp=1', 'Peelwise')}`) +
          footer('© 2026 LikeThatApp'),
      },
      {
        path: '/submit-tool',
        title: 'Suggest a tool — LikeThatApp',
        body:
          nav([['/', 'Xraymuse alternatives']], 'LikeThatApp') +
          h1('Suggest an alternative') +
          p(`Know a tool that belongs on one of our alternatives lists? Send us its name and website. We try every suggestion before adding it and we won't list sites that don't work, that ask for card details before showing a price, or that look like a copy of another site. We don't charge for listings.`) +
          textForm('Tool name and URL', 'Send suggestion', '/submit-tool/send') +
          footer('© 2026 LikeThatApp'),
      },
      {
        path: '/privacy',
        title: 'Privacy — LikeThatApp',
        body:
          nav([['/', 'Xraymuse alternatives']], 'LikeThatApp') +
          h1('Privacy') +
          p(`LikeThatApp uses a privacy-friendly analytics tool and affiliate links. Affiliate partners may set their own cookies when you click through to their website. We don't collect names, photos or payment data, and the suggestion form only stores what you type into it. Ask us to delete a suggestion at any time by writing to privacy@likethatapp.test. We reply within a week.`) +
          footer('© 2026 LikeThatApp'),
      },
    ],
  },

  // 7 — en coupon
  {
    host: 'dealsforai.test', lang: 'en', label: 'directory', shape: 'coupon', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'DealsForAI — coupon codes for AI tools, verified daily',
        head: metaDescription('Coupon codes and promo deals for AI image, undress and face swap tools. Copy the code, get the discount.'),
        body:
          nav([['/', 'All stores'], ['/drapeless-coupon', 'Drapeless'], ['/faceheist-promo-code', 'Faceheist'], ['/faq', 'FAQ']], 'DealsForAI') +
          textForm('Find a store', 'Search', '/search') +
          h1('AI tool coupons that work') +
          p(`We track discount codes for 60+ AI tools. Every code is tested by a person at least once a week; codes that fail three times are marked expired. Hot deals this week:`) +
          ul(
            `<b>Drapeless</b> — 20% off your first month · code DRAPE20 · ${button('Copy code')} · expires 06/30/2026`,
            `<b>Faceheist</b> — 10 free credits on sign-up · code HEIST10 · ${button('Copy code')} · expires 06/15/2026`,
            `<b>Clothra</b> — 3 months for the price of 2 · no code, ${out('https://clothra.test/?aff=dealsforai&deal=3for2', 'activate deal')} · ends Sunday`,
            `<b>Lookswap18</b> — 50% off weekly VIP · code LOOK50 · ${button('Copy code')} · expires 05/31/2026`,
            `<b>Stripfix</b> — free week of VIP with the app · code APPWEEK · ${button('Copy code')} · expired, 41% still report success`,
          ) +
          h2('Popular stores') +
          p(`${a('/drapeless-coupon', 'Drapeless')} · ${a('/faceheist-promo-code', 'Faceheist')} · ${out('https://bareflux.test/?aff=dealsforai', 'Bareflux')} · ${out('https://exposa.test/?aff=dealsforai', 'Exposa')} · ${out('https://deepcandor.test/?aff=dealsforai', 'Deepcandor')} · ${out('https://noirswap.test/?aff=dealsforai', 'Noirswap')}`) +
          faq('Good to know', [
            ['Do I pay DealsForAI anything?', 'No. Stores pay us a commission for some sales. Your price is never higher because of us.'],
            ['Why does my code say invalid?', 'Most codes are for new accounts only, or only for card payments. Some stores switch codes off early.'],
          ]) +
          footer('© 2026 DealsForAI · We are a coupon site, not a seller. 18+.', [['/faq', 'FAQ'], ['/drapeless-coupon', 'Drapeless coupon']]),
      },
      {
        path: '/drapeless-coupon',
        title: 'Drapeless Coupon Code: 3 Working Codes + Free Trial Info (2026)',
        body:
          nav([['/', 'All stores'], ['/faceheist-promo-code', 'Faceheist']], 'DealsForAI') +
          h1('Drapeless coupon codes') +
          p(`Drapeless is a subscription-only AI undress service known for high-quality HD output. There's no free trial, which makes a coupon the cheapest way to try it. Last verified: today.`) +
          priceTable(['Discount', 'Code', 'Expires', 'Verified'], [
            ['20% off first month', `DRAPE20 ${button('Copy code')}`, '06/30/2026', '✔ 2 days ago'],
            ['$10 off yearly plan', `YEAR10 ${button('Copy code')}`, '07/31/2026', '✔ 5 days ago'],
            ['Double HD credits', `HDX2 ${button('Copy code')}`, '05/20/2026', '✖ failed once'],
          ]) +
          p(`Does Drapeless have a free trial? No. Is there a student discount? Also no. ${out('https://drapeless.test/pricing?aff=dealsforai', 'Open Drapeless pricing')}`) +
          footer('© 2026 DealsForAI'),
      },
      {
        path: '/faceheist-promo-code',
        title: 'Faceheist Promo Code — free credits & discounts',
        body:
          nav([['/', 'All stores'], ['/drapeless-coupon', 'Drapeless']], 'DealsForAI') +
          h1('Faceheist promo codes') +
          p(`Faceheist is an 18+ face swap service with monthly plans from $11. Promo codes usually add credits rather than reduce the price. Codes only work when entered before the first payment, in the field marked "Have a promo code?".`) +
          ul(`HEIST10 — 10 free credits — ${button('Copy code')} — until 06/15/2026`, `PROSWAP — 15% off Pro — ${button('Copy code')} — until 07/01/2026`, `REFER5 — 5 credits for you and a friend — ${button('Copy code')} — no expiry`) +
          p(out('https://faceheist.test/?aff=dealsforai&coupon=HEIST10', 'Go to Faceheist')) +
          footer('© 2026 DealsForAI'),
      },
      {
        path: '/faq',
        title: 'FAQ — DealsForAI',
        body:
          nav([['/', 'All stores']], 'DealsForAI') +
          faq('Frequently asked questions', [
            ['How do you find codes?', 'From the stores themselves, from newsletters and from users who send them in. Every code is tried before it is published.'],
            ['Can you help with a refund?', 'No. We don\'t sell anything and have no access to your account. Contact the store directly.'],
            ['Why are some deals "no code"?', 'Some stores only give the discount when you arrive through a special link. Click "activate deal" and the price is adjusted at checkout.'],
            ['Is this site for adults?', 'Yes. Many of the stores we list are 18+ services, and you need to be an adult to use them.'],
          ]) +
          footer('© 2026 DealsForAI'),
      },
    ],
  },

  // 8 — en telegram-list, table style
  {
    host: 'tgdeepfakes-list.test', lang: 'en', label: 'directory', shape: 'telegram-list', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Telegram Deepfake & Undress Bots Directory — 2026 list with member counts',
        body:
          nav([['/', 'All'], ['/bots/undress', 'Undress bots'], ['/bots/face-swap', 'Face swap bots'], ['/about', 'About']], 'TG Bot Directory') +
          h1('Telegram bots for AI undress &amp; deepfakes') +
          p(`Directory of Telegram bots and channels. We list the handle, the language of the menu, how many free tries you get, and how many members the bot's channel has. Updated every few days, because bots here get banned all the time. Tap a handle to open it in Telegram.`) +
          priceTable(['Bot', 'Type', 'Menu', 'Free tries', 'Members'], [
            [tg('stripfix_bot'), 'Undress', 'EN/ES', '3', '52.4k'],
            [tg('xraybloom_robot'), 'Undress, x-ray', 'EN', '2', '30.1k'],
            [tg('clothra_ai_bot'), 'Undress, 9 styles', 'EN/PT', '1', '18.8k'],
            [tg('faceheist_swap_bot'), 'Face swap', 'EN', '3 credits', '21.0k'],
            [tg('lookswap18_bot'), 'Face swap 18+', 'EN/RU', '5', '44.7k'],
            [tg('deepcandor_video_bot'), 'Video deepfake', 'EN', '0', '7.2k'],
            [tg('exposa_fast_bot'), 'Undress', 'EN/DE', '2', '12.3k'],
            [tg('peelwise_crypto_bot'), 'Undress', 'EN', '1', '9.9k'],
          ]) +
          h2('Channels worth following') +
          ul(`${tg('undressbots_backup')} — posts new handles after bans · 63k`, `${tg('swapbots_daily')} — face swap bots & free credit drops · 29k`, `${tg('stripfix_news')} — official Stripfix channel · 18k`) +
          p(`This directory has no relationship with the bots listed. Payments inside a bot go to its owner, not to us. Report abusive bots to Telegram.`) +
          faq('FAQ', [
            ['A handle does not open?', 'The bot was probably banned since our last check. Look in the backup channels above for the new handle, or wait for our next update.'],
            ['How do you count members?', 'We use the subscriber count of the bot\'s official channel, or the monthly users shown on the bot profile if there is no channel.'],
          ]) +
          footer('TG Bot Directory · 2026', [['/about', 'About'], ['/bots/undress', 'Undress bots'], ['/bots/face-swap', 'Face swap bots']]),
      },
      {
        path: '/bots/undress',
        title: 'Undress bots on Telegram — TG Bot Directory',
        body:
          nav([['/', 'All'], ['/bots/face-swap', 'Face swap bots']], 'TG Bot Directory') +
          h1('Undress bots') +
          p(`These bots take a photo you send in the chat and reply with a generated result. Most use Telegram Stars for payment; a few still ask for crypto. Prices per photo range from roughly $0.05 to $0.50.`) +
          ol(
            `${tg('stripfix_bot')} — 52.4k · fast, stable, Stars`,
            `${tg('xraybloom_robot')} — 30.1k · x-ray slider in chat buttons`,
            `${tg('clothra_ai_bot')} — 18.8k · choose style from menu`,
            `${tg('exposa_fast_bot')} — 12.3k · under 10 seconds`,
            `${tg('peelwise_crypto_bot')} — 9.9k · USDT only`,
            `${tg('bareflux_tg_bot')} — 4.1k · new, same credits as the website`,
          ) +
          footer('TG Bot Directory · 2026'),
      },
      {
        path: '/bots/face-swap',
        title: 'Face swap & deepfake bots on Telegram — TG Bot Directory',
        body:
          nav([['/', 'All'], ['/bots/undress', 'Undress bots']], 'TG Bot Directory') +
          h1('Face swap bots') +
          p(`Bots that swap a face from your photo into a template image or video, including adult templates. Video bots are slower and usually have no free tries; photo bots are quicker and cheaper. Several of these bots share credits with a website of the same name.`) +
          ol(
            `${tg('lookswap18_bot')} — 44.7k · 2,000+ templates`,
            `${tg('faceheist_swap_bot')} — 21.0k · uses your Faceheist credits`,
            `${tg('deepcandor_video_bot')} — 7.2k · 4K video, expensive`,
            `${tg('noirswap_bot')} — 6.6k · one-time packs`,
          ) +
          footer('TG Bot Directory · 2026'),
      },
      {
        path: '/about',
        title: 'About — TG Bot Directory',
        body:
          nav([['/', 'All']], 'TG Bot Directory') +
          h1('About this directory') +
          p(`We started this list because searching Telegram for working bots is a pain: half of the results are dead or fake copies that only take your money. We check every bot by starting it and looking at the menu; we don't send photos. Bot owners can ask for a listing through our channel. Sponsored positions are marked as such.`) +
          footer('TG Bot Directory · 2026'),
      },
    ],
  },

  // 9 — en ranking, leaderboard
  {
    host: 'rankedai-leaderboard.test', lang: 'en', label: 'directory', shape: 'ranking', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Undress AI Leaderboard 2026 — scores, stars & editor\'s choice | RankedAI',
        head:
          metaDescription('The Undress AI leaderboard: every major AI undress and deepfake tool scored 0–100. Editor\'s choice, best free, best cheap.') +
          jsonLd({
            '@context': 'https://schema.org',
            '@type': 'ItemList',
            itemListOrder: 'https://schema.org/ItemListOrderDescending',
            itemListElement: [
              { '@type': 'ListItem', position: 1, item: { '@type': 'SoftwareApplication', name: 'Clothra', aggregateRating: { '@type': 'AggregateRating', ratingValue: 4.7, bestRating: 5, ratingCount: 310 } } },
              { '@type': 'ListItem', position: 2, item: { '@type': 'SoftwareApplication', name: 'Exposa', aggregateRating: { '@type': 'AggregateRating', ratingValue: 4.5, bestRating: 5, ratingCount: 228 } } },
              { '@type': 'ListItem', position: 3, item: { '@type': 'SoftwareApplication', name: 'Lookswap18', aggregateRating: { '@type': 'AggregateRating', ratingValue: 4.3, bestRating: 5, ratingCount: 402 } } },
            ],
          }),
        body:
          nav([['/', 'Leaderboard'], ['/editors-choice', 'Editor\'s choice'], ['/methodology', 'Methodology'], ['/advertise', 'Advertise']], 'RankedAI') +
          h1('Undress AI leaderboard') +
          p(`Scores out of 100. Green = up since last month, red = down. Click a tool name to visit it.`) +
          priceTable(['Rank', 'Tool', 'Rating', 'Score', 'Best for', 'Price'], [
            ['1', `${out('https://clothra.test/?ref=rankedai', 'Clothra')} <span class="badge">EDITOR'S CHOICE</span>`, stars(4.5), '94 ▲', 'Most styles', '$16.99/mo'],
            ['2', out('https://exposa.test/?ref=rankedai', 'Exposa'), stars(4.5), '91 ▲', 'Speed', 'from $5'],
            ['3', out('https://lookswap18.test/?ref=rankedai', 'Lookswap18'), stars(4), '87 ▼', 'Face swap 18+', '$3.99/week'],
            ['4', out('https://bareflux.test/?ref=rankedai', 'Bareflux'), stars(4), '85', 'Value', '$8.99'],
            ['5', out('https://deepcandor.test/?ref=rankedai', 'Deepcandor'), stars(4), '82 ▲', '4K video', '$1.10/clip'],
            ['6', out('https://stripfix.test/?ref=rankedai', 'Stripfix'), stars(3.5), '78', 'Mobile', '$5.99/week'],
            ['7', out('https://xraybloom.test/?ref=rankedai', 'Xraybloom'), stars(3.5), '74 ▼', 'Free tier', 'free / $7'],
            ['8', out('https://peelwise.test/?ref=rankedai', 'Peelwise'), stars(3), '69', 'Crypto', 'from $9'],
          ]) +
          h2('Category winners') +
          ul('🏆 Editor\'s choice: Clothra', '⚡ Fastest: Exposa', '💸 Best cheap: Bareflux', '🎬 Best video deepfake: Deepcandor', '🆓 Best free: Xraybloom') +
          p(`Disclosure — the short version: tools pay us when you sign up through this leaderboard. The long version is on ${a('/methodology', 'our methodology page')}. Paying partners and non-partners are scored with the same test.`) +
          h2('What changed this month') +
          p(`Clothra takes the top spot from Exposa after a model update that improved results on indoor photos. Lookswap18 drops three points because its renders slowed down badly in the evening, and Xraybloom lost points for adding more pop-up ads to its free tier. Deepcandor is the biggest riser: its 4K video export is finally out of beta.`) +
          footer('RankedAI © 2026 · We rank tools, we don\'t run them.', [['/methodology', 'Methodology'], ['/advertise', 'Advertise'], ['/editors-choice', 'Editor\'s choice']]),
      },
      {
        path: '/editors-choice',
        title: 'Editor\'s choice: Clothra | RankedAI',
        body:
          nav([['/', 'Leaderboard'], ['/methodology', 'Methodology']], 'RankedAI') +
          h1('Why Clothra is our editor\'s choice') +
          p(`Clothra moved to the top this month after a model update that noticeably improved results on indoor photos. It offers nine output styles, an HD export, a history you can wipe with one click and a monthly plan without weekly renewals. It's not the fastest — Exposa is — but it's the most complete tool on the board.`) +
          p(out('https://clothra.test/?ref=rankedai&utm_content=editors-choice', 'Visit Clothra →')) +
          footer('RankedAI © 2026'),
      },
      {
        path: '/methodology',
        title: 'Methodology & disclosure | RankedAI',
        body:
          nav([['/', 'Leaderboard']], 'RankedAI') +
          h1('How the leaderboard works') +
          p(`Each tool gets up to 40 points for output quality, 20 for speed, 20 for price, 10 for privacy and 10 for ease of cancelling. We re-test monthly with the same set of stock images.`, `Money: RankedAI is funded by referral commissions. If you click a tool name and subscribe, the tool pays us a percentage. Some tools pay more than others; that doesn't move them up. We also sell clearly labelled "featured" slots below the table, never inside it.`) +
          footer('RankedAI © 2026'),
      },
      {
        path: '/advertise',
        title: 'Advertise on RankedAI',
        body:
          nav([['/', 'Leaderboard']], 'RankedAI') +
          h1('Advertise') +
          p(`Run an AI tool and want to be tested? Send us an account with at least 100 credits and we'll add you to the next monthly test round. Featured slots below the leaderboard cost $300 per month and are labelled "featured". We don't sell positions inside the ranking and we don't remove low scores, however nicely you ask.`) +
          textForm('Your email', 'Contact us', '/advertise/send') +
          footer('RankedAI © 2026'),
      },
    ],
  },

  // 10 — en link-hub
  {
    host: 'deepfake-links.test', lang: 'en', label: 'directory', shape: 'link-hub', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'AI 18+ Tools Directory — undress, face swap, deepfake video, bots',
        body:
          '<div class="top">AI 18+ TOOLS DIRECTORY · links only · updated weekly</div>' +
          nav([['/category/undress', 'Undress'], ['/category/face-swap', 'Face swap'], ['/submit', 'Submit'], ['/?sort=new', 'Newest'], ['/?sort=popular', 'Popular']]) +
          textForm('Search the directory', 'Search', '/search') +
          h2('Undress AI (19)') +
          p([
            ['clothra', 'Clothra'], ['exposa', 'Exposa'], ['bareflux', 'Bareflux'], ['stripfix', 'Stripfix'], ['xraybloom', 'Xraybloom'], ['peelwise', 'Peelwise'], ['drapeless', 'Drapeless'], ['unveilo', 'Unveilo'], ['rawlens', 'Rawlens'],
          ].map(([h = '', n = '']) => a(`https://${h}.test/?utm_source=dflinks`, n)).join(' | ') + ' | ' + a('/category/undress', 'more…')) +
          h2('Face swap &amp; deepfake (14)') +
          p([
            ['faceheist', 'Faceheist'], ['lookswap18', 'Lookswap18'], ['deepcandor', 'Deepcandor'], ['noirswap', 'Noirswap'], ['vidmorph', 'Vidmorph'], ['fakerie', 'Fakerie'], ['dupeface', 'Dupeface'],
          ].map(([h = '', n = '']) => a(`https://${h}.test/?utm_source=dflinks`, n)).join(' | ') + ' | ' + a('/category/face-swap', 'more…')) +
          h2('Telegram (9)') +
          p([tg('stripfix_bot'), tg('lookswap18_bot'), tg('xraybloom_robot'), tg('undressbots_backup')].join(' | ')) +
          h2('AI companions (6)') +
          p([a('https://persona18.test/?utm_source=dflinks', 'Persona18'), a('https://fabrikill.test/?utm_source=dflinks', 'Fabrikill')].join(' | ')) +
          h2('Reviews &amp; top lists') +
          p([a('https://rankedai-leaderboard.test/?utm_source=dflinks', 'RankedAI leaderboard'), a('https://nightshift-ai-blog.test/?utm_source=dflinks', 'Nightshift AI'), a('https://tgdeepfakes-list.test/?utm_source=dflinks', 'TG Bot Directory'), a('https://dealsforai.test/?utm_source=dflinks', 'DealsForAI coupons')].join(' | ')) +
          p(`What this is: a plain list of third-party sites in the AI 18+ space, sorted by category. We don't review them, we don't host anything and we don't know who operates most of them. Sites are added when they load and have a working sign-up; they're removed when they go down twice in a row. Advertising: one banner slot per category, ask via the submit page. Adults only — by continuing you confirm you are 18 or older. Links marked with a star are sponsored. Want a category we don't have yet, like AI voice or AI video generators? Ask and we'll add it once there are at least five working sites to put in it.`) +
          footer('AI 18+ Tools Directory · 2026 · DMCA / removal: see submit page', [['/submit', 'Submit / remove'], ['/category/undress', 'Undress'], ['/category/face-swap', 'Face swap']]),
      },
      {
        path: '/category/undress',
        title: 'Undress AI — AI 18+ Tools Directory',
        body:
          '<div class="top">AI 18+ TOOLS DIRECTORY</div>' + nav([['/', 'Home'], ['/category/face-swap', 'Face swap']]) +
          h1('Undress AI (19)') +
          ol(
            ...[
              ['clothra', 'Clothra', 'web, 9 styles'], ['exposa', 'Exposa', 'web + lite app'], ['bareflux', 'Bareflux', 'credits'], ['stripfix', 'Stripfix', 'APK + bot'], ['xraybloom', 'Xraybloom', 'free tier'], ['peelwise', 'Peelwise', 'crypto'], ['drapeless', 'Drapeless', 'subscription'], ['unveilo', 'Unveilo', '3 free/day'], ['rawlens', 'Rawlens', 'weekly'], ['cloakoff', 'Cloakoff', 'free'], ['skinmint', 'Skinmint', 'cheap'], ['seamgone', 'Seamgone', 'new'], ['baremint', 'Baremint', '+ face swap'],
            ].map(([h = '', n = '', d = '']) => `${a(`https://${h}.test/?utm_source=dflinks&cat=undress`, n)} — ${d}`),
          ) +
          p('Six more entries are offline at the moment and are hidden until they come back. Descriptions are short on purpose; we do not rate or review anything here. If a link leads somewhere unexpected, report it through the submit page and we will check it within a few days.') +
          footer('AI 18+ Tools Directory · 2026'),
      },
      {
        path: '/category/face-swap',
        title: 'Face swap & deepfake — AI 18+ Tools Directory',
        body:
          '<div class="top">AI 18+ TOOLS DIRECTORY</div>' + nav([['/', 'Home'], ['/category/undress', 'Undress']]) +
          h1('Face swap &amp; deepfake (14)') +
          ol(
            ...[
              ['faceheist', 'Faceheist', 'templates + own clip'], ['lookswap18', 'Lookswap18', 'huge library'], ['deepcandor', 'Deepcandor', '4K video'], ['noirswap', 'Noirswap', 'packs'], ['vidmorph', 'Vidmorph', '4K'], ['fakerie', 'Fakerie', 'GIF'], ['dupeface', 'Dupeface', 'APK'], ['reelfake', 'Reelfake', 'pricey'], ['spicyswap', 'Spicyswap', 'free swaps'], ['mugshift', 'Mugshift', 'weekly VIP'],
            ].map(([h = '', n = '', d = '']) => `${a(`https://${h}.test/?utm_source=dflinks&cat=faceswap`, n)} — ${d}`),
          ) +
          p('Four more entries are offline at the moment and are hidden until they come back online. Video services change domains often, so a link may redirect to a new address. If a link leads somewhere unexpected, report it through the submit page and we will check it within a few days.') +
          footer('AI 18+ Tools Directory · 2026'),
      },
      {
        path: '/submit',
        title: 'Submit or remove a site — AI 18+ Tools Directory',
        body:
          '<div class="top">AI 18+ TOOLS DIRECTORY</div>' + nav([['/', 'Home']]) +
          h1('Submit / remove') +
          p(`To add a site, send the URL and the category. Free listings are reviewed within a week; paid fast-track is 24 hours. To have a link removed (for example because you are the site owner, or because a listed site uses your images), send the URL and the reason. We remove links, but we cannot remove content from the sites themselves.`) +
          textForm('URL + category or reason', 'Send', '/submit/send') +
          footer('AI 18+ Tools Directory · 2026'),
      },
    ],
  },

  // 11 — de listicle
  {
    host: 'ki-vergleich24.test', lang: 'de', label: 'directory', shape: 'listicle', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'KI-Vergleich24 — KI-Tools im Vergleich: Ausziehen-Apps, Deepfake-Generatoren & mehr',
        head: metaDescription('Die besten KI-Ausziehen-Apps und Deepfake-Generatoren 2026 im Vergleich: Preise, kostenlose Testversion, Vor- und Nachteile.'),
        body:
          nav([['/', 'Start'], ['/ki-ausziehen-apps', 'KI-Ausziehen-Apps'], ['/deepfake-generatoren', 'Deepfake-Generatoren'], ['/impressum', 'Impressum'], ['/datenschutz', 'Datenschutz']], 'KI-Vergleich24') +
          cookieBanner('Wir verwenden Cookies und Partnerlinks. Mit „Zustimmen“ erlauben Sie Statistik- und Affiliate-Cookies.', 'Zustimmen', 'Ablehnen') +
          h1('KI-Tools im ehrlichen Vergleich') +
          p(`Auf KI-Vergleich24 testen wir Apps und Webseiten, die mit künstlicher Intelligenz Fotos verändern. Wir legen Konten an, kaufen Credits und schreiben auf, was die Tools wirklich können – und was sie kosten. Unsere Listen werden monatlich aktualisiert.`) +
          h2('Unsere beliebtesten Vergleiche') +
          article(
            h3(a('/ki-ausziehen-apps', 'Die 7 besten KI-Ausziehen-Apps 2026')),
            p(`Von Clothra bis Skinmint: sieben Tools, die aus einem hochgeladenen Foto eine „ausgezogene“ Version erzeugen, mit Preisen in Euro, Gratis-Credits und unserer Bewertung.`),
          ) +
          article(
            h3(a('/deepfake-generatoren?utm_source=start', 'Deepfake-Generatoren mit 18+-Vorlagen')),
            p(`Face-Swap in Videos: Welche Dienste haben die meisten Vorlagen, wer exportiert in 4K und was kostet ein Clip?`),
          ) +
          h2('Kurz gesagt') +
          p(`Testsieger im Mai ist <strong>Clothra</strong> (9 Stile, ab 15,99 €/Monat). Preistipp: <strong>Bareflux</strong> mit 120 Credits für 8,49 €. ${out('https://clothra.test/?ref=kivergleich24', 'Zu Clothra')}`) +
          p(`Wichtiger Hinweis: Wer Fotos anderer Personen ohne deren Einwilligung so bearbeitet oder verbreitet, verletzt deren Persönlichkeitsrechte und macht sich unter Umständen strafbar.`) +
          faq('Häufige Fragen', [
            ['Verkauft KI-Vergleich24 selbst Software?', 'Nein. Wir sind ein Vergleichsportal und finanzieren uns über Provisionen, wenn Sie über unsere Links ein Abo abschließen.'],
            ['Wie oft werden die Preise geprüft?', 'Mindestens einmal im Monat. Bei Preisänderungen passen wir die Tabellen sofort an.'],
          ]) +
          footer('© 2026 KI-Vergleich24 · Alle Preise inkl. MwSt., ohne Gewähr', [['/impressum', 'Impressum'], ['/datenschutz', 'Datenschutz'], ['/ki-ausziehen-apps', 'Zum Vergleich']]),
      },
      {
        path: '/ki-ausziehen-apps',
        title: 'Die 7 besten KI-Ausziehen-Apps 2026 im Test | KI-Vergleich24',
        body:
          nav([['/', 'Start'], ['/deepfake-generatoren', 'Deepfake-Generatoren']], 'KI-Vergleich24') +
          h1('Die 7 besten KI-Ausziehen-Apps 2026') +
          p(`Stand: Mai 2026 · *Werbung: Links auf dieser Seite sind Affiliate-Links.`) +
          h3('1. Clothra – Testsieger') +
          p(`Clothra bietet neun Ausgabestile, HD-Export und einen Verlauf, den man mit einem Klick löschen kann. Nutzer laden ein Foto hoch, wählen einen Stil und erhalten nach etwa 15 Sekunden das Ergebnis.`) +
          ul('+ beste Qualität im Test', '+ monatlich kündbar', '– keine kostenlose Testversion') +
          p(`Preis: ab 15,99 €/Monat · ${out('https://clothra.test/?ref=kivergleich24', 'Zur Webseite')}`) +
          h3('2. Bareflux – Preis-Leistungs-Sieger') +
          p(`Einfache Oberfläche, günstige Credits ohne Abo. 3 Gratis-Credits bei der Anmeldung.`) +
          p(`Preis: 120 Credits für 8,49 € · ${out('https://bareflux.test/?ref=kivergleich24', 'Zur Webseite')}`) +
          h3('3. Exposa') +
          p(`Am schnellsten im Test (unter 10 Sekunden). Löscht Uploads laut eigenen Angaben nach 24 Stunden.`) +
          p(`Preis: ab 4,99 € · ${out('https://exposa.test/?ref=kivergleich24', 'Zur Webseite')}`) +
          h3('4. Unveilo') +
          p(`Das beste Gratis-Angebot: drei Bilder pro Tag, allerdings verschwommen. Pro für 13,49 €.`) +
          p(out('https://unveilo.test/?ref=kivergleich24', 'Zur Webseite')) +
          h3('5. Stripfix') +
          p(`Vor allem als Android-App (APK) und Telegram-Bot. VIP 5,49 € pro Woche.`) +
          p(out('https://stripfix.test/?ref=kivergleich24', 'Zur Webseite')) +
          h3('6. Peelwise') +
          p(`Zahlung nur in Krypto, dafür ohne E-Mail-Adresse. Ab ca. 8,50 €.`) +
          p(out('https://peelwise.test/?ref=kivergleich24', 'Zur Webseite')) +
          h3('7. Skinmint') +
          p(`Der Budget-Tipp mit schwankender Qualität. 60 Credits für 4,59 €.`) +
          p(out('https://skinmint.test/?ref=kivergleich24', 'Zur Webseite')) +
          footer('© 2026 KI-Vergleich24', [['/impressum', 'Impressum'], ['/datenschutz', 'Datenschutz']]),
      },
      {
        path: '/deepfake-generatoren',
        title: 'Deepfake-Generatoren mit 18+-Vorlagen im Vergleich | KI-Vergleich24',
        body:
          nav([['/', 'Start'], ['/ki-ausziehen-apps', 'KI-Ausziehen-Apps']], 'KI-Vergleich24') +
          h1('Deepfake-Generatoren im Vergleich') +
          p(`Diese Dienste setzen ein Gesicht aus einem Foto in ein vorhandenes Video oder Bild ein – viele mit eigenem 18+-Bereich. Wir haben Vorlagenanzahl, Auflösung und Preis pro Clip verglichen. Für den Test haben wir bei jedem Dienst dieselben drei Vorlagen mit einem lizenzierten Stockfoto gerendert. Wichtig: Fast alle Anbieter verlängern Abos automatisch, und Rückerstattungen sind die Ausnahme.`) +
          priceTable(['Dienst', 'Vorlagen', 'Auflösung', 'Preis', ''], [
            ['Faceheist', '1.200+', '1080p', 'ab 10,49 €/Monat', out('https://faceheist.test/?ref=kivergleich24', 'Ansehen')],
            ['Deepcandor', '300', '4K', 'ca. 1 € pro Clip', out('https://deepcandor.test/?ref=kivergleich24', 'Ansehen')],
            ['Lookswap18', '2.000+', '720p', '3,79 €/Woche', out('https://lookswap18.test/?ref=kivergleich24', 'Ansehen')],
            ['Noirswap', '800', '1080p', '14 € Paket', out('https://noirswap.test/?ref=kivergleich24', 'Ansehen')],
          ]) +
          footer('© 2026 KI-Vergleich24'),
      },
      {
        path: '/impressum',
        title: 'Impressum | KI-Vergleich24',
        body:
          nav([['/', 'Start']], 'KI-Vergleich24') +
          h1('Impressum') +
          p(`Angaben gemäß § 5 DDG: KI-Vergleich24, Musterstraße 12, 10115 Berlin. E-Mail: kontakt@ki-vergleich24.test. Verantwortlich für den Inhalt: die Redaktion. KI-Vergleich24 ist ein unabhängiges Vergleichsportal und bietet keine der besprochenen Dienste selbst an. Für die Inhalte verlinkter Seiten sind ausschließlich deren Betreiber verantwortlich.`, `Hinweis zu Werbung: Links, die mit einem Sternchen oder dem Vermerk „Werbung“ gekennzeichnet sind, sind Affiliate-Links. Kommt über einen solchen Link ein Kauf zustande, erhalten wir eine Provision.`) +
          footer('© 2026 KI-Vergleich24'),
      },
      {
        path: '/datenschutz',
        title: 'Datenschutzerklärung | KI-Vergleich24',
        body:
          nav([['/', 'Start']], 'KI-Vergleich24') +
          h1('Datenschutz') +
          p(`Wir verarbeiten beim Besuch dieser Webseite nur technisch notwendige Daten sowie – nach Ihrer Einwilligung – Statistik- und Affiliate-Cookies. Diese Webseite hat keine Upload-Funktion; wir speichern keine Fotos. Wenn Sie einem Partnerlink folgen, gelten die Datenschutzbestimmungen des jeweiligen Anbieters. Ihre Einwilligung können Sie jederzeit über den Cookie-Banner widerrufen. Auskunft, Berichtigung und Löschung Ihrer Daten können Sie per E-Mail an datenschutz@ki-vergleich24.test verlangen.`) +
          footer('© 2026 KI-Vergleich24'),
      },
    ],
  },

  // 12 — de single-review
  {
    host: 'seriositaetscheck.test', lang: 'de', label: 'directory', shape: 'single-review', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Ist Bareflux seriös? Erfahrungen, Test & Kosten 2026 | Seriositätscheck',
        head:
          metaDescription('Bareflux Erfahrungen: Ist Bareflux seriös oder Abzocke? Unser Test mit Preisen, Funktionen, Sicherheit und Fazit.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'Review', itemReviewed: { '@type': 'WebApplication', name: 'Bareflux' }, reviewRating: { '@type': 'Rating', ratingValue: '3.7', bestRating: '5' }, author: { '@type': 'Organization', name: 'Seriositätscheck' }, inLanguage: 'de' }),
        body:
          nav([['/', 'Test'], ['/bareflux/preise', 'Preise'], ['/so-testen-wir', 'So testen wir'], ['/impressum', 'Impressum']], 'Seriositätscheck') +
          h1('Ist Bareflux seriös? Unser ehrlicher Test') +
          p(`Zuletzt geprüft: 28.04.2026 · Bewertung: 3,7 von 5 Sternen`) +
          p(`Bareflux wirbt mit „KI-Ausziehen in Sekunden“ und günstigen Credits. Viele Leser fragen uns: Ist das seriös oder Abzocke? Wir haben Bareflux zwei Wochen lang mit eigenem Konto getestet und dafür selbst bezahlt.`) +
          h2('Was ist Bareflux?') +
          p(`Bareflux ist ein Webdienst, der aus hochgeladenen Fotos mithilfe von KI „ausgezogene“ Versionen erzeugt. Es gibt fünf Modi (u. a. Bikini, Dessous, komplett), HD-Export gegen Aufpreis und einen Telegram-Bot mit denselben Credits. Ein Abo ist nicht nötig; man kauft Credit-Pakete.`) +
          h2('Funktionen im Überblick') +
          ul('5 Modi, Ergebnis nach ca. 20 Sekunden', '3 Gratis-Credits nach der Registrierung', 'HD (2x) für 2 Credits', 'Verlauf, manuell löschbar', 'Zahlung per Karte über einen Zahlungsdienstleister oder Krypto') +
          h2('Seriös oder Abzocke?') +
          p(`Die gekauften Credits wurden sofort gutgeschrieben, die Ergebnisse entsprachen der Beschreibung. Ein Impressum im deutschen Sinne gibt es allerdings nicht, der Betreiber sitzt laut AGB außerhalb der EU. Rückerstattungen sind ausgeschlossen.`) +
          h2('Datenschutz und Sicherheit') +
          p(`Uploads werden laut Datenschutzerklärung 30 Tage gespeichert – deutlich länger als bei manchen Konkurrenten. Wir raten dringend davon ab, Fotos anderer Personen hochzuladen: Das ist ohne Einwilligung nicht nur unfair, sondern kann auch strafbar sein.`) +
          h2('Fazit') +
          p(`Bareflux ist keine Abzocke, aber auch kein Vorbild in Sachen Transparenz. 3,7 von 5 Sternen.`) +
          p(out('https://bareflux.test/?ref=seriocheck&utm_source=test', 'Zu Bareflux*') + ' <small>*Affiliate-Link</small>') +
          footer('© 2026 Seriositätscheck · Wir verkaufen keine Produkte und sind nicht mit Bareflux verbunden.', [['/impressum', 'Impressum'], ['/so-testen-wir', 'So testen wir']]),
      },
      {
        path: '/bareflux/preise',
        title: 'Bareflux Kosten und Preise 2026 | Seriositätscheck',
        body:
          nav([['/', 'Test'], ['/so-testen-wir', 'So testen wir']], 'Seriositätscheck') +
          h1('Was kostet Bareflux?') +
          p(`Bareflux rechnet in US-Dollar ab. Die Euro-Beträge sind gerundet und hängen vom Tageskurs ab. Credits verfallen nach 12 Monaten.`) +
          priceTable(['Paket', 'Preis', 'Credits', 'Preis pro Bild'], [
            ['Gratis', '0 €', '3', '–'],
            ['Mini', 'ca. 4,60 €', '50', '0,09 €'],
            ['Standard', 'ca. 8,49 €', '120', '0,07 €'],
            ['Groß', 'ca. 27 €', '500', '0,05 €'],
          ]) +
          p(`Versteckte Kosten? Keine, aber Ihre Bank kann Auslandseinsatzgebühren berechnen. Ein HD-Bild kostet 2 Credits, der Telegram-Bot nutzt dasselbe Guthaben wie die Webseite. Im Vergleich zu Abo-Diensten wie Clothra ist Bareflux für Gelegenheitsnutzer deutlich günstiger.`) +
          footer('© 2026 Seriositätscheck'),
      },
      {
        path: '/so-testen-wir',
        title: 'So testen wir | Seriositätscheck',
        body:
          nav([['/', 'Test']], 'Seriositätscheck') +
          h1('So testen wir') +
          p(`Jeder Dienst wird mit einem eigenen, selbst bezahlten Konto getestet. Wir prüfen, ob das Angebot hält, was die Werbung verspricht, wie transparent Preise und AGB sind, wie man kündigt und was mit hochgeladenen Daten passiert. Anbieter können sich keine bessere Bewertung kaufen. Manche Links auf unserer Seite sind Affiliate-Links und mit * gekennzeichnet. Die Bewertung steht fest, bevor wir einen Partnerlink setzen.`) +
          footer('© 2026 Seriositätscheck'),
      },
      {
        path: '/impressum',
        title: 'Impressum | Seriositätscheck',
        body:
          nav([['/', 'Test']], 'Seriositätscheck') +
          h1('Impressum') +
          p(`Seriositätscheck – ein Projekt der Redaktion Webprüfer, Beispielweg 4, 50667 Köln. Kontakt: redaktion@seriositaetscheck.test. Haftungshinweis: Trotz sorgfältiger Prüfung übernehmen wir keine Haftung für die Inhalte externer Links. Für den Inhalt der verlinkten Seiten sind ausschließlich deren Betreiber verantwortlich. Seriositätscheck betreibt keinen der getesteten Dienste, verkauft keine Software und nimmt keine Zahlungen für Bewertungen an. Hinweise auf Fehler in unseren Tests nehmen wir gerne per E-Mail entgegen.`) +
          footer('© 2026 Seriositätscheck'),
      },
    ],
  },
];
