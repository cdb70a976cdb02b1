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
  orderForm,
  p,
  priceTable,
  storeBadges,
  stripe,
  textForm,
  ul,
  upload,
  cryptoCheckout,
  gtag,
  oneTap,
  type CorpusSite,
} from '../site-kit.js';

const AUTHOR = 'nud-b';

const code = (s: string): string => `<pre><code>${s.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</code></pre>`;

// --- nudaluce.test (it, saas) ---
const nlNav = nav(
  [
    ['/come-funziona', 'Come funziona'],
    ['/prezzi?ref=nav', 'Prezzi'],
    ['/faq', 'FAQ'],
    ['/accedi', 'Accedi'],
  ],
  'NudaLuce AI',
);
const nlFoot = footer('© 2026 NudaLuce AI — Servizio riservato a utenti maggiorenni. Tutte le immagini sono generate dall\'intelligenza artificiale.', [
  ['/termini', 'Termini di servizio'],
  ['/privacy', 'Privacy'],
  ['/prezzi?utm_source=footer', 'Listino crediti'],
  ['mailto:supporto@nudaluce.test', 'Supporto'],
]);

// --- tiraroupabot.test (pt, telegram-bot) ---
const trNav = nav(
  [
    ['/comandos', 'Comandos'],
    ['/estrelas', 'Estrelas & créditos'],
    ['/faq', 'Dúvidas'],
    ['https://t.me/tiraroupa_oficial_bot?start=site', 'Abrir no Telegram'],
  ],
  'TiraRoupa Bot',
);

// --- peelstack.test (en, api-reseller) ---
const psNav = nav(
  [
    ['/docs', 'Docs'],
    ['/docs/endpoints', 'API reference'],
    ['/pricing', 'Pricing'],
    ['/status', 'Status'],
    ['/dashboard/keys', 'Get API key'],
  ],
  'PeelStack',
);
const psFoot = footer('© 2026 PeelStack Labs. Built for developers. Operators are responsible for the images they submit.', [
  ['/legal/terms', 'Terms'],
  ['/legal/aup', 'Acceptable use'],
  ['/status', 'Status'],
  ['https://t.me/peelstack_dev', 'Telegram dev chat'],
]);

// --- raggixbot.test (it, telegram-bot) ---
const rxNav = nav(
  [
    ['/comandi', 'Comandi'],
    ['/ricariche', 'Ricariche'],
    ['/privacy', 'Privacy'],
  ],
  'RaggiX',
);

// --- golafotka-ai.test (pl, saas) ---
const gfNav = nav(
  [
    ['/jak-to-dziala', 'Jak to działa'],
    ['/cennik', 'Cennik'],
    ['/faq', 'FAQ'],
    ['/logowanie', 'Zaloguj się'],
  ],
  'GołaFotka',
);
const gfFoot = footer('© 2026 GołaFotka.ai · Tylko dla osób 18+ · Płatności obsługuje zewnętrzny operator.', [
  ['/regulamin', 'Regulamin'],
  ['/cennik?utm_source=stopka', 'Cennik'],
  ['/faq', 'Pomoc'],
]);

// --- despeapp.test (pt, app-landing) ---
const dpNav = nav(
  [
    ['/download', 'Baixar'],
    ['/vip', 'VIP'],
    ['/ajuda', 'Ajuda'],
  ],
  'DespeApp',
);

// --- svestimi-app.test (it, app-landing) ---
const svNav = nav(
  [
    ['/scarica', 'Scarica'],
    ['/vip?src=home', 'VIP'],
    ['/faq', 'Domande'],
    ['/contatti', 'Contatti'],
  ],
  'Svestimi',
);

// --- estudiolumiere-ia.test (pt, innocent-home) ---
const elNav = nav(
  [
    ['/modos', 'Modos'],
    ['/precos', 'Preços'],
    ['/sobre', 'Sobre nós'],
    ['/entrar', 'Entrar'],
  ],
  'Estúdio Lumière',
);

// --- ritocco-privato.test (it, made-to-order) ---
const rpNav = nav(
  [
    ['/come-ordinare', 'Come ordinare'],
    ['/ordina', 'Ordina ora'],
    ['/pagamento', 'Pagamento crypto'],
    ['/faq', 'FAQ'],
  ],
  'Ritocco Privato',
);

// --- nagiezdjecie-zamow.test (pl, made-to-order) ---
const nzNav = nav(
  [
    ['/oferta', 'Oferta'],
    ['/zamowienie', 'Złóż zamówienie'],
    ['/platnosci', 'Płatności'],
    ['/kontakt', 'Kontakt'],
  ],
  'RetuszNaŻyczenie',
);

// --- nudora-ai.test (en, saas, app shell) ---
const ndNav = nav(
  [
    ['/pricing', 'Pricing'],
    ['/faq', 'FAQ'],
    ['/affiliate', 'Affiliates'],
    ['/login', 'Log in'],
  ],
  'Nudora',
);

// --- pelenua.test (pt-PT, saas) ---
const pnNav = nav(
  [
    ['/planos', 'Planos'],
    ['/perguntas', 'Perguntas frequentes'],
    ['/termos', 'Termos'],
    ['/conta', 'A minha conta'],
  ],
  'PeleNua',
);

