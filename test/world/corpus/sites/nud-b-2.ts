import {
  a,
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
  orderForm,
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

const AUTHOR = 'nud-b';

const code = (s: string): string => `<pre><code>${s.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</code></pre>`;
const langSwitch = (langs: [string, string][]): string => `<div class="lang-switch">${langs.map(([h, t]) => a(h, t)).join(' | ')}</div>`;

// pixnuda.test (it, saas)
const pxNav = nav(
  [
    ['/esempi', 'Esempi'],
    ['/piani', 'Piani'],
    ['/blog/come-scegliere-la-foto', 'Blog'],
    ['/assistenza', 'Assistenza'],
    ['/login', 'Entra'],
  ],
  'Pixnuda',
);
const pxFoot = footer('© 2026 Pixnuda S.r.l.s. (in costituzione) · Tutti i contenuti sono generati da AI · Vietato ai minori di 18 anni', [
  ['/assistenza#termini', 'Termini'],
  ['/assistenza#privacy', 'Privacy & cookie'],
  ['/piani?utm_source=footer&utm_medium=link', 'Prezzi'],
]);

// senzaveli-bot.test (it, telegram-bot)
const svbNav = nav(
  [
    ['/guida', 'Guida ai comandi'],
    ['/prezzi', 'Prezzi'],
    ['/specchi', 'Bot di riserva'],
    ['/termini', 'Termini'],
  ],
  'SenzaVeli',
);

// devnuda-api.test (it, api-reseller)
const dnNav = nav(
  [
    ['/documentazione', 'Documentazione'],
    ['/documentazione/endpoint', 'Endpoint'],
    ['/prezzi', 'Prezzi'],
    ['/chiavi', 'Chiavi API'],
  ],
  'DevNuda API',
);
const dnFoot = footer('DevNuda API · P.IVA non applicabile · Supporto tecnico: dev@devnuda-api.test · Telegram @devnuda_support', [
  ['/documentazione', 'Docs'],
  ['/prezzi', 'Listino'],
  ['/chiavi', 'Dashboard'],
]);

// fotografovirtuale.test (it, innocent-home)
const fvNav = nav(
  [
    ['/stili', 'Stili'],
    ['/abbonamenti', 'Abbonamenti'],
    ['/chi-siamo', 'Chi siamo'],
    ['/accedi', 'Accedi'],
  ],
  'Fotografo Virtuale',
);

// desnudaja.test (pt, saas)
const djNav = nav(
  [
    ['/como-funciona', 'Como funciona'],
    ['/planos?ref=topo', 'Planos'],
    ['/afiliados', 'Afiliados'],
    ['/entrar', 'Entrar'],
  ],
  'DesnudaJá',
);

// raioxfotobot.test (pt, telegram-bot)
const rfNav = nav(
  [
    ['/comandos', 'Comandos'],
    ['/creditos', 'Créditos'],
    ['/suporte', 'Suporte'],
  ],
  'Raio-X Bot',
);

// nuacam-app.test (pt-PT, app-landing)
const ncNav = nav(
  [
    ['/transferir', 'Transferir'],
    ['/premium', 'Premium'],
    ['/instalar-iphone', 'iPhone'],
    ['/faq', 'FAQ'],
  ],
  'NuaCam',
);

// edicaointima.test (pt, made-to-order)
const eiNav = nav(
  [
    ['/servicos', 'Serviços'],
    ['/pedido', 'Fazer pedido'],
    ['/pagamento-cripto', 'Pagamento'],
    ['/faq', 'Dúvidas'],
  ],
  'Edição Íntima',
);

// razdevaika-bot.test (ru, telegram-bot)
const rzNav = nav(
  [
    ['/komandy', 'Команды'],
    ['/tarify', 'Тарифы'],
    ['/zerkala', 'Зеркала'],
    ['/faq', 'Вопросы'],
  ],
  'Раздевайка',
);

// retush-zakaz.test (ru, made-to-order)
const rtNav = nav(
  [
    ['/uslugi', 'Услуги и цены'],
    ['/zakaz', 'Оформить заказ'],
    ['/oplata', 'Оплата'],
    ['/garantii', 'Гарантии'],
  ],
  'Ретушь под заказ',
);

// quietedit-studio.test (en, made-to-order)
const qeNav = nav(
  [
    ['/services', 'Services'],
    ['/order', 'Place an order'],
    ['/payment', 'Payment'],
    ['/faq', 'FAQ'],
  ],
  'QuietEdit Studio',
);

// glowframe-studio.test (en, innocent-home)
const gwNav = nav(
  [
    ['/modes', 'Modes'],
    ['/pricing', 'Pricing'],
    ['/about', 'About'],
    ['/blog/better-headshots', 'Blog'],
    ['/signin', 'Sign in'],
  ],
  'Glowframe',
);
const gwFoot = footer('© 2026 Glowframe AI, Inc. Made for creators.', [
  ['/about#terms', 'Terms'],
  ['/about#privacy', 'Privacy'],
  ['/pricing?utm_source=footer', 'Pricing'],
  ['/modes', 'All modes'],
]);

export const sites: CorpusSite[] = [
  {
    host: 'pixnuda.test',
    lang: 'it',
    label: 'nudify',
    shape: 'saas',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Pixnuda — Und\u200Bress AI in italiano | Foto senza vestiti in 10 secondi',
        head:
          metaDescription('Pixnuda: l\'AI che toglie i vestiti dalle foto. Carica, scegli lo stile, scarica. Risultati realistici in HD e 4K, 3 crediti gratis per i nuovi utenti.') +
          jsonLd({
            '@context': 'https://schema.org',
            '@type': 'Product',
            name: 'Pixnuda Pro',
            description: 'Abbonamento mensale al generatore AI Pixnuda',
            offers: { '@type': 'Offer', price: '19.90', priceCurrency: 'EUR', availability: 'https://schema.org/InStock' },
            aggregateRating: { '@type': 'AggregateRating', ratingValue: '4.7', reviewCount: '3318' },
          }) +
          gtag('G-PXN0D4'),
        body:
          langSwitch([
            ['/', 'IT'],
            ['/en/', 'EN'],
            ['/es/', 'ES'],
          ]) +
          cookieBanner('Questo sito utilizza cookie propri e di terze parti. Cliccando «Accetto» acconsenti all\'uso di tutti i cookie.', 'Accetto', 'Personalizza') +
          pxNav +
          h1('Togli i vestiti da qualsiasi foto. In 10 secondi.') +
          p('Pixnuda è l\'und\u200Bress AI pensato per chi vuole risultati realistici senza perdere tempo. Nessun software da installare: carichi la foto dal telefono o dal PC, scegli lo stile e l\'intelligenza artificiale genera la versione senza vestiti mantenendo viso, posa e sfondo.') +
          upload('Trascina qui la foto o clicca per sceglierla', '/upload', 'Genera') +
          p('<small>JPG, PNG o HEIC fino a 15 MB · Solo persone maggiorenni · Confermi di avere il consenso della persona ritratta</small>') +
          section(
            h2('Come funziona'),
            ol('Carica una foto nitida di una persona', 'Scegli lo stile: nudo, bikini, intimo o «trasparente»', 'Regola intensità e dettaglio con i cursori', 'Scarica il risultato o condividilo con un link privato'),
          ) +
          section(
            h2('Perché Pixnuda è diverso'),
            ul(
              'Modello proprietario v5 addestrato su oltre 10 milioni di immagini',
              'Blocco viso: il volto resta identico all\'originale',
              'Fino a 4K e upscale 2x inclusi nel piano Pro',
              'Cronologia privata, cancellazione automatica dopo 7 giorni',
              'Checkout discreto: sull\'estratto conto compare «PX Media»',
            ),
          ) +
          img(8, 'esempio sfocato') +
          img(9, 'esempio sfocato 2') +
          section(
            h2('Dicono di noi'),
            p('«Finalmente un sito in italiano che funziona davvero, il supporto risponde in pochi minuti.» — Luca, Torino'),
            p('«Il piano settimanale è comodo, lo attivo solo quando mi serve.» — utente Pro'),
          ) +
          p('Da <b>€4,90</b> per 10 crediti · ' + a('/piani?ref=home_cta', 'Vedi tutti i piani') + ' · ' + a('/esempi', 'Guarda gli esempi')) +
          pxFoot,
      },
      {
        path: '/esempi',
        title: 'Esempi e stili — Pixnuda',
        body:
          pxNav +
          h1('Stili disponibili') +
          p('Ogni stile usa un modello diverso. Le anteprime qui sotto sono sfocate: i risultati veri li vedi solo nel tuo account.') +
          h3('Nudo') +
          p('La versione completamente senza vestiti. Il nostro stile più richiesto, ottimizzato per foto a figura intera e selfie allo specchio.') +
          h3('Bikini e intimo') +
          p('Sostituisce gli abiti con un costume o con lingerie: 20 modelli tra cui scegliere, colori personalizzabili.') +
          h3('Trasparente') +
          p('Effetto «vestito bagnato» o tessuto trasparente. Disponibile solo nel piano Pro.') +
          img(3, 'anteprima sfocata') +
          p(a('/piani?ref=esempi', 'Sblocca tutti gli stili →')) +
          pxFoot,
      },
      {
        path: '/piani',
        title: 'Piani e prezzi — Pixnuda',
        head: stripe('pk_test_pixnuda_4eR'),
        body:
          pxNav +
          h1('Scegli il tuo piano') +
          priceTable(
            ['Piano', 'Prezzo', 'Crediti', 'Stili', 'Qualità'],
            [
              ['Prova', 'gratis', '3', 'Nudo, Bikini', '720p con watermark'],
              ['Ricarica 10', '€4,90', '10', 'tutti tranne Trasparente', '1080p'],
              ['Settimanale', '€7,90 / 7 giorni', '80', 'tutti', '1080p'],
              ['Pro', '€19,90 / mese', '400', 'tutti', '4K + upscale 2x'],
            ],
          ) +
          p('Metodi di pagamento: carta, Apple Pay, Google Pay, PayPal (tramite intermediario), Bitcoin, USDT. I crediti delle ricariche non scadono mai.') +
          button('Procedi al pagamento') +
          pxFoot,
      },
      {
        path: '/blog/come-scegliere-la-foto',
        title: 'Come scegliere la foto giusta per risultati perfetti — Blog Pixnuda',
        body:
          pxNav +
          h1('Come scegliere la foto giusta') +
          p('Il 90% dei risultati deludenti dipende dalla foto di partenza. Ecco cinque consigli del nostro team per ottenere sempre il massimo dallo stile Nudo.') +
          ol(
            'Luce naturale e frontale: evita controluce e ombre forti.',
            'Una sola persona nell\'inquadratura, niente gruppi.',
            'Abiti aderenti danno risultati più precisi di giacche e cappotti.',
            'Risoluzione minima 800 px sul lato corto.',
            'Evita filtri e beauty mode delle app social.',
          ) +
          p('Seguendo questi passaggi la percentuale di risultati «perfetti al primo colpo» sale dal 60% a oltre l\'85%. Buona generazione!') +
          pxFoot,
      },
      {
        path: '/assistenza',
        title: 'Assistenza — Pixnuda',
        body:
          pxNav +
          faq('Assistenza', [
            ['Non ho ricevuto i crediti', 'Di solito arrivano entro 2 minuti. Se non li vedi, scrivi a help@pixnuda.test con l\'ID ordine.'],
            ['Come disdico il piano Pro?', 'Impostazioni → Abbonamento → Disdici. Resti Pro fino alla fine del periodo.'],
            ['Il risultato ha errori', 'Puoi rigenerare gratis una volta. Prova anche ad abbassare l\'intensità.'],
          ]) +
          h2('Termini') +
          p('Servizio riservato ai maggiorenni. L\'utente dichiara di avere il consenso delle persone ritratte ed è responsabile dell\'uso dei risultati.') +
          pxFoot,
      },
    ],
  },
  {
    host: 'senzaveli-bot.test',
    lang: 'it',
    label: 'nudify',
    shape: 'telegram-bot',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'SenzaVeli — Bot Telegram per spogliare le foto con l\'AI',
        head:
          metaDescription('SenzaVeli è il bot Telegram che spoglia le foto con l\'intelligenza artificiale. Invia una foto, ricevi la versione nuda. Paghi in Telegram Stars.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'SoftwareApplication', name: 'SenzaVeli Bot', applicationCategory: 'Telegram bot', offers: { '@type': 'Offer', price: '0', priceCurrency: 'XTR' } }),
        body:
          svbNav +
          h1('Il bot che spoglia le foto, direttamente su Telegram') +
          p('Niente siti, niente app, niente registrazioni. Con SenzaVeli basta aprire la chat e inviare una foto: il bot usa l\'intelligenza artificiale per rimuovere i vestiti e ti restituisce la versione nuda in meno di 30 secondi.') +
          p('<b>Avvia il bot:</b> ' + a('https://t.me/senzaveli_ai_bot?start=web', 't.me/senzaveli_ai_bot') + ' — la prima foto è gratis.') +
          h2('Perché usare un bot') +
          ul(
            'Privato: la conversazione è solo tra te e il bot',
            'Pagamenti con Telegram Stars, nessun dato della carta condiviso',
            'Funziona su telefono, tablet e Telegram Desktop',
            'Notifica quando il risultato è pronto, anche se chiudi l\'app',
          ) +
          h2('Cosa sa fare') +
          ul('Spoglia — versione nuda completa', 'Bikini — costume da bagno al posto dei vestiti', 'Intimo — lingerie in 10 stili', 'Restauro — migliora foto sgranate prima dell\'elaborazione') +
          h2('In numeri') +
          p('Oltre 95.000 utenti attivi al mese, 2,3 milioni di foto elaborate, tempo medio di risposta 21 secondi. Server in Europa con GPU dedicate.') +
          p('Se il bot principale non risponde, trovi sempre i bot di riserva aggiornati nella pagina ' + a('/specchi', 'Bot di riserva') + '. Il saldo è legato al tuo account Telegram, quindi lo ritrovi su qualsiasi bot della rete.') +
          faq('Domande frequenti', [
            ['È gratis?', 'La prima foto sì. Dopo servono crediti, acquistabili con Stars dentro Telegram.'],
            ['Il bot salva le foto?', 'No, vengono eliminate subito dopo l\'invio del risultato.'],
            ['Chi può usarlo?', 'Solo utenti maggiorenni. Usa esclusivamente foto per cui hai il consenso.'],
          ]) +
          footer('SenzaVeli © 2026 · Progetto indipendente, non affiliato a Telegram', [
            ['/guida', 'Comandi'],
            ['/prezzi', 'Prezzi'],
            ['/termini', 'Termini d\'uso'],
            ['https://t.me/senzaveli_news', 'Canale news'],
          ]),
      },
      {
        path: '/guida',
        title: 'Guida ai comandi — SenzaVeli',
        body:
          svbNav +
          h1('Guida ai comandi') +
          p('Ecco tutti i comandi che puoi scrivere nella chat del bot. Puoi anche usare i pulsanti del menu in basso.') +
          ul(
            '<code>/start</code> — benvenuto e foto gratuita',
            '<code>/spoglia</code> — attiva la modalità nudo (predefinita)',
            '<code>/bikini</code> — modalità costume',
            '<code>/intimo</code> — modalità lingerie',
            '<code>/hd</code> — attiva l\'output ad alta risoluzione (2 crediti)',
            '<code>/saldo</code> — mostra i crediti rimasti',
            '<code>/compra</code> — apre il negozio Stars',
            '<code>/amici</code> — link referral, 2 crediti per ogni nuovo utente',
            '<code>/supporto</code> — contatta un operatore',
          ) +
          p('Dopo il comando invia la foto come immagine compressa. Le foto inviate come file vengono accettate ma elaborate più lentamente.'),
      },
      {
        path: '/prezzi',
        title: 'Prezzi in Stars — SenzaVeli',
        body:
          svbNav +
          h1('Prezzi') +
          p('Tutti gli acquisti avvengono dentro Telegram: scrivi /compra, scegli il pacchetto e conferma con Stars. I crediti vengono aggiunti all\'istante.') +
          priceTable(
            ['Pacchetto', 'Crediti', 'Prezzo'],
            [
              ['Assaggio', '4', '100 ⭐'],
              ['Classico', '20', '450 ⭐'],
              ['Maxi', '75', '1.400 ⭐'],
              ['Illimitato 30 giorni', '∞ (max 50/giorno)', '2.500 ⭐'],
            ],
          ) +
          p('Una foto standard costa 1 credito, in HD 2 crediti. Il pacchetto Maxi include la coda prioritaria.') +
          p('Le Stars si comprano direttamente nell\'app Telegram con Apple Pay, Google Pay o carta. Preferisci le crypto? Scrivi /supporto e ti mandiamo un link di pagamento in USDT con il 10% di crediti in più.'),
      },
      {
        path: '/specchi',
        title: 'Bot di riserva — SenzaVeli',
        body:
          svbNav +
          h1('Bot di riserva') +
          p('Telegram a volte blocca i bot come il nostro. Quando succede, usa uno di questi: sono collegati allo stesso database e trovi il tuo saldo intatto.') +
          ul(
            a('https://t.me/senzaveli_ai_bot', '@senzaveli_ai_bot') + ' — principale',
            a('https://t.me/senzaveli2_bot', '@senzaveli2_bot') + ' — riserva 1',
            a('https://t.me/sv_foto_ai_bot', '@sv_foto_ai_bot') + ' — riserva 2',
          ) +
          p('Iscriviti al canale ' + a('https://t.me/senzaveli_news', '@senzaveli_news') + ' per ricevere subito i nuovi link.') +
          p('Attenzione ai falsi: i bot ufficiali sono solo quelli elencati qui e nel canale. Nessun operatore ti chiederà mai di pagare fuori da Telegram o di inviare codici di accesso.'),
      },
      {
        path: '/termini',
        title: 'Termini d\'uso — SenzaVeli',
        body:
          svbNav +
          h1('Termini d\'uso') +
          p('Usando il bot dichiari di avere almeno 18 anni. Le immagini generate sono artificiali. È vietato inviare foto di persone senza il loro consenso e diffondere i risultati. Gli acquisti in Stars non sono rimborsabili, salvo malfunzionamenti del servizio. Possiamo bloccare gli utenti che violano questi termini. Il servizio è fornito «così com\'è».'),
      },
    ],
  },
  {
    host: 'devnuda-api.test',
    lang: 'it',
    label: 'nudify',
    shape: 'api-reseller',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'DevNuda API — API di rimozione vestiti per sviluppatori',
        head: metaDescription('API REST per la rimozione dei vestiti dalle foto. Integra lo svestimento AI nella tua app o nel tuo bot Telegram. Prezzo a chiamata da €0,015.'),
        body:
          dnNav +
          h1('L\'API di svestimento AI per la tua app') +
          p('Hai un bot Telegram, un sito o un\'app e vuoi offrire la funzione «spoglia foto» senza gestire GPU e modelli? DevNuda API ti dà un endpoint REST pronto all\'uso, documentato in italiano, con prezzi a chiamata e chiavi API illimitate.') +
          h2('Caratteristiche') +
          ul(
            'Endpoint unico <code>/v1/svesti</code> con modalità <code>nudo</code>, <code>bikini</code>, <code>intimo</code>',
            'Risposta sincrona (fino a 1024 px) o asincrona con webhook',
            'Tempo medio 3,4 s, uptime 99,7% negli ultimi 90 giorni',
            'White label: nessun logo o watermark sui risultati',
            'Sotto-chiavi per rivenditori, con limiti giornalieri',
          ) +
          h2('Un esempio') +
          code(`curl -X POST https://api.devnuda-api.test/v1/svesti \\
  -H "X-Api-Key: dn_live_..." \\
  -H "Content-Type: application/json" \\
  -d '{"image_url":"https://esempio.test/foto.jpg","modalita":"nudo"}'`) +
          p('La risposta contiene <code>risultato_url</code> e i crediti rimanenti.') +
          h2('Chi ci usa') +
          p('Oltre 120 bot Telegram, una dozzina di app Android e diversi siti in Italia, Spagna e Brasile. Rivendi a chi vuoi, al prezzo che vuoi: noi fatturiamo solo le chiamate riuscite.') +
          p(a('/chiavi?ref=home', 'Crea la tua chiave gratuita') + ' — 30 chiamate di prova incluse.') +
          dnFoot,
      },
      {
        path: '/documentazione',
        title: 'Documentazione — DevNuda API',
        body:
          dnNav +
          h1('Primi passi') +
          p('Tutte le richieste vanno a <code>https://api.devnuda-api.test/v1/</code> con l\'header <code>X-Api-Key</code>. Le chiavi di test iniziano con <code>dn_test_</code> e restituiscono immagini con watermark; quelle di produzione con <code>dn_live_</code>.') +
          h2('Esempio in Python') +
          code(`import requests
r = requests.post(
    "https://api.devnuda-api.test/v1/svesti",
    headers={"X-Api-Key": KEY},
    files={"immagine": open("foto.jpg", "rb")},
    data={"modalita": "bikini", "qualita": "hd"},
)
print(r.json()["risultato_url"])`) +
          h2('Limiti') +
          p('Base: 5 richieste al secondo. Business: 30. Immagini fino a 12 MB, formati JPG, PNG, WebP.') +
          dnFoot,
      },
      {
        path: '/documentazione/endpoint',
        title: 'Riferimento endpoint — DevNuda API',
        body:
          dnNav +
          h1('Endpoint') +
          h3('POST /v1/svesti') +
          p('Parametri: <code>immagine</code> (file) oppure <code>image_url</code>; <code>modalita</code> = nudo | bikini | intimo; <code>qualita</code> = sd | hd | 4k; <code>asincrono</code> (bool); <code>webhook</code> (URL).') +
          h3('GET /v1/lavori/{id}') +
          p('Stato di un lavoro asincrono: <code>in_coda</code>, <code>in_corso</code>, <code>completato</code>, <code>errore</code>.') +
          h3('GET /v1/saldo') +
          code(`{"crediti": 8420, "piano": "business", "rinnovo": "2026-03-01"}`) +
          h3('Codici di errore') +
          ul('401 chiave non valida', '402 crediti esauriti', '415 formato non supportato', '422 nessuna persona rilevata', '429 troppe richieste') +
          dnFoot,
      },
      {
        path: '/prezzi',
        title: 'Prezzi — DevNuda API',
        body:
          dnNav +
          h1('Prezzi a chiamata') +
          priceTable(
            ['Piano', 'Costo per chiamata', 'Minimo', 'Note'],
            [
              ['Prova', 'gratis', '30 chiamate', 'watermark'],
              ['Base', '€0,04', 'nessuno', 'ricarica da €20'],
              ['Business', '€0,025', '€250/mese', 'webhook, sotto-chiavi'],
              ['Rivenditore', '€0,015', '€1.000/mese', 'GPU dedicata, SLA'],
            ],
          ) +
          p('Output 4K = 2 chiamate. Le chiamate con errore 422 non vengono addebitate. Pagamenti con carta, bonifico SEPA o USDT.') +
          p('La fattura mensile riporta la voce generica «servizi di elaborazione immagini». Per volumi superiori a 200.000 chiamate al mese offriamo prezzi personalizzati e un account manager dedicato: contattaci su Telegram.') +
          dnFoot,
      },
      {
        path: '/chiavi',
        title: 'Le tue chiavi API — DevNuda',
        body:
          dnNav +
          h1('Chiavi API') +
          p('Accedi per creare e gestire le tue chiavi. Ogni account può avere fino a 50 chiavi, ciascuna con un nome, un limite giornaliero e una lista di IP autorizzati.') +
          textForm('E-mail dell\'account', 'Invia link di accesso', '/auth/magic-link') +
          p('Non hai un account? Inserisci la tua e-mail: riceverai un link di accesso e 30 chiamate di prova gratuite. Nessuna carta richiesta.') +
          dnFoot,
      },
    ],
  },
  {
    host: 'fotografovirtuale.test',
    lang: 'it',
    label: 'nudify',
    shape: 'innocent-home',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Fotografo Virtuale — ritratti e foto professionali con l\'AI',
        head:
          metaDescription('Il tuo fotografo personale basato su intelligenza artificiale: headshot per il profilo professionale, sfondi, restauro di vecchie foto, stili artistici. Prova gratis.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'Organization', name: 'Fotografo Virtuale', url: 'https://fotografovirtuale.test', logo: 'https://fotografovirtuale.test/img/p1.png' }),
        body:
          cookieBanner('Usiamo i cookie per ricordare le tue preferenze e misurare il traffico.', 'Va bene', 'Rifiuta') +
          fvNav +
          h1('Il fotografo che hai sempre in tasca') +
          p('Fotografo Virtuale trasforma un selfie in un ritratto da studio. Carichi una foto, scegli lo stile e in pochi secondi hai un\'immagine curata: luce morbida, sfondo pulito, dettagli nitidi. Perfetto per profili social, curriculum, siti personali e app di incontri.') +
          upload('Carica una foto per iniziare', '/studio', 'Apri lo studio') +
          h2('Cosa puoi fare') +
          ul(
            'Headshot professionali per profili di lavoro e CV',
            'Cambio sfondo: ufficio, città, natura, tinta unita',
            'Restauro e colorazione di vecchie foto di famiglia',
            'Upscale fino a 4K senza perdita di dettaglio',
            'Stili artistici: pittura a olio, fumetto, cinema anni \'70',
            'Cambio d\'abito: prova capi diversi senza cambiarti',
          ) +
          h2('Semplice come uno scatto') +
          p('Niente luci, niente appuntamenti, niente attese. Il nostro motore AI è stato addestrato da fotografi professionisti e riconosce automaticamente il tipo di foto, proponendoti gli stili più adatti.') +
          img(2, 'ritratto professionale') +
          img(5, 'restauro foto') +
          h2('Recensioni') +
          p('«Ho rifatto la foto del profilo aziendale in pausa pranzo. I colleghi pensavano fossi andato da un fotografo.» — Davide, consulente') +
          p('«Ho restaurato le foto dei nonni, un regalo bellissimo.» — Chiara') +
          textForm('Iscriviti alla newsletter: consigli di fotografia e sconti', 'Iscrivimi', '/newsletter') +
          footer('© 2026 Fotografo Virtuale · Milano', [
            ['/stili', 'Stili'],
            ['/abbonamenti', 'Abbonamenti'],
            ['/chi-siamo', 'Chi siamo'],
            ['/chi-siamo#privacy', 'Privacy'],
          ]),
      },
      {
        path: '/stili',
        title: 'Tutti gli stili — Fotografo Virtuale',
        body:
          fvNav +
          h1('Tutti gli stili') +
          p('Scegli lo stile più adatto alla tua foto. Gli stili contrassegnati con 🔒 richiedono un abbonamento.') +
          priceTable(
            ['Stile', 'Descrizione', 'Crediti'],
            [
              ['Headshot', 'ritratto professionale con sfondo neutro', '1'],
              ['Sfondo', 'sostituzione dello sfondo', '1'],
              ['Restauro', 'ripara graffi e colora', '2'],
              ['Upscale 4K', 'aumenta la risoluzione', '1'],
              ['Cambio d\'abito', 'nuovo outfit dal catalogo', '2'],
              ['Spiaggia 🔒', 'trasforma gli abiti in costume da bagno', '2'],
              ['Intimo 🔒 18+', 'rimuove i vestiti e genera la versione nuda o in lingerie', '3'],
            ],
          ) +
          p('Lo stile «Intimo» è visibile solo agli utenti abbonati che hanno confermato la maggiore età. Caricando una foto confermi di avere il consenso della persona ritratta.'),
      },
      {
        path: '/abbonamenti',
        title: 'Abbonamenti — Fotografo Virtuale',
        head: stripe('pk_test_fotovirt_77'),
        body:
          fvNav +
          h1('Abbonamenti') +
          priceTable(
            ['Piano', 'Prezzo', 'Crediti al mese', 'Stili inclusi'],
            [
              ['Free', '€0', '5', 'base'],
              ['Creator', '€9,99', '100', 'base + Spiaggia'],
              ['Studio', '€24,99', '400', 'tutti, incluso Intimo 18+'],
            ],
          ) +
          p('Tutti i piani si rinnovano automaticamente e si possono disdire in qualsiasi momento. I crediti inutilizzati passano al mese successivo fino a un massimo di 200. Pagamento con carta, PayPal o bonifico.') +
          button('Abbonati ora') +
          p('Con il piano Studio sblocchi anche gli stili riservati agli adulti e la coda prioritaria: i risultati arrivano in meno di 10 secondi anche nelle ore di punta. Gli studenti hanno il 20% di sconto sul piano Creator.'),
      },
      {
        path: '/chi-siamo',
        title: 'Chi siamo — Fotografo Virtuale',
        body:
          fvNav +
          h1('Chi siamo') +
          p('Siamo un team di fotografi e sviluppatori nato a Milano nel 2023. Volevamo rendere la fotografia di qualità accessibile a tutti, senza costi da studio. Oggi oltre 60.000 persone usano Fotografo Virtuale ogni mese.') +
          h2('Privacy') +
          p('Le foto caricate restano sui nostri server per un massimo di 72 ore e non vengono usate per addestrare i modelli. Puoi cancellarle prima dalla tua galleria.'),
      },
    ],
  },
  {
    host: 'desnudaja.test',
    lang: 'pt',
    label: 'nudify',
    shape: 'saas',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'DesnudaJá — IA que tira a roupa das fotos online',
        jsOnly: true,
        head:
          metaDescription('DesnudaJá: envie uma foto e a inteligência artificial cria a versão nua em segundos. 2 créditos grátis, Pix aceito, resultado em HD.') +
          oneTap('000000000000-desnudaja.apps.googleusercontent.test'),
        body:
          djNav +
          h1('Tira a roupa de qualquer foto com IA') +
          p('O DesnudaJá é o gerador de nudes com inteligência artificial mais usado do Brasil. Você sobe a foto, escolhe o modo e em poucos segundos recebe uma versão sem roupa super realista. Funciona no navegador do celular, sem baixar nada.') +
          upload('Escolher foto', '/api/desnudar', 'Desnudar agora') +
          p('Ganhe <b>2 créditos grátis</b> ao entrar com Google. Somente para maiores de 18 anos.') +
          h2('Modos') +
          ul('🔥 Nude total', '👙 Biquíni', '🖤 Lingerie', '💦 Molhado (Pro)') +
          h2('Vantagens') +
          ul('Resultado em HD, 4K no plano Pro', 'Pagamento via Pix com aprovação na hora', 'Fotos apagadas em 24 horas', 'Sem marca d\'água nos planos pagos', 'Suporte pelo chat e Telegram') +
          h2('Como funciona') +
          p('Nossa IA identifica a pessoa na foto, remove as roupas e recria a imagem mantendo rosto, fundo e iluminação. Quanto melhor a foto, mais real o resultado.') +
          faq('Perguntas', [
            ['É grátis?', 'Você ganha 2 créditos pra testar. Depois é só comprar um pacote a partir de R$9,90.'],
            ['É seguro?', 'Usamos conexão criptografada e apagamos tudo em 24h.'],
            ['Aparece na fatura?', 'Não aparece o nome do site. No Pix aparece «DJ Serviços Digitais».'],
          ]) +
          h2('Depoimentos') +
          p('«Testei vários sites gringos e nenhum chegou perto. E pagar com Pix é muito prático.» — Rafael, Recife') +
          p('«O plano Pro vale cada centavo, o modo molhado é o melhor que já vi.» — usuário Pro') +
          p('«Suporte respondeu em 5 minutos pelo Telegram quando meu crédito demorou.» — Camila, Curitiba') +
          h2('Novidades') +
          ul('Modelo v4 com mãos e cabelo muito mais naturais', 'Modo lingerie agora com 15 estilos', 'Fila VIP 2x mais rápida à noite', 'Novo programa de afiliados com 35% vitalício') +
          footer('© 2026 DesnudaJá · Conteúdo gerado por IA · +18', [
            ['/planos?ref=rodape', 'Planos'],
            ['/como-funciona', 'Como funciona'],
            ['/afiliados', 'Seja afiliado'],
            ['/privacidade', 'Privacidade'],
          ]),
      },
      {
        path: '/como-funciona',
        title: 'Como funciona — DesnudaJá',
        body:
          djNav +
          h1('Como funciona') +
          ol('Entre com Google ou e-mail.', 'Suba uma foto nítida, de preferência de corpo inteiro ou da cintura pra cima.', 'Escolha o modo: nude, biquíni, lingerie ou molhado.', 'Clique em «Desnudar agora» e espere uns 10 segundos.', 'Baixe ou gere de novo com outra variação.') +
          p('Dica de ouro: fotos com roupa justa e luz boa saem muito melhores. Evite fotos escuras, de longe ou com muita gente.') +
          p(a('/planos?ref=como-funciona', 'Ver planos e preços')),
      },
      {
        path: '/planos',
        title: 'Planos — DesnudaJá',
        body:
          djNav +
          h1('Planos e créditos') +
          priceTable(
            ['Plano', 'Preço', 'Créditos', 'Extras'],
            [
              ['Básico', 'R$9,90', '10', '—'],
              ['Popular', 'R$29,90', '40', 'sem marca d\'água'],
              ['Pro mensal', 'R$59,90/mês', '150', '4K, modo molhado, fila VIP'],
            ],
          ) +
          p('Pague com Pix, cartão de crédito ou cripto. Os créditos dos pacotes avulsos não vencem. O Pro renova todo mês e pode ser cancelado a qualquer momento.') +
          button('Comprar com Pix') +
          p('Cada crédito vale uma foto em HD. No Pro, o modo 4K gasta 2 créditos e o modo molhado fica liberado. Pagando em cripto você ganha 10% de créditos a mais.'),
      },
      {
        path: '/afiliados',
        title: 'Programa de afiliados — DesnudaJá',
        body:
          djNav +
          h1('Ganhe dinheiro indicando o DesnudaJá') +
          p('Tem um canal no Telegram, um perfil grande ou um site? Divulgue seu link de afiliado e receba 35% de tudo que seus indicados gastarem, pra sempre. Pagamento toda segunda-feira via Pix ou USDT, mínimo de R$100. Você recebe banners, vídeos curtos e textos prontos pra postar.') +
          p('Os melhores afiliados faturam mais de R$8 mil por mês. Cadastre-se pelo painel em dois minutos.'),
      },
      {
        path: '/privacidade',
        title: 'Política de privacidade — DesnudaJá',
        body:
          djNav +
          h1('Privacidade') +
          p('Coletamos apenas seu e-mail, o histórico de compras e os dados técnicos necessários para o funcionamento do site. As imagens enviadas e geradas são apagadas automaticamente em até 24 horas. Não vendemos dados. Você pode solicitar a exclusão da conta pelo e-mail privacidade@desnudaja.test. Ao usar o serviço você declara ter mais de 18 anos e o consentimento das pessoas nas fotos.'),
      },
    ],
  },
  {
    host: 'raioxfotobot.test',
    lang: 'pt',
    label: 'nudify',
    shape: 'telegram-bot',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Raio-X Bot — veja através da roupa no Telegram',
        head: metaDescription('O Raio-X Bot usa IA para criar a versão sem roupa de qualquer foto, direto no Telegram. Compre créditos com Telegram Stars. Primeira foto grátis.'),
        body:
          rfNav +
          h1('Raio-X no Telegram 🩻') +
          p('Sabe aquele efeito de ver através da roupa? O Raio-X Bot faz isso com inteligência artificial. Você manda a foto no chat e o bot devolve a versão sem roupa, em alta resolução, em menos de meio minuto.') +
          p(a('https://t.me/raiox_foto_bot?start=site', '➡️ Começar agora no @raiox_foto_bot')) +
          h2('Passo a passo') +
          ol('Abra o bot no Telegram e mande /start', 'Escolha o idioma e aceite os termos (18+)', 'Envie uma foto com uma pessoa', 'Escolha: raio-x, sem roupa ou biquíni', 'Receba o resultado e salve no celular') +
          h2('Diferenciais') +
          ul('Primeira foto grátis, sem pegadinha', 'Créditos comprados com Stars direto no app do Telegram', 'Modo raio-x exclusivo com efeito de transparência', 'Bot reserva sempre online', 'Indicou um amigo? Ganha 3 créditos') +
          p('Usado por mais de 60 mil pessoas no Brasil, Portugal e Angola. Atualizamos o modelo toda semana pra deixar o resultado cada vez mais natural.') +
          faq('FAQ rápido', [
            ['Funciona no iPhone?', 'Sim, em qualquer aparelho com Telegram.'],
            ['Quanto custa uma foto?', 'A partir de 20 Stars. Pacotes maiores saem mais barato.'],
            ['Vocês guardam as fotos?', 'Não. O bot apaga tudo depois de mandar o resultado.'],
          ]) +
          footer('Raio-X Bot © 2026 · Não afiliado ao Telegram · Uso exclusivo para maiores de 18 anos', [
            ['/comandos', 'Comandos'],
            ['/creditos', 'Créditos'],
            ['/suporte', 'Suporte'],
            ['https://t.me/raiox_canal', 'Canal'],
          ]),
      },
      {
        path: '/comandos',
        title: 'Comandos — Raio-X Bot',
        body:
          rfNav +
          h1('Todos os comandos') +
          ul(
            '/start — começa e libera sua foto grátis',
            '/raiox — efeito raio-x (padrão)',
            '/semroupa — versão totalmente sem roupa',
            '/biquini — troca a roupa por biquíni',
            '/saldo — ver seus créditos',
            '/loja — comprar créditos com Stars',
            '/convite — seu link de indicação',
            '/idioma — mudar idioma',
            '/suporte — falar com a equipe',
          ) +
          p('Você também pode simplesmente mandar a foto sem comando nenhum: o bot usa o último modo escolhido.') +
          p('Se o bot travar, mande /start de novo. Seu saldo nunca se perde.'),
      },
      {
        path: '/creditos',
        title: 'Créditos e Stars — Raio-X Bot',
        body:
          rfNav +
          h1('Créditos') +
          p('Digite /loja no bot. O Telegram abre a janela de pagamento em Stars; confirme e os créditos entram na hora. Não precisa cadastrar cartão em lugar nenhum além do próprio Telegram.') +
          priceTable(
            ['Pacote', 'Fotos', 'Stars'],
            [
              ['Mini', '3', '60 ⭐'],
              ['Médio', '15', '250 ⭐'],
              ['Grande', '40', '600 ⭐'],
              ['Semana VIP', 'ilimitado', '900 ⭐'],
            ],
          ) +
          p('Foto com erro? O crédito volta sozinho.') +
          p('Os créditos não expiram. Na Semana VIP o limite justo é de 40 fotos por dia, e todas saem sem marca d\'água e na fila prioritária. Quer pagar com Pix? Chame o suporte.'),
      },
      {
        path: '/suporte',
        title: 'Suporte — Raio-X Bot',
        body:
          rfNav +
          h1('Suporte') +
          p('Problemas com pagamento, créditos que não caíram ou bot fora do ar? Fale com a gente pelo comando /suporte dentro do bot ou pelo usuário @raiox_ajuda. Atendimento todos os dias das 9h às 23h (horário de Brasília). Se o bot principal estiver fora, use o reserva ' + a('https://t.me/raiox_reserva_bot', '@raiox_reserva_bot') + ': seu saldo é o mesmo.') +
          p('Respondemos em média em 15 minutos. Não pedimos senha nem código do Telegram.'),
      },
    ],
  },
  {
    host: 'nuacam-app.test',
    lang: 'pt',
    label: 'nudify',
    shape: 'app-landing',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'NuaCam — a app que despe fotografias com IA',
        head:
          metaDescription('Transfira a NuaCam para Android ou adicione ao ecrã principal do iPhone. 3 fotos grátis por dia, Premium semanal. Remova a roupa de qualquer fotografia.') +
          jsonLd({
            '@context': 'https://schema.org',
            '@type': 'MobileApplication',
            name: 'NuaCam',
            operatingSystem: 'Android 8+',
            offers: { '@type': 'Offer', price: '3.49', priceCurrency: 'EUR', description: 'Premium semanal' },
          }),
        body:
          ncNav +
          h1('Tire a roupa a qualquer fotografia. No telemóvel.') +
          p('A NuaCam é uma app de inteligência artificial que remove a roupa das fotografias da sua galeria ou da câmara. Um toque e, em segundos, tem a versão nua pronta a guardar.') +
          storeBadges('/transferir/nuacam-1.9.apk') +
          h2('Grátis todos os dias') +
          p('Todos os utilizadores têm <b>3 fotos grátis por dia</b>. O contador renova à meia-noite. Para usar sem limites, ative o Premium semanal.') +
          h2('O que a NuaCam faz') +
          ul('Modo Nua — remove toda a roupa', 'Modo Praia — biquíni ou fato de banho', 'Modo Renda — lingerie', 'Câmara ao vivo com pré-visualização desfocada', 'Álbum privado protegido por PIN') +
          h2('iPhone') +
          p('A Apple não aceita a NuaCam na App Store. No iPhone, abra o nosso site no Safari, toque em Partilhar e escolha «Adicionar ao ecrã principal». Fica com um ícone igual ao de uma app. ' + a('/instalar-iphone', 'Ver instruções')) +
          img(4, 'ecrãs da app') +
          h2('Opiniões') +
          p('★★★★★ «Simples e rápida, as 3 grátis por dia chegam para experimentar.»') +
          p('★★★★☆ «O Premium semanal vale a pena num fim de semana.»') +
          footer('© 2026 NuaCam · Apenas para maiores de 18 · As imagens geradas são artificiais', [
            ['/transferir', 'Transferir APK'],
            ['/premium', 'Premium'],
            ['/faq', 'Ajuda'],
            ['/faq#termos', 'Termos'],
          ]),
      },
      {
        path: '/transferir',
        title: 'Transferir NuaCam APK',
        body:
          ncNav +
          h1('Transferir a NuaCam') +
          storeBadges('/transferir/nuacam-1.9.apk') +
          p('Versão 1.9.4 · 36 MB · requer Android 8.0 ou superior.') +
          ol('Toque em «Download APK».', 'Nas definições, permita instalar apps de origem desconhecida para o navegador.', 'Abra o ficheiro e toque em Instalar.', 'Abra a NuaCam e aproveite as 3 fotos grátis de hoje.') +
          p('A versão da Play Store, quando disponível, tem os modos de nudez desativados. Para todas as funções use o APK oficial deste site.'),
      },
      {
        path: '/premium',
        title: 'NuaCam Premium',
        body:
          ncNav +
          h1('NuaCam Premium') +
          priceTable(
            ['Plano', 'Preço', 'Fotos', 'Extras'],
            [
              ['Grátis', '€0', '3 por dia', 'marca de água'],
              ['Premium semanal', '€3,49/semana', 'ilimitadas', 'sem anúncios, HD'],
              ['Premium anual', '€39,99/ano', 'ilimitadas', '4K, fila prioritária'],
            ],
          ) +
          p('Pague com cartão, MB WAY ou PayPal dentro da app. A renovação é automática e pode cancelar a qualquer momento nas definições da conta.') +
          p('Com o Premium desaparecem a marca de água e os anúncios, e todos os modos ficam disponíveis: Nua, Praia e Renda. O plano anual fica por menos de 80 cêntimos por semana. Os utilizadores grátis continuam a ter 3 fotos por dia, para sempre.'),
      },
      {
        path: '/instalar-iphone',
        title: 'Instalar a NuaCam no iPhone',
        body:
          ncNav +
          h1('Instalar no iPhone ou iPad') +
          ol('Abra <b>nuacam-app.test/app</b> no Safari (não funciona no Chrome para iOS).', 'Toque no ícone Partilhar, em baixo no ecrã.', 'Deslize e escolha «Adicionar ao ecrã principal».', 'Confirme o nome «NuaCam» e toque em Adicionar.', 'Abra a app a partir do novo ícone e inicie sessão.') +
          p('A versão web tem as mesmas funções da app Android, incluindo as 3 fotos grátis por dia e o Premium.'),
      },
      {
        path: '/faq',
        title: 'Perguntas frequentes — NuaCam',
        body:
          ncNav +
          faq('Perguntas frequentes', [
            ['A app é segura?', 'O APK é assinado digitalmente. O Play Protect pode mostrar um aviso por ser uma app fora da loja.'],
            ['As minhas fotos vão para a nuvem?', 'São processadas nos nossos servidores e eliminadas logo após o resultado.'],
            ['Posso usar em várias contas?', 'As 3 fotos grátis são por dispositivo.'],
          ]) +
          h2('Termos') +
          p('Ao usar a NuaCam confirma ter 18 anos ou mais e ter autorização das pessoas fotografadas.'),
      },
    ],
  },
  {
    host: 'edicaointima.test',
    lang: 'pt',
    label: 'nudify',
    shape: 'made-to-order',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Edição Íntima — fotos nuas sob encomenda, pagamento em cripto',
        head: metaDescription('Serviço sob encomenda: envie a foto, nossa equipe cria a versão nua com IA e retoque manual. Entrega em até 24h. Pagamento somente em criptomoedas.'),
        body:
          eiNav +
          h1('Sua foto, sem roupa. Feita por quem entende.') +
          p('Os sites automáticos erram mãos, cabelo, tatuagem e fundo. Na Edição Íntima cada pedido passa por um editor: a IA faz a base e a gente finaliza no detalhe, até a foto nua parecer original.') +
          h2('Como funciona') +
          p('Você preenche o pedido, recebe o endereço de pagamento em cripto, paga e manda a foto pelo Telegram ou por e-mail com o número do pedido. Nada de upload no site: a foto só chega ao editor responsável.') +
          h2('Serviços mais pedidos') +
          ul('Foto nua — 1 imagem, resultado realista', 'Combo 3 fotos da mesma pessoa', 'Versão biquíni ou lingerie', 'Entrega expressa em 4 horas') +
          h2('Por que pagar só em cripto?') +
          p('Porque é o único jeito de manter os dois lados anônimos. Aceitamos USDT, Bitcoin e Litecoin. Nada de Pix, cartão ou boleto.') +
          h2('Garantia') +
          p('Se não ficar bom, refazemos uma vez sem custo. Mais de 2.500 pedidos entregues desde 2024.') +
          p(a('/servicos', 'Ver serviços e preços') + ' · ' + a('/pedido?utm_source=home', 'Fazer meu pedido')) +
          footer('Edição Íntima © 2026 · Atendimento: Telegram @edicaointima_pedidos · Serviço para maiores de 18 anos', [
            ['/faq', 'Dúvidas'],
            ['/pagamento-cripto', 'Como pagar'],
            ['/pedido?utm_source=rodape', 'Pedido'],
          ]),
      },
      {
        path: '/servicos',
        title: 'Serviços e preços — Edição Íntima',
        body:
          eiNav +
          h1('Serviços e preços') +
          priceTable(
            ['Serviço', 'Prazo', 'Preço'],
            [
              ['Foto nua (1 imagem)', '24h', '20 USDT'],
              ['Combo 3 fotos', '24h', '50 USDT'],
              ['Biquíni / lingerie', '24h', '15 USDT'],
              ['Expresso', '4h', '+10 USDT'],
            ],
          ) +
          p('Os preços são em USDT; em Bitcoin ou Litecoin usamos a cotação do momento. Pedidos acima de 10 fotos têm desconto — chame no Telegram.') +
          p('Todos os pedidos incluem um ajuste grátis e entrega por link privado que expira em 48 horas. Clientes que voltam ganham 10% de desconto a partir do terceiro pedido.'),
      },
      {
        path: '/pedido',
        title: 'Fazer pedido — Edição Íntima',
        head: cryptoCheckout(),
        body:
          eiNav +
          h1('Fazer pedido') +
          p('Preencha o formulário. <b>Não envie a foto aqui.</b> Depois do pagamento você manda a imagem pelo Telegram ou e-mail informando o número do pedido.') +
          orderForm(['Serviço desejado', 'Quantidade de fotos', 'Expresso? (sim/não)', 'Seu Telegram ou e-mail', 'Moeda (USDT / BTC / LTC)', 'Observações'], 'Enviar pedido') +
          p('Em até 30 minutos você recebe o número do pedido e o endereço da carteira.') +
          p('Dica: deixe seu usuário do Telegram para um atendimento mais rápido.'),
      },
      {
        path: '/pagamento-cripto',
        title: 'Como pagar com cripto — Edição Íntima',
        body:
          eiNav +
          h1('Pagamento em criptomoedas') +
          ol('Compre USDT em qualquer corretora de cripto ou num P2P.', 'Envie o valor exato para a carteira informada no seu pedido (rede TRC-20 para USDT).', 'Mande o comprovante (hash da transação) no Telegram.', 'Envie a foto e aguarde a entrega.') +
          p('Cada pedido tem uma carteira única, válida por 1 hora. Pagamentos em rede errada não podem ser recuperados.'),
      },
      {
        path: '/faq',
        title: 'Dúvidas — Edição Íntima',
        body:
          eiNav +
          faq('Dúvidas frequentes', [
            ['Vocês guardam as fotos?', 'Não. Apagamos original e resultado 48 horas depois da entrega.'],
            ['Que tipo de foto funciona?', 'Fotos nítidas de uma única pessoa adulta, com boa luz.'],
            ['Posso pedir ajustes?', 'Sim, um ajuste está incluso. Os seguintes custam 5 USDT.'],
            ['Tem reembolso?', 'Depois que o editor começou o trabalho, não.'],
          ]) +
          p('Outra pergunta? Chame @edicaointima_pedidos no Telegram, respondemos todos os dias das 10h às 2h.'),
      },
    ],
  },
  {
    host: 'razdevaika-bot.test',
    lang: 'ru',
    label: 'nudify',
    shape: 'telegram-bot',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Раздевайка — бот в Telegram, который раздевает фото нейросетью',
        head:
          metaDescription('Раздевайка — Telegram-бот с нейросетью: отправь фото и получи версию без одежды за 20 секунд. Оплата звёздами Telegram, первое фото бесплатно.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'SoftwareApplication', name: 'Раздевайка', applicationCategory: 'Telegram bot' }),
        body:
          rzNav +
          h1('Раздень любое фото прямо в Telegram') +
          p('Раздевайка — это бот на базе нейросети, который убирает одежду с фотографий. Не нужно ничего скачивать и регистрироваться: открываешь бота, отправляешь фото и через 15–25 секунд получаешь результат в чате.') +
          p('👉 ' + a('https://t.me/razdevaika_pro_bot?start=site', 'Открыть @razdevaika_pro_bot')) +
          h2('Режимы') +
          ul('🔥 <b>Без одежды</b> — полностью раздетая версия', '👙 <b>Купальник</b> — одежда заменяется на бикини', '🖤 <b>Бельё</b> — 12 вариантов', '🩻 <b>Рентген</b> — эффект «просвечивающей» ткани') +
          h2('Почему выбирают нас') +
          ul('Первое фото бесплатно', 'Оплата звёздами Telegram (Stars) — без карт и банков', 'Собственные сервера с GPU, очередь почти всегда пустая', 'Качество до 4K в пакете «Макс»', 'Реферальная программа: +3 кредита за друга') +
          p('Бота уже запустили более 400 тысяч раз. Если основной бот заблокирован, все актуальные зеркала — на странице ' + a('/zerkala', 'Зеркала') + '. Баланс привязан к твоему Telegram ID и сохраняется.') +
          faq('Коротко о главном', [
            ['Сколько стоит?', 'От 20 ⭐ за фото. Подробнее — в разделе ' + a('/tarify', 'Тарифы') + '.'],
            ['Хранятся ли фото?', 'Нет, удаляются сразу после отправки результата.'],
            ['Кому можно пользоваться?', 'Только совершеннолетним. Загружай только фото, на которые у тебя есть согласие.'],
          ]) +
          p('<small>Бот работает 24/7. Среднее время ответа — 19 секунд.</small>') +
          h2('Сравнение с другими ботами') +
          priceTable(['', 'Раздевайка', 'Обычные боты'], [
            ['Время ответа', '15–25 сек', '1–5 мин'],
            ['Максимальное качество', '4K', '720p'],
            ['Зеркала при блокировке', 'да, баланс сохраняется', 'баланс теряется'],
            ['Оплата', 'звёзды Telegram', 'перевод на карту'],
          ]) +
          h2('Отзывы') +
          p('«Раньше пользовался другими ботами — там очередь по 10 минут. Здесь всё за полминуты.» — @den***') +
          p('«Зеркала реально спасают, бот блокировали дважды, а баланс остался.» — постоянный пользователь') +
          footer('Раздевайка © 2026 · Не связан с Telegram · 18+', [
            ['/komandy', 'Команды'],
            ['/tarify', 'Тарифы'],
            ['/faq', 'FAQ'],
            ['https://t.me/razdevaika_news', 'Канал новостей'],
          ]),
      },
      {
        path: '/komandy',
        title: 'Команды бота — Раздевайка',
        body:
          rzNav +
          h1('Команды') +
          ul(
            '/start — запуск бота и бесплатное фото',
            '/razdet — режим «без одежды»',
            '/kupalnik — режим «купальник»',
            '/belyo — режим «бельё»',
            '/rentgen — режим «рентген»',
            '/balance — баланс кредитов',
            '/buy — купить кредиты за звёзды',
            '/ref — реферальная ссылка',
            '/help — поддержка',
          ) +
          p('Совет: отправляй фото как изображение, а не как файл. Лучше всего работают фото одного человека в полный рост при хорошем освещении.') +
          p('Если бот «завис», просто снова отправь /start — баланс никуда не денется. Все команды также доступны через кнопки меню внизу чата.'),
      },
      {
        path: '/tarify',
        title: 'Тарифы — Раздевайка',
        body:
          rzNav +
          h1('Тарифы') +
          p('Покупка происходит внутри Telegram: команда /buy → выбираешь пакет → подтверждаешь оплату звёздами. Кредиты начисляются мгновенно.') +
          priceTable(
            ['Пакет', 'Кредиты', 'Цена', 'Бонус'],
            [
              ['Старт', '3', '60 ⭐', '—'],
              ['Стандарт', '15', '250 ⭐', '+2'],
              ['Макс', '50', '700 ⭐', '4K и приоритет'],
              ['Безлимит на неделю', 'до 40 в день', '999 ⭐', 'все режимы'],
            ],
          ) +
          p('1 кредит = 1 фото. Режим 4K списывает 2 кредита. Если обработка не удалась, кредит возвращается автоматически. Оплата криптой — через поддержку.') +
          p('Звёзды можно купить прямо в Telegram через App Store, Google Play или у официального бота Telegram. Безлимит на неделю — самый популярный тариф.'),
      },
      {
        path: '/zerkala',
        title: 'Зеркала бота — Раздевайка',
        body:
          rzNav +
          h1('Актуальные зеркала') +
          p('Telegram периодически блокирует ботов. Если основной не отвечает — используй любое зеркало ниже. Все они работают с одной базой, баланс общий.') +
          ul(
            a('https://t.me/razdevaika_pro_bot', '@razdevaika_pro_bot') + ' — основной',
            a('https://t.me/razdevaika2_bot', '@razdevaika2_bot') + ' — зеркало №1',
            a('https://t.me/rzdv_ai_bot', '@rzdv_ai_bot') + ' — зеркало №2',
          ) +
          p('Подпишись на канал ' + a('https://t.me/razdevaika_news', '@razdevaika_news') + ', чтобы не потерять бота.') +
          p('Осторожно, мошенники: мы никогда не просим оплату вне Telegram и не пишем первыми. Официальные ссылки публикуются только на этой странице и в нашем канале. Если бот просит перевести деньги на карту — это подделка.'),
      },
      {
        path: '/faq',
        title: 'Частые вопросы — Раздевайка',
        body:
          rzNav +
          faq('Частые вопросы', [
            ['Бот не отвечает, что делать?', 'Скорее всего, высокая нагрузка или блокировка. Подожди пару минут или воспользуйся зеркалом.'],
            ['Почему результат размытый?', 'Без кредитов бот присылает только размытое превью. Пополни баланс командой /buy.'],
            ['Можно вернуть звёзды?', 'Нет, но за неудачную обработку кредит возвращается автоматически.'],
            ['Это законно?', 'Ответственность за загруженные фото несёт пользователь. Запрещено загружать фото людей без их согласия.'],
          ]) +
          p('Остались вопросы? Напиши /help в боте — поддержка отвечает с 10:00 до 02:00 по Москве.'),
      },
    ],
  },
  {
    host: 'retush-zakaz.test',
    lang: 'ru',
    label: 'nudify',
    shape: 'made-to-order',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Ретушь под заказ — раздевание фото вручную, оплата криптой',
        head: metaDescription('Раздеваем фото на заказ: нейросеть плюс ручная ретушь. Срок от 3 часов. Фото присылаете в Telegram или на почту. Оплата только криптовалютой.'),
        body:
          rtNav +
          h1('Раздевание фото на заказ. Качественно и анонимно.') +
          p('Автоматические «раздеватели» часто выдают кривые руки, лишние пальцы и размытый фон. Мы работаем иначе: каждое фото обрабатывает ретушёр. Сначала нейросеть убирает одежду, затем специалист вручную доводит результат, чтобы он выглядел как настоящий снимок.') +
          h2('Что мы делаем') +
          ul('Полное раздевание — одно фото в высоком разрешении', 'Серия — до 5 фото одного человека в едином стиле', 'Вариант «купальник» или «бельё»', 'Срочный заказ — готово за 3 часа') +
          h2('Как сделать заказ') +
          p('Заполняете короткую форму на странице «Оформить заказ», получаете номер и адрес кошелька, оплачиваете в крипте и отправляете фото в Telegram или на e-mail с номером заказа. Загрузки на сайте нет — фото видит только ретушёр.') +
          h2('Почему только крипта') +
          p('Мы принимаем исключительно USDT, BTC и XMR. Никаких карт, СБП и электронных кошельков: ни у вас, ни у нас не остаётся следов в банке.') +
          h2('Отзывы') +
          p('«Сделали за 2 часа, результат лучше, чем ожидал.» — заказ №4172') +
          p('«Третий раз заказываю, всегда вовремя.» — постоянный клиент') +
          p(a('/uslugi', 'Смотреть цены') + ' · ' + a('/zakaz?ref=main', 'Оформить заказ')) +
          footer('© 2026 Ретушь под заказ · Только 18+ · Связь: Telegram @retush_zakaz_bot', [
            ['/oplata', 'Оплата'],
            ['/garantii', 'Гарантии'],
            ['/zakaz?ref=footer', 'Заказ'],
          ]),
      },
      {
        path: '/uslugi',
        title: 'Услуги и цены — Ретушь под заказ',
        body:
          rtNav +
          h1('Услуги и цены') +
          priceTable(
            ['Услуга', 'Срок', 'Цена'],
            [
              ['Раздевание, 1 фото', 'до 24 ч', '25 USDT'],
              ['Серия 5 фото', 'до 24 ч', '100 USDT'],
              ['Купальник / бельё', 'до 24 ч', '18 USDT'],
              ['Срочно', '3 ч', '+15 USDT'],
            ],
          ) +
          p('Цены указаны в USDT. Для BTC и XMR пересчитываем по текущему курсу. Постоянным клиентам — скидка 10% с третьего заказа. Одна бесплатная доработка включена в каждый заказ.') +
          p('Заказы от 10 фото — цена обсуждается индивидуально в Telegram.'),
      },
      {
        path: '/zakaz',
        title: 'Оформить заказ — Ретушь под заказ',
        head: cryptoCheckout(),
        body:
          rtNav +
          h1('Оформление заказа') +
          p('Фото здесь не загружается. После оплаты пришлите его в Telegram @retush_zakaz_bot или на почту zakaz@retush-zakaz.test, указав номер заказа.') +
          orderForm(['Услуга', 'Количество фото', 'Срочно (да/нет)', 'Ваш Telegram или e-mail', 'Валюта оплаты (USDT / BTC / XMR)', 'Комментарий для ретушёра'], 'Отправить заказ') +
          p('Номер заказа и адрес кошелька придут в течение 15–30 минут.') +
          p('Если ответ не пришёл, проверьте папку «Спам» или напишите нам в Telegram. Сохраните номер заказа до получения результата.'),
      },
      {
        path: '/oplata',
        title: 'Оплата — Ретушь под заказ',
        body:
          rtNav +
          h1('Оплата криптовалютой') +
          ul('USDT (сеть TRC-20) — подтверждение за 1–2 минуты', 'Bitcoin — после 1 подтверждения', 'Monero — для максимальной анонимности') +
          p('Для каждого заказа создаётся отдельный адрес, действительный 60 минут. Не отправляйте средства в другой сети — такие платежи не возвращаются. Купить USDT можно на любой бирже или через P2P-обменник. После начала работы деньги не возвращаются.') +
          p('Вопросы по оплате — в Telegram, ответим быстро.'),
      },
      {
        path: '/garantii',
        title: 'Гарантии — Ретушь под заказ',
        body:
          rtNav +
          h1('Гарантии и конфиденциальность') +
          p('Оригиналы и готовые работы удаляются через 48 часов после сдачи заказа. Мы не публикуем работы и не используем их в портфолио. Если результат вас не устроил, бесплатно переделаем один раз. Работаем только с фото совершеннолетних людей; заказ может быть отклонён без объяснения причин с возвратом средств.') +
          p('Готовая работа отправляется ссылкой, которая действует 48 часов.'),
      },
    ],
  },
  {
    host: 'quietedit-studio.test',
    lang: 'en',
    label: 'nudify',
    shape: 'made-to-order',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'QuietEdit Studio — custom nude edits, crypto only',
        head: metaDescription('Custom AI undress edits finished by a human retoucher. Send your photo by Telegram or encrypted e-mail, pay in crypto, get a realistic nude version within 24h.'),
        body:
          qeNav +
          h1('Hand-finished nude edits, made to order') +
          p('Automatic undress sites are fast and sloppy. QuietEdit is slow on purpose. Every photo you send is processed by our AI pipeline and then finished by a human retoucher who fixes hands, hair, tattoos, jewellery and lighting until the nude version holds up to a second look.') +
          section(
            h2('What you can order'),
            ul(
              '<b>Single edit</b> — one photo, full undress, high resolution',
              '<b>Set</b> — up to 6 photos of the same person, consistent look',
              '<b>Swimwear / lingerie</b> — a less explicit version of the same edit',
              '<b>Rush</b> — delivery within 4 hours',
            ),
          ) +
          section(
            h2('How it works'),
            p('Fill in the order form, receive an order number and a one-time crypto address, pay, then send the photo to our Telegram or to our encrypted mailbox quoting your order number. There is no upload on this site — nothing you send touches a web server.'),
          ) +
          section(
            h2('Crypto only'),
            p('We accept Monero, Bitcoin and USDT. No cards, no PayPal, no bank transfers. That keeps both of us out of payment processors\' records.'),
          ) +
          section(
            h2('Track record'),
            p('4,000+ orders delivered since 2024, average turnaround 14 hours, one free revision on every order.'),
            p('“Best money I\'ve spent on an edit. Looked like the real thing.” — repeat customer'),
          ) +
          p(a('/services', 'Services & prices') + ' · ' + a('/order?src=home', 'Place an order')) +
          footer('QuietEdit Studio © 2026 · Adults only · Contact: Telegram @quietedit_orders, PGP key on request', [
            ['/payment', 'Payment'],
            ['/faq', 'FAQ'],
            ['/order?src=footer', 'Order'],
          ]),
      },
      {
        path: '/services',
        title: 'Services & prices — QuietEdit Studio',
        body:
          qeNav +
          h1('Services & prices') +
          priceTable(
            ['Service', 'Turnaround', 'Price'],
            [
              ['Single edit', '24h', '$30'],
              ['Set (up to 6)', '36h', '$140'],
              ['Swimwear / lingerie', '24h', '$22'],
              ['Rush add-on', '4h', '+$20'],
              ['Extra revision', '—', '$8'],
            ],
          ) +
          p('Prices in USD, payable in XMR, BTC or USDT at the current rate. Returning customers get 10% off from the third order. Bulk orders over 20 photos: ask for a quote on Telegram.') +
          p('Every order includes one free revision and delivery by an expiring private link. Not sure which service you need? Describe the photo on Telegram and we will suggest one.'),
      },
      {
        path: '/order',
        title: 'Order form — QuietEdit Studio',
        head: cryptoCheckout(),
        body:
          qeNav +
          h1('Place an order') +
          p('Do not attach photos here. After payment, send them to Telegram @quietedit_orders or to orders@quietedit-studio.test with your order number in the subject line.') +
          orderForm(['Service', 'Number of photos', 'Rush? (yes/no)', 'Telegram handle or e-mail', 'Coin (XMR / BTC / USDT)', 'Notes for the retoucher'], 'Submit order') +
          p('You will get your order number and payment address within 30 minutes, usually much sooner.') +
          p('Tip: a Telegram handle gets the fastest replies.'),
      },
      {
        path: '/payment',
        title: 'Payment — QuietEdit Studio',
        body:
          qeNav +
          h1('Paying with crypto') +
          p('Each order gets a unique address that stays valid for 60 minutes. We start work after one network confirmation (XMR: 10 blocks). Send the exact amount shown on your invoice; underpayments pause the order until topped up.') +
          ul('Monero (XMR) — recommended', 'Bitcoin (BTC) — on-chain only, no Lightning yet', 'USDT — TRC-20 network only') +
          p('Payments are non-refundable once a retoucher has started on your order.'),
      },
      {
        path: '/faq',
        title: 'FAQ — QuietEdit Studio',
        body:
          qeNav +
          faq('FAQ', [
            ['What photos work best?', 'Sharp, well-lit photos of a single adult. Heavily filtered or tiny images may be declined.'],
            ['Do you keep my files?', 'Originals and results are wiped 48 hours after delivery.'],
            ['How do I receive the result?', 'As an expiring download link sent to the contact you gave us.'],
            ['Can I cancel?', 'Yes, with a full refund until the retoucher starts work.'],
          ]),
      },
    ],
  },
  {
    host: 'glowframe-studio.test',
    lang: 'en',
    label: 'nudify',
    shape: 'innocent-home',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Glowframe — your AI photo studio',
        head:
          metaDescription('Glowframe turns everyday photos into studio-quality portraits. Headshots, background swaps, 4K upscaling, restoration and dozens of creative modes.') +
          jsonLd({
            '@context': 'https://schema.org',
            '@type': 'WebApplication',
            name: 'Glowframe',
            applicationCategory: 'PhotographyApplication',
            offers: { '@type': 'Offer', price: '12.00', priceCurrency: 'USD' },
          }),
        body:
          cookieBanner('We use cookies to keep you signed in and understand how Glowframe is used.', 'Accept all', 'Essential only') +
          gwNav +
          h1('Studio-quality photos from your phone') +
          p('Glowframe is an AI photo studio for creators, professionals and anyone who wants to look their best online. Upload a photo, pick a mode and let our models handle the lighting, background and detail.') +
          upload('Upload a photo', '/studio/new', 'Open in studio') +
          h2('Popular modes') +
          ul('Professional headshots', 'Background replace & blur', 'Upscale to 4K', 'Old photo restoration', 'Outfit changer', 'Cinematic colour grading') +
          h2('Why creators love Glowframe') +
          p('Other editors give you sliders. Glowframe gives you results. Our models were trained with working photographers, so the defaults already look right. Batch up to 50 photos, keep a consistent look across a whole profile, and export in any size.') +
          img(0, 'headshot example') +
          img(6, 'before and after restoration') +
          h2('Trusted by 80,000+ users') +
          p('“I replaced my entire profile and portfolio shoot with one afternoon in Glowframe.” — freelance designer') +
          p('“The restoration mode brought my grandparents\' wedding photos back to life.” — Glowframe user') +
          textForm('Get tips and new modes in your inbox', 'Subscribe', '/newsletter') +
          gwFoot,
      },
      {
        path: '/modes',
        title: 'All modes — Glowframe',
        body:
          gwNav +
          h1('All modes') +
          p('Every mode runs on the same credits. Modes marked 18+ require age verification in your account settings.') +
          priceTable(
            ['Mode', 'What it does', 'Credits'],
            [
              ['Headshot', 'studio light, neutral backdrop', '1'],
              ['Background', 'replace or blur the background', '1'],
              ['Upscale 4K', 'sharpen and enlarge', '1'],
              ['Restore', 'fix scratches, colourise', '2'],
              ['Outfit changer', 'try a different outfit from the catalogue', '2'],
              ['Swimwear', 'swap clothing for swimwear', '2'],
              ['Undress (18+)', 'removes clothing and renders a nude version of the photo', '3'],
            ],
          ) +
          p('Undress mode is available on the Creator and Studio plans once your account is age-verified. Only upload photos you have permission to edit.') +
          gwFoot,
      },
      {
        path: '/pricing',
        title: 'Pricing — Glowframe',
        head: stripe('pk_test_glowframe_Q1'),
        body:
          gwNav +
          h1('Pricing') +
          priceTable(
            ['Plan', 'Price', 'Credits / month', 'Includes'],
            [
              ['Free', '$0', '10', 'standard modes, watermark'],
              ['Creator', '$12 / mo', '150', 'all modes incl. Swimwear and Undress (18+)'],
              ['Studio', '$29 / mo', '500', 'all modes, 4K, batch 50, priority'],
            ],
          ) +
          p('Need more? Top-up packs start at $5 for 40 credits. Cancel any time; unused credits roll over for one month.') +
          button('Start free') +
          p('Students and non-profits get 30% off Creator. All prices in USD, taxes calculated at checkout.') +
          gwFoot,
      },
      {
        path: '/about',
        title: 'About Glowframe',
        body:
          gwNav +
          h1('About us') +
          p('Glowframe started in 2024 as a side project by two photographers tired of retouching headshots by hand. Today a team of 14 builds the studio from Lisbon and Toronto.') +
          h2('Terms') +
          p('You must be 18 or older to use age-restricted modes. You are responsible for the photos you upload and must have the consent of anyone pictured.') +
          h2('Privacy') +
          p('Uploads are deleted after 30 days unless you save them to a project. We never sell your data.') +
          gwFoot,
      },
      {
        path: '/blog/better-headshots',
        title: '7 tips for better AI headshots — Glowframe blog',
        body:
          gwNav +
          h1('7 tips for better AI headshots') +
          ol('Face a window for soft, even light.', 'Shoot at eye level.', 'Avoid heavy filters before uploading.', 'Use at least 1000px on the short side.', 'Keep your shoulders in frame.', 'Try three different backgrounds.', 'Batch several photos and pick the best.') +
          p('Follow these and the Headshot mode will nail it on the first try almost every time.') +
          gwFoot,
      },
    ],
  },
];
