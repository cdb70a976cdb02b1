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

const conNav = nav(
  [
    ['/', 'Il Cronista'],
    ['/tecnologia', 'Tecnologia'],
    ['/tecnologia/2026/02/app-per-spogliare-inchiesta', 'Inchieste'],
    ['/newsletter?utm_source=menu', 'Newsletter'],
    ['/abbonati', 'Abbonati'],
  ],
  'Il Cronista Digitale',
);

const confNav = nav(
  [
    ['/', 'Home'],
    ['/programma', 'Programma'],
    ['/talk/dentro-le-app-di-nudify', 'Keynote'],
    ['/biglietti?utm_source=nav', 'Biglietti'],
  ],
  'SicurezzaDigitale 2026',
);

const pontoNav = nav(
  [
    ['/', 'Início'],
    ['/tecnologia', 'Tecnologia'],
    ['/tecnologia/2026/02/apps-tirar-roupa-ia-investigacao', 'Investigação'],
    ['/newsletter?utm_source=menu', 'Newsletter'],
    ['/assine', 'Assine'],
  ],
  'Ponto Digital',
);

const eaNav = nav(
  [
    ['/', 'Página principal'],
    ['/wiki/Aplicativo_de_nudez_falsa', 'Aplicativo de nudez falsa'],
    ['/wiki/Deepfake_pornografico', 'Deepfake pornográfico'],
    ['/wiki/Violencia_sexual_baseada_em_imagens', 'Violência baseada em imagens'],
  ],
  'Enciclopédia Aberta',
);

