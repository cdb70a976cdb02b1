import type { CorpusSite } from '../site-kit.js';
import {
  a, ageGate, article, blockquote, button, cookieBanner, cryptoCheckout, faq, footer, h1, h2, h3, img, jsonLd, mediaGrid,
  gtag, metaDescription, nav, ol, oneTap, orderForm, p, priceTable, storeBadges, stripe, textForm, ul, upload,
} from '../site-kit.js';

/** Fresh sites by writer fresh-d, written after the classifier was built, without reading it or the corpus. */

const pre_ = (t: string): string => `<pre><code>${t}</code></pre>`;

// ───────────────────────────── Spanish (es) ─────────────────────────────

const es: CorpusSite[] = [
  // es1 — nudify, innocent-home: a harmless-sounding portrait studio; the strong claim sits on /estilos and /precios.
  { host: 'lumina-retratos.test', lang: 'es', label: 'nudify', shape: 'innocent-home', author: 'fresh-d', pages: [
    { path: '/', title: 'Lumina Retratos — Estudio de retratos con inteligencia artificial',
      head: metaDescription("Retoca, ilumina y transforma tus fotos con IA. Más de 40 estilos, resultados en segundos.") + jsonLd({ '@context': 'https://schema.org', '@type': 'SoftwareApplication', name: 'Lumina Retratos', applicationCategory: 'PhotographyApplication', offers: { '@type': 'Offer', price: '4.99', priceCurrency: 'EUR' } }),
      body: nav([['/', 'Inicio'], ['/estilos', 'Estilos'], ['/precios', 'Precios'], ['/faq', 'Preguntas'], ['/entrar', 'Entrar']], 'Lumina') +
        cookieBanner("Usamos cookies propias y de terceros para medir visitas y recordar tu sesión. Puedes aceptarlas todas o configurarlas.", 'Aceptar todo', 'Configurar') +
        h1("Tu mejor retrato, creado por IA en segundos") +
        p("Lumina Retratos es un estudio fotográfico en el navegador. Sube una foto normal y nuestra inteligencia artificial corrige la luz, suaviza el fondo, cambia el estilo y te devuelve una imagen lista para compartir. Sin descargar nada, sin conocimientos de edición.",
          "Creadores, fotógrafos aficionados y parejas ya han generado más de dos millones de imágenes con nuestros más de 40 estilos: retrato corporativo, cine negro, acuarela, anime, verano en la playa… y nuestros estilos privados para mayores de 18 años.") +
        upload('Sube tu foto (JPG o PNG, máx. 10 MB)', '/crear', 'Probar gratis') +
        h2("¿Por qué Lumina?") +
        ul("<b>Rápido:</b> resultados en menos de 15 segundos.", "<b>Privado:</b> las fotos se borran de nuestros servidores a las 24 horas.", "<b>Sin marca de agua</b> en todos los planes de pago.", "<b>Estilos exclusivos</b> que no encontrarás en otras apps.") +
        img(1, 'Ejemplo de retrato') + img(2, 'Ejemplo de estilo acuarela') +
        h2("Lo que dicen nuestros usuarios") +
        blockquote("«Lo uso para las fotos de perfil y quedan de revista. El modo privado es otra liga.»", 'Marta, Valencia') +
        blockquote("«Pagué el pack de 100 créditos y me ha durado un mes. Muy recomendable.»", 'Javi, Sevilla') +
        p("Empieza con 3 créditos gratis al registrarte con Google. " + a('/precios', 'Ver planes y precios') + '.') +
        oneTap('1234567890-lumina.apps.googleusercontent.test') +
        footer("© 2025 Lumina Retratos. Servicio para mayores de 18 años.", [['/terminos', 'Términos'], ['/privacidad', 'Privacidad'], ['/faq', 'Ayuda'], ['mailto:hola@lumina-retratos.test', 'Contacto']]) },
    { path: '/estilos', title: 'Estilos — Lumina Retratos',
      body: nav([['/', 'Inicio'], ['/estilos', 'Estilos'], ['/precios', 'Precios'], ['/faq', 'Preguntas']], 'Lumina') +
        h1("Elige tu estilo") +
        h2("Estilos clásicos") +
        ul("Retrato profesional para LinkedIn", "Blanco y negro cinematográfico", "Acuarela y óleo", "Anime y cómic", "Verano: playa, piscina y atardecer") +
        h2("Estilos privados (+18)") +
        p("Los estilos privados solo se muestran a usuarios verificados como mayores de edad. Son nuestra función más popular y se cobran aparte, con créditos premium.") +
        ul("<b>Modo Íntimo:</b> la IA retira la ropa de la foto que subes y genera la versión sin ropa, conservando la cara y la pose.", "<b>Transparente:</b> efecto de tela translúcida, intensidad regulable del 1 al 5.", "<b>Bikini → nada:</b> convierte fotos de playa en versión desnuda en un solo paso.", "<b>Sin censura:</b> desactiva el filtro NSFW en todos los estilos anteriores.") +
        p("Consejo: las fotos de cuerpo entero, de frente y con buena luz dan los resultados más realistas.") +
        footer("© 2025 Lumina Retratos.", [['/terminos', 'Términos'], ['/privacidad', 'Privacidad']]) },
    { path: '/precios', title: 'Precios — Lumina Retratos',
      body: nav([['/', 'Inicio'], ['/estilos', 'Estilos'], ['/precios', 'Precios'], ['/faq', 'Preguntas']], 'Lumina') +
        h1("Planes y créditos") +
        p("Cada imagen generada con un estilo clásico cuesta 1 crédito. Los estilos privados (Modo Íntimo, Transparente, Sin censura) cuestan 3 créditos por imagen. Los créditos no caducan.") +
        priceTable(['Plan', 'Créditos', 'Precio', 'Incluye'], [
          ['Prueba', '3', 'Gratis', 'Estilos clásicos, con marca de agua'],
          ['Básico', '40', '4,99 €', 'Todos los estilos clásicos'],
          ['Pro', '150', '14,99 €', 'Estilos privados +18, sin marca de agua, cola prioritaria'],
          ['Ilimitado', '∞', '29,99 €/mes', 'Modo Íntimo ilimitado, alta resolución 4K'],
        ]) +
        p("Pago seguro con tarjeta o con criptomonedas (USDT, BTC). En el extracto bancario aparecerá un concepto discreto.") +
        stripe('pk_test_lumina51Hx') + cryptoCheckout() +
        button('Comprar créditos') +
        footer("© 2025 Lumina Retratos.", [['/terminos', 'Términos'], ['/privacidad', 'Privacidad']]) },
    { path: '/faq', title: 'Preguntas frecuentes — Lumina Retratos',
      body: nav([['/', 'Inicio'], ['/estilos', 'Estilos'], ['/precios', 'Precios'], ['/faq', 'Preguntas']], 'Lumina') +
        faq("Preguntas frecuentes", [
          ["¿Puedo usar la foto de otra persona?", "Al subir una imagen declaras que tienes derecho a usarla. Lumina no revisa las fotos y no se hace responsable del uso que hagas de los resultados."],
          ["¿El Modo Íntimo funciona con cualquier foto?", "Funciona mejor con ropa ajustada o de verano. Con abrigos y ropa holgada el resultado puede ser menos realista; puedes regenerar gratis una vez."],
          ["¿Se guardan mis fotos?", "Se borran automáticamente a las 24 horas. Las imágenes generadas quedan en tu galería privada hasta que las elimines."],
          ["¿Qué aparece en mi extracto?", "Un cargo de «LMN Digital Services», sin referencias al contenido."],
        ]) +
        footer("© 2025 Lumina Retratos.", [['/terminos', 'Términos'], ['/privacidad', 'Privacidad']]) },
  ] },

  // es2 — nudify, saas: explicit about undressing, upload form on the home page.
  { host: 'velosin-ia.test', lang: 'es', label: 'nudify', shape: 'saas', author: 'fresh-d', pages: [
    { path: '/', title: 'VeloSin IA — Quita la ropa de cualquier foto con IA',
      head: metaDescription("Desvestidor con IA: sube una foto y obtén la versión sin ropa en segundos. Primeras 2 fotos gratis.") + gtag('G-VELOSIN01'),
      body: nav([['/', 'Inicio'], ['/como-funciona', 'Cómo funciona'], ['/precios', 'Precios'], ['/terminos', 'Términos'], ['/login', 'Login']], 'VeloSin') +
        cookieBanner("Este sitio usa cookies para el funcionamiento y la analítica. Al continuar aceptas su uso.", 'OK', 'Rechazar') +
        h1("Desnuda cualquier foto con inteligencia artificial") +
        p("VeloSin es el desvestidor con IA más rápido en español. Sube una foto de una persona vestida y nuestro modelo «quita-ropa» genera en segundos cómo se vería sin ella. Sin apps, sin registros largos, directamente en tu navegador.") +
        upload('Arrastra aquí la foto', '/generar', 'Quitar ropa ahora') +
        p("2 fotos gratis · resultados en HD · 100 % anónimo") +
        h2("Tres pasos") +
        ol("Sube la foto (mejor de cuerpo entero y de frente).", "Elige el modo: «Desvestir», «Lencería» o «Transparencias».", "Descarga el resultado sin marca de agua con un plan Pro.") +
        h2("¿Por qué VeloSin?") +
        ul("Modelo entrenado específicamente para desvestir fotos reales", "Detección automática de pose y de cuerpo", "Cola prioritaria para usuarios Pro", "Sin filtros: modo NSFW activado por defecto") +
        blockquote("«Probé cuatro webs de undress y esta es la única que no deja manchas raras.»", 'Usuario verificado') +
        faq("Dudas rápidas", [
          ["¿Es gratis?", "Las 2 primeras imágenes son gratis y llevan marca de agua. Después puedes comprar créditos desde 2,99 €."],
          ["¿Se entera la persona de la foto?", "No. Nadie recibe ninguna notificación y las fotos se borran de nuestros servidores."],
          ["¿Funciona en el móvil?", "Sí, la web está optimizada para móvil. Añádela a tu pantalla de inicio como si fuera una app."],
        ]) +
        oneTap('998877-velosin.apps.googleusercontent.test') +
        footer("VeloSin IA © 2025 — Solo mayores de 18. El usuario es responsable del contenido que sube.", [['/terminos', 'Términos'], ['/privacidad', 'Privacidad'], ['/precios', 'Precios'], ['https://t.me/velosin_soporte', 'Soporte Telegram']]) },
    { path: '/como-funciona', title: 'Cómo funciona — VeloSin IA',
      body: nav([['/', 'Inicio'], ['/como-funciona', 'Cómo funciona'], ['/precios', 'Precios']], 'VeloSin') +
        h1("Cómo funciona nuestro quita-ropa con IA") +
        p("VeloSin combina un detector de pose con un modelo generativo entrenado con millones de imágenes. Primero separa la ropa de la persona, después la elimina y rellena la zona con un resultado coherente con la piel, la luz y el fondo de la foto original.",
          "El modo «Desvestir» elimina toda la ropa. El modo «Lencería» cambia la ropa por ropa interior. El modo «Transparencias» simula una tela mojada o translúcida. Los tres se pueden combinar con el mejorador de cara para mantener el rostro idéntico.") +
        p("Cuanta más calidad tenga la foto, mejor el resultado. Evita fotos de grupo, fotos muy oscuras o con la persona de espaldas.") +
        footer("VeloSin IA © 2025", [['/terminos', 'Términos'], ['/privacidad', 'Privacidad']]) },
    { path: '/precios', title: 'Precios — VeloSin IA',
      body: nav([['/', 'Inicio'], ['/como-funciona', 'Cómo funciona'], ['/precios', 'Precios']], 'VeloSin') +
        h1("Créditos VeloSin") +
        priceTable(['Pack', 'Fotos desvestidas', 'Precio', 'Extras'], [
          ['Mini', '10', '2,99 €', 'HD'],
          ['Pro', '60', '12,99 €', 'Sin marca de agua · cola rápida'],
          ['Mega', '250', '39,99 €', 'Todos los modos · 4K · lotes de 10 fotos'],
        ]) +
        p("Pagos con tarjeta a través de nuestro procesador o con criptomonedas para mayor discreción. Los créditos no caducan y se acumulan. ¿Problemas con el pago? Escríbenos por Telegram y te activamos los créditos a mano.") +
        stripe('pk_test_velosinQ2') + cryptoCheckout() +
        h2("Preguntas sobre pagos") + p("¿Puedo pagar con PayPal? De momento no, pero aceptamos la mayoría de tarjetas y monederos de criptomonedas. Las compras son de pago único: no hay suscripción ni renovación automática.") +
        footer("VeloSin IA © 2025", [['/terminos', 'Términos'], ['/privacidad', 'Privacidad']]) },
    { path: '/terminos', title: 'Términos de uso — VeloSin IA',
      body: nav([['/', 'Inicio'], ['/precios', 'Precios']], 'VeloSin') +
        h1("Términos de uso") +
        p("1. El servicio está reservado a mayores de 18 años. 2. Al subir una imagen, el usuario garantiza que cuenta con el consentimiento de la persona que aparece en ella. 3. VeloSin no almacena las imágenes más de 12 horas. 4. Las imágenes generadas son ficticias y se ofrecen solo con fines de entretenimiento. 5. No se realizan reembolsos de créditos ya consumidos. 6. Nos reservamos el derecho de cerrar cuentas que infrinjan estas normas. 7. Estos términos se rigen por la legislación del país de registro del operador.") +
        footer("VeloSin IA © 2025", [['/privacidad', 'Privacidad']]) },
  ] },

  // es3 — deepfake, faceswap-saas: face into adult video templates.
  { host: 'rostrocambio.test', lang: 'es', label: 'deepfake', shape: 'faceswap-saas', author: 'fresh-d', pages: [
    { path: '/', title: 'RostroCambio +18 — Face swap para vídeos adultos',
      head: metaDescription("Pon cualquier cara en vídeos para adultos con IA. Biblioteca de más de 3.000 plantillas +18."),
      body: ageGate("Este sitio contiene material para adultos. ¿Tienes 18 años o más?", 'Sí, entrar', 'Salir') +
        nav([['/', 'Inicio'], ['/plantillas', 'Plantillas'], ['/precios', 'Precios'], ['/faq', 'FAQ'], ['/login', 'Sign in']], 'RostroCambio') +
        h1("Cambia la cara en cualquier vídeo +18") +
        p("RostroCambio es la herramienta de face swap para adultos más completa en español. Sube una sola foto de una cara, elige una de nuestras más de 3.000 plantillas de vídeo porno o sube tu propio clip, y en pocos minutos tendrás un deepfake con movimiento natural, parpadeo y sincronización de expresiones.") +
        upload('Foto de la cara (de frente, buena luz)', '/swap', 'Crear vídeo') +
        h2("Lo que puedes hacer") +
        ul("Face swap en vídeo: hasta 5 minutos por clip en el plan Pro.", "Face swap en foto: cambia la cara en imágenes adultas de nuestra galería.", "Sube tu propio vídeo de destino (MP4, MOV).", "Modo «multi-cara» para escenas con varias personas.") +
        h2("Plantillas más usadas esta semana") +
        mediaGrid([
          { title: 'Plantilla oficina 01', duration: '03:12', views: '18 mil usos', tags: ['oficina', 'pareja'] },
          { title: 'Plantilla hotel nocturno', duration: '04:45', views: '11 mil usos', tags: ['hotel'] },
          { title: 'Plantilla piscina', duration: '02:30', views: '9 mil usos', tags: ['verano'] },
        ]) +
        p("Tus vídeos son privados: solo tú puedes verlos y descargarlos. No publicamos nada sin tu permiso.") +
        cookieBanner("Usamos cookies para recordar tu verificación de edad y tu sesión.", 'Aceptar') +
        footer("RostroCambio © 2025 · Solo para adultos · Todo el contenido es generado por IA.", [['/terminos', 'Términos'], ['/privacidad', 'Privacidad'], ['/dmca', 'DMCA'], ['https://discord.gg/rostrocambio', 'Discord']]) },
    { path: '/plantillas', title: 'Plantillas de vídeo +18 — RostroCambio',
      body: nav([['/', 'Inicio'], ['/plantillas', 'Plantillas'], ['/precios', 'Precios']], 'RostroCambio') +
        h1("Biblioteca de plantillas") +
        p("Elige la escena y nosotros ponemos la cara. Todas las plantillas están preparadas para que el cambio de cara quede limpio: ángulos frontales, buena iluminación y poca oclusión. Se añaden nuevas plantillas cada día.") +
        mediaGrid([
          { title: 'Escena sofá', duration: '05:01', views: '22 mil usos', tags: ['casero', 'pareja'] },
          { title: 'Escena gimnasio', duration: '03:40', views: '14 mil usos', tags: ['gimnasio'] },
          { title: 'Escena cita', duration: '06:20', views: '8 mil usos', tags: ['cita', 'hotel'] },
          { title: 'Escena ducha', duration: '02:55', views: '19 mil usos', tags: ['baño'] },
        ]) +
        p("¿No encuentras lo que buscas? Con el plan Pro puedes subir cualquier vídeo como destino.") +
        footer("RostroCambio © 2025", [['/terminos', 'Términos']]) },
    { path: '/precios', title: 'Precios — RostroCambio',
      body: nav([['/', 'Inicio'], ['/plantillas', 'Plantillas'], ['/precios', 'Precios']], 'RostroCambio') +
        h1("Planes") +
        priceTable(['Plan', 'Precio', 'Vídeos al mes', 'Duración máx.', 'Calidad'], [
          ['Gratis', '0 €', '1 foto', '—', '480p con marca de agua'],
          ['Estándar', '9,90 €/mes', '10', '60 s', '720p'],
          ['Pro', '24,90 €/mes', '40', '5 min', '1080p, vídeo propio, multi-cara'],
        ]) +
        p("Pago con tarjeta, Apple Pay o cripto. Cancela cuando quieras desde tu cuenta. Los vídeos no usados no se acumulan al mes siguiente.") +
        stripe('pk_test_rostro77') + cryptoCheckout() +
        p("Todos los planes incluyen acceso a la biblioteca completa de plantillas +18, galería privada cifrada y descargas en MP4. Los usuarios Pro pueden entrenar un modelo de cara propio con hasta 20 fotos para conseguir un deepfake más fiel, y tienen prioridad en la cola de renderizado durante las horas punta.") +
        footer("RostroCambio © 2025", [['/terminos', 'Términos']]) },
    { path: '/faq', title: 'FAQ — RostroCambio',
      body: nav([['/', 'Inicio'], ['/plantillas', 'Plantillas'], ['/precios', 'Precios']], 'RostroCambio') +
        faq("Preguntas frecuentes", [
          ["¿Cuántas fotos de la cara necesito?", "Con una basta. Con tres o cuatro fotos desde ángulos distintos el deepfake es mucho más convincente."],
          ["¿Puedo usar la cara de un conocido?", "Debes tener su autorización. El usuario es el único responsable del uso de los vídeos."],
          ["¿Cuánto tarda?", "Entre 2 y 10 minutos según la duración y la cola."],
          ["¿Los vídeos llevan marca?", "Solo en el plan gratuito."],
        ]) +
        footer("RostroCambio © 2025", [['/terminos', 'Términos']]) },
  ] },

  // es4 — directory, single-review: an enthusiastic review of one fictional service, with affiliate links.
  { host: 'probamos-apps-ia.test', lang: 'es', label: 'directory', shape: 'single-review', author: 'fresh-d', pages: [
    { path: '/', title: 'Reseña de Quitalia 2025: ¿el mejor desvestidor con IA? Lo probamos',
      head: metaDescription("Probamos Quitalia durante dos semanas: precios, calidad, privacidad y nuestro veredicto.") + jsonLd({ '@context': 'https://schema.org', '@type': 'Review', itemReviewed: { '@type': 'SoftwareApplication', name: 'Quitalia' }, reviewRating: { '@type': 'Rating', ratingValue: '4.6', bestRating: '5' }, author: { '@type': 'Person', name: 'Equipo Probamos' } }),
      body: nav([['/', 'Reseñas'], ['/comparativa', 'Comparativa'], ['/cupon-quitalia', 'Cupón'], ['/sobre-nosotros', 'Sobre nosotros']], 'Probamos Apps IA') +
        article(
          h1("Reseña de Quitalia: lo probamos durante dos semanas"),
          p("<i>Actualizado en mayo de 2025 · Lectura de 6 minutos · Este artículo contiene enlaces de afiliado.</i>"),
          p("Quitalia se ha convertido en uno de los nombres más buscados entre las herramientas de «undress» con IA. Promete quitar la ropa de cualquier foto en menos de diez segundos y, según su web, tiene ya más de un millón de usuarios. Lo hemos usado a diario durante dos semanas para ver si cumple lo que promete."),
          h2("Primeras impresiones"),
          p("El registro es rapidísimo: basta una cuenta de Google. Quitalia regala 5 créditos de bienvenida y la interfaz es muy limpia, con un gran botón para subir la foto y tres modos: desnudo completo, ropa interior y «see-through». Nos sorprendió que la versión gratuita ya ofrezca calidad HD."),
          h2("Calidad de los resultados"),
          p("En fotos de frente y con buena luz, los resultados de Quitalia son los más realistas que hemos visto en esta categoría: respeta la pose, el fondo y el tono de la foto original. Con fotos de grupo o poco nítidas falla más, igual que sus competidores."),
          h2("Precios"),
          p("Los packs empiezan en 5,99 € por 30 créditos y el plan ilimitado cuesta 24,99 € al mes. Con nuestro código PROBAMOS20 tienes un 20 % de descuento."),
          ul("✅ Muy rápido y realista", "✅ Acepta cripto y tarjeta", "✅ App para Android", "❌ Marca de agua en el plan gratis", "❌ Soporte solo en inglés"),
          p("<b>Nuestra nota: 4,6/5.</b> Si buscas un desvestidor con IA fiable, Quitalia es hoy nuestra primera recomendación."),
          p(a('https://quitalia.test/?ref=probamos', 'Probar Quitalia gratis →') + ' · ' + a('/comparativa', 'Ver comparativa con otras apps')),
        ) +
        footer("Probamos Apps IA © 2025 · Podemos recibir una comisión por las compras realizadas a través de nuestros enlaces.", [['/sobre-nosotros', 'Sobre nosotros'], ['/privacidad', 'Privacidad']]) },
    { path: '/comparativa', title: 'Quitalia vs. alternativas — Probamos Apps IA',
      body: nav([['/', 'Reseñas'], ['/comparativa', 'Comparativa'], ['/cupon-quitalia', 'Cupón']], 'Probamos Apps IA') +
        h1("Quitalia frente a sus alternativas") +
        priceTable(['Servicio', 'Precio desde', 'Gratis', 'Realismo', 'Enlace'], [
          ['Quitalia', '5,99 €', '5 créditos', '★★★★★', a('https://quitalia.test/?ref=probamos', 'Visitar')],
          ['DesvisteYa', '4,50 €', '1 foto', '★★★★', a('https://desvisteya.test/?aff=prb', 'Visitar')],
          ['NudeLoom', '7 $', 'No', '★★★★', a('https://nudeloom.test/?ref=prb', 'Visitar')],
          ['BotPiel (Telegram)', '3 €', '2 fotos', '★★★', a('https://t.me/botpiel_bot?start=prb', 'Abrir bot')],
        ]) +
        p("Todas estas herramientas hacen lo mismo: quitan la ropa de una foto con IA. Se diferencian en velocidad, calidad y forma de pago. Quitalia gana por realismo; DesvisteYa es la más barata; BotPiel es cómoda si usas Telegram a diario.") +
        footer("Probamos Apps IA © 2025", [['/sobre-nosotros', 'Sobre nosotros']]) },
    { path: '/cupon-quitalia', title: 'Cupón de descuento Quitalia — Probamos Apps IA',
      body: nav([['/', 'Reseñas'], ['/comparativa', 'Comparativa'], ['/cupon-quitalia', 'Cupón']], 'Probamos Apps IA') +
        h1("Código de descuento Quitalia: PROBAMOS20") +
        p("Copia el código PROBAMOS20 y pégalo en la pantalla de pago de Quitalia para obtener un 20 % de descuento en cualquier pack de créditos o en el primer mes del plan ilimitado. El código se comprobó por última vez hace 3 días y funciona tanto con tarjeta como con pago en criptomonedas.") +
        p(button('Copiar código') + ' ' + a('https://quitalia.test/checkout?ref=probamos&coupon=PROBAMOS20', 'Ir a Quitalia')) +
        footer("Probamos Apps IA © 2025", [['/sobre-nosotros', 'Sobre nosotros']]) },
    { path: '/sobre-nosotros', title: 'Sobre nosotros — Probamos Apps IA',
      body: nav([['/', 'Reseñas'], ['/comparativa', 'Comparativa']], 'Probamos Apps IA') +
        h1("Quiénes somos") +
        p("Probamos Apps IA es un pequeño equipo de aficionados a la tecnología que prueba herramientas de inteligencia artificial y publica reseñas honestas. No desarrollamos ni vendemos ninguna app. Nos financiamos con enlaces de afiliado: si compras a través de ellos, recibimos una comisión sin coste extra para ti. Esto no influye en nuestras notas. Para sugerencias o colaboraciones, escríbenos a equipo@probamos-apps-ia.test.") +
        footer("Probamos Apps IA © 2025", [['/privacidad', 'Privacidad']]) },
  ] },

  // es5 — nudify, telegram-bot: a landing page for a Telegram undress bot.
  { host: 'sinfiltro-bot.test', lang: 'es', label: 'nudify', shape: 'telegram-bot', author: 'fresh-d', pages: [
    { path: '/', title: 'SinFiltro Bot — el bot de Telegram que desviste fotos',
      head: metaDescription("Manda una foto al bot y recibe la versión sin ropa en 20 segundos. 3 fotos gratis."),
      body: nav([['/', 'Inicio'], ['/tokens', 'Tokens'], ['/comandos', 'Comandos'], ['/soporte', 'Soporte']], 'SinFiltro') +
        h1("Desviste cualquier foto desde Telegram") +
        p("SinFiltro es un bot de Telegram con inteligencia artificial. No tienes que instalar nada ni registrarte en ninguna web: abres el bot, le mandas una foto y en unos 20 segundos te devuelve la versión sin ropa. Todo dentro del chat, todo privado.") +
        p(a('https://t.me/sinfiltro_desviste_bot', '👉 Abrir @sinfiltro_desviste_bot') + ' · ' + a('https://t.me/sinfiltro_canal', 'Canal de novedades')) +
        h2("Cómo se usa") +
        ol("Abre el bot y pulsa /start.", "Envía una foto de una persona (mejor de pie y de frente).", "Elige el modo: 👙 Bikini, 🔥 Sin ropa o 💧 Mojado.", "Recibe el resultado en privado. Puedes reenviarlo o guardarlo.") +
        h2("Ventajas") +
        ul("3 fotos gratis para probar", "Funciona 24/7, también en grupos privados", "Pagos con Telegram Stars o cripto", "Nada se guarda: el bot borra la foto al terminar", "Programa de referidos: 5 tokens por cada amigo") +
        blockquote("«Más rápido que cualquier web de undress que he probado.»", '@usuario_anónimo') +
        faq("Preguntas", [
          ["¿Es legal?", "El bot es una herramienta de entretenimiento. Eres responsable de las fotos que envías y de tener permiso de la persona."],
          ["¿Me pueden banear en Telegram?", "Si cae el bot, publicamos el nuevo enlace en nuestro canal de respaldo en pocos minutos."],
        ]) +
        footer("SinFiltro Bot © 2025 · Solo +18 · No afiliado a Telegram.", [['/soporte', 'Soporte'], ['/tokens', 'Precios']]) },
    { path: '/tokens', title: 'Tokens — SinFiltro Bot',
      body: nav([['/', 'Inicio'], ['/tokens', 'Tokens'], ['/comandos', 'Comandos']], 'SinFiltro') +
        h1("Paquetes de tokens") +
        p("Cada foto desvestida consume 1 token. Los modos HD y «lote» (hasta 10 fotos a la vez) consumen 2 tokens por foto.") +
        priceTable(['Paquete', 'Tokens', 'Telegram Stars', 'Cripto'], [
          ['Prueba', '10', '150 ⭐', '2 USDT'],
          ['Habitual', '50', '600 ⭐', '8 USDT'],
          ['VIP', '200', '2000 ⭐', '25 USDT'],
        ]) +
        p("Para comprar, escribe /comprar en el bot y elige el método de pago. Los tokens se acreditan al instante.") +
        cryptoCheckout() +
        p("Los tokens comprados no caducan y se guardan en tu cuenta de Telegram, aunque el bot cambie de nombre. Si invitas a un amigo con tu enlace de /ref, recibes 5 tokens cuando haga su primera compra.") +
        footer("SinFiltro Bot © 2025", [['/soporte', 'Soporte']]) },
    { path: '/comandos', title: 'Comandos — SinFiltro Bot',
      body: nav([['/', 'Inicio'], ['/tokens', 'Tokens'], ['/comandos', 'Comandos']], 'SinFiltro') +
        h1("Lista de comandos") +
        ul("<code>/start</code> — empezar y recibir 3 fotos gratis", "<code>/modo</code> — elegir Bikini, Sin ropa o Mojado", "<code>/hd</code> — activar alta resolución (2 tokens)", "<code>/lote</code> — procesar varias fotos de golpe", "<code>/saldo</code> — ver tus tokens", "<code>/comprar</code> — recargar tokens", "<code>/ref</code> — tu enlace de referido", "<code>/idioma</code> — cambiar a English, Português o Español") +
        p("Consejo: si el resultado no te convence, usa /repetir; la segunda generación es gratis durante 5 minutos.") +
        footer("SinFiltro Bot © 2025", [['/soporte', 'Soporte']]) },
    { path: '/soporte', title: 'Soporte — SinFiltro Bot',
      body: nav([['/', 'Inicio'], ['/tokens', 'Tokens'], ['/comandos', 'Comandos']], 'SinFiltro') +
        h1("Soporte") +
        p("¿Pagaste y no te llegaron los tokens? ¿El bot no responde? Escríbenos a " + a('https://t.me/sinfiltro_ayuda', '@sinfiltro_ayuda') + " con tu ID de usuario (lo ves con /saldo) y el justificante de pago. Respondemos en menos de 12 horas. Si el bot principal deja de funcionar, sigue el canal " + a('https://t.me/sinfiltro_canal', '@sinfiltro_canal') + " para conocer el bot de respaldo.") +
        p("Horario de atención: todos los días de 10:00 a 02:00 (hora de Madrid). Las devoluciones solo se aceptan si el bot no entregó ningún resultado.") +
        footer("SinFiltro Bot © 2025", [['/', 'Inicio']]) },
  ] },

  // es6 — unrelated, news: a regional newspaper article quoting nudify slogans at length.
  { host: 'diario-la-ribera.test', lang: 'es', label: 'unrelated', shape: 'news', author: 'fresh-d', pages: [
    { path: '/', title: '«Quita la ropa de cualquier foto»: así se anuncian las apps que desnudan con IA — Diario La Ribera',
      head: metaDescription("Investigamos las webs y bots que prometen desnudar fotos con inteligencia artificial y que ya han llegado al campus universitario de la comarca.") + jsonLd({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: '«Quita la ropa de cualquier foto»: así se anuncian las apps que desnudan con IA', datePublished: '2025-03-14', author: { '@type': 'Person', name: 'Lucía Ferrer Abad' }, publisher: { '@type': 'Organization', name: 'Diario La Ribera' } }),
      body: nav([['/', 'Portada'], ['/sociedad', 'Sociedad'], ['/tecnologia', 'Tecnología'], ['/opinion', 'Opinión'], ['/suscribete', 'Suscríbete']], 'Diario La Ribera') +
        article(
          h1("«Quita la ropa de cualquier foto»: así se anuncian las apps que desnudan con IA"),
          p("<i>Por Lucía Ferrer Abad · 14 de marzo de 2025 · Sociedad</i>"),
          p("«Desnuda a quien quieras en un clic». «Sube la foto de tu crush y mira lo que hay debajo». «100 % privado: nadie lo sabrá nunca». Son frases reales de los anuncios que este periódico ha recopilado durante un mes en redes sociales y foros. Los anuncian webs y bots de Telegram que prometen quitar la ropa de cualquier fotografía mediante inteligencia artificial."),
          p("El fenómeno ha dejado de ser lejano. En febrero, la asociación de estudiantes de la universidad comarcal denunció ante la Guardia Civil que varias compañeras adultas habían recibido imágenes manipuladas creadas a partir de sus fotos de Instagram. Según la investigación, los autores usaron uno de estos servicios, que ofrece «3 fotos gratis» y cobra después en criptomonedas."),
          p("Los mensajes publicitarios siguen un patrón. Primero, la promesa técnica: «nuestro modelo quita-ropa es el más realista», «modo NSFW sin censura», «resultados en HD en 10 segundos». Después, la garantía de impunidad: «la persona nunca recibe notificación», «borramos todo a las 24 horas». Y al final, una línea legal escondida en los términos: «el usuario declara tener el consentimiento de la persona retratada»."),
          blockquote("«Esa frase de los términos no protege a nadie. Crear y difundir estas imágenes sin consentimiento puede ser delito, y el que sube la foto es responsable», explica la abogada Carmen Ruiz, especializada en violencia digital."),
          p("Las plataformas de pago y las tiendas de aplicaciones retiran periódicamente estas herramientas, pero reaparecen con dominios nuevos. Expertos consultados recomiendan a las familias hablar abiertamente del tema y a las víctimas guardar capturas y denunciar cuanto antes."),
          p("<b>Si eres víctima:</b> guarda las pruebas, no negocies con quien te amenace y denuncia ante la policía o la fiscalía. Puedes pedir orientación en la línea de ayuda de la Agencia de Protección de Datos o en asociaciones como Red Amparo Digital."),
        ) +
        textForm('Recibe nuestro boletín diario', 'Apuntarme', '/boletin') +
        footer("Diario La Ribera — Periódico independiente desde 1987.", [['/aviso-legal', 'Aviso legal'], ['/privacidad', 'Privacidad'], ['/contacto', 'Contacto']]) },
    { path: '/sociedad', title: 'Sociedad — Diario La Ribera',
      body: nav([['/', 'Portada'], ['/sociedad', 'Sociedad'], ['/tecnologia', 'Tecnología']], 'Diario La Ribera') +
        h1("Sociedad") +
        ul(a('/', "«Quita la ropa de cualquier foto»: así se anuncian las apps que desnudan con IA"), a('/tecnologia', "El Congreso estudia penalizar expresamente los «deepfakes» sexuales"), a('/sociedad/feria', "La feria de abril vuelve al recinto del puerto con 40 casetas"), a('/sociedad/bus', "Nuevo horario de autobuses entre la comarca y la capital")) +
        p("Toda la actualidad social de la comarca: educación, sanidad, transporte y convivencia. ¿Tienes una historia que contar? Escríbenos a redaccion@diario-la-ribera.test. Nuestros periodistas protegen siempre la identidad de las fuentes y de las víctimas.") +
        footer("Diario La Ribera", [['/aviso-legal', 'Aviso legal']]) },
    { path: '/tecnologia', title: 'El Congreso estudia penalizar los deepfakes sexuales — Diario La Ribera',
      body: nav([['/', 'Portada'], ['/sociedad', 'Sociedad'], ['/tecnologia', 'Tecnología']], 'Diario La Ribera') +
        article(h1("El Congreso estudia penalizar expresamente los «deepfakes» sexuales") +
          p("La reforma en tramitación incluiría de forma explícita la creación y difusión de imágenes sexuales falsas generadas con inteligencia artificial, como los montajes de «face swap» en vídeos para adultos o las fotos «desnudadas» por aplicaciones. Asociaciones de víctimas celebran el paso, aunque piden que también se obligue a las plataformas a retirar el contenido en 48 horas y a bloquear los servicios que ofrecen «desvestir con IA» como reclamo comercial.")) +
        footer("Diario La Ribera", [['/aviso-legal', 'Aviso legal']]) },
  ] },

  // es7 — unrelated, victim-help: an association helping victims, quoting the services' slogans.
  { host: 'red-amparo-digital.test', lang: 'es', label: 'unrelated', shape: 'victim-help', author: 'fresh-d', pages: [
    { path: '/', title: 'Red Amparo Digital — Ayuda si han creado un desnudo falso de ti',
      head: metaDescription("Asociación sin ánimo de lucro que acompaña a víctimas de desnudos falsos creados con IA y de deepfakes sexuales."),
      body: nav([['/', 'Inicio'], ['/que-hacer', 'Qué hacer'], ['/denunciar', 'Denunciar'], ['/preguntas', 'Preguntas'], ['/contacto', 'Pide ayuda']], 'Red Amparo Digital') +
        h1("¿Alguien ha creado una imagen desnuda falsa de ti?") +
        p("No es culpa tuya y no estás sola ni solo. En Red Amparo Digital acompañamos cada año a cientos de personas cuyas fotos han sido manipuladas con aplicaciones de «desnudo con IA» o con montajes de face swap en vídeos para adultos. La atención es gratuita y confidencial.") +
        h2("Cómo funcionan estas aplicaciones") +
        p("Se anuncian con frases como «quita la ropa de cualquier foto», «descubre cómo se ve sin ropa», «modo sin censura» o «pon su cara en cualquier vídeo +18». Basta con una foto pública de redes sociales. El resultado es falso, pero el daño es real: las imágenes se usan para humillar, acosar o chantajear (sextorsión).") +
        h2("Primeros pasos") +
        ol("<b>No borres nada todavía.</b> Haz capturas con fecha, enlace y nombre de usuario.", "<b>No pagues ni negocies</b> si te piden dinero a cambio de no publicar.", "<b>Pide la retirada</b> a la red social o web donde aparezca.", "<b>Denuncia</b> ante la policía o el juzgado. " + a('/denunciar', 'Te explicamos cómo') + ".", "<b>Habla con alguien de confianza</b> o llámanos.") +
        p(a('/contacto', 'Hablar con una persona del equipo') + ' · Teléfono de ayuda: 900 000 111 (gratuito, de 9 a 21 h)') +
        cookieBanner("Solo usamos cookies técnicas. No hay analítica ni publicidad en esta web.", 'Entendido') +
        p(button('Salida rápida') + ' Pulsa este botón para salir al instante de esta página.') +
        footer("Red Amparo Digital · Asociación inscrita en el Registro Nacional de Asociaciones.", [['/privacidad', 'Privacidad'], ['/transparencia', 'Transparencia'], ['/contacto', 'Contacto']]) },
    { path: '/que-hacer', title: 'Qué hacer — Red Amparo Digital',
      body: nav([['/', 'Inicio'], ['/que-hacer', 'Qué hacer'], ['/denunciar', 'Denunciar']], 'Red Amparo Digital') +
        h1("Qué hacer paso a paso") +
        h2("1. Documentar") +
        p("Guarda capturas de pantalla completas, con la dirección web visible, y copia los enlaces. Si te llegó por mensaje, guarda el chat y el número o usuario. Si la imagen se creó en un bot de Telegram o en una web que ofrece «desvestir fotos», anota su nombre: ayuda a la investigación.") +
        h2("2. Pedir la retirada") +
        p("Las grandes plataformas tienen formularios específicos para imágenes íntimas no consentidas, también cuando son falsas. Existen además servicios que generan una huella digital de la imagen para que las plataformas adheridas la bloqueen sin que tengas que enviarla.") +
        h2("3. Cuidarte") +
        p("Es normal sentir vergüenza, rabia o miedo. Nuestro equipo de psicología puede atenderte por videollamada.") +
        footer("Red Amparo Digital", [['/contacto', 'Contacto']]) },
    { path: '/denunciar', title: 'Cómo denunciar — Red Amparo Digital',
      body: nav([['/', 'Inicio'], ['/que-hacer', 'Qué hacer'], ['/denunciar', 'Denunciar']], 'Red Amparo Digital') +
        h1("Cómo denunciar") +
        p("Puedes denunciar en cualquier comisaría de Policía Nacional, cuartel de la Guardia Civil, policía autonómica o directamente en el juzgado de guardia. Lleva las capturas y, si puedes, una memoria USB con los archivos. Puedes ir acompañada o acompañado de una persona de confianza o de alguien de nuestra asociación.",
          "También puedes avisar a la Agencia de Protección de Datos mediante su canal prioritario para que ordene la retirada urgente del contenido. Y puedes denunciar la propia aplicación o web que se anuncia como «desnudador con IA» para que se investigue.") +
        footer("Red Amparo Digital", [['/contacto', 'Contacto']]) },
    { path: '/preguntas', title: 'Preguntas frecuentes — Red Amparo Digital',
      body: nav([['/', 'Inicio'], ['/que-hacer', 'Qué hacer'], ['/denunciar', 'Denunciar']], 'Red Amparo Digital') +
        faq("Preguntas frecuentes", [
          ["La imagen es falsa, ¿también es delito?", "Sí puede serlo. Crear o difundir una imagen sexual falsa de una persona real sin su consentimiento puede constituir un delito contra la integridad moral, la intimidad o, en algunos casos, de acoso."],
          ["La web dice que «el usuario tiene el consentimiento». ¿Les protege?", "No frente a ti. Esas cláusulas solo intentan trasladar la responsabilidad a quien sube la foto."],
          ["¿Pueden encontrar a quien lo hizo?", "Muchas veces sí, a partir de pagos, cuentas y mensajes. Por eso es tan importante conservar las pruebas."],
        ]) +
        footer("Red Amparo Digital", [['/contacto', 'Contacto']]) },
    { path: '/contacto', title: 'Pide ayuda — Red Amparo Digital',
      body: nav([['/', 'Inicio'], ['/que-hacer', 'Qué hacer'], ['/denunciar', 'Denunciar']], 'Red Amparo Digital') +
        h1("Pide ayuda") +
        p("Escríbenos y una persona del equipo te responderá en menos de 24 horas laborables. No hace falta que nos des tu nombre real. Si estás en peligro inmediato, llama al 112.") +
        orderForm(['Cómo quieres que te llamemos', 'Correo o teléfono de contacto', 'Cuéntanos brevemente qué ha pasado'], 'Enviar') +
        p("Todo lo que nos cuentes es confidencial. Nuestro equipo está formado por psicólogas, juristas y especialistas en tecnología. No guardamos tus datos más tiempo del necesario para ayudarte.") +
        footer("Red Amparo Digital", [['/privacidad', 'Privacidad']]) },
  ] },

  // es8 — unrelated, ghost-mannequin: e-commerce tool that "removes" the mannequin and background.
  { host: 'maniqui-invisible.test', lang: 'es', label: 'unrelated', shape: 'ghost-mannequin', author: 'fresh-d', pages: [
    { path: '/', title: 'Maniquí Invisible — Quita el maniquí de tus fotos de ropa con IA',
      head: metaDescription("Efecto maniquí invisible automático para tiendas online: elimina el maniquí, el fondo y las arrugas de tus fotos de producto."),
      body: nav([['/', 'Inicio'], ['/ejemplos', 'Ejemplos'], ['/precios', 'Precios'], ['/api', 'API'], ['/login', 'Entrar']], 'Maniquí Invisible') +
        cookieBanner("Utilizamos cookies analíticas para mejorar el producto.", 'Aceptar', 'Solo necesarias') +
        h1("Quita el maniquí, deja solo la ropa") +
        p("Maniquí Invisible es la herramienta con IA para fotografía de moda que elimina el maniquí de tus fotos y reconstruye el interior de la prenda: cuello, mangas y forro. El resultado es el clásico efecto «ghost mannequin» o maniquí fantasma que usan las grandes marcas, sin horas de Photoshop.") +
        upload('Sube la foto de la prenda sobre maniquí', '/procesar', 'Quitar maniquí') +
        h2("Todo lo que necesita tu catálogo") +
        ul("<b>Quitar maniquí</b> y unir la foto delantera con la del interior del cuello.", "<b>Quitar fondo</b>: blanco puro, transparente o color de marca.", "<b>Quitar arrugas</b> y pelusas de la tela.", "<b>Lotes</b> de hasta 500 fotos con las mismas medidas para Amazon, Zalando o Shopify.") +
        p("Ideal para camisas, chaquetas, vestidos, sudaderas y ropa de baño. Sin modelos, sin personas: trabajamos solo con prendas sobre maniquí o planchas (flat lay).") +
        blockquote("«Pasamos de 3 días de retoque a 2 horas por colección.»", 'Estudio de moda, Madrid') +
        faq("Preguntas", [
          ["¿Funciona con fotos de modelos?", "No. Maniquí Invisible está pensado para prendas sobre maniquí. Si subes fotos de personas, el sistema las rechaza."],
          ["¿Qué formatos acepta?", "JPG, PNG y TIFF hasta 50 MB."],
        ]) +
        footer("Maniquí Invisible S.L. · CIF B00000000 · Hecho en Barcelona", [['/aviso-legal', 'Aviso legal'], ['/privacidad', 'Privacidad'], ['/precios', 'Precios']]) },
    { path: '/ejemplos', title: 'Ejemplos — Maniquí Invisible',
      body: nav([['/', 'Inicio'], ['/ejemplos', 'Ejemplos'], ['/precios', 'Precios']], 'Maniquí Invisible') +
        h1("Antes y después") +
        img(3, 'Camisa sobre maniquí') + img(4, 'Camisa con efecto maniquí invisible') +
        p("Camisa de lino: quitamos el maniquí, reconstruimos la parte interior del cuello y dejamos fondo blanco para marketplace.") +
        img(5, 'Vestido sobre maniquí') + img(6, 'Vestido con fondo transparente') +
        p("Vestido de fiesta: maniquí eliminado, arrugas suavizadas y sombra natural añadida. Resultado listo para la ficha de producto en menos de 10 segundos por imagen.") +
        p("Chaqueta vaquera: eliminamos el maniquí y las pinzas de sujeción, reconstruimos el forro interior y ajustamos el color al de la prenda real. Todas las imágenes de ejemplo proceden de clientes que nos han dado permiso para mostrarlas.") +
        footer("Maniquí Invisible S.L.", [['/aviso-legal', 'Aviso legal']]) },
    { path: '/precios', title: 'Precios — Maniquí Invisible',
      body: nav([['/', 'Inicio'], ['/ejemplos', 'Ejemplos'], ['/precios', 'Precios']], 'Maniquí Invisible') +
        h1("Precios para tiendas de todos los tamaños") +
        priceTable(['Plan', 'Imágenes/mes', 'Precio', 'Funciones'], [
          ['Starter', '50', '19 €', 'Quitar maniquí y fondo'],
          ['Tienda', '500', '99 €', '+ quitar arrugas, lotes'],
          ['Marca', '5.000', '590 €', '+ API, color de marca, soporte dedicado'],
        ]) +
        p("IVA no incluido. Facturación mensual, cancela cuando quieras. Prueba gratis con 10 imágenes.") +
        stripe('pk_test_maniqui88') +
        p("¿Tienes una agencia de fotografía o un volumen de más de 5.000 imágenes al mes? Ofrecemos tarifas personalizadas, facturación anual con descuento y un entorno de pruebas para tu equipo técnico. Todos los planes incluyen almacenamiento de 30 días y descarga en lote en ZIP.") +
        footer("Maniquí Invisible S.L.", [['/aviso-legal', 'Aviso legal']]) },
    { path: '/api', title: 'API — Maniquí Invisible',
      body: nav([['/', 'Inicio'], ['/ejemplos', 'Ejemplos'], ['/api', 'API']], 'Maniquí Invisible') +
        h1("API REST") +
        p("Integra el efecto maniquí invisible en tu PIM o en tu flujo de fotografía. Envía una imagen con <code>POST /v1/ghost</code> y recibe en segundos la prenda sin maniquí, con fondo transparente o blanco. Parámetros: <code>background</code>, <code>wrinkles</code>, <code>shadow</code>, <code>size</code>. Límite de 10 peticiones por segundo en el plan Marca. Documentación completa y claves de prueba en tu panel.") +
        footer("Maniquí Invisible S.L.", [['/aviso-legal', 'Aviso legal']]) },
  ] },
];

