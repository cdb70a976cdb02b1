import {
  a,
  ageGate,
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
  stripe,
  textForm,
  ul,
  upload,
  type CorpusSite,
} from '../site-kit.js';

const AUTHOR = 'neg-look';

const code = (t: string): string => `<pre><code>${t.replace(/</g, '&lt;')}</code></pre>`;

export const sites: CorpusSite[] = [
  // ------------------------------------------------ garment-care, en (developer API)
  {
    host: 'fabricfix-api.test',
    lang: 'en',
    label: 'unrelated',
    shape: 'garment-care',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'FabricFix API — clean up clothing photos at marketplace scale',
        head:
          metaDescription('An API that removes wrinkles, lint, pilling and small stains from garments in product photos. Per-image pricing, webhooks, 99.9% uptime.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'WebAPI', name: 'FabricFix API', provider: { '@type': 'Organization', name: 'FabricFix Inc.' } }),
        body:
          nav(
            [
              ['/docs', 'Docs'],
              ['/pricing', 'Pricing'],
              ['/changelog', 'Changelog'],
              ['/dashboard', 'Dashboard'],
            ],
            'FabricFix',
          ) +
          h1('Clean up clothing photos, one API call at a time') +
          p(
            'Resale marketplaces and fashion retailers process hundreds of thousands of garment photos a week, shot by sellers on beds, floors and doors. FabricFix is the API behind their "Enhance photo" buttons: it removes wrinkles, lint, pilling, pet hair and small stains from the clothing, and leaves everything else in the image untouched.',
            'We do one thing and we do it well. No background replacement, no models, no generative fill outside the garment. The item in the photo stays the item in the box.',
          ) +
          h2('Why engineering teams pick FabricFix') +
          ul('Median latency 1.8 s per 2048 px image', 'Sync or async with signed webhooks', 'Mask output so you can show a before/after slider', 'EU and US regions, no image retention', 'SDKs for Python, Node, Go and Kotlin') +
          code('curl -X POST https://api.fabricfix-api.test/v1/clean -H "Authorization: Bearer $KEY" -F image=@shirt.jpg -F fixes=wrinkles,lint,pills') +
          p('Free sandbox with 500 images a month. Production from $0.004 per image. ' + a('/pricing?ref=home', 'See pricing') + ' or ' + a('/docs?utm_source=home&utm_medium=cta', 'read the docs') + '.') +
          footer('© 2026 FabricFix Inc. · Portland, OR', [
            ['/docs', 'Docs'],
            ['/pricing', 'Pricing'],
            ['/terms', 'Terms'],
            ['/privacy', 'Privacy'],
            ['/status', 'Status'],
          ]),
      },
      {
        path: '/docs',
        title: 'Docs — FabricFix API',
        body:
          nav([['/', 'Home'], ['/pricing', 'Pricing'], ['/changelog', 'Changelog']], 'FabricFix') +
          h1('API reference') +
          h3('POST /v1/clean') +
          p('Send an image as multipart form data or a URL in JSON. Optional parameter fixes is a comma-separated list of wrinkles, lint, pills, stains, threads; the default is all of them. Optional strength from 0 to 1 controls how aggressively creases are flattened, so linen can keep some natural texture.') +
          h3('Response') +
          p('A JSON object with the URL of the cleaned image, a URL of the edit mask, the processing time, and the model version. Images are kept for 1 hour so you can fetch them, then deleted.') +
          footer('© 2026 FabricFix Inc.', [['/status', 'Status']]),
      },
      {
        path: '/pricing',
        title: 'Pricing — FabricFix API',
        body:
          nav([['/', 'Home'], ['/docs', 'Docs']], 'FabricFix') +
          h1('Pricing') +
          priceTable(
            ['Monthly images', 'Price per image', 'Support'],
            [
              ['0 – 500 (sandbox)', 'free', 'community'],
              ['500 – 250k', '$0.006', 'email, 1 business day'],
              ['250k – 2M', '$0.004', 'shared chat channel'],
              ['2M+', 'custom', 'named engineer, SLA'],
            ],
          ) +
          p('Billed monthly in arrears by card or invoice. Failed requests and images we could not process are never charged. Set a hard monthly cap per key in the dashboard so a runaway batch job cannot surprise your finance team.') +
          p('Annual commitments get 15% off.') +
          footer('© 2026 FabricFix Inc.', [['/terms', 'Terms']]),
      },
      {
        path: '/changelog',
        title: 'Changelog — FabricFix API',
        body:
          nav([['/', 'Home'], ['/docs', 'Docs']], 'FabricFix') +
          h1('Changelog') +
          article(h3('v3.2 — March 2026'), p('Better handling of sequins and metallic fabrics; fewer false "stain" detections on printed patterns. New strength parameter per fix type.')) +
          article(h3('v3.1 — January 2026'), p('Pilling removal on fleece and brushed cotton. Mask output now available as a single-channel PNG.')) +
          article(h3('v3.0 — October 2025'), p('New fabric model trained on 2.1M licensed studio photos. 40% faster. Deprecated the v1 endpoint.')) +
          footer('© 2026 FabricFix Inc.', [['/', 'Home']]),
      },
    ],
  },
  // ------------------------------------------------ clothes-changer, en
  {
    host: 'outfitloop.test',
    lang: 'en',
    label: 'unrelated',
    shape: 'clothes-changer',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'OutfitLoop | AI lookbooks: swap clothes on virtual models',
        head: metaDescription('Create on-model photos and full lookbooks without a shoot. Swap clothes on licensed AI models, mix and match outfits, export for your catalogue.'),
        body:
          nav(
            [
              ['/how-it-works', 'How it works'],
              ['/pricing', 'Pricing'],
              ['/ethics', 'Our model policy'],
              ['/login', 'Log in'],
              ['/signup?utm_source=nav', 'Try free'],
            ],
            'OutfitLoop',
          ) +
          cookieBanner('We use essential cookies and, if you agree, analytics cookies to improve OutfitLoop.', 'Accept', 'Decline') +
          h1('Shoot the clothes. We’ll handle the models.') +
          p('OutfitLoop turns product photos of your garments into on-model images and complete outfits. Upload a top, a pair of trousers and a jacket; pick a virtual model; and OutfitLoop dresses the model in the full look. Want to see the same jacket over a dress instead? Swap one piece and keep the rest. Build an entire seasonal lookbook in an afternoon.') +
          upload('Upload garment photos', '/studio', 'Create a look') +
          section(
            h2('What teams use it for'),
            ul('Launching products before samples are photographed', 'Showing every colourway on a model, not just one', 'Consistent on-model images across a 2,000-SKU catalogue', 'Styling suggestions: "complete the look" blocks on product pages'),
          ) +
          h2('Real people stay real') +
          p('All OutfitLoop models are synthetic. You cannot upload a photo of a person to change what they are wearing; you upload garments, and they are placed on our virtual models. That keeps your catalogue honest and keeps everyone’s likeness safe.') +
          blockquote('“We used to photograph one colour and hope. Now every colourway has its own on-model shot and returns are down 18%.”', 'Head of e-commerce, outdoor apparel brand') +
          footer('© 2026 OutfitLoop Ltd. · London', [
            ['/pricing?ref=footer', 'Pricing'],
            ['/ethics', 'Model policy'],
            ['/terms', 'Terms'],
            ['/privacy', 'Privacy'],
          ]),
      },
      {
        path: '/how-it-works',
        title: 'How it works — OutfitLoop',
        body:
          nav([['/', 'Home'], ['/pricing', 'Pricing']], 'OutfitLoop') +
          h1('How it works') +
          ol('Photograph each garment flat, on a hanger or on a mannequin.', 'Upload and tag the pieces: top, bottom, outerwear, shoes, accessory.', 'Pick a model, a pose and a setting.', 'Combine pieces into outfits and generate. Swap any piece and regenerate.', 'Export to your catalogue in up to 4K.') +
          p('The garment stays exactly as photographed: prints, logos, stitching and colour are preserved. If the model cannot render a piece faithfully — say, a very complex sequinned pattern — OutfitLoop flags it instead of guessing.') +
          footer('© 2026 OutfitLoop Ltd.', [['/ethics', 'Model policy']]),
      },
      {
        path: '/pricing',
        title: 'Pricing — OutfitLoop',
        body:
          nav([['/', 'Home'], ['/how-it-works', 'How it works']], 'OutfitLoop') +
          h1('Pricing') +
          priceTable(
            ['', 'Free', 'Studio', 'Label', 'Enterprise'],
            [
              ['Looks per month', '10', '150', '1,000', 'custom'],
              ['Resolution', '1024 px', '2048 px', '4K', '4K'],
              ['Brand model lock', '—', '—', 'yes', 'yes'],
              ['Price', '£0', '£69/mo', '£279/mo', 'talk to us'],
            ],
          ) +
          p('Extra looks are £0.40 each. Every paid plan includes a commercial licence for all generated images. Cancel any time; annual plans get two months free. VAT added where applicable.') +
          p('Not sure which plan fits? Start free, generate ten looks with your own garments and upgrade when you are ready. Agencies managing several brands can get separate workspaces under one invoice.') +
          footer('© 2026 OutfitLoop Ltd.', [['/terms', 'Terms']]),
      },
      {
        path: '/ethics',
        title: 'Our model policy — OutfitLoop',
        body:
          nav([['/', 'Home']], 'OutfitLoop') +
          h1('Our model policy') +
          p('Every OutfitLoop model is generated from scratch. We do not train on scraped photos of people, and we do not offer tools that change the clothing of a person in an uploaded photo. Models are adults only; for children’s wear we provide mannequin and flat-lay presentation instead.') +
          p('Underwear and swimwear can be shown in a standard catalogue style. Anything beyond a normal retail presentation is blocked by our filters.') +
          footer('© 2026 OutfitLoop Ltd.', [['/privacy', 'Privacy']]),
      },
    ],
  },
  // ------------------------------------------------ photo-tool, en (upscale & restore) — app shell
  {
    host: 'pixelrevive.test',
    lang: 'en',
    label: 'unrelated',
    shape: 'photo-tool',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'PixelRevive — AI upscaler: 1080p to 4K, restore & colorize old photos',
        jsOnly: true,
        head:
          metaDescription('Upscale images 2x, 4x or 1080p to 4K. Restore scratched old photos and colorize black-and-white pictures. 5 free credits, no signup.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'WebApplication', name: 'PixelRevive', applicationCategory: 'MultimediaApplication', offers: { '@type': 'AggregateOffer', lowPrice: '0', highPrice: '19.99', priceCurrency: 'USD' } }),
        body:
          nav(
            [
              ['/upscale', 'Upscale'],
              ['/restore', 'Restore & colorize'],
              ['/pricing', 'Pricing'],
              ['/faq', 'FAQ'],
              ['/signin', 'Sign in'],
            ],
            'PixelRevive',
          ) +
          h1('Make small, blurry photos big and sharp') +
          p('Drop in a photo and PixelRevive enlarges it 2x or 4x — or straight from 1080p to 4K — while rebuilding fine detail instead of smearing it. Old scanned prints get their scratches, dust and creases removed, faces gently sharpened, and black-and-white pictures can be colorized in one click.') +
          upload('Choose an image (JPG, PNG, WEBP, up to 12 MB)', '/process', 'Revive it') +
          h2('Good for') +
          ul('Printing phone photos on canvas or posters', 'Family archives and old slides', 'Product images from suppliers that arrive at 600 px', 'Wallpapers and screen backgrounds in 4K') +
          p('5 free credits, no signup. Over 12 million images enhanced.') +
          faq('Quick FAQ', [
            ['How big can I go?', 'Up to 4x, or a maximum of 8000 px on the long side.'],
            ['Will faces look different?', 'No. Face enhancement sharpens what is there; it does not reshape or swap anything.'],
            ['Do you keep my images?', 'They are deleted after 24 hours.'],
          ]) +
          footer('© 2026 PixelRevive Labs', [
            ['/pricing?utm_source=footer', 'Pricing'],
            ['/faq', 'Help'],
            ['/terms', 'Terms'],
            ['/privacy', 'Privacy'],
          ]),
      },
      {
        path: '/upscale',
        title: 'AI image upscaler — PixelRevive',
        body:
          nav([['/', 'Home'], ['/pricing', 'Pricing']], 'PixelRevive') +
          h1('AI upscaler: 2x, 4x and 4K') +
          p('Classic resizing just stretches pixels, which is why an enlarged photo looks soft. PixelRevive’s upscaler predicts the missing detail — the texture of brick, individual strands of hair, the print on a T-shirt — so the result looks like it was shot at the higher resolution.') +
          p('Choose "Photo" for pictures of people and places, "Art" for illustrations and anime, or "Text" for screenshots and scanned documents. 2x costs 1 credit, 4x and 4K cost 2.') +
          footer('© 2026 PixelRevive Labs', [['/restore', 'Restore old photos']]),
      },
      {
        path: '/restore',
        title: 'Restore & colorize old photos — PixelRevive',
        body:
          nav([['/', 'Home'], ['/pricing', 'Pricing']], 'PixelRevive') +
          h1('Restore and colorize old photos') +
          p('Scan your print at 600 dpi or photograph it flat in daylight. PixelRevive finds scratches, tears, dust spots and fold lines and repairs them, evens out fading and colour casts, and sharpens faces without changing who they are. Colorization suggests natural tones you can adjust by hand before you download.') +
          img(8, 'A 1940s portrait before and after restoration') +
          p('Restoration costs 2 credits.') +
          footer('© 2026 PixelRevive Labs', [['/faq', 'FAQ']]),
      },
      {
        path: '/pricing',
        title: 'Pricing — PixelRevive',
        body:
          nav([['/', 'Home'], ['/faq', 'FAQ']], 'PixelRevive') +
          h1('Credits and plans') +
          priceTable(
            ['Plan', 'Credits', 'Price'],
            [
              ['Free', '5 (one time)', '$0'],
              ['Pack 50', '50', '$6.99'],
              ['Pack 250', '250', '$24.99'],
              ['Unlimited', 'fair use, batch 100', '$9.99/mo or $59/yr'],
            ],
          ) +
          p('Credits never expire. Restoration costs 2 credits, colorization 1 extra. Pay by card; cancel Unlimited in one click from your account page and keep access until the end of the billing period.') +
          stripe('pk_test_pixelrevive_3333') +
          p('Need more than a few thousand images a month? The API is billed per image.') +
          footer('© 2026 PixelRevive Labs', [['/terms', 'Terms']]),
      },
      {
        path: '/faq',
        title: 'FAQ — PixelRevive',
        body:
          nav([['/', 'Home']], 'PixelRevive') +
          faq('Frequently asked questions', [
            ['Which file types are supported?', 'JPG, PNG, WEBP, TIFF and HEIC.'],
            ['Can I use the results commercially?', 'Yes, on any paid plan.'],
            ['My credits did not arrive.', 'Refresh the page; if they are still missing, email billing@pixelrevive.test with your receipt.'],
            ['Is there an API?', 'Yes, from $0.01 per image. Ask for a key.'],
            ['What is not allowed?', 'Editing images of other people without permission or to deceive, harass or sexualise anyone. We remove accounts that do this.'],
          ]) +
          footer('© 2026 PixelRevive Labs', [['/privacy', 'Privacy']]),
      },
    ],
  },
  // ------------------------------------------------ photo-tool, en (passport & retouch)
  {
    host: 'passport-snap.test',
    lang: 'en',
    label: 'unrelated',
    shape: 'photo-tool',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'PassportSnap — passport & visa photos from your phone in 2 minutes',
        head:
          metaDescription('Make compliant passport, visa and ID photos at home. Background removal, size and crop for 120+ countries, expert check. From $4.95.') +
          jsonLd({
            '@context': 'https://schema.org',
            '@type': 'FAQPage',
            mainEntity: [
              { '@type': 'Question', name: 'Is my photo guaranteed to be accepted?', acceptedAnswer: { '@type': 'Answer', text: 'Yes, or we refund you.' } },
              { '@type': 'Question', name: 'Can I wear glasses?', acceptedAnswer: { '@type': 'Answer', text: 'Most countries now require no glasses.' } },
            ],
          }),
        body:
          nav(
            [
              ['/how-it-works', 'How it works'],
              ['/countries', 'Countries'],
              ['/pricing', 'Prices'],
              ['/privacy', 'Privacy'],
            ],
            'PassportSnap',
          ) +
          h1('Passport photos without the photo booth') +
          p('Stand in front of a wall, take a selfie (or ask someone to take it), and upload it. PassportSnap removes the background and replaces it with the exact shade your country requires, crops and sizes the photo to the official specification, evens out lighting, and a human expert checks it against the rules before you download.') +
          upload('Upload your photo', '/create', 'Make my passport photo') +
          h2('Why people use us') +
          ul('Specifications for 120+ countries and 300+ document types', 'Acceptance guarantee — or your money back', 'Print at home, at a pharmacy kiosk, or order prints by post', 'Digital code for online applications') +
          h2('About retouching') +
          p('We only make the adjustments the rules allow: background, crop, brightness and removal of temporary blemishes when a country permits it. We never change the shape of your face, your skin tone or anything that would make the photo less like you — an official photo has to look like the person.') +
          p('From $4.95 per photo. ' + a('/pricing?ref=home-cta', 'See prices') + ' · ' + a('/countries?ref=home', 'Find your country')) +
          footer('© 2026 PassportSnap Inc. Not affiliated with any government.', [
            ['/terms', 'Terms'],
            ['/privacy', 'Privacy'],
            ['/pricing', 'Prices'],
            ['/how-it-works', 'Help'],
          ]),
      },
      {
        path: '/how-it-works',
        title: 'How it works — PassportSnap',
        body:
          nav([['/', 'Home'], ['/pricing', 'Prices']], 'PassportSnap') +
          h1('How it works') +
          ol('Take a photo facing the camera, neutral expression, in even daylight.', 'Upload it and choose your country and document.', 'Our software removes the background, sizes and crops the photo.', 'A trained reviewer checks head size, eye position, shadows and expression.', 'Download a printable sheet or a digital photo, or order prints.') +
          p('Most photos are reviewed within 15 minutes between 7 am and 11 pm. If something is wrong — glasses, a shadow behind the ears, a smile in a country that forbids it — we tell you exactly what to change and you can retake it for free.') +
          footer('© 2026 PassportSnap Inc.', [['/countries', 'Countries']]),
      },
      {
        path: '/countries',
        title: 'Supported countries — PassportSnap',
        body:
          nav([['/', 'Home']], 'PassportSnap') +
          h1('Countries and documents') +
          p('We keep the official specifications for passports, national ID cards, visas, residence permits and driving licences up to date for more than 120 countries. Each specification lists the size in millimetres, the head height, the background colour and special rules such as "no glasses" or "ears visible".') +
          textForm('Search a country or document', 'Search', '/countries/search') +
          p('Can’t find yours? Ask us and we add it within a week.') +
          footer('© 2026 PassportSnap Inc.', [['/pricing', 'Prices']]),
      },
      {
        path: '/pricing',
        title: 'Prices — PassportSnap',
        body:
          nav([['/', 'Home'], ['/how-it-works', 'How it works']], 'PassportSnap') +
          h1('Prices') +
          priceTable(
            ['Product', 'Includes', 'Price'],
            [
              ['Digital photo', 'expert check, download, digital code', '$4.95'],
              ['Print at home', 'digital + 4×6 printable sheet', '$5.95'],
              ['Prints by post', '4 glossy prints, tracked delivery', '$12.95'],
              ['Family pack', 'up to 5 people', '$19.95'],
            ],
          ) +
          p('If your photo is rejected by the authority, send us the rejection notice within 90 days and we refund the full amount. Secure payment by card.') +
          p('Prices include tax. Retakes are free and unlimited.') +
          p('Questions? Our support team answers by chat.') +
          footer('© 2026 PassportSnap Inc.', [['/terms', 'Terms']]),
      },
      {
        path: '/privacy',
        title: 'Privacy — PassportSnap',
        body:
          nav([['/', 'Home']], 'PassportSnap') +
          h1('Privacy') +
          p('Your photo is used only to produce your document photo. It is stored encrypted for 30 days so you can download it again, then deleted automatically; you can delete it sooner from your order page. Reviewers see the photo only for the check. We never sell photos, never use them to train face-recognition models and never share them with third parties other than the print lab when you order prints.') +
          footer('© 2026 PassportSnap Inc.', [['/', 'Home']]),
      },
    ],
  },
  // ------------------------------------------------ sfw-faceswap, en (movie scenes, video)
  {
    host: 'flickface-app.test',
    lang: 'en',
    label: 'unrelated',
    shape: 'sfw-faceswap',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'FlickFace — star in your own movie-style scenes',
        head:
          metaDescription('Face swap app for fun video scenes: action, sci-fi, westerns, musicals. Original scenes shot with consenting actors. No NSFW, no celebrities, no real people without consent.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'MobileApplication', name: 'FlickFace', operatingSystem: 'Android, iOS', contentRating: 'Teen', offers: { '@type': 'Offer', price: '0', priceCurrency: 'USD' } }),
        body:
          nav(
            [
              ['/scenes', 'Scenes'],
              ['/pricing', 'FlickFace Pro'],
              ['/safety', 'Safety'],
              ['/download?utm_source=site&utm_medium=nav', 'Download'],
            ],
            'FlickFace',
          ) +
          h1('Lights, camera — your face') +
          p('FlickFace puts you in the lead role of short, cinematic scenes. Dodge lasers on a spaceship, ride into a desert sunset, hit the high note in a musical number, or take the winning penalty in the final minute. Record a 3-second selfie video, pick a scene, and FlickFace renders your clip in about 30 seconds.') +
          storeBadges('/download/flickface-2.8.apk') +
          h2('Why FlickFace') +
          ul('300+ original scenes, new ones weekly', 'Renders in HD, shares straight to your stories', '3 free clips a day', 'Duets: swap two friends into the same scene') +
          section(
            h2('Made for fun, with rules'),
            p('Our scenes are original productions filmed with paid actors who signed releases — no clips from real films, no celebrities. FlickFace only works with a live selfie video of the person using the app, or of a friend who joins the duet from their own phone, so nobody can be swapped in without taking part. No NSFW, no adult content, no real people without consent. Every clip carries a visible "Made with FlickFace" label and an invisible watermark.'),
          ) +
          p(a('/scenes?ref=home', 'Browse scenes') + ' · ' + a('/safety', 'How we keep FlickFace safe')) +
          footer('© 2026 FlickFace Studios Inc. Rated 12+.', [
            ['/pricing', 'Pro'],
            ['/safety', 'Safety'],
            ['/terms', 'Terms'],
            ['/privacy', 'Privacy'],
            ['/download?utm_source=site&utm_medium=footer', 'Get the app'],
          ]),
      },
      {
        path: '/scenes',
        title: 'Scenes — FlickFace',
        body:
          nav([['/', 'Home'], ['/pricing', 'Pro']], 'FlickFace') +
          h1('Scenes') +
          ul('Laser Corridor — sci-fi, 9 s', 'Last Train West — western, 12 s', 'Rooftop Chase — action, 10 s', 'Big Finale — musical, 14 s', 'Penalty Kick — sport, 8 s', 'Haunted Library — comedy horror, 11 s', 'Birthday Spotlight — celebration, 15 s') +
          p('Every scene is shot by our own crew on a studio set with professional actors. We add around a dozen scenes a week, and you can vote for the genre we shoot next. Pro unlocks all scenes; free users get a rotating selection of 40.') +
          footer('© 2026 FlickFace Studios Inc.', [['/safety', 'Safety']]),
      },
      {
        path: '/pricing',
        title: 'FlickFace Pro',
        body:
          nav([['/', 'Home']], 'FlickFace') +
          h1('FlickFace Pro') +
          priceTable(
            ['', 'Free', 'Pro'],
            [
              ['Clips per day', '3', 'unlimited'],
              ['Scenes', '40 rotating', 'all 300+'],
              ['Quality', '720p', '1080p'],
              ['Price', '$0', '$4.99/week · $39.99/year'],
            ],
          ) +
          p('Pro is billed through your app store account. Cancel any time in your store subscription settings; you keep Pro until the period ends. Free trials convert only after a reminder notification.') +
          p('Pro also unlocks duets with up to three friends and early access to the weekly scene drop. Family sharing is supported where your app store allows it.') +
          footer('© 2026 FlickFace Studios Inc.', [['/terms', 'Terms']]),
      },
      {
        path: '/safety',
        title: 'Safety — FlickFace',
        body:
          nav([['/', 'Home']], 'FlickFace') +
          h1('Safety at FlickFace') +
          ul('Live selfie check: you can only swap your own face, captured in the app.', 'Duets require the second person to join from their own account.', 'No uploads of photos from your gallery for face swaps.', 'No NSFW or sexual content; scenes are reviewed before release.', 'Visible label and invisible watermark on every clip.', 'Users must be 13+; accounts of under-16s are private by default.') +
          p('Report a clip from the share sheet or write to safety@flickface-app.test. We respond to reports within 24 hours and work with law enforcement where required.') +
          footer('© 2026 FlickFace Studios Inc.', [['/privacy', 'Privacy']]),
      },
      {
        path: '/download',
        title: 'Download FlickFace',
        body:
          nav([['/', 'Home']], 'FlickFace') +
          h1('Download FlickFace') +
          p('Get FlickFace free on Android (8.0+) and iOS (15+). If the Play Store is not available on your device, you can download the signed APK from this page; check the SHA-256 checksum shown next to the file before installing. The app is about 85 MB and renders clips on our servers, so it runs on older phones too.') +
          storeBadges('/download/flickface-2.8.apk') +
          footer('© 2026 FlickFace Studios Inc.', [['/safety', 'Safety']]),
      },
    ],
  },
  // ------------------------------------------------ moderation-tool, en (deepfake detection)
  {
    host: 'verityframes.test',
    lang: 'en',
    label: 'unrelated',
    shape: 'moderation-tool',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Verity Frames — deepfake and manipulated-media detection',
        head: metaDescription('Detect face swaps, synthetic faces and manipulated video. Deepfake detection API and review dashboard for newsrooms, platforms and trust & safety teams.'),
        body:
          nav(
            [
              ['/api', 'API'],
              ['/pricing', 'Pricing'],
              ['/research', 'Research'],
              ['/contact', 'Contact sales'],
            ],
            'Verity Frames',
          ) +
          h1('Is this face real? Find out in seconds.') +
          p(
            'Verity Frames analyses images and video for signs of face swapping, face re-enactment, lip-sync manipulation and fully synthetic faces. It returns a per-frame manipulation score, a heat map showing which regions look altered, and a plain-language explanation your reviewers can use.',
            'Newsrooms use it to verify footage before publishing. Platforms use it to triage reports of non-consensual sexual deepfakes and impersonation scams. Identity providers use it to stop synthetic faces at onboarding.',
          ) +
          h2('What you get') +
          ul('Image and video API with per-call pricing', 'Review dashboard with heat maps and frame timelines', 'Hash matching to catch re-uploads of known fakes', 'Audit log suitable for evidence handling') +
          h2('Honest about limits') +
          p('No detector is perfect. We publish our error rates per manipulation type and per compression level, and we recommend that a trained person makes the final call. Verity Frames is a decision aid, not a verdict.') +
          p(a('/api?ref=home', 'Read the API docs') + ' · ' + a('/contact?utm_source=home&utm_campaign=demo', 'Book a demo')) +
          footer('© 2026 Verity Frames B.V. · Amsterdam & Boston', [
            ['/pricing', 'Pricing'],
            ['/research', 'Research'],
            ['/privacy', 'Privacy'],
            ['/security', 'Security'],
          ]),
      },
      {
        path: '/api',
        title: 'API — Verity Frames',
        body:
          nav([['/', 'Home'], ['/pricing', 'Pricing']], 'Verity Frames') +
          h1('API overview') +
          p('POST /v2/analyze/image with an image file or URL returns a manipulation score between 0 and 1, the detected manipulation types, bounding boxes for faces and a heat map URL. POST /v2/analyze/video accepts files up to 10 minutes and calls your webhook when done. GET /v2/hash/match checks an image against your private list of known fakes.') +
          p('Keys are scoped per project. Media is processed in memory and deleted after analysis unless you opt into case storage, which keeps encrypted copies with a chain-of-custody log.') +
          footer('© 2026 Verity Frames B.V.', [['/research', 'Research']]),
      },
      {
        path: '/pricing',
        title: 'Pricing — Verity Frames',
        body:
          nav([['/', 'Home'], ['/api', 'API']], 'Verity Frames') +
          h1('Pricing') +
          priceTable(
            ['Item', 'Price', 'Notes'],
            [
              ['Image analysis', '$0.003 per call', 'first 1,000 / month free'],
              ['Video analysis', '$0.05 per minute', 'billed per started minute'],
              ['Hash matching', '$0.0002 per call', 'unlimited list size'],
              ['Review dashboard', '$49 per seat / month', 'includes case storage'],
            ],
          ) +
          p('Newsrooms, fact-checkers, NGOs and victim-support organisations get free access up to a generous monthly limit. Volume pricing on request.') +
          p('Annual contracts include a dedicated onboarding engineer and a quarterly model review with your team.') +
          footer('© 2026 Verity Frames B.V.', [['/contact', 'Contact sales']]),
      },
      {
        path: '/research',
        title: 'Research — Verity Frames',
        body:
          nav([['/', 'Home']], 'Verity Frames') +
          h1('Research and evaluations') +
          p('Our detectors are evaluated every quarter on public academic benchmarks and on a held-out set of real-world manipulated media, collected with consent from partner platforms and reporting hotlines. The latest report shows how accuracy falls with heavy compression, low resolution and new generation methods, and what we are doing about it. We share anonymised evaluation sets with academic researchers on request.') +
          footer('© 2026 Verity Frames B.V.', [['/api', 'API']]),
      },
      {
        path: '/contact',
        title: 'Contact sales — Verity Frames',
        body:
          nav([['/', 'Home']], 'Verity Frames') +
          h1('Talk to us') +
          p('Tell us about your use case — verification, content moderation, identity — and the volume you expect. We will set up a trial key and a 30-minute walkthrough of the dashboard. If you represent a victim-support organisation or a newsroom, mention it and we will fast-track free access.') +
          textForm('Work email', 'Request a demo', '/contact/send') +
          p('We usually reply within one business day.') +
          footer('© 2026 Verity Frames B.V.', [['/privacy', 'Privacy']]),
      },
    ],
  },
  // ------------------------------------------------ adult-site, en (sexual-health shop & education)
  {
    host: 'bloomandbody-wellness.test',
    lang: 'en',
    label: 'unrelated',
    shape: 'adult-site',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Bloom & Body — sexual health shop and adult education (18+)',
        head:
          metaDescription('An 18+ sexual wellness shop and learning hub: condoms, lubricants, intimate care, books and expert-led workshops on relationships and consent. Discreet delivery.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'Store', name: 'Bloom & Body', audience: { '@type': 'PeopleAudience', suggestedMinAge: 18 } }),
        body:
          ageGate('Bloom & Body sells adult wellness products and is intended for people aged 18 and over. Please confirm your age to continue.', 'I am 18 or older', 'Leave') +
          nav(
            [
              ['/shop', 'Shop'],
              ['/learn', 'Learn'],
              ['/workshops', 'Workshops'],
              ['/shipping', 'Discreet shipping'],
              ['/about', 'About us'],
            ],
            'Bloom & Body',
          ) +
          p('Plain packaging on every order · Free UK delivery over £35') +
          h1('Sexual health, without the awkwardness') +
          p(
            'Bloom & Body is an adults-only wellness shop founded by two sexual-health nurses. We sell the everyday essentials — condoms, lubricants, intimate washes, menstrual care, pregnancy and STI home tests — alongside books and courses on relationships, communication and consent.',
            'Everything we stock is tested, clearly labelled and explained in plain language. No hype, no embarrassment, and no explicit imagery anywhere on the site.',
          ) +
          h2('Shop the essentials') +
          ul(a('/shop?cat=condoms&utm_source=home', 'Condoms') + ' — latex and latex-free, 12 sizes', a('/shop?cat=lubricants', 'Lubricants') + ' — water- and silicone-based', a('/shop?cat=tests', 'Home test kits'), a('/shop?cat=books', 'Books and guides')) +
          h2('Learn with professionals') +
          p('Our ' + a('/learn', 'learning hub') + ' has free articles reviewed by clinicians: contraception options, talking to a new partner about testing, menopause and intimacy, and recognising coercion. Paid ' + a('/workshops', 'online workshops') + ' are led by accredited educators and therapists.') +
          textForm('Monthly newsletter — health news and 10% off', 'Subscribe', '/newsletter') +
          cookieBanner('We use essential cookies only, plus anonymous analytics if you agree. Nothing about your basket is shared with advertisers.', 'Accept analytics', 'Essential only') +
          footer('© 2026 Bloom & Body Ltd. Adults only (18+). We do not sell to under-18s.', [
            ['/shipping', 'Shipping & returns'],
            ['/privacy', 'Privacy'],
            ['/terms', 'Terms'],
            ['/about', 'About'],
          ]),
      },
      {
        path: '/shop',
        title: 'Shop — Bloom & Body',
        body:
          nav([['/', 'Home'], ['/shipping', 'Shipping'], ['/basket', 'Basket (0)']], 'Bloom & Body') +
          h1('Shop') +
          ul('Everyday condoms, 12-pack — £6.50', 'Latex-free condoms, 10-pack — £7.95', 'Water-based lubricant, 100 ml — £8.50', 'Chlamydia and gonorrhoea home test — £24.00', 'Pregnancy test, twin pack — £4.95', '“Talking About Testing” pocket guide — £5.99') +
          button('Add to basket') +
          p('Not sure what to choose? Every product page has a short guide written by our nurses, and you can ask them questions by email. We never show explicit images, and product names on your bank statement read simply “B&B Health”.') +
          footer('© 2026 Bloom & Body Ltd.', [['/shipping', 'Discreet shipping']]),
      },
      {
        path: '/learn',
        title: 'Learning hub — Bloom & Body',
        body:
          nav([['/', 'Home'], ['/workshops', 'Workshops']], 'Bloom & Body') +
          h1('Learning hub') +
          article(h3('How often should I get tested?'), p('A short, non-judgemental guide to STI testing intervals, what the tests check for and how to read the results.')) +
          article(h3('Consent is a conversation'), p('What enthusiastic consent looks like in practice, how to check in with a partner, and why consent can be withdrawn at any time.')) +
          article(h3('Choosing contraception'), p('A comparison of methods, their effectiveness and side effects, reviewed by a GP.')) +
          footer('© 2026 Bloom & Body Ltd.', [['/about', 'About']]),
      },
      {
        path: '/workshops',
        title: 'Workshops — Bloom & Body',
        body:
          nav([['/', 'Home'], ['/learn', 'Learn']], 'Bloom & Body') +
          h1('Online workshops for adults') +
          priceTable(
            ['Workshop', 'Format', 'Price'],
            [
              ['Communication for couples', '2 × 90 min, live', '£45'],
              ['Intimacy after a new baby', '1 × 2 h, live', '£30'],
              ['Menopause and relationships', '3 × 60 min, recorded', '£35'],
            ],
          ) +
          p('Workshops are educational and discussion-based, led by accredited sex educators and couples therapists. Cameras are optional, you can join under a first name only, and sessions are never recorded with participants visible.') +
          p('Booking opens monthly.') +
          footer('© 2026 Bloom & Body Ltd.', [['/terms', 'Terms']]),
      },
      {
        path: '/shipping',
        title: 'Discreet shipping & returns — Bloom & Body',
        body:
          nav([['/', 'Home']], 'Bloom & Body') +
          h1('Discreet shipping & returns') +
          p('All orders ship in plain brown packaging with no logo; the sender is shown as “B&B Health Ltd”. UK delivery 1–3 working days, £2.95 or free over £35. For hygiene reasons opened intimate products cannot be returned, but if anything arrives damaged or faulty we will replace it or refund you in full. Age verification may be requested for some products at checkout.') +
          footer('© 2026 Bloom & Body Ltd.', [['/privacy', 'Privacy']]),
      },
      {
        path: '/about',
        title: 'About — Bloom & Body',
        body:
          nav([['/', 'Home']], 'Bloom & Body') +
          h1('About us') +
          p('We are two former sexual-health clinic nurses who got tired of patients saying they were too embarrassed to buy the basics. Bloom & Body started as a market stall in 2019 and is now a team of nine. We donate 2% of revenue to free community testing services and write all our content with clinical reviewers.') +
          footer('© 2026 Bloom & Body Ltd.', [['/', 'Home']]),
      },
    ],
  },
  // ------------------------------------------------ adult-site, es (dating 18+)
  {
    host: 'encuentro-adulto.test',
    lang: 'es',
    label: 'unrelated',
    shape: 'adult-site',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Encuentro Adulto — citas para mayores de 18 años',
        head: metaDescription('Web de citas solo para mayores de edad. Perfiles verificados, chat privado y total discreción. Regístrate gratis.'),
        body:
          ageGate('Este sitio es exclusivamente para mayores de 18 años. ¿Confirmas que tienes la edad legal?', 'Sí, soy mayor de edad', 'Salir') +
          nav(
            [
              ['/registro', 'Regístrate gratis'],
              ['/suscripcion', 'Suscripción'],
              ['/seguridad', 'Consejos de seguridad'],
              ['/entrar', 'Entrar'],
            ],
            'Encuentro Adulto',
          ) +
          h1('Conoce a adultos que buscan lo mismo que tú') +
          p('Encuentro Adulto es una web de citas para personas mayores de 18 años que quieren conocer gente sin rodeos: una cita, una amistad o algo más casual. Cada perfil pasa por una verificación con selfie para comprobar que la persona es real y que las fotos son suyas.') +
          h2('Cómo funciona') +
          ol('Crea tu perfil gratis en dos minutos', 'Verifica tu identidad con un selfie', 'Indica qué buscas y en qué ciudad', 'Chatea solo con quien tú aceptes') +
          h2('Privacidad y respeto') +
          p('Tus fotos pueden ser privadas y solo las ve quien tú elijas. Está prohibido compartir fotos de otras personas, reenviar imágenes privadas o subir imágenes manipuladas: quien lo haga es expulsado de inmediato. Hay botón de bloquear y denunciar en cada perfil y en cada mensaje.') +
          p('Más de 200.000 miembros en España y Latinoamérica. ' + a('/registro?ref=portada', 'Empieza gratis') + ' · ' + a('/registro?ref=portada&utm_campaign=verano', 'Oferta de verano')) +
          footer('© 2026 Encuentro Adulto S.L. · Solo mayores de 18 años', [
            ['/condiciones', 'Condiciones de uso'],
            ['/privacidad', 'Privacidad'],
            ['/seguridad', 'Seguridad'],
            ['/suscripcion', 'Precios'],
          ]),
      },
      {
        path: '/registro',
        title: 'Registro — Encuentro Adulto',
        body:
          nav([['/', 'Inicio']], 'Encuentro Adulto') +
          h1('Regístrate gratis') +
          p('Para registrarte necesitas ser mayor de 18 años y tener un correo electrónico válido. Después del registro te pediremos un selfie de verificación: lo usamos solo para comprobar que eres una persona real y que las fotos de tu perfil son tuyas, y lo borramos en cuanto termina la comprobación.') +
          textForm('Correo electrónico', 'Continuar', '/registro/paso-2') +
          p('Al registrarte aceptas las condiciones de uso y la política de privacidad.') +
          footer('© 2026 Encuentro Adulto S.L.', [['/condiciones', 'Condiciones']]),
      },
      {
        path: '/suscripcion',
        title: 'Suscripción — Encuentro Adulto',
        body:
          nav([['/', 'Inicio'], ['/registro', 'Registro']], 'Encuentro Adulto') +
          h1('Planes de suscripción') +
          priceTable(
            ['Plan', 'Duración', 'Precio'],
            [
              ['Básico', 'siempre', 'gratis (perfil y búsqueda)'],
              ['Premium', '1 mes', '19,99 €'],
              ['Premium', '3 meses', '44,99 €'],
              ['Premium', '12 meses', '99,99 €'],
            ],
          ) +
          p('Premium te permite enviar mensajes ilimitados, ver quién ha visitado tu perfil y usar filtros avanzados. El cargo aparece en tu extracto con un nombre discreto. Puedes cancelar la renovación cuando quieras desde tu cuenta.') +
          p('El registro, el perfil y la búsqueda son siempre gratuitos.') +
          footer('© 2026 Encuentro Adulto S.L.', [['/privacidad', 'Privacidad']]),
      },
      {
        path: '/seguridad',
        title: 'Consejos de seguridad — Encuentro Adulto',
        body:
          nav([['/', 'Inicio']], 'Encuentro Adulto') +
          h1('Consejos de seguridad') +
          ul('Queda la primera vez en un lugar público y avisa a alguien de confianza.', 'No envíes nunca dinero a alguien que has conocido por internet.', 'No compartas imágenes que no quieras que salgan de la conversación.', 'Si alguien te chantajea o difunde imágenes tuyas sin permiso, guarda las pruebas, denúncialo a nuestro equipo y a la policía.') +
          p('Nuestro equipo de moderación revisa las denuncias todos los días del año.') +
          footer('© 2026 Encuentro Adulto S.L.', [['/condiciones', 'Condiciones']]),
      },
      {
        path: '/condiciones',
        title: 'Condiciones de uso — Encuentro Adulto',
        body:
          nav([['/', 'Inicio']], 'Encuentro Adulto') +
          h1('Condiciones de uso') +
          p('El servicio está reservado a mayores de 18 años. Cada miembro solo puede publicar fotos de sí mismo. Queda prohibido subir imágenes de terceros, imágenes creadas o alteradas con inteligencia artificial que representen a personas reales, ofrecer servicios comerciales y acosar a otros miembros. Nos reservamos el derecho de suspender cuentas que incumplan estas condiciones. Se aplica la legislación española.') +
          footer('© 2026 Encuentro Adulto S.L.', [['/privacidad', 'Privacidad']]),
      },
    ],
  },
  // ------------------------------------------------ ghost-mannequin, pt (BR)
  {
    host: 'manequimfantasma.test',
    lang: 'pt',
    label: 'unrelated',
    shape: 'ghost-mannequin',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Manequim Fantasma — tratamento de fotos de roupas para e-commerce',
        head:
          metaDescription('Removemos o manequim ou a modelo das fotos das suas roupas: efeito manequim invisível (ghost mannequin), recorte e sombra. Entrega em 24 horas.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'ProfessionalService', name: 'Manequim Fantasma Estúdio', areaServed: 'BR', aggregateRating: { '@type': 'AggregateRating', ratingValue: '4.9', reviewCount: '487' } }),
        body:
          nav(
            [
              ['/servicos', 'Serviços'],
              ['/precos', 'Preços'],
              ['/enviar-fotos', 'Enviar fotos'],
              ['/contato', 'Contato'],
            ],
            'Manequim Fantasma',
          ) +
          h1('Sua roupa em destaque. O manequim some.') +
          p(
            'Fotografou a coleção no manequim? A gente tira o manequim, monta a parte de dentro da gola e entrega uma imagem limpa, com volume, no fundo branco ou transparente. É o famoso efeito manequim invisível — ou ghost mannequin — que as grandes lojas usam para deixar o produto como protagonista.',
            'Também removemos a modelo de fotos vestidas quando o marketplace exige imagem só do produto, e fazemos recorte, sombra e ajuste de cor.',
          ) +
          h2('Por que lojistas escolhem a gente') +
          ul('Entrega em 24 horas, urgência em 8 horas', 'Revisão humana em todas as imagens', 'Três fotos de teste grátis', 'Nota fiscal e pagamento por Pix ou boleto', 'Atendimento por chat e telefone em horário comercial') +
          img(9, 'Camisa no manequim e a mesma camisa com efeito fantasma') +
          p('Mais de 800 lojas virtuais atendidas desde 2016, de marcas de moda praia a confecções do Brás e do Bom Retiro.') +
          p(a('/enviar-fotos?utm_source=home', 'Enviar 3 fotos de teste') + ' · ' + a('/precos?ref=home', 'Ver preços')) +
          footer('© 2026 Manequim Fantasma Estúdio Ltda. · São Paulo · CNPJ 00.000.000/0001-00', [
            ['/servicos', 'Serviços'],
            ['/precos', 'Preços'],
            ['/privacidade', 'Privacidade'],
            ['/contato', 'Contato'],
          ]),
      },
      {
        path: '/servicos',
        title: 'Serviços — Manequim Fantasma',
        body:
          nav([['/', 'Início'], ['/precos', 'Preços']], 'Manequim Fantasma') +
          h1('Nossos serviços') +
          h3('Manequim invisível') +
          p('Juntamos a foto da frente com a foto da parte interna da gola e das costas e removemos o manequim. A peça fica com volume, como se estivesse vestida por alguém invisível.') +
          h3('Remoção de modelo') +
          p('Transformamos fotos vestidas em fotos só da peça, reconstruindo a parte interna. Útil para marketplaces com regras de imagem rígidas.') +
          h3('Recorte, sombra e cor') +
          p('Recorte manual, fundo branco puro, sombra natural e correção de cor comparando com a amostra do tecido.') +
          footer('© 2026 Manequim Fantasma Estúdio', [['/enviar-fotos', 'Enviar fotos']]),
      },
      {
        path: '/precos',
        title: 'Preços — Manequim Fantasma',
        body:
          nav([['/', 'Início'], ['/enviar-fotos', 'Enviar fotos']], 'Manequim Fantasma') +
          h1('Tabela de preços (por imagem)') +
          priceTable(
            ['Serviço', '24 horas', '8 horas'],
            [
              ['Manequim invisível', 'R$ 9,90', 'R$ 16,90'],
              ['Remoção de modelo', 'R$ 17,90', 'R$ 27,90'],
              ['Recorte fundo branco', 'R$ 2,50', 'R$ 4,50'],
              ['Sombra natural', 'R$ 1,50', 'R$ 2,50'],
            ],
          ) +
          p('Desconto progressivo a partir de 300 imagens por mês. Uma rodada de ajustes está sempre incluída. Pagamento por Pix, boleto ou cartão em até 3x sem juros. Emitimos nota fiscal de serviço para todas as compras.') +
          footer('© 2026 Manequim Fantasma Estúdio', [['/contato', 'Contato']]),
      },
      {
        path: '/enviar-fotos',
        title: 'Enviar fotos — Manequim Fantasma',
        body:
          nav([['/', 'Início']], 'Manequim Fantasma') +
          h1('Envie suas fotos') +
          p('Suba as imagens (pode ser em ZIP) e diga o fundo, o tamanho e o corte que você precisa. Para o efeito manequim invisível, mande também a foto da parte interna da gola e das costas. Respondemos em até uma hora útil com o orçamento e o prazo. Clientes novos têm três fotos de teste grátis.') +
          upload('Fotos ou arquivo ZIP', '/enviar-fotos/upload', 'Enviar e pedir orçamento') +
          footer('© 2026 Manequim Fantasma Estúdio', [['/privacidade', 'Privacidade']]),
      },
      {
        path: '/contato',
        title: 'Contato — Manequim Fantasma',
        body:
          nav([['/', 'Início']], 'Manequim Fantasma') +
          h1('Fale com a gente') +
          p('Atendemos de segunda a sexta, das 8h às 18h, e aos sábados até o meio-dia. Para orçamentos de coleções inteiras, mande um e-mail para estudio@manequimfantasma.test com algumas fotos de exemplo e a quantidade aproximada de peças por mês. Se preferir, marcamos uma videochamada para entender o padrão visual da sua marca.') +
          p('Respondemos rápido.') +
          footer('© 2026 Manequim Fantasma Estúdio', [['/', 'Início']]),
      },
    ],
  },
  // ------------------------------------------------ photo-tool, pt (BR)
  {
    host: 'fotonova-editor.test',
    lang: 'pt',
    label: 'unrelated',
    shape: 'photo-tool',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'FotoNova — remover fundo, apagar objetos e melhorar fotos com IA',
        head: metaDescription('Remova o fundo de fotos, apague pessoas e objetos, melhore a resolução para 4K e faça foto 3x4 para documentos. Grátis para começar.'),
        body:
          nav(
            [
              ['/ferramentas', 'Ferramentas'],
              ['/planos', 'Planos'],
              ['/foto-3x4', 'Foto 3x4'],
              ['/ajuda', 'Ajuda'],
              ['/entrar', 'Entrar'],
            ],
            'FotoNova',
          ) +
          cookieBanner('Usamos cookies para melhorar sua experiência. Ao continuar, você concorda com a nossa política de privacidade.', 'Entendi', 'Configurar') +
          h1('Edite suas fotos em segundos, direto do navegador') +
          p(
            'Com o FotoNova você remove o fundo de uma foto de produto para a sua loja, apaga aquele desconhecido que apareceu na foto da praia, suaviza espinhas e manchas na pele, melhora fotos antigas e borradas até 4K e ainda faz a sua foto 3x4 para documentos.',
            'Não precisa instalar nada nem entender de edição. Subiu, escolheu a ferramenta, baixou.',
          ) +
          upload('Arraste sua foto aqui', '/editor', 'Começar grátis') +
          h2('Ferramentas') +
          ul('Remover fundo', 'Apagar objetos e pessoas', 'Melhorar resolução 2x, 4x e 4K', 'Retoque de pele natural', 'Restaurar e colorir fotos antigas', 'Foto 3x4 e passaporte') +
          h2('Quanto custa?') +
          p('Grátis: 3 fotos por dia. Pacotes de créditos a partir de R$ 9,90 e plano Pro ilimitado por R$ 19,90 por mês. ' + a('/planos?ref=home', 'Ver planos') + '.') +
          faq('Dúvidas rápidas', [
            ['Minhas fotos ficam salvas?', 'Não, elas são apagadas dos nossos servidores em até 24 horas.'],
            ['Posso usar para a minha loja?', 'Pode, as imagens são suas.'],
            ['Aceita Pix?', 'Sim, além de cartão e boleto.'],
          ]) +
          footer('© 2026 FotoNova Tecnologia Ltda. · Curitiba', [
            ['/planos', 'Planos'],
            ['/termos', 'Termos de uso'],
            ['/privacidade', 'Privacidade'],
            ['/ajuda', 'Ajuda'],
          ]),
      },
      {
        path: '/ferramentas',
        title: 'Ferramentas — FotoNova',
        body:
          nav([['/', 'Início'], ['/planos', 'Planos']], 'FotoNova') +
          h1('Todas as ferramentas') +
          h3('Remover fundo') +
          p('Recorte pessoas, produtos e pets e baixe um PNG transparente, ou troque o fundo por uma cor ou um cenário.') +
          h3('Apagar objetos') +
          p('Pinte por cima do que você não quer — fios, lixeiras, placas, pessoas ao fundo — e a IA preenche o espaço com o que deveria estar atrás.') +
          h3('Melhorar resolução') +
          p('Aumente 2x ou 4x, ou transforme uma imagem 1080p em 4K, sem aquele aspecto borrado. Ideal para imprimir.') +
          footer('© 2026 FotoNova', [['/ajuda', 'Ajuda']]),
      },
      {
        path: '/planos',
        title: 'Planos — FotoNova',
        body:
          nav([['/', 'Início'], ['/ferramentas', 'Ferramentas']], 'FotoNova') +
          h1('Planos e créditos') +
          priceTable(
            ['Plano', 'O que inclui', 'Preço'],
            [
              ['Grátis', '3 fotos por dia, qualidade padrão', 'R$ 0'],
              ['Pacote 30', '30 créditos em HD', 'R$ 9,90'],
              ['Pacote 150', '150 créditos em HD', 'R$ 34,90'],
              ['Pro', 'ilimitado, 4K, lotes de 50', 'R$ 19,90/mês'],
            ],
          ) +
          p('Cada download em HD usa 1 crédito; melhorar para 4K usa 2. Créditos não expiram. O plano Pro pode ser cancelado a qualquer momento. Pagamento por Pix, cartão ou boleto, com nota fiscal.') +
          footer('© 2026 FotoNova', [['/termos', 'Termos']]),
      },
      {
        path: '/foto-3x4',
        title: 'Foto 3x4 online — FotoNova',
        body:
          nav([['/', 'Início']], 'FotoNova') +
          h1('Foto 3x4 para documentos, pelo celular') +
          p('Tire uma foto de frente contra uma parede clara, suba aqui e a gente ajusta o fundo, o enquadramento e o tamanho nas regras de RG, CNH, passaporte e carteirinhas. Você recebe uma folha pronta para imprimir em qualquer gráfica rápida ou farmácia, e o arquivo digital para cadastros online.') +
          upload('Subir minha foto', '/foto-3x4/ajustar', 'Gerar foto 3x4') +
          p('Preço: R$ 7,90 por folha.') +
          footer('© 2026 FotoNova', [['/planos', 'Planos']]),
      },
      {
        path: '/ajuda',
        title: 'Ajuda — FotoNova',
        body:
          nav([['/', 'Início']], 'FotoNova') +
          h1('Central de ajuda') +
          p('Se os créditos não aparecerem depois do pagamento por Pix, aguarde alguns minutos e atualize a página. Para cancelar o Pro, vá em Conta › Assinatura. Nossos termos proíbem editar fotos de outras pessoas sem autorização ou para enganar, humilhar ou prejudicar alguém; denúncias podem ser enviadas para denuncia@fotonova-editor.test e são analisadas em até 24 horas.') +
          p('Atendimento em dias úteis.') +
          footer('© 2026 FotoNova', [['/privacidade', 'Privacidade']]),
      },
    ],
  },
  // ------------------------------------------------ sfw-faceswap, pt (BR)
  {
    host: 'trocacara-app.test',
    lang: 'pt',
    label: 'unrelated',
    shape: 'sfw-faceswap',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'TrocaCara — troca de rosto para memes, figurinhas e vídeos de aniversário',
        head: metaDescription('Coloque seu rosto em memes, figurinhas e vídeos de aniversário. App de troca de rosto divertido, sem conteúdo adulto e sem famosos.'),
        body:
          nav(
            [
              ['/modelos', 'Modelos'],
              ['/premium', 'Premium'],
              ['/regras', 'Regras'],
              ['/baixar', 'Baixar o app'],
            ],
            'TrocaCara',
          ) +
          h1('Vira meme em 5 segundos 😂') +
          p('O TrocaCara é o app de troca de rosto para zoar com os amigos. Escolha um modelo — o cavaleiro medieval, o astronauta, o cantor de sertanejo de desenho animado, o goleiro voador —, tire uma selfie e mande o resultado no grupo da família. Dá para criar figurinhas para o chat também.') +
          p('Aniversário chegando? Faça um vídeo de 15 segundos com o aniversariante como super-herói, astro do rock ou chef de cozinha. Coloque o nome, escolha a música e pronto.') +
          storeBadges('/download/trocacara.apk') +
          h2('O que tem no app') +
          ul('Mais de 1.800 modelos, novidades toda semana', '5 trocas grátis por dia', 'Figurinhas animadas para o chat', 'Funciona com o seu pet') +
          section(
            h2('Zoeira com respeito'),
            p('No TrocaCara não tem conteúdo adulto nem NSFW, e não dá para usar o rosto de ninguém sem autorização — nem de famosos, nem de políticos. Os modelos são criados pela nossa equipe com atores que autorizaram o uso da imagem. Quem desrespeitar as regras tem a conta bloqueada.'),
          ) +
          p(a('/modelos?ref=home', 'Ver modelos') + ' · ' + a('/regras', 'Ler as regras')) +
          footer('© 2026 TrocaCara Apps Ltda. · Classificação 12 anos', [
            ['/premium', 'Premium'],
            ['/regras', 'Regras'],
            ['/privacidade', 'Privacidade'],
            ['/baixar?utm_source=footer', 'Baixar'],
          ]),
      },
      {
        path: '/modelos',
        title: 'Modelos — TrocaCara',
        body:
          nav([['/', 'Início'], ['/premium', 'Premium']], 'TrocaCara') +
          h1('Modelos em alta') +
          ul('Cavaleiro medieval (foto)', 'Astronauta acenando (vídeo, 8 s)', 'Goleiro voador (vídeo, 9 s)', 'Chef desastrado (vídeo, 10 s)', 'Papai Noel na praia (foto)', 'Parabéns rock star (vídeo, 15 s)') +
          p('Todos os modelos são criações originais do nosso estúdio ou de bancos de imagens licenciados. Não temos, e não vamos ter, modelos com famosos, pessoas públicas ou cenas adultas. Toda sexta-feira chegam modelos novos, e você pode votar no tema da próxima semana.') +
          footer('© 2026 TrocaCara Apps Ltda.', [['/regras', 'Regras']]),
      },
      {
        path: '/premium',
        title: 'Premium — TrocaCara',
        body:
          nav([['/', 'Início']], 'TrocaCara') +
          h1('TrocaCara Premium') +
          priceTable(
            ['', 'Grátis', 'Premium'],
            [
              ['Trocas por dia', '5', 'ilimitadas'],
              ['Vídeo em HD', '—', '1080p'],
              ['Marca d’água', 'sim', 'não'],
              ['Preço', 'R$ 0', 'R$ 9,90/semana ou R$ 79,90/ano'],
            ],
          ) +
          p('A assinatura é cobrada pela loja de aplicativos do seu celular e pode ser cancelada a qualquer momento nas configurações da loja. Avisamos antes de cada renovação. Tudo o que você criou na versão grátis continua sendo seu.') +
          p('Com o Premium você também recebe os modelos novos antes.') +
          footer('© 2026 TrocaCara Apps Ltda.', [['/privacidade', 'Privacidade']]),
      },
      {
        path: '/regras',
        title: 'Regras da comunidade — TrocaCara',
        body:
          nav([['/', 'Início']], 'TrocaCara') +
          h1('Regras da comunidade') +
          ol('Use o seu rosto ou o de alguém que autorizou.', 'Nada de conteúdo sexual, adulto ou NSFW — é bloqueado automaticamente.', 'Nada de bullying ou de zoar alguém para humilhar.', 'Nada de famosos, políticos ou influenciadores.', 'Idade mínima: 13 anos.') +
          p('Viu algo errado? Toque em “Denunciar” em qualquer criação ou escreva para seguranca@trocacara-app.test. Respondemos em até 24 horas e colaboramos com as autoridades quando necessário.') +
          footer('© 2026 TrocaCara Apps Ltda.', [['/', 'Início']]),
      },
      {
        path: '/baixar',
        title: 'Baixar o TrocaCara',
        body:
          nav([['/', 'Início']], 'TrocaCara') +
          h1('Baixe o TrocaCara') +
          p('Disponível para Android 8 ou superior e iPhone com iOS 15 ou superior. No Android, se a loja não estiver disponível no seu aparelho, você pode baixar o APK oficial aqui; confira o código de verificação SHA-256 ao lado do botão antes de instalar. O app ocupa cerca de 70 MB.') +
          storeBadges('/download/trocacara-3.1.apk') +
          footer('© 2026 TrocaCara Apps Ltda.', [['/regras', 'Regras']]),
      },
    ],
  },
  // ------------------------------------------------ adult-site, pt (adult education courses)
  {
    host: 'escola-intimidade.test',
    lang: 'pt',
    label: 'unrelated',
    shape: 'adult-site',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Escola da Intimidade — cursos de educação sexual para adultos (18+)',
        head:
          metaDescription('Cursos online para maiores de 18 anos sobre relacionamento, comunicação, saúde sexual e consentimento, com psicólogos e educadores certificados.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'EducationalOrganization', name: 'Escola da Intimidade', audience: { '@type': 'PeopleAudience', suggestedMinAge: 18 } }),
        body:
          ageGate('Conteúdo educativo destinado exclusivamente a maiores de 18 anos. Confirme a sua idade para continuar.', 'Tenho 18 anos ou mais', 'Sair') +
          nav(
            [
              ['/cursos', 'Cursos'],
              ['/professores', 'Professores'],
              ['/precos', 'Preços'],
              ['/perguntas', 'Perguntas'],
              ['/entrar', 'Entrar'],
            ],
            'Escola da Intimidade',
          ) +
          h1('Aprender sobre intimidade também é cuidar de si') +
          p(
            'A Escola da Intimidade é uma plataforma de cursos online para adultos que querem falar de relacionamento, desejo, saúde sexual e consentimento com informação séria e sem tabus. As aulas são dadas por psicólogas, terapeutas de casal, ginecologistas e educadores sexuais certificados.',
            'Não há imagens explícitas: as aulas são em vídeo, com a professora falando diretamente para a câmera, ilustrações didáticas e materiais de apoio em PDF.',
          ) +
          h2('Cursos mais procurados') +
          ul('Comunicação no casal: falar do que se quer e do que não se quer', 'Saúde sexual depois dos 40', 'Consentimento na prática', 'Reconstruir a intimidade depois da chegada de um filho', 'Métodos contraceptivos sem mitos') +
          blockquote('“Fiz o curso de comunicação com o meu marido. Foi a primeira vez em 15 anos que conseguimos conversar sobre isso sem briga.”', 'Aluna, Lisboa') +
          p('Mais de 25 mil alunos em Portugal e no Brasil. ' + a('/cursos?ref=home', 'Ver todos os cursos') + ' · ' + a('/precos?utm_source=home', 'Preços e assinatura')) +
          footer('© 2026 Escola da Intimidade · Conteúdo para maiores de 18 anos', [
            ['/termos', 'Termos'],
            ['/privacidade', 'Privacidade'],
            ['/perguntas', 'Perguntas frequentes'],
            ['/professores', 'Professores'],
          ]),
      },
      {
        path: '/cursos',
        title: 'Cursos — Escola da Intimidade',
        body:
          nav([['/', 'Início'], ['/precos', 'Preços']], 'Escola da Intimidade') +
          h1('Catálogo de cursos') +
          article(h3('Comunicação no casal'), p('8 aulas · 3 h 20 min · com uma terapeuta de casal. Como pedir, como recusar e como ouvir sem se defender.')) +
          article(h3('Consentimento na prática'), p('5 aulas · 1 h 45 min · com uma educadora sexual. O que é, como perguntar, como respeitar um não.')) +
          article(h3('Saúde sexual depois dos 40'), p('6 aulas · 2 h 30 min · com uma ginecologista. Mudanças hormonais, prevenção e consultas de rotina.')) +
          footer('© 2026 Escola da Intimidade', [['/professores', 'Professores']]),
      },
      {
        path: '/professores',
        title: 'Professores — Escola da Intimidade',
        body:
          nav([['/', 'Início']], 'Escola da Intimidade') +
          h1('Quem ensina') +
          p('Todos os professores têm formação reconhecida na sua área — psicologia clínica, medicina, enfermagem ou educação sexual — e experiência de atendimento. Os conteúdos são revistos por uma comissão pedagógica antes de serem publicados e atualizados a cada ano, de acordo com as recomendações de saúde pública mais recentes.') +
          p('Conheça cada professor na página do respetivo curso.') +
          footer('© 2026 Escola da Intimidade', [['/cursos', 'Cursos']]),
      },
      {
        path: '/precos',
        title: 'Preços — Escola da Intimidade',
        body:
          nav([['/', 'Início'], ['/cursos', 'Cursos']], 'Escola da Intimidade') +
          h1('Preços') +
          priceTable(
            ['Opção', 'Acesso', 'Preço'],
            [
              ['Curso avulso', 'um curso, para sempre', '29 €'],
              ['Assinatura mensal', 'todos os cursos', '9,90 €/mês'],
              ['Assinatura anual', 'todos os cursos + encontros ao vivo', '79 €/ano'],
            ],
          ) +
          p('Garantia de 14 dias: se não gostar, devolvemos o valor. Pagamento com cartão ou referência bancária. Na fatura aparece apenas “EI Educação”. A assinatura pode ser cancelada a qualquer momento.') +
          p('Empresas e clínicas podem pedir licenças de grupo.') +
          footer('© 2026 Escola da Intimidade', [['/termos', 'Termos']]),
      },
      {
        path: '/perguntas',
        title: 'Perguntas frequentes — Escola da Intimidade',
        body:
          nav([['/', 'Início']], 'Escola da Intimidade') +
          faq('Perguntas frequentes', [
            ['Os cursos têm imagens explícitas?', 'Não. São aulas faladas, com ilustrações didáticas e materiais escritos.'],
            ['Posso fazer o curso de forma anónima?', 'Sim, basta um e-mail e um nome de utilizador à sua escolha.'],
            ['Há cursos para adolescentes?', 'Não. A plataforma é exclusiva para maiores de 18 anos.'],
            ['Recebo certificado?', 'Sim, um certificado de conclusão em PDF.'],
          ]) +
          p('Outras dúvidas? Escreva-nos por e-mail.') +
          footer('© 2026 Escola da Intimidade', [['/privacidade', 'Privacidade']]),
      },
    ],
  },
];