export const sites: CorpusSite[] = [
  // 1 — victim-help (es)
  {
    host: 'ayudadeepfake.test', lang: 'es', label: 'unrelated', shape: 'victim-help', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: '¿Circula un desnudo falso tuyo? Te ayudamos | Línea AyudaDeepfake',
        body:
          nav([['/pasos', 'Qué hacer ahora'], ['/retirada', 'Retirar la imagen'], ['/cuentanos', 'Cuéntanos qué pasó'], ['/contacto', 'Llámanos o chatea']], 'AyudaDeepfake') +
          p(a('https://eltiempo-salida.test/', 'Salida rápida') + ' — abandona esta página al instante') +
          h1('Está circulando un desnudo falso tuyo. ¿Y ahora qué?') +
          p('Lo primero: no es culpa tuya. Alguien ha cogido una foto normal tuya y la ha pasado por una app de “desnudar” o “nudify”, o ha hecho un deepfake. La imagen es falsa, pero el daño es real, y hay muchas cosas que podemos hacer juntas. Nuestro servicio es gratuito, confidencial y puedes usarlo de forma anónima.') +
          section(
            h2('Tres cosas que puedes hacer hoy'),
            ol(
              '<strong>No respondas.</strong> No contestes a quien la difunde y no pagues nunca si te amenazan.',
              '<strong>Apunta dónde está.</strong> Enlaces, nombres de usuario, nombres de grupos y fechas. Una captura de la página (no de la imagen en un dispositivo compartido) puede servir.',
              '<strong>Pide ayuda.</strong> Llámanos, chatea con nosotras o ' + a('/cuentanos', 'cuéntanos qué ha pasado') + '.',
            ),
          ) +
          section(
            h2('¿Cómo se hacen estas imágenes?'),
            p('Hay webs y bots de Telegram que se anuncian con frases como “quita la ropa de cualquier foto”. Cobran unos pocos euros en créditos y solo necesitan una imagen de tus redes. Se lo inventan todo, pero eso no lo hace menos doloroso. Saber cómo funcionan ayuda a que plataformas y policía se lo tomen en serio.'),
          ) +
          faq('Preguntas frecuentes', [
            ['¿Es delito hacer un desnudo falso de alguien?', 'Difundirlo puede ser delito en España, y si eres menor de edad es muy grave. Te explicamos la ley y tus opciones.'],
            ['¿Se puede borrar?', 'La mayoría de plataformas lo retiran rápido si se denuncia bien. Mira ' + a('/retirada', 'cómo retirar la imagen') + '.'],
            ['Tengo menos de 18 años.', 'Cuéntaselo a una persona adulta de confianza y escríbenos. Hay vías especiales y rápidas, y no te vas a meter en ningún lío.'],
          ]) +
          footer('Línea AyudaDeepfake · Gratuita y confidencial · L–V de 9:00 a 21:00', [
            ['/contacto', 'Contacto'],
            ['/privacidad', 'Privacidad'],
            ['/aviso-legal', 'Aviso legal'],
          ]),
      },
      {
        path: '/pasos',
        title: 'Paso a paso | AyudaDeepfake',
        body:
          h1('Paso a paso: qué hacer si difunden un deepfake tuyo') +
          ol(
            '<strong>Respira.</strong> No tienes que resolverlo todo hoy.',
            '<strong>Guarda las pruebas.</strong> Copia los enlaces de todos los sitios donde aparece, el nombre de la cuenta o del grupo y la fecha. Si sabes qué app se usó (por ejemplo, una web que promete “desnudar con IA”), anótalo también.',
            '<strong>Denúncialo en la plataforma.</strong> Usa el botón de denuncia y elige “imagen íntima sin consentimiento” o similar. Indica que es una imagen falsa.',
            '<strong>Pide a los buscadores que la quiten.</strong> Los principales tienen formularios para retirar imágenes explícitas falsas de los resultados.',
            '<strong>Valora denunciar ante la policía.</strong> Puedes hacerlo aunque no sepas quién fue. Te ayudamos a prepararlo.',
            '<strong>Cuídate.</strong> Habla con alguien de confianza. Estamos aquí el tiempo que necesites.',
          ),
      },
      {
        path: '/cuentanos',
        title: 'Cuéntanos qué pasó | AyudaDeepfake',
        body:
          h1('Cuéntanos qué ha pasado') +
          p('Describe tu situación con tus propias palabras. Por favor, no adjuntes ni pegues ninguna imagen. Una persona de nuestro equipo se pondrá en contacto contigo en dos días laborables, por el medio que elijas.') +
          '<form action="/cuentanos/enviar" method="post"><label>¿Qué ha pasado?<textarea name="descripcion"></textarea></label><label>Enlaces donde aparece la imagen (uno por línea)<textarea name="enlaces"></textarea></label><label>¿Cómo te contactamos?<input name="contacto"></label><button>Enviar de forma segura</button></form>' +
          p('Todo lo que nos cuentes es confidencial. Solo compartimos información si tú nos lo pides o si alguien está en peligro inmediato.'),
      },
      {
        path: '/retirada',
        title: 'Retirar la imagen | AyudaDeepfake',
        body:
          h1('Cómo conseguir que retiren la imagen') +
          p('Trabajamos con redes sociales, apps de mensajería, empresas de alojamiento y buscadores. Con tu permiso, enviamos las notificaciones en tu nombre siguiendo el procedimiento que exige el Reglamento europeo de Servicios Digitales.') +
          p('Si la imagen aparece en la propia web de la app de desnudar —algunas publican una “galería” de resultados—, avisamos a su proveedor de alojamiento y a su registrador de dominios. Muchas de estas apps funcionan también como bots de Telegram: también los denunciamos.') +
          p('Nunca te pediremos que nos envíes la imagen. Solo necesitamos los enlaces y una descripción.'),
      },
      {
        path: '/contacto',
        title: 'Contacto | AyudaDeepfake',
        body:
          h1('Llámanos o chatea con nosotras') +
          p('Teléfono: 900 000 000 (gratuito, no aparece en la factura). Chat: de lunes a viernes de 9:00 a 21:00. Correo: ayuda@ayudadeepfake.test.') +
          p('Nuestro equipo está formado para acompañar a personas afectadas por deepfakes, apps de desnudar y otras formas de violencia sexual digital. Puedes mantener el anonimato. Si estás en peligro ahora mismo, llama al 112.') +
          p('No hace falta que tengas claro qué quieres hacer antes de llamar. Te escuchamos y pensamos contigo los siguientes pasos.'),
      },
    ],
  },

  // 2 — fact-check (es)
  {
    host: 'comprobado-ya.test', lang: 'es', label: 'unrelated', shape: 'fact-check', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Comprobado — verificación de datos independiente',
        body:
          nav([['/', 'Últimas verificaciones'], ['/verificaciones/app-ve-a-traves-de-la-ropa', 'Destacado'], ['/verificaciones/bot-telegram-desnudos-gratis', 'Bulos virales'], ['/metodologia', 'Metodología']], 'Comprobado') +
          h1('Últimas verificaciones') +
          p('Verificamos afirmaciones virales, imágenes y vídeos. Sin publicidad, con las fuentes a la vista.') +
          article(
            h2(a('/verificaciones/app-ve-a-traves-de-la-ropa', '¿De verdad esta app “ve a través de la ropa”? Lo hemos comprobado')),
            p('Calificación: <strong>FALSO</strong> · 24 de febrero de 2026'),
            p('Una app anunciada en vídeos cortos asegura que su IA “ve a través de cualquier prenda”. No puede. Genera una imagen inventada, y precisamente por eso es dañina.'),
          ) +
          article(
            h2(a('/verificaciones/bot-telegram-desnudos-gratis', 'No, este bot de Telegram no ofrece “desnudos gratis e ilimitados”')),
            p('Calificación: <strong>ENGAÑOSO</strong> · 17 de febrero de 2026'),
            p('Un mensaje reenviado en grupos promete créditos gratis de nudify a cambio de invitar a amigos. Lo comprobamos sin subir fotos de personas reales.'),
          ) +
          article(h2('La foto de la autopista inundada es de 2019, no de esta semana'), p('Calificación: <strong>SIN CONTEXTO</strong> · 15 de febrero de 2026')) +
          article(h2('No, el nuevo DNI no lleva un chip de rastreo'), p('Calificación: <strong>FALSO</strong> · 12 de febrero de 2026')) +
          section(h2('Envíanos un bulo'), p('¿Has visto algo que te genera dudas? Mándanos el enlace y lo revisamos.'), textForm('Enlace o descripción', 'Enviar', '/pistas')) +
          footer('Comprobado es firmante de los principios internacionales de verificación de datos. © 2026', [
            ['/metodologia', 'Metodología'],
            ['/correcciones', 'Correcciones'],
            ['/financiacion', 'Financiación'],
          ]),
      },
      {
        path: '/verificaciones/app-ve-a-traves-de-la-ropa',
        title: '¿De verdad esta app “ve a través de la ropa”? Lo hemos comprobado | Comprobado',
        head: jsonLd({
          '@context': 'https://schema.org',
          '@type': 'ClaimReview',
          claimReviewed: 'La app XRayly puede ver a través de la ropa en cualquier foto',
          reviewRating: { '@type': 'Rating', ratingValue: 1, bestRating: 5, alternateName: 'Falso' },
          author: { '@type': 'Organization', name: 'Comprobado' },
          datePublished: '2026-02-24',
          inLanguage: 'es',
        }),
        body:
          h1('¿De verdad esta app “ve a través de la ropa”? Lo hemos comprobado') +
          p('Por Andrés Molina · 24 de febrero de 2026') +
          p('<strong>Lo que se dice:</strong> los anuncios de XRayly (' + a('https://xrayly.test/es?utm_source=comprobado', 'xrayly.test') + ') afirman: “Nuestra IA ve a través de la ropa. Cualquier foto, cualquier prenda, 100 % real”.') +
          p('<strong>Calificación: FALSO.</strong> Ningún programa puede recuperar lo que la cámara no registró. La app fabrica una imagen.') +
          h2('Qué hicimos') +
          p('Probamos la app únicamente con fotos de un maniquí de escaparate con distintas prendas y con un retrato generado por IA de una persona que no existe. La app regala tres créditos y después vende paquetes: 50 créditos por 6,99 euros y 200 por 19,99 euros. Su “modo rayos X” cuesta 4 créditos por imagen.') +
          p('El maniquí volvió con un cuerpo humano que no tiene. Al cambiar la prenda, cambiaba el resultado inventado. La app no “ve” nada: adivina, igual que el resto de herramientas de desnudar y nudify.') +
          h2('Por qué importa') +
          p('Hablar de “rayos X” sugiere que el resultado revela algo verdadero de una persona real. Eso hace el montaje más creíble para quien lo ve y más dañino para quien lo sufre.'),
      },
      {
        path: '/verificaciones/bot-telegram-desnudos-gratis',
        title: 'No, este bot de Telegram no ofrece desnudos gratis e ilimitados | Comprobado',
        body:
          h1('No, este bot de Telegram no ofrece “desnudos gratis e ilimitados”') +
          p('Por Irene Sáez · 17 de febrero de 2026 · Calificación: ENGAÑOSO') +
          p('Un mensaje que circula por grupos de mensajería asegura que el bot ' + a('https://t.me/DesvisteYaBot', '@DesvisteYaBot') + ' da “nudify gratis sin límite, solo invita a 3 amigos”. Comprobamos que el bot concede dos generaciones gratuitas y después pide pago en Telegram Stars o criptomonedas: unos 10 euros por 100 créditos.') +
          p('Las condiciones del bot, enlazadas en su perfil, indican que las fotos subidas “pueden conservarse para mejorar el servicio”. Es decir: quien envía la foto de otra persona se la entrega a operadores desconocidos.') +
          p('No subimos ninguna foto de personas reales. Solo registramos las respuestas y el menú de precios del bot.'),
      },
      {
        path: '/metodologia',
        title: 'Metodología | Comprobado',
        body:
          h1('Cómo trabajamos') +
          p('Verificamos afirmaciones que se difunden mucho y pueden causar daño. Cada verificación la revisa una segunda editora antes de publicarse. Citamos y enlazamos nuestras fuentes, salvo cuando un enlace daría tráfico a un servicio dañino: en el caso de apps de desnudar y deepfakes, nombramos el dominio pero no lo promocionamos.') +
          p('Calificaciones: VERDADERO, CASI VERDADERO, SIN CONTEXTO, ENGAÑOSO, FALSO. Cuando nos equivocamos, lo corregimos y lo indicamos al principio del artículo.'),
      },
    ],
  },

  // 3 — academic (es)
  {
    host: 'gic-universidad.test', lang: 'es', label: 'unrelated', shape: 'academic', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Grupo de Investigación en Ciberdelincuencia y Sociedad (GICS)',
        body:
          nav([['/', 'Inicio'], ['/publicaciones', 'Publicaciones'], ['/publicaciones/deepfakes-sexuales-adolescentes', 'Artículo destacado'], ['/equipo', 'Equipo'], ['/en', 'English']], 'GICS') +
          h1('Grupo de Investigación en Ciberdelincuencia y Sociedad') +
          p('Somos un grupo interdisciplinar de la Facultad de Derecho y Criminología que estudia las nuevas formas de delincuencia en entornos digitales: fraude, acoso, explotación sexual y el abuso de la inteligencia artificial generativa.') +
          section(
            h2('Novedades'),
            ul(
              'Febrero 2026 — Publicado en acceso abierto nuestro artículo sobre deepfakes sexuales entre adolescentes. ' + a('/publicaciones/deepfakes-sexuales-adolescentes', 'Ver resumen') + '.',
              'Enero 2026 — Comparecencia del grupo ante la comisión parlamentaria sobre protección de menores en entornos digitales.',
              'Noviembre 2025 — Convocatoria de contrato predoctoral en criminología computacional.',
            ),
          ) +
          section(
            h2('Líneas de investigación'),
            ul(
              '<strong>Violencia sexual digital</strong>: apps de desnudar, deepfakes y sextorsión.',
              '<strong>Economía del cibercrimen</strong>: cómo se monetizan los servicios ilícitos (créditos, suscripciones, criptomonedas).',
              '<strong>Respuesta institucional</strong>: policía, fiscalía, escuelas y plataformas.',
            ),
          ) +
          p('Todas nuestras investigaciones cuentan con la aprobación del comité de ética de la universidad. Nunca subimos imágenes de personas reales a los servicios que estudiamos, y los datos recogidos sobre webs de desnudar y deepfakes solo se comparten con investigadores y autoridades bajo acuerdo de confidencialidad.') +
          footer('GICS · Facultad de Derecho y Criminología · © 2026', [
            ['/equipo', 'Contacto'],
            ['/publicaciones', 'Publicaciones'],
          ]),
      },
      {
        path: '/publicaciones/deepfakes-sexuales-adolescentes',
        title: 'Deepfakes sexuales entre adolescentes: prevalencia, herramientas y respuesta escolar — GICS',
        head: jsonLd({
          '@context': 'https://schema.org',
          '@type': 'ScholarlyArticle',
          headline: 'Deepfakes sexuales entre adolescentes: prevalencia, herramientas y respuesta escolar',
          author: ['M. Ortega Ruiz', 'P. Castaño', 'L. Ibáñez'],
          datePublished: '2026-02',
          inLanguage: 'es',
        }),
        body:
          h1('Deepfakes sexuales entre adolescentes: prevalencia, herramientas y respuesta escolar') +
          p('Marta Ortega Ruiz, Pablo Castaño, Laia Ibáñez · Revista de Criminología Digital, vol. 9, n.º 1 (2026), pp. 33–61') +
          p(a('/publicaciones/deepfakes-sexuales-adolescentes.pdf', 'PDF (1,1 MB)') + ' · ' + a('/publicaciones/deepfakes-sexuales-adolescentes/cita', 'Cómo citar') + ' · DOI: 10.0000/rcd.2026.0103') +
          h2('Resumen') +
          p('Este artículo analiza la prevalencia de los desnudos falsos generados con IA entre estudiantes de educación secundaria y las herramientas utilizadas para crearlos. A partir de una encuesta a 3.214 estudiantes de 14 a 18 años y de 26 entrevistas con orientadores escolares, encontramos que el 4,8 % había sido víctima de una imagen de este tipo y que el 11 % conocía el nombre de al menos una app de desnudar. Las herramientas más citadas se anunciaban en redes sociales con mensajes como “desnuda a cualquiera gratis” y funcionaban mediante créditos (en torno a 10 euros por paquete) o bots de Telegram. Los centros carecían en su mayoría de protocolos específicos. Proponemos un modelo de respuesta escolar centrado en la víctima y discutimos el papel del Reglamento de Servicios Digitales.') +
          p('<strong>Palabras clave:</strong> deepfake, nudify, violencia sexual digital, adolescencia, escuela') +
          h2('Citado por') +
          p('8 trabajos (marzo de 2026).'),
      },
      {
        path: '/publicaciones',
        title: 'Publicaciones — GICS',
        body:
          h1('Publicaciones') +
          h3('2026') +
          ul(a('/publicaciones/deepfakes-sexuales-adolescentes', 'Deepfakes sexuales entre adolescentes: prevalencia, herramientas y respuesta escolar') + '. Revista de Criminología Digital.', 'El modelo de negocio de las apps de desnudar: un análisis de 60 servicios. Working paper.') +
          h3('2025') +
          ul('Sextorsión y criptomonedas: rastreo de pagos en 40 casos judiciales. Capítulo de libro.', 'La respuesta policial a la violencia sexual digital: entrevistas con 30 agentes. Artículo.', 'Menores y consentimiento digital: una revisión sistemática.') +
          p('Todos los trabajos del grupo se publican en acceso abierto en el repositorio institucional.'),
      },
      {
        path: '/equipo',
        title: 'Equipo — GICS',
        body:
          h1('Equipo') +
          ul(
            '<strong>Dra. Marta Ortega Ruiz</strong> — investigadora principal, profesora titular de Criminología.',
            '<strong>Dr. Pablo Castaño</strong> — profesor de Derecho Penal.',
            '<strong>Laia Ibáñez</strong> — investigadora predoctoral, métodos cuantitativos.',
            '<strong>Rubén Quiroga</strong> — ingeniero de datos, medición web.',
          ) +
          p('Si eres periodista, profesional de la educación o trabajas en una plataforma y quieres colaborar, escríbenos a la secretaría del grupo.') +
          p('Ofrecemos también prácticas para estudiantes de Criminología, Derecho e Ingeniería Informática interesados en la violencia sexual digital y la economía del cibercrimen.'),
      },
    ],
  },

  // 4 — news (it)
  {
    host: 'cronistadigitale.test', lang: 'it', label: 'unrelated', shape: 'news', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Il Cronista Digitale — notizie, inchieste e tecnologia',
        body:
          conNav +
          cookieBanner('Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione e di terze parti.', 'Accetta', 'Rifiuta') +
          section(
            h2('In evidenza'),
            h1(a('/tecnologia/2026/02/app-per-spogliare-inchiesta', 'Le app che “spogliano” con un clic: viaggio nel mercato dei nudi falsi')),
            p('di Giulia Fontana · 13 febbraio 2026 · 12 minuti di lettura'),
            img(7, 'Illustrazione: uno smartphone con il pulsante «Carica una foto»'),
            p('«Carica una foto, la nostra IA rimuove i vestiti.» Crediti a 9,99 euro, abbonamenti VIP, pagamenti in criptovalute e bot su Telegram. Abbiamo documentato per tre mesi una dozzina di servizi di nudify raggiungibili dall’Italia.'),
          ) +
          section(
            h2('Altre notizie'),
            ul(
              a('/tecnologia/2026/02/deepfake-scuola-denuncia', 'Deepfake a scuola, la denuncia delle famiglie: «Le nostre figlie nelle chat»'),
              'Legge di bilancio, le novità per il digitale nella pubblica amministrazione',
              'Treni, nuovo orario con più collegamenti nel weekend',
              'Serie A: rimonta nel finale, il derby finisce in parità',
              'Meteo: torna l’alta pressione, temperature sopra la media',
            ),
          ) +
          section(h2('La newsletter del Cronista'), p('Ogni mattina alle 7 le notizie più importanti, direttamente nella tua casella di posta.'), textForm('La tua email', 'Iscriviti', '/newsletter/iscrizione')) +
          footer('© 2026 Il Cronista Digitale S.r.l. — P. IVA 00000000000', [
            ['/note-legali', 'Note legali'],
            ['/privacy', 'Privacy'],
            ['/cookie', 'Cookie policy'],
            ['/abbonati', 'Abbonati'],
          ]),
      },
      {
        path: '/tecnologia/2026/02/app-per-spogliare-inchiesta',
        title: 'Le app che “spogliano” con un clic: viaggio nel mercato dei nudi falsi | Il Cronista Digitale',
        head: jsonLd({
          '@context': 'https://schema.org',
          '@type': 'NewsArticle',
          headline: 'Le app che “spogliano” con un clic: viaggio nel mercato dei nudi falsi',
          datePublished: '2026-02-13T07:30:00+01:00',
          author: { '@type': 'Person', name: 'Giulia Fontana' },
          inLanguage: 'it',
        }),
        body:
          conNav +
          article(
            h1('Le app che “spogliano” con un clic: viaggio nel mercato dei nudi falsi'),
            p('di Giulia Fontana · 13 febbraio 2026, ore 07:30'),
            p('«Carica una foto. La nostra IA rimuove i vestiti in 10 secondi.» È lo slogan che accoglie i visitatori di SvestiAI (' + a('https://svestiai.test/it?ref=cronista', 'svestiai.test') + '), uno dei servizi che abbiamo analizzato. Tre tentativi gratuiti, poi 100 crediti a 9,99 euro; il piano “VIP” a 29 euro al mese sblocca la “modalità HD”, la “modalità lingerie” e i “video deepfake”.'),
            p('Per tre mesi Il Cronista Digitale ha documentato dodici servizi di questo tipo. Non abbiamo mai caricato foto di persone reali: i test sono stati fatti con un manichino da vetrina e con volti generati dall’IA.'),
            h2('Criptovalute, gift card e bot'),
            p('Le carte italiane vengono quasi sempre rifiutate, oppure si viene dirottati su pagine di pagamento che descrivono l’acquisto come “crediti per arte digitale”. Diversi siti rimandano a un bot di Telegram, ' + a('https://t.me/SvestiAIBot', '@SvestiAIBot') + ', che vende codici in cambio di criptovalute.'),
            blockquote('«Le vittime sono spesso le ultime a saperlo. Quando arrivano da noi, l’immagine ha già fatto il giro della scuola.»', 'Un’operatrice di un centro antiviolenza'),
            h2('Cosa dice la legge'),
            p('Dal 2025 il codice penale punisce con l’art. 612-quater la diffusione illecita di contenuti generati o alterati con l’intelligenza artificiale che causano un danno ingiusto. Resta applicabile anche l’art. 612-ter sulla diffusione illecita di immagini sessualmente esplicite. Gli hosting provider, in base al Digital Services Act, devono gestire le segnalazioni.'),
            p('SvestiAI non ha risposto alle nostre domande.'),
          ) +
          section(h2('Leggi anche'), ul(a('/tecnologia/2026/02/deepfake-scuola-denuncia', 'Deepfake a scuola, la denuncia delle famiglie'), 'Come far rimuovere un’immagine intima falsa: la guida')) +
          section(
            h2('Commenti (29)'),
            p('<strong>Marco_B</strong> — Ma i circuiti di pagamento cosa aspettano a bloccarli?'),
            p('<strong>AnnaP</strong> — Grazie. Mio figlio di 13 anni conosceva già il nome di una di queste app. Ne abbiamo parlato a cena.'),
          ),
      },
      {
        path: '/tecnologia/2026/02/deepfake-scuola-denuncia',
        title: 'Deepfake a scuola, la denuncia delle famiglie | Il Cronista Digitale',
        body:
          conNav +
          article(
            h1('Deepfake a scuola, la denuncia delle famiglie: «Le nostre figlie nelle chat»'),
            p('di Redazione · 15 febbraio 2026'),
            p('Sette famiglie hanno presentato denuncia dopo che immagini di nudo false delle loro figlie, tutte studentesse dello stesso liceo, sono circolate in una chat di gruppo. Secondo gli investigatori, le immagini sarebbero state create con un’app per “spogliare” le foto a partire da scatti pubblicati sui social.'),
            p('La dirigente scolastica ha attivato lo sportello psicologico e annunciato incontri con la polizia postale per studenti e genitori.'),
          ),
      },
      {
        path: '/newsletter',
        title: 'Newsletter | Il Cronista Digitale',
        body:
          conNav +
          h1('Le newsletter del Cronista') +
          p('Scegli cosa ricevere. Tutte le newsletter sono gratuite e puoi disiscriverti in qualsiasi momento con un clic.') +
          ul('<strong>Buongiorno Cronista</strong> — ogni mattina alle 7', '<strong>Digitale</strong> — il venerdì: tecnologia, privacy, intelligenza artificiale', '<strong>Inchieste</strong> — quando pubblichiamo una nuova inchiesta') +
          textForm('Email', 'Iscriviti', '/newsletter/iscrizione') +
          p('Usiamo il tuo indirizzo solo per inviarti le newsletter che hai scelto. Non lo cediamo a terzi. Trovi tutti i dettagli nella nostra informativa sulla privacy.'),
      },
    ],
  },

  // 5 — government (it)
  {
    host: 'ansol-gov.test', lang: 'it', label: 'unrelated', shape: 'government', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Autorità nazionale per la sicurezza online',
        body:
          nav(
            [
              ['/comunicati', 'Comunicati stampa'],
              ['/comunicati/provvedimento-app-di-svestizione', 'Ultimo provvedimento'],
              ['/normativa/deepfake-e-ia', 'Normativa'],
              ['/segnala', 'Segnala'],
              ['/autorita', 'L’Autorità'],
            ],
            'ANSOL',
          ) +
          cookieBanner('Questo sito utilizza esclusivamente cookie tecnici e analitici anonimizzati.', 'Ho capito') +
          h1('Più sicurezza online per tutte e tutti') +
          p('L’Autorità nazionale per la sicurezza online vigila sul rispetto degli obblighi delle piattaforme digitali, riceve le segnalazioni dei cittadini e promuove l’educazione digitale nelle scuole. Collabora con le altre autorità europee nell’applicazione del Digital Services Act.') +
          section(
            h2('Notizie'),
            ul(
              a('/comunicati/provvedimento-app-di-svestizione', 'Provvedimento urgente nei confronti di otto app di “svestizione” basate sull’IA') + ' — 27 febbraio 2026',
              'Relazione annuale 2025: le segnalazioni di deepfake triplicano — 3 febbraio 2026',
              'Nuove linee guida per le scuole sull’uso dell’IA generativa — 20 gennaio 2026',
            ),
          ) +
          section(
            h2('Sei vittima di un deepfake?'),
            p('Se circola un’immagine intima falsa che ti riguarda puoi sporgere denuncia alla polizia, chiederne la rimozione e ' + a('/segnala', 'segnalarla a noi') + '. Non inviarci mai l’immagine: descrivila e indica dove si trova.'),
          ) +
          section(h2('Normativa'), p('Dal 2025 la legge italiana sull’intelligenza artificiale punisce la diffusione di contenuti generati o alterati con IA che causano un danno ingiusto. ' + a('/normativa/deepfake-e-ia', 'Scopri il quadro normativo') + '.')) +
          footer('Autorità nazionale per la sicurezza online — autorità amministrativa indipendente', [
            ['/note-legali', 'Note legali'],
            ['/privacy', 'Privacy'],
            ['/accessibilita', 'Dichiarazione di accessibilità'],
            ['/amministrazione-trasparente', 'Amministrazione trasparente'],
          ]),
      },
      {
        path: '/comunicati/provvedimento-app-di-svestizione',
        title: 'Comunicato: provvedimento urgente nei confronti di otto app di “svestizione”',
        body:
          h1('Provvedimento urgente nei confronti di otto app di “svestizione” basate sull’IA') +
          p('Comunicato stampa — 27 febbraio 2026') +
          p('L’Autorità ha adottato un provvedimento d’urgenza nei confronti di otto servizi online che consentono di generare immagini di nudo false a partire dalla fotografia di qualsiasi persona. Gli utenti caricano una foto e il servizio, tramite intelligenza artificiale, restituisce in pochi secondi un’immagine “svestita”.') +
          p('I servizi si presentano come “editor fotografici IA” ma promettono di “togliere i vestiti da qualsiasi foto” o di “spogliare chiunque con un clic”. Funzionano a crediti — il pacchetto iniziale costa in genere circa 10 euro — e alcuni accettano solo criptovalute. Diversi sono offerti anche come bot su Telegram.') +
          blockquote('«Non esiste un uso legittimo di questi strumenti. Trasformano la violenza sessuale in un servizio a pagamento. Coinvolgeremo anche gli intermediari dei pagamenti e i fornitori di accesso.»', 'Il Presidente dell’Autorità') +
          h2('Prossimi passi') +
          ul('I gestori hanno 10 giorni per presentare osservazioni.', 'In caso di inottemperanza, l’Autorità potrà ordinare il blocco dell’accesso dall’Italia.', 'I nomi dei servizi non vengono resi noti in questa fase.'),
      },
      {
        path: '/normativa/deepfake-e-ia',
        title: 'Deepfake e intelligenza artificiale: il quadro normativo | ANSOL',
        body:
          h1('Deepfake e intelligenza artificiale: il quadro normativo') +
          ul(
            '<strong>Art. 612-ter c.p.</strong> — diffusione illecita di immagini o video sessualmente espliciti senza il consenso delle persone rappresentate.',
            '<strong>Art. 612-quater c.p.</strong> — introdotto nel 2025, punisce chi diffonde contenuti generati o alterati con sistemi di IA, idonei a trarre in inganno, cagionando un danno ingiusto.',
            '<strong>Digital Services Act</strong> — obbliga i prestatori di servizi di hosting a predisporre meccanismi di segnalazione e ad agire tempestivamente.',
            '<strong>AI Act</strong> — impone obblighi di trasparenza per i contenuti deepfake.',
          ) +
          p('Questa pagina ha carattere informativo e non sostituisce la consulenza legale.'),
      },
      {
        path: '/segnala',
        title: 'Segnala un contenuto | ANSOL',
        body:
          h1('Segnala un contenuto o un servizio') +
          p('Con questo modulo puoi segnalarci un sito o un’app che crea o diffonde immagini intime false, compresi i deepfake. Non caricare l’immagine: descrivi ciò che hai visto e dove.') +
          '<form action="/segnala/invia" method="post"><label>Indirizzo (URL) del servizio o della pagina<input name="url"></label><label>Descrizione<textarea name="descrizione"></textarea></label><label>Email (facoltativa)<input name="email"></label><button>Invia segnalazione</button></form>' +
          p('In caso di pericolo immediato chiama il 112. Se è coinvolto un minore, rivolgiti subito alle forze dell’ordine.') +
          p('Tutte le segnalazioni vengono esaminate.'),
      },
    ],
  },

  // 6 — law-firm (it)
  {
    host: 'studioferrarismonti.test', lang: 'it', label: 'unrelated', shape: 'law-firm', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Avvocato deepfake e revenge porn | Studio Legale Ferraris & Monti',
        head: jsonLd({ '@context': 'https://schema.org', '@type': 'LegalService', name: 'Studio Legale Ferraris & Monti', areaServed: 'IT' }),
        body:
          nav([['/', 'Deepfake e immagini intime'], ['/blog/dsa-notice-and-action-deepfake', 'Blog'], ['/onorari', 'Onorari'], ['/contatti?utm_source=menu', 'Prima consulenza']], 'Ferraris & Monti') +
          h1('Deepfake e immagini intime non consensuali') +
          p('Una tua foto è stata “spogliata” con un’app di nudify o inserita in un deepfake sessuale? Lo Studio assiste le vittime per ottenere la rimozione rapida dei contenuti, individuare i responsabili e ottenere il risarcimento del danno. Con discrezione e competenza tecnica.') +
          section(
            h2('Come ti assistiamo'),
            ul(
              'Richieste di rimozione a piattaforme, hosting, CDN e motori di ricerca (procedura DSA)',
              'Ricorsi d’urgenza contro chi diffonde e contro i gestori di siti di deepfake',
              'Istanze per l’identificazione di account anonimi',
              'Denuncia-querela e costituzione di parte civile (artt. 612-ter e 612-quater c.p.)',
              'Reclami al Garante per il trattamento illecito di dati personali',
            ),
          ) +
          section(
            h2('Perché funziona'),
            p('Molte app di svestizione sono gestite in forma anonima da fuori Europa. Ma si appoggiano a hosting, registrar, CDN e servizi di pagamento soggetti al diritto dell’Unione. Una segnalazione precisa e motivata ai sensi dell’art. 16 DSA è spesso più veloce di qualsiasi causa.'),
          ) +
          blockquote('«In una settimana tutte le copie che avevamo trovato erano sparite. Mi sono sentita finalmente presa sul serio.»', 'Una cliente, 2025') +
          p('La prima consulenza è gratuita e riservata. ' + a('/contatti?utm_source=home', 'Prenota una chiamata') + '.') +
          footer('Studio Legale Ferraris & Monti · Foro di Milano · P. IVA 00000000000 · © 2026', [
            ['/privacy', 'Privacy'],
            ['/note-legali', 'Note legali'],
            ['/onorari', 'Onorari'],
          ]),
      },
      {
        path: '/blog/dsa-notice-and-action-deepfake',
        title: 'Il meccanismo di notice and action del DSA contro i siti di deepfake | Ferraris & Monti',
        body:
          article(
            h1('Il “notice and action” del DSA contro i siti di nudify e deepfake'),
            p('Avv. Chiara Monti · 21 gennaio 2026 · 6 minuti'),
            p('L’art. 16 del Digital Services Act impone ai prestatori di servizi di hosting di predisporre meccanismi che consentano a chiunque di segnalare contenuti illegali. Una segnalazione sufficientemente precisa e motivata fa sorgere la “conoscenza effettiva”: se il prestatore non agisce tempestivamente, perde l’esenzione di responsabilità.'),
            h2('Cosa deve contenere la segnalazione'),
            ul('Gli URL esatti dei contenuti', 'Una spiegazione dei motivi per cui il contenuto è illegale (ad esempio gli artt. 612-ter o 612-quater c.p.)', 'Nome e indirizzo email di chi segnala', 'Una dichiarazione di buona fede'),
            h2('Il problema dei servizi “carica una foto”'),
            p('Nei servizi di nudify il risultato spesso non viene pubblicato: l’utente lo scarica. Oggetto della segnalazione può allora essere il servizio stesso: la pubblicità («rimuovi i vestiti da qualsiasi foto»), il modulo di caricamento e la pagina di acquisto dei crediti. Gli hosting provider sono sempre più disposti a considerare manifestamente illecito un sito il cui unico scopo è spogliare persone reali.'),
            p('<em>Questo articolo ha valore informativo e non costituisce parere legale.</em>'),
          ),
      },
      {
        path: '/onorari',
        title: 'Onorari | Studio Legale Ferraris & Monti',
        body:
          h1('Onorari chiari') +
          p('Crediamo che chi subisce un abuso debba sapere in anticipo quanto costerà l’assistenza legale.') +
          priceTable(['Attività', 'Compenso (IVA e CPA escluse)'], [['Prima consulenza (30 min)', 'Gratuita'], ['Pacchetto rimozione fino a 20 URL', '€ 800 forfettari'], ['Ricorso d’urgenza', 'da € 3.000'], ['Assistenza nel procedimento penale', 'preventivo su misura']]) +
          p('Verifichiamo se hai diritto al patrocinio a spese dello Stato: per le vittime di alcuni reati è previsto indipendentemente dal reddito.') +
          p('Ogni incarico parte da un preventivo scritto. Lavoriamo in rete con centri antiviolenza e sportelli di ascolto, ai quali riserviamo condizioni agevolate.'),
      },
      {
        path: '/contatti',
        title: 'Contatti | Studio Legale Ferraris & Monti',
        body:
          h1('Prenota la prima consulenza') +
          p('Raccontaci brevemente cosa è successo. Non inviare immagini: bastano una descrizione e i link. Un avvocato ti richiamerà entro un giorno lavorativo, all’orario che preferisci.') +
          '<form action="/contatti/invia" method="post"><label>Nome<input name="nome"></label><label>Telefono o email<input name="contatto"></label><label>Cosa è successo?<textarea name="messaggio"></textarea></label><button>Richiedi un contatto</button></form>' +
          p('Tutto ciò che ci dici è coperto dal segreto professionale. Non lasciamo messaggi in segreteria se non ce lo chiedi.') +
          p('Riceviamo su appuntamento nello studio di Milano oppure in videochiamata.'),
      },
    ],
  },

  // 7 — other: conference talk (it)
  {
    host: 'sicurezzadigitale-conf.test', lang: 'it', label: 'unrelated', shape: 'other', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'SicurezzaDigitale 2026 — la conferenza italiana su sicurezza, privacy e abuso online',
        jsOnly: true,
        head: jsonLd({
          '@context': 'https://schema.org',
          '@type': 'Event',
          name: 'SicurezzaDigitale 2026',
          startDate: '2026-05-14',
          endDate: '2026-05-15',
          location: { '@type': 'Place', name: 'Centro Congressi', address: 'Torino' },
        }),
        body:
          confNav +
          h1('SicurezzaDigitale 2026') +
          p('14–15 maggio 2026 · Torino, Centro Congressi · e in streaming') +
          p('Due giorni di talk, workshop e tavole rotonde su sicurezza informatica, privacy, moderazione dei contenuti e abuso online. Ricercatori, forze dell’ordine, piattaforme, avvocati e associazioni nella stessa sala.') +
          section(
            h2('Keynote di apertura'),
            h3(a('/talk/dentro-le-app-di-nudify', 'Dentro le app di nudify: come funziona (e come si ferma) il mercato dei nudi falsi')),
            p('Una ricercatrice di sicurezza racconta un anno di monitoraggio di oltre 200 servizi che promettono di “spogliare qualsiasi foto”: chi li gestisce, come incassano, e quali leve funzionano davvero per chiuderli.'),
          ) +
          section(
            h2('I temi di quest’anno'),
            ul('Abuso dell’IA generativa e deepfake', 'Ransomware nella sanità', 'Moderazione dei contenuti e DSA', 'Protezione dei minori online', 'OSINT e indagini digitali'),
          ) +
          section(h2('Biglietti'), p('Early bird fino al 31 marzo. Ingresso gratuito per studenti e operatori di centri antiviolenza. ' + a('/biglietti?utm_source=home', 'Acquista il biglietto') + '.')) +
          p('Codice di condotta: SicurezzaDigitale è un evento inclusivo. Non sono tollerate molestie di alcun tipo.') +
          footer('SicurezzaDigitale è organizzata da un’associazione senza scopo di lucro. © 2026', [
            ['/programma', 'Programma'],
            ['/codice-di-condotta', 'Codice di condotta'],
            ['/privacy', 'Privacy'],
          ]),
      },
      {
        path: '/talk/dentro-le-app-di-nudify',
        title: 'Dentro le app di nudify — Keynote | SicurezzaDigitale 2026',
        body:
          confNav +
          h1('Dentro le app di nudify: come funziona (e come si ferma) il mercato dei nudi falsi') +
          p('Keynote · Giovedì 14 maggio, 9:30–10:15 · Sala Grande · Lingua: italiano (traduzione simultanea in inglese)') +
          h2('Abstract') +
          p('Le app di “svestizione” promettono di “rimuovere i vestiti da qualsiasi foto” e si vendono come semplici editor fotografici. In un anno di monitoraggio abbiamo seguito oltre 200 servizi di nudify e deepfake, 60 bot di Telegram e decine di siti di recensioni con link affiliati. Il talk mostra — senza mostrare alcuna immagine generata — come funziona il percorso tipico: la pubblicità sui social, il caricamento della foto, i crediti a circa 10 euro, l’abbonamento VIP, il pagamento in criptovalute. Vedremo perché la rotazione dei domini rende inutili i blocchi isolati, e quali interventi su pagamenti, hosting e motori di ricerca hanno avuto effetti misurabili.') +
          h2('La relatrice') +
          p('Ricercatrice di sicurezza e threat intelligence, da cinque anni si occupa di abusi legati all’IA generativa. Collabora con associazioni di supporto alle vittime e con autorità di vigilanza europee.') +
          p(a('/talk/dentro-le-app-di-nudify/slide.pdf', 'Slide (PDF, disponibili dopo il talk)') + ' · ' + a('/talk/dentro-le-app-di-nudify/video', 'Registrazione video')) +
          p('Avviso sui contenuti: il talk affronta il tema dell’abuso sessuale basato sulle immagini, senza contenuti espliciti.'),
      },
      {
        path: '/programma',
        title: 'Programma | SicurezzaDigitale 2026',
        body:
          confNav +
          h1('Programma') +
          h3('Giovedì 14 maggio') +
          ul(
            '9:30 — ' + a('/talk/dentro-le-app-di-nudify', 'Keynote: Dentro le app di nudify'),
            '10:30 — Ransomware negli ospedali: lezioni da tre incidenti',
            '11:30 — Tavola rotonda: il DSA due anni dopo',
            '14:00 — Workshop: OSINT per giornalisti',
            '16:00 — Deepfake vocali e truffe telefoniche agli anziani',
          ) +
          h3('Venerdì 15 maggio') +
          ul('9:30 — Protezione dei minori online: cosa funziona davvero', '11:00 — Moderatori di contenuti: salute mentale e lavoro', '14:00 — Capture the flag (finale)', '17:00 — Chiusura') +
          p('Il programma può subire variazioni. Tutti i talk vengono registrati e pubblicati entro due settimane dall’evento.'),
      },
      {
        path: '/biglietti',
        title: 'Biglietti | SicurezzaDigitale 2026',
        body:
          confNav +
          h1('Biglietti') +
          priceTable(['Tipo', 'Prezzo', 'Include'], [['Early bird (fino al 31/3)', '€ 89', 'Due giorni, pranzi, registrazioni'], ['Standard', '€ 129', 'Due giorni, pranzi, registrazioni'], ['Streaming', '€ 25', 'Diretta e registrazioni'], ['Studenti e centri antiviolenza', 'Gratuito', 'Su richiesta, posti limitati']]) +
          button('Acquista') +
          p('Fattura disponibile per aziende ed enti pubblici. Il biglietto è nominativo ma può essere ceduto a un collega fino a sette giorni prima dell’evento. Per richiedere l’ingresso gratuito riservato a studenti e operatori dei centri antiviolenza scrivi alla segreteria organizzativa indicando l’ente di appartenenza. Accessibilità: la sede è priva di barriere architettoniche e tutti i talk in sala grande sono sottotitolati.'),
      },
    ],
  },

  // 8 — news (pt, Brazil)
  {
    host: 'pontodigital-noticias.test', lang: 'pt', label: 'unrelated', shape: 'news', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Ponto Digital — notícias de tecnologia, direitos e sociedade',
        body:
          pontoNav +
          cookieBanner('Usamos cookies para melhorar sua experiência e medir a audiência. Ao continuar navegando, você concorda com nossa política.', 'Aceitar', 'Configurar') +
          section(
            h2('Destaque'),
            h1(a('/tecnologia/2026/02/apps-tirar-roupa-ia-investigacao', 'Apps que “tiram a roupa” com IA: como funciona o mercado de nudes falsos que atinge estudantes no Brasil')),
            p('Por Beatriz Nogueira · 18 de fevereiro de 2026 · 10 min de leitura'),
            img(8, 'Ilustração: celular com botão de enviar foto'),
            p('“Envie uma foto e nossa IA remove as roupas.” Créditos a partir de R$ 29,90, planos VIP, pagamento por Pix via intermediários e bots no Telegram. O Ponto Digital passou três meses investigando serviços de nudify acessíveis no país.'),
          ) +
          section(
            h2('Mais lidas'),
            ul(
              a('/tecnologia/2026/02/escola-deepfake-policia', 'Polícia investiga montagens de alunas feitas com IA em escola particular'),
              'Governo lança consulta sobre regulação de plataformas digitais',
              'Golpe do falso atendente: bancos alertam para nova onda',
              'Startups de energia solar atraem investimento recorde',
            ),
          ) +
          section(h2('Newsletter Ponto Digital'), p('Toda sexta, o resumo da semana em tecnologia e direitos digitais.'), textForm('Seu e-mail', 'Quero receber', '/newsletter/cadastro')) +
          footer('© 2026 Ponto Digital. Jornalismo independente.', [
            ['/termos', 'Termos de uso'],
            ['/privacidade', 'Privacidade'],
            ['/expediente', 'Expediente'],
            ['/assine', 'Assine'],
          ]),
      },
      {
        path: '/tecnologia/2026/02/apps-tirar-roupa-ia-investigacao',
        title: 'Apps que “tiram a roupa” com IA: como funciona o mercado de nudes falsos | Ponto Digital',
        head: jsonLd({
          '@context': 'https://schema.org',
          '@type': 'NewsArticle',
          headline: 'Apps que “tiram a roupa” com IA: como funciona o mercado de nudes falsos',
          datePublished: '2026-02-18T07:00:00-03:00',
          author: { '@type': 'Person', name: 'Beatriz Nogueira' },
          inLanguage: 'pt-BR',
        }),
        body:
          pontoNav +
          article(
            h1('Apps que “tiram a roupa” com IA: como funciona o mercado de nudes falsos que atinge estudantes no Brasil'),
            p('Por Beatriz Nogueira · São Paulo · 18 de fevereiro de 2026, 07h00'),
            p('“Envie uma foto. Nossa IA tira a roupa em 10 segundos.” A frase aparece em destaque no DespeFoto (' + a('https://despefoto.test/?ref=pontodigital', 'despefoto.test') + '), um dos 14 serviços analisados pela reportagem. São três tentativas grátis; depois, 100 créditos custam R$ 29,90 e o plano “VIP”, R$ 79,90 por mês, com “modo HD”, “modo lingerie” e “vídeo deepfake”.'),
            p('Em nenhum teste a reportagem enviou fotos de pessoas reais: usamos um manequim de vitrine e rostos gerados por IA que não pertencem a ninguém.'),
            h2('Pix por intermediários, cripto e Telegram'),
            p('Vários sites aceitam Pix, mas por meio de intermediários que descrevem a compra como “créditos de arte digital”. Outros só aceitam criptomoedas. Quase todos divulgam um bot no Telegram, como o ' + a('https://t.me/DespeFotoBot', '@DespeFotoBot') + ', que vende pacotes diretamente no chat.'),
            blockquote('“A vítima costuma ser a última a saber. Quando chega até nós, a montagem já circulou pela escola inteira.”', 'Advogada de uma ONG de apoio a vítimas'),
            h2('O que diz a lei'),
            p('O Código Penal pune quem realiza montagem para incluir uma pessoa em cena de nudez ou ato sexual sem autorização (art. 216-B, parágrafo único). Quando a vítima é criança ou adolescente, o Estatuto da Criança e do Adolescente prevê penas mais graves, inclusive para montagens. As plataformas podem ser responsabilizadas se não removerem o conteúdo após notificação.'),
            p('O DespeFoto não respondeu aos pedidos de entrevista.'),
          ) +
          section(h2('Leia também'), ul(a('/tecnologia/2026/02/escola-deepfake-policia', 'Polícia investiga montagens de alunas feitas com IA'), 'Guia: como pedir a remoção de um nude falso')) +
          section(
            h2('Comentários (48)'),
            p('<strong>Carla M.</strong> — Como esses sites ainda aceitam Pix? Cadê a fiscalização?'),
            p('<strong>rodrigo.s</strong> — Minha filha de 15 anos me mostrou um anúncio desses no celular dela. Assustador.'),
          ),
      },
      {
        path: '/tecnologia/2026/02/escola-deepfake-policia',
        title: 'Polícia investiga montagens de alunas feitas com IA em escola particular | Ponto Digital',
        body:
          pontoNav +
          article(
            h1('Polícia investiga montagens de alunas feitas com IA em escola particular'),
            p('Da redação · 20 de fevereiro de 2026'),
            p('A Polícia Civil abriu inquérito para apurar a criação e o compartilhamento de montagens de nudez de pelo menos 12 alunas de uma escola particular. Segundo os pais, as imagens foram feitas com um aplicativo de “tirar a roupa” a partir de fotos publicadas nas redes sociais e circularam em grupos de mensagens.'),
            p('A escola afirmou em nota que colabora com as investigações e que ofereceu acompanhamento psicológico às estudantes.'),
          ),
      },
      {
        path: '/newsletter',
        title: 'Newsletter | Ponto Digital',
        body:
          pontoNav +
          h1('Newsletter Ponto Digital') +
          p('Toda sexta-feira de manhã: nossas investigações, as principais notícias de tecnologia e direitos digitais e uma seleção de leituras. É grátis e você pode cancelar quando quiser.') +
          textForm('E-mail', 'Cadastrar', '/newsletter/cadastro') +
          p('Usamos seu e-mail apenas para enviar a newsletter. Não vendemos nem compartilhamos seus dados. Cada edição traz um link para cancelar o recebimento com um clique, e você pode consultar nossa política de privacidade quando quiser.'),
      },
    ],
  },

  // 9 — ngo (pt, Portugal)
  {
    host: 'imagempropria.test', lang: 'pt', label: 'unrelated', shape: 'ngo', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Associação Imagem Própria — contra a violência sexual digital',
        head: jsonLd({ '@context': 'https://schema.org', '@type': 'NGO', name: 'Associação Imagem Própria', address: { '@type': 'PostalAddress', addressCountry: 'PT' } }),
        body:
          nav(
            [
              ['/perceber/apps-de-despir', 'O que são apps de despir?'],
              ['/campanha/nao-e-meu', 'Campanha'],
              ['/quem-somos', 'Quem somos'],
              ['/donativos?utm_source=menu', 'Donativos'],
            ],
            'Imagem Própria',
          ) +
          h1('A tua imagem é tua.') +
          p('Todos os dias, fotografias banais de pessoas reais são carregadas em sites de “nudify” que prometem “remover a roupa com IA”. As pessoas retratadas — colegas de turma, colegas de trabalho, ex-companheiras, streamers — nunca deram autorização. A Associação Imagem Própria combate esta forma de violência desde 2021.') +
          section(
            h2('O que fazemos'),
            ul(
              '<strong>Informar</strong> — guias simples sobre deepfakes e apps de despir, para jovens, famílias, escolas e profissionais.',
              '<strong>Apoiar</strong> — encaminhamos as vítimas para os canais de denúncia e para apoio jurídico e psicológico.',
              '<strong>Pressionar</strong> — exigimos que empresas de pagamento, lojas de aplicações e fornecedores de alojamento deixem de servir estes sites.',
            ),
          ) +
          section(
            h2('Em números'),
            p('No nosso inquérito de 2025 a 1.500 jovens dos 14 aos 25 anos, 19% já tinham visto publicidade a apps de despir e 6% conheciam alguém de quem circulou um nu falso.'),
          ) +
          section(h2('Campanha #NãoÉMeu'), p('Estes sites vivem de créditos e subscrições. Sem pagamentos, não há negócio. ' + a('/campanha/nao-e-meu', 'Conhece a campanha e assina a petição') + '.')) +
          faq('Perguntas frequentes', [
            ['Fazer um nu falso de alguém é crime?', 'A divulgação pode constituir crime, e quando envolve menores as penas são mais graves.'],
            ['Vocês removem as imagens?', 'Encaminhamos para quem o pode fazer e acompanhamos todo o processo.'],
          ]) +
          footer('Associação Imagem Própria — IPSS · NIPC 000000000 · © 2026', [
            ['/politica-de-privacidade', 'Política de privacidade'],
            ['/termos', 'Termos'],
            ['/donativos?utm_source=rodape', 'Donativos'],
          ]),
      },
      {
        path: '/perceber/apps-de-despir',
        title: 'O que são apps de despir? | Imagem Própria',
        body:
          h1('O que são apps de “despir”?') +
          p('As chamadas apps de despir ou de “nudify” são sites, aplicações e bots do Telegram que transformam a fotografia de uma pessoa vestida num nu falso. O programa não revela nada: inventa um corpo e cola-lhe o rosto. Mas o resultado pode parecer real e é usado para humilhar, ameaçar e chantagear.') +
          h2('Como se anunciam') +
          p('Com slogans como “Despe quem quiseres com um clique” ou “Vê através da roupa, 100% anónimo”. Costumam oferecer alguns créditos e depois cobrar cerca de 10 euros por um pacote, ou 20 a 40 euros por mês por uma subscrição “Pro”. Muitas só aceitam criptomoedas.') +
          h2('O percurso “carrega uma foto”') +
          p('O utilizador carrega uma imagem, escolhe um modo (“biquíni”, “lingerie”, “remover roupa”) e descarrega o resultado em segundos. Alguns serviços acrescentam troca de rostos em vídeos para adultos. Nenhum consegue verificar o consentimento da pessoa retratada.'),
      },
      {
        path: '/campanha/nao-e-meu',
        title: 'Campanha #NãoÉMeu | Imagem Própria',
        body:
          h1('#NãoÉMeu') +
          p('As apps de despir existem porque dão dinheiro. Por isso dirigimo-nos a quem torna esse negócio possível:') +
          ol(
            'Empresas de pagamento: recusem comerciantes que vendem créditos de “undress” com descrições enganosas.',
            'Alojamento e registo de domínios: retirem estes sites em 24 horas após uma notificação fundamentada.',
            'Redes de publicidade e lojas de aplicações: proíbam anúncios que prometem remover a roupa de uma foto.',
            'Governo e reguladores: apliquem o Regulamento dos Serviços Digitais com meios adequados.',
          ) +
          p('Já somos 7.920 signatários.') +
          textForm('O teu e-mail', 'Assinar', '/campanha/assinar'),
      },
      {
        path: '/donativos',
        title: 'Donativos | Imagem Própria',
        body:
          h1('Apoia o nosso trabalho') +
          p('Os donativos a IPSS podem ser deduzidos no IRS. Não aceitamos financiamento de empresas tecnológicas.') +
          priceTable(['Donativo', 'O que permite'], [['10 €', 'Uma sessão numa escola'], ['25 €', 'Acompanhar uma vítima durante um mês'], ['50 €', 'Imprimir guias para uma escola inteira']]) +
          button('Fazer um donativo') +
          p('Podes também tornar-te associado com uma quota mensal e cancelar quando quiseres. As nossas contas são publicadas todos os anos.') +
          p('Recebes o recibo por e-mail para efeitos fiscais.'),
      },
    ],
  },

  // 10 — encyclopedia (pt)
  {
    host: 'enciclopedia-aberta.test', lang: 'pt', label: 'unrelated', shape: 'encyclopedia', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Enciclopédia Aberta, a enciclopédia livre',
        body:
          eaNav +
          h1('Bem-vindo à Enciclopédia Aberta') +
          p('a enciclopédia livre que todos podem editar. 1.112.954 artigos em português.') +
          section(
            h2('Artigo em destaque'),
            p('O <b>Rio São Francisco</b> é um dos mais importantes cursos de água do Brasil. Nasce na Serra da Canastra, em Minas Gerais, e percorre cerca de 2.700 quilómetros até desaguar no Oceano Atlântico, entre Alagoas e Sergipe. Conhecido como “rio da integração nacional”, é fundamental para a irrigação e a produção de energia no Nordeste. (' + a('/wiki/Rio_Sao_Francisco', 'Ler mais') + ')'),
          ) +
          section(
            h2('Atualidades'),
            ul(
              'Polícia investiga montagens feitas com ' + a('/wiki/Aplicativo_de_nudez_falsa', 'aplicativos de nudez falsa') + ' em escola.',
              'Reguladores europeus intensificam ações contra ' + a('/wiki/Deepfake_pornografico', 'deepfakes pornográficos') + '.',
              'Sonda espacial conclui a sua última aproximação.',
            ),
          ) +
          section(
            h2('Sabia que…'),
            ul(
              '… o primeiro programa popular para “despir” fotos, lançado em 2019, foi retirado pelo criador em poucos dias, mas o seu código continuou a circular?',
              '… algumas calçadas portuguesas do século XIX ainda usam as pedras originais?',
            ),
          ) +
          footer('O texto está disponível sob a licença Creative Commons Atribuição-CompartilhaIgual.', [
            ['/wiki/Enciclopedia_Aberta:Privacidade', 'Política de privacidade'],
            ['/wiki/Enciclopedia_Aberta:Sobre', 'Sobre'],
            ['/wiki/Enciclopedia_Aberta:Avisos', 'Avisos gerais'],
          ]),
      },
      {
        path: '/wiki/Aplicativo_de_nudez_falsa',
        title: 'Aplicativo de nudez falsa – Enciclopédia Aberta',
        body:
          eaNav +
          h1('Aplicativo de nudez falsa') +
          p('Origem: Enciclopédia Aberta, a enciclopédia livre.') +
          '<table class="infobox"><tr><th colspan="2">Aplicativo de nudez falsa</th></tr><tr><td>Outros nomes</td><td>App de “tirar a roupa”, app de despir, nudify, undress AI</td></tr><tr><td>Tipo</td><td>Manipulação generativa de imagens</td></tr><tr><td>Surgimento</td><td>2019</td></tr><tr><td>Situação legal</td><td>Criminalizado ou restrito em vários países</td></tr></table>' +
          p('Um <b>aplicativo de nudez falsa</b> (também <b>app de tirar a roupa</b>, <b>app de despir</b> ou, do inglês, <i>nudify</i>) é um software que usa inteligência artificial generativa para alterar a fotografia de uma pessoa vestida de modo que ela pareça nua. A imagem resultante é sintética e não revela o corpo real da pessoa. Esses aplicativos são amplamente usados para criar imagens íntimas não consentidas.') +
          h2('Índice') +
          ol('História', 'Funcionamento e modelo de negócio', 'Aspectos legais', 'Ver também', 'Referências') +
          h2('Funcionamento e modelo de negócio') +
          p('O usuário envia uma foto e escolhe um modo (“biquíni”, “lingerie”, “nu”). A maioria dos serviços usa créditos, vendidos em pacotes de cerca de 10 dólares ou R$ 30, e assinaturas mensais. Muitos operam bots no Telegram e aceitam criptomoedas. Os anúncios usam frases como “tire a roupa de qualquer foto” e “veja através das roupas”.<sup>[1]</sup>') +
          h2('Aspectos legais') +
          p('No Brasil, o art. 216-B do Código Penal pune a montagem que inclua pessoa em cena de nudez sem autorização. Em Portugal e nos demais países da União Europeia aplica-se o Regulamento dos Serviços Digitais, e uma diretiva de 2024 obriga os Estados-membros a criminalizar a produção não consentida de tais imagens.<sup>[2]</sup>') +
          h2('Ver também') +
          ul(a('/wiki/Deepfake_pornografico', 'Deepfake pornográfico'), a('/wiki/Violencia_sexual_baseada_em_imagens', 'Violência sexual baseada em imagens'), 'Direito de imagem') +
          h2('Referências') +
          ol('Nogueira, B. “Apps que tiram a roupa com IA”. Ponto Digital, 18 fev. 2026.', 'Diretiva relativa ao combate à violência contra as mulheres (2024).'),
      },
      {
        path: '/wiki/Deepfake_pornografico',
        title: 'Deepfake pornográfico – Enciclopédia Aberta',
        body:
          eaNav +
          h1('Deepfake pornográfico') +
          p('Origem: Enciclopédia Aberta, a enciclopédia livre.') +
          p('<b>Deepfake pornográfico</b> é um conteúdo sexualmente explícito em que o rosto de uma pessoa real foi inserido por meio de aprendizado de máquina, geralmente sem o seu consentimento. As vítimas incluem celebridades, streamers e influenciadoras, mas cada vez mais pessoas comuns.') +
          p('Alguns serviços de troca de rostos anunciam abertamente “modelos 18+” ou um “modo NSFW”, enquanto os aplicativos convencionais proíbem esse uso nos seus termos.') +
          h2('Ver também') +
          ul(a('/wiki/Aplicativo_de_nudez_falsa', 'Aplicativo de nudez falsa'), a('/wiki/Violencia_sexual_baseada_em_imagens', 'Violência sexual baseada em imagens')),
      },
      {
        path: '/wiki/Violencia_sexual_baseada_em_imagens',
        title: 'Violência sexual baseada em imagens – Enciclopédia Aberta',
        body:
          eaNav +
          h1('Violência sexual baseada em imagens') +
          p('Origem: Enciclopédia Aberta, a enciclopédia livre.') +
          p('<b>Violência sexual baseada em imagens</b> é a criação, divulgação ou ameaça de divulgação de imagens íntimas de uma pessoa sem o seu consentimento. Muitos investigadores preferem o termo a “pornografia de vingança”, que sugere culpa da vítima e não abrange imagens fabricadas.') +
          p('Incluem-se a partilha de fotografias privadas, a gravação às escondidas, a sextorsão e as imagens sintéticas criadas com ' + a('/wiki/Aplicativo_de_nudez_falsa', 'aplicativos de nudez falsa') + ' ou ' + a('/wiki/Deepfake_pornografico', 'deepfakes') + '.'),
      },
    ],
  },

  // 11 — victim-help (pt, Brazil)
  {
    host: 'redeacolhedigital.test', lang: 'pt', label: 'unrelated', shape: 'victim-help', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Estão espalhando um nude falso seu? A gente ajuda | Rede Acolhe Digital',
        body:
          nav([['/passo-a-passo', 'O que fazer agora'], ['/remocao', 'Tirar do ar'], ['/conte-pra-gente', 'Conte o que aconteceu'], ['/fale-conosco', 'Fale com a gente']], 'Rede Acolhe Digital') +
          p(a('https://previsao-saida.test/', 'Sair rápido') + ' — sai deste site na hora') +
          h1('Estão espalhando um nude falso seu. E agora?') +
          p('Primeiro: a culpa não é sua. Alguém pegou uma foto comum sua e passou num app de “tirar a roupa” ou de nudify, ou fez um deepfake. A imagem é falsa, mas o dano é real, e tem muita coisa que dá para fazer. O atendimento é gratuito, sigiloso e pode ser anônimo.') +
          section(
            h2('Três coisas para fazer hoje'),
            ol(
              '<strong>Não responda.</strong> Não fale com quem está espalhando e nunca pague se alguém te ameaçar.',
              '<strong>Anote onde está.</strong> Links, nomes de perfis e grupos, datas. Um print da página (não da imagem num aparelho compartilhado) ajuda.',
              '<strong>Peça ajuda.</strong> Ligue, converse no chat ou ' + a('/conte-pra-gente', 'conte pra gente o que aconteceu') + '.',
            ),
          ) +
          section(
            h2('Como essas imagens são feitas?'),
            p('Existem sites e bots no Telegram que prometem “tirar a roupa de qualquer foto”. Cobram alguns reais em créditos e só precisam de uma foto do seu Instagram. Eles inventam tudo — mas isso não deixa de machucar. E criar ou divulgar essas montagens é crime.'),
          ) +
          faq('Dúvidas comuns', [
            ['Eu posso ser punida porque a foto é minha?', 'Não. Você é vítima. Quem comete crime é quem faz ou espalha a montagem.'],
            ['Tenho menos de 18 anos.', 'Conte para um adulto de confiança e fale com a gente. Existem caminhos mais rápidos para remover, e você não vai ter problema.'],
            ['Preciso mandar a imagem para vocês?', 'Não, nunca. A gente só precisa dos links e da sua descrição.'],
          ]) +
          footer('Rede Acolhe Digital — organização sem fins lucrativos. © 2026', [
            ['/privacidade', 'Privacidade'],
            ['/sobre', 'Sobre nós'],
            ['/fale-conosco', 'Contato'],
          ]),
      },
      {
        path: '/passo-a-passo',
        title: 'Passo a passo | Rede Acolhe Digital',
        body:
          h1('Passo a passo: o que fazer se espalharem um deepfake seu') +
          ol(
            '<strong>Respire.</strong> Você não precisa resolver tudo hoje.',
            '<strong>Guarde as provas.</strong> Copie os links de todos os lugares onde a imagem aparece, anote perfis e horários. Se souber qual app foi usado (por exemplo, um site que promete “despir com IA”), anote também. Uma ata notarial pode ajudar no processo.',
            '<strong>Denuncie na plataforma.</strong> Use o botão de denúncia e escolha “nudez sem consentimento”. Diga que é uma montagem.',
            '<strong>Peça a remoção nos buscadores.</strong> Os principais têm formulários para remover imagens explícitas falsas.',
            '<strong>Registre boletim de ocorrência.</strong> Dá para fazer mesmo sem saber quem foi. A gente ajuda a preparar.',
            '<strong>Cuide de você.</strong> Converse com alguém de confiança. Estamos aqui pelo tempo que precisar.',
          ),
      },
      {
        path: '/conte-pra-gente',
        title: 'Conte o que aconteceu | Rede Acolhe Digital',
        body:
          h1('Conte pra gente o que aconteceu') +
          p('Descreva sua situação com suas palavras. Por favor, não anexe nem cole imagens. Uma pessoa da nossa equipe vai entrar em contato em até dois dias úteis, do jeito que você escolher.') +
          '<form action="/conte-pra-gente/enviar" method="post"><label>O que aconteceu?<textarea name="relato"></textarea></label><label>Links onde a imagem aparece (um por linha)<textarea name="links"></textarea></label><label>Como podemos falar com você?<input name="contato"></label><button>Enviar com segurança</button></form>' +
          p('Tudo o que você contar é sigiloso. Só compartilhamos informações se você pedir ou se alguém estiver em perigo imediato.'),
      },
      {
        path: '/remocao',
        title: 'Tirar do ar | Rede Acolhe Digital',
        body:
          h1('Como tirar a imagem do ar') +
          p('Temos canais diretos com redes sociais, aplicativos de mensagem, empresas de hospedagem e buscadores. Com a sua autorização, enviamos as notificações em seu nome. A lei permite pedir a remoção de conteúdo íntimo sem ordem judicial, e a plataforma que não agir pode ser responsabilizada.') +
          p('Se a montagem aparece no próprio site do app de despir — alguns mantêm uma “galeria” pública —, notificamos a hospedagem e o registro do domínio. Muitos desses apps funcionam também como bot no Telegram, e também denunciamos esses bots.') +
          p('Nunca vamos pedir que você envie a imagem.'),
      },
      {
        path: '/fale-conosco',
        title: 'Fale com a gente | Rede Acolhe Digital',
        body:
          h1('Fale com a gente') +
          p('Telefone: 0800 000 0000 (gratuito). Chat: de segunda a sexta, das 9h às 21h. WhatsApp de acolhimento: somente texto. E-mail: acolhe@redeacolhedigital.test.') +
          p('Nossa equipe é formada para acolher pessoas atingidas por deepfakes, apps de nudez falsa e sextorsão. Você pode ficar no anonimato. Em caso de perigo imediato, ligue 190. Para violência contra a mulher, o Ligue 180 também atende.'),
      },
    ],
  },

  // 12 — news (pl)
  {
    host: 'gazetacyfrowa.test', lang: 'pl', label: 'unrelated', shape: 'news', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Gazeta Cyfrowa — technologia, prawo, społeczeństwo',
        body:
          nav(
            [
              ['/', 'Strona główna'],
              ['/technologia', 'Technologia'],
              ['/technologia/2026/02/aplikacje-do-rozbierania-zdjec-sledztwo', 'Śledztwo'],
              ['/newsletter?utm_source=menu', 'Newsletter'],
              ['/prenumerata', 'Prenumerata'],
            ],
            'Gazeta Cyfrowa',
          ) +
          cookieBanner('Używamy plików cookies, aby serwis działał poprawnie, oraz — za Twoją zgodą — do celów statystycznych i marketingowych.', 'Akceptuję', 'Ustawienia') +
          section(
            h2('Temat dnia'),
            h1(a('/technologia/2026/02/aplikacje-do-rozbierania-zdjec-sledztwo', 'Aplikacje do „rozbierania” zdjęć: jak działa biznes na fałszywych nagich zdjęciach')),
            p('Autor: Tomasz Wieczorek · 17 lutego 2026 · 11 min czytania'),
            img(9, 'Ilustracja: telefon z przyciskiem „Wgraj zdjęcie”'),
            p('„Wgraj zdjęcie, a nasza AI usunie ubrania.” Kredyty za 39 zł, pakiety VIP, płatności w kryptowalutach i boty na Telegramie. Sprawdziliśmy kilkanaście serwisów typu nudify dostępnych w Polsce.'),
          ) +
          section(
            h2('Najnowsze'),
            ul(
              a('/technologia/2026/02/deepfake-liceum-prokuratura', 'Fałszywe zdjęcia uczennic krążyły po szkole. Prokuratura wszczęła śledztwo'),
              'Sejm: pierwsze czytanie projektu ustawy o ochronie małoletnich w sieci',
              'Nowe zasady e-Doręczeń od lipca',
              'Ekstraklasa: zwycięstwo w końcówce meczu',
              'Pogoda: weekend z przymrozkami na wschodzie kraju',
            ),
          ) +
          section(h2('Opinie'), p('Komentarz: zamiast ścigać pojedynczych użytkowników aplikacji do rozbierania zdjęć, trzeba odciąć je od płatności i reklam. Banki i sklepy z aplikacjami nie mogą udawać, że problem ich nie dotyczy.')) +
          section(h2('Newsletter'), p('Co piątek najważniejsze informacje o technologii i prawie — prosto na Twoją skrzynkę.'), textForm('Twój e-mail', 'Zapisz mnie', '/newsletter/zapis')) +
          footer('© 2026 Gazeta Cyfrowa sp. z o.o.', [
            ['/regulamin', 'Regulamin'],
            ['/polityka-prywatnosci', 'Polityka prywatności'],
            ['/kontakt', 'Kontakt'],
            ['/prenumerata', 'Prenumerata'],
          ]),
      },
      {
        path: '/technologia/2026/02/aplikacje-do-rozbierania-zdjec-sledztwo',
        title: 'Aplikacje do „rozbierania” zdjęć: jak działa biznes na fałszywych nagich zdjęciach | Gazeta Cyfrowa',
        head: jsonLd({
          '@context': 'https://schema.org',
          '@type': 'NewsArticle',
          headline: 'Aplikacje do „rozbierania” zdjęć: jak działa biznes na fałszywych nagich zdjęciach',
          datePublished: '2026-02-17T06:00:00+01:00',
          author: { '@type': 'Person', name: 'Tomasz Wieczorek' },
          inLanguage: 'pl',
        }),
        body:
          article(
            h1('Aplikacje do „rozbierania” zdjęć: jak działa biznes na fałszywych nagich zdjęciach'),
            p('Tomasz Wieczorek · Warszawa · 17 lutego 2026, 06:00'),
            p('„Wgraj zdjęcie. Nasza AI usunie ubrania w 10 sekund.” Tak wita użytkowników serwis OdzieżOff (' + a('https://odziezoff.test/pl?ref=gazetacyfrowa', 'odziezoff.test') + '). Trzy próby za darmo, potem 100 kredytów za 39 zł, a plan „VIP” za 99 zł miesięcznie odblokowuje „tryb HD”, „tryb bielizny” i „wideo deepfake”.'),
            p('Przez trzy miesiące sprawdzaliśmy 14 takich serwisów. W żadnym teście nie użyliśmy zdjęć prawdziwych osób — tylko manekina sklepowego i twarzy wygenerowanych przez AI.'),
            h2('BLIK przez pośredników, krypto i Telegram'),
            p('Część serwisów przyjmuje BLIK, ale przez pośredników, którzy opisują zakup jako „kredyty na sztukę cyfrową”. Inne akceptują wyłącznie kryptowaluty. Niemal wszystkie reklamują bota na Telegramie, np. ' + a('https://t.me/OdziezOffBot', '@OdziezOffBot') + ', który sprzedaje pakiety bezpośrednio w czacie.'),
            blockquote('„Ofiary dowiadują się ostatnie. Kiedy trafiają do nas, zdjęcie obiegło już całą szkołę.”', 'Psycholożka z fundacji pomagającej ofiarom przemocy w sieci'),
            h2('Co mówi prawo'),
            p('Rozpowszechnianie wizerunku nagiej osoby bez jej zgody jest przestępstwem z art. 191a Kodeksu karnego. Prawnicy spierają się, czy przepis obejmuje obrazy w całości wygenerowane przez AI; projekt nowelizacji ma rozwiać te wątpliwości. Jeśli ofiarą jest osoba małoletnia, zastosowanie mają surowsze przepisy. Platformy muszą rozpatrywać zgłoszenia na podstawie unijnego aktu o usługach cyfrowych (DSA).'),
            p('OdzieżOff nie odpowiedział na nasze pytania.'),
          ) +
          section(h2('Czytaj także'), ul(a('/technologia/2026/02/deepfake-liceum-prokuratura', 'Fałszywe zdjęcia uczennic krążyły po szkole'), 'Poradnik: jak usunąć fałszywe intymne zdjęcie z sieci')) +
          section(
            h2('Komentarze (57)'),
            p('<strong>kasia_k</strong> — Jak to możliwe, że takie strony przyjmują płatności? Gdzie są banki?'),
            p('<strong>Marek1978</strong> — Syn (14 lat) znał nazwę tej aplikacji. Rozmawialiśmy o tym pół wieczoru. Dziękuję za artykuł.'),
          ),
      },
      {
        path: '/technologia/2026/02/deepfake-liceum-prokuratura',
        title: 'Fałszywe zdjęcia uczennic krążyły po szkole. Prokuratura wszczęła śledztwo | Gazeta Cyfrowa',
        body:
          article(
            h1('Fałszywe zdjęcia uczennic krążyły po szkole. Prokuratura wszczęła śledztwo'),
            p('Redakcja · 19 lutego 2026'),
            p('Prokuratura rejonowa wszczęła śledztwo w sprawie tworzenia i rozpowszechniania fałszywych nagich zdjęć co najmniej dziewięciu uczennic jednego z liceów. Według rodziców zdjęcia powstały w aplikacji do „rozbierania” na podstawie fotografii z mediów społecznościowych i trafiły na grupowy czat.'),
            p('Dyrekcja szkoły zapewnia uczennicom pomoc psychologiczną i zapowiada warsztaty o cyberprzemocy dla wszystkich klas.'),
          ),
      },
      {
        path: '/newsletter',
        title: 'Newsletter | Gazeta Cyfrowa',
        body:
          h1('Newsletter Gazety Cyfrowej') +
          p('W każdy piątek rano: nasze śledztwa, najważniejsze wiadomości ze świata technologii i prawa oraz kilka tekstów wartych przeczytania. Za darmo, możesz wypisać się w każdej chwili.') +
          textForm('Adres e-mail', 'Zapisz się', '/newsletter/zapis') +
          p('Twój adres wykorzystujemy wyłącznie do wysyłki newslettera. Nie sprzedajemy go i nie przekazujemy innym firmom.') +
          p('W każdym wydaniu znajdziesz link do rezygnacji. Szczegóły znajdziesz w naszej polityce prywatności. Możesz też zapisać się na alerty o nowych śledztwach redakcji.'),
      },
    ],
  },
];
