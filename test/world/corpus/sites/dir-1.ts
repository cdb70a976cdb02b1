import {
  a,
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

/** A "Visit site" call to action pointing at a listed tool, with the directory's affiliate tag. */
const visit = (host: string, tag: string, text = 'Visit site'): string => a(`https://${host}/?${tag}`, text, 'rel="sponsored nofollow" target="_blank" class="btn"');

/** A t.me entry of a Telegram list. */
const tg = (handle: string, text = `@${handle}`): string => a(`https://t.me/${handle}`, text, 'rel="nofollow"');

export const sites: CorpusSite[] = [
  // 1 — en listicle, the article is the home page
  {
    host: 'pixelverdict.test', lang: 'en', label: 'directory', shape: 'listicle', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: '7 Best Undress AI Apps of 2026 (Tested & Ranked) | PixelVerdict',
        head: metaDescription('We tested the most talked-about undress AI apps of 2026. Prices, free trials, pros and cons of each tool, ranked.'),
        body:
          nav([['/', 'Home'], ['/best-face-swap-ai', 'Face Swap'], ['/methodology', 'How we test'], ['/about', 'About']], 'PixelVerdict') +
          cookieBanner('We use cookies and affiliate tracking to keep this site free.', 'OK', 'Settings') +
          h1('7 Best Undress AI Apps of 2026 (Tested &amp; Ranked)') +
          p(`Updated May 2026 · 9 min read · by the PixelVerdict team`, `There are dozens of "undress AI" tools now and most of them look the same from the outside. We signed up for fourteen, bought credits where we had to and kept the seven that actually worked. Links below are affiliate links — if you buy through them we may earn a commission at no extra cost to you.`) +
          h2('1. Sylkstrip — best overall') +
          img(1, 'Sylkstrip dashboard') +
          p(`Sylkstrip is a browser-based tool: users upload a photo, pick a mode (bikini, lingerie or full undress) and get a result in about 20 seconds. Output goes up to 2K and the queue is rarely busy.`) +
          ul('✅ Fast, clean interface', '✅ 5 free credits on sign-up', '❌ Watermark on free renders') +
          p('Price: from $9.99 / 100 credits') + visit('sylkstrip.test', 'ref=pixelverdict') +
          h2('2. Xraymuse — best for batch jobs') +
          p(`Xraymuse lets Pro members queue up to 20 images at once and has an "x-ray mode" slider. It also runs a Telegram bot for people who prefer chat.`) +
          ul('✅ Batch upload', '✅ Crypto accepted', '❌ Weekly plan only, no monthly') +
          p('Price: $6.90 / week') + visit('xraymuse.test', 'aff=pv7') +
          h2('3. Unveilo — best free trial') +
          p(`Unveilo gives three free generations a day without a card. The paid tier removes the blur and unlocks HD.`) +
          ul('✅ Real free tier', '❌ Slower at peak hours') +
          p('Price: free / $14.99 a month') + visit('unveilo.test', 'ref=pixelverdict&amp;utm_campaign=list2026') +
          h2('4. Barelume') +
          p(`Barelume is an app rather than a website; it ships as an APK and a web app. Credits are shared between undress and face-swap features.`) +
          ul('✅ Works on phones', '❌ Not in the app stores') +
          p('Price: 300 credits for $19') + visit('barelume.test', 'ref=pixelverdict') +
          h2('5. Drapeless') +
          p(`Drapeless focuses on realism and claims a new model every quarter. Fewer modes, but results our testers rated highest for lighting.`) +
          p('Price: $24.99 / month') + visit('drapeless.test', 'via=pixelverdict') +
          h2('6. Deepvelour (face swap)') +
          p(`Not an undress tool strictly speaking: Deepvelour swaps a face into adult video templates. Included because readers kept asking.`) +
          p('Price: from $12 / 50 swaps') + visit('deepvelour.test', 'ref=pixelverdict') +
          h2('7. Skinmint') +
          p(`Budget pick. Skinmint is basic and the results are hit and miss, but credits are cheap.`) +
          p('Price: $4.99 / 60 credits') + visit('skinmint.test', 'ref=pixelverdict') +
          p(`A note from us: only use photos you have the right to use. Several of these services say so in their terms too.`) +
          footer('© 2026 PixelVerdict. Independent reviews, reader supported.', [['/affiliate-disclosure', 'Affiliate disclosure'], ['/about', 'About'], ['/methodology', 'Methodology']]),
      },
      {
        path: '/methodology',
        title: 'How we test AI tools | PixelVerdict',
        body:
          nav([['/', 'Home'], ['/about', 'About']], 'PixelVerdict') +
          h1('How we test') +
          p(`Every tool on our lists is tested by at least two editors over a period of two weeks. We create a fresh account, note what the free trial actually includes and then buy the smallest credit pack or plan that is offered.`, `We score five things: output quality, speed, price per image, how clear the pricing page is, and how easy it is to cancel. Tools that hide the cancel button or renew at a higher price lose points, however good the images are.`, `We re-check the top three every month and update the "last updated" date when prices change. If a service closes or changes its domain we remove it from the list.`) +
          footer('© 2026 PixelVerdict', [['/affiliate-disclosure', 'Affiliate disclosure']]),
      },
      {
        path: '/best-face-swap-ai',
        title: '5 Best NSFW Face Swap AI Tools (2026) | PixelVerdict',
        body:
          nav([['/', 'Home'], ['/methodology', 'How we test']], 'PixelVerdict') +
          h1('5 best NSFW face swap tools right now') +
          p(`Face swap sites come and go quickly. These five were live and taking payments when we last checked.`) +
          ol(
            `${a('https://deepvelour.test/?ref=pixelverdict&utm_source=faceswap', 'Deepvelour')} — video templates, 1080p export, from $12.`,
            `${a('https://spicyswap.test/?aff=pv', 'Spicyswap')} — photo and GIF swaps, 10 free swaps a day.`,
            `${a('https://mugshift.test/?ref=pixelverdict', 'Mugshift')} — upload your own clip, weekly VIP $7.99.`,
            `${a('https://twinfacex.test/?ref=pixelverdict', 'TwinFace X')} — mobile app, APK only.`,
            `${a('https://reelfake.test/?ref=pixelverdict', 'Reelfake')} — largest template library, pricey.`,
          ) +
          footer('© 2026 PixelVerdict', [['/affiliate-disclosure', 'Affiliate disclosure']]),
      },
      {
        path: '/affiliate-disclosure',
        title: 'Affiliate disclosure | PixelVerdict',
        body:
          nav([['/', 'Home']], 'PixelVerdict') +
          h1('Affiliate disclosure') +
          p(`PixelVerdict is reader supported. Some of the links on this website are affiliate links, which means we may receive a commission if you click a link and buy a plan or credits. The price you pay is the same.`, `Commissions never decide whether a tool is listed, but they may affect where a tool appears when two products score within a point of each other. We do not accept payment for positive reviews and we do not sell anything ourselves: we are not the operator of any of the tools we write about.`) +
          footer('© 2026 PixelVerdict'),
      },
      {
        path: '/about',
        title: 'About PixelVerdict',
        body:
          nav([['/', 'Home']], 'PixelVerdict') +
          h1('About us') +
          p(`PixelVerdict started in 2024 as a hobby blog comparing AI photo apps. Today three part-time editors write the lists and keep the prices current. We are based in Europe and we answer every email, usually within two days.`, `Want your tool reviewed? Write to us. We do not guarantee a listing and we will not remove a critical review in exchange for money.`) +
          textForm('Get the monthly "new tools" email', 'Subscribe', '/newsletter') +
          footer('© 2026 PixelVerdict'),
      },
    ],
  },

  // 2 — en single-review with Review + AggregateRating JSON-LD
  {
    host: 'trustlens-reviews.test', lang: 'en', label: 'directory', shape: 'single-review', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Is Veilzero Safe? Is It Legit? Our Honest Veilzero Review (2026)',
        head:
          metaDescription('Veilzero review: is it safe, is it legit, does the free trial work? Features, pricing and our verdict after 3 weeks of testing.') +
          jsonLd({
            '@context': 'https://schema.org',
            '@type': 'Review',
            itemReviewed: { '@type': 'SoftwareApplication', name: 'Veilzero', applicationCategory: 'MultimediaApplication', url: 'https://veilzero.test/' },
            author: { '@type': 'Organization', name: 'TrustLens Reviews' },
            reviewRating: { '@type': 'Rating', ratingValue: '3.8', bestRating: '5' },
            datePublished: '2026-03-14',
          }) +
          jsonLd({ '@context': 'https://schema.org', '@type': 'AggregateRating', itemReviewed: { '@type': 'SoftwareApplication', name: 'Veilzero' }, ratingValue: '3.6', ratingCount: '412' }),
        body:
          nav([['/', 'Reviews'], ['/veilzero-pricing', 'Veilzero pricing'], ['/how-we-review', 'How we review'], ['/contact', 'Contact']], 'TrustLens') +
          h1('Is Veilzero safe? Is it legit? Our honest review') +
          p('Last checked: 14 March 2026 · Rating 3.8 / 5 ★★★★☆ · 412 reader votes') +
          p(`Veilzero is one of the bigger "AI undress" websites and it advertises itself with a lot of big promises. We spent three weeks with it, paid for a plan with our own money and tried to answer the two questions our readers ask most: is it a scam, and is it safe to give them your card?`) +
          h2('What Veilzero does') +
          p(`Veilzero is an online generator. A user uploads a photo, chooses one of several clothing-removal modes and receives a generated image a few seconds later. It also has a face-swap section and an "animate" beta that turns an image into a short clip. Everything runs in the browser; there is no app to install.`) +
          h2('Features at a glance') +
          ul('Undress, bikini and lingerie modes', 'HD output up to 2048 px on paid plans', 'Face swap onto templates', 'History gallery, deletable', 'Pay by card or crypto') +
          h2('Is it legit?') +
          p(`Yes, in the narrow sense: we paid, the credits arrived and the service did what the sales page says. Refunds are another story — support told us credits are "non-refundable once issued". The company behind it is registered offshore and gives no street address.`) +
          h2('Is it safe?') +
          p(`Payments go through a third-party processor, so Veilzero does not see your full card number. Uploaded images are kept for 7 days according to the privacy policy. We would not upload anything you would not want leaked, and of course never a photo of someone who has not agreed.`) +
          h2('Verdict') +
          p(`Veilzero works and is not a scam, but the recurring billing is aggressive and support is slow. 3.8 out of 5.`) +
          p(a('https://veilzero.test/?ref=trustlens&utm_medium=review', 'Visit Veilzero →', 'rel="sponsored nofollow"') + ' (affiliate link)') +
          footer('© 2026 TrustLens Reviews. We are not affiliated with Veilzero beyond the affiliate program mentioned above.', [['/how-we-review', 'How we review'], ['/contact', 'Contact'], ['/privacy', 'Privacy']]),
      },
      {
        path: '/veilzero-pricing',
        title: 'Veilzero pricing 2026: plans, credits and hidden costs',
        body:
          nav([['/', 'Reviews'], ['/contact', 'Contact']], 'TrustLens') +
          h1('Veilzero pricing explained') +
          p(`Veilzero sells both subscriptions and one-off credit packs. One standard generation costs 1 credit, HD costs 2, and a face-swap clip costs 5. These are the prices we saw on the Veilzero checkout in March 2026:`) +
          priceTable(['Plan', 'Price', 'Credits', 'Notes'], [
            ['Free trial', '$0', '3', 'Blurred, watermarked'],
            ['Starter', '$11.99 / month', '120', 'Renews automatically'],
            ['Pro', '$29.99 / month', '400', 'HD, priority queue'],
            ['Credit pack', '$19', '150', 'No subscription'],
          ]) +
          p(`Watch out: the Starter plan is pre-selected at checkout and the "one-time" option is below the fold. ${a('https://veilzero.test/pricing?ref=trustlens', 'See current prices on Veilzero')}.`) +
          footer('© 2026 TrustLens Reviews'),
      },
      {
        path: '/how-we-review',
        title: 'How we review | TrustLens',
        body:
          nav([['/', 'Reviews']], 'TrustLens') +
          h1('How we review services') +
          p(`We buy the service ourselves, we never accept free accounts from operators, and we publish the date we last checked. Ratings are based on whether the product matches its sales page, how transparent billing is, what happens when you cancel and what the privacy policy promises.`, `TrustLens earns money through affiliate links on some reviews. We mark those links and they do not change the score.`) +
          footer('© 2026 TrustLens Reviews'),
      },
      {
        path: '/contact',
        title: 'Contact TrustLens',
        body:
          nav([['/', 'Reviews']], 'TrustLens') +
          h1('Contact') +
          p(`Spotted a price change or a service that has gone offline? Tell us and we will re-check it. Operators asking for a review should know we only review services we have paid for, and we do not remove critical reviews. Reply time is usually 48 hours, longer on weekends.`, `If you are writing about a charge on your card from one of the services we review, please contact that service or your bank directly — TrustLens never processes payments and has no access to anyone's account.`) +
          textForm('Your email', 'Send', '/contact/send') +
          footer('© 2026 TrustLens Reviews'),
      },
      {
        path: '/privacy',
        title: 'Privacy policy | TrustLens',
        body:
          nav([['/', 'Reviews']], 'TrustLens') +
          h1('Privacy policy') +
          p(`TrustLens Reviews does not have user accounts and has no upload feature: we never receive photos from visitors. We use a cookie-free analytics tool to count page views, and our affiliate partners may set their own cookies when you click an outbound link marked "affiliate".`, `If you send us an email or use the contact form, we keep your message for up to twelve months so we can follow up on corrections. Ask us to delete it at any time. Services we review have their own privacy policies, which are often much less protective than ours — read them before you sign up anywhere.`) +
          footer('© 2026 TrustLens Reviews'),
      },
    ],
  },

  // 3 — en alternatives
  {
    host: 'swapscout.test', lang: 'en', label: 'directory', shape: 'alternatives', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Swapvixen Alternatives: 5 Tools Like Swapvixen (2026) – SwapScout',
        head: metaDescription('Swapvixen down or too expensive? Here are 5 Swapvixen alternatives for NSFW face swap, compared on price, free swaps and quality.'),
        body:
          nav([['/', 'Alternatives'], ['/category/face-swap?ref=nav', 'Face swap'], ['/category/undress', 'Undress AI'], ['/about', 'About']], 'SwapScout') +
          h1('Swapvixen alternatives: 5 tools like it') +
          p(`Swapvixen became popular for its adult face-swap templates, but a lot of users are hunting for something else after the price rise in January and the long outages. We looked at what else is out there. Short version: Mugshift is the closest match, Spicyswap is cheapest.`) +
          priceTable(['Tool', 'Free swaps', 'Cheapest plan', 'Video'], [
            ['Mugshift', '3 / day', '$7.99 / week', 'Yes, 1080p'],
            ['Spicyswap', '10 / day', '$4.99 / month', 'GIF only'],
            ['Faceflirt', 'none', '$15 / 40 credits', 'Yes'],
            ['Maskvault', '1 trial', '$9.90 / month', 'Yes, 4K beta'],
            ['Glamswap', '5 on sign-up', '$12 / month', 'No'],
          ]) +
          h2('1. Mugshift') +
          p(`Mugshift works almost exactly like Swapvixen: pick a template from the 18+ library or upload your own clip, add a face photo, wait. Rendering is quicker and it keeps a weekly VIP option for people who don't want a subscription. ${a('https://mugshift.test/?ref=swapscout', 'Try Mugshift')}`) +
          h2('2. Spicyswap') +
          p(`Spicyswap is lighter and only does photos and short GIFs, but ten free swaps a day is generous. ${a('https://spicyswap.test/?ref=swapscout&sub=alt', 'Try Spicyswap')}`) +
          h2('3. Faceflirt') +
          p(`No free tier at all, but people say Faceflirt has the best face tracking of the bunch. Credits never expire. ${a('https://faceflirt.test/?ref=swapscout', 'Try Faceflirt')}`) +
          h2('4. Maskvault') +
          p(`Maskvault bundles face swap with an undress mode, so it's handy if you wanted both in one account. The 4K export is still labelled beta. ${a('https://maskvault.test/?ref=swapscout', 'Try Maskvault')}`) +
          h2('5. Glamswap') +
          p(`Photo only, but the NSFW template packs are updated weekly. ${a('https://glamswap.test/?ref=swapscout', 'Try Glamswap')}`) +
          p(`<small>SwapScout earns a commission from some of the links above.</small>`) +
          footer('© 2026 SwapScout — alternatives to popular AI tools', [['/about', 'About'], ['/privacy', 'Privacy'], ['/category/face-swap?ref=footer', 'All face swap tools']]),
      },
      {
        path: '/category/face-swap',
        title: 'Face swap tools — SwapScout',
        body:
          nav([['/', 'Alternatives'], ['/category/undress', 'Undress AI']], 'SwapScout') +
          h1('Face swap tools') +
          p(`All face swap services we track, newest first. Each entry links to the tool itself; prices are the cheapest plan we could find on the tool's own pricing page. Most of these services offer a handful of free swaps and then move you onto weekly or monthly plans, so check the renewal terms before you pay.`) +
          ul(
            `${a('https://reelfake.test/?ref=swapscout', 'Reelfake')} — template videos, from $19 a month`,
            `${a('https://dupeface.test/?ref=swapscout', 'Dupeface')} — mobile-first, APK plus web app`,
            `${a('https://mugshift.test/?ref=swapscout', 'Mugshift')} — weekly VIP, 1080p`,
            `${a('https://swapvixen.test/?ref=swapscout', 'Swapvixen')} — the original, still online most days`,
            `${a('https://persona18.test/?ref=swapscout', 'Persona18')} — new, invite only`,
          ) +
          footer('© 2026 SwapScout'),
      },
      {
        path: '/category/undress',
        title: 'Undress AI tools — SwapScout',
        body:
          nav([['/', 'Alternatives'], ['/category/face-swap', 'Face swap']], 'SwapScout') +
          h1('Undress AI tools') +
          p(`Tools that generate "undressed" versions of uploaded photos. We list them with their current price so you can compare before you sign up. Almost all of them work the same way — sign up, upload a photo, spend credits — so the real differences are price per image, queue times and how long the service keeps your uploads. A few also run a Telegram bot next to the website.`) +
          ul(
            `${a('https://sylkstrip.test/?ref=swapscout', 'Sylkstrip')} — $9.99 / 100 credits`,
            `${a('https://undrix.test/?ref=swapscout', 'Undrix')} — free daily credits, $13 Pro`,
            `${a('https://gauzely.test/?ref=swapscout', 'Gauzely')} — Telegram bot plus web`,
            `${a('https://maskvault.test/?ref=swapscout', 'Maskvault')} — bundled with face swap`,
          ) +
          footer('© 2026 SwapScout'),
      },
      {
        path: '/about',
        title: 'About SwapScout',
        body:
          nav([['/', 'Alternatives']], 'SwapScout') +
          h1('About SwapScout') +
          p(`SwapScout is a small comparison site. When a tool gets expensive, shuts down or changes its domain, people search for alternatives — we try to have the answer ready. We don't run any of these services, we don't store your photos, and we don't sell anything. Some links earn us a referral fee.`, `The site is run by two people in their spare time. If an alternative on one of our pages has gone offline or changed its prices, drop us a line and we will fix the page within a few days.`) +
          footer('© 2026 SwapScout'),
      },
      {
        path: '/privacy',
        title: 'Privacy — SwapScout',
        body:
          nav([['/', 'Alternatives']], 'SwapScout') +
          h1('Privacy') +
          p(`SwapScout is a plain comparison site. There are no accounts, no comments and nothing to upload, so we don't hold any personal data beyond standard server logs, which are deleted after 14 days.`, `Outbound links to the tools we list contain a referral tag. When you click one, the tool's website may set a cookie to remember that you came from us; that cookie is theirs, not ours, and their privacy policy applies from that moment on. You can browse SwapScout with cookies blocked without losing anything.`) +
          footer('© 2026 SwapScout'),
      },
    ],
  },

  // 4 — en coupon
  {
    host: 'promocrate.test', lang: 'en', label: 'directory', shape: 'coupon', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'AI Tool Promo Codes & Discount Codes – May 2026 | PromoCrate',
        head: metaDescription('Verified promo codes for AI photo and face swap tools. Copy the code, save up to 60% on credits and Pro plans.'),
        body:
          nav([['/', 'Top codes'], ['/stores/xraymuse', 'Xraymuse'], ['/stores/deepvelour', 'Deepvelour'], ['/how-to-use-codes', 'How to use a code'], ['/terms', 'Terms']], 'PromoCrate') +
          textForm('Search stores', 'Search') +
          h1('Today\'s top AI promo codes') +
          p(`34 active codes · last verified 2 hours ago. Click "Copy code", then paste it at the tool's checkout.`) +
          section(
            h3('Xraymuse — 40% off the first week'),
            p('Code: <code>XRAY40</code> ' + button('Copy code') + ' · Expires 31/05/2026 · Used 1,284 times'),
            p(a('https://xraymuse.test/pricing?aff=promocrate&coupon=XRAY40', 'Go to Xraymuse')),
          ) +
          section(
            h3('Deepvelour — 50 bonus swaps with any pack'),
            p('Code: <code>VELOUR50</code> ' + button('Copy code') + ' · Expires 15/06/2026 · 92% success'),
            p(a('https://deepvelour.test/?aff=promocrate', 'Go to Deepvelour')),
          ) +
          section(
            h3('Barelume — 2x credits on the 300-credit pack'),
            p('Code: <code>LUME2X</code> ' + button('Copy code') + ' · Expires soon! · Used 611 times'),
            p(a('https://barelume.test/credits?aff=promocrate', 'Go to Barelume')),
          ) +
          section(
            h3('Lumenbare — 25% off annual Pro'),
            p('No code needed — deal activated by the link. · Expires 30/06/2026'),
            p(a('https://lumenbare.test/?aff=promocrate&deal=annual25', 'Get deal')),
          ) +
          section(
            h3('Spicyswap — first month $1'),
            p('Code: <code>SPICY1</code> ' + button('Copy code') + ' · Expired 01/05/2026 · may still work'),
            p(a('https://spicyswap.test/?aff=promocrate', 'Try it anyway')),
          ) +
          faq('Coupon FAQ', [
            ['Are these codes free?', 'Yes. PromoCrate never charges for codes. We get a small commission from some stores when you buy.'],
            ['A code did not work, what now?', 'Codes are set by each tool and can be withdrawn without notice. Try the next one or use the "report" button.'],
          ]) +
          footer('© 2026 PromoCrate. We are not the sellers of the products listed and cannot help with refunds.', [['/terms', 'Terms'], ['/how-to-use-codes', 'Help']]),
      },
      {
        path: '/stores/xraymuse',
        title: 'Xraymuse Promo Codes – 5 Working Codes May 2026',
        body:
          nav([['/', 'Top codes'], ['/stores/deepvelour', 'Deepvelour']], 'PromoCrate') +
          h1('Xraymuse coupon codes') +
          p(`Xraymuse is an AI undress and x-ray mode tool with weekly and credit-based plans. These are the codes our users reported working this month. Codes for the weekly plan only apply to the first billing period; after that the normal price of $6.90 a week applies until you cancel in your Xraymuse account.`) +
          priceTable(['Offer', 'Code', 'Expires', ''], [
            ['40% off first week', 'XRAY40', '31 May 2026', button('Copy code')],
            ['+20 free credits', 'MUSE20', '12 Jun 2026', button('Copy code')],
            ['10% off crypto payments', 'BTC10', 'no expiry', button('Copy code')],
            ['Free HD upgrade (1 day)', 'HDDAY', 'expired', button('Copy code')],
          ]) +
          p(a('https://xraymuse.test/?aff=promocrate&utm_source=storepage', 'Shop Xraymuse →')) +
          footer('© 2026 PromoCrate'),
      },
      {
        path: '/stores/deepvelour',
        title: 'Deepvelour Discount Codes – Save on Face Swap Credits',
        body:
          nav([['/', 'Top codes'], ['/stores/xraymuse', 'Xraymuse']], 'PromoCrate') +
          h1('Deepvelour discount codes') +
          p(`Deepvelour sells adult face swap video credits in packs of 50, 150 and 500. Codes usually add bonus swaps rather than taking money off. Swaps are used for 1080p clips; the 4K option costs double. Below are the codes we have seen accepted at the Deepvelour checkout in the past 30 days.`) +
          ul('VELOUR50 — 50 bonus swaps — ends 15/06/2026 ' + button('Copy code'), 'SUMMERSWAP — 15% off 500 pack — ends 31/08/2026 ' + button('Copy code'), 'NEWUSER — 5 free swaps, new accounts only ' + button('Copy code')) +
          p(a('https://deepvelour.test/credits?aff=promocrate', 'Visit Deepvelour')) +
          footer('© 2026 PromoCrate'),
      },
      {
        path: '/how-to-use-codes',
        title: 'How to use a promo code | PromoCrate',
        body:
          nav([['/', 'Top codes']], 'PromoCrate') +
          h1('How to use a promo code') +
          ol('Click "Copy code" next to the offer. The code is copied and the store opens in a new tab.', 'Pick your plan or credit pack on the store\'s own website.', 'Look for a field called "coupon", "promo" or "voucher" at checkout and paste the code.', 'Check the price changed before you pay. If not, try another code from our list.') +
          p(`Some stores only accept codes for new accounts or for card payments, not crypto.`) +
          footer('© 2026 PromoCrate'),
      },
      {
        path: '/terms',
        title: 'Terms | PromoCrate',
        body:
          nav([['/', 'Top codes']], 'PromoCrate') +
          h1('Terms of use') +
          p(`PromoCrate collects promotional codes published by third-party websites. We do not sell any of the products or services listed and are not responsible for their content, billing or availability. Codes are provided as-is. By using this site you confirm you are at least 18 years old. We may earn affiliate commissions from links on this site.`) +
          footer('© 2026 PromoCrate'),
      },
    ],
  },

  // 5 — en telegram-list
  {
    host: 'botcellar.test', lang: 'en', label: 'directory', shape: 'telegram-list', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Best Telegram Undress Bots & Channels (Updated 2026) – BotCellar',
        head: metaDescription('A list of working Telegram undress and face swap bots with member counts. Updated weekly.'),
        body:
          nav([['/', 'Bots'], ['/channels', 'Channels'], ['/submit', 'Submit a bot'], ['/faq', 'FAQ']], 'BotCellar') +
          h1('Telegram undress &amp; deepfake bots that still work') +
          p(`Bots get banned all the time, so we check every link on this page each Monday. Most of these bots work the same way: you start the chat, send a photo and pay in Telegram Stars or crypto for credits. Member counts are from the bot's own channel.`) +
          ol(
            `${tg('sylkstrip_official_bot')} — Sylkstrip's bot version, 3 free tries · 48.2k users`,
            `${tg('xraymuse_bot')} — x-ray and bikini modes, pay with Stars · 31k users`,
            `${tg('gauzely_ai_bot')} — cheap, slow at night · 22.7k users`,
            `${tg('undrix_robot')} — new backup after the old one was banned · 9.4k users`,
            `${tg('swapvixen_swap_bot')} — face swap into video templates · 17k users`,
            `${tg('mugshift_vip_bot')} — weekly VIP, 1080p clips · 12.1k users`,
            `${tg('nudora_bot')} — Russian and English menu · 6.3k users`,
            `${tg('faceforge18_bot')} — 18+ face swap, photo only · 4.9k users`,
          ) +
          p(`❗ Dead this week: @velvetpeel_bot (banned), @strippr_ai_bot (moved, new link in channels list).`) +
          p(`Bots are run by third parties. BotCellar has no connection to them and never asks for your photos.`) +
          faq('Questions', [
            ['Why was my favourite bot removed?', 'Telegram bans these bots regularly. When a bot is banned we remove it and add the backup handle if the owner publishes one.'],
            ['Are the bots free?', 'Most give one to three free tries, after that they sell credits.'],
          ]) +
          footer('BotCellar © 2026 · not affiliated with Telegram', [['/submit', 'Submit'], ['/faq', 'FAQ'], ['/channels', 'Channels']]),
      },
      {
        path: '/channels',
        title: 'Telegram channels for AI undress & face swap news – BotCellar',
        body:
          nav([['/', 'Bots'], ['/submit', 'Submit a bot']], 'BotCellar') +
          h1('Channels') +
          p(`Join these channels to get the new bot link when the old one dies. Bot owners usually post the backup handle in their channel within hours of a ban, so following a channel is the easiest way to keep up. Counts updated weekly.`) +
          ul(
            `${tg('aiundress_updates')} — backup links for 20+ bots · 88k members`,
            `${tg('deepswap_hub_news')} — face swap bots and templates · 41k members`,
            `${tg('strippr_channel')} — Strippr's official channel, new bot link pinned · 15k members`,
            `${tg('freecredits_daily')} — daily free credit codes for various bots · 27k members`,
          ) +
          footer('BotCellar © 2026'),
      },
      {
        path: '/submit',
        title: 'Submit a bot – BotCellar',
        body:
          nav([['/', 'Bots']], 'BotCellar') +
          h1('Submit a bot or channel') +
          p(`Run a bot or know one we are missing? Send us the handle. We test every submission before it goes live and we do not list bots that are already banned or that ask for payment before a free try. Listing is free; a pinned spot at the top costs $50 a week.`) +
          textForm('Bot or channel handle (@…)', 'Submit', '/submit/send') +
          footer('BotCellar © 2026'),
      },
      {
        path: '/faq',
        title: 'FAQ – BotCellar',
        body:
          nav([['/', 'Bots']], 'BotCellar') +
          faq('Frequently asked questions', [
            ['Is BotCellar a bot?', 'No. We are just a list. Every link opens Telegram.'],
            ['How do you count members?', 'We take the number shown on the bot\'s or channel\'s public page on the day we check it.'],
            ['Do you get paid?', 'Some bot owners pay for pinned spots, marked "sponsored". The order of the rest is by members.'],
            ['Can I get my photo removed from a bot?', 'We do not run any bot. You need to contact the bot owner and report the bot to Telegram.'],
          ]) +
          footer('BotCellar © 2026'),
      },
    ],
  },

  // 6 — en ranking, app shell home
  {
    host: 'aiscoreboard.test', lang: 'en', label: 'directory', shape: 'ranking', author: AUTHOR,
    pages: [
      {
        path: '/',
        jsOnly: true,
        title: 'AI Scoreboard — Undress & Deepfake Tools Ranked by Score',
        head:
          metaDescription('Live ranking of AI undress and face swap tools: score, price, speed. Editor\'s choice updated monthly.') +
          jsonLd({
            '@context': 'https://schema.org',
            '@type': 'ItemList',
            name: 'Top AI undress and face swap tools 2026',
            itemListElement: [
              { '@type': 'ListItem', position: 1, name: 'Drapeless', url: 'https://drapeless.test/' },
              { '@type': 'ListItem', position: 2, name: 'Sylkstrip', url: 'https://sylkstrip.test/' },
              { '@type': 'ListItem', position: 3, name: 'Faceflirt', url: 'https://faceflirt.test/' },
              { '@type': 'ListItem', position: 4, name: 'Rawlens', url: 'https://rawlens.test/' },
              { '@type': 'ListItem', position: 5, name: 'Vidmorph', url: 'https://vidmorph.test/' },
            ],
          }),
        body:
          nav([['/', 'Scoreboard'], ['/rankings/undress', 'Undress'], ['/rankings/deepfake', 'Deepfake'], ['/disclosure', 'Disclosure']], 'AI Scoreboard') +
          h1('The AI Scoreboard — May 2026') +
          p(`Every tool scored out of 10 on quality, speed, price and privacy. Sort the table or filter by category.`) +
          priceTable(['#', 'Tool', 'Category', 'Score', 'From', ''], [
            ['1', '🏆 Drapeless <em>Editor\'s choice</em>', 'Undress', '★★★★★ 9.4', '$24.99/mo', a('https://drapeless.test/?ref=scoreboard', 'Visit')],
            ['2', 'Sylkstrip', 'Undress', '★★★★½ 9.0', '$9.99', a('https://sylkstrip.test/?ref=scoreboard', 'Visit')],
            ['3', 'Faceflirt', 'Face swap', '★★★★½ 8.8', '$15', a('https://faceflirt.test/?ref=scoreboard', 'Visit')],
            ['4', 'Rawlens', 'Undress', '★★★★ 8.1', '$7/week', a('https://rawlens.test/?ref=scoreboard', 'Visit')],
            ['5', 'Vidmorph', 'Face swap video', '★★★★ 7.9', '$19/mo', a('https://vidmorph.test/?ref=scoreboard', 'Visit')],
            ['6', 'Cloakoff', 'Undress', '★★★½ 7.2', 'free / $8', a('https://cloakoff.test/?ref=scoreboard', 'Visit')],
            ['7', 'Fakerie', 'Face swap', '★★★ 6.5', '$5/week', a('https://fakerie.test/?ref=scoreboard', 'Visit')],
          ]) +
          h2('Why Drapeless is our editor\'s choice') +
          p(`Drapeless had the most consistent results in our blind test and the clearest pricing page of any tool we scored. It is not the cheapest, and there is no free trial, but it is the one our testers would pay for again.`) +
          p(`<strong>Heads-up:</strong> we get paid when you sign up via the buttons on this page. That's how the scoreboard stays online. Scores are set before we look at commission rates.`) +
          faq('Scoreboard FAQ', [
            ['How often is the table updated?', 'Scores are re-tested on the first Monday of every month. Prices are checked every week because they change much more often than quality does.'],
            ['Why is there no free tool at the top?', 'Free tiers are usually blurred, watermarked or limited to low resolution, so they score badly on quality. Cloakoff is the best option if you only want to try one for free.'],
            ['Do you test with real people\'s photos?', 'No. We use licensed stock images and photos of staff who agreed to it. We recommend you do the same.'],
          ]) +
          footer('© 2026 AI Scoreboard', [['/disclosure', 'Disclosure'], ['/rankings/undress', 'Undress ranking'], ['/rankings/deepfake', 'Deepfake ranking']]),
      },
      {
        path: '/rankings/undress',
        title: 'Undress AI ranking — AI Scoreboard',
        body:
          nav([['/', 'Scoreboard'], ['/rankings/deepfake', 'Deepfake']], 'AI Scoreboard') +
          h1('Undress AI tools ranked') +
          p(`How the undress tools compare on the four things we measure. Privacy means: how long uploads are kept and whether you can delete them. Quality is judged blind by three testers on the same set of 40 stock photos; speed is the median time from upload to result at European evening hours, when queues are longest. Price is the cost of one HD image on the cheapest plan that includes HD.`) +
          priceTable(['Tool', 'Quality', 'Speed', 'Price', 'Privacy', 'Total'], [
            ['Drapeless', '9.8', '8.9', '8.2', '9.0', '9.4'],
            ['Sylkstrip', '9.1', '9.5', '9.0', '7.5', '9.0'],
            ['Rawlens', '8.0', '8.4', '8.8', '6.9', '8.1'],
            ['Cloakoff', '6.8', '7.0', '9.6', '5.5', '7.2'],
          ]) +
          p(a('https://drapeless.test/?ref=scoreboard&utm_content=undress-table', 'Try the #1 tool')) +
          footer('© 2026 AI Scoreboard'),
      },
      {
        path: '/rankings/deepfake',
        title: 'Deepfake & face swap ranking — AI Scoreboard',
        body:
          nav([['/', 'Scoreboard'], ['/rankings/undress', 'Undress']], 'AI Scoreboard') +
          h1('Face swap &amp; deepfake tools ranked') +
          p(`Tools that put a face from a photo into adult video or photo templates. Scored on realism, how many templates they carry, export resolution and price. We also note whether a tool lets you upload your own clip or only use its library.`) +
          ol('Faceflirt — 8.8 — best face tracking', 'Vidmorph — 7.9 — 4K export, few templates', 'Fakerie — 6.5 — cheap weekly plan', 'Reelfake — 6.1 — huge library, very expensive') +
          p(a('https://faceflirt.test/?ref=scoreboard&utm_content=deepfake-table', 'Visit Faceflirt')) +
          footer('© 2026 AI Scoreboard'),
      },
      {
        path: '/disclosure',
        title: 'Disclosure — AI Scoreboard',
        body:
          nav([['/', 'Scoreboard']], 'AI Scoreboard') +
          h1('How we make money') +
          p(`The outbound buttons on AI Scoreboard are referral links. When someone buys a plan through them, the tool pays us a share. We don't run any of the tools, we never see what you upload and we can't help with billing problems — contact the tool directly. Tools cannot pay to change their score, but they can pay to be reviewed faster.`) +
          footer('© 2026 AI Scoreboard'),
      },
    ],
  },

  // 7 — en link-hub, bare-bones
  {
    host: 'nsfwaidex.test', lang: 'en', label: 'directory', shape: 'link-hub', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'NSFW AI Index — every AI undress, deepfake and 18+ AI site in one list',
        body:
          '<p><b>NSFW AI INDEX</b> — the list. No reviews, just links. 18+ only.</p>' +
          nav([['/new', 'New'], ['/dead', 'Dead links'], ['/submit', 'Add site']]) +
          p('Last full link check: 02/05/2026 · 41 sites · 9 bots') +
          h2('Undress / nudify') +
          ul(
            a('https://sylkstrip.test/?src=aidex', 'Sylkstrip') + ' — web, credits, 5 free',
            a('https://xraymuse.test/?src=aidex', 'Xraymuse') + ' — web + bot, weekly',
            a('https://unveilo.test/?src=aidex', 'Unveilo') + ' — 3 free a day',
            a('https://drapeless.test/?src=aidex', 'Drapeless') + ' — no trial, HD',
            a('https://rawlens.test/?src=aidex', 'Rawlens') + ' — weekly plan',
            a('https://cloakoff.test/?src=aidex', 'Cloakoff') + ' — free tier, low res',
            a('https://skinmint.test/?src=aidex', 'Skinmint') + ' — cheap credits',
            a('https://seamgone.test/?src=aidex', 'Seamgone') + ' — NEW',
            a('https://baremint.test/?src=aidex', 'Baremint') + ' — undress + swap',
          ) +
          h2('Face swap / deepfake') +
          ul(
            a('https://deepvelour.test/?src=aidex', 'Deepvelour') + ' — video templates',
            a('https://spicyswap.test/?src=aidex', 'Spicyswap') + ' — photos, GIF',
            a('https://faceflirt.test/?src=aidex', 'Faceflirt') + ' — credits never expire',
            a('https://vidmorph.test/?src=aidex', 'Vidmorph') + ' — 4K export',
            a('https://reelfake.test/?src=aidex', 'Reelfake') + ' — big library',
            a('https://dupeface.test/?src=aidex', 'Dupeface') + ' — APK + web',
            a('https://morphmuse.test/?src=aidex', 'Morphmuse') + ' — app, monthly',
          ) +
          h2('Telegram bots') +
          ul(tg('xraymuse_bot') + ' — x-ray mode', tg('gauzely_ai_bot') + ' — cheapest', tg('undrix_robot') + ' — backup bot', tg('swapvixen_swap_bot') + ' — face swap') +
          h2('AI girlfriend / chat') +
          ul(a('https://persona18.test/chat?src=aidex', 'Persona18 chat') + ' — invite only', a('https://fabrikill.test/?src=aidex', 'Fabrikill') + ' — chat + images') +
          h2('Other lists') +
          ul(a('https://pixelverdict.test/?src=aidex', 'PixelVerdict top 7'), a('https://botcellar.test/?src=aidex', 'BotCellar bot list'), a('https://aiscoreboard.test/?src=aidex', 'AI Scoreboard')) +
          p(`Rules: we host nothing, we only link. All sites are run by third parties and we don't know who runs most of them. Sites that redirect to malware or fake "verify you are human" pages get removed. Broken link? Use the add/report form. Descriptions are one line on purpose: go read the lists below if you want reviews.`) +
          footer('nsfwaidex · 2026 · you must be 18+ to use the linked sites', [['/submit', 'Add / report'], ['/dead', 'Dead'], ['/new', 'New']]),
      },
      {
        path: '/new',
        title: 'New sites — NSFW AI Index',
        body:
          '<p><b>NSFW AI INDEX</b></p>' + nav([['/', 'All'], ['/dead', 'Dead links']]) +
          h1('Added recently') +
          ul(
            `02/05 — ${a('https://seamgone.test/?src=aidex-new', 'Seamgone')} — undress, 2 free credits`,
            `28/04 — ${a('https://baremint.test/?src=aidex-new', 'Baremint')} — undress + face swap`,
            `21/04 — ${tg('rawlens_bot', 'Rawlens bot')} — Telegram version of Rawlens`,
            `15/04 — ${a('https://glamswap.test/?src=aidex-new', 'Glamswap')} — NSFW photo templates`,
            `09/04 — ${a('https://shedwave.test/?src=aidex-new', 'Shedwave')} — app, Android only`,
          ) +
          p('Sites are added after a quick check that they load and that the signup works. We do not test them further and we do not rank them — order is by date added, newest first.') +
          footer('nsfwaidex · 2026'),
      },
      {
        path: '/dead',
        title: 'Dead links — NSFW AI Index',
        body:
          '<p><b>NSFW AI INDEX</b></p>' + nav([['/', 'All'], ['/new', 'New']]) +
          h1('Dead / moved') +
          p(`These sites stopped loading, were taken down or now show a seizure notice. If a site comes back under a new domain we move it back to the main list. Be careful with "mirror" domains you find elsewhere: many of them are phishing copies.`) +
          ul('velvetpeel — offline since March, domain seized message', 'strippr — moved, see Telegram channel', 'lumenbare mirror 2 — expired', 'twinfacex web version — app only now') +
          footer('nsfwaidex · 2026'),
      },
      {
        path: '/submit',
        title: 'Add a site — NSFW AI Index',
        body:
          '<p><b>NSFW AI INDEX</b></p>' + nav([['/', 'All']]) +
          h1('Add or report a site') +
          p(`Paste the URL of a site to add, or of a dead link to remove. One URL per message. Paid placement in the first slot of a category is possible, ask by email. We don't list sites that don't load, that redirect to malware or that ask for card details before showing any pricing.`) +
          textForm('URL', 'Send', '/submit/send') +
          footer('nsfwaidex · 2026 · takedown requests: abuse@nsfwaidex.test'),
      },
    ],
  },

  // 8 — nl listicle, the list on its own page
  {
    host: 'aiwijzer-top.test', lang: 'nl', label: 'directory', shape: 'listicle', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'AI-Wijzer Top — eerlijke toplijsten van AI-tools',
        head: metaDescription('Toplijsten en vergelijkingen van AI-fototools: uitkleed-apps, face-swap en meer. Met prijzen, voor- en nadelen.'),
        body:
          nav([['/', 'Home'], ['/beste-ai-uitkleed-apps', 'Beste uitkleed-apps'], ['/face-swap-top-5?utm_source=home', 'Face swap top 5'], ['/over-ons', 'Over ons']], 'AI-Wijzer') +
          cookieBanner('Wij gebruiken cookies voor statistieken en affiliate-links. Akkoord?', 'Accepteren', 'Weigeren') +
          h1('Toplijsten van AI-fototools, getest door echte mensen') +
          p(`AI-Wijzer vergelijkt apps en websites die met kunstmatige intelligentie foto's bewerken. We kopen zelf credits, testen de gratis proefversie en schrijven op wat je echt krijgt voor je geld. Onze lijsten worden elke maand bijgewerkt.`) +
          h2('Populair deze maand') +
          ul(
            `${a('/beste-ai-uitkleed-apps', 'De 7 beste AI-uitkleed-apps van 2026')} — van Sylkstrip tot Rawlens, met prijzen in euro`,
            `${a('/face-swap-top-5', 'Top 5 NSFW face-swap tools')} — welke tool heeft de meeste templates?`,
            `${a('/beste-ai-uitkleed-apps?utm_source=home&utm_medium=teaser', 'Gratis proberen: welke apps hebben een free trial?')}`,
          ) +
          h2('Snel antwoord') +
          p(`Weinig tijd? Onze nummer 1 is op dit moment <strong>Sylkstrip</strong>: snel, duidelijke prijzen in euro en 5 gratis credits bij aanmelding. ${a('https://sylkstrip.test/?ref=aiwijzer&lang=nl', 'Bekijk Sylkstrip')}`) +
          p(`Let op: gebruik dit soort tools alleen met foto's waarvoor je toestemming hebt. Het maken of delen van zulke beelden van iemand anders kan in Nederland strafbaar zijn.`) +
          faq('Veelgestelde vragen', [
            ['Verkoopt AI-Wijzer zelf apps?', 'Nee. We schrijven alleen over tools van anderen. Via sommige links ontvangen we een vergoeding.'],
            ['Hoe vaak worden de lijsten bijgewerkt?', 'Minstens één keer per maand, en direct als een tool offline gaat.'],
          ]) +
          footer('© 2026 AI-Wijzer Top · onafhankelijk, gesteund door lezers', [['/over-ons', 'Over ons'], ['/privacy', 'Privacy'], ['/beste-ai-uitkleed-apps', 'Toplijst']]),
      },
      {
        path: '/beste-ai-uitkleed-apps',
        title: 'De 7 beste AI-uitkleed-apps van 2026 (getest) | AI-Wijzer',
        body:
          nav([['/', 'Home'], ['/face-swap-top-5', 'Face swap top 5']], 'AI-Wijzer') +
          h1('De 7 beste AI-uitkleed-apps van 2026') +
          p(`Bijgewerkt: mei 2026 · leestijd 7 min. Links op deze pagina zijn affiliate-links; als je via ons iets koopt krijgen wij een klein percentage.`) +
          h3('1. Sylkstrip — beste keuze') +
          p(`Sylkstrip draait volledig in de browser. Je uploadt een foto, kiest een modus en na ongeveer twintig seconden staat het resultaat klaar.`) +
          ul('👍 Snel en overzichtelijk', '👍 Betalen met iDEAL via een tussenpartij', '👎 Watermerk in de gratis versie') +
          p('Prijs: vanaf €9,49 voor 100 credits · ' + visit('sylkstrip.test', 'ref=aiwijzer', 'Naar de website')) +
          h3('2. Rawlens') +
          p(`Rawlens werkt met een weekabonnement en heeft naast de website ook een Telegram-bot. Goede resultaten bij daglicht, minder bij binnenfoto's.`) +
          ul('👍 Goedkoop per week', '👎 Klantenservice alleen in het Engels') +
          p('Prijs: €6,50 per week · ' + visit('rawlens.test', 'ref=aiwijzer', 'Naar de website')) +
          h3('3. Unveilo') +
          p(`De beste gratis optie: drie generaties per dag zonder creditcard. Wie HD wil, betaalt €13,99 per maand.`) +
          p(visit('unveilo.test', 'ref=aiwijzer', 'Naar de website')) +
          h3('4. Cloakoff') +
          p(`Simpel, goedkoop, wisselende kwaliteit. Handig om eerst te kijken of zo'n tool iets voor je is. Vanaf €7,50.`) +
          p(visit('cloakoff.test', 'ref=aiwijzer', 'Naar de website')) +
          h3('5. Baremint') +
          p(`Combineert een uitkleedfunctie met face-swap. Credits zijn voor beide functies te gebruiken. 250 credits kosten €18.`) +
          p(visit('baremint.test', 'ref=aiwijzer', 'Naar de website')) +
          h3('6. Undrix') +
          p(`Elke dag gratis credits, maar lange wachtrij in de avond. Pro kost €12 per maand.`) +
          p(visit('undrix.test', 'ref=aiwijzer', 'Naar de website')) +
          h3('7. Gauzely') +
          p(`Vooral bekend van de Telegram-bot. De website is beperkt maar werkt. Vanaf €4,99.`) +
          p(visit('gauzely.test', 'ref=aiwijzer', 'Naar de website')) +
          footer('© 2026 AI-Wijzer Top', [['/over-ons', 'Over ons'], ['/privacy', 'Privacy']]),
      },
      {
        path: '/face-swap-top-5',
        title: 'Top 5 NSFW face-swap tools | AI-Wijzer',
        body:
          nav([['/', 'Home'], ['/beste-ai-uitkleed-apps', 'Beste uitkleed-apps']], 'AI-Wijzer') +
          h1('Top 5 face-swap tools met 18+ templates') +
          p(`Deze tools zetten een gezicht uit een foto in een bestaande video of foto. We keken naar het aantal templates, de exportkwaliteit (720p, 1080p of 4K) en de prijs per swap.`) +
          ol(
            `Faceflirt — beste gezichtsherkenning, €14 voor 40 credits · ${a('https://faceflirt.test/?ref=aiwijzer', 'bekijken')}`,
            `Mugshift — VIP per week, €7,49 · ${a('https://mugshift.test/?ref=aiwijzer', 'bekijken')}`,
            `Vidmorph — 4K-export · ${a('https://vidmorph.test/?ref=aiwijzer', 'bekijken')}`,
            `Spicyswap — 10 gratis swaps per dag · ${a('https://spicyswap.test/?ref=aiwijzer', 'bekijken')}`,
            `Glamswap — alleen foto's · ${a('https://glamswap.test/?ref=aiwijzer', 'bekijken')}`,
          ) +
          footer('© 2026 AI-Wijzer Top'),
      },
      {
        path: '/over-ons',
        title: 'Over AI-Wijzer',
        body:
          nav([['/', 'Home']], 'AI-Wijzer') +
          h1('Over ons') +
          p(`AI-Wijzer is een klein team uit Utrecht en Gent. We begonnen met het vergelijken van AI-fotobewerkers en zijn daarna ook andere AI-tools gaan testen. We zijn geen eigenaar of aanbieder van de apps die we bespreken. Onze inkomsten komen uit affiliate-links: als je via onze links een abonnement afsluit, krijgen wij een commissie van de aanbieder. Dat heeft geen invloed op de volgorde van onze lijsten, zeggen we — en dat proberen we ook echt zo te houden.`) +
          footer('© 2026 AI-Wijzer Top'),
      },
      {
        path: '/privacy',
        title: 'Privacyverklaring | AI-Wijzer',
        body:
          nav([['/', 'Home']], 'AI-Wijzer') +
          h1('Privacyverklaring') +
          p(`Deze website verzamelt geen foto's en heeft geen uploadfunctie. We gebruiken analytische cookies om te zien welke pagina's gelezen worden, en affiliate-cookies van partners om commissies te kunnen toewijzen. Je kunt cookies weigeren via de banner. Voor vragen over je gegevens kun je mailen naar privacy@aiwijzer-top.test.`, `Klik je door naar een van de besproken tools, dan geldt het privacybeleid van die aanbieder. Lees dat goed voordat je daar iets uploadt.`) +
          footer('© 2026 AI-Wijzer Top'),
      },
    ],
  },

  // 9 — nl single-review
  {
    host: 'eerlijkereview.test', lang: 'nl', label: 'directory', shape: 'single-review', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Is Unveilo betrouwbaar? Is het legit? Onze eerlijke review (2026)',
        head:
          metaDescription('Unveilo review: is het veilig, is het oplichting, wat kost het? Wij testten Unveilo drie weken.') +
          jsonLd({
            '@context': 'https://schema.org',
            '@type': 'Review',
            name: 'Unveilo review',
            itemReviewed: { '@type': 'WebApplication', name: 'Unveilo', url: 'https://unveilo.test/' },
            reviewRating: { '@type': 'Rating', ratingValue: 3.4, bestRating: 5, worstRating: 1 },
            author: { '@type': 'Person', name: 'Redactie EerlijkeReview' },
          }),
        body:
          nav([['/', 'Review'], ['/unveilo/prijzen', 'Prijzen'], ['/werkwijze', 'Werkwijze'], ['/contact', 'Contact']], 'EerlijkeReview.test') +
          h1('Is Unveilo betrouwbaar? Onze eerlijke review') +
          p('Door de redactie · laatst gecontroleerd op 2 april 2026 · ⭐ 3,4 / 5') +
          p(`Unveilo duikt overal op in advertenties en op TikTok-achtige filmpjes. De vraag die we het vaakst krijgen: is Unveilo legit of is het oplichting? We hebben het zelf getest, met een eigen account en een eigen betaalkaart.`) +
          h2('Wat is Unveilo?') +
          p(`Unveilo is een AI-website die van een geüploade foto een "uitgeklede" versie genereert. Er zijn verschillende modi (bikini, lingerie, volledig) en een gratis laag met drie pogingen per dag. Betaalde gebruikers krijgen HD-resultaten zonder vervaging.`) +
          h2('Functies') +
          ul('Drie gratis generaties per dag', 'HD tot 1536 px bij Pro', 'Galerij met geschiedenis', 'Betalen met kaart, PayPal-achtige wallets of crypto') +
          h2('Is het veilig?') +
          p(`Technisch gezien is de site niet gevaarlijk: geen malware gevonden, betalingen via een externe processor. Maar het privacybeleid is vaag over hoe lang uploads bewaard worden en het bedrijf zit buiten de EU. Belangrijker: een foto van iemand anders uploaden zonder toestemming is niet alleen onfatsoenlijk, het kan strafbaar zijn.`) +
          h2('Ons oordeel') +
          p(`Unveilo is geen oplichting — je krijgt wat je betaalt — maar het opzeggen van het abonnement is onnodig verstopt. Eindscore: 3,4 van de 5.`) +
          p(a('https://unveilo.test/?ref=eerlijkereview&utm_source=review_nl', 'Naar Unveilo (affiliate-link)', 'rel="sponsored"')) +
          footer('© 2026 EerlijkeReview.test — wij verkopen niets zelf en zijn geen onderdeel van Unveilo.', [['/werkwijze', 'Werkwijze'], ['/contact', 'Contact']]),
      },
      {
        path: '/unveilo/prijzen',
        title: 'Unveilo prijzen en abonnementen 2026',
        body:
          nav([['/', 'Review'], ['/werkwijze', 'Werkwijze']], 'EerlijkeReview.test') +
          h1('Wat kost Unveilo?') +
          p(`Unveilo rekent in dollars; de bedragen in euro zijn afgerond op de dag van onze test. Let op dat het maandabonnement automatisch verlengt en dat je bank mogelijk wisselkoerskosten rekent.`) +
          priceTable(['Abonnement', 'Prijs', 'Wat je krijgt'], [
            ['Gratis', '€0', '3 per dag, wazig'],
            ['Pro maand', '± €13,99', 'onbeperkt standaard, 200 HD'],
            ['Pro jaar', '± €89', 'zelfde als Pro, per jaar'],
            ['Credits los', '± €9 / 80', 'geen abonnement'],
          ]) +
          p(`Opzeggen kan alleen via het accountmenu onder "Billing" en niet per e-mail.`) +
          footer('© 2026 EerlijkeReview.test'),
      },
      {
        path: '/werkwijze',
        title: 'Hoe wij testen | EerlijkeReview',
        body:
          nav([['/', 'Review']], 'EerlijkeReview.test') +
          h1('Onze werkwijze') +
          p(`We testen elke dienst minstens twee weken en betalen zelf. We letten op vijf punten: doet het wat het belooft, zijn de prijzen duidelijk, kun je makkelijk opzeggen, wat staat er in het privacybeleid en hoe reageert de klantenservice. Aanbieders kunnen niet betalen voor een hogere score. Wel verdienen we aan sommige links; die links zijn gemarkeerd.`) +
          footer('© 2026 EerlijkeReview.test'),
      },
      {
        path: '/contact',
        title: 'Contact | EerlijkeReview',
        body:
          nav([['/', 'Review']], 'EerlijkeReview.test') +
          h1('Contact') +
          p(`Heb je een vraag over een review, of is een prijs veranderd? Laat het ons weten via het formulier. We reageren meestal binnen twee werkdagen. Let op: we zijn geen klantenservice van Unveilo of andere diensten en kunnen niets terugbetalen. Voor problemen met een betaling neem je contact op met de aanbieder zelf of met je bank. Aanbieders die een review willen: we bespreken alleen diensten die we zelf hebben betaald.`) +
          textForm('Je e-mailadres', 'Versturen', '/contact/verstuur') +
          footer('© 2026 EerlijkeReview.test'),
      },
    ],
  },

  // 10 — nl alternatives
  {
    host: 'alternatievenlijst.test', lang: 'nl', label: 'directory', shape: 'alternatives', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Morphmuse alternatieven: 5 apps zoals Morphmuse | Alternatievenlijst',
        head: metaDescription('Op zoek naar een alternatief voor Morphmuse? Vijf vergelijkbare face-swap tools met 18+ templates, met prijzen.'),
        body:
          nav([['/', 'Home'], ['/morphmuse', 'Over Morphmuse'], ['/alle-tools', 'Alle tools'], ['/disclaimer', 'Disclaimer']], 'Alternatievenlijst') +
          h1('Morphmuse alternatieven: 5 tools zoals Morphmuse') +
          p(`Morphmuse was lang de bekendste face-swap app voor volwassen video's, maar sinds de prijsverhoging en de problemen met de app-versie zoeken veel gebruikers iets anders. Hieronder vijf alternatieven die vergelijkbaar werken: een gezicht uit een foto in een bestaande 18+ template zetten.`) +
          h2('1. Vidmorph') +
          p(`De meest complete vervanger. Vidmorph heeft minder templates dan Morphmuse, maar exporteert in 4K en je kunt een eigen clip uploaden. Vanaf €18 per maand.`) +
          p(a('https://vidmorph.test/?ref=altlijst', 'Bekijk Vidmorph')) +
          h2('2. Dupeface') +
          p(`Vooral voor telefoon: Dupeface is een APK plus webapp, met "5 gratis swaps per dag". Weekabonnement €5,99.`) +
          p(a('https://dupeface.test/?ref=altlijst', 'Bekijk Dupeface')) +
          h2('3. Swaplush') +
          p(`Swaplush is nieuwer en goedkoper, met een credits-systeem in plaats van een abonnement. Resultaten zijn wisselend.`) +
          p(a('https://swaplush.test/?ref=altlijst', 'Bekijk Swaplush')) +
          h2('4. Faceforge 18') +
          p(`Alleen foto's, geen video. Wel veel templates en een nette interface in het Nederlands.`) +
          p(a('https://faceforge18.test/?ref=altlijst', 'Bekijk Faceforge 18')) +
          h2('5. Fakerie') +
          p(`De budgetkeuze: €4,50 per week, GIF- en korte video-export.`) +
          p(a('https://fakerie.test/?ref=altlijst', 'Bekijk Fakerie')) +
          p(`<em>Alternatievenlijst ontvangt een vergoeding als je via bovenstaande links een abonnement neemt.</em>`) +
          footer('© 2026 Alternatievenlijst', [['/disclaimer', 'Disclaimer'], ['/alle-tools', 'Alle tools']]),
      },
      {
        path: '/morphmuse',
        title: 'Wat is Morphmuse? | Alternatievenlijst',
        body:
          nav([['/', 'Home'], ['/alle-tools', 'Alle tools']], 'Alternatievenlijst') +
          h1('Wat is Morphmuse?') +
          p(`Morphmuse is een face-swap dienst die gebruikers een foto laat uploaden en dat gezicht in volwassen video-templates plaatst. De dienst werkt met een maandabonnement (ca. €24) en een aparte app voor Android. Sinds begin 2026 klagen gebruikers over trage rendering, een kleiner gratis tegoed en een app die regelmatig niet opstart. Ook de klantenservice reageert volgens lezers traag. Daarom zetten we hierboven de alternatieven op een rij. ${a('https://morphmuse.test/?ref=altlijst', 'Naar Morphmuse')}`) +
          footer('© 2026 Alternatievenlijst'),
      },
      {
        path: '/alle-tools',
        title: 'Alle tools | Alternatievenlijst',
        body:
          nav([['/', 'Home']], 'Alternatievenlijst') +
          h1('Alle tools op een rij') +
          p(`Alle AI-tools waarvoor we een alternatievenpagina hebben, per categorie. Klik op een naam voor de website van de tool. De lijst wordt elke maand nagelopen; tools die offline zijn gegaan halen we weg, nieuwe tools komen erbij zodra we ze hebben bekeken. Prijzen en functies staan op de afzonderlijke pagina's.`) +
          h3('Face-swap') +
          ul(a('https://morphmuse.test/?ref=altlijst', 'Morphmuse') + ' — app en web', a('https://vidmorph.test/?ref=altlijst', 'Vidmorph') + ' — 4K', a('https://dupeface.test/?ref=altlijst', 'Dupeface') + ' — APK', a('https://swaplush.test/?ref=altlijst', 'Swaplush') + ' — credits') +
          h3('Uitkleden / nudify') +
          ul(a('https://drapeless.test/?ref=altlijst', 'Drapeless') + ' — geen proefversie', a('https://seamgone.test/?ref=altlijst', 'Seamgone') + ' — nieuw', a('https://velvetpeel.test/?ref=altlijst', 'Velvetpeel') + ' — soms offline') +
          footer('© 2026 Alternatievenlijst'),
      },
      {
        path: '/disclaimer',
        title: 'Disclaimer | Alternatievenlijst',
        body:
          nav([['/', 'Home']], 'Alternatievenlijst') +
          h1('Disclaimer') +
          p(`Alternatievenlijst is een informatieve website. Wij bieden zelf geen diensten aan en hebben geen invloed op de inhoud, prijzen of werkwijze van de tools die we noemen. Sommige links zijn affiliate-links. De informatie op deze site kan verouderd zijn; controleer altijd de actuele voorwaarden op de website van de aanbieder. Deze site is bedoeld voor bezoekers van 18 jaar en ouder.`) +
          footer('© 2026 Alternatievenlijst'),
      },
    ],
  },

  // 11 — nl coupon
  {
    host: 'kortingscode-ai.test', lang: 'nl', label: 'directory', shape: 'coupon', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Kortingscodes voor AI-apps — mei 2026 | Kortingscode-AI',
        head: metaDescription('Geldige kortingscodes en actiecodes voor AI-foto-apps en face-swap tools. Code kopiëren en tot 50% besparen.'),
        body:
          nav([['/', 'Alle codes'], ['/winkel/rawlens', 'Rawlens'], ['/winkel/faceflirt', 'Faceflirt'], ['/hoe-werkt-het', 'Hoe werkt het?']], 'Kortingscode-AI') +
          cookieBanner('Deze site gebruikt cookies, ook van partners, om kortingen toe te kennen.', 'Prima', 'Nee, liever niet') +
          h1('Kortingscodes voor AI-tools') +
          p(`Hier vind je actiecodes voor populaire AI-fotoapps, uitkleed-tools en face-swap diensten. Klik op "Code kopiëren", plak de code bij het afrekenen op de site van de aanbieder en je korting wordt verrekend. Codes worden dagelijks gecontroleerd door ons team en door bezoekers, die met één klik laten weten of een code nog werkt. Verlopen codes laten we nog een week staan, omdat ze soms toch nog geaccepteerd worden.`) +
          priceTable(['Aanbieder', 'Korting', 'Code', 'Geldig tot', ''], [
            ['Rawlens', '30% op eerste week', 'RAW30NL', '31-05-2026', button('Code kopiëren')],
            ['Faceflirt', '+15 credits gratis', 'FLIRT15', '20-06-2026', button('Code kopiëren')],
            ['Seamgone', '2x credits', 'SEAM2X', '07-06-2026', button('Code kopiëren')],
            ['Unveilo', '20% op jaarabonnement', 'UNV20', '30-06-2026', button('Code kopiëren')],
            ['Swaplush', '€3 korting', 'LUSH3', 'verlopen', button('Code kopiëren')],
          ]) +
          p(`Na het kopiëren opent de winkel in een nieuw tabblad: ${a('https://rawlens.test/?aff=kcai', 'Rawlens')}, ${a('https://faceflirt.test/?aff=kcai', 'Faceflirt')}, ${a('https://seamgone.test/?aff=kcai', 'Seamgone')}, ${a('https://unveilo.test/?aff=kcai', 'Unveilo')}.`) +
          faq('Vragen', [
            ['Werkt een code niet?', 'Aanbieders trekken codes soms zonder aankondiging in. Probeer een andere code of laat het ons weten.'],
            ['Verdienen jullie hieraan?', 'Ja, een kleine commissie per aankoop. Voor jou blijft de prijs gelijk.'],
          ]) +
          footer('© 2026 Kortingscode-AI · wij zijn geen verkoper van de genoemde diensten', [['/hoe-werkt-het', 'Hoe werkt het?'], ['/voorwaarden', 'Voorwaarden']]),
      },
      {
        path: '/winkel/rawlens',
        title: 'Rawlens kortingscode — 4 geldige codes',
        body:
          nav([['/', 'Alle codes'], ['/winkel/faceflirt', 'Faceflirt']], 'Kortingscode-AI') +
          h1('Rawlens kortingscodes') +
          p(`Rawlens is een AI-tool die met een weekabonnement werkt en naast uitkleden ook een "x-ray" filter aanbiedt. De actiecodes gelden meestal alleen voor nieuwe accounts. Na de eerste week betaal je weer de normale prijs van €6,50 per week, tenzij je op tijd opzegt.`) +
          ul('RAW30NL — 30% op de eerste week — tot 31-05-2026 ' + button('Code kopiëren'), 'LENS10 — 10% op credits — geen einddatum ' + button('Code kopiëren'), 'TGRAW — 5 gratis credits via de Telegram-bot ' + button('Code kopiëren')) +
          p(a('https://rawlens.test/?aff=kcai&utm_source=winkelpagina', 'Naar Rawlens')) +
          footer('© 2026 Kortingscode-AI'),
      },
      {
        path: '/winkel/faceflirt',
        title: 'Faceflirt actiecode — gratis credits',
        body:
          nav([['/', 'Alle codes'], ['/winkel/rawlens', 'Rawlens']], 'Kortingscode-AI') +
          h1('Faceflirt actiecodes') +
          p(`Faceflirt verkoopt credits voor face-swaps in foto- en videotemplates, ook 18+. Credits verlopen niet. Met deze codes krijg je extra credits of korting op grotere pakketten. Een swap in 1080p kost 1 credit, een video in 4K kost er 3. Codes zijn niet te combineren.`) +
          ul('FLIRT15 — 15 credits extra — tot 20-06-2026 ' + button('Code kopiëren'), 'BIGPACK — 12% op het pakket van 500 — tot 31-07-2026 ' + button('Code kopiëren')) +
          p(a('https://faceflirt.test/credits?aff=kcai', 'Naar Faceflirt')) +
          footer('© 2026 Kortingscode-AI'),
      },
      {
        path: '/hoe-werkt-het',
        title: 'Hoe gebruik je een kortingscode? | Kortingscode-AI',
        body:
          nav([['/', 'Alle codes']], 'Kortingscode-AI') +
          h1('Zo gebruik je een kortingscode') +
          ol('Kies een aanbieding en klik op "Code kopiëren".', 'De website van de aanbieder opent in een nieuw tabblad.', 'Kies daar je abonnement of creditpakket.', 'Plak de code in het veld "kortingscode", "coupon" of "promo code".', 'Controleer of de prijs lager is voordat je betaalt.') +
          p(`Lukt het niet? Sommige codes werken alleen met kaartbetaling of alleen voor nieuwe klanten.`) +
          footer('© 2026 Kortingscode-AI'),
      },
      {
        path: '/voorwaarden',
        title: 'Voorwaarden | Kortingscode-AI',
        body:
          nav([['/', 'Alle codes']], 'Kortingscode-AI') +
          h1('Voorwaarden') +
          p(`Kortingscode-AI verzamelt kortingen die door derden worden aangeboden. We zijn niet verantwoordelijk voor de diensten zelf, hun inhoud of hun betalingen. Alle codes zonder garantie. De site is alleen bedoeld voor meerderjarigen. Sommige links zijn affiliate-links waarmee wij commissie verdienen. Klachten over een aankoop moet je bij de aanbieder zelf indienen; wij hebben geen toegang tot bestellingen of accounts en kunnen geen terugbetaling regelen.`) +
          footer('© 2026 Kortingscode-AI'),
      },
    ],
  },

  // 12 — nl telegram-list
  {
    host: 'botlijst-nl.test', lang: 'nl', label: 'directory', shape: 'telegram-list', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Telegram AI-bots lijst 2026 — uitkleed- en face-swap bots | Botlijst',
        body:
          nav([['/', 'Bots'], ['/kanalen', 'Kanalen'], ['/nieuw', 'Nieuw toegevoegd'], ['/veelgestelde-vragen', 'FAQ']], 'Botlijst.nl') +
          h1('De grootste lijst met Telegram AI-bots') +
          p(`Telegram-bots zijn populair omdat je niets hoeft te installeren: je opent de chat, stuurt een foto en de bot stuurt het resultaat terug. Betalen gaat meestal met Telegram Stars of crypto. Wij houden bij welke bots nog werken. Laatste controle: zondag.`) +
          h2('Uitkleed-bots') +
          ul(
            `${tg('rawlens_bot')} — Nederlands menu, 2 gratis pogingen — 14,3k leden`,
            `${tg('gauzely_ai_bot')} — goedkoopste, ±€0,10 per foto — 22,7k leden`,
            `${tg('undrix_robot')} — back-up van de oude bot — 9,4k leden`,
            `${tg('seamgone_nl_bot')} — nieuw, nog weinig bekend — 1,8k leden`,
          ) +
          h2('Face-swap bots (18+)') +
          ul(
            `${tg('dupeface_swapbot')} — foto en korte video — 11k leden`,
            `${tg('swaplush_bot')} — credits per swap — 5,2k leden`,
            `${tg('fakerie_gif_bot')} — GIF's — 3,9k leden`,
          ) +
          p(`Botlijst.nl is geen eigenaar van deze bots en heeft er geen contact mee. Wij linken alleen. Telegram kan een bot op elk moment blokkeren.`) +
          faq('Snelle vragen', [
            ['Zijn de bots gratis?', 'Bijna alle bots geven een paar gratis pogingen; daarna betaal je per foto of per week.'],
            ['Een link werkt niet meer?', 'Dan is de bot waarschijnlijk verbannen. Kijk op de pagina Kanalen voor de nieuwe link.'],
          ]) +
          footer('Botlijst.nl © 2026 — niet gelieerd aan Telegram', [['/kanalen', 'Kanalen'], ['/veelgestelde-vragen', 'FAQ']]),
      },
      {
        path: '/kanalen',
        title: 'Telegram kanalen | Botlijst',
        body:
          nav([['/', 'Bots'], ['/nieuw', 'Nieuw']], 'Botlijst.nl') +
          h1('Kanalen met nieuwe botlinks') +
          p(`Deze kanalen posten de nieuwe link als een bot verbannen wordt. Handig om te volgen, want Telegram haalt dit soort bots regelmatig offline en de makers beginnen dan meteen een nieuwe bot onder een iets andere naam. Ledenaantallen zijn van de laatste controle, afgerond op honderdtallen.`) +
          ul(
            `${tg('ai_bots_nederland')} — 6,1k leden`,
            `${tg('aiundress_updates')} — Engelstalig, 88k leden`,
            `${tg('rawlens_news')} — officieel kanaal van Rawlens, 4k leden`,
          ) +
          footer('Botlijst.nl © 2026'),
      },
      {
        path: '/nieuw',
        title: 'Nieuw toegevoegd | Botlijst',
        body:
          nav([['/', 'Bots'], ['/kanalen', 'Kanalen']], 'Botlijst.nl') +
          h1('Nieuw toegevoegd') +
          ul(
            `12 mei — ${tg('seamgone_nl_bot')} — uitkleden, Nederlands`,
            `3 mei — ${tg('swaplush_bot')} — face-swap met credits`,
            `27 april — ${tg('baremint_ai_bot')} — uitkleden + swap in één bot`,
          ) +
          p(`Wil je een bot aanmelden? Stuur de naam naar ons kanaal. We testen elke bot voordat hij op de lijst komt en we zetten geen bots op de lijst die meteen geld vragen. Aanmelden is gratis. Een plek bovenaan de lijst kan niet gekocht worden.`) +
          footer('Botlijst.nl © 2026'),
      },
      {
        path: '/veelgestelde-vragen',
        title: 'FAQ | Botlijst',
        body:
          nav([['/', 'Bots']], 'Botlijst.nl') +
          faq('Veelgestelde vragen', [
            ['Wat is Botlijst.nl?', 'Een overzicht van Telegram-bots en kanalen rond AI-fotobewerking. Wij maken zelf geen bots.'],
            ['Hoe tellen jullie leden?', 'We nemen het aantal dat Telegram publiek toont op de dag van controle.'],
            ['Kan ik een bot laten verwijderen?', 'Ja. Stuur ons de link en de reden. Meld misbruik ook bij Telegram zelf.'],
            ['Is dit legaal?', 'Het maken of verspreiden van zulke beelden van iemand zonder toestemming kan strafbaar zijn. Gebruik de bots niet met foto\'s van anderen.'],
          ]) +
          footer('Botlijst.nl © 2026'),
      },
    ],
  },
];