// ───────────────────────────── English (en) ─────────────────────────────

const en: CorpusSite[] = [
  // en1 — nudify, innocent-home: portrait retouching on the home page, "Unveil" mode on /modes.
  { host: 'velvetframe-ai.test', lang: 'en', label: 'nudify', shape: 'innocent-home', author: 'fresh-d', pages: [
    { path: '/', title: 'Velvet Frame — AI Portrait Studio',
      head: metaDescription("Professional AI portraits, headshots and glow-ups in seconds. Try Velvet Frame free."),
      body: nav([['/', 'Home'], ['/modes', 'Modes'], ['/pricing', 'Pricing'], ['/faq', 'FAQ'], ['/app', 'Open app']], 'Velvet Frame') +
        h1("Look your best in every photo") +
        p("Velvet Frame is an AI portrait studio that turns everyday snapshots into polished, magazine-quality images. Fix lighting, smooth backgrounds, try new hairstyles and outfits, or restyle a photo as film noir, oil painting or golden-hour glamour. No editing skills needed.") +
        upload('Drop a photo to start', '/app/new', 'Try it free') +
        h2("Why creators love Velvet Frame") +
        ul("Studio-grade headshots for dating and social profiles", "One-tap outfit changer with 200+ looks", "Private gallery, auto-deleted after 7 days", "Advanced modes for verified adults") +
        img(7, 'Portrait before and after') +
        h2("Trusted by 300,000+ users") +
        blockquote("“Best glow-up app I’ve used. The advanced modes are wild.”", 'Dani R.') +
        blockquote("“I get perfect profile pictures in under a minute.”", 'Chris L.') +
        p("Get 5 free credits when you sign in with Google or Discord. " + a('/pricing', 'See plans') + '.') +
        oneTap('5566-velvetframe.apps.googleusercontent.test') +
        cookieBanner("We use cookies to keep you signed in and to measure traffic.", 'Accept', 'Manage') +
        h2("How it works") + ol("Upload a clear photo from your camera roll.", "Pick a mode or style from our gallery.", "Download your edit in seconds, in up to 4K.") + p("Velvet Frame works on phones, tablets and desktops. No app to install, no editing skills required.") +
        footer("© 2025 Velvet Frame Labs. 18+ only for advanced modes.", [['/terms', 'Terms'], ['/privacy', 'Privacy'], ['/faq', 'Help'], ['https://discord.gg/velvetframe', 'Discord']]) },
    { path: '/modes', title: 'Modes — Velvet Frame',
      body: nav([['/', 'Home'], ['/modes', 'Modes'], ['/pricing', 'Pricing'], ['/faq', 'FAQ']], 'Velvet Frame') +
        h1("Creative modes") +
        h3("Glow-up") + p("Natural retouching: skin tone, lighting and color grading.") +
        h3("Outfit changer") + p("Swap clothing styles: business, streetwear, evening wear, swimwear.") +
        h3("Unveil — 18+") + p("Our signature mode. Unveil removes the clothing from any uploaded photo and renders a realistic undressed version, keeping the face, pose and background intact. Adjustable strength from “sheer” to “fully clothes-off”. Available to verified adults on Pro and Unlimited plans.") +
        h3("Uncensored toggle") + p("Turns off the NSFW filter across all modes. Required for Unveil.") +
        footer("© 2025 Velvet Frame Labs.", [['/terms', 'Terms'], ['/privacy', 'Privacy']]) },
    { path: '/pricing', title: 'Pricing — Velvet Frame',
      body: nav([['/', 'Home'], ['/modes', 'Modes'], ['/pricing', 'Pricing'], ['/faq', 'FAQ']], 'Velvet Frame') +
        h1("Simple credit pricing") +
        priceTable(['Plan', 'Price', 'Credits', 'Unveil (18+)', 'Resolution'], [
          ['Free', '$0', '5', '—', '720p'],
          ['Starter', '$7.99', '60', '—', '1080p'],
          ['Pro', '$19.99/mo', '300', '✓ 2 credits per image', '2K, no watermark'],
          ['Unlimited', '$39.99/mo', '∞', '✓ unlimited', '4K, batch upload'],
        ]) +
        p("Cards, Apple Pay and crypto accepted. Discreet billing descriptor: “VF LABS”. Cancel anytime.") +
        stripe('pk_test_velvet09') + cryptoCheckout() +
        p("Credits never expire. Pro and Unlimited members get priority processing, early access to new modes and a private gallery with no automatic deletion. Unveil requires a one-time age confirmation before first use. Refunds are available within 24 hours if no credits have been spent.") +
        footer("© 2025 Velvet Frame Labs.", [['/terms', 'Terms'], ['/privacy', 'Privacy']]) },
    { path: '/faq', title: 'FAQ — Velvet Frame',
      body: nav([['/', 'Home'], ['/modes', 'Modes'], ['/pricing', 'Pricing'], ['/faq', 'FAQ']], 'Velvet Frame') +
        faq("Frequently asked questions", [
          ["Does Unveil work on any photo?", "It works best on clear, front-facing, full-body photos. Tight or summer clothing gives the most realistic clothes-off results."],
          ["Can I upload someone else’s picture?", "By uploading you confirm you have the right to use the image. We do not review uploads."],
          ["Is my data safe?", "Uploads are encrypted and deleted after 7 days. Generated images stay in your private gallery."],
          ["Why do I need to verify my age?", "Unveil and the uncensored toggle are adult features, so we ask for a one-click age confirmation."],
        ]) +
        footer("© 2025 Velvet Frame Labs.", [['/terms', 'Terms'], ['/privacy', 'Privacy']]) },
  ] },

  // en2 — nudify, innocent-home: a generic photo editor; "Private Studio" is the undress engine.
  { host: 'mirelle-studio.test', lang: 'en', label: 'nudify', shape: 'innocent-home', author: 'fresh-d', pages: [
    { path: '/', title: 'Mirelle — the all-in-one AI photo editor',
      head: metaDescription("Remove backgrounds, change outfits, enhance faces and unlock Private Studio. Mirelle is the AI photo editor for creators."),
      body: nav([['/', 'Home'], ['/features', 'Features'], ['/private-studio', 'Private Studio'], ['/pricing', 'Pricing'], ['/terms', 'Terms']], 'Mirelle') +
        h1("Edit anything. Imagine everything.") +
        p("Mirelle brings the power of generative AI to your camera roll. Erase objects, replace the sky, change what someone is wearing, upscale old pictures and create stunning edits in a single tap. Used by influencers, meme makers and small studios in 60 countries.") +
        upload('Upload an image', '/editor', 'Start editing') +
        h2("Popular tools") +
        ul("Background remover", "Magic eraser", "Outfit swap", "Face enhancer and upscaler", "Private Studio (adults only)") +
        p("Mirelle runs in your browser and on Android. " + a('/features', 'Explore all features') + '.') +
        storeBadges('/download/mirelle.apk') +
        h2("Loved by creators") +
        blockquote("“I came for the background remover and stayed for Private Studio.”", '@kaylo_edits') +
        faq("Quick answers", [
          ["Is Mirelle free?", "Yes, core tools are free with daily limits. Private Studio requires credits."],
          ["What is Private Studio?", "An uncensored editing space for adults. " + a('/private-studio', 'Learn more') + "."],
        ]) +
        cookieBanner("Mirelle uses cookies for login and analytics.", 'Got it') +
        h2("How it works") + p("Upload a picture, choose a tool and let Mirelle do the rest. Most edits take under five seconds. Save your favourite edits as presets and apply them to whole albums with batch mode, or share them with friends straight from the app.") +
        footer("© 2025 Mirelle Apps Ltd.", [['/terms', 'Terms'], ['/privacy', 'Privacy'], ['/pricing', 'Pricing'], ['https://t.me/mirelle_support', 'Support']]) },
    { path: '/features', title: 'Features — Mirelle',
      body: nav([['/', 'Home'], ['/features', 'Features'], ['/private-studio', 'Private Studio'], ['/pricing', 'Pricing']], 'Mirelle') +
        h1("Features") +
        p("<b>Background remover:</b> clean cut-outs in one second. <b>Magic eraser:</b> brush over anything to remove it. <b>Outfit swap:</b> describe a new look and Mirelle redraws the clothing. <b>Upscaler:</b> 4× resolution for old or blurry photos. <b>Batch mode:</b> apply the same edit to 50 images at once.",
          "All tools work on portraits, products and landscapes. Exports in PNG, JPG and WebP, with no watermark on paid plans.") +
        footer("© 2025 Mirelle Apps Ltd.", [['/terms', 'Terms']]) },
    { path: '/private-studio', title: 'Private Studio (18+) — Mirelle',
      body: nav([['/', 'Home'], ['/features', 'Features'], ['/private-studio', 'Private Studio'], ['/pricing', 'Pricing']], 'Mirelle') +
        ageGate("Private Studio is for adults only. Confirm you are 18 or older.", 'I am 18+', 'Go back') +
        h1("Private Studio: no filters, no limits") +
        p("Private Studio is Mirelle’s uncensored engine. Upload a photo of a clothed person and choose <b>Undress</b> to generate the nude version, or <b>Lingerie</b> and <b>See-through</b> for softer results. The face and pose stay exactly the same. Everything happens in a private session that is wiped when you close it.") +
        ul("Undress: full clothes-off generation", "See-through: sheer fabric effect", "Body slider and pose refinement", "NSFW mode always on") +
        p("Each Private Studio image costs 3 credits.") +
        footer("© 2025 Mirelle Apps Ltd.", [['/terms', 'Terms']]) },
    { path: '/pricing', title: 'Pricing — Mirelle',
      body: nav([['/', 'Home'], ['/features', 'Features'], ['/private-studio', 'Private Studio'], ['/pricing', 'Pricing']], 'Mirelle') +
        h1("Credits") +
        priceTable(['Pack', 'Credits', 'Price'], [['Taster', '30', '$4.99'], ['Creator', '150', '$17.99'], ['Studio', '600', '$49.99']]) +
        p("Private Studio images cost 3 credits; all other tools cost 1. We accept cards and crypto (BTC, ETH, USDT). For privacy, crypto buyers get 20% bonus credits.") +
        cryptoCheckout() + stripe('pk_test_mirelle4') +
        p("Credits are valid for 12 months. Every new account gets 10 free credits for the standard tools. Private Studio unlocks after a one-click age confirmation. Need more? Contact us on Telegram for bulk packs and reseller discounts.") +
        footer("© 2025 Mirelle Apps Ltd.", [['/terms', 'Terms']]) },
    { path: '/terms', title: 'Terms of Service — Mirelle',
      body: nav([['/', 'Home'], ['/pricing', 'Pricing']], 'Mirelle') +
        h1("Terms of Service") +
        p("You must be 18 or older to use Private Studio. You agree not to upload images of any person without their consent. Generated content is synthetic and provided for entertainment and artistic purposes only. Mirelle Apps Ltd. accepts no liability for content created by users. Credits are non-refundable. We may suspend accounts at our discretion. These terms are governed by the laws of our place of incorporation.") +
        footer("© 2025 Mirelle Apps Ltd.", [['/privacy', 'Privacy']]) },
  ] },

  // en3 — nudify, api-reseller: white-label undress API.
  { host: 'barepoint-api.test', lang: 'en', label: 'nudify', shape: 'api-reseller', author: 'fresh-d', pages: [
    { path: '/', title: 'BarePoint API — Undress API for developers and resellers',
      head: metaDescription("Launch your own AI undress app in a day. REST API, white-label dashboard, wholesale credit pricing.") + jsonLd({ '@context': 'https://schema.org', '@type': 'WebAPI', name: 'BarePoint Undress API', documentation: 'https://barepoint-api.test/docs', provider: { '@type': 'Organization', name: 'BarePoint' } }),
      body: nav([['/', 'Home'], ['/docs', 'Docs'], ['/pricing', 'Pricing'], ['/resellers', 'Resellers'], ['/dashboard', 'Dashboard']], 'BarePoint') +
        h1("The undress API behind 40+ apps") +
        p("BarePoint gives developers a single REST endpoint for AI clothes removal. Send an image, get back the undressed result in about 6 seconds. We handle the GPUs, the model updates and the scaling — you build the brand, the bot or the app on top.") +
        ul("<b>/v1/undress</b> — full clothes-off, lingerie and see-through modes", "<b>/v1/faceswap</b> — place a face into adult image templates", "<b>/v1/upscale</b> — 2× and 4× output", "Webhooks, batch jobs, 99.5% uptime") +
        h2("Built for resellers") +
        p("Run your own nudify site or Telegram bot under your own name. Our white-label package includes a ready-made web front end, a bot template and a billing module with crypto checkout. Buy credits wholesale, set your own retail price.") +
        pre_("curl -X POST https://barepoint-api.test/v1/undress -H 'Authorization: Bearer $KEY' -F image=@photo.jpg -F mode=full") +
        p(a('/pricing', 'See wholesale pricing') + ' · ' + a('/docs', 'Read the docs') + ' · ' + a('https://t.me/barepoint_sales', 'Talk to sales on Telegram')) +
        footer("BarePoint © 2025. The API returns synthetic images. Resellers are responsible for compliance in their markets.", [['/terms', 'Terms'], ['/aup', 'Acceptable use'], ['/status', 'Status']]) },
    { path: '/docs', title: 'API docs — BarePoint',
      body: nav([['/', 'Home'], ['/docs', 'Docs'], ['/pricing', 'Pricing']], 'BarePoint') +
        h1("API reference") +
        h2("POST /v1/undress") +
        p("Parameters: <code>image</code> (file or URL, required), <code>mode</code> (<code>full</code>, <code>lingerie</code>, <code>sheer</code>), <code>strength</code> (0–1), <code>keep_face</code> (bool, default true), <code>webhook</code> (URL). Returns a job id; the result URL is valid for 1 hour.") +
        h2("POST /v1/faceswap") +
        p("Parameters: <code>face</code>, <code>template_id</code> from the adult template catalog, <code>resolution</code>. One credit per image.") +
        h2("Errors") +
        p("<code>402</code> out of credits, <code>413</code> image too large, <code>422</code> no person detected.") +
        p("Authentication uses a bearer key from your dashboard. Rate limit: 20 requests per second on Growth.") +
        footer("BarePoint © 2025", [['/terms', 'Terms']]) },
    { path: '/pricing', title: 'Pricing — BarePoint',
      body: nav([['/', 'Home'], ['/docs', 'Docs'], ['/pricing', 'Pricing'], ['/resellers', 'Resellers']], 'BarePoint') +
        h1("Wholesale credits") +
        priceTable(['Volume', 'Price per undress call', 'Monthly minimum'], [['Dev', '$0.05', '—'], ['Growth', '$0.025', '$250'], ['Reseller', '$0.012', '$1,500'], ['Enterprise', 'Custom', 'Custom']]) +
        p("Pay by card or crypto. Resellers typically charge end users $0.20–$0.50 per image. Volume discounts and dedicated GPUs available on request.") +
        cryptoCheckout() +
        p("Credits are charged only for successful jobs. Failed detections and timeouts are refunded automatically. Reseller accounts get a dedicated account manager, priority support on Telegram and a backup endpoint that keeps working if a domain is suspended. Invoices are issued to your company name with a neutral description.") +
        footer("BarePoint © 2025", [['/terms', 'Terms']]) },
    { path: '/resellers', title: 'Reseller program — BarePoint',
      body: nav([['/', 'Home'], ['/docs', 'Docs'], ['/pricing', 'Pricing'], ['/resellers', 'Resellers']], 'BarePoint') +
        h1("Launch your own undress brand") +
        p("Our reseller kit includes a responsive website template with upload flow and credit system, a Telegram bot template, a landing page in 12 languages and a billing backend that accepts crypto. Point your domain at our servers and you are live. If your domain gets blocked, switch to a new one from the dashboard in minutes — your users and balances move with you.") +
        orderForm(['Brand name', 'Telegram handle', 'Expected monthly volume'], 'Apply') +
        footer("BarePoint © 2025", [['/terms', 'Terms']]) },
  ] },

  // en4 — deepfake, tube: a hosting site of face-swapped adult videos.
  { host: 'swaptheater.test', lang: 'en', label: 'deepfake', shape: 'tube', author: 'fresh-d', pages: [
    { path: '/', title: 'SwapTheater — Deepfake videos, updated daily',
      head: metaDescription("The largest archive of face-swap adult videos. New deepfakes every day, HD streaming, free."),
      body: ageGate("SwapTheater contains adult content made with AI face swap. You must be 18+ to enter.", 'Enter (18+)', 'Leave') +
        nav([['/', 'Home'], ['/tag/deepfake', 'Categories'], ['/top', 'Top rated'], ['/premium', 'Premium'], ['/upload', 'Upload']], 'SwapTheater') +
        textForm('Search deepfakes', 'Search') +
        h1("Newest deepfake videos") +
        mediaGrid([
          { title: 'Streamer lookalike swap part 3', duration: '11:24', views: '412K views', tags: ['deepfake', 'streamer', 'lookalike'] },
          { title: 'TV host face swap HD', duration: '08:02', views: '288K views', tags: ['deepfake', 'tv-host'] },
          { title: 'Influencer swap request 117', duration: '14:50', views: '197K views', tags: ['request', 'influencer'] },
          { title: 'Pop singer double remastered', duration: '06:33', views: '530K views', tags: ['singer', 'remaster'] },
          { title: 'Neighbour lookalike swap', duration: '09:10', views: '74K views', tags: ['lookalike', 'faceswap'] },
          { title: 'Actress deepfake 4K', duration: '12:05', views: '1.1M views', tags: ['actress', '4k'] },
        ]) +
        p("All videos on SwapTheater are created with AI face-swap technology by our community of creators. Faces are digitally placed onto adult performers. Browse by category, vote for your favourites, or request a custom deepfake from our verified creators.") +
        h2("Popular categories") +
        p(a('/tag/deepfake', '#deepfake') + ' ' + a('/tag/lookalike', '#lookalike') + ' ' + a('/tag/streamer', '#streamer') + ' ' + a('/tag/influencer', '#influencer') + ' ' + a('/tag/request', '#requests') + ' ' + a('/tag/4k', '#4k')) +
        cookieBanner("We use cookies to remember your age confirmation and preferences.", 'OK') +
        p("Want your own? Premium members can post requests on the board: upload a few photos of any face, choose a scene and set a tip for our verified swap artists. Most requests are delivered within three days. Creators can also " + a("/upload", "upload their deepfakes") + " and earn money from every view.") +
        footer("SwapTheater © 2025. All content is AI-generated parody. 18 U.S.C. 2257 does not apply to synthetic media.", [['/dmca', 'DMCA / Removal'], ['/terms', 'Terms'], ['/premium', 'Premium'], ['/upload', 'Become a creator']]) },
    { path: '/tag/deepfake', title: '#deepfake videos — SwapTheater',
      body: nav([['/', 'Home'], ['/tag/deepfake', 'Categories'], ['/premium', 'Premium']], 'SwapTheater') +
        h1("#deepfake — 18,420 videos") +
        mediaGrid([
          { title: 'Celebrity double swap 88', duration: '10:41', views: '640K views', tags: ['deepfake', 'celebrity'] },
          { title: 'Newsreader faceswap extended', duration: '15:12', views: '221K views', tags: ['deepfake', 'tv-host'] },
          { title: 'Gamer lookalike swap', duration: '07:58', views: '305K views', tags: ['deepfake', 'streamer'] },
          { title: 'Athlete swap HD', duration: '09:30', views: '118K views', tags: ['deepfake', 'sport'] },
        ]) +
        p("Sort by: newest · most viewed · top rated · longest. Premium members see full-length 4K versions with no ads.") +
        p("Related tags: " + a("/tag/lookalike", "#lookalike") + " " + a("/tag/celebrity", "#celebrity") + " " + a("/tag/streamer", "#streamer") + " " + a("/tag/request", "#request") + ". New deepfake videos are added to this category every hour by verified creators.") +
        p("Free members can watch previews of up to two minutes per video.") +
        footer("SwapTheater © 2025", [['/dmca', 'DMCA'], ['/terms', 'Terms']]) },
    { path: '/premium', title: 'Premium — SwapTheater',
      body: nav([['/', 'Home'], ['/tag/deepfake', 'Categories'], ['/premium', 'Premium']], 'SwapTheater') +
        h1("Go Premium") +
        priceTable(['Plan', 'Price', 'Perks'], [['1 month', '$12.99', 'Full-length 4K, no ads, downloads'], ['12 months', '$59.99', '+ 2 custom deepfake requests'], ['Lifetime', '$149 (crypto only)', '+ early access to new swaps']]) +
        p("Premium unlocks full videos, downloads and our request board, where verified creators take orders to face-swap the person of your choice into a scene. Payments by card or crypto; discreet billing.") +
        cryptoCheckout() +
        p("Cancel anytime from your account page. Lifetime members keep access even if we move to a new domain.") +
        footer("SwapTheater © 2025", [['/dmca', 'DMCA'], ['/terms', 'Terms']]) },
    { path: '/upload', title: 'Become a creator — SwapTheater',
      body: nav([['/', 'Home'], ['/tag/deepfake', 'Categories'], ['/premium', 'Premium']], 'SwapTheater') +
        h1("Upload your deepfakes and earn") +
        p("Creators earn 60% of premium revenue from their videos plus tips and paid requests. Upload MP4 up to 4 GB, add tags and a title, and your video goes live after a quick quality check. Top creators earn over $3,000 a month. Tip: clear, well-lit face sets give the best swaps.") +
        upload('Select video file', '/upload/video', 'Upload') +
        footer("SwapTheater © 2025", [['/terms', 'Terms']]) },
  ] },

  // en5 — deepfake, made-to-order: custom face-swap adult videos to order.
  { host: 'doppelatelier.test', lang: 'en', label: 'deepfake', shape: 'made-to-order', author: 'fresh-d', pages: [
    { path: '/', title: 'Doppel Atelier — Custom face-swap videos, made by hand',
      head: metaDescription("Send us the face, pick the scene. Hand-finished 18+ face-swap videos delivered in 48 hours."),
      body: nav([['/', 'Home'], ['/order', 'Order'], ['/pricing', 'Pricing'], ['/faq', 'FAQ'], ['/contact', 'Contact']], 'Doppel Atelier') +
        h1("Your fantasy, with the face you choose") +
        p("Doppel Atelier is a small studio of deepfake artists. Unlike one-click apps, every video is trained, swapped and cleaned up by a human editor, frame by frame. You send a few photos of a face, choose an adult scene from our catalogue or describe one, and we deliver a private, realistic 18+ face-swap video.") +
        h2("How it works") +
        ol("Send 5–20 clear photos or a short video of the face.", "Choose a scene and length.", "Pay securely in crypto or by gift card.", "Receive a private download link within 48 hours.") +
        h2("Why us") +
        ul("Hand-finished: no flicker, no mask edges", "Any face — ex, coworker, celebrity lookalike, crush", "Total discretion: files deleted after delivery", "Over 2,500 orders delivered since 2022") +
        blockquote("“Looks completely real. Worth every cent.”", 'Repeat client') +
        p(a('/order', 'Start your order') + ' · ' + a('/pricing', 'See prices')) +
        cookieBanner("We only use essential cookies.", 'OK') +
        p("Not sure what to pick? Message us on Telegram and an editor will suggest scenes that match your photos. We work in English, Spanish and German, and we accept orders around the clock.") +
        footer("Doppel Atelier © 2025 · Adults only. Client confirms consent of the person depicted.", [['/terms', 'Terms'], ['/privacy', 'Privacy'], ['https://t.me/doppelatelier', 'Telegram']]) },
    { path: '/order', title: 'Order — Doppel Atelier',
      body: nav([['/', 'Home'], ['/order', 'Order'], ['/pricing', 'Pricing']], 'Doppel Atelier') +
        h1("Place an order") +
        p("Fill in the form below. Upload links can be from any file-sharing service. We will confirm the quote by email or Telegram within 6 hours and start work once payment is received.") +
        orderForm(['Link to face photos or video', 'Scene (catalogue number or description)', 'Length (1, 3 or 5 minutes)', 'Email or Telegram handle', 'Notes for the editor'], 'Request quote') +
        p("Rush delivery (24h) available for +50%.") +
        footer("Doppel Atelier © 2025", [['/terms', 'Terms']]) },
    { path: '/pricing', title: 'Pricing — Doppel Atelier',
      body: nav([['/', 'Home'], ['/order', 'Order'], ['/pricing', 'Pricing']], 'Doppel Atelier') +
        h1("Pricing") +
        priceTable(['Product', 'Length', 'Price', 'Delivery'], [['Photo set', '10 images', '€39', '24h'], ['Short clip', '1 min', '€89', '48h'], ['Standard', '3 min', '€199', '48h'], ['Feature', '5 min', '€299', '72h']]) +
        p("Prices include one round of revisions. We accept BTC, USDT, XMR and major gift cards. Returning clients get 15% off every fourth order.") +
        cryptoCheckout() +
        p("Need something longer or with two faces in the same scene? We quote custom projects individually. All videos are delivered in 1080p MP4 through a private link that expires after seven days. Orders are paid upfront; work starts once the payment is confirmed on the blockchain.") +
        footer("Doppel Atelier © 2025", [['/terms', 'Terms']]) },
    { path: '/faq', title: 'FAQ — Doppel Atelier',
      body: nav([['/', 'Home'], ['/order', 'Order'], ['/pricing', 'Pricing']], 'Doppel Atelier') +
        faq("FAQ", [
          ["How many photos do you need?", "At least five clear, front-facing photos. A 30-second selfie video gives the best deepfake quality."],
          ["Will the person find out?", "We never contact anyone and never publish client work."],
          ["Can I bring my own scene?", "Yes, send a link to any adult video and we will swap the face into it."],
          ["Refunds?", "If we cannot reach our quality bar with your photos, we refund in full before delivery."],
        ]) +
        footer("Doppel Atelier © 2025", [['/terms', 'Terms']]) },
  ] },

  // en6 — directory, alternatives: enthusiastic "alternatives to X" article with affiliate links.
  { host: 'aitoolscout-alts.test', lang: 'en', label: 'directory', shape: 'alternatives', author: 'fresh-d', pages: [
    { path: '/', title: '9 Best Peelify Alternatives in 2025 (Tested & Ranked) — AI Tool Scout',
      head: metaDescription("Peelify down or too expensive? We tested 9 AI undress apps that do the same thing — some better and cheaper.") + jsonLd({ '@context': 'https://schema.org', '@type': 'ItemList', name: 'Best Peelify alternatives', itemListElement: [{ '@type': 'ListItem', position: 1, name: 'NudaForge' }, { '@type': 'ListItem', position: 2, name: 'Stripshot' }, { '@type': 'ListItem', position: 3, name: 'SilkOff' }] }),
      body: nav([['/', 'Alternatives'], ['/peelify-review', 'Peelify review'], ['/nsfw-ai-tools', 'NSFW AI tools'], ['/disclosure', 'Disclosure']], 'AI Tool Scout') +
        article(
          h1("9 Best Peelify Alternatives in 2025"),
          p("<i>By the AI Tool Scout team · Updated June 2025 · We may earn a commission when you buy through our links.</i>"),
          p("Peelify was the go-to AI undress tool for years, but after its price hike and repeated downtime, plenty of users are looking elsewhere. We spent a month testing every serious competitor on realism, speed, price and privacy. Here are the ones worth your money."),
          h2("1. NudaForge — best overall"),
          p("Fastest clothes-off results we measured (4 seconds), excellent skin and lighting, and a free daily credit. Supports batch uploads. " + a('https://nudaforge.test/?ref=scout', 'Try NudaForge →')),
          h2("2. Stripshot — best for mobile"),
          p("Android app with a one-tap undress button and a see-through slider. Cheap weekly plan. " + a('https://stripshot.test/go?aff=scout22', 'Get Stripshot →')),
          h2("3. SilkOff — best free option"),
          p("Three free images a day with watermark; paid plans remove limits and unlock an uncensored mode. " + a('https://silkoff.test/?ref=scout', 'Visit SilkOff →')),
          h2("4. BareBot — best Telegram bot"),
          p("No website needed: send a photo to the bot and get the nude version back in chat. Pays in Telegram Stars. " + a('https://t.me/barebot_official_bot?start=scout', 'Open BareBot →')),
          h2("5–9. Honourable mentions"),
          ul(a('https://dressless.test/?ref=scout', 'Dressless'), a('https://undrezzy.test/?aff=scout', 'Undrezzy'), a('https://peachlens.test/?ref=scout', 'PeachLens'), a('https://nuditor.test/?ref=scout', 'Nuditor'), a('https://xrayme.test/?ref=scout', 'XRayMe')),
          p("<b>Bottom line:</b> if you liked Peelify, NudaForge is the closest match with better quality. On a budget, start with SilkOff’s free tier."),
        ) +
        footer("AI Tool Scout © 2025 · Independent reviews, reader-supported.", [['/disclosure', 'Affiliate disclosure'], ['/privacy', 'Privacy'], ['/contact', 'Contact']]) },
    { path: '/peelify-review', title: 'Peelify Review 2025 — AI Tool Scout',
      body: nav([['/', 'Alternatives'], ['/peelify-review', 'Peelify review'], ['/nsfw-ai-tools', 'NSFW AI tools']], 'AI Tool Scout') +
        h1("Peelify review: still worth it?") +
        p("Peelify’s undress engine remains strong on front-facing photos, and its “undress + face restore” combo is still among the best. But at $29.99 per month it now costs twice as much as NudaForge, the free tier is gone, and the site has changed domains three times this year. Our score: 3.8/5. " + a('https://peelify.test/?ref=scout', 'Visit Peelify') + " or " + a('/', 'see cheaper alternatives') + ".") +
        footer("AI Tool Scout © 2025", [['/disclosure', 'Affiliate disclosure']]) },
    { path: '/nsfw-ai-tools', title: 'All NSFW AI tools — AI Tool Scout',
      body: nav([['/', 'Alternatives'], ['/peelify-review', 'Peelify review'], ['/nsfw-ai-tools', 'NSFW AI tools']], 'AI Tool Scout') +
        h1("NSFW AI tools directory") +
        ul(a('https://nudaforge.test/?ref=scout', 'NudaForge') + ' — undress, batch, API', a('https://swapnoir.test/?ref=scout', 'SwapNoir') + ' — 18+ face swap videos', a('https://silkoff.test/?ref=scout', 'SilkOff') + ' — free undress tier', a('https://t.me/barebot_official_bot?start=scout', 'BareBot') + ' — Telegram undress bot', a('https://lustcanvas.test/?ref=scout', 'LustCanvas') + ' — uncensored image generator') +
        p("We update this list every week. Links marked with a star are sponsored placements. Found a dead link? Let us know through the contact page.") +
        p("Want your tool listed here? We review new NSFW AI apps every month.") +
        footer("AI Tool Scout © 2025", [['/disclosure', 'Affiliate disclosure']]) },
    { path: '/disclosure', title: 'Affiliate disclosure — AI Tool Scout',
      body: nav([['/', 'Alternatives'], ['/peelify-review', 'Peelify review']], 'AI Tool Scout') +
        h1("Affiliate disclosure") +
        p("AI Tool Scout is reader-supported. Most outbound links on this site are affiliate links: if you sign up or buy credits after clicking, we may receive a commission at no extra cost to you. Some listings are sponsored. We do not own or operate any of the tools we review and we do not process any images ourselves.") +
        footer("AI Tool Scout © 2025", [['/privacy', 'Privacy']]) },
  ] },

  // en7 — unrelated, sfw-faceswap: meme face swap that spells out what it refuses.
  { host: 'mememask-app.test', lang: 'en', label: 'unrelated', shape: 'sfw-faceswap', author: 'fresh-d', pages: [
    { path: '/', title: 'MemeMask — Face swap for memes, GIFs and movie scenes',
      head: metaDescription("Put your face in famous movie scenes, memes and GIFs. Family-friendly face swap with strict safety rules."),
      body: nav([['/', 'Home'], ['/templates', 'Templates'], ['/safety', 'Safety'], ['/pricing', 'Pricing'], ['/app', 'Open app']], 'MemeMask') +
        h1("Face swap, but make it funny") +
        p("MemeMask lets you drop your face — or your friend’s, with their permission — into thousands of meme templates, reaction GIFs and classic movie moments. Upload a selfie, choose a template and share the result in seconds. Perfect for birthday cards, group chats and office parties.") +
        upload('Upload a selfie', '/app/swap', 'Swap my face') +
        h2("What you can make") +
        ul("Reaction GIFs for chats", "Movie-poster parodies", "Birthday and holiday greeting videos", "Cartoon and superhero versions of yourself") +
        h2("What MemeMask will never do") +
        p("We built MemeMask for fun, not for harm. There are no adult templates, no “NSFW mode”, no “spicy” filters and no undress or clothes-removal features — and there never will be. Our upload filter blocks nudity, and our face-matching checks stop people from swapping faces of strangers taken from social media without a consent check. Requests like “put her face in an 18+ video” are refused and the account is reviewed.") +
        p(a('/safety', 'Read our safety rules') + '.') +
        storeBadges('/download/mememask.apk') +
        blockquote("“My whole family is now in the dancing-baby GIF. 10/10.”", 'Priya, Leeds') +
        cookieBanner("We use cookies to keep you logged in. No ad tracking.", 'Accept') +
        footer("© 2025 MemeMask Ltd. Made for ages 13+ (with parental consent under 16).", [['/terms', 'Terms'], ['/privacy', 'Privacy'], ['/safety', 'Safety'], ['/report', 'Report misuse']]) },
    { path: '/templates', title: 'Templates — MemeMask',
      body: nav([['/', 'Home'], ['/templates', 'Templates'], ['/safety', 'Safety'], ['/pricing', 'Pricing']], 'MemeMask') +
        h1("Trending templates") +
        mediaGrid([
          { title: 'Distracted friend meme', duration: '00:04', views: '2.1M swaps', tags: ['meme', 'classic'] },
          { title: 'Space hero salute', duration: '00:06', views: '840K swaps', tags: ['movie', 'sci-fi'] },
          { title: 'Birthday cake surprise', duration: '00:08', views: '610K swaps', tags: ['birthday'] },
          { title: 'Cat judge reaction', duration: '00:03', views: '1.4M swaps', tags: ['reaction', 'animals'] },
        ]) +
        p("New templates every week, curated by our team. Every template is reviewed by a human before it goes live, and community submissions that contain nudity, violence or real-person harassment are rejected.") +
        p("Can’t find the meme you want? Plus members can suggest new templates, and our team adds the most requested ones every Friday.") +
        footer("© 2025 MemeMask Ltd.", [['/terms', 'Terms']]) },
    { path: '/safety', title: 'Safety — MemeMask',
      body: nav([['/', 'Home'], ['/templates', 'Templates'], ['/safety', 'Safety']], 'MemeMask') +
        h1("Our safety rules") +
        p("Face-swap technology is also used to make sexual deepfakes and “nudify” images of real people without consent. MemeMask is designed to make that impossible on our platform:") +
        ul("No adult, NSFW or “18+” templates, and no custom template uploads from free accounts.", "Uploaded images are scanned; nudity and undressing requests are blocked.", "Faces of public figures in sensitive contexts are blocked.", "Every output carries an invisible watermark identifying it as synthetic.", "Reports of misuse are reviewed within 24 hours.") +
        p("If someone used MemeMask to make an image of you that you did not agree to, " + a('/report', 'report it here') + " and we will remove it.") +
        footer("© 2025 MemeMask Ltd.", [['/terms', 'Terms']]) },
    { path: '/pricing', title: 'Pricing — MemeMask',
      body: nav([['/', 'Home'], ['/templates', 'Templates'], ['/pricing', 'Pricing']], 'MemeMask') +
        h1("Plans") +
        priceTable(['Plan', 'Price', 'Includes'], [['Free', '£0', '5 swaps a day, watermark'], ['Plus', '£3.49/month', 'Unlimited GIF swaps, no watermark'], ['Family', '£5.99/month', '5 accounts, video greetings']]) +
        p("Prices include VAT. Cancel any time from the app store. Subscriptions renew monthly unless cancelled 24 hours before the end of the period.") +
        p("Schools, charities and youth clubs can apply for free Family accounts for creative workshops. All plans come with the same safety rules: no adult content, no undress features and no face swaps of people who have not agreed to it.") +
        footer("© 2025 MemeMask Ltd.", [['/terms', 'Terms']]) },
  ] },

  // en8 — unrelated, image-generator: strict generator that lists what it refuses.
  { host: 'cleancanvas-ai.test', lang: 'en', label: 'unrelated', shape: 'image-generator', author: 'fresh-d', pages: [
    { path: '/', title: 'CleanCanvas — The AI image generator built for brands',
      head: metaDescription("Generate on-brand images from text. Commercially safe, no NSFW, no deepfakes."),
      body: nav([['/', 'Home'], ['/gallery', 'Gallery'], ['/policy', 'Content policy'], ['/pricing', 'Pricing'], ['/blog/why-we-block-undress-prompts', 'Blog']], 'CleanCanvas') +
        h1("Images your legal team will love") +
        p("CleanCanvas turns text prompts into product shots, illustrations and social graphics. Our model is trained only on licensed and public-domain images, so everything you create is safe for commercial use.") +
        textForm('Describe the image you want', 'Generate', '/generate') +
        h2("Safe by design") +
        p("Many image generators advertise an “uncensored” or “NSFW mode”. We do the opposite. CleanCanvas refuses prompts such as “remove her clothes”, “undress this photo”, “see-through version”, “nude” or “put this face on…”. You cannot upload a photo of a real person and ask for it to be altered sexually, and there is no setting, plan or API flag that turns this off.") +
        ul("No sexual content, of anyone", "No editing of real people’s photos into intimate images", "No face swap of identifiable people", "C2PA content credentials on every image") +
        blockquote("“We switched after an intern’s prompt on another tool produced something we could never publish.”", 'Head of Content, retail brand') +
        cookieBanner("We use essential cookies and privacy-friendly analytics.", 'Accept', 'Decline') +
        footer("© 2025 CleanCanvas Inc.", [['/policy', 'Content policy'], ['/terms', 'Terms'], ['/privacy', 'Privacy'], ['/security', 'Security']]) },
    { path: '/policy', title: 'Content policy — CleanCanvas',
      body: nav([['/', 'Home'], ['/policy', 'Content policy'], ['/pricing', 'Pricing']], 'CleanCanvas') +
        h1("Content policy") +
        p("CleanCanvas blocks, at the prompt and at the output level: sexual or nude imagery; “undress”, “nudify”, “clothes-off” or “x-ray” edits of any photo; face swaps or likeness edits of identifiable people without verified consent; and graphic violence.",
          "Prompts that try to get around filters (misspellings, other languages, “for art”, “it’s me in the photo”) are also refused. Repeated attempts lead to suspension. Serious cases are reported to the relevant authorities.") +
        footer("© 2025 CleanCanvas Inc.", [['/terms', 'Terms']]) },
    { path: '/pricing', title: 'Pricing — CleanCanvas',
      body: nav([['/', 'Home'], ['/policy', 'Content policy'], ['/pricing', 'Pricing']], 'CleanCanvas') +
        h1("Pricing") +
        priceTable(['Plan', 'Price', 'Images/month', 'Seats'], [['Starter', '$12/mo', '300', '1'], ['Team', '$49/mo', '2,000', '5'], ['Enterprise', 'Contact us', 'Unlimited', 'SSO, audit log, indemnity']]) +
        p("All plans include commercial rights, content credentials and the same safety filters — there is no “unfiltered” tier at any price.") +
        stripe('pk_test_cleancanvas1') +
        p("Annual billing saves 20%. Team and Enterprise plans include shared brand kits, approval workflows and usage reports. Enterprise customers also get an IP indemnity, a dedicated safety contact and a private model fine-tuned on their own licensed product photos. Education and non-profit discounts are available on request.") +
        footer("© 2025 CleanCanvas Inc.", [['/terms', 'Terms']]) },
    { path: '/blog/why-we-block-undress-prompts', title: 'Why we block “undress” prompts — CleanCanvas blog',
      body: nav([['/', 'Home'], ['/policy', 'Content policy'], ['/blog/why-we-block-undress-prompts', 'Blog']], 'CleanCanvas') +
        article(h1("Why we block “undress” prompts — and always will") +
          p("Every week our filters catch thousands of prompts like “make her naked”, “AI undress”, “remove bikini” or “NSFW version of this selfie”. Some come from curious users, some from people who saw ads for so-called nudify apps promising to “see anyone without clothes”. Those apps create non-consensual intimate images of real people, and the harm to victims is severe.",
            "We decided early that CleanCanvas would not offer any such capability, not even behind an age gate or a paid plan. Here is how our three-layer filter works, what we learned from red-teaming it, and why we publish our refusal statistics every quarter.")) +
        footer("© 2025 CleanCanvas Inc.", [['/policy', 'Content policy']]) },
  ] },
];

