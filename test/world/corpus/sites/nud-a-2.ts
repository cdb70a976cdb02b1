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
  p,
  priceTable,
  storeBadges,
  stripe,
  textForm,
  ul,
  upload,
  type CorpusSite,
} from '../site-kit.js';

const AUTHOR = 'nud-a';

export const sites: CorpusSite[] = [
  // 13. en saas: home vague-ish "body editor", capability spelled out on /pricing and /modes
  {
    host: 'dressless-ai.test', lang: 'en', label: 'nudify', shape: 'saas', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'DressLess AI — Next-gen AI Clothes Remover',
        head:
          metaDescription('DressLess AI is a next-gen clothes remover. Realistic results in 8 seconds, 4K export, private by default. Try free.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'Product', name: 'DressLess AI Pro', description: 'AI clothes remover subscription', offers: { '@type': 'Offer', price: '14.99', priceCurrency: 'USD', availability: 'https://schema.org/InStock' }, aggregateRating: { '@type': 'AggregateRating', ratingValue: '4.6', reviewCount: '891' } }) +
          oneTap('3301-dressless.apps.googleusercontent.com') + stripe('pk_live_dressless_fixture'),
        body:
          cookieBanner('DressLess uses cookies for login and anonymous statistics. You can change your choice at any time in the footer.', 'Got it', 'Settings') +
          nav([['/modes', 'Modes'], ['/pricing?ref=topnav', 'Pricing'], ['/reviews', 'Reviews'], ['/help', 'Help'], ['/app', 'Open app']], 'DressLess') +
          h1('The clothes remover that actually looks real') +
          p('Most AI clothes removers give you plastic skin and melted backgrounds. DressLess was trained differently: our model keeps the original light, pose and camera look of your photo, so the undressed result looks like it was taken that way. Upload, choose a mode, done.') +
          p(a('/app?ref=hero_cta', 'Try DressLess free') + ' — 2 free generations, no card needed') +
          h2('What makes it different') +
          ul('Realistic lighting that matches the source photo', 'Keeps backgrounds, hair and jewellery untouched', 'Three modes: Full, Underwear, Swimwear', 'Export in HD or 4K, no watermark on paid plans', 'Your photos are deleted automatically after 1 hour') +
          h2('Three steps') +
          ol('<b>Upload</b> a clear picture of one person', '<b>Choose</b> Full, Underwear or Swimwear', '<b>Download</b> the result in seconds') +
          img(5, 'app screenshot') +
          h2('Numbers') +
          p('2.4 million images processed · average 8 seconds per image · 4.6/5 from 891 reviews · servers in 3 regions.') +
          h2('From our users') +
          blockquote('Tested it against three other removers with the same photo. Not even close, DressLess wins.', 'Alex, Pro plan') +
          blockquote('Fast and the auto delete is a nice touch. Support answered in 20 minutes.', 'J.') +
          faq('Before you start', [
            ['Is DressLess free?', 'You get 2 free generations to test. Paid plans start at $14.99/month.'],
            ['What about privacy?', 'We store nothing longer than 1 hour and never use your photos for training.'],
            ['Refund policy?', 'If you are not happy, write to us within 7 days and we refund unused credits.'],
          ]) +
          p('Use DressLess responsibly: upload only photos of adults who have given consent.') +
          footer('© 2026 DressLess AI · 18+', [['/modes', 'Modes'], ['/pricing?ref=footer', 'Pricing'], ['/help', 'Help'], ['/terms', 'Terms'], ['/privacy', 'Privacy']]),
      },
      {
        path: '/modes',
        title: 'Modes — DressLess AI',
        body:
          nav([['/', 'Home'], ['/pricing', 'Pricing'], ['/app', 'Open app']], 'DressLess') +
          h1('Modes') +
          h3('Full') + p('Removes all clothing and generates a full nude version of the photo. Available on Pro and Max.') +
          h3('Underwear') + p('Replaces the outfit with underwear in a matching style. Available on all plans.') +
          h3('Swimwear') + p('Replaces the outfit with swimwear. Good for beach and pool photos. Available on all plans.') +
          h3('Coming soon: Custom') + p('Describe the outfit you want, or no outfit at all, in a short prompt. Beta for Max users.') +
          footer('© 2026 DressLess AI', [['/terms', 'Terms']]),
      },
      {
        path: '/pricing',
        title: 'Pricing — DressLess AI',
        body:
          nav([['/', 'Home'], ['/modes', 'Modes']], 'DressLess') +
          h1('Pricing') +
          priceTable(['', 'Starter', 'Pro', 'Max'], [
            ['Monthly', '$14.99', '$29.99', '$59.99'],
            ['Generations', '60', '200', '600'],
            ['Full undress mode', '—', '✓', '✓'],
            ['4K export', '—', '✓', '✓'],
            ['Priority queue', '—', '—', '✓'],
          ]) +
          p('Save 40% with yearly billing. Pay with Visa, Mastercard, Apple Pay or Google Pay. Extra generation packs: 50 for $9.99. Plans auto-renew; cancel anytime in your account.') +
          p('Not sure which plan? Most people start with Pro, because Full mode is not included in Starter. You can upgrade or downgrade at any time and we calculate the difference for the rest of the month. Refunds: unused generations within 7 days, no questions asked.') +
          button('Choose plan') +
          footer('© 2026 DressLess AI', [['/help', 'Help']]),
      },
      {
        path: '/reviews',
        title: 'Reviews — DressLess AI',
        head: jsonLd({ '@context': 'https://schema.org', '@type': 'Review', itemReviewed: { '@type': 'SoftwareApplication', name: 'DressLess AI' }, reviewRating: { '@type': 'Rating', ratingValue: '5' }, author: { '@type': 'Person', name: 'Pro user' } }),
        body:
          h1('Reviews') +
          blockquote('★★★★★ Results are clean, no weird artifacts. Full mode is worth the upgrade.', 'Pro user') +
          blockquote('★★★★☆ Would be 5 stars if group photos worked.', 'Starter user') +
          blockquote('★★★★★ I like that they delete everything after an hour.', 'Max user') +
          blockquote('★★★★☆ Swimwear mode is surprisingly good on old vacation pictures.', 'Starter user') +
          p('Average rating 4.6 out of 5 from 891 verified reviews collected after purchase. We publish positive and negative reviews; we only remove reviews that contain personal data or photos of other people.') +
          footer('© 2026 DressLess AI'),
      },
      {
        path: '/help',
        title: 'Help center — DressLess AI',
        body:
          h1('Help center') +
          faq('Common questions', [
            ['My result looks blurry', 'Use a photo of at least 800px and avoid heavy filters. Failed generations are refunded.'],
            ['How do I cancel?', 'Account → Subscription → Cancel. You keep access until the end of the period.'],
            ['Can I get an invoice?', 'Invoices are available in your account. The company name on your statement is neutral.'],
            ['Do you support groups?', 'Not yet. One person per photo gives the best results.'],
          ]) +
          footer('© 2026 DressLess AI', [['/terms', 'Terms'], ['/privacy', 'Privacy']]),
      },
    ],
  },

  // 14. en innocent-home: portrait retouch; clothing remover only on /features; upload on /editor
  {
    host: 'aurora-retouch.test', lang: 'en', label: 'nudify', shape: 'innocent-home', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Aurora Retouch — AI portrait retouching',
        head: metaDescription('Aurora Retouch: AI portrait retouching for photographers and creators. Skin retouch, relight, background, upscale.') + gtag('G-AURORA22'),
        body:
          nav([['/features', 'Features'], ['/plans', 'Plans'], ['/editor', 'Editor'], ['/blog/retouch-tips', 'Blog']], 'Aurora Retouch') +
          h1('Portrait retouching, done by AI') +
          p(`Aurora Retouch is the AI assistant for portrait photographers, influencers and anyone who wants their photos to look professional. Skin retouching, relighting, background cleanup and 4K upscaling in one click, with results that still look like you.`) +
          img(2, 'portrait retouch example') +
          h2('Save hours on every shoot') +
          p('Upload a full session and let Aurora retouch every frame in the same style. Photographers tell us they save up to 6 hours per wedding or fashion shoot.') +
          ul('Natural skin retouch with adjustable strength', 'Studio relight: softbox, golden hour, rim light', 'Background cleanup and replacement', 'Upscale 2x / 4x for print', 'Batch editing for up to 500 photos') +
          h2('How it works') +
          ol('Upload your photos in the editor', 'Choose a preset or your own style', 'Download retouched photos in full resolution') +
          h2('What photographers say') +
          blockquote('Aurora handles the boring part of retouching so I can focus on shooting.', 'Wedding photographer') +
          blockquote('The relight presets are the best I have seen in any AI tool.', 'Portrait studio owner') +
          faq('FAQ', [
            ['Does Aurora work with RAW files?', 'Yes, CR3, NEF, ARW and DNG are supported on all paid plans.'],
            ['Who owns the results?', 'You do. We do not use your photos to train our models.'],
            ['Is there a free trial?', 'Yes, 10 free edits after you sign up with Google or e-mail.'],
          ]) +
          footer('© 2026 Aurora Retouch Ltd.', [['/features', 'Features'], ['/plans', 'Plans'], ['/editor', 'Editor'], ['/terms', 'Terms'], ['/privacy', 'Privacy']]),
      },
      {
        path: '/features',
        title: 'Features — Aurora Retouch',
        body:
          nav([['/', 'Home'], ['/plans', 'Plans'], ['/editor', 'Editor']], 'Aurora Retouch') +
          h1('All features') +
          h3('Retouch') + p('Skin smoothing, blemish removal, eye and teeth enhance, all with a strength slider.') +
          h3('Light') + p('Relight presets, shadow recovery, colour grading with LUT import.') +
          h3('Background') + p('Remove, blur or replace backgrounds. Cleanup of stray objects.') +
          h3('Boudoir add-on (18+)') +
          p('For boudoir and glamour work, the Boudoir add-on includes our AI clothing remover: it removes the outfit from a portrait and generates an undressed version, or swaps clothing for lingerie or swimwear. Available on Studio plans after age verification. Only for photos of adult clients who agreed in writing.') +
          footer('© 2026 Aurora Retouch Ltd.', [['/terms', 'Terms']]),
      },
      {
        path: '/plans',
        title: 'Plans — Aurora Retouch',
        body:
          nav([['/', 'Home'], ['/features', 'Features']], 'Aurora Retouch') +
          h1('Plans') +
          priceTable(['Plan', 'Price', 'Edits', 'Includes'], [
            ['Creator', '$12 / month', '300', 'Retouch, Light, Background'],
            ['Pro', '$29 / month', '1,500', 'Everything + RAW + batch'],
            ['Studio', '$49 / month', '5,000', 'Everything + Boudoir add-on (clothing remover)'],
          ]) +
          p('All plans billed monthly by card or PayPal. Annual billing saves 20%. Unused edits do not roll over. Cancel anytime, refunds within 7 days if you used fewer than 20 edits.') +
          p('Need more than 5,000 edits? Agencies and studios with several photographers can ask for a team plan with shared credits and central billing. Students get 30% off the Creator plan with a valid student e-mail.') +
          footer('© 2026 Aurora Retouch Ltd.'),
      },
      {
        path: '/editor',
        title: 'Editor — Aurora Retouch',
        body:
          h1('Editor') +
          upload('Upload photos (JPG, PNG, RAW)', '/editor/upload', 'Start') +
          p('After uploading, choose presets in the right panel. Studio users see the Boudoir tab with the clothing remover, lingerie and swimwear options. Edits are saved in your library for 30 days. Sign in with Google to keep your library across devices.') +
          p('Tip: upload a whole session at once and apply your saved preset to all frames with one click.') +
          button('Sign in with Google') +
          footer('© 2026 Aurora Retouch Ltd.', [['/plans', 'Plans']]),
      },
      {
        path: '/blog/retouch-tips',
        title: '5 retouch tips — Aurora Retouch blog',
        body:
          h1('5 tips for natural-looking AI retouching') +
          ol('Keep skin smoothing under 40% for close-ups.', 'Relight before you retouch, not after.', 'Use the same preset for a whole series.', 'Check hands and hair edges at 100% zoom.', 'Export in 16-bit when you plan to print.') +
          p('Want more tips? Subscribe to our newsletter for a new tutorial every month.') +
          textForm('Your e-mail', 'Subscribe', '/newsletter') +
          p('Written by the Aurora team, photographers who retouch for a living. Have a tip of your own? Send it in and we may feature it in the next post.'),
      },
    ],
  },

  // 15. en api-reseller: per-call undress API, white label for bot owners
  {
    host: 'skinlayer-api.test', lang: 'en', label: 'nudify', shape: 'api-reseller', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'SkinLayer API — undress & outfit API for developers',
        head: metaDescription('SkinLayer API: REST API for AI undress, lingerie and swimwear generation. Pay per call from $0.03. White label for bots and apps.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'WebAPI', name: 'SkinLayer API', documentation: 'https://skinlayer-api.test/docs', provider: { '@type': 'Organization', name: 'SkinLayer' } }),
        body:
          nav([['/docs', 'Docs'], ['/pricing', 'Pricing'], ['/white-label', 'White label'], ['/status', 'Status'], ['/dashboard', 'Dashboard']], 'SkinLayer') +
          h1('The undress API behind the bots you already know') +
          p('SkinLayer is a B2B API for adult AI image apps. One endpoint, three modes (nude, lingerie, swimwear), answers in under 6 seconds. Hundreds of Telegram bots, websites and apps run on our engine — you just never see our name.') +
          h2('Why developers pick SkinLayer') +
          ul('Pay per call from $0.03, no monthly minimum', 'p95 latency 5.8 s at 1024px, 11 s at 2048px', 'Webhooks or synchronous responses', 'No content filter on the adult endpoints – you set your own rules', 'Crypto and wire payments, invoices on request', '99.5% uptime over the last 90 days') +
          h2('Get started in 3 steps') +
          ol('Create an account and get an API key (100 free calls)', 'Send a POST request with your image to /v1/undress', 'Receive the generated image URL or a webhook') +
          h2('Example') +
          p('<code>curl -X POST https://skinlayer-api.test/v1/undress -H "Authorization: Bearer sk_live_…" -F image=@photo.jpg -F mode=nude</code>') +
          h2('Built for resellers') +
          p('Run your own bot or site on top of SkinLayer. Our white label kit includes a ready Telegram bot, a landing page template and a reseller panel where you set your own prices. Many partners resell at 5–10x our price.') +
          blockquote('Switched our bot to SkinLayer, costs dropped by half and users stopped complaining about speed.', 'bot owner, 90k users') +
          faq('FAQ', [
            ['Do you store images?', 'Inputs and outputs are deleted after 24 hours, or immediately with the ephemeral=true flag.'],
            ['Who is responsible for content?', 'Partners are responsible for obtaining consent and for the rules of their own platforms.'],
          ]) +
          footer('SkinLayer © 2026 · B2B only', [['/docs', 'Docs'], ['/pricing', 'Pricing'], ['/white-label', 'White label'], ['/terms', 'API terms']]),
      },
      {
        path: '/docs',
        title: 'API docs — SkinLayer',
        body:
          nav([['/', 'Home'], ['/pricing', 'Pricing']], 'SkinLayer') +
          h1('API reference') +
          h3('POST /v1/undress') +
          p('Parameters: <code>image</code> (file or URL, required), <code>mode</code> (nude | lingerie | swimwear, default nude), <code>strength</code> (0.1–1.0), <code>resolution</code> (1024 | 2048), <code>webhook</code> (optional URL), <code>ephemeral</code> (bool).') +
          p('Response: <code>{ "id": "job_…", "status": "done", "output_url": "…", "credits_used": 1 }</code>. With a webhook, status is "queued" and we POST the result when ready.') +
          h3('GET /v1/balance') +
          p('Returns your remaining credits and current rate tier.') +
          h3('Rate limits') +
          p('Default 10 requests per second per key. Enterprise keys up to 100 rps. Error 429 means slow down; 402 means your balance is empty.') +
          footer('SkinLayer © 2026'),
      },
      {
        path: '/pricing',
        title: 'Pricing — SkinLayer API',
        head: cryptoCheckout(),
        body:
          nav([['/', 'Home'], ['/docs', 'Docs']], 'SkinLayer') +
          h1('Pay per call') +
          priceTable(['Volume / month', '1024px', '2048px'], [
            ['0 – 10k calls', '$0.05', '$0.09'],
            ['10k – 100k calls', '$0.04', '$0.07'],
            ['100k+ calls', '$0.03', '$0.05'],
            ['Enterprise', 'custom', 'custom'],
          ]) +
          p('Prepaid balance, topped up with USDT, BTC, ETH or bank wire (min. $500). Balance never expires. Volume tiers are applied automatically each month. Failed calls are not charged.') +
          p('Example: a bot doing 40,000 calls a month at 1024px pays $0.04 per call, so $1,600. If it sells each image to its users for 15 Stars, the margin is usually well above 80%. Need a custom model or a dedicated GPU pool? Contact us for enterprise pricing.') +
          footer('SkinLayer © 2026', [['/terms', 'API terms']]),
      },
      {
        path: '/white-label',
        title: 'White label — SkinLayer',
        body:
          nav([['/', 'Home'], ['/pricing', 'Pricing']], 'SkinLayer') +
          h1('Launch your own undress bot in one day') +
          p('The SkinLayer white label kit gives you everything to start your own brand: a Telegram bot with payments in Stars and crypto, a landing page, a referral system and a reseller dashboard. You choose name, logo and prices; we handle the GPUs.') +
          ul('Setup fee: $0 with 20k prepaid calls', 'Revenue stays 100% yours', 'Backup bot tokens for when Telegram bans your bot', 'Private Telegram group for partners') +
          p(a('https://t.me/skinlayer_partners', 'Talk to partner support')) +
          footer('SkinLayer © 2026'),
      },
    ],
  },

  // 16. nl saas: KleedUit, claim + upload on home, iDEAL
  {
    host: 'kleeduit.test', lang: 'nl', label: 'nudify', shape: 'saas', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'KleedUit AI – Kleding verwijderen van elke foto met AI',
        head: metaDescription('Met KleedUit AI verwijder je kleding van foto\'s in een paar seconden. Upload, kies een modus en download. Betalen met iDEAL of creditcard.') +
          stripe('pk_live_kleeduit_fixture') + gtag('G-KLEEDUIT1'),
        body:
          cookieBanner('Wij gebruiken cookies om de site goed te laten werken en om bezoek te meten. Ga je akkoord?', 'Akkoord', 'Alleen noodzakelijk') +
          nav([['/prijzen', 'Prijzen'], ['/hoe-werkt-het', 'Hoe werkt het'], ['/veelgestelde-vragen', 'Veelgestelde vragen'], ['/inloggen', 'Inloggen']], 'KleedUit') +
          h1('Kleding verwijderen met AI, in 10 seconden') +
          p('KleedUit is de Nederlandse AI-tool die kleding van een foto haalt. Je uploadt een foto, kiest een modus en binnen een paar seconden heb je een naaktversie, of een versie in bikini of lingerie. Geen ingewikkelde software, gewoon in je browser.') +
          upload('Sleep je foto hierheen of klik om te kiezen', '/genereer', 'Start') +
          p('Met het uploaden bevestig je dat de persoon op de foto volwassen is en toestemming heeft gegeven.') +
          h2('Zo werkt het') +
          ol('Upload een duidelijke foto van één persoon', 'Kies: Naakt, Bikini of Lingerie', 'Download je resultaat in HD') +
          h2('Waarom KleedUit?') +
          ul('Betalen met iDEAL, Bancontact of creditcard', 'Resultaat in gemiddeld 9 seconden', 'Foto\'s worden na 24 uur automatisch verwijderd', 'Nederlandstalige support via chat', '3 gratis credits bij aanmelden') +
          h2('Ervaringen') +
          blockquote('Werkt echt supersnel en betalen met iDEAL is wel zo makkelijk.', 'Kevin uit Utrecht') +
          blockquote('Eindelijk eentje in het Nederlands, de Engelse sites vond ik maar vaag.', 'Gebruiker sinds 2025') +
          faq('Vragen', [
            ['Is het gratis?', 'Je krijgt 3 gratis credits. Daarna koop je een creditpakket vanaf €7,95.'],
            ['Wat gebeurt er met mijn foto\'s?', 'Die worden na 24 uur automatisch en definitief verwijderd.'],
            ['Kan ik mijn geld terugkrijgen?', 'Ongebruikte credits kun je binnen 14 dagen terugvragen.'],
          ]) +
          footer('© 2026 KleedUit AI · Alleen voor 18+', [['/prijzen', 'Prijzen'], ['/veelgestelde-vragen', 'FAQ'], ['/voorwaarden', 'Algemene voorwaarden'], ['/privacy', 'Privacybeleid']]),
      },
      {
        path: '/prijzen',
        title: 'Prijzen – KleedUit AI',
        body:
          nav([['/', 'Home'], ['/veelgestelde-vragen', 'FAQ']], 'KleedUit') +
          h1('Prijzen') +
          p('Je betaalt alleen voor wat je gebruikt. 1 credit = 1 foto in HD. Credits verlopen niet.') +
          priceTable(['Pakket', 'Credits', 'Prijs', 'Per foto'], [
            ['Proef', '15', '€7,95', '€0,53'],
            ['Populair', '50', '€19,95', '€0,40'],
            ['Voordeel', '150', '€44,95', '€0,30'],
          ]) +
          p('Liever een abonnement? KleedUit Onbeperkt kost €24,95 per maand (fair use 1.000 foto\'s), maandelijks opzegbaar. Betalen kan met iDEAL, Bancontact, Visa en Mastercard. Op je afschrift staat een neutrale omschrijving.') +
          p('Twijfel je? Begin met het proefpakket. Elke nieuwe gebruiker krijgt daarbovenop 3 gratis credits.') +
          button('Credits kopen') +
          footer('© 2026 KleedUit AI', [['/voorwaarden', 'Voorwaarden']]),
      },
      {
        path: '/hoe-werkt-het',
        title: 'Hoe werkt het – KleedUit AI',
        body:
          nav([['/', 'Home'], ['/prijzen', 'Prijzen']], 'KleedUit') +
          h1('Hoe werkt KleedUit?') +
          p('Onze AI herkent eerst de persoon en de kleding op de foto. Daarna tekent een generatief model dat deel van de foto opnieuw, zodat het lijkt alsof de foto zonder kleding is gemaakt. Achtergrond, houding en licht blijven zoveel mogelijk gelijk.') +
          p('Tips voor het beste resultaat: gebruik een scherpe foto met goed licht, één persoon in beeld, liefst van voren. Filters en erg kleine foto\'s geven slechtere resultaten. Mislukt een foto, dan krijg je je credit automatisch terug.') +
          footer('© 2026 KleedUit AI'),
      },
      {
        path: '/veelgestelde-vragen',
        title: 'Veelgestelde vragen – KleedUit AI',
        body:
          nav([['/', 'Home'], ['/prijzen', 'Prijzen']], 'KleedUit') +
          faq('Veelgestelde vragen', [
            ['Is het anoniem?', 'Je kunt inloggen met Google of met alleen een e-mailadres. We vragen geen naam of adres.'],
            ['Welke modi zijn er?', 'Naakt, Bikini en Lingerie. De naaktmodus kost 1 credit, de andere ook.'],
            ['Mag ik elke foto gebruiken?', 'Nee. Je mag alleen foto\'s gebruiken van jezelf of van volwassenen die toestemming hebben gegeven.'],
            ['Hoe zeg ik mijn abonnement op?', 'Via Account → Abonnement. Je houdt toegang tot het einde van de periode.'],
          ]) +
          footer('© 2026 KleedUit AI', [['/privacy', 'Privacy']]),
      },
      {
        path: '/voorwaarden',
        title: 'Algemene voorwaarden – KleedUit AI',
        body:
          h1('Algemene voorwaarden') +
          p('Door KleedUit te gebruiken verklaar je dat je 18 jaar of ouder bent. Jij bent zelf verantwoordelijk voor de foto\'s die je uploadt en voor het hebben van toestemming van de personen op die foto\'s. Het is verboden gegenereerde beelden te verspreiden zonder toestemming. Bij misbruik sluiten wij je account zonder terugbetaling. KleedUit is niet aansprakelijk voor het gebruik van gegenereerde beelden door gebruikers.') +
          footer('© 2026 KleedUit AI'),
      },
    ],
  },

  // 17. nl saas: claim only on /prijzen, home is vague
  {
    host: 'blootje-ai.test', lang: 'nl', label: 'nudify', shape: 'saas', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Blootje AI – maak je foto\'s net wat spannender',
        head: metaDescription('Blootje AI: spannende AI-fotobewerking voor volwassenen. Upload je foto en kies je stijl. Vanaf €4,99.'),
        body:
          ageGate('Deze website is alleen bedoeld voor volwassenen (18+). Ben je 18 jaar of ouder?', 'Ja, ik ben 18+', 'Nee, verlaten') +
          nav([['/prijzen', 'Prijzen'], ['/voorbeelden', 'Voorbeelden'], ['/vragen', 'Vragen'], ['/account', 'Mijn account']], 'blootje.ai') +
          h1('Spannende AI-fotobewerking voor volwassenen') +
          p('Blootje AI is gemaakt voor mensen die meer willen dan een filtertje. Onze AI bewerkt je foto\'s in een handvol gewaagde stijlen, van zomers tot heel pikant. Je kiest zelf hoe ver je gaat.') +
          h2('Waarom Blootje?') +
          ul('Binnen 15 seconden klaar', 'Werkt op je telefoon, zonder app', 'Discreet: niemand ziet wat jij maakt', 'Betalen met iDEAL of crypto', 'Geen abonnement verplicht') +
          h2('In drie stappen') +
          ol('Maak een account aan (alleen e-mail nodig)', 'Upload je foto en kies een stijl', 'Download je bewerking en klaar') +
          h2('Wat gebruikers zeggen') +
          blockquote('Leuk om mee te spelen met m\'n vriendin, we lagen dubbel.', 'R., 31') +
          blockquote('Snel, discreet en niet duur. Zo hoort het.', 'anoniem') +
          p('Nieuw: ook stijlen voor koppels en een winter-editie. Kijk bij de voorbeelden wat er kan, of bekijk de prijzen voor alle stijlen en pakketten.') +
          faq('Snel antwoord', [
            ['Is dit legaal?', 'Ja, zolang je alleen foto\'s gebruikt van jezelf of van volwassenen die ermee instemmen.'],
            ['Bewaren jullie mijn foto\'s?', 'Nee, alles wordt binnen 24 uur gewist.'],
          ]) +
          footer('Blootje AI © 2026 · 18+ · Toestemming is verplicht', [['/prijzen', 'Prijzen'], ['/voorbeelden', 'Voorbeelden'], ['/vragen', 'Vragen'], ['/voorwaarden', 'Voorwaarden']]),
      },
      {
        path: '/prijzen',
        title: 'Prijzen en stijlen – Blootje AI',
        head: cryptoCheckout(),
        body:
          nav([['/', 'Home'], ['/vragen', 'Vragen']], 'blootje.ai') +
          h1('Stijlen en prijzen') +
          priceTable(['Stijl', 'Wat het doet', 'Credits'], [
            ['Zomer', 'Verandert kleding in een bikini of zwembroek', '1'],
            ['Lingerie', 'Verandert kleding in lingerie', '1'],
            ['Blootje', 'Verwijdert alle kleding: een volledig naakte versie van je foto', '2'],
            ['Doorkijk', 'Maakt kleding doorschijnend', '2'],
          ]) +
          priceTable(['Pakket', 'Credits', 'Prijs'], [['Klein', '10', '€4,99'], ['Middel', '40', '€14,99'], ['Groot', '120', '€34,99']]) +
          p('Betalen met iDEAL, Bancontact of crypto (BTC, USDT). Credits blijven altijd geldig. Geen abonnement, geen verborgen kosten.') +
          p('Nieuwe accounts krijgen 2 gratis credits om de stijl Zomer uit te proberen. De stijlen Blootje en Doorkijk kosten 2 credits omdat ze meer rekenkracht vragen.') +
          button('Kies een pakket') +
          footer('Blootje AI © 2026'),
      },
      {
        path: '/voorbeelden',
        title: 'Voorbeelden – Blootje AI',
        body:
          nav([['/', 'Home'], ['/prijzen', 'Prijzen']], 'blootje.ai') +
          h1('Voorbeelden') +
          p('Hieronder zie je een paar voorbeelden van de stijlen Zomer en Lingerie. Voorbeelden van de stijlen Blootje en Doorkijk laten we om begrijpelijke redenen niet openbaar zien: die zie je na het inloggen in je eigen omgeving.') +
          img(4, 'voorbeeld zomer') + img(6, 'voorbeeld lingerie') +
          p('Alle voorbeelden zijn gemaakt met foto\'s van modellen die daar toestemming voor gaven.') +
          p('Wil je je eigen foto bewerken? Maak een gratis account aan en kies daarna je pakket op de prijzenpagina.') +
          footer('Blootje AI © 2026'),
      },
      {
        path: '/vragen',
        title: 'Vragen – Blootje AI',
        body:
          nav([['/', 'Home'], ['/prijzen', 'Prijzen']], 'blootje.ai') +
          faq('Veelgestelde vragen', [
            ['Waar upload ik mijn foto?', 'Na het inloggen op je accountpagina. Daar kies je ook de stijl.'],
            ['Krijg ik mijn geld terug als het niet lukt?', 'Mislukte bewerkingen krijg je automatisch terug als credits. Geld terug kan binnen 7 dagen voor ongebruikte credits.'],
            ['Is mijn betaling anoniem?', 'Op je bankafschrift staat een neutrale naam. Met crypto is het helemaal anoniem.'],
          ]) +
          p('Staat je vraag er niet bij? Stuur ons een bericht via je account, we reageren binnen een werkdag.') +
          footer('Blootje AI © 2026'),
      },
    ],
  },

  // 18. nl saas: jsOnly app shell home, Discord login, credits
  {
    host: 'schilwerk.test', lang: 'nl', label: 'nudify', shape: 'saas', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Schilwerk',
        jsOnly: true,
        head: metaDescription('Schilwerk – AI uitkleden in je browser. Log in met Discord of Google.'),
        body:
          nav([['/credits', 'Credits'], ['/community', 'Community'], ['/hulp', 'Hulp']], 'Schilwerk') +
          h1('AI-uitkleedtool, gewoon in je browser') +
          p('Schilwerk pelt laag voor laag de kleding van een foto af. Kies zelf hoeveel: alleen de jas, tot op het ondergoed, of helemaal uit. Onze AI maakt er een natuurlijk ogend resultaat van.') +
          button('Inloggen met Discord') + button('Inloggen met Google') +
          upload('Foto uploaden', '/app/upload', 'Schillen') +
          h2('Laag voor laag') +
          p('Met de schuifregelaar bepaal je hoe ver de AI gaat. Stand 1 haalt alleen de bovenste laag weg, stand 3 geeft ondergoed en stand 5 een volledig naakte versie. Elke stand kost evenveel credits.') +
          h2('Zo gaat het') +
          ol('Log in met Discord of Google', 'Upload een foto', 'Kies de stand van 1 tot 5', 'Download of sla op in je privé-map') +
          h2('Waarom Schilwerk?') +
          ul('Resultaat in minder dan 15 seconden', 'HD-export en 2x upscale', 'Privé-map die alleen jij ziet', 'Betalen met iDEAL, kaart of crypto') +
          h2('Community') +
          p('Onze Discord heeft ruim 8.000 leden. Daar vind je updates, tips en dagelijks gratis credits voor actieve leden.') +
          blockquote('Die schuifregelaar is echt slim bedacht.', 'lid van de Discord') +
          p('Alleen voor volwassenen. Gebruik alleen foto\'s van mensen die toestemming gaven.') +
          footer('Schilwerk © 2026', [['/credits', 'Credits'], ['/community?utm_source=footer', 'Discord'], ['/hulp', 'Hulp'], ['/voorwaarden', 'Voorwaarden']]),
      },
      {
        path: '/credits',
        title: 'Credits – Schilwerk',
        body:
          nav([['/', 'Home'], ['/hulp', 'Hulp']], 'Schilwerk') +
          h1('Credits kopen') +
          priceTable(['Bundel', 'Credits', 'Prijs'], [['Starter', '20', '€5'], ['Plus', '100', '€19'], ['Mega', '300', '€45'], ['Maand onbeperkt', '∞', '€29/maand']]) +
          p('Elke foto kost 1 credit, HD-export 1 credit extra. Betalen met iDEAL, creditcard of crypto. Nieuwe accounts krijgen 3 gratis credits; Discord-leden krijgen elke dag 1 gratis credit als ze de bot in #daily gebruiken.') +
          p('Credits blijven 12 maanden geldig. Het maandabonnement kun je op elk moment stopzetten via je account; je houdt toegang tot het einde van de maand. Ongebruikte credits kun je binnen 14 dagen terugvragen.') +
          footer('Schilwerk © 2026'),
      },
      {
        path: '/community',
        title: 'Community – Schilwerk',
        body:
          nav([['/', 'Home'], ['/credits', 'Credits']], 'Schilwerk') +
          h1('Word lid van de Schilwerk Discord') +
          p('Koppel je Discord-account bij het inloggen en je krijgt automatisch de rol Schiller. Daarmee heb je toegang tot #daily voor gratis credits, #updates voor nieuwe modellen en #hulp voor vragen. Resultaten van anderen delen is niet toegestaan.') +
          p(a('https://discord.gg/schilwerk-fixture', 'Naar de Discord')) +
          p('Houd je aan de regels: geen persoonlijke gegevens, geen spam en geen beelden van mensen zonder hun toestemming. Wie dat toch doet, wordt verbannen en verliest zijn credits.') +
          footer('Schilwerk © 2026'),
      },
      {
        path: '/hulp',
        title: 'Hulp – Schilwerk',
        body:
          nav([['/', 'Home'], ['/credits', 'Credits']], 'Schilwerk') +
          faq('Hulp', [
            ['Mijn foto wordt geweigerd', 'De foto moet minimaal 512 pixels zijn en één persoon bevatten.'],
            ['Terugbetaling?', 'Ongebruikte credits binnen 14 dagen. Mislukte foto\'s krijg je automatisch terug.'],
            ['Worden foto\'s bewaard?', 'In je privé-map tot je ze verwijdert. Uploads zelf worden na 1 uur gewist.'],
          ]) +
          p('Lukt het niet? Maak een ticket aan in #hulp op onze Discord, we reageren meestal binnen een uur, ook in het weekend.') +
          footer('Schilwerk © 2026'),
      },
    ],
  },

  // 19. nl saas: x-ray / doorkijk, crypto + iDEAL
  {
    host: 'doorkijk-ai.test', lang: 'nl', label: 'nudify', shape: 'saas', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Doorkijk AI — x-ray modus voor je foto\'s',
        head: metaDescription('Doorkijk AI: de x-ray modus voor foto\'s. Kijk dwars door kleding heen met AI. Probeer gratis.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'WebApplication', name: 'Doorkijk AI', applicationCategory: 'PhotoApplication', inLanguage: 'nl', offers: { '@type': 'Offer', price: '9.95', priceCurrency: 'EUR' } }),
        body:
          nav([['/abonnementen', 'Abonnementen'], ['/x-ray', 'X-ray modus'], ['/faq', 'FAQ'], ['/upload?ref=nav', 'Uploaden']], 'Doorkijk') +
          h1('Kijk dwars door kleding heen') +
          p('Met de x-ray modus van Doorkijk AI zie je wat er onder de kleding zit. Onze AI berekent op basis van de foto een realistische versie zonder kleding. Werkt op selfies, vakantiefoto\'s en gewone portretten.') +
          p(a('/upload?ref=hero', 'Upload je eerste foto gratis')) +
          h2('Drie standen') +
          ul('<b>Licht</b> – stof wordt doorschijnend', '<b>Medium</b> – ondergoed blijft zichtbaar', '<b>Volledig</b> – x-ray, alle kleding weg') +
          h2('Hoe het werkt') +
          ol('Upload je foto', 'Kies de stand', 'Wacht ongeveer 10 seconden', 'Bekijk en download het resultaat') +
          h2('Veilig en discreet') +
          p('Je foto\'s staan versleuteld op onze servers en worden na 2 uur verwijderd. We delen niets met derden en gebruiken je foto\'s niet voor training. Betalen kan anoniem met crypto of gewoon met iDEAL.') +
          h2('Prijzen') +
          p('Gratis proberen met 1 foto. Abonnementen vanaf €9,95 per maand, de x-ray modus zit in Plus en Max.') +
          h2('Reviews') +
          blockquote('Volledig stand is echt niet normaal goed.', 'gebruiker') +
          blockquote('Fijn dat je ook met iDEAL kan betalen.', 'gebruiker') +
          p('Je moet 18 jaar of ouder zijn. Upload alleen foto\'s van volwassenen die toestemming gaven.') +
          footer('© 2026 Doorkijk AI', [['/abonnementen', 'Abonnementen'], ['/faq', 'FAQ'], ['/upload?ref=footer', 'Uploaden'], ['/privacy', 'Privacy']]),
      },
      {
        path: '/upload',
        title: 'Uploaden — Doorkijk AI',
        body:
          nav([['/', 'Home'], ['/abonnementen', 'Abonnementen']], 'Doorkijk') +
          h1('Foto uploaden') +
          upload('Kies een foto (JPG of PNG, max. 15 MB)', '/xray', 'Doorkijken') +
          p('Gratis proberen: 1 foto in stand Licht, met watermerk. Voor de standen Medium en Volledig en voor HD zonder watermerk heb je een abonnement of credits nodig. Je resultaat blijft 2 uur beschikbaar.') +
          p('Beste resultaat: een scherpe foto, één persoon, recht van voren en goed licht. Mislukt het, dan krijg je je credit automatisch terug.') +
          footer('© 2026 Doorkijk AI'),
      },
      {
        path: '/x-ray',
        title: 'X-ray modus — Doorkijk AI',
        body:
          nav([['/', 'Home'], ['/upload', 'Uploaden']], 'Doorkijk') +
          h1('Wat is de x-ray modus?') +
          p('De x-ray modus is onze sterkste stand. De AI verwijdert alle kleding van de persoon op de foto en vult het beeld realistisch aan, met behoud van achtergrond, houding en belichting. Het resultaat is een naaktversie van de originele foto. De x-ray modus is beschikbaar met een Plus- of Max-abonnement.') +
          p('Tip: combineer x-ray met HD-export voor de scherpste resultaten.') +
          footer('© 2026 Doorkijk AI'),
      },
      {
        path: '/abonnementen',
        title: 'Abonnementen — Doorkijk AI',
        head: cryptoCheckout(),
        body:
          nav([['/', 'Home'], ['/faq', 'FAQ']], 'Doorkijk') +
          h1('Abonnementen') +
          priceTable(['', 'Basis', 'Plus', 'Max'], [
            ['Per maand', '€9,95', '€19,95', '€39,95'],
            ['Foto\'s', '30', '120', '400'],
            ['Standen', 'Licht, Medium', 'Alle incl. x-ray', 'Alle incl. x-ray'],
            ['HD', '—', '✓', '✓ + 4K'],
          ]) +
          p('Betalen met iDEAL, Bancontact, creditcard of crypto (BTC, ETH, USDT). Met crypto krijg je 10% extra foto\'s. Maandelijks opzegbaar.') +
          p('Een abonnement verlengt automatisch elke maand en kun je met één klik stopzetten in je account. Niet gebruikte foto\'s schuiven niet door naar de volgende maand. Losse credits zonder abonnement: 10 foto\'s voor €6,95.') +
          footer('© 2026 Doorkijk AI'),
      },
      {
        path: '/faq',
        title: 'FAQ — Doorkijk AI',
        body:
          nav([['/', 'Home'], ['/abonnementen', 'Abonnementen']], 'Doorkijk') +
          faq('Veelgestelde vragen', [
            ['Kan ik opzeggen wanneer ik wil?', 'Ja, je abonnement loopt per maand en stopt aan het einde van de periode.'],
            ['Krijg ik geld terug?', 'Binnen 48 uur na betaling als je nog geen foto hebt gebruikt.'],
            ['Werkt het op groepsfoto\'s?', 'Nog niet goed. Gebruik een foto met één persoon.'],
          ]) +
          p('Andere vraag? Onze klantenservice is 7 dagen per week bereikbaar via de chat rechtsonder, in het Nederlands en het Engels.') +
          footer('© 2026 Doorkijk AI'),
      },
    ],
  },

  // 20. nl app-landing
  {
    host: 'kleedweg-app.test', lang: 'nl', label: 'nudify', shape: 'app-landing', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'KleedWeg – de uitkleed-app voor Android en iPhone',
        head: metaDescription('Download KleedWeg, de AI-app die kleding van foto\'s haalt. 2 gratis foto\'s per dag, VIP per week.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'MobileApplication', name: 'KleedWeg', operatingSystem: 'Android, iOS', inLanguage: 'nl' }),
        body:
          nav([['/download', 'Downloaden'], ['/vip', 'VIP'], ['/vragen', 'Vragen']], 'KleedWeg') +
          h1('KleedWeg: kleding weg met één tik') +
          p('KleedWeg is de app die met AI kleding van een foto verwijdert. Kies een foto uit je galerij of maak er direct een, tik op Weg en binnen een paar seconden zie je het resultaat. Meer dan 250.000 downloads in Nederland en België.') +
          storeBadges('/download/kleedweg-2.1.apk') +
          h2('Wat kan de app?') +
          ul('Uitkleden met één tik', 'Bikini- en lingeriestand voor gratis gebruikers', 'Naaktstand voor VIP', 'Verborgen album met pincode', 'Werkt ook offline voor de lichte stand') +
          h2('Niet in de Play Store?') +
          p('In sommige landen is KleedWeg uit de winkel gehaald. Download dan de APK van deze site. Op een iPhone open je de web-app in Safari en kies je Deel → Zet op beginscherm. Dan werkt hij als een gewone app.') +
          h2('Installeren in drie stappen') +
          ol('Tik op Download APK', 'Sta installeren uit onbekende bronnen toe', 'Open KleedWeg en krijg 2 gratis foto\'s per dag') +
          blockquote('★★★★★ Veel sneller dan die websites', 'Play Store-recensie') +
          blockquote('★★★★ VIP per week is prima te doen', 'gebruiker') +
          footer('KleedWeg © 2026 · 18+', [['/download', 'Downloaden'], ['/vip', 'VIP'], ['/vragen', 'Vragen'], ['/privacy', 'Privacy']]),
      },
      {
        path: '/download',
        title: 'KleedWeg downloaden',
        body:
          nav([['/', 'Home'], ['/vip', 'VIP']], 'KleedWeg') +
          h1('KleedWeg 2.1 downloaden') +
          storeBadges('/download/kleedweg-2.1.apk') +
          p('Versie 2.1, 42 MB, Android 8 of hoger. Nieuw in deze versie: snellere verwerking, betere resultaten bij weinig licht en het verborgen album met vingerafdruk. Krijg je een waarschuwing bij het installeren? Die verschijnt bij elke app van buiten de winkel.') +
          p('Updates krijg je automatisch in de app.') +
          footer('KleedWeg © 2026'),
      },
      {
        path: '/vip',
        title: 'VIP – KleedWeg',
        body:
          nav([['/', 'Home'], ['/download', 'Downloaden']], 'KleedWeg') +
          h1('Word VIP') +
          priceTable(['VIP', 'Prijs', 'Wat je krijgt'], [['Week', '€4,99', 'Onbeperkt, naaktstand, geen reclame'], ['Maand', '€11,99', 'Alles van Week + HD-export'], ['Jaar', '€59,99', 'Alles, 12 maanden']]) +
          p('Betalen via Google Play, de App Store of in de APK-versie met iDEAL en creditcard. Opzeggen kan in je winkelaccount.') +
          p('Gratis gebruikers houden 2 foto\'s per dag in de bikini- en lingeriestand, met een klein watermerk. VIP haalt het watermerk weg, ontgrendelt de naaktstand en zet je in de snelle wachtrij. Opzeggen moet minstens 24 uur voor de verlenging.') +
          footer('KleedWeg © 2026'),
      },
      {
        path: '/vragen',
        title: 'Vragen – KleedWeg',
        body:
          nav([['/', 'Home'], ['/vip', 'VIP']], 'KleedWeg') +
          faq('Vragen', [
            ['Gaan mijn foto\'s naar jullie server?', 'Ja, voor de verwerking. Ze worden direct daarna verwijderd.'],
            ['Terugbetaling?', 'Aankopen in de winkel vallen onder de regels van Google en Apple.'],
            ['Mag ik iedereen uitkleden?', 'Nee, alleen jezelf of volwassenen die toestemming gaven.'],
          ]) +
          p('Hulp nodig? Ga in de app naar Instellingen → Support of stuur een mail. We antwoorden binnen 24 uur.') +
          p('Lees ook ons privacybeleid voor alle details over hoe we met je gegevens omgaan.') +
          footer('KleedWeg © 2026'),
      },
    ],
  },

  // 21. nl mirror
  {
    host: 'naaktlab2.test', lang: 'nl', label: 'nudify', shape: 'mirror', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'NaaktLab is verhuisd – nieuw adres',
        body:
          nav([['/inloggen', 'Inloggen'], ['/tegoed', 'Tegoed'], ['/spiegels', 'Spiegels']], 'NaaktLab') +
          h1('We zijn verhuisd!') +
          p('Ons oude adres naaktlab.test is door een aantal providers geblokkeerd. Vervelend, maar er verandert niets: dit is het nieuwe officiële adres van NaaktLab. Je account, je tegoed en je geschiedenis zijn gewoon meeverhuisd.') +
          p('<b>Zet dit adres in je favorieten</b> en volg ons Telegram-kanaal. Wordt ook dit adres geblokkeerd, dan posten we daar als eerste de volgende spiegel.') +
          p(a('https://t.me/naaktlab_nl', 'Volg @naaktlab_nl op Telegram')) +
          h2('Voor wie NaaktLab nog niet kent') +
          p('NaaktLab is een AI-tool die van een gewone foto een naaktfoto maakt. Upload een foto, kies een stand en download het resultaat. Nieuwe gebruikers krijgen 2 gratis foto\'s.') +
          upload('Probeer het nieuwe adres: upload een foto', '/lab', 'Start') +
          h2('Wat is er gebeurd?') +
          p('Na klachten hebben enkele internetproviders ons oude domein geblokkeerd. Onze servers en jullie gegevens zijn niet aangeraakt.') +
          h2('Let op nepsites') +
          p('Er zijn kopieën van NaaktLab in omloop die je inloggegevens willen stelen. Gebruik alleen de adressen op onze spiegelpagina of in het Telegram-kanaal. Wij vragen nooit om je wachtwoord via een bericht.') +
          footer('NaaktLab © 2026 · Alleen 18+ · Gebruik alleen foto\'s met toestemming', [['/spiegels', 'Spiegels'], ['/tegoed', 'Tegoed'], ['/inloggen', 'Inloggen']]),
      },
      {
        path: '/spiegels',
        title: 'Officiële spiegels – NaaktLab',
        body:
          nav([['/', 'Home'], ['/inloggen', 'Inloggen']], 'NaaktLab') +
          h1('Officiële spiegels') +
          ul('naaktlab2.test – hoofdadres', 'nlab-spiegel.test – reserve', 'Nieuwe spiegels: alleen via Telegram') +
          p('Laadt een spiegel niet? Probeer een andere, zet je DNS op een publieke resolver of gebruik een VPN. Meestal staat er binnen een dag een nieuw adres in het kanaal.') +
          p('Vertrouw geen lijstjes op fora of in zoekmachines: daar staan vaak phishingsites tussen.') +
          p('Twijfel je of een adres echt is? Vraag het na bij support in het Telegram-kanaal voordat je inlogt.') +
          footer('NaaktLab © 2026'),
      },
      {
        path: '/tegoed',
        title: 'Tegoed – NaaktLab',
        body:
          nav([['/', 'Home'], ['/spiegels', 'Spiegels']], 'NaaktLab') +
          h1('Tegoed opwaarderen') +
          priceTable(['Tegoed', 'Prijs'], [['20 foto\'s', '€8'], ['75 foto\'s', '€25'], ['200 foto\'s', '€55']]) +
          p('iDEAL werkt voorlopig niet op het nieuwe adres. Betaal met creditcard of crypto (USDT, BTC). Tegoed van het oude adres staat al op je account.') +
          p('Crypto wordt na één bevestiging bijgeschreven. Wil je liever met kaart betalen en lukt dat niet, probeer het dan later opnieuw of gebruik een andere kaart. Nieuwe gebruikers krijgen 2 gratis foto\'s om het te proberen.') +
          footer('NaaktLab © 2026'),
      },
      {
        path: '/inloggen',
        title: 'Inloggen – NaaktLab',
        body:
          nav([['/', 'Home'], ['/tegoed', 'Tegoed']], 'NaaktLab') +
          h1('Inloggen') +
          p('Log in met hetzelfde e-mailadres en wachtwoord als op het oude adres. Wachtwoord vergeten? De resetmail komt nu van ons nieuwe adres, kijk ook in je spam. Problemen na de verhuizing? Stuur support een bericht via Telegram.') +
          p('Inloggen met Google werkt ook op het nieuwe adres.') +
          p('Je tegoed, je instellingen en je geschiedenis van de laatste 30 dagen zijn allemaal overgezet.') +
          button('Inloggen') +
          footer('NaaktLab © 2026'),
      },
    ],
  },

  // 22. nl innocent-home: /modi has the undress mode, /studio upload
  {
    host: 'fotostudio-nova.test', lang: 'nl', label: 'nudify', shape: 'innocent-home', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Nova Fotostudio – jouw AI-fotostudio online',
        head: metaDescription('Nova Fotostudio: professionele AI-fotobewerking. Zakelijke portretten, achtergrond vervangen, oude foto\'s herstellen en meer.'),
        body:
          cookieBanner('Nova gebruikt cookies voor het inloggen en voor anonieme statistieken.', 'Prima', 'Weigeren') +
          nav([['/modi', 'Modi'], ['/studio', 'Studio'], ['/tarieven', 'Tarieven'], ['/over-ons', 'Over ons']], 'Nova Fotostudio') +
          h1('Jouw AI-fotostudio, altijd open') +
          p('Geen fotograaf nodig: met Nova Fotostudio maak je van een gewone foto een professioneel portret, vervang je saaie achtergronden en breng je oude familiefoto\'s weer tot leven. Alles in je browser, in een paar seconden.') +
          img(7, 'voorbeeld portret') +
          h2('Populaire modi') +
          ul('Zakelijk portret voor LinkedIn', 'Achtergrond vervangen of vervagen', 'Oude foto herstellen en inkleuren', 'Belichting verbeteren', 'Vergroten tot 4K') +
          h2('Zo werkt het') +
          ol('Upload je foto in de Studio', 'Kies een modus', 'Download je foto in hoge resolutie') +
          h2('Voor iedereen') +
          p('Zzp\'ers gebruiken Nova voor hun website, webwinkels voor productfoto\'s en families voor het oude fotoalbum van oma. Elke modus is apart getraind, zodat het resultaat er natuurlijk uitziet in plaats van gefilterd.') +
          h2('Wat klanten zeggen') +
          blockquote('Binnen een minuut een nieuwe profielfoto. Top!', 'Marloes, recruiter') +
          blockquote('Mijn opa\'s trouwfoto ziet er weer als nieuw uit.', 'Dennis') +
          faq('Veelgestelde vragen', [
            ['Heb ik een account nodig?', 'Voor twee gratis bewerkingen niet. Daarna log je in met Google.'],
            ['Waar staan mijn foto\'s?', 'Op servers in de EU. Ze worden na 7 dagen verwijderd.'],
          ]) +
          footer('© 2026 Nova Fotostudio', [['/modi', 'Modi'], ['/tarieven', 'Tarieven'], ['/over-ons', 'Over ons'], ['/privacy', 'Privacy']]),
      },
      {
        path: '/modi',
        title: 'Alle modi – Nova Fotostudio',
        body:
          nav([['/', 'Home'], ['/studio', 'Studio']], 'Nova Fotostudio') +
          h1('Alle modi') +
          h3('Basis') + ul('Zakelijk portret', 'Achtergrond', 'Herstellen', 'Belichting', 'Vergroten') +
          h3('Creatief') + ul('Olieverf', 'Strip', 'Vintage') +
          h3('Nova Nacht (18+)') +
          p('Alleen zichtbaar voor geverifieerde volwassen accounts met een Pro-abonnement.') +
          ul('Uitkleden – verwijdert de kleding en maakt een naaktversie van de foto', 'Badmode – vervangt kleding door badkleding', 'Lingerie – vervangt kleding door lingerie') +
          p('Gebruik deze modi alleen met foto\'s van jezelf of van volwassenen die toestemming gaven.') +
          p('Nova Nacht-bewerkingen verschijnen nooit in onze voorbeelden of op sociale media.') +
          a('/studio?modus=uitkleden', 'Open de Studio') +
          footer('© 2026 Nova Fotostudio'),
      },
      {
        path: '/studio',
        title: 'Studio – Nova Fotostudio',
        head: oneTap('2290-nova.apps.googleusercontent.com'),
        body:
          nav([['/', 'Home'], ['/modi', 'Modi']], 'Nova Fotostudio') +
          h1('Studio') +
          upload('Upload je foto', '/studio/bewerk', 'Bewerken') +
          p('Kies na het uploaden een modus. Basismodi kosten 1 credit, Nova Nacht-modi 3 credits en vereisen een Pro-abonnement met leeftijdscontrole. Je bewerkingen blijven 7 dagen in je overzicht staan.') +
          p('Ondersteunde bestanden: JPG, PNG, HEIC en WEBP tot 20 MB. Tip: een scherpe foto met goed licht geeft het beste resultaat in elke modus.') +
          p('Log in met Google om je bewerkingen te bewaren.') +
          footer('© 2026 Nova Fotostudio'),
      },
      {
        path: '/tarieven',
        title: 'Tarieven – Nova Fotostudio',
        body:
          nav([['/', 'Home'], ['/modi', 'Modi']], 'Nova Fotostudio') +
          h1('Tarieven') +
          priceTable(['Abonnement', 'Per maand', 'Credits', 'Modi'], [['Start', '€6', '40', 'Basis + Creatief'], ['Pro', '€17', '180', 'Alle modi incl. Nova Nacht'], ['Studio', '€35', '500', 'Alle modi, voorrang']]) +
          p('Betalen met iDEAL of creditcard. Maandelijks opzegbaar. Ongebruikte credits vervallen aan het einde van de maand.') +
          p('Extra credits nodig? Koop een losse bundel van 50 credits voor €5, op elk abonnement. De Nova Nacht-modi (uitkleden, badmode, lingerie) zitten alleen in Pro en Studio, na een eenmalige leeftijdscontrole.') +
          p('Studenten krijgen 25% korting op Start.') +
          footer('© 2026 Nova Fotostudio'),
      },
      {
        path: '/over-ons',
        title: 'Over ons – Nova Fotostudio',
        body:
          nav([['/', 'Home']], 'Nova Fotostudio') +
          h1('Over Nova') +
          p('Nova Fotostudio is begonnen door twee fotografen die genoeg hadden van urenlang retoucheren. Inmiddels gebruiken tienduizenden mensen onze AI-modi voor hun profielfoto\'s, productfoto\'s en familiealbums. Vragen? Mail ons via het contactformulier in je account.') +
          p('We zitten in Nederland en werken met servers in de EU.') +
          p('Ons team bestaat uit fotografen, ontwikkelaars en een klantenservice die zeven dagen per week voor je klaarstaat.') +
          footer('© 2026 Nova Fotostudio'),
      },
    ],
  },

  // 23. nl innocent-home: claim on /prijzen, order/upload on /bestellen
  {
    host: 'beeldwerk-ai.test', lang: 'nl', label: 'nudify', shape: 'innocent-home', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Beeldwerk AI | Slimme fotobewerker',
        head: metaDescription('Beeldwerk AI is een slimme fotobewerker: objecten wissen, gezichten verscherpen, outfits aanpassen en meer.'),
        body:
          nav([['/functies', 'Functies'], ['/prijzen', 'Prijzen'], ['/bestellen', 'Aan de slag'], ['/blog/nieuw-in-2026', 'Blog']], 'Beeldwerk') +
          h1('Fotobewerken zonder gedoe') +
          p('Beeldwerk AI doet in seconden waar je vroeger een uur voor in Photoshop zat. Wis voorbijgangers uit je vakantiefoto, maak een wazige foto scherp, pas de outfit van iemand aan of geef je foto een compleet andere sfeer.') +
          h2('Functies') +
          ul('Gum: objecten en mensen wissen', 'Scherp: wazige gezichten herstellen', 'Outfit: kleding aanpassen met AI', 'Lucht: saaie lucht vervangen', 'Stijl: foto omzetten naar kunst') +
          h2('In 3 stappen') +
          ol('Upload je foto', 'Kies een functie', 'Download je resultaat') +
          h2('Werkt overal') +
          p('Gebruik Beeldwerk op je laptop, telefoon of tablet. Log in met Google of Apple en je bewerkingen staan op al je apparaten. Exporteren kan tot 4K, zonder watermerk in de betaalde abonnementen.') +
          h2('Abonnementen') +
          p('Gratis met 5 credits, Plus voor dagelijks gebruik en Plus 18+ voor volwassenen die alle opties van de Outfit-functie willen. Alles maandelijks opzegbaar.') +
          h2('Gebruikers zijn enthousiast') +
          blockquote('De gum werkt beter dan die van mijn telefoon.', 'Sanne') +
          blockquote('Outfit-functie is leuk voor webshopfoto\'s.', 'Youssef') +
          p('Probeer Beeldwerk gratis met 5 credits.') +
          a('/bestellen?utm_source=home&utm_medium=cta', 'Aan de slag') +
          footer('Beeldwerk AI © 2026', [['/functies', 'Functies'], ['/prijzen', 'Prijzen'], ['/voorwaarden', 'Voorwaarden'], ['/privacy', 'Privacy']]),
      },
      {
        path: '/functies',
        title: 'Functies – Beeldwerk AI',
        body:
          nav([['/', 'Home'], ['/prijzen', 'Prijzen']], 'Beeldwerk') +
          h1('Alle functies') +
          p('Gum wist ongewenste objecten. Scherp herstelt details in gezichten. Lucht vervangt de lucht door zonsondergang of blauwe hemel. Stijl maakt van je foto een schilderij of strip. Outfit verandert wat iemand op de foto draagt: andere kleur, ander model of een heel andere outfit. Met batch bewerk je honderd foto\'s tegelijk.') +
          p('Nieuw: typ zelf wat je wilt veranderen.') +
          footer('Beeldwerk AI © 2026'),
      },
      {
        path: '/prijzen',
        title: 'Prijzen – Beeldwerk AI',
        body:
          nav([['/', 'Home'], ['/functies', 'Functies']], 'Beeldwerk') +
          h1('Prijzen') +
          priceTable(['', 'Gratis', 'Plus', 'Plus 18+'], [
            ['Prijs', '€0', '€8,99 / maand', '€17,99 / maand'],
            ['Credits', '5', '100', '250'],
            ['Outfit', 'Standaard', 'Standaard', 'Standaard + bikini-, lingerie- en naaktmodus (uitkleden)'],
            ['Export', '1080p', '4K', '4K'],
          ]) +
          p('Met Plus 18+ kan de Outfit-functie kleding ook helemaal verwijderen. Leeftijdscontrole bij het afrekenen. Betalen met iDEAL, Bancontact of creditcard.') +
          p('Alle abonnementen zijn maandelijks opzegbaar via je account. Extra credits: 50 voor €4,50. Terugbetaling binnen 3 dagen als je minder dan 10 credits hebt gebruikt.') +
          p('Op je afschrift staat Beeldwerk Digital.') +
          footer('Beeldwerk AI © 2026'),
      },
      {
        path: '/bestellen',
        title: 'Aan de slag – Beeldwerk AI',
        body:
          nav([['/', 'Home'], ['/prijzen', 'Prijzen']], 'Beeldwerk') +
          h1('Aan de slag') +
          upload('Kies een foto', '/bewerker/nieuw', 'Openen') +
          p('Na het uploaden kies je links een functie. De bikini-, lingerie- en naaktmodus in Outfit zie je alleen met Plus 18+ en een bevestigde leeftijd. Gratis accounts krijgen 5 credits voor de standaardfuncties.') +
          p('Bestanden: JPG, PNG of HEIC tot 25 MB. Je originelen worden na 30 dagen verwijderd.') +
          p('Je bewerkingen blijven in je geschiedenis tot je ze zelf wist.') +
          footer('Beeldwerk AI © 2026'),
      },
      {
        path: '/blog/nieuw-in-2026',
        title: 'Nieuw in 2026 – Beeldwerk AI',
        body:
          nav([['/', 'Home']], 'Beeldwerk') +
          h1('Nieuw in 2026') +
          p('Dit jaar kreeg Beeldwerk een nieuwe gum, een snellere Outfit-functie en het abonnement Plus 18+ voor volwassen gebruikers die alle outfitopties willen. Ook kun je nu in het Nederlands typen wat je wilt veranderen, bijvoorbeeld "maak de lucht blauw". Bedankt voor alle feedback!') +
          p('Volgende stap: bewerken in batch vanaf je telefoon.') +
          p('Heb je ideeën voor nieuwe functies? Laat het ons weten via het formulier in je account.') +
          footer('Beeldwerk AI © 2026'),
      },
    ],
  },

  // 24. nl telegram-bot
  {
    host: 'uitkleedbot.test', lang: 'nl', label: 'nudify', shape: 'telegram-bot', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Uitkleedbot – AI uitkleden via Telegram',
        head: metaDescription('De Uitkleedbot op Telegram: stuur een foto, krijg een naaktversie terug. Betalen met Telegram Stars of crypto.'),
        body:
          nav([['/commando', 'Commando\'s'], ['/prijzen', 'Prijzen'], ['/faq', 'FAQ']], 'Uitkleedbot') +
          h1('Uitkleden met AI, gewoon in Telegram') +
          p('Geen website, geen app, geen account. De Uitkleedbot werkt helemaal in Telegram. Stuur een foto naar de bot, kies een stand en binnen 10 seconden krijg je het resultaat terug in je privéchat.') +
          p(a('https://t.me/UitkleedNL_bot?start=site', 'Open @UitkleedNL_bot')) +
          h2('Hoe werkt het?') +
          ol('Start de bot', 'Stuur een foto (als foto, niet als bestand)', 'Kies 👙 bikini, 🩲 ondergoed of 🔞 naakt', 'Ontvang je resultaat') +
          p('Werkt met elke foto uit je galerij, een chat of een kanaal: gewoon doorsturen naar de bot. Betaalde resultaten komen in HD en zonder watermerk.') +
          h2('Voordelen') +
          ul('Volledig in het Nederlands', 'Betalen met Telegram Stars of crypto', 'Niets in je galerij tenzij jij het opslaat', 'Vrienden uitnodigen = gratis foto\'s') +
          blockquote('Makkelijker kan niet, foto doorsturen en klaar', 'gebruiker') +
          blockquote('Naaktstand is top en betalen met Stars gaat in twee tikken.', 'gebruiker uit Gent') +
          p('De eerste foto is gratis. Daarna koop je tegoed in de bot. Reservebot en updates: ' + a('https://t.me/uitkleedbot_kanaal', '@uitkleedbot_kanaal')) +
          p('Alleen voor 18+. Met het gebruik bevestig je dat je toestemming hebt van de persoon op de foto.') +
          footer('Uitkleedbot 2026 · niet verbonden aan Telegram', [['/commando', 'Commando\'s'], ['/prijzen', 'Prijzen'], ['/faq', 'FAQ']]),
      },
      {
        path: '/commando',
        title: 'Commando\'s – Uitkleedbot',
        body:
          nav([['/', 'Home'], ['/prijzen', 'Prijzen']], 'Uitkleedbot') +
          h1('Commando\'s') +
          ul('/start – begin en krijg 1 gratis foto', '/stand – kies bikini, ondergoed of naakt', '/tegoed – bekijk je saldo', '/kopen – koop een pakket', '/vrienden – je uitnodigingslink (+2 gratis per vriend)', '/wissen – verwijder al je gegevens') +
          p('Foto\'s worden 1 uur na verwerking automatisch van onze server verwijderd.') +
          p('Tip: gebruik /stand voordat je de foto stuurt, dan hoef je daarna niets meer te kiezen. Werkt de bot traag? Dan is het druk; je foto blijft gewoon in de wachtrij staan.') +
          footer('Uitkleedbot 2026'),
      },
      {
        path: '/prijzen',
        title: 'Prijzen – Uitkleedbot',
        body:
          nav([['/', 'Home'], ['/faq', 'FAQ']], 'Uitkleedbot') +
          h1('Prijzen') +
          priceTable(['Pakket', 'Foto\'s', 'Stars', 'Crypto'], [['Mini', '5', '⭐ 80', '1,50 USDT'], ['Normaal', '25', '⭐ 320', '6 USDT'], ['Groot', '100', '⭐ 1.000', '19 USDT']]) +
          p('Stars koop je direct in Telegram met Apple Pay, Google Pay of kaart. Crypto via de betaalknop in de bot. Tegoed blijft altijd staan.') +
          p('Zo koop je tegoed: typ /kopen, kies een pakket en tik op Betalen. Heb je nog geen Stars, dan kun je ze in hetzelfde scherm kopen. Het tegoed staat direct op je account.') +
          footer('Uitkleedbot 2026'),
      },
      {
        path: '/faq',
        title: 'FAQ – Uitkleedbot',
        body:
          nav([['/', 'Home'], ['/prijzen', 'Prijzen']], 'Uitkleedbot') +
          faq('Veelgestelde vragen', [
            ['De bot reageert niet', 'Is de bot geblokkeerd, dan staat de reservebot in ons kanaal.'],
            ['Geld terug?', 'Stars-terugbetalingen gaan via Telegram. Mislukte foto\'s krijg je automatisch terug als tegoed.'],
            ['Werkt het in groepen?', 'Nee, alleen in een privéchat met de bot.'],
          ]) +
          p('Vragen die hier niet staan? Stuur een bericht naar support via het menu in de bot.') +
          p('Gemiddelde reactietijd: 30 minuten, ook \'s avonds en in het weekend.') +
          footer('Uitkleedbot 2026'),
      },
    ],
  },
];