export const sites: CorpusSite[] = [
  {
    host: 'nudaluce.test',
    lang: 'it',
    label: 'nudify',
    shape: 'saas',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'NudaLuce AI — Spoglia qualsiasi foto con l\'intelligenza artificiale',
        head:
          metaDescription('NudaLuce AI rimuove i vestiti da qualsiasi foto in pochi secondi. Carica un\'immagine, scegli la modalità e scarica il risultato in HD. 2 crediti gratis.') +
          jsonLd({
            '@context': 'https://schema.org',
            '@type': 'WebApplication',
            name: 'NudaLuce AI',
            applicationCategory: 'MultimediaApplication',
            operatingSystem: 'Web',
            offers: { '@type': 'Offer', price: '9.90', priceCurrency: 'EUR' },
          }) +
          gtag('G-NL7K2QX1'),
        body:
          cookieBanner('Usiamo cookie tecnici e di analisi per migliorare il servizio. Puoi accettarli tutti o solo quelli necessari.', 'Accetta tutti', 'Solo necessari') +
          nlNav +
          h1('Spoglia qualsiasi foto con un clic') +
          p(
            'NudaLuce AI è il generatore di foto nude basato su AI più veloce in Italia. Carica una foto vestita, il nostro modello rimuove i vestiti e ricostruisce l\'immagine in alta definizione. Niente Photoshop, niente attese: il risultato arriva in circa 15 secondi.',
          ) +
          upload('Carica la tua foto (JPG, PNG, max 10 MB)', '/genera', 'Spoglia ora') +
          p('Caricando un\'immagine confermi di avere almeno 18 anni e il consenso della persona ritratta.') +
          h2('Tre modalità, un solo strumento') +
          ul(
            '<b>Nudo completo</b> — la versione nuda dell\'intera figura',
            '<b>Bikini</b> — sostituisce gli abiti con un costume',
            '<b>Lingerie</b> — intimo scelto tra 12 stili',
          ) +
          h2('Perché sceglierci') +
          ul('Risultati 4K con il piano Pro', 'Coda prioritaria senza watermark', 'Le foto vengono eliminate dopo 24 ore', 'Pagamento con carta, PayPal o crypto') +
          img(1, 'esempio prima/dopo sfocato') +
          img(2, 'interfaccia NudaLuce') +
          h2('Cosa dicono gli utenti') +
          p('«Ho provato tre siti diversi, questo è l\'unico che non sbaglia le mani.» — Marco, Pro dal 2025') +
          p('«Veloce e discreto, la fattura non riporta il nome del sito.» — utente verificato') +
          faq('Domande rapide', [
            ['Quanti crediti servono per una foto?', 'Una generazione costa 1 credito. La modalità 4K ne costa 2.'],
            ['Ricevo crediti gratis?', 'Sì, 2 crediti di benvenuto dopo la registrazione con e-mail.'],
            ['Il sito salva le mie foto?', 'No, cancelliamo originali e risultati entro 24 ore.'],
          ]) +
          h2('NudaLuce contro gli altri generatori') +
          priceTable(['', 'NudaLuce AI', 'Bot Telegram generici', 'App gratuite'], [
            ['Qualità massima', '4K', '720p', '512 px'],
            ['Viso identico all\'originale', 'sì', 'a volte', 'no'],
            ['Cancellazione automatica', '24 ore', 'non dichiarata', 'mai'],
            ['Supporto in italiano', 'sì, via chat', 'no', 'no'],
          ]) +
          h2('Dal nostro blog') +
          p(a('/come-funziona?ref=blog_teaser', 'Come ottenere risultati realistici: 5 errori da evitare con le foto') + ' — luce, inquadratura, risoluzione e perché i filtri delle app social peggiorano il risultato.') +
          p('Novità di febbraio: il nuovo modello v6 riconosce meglio tatuaggi e gioielli e riduce del 40% gli artefatti sulle mani. La modalità Lingerie ha 4 nuovi stili e la coda Pro è ora due volte più veloce nelle ore serali.') +
          textForm('Ricevi 3 crediti extra iscrivendoti alla newsletter', 'Iscrivimi', '/newsletter') +
          nlFoot,
      },
      {
        path: '/come-funziona',
        title: 'Come funziona NudaLuce AI',
        body:
          nlNav +
          h1('Come funziona') +
          ol(
            'Registrati con e-mail o Google e ricevi 2 crediti gratuiti.',
            'Carica una foto frontale e ben illuminata: più è nitida, migliore sarà il risultato.',
            'Scegli la modalità (nudo, bikini o lingerie) e l\'intensità.',
            'Premi «Spoglia ora» e attendi circa 15 secondi.',
            'Scarica l\'immagine o rigenerala con un altro seed.',
          ) +
          p('Il nostro modello è addestrato su milioni di immagini e rimuove gli abiti rispettando luce, posa e sfondo. Con il piano Pro puoi caricare fino a 20 foto in batch e ottenere il risultato in 4K.') +
          p(a('/prezzi?ref=come-funziona', 'Guarda i pacchetti di crediti →')) +
          nlFoot,
      },
      {
        path: '/prezzi',
        title: 'Prezzi e crediti — NudaLuce AI',
        head: stripe('pk_test_nudaluce_51Hx'),
        body:
          nlNav +
          h1('Pacchetti di crediti') +
          p('Paga solo quello che usi. I crediti non scadono e valgono per tutte le modalità.') +
          priceTable(
            ['Pacchetto', 'Crediti', 'Prezzo', 'Extra'],
            [
              ['Starter', '10', '€4,90', '—'],
              ['Plus', '50', '€14,90', 'Senza watermark'],
              ['Pro mensile', '300 / mese', '€29,90', '4K, batch, coda prioritaria'],
              ['Lifetime', 'illimitati*', '€149', '*uso personale, max 50 al giorno'],
            ],
          ) +
          button('Vai al checkout') +
          p('Accettiamo Visa, Mastercard, PayPal, Bitcoin e USDT. L\'addebito appare come «NL Digital Services».') +
          nlFoot,
      },
      {
        path: '/faq',
        title: 'FAQ — NudaLuce AI',
        body:
          nlNav +
          faq('Domande frequenti', [
            ['Funziona con qualsiasi foto?', 'Funziona meglio con foto a figura intera o mezzo busto, una sola persona, buona luce. Foto di gruppo e immagini molto scure danno risultati peggiori.'],
            ['Posso annullare l\'abbonamento Pro?', 'Sì, in qualsiasi momento dall\'area personale. I crediti residui restano disponibili fino a fine mese.'],
            ['Che cosa succede se il risultato non mi piace?', 'Puoi rigenerare gratis una volta per ogni foto. Dopo, ogni nuova generazione costa 1 credito.'],
            ['È legale?', 'L\'utente è l\'unico responsabile delle immagini che carica. Vietato caricare foto di persone senza il loro consenso.'],
          ]) +
          nlFoot,
      },
      {
        path: '/termini',
        title: 'Termini di servizio — NudaLuce AI',
        body:
          nlNav +
          h1('Termini di servizio') +
          p(
            'Usando NudaLuce AI dichiari di essere maggiorenne. Le immagini prodotte sono generate artificialmente e non rappresentano persone reali. È vietato usare il servizio per molestare, ricattare o diffamare terzi. I crediti acquistati non sono rimborsabili, salvo errori tecnici documentati. Ci riserviamo il diritto di sospendere gli account che violano queste condizioni. Foro competente: quello del fornitore.',
          ) +
          nlFoot,
      },
    ],
  },
  {
    host: 'tiraroupabot.test',
    lang: 'pt',
    label: 'nudify',
    shape: 'telegram-bot',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'TiraRoupa Bot — o bot do Telegram que tira a roupa de qualquer foto',
        head: metaDescription('Mande uma foto pro bot e receba a versão sem roupa em segundos. Direto no Telegram, pagamento com Stars. 1 foto grátis pra testar.'),
        body:
          trNav +
          h1('Manda a foto. O bot tira a roupa.') +
          p('O TiraRoupa é um bot do Telegram com IA que cria a versão nua de qualquer foto. Sem app, sem cadastro, sem cartão: você abre o chat, manda a imagem e recebe o resultado em uns 20 segundos. Tudo fica dentro do Telegram.') +
          p(a('https://t.me/tiraroupa_oficial_bot?start=lp_home', '👉 Abrir @tiraroupa_oficial_bot')) +
          h2('Como funciona') +
          ol('Abre o bot e toca em /start', 'Manda uma foto (de preferência uma pessoa só, corpo inteiro)', 'Escolhe o modo: sem roupa, biquíni ou lingerie', 'Pronto! A foto chega no chat em HD') +
          h2('Por que a galera usa') +
          ul('1 foto grátis no primeiro acesso', 'Pagamento com Telegram Stars — nada aparece na fatura do cartão', 'Resultados em HD, e 4K no pacote Turbo', 'Fila VIP pra quem compra mais de 500 ⭐', 'Suporte 24/7 no canal oficial') +
          p('Mais de 180 mil usuários no Brasil e em Portugal. Se o bot principal cair, use o reserva: ' + a('https://t.me/tiraroupa_reserva_bot', '@tiraroupa_reserva_bot') + '.') +
          img(3, 'tela do bot no Telegram') +
          faq('Perguntas rápidas', [
            ['Precisa baixar alguma coisa?', 'Não. Só ter o Telegram instalado no celular ou no PC.'],
            ['Quanto custa?', 'Cada foto custa a partir de 25 Stars. Veja a tabela na página ' + a('/estrelas', 'Estrelas & créditos') + '.'],
            ['O bot guarda minhas fotos?', 'As imagens são apagadas do servidor depois do envio.'],
          ]) +
          footer('TiraRoupa Bot © 2026 · Não somos afiliados ao Telegram · Uso permitido apenas para maiores de 18 anos.', [
            ['/comandos', 'Comandos'],
            ['/faq', 'FAQ'],
            ['https://t.me/tiraroupa_canal', 'Canal oficial'],
          ]),
      },
      {
        path: '/comandos',
        title: 'Comandos do bot — TiraRoupa',
        body:
          trNav +
          h1('Lista de comandos') +
          ul(
            '<code>/start</code> — inicia o bot e libera a foto grátis',
            '<code>/tirar</code> — modo sem roupa (padrão)',
            '<code>/biquini</code> — troca a roupa por biquíni',
            '<code>/lingerie</code> — modo lingerie, 8 estilos',
            '<code>/saldo</code> — mostra quantos créditos você tem',
            '<code>/comprar</code> — abre o menu de pacotes em Stars',
            '<code>/indicar</code> — gera seu link de indicação (ganhe 5 créditos por amigo)',
            '<code>/ajuda</code> — fala com o suporte',
          ) +
          p('Dica: manda a foto como <i>foto</i> e não como arquivo, o bot processa mais rápido. Se aparecer «fila cheia», espera 1 minutinho e manda de novo.') +
          p(a('https://t.me/tiraroupa_oficial_bot?start=lp_comandos', 'Testar os comandos agora')),
      },
      {
        path: '/estrelas',
        title: 'Pacotes em Telegram Stars — TiraRoupa Bot',
        body:
          trNav +
          h1('Pacotes de créditos') +
          p('Você compra dentro do próprio Telegram com Stars (⭐). Toque em /comprar no bot, escolha o pacote e confirme. Os créditos caem na hora.') +
          priceTable(
            ['Pacote', 'Créditos', 'Preço em Stars', 'Bônus'],
            [
              ['Teste', '3 fotos', '75 ⭐', '—'],
              ['Básico', '15 fotos', '300 ⭐', '+2 fotos'],
              ['Turbo', '50 fotos', '850 ⭐', '4K + fila VIP'],
              ['Mensal ilimitado', 'até 40/dia', '1500 ⭐', 'todos os modos'],
            ],
          ) +
          p('Prefere pagar com Pix ou cripto? Chama o suporte com /ajuda que a gente manda o link.'),
      },
      {
        path: '/faq',
        title: 'Dúvidas frequentes — TiraRoupa Bot',
        body:
          trNav +
          faq('Dúvidas frequentes', [
            ['O bot sumiu, e agora?', 'Às vezes o Telegram derruba o bot. Entra no canal oficial que lá sempre tem o link novo. Seu saldo fica salvo pelo seu ID.'],
            ['Dá pra usar em grupo?', 'Não, o bot só responde no chat privado.'],
            ['Qual foto funciona melhor?', 'Foto de frente, boa luz, uma pessoa só. Selfie de espelho também funciona bem.'],
            ['Posso pedir reembolso?', 'Pagamentos em Stars não têm reembolso, mas se a foto der erro o crédito volta automaticamente.'],
          ]) +
          p('Ao usar o bot você declara ter mais de 18 anos e ser responsável pelo conteúdo que envia.'),
      },
    ],
  },
  {
    host: 'peelstack.test',
    lang: 'en',
    label: 'nudify',
    shape: 'api-reseller',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'PeelStack — Clothes Removal API for developers',
        head:
          metaDescription('PeelStack is a REST API for AI clothes removal. One endpoint, per-call pricing from $0.02, webhooks, SDKs for Node and Python. White-label ready.') +
          jsonLd({
            '@context': 'https://schema.org',
            '@type': 'Product',
            name: 'PeelStack Undress API',
            offers: { '@type': 'Offer', price: '0.02', priceCurrency: 'USD', description: 'per successful call' },
          }),
        body:
          psNav +
          h1('The clothes removal API your app is missing') +
          p('Ship an undress feature in an afternoon. PeelStack exposes our in-house inpainting model through a single REST endpoint: send an image URL or base64, pick a mode, get back a processed image. No GPUs to rent, no models to babysit.') +
          ul('<b>Modes:</b> <code>nude</code>, <code>bikini</code>, <code>lingerie</code>, <code>xray</code>', '<b>Latency:</b> p50 2.8 s, p95 6 s on 1024px input', '<b>Output:</b> up to 2048×2048, PNG or WebP', '<b>Billing:</b> per successful call, failed jobs are free') +
          code(`curl https://api.peelstack.test/v2/undress \\
  -H "Authorization: Bearer ps_live_xxxxxxxx" \\
  -F "image=@photo.jpg" \\
  -F "mode=nude" \\
  -F "quality=hd"`) +
          h2('Built for resellers') +
          p('Most of our volume comes from Telegram bots, white-label web apps and mobile apps. We give you a clean API, you keep your brand. Sub-keys per customer, usage export, and a webhook when each job finishes.') +
          h2('Trusted by 400+ integrators') +
          p('“Moved our bot from a self-hosted model to PeelStack and cut costs by 60%.” — bot operator, 12k DAU') +
          p(a('/dashboard/keys?utm_source=hero', 'Create a free key (50 test calls)') + ' · ' + a('/docs?utm_source=hero', 'Read the docs')) +
          h2('What teams build with PeelStack') +
          ul('<b>Telegram bots</b> — take Stars in your bot, call our API, reply with the image. Our sample bot is 120 lines.', '<b>White-label web apps</b> — put your own brand on an undress site and let us handle the GPUs.', '<b>Mobile apps</b> — call the API from your backend and keep keys off the device.', '<b>Resellers</b> — buy at Scale pricing, resell credits to your own customers with sub-keys.') +
          h2('Questions developers ask') +
          ul('<b>Do you store images?</b> Inputs are held in memory and outputs expire after one hour.', '<b>Can I set my own prices?</b> Yes. We bill you per call; what you charge your users is up to you.', '<b>Is there an SLA?</b> Scale includes 99.9% and a shared Telegram channel with our on-call engineers.', '<b>Which regions?</b> EU and US worker pools, routed automatically by latency.') +
          psFoot,
      },
      {
        path: '/docs',
        title: 'Getting started — PeelStack docs',
        body:
          psNav +
          h1('Getting started') +
          ol('Create an account and open <b>Dashboard → API keys</b>.', 'Copy your <code>ps_test_</code> key for the sandbox or <code>ps_live_</code> key for production.', 'Send your first request to <code>POST /v2/undress</code>.', 'Poll <code>GET /v2/jobs/{id}</code> or register a webhook.') +
          h2('Authentication') +
          p('Pass the key in the <code>Authorization: Bearer</code> header. Keys are scoped per project; you can mint sub-keys for each of your customers and cap their monthly calls.') +
          h2('SDKs') +
          code(`npm install @peelstack/sdk
pip install peelstack`) +
          code(`import { PeelStack } from '@peelstack/sdk';
const ps = new PeelStack(process.env.PS_KEY);
const job = await ps.undress({ imageUrl, mode: 'bikini', quality: 'hd' });
console.log(job.outputUrl);`) +
          p('Sandbox calls return a blurred watermark image and are never billed.') +
          psFoot,
      },
      {
        path: '/docs/endpoints',
        title: 'API reference — PeelStack',
        body:
          psNav +
          h1('API reference') +
          h3('POST /v2/undress') +
          p('Starts a clothes removal job. Parameters: <code>image</code> (file) or <code>image_url</code>, <code>mode</code> (nude | bikini | lingerie | xray), <code>quality</code> (sd | hd | 4k), <code>webhook_url</code> (optional), <code>keep_face</code> (bool, default true).') +
          code(`{
  "id": "job_8f2c1a",
  "status": "queued",
  "credits_reserved": 1
}`) +
          h3('GET /v2/jobs/{id}') +
          p('Returns <code>status</code> (queued | running | done | failed) and <code>output_url</code>, valid for 1 hour.') +
          h3('GET /v2/usage') +
          p('Calls used in the current billing period, per key and per sub-key.') +
          h3('Errors') +
          ul('<code>402</code> — balance empty, top up in the dashboard', '<code>422</code> — no person detected in the image', '<code>429</code> — rate limit (10 req/s on Starter, 50 req/s on Scale)') +
          psFoot,
      },
      {
        path: '/pricing',
        title: 'Pricing — PeelStack',
        body:
          psNav +
          h1('Pay per call') +
          priceTable(
            ['Plan', 'Price per call', 'Included', 'Rate limit'],
            [
              ['Sandbox', '$0', '50 watermarked calls', '1 req/s'],
              ['Starter', '$0.05', 'pay as you go', '10 req/s'],
              ['Growth', '$0.03', '$300 minimum / month', '25 req/s'],
              ['Scale', '$0.02', '$1,500 minimum / month', '50 req/s, dedicated GPU'],
            ],
          ) +
          p('4K output counts as 2 calls. Failed jobs (HTTP 422) are not charged. Top up with card or USDT (TRC-20); invoices on request. Volume above 500k calls a month? Talk to us on Telegram.') +
          psFoot,
      },
      {
        path: '/status',
        title: 'System status — PeelStack',
        body:
          psNav +
          h1('System status') +
          ul('API gateway — operational', 'Undress workers (EU) — operational', 'Undress workers (US) — degraded, queue times up to 20 s', 'Webhooks — operational', 'Dashboard — operational') +
          p('Last incident: 14 Jan — elevated 5xx on /v2/undress for 23 minutes after a model rollout. Jobs submitted during the window were retried automatically and not billed. Subscribe to updates in our Telegram dev chat.') +
          psFoot,
      },
    ],
  },
  {
    host: 'raggixbot.test',
    lang: 'it',
    label: 'nudify',
    shape: 'telegram-bot',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'RaggiX — il bot Telegram con modalità raggi X',
        head: metaDescription('RaggiX è il bot Telegram che vede attraverso i vestiti. Invia una foto, scegli la modalità raggi X e ricevi il risultato in chat. Ricariche con Telegram Stars.'),
        body:
          rxNav +
          h1('Occhiali a raggi X? Adesso c\'è un bot.') +
          p('RaggiX è un bot Telegram che usa l\'intelligenza artificiale per «vedere attraverso» i vestiti di una foto. Nessuna app da installare, nessun sito dove registrarsi: apri la chat, invii la foto e in meno di mezzo minuto hai la versione senza vestiti.') +
          p(a('https://t.me/raggix_foto_bot', 'Avvia @raggix_foto_bot su Telegram')) +
          h2('Le modalità') +
          ul('🔎 <b>Raggi X</b> — effetto trasparenza sui vestiti', '👙 <b>Costume</b> — sostituisce i vestiti con un bikini', '🔥 <b>Senza veli</b> — versione completamente s\u200Bvestita', '🎨 <b>Stile anime</b> — lo stesso risultato in versione disegnata') +
          h2('Perché RaggiX') +
          p('Il bot lavora su server dedicati in Europa e cancella le immagini subito dopo l\'invio. I pagamenti passano da Telegram Stars, quindi niente carte e niente estratti conto imbarazzanti. Ogni nuovo utente riceve 1 foto gratuita e 3 crediti bonus se invita un amico.') +
          ul('Risposta media: 18 secondi', 'Qualità HD, 4K con il pacchetto Gold', 'Supporto in italiano nel canale @raggix_assistenza') +
          p('Servizio destinato a maggiorenni. L\'utente si assume ogni responsabilità sulle immagini inviate.') +
          footer('RaggiX © 2026 — Non affiliato a Telegram FZ-LLC.', [
            ['/comandi', 'Comandi'],
            ['/ricariche', 'Ricariche'],
            ['/privacy', 'Privacy'],
          ]),
      },
      {
        path: '/comandi',
        title: 'Comandi del bot — RaggiX',
        body:
          rxNav +
          h1('Comandi') +
          ul(
            '/start — avvia il bot e ottieni la foto gratis',
            '/xray — modalità raggi X',
            '/svesti — modalità senza veli',
            '/bikini — modalità costume',
            '/crediti — saldo attuale',
            '/ricarica — acquista crediti con Stars',
            '/invita — il tuo link personale (+3 crediti per ogni amico)',
            '/lingua — cambia lingua (IT, EN, ES)',
          ) +
          p('Dopo aver scelto la modalità, invia una foto. Il bot risponde con un\'anteprima sfocata e un pulsante «Sblocca» se il saldo è a zero.'),
      },
      {
        path: '/ricariche',
        title: 'Ricariche in Telegram Stars — RaggiX',
        body:
          rxNav +
          h1('Ricariche') +
          p('Scrivi /ricarica al bot: comparirà la finestra di pagamento di Telegram. Paghi in Stars, acquistabili con Apple Pay, Google Pay o carta direttamente nell\'app.') +
          priceTable(
            ['Pacchetto', 'Foto', 'Stars'],
            [
              ['Bronze', '5', '120 ⭐'],
              ['Silver', '20', '400 ⭐'],
              ['Gold', '60 + 4K', '1.000 ⭐'],
              ['Abbonamento settimanale', 'illimitate (fair use 30/giorno)', '650 ⭐'],
            ],
          ) +
          p('I crediti non scadono. Se una foto non viene elaborata il credito viene riaccreditato in automatico entro pochi minuti.') +
          p('Non hai abbastanza Stars? Puoi comprarle dentro Telegram dal menu Impostazioni → Le mie Stars. Chi preferisce le crypto può chiedere un link di pagamento in USDT scrivendo a @raggix_assistenza.'),
      },
      {
        path: '/privacy',
        title: 'Informativa privacy — RaggiX',
        body:
          rxNav +
          h1('Privacy') +
          p('Conserviamo solo il tuo ID Telegram, il saldo crediti e lo storico delle ricariche. Le foto inviate al bot vengono elaborate in memoria e cancellate entro 10 minuti. Non vendiamo dati a terzi. I pagamenti sono gestiti interamente da Telegram: non vediamo mai i dati della tua carta. Per cancellare l\'account scrivi /elimina al bot: saldo e storico verranno rimossi in modo definitivo entro 7 giorni.'),
      },
    ],
  },
  {
    host: 'golafotka-ai.test',
    lang: 'pl',
    label: 'nudify',
    shape: 'saas',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'GołaFotka.ai — rozbieranie zdjęć przez AI online',
        head:
          metaDescription('Wgraj zdjęcie, a AI usunie ubrania w kilka sekund. GołaFotka to najszybszy polski generator nagich zdjęć. 3 kredyty na start, płatność BLIK.') +
          jsonLd({
            '@context': 'https://schema.org',
            '@type': 'WebApplication',
            name: 'GołaFotka.ai',
            aggregateRating: { '@type': 'AggregateRating', ratingValue: '4.6', reviewCount: '2140' },
          }),
        body:
          cookieBanner('Ta strona korzysta z plików cookies w celach statystycznych i marketingowych.', 'Akceptuję', 'Ustawienia') +
          gfNav +
          h1('Rozbierz dowolne zdjęcie w 10 sekund') +
          p('GołaFotka to narzędzie AI, które usuwa ubrania ze zdjęć i tworzy realistyczną nagą wersję. Działa w przeglądarce, na telefonie i komputerze — bez instalowania aplikacji.') +
          upload('Wybierz zdjęcie z dysku', '/generuj', 'Rozbierz') +
          p('<small>Wgrywając zdjęcie oświadczasz, że masz ukończone 18 lat i zgodę osoby ze zdjęcia.</small>') +
          h2('Co potrafi GołaFotka?') +
          ul('Tryb „bez ubrań” — pełna naga wersja', 'Tryb bikini i bielizna', 'Rozdzielczość do 4K w planie Pro', 'Przetwarzanie wsadowe — do 10 zdjęć naraz', 'Bez znaku wodnego od pakietu Standard') +
          h2('Dlaczego my?') +
          p('Nasz model jest trenowany na danych z Europy Środkowej, więc dobrze radzi sobie z typowymi zdjęciami z wakacji, imprez i siłowni. Zdjęcia kasujemy automatycznie po 24 h. Płacisz BLIK-iem, przelewem lub kartą — na wyciągu pojawi się neutralna nazwa.') +
          img(4, 'podgląd edytora') +
          faq('Najczęstsze pytania', [
            ['Czy jest darmowa wersja?', 'Tak, po rejestracji dostajesz 3 kredyty na test.'],
            ['Ile trwa generowanie?', 'Zwykle 8–15 sekund, w godzinach szczytu do minuty.'],
          ]) +
          gfFoot,
      },
      {
        path: '/jak-to-dziala',
        title: 'Jak to działa — GołaFotka.ai',
        body:
          gfNav +
          h1('Jak to działa?') +
          ol('Załóż konto mailem albo przez Google.', 'Wgraj wyraźne zdjęcie jednej osoby (najlepiej sylwetka od pasa w górę lub cała).', 'Wybierz tryb: bez ubrań, bikini lub bielizna.', 'Kliknij „Rozbierz” i poczekaj kilka sekund.', 'Pobierz wynik w HD albo wygeneruj ponownie.') +
          p('AI analizuje pozę, oświetlenie i tło, a potem zastępuje ubrania wygenerowanym fragmentem obrazu. Im lepsza jakość zdjęcia, tym bardziej realistyczny efekt.') +
          gfFoot,
      },
      {
        path: '/cennik',
        title: 'Cennik — GołaFotka.ai',
        body:
          gfNav +
          h1('Cennik kredytów') +
          priceTable(
            ['Pakiet', 'Kredyty', 'Cena', 'Co dostajesz'],
            [
              ['Na próbę', '10', '19 zł', 'HD, znak wodny'],
              ['Standard', '40', '49 zł', 'HD bez znaku wodnego'],
              ['Pro (miesięcznie)', '250', '99 zł', '4K, batch, priorytet'],
            ],
          ) +
          p('1 kredyt = 1 zdjęcie. Tryb 4K zużywa 2 kredyty. Płatności: BLIK, szybki przelew online, karta, a także kryptowaluty (BTC, USDT). Subskrypcję Pro możesz anulować w każdej chwili, a niewykorzystane kredyty z pakietów jednorazowych nigdy nie wygasają.') +
          button('Kup kredyty') +
          gfFoot,
      },
      {
        path: '/faq',
        title: 'FAQ — GołaFotka.ai',
        body:
          gfNav +
          faq('Pomoc i FAQ', [
            ['Czy moje zdjęcia są bezpieczne?', 'Pliki są szyfrowane i usuwane po 24 godzinach. Nie udostępniamy ich nikomu.'],
            ['Dlaczego wynik jest rozmazany?', 'Najczęściej to wina słabej jakości oryginału. Spróbuj zdjęcia w wyższej rozdzielczości.'],
            ['Czy mogę dostać zwrot?', 'Niewykorzystane kredyty zwracamy w ciągu 14 dni od zakupu.'],
            ['Czy wynik jest prawdziwy?', 'Nie — to obraz wygenerowany przez AI, a nie prawdziwe zdjęcie.'],
          ]) +
          gfFoot,
      },
      {
        path: '/regulamin',
        title: 'Regulamin — GołaFotka.ai',
        body:
          gfNav +
          h1('Regulamin serwisu') +
          p('§1. Serwis przeznaczony jest wyłącznie dla osób pełnoletnich. §2. Użytkownik ponosi pełną odpowiedzialność za wgrywane materiały i oświadcza, że posiada zgodę osób widocznych na zdjęciach. §3. Zabronione jest wykorzystywanie wygenerowanych obrazów do nękania, szantażu lub publikacji bez zgody. §4. Operator może zablokować konto w razie naruszenia regulaminu. §5. Reklamacje rozpatrujemy w ciągu 14 dni.') +
          gfFoot,
      },
    ],
  },
  {
    host: 'despeapp.test',
    lang: 'pt',
    label: 'nudify',
    shape: 'app-landing',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'DespeApp — app de IA que despe fotos | Baixe grátis',
        head:
          metaDescription('Baixe o DespeApp para Android e iPhone. 3 despidas grátis por dia, VIP semanal sem limites. Instale o APK ou adicione à tela inicial.') +
          jsonLd({
            '@context': 'https://schema.org',
            '@type': 'MobileApplication',
            name: 'DespeApp',
            operatingSystem: 'Android, iOS',
            aggregateRating: { '@type': 'AggregateRating', ratingValue: '4.4', ratingCount: '9812' },
            offers: { '@type': 'Offer', price: '0', priceCurrency: 'BRL' },
          }),
        body:
          dpNav +
          h1('O app que despe qualquer foto 📲') +
          p('Escolhe uma foto da galeria, toca em «Despir» e a IA faz o resto. O DespeApp gera a versão sem roupa em segundos, direto no celular.') +
          storeBadges('/download/despeapp-3.2.1.apk') +
          p('<b>3 despidas grátis por dia</b> para todo mundo. Quer ilimitado? Assine o VIP semanal.') +
          h2('Recursos') +
          ul('Modo sem roupa, biquíni e lingerie', 'Pincel para marcar só a área que você quer', 'Resultado em HD, 4K no VIP', 'Galeria privada com senha', 'Funciona offline para ver suas criações') +
          h2('Não achou na loja?') +
          p('Às vezes o app sai da Play Store. Sem problema: baixe o APK direto do nosso site ou use a versão web. No iPhone, abra ' + a('/app?utm_source=home&utm_medium=ios', 'despeapp.test/app') + ' no Safari, toque em Compartilhar e depois em <b>«Adicionar à Tela de Início»</b>. Fica igualzinho a um app.') +
          img(5, 'capturas de tela do app') +
          h2('Avaliações') +
          p('⭐⭐⭐⭐⭐ «Melhor que os bots do Telegram, e ainda dá 3 por dia de graça.»') +
          p('⭐⭐⭐⭐ «O VIP semanal compensa se você usa muito.»') +
          footer('© 2026 DespeApp. Somente para maiores de 18 anos. Você é responsável pelas fotos que envia.', [
            ['/download', 'Download'],
            ['/vip', 'Planos VIP'],
            ['/ajuda', 'Ajuda'],
            ['/ajuda#termos', 'Termos de uso'],
          ]),
      },
      {
        path: '/download',
        title: 'Baixar DespeApp — APK Android e iOS',
        body:
          dpNav +
          h1('Baixar o DespeApp') +
          storeBadges('/download/despeapp-3.2.1.apk') +
          h2('Instalar o APK no Android') +
          ol('Toque em «Download APK» (versão 3.2.1, 38 MB).', 'Quando o Android avisar, permita «instalar apps de fontes desconhecidas».', 'Abra o arquivo baixado e toque em Instalar.', 'Entre com seu e-mail ou Google e ganhe suas 3 despidas grátis do dia.') +
          h2('iPhone') +
          p('Use a versão web: abra o site no Safari → Compartilhar → Adicionar à Tela de Início. Todas as funções do app, sem precisar da App Store.'),
      },
      {
        path: '/vip',
        title: 'VIP — DespeApp',
        body:
          dpNav +
          h1('Seja VIP') +
          priceTable(
            ['Plano', 'Preço', 'O que inclui'],
            [
              ['Grátis', 'R$0', '3 despidas por dia, marca d\'água'],
              ['VIP semanal', 'R$19,90 / semana', 'ilimitado, sem marca d\'água, 4K'],
              ['VIP mensal', 'R$49,90 / mês', 'ilimitado + fila prioritária'],
              ['Pacote 100 créditos', 'R$34,90', 'usa quando quiser, não expira'],
            ],
          ) +
          p('Pagamento pelo Google Play, Pix ou cartão. A assinatura renova automaticamente; cancele quando quiser nas configurações do app.') +
          h2('Por que o VIP semanal?') +
          p('É o plano mais escolhido: você paga pouco, usa à vontade durante 7 dias e não fica preso a nada. Perfeito pra quem quer testar todos os modos sem contar as 3 despidas do dia.'),
      },
      {
        path: '/ajuda',
        title: 'Ajuda — DespeApp',
        body:
          dpNav +
          faq('Central de ajuda', [
            ['Minhas despidas grátis não renovaram', 'O contador zera à meia-noite (horário de Brasília). Feche e abra o app.'],
            ['O Play Protect bloqueou o APK', 'É normal para apps fora da loja. Toque em «Instalar mesmo assim».'],
            ['Como cancelo o VIP?', 'Configurações → Assinatura → Cancelar. Você continua VIP até o fim do período pago.'],
          ]) +
          h2('Termos de uso') +
          p('O DespeApp é destinado a maiores de 18 anos. É proibido usar imagens de terceiros sem autorização. As imagens geradas são fictícias e criadas por IA.'),
      },
    ],
  },
  {
    host: 'svestimi-app.test',
    lang: 'it',
    label: 'nudify',
    shape: 'app-landing',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Svestimi — l\'app AI per sv3stire le foto',
        head: metaDescription('Svestimi: scarica l\'app per Android (APK) o aggiungila alla schermata Home su iPhone. 3 svestizioni gratis al giorno, VIP settimanale a €4,99.'),
        body:
          svNav +
          h1('Svestimi. Una foto, un tocco, fatto.') +
          p('L\'app che con l\'intelligenza artificiale toglie i vestiti da qualsiasi foto della tua galleria. Scegli l\'immagine, tocca «Svesti» e ottieni la versione senza vestiti in pochi secondi.') +
          storeBadges('/scarica/svestimi-latest.apk') +
          h2('Gratis ogni giorno') +
          p('Ogni giorno ricevi <b>3 svestizioni gratuite</b>. Ne vuoi di più? Guarda un breve video per 1 credito extra oppure passa al VIP settimanale.') +
          h2('Su iPhone?') +
          p('Apri questa pagina con Safari, tocca l\'icona Condividi e scegli <b>«Aggiungi alla schermata Home»</b>. Svestimi funzionerà come un\'app vera, a schermo intero.') +
          h2('Funzioni') +
          ul('Modalità nudo, costume, intimo', 'Correzione automatica della posa', 'Upscale 2x incluso', 'Cronologia cifrata sul dispositivo', 'Nessuna registrazione obbligatoria') +
          faq('FAQ veloci', [
            ['Perché l\'app non è sul Play Store?', 'Google limita le app di questo tipo: per questo distribuiamo l\'APK firmato dal nostro sito.'],
            ['È sicura?', 'L\'APK è firmato e controllato a ogni versione. Puoi verificare l\'hash SHA-256 nella pagina Scarica.'],
          ]) +
          footer('© 2026 Svestimi · Solo per maggiorenni · Immagini generate da AI.', [
            ['/scarica', 'Scarica'],
            ['/vip?src=footer', 'Diventa VIP'],
            ['/faq', 'FAQ'],
            ['/contatti', 'Contatti'],
          ]),
      },
      {
        path: '/scarica',
        title: 'Scarica Svestimi (APK)',
        body:
          svNav +
          h1('Scarica Svestimi') +
          storeBadges('/scarica/svestimi-latest.apk') +
          p('Versione 2.7.0 · 41 MB · Android 8 o superiore · SHA-256: 4f1c…e92a') +
          ol('Tocca «Download APK».', 'Autorizza l\'installazione da origini sconosciute.', 'Apri Svestimi e accetta i termini.', 'Hai subito 3 svestizioni gratis.') +
          p('Gli aggiornamenti arrivano direttamente dentro l\'app, non serve riscaricare l\'APK.') +
          h2('iPhone e iPad') +
          p('Apple non consente app di questo tipo su App Store. Usa la web app: apri svestimi-app.test in Safari, tocca Condividi e poi «Aggiungi alla schermata Home».'),
      },
      {
        path: '/vip',
        title: 'Svestimi VIP',
        body:
          svNav +
          h1('Svestimi VIP') +
          priceTable(
            ['', 'Gratis', 'VIP settimanale', 'VIP annuale'],
            [
              ['Prezzo', '€0', '€4,99 / settimana', '€59,99 / anno'],
              ['Svestizioni', '3 al giorno', 'illimitate', 'illimitate'],
              ['Watermark', 'sì', 'no', 'no'],
              ['Qualità', 'HD', '4K', '4K + priorità'],
            ],
          ) +
          p('Il rinnovo è automatico. Puoi disdire quando vuoi dal menu Profilo → Abbonamento. Pagamento con carta, PayPal o crypto.') +
          p('Il VIP settimanale è perfetto per provare tutte le modalità senza limiti: niente pubblicità, niente attese e niente watermark sulle immagini. Con il piano annuale risparmi oltre il 75% rispetto al settimanale.'),
      },
      {
        path: '/faq',
        title: 'Domande frequenti — Svestimi',
        body:
          svNav +
          faq('Domande frequenti', [
            ['Le mie foto vengono caricate online?', 'L\'elaborazione avviene sui nostri server; le immagini vengono cancellate subito dopo.'],
            ['Il contatore gratuito quando si azzera?', 'Ogni giorno a mezzanotte, ora italiana.'],
            ['Posso usare l\'app su tablet?', 'Sì, su qualsiasi dispositivo Android o tramite la versione web su iPad.'],
            ['Cosa non è consentito?', 'Caricare foto di altre persone senza il loro consenso. Gli account segnalati vengono bloccati.'],
          ]),
      },
      {
        path: '/contatti',
        title: 'Contatti — Svestimi',
        body:
          svNav +
          h1('Contatti') +
          p('Per assistenza tecnica, problemi di pagamento o richieste di rimozione scrivi a supporto@svestimi-app.test. Rispondiamo entro 48 ore lavorative. Per gli aggiornamenti sulle nuove versioni segui il nostro canale Telegram. Non offriamo assistenza telefonica. Nelle richieste indica sempre il tuo ID utente, visibile nel menu Profilo dell\'app, e la versione che stai usando.') +
          p('Iscriviti alla newsletter per sapere quando esce una nuova versione dell\'APK.') +
          textForm('La tua e-mail per ricevere le novità', 'Iscriviti', '/newsletter'),
      },
    ],
  },
  {
    host: 'estudiolumiere-ia.test',
    lang: 'pt',
    label: 'nudify',
    shape: 'innocent-home',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Estúdio Lumière — Seu estúdio de fotos com inteligência artificial',
        head:
          metaDescription('Retratos profissionais, troca de fundo, melhoria de qualidade e estilos artísticos com IA. Estúdio Lumière: fotos incríveis sem sair de casa.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'Organization', name: 'Estúdio Lumière IA', url: 'https://estudiolumiere-ia.test' }),
        body:
          cookieBanner('Usamos cookies para personalizar sua experiência. Ao continuar navegando, você concorda com nossa política.', 'Entendi') +
          elNav +
          h1('Fotos de estúdio, feitas por IA') +
          p('O Estúdio Lumière transforma qualquer foto do celular em um retrato com cara de estúdio profissional. Iluminação, fundo, pele, roupa e estilo: tudo ajustado pela nossa inteligência artificial em segundos.') +
          upload('Envie uma foto para começar', '/editor', 'Começar') +
          h2('O que você pode fazer') +
          ul('Retrato corporativo para perfil profissional', 'Troca de fundo com um clique', 'Upscale 4x e restauração de fotos antigas', 'Estilos artísticos: aquarela, anime, cinema', 'Provador virtual de roupas') +
          h2('Como funciona') +
          p('Você envia a foto, escolhe um modo na nossa biblioteca e recebe o resultado em alta resolução. Os créditos servem para qualquer modo, e você ganha 5 de boas-vindas.') +
          img(6, 'exemplo de retrato') +
          img(7, 'exemplo de troca de fundo') +
          p('Mais de 40 mil criadores já usam o Lumière para fotos de perfil, portfólio e redes sociais.') +
          h2('Por que o Lumière') +
          ul('Resultado em até 30 segundos', 'Alta resolução, sem marca d\'água nos planos pagos', 'Funciona no navegador do celular', 'Pagamento por Pix') +
          p('«Fiz minhas fotos de perfil em 10 minutos e ficaram melhores do que as do fotógrafo.» — Juliana, designer') +
          textForm('Receba novidades e cupons por e-mail', 'Quero receber', '/newsletter') +
          footer('© 2026 Estúdio Lumière IA · São Paulo', [
            ['/modos', 'Modos'],
            ['/precos', 'Preços'],
            ['/sobre', 'Sobre'],
            ['/sobre#privacidade', 'Privacidade'],
          ]),
      },
      {
        path: '/modos',
        title: 'Biblioteca de modos — Estúdio Lumière',
        body:
          elNav +
          h1('Biblioteca de modos') +
          p('Escolha o que a IA deve fazer com sua foto. Cada modo consome créditos diferentes.') +
          priceTable(
            ['Modo', 'O que faz', 'Créditos'],
            [
              ['Retrato Pro', 'luz de estúdio e fundo neutro', '1'],
              ['Troca de fundo', 'praia, escritório, cidade, cor sólida', '1'],
              ['Upscale 4x', 'aumenta a resolução e tira ruído', '1'],
              ['Provador', 'veste a pessoa com outra roupa', '2'],
              ['Praia', 'troca a roupa por biquíni ou sunga', '2'],
              ['Sem roupa 🔞', 'remove as roupas e gera a versão nua (conta 18+ verificada)', '3'],
              ['Anime', 'transforma a foto em ilustração', '1'],
            ],
          ) +
          p('O modo «Sem roupa» só aparece para contas que confirmaram ter 18 anos ou mais. Você é responsável por ter o consentimento da pessoa da foto.'),
      },
      {
        path: '/precos',
        title: 'Preços — Estúdio Lumière',
        body:
          elNav +
          h1('Pacotes de créditos') +
          priceTable(
            ['Pacote', 'Créditos', 'Preço'],
            [
              ['Mini', '20', 'R$14,90'],
              ['Criador', '80', 'R$39,90'],
              ['Estúdio (mensal)', '400', 'R$89,90'],
            ],
          ) +
          p('Os créditos valem para todos os modos da biblioteca, inclusive os modos 18+. Pagamento por Pix, cartão ou boleto. Pacotes avulsos não expiram; o plano Estúdio renova todo mês.') +
          p('Lembrete: o modo «Sem roupa» custa 3 créditos por foto e exige conta verificada 18+. No plano Estúdio ele sai pela metade do preço.') +
          button('Comprar créditos'),
      },
      {
        path: '/sobre',
        title: 'Sobre o Estúdio Lumière',
        body:
          elNav +
          h1('Sobre nós') +
          p('Somos uma pequena equipe de designers e engenheiros que acredita que todo mundo merece uma boa foto. Começamos em 2024 com um editor de retratos e hoje oferecemos mais de 20 modos de edição com IA.') +
          h2('Privacidade') +
          p('As fotos enviadas são processadas em servidores na nuvem e apagadas automaticamente após 48 horas. Não usamos suas imagens para treinar modelos.'),
      },
    ],
  },
  {
    host: 'ritocco-privato.test',
    lang: 'it',
    label: 'nudify',
    shape: 'made-to-order',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Ritocco Privato — versioni nude su richiesta, consegna in 24h',
        head: metaDescription('Mandaci una foto, ti restituiamo la versione senza vestiti realizzata a mano con AI e ritocco professionale. Pagamento solo in criptovalute. Massima discrezione.'),
        body:
          rpNav +
          h1('La versione nuda di qualsiasi foto. Fatta su misura.') +
          p('Stanco dei generatori automatici che sbagliano mani, tatuaggi e sfondi? Ritocco Privato è un servizio su ordinazione: ci invii la foto, un nostro operatore la lavora con modelli AI professionali e ritocco manuale, e tu ricevi la versione svestita entro 24 ore.') +
          h2('Cosa offriamo') +
          ul('<b>Svestizione singola</b> — una foto, risultato realistico in alta risoluzione', '<b>Pacchetto set</b> — fino a 5 foto della stessa persona, stile coerente', '<b>Bikini / intimo</b> — versione meno esplicita, stesso prezzo', '<b>Urgente</b> — consegna in 3 ore') +
          h2('Perché su ordinazione') +
          p('Un umano controlla ogni lavoro. Correggiamo gli errori tipici dell\'AI, manteniamo il viso identico e rifiniamo luce e pelle finché il risultato non è credibile. Se non sei soddisfatto, una revisione è gratuita.') +
          h2('Pagamento') +
          p('Accettiamo esclusivamente criptovalute: Bitcoin, USDT (TRC-20) e Monero. Nessuna carta, nessun PayPal, nessun nome sull\'estratto conto. Dettagli nella pagina ' + a('/pagamento', 'Pagamento crypto') + '.') +
          p(a('/come-ordinare', 'Scopri come ordinare') + ' oppure vai direttamente al ' + a('/ordina?ref=home', 'modulo d\'ordine') + '.') +
          footer('Ritocco Privato © 2026 · Servizio per maggiorenni · Contatti: Telegram @ritoccoprivato_ordini', [
            ['/faq', 'FAQ'],
            ['/pagamento', 'Pagamento'],
            ['/ordina?ref=footer', 'Ordina'],
          ]),
      },
      {
        path: '/come-ordinare',
        title: 'Come ordinare — Ritocco Privato',
        body:
          rpNav +
          h1('Come ordinare in 4 passi') +
          ol(
            'Compila il modulo d\'ordine: tipo di lavoro, urgenza e un contatto (e-mail o Telegram).',
            'Ti rispondiamo con il numero d\'ordine e l\'indirizzo crypto per il pagamento.',
            'Invii la foto via e-mail cifrata o su Telegram indicando il numero d\'ordine. Niente upload sul sito: nessuna traccia.',
            'Ricevi il risultato entro 24 ore (3 ore con Urgente) tramite link che scade dopo 48 ore.',
          ) +
          priceTable(
            ['Servizio', 'Prezzo'],
            [
              ['Svestizione singola', '25 USDT'],
              ['Pacchetto set (5 foto)', '90 USDT'],
              ['Supplemento Urgente', '+15 USDT'],
            ],
          ),
      },
      {
        path: '/ordina',
        title: 'Modulo d\'ordine — Ritocco Privato',
        head: cryptoCheckout(),
        body:
          rpNav +
          h1('Modulo d\'ordine') +
          p('Compila i campi qui sotto. Non caricare la foto qui: la invierai dopo il pagamento tramite e-mail o Telegram.') +
          orderForm(['Servizio (singola / set / bikini)', 'Numero di foto', 'Urgente? (sì/no)', 'E-mail o username Telegram', 'Criptovaluta preferita (BTC / USDT / XMR)', 'Note per l\'operatore'], 'Invia ordine') +
          p('Dopo l\'invio riceverai entro 30 minuti l\'indirizzo di pagamento e il numero d\'ordine. Controlla anche lo spam o, se hai lasciato un contatto Telegram, la cartella delle richieste di messaggio.'),
      },
      {
        path: '/pagamento',
        title: 'Pagamento in criptovalute — Ritocco Privato',
        body:
          rpNav +
          h1('Pagamento solo crypto') +
          p('Per proteggere la tua privacy e la nostra, accettiamo solo criptovalute. Il prezzo è fissato in USDT; per BTC e XMR applichiamo il cambio del momento.') +
          ul('USDT (TRC-20) — conferma in 2 minuti', 'Bitcoin — 1 conferma', 'Monero — consigliato per la massima riservatezza') +
          p('Non sai come comprare crypto? Puoi usare un exchange o un ATM Bitcoin. Ogni ordine ha un indirizzo diverso: non riutilizzarlo. I pagamenti non sono rimborsabili una volta iniziato il lavoro.'),
      },
      {
        path: '/faq',
        title: 'FAQ — Ritocco Privato',
        body:
          rpNav +
          faq('Domande frequenti', [
            ['Quali foto accettate?', 'Foto nitide di una sola persona adulta. Rifiutiamo foto sfocate e screenshot di bassa qualità.'],
            ['Conservate le foto?', 'Cancelliamo originale e risultato 48 ore dopo la consegna.'],
            ['Posso chiedere modifiche?', 'Una revisione è inclusa. Le successive costano 5 USDT ciascuna.'],
            ['Perché non posso pagare con carta?', 'Per la riservatezza di tutti lavoriamo solo in crypto. Nessun intermediario vede cosa hai ordinato.'],
          ]),
      },
    ],
  },
  {
    host: 'nagiezdjecie-zamow.test',
    lang: 'pl',
    label: 'nudify',
    shape: 'made-to-order',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'RetuszNaŻyczenie — rozbieranie zdjęć na zamówienie',
        head: metaDescription('Wyślij zdjęcie, a nasz grafik przygotuje nagą wersję z pomocą AI. Realizacja 12–24 h, płatność wyłącznie w kryptowalutach. Pełna dyskrecja.'),
        body:
          nzNav +
          h1('Naga wersja zdjęcia — ręcznie, na zamówienie') +
          p('Automatyczne rozbieracze online dają przypadkowe efekty. U nas każde zdjęcie obrabia grafik: najpierw AI usuwa ubrania, potem człowiek poprawia szczegóły, światło i tło. Efekt wygląda jak prawdziwe zdjęcie.') +
          h2('Jak to wygląda?') +
          p('Wypełniasz krótki formularz zamówienia, dostajesz adres portfela, płacisz w krypto, a potem wysyłasz zdjęcie mailem lub na Telegramie. Gotowy plik dostajesz w ciągu doby. Na stronie nie ma żadnego uploadu — zdjęcie trafia tylko do grafika.') +
          h2('Dlaczego my') +
          ul('Ponad 3 000 zrealizowanych zamówień', 'Jedna darmowa poprawka', 'Zdjęcia kasowane 48 h po dostarczeniu', 'Obsługa po polsku, również w weekendy') +
          h2('Co możemy dla Ciebie zrobić') +
          ul('<b>Pełne rozbieranie</b> — naga wersja całej sylwetki', '<b>Bikini lub bielizna</b> — delikatniejsza wersja tego samego zdjęcia', '<b>Pakiet</b> — kilka zdjęć tej samej osoby w spójnym stylu', '<b>Ekspres</b> — gotowe w 4 godziny') +
          h2('Płatność') +
          p('Przyjmujemy wyłącznie kryptowaluty: BTC, USDT i LTC. Żadnych kart ani przelewów, więc na wyciągu nie zostaje żaden ślad. Szczegóły znajdziesz w zakładce Płatności.') +
          p('„Zamawiałem trzy razy, zawsze na czas i bez zbędnych pytań.” — stały klient') +
          p(a('/oferta', 'Zobacz ofertę i ceny') + ' · ' + a('/zamowienie?utm_source=home', 'Zamów teraz')) +
          footer('© 2026 RetuszNaŻyczenie · Wyłącznie dla pełnoletnich · Telegram: @retusz_zamowienia', [
            ['/platnosci', 'Płatności'],
            ['/kontakt', 'Kontakt'],
            ['/zamowienie?utm_source=stopka', 'Zamówienie'],
          ]),
      },
      {
        path: '/oferta',
        title: 'Oferta i ceny — RetuszNaŻyczenie',
        body:
          nzNav +
          h1('Oferta') +
          priceTable(
            ['Usługa', 'Czas', 'Cena'],
            [
              ['Rozbieranie — 1 zdjęcie', '24 h', '90 zł w USDT'],
              ['Pakiet 3 zdjęć', '24 h', '220 zł w USDT'],
              ['Wersja bikini / bielizna', '24 h', '70 zł w USDT'],
              ['Ekspres', '4 h', '+50 zł'],
            ],
          ) +
          p('Ceny podajemy w złotówkach, ale płatność przyjmujemy tylko w kryptowalutach według bieżącego kursu. Dla stałych klientów rabat 15% od trzeciego zamówienia. Każde zamówienie obejmuje jedną bezpłatną poprawkę, np. zmianę tła albo korektę oświetlenia. Przy pakietach powyżej 10 zdjęć wycenę ustalamy indywidualnie na Telegramie.'),
      },
      {
        path: '/zamowienie',
        title: 'Formularz zamówienia — RetuszNaŻyczenie',
        body:
          nzNav +
          h1('Złóż zamówienie') +
          p('Nie wgrywaj tu zdjęcia. Po wysłaniu formularza otrzymasz numer zamówienia i adres portfela, a zdjęcie prześlesz mailem albo na Telegramie z tym numerem.') +
          orderForm(['Rodzaj usługi', 'Liczba zdjęć', 'Tryb ekspres (tak/nie)', 'Twój e-mail lub nick na Telegramie', 'Waluta (BTC / USDT / LTC)', 'Uwagi'], 'Wyślij zamówienie') +
          p('Odpowiadamy zwykle w ciągu 20 minut. Jeśli nie dostaniesz maila, sprawdź folder spam albo napisz do nas na Telegramie. Numer zamówienia zachowaj do końca realizacji.'),
      },
      {
        path: '/platnosci',
        title: 'Płatności — RetuszNaŻyczenie',
        body:
          nzNav +
          h1('Płatności tylko w krypto') +
          p('Przyjmujemy Bitcoin, USDT (sieć TRC-20) i Litecoin. Nie obsługujemy BLIK-a, przelewów ani kart — dzięki temu nic nie łączy Twojego konta bankowego z zamówieniem. Każde zamówienie dostaje osobny adres portfela, ważny przez 60 minut. Prace zaczynamy po jednym potwierdzeniu w sieci. Nie wiesz, jak kupić krypto? Wystarczy dowolna giełda albo bankomat bitcoinowy — kupujesz USDT i wysyłasz na podany adres.'),
      },
      {
        path: '/kontakt',
        title: 'Kontakt — RetuszNaŻyczenie',
        body:
          nzNav +
          h1('Kontakt') +
          p('Najszybciej odpowiadamy na Telegramie: @retusz_zamowienia (codziennie 9–23). Możesz też napisać na adres zamowienia@nagiezdjecie-zamow.test — prosimy o podanie numeru zamówienia w temacie. Nie prowadzimy infolinii. Zdjęcia przyjmujemy wyłącznie z numerem opłaconego zamówienia. Pliki bez numeru są usuwane bez otwierania. Gotowe prace wysyłamy linkiem, który wygasa po 48 godzinach. Po tym czasie nie mamy już kopii, więc pobierz plik od razu.'),
      },
    ],
  },
  {
    host: 'nudora-ai.test',
    lang: 'en',
    label: 'nudify',
    shape: 'saas',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Nudora — AI Undress, Instantly',
        jsOnly: true,
        head:
          metaDescription('Nudora is the AI undress app that turns any photo into a nude in seconds. Upload, choose a mode, download in HD. Free trial credits, no card needed.') +
          oneTap('000000000000-nudora.apps.googleusercontent.test') +
          jsonLd({
            '@context': 'https://schema.org',
            '@type': 'FAQPage',
            mainEntity: [
              { '@type': 'Question', name: 'Is Nudora free?', acceptedAnswer: { '@type': 'Answer', text: 'You get 3 free credits on sign-up.' } },
              { '@type': 'Question', name: 'Do you keep my photos?', acceptedAnswer: { '@type': 'Answer', text: 'No. Files are deleted after 24 hours.' } },
            ],
          }),
        body:
          ndNav +
          h1('Undress anyone in a photo — in seconds') +
          p('Drop a photo, pick a mode, done. Nudora uses a diffusion model fine-tuned for clothes removal to create a realistic nude version while keeping the face, pose and background untouched.') +
          upload('Drag & drop or click to upload', '/api/upload', 'Undress') +
          p('3 free credits · No card required · 18+ only') +
          h2('Modes') +
          ul('Nude', 'Bikini', 'Lingerie', 'Custom prompt (Pro)') +
          h2('Why people switch to Nudora') +
          ul('Sharper results then other undress apps — 1080p free, 4K on Pro', 'Face lock keeps the person recognisable', 'Private by default: no gallery, no public feed', 'Pay by card, Apple Pay or crypto') +
          h2('How it works') +
          p('1. Upload a clear photo. 2. Choose nude, bikini or lingerie. 3. Hit Undress and download your result — usually in under 10 seconds.') +
          p('Join 250k+ users. ' + a('/pricing?ref=hero', 'See plans') + ' or ' + a('/pricing?ref=hero_cta&plan=pro', 'go Pro') + '.') +
          faq('FAQ', [
            ['Is Nudora free?', 'You get 3 free credits on sign-up. After that, buy a pack or subscribe.'],
            ['Do you keep my photos?', 'No. Originals and results are deleted after 24 hours.'],
            ['Can I undress any photo?', 'Only upload photos you own or have permission to use. You must be 18+.'],
          ]) +
          footer('© 2026 Nudora. All images are AI-generated.', [
            ['/terms', 'Terms'],
            ['/faq', 'FAQ'],
            ['/affiliate', 'Affiliate program'],
          ]),
      },
      {
        path: '/pricing',
        title: 'Pricing — Nudora',
        head: stripe('pk_test_nudora_9aX'),
        body:
          ndNav +
          h1('Simple pricing') +
          priceTable(
            ['Plan', 'Price', 'Credits', 'Perks'],
            [
              ['Free', '$0', '3', '1080p, watermark'],
              ['Basic', '$9.99 / mo', '100', 'no watermark'],
              ['Pro', '$24.99 / mo', '400', '4K, custom prompts, priority queue'],
              ['Credit pack', '$14.99 one-time', '120', 'never expires'],
            ],
          ) +
          p('Annual billing saves 30%. Cancel any time from your account page. Crypto payments get 10% bonus credits.') +
          p('Every paid plan removes the watermark and unlocks bikini and lingerie modes at full resolution. Pro adds 4K undress, custom prompts and batch uploads of up to 20 photos.') +
          button('Continue to checkout'),
      },
      {
        path: '/faq',
        title: 'FAQ — Nudora',
        body:
          ndNav +
          faq('Frequently asked questions', [
            ['How does it work?', 'Our model detects clothing in the image and repaints those areas, matching lighting and skin tone. It takes about 10 seconds.'],
            ['Which photos work best?', 'Clear, well-lit photos of one person. Front-facing works better than side angles.'],
            ['What does a credit buy?', 'One credit is one undress at 1080p. 4K costs two credits.'],
            ['Is there a refund policy?', 'Unused credits can be refunded within 7 days of purchase.'],
          ]),
      },
      {
        path: '/affiliate',
        title: 'Affiliate program — Nudora',
        body:
          ndNav +
          h1('Earn 40% recurring') +
          p('Promote Nudora on your site, Telegram channel or socials and earn 40% of every payment your referrals make, for life. Payouts weekly in USDT or via bank wire, $50 minimum. You get a personal ?ref= link, banners and ready-made comparison tables. Sign up in two minutes from your dashboard. Top affiliates earn over $4,000 a month.'),
      },
      {
        path: '/terms',
        title: 'Terms of Service — Nudora',
        body:
          ndNav +
          h1('Terms of Service') +
          p('You must be at least 18 years old to use Nudora. You agree not to upload images of any person without their consent and not to use outputs to harass, extort or impersonate anyone. All outputs are synthetic and do not depict real events. We may suspend accounts for abuse. Credits have no cash value. These terms are governed by the laws of the operator\'s jurisdiction.'),
      },
    ],
  },
  {
    host: 'pelenua.test',
    lang: 'pt',
    label: 'nudify',
    shape: 'saas',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'PeleNua — despir fotografias com IA, em segundos',
        head:
          metaDescription('Carregue uma fotografia e a nossa IA remove a roupa automaticamente. PeleNua: resultados realistas, pagamento por MB WAY ou cartão, 2 créditos grátis.') +
          gtag('G-PN44ZZ0'),
        body:
          cookieBanner('Utilizamos cookies para garantir o funcionamento do site e para estatísticas anónimas.', 'Aceitar', 'Recusar') +
          pnNav +
          h1('Dispa qualquer fotografia com inteligência artificial') +
          p('A PeleNua é uma ferramenta online que remove a roupa de fotografias e gera uma versão nua realista. Funciona no telemóvel e no computador, sem instalar nada.') +
          upload('Carregar fotografia', '/processar', 'Despir agora') +
          p('Ao carregar, declara ter mais de 18 anos e autorização da pessoa fotografada.') +
          h2('Modos disponíveis') +
          ul('Nu integral', 'Biquíni', 'Roupa interior', 'Transparente (efeito «raio-x»)') +
          h2('Porquê a PeleNua?') +
          p('Processamento em servidores na UE, eliminação automática dos ficheiros ao fim de 12 horas e resultados até 4K. Pode pagar com MB WAY, Multibanco, cartão ou cripto, e no extrato aparece apenas «PN Media».') +
          ul('2 créditos grátis no registo', 'Sem marca de água a partir do plano Essencial', 'Fila prioritária no plano Ilimitado') +
          h2('Como funciona') +
          p('Escolha uma fotografia nítida, carregue-a, selecione o modo e carregue em «Despir agora». Em menos de meio minuto recebe o resultado, que pode descarregar ou voltar a gerar com outra variação.') +
          faq('Dúvidas rápidas', [
            ['Preciso de criar conta?', 'Sim, apenas com e-mail. Assim recebe os 2 créditos grátis.'],
            ['Funciona no iPhone?', 'Sim, diretamente no Safari ou em qualquer navegador.'],
          ]) +
          footer('© 2026 PeleNua · Conteúdo gerado por IA · Apenas para maiores de 18.', [
            ['/planos', 'Planos e preços'],
            ['/perguntas', 'FAQ'],
            ['/termos', 'Termos e condições'],
          ]),
      },
      {
        path: '/planos',
        title: 'Planos — PeleNua',
        body:
          pnNav +
          h1('Planos e créditos') +
          priceTable(
            ['Plano', 'Preço', 'Créditos', 'Inclui'],
            [
              ['Experimentar', '€3,99', '8', 'HD com marca de água'],
              ['Essencial', '€11,99/mês', '60', 'HD sem marca de água'],
              ['Ilimitado', '€27,99/mês', 'ilimitado*', '4K, raio-x, fila prioritária'],
            ],
          ) +
          p('*Uso justo: até 60 fotografias por dia. Os planos mensais renovam automaticamente e pode cancelar na área «A minha conta». Créditos avulsos não expiram.') +
          p('Pagamentos por MB WAY, referência Multibanco, cartão Visa/Mastercard ou cripto (BTC, USDT). Com cripto recebe 15% de créditos extra.') +
          button('Subscrever'),
      },
      {
        path: '/perguntas',
        title: 'Perguntas frequentes — PeleNua',
        body:
          pnNav +
          faq('Perguntas frequentes', [
            ['Quanto tempo demora?', 'Entre 10 e 30 segundos, conforme a fila.'],
            ['Que fotografias dão melhor resultado?', 'Fotografias nítidas, de frente, com uma única pessoa e boa iluminação.'],
            ['Guardam as minhas fotografias?', 'Não. Apagamos tudo automaticamente ao fim de 12 horas.'],
            ['Posso pedir reembolso?', 'Créditos não utilizados podem ser reembolsados nos primeiros 14 dias.'],
            ['O que é o modo raio-x?', 'Um efeito de transparência sobre a roupa, disponível apenas no plano Ilimitado.'],
          ]),
      },
      {
        path: '/termos',
        title: 'Termos e condições — PeleNua',
        body:
          pnNav +
          h1('Termos e condições') +
          p('O serviço destina-se exclusivamente a maiores de 18 anos. O utilizador é o único responsável pelas imagens que carrega e garante ter o consentimento das pessoas representadas. É proibido partilhar os resultados sem autorização ou usá-los para chantagem ou assédio. Reservamo-nos o direito de encerrar contas que violem estes termos, sem reembolso.'),
      },
    ],
  },
];