// ───────────────────────────── Portuguese (pt) ─────────────────────────────

const pt: CorpusSite[] = [
  // pt1 — nudify, app-landing: Android/iOS app that "tira a roupa".
  { host: 'despe-ai.test', lang: 'pt', label: 'nudify', shape: 'app-landing', author: 'fresh-d', pages: [
    { path: '/', title: 'Despe.AI — o app que tira a roupa de qualquer foto',
      head: metaDescription("Baixe o Despe.AI: inteligência artificial que tira a roupa das fotos em segundos. Grátis para Android.") + jsonLd({ '@context': 'https://schema.org', '@type': 'MobileApplication', name: 'Despe.AI', operatingSystem: 'Android, iOS', applicationCategory: 'PhotoApplication', aggregateRating: { '@type': 'AggregateRating', ratingValue: '4.5', ratingCount: '18230' } }),
      body: nav([['/', 'Início'], ['/baixar', 'Baixar'], ['/premium', 'Premium'], ['/faq', 'Dúvidas']], 'Despe.AI') +
        h1("Tire a roupa de qualquer foto direto do celular") +
        p("O Despe.AI é o app de edição com inteligência artificial mais falado do momento. Escolha uma foto da galeria, toque em «Despir» e, em poucos segundos, a IA mostra como a pessoa ficaria sem roupa. Simples assim, sem precisar de computador nem de conhecimento em edição.") +
        storeBadges('/download/despe-ai-v3.apk') +
        p("Versão Android disponível também como APK direto, caso o app não apareça na sua loja.") +
        h2("Recursos") +
        ul("🔥 Despir: remove toda a roupa da foto", "👙 Biquíni: troca a roupa por biquíni ou lingerie", "💦 Molhado: efeito de roupa transparente", "🎭 Troca de rosto em fotos +18", "🔒 Galeria secreta protegida por senha") +
        h2("Mais de 2 milhões de downloads") +
        blockquote("«Melhor app desse tipo, o resultado parece real demais.»", 'Avaliação 5 estrelas') +
        blockquote("«Vale cada centavo do premium.»", 'Avaliação 5 estrelas') +
        cookieBanner("Usamos cookies para melhorar sua experiência. Ao continuar, você concorda com a nossa política.", 'Aceitar') +
        footer("Despe.AI © 2025 · Proibido para menores de 18 anos · Conteúdo gerado por IA, apenas para entretenimento.", [['/termos', 'Termos'], ['/privacidade', 'Privacidade'], ['/faq', 'Dúvidas'], ['https://t.me/despeai_oficial', 'Telegram']]) },
    { path: '/baixar', title: 'Baixar — Despe.AI',
      body: nav([['/', 'Início'], ['/baixar', 'Baixar'], ['/premium', 'Premium'], ['/faq', 'Dúvidas']], 'Despe.AI') +
        h1("Baixe o Despe.AI") +
        p("Android: baixe o APK abaixo, permita «instalar de fontes desconhecidas» nas configurações e abra o arquivo. iPhone: use a versão web instalável, que funciona igual ao app. Se a loja remover o app, a versão APK continua funcionando e recebe atualizações automáticas.") +
        storeBadges('/download/despe-ai-v3.apk') +
        p("Versão 3.4.1 · 48 MB · Android 8 ou superior. Novidade: modo Despir em alta resolução e fila prioritária para assinantes.") +
        footer("Despe.AI © 2025", [['/termos', 'Termos']]) },
    { path: '/premium', title: 'Premium — Despe.AI',
      body: nav([['/', 'Início'], ['/baixar', 'Baixar'], ['/premium', 'Premium'], ['/faq', 'Dúvidas']], 'Despe.AI') +
        h1("Despe.AI Premium") +
        priceTable(['Plano', 'Preço', 'O que inclui'], [['Grátis', 'R$ 0', '2 fotos por dia, com marca d’água'], ['Semanal', 'R$ 14,90', 'Despir ilimitado, sem marca d’água'], ['Mensal', 'R$ 39,90', 'Tudo + troca de rosto +18 + alta resolução'], ['Vitalício', 'R$ 199 (Pix ou cripto)', 'Tudo para sempre']]) +
        p("Pagamento por Pix, cartão ou criptomoedas. A cobrança aparece na fatura com um nome discreto. Cancele quando quiser.") +
        cryptoCheckout() +
        p("Assinantes têm fila prioritária, resultados em alta resolução e acesso antecipado a novos modos. Indique um amigo e ganhe 3 dias de Premium grátis.") +
        footer("Despe.AI © 2025", [['/termos', 'Termos']]) },
    { path: '/faq', title: 'Dúvidas — Despe.AI',
      body: nav([['/', 'Início'], ['/baixar', 'Baixar'], ['/premium', 'Premium'], ['/faq', 'Dúvidas']], 'Despe.AI') +
        faq("Perguntas frequentes", [
          ["Funciona com qualquer foto?", "Funciona melhor com fotos de corpo inteiro, de frente e bem iluminadas. Roupas justas dão resultados mais realistas."],
          ["A pessoa da foto fica sabendo?", "Não. Tudo é processado de forma anônima e nada é publicado."],
          ["Por que o app sumiu da loja?", "As lojas às vezes removem apps de IA adulta. Use o APK oficial desta página."],
          ["É permitido usar foto de outra pessoa?", "Você declara ter autorização para usar as imagens que envia."],
        ]) +
        footer("Despe.AI © 2025", [['/termos', 'Termos']]) },
  ] },

  // pt2 — deepfake, request-board: users post paid requests for face-swap adult videos.
  { host: 'mural-trocarosto.test', lang: 'pt', label: 'deepfake', shape: 'request-board', author: 'fresh-d', pages: [
    { path: '/', title: 'Mural TrocaRosto — pedidos de deepfake +18',
      head: metaDescription("Publique seu pedido de deepfake, defina a recompensa e receba o vídeo de criadores verificados."),
      body: ageGate("Conteúdo adulto. Você confirma que tem 18 anos ou mais?", 'Tenho 18+', 'Sair') +
        nav([['/', 'Pedidos'], ['/pedidos/novo', 'Novo pedido'], ['/criadores', 'Criadores'], ['/regras', 'Regras'], ['/entrar', 'Entrar']], 'TrocaRosto') +
        h1("Pedidos abertos") +
        p("O Mural TrocaRosto conecta quem quer um deepfake com criadores que sabem fazer. Publique o rosto que você quer ver num vídeo adulto, escolha a cena, defina a recompensa em créditos e espere as propostas. O pagamento fica retido até você aprovar a entrega.") +
        textForm('Buscar pedidos', 'Buscar') +
        ul("<b>#4812</b> — Troca de rosto em cena de hotel, 3 min, 5 fotos enviadas · Recompensa: 120 créditos · 4 propostas",
          "<b>#4809</b> — Rosto de influenciadora (sósia) em vídeo +18, HD · Recompensa: 300 créditos · 9 propostas",
          "<b>#4801</b> — Deepfake com rosto de colega de trabalho, cena de escritório · Recompensa: 90 créditos · 2 propostas",
          "<b>#4797</b> — Fotos nuas geradas a partir de 3 selfies · Recompensa: 40 créditos · entregue ✅",
          "<b>#4790</b> — Vídeo com dois rostos trocados, 5 min · Recompensa: 450 créditos · em andamento") +
        p(a('/pedidos/novo', 'Publicar meu pedido') + ' · ' + a('/criadores', 'Quero ser criador')) +
        h2("Como funciona") +
        ol("Envie as fotos do rosto (quanto mais, melhor).", "Descreva a cena e a duração.", "Escolha a melhor proposta.", "Aprove a entrega e libere o pagamento.") +
        footer("Mural TrocaRosto © 2025 · Todo conteúdo é gerado por IA · +18", [['/regras', 'Regras'], ['/termos', 'Termos'], ['/remocao', 'Pedido de remoção']]) },
    { path: '/pedidos/novo', title: 'Novo pedido — Mural TrocaRosto',
      body: nav([['/', 'Pedidos'], ['/pedidos/novo', 'Novo pedido'], ['/criadores', 'Criadores']], 'TrocaRosto') +
        h1("Publicar um pedido") +
        p("Quanto mais fotos do rosto, melhor o deepfake. Envie de 5 a 30 imagens nítidas, de ângulos diferentes. Pedidos com recompensa acima de 200 créditos aparecem em destaque por 24 horas.") +
        upload('Fotos do rosto (pode selecionar várias)', '/pedidos/enviar', 'Publicar pedido') +
        orderForm(['Título do pedido', 'Descrição da cena', 'Duração desejada', 'Recompensa em créditos'], 'Continuar') +
        p("Dica: descreva bem a cena e a duração. Pedidos claros recebem mais propostas e ficam prontos mais rápido.") +
        footer("Mural TrocaRosto © 2025", [['/regras', 'Regras']]) },
    { path: '/criadores', title: 'Criadores — Mural TrocaRosto',
      body: nav([['/', 'Pedidos'], ['/pedidos/novo', 'Novo pedido'], ['/criadores', 'Criadores']], 'TrocaRosto') +
        h1("Ganhe dinheiro fazendo deepfakes") +
        p("Criadores verificados aceitam pedidos, entregam os vídeos pelo mural e recebem 80% da recompensa. Os créditos podem ser sacados em Pix ou USDT a partir de R$ 100. Os melhores criadores recebem o selo Ouro e aparecem primeiro nas propostas. Requisitos: portfólio com 3 trocas de rosto e uma conta verificada.") +
        cryptoCheckout() +
        p("Cadastre-se hoje e receba seu primeiro pedido ainda esta semana.") +
        footer("Mural TrocaRosto © 2025", [['/regras', 'Regras']]) },
    { path: '/regras', title: 'Regras — Mural TrocaRosto',
      body: nav([['/', 'Pedidos'], ['/pedidos/novo', 'Novo pedido'], ['/criadores', 'Criadores']], 'TrocaRosto') +
        h1("Regras do mural") +
        ol("Apenas maiores de 18 anos.", "Quem publica declara ter autorização da pessoa retratada.", "Não publique nome completo ou endereço da pessoa no pedido.", "Pagamentos só pelo mural; negociações por fora levam a banimento.", "Pedidos de remoção são analisados em até 7 dias úteis.") +
        p("O Mural TrocaRosto é uma plataforma de intermediação. A responsabilidade pelo conteúdo é de quem pede e de quem cria.") +
        footer("Mural TrocaRosto © 2025", [['/termos', 'Termos']]) },
  ] },

  // pt3 — directory, listicle: top-10 of undress apps with affiliate links.
  { host: 'top-apps-ia-br.test', lang: 'pt', label: 'directory', shape: 'listicle', author: 'fresh-d', pages: [
    { path: '/', title: '10 melhores apps para tirar a roupa com IA em 2025 — Top Apps IA',
      head: metaDescription("Ranking atualizado dos melhores apps e sites de «despir com IA», testados pela nossa equipe."),
      body: nav([['/', 'Ranking'], ['/metodologia', 'Metodologia'], ['/app/despe-ai', 'Análise: Despe.AI'], ['/contato', 'Contato']], 'Top Apps IA') +
        article(
          h1("Os 10 melhores apps para tirar a roupa com IA (2025)"),
          p("<i>Atualizado em julho de 2025 · Links patrocinados</i>"),
          p("Testamos dezenas de sites, apps e bots que prometem «despir» fotos com inteligência artificial. Avaliamos realismo, velocidade, preço em reais e formas de pagamento, como Pix. Confira o ranking:"),
          ol(
            a('https://despe-ai.test/?ref=topbr', 'Despe.AI') + " — app para Android com APK, Pix aceito. Nota 9,4.",
            a('https://nudelab-br.test/?aff=topbr', 'NudeLab') + " — site com modo sem censura e lotes. Nota 9,1.",
            a('https://t.me/semroupa_bot?start=topbr', 'SemRoupa Bot') + " — bot de Telegram, 3 fotos grátis. Nota 8,8.",
            a('https://pelada-ia.test/?ref=topbr', 'Peladinha IA') + " — mais barato do ranking. Nota 8,5.",
            a('https://xraycam.test/?ref=topbr', 'XRayCam') + " — efeito transparente em tempo real. Nota 8,2.",
            a('https://undressify.test/?aff=topbr', 'Undressify') + " — em inglês, ótima qualidade. Nota 8,0.",
            a('https://velosin-ia.test/?ref=topbr', 'VeloSin') + " — em espanhol, muito rápido. Nota 7,9.",
            a('https://rostrocambio.test/?ref=topbr', 'RostroCambio') + " — para troca de rosto em vídeos +18. Nota 7,7.",
            a('https://fotonua.test/?ref=topbr', 'FotoNua') + " — interface simples. Nota 7,3.",
            a('https://despidinha.test/?ref=topbr', 'Despidinha') + " — app novo, promissor. Nota 7,0.",
          ),
          p("<b>Nossa escolha:</b> para quem usa celular, o Despe.AI é imbatível. Para quem prefere computador, o NudeLab tem a melhor qualidade."),
          p("Aviso: usar fotos de pessoas sem autorização pode ser crime. Use com responsabilidade."),
        ) +
        cookieBanner("Este site usa cookies e links de afiliado.", 'Ok') +
        footer("Top Apps IA © 2025 · Não somos responsáveis pelos serviços listados. Podemos receber comissão.", [['/metodologia', 'Metodologia'], ['/contato', 'Contato'], ['/privacidade', 'Privacidade']]) },
    { path: '/metodologia', title: 'Metodologia — Top Apps IA',
      body: nav([['/', 'Ranking'], ['/metodologia', 'Metodologia'], ['/contato', 'Contato']], 'Top Apps IA') +
        h1("Como testamos") +
        p("Cada app foi testado com o mesmo conjunto de 20 fotos de modelos profissionais contratados para isso. Medimos o tempo até o resultado, o realismo numa escala de 1 a 10, a presença de marca d’água, o preço por foto em reais e as formas de pagamento. Também verificamos se o app continua no ar depois de 30 dias, já que muitos mudam de domínio com frequência. A ordem do ranking pode ser influenciada por parcerias comerciais, sinalizadas como patrocinadas.") +
        footer("Top Apps IA © 2025", [['/contato', 'Contato']]) },
    { path: '/app/despe-ai', title: 'Análise do Despe.AI — Top Apps IA',
      body: nav([['/', 'Ranking'], ['/metodologia', 'Metodologia'], ['/app/despe-ai', 'Análise: Despe.AI']], 'Top Apps IA') +
        h1("Análise: Despe.AI") +
        p("O Despe.AI lidera nosso ranking pela combinação de preço e qualidade. O modo «Despir» entrega resultado em cerca de 8 segundos, o plano semanal custa R$ 14,90 e o pagamento por Pix é instantâneo. Ponto negativo: o app costuma sair da Play Store, sendo preciso instalar o APK. " + a('https://despe-ai.test/baixar?ref=topbr', 'Baixar o Despe.AI com desconto') + ".") +
        footer("Top Apps IA © 2025", [['/contato', 'Contato']]) },
    { path: '/contato', title: 'Contato — Top Apps IA',
      body: nav([['/', 'Ranking'], ['/metodologia', 'Metodologia']], 'Top Apps IA') +
        h1("Fale conosco") +
        p("Tem um app de IA e quer aparecer no nosso ranking? Trabalhamos com posições patrocinadas, banners e reviews pagas. Também aceitamos sugestões de leitores e avisos de links quebrados. Respondemos em até 3 dias úteis pelo e-mail parcerias@top-apps-ia-br.test ou pelo Telegram.") +
        textForm('Sua mensagem', 'Enviar', '/contato/enviar') +
        p("Para pedidos de remoção de conteúdo ou reclamações sobre algum serviço listado, entre em contato diretamente com o serviço, pois não temos controle sobre ele.") +
        footer("Top Apps IA © 2025", [['/privacidade', 'Privacidade']]) },
  ] },

  // pt4 — unrelated, virtual-try-on: fashion try-on, "experimente sem tirar a roupa".
  { host: 'provei-moda.test', lang: 'pt', label: 'unrelated', shape: 'virtual-try-on', author: 'fresh-d', pages: [
    { path: '/', title: 'Provei — provador virtual com IA para lojas de moda',
      head: metaDescription("Seus clientes experimentam roupas pelo celular, sem tirar a roupa e sem ir à loja. Provador virtual com IA para e-commerce."),
      body: nav([['/', 'Início'], ['/para-lojas', 'Para lojas'], ['/precos', 'Preços'], ['/privacidade', 'Privacidade'], ['/demo', 'Pedir demo']], 'Provei') +
        h1("Experimente a roupa sem tirar a roupa") +
        p("O Provei é um provador virtual com inteligência artificial. O cliente envia uma selfie de corpo inteiro, escolhe a peça no site da loja e vê em segundos como ela fica vestida nele — camiseta, vestido, jaqueta ou calça. Menos trocas, menos devoluções e mais vendas.") +
        upload('Teste com sua foto', '/demo/provar', 'Provar agora') +
        h2("Por que o Provei") +
        ul("Troca de roupa realista na foto do próprio cliente", "Caimento por tamanho: veja o P, o M e o G", "Integra com Shopify, VTEX e Nuvemshop", "Reduz devoluções em até 30%") +
        p("Importante: o Provei só coloca roupas do catálogo da loja sobre a roupa que a pessoa já está usando. Não geramos imagens de pessoas sem roupa nem de roupa íntima em fotos de clientes, e não aceitamos fotos de terceiros: o cliente confirma por selfie que a foto é dele.") +
        blockquote("«As devoluções da nossa loja caíram 22% em três meses.»", 'Loja de moda feminina, Curitiba') +
        cookieBanner("Usamos cookies essenciais e de análise, conforme a LGPD.", 'Aceitar', 'Recusar') +
        footer("Provei Tecnologia Ltda. · CNPJ 00.000.000/0001-00 · São Paulo", [['/privacidade', 'Privacidade'], ['/termos', 'Termos'], ['/precos', 'Preços']]) },
    { path: '/para-lojas', title: 'Para lojas — Provei',
      body: nav([['/', 'Início'], ['/para-lojas', 'Para lojas'], ['/precos', 'Preços']], 'Provei') +
        h1("Como funciona na sua loja") +
        p("Instale o plugin, e um botão «Provar em mim» aparece em cada página de produto. O Provei gera automaticamente o modelo 3D de cada peça a partir das fotos do catálogo, inclusive fotos em manequim ou flat lay. O cliente faz o upload da selfie, a IA troca a roupa da foto pela peça escolhida e mostra o resultado. Relatórios mostram quais peças são mais provadas e quais convertem mais.") +
        footer("Provei Tecnologia Ltda.", [['/privacidade', 'Privacidade']]) },
    { path: '/precos', title: 'Preços — Provei',
      body: nav([['/', 'Início'], ['/para-lojas', 'Para lojas'], ['/precos', 'Preços']], 'Provei') +
        h1("Planos") +
        priceTable(['Plano', 'Provas/mês', 'Preço'], [['Boutique', '1.000', 'R$ 290'], ['Loja', '10.000', 'R$ 1.490'], ['Rede', 'Ilimitado', 'Sob consulta']]) +
        p("Todos os planos incluem integração, suporte em português e 14 dias de teste grátis. Preços sem impostos. Sem fidelidade: cancele quando quiser.") +
        p("Cada «prova» corresponde a uma imagem gerada para um cliente final. O painel mostra em tempo real quantas provas foram usadas no mês, quais produtos foram mais experimentados e qual a taxa de conversão depois da prova virtual. Lojas parceiras das principais plataformas de e-commerce têm 10% de desconto no primeiro ano.") +
        footer("Provei Tecnologia Ltda.", [['/privacidade', 'Privacidade']]) },
    { path: '/privacidade', title: 'Privacidade — Provei',
      body: nav([['/', 'Início'], ['/para-lojas', 'Para lojas'], ['/precos', 'Preços']], 'Provei') +
        h1("Privacidade e uso responsável") +
        p("As fotos dos clientes são processadas apenas para gerar a prova virtual e apagadas em até 1 hora. Nunca usamos as fotos para treinar modelos. O sistema recusa fotos com nudez e pedidos para remover roupa: só é possível vestir peças do catálogo por cima da roupa original. Cumprimos a LGPD; o encarregado de dados pode ser contatado em dpo@provei-moda.test.") +
        footer("Provei Tecnologia Ltda.", [['/termos', 'Termos']]) },
  ] },
];

