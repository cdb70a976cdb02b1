import {
  a,
  blockquote,
  button,
  cookieBanner,
  faq,
  footer,
  h1,
  h2,
  h3,
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

/** Partner link to a listed tool. */
const aff = (host: string, tag: string, text: string): string => a(`https://${host}/?${tag}`, text, 'rel="sponsored nofollow noopener" target="_blank"');
/** A Telegram handle. */
const t = (handle: string): string => a(`https://t.me/${handle}`, `@${handle}`, 'rel="nofollow"');
const estrellas = (n: number): string => '★'.repeat(Math.round(n)) + '☆'.repeat(5 - Math.round(n));

export const sites: CorpusSite[] = [
  // 1 — es alternatives
  {
    host: 'alternativas-ia.test', lang: 'es', label: 'directory', shape: 'alternatives', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Alternativas a Velvetcam: 5 apps de face swap parecidas (2026) | AlternativasIA',
        head: metaDescription('¿Velvetcam no funciona o es muy cara? Estas son 5 alternativas a Velvetcam para face swap con plantillas +18, comparadas por precio y calidad.'),
        body:
          nav([['/', 'Alternativas a Velvetcam'], ['/que-es-velvetcam', '¿Qué es Velvetcam?'], ['/comparar/faceheist-vs-swapluxe', 'Faceheist vs Swapluxe'], ['/contacto', 'Contacto']], 'AlternativasIA') +
          h1('Alternativas a Velvetcam: 5 herramientas parecidas') +
          p(`Velvetcam se hizo popular por su modo en vivo y sus plantillas para adultos, pero desde que subió el VIP semanal muchos usuarios buscan otra opción. Hemos probado cinco alternativas que hacen lo mismo: tomar la cara de una foto y ponerla en un vídeo o una imagen de su biblioteca. Resumen rápido: Faceheist es la más completa y Lookswap18 la más barata.`) +
          priceTable(['Herramienta', 'Gratis', 'Precio más bajo', 'Vídeo', 'En español'], [
            ['Faceheist', '3 créditos', '10,49 €/mes', '1080p', 'No'],
            ['Swapluxe', 'No', '12 € (pack)', '1080p', 'Sí'],
            ['Lookswap18', '5 al día', '3,79 €/semana', '720p', 'No'],
            ['Caramix', '2 vídeos', '8,90 €/mes', '1080p', 'Sí'],
            ['Deepcandor', 'No', '≈1 € por vídeo', '4K', 'No'],
          ]) +
          h2('1. Faceheist') +
          p(`La biblioteca más grande (más de 1.200 plantillas) y la opción de subir tu propio clip de hasta 60 segundos. Solo en inglés. ${aff('faceheist.test', 'ref=altia', 'Ver Faceheist')}`) +
          h2('2. Swapluxe') +
          p(`Para quien no quiere suscripciones: se compran packs de vídeos desde 12 €. La web está traducida al español. ${aff('swapluxe.test', 'ref=altia', 'Ver Swapluxe')}`) +
          h2('3. Lookswap18') +
          p(`La más barata si pagas por semana y con cinco intercambios gratis al día, aunque los vídeos se quedan en 720p. ${aff('lookswap18.test', 'ref=altia', 'Ver Lookswap18')}`) +
          h2('4. Caramix') +
          p(`Nueva, hecha en España, con interfaz en español y soporte por WhatsApp. Pocas plantillas todavía, pero crecen cada semana. ${aff('caramix.test', 'ref=altia', 'Ver Caramix')}`) +
          h2('5. Deepcandor') +
          p(`La de mejor calidad: exporta en 4K. Se paga por vídeo y sale cara si haces muchos. ${aff('deepcandor.test', 'ref=altia', 'Ver Deepcandor')}`) +
          p(`<small>AlternativasIA gana una comisión con algunos enlaces. No ofrecemos ninguno de estos servicios.</small>`) +
          footer('© 2026 AlternativasIA', [['/contacto', 'Contacto'], ['/que-es-velvetcam', '¿Qué es Velvetcam?'], ['/privacidad', 'Privacidad']]),
      },
      {
        path: '/que-es-velvetcam',
        title: '¿Qué es Velvetcam? Funciones y precios | AlternativasIA',
        body:
          nav([['/', 'Alternativas a Velvetcam'], ['/contacto', 'Contacto']], 'AlternativasIA') +
          h1('¿Qué es Velvetcam?') +
          p(`Velvetcam es una aplicación de face swap que cambia caras en directo (con la webcam) o en vídeos, con una sección de plantillas +18. Se paga con un VIP semanal de 4,99 € o una suscripción mensual de 14,99 €. Tiene versión web y un APK para Android.`, `Los usuarios se quejan sobre todo de dos cosas: la subida de precio de marzo y que el modo en vivo necesita un ordenador potente. Si aun así quieres probarla, este es su sitio: ${aff('velvetcam.test', 'ref=altia&src=ficha', 'velvetcam.test')}.`) +
          footer('© 2026 AlternativasIA'),
      },
      {
        path: '/comparar/faceheist-vs-swapluxe',
        title: 'Faceheist vs Swapluxe: ¿cuál es mejor? | AlternativasIA',
        body:
          nav([['/', 'Alternativas a Velvetcam']], 'AlternativasIA') +
          h1('Faceheist vs Swapluxe') +
          p(`Las dos alternativas más recomendadas a Velvetcam, frente a frente. Faceheist gana en biblioteca y en herramientas; Swapluxe gana en idioma y en que no obliga a suscribirse. En calidad de imagen están muy parejas: las dos exportan en 1080p y tardan unos dos minutos por clip de 15 segundos.`) +
          priceTable(['', 'Faceheist', 'Swapluxe'], [['Plantillas', '1.200+', '≈600'], ['Clip propio', 'Sí, 60 s', 'Sí, 30 s'], ['Pago', 'Suscripción', 'Packs'], ['Idioma', 'Inglés', 'Español']]) +
          p(`${aff('faceheist.test', 'ref=altia&cmp=1', 'Faceheist')} · ${aff('swapluxe.test', 'ref=altia&cmp=1', 'Swapluxe')}`) +
          footer('© 2026 AlternativasIA'),
      },
      {
        path: '/contacto',
        title: 'Contacto | AlternativasIA',
        body:
          nav([['/', 'Alternativas a Velvetcam']], 'AlternativasIA') +
          h1('Contacto') +
          p(`¿Conoces una alternativa que falta en la lista o has visto un precio que ha cambiado? Escríbenos. Probamos cada sugerencia antes de añadirla. Ten en cuenta que no somos el soporte de ninguna de estas apps: para cobros, cancelaciones o reembolsos tienes que hablar con la propia empresa o con tu banco. Respondemos en dos o tres días laborables.`) +
          textForm('Tu mensaje', 'Enviar', '/contacto/enviar') +
          footer('© 2026 AlternativasIA'),
      },
      {
        path: '/privacidad',
        title: 'Privacidad | AlternativasIA',
        body:
          nav([['/', 'Alternativas a Velvetcam']], 'AlternativasIA') +
          h1('Política de privacidad') +
          p(`AlternativasIA no tiene cuentas de usuario ni ningún formulario para subir imágenes. Solo guardamos estadísticas anónimas de visitas y, si nos escribes, tu mensaje durante un máximo de doce meses.`, `Los enlaces a las herramientas incluyen un código de afiliado. Al hacer clic, la web de destino puede instalar sus propias cookies y a partir de ese momento se aplica su política de privacidad, no la nuestra. Puedes pedirnos que borremos tus mensajes escribiendo a privacidad@alternativas-ia.test.`) +
          footer('© 2026 AlternativasIA'),
      },
    ],
  },

  // 2 — es telegram-list
  {
    host: 'botsdetelegram-ia.test', lang: 'es', label: 'directory', shape: 'telegram-list', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Bots de Telegram para desnudar fotos y hacer face swap (lista 2026) | BotsDeTelegram IA',
        body:
          nav([['/', 'Bots'], ['/canales', 'Canales'], ['/nuevos', 'Nuevos'], ['/preguntas', 'Preguntas']], 'BotsDeTelegram IA') +
          h1('Lista de bots de Telegram con IA que siguen funcionando') +
          p(`Telegram banea estos bots cada pocas semanas, así que revisamos todos los enlaces cada lunes y jueves. Casi todos funcionan igual: abres el bot, envías una foto y pagas con Telegram Stars o cripto para conseguir créditos. El número de miembros es el del canal oficial de cada bot.`) +
          h2('Bots para desnudar') +
          ul(
            `${t('desvestia_bot')} — en español, 2 pruebas gratis · 23,8k miembros `,
            `${t('stripfix_bot')} — rápido, paga con Stars · 52,4k miembros `,
            `${t('nuvella_de_bot')} — menú multilingüe · 11,2k miembros `,
            `${t('desnudix_ia_bot')} — nuevo, muy barato · 3,1k miembros `,
          ) +
          h2('Bots de face swap +18') +
          ul(
            `${t('caramix_swap_bot')} — hecho en España · 5,6k miembros `,
            `${t('swapluxe_bot')} — packs sin suscripción · 8,4k miembros `,
            `${t('lookswap18_bot')} — 2.000 plantillas · 44,7k miembros `,
          ) +
          p(`❌ Caídos esta semana: @quitaropa_bot (baneado) y @caracambio_bot (se mudó; el enlace nuevo está en Canales).`) +
          p(`BotsDeTelegram IA no tiene relación con estos bots ni recibe tus fotos. Somos solo una lista. Denuncia los bots abusivos directamente a Telegram.`) +
          faq('Dudas rápidas', [
            ['¿Son gratis?', 'Casi todos dan entre una y tres pruebas; después venden créditos o un pase semanal.'],
            ['El enlace no abre', 'El bot fue baneado. Mira en Canales: el creador suele publicar el nuevo enlace en pocas horas.'],
          ]) +
          footer('BotsDeTelegram IA © 2026 · sin relación con Telegram', [['/canales', 'Canales'], ['/preguntas', 'Preguntas'], ['/nuevos', 'Nuevos']]),
      },
      {
        path: '/canales',
        title: 'Canales de Telegram con enlaces nuevos | BotsDeTelegram IA',
        body:
          nav([['/', 'Bots'], ['/nuevos', 'Nuevos']], 'BotsDeTelegram IA') +
          h1('Canales para no perder los bots') +
          p(`Cuando un bot cae, su creador publica el nuevo enlace en su canal, normalmente en pocas horas. Seguir estos canales es la forma más sencilla de no perder los créditos que ya pagaste. Los números son de la última revisión.`) +
          ul(`${t('bots_ia_espanol')} — enlaces de respaldo de 18 bots · 14k miembros `, `${t('desvestia_oficial')} — canal oficial de Desvestia · 9,7k miembros `, `${t('undressbots_backup')} — en inglés · 63k miembros `) +
          footer('BotsDeTelegram IA © 2026'),
      },
      {
        path: '/nuevos',
        title: 'Bots añadidos recientemente | BotsDeTelegram IA',
        body:
          nav([['/', 'Bots'], ['/canales', 'Canales']], 'BotsDeTelegram IA') +
          h1('Añadidos recientemente') +
          ul(`10 de mayo — ${t('desnudix_ia_bot')} — desnudar, 1 prueba gratis `, `2 de mayo — ${t('caramix_swap_bot')} — face swap, 2 vídeos gratis `, `25 de abril — ${t('velvetcam_swap_bot')} — versión bot de Velvetcam `) +
          p(`Los bots nuevos se añaden después de comprobar que arrancan y que el menú funciona. No enviamos fotos para probarlos. ¿Quieres proponer uno? Escríbenos por el canal @bots_ia_espanol. No añadimos bots que piden pagar antes de cualquier prueba.`) +
          footer('BotsDeTelegram IA © 2026'),
      },
      {
        path: '/preguntas',
        title: 'Preguntas frecuentes | BotsDeTelegram IA',
        body:
          nav([['/', 'Bots']], 'BotsDeTelegram IA') +
          faq('Preguntas frecuentes', [
            ['¿BotsDeTelegram IA es un bot?', 'No. Es una página con enlaces. Cada enlace abre Telegram.'],
            ['¿Cómo contáis los miembros?', 'Usamos el número público del canal oficial del bot el día de la revisión.'],
            ['¿Os pagan los bots?', 'Algunos pagan por un puesto fijo arriba, marcado como "patrocinado". El resto va por número de miembros.'],
            ['¿Cómo borro una foto mía de un bot?', 'No gestionamos ningún bot. Contacta con su creador, denuncia el bot a Telegram y, si es tu caso, acude a la policía: difundir estas imágenes sin consentimiento es delito.'],
          ]) +
          footer('BotsDeTelegram IA © 2026'),
      },
    ],
  },

  // 3 — es ranking
  {
    host: 'ranking-ia-es.test', lang: 'es', label: 'directory', shape: 'ranking', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Ranking 2026 de IA para desnudar y deepfake: puntuaciones y estrellas | Ranking IA',
        head:
          metaDescription('Ranking mensual de herramientas de IA para desnudar y hacer deepfakes: puntuación sobre 10, estrellas, elección del editor.') +
          jsonLd({
            '@context': 'https://schema.org',
            '@type': 'ItemList',
            name: 'Ranking IA mayo 2026',
            itemListElement: ['Desvestia', 'Nuvella', 'Caramix', 'Exposa', 'Faceheist', 'Dreamstrip'].map((name, i) => ({ '@type': 'ListItem', position: i + 1, name, url: `https://${name.toLowerCase()}.test/` })),
          }),
        body:
          nav([['/', 'Ranking'], ['/metodologia', 'Metodología'], ['/eleccion-del-editor', 'Elección del editor'], ['/divulgacion', 'Divulgación']], 'Ranking IA') +
          cookieBanner('Usamos cookies de análisis y de afiliados.', 'Aceptar todas', 'Configurar') +
          h1('Ranking de IA para desnudar y deepfake — mayo 2026') +
          p(`Puntuamos cada herramienta sobre 10 según calidad, velocidad, precio y privacidad. Todas se volvieron a probar a principios de mayo con el mismo lote de fotos de stock con licencia.`) +
          priceTable(['#', 'Herramienta', 'Tipo', 'Estrellas', 'Nota', 'Desde', ''], [
            ['1', 'Desvestia 🏆 <b>Elección del editor</b>', 'Desnudar', estrellas(4.6), '9,1', '9,90 €/mes', aff('desvestia.test', 'ref=rankingia', 'Visitar')],
            ['2', 'Nuvella', 'Desnudar', estrellas(4.5), '8,9', '6,99 €', aff('nuvella.test', 'ref=rankingia', 'Visitar')],
            ['3', 'Caramix', 'Face swap +18', estrellas(4.2), '8,3', '8,90 €/mes', aff('caramix.test', 'ref=rankingia', 'Visitar')],
            ['4', 'Exposa', 'Desnudar', estrellas(4.0), '8,0', '4,99 €', aff('exposa.test', 'ref=rankingia', 'Visitar')],
            ['5', 'Faceheist', 'Deepfake vídeo', estrellas(3.9), '7,8', '10,49 €/mes', aff('faceheist.test', 'ref=rankingia', 'Visitar')],
            ['6', 'Dreamstrip', 'Desnudar', estrellas(3.5), '7,0', '9 USDT', aff('dreamstrip.test', 'ref=rankingia', 'Visitar')],
          ]) +
          h2('¿Por qué Desvestia es la elección del editor?') +
          p(`Es la única del ranking con interfaz, soporte y facturación en español, y sus resultados fueron los más regulares en nuestra prueba a ciegas. Le resta puntos que la cancelación solo se pueda hacer por correo.`) +
          h2('Subidas y bajadas') +
          p(`Caramix entra por primera vez directamente en el tercer puesto. Exposa baja dos posiciones porque ha reducido los créditos gratis de cinco a dos.`) +
          p(`<em>Divulgación de afiliados: cuando haces clic en "Visitar" y compras, la herramienta nos paga una comisión. Esto nos permite mantener el ranking gratis, pero no cambia ninguna nota.</em>`) +
          footer('© 2026 Ranking IA — no desarrollamos ni vendemos ninguna herramienta', [['/divulgacion', 'Divulgación'], ['/metodologia', 'Metodología'], ['/eleccion-del-editor', 'Elección del editor']]),
      },
      {
        path: '/metodologia',
        title: 'Metodología | Ranking IA',
        body:
          nav([['/', 'Ranking'], ['/eleccion-del-editor', 'Elección del editor']], 'Ranking IA') +
          h1('Cómo puntuamos') +
          p(`Dos redactores prueban cada herramienta con una cuenta pagada por nosotros y el mismo lote de treinta fotos de stock con licencia. La nota final pondera calidad (40 %), velocidad (20 %), relación calidad-precio (20 %) y privacidad (20 %).`, `En privacidad miramos cuánto tiempo se guardan las imágenes subidas, si el usuario puede borrarlas y si la empresa se puede identificar. Las herramientas con renovaciones escondidas pierden puntos aunque sus resultados sean buenos.`) +
          footer('© 2026 Ranking IA'),
      },
      {
        path: '/eleccion-del-editor',
        title: 'Elección del editor: Desvestia | Ranking IA',
        body:
          nav([['/', 'Ranking'], ['/metodologia', 'Metodología']], 'Ranking IA') +
          h1('Elección del editor: Desvestia') +
          p(`Desvestia consiguió la mejor nota global de mayo. Ofrece tres modos, un bot de Telegram con los mismos créditos y una galería que se puede vaciar con un clic. El plan Básico cuesta 9,90 € al mes y el Pro 19,90 €. Lo peor: para cancelar hay que escribir al soporte, y la renovación es automática.`) +
          p(aff('desvestia.test', 'ref=rankingia&utm_content=editor', 'Visitar Desvestia')) +
          footer('© 2026 Ranking IA'),
      },
      {
        path: '/divulgacion',
        title: 'Divulgación de afiliados | Ranking IA',
        body:
          nav([['/', 'Ranking']], 'Ranking IA') +
          h1('Cómo nos financiamos') +
          p(`Ranking IA vive de los programas de afiliados. Los botones "Visitar" llevan un código que identifica que vienes de nuestra web; si te suscribes, la empresa nos paga un porcentaje. No vendemos nada, no tenemos formulario para subir fotos y no vemos lo que haces en otras webs. Ninguna empresa puede pagar por subir en el ranking.`) +
          footer('© 2026 Ranking IA'),
      },
    ],
  },

  // 4 — es link-hub
  {
    host: 'enlaces-ia18.test', lang: 'es', label: 'directory', shape: 'link-hub', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Enlaces IA +18 — directorio de webs para desnudar con IA, deepfake y face swap',
        body:
          '<p><b>ENLACES IA +18</b> — solo enlaces · sin reseñas · actualizado cada semana</p>' +
          nav([['/desnudar', 'Desnudar'], ['/face-swap', 'Face swap'], ['/enviar', 'Enviar web']]) +
          p(`Directorio en español de webs de IA para adultos. Aquí no hay rankings ni opiniones: solo los enlaces que funcionan, ordenados por categoría. Si buscas precios y pruebas, mira la sección de comparativas al final.`) +
          h2('Desnudar con IA') +
          p([['desvestia', 'Desvestia'], ['nuvella', 'Nuvella'], ['exposa', 'Exposa'], ['desnudix', 'Desnudix'], ['dreamstrip', 'Dreamstrip'], ['stripfix', 'Stripfix'], ['cloakoff', 'Cloakoff'], ['sheerly', 'Sheerly']].map(([h = '', n = '']) => aff(`${h}.test`, 'src=enlacesia18', n)).join(' · ') + ' · ' + a('/desnudar', 'ver todas')) +
          h2('Face swap / deepfake') +
          p([['caramix', 'Caramix'], ['velvetcam', 'Velvetcam'], ['swapluxe', 'Swapluxe'], ['faceheist', 'Faceheist'], ['lookswap18', 'Lookswap18'], ['deepcandor', 'Deepcandor']].map(([h = '', n = '']) => aff(`${h}.test`, 'src=enlacesia18', n)).join(' · ') + ' · ' + a('/face-swap', 'ver todas')) +
          h2('Bots de Telegram') +
          p([t('desvestia_bot'), t('caramix_swap_bot'), t('stripfix_bot'), t('bots_ia_espanol')].join(' · ')) +
          h2('Comparativas') +
          p([a('https://ranking-ia-es.test/?src=enlacesia18', 'Ranking IA'), a('https://mejores-apps-ia.test/?src=enlacesia18', 'MejoresAppsIA'), a('https://alternativas-ia.test/?src=enlacesia18', 'AlternativasIA'), a('https://botsdetelegram-ia.test/?src=enlacesia18', 'BotsDeTelegram IA')].join(' · ')) +
          p(`No alojamos nada y no gestionamos ninguna de estas webs: todas son de terceros. Una web entra en la lista cuando carga y permite registrarse; sale cuando falla dos revisiones seguidas. Los enlaces con asterisco son patrocinados. ¿Enlace roto o falta una web? Usa la página "Enviar web". Solo para mayores de 18 años. Las altas nuevas aparecen primero en su categoría durante una semana y después pasan al orden alfabético normal.`) +
          footer('Enlaces IA +18 · 2026 · retirada de enlaces: página Enviar', [['/enviar', 'Enviar / denunciar'], ['/desnudar', 'Desnudar'], ['/face-swap', 'Face swap']]),
      },
      {
        path: '/desnudar',
        title: 'Desnudar con IA — Enlaces IA +18',
        body:
          '<p><b>ENLACES IA +18</b></p>' + nav([['/', 'Inicio'], ['/face-swap', 'Face swap']]) +
          h1('Desnudar con IA (11)') +
          ol(...[['desvestia', 'Desvestia', 'en español'], ['nuvella', 'Nuvella', 'créditos'], ['exposa', 'Exposa', 'rápida'], ['desnudix', 'Desnudix', 'nueva'], ['dreamstrip', 'Dreamstrip', 'cripto'], ['stripfix', 'Stripfix', 'APK'], ['cloakoff', 'Cloakoff', 'gratis'], ['sheerly', 'Sheerly', '3 gratis al día']].map(([h = '', n = '', d = '']) => `${aff(`${h}.test`, 'src=enlacesia18&cat=desnudar', n)} — ${d} `)) +
          p(`Otras tres webs de esta categoría están caídas ahora mismo y se muestran de nuevo cuando vuelvan. Las descripciones son cortas a propósito: esto no es una comparativa, solo una lista de lo que está en línea.`) +
          footer('Enlaces IA +18 · 2026'),
      },
      {
        path: '/face-swap',
        title: 'Face swap y deepfake — Enlaces IA +18',
        body:
          '<p><b>ENLACES IA +18</b></p>' + nav([['/', 'Inicio'], ['/desnudar', 'Desnudar']]) +
          h1('Face swap / deepfake (7)') +
          ol(...[['caramix', 'Caramix', 'España'], ['velvetcam', 'Velvetcam', 'en vivo'], ['swapluxe', 'Swapluxe', 'packs'], ['faceheist', 'Faceheist', 'plantillas'], ['lookswap18', 'Lookswap18', 'barata'], ['deepcandor', 'Deepcandor', '4K']].map(([h = '', n = '', d = '']) => `${aff(`${h}.test`, 'src=enlacesia18&cat=faceswap', n)} — ${d} `)) +
          p(`Una web más está caída. Las webs de vídeo cambian de dominio a menudo, así que un enlace puede redirigir a una dirección nueva. Cuidado con las copias que imitan una web conocida para quedarse con tu pago.`) +
          footer('Enlaces IA +18 · 2026'),
      },
      {
        path: '/enviar',
        title: 'Enviar o denunciar una web — Enlaces IA +18',
        body:
          '<p><b>ENLACES IA +18</b></p>' + nav([['/', 'Inicio']]) +
          h1('Enviar / denunciar') +
          p(`Escribe la dirección de la web y su categoría. Las altas gratuitas tardan alrededor de una semana; la vía rápida de pago, 24 horas. Para pedir que quitemos un enlace — por ejemplo, si una web de la lista usa tus fotos — indica la dirección y el motivo. Quitamos el enlace, pero no podemos borrar contenido alojado por otros.`) +
          textForm('Dirección + categoría o motivo', 'Enviar', '/enviar/ok') +
          footer('Enlaces IA +18 · 2026'),
      },
    ],
  },

  // 5 — pt listicle (Brazilian Portuguese)
  {
    host: 'melhores-apps-ia.test', lang: 'pt', label: 'directory', shape: 'listicle', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Os 7 melhores apps de IA para tirar a roupa de fotos em 2026 | MelhoresAppsIA',
        head: metaDescription('Testamos os apps de IA para tirar roupa de fotos mais falados de 2026. Preços em reais, teste grátis, prós e contras de cada ferramenta.'),
        body:
          nav([['/', 'Top 7'], ['/troca-de-rosto-18', 'Troca de rosto +18'], ['/como-testamos', 'Como testamos'], ['/aviso', 'Aviso legal']], 'MelhoresAppsIA') +
          cookieBanner('Usamos cookies de análise e de parceiros afiliados.', 'Aceitar', 'Recusar') +
          h1('Os 7 melhores apps de IA para "tirar a roupa" em 2026') +
          p(`Atualizado em maio de 2026. Testamos mais de quinze ferramentas e ficamos com as sete que realmente funcionam. Alguns links são de afiliado: se você assinar, ganhamos uma comissão, sem custo extra para você.`) +
          h2('1. Despix — a melhor no geral') +
          p(`O Despix roda no navegador e tem interface em português. O usuário envia uma foto, escolhe um modo (biquíni, lingerie ou completo) e recebe o resultado em uns 15 segundos. Aceita Pix por meio de um intermediário.`) +
          p(`✅ Rápido e em português · ✅ 3 créditos grátis · ❌ Marca d'água no plano grátis`) +
          p(`Preço: a partir de R$ 29,90 por 100 créditos · ${aff('despix.test', 'ref=melhoresappsia', 'Visitar site')}`) +
          h2('2. Nuvella') +
          p(`Sem assinatura, só pacotes de créditos. Resultados muito limpos, mas fila longa à noite.`) +
          p(`Preço: cerca de R$ 39 · ${aff('nuvella.test', 'ref=melhoresappsia', 'Visitar site')}`) +
          h2('3. Exposa') +
          p(`A mais rápida da lista: menos de dez segundos. Diz apagar os arquivos em 24 horas.`) +
          p(`Preço: a partir de R$ 27 · ${aff('exposa.test', 'ref=melhoresappsia', 'Visitar site')}`) +
          h2('4. Stripfix') +
          p(`Feita para celular: APK para Android, web app para iPhone e um bot no Telegram.`) +
          p(`Preço: VIP R$ 29,90/semana · ${aff('stripfix.test', 'ref=melhoresappsia', 'Visitar site')}`) +
          h2('5. Clothra') +
          p(`Nove estilos e exportação em HD, mas sem teste grátis.`) +
          p(`Preço: R$ 89,90/mês · ${aff('clothra.test', 'ref=melhoresappsia', 'Visitar site')}`) +
          h2('6. Dreamstrip') +
          p(`Só aceita cripto e não pede e-mail. Bom para quem quer ficar anônimo.`) +
          p(`Preço: a partir de 9 USDT · ${aff('dreamstrip.test', 'ref=melhoresappsia', 'Visitar site')}`) +
          h2('7. Cloakoff') +
          p(`Grátis e em baixa resolução. Serve para entender como funciona antes de pagar.`) +
          p(aff('cloakoff.test', 'ref=melhoresappsia', 'Visitar site')) +
          p(`Atenção: criar ou divulgar esse tipo de imagem de outra pessoa sem consentimento é crime no Brasil.`) +
          footer('© 2026 MelhoresAppsIA — comparativos independentes', [['/aviso', 'Aviso legal'], ['/como-testamos', 'Como testamos'], ['/troca-de-rosto-18', 'Troca de rosto +18']]),
      },
      {
        path: '/troca-de-rosto-18',
        title: 'Os melhores apps de troca de rosto +18 | MelhoresAppsIA',
        body:
          nav([['/', 'Top 7'], ['/como-testamos', 'Como testamos']], 'MelhoresAppsIA') +
          h1('Troca de rosto +18: top 4') +
          p(`Essas ferramentas colocam o rosto de uma foto em um vídeo ou imagem pronta, com bibliotecas de modelos adultos. Comparamos o número de modelos, a resolução de exportação e o preço por vídeo. Nenhuma tem teste grátis de verdade; no máximo alguns créditos.`) +
          ol(
            `Trocarosto — em português, R$ 24,90/semana · ${aff('trocarosto.test', 'ref=melhoresappsia', 'ver')} `,
            `Velvetcam — modo ao vivo e 4K · ${aff('velvetcam.test', 'ref=melhoresappsia', 'ver')} `,
            `Faceheist — mais de 1.200 modelos · ${aff('faceheist.test', 'ref=melhoresappsia', 'ver')} `,
            `Lookswap18 — a mais barata · ${aff('lookswap18.test', 'ref=melhoresappsia', 'ver')} `,
          ) +
          footer('© 2026 MelhoresAppsIA'),
      },
      {
        path: '/como-testamos',
        title: 'Como testamos | MelhoresAppsIA',
        body:
          nav([['/', 'Top 7']], 'MelhoresAppsIA') +
          h1('Como testamos') +
          p(`Cada ferramenta é testada por dois redatores durante pelo menos duas semanas, com conta paga por nós. Usamos fotos de banco de imagens licenciadas para comparar os resultados, medimos o tempo de geração e verificamos como cancelar a assinatura.`, `Nenhuma empresa pode pagar para subir na lista. As comissões de afiliado mantêm o site no ar, mas a ordem é decidida antes de olharmos quanto cada programa paga.`) +
          footer('© 2026 MelhoresAppsIA'),
      },
      {
        path: '/aviso',
        title: 'Aviso legal | MelhoresAppsIA',
        body:
          nav([['/', 'Top 7']], 'MelhoresAppsIA') +
          h1('Aviso legal') +
          p(`O MelhoresAppsIA é um site editorial de comparação. Não vendemos nenhum serviço, não hospedamos imagens e não temos relação com os desenvolvedores além dos programas de afiliados. Os links externos levam a sites de terceiros, pelos quais não respondemos. Site destinado a maiores de 18 anos. Contato: contato@melhores-apps-ia.test. Respondemos em até três dias úteis.`, `Os preços em reais são aproximados: vários serviços cobram em dólar ou euro, e o valor final depende do câmbio e do IOF do seu cartão.`) +
          footer('© 2026 MelhoresAppsIA'),
      },
    ],
  },

  // 6 — pt single-review
  {
    host: 'analise-sincera.test', lang: 'pt', label: 'directory', shape: 'single-review', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'O Despix é confiável? É golpe? Nossa análise sincera (2026)',
        head:
          metaDescription('Despix é confiável ou golpe? Testamos o Despix por três semanas: recursos, preços, segurança e veredito.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'Review', inLanguage: 'pt-BR', itemReviewed: { '@type': 'WebApplication', name: 'Despix', url: 'https://despix.test/' }, reviewRating: { '@type': 'Rating', ratingValue: '3.6', bestRating: '5' }, author: { '@type': 'Organization', name: 'Análise Sincera' } }) +
          jsonLd({ '@context': 'https://schema.org', '@type': 'AggregateRating', itemReviewed: { '@type': 'WebApplication', name: 'Despix' }, ratingValue: '3.4', ratingCount: '233' }),
        body:
          nav([['/', 'Análise'], ['/despix/precos', 'Preços'], ['/despix/reclamacoes', 'Reclamações'], ['/quem-somos', 'Quem somos']], 'Análise Sincera') +
          h1('O Despix é confiável? Nossa análise sincera') +
          p(`Nota: ${estrellas(3.6)} 3,6 / 5 · 233 avaliações de leitores · verificado em 5 de maio de 2026`) +
          p(`O Despix aparece em muitos anúncios e vídeos curtos, e a pergunta que mais recebemos é: "é golpe?". Criamos uma conta, pagamos um pacote com nosso próprio cartão e usamos o serviço por três semanas.`) +
          h2('O que é o Despix?') +
          p(`O Despix é um site de IA que gera uma versão "sem roupa" de uma foto enviada pelo usuário. Tem três modos (biquíni, lingerie e completo), uma galeria privada e um bot no Telegram que usa os mesmos créditos. Funciona com pacotes de créditos ou assinatura mensal.`) +
          h2('Recursos') +
          ul('Interface em português ', '3 créditos grátis no cadastro ', 'HD até 2048 px no plano Pro ', 'Bot no Telegram ', 'Pagamento com cartão, Pix via intermediário ou cripto ') +
          h2('É golpe?') +
          p(`Não: pagamos e os créditos caíram na hora. Mas a empresa não informa CNPJ nem endereço, os termos seguem a lei de outro país e não há reembolso depois de usar os créditos. Na fatura aparece o nome de outra empresa, o que confunde muita gente.`) +
          h2('É seguro?') +
          p(`Os pagamentos passam por um processador externo. A política de privacidade diz que as imagens ficam guardadas por 10 dias. Não envie nada pessoal e nunca use fotos de outra pessoa sem autorização: além de causar danos reais, é crime.`) +
          h2('Veredito') +
          p(`O Despix entrega o que promete, mas a falta de transparência pesa. 3,6 de 5.`) +
          p(aff('despix.test', 'ref=analisesincera&utm_medium=review', 'Ir para o Despix (link de afiliado)')) +
          footer('© 2026 Análise Sincera — não vendemos nada e não temos ligação com o Despix além do programa de afiliados.', [['/quem-somos', 'Quem somos'], ['/despix/precos', 'Preços']]),
      },
      {
        path: '/despix/precos',
        title: 'Preços do Despix 2026 | Análise Sincera',
        body:
          nav([['/', 'Análise'], ['/despix/reclamacoes', 'Reclamações']], 'Análise Sincera') +
          h1('Quanto custa o Despix?') +
          p(`Estes são os preços que vimos no site do Despix durante o nosso teste. A assinatura renova automaticamente; o cancelamento fica no menu "Conta", em "Faturamento". Os valores em reais podem variar, porque a cobrança é feita em dólar.`) +
          priceTable(['Plano', 'Preço', 'Inclui'], [['Grátis', 'R$ 0', '3 créditos, marca d\'água'], ['Pacote', 'R$ 29,90', '100 créditos'], ['Pro mensal', 'R$ 59,90', '400 créditos HD'], ['Pro anual', 'R$ 399', '400 créditos HD/mês']]) +
          p(aff('despix.test', 'ref=analisesincera&page=precos', 'Ver preços atuais no Despix')) +
          footer('© 2026 Análise Sincera'),
      },
      {
        path: '/despix/reclamacoes',
        title: 'Reclamações sobre o Despix | Análise Sincera',
        body:
          nav([['/', 'Análise'], ['/despix/precos', 'Preços']], 'Análise Sincera') +
          h1('O que os usuários dizem') +
          blockquote('"Funciona, mas o nome na fatura do cartão é outro e eu achei que era clonagem."', ' — 2/5') +
          blockquote('"Rápido e em português, o bot do Telegram ajuda quando o site cai."', ' — 4/5') +
          blockquote('"Paguei e não consegui cancelar pelo app, só pelo site."', ' — 2/5') +
          p(`As reclamações mais comuns são sobre o nome diferente na fatura e a renovação automática. Não encontramos relatos de vazamento de dados de cartão.`) +
          footer('© 2026 Análise Sincera'),
      },
      {
        path: '/quem-somos',
        title: 'Quem somos | Análise Sincera',
        body:
          nav([['/', 'Análise']], 'Análise Sincera') +
          h1('Quem somos') +
          p(`O Análise Sincera avalia sites e aplicativos sobre os quais os leitores perguntam. Pagamos cada serviço que testamos e não aceitamos contas de cortesia. Algumas análises têm links de afiliado, sempre sinalizados; eles não mudam a nota. Não somos donos nem revendedores de nenhum dos serviços avaliados. Achou um erro? Escreva para nós que corrigimos o quanto antes.`) +
          footer('© 2026 Análise Sincera'),
      },
    ],
  },

  // 7 — pt alternatives
  {
    host: 'alternativas-app.test', lang: 'pt', label: 'directory', shape: 'alternatives', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Alternativas ao Faceheist: 5 apps parecidos para troca de rosto +18 | AlternativasApp',
        head: metaDescription('Procurando sites como o Faceheist? 5 alternativas ao Faceheist para troca de rosto com modelos adultos, comparadas por preço e qualidade.'),
        body:
          nav([['/', 'Alternativas ao Faceheist'], ['/o-que-e-faceheist', 'O que é o Faceheist'], ['/todas', 'Todas as listas'], ['/privacidade', 'Privacidade']], 'AlternativasApp') +
          h1('Alternativas ao Faceheist: 5 ferramentas parecidas') +
          p(`O Faceheist é conhecido pela biblioteca enorme de modelos +18, mas é só em inglês e cobra em dólar. Se você procura algo parecido — colocar um rosto de uma foto em um vídeo pronto — estas são as cinco alternativas que testamos. Resumindo: Trocarosto é a melhor opção em português e Lookswap18 é a mais barata.`) +
          h2('1. Trocarosto') +
          p(`Interface e suporte em português, pagamento via Pix por intermediário e VIP semanal de R$ 24,90. A biblioteca é menor, cerca de 400 modelos, mas cresce toda semana. ${aff('trocarosto.test', 'ref=altapp', 'Conhecer o Trocarosto')}`) +
          h2('2. Velvetcam') +
          p(`Além de vídeos, tem um modo ao vivo com webcam e exportação em 4K. Mais cara, mas muito completa. ${aff('velvetcam.test', 'ref=altapp', 'Conhecer o Velvetcam')}`) +
          h2('3. Lookswap18') +
          p(`Mais de 2.000 modelos e cinco trocas grátis por dia. Os vídeos ficam em 720p. ${aff('lookswap18.test', 'ref=altapp', 'Conhecer o Lookswap18')}`) +
          h2('4. Swapluxe') +
          p(`Sem assinatura: você compra pacotes de vídeos a partir de 12 euros (cerca de R$ 70). ${aff('swapluxe.test', 'ref=altapp', 'Conhecer o Swapluxe')}`) +
          h2('5. Deepcandor') +
          p(`A melhor qualidade, em 4K, mas cobra por vídeo e sai caro para quem usa muito. ${aff('deepcandor.test', 'ref=altapp', 'Conhecer o Deepcandor')}`) +
          p(`E se eu quiser continuar no Faceheist? Ele continua aqui: ${aff('faceheist.test', 'ref=altapp', 'faceheist.test')}.`) +
          p(`<small>O AlternativasApp recebe comissão por alguns links. Não oferecemos nenhum desses serviços.</small>`) +
          footer('© 2026 AlternativasApp', [['/todas', 'Todas as listas'], ['/privacidade', 'Privacidade']]),
      },
      {
        path: '/o-que-e-faceheist',
        title: 'O que é o Faceheist? | AlternativasApp',
        body:
          nav([['/', 'Alternativas ao Faceheist'], ['/todas', 'Todas as listas']], 'AlternativasApp') +
          h1('O que é o Faceheist?') +
          p(`O Faceheist é um serviço de troca de rosto para adultos. O usuário envia a foto de um rosto e escolhe um dos mais de 1.200 modelos, ou envia um clipe próprio de até 60 segundos. A assinatura começa em 11 dólares por mês com 40 créditos.`, `Os pontos fracos mais citados são o idioma (só inglês), a cobrança em dólar com IOF e a política vaga sobre quanto tempo os rostos enviados ficam armazenados.`) +
          footer('© 2026 AlternativasApp'),
      },
      {
        path: '/todas',
        title: 'Todas as listas | AlternativasApp',
        body:
          nav([['/', 'Alternativas ao Faceheist']], 'AlternativasApp') +
          h1('Todas as listas de alternativas') +
          p(`Aqui estão todas as páginas de alternativas que publicamos até agora. Cada uma lista de cinco a sete ferramentas com preço, teste grátis e o que cada uma tem de diferente. Publicamos uma lista nova a cada duas semanas, mais ou menos.`) +
          ul(`${a('/', 'Alternativas ao Faceheist')} — 5 ferramentas `, 'Alternativas ao Despix — em breve ', 'Alternativas ao Clothra — em breve ', 'Bots do Telegram no lugar de apps — planejado ') +
          footer('© 2026 AlternativasApp'),
      },
      {
        path: '/privacidade',
        title: 'Privacidade | AlternativasApp',
        body:
          nav([['/', 'Alternativas ao Faceheist']], 'AlternativasApp') +
          h1('Política de privacidade') +
          p(`O AlternativasApp usa estatísticas anônimas de visita e links de afiliado. Os parceiros podem gravar cookies próprios quando você clica para ir ao site deles. Não coletamos nomes, fotos nem dados de pagamento, e não existe nenhum formulário de envio de imagens neste site. Dúvidas: privacidade@alternativas-app.test. Respondemos em até uma semana e apagamos qualquer mensagem sua a pedido.`) +
          footer('© 2026 AlternativasApp'),
      },
    ],
  },

  // 8 — pt coupon
  {
    host: 'cupom-ia.test', lang: 'pt', label: 'directory', shape: 'coupon', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Cupons de desconto para apps de IA — maio 2026 | CupomIA',
        head: metaDescription('Cupons de desconto e códigos promocionais para apps de IA de fotos, tirar roupa e troca de rosto. Copie o cupom e economize.'),
        body:
          nav([['/', 'Todos os cupons'], ['/loja/despix', 'Despix'], ['/loja/trocarosto', 'Trocarosto'], ['/como-usar', 'Como usar'], ['/termos', 'Termos']], 'CupomIA') +
          textForm('Buscar loja', 'Buscar') +
          h1('Cupons de IA que funcionam hoje') +
          p(`19 cupons ativos · última verificação há 40 minutos. Clique em "Copiar cupom", o site da loja abre em outra aba e você cola o código na hora de pagar. Cupons que falham três vezes são marcados como expirados, mas continuam visíveis por alguns dias porque às vezes ainda funcionam. Os valores em reais são aproximados quando a loja cobra em dólar.`) +
          priceTable(['Loja', 'Oferta', 'Cupom', 'Válido até', ''], [
            ['Despix', '30% off no 1º pacote', 'DESPIX30', '31/05/2026', button('Copiar cupom')],
            ['Trocarosto', '1 semana VIP grátis', 'TROCA7', '15/06/2026', button('Copiar cupom')],
            ['Exposa', '+20 créditos', 'EXPOBR20', '20/06/2026', button('Copiar cupom')],
            ['Stripfix', 'VIP mensal por R$ 49', 'FIXBR', '30/06/2026', button('Copiar cupom')],
            ['Velvetcam', '15% off no plano mensal', 'CAM15', 'expirado', button('Copiar cupom')],
          ]) +
          p(`Ir às lojas: ${aff('despix.test', 'aff=cupomia', 'Despix')} · ${aff('trocarosto.test', 'aff=cupomia', 'Trocarosto')} · ${aff('exposa.test', 'aff=cupomia', 'Exposa')} · ${aff('stripfix.test', 'aff=cupomia', 'Stripfix')}`) +
          faq('Perguntas frequentes', [
            ['Os cupons são grátis?', 'Sim. Algumas lojas nos pagam uma comissão quando você compra, sem mudar o seu preço.'],
            ['Meu cupom não funcionou', 'Muitos cupons são só para contas novas ou para pagamento com cartão. Tente outro da lista.'],
            ['Vocês vendem esses apps?', 'Não. Somos só um site de cupons. Para problemas de cobrança, fale com a loja.'],
          ]) +
          footer('© 2026 CupomIA · site para maiores de 18 anos', [['/termos', 'Termos'], ['/como-usar', 'Como usar']]),
      },
      {
        path: '/loja/despix',
        title: 'Cupom Despix: 30% de desconto e créditos grátis | CupomIA',
        body:
          nav([['/', 'Todos os cupons'], ['/loja/trocarosto', 'Trocarosto']], 'CupomIA') +
          h1('Cupons do Despix') +
          p(`O Despix é um app de IA para "tirar a roupa" de fotos, com interface em português e pacotes a partir de R$ 29,90. Os cupons abaixo foram confirmados pela comunidade nas últimas duas semanas. A maioria vale só para a primeira compra.`) +
          ul(`DESPIX30 — 30% off no primeiro pacote — até 31/05/2026 ${button('Copiar cupom')} `, `PIXBONUS — +15 créditos pagando com Pix — sem validade ${button('Copiar cupom')} `, `HDGRATIS — HD grátis por 24 horas — expirado ${button('Copiar cupom')} `) +
          p(aff('despix.test', 'aff=cupomia&utm_source=loja', 'Ir para o Despix')) +
          footer('© 2026 CupomIA'),
      },
      {
        path: '/loja/trocarosto',
        title: 'Cupom Trocarosto: VIP grátis | CupomIA',
        body:
          nav([['/', 'Todos os cupons'], ['/loja/despix', 'Despix']], 'CupomIA') +
          h1('Cupons do Trocarosto') +
          p(`O Trocarosto é um app brasileiro de troca de rosto com modelos +18, cobrado por VIP semanal (R$ 24,90) ou mensal (R$ 69,90). Os cupons precisam ser aplicados antes de escolher a forma de pagamento.`) +
          ul(`TROCA7 — 1 semana VIP grátis, só contas novas ${button('Copiar cupom')} `, `ROSTO20 — 20% off no mensal, até 30/06/2026 ${button('Copiar cupom')} `) +
          p(aff('trocarosto.test', 'aff=cupomia&utm_source=loja', 'Ir para o Trocarosto')) +
          footer('© 2026 CupomIA'),
      },
      {
        path: '/como-usar',
        title: 'Como usar um cupom | CupomIA',
        body:
          nav([['/', 'Todos os cupons']], 'CupomIA') +
          h1('Como usar um cupom') +
          ol('Clique em "Copiar cupom" ao lado da oferta. ', 'O site da loja abre em uma nova aba. ', 'Escolha o pacote ou a assinatura. ', 'Cole o código no campo "cupom" ou "código promocional". ', 'Confira se o desconto apareceu antes de pagar. ') +
          p(`Ofertas "sem cupom" são ativadas automaticamente pelo nosso link; para isso os cookies precisam estar liberados no seu navegador.`) +
          footer('© 2026 CupomIA'),
      },
      {
        path: '/termos',
        title: 'Termos de uso | CupomIA',
        body:
          nav([['/', 'Todos os cupons']], 'CupomIA') +
          h1('Termos de uso') +
          p(`O CupomIA reúne ofertas publicadas por sites de terceiros. Não vendemos nenhum produto e não respondemos pelo conteúdo, pela cobrança ou pela disponibilidade dos serviços citados. Os cupons são oferecidos sem garantia. O acesso é permitido apenas a maiores de 18 anos. Alguns links são de afiliado e geram comissão para nós. Reclamações sobre compras devem ser feitas à própria loja.`) +
          footer('© 2026 CupomIA'),
      },
    ],
  },

  // 9 — pt link-hub
  {
    host: 'links-ia-adulto.test', lang: 'pt', label: 'directory', shape: 'link-hub', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Links IA Adulto — todos os sites de IA para tirar roupa, deepfake e troca de rosto',
        body:
          '<p><b>LINKS IA ADULTO</b> · só links · +18 · atualizado toda semana</p>' +
          nav([['/categoria/tirar-roupa', 'Tirar roupa'], ['/categoria/troca-de-rosto', 'Troca de rosto'], ['/enviar', 'Enviar site']]) +
          p(`Diretório em português de sites e bots de IA para adultos, separados por categoria. Sem notas e sem análises: só o que está no ar. Para preços e testes, veja os comparativos no fim da página.`) +
          h2('Tirar roupa com IA') +
          p([['despix', 'Despix'], ['nuvella', 'Nuvella'], ['exposa', 'Exposa'], ['clothra', 'Clothra'], ['stripfix', 'Stripfix'], ['dreamstrip', 'Dreamstrip'], ['cloakoff', 'Cloakoff']].map(([h = '', n = '']) => aff(`${h}.test`, 'src=linksiaadulto', n)).join(' | ') + ' | ' + a('/categoria/tirar-roupa', 'todos')) +
          h2('Troca de rosto / deepfake') +
          p([['trocarosto', 'Trocarosto'], ['velvetcam', 'Velvetcam'], ['faceheist', 'Faceheist'], ['lookswap18', 'Lookswap18'], ['swapluxe', 'Swapluxe']].map(([h = '', n = '']) => aff(`${h}.test`, 'src=linksiaadulto', n)).join(' | ') + ' | ' + a('/categoria/troca-de-rosto', 'todos')) +
          h2('Telegram') +
          p([t('despix_br_bot'), t('trocarosto_bot'), t('stripfix_bot'), t('bots_ia_brasil')].join(' | ')) +
          h2('Comparativos e cupons') +
          p([a('https://melhores-apps-ia.test/?src=linksiaadulto', 'MelhoresAppsIA'), a('https://analise-sincera.test/?src=linksiaadulto', 'Análise Sincera'), a('https://cupom-ia.test/?src=linksiaadulto', 'CupomIA'), a('https://alternativas-app.test/?src=linksiaadulto', 'AlternativasApp')].join(' | ')) +
          p(`Não hospedamos nada e não somos donos de nenhum desses sites; todos são de terceiros. Um site entra quando abre e permite cadastro, e sai depois de falhar em duas verificações seguidas. Links com estrela são patrocinados. Link quebrado ou site faltando? Use a página "Enviar site". Somente para maiores de 18 anos. Sites novos ficam no topo da sua categoria por uma semana e depois entram na ordem alfabética.`) +
          footer('Links IA Adulto · 2026 · remoção de links: página Enviar', [['/enviar', 'Enviar / denunciar'], ['/categoria/tirar-roupa', 'Tirar roupa'], ['/categoria/troca-de-rosto', 'Troca de rosto']]),
      },
      {
        path: '/categoria/tirar-roupa',
        title: 'Tirar roupa com IA — Links IA Adulto',
        body:
          '<p><b>LINKS IA ADULTO</b></p>' + nav([['/', 'Início'], ['/categoria/troca-de-rosto', 'Troca de rosto']]) +
          h1('Tirar roupa com IA (10)') +
          ol(...[['despix', 'Despix', 'português, Pix'], ['nuvella', 'Nuvella', 'créditos'], ['exposa', 'Exposa', 'rápido'], ['clothra', 'Clothra', 'assinatura'], ['stripfix', 'Stripfix', 'APK + bot'], ['dreamstrip', 'Dreamstrip', 'cripto'], ['cloakoff', 'Cloakoff', 'grátis'], ['sheerly', 'Sheerly', '3 grátis/dia']].map(([h = '', n = '', d = '']) => `${aff(`${h}.test`, 'src=linksiaadulto&cat=roupa', n)} — ${d} `)) +
          p(`Outros dois sites desta categoria estão fora do ar no momento e voltam para a lista quando estiverem online. As descrições são curtas de propósito: isto não é um comparativo.`) +
          footer('Links IA Adulto · 2026'),
      },
      {
        path: '/categoria/troca-de-rosto',
        title: 'Troca de rosto e deepfake — Links IA Adulto',
        body:
          '<p><b>LINKS IA ADULTO</b></p>' + nav([['/', 'Início'], ['/categoria/tirar-roupa', 'Tirar roupa']]) +
          h1('Troca de rosto / deepfake (6)') +
          ol(...[['trocarosto', 'Trocarosto', 'Brasil'], ['velvetcam', 'Velvetcam', 'ao vivo'], ['faceheist', 'Faceheist', 'modelos'], ['lookswap18', 'Lookswap18', 'barato'], ['swapluxe', 'Swapluxe', 'pacotes'], ['deepcandor', 'Deepcandor', '4K']].map(([h = '', n = '', d = '']) => `${aff(`${h}.test`, 'src=linksiaadulto&cat=rosto', n)} — ${d} `)) +
          p(`Sites de vídeo mudam de domínio com frequência, então um link pode redirecionar para um endereço novo. Cuidado com cópias que imitam um site conhecido só para ficar com o seu pagamento: confira sempre o endereço antes de pagar.`) +
          footer('Links IA Adulto · 2026'),
      },
      {
        path: '/enviar',
        title: 'Enviar ou denunciar um site — Links IA Adulto',
        body:
          '<p><b>LINKS IA ADULTO</b></p>' + nav([['/', 'Início']]) +
          h1('Enviar / denunciar') +
          p(`Informe o endereço do site e a categoria. A inclusão grátis leva cerca de uma semana; a via rápida paga, 24 horas. Para pedir a remoção de um link — por exemplo, se um site da lista usa as suas fotos — informe o endereço e o motivo. Removemos o link, mas não conseguimos apagar conteúdo hospedado por outros.`) +
          textForm('Endereço + categoria ou motivo', 'Enviar', '/enviar/ok') +
          footer('Links IA Adulto · 2026'),
      },
    ],
  },

  // 10 — it listicle
  {
    host: 'migliori-app-ia.test', lang: 'it', label: 'directory', shape: 'listicle', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Le 7 migliori app IA per spogliare le foto nel 2026 | MiglioriAppIA',
        head: metaDescription('Abbiamo provato le app IA per spogliare foto più famose del 2026. Prezzi, prova gratuita, pro e contro di ogni strumento.'),
        body:
          nav([['/', 'Top 7'], ['/face-swap-vm18', 'Face swap VM18'], ['/come-testiamo', 'Come testiamo'], ['/note-legali', 'Note legali']], 'MiglioriAppIA') +
          cookieBanner('Usiamo cookie tecnici, di analisi e di affiliazione.', 'Accetta', 'Rifiuta') +
          h1('Le 7 migliori app IA per "spogliare" le foto nel 2026') +
          p(`Aggiornato a maggio 2026. Abbiamo provato quindici strumenti e tenuto i sette che funzionano davvero. Alcuni link sono di affiliazione: se ti abboni, riceviamo una commissione senza costi in più per te.`) +
          h2('1. Svestio — il migliore in assoluto') +
          p(`Svestio funziona nel browser ed è tradotto in italiano. L'utente carica una foto, sceglie una modalità (costume, lingerie o completa) e riceve il risultato in circa 15 secondi. C'è anche un bot Telegram con gli stessi crediti.`) +
          p(`👍 Veloce e in italiano · 👍 3 crediti gratis · 👎 Filigrana nella versione gratuita`) +
          p(`Prezzo: da 7,99 € per 80 crediti · ${aff('svestio.test', 'ref=miglioriappia', 'Visita il sito')}`) +
          h2('2. Nuvella') +
          p(`Niente abbonamento, solo pacchetti di crediti. Risultati molto puliti, coda lunga la sera.`) +
          p(`Prezzo: da 6,99 € · ${aff('nuvella.test', 'ref=miglioriappia', 'Visita il sito')}`) +
          h2('3. Sheerly') +
          p(`Tre immagini gratis al giorno con filigrana; il piano Pro toglie la filigrana e aggiunge l'HD.`) +
          p(`Prezzo: 11,99 €/mese · ${aff('sheerly.test', 'ref=miglioriappia', 'Visita il sito')}`) +
          h2('4. Exposa') +
          p(`La più veloce: meno di dieci secondi per immagine. Dichiara di cancellare i file dopo 24 ore.`) +
          p(`Prezzo: da 4,99 € · ${aff('exposa.test', 'ref=miglioriappia', 'Visita il sito')}`) +
          h2('5. Stripfix') +
          p(`Pensata per lo smartphone: APK per Android e web app per iPhone.`) +
          p(`Prezzo: VIP 5,49 €/settimana · ${aff('stripfix.test', 'ref=miglioriappia', 'Visita il sito')}`) +
          h2('6. Clothra') +
          p(`Nove stili ed export HD, ma nessuna prova gratuita.`) +
          p(`Prezzo: 15,99 €/mese · ${aff('clothra.test', 'ref=miglioriappia', 'Visita il sito')}`) +
          h2('7. Cloakoff') +
          p(`Gratuita e a bassa risoluzione: utile solo per capire come funziona.`) +
          p(aff('cloakoff.test', 'ref=miglioriappia', 'Visita il sito')) +
          p(`Attenzione: in Italia diffondere immagini di questo tipo di una persona senza il suo consenso è reato.`) +
          footer('© 2026 MiglioriAppIA — confronti indipendenti', [['/note-legali', 'Note legali'], ['/come-testiamo', 'Come testiamo'], ['/face-swap-vm18', 'Face swap VM18']]),
      },
      {
        path: '/face-swap-vm18',
        title: 'Le migliori app di face swap VM18 | MiglioriAppIA',
        body:
          nav([['/', 'Top 7'], ['/come-testiamo', 'Come testiamo']], 'MiglioriAppIA') +
          h1('Face swap VM18: la top 4') +
          p(`Questi strumenti inseriscono il volto di una foto in un video o in un'immagine già pronta, con librerie di modelli per adulti. Abbiamo confrontato il numero di modelli, la risoluzione di esportazione e il prezzo per video. Nessuno offre una vera prova gratuita, al massimo qualche credito.`) +
          ol(
            `Velvetcam — modalità live e 4K, VIP 4,99 €/settimana · ${aff('velvetcam.test', 'ref=miglioriappia', 'vedi')} `,
            `Scambiavolti — in italiano, 9,90 €/mese · ${aff('scambiavolti.test', 'ref=miglioriappia', 'vedi')} `,
            `Faceheist — oltre 1.200 modelli · ${aff('faceheist.test', 'ref=miglioriappia', 'vedi')} `,
            `Swapluxe — pacchetti senza abbonamento · ${aff('swapluxe.test', 'ref=miglioriappia', 'vedi')} `,
          ) +
          footer('© 2026 MiglioriAppIA'),
      },
      {
        path: '/come-testiamo',
        title: 'Come testiamo | MiglioriAppIA',
        body:
          nav([['/', 'Top 7']], 'MiglioriAppIA') +
          h1('Come testiamo') +
          p(`Ogni strumento viene provato da due redattori per almeno due settimane con un account pagato da noi. Usiamo foto stock con licenza per confrontare i risultati, misuriamo i tempi di generazione e verifichiamo quanto è facile disdire l'abbonamento.`, `Nessuna azienda può pagare per salire in classifica. Le commissioni di affiliazione tengono in piedi il sito, ma l'ordine viene deciso prima di guardare quanto paga ciascun programma.`) +
          footer('© 2026 MiglioriAppIA'),
      },
      {
        path: '/note-legali',
        title: 'Note legali | MiglioriAppIA',
        body:
          nav([['/', 'Top 7']], 'MiglioriAppIA') +
          h1('Note legali') +
          p(`MiglioriAppIA è un sito editoriale di confronto. Non vendiamo alcun servizio, non ospitiamo immagini e non abbiamo rapporti con gli sviluppatori oltre ai programmi di affiliazione. I link esterni portano a siti di terzi, dei cui contenuti non siamo responsabili. Sito riservato ai maggiorenni. Contatti: redazione@migliori-app-ia.test. Rispondiamo entro tre giorni lavorativi.`, `I prezzi indicati sono quelli visti sui siti dei servizi al momento della prova e possono cambiare senza preavviso.`) +
          footer('© 2026 MiglioriAppIA'),
      },
    ],
  },

  // 11 — it single-review, app shell
  {
    host: 'recensione-onesta.test', lang: 'it', label: 'directory', shape: 'single-review', author: AUTHOR,
    pages: [
      {
        path: '/',
        jsOnly: true,
        title: 'Svestio è sicuro? È affidabile o una truffa? La nostra recensione onesta (2026)',
        head:
          metaDescription('Recensione di Svestio: è sicuro, è affidabile, quanto costa? Funzioni, prezzi e verdetto dopo tre settimane di prova.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'Review', inLanguage: 'it', itemReviewed: { '@type': 'WebApplication', name: 'Svestio', url: 'https://svestio.test/' }, reviewRating: { '@type': 'Rating', ratingValue: '3.8', bestRating: '5' }, author: { '@type': 'Organization', name: 'Recensione Onesta' } }),
        body:
          nav([['/', 'Recensione'], ['/svestio/prezzi', 'Prezzi'], ['/svestio/opinioni', 'Opinioni'], ['/chi-siamo', 'Chi siamo']], 'Recensione Onesta') +
          h1('Svestio è sicuro? È affidabile? La nostra recensione') +
          p(`Voto: ${estrellas(3.8)} 3,8 / 5 · verificato il 7 maggio 2026`) +
          p(`Svestio si pubblicizza come "l'IA per spogliare le foto, in italiano" e ci arrivano molte domande: è una truffa? È sicuro pagare? Che fine fanno le foto? L'abbiamo usato per tre settimane con la nostra carta.`) +
          h2('Che cos\'è Svestio?') +
          p(`Svestio è un sito di IA che genera una versione "senza vestiti" di una foto caricata dall'utente. Ha tre modalità (costume, lingerie e completa), una galleria privata e un bot Telegram che usa gli stessi crediti. Si paga a pacchetti o con un abbonamento mensile.`) +
          h2('Funzioni principali') +
          ul('Interfaccia e assistenza in italiano ', '3 crediti gratuiti alla registrazione ', 'HD fino a 2048 px nel piano Pro ', 'Bot Telegram incluso ', 'Pagamento con carta tramite intermediario o cripto ') +
          h2('È affidabile o è una truffa?') +
          p(`Non è una truffa: abbiamo pagato e i crediti sono arrivati subito. L'azienda però non indica una sede né una partita IVA, le condizioni seguono la legge di un paese extra-UE e non ci sono rimborsi dopo l'uso dei crediti.`) +
          h2('È sicuro?') +
          p(`I pagamenti passano da un processore esterno. Secondo l'informativa privacy, le immagini restano sui server per 14 giorni. Non caricare nulla di personale e mai foto di altre persone senza il loro consenso: oltre al danno che può causare, è reato.`) +
          h2('Verdetto') +
          p(`Fa quello che promette ed è l'unico servizio del genere interamente in italiano, ma la trasparenza lascia a desiderare. 3,8 su 5.`) +
          p(aff('svestio.test', 'ref=recensioneonesta&utm_medium=recensione', 'Vai a Svestio (link di affiliazione)')) +
          footer('© 2026 Recensione Onesta — non vendiamo nulla e non siamo collegati a Svestio oltre al suo programma di affiliazione.', [['/chi-siamo', 'Chi siamo'], ['/svestio/prezzi', 'Prezzi']]),
      },
      {
        path: '/svestio/prezzi',
        title: 'Prezzi di Svestio 2026 | Recensione Onesta',
        body:
          nav([['/', 'Recensione'], ['/svestio/opinioni', 'Opinioni']], 'Recensione Onesta') +
          h1('Quanto costa Svestio?') +
          p(`Questi sono i prezzi che abbiamo visto sul sito di Svestio durante la prova. L'abbonamento si rinnova in automatico; la disdetta si trova nel menu "Account", alla voce "Abbonamento". I pacchetti di crediti non scadono.`) +
          priceTable(['Piano', 'Prezzo', 'Include'], [['Gratis', '0 €', '3 crediti, filigrana'], ['Pacchetto', '7,99 €', '80 crediti'], ['Pro mensile', '16,99 €', '350 crediti HD'], ['Pro annuale', '129 €', '350 crediti HD/mese']]) +
          p(aff('svestio.test', 'ref=recensioneonesta&page=prezzi', 'Vedi i prezzi attuali su Svestio')) +
          footer('© 2026 Recensione Onesta'),
      },
      {
        path: '/svestio/opinioni',
        title: 'Opinioni degli utenti su Svestio | Recensione Onesta',
        body:
          nav([['/', 'Recensione'], ['/svestio/prezzi', 'Prezzi']], 'Recensione Onesta') +
          h1('Cosa dicono gli utenti') +
          blockquote('"Funziona, ma la sera bisogna aspettare parecchio."', ' — 3/5') +
          blockquote('"Comodo che sia tutto in italiano, il bot Telegram è veloce."', ' — 4/5') +
          blockquote('"Mi hanno addebitato il rinnovo anche se pensavo di aver disdetto."', ' — 1/5') +
          p(`Le lamentele più frequenti riguardano il rinnovo automatico e i tempi di attesa nelle ore di punta. Non abbiamo trovato segnalazioni di furto dei dati della carta.`) +
          footer('© 2026 Recensione Onesta'),
      },
      {
        path: '/chi-siamo',
        title: 'Chi siamo | Recensione Onesta',
        body:
          nav([['/', 'Recensione']], 'Recensione Onesta') +
          h1('Chi siamo') +
          p(`Recensione Onesta valuta siti e app di cui ci chiedono i lettori. Paghiamo ogni servizio che proviamo e non accettiamo account omaggio. Alcune recensioni contengono link di affiliazione, sempre segnalati; non cambiano il voto. Non siamo proprietari né rivenditori di nessuno dei servizi recensiti. Hai trovato un errore? Scrivici e lo correggiamo il prima possibile.`) +
          footer('© 2026 Recensione Onesta'),
      },
    ],
  },

  // 12 — it coupon
  {
    host: 'codicesconto-ia.test', lang: 'it', label: 'directory', shape: 'coupon', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Codici sconto per app IA — maggio 2026 | CodiceSconto IA',
        head: metaDescription('Codici sconto e coupon verificati per app IA di foto, spogliare e face swap. Copia il codice e risparmia fino al 40%.'),
        body:
          nav([['/', 'Tutti i codici'], ['/negozio/svestio', 'Svestio'], ['/negozio/scambiavolti', 'Scambiavolti'], ['/guida', 'Guida'], ['/termini', 'Termini']], 'CodiceSconto IA') +
          textForm('Cerca un negozio', 'Cerca') +
          h1('Codici sconto IA validi oggi') +
          p(`21 codici attivi · ultimo controllo 2 ore fa. Clicca su "Copia codice", il sito del negozio si apre in una nuova scheda e incolli il codice al momento del pagamento. I codici che falliscono tre volte vengono segnati come scaduti.`) +
          section(h3('Svestio — 25% sul primo pacchetto'), p(`Codice <code>SVESTI25</code> ${button('Copia codice')} · scade il 31/05/2026 · usato 512 volte`), p(aff('svestio.test', 'aff=csia&code=SVESTI25', 'Vai al negozio'))) +
          section(h3('Scambiavolti — primo mese a 4,90 €'), p(`Codice <code>VOLTI490</code> ${button('Copia codice')} · scade il 15/06/2026 · solo nuovi account`), p(aff('scambiavolti.test', 'aff=csia', 'Vai al negozio'))) +
          section(h3('Sheerly — 20% sul piano annuale'), p(`Codice <code>SHEERIT</code> ${button('Copia codice')} · scade il 30/06/2026`), p(aff('sheerly.test', 'aff=csia', 'Vai al negozio'))) +
          section(h3('Velvetcam — 3 giorni VIP gratis'), p(`Nessun codice: l'offerta si attiva dal link · termina domenica`), p(aff('velvetcam.test', 'aff=csia&deal=vip3', 'Attiva offerta'))) +
          section(h3('Exposa — +20 crediti'), p(`Codice <code>EXPO20</code> ${button('Copia codice')} · scaduto il 01/05/2026 — potrebbe funzionare ancora`)) +
          faq('Domande frequenti', [
            ['I codici sono gratis?', 'Sì. Alcuni negozi ci pagano una commissione quando compri, senza cambiare il tuo prezzo.'],
            ['Il codice non funziona', 'Molti codici valgono solo per i nuovi account o per un metodo di pagamento. Prova un altro codice.'],
          ]) +
          footer('© 2026 CodiceSconto IA · sito per maggiorenni', [['/termini', 'Termini'], ['/guida', 'Guida']]),
      },
      {
        path: '/negozio/svestio',
        title: 'Codice sconto Svestio: 25% e crediti gratis | CodiceSconto IA',
        body:
          nav([['/', 'Tutti i codici'], ['/negozio/scambiavolti', 'Scambiavolti']], 'CodiceSconto IA') +
          h1('Codici sconto Svestio') +
          p(`Svestio è un'app IA per "spogliare" le foto, in italiano, con pacchetti da 7,99 € e un bot Telegram. I codici qui sotto sono stati confermati dagli utenti nelle ultime due settimane. Quasi tutti valgono solo sul primo acquisto.`) +
          ul(`SVESTI25 — 25% sul primo pacchetto — fino al 31/05/2026 ${button('Copia codice')} `, `BOTBONUS — +10 crediti usando il bot Telegram ${button('Copia codice')} `, `HDFREE — HD gratis per 24 ore — scaduto ${button('Copia codice')} `) +
          p(aff('svestio.test', 'aff=csia&utm_source=negozio', 'Vai a Svestio')) +
          footer('© 2026 CodiceSconto IA'),
      },
      {
        path: '/negozio/scambiavolti',
        title: 'Codice sconto Scambiavolti | CodiceSconto IA',
        body:
          nav([['/', 'Tutti i codici'], ['/negozio/svestio', 'Svestio']], 'CodiceSconto IA') +
          h1('Codici sconto Scambiavolti') +
          p(`Scambiavolti è un servizio italiano di face swap con una sezione di modelli VM18, in abbonamento mensile da 9,90 €. I codici vanno inseriti prima di scegliere il metodo di pagamento, altrimenti non vengono applicati.`) +
          ul(`VOLTI490 — primo mese a 4,90 € — fino al 15/06/2026 ${button('Copia codice')} `, `4KPROVA — export 4K gratis per 3 giorni ${button('Copia codice')} `) +
          p(aff('scambiavolti.test', 'aff=csia&utm_source=negozio', 'Vai a Scambiavolti')) +
          footer('© 2026 CodiceSconto IA'),
      },
      {
        path: '/guida',
        title: 'Come usare un codice sconto | CodiceSconto IA',
        body:
          nav([['/', 'Tutti i codici']], 'CodiceSconto IA') +
          h1('Come usare un codice sconto') +
          ol('Clicca su "Copia codice" accanto all\'offerta. ', 'Il sito del negozio si apre in una nuova scheda. ', 'Scegli il pacchetto o l\'abbonamento. ', 'Incolla il codice nel campo "codice sconto" o "coupon". ', 'Controlla che lo sconto compaia prima di pagare. ') +
          p(`Le offerte "senza codice" si attivano automaticamente dal nostro link: per questo i cookie devono essere consentiti nel browser.`) +
          footer('© 2026 CodiceSconto IA'),
      },
      {
        path: '/termini',
        title: 'Termini di utilizzo | CodiceSconto IA',
        body:
          nav([['/', 'Tutti i codici']], 'CodiceSconto IA') +
          h1('Termini di utilizzo') +
          p(`CodiceSconto IA raccoglie offerte pubblicate da siti di terzi. Non vendiamo alcun prodotto e non siamo responsabili dei contenuti, della fatturazione o della disponibilità dei servizi indicati. I codici sono forniti senza garanzia. L'accesso è riservato ai maggiorenni. Alcuni link sono di affiliazione e ci fanno guadagnare una commissione. Per reclami su un acquisto rivolgiti al negozio.`) +
          footer('© 2026 CodiceSconto IA'),
      },
    ],
  },

  // 13 — it telegram-list
  {
    host: 'bot-telegram-italia.test', lang: 'it', label: 'directory', shape: 'telegram-list', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Bot Telegram IA: lista 2026 dei bot per spogliare foto e face swap | BotTelegramItalia',
        body:
          nav([['/', 'Bot'], ['/canali', 'Canali'], ['/segnala', 'Segnala un bot'], ['/faq', 'FAQ']], 'BotTelegramItalia') +
          h1('I bot Telegram IA che funzionano ancora') +
          p(`Telegram banna questi bot di continuo, quindi controlliamo ogni link due volte a settimana. Funzionano quasi tutti allo stesso modo: avvii il bot, invii una foto e paghi in Telegram Stars o in cripto per avere crediti. Il numero di iscritti è quello del canale ufficiale di ogni bot.`) +
          priceTable(['Bot', 'Tipo', 'Lingua', 'Prove gratis', 'Iscritti'], [
            [t('svestio_bot'), 'Spogliare', 'IT', '2', '16,4k'],
            [t('stripfix_bot'), 'Spogliare', 'EN/ES', '3', '52,4k'],
            [t('nuvella_de_bot'), 'Spogliare', 'multilingue', '1', '11,2k'],
            [t('scambiavolti_bot'), 'Face swap VM18', 'IT', '1 video', '6,9k'],
            [t('velvetcam_swap_bot'), 'Face swap', 'EN', '0', '15,3k'],
            [t('lookswap18_bot'), 'Face swap', 'EN/RU', '5', '44,7k'],
          ]) +
          p(`❌ Caduti questa settimana: @spogliafoto_bot (bannato), @volticambio_bot (spostato: nuovo link nella pagina Canali).`) +
          p(`BotTelegramItalia non ha alcun legame con questi bot e non riceve mai le tue foto. Siamo solo un elenco. Segnala i bot abusivi direttamente a Telegram.`) +
          faq('Domande veloci', [
            ['Sono gratis?', 'Quasi tutti offrono da una a tre prove, poi vendono crediti o un pass settimanale.'],
            ['Il link non si apre', 'Il bot è stato bannato. Guarda nella pagina Canali: il creatore di solito pubblica il nuovo link entro poche ore.'],
          ]) +
          footer('BotTelegramItalia © 2026 · non affiliato a Telegram', [['/canali', 'Canali'], ['/faq', 'FAQ'], ['/segnala', 'Segnala un bot']]),
      },
      {
        path: '/canali',
        title: 'Canali Telegram con i link aggiornati | BotTelegramItalia',
        body:
          nav([['/', 'Bot'], ['/segnala', 'Segnala un bot']], 'BotTelegramItalia') +
          h1('Canali per non perdere i bot') +
          p(`Quando un bot viene bannato, il creatore pubblica il nuovo link nel suo canale, di solito in poche ore. Seguire questi canali è il modo più semplice per non perdere i crediti già pagati. I numeri sono quelli dell'ultimo controllo.`) +
          ul(`${t('bot_ia_italiani')} — link di riserva per 12 bot · 8,2k iscritti `, `${t('svestio_ufficiale')} — canale ufficiale di Svestio · 7,1k iscritti `, `${t('undressbots_backup')} — in inglese · 63k iscritti `) +
          footer('BotTelegramItalia © 2026'),
      },
      {
        path: '/segnala',
        title: 'Segnala un bot | BotTelegramItalia',
        body:
          nav([['/', 'Bot']], 'BotTelegramItalia') +
          h1('Segnala un bot o un canale') +
          p(`Conosci un bot che manca? Mandaci il suo nome utente. Proviamo ogni segnalazione prima di aggiungerla e non inseriamo bot che chiedono di pagare prima di qualsiasi prova. L'inserimento è gratuito; un posto fisso in cima costa 40 € a settimana ed è segnato come "sponsorizzato". Rispondiamo entro pochi giorni, di solito via Telegram.`, `Se sei il creatore del bot, indica anche il canale ufficiale: lo aggiungiamo nella pagina Canali.`) +
          textForm('Nome del bot (@…)', 'Invia', '/segnala/invia') +
          footer('BotTelegramItalia © 2026'),
      },
      {
        path: '/faq',
        title: 'FAQ | BotTelegramItalia',
        body:
          nav([['/', 'Bot']], 'BotTelegramItalia') +
          faq('Domande frequenti', [
            ['BotTelegramItalia è un bot?', 'No, è solo un elenco. Ogni link apre Telegram.'],
            ['Come contate gli iscritti?', 'Usiamo il numero pubblico del canale ufficiale del bot il giorno del controllo.'],
            ['I bot vi pagano?', 'Alcuni pagano per un posto fisso in cima, segnato come "sponsorizzato". Gli altri sono ordinati per iscritti.'],
            ['Come faccio a far rimuovere una mia foto da un bot?', 'Non gestiamo nessun bot. Contatta il creatore, segnala il bot a Telegram e, se serve, rivolgiti alla Polizia Postale.'],
          ]) +
          footer('BotTelegramItalia © 2026'),
      },
    ],
  },
];
