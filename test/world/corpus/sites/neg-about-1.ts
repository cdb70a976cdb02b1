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

const ledgerNav = nav(
  [
    ['/', 'Front page'],
    ['/tech', 'Tech'],
    ['/tech/2026/02/11/inside-the-nudify-economy', 'Investigations'],
    ['/newsletters?utm_source=masthead', 'Newsletters'],
    ['/about/corrections', 'Corrections'],
  ],
  'The Ledgerline',
);
const ledgerFoot = footer('© 2026 The Ledgerline Media Ltd. Independent journalism, reader funded.', [
  ['/about/corrections', 'Corrections policy'],
  ['/privacy', 'Privacy'],
  ['/newsletters?utm_source=footer', 'Newsletters'],
  ['/contact', 'Contact the newsroom'],
]);

const wikiNav = nav(
  [
    ['/', 'Main page'],
    ['/wiki/Nudification_software', 'Nudification software'],
    ['/wiki/Deepfake_pornography', 'Deepfake pornography'],
    ['/wiki/Image-based_sexual_abuse', 'Image-based sexual abuse'],
    ['/wiki/Special:Random', 'Random article'],
  ],
  'Freepedia',
);

export const sites: CorpusSite[] = [
  // 1 — news (en)
  {
    host: 'ledgerline-news.test', lang: 'en', label: 'unrelated', shape: 'news', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'The Ledgerline — News, investigations and analysis',
        head: metaDescription('Independent reporting on technology, money and power. Today: how undress apps turned a selfie into a product.'),
        body:
          ledgerNav +
          cookieBanner('We use cookies to measure readership and keep the paywall fair. You can refuse all non-essential cookies.', 'Accept all', 'Only essential') +
          section(
            h2('Lead story'),
            h1(a('/tech/2026/02/11/inside-the-nudify-economy', 'Inside the nudify economy: how undress apps turned a stolen selfie into a subscription')),
            p('By Hannah Okafor and Dev Lindqvist · 11 February 2026 · 14 min read'),
            img(1, 'Illustration: a phone screen showing a blurred upload button'),
            p('They advertise on meme pages and in Telegram channels, promise to "remove clothes from any photo in seconds" and charge by the credit. Over four months we followed the money behind a dozen nudify services, from the first free undress to the crypto checkout, and found the same handful of payment processors and hosting companies behind most of them.'),
          ) +
          section(
            h2('More from Tech'),
            ul(
              a('/tech/2026/02/12/payment-firms-respond', 'Two payment firms cut off deepfake sites after our questions'),
              a('/tech/2026/02/04/school-deepfake-case', 'A school, a group chat and 40 fake images: what one headteacher learned'),
              'Chip shortage eases, but not for the cheapest phones',
              'Why your smart meter still can’t talk to your boiler',
            ),
          ) +
          section(
            h2('Opinion'),
            ul('Regulating the undress apps is not censorship — it is consumer law', 'Letters: our readers on AI, consent and the classroom'),
          ) +
          section(
            h2('Get the Tech Briefing'),
            p('Three stories that matter, every Thursday. No spam, unsubscribe any time.'),
            textForm('Your email address', 'Sign me up', '/newsletters/subscribe'),
          ) +
          ledgerFoot,
      },
      {
        path: '/tech/2026/02/11/inside-the-nudify-economy',
        title: 'Inside the nudify economy: how undress apps turned a stolen selfie into a subscription | The Ledgerline',
        head:
          metaDescription('A four-month investigation into nudify and deepfake websites, their marketing, their prices and the companies that process their payments.') +
          jsonLd({
            '@context': 'https://schema.org',
            '@type': 'NewsArticle',
            headline: 'Inside the nudify economy: how undress apps turned a stolen selfie into a subscription',
            datePublished: '2026-02-11T06:00:00Z',
            author: [{ '@type': 'Person', name: 'Hannah Okafor' }, { '@type': 'Person', name: 'Dev Lindqvist' }],
            publisher: { '@type': 'Organization', name: 'The Ledgerline' },
          }),
        body:
          ledgerNav +
          article(
            h1('Inside the nudify economy: how undress apps turned a stolen selfie into a subscription'),
            p('By Hannah Okafor and Dev Lindqvist · Published 11 February 2026, updated 12 February 2026'),
            p('The pitch is always the same. "Upload a photo. Our AI does the rest." On the home page of one service we examined, a counter claims that 2.3 million images have been "undressed" this month. A button reads "Try your first nudify free". Nobody in those photos agreed to anything.'),
            p('Over four months, The Ledgerline created test accounts on twelve nudify and deepfake websites, using only photos of a shop mannequin and AI-generated faces that belong to no real person. We never uploaded an image of a real human being. We recorded what each service promised, what it charged and who took the money.'),
            h2('Credits, tiers and "VIP"'),
            p('Most of the sites sell credits. At a service calling itself VeilGone (' + a('https://veilgone.test/?ref=ledgerline', 'veilgone.test') + '), 100 credits cost $9.99 and one "remove clothes" generation costs 5 credits. A "Pro" tier at $29.90 a month promises "HD undress, no watermark, priority queue". Another, SilkStrip, markets an "x-ray mode" and a "lingerie mode" side by side, as if they were photo filters.'),
            p('Where card payments failed, the sites pushed us to crypto. Three used a checkout hosted on another domain, which described the purchase as "digital art credits". One asked us to pay by gift card through a Telegram bot, ' + a('https://t.me/VeilGoneBot', '@VeilGoneBot') + ', which replied within seconds with a price list.'),
            blockquote('"It is the same product with a different logo. Someone sells the back end, and a hundred front ends rent it."', 'A former contractor who built payment integrations for two such sites'),
            h2('Who runs them'),
            p('Domain registrations were almost always private. But the sites shared analytics IDs, the same support e-mail template and, in four cases, the same misspelled terms of service, which told users they must have "the consent of the persons depicted" — a line the sites’ own advertising contradicts.'),
            h2('What the law says'),
            p('Creating or sharing a sexual deepfake of a real person without consent is a criminal offence in a growing number of countries. Under the EU Digital Services Act, hosting providers must act on notices about illegal content. Legal experts told us the payment chain is the weak point: without processors, the deepfake and undress business is hard to run at scale.'),
            p('VeilGone and SilkStrip did not respond to repeated requests for comment.'),
          ) +
          section(
            h2('Related articles'),
            ul(
              a('/tech/2026/02/12/payment-firms-respond', 'Two payment firms cut off deepfake sites after our questions'),
              a('/tech/2026/02/04/school-deepfake-case', 'A school, a group chat and 40 fake images'),
            ),
          ) +
          section(
            h2('Comments (87)'),
            p('<strong>marta_k</strong> · 3 hours ago — Thank you for not linking these sites directly in the headline. My niece went through this last year and the police had no idea what "nudify" even meant.'),
            p('<strong>oldschooldev</strong> · 2 hours ago — The back-end reseller angle is the real story. Follow the GPUs.'),
            p('<strong>J. Ferreira</strong> · 1 hour ago — Why are app stores still allowing ads for these? Saw one yesterday promising to "undress any girl". Reported it, nothing happened.'),
            button('Load more comments'),
          ) +
          ledgerFoot,
      },
      {
        path: '/tech/2026/02/12/payment-firms-respond',
        title: 'Two payment firms cut off deepfake sites after our questions | The Ledgerline',
        body:
          ledgerNav +
          article(
            h1('Two payment firms cut off deepfake sites after our questions'),
            p('By Dev Lindqvist · 12 February 2026'),
            p('Less than a day after The Ledgerline published its investigation into nudify apps, two payment companies said they had closed merchant accounts linked to the sites. One said the merchants had registered as an "AI art education platform" and had misdescribed their business.'),
            p('Campaigners welcomed the move but warned that the sites usually reappear within days on a new domain with a new checkout. "They swap the logo, keep the undress engine and carry on," said a spokesperson for a digital rights group.'),
            p('At the time of writing, the VeilGone website still accepted cryptocurrency, and its Telegram bot was still advertising a "weekend deal: 300 credits for $19".'),
          ) +
          ledgerFoot,
      },
      {
        path: '/newsletters',
        title: 'Newsletters | The Ledgerline',
        body:
          ledgerNav +
          h1('Our newsletters') +
          p('Choose the briefings you want. All of them are free, written by our journalists and sent from a real inbox you can reply to.') +
          ul(
            '<strong>Tech Briefing</strong> — Thursdays. Platforms, AI, privacy and the people who regulate them.',
            '<strong>Morning Ledger</strong> — Weekdays at 7am. The five stories you need before work.',
            '<strong>Follow the Money</strong> — Monthly. Our investigations team explains how a story was reported.',
          ) +
          textForm('Email', 'Subscribe', '/newsletters/subscribe') +
          p('We never sell your address. Read our privacy notice to see how we handle subscriber data.') +
          ledgerFoot,
      },
      {
        path: '/about/corrections',
        title: 'Corrections policy | The Ledgerline',
        body:
          ledgerNav +
          h1('Corrections and clarifications') +
          p('We correct errors promptly and openly. When a mistake changes the meaning of a story, we add a note at the end of the article saying what was wrong and when it was fixed.') +
          p('12 February 2026: An earlier version of "Inside the nudify economy" said VeilGone charged $8.99 for 100 credits. The price shown to us was $9.99. We have corrected this.') +
          p('To report an error, write to the readers’ editor. We read every message, though we cannot always reply individually.') +
          ledgerFoot,
      },
    ],
  },

  // 2 — ngo (en)
  {
    host: 'consentframe.test', lang: 'en', label: 'unrelated', shape: 'ngo', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Consent Frame — Ending image-based abuse',
        head:
          metaDescription('Consent Frame is a charity fighting nudify apps, sexual deepfakes and image-based abuse through research, support and campaigns.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'NGO', name: 'Consent Frame', url: 'https://consentframe.test/', foundingDate: '2019' }),
        body:
          nav(
            [
              ['/explainer/nudify-apps', 'What are nudify apps?'],
              ['/campaign/close-the-pipes', 'Our campaign'],
              ['/about', 'About us'],
              ['/donate?utm_source=nav', 'Donate'],
            ],
            'Consent Frame',
          ) +
          h1('Nobody should be undressed by an app.') +
          p('Every day, thousands of photos of real people are uploaded to nudify websites that claim to "remove clothes with AI". The people in those photos — classmates, colleagues, ex-partners, streamers — never agreed. Consent Frame exists to stop this.') +
          section(
            h2('What we do'),
            ul(
              '<strong>Explain.</strong> Plain-language guides on how undress and deepfake tools work and why they cause real harm.',
              '<strong>Support.</strong> We help people whose images were manipulated to get them taken down.',
              '<strong>Campaign.</strong> We press payment companies, app stores and hosting providers to stop serving these services.',
            ),
          ) +
          section(
            h2('The numbers'),
            p('In our 2025 survey of 2,400 adults, one in nine said they knew someone who had been targeted by a fake nude. Fewer than a third of them reported it anywhere.'),
          ) +
          section(
            h2('Close the pipes'),
            p('Nudify sites need three things: a domain, a server and a way to get paid. Our campaign asks the companies that provide them to enforce their own rules. ' + a('/campaign/close-the-pipes', 'Read the campaign') + '.'),
          ) +
          section(h2('Need help now?'), p('If a manipulated image of you is being shared, you are not alone and it is not your fault. ' + a('/explainer/nudify-apps#help', 'See what you can do') + '.')) +
          p(a('/donate?utm_source=home_banner', 'Donate £10 to keep our helpline answering')) +
          footer('Consent Frame is a registered charity. © 2026 Consent Frame.', [
            ['/about', 'About'],
            ['/privacy', 'Privacy'],
            ['/donate?utm_source=footer', 'Donate'],
            ['/press', 'Press'],
          ]),
      },
      {
        path: '/explainer/nudify-apps',
        title: 'What are nudify apps? An explainer | Consent Frame',
        body:
          h1('What are nudify apps?') +
          p('"Nudify" or "undress" apps are websites, phone apps and Telegram bots that take an ordinary photo of a clothed person and generate a fake nude version of it. They do not reveal anything real: the software invents a body and pastes it under the person’s face. But the result can look convincing, and it is used to humiliate, threaten and extort.') +
          h2('How they market themselves') +
          p('The services we monitor describe themselves as "AI photo editors" or "fantasy generators". Their ads use slogans such as "Undress anyone in one click" and "See through any outfit — 100% private". Many offer a few free credits, then charge roughly $10 for a pack of credits or $20–$40 a month for a subscription. Payments are often taken in cryptocurrency or through resellers to avoid card-network rules.') +
          h2('The "upload a photo" flow') +
          p('The user uploads an image, picks a mode ("bikini", "lingerie", "remove clothes"), waits a few seconds and downloads the result. Some services add a deepfake face-swap feature that puts a person’s face into existing adult videos. None of them can verify that the person in the picture consented.') +
          h2('Why it matters', ) +
          p('Victims describe the experience as a violation even when they know the image is fake. Images spread in group chats and are impossible to fully recall. In many countries, creating or sharing them is now a crime.') +
          h2('If it happened to you', ) +
          p('Save the links and screenshots of where the image appears (not the image itself on a shared device), report it to the platform, and contact a helpline. You can also ask search engines to remove results.'),
      },
      {
        path: '/campaign/close-the-pipes',
        title: 'Close the pipes — campaign | Consent Frame',
        body:
          h1('Close the pipes') +
          p('Nudify and deepfake websites are businesses. They rent servers, register domains and take payments. Each of those companies has terms of service that already forbid non-consensual intimate imagery. Our campaign asks them to enforce those terms.') +
          ol(
            'Payment processors: stop onboarding merchants who sell "undress" credits under vague descriptions.',
            'App stores and ad networks: ban ads that promise to remove clothes from photos.',
            'Hosting and CDN providers: act on notices within 24 hours, as the Digital Services Act expects.',
            'Messaging platforms: shut down Telegram-style bots that sell nudify generations.',
          ) +
          p('Since launching in 2024, the campaign has helped get 212 domains suspended and 37 bots removed.') +
          textForm('Add your name — email address', 'Sign the letter', '/campaign/sign'),
      },
      {
        path: '/donate',
        title: 'Donate | Consent Frame',
        body:
          h1('Fund the fight against image-based abuse') +
          p('Consent Frame takes no money from technology companies. Our work is paid for by people like you.') +
          priceTable(
            ['Gift', 'What it pays for'],
            [
              ['£5 a month', 'One hour of helpline support'],
              ['£10 a month', 'A takedown request followed through to removal'],
              ['£25 a month', 'A school workshop on deepfakes and consent'],
              ['One-off gift', 'Any amount, any time'],
            ],
          ) +
          p('Gift Aid can add 25% to your donation at no cost to you.') +
          button('Donate securely'),
      },
      {
        path: '/about',
        title: 'About us | Consent Frame',
        body:
          h1('About Consent Frame') +
          p('We were founded in 2019 by a group of survivors, lawyers and engineers who were frustrated that "revenge porn" laws did not cover images that were never real in the first place. The rise of nudify apps after 2023 made our work urgent.') +
          p('Today we have eleven staff and more than sixty volunteers. Our trustees include a former police officer, a child-protection specialist and a software engineer. We publish our accounts every year and our research methods are open for review.'),
      },
    ],
  },

  // 3 — government (en)
  {
    host: 'digitalsafety-authority.test', lang: 'en', label: 'unrelated', shape: 'government', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Digital Safety Authority',
        head: metaDescription('The Digital Safety Authority regulates online services and protects users from online harms.'),
        body:
          p('An official website of the Digital Safety Authority') +
          nav(
            [
              ['/news', 'News and press releases'],
              ['/news/2026-03-investigation-nudification-services', 'Latest: investigation'],
              ['/consultations/synthetic-intimate-images', 'Consultations'],
              ['/report', 'Report harmful content'],
              ['/about', 'About us'],
            ],
            'Digital Safety Authority',
          ) +
          cookieBanner('We’d like to set analytics cookies to understand how you use this service.', 'Accept analytics cookies', 'Reject analytics cookies') +
          h1('Keeping people safe online') +
          p('We are the independent regulator for online safety. We set codes of practice for platforms, investigate services that break the rules and help the public report harmful content.') +
          section(
            h2('Latest news'),
            ul(
              a('/news/2026-03-investigation-nudification-services', 'Regulator opens formal investigation into 14 nudification services') + ' — 3 March 2026',
              'New guidance for search services on reporting routes — 19 February 2026',
              'Annual report 2025 published — 30 January 2026',
            ),
          ) +
          section(
            h2('Have your say'),
            p('We are consulting on proposed rules for services that generate synthetic intimate images of real people, including so-called "undress" or "nudify" apps. ' + a('/consultations/synthetic-intimate-images', 'Read the consultation and respond') + ' by 28 April 2026.'),
          ) +
          section(
            h2('Report something'),
            p('If you have seen a deepfake or a fake intimate image of yourself or someone else, you can ' + a('/report', 'report it to us') + '. We cannot remove content ourselves, but we can take action against services that fail to act.'),
          ) +
          footer('© Digital Safety Authority 2026. All content is available under the Open Government Licence, except where otherwise stated.', [
            ['/accessibility', 'Accessibility statement'],
            ['/privacy', 'Privacy notice'],
            ['/cookies', 'Cookies'],
            ['/foi', 'Freedom of information'],
          ]),
      },
      {
        path: '/news/2026-03-investigation-nudification-services',
        title: 'Press release: Regulator opens formal investigation into 14 nudification services',
        head: jsonLd({ '@context': 'https://schema.org', '@type': 'GovernmentOrganization', name: 'Digital Safety Authority' }),
        body:
          h1('Regulator opens formal investigation into 14 nudification services') +
          p('Press release · Published 3 March 2026') +
          p('The Digital Safety Authority has today opened formal investigations into 14 online services that allow users to create fake nude images of real people from ordinary photographs.') +
          p('The services, which describe themselves using terms such as "AI undress", "clothes remover" and "nudify", let users upload a photo of any person and generate a sexualised image in seconds. Several market the feature with slogans such as "Remove clothes from any picture — no skills needed". Most charge for credits, typically around $10 for a starter pack, and several accept only cryptocurrency.') +
          p('Our preliminary assessment found that none of the services had effective age assurance, none had a way to check the consent of the person shown, and several were also promoted through Telegram bots.') +
          blockquote('"These services exist to strip people of their dignity for profit. We will use every power we have to hold them, and the companies that support them, to account."', 'Chief Executive, Digital Safety Authority') +
          h2('Notes to editors') +
          ol('The investigations are being carried out under the online safety framework.', 'Services found in breach can be fined up to 10% of qualifying worldwide revenue and may face business disruption measures.', 'We are not naming the services while investigations are ongoing.'),
      },
      {
        path: '/consultations/synthetic-intimate-images',
        title: 'Consultation: Proposed rules on synthetic intimate image services',
        body:
          h1('Consultation: synthetic intimate image services') +
          p('Open · Closes 28 April 2026') +
          p('We propose to treat any service whose primary function is generating nude or sexual images of identifiable real people without their consent — including "nudify", "undress" and deepfake face-swap tools — as presenting the highest level of risk.') +
          h2('What we propose') +
          ul(
            'Providers must not offer functionality that removes clothing from images of real people.',
            'Search services must down-rank and de-index sites that advertise such functionality.',
            'Payment and advertising intermediaries should be notified of confirmed non-compliant services.',
            'App stores must remove apps whose marketing promises to "undress" photos.',
          ) +
          h2('How to respond') +
          p('Send your response using the online form or by post. We particularly welcome responses from victims and support organisations, schools, and technical experts.'),
      },
      {
        path: '/report',
        title: 'Report harmful content',
        body:
          h1('Report harmful content') +
          p('Use this service to tell us about a website or app that creates or shares fake intimate images, including deepfakes. Do not send us the image itself. Describe what you saw and where.') +
          textForm('Web address (URL) of the service or the page where you saw it', 'Continue', '/report/step-2') +
          p('If you are in immediate danger, call the emergency services. If a child is involved, report it to the police straight away.') +
          p('We read every report, but we cannot reply to each one individually. Reports help us decide which services to investigate.'),
      },
    ],
  },

  // 4 — academic lab (en)
  {
    host: 'smh-lab.test', lang: 'en', label: 'unrelated', shape: 'academic', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Synthetic Media Harms Lab',
        body:
          nav(
            [
              ['/', 'Home'],
              ['/publications', 'Publications'],
              ['/papers/undress-as-a-service', 'Featured paper'],
              ['/people', 'People'],
              ['/data-access', 'Data access'],
            ],
            'SMH Lab',
          ) +
          h1('Synthetic Media Harms Lab') +
          p('We are an interdisciplinary research group in the School of Computing studying how generative AI is abused to create non-consensual intimate imagery, and what platforms, payment systems and law can do about it.') +
          section(
            h2('News'),
            ul(
              'Feb 2026 — Our paper "Undress-as-a-Service: Measuring the Nudification Ecosystem" was accepted at the Symposium on Usable Security and Abuse. ' + a('/papers/undress-as-a-service', 'Read the abstract') + '.',
              'Jan 2026 — We are hiring a postdoc in measurement of online abuse.',
              'Nov 2025 — Lab members gave evidence to a parliamentary committee on deepfakes.',
            ),
          ) +
          section(
            h2('Research themes'),
            ul(
              '<strong>Ecosystem measurement.</strong> Crawling nudify and deepfake sites, their referral networks, and their payment and hosting infrastructure.',
              '<strong>Victim-centred design.</strong> Reporting tools that do not retraumatise the people they are meant to help.',
              '<strong>Detection limits.</strong> Why detecting manipulated images is not enough, and what interventions actually reduce harm.',
            ),
          ) +
          section(
            h2('Ethics'),
            p('We never upload images of real people to the services we study. All measurement is approved by our university ethics board, and we share data only with vetted researchers and trust-and-safety teams.'),
          ) +
          footer('Synthetic Media Harms Lab · School of Computing · © 2026', [
            ['/people', 'Contact'],
            ['/data-access', 'Data access policy'],
          ]),
      },
      {
        path: '/papers/undress-as-a-service',
        title: 'Undress-as-a-Service: Measuring the Nudification Ecosystem — SMH Lab',
        head: jsonLd({
          '@context': 'https://schema.org',
          '@type': 'ScholarlyArticle',
          name: 'Undress-as-a-Service: Measuring the Nudification Ecosystem',
          author: ['A. Mensah', 'L. Brandt', 'K. Ito', 'R. Salgado'],
          datePublished: '2026',
        }),
        body:
          h1('Undress-as-a-Service: Measuring the Nudification Ecosystem') +
          p('Ama Mensah, Lukas Brandt, Kenji Ito, Rosa Salgado · Symposium on Usable Security and Abuse 2026') +
          p(a('/papers/undress-as-a-service.pdf', 'PDF (1.8 MB)') + ' · ' + a('/papers/undress-as-a-service/bibtex', 'BibTeX') + ' · ' + a('/data-access', 'Dataset (on request)')) +
          h2('Abstract') +
          p('AI "nudify" services let users upload a photograph of a clothed person and receive a synthetic nude image of them. We present the first longitudinal measurement of this ecosystem. Over nine months we crawled 318 nudify and deepfake websites, 74 Telegram bots and 51 affiliate directories. We find that the ecosystem is highly concentrated: 61% of front-end sites share one of five back-end image pipelines, and most monetise through credit packs (median price $9.99 for 100 credits) and subscriptions marketed with terms such as "undress", "x-ray" and "remove clothes". We document how sites rotate domains after takedowns, use crypto and gift-card resellers to evade card-network rules, and advertise consent disclaimers that their own marketing contradicts. We discuss implications for payment intermediaries, search engines and regulators under the Digital Services Act.') +
          h2('Cited by') +
          p('14 citations (Google Scholar, March 2026)') +
          h2('Cite as') +
          p('Mensah, A., Brandt, L., Ito, K., Salgado, R. (2026). Undress-as-a-Service: Measuring the Nudification Ecosystem. In Proceedings of SUSA 2026.'),
      },
      {
        path: '/publications',
        title: 'Publications — SMH Lab',
        body:
          h1('Publications') +
          h3('2026') +
          ul(
            a('/papers/undress-as-a-service', 'Undress-as-a-Service: Measuring the Nudification Ecosystem') + '. Mensah, Brandt, Ito, Salgado. SUSA 2026.',
            'Reporting without re-exposure: designing takedown forms for deepfake victims. Salgado, Mensah. CHI 2026 (to appear).',
          ) +
          h3('2025') +
          ul(
            'Who pays for deepfakes? Payment flows of face-swap sites offering adult templates. Brandt, Ito. Workshop on Economics of Security.',
            'Telegram bots as a distribution channel for nudify services. Ito, Mensah. Short paper, Web Measurement Conference.',
            'The limits of NSFW classifiers for protecting real people. Brandt. Technical report.',
          ),
      },
      {
        path: '/people',
        title: 'People — SMH Lab',
        body:
          h1('People') +
          ul(
            '<strong>Dr Ama Mensah</strong> — Lab lead. Measurement of online abuse, web crawling at scale.',
            '<strong>Dr Lukas Brandt</strong> — Senior lecturer. Payment systems, fraud and abuse economics.',
            '<strong>Kenji Ito</strong> — PhD student. Messaging platforms and bot ecosystems.',
            '<strong>Rosa Salgado</strong> — PhD student. Human-computer interaction, victim support tools.',
          ) +
          p('Prospective students: we welcome applications from people with backgrounds in computer science, law, criminology or design. Please read our ethics statement before getting in touch.'),
      },
      {
        path: '/data-access',
        title: 'Data access policy — SMH Lab',
        body:
          h1('Data access policy') +
          p('Our crawl data contains the text, structure and metadata of nudify and deepfake websites. It contains no images of real people. We share it with academic researchers, trust-and-safety teams and regulators who sign a data use agreement.') +
          p('We do not share data with companies that build image-generation products, and we do not provide lists of working services to the public. Requests are reviewed within four weeks.'),
      },
    ],
  },

  // 5 — encyclopedia (en)
  {
    host: 'freepedia.test', lang: 'en', label: 'unrelated', shape: 'encyclopedia', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Freepedia, the free encyclopedia',
        body:
          wikiNav +
          h1('Welcome to Freepedia') +
          p('the free encyclopedia that anyone can edit. 2,914,301 articles in English.') +
          section(
            h2('From today’s featured article'),
            p('The <b>Great Northern Canal</b> is a 19th-century waterway that once carried more coal than any other canal in the region. Construction began in 1821 after two decades of disputes between landowners and mill owners, and the canal remained in commercial use until 1962. Today its towpath is a popular long-distance walking route. (' + a('/wiki/Great_Northern_Canal', 'Full article…') + ')'),
          ) +
          section(
            h2('In the news'),
            ul(
              'A national regulator opens investigations into fourteen ' + a('/wiki/Nudification_software', 'nudification services') + '.',
              'Heavy flooding affects river valleys in three countries.',
              'A long-running space probe completes its final flyby.',
            ),
          ) +
          section(
            h2('Did you know…'),
            ul(
              '… that the first legal ban on ' + a('/wiki/Deepfake_pornography', 'deepfake pornography') + ' predates the word "deepfake" in several dictionaries?',
              '… that some medieval bridges were built with wool merchants’ money?',
            ),
          ) +
          section(h2('Other areas'), p('Community portal · Help desk · Village pump · Current events')) +
          footer('Text is available under a Creative Commons Attribution-ShareAlike licence; additional terms may apply.', [
            ['/wiki/Freepedia:Privacy_policy', 'Privacy policy'],
            ['/wiki/Freepedia:About', 'About Freepedia'],
            ['/wiki/Freepedia:Disclaimers', 'Disclaimers'],
          ]),
      },
      {
        path: '/wiki/Nudification_software',
        title: 'Nudification software - Freepedia',
        body:
          wikiNav +
          h1('Nudification software') +
          p('From Freepedia, the free encyclopedia') +
          '<table class="infobox"><tr><th colspan="2">Nudification software</th></tr><tr><td>Also known as</td><td>Nudify apps, undress apps, "clothes remover" AI</td></tr><tr><td>Type</td><td>Generative image manipulation</td></tr><tr><td>First appeared</td><td>2019</td></tr><tr><td>Related</td><td>Deepfake, image-based sexual abuse</td></tr><tr><td>Legal status</td><td>Restricted or criminalised in many jurisdictions</td></tr></table>' +
          p('<b>Nudification software</b> (also <b>nudify apps</b> or <b>undress apps</b>) is software that uses generative artificial intelligence to alter a photograph of a clothed person so that the person appears nude. The output is synthetic; it does not reveal the real body of the person depicted. Such software is widely used to create non-consensual intimate imagery and is considered a form of ' + a('/wiki/Image-based_sexual_abuse', 'image-based sexual abuse') + '.<sup>[1]</sup>') +
          h2('Contents') +
          ol('History', 'Operation and business model', 'Legal responses', 'See also', 'References') +
          h2('History') +
          p('An early desktop program released in 2019 was withdrawn by its developer within days after press coverage. Copies of its code continued to circulate. From 2023, web-based services using diffusion models became common, often advertised on social media with slogans such as "undress any photo" and "remove clothes in one click".<sup>[2]</sup>') +
          h2('Operation and business model') +
          p('Typical services require the user to upload a photo and choose a mode, sometimes labelled "bikini", "lingerie" or "nude". Researchers have found that most services use a credit system, with packs costing around US$10, and monthly subscriptions. Many operate Telegram bots alongside their websites and accept cryptocurrency.<sup>[3]</sup>') +
          h2('Legal responses') +
          p('Several countries have criminalised the creation or distribution of sexually explicit deepfakes of real people. In the European Union, the Digital Services Act requires hosting providers to act on notices of illegal content, and a 2024 directive on violence against women requires member states to criminalise the non-consensual production of such material.<sup>[4]</sup>') +
          h2('See also') +
          ul(a('/wiki/Deepfake_pornography', 'Deepfake pornography'), a('/wiki/Image-based_sexual_abuse', 'Image-based sexual abuse'), 'Digital Services Act', 'Synthetic media') +
          h2('References') +
          ol(
            'Mensah, A. et al. (2026). "Undress-as-a-Service: Measuring the Nudification Ecosystem". Proceedings of SUSA.',
            'Okafor, H.; Lindqvist, D. (11 February 2026). "Inside the nudify economy". The Ledgerline.',
            'Ito, K.; Mensah, A. (2025). "Telegram bots as a distribution channel for nudify services".',
            'Directive on combating violence against women and domestic violence (2024).',
          ),
      },
      {
        path: '/wiki/Deepfake_pornography',
        title: 'Deepfake pornography - Freepedia',
        body:
          wikiNav +
          h1('Deepfake pornography') +
          p('From Freepedia, the free encyclopedia') +
          p('<b>Deepfake pornography</b> is sexually explicit material in which the face or likeness of a real person has been inserted using machine learning, typically without that person’s consent. It is the most common use of deepfake technology by volume, according to several studies.<sup>[1]</sup>') +
          h2('Production') +
          p('Early deepfakes required hundreds of images of the target and significant computing power. Face-swap services later made the process available to anyone: users upload a single photo and choose a template. Some of these services openly advertise "NSFW templates" or "18+ mode", while mainstream face-swap apps prohibit such use.<sup>[2]</sup>') +
          h2('Targets') +
          p('Targets include celebrities, streamers and influencers, but also private individuals such as classmates and former partners.') +
          h2('See also') +
          ul(a('/wiki/Nudification_software', 'Nudification software'), a('/wiki/Image-based_sexual_abuse', 'Image-based sexual abuse')) +
          h2('References') +
          ol('Brandt, L.; Ito, K. (2025). "Who pays for deepfakes?"', 'Consent Frame (2025). Annual survey on image-based abuse.'),
      },
      {
        path: '/wiki/Image-based_sexual_abuse',
        title: 'Image-based sexual abuse - Freepedia',
        body:
          wikiNav +
          h1('Image-based sexual abuse') +
          p('From Freepedia, the free encyclopedia') +
          p('<b>Image-based sexual abuse</b> (IBSA) is the non-consensual creation, distribution or threat to distribute intimate images of a person. The term is preferred by many researchers and support organisations over "revenge porn", which implies the victim did something to provoke it and does not cover images that were fabricated.') +
          p('Forms include the sharing of private images, voyeuristic recording, sextortion, and synthetic imagery made with ' + a('/wiki/Nudification_software', 'nudification software') + ' or ' + a('/wiki/Deepfake_pornography', 'deepfakes') + '.') +
          h2('See also') +
          ul('Sextortion', 'Cyberstalking', 'Online harassment'),
      },
    ],
  },

  // 6 — blocklist (en)
  {
    host: 'nudifyblock-list.test', lang: 'en', label: 'unrelated', shape: 'blocklist', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'NudifyBlock — a filter list against undress and deepfake sites',
        head: metaDescription('A community-maintained filter list that blocks nudify, undress and sexual deepfake services. Works with uBlock Origin, AdGuard, Pi-hole and more.'),
        body:
          nav(
            [
              ['/', 'Home'],
              ['/lists/nudifyblock-hosts.txt', 'Raw list (hosts)'],
              ['/lists/nudifyblock-abp.txt', 'Raw list (ABP)'],
              ['/contribute', 'Submit a domain'],
              ['/changelog', 'Changelog'],
            ],
            'NudifyBlock',
          ) +
          h1('NudifyBlock') +
          p('A free, open filter list that blocks websites and apps that "undress" people in photos, "remove clothes" with AI, or create sexual deepfakes of real people. Maintained by volunteers since 2023.') +
          p('<strong>Current size:</strong> 1,284 domains · <strong>Last updated:</strong> 2026-03-04 · <strong>Licence:</strong> CC0') +
          section(
            h2('Why this exists'),
            p('Parents, schools and libraries asked for a way to block nudify services at the network level. Commercial filters often miss them because the sites rotate domains every few weeks and describe themselves as harmless "AI photo editors". We track the new domains, mirrors and redirectors so you don’t have to.'),
          ) +
          section(
            h2('How to subscribe'),
            ul(
              '<strong>uBlock Origin / AdGuard:</strong> add ' + a('/lists/nudifyblock-abp.txt', 'nudifyblock-abp.txt') + ' as a custom filter list.',
              '<strong>Pi-hole / AdGuard Home:</strong> add ' + a('/lists/nudifyblock-hosts.txt', 'nudifyblock-hosts.txt') + ' under Adlists.',
              '<strong>DNS resolvers:</strong> a response-policy-zone file is available on request for schools and ISPs.',
            ),
          ) +
          section(
            h2('What we list'),
            p('Domains whose main purpose is generating nude or sexual images of real people without consent: undress sites, deepfake face-swap sites with adult templates, their mirrors and payment redirectors. We do not list general adult sites, ordinary photo editors, or news coverage about these services.'),
          ) +
          faq('FAQ', [
            ['My site was listed by mistake.', 'Open an issue on the ' + a('/contribute', 'contribute page') + ' and explain what your site does. We review false positives first.'],
            ['Do you list Telegram bots?', 'We keep bot handles in a separate file for moderators, since DNS blocking cannot stop them.'],
          ]) +
          footer('NudifyBlock is a volunteer project. Not affiliated with any filtering vendor.', [
            ['/changelog', 'Changelog'],
            ['/contribute', 'Contribute'],
          ]),
      },
      {
        path: '/lists/nudifyblock-hosts.txt',
        title: 'nudifyblock-hosts.txt',
        body:
          '<pre># Title: NudifyBlock (hosts format)\n# Description: Blocks nudify / undress / sexual deepfake services\n# Homepage: https://nudifyblock-list.test/\n# Last modified: 2026-03-04\n# Entries: 1284\n#\n# --- undress / nudify front ends ---\n0.0.0.0 veilgone.test\n0.0.0.0 www.veilgone.test\n0.0.0.0 app.veilgone.test\n0.0.0.0 silkstrip.test\n0.0.0.0 unwrapr.test\n0.0.0.0 xrayly.test\n0.0.0.0 lunabare.test\n0.0.0.0 peelmode.test\n0.0.0.0 undressia.test\n0.0.0.0 bareframe-ai.test\n# --- deepfake face swap (adult templates) ---\n0.0.0.0 skinshift.test\n0.0.0.0 nuvexa.test\n0.0.0.0 cdn.nuvexa.test\n# --- mirrors and redirectors ---\n0.0.0.0 veilgone2.test\n0.0.0.0 go.silkstrip.test\n0.0.0.0 pay.unwrapr.test\n# ... 1268 more entries in the full file</pre>',
      },
      {
        path: '/lists/nudifyblock-abp.txt',
        title: 'nudifyblock-abp.txt',
        body:
          '<pre>[Adblock Plus 2.0]\n! Title: NudifyBlock\n! Expires: 1 day\n! Homepage: https://nudifyblock-list.test/\n! License: CC0\n! Blocks websites that undress people in photos or sell sexual deepfakes.\n||veilgone.test^\n||silkstrip.test^\n||unwrapr.test^\n||xrayly.test^\n||lunabare.test^\n||peelmode.test^\n||undressia.test^\n||bareframe-ai.test^\n||skinshift.test^\n||nuvexa.test^\n! redirectors\n||go.silkstrip.test^\n||pay.unwrapr.test^\n||checkout-veilgone.test^\n! Telegram bot landing pages (web previews)\n||bots.lunabare.test^\n||tg.peelmode.test^\n! end of excerpt — the full file has 1284 rules and is regenerated every night from the hosts list. Report false positives via the contribute page; we remove wrongly listed domains within 48 hours.</pre>',
      },
      {
        path: '/contribute',
        title: 'Submit a domain — NudifyBlock',
        body:
          h1('Submit a domain') +
          p('Found a nudify or deepfake service we are missing? Tell us the domain and what it offers (for example: "upload a photo, remove clothes mode, credits from $9.99"). Please do not upload or link to any generated images.') +
          textForm('Domain and a short description', 'Submit', '/contribute/new') +
          p('Every submission is checked by two maintainers before it is added. We look at the site’s own marketing: whether it promises to undress people, offers an x-ray or nude mode, or sells adult face swaps.'),
      },
      {
        path: '/changelog',
        title: 'Changelog — NudifyBlock',
        body:
          h1('Changelog') +
          ul(
            '2026-03-04 — +23 domains (new mirrors of two undress services after a registrar suspension), −2 false positives (a garment-steaming shop, a background-remover tool).',
            '2026-02-25 — +11 domains. Split Telegram bot handles into a separate moderator file.',
            '2026-02-14 — +40 domains from a coordinated campaign advertising "free nudify credits" on video platforms.',
            '2026-02-01 — Added the ABP-format list.',
            '2026-01-18 — +17 domains. Removed 5 dead domains that no longer resolve. Added a comment header explaining our inclusion criteria (the site itself must offer undress, nudify or adult deepfake generation).',
            '2026-01-05 — First release of the year: 1,172 domains.',
          ),
      },
    ],
  },

  // 7 — victim-help (en)
  {
    host: 'fakesharehelp.test', lang: 'en', label: 'unrelated', shape: 'victim-help', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Fake image of you shared? We can help | FakeShare Helpline',
        head: jsonLd({
          '@context': 'https://schema.org',
          '@type': 'FAQPage',
          mainEntity: [
            { '@type': 'Question', name: 'Is it a crime to make a fake nude of someone?', acceptedAnswer: { '@type': 'Answer', text: 'In many countries, yes.' } },
          ],
        }),
        body:
          nav(
            [
              ['/steps', 'What to do now'],
              ['/removal', 'Getting it removed'],
              ['/report', 'Tell us what happened'],
              ['/contact', 'Call or chat'],
            ],
            'FakeShare Helpline',
          ) +
          p(a('https://quickexit-weather.test/', 'Quick exit ✕') + ' — leave this site quickly') +
          h1('A fake nude of you is being shared. What now?') +
          p('First: this is not your fault. Someone took a normal photo of you and put it through a "nudify" or "undress" app, or made a deepfake. The picture is fake, the harm is real, and there is a lot we can do about it together.') +
          section(
            h2('Three things you can do today'),
            ol(
              '<strong>Don’t engage.</strong> Don’t reply to the person sharing it, and don’t pay anyone who threatens you.',
              '<strong>Write down where it is.</strong> Note the links, usernames, group names and dates. A screenshot of the page (not of the image itself) can help.',
              '<strong>Get support.</strong> Call us, chat with us, or ' + a('/report', 'describe what happened in our form') + '.',
            ),
          ) +
          section(
            h2('How these images are made'),
            p('Websites and Telegram bots advertise that they can "remove clothes from any photo". They charge a few dollars in credits and need only one picture from social media. They invent what they show — but that doesn’t make it any less upsetting. Knowing how they work helps platforms and police take it seriously.'),
          ) +
          faq('Common questions', [
            ['Is it a crime to make a fake nude of someone?', 'In many countries, yes — creating or sharing a sexual deepfake of a real person without consent is an offence. We can explain the law where you live.'],
            ['Can I get it taken down?', 'Most platforms remove it quickly once reported correctly. See ' + a('/removal', 'getting it removed') + '.'],
            ['I’m under 18.', 'Tell a trusted adult and contact us. There are special fast routes for images of under-18s, and you will not get in trouble.'],
          ]) +
          footer('FakeShare Helpline · Free and confidential · Mon–Fri 10:00–18:00', [
            ['/contact', 'Contact'],
            ['/privacy', 'Privacy'],
          ]),
      },
      {
        path: '/steps',
        title: 'Step by step | FakeShare Helpline',
        body:
          h1('Step by step: what to do if a deepfake of you is shared') +
          ol(
            '<strong>Breathe.</strong> Take a moment. You do not have to fix everything today.',
            '<strong>Record the evidence.</strong> Copy the links to every place the image appears, the name of the account or group that posted it and the date. If you know which app made it (for example a site advertising "AI undress"), note that too.',
            '<strong>Report to the platform.</strong> Use the platform’s own report button and choose "non-consensual intimate image" or similar. Say clearly that the image is fake and made without consent.',
            '<strong>Ask search engines to remove it.</strong> Most offer a form for removing fake explicit images from results.',
            '<strong>Consider the police.</strong> You can report even if you don’t know who made it. We can help you prepare.',
            '<strong>Look after yourself.</strong> Tell someone you trust. Our advisers are here for as long as you need.',
          ),
      },
      {
        path: '/removal',
        title: 'Getting it removed | FakeShare Helpline',
        body:
          h1('Getting a fake image removed') +
          p('We work with social networks, messaging apps, hosting companies and search engines to remove fake intimate images. With your permission, we can send reports on your behalf using the notice procedures that the law requires platforms to offer.') +
          p('If the image appears on the nudify website itself — some services publish a "gallery" of results — we can report the site to its hosting provider and domain registrar. Many of these sites run Telegram bots too; we report those to the messaging platform.') +
          p('We will never ask you to send us the image. We only need the links and a description.'),
      },
      {
        path: '/report',
        title: 'Tell us what happened | FakeShare Helpline',
        body:
          h1('Tell us what happened') +
          p('Use this form to describe your situation in your own words. Please do not attach or paste any images. An adviser will contact you within two working days in the way you choose.') +
          '<form action="/report/send" method="post"><label>What happened? (describe it in words)<textarea name="description"></textarea></label><label>Links where the image appears (one per line)<textarea name="links"></textarea></label><label>How should we contact you?<input name="contact"></label><button>Send securely</button></form>' +
          p('Everything you tell us is confidential. We only share information with others if you ask us to, or if someone is in immediate danger.'),
      },
      {
        path: '/contact',
        title: 'Call or chat | FakeShare Helpline',
        body:
          h1('Call or chat with us') +
          p('Phone: 0800 000 0000 (free from mobiles and landlines). Live chat: weekdays 10:00–18:00. Email: help@fakesharehelp.test.') +
          p('Our advisers are trained to support people affected by deepfakes, nudify apps and image-based abuse. You can stay anonymous if you prefer. If you are in danger right now, please call the emergency services.') +
          p('We are not the police and we will never pressure you to report. We can explain your options, help you write down what happened, and stay with you through every step of getting the image removed. Calls do not appear on itemised phone bills.'),
      },
    ],
  },

  // 8 — law-firm (en)
  {
    host: 'harrowquill-law.test', lang: 'en', label: 'unrelated', shape: 'law-firm', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Image-Based Abuse Lawyers | Harrow & Quill',
        head: jsonLd({ '@context': 'https://schema.org', '@type': 'LegalService', name: 'Harrow & Quill LLP', areaServed: 'UK and EU' }),
        body:
          nav(
            [
              ['/', 'Image-based abuse'],
              ['/insights/dsa-notice-and-action-deepfakes', 'Insights'],
              ['/fees', 'Fees'],
              ['/team', 'Our team'],
              ['/contact?src=header', 'Free consultation'],
            ],
            'Harrow & Quill',
          ) +
          h1('Deepfakes and image-based abuse') +
          p('Our specialist team acts for people whose images have been shared without consent, including fake nude images created with "nudify" and "undress" apps and sexual deepfakes. We act fast, we act discreetly, and we have removed content from hundreds of websites.') +
          section(
            h2('How we help'),
            ul(
              'Urgent takedown notices to platforms, hosts and search engines',
              'Court orders against anonymous uploaders and website operators',
              'Claims for damages for misuse of private information and harassment',
              'Working with police and prosecutors on criminal complaints',
              'Data-protection complaints where your personal data was processed unlawfully',
            ),
          ) +
          section(
            h2('Why it works'),
            p('Most nudify and deepfake sites are run anonymously from abroad. But they rely on hosting companies, CDNs, domain registrars and payment processors that are subject to European law. Under the Digital Services Act these intermediaries must act on properly substantiated notices. We know how to write them.'),
          ) +
          blockquote('"Within a week, every copy we had found was gone. They treated me like a person, not a case number."', 'Client, 2025') +
          section(h2('Talk to us'), p('Your first 30-minute consultation is free and confidential. ' + a('/contact?src=home_cta', 'Book a call') + '.')) +
          footer('Harrow & Quill LLP is authorised and regulated by the Solicitors Regulation Authority. © 2026', [
            ['/privacy', 'Privacy'],
            ['/complaints', 'Complaints procedure'],
            ['/fees', 'Price transparency'],
          ]),
      },
      {
        path: '/insights/dsa-notice-and-action-deepfakes',
        title: 'Using DSA notice-and-action against nudify sites | Harrow & Quill',
        body:
          article(
            h1('Using the DSA notice-and-action procedure against nudify and deepfake sites'),
            p('By our Image-Based Abuse team · 20 January 2026 · 7 min read'),
            p('Article 16 of the Digital Services Act requires hosting providers to put in place mechanisms that let anyone notify them of illegal content. A notice that is sufficiently precise and substantiated gives the provider "actual knowledge" — and with it, the loss of its liability shield if it fails to act expeditiously.'),
            h2('What a good notice contains'),
            ul(
              'The exact URLs of the content, not just the domain',
              'A clear explanation of why the content is illegal (for example, the creation of a sexual deepfake without consent under national criminal law)',
              'The name and email of the person submitting, except for certain offences',
              'A statement of good faith',
            ),
            h2('The problem with "upload a photo" services'),
            p('Nudify services often do not host the output publicly; the user downloads it. The service itself — its marketing promising to "remove clothes from any photo", its upload form and its credit checkout — may then be the target of the notice, alongside the places where the output was shared. Hosting providers are increasingly willing to treat a site whose sole purpose is undressing real people as manifestly illegal.'),
            h2('Intermediaries beyond the host'),
            p('Where the host does not respond, notices to the CDN, the domain registrar and the payment processor can be effective. We also use trusted flaggers where available.'),
            p('<em>This article is general information, not legal advice.</em>'),
          ),
      },
      {
        path: '/fees',
        title: 'Fees | Harrow & Quill',
        body:
          h1('Our fees') +
          p('We believe people affected by image-based abuse should know what legal help will cost before they start.') +
          priceTable(
            ['Service', 'Typical fee (excl. VAT)'],
            [
              ['Initial consultation (30 min)', 'Free'],
              ['Takedown package — up to 20 URLs', '£950 fixed fee'],
              ['Disclosure order against a platform', '£4,500 – £8,000'],
              ['Damages claim', 'Conditional fee agreement may be available'],
            ],
          ) +
          p('Legal aid is not usually available for civil claims of this kind, but we will tell you about other sources of funding.'),
      },
      {
        path: '/team',
        title: 'Our team | Harrow & Quill',
        body:
          h1('Our image-based abuse team') +
          p('Our team of five solicitors and two paralegals works exclusively on privacy, harassment and image-based abuse. Between them they have brought some of the first civil claims over AI-generated deepfakes and trained police officers on nudify apps.') +
          p('We work closely with helplines and charities, and we offer reduced rates to clients referred by them.') +
          p('Every client has a named solicitor and a direct phone number. We can meet in person at our office, by video call, or somewhere you feel comfortable.'),
      },
      {
        path: '/contact',
        title: 'Contact | Harrow & Quill',
        body:
          h1('Book a free consultation') +
          p('Tell us briefly what has happened. Please don’t send images — a description and the links are all we need at this stage. A solicitor will call you back within one working day. We will not leave a voicemail or send post unless you tell us it is safe to do so.') +
          '<form action="/contact/send" method="post"><label>Your name<input name="name"></label><label>Phone or email<input name="contact"></label><label>What happened?<textarea name="message"></textarea></label><button>Request a call back</button></form>',
      },
    ],
  },

  // 9 — school-guide (en)
  {
    host: 'safeclass-guides.test', lang: 'en', label: 'unrelated', shape: 'school-guide', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Nudify apps and deepfakes: guidance for schools | SafeClass',
        body:
          nav(
            [
              ['/', 'For schools'],
              ['/parents', 'For parents and carers'],
              ['/lessons/year-9-deepfakes', 'Lesson plan (ages 13–14)'],
              ['/incident-checklist', 'Incident checklist'],
            ],
            'SafeClass',
          ) +
          h1('Nudify apps and deepfakes: what schools need to know') +
          p('Updated January 2026 · For designated safeguarding leads, heads of year and senior leaders') +
          p('Over the past two years, schools have reported a sharp rise in incidents where pupils use "nudify" or "undress" apps on photos of classmates or teachers. The apps are easy to find, often free to try, and advertised on the same platforms pupils use every day.') +
          section(
            h2('What pupils are seeing'),
            p('Ads and videos promise to "see anyone without clothes" or to "remove clothes with one tap". Some apps are disguised as photo editors; others are Telegram bots that ask for a photo and return a fake in seconds. Pupils may not realise that making such an image of a classmate is a serious offence, and that images of under-18s are treated as child sexual abuse material regardless of whether they are real.'),
          ) +
          section(
            h2('Key messages for staff'),
            ul(
              'Treat every incident as a safeguarding matter, not just a behaviour issue.',
              'Never view, copy, forward or save the image — not even to collect evidence.',
              'Support the pupil who was targeted first. Make clear it is not their fault.',
              'Follow your local procedures for involving the police and children’s services.',
            ),
          ) +
          section(
            h2('Resources'),
            ul(
              a('/incident-checklist', 'One-page incident checklist (printable)'),
              a('/lessons/year-9-deepfakes', 'Lesson plan: "Real harm from fake images"'),
              a('/parents', 'Letter template and guidance for parents'),
            ),
          ) +
          footer('SafeClass guides are free to use in schools. © 2026 SafeClass Education Trust.', [
            ['/parents', 'Parents'],
            ['/incident-checklist', 'Checklist'],
            ['/privacy', 'Privacy'],
          ]),
      },
      {
        path: '/parents',
        title: 'For parents and carers | SafeClass',
        body:
          h1('Talking to your child about nudify apps') +
          p('You may have heard about apps that "undress" photos. They are real, they are marketed to young people, and they have been used against children in schools near you. You don’t need to be a tech expert to talk about them.') +
          ul(
            'Start with a news story rather than accusing questions: "Have you heard about these apps?"',
            'Explain that making or sharing a fake nude of someone is abuse and against the law — even as a "joke".',
            'Tell them they can always come to you if it happens to them or a friend, and that you won’t take their phone away for telling you.',
            'Check app-store settings and content filters, but don’t rely on them alone.',
          ),
      },
      {
        path: '/lessons/year-9-deepfakes',
        title: 'Lesson plan: Real harm from fake images | SafeClass',
        body:
          h1('Lesson plan: Real harm from fake images') +
          p('Age group: 13–14 · Duration: 50 minutes · Subject: PSHE / relationships education') +
          h2('Learning objectives') +
          ul('Understand what deepfakes and nudify apps are', 'Recognise the harm caused by non-consensual images, even fake ones', 'Know how to get help and how to support a friend') +
          h2('Activities') +
          ol(
            'Starter (5 min): Show three advertising slogans from such apps (provided, text only, e.g. "Undress any photo in seconds"). Ask: who is this product for? Who is it used against?',
            'Discussion (15 min): A fictional scenario about a group chat. What could each person have done differently?',
            'Myth-busting (15 min): "It’s not real, so it doesn’t matter." "Only famous people are targeted." "You can’t get caught."',
            'Plenary (10 min): Where to get help. Each pupil writes one thing they would say to a friend who was targeted.',
          ) +
          p('Teacher note: do not search for or display any of these apps in class.'),
      },
      {
        path: '/incident-checklist',
        title: 'Incident checklist | SafeClass',
        body:
          h1('Incident checklist: suspected nudify or deepfake image') +
          ol(
            'Do not look at, copy or share the image. Do not ask pupils to show it to you.',
            'Record what you were told, by whom, and when, in words.',
            'Inform the designated safeguarding lead immediately.',
            'Ensure the targeted pupil is safe and supported. Contact their parents or carers unless this would put them at risk.',
            'Involve the police where the image depicts a pupil, which it almost always will.',
            'Use the industry reporting routes for images of under-18s to have copies removed.',
            'Review: what does this tell us about our teaching and our online-safety filters?',
          ),
      },
    ],
  },

  // 10 — fact-check (en)
  {
    host: 'verifydesk.test', lang: 'en', label: 'unrelated', shape: 'fact-check', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'VerifyDesk — independent fact-checking',
        body:
          nav(
            [
              ['/', 'Latest checks'],
              ['/checks/does-xrayly-see-through-clothes', 'Featured'],
              ['/checks/telegram-bot-free-undress-claims', 'Viral claims'],
              ['/methodology', 'How we work'],
            ],
            'VerifyDesk',
          ) +
          h1('Latest fact-checks') +
          article(
            h2(a('/checks/does-xrayly-see-through-clothes', 'Does this "x-ray" app really see through clothes? We checked')),
            p('Rating: <strong>FALSE</strong> · 27 February 2026'),
            p('An app advertised on short-video platforms claims its AI can "see through any outfit". It can’t. It generates an invented image — and that is exactly why it is harmful.'),
          ) +
          article(
            h2(a('/checks/telegram-bot-free-undress-claims', 'No, this Telegram bot does not give "unlimited free undress" — and it keeps your photos')),
            p('Rating: <strong>MISLEADING</strong> · 19 February 2026'),
            p('Messages forwarded in group chats promise free nudify credits for sharing a referral link. We tested the claims without uploading any real person’s photo.'),
          ) +
          article(
            h2('Photo of flooded motorway is from 2019, not this week'),
            p('Rating: <strong>OUT OF CONTEXT</strong> · 18 February 2026'),
          ) +
          article(
            h2('Claim that new ID cards contain a tracking chip is false'),
            p('Rating: <strong>FALSE</strong> · 15 February 2026'),
          ) +
          section(h2('Send us a claim'), p('Seen something you are not sure about? Send us the link and we’ll look into it.'), textForm('Link or description', 'Send', '/tips')) +
          footer('VerifyDesk is a signatory of international fact-checking principles. © 2026', [
            ['/methodology', 'Methodology'],
            ['/corrections', 'Corrections'],
            ['/funding', 'Who funds us'],
          ]),
      },
      {
        path: '/checks/does-xrayly-see-through-clothes',
        title: 'Does this "x-ray" app really see through clothes? We checked | VerifyDesk',
        head: jsonLd({
          '@context': 'https://schema.org',
          '@type': 'ClaimReview',
          claimReviewed: 'The XRayly app can see through clothes in any photo',
          reviewRating: { '@type': 'Rating', ratingValue: 1, bestRating: 5, alternateName: 'False' },
          author: { '@type': 'Organization', name: 'VerifyDesk' },
          datePublished: '2026-02-27',
        }),
        body:
          h1('Does this "x-ray" app really see through clothes? We checked') +
          p('By Priya Natarajan · 27 February 2026') +
          p('<strong>The claim:</strong> Ads for an app called XRayly (' + a('https://xrayly.test/?utm_source=verifydesk', 'xrayly.test') + ') say: "Our AI sees through clothes. Any photo, any outfit, 100% real."') +
          p('<strong>Our rating: FALSE.</strong> No software can recover what a camera did not record. The app generates a fabricated image.') +
          h2('What we did') +
          p('We tested the app using photos of a store mannequin dressed in different outfits and an AI-generated portrait of a person who does not exist. The app offers three free credits and then sells packs: 50 credits for $6.99 and 200 for $19.99. Its "x-ray mode" costs 4 credits per image.') +
          p('The mannequin came back with a human body it does not have. Changing the outfit changed the invented result. In short, the app does not "see" anything — it paints a guess, the same way other nudify and undress tools do.') +
          h2('Why it matters') +
          p('Calling it "x-ray" suggests the result reveals something true about a real person. That framing makes the fake more believable to people who see it, and more damaging to the person targeted. Creating such images of real people without consent is illegal in many places.') +
          h2('Sources') +
          ul('XRayly app store listing and website, accessed 24–26 February 2026', 'Interviews with two image-forensics researchers'),
      },
      {
        path: '/checks/telegram-bot-free-undress-claims',
        title: 'No, this Telegram bot does not give unlimited free undress | VerifyDesk',
        body:
          h1('No, this Telegram bot does not give "unlimited free undress" — and it keeps your photos') +
          p('By Tom Ashdown · 19 February 2026 · Rating: MISLEADING') +
          p('A message circulating in group chats says a bot called ' + a('https://t.me/UnwraprFreeBot', '@UnwraprFreeBot') + ' offers "unlimited free nudify — just invite 3 friends". We found that the bot gives two free generations, then asks for payment in Telegram Stars or crypto: 100 credits for roughly $10.') +
          p('The bot’s terms, linked in its profile, say uploaded photos "may be retained to improve the service". In other words, a photo of someone sent to the bot may be kept by unknown operators.') +
          p('We did not upload any photo of a real person. We recorded the bot’s replies and price menu only.'),
      },
      {
        path: '/methodology',
        title: 'How we work | VerifyDesk',
        body:
          h1('How we work') +
          p('We check claims that are spreading widely and could cause harm. Every fact-check is reviewed by a second editor before publication. We explain our sources and link to them wherever we can, except where linking would send traffic to a harmful service — for nudify and deepfake apps we name the domain but do not promote it.') +
          p('Ratings: TRUE, MOSTLY TRUE, MISLEADING, OUT OF CONTEXT, FALSE. When we make a mistake we correct it and say so at the top of the article.'),
      },
    ],
  },

  // 11 — other: developer blog (en)
  {
    host: 'nilsbuilds.test', lang: 'en', label: 'unrelated', shape: 'other', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'nils builds things',
        body:
          nav([['/', 'Posts'], ['/posts/why-i-said-no-to-an-undress-app', 'Latest'], ['/about', 'About'], ['/rss.xml', 'RSS']], 'nils builds things') +
          h1('nils builds things') +
          p('Notes on freelance software, image pipelines and the occasional rant. I mostly write Python and TypeScript and I’ve been shipping computer-vision stuff for clients since 2016.') +
          article(
            h2(a('/posts/why-i-said-no-to-an-undress-app', 'Why I said no to a $40k contract to build an "undress" app')),
            p('March 2, 2026 · 9 min read'),
            p('A client wanted a "fashion visualisation" tool. Two calls in, it turned out the real feature list had one item: remove clothes from photos of real people. Here’s how the pitch was dressed up, why I walked away, and what I wish other freelancers knew.'),
          ) +
          article(
            h2(a('/posts/follow-up-what-you-sent-me', 'Follow-up: what 200 of you sent me after that post')),
            p('March 9, 2026 · 5 min read'),
            p('Turns out I wasn’t the only one who got the pitch.'),
          ) +
          article(h2('Background removal at 4K without melting your GPU'), p('January 14, 2026 · 12 min read')) +
          article(h2('I rewrote my invoicing script for the fourth time'), p('December 3, 2025 · 4 min read')) +
          footer('© 2026 Nils. Written by hand, no trackers.', [
            ['/about', 'About'],
            ['/rss.xml', 'RSS'],
          ]),
      },
      {
        path: '/posts/why-i-said-no-to-an-undress-app',
        title: 'Why I said no to a $40k contract to build an "undress" app — nils builds things',
        body:
          article(
            h1('Why I said no to a $40k contract to build an "undress" app'),
            p('March 2, 2026'),
            p('The first email said "AI fashion visualisation for e-commerce". Fine, I’ve done virtual try-on work before. The second call was with someone who never turned on their camera and who wanted three things: an upload page, a credits system "like the competitors", and a model that could "remove clothes realistically from any selfie".'),
            p('They sent me a competitor to copy. Its landing page said, verbatim, "Undress her in 3 seconds. No signup." The pricing page had a "Starter" pack of 100 credits for $9.99 and a "VIP" tier with "x-ray mode" and "deepfake video". The checkout went to a crypto processor. There was also a Telegram bot, because "that’s where the whales are".'),
            h2('The bit where I was tempted'),
            p('Honestly? $40,000 for eight weeks. Fully remote. They’d already trained the model; they just needed the web app, the queue, Stripe-or-whatever, and an affiliate system. The technical work was boring and well within my skills.'),
            h2('Why I said no'),
            p('Because the product is the harm. There is no legitimate user of "undress any photo". Every image that goes through it is a real person who didn’t agree. I don’t need a policy document to tell me that; I just had to imagine the photo being of my sister.'),
            p('I also asked a lawyer friend, who pointed out that in several places I could be liable for building it, not just the people running it.'),
            h2('What I wish other freelancers knew'),
            ul(
              'The pitch will not say "nudify". Look for "fashion", "fantasy", "AI art" plus a credits system and crypto payments.',
              'Ask for the mode list. If there is a "nude mode", "x-ray" or "remove clothes" option, you have your answer.',
              'You can report the job posting. I did.',
            ),
          ) +
          section(h2('Comments'), p('Comments are closed. Email me if you want to talk.')),
      },
      {
        path: '/posts/follow-up-what-you-sent-me',
        title: 'Follow-up: what 200 of you sent me — nils builds things',
        body:
          h1('Follow-up: what 200 of you sent me after that post') +
          p('March 9, 2026') +
          p('I expected a few replies. I got over two hundred. About forty were from other developers who’d been approached with almost the same spec — upload form, credits, "undress" and "deepfake" modes, crypto checkout, Telegram bot. Several of the job postings used identical wording.') +
          p('A handful of people told me I was naive and that "someone else will build it anyway". Maybe. But it won’t be me, and every developer who says no makes it a little slower and more expensive.') +
          p('Some of you asked where to report these things. I’ve collected a few options on my about page.'),
      },
      {
        path: '/about',
        title: 'About — nils builds things',
        body:
          h1('About') +
          p('I’m a freelance developer based in a small city with a big harbour. I build image-processing pipelines, internal tools and the odd web shop. I do not take work on surveillance, weapons or anything that generates sexual images of real people.') +
          p('If you were targeted by a nudify or deepfake app, please contact a helpline or support organisation in your country. If you saw a job ad for building one, most freelance platforms have a report button — use it.'),
      },
    ],
  },

  // 12 — other: podcast (en, app shell home)
  {
    host: 'signalnoisepod.test', lang: 'en', label: 'unrelated', shape: 'other', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Signal & Noise — a podcast about technology and the people it hurts',
        jsOnly: true,
        head: jsonLd({ '@context': 'https://schema.org', '@type': 'PodcastSeries', name: 'Signal & Noise', webFeed: 'https://signalnoisepod.test/feed.xml' }),
        body:
          nav([['/episodes', 'All episodes'], ['/episodes/87-the-undress-app-economy', 'Latest episode'], ['/support', 'Support the show']], 'Signal & Noise') +
          h1('Signal & Noise') +
          p('A weekly podcast about technology and the people it hurts — and the people fighting back. Hosted by two former trust-and-safety workers.') +
          section(
            h2('Latest episode'),
            h3(a('/episodes/87-the-undress-app-economy', 'Ep. 87 — The undress app economy')),
            p('58 min · 4 March 2026'),
            p('"Upload any photo. Remove clothes instantly." That slogan sells millions of credits a month. We talk to a researcher who measured the nudify ecosystem, a lawyer who takes these sites down, and a survivor who found a fake of herself in a group chat.'),
            button('▶ Play episode'),
          ) +
          section(
            h2('Recent episodes'),
            ul(
              'Ep. 86 — Content moderators are not okay (52 min)',
              'Ep. 85 — Inside a scam compound’s tech stack (61 min)',
              'Ep. 84 — Age verification: who gets to see your ID? (47 min)',
            ),
          ) +
          section(h2('About the hosts'), p('Between them, our two hosts spent eleven years reviewing reports on large social platforms. They left to talk openly about what they saw, and about what actually works against harassment, scams and image-based abuse.')) +
          p('Listen on your favourite podcast app or subscribe via RSS.') +
          footer('Signal & Noise is listener-supported. © 2026', [
            ['/support', 'Support'],
            ['/episodes', 'Archive'],
            ['/feed.xml', 'RSS'],
          ]),
      },
      {
        path: '/episodes/87-the-undress-app-economy',
        title: 'Ep. 87 — The undress app economy | Signal & Noise',
        head: jsonLd({ '@context': 'https://schema.org', '@type': 'PodcastEpisode', name: 'The undress app economy', episodeNumber: 87, datePublished: '2026-03-04', duration: 'PT58M' }),
        body:
          h1('Ep. 87 — The undress app economy') +
          p('4 March 2026 · 58 minutes') +
          button('▶ Play') +
          h2('Show notes') +
          p('Nudify apps promise to "remove clothes from any photo" for a few dollars in credits. In this episode we look at how the business works — the marketing, the Telegram bots, the crypto checkouts — and at the people on the receiving end.') +
          h2('Chapters') +
          ul(
            '00:00 — Cold open: reading out real (anonymised) ad copy',
            '04:12 — How an undress site actually makes money: credit packs around $10, "VIP" subscriptions',
            '17:40 — Why payment processors matter more than detection models',
            '29:05 — A survivor’s story (content note: discussion of image-based abuse, nothing graphic)',
            '44:30 — Using DSA notices to get deepfake sites taken down',
            '53:10 — What listeners can do',
          ) +
          h2('Transcript excerpt') +
          blockquote('"The sites all say the same thing in the footer: you must have consent from the person in the photo. And then the button right above it says: undress anyone. Both can’t be true."'),
          },
      {
        path: '/episodes',
        title: 'All episodes | Signal & Noise',
        body:
          h1('All episodes') +
          ul(
            a('/episodes/87-the-undress-app-economy', 'Ep. 87 — The undress app economy') + ' (58 min)',
            'Ep. 86 — Content moderators are not okay (52 min)',
            'Ep. 85 — Inside a scam compound’s tech stack (61 min)',
            'Ep. 84 — Age verification: who gets to see your ID? (47 min)',
            'Ep. 83 — Deepfake voices and the grandparent scam (44 min)',
            'Ep. 82 — The people who label your AI training data (55 min)',
          ) +
          p('Older episodes are available in your podcast app. Full transcripts for every episode since Ep. 40 are on each episode page.'),
      },
      {
        path: '/support',
        title: 'Support the show | Signal & Noise',
        body:
          h1('Support Signal & Noise') +
          p('We take no sponsorship from platforms we cover. The show is funded by listeners: about 1,900 of you chip in each month.') +
          priceTable(['Tier', 'Per month', 'You get'], [['Listener', '$3', 'Ad-free feed'], ['Supporter', '$7', 'Ad-free feed + bonus episodes'], ['Patron', '$15', 'All of the above + a monthly live Q&A']]) +
          p('Cancel anytime. We never share supporter details. If you cannot afford to pay, the public feed will always be free and every episode will stay online. Supporters also help us pay for transcripts, so the show is accessible to deaf and hard-of-hearing listeners.'),
      },
    ],
  },
];