// ───────────────────────────── Italian (it) ─────────────────────────────

const it: CorpusSite[] = [
  // it1 — nudify, made-to-order: "send the photo, we deliver the version without clothes".
  { host: 'ritocchi-riservati.test', lang: 'it', label: 'nudify', shape: 'made-to-order', author: 'fresh-d', pages: [
    { path: '/', title: 'Ritocchi Riservati — fotoritocco discreto su ordinazione',
      head: metaDescription("Inviaci la foto, ti consegniamo la versione senza vestiti in 24 ore. Ritocco IA rifinito a mano, massima discrezione."),
      body: nav([['/', 'Home'], ['/listino', 'Listino'], ['/ordina', 'Ordina'], ['/faq', 'FAQ'], ['/contatti', 'Contatti']], 'Ritocchi Riservati') +
        h1("La foto che vuoi vedere, consegnata in 24 ore") +
        p("Ritocchi Riservati è un servizio di fotoritocco su ordinazione per adulti. Tu ci mandi una o più foto, noi le trasformiamo con la nostra intelligenza artificiale e le rifiniamo a mano. Il servizio più richiesto? La «versione senza vestiti»: togliamo i vestiti dalla foto mantenendo volto, posa e sfondo originali.") +
        h2("Cosa possiamo fare per te") +
        ul("<b>Spoglia:</b> versione completamente senza vestiti", "<b>Intimo:</b> sostituiamo i vestiti con lingerie o costume", "<b>Vedo-non-vedo:</b> effetto tessuto trasparente", "<b>Pacchetto album:</b> fino a 20 foto della stessa persona") +
        h2("Perché un ritocco su misura") +
        p("Le app automatiche sbagliano mani, bordi e luci. I nostri ritoccatori correggono ogni dettaglio, così il risultato sembra una vera foto. Consegna via link privato che si autodistrugge dopo 72 ore.") +
        blockquote("«Consegna puntuale, risultato incredibile, nessuna domanda. Tornerò.»", 'Cliente, Milano') +
        p(a('/ordina', 'Ordina ora') + ' · ' + a('/listino', 'Vedi prezzi')) +
        cookieBanner("Usiamo solo cookie tecnici necessari al funzionamento del sito.", 'Ho capito') +
        footer("Ritocchi Riservati © 2025 · Servizio riservato ai maggiorenni. Il cliente dichiara di avere il consenso della persona ritratta.", [['/termini', 'Termini'], ['/privacy', 'Privacy'], ['/contatti', 'Contatti'], ['https://t.me/ritocchiriservati', 'Telegram']]) },
    { path: '/listino', title: 'Listino prezzi — Ritocchi Riservati',
      body: nav([['/', 'Home'], ['/listino', 'Listino'], ['/ordina', 'Ordina']], 'Ritocchi Riservati') +
        h1("Listino") +
        priceTable(['Servizio', 'Prezzo', 'Consegna'], [['Spoglia — 1 foto', '15 €', '24 h'], ['Spoglia — 5 foto', '59 €', '24 h'], ['Intimo / Vedo-non-vedo', '12 € a foto', '24 h'], ['Pacchetto album (20 foto)', '179 €', '48 h'], ['Urgente', '+50%', '6 h']]) +
        p("Pagamento anticipato con PayPal Amici, ricarica prepagata o criptovalute. Nessuna ricevuta con riferimenti al contenuto. Se il risultato non ti convince, rifacciamo la foto una volta gratis.") +
        cryptoCheckout() +
        p("Sconto del 10% dal secondo ordine e del 20% per ordini superiori a 10 foto.") +
        footer("Ritocchi Riservati © 2025", [['/termini', 'Termini']]) },
    { path: '/ordina', title: 'Ordina — Ritocchi Riservati',
      body: nav([['/', 'Home'], ['/listino', 'Listino'], ['/ordina', 'Ordina']], 'Ritocchi Riservati') +
        h1("Invia il tuo ordine") +
        p("Compila il modulo con il link alle foto (Google Drive, WeTransfer o simili) e scegli il servizio. Ti rispondiamo entro un’ora con il totale e le istruzioni di pagamento. Consiglio: foto a figura intera, frontali e ben illuminate danno il risultato migliore.") +
        orderForm(['Link alle foto', 'Servizio (Spoglia, Intimo, Vedo-non-vedo, Album)', 'Numero di foto', 'Email o username Telegram', 'Note per il ritoccatore'], 'Invia ordine') +
        footer("Ritocchi Riservati © 2025", [['/termini', 'Termini']]) },
    { path: '/faq', title: 'FAQ — Ritocchi Riservati',
      body: nav([['/', 'Home'], ['/listino', 'Listino'], ['/ordina', 'Ordina']], 'Ritocchi Riservati') +
        faq("Domande frequenti", [
          ["Posso mandare la foto di una persona che conosco?", "Dichiari tu di avere il suo consenso. Non facciamo domande e non contattiamo nessuno."],
          ["Conservate le foto?", "No, le cancelliamo dopo la consegna. Il link di download scade dopo 72 ore."],
          ["Quanto è realistico?", "Molto più delle app: ogni foto è ritoccata a mano dopo il passaggio IA."],
          ["Come pago in modo anonimo?", "Consigliamo criptovalute o ricarica prepagata."],
        ]) +
        footer("Ritocchi Riservati © 2025", [['/termini', 'Termini']]) },
  ] },

  // it2 — deepfake, innocent-home: fun face swap on the home page, adult video swaps on /premium.
  { host: 'voltomagico.test', lang: 'it', label: 'deepfake', shape: 'innocent-home', author: 'fresh-d', pages: [
    { path: '/', title: 'VoltoMagico — scambia i volti in foto e video',
      head: metaDescription("Metti la tua faccia nei film, nei meme e nei video musicali. Face swap con IA in pochi secondi."),
      body: nav([['/', 'Home'], ['/esempi', 'Esempi'], ['/premium', 'Premium'], ['/prezzi', 'Prezzi'], ['/accedi', 'Accedi']], 'VoltoMagico') +
        h1("Cambia volto, cambia storia") +
        p("Con VoltoMagico bastano una foto e un video per scambiare i volti. Diventa il protagonista di una scena di un film, trasformati nel cantante di un videoclip o fai ridere gli amici con un meme personalizzato. Il motore IA riproduce espressioni, luci e movimenti della bocca.") +
        upload('Carica una foto del volto', '/swap', 'Inizia gratis') +
        h2("Perché VoltoMagico") +
        ul("Face swap su foto, GIF e video fino a 4K", "Più volti nella stessa scena", "Carica qualsiasi video come destinazione", "Area Premium con contenuti esclusivi") +
        img(8, 'Esempio di scambio volto') +
        blockquote("«Ho messo la faccia di mio fratello in un film d’azione, è morto dal ridere.»", 'Luca, Bologna') +
        p("Registrati con Google e ricevi 3 video gratis. " + a('/prezzi', 'Scopri i piani') + '.') +
        oneTap('4433-voltomagico.apps.googleusercontent.test') +
        cookieBanner("Questo sito utilizza cookie tecnici e di profilazione di terze parti.", 'Accetta', 'Rifiuta') +
        h2("Come funziona") + ol("Carica una foto nitida del volto.", "Scegli un modello o carica il tuo video.", "Scarica il risultato in pochi secondi e condividilo.") + p("Funziona su telefono, tablet e computer, senza installare nulla.") +
        footer("© 2025 VoltoMagico. Alcune sezioni sono riservate ai maggiori di 18 anni.", [['/termini', 'Termini'], ['/privacy', 'Privacy'], ['/premium', 'Area 18+']]) },
    { path: '/esempi', title: 'Esempi — VoltoMagico',
      body: nav([['/', 'Home'], ['/esempi', 'Esempi'], ['/premium', 'Premium'], ['/prezzi', 'Prezzi']], 'VoltoMagico') +
        h1("Esempi") +
        mediaGrid([
          { title: 'Scena western', duration: '00:15', views: '92 mila', tags: ['film'] },
          { title: 'Videoclip pop', duration: '00:30', views: '64 mila', tags: ['musica'] },
          { title: 'Meme del gatto', duration: '00:05', views: '210 mila', tags: ['meme'] },
        ]) +
        p("Questi sono alcuni dei modelli gratuiti. Tutti i modelli si possono usare con la tua foto o con quella di un amico. Nell’area Premium trovi migliaia di modelli in più, aggiornati ogni giorno, e la possibilità di caricare qualsiasi video.") +
        p("Ogni esempio si può personalizzare con testo, musica e filtri.") +
        footer("© 2025 VoltoMagico", [['/termini', 'Termini']]) },
    { path: '/premium', title: 'Area Premium 18+ — VoltoMagico',
      body: ageGate("L’area Premium contiene contenuti per adulti. Hai almeno 18 anni?", 'Sì, entra', 'No, esci') +
        nav([['/', 'Home'], ['/esempi', 'Esempi'], ['/premium', 'Premium'], ['/prezzi', 'Prezzi']], 'VoltoMagico') +
        h1("Area Premium: face swap per adulti") +
        p("Nell’area Premium puoi inserire qualsiasi volto in video per adulti. Scegli tra oltre 5.000 clip hot già pronte oppure carica il tuo video, poi aggiungi la foto del volto: in pochi minuti ottieni un deepfake realistico, privato e scaricabile. Funziona anche con le foto prese dai social.") +
        ul("Libreria 18+ con categorie e ricerca", "Deepfake video fino a 10 minuti", "Modalità «spoglia foto» inclusa nel piano Gold", "Nessun filtro, nessuna censura") +
        footer("© 2025 VoltoMagico", [['/termini', 'Termini']]) },
    { path: '/prezzi', title: 'Prezzi — VoltoMagico',
      body: nav([['/', 'Home'], ['/esempi', 'Esempi'], ['/premium', 'Premium'], ['/prezzi', 'Prezzi']], 'VoltoMagico') +
        h1("Piani") +
        priceTable(['Piano', 'Prezzo', 'Incluso'], [['Free', '0 €', '3 video da 10 s, filigrana'], ['Plus', '7,99 €/mese', 'Video da 60 s, modelli divertenti'], ['Gold', '19,99 €/mese', 'Area Premium 18+, video fino a 10 min, spoglia foto, 4K']]) +
        p("Pagamento con carta, PayPal o criptovalute. L’addebito compare come «VM Digital». Disdici quando vuoi.") +
        stripe('pk_test_voltomag3') + cryptoCheckout() +
        p("Il piano Gold include anche una galleria privata protetta da password, la coda prioritaria e l’addestramento di un modello del volto con fino a 20 foto per risultati ancora più realistici. Puoi passare da un piano all’altro in qualsiasi momento.") +
        footer("© 2025 VoltoMagico", [['/termini', 'Termini']]) },
  ] },

  // it3 — unrelated, law-firm: a firm explaining the law on AI "undressing" and deepfakes.
  { host: 'studiolegale-ferrante.test', lang: 'it', label: 'unrelated', shape: 'law-firm', author: 'fresh-d', pages: [
    { path: '/', title: 'Deepfake e foto «spogliate» con l’IA: cosa dice la legge — Studio Legale Ferrante',
      head: metaDescription("Lo Studio Legale Ferrante assiste le vittime di deepfake sessuali e di app che «spogliano» le foto con l’intelligenza artificiale.") + jsonLd({ '@context': 'https://schema.org', '@type': 'LegalService', name: 'Studio Legale Ferrante', address: { '@type': 'PostalAddress', addressLocality: 'Torino', addressCountry: 'IT' } }),
      body: nav([['/', 'Home'], ['/aree/reati-informatici', 'Reati informatici'], ['/guida-vittime', 'Guida per le vittime'], ['/studio', 'Lo studio'], ['/contatti', 'Contatti']], 'Studio Legale Ferrante') +
        article(
          h1("Deepfake e foto «spogliate» con l’IA: cosa dice la legge"),
          p("<i>Avv. Giulia Ferrante · Approfondimento aggiornato al 2025</i>"),
          p("Negli ultimi mesi il nostro studio ha seguito un numero crescente di casi legati a siti e bot che promettono di «spogliare qualsiasi foto con un clic», di mostrare «la versione senza vestiti» di una persona o di «inserire il suo volto in un video per adulti». Sono slogan che si trovano ovunque: «risultati realistici in 10 secondi», «100% anonimo», «nessun filtro, nessuna censura», «la persona non lo saprà mai»."),
          p("Quei messaggi pubblicitari nascondono una realtà semplice: creare e diffondere immagini sessuali false di una persona reale senza il suo consenso è un fatto illecito, che può integrare reati come la diffusione illecita di immagini sessualmente esplicite, la diffamazione, la sostituzione di persona, l’estorsione e le nuove fattispecie introdotte per i contenuti generati o alterati con sistemi di intelligenza artificiale."),
          p("La clausola che molti di questi servizi inseriscono nei termini («l’utente dichiara di avere il consenso della persona ritratta») non esclude la responsabilità di chi carica la foto e, in molti casi, nemmeno quella di chi gestisce il servizio."),
          h2("Come possiamo aiutarti"),
          ul("Raccolta e conservazione delle prove con copia forense", "Richieste urgenti di rimozione alle piattaforme e al Garante privacy", "Denuncia-querela e costituzione di parte civile", "Azioni di risarcimento del danno"),
          p(a('/guida-vittime', 'Leggi la nostra guida gratuita per le vittime') + ' · ' + a('/contatti', 'Prenota una consulenza riservata')),
        ) +
        footer("Studio Legale Ferrante · Via Roma 00, Torino · P.IVA 00000000000", [['/privacy', 'Privacy'], ['/cookie', 'Cookie'], ['/contatti', 'Contatti']]) },
    { path: '/aree/reati-informatici', title: 'Reati informatici — Studio Legale Ferrante',
      body: nav([['/', 'Home'], ['/aree/reati-informatici', 'Reati informatici'], ['/guida-vittime', 'Guida per le vittime'], ['/contatti', 'Contatti']], 'Studio Legale Ferrante') +
        h1("Area reati informatici e tutela della persona online") +
        p("Lo studio assiste persone fisiche e aziende in materia di accesso abusivo, frodi online, furto d’identità, sextortion, diffusione non consensuale di immagini intime e deepfake. Collaboriamo con consulenti informatici forensi per l’acquisizione certificata delle prove e con associazioni di supporto psicologico per le vittime. Offriamo un primo colloquio gratuito e riservato, anche in videochiamata.") +
        footer("Studio Legale Ferrante", [['/privacy', 'Privacy']]) },
    { path: '/guida-vittime', title: 'Guida per le vittime di deepfake — Studio Legale Ferrante',
      body: nav([['/', 'Home'], ['/aree/reati-informatici', 'Reati informatici'], ['/guida-vittime', 'Guida per le vittime'], ['/contatti', 'Contatti']], 'Studio Legale Ferrante') +
        h1("Cosa fare se qualcuno ha creato un deepfake di te") +
        ol("Non rispondere alle minacce e non pagare.", "Fai screenshot completi con data e indirizzo della pagina.", "Segnala il contenuto alla piattaforma e chiedi la rimozione.", "Rivolgiti alla Polizia Postale o a un avvocato per la denuncia.", "Se il contenuto è stato creato con un’app o un bot che «spoglia» le foto, annota il nome del servizio: è utile alle indagini.") +
        p("Ricorda: non è colpa tua, anche se la foto originale era pubblica.") +
        footer("Studio Legale Ferrante", [['/privacy', 'Privacy']]) },
    { path: '/contatti', title: 'Contatti — Studio Legale Ferrante',
      body: nav([['/', 'Home'], ['/guida-vittime', 'Guida per le vittime'], ['/contatti', 'Contatti']], 'Studio Legale Ferrante') +
        h1("Contatti") +
        p("Ricevimento su appuntamento dal lunedì al venerdì, dalle 9 alle 18. Per i casi urgenti di diffusione di immagini, lo studio garantisce una risposta entro la giornata. Tutte le comunicazioni sono coperte dal segreto professionale.") +
        orderForm(['Nome (anche solo iniziali)', 'Email o telefono', 'Breve descrizione del caso'], 'Richiedi consulenza') +
        p("Lo studio si trova a dieci minuti dalla stazione di Porta Nuova.") +
        footer("Studio Legale Ferrante", [['/privacy', 'Privacy']]) },
  ] },

  // it4 — unrelated, garment-care: wrinkle and lint removal for product photos.
  { host: 'piegazero.test', lang: 'it', label: 'unrelated', shape: 'garment-care', author: 'fresh-d', pages: [
    { path: '/', title: 'PiegaZero — togli le pieghe dai vestiti nelle foto, con l’IA',
      head: metaDescription("Stiratura digitale per e-commerce: PiegaZero rimuove pieghe, pelucchi e macchie dai vestiti nelle foto prodotto in pochi secondi."),
      body: nav([['/', 'Home'], ['/esempi', 'Esempi'], ['/prezzi', 'Prezzi'], ['/faq', 'FAQ'], ['/login', 'Login']], 'PiegaZero') +
        h1("I tuoi vestiti, stirati in un clic") +
        p("Niente più ferro da stiro prima dello shooting. PiegaZero è lo strumento di fotoritocco con intelligenza artificiale che toglie le pieghe dai vestiti nelle foto prodotto, elimina pelucchi e pallini, uniforma il colore del tessuto e rimuove lo sfondo. Pensato per negozi online, marketplace dell’usato e fotografi di moda.") +
        upload('Carica la foto del capo', '/stira', 'Togli le pieghe') +
        h2("Cosa fa PiegaZero") +
        ul("<b>Stiratura digitale:</b> rimuove pieghe e grinze mantenendo la trama del tessuto", "<b>Via i pelucchi:</b> elimina pallini, peli e polvere", "<b>Rimozione sfondo:</b> bianco, trasparente o ambientato", "<b>Manichino invisibile:</b> toglie il manichino e ricostruisce il colletto") +
        p("Funziona su camicie, lino, seta, maglieria e capi indossati da modelli: interveniamo solo sul tessuto, mai sulla persona. Perfetto per chi vende su Vinted, Subito o il proprio Shopify.") +
        blockquote("«Vendo usato: con foto senza pieghe i capi vanno via il doppio più veloci.»", 'Sara, Napoli') +
        faq("Domande veloci", [
          ["Cambia il colore del capo?", "No, il colore resta fedele. Puoi solo correggere il bilanciamento del bianco."],
          ["Serve un account?", "Le prime 5 foto sono gratis, senza registrazione."],
        ]) +
        cookieBanner("Usiamo cookie tecnici e analitici anonimi.", 'Accetta') +
        footer("PiegaZero S.r.l. · Firenze · P.IVA 00000000001", [['/privacy', 'Privacy'], ['/termini', 'Termini'], ['/prezzi', 'Prezzi']]) },
    { path: '/esempi', title: 'Esempi prima e dopo — PiegaZero',
      body: nav([['/', 'Home'], ['/esempi', 'Esempi'], ['/prezzi', 'Prezzi']], 'PiegaZero') +
        h1("Prima e dopo") +
        img(0, 'Camicia di lino stropicciata') + img(1, 'Camicia di lino stirata digitalmente') +
        p("Camicia di lino appena tolta dalla valigia: pieghe rimosse, trama conservata, sfondo bianco per marketplace.") +
        img(2, 'Maglione con pelucchi') + img(3, 'Maglione senza pelucchi') +
        p("Maglione di lana con pallini: pelucchi eliminati e colore uniformato. Tempo di elaborazione: 4 secondi per foto, anche in blocco.") +
        p("Giacca in tessuto tecnico fotografata su manichino: pieghe delle maniche eliminate, manichino reso invisibile e colletto ricostruito. Tutte le foto di esempio sono state fornite da negozi clienti che hanno autorizzato la pubblicazione.") +
        footer("PiegaZero S.r.l.", [['/privacy', 'Privacy']]) },
    { path: '/prezzi', title: 'Prezzi — PiegaZero',
      body: nav([['/', 'Home'], ['/esempi', 'Esempi'], ['/prezzi', 'Prezzi']], 'PiegaZero') +
        h1("Prezzi") +
        priceTable(['Piano', 'Foto al mese', 'Prezzo'], [['Privato', '30', '4,90 €'], ['Negozio', '400', '29 €'], ['Studio', '3.000', '149 €']]) +
        p("IVA inclusa per i privati. Le foto non usate passano al mese successivo. Per volumi maggiori e accesso API contattaci.") +
        stripe('pk_test_piegazero2') +
        p("Tutti i piani includono stiratura digitale, rimozione dei pelucchi e rimozione dello sfondo. Il piano Studio aggiunge il manichino invisibile, l’elaborazione in blocco fino a 200 foto e l’esportazione diretta verso Shopify e WooCommerce. Puoi annullare o cambiare piano in qualsiasi momento dal tuo account.") +
        footer("PiegaZero S.r.l.", [['/privacy', 'Privacy']]) },
    { path: '/faq', title: 'FAQ — PiegaZero',
      body: nav([['/', 'Home'], ['/esempi', 'Esempi'], ['/prezzi', 'Prezzi']], 'PiegaZero') +
        faq("Domande frequenti", [
          ["Posso usarlo su foto con modelle e modelli?", "Sì, ma PiegaZero modifica solo il tessuto degli abiti: non altera corpi, volti o pose, e rifiuta qualsiasi richiesta di togliere i vestiti."],
          ["Quali formati accettate?", "JPG, PNG, HEIC fino a 40 MB."],
          ["Le mie foto restano private?", "Sì, vengono cancellate dopo 30 giorni e non sono usate per l’addestramento."],
        ]) +
        p("Altre domande? Scrivici a aiuto@piegazero.test: rispondiamo entro un giorno lavorativo.") +
        footer("PiegaZero S.r.l.", [['/privacy', 'Privacy']]) },
  ] },
];

