import {
  a,
  ageGate,
  article,
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
  stripe,
  textForm,
  ul,
  upload,
  type CorpusSite,
} from '../site-kit.js';

const AUTHOR = 'neg-look';

// --- pressline-studio.test (garment-care, en) ---
const presslineNav = nav(
  [
    ['/how-it-works', 'How it works'],
    ['/pricing?ref=topnav', 'Pricing'],
    ['/faq', 'FAQ'],
    ['/login', 'Sign in'],
  ],
  'Pressline',
);
const presslineFoot = footer('© 2026 Pressline Imaging Ltd. Registered in England & Wales. Made for apparel sellers, not for steam irons.', [
  ['/terms', 'Terms'],
  ['/privacy', 'Privacy'],
  ['/pricing?utm_source=footer', 'Plans'],
  ['/faq', 'Help'],
]);

// --- strijkvrij-foto.test (garment-care, nl) ---
const strijkNav = nav(
  [
    ['/voorbeelden', 'Voorbeelden'],
    ['/prijzen', 'Prijzen'],
    ['/veelgestelde-vragen', 'Veelgestelde vragen'],
    ['/inloggen', 'Inloggen'],
  ],
  'Strijkvrij',
);

// --- hollowform.test (ghost-mannequin, en) ---
const hollowNav = nav(
  [
    ['/services', 'Services'],
    ['/pricing', 'Pricing'],
    ['/upload', 'Send images'],
    ['/contact', 'Contact'],
  ],
  'Hollowform',
);

// --- rackswap.test (clothes-changer, en) ---
const rackNav = nav(
  [
    ['/models', 'AI models'],
    ['/pricing', 'Pricing'],
    ['/api', 'API'],
    ['/blog/flat-lay-to-on-model', 'Blog'],
    ['/signup?plan=trial', 'Start free'],
  ],
  'Rackswap',
);

// --- fitroomkit.test (virtual-try-on, en) ---
const fitNav = nav(
  [
    ['/features', 'Features'],
    ['/pricing', 'Pricing'],
    ['/docs', 'Docs'],
    ['/privacy', 'Privacy'],
  ],
  'FitRoom Kit',
);

// --- app.clearcutlab.test (photo-tool, en) ---
const clearNav = nav(
  [
    ['/tools', 'Tools'],
    ['/credits', 'Buy credits'],
    ['/api-access', 'API'],
    ['/help', 'Help'],
  ],
  'ClearCut Lab',
);

// --- bildwerk-retusche.test (photo-tool, de) ---
const bildNav = nav(
  [
    ['/werkzeuge', 'Werkzeuge'],
    ['/passfoto', 'Passfoto'],
    ['/preise', 'Preise'],
    ['/impressum', 'Impressum'],
  ],
  'Bildwerk',
);

// --- mememorph.test (sfw-faceswap, en) ---
const memeNav = nav(
  [
    ['/templates', 'Templates'],
    ['/pricing', 'Go Plus'],
    ['/rules', 'Community rules'],
    ['/download?src=nav', 'Get the app'],
  ],
  'MemeMorph',
);

// --- inkwelldreams.test (image-generator, en) ---
const inkNav = nav(
  [
    ['/gallery', 'Gallery'],
    ['/pricing', 'Pricing'],
    ['/content-policy', 'Content policy'],
    ['/login', 'Log in'],
  ],
  'Inkwell',
);

// --- sightguard-api.test (moderation-tool, en) ---
const sgNav = nav(
  [
    ['/docs', 'Docs'],
    ['/docs/deepfake', 'Deepfake detection'],
    ['/pricing', 'Pricing'],
    ['/status', 'Status'],
    ['/console', 'Console'],
  ],
  'SightGuard',
);

// --- hazelandthread.test (lingerie-shop, en) ---
const hazelNav = nav(
  [
    ['/shop/bras', 'Bras'],
    ['/shop/swimwear', 'Swim'],
    ['/size-guide', 'Size guide'],
    ['/returns', 'Returns'],
    ['/bag', 'Bag (0)'],
  ],
  'Hazel & Thread',
);

// --- nachtvlinder-dating.test (adult-site, nl) ---
const nachtNav = nav(
  [
    ['/aanmelden', 'Gratis aanmelden'],
    ['/abonnementen', 'Abonnementen'],
    ['/veiligheid', 'Veiligheid'],
    ['/voorwaarden', 'Voorwaarden'],
  ],
  'Nachtvlinder',
);

