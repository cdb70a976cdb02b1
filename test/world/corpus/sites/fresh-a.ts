import type { CorpusSite } from '../site-kit.js';
import {
  a, ageGate, article, blockquote, button, cookieBanner, cryptoCheckout, faq, footer, h1, h2, h3, img, jsonLd, mediaGrid,
  metaDescription, nav, ol, oneTap, orderForm, p, priceTable, section, storeBadges, stripe, textForm, ul, upload,
} from '../site-kit.js';

/** Fresh sites by writer fresh-a, written after the classifier was built, without reading it or the corpus. */
export const sites: CorpusSite[] = [
  // ───────────────────────────── nudify ─────────────────────────────
  {
    host: 'ropacero-ia.test', lang: 'es', label: 'nudify', shape: 'saas', author: 'fresh-a', pages: [
      {
        path: '/', title: 'RopaCero IA — Quita la ropa de cualquier foto en segundos',
        head: metaDescription('RopaCero es la app de IA que quita la ropa de tus fotos en segundos. Sube una imagen, elige el modo y descarga el resultado. Solo +18.') + oneTap('5512-ropacero.apps.googleusercontent.com'),
        body: nav([['/', 'Inicio'], ['/como-funciona', 'Cómo funciona'], ['/precios', 'Precios'], ['/faq', 'Preguntas'], ['/login', 'Entrar']], 'RopaCero') +
          h1('Quita la ropa de cualquier foto con IA, sin Photoshop y sin esperar') +
          p('RopaCero es el generador de desnudos con inteligencia artificial más rápido de México. Sube una foto de cuerpo completo, escoge el modo y en menos de 15 segundos tienes la versión sin ropa lista para descargar. Sin apps raras, sin instalar nada: todo funciona desde el navegador de tu cel o compu.') +
          upload('Sube tu foto (JPG, PNG o WEBP, máx. 10 MB)', '/generar', 'Desvestir ahora') +
          p('Tus primeras 3 imágenes van por nuestra cuenta. Después puedes comprar créditos con tarjeta, OXXO Pay o Mercado Pago.') +
          section(h2('¿Por qué RopaCero?'), ul(
            'Modelo propio entrenado con millones de imágenes: resultados realistas, no caricaturas.',
            'Tres modos: Clásico, Lencería y Full (quitar ropa completa).',
            'Procesamiento privado: borramos tus fotos del servidor después de 24 horas.',
            'Sin marca de agua en los planes de pago.',
            'Soporte en español por WhatsApp y correo.',
          )) +
          section(h2('Así de fácil'), ol('Sube la foto de la persona.', 'Marca la zona de la ropa o deja que la IA la detecte sola.', 'Dale a “Desvestir” y descarga en HD.')) +
          blockquote('Probé como cinco páginas y esta es la única que no deja manchas raras. Vale cada peso.', 'Luis R., Guadalajara') +
          blockquote('Lo uso desde el celular y va rapidísimo.', 'usuario verificado') +
          faq('Dudas rápidas', [
            ['¿Es gratis?', 'Sí, tienes 3 créditos gratis al registrarte con Google. Luego desde $79 MXN.'],
            ['¿Guardan mis fotos?', 'No las compartimos con nadie y se eliminan automáticamente a las 24 horas.'],
            ['¿Hay límite de edad?', 'El servicio es exclusivamente para mayores de 18 años.'],
          ]) +
          cookieBanner('Usamos cookies para recordar tu sesión y medir el tráfico. ¿Aceptas?', 'Aceptar todo', 'Solo necesarias') +
          footer('© 2025 RopaCero IA. Contenido +18. El usuario es responsable de las imágenes que sube.', [['/terminos', 'Términos'], ['/privacidad', 'Privacidad'], ['/faq', 'Ayuda'], ['mailto:hola@ropacero-ia.test', 'Contacto']]),
      },
      {
        path: '/precios', title: 'Precios y créditos — RopaCero IA',
        head: stripe('pk_test_ropacero51Hx9'),
        body: nav([['/', 'Inicio'], ['/como-funciona', 'Cómo funciona'], ['/precios', 'Precios'], ['/faq', 'Preguntas']], 'RopaCero') +
          h1('Elige tu paquete de créditos') +
          p('Cada crédito es una imagen desvestida en alta resolución. Los créditos no caducan y puedes usarlos en cualquier modo, incluido el modo Full sin ropa.') +
          priceTable(['Paquete', 'Créditos', 'Precio', 'Extras'], [
            ['Prueba', '3', 'Gratis', 'Con marca de agua'],
            ['Básico', '30', '$79 MXN', 'Sin marca de agua'],
            ['Pro', '150', '$299 MXN', 'Cola prioritaria + modo Full HD'],
            ['Ilimitado mensual', 'Sin límite', '$549 MXN / mes', 'Procesamiento por lotes, hasta 20 fotos a la vez'],
          ]) +
          p('Pagos seguros con Stripe, OXXO Pay y Mercado Pago. También aceptamos USDT para quienes prefieren discreción: en tu estado de cuenta aparecerá como “RC DIGITAL SERVICES”.') +
          button('Comprar créditos') +
          footer('© 2025 RopaCero IA', [['/terminos', 'Términos'], ['/privacidad', 'Privacidad']]),
      },
      {
        path: '/como-funciona', title: 'Cómo funciona el desvestidor de RopaCero',
        body: nav([['/', 'Inicio'], ['/como-funciona', 'Cómo funciona'], ['/precios', 'Precios'], ['/faq', 'Preguntas']], 'RopaCero') +
          h1('Cómo funciona la IA que quita la ropa') +
          p('Nuestro modelo analiza la pose, la iluminación y el encuadre de la foto original y después reconstruye la imagen como si la persona no llevara ropa. No es un filtro ni un sticker: es una imagen nueva generada píxel por píxel.') +
          h2('Consejos para mejores resultados') +
          ul('Usa fotos de cuerpo entero y con buena luz.', 'Evita fotos grupales: una persona por imagen.', 'La ropa ajustada da resultados más precisos que la ropa holgada.', 'Si el resultado no te convence, repite con otra semilla sin gastar crédito extra en el plan Pro.') +
          img(3, 'Ejemplo de interfaz') +
          footer('© 2025 RopaCero IA', [['/terminos', 'Términos'], ['/privacidad', 'Privacidad']]),
      },
      {
        path: '/faq', title: 'Preguntas frecuentes — RopaCero',
        body: nav([['/', 'Inicio'], ['/precios', 'Precios'], ['/faq', 'Preguntas']], 'RopaCero') +
          faq('Preguntas frecuentes', [
            ['¿Puedo subir fotos de Instagram?', 'Sí, cualquier foto guardada en tu dispositivo funciona. Recomendamos la máxima resolución posible.'],
            ['¿La persona de la foto se entera?', 'No. El proceso es privado y no enviamos notificaciones a nadie.'],
            ['¿Puedo pedir reembolso?', 'Los créditos usados no son reembolsables. Si hubo un error técnico te devolvemos el crédito.'],
            ['¿Qué pasa si subo una foto que no es mía?', 'Según nuestros términos, declaras tener permiso. No verificamos la identidad de las personas en las fotos.'],
            ['¿Funciona con hombres?', 'Sí, el modelo está entrenado para ambos, aunque el modo Lencería está pensado para fotos de mujeres.'],
          ]) +
          footer('© 2025 RopaCero IA', [['/terminos', 'Términos']]),
      },
      {
        path: '/terminos', title: 'Términos de uso — RopaCero IA',
        body: nav([['/', 'Inicio'], ['/precios', 'Precios']], 'RopaCero') +
          h1('Términos y condiciones') +
          p('Al usar RopaCero confirmas que tienes al menos 18 años y que cuentas con el consentimiento de las personas que aparecen en las imágenes que subes. RopaCero es una herramienta de entretenimiento y no se hace responsable del uso que cada usuario haga de las imágenes generadas.', 'Nos reservamos el derecho de cancelar cuentas que infrinjan estos términos. Los pagos se procesan a través de terceros. Para cualquier aclaración escribe a legal@ropacero-ia.test.') +
          footer('© 2025 RopaCero IA'),
      },
    ],
  },
  {
    host: 'estudiolumbre.test', lang: 'es', label: 'nudify', shape: 'innocent-home', author: 'fresh-a', pages: [
      {
        path: '/', title: 'Estudio Lumbre · Tu estudio fotográfico con inteligencia artificial',
        head: metaDescription('Retoque, retratos profesionales, cambio de fondo y estilos creativos con IA. Estudio Lumbre, hecho en Valencia.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'SoftwareApplication', name: 'Estudio Lumbre', applicationCategory: 'PhotographyApplication', offers: { '@type': 'Offer', price: '9.90', priceCurrency: 'EUR' } }),
        body: nav([['/', 'Inicio'], ['/modos', 'Modos'], ['/tarifas', 'Tarifas'], ['/galeria', 'Galería'], ['/ayuda', 'Ayuda']], 'Estudio Lumbre') +
          h1('Tu estudio de fotografía, ahora con inteligencia artificial') +
          p('Estudio Lumbre convierte cualquier selfie en un retrato que parece sacado de una sesión profesional. Ajusta la luz, cambia el fondo, prueba otro peinado o transforma tu foto en un cuadro al óleo. Todo en el navegador, sin descargas y sin tener ni idea de edición.') +
          section(h2('Lo que puedes hacer'), ul(
            'Retrato profesional para LinkedIn en 30 segundos.',
            'Cambio de fondo: playa, oficina, estudio neutro.',
            'Restaurar fotos antiguas y darles color.',
            'Estilos artísticos: acuarela, anime, cómic.',
            'Cambio de ropa y de look con un clic.',
          )) +
          img(1, 'Antes y después de un retrato') +
          p('Más de 200.000 personas en España y Latinoamérica ya editan sus fotos con nosotros. Empieza gratis con 5 créditos de bienvenida y descubre todos nuestros modos creativos, también los avanzados.') +
          upload('Arrastra aquí tu foto', '/estudio/subir', 'Empezar') +
          blockquote('Hice las fotos de perfil de todo mi equipo en una tarde. Una maravilla.', 'Marta, Zaragoza') +
          faq('Preguntas frecuentes', [
            ['¿Necesito registrarme?', 'Puedes probar sin cuenta. Para descargar en alta resolución necesitas iniciar sesión.'],
            ['¿En qué formato descargo?', 'JPG o PNG hasta 4K según tu tarifa.'],
            ['¿Hay modos solo para adultos?', 'Sí, algunos modos avanzados requieren verificar que eres mayor de edad. Consulta la página de modos.'],
          ]) +
          cookieBanner('Utilizamos cookies propias y de terceros para analizar el uso del sitio y mostrarte publicidad. Puedes aceptarlas o configurarlas.', 'Aceptar', 'Configurar') +
          footer('Estudio Lumbre S.L. · Valencia · © 2025', [['/aviso-legal', 'Aviso legal'], ['/privacidad', 'Privacidad'], ['/cookies', 'Cookies'], ['/ayuda', 'Ayuda']]),
      },
      {
        path: '/modos', title: 'Modos creativos — Estudio Lumbre',
        body: nav([['/', 'Inicio'], ['/modos', 'Modos'], ['/tarifas', 'Tarifas'], ['/ayuda', 'Ayuda']], 'Estudio Lumbre') +
          h1('Todos los modos') +
          h2('Modos básicos') + ul('Retrato pro', 'Fondo nuevo', 'Restauración', 'Acuarela y óleo') +
          h2('Modos avanzados (+18)') +
          p('Solo para cuentas verificadas como mayores de edad. Estos modos se desbloquean con la tarifa Noche o superior.') +
          ul(
            '<strong>Sin ropa</strong>: la IA quita la ropa de la foto y genera la versión desnuda con el mismo fondo y la misma pose.',
            '<strong>Transparencias</strong>: efecto de tela mojada o translúcida.',
            '<strong>Bikini</strong>: cambia cualquier prenda por un bañador mínimo.',
            '<strong>Uncensored</strong>: desactiva el filtro de contenido en el generador libre.',
          ) +
          p('Los modos avanzados funcionan con fotos de cualquier persona. Recomendamos imágenes de cuerpo entero con buena iluminación.') +
          button('Desbloquear modos +18') +
          footer('Estudio Lumbre S.L. · © 2025', [['/aviso-legal', 'Aviso legal'], ['/privacidad', 'Privacidad']]),
      },
      {
        path: '/tarifas', title: 'Tarifas — Estudio Lumbre',
        head: stripe('pk_test_lumbre_7Qz2'),
        body: nav([['/', 'Inicio'], ['/modos', 'Modos'], ['/tarifas', 'Tarifas']], 'Estudio Lumbre') +
          h1('Tarifas claras, sin permanencia') +
          priceTable(['Tarifa', 'Precio', 'Créditos/mes', 'Incluye'], [
            ['Día', '0 €', '5', 'Modos básicos'],
            ['Tarde', '9,90 €/mes', '100', 'Modos básicos en 4K'],
            ['Noche', '19,90 €/mes', '400', 'Todos los modos, incluidos Sin ropa y Uncensored'],
            ['Estudio', '39,90 €/mes', '1.500', 'Todo lo anterior + lotes y prioridad'],
          ]) +
          p('IVA incluido. Cancela cuando quieras desde tu perfil. El cargo aparece en tu extracto como “LMB Digital”. Aceptamos tarjeta, Bizum y criptomonedas.') +
          p('¿Dudas sobre qué tarifa elegir? La tarifa Noche es la más popular porque desbloquea todos los modos creativos, incluidos los avanzados para adultos, y permite reintentos ilimitados sin gastar créditos.') +
          footer('Estudio Lumbre S.L. · © 2025', [['/aviso-legal', 'Aviso legal']]),
      },
      {
        path: '/ayuda', title: 'Centro de ayuda — Estudio Lumbre',
        body: nav([['/', 'Inicio'], ['/modos', 'Modos'], ['/tarifas', 'Tarifas'], ['/ayuda', 'Ayuda']], 'Estudio Lumbre') +
          faq('Centro de ayuda', [
            ['¿Cómo verifico mi edad?', 'Desde Perfil > Verificación, con una tarjeta bancaria a tu nombre. Es instantáneo.'],
            ['El modo Sin ropa deja zonas borrosas', 'Prueba con una foto de mayor resolución y con ropa menos holgada. Cada reintento en tarifa Noche es gratis.'],
            ['¿Puedo usar fotos de otras personas?', 'Nuestros términos exigen que tengas permiso de la persona retratada.'],
            ['¿Cómo cancelo?', 'Perfil > Suscripción > Cancelar. Conservas los créditos hasta final de mes.'],
          ]) +
          footer('Estudio Lumbre S.L. · © 2025', [['/aviso-legal', 'Aviso legal'], ['mailto:soporte@estudiolumbre.test', 'Soporte']]),
      },
    ],
  },
  {
    host: 'sinvelo-bot.test', lang: 'es', label: 'nudify', shape: 'telegram-bot', author: 'fresh-a', pages: [
      {
        path: '/', title: 'SinVelo Bot — Desvestí fotos desde Telegram',
        head: metaDescription('SinVelo es un bot de Telegram que saca la ropa de las fotos con IA. Mandá la foto, recibí el resultado. Pagás con Stars o cripto.'),
        body: nav([['/', 'Inicio'], ['/comandos', 'Comandos'], ['/tarifas', 'Tarifas'], ['/soporte', 'Soporte']], 'SinVelo') +
          h1('Mandale una foto al bot y te la devuelve sin ropa') +
          p('SinVelo es el bot de Telegram más usado de Argentina para desvestir fotos con inteligencia artificial. No tenés que instalar nada ni crear una cuenta: abrís el chat, mandás la imagen y en unos segundos recibís la versión sin ropa directo en tu Telegram. Todo queda en tu chat privado.') +
          p(a('https://t.me/SinVeloIA_bot', 'Abrir @SinVeloIA_bot en Telegram') + ' · ' + a('https://t.me/sinvelo_novedades', 'Canal de novedades')) +
          section(h2('¿Cómo se usa?'), ol(
            'Entrá a @SinVeloIA_bot y tocá /start.',
            'Elegí el idioma y aceptá que sos mayor de 18.',
            'Mandá una foto (de una sola persona, bien iluminada).',
            'Elegí el modo: /ropa_interior, /bikini o /sin_ropa.',
            'Recibís el resultado en 10–20 segundos.',
          )) +
          section(h2('Lo que nos diferencia'), ul(
            'Funciona 24/7, incluso cuando otros bots caen por bloqueos.',
            'Si nos banean el bot, en el canal publicamos el nuevo usuario en minutos.',
            'Programa de referidos: por cada amigo que entra, te regalamos 5 fotos.',
            'Sin marcas de agua desde el pack Chico.',
          )) +
          blockquote('Lo mejor que probé, y eso que probé muchos. Re rápido.', 'Nico, Rosario') +
          faq('Preguntas', [
            ['¿Es gratis?', 'La primera foto es gratis, con marca de agua. Después comprás packs con Telegram Stars, USDT o Mercado Pago.'],
            ['¿Guardan las fotos?', 'Las fotos se borran del servidor a la hora. El bot no guarda historial.'],
            ['¿Y si el bot no responde?', 'Revisá el canal @sinvelo_novedades, ahí siempre está el bot espejo actualizado.'],
          ]) +
          footer('SinVelo © 2025 · Solo +18 · Este sitio no está afiliado a Telegram.', [['/terminos', 'Términos'], ['/soporte', 'Soporte'], ['https://t.me/sinvelo_soporte', 'Soporte en Telegram']]),
      },
      {
        path: '/comandos', title: 'Comandos del bot — SinVelo',
        body: nav([['/', 'Inicio'], ['/comandos', 'Comandos'], ['/tarifas', 'Tarifas']], 'SinVelo') +
          h1('Lista de comandos') +
          ul(
            '/start — arranca el bot y muestra tu saldo.',
            '/sin_ropa — quita toda la ropa de la última foto enviada.',
            '/ropa_interior — deja solo la ropa interior.',
            '/bikini — cambia la ropa por una malla.',
            '/hd — vuelve a generar el último resultado en alta definición (2 créditos).',
            '/lote — activa el modo lote para mandar hasta 10 fotos seguidas (pack Grande).',
            '/saldo — muestra cuántas fotos te quedan.',
            '/referidos — tu link personal para invitar amigos.',
          ) +
          p('Tip: si mandás la foto como archivo y no como imagen comprimida, el resultado sale mucho más nítido.') +
          footer('SinVelo © 2025', [['/terminos', 'Términos']]),
      },
      {
        path: '/tarifas', title: 'Packs y precios — SinVelo',
        head: cryptoCheckout(),
        body: nav([['/', 'Inicio'], ['/comandos', 'Comandos'], ['/tarifas', 'Tarifas']], 'SinVelo') +
          h1('Packs de fotos') +
          priceTable(['Pack', 'Fotos', 'Stars', 'USDT', 'Pesos (Mercado Pago)'], [
            ['Chico', '15', '250 ⭐', '4 USDT', '$4.500 ARS'],
            ['Mediano', '60', '800 ⭐', '12 USDT', '$13.900 ARS'],
            ['Grande', '200', '2.000 ⭐', '29 USDT', '$33.000 ARS'],
            ['VIP mensual', 'Ilimitadas', '3.500 ⭐', '49 USDT', 'No disponible'],
          ]) +
          p('Los precios en pesos se actualizan cada semana por la cotización. Pagando en cripto recibís un 15 % de fotos extra. Los packs no vencen.') +
          button('Pagar con cripto') +
          p('Después de pagar, mandá /saldo al bot y vas a ver las fotos acreditadas al instante. Si pagaste con Mercado Pago, puede tardar hasta 10 minutos en impactar.') +
          footer('SinVelo © 2025', [['/terminos', 'Términos']]),
      },
      {
        path: '/soporte', title: 'Soporte — SinVelo',
        body: nav([['/', 'Inicio'], ['/comandos', 'Comandos'], ['/tarifas', 'Tarifas'], ['/soporte', 'Soporte']], 'SinVelo') +
          h1('Soporte') +
          p('¿Pagaste y no te llegaron las fotos? ¿El bot no contesta? Escribinos a ' + a('https://t.me/sinvelo_soporte', '@sinvelo_soporte') + ' con el ID de tu pago y tu usuario de Telegram. Respondemos de 10 a 02 h (hora de Buenos Aires).') +
          p('Importante: nunca te vamos a pedir la contraseña de Telegram ni códigos de verificación. Cuidado con los bots falsos que copian nuestro nombre; el único bot oficial es el que figura en esta web y en el canal.') +
          textForm('Tu usuario de Telegram', 'Enviar consulta', '/soporte/enviar') +
          footer('SinVelo © 2025', [['/terminos', 'Términos']]),
      },
    ],
  },
  {
    host: 'tiraroupa-app.test', lang: 'pt', label: 'nudify', shape: 'app-landing', author: 'fresh-a', pages: [
      {
        path: '/', title: 'TiraRoupa AI — o app que tira a roupa de qualquer foto',
        head: metaDescription('Baixe o TiraRoupa AI para Android e iPhone. Tire a roupa de fotos com inteligência artificial em segundos. Conteúdo +18.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'MobileApplication', name: 'TiraRoupa AI', operatingSystem: 'Android, iOS', aggregateRating: { '@type': 'AggregateRating', ratingValue: '4.6', ratingCount: '18420' } }),
        body: nav([['/', 'Início'], ['/recursos', 'Recursos'], ['/planos', 'Planos'], ['/baixar', 'Baixar'], ['/perguntas', 'Dúvidas']], 'TiraRoupa AI') +
          h1('Tire a roupa de qualquer foto direto do seu celular') +
          p('Com o TiraRoupa AI você escolhe uma foto da galeria, toca em “Despir” e a inteligência artificial cria a versão sem roupa em poucos segundos. É o app de nudez com IA mais baixado do Brasil, com mais de 1 milhão de downloads e nota 4,6.') +
          storeBadges('/baixar/tiraroupa-v3.2.apk') +
          p('Versão para Android disponível também como APK, caso o app não apareça na sua loja.') +
          section(h2('Recursos'), ul(
            'Despir com um toque: a IA detecta a roupa sozinha.',
            'Pincel manual para escolher só uma parte da imagem.',
            'Modo Lingerie, Biquíni e Nude total.',
            'Galeria privada com senha e modo disfarce (o ícone vira uma calculadora).',
            'Sem marca d’água no plano Premium.',
          )) +
          img(2, 'Tela do aplicativo') +
          blockquote('Melhor app desse tipo que já usei, muito realista.', 'Rafael, avaliação na loja') +
          blockquote('Assinei o anual, vale muito a pena.', 'Camila S.') +
          faq('Dúvidas rápidas', [
            ['O app é grátis?', 'Sim, você ganha 3 fotos por dia grátis. O Premium libera fotos ilimitadas em HD.'],
            ['Funciona no iPhone?', 'Sim, iOS 15 ou superior. Se a App Store não mostrar o app, use a versão web em /baixar.'],
            ['Posso pagar com Pix?', 'Sim, aceitamos Pix, cartão e boleto.'],
          ]) +
          cookieBanner('Este site usa cookies para melhorar sua experiência. Ao continuar, você concorda com nossa política.', 'OK, entendi') +
          footer('TiraRoupa AI © 2025 · Proibido para menores de 18 anos.', [['/termos', 'Termos de uso'], ['/privacidade', 'Privacidade'], ['/perguntas', 'Ajuda']]),
      },
      {
        path: '/recursos', title: 'Recursos do app — TiraRoupa AI',
        body: nav([['/', 'Início'], ['/recursos', 'Recursos'], ['/planos', 'Planos'], ['/baixar', 'Baixar']], 'TiraRoupa AI') +
          h1('Tudo o que o TiraRoupa AI faz') +
          h2('Despir automático') + p('Selecione a foto e toque em Despir. Em até 10 segundos a IA remove a roupa e entrega uma imagem nova, com a mesma pose e o mesmo fundo.') +
          h2('Modos') + ul('Lingerie — troca a roupa por lingerie.', 'Biquíni — para fotos de praia ou piscina.', 'Nude total — remove tudo (somente Premium).', 'Transparente — efeito de tecido molhado.') +
          h2('Privacidade') + p('As fotos ficam só no seu aparelho, na galeria protegida por senha. Com o modo disfarce, ninguém sabe que o app está instalado.') +
          footer('TiraRoupa AI © 2025', [['/termos', 'Termos'], ['/privacidade', 'Privacidade']]),
      },
      {
        path: '/planos', title: 'Planos Premium — TiraRoupa AI',
        body: nav([['/', 'Início'], ['/recursos', 'Recursos'], ['/planos', 'Planos'], ['/baixar', 'Baixar']], 'TiraRoupa AI') +
          h1('Planos') +
          priceTable(['Plano', 'Preço', 'O que inclui'], [
            ['Grátis', 'R$ 0', '3 fotos por dia, com marca d’água'],
            ['Semanal', 'R$ 14,90', 'Fotos ilimitadas, modo Nude total'],
            ['Mensal', 'R$ 39,90', 'Ilimitado + HD + pincel manual'],
            ['Anual', 'R$ 199,90', 'Tudo do mensal + prioridade no servidor'],
          ]) +
          p('Pagamento por Pix, cartão de crédito ou boleto. A cobrança aparece na fatura como “TR APPS”. Cancele quando quiser pela loja ou pelo app.') +
          p('Todos os planos pagos incluem acesso ao modo Nude total e à galeria com senha. O teste grátis renova todo dia à meia-noite.') +
          footer('TiraRoupa AI © 2025', [['/termos', 'Termos']]),
      },
      {
        path: '/baixar', title: 'Baixar TiraRoupa AI (APK e iOS)',
        body: nav([['/', 'Início'], ['/recursos', 'Recursos'], ['/planos', 'Planos'], ['/baixar', 'Baixar']], 'TiraRoupa AI') +
          h1('Baixe o TiraRoupa AI') +
          storeBadges('/baixar/tiraroupa-v3.2.apk') +
          ol('Baixe o arquivo APK (48 MB).', 'Nas configurações, permita instalar apps de fontes desconhecidas.', 'Abra o arquivo e toque em Instalar.', 'Entre com sua conta Google e ganhe 3 fotos grátis.') +
          p('Versão atual: 3.2.1. Se o app for removido da loja, esta página sempre terá o link atualizado. Para iPhone, use a versão web: abra o site no Safari e toque em “Adicionar à Tela de Início”.') +
          footer('TiraRoupa AI © 2025', [['/termos', 'Termos']]),
      },
      {
        path: '/perguntas', title: 'Perguntas frequentes — TiraRoupa AI',
        body: nav([['/', 'Início'], ['/planos', 'Planos'], ['/perguntas', 'Dúvidas']], 'TiraRoupa AI') +
          faq('Perguntas frequentes', [
            ['É legal usar?', 'Você é responsável pelas fotos que envia. Nos termos, você declara ter autorização da pessoa.'],
            ['O resultado é real?', 'Não, é uma imagem gerada por IA. Mas o realismo impressiona.'],
            ['Posso usar foto de rede social?', 'Qualquer foto salva na galeria funciona.'],
            ['Como cancelo?', 'Pela Google Play, App Store ou em Perfil > Assinatura.'],
          ]) +
          p('Não achou sua dúvida? Fale com o suporte pelo chat dentro do app, em Perfil > Ajuda, ou pelo e-mail suporte@tiraroupa-app.test. Respondemos em até 24 horas.') +
          footer('TiraRoupa AI © 2025', [['/termos', 'Termos'], ['/privacidade', 'Privacidade']]),
      },
    ],
  },
  {
    host: 'svestilo.test', lang: 'it', label: 'nudify', shape: 'saas', author: 'fresh-a', pages: [
      {
        path: '/', title: 'Svestilo — Spogliare foto con l’intelligenza artificiale',
        head: metaDescription('Svestilo è il servizio online che toglie i vestiti dalle foto con l’IA. Carica, scegli lo stile, scarica. Solo maggiorenni.') + oneTap('88-svestilo.apps.googleusercontent.com'),
        body: nav([['/', 'Home'], ['/come-funziona', 'Come funziona'], ['/prezzi', 'Prezzi'], ['/domande', 'FAQ'], ['/accedi', 'Accedi']], 'Svestilo') +
          h1('Svesti qualsiasi foto con un clic') +
          p('Svestilo usa una rete neurale di ultima generazione per togliere i vestiti dalle foto e creare una versione nuda realistica. Niente programmi complicati: carichi l’immagine, scegli lo stile e in pochi secondi scarichi il risultato in alta qualità. Funziona da smartphone, tablet e computer.') +
          upload('Carica una foto', '/genera', 'Spoglia ora') +
          p('Registrati con Google e ricevi subito 2 crediti omaggio. Nessuna carta richiesta.') +
          section(h2('Perché scegliere Svestilo'), ul(
            'Risultati naturali anche con foto scattate al telefono.',
            'Stili: Intimo, Costume, Nudo integrale.',
            'Coda veloce: media di 12 secondi per immagine.',
            'Foto cancellate automaticamente dopo 48 ore.',
            'Assistenza in italiano.',
          )) +
          section(h2('Tre passaggi'), ol('Carica la foto di una persona.', 'Scegli lo stile e la qualità.', 'Scarica il risultato senza filigrana.')) +
          blockquote('Finalmente un sito italiano che funziona davvero. Veloce e discreto.', 'Andrea, Bologna') +
          faq('Domande veloci', [
            ['Quanto costa?', 'I pacchetti partono da 4,99 €. I crediti non scadono.'],
            ['Serve un’app?', 'No, tutto online. Puoi salvare il sito sulla schermata home.'],
            ['È anonimo?', 'Sì, l’addebito compare come “SVS Media” e puoi pagare anche in crypto.'],
          ]) +
          cookieBanner('Usiamo cookie tecnici e di analisi. Cliccando su Accetta acconsenti al loro utilizzo.', 'Accetta', 'Rifiuta') +
          footer('© 2025 Svestilo · Servizio riservato ai maggiori di 18 anni', [['/termini', 'Termini'], ['/privacy', 'Privacy'], ['/domande', 'FAQ']]),
      },
      {
        path: '/prezzi', title: 'Prezzi e crediti — Svestilo',
        head: stripe('pk_test_svestilo_a81') + cryptoCheckout(),
        body: nav([['/', 'Home'], ['/come-funziona', 'Come funziona'], ['/prezzi', 'Prezzi'], ['/domande', 'FAQ']], 'Svestilo') +
          h1('Scegli il tuo pacchetto') +
          priceTable(['Pacchetto', 'Crediti', 'Prezzo', 'Note'], [
            ['Assaggio', '10', '4,99 €', 'Risoluzione standard'],
            ['Classico', '50', '17,99 €', 'Senza filigrana, stile Nudo integrale'],
            ['Premium', '200', '49,99 €', 'HD, coda prioritaria, elaborazione in blocco'],
          ]) +
          p('1 credito = 1 foto spogliata. Paghi con carta, PayPal o criptovalute (Bitcoin, USDT, Litecoin). Con le crypto ricevi il 20% di crediti in più.') +
          button('Acquista crediti') +
          p('I crediti non hanno scadenza e puoi usarli in qualsiasi stile, compreso il Nudo integrale. Se l’elaborazione fallisce per un errore tecnico, il credito ti viene restituito automaticamente.') +
          footer('© 2025 Svestilo', [['/termini', 'Termini'], ['/privacy', 'Privacy']]),
      },
      {
        path: '/come-funziona', title: 'Come funziona — Svestilo',
        body: nav([['/', 'Home'], ['/come-funziona', 'Come funziona'], ['/prezzi', 'Prezzi']], 'Svestilo') +
          h1('Come funziona la tecnologia di Svestilo') +
          p('Il nostro modello individua gli abiti nella foto, li rimuove e ricostruisce l’immagine come se la persona fosse senza vestiti. Il risultato è una foto completamente nuova generata dall’IA, con la stessa posa e lo stesso sfondo dell’originale.') +
          h2('Consigli') + ul('Foto a figura intera e ben illuminate.', 'Una sola persona per immagine.', 'Evita cappotti e vestiti molto larghi.', 'Carica l’immagine alla massima risoluzione disponibile.') +
          footer('© 2025 Svestilo', [['/termini', 'Termini']]),
      },
      {
        path: '/domande', title: 'FAQ — Svestilo',
        body: nav([['/', 'Home'], ['/prezzi', 'Prezzi'], ['/domande', 'FAQ']], 'Svestilo') +
          faq('Domande frequenti', [
            ['Posso caricare la foto di chiunque?', 'Accettando i termini dichiari di avere il consenso della persona ritratta. Svestilo non effettua controlli sulle immagini.'],
            ['Le foto vengono salvate?', 'Restano sul server 48 ore per permetterti di scaricarle, poi vengono eliminate.'],
            ['Cosa succede se il risultato non mi piace?', 'Puoi rigenerare gratis una volta per ogni credito.'],
            ['Avete un programma di affiliazione?', 'Sì, il 30% su ogni acquisto dei tuoi invitati. Scrivi a partner@svestilo.test.'],
          ]) +
          footer('© 2025 Svestilo', [['/termini', 'Termini'], ['/privacy', 'Privacy']]),
      },
    ],
  },
  {
    host: 'unlayr-api.test', lang: 'en', label: 'nudify', shape: 'api-reseller', author: 'fresh-a', pages: [
      {
        path: '/', title: 'Unlayr API — Undress & NSFW image endpoints for developers',
        head: metaDescription('Unlayr resells high-throughput undress and NSFW image-generation endpoints. One API key, pay per call, white-label ready.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'WebAPI', name: 'Unlayr API', documentation: 'https://unlayr-api.test/docs', provider: { '@type': 'Organization', name: 'Unlayr Labs' } }),
        body: nav([['/', 'Home'], ['/docs', 'Docs'], ['/pricing', 'Pricing'], ['/resellers', 'White-label'], ['/status', 'Status'], ['/dashboard', 'Dashboard']], 'Unlayr') +
          h1('The undress API that powers other people’s apps') +
          p('Unlayr gives developers a single REST endpoint for clothing removal, “see-through” and NSFW img2img generation. We aggregate GPU capacity from several upstream providers, so your bot, app or website keeps working when one of them goes down or gets blocked. Plug in your key, send an image URL, get the undressed result back as a URL or base64.') +
          section(h2('Why teams switch to Unlayr'), ul(
            'Median latency under 6 seconds at 1024 px.',
            'Automatic failover across four upstream clusters.',
            'No content filter on the undress and nsfw routes.',
            'White-label: your brand, your domain, our backend.',
            'Webhooks, batch jobs and per-end-user credit accounting.',
            'Crypto billing available — no KYC under $5,000/month.',
          )) +
          section(h2('Three lines to your first result'), `<pre><code>curl -X POST https://unlayr-api.test/v2/undress \\
  -H "Authorization: Bearer ULK_live_xxx" \\
  -d '{"image_url":"https://example.test/photo.jpg","mode":"full"}'</code></pre>`) +
          p('Modes: <code>full</code>, <code>lingerie</code>, <code>swimwear</code>, <code>sheer</code>. Optional <code>mask</code> for manual regions.') +
          blockquote('We moved our Telegram bot from a self-hosted model to Unlayr and cut our GPU bill by 60%.', 'CTO of a bot operator, 40k daily users') +
          faq('FAQ', [
            ['Do you moderate inputs?', 'Only a basic hash blocklist required by our hosting partners. Everything else is the client’s responsibility.'],
            ['Can I resell under my brand?', 'Yes — see the White-label page. Most of our volume comes from resellers.'],
            ['Is there a free tier?', '50 calls for testing with a watermark. Ask for more on our Telegram.'],
          ]) +
          footer('© 2025 Unlayr Labs. Adult content: clients must restrict their end users to 18+.', [['/terms', 'Terms'], ['/aup', 'Acceptable use'], ['/privacy', 'Privacy'], ['https://t.me/unlayr_dev', 'Telegram']]),
      },
      {
        path: '/docs', title: 'API reference — Unlayr',
        body: nav([['/', 'Home'], ['/docs', 'Docs'], ['/pricing', 'Pricing'], ['/resellers', 'White-label']], 'Unlayr') +
          h1('API reference (v2)') +
          h2('POST /v2/undress') + p('Removes clothing from the person in the image and returns a generated nude version. Parameters: <code>image_url</code> or <code>image_b64</code>, <code>mode</code> (full | lingerie | swimwear | sheer), <code>quality</code> (standard | hd), <code>webhook</code> (optional).') +
          h2('POST /v2/nsfw/img2img') + p('Uncensored image-to-image generation with a text prompt. Parameters: <code>image_url</code>, <code>prompt</code>, <code>strength</code> (0–1), <code>seed</code>.') +
          h2('GET /v2/jobs/{id}') + p('Returns status and result URL for async jobs. Results are kept for 24 hours.') +
          h2('Errors') + ul('401 — missing or invalid key', '402 — out of credits', '422 — no person detected in image', '429 — rate limit (default 10 req/s)') +
          footer('© 2025 Unlayr Labs', [['/terms', 'Terms'], ['/status', 'Status']]),
      },
      {
        path: '/pricing', title: 'Pricing — Unlayr API',
        head: stripe('pk_test_unlayr_9KdQ') + cryptoCheckout(),
        body: nav([['/', 'Home'], ['/docs', 'Docs'], ['/pricing', 'Pricing'], ['/resellers', 'White-label']], 'Unlayr') +
          h1('Pay per call, volume discounts') +
          priceTable(['Tier', 'Monthly calls', 'Price per call', 'Includes'], [
            ['Sandbox', '50', 'Free', 'Watermarked output'],
            ['Indie', 'up to 10k', '$0.030', 'undress + sheer routes'],
            ['Scale', 'up to 250k', '$0.018', 'all routes, webhooks, HD'],
            ['Reseller', '250k+', 'from $0.009', 'white-label dashboard, dedicated queue'],
          ]) +
          p('Prepaid credits via card or crypto (USDT TRC-20, BTC, XMR). Card payments are billed as “UL Compute Services”. Unused credits roll over for 12 months.') +
          button('Top up credits') +
          p('Need more than 1M calls a month or a dedicated GPU pool for your own undress app? Message our sales team on Telegram for custom pricing and volume contracts.') +
          footer('© 2025 Unlayr Labs', [['/terms', 'Terms']]),
      },
      {
        path: '/resellers', title: 'White-label undress app — Unlayr',
        body: nav([['/', 'Home'], ['/docs', 'Docs'], ['/pricing', 'Pricing'], ['/resellers', 'White-label']], 'Unlayr') +
          h1('Launch your own undress site in a weekend') +
          p('Our white-label kit includes a ready-made web front end, a Telegram bot template and a credit system connected to the Unlayr backend. Pick a name, point your domain, set your prices and start selling. You keep the margin; we handle GPUs, queues and uptime.') +
          ul('Ready templates in English, Spanish, Portuguese and Russian.', 'Built-in referral program for your users.', 'Mirror domains included if your main domain gets blocked.', 'Payouts to your own Stripe or crypto wallet.') +
          button('Apply for reseller access') +
          footer('© 2025 Unlayr Labs', [['/terms', 'Terms'], ['https://t.me/unlayr_dev', 'Telegram']]),
      },
      {
        path: '/status', title: 'System status — Unlayr',
        body: nav([['/', 'Home'], ['/docs', 'Docs'], ['/status', 'Status']], 'Unlayr') +
          h1('System status') +
          priceTable(['Component', 'Status', '30-day uptime'], [
            ['/v2/undress', 'Operational', '99.92%'],
            ['/v2/nsfw/img2img', 'Operational', '99.81%'],
            ['Webhooks', 'Degraded', '99.40%'],
            ['Dashboard', 'Operational', '99.99%'],
          ]) +
          p('Incident 14 May: upstream cluster EU-2 was suspended by its hosting provider; traffic was rerouted automatically within 3 minutes. No data loss. Subscribe to our Telegram channel for real-time updates on outages and new mirror endpoints.') +
          p('Past incidents: 2 May, webhook delays of up to 9 minutes; 21 April, undress route unavailable for 14 minutes during migration to a new provider. Credits were refunded for all failed calls.') +
          footer('© 2025 Unlayr Labs'),
      },
    ],
  },
  {
    host: 'edicionreservada.test', lang: 'es', label: 'nudify', shape: 'made-to-order', author: 'fresh-a', pages: [
      {
        path: '/', title: 'Edición Reservada — Edición privada de fotos por encargo',
        head: metaDescription('Edición Reservada: servicio de edición privada por encargo. Nos mandas la foto, la editamos con IA y retoque manual, y te la entregamos en 24 horas.'),
        body: nav([['/', 'Inicio'], ['/servicios', 'Servicios'], ['/pedido', 'Hacer pedido'], ['/preguntas', 'Preguntas'], ['/contacto', 'Contacto']], 'Edición Reservada') +
          h1('Tu edición privada, hecha a mano y con total reserva') +
          p('Somos un equipo de editores en Medellín que combina inteligencia artificial con retoque manual. A diferencia de las apps automáticas, aquí una persona revisa cada imagen para que el resultado quede perfecto. Tú nos cuentas lo que quieres, nos envías la foto por un enlace privado y nosotros te devolvemos el trabajo terminado, sin preguntas y con total discreción.') +
          section(h2('¿Qué hacemos?'), ul(
            'Edición “sin ropa” realista de la foto que nos envíes.',
            'Cambio a lencería o traje de baño.',
            'Paquetes de varias fotos de la misma persona con estilo coherente.',
            'Retoque de piel, luz y fondo incluido en todos los pedidos.',
          )) +
          section(h2('Cómo pedir'), ol(
            'Llena el formulario de pedido con el tipo de edición y el número de fotos.',
            'Te escribimos por WhatsApp o Telegram con el precio final y el enlace para subir la foto.',
            'Pagas por Nequi, Bancolombia o USDT.',
            'Recibes tu edición en máximo 24 horas (urgente: 3 horas).',
          )) +
          blockquote('Pensé que iba a ser como las apps y no, quedó mucho mejor. Súper discretos.', 'Cliente de Cali') +
          faq('Preguntas comunes', [
            ['¿Necesitan permiso de la persona?', 'Nuestros términos dicen que debes tenerlo. Nosotros no contactamos a nadie.'],
            ['¿Qué fotos sirven?', 'Cualquier foto nítida de cuerpo entero; también capturas de redes sociales.'],
            ['¿Borran las fotos?', 'Sí, al entregar el pedido eliminamos el original y la edición de nuestros equipos.'],
          ]) +
          footer('Edición Reservada · Medellín, Colombia · Solo mayores de 18 años.', [['/terminos', 'Términos'], ['/contacto', 'Contacto'], ['https://t.me/edicion_reservada', 'Telegram']]),
      },
      {
        path: '/servicios', title: 'Servicios y precios — Edición Reservada',
        body: nav([['/', 'Inicio'], ['/servicios', 'Servicios'], ['/pedido', 'Hacer pedido']], 'Edición Reservada') +
          h1('Servicios y tarifas') +
          priceTable(['Servicio', 'Precio (COP)', 'Entrega'], [
            ['Edición sin ropa — 1 foto', '$35.000', '24 h'],
            ['Lencería / traje de baño — 1 foto', '$25.000', '24 h'],
            ['Pack 5 fotos misma persona', '$140.000', '48 h'],
            ['Urgente (cualquier pedido)', '+ $30.000', '3 h'],
          ]) +
          p('Aceptamos Nequi, Daviplata, transferencia Bancolombia y USDT (red TRC-20). Para pedidos desde fuera de Colombia cobramos en dólares por Wise o cripto. Todo el contacto es por chat privado y no guardamos registros.') +
          footer('Edición Reservada © 2025', [['/terminos', 'Términos']]),
      },
      {
        path: '/pedido', title: 'Hacer un pedido — Edición Reservada',
        body: nav([['/', 'Inicio'], ['/servicios', 'Servicios'], ['/pedido', 'Hacer pedido']], 'Edición Reservada') +
          h1('Formulario de pedido') +
          p('Llena estos datos y te contactamos en menos de una hora con el precio final. No subas la foto aquí: te mandaremos un enlace privado que se borra al terminar.') +
          orderForm(['Tu nombre o alias', 'WhatsApp o usuario de Telegram', 'Tipo de edición (sin ropa, lencería, traje de baño)', 'Número de fotos', 'Enlace al perfil o a la foto (opcional)', '¿Urgente? (sí / no)'], 'Enviar pedido') +
          p('Al enviar el pedido confirmas que eres mayor de 18 años y aceptas nuestros términos.') +
          footer('Edición Reservada © 2025', [['/terminos', 'Términos']]),
      },
      {
        path: '/preguntas', title: 'Preguntas frecuentes — Edición Reservada',
        body: nav([['/', 'Inicio'], ['/servicios', 'Servicios'], ['/pedido', 'Hacer pedido'], ['/preguntas', 'Preguntas']], 'Edición Reservada') +
          faq('Preguntas frecuentes', [
            ['¿En qué se diferencian de una app?', 'Las apps dejan errores en manos, bordes y fondos. Nosotros corregimos todo a mano después de la IA.'],
            ['¿Puedo mandar una foto sacada de Instagram?', 'Sí. Si está en baja resolución la mejoramos antes de editar.'],
            ['¿Hacen videos?', 'Por ahora solo fotos. Pronto tendremos videos cortos.'],
            ['¿Qué pasa si no me gusta?', 'Hacemos una corrección gratis por pedido.'],
          ]) +
          footer('Edición Reservada © 2025', [['/terminos', 'Términos'], ['/contacto', 'Contacto']]),
      },
    ],
  },
  {
    host: 'nuesa-mirall.test', lang: 'ca', label: 'nudify', shape: 'mirror', author: 'fresh-a', pages: [
      {
        path: '/', title: 'Nuesa — mirall oficial · despulla fotos amb IA',
        head: metaDescription('Mirall oficial de Nuesa. Si el domini principal no et carrega, fes servir aquesta adreça. Mateix compte, mateixos crèdits.'),
        body: nav([['/', 'Inici'], ['/preus', 'Preus'], ['/miralls', 'Altres miralls'], ['/ajuda', 'Ajuda'], ['/entra', 'Entra']], 'Nuesa') +
          h1('Nuesa — mirall oficial núm. 2') +
          p('Estàs a un mirall oficial de Nuesa. El nostre domini principal està bloquejat per alguns operadors, així que hem obert aquesta adreça perquè puguis continuar fent servir el servei amb el mateix compte i els mateixos crèdits. Desa-la a les adreces d’interès.') +
          h2('Despulla qualsevol foto amb intel·ligència artificial') +
          p('Puja una foto, tria el mode i en uns segons tindràs la versió sense roba. Nuesa és el primer servei d’aquest tipus amb interfície en català, castellà i anglès.') +
          upload('Puja una foto', '/genera', 'Despulla-la') +
          section(h2('Modes disponibles'), ul('Roba interior', 'Banyador', 'Sense roba (complet)', 'Transparència')) +
          section(h2('Avisos importants'), ul(
            'Si l’operador et bloqueja també aquest mirall, prova amb una VPN o amb els altres miralls de la llista.',
            'Mai no et demanarem la contrasenya per correu ni per Telegram.',
            'Els crèdits comprats al domini principal funcionen aquí.',
            'Segueix el canal de Telegram per saber el mirall actiu de cada setmana.',
          )) +
          p(a('https://t.me/nuesa_miralls', 'Canal de Telegram amb els miralls actius') + ' · ' + a('/miralls', 'Llista de miralls')) +
          faq('Preguntes ràpides', [
            ['És el mateix servei?', 'Sí, és el mateix servidor i la mateixa base de dades de comptes.'],
            ['Quant costa?', 'Tens 2 fotos gratis i després paquets des de 5 €.'],
            ['És anònim?', 'Pots pagar amb cripto i no cal cap dada personal.'],
          ]) +
          cookieBanner('Fem servir galetes tècniques per mantenir la sessió oberta.', 'D’acord') +
          footer('Nuesa © 2025 · Només per a majors de 18 anys.', [['/termes', 'Termes'], ['/privacitat', 'Privacitat'], ['/ajuda', 'Ajuda']]),
      },
      {
        path: '/miralls', title: 'Miralls actius — Nuesa',
        body: nav([['/', 'Inici'], ['/preus', 'Preus'], ['/miralls', 'Altres miralls']], 'Nuesa') +
          h1('Llista de miralls') +
          p('Aquests són els dominis oficials de Nuesa. Tots comparteixen comptes i crèdits. Si un no funciona, prova el següent.') +
          ul(
            a('https://nuesa-mirall.test/', 'nuesa-mirall.test') + ' — actiu (aquest)',
            a('https://nuesa-app3.test/', 'nuesa-app3.test') + ' — actiu',
            a('https://nuesa-cat.test/', 'nuesa-cat.test') + ' — bloquejat en alguns operadors',
            'domini principal — bloquejat',
          ) +
          p('Compte amb les còpies falses: els miralls oficials sempre tenen el mateix disseny i t’hi pots connectar amb el teu usuari de sempre.') +
          p('Actualitzem aquesta llista cada vegada que un domini cau. Entra a la web des de l’enllaç del canal per anar sempre al mirall bo.') +
          footer('Nuesa © 2025', [['/termes', 'Termes']]),
      },
      {
        path: '/preus', title: 'Preus — Nuesa',
        head: cryptoCheckout(),
        body: nav([['/', 'Inici'], ['/preus', 'Preus'], ['/miralls', 'Altres miralls']], 'Nuesa') +
          h1('Paquets de crèdits') +
          priceTable(['Paquet', 'Fotos', 'Preu'], [['Petit', '12', '5 €'], ['Mitjà', '50', '15 €'], ['Gran', '150', '35 €'], ['Il·limitat 30 dies', 'Sense límit', '45 €']]) +
          p('Pagament amb targeta (es cobra com a “NS Digital”) o amb criptomonedes: BTC, USDT, LTC. Amb cripto tens un 10 % de fotos extra. Els crèdits no caduquen i funcionen a tots els miralls.') +
          p('Amb qualsevol paquet pots fer servir tots els modes, també el mode sense roba complet. Si una foto falla per un error nostre, et tornem el crèdit.') +
          footer('Nuesa © 2025', [['/termes', 'Termes']]),
      },
      {
        path: '/ajuda', title: 'Ajuda — Nuesa',
        body: nav([['/', 'Inici'], ['/preus', 'Preus'], ['/ajuda', 'Ajuda']], 'Nuesa') +
          faq('Ajuda', [
            ['No em carrega cap mirall', 'Canvia els DNS del teu dispositiu o fes servir una VPN. Consulta el canal de Telegram.'],
            ['He pagat i no veig els crèdits', 'Escriu-nos al bot de suport amb l’identificador del pagament.'],
            ['Puc pujar fotos de qualsevol persona?', 'Acceptant els termes declares que tens el consentiment de la persona.'],
            ['Es guarden les fotos?', 'S’esborren automàticament al cap de 24 hores.'],
          ]) +
          footer('Nuesa © 2025', [['/termes', 'Termes'], ['https://t.me/nuesa_suport_bot', 'Suport']]),
      },
    ],
  },
  {
    host: 'fotix-estudio.test', lang: 'pt', label: 'nudify', shape: 'innocent-home', author: 'fresh-a', pages: [
      {
        path: '/', title: 'Fotix Estúdio — Editor de fotos com IA',
        head: metaDescription('Fotix Estúdio: editor de fotos com inteligência artificial. Remova objetos, troque o fundo, melhore selfies e crie avatares.') + oneTap('301-fotix.apps.googleusercontent.com'),
        body: nav([['/', 'Início'], ['/ferramentas', 'Ferramentas'], ['/precos', 'Preços'], ['/blog/novidades-junho', 'Novidades'], ['/ajuda', 'Ajuda']], 'Fotix') +
          h1('Edite suas fotos como um profissional, sem saber editar') +
          p('O Fotix Estúdio reúne as ferramentas de IA mais pedidas em um só lugar: apagar objetos e pessoas do fundo, trocar o céu, melhorar selfies, criar avatares e muito mais. Tudo online, rápido e com resultado de estúdio. Mais de 500 mil brasileiros já usam.') +
          section(h2('Ferramentas populares'), ul(
            'Borracha mágica — apague o que quiser da foto.',
            'Fundo novo — praia, cidade, estúdio.',
            'Melhorar selfie — luz, nitidez e cor.',
            'Avatar IA — 50 estilos diferentes.',
            'Trocar roupa — experimente outros looks.',
            'Modo Criativo — liberdade total, sem filtros.',
          )) +
          img(4, 'Exemplo de edição') +
          upload('Envie sua foto', '/editor/enviar', 'Editar agora') +
          p('Comece grátis: 5 créditos por dia, sem cartão de crédito. No plano Pro você libera todas as ferramentas, inclusive as do Modo Criativo.') +
          blockquote('Uso para as fotos da minha loja e para brincar com os amigos. Muito fácil.', 'Juliana, Recife') +
          faq('Perguntas rápidas', [
            ['Preciso instalar algo?', 'Não, funciona no navegador do celular ou do computador.'],
            ['Minhas fotos ficam salvas?', 'Ficam no seu histórico por 7 dias e depois são apagadas.'],
            ['O que é o Modo Criativo?', 'Um conjunto de ferramentas avançadas para maiores de 18 anos. Veja em Ferramentas.'],
          ]) +
          cookieBanner('Usamos cookies para personalizar conteúdo e anúncios. Você pode aceitar ou recusar.', 'Aceitar', 'Recusar') +
          footer('Fotix Estúdio © 2025 · São Paulo', [['/termos', 'Termos'], ['/privacidade', 'Privacidade'], ['/ajuda', 'Ajuda']]),
      },
      {
        path: '/ferramentas', title: 'Todas as ferramentas — Fotix Estúdio',
        body: nav([['/', 'Início'], ['/ferramentas', 'Ferramentas'], ['/precos', 'Preços']], 'Fotix') +
          h1('Ferramentas') +
          h2('Edição') + ul('Borracha mágica', 'Fundo novo', 'Melhorar selfie', 'Colorir foto antiga') +
          h2('Estilo') + ul('Avatar IA', 'Trocar roupa', 'Cabelo e maquiagem') +
          h2('Modo Criativo 18+') +
          p('Disponível apenas no plano Pro, para contas com idade verificada.') +
          ul(
            '<strong>Despir</strong> — a IA remove a roupa da pessoa na foto e gera a versão nua, mantendo rosto, pose e fundo.',
            '<strong>Raio-X</strong> — efeito de roupa transparente.',
            '<strong>Sem censura</strong> — gerador de imagens sem filtro de conteúdo adulto.',
          ) +
          p('Dica: para o Despir, use fotos de corpo inteiro com boa luz. Funciona com fotos tiradas de redes sociais.') +
          footer('Fotix Estúdio © 2025', [['/termos', 'Termos']]),
      },
      {
        path: '/precos', title: 'Preços — Fotix Estúdio',
        head: stripe('pk_test_fotix_BR77'),
        body: nav([['/', 'Início'], ['/ferramentas', 'Ferramentas'], ['/precos', 'Preços']], 'Fotix') +
          h1('Planos') +
          priceTable(['Plano', 'Preço', 'Créditos', 'Acesso'], [
            ['Grátis', 'R$ 0', '5 por dia', 'Edição e Estilo'],
            ['Plus', 'R$ 19,90/mês', '300', 'Edição e Estilo em HD'],
            ['Pro', 'R$ 44,90/mês', '1.000', 'Tudo, incluindo Modo Criativo 18+ (Despir, Raio-X, Sem censura)'],
          ]) +
          p('Pix, cartão ou boleto. Na fatura aparece “FTX SERVICOS DIGITAIS”. Cancele quando quiser, sem multa.') +
          p('Quer só experimentar o Modo Criativo? Existe um passe de 24 horas por R$ 9,90 que libera o Despir, o Raio-X e o gerador Sem censura com 50 créditos. Depois disso, a conta volta ao plano grátis automaticamente.') +
          footer('Fotix Estúdio © 2025', [['/termos', 'Termos']]),
      },
      {
        path: '/blog/novidades-junho', title: 'Novidades de junho — Fotix Estúdio',
        body: nav([['/', 'Início'], ['/ferramentas', 'Ferramentas'], ['/precos', 'Preços'], ['/blog/novidades-junho', 'Novidades']], 'Fotix') +
          article(h1('Novidades de junho: Despir 2.0 e Avatar IA com 20 estilos novos'),
            p('Este mês lançamos a versão 2.0 da ferramenta Despir, do Modo Criativo. O novo modelo erra menos em fotos com roupas largas e gera a imagem sem roupa em metade do tempo. Assinantes Pro já podem usar sem custo extra.'),
            p('Também chegaram 20 estilos novos no Avatar IA, incluindo anime, retrô e aquarela, e a Borracha mágica agora funciona em vídeos curtos de até 10 segundos.')) +
          footer('Fotix Estúdio © 2025', [['/termos', 'Termos']]),
      },
      {
        path: '/ajuda', title: 'Ajuda — Fotix Estúdio',
        body: nav([['/', 'Início'], ['/precos', 'Preços'], ['/ajuda', 'Ajuda']], 'Fotix') +
          faq('Central de ajuda', [
            ['Como verifico minha idade?', 'Em Perfil > Verificação, com um cartão de crédito em seu nome.'],
            ['Posso usar foto de outra pessoa?', 'Pelos termos, você declara ter autorização da pessoa retratada.'],
            ['O Despir funciona com qualquer foto?', 'Funciona melhor com uma pessoa por foto, de corpo inteiro.'],
            ['Como cancelar?', 'Perfil > Assinatura > Cancelar.'],
          ]) +
          p('Ainda com dúvida? Fale com a gente pelo chat no canto da tela, de segunda a sábado, das 9h às 21h, ou escreva para ajuda@fotix-estudio.test.') +
          footer('Fotix Estúdio © 2025', [['/termos', 'Termos'], ['/privacidade', 'Privacidade']]),
      },
    ],
  },
  {
    host: 'visor-transparente.test', lang: 'es', label: 'nudify', shape: 'app-landing', author: 'fresh-a', pages: [
      {
        path: '/', title: 'Visor Transparente — La app de rayos X con IA',
        head: metaDescription('Descarga Visor Transparente, la app con IA que ve a través de la ropa. Filtro rayos X para tus fotos. Android y iOS. Solo +18.'),
        body: nav([['/', 'Inicio'], ['/funciones', 'Funciones'], ['/premium', 'Premium'], ['/descargar', 'Descargar'], ['/preguntas', 'Preguntas']], 'Visor Transparente') +
          h1('El filtro de rayos X que por fin funciona de verdad') +
          p('¿Te acuerdas de esas apps de broma que prometían ver a través de la ropa? Visor Transparente es distinta: usa inteligencia artificial para generar la imagen de la persona sin ropa a partir de cualquier foto. Eliges la foto, deslizas el visor y la ropa se vuelve transparente, al toque. Hecha en Chile, usada en toda Latinoamérica.') +
          storeBadges('/descargar/visor-transparente-2.8.apk') +
          section(h2('Funciones estrella'), ul(
            'Visor deslizante: mueve el dedo y mira el antes y después.',
            'Nivel de transparencia ajustable, de tela fina a sin ropa.',
            'Modo cámara: apunta y el filtro se aplica en la foto que sacas.',
            'Bóveda secreta con huella para guardar tus resultados.',
            'Comparte directo a WhatsApp y Telegram.',
          )) +
          img(5, 'Captura de la app') +
          blockquote('Cuática la app, nada que ver con las de antes. Bacán que tenga versión para iPhone.', 'Seba, Valparaíso') +
          blockquote('La pagué anual y no me arrepiento.', 'reseña en la tienda') +
          faq('Preguntas rápidas', [
            ['¿Es gratis?', 'Tienes 3 fotos gratis al día con nivel de transparencia bajo. Premium desbloquea el nivel máximo.'],
            ['¿Funciona con cualquier foto?', 'Sí, con fotos de la galería o tomadas con el modo cámara. Mejor si es una sola persona.'],
            ['¿Cómo pago?', 'Con la tienda de apps, Webpay o cripto desde la web.'],
          ]) +
          cookieBanner('Usamos cookies para analítica y publicidad.', 'Aceptar', 'Rechazar') +
          footer('Visor Transparente © 2025 · App para mayores de 18 años.', [['/terminos', 'Términos'], ['/privacidad', 'Privacidad'], ['/preguntas', 'Ayuda']]),
      },
      {
        path: '/funciones', title: 'Funciones — Visor Transparente',
        body: nav([['/', 'Inicio'], ['/funciones', 'Funciones'], ['/premium', 'Premium'], ['/descargar', 'Descargar']], 'Visor Transparente') +
          h1('Todo lo que hace Visor Transparente') +
          h2('Niveles del visor') + ol('Nivel 1 — tela fina (gratis).', 'Nivel 2 — efecto mojado.', 'Nivel 3 — ropa interior visible.', 'Nivel 4 — sin ropa (Premium).') +
          h2('Modo cámara') + p('Saca una foto con la app y el visor se aplica en el momento. Funciona con cualquier foto nueva. La foto se guarda solo en tu bóveda, no en la galería del teléfono.') +
          h2('Bóveda') + p('Protegida con huella o PIN. El ícono de la app se puede cambiar por uno de linterna para más discreción.') +
          footer('Visor Transparente © 2025', [['/terminos', 'Términos']]),
      },
      {
        path: '/premium', title: 'Premium — Visor Transparente',
        body: nav([['/', 'Inicio'], ['/funciones', 'Funciones'], ['/premium', 'Premium']], 'Visor Transparente') +
          h1('Hazte Premium') +
          priceTable(['Plan', 'Precio (CLP)', 'Incluye'], [
            ['Gratis', '$0', '3 fotos al día, nivel 1'],
            ['Semanal', '$2.990', 'Ilimitado, niveles 1 a 4'],
            ['Mensual', '$7.990', 'Ilimitado + HD + modo cámara'],
            ['Anual', '$39.990', 'Todo + bóveda en la nube'],
          ]) +
          p('Pagos con Webpay, tarjeta o USDT. También puedes pagar en dólares desde Perú, Colombia o México. La suscripción se renueva automáticamente; cancela desde la tienda.') +
          p('Con Premium desbloqueas el nivel 4 del visor, el que deja la foto sin ropa, y el modo cámara en alta definición. La prueba de 3 días es gratis.') +
          footer('Visor Transparente © 2025', [['/terminos', 'Términos']]),
      },
      {
        path: '/descargar', title: 'Descargar — Visor Transparente',
        body: nav([['/', 'Inicio'], ['/funciones', 'Funciones'], ['/descargar', 'Descargar']], 'Visor Transparente') +
          h1('Descarga la app') +
          storeBadges('/descargar/visor-transparente-2.8.apk') +
          p('Si no encuentras Visor Transparente en Google Play, es porque la tienda la retira cada cierto tiempo. Descarga el APK oficial desde aquí (versión 2.8, 52 MB) y actívalo permitiendo la instalación desde orígenes desconocidos. En iPhone, la app está disponible con el nombre alternativo “Visor Pro Cam”.') +
          footer('Visor Transparente © 2025', [['/terminos', 'Términos']]),
      },
      {
        path: '/preguntas', title: 'Preguntas frecuentes — Visor Transparente',
        body: nav([['/', 'Inicio'], ['/premium', 'Premium'], ['/preguntas', 'Preguntas']], 'Visor Transparente') +
          faq('Preguntas frecuentes', [
            ['¿El resultado es real?', 'Es una imagen generada por IA, no una foto real de la persona. Pero se ve muy realista.'],
            ['¿Es legal?', 'Debes tener permiso de la persona fotografiada. El uso de la app es responsabilidad del usuario.'],
            ['¿Por qué desapareció de la tienda?', 'A veces las tiendas la retiran. Siempre tendrás el APK actualizado en nuestra web.'],
            ['¿Guardan mis fotos?', 'No, todo queda en tu bóveda local.'],
          ]) +
          footer('Visor Transparente © 2025', [['/terminos', 'Términos'], ['/privacidad', 'Privacidad']]),
      },
    ],
  },
  // ───────────────────────────── deepfake ─────────────────────────────
  {
    host: 'rostrotube.test', lang: 'es', label: 'deepfake', shape: 'tube', author: 'fresh-a', pages: [
      {
        path: '/', title: 'RostroTube — Vídeos deepfake de famosas en HD',
        head: metaDescription('RostroTube: la mayor colección de vídeos deepfake en español. Famosas, influencers y streamers con face swap en HD y 4K. Solo +18.'),
        body: ageGate('RostroTube contiene material para adultos generado con inteligencia artificial. Debes ser mayor de 18 años para entrar.', 'Tengo 18 años o más — Entrar', 'Salir') +
          nav([['/', 'Inicio'], ['/categorias', 'Categorías'], ['/mas-vistos', 'Más vistos'], ['/subir', 'Subir vídeo'], ['/premium', 'Premium']], 'RostroTube') +
          textForm('Buscar vídeos, famosas, tags…', 'Buscar') +
          h1('Vídeos deepfake nuevos hoy') +
          p('Cada día subimos nuevos vídeos de face swap hechos por nuestra comunidad de creadores: actrices, presentadoras, cantantes y las influencers que sigues en redes, puestas con IA en escenas para adultos. Calidad HD y 4K, sin anuncios molestos en Premium.') +
          mediaGrid([
            { title: 'Presentadora de informativos deepfake parte 2', duration: '14:32', views: '182 mil visitas', tags: ['deepfake', 'presentadoras', 'hd'] },
            { title: 'Streamer famosa face swap 4K', duration: '09:05', views: '96 mil visitas', tags: ['streamers', 'faceswap', '4k'] },
            { title: 'Actriz de serie de televisión española IA', duration: '21:47', views: '311 mil visitas', tags: ['actrices', 'series', 'deepfake'] },
            { title: 'Cantante pop latina versión IA', duration: '12:10', views: '74 mil visitas', tags: ['cantantes', 'latinas'] },
            { title: 'Influencer de moda deepfake completo', duration: '18:03', views: '140 mil visitas', tags: ['influencers', 'completo'] },
            { title: 'Youtuber de cocina face swap', duration: '07:58', views: '51 mil visitas', tags: ['youtubers', 'faceswap'] },
          ]) +
          section(h2('Categorías populares'), p(a('/categorias', 'Actrices') + ' · ' + a('/categorias', 'Presentadoras de TV') + ' · ' + a('/categorias', 'Streamers') + ' · ' + a('/categorias', 'Influencers') + ' · ' + a('/categorias', 'Cantantes') + ' · ' + a('/categorias', 'Deportistas'))) +
          p('¿Quieres ver a una famosa concreta? Haz tu petición en la sección de encargos de Premium y nuestros creadores la harán realidad.') +
          footer('RostroTube © 2025. Todos los vídeos son deepfakes generados con IA y no muestran a las personas reales. 18 U.S.C. 2257: no aplica a contenido sintético.', [['/terminos', 'Términos'], ['/dmca', 'DMCA / retirada'], ['/contacto', 'Contacto']]),
      },
      {
        path: '/categorias', title: 'Categorías — RostroTube',
        body: nav([['/', 'Inicio'], ['/categorias', 'Categorías'], ['/mas-vistos', 'Más vistos'], ['/premium', 'Premium']], 'RostroTube') +
          h1('Todas las categorías') +
          ul('Actrices de cine (1.240 vídeos)', 'Actrices de series y telenovelas (2.015 vídeos)', 'Presentadoras de TV (860 vídeos)', 'Streamers y gamers (1.530 vídeos)', 'Influencers de Instagram y TikTok (3.102 vídeos)', 'Cantantes (940 vídeos)', 'Deportistas (410 vídeos)', 'Políticas (120 vídeos)', 'Face swap a petición (Premium)') +
          p('Los vídeos se etiquetan por la persona cuyo rostro aparece. Si buscas a alguien y no está, pídelo en encargos: los más votados se hacen primero.') +
          footer('RostroTube © 2025', [['/terminos', 'Términos'], ['/dmca', 'DMCA']]),
      },
      {
        path: '/premium', title: 'RostroTube Premium',
        head: cryptoCheckout(),
        body: nav([['/', 'Inicio'], ['/categorias', 'Categorías'], ['/premium', 'Premium']], 'RostroTube') +
          h1('Hazte Premium') +
          priceTable(['Plan', 'Precio', 'Ventajas'], [
            ['Mensual', '9,99 €', 'Sin anuncios, 4K, descargas'],
            ['Trimestral', '24,99 €', 'Todo + 1 encargo de face swap al mes'],
            ['Anual', '79,99 €', 'Todo + 3 encargos al mes y acceso anticipado'],
          ]) +
          p('Los encargos te permiten pedir un deepfake de la persona que quieras: nos mandas el nombre o enlaces a sus fotos y un creador lo produce en 3–5 días. Pago con tarjeta (aparece como “RT Media”) o con criptomonedas.') +
          footer('RostroTube © 2025', [['/terminos', 'Términos']]),
      },
      {
        path: '/subir', title: 'Subir vídeo — RostroTube',
        body: nav([['/', 'Inicio'], ['/categorias', 'Categorías'], ['/subir', 'Subir vídeo']], 'RostroTube') +
          h1('Sube tus deepfakes y gana dinero') +
          p('¿Haces face swaps? Súbelos a RostroTube y cobra por cada mil visualizaciones. Los creadores verificados reciben encargos pagados de los usuarios Premium. Aceptamos MP4 hasta 4 GB.') +
          upload('Archivo de vídeo (MP4)', '/subir/enviar', 'Subir') +
          ul('Indica en el título el nombre de la persona cuyo rostro usas.', 'Añade al menos 3 etiquetas.', 'Pago mensual por PayPal o USDT a partir de 50 €.') +
          footer('RostroTube © 2025', [['/terminos', 'Términos']]),
      },
    ],
  },
  {
    host: 'voltoflip-studio.test', lang: 'it', label: 'deepfake', shape: 'faceswap-saas', author: 'fresh-a', pages: [
      {
        path: '/', title: 'VoltoFlip Studio — Face swap video con IA, anche 18+',
        head: metaDescription('VoltoFlip Studio: scambia volti in foto e video con l’intelligenza artificiale. Modelli gratuiti, modalità 18+ senza censura, risultati in HD.') + oneTap('640-voltoflip.apps.googleusercontent.com'),
        body: nav([['/', 'Home'], ['/modelli', 'Modelli'], ['/prezzi', 'Prezzi'], ['/faq', 'FAQ'], ['/accedi', 'Accedi']], 'VoltoFlip') +
          h1('Metti qualsiasi volto in qualsiasi video') +
          p('VoltoFlip Studio è il face swap video più realistico in italiano. Carichi una o più foto del volto, scegli un video dalla nostra libreria o caricane uno tuo, e l’IA sostituisce il viso fotogramma per fotogramma, con espressioni e luci naturali. Perfetto per meme, video divertenti e, per chi è maggiorenne, per la nostra libreria di modelli per adulti.') +
          upload('Carica la foto del volto', '/swap/nuovo', 'Crea video') +
          section(h2('Cosa puoi fare'), ul(
            'Face swap su video fino a 5 minuti in Full HD.',
            'Libreria di oltre 3.000 modelli video, divisi in SFW e 18+.',
            'Modalità 18+: scene per adulti pronte in cui inserire il volto che preferisci.',
            'Multi-foto: carica 10–20 foto della stessa persona per un risultato più fedele.',
            'Nessuna filigrana nei piani a pagamento.',
          )) +
          blockquote('Ho provato tutte le app di face swap, questa è l’unica che regge anche con il viso di profilo.', 'Matteo, Torino') +
          faq('Domande frequenti', [
            ['Serve il consenso della persona?', 'I termini ti chiedono di averlo. Non verifichiamo l’identità delle persone nelle foto.'],
            ['Quanto tempo ci vuole?', 'Circa 1 minuto per ogni 30 secondi di video.'],
            ['Come si sblocca la modalità 18+?', 'Con un piano Pro e la conferma di essere maggiorenne.'],
          ]) +
          cookieBanner('Questo sito utilizza cookie per migliorare l’esperienza e per statistiche anonime.', 'Accetto', 'Solo necessari') +
          footer('© 2025 VoltoFlip Studio', [['/termini', 'Termini'], ['/privacy', 'Privacy'], ['/faq', 'FAQ']]),
      },
      {
        path: '/modelli', title: 'Libreria modelli — VoltoFlip Studio',
        body: nav([['/', 'Home'], ['/modelli', 'Modelli'], ['/prezzi', 'Prezzi']], 'VoltoFlip') +
          h1('Libreria dei modelli video') +
          h2('SFW') + ul('Scene di film famosi', 'Balli virali', 'Video musicali', 'Auguri di compleanno') +
          h2('18+ (solo Pro)') +
          p('Oltre 1.800 clip per adulti in HD, pronte per il face swap. Scegli la clip, carica il volto e in pochi minuti ottieni un video porno con la faccia che vuoi. Nuove clip ogni settimana, filtrabili per durata, categoria e inquadratura.') +
          ul('Clip brevi (meno di 1 minuto)', 'Scene complete (5 minuti)', 'POV', 'Clip “amatoriali” stile smartphone') +
          footer('© 2025 VoltoFlip Studio', [['/termini', 'Termini']]),
      },
      {
        path: '/prezzi', title: 'Prezzi — VoltoFlip Studio',
        head: stripe('pk_test_voltoflip_IT3'),
        body: nav([['/', 'Home'], ['/modelli', 'Modelli'], ['/prezzi', 'Prezzi']], 'VoltoFlip') +
          h1('Piani') +
          priceTable(['Piano', 'Prezzo', 'Minuti video', 'Libreria'], [
            ['Free', '0 €', '1 min con filigrana', 'Solo SFW'],
            ['Base', '9,90 €/mese', '20 min', 'Solo SFW'],
            ['Pro', '24,90 €/mese', '90 min', 'SFW + 18+, video caricati da te'],
            ['Studio', '59,90 €/mese', '300 min', 'Tutto + coda prioritaria + 4K'],
          ]) +
          p('Paghi con carta, PayPal o crypto. Addebito discreto come “VF Digital”. Disdici quando vuoi dal tuo profilo.') +
          p('Il piano Pro è il più scelto: sblocca la libreria 18+ e ti permette di caricare i tuoi video. I minuti non usati passano al mese successivo, fino a un massimo di 60.') +
          footer('© 2025 VoltoFlip Studio', [['/termini', 'Termini']]),
      },
      {
        path: '/faq', title: 'FAQ — VoltoFlip Studio',
        body: nav([['/', 'Home'], ['/modelli', 'Modelli'], ['/prezzi', 'Prezzi'], ['/faq', 'FAQ']], 'VoltoFlip') +
          faq('FAQ', [
            ['Posso usare il volto di una persona famosa?', 'Nella libreria 18+ è vietato, ma non possiamo controllare ogni caricamento: ne sei responsabile tu.'],
            ['Posso caricare un mio video?', 'Sì, dal piano Pro, anche video per adulti.'],
            ['I video sono privati?', 'Sì, visibili solo nel tuo account, e cancellati dopo 30 giorni.'],
            ['Quante foto servono?', 'Ne basta una, ma con 10–20 foto da angolazioni diverse il risultato è molto più credibile.'],
          ]) +
          footer('© 2025 VoltoFlip Studio', [['/termini', 'Termini'], ['/privacy', 'Privacy']]),
      },
    ],
  },
  {
    host: 'encargos-ia.test', lang: 'es', label: 'deepfake', shape: 'request-board', author: 'fresh-a', pages: [
      {
        path: '/', title: 'Encargos IA — Tablón de pedidos de deepfakes',
        head: metaDescription('Encargos IA: publica tu pedido de face swap o deepfake, fija una recompensa y deja que los creadores compitan. Pagos en garantía.'),
        body: ageGate('Este foro contiene pedidos de contenido para adultos generado con IA. Solo mayores de 18.', 'Entrar', 'Salir') +
          nav([['/', 'Tablón'], ['/publicar', 'Publicar pedido'], ['/creadores', 'Creadores'], ['/reglas', 'Reglas'], ['/garantia', 'Pagos en garantía']], 'Encargos IA') +
          h1('Tablón de encargos') +
          p('Publica lo que quieres, pon una recompensa y nuestros creadores verificados se encargan. El dinero queda en garantía hasta que apruebas el resultado. Más de 4.000 encargos completados.') +
          section(h2('Encargos abiertos'), ul(
            '<strong>[ABIERTO] Face swap de streamer mexicana en clip +18</strong> — tengo 25 fotos y 2 videos de su canal. Recompensa: 45 USD. 6 respuestas.',
            '<strong>[ABIERTO] Deepfake de compañera de trabajo</strong> — mando fotos de su Facebook por privado. Recompensa: 30 USD. 3 respuestas.',
            '<strong>[EN PROCESO] Actriz de telenovela, escena completa 5 min</strong> — Recompensa: 120 USD. Asignado a @pixelsucio.',
            '<strong>[ABIERTO] Fotos “sin ropa” de influencer de Monterrey</strong> — 10 imágenes, estilo realista. Recompensa: 20 USD.',
            '<strong>[COMPLETADO] Cantante de banda, face swap HD</strong> — Recompensa: 60 USD. Valoración 5/5.',
          )) +
          p(a('/publicar', 'Publicar un encargo') + ' · ' + a('/creadores', 'Ver creadores mejor valorados')) +
          section(h2('Cómo funciona'), ol('Publica tu encargo con descripción y fotos de referencia.', 'Los creadores te mandan una muestra con marca de agua.', 'Eliges al ganador y liberas el pago en garantía.', 'Recibes el archivo final sin marca.')) +
          footer('Encargos IA © 2025 · Los usuarios son responsables de sus publicaciones.', [['/reglas', 'Reglas'], ['/garantia', 'Garantía'], ['/terminos', 'Términos']]),
      },
      {
        path: '/publicar', title: 'Publicar un encargo — Encargos IA',
        body: nav([['/', 'Tablón'], ['/publicar', 'Publicar pedido'], ['/reglas', 'Reglas']], 'Encargos IA') +
          h1('Publicar un encargo') +
          p('Describe bien lo que quieres: quién debe aparecer, qué tipo de escena, duración y formato. Cuantas más fotos de referencia de la persona subas (de frente, de perfil, con distinta luz), mejor será el deepfake. La recompensa mínima es de 15 USD.') +
          orderForm(['Título del encargo', 'Tipo (foto sin ropa / face swap en video / voz)', 'Descripción', 'Enlaces a fotos o perfiles de la persona', 'Recompensa (USD)', 'Fecha límite'], 'Publicar') +
          upload('Fotos de referencia (opcional)', '/publicar/fotos', 'Adjuntar') +
          footer('Encargos IA © 2025', [['/reglas', 'Reglas']]),
      },
      {
        path: '/creadores', title: 'Creadores verificados — Encargos IA',
        body: nav([['/', 'Tablón'], ['/publicar', 'Publicar pedido'], ['/creadores', 'Creadores']], 'Encargos IA') +
          h1('Creadores mejor valorados') +
          priceTable(['Creador', 'Especialidad', 'Encargos', 'Valoración', 'Desde'], [
            ['@pixelsucio', 'Video face swap 4K', '512', '4,9', '40 USD'],
            ['@mascarasai', 'Fotos sin ropa realistas', '1.204', '4,8', '8 USD'],
            ['@clonvoz', 'Deepfake de voz + video', '188', '4,7', '70 USD'],
            ['@rapidswap', 'Entregas en 24 h', '730', '4,6', '25 USD'],
          ]) +
          p('¿Haces deepfakes? Solicita la verificación de creador y empieza a recibir encargos. Cobramos una comisión del 15 % sobre cada recompensa.') +
          p('Cada creador tiene su portafolio con muestras difuminadas y reseñas de otros usuarios. Puedes invitar directamente a un creador a tu encargo o dejar que compitan entre ellos por la recompensa.') +
          footer('Encargos IA © 2025', [['/reglas', 'Reglas']]),
      },
      {
        path: '/garantia', title: 'Pagos en garantía — Encargos IA',
        head: cryptoCheckout(),
        body: nav([['/', 'Tablón'], ['/publicar', 'Publicar pedido'], ['/garantia', 'Pagos en garantía']], 'Encargos IA') +
          h1('Pagos en garantía (escrow)') +
          p('Cuando eliges a un creador, depositas la recompensa en nuestra cuenta de garantía con USDT, BTC o tarjeta. El creador no cobra hasta que confirmas que el deepfake cumple lo pedido. Si hay disputa, un moderador revisa la muestra y decide en 48 horas. Las recompensas de más de 200 USD solo se aceptan en cripto.') +
          footer('Encargos IA © 2025', [['/terminos', 'Términos']]),
      },
      {
        path: '/reglas', title: 'Reglas del tablón — Encargos IA',
        body: nav([['/', 'Tablón'], ['/publicar', 'Publicar pedido'], ['/reglas', 'Reglas']], 'Encargos IA') +
          h1('Reglas') +
          ol('Solo mayores de 18 años, tanto usuarios como personas en las fotos.', 'Prohibido publicar datos personales como dirección o teléfono de la persona.', 'Las muestras deben llevar marca de agua.', 'Nada de estafas: todo pago va por garantía.', 'Los encargos de personas que hayan pedido su retirada se cierran.') +
          p('Los moderadores pueden cerrar encargos que incumplan estas reglas. Las quejas de las personas que aparecen en los encargos se atienden por correo.') +
          footer('Encargos IA © 2025', [['/terminos', 'Términos']]),
      },
    ],
  },
  {
    host: 'trocacara-bot.test', lang: 'pt', label: 'deepfake', shape: 'telegram-bot', author: 'fresh-a', pages: [
      {
        path: '/', title: 'TrocaCara Bot — Face swap 18+ no Telegram',
        head: metaDescription('TrocaCara é um bot do Telegram que coloca qualquer rosto em vídeos adultos. Mande a foto, escolha o vídeo, receba em minutos. Pix e cripto.'),
        body: nav([['/', 'Início'], ['/como-usar', 'Como usar'], ['/pacotes', 'Pacotes'], ['/afiliados', 'Afiliados'], ['/suporte', 'Suporte']], 'TrocaCara') +
          h1('Coloque o rosto de quem você quiser em vídeos +18') +
          p('O TrocaCara é o bot de face swap adulto mais rápido do Telegram em português. Você manda uma selfie ou uma foto do rosto, escolhe um dos milhares de vídeos do nosso catálogo adulto, e o bot devolve o vídeo com o rosto trocado em poucos minutos. Tudo dentro do chat privado, sem app e sem cadastro.') +
          p(a('https://t.me/TrocaCaraBR_bot', 'Abrir @TrocaCaraBR_bot') + ' · ' + a('https://t.me/trocacara_oficial', 'Canal oficial (bots reserva)')) +
          section(h2('Por que o TrocaCara?'), ul(
            'Catálogo com mais de 5.000 vídeos adultos prontos para a troca de rosto.',
            'Envie seu próprio vídeo no pacote Ouro.',
            'Modo foto: troca de rosto em fotos nuas do catálogo em 10 segundos.',
            'Bots reserva: se o principal cair, o canal avisa o novo em minutos.',
            'Pagamento por Pix, Telegram Stars ou cripto.',
          )) +
          section(h2('Em três passos'), ol('Mande /start e confirme que tem 18 anos ou mais.', 'Envie a foto do rosto (de frente, boa luz).', 'Escolha o vídeo por categoria e receba o resultado.')) +
          blockquote('Rápido demais, melhor bot que já usei pra isso.', 'usuário do canal') +
          faq('Dúvidas', [
            ['Tem teste grátis?', 'Sim, 1 vídeo curto de 15 segundos com marca d’água.'],
            ['Posso usar foto de qualquer pessoa?', 'Ao usar o bot você declara ter autorização. O bot não verifica quem está na foto.'],
            ['Os vídeos ficam salvos?', 'São apagados do servidor 2 horas depois da entrega.'],
          ]) +
          footer('TrocaCara © 2025 · Somente maiores de 18 anos · Não afiliado ao Telegram.', [['/termos', 'Termos'], ['/suporte', 'Suporte'], ['https://t.me/trocacara_suporte', 'Suporte no Telegram']]),
      },
      {
        path: '/como-usar', title: 'Como usar — TrocaCara Bot',
        body: nav([['/', 'Início'], ['/como-usar', 'Como usar'], ['/pacotes', 'Pacotes']], 'TrocaCara') +
          h1('Comandos do bot') +
          ul('/start — inicia e mostra seu saldo', '/rosto — envia ou troca a foto do rosto', '/catalogo — lista categorias de vídeos adultos', '/foto — troca de rosto em imagens', '/meu_video — envie seu próprio vídeo (Ouro)', '/saldo — créditos restantes', '/indicar — seu link de indicação') +
          p('Dica: mande 3 a 5 fotos do mesmo rosto com /rosto para o bot montar um modelo mais fiel. Fotos tiradas de stories e perfis funcionam, desde que o rosto esteja nítido.') +
          footer('TrocaCara © 2025', [['/termos', 'Termos']]),
      },
      {
        path: '/pacotes', title: 'Pacotes — TrocaCara Bot',
        head: cryptoCheckout(),
        body: nav([['/', 'Início'], ['/como-usar', 'Como usar'], ['/pacotes', 'Pacotes']], 'TrocaCara') +
          h1('Pacotes de créditos') +
          priceTable(['Pacote', 'Vídeos', 'Fotos', 'Pix', 'Stars'], [
            ['Bronze', '5', '20', 'R$ 24,90', '300 ⭐'],
            ['Prata', '20', '100', 'R$ 79,90', '950 ⭐'],
            ['Ouro', '60', 'Ilimitadas', 'R$ 189,90', '2.200 ⭐'],
          ]) +
          p('O pacote Ouro libera o envio dos seus próprios vídeos e resolução Full HD. Pagamentos em cripto (USDT, BTC) ganham 15% a mais de créditos. Os créditos valem em todos os bots reserva.') +
          p('Depois do pagamento, os créditos aparecem no bot em até 2 minutos. Mande /saldo para conferir. Créditos não expiram.') +
          footer('TrocaCara © 2025', [['/termos', 'Termos']]),
      },
      {
        path: '/afiliados', title: 'Programa de afiliados — TrocaCara',
        body: nav([['/', 'Início'], ['/pacotes', 'Pacotes'], ['/afiliados', 'Afiliados']], 'TrocaCara') +
          h1('Ganhe divulgando o TrocaCara') +
          p('Divulgue seu link de indicação em grupos, canais e fóruns e receba 35% de cada compra feita pelos seus indicados, para sempre. Pagamentos semanais por Pix ou USDT a partir de R$ 50. Temos banners, vídeos de demonstração e textos prontos para você postar. Administradores de canais grandes ganham comissão especial.') +
          p('Para entrar, mande /indicar no bot e pegue seu link.') +
          footer('TrocaCara © 2025', [['/termos', 'Termos']]),
      },
    ],
  },
  {
    host: 'swapforge-studio.test', lang: 'en', label: 'deepfake', shape: 'made-to-order', author: 'fresh-a', pages: [
      {
        path: '/', title: 'SwapForge Studio — Custom face-swap videos, made by hand',
        head: metaDescription('SwapForge Studio makes custom adult face-swap videos to order. Send reference photos, pick a scene, get a studio-grade deepfake in 72 hours.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'Service', name: 'SwapForge custom face-swap', provider: { '@type': 'Organization', name: 'SwapForge Studio' }, offers: { '@type': 'Offer', price: '89', priceCurrency: 'USD' } }),
        body: nav([['/', 'Home'], ['/how-it-works', 'How it works'], ['/order', 'Order'], ['/prices', 'Prices'], ['/faq', 'FAQ']], 'SwapForge') +
          h1('Custom face-swap videos, forged by real editors') +
          p('Apps give you a blurry, flickering swap. SwapForge gives you a studio job. Our team trains a dedicated model on the face you send us, composites it into the scene you choose and hand-fixes every frame where the AI slips. The result: an adult deepfake video that holds up in 1080p, delivered privately to your inbox.') +
          section(h2('What we make'), ul(
            'Adult face-swap clips from 1 to 10 minutes.',
            'Photo sets: 10 or 25 realistic images of the same person in the scene of your choice.',
            'Voice add-on: matching cloned voice lines from a short audio sample.',
            'Re-edits of an existing clip with a different face.',
          )) +
          section(h2('Why SwapForge'), ul('Dedicated model per order — never a generic template.', 'Frame-by-frame cleanup by human editors.', 'Encrypted delivery link that expires after 7 days.', 'No names, no questions, crypto accepted.')) +
          blockquote('Honestly didn’t think it could look that convincing from twelve Instagram photos.', 'Repeat client, verified order') +
          faq('Quick answers', [
            ['How many photos do you need?', '15–40 clear photos of the face from different angles. Screenshots from videos also work.'],
            ['Do you need permission from the person?', 'Our terms require you to confirm consent. We do not contact the person or check identity.'],
            ['How long does it take?', 'Standard 72 hours, rush 24 hours.'],
          ]) +
          cookieBanner('We use essential cookies only. No trackers, no ads.', 'Got it') +
          footer('© 2025 SwapForge Studio. Adults 18+ only.', [['/terms', 'Terms'], ['/privacy', 'Privacy'], ['/faq', 'FAQ'], ['https://t.me/swapforge_orders', 'Telegram']]),
      },
      {
        path: '/how-it-works', title: 'How it works — SwapForge Studio',
        body: nav([['/', 'Home'], ['/how-it-works', 'How it works'], ['/order', 'Order'], ['/prices', 'Prices']], 'SwapForge') +
          h1('From photos to finished clip') +
          ol(
            'Place your order and choose a scene from our catalogue, or describe the scene you want.',
            'Upload 15–40 reference photos through the private link we send you.',
            'We train a custom face model (about 12 hours on our GPUs).',
            'An editor composites the face into the scene and fixes artifacts by hand.',
            'You get a watermarked preview; approve it or ask for one revision.',
            'Final file delivered through an expiring encrypted link.',
          ) +
          p('Every order is deleted from our storage 7 days after delivery.') +
          footer('© 2025 SwapForge Studio', [['/terms', 'Terms']]),
      },
      {
        path: '/order', title: 'Place an order — SwapForge Studio',
        body: nav([['/', 'Home'], ['/how-it-works', 'How it works'], ['/order', 'Order'], ['/prices', 'Prices']], 'SwapForge') +
          h1('Order a custom deepfake') +
          p('Fill in the form and we will reply within a few hours with a quote and your private upload link. Payment is taken only after we confirm the photos are usable for a convincing swap.') +
          orderForm(['Email or Telegram handle', 'Product (clip / photo set / voice add-on)', 'Clip length (minutes)', 'Scene from catalogue or description', 'Links to reference photos or profiles', 'Rush delivery? (yes/no)'], 'Request quote') +
          p('By ordering you confirm you are 18+ and accept our terms.') +
          footer('© 2025 SwapForge Studio', [['/terms', 'Terms']]),
      },
      {
        path: '/prices', title: 'Prices — SwapForge Studio',
        head: cryptoCheckout(),
        body: nav([['/', 'Home'], ['/how-it-works', 'How it works'], ['/order', 'Order'], ['/prices', 'Prices']], 'SwapForge') +
          h1('Prices') +
          priceTable(['Product', 'Price', 'Delivery'], [
            ['Photo set (10 images)', '$49', '48 h'],
            ['Photo set (25 images)', '$99', '72 h'],
            ['Clip up to 2 min', '$89', '72 h'],
            ['Clip up to 10 min', '$249', '5 days'],
            ['Voice add-on', '+$60', '+24 h'],
            ['Rush', '+50%', '24 h'],
          ]) +
          p('We accept BTC, USDT, XMR and gift cards. Card payments via a third-party processor appear as “SF Creative LLC”. Prices in USD.') +
          p('Repeat clients get 15% off from their third order. Bundles of a clip plus a photo set of the same person are available on request; ask for a quote in the order form.') +
          footer('© 2025 SwapForge Studio', [['/terms', 'Terms']]),
      },
      {
        path: '/faq', title: 'FAQ — SwapForge Studio',
        body: nav([['/', 'Home'], ['/order', 'Order'], ['/prices', 'Prices'], ['/faq', 'FAQ']], 'SwapForge') +
          faq('Frequently asked questions', [
            ['Can you do celebrities?', 'We do not advertise celebrity work. What you upload is your responsibility.'],
            ['What if I only have a few photos?', 'Send what you have; we will tell you honestly if it is enough for a believable result.'],
            ['Do you keep my files?', 'No. Everything is wiped 7 days after delivery.'],
            ['Do you offer refunds?', 'Full refund if we cannot deliver a usable preview.'],
          ]) +
          footer('© 2025 SwapForge Studio', [['/terms', 'Terms'], ['/privacy', 'Privacy']]),
      },
    ],
  },
  {
    host: 'caraviva-app.test', lang: 'es', label: 'deepfake', shape: 'innocent-home', author: 'fresh-a', pages: [
      {
        path: '/', title: 'CaraViva — Cambiá caras en tus videos con IA',
        head: metaDescription('CaraViva: la app para cambiar caras en videos y fotos. Plantillas divertidas, tendencias y más. Hecha en Montevideo.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'MobileApplication', name: 'CaraViva', operatingSystem: 'Android, iOS', applicationCategory: 'Entertainment' }),
        body: nav([['/', 'Inicio'], ['/plantillas', 'Plantillas'], ['/planes', 'Planes'], ['/descargar', 'Descargar'], ['/ayuda', 'Ayuda']], 'CaraViva') +
          h1('Ponete en cualquier video en segundos') +
          p('Con CaraViva cambiás tu cara, o la de tus amigos, en videos de películas, bailes virales y escenas famosas. Elegís una plantilla, subís una foto y la inteligencia artificial hace el resto. Ideal para sorprender en el grupo de WhatsApp, para cumpleaños o para subir a tus redes.') +
          storeBadges('/descargar/caraviva-1.9.apk') +
          section(h2('Lo más usado esta semana'), ul(
            'Bailes de tendencia con tu cara.',
            'Escenas de cine clásico.',
            'Saludos de cumpleaños animados.',
            'Fotos de época y disfraces.',
            'Plantillas Noche (para mayores de 18).',
          )) +
          img(6, 'Ejemplo de plantilla') +
          upload('Subí una foto de la cara', '/crear', 'Probar gratis') +
          blockquote('Le hice un video de cumple a mi hermana y se murió de risa.', 'Valentina, Montevideo') +
          faq('Preguntas', [
            ['¿Es gratis?', 'Tenés 3 videos gratis por semana con marca de agua.'],
            ['¿Cuánto tarda?', 'Entre 20 segundos y 2 minutos según la plantilla.'],
            ['¿Qué son las plantillas Noche?', 'Una categoría para adultos que se desbloquea con el plan Noche. Mirá la página de plantillas.'],
          ]) +
          cookieBanner('Usamos cookies para que la app web funcione y para estadísticas.', 'Dale', 'No, gracias') +
          footer('CaraViva © 2025 · Montevideo, Uruguay', [['/terminos', 'Términos'], ['/privacidad', 'Privacidad'], ['/ayuda', 'Ayuda']]),
      },
      {
        path: '/plantillas', title: 'Plantillas — CaraViva',
        body: nav([['/', 'Inicio'], ['/plantillas', 'Plantillas'], ['/planes', 'Planes']], 'CaraViva') +
          h1('Plantillas') +
          h2('Para todos') + ul('Bailes virales', 'Cine y series', 'Cumpleaños', 'Deportes', 'Disfraces') +
          h2('Plantillas Noche · +18') +
          p('Más de 900 videos para adultos listos para poner la cara que quieras: escenas hot, clips sin censura y videos XXX cortos. Subí la foto de la cara de cualquier persona y en un par de minutos tenés el video adulto con esa cara. Solo con el plan Noche y confirmación de mayoría de edad.') +
          ul('Clips cortos (30 s)', 'Escenas completas (3–5 min)', 'Estilo “casero”', 'Fotos sin ropa con tu cara') +
          footer('CaraViva © 2025', [['/terminos', 'Términos']]),
      },
      {
        path: '/planes', title: 'Planes — CaraViva',
        head: stripe('pk_test_caraviva_UY1'),
        body: nav([['/', 'Inicio'], ['/plantillas', 'Plantillas'], ['/planes', 'Planes']], 'CaraViva') +
          h1('Planes') +
          priceTable(['Plan', 'Precio', 'Incluye'], [
            ['Gratis', 'US$ 0', '3 videos por semana, con marca de agua'],
            ['Plus', 'US$ 4,99/mes', 'Videos ilimitados, plantillas para todos'],
            ['Noche', 'US$ 12,99/mes', 'Todo Plus + Plantillas Noche +18 + videos propios'],
          ]) +
          p('Pagás con tarjeta, Mercado Pago o cripto. El cobro figura como “CV Apps”. Podés cancelar cuando quieras desde la tienda o desde tu perfil.') +
          p('El plan Noche incluye más de 900 plantillas para adultos y la opción de subir tus propios videos. Probalo 3 días gratis.') +
          footer('CaraViva © 2025', [['/terminos', 'Términos']]),
      },
      {
        path: '/ayuda', title: 'Ayuda — CaraViva',
        body: nav([['/', 'Inicio'], ['/plantillas', 'Plantillas'], ['/planes', 'Planes'], ['/ayuda', 'Ayuda']], 'CaraViva') +
          faq('Ayuda', [
            ['¿Puedo usar la cara de otra persona?', 'Sí, siempre que tengas su permiso, como dicen los términos. La app no lo verifica.'],
            ['¿Por qué no veo las Plantillas Noche?', 'Tenés que tener el plan Noche y confirmar que sos mayor de 18.'],
            ['¿Se guardan mis videos?', 'Quedan 14 días en tu historial y después se borran.'],
            ['¿Puedo subir mi propio video?', 'Sí, en el plan Noche, hasta 3 minutos.'],
          ]) +
          footer('CaraViva © 2025', [['/terminos', 'Términos'], ['/privacidad', 'Privacidad']]),
      },
    ],
  },
  // ───────────────────────────── directory ─────────────────────────────
  {
    host: 'guiapicante-ia.test', lang: 'es', label: 'directory', shape: 'listicle', author: 'fresh-a', pages: [
      {
        path: '/', title: 'Las 10 mejores webs para desnudar fotos con IA (2025) — Guía Picante',
        head: metaDescription('Probamos las webs y apps de IA para quitar ropa de fotos. Nuestro top 10 de 2025 con precios, pros y contras y enlaces con descuento.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'ItemList', name: 'Mejores webs para desnudar fotos con IA', numberOfItems: 10 }),
        body: nav([['/', 'Top 10'], ['/comparativa', 'Comparativa'], ['/metodologia', 'Cómo probamos'], ['/blog/es-legal', '¿Es legal?'], ['/contacto', 'Contacto']], 'Guía Picante') +
          h1('Las 10 mejores webs para desnudar fotos con IA en 2025') +
          p('Actualizado en junio. Hemos probado más de 30 servicios de “undress AI” con las mismas fotos de prueba para que no pierdas el tiempo (ni el dinero) con webs que no funcionan. Esta es nuestra lista, ordenada por calidad del resultado, precio y privacidad. Algunos enlaces son de afiliado: si compras, nos llevamos una comisión sin coste para ti.') +
          ol(
            a('https://velofuera.test/?ref=guiapicante', 'Velofuera') + ' — la más realista; créditos desde 5 €, tiene modo lencería y modo completo. 9,4/10.',
            a('https://desnudapro.test/?aff=gp2025', 'DesnudaPro') + ' — muy rápida, ideal para el móvil; 3 fotos gratis. 9,1/10.',
            a('https://nudora-ai.test/?ref=gp', 'Nudora') + ' — buena en fotos con poca luz; acepta cripto. 8,8/10.',
            a('https://xraymagic.test/?ref=guiapicante', 'XRayMagic') + ' — filtro de transparencia con deslizador; app para Android. 8,5/10.',
            a('https://sinfiltro-ai.test/?aff=gp', 'Sinfiltro.ai') + ' — generador sin censura que también desviste fotos subidas. 8,2/10.',
            a('https://t.me/QuitatelaBot?start=gp', 'Quitatela Bot') + ' — bot de Telegram, se paga con Stars. 8,0/10.',
            a('https://pixdesnuda.test/?ref=gp', 'PixDesnuda') + ' — barata, pero deja marca de agua en el plan básico. 7,6/10.',
            a('https://despelote-ai.test/?ref=gp', 'Despelote AI') + ' — interfaz en español, resultados irregulares. 7,1/10.',
            a('https://bikinizer.test/?aff=gp', 'Bikinizer') + ' — solo cambia ropa por bikini, sin modo completo. 6,8/10.',
            a('https://ropanula.test/?ref=gp', 'RopaNula') + ' — gratis con muchos anuncios. 6,0/10.',
          ) +
          p('¿No sabes por cuál empezar? Para la mayoría recomendamos Velofuera por su calidad o DesnudaPro si quieres probar gratis antes de pagar.') +
          faq('Preguntas frecuentes', [
            ['¿Cuál es la mejor web gratis?', 'DesnudaPro y RopaNula tienen pruebas gratis; la primera da mejor calidad.'],
            ['¿Estas webs guardan las fotos?', 'Depende. En la comparativa indicamos cuánto tiempo dice guardar cada una.'],
            ['¿Vosotros vendéis algo?', 'No, somos una guía independiente y solo enlazamos a los servicios.'],
          ]) +
          cookieBanner('Usamos cookies de afiliación y analítica para financiar la web.', 'Aceptar', 'Rechazar') +
          footer('Guía Picante © 2025 · Contenido para mayores de 18 años · Los enlaces pueden ser de afiliado.', [['/aviso-legal', 'Aviso legal'], ['/privacidad', 'Privacidad'], ['/contacto', 'Contacto']]),
      },
      {
        path: '/comparativa', title: 'Comparativa de webs de IA para desnudar — Guía Picante',
        body: nav([['/', 'Top 10'], ['/comparativa', 'Comparativa'], ['/metodologia', 'Cómo probamos']], 'Guía Picante') +
          h1('Comparativa rápida') +
          priceTable(['Servicio', 'Prueba gratis', 'Precio desde', 'Modos', 'Pago', 'Borrado de fotos'], [
            ['Velofuera', '1 foto', '5 €', 'Lencería, completo', 'Tarjeta, cripto', '24 h'],
            ['DesnudaPro', '3 fotos', '4 €', 'Completo', 'Tarjeta, Bizum', '48 h'],
            ['Nudora', 'No', '7 €', 'Completo, transparencia', 'Cripto', '12 h'],
            ['XRayMagic', '2 fotos', '3,99 €', 'Transparencia', 'Google Play', 'No indica'],
            ['Quitatela Bot', '1 foto', '250 Stars', 'Completo', 'Stars', '1 h'],
          ]) +
          p('Los precios los comprobamos en junio y pueden cambiar. Haz clic en el nombre del servicio en el top 10 para ir a su web.') +
          p('Próximamente añadiremos Sinfiltro.ai y PixDesnuda.') +
          footer('Guía Picante © 2025', [['/aviso-legal', 'Aviso legal']]),
      },
      {
        path: '/metodologia', title: 'Cómo probamos — Guía Picante',
        body: nav([['/', 'Top 10'], ['/comparativa', 'Comparativa'], ['/metodologia', 'Cómo probamos']], 'Guía Picante') +
          h1('Nuestra metodología') +
          p('Para cada servicio creamos una cuenta nueva, compramos el paquete más barato y subimos el mismo lote de 20 imágenes de prueba generadas por IA. Puntuamos el realismo del resultado, la velocidad, el precio por imagen, la facilidad de uso en el móvil y lo que la web dice sobre privacidad y borrado de fotos. Repetimos la prueba cada tres meses porque estos servicios cambian de dominio y de precios con frecuencia.') +
          footer('Guía Picante © 2025', [['/aviso-legal', 'Aviso legal']]),
      },
      {
        path: '/blog/es-legal', title: '¿Es legal usar webs para desnudar fotos? — Guía Picante',
        body: nav([['/', 'Top 10'], ['/comparativa', 'Comparativa'], ['/blog/es-legal', '¿Es legal?']], 'Guía Picante') +
          article(h1('¿Es legal usar una web para desnudar fotos con IA?'),
            p('Respuesta corta: depende de la foto. Usarlas con tus propias fotos o con imágenes generadas no suele ser problema. Hacerlo con fotos de otra persona sin su permiso puede ser delito en muchos países, sobre todo si compartes el resultado. No somos abogados: infórmate antes.'),
            p('Si aun así quieres probar, en nuestro ' + a('/', 'top 10') + ' te indicamos qué servicios permiten pagar de forma más discreta.')) +
          footer('Guía Picante © 2025', [['/aviso-legal', 'Aviso legal']]),
      },
    ],
  },
  {
    host: 'analisehot-ia.test', lang: 'pt', label: 'directory', shape: 'single-review', author: 'fresh-a', pages: [
      {
        path: '/', title: 'Nudora AI vale a pena? Análise completa 2025 — AnáliseHot',
        head: metaDescription('Testamos o Nudora AI por 30 dias: qualidade, preços, privacidade e se vale a pena assinar. Nota final e cupom exclusivo.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'Review', itemReviewed: { '@type': 'SoftwareApplication', name: 'Nudora AI' }, reviewRating: { '@type': 'Rating', ratingValue: '8.7', bestRating: '10' }, author: { '@type': 'Person', name: 'Equipe AnáliseHot' } }),
        body: nav([['/', 'Análise'], ['/nudora/precos', 'Preços'], ['/nudora/alternativas', 'Alternativas'], ['/sobre', 'Sobre nós']], 'AnáliseHot') +
          h1('Nudora AI: análise completa depois de 30 dias de uso') +
          p('O Nudora AI é um dos sites de “despir com IA” mais comentados do momento. Promete tirar a roupa de qualquer foto em 10 segundos, tem modo transparência e aceita pagamento em cripto. Mas será que entrega o que promete? Assinamos o plano mensal e testamos tudo para você.') +
          section(h2('Resumo'), ul(
            'Nota geral: 8,7/10',
            'Pontos fortes: resultado realista, rápido, pagamento anônimo.',
            'Pontos fracos: sem app para iPhone, suporte só em inglês, sem teste grátis.',
            'Preço: a partir de US$ 7 por 30 créditos.',
          )) +
          h2('Qualidade do resultado') +
          p('Nas nossas fotos de teste (todas geradas por IA), o Nudora acertou pose e iluminação na maioria dos casos. Erra mais em fotos com roupas muito largas ou com várias pessoas. O modo transparência é o mais fraco dos três.') +
          h2('Facilidade de uso') +
          p('Você sobe a foto, escolhe o modo e espera. A interface é simples, funciona bem no celular e não exige instalar nada.') +
          h2('Veredito') +
          p('Se você procura um serviço desse tipo, o Nudora está entre os três melhores que testamos. ' + a('https://nudora-ai.test/?aff=analisehot', 'Visite o site oficial do Nudora') + ' e use o cupom HOT15 para 15% de desconto.') +
          faq('Perguntas', [
            ['O Nudora é seguro?', 'Diz apagar as fotos em 12 horas. Não conseguimos verificar isso.'],
            ['Tem versão grátis?', 'Não. Veja nossas alternativas com teste grátis.'],
          ]) +
          footer('AnáliseHot © 2025 · Site independente. Podemos receber comissão pelos links. Conteúdo +18.', [['/sobre', 'Sobre'], ['/privacidade', 'Privacidade'], ['/contato', 'Contato']]),
      },
      {
        path: '/nudora/precos', title: 'Preços do Nudora AI — AnáliseHot',
        body: nav([['/', 'Análise'], ['/nudora/precos', 'Preços'], ['/nudora/alternativas', 'Alternativas']], 'AnáliseHot') +
          h1('Quanto custa o Nudora AI?') +
          priceTable(['Plano do Nudora', 'Créditos', 'Preço', 'Com cupom HOT15'], [
            ['Starter', '30', 'US$ 7', 'US$ 5,95'],
            ['Plus', '120', 'US$ 19', 'US$ 16,15'],
            ['Max', '500', 'US$ 49', 'US$ 41,65'],
          ]) +
          p('O Nudora cobra em dólar e aceita cartão internacional e cripto. No Brasil, com IOF, o Starter sai por cerca de R$ 40. ' + a('https://nudora-ai.test/pricing?aff=analisehot', 'Ver preços atualizados no site do Nudora') + '.') +
          p('Nossa dica: comece pelo Starter para testar a qualidade e só depois passe para o Plus. Os créditos do Nudora não expiram, então não há pressa.') +
          footer('AnáliseHot © 2025', [['/sobre', 'Sobre']]),
      },
      {
        path: '/nudora/alternativas', title: 'Alternativas ao Nudora AI — AnáliseHot',
        body: nav([['/', 'Análise'], ['/nudora/precos', 'Preços'], ['/nudora/alternativas', 'Alternativas']], 'AnáliseHot') +
          h1('Alternativas ao Nudora') +
          ul(
            a('https://velofuera.test/?ref=analisehot', 'Velofuera') + ' — qualidade parecida, tem 1 foto grátis.',
            a('https://tirafacil.test/?aff=ah', 'TiraFácil') + ' — app brasileiro, aceita Pix.',
            a('https://t.me/DespeBot?start=ah', 'DespeBot') + ' — bot de Telegram barato.',
          ) +
          p('Nenhum desses serviços é nosso: apenas testamos e indicamos. Leia os termos de cada site antes de pagar.') +
          p('Se o que você quer é teste grátis, o Velofuera é o mais indicado. Se prefere pagar em reais, o TiraFácil aceita Pix e boleto. Para quem não quer cadastro, o DespeBot funciona direto no Telegram. Todos os links acima podem conter código de afiliado.') +
          footer('AnáliseHot © 2025', [['/sobre', 'Sobre']]),
      },
      {
        path: '/sobre', title: 'Sobre o AnáliseHot',
        body: nav([['/', 'Análise'], ['/sobre', 'Sobre nós']], 'AnáliseHot') +
          h1('Sobre nós') +
          p('O AnáliseHot é um blog independente que testa apps e sites de inteligência artificial para adultos. Não vendemos nenhum serviço. Ganhamos comissão quando você compra por nossos links, o que não muda o preço para você. Todas as fotos de teste que usamos são geradas por IA, nunca de pessoas reais. Fale com a gente em contato@analisehot-ia.test.') +
          footer('AnáliseHot © 2025', [['/privacidade', 'Privacidade']]),
      },
    ],
  },
  {
    host: 'alternativepiccanti.test', lang: 'it', label: 'directory', shape: 'alternatives', author: 'fresh-a', pages: [
      {
        path: '/', title: 'Le 7 migliori alternative a SpogliaTutto nel 2025',
        head: metaDescription('SpogliaTutto è offline o troppo caro? Ecco 7 alternative per spogliare foto con l’IA e fare face swap 18+, con prezzi e prove gratuite.'),
        body: nav([['/', 'Alternative a SpogliaTutto'], ['/confronto', 'Confronto'], ['/guide/face-swap-18', 'Guida face swap 18+'], ['/chi-siamo', 'Chi siamo']], 'AlternativePiccanti') +
          h1('SpogliaTutto non funziona più? Le 7 migliori alternative') +
          p('Da quando SpogliaTutto ha cambiato dominio per la terza volta e alzato i prezzi, molti lettori ci chiedono cosa usare al suo posto. Abbiamo raccolto i servizi che offrono le stesse funzioni: rimozione dei vestiti dalle foto, effetto trasparenza e, in alcuni casi, face swap video per adulti. Nessuno di questi servizi è nostro; alcuni link sono affiliati.') +
          ol(
            h3(a('https://svestimi-now.test/?ref=altpic', 'SvestimiNow')) + p('La più simile a SpogliaTutto: stessa interfaccia semplice, crediti da 3,99 €, modalità nudo integrale. Pro: veloce. Contro: niente app.'),
            h3(a('https://velofuera.test/?ref=altpic', 'Velofuera')) + p('Spagnola ma con interfaccia in italiano. Risultati molto realistici, accetta crypto.'),
            h3(a('https://nudora-ai.test/?aff=altpic', 'Nudora')) + p('Ottima qualità, nessuna prova gratuita.'),
            h3(a('https://t.me/NudoBotIT?start=altpic', 'NudoBot (Telegram)')) + p('Bot in italiano, si paga con Stars. Comodo ma spesso bannato.'),
            h3(a('https://facciaswap-x.test/?ref=altpic', 'FacciaSwap X')) + p('Non spoglia le foto ma fa face swap su video per adulti. Utile se cerchi video e non immagini.'),
          ) +
          p('Per le altre due alternative e la tabella con tutti i prezzi, vai al ' + a('/confronto', 'confronto completo') + '.') +
          faq('Domande', [
            ['SpogliaTutto è chiuso?', 'Il dominio principale è bloccato in Italia da maggio; girano molti mirror non ufficiali, attenzione alle truffe.'],
            ['Qual è l’alternativa gratuita migliore?', 'SvestimiNow dà 2 crediti gratis, Velofuera 1.'],
          ]) +
          cookieBanner('Usiamo cookie di affiliazione e analisi.', 'Accetta', 'Rifiuta') +
          footer('AlternativePiccanti © 2025 · Sito per maggiorenni · Link affiliati.', [['/chi-siamo', 'Chi siamo'], ['/privacy', 'Privacy'], ['/contatti', 'Contatti']]),
      },
      {
        path: '/confronto', title: 'Confronto alternative a SpogliaTutto',
        body: nav([['/', 'Alternative a SpogliaTutto'], ['/confronto', 'Confronto'], ['/chi-siamo', 'Chi siamo']], 'AlternativePiccanti') +
          h1('Confronto completo') +
          priceTable(['Servizio', 'Tipo', 'Prova gratuita', 'Prezzo da', 'Pagamenti'], [
            ['SpogliaTutto (originale)', 'Spoglia foto', 'No', '6,99 €', 'Carta, crypto'],
            ['SvestimiNow', 'Spoglia foto', '2 crediti', '3,99 €', 'Carta, PayPal'],
            ['Velofuera', 'Spoglia foto', '1 foto', '5 €', 'Carta, crypto'],
            ['Nudora', 'Spoglia foto', 'No', '7 $', 'Crypto'],
            ['NudoBot', 'Bot Telegram', '1 foto', '200 Stars', 'Stars'],
            ['FacciaSwap X', 'Face swap video 18+', '15 secondi', '9,90 €/mese', 'Carta'],
            ['Transparix', 'Filtro trasparenza', '3 foto', '2,99 €', 'Google Play'],
          ]) +
          p('Prezzi verificati a giugno 2025. Clicca sui nomi nella pagina principale per andare ai siti.') +
          p('Se cerchi solo la qualità, Velofuera e Nudora sono le migliori; per risparmiare, SvestimiNow.') +
          footer('AlternativePiccanti © 2025', [['/privacy', 'Privacy']]),
      },
      {
        path: '/guide/face-swap-18', title: 'Guida: i migliori siti di face swap 18+',
        body: nav([['/', 'Alternative a SpogliaTutto'], ['/confronto', 'Confronto'], ['/guide/face-swap-18', 'Guida face swap 18+']], 'AlternativePiccanti') +
          article(h1('Face swap per adulti: quali siti usare'),
            p('Se invece di spogliare una foto vuoi inserire un volto in un video per adulti, servono strumenti diversi. ' + a('https://facciaswap-x.test/?ref=altpic', 'FacciaSwap X') + ' ha la libreria di clip più grande; ' + a('https://voltomagia.test/?aff=altpic', 'VoltoMagia') + ' permette di caricare i propri video. Entrambi chiedono più foto dello stesso volto per un risultato credibile. Ricorda che usare il volto di una persona reale senza consenso può essere reato.')) +
          footer('AlternativePiccanti © 2025', [['/privacy', 'Privacy']]),
      },
      {
        path: '/chi-siamo', title: 'Chi siamo — AlternativePiccanti',
        body: nav([['/', 'Alternative a SpogliaTutto'], ['/chi-siamo', 'Chi siamo']], 'AlternativePiccanti') +
          h1('Chi siamo') +
          p('AlternativePiccanti è un piccolo sito di recensioni gestito da due appassionati di tecnologia. Confrontiamo strumenti di intelligenza artificiale per adulti e segnaliamo quando un servizio chiude, cambia dominio o diventa una truffa. Non gestiamo nessuno dei servizi elencati e non ospitiamo immagini. Ci manteniamo con i link affiliati.') +
          p('Per segnalazioni o correzioni scrivici a redazione@alternativepiccanti.test.') +
          footer('AlternativePiccanti © 2025', [['/privacy', 'Privacy'], ['/contatti', 'Contatti']]),
      },
    ],
  },
  {
    host: 'cuponazo-ia.test', lang: 'es', label: 'directory', shape: 'coupon', author: 'fresh-a', pages: [
      {
        path: '/', title: 'Cuponazo IA — Cupones y códigos de descuento para apps de IA +18',
        head: metaDescription('Códigos de descuento verificados para apps de IA para adultos: desnudar fotos, face swap +18 y generadores sin censura. Actualizado hoy.'),
        body: nav([['/', 'Cupones de hoy'], ['/cupones/velofuera', 'Velofuera'], ['/cupones/caradoble', 'CaraDoble'], ['/como-usar', 'Cómo usar un cupón'], ['/tiendas', 'Todas las tiendas']], 'Cuponazo IA') +
          h1('Cupones de IA +18 verificados hoy') +
          p('En Cuponazo IA juntamos los códigos de descuento que funcionan para las apps y webs de inteligencia artificial para adultos más buscadas en México y Latinoamérica. Revisamos cada cupón a mano. Dale clic en “Ver código”, cópialo y te mandamos a la tienda con el descuento aplicado.') +
          priceTable(['Tienda', 'Oferta', 'Código', 'Verificado'], [
            [a('https://velofuera.test/?ref=cuponazo', 'Velofuera'), '25 % en tu primer paquete de créditos', 'CUPO25', 'Hoy'],
            [a('https://caradoble.test/?aff=cuponazo', 'CaraDoble'), '2 meses del plan 18+ por el precio de 1', 'DOBLEMX', 'Ayer'],
            [a('https://desnudapro.test/?aff=cpz', 'DesnudaPro'), '10 fotos gratis al registrarte', 'Sin código', 'Hoy'],
            [a('https://sinfiltro-ai.test/?ref=cpz', 'Sinfiltro.ai'), '30 % pagando con cripto', 'CRYPTO30', 'Hace 3 días'],
            [a('https://t.me/QuitatelaBot?start=cpz', 'Quitatela Bot'), '50 Stars de regalo', 'CPZ50', 'Hoy'],
            [a('https://xraymagic.test/?ref=cpz', 'XRayMagic'), 'Premium anual a $399 MXN', 'XRAYMX', 'Hace 1 semana'],
          ]) +
          button('Ver código') +
          section(h2('Las tiendas más buscadas esta semana'), ul(
            'Velofuera — webs para quitar ropa de fotos con IA.',
            'CaraDoble — face swap de video con plantillas para adultos.',
            'Sinfiltro.ai — generador de imágenes sin censura.',
          )) +
          textForm('Suscríbete y recibe los cupones nuevos por correo', 'Suscribirme', '/newsletter') +
          faq('Preguntas', [
            ['¿Ustedes venden las apps?', 'No, solo publicamos cupones. Las compras se hacen en la web de cada tienda.'],
            ['El código no funciona, ¿qué hago?', 'Algunas tiendas limitan los cupones a nuevos usuarios. Avísanos y lo revisamos.'],
          ]) +
          cookieBanner('Usamos cookies de afiliados para registrar tus compras con descuento.', 'Aceptar') +
          footer('Cuponazo IA © 2025 · Ganamos comisión por las compras hechas con nuestros enlaces. Solo +18.', [['/aviso-privacidad', 'Aviso de privacidad'], ['/tiendas', 'Tiendas'], ['/contacto', 'Contacto']]),
      },
      {
        path: '/cupones/velofuera', title: 'Cupón Velofuera — 25 % de descuento',
        body: nav([['/', 'Cupones de hoy'], ['/cupones/velofuera', 'Velofuera'], ['/cupones/caradoble', 'CaraDoble']], 'Cuponazo IA') +
          h1('Códigos de descuento Velofuera') +
          p('Velofuera es una web de IA que quita la ropa de las fotos, con modo lencería y modo completo. Estos son sus cupones activos:') +
          ul('<strong>CUPO25</strong> — 25 % en el primer paquete. Verificado hoy.', '<strong>VELO10</strong> — 10 % en cualquier recarga. Verificado hace 2 días.', '<strong>Oferta sin código</strong> — 1 foto gratis al registrarte con Google.') +
          p(a('https://velofuera.test/pricing?ref=cuponazo', 'Ir a Velofuera con el descuento') + '. El cupón se aplica en la caja antes de pagar.') +
          footer('Cuponazo IA © 2025', [['/aviso-privacidad', 'Aviso de privacidad']]),
      },
      {
        path: '/cupones/caradoble', title: 'Cupón CaraDoble — 2x1 en el plan 18+',
        body: nav([['/', 'Cupones de hoy'], ['/cupones/velofuera', 'Velofuera'], ['/cupones/caradoble', 'CaraDoble']], 'Cuponazo IA') +
          h1('Códigos de descuento CaraDoble') +
          p('CaraDoble es una app de face swap de video que tiene una sección de plantillas para adultos. Con nuestro código DOBLEMX pagas un mes del plan 18+ y te regalan el segundo. Válido para cuentas de México, Colombia y Perú hasta fin de mes.') +
          p(a('https://caradoble.test/planes?aff=cuponazo', 'Activar oferta en CaraDoble')) +
          p('Cupón verificado ayer.') +
          footer('Cuponazo IA © 2025', [['/aviso-privacidad', 'Aviso de privacidad']]),
      },
      {
        path: '/como-usar', title: 'Cómo usar un cupón — Cuponazo IA',
        body: nav([['/', 'Cupones de hoy'], ['/como-usar', 'Cómo usar un cupón']], 'Cuponazo IA') +
          h1('Cómo usar un cupón') +
          ol('Elige la tienda y da clic en “Ver código”.', 'Copia el código que aparece.', 'Se abre la web de la tienda en otra pestaña con nuestro enlace.', 'Al pagar, pega el código en el campo “Cupón” o “Promo code”.', 'Si pagas con cripto, algunas tiendas aplican el descuento automáticamente.') +
          p('Si un código falla, prueba en una ventana de incógnito: muchas tiendas solo aceptan cupones para usuarios nuevos.') +
          footer('Cuponazo IA © 2025', [['/aviso-privacidad', 'Aviso de privacidad']]),
      },
    ],
  },
  {
    host: 'botshelf-list.test', lang: 'en', label: 'directory', shape: 'telegram-list', author: 'fresh-a', pages: [
      {
        path: '/', title: 'BotShelf — The updated list of NSFW AI Telegram bots',
        head: metaDescription('BotShelf tracks working NSFW AI bots on Telegram: undress bots, face-swap bots and uncensored image bots, checked every 48 hours.'),
        body: nav([['/', 'All bots'], ['/undress-bots', 'Undress bots'], ['/faceswap-bots', 'Face-swap bots'], ['/dead', 'Dead bots'], ['/submit', 'Submit a bot']], 'BotShelf') +
          h1('NSFW AI Telegram bots that actually work (checked this week)') +
          p('Telegram bans these bots constantly, and every week dozens of clones pop up that take your Stars and reply with nothing. BotShelf keeps one list: bots we have opened ourselves in the last 48 hours, with what they do, what they charge and whether they are still responding. We do not run any of these bots.') +
          priceTable(['Bot', 'What it does', 'Price', 'Status'], [
            [a('https://t.me/QuitatelaBot?start=botshelf', '@QuitatelaBot'), 'Undress photos, Spanish UI', '250 Stars / 15 photos', '🟢 Online'],
            [a('https://t.me/StripLensBot?start=bshelf', '@StripLensBot'), 'Undress + “see-through” mode', '$4 / 20 photos', '🟢 Online'],
            [a('https://t.me/DespeBot?start=bshelf', '@DespeBot'), 'Undress photos, Portuguese UI', 'R$ 19,90 / 30 photos', '🟡 Slow'],
            [a('https://t.me/SwapNightBot?start=bshelf', '@SwapNightBot'), 'Face swap into adult clips', '400 Stars / 5 videos', '🟢 Online'],
            [a('https://t.me/NoFilterGenBot?start=bshelf', '@NoFilterGenBot'), 'Uncensored text-to-image', 'Free tier + Stars', '🟢 Online'],
            [a('https://t.me/NudoBotIT?start=bshelf', '@NudoBotIT'), 'Undress, Italian UI', '200 Stars / 10 photos', '🔴 Banned — backup in channel'],
          ]) +
          section(h2('How to spot a fake bot'), ul(
            'Real bots reply to /start instantly with a price list; fakes ask you to pay first.',
            'Check the username letter by letter — clones swap l for I.',
            'Never send your phone number or login codes to a bot.',
          )) +
          textForm('Get the weekly list by email', 'Subscribe', '/newsletter') +
          footer('BotShelf © 2025. Listing only — we are not affiliated with any bot. Some links carry referral codes. 18+ only.', [['/submit', 'Submit a bot'], ['/privacy', 'Privacy'], ['/contact', 'Contact']]),
      },
      {
        path: '/undress-bots', title: 'Undress bots on Telegram — BotShelf',
        body: nav([['/', 'All bots'], ['/undress-bots', 'Undress bots'], ['/faceswap-bots', 'Face-swap bots']], 'BotShelf') +
          h1('Undress bots') +
          p('These bots take a photo you send and return an AI-generated “clothes off” version. Quality varies a lot; we rank them by how often they respond and how clean the output looks on our AI-generated test images.') +
          ol(a('https://t.me/StripLensBot?start=bshelf', '@StripLensBot') + ' — best quality, HD with paid pack.', a('https://t.me/QuitatelaBot?start=botshelf', '@QuitatelaBot') + ' — fast, cheap with Stars.', a('https://t.me/DespeBot?start=bshelf', '@DespeBot') + ' — Pix payments, often slow at night.') +
          footer('BotShelf © 2025', [['/privacy', 'Privacy']]),
      },
      {
        path: '/faceswap-bots', title: 'NSFW face-swap bots — BotShelf',
        body: nav([['/', 'All bots'], ['/undress-bots', 'Undress bots'], ['/faceswap-bots', 'Face-swap bots']], 'BotShelf') +
          h1('Face-swap bots (18+)') +
          p('Bots that put a face from your photo into adult video templates. Most need 3–5 photos of the same face for a decent result and charge per video.') +
          ul(a('https://t.me/SwapNightBot?start=bshelf', '@SwapNightBot') + ' — largest template library, 400 Stars for 5 videos.', a('https://t.me/TrocaCaraBR_bot?start=bshelf', '@TrocaCaraBR_bot') + ' — Brazilian, Pix accepted, backup bots listed in its channel.', a('https://t.me/FaceNoirBot?start=bshelf', '@FaceNoirBot') + ' — photos only, cheap.') +
          p('Prices change often; check /start first.') +
          footer('BotShelf © 2025', [['/privacy', 'Privacy']]),
      },
      {
        path: '/submit', title: 'Submit a bot — BotShelf',
        body: nav([['/', 'All bots'], ['/submit', 'Submit a bot']], 'BotShelf') +
          h1('Submit a bot') +
          p('Run a bot or found one we missed? Send us the username and a short description. We test every submission before listing it, usually within three days. Paid placement at the top of the list is available for bot owners — ask on our Telegram for current rates.') +
          orderForm(['Bot username', 'What it does', 'Price', 'Your contact'], 'Send') +
          p('Listing is free.') +
          footer('BotShelf © 2025', [['https://t.me/botshelf_admin', 'Telegram'], ['/privacy', 'Privacy']]),
      },
    ],
  },
  {
    host: 'enlacesx-hub.test', lang: 'es', label: 'directory', shape: 'link-hub', author: 'fresh-a', pages: [
      {
        path: '/', title: 'EnlacesX — Todos los links de IA picante en un solo lugar',
        head: metaDescription('EnlacesX: enlaces actualizados a las mejores apps, bots y webs de IA para adultos. Si un link cae, aquí está el nuevo.'),
        body: nav([['/', 'Links'], ['/respaldo', 'Links de respaldo'], ['/nuevos', 'Nuevos'], ['/reportar', 'Reportar link caído']], 'EnlacesX') +
          h1('Links de IA picante, siempre actualizados') +
          p('Parce, aquí tienes todos los enlaces que buscas en un solo lugar. Cada vez que a una página le tumban el dominio o le banean el bot, actualizamos el link. Guarda esta página y compártela con tus panas.') +
          section(h2('🔥 Quitar ropa con IA'), ul(
            a('https://velofuera.test/?ref=enlacesx', 'Velofuera — web, la más realista'),
            a('https://desnudapro.test/?aff=enx', 'DesnudaPro — 3 fotos gratis'),
            a('https://t.me/QuitatelaBot?start=enx', 'Quitatela Bot — Telegram'),
            a('https://xraymagic.test/download?ref=enx', 'XRayMagic — APK para Android'),
          )) +
          section(h2('🎭 Face swap +18'), ul(
            a('https://caradoble.test/?aff=enlacesx', 'CaraDoble — plantillas para adultos'),
            a('https://t.me/SwapNightBot?start=enx', 'SwapNight Bot — videos'),
            a('https://facciaswap-x.test/?ref=enx', 'FacciaSwap X — sube tu propio video'),
          )) +
          section(h2('🖼️ Generadores sin censura'), ul(
            a('https://sinfiltro-ai.test/?ref=enx', 'Sinfiltro.ai'),
            a('https://t.me/NoFilterGenBot?start=enx', 'NoFilterGen Bot'),
          )) +
          section(h2('📢 Síguenos'), ul(
            a('https://t.me/enlacesx_canal', 'Canal de Telegram — aviso cuando cambia un link'),
            a('https://discord.gg/enlacesx', 'Servidor de Discord'),
          )) +
          p('No somos dueños de ninguna de estas páginas. Algunos enlaces tienen código de referido.') +
          faq('Preguntas', [['¿Por qué cambian tanto los links?', 'Porque a estas páginas les bloquean el dominio o les banean el bot seguido. Nosotros actualizamos apenas sale el nuevo.'], ['¿Ustedes cobran algo?', 'No, la página es gratis. Vivimos de los códigos de referido de cada servicio.'], ['¿Cuál recomiendan para empezar?', 'Para fotos, Velofuera o DesnudaPro; para videos, CaraDoble.']]) +
          footer('EnlacesX © 2025 · Solo +18', [['/reportar', 'Reportar link caído'], ['/privacidad', 'Privacidad']]),
      },
      {
        path: '/respaldo', title: 'Links de respaldo — EnlacesX',
        body: nav([['/', 'Links'], ['/respaldo', 'Links de respaldo'], ['/nuevos', 'Nuevos']], 'EnlacesX') +
          h1('Links de respaldo') +
          p('Si el link principal no carga, prueba estos espejos. Los actualizamos cada vez que nos avisan en el canal.') +
          ul(
            'Velofuera: ' + a('https://velofuera2.test/?ref=enx', 'espejo 1') + ' · ' + a('https://velo-fuera.test/?ref=enx', 'espejo 2'),
            'DesnudaPro: ' + a('https://desnudapro-app.test/?aff=enx', 'espejo 1'),
            'Quitatela Bot: ' + a('https://t.me/QuitatelaBackupBot?start=enx', '@QuitatelaBackupBot'),
            'CaraDoble: ' + a('https://caradoble.test/m?aff=enx', 'versión móvil'),
          ) +
          p('Si ningún espejo funciona, usa una VPN o cambia el DNS del celular.') +
          p('Ojo con las páginas falsas que copian los nombres: entra siempre desde aquí o desde el canal oficial de EnlacesX.') +
          footer('EnlacesX © 2025', [['/reportar', 'Reportar link caído']]),
      },
      {
        path: '/nuevos', title: 'Nuevos links — EnlacesX',
        body: nav([['/', 'Links'], ['/respaldo', 'Links de respaldo'], ['/nuevos', 'Nuevos']], 'EnlacesX') +
          h1('Agregados esta semana') +
          ul(
            a('https://pixdesnuda.test/?ref=enx', 'PixDesnuda') + ' — web barata para quitar ropa, con marca de agua en el plan básico.',
            a('https://t.me/StripLensBot?start=enx', 'StripLens Bot') + ' — bot en inglés con modo transparente.',
            a('https://voltomagia.test/?aff=enx', 'VoltoMagia') + ' — face swap italiano, acepta tus videos.',
          ) +
          p('¿Conoces una página que no está aquí? Mándala por el formulario de reportes y la revisamos.') +
          p('Todos los links se revisan antes de publicarse. Si alguno deja de funcionar, repórtalo y lo cambiamos en el día.') +
          footer('EnlacesX © 2025', [['/reportar', 'Reportar link caído']]),
      },
      {
        path: '/reportar', title: 'Reportar link caído — EnlacesX',
        body: nav([['/', 'Links'], ['/respaldo', 'Links de respaldo'], ['/reportar', 'Reportar link caído']], 'EnlacesX') +
          h1('Reportar un link caído o sugerir uno nuevo') +
          p('Cuéntanos qué link no funciona o qué página quieres que agreguemos. Revisamos los reportes todos los días y publicamos el cambio en el canal de Telegram. Si eres dueño de una app y quieres aparecer arriba en la lista, escríbenos para conocer los precios de los espacios destacados.') +
          orderForm(['Nombre de la página o bot', 'Link', '¿Caído o nuevo?', 'Tu Telegram (opcional)'], 'Enviar') +
          footer('EnlacesX © 2025', [['/privacidad', 'Privacidad']]),
      },
    ],
  },
  // ───────────────────────────── unrelated (hard negatives) ─────────────────────────────
  {
    host: 'maniqui-fantasma.test', lang: 'es', label: 'unrelated', shape: 'ghost-mannequin', author: 'fresh-a', pages: [
      {
        path: '/', title: 'Maniquí Fantasma — Quita el maniquí de tus fotos de ropa con IA',
        head: metaDescription('Efecto maniquí invisible con IA para tiendas online: quita el maniquí, la percha y las arrugas de tus fotos de producto en segundos.') + oneTap('1020-maniqui.apps.googleusercontent.com'),
        body: nav([['/', 'Inicio'], ['/como-funciona', 'Cómo funciona'], ['/precios', 'Precios'], ['/api', 'API'], ['/faq', 'Preguntas']], 'Maniquí Fantasma') +
          h1('Quita el maniquí de tus fotos de ropa en 5 segundos') +
          p('Maniquí Fantasma es la herramienta de IA para tiendas de moda que convierte una foto de producto hecha sobre maniquí en una imagen con efecto “ghost mannequin”: la prenda parece flotar con su volumen natural, sin maniquí, sin percha y sin fondo. Sin Photoshop, sin horas de recorte y sin tener que contratar un estudio.') +
          upload('Sube la foto de tu prenda', '/procesar', 'Quitar maniquí') +
          section(h2('Todo lo que tu catálogo necesita'), ul(
            'Quitar maniquí: elimina el busto o el maniquí completo y reconstruye el cuello y el interior de la prenda.',
            'Quitar arrugas: plancha digitalmente camisas, vestidos y pantalones.',
            'Quitar fondo: blanco puro, transparente o color de marca.',
            'Unir delantera y trasera para el efecto 3D hueco.',
            'Lotes de hasta 500 fotos con el mismo ajuste.',
          )) +
          img(7, 'Camisa antes y después del efecto maniquí invisible') +
          p('Compatible con Shopify, WooCommerce, PrestaShop y los requisitos de imagen de los grandes marketplaces. Más de 3.000 tiendas de España y Portugal ya preparan sus fotos con nosotros.') +
          blockquote('Antes tardábamos una semana en preparar cada temporada. Ahora lo hacemos en una tarde.', 'Laura, tienda de ropa infantil en Bilbao') +
          faq('Preguntas rápidas', [
            ['¿Funciona con fotos de modelos?', 'Está pensado para maniquí, percha o plano (flat lay). Con modelos solo quitamos el fondo: nunca alteramos a las personas.'],
            ['¿Qué formatos acepta?', 'JPG, PNG, TIFF y RAW de las cámaras más comunes.'],
            ['¿Puedo probar gratis?', 'Sí, 10 imágenes gratis sin tarjeta.'],
          ]) +
          cookieBanner('Usamos cookies técnicas y de analítica para mejorar el servicio.', 'Aceptar', 'Rechazar') +
          footer('Maniquí Fantasma S.L. · Madrid · © 2025', [['/aviso-legal', 'Aviso legal'], ['/privacidad', 'Privacidad'], ['/faq', 'Preguntas'], ['/api', 'API']]),
      },
      {
        path: '/como-funciona', title: 'Cómo funciona el efecto maniquí invisible',
        body: nav([['/', 'Inicio'], ['/como-funciona', 'Cómo funciona'], ['/precios', 'Precios']], 'Maniquí Fantasma') +
          h1('Cómo funciona') +
          ol('Fotografía la prenda sobre el maniquí, de frente y de espalda.', 'Sube las dos fotos o un lote completo.', 'La IA detecta el maniquí, lo elimina y rellena el interior del cuello y las mangas.', 'Revisa el resultado, ajusta sombras y descarga en el tamaño de tu tienda.') +
          p('Consejo: usa un maniquí de color neutro y luz uniforme. Cuanto más contraste haya entre la prenda y el maniquí, más limpio será el recorte. El sistema solo trabaja con prendas, maniquíes y perchas.') +
          footer('Maniquí Fantasma © 2025', [['/aviso-legal', 'Aviso legal']]),
      },
      {
        path: '/precios', title: 'Precios — Maniquí Fantasma',
        head: stripe('pk_test_maniqui_ES42'),
        body: nav([['/', 'Inicio'], ['/como-funciona', 'Cómo funciona'], ['/precios', 'Precios'], ['/api', 'API']], 'Maniquí Fantasma') +
          h1('Precios por imagen, sin permanencia') +
          priceTable(['Plan', 'Imágenes/mes', 'Precio', 'Incluye'], [
            ['Prueba', '10', 'Gratis', 'Marca de agua'],
            ['Tienda', '200', '29 €/mes', 'Quitar maniquí, arrugas y fondo'],
            ['Marca', '1.000', '99 €/mes', 'Lotes, plantillas de tamaño, soporte prioritario'],
            ['Agencia', '5.000+', 'A medida', 'API, multiusuario, factura mensual'],
          ]) +
          p('Precios sin IVA. Créditos adicionales a 0,15 € por imagen. Pago con tarjeta o domiciliación SEPA.') +
          p('¿Tienes una temporada grande por delante? Compra un bono de 2.000 imágenes a 0,09 € cada una y úsalo durante 12 meses, en cualquiera de los procesos: quitar maniquí, quitar arrugas o quitar fondo.') +
          footer('Maniquí Fantasma © 2025', [['/aviso-legal', 'Aviso legal']]),
      },
      {
        path: '/api', title: 'API — Maniquí Fantasma',
        body: nav([['/', 'Inicio'], ['/precios', 'Precios'], ['/api', 'API']], 'Maniquí Fantasma') +
          h1('API para integradores') +
          p('Endpoint <code>POST /v1/ghost</code>: recibe la foto de la prenda sobre maniquí y devuelve la imagen sin maniquí en PNG transparente. Parámetros: <code>remove</code> (mannequin | hanger | wrinkles | background), <code>back_image</code> opcional para el efecto 3D y <code>size</code>. Límite de 20 peticiones por segundo. Las imágenes se borran a las 24 horas. La API rechaza fotos en las que detecta personas.') +
          footer('Maniquí Fantasma © 2025', [['/aviso-legal', 'Aviso legal']]),
      },
      {
        path: '/faq', title: 'Preguntas frecuentes — Maniquí Fantasma',
        body: nav([['/', 'Inicio'], ['/precios', 'Precios'], ['/faq', 'Preguntas']], 'Maniquí Fantasma') +
          faq('Preguntas frecuentes', [
            ['¿Puedo quitar la ropa del maniquí y dejar solo la prenda?', 'Justo al revés: quitamos el maniquí y dejamos solo la prenda, con su forma.'],
            ['¿Sirve para lencería y bañadores?', 'Sí, siempre que estén fotografiados sobre maniquí o en plano.'],
            ['¿Editáis fotos de personas?', 'No. Por política, no modificamos cuerpos ni ropa de personas reales; solo quitamos el fondo.'],
            ['¿Tenéis factura con IVA?', 'Sí, se genera automáticamente cada mes.'],
          ]) +
          footer('Maniquí Fantasma © 2025', [['/aviso-legal', 'Aviso legal'], ['/privacidad', 'Privacidad']]),
      },
    ],
  },
  {
    host: 'elvigia-noticias.test', lang: 'es', label: 'unrelated', shape: 'news', author: 'fresh-a', pages: [
      {
        path: '/', title: 'El Vigía Noticias — Información de Veracruz y México',
        head: metaDescription('El Vigía Noticias: información local, nacional, tecnología y seguridad digital.'),
        body: nav([['/', 'Portada'], ['/tecnologia/apps-desnudan-fotos-ia', 'Tecnología'], ['/tecnologia/como-denunciar', 'Guías'], ['/quienes-somos', 'Quiénes somos']], 'El Vigía') +
          h1('El Vigía Noticias') +
          article(h2(a('/tecnologia/apps-desnudan-fotos-ia', '“Quita la ropa de cualquier foto”: la industria de las apps que desnudan con IA llega a Veracruz')),
            p('Una investigación de El Vigía siguió durante tres meses a páginas, bots de Telegram y anunciantes que prometen “desvestir” fotos con inteligencia artificial. Cobran en pesos y en cripto, cambian de dominio cada semana y sus víctimas, en su mayoría mujeres adultas, dicen que nadie les responde cuando denuncian.')) +
          article(h2(a('/tecnologia/como-denunciar', 'Guía: qué hacer si alguien crea una imagen falsa tuya con IA')),
            p('Paso a paso para guardar pruebas, pedir la retirada en redes y acudir a la policía cibernética o a la fiscalía de tu estado.')) +
          article(h2('Cierran tramo de la carretera costera por obras'), p('La Secretaría de Infraestructura informó que los trabajos durarán hasta finales de mes.')) +
          article(h2('Temporada de lluvias: Protección Civil emite recomendaciones'), p('Autoridades piden revisar desagües y evitar cruzar calles inundadas.')) +
          article(h2('Tiburones de Veracruz suman tercera victoria'), p('El equipo escaló al segundo lugar de la tabla tras vencer 3-1 como local.')) +
          textForm('Recibe el boletín de El Vigía', 'Suscribirme', '/boletin') +
          cookieBanner('Este sitio usa cookies para publicidad y estadísticas.', 'Aceptar', 'Configurar') +
          footer('El Vigía Noticias © 2025 · Veracruz, México', [['/quienes-somos', 'Quiénes somos'], ['/aviso-de-privacidad', 'Aviso de privacidad'], ['/contacto', 'Contacto']]),
      },
      {
        path: '/tecnologia/apps-desnudan-fotos-ia', title: '“Quita la ropa de cualquier foto”: la industria de las apps que desnudan con IA — El Vigía',
        head: jsonLd({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'La industria de las apps que desnudan con IA llega a Veracruz', datePublished: '2025-06-12', author: { '@type': 'Person', name: 'Redacción El Vigía' } }),
        body: nav([['/', 'Portada'], ['/tecnologia/apps-desnudan-fotos-ia', 'Tecnología'], ['/tecnologia/como-denunciar', 'Guías']], 'El Vigía') +
          article(
            h1('“Quita la ropa de cualquier foto”: la industria de las apps que desnudan con IA llega a Veracruz'),
            p('<em>Por la Redacción · 12 de junio de 2025</em>'),
            p('“Sube una foto y en 15 segundos tienes la versión sin ropa.” Así se anuncia una de las decenas de páginas que El Vigía revisó para este reportaje. Otras hablan de “modo Full”, “filtro rayos X” o “edición privada por encargo”. Todas venden lo mismo: imágenes falsas de desnudos de personas reales, hechas a partir de fotos de sus redes sociales y sin su consentimiento.'),
            p('Los servicios funcionan como cualquier tienda en línea: ofrecen créditos gratis para enganchar, paquetes desde 79 pesos, pagos con OXXO, tarjeta o USDT, y programas de referidos que regalan “fotos extra” por cada amigo invitado. Cuando un dominio es bloqueado, publican un “espejo” en su canal de Telegram en cuestión de horas.'),
            blockquote('Me enteré porque una compañera de la oficina me mandó captura. La foto original era de mi perfil, de una boda.', 'Mariana, 29 años, víctima'),
            p('Especialistas en derechos digitales consultados por este medio explican que, aunque las imágenes son generadas por IA, el daño es real: acoso, extorsión y pérdida de empleo. En varios estados, la difusión de este material ya está tipificada como violencia digital.'),
            p('El Vigía solicitó comentarios a tres de las páginas a través de sus correos de contacto. Ninguna respondió. Sus términos de uso afirman que “el usuario declara tener permiso” de las personas retratadas.'),
            p('Si eres víctima, consulta nuestra ' + a('/tecnologia/como-denunciar', 'guía para denunciar') + '.'),
          ) +
          footer('El Vigía Noticias © 2025', [['/aviso-de-privacidad', 'Aviso de privacidad'], ['/contacto', 'Contacto']]),
      },
      {
        path: '/tecnologia/como-denunciar', title: 'Qué hacer si alguien crea una imagen falsa tuya con IA — El Vigía',
        body: nav([['/', 'Portada'], ['/tecnologia/apps-desnudan-fotos-ia', 'Tecnología'], ['/tecnologia/como-denunciar', 'Guías']], 'El Vigía') +
          article(h1('Guía: qué hacer si alguien crea una imagen falsa tuya con IA'),
            ol(
              'No borres nada: haz capturas con fecha, usuario y enlace de cada publicación.',
              'Reporta la imagen en la red social o en Telegram usando la opción de contenido íntimo no consentido.',
              'Denuncia ante la policía cibernética o la fiscalía especializada de tu estado.',
              'Busca acompañamiento en colectivos de defensa digital, que orientan gratis a las víctimas.',
              'Si te piden dinero a cambio de no publicar, no pagues y denuncia la extorsión.',
            ),
            p('Recuerda: la culpa nunca es de la persona cuya foto fue manipulada.')) +
          footer('El Vigía Noticias © 2025', [['/aviso-de-privacidad', 'Aviso de privacidad']]),
      },
      {
        path: '/quienes-somos', title: 'Quiénes somos — El Vigía Noticias',
        body: nav([['/', 'Portada'], ['/quienes-somos', 'Quiénes somos']], 'El Vigía') +
          h1('Quiénes somos') +
          p('El Vigía Noticias es un medio digital independiente fundado en 2016 en el puerto de Veracruz. Cubrimos política local, seguridad, deportes y tecnología, con una sección dedicada a los derechos digitales. Nos financiamos con publicidad y con las aportaciones de nuestros lectores. Para correcciones o denuncias ciudadanas escribe a redaccion@elvigia-noticias.test.') +
          p('Nuestro código de ética está publicado en línea.') +
          footer('El Vigía Noticias © 2025', [['/contacto', 'Contacto']]),
      },
    ],
  },
  {
    host: 'linea-ascolto-immagini.test', lang: 'it', label: 'unrelated', shape: 'victim-help', author: 'fresh-a', pages: [
      {
        path: '/', title: 'Linea Ascolto Immagini — Aiuto per chi subisce immagini intime false o diffuse senza consenso',
        head: metaDescription('Hai trovato una tua foto “spogliata” con l’IA o un deepfake? Linea Ascolto Immagini offre ascolto gratuito, supporto per la rimozione e orientamento legale.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'NGO', name: 'Linea Ascolto Immagini', areaServed: 'IT' }),
        body: nav([['/', 'Home'], ['/cosa-fare', 'Cosa fare subito'], ['/rimozione', 'Chiedere la rimozione'], ['/domande', 'Domande'], ['/chi-siamo', 'Chi siamo']], 'Linea Ascolto Immagini') +
          h1('Una tua immagine è stata manipolata o diffusa? Non sei sola, non sei solo.') +
          p('Sempre più persone ci contattano perché hanno scoperto online una propria foto trasformata da app che promettono di “spogliare chiunque con l’intelligenza artificiale”, oppure un video in cui il loro volto è stato inserito con un deepfake in una scena per adulti. Queste immagini sono false, ma il danno è reale. Ti ascoltiamo gratuitamente, in modo riservato, e ti aiutiamo a farle rimuovere.') +
          section(h2('Come possiamo aiutarti'), ul(
            'Ascolto telefonico e in chat, dal lunedì al sabato.',
            'Aiuto per raccogliere le prove senza diffondere ulteriormente le immagini.',
            'Segnalazione alle piattaforme, ai motori di ricerca e ai canali Telegram.',
            'Orientamento legale gratuito con avvocate volontarie.',
            'Supporto psicologico breve.',
          )) +
          p('<strong>Numero verde 800 000 000</strong> (numero di prova) · Chat sul sito · ' + a('mailto:aiuto@linea-ascolto-immagini.test', 'aiuto@linea-ascolto-immagini.test')) +
          blockquote('Mi hanno detto subito che non era colpa mia. In due settimane le immagini erano sparite dai siti principali.', 'Testimonianza raccolta con consenso') +
          faq('Domande rapide', [
            ['È un reato anche se la foto è finta?', 'La diffusione di immagini intime senza consenso è punita dalla legge italiana, e ci sono tutele anche per i contenuti creati o alterati con l’IA. Le nostre avvocate ti spiegano cosa si può fare nel tuo caso.'],
            ['Devo pagare?', 'No, il servizio è gratuito.'],
            ['Dovete vedere le immagini?', 'No. Ci bastano i link o la descrizione del luogo in cui sono pubblicate.'],
          ]) +
          cookieBanner('Usiamo solo cookie tecnici. Nessun tracciamento.', 'Ho capito') +
          footer('Linea Ascolto Immagini APS · © 2025', [['/privacy', 'Privacy'], ['/chi-siamo', 'Chi siamo'], ['/dona', 'Sostienici']]),
      },
      {
        path: '/cosa-fare', title: 'Cosa fare subito — Linea Ascolto Immagini',
        body: nav([['/', 'Home'], ['/cosa-fare', 'Cosa fare subito'], ['/rimozione', 'Chiedere la rimozione']], 'Linea Ascolto Immagini') +
          h1('Cosa fare subito') +
          ol(
            'Non rispondere a chi ti minaccia e non pagare nessuna richiesta di denaro.',
            'Salva i link e fai screenshot della pagina (non dell’immagine da sola) con data e nome utente.',
            'Non inoltrare le immagini ad amici: ogni copia in più è un rischio.',
            'Segnala il contenuto alla piattaforma con la categoria “immagini intime non consensuali”.',
            'Sporgi denuncia alla Polizia Postale: possiamo accompagnarti.',
          ) +
          p('Se l’immagine è stata creata con un’app di “spogliarello IA” o un bot Telegram, annota anche il nome del servizio: serve per le segnalazioni.') +
          footer('Linea Ascolto Immagini APS · © 2025', [['/privacy', 'Privacy']]),
      },
      {
        path: '/rimozione', title: 'Chiedere la rimozione — Linea Ascolto Immagini',
        body: nav([['/', 'Home'], ['/cosa-fare', 'Cosa fare subito'], ['/rimozione', 'Chiedere la rimozione']], 'Linea Ascolto Immagini') +
          h1('Chiedere la rimozione delle immagini') +
          p('Compila il modulo e una volontaria ti ricontatterà entro 48 ore. Non caricare le immagini: inserisci solo i link. Ci occupiamo noi delle segnalazioni ai siti, ai motori di ricerca e, dove possibile, ai fornitori di hosting dei servizi che le hanno generate.') +
          orderForm(['Nome o pseudonimo', 'Email o telefono sicuro', 'Link dove hai trovato le immagini', 'Sai quale app o bot è stato usato? (facoltativo)'], 'Invia richiesta') +
          footer('Linea Ascolto Immagini APS · © 2025', [['/privacy', 'Privacy']]),
      },
      {
        path: '/chi-siamo', title: 'Chi siamo — Linea Ascolto Immagini',
        body: nav([['/', 'Home'], ['/chi-siamo', 'Chi siamo']], 'Linea Ascolto Immagini') +
          h1('Chi siamo') +
          p('Siamo un’associazione di promozione sociale nata nel 2019 da un gruppo di psicologhe, avvocate ed esperte di sicurezza informatica. Collaboriamo con centri antiviolenza, università e piattaforme online. Siamo finanziate da donazioni private e bandi pubblici e non riceviamo fondi da aziende tecnologiche. Pubblichiamo ogni anno un rapporto anonimo sulle richieste ricevute.') +
          footer('Linea Ascolto Immagini APS · © 2025', [['/privacy', 'Privacy'], ['/dona', 'Sostienici']]),
      },
    ],
  },
  {
    host: 'lojavelurosa.test', lang: 'pt', label: 'unrelated', shape: 'lingerie-shop', author: 'fresh-a', pages: [
      {
        path: '/', title: 'Velurosa Lingerie — Lingerie, pijamas e moda praia',
        head: metaDescription('Velurosa: lingerie confortável, sutiãs sem bojo, bodies de renda, pijamas e biquínis. Frete grátis acima de R$ 199.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'ClothingStore', name: 'Velurosa Lingerie', address: { '@type': 'PostalAddress', addressLocality: 'Curitiba', addressCountry: 'BR' } }),
        body: nav([['/', 'Início'], ['/colecao-noite', 'Coleção Noite'], ['/moda-praia', 'Moda praia'], ['/trocas', 'Trocas e devoluções'], ['/sobre', 'Sobre']], 'Velurosa') +
          h1('Lingerie que abraça o seu dia') +
          p('Na Velurosa, cada peça é pensada para ser confortável do café da manhã até a noite. Sutiãs sem bojo, calcinhas de algodão, bodies de renda, camisolas e pijamas, com tamanhos do PP ao G3. Produção própria em Curitiba, com tecidos certificados.') +
          section(h2('Destaques da semana'), ul(
            'Sutiã sem bojo Aurora, cor nude — R$ 89,90',
            'Body de renda transparente Lírio — R$ 129,90',
            'Kit 3 calcinhas de algodão — R$ 59,90',
            'Camisola de cetim Noite — R$ 149,90',
            'Biquíni cortininha Maré — R$ 119,90',
          )) +
          img(8, 'Peças da coleção') +
          p('Novidade: a linha Pele agora tem cinco tons de nude, do claro ao retinto, para combinar com todos os tons de pele.') +
          section(h2('Por que comprar na Velurosa'), ul('Frete grátis acima de R$ 199.', 'Primeira troca grátis em até 30 dias.', 'Embalagem discreta.', 'Parcele em até 6x sem juros ou pague com Pix com 5% de desconto.')) +
          textForm('Receba ofertas e lançamentos por e-mail', 'Quero receber', '/newsletter') +
          cookieBanner('Usamos cookies para lembrar seu carrinho e mostrar ofertas.', 'Aceitar', 'Recusar') +
          footer('Velurosa Lingerie LTDA · CNPJ 00.000.000/0001-00 (fictício) · Curitiba/PR', [['/trocas', 'Trocas'], ['/privacidade', 'Privacidade'], ['/sobre', 'Sobre'], ['https://instagram.com/velurosa.lingerie', 'Instagram']]),
      },
      {
        path: '/colecao-noite', title: 'Coleção Noite — Velurosa',
        body: nav([['/', 'Início'], ['/colecao-noite', 'Coleção Noite'], ['/moda-praia', 'Moda praia']], 'Velurosa') +
          h1('Coleção Noite') +
          p('Cetim, renda francesa e tule transparente em peças para dormir e para ocasiões especiais. A Coleção Noite vem em preto, vinho e nude.') +
          priceTable(['Peça', 'Cores', 'Tamanhos', 'Preço'], [
            ['Camisola de cetim Noite', 'Preto, vinho', 'P ao GG', 'R$ 149,90'],
            ['Robe de tule Véu', 'Preto, nude', 'Único', 'R$ 169,90'],
            ['Conjunto de renda Lua', 'Preto, vinho, nude', 'P ao G3', 'R$ 139,90'],
            ['Body transparente Lírio', 'Preto, nude', 'P ao GG', 'R$ 129,90'],
          ]) +
          p('Todas as peças são lavadas antes do envio e vêm em embalagem discreta.') +
          footer('Velurosa Lingerie © 2025', [['/trocas', 'Trocas'], ['/privacidade', 'Privacidade']]),
      },
      {
        path: '/trocas', title: 'Trocas e devoluções — Velurosa',
        body: nav([['/', 'Início'], ['/colecao-noite', 'Coleção Noite'], ['/trocas', 'Trocas e devoluções']], 'Velurosa') +
          h1('Trocas e devoluções') +
          p('Por questões de higiene, calcinhas e bodies só podem ser trocados com a etiqueta e o adesivo de proteção intactos. Sutiãs, camisolas, pijamas e moda praia podem ser trocados em até 30 dias após o recebimento. A primeira troca é grátis: gere a etiqueta de postagem na sua conta. Reembolsos são feitos em até 10 dias úteis, no mesmo meio de pagamento.') +
          footer('Velurosa Lingerie © 2025', [['/privacidade', 'Privacidade']]),
      },
      {
        path: '/sobre', title: 'Sobre a Velurosa',
        body: nav([['/', 'Início'], ['/sobre', 'Sobre']], 'Velurosa') +
          h1('Nossa história') +
          p('A Velurosa nasceu em 2014 num ateliê de costura no bairro Água Verde, em Curitiba. Hoje somos 42 pessoas, a maioria mulheres, produzindo lingerie e pijamas com tecidos certificados e pagamento justo. Fotografamos nossas peças com modelos contratadas e sem retoques que alterem o corpo. Vendemos pelo site e em três lojas físicas no Paraná.') +
          p('Visite nossas lojas.') +
          footer('Velurosa Lingerie © 2025', [['/trocas', 'Trocas']]),
      },
    ],
  },
  {
    host: 'clearframe-moderation.test', lang: 'en', label: 'unrelated', shape: 'moderation-tool', author: 'fresh-a', pages: [
      {
        path: '/', title: 'ClearFrame — Detect AI undress images and deepfakes before they spread',
        head: metaDescription('ClearFrame is a trust & safety API that detects nudity, AI “undress” outputs and face-swap deepfakes, plus a blocklist feed of nudify services.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'SoftwareApplication', name: 'ClearFrame Moderation API', applicationCategory: 'SecurityApplication' }),
        body: nav([['/', 'Product'], ['/docs', 'Docs'], ['/pricing', 'Pricing'], ['/blocklist', 'Nudify blocklist feed'], ['/trust', 'Trust & ethics']], 'ClearFrame') +
          h1('Catch AI undress images and deepfakes at upload time') +
          p('Nudify apps and face-swap bots have made non-consensual synthetic imagery cheap and fast. ClearFrame gives platforms, schools’ IT teams, dating apps and hosting providers an API that flags this content the moment it is uploaded — before it reaches a single viewer.') +
          section(h2('Detectors'), ul(
            '<strong>Synthetic nudity</strong> — tells an AI-generated “clothes removed” image from a regular photo, with a confidence score.',
            '<strong>Face-swap video</strong> — frame-level detection of swapped faces in uploaded clips.',
            '<strong>NSFW classifier</strong> — classic safe / suggestive / explicit categories for general moderation.',
            '<strong>Provenance</strong> — reads C2PA credentials and known generator watermarks.',
            '<strong>Hash matching</strong> — matches against victim-submitted hashes from takedown partners.',
          )) +
          section(h2('Built for reviewers'), ul('Blurred previews by default to protect moderators.', 'Queue with priority for likely non-consensual content.', 'One-click reports to hosting providers and registrars.')) +
          upload('Try it: upload a test image', '/demo/scan', 'Scan') +
          p('The demo returns scores only; we never display or store demo uploads.') +
          blockquote('ClearFrame cut the time our team needed to spot swapped-face uploads from days to minutes.', 'Head of Trust & Safety, mid-size video platform') +
          faq('FAQ', [
            ['Do you generate or modify images?', 'Never. ClearFrame only analyses images and returns labels.'],
            ['Can I block links to undress sites?', 'Yes — subscribe to our blocklist feed of nudify and deepfake service domains.'],
          ]) +
          cookieBanner('We use strictly necessary cookies only.', 'OK') +
          footer('© 2025 ClearFrame Safety Ltd.', [['/terms', 'Terms'], ['/privacy', 'Privacy'], ['/trust', 'Trust & ethics'], ['/status', 'Status']]),
      },
      {
        path: '/docs', title: 'API docs — ClearFrame',
        body: nav([['/', 'Product'], ['/docs', 'Docs'], ['/pricing', 'Pricing'], ['/blocklist', 'Nudify blocklist feed']], 'ClearFrame') +
          h1('API reference') +
          h2('POST /v1/scan/image') + p('Body: <code>image_url</code> or <code>image_b64</code>. Returns <code>synthetic_nudity</code>, <code>nsfw</code> (safe | suggestive | explicit), <code>face_swap</code> and <code>provenance</code> objects, each with a score from 0 to 1.') +
          h2('POST /v1/scan/video') + p('Async. Returns a job id; results list timestamps where a face swap is likely.') +
          h2('GET /v1/blocklist') + p('Returns the current list of domains, Telegram handles and app package names that offer undress or deepfake services, with first-seen dates and evidence references.') +
          p('Rate limit: 50 requests per second on Scale. Images are processed in memory and discarded.') +
          footer('© 2025 ClearFrame Safety Ltd.', [['/terms', 'Terms']]),
      },
      {
        path: '/pricing', title: 'Pricing — ClearFrame',
        head: stripe('pk_test_clearframe_T5'),
        body: nav([['/', 'Product'], ['/docs', 'Docs'], ['/pricing', 'Pricing']], 'ClearFrame') +
          h1('Pricing') +
          priceTable(['Plan', 'Scans / month', 'Price', 'Includes'], [
            ['Nonprofit', 'up to 50k', 'Free', 'All detectors, blocklist feed'],
            ['Starter', '100k', '$199/mo', 'Image detectors, email support'],
            ['Scale', '2M', '$1,490/mo', 'Image + video, reviewer queue, SLA'],
            ['Enterprise', 'Custom', 'Contact us', 'On-prem option, dedicated support'],
          ]) +
          p('NGOs, hotlines, schools and researchers working against image-based abuse get the Nonprofit plan free of charge.') +
          p('Annual contracts get two months free. All plans include the dashboard, audit logs, data processing in the EU or US at your choice, and a 30-day free trial with 10,000 scans. No image ever leaves the processing region you select.') +
          footer('© 2025 ClearFrame Safety Ltd.', [['/terms', 'Terms']]),
      },
      {
        path: '/blocklist', title: 'Nudify & deepfake service blocklist feed — ClearFrame',
        body: nav([['/', 'Product'], ['/docs', 'Docs'], ['/blocklist', 'Nudify blocklist feed']], 'ClearFrame') +
          h1('Blocklist feed: nudify and deepfake services') +
          p('Our analysts track websites, mirrors, Telegram bots and Android packages that advertise “AI undress”, “remove clothes”, “NSFW face swap” and similar capabilities. The feed is updated every six hours and is available as JSON, CSV, hosts file or RPZ for DNS filtering. Each entry includes the evidence we captured (the service’s own marketing claims) so that your team can review before blocking.') +
          ul('Active entries: 2,814 domains, 611 Telegram handles, 97 app packages.', 'Median time from first sighting to listing: 19 hours.', 'False-positive appeals reviewed within 2 business days.') +
          footer('© 2025 ClearFrame Safety Ltd.', [['/trust', 'Trust & ethics']]),
      },
      {
        path: '/trust', title: 'Trust & ethics — ClearFrame',
        body: nav([['/', 'Product'], ['/trust', 'Trust & ethics']], 'ClearFrame') +
          h1('Trust & ethics') +
          p('We do not train on customer uploads. Our synthetic-nudity detector is trained on images we generate ourselves from consenting adult models under contract, never on real victims’ images. We publish our error rates per skin tone and lighting condition every quarter, work with survivor organisations on the design of the reviewer tools, and refuse customers who want to use detection to find or collect abusive material.') +
          footer('© 2025 ClearFrame Safety Ltd.', [['/privacy', 'Privacy']]),
      },
    ],
  },
  {
    host: 'campus-digital-segur.test', lang: 'ca', label: 'unrelated', shape: 'school-guide', author: 'fresh-a', pages: [
      {
        path: '/', title: 'Guia de convivència digital per a l’estudiantat — Campus Digital Segur',
        head: metaDescription('Guia del servei d’atenció a l’estudiantat sobre deepfakes, apps que prometen “despullar” fotos i com actuar i denunciar dins i fora del campus.'),
        body: nav([['/', 'Inici'], ['/que-son', 'Què són aquestes apps'], ['/si-et-passa', 'Si et passa a tu'], ['/protocol', 'Protocol del campus'], ['/recursos', 'Recursos']], 'Campus Digital Segur') +
          h1('Deepfakes i apps per “despullar” fotos: el que cal saber') +
          p('Aquesta guia l’ha preparat el Servei d’Atenció a l’Estudiantat per respondre una pregunta que rebem cada vegada més: què fem quan algú fa servir una aplicació d’intel·ligència artificial per crear imatges falses d’una companya o d’un company? Les trobareu anunciades a xarxes i a Telegram amb frases com “despulla qualsevol foto en segons” o “face swap +18”. Aquí t’expliquem què són, per què són un problema greu i com demanar ajuda.') +
          section(h2('En resum'), ul(
            'Crear o compartir una imatge íntima falsa d’una persona sense el seu consentiment és una forma de violència digital i pot ser delicte.',
            'Reenviar-la també fa mal: cada còpia multiplica el dany.',
            'Si et passa a tu, no és culpa teva. Hi ha persones al campus per acompanyar-te.',
            'La universitat té un protocol específic i sancions disciplinàries.',
          )) +
          section(h2('Per on començar'), ol(
            a('/que-son', 'Entén què són aquestes aplicacions i bots.'),
            a('/si-et-passa', 'Què fer si trobes una imatge falsa teva.'),
            a('/protocol', 'Com funciona el protocol del campus.'),
            a('/recursos', 'Telèfons i serveis d’ajuda.'),
          )) +
          blockquote('Vam fer una xerrada a primer curs i diversos estudiants ens van dir que no sabien que reenviar una d’aquestes imatges també era greu.', 'Equip del Servei d’Atenció a l’Estudiantat') +
          faq('Preguntes freqüents', [
            ['És legal fer-ho “de broma”?', 'No. La intenció de fer broma no elimina el dany ni la responsabilitat.'],
            ['Puc denunciar de manera anònima?', 'Pots fer una consulta confidencial al servei. Per obrir el protocol cal una comunicació formal, però protegim la teva identitat.'],
          ]) +
          cookieBanner('Aquest web només fa servir galetes tècniques.', 'D’acord') +
          footer('Servei d’Atenció a l’Estudiantat · Campus Digital Segur · © 2025', [['/accessibilitat', 'Accessibilitat'], ['/privacitat', 'Privacitat'], ['/recursos', 'Recursos']]),
      },
      {
        path: '/que-son', title: 'Què són les apps per “despullar” fotos — Campus Digital Segur',
        body: nav([['/', 'Inici'], ['/que-son', 'Què són aquestes apps'], ['/si-et-passa', 'Si et passa a tu']], 'Campus Digital Segur') +
          h1('Què són aquestes aplicacions?') +
          p('Són webs, apps i bots de Telegram que prometen “treure la roba” d’una foto o enganxar la cara d’una persona en un vídeo per a adults. Funcionen amb crèdits o subscripcions, sovint canvien de nom i de domini, i als seus termes diuen que l’usuari “té permís” de la persona, cosa que gairebé mai no és certa.') +
          p('El resultat és una imatge inventada, però qui la veu no sempre ho sap. Per això el dany a la reputació, a la salut mental i a la vida acadèmica de la víctima és real. Aquesta guia no recomana ni enllaça cap d’aquests serveis.') +
          footer('Campus Digital Segur © 2025', [['/privacitat', 'Privacitat']]),
      },
      {
        path: '/si-et-passa', title: 'Si et passa a tu — Campus Digital Segur',
        body: nav([['/', 'Inici'], ['/que-son', 'Què són aquestes apps'], ['/si-et-passa', 'Si et passa a tu'], ['/protocol', 'Protocol del campus']], 'Campus Digital Segur') +
          h1('Si trobes una imatge falsa teva') +
          ol(
            'Respira: no és culpa teva i no estàs sol ni sola.',
            'Guarda proves: captures amb l’enllaç, la data i l’usuari que l’ha publicada.',
            'No la reenviïs, ni tan sols per demanar ajuda: descriu-la.',
            'Denuncia-la a la plataforma com a contingut íntim no consentit.',
            'Contacta amb el Servei d’Atenció a l’Estudiantat o amb els Mossos d’Esquadra.',
          ) +
          footer('Campus Digital Segur © 2025', [['/recursos', 'Recursos']]),
      },
      {
        path: '/protocol', title: 'Protocol del campus — Campus Digital Segur',
        body: nav([['/', 'Inici'], ['/si-et-passa', 'Si et passa a tu'], ['/protocol', 'Protocol del campus'], ['/recursos', 'Recursos']], 'Campus Digital Segur') +
          h1('Protocol contra la violència digital') +
          p('Quan rebem una comunicació, una persona tècnica del servei contacta amb la persona afectada en un termini màxim de 48 hores. S’ofereix acompanyament psicològic i jurídic, es valoren mesures de protecció acadèmica (canvi de grup, ajornament d’exàmens) i, si l’autor és membre de la comunitat universitària, s’obre un expedient disciplinari. La confidencialitat es manté en tot el procés.') +
          footer('Campus Digital Segur © 2025', [['/privacitat', 'Privacitat']]),
      },
      {
        path: '/recursos', title: 'Recursos d’ajuda — Campus Digital Segur',
        body: nav([['/', 'Inici'], ['/protocol', 'Protocol del campus'], ['/recursos', 'Recursos']], 'Campus Digital Segur') +
          h1('Recursos') +
          ul(
            'Servei d’Atenció a l’Estudiantat — atencio@campus-digital-segur.test, de dilluns a divendres.',
            'Servei d’atenció psicològica del campus — cita en 72 hores.',
            'Assessoria jurídica gratuïta per a estudiants — dimarts i dijous.',
            'Telèfon d’emergències — 112.',
            'Línies d’atenció a víctimes de violència masclista i digital de la teva comunitat.',
          ) +
          p('Si ets professorat o personal i algú et comunica un cas, no demanis veure les imatges: deriva la persona al servei.') +
          footer('Campus Digital Segur © 2025', [['/privacitat', 'Privacitat']]),
      },
    ],
  },
  {
    host: 'ferraro-abogados.test', lang: 'es', label: 'unrelated', shape: 'law-firm', author: 'fresh-a', pages: [
      {
        path: '/', title: 'Estudio Ferraro & Asociados — Abogados en violencia digital y deepfakes',
        head: metaDescription('Estudio jurídico en Buenos Aires especializado en difusión no consentida de imágenes íntimas, deepfakes sexuales y extorsión digital. Primera consulta sin cargo.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'LegalService', name: 'Estudio Ferraro & Asociados', address: { '@type': 'PostalAddress', addressLocality: 'Buenos Aires', addressCountry: 'AR' } }),
        body: nav([['/', 'Inicio'], ['/servicios', 'Servicios'], ['/preguntas', 'Preguntas frecuentes'], ['/equipo', 'Equipo'], ['/contacto', 'Contacto']], 'Ferraro & Asociados') +
          h1('Si alguien usó una app para “desnudarte” con IA, tenés derechos') +
          p('Desde 2018 acompañamos a personas que sufrieron la difusión de imágenes íntimas sin su consentimiento. Hoy, la mayoría de las consultas que recibimos son por imágenes falsas: fotos de redes sociales pasadas por apps que “quitan la ropa” o videos en los que alguien pegó tu cara con un deepfake. Que la imagen sea falsa no significa que no haya delito ni daño.') +
          section(h2('Cómo te ayudamos'), ul(
            'Denuncia penal y querella contra quien creó o difundió el material.',
            'Medidas urgentes para que plataformas y buscadores bajen el contenido.',
            'Reclamos por daños y perjuicios.',
            'Defensa ante extorsión (“pagá o lo publico”).',
            'Intimaciones a los servicios que generan o alojan las imágenes.',
          )) +
          p('La Ley Olimpia incorporó la violencia digital a la ley de protección integral de las mujeres, y los tribunales ya dictan medidas cautelares contra la circulación de deepfakes.') +
          blockquote('En una semana lograron que bajaran las fotos de los grupos y de dos páginas. Me sentí acompañada todo el tiempo.', 'Clienta, 2024 (publicado con autorización)') +
          faq('Consultas rápidas', [
            ['¿Cuánto cuesta la primera consulta?', 'Es sin cargo y confidencial, por videollamada o en el estudio.'],
            ['¿Tengo que mostrarles las imágenes?', 'No. Trabajamos con los enlaces y las capturas que vos decidas compartir.'],
            ['¿Se puede saber quién lo hizo?', 'Muchas veces sí, mediante pedidos judiciales de información a las plataformas.'],
          ]) +
          cookieBanner('Usamos cookies técnicas. No compartimos tus datos.', 'Entendido') +
          footer('Estudio Ferraro & Asociados · Av. Corrientes (dirección ficticia), CABA · © 2025', [['/contacto', 'Contacto'], ['/privacidad', 'Privacidad'], ['/equipo', 'Equipo']]),
      },
      {
        path: '/servicios', title: 'Servicios — Estudio Ferraro & Asociados',
        body: nav([['/', 'Inicio'], ['/servicios', 'Servicios'], ['/preguntas', 'Preguntas frecuentes'], ['/contacto', 'Contacto']], 'Ferraro & Asociados') +
          h1('Áreas de práctica') +
          h2('Deepfakes e imágenes íntimas falsas') + p('Actuamos contra quien encarga, produce o difunde desnudos generados con IA o videos con face swap, y contra los sitios que los alojan. Pedimos la preservación de pruebas y la baja inmediata.') +
          h2('Difusión no consentida') + p('Fotos o videos reales compartidos sin permiso, en grupos, foros o redes.') +
          h2('Extorsión y acoso digital') + p('Amenazas, pedidos de dinero y hostigamiento en línea.') +
          h2('Empresas e instituciones') + p('Protocolos internos, capacitación y respuesta ante incidentes que afectan a empleados o estudiantes.') +
          footer('Estudio Ferraro & Asociados © 2025', [['/contacto', 'Contacto']]),
      },
      {
        path: '/preguntas', title: 'Preguntas frecuentes — Estudio Ferraro & Asociados',
        body: nav([['/', 'Inicio'], ['/servicios', 'Servicios'], ['/preguntas', 'Preguntas frecuentes']], 'Ferraro & Asociados') +
          faq('Preguntas frecuentes', [
            ['La app dice que el usuario “tiene permiso”. ¿Eso la protege?', 'No necesariamente. Esa cláusula de sus términos no vale frente a la persona afectada, que nunca dio su consentimiento.'],
            ['¿Sirve denunciar si el sitio está en el exterior?', 'Sí. Se puede actuar contra quien difundió en el país y pedir a buscadores y plataformas que desindexen o bajen el contenido.'],
            ['¿Cuánto tarda en bajarse el contenido?', 'Con una medida cautelar, las plataformas grandes suelen cumplir en días.'],
            ['¿Atienden fuera de Buenos Aires?', 'Sí, trabajamos en todo el país por videollamada y con estudios corresponsales.'],
          ]) +
          footer('Estudio Ferraro & Asociados © 2025', [['/contacto', 'Contacto']]),
      },
      {
        path: '/contacto', title: 'Contacto — Estudio Ferraro & Asociados',
        body: nav([['/', 'Inicio'], ['/servicios', 'Servicios'], ['/contacto', 'Contacto']], 'Ferraro & Asociados') +
          h1('Pedí tu consulta sin cargo') +
          p('Completá el formulario y te llamamos dentro de las 24 horas hábiles. Todo lo que nos cuentes está protegido por el secreto profesional. Si estás en peligro, llamá al 911.') +
          orderForm(['Nombre (puede ser solo el nombre de pila)', 'Teléfono o email', 'Contanos brevemente qué pasó', '¿Cuándo te podemos llamar?'], 'Enviar consulta') +
          p('También atendemos por WhatsApp en horario de oficina.') +
          footer('Estudio Ferraro & Asociados © 2025', [['/privacidad', 'Privacidad']]),
      },
    ],
  },
  {
    host: 'memecaras.test', lang: 'es', label: 'unrelated', shape: 'sfw-faceswap', author: 'fresh-a', pages: [
      {
        path: '/', title: 'MemeCaras — Cambia caras en memes y GIFs (100 % apto para todo público)',
        head: metaDescription('MemeCaras: face swap para memes, GIFs y stickers. Apto para todo público, sin contenido adulto. Hecho en Santiago de Chile.'),
        body: nav([['/', 'Inicio'], ['/plantillas', 'Plantillas'], ['/premium', 'Premium'], ['/normas', 'Normas de uso'], ['/ayuda', 'Ayuda']], 'MemeCaras') +
          h1('Ponle tu cara al meme del momento') +
          p('MemeCaras es la app de face swap para reírse con los amigos: sube tu selfie, elige un meme, un GIF o una escena de película y en segundos tienes tu versión lista para el grupo. Funciona en el navegador y en el celular, y todo el contenido es apto para todo público.') +
          upload('Sube tu selfie', '/crear', 'Hacer meme') +
          storeBadges('/descargar/memecaras.apk') +
          section(h2('Lo más compartido'), ul(
            'El perrito que se encoge de hombros, con tu cara.',
            'Escenas de teleseries clásicas.',
            'GIFs de reacción para WhatsApp.',
            'Stickers animados de cumpleaños.',
            'Tu cara en la selección, celebrando un gol.',
          )) +
          section(h2('Seguro por diseño'), ul(
            'Nada de contenido adulto: no hay plantillas +18 y nuestro filtro bloquea imágenes de desnudos o sugerentes.',
            'Solo puedes usar tu cara o la de alguien que acepte: las caras de terceros requieren confirmación.',
            'Cada resultado lleva una marca invisible que indica que es un montaje.',
            'Borramos las selfies a las 24 horas.',
          )) +
          blockquote('Los memes del cumple de mi papá fueron un éxito en el grupo familiar.', 'Javiera, Ñuñoa') +
          faq('Preguntas', [
            ['¿Se pueden hacer videos para adultos?', 'No. MemeCaras no permite contenido sexual ni “sin ropa”, y las cuentas que lo intentan se suspenden.'],
            ['¿Es gratis?', 'Sí, con 5 memes al día. Premium quita la marca visible y da GIFs en HD.'],
          ]) +
          cookieBanner('Usamos cookies para que la app funcione y para estadísticas anónimas.', 'Aceptar', 'Rechazar') +
          footer('MemeCaras SpA · Santiago, Chile · © 2025', [['/normas', 'Normas de uso'], ['/privacidad', 'Privacidad'], ['/ayuda', 'Ayuda']]),
      },
      {
        path: '/plantillas', title: 'Plantillas — MemeCaras',
        body: nav([['/', 'Inicio'], ['/plantillas', 'Plantillas'], ['/premium', 'Premium']], 'MemeCaras') +
          h1('Plantillas') +
          ul('Memes clásicos (400)', 'GIFs de reacción (1.200)', 'Fútbol y deportes (150)', 'Cine y teleseries (300)', 'Cumpleaños y fiestas (220)', 'Navidad y Año Nuevo (90)') +
          p('Todas las plantillas están revisadas por nuestro equipo y son aptas para todo público. No aceptamos plantillas subidas por usuarios con desnudos, contenido sexual, violencia ni caras de personas que no dieron permiso. Puedes sugerir un meme nuevo desde la app.') +
          footer('MemeCaras © 2025', [['/normas', 'Normas de uso']]),
      },
      {
        path: '/premium', title: 'Premium — MemeCaras',
        body: nav([['/', 'Inicio'], ['/plantillas', 'Plantillas'], ['/premium', 'Premium']], 'MemeCaras') +
          h1('MemeCaras Premium') +
          priceTable(['Plan', 'Precio (CLP)', 'Incluye'], [
            ['Gratis', '$0', '5 memes al día, marca visible'],
            ['Premium mensual', '$2.490', 'Memes ilimitados, GIFs HD, sin marca visible'],
            ['Premium anual', '$14.990', 'Todo + stickers para WhatsApp'],
          ]) +
          p('Pagos con Webpay o desde la tienda de apps. La marca invisible de montaje se mantiene en todos los planes. Cancela cuando quieras.') +
          p('Con Premium también puedes crear packs de stickers con la cara de tus amigos, siempre que ellos acepten la invitación desde su propia cuenta.') +
          footer('MemeCaras © 2025', [['/normas', 'Normas de uso']]),
      },
      {
        path: '/normas', title: 'Normas de uso — MemeCaras',
        body: nav([['/', 'Inicio'], ['/premium', 'Premium'], ['/normas', 'Normas de uso']], 'MemeCaras') +
          h1('Normas de uso') +
          ol(
            'Prohibido crear contenido sexual, desnudos o imágenes “sin ropa”, reales o generadas.',
            'Prohibido usar la cara de otra persona sin su permiso.',
            'Prohibido usar MemeCaras para acosar, humillar o engañar.',
            'Nuestros filtros automáticos bloquean las imágenes de desnudos y las cuentas reincidentes se eliminan.',
            'Si alguien usó tu cara sin permiso, escríbenos a denuncias@memecaras.test y lo borramos en 24 horas.',
          ) +
          footer('MemeCaras © 2025', [['/privacidad', 'Privacidad']]),
      },
    ],
  },
  {
    host: 'checagem-agora.test', lang: 'pt', label: 'unrelated', shape: 'fact-check', author: 'fresh-a', pages: [
      {
        path: '/', title: 'Checagem Agora — Verificação de fatos e boatos',
        head: metaDescription('Checagem Agora verifica boatos, golpes e promessas falsas que circulam no WhatsApp e nas redes. Envie sua dúvida.'),
        body: nav([['/', 'Checagens'], ['/checagens/app-raio-x-tira-roupa', 'Tecnologia'], ['/metodologia', 'Metodologia'], ['/envie', 'Envie uma dúvida']], 'Checagem Agora') +
          h1('Checagens mais recentes') +
          article(h2(a('/checagens/app-raio-x-tira-roupa', 'É falso que app de “raio-X” revele o corpo real de quem está na foto')),
            p('<strong>Selo: ENGANOSO.</strong> Anúncios que circulam no Instagram e no Telegram dizem que um aplicativo “tira a roupa de qualquer foto” e mostra “como a pessoa é de verdade”. O que esses apps fazem é inventar uma imagem com IA — e criar ou compartilhar esse tipo de montagem sem consentimento é crime.')) +
          article(h2('Vídeo de apresentador anunciando investimento milagroso é deepfake'), p('<strong>Selo: FALSO.</strong> O rosto e a voz foram manipulados com IA para promover um golpe financeiro.')) +
          article(h2('Mensagem sobre novo imposto do Pix é antiga e foi desmentida'), p('<strong>Selo: FALSO.</strong> O texto circula desde 2023 com datas alteradas.')) +
          article(h2('Foto de enchente em Porto Alegre é de outro ano'), p('<strong>Selo: FORA DE CONTEXTO.</strong> A imagem é real, mas foi feita em outra cheia.')) +
          section(h2('Como checamos'), p('Cada checagem é feita por duas pessoas da redação, com fontes abertas, consulta a especialistas e pedido de posicionamento a quem fez a afirmação. ' + a('/metodologia', 'Leia nossa metodologia') + '.')) +
          textForm('Recebeu algo suspeito? Cole o link ou o texto', 'Enviar para checagem', '/envie') +
          cookieBanner('Usamos cookies para estatísticas de audiência. Não vendemos seus dados.', 'Aceitar', 'Recusar') +
          footer('Checagem Agora © 2025 · Jornalismo independente de verificação', [['/metodologia', 'Metodologia'], ['/privacidade', 'Privacidade'], ['/correcoes', 'Política de correções']]),
      },
      {
        path: '/checagens/app-raio-x-tira-roupa', title: 'É enganoso que app de “raio-X” revele o corpo real de quem está na foto — Checagem Agora',
        head: jsonLd({ '@context': 'https://schema.org', '@type': 'ClaimReview', claimReviewed: 'Aplicativo de raio-X tira a roupa de qualquer foto e mostra a pessoa de verdade', reviewRating: { '@type': 'Rating', alternateName: 'Enganoso' }, author: { '@type': 'Organization', name: 'Checagem Agora' } }),
        body: nav([['/', 'Checagens'], ['/metodologia', 'Metodologia'], ['/envie', 'Envie uma dúvida']], 'Checagem Agora') +
          article(
            h1('É enganoso que app de “raio-X” revele o corpo real de quem está na foto'),
            p('<strong>O que circula:</strong> anúncios de aplicativos como “TiraRoupa”, “Raio-X Cam” e bots de Telegram que prometem “despir qualquer foto em segundos”, “ver através da roupa” e oferecem “3 fotos grátis”.'),
            p('<strong>Selo: ENGANOSO.</strong> Esses serviços não revelam nada: eles geram uma imagem nova e inventada com inteligência artificial. O resultado não é uma foto da pessoa, mas uma montagem. Ainda assim, especialistas ouvidos pela reportagem alertam que o dano para a vítima é real.'),
            p('<strong>É crime?</strong> Sim. O artigo 216-B do Código Penal também trata de montagens que incluem uma pessoa em cena de nudez sem autorização, e a divulgação pode configurar outros crimes. Vários desses apps também são golpes: cobram assinatura e não entregam nada, ou instalam programas maliciosos pelo arquivo APK.'),
            p('<strong>O que fazer:</strong> não instale, não compartilhe, denuncie o anúncio na plataforma e, se for vítima, registre boletim de ocorrência e procure a Defensoria Pública.'),
          ) +
          footer('Checagem Agora © 2025', [['/correcoes', 'Política de correções']]),
      },
      {
        path: '/metodologia', title: 'Metodologia — Checagem Agora',
        body: nav([['/', 'Checagens'], ['/metodologia', 'Metodologia']], 'Checagem Agora') +
          h1('Metodologia') +
          p('Escolhemos o que checar pelo alcance do conteúdo e pelo risco que ele representa. Cada texto passa por apuração, checagem cruzada e edição. Usamos cinco selos: VERDADEIRO, FALSO, ENGANOSO, FORA DE CONTEXTO e SEM EVIDÊNCIAS. Em temas de violência digital, nunca reproduzimos as imagens manipuladas nem publicamos links para os serviços que as produzem.') +
          p('Erros são corrigidos publicamente.') +
          footer('Checagem Agora © 2025', [['/privacidade', 'Privacidade']]),
      },
      {
        path: '/envie', title: 'Envie uma dúvida — Checagem Agora',
        body: nav([['/', 'Checagens'], ['/metodologia', 'Metodologia'], ['/envie', 'Envie uma dúvida']], 'Checagem Agora') +
          h1('Envie uma dúvida para checagem') +
          p('Recebeu uma mensagem, vídeo ou anúncio suspeito? Mande para a nossa equipe. Não precisa se identificar. Se o conteúdo for uma imagem íntima manipulada de alguém, não envie a imagem: descreva onde ela está circulando e, se você for a vítima, veja nossa lista de serviços de apoio.') +
          textForm('Link ou texto do conteúdo', 'Enviar', '/envie/receber') +
          footer('Checagem Agora © 2025', [['/privacidade', 'Privacidade']]),
      },
    ],
  },
  {
    host: 'provavirtuale-moda.test', lang: 'it', label: 'unrelated', shape: 'virtual-try-on', author: 'fresh-a', pages: [
      {
        path: '/', title: 'ProvaVirtuale — Il camerino virtuale con l’intelligenza artificiale',
        head: metaDescription('ProvaVirtuale: prova vestiti, giacche e costumi sulla tua foto con l’IA, prima di comprarli. Plugin per negozi Shopify e WooCommerce.') + oneTap('77-provavirtuale.apps.googleusercontent.com'),
        body: nav([['/', 'Home'], ['/per-negozi', 'Per i negozi'], ['/prezzi', 'Prezzi'], ['/regole', 'Regole e privacy'], ['/aiuto', 'Aiuto']], 'ProvaVirtuale') +
          h1('Cambia vestito senza cambiarti') +
          p('Carica una tua foto a figura intera, scegli un capo dal catalogo del negozio e ProvaVirtuale te lo fa indossare in pochi secondi. Vedi come ti sta la giacca nuova, prova tre colori dello stesso vestito o abbina pantaloni e maglione prima di aggiungerli al carrello. Meno resi, più acquisti sicuri.') +
          upload('Carica la tua foto', '/prova', 'Prova il capo') +
          section(h2('Cosa puoi provare'), ul(
            'Giacche, cappotti e maglieria.',
            'Abiti da cerimonia e da sera.',
            'Costumi da bagno e moda mare, sempre sopra la figura originale.',
            'Occhiali, cappelli e borse.',
            'Abbinamenti completi con un clic (“cambia outfit”).',
          )) +
          img(9, 'Esempio di prova virtuale') +
          section(h2('Le nostre regole'), ul(
            'Il sistema aggiunge o sostituisce capi, non rimuove mai i vestiti e non genera immagini di nudo: le richieste vengono bloccate.',
            'Puoi caricare solo foto di te stesso; le foto vengono cancellate dopo la sessione.',
            'Blocchiamo automaticamente le foto che sembrano prese da profili altrui.',
          )) +
          blockquote('Da quando abbiamo il camerino virtuale, i resi sono calati del 22%.', 'Boutique di abbigliamento, Firenze') +
          faq('Domande', [
            ['Serve un’app?', 'No, funziona dal sito del negozio, su smartphone e computer.'],
            ['Posso togliere la giacca dalla mia foto per provarne un’altra?', 'Sì, il sistema sostituisce il capo che indossi con quello scelto, senza mai lasciare la figura scoperta.'],
          ]) +
          cookieBanner('Usiamo cookie tecnici e, con il tuo consenso, cookie analitici.', 'Accetta', 'Rifiuta') +
          footer('ProvaVirtuale S.r.l. · Milano · P. IVA fittizia · © 2025', [['/regole', 'Regole e privacy'], ['/per-negozi', 'Per i negozi'], ['/aiuto', 'Aiuto']]),
      },
      {
        path: '/per-negozi', title: 'Per i negozi — ProvaVirtuale',
        body: nav([['/', 'Home'], ['/per-negozi', 'Per i negozi'], ['/prezzi', 'Prezzi']], 'ProvaVirtuale') +
          h1('Il camerino virtuale nel tuo e-commerce') +
          p('Installa il plugin per Shopify, WooCommerce o Magento e aggiungi il pulsante “Provalo su di te” a ogni scheda prodotto. Le foto dei capi vengono preparate automaticamente dal catalogo. Dashboard con tassi di conversione, capi più provati e riduzione dei resi. Integrazione via API per i gestionali personalizzati.') +
          ul('Installazione in 10 minuti.', 'Supporto per taglie e varianti di colore.', 'Conforme al GDPR, dati trattati in UE.') +
          footer('ProvaVirtuale S.r.l. © 2025', [['/regole', 'Regole e privacy']]),
      },
      {
        path: '/prezzi', title: 'Prezzi — ProvaVirtuale',
        head: stripe('pk_test_provavirtuale_M1'),
        body: nav([['/', 'Home'], ['/per-negozi', 'Per i negozi'], ['/prezzi', 'Prezzi']], 'ProvaVirtuale') +
          h1('Prezzi per i negozi') +
          priceTable(['Piano', 'Prove al mese', 'Prezzo', 'Incluso'], [
            ['Start', '1.000', '49 €/mese', 'Plugin, 1 negozio'],
            ['Crescita', '10.000', '199 €/mese', 'Analisi, 3 negozi, supporto chat'],
            ['Enterprise', 'Illimitate', 'Su misura', 'API, SLA, account manager'],
          ]) +
          p('Per i clienti finali il servizio è gratuito: paga il negozio. Prova gratuita di 14 giorni senza carta di credito. Prezzi IVA esclusa.') +
          p('Ogni piano include il pulsante “Provalo su di te”, la rimozione automatica dello sfondo dalle foto dei capi e il filtro di sicurezza che blocca le immagini inadatte.') +
          footer('ProvaVirtuale S.r.l. © 2025', [['/regole', 'Regole e privacy']]),
      },
      {
        path: '/regole', title: 'Regole e privacy — ProvaVirtuale',
        body: nav([['/', 'Home'], ['/prezzi', 'Prezzi'], ['/regole', 'Regole e privacy']], 'ProvaVirtuale') +
          h1('Regole d’uso e privacy') +
          p('ProvaVirtuale serve solo a provare capi di abbigliamento. È vietato usarlo per creare immagini di nudo, immagini sessuali o immagini di altre persone senza il loro consenso. Il modello è addestrato per non rimuovere indumenti senza sostituirli e ogni richiesta in tal senso viene rifiutata e registrata. Le foto caricate vengono elaborate in memoria e cancellate al termine della sessione; non le usiamo per addestrare i modelli.') +
          footer('ProvaVirtuale S.r.l. © 2025', [['/aiuto', 'Aiuto']]),
      },
    ],
  },
];