// ───────────────────────────── Romanian (ro) ─────────────────────────────

const ro: CorpusSite[] = [
  // ro1 — nudify, saas.
  { host: 'dezvelit-ai.test', lang: 'ro', label: 'nudify', shape: 'saas', author: 'fresh-d', pages: [
    { path: '/', title: 'Dezvelit AI — dezbracă orice poză cu inteligență artificială',
      head: metaDescription("Încarcă o poză și vezi versiunea fără haine în câteva secunde. Primele 2 imagini gratuit."),
      body: nav([['/', 'Acasă'], ['/preturi', 'Prețuri'], ['/intrebari', 'Întrebări'], ['/termeni', 'Termeni'], ['/cont', 'Contul meu']], 'Dezvelit') +
        cookieBanner("Folosim cookie-uri pentru funcționarea site-ului și pentru statistici.", 'Accept', 'Refuz') +
        h1("Dezbracă orice poză în 10 secunde") +
        p("Dezvelit AI este primul serviciu românesc de tip «undress AI». Încarci fotografia unei persoane îmbrăcate, iar modelul nostru elimină hainele și generează versiunea nud, păstrând fața, poziția și fundalul. Fără aplicații, direct din browser, pe telefon sau pe calculator.") +
        upload('Alege poza', '/genereaza', 'Dezbracă acum') +
        p("2 imagini gratuite · fără card · rezultate HD") +
        h2("Moduri disponibile") +
        ul("<b>Nud complet</b> — elimină toate hainele", "<b>Lenjerie</b> — înlocuiește hainele cu lenjerie intimă", "<b>Transparent</b> — efect de material ud sau străveziu", "<b>Lot</b> — până la 10 poze odată (Premium)") +
        h2("De ce Dezvelit?") +
        ul("Cel mai realist model pe poze din România", "Servere rapide în UE, fără cozi", "Plată cu cardul, Revolut sau crypto", "Confidențialitate totală: ștergem pozele după 6 ore") +
        blockquote("«Am încercat toate site-urile străine, ăsta e cel mai bun și e în română.»", 'Andrei, Cluj') +
        faq("Pe scurt", [
          ["E gratuit?", "Primele 2 imagini sunt gratuite, cu filigran. Apoi poți cumpăra credite de la 15 lei."],
          ["Află persoana din poză?", "Nu. Nu trimitem nicio notificare și nu publicăm nimic."],
        ]) +
        oneTap('2211-dezvelit.apps.googleusercontent.test') +
        footer("Dezvelit AI © 2025 · Doar pentru persoane peste 18 ani. Utilizatorul răspunde pentru pozele încărcate.", [['/termeni', 'Termeni'], ['/confidentialitate', 'Confidențialitate'], ['/preturi', 'Prețuri'], ['https://t.me/dezvelit_ro', 'Telegram']]) },
    { path: '/preturi', title: 'Prețuri — Dezvelit AI',
      body: nav([['/', 'Acasă'], ['/preturi', 'Prețuri'], ['/intrebari', 'Întrebări']], 'Dezvelit') +
        h1("Pachete de credite") +
        priceTable(['Pachet', 'Imagini', 'Preț', 'Extra'], [['Start', '10', '15 lei', 'HD'], ['Plus', '50', '59 lei', 'Fără filigran'], ['Premium', '200', '149 lei', 'Toate modurile, lot de 10, 4K'], ['Nelimitat', '∞', '99 lei/lună', 'Coadă prioritară']]) +
        p("Plată securizată cu cardul sau în criptomonede (USDT, BTC, LTC). Pe extras apare o denumire discretă. Creditele nu expiră.") +
        stripe('pk_test_dezvelit6') + cryptoCheckout() +
        p("Abonații Premium și Nelimitat au acces primii la modurile noi și la rezoluție 4K. Dacă plata nu se confirmă în 10 minute, scrie-ne pe Telegram cu ID-ul tranzacției și activăm creditele manual. Nu oferim rambursări pentru creditele deja folosite.") +
        footer("Dezvelit AI © 2025", [['/termeni', 'Termeni']]) },
    { path: '/intrebari', title: 'Întrebări frecvente — Dezvelit AI',
      body: nav([['/', 'Acasă'], ['/preturi', 'Prețuri'], ['/intrebari', 'Întrebări']], 'Dezvelit') +
        faq("Întrebări frecvente", [
          ["Ce poze dau cele mai bune rezultate?", "Poze cu corpul întreg, din față, cu lumină bună. Hainele mulate dau rezultate mai realiste decât gecile sau hainele largi."],
          ["Pot încărca poza altcuiva?", "Prin încărcare declari că ai acordul persoanei din imagine."],
          ["Cât durează?", "Între 5 și 15 secunde pe imagine, în funcție de mod."],
          ["Cum primesc factura?", "Pentru plățile cu cardul trimitem o chitanță pe email, fără referiri la conținut."],
        ]) +
        footer("Dezvelit AI © 2025", [['/termeni', 'Termeni']]) },
    { path: '/termeni', title: 'Termeni și condiții — Dezvelit AI',
      body: nav([['/', 'Acasă'], ['/preturi', 'Prețuri']], 'Dezvelit') +
        h1("Termeni și condiții") +
        p("Serviciul este destinat exclusiv persoanelor cu vârsta de peste 18 ani. Utilizatorul garantează că deține drepturile asupra imaginilor încărcate și acordul persoanelor reprezentate. Imaginile generate sunt fictive și au scop de divertisment. Dezvelit AI nu răspunde pentru modul în care utilizatorii folosesc rezultatele. Creditele consumate nu se rambursează. Ne rezervăm dreptul de a suspenda conturile care încalcă acești termeni.") +
        footer("Dezvelit AI © 2025", [['/confidentialitate', 'Confidențialitate']]) },
  ] },

  // ro2 — directory, coupon: discount codes for other brands' undress and face-swap services.
  { host: 'cupoane-ai-ro.test', lang: 'ro', label: 'directory', shape: 'coupon', author: 'fresh-d', pages: [
    { path: '/', title: 'Cupoane AI — coduri de reducere pentru aplicații AI 18+',
      head: metaDescription("Coduri de reducere verificate pentru aplicații de undress AI și face swap 18+. Actualizat zilnic."),
      body: nav([['/', 'Cupoane'], ['/cod/dezvelit', 'Dezvelit'], ['/cum-folosesti', 'Cum folosești un cod'], ['/despre', 'Despre']], 'Cupoane AI') +
        h1("Coduri de reducere pentru aplicații AI 18+") +
        p("Aici găsești cele mai noi coduri promoționale pentru servicii de undress AI, face swap pentru adulți și boți de Telegram. Verificăm codurile în fiecare zi și le marcăm cu data ultimului test. Nu vindem nimic: doar te trimitem la site-ul oficial cu reducerea aplicată.") +
        priceTable(['Serviciu', 'Ce face', 'Reducere', 'Cod', 'Verificat'], [
          [a('https://dezvelit-ai.test/?ref=cupoane', 'Dezvelit AI'), 'Dezbracă poze, în română', '-25%', 'CUPON25', 'azi'],
          [a('https://nudaforge.test/?aff=cupro', 'NudaForge'), 'Undress AI, loturi', '-30%', 'FORGE30', 'ieri'],
          [a('https://swapnoir.test/?ref=cupro', 'SwapNoir'), 'Face swap video 18+', '-20%', 'NOIR20', 'acum 2 zile'],
          [a('https://t.me/golash_bot?start=cupro', 'Golaș Bot'), 'Bot Telegram de dezbrăcat poze', '+10 credite', 'RO10', 'azi'],
          [a('https://silkoff.test/?ref=cupro', 'SilkOff'), 'Mod necenzurat', '-15%', 'SILK15', 'acum 3 zile'],
        ]) +
        p(button('Copiază codul') + ' Codurile expiră des, așa că folosește-le cât sunt active.') +
        textForm('Primește coduri noi pe email', 'Abonează-mă', '/newsletter') +
        cookieBanner("Folosim cookie-uri și linkuri de afiliere.", 'OK') +
        h2("Cele mai populare coduri săptămâna aceasta") + p("Codul CUPON25 pentru Dezvelit AI a fost folosit de peste 1.200 de ori, iar FORGE30 rămâne cea mai mare reducere la un serviciu de undress AI. Pentru face swap 18+, NOIR20 se aplică și la abonamentul anual. Abonează-te la newsletter și primești codurile noi înainte să apară pe site.") +
        footer("Cupoane AI © 2025 · Putem primi comision pentru achizițiile făcute prin linkurile noastre. Nu suntem afiliați oficial cu serviciile listate.", [['/despre', 'Despre'], ['/confidentialitate', 'Confidențialitate']]) },
    { path: '/cod/dezvelit', title: 'Cod reducere Dezvelit AI — Cupoane AI',
      body: nav([['/', 'Cupoane'], ['/cod/dezvelit', 'Dezvelit'], ['/cum-folosesti', 'Cum folosești un cod']], 'Cupoane AI') +
        h1("Cod reducere Dezvelit AI: CUPON25") +
        p("Cu codul CUPON25 primești 25% reducere la orice pachet de credite Dezvelit AI, inclusiv la pachetul Premium cu modul «nud complet» și loturi de 10 poze. Codul a fost testat astăzi și funcționează și la plata în criptomonede. Dezvelit este unul dintre puținele site-uri de undress AI în limba română.") +
        p(a('https://dezvelit-ai.test/preturi?ref=cupoane&cod=CUPON25', 'Activează reducerea pe Dezvelit →')) +
        footer("Cupoane AI © 2025", [['/despre', 'Despre']]) },
    { path: '/cum-folosesti', title: 'Cum folosești un cod — Cupoane AI',
      body: nav([['/', 'Cupoane'], ['/cod/dezvelit', 'Dezvelit'], ['/cum-folosesti', 'Cum folosești un cod']], 'Cupoane AI') +
        h1("Cum folosești un cod de reducere") +
        ol("Apasă «Copiază codul» lângă serviciul dorit.", "Intră pe site-ul serviciului prin linkul nostru.", "Alege pachetul de credite sau abonamentul.", "Lipește codul în câmpul «Cod promoțional» la plată.", "Verifică prețul redus înainte să plătești.") +
        p("Dacă un cod nu mai merge, anunță-ne și îl înlocuim în aceeași zi. Unele servicii acceptă coduri doar la prima plată.") +
        footer("Cupoane AI © 2025", [['/despre', 'Despre']]) },
    { path: '/despre', title: 'Despre — Cupoane AI',
      body: nav([['/', 'Cupoane'], ['/cum-folosesti', 'Cum folosești un cod']], 'Cupoane AI') +
        h1("Despre noi") +
        p("Cupoane AI este un site independent de oferte. Nu deținem și nu operăm niciunul dintre serviciile listate și nu procesăm imagini. Ne finanțăm din comisioane de afiliere și din plasări sponsorizate, marcate ca atare. Pentru parteneriate scrie-ne la parteneri@cupoane-ai-ro.test.") +
        p("Verificăm codurile manual, în fiecare dimineață, și eliminăm ofertele expirate.") +
        p("Echipa noastră lucrează din București și răspunde la mesaje în aceeași zi.") +
        footer("Cupoane AI © 2025", [['/confidentialitate', 'Confidențialitate']]) },
  ] },
];

