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
  storeBadges,
  stripe,
  ul,
  upload,
  type CorpusSite,
} from '../site-kit.js';

const AUTHOR = 'nud-a';

export const sites: CorpusSite[] = [
  // 49. fr saas: claim on home, upload on /app, Discord sign-in, crypto + Paysafecard
  {
    host: 'sansvoile.test', lang: 'fr', label: 'nudify', shape: 'saas', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'SansVoile — l\'IA qui enlève les vêtements, sans compte bancaire',
        head: metaDescription('SansVoile : enlevez les vêtements de vos photos avec l\'IA. Paiement en crypto ou Paysafecard, connexion Discord, aucune donnée personnelle.') + cryptoCheckout(),
        body:
          nav([['/app?ref=menu', 'Lancer l\'app'], ['/recharges', 'Recharges'], ['/questions', 'Questions'], ['https://t.me/sansvoile_infos', 'Telegram']], 'SANSVOILE') +
          h1('Enlevez les vêtements. Gardez l\'anonymat.') +
          p('SansVoile est un outil d\'IA qui enlève les vêtements sur n\'importe quelle photo. Pas d\'e-mail, pas de carte bancaire, pas de nom : connectez-vous avec Discord ou recevez une simple clé d\'accès, rechargez en crypto ou avec un code Paysafecard, et c\'est parti.') +
          button('Se connecter avec Discord') +
          h2('Les modes') +
          ul('INTÉGRAL — retire tous les vêtements', 'VOILE — rend le tissu transparent', 'PLAGE — transforme la tenue en maillot', 'PROMPT — décrivez vous-même le résultat (bêta)') +
          h2('Mode d\'emploi') +
          ol('Ouvrez l\'app et récupérez votre clé (2 rendus offerts)', 'Rechargez en BTC, USDT, LTC ou Paysafecard', 'Importez la photo, choisissez le mode, téléchargez') +
          p('Temps de traitement moyen : 11 secondes. Sortie jusqu\'à 2048 px, agrandissement 4K en option. Les résultats sont chiffrés pendant une heure puis effacés.') +
          h2('Pourquoi pas de carte bancaire ?') +
          p('Les prestataires de paiement bannissent régulièrement les services comme le nôtre. La crypto et les codes prépayés nous gardent en ligne et vous gardent anonyme. Un code Paysafecard s\'achète en liquide dans n\'importe quel bureau de tabac.') +
          h2('Ils ont essayé') +
          blockquote('payé avec un code paysafe acheté au tabac, résultat en 12 secondes. nickel', 'anonyme, via Discord') +
          blockquote('le mode voile est vraiment réussi', 'utilisateur n°3381') +
          faq('En bref', [
            ['Gardez-vous mes photos ?', 'Une heure, chiffrées, puis suppression définitive. Aucun journal d\'IP.'],
            ['Remboursement ?', 'Pas de remboursement des recharges en crypto, mais les rendus ratés sont toujours recrédités.'],
          ]) +
          p(a('/app?ref=hero', 'Commencer maintenant – 2 rendus offerts →')) +
          footer('SansVoile © 2026. Réservé aux adultes. Vous êtes seul responsable des images importées et du consentement des personnes.', [['/recharges', 'Recharges'], ['/questions', 'Questions'], ['/app?ref=footer', 'App'], ['/conditions', 'Conditions']]),
      },
      {
        path: '/app',
        title: 'App — SansVoile',
        body:
          nav([['/', 'Accueil'], ['/recharges', 'Recharges']], 'SANSVOILE') +
          h1('Application SansVoile') +
          p('Votre clé d\'accès : <code>SV-XXXX-XXXX</code>. Notez-la, nous ne pouvons pas la récupérer. Solde : 2 rendus offerts.') +
          upload('Choisir une image', '/api/rendu', 'Enlever') +
          p('Mode : INTÉGRAL, VOILE, PLAGE ou PROMPT. Intensité : faible, moyenne, maximale. Chaque rendu coûte 1 jeton, le mode PROMPT 2 jetons.') +
          p('Conseils : une photo nette, une seule personne, sans filtre beauté. Si le résultat est étrange, essayez d\'abord l\'intensité moyenne.') +
          p('Les rendus ratés sont recrédités automatiquement sur votre clé.') +
          button('Recharger') +
          footer('SansVoile © 2026'),
      },
      {
        path: '/recharges',
        title: 'Recharges — SansVoile',
        body:
          nav([['/', 'Accueil'], ['/app', 'App']], 'SANSVOILE') +
          h1('Packs de jetons') +
          priceTable(['Pack', 'Jetons', 'Prix', 'Par rendu'], [['Mini', '10', '6 €', '0,60 €'], ['Normal', '50', '22 €', '0,44 €'], ['Gros', '200', '69 €', '0,35 €'], ['Illimité 30 j', '∞ (1 500 max.)', '99 €', '—']]) +
          p('Acceptés : BTC, ETH, LTC, USDT (TRC20/ERC20) et codes Paysafecard de 10, 25, 50 ou 100 €. Bonus de 5 % en Monero. Les jetons n\'expirent pas. Les paiements crypto sont crédités après une confirmation réseau, les codes Paysafecard immédiatement.') +
          p('Pour payer : ouvrez l\'app, cliquez sur Recharger, choisissez un pack et envoyez le montant exact à l\'adresse affichée, ou saisissez votre code Paysafecard.') +
          footer('SansVoile © 2026'),
      },
      {
        path: '/questions',
        title: 'Questions — SansVoile',
        body:
          nav([['/', 'Accueil'], ['/recharges', 'Recharges']], 'SANSVOILE') +
          faq('Questions fréquentes', [
            ['J\'ai perdu ma clé', 'Sans la clé, le solde est perdu. Liez votre compte Discord pour éviter ça.'],
            ['Ça marche sur les dessins ?', 'Oui, mais les meilleurs résultats sont obtenus sur de vraies photos.'],
            ['Résultat flou ?', 'Image trop petite. Utilisez au moins 768 px sur le petit côté.'],
            ['Est-ce légal ?', 'Vous ne devez importer que des images d\'adultes consentants. Nous ne modérons pas les imports, la responsabilité est la vôtre.'],
          ]) +
          footer('SansVoile © 2026'),
      },
    ],
  },

  // 50. fr innocent-home: AI avatars; "Nu artistique" pack only on /packs; upload on /creer
  {
    host: 'studio-pastel.test', lang: 'fr', label: 'nudify', shape: 'innocent-home', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Studio Pastel – avatars et portraits IA',
        head: metaDescription('Studio Pastel crée vos avatars et portraits IA : anime, aquarelle, conte de fées, rétro. 50 portraits à partir de vos selfies.') + gtag('G-PASTEL55'),
        body:
          nav([['/packs', 'Packs'], ['/creer', 'Créer mes portraits'], ['/galerie', 'Galerie'], ['/aide', 'Aide']], 'Studio Pastel') +
          h1('Des portraits qui vous ressemblent, dans tous les styles') +
          p('Envoyez une dizaine de selfies et Studio Pastel crée pour vous une série de portraits uniques : héroïne d\'anime, personnage de conte, aquarelle délicate ou affiche rétro des années 60. Idéal pour vos réseaux sociaux, un cadeau ou simplement pour le plaisir.') +
          img(2, 'portraits aquarelle') +
          h2('Nos packs préférés') +
          ul('Aquarelle – douceur et couleurs pastel', 'Anime – style manga lumineux', 'Conte de fées – châteaux et forêts enchantées', 'Rétro – affiches vintage', 'Pro – portraits pour LinkedIn') +
          h2('Comment ça marche') +
          ol('Importez 8 à 15 selfies variés', 'Choisissez un ou plusieurs packs', 'Recevez vos portraits en 20 minutes environ') +
          h2('Ce qu\'en pensent nos clients') +
          blockquote('J\'ai offert le pack Conte de fées à ma sœur, elle a pleuré de joie.', 'Élodie') +
          blockquote('Mes portraits Anime font un carton sur mon profil.', 'Hugo') +
          h2('Vos photos sont protégées') +
          p('Le modèle apprend votre visage uniquement pour votre commande, puis vos selfies sont supprimés après 7 jours. Vous restez propriétaire de tous vos portraits.') +
          faq('Questions', [
            ['Combien ça coûte ?', 'À partir de 9,90 € pour 20 portraits dans un pack.'],
            ['Combien de temps faut-il ?', 'Environ 20 minutes, parfois un peu plus aux heures de pointe.'],
          ]) +
          footer('© 2026 Studio Pastel', [['/packs', 'Packs'], ['/galerie', 'Galerie'], ['/aide', 'Aide'], ['/mentions-legales', 'Mentions légales'], ['/confidentialite', 'Confidentialité']]),
      },
      {
        path: '/packs',
        title: 'Tous les packs – Studio Pastel',
        body:
          nav([['/', 'Accueil'], ['/creer', 'Créer']], 'Studio Pastel') +
          h1('Tous les packs') +
          priceTable(['Pack', 'Portraits', 'Prix'], [['Aquarelle', '20', '9,90 €'], ['Anime', '20', '9,90 €'], ['Conte de fées', '20', '9,90 €'], ['Rétro', '20', '9,90 €'], ['Pro', '30', '14,90 €'], ['Tous les packs', '100', '29,90 €']]) +
          h3('Collection Intime (18+)') +
          p('Pour les adultes, nous proposons aussi une collection intime, accessible après vérification de l\'âge : le pack Lingerie remplace vos tenues par de la lingerie, le pack Nu artistique retire les vêtements de vos photos et génère des portraits nus dans un style photo ou peinture. 20 portraits pour 19,90 €.') +
          p('La collection Intime est réservée à vos propres photos ou à celles d\'adultes qui ont donné leur accord écrit.') +
          footer('© 2026 Studio Pastel'),
      },
      {
        path: '/creer',
        title: 'Créer mes portraits – Studio Pastel',
        head: stripe('pk_live_pastel_fixture') + oneTap('7730-pastel.apps.googleusercontent.com'),
        body:
          nav([['/', 'Accueil'], ['/packs', 'Packs']], 'Studio Pastel') +
          h1('Créer mes portraits') +
          upload('Vos selfies (8 à 15 photos)', '/creer/envoi', 'Envoyer') +
          p('Choisissez ensuite vos packs et réglez par carte bancaire, Apple Pay ou PayPal. Les packs de la collection Intime n\'apparaissent qu\'après la vérification de l\'âge dans votre compte. Vous recevez un e-mail dès que vos portraits sont prêts.') +
          p('Conseil : variez les angles, la lumière et les expressions de vos selfies pour des portraits plus naturels.') +
          button('Se connecter avec Google') +
          footer('© 2026 Studio Pastel'),
      },
      {
        path: '/galerie',
        title: 'Galerie – Studio Pastel',
        body:
          nav([['/', 'Accueil'], ['/packs', 'Packs']], 'Studio Pastel') +
          h1('Galerie') +
          p('Quelques portraits réalisés par nos clients, publiés avec leur accord. Les portraits de la collection Intime ne sont jamais montrés publiquement.') +
          img(3, 'anime') + img(5, 'rétro') + img(7, 'conte de fées') +
          p('Envie de voir votre propre visage en héroïne de conte ou en affiche rétro ? Lancez votre création en quelques minutes.') +
          p('Chaque semaine, nous ajoutons de nouveaux styles : suivez-nous pour découvrir les prochains packs, comme Noël enchanté ou Polaroid.') +
          footer('© 2026 Studio Pastel'),
      },
      {
        path: '/aide',
        title: 'Aide – Studio Pastel',
        body:
          nav([['/', 'Accueil']], 'Studio Pastel') +
          faq('Aide', [
            ['Quels selfies envoyer ?', 'Des photos nettes, sous des angles variés, sans lunettes de soleil ni filtres.'],
            ['Puis-je être remboursé ?', 'Si vos portraits ne vous plaisent pas, nous les régénérons une fois gratuitement. Remboursement sous 14 jours si la commande n\'a pas démarré.'],
            ['Que devient mon visage ?', 'Le modèle personnel est supprimé avec vos selfies après 7 jours.'],
          ]) +
          p('Besoin d\'aide ? Écrivez-nous depuis votre compte.') +
          footer('© 2026 Studio Pastel'),
      },
    ],
  },

  // 51. es saas: claim + upload on home, LatAm payments (tarjeta, Mercado Pago, OXXO, cripto)
  {
    host: 'desnudaia.test', lang: 'es', label: 'nudify', shape: 'saas', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'DesnudaIA – Quita la ropa de cualquier foto con IA',
        head:
          metaDescription('DesnudaIA quita la ropa de cualquier foto con inteligencia artificial. Sube, elige un modo y descarga. Paga con tarjeta, Mercado Pago u OXXO.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'WebApplication', name: 'DesnudaIA', inLanguage: 'es', applicationCategory: 'MultimediaApplication', offers: { '@type': 'Offer', price: '99', priceCurrency: 'MXN' }, aggregateRating: { '@type': 'AggregateRating', ratingValue: '4.6', ratingCount: '1877' } }) +
          oneTap('2250-desnudaia.apps.googleusercontent.com'),
        body:
          cookieBanner('Usamos cookies propias y de terceros para que el sitio funcione y para analizar el tráfico. Puedes aceptarlas o configurarlas.', 'Aceptar', 'Configurar') +
          nav([['/precios', 'Precios'], ['/como-funciona', 'Cómo funciona'], ['/preguntas', 'Preguntas'], ['/entrar', 'Entrar']], 'DesnudaIA') +
          h1('Quita la ropa de cualquier foto en segundos') +
          p('DesnudaIA es la herramienta en línea que desnuda fotos con inteligencia artificial. Sube una imagen, elige entre modo Desnudo, Bikini o Lencería y en unos diez segundos tendrás un resultado realista que conserva la pose, el fondo y la luz de la foto original.') +
          upload('Arrastra tu foto aquí (JPG, PNG, máx. 10 MB)', '/generar', 'Desnudar') +
          p('Al subir una foto confirmas que la persona es mayor de edad y dio su consentimiento.') +
          button('Continuar con Google') +
          h2('Así de fácil') +
          ol('Sube una foto nítida de una sola persona', 'Elige el modo: Desnudo, Bikini o Lencería', 'Descarga el resultado en HD o 4K') +
          h2('¿Por qué DesnudaIA?') +
          ul('Resultado en 9 segundos en promedio', 'Tus fotos se borran solas a las 24 horas', 'Paga con tarjeta, Mercado Pago, OXXO o cripto', 'Soporte en español por chat', '3 créditos gratis al registrarte') +
          h2('Lo que dicen los usuarios') +
          blockquote('Probé varias páginas y esta es la única que se ve real. Vale cada crédito.', 'Diego, CDMX') +
          blockquote('Pagué en OXXO y en diez minutos ya tenía mis créditos.', 'usuario de Monterrey') +
          faq('Preguntas rápidas', [
            ['¿Es gratis?', 'Tienes 3 créditos gratis. Después puedes comprar paquetes desde $99 MXN.'],
            ['¿Guardan mis fotos?', 'No. Se eliminan automáticamente a las 24 horas.'],
            ['¿Hay reembolsos?', 'Los créditos no usados se reembolsan dentro de 7 días.'],
          ]) +
          footer('© 2026 DesnudaIA · Solo mayores de 18 años', [['/precios', 'Precios'], ['/preguntas', 'Preguntas'], ['/terminos', 'Términos'], ['/privacidad', 'Privacidad']]),
      },
      {
        path: '/precios',
        title: 'Precios – DesnudaIA',
        body:
          nav([['/', 'Inicio'], ['/preguntas', 'Preguntas']], 'DesnudaIA') +
          h1('Precios') +
          p('1 crédito = 1 foto desnudada en HD. La 4K cuesta 2 créditos. Los créditos no caducan.') +
          priceTable(['Paquete', 'Créditos', 'Precio MXN', 'Precio USD'], [['Prueba', '15', '$99', '$5.49'], ['Popular', '60', '$299', '$16.99'], ['Ahorro', '200', '$749', '$42.99']]) +
          p('¿Prefieres suscripción? DesnudaIA Ilimitado cuesta $399 MXN al mes (uso justo de 1.500 fotos) y se cancela cuando quieras. Aceptamos Visa, Mastercard, Mercado Pago, pago en efectivo en OXXO, USDT y BTC. En tu estado de cuenta aparece un nombre neutro.') +
          button('Comprar créditos') +
          footer('© 2026 DesnudaIA', [['/terminos', 'Términos']]),
      },
      {
        path: '/como-funciona',
        title: 'Cómo funciona – DesnudaIA',
        body:
          nav([['/', 'Inicio'], ['/precios', 'Precios']], 'DesnudaIA') +
          h1('¿Cómo funciona DesnudaIA?') +
          p('Primero, nuestra IA detecta a la persona y la ropa en la foto. Después, un modelo generativo vuelve a dibujar esa zona para crear una versión desnuda o, según el modo, una versión en bikini o lencería. El fondo, la pose y la iluminación se mantienen lo más posible.') +
          p('Consejos para mejores resultados: foto nítida, una sola persona, de frente, con buena luz y sin filtros fuertes. Si la generación falla, te devolvemos el crédito automáticamente.') +
          footer('© 2026 DesnudaIA'),
      },
      {
        path: '/preguntas',
        title: 'Preguntas frecuentes – DesnudaIA',
        body:
          nav([['/', 'Inicio'], ['/precios', 'Precios']], 'DesnudaIA') +
          faq('Preguntas frecuentes', [
            ['¿Es anónimo?', 'Puedes entrar con Google o solo con un correo. No pedimos nombre ni dirección.'],
            ['¿Qué fotos funcionan mejor?', 'Una sola persona, de frente, buena luz, mínimo 600 píxeles.'],
            ['¿Puedo subir cualquier foto?', 'No. Solo fotos tuyas o de adultos que dieron su permiso. El mal uso cierra tu cuenta.'],
            ['¿Cómo cancelo la suscripción?', 'En Cuenta → Suscripción → Cancelar. Mantienes el acceso hasta el final del periodo.'],
          ]) +
          footer('© 2026 DesnudaIA', [['/privacidad', 'Privacidad']]),
      },
    ],
  },

  // 52. es saas: JS app shell, Google sign-in, credits; leetspeak in meta
  {
    host: 'quitaropa-ai.test', lang: 'es', label: 'nudify', shape: 'saas', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'QuitaRopa AI',
        jsOnly: true,
        head: metaDescription('QuitaRopa AI – d3snud4 fotos con IA en tu navegador. Entra con Google y recibe créditos gratis cada día.') + gtag('G-QUITAR0P'),
        body:
          nav([['/planes', 'Planes'], ['/ejemplos', 'Cómo se usa'], ['/soporte', 'Soporte'], ['/entrar', 'Entrar']], 'QuitaRopa') +
          h1('Quita la ropa con un clic') +
          p('QuitaRopa AI es el editor que elimina la ropa de tus fotos directamente en el navegador. La versión 4 ya está disponible: mejores fondos, manos más limpias y un nuevo modo lencería. Entra con tu cuenta de Google y recibe 3 créditos gratis cada día.') +
          button('Entrar con Google') +
          upload('Subir imagen', '/v4/generar', 'Quitar ropa') +
          h2('Funciones') +
          ul('3 créditos gratis cada día con tu cuenta de Google', 'Modos: desnudo, lencería, bikini y ropa personalizada', 'Pincel para elegir exactamente qué zona cambiar', 'Escalado HD 2x / 4x', 'Historial privado que puedes borrar cuando quieras') +
          h2('Paso a paso') +
          ol('Entra con Google', 'Sube tu foto', 'Elige el modo y, si quieres, marca la zona con el pincel', 'Descarga en HD') +
          h2('Opiniones') +
          blockquote('El pincel es lo mejor, controlas mucho más que en otras páginas.', 'usuario de Madrid') +
          blockquote('Los créditos diarios gratis están genial para probar.', 'usuaria de Bogotá') +
          p('Soporte 24/7 por chat. Reembolso de créditos no usados dentro de 14 días. Pagos con tarjeta, PayPal no, cripto sí.') +
          p('QuitaRopa AI es solo para adultos. Sube únicamente imágenes sobre las que tengas derechos y de personas que aceptaron. Si no, baneo permanente.') +
          footer('© 2026 QuitaRopa AI', [['/planes', 'Planes'], ['/ejemplos', 'Cómo se usa'], ['/soporte', 'Soporte'], ['/legal', 'Aviso legal']]),
      },
      {
        path: '/planes',
        title: 'Planes – QuitaRopa AI',
        head: stripe('pk_live_quitaropa_fixture'),
        body:
          nav([['/', 'Inicio'], ['/soporte', 'Soporte']], 'QuitaRopa') +
          h1('Planes') +
          p('Con la cuenta gratuita tienes 3 generaciones al día en calidad estándar. Mejora tu plan para HD, sin colas y con todos los modos.') +
          priceTable(['', 'Gratis', 'Plus', 'Ultra'], [['Precio', '0 €', '11,90 € / mes', '27,90 € / mes'], ['Generaciones', '3 / día', '300 / mes', '1.000 / mes'], ['Calidad', 'Estándar', 'HD', 'HD + 4x'], ['Modos', 'Bikini', 'Todos', 'Todos + personalizado'], ['Cola', 'Compartida', 'Prioritaria', 'Instantánea']]) +
          p('Pago con tarjeta o criptomonedas. Los planes anuales incluyen dos meses gratis. Cancela cuando quieras desde Ajustes → Facturación; mantienes el acceso hasta que termine el periodo.') +
          footer('© 2026 QuitaRopa AI'),
      },
      {
        path: '/ejemplos',
        title: 'Cómo se usa – QuitaRopa AI',
        body:
          nav([['/', 'Inicio'], ['/planes', 'Planes']], 'QuitaRopa') +
          h1('Cómo sacar el máximo partido') +
          h3('Elige bien la foto') + p('Una sola persona, de frente o de tres cuartos, con buena luz. Las fotos muy pequeñas o con filtros fuertes dan peores resultados.') +
          h3('Usa el pincel') + p('Si quieres conservar una chaqueta, las joyas o el pelo tal cual, píntalos con el pincel de protección antes de generar.') +
          h3('Escala al final') + p('Genera primero en calidad normal y escala a 4x solo el resultado que te guste: ahorras créditos.') +
          footer('© 2026 QuitaRopa AI'),
      },
      {
        path: '/soporte',
        title: 'Soporte – QuitaRopa AI',
        body:
          nav([['/', 'Inicio'], ['/planes', 'Planes']], 'QuitaRopa') +
          faq('Soporte', [
            ['Mi foto fue rechazada', 'Debe tener al menos 512 píxeles y mostrar a una sola persona.'],
            ['¿Reembolsos?', 'Créditos no usados dentro de 14 días. Las generaciones fallidas se devuelven solas.'],
            ['¿Guardan mis fotos?', 'Solo en tu historial privado hasta que las borres. Las subidas se eliminan a la hora.'],
            ['¿Puedo pagar con PayPal?', 'No por ahora. Usa tarjeta o cripto.'],
          ]) +
          p('¿Más dudas? Escríbenos por el chat, estamos 24/7.') +
          footer('© 2026 QuitaRopa AI'),
      },
    ],
  },

  // 53. es saas: modo rayos X, subscription, age gate, no upload on public pages
  {
    host: 'rayosx-ia.test', lang: 'es', label: 'nudify', shape: 'saas', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Visión X — el modo rayos X con IA para tus fotos',
        head: metaDescription('Visión X: mira a través de la ropa con el modo rayos X. Suscripción desde 9,90 €. Solo mayores de 18.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'Product', name: 'Visión X Premium', offers: { '@type': 'Offer', price: '9.90', priceCurrency: 'EUR' } }),
        body:
          ageGate('Este sitio ofrece herramientas de IA para adultos. ¿Tienes 18 años o más?', 'Sí, soy mayor de edad', 'Salir') +
          nav([['/suscripcion', 'Suscripción'], ['/modo-rayos-x', 'Modo rayos X'], ['/ayuda', 'Ayuda'], ['/zona-socios', 'Zona de socios']], 'Visión X') +
          h1('Mira a través de la ropa') +
          p('Con el modo rayos X de Visión X descubres lo que hay debajo de la ropa en cualquier foto. Nuestra IA calcula una versión realista sin ropa a partir de la imagen original. Funciona con selfies, fotos de vacaciones y retratos normales.') +
          h2('Tres niveles') +
          ul('<b>Suave</b> – la tela se vuelve transparente', '<b>Medio</b> – solo queda la ropa interior', '<b>Total</b> – rayos X, sin nada de ropa') +
          h2('Solo para socios') +
          p('Sin créditos ni sorpresas: una cuota mensual, generaciones ilimitadas con uso justo y acceso a todos los niveles. Las fotos se suben en la zona de socios, después de iniciar sesión.') +
          h2('Cómo funciona') +
          ol('Elige tu suscripción', 'Entra en la zona de socios', 'Sube una foto y elige el nivel', 'Descarga el resultado en HD') +
          h2('Privacidad') +
          p('Tus fotos se guardan cifradas y se borran a las 2 horas. No compartimos nada con terceros ni usamos tus imágenes para entrenar. El concepto en tu extracto bancario es neutro.') +
          h2('Opiniones') +
          blockquote('El nivel total es una pasada, de verdad.', 'socio') +
          blockquote('Por fin una suscripción simple, sin andar contando créditos.', 'socia') +
          p('Debes ser mayor de edad. Usa solo fotos de adultos que hayan dado su consentimiento.') +
          footer('© 2026 Visión X', [['/suscripcion', 'Suscripción'], ['/modo-rayos-x', 'Rayos X'], ['/ayuda', 'Ayuda'], ['/condiciones', 'Condiciones'], ['/privacidad', 'Privacidad']]),
      },
      {
        path: '/suscripcion',
        title: 'Suscripción — Visión X',
        body:
          nav([['/', 'Inicio'], ['/ayuda', 'Ayuda']], 'Visión X') +
          h1('Nuestras suscripciones') +
          priceTable(['Plan', 'Precio', 'Niveles', 'Calidad'], [['Básico', '9,90 € / mes', 'Suave, Medio', 'HD'], ['Completo', '19,90 € / mes', 'Todos, con rayos X', 'HD'], ['Premium', '34,90 € / mes', 'Todos, con rayos X', 'HD + 4K, cola prioritaria']]) +
          p('Pago con tarjeta, Apple Pay o cripto (10 % de generaciones extra si pagas en cripto). Sin permanencia: cancela en dos clics y mantienes el acceso hasta final de mes. Reembolso en 48 horas si no has hecho ninguna generación.') +
          p('En tu extracto aparecerá «VX Digital».') +
          button('Suscribirme') +
          footer('© 2026 Visión X'),
      },
      {
        path: '/modo-rayos-x',
        title: 'El modo rayos X — Visión X',
        body:
          nav([['/', 'Inicio'], ['/suscripcion', 'Suscripción']], 'Visión X') +
          h1('¿Qué es el modo rayos X?') +
          p('El modo rayos X es nuestro nivel más potente. La IA quita toda la ropa de la persona de la foto y completa la imagen de forma realista, manteniendo el fondo, la postura y la iluminación. El resultado es una versión desnuda de la foto original.') +
          p('Está incluido en los planes Completo y Premium. Consejo: combínalo con la exportación 4K del plan Premium para obtener los resultados más nítidos.') +
          footer('© 2026 Visión X'),
      },
      {
        path: '/ayuda',
        title: 'Ayuda — Visión X',
        body:
          nav([['/', 'Inicio'], ['/suscripcion', 'Suscripción']], 'Visión X') +
          faq('Preguntas frecuentes', [
            ['¿Puedo cancelar cuando quiera?', 'Sí, la suscripción es mensual y termina al final del periodo.'],
            ['¿Me devuelven el dinero?', 'En las 48 horas siguientes al pago, si no has usado ninguna generación.'],
            ['¿Funciona con fotos de grupo?', 'Todavía no bien. Usa una foto con una sola persona.'],
            ['¿Dónde subo mis fotos?', 'En la zona de socios, una vez iniciada la sesión.'],
          ]) +
          p('¿Otra duda? Nuestro equipo responde por chat los 7 días de la semana, en español e inglés.') +
          footer('© 2026 Visión X'),
      },
    ],
  },

  // 54. es saas: home neutral-ish adult editor, claim on /modos and /preguntas, upload on /editor
  {
    host: 'pielia.test', lang: 'es', label: 'nudify', shape: 'saas', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'PielIA – edición de fotos picante con IA',
        head: metaDescription('PielIA: edición picante de fotos con IA para adultos. Elige tu modo, sube tu foto y descarga. Desde 4,99 €.'),
        body:
          nav([['/modos', 'Modos'], ['/precios', 'Precios'], ['/preguntas', 'Preguntas'], ['/editor', 'Editor']], 'PielIA') +
          h1('Tus fotos, más atrevidas') +
          p('PielIA es un editor de fotos con inteligencia artificial pensado para adultos que quieren ir un paso más allá de los filtros de siempre. Elige uno de nuestros modos, sube tu foto y en menos de quince segundos tendrás una versión mucho más atrevida.') +
          h2('¿Por qué PielIA?') +
          ul('Listo en menos de 15 segundos', 'Funciona en el navegador del móvil, sin app', 'Discreto: nadie ve lo que creas', 'Paga con tarjeta, Bizum vía pasarela o cripto', 'Sin suscripción obligatoria') +
          h2('En tres pasos') +
          ol('Crea tu cuenta solo con un correo', 'Elige un modo y sube tu foto en el editor', 'Descarga tu resultado') +
          h2('Lo que dicen') +
          blockquote('Lo probamos en pareja y nos reímos un montón.', 'Laura y Javi') +
          blockquote('Rápido, discreto y barato. Así tiene que ser.', 'anónimo') +
          p('Novedades: modos para parejas y una edición de verano con nuevos bañadores. Mira todos los modos y lo que hace cada uno en la página de modos.') +
          faq('Respuestas rápidas', [
            ['¿Es legal?', 'Sí, siempre que uses fotos tuyas o de adultos que estén de acuerdo.'],
            ['¿Guardáis mis fotos?', 'No, todo se borra en 24 horas.'],
          ]) +
          footer('PielIA © 2026 · +18 · El consentimiento es obligatorio', [['/modos', 'Modos'], ['/precios', 'Precios'], ['/preguntas', 'Preguntas'], ['/condiciones', 'Condiciones']]),
      },
      {
        path: '/modos',
        title: 'Modos – PielIA',
        body:
          nav([['/', 'Inicio'], ['/precios', 'Precios'], ['/editor', 'Editor']], 'PielIA') +
          h1('Todos los modos') +
          h3('Verano') + p('Cambia la ropa por un bikini o bañador. 1 crédito.') +
          h3('Lencería') + p('Cambia la ropa por lencería. 1 crédito.') +
          h3('Piel') + p('Nuestro modo estrella: quita toda la ropa y crea una versión desnuda de la foto, con la misma luz y el mismo fondo. 2 créditos.') +
          h3('Transparencia') + p('Vuelve la tela transparente. 2 créditos.') +
          p('Los modos Piel y Transparencia necesitan más potencia de cálculo, por eso cuestan el doble. Todos los modos están disponibles desde el primer paquete de créditos.') +
          footer('PielIA © 2026'),
      },
      {
        path: '/precios',
        title: 'Precios – PielIA',
        head: cryptoCheckout(),
        body:
          nav([['/', 'Inicio'], ['/modos', 'Modos']], 'PielIA') +
          h1('Paquetes de créditos') +
          priceTable(['Paquete', 'Créditos', 'Precio'], [['Pequeño', '10', '4,99 €'], ['Mediano', '40', '14,99 €'], ['Grande', '120', '34,99 €']]) +
          p('Pagos con tarjeta, Bizum a través de nuestra pasarela o cripto (BTC, USDT). Los créditos no caducan. Sin suscripción y sin cargos ocultos. Las cuentas nuevas reciben 2 créditos gratis para probar el modo Verano.') +
          p('Cada modo cuesta entre 1 y 2 créditos: Verano y Lencería 1 crédito, Piel y Transparencia 2 créditos. Las ediciones fallidas te las devolvemos automáticamente en créditos.') +
          button('Elegir paquete') +
          footer('PielIA © 2026'),
      },
      {
        path: '/preguntas',
        title: 'Preguntas – PielIA',
        body:
          nav([['/', 'Inicio'], ['/modos', 'Modos']], 'PielIA') +
          faq('Preguntas frecuentes', [
            ['¿Qué hace exactamente el modo Piel?', 'Quita la ropa de la persona de la foto y genera una versión desnuda realista.'],
            ['¿Me devolvéis el dinero si no sale bien?', 'Las ediciones fallidas se devuelven como créditos. Reembolso de créditos no usados en 7 días.'],
            ['¿El pago es discreto?', 'En tu extracto aparece un nombre neutro. Con cripto es totalmente anónimo.'],
            ['¿Dónde subo la foto?', 'En el editor, después de iniciar sesión.'],
          ]) +
          footer('PielIA © 2026'),
      },
      {
        path: '/editor',
        title: 'Editor – PielIA',
        body:
          nav([['/', 'Inicio'], ['/precios', 'Precios']], 'PielIA') +
          h1('Editor') +
          upload('Sube tu foto', '/editor/procesar', 'Editar') +
          p('Elige el modo después de subir la foto. Necesitas una cuenta con créditos; si es tu primera vez, tienes 2 créditos gratis para el modo Verano. Al subir la foto confirmas que la persona es mayor de edad y ha dado su consentimiento. El resultado se borra a las 24 horas.') +
          p('Formatos: JPG y PNG, máximo 15 MB.') +
          footer('PielIA © 2026'),
      },
    ],
  },

  // 55. es app-landing
  {
    host: 'desviste-app.test', lang: 'es', label: 'nudify', shape: 'app-landing', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Desviste – la app de IA que quita la ropa | Android e iPhone',
        head: metaDescription('Descarga Desviste, la app de IA que quita la ropa de las fotos. 3 escaneos gratis al día, VIP semanal.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'MobileApplication', name: 'Desviste', operatingSystem: 'Android, iOS', inLanguage: 'es', aggregateRating: { '@type': 'AggregateRating', ratingValue: '4.4', ratingCount: '9310' } }),
        body:
          nav([['/descargar', 'Descargar'], ['/vip', 'VIP'], ['/ayuda', 'Ayuda']], 'Desviste') +
          h1('Desviste: quita la ropa con un toque') +
          p('Desviste es la app que usa inteligencia artificial para quitar la ropa de una foto. Elige una imagen de tu galería o haz una con la cámara, toca Desvestir y en segundos verás el resultado: bañador, lencería o versión desnuda. Más de 700.000 descargas en España y Latinoamérica.') +
          storeBadges('/download/desviste-3.1.apk') +
          h2('Funciones') +
          ul('📷 Desde la cámara o la galería', '⚡ Resultado en 5 segundos', '👙 Modos Bañador, Lencería y Desnudo (VIP)', '🔒 Álbum oculto con huella o PIN', '🚫 Sin anuncios con VIP') +
          h2('¿Gratis o VIP?') +
          p('Gratis tienes 3 escaneos al día en modo Bañador con una pequeña marca de agua. El VIP desbloquea el modo Desnudo, quita marca de agua y anuncios y te pone en la cola rápida, desde 4,99 € a la semana.') +
          h2('Cómo instalar el APK') +
          ol('Toca «Download APK»', 'Permite instalar apps de orígenes desconocidos', 'Abre Desviste y disfruta de tus 3 escaneos diarios') +
          p('¿No nos encuentras en Google Play en tu país? Las normas de las tiendas cambian a menudo, por eso el APK de esta web es siempre la última versión. En iPhone abre la web app en Safari y toca «Añadir a pantalla de inicio».') +
          h2('Opiniones') +
          blockquote('⭐⭐⭐⭐⭐ Mucho más rápida que las webs, y el álbum oculto es imprescindible.', 'reseña en Google Play') +
          blockquote('⭐⭐⭐⭐ El VIP merece la pena, el modo Desnudo solo va con VIP.', 'usuario') +
          footer('Desviste © 2026 · Solo mayores de 18', [['/descargar', 'Descargar'], ['/vip?src=footer', 'VIP'], ['/ayuda', 'Ayuda'], ['/privacidad', 'Privacidad']]),
      },
      {
        path: '/descargar',
        title: 'Descargar Desviste',
        body:
          nav([['/', 'Inicio'], ['/vip', 'VIP']], 'Desviste') +
          h1('Descargar Desviste 3.1') +
          storeBadges('/download/desviste-3.1.apk') +
          p('Tamaño: 40 MB. Requiere Android 8.0 o superior. Novedades: mejores resultados con poca luz, nuevos estilos de bañador, arreglado un cierre inesperado en Android 14 y exportación 4K para VIP.') +
          p('¿Te sale un aviso al instalar? Es el mensaje estándar de Android para cualquier app fuera de la tienda. Toca «Instalar de todos modos». Las actualizaciones llegan después desde la propia app.') +
          footer('Desviste © 2026'),
      },
      {
        path: '/vip',
        title: 'VIP – Desviste',
        body:
          nav([['/', 'Inicio'], ['/descargar', 'Descargar']], 'Desviste') +
          h1('Hazte VIP') +
          priceTable(['VIP', 'Precio', 'Incluye'], [['Semanal', '4,99 €', 'Ilimitado, modo Desnudo, sin anuncios'], ['Mensual', '12,99 €', 'Todo lo semanal + exportación 4K'], ['De por vida', '49,99 €', 'Todo, para siempre']]) +
          p('Las compras se hacen con Google Play o la App Store. En la versión APK también puedes pagar con tarjeta o cripto. Cancela la suscripción en los ajustes de tu cuenta de la tienda al menos 24 horas antes de la renovación. La opción «De por vida» es un pago único.') +
          footer('Desviste © 2026'),
      },
      {
        path: '/ayuda',
        title: 'Ayuda – Desviste',
        body:
          nav([['/', 'Inicio'], ['/vip', 'VIP']], 'Desviste') +
          faq('Ayuda', [
            ['¿Se suben mis fotos a vuestros servidores?', 'Sí, para procesarlas, y se borran justo después. El álbum oculto se queda en tu móvil.'],
            ['¿Cómo recupero mi VIP?', 'Ajustes → Restaurar compras, con la misma cuenta de la tienda.'],
            ['¿Reembolsos?', 'Las compras dentro de la app las reembolsan Google o Apple según sus normas.'],
            ['¿A quién puedo desvestir?', 'A ti o a adultos que hayan dicho que sí. Lo demás va contra nuestras condiciones.'],
          ]) +
          footer('Desviste © 2026'),
      },
    ],
  },

  // 56. es mirror
  {
    host: 'nudifoto-nuevo.test', lang: 'es', label: 'nudify', shape: 'mirror', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'NudiFoto se ha mudado – nueva dirección oficial',
        head: metaDescription('NudiFoto se ha mudado. Esta es la nueva dirección oficial. El dominio antiguo fue bloqueado. Tu cuenta y tus créditos siguen intactos.'),
        body:
          nav([['/entrar', 'Entrar'], ['/creditos', 'Créditos'], ['/espejos', 'Espejos oficiales']], 'NudiFoto') +
          h1('⚠️ ¡Nos hemos mudado!') +
          p('Nuestro dominio anterior, nudifoto.test, fue bloqueado la semana pasada por varios operadores en España y México. No cambia nada más: mismo equipo, misma IA, mismas cuentas. Entra aquí con tu correo y contraseña de siempre; tus créditos siguen ahí.') +
          p('<b>Guarda esta página en favoritos</b> y únete a nuestro canal de Telegram. Si también bloquean esta dirección, allí publicaremos el siguiente espejo antes que en ningún otro sitio.') +
          p(a('https://t.me/nudifoto_oficial', 'Unirse a @nudifoto_oficial')) +
          h2('Para quien no nos conoce') +
          p('NudiFoto es una herramienta de IA que convierte una foto normal en una foto desnuda. Sube una imagen, elige el modo completo, ropa interior o bikini y descarga el resultado. Las cuentas nuevas tienen 2 fotos gratis.') +
          upload('Prueba la nueva dirección: sube una foto', '/nudificar', 'Empezar') +
          h2('¿Qué ha pasado?') +
          p('Tras varias denuncias, algunos proveedores de internet bloquearon el dominio antiguo a nivel de DNS y desapareció de los buscadores. Nuestros servidores nunca se vieron afectados y no se perdió ningún dato. Esperamos más bloqueos, así que tenemos varios espejos preparados.') +
          h2('Cuidado con las copias') +
          p('Hay webs que copian nuestro diseño para robar contraseñas. Las únicas direcciones oficiales están en la página de espejos y en el canal de Telegram. Nunca te pediremos la contraseña por mensaje.') +
          footer('NudiFoto © 2024–2026 · +18 · Eres responsable del consentimiento de las personas de tus fotos.', [['/espejos', 'Espejos'], ['/creditos', 'Créditos'], ['/entrar', 'Entrar']]),
      },
      {
        path: '/espejos',
        title: 'Espejos oficiales – NudiFoto',
        body:
          nav([['/', 'Inicio'], ['/entrar', 'Entrar']], 'NudiFoto') +
          h1('Espejos oficiales') +
          ul('nudifoto-nuevo.test – dirección principal (estás aquí)', 'nfoto-espejo.test – reserva', 'Dirección onion – solo en Telegram') +
          p('¿No carga un espejo? Seguramente tu operador lo bloquea. Prueba otro espejo, cambia tus DNS a un resolvedor público o usa una VPN. Los espejos nuevos se anuncian primero en el canal de Telegram, normalmente pocas horas después de un bloqueo. No te fíes de listas en foros: suelen ser phishing.') +
          footer('NudiFoto © 2026'),
      },
      {
        path: '/creditos',
        title: 'Créditos – NudiFoto',
        body:
          nav([['/', 'Inicio'], ['/espejos', 'Espejos']], 'NudiFoto') +
          h1('Comprar créditos') +
          priceTable(['Créditos', 'Precio', 'Por foto'], [['25', '7 €', '0,28 €'], ['100', '22 €', '0,22 €'], ['300', '60 €', '0,20 €']]) +
          p('El pago con tarjeta puede aparecer con otro nombre de empresa. Si la tarjeta no funciona en tu país, paga con USDT o BTC: los créditos se añaden solos tras la confirmación. Los créditos del dominio antiguo ya están en tu cuenta y los códigos de invitación siguen valiendo.') +
          button('Pagar con tarjeta') + button('Pagar con cripto') +
          footer('NudiFoto © 2026'),
      },
      {
        path: '/entrar',
        title: 'Entrar – NudiFoto',
        body:
          nav([['/', 'Inicio'], ['/creditos', 'Créditos']], 'NudiFoto') +
          h1('Entrar') +
          p('Usa el mismo correo y la misma contraseña que en el dominio antiguo. ¿Olvidaste la contraseña? El enlace para restablecerla llega ahora desde nuestra nueva dirección; revisa también la carpeta de spam. Las cuentas creadas con Google también funcionan aquí.') +
          button('Continuar con Google') +
          p('¿Problemas tras la mudanza? Escribe al soporte en el canal de Telegram indicando el correo de tu cuenta.') +
          footer('NudiFoto © 2026'),
      },
    ],
  },

  // 57. es innocent-home: AI photo studio; undress only on /modos; upload on /estudio
  {
    host: 'estudiobrillo-ia.test', lang: 'es', label: 'nudify', shape: 'innocent-home', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Estudio Brillo – tu estudio de fotos con IA',
        head: metaDescription('Estudio Brillo: retratos profesionales, cambio de fondo, restauración de fotos antiguas y retoque con IA en segundos.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'Organization', name: 'Estudio Brillo', url: 'https://estudiobrillo-ia.test' }),
        body:
          cookieBanner('Usamos cookies para el inicio de sesión y estadísticas anónimas.', 'Aceptar', 'Rechazar') +
          nav([['/modos', 'Modos'], ['/estudio', 'Estudio'], ['/precios', 'Precios'], ['/nosotros', 'Nosotros']], 'Estudio Brillo') +
          h1('Tu estudio de fotos con IA, abierto las 24 horas') +
          p('Sin fotógrafo y sin cita: con Estudio Brillo una foto del móvil se convierte en un retrato profesional, un fondo aburrido desaparece y las fotos antiguas de la familia recuperan sus colores. Todo en tu navegador y en pocos segundos.') +
          img(9, 'ejemplo de retrato') +
          h2('Modos más usados') +
          ul('Retrato profesional para CV y LinkedIn', 'Cambiar o desenfocar el fondo', 'Restaurar y colorear fotos antiguas', 'Reiluminar un retrato', 'Ampliar a 4K') +
          h2('Cómo funciona') +
          ol('Sube tu foto en el Estudio', 'Elige entre más de 20 modos', 'Descarga el resultado a máxima resolución') +
          h2('Para todo tipo de usos') +
          p('Autónomos lo usan para su web, tiendas online para sus fotos de producto y familias para el álbum de los abuelos. Cada modo está entrenado por separado para que el resultado parezca natural y no un filtro.') +
          blockquote('Foto de perfil nueva en un minuto, mejor que la del fotógrafo.', 'Marta, recursos humanos') +
          blockquote('La foto de boda de mis padres ha quedado como nueva.', 'Andrés') +
          faq('Preguntas', [
            ['¿Necesito cuenta?', 'Para dos ediciones gratis no. Después, entras con Google.'],
            ['¿Dónde se procesan mis fotos?', 'En servidores de la UE. Se borran a los 7 días.'],
          ]) +
          footer('© 2026 Estudio Brillo', [['/modos', 'Modos'], ['/precios', 'Precios'], ['/nosotros', 'Nosotros'], ['/aviso-legal', 'Aviso legal'], ['/privacidad', 'Privacidad']]),
      },
      {
        path: '/modos',
        title: 'Todos los modos – Estudio Brillo',
        body:
          nav([['/', 'Inicio'], ['/estudio', 'Estudio'], ['/precios', 'Precios']], 'Estudio Brillo') +
          h1('Todos los modos') +
          h3('Básicos') + ul('Retrato profesional', 'Fondo', 'Restaurar', 'Iluminación', 'Ampliar') +
          h3('Creativos') + ul('Óleo', 'Cómic', 'Película analógica') +
          h3('Noche (+18)') +
          p('Solo visibles para cuentas verificadas mayores de edad con el plan Pro.') +
          ul('Desvestir – quita la ropa y crea una versión desnuda de la foto', 'Playa – cambia la ropa por un bañador', 'Lencería – cambia la ropa por lencería', 'Transparente – vuelve la tela transparente') +
          p('Usa estos modos solo con fotos tuyas o de adultos que hayan dado su consentimiento. Los resultados de los modos Noche nunca aparecen en nuestros ejemplos.') +
          a('/estudio?modo=desvestir', 'Probar en el Estudio') +
          footer('© 2026 Estudio Brillo'),
      },
      {
        path: '/estudio',
        title: 'Estudio – Estudio Brillo',
        head: oneTap('6640-brillo.apps.googleusercontent.com'),
        body:
          nav([['/', 'Inicio'], ['/modos', 'Modos']], 'Estudio Brillo') +
          h1('Estudio') +
          upload('Sube una foto', '/estudio/editar', 'Aplicar modo') +
          p('Después de subir la foto, elige un modo de la lista. Los modos Básicos y Creativos cuestan 1 crédito; los modos Noche, 3 créditos y requieren el plan Pro con verificación de edad. Tus ediciones se guardan 7 días en tu historial.') +
          p('Formatos: JPG, PNG, HEIC y WEBP de hasta 20 MB. Consejo: una foto nítida y bien iluminada da el mejor resultado en cualquier modo.') +
          footer('© 2026 Estudio Brillo'),
      },
      {
        path: '/precios',
        title: 'Precios – Estudio Brillo',
        body:
          nav([['/', 'Inicio'], ['/modos', 'Modos']], 'Estudio Brillo') +
          h1('Precios') +
          priceTable(['Plan', 'Al mes', 'Créditos', 'Modos'], [['Básico', '6 €', '40', 'Básicos + Creativos'], ['Pro', '17 €', '180', 'Todos, también Noche'], ['Estudio', '35 €', '500', 'Todos, prioridad']]) +
          p('Pago con tarjeta o PayPal. Sin permanencia, cancelable cada mes. Los créditos no usados caducan a fin de mes. Créditos extra: 50 por 5 €, con cualquier plan. Los modos Noche (desvestir, playa, lencería, transparente) solo están incluidos en Pro y Estudio, tras una verificación de edad única.') +
          footer('© 2026 Estudio Brillo'),
      },
      {
        path: '/nosotros',
        title: 'Nosotros – Estudio Brillo',
        body:
          nav([['/', 'Inicio']], 'Estudio Brillo') +
          h1('Sobre nosotros') +
          p('Estudio Brillo nació de dos fotógrafos cansados de pasar las noches retocando. Hoy decenas de miles de personas usan nuestros modos de IA para sus fotos de perfil, sus fotos de producto y sus álbumes familiares. Nuestro equipo trabaja entre Valencia y Buenos Aires.') +
          p('¿Dudas o propuestas de colaboración? Usa el formulario de contacto de tu cuenta y te responderemos en un día laborable.') +
          footer('© 2026 Estudio Brillo'),
      },
    ],
  },

  // 58. es innocent-home: photo editor; claim on /precios and /faq; upload on /pedido
  {
    host: 'retocapro.test', lang: 'es', label: 'nudify', shape: 'innocent-home', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'RetocaPro | El editor de fotos inteligente',
        head: metaDescription('RetocaPro, el editor de fotos con IA: borra objetos, enfoca caras, cambia la ropa y sustituye el cielo en segundos.'),
        body:
          nav([['/funciones', 'Funciones'], ['/precios', 'Precios'], ['/faq', 'FAQ'], ['/pedido', 'Empezar']], 'RetocaPro') +
          h1('Retocar fotos nunca fue tan fácil') +
          p('RetocaPro hace en segundos lo que antes te llevaba una hora en Photoshop. Borra a los turistas de tus fotos de viaje, recupera una cara desenfocada, cambia la ropa de una persona o dale a tu imagen un ambiente totalmente distinto.') +
          h2('Herramientas') +
          ul('Borrador: elimina objetos y personas', 'Enfoque: salva caras borrosas', 'Ropa: cambia la ropa con IA', 'Cielo: sustituye un cielo gris', 'Estilo: convierte la foto en arte') +
          h2('En 3 pasos') +
          ol('Sube tu foto', 'Elige una herramienta o escribe una instrucción', 'Descarga el resultado') +
          h2('Donde quieras') +
          p('RetocaPro funciona en ordenador, móvil y tableta. Entra con Google o Apple y tendrás tus ediciones en todos tus dispositivos. Exporta hasta 4K, sin marca de agua en los planes de pago.') +
          h2('Planes') +
          p('Gratis con 5 créditos, Plus para el día a día y Plus +18 para adultos que quieren todas las opciones de la herramienta Ropa. Todo sin permanencia.') +
          h2('Opiniones') +
          blockquote('El borrador funciona mejor que el de mi móvil.', 'Lucía') +
          blockquote('La herramienta Ropa me viene genial para las fotos de mi tienda.', 'Álvaro') +
          p('Pruébalo gratis con 5 créditos, sin tarjeta.') +
          a('/pedido?utm_source=inicio&utm_medium=cta', 'Empezar') +
          footer('RetocaPro © 2026', [['/funciones', 'Funciones'], ['/precios', 'Precios'], ['/faq', 'FAQ'], ['/condiciones', 'Condiciones'], ['/privacidad', 'Privacidad']]),
      },
      {
        path: '/funciones',
        title: 'Funciones – RetocaPro',
        body:
          nav([['/', 'Inicio'], ['/precios', 'Precios']], 'RetocaPro') +
          h1('Todas las funciones') +
          p('El Borrador elimina objetos no deseados. Enfoque recupera los detalles de las caras. Cielo cambia el cielo por una puesta de sol o un cielo azul. Estilo convierte tu foto en cuadro o cómic. Ropa cambia lo que lleva puesto una persona: otro color, otra prenda o un conjunto completamente distinto.') +
          p('Con la edición por lotes retocas cien fotos de una vez. Novedad: escribe en español lo que quieres cambiar, por ejemplo «pon el cielo azul».') +
          footer('RetocaPro © 2026'),
      },
      {
        path: '/precios',
        title: 'Precios – RetocaPro',
        head: stripe('pk_live_retocapro_fixture'),
        body:
          nav([['/', 'Inicio'], ['/faq', 'FAQ']], 'RetocaPro') +
          h1('Precios') +
          priceTable(['', 'Gratis', 'Plus', 'Plus +18'], [['Precio', '0 €', '8,99 € / mes', '17,99 € / mes'], ['Créditos', '5', '100', '250'], ['Ropa', 'Estándar', 'Estándar', 'Estándar + bikini, lencería y desnudo (quitar ropa)'], ['Exportación', '1080p', '4K', '4K']]) +
          p('Con Plus +18 la herramienta Ropa también puede quitar la ropa por completo. Verificación de edad al pagar. Pago con tarjeta, Apple Pay o Google Pay. Cancela cuando quieras; créditos extra desde 4,50 € los 50. Reembolso en 3 días si has usado menos de 10 créditos.') +
          p('En el extracto verás «RP Digital».') +
          footer('RetocaPro © 2026'),
      },
      {
        path: '/faq',
        title: 'FAQ – RetocaPro',
        body:
          nav([['/', 'Inicio'], ['/precios', 'Precios']], 'RetocaPro') +
          faq('Preguntas frecuentes', [
            ['¿Qué es Plus +18?', 'Es nuestro plan para adultos. Desbloquea en la herramienta Ropa el modo desnudo, que crea una versión sin ropa de la foto, además de bikini y lencería.'],
            ['¿Me devolvéis el dinero?', 'Los planes mensuales se reembolsan en 3 días si has usado menos de 10 créditos.'],
            ['¿Guardáis mis fotos?', 'Las ediciones se quedan en tu historial hasta que las borres. Los originales se eliminan a los 30 días.'],
            ['¿Hay normas?', 'Edita solo fotos tuyas o de adultos que hayan dado su consentimiento.'],
          ]) +
          footer('RetocaPro © 2026'),
      },
      {
        path: '/pedido',
        title: 'Empezar – RetocaPro',
        body:
          nav([['/', 'Inicio'], ['/precios', 'Precios']], 'RetocaPro') +
          h1('Empezar') +
          upload('Elige una foto', '/editor/nuevo', 'Abrir en el editor') +
          p('Después de subirla, elige una herramienta en la barra de la izquierda. Las opciones bikini, lencería y desnudo de la herramienta Ropa solo aparecen con Plus +18 y la edad confirmada. Las cuentas gratuitas reciben 5 créditos para las herramientas estándar. Formatos: JPG, PNG, HEIC hasta 25 MB.') +
          p('Los originales se borran a los 30 días.') +
          button('Entrar con Google') +
          footer('RetocaPro © 2026'),
      },
    ],
  },

  // 59. es telegram-bot
  {
    host: 'desnudabot.test', lang: 'es', label: 'nudify', shape: 'telegram-bot', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'DesnudaBot — desnuda fotos con IA en Telegram',
        body:
          ageGate('Solo adultos. Este bot genera contenido +18. ¿Continuar?', 'Soy mayor de 18', 'Salir') +
          nav([['/recargar', 'Recargar'], ['/afiliados', 'Gana dinero'], ['/reglas', 'Reglas']], 'DesnudaBot') +
          h1('DesnudaBot — el bot que desnuda tus fotos') +
          p('DesnudaBot es un bot de Telegram con tres motores: Desnudo (quita toda la ropa), Playa y Disfraces. Lo usan más de 150.000 personas al mes en España y Latinoamérica. Mandas una foto y recibes el resultado. Rápido, anónimo y barato.') +
          p(a('https://t.me/DesnudaES_bot', '▶ Abrir @DesnudaES_bot')) + p(a('https://t.me/DesnudaES_bot?start=ref_web', 'Enlace de respaldo')) +
          p('Funciona en más de 40 idiomas. Sin registro, sin correo, sin teléfono. Tus fotos se borran de nuestros servidores 30 minutos después de procesarlas.') +
          h2('Motores') +
          ul('Desnudo v4 — quita toda la ropa, en HD', 'Playa — cambia la ropa por bañador', 'Disfraces — 30 conjuntos distintos', 'Arreglo de cara — enfoca las caras del resultado') +
          h2('Cómo se usa') +
          ol('Abre el bot y pulsa Iniciar', 'Elige un motor', 'Manda una foto', 'Recibe el resultado en unos 10 segundos') +
          h2('Precios') +
          p('1 prueba gratis. Después: 10 fotos por 3 USDT, 50 por 12 USDT y 200 por 39 USDT. Paga con cripto (USDT, TON, BTC) a través de CryptoBot o con Estrellas de Telegram.') +
          h2('Gana con nosotros') +
          p('Comparte tu enlace de afiliado y llévate el 30 % de cada recarga de tus referidos, pagado en USDT. Los mejores afiliados ganan más de 1.000 $ al mes.') +
          p('Canal con novedades y bots de respaldo: ' + a('https://t.me/desnudabot_canal', '@desnudabot_canal')) +
          footer('DesnudaBot © 2026', [['/recargar', 'Recargar'], ['/afiliados', 'Afiliados'], ['/reglas', 'Reglas']]),
      },
      {
        path: '/recargar',
        title: 'Recargar — DesnudaBot',
        body:
          nav([['/', 'Inicio'], ['/reglas', 'Reglas']], 'DesnudaBot') +
          h1('Cómo recargar') +
          ol('En el bot, pulsa 💰 Saldo', 'Elige un paquete', 'Paga con CryptoBot (USDT, TON, BTC) o con Estrellas de Telegram', 'El saldo se suma al momento') +
          priceTable(['Fotos', 'USDT', 'Estrellas'], [['10', '3', '150'], ['50', '12', '600'], ['200', '39', '1950']]) +
          p('No hay reembolsos de fotos ya usadas. Los fallos técnicos se devuelven automáticamente a tu saldo. Si un pago se queda atascado, manda el ID de la factura al soporte desde el menú del bot; respondemos en español e inglés, normalmente en menos de una hora.') +
          footer('DesnudaBot © 2026'),
      },
      {
        path: '/afiliados',
        title: 'Afiliados — DesnudaBot',
        body:
          nav([['/', 'Inicio'], ['/recargar', 'Recargar']], 'DesnudaBot') +
          h1('Programa de afiliados') +
          p('Cada usuario tiene un enlace personal en el menú del bot (🤝 Afiliados). Quien inicie el bot con tu enlace será tu referido para siempre, y tú recibes el 30 % de todos sus pagos. Pago mínimo de 20 USDT, todos los lunes a tu monedero TRC20.') +
          p('Puedes promocionarlo en chats, canales y foros. El spam no está permitido y supone el baneo con pérdida del saldo. Tus estadísticas están siempre en el bot.') +
          footer('DesnudaBot © 2026'),
      },
      {
        path: '/reglas',
        title: 'Reglas — DesnudaBot',
        body:
          nav([['/', 'Inicio']], 'DesnudaBot') +
          h1('Reglas') +
          ol('Los usuarios deben ser mayores de 18 años.', 'Sube solo fotos de adultos que hayan dado su permiso.', 'No revendas los resultados.', 'No hagas spam con enlaces de afiliado.', 'Una cuenta por persona; las multicuentas para pruebas gratis se banean.', 'Saltarse las reglas = baneo sin reembolso.') +
          p('La administración no se hace responsable de lo que suben los usuarios ni del uso de las imágenes generadas. Al usar el bot aceptas estas reglas. Quejas y solicitudes de retirada: al contacto del administrador en @desnudabot_canal.') +
          footer('DesnudaBot © 2026'),
      },
    ],
  },

  // 60. es api-reseller
  {
    host: 'quitacapa-api.test', lang: 'es', label: 'nudify', shape: 'api-reseller', author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'QuitaCapa API – la API de desnudo por IA para apps y bots',
        head: metaDescription('QuitaCapa API: API REST para quitar ropa con IA, modos desnudo, lencería y bikini. Pago por llamada desde 0,03 $. Marca blanca.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'WebAPI', name: 'QuitaCapa API', inLanguage: 'es', documentation: 'https://quitacapa-api.test/docs' }),
        body:
          nav([['/docs', 'Documentación'], ['/precios', 'Precios'], ['/marca-blanca', 'Marca blanca'], ['/panel', 'Panel']], 'QuitaCapa') +
          h1('La API de desnudo detrás de tu bot, tu app o tu web') +
          p('QuitaCapa es una API B2B para negocios de IA para adultos. Un solo endpoint, tres modos (desnudo, lencería y bikini) y respuesta en menos de seis segundos. Tú construyes el producto con tu marca; nosotros ponemos el modelo y las GPU.') +
          h2('Por qué QuitaCapa') +
          ul('Pago por llamada desde 0,03 $, sin cuota mensual', 'Latencia p95 de 5,7 s a 1024 px', 'Respuesta síncrona o por webhook', 'Sin filtros de contenido en los endpoints para adultos: tú pones tus reglas', 'Pago con cripto o transferencia, factura a petición', '99,5 % de disponibilidad en los últimos 90 días') +
          h2('Empieza en 3 pasos') +
          ol('Crea una cuenta y obtén tu clave API (100 llamadas gratis)', 'Envía tu imagen por POST a /v1/quitar', 'Recibe la URL de la imagen generada o un webhook') +
          h2('Hecho para revendedores') +
          p('Muchos socios tienen bots de Telegram o webs con su propia marca y revenden cada imagen a 5 o 10 veces nuestro precio. El kit de marca blanca incluye un bot listo para usar, una landing y un panel de revendedor donde pones tus propios precios.') +
          blockquote('Desde que pasamos a QuitaCapa, los costes bajaron a la mitad y los usuarios dejaron de quejarse de la velocidad.', 'dueño de un bot con 50.000 usuarios') +
          faq('Preguntas', [
            ['¿Guardáis las imágenes?', 'Entradas y salidas se borran a las 24 horas, o al momento con ephemeral=true.'],
            ['¿Quién responde del contenido?', 'El socio, que debe asegurarse del consentimiento de las personas de las imágenes.'],
          ]) +
          footer('QuitaCapa API © 2026 · solo empresas', [['/docs', 'Docs'], ['/precios', 'Precios'], ['/marca-blanca', 'Marca blanca'], ['/condiciones-api', 'Condiciones de la API']]),
      },
      {
        path: '/docs',
        title: 'Documentación – QuitaCapa API',
        body:
          nav([['/', 'Inicio'], ['/precios', 'Precios']], 'QuitaCapa') +
          h1('Referencia de la API') +
          h3('POST /v1/quitar') +
          p('Parámetros: <code>image</code> (archivo o URL, obligatorio), <code>mode</code> (nude | lingerie | bikini, por defecto nude), <code>strength</code> (0.1–1.0), <code>size</code> (1024 | 2048), <code>webhook</code> (opcional), <code>ephemeral</code> (booleano).') +
          p('Respuesta: <code>{ "id": "…", "status": "done", "url": "…", "credits": 1 }</code>. Con webhook, el estado es "queued" y enviamos el resultado por POST a tu URL.') +
          h3('Límites') +
          p('10 peticiones por segundo por clave de forma predeterminada. Error 429: ve más despacio. Error 402: saldo agotado. SDK para Node.js, Python y PHP en tu panel.') +
          footer('QuitaCapa API © 2026'),
      },
      {
        path: '/precios',
        title: 'Precios – QuitaCapa API',
        head: cryptoCheckout(),
        body:
          nav([['/', 'Inicio'], ['/docs', 'Docs']], 'QuitaCapa') +
          h1('Precio por llamada') +
          priceTable(['Volumen mensual', '1024 px', '2048 px'], [['0 – 10.000', '0,05 $', '0,09 $'], ['10.000 – 100.000', '0,04 $', '0,07 $'], ['100.000 +', '0,03 $', '0,05 $'], ['Empresa', 'a medida', 'a medida']]) +
          p('Saldo prepago, recargable con USDT, BTC, ETH o transferencia bancaria (mínimo 500 $). El saldo no caduca y los tramos se aplican solos cada mes. Las llamadas fallidas no se cobran.') +
          p('Ejemplo: un bot con 40.000 llamadas al mes paga 0,04 $ por imagen, es decir 1.600 $. Si vende cada imagen por 15 Estrellas, el margen suele superar el 80 %.') +
          footer('QuitaCapa API © 2026'),
      },
      {
        path: '/marca-blanca',
        title: 'Marca blanca – QuitaCapa API',
        body:
          nav([['/', 'Inicio'], ['/precios', 'Precios']], 'QuitaCapa') +
          h1('Lanza tu propio bot de desnudo en un día') +
          p('El kit de marca blanca de QuitaCapa trae todo para lanzar tu marca: un bot de Telegram con pagos en Estrellas y cripto, una landing, un sistema de referidos y un panel de revendedor. Tú eliges nombre, logo y precios; nosotros nos encargamos de las GPU.') +
          ul('Sin coste de alta a partir de 20.000 llamadas prepagadas', 'El 100 % de los ingresos es tuyo', 'Tokens de bot de respaldo por si Telegram banea el tuyo', 'Grupo privado de Telegram para socios') +
          p(a('https://t.me/quitacapa_socios', 'Hablar con soporte para socios')) +
          footer('QuitaCapa API © 2026'),
      },
    ],
  },
];
