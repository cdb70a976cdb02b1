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

export const sites: CorpusSite[] = [
  // ------------------------------------------------ garment-care, es
  {
    host: 'sinarrugas-foto.test',
    lang: 'es',
    label: 'unrelated',
    shape: 'garment-care',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'SinArrugas — quita arrugas, pelusas y manchas de la ropa en tus fotos de producto',
        head:
          metaDescription('Elimina arrugas, pelusas, bolitas y manchas de las prendas en tus fotos de producto con IA. Para tiendas online y vendedores de ropa de segunda mano.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'WebApplication', name: 'SinArrugas', applicationCategory: 'PhotographyApplication', aggregateRating: { '@type': 'AggregateRating', ratingValue: '4.6', reviewCount: '1240' } }),
        body:
          nav(
            [
              ['/como-funciona', 'Cómo funciona'],
              ['/precios', 'Precios'],
              ['/preguntas', 'Preguntas frecuentes'],
              ['/entrar', 'Entrar'],
            ],
            'SinArrugas',
          ) +
          cookieBanner('Usamos cookies propias y de terceros para analizar el uso de la web. Puedes aceptarlas o configurarlas.', 'Aceptar', 'Configurar') +
          h1('Tu ropa, como recién planchada. Sin plancha.') +
          p(
            '¿Vendes ropa en tu tienda online o en apps de segunda mano? Entonces sabes que una camisa arrugada o un jersey lleno de pelusas no vende. Con SinArrugas subes la foto y nuestra IA elimina arrugas, pelusas, bolitas y pequeñas manchas de la tela en segundos.',
            'Solo tocamos el tejido: el color, el corte, el fondo y la modelo (si la hay) se quedan exactamente igual. Porque lo que ve el cliente en la foto tiene que ser lo que recibe en casa.',
          ) +
          upload('Sube tu foto de producto', '/procesar', 'Quitar arrugas') +
          h2('Qué arregla') +
          ul('Arrugas y dobleces del envío', 'Pelusas y pelos de mascota', 'Bolitas en lana y algodón', 'Manchas pequeñas y marcas de agua', 'Hilos sueltos') +
          h2('Lo que dicen nuestros usuarios') +
          blockquote('«Antes tardaba una hora en planchar todo antes de hacer las fotos. Ahora fotografío directamente y en cinco minutos tengo los anuncios listos.»', 'Vendedora de ropa vintage, Valencia') +
          p('Las 5 primeras fotos son gratis. Después, desde 0,10 € por foto. ' + a('/precios?ref=home', 'Ver precios') + ' o ' + a('/como-funciona?utm_source=home', 'descubre cómo funciona') + '.') +
          footer('© 2026 SinArrugas S.L. · Madrid', [
            ['/aviso-legal', 'Aviso legal'],
            ['/privacidad', 'Privacidad'],
            ['/precios', 'Precios'],
            ['/preguntas', 'Ayuda'],
          ]),
      },
      {
        path: '/como-funciona',
        title: 'Cómo funciona — SinArrugas',
        body:
          nav([['/', 'Inicio'], ['/precios', 'Precios']], 'SinArrugas') +
          h1('Cómo funciona') +
          ol('Sube una foto o un lote de hasta 200 fotos.', 'Elige qué quieres corregir: arrugas, pelusas, bolitas, manchas.', 'Descarga las fotos retocadas en su resolución original.') +
          p(
            'Nuestro modelo se ha entrenado solo con fotos de prendas en estudio, con licencia. Reconstruye la textura donde había una arruga, así que el lino sigue pareciendo lino y el punto sigue pareciendo punto. Cada foto tarda entre 5 y 10 segundos.',
            'Puedes comparar el antes y el después antes de descargar y deshacer cualquier corrección que no te guste.',
          ) +
          footer('© 2026 SinArrugas S.L.', [['/preguntas', 'Preguntas']]),
      },
      {
        path: '/precios',
        title: 'Precios — SinArrugas',
        body:
          nav([['/', 'Inicio'], ['/preguntas', 'Preguntas']], 'SinArrugas') +
          h1('Precios claros, sin sorpresas') +
          priceTable(
            ['Plan', 'Fotos', 'Precio (IVA incl.)'],
            [
              ['Prueba', '5', 'gratis'],
              ['Bono 50', '50', '6,99 €'],
              ['Bono 300', '300', '29,99 €'],
              ['Tienda', '1.000 al mes', '49 €/mes'],
            ],
          ) +
          p('Los bonos no caducan. El plan Tienda se puede cancelar cuando quieras desde tu cuenta. Pagas con tarjeta o transferencia y recibes la factura al momento, con tu NIF si lo necesitas para tu contabilidad. Si tienes una tienda con más de 5.000 referencias, escríbenos para un precio a medida.') +
          footer('© 2026 SinArrugas S.L.', [['/aviso-legal', 'Aviso legal']]),
      },
      {
        path: '/preguntas',
        title: 'Preguntas frecuentes — SinArrugas',
        body:
          nav([['/', 'Inicio']], 'SinArrugas') +
          faq('Preguntas frecuentes', [
            ['¿Funciona con fotos en las que sale una persona con la prenda?', 'Sí. SinArrugas solo corrige la tela: arrugas, pelusas y manchas. No cambia nada más de la foto.'],
            ['¿Cambia el color de la prenda?', 'No. Mantenemos el perfil de color original.'],
            ['¿Cuánto tiempo guardáis mis fotos?', 'Se borran automáticamente a los 15 días.'],
            ['¿Tenéis API?', 'Sí, para el plan Tienda y superiores. Pídenos una clave.'],
            ['¿Puedo usar las fotos para mi negocio?', 'Claro, las fotos son tuyas.'],
          ]) +
          footer('© 2026 SinArrugas S.L.', [['/privacidad', 'Privacidad']]),
      },
    ],
  },
  // ------------------------------------------------ ghost-mannequin, it
  {
    host: 'manichino-invisibile.test',
    lang: 'it',
    label: 'unrelated',
    shape: 'ghost-mannequin',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Manichino Invisibile — fotoritocco ghost mannequin per e-commerce moda',
        head: metaDescription('Rimuoviamo il manichino o la modella dalle foto dei tuoi capi: effetto ghost mannequin, scontorno e ombre per negozi online. Consegna in 24 ore.'),
        body:
          nav(
            [
              ['/servizi', 'Servizi'],
              ['/listino', 'Listino prezzi'],
              ['/invia-foto', 'Invia le foto'],
              ['/chi-siamo', 'Chi siamo'],
            ],
            'Manichino Invisibile',
          ) +
          h1('Il capo in primo piano, il manichino sparisce') +
          p(
            'Fotografi i tuoi capi sul manichino, noi lo rimuoviamo. Con l’effetto ghost mannequin (detto anche “invisible mannequin” o “hollow man”) giacche, camicie, abiti e maglieria mantengono volume e forma, ma il cliente vede solo il prodotto.',
            'Il nostro studio di Prato lavora dal 2012 per brand di moda, outlet e negozi online di tutta Italia. Uniamo un primo scontorno automatico con l’intelligenza artificiale al lavoro di fotoritoccatori esperti, che ricostruiscono a mano colletto interno, etichette e cuciture.',
          ) +
          section(
            h2('Perché scegliere noi'),
            ul('Consegna standard in 24 ore, express in 6 ore', 'Controllo qualità manuale su ogni immagine', 'Formati pronti per i principali marketplace', 'Tre foto di prova gratuite per i nuovi clienti', 'Fatturazione italiana, assistenza in italiano'),
          ) +
          img(3, 'Cappotto sul manichino e lo stesso cappotto con effetto ghost') +
          p('Serve anche rimuovere la modella dalle foto indossate per avere packshot uniformi? Lo facciamo, ricostruendo l’interno del capo.') +
          p(a('/invia-foto?ref=home', 'Invia 3 foto di prova') + ' · ' + a('/listino', 'Vedi il listino')) +
          footer('© 2026 Manichino Invisibile S.r.l. · Prato · P.IVA 00000000000', [
            ['/servizi', 'Servizi'],
            ['/listino?utm_source=footer', 'Prezzi'],
            ['/privacy', 'Privacy'],
            ['/cookie', 'Cookie policy'],
          ]),
      },
      {
        path: '/servizi',
        title: 'Servizi — Manichino Invisibile',
        body:
          nav([['/', 'Home'], ['/listino', 'Listino']], 'Manichino Invisibile') +
          h1('I nostri servizi') +
          h3('Ghost mannequin') +
          p('Uniamo lo scatto frontale con quello dell’interno del collo e del retro, eliminando il manichino. Risultato tridimensionale su bianco, grigio o trasparente.') +
          h3('Rimozione modella') +
          p('Dalle foto indossate ricaviamo un packshot del solo capo, utile per i marketplace che richiedono immagini senza persone.') +
          h3('Scontorno e ombre') +
          p('Tracciati a mano, ombre naturali, correzione colore rispetto al campione di tessuto. Anche per accessori, borse e calzature.') +
          footer('© 2026 Manichino Invisibile S.r.l.', [['/invia-foto', 'Invia le foto']]),
      },
      {
        path: '/listino',
        title: 'Listino prezzi — Manichino Invisibile',
        body:
          nav([['/', 'Home'], ['/invia-foto', 'Invia le foto']], 'Manichino Invisibile') +
          h1('Listino prezzi (IVA esclusa)') +
          priceTable(
            ['Servizio', '24 ore', '6 ore'],
            [
              ['Ghost mannequin', '1,80 €', '3,00 €'],
              ['Rimozione modella', '3,40 €', '5,50 €'],
              ['Scontorno', '0,50 €', '0,90 €'],
              ['Ombra naturale', '0,30 €', '0,50 €'],
            ],
          ) +
          p('Sconti a partire da 500 immagini al mese. Una revisione gratuita è sempre inclusa. Pagamento con bonifico a 30 giorni per i clienti abituali, carta di credito per i nuovi. Per lavori stagionali di grandi dimensioni prepariamo un preventivo personalizzato.') +
          footer('© 2026 Manichino Invisibile S.r.l.', [['/chi-siamo', 'Chi siamo']]),
      },
      {
        path: '/invia-foto',
        title: 'Invia le foto — Manichino Invisibile',
        body:
          nav([['/', 'Home']], 'Manichino Invisibile') +
          h1('Invia le tue foto') +
          p('Carica le immagini (anche in ZIP) e indicaci sfondo, formato e taglio. Ti rispondiamo entro un’ora lavorativa con la conferma e la data di consegna. Per il ghost mannequin servono lo scatto frontale, il retro e l’interno del colletto: se vuoi, ti mandiamo una breve guida per lo scatto.') +
          upload('Foto o archivio ZIP', '/invia-foto/upload', 'Carica e richiedi preventivo') +
          footer('© 2026 Manichino Invisibile S.r.l.', [['/privacy', 'Privacy']]),
      },
      {
        path: '/chi-siamo',
        title: 'Chi siamo — Manichino Invisibile',
        body:
          nav([['/', 'Home']], 'Manichino Invisibile') +
          h1('Chi siamo') +
          p('Siamo un team di 18 fotoritoccatori e due project manager, nati dentro un laboratorio fotografico del distretto tessile pratese. Conosciamo i tessuti: sappiamo come cade una lana cotta e come riflette la luce un raso. Ogni cliente ha un referente fisso che conosce il suo stile e le sue linee guida.') +
          p('Lavoriamo dal lunedì al sabato, anche ad agosto.') +
          footer('© 2026 Manichino Invisibile S.r.l.', [['/', 'Home']]),
      },
    ],
  },
  // ------------------------------------------------ clothes-changer, es
  {
    host: 'probadorvirtual-ia.test',
    lang: 'es',
    label: 'unrelated',
    shape: 'clothes-changer',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Vestidor IA — cambia la ropa de modelos IA para tu catálogo',
        head: metaDescription('Sube la foto de tu prenda y vístela en modelos generados por IA. Cambia el outfit, la pose y el fondo sin sesión de fotos. Para e-commerce de moda.'),
        body:
          nav(
            [
              ['/modelos', 'Modelos'],
              ['/planes', 'Planes'],
              ['/casos', 'Casos de éxito'],
              ['/acceso', 'Acceso'],
            ],
            'Vestidor IA',
          ) +
          h1('Viste a nuestros modelos IA con tu ropa') +
          p('Una sesión de fotos con modelos, fotógrafo y estilista puede costar más que la producción de la colección. Con Vestidor IA subes la foto de tu prenda — en plano, en percha o en maniquí — eliges uno de nuestros modelos virtuales y en menos de un minuto tienes una foto de catálogo realista. ¿Quieres enseñar el mismo pantalón con otra camiseta? Cambia el outfit con un clic.') +
          upload('Sube la foto de la prenda', '/estudio', 'Vestir al modelo') +
          h2('Para quién') +
          ul('Marcas de moda que lanzan colecciones cada mes', 'Tiendas multimarca con miles de referencias', 'Marketplaces que quieren fotos homogéneas', 'Agencias de e-commerce') +
          h2('Modelos con licencia, nunca personas reales sin permiso') +
          p('Todos nuestros modelos son sintéticos o proceden de modelos profesionales que han firmado una licencia y cobran por ello. No es posible subir la foto de otra persona para cambiarle la ropa: solo subes la prenda.') +
          faq('Preguntas rápidas', [
            ['¿Se mantiene el estampado?', 'Sí, los logos, estampados y botones se conservan tal cual.'],
            ['¿Qué tallas hay?', 'Modelos de la 34 a la 56, distintas alturas y edades adultas.'],
            ['¿Hay prueba gratis?', 'Sí, 10 imágenes sin tarjeta.'],
          ]) +
          footer('© 2026 Vestidor IA S.L. · Barcelona', [
            ['/planes?ref=footer', 'Planes'],
            ['/terminos', 'Términos'],
            ['/privacidad', 'Privacidad'],
            ['/casos', 'Casos'],
          ]),
      },
      {
        path: '/modelos',
        title: 'Modelos IA — Vestidor IA',
        body:
          nav([['/', 'Inicio'], ['/planes', 'Planes']], 'Vestidor IA') +
          h1('Nuestra biblioteca de modelos') +
          p('Más de 150 modelos virtuales con distintas tallas, alturas, tonos de piel y estilos. Puedes fijar un modelo como “cara de la marca” para que aparezca en toda tu temporada, y elegir entre 50 poses y fondos de estudio, calle o playa.') +
          img(4, 'Cuadrícula de modelos IA con ropa básica') +
          p('Para moda infantil trabajamos únicamente con maniquíes y fotos en plano: no generamos modelos infantiles.') +
          footer('© 2026 Vestidor IA S.L.', [['/planes', 'Planes']]),
      },
      {
        path: '/planes',
        title: 'Planes — Vestidor IA',
        body:
          nav([['/', 'Inicio'], ['/casos', 'Casos']], 'Vestidor IA') +
          h1('Planes') +
          priceTable(
            ['Plan', 'Imágenes/mes', 'Precio (sin IVA)'],
            [
              ['Prueba', '10', '0 €'],
              ['Básico', '120', '49 €/mes'],
              ['Pro', '700', '189 €/mes'],
              ['Empresa', 'a medida', 'consultar'],
            ],
          ) +
          p('Imagen extra: 0,35 €. Todos los planes incluyen licencia comercial de las imágenes generadas, exportación en 4K y soporte por chat. Puedes cancelar en cualquier momento. Con el pago anual te regalamos dos meses.') +
          p('Las imágenes no usadas de un mes se acumulan al siguiente, hasta un máximo del doble de tu plan. Factura con IVA disponible en tu cuenta.') +
          footer('© 2026 Vestidor IA S.L.', [['/terminos', 'Términos']]),
      },
      {
        path: '/casos',
        title: 'Casos de éxito — Vestidor IA',
        body:
          nav([['/', 'Inicio']], 'Vestidor IA') +
          h1('Casos de éxito') +
          article(
            h3('Marca de moda sostenible, Sevilla'),
            p('“Lanzamos 40 prendas nuevas cada mes. Con Vestidor IA pasamos de fotografiar en plano a tener fotos con modelo el mismo día, y la tasa de conversión subió un 27 %.”'),
          ) +
          article(h3('Tienda de segunda mano, Bilbao'), p('“Cada prenda es única, así que una sesión por prenda era imposible. Ahora los clientes ven cómo queda una chaqueta vintage puesta, y las devoluciones han bajado.”')) +
          footer('© 2026 Vestidor IA S.L.', [['/planes', 'Planes']]),
      },
    ],
  },
  // ------------------------------------------------ virtual-try-on, it
  {
    host: 'provalo-online.test',
    lang: 'it',
    label: 'unrelated',
    shape: 'virtual-try-on',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Provalo — camerino virtuale per occhiali, gioielli e abbigliamento',
        head: metaDescription('Il camerino virtuale per il tuo negozio online: i clienti provano occhiali, orecchini, cappelli e capispalla sulla propria foto prima di acquistare.'),
        body:
          nav(
            [
              ['/come-funziona', 'Come funziona'],
              ['/prezzi', 'Prezzi'],
              ['/privacy', 'Privacy'],
              ['/demo', 'Prova la demo'],
            ],
            'Provalo',
          ) +
          h1('Il camerino virtuale che riduce i resi') +
          p(
            'Con Provalo i tuoi clienti vedono come stanno un paio di occhiali, degli orecchini o una giacca prima di comprarli. Basta la fotocamera dello smartphone o una foto: il prodotto viene sovrapposto in tempo reale, nella taglia giusta e con la luce giusta.',
            'Provalo aggiunge un pulsante “Provalo su di te” alle schede prodotto. Si installa in meno di un’ora, senza sviluppatori, sulle piattaforme e-commerce più diffuse.',
          ) +
          h2('I risultati dei nostri clienti') +
          ul('−21% di resi per taglia o stile', '+38% di aggiunte al carrello sui prodotti con prova', 'Tempo medio sulla scheda prodotto raddoppiato') +
          h2('Privacy prima di tutto') +
          p('La foto del cliente resta nel suo browser e viene cancellata alla chiusura della pagina. Non salviamo immagini, non addestriamo modelli con le foto dei clienti e non modifichiamo mai il viso o il corpo: aggiungiamo soltanto il prodotto sopra quello che la persona indossa già.') +
          p(button('Prova la demo con gli occhiali') + ' ' + a('/demo?utm_source=home', 'oppure con gli orecchini')) +
          cookieBanner('Usiamo cookie tecnici e, con il tuo consenso, cookie analitici.', 'Accetta', 'Rifiuta') +
          footer('© 2026 Provalo S.r.l. · Milano', [
            ['/prezzi?ref=footer', 'Prezzi'],
            ['/privacy', 'Privacy'],
            ['/termini', 'Termini'],
            ['/come-funziona', 'Come funziona'],
          ]),
      },
      {
        path: '/come-funziona',
        title: 'Come funziona — Provalo',
        body:
          nav([['/', 'Home'], ['/prezzi', 'Prezzi']], 'Provalo') +
          h1('Come funziona') +
          ol('Installi l’app Provalo sul tuo negozio e scegli i prodotti.', 'Carichi le foto dei prodotti su sfondo neutro: al resto pensiamo noi.', 'Il cliente clicca “Provalo su di te”, usa la fotocamera o carica una foto.', 'Vede il prodotto su di sé e può condividere il risultato con un’amica.') +
          p('Per occhiali, orecchini e cappelli la prova avviene in tempo reale con la fotocamera. Per giacche e maglioni il capo viene sovrapposto alla foto, sopra i vestiti che la persona indossa.') +
          footer('© 2026 Provalo S.r.l.', [['/demo', 'Demo']]),
      },
      {
        path: '/prezzi',
        title: 'Prezzi — Provalo',
        body:
          nav([['/', 'Home'], ['/demo', 'Demo']], 'Provalo') +
          h1('Prezzi') +
          priceTable(
            ['Piano', 'Prove al mese', 'Prezzo'],
            [
              ['Start', '2.000', '39 €/mese'],
              ['Business', '20.000', '199 €/mese'],
              ['Enterprise', 'illimitate', 'su richiesta'],
            ],
          ) +
          p('Ogni piano include 14 giorni di prova gratuita. Le prove oltre la soglia costano 0,03 € l’una. Prezzi IVA esclusa, disdetta mensile. Puoi impostare un limite di spesa dal pannello per non avere sorprese nei mesi di saldi.') +
          p('Non servono contratti annuali e l’installazione è inclusa in tutti i piani. Per le catene di negozi con più marchi offriamo un unico pannello di controllo.') +
          footer('© 2026 Provalo S.r.l.', [['/termini', 'Termini']]),
      },
      {
        path: '/demo',
        title: 'Demo — Provalo',
        body:
          nav([['/', 'Home']], 'Provalo') +
          h1('Prova la demo') +
          p('Scegli un prodotto di esempio e consenti l’accesso alla fotocamera, oppure carica una foto. La demo funziona interamente nel tuo browser: nessuna immagine viene inviata ai nostri server.') +
          upload('Carica una tua foto (facoltativo)', '/demo/prova', 'Prova gli occhiali') +
          p('Prodotti di esempio: occhiali da sole tondi, orecchini a cerchio, cappello di feltro, giacca di jeans.') +
          p('Nessuna registrazione richiesta.') +
          p('Vuoi vederla con i tuoi prodotti? Scrivici.') +
          footer('© 2026 Provalo S.r.l.', [['/privacy', 'Privacy']]),
      },
      {
        path: '/privacy',
        title: 'Privacy — Provalo',
        body:
          nav([['/', 'Home']], 'Provalo') +
          h1('Informativa privacy') +
          p('Le immagini dei clienti finali sono elaborate solo per generare l’anteprima della prova, in memoria, su server nell’Unione europea, e non vengono conservate. Il negozio è titolare del trattamento, Provalo ne è responsabile ai sensi dell’art. 28 GDPR. Non vendiamo dati e non li usiamo per addestrare modelli. Per qualsiasi richiesta scrivi a privacy@provalo-online.test.') +
          p('Ultimo aggiornamento: gennaio 2026.') +
          footer('© 2026 Provalo S.r.l.', [['/', 'Home']]),
      },
    ],
  },
  // ------------------------------------------------ virtual-try-on, de
  {
    host: 'anprobe-live.test',
    lang: 'de',
    label: 'unrelated',
    shape: 'virtual-try-on',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Anprobe Live – die virtuelle Umkleide für Ihren Onlineshop',
        jsOnly: true,
        head: metaDescription('Virtuelle Anprobe für Brillen, Mützen, Jacken und Oberteile: Kundinnen und Kunden sehen Produkte auf dem eigenen Foto. Weniger Retouren, mehr Umsatz.'),
        body:
          nav(
            [
              ['/funktionen', 'Funktionen'],
              ['/preise', 'Preise'],
              ['/datenschutz', 'Datenschutz'],
              ['/kontakt', 'Demo anfragen'],
            ],
            'Anprobe Live',
          ) +
          h1('Anprobieren, ohne in den Laden zu gehen') +
          p(
            'Anprobe Live bringt die Umkleidekabine in Ihren Onlineshop. Ihre Kundschaft macht ein Selfie oder lädt ein Ganzkörperfoto hoch und sieht Brillen, Mützen, Schals, Jacken und Pullover aus Ihrem Sortiment direkt an sich – passend zur angegebenen Größe.',
            'Das Produkt wird über die Kleidung gelegt, die die Person trägt. Gesicht und Körper werden nicht verändert.',
          ) +
          h2('Warum Händler Anprobe Live einsetzen') +
          ul('Bis zu 25 % weniger Größenretouren', 'Höhere Verweildauer auf der Produktseite', 'Einbindung per Plugin oder JavaScript', 'Server in Deutschland, DSGVO-konform') +
          p('Testen Sie die Anprobe 14 Tage kostenlos. ' + a('/preise?utm_source=start', 'Preise ansehen') + ' oder ' + a('/kontakt?ref=hero', 'persönliche Demo vereinbaren') + '.') +
          p('Über 300 Modehändler und Optiker im deutschsprachigen Raum nutzen Anprobe Live bereits. Die Einrichtung dauert weniger als eine Stunde: Plugin installieren, Produkte auswählen, fertig. Unser Team in Berlin hilft per Telefon und Chat, wenn etwas hakt, und bereitet Ihre Produktbilder für die Anprobe auf. Sie behalten jederzeit die Kontrolle darüber, welche Artikel den Button „Anprobieren“ bekommen.') +
          footer('© 2026 Anprobe Live GmbH · Berlin', [
            ['/impressum', 'Impressum'],
            ['/datenschutz', 'Datenschutz'],
            ['/funktionen', 'Funktionen'],
            ['/preise', 'Preise'],
          ]),
      },
      {
        path: '/funktionen',
        title: 'Funktionen – Anprobe Live',
        body:
          nav([['/', 'Start'], ['/preise', 'Preise']], 'Anprobe Live') +
          h1('Funktionen') +
          ul('Echtzeit-Anprobe für Brillen und Kopfbedeckungen über die Kamera', 'Foto-Anprobe für Oberteile und Jacken', 'Größenempfehlung anhand von Körpergröße und Maßtabelle', 'Ergebnis teilen per Link', 'Auswertung: welche Produkte anprobiert und gekauft werden') +
          p('Die Anprobe funktioniert auf Smartphone, Tablet und Desktop. Für Ihre Produktbilder reicht ein Foto vor neutralem Hintergrund; wir bereiten es einmalig für die Anprobe auf. Neue Artikel sind in der Regel innerhalb eines Tages verfügbar.') +
          footer('© 2026 Anprobe Live GmbH', [['/kontakt', 'Kontakt']]),
      },
      {
        path: '/preise',
        title: 'Preise – Anprobe Live',
        body:
          nav([['/', 'Start'], ['/kontakt', 'Kontakt']], 'Anprobe Live') +
          h1('Preise') +
          priceTable(
            ['Paket', 'Anproben/Monat', 'Preis (netto)'],
            [
              ['Basis', '1.500', '59 € / Monat'],
              ['Plus', '15.000', '279 € / Monat'],
              ['Konzern', 'unbegrenzt', 'nach Vereinbarung'],
            ],
          ) +
          p('Jede weitere Anprobe kostet 0,035 €. Einrichtung und Produktaufbereitung für die ersten 100 Artikel sind inklusive. Mindestlaufzeit ein Monat, danach monatlich kündbar. Rechnungsstellung mit ausgewiesener Umsatzsteuer.') +
          p('Alle Pakete können 14 Tage kostenlos getestet werden, ohne Kreditkarte. Für Optiker mit mehreren Filialen gibt es ein eigenes Angebot mit Anprobe im Laden über ein Tablet.') +
          footer('© 2026 Anprobe Live GmbH', [['/impressum', 'Impressum']]),
      },
      {
        path: '/datenschutz',
        title: 'Datenschutz – Anprobe Live',
        body:
          nav([['/', 'Start']], 'Anprobe Live') +
          h1('Datenschutz bei der Anprobe') +
          p('Fotos der Endkundinnen und Endkunden werden ausschließlich zur Darstellung der Anprobe verarbeitet, im Arbeitsspeicher, auf Servern in Frankfurt am Main. Sie werden nicht gespeichert, nicht zum Training verwendet und nicht an den Händler übermittelt, es sei denn, die Person teilt das Ergebnis selbst. Wir handeln als Auftragsverarbeiter nach Art. 28 DSGVO.') +
          p('Fragen richten Sie an datenschutz@anprobe-live.test.') +
          footer('© 2026 Anprobe Live GmbH', [['/', 'Start']]),
      },
      {
        path: '/kontakt',
        title: 'Kontakt – Anprobe Live',
        body:
          nav([['/', 'Start']], 'Anprobe Live') +
          h1('Demo anfragen') +
          p('Sie möchten sehen, wie Anprobe Live mit Ihren eigenen Produkten aussieht? Schicken Sie uns fünf Produktfotos und Ihre Shop-Adresse. Wir richten eine Demo ein und zeigen sie Ihnen in einem 30-minütigen Videotermin. Unverbindlich und kostenlos.') +
          textForm('Ihre geschäftliche E-Mail-Adresse', 'Demo anfragen', '/kontakt/senden') +
          p('Wir melden uns in der Regel innerhalb eines Werktages bei Ihnen. Sie erreichen uns auch telefonisch von Montag bis Freitag zwischen 9 und 17 Uhr.') +
          footer('© 2026 Anprobe Live GmbH', [['/datenschutz', 'Datenschutz']]),
      },
    ],
  },
  // ------------------------------------------------ photo-tool, es
  {
    host: 'fotolimpia-app.test',
    lang: 'es',
    label: 'unrelated',
    shape: 'photo-tool',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'FotoLimpia — quitar fondo, borrar objetos y mejorar fotos online gratis',
        head: metaDescription('Quita el fondo de una foto, borra personas y objetos, mejora la calidad a 4K y retoca imperfecciones de la piel. Gratis 3 fotos al día.'),
        body:
          nav(
            [
              ['/herramientas', 'Herramientas'],
              ['/creditos', 'Créditos'],
              ['/app', 'App móvil'],
              ['/ayuda', 'Ayuda'],
              ['/registro', 'Regístrate'],
            ],
            'FotoLimpia',
          ) +
          h1('Edita tus fotos en segundos, sin saber de diseño') +
          p(
            'FotoLimpia es un editor de fotos con IA que funciona en el navegador y en el móvil. Quita el fondo de una foto de producto, borra a ese turista que se coló en tu foto de vacaciones, suaviza granitos e imperfecciones de la piel o mejora una foto antigua hasta 4K.',
            '¿Necesitas una foto para el carnet o el pasaporte? También la hacemos, con el tamaño y el fondo correctos.',
          ) +
          upload('Arrastra tu foto aquí o haz clic para subirla', '/editor', 'Empezar gratis') +
          h2('Herramientas más usadas') +
          ul('Quitar fondo', 'Borrar objetos y personas', 'Mejorar calidad 2x / 4x / 4K', 'Retoque de piel natural', 'Restaurar y colorear fotos antiguas', 'Foto de carnet') +
          h2('Planes') +
          p('Gratis: 3 fotos al día en calidad estándar. Pro: fotos ilimitadas en HD por 7,99 € al mes. Bonos de créditos desde 4,99 €. ' + a('/creditos?ref=home', 'Ver todos los precios') + '.') +
          faq('Preguntas frecuentes', [
            ['¿Guardáis mis fotos?', 'No. Se borran de nuestros servidores a la hora de procesarlas.'],
            ['¿Qué formatos admite?', 'JPG, PNG, WEBP y HEIC, hasta 20 MB.'],
            ['¿Puedo editar fotos de otras personas?', 'Solo si tienes su permiso. Nuestras condiciones prohíben editar fotos para humillar o engañar.'],
          ]) +
          footer('© 2026 FotoLimpia · Hecho en Málaga', [
            ['/creditos', 'Precios'],
            ['/terminos', 'Términos'],
            ['/privacidad', 'Privacidad'],
            ['/app?utm_source=footer', 'Descargar app'],
          ]),
      },
      {
        path: '/herramientas',
        title: 'Herramientas — FotoLimpia',
        body:
          nav([['/', 'Inicio'], ['/creditos', 'Créditos']], 'FotoLimpia') +
          h1('Todas las herramientas') +
          h3('Quitar fondo') +
          p('Recorta personas, productos, mascotas o coches y descarga un PNG transparente o cambia el fondo por un color o una escena.') +
          h3('Borrar objetos') +
          p('Pinta encima de lo que sobra — un cable, una papelera, una persona al fondo — y la IA rellena el hueco con lo que debería haber detrás.') +
          h3('Mejorar calidad') +
          p('Aumenta la resolución 2x o 4x, o pasa de 1080p a 4K para imprimir en grande sin que se vea borroso.') +
          footer('© 2026 FotoLimpia', [['/ayuda', 'Ayuda']]),
      },
      {
        path: '/creditos',
        title: 'Créditos y Pro — FotoLimpia',
        body:
          nav([['/', 'Inicio'], ['/herramientas', 'Herramientas']], 'FotoLimpia') +
          h1('Créditos y suscripción Pro') +
          priceTable(
            ['Opción', 'Incluye', 'Precio'],
            [
              ['Gratis', '3 fotos/día, calidad estándar', '0 €'],
              ['Bono S', '30 créditos HD', '4,99 €'],
              ['Bono L', '150 créditos HD', '16,99 €'],
              ['Pro', 'ilimitado, 4K, lotes', '7,99 €/mes'],
            ],
          ) +
          p('Cada descarga en HD cuesta 1 crédito; mejorar a 4K, 2 créditos. Los créditos no caducan. La suscripción Pro se puede cancelar en cualquier momento y sigue activa hasta el final del periodo pagado. Pago seguro con tarjeta.') +
          stripe('pk_test_fotolimpia_2222') +
          p('Estudiantes: 40 % de descuento.') +
          footer('© 2026 FotoLimpia', [['/terminos', 'Términos']]),
      },
      {
        path: '/app',
        title: 'App móvil — FotoLimpia',
        body:
          nav([['/', 'Inicio']], 'FotoLimpia') +
          h1('FotoLimpia en tu móvil') +
          p('Las mismas herramientas que en la web, directamente desde la galería de tu teléfono. Quita fondos para tus anuncios, borra objetos de tus fotos de viaje y mejora fotos antiguas escaneadas con la cámara. Disponible para Android e iPhone. Tu cuenta y tus créditos se sincronizan entre la web y la app.') +
          storeBadges('/download/fotolimpia.apk') +
          footer('© 2026 FotoLimpia', [['/ayuda', 'Ayuda']]),
      },
      {
        path: '/ayuda',
        title: 'Ayuda — FotoLimpia',
        body:
          nav([['/', 'Inicio']], 'FotoLimpia') +
          h1('Centro de ayuda') +
          p('Si tus créditos no aparecen después de pagar, cierra sesión y vuelve a entrar; si sigue sin funcionar, escríbenos a ayuda@fotolimpia-app.test con el número de pedido. Para cancelar Pro, ve a Cuenta › Suscripción. Si ves que alguien usa FotoLimpia para manipular fotos de otra persona sin permiso, avísanos: revisamos cada aviso en 24 horas.') +
          p('Horario de soporte: de lunes a viernes, de 9 a 18 h.') +
          footer('© 2026 FotoLimpia', [['/privacidad', 'Privacidad']]),
      },
    ],
  },
  // ------------------------------------------------ photo-tool, it
  {
    host: 'ritocco-facile.test',
    lang: 'it',
    label: 'unrelated',
    shape: 'photo-tool',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'RitoccoFacile — restauro foto antiche, rimozione sfondo e upscaling 4K',
        head:
          metaDescription('Restaura e colora vecchie foto di famiglia, rimuovi lo sfondo o gli oggetti indesiderati, ingrandisci fino a 4K. Prova gratis con 5 crediti.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'Product', name: 'RitoccoFacile Pro', offers: { '@type': 'Offer', price: '5.99', priceCurrency: 'EUR' }, aggregateRating: { '@type': 'AggregateRating', ratingValue: '4.7', reviewCount: '3120' } }),
        body:
          nav(
            [
              ['/restauro', 'Restauro foto'],
              ['/strumenti', 'Strumenti'],
              ['/prezzi', 'Prezzi'],
              ['/domande', 'Domande'],
            ],
            'RitoccoFacile',
          ) +
          h1('Le vostre foto di famiglia, come nuove') +
          p(
            'Quella foto dei nonni al matrimonio, piegata in quattro e macchiata dal tempo. Le diapositive delle vacanze anni Settanta ormai tutte rosse. Con RitoccoFacile le scansionate o le fotografate con il telefono, le caricate e la nostra IA rimuove graffi, pieghe e macchie, rende più nitidi i volti sfocati e, se volete, aggiunge i colori.',
            'E per tutti i giorni: rimozione dello sfondo per le foto dei prodotti, gomma magica per eliminare passanti e oggetti, ingrandimento 2x, 4x o fino a 4K per stampare in grande.',
          ) +
          upload('Carica una foto', '/modifica', 'Restaura ora') +
          h2('Perché RitoccoFacile') +
          ul('5 crediti gratis alla registrazione', 'Server in Italia, foto cancellate dopo 7 giorni', 'Nessun abbonamento obbligatorio', 'Assistenza in italiano via e-mail e chat') +
          p('Più di 400.000 foto restaurate nel 2025. ' + a('/restauro?ref=home', 'Guarda gli esempi') + ' oppure ' + a('/prezzi?utm_source=home', 'scopri i prezzi') + '.') +
          cookieBanner('Questo sito usa cookie tecnici e, previo consenso, cookie di analisi.', 'Accetto', 'Solo necessari') +
          footer('© 2026 RitoccoFacile S.r.l. · Bologna', [
            ['/prezzi', 'Prezzi'],
            ['/privacy', 'Privacy'],
            ['/termini', 'Termini e condizioni'],
            ['/domande', 'Assistenza'],
          ]),
      },
      {
        path: '/restauro',
        title: 'Restauro foto antiche — RitoccoFacile',
        body:
          nav([['/', 'Home'], ['/prezzi', 'Prezzi']], 'RitoccoFacile') +
          h1('Restauro e colorazione') +
          p('Il restauro avviene in tre passaggi: individuazione dei danni (graffi, strappi, pieghe, polvere), ricostruzione delle zone mancanti e miglioramento della nitidezza dei volti, senza alterarne i lineamenti. Per la colorazione la nostra IA propone colori realistici che potete poi correggere a mano.') +
          img(5, 'Foto di matrimonio anni Cinquanta prima e dopo il restauro') +
          p('Consiglio: scansionate a 600 dpi o più, senza vetro riflettente.') +
          p('Il risultato si scarica in JPG o TIFF.') +
          footer('© 2026 RitoccoFacile S.r.l.', [['/strumenti', 'Altri strumenti']]),
      },
      {
        path: '/strumenti',
        title: 'Strumenti — RitoccoFacile',
        body:
          nav([['/', 'Home'], ['/prezzi', 'Prezzi']], 'RitoccoFacile') +
          h1('Tutti gli strumenti') +
          ul('Rimozione sfondo: PNG trasparente in 3 secondi', 'Gomma magica: via passanti, cavi, cestini', 'Ingrandimento 2x / 4x / 4K', 'Ritocco pelle delicato: imperfezioni e arrossamenti', 'Foto tessera e passaporto') +
          p('Tutti gli strumenti funzionano dal browser, su computer e smartphone, senza installare nulla. Caricate l’immagine, scegliete lo strumento e scaricate il risultato in alta risoluzione. Le modifiche si possono annullare passo per passo.') +
          footer('© 2026 RitoccoFacile S.r.l.', [['/domande', 'Domande']]),
      },
      {
        path: '/prezzi',
        title: 'Prezzi — RitoccoFacile',
        body:
          nav([['/', 'Home'], ['/domande', 'Domande']], 'RitoccoFacile') +
          h1('Prezzi') +
          priceTable(
            ['Pacchetto', 'Crediti', 'Prezzo'],
            [
              ['Benvenuto', '5', 'gratis'],
              ['Album', '40', '9,90 €'],
              ['Archivio di famiglia', '200', '34,90 €'],
              ['Pro mensile', 'illimitati', '5,99 €/mese'],
            ],
          ) +
          p('Restauro: 2 crediti. Colorazione: 1 credito. Rimozione sfondo e gomma: 1 credito. Ingrandimento 4K: 2 crediti. I crediti non scadono. Pagamento con carta o bonifico, fattura elettronica disponibile per professionisti e aziende.') +
          p('Non c’è nessun rinnovo automatico sui pacchetti: pagate solo quando vi servono nuovi crediti. L’abbonamento Pro si disdice in un clic.') +
          footer('© 2026 RitoccoFacile S.r.l.', [['/termini', 'Termini']]),
      },
      {
        path: '/domande',
        title: 'Domande frequenti — RitoccoFacile',
        body:
          nav([['/', 'Home']], 'RitoccoFacile') +
          faq('Domande frequenti', [
            ['Le mie foto sono al sicuro?', 'Sì: restano sui nostri server in Italia per 7 giorni e poi vengono cancellate. Potete cancellarle anche subito.'],
            ['Posso stampare le foto restaurate?', 'Certo, con l’ingrandimento 4K anche in formato poster.'],
            ['Posso modificare foto di altre persone?', 'Solo con il loro consenso. Sono vietati i ritocchi che offendono o ingannano.'],
            ['Emettete fattura?', 'Sì, anche elettronica.'],
          ]) +
          p('Altre domande? Scriveteci in chat.') +
          footer('© 2026 RitoccoFacile S.r.l.', [['/privacy', 'Privacy']]),
      },
    ],
  },
  // ------------------------------------------------ sfw-faceswap, es
  {
    host: 'caracambio.test',
    lang: 'es',
    label: 'unrelated',
    shape: 'sfw-faceswap',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'CaraCambio — intercambio de caras para memes y felicitaciones',
        head:
          metaDescription('Pon tu cara en memes, escenas de película inventadas y vídeos de cumpleaños. Face swap divertido y familiar: sin contenido adulto y sin famosos.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'MobileApplication', name: 'CaraCambio', operatingSystem: 'Android, iOS', aggregateRating: { '@type': 'AggregateRating', ratingValue: '4.4', ratingCount: '9100' } }),
        body:
          nav(
            [
              ['/plantillas', 'Plantillas'],
              ['/cumpleanos', 'Vídeos de cumpleaños'],
              ['/premium', 'Premium'],
              ['/normas', 'Normas'],
            ],
            'CaraCambio',
          ) +
          h1('Ponle tu cara al meme 😎') +
          p('CaraCambio es la app de face swap para reírte con tus amigos. Elige una plantilla — el caballero medieval, el astronauta, la cantante de ópera, el torero de dibujos animados —, hazte un selfie y comparte el resultado en el grupo de la familia en segundos.') +
          p('¿Cumpleaños a la vista? Crea un vídeo de 15 segundos en el que el cumpleañero es el superhéroe o la estrella del rock. Añade su nombre, elige la música y listo.') +
          storeBadges('/download/caracambio.apk') +
          h2('Lo mejor de CaraCambio') +
          ul('Más de 1.500 plantillas, novedades cada semana', '5 intercambios gratis al día', 'Funciona también con tu perro o tu gato', 'Sin anuncios en Premium') +
          section(
            h2('Diversión sana'),
            p('En CaraCambio no hay NSFW ni contenido para adultos, y no se permite usar la cara de nadie sin su consentimiento, tampoco de famosos ni políticos. Todas las plantillas las crea nuestro equipo con actores que han dado su permiso. Las subidas que incumplen las normas se bloquean y la cuenta se cierra.'),
          ) +
          p(a('/plantillas?ref=home', 'Ver plantillas') + ' · ' + a('/plantillas?ref=home&cat=navidad', 'Plantillas de Navidad') + ' · ' + a('/normas', 'Normas de la comunidad')) +
          footer('© 2026 CaraCambio Apps S.L. · Apta para mayores de 12 años', [
            ['/premium', 'Premium'],
            ['/normas', 'Normas'],
            ['/privacidad', 'Privacidad'],
            ['/terminos', 'Términos'],
          ]),
      },
      {
        path: '/plantillas',
        title: 'Plantillas — CaraCambio',
        body:
          nav([['/', 'Inicio'], ['/premium', 'Premium']], 'CaraCambio') +
          h1('Plantillas populares') +
          ul('Caballero medieval (foto)', 'Astronauta saludando (vídeo, 8 s)', 'Cantante de ópera (vídeo, 12 s)', 'Chef desastre en la cocina (vídeo, 10 s)', 'Rey Mago repartiendo caramelos (foto)', 'Futbolista celebrando un gol (vídeo, 9 s)') +
          p('Todas las plantillas son creaciones originales de nuestro estudio o de bancos de imágenes con licencia. No tenemos ni tendremos plantillas con famosos, personajes públicos o escenas para adultos.') +
          footer('© 2026 CaraCambio Apps S.L.', [['/normas', 'Normas']]),
      },
      {
        path: '/cumpleanos',
        title: 'Vídeos de cumpleaños — CaraCambio',
        body:
          nav([['/', 'Inicio']], 'CaraCambio') +
          h1('Vídeos de cumpleaños que nadie olvida') +
          p('Elige un tema (superhéroes, rock, fútbol, princesas y piratas), escribe el nombre y la edad, sube una foto de la cara del cumpleañero — con su permiso — y en un minuto tienes un vídeo con música y confeti para proyectar en la fiesta o mandar por el móvil. Con Premium lo descargas en 1080p y sin marca de agua.') +
          upload('Sube la foto del cumpleañero', '/cumpleanos/crear', 'Crear vídeo') +
          footer('© 2026 CaraCambio Apps S.L.', [['/premium', 'Premium']]),
      },
      {
        path: '/premium',
        title: 'Premium — CaraCambio',
        body:
          nav([['/', 'Inicio']], 'CaraCambio') +
          h1('CaraCambio Premium') +
          priceTable(
            ['', 'Gratis', 'Premium'],
            [
              ['Intercambios al día', '5', 'ilimitados'],
              ['Vídeo HD', '—', '1080p'],
              ['Marca de agua', 'sí', 'no'],
              ['Precio', '0 €', '3,49 €/semana o 24,99 €/año'],
            ],
          ) +
          p('La suscripción se gestiona desde la tienda de aplicaciones de tu móvil y puedes cancelarla cuando quieras. Te avisamos antes de cada renovación.') +
          p('Con Premium también tienes acceso anticipado a las plantillas nuevas de cada semana y puedes guardar hasta 500 creaciones en tu álbum privado. Lo que ya creaste con la versión gratis sigue siendo tuyo.') +
          footer('© 2026 CaraCambio Apps S.L.', [['/terminos', 'Términos']]),
      },
      {
        path: '/normas',
        title: 'Normas de la comunidad — CaraCambio',
        body:
          nav([['/', 'Inicio']], 'CaraCambio') +
          h1('Normas de la comunidad') +
          ol('Usa tu cara o la de alguien que te haya dado permiso.', 'Nada de contenido sexual, NSFW o para adultos: se bloquea automáticamente.', 'Nada de acoso ni burlas hirientes.', 'Nada de famosos, políticos ni influencers.', 'Edad mínima: 13 años.') +
          p('¿Has visto algo que no debería estar? Usa el botón «Denunciar» o escribe a seguridad@caracambio.test. Respondemos en menos de 24 horas y colaboramos con las autoridades cuando es necesario.') +
          footer('© 2026 CaraCambio Apps S.L.', [['/privacidad', 'Privacidad']]),
      },
    ],
  },
  // ------------------------------------------------ image-generator, it
  {
    host: 'pennellodigitale.test',
    lang: 'it',
    label: 'unrelated',
    shape: 'image-generator',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Pennello Digitale — generatore di immagini AI con filtri di sicurezza',
        head: metaDescription('Trasforma un testo in un’immagine: illustrazioni, mockup di prodotto, copertine. Contenuti NSFW bloccati, nessuna immagine di persone reali. 30 crediti gratis.'),
        body:
          nav(
            [
              ['/galleria', 'Galleria'],
              ['/abbonamenti', 'Abbonamenti'],
              ['/linee-guida', 'Linee guida'],
              ['/accedi', 'Accedi'],
            ],
            'Pennello Digitale',
          ) +
          h1('Scrivi un’idea, guarda nascere un’immagine') +
          p('Pennello Digitale è un generatore di immagini con intelligenza artificiale pensato per chi crea: illustratori, piccoli brand, insegnanti, autori di giochi da tavolo. Descrivete cosa volete — “un gatto astronauta in stile acquerello” o “una bottiglia d’olio su un tavolo di marmo, luce naturale” — e in dieci secondi ricevete quattro varianti.') +
          textForm('Descrivi la tua immagine', 'Genera', '/genera') +
          h2('Stili disponibili') +
          p('Acquerello · Matita · Illustrazione piatta · 3D · Fotorealistico per prodotti e paesaggi · Fumetto · Vintage') +
          h2('Sicurezza') +
          p('I contenuti NSFW sono bloccati. Ogni richiesta e ogni immagine passano attraverso filtri automatici; non generiamo immagini di persone reali riconoscibili, né contenuti sessuali o violenti. Non è possibile caricare foto di persone da modificare. Tutte le immagini portano una filigrana invisibile che le identifica come generate dall’IA.') +
          p('30 crediti gratis all’iscrizione, poi da 8 € al mese. ' + a('/abbonamenti?ref=home', 'Confronta i piani') + '.') +
          p('Oltre 60.000 creativi in Italia usano già Pennello Digitale per post social, presentazioni e bozze di illustrazioni.') +
          footer('© 2026 Pennello Digitale S.r.l. · Torino', [
            ['/galleria', 'Galleria'],
            ['/linee-guida', 'Linee guida'],
            ['/privacy', 'Privacy'],
            ['/abbonamenti?utm_source=footer', 'Prezzi'],
          ]),
      },
      {
        path: '/galleria',
        title: 'Galleria — Pennello Digitale',
        body:
          nav([['/', 'Home'], ['/abbonamenti', 'Abbonamenti']], 'Pennello Digitale') +
          h1('Galleria della community') +
          img(6, 'Gatto astronauta ad acquerello') +
          img(7, 'Bottiglia d’olio su marmo') +
          p('Ogni immagine mostra il prompt con cui è stata creata, così potete rifarla e variarla. Le più apprezzate del mese: “città sull’acqua al tramonto, stile cartolina”, “drago che legge il giornale al bar”, “mappa fantasy di un’isola”. Le immagini pubblicate sono controllate da un moderatore.') +
          p('Volete comparire qui? Spuntate “condividi” quando salvate un’immagine.') +
          footer('© 2026 Pennello Digitale S.r.l.', [['/linee-guida', 'Linee guida']]),
      },
      {
        path: '/abbonamenti',
        title: 'Abbonamenti — Pennello Digitale',
        body:
          nav([['/', 'Home'], ['/galleria', 'Galleria']], 'Pennello Digitale') +
          h1('Abbonamenti') +
          priceTable(
            ['Piano', 'Crediti al mese', 'Risoluzione', 'Prezzo'],
            [
              ['Gratis', '30 una tantum', '1024 px', '0 €'],
              ['Creativo', '800', '2048 px', '8 €/mese'],
              ['Studio', '4.000', 'upscale 4K', '29 €/mese'],
              ['Scuola', 'per classe', '1024 px', '39 €/anno'],
            ],
          ) +
          p('Un’immagine costa 1 credito, l’upscale 4K 4 crediti. Uso commerciale incluso dal piano Creativo. Disdetta in qualsiasi momento. Pagamento con carta; per scuole ed enti pubblici anche fattura elettronica.') +
          p('I crediti non usati si accumulano per un mese. Sconto del 20% con pagamento annuale.') +
          footer('© 2026 Pennello Digitale S.r.l.', [['/privacy', 'Privacy']]),
      },
      {
        path: '/linee-guida',
        title: 'Linee guida sui contenuti — Pennello Digitale',
        body:
          nav([['/', 'Home']], 'Pennello Digitale') +
          h1('Linee guida sui contenuti') +
          p('Su Pennello Digitale non sono ammessi: contenuti sessuali o di nudo, immagini di persone reali (famosi o privati), violenza esplicita, simboli d’odio, contenuti che coinvolgono minori in modo inappropriato. Chi prova ad aggirare i filtri con errori di ortografia o parole in codice viene sospeso. Le violazioni che costituiscono reato vengono segnalate alle autorità competenti.') +
          p('Se un filtro ha bloccato per errore un’immagine innocua, potete chiedere una revisione: risponde una persona entro un giorno lavorativo.') +
          footer('© 2026 Pennello Digitale S.r.l.', [['/', 'Home']]),
      },
    ],
  },
  // ------------------------------------------------ moderation-tool, fr
  {
    host: 'veille-image-api.test',
    lang: 'fr',
    label: 'unrelated',
    shape: 'moderation-tool',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'VeilleImage — API de modération : nudité, contenus sensibles et deepfakes',
        head:
          metaDescription('Détectez la nudité, les contenus NSFW, la violence et les visages truqués (deepfake, face swap) avec une seule API. Tarification à l’appel, hébergement en France.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'WebAPI', name: 'API VeilleImage', documentation: 'https://veille-image-api.test/documentation', provider: { '@type': 'Organization', name: 'VeilleImage SAS' } }),
        body:
          nav(
            [
              ['/documentation', 'Documentation'],
              ['/tarifs', 'Tarifs'],
              ['/cas-usage', 'Cas d’usage'],
              ['/securite', 'Sécurité'],
              ['/console', 'Console'],
            ],
            'VeilleImage',
          ) +
          h1('La modération d’images, sans compromis sur la vie privée') +
          p(
            'VeilleImage analyse vos images et vos vidéos en moins de 200 ms. Vous envoyez une image ou une URL, nous renvoyons des scores pour la nudité, les contenus suggestifs, la violence, les armes, la drogue et les symboles haineux, ainsi qu’une estimation de la probabilité qu’un visage ait été truqué (deepfake, face swap) ou entièrement généré.',
            'Nos clients : places de marché, applications de rencontre, plateformes scolaires, hébergeurs, médias qui vérifient les contenus envoyés par leurs lecteurs.',
          ) +
          h2('Les engagements VeilleImage') +
          ul('Traitement en mémoire, aucune image conservée', 'Hébergement en France, contrat de sous-traitance RGPD', 'Fiches modèles publiques avec taux d’erreur', 'Paiement à l’appel, sans engagement') +
          p('2 000 appels gratuits par mois pour démarrer. ' + a('/console/inscription?utm_source=accueil', 'Obtenir une clé API') + ' · ' + a('/documentation', 'Lire la documentation')) +
          p('Intégration en moins d’une journée grâce à nos SDK Python, Node et PHP, et à un webhook pour l’analyse vidéo asynchrone. Chaque trimestre, nous publions une évaluation indépendante de nos modèles, erreurs comprises.') +
          footer('© 2026 VeilleImage SAS · Rennes', [
            ['/tarifs?ref=footer', 'Tarifs'],
            ['/mentions-legales', 'Mentions légales'],
            ['/confidentialite', 'Confidentialité'],
            ['/securite', 'Sécurité'],
          ]),
      },
      {
        path: '/documentation',
        title: 'Documentation — VeilleImage',
        body:
          nav([['/', 'Accueil'], ['/tarifs', 'Tarifs']], 'VeilleImage') +
          h1('Démarrage rapide') +
          p('Authentifiez-vous avec une clé API dans l’en-tête Authorization. Envoyez un POST sur /v1/analyse avec l’image en multipart ou une URL en JSON, et la liste des modèles souhaités : « nudite », « suggestif », « violence », « deepfake ». La réponse contient, pour chaque modèle, une étiquette, un score entre 0 et 1 et la version du modèle. Nous recommandons de bloquer au-dessus de 0,9 et de faire relire par un humain entre 0,5 et 0,9.') +
          footer('© 2026 VeilleImage SAS', [['/cas-usage', 'Cas d’usage']]),
      },
      {
        path: '/tarifs',
        title: 'Tarifs — VeilleImage',
        body:
          nav([['/', 'Accueil'], ['/documentation', 'Documentation']], 'VeilleImage') +
          h1('Tarifs à l’appel') +
          priceTable(
            ['Volume mensuel', 'Nudité / NSFW', 'Deepfake', 'Vidéo (par minute)'],
            [
              ['2 000 premiers', 'gratuit', 'gratuit', 'gratuit'],
              ['Jusqu’à 1 M', '0,0008 €', '0,0022 €', '0,03 €'],
              ['1 M – 10 M', '0,0005 €', '0,0016 €', '0,02 €'],
              ['Au-delà', 'sur devis', 'sur devis', 'sur devis'],
            ],
          ) +
          p('Facturation mensuelle à terme échu. Plafond de dépense configurable par clé. Les associations d’aide aux victimes et les signaleurs de confiance utilisent VeilleImage gratuitement : contactez-nous.') +
          p('Aucun minimum, aucun engagement de durée.') +
          p('Besoin d’un volume très élevé ? Parlons-en.') +
          footer('© 2026 VeilleImage SAS', [['/securite', 'Sécurité']]),
      },
      {
        path: '/cas-usage',
        title: 'Cas d’usage — VeilleImage',
        body:
          nav([['/', 'Accueil']], 'VeilleImage') +
          h1('Cas d’usage') +
          h3('Places de marché') +
          p('Bloquer les annonces contenant de la nudité ou des armes avant publication, sans ralentir les vendeurs.') +
          h3('Applications de rencontre') +
          p('Filtrer les photos de profil inappropriées et repérer les visages générés par IA utilisés par de faux profils.') +
          h3('Hébergeurs et signalements') +
          p('Prioriser les signalements d’images intimes diffusées sans consentement et de montages truqués, pour que les équipes traitent d’abord les cas les plus graves.') +
          footer('© 2026 VeilleImage SAS', [['/tarifs', 'Tarifs']]),
      },
      {
        path: '/securite',
        title: 'Sécurité — VeilleImage',
        body:
          nav([['/', 'Accueil']], 'VeilleImage') +
          h1('Sécurité et conformité') +
          p('Les images sont traitées en mémoire et supprimées immédiatement après l’analyse, sauf si vous activez la file de relecture (conservation chiffrée 7 jours maximum). Infrastructure hébergée en France, chiffrement TLS 1.3, journaux d’accès conservés 12 mois, tests d’intrusion annuels par un cabinet indépendant. Un contrat de sous-traitance conforme à l’article 28 du RGPD est fourni à chaque client.') +
          footer('© 2026 VeilleImage SAS', [['/confidentialite', 'Confidentialité']]),
      },
    ],
  },
  // ------------------------------------------------ lingerie-shop, it
  {
    host: 'pizzoeseta.test',
    lang: 'it',
    label: 'unrelated',
    shape: 'lingerie-shop',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Pizzo & Seta — intimo, costumi da bagno e pigiami made in Italy',
        head:
          metaDescription('Reggiseni, slip, body, costumi da bagno e pigiameria prodotti in Italia. Taglie dalla 1ª alla 7ª coppa. Spedizione gratuita sopra 60 €.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'ClothingStore', name: 'Pizzo & Seta', address: { '@type': 'PostalAddress', addressLocality: 'Verona', addressCountry: 'IT' } }),
        body:
          nav(
            [
              ['/intimo', 'Intimo'],
              ['/costumi', 'Costumi'],
              ['/guida-taglie', 'Guida alle taglie'],
              ['/spedizioni-resi', 'Spedizioni e resi'],
              ['/carrello', 'Carrello (0)'],
            ],
            'Pizzo & Seta',
          ) +
          p('Spedizione gratuita sopra 60 € · Reso gratuito entro 30 giorni · Pagamento anche in 3 rate') +
          h1('La nuova collezione Primavera') +
          p('Pizzi leggeri color cipria e salvia, cotone biologico per tutti i giorni, costumi interi dalle linee pulite e la pigiameria in seta che torna ogni anno a grande richiesta. Disegniamo e produciamo a Verona dal 1979, in piccoli lotti, con tessuti italiani.') +
          h2('I più venduti') +
          ul('Reggiseno con ferretto “Giulia” – 49 €', 'Bralette in pizzo “Sole” – 36 €', 'Slip a vita alta “Giulia” – 22 €', 'Costume intero “Riviera” – 79 €', 'Pigiama in seta “Notte” – 129 €') +
          button('Aggiungi al carrello') +
          h2('Consulenza taglia') +
          p('Non sei sicura della tua taglia? Consulta la ' + a('/guida-taglie?ref=home', 'guida alle taglie') + ' o prenota una consulenza gratuita in videochiamata con le nostre corsetiere: 15 minuti, telecamera facoltativa.') +
          textForm('Iscriviti alla newsletter e ricevi il 10% di sconto', 'Iscriviti', '/newsletter') +
          cookieBanner('Usiamo i cookie per ricordare il tuo carrello e per statistiche anonime.', 'Accetta tutti', 'Personalizza') +
          footer('© 2026 Pizzo & Seta S.r.l. · Verona · P.IVA 00000000000', [
            ['/spedizioni-resi', 'Spedizioni e resi'],
            ['/guida-taglie', 'Guida alle taglie'],
            ['/privacy', 'Privacy'],
            ['/condizioni-vendita', 'Condizioni di vendita'],
          ]),
      },
      {
        path: '/intimo',
        title: 'Intimo — Pizzo & Seta',
        body:
          nav([['/', 'Home'], ['/guida-taglie', 'Taglie'], ['/carrello', 'Carrello']], 'Pizzo & Seta') +
          h1('Intimo') +
          p('54 prodotti · Ordina per: novità · Filtra per taglia, modello, colore') +
          ul('Reggiseno con ferretto “Giulia”, cipria – 49 € – dalla 1ª alla 5ª coppa C–F', 'Reggiseno senza ferretto “Alba”, cotone bio – 39 €', 'Bralette in pizzo “Sole”, salvia – 36 €', 'Body in pizzo “Luna” – 69 €', 'Slip culotte “Alba” – 18 €') +
          button('Aggiungi al carrello') +
          p('Taglia esaurita? Clicca su “Avvisami” e ti scriviamo quando torna disponibile. Tutti i capi sono prodotti nel nostro laboratorio di Verona.') +
          footer('© 2026 Pizzo & Seta S.r.l.', [['/spedizioni-resi', 'Resi']]),
      },
      {
        path: '/costumi',
        title: 'Costumi da bagno — Pizzo & Seta',
        body:
          nav([['/', 'Home'], ['/carrello', 'Carrello']], 'Pizzo & Seta') +
          h1('Costumi da bagno') +
          p('I nostri costumi sono realizzati in tessuto riciclato resistente al cloro e alla salsedine, con fodera doppia e coppe estraibili. I bikini hanno la parte superiore in taglie da reggiseno per un sostegno vero anche in acqua. Interi, bikini, tankini e copricostumi in lino per la spiaggia.') +
          ul('Costume intero “Riviera” – 79 €', 'Bikini “Scogliera” – da 45 €', 'Tankini “Lido” – 69 €', 'Camicia copricostume in lino – 59 €') +
          button('Aggiungi al carrello') +
          footer('© 2026 Pizzo & Seta S.r.l.', [['/guida-taglie', 'Guida alle taglie']]),
      },
      {
        path: '/guida-taglie',
        title: 'Guida alle taglie — Pizzo & Seta',
        body:
          nav([['/', 'Home'], ['/intimo', 'Intimo']], 'Pizzo & Seta') +
          h1('Guida alle taglie') +
          p('Misura il sottoseno con un metro da sarta, ben aderente, e la circonferenza del seno nel punto più ampio. La differenza indica la coppa. Usa la tabella qui sotto come punto di partenza:') +
          priceTable(
            ['Sottoseno (cm)', 'Taglia', 'Differenza (cm)', 'Coppa'],
            [
              ['68–72', '2ª', '12–14', 'B'],
              ['73–77', '3ª', '14–16', 'C'],
              ['78–82', '4ª', '16–18', 'D'],
              ['83–87', '5ª', '18–20', 'E'],
            ],
          ) +
          p('Sei tra due taglie? Ordinale entrambe: il reso è gratuito. Nelle schede prodotto trovi anche le indicazioni su come veste ogni modello.') +
          footer('© 2026 Pizzo & Seta S.r.l.', [['/spedizioni-resi', 'Spedizioni e resi']]),
      },
      {
        path: '/spedizioni-resi',
        title: 'Spedizioni e resi — Pizzo & Seta',
        body:
          nav([['/', 'Home']], 'Pizzo & Seta') +
          h1('Spedizioni e resi') +
          p('Spediamo in Italia in 24–48 ore lavorative con corriere espresso: 5,90 €, gratis sopra 60 €. Spedizioni anche in Europa. Hai 30 giorni per restituire i capi non indossati e con cartellino; per motivi igienici slip e costumi vanno resi con la protezione adesiva intatta. Il rimborso arriva entro 7 giorni dalla ricezione del pacco, sullo stesso metodo di pagamento.') +
          footer('© 2026 Pizzo & Seta S.r.l.', [['/condizioni-vendita', 'Condizioni di vendita']]),
      },
    ],
  },
  // ------------------------------------------------ adult-site, fr
  {
    host: 'forum-adultes-libres.test',
    lang: 'fr',
    label: 'unrelated',
    shape: 'adult-site',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Entre Adultes — forum de discussion réservé aux majeurs',
        head: metaDescription('Forum de discussion francophone réservé aux personnes majeures : relations, vie de couple, santé sexuelle, témoignages. Modération active, anonymat respecté.'),
        body:
          ageGate('Ce forum est réservé aux personnes majeures (18 ans et plus). En entrant, vous confirmez avoir l’âge légal dans votre pays.', 'J’ai 18 ans ou plus', 'Quitter le site') +
          nav(
            [
              ['/forums', 'Forums'],
              ['/charte', 'Charte'],
              ['/inscription', 'S’inscrire'],
              ['/connexion', 'Connexion'],
            ],
            'Entre Adultes',
          ) +
          h1('Un espace de parole entre adultes, bienveillant et modéré') +
          p(
            'Entre Adultes est un forum francophone créé en 2009 pour parler librement, et sans jugement, de relations, de vie de couple, de célibat, de santé sexuelle et de tout ce qu’on n’ose pas toujours aborder ailleurs. L’inscription est gratuite et vous pouvez participer sous pseudonyme.',
            'Le forum est strictement réservé aux majeurs. Il ne contient pas d’images explicites : c’est un lieu d’échanges écrits, de conseils et de témoignages.',
          ) +
          h2('Les forums les plus actifs') +
          ul('Vie de couple et communication', 'Célibat et rencontres', 'Santé sexuelle et contraception (avec des professionnels de santé bénévoles)', 'Témoignages et entraide', 'Questions LGBTQIA+') +
          h2('Notre modération') +
          p('Une équipe de 14 modérateurs bénévoles veille au respect de la ' + a('/charte', 'charte') + '. Sont interdits : les images, les coordonnées personnelles, la publicité, le partage de photos d’autrui et toute publication concernant des personnes qui n’ont pas donné leur accord.') +
          p('34 812 membres · 1,2 million de messages · ' + a('/inscription?ref=accueil', 'Rejoindre la communauté')) +
          footer('© 2026 Entre Adultes — association loi 1901', [
            ['/charte', 'Charte'],
            ['/mentions-legales', 'Mentions légales'],
            ['/confidentialite', 'Confidentialité'],
            ['/contact', 'Contact'],
          ]),
      },
      {
        path: '/forums',
        title: 'Forums — Entre Adultes',
        body:
          nav([['/', 'Accueil'], ['/charte', 'Charte']], 'Entre Adultes') +
          h1('Index des forums') +
          ul('Vie de couple — 48 210 sujets', 'Célibat et rencontres — 31 004 sujets', 'Santé sexuelle — 12 877 sujets', 'Témoignages — 9 340 sujets', 'Questions LGBTQIA+ — 6 115 sujets', 'Le café du forum (hors-sujet) — 22 560 sujets') +
          p('Les forums sont lisibles par tous les membres connectés. Certains espaces, comme « Témoignages », ne sont accessibles qu’après 30 jours d’ancienneté et dix messages, pour protéger les personnes qui s’y confient. Une section « Premiers pas » explique le fonctionnement du forum aux nouveaux venus.') +
          footer('© 2026 Entre Adultes', [['/inscription', 'S’inscrire']]),
      },
      {
        path: '/charte',
        title: 'Charte — Entre Adultes',
        body:
          nav([['/', 'Accueil']], 'Entre Adultes') +
          h1('Charte du forum') +
          ol('Le forum est réservé aux personnes de 18 ans et plus.', 'Respect et bienveillance : pas d’insultes, pas de jugement.', 'Aucune image, aucun lien vers des contenus pour adultes.', 'Interdiction absolue de partager des photos ou vidéos d’autres personnes, réelles ou truquées.', 'Pas de publicité ni de services payants.') +
          p('Tout manquement entraîne un avertissement, puis une exclusion. Les contenus illicites sont signalés aux autorités via la plateforme officielle de signalement.') +
          footer('© 2026 Entre Adultes', [['/contact', 'Contact']]),
      },
      {
        path: '/inscription',
        title: 'Inscription — Entre Adultes',
        body:
          nav([['/', 'Accueil']], 'Entre Adultes') +
          h1('Créer un compte') +
          p('Choisissez un pseudonyme et indiquez une adresse e-mail valide : elle ne sera jamais affichée. Vous devez avoir au moins 18 ans. En vous inscrivant, vous acceptez la charte du forum. L’inscription est gratuite et le restera ; le forum est financé par les dons de ses membres.') +
          textForm('Adresse e-mail', 'Continuer', '/inscription/etape-2') +
          p('Un e-mail de confirmation vous sera envoyé.') +
          p('Bienvenue parmi nous.') +
          footer('© 2026 Entre Adultes', [['/confidentialite', 'Confidentialité']]),
      },
      {
        path: '/contact',
        title: 'Contact — Entre Adultes',
        body:
          nav([['/', 'Accueil']], 'Entre Adultes') +
          h1('Contacter l’équipe') +
          p('Pour une question sur votre compte, un signalement ou une demande de la presse, écrivez à equipe@forum-adultes-libres.test. Si vous êtes victime de la diffusion d’images intimes sans votre consentement, sachez que c’est un délit : conservez les preuves, signalez-le aux plateformes concernées et portez plainte. Nos modérateurs peuvent vous orienter vers des associations spécialisées.') +
          p('Nous répondons sous 72 heures.') +
          footer('© 2026 Entre Adultes', [['/mentions-legales', 'Mentions légales']]),
      },
    ],
  },
];