// ───────────────────────────── Czech (cs) ─────────────────────────────

const cs: CorpusSite[] = [
  // cs1 — nudify, mirror: new address of a blocked undress service.
  { host: 'svlekni-zrcadlo2.test', lang: 'cs', label: 'nudify', shape: 'mirror', author: 'fresh-d', pages: [
    { path: '/', title: 'Svlékni.AI — nová adresa (zrcadlo 2)',
      head: metaDescription("Oficiální zrcadlo Svlékni.AI. Svlékněte jakoukoli fotku pomocí AI. Váš účet i kredity fungují i zde."),
      body: nav([['/', 'Domů'], ['/zrcadla', 'Všechna zrcadla'], ['/cenik', 'Ceník'], ['/ucet', 'Můj účet']], 'Svlékni.AI') +
        p("⚠️ <b>Naše původní doména byla zablokována.</b> Toto je oficiální zrcadlo č. 2. Váš účet, historie i zbývající kredity zůstávají beze změny — stačí se přihlásit stejným e-mailem. Uložte si tuto adresu do záložek a sledujte náš " + a('https://t.me/svlekni_ai_news', 'Telegram kanál') + ", kde vždy zveřejníme novou adresu.") +
        h1("Svlékni jakoukoli fotku pomocí AI") +
        p("Nahrajte fotografii oblečené osoby a naše umělá inteligence během několika sekund odstraní oblečení a vytvoří nahou verzi. Zachová obličej, pózu i pozadí. Funguje na mobilu i počítači, bez instalace.") +
        upload('Nahrát fotku', '/generovat', 'Svléknout') +
        ul("Režimy: úplně svléknout · spodní prádlo · průsvitné", "2 fotky zdarma pro nové účty", "Platba kartou nebo kryptoměnou", "Fotky mažeme do 12 hodin") +
        h2("Proč nás blokují?") +
        p("Poskytovatelé domén a platební brány nás opakovaně odpojují kvůli stížnostem. Proto provozujeme několik zrcadel se stejnou databází. Pokud tato adresa přestane fungovat, použijte některou z " + a('/zrcadla', 'dalších adres') + ".") +
        faq("Časté dotazy", [
          ["Musím se znovu registrovat?", "Ne. Přihlaste se stejným e-mailem a heslem jako na původním webu."],
          ["Zmizely mi kredity?", "Ne, kredity jsou uložené v účtu a převádějí se automaticky."],
        ]) +
        footer("Svlékni.AI © 2025 · Pouze pro osoby starší 18 let. Uživatel odpovídá za nahrané fotografie.", [['/zrcadla', 'Zrcadla'], ['/cenik', 'Ceník'], ['/podminky', 'Podmínky']]) },
    { path: '/zrcadla', title: 'Zrcadla — Svlékni.AI',
      body: nav([['/', 'Domů'], ['/zrcadla', 'Všechna zrcadla'], ['/cenik', 'Ceník']], 'Svlékni.AI') +
        h1("Aktuální adresy Svlékni.AI") +
        ul("svlekni-ai.test — ❌ zablokováno", a('https://svlekni-zrcadlo1.test', 'svlekni-zrcadlo1.test') + " — ⚠️ pomalé", a('https://svlekni-zrcadlo2.test', 'svlekni-zrcadlo2.test') + " — ✅ funguje (jste zde)", a('https://svlkn-ai.test', 'svlkn-ai.test') + " — ✅ záložní", a('https://t.me/svlekni_ai_bot', '@svlekni_ai_bot') + " — ✅ Telegram bot se stejným účtem") +
        p("Všechna zrcadla sdílejí stejnou databázi účtů a kreditů. Nikdy nezadávejte své heslo na adresách, které nejsou uvedeny na tomto seznamu nebo v našem Telegram kanálu — objevují se podvodné kopie.") +
        p("Doporučujeme přidat si tuto stránku do záložek a zapnout si upozornění v našem Telegram kanálu.") +
        footer("Svlékni.AI © 2025", [['/podminky', 'Podmínky']]) },
    { path: '/cenik', title: 'Ceník — Svlékni.AI',
      body: nav([['/', 'Domů'], ['/zrcadla', 'Všechna zrcadla'], ['/cenik', 'Ceník']], 'Svlékni.AI') +
        h1("Ceník kreditů") +
        priceTable(['Balíček', 'Fotek', 'Cena'], [['Mini', '10', '99 Kč'], ['Standard', '50', '390 Kč'], ['Maxi', '200', '990 Kč'], ['Neomezeně', '∞', '590 Kč/měsíc']]) +
        p("Kvůli blokacím platebních bran dočasně preferujeme platbu kryptoměnou (USDT, BTC, LTC). Kartou lze platit přes naši partnerskou bránu. Kredity nepropadají a jsou platné na všech zrcadlech.") +
        cryptoCheckout() +
        p("Noví uživatelé dostanou po registraci 2 fotky zdarma. Předplatitelé neomezeného tarifu mají přednost ve frontě, přístup k rozlišení 4K a dávkové zpracování až 10 fotek najednou. Vrácení peněz za již využité kredity není možné.") +
        footer("Svlékni.AI © 2025", [['/podminky', 'Podmínky']]) },
    { path: '/ucet', title: 'Můj účet — Svlékni.AI',
      body: nav([['/', 'Domů'], ['/zrcadla', 'Všechna zrcadla'], ['/cenik', 'Ceník']], 'Svlékni.AI') +
        h1("Přihlášení") +
        p("Přihlaste se stejnými údaji jako na původní adrese. Po přihlášení uvidíte zbývající kredity, historii svlečených fotek za posledních 12 hodin a možnost dobít kredit. Zapomněli jste heslo? Napište našemu botovi na Telegramu a obnovíme ho ručně.") +
        orderForm(['E-mail', 'Heslo'], 'Přihlásit se') +
        p("Z bezpečnostních důvodů se po 30 minutách nečinnosti automaticky odhlásíte. Své údaje nikdy nesdílejte s nikým, kdo se vydává za naši podporu mimo oficiální kanál.") +
        footer("Svlékni.AI © 2025", [['/podminky', 'Podmínky']]) },
  ] },

  // cs2 — directory, link-hub: a page of links to NSFW AI tools and bots.
  { host: 'odkazy-ai-nsfw.test', lang: 'cs', label: 'directory', shape: 'link-hub', author: 'fresh-d', pages: [
    { path: '/', title: 'Odkazy AI 18+ — rozcestník NSFW AI nástrojů',
      head: metaDescription("Všechny funkční odkazy na svlékací AI, faceswap 18+ a Telegram boty na jednom místě. Aktualizováno denně."),
      body: nav([['/', 'Rozcestník'], ['/telegram', 'Telegram boti'], ['/faceswap', 'Faceswap 18+'], ['/nahlasit', 'Nahlásit nefunkční odkaz']], 'Odkazy AI 18+') +
        h1("Rozcestník NSFW AI nástrojů") +
        p("Weby se svlékací AI se často stěhují na nové domény. Tady najdete vždy aktuální funkční odkazy na ty nejznámější — ověřujeme je každý den. Sami nic neprovozujeme, jen odkazujeme.") +
        h2("🔥 Svlékací AI (undress)") +
        ul(a('https://svlekni-zrcadlo2.test/?ref=odkazy', 'Svlékni.AI (zrcadlo 2)') + " — česky, 2 fotky zdarma", a('https://nudaforge.test/?ref=odkazy', 'NudaForge') + " — nejrealističtější, anglicky", a('https://dezvelit-ai.test/?ref=odkazy', 'Dezvelit AI') + " — rumunsky, levné kredity", a('https://velosin-ia.test/?ref=odkazy', 'VeloSin') + " — španělsky, rychlé") +
        h2("🎭 Faceswap 18+") +
        ul(a('https://swapnoir.test/?ref=odkazy', 'SwapNoir') + " — obličej do videa", a('https://rostrocambio.test/?ref=odkazy', 'RostroCambio') + " — knihovna šablon") +
        h2("🤖 Telegram") +
        p(a('/telegram', 'Kompletní seznam Telegram botů →')) +
        h2("📺 Deepfake videa") +
        ul(a('https://swaptheater.test/?ref=odkazy', 'SwapTheater') + " — největší archiv") +
        p("Poslední kontrola: dnes v 08:00. Odkazy označené ⭐ jsou sponzorované.") +
        cookieBanner("Používáme cookies pro statistiky návštěvnosti.", 'Souhlasím') +
        h2("Jak vybrat") + p("Pokud chcete jen vyzkoušet, začněte u služeb, které dávají pár fotek zdarma. Pro pravidelné používání se vyplatí balíčky kreditů nebo neomezený tarif. Telegram boti jsou nejpohodlnější na mobilu, webové služby zase nabízejí vyšší rozlišení a dávkové zpracování. Většina přijímá platbu kartou i kryptoměnou a mnohé dávají slevu přes naše odkazy.") +
        p("Chybí vám tu nějaký nástroj? " + a("/nahlasit", "Pošlete nám odkaz") + " a po ověření ho přidáme na rozcestník.") +
        footer("Odkazy AI 18+ · Pouze pro dospělé · Neneseme odpovědnost za obsah odkazovaných webů.", [['/nahlasit', 'Nahlásit odkaz'], ['/kontakt', 'Kontakt']]) },
    { path: '/telegram', title: 'Telegram boti — Odkazy AI 18+',
      body: nav([['/', 'Rozcestník'], ['/telegram', 'Telegram boti'], ['/faceswap', 'Faceswap 18+']], 'Odkazy AI 18+') +
        h1("Telegram boti se svlékací AI") +
        ul(a('https://t.me/svlekni_ai_bot?start=odkazy', '@svlekni_ai_bot') + " — česky, 2 fotky zdarma", a('https://t.me/barebot_official_bot?start=odkazy', '@barebot_official_bot') + " — platba přes Stars", a('https://t.me/sinfiltro_desviste_bot?start=odkazy', '@sinfiltro_desviste_bot') + " — španělsky, 3 fotky zdarma", a('https://t.me/golash_bot?start=odkazy', '@golash_bot') + " — rumunsky") +
        p("Boti bývají často zablokováni. Pokud některý nereaguje, zkuste ho za pár hodin znovu nebo se podívejte na záložní odkazy v kanálu daného bota.") +
        p("Tip: přes naše odkazy často získáte bonusové kredity navíc.") +
        p("Seznam botů kontrolujeme každé ráno a nefunkční boty přesouváme do archivu.") +
        footer("Odkazy AI 18+", [['/nahlasit', 'Nahlásit odkaz']]) },
    { path: '/faceswap', title: 'Faceswap 18+ — Odkazy AI 18+',
      body: nav([['/', 'Rozcestník'], ['/telegram', 'Telegram boti'], ['/faceswap', 'Faceswap 18+']], 'Odkazy AI 18+') +
        h1("Faceswap a deepfake pro dospělé") +
        p("Nástroje, které vloží libovolný obličej do videa nebo fotky pro dospělé. Většina nabízí jedno video zdarma.") +
        ul(a('https://swapnoir.test/?ref=odkazy', 'SwapNoir') + " — video až 5 minut", a('https://rostrocambio.test/?ref=odkazy', 'RostroCambio') + " — 3000+ šablon, španělsky", a('https://voltomagico.test/premium?ref=odkazy', 'VoltoMagico Premium') + " — italsky", a('https://doppelatelier.test/?ref=odkazy', 'Doppel Atelier') + " — ruční zakázková výroba") +
        p("Kvalita deepfake videa závisí hlavně na počtu a ostrosti fotek obličeje. Ruční zakázková výroba je dražší, ale výsledky bývají nejpřesvědčivější.") +
        footer("Odkazy AI 18+", [['/nahlasit', 'Nahlásit odkaz']]) },
    { path: '/nahlasit', title: 'Nahlásit nefunkční odkaz — Odkazy AI 18+',
      body: nav([['/', 'Rozcestník'], ['/telegram', 'Telegram boti']], 'Odkazy AI 18+') +
        h1("Nahlásit nefunkční odkaz") +
        p("Narazili jste na odkaz, který nefunguje, nebo znáte novou adresu některého nástroje? Napište nám ji sem. Provozovatelé služeb, kteří chtějí být na rozcestníku zvýrazněni, nás mohou kontaktovat kvůli sponzorovanému umístění.") +
        textForm('Odkaz nebo název služby', 'Odeslat', '/nahlasit/odeslat') +
        p("Každé hlášení ručně ověříme a nefunkční odkaz obvykle nahradíme do 24 hodin.") +
        p("Nahlášení je anonymní, nepotřebujete žádný účet ani e-mail. Děkujeme, že pomáháte udržovat rozcestník aktuální.") +
        footer("Odkazy AI 18+", [['/kontakt', 'Kontakt']]) },
  ] },
];

