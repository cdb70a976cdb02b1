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
  section,
  storeBadges,
  stripe,
  ul,
  upload,
  type CorpusSite,
} from '../site-kit.js';

const AUTHOR = 'nud-a';

export const sites: CorpusSite[] = [
  // 1. saas, claim + upload on the home page, card payments, Google sign-in
  {
    host: 'shedly.test', lang: 'en', label: 'nudify', shape: 'saas', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Shedly – AI Undress Tool | Remove Clothes From Any Photo in Seconds',
        head:
          metaDescription('Shedly is the fastest AI undress tool online. Upload a photo, pick a mode and get a nude version in under 10 seconds. 3 free credits on sign-up.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'WebApplication', name: 'Shedly', applicationCategory: 'MultimediaApplication', operatingSystem: 'Web', offers: { '@type': 'Offer', price: '9.99', priceCurrency: 'USD' }, aggregateRating: { '@type': 'AggregateRating', ratingValue: '4.7', ratingCount: '2318' } }) +
          stripe('pk_live_51Shedly0000fixture') + oneTap('1188-shedly.apps.googleusercontent.com') + gtag('G-SHEDLY01'),
        body:
          cookieBanner('We use cookies to keep you signed in and to measure traffic. By continuing you accept our cookie policy.', 'Accept all', 'Only necessary') +
          nav([['/pricing?ref=nav', 'Pricing'], ['/how-it-works', 'How it works'], ['/faq', 'FAQ'], ['/login', 'Sign in']], 'Shedly') +
          h1('Undress any photo with AI') +
          p('Shedly removes clothes from photos automatically. Our model was trained on millions of images, so results look natural – no Photoshop skills, no waiting, no watermark on paid plans.') +
          upload('Drop a photo here (JPG, PNG, WEBP, max 10 MB)', '/generate', 'Undress now') +
          p('By uploading you confirm the person in the photo is an adult and has agreed to this. We never store your uploads longer than 24 hours.') +
          button('Continue with Google') +
          h2('Why people choose Shedly') +
          ul('<b>4K output</b> – sharp results, 2x upscale included on Pro', '<b>3 modes</b> – Nude, Bikini and Lingerie', '<b>Private</b> – auto-delete after 24h, no gallery, no public feed', '<b>Fast</b> – average render time 7 seconds on our GPU cluster', '<b>Batch</b> – up to 20 photos at once on the Studio plan') +
          h2('3 simple steps') +
          ol('Upload a clear photo of one person, front facing works best', 'Choose a mode and the strength of the effect', 'Download your result in HD or 4K') +
          img(1, 'before and after preview (blurred)') +
          h2('What users say') +
          blockquote('Tried four of these sites, Shedly is the only one that got the lighting right. Worth the credits.', '– Marc, Pro user') +
          blockquote('Super quick and the auto-delete gives me peace of mind.', '– verified buyer') +
          faq('Quick questions', [
            ['Is it free?', 'Every new account gets 3 free credits. After that you can buy a credit pack or a monthly plan.'],
            ['Do you keep my photos?', 'No. Uploads and results are deleted automatically after 24 hours.'],
          ]) +
          footer('© 2026 Shedly Labs. All rights reserved. 18+ only.', [['/terms', 'Terms'], ['/privacy', 'Privacy'], ['/faq', 'FAQ'], ['/pricing?utm_source=footer', 'Pricing']]),
      },
      {
        path: '/pricing',
        title: 'Pricing – Shedly',
        body:
          nav([['/', 'Home'], ['/faq', 'FAQ']], 'Shedly') +
          h1('Simple credit pricing') +
          p('1 credit = 1 undressed photo in HD. 4K and batch use 2 credits. Credits never expire. Subscriptions renew monthly and can be cancelled anytime from your dashboard.') +
          priceTable(['Plan', 'Price', 'Credits', 'Extras'], [
            ['Starter', '$9.99 one-time', '40 credits', 'HD, no watermark'],
            ['Pro', '$24.99 / month', '150 credits / month', '4K, all modes, priority queue'],
            ['Studio', '$59 / month', '500 credits / month', 'Batch 20x, API beta access'],
          ]) +
          p('We accept Visa, Mastercard, Apple Pay and Google Pay. Payments are processed securely; the charge shows up as a neutral descriptor on your statement.') +
          button('Buy credits') +
          footer('© 2026 Shedly Labs', [['/terms', 'Terms'], ['/privacy', 'Privacy']]),
      },
      {
        path: '/how-it-works',
        title: 'How Shedly works',
        body:
          nav([['/', 'Home'], ['/pricing', 'Pricing']], 'Shedly') +
          h1('How our AI undress engine works') +
          p('When you upload a photo, Shedly first detects the person and the clothing area. A diffusion model then repaints that area so the image looks like a nude version of the original, keeping the pose, background and lighting. The Bikini and Lingerie modes repaint only part of the outfit.') +
          p('The whole process runs on our own GPUs. Nothing is sent to third parties and there is no human review of your images. For best results use a well lit photo with one person and avoid heavy filters.') +
          footer('© 2026 Shedly Labs', [['/faq', 'FAQ']]),
      },
      {
        path: '/faq',
        title: 'FAQ – Shedly',
        head: jsonLd({ '@context': 'https://schema.org', '@type': 'FAQPage', mainEntity: [{ '@type': 'Question', name: 'Can I get a refund?', acceptedAnswer: { '@type': 'Answer', text: 'Unused credits can be refunded within 7 days.' } }] }),
        body:
          nav([['/', 'Home'], ['/pricing', 'Pricing']], 'Shedly') +
          faq('Frequently asked questions', [
            ['Can I get a refund?', 'Unused credits can be refunded within 7 days of purchase. Used credits are not refundable.'],
            ['Which photos work best?', 'Front facing, one person, good light, resolution above 512px. Group photos are not supported yet.'],
            ['Is it anonymous?', 'You can sign in with Google or with an email address. We do not show your name on invoices.'],
            ['Am I allowed to upload anyone?', 'You must only upload photos of yourself or of adults who gave you permission. Misuse violates our terms.'],
            ['Why did my result fail?', 'Very small or blurry images fail. Failed renders are refunded automatically.'],
          ]) +
          footer('© 2026 Shedly Labs', [['/terms', 'Terms']]),
      },
      {
        path: '/terms',
        title: 'Terms of Service – Shedly',
        body:
          h1('Terms of Service') +
          p('By using Shedly you confirm that you are at least 18 years old. You are solely responsible for the images you upload and for having the consent of every person shown. Shedly Labs is not responsible for how generated images are used. Accounts that break these rules are closed without refund. These terms are governed by the laws of the country where Shedly Labs is registered. We may change these terms at any time; continued use means you accept the new version.') +
          footer('© 2026 Shedly Labs'),
      },
    ],
  },

  // 2. saas, claim on home, upload only behind /app, crypto only
  {
    host: 'opticpeel.test', lang: 'en', label: 'nudify', shape: 'saas', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'OpticPeel — x-ray AI for photos. No KYC, crypto only',
        head: metaDescription('OpticPeel: AI x-ray and clothing removal. Pay with BTC, USDT or XMR. No account needed, no logs.'),
        body:
          nav([['/app', 'Launch app'], ['/plans', 'Plans'], ['/faq', 'FAQ'], ['https://t.me/opticpeel_news', 'Telegram']], 'OPTICPEEL') +
          h1('See through clothes. Literally.') +
          p(`OpticPeel is an AI x-ray tool. Feed it any picture and it generates what's under the outfit. No signup, no email, no KYC — you get an access key, top it up with crypto, done.`) +
          section(
            h2('Modes'),
            ul('X-RAY — full clothing removal', 'SHEER — makes fabric see-through', 'SWIM — turns any outfit into swimwear', 'CUSTOM — describe the result you want with a prompt (beta)'),
          ) +
          section(
            h2('How it works'),
            ol('Get a free access key on the app page', 'Top up with BTC / LTC / USDT (TRC20) / XMR', 'Upload, pick a mode, download. That\'s it.'),
          ) +
          p('Average processing time: 12s. Output up to 2048px. Results are stored encrypted for 1 hour then wiped.') +
          h2('Why crypto?') +
          p('Card processors keep banning AI services like ours. Crypto keeps us online and keeps you anonymous. We never ask for your name.') +
          h2('Privacy first') +
          p('We do not use analytics, trackers or third-party fonts. The site works with JavaScript disabled except for the upload page. Your access key is the only thing that links you to your balance.') +
          blockquote('no account, paid in usdt, had my result in 15 sec. exactly what it says', 'anon, via Telegram') +
          blockquote('x-ray mode is scary good lol', 'user #4471') +
          p(a('/app?ref=hero', 'Start now – first 2 renders free →')) +
          footer('OpticPeel © 2026. For adults 18+. Use responsibly, you are responsible for the content you upload.', [['/plans', 'Plans'], ['/faq', 'FAQ'], ['/app?ref=footer', 'App'], ['/tos', 'ToS']]),
      },
      {
        path: '/app',
        title: 'OpticPeel App',
        head: cryptoCheckout(),
        body:
          h1('OpticPeel app') +
          p('Your access key: <code>OP-XXXX-XXXX</code> (save it, we cannot recover it). Balance: 2 free renders.') +
          upload('Choose image', '/api/render', 'Peel it') +
          p('Mode: X-RAY / SHEER / SWIM / CUSTOM. Strength: low, medium, max. Each render costs 1 token; CUSTOM costs 2 tokens.') +
          button('Top up with crypto') +
          p('Top-ups are credited after 1 network confirmation (BTC 2). Lost your key? Without the key your balance is gone, sorry.') +
          p('Tips for better results: use a sharp photo, one person, no heavy beauty filters. SHEER works best on light fabrics, X-RAY on anything. If the result looks off, try strength medium first.'),
      },
      {
        path: '/plans',
        title: 'Plans — OpticPeel',
        body:
          h1('Token packs') +
          priceTable(['Pack', 'Tokens', 'Price', 'Per render'], [
            ['Mini', '10', '$6', '$0.60'],
            ['Regular', '50', '$22', '$0.44'],
            ['Heavy', '200', '$69', '$0.35'],
            ['Unlimited 30d', '∞ (fair use 1500)', '$99', '—'],
          ]) +
          p('Accepted: BTC, ETH, LTC, USDT TRC20/ERC20, XMR. 5% bonus tokens when paying in Monero. Tokens do not expire. No refunds on crypto payments, but failed renders are always returned to your balance.') +
          p('Payment steps: open the app, press Top up, pick a pack, send the exact amount to the address shown. The widget detects your payment by itself, you do not need to send us a transaction hash. Underpaid? The difference is converted to tokens anyway.'),
      },
      {
        path: '/faq',
        title: 'FAQ — OpticPeel',
        body:
          faq('FAQ', [
            ['Do you store images?', 'Encrypted for 1 hour, then deleted. No logs of IPs are kept.'],
            ['Can I pay with card?', 'Not at the moment. Use any exchange or a swap service to get USDT or BTC.'],
            ['Does it work on anime / drawings?', 'Yes but results are best on real photos.'],
            ['Why did I get a blurry result?', 'Low resolution source. Try a bigger image, at least 768px on the short side.'],
            ['Is this legal?', 'You must only upload images of adults who have consented. We do not moderate uploads, so the responsibility is yours.'],
          ]),
      },
    ],
  },

  // 3. saas, home page is a JS app shell, Discord sign-in
  {
    host: 'unclad-ai.test', lang: 'en', label: 'nudify', shape: 'saas', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Unclad AI',
        jsOnly: true,
        head: metaDescription('Unclad AI – the undress generator built by the community. Join 33k members on Discord.') + gtag('G-UNCLAD99'),
        body:
          nav([['/pricing', 'Pricing'], ['/discord', 'Discord'], ['/changelog', 'Changelog'], ['/signin', 'Sign in']], 'Unclad') +
          h1('The undress generator built with its community') +
          p('Unclad AI turns any photo into an undressed version with one click. Version 3.2 is live with better hands, better backgrounds and a new lingerie mode. Sign in with Discord to get your daily free generations.') +
          button('Sign in with Discord') +
          button('Sign in with Google') +
          upload('Upload image', '/v3/generate', 'Generate') +
          h2('Features') +
          ul('Daily free generations for Discord members', 'Nude, lingerie, bikini and "custom outfit" modes', 'Inpaint brush — choose exactly which area to change', 'HD upscale 2x / 4x', 'Private history, delete anytime') +
          h2('How it works') +
          ol('Sign in with Discord or Google', 'Upload a photo and choose a mode', 'Use the brush if you want to keep parts of the outfit', 'Download in HD or upscale 4x') +
          h2('Loved by 33k members') +
          blockquote('The inpaint brush is a game changer, way more control than other tools.', 'discord user') +
          blockquote('Fast updates, devs actually listen in the suggestions channel.', 'discord user') +
          h2('Questions?') +
          p('Most answers are in the #faq channel on our Discord. Support is 24/7 via ticket bot. Refunds for unused credits within 14 days.') +
          p('Unclad AI is for adults only. Only upload images you have the right to use and of people who agreed. Violations = permanent ban.') +
          footer('© 2026 Unclad AI', [['/pricing', 'Pricing'], ['/changelog', 'Changelog'], ['/legal', 'Legal'], ['/discord?utm_source=site&utm_medium=footer', 'Discord']]),
      },
      {
        path: '/pricing',
        title: 'Unclad AI – Pricing',
        body:
          h1('Pricing') +
          p('Free members get 5 generations a day in standard quality. Upgrade for HD, no queue and all modes.') +
          priceTable(['', 'Free', 'Plus', 'Ultra'], [
            ['Price', '$0', '$12.90 / mo', '$29.90 / mo'],
            ['Generations', '5 / day', '300 / mo', '1000 / mo'],
            ['Quality', 'SD', 'HD', 'HD + 4x upscale'],
            ['Modes', 'Bikini', 'All modes', 'All modes + custom'],
            ['Queue', 'Shared', 'Priority', 'Instant'],
          ]) +
          p('Pay by card or crypto. Yearly plans get 2 months free. Discord boosters get 10% off Plus and Ultra, just link your account before checkout.') +
          p('Credits do not roll over to the next month. Unused credits can be refunded within 14 days of purchase, used credits cannot. Cancel your plan anytime in Settings → Billing; you keep access until the end of the period.') +
          button('Upgrade'),
      },
      {
        path: '/changelog',
        title: 'Changelog – Unclad AI',
        body:
          h1('Changelog') +
          h3('v3.2') + p('New lingerie mode, improved skin tones across lighting conditions, fewer artifacts on backgrounds, 20% faster renders.') +
          h3('v3.1') + p('Inpaint brush for Plus and Ultra. History can now be wiped with one button. Discord daily rewards.') +
          h3('v3.0') + p('Completely new undress model trained from scratch. 4x upscaler. New queue system so free users wait less at night.') +
          p('Coming next: video mode (short clips) for Ultra, batch uploads, and a mobile layout for the inpaint brush. Vote in #roadmap on Discord.'),
      },
      {
        path: '/discord',
        title: 'Join our Discord – Unclad AI',
        body:
          h1('Join the Unclad Discord') +
          p('Get daily free generations, vote on new modes, share feedback and get support 24/7. Link your Discord account on the sign in page to receive the Member role automatically. Please read the rules channel first: no sharing of results of people who did not consent, no personal info, no spam.') +
          p(a('https://discord.gg/unclad-fixture', 'Open Discord invite')) +
          p('Members with the Supporter role get early access to new models and a private feedback channel.'),
      },
    ],
  },

  // 4. saas, subscription only, no upload field visible; age gate; consent disclaimer
  {
    host: 'silkoff.test', lang: 'en', label: 'nudify', shape: 'saas', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'SilkOff — Premium AI Clothing Remover',
        head: metaDescription('SilkOff Premium: AI clothing remover with studio quality. Members only. 18+.') + stripe('pk_live_silkoff_fixture'),
        body:
          ageGate('SilkOff contains AI tools for adults. Are you 18 or older?', 'Yes, I am 18+', 'Leave') +
          nav([['/membership', 'Membership'], ['/gallery-rules', 'Rules'], ['/support', 'Support'], ['/members/login', 'Members login']], 'SilkOff') +
          h1('Studio-quality AI clothing removal. Members only.') +
          p('SilkOff is not another free tool full of ads. It is a private members club for people who want the best AI undress results available: our own fine-tuned model, manual quality presets, and results that keep the original photo\'s style.') +
          h2('Membership includes') +
          ul('Unlimited standard renders', '60 premium renders per month (8K-ready upscaling)', 'Outfit modes: nude, lingerie, swimwear, sheer', 'Private vault with PIN lock', 'Priority e-mail support, response within 4 hours') +
          h2('Our consent policy') +
          p('We take consent seriously. Before every render you confirm that the person is an adult and that you have permission to edit their image. Members who break this rule lose access. We cooperate with valid legal requests.') +
          h2('Reviews') +
          blockquote('Expensive, but you see the difference. The premium renders are in another league.', 'Member since 2025') +
          blockquote('Finally a service without pop-ups and fake buttons.', 'Member') +
          h2('How it works for members') +
          ol('Log in to the members area', 'Upload a photo and confirm consent', 'Choose outfit mode and preset', 'Download from your private vault') +
          p('Membership from $19.95 per month. Cancel online in two clicks. Discreet billing.') +
          button('Become a member') +
          footer('SilkOff © 2026 · Discreet billing · 18+', [['/membership', 'Membership'], ['/support', 'Support'], ['/gallery-rules', 'Rules'], ['/privacy', 'Privacy']]),
      },
      {
        path: '/membership',
        title: 'Membership — SilkOff',
        body:
          h1('Choose your membership') +
          priceTable(['Term', 'Price', 'Premium renders', 'Saving'], [
            ['1 month', '$19.95', '60 / month', '—'],
            ['3 months', '$49.95', '60 / month', '17%'],
            ['12 months', '$149', '80 / month', '38%'],
          ]) +
          p('All plans include unlimited standard renders of the clothing remover. Billing appears as "SO Digital Services". Visa, Mastercard and Amex accepted. Renewals can be stopped anytime; access runs until the end of the paid term. Refunds are possible within 48 hours if you have not used any premium render.') +
          button('Continue to secure checkout'),
      },
      {
        path: '/gallery-rules',
        title: 'Rules — SilkOff',
        body:
          h1('House rules') +
          ol('Members must be 18+.', 'Only edit photos of yourself or of adults who agreed to it.', 'Do not publish results of other people online.', 'Sharing your account is not allowed; one login per member.', 'We delete accounts that break these rules, without refund.') +
          p('Reports about misuse can be sent to our abuse desk through the support page. We review every report within 72 hours.'),
      },
      {
        path: '/support',
        title: 'Support — SilkOff',
        body:
          h1('Support') +
          faq('Help center', [
            ['How do I cancel?', 'Members area → Billing → Stop renewal. You keep access until the end of your term.'],
            ['My render looks wrong', 'Use a photo with a single person and good light. Send us the render ID and we credit it back.'],
            ['How private is the vault?', 'Vault items are encrypted with your PIN. We cannot see them.'],
          ]) +
          p('Still stuck? Write to support via the contact form in the members area. We answer within 4 hours, 7 days a week.'),
      },
    ],
  },

  // 5. app-landing, APK + store badges, weekly VIP
  {
    host: 'peelcam-app.test', lang: 'en', label: 'nudify', shape: 'app-landing', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'PeelCam – AI Undress Camera App for Android & iOS',
        head: metaDescription('Download PeelCam, the AI camera that removes clothes from photos. 3 free scans a day, VIP weekly.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'MobileApplication', name: 'PeelCam', operatingSystem: 'Android, iOS', offers: { '@type': 'Offer', price: '4.99', priceCurrency: 'USD' }, aggregateRating: { '@type': 'AggregateRating', ratingValue: '4.5', ratingCount: '12040' } }),
        body:
          nav([['/download', 'Download'], ['/vip', 'VIP'], ['/help', 'Help']], 'PeelCam') +
          h1('PeelCam — the undress camera in your pocket') +
          p('Point, shoot, peel. PeelCam uses on-device AI plus our cloud engine to turn any photo from your gallery or camera into a nude or swimwear version. 1M+ downloads, rated 4.5 stars.') +
          storeBadges('/download/peelcam-3.4.1.apk') +
          h2('Features') +
          ul('📷 Scan from camera or gallery', '⚡ Results in 5 seconds', '👙 Modes: Swimsuit, Lingerie, Nude (VIP)', '🔒 Hidden album with Face ID / fingerprint', '🌙 Dark mode and no ads for VIP') +
          h2('Free vs VIP') +
          p('Free users get 3 scans a day in Swimsuit mode with a small watermark. VIP members get unlimited scans, every mode, 4K export and no ads, from $4.99 a week.') +
          h2('How to install the APK') +
          ol('Tap “Download APK” above', 'Allow installs from unknown sources when Android asks', 'Open PeelCam and get 3 free scans every day') +
          p('Can\'t find us on the Play Store in your country? Store policies change often, so the APK from this site is always the latest version. iPhone users: use the web app and tap “Add to Home Screen”.') +
          h2('Reviews') +
          blockquote('⭐⭐⭐⭐⭐ Way faster than the websites. The hidden album is a must.', 'Google Play review') +
          blockquote('⭐⭐⭐⭐ VIP is worth it, nude mode is only for VIP though', 'App Store review') +
          footer('PeelCam © 2026 Peel Mobile Ltd. For users 18+.', [['/download', 'Download'], ['/vip?src=footer', 'VIP'], ['/help', 'Help'], ['/privacy', 'Privacy policy']]),
      },
      {
        path: '/download',
        title: 'Download PeelCam APK',
        body:
          h1('Download PeelCam 3.4.1') +
          p('Size: 38 MB. Requires Android 8.0 or later. Checksum published in our Telegram channel. Updates are delivered inside the app.') +
          storeBadges('/download/peelcam-3.4.1.apk') +
          p('What\'s new: better results on dark photos, new swimsuit styles, fixed crash on Android 14, VIP now includes 4K export.') +
          p('Older versions are not supported anymore. If the installer says the app is harmful, that is a generic warning for apps outside the store; tap “Install anyway”.'),
      },
      {
        path: '/vip',
        title: 'PeelCam VIP',
        body:
          h1('Go VIP') +
          priceTable(['VIP', 'Price', 'Includes'], [
            ['Weekly', '$4.99 / week', 'Unlimited scans, Nude mode, no ads'],
            ['Monthly', '$12.99 / month', 'Everything in Weekly + 4K export'],
            ['Lifetime', '$49.99 once', 'All features forever'],
          ]) +
          p('Purchases are handled by Google Play or the App Store in-app purchase system. On the APK version you can also pay by card in the app. Cancel your subscription in your store account settings at least 24 hours before renewal.') +
          p('Free users keep 3 scans a day in Swimsuit mode. VIP unlocks every mode, removes ads and waiting times.'),
      },
      {
        path: '/help',
        title: 'Help – PeelCam',
        body:
          faq('Help', [
            ['Are photos uploaded?', 'Scans are processed in our cloud and deleted after processing. The hidden album stays on your phone.'],
            ['How do I restore VIP?', 'Settings → Restore purchases. Use the same store account.'],
            ['Can I get a refund?', 'Refunds for in-app purchases are handled by Google or Apple under their rules.'],
            ['Who can I scan?', 'Only yourself or adults who said yes. Using PeelCam on others without consent is against our terms.'],
          ]),
      },
    ],
  },

  // 6. app-landing, iOS TestFlight + web app, coin packs in-app
  {
    host: 'getbarely.test', lang: 'en', label: 'nudify', shape: 'app-landing', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Barely — AI outfit eraser app',
        head: metaDescription('Barely is the AI outfit eraser app. Erase clothes, swap to bikini or go full nude mode. Get coins, get results.') + oneTap('7781-barely.apps.googleusercontent.com'),
        body:
          nav([['/get', 'Get the app'], ['/coins', 'Coins'], ['/safety', 'Safety'], ['/blog/v2-launch', 'What\'s new']], 'barely') +
          h1('Erase the outfit. Keep the vibe.') +
          p('barely is a mobile app that uses generative AI to erase clothes from photos. Choose from bikini, lingerie or full nude mode and get a result that keeps the original background, pose and light. Available as Android app, iOS TestFlight beta and progressive web app.') +
          a('/get?platform=android', 'Android') + ' ' + a('/get?platform=ios', 'iOS beta') + ' ' + a('/get?platform=web', 'Web app') +
          h2('Why barely') +
          ul('No watermark, even on free coins', '10 free coins every day you open the app', 'Undo brush to keep parts of the outfit', 'Private by design: no feed, no sharing buttons') +
          h2('How it works') +
          ol('Pick a photo from your camera roll', 'Choose a mode: bikini, lingerie or nude', 'Fix details with the undo brush', 'Save to your private album') +
          h2('Coins') +
          p('Every erase costs 2 coins, HD costs 3. Buy packs inside the app with Apple Pay, Google Pay or card. Big packs include bonus coins.') +
          h2('Creators love it') +
          blockquote('I use barely for my own photo sets, saves me hours of editing.', 'content creator') +
          blockquote('The undo brush is so smooth on the iPad version.', 'beta tester') +
          p('barely is rated 18+. You need to confirm your age when you open the app for the first time.') +
          footer('barely app © 2026', [['/get', 'Download'], ['/coins', 'Coins'], ['/safety', 'Safety'], ['/terms', 'Terms']]),
      },
      {
        path: '/get',
        title: 'Get barely',
        body:
          h1('Get the barely app') +
          storeBadges('/download/barely-latest.apk') +
          p('iOS: join the TestFlight beta with the invite link we send to your e-mail after sign-up. Web: open app.getbarely.test in Safari or Chrome and tap “Add to Home Screen” for a full-screen experience.') +
          p('Android users outside supported store regions can download the APK directly. Enable “install unknown apps” for your browser first.'),
      },
      {
        path: '/coins',
        title: 'Coins — barely',
        body:
          h1('Coin packs') +
          priceTable(['Pack', 'Coins', 'Bonus', 'Price'], [['Small', '50', '—', '$3.99'], ['Medium', '150', '+20', '$9.99'], ['Large', '400', '+80', '$19.99'], ['Mega', '1200', '+300', '$49.99']]) +
          p('Coins are bought in-app and never expire. One erase = 2 coins, HD erase = 3 coins, nude mode adds 1 coin. Refunds for store purchases follow Apple and Google rules.') +
          p('Tip: open the app every day to collect your 10 free coins, and invite friends with your code to earn 25 bonus coins each time one of them buys a pack. On the web app you can also pay with card through our own checkout, with the same prices.'),
      },
      {
        path: '/safety',
        title: 'Safety — barely',
        body:
          h1('Safety and consent') +
          p('barely is meant for editing your own photos or photos of adults who clearly agreed. When you upload, you confirm this. We automatically block some well-known public figures. Reports of misuse can be sent from the app menu and are reviewed within 72 hours. We remove accounts that abuse the app.') +
          p('Your uploads are processed on our servers and removed after 24 hours. The hidden gallery lives on your own device only.'),
      },
      {
        path: '/blog/v2-launch',
        title: 'barely 2.0 is here',
        body:
          h1('barely 2.0 is here') +
          p('Our biggest update yet: a new erase model that handles complex fabrics, a faster queue, and the long requested lingerie mode. We also added daily free coins and redesigned the hidden gallery. Update from the store or download the new APK on the get page. Thanks to our 40k beta testers for the feedback!') +
          p('Next up: a tablet layout and faster HD exports.'),
      },
    ],
  },

  // 7. mirror: moved, old domain blocked, join channel for next mirror
  {
    host: 'nudeforge-new.test', lang: 'en', label: 'nudify', shape: 'mirror', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'NudeForge — NEW DOMAIN — we moved',
        head: metaDescription('NudeForge has moved. This is the new official domain. Old domain blocked. Your account and credits are safe.'),
        body:
          nav([['/login', 'Login'], ['/credits', 'Credits'], ['/mirrors', 'Official mirrors']], 'NudeForge') +
          h1('⚠️ We moved! This is the new NudeForge') +
          p('Updated: this week. Please read before logging in.') +
          p('Our old domain nudeforge.test was blocked by several providers last week. Nothing else changed: same team, same AI undress engine, same accounts. Just log in here with your usual e-mail and password — your credits are still there.') +
          p('<b>Bookmark this page</b> and join our Telegram channel, where we always post the next mirror first if this one gets blocked too.') +
          p(a('https://t.me/nudeforge_official', 'Join @nudeforge_official for mirror updates')) +
          h2('Still the same NudeForge') +
          ul('Undress any photo in 10 seconds', 'Nude, bikini and underwear modes', 'Credits from $0.20 per image', 'Card and crypto payments') +
          upload('Upload a photo to test the new domain', '/forge', 'Forge') +
          h2('What happened?') +
          p('Complaints led to our old domain being blocked at DNS level by some internet providers and removed from search engines. Our servers were never touched and no data was lost. We expect more blocks, which is why we keep several mirrors ready.') +
          h2('Beware of fake copies') +
          p('Several sites copy our design and steal logins. The only official addresses are listed on the mirrors page and in our Telegram channel. We will never ask for your password by message.') +
          footer('NudeForge © 2024–2026 · 18+ · You are responsible for having consent of the people in your uploads.', [['/mirrors', 'Mirrors'], ['/credits', 'Credits'], ['/login', 'Login']]),
      },
      {
        path: '/mirrors',
        title: 'Official mirrors – NudeForge',
        body:
          h1('Official mirrors') +
          ul('nudeforge-new.test — main (you are here)', 'nf-mirror2.test — backup', 'Onion address — posted in Telegram only') +
          p('If a mirror does not load, your provider may be blocking it. Try another mirror, change DNS to a public resolver, or use a VPN. New mirrors are announced in the Telegram channel first, usually within a few hours of a block.') +
          p('Never trust mirror lists on forums or in search results, they are often phishing.'),
      },
      {
        path: '/credits',
        title: 'Credits – NudeForge',
        body:
          h1('Buy credits') +
          priceTable(['Credits', 'Price', 'Per image'], [['25', '$7', '$0.28'], ['100', '$22', '$0.22'], ['300', '$60', '$0.20']]) +
          p('Card payments may show as a different company name. If card payment fails in your country, pay with USDT or BTC – credits are added automatically after confirmation. Credits from the old domain carry over.') +
          p('Every new account on the new domain gets 3 free credits to try the undress engine. Invite codes from the old site still work.') +
          button('Pay with card') + button('Pay with crypto'),
      },
      {
        path: '/login',
        title: 'Login – NudeForge',
        body:
          h1('Log in') +
          p('Use the same e-mail and password as on the old domain. Forgot your password? The reset link will now come from our new address, check your spam folder. Accounts created with Google sign-in: click the Google button, it works on this domain too.') +
          button('Continue with Google') +
          p('Trouble logging in after the move? Message support in the Telegram channel with your account e-mail.'),
      },
    ],
  },

  // 8. mirror, short, letter-spaced evasive spelling
  {
    host: 'bareframe-2.test', lang: 'en', label: 'nudify', shape: 'mirror', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Bareframe mirror #2',
        body:
          cookieBanner('This mirror uses a cookie to remember your session. That is all.', 'OK') +
          nav([['/start', 'Start'], ['/prices', 'Prices'], ['/news', 'News']], 'BAREFRAME') +
          h1('Bareframe is back — mirror #2') +
          p('bareframe.test is blocked in the UK, Australia and some EU countries after a wave of complaints. We\'re not going anywhere. This is official mirror number 2. Everything works: logins, credits, history.') +
          p('If this address also stops working, go to our Telegram channel. We post every new domain there within 24 hours. Save it now: ' + a('https://t.me/bareframe_mirror', 't.me/bareframe_mirror') + '.') +
          h2('n u d i f y any photo') +
          p('For new visitors: Bareframe is an AI tool that removes clothing from photos. Upload a picture, choose full or partial mode, and download the result. New accounts get 1 free render, no card needed.') +
          ol('Open Start', 'Upload a photo', 'Choose mode: Full / Partial / Swimsuit', 'Download in HD') +
          h2('Payments') +
          p('Prices stay the same: from 10 USDT for 20 credits. Card payments are paused on this mirror because our processor got scared. Top up with crypto or buy a gift code from one of our resellers listed in the channel.') +
          p('Reminder: adults only, and only photos of people who agreed. We do not look at your images.') +
          footer('Bareframe · mirror 2 · 2026', [['/start', 'Start'], ['/prices', 'Prices'], ['/news', 'News']]),
      },
      {
        path: '/start',
        title: 'Start — Bareframe',
        body:
          nav([['/', 'Home'], ['/prices', 'Prices']], 'BAREFRAME') +
          h1('Start a render') +
          upload('Photo (one person, min 600px)', '/render', 'Render') +
          p('Mode: Full removal, Partial (top only), Swimsuit. Costs: Full 2 credits, Partial 1 credit, Swimsuit 1 credit. Your balance is shown top right after you log in. Renders are deleted after 6 hours.') +
          p('Not logged in? You can still do 1 free render in Partial mode. Results of free renders have a small watermark.') +
          footer('Bareframe · mirror 2 · 2026 · adults only', [['/', 'Home'], ['/start', 'Start'], ['/prices', 'Prices'], ['/news', 'News']]),
      },
      {
        path: '/prices',
        title: 'Prices — Bareframe',
        body:
          h1('Prices') +
          priceTable(['Credits', 'USDT', 'BTC'], [['20', '10 USDT', '≈ 0.00015 BTC'], ['60', '25 USDT', '≈ 0.00037 BTC'], ['150', '55 USDT', '≈ 0.0008 BTC']]) +
          p('Gift codes from resellers can be redeemed on your account page. Crypto top-ups are credited automatically after confirmation, usually in 5 to 20 minutes depending on the network. Questions? Telegram support is faster than e-mail.') +
          p('Resellers are listed in our channel only. Anyone else selling Bareframe codes is a scammer.') +
          footer('Bareframe · mirror 2 · 2026 · adults only', [['/', 'Home'], ['/start', 'Start'], ['/prices', 'Prices'], ['/news', 'News']]),
      },
      {
        path: '/news',
        title: 'News — Bareframe',
        body:
          h1('News') +
          h3('Mirror #2 online') + p('After the blocks on the main domain, mirror #2 is now the primary address. Accounts were migrated overnight, nobody lost credits.') +
          h3('Partial mode improved') + p('Partial mode now keeps jeans and skirts intact more reliably. Swimsuit mode got three new styles.') +
          h3('Card payments') + p('We are looking for a new card processor. Until then, crypto and gift codes only.') +
          footer('Bareframe · mirror 2 · 2026 · adults only', [['/', 'Home'], ['/start', 'Start'], ['/prices', 'Prices'], ['/news', 'News']]),
      },
    ],
  },

  // 9. innocent-home: neutral photo studio; undress only on /modes; upload on /studio
  {
    host: 'pixelmuse-studio.test', lang: 'en', label: 'nudify', shape: 'innocent-home', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'PixelMuse Studio — AI Photo Studio for Creators',
        head: metaDescription('PixelMuse Studio: AI headshots, background replacement, restyling and more. Professional photo edits in one click.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'Organization', name: 'PixelMuse Studio', url: 'https://pixelmuse-studio.test' }),
        body:
          cookieBanner('We use cookies for analytics and to remember your preferences.', 'Accept', 'Decline') +
          nav([['/modes', 'Modes'], ['/studio', 'Studio'], ['/pricing', 'Pricing'], ['/about', 'About']], 'PixelMuse') +
          h1('Your AI photo studio') +
          p('PixelMuse turns ordinary snapshots into professional images. Whether you need a new profile picture, a product shot or an artistic portrait, our AI modes do the heavy lifting in seconds.') +
          img(3, 'studio sample') +
          h2('What you can do') +
          ul('Professional headshots from a selfie', 'Replace or blur backgrounds', 'Restyle photos as oil painting, anime or film', 'Relight portraits', 'Upscale to 4K') +
          h2('How it works') +
          ol('Upload your photo in the Studio', 'Pick one of 20+ modes', 'Download your edit in full resolution') +
          h2('For every use case') +
          p('Creators use PixelMuse for thumbnails and profile pictures, small shops for product photos, and families to restore old prints. Each mode is tuned separately, so results look natural instead of filtered.') +
          h2('Trusted by creators') +
          blockquote('My LinkedIn picture came out better than the one I paid a photographer for.', 'Sara, marketing lead') +
          blockquote('The relight mode is brilliant for my product photos.', 'Etsy seller') +
          faq('FAQ', [
            ['Do I need an account?', 'You can try two modes without an account. Sign in with Google to save your edits.'],
            ['Which formats?', 'JPG, PNG, WEBP and HEIC up to 20 MB.'],
            ['Is my data safe?', 'Photos are processed on secured servers in the EU and deleted from the processing queue right after your edit is ready.'],
          ]) +
          footer('© 2026 PixelMuse Studio', [['/modes', 'Modes'], ['/pricing', 'Pricing'], ['/about', 'About'], ['/privacy', 'Privacy'], ['/terms', 'Terms']]),
      },
      {
        path: '/modes',
        title: 'All modes — PixelMuse Studio',
        body:
          nav([['/', 'Home'], ['/studio', 'Studio']], 'PixelMuse') +
          h1('All modes') +
          h3('Everyday') + ul('Headshot Pro', 'Background Swap', 'Relight', 'Upscale 4K', 'Restore old photo') +
          h3('Creative') + ul('Oil Painting', 'Anime', 'Film Look', 'Comic') +
          h3('After Dark (18+)') +
          p('Unlock with age verification. These modes are available on the Creator and Unlimited plans.') +
          ul('Undress — removes clothing and creates a nude version of the photo', 'Swimwear — replaces the outfit with a bikini', 'Lingerie — replaces the outfit with lingerie', 'Sheer — see-through fabric effect') +
          p('You must own the photo or have the consent of the adult shown. After Dark renders are never shown in the public examples.') +
          a('/studio?mode=undress', 'Try After Dark modes in the Studio'),
      },
      {
        path: '/studio',
        title: 'Studio — PixelMuse',
        head: oneTap('5520-pixelmuse.apps.googleusercontent.com'),
        body:
          h1('Studio') +
          upload('Upload photo', '/studio/render', 'Apply mode') +
          p('Select a mode from the list after uploading. Everyday modes cost 1 credit, Creative modes 1 credit, After Dark modes 3 credits and require a verified 18+ account. Renders are kept for 7 days in your history.') +
          p('Not sure which mode to choose? Browse the full list on the modes page. New modes are added every month.') +
          footer('© 2026 PixelMuse Studio', [['/', 'Home'], ['/modes', 'Modes'], ['/pricing', 'Pricing'], ['/privacy', 'Privacy']]),
      },
      {
        path: '/pricing',
        title: 'Pricing — PixelMuse Studio',
        body:
          h1('Plans') +
          priceTable(['Plan', 'Monthly', 'Credits', 'Modes'], [
            ['Basic', '$7', '50', 'Everyday + Creative'],
            ['Creator', '$19', '200', 'All modes incl. After Dark'],
            ['Unlimited', '$39', 'Unlimited*', 'All modes, priority'],
          ]) +
          p('*Fair use 3,000 renders per month. Card payments via our secure checkout. Cancel anytime.') +
          p('The After Dark modes (undress, swimwear, lingerie, sheer) are only included on Creator and Unlimited, after a one-time age check. Extra credits can be bought on every plan: 100 credits for $9. Refunds within 14 days for unused credits.') +
          footer('© 2026 PixelMuse Studio', [['/', 'Home'], ['/modes', 'Modes'], ['/pricing', 'Pricing'], ['/privacy', 'Privacy']]),
      },
      {
        path: '/about',
        title: 'About — PixelMuse Studio',
        body:
          h1('About PixelMuse') +
          p('PixelMuse Studio is built by a small remote team of photographers and machine learning engineers. We started in 2024 with one headshot model and now offer more than twenty AI modes used by creators in 40 countries. We believe great photos should not need an expensive studio.') +
          p('Questions or partnerships: use the contact form in your account.') +
          footer('© 2026 PixelMuse Studio', [['/', 'Home'], ['/modes', 'Modes'], ['/pricing', 'Pricing'], ['/privacy', 'Privacy']]),
      },
    ],
  },

  // 10. innocent-home: photo editor; claim only in /pricing and /faq; upload on /order
  {
    host: 'glowframe.test', lang: 'en', label: 'nudify', shape: 'innocent-home', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Glowframe | Smart AI Photo Editor',
        head: metaDescription('Glowframe is a smart AI photo editor: retouch, remove objects, enhance faces and restyle in one place.'),
        body:
          nav([['/features', 'Features'], ['/pricing', 'Pricing'], ['/faq', 'FAQ'], ['/order', 'Start editing']], 'Glowframe') +
          h1('Edit smarter, not harder') +
          p(`Glowframe is the AI photo editor that understands your pictures. Remove objects, fix lighting, smooth skin, change the sky or restyle a whole photo with a single instruction. No layers, no tutorials, no learning curve.`) +
          h2('Popular tools') +
          ul('Magic Eraser – remove objects and people', 'Face Enhance – sharpen blurry portraits', 'Sky Replace', 'Style Transfer', 'Outfit Editor – change what people wear in a photo') +
          h2('How it works') +
          ol('Upload any photo', 'Pick a tool or type an instruction', 'Download in full resolution') +
          h2('Built for speed') +
          p('Most edits finish in under 8 seconds. Work in your browser on any device, export in 4K, and keep a full history of every version.') +
          h2('Pricing that fits') +
          p('Free plan with 5 credits, Plus for everyday editing and Spicy+ for creators who want every option in the Outfit Editor. See the pricing page for details.') +
          h2('Happy users') +
          blockquote('I edit my travel photos in minutes now.', 'Jonas') +
          blockquote('Face Enhance rescued my old family photos.', 'Priya') +
          h2('Works everywhere') +
          p('Use Glowframe on your laptop, phone or tablet. Sign in with Google or Apple and your edits sync across devices automatically.') +
          p(`Start with 5 free credits – no card required.`) +
          a('/order?utm_source=home&utm_campaign=hero', 'Start editing') +
          footer('Glowframe © 2026 – Made for creators', [['/features', 'Features'], ['/pricing', 'Pricing'], ['/faq', 'FAQ'], ['/terms', 'Terms'], ['/privacy', 'Privacy']]),
      },
      {
        path: '/features',
        title: 'Features – Glowframe',
        body:
          h1('Features') +
          p('Magic Eraser removes unwanted objects. Face Enhance restores details. Sky Replace gives you golden hour on demand. Style Transfer turns photos into art. Outfit Editor changes clothes on any person: new colours, new styles, or different outfits entirely. Batch editing lets you apply one edit to a hundred photos at once.') +
          p('New in 2026: instruction editing. Type what you want changed and Glowframe does it.'),
      },
      {
        path: '/pricing',
        title: 'Pricing – Glowframe',
        head: stripe('pk_live_glowframe_fixture'),
        body:
          h1('Pricing') +
          priceTable(['', 'Free', 'Plus', 'Spicy+'], [
            ['Price', '$0', '$9.90 / month', '$19.90 / month'],
            ['Credits', '5', '120 / month', '300 / month'],
            ['Outfit Editor', 'Standard outfits', 'Standard outfits', 'Standard + NSFW outfits (undress, lingerie, nude)'],
            ['Export', '1080p', '4K', '4K'],
          ]) +
          p('Spicy+ unlocks the unrestricted Outfit Editor, which can remove clothing entirely. Adults only; age check at checkout. Pay by card, Apple Pay or Google Pay.') +
          p('All plans renew monthly and can be cancelled anytime from your account settings, no questions asked. Need more? Credit top-ups start at $4.90 for 50 credits.') +
          footer('Glowframe © 2026', [['/', 'Home'], ['/features', 'Features'], ['/pricing', 'Pricing'], ['/faq', 'FAQ']]),
      },
      {
        path: '/faq',
        title: 'FAQ – Glowframe',
        body:
          faq('FAQ', [
            ['What is Spicy+?', 'Spicy+ is our 18+ plan. It unlocks NSFW outfits in the Outfit Editor, including undress mode that creates a nude version of the photo.'],
            ['Can I get a refund?', 'Monthly plans can be refunded within 3 days if fewer than 10 credits were used.'],
            ['Do you keep my photos?', 'Edits are stored in your history until you delete them. Originals are deleted after 30 days.'],
            ['Any rules?', 'Only edit photos you own or of adults who consented.'],
          ]),
      },
      {
        path: '/order',
        title: 'Start editing – Glowframe',
        body:
          h1('Start editing') +
          upload('Choose a photo', '/editor/new', 'Open in editor') +
          p('After upload, pick a tool from the sidebar. The Outfit Editor shows NSFW options only if your account has the Spicy+ plan and a confirmed age. Free accounts get 5 credits to try standard tools.') +
          p('Supported formats: JPG, PNG, HEIC. Maximum 25 MB per photo. Your originals are deleted after 30 days, your edits stay in your history until you remove them.') +
          footer('Glowframe © 2026', [['/', 'Home'], ['/features', 'Features'], ['/pricing', 'Pricing'], ['/faq', 'FAQ']]),
      },
    ],
  },

  // 11. telegram-bot, Telegram Stars payments
  {
    host: 'peelbot.test', lang: 'en', label: 'nudify', shape: 'telegram-bot', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'PeelBot — undress bot for Telegram',
        head: metaDescription('PeelBot is a Telegram bot that undresses photos with AI. Send a photo, get the result. Pay with Telegram Stars.'),
        body:
          nav([['/commands', 'Commands'], ['/stars', 'Stars & prices'], ['/faq', 'FAQ']], 'PeelBot') +
          h1('Undress photos right inside Telegram') +
          p('No websites, no apps, no sign up. PeelBot lives in Telegram: send it a photo and a few seconds later it sends back a nude version. Everything happens in your private chat with the bot.') +
          p(a('https://t.me/PeelAIBot?start=site', 'Open @PeelAIBot in Telegram')) +
          h2('How it works') +
          ol('Open the bot and press Start', 'Send a photo (one person works best)', 'Choose a mode: 👙 bikini, 🩱 lingerie, 🔞 nude', 'Get the result in your chat, usually in 6–10 seconds') +
          p('Works with any photo from your gallery, a chat, or a channel – just forward it to the bot. Results come back in HD, without watermark for paid users.') +
          h2('Why a bot?') +
          ul('Works on every phone, tablet and desktop with Telegram', 'Nothing saved in your gallery unless you want it', 'Pay with Telegram Stars – no card details shared with us', 'Invite friends, get free generations') +
          h2('People say') +
          blockquote('so easy, I just forward pics to the bot', 'Telegram user') +
          blockquote('paying with stars is genius, took 2 seconds', 'Telegram user') +
          p('First 2 generations are free. After that, top up with Stars inside the bot.') +
          p('18+ only. By using the bot you confirm you have consent of the person in the photo.') +
          footer('PeelBot 2026 · not affiliated with Telegram', [['/commands', 'Commands'], ['/stars', 'Prices'], ['/faq', 'FAQ'], ['https://t.me/PeelAIBot?start=footer', 'Open bot']]),
      },
      {
        path: '/commands',
        title: 'Commands — PeelBot',
        body:
          h1('Bot commands') +
          ul('/start – start the bot and get 2 free generations', '/mode – choose bikini, lingerie or nude', '/balance – see your Stars balance', '/buy – buy generation packs with Stars', '/invite – your referral link (+3 free per friend)', '/delete – delete all your data') +
          p('Tip: send photos as “photo”, not as “file”, for faster processing. The bot deletes your uploads 1 hour after the result is sent.') +
          p('Use /help at any time.'),
      },
      {
        path: '/stars',
        title: 'Stars & prices — PeelBot',
        body:
          h1('Prices in Telegram Stars') +
          priceTable(['Pack', 'Generations', 'Stars'], [['Try', '5', '⭐ 75'], ['Regular', '25', '⭐ 300'], ['Big', '80', '⭐ 800'], ['VIP week', 'unlimited', '⭐ 1,000']]) +
          p('Stars are bought in Telegram with Apple Pay, Google Pay or card. We never see your payment details. Unused generations stay on your account forever.') +
          p('How to buy: type /buy, pick a pack, tap Pay and confirm with your Stars balance. If you have no Stars yet, Telegram lets you buy them in the same window.'),
      },
      {
        path: '/faq',
        title: 'FAQ — PeelBot',
        body:
          faq('FAQ', [
            ['The bot is not responding', 'During peak hours the queue can be long. If the bot was blocked, our backup bot is posted in the channel.'],
            ['Refunds?', 'Stars refunds follow Telegram rules. Failed generations are returned automatically.'],
            ['Is it private?', 'Only you and the bot see the chat. Use /delete to wipe your data.'],
            ['Can I use it in groups?', 'No, the bot works in private chats only.'],
          ]),
      },
    ],
  },

  // 12. telegram-bot with crypto top-up and referral program, Cyrillic look-alike in title
  {
    host: 'xrayme-bot.test', lang: 'en', label: 'nudify', shape: 'telegram-bot', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'XRayMe Bot — n\u0443de any pic in TG',
        body:
          ageGate('Adults only. This bot generates 18+ content. Continue?', 'I\'m 18+', 'Exit') +
          nav([['/referral', 'Earn'], ['/topup', 'Top up'], ['/rules', 'Rules']], 'XRayMe') +
          h1('XRayMe — the x-ray bot') +
          p('XRayMe is a Telegram bot with 3 engines: X-Ray (full undress), Swim and Costume. It is used by over 200,000 people every month. Send a photo → get the result. Fast, anonymous and cheap.') +
          p(a('https://t.me/XRayMe_robot', '▶ Start @XRayMe_robot')) + ' ' + p(a('https://t.me/XRayMe_robot?start=ref_site', 'Backup link')) +
          p('Works in 40+ languages. No registration, no e-mail, no phone number. Your photos are deleted from our servers 30 minutes after processing.') +
          h2('Engines') +
          ul('X-Ray v5 — full clothing removal, HD', 'Swim — replaces clothes with swimwear', 'Costume — 30 outfits (nurse, maid, police…)', 'Face fix — sharpen faces in the result') +
          h2('Pricing') +
          p('1 free try. After that: 10 photos for $3, 50 for $12, 200 for $39. Pay with crypto (USDT, TON, BTC) through CryptoBot, or with Telegram Stars.') +
          h2('How to use') +
          ol('Open the bot and press Start', 'Choose an engine', 'Send a photo', 'Receive the result in about 10 seconds') +
          h2('Earn with us') +
          p('Share your referral link and get 30% of every top-up your friends make, paid out in USDT. Top partners earn $1,000+ per month.') +
          p('Channel with updates and new backup bots: ' + a('https://t.me/xrayme_channel', '@xrayme_channel')) +
          footer('XRayMe © 2026', [['/referral', 'Referral program'], ['/topup', 'Top up'], ['/rules', 'Rules']]),
      },
      {
        path: '/topup',
        title: 'Top up — XRayMe',
        body:
          h1('How to top up') +
          ol('In the bot, press 💰 Balance', 'Choose a pack', 'Pay with CryptoBot (USDT, TON, BTC) or with Telegram Stars', 'Balance is added instantly') +
          priceTable(['Photos', 'USDT', 'Stars'], [['10', '3', '150'], ['50', '12', '600'], ['200', '39', '1950']]) +
          p('No refunds after photos are used. Technical failures are returned automatically to your balance.') +
          p('If the payment is stuck, send the invoice ID to support in the bot menu. Support answers in English and Russian, usually within one hour.') +
          footer('XRayMe © 2026', [['/', 'Home'], ['/topup', 'Top up'], ['/referral', 'Earn'], ['/rules', 'Rules']]),
      },
      {
        path: '/referral',
        title: 'Referral program — XRayMe',
        body:
          h1('Referral program') +
          p('Every user gets a personal link in the bot menu (🤝 Partners). When someone starts the bot with your link, they become your referral forever. You receive 30% of all their payments. Minimum payout 20 USDT, paid every Monday to your TRC20 wallet. Promote in chats, channels and forums — spam is not allowed and leads to a ban.') +
          p('Your stats are in the bot.'),
      },
      {
        path: '/rules',
        title: 'Rules — XRayMe',
        body:
          h1('Rules') +
          ol('Users must be 18+.', 'Upload only photos of adults who agreed.', 'Do not resell results.', 'Do not spam referral links.', 'Breaking rules = ban without refund.', 'One account per person; multi-accounts for free tries are banned.') +
          p('The administration is not responsible for what users upload or how they use generated images. By using the bot you accept these rules.') +
          p('Complaints and removal requests: write to the admin contact in @xrayme_channel.') +
          footer('XRayMe © 2026', [['/', 'Home'], ['/topup', 'Top up'], ['/referral', 'Earn'], ['/rules', 'Rules']]),
      },
    ],
  },
];