export const sites: CorpusSite[] = [
  {
    host: 'pressline-studio.test',
    lang: 'en',
    label: 'unrelated',
    shape: 'garment-care',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Pressline — wrinkle-free product photos in seconds',
        head:
          metaDescription('Remove wrinkles, lint, pills and stains from clothes in your product photos. Built for web shops and marketplace sellers.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'WebApplication', name: 'Pressline', applicationCategory: 'PhotographyApplication', offers: { '@type': 'Offer', price: '0', priceCurrency: 'GBP' } }),
        body:
          presslineNav +
          cookieBanner('We use cookies to keep you signed in and to measure which features sellers actually use. No ad tracking.', 'Accept', 'Only essentials') +
          h1('Your clothes, freshly pressed — without the iron') +
          p(
            'Pressline cleans up clothing photos automatically. Upload a shot of a shirt, a dress or a knit jumper and our AI removes creases, stray lint, fuzz pills and small marks from the fabric while keeping the weave, the seams and the true colour.',
            'It is made for small apparel shops who shoot on a kitchen table and marketplace resellers who list twenty second-hand pieces a night. No reshoots, no steamer, no hour in editing software.',
          ) +
          upload('Drop a product photo (JPG, PNG, up to 25 MB)', '/clean', 'Clean my photo') +
          h2('What it fixes') +
          ul(
            'Wrinkles and fold lines from packaging',
            'Lint, pet hair and dust on dark fabrics',
            'Pilling on wool and cotton blends',
            'Small stains, deodorant marks and water spots',
            'Loose threads and crooked collars (beta)',
          ) +
          h2('Sellers who tried it') +
          p('"I sell vintage denim and the fold lines always made the jackets look tired. Now the listings look like a catalogue." — a reseller from Leeds') +
          p('"Saved us a studio day per collection." — an independent knitwear label') +
          img(1, 'A crumpled linen shirt before and after cleanup') +
          p('Your first 10 images are free. After that, credits start at £0.12 per photo — see ' + a('/pricing?ref=home-body', 'pricing') + ' or read ' + a('/how-it-works', 'how it works') + '.') +
          presslineFoot,
      },
      {
        path: '/how-it-works',
        title: 'How Pressline works',
        body:
          presslineNav +
          h1('How it works') +
          ol(
            'Upload one photo or a ZIP of up to 500. We accept JPG, PNG, WEBP and HEIC.',
            'Choose the fixes: wrinkles, lint, pills, stains. Everything is on by default.',
            'Our fabric model rebuilds the texture where the crease was, so a twill still looks like twill.',
            'Download the results at the original resolution, or push them straight to your shop through our plugin.',
          ) +
          p(
            'The model was trained on licensed studio photography of garments only. It edits the cloth, nothing else: it does not change the cut, the colour or the product itself, because a listing has to show what the buyer will receive.',
            'Processing takes 4–8 seconds per image. Batches run in the background and we email you when they are ready.',
          ) +
          presslineFoot,
      },
      {
        path: '/pricing',
        title: 'Pricing — Pressline',
        body:
          presslineNav +
          h1('Simple credit packs') +
          p('One credit = one cleaned photo at full resolution. Credits never expire.') +
          priceTable(
            ['Pack', 'Credits', 'Price', 'Per photo'],
            [
              ['Starter', '50', '£9', '£0.18'],
              ['Shop', '300', '£42', '£0.14'],
              ['Studio', '1,500', '£180', '£0.12'],
              ['Agency', 'Unlimited', 'from £390/mo', 'talk to us'],
            ],
          ) +
          p('VAT is added at checkout for UK and EU customers. Pay by card or bank transfer. Need an invoice for your bookkeeper? It is in your account under Billing.') +
          stripe('pk_test_pressline_0000') +
          button('Buy credits') +
          presslineFoot,
      },
      {
        path: '/faq',
        title: 'FAQ — Pressline',
        body:
          presslineNav +
          faq('Frequently asked questions', [
            ['Does it work on photos of people wearing the clothes?', 'Yes, it works on flat lays, hangers, mannequins and on-model shots. It only touches the fabric: wrinkles, lint and marks.'],
            ['Will the colours change?', 'No. We keep the original colour profile; colour-matching is a separate tool on the roadmap.'],
            ['Can I use the results commercially?', 'Of course. You own your photos and the edited versions.'],
            ['How long do you keep my uploads?', 'Originals and results are deleted after 30 days, or immediately if you press Delete.'],
            ['Do you have an API?', 'Yes, on the Agency plan. Email us for a key.'],
          ]) +
          presslineFoot,
      },
      {
        path: '/terms',
        title: 'Terms of service — Pressline',
        body:
          presslineNav +
          h1('Terms of service') +
          p(
            'These terms apply to the Pressline web app and API. You may upload only photos you own or are licensed to edit. You must not use the service to edit images in a way that misrepresents a product to buyers, and you must not upload images of other people without their permission.',
            'Credits are non-refundable once used; unused credits can be refunded within 14 days of purchase. We may suspend accounts that abuse the service. English law applies.',
          ) +
          presslineFoot,
      },
    ],
  },
  {
    host: 'strijkvrij-foto.test',
    lang: 'nl',
    label: 'unrelated',
    shape: 'garment-care',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Strijkvrij — kreukels weg van je productfoto’s',
        head: metaDescription('Verwijder kreukels, pluisjes en vlekken van kleding op je productfoto’s. Voor webshops en verkopers op tweedehandsplatforms.'),
        body:
          strijkNav +
          cookieBanner('Wij gebruiken functionele en analytische cookies. Lees meer in onze privacyverklaring.', 'Akkoord', 'Weigeren') +
          h1('Kleding die eruitziet alsof hij net gestreken is') +
          p(
            'Je hebt een mooie jurk gefotografeerd, maar op de foto zie je elke vouw uit de verzenddoos. Met Strijkvrij upload je de foto en haalt onze AI kreukels, pluisjes, pilling en kleine vlekjes van de stof weg. De rest van de foto blijft precies zoals hij was.',
            'Ideaal voor kleine webshops, boetiekjes met een winkel op social media en iedereen die tweedehands kleding verkoopt en geen zin heeft om alles eerst te strijken.',
          ) +
          upload('Kies een foto', '/verwerk', 'Strijk mijn foto') +
          h2('Zo werkt het') +
          ol('Upload je productfoto (JPG of PNG)', 'Kies wat weg moet: kreukels, pluis, vlekken', 'Download je schone foto in de originele resolutie') +
          h2('Waarom webshops voor ons kiezen') +
          ul('Eerste 5 foto’s gratis, geen creditcard nodig', 'Servers in Nederland, AVG-proof', 'Batch-upload tot 200 foto’s tegelijk', 'Koppeling met de bekende webshopplatforms') +
          p('Benieuwd? Bekijk de ' + a('/voorbeelden?utm_source=home', 'voor-en-na-voorbeelden') + ' of ga direct naar de ' + a('/prijzen', 'prijzen') + '.') +
          footer('© 2026 Strijkvrij B.V. · KvK 00000000 · Utrecht', [
            ['/veelgestelde-vragen', 'Veelgestelde vragen'],
            ['/prijzen', 'Prijzen'],
            ['/privacy', 'Privacy'],
          ]),
      },
      {
        path: '/voorbeelden',
        title: 'Voor en na — Strijkvrij',
        body:
          strijkNav +
          h1('Voor en na') +
          p('Een paar echte voorbeelden van klanten (met toestemming gedeeld). Links de originele foto, rechts na Strijkvrij.') +
          img(2, 'Linnen blouse met kreukels, voor') +
          img(3, 'Dezelfde blouse zonder kreukels, na') +
          p('Wollen trui met pilling op de mouwen: de pluisjes zijn weg, de breistructuur is gebleven.') +
          img(4, 'Wollen trui voor en na') +
          p('Zwarte spijkerbroek vol kattenhaar. Na één klik: schoon. Onze klant verkocht hem dezelfde dag nog via haar webshop.', 'Wil je je eigen voorbeeld zien? Upload een foto, de eerste vijf zijn gratis.') +
          footer('© 2026 Strijkvrij B.V.', [['/prijzen', 'Prijzen']]),
      },
      {
        path: '/prijzen',
        title: 'Prijzen — Strijkvrij',
        body:
          strijkNav +
          h1('Prijzen') +
          p('Betaal per foto met credits, of neem een abonnement als je elke week nieuwe collectie online zet. Alle prijzen zijn inclusief btw.') +
          priceTable(
            ['Pakket', 'Foto’s', 'Prijs'],
            [
              ['Proberen', '5', 'gratis'],
              ['Losse credits', '40', '€ 7,50'],
              ['Webshop', '250 per maand', '€ 29 p/m'],
              ['Groothandel', '2.000 per maand', '€ 149 p/m'],
            ],
          ) +
          p('Betalen kan via je eigen bank, met creditcard of op factuur. Abonnementen zijn maandelijks opzegbaar. Ongebruikte credits blijven twaalf maanden geldig en schuiven bij een abonnement gewoon door naar de volgende maand.') +
          footer('© 2026 Strijkvrij B.V.', [['/veelgestelde-vragen', 'Vragen?']]),
      },
      {
        path: '/veelgestelde-vragen',
        title: 'Veelgestelde vragen — Strijkvrij',
        body:
          strijkNav +
          faq('Veelgestelde vragen', [
            ['Werkt het ook bij foto’s met een model?', 'Ja. Strijkvrij bewerkt alleen de stof. Het model, de achtergrond en de pasvorm blijven onveranderd.'],
            ['Blijft de kleur hetzelfde?', 'Ja, we passen de kleur niet aan. Zo zie je online wat je thuis krijgt.'],
            ['Hoe lang bewaren jullie mijn foto’s?', 'Maximaal 14 dagen, daarna worden ze automatisch verwijderd.'],
            ['Kan ik een factuur krijgen?', 'Ja, die staat direct na betaling in je account, met btw-nummer.'],
          ]) +
          footer('© 2026 Strijkvrij B.V.', [['/', 'Home']]),
      },
    ],
  },
  {
    host: 'hollowform.test',
    lang: 'en',
    label: 'unrelated',
    shape: 'ghost-mannequin',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Hollowform | Ghost mannequin editing for fashion brands',
        head:
          metaDescription('Ghost mannequin and hollow-man editing for apparel e-commerce. Remove the mannequin or model from your clothing photos. 24-hour turnaround.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'Organization', name: 'Hollowform Studio', url: 'https://hollowform.test', aggregateRating: { '@type': 'AggregateRating', ratingValue: '4.8', reviewCount: '312' } }),
        body:
          hollowNav +
          h1('Invisible mannequin photos that sell') +
          p(
            'Hollowform is a retouching studio for apparel. You shoot your jackets, shirts and dresses on a mannequin; we remove the mannequin, stitch in the inside of the collar and the back label, and deliver a clean 3D "hollow man" image on white or transparent.',
            'Our retouchers work together with an in-house AI that does the first cut-out, so a standard ghost mannequin edit is back in your inbox within 24 hours — rush jobs in 6.',
          ) +
          section(
            h2('Services'),
            ul(
              'Ghost mannequin / neck joint: from $1.90 per image',
              'Model removal for on-model shots of swimwear and outerwear',
              'Flat-lay clean-up and shape correction',
              'Colour matching to a physical swatch',
              'Shadow creation and marketplace-ready crops for the big marketplaces',
            ),
          ) +
          img(5, 'A blazer on a mannequin and the same blazer as a hollow-man image') +
          h2('Why brands switch to us') +
          p('We have edited over 1.4 million garment photos since 2019 for over 600 labels, from one-woman swimwear brands to department store private labels. Every image is checked by a person before it leaves the studio.') +
          p(a('/upload?ref=hero', 'Send us 3 free test images') + ' — no contract, no card. Or ' + a('/pricing', 'see the price list') + '.') +
          footer('Hollowform Studio · Manila & Lisbon · © 2026', [
            ['/services', 'Services'],
            ['/pricing?utm_source=footer', 'Pricing'],
            ['/contact', 'Contact'],
            ['/privacy', 'Privacy policy'],
          ]),
      },
      {
        path: '/services',
        title: 'Services — Hollowform',
        body:
          hollowNav +
          h1('What we do') +
          h3('Ghost mannequin') +
          p('We combine a front shot with an inside-neck shot so the garment looks worn by an invisible body. Works for shirts, coats, hoodies, dresses and knitwear.') +
          h3('Model removal') +
          p('Shot your range on a model but need consistent packshots for a marketplace? We remove the model and rebuild the inside of the garment, so the item keeps its shape.') +
          h3('Clipping paths and background removal') +
          p('Hand-drawn paths, pure white #FFFFFF backgrounds, or transparent PNG. Hair-level masking for accessories and fur trims.') +
          footer('© 2026 Hollowform Studio', [['/pricing', 'Pricing']]),
      },
      {
        path: '/pricing',
        title: 'Pricing — Hollowform',
        body:
          hollowNav +
          h1('Price list (USD, per image)') +
          priceTable(
            ['Service', 'Standard 24h', 'Rush 6h'],
            [
              ['Ghost mannequin', '$1.90', '$3.20'],
              ['Model removal', '$3.50', '$5.90'],
              ['Background removal', '$0.45', '$0.80'],
              ['Colour match', '$0.90', '$1.50'],
            ],
          ) +
          p('Volume discounts start at 500 images per month. We invoice monthly; pay by bank transfer or card. Prices exclude VAT where it applies.', 'Every order includes one free round of corrections. If a sleeve looks too flat or a collar is off, mark it in the dashboard and we fix it at no cost.') +
          footer('© 2026 Hollowform Studio', [['/upload', 'Send images']]),
      },
      {
        path: '/upload',
        title: 'Send images — Hollowform',
        body:
          hollowNav +
          h1('Send us your photos') +
          p('Upload a folder or a ZIP. Tell us the marketplace, the background and the crop you need, and we will reply with a quote within one business hour. The first three images for a new client are free.') +
          upload('Upload garment photos (ZIP, JPG, TIFF, RAW)', '/upload/receive', 'Upload and request quote') +
          p('Large shoots? We also accept file-transfer and cloud-folder links by email.') +
          footer('© 2026 Hollowform Studio', [['/contact', 'Contact']]),
      },
      {
        path: '/contact',
        title: 'Contact — Hollowform',
        body:
          hollowNav +
          h1('Contact') +
          p('Our project managers answer between 08:00 and 20:00 CET, Monday to Saturday. For a quick question about an order, use the chat in your dashboard. For new projects, samples or a custom style guide, write to studio@hollowform.test and include a few example photos and your monthly volume. A project manager will come back to you the same day.') +
          footer('© 2026 Hollowform Studio', [['/', 'Home']]),
      },
    ],
  },
  {
    host: 'rackswap.test',
    lang: 'en',
    label: 'unrelated',
    shape: 'clothes-changer',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Rackswap — put your clothes on our AI models',
        head: metaDescription('Turn flat-lay and mannequin photos into on-model images. Swap outfits on licensed AI fashion models for your e-commerce catalogue.'),
        body:
          rackNav +
          h1('Put your clothes on our AI models') +
          p(
            'Photoshoots with models, stylists and a studio cost a small fortune per collection. Rackswap lets you upload a flat lay or a mannequin shot and see the same garment on a diverse cast of AI-generated models — different sizes, ages, skin tones and poses — in minutes.',
            'Every model in our library is synthetic or built from paid, consenting talent under a licence. Nobody real is being dressed up without agreeing to it.',
          ) +
          upload('Upload a garment photo', '/studio/new', 'Try it on a model') +
          h2('Built for catalogues') +
          ul(
            'Outfit swap: change the top, keep the trousers',
            'Keep your product exact — logos, prints, buttons stay as shot',
            '40+ poses, studio or street backgrounds',
            'Export 2048 px or 4K for your shop and every major marketplace',
          ) +
          p('Over 2,000 fashion teams use Rackswap to launch products before samples even reach the studio.') +
          faq('Quick answers', [
            ['Can I upload photos of my own models?', 'Only with a signed model release, and only for garment swaps on the enterprise plan. We check releases manually.'],
            ['Does it do lingerie or swimwear?', 'Swimwear and underwear are supported in a catalogue style, on AI models only.'],
            ['Is there a free trial?', 'Yes: 15 images, no card needed.'],
          ]) +
          footer('© 2026 Rackswap Inc. · San Francisco / Amsterdam', [
            ['/pricing?ref=footer', 'Pricing'],
            ['/api', 'Developers'],
            ['/terms', 'Terms'],
            ['/acceptable-use', 'Acceptable use'],
          ]),
      },
      {
        path: '/models',
        title: 'AI model library — Rackswap',
        body:
          rackNav +
          h1('Our AI model library') +
          p('Choose from 180 synthetic models, sorted by size (XS–4XL), height, age range and style. You can also set up a consistent "brand face" so the same model appears across your whole season.') +
          img(6, 'A grid of AI models in neutral studio outfits') +
          p('Custom models are generated from scratch, never from scraped photos. If you want a real person as your brand face, they sign a likeness licence with us first, and they can withdraw it at any time.') +
          footer('© 2026 Rackswap Inc.', [['/pricing', 'Pricing']]),
      },
      {
        path: '/pricing',
        title: 'Pricing — Rackswap',
        body:
          rackNav +
          h1('Plans for every season') +
          priceTable(
            ['Plan', 'Images / month', 'Price', 'Extras'],
            [
              ['Trial', '15', '$0', 'watermark'],
              ['Boutique', '200', '$79/mo', 'all poses'],
              ['Brand', '1,000', '$299/mo', 'brand face, 4K export'],
              ['Enterprise', 'custom', 'talk to sales', 'SSO, API, own models with release'],
            ],
          ) +
          p('Annual billing saves 20%. Extra credits are $0.35 each. Cancel any time from your dashboard.', 'Unused monthly images roll over for one month. Every plan includes a commercial licence for the generated images, so you can use them in ads, on marketplaces and in print catalogues.') +
          footer('© 2026 Rackswap Inc.', [['/signup?plan=boutique', 'Start Boutique']]),
      },
      {
        path: '/api',
        title: 'Rackswap API',
        body:
          rackNav +
          h1('API for PIM and DAM systems') +
          p('POST /v1/tryon with a garment image and a model id, get back a job id; poll /v1/jobs/{id} or receive a webhook. Typical latency is 12 seconds. Each call costs one credit; failed jobs are not charged.') +
          p('Official SDKs for Node and Python. Rate limit 60 requests per minute on the Brand plan, higher on Enterprise.') +
          footer('© 2026 Rackswap Inc.', [['/terms', 'Terms']]),
      },
      {
        path: '/blog/flat-lay-to-on-model',
        title: 'From flat lay to on-model in one afternoon — Rackswap blog',
        body:
          rackNav +
          article(
            h1('From flat lay to on-model in one afternoon'),
            p(
              'A small denim label from Porto had 64 new styles and a budget for exactly zero photoshoots. Here is how their two-person team shot every piece flat on the floor on Monday morning and had on-model images live by Monday night.',
              'Tip one: shoot the flat lay straight from above with even light. Tip two: give the AI the garment length in centimetres, so the jeans land at the ankle and not at the knee. Tip three: pick two or three models and stick with them for a consistent look.',
            ),
          ) +
          footer('© 2026 Rackswap Inc.', [['/', 'Home']]),
      },
    ],
  },
  {
    host: 'fitroomkit.test',
    lang: 'en',
    label: 'unrelated',
    shape: 'virtual-try-on',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'FitRoom Kit — virtual try-on for your online store',
        head: metaDescription('Add a virtual fitting room to your web shop. Shoppers see glasses, hats, jackets and tops on their own photo before they buy.'),
        body:
          fitNav +
          h1('Fewer returns. More "that looks good on me".') +
          p('FitRoom Kit adds a "Try it on" button to your product pages. Shoppers take a selfie or upload a full-length photo, and our AI shows your frames, hats, scarves, jackets or tops on them — in the right size, on their own body shape.') +
          p('The photo stays in the shopper’s browser session and is deleted when they close the tab. We never train on customer photos and we never store them.') +
          section(h2('Works with'), p('All major shop platforms through a plugin · headless via JavaScript SDK')) +
          h2('Results from our merchants') +
          ul('23% fewer size-related returns on average', '1.6x higher add-to-cart rate on products with try-on', 'Live in under an hour — no developers needed with the plugin') + p('Set-up is a single app install, then pick which products get a try-on button.') +
          p('Try the demo: ' + button('Try on these sunglasses')) +
          cookieBanner('This site uses cookies for analytics. The try-on demo does not store your photo.', 'OK', 'No thanks') +
          footer('FitRoom Kit is a product of Mirrorline Labs ApS, Copenhagen. © 2026', [
            ['/features', 'Features'],
            ['/pricing?utm_source=home&utm_medium=footer', 'Pricing'],
            ['/docs', 'Developer docs'],
            ['/privacy', 'Privacy'],
          ]),
      },
      {
        path: '/features',
        title: 'Features — FitRoom Kit',
        body:
          fitNav +
          h1('Features') +
          ul(
            'Eyewear and hats: real-time try-on with the webcam, no upload needed',
            'Tops and outerwear: upload a photo, see the item layered over your own clothes',
            'Size advice based on the shopper’s height and the brand’s size chart',
            'Share a try-on image with a friend for a second opinion',
            'Analytics: which products get tried on and which get bought',
          ) +
          p('We keep the shopper in their own clothes: the garment is layered on top. The tool does not remove clothing and does not change faces.') +
          footer('© 2026 Mirrorline Labs ApS', [['/pricing', 'Pricing']]),
      },
      {
        path: '/pricing',
        title: 'Pricing — FitRoom Kit',
        body:
          fitNav +
          h1('Pricing') +
          priceTable(
            ['', 'Starter', 'Growth', 'Scale'],
            [
              ['Try-on sessions / month', '1,000', '10,000', '100,000+'],
              ['Price', '€49/mo', '€249/mo', 'custom'],
              ['Product categories', '1', 'all', 'all'],
              ['Support', 'email', 'chat', 'dedicated manager'],
            ],
          ) +
          p('14-day free trial on every plan. Overage is billed at €0.04 per session. Prices exclude VAT.', 'A session is one shopper trying on one or more products during a single visit. We do not charge for sessions that end with an error, and you can cap your monthly spend in the dashboard so there are no surprises after a viral weekend.') +
          footer('© 2026 Mirrorline Labs ApS', [['/docs', 'Docs']]),
      },
      {
        path: '/docs',
        title: 'Developer docs — FitRoom Kit',
        body:
          fitNav +
          h1('Getting started') +
          p('Add the script tag to your product template and call FitRoom.mount with the product SKU and the garment image. The widget handles the camera, the upload and the rendering. For headless stores, use the REST endpoint /v2/render with a session token; tokens expire after 15 minutes and images are never written to disk.') +
          footer('© 2026 Mirrorline Labs ApS', [['/privacy', 'Privacy']]),
      },
      {
        path: '/privacy',
        title: 'Privacy — FitRoom Kit',
        body:
          fitNav +
          h1('Privacy notice') +
          p('We process shopper photos only to render the try-on image, in memory, on EU servers. Photos are not stored, not used for training and not shared with the merchant unless the shopper chooses to share the result. Merchants are the controller; we act as processor under a data processing agreement. Contact our DPO at privacy@fitroomkit.test.') +
          footer('© 2026 Mirrorline Labs ApS', [['/', 'Home']]),
      },
    ],
  },
  {
    host: 'app.clearcutlab.test',
    lang: 'en',
    label: 'unrelated',
    shape: 'photo-tool',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'ClearCut Lab — remove backgrounds, objects and people',
        jsOnly: true,
        head: metaDescription('Free online photo editor: remove background, erase objects and photobombers, upscale to 4K. 3 free credits every day.'),
        body:
          clearNav +
          h1('Edit photos in one click') +
          p('Remove the background, erase unwanted objects or strangers from the background of your holiday photos, sharpen blurry shots and upscale 2x or 4x up to 4K. Runs in your browser, no install. Drag a file onto the page, pick a tool and download the result. Nothing to learn.') +
          upload('Upload image or paste URL', '/edit', 'Start editing') +
          h2('Popular tools') +
          ul(
            a('/tools/remove-background', 'Remove background') + ' — transparent PNG in 3 seconds',
            a('/tools/magic-eraser', 'Magic eraser') + ' — brush over power lines, tourists, trash cans',
            a('/tools/upscale', 'Upscale 4K') + ' — 1080p to 4K without the mush',
            a('/tools/retouch', 'Retouch') + ' — soften blemishes, whiten teeth, remove red-eye',
          ) +
          p('Free: 3 credits a day. Pro: unlimited edits from $8.99/month. Over 33k images edited today by shop owners, real-estate agents, students and people tidying up their family albums.') +
          faq('FAQ', [
            ['Is it really free?', 'Yes, 3 standard-resolution edits per day. HD downloads use credits.'],
            ['Do you keep my photos?', 'Files are deleted from our servers after 1 hour.'],
            ['What formats?', 'JPG, PNG, WEBP, HEIC, up to 8000×8000 px.'],
          ]) +
          footer('© 2026 ClearCut Lab · ' + a('/privacy', 'Privacy') + ' · ' + a('/terms', 'Terms'), [
            ['/credits?ref=footer', 'Pricing'],
            ['/api-access', 'API'],
            ['/help', 'Help center'],
          ]),
      },
      {
        path: '/tools',
        title: 'All tools — ClearCut Lab',
        body:
          clearNav +
          h1('All tools') +
          h3('Background remover') +
          p('Cut out people, products, cars and pets. Replace the background with a colour, a blur or one of 200 stock scenes.') +
          h3('Object remover') +
          p('Paint over what you do not want — a photobomber, a sign, a watermark you own the rights to — and the AI fills the gap with matching background.') +
          h3('Upscaler') +
          p('Enlarge 2x, 4x or straight to 4K (3840 px). Good for old phone photos, product shots and print.') +
          footer('© 2026 ClearCut Lab', [['/credits', 'Buy credits']]),
      },
      {
        path: '/credits',
        title: 'Credits & Pro — ClearCut Lab',
        body:
          clearNav +
          h1('Credits and subscriptions') +
          priceTable(
            ['Option', 'What you get', 'Price'],
            [
              ['Free', '3 edits/day, preview size', '$0'],
              ['Credit pack', '100 HD downloads', '$12'],
              ['Pro monthly', 'unlimited edits, 4K, batch 50', '$8.99/mo'],
              ['Pro yearly', 'same as monthly', '$59/yr'],
            ],
          ) +
          p('One HD download = 1 credit, a 4K upscale = 2 credits. Secure checkout by card, or mobile wallet.', 'Credit packs never expire and can be shared with your team members. Students and teachers get 50% off Pro with a school email address.') +
          stripe('pk_test_clearcut_1111') +
          footer('© 2026 ClearCut Lab', [['/help', 'Billing help']]),
      },
      {
        path: '/api-access',
        title: 'API — ClearCut Lab',
        body:
          clearNav +
          h1('Background removal API') +
          p('One endpoint, one image in, one cut-out out. $0.02 per call at volume, first 50 calls free each month. Used by marketplaces, print shops and car dealers who process thousands of photos a day.') +
          p('Authentication with an API key in the header. Responses in PNG or WEBP with alpha. See the docs in your dashboard after signing up.') +
          footer('© 2026 ClearCut Lab', [['/credits', 'Pricing']]),
      },
      {
        path: '/help',
        title: 'Help center — ClearCut Lab',
        body:
          clearNav +
          h1('Help center') +
          p('Most questions are about billing and downloads. Credits appear in your account within a minute after payment; if they do not, log out and back in. Subscriptions can be cancelled under Account → Billing, and you keep Pro until the end of the period. We do not allow edits that put people in a false or harmful light; report misuse to abuse@clearcutlab.test.') +
          footer('© 2026 ClearCut Lab', [['/', 'Back to editor']]),
      },
    ],
  },
  {
    host: 'bildwerk-retusche.test',
    lang: 'de',
    label: 'unrelated',
    shape: 'photo-tool',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Bildwerk – Online-Bildbearbeitung mit KI',
        head:
          metaDescription('Hintergrund entfernen, störende Objekte entfernen, Hautretusche, Hochskalieren auf 4K und biometrische Passfotos – online in Sekunden.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'Product', name: 'Bildwerk Pro', offers: { '@type': 'Offer', price: '6.99', priceCurrency: 'EUR' } }),
        body:
          bildNav +
          cookieBanner('Wir verwenden Cookies, um unsere Website zu verbessern. Sie können Ihre Einwilligung jederzeit widerrufen.', 'Alle akzeptieren', 'Nur notwendige') +
          h1('Bilder bearbeiten wie ein Profi – ohne teure Software') +
          p(
            'Bildwerk ist die KI-Bildbearbeitung aus Leipzig. Laden Sie ein Foto hoch und wählen Sie ein Werkzeug: Hintergrund entfernen, Personen oder Gegenstände aus dem Hintergrund löschen, Hautunreinheiten retuschieren oder alte Fotos auf 4K hochskalieren.',
            'Ideal für Online-Händler, Fotografen, Vereine und alle, die schnell ein sauberes Bild brauchen. Ihre Bilder werden nach 24 Stunden automatisch gelöscht.',
          ) +
          upload('Foto auswählen', '/bearbeiten', 'Jetzt bearbeiten') +
          h2('Unsere Werkzeuge') +
          ul(
            'Hintergrund-Entferner: freigestellt in 3 Sekunden',
            'Objekt-Radierer: Touristen, Mülleimer, Stromleitungen weg',
            'Hautretusche: Pickel und Rötungen sanft entfernen – natürlich, nicht künstlich',
            'Upscaling 2x / 4x bis 4K',
            'Alte Fotos restaurieren und kolorieren',
            'Biometrisches Passfoto nach internationaler Norm',
          ) +
          p('Keine Software-Installation, keine Wasserzeichen in der bezahlten Version und ein freundlicher Support per E-Mail, der tatsächlich antwortet.') +
          p('Kostenlos testen mit 5 Credits, ganz ohne Anmeldung und ohne Abo-Falle. Danach ab 6,99 € im Monat, jederzeit kündbar. ' + a('/preise?ref=startseite', 'Zu den Preisen') + '.') +
          footer('© 2026 Bildwerk GmbH, Leipzig · Server in Deutschland · DSGVO-konform', [
            ['/impressum', 'Impressum'],
            ['/datenschutz', 'Datenschutz'],
            ['/preise', 'Preise'],
            ['/werkzeuge', 'Werkzeuge'],
            ['/passfoto', 'Passfoto'],
          ]),
      },
      {
        path: '/werkzeuge',
        title: 'Werkzeuge – Bildwerk',
        body:
          bildNav +
          h1('Alle Werkzeuge im Überblick') +
          p('Hintergrund entfernen: Für Produktfotos, Profilbilder und Vereinslogos. Ergebnis als PNG mit Transparenz oder mit weißem Hintergrund für Marktplätze.') +
          p('Objekte entfernen: Einfach mit dem Pinsel markieren, die KI füllt die Fläche passend auf. Ideal für Urlaubsfotos mit zu vielen Fremden im Bild.') +
          p('Restaurieren: Kratzer, Knicke und Flecken auf eingescannten Familienfotos werden entfernt, auf Wunsch wird das Bild koloriert.') +
          footer('© 2026 Bildwerk GmbH', [['/preise', 'Preise']]),
      },
      {
        path: '/passfoto',
        title: 'Biometrisches Passfoto online – Bildwerk',
        body:
          bildNav +
          h1('Biometrisches Passfoto in 2 Minuten') +
          p('Foto mit dem Handy vor einer hellen Wand machen, hochladen, fertig. Wir prüfen Kopfgröße, Augenhöhe, Beleuchtung und Hintergrund nach den Vorgaben für Personalausweis und Reisepass und erzeugen einen druckfertigen Bogen oder den digitalen Code für das Bürgeramt.') +
          upload('Passfoto hochladen', '/passfoto/pruefen', 'Prüfen lassen') +
          p('Preis: 4,99 € pro Passfoto, inklusive Druckvorlage 10×15. Wird das Foto vom Amt abgelehnt, bekommen Sie Ihr Geld zurück.') +
          footer('© 2026 Bildwerk GmbH', [['/datenschutz', 'Datenschutz']]),
      },
      {
        path: '/preise',
        title: 'Preise – Bildwerk',
        body:
          bildNav +
          h1('Preise') +
          priceTable(
            ['Tarif', 'Credits', 'Preis'],
            [
              ['Test', '5', 'kostenlos'],
              ['Basis', '50 / Monat', '6,99 € / Monat'],
              ['Pro', '300 / Monat', '19,99 € / Monat'],
              ['Credit-Paket', '100 einmalig', '14,90 €'],
            ],
          ) +
          p('1 Credit = 1 Bearbeitung in voller Auflösung. 4K-Upscaling kostet 2 Credits. Alle Preise inkl. MwSt. Monatlich kündbar. Zahlung per Kreditkarte, Lastschrift oder Rechnung.', 'Ungenutzte Credits aus dem Monatstarif verfallen nicht sofort, sondern bleiben drei Monate erhalten. Für Schulen, Vereine und gemeinnützige Organisationen gibt es auf Anfrage 30 % Rabatt.') +
          footer('© 2026 Bildwerk GmbH', [['/impressum', 'Impressum']]),
      },
      {
        path: '/impressum',
        title: 'Impressum – Bildwerk',
        body:
          bildNav +
          h1('Impressum') +
          p('Angaben gemäß § 5 DDG: Bildwerk GmbH, Musterstraße 12, 04109 Leipzig. Vertreten durch die Geschäftsführung. Registergericht Leipzig, HRB 00000. USt-IdNr. DE000000000. Kontakt: hallo@bildwerk-retusche.test. Verantwortlich für den Inhalt: die Geschäftsführung, Anschrift wie oben. Plattform der EU-Kommission zur Online-Streitbeilegung: siehe Link im Footer. Wir sind grundsätzlich nicht verpflichtet und nicht bereit, an Streitbeilegungsverfahren vor einer Verbraucherschlichtungsstelle teilzunehmen.') +
          footer('© 2026 Bildwerk GmbH', [['/', 'Startseite']]),
      },
    ],
  },
  {
    host: 'mememorph.test',
    lang: 'en',
    label: 'unrelated',
    shape: 'sfw-faceswap',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'MemeMorph — face swap memes, movie scenes & birthday videos',
        head:
          metaDescription('Put your face (or your dog’s) into famous meme formats and movie-style scenes. Make birthday videos for friends. Family-friendly, no NSFW.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'MobileApplication', name: 'MemeMorph', operatingSystem: 'Android, iOS', aggregateRating: { '@type': 'AggregateRating', ratingValue: '4.5', ratingCount: '18400' } }),
        body:
          memeNav +
          h1('Swap your face into the meme 😂') +
          p('MemeMorph is the silly face swap app for group chats. Pick a template — the dramatic cat, the astronaut, the medieval painting, the action-hero slow-walk — take a selfie and share the result in seconds.') +
          p('Birthday coming up? Make a 15-second birthday video where your friend is the superhero, the rock star or the chef. Add their name, pick a song, done.') +
          storeBadges('/download/mememorph.apk') +
          h2('Why people love it') +
          ul('2,000+ templates, new ones every Friday', 'Works with pets too', '5 free swaps a day', 'No ads on Plus') +
          section(
            h2('Keep it fun'),
            p('MemeMorph is for jokes between friends. No NSFW, no adult content, and no real people without their consent — that includes celebrities and politicians. Templates are made by our team with actors and artists who agreed to it. Uploads that break the rules are blocked and accounts are banned.'),
          ) +
          p(a('/templates?ref=home', 'Browse templates') + ' · ' + a('/rules', 'Read the community rules')) +
          footer('© 2026 Goofball Apps Ltd. Rated 12+.', [
            ['/pricing', 'MemeMorph Plus'],
            ['/rules', 'Rules'],
            ['/download?src=footer', 'Download'],
            ['/privacy', 'Privacy'],
          ]),
      },
      {
        path: '/templates',
        title: 'Templates — MemeMorph',
        body:
          memeNav +
          h1('Trending templates') +
          ul(
            'Dramatic Cat Stare (GIF)',
            'Astronaut Selfie',
            'Renaissance Portrait',
            'Slow-Motion Hero Walk (video, 8s)',
            'Cooking Show Disaster',
            'Happy Birthday Rock Star (video, 15s)',
            'Office Chair Spin',
          ) +
          p('All templates are original works made by our studio or licensed from stock libraries. We do not offer templates featuring celebrities, public figures or adult scenes, and we never will.') +
          footer('© 2026 Goofball Apps Ltd.', [['/pricing', 'Unlock all']]),
      },
      {
        path: '/pricing',
        title: 'MemeMorph Plus',
        body:
          memeNav +
          h1('MemeMorph Plus') +
          priceTable(
            ['', 'Free', 'Plus'],
            [
              ['Swaps per day', '5', 'unlimited'],
              ['HD video export', '—', '1080p'],
              ['Watermark', 'yes', 'no'],
              ['Price', '$0', '$3.99/week or $29.99/year'],
            ],
          ) +
          p('Subscriptions are managed through Google Play or the App Store and can be cancelled at any time in your store settings.', 'Plus also unlocks the weekly template drop a day early and lets you save up to 500 swaps in your private album. Free users keep everything they made.') +
          footer('© 2026 Goofball Apps Ltd.', [['/download', 'Download']]),
      },
      {
        path: '/rules',
        title: 'Community rules — MemeMorph',
        body:
          memeNav +
          h1('Community rules') +
          ol(
            'Only use your own face, or the face of someone who said yes.',
            'No NSFW or sexual content of any kind. Our filters block it and we report illegal material to the authorities.',
            'No bullying, harassment or making someone look bad on purpose.',
            'No impersonation of real public figures.',
            'You must be 13 or older to use MemeMorph.',
          ) +
          p('Report a swap from the share screen or email safety@mememorph.test. We review reports within 24 hours.') +
          footer('© 2026 Goofball Apps Ltd.', [['/', 'Home']]),
      },
      {
        path: '/download',
        title: 'Download MemeMorph',
        body:
          memeNav +
          h1('Get MemeMorph') +
          p('Available for Android 8+ and iOS 15+. On Android you can install from Google Play or download the APK directly from this page if Play is not available in your region. The APK is signed with our release key; the SHA-256 fingerprint is listed below the button.') +
          storeBadges('/download/mememorph-4.2.1.apk') +
          footer('© 2026 Goofball Apps Ltd.', [['/rules', 'Rules']]),
      },
    ],
  },
  {
    host: 'inkwelldreams.test',
    lang: 'en',
    label: 'unrelated',
    shape: 'image-generator',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Inkwell — AI image generator for illustrators and marketers',
        head: metaDescription('Turn text into images: illustrations, product mock-ups, concept art. Safety filters on by default. Start with 25 free credits.'),
        body:
          inkNav +
          h1('Describe it. See it.') +
          p('Inkwell is a text-to-image generator for people who make things: children’s-book illustrators sketching ideas, marketers who need a banner by 5 pm, game designers blocking out a level. Type a prompt, choose a style, and get four variations in about ten seconds. Then refine, upscale or export for print.') +
          textForm('Try a prompt, e.g. "a lighthouse made of paper, watercolor"', 'Generate', '/create') +
          h2('Styles') +
          p('Watercolor · Ink line · 3D clay · Flat vector · Photo-real product · Pixel art · Storybook') +
          h2('Safe by design') +
          p('NSFW content is blocked. Prompts and outputs pass through two safety filters, and we do not generate images of real, identifiable people. Uploading a photo of someone to "edit" them is not supported. That keeps Inkwell usable in schools, agencies and brand teams. Every image carries an invisible watermark so it can be identified as AI-generated.') +
          p('Free: 25 credits. Creator plan: 1,000 credits for $12/month. ' + a('/pricing?utm_source=landing', 'Compare plans') + '.') +
          footer('© 2026 Inkwell Studio Inc.', [
            ['/gallery', 'Gallery'],
            ['/content-policy', 'Content policy'],
            ['/terms', 'Terms'],
            ['/pricing', 'Pricing'],
          ]),
      },
      {
        path: '/gallery',
        title: 'Community gallery — Inkwell',
        body:
          inkNav +
          h1('Community gallery') +
          img(7, 'Watercolor lighthouse') +
          img(8, 'Clay-style robot chef') +
          img(9, 'Flat vector city skyline') +
          p('Every image in the gallery was shared by its creator and reviewed by a moderator. Click an image to see the prompt and remix it with your own twist. Most popular this week: "tiny dragon reading the newspaper" and "retro travel poster of the moon". Want to be featured? Tick "share" when you save.') +
          footer('© 2026 Inkwell Studio Inc.', [['/pricing', 'Pricing']]),
      },
      {
        path: '/pricing',
        title: 'Pricing — Inkwell',
        body:
          inkNav +
          h1('Pricing') +
          priceTable(
            ['Plan', 'Credits', 'Resolution', 'Price'],
            [
              ['Free', '25 one-time', '1024 px', '$0'],
              ['Creator', '1,000 / mo', 'up to 2048 px', '$12/mo'],
              ['Studio', '5,000 / mo', '4K upscale', '$39/mo'],
              ['Team', 'pooled', '4K, commercial licence', '$25/seat/mo'],
            ],
          ) +
          p('One image = 1 credit, a 4K upscale = 4 credits. Commercial use is included from Creator upwards.', 'Unused credits roll over for one month. Team plans get a shared style library, admin controls and invoices with your company details. Education discounts are available for schools and universities.') +
          footer('© 2026 Inkwell Studio Inc.', [['/content-policy', 'Content policy']]),
      },
      {
        path: '/content-policy',
        title: 'Content policy — Inkwell',
        body:
          inkNav +
          h1('Content policy') +
          p('Inkwell does not generate sexual or nude imagery, graphic violence, or images of real people. Prompts naming celebrities, politicians or private individuals are refused. Attempts to get around the filters with misspellings or coded words lead to a suspension. Any content that could sexualise minors is reported to the relevant authorities.') +
          p('If you think a filter blocked something harmless, use the "appeal" button and a human will review it within a day.') +
          footer('© 2026 Inkwell Studio Inc.', [['/', 'Home']]),
      },
    ],
  },
  {
    host: 'sightguard-api.test',
    lang: 'en',
    label: 'unrelated',
    shape: 'moderation-tool',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'SightGuard — image moderation API: nudity, violence and deepfake detection',
        head:
          metaDescription('Detect nudity, NSFW content, violence and AI-generated or face-swapped images with one API call. Per-call pricing, Independently audited.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'WebAPI', name: 'SightGuard Moderation API', documentation: 'https://sightguard-api.test/docs', provider: { '@type': 'Organization', name: 'SightGuard Ltd' } }),
        body:
          sgNav +
          h1('Keep your platform clean — automatically') +
          p('SightGuard classifies images and video frames in under 150 ms. Send us a URL or the raw bytes and get back scores for nudity, suggestive content, violence, weapons, drugs, hate symbols, and whether the image is likely AI-generated or a face swap.') +
          p('Marketplaces, dating apps, school platforms and hosting providers use SightGuard to stop NSFW uploads before they reach other users, and to flag manipulated images of real people for human review. EU data residency, audit logs and a signed DPA are standard on every paid plan.') +
          h2('One call, many checks') +
          ul('nudity: none / partial / explicit, with confidence', 'deepfake: face swap and synthetic-face probability', 'minor-safety: escalation flag for trust & safety teams', 'text-in-image: OCR for spam and scams') +
          h2('Pricing in brief') +
          p('$0.0008 per image for the first million each month, less at volume. Free tier: 2,000 calls per month. ' + a('/pricing?ref=home', 'Full pricing') + '.') +
          p(a('/console/signup?utm_source=hero', 'Get an API key') + ' · ' + a('/docs', 'Read the docs')) +
          footer('SightGuard Ltd · Dublin · © 2026', [
            ['/docs', 'Documentation'],
            ['/pricing', 'Pricing'],
            ['/status', 'Status'],
            ['/privacy', 'Privacy'],
            ['/dpa', 'DPA'],
          ]),
      },
      {
        path: '/docs',
        title: 'Documentation — SightGuard',
        body:
          sgNav +
          h1('Quickstart') +
          p('Authenticate with a bearer token. POST https://api.sightguard-api.test/v2/check with JSON {"url": "...", "models": ["nudity", "deepfake"]}. The response contains one object per model with a label, a score between 0 and 1 and a version string. We recommend blocking above 0.92 and sending 0.6–0.92 to human review.') +
          p('Images are processed in memory and discarded. Nothing is stored unless you enable the review queue, in which case flagged items are kept for 7 days, encrypted.') +
          footer('© 2026 SightGuard Ltd', [['/docs/deepfake', 'Deepfake model']]),
      },
      {
        path: '/docs/deepfake',
        title: 'Deepfake detection model — SightGuard',
        body:
          sgNav +
          h1('Deepfake and face-swap detection') +
          p('The deepfake model estimates whether a face in an image or video was swapped, re-enacted or fully synthesised. It was evaluated on public benchmarks and on our own held-out set of manipulated images collected from abuse reports. Accuracy drops on heavily compressed images; use the "confidence" field and never make a final decision on a single score.') +
          p('Typical customers: newsrooms verifying user footage, platforms handling non-consensual intimate image reports, and identity verification providers.') +
          footer('© 2026 SightGuard Ltd', [['/pricing', 'Pricing']]),
      },
      {
        path: '/pricing',
        title: 'Pricing — SightGuard',
        body:
          sgNav +
          h1('Pay per call') +
          priceTable(
            ['Monthly volume', 'Nudity / NSFW', 'Deepfake', 'Video (per minute)'],
            [
              ['First 2,000', 'free', 'free', 'free'],
              ['Up to 1M', '$0.0008', '$0.002', '$0.03'],
              ['1M – 10M', '$0.0005', '$0.0015', '$0.02'],
              ['10M+', 'custom', 'custom', 'custom'],
            ],
          ) +
          p('No minimum commitment. Non-profits and child-safety organisations get the paid tiers free up to 5M calls a month — email us.', 'Usage is metered per image or per video minute, billed monthly in arrears. Set hard limits per API key to keep costs under control.') +
          footer('© 2026 SightGuard Ltd', [['/console', 'Console']]),
      },
      {
        path: '/status',
        title: 'Status — SightGuard',
        body:
          sgNav +
          h1('System status') +
          p('All systems operational. API latency p50 82 ms, p99 310 ms over the last 24 hours. EU-West and US-East regions healthy. Last incident: 14 days ago, elevated error rate on video endpoint for 11 minutes, resolved. Subscribe to updates by email or RSS to hear about maintenance windows. Historical uptime: 99.97% over 90 days.') +
          footer('© 2026 SightGuard Ltd', [['/', 'Home']]),
      },
    ],
  },
  {
    host: 'hazelandthread.test',
    lang: 'en',
    label: 'unrelated',
    shape: 'lingerie-shop',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Hazel & Thread — lingerie and swimwear, made to fit',
        head:
          metaDescription('Bras, briefs, loungewear and swimwear in sizes 28–44, A–J. Free UK delivery over £50 and free returns.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'ClothingStore', name: 'Hazel & Thread', priceRange: '££' }),
        body:
          hazelNav +
          p('Free UK delivery on orders over £50 · Free returns within 30 days') +
          h1('The new season edit is here') +
          p('Soft-cup bras in recycled lace, high-waist swim in four new prints, and the loungewear set everyone asked us to restock. Designed in Bristol, made in small runs in Portugal. Every piece is tested for fit on real customers across our full size range before it goes on sale, and we publish the factory list for each style.') +
          h2('Shop by category') +
          ul(
            a('/shop/bras?utm_source=home&utm_campaign=ss26', 'Bras') + ' — balconette, plunge, wireless, sports',
            a('/shop/bras?filter=briefs', 'Briefs & bodies'),
            a('/shop/swimwear', 'Swimwear') + ' — bikinis, swimsuits, cover-ups',
            'Loungewear & sleep',
          ) +
          h2('Bestsellers') +
          p('The Willow wireless bra — £38 ' + button('Add to bag')) +
          p('The Tide swimsuit, ocean stripe — £64 ' + button('Add to bag')) +
          p('Not sure about your size? Our ' + a('/size-guide', 'size guide') + ' and free video fittings help you find it.') +
          textForm('Get 10% off your first order — your email', 'Sign up', '/newsletter') +
          cookieBanner('We use cookies to remember your bag and to show you relevant products.', 'Accept all', 'Manage') +
          footer('© 2026 Hazel & Thread Ltd.', [
            ['/returns', 'Delivery & returns'],
            ['/size-guide', 'Size guide'],
            ['/privacy', 'Privacy'],
            ['/terms', 'Terms'],
          ]),
      },
      {
        path: '/shop/bras',
        title: 'Bras — Hazel & Thread',
        body:
          hazelNav +
          h1('Bras') +
          p('48 products · Filter: size, style, colour, price') +
          ul(
            'Willow wireless bra, sage — £38 — sizes 30B–40G',
            'Marlow balconette, ink — £44 — sizes 28C–38J',
            'Fern plunge, cream lace — £42 — sizes 30A–38F',
            'Pace sports bra, high impact — £48 — sizes 30C–42H',
          ) +
          button('Add to bag') +
          p('All bras come with a free fitting call. Pick a product, choose your size and add it to your bag; you can swap sizes for free.') +
          footer('© 2026 Hazel & Thread Ltd.', [['/size-guide', 'Size guide']]),
      },
      {
        path: '/shop/swimwear',
        title: 'Swimwear — Hazel & Thread',
        body:
          hazelNav +
          h1('Swimwear') +
          p('Our swimwear is made from recycled nylon that holds its shape after a summer of chlorine and salt water. Bikini tops are sized like our bras, so you get proper support in the water.') +
          ul('Tide swimsuit — £64', 'Cove bikini top — £36', 'Cove high-waist brief — £28', 'Linen cover-up shirt — £45') + p('Rinse in cool water after swimming.') +
          button('Add to bag') +
          footer('© 2026 Hazel & Thread Ltd.', [['/returns', 'Returns']]),
      },
      {
        path: '/size-guide',
        title: 'Size guide — Hazel & Thread',
        body:
          hazelNav +
          h1('Find your size') +
          p('Measure your underband snugly just below the bust, and your fullest point, with a soft tape measure. Use the table to find your band and cup size, then check our fit notes on each product page.') +
          priceTable(
            ['Underband (cm)', 'Band size', 'Difference (cm)', 'Cup'],
            [
              ['68–72', '32', '12–14', 'B'],
              ['73–77', '34', '14–16', 'C'],
              ['78–82', '36', '16–18', 'D'],
              ['83–87', '38', '18–20', 'DD'],
            ],
          ) +
          p('Still unsure? Book a free 15-minute video fitting with our team — camera optional.') +
          footer('© 2026 Hazel & Thread Ltd.', [['/', 'Home']]),
      },
      {
        path: '/returns',
        title: 'Delivery & returns — Hazel & Thread',
        body:
          hazelNav +
          h1('Delivery & returns') +
          p('Standard UK delivery 2–4 working days, £3.95 or free over £50. Next-day £6.95. We ship to the EU, US and Australia. Returns are free within 30 days for unworn items with tags attached; for hygiene reasons briefs must be returned with the protective liner in place. Refunds are processed within 5 days of receiving your parcel.') +
          footer('© 2026 Hazel & Thread Ltd.', [['/terms', 'Terms']]),
      },
    ],
  },
  {
    host: 'nachtvlinder-dating.test',
    lang: 'nl',
    label: 'unrelated',
    shape: 'adult-site',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Nachtvlinder — daten voor volwassenen (18+)',
        head: metaDescription('Nachtvlinder is een datingsite voor volwassenen van 18 jaar en ouder. Discreet, geverifieerde profielen, Nederlandse klantenservice.'),
        body:
          ageGate('Deze website is alleen bedoeld voor volwassenen van 18 jaar en ouder. Bevestig je leeftijd om verder te gaan.', 'Ik ben 18+', 'Verlaten') +
          nachtNav +
          h1('Discreet daten voor volwassenen') +
          p(
            'Nachtvlinder is een datingplatform voor singles en stellen van 18 jaar en ouder die op zoek zijn naar een afspraak, een vriendschap of iets luchtigs. Geen spelletjes en geen nepprofielen: elk profiel wordt gecontroleerd met een selfie-check en een geverifieerd e-mailadres.',
            'Je bepaalt zelf wie je profielfoto ziet en met wie je chat. Foto’s kunnen privé blijven tot jij ze deelt.',
          ) +
          h2('Waarom Nachtvlinder?') +
          ul(
            'Meer dan 120.000 actieve leden in Nederland en Vlaanderen',
            'Leeftijdsverificatie bij aanmelding',
            'Blokkeer- en meldknop bij elk profiel en elk bericht',
            'Klantenservice in het Nederlands, 7 dagen per week',
            'Discrete afschrijving op je bankafschrift',
          ) +
          h2('Respect staat voorop') +
          p('Op Nachtvlinder geldt: alleen met wederzijdse toestemming. Het delen van foto’s van anderen, het doorsturen van privéfoto’s of het plaatsen van bewerkte beelden is verboden en leidt tot directe verwijdering van je account. Lees onze ' + a('/veiligheid', 'veiligheidstips') + '.') +
          p(a('/aanmelden?ref=home-hero', 'Maak gratis een profiel aan') + ' — kijken is gratis, chatten kan met een ' + a('/abonnementen', 'abonnement') + '.') +
          footer('© 2026 Nachtvlinder Media B.V. · Alleen voor 18+', [
            ['/voorwaarden', 'Algemene voorwaarden'],
            ['/privacy', 'Privacybeleid'],
            ['/veiligheid', 'Veiligheid'],
            ['/aanmelden?ref=footer', 'Aanmelden'],
          ]),
      },
      {
        path: '/aanmelden',
        title: 'Aanmelden — Nachtvlinder',
        body:
          nachtNav +
          h1('Gratis aanmelden') +
          p('Vul je gegevens in om een profiel aan te maken. Je moet minimaal 18 jaar zijn. Na aanmelding vragen we je om een korte selfie-video te maken, zodat we kunnen controleren dat je een echt persoon bent en dat je profielfoto van jezelf is. Die video wordt na de controle verwijderd.') +
          textForm('E-mailadres', 'Verder', '/aanmelden/stap-2') +
          p('Door je aan te melden ga je akkoord met de algemene voorwaarden en het privacybeleid.') +
          footer('© 2026 Nachtvlinder Media B.V.', [['/voorwaarden', 'Voorwaarden']]),
      },
      {
        path: '/abonnementen',
        title: 'Abonnementen — Nachtvlinder',
        body:
          nachtNav +
          h1('Kies je lidmaatschap') +
          priceTable(
            ['Lidmaatschap', 'Looptijd', 'Prijs'],
            [
              ['Basis', 'onbeperkt', 'gratis (profiel en zoeken)'],
              ['Premium', '1 maand', '€ 24,95'],
              ['Premium', '3 maanden', '€ 49,95'],
              ['Premium', '6 maanden', '€ 79,95'],
            ],
          ) +
          p('Met Premium kun je onbeperkt berichten sturen en zien wie je profiel heeft bekeken. Het abonnement wordt niet automatisch verlengd. Betalen via je bank of met creditcard.', 'Je kunt op elk moment stoppen; een gestart abonnement loopt gewoon af op de einddatum.') +
          footer('© 2026 Nachtvlinder Media B.V.', [['/aanmelden', 'Aanmelden']]),
      },
      {
        path: '/veiligheid',
        title: 'Veilig daten — Nachtvlinder',
        body:
          nachtNav +
          h1('Veilig daten') +
          ul(
            'Spreek de eerste keer af op een openbare plek en laat iemand weten waar je bent.',
            'Stuur nooit geld naar iemand die je online hebt leren kennen.',
            'Deel geen foto’s waarvan je niet wilt dat ze buiten het gesprek terechtkomen.',
            'Word je afgeperst of worden je beelden zonder toestemming verspreid? Meld het bij ons en doe aangifte bij de politie. Hulp vind je ook bij landelijke hulplijnen voor slachtoffers van online misbruik.',
          ) +
          footer('© 2026 Nachtvlinder Media B.V.', [['/', 'Home']]),
      },
      {
        path: '/voorwaarden',
        title: 'Algemene voorwaarden — Nachtvlinder',
        body:
          nachtNav +
          h1('Algemene voorwaarden') +
          p('Nachtvlinder is uitsluitend toegankelijk voor personen van 18 jaar en ouder. Leden plaatsen alleen foto’s van zichzelf. Het is verboden om beelden van anderen te uploaden, om bewerkte of door AI gemaakte beelden van bestaande personen te delen en om commerciële diensten aan te bieden. Wij mogen profielen zonder opgave van reden verwijderen bij overtreding van deze regels. Op deze voorwaarden is Nederlands recht van toepassing.') +
          footer('© 2026 Nachtvlinder Media B.V.', [['/privacy', 'Privacy']]),
      },
    ],
  },
];