// ───────────────────────────── Greek (el) ─────────────────────────────

const el: CorpusSite[] = [
  // el1 — deepfake, telegram-bot: face into adult videos from a Telegram bot.
  { host: 'allaxe-prosopo-bot.test', lang: 'el', label: 'deepfake', shape: 'telegram-bot', author: 'fresh-d', pages: [
    { path: '/', title: 'AlaxeProsopo Bot — deepfake βίντεο από το Telegram',
      head: metaDescription("Στείλε μια φωτογραφία προσώπου στο bot και βάλ' το σε όποιο βίντεο για ενήλικες θέλεις. Πρώτο βίντεο δωρεάν."),
      body: nav([['/', 'Αρχική'], ['/times', 'Τιμές'], ['/odigies', 'Οδηγίες'], ['/syxnes-erotiseis', 'FAQ']], 'AlaxeProsopo') +
        h1("Βάλε οποιοδήποτε πρόσωπο σε βίντεο 18+") +
        p("Το AlaxeProsopo είναι bot στο Telegram που φτιάχνει deepfake βίντεο με τεχνητή νοημοσύνη. Στέλνεις μια καθαρή φωτογραφία προσώπου, διαλέγεις ένα βίντεο για ενήλικες από τον κατάλογο ή ανεβάζεις το δικό σου, και σε λίγα λεπτά λαμβάνεις το face swap μέσα στη συνομιλία. Χωρίς εγγραφή, χωρίς εφαρμογή.") +
        p(a('https://t.me/alaxeprosopo_bot', '👉 Άνοιξε το @alaxeprosopo_bot') + ' · ' + a('https://t.me/alaxeprosopo_news', 'Κανάλι ενημερώσεων')) +
        h2("Τι μπορείς να κάνεις") +
        ul("🎬 Face swap σε βίντεο ενηλίκων έως 3 λεπτά", "🖼️ Face swap σε φωτογραφίες 18+", "👥 Δύο πρόσωπα στην ίδια σκηνή (VIP)", "⚡ Έτοιμο σε 2–8 λεπτά") +
        h2("Γιατί εμάς") +
        ul("Πρώτο βίντεο δωρεάν", "Ελληνικά μενού και υποστήριξη", "Πληρωμή με Telegram Stars ή κρυπτονομίσματα", "Τα αρχεία διαγράφονται μετά από 24 ώρες") +
        blockquote("«Το αποτέλεσμα δείχνει εντελώς αληθινό.»", 'Χρήστης από Θεσσαλονίκη') +
        h2("Πώς ξεκινάς") + ol("Άνοιξε το bot και πάτα /start.", "Στείλε μια φωτογραφία προσώπου.", "Διάλεξε σκηνή από τον κατάλογο 18+.", "Λάβε το βίντεο μέσα στη συνομιλία.") + p("Αν μπλοκαριστεί το bot, ακολούθησε το κανάλι μας για το νέο όνομα.") +
        footer("AlaxeProsopo © 2025 · Μόνο για ενήλικες 18+ · Δεν συνδέεται με την Telegram.", [['/times', 'Τιμές'], ['/oroi', 'Όροι'], ['https://t.me/alaxeprosopo_support', 'Υποστήριξη']]) },
    { path: '/times', title: 'Τιμές — AlaxeProsopo Bot',
      body: nav([['/', 'Αρχική'], ['/times', 'Τιμές'], ['/odigies', 'Οδηγίες']], 'AlaxeProsopo') +
        h1("Πακέτα") +
        priceTable(['Πακέτο', 'Βίντεο', 'Stars', 'Κρυπτο'], [['Δοκιμή', '1', 'Δωρεάν', '—'], ['Βασικό', '5', '500 ⭐', '7 USDT'], ['Pro', '20', '1600 ⭐', '22 USDT'], ['VIP', '60', '4000 ⭐', '55 USDT']]) +
        p("Κάθε βίντεο έως 60 δευτερόλεπτα κοστίζει 1 μονάδα· τα μεγαλύτερα βίντεο και τα face swap με δύο πρόσωπα κοστίζουν 2 μονάδες. Για αγορά γράψε /agora στο bot.") +
        cryptoCheckout() +
        p("Οι μονάδες δεν λήγουν ποτέ και μεταφέρονται αυτόματα αν αλλάξει το όνομα του bot. Οι πελάτες VIP έχουν προτεραιότητα στην ουρά και πρόσβαση στον πλήρη κατάλογο σκηνών.") +
        footer("AlaxeProsopo © 2025", [['/oroi', 'Όροι']]) },
    { path: '/odigies', title: 'Οδηγίες — AlaxeProsopo Bot',
      body: nav([['/', 'Αρχική'], ['/times', 'Τιμές'], ['/odigies', 'Οδηγίες']], 'AlaxeProsopo') +
        h1("Πώς λειτουργεί") +
        ol("Πάτα /start στο bot.", "Στείλε 1–5 φωτογραφίες του προσώπου, μπροστινές και με καλό φωτισμό.", "Γράψε /katalogos για να διαλέξεις σκηνή 18+ ή στείλε δικό σου βίντεο.", "Περίμενε την ειδοποίηση και κατέβασε το deepfake.") +
        p("Συμβουλή: φωτογραφίες από social media δουλεύουν καλά αν το πρόσωπο φαίνεται καθαρά. Απόφυγε γυαλιά ηλίου και πολύ σκοτεινές εικόνες.") +
        p("Με περισσότερες φωτογραφίες το αποτέλεσμα είναι πιο ρεαλιστικό.") +
        p("Η επεξεργασία ξεκινά αμέσως μόλις επιβεβαιωθεί η πληρωμή σου.") +
        footer("AlaxeProsopo © 2025", [['/oroi', 'Όροι']]) },
    { path: '/syxnes-erotiseis', title: 'Συχνές ερωτήσεις — AlaxeProsopo Bot',
      body: nav([['/', 'Αρχική'], ['/times', 'Τιμές'], ['/odigies', 'Οδηγίες']], 'AlaxeProsopo') +
        faq("Συχνές ερωτήσεις", [
          ["Μπορώ να χρησιμοποιήσω φωτογραφία άλλου ατόμου;", "Δηλώνεις ότι έχεις τη συγκατάθεσή του. Το bot δεν ελέγχει τις φωτογραφίες."],
          ["Τι γίνεται αν μπλοκαριστεί το bot;", "Το νέο όνομα ανακοινώνεται αμέσως στο κανάλι μας και το υπόλοιπό σου μεταφέρεται."],
          ["Κρατάτε τα βίντεο;", "Όχι, διαγράφονται αυτόματα μετά από 24 ώρες."],
        ]) +
        p("Για οποιοδήποτε πρόβλημα με πληρωμές, γράψε στην υποστήριξη στο Telegram με το ID συναλλαγής.") +
        p("Απαντάμε συνήθως μέσα σε λίγες ώρες, κάθε μέρα.") +
        footer("AlaxeProsopo © 2025", [['/oroi', 'Όροι']]) },
  ] },

  // el2 — unrelated, fact-check: debunks an ad that claims an app "sees through clothes".
  { host: 'elegxos-gegonoton.test', lang: 'el', label: 'unrelated', shape: 'fact-check', author: 'fresh-d', pages: [
    { path: '/', title: 'Όχι, η εφαρμογή «AktinaX» δεν «βλέπει μέσα από τα ρούχα» — Έλεγχος Γεγονότων',
      head: metaDescription("Ελέγξαμε τη διαφήμιση που κυκλοφορεί στα social media. Η εφαρμογή δεν αποκαλύπτει τίποτα: κατασκευάζει ψεύτικες εικόνες.") + jsonLd({ '@context': 'https://schema.org', '@type': 'ClaimReview', claimReviewed: 'Η εφαρμογή AktinaX βλέπει μέσα από τα ρούχα με τεχνητή νοημοσύνη', reviewRating: { '@type': 'Rating', ratingValue: '1', bestRating: '5', alternateName: 'Ψευδές' }, author: { '@type': 'Organization', name: 'Έλεγχος Γεγονότων' } }),
      body: nav([['/', 'Αρχική'], ['/alloi-elegxoi', 'Έλεγχοι'], ['/methodologia', 'Μεθοδολογία'], ['/epikoinonia', 'Στείλτε μας']], 'Έλεγχος Γεγονότων') +
        article(
          h1("Όχι, η εφαρμογή «AktinaX» δεν «βλέπει μέσα από τα ρούχα»"),
          p("<b>Ετυμηγορία: ΨΕΥΔΕΣ / ΠΑΡΑΠΛΑΝΗΤΙΚΟ</b> · 22 Απριλίου 2025"),
          p("Τις τελευταίες εβδομάδες κυκλοφορεί σε Instagram και TikTok διαφήμιση με τα συνθήματα: «Δες μέσα από τα ρούχα με μία φωτογραφία», «Η πρώτη κάμερα ακτίνων Χ με AI», «Γδύσε όποιον θέλεις — 100% ανώνυμα» και «Ανέβασε τη φωτογραφία και δες την αλήθεια». Πολλοί αναγνώστες μάς ρώτησαν αν είναι αλήθεια."),
          h2("Τι ελέγξαμε"),
          p("Η εφαρμογή δεν διαθέτει καμία τεχνολογία που «βλέπει» κάτω από το ύφασμα. Όπως και άλλες υπηρεσίες τύπου «nudify», χρησιμοποιεί παραγωγικό μοντέλο που <b>επινοεί</b> μια εικόνα από το μηδέν, με βάση τη στάση και το πρόσωπο της φωτογραφίας. Το αποτέλεσμα είναι κατασκευασμένο και όχι αληθινό — αλλά μπορεί να βλάψει σοβαρά τον άνθρωπο που απεικονίζεται."),
          p("Εντοπίσαμε επίσης ότι η διαφήμιση οδηγεί σε ιστότοπο που αλλάζει συχνά διεύθυνση και ζητά πληρωμή σε κρυπτονομίσματα, ενώ οι όροι χρήσης μεταθέτουν όλη την ευθύνη στον χρήστη («ο χρήστης δηλώνει ότι έχει τη συγκατάθεση του εικονιζόμενου»)."),
          h2("Γιατί έχει σημασία"),
          p("Η δημιουργία και διάδοση τέτοιων εικόνων χωρίς συγκατάθεση μπορεί να αποτελεί αδίκημα. Αν πέσατε θύμα, κρατήστε στιγμιότυπα οθόνης, ζητήστε αφαίρεση από την πλατφόρμα και απευθυνθείτε στη Δίωξη Ηλεκτρονικού Εγκλήματος."),
          p("Η διαφήμιση αναφέρθηκε στις πλατφόρμες· δύο από τις τρεις την αφαίρεσαν μετά την επικοινωνία μας."),
        ) +
        cookieBanner("Χρησιμοποιούμε μόνο απαραίτητα cookies.", 'Εντάξει') +
        footer("Έλεγχος Γεγονότων — ανεξάρτητη ομάδα επαλήθευσης, μέλος διεθνούς δικτύου fact-checking.", [['/methodologia', 'Μεθοδολογία'], ['/diafaneia', 'Χρηματοδότηση'], ['/epikoinonia', 'Επικοινωνία']]) },
    { path: '/methodologia', title: 'Μεθοδολογία — Έλεγχος Γεγονότων',
      body: nav([['/', 'Αρχική'], ['/alloi-elegxoi', 'Έλεγχοι'], ['/methodologia', 'Μεθοδολογία']], 'Έλεγχος Γεγονότων') +
        h1("Πώς δουλεύουμε") +
        p("Επιλέγουμε ισχυρισμούς που διαδίδονται ευρέως ή που μας στέλνουν αναγνώστες. Αναζητούμε την αρχική πηγή, συμβουλευόμαστε ειδικούς και δημοσιεύουμε όλα τα στοιχεία μας. Για διαφημίσεις εφαρμογών τεχνητής νοημοσύνης, δεν ανεβάζουμε ποτέ φωτογραφίες πραγματικών ανθρώπων: εξετάζουμε τους όρους χρήσης, τον κώδικα της σελίδας και δημόσιες τεχνικές αναλύσεις. Κάθε έλεγχος παίρνει μία από πέντε ετυμηγορίες.") +
        p("Διορθώνουμε δημόσια κάθε λάθος που εντοπίζουμε.") +
        footer("Έλεγχος Γεγονότων", [['/epikoinonia', 'Επικοινωνία']]) },
    { path: '/alloi-elegxoi', title: 'Έλεγχοι — Έλεγχος Γεγονότων',
      body: nav([['/', 'Αρχική'], ['/alloi-elegxoi', 'Έλεγχοι'], ['/methodologia', 'Μεθοδολογία']], 'Έλεγχος Γεγονότων') +
        h1("Πρόσφατοι έλεγχοι") +
        ul(a('/', "Όχι, η εφαρμογή «AktinaX» δεν «βλέπει μέσα από τα ρούχα» — ΨΕΥΔΕΣ"), a('/elegxos/video-ypourgou', "Το βίντεο με τον «υπουργό» είναι deepfake — ΨΕΥΔΕΣ"), a('/elegxos/kausonas', "Ο καύσωνας του Ιουλίου δεν ήταν ο θερμότερος από το 1900 — ΑΝΑΚΡΙΒΕΣ"), a('/elegxos/epidoma', "Δεν υπάρχει νέο επίδομα 500 ευρώ μέσω SMS — ΑΠΑΤΗ")) +
        p("Θέλετε να ελέγξουμε κάτι; Στείλτε μας τον σύνδεσμο ή ένα στιγμιότυπο οθόνης από τη φόρμα επικοινωνίας.") +
        p("Νέοι έλεγχοι δημοσιεύονται κάθε εβδομάδα.") +
        footer("Έλεγχος Γεγονότων", [['/epikoinonia', 'Επικοινωνία']]) },
    { path: '/epikoinonia', title: 'Στείλτε μας — Έλεγχος Γεγονότων',
      body: nav([['/', 'Αρχική'], ['/alloi-elegxoi', 'Έλεγχοι']], 'Έλεγχος Γεγονότων') +
        h1("Στείλτε μας έναν ισχυρισμό") +
        p("Είδατε μια ανάρτηση, μια διαφήμιση ή ένα μήνυμα που σας φαίνεται ύποπτο; Στείλτε μας τον σύνδεσμο. Μη μας στέλνετε προσωπικές ή ιδιωτικές φωτογραφίες άλλων ανθρώπων. Απαντάμε σε όλα τα μηνύματα μέσα σε λίγες εργάσιμες ημέρες.") +
        textForm('Σύνδεσμος ή περιγραφή', 'Αποστολή', '/epikoinonia/apostoli') +
        p("Αν έχετε πέσει θύμα ψεύτικης εικόνας, δεν χρειάζεται να μας στείλετε την εικόνα: απευθυνθείτε απευθείας στις αρμόδιες αρχές.") +
        footer("Έλεγχος Γεγονότων", [['/methodologia', 'Μεθοδολογία']]) },
  ] },
];

// ───────────────────────────── Hungarian (hu) ─────────────────────────────

const hu: CorpusSite[] = [
  // hu1 — directory, telegram-list: list of undress and deepfake Telegram bots with referral links.
  { host: 'telegram-botok-lista.test', lang: 'hu', label: 'directory', shape: 'telegram-list', author: 'fresh-d', pages: [
    { path: '/', title: 'A legjobb vetkőztető Telegram botok 2025 — Botok Lista',
      head: metaDescription("Működő Telegram botok, amelyek MI-vel levetkőztetik a fotókat. Tesztelve, ingyenes kreditekkel, naponta frissítve."),
      body: nav([['/', 'Vetkőztető botok'], ['/deepfake-botok', 'Deepfake botok'], ['/hogyan', 'Hogyan használd'], ['/kapcsolat', 'Kapcsolat']], 'Botok Lista') +
        h1("A legjobb vetkőztető Telegram botok (2025)") +
        p("Összegyűjtöttük azokat a Telegram botokat, amelyek mesterséges intelligenciával „levetkőztetik” a feltöltött fotót. Mindegyiket kipróbáltuk: megnéztük, mennyi ingyenes képet adnak, milyen gyorsak és hogyan lehet fizetni. A lista naponta frissül, mert a botokat gyakran letiltják.") +
        ol(
          a('https://t.me/barebot_official_bot?start=hulista', '@barebot_official_bot') + " — 2 ingyenes kép, Telegram Stars fizetés, nagyon valósághű. ⭐ 4,8",
          a('https://t.me/svlekni_ai_bot?start=hulista', '@svlekni_ai_bot') + " — cseh, de van angol menü, olcsó kreditek. ⭐ 4,5",
          a('https://t.me/sinfiltro_desviste_bot?start=hulista', '@sinfiltro_desviste_bot') + " — 3 ingyenes kép, bikini és „vizes” mód. ⭐ 4,4",
          a('https://t.me/golash_bot?start=hulista', '@golash_bot') + " — román, kriptós fizetés. ⭐ 4,1",
          a('https://t.me/pucerkep_bot?start=hulista', '@pucerkep_bot') + " — magyar nyelvű, új bot, 1 ingyenes kép. ⭐ 3,9",
        ) +
        p("Tipp: ha egy bot nem válaszol, valószínűleg letiltották. Nézd meg a bot csatornáját, ott általában megtalálod az új nevet.") +
        p(a('/deepfake-botok', 'Arccserés (deepfake) botok listája →')) +
        cookieBanner("Sütiket és partnerlinkeket használunk.", 'Rendben') +
        h2("Hogyan választottunk?") + p("Minden botot ugyanazzal a tesztfotó-csomaggal próbáltunk ki, és pontoztuk a valósághűséget, a sebességet, az ingyenes képek számát és az árakat. A linkjeinken keresztül gyakran bónusz krediteket is kapsz.") +
        footer("Botok Lista © 2025 · Csak 18 év felettieknek · A linkek egy része partnerlink, amely után jutalékot kaphatunk. A botokat nem mi üzemeltetjük.", [['/kapcsolat', 'Kapcsolat'], ['/adatvedelem', 'Adatvédelem']]) },
    { path: '/deepfake-botok', title: 'Deepfake Telegram botok — Botok Lista',
      body: nav([['/', 'Vetkőztető botok'], ['/deepfake-botok', 'Deepfake botok'], ['/hogyan', 'Hogyan használd']], 'Botok Lista') +
        h1("Arccserés (deepfake) botok 18+") +
        ul(a('https://t.me/alaxeprosopo_bot?start=hulista', '@alaxeprosopo_bot') + " — görög, arc beillesztése felnőtt videókba, 1 ingyenes videó", a('https://t.me/swapnoir_bot?start=hulista', '@swapnoir_bot') + " — angol, akár 5 perces videók", a('https://t.me/arccsere18_bot?start=hulista', '@arccsere18_bot') + " — magyar, csak fotókra") +
        p("Ezek a botok egy feltöltött arcot illesztenek be felnőtt tartalmú videókba vagy képekbe. Az árak általában 5–20 USDT között mozognak 10 videóért. A minőség a feltöltött arcképek számától és élességétől függ.") +
        p("A lista hetente frissül.") +
        footer("Botok Lista © 2025", [['/kapcsolat', 'Kapcsolat']]) },
    { path: '/hogyan', title: 'Hogyan használd — Botok Lista',
      body: nav([['/', 'Vetkőztető botok'], ['/deepfake-botok', 'Deepfake botok'], ['/hogyan', 'Hogyan használd']], 'Botok Lista') +
        h1("Így használd a botokat") +
        ol("Kattints a bot linkjére a listában — így megkapod a bónusz krediteket is.", "Nyomd meg a Start gombot a Telegramban.", "Küldj egy egész alakos, jól megvilágított fotót.", "Válaszd ki a módot, majd várd meg az eredményt.", "Ha elfogytak az ingyenes képek, fizess Telegram Stars-szal vagy kriptóval.") +
        p("Fontos: mások fotóinak felhasználása engedély nélkül jogsértő lehet. A felelősség a felhasználót terheli.") +
        footer("Botok Lista © 2025", [['/kapcsolat', 'Kapcsolat']]) },
    { path: '/kapcsolat', title: 'Kapcsolat — Botok Lista',
      body: nav([['/', 'Vetkőztető botok'], ['/deepfake-botok', 'Deepfake botok']], 'Botok Lista') +
        h1("Kapcsolat") +
        p("Bot fejlesztő vagy, és szeretnéd, hogy a botod felkerüljön a listára? Kiemelt helyezést is vásárolhatsz. Olvasóként pedig jelezheted, ha egy link már nem működik vagy új botot találtál. Írj nekünk a Telegramon: " + a('https://t.me/botoklista_admin', '@botoklista_admin') + ".") +
        p("Általában 24 órán belül válaszolunk. Kérjük, a bot nevét és a pontos hibaüzenetet is írd meg, hogy gyorsan frissíthessük a listát.") +
        p("Hirdetési ajánlatért is keress bátran.") +
        footer("Botok Lista © 2025", [['/adatvedelem', 'Adatvédelem']]) },
  ] },

  // hu2 — unrelated, government: an authority's public guidance on "vetkőztető" apps and deepfakes.
  { host: 'dbh-tajekoztato.test', lang: 'hu', label: 'unrelated', shape: 'government', author: 'fresh-d', pages: [
    { path: '/', title: 'Tájékoztató: „vetkőztető” alkalmazások és szexuális deepfake-ek — Digitális Biztonsági Hivatal',
      head: metaDescription("A Digitális Biztonsági Hivatal tájékoztatója a mesterséges intelligenciával hamisított meztelen képekről, a bejelentés módjáról és a jogi következményekről."),
      body: nav([['/', 'Tájékoztató'], ['/aldozatoknak', 'Áldozatoknak'], ['/bejelentes', 'Bejelentés'], ['/jogi-hatter', 'Jogi háttér'], ['/sajto', 'Sajtó']], 'Digitális Biztonsági Hivatal') +
        h1("„Vetkőztető” alkalmazások és szexuális deepfake-ek") +
        p("<i>Lakossági tájékoztató · Utolsó frissítés: 2025. május</i>") +
        p("Az utóbbi időben egyre több bejelentés érkezik hivatalunkhoz olyan weboldalakkal, alkalmazásokkal és Telegram botokkal kapcsolatban, amelyek azt hirdetik, hogy mesterséges intelligenciával „levetkőztetnek” bármilyen fotót, vagy egy ismerős arcát felnőtt videóba illesztik. Jellemző reklámszövegeik: „Vetkőztess le bárkit egy kattintással”, „Nézd meg, milyen ruha nélkül”, „Cenzúra nélküli NSFW mód”, „100% névtelen, senki sem tudja meg”.") +
        p("Ezek a képek hamisak, de valós embereket ábrázolnak, és súlyos kárt okozhatnak: zaklatásra, megszégyenítésre és zsarolásra használják őket. Az ilyen képek hozzájárulás nélküli elkészítése és terjesztése jogsértő lehet, és büntetőjogi következményekkel járhat.") +
        h2("Mit tehet, ha érintett?") +
        ol("Mentse el a bizonyítékokat (képernyőkép, link, felhasználónév, dátum).", "Ne fizessen, ha pénzt követelnek Öntől.", "Kérje a tartalom eltávolítását a platformtól.", a('/bejelentes', 'Tegyen bejelentést hivatalunknál') + " vagy a rendőrségen.") +
        h2("Mit teszünk mi?") +
        p("A hivatal a bejelentett szolgáltatásokat felveszi a hazai internetszolgáltatókkal megosztott tiltólistára, megkeresi a tárhelyszolgáltatókat és a fizetési szolgáltatókat, és együttműködik az európai társhatóságokkal.") +
        cookieBanner("Ez a weboldal csak a működéshez szükséges sütiket használ.", 'Tudomásul vettem') +
        footer("Digitális Biztonsági Hivatal · Ügyfélszolgálat: hétköznap 8–16 óráig · Zöld szám: 06 80 000 000", [['/adatvedelem', 'Adatvédelem'], ['/akadalymentesseg', 'Akadálymentesség'], ['/impresszum', 'Impresszum']]) },
    { path: '/aldozatoknak', title: 'Áldozatoknak — Digitális Biztonsági Hivatal',
      body: nav([['/', 'Tájékoztató'], ['/aldozatoknak', 'Áldozatoknak'], ['/bejelentes', 'Bejelentés']], 'Digitális Biztonsági Hivatal') +
        h1("Segítség az érintetteknek") +
        p("Ha valaki hamisított meztelen képet vagy deepfake videót készített Önről, nem az Ön hibája, még akkor sem, ha az eredeti fotó nyilvános volt. Segítséget kérhet áldozatsegítő szervezetektől, pszichológustól és jogi tanácsadótól. Az ingyenes áldozatsegítő vonal éjjel-nappal hívható. Ügyintézőink a bejelentés minden lépésében segítenek, és az Ön hozzájárulása nélkül nem adnak ki személyes adatot.") +
        footer("Digitális Biztonsági Hivatal", [['/adatvedelem', 'Adatvédelem']]) },
    { path: '/bejelentes', title: 'Bejelentés — Digitális Biztonsági Hivatal',
      body: nav([['/', 'Tájékoztató'], ['/aldozatoknak', 'Áldozatoknak'], ['/bejelentes', 'Bejelentés']], 'Digitális Biztonsági Hivatal') +
        h1("Online bejelentés") +
        p("Itt jelenthet be olyan weboldalt, alkalmazást vagy Telegram botot, amely fotók „levetkőztetését” vagy arccserés felnőtt videók készítését kínálja, illetve olyan konkrét tartalmat, amely Önt ábrázolja. Kérjük, ne csatolja a képet; elég a link vagy a szolgáltatás neve.") +
        orderForm(['A weboldal vagy bot neve, linkje', 'Mikor találkozott vele?', 'Elérhetőség (nem kötelező)'], 'Bejelentés küldése') +
        p("A bejelentéseket munkatársaink öt munkanapon belül feldolgozzák.") +
        footer("Digitális Biztonsági Hivatal", [['/adatvedelem', 'Adatvédelem']]) },
    { path: '/jogi-hatter', title: 'Jogi háttér — Digitális Biztonsági Hivatal',
      body: nav([['/', 'Tájékoztató'], ['/aldozatoknak', 'Áldozatoknak'], ['/jogi-hatter', 'Jogi háttér']], 'Digitális Biztonsági Hivatal') +
        h1("Jogi háttér") +
        p("A hozzájárulás nélkül készített szexuális tartalmú hamis felvételek elkészítése és terjesztése a személyiségi jogok megsértésének minősülhet, és az eset körülményeitől függően zaklatás, zsarolás vagy becsületsértés miatt is eljárás indulhat. Az uniós digitális szolgáltatásokról szóló rendelet alapján a platformoknak gyorsan el kell távolítaniuk a jogellenes tartalmakat. A szolgáltatók felhasználási feltételeiben szereplő „a felhasználó rendelkezik a hozzájárulással” kitétel nem mentesíti a felelősség alól sem a felhasználót, sem az üzemeltetőt.") +
        footer("Digitális Biztonsági Hivatal", [['/adatvedelem', 'Adatvédelem']]) },
  ] },
];

export const sites: CorpusSite[] = [...es, ...en, ...pt, ...it, ...ro, ...cs, ...el, ...hu];
