import type { CorpusSite } from '../site-kit.js';
import {
  a, ageGate, article, blockquote, button, cookieBanner, cryptoCheckout, faq, footer, gtag, h1, h2, img, jsonLd, mediaGrid,
  metaDescription, nav, ol, oneTap, orderForm, p, priceTable, section, storeBadges, stripe, textForm, ul, upload,
} from '../site-kit.js';

/** Fresh sites by writer fresh-g, written after the classifier was built, without reading it or the corpus. */

// ───────────────────────────── nudify ─────────────────────────────

const bareloomNav = nav([['/', 'Home'], ['/pricing', 'Pricing'], ['/how-it-works', 'How it works'], ['/faq', 'FAQ'], ['/login', 'Sign in']], 'Bareloom AI');
const bareloomFoot = footer(`© 2025 Bareloom AI. 18+ only. You must own the rights to every photo you upload.`, [['/terms', 'Terms'], ['/privacy', 'Privacy'], ['/faq', 'Help'], ['https://t.me/bareloom_updates', 'Telegram'], ['https://discord.gg/bareloom', 'Discord']]);

const bareloom: CorpusSite = { host: 'bareloom-ai.test', lang: 'en', label: 'nudify', shape: 'saas', author: 'fresh-g', pages: [
  { path: '/', title: 'Bareloom AI — Undress any photo with AI in seconds',
    head: metaDescription(`Bareloom AI removes clothes from any photo in about ten seconds. Upload, pick a style, download. Free first try, 18+ only.`) + oneTap('384719-bareloom.apps.googleusercontent.com') + gtag('G-BRL00M42'),
    body: bareloomNav + cookieBanner(`We use cookies to keep you signed in and to measure traffic. By continuing you accept our cookie policy.`, 'Accept all', 'Only necessary') +
      h1(`Undress any photo with AI — in 10 seconds`) +
      p(`Bareloom is the fastest AI undress tool online. Upload a picture of a clothed person, choose a body style and our model generates the "nothing-on" version automatically. No editing skills, no waiting list, no app to install.`) +
      upload('Drop a photo here (JPG, PNG, WEBP up to 12 MB)', '/generate', 'Undress now') +
      p(`Your first generation is free. Sign in with Google to save your results.`) +
      section(h2(`Why 120,000 users picked Bareloom`), ul(
        `<strong>Clothes off in one click</strong> — the engine detects clothing and replaces it automatically.`,
        `<strong>Three realism levels</strong> — Soft, Natural and Ultra (HD 2048 px).`,
        `<strong>Private by default</strong> — images are deleted from our servers after 24 hours.`,
        `<strong>Works on selfies, beach and party photos</strong> — any pose, any lighting.`,
        `<strong>No watermark</strong> on paid plans.`,
      )) +
      section(h2(`How it works`), ol(`Upload a photo with a clearly visible person.`, `Pick the undress style and realism level.`, `Download the result or keep it in your private gallery.`)) +
      section(h2(`What users say`),
        blockquote(`Way better than the other undress sites I tried, faces stay sharp.`, '— Marc, Pro user'),
        blockquote(`Super quick, worth the credits.`, '— anonymous, Basic plan')) +
      faq(`Quick questions`, [
        [`Is it free?`, `You get one free undress credit. After that, credit packs start at $4.99.`],
        [`Is it legal?`, `You are responsible for the photos you upload. See our Terms.`],
        [`Do you keep my photos?`, `No. Uploads and results are wiped after 24 hours.`],
      ]) + bareloomFoot },
  { path: '/pricing', title: 'Bareloom AI pricing — credits and Pro plans', head: stripe('pk_test_51BareloomKeyXyZ'),
    body: bareloomNav + h1(`Simple pricing`) + p(`One credit = one undressed image. Credits never expire. Pay by card or crypto.`) +
      priceTable(['Plan', 'Price', 'Credits', 'Extras'], [
        ['Starter', '$4.99', '10', 'Standard quality'],
        ['Basic', '$14.99', '40', 'HD, no watermark'],
        ['Pro (monthly)', '$29.99/mo', '150', 'Ultra realism, batch undress, priority queue'],
        ['Unlimited', '$59.99/mo', '∞ (fair use)', 'All styles, video beta'],
      ]) + p(`Payments appear on your statement as "BRL Digital Services". Crypto payments (BTC, USDT, LTC) are accepted at checkout.`) + cryptoCheckout() + button('Buy credits') + bareloomFoot },
  { path: '/how-it-works', title: 'How Bareloom AI removes clothing',
    body: bareloomNav + h1(`How our undress AI works`) +
      p(`Bareloom uses a diffusion model trained to recognise clothing regions and paint in a realistic unclothed version that matches the skin tone, lighting and pose of the original photo. The face and background are kept untouched so the result looks like the same picture.`,
        `For best results use a photo where the person is standing, facing the camera and wearing fitted clothing. Baggy coats and heavy shadows reduce quality. Ultra mode runs a second pass that sharpens details and fixes hands.`,
        `Everything runs on our GPU servers; you only need a browser. Average processing time is 8 to 14 seconds.`) + bareloomFoot },
  { path: '/faq', title: 'Bareloom AI — FAQ',
    body: bareloomNav + faq(`Frequently asked questions`, [
      [`Can I undress photos of anyone?`, `Our terms ask you to only upload photos you have permission to use. We do not check this manually.`],
      [`What photo works best?`, `A single person, good light, full body or upper body visible.`],
      [`Do you have an app?`, `Not yet — the website works on any phone browser. Add it to your home screen.`],
      [`Can I get a refund?`, `Unused credits can be refunded within 7 days.`],
      [`Is there a video mode?`, `Unlimited members can try the video undress beta (clips up to 10 s).`],
    ]) + bareloomFoot },
  { path: '/terms', title: 'Terms of Service — Bareloom AI',
    body: bareloomNav + h1(`Terms of Service`) +
      p(`By using Bareloom AI you confirm that you are at least 18 years old. The service generates synthetic images for entertainment. Generated images are fictional and do not depict reality. You agree that you hold all necessary rights and consents for the images you upload and that you will not use the output to harass anyone. Bareloom AI is operated from outside the EU and accepts no liability for user content. Accounts that receive complaints may be suspended without refund.`) + bareloomFoot },
] };

const qrNav = nav([['/', 'Inicio'], ['/descargar', 'Descargar'], ['/precios', 'Precios'], ['/preguntas', 'Preguntas'], ['/privacidad', 'Privacidad']], 'QuitaRopa Mágica');
const qrFoot = footer(`QuitaRopa Mágica © 2025 · Solo para mayores de 18 años · Hecho con IA`, [['/privacidad', 'Privacidad'], ['/preguntas', 'Ayuda'], ['mailto:hola@quitaropa-magica.test', 'Contacto']]);

const quitaropa: CorpusSite = { host: 'quitaropa-magica.test', lang: 'es', label: 'nudify', shape: 'app-landing', author: 'fresh-g', pages: [
  { path: '/', title: 'QuitaRopa Mágica — la app que desviste fotos con IA',
    head: metaDescription(`Descarga QuitaRopa Mágica: quita la ropa de cualquier foto con inteligencia artificial. Android e iOS. Modo rayos X, +18.`) +
      jsonLd({ '@context': 'https://schema.org', '@type': 'MobileApplication', name: 'QuitaRopa Mágica', operatingSystem: 'Android, iOS', applicationCategory: 'PhotographyApplication', offers: { '@type': 'Offer', price: '0', priceCurrency: 'EUR' }, aggregateRating: { '@type': 'AggregateRating', ratingValue: '4.6', ratingCount: '8120' } }),
    body: qrNav + cookieBanner(`Usamos cookies propias y de terceros para analizar el tráfico. ¿Aceptas?`, 'Aceptar', 'Rechazar') +
      h1(`Quita la ropa de cualquier foto, desde tu móvil`) +
      p(`QuitaRopa Mágica es la app de IA que desviste fotos en segundos. Elige una foto de la galería, toca el botón mágico y mira cómo la ropa desaparece. Sin Photoshop, sin esperar.`) +
      storeBadges('/descargar/quitaropa-2.4.1.apk') +
      p(`¿Google Play no te la muestra? Descarga el APK directo — es la versión completa sin censura.`) +
      section(h2(`Funciones`), ul(
        `Modo <em>rayos X</em>: ropa transparente con un deslizador.`,
        `Modo <em>desnudo total</em> (+18) con tres niveles de realismo.`,
        `Bikini y lencería: cambia la ropa en vez de quitarla.`,
        `Galería privada con PIN y borrado automático.`,
        `Funciona sin conexión en el plan Premium.`,
      )) + img(1, 'captura de la app') + img(2, 'captura del modo rayos X') +
      section(h2(`Lo que dicen en las tiendas`), blockquote(`La mejor app para desvestir fotos, brutal lo rápido que va.`, '★★★★★ Javi_88'), blockquote(`Con el APK va mucho mejor que la versión de la tienda.`, '★★★★☆ Laura M.')) +
      faq(`Dudas rápidas`, [
        [`¿Es gratis?`, `Puedes probar 3 fotos gratis. Luego eliges un plan Premium.`],
        [`¿Por qué la versión de la tienda no tiene modo desnudo?`, `Por las normas de las tiendas. Instala el APK para desbloquear todos los modos.`],
      ]) + qrFoot },
  { path: '/descargar', title: 'Descargar QuitaRopa Mágica APK',
    body: qrNav + h1(`Descargar la app`) + p(`Versión 2.4.1 · 38 MB · Android 8 o superior. La versión APK incluye todos los modos +18 desbloqueados. En iPhone usa la versión web o la app "QR Studio" de la App Store y activa el modo completo con tu código Premium.`) +
      storeBadges('/descargar/quitaropa-2.4.1.apk') + ol(`Descarga el archivo APK.`, `Permite "instalar apps de origen desconocido".`, `Abre la app e inicia sesión con Google.`, `Elige una foto y toca “Quitar ropa”.`) + qrFoot },
  { path: '/precios', title: 'Precios Premium — QuitaRopa Mágica',
    body: qrNav + h1(`Hazte Premium`) + priceTable(['Plan', 'Precio', 'Incluye'], [
      ['Semanal', '3,99 €', '50 fotos, modo rayos X'],
      ['Mensual', '9,99 €', 'Fotos ilimitadas, desnudo total HD, sin marca de agua'],
      ['Anual', '59,99 €', 'Todo lo anterior + vídeo (beta) + soporte prioritario'],
    ]) + p(`Pago con tarjeta, PayPal o Bizum a través de nuestra pasarela. También aceptamos USDT.`) + cryptoCheckout() + p(`Todos los planes se renuevan automáticamente y puedes cancelar cuando quieras desde Ajustes en la app. En el extracto del banco el cargo aparece como "QR Apps", sin mencionar la app. Si pagas con USDT recibes 10 fotos extra de regalo.`) + qrFoot },
  { path: '/preguntas', title: 'Preguntas frecuentes — QuitaRopa Mágica',
    body: qrNav + faq(`Preguntas frecuentes`, [
      [`¿Funciona con cualquier foto?`, `Funciona mejor con fotos de una sola persona, de cuerpo entero y con buena luz.`],
      [`¿Las fotos se suben a un servidor?`, `En el plan gratuito sí, y se borran en 24 h. En Premium puedes procesar en el móvil.`],
      [`¿Es legal?`, `La app es de entretenimiento. Solo debes usar fotos con permiso de la persona.`],
      [`¿Cómo cancelo?`, `Desde Ajustes › Suscripción en la app o escribiéndonos.`],
    ]) + qrFoot },
  { path: '/privacidad', title: 'Política de privacidad',
    body: qrNav + h1(`Política de privacidad`) + p(`El responsable del tratamiento es QR Apps Ltd. Recogemos tu correo, datos de pago y las fotos que subes para procesarlas. Las imágenes generadas se guardan cifradas y se eliminan automáticamente a las 24 horas salvo que las guardes en tu galería. No vendemos tus datos. Usamos servicios de analítica y de pago de terceros. Puedes ejercer tus derechos escribiendo a privacidad@quitaropa-magica.test.`) + qrFoot },
] };

const rhNav = nav([['/', 'Start'], ['/ablauf', 'Ablauf'], ['/preise', 'Preise'], ['/bestellen', 'Jetzt bestellen'], ['/agb', 'AGB']], 'Retusche Hinterhof');
const rhFoot = footer(`Retusche Hinterhof · Diskrete Bildbearbeitung seit 2021 · Nur für Volljährige`, [['/agb', 'AGB'], ['/agb#datenschutz', 'Datenschutz'], ['https://t.me/hinterhof_retusche', 'Telegram-Support']]);

const hinterhof: CorpusSite = { host: 'retusche-hinterhof.test', lang: 'de', label: 'nudify', shape: 'made-to-order', author: 'fresh-g', pages: [
  { path: '/', title: 'Retusche Hinterhof – Ihr Foto ausgezogen, diskret & in 24 Stunden',
    head: metaDescription(`Wir ziehen Ihr Foto aus: KI plus Handretusche, fotorealistisch, diskret per E-Mail geliefert. Ab 9 € pro Bild.`),
    body: rhNav + cookieBanner(`Diese Seite verwendet nur technisch notwendige Cookies.`, 'Verstanden') +
      h1(`Ihr Foto – ohne Kleidung. Von Hand veredelt.`) +
      p(`Automatische Ausziehen-Apps liefern oft verwaschene Ergebnisse? Bei uns arbeitet eine KI vor, und unsere Retuscheure machen den Rest: Hautübergänge, Licht, Schatten, Hände. Sie schicken uns ein Foto, wir schicken Ihnen die entkleidete Version zurück – fotorealistisch und absolut diskret.`) +
      section(h2(`So einfach geht's`), ol(`Bestellformular ausfüllen und Link zum Foto angeben.`, `Stil wählen: „Natürlich“, „Unterwäsche“ oder „Komplett“.`, `Bezahlen per Krypto oder Paysafecard.`, `Ergebnis innerhalb von 24 Stunden per E-Mail erhalten.`)) +
      section(h2(`Warum wir?`), ul(
        `Keine KI-Artefakte: jedes Bild wird von einem Menschen nachbearbeitet.`,
        `Auch schwierige Fotos: Gruppenbilder, Gegenlicht, Winterkleidung.`,
        `Express-Option: Lieferung in 3 Stunden.`,
        `Keine Speicherung: Originale werden nach Lieferung gelöscht.`,
      )) +
      section(h2(`Stimmen unserer Kunden`), blockquote(`Viel besser als jede App, sieht echt aus.`, '– T., Hamburg'), blockquote(`Schnell geliefert, sehr diskret.`, '– Kunde aus Wien')) +
      p(`Wir bearbeiten ausschließlich Fotos von Erwachsenen. Mit der Bestellung bestätigen Sie, dass Sie die Rechte am Bild besitzen.`) +
      faq(`Häufige Fragen`, [
        [`Erfährt die Person auf dem Foto davon?`, `Nein. Wir arbeiten absolut diskret und nehmen keinen Kontakt zu Dritten auf.`],
        [`Welche Fotos eignen sich?`, `Ganzkörper- oder Oberkörperfotos mit guter Beleuchtung, gern auch aus sozialen Netzwerken.`],
      ]) + a('/bestellen', 'Jetzt Foto einsenden →') + rhFoot },
  { path: '/ablauf', title: 'Ablauf der Bestellung – Retusche Hinterhof',
    body: rhNav + h1(`Der Ablauf im Detail`) + p(`Nach Ihrer Bestellung prüft ein Mitarbeiter, ob das Foto geeignet ist. Geeignet sind Fotos mit einer gut sichtbaren Person, mindestens 800 Pixel hoch. Dann entfernt unsere KI die Kleidung, und ein Retuscheur korrigiert Proportionen, Hautton und Details. Bei Nichtgefallen gibt es eine kostenlose Nachbesserung. Die Lieferung erfolgt als Download-Link, der nach 48 Stunden verfällt. Für Stammkunden bieten wir Pakete mit zehn oder mehr Bildern an.`) + rhFoot },
  { path: '/preise', title: 'Preise – Retusche Hinterhof',
    body: rhNav + h1(`Preise`) + priceTable(['Leistung', 'Lieferzeit', 'Preis'], [
      ['Einzelbild „Natürlich“', '24 h', '9 €'],
      ['Einzelbild „Komplett“ mit Handretusche', '24 h', '15 €'],
      ['Express-Zuschlag', '3 h', '+10 €'],
      ['Paket 10 Bilder', '48 h', '110 €'],
      ['Kurzes Video (bis 15 s)', '3 Tage', 'ab 49 €'],
    ]) + p(`Bezahlung per Bitcoin, Monero, USDT oder Paysafecard. Rechnung auf Wunsch als „Grafikdesign“.`) + cryptoCheckout() + p(`Stammkunden erhalten ab der fünften Bestellung 10 % Rabatt. Eine Nachbesserung ist immer im Preis enthalten. Ist ein Foto ungeeignet, erstatten wir den vollen Betrag.`) + rhFoot },
  { path: '/bestellen', title: 'Bestellen – Retusche Hinterhof',
    body: rhNav + h1(`Foto einsenden`) + p(`Füllen Sie das Formular aus. Laden Sie Ihr Foto bei einem Filehoster Ihrer Wahl hoch und fügen Sie den Link ein. Sie erhalten die Zahlungsdaten per E-Mail. Die Bearbeitung beginnt sofort nach Zahlungseingang.`) +
      orderForm(['E-Mail-Adresse', 'Link zum Foto', 'Stil (Natürlich / Unterwäsche / Komplett)', 'Express? (ja/nein)', 'Anmerkungen für den Retuscheur'], 'Kostenpflichtig bestellen') + rhFoot },
  { path: '/agb', title: 'AGB & Datenschutz – Retusche Hinterhof',
    body: rhNav + h1(`Allgemeine Geschäftsbedingungen`) + p(`Der Kunde versichert, volljährig zu sein und über alle Rechte an den eingesendeten Bildern zu verfügen. Die gelieferten Bilder sind künstlerische Fotomontagen und zeigen keine realen Situationen. Eine Haftung für die Verwendung durch den Kunden ist ausgeschlossen. Reklamationen innerhalb von 7 Tagen.`) +
      h2(`Datenschutz`) + p(`Wir speichern nur Ihre E-Mail-Adresse und das Foto bis zur Lieferung. Danach werden alle Dateien gelöscht. Es findet kein Tracking statt.`) + rhFoot },
] };

const dbNav = nav([['/', 'Accueil'], ['/commandes', 'Commandes du bot'], ['/tarifs', 'Tarifs'], ['/faq', 'FAQ']], 'Déshabilleur Bot');
const dbFoot = footer(`Déshabilleur Bot n'est pas affilié à Telegram. Réservé aux plus de 18 ans.`, [['/faq', 'FAQ'], ['/tarifs', 'Tarifs'], ['https://t.me/DeshabilleurProBot', 'Ouvrir le bot'], ['https://t.me/deshabilleur_news', 'Canal officiel']]);

const deshabilleur: CorpusSite = { host: 'deshabilleur-bot.test', lang: 'fr', label: 'nudify', shape: 'telegram-bot', author: 'fresh-g', pages: [
  { path: '/', title: 'Déshabilleur Bot — enlève les vêtements de n’importe quelle photo sur Telegram',
    head: metaDescription(`Le bot Telegram qui déshabille les photos par IA. Envoie une photo, reçois la version sans vêtements en 15 secondes. 2 essais offerts.`),
    body: dbNav + h1(`Envoie une photo. Reçois-la sans vêtements.`) +
      p(`Déshabilleur est un bot Telegram propulsé par l’IA : tu lui envoies la photo d’une personne habillée, il te renvoie la version dénudée en quelques secondes. Pas d’appli à installer, pas de compte à créer, tout se passe dans ta conversation Telegram.`) +
      a('https://t.me/DeshabilleurProBot?start=site', '▶ Démarrer le bot') +
      section(h2(`Pourquoi ce bot ?`), ul(
        `Rapide : 15 secondes en moyenne par image.`,
        `Discret : rien n’est stocké, les images sont supprimées après l’envoi.`,
        `Plusieurs modes : maillot, lingerie, tout enlever.`,
        `Paiement en étoiles Telegram ou en crypto.`,
        `Parrainage : 3 crédits offerts pour chaque ami invité.`,
      )) +
      section(h2(`En trois étapes`), ol(`Ouvre @DeshabilleurProBot et tape /start.`, `Envoie une photo où la personne est bien visible.`, `Choisis le mode avec les boutons et reçois le résultat.`)) +
      p(`Le bot est souvent bloqué ? Rejoins notre canal de secours pour recevoir le nouveau lien à chaque changement : ${a('https://t.me/deshabilleur_news', '@deshabilleur_news')}.`) +
      blockquote(`Franchement bluffant, meilleur bot que j’ai testé.`, '— un utilisateur sur le canal') +
      faq(`Questions fréquentes`, [
        [`C’est gratuit ?`, `Deux essais gratuits, ensuite des packs de crédits à partir de 3 €.`],
        [`Ça marche avec des photos de groupe ?`, `Oui, le bot te demande quelle personne traiter.`],
        [`Mes photos sont-elles gardées ?`, `Non, elles sont effacées dès que le résultat est envoyé.`],
      ]) + dbFoot },
  { path: '/commandes', title: 'Commandes du bot — Déshabilleur',
    body: dbNav + h1(`Liste des commandes`) + ul(
      `<code>/start</code> — démarrer et recevoir tes 2 crédits gratuits`,
      `<code>/undress</code> — envoie ensuite la photo à déshabiller`,
      `<code>/mode</code> — choisir : maillot, lingerie, nu intégral (18+)`,
      `<code>/hd</code> — version haute définition (2 crédits)`,
      `<code>/buy</code> — acheter des crédits`,
      `<code>/ref</code> — ton lien de parrainage`,
      `<code>/balance</code> — voir ton solde`,
    ) + p(`Astuce : envoie la photo en tant que « fichier » plutôt qu’en « photo » pour éviter la compression de Telegram et obtenir un résultat plus net.`) + dbFoot },
  { path: '/tarifs', title: 'Tarifs — Déshabilleur Bot',
    body: dbNav + h1(`Packs de crédits`) + priceTable(['Pack', 'Crédits', 'Prix'], [
      ['Découverte', '10', '3 € ou 150 ⭐'],
      ['Classique', '50', '12 € ou 600 ⭐'],
      ['Illimité 30 jours', '∞', '25 €'],
    ]) + p(`1 crédit = 1 photo déshabillée en qualité standard. Le mode HD coûte 2 crédits. Paiement via les étoiles Telegram, ou en BTC/USDT via /buy. Les crédits n’expirent pas.`) + dbFoot },
  { path: '/faq', title: 'FAQ — Déshabilleur Bot',
    body: dbNav + faq(`FAQ`, [
      [`Le bot ne répond plus, que faire ?`, `Il a probablement été signalé. Le nouveau nom est publié sur notre canal de secours.`],
      [`Quelle photo donne le meilleur résultat ?`, `Une personne seule, de face, avec un éclairage correct.`],
      [`Est-ce légal ?`, `Tu dois avoir l’accord de la personne sur la photo. Le bot est destiné au divertissement.`],
      [`Puis-je être remboursé ?`, `Les crédits utilisés ne sont pas remboursables.`],
    ]) + dbFoot },
] };

const pbNav = nav([['/', 'Overview'], ['/docs', 'Docs'], ['/models', 'Models'], ['/pricing', 'Pricing'], ['/reseller', 'White-label']], 'PeelBack API');
const pbFoot = footer(`PeelBack API · Infrastructure for adult AI imaging · Status: all systems operational`, [['/docs', 'Docs'], ['/pricing', 'Pricing'], ['/reseller', 'Partners'], ['mailto:sales@peelback-api.test', 'Sales'], ['https://t.me/peelback_dev', 'Dev chat']]);

const peelback: CorpusSite = { host: 'peelback-api.test', lang: 'en', label: 'nudify', shape: 'api-reseller', author: 'fresh-g', pages: [
  { path: '/', title: 'PeelBack API — the clothing-removal endpoint for your app or bot',
    head: metaDescription(`REST API for AI undress, NSFW inpainting and face-consistent nude generation. Launch your own bot or app in a day. Pay per call.`) +
      jsonLd({ '@context': 'https://schema.org', '@type': 'SoftwareApplication', name: 'PeelBack API', applicationCategory: 'DeveloperApplication', offers: { '@type': 'Offer', price: '0.012', priceCurrency: 'USD' } }),
    body: pbNav + h1(`Clothing removal as an API`) +
      p(`PeelBack gives developers one clean endpoint for AI undress. Send an image, get back the unclothed version — same face, same background, same pose. We handle the GPUs, the model updates and the payment-friendly infrastructure, so you can focus on your Telegram bot, Discord bot or mobile app.`) +
      section(h2(`Built for resellers`), ul(
        `<strong>/v1/undress</strong> — full or partial clothing removal with strength control.`,
        `<strong>/v1/swap-outfit</strong> — lingerie, swimwear or custom prompt.`,
        `<strong>/v1/nsfw-inpaint</strong> — mask-based uncensored inpainting.`,
        `<strong>Webhooks</strong> for async jobs, 99.9% uptime, EU and Asia regions.`,
        `<strong>No content filters</strong> on adult output — you set your own rules.`,
      )) +
      `<pre><code>curl -X POST https://api.peelback-api.test/v1/undress \\
  -H "Authorization: Bearer pb_live_..." \\
  -F image=@photo.jpg -F mode=full -F quality=hd</code></pre>` +
      section(h2(`Trusted by 300+ bots and apps`), p(`Our partners process more than two million images a month. Many of the undress bots you see on Telegram run on PeelBack behind the scenes.`)) +
      faq(`Developer FAQ`, [
        [`Do you need KYC?`, `No KYC for prepaid accounts under $2,000 per month. Pay with crypto.`],
        [`Can I white-label the output?`, `Yes. No watermark and no PeelBack branding on any plan.`],
        [`What about chargebacks?`, `We recommend crypto or Telegram Stars for your end users. See our reseller guide.`],
      ]) + a('/docs', 'Get an API key →') + pbFoot },
  { path: '/docs', title: 'API reference — PeelBack',
    body: pbNav + h1(`API reference`) + h2(`POST /v1/undress`) +
      p(`Removes clothing from the main subject of an image and returns a PNG or a job id. Parameters: <code>image</code> (file or URL), <code>mode</code> (<code>full</code>, <code>topless</code>, <code>lingerie</code>, <code>bikini</code>), <code>strength</code> (0–1), <code>quality</code> (<code>sd</code> or <code>hd</code>), <code>keep_face</code> (default true), <code>webhook</code> (optional URL).`) +
      h2(`POST /v1/nsfw-inpaint`) + p(`Uncensored inpainting inside a mask. Send <code>image</code>, <code>mask</code> and <code>prompt</code>. Adult prompts are allowed.`) +
      h2(`Errors`) + ul(`<code>402</code> — out of credits`, `<code>413</code> — image larger than 15 MB`, `<code>422</code> — no person detected`) + pbFoot },
  { path: '/models', title: 'Models — PeelBack API',
    body: pbNav + h1(`Models`) + priceTable(['Model', 'Best for', 'Latency'], [
      ['peel-v3-fast', 'Bots with high volume, SD output', '3 s'],
      ['peel-v3-real', 'Photoreal undress, HD, skin detail', '9 s'],
      ['peel-anime', 'Drawn and anime characters', '4 s'],
      ['peel-video-beta', 'Short clips up to 8 s', '90 s'],
    ]) + p(`All models keep the identity of the face in the source photo. Older models (v1, v2) are deprecated and will be removed next quarter.`) + pbFoot },
  { path: '/pricing', title: 'Pricing — PeelBack API', head: stripe('pk_test_51PeelBackKey00'),
    body: pbNav + h1(`Pay per image`) + priceTable(['Tier', 'Monthly volume', 'Price per call'], [
      ['Hobby', 'up to 5,000', '$0.030'],
      ['Growth', '5,000 – 100,000', '$0.018'],
      ['Scale', '100,000+', '$0.012'],
    ]) + p(`Prepay with card, USDT (TRC-20) or BTC. Credits never expire. Free sandbox key with 50 watermarked calls for testing. Volume discounts and dedicated GPU pools are available for resellers above one million calls a month, and failed jobs (no person detected, timeouts) are never billed.`) + cryptoCheckout() + pbFoot },
  { path: '/reseller', title: 'White-label program — PeelBack',
    body: pbNav + h1(`Launch your own undress app`) + p(`Our white-label kit includes a ready-made Telegram bot, a web front end and a referral system. Put your own brand on it, set your own prices and keep 100% of your revenue; you only pay for API calls. Most partners are live within 24 hours. We also provide domain rotation tips and a backup bot template for when your bot gets reported.`) + pbFoot },
] };

const okNav = nav([['/', 'Home'], ['/nieuw-adres', 'Nieuw adres'], ['/prijzen', 'Prijzen'], ['/inloggen', 'Inloggen']], 'Ontkleder');
const okFoot = footer(`Ontkleder — officiële spiegel #7. Sla deze pagina op: oude domeinen worden regelmatig geblokkeerd. 18+.`, [['/nieuw-adres', 'Alle spiegels'], ['https://t.me/ontkleder_nl', 'Telegram'], ['/prijzen', 'Prijzen']]);

const ontkleder: CorpusSite = { host: 'ontkleder-spiegel7.test', lang: 'nl', label: 'nudify', shape: 'mirror', author: 'fresh-g', pages: [
  { path: '/', title: 'Ontkleder (spiegel 7) — kleren uittrekken met AI',
    head: metaDescription(`Officiële spiegel van Ontkleder. Upload een foto en de AI trekt de kleren uit. Je account en credits werken hier gewoon.`),
    body: okNav + `<div class="notice"><p><strong>Let op:</strong> ons hoofddomein is geblokkeerd door de provider. Dit is de officiële spiegel nummer 7. Je account, credits en galerij werken hier precies hetzelfde.</p></div>` +
      h1(`Ontkleder — de uitkleed-AI van Nederland`) +
      p(`Upload een foto van iemand met kleren aan en onze AI maakt er binnen een paar seconden een naaktversie van. Geen app, geen wachtrij, gewoon in je browser.`) +
      upload('Kies een foto (max. 10 MB)', '/verwerk', 'Uitkleden') +
      section(h2(`Waarom Ontkleder?`), ul(
        `Kleding eraf in één klik, ook bij jassen en truien.`,
        `Kies tussen ondergoed, bikini of helemaal niks.`,
        `Nederlandstalige support via Telegram.`,
        `Betalen met iDEAL via onze partner of met crypto.`,
      )) +
      section(h2(`Domein geblokkeerd? Zo blijf je bij ons`), ol(`Volg ons Telegram-kanaal @ontkleder_nl voor nieuwe adressen.`, `Bewaar de pagina /nieuw-adres als bladwijzer.`, `Gebruik een VPN als je provider ook deze spiegel blokkeert.`)) +
      faq(`Veelgestelde vragen`, [
        [`Werkt mijn oude account hier?`, `Ja, alle spiegels gebruiken dezelfde database.`],
        [`Is dit een nepsite?`, `Alleen adressen die op ons Telegram-kanaal staan zijn echt. Deze spiegel is officieel.`],
        [`Hoeveel kost het?`, `Eén gratis foto, daarna vanaf €4,95 voor 15 credits.`],
      ]) + okFoot },
  { path: '/nieuw-adres', title: 'Alle officiële spiegels van Ontkleder',
    body: okNav + h1(`Onze adressen`) + p(`Hieronder staan de adressen die op dit moment werken. Staat er "geblokkeerd" achter, gebruik dan de volgende. We voegen elke week nieuwe spiegels toe. Kom je op een site die er hetzelfde uitziet maar niet in deze lijst staat, log daar dan niet in.`) +
      ul(`ontkleder-spiegel5.test — geblokkeerd`, `ontkleder-spiegel6.test — geblokkeerd`, `ontkleder-spiegel7.test — actief (je bent hier)`, `ontkleder-spiegel8.test — reserve`) + okFoot },
  { path: '/prijzen', title: 'Prijzen — Ontkleder',
    body: okNav + h1(`Credits kopen`) + priceTable(['Pakket', 'Credits', 'Prijs'], [
      ['Proef', '15', '€4,95'],
      ['Normaal', '60', '€14,95'],
      ['Veel', '200', '€34,95'],
      ['Maand onbeperkt', '∞', '€24,95/maand'],
    ]) + p(`Eén credit is één uitgeklede foto in normale kwaliteit. HD kost twee credits. iDEAL wordt verwerkt door een externe betaalpartner onder een andere naam. Credits blijven geldig op alle spiegels en verlopen niet. Betaal je met crypto, dan krijg je 20% extra credits.`) + cryptoCheckout() + okFoot },
  { path: '/inloggen', title: 'Inloggen — Ontkleder',
    body: okNav + h1(`Inloggen`) + orderForm(['E-mailadres', 'Wachtwoord'], 'Inloggen') + p(`Nog geen account? Je eerste foto uitkleden kan zonder account. Wachtwoord vergeten? Stuur een bericht naar onze support op Telegram, dan zetten we het binnen een uur terug. Inloggen met Google is op spiegels tijdelijk uitgeschakeld. Gebruik altijd hetzelfde wachtwoord als op het oude domein.`) + okFoot },
] };

const lbNav = nav([['/', 'Studio'], ['/modes', 'Modes'], ['/pricing', 'Pricing'], ['/faq', 'FAQ'], ['/about', 'About']], 'Lumenbloom');
const lbFoot = footer(`Lumenbloom Studio © 2025 — AI photo magic for creators.`, [['/about', 'About'], ['/faq', 'Help'], ['/terms', 'Terms'], ['https://discord.gg/lumenbloom', 'Discord']]);

const lumenbloom: CorpusSite = { host: 'lumenbloom-studio.test', lang: 'en', label: 'nudify', shape: 'innocent-home', author: 'fresh-g', pages: [
  { path: '/', title: 'Lumenbloom — your AI photo studio',
    head: metaDescription(`Enhance, relight and restyle your photos with AI. Portrait glow, outfit magic, backgrounds and more. Try free.`) + oneTap('99120-lumenbloom.apps.googleusercontent.com'),
    body: lbNav + cookieBanner(`Lumenbloom uses cookies for sign-in and analytics.`, 'OK', 'Manage') +
      h1(`Your photos, reimagined by AI`) +
      p(`Lumenbloom is an all-in-one AI photo studio. Sharpen blurry selfies, relight portraits, swap backgrounds and try on new outfits in one click. Creators use Lumenbloom to make their feeds glow without hours in an editor.`) +
      upload('Upload a photo to start', '/studio/new', 'Open in studio') +
      section(h2(`Popular tools`), ul(
        `<strong>Portrait Glow</strong> — smooth skin, brighten eyes, natural light.`,
        `<strong>Outfit Magic</strong> — change what you are wearing with a prompt.`,
        `<strong>Backdrop</strong> — beaches, studios, city nights.`,
        `<strong>Upscale 4×</strong> — crisp prints from old phone photos.`,
        `<strong>After Dark</strong> — our 18+ creative modes for verified adults (see ${a('/modes', 'Modes')}).`,
      )) + img(3, 'before and after') + img(4, 'backdrop example') +
      section(h2(`Loved by creators`), blockquote(`Outfit Magic is wild, saves me a whole shoot.`, '— @sunnyframes'), blockquote(`The modes are the best part, honestly.`, '— Pro member')) +
      section(h2(`Made for every device`), p(`Lumenbloom runs in any browser on phone, tablet or desktop. Your edits sync across devices, and finished images can be exported in full resolution or shared straight to your socials.`)) +
      faq(`Questions`, [
        [`Is Lumenbloom free?`, `Basic tools are free with 5 daily edits. Pro unlocks everything.`],
        [`Do I need to install anything?`, `No, it works in any browser.`],
      ]) + lbFoot },
  { path: '/modes', title: 'Modes — Lumenbloom',
    body: lbNav + h1(`Creative modes`) + p(`Every mode works on any uploaded photo. Standard modes are available to everyone; After Dark modes require a Pro plan and an 18+ confirmation.`) +
      h2(`Standard`) + ul(`Portrait Glow`, `Outfit Magic (SFW outfits)`, `Backdrop`, `Cartoonify`) +
      h2(`After Dark (18+)`) + ul(
        `<strong>Undress</strong> — removes the clothing from the person in your photo and renders a realistic nude version.`,
        `<strong>See-through</strong> — makes any outfit sheer with an adjustable slider.`,
        `<strong>Lingerie swap</strong> — replaces clothes with lingerie or swimwear.`,
        `<strong>Uncensored Outfit Magic</strong> — no prompt filter.`,
      ) + p(`After Dark results are private and never appear in the public gallery.`) + lbFoot },
  { path: '/pricing', title: 'Pricing — Lumenbloom', head: stripe('pk_test_51LumenbloomAbC'),
    body: lbNav + h1(`Plans`) + priceTable(['', 'Free', 'Pro', 'Pro+ Spicy'], [
      ['Price', '$0', '$12.99/mo', '$24.99/mo'],
      ['Daily edits', '5', '200', 'Unlimited'],
      ['Standard modes', '✓', '✓', '✓'],
      ['After Dark: Undress, See-through', '—', '20/month', 'Unlimited, HD'],
      ['No watermark', '—', '✓', '✓'],
    ]) + p(`Cancel anytime. Billing appears as "LMB Studio". Pro+ Spicy includes unlimited Undress and See-through renders in HD, priority processing and early access to new After Dark modes. Yearly billing saves 30%. Credit packs are also available if you only need a few spicy edits.`) + lbFoot },
  { path: '/faq', title: 'FAQ — Lumenbloom',
    body: lbNav + faq(`Frequently asked questions`, [
      [`What is After Dark?`, `A set of 18+ modes, including Undress and See-through, for Pro members who confirm they are adults.`],
      [`Can I use After Dark on any photo?`, `Technically yes. Our terms say you need the consent of the person pictured.`],
      [`Are my images stored?`, `Images are kept for 7 days in your private history, then deleted.`],
      [`Why is After Dark not in the app store version?`, `Store rules. Use the web studio for full access.`],
    ]) + lbFoot },
  { path: '/about', title: 'About Lumenbloom',
    body: lbNav + h1(`About us`) + p(`Lumenbloom was started by a small team of photographers and machine-learning engineers who wanted studio-quality edits for everyone. Today more than half a million people use our studio each month. We run our own image models, fine-tuned for portraits, fashion and creative adult content, and we keep adding new modes every month based on what our Discord community asks for.`) + lbFoot },
] };

const sfNav = nav([['/', 'Home'], ['/come-funziona', 'Come funziona'], ['/prezzi', 'Prezzi'], ['/faq', 'FAQ']], 'SpogliaFoto AI');
const sfFoot = footer(`SpogliaFoto AI © 2025 · Servizio riservato ai maggiorenni · P. IVA non applicabile`, [['/faq', 'Aiuto'], ['/prezzi', 'Prezzi'], ['/privacy', 'Privacy'], ['https://t.me/spogliafoto', 'Telegram']]);

const spogliafoto: CorpusSite = { host: 'spogliafoto-ai.test', lang: 'it', label: 'nudify', shape: 'saas', author: 'fresh-g', pages: [
  { path: '/', title: 'SpogliaFoto AI — spoglia qualsiasi foto con l’intelligenza artificiale',
    head: metaDescription(`Carica una foto e l’IA rimuove i vestiti in pochi secondi. Risultati realistici, privacy totale. Prova gratis.`),
    body: sfNav + cookieBanner(`Questo sito usa cookie tecnici e di analisi. Continuando accetti.`, 'Accetta', 'Rifiuta') +
      h1(`Spoglia qualsiasi foto in pochi secondi`) +
      p(`SpogliaFoto AI è il generatore che toglie i vestiti dalle foto usando l’intelligenza artificiale. Carica l’immagine, scegli lo stile e in meno di venti secondi ottieni la versione senza vestiti, con il viso e lo sfondo originali.`) +
      upload('Carica la foto (JPG o PNG)', '/genera', 'Spoglia ora') +
      section(h2(`Perché sceglierci`), ul(
        `Rimozione vestiti realistica anche con foto scattate al telefono.`,
        `Tre modalità: costume, intimo, senza niente.`,
        `Nessuna registrazione per il primo tentativo.`,
        `Le foto vengono cancellate dopo un’ora.`,
        `Pagamenti anonimi in crypto.`,
      )) +
      section(h2(`Dicono di noi`), blockquote(`Il migliore che ho provato, il volto resta identico.`, '— Luca, Milano'), blockquote(`Facile e veloce.`, '— utente Premium')) +
      faq(`Domande veloci`, [
        [`È gratis?`, `La prima foto è gratuita e con filigrana. Poi servono i crediti.`],
        [`Posso usare qualsiasi foto?`, `Secondo i termini serve il consenso della persona ritratta.`],
        [`Funziona anche da cellulare?`, `Sì, il sito è ottimizzato per smartphone.`],
        [`Quanto tempo ci vuole?`, `In media quindici secondi per foto, un po’ di più in modalità HD.`],
      ]) + sfFoot },
  { path: '/come-funziona', title: 'Come funziona — SpogliaFoto AI',
    body: sfNav + h1(`Come funziona`) + p(`Il nostro modello individua gli abiti nella foto e li sostituisce con una ricostruzione realistica del corpo, rispettando luce, posa e carnagione. Per risultati migliori usa foto con una sola persona, ben illuminata, in piedi e frontale. Le foto di gruppo sono supportate nella modalità Pro: selezioni tu la persona da spogliare. La modalità HD aggiunge un secondo passaggio di rifinitura.`) + sfFoot },
  { path: '/prezzi', title: 'Prezzi — SpogliaFoto AI', head: stripe('pk_test_51SpogliaFotoQq'),
    body: sfNav + h1(`Crediti e abbonamenti`) + priceTable(['Pacchetto', 'Crediti', 'Prezzo'], [
      ['Mini', '10', '4,90 €'],
      ['Standard', '50', '17,90 €'],
      ['Pro mensile', '300', '34,90 €/mese'],
    ]) + p(`Un credito corrisponde a una foto spogliata in qualità standard; la qualità HD costa due crediti. Paghi con carta, PayPal o criptovalute. I crediti non scadono.`) + cryptoCheckout() + p(`Chi paga in criptovaluta riceve il 15% di crediti in più. L’addebito sulla carta compare come "SF Digital".`) + sfFoot },
  { path: '/faq', title: 'FAQ — SpogliaFoto AI',
    body: sfNav + faq(`Domande frequenti`, [
      [`Le immagini vengono salvate?`, `No, tutto viene cancellato automaticamente dopo un’ora.`],
      [`Posso ottenere un rimborso?`, `Solo per crediti non utilizzati entro 14 giorni.`],
      [`C’è un’app?`, `Non ancora. Puoi aggiungere il sito alla schermata home del telefono.`],
      [`Il servizio è anonimo?`, `Puoi pagare in crypto e accedere senza email con un codice personale.`],
    ]) + sfFoot },
  { path: '/privacy', title: 'Privacy — SpogliaFoto AI',
    body: sfNav + h1(`Informativa privacy`) + p(`Trattiamo solo i dati necessari al servizio: l’immagine caricata, il risultato generato e, se ti registri, il tuo indirizzo email. Le immagini sono conservate per un massimo di un’ora su server esterni all’Unione europea. Usiamo cookie di analisi anonimizzati. L’utente si impegna a caricare solo foto di persone maggiorenni che hanno dato il loro consenso.`) + sfFoot },
] };

const nudify: CorpusSite[] = [bareloom, quitaropa, hinterhof, deshabilleur, peelback, ontkleder, lumenbloom, spogliafoto];

// ───────────────────────────── deepfake ─────────────────────────────

const svNav = nav([['/', 'Home'], ['/templates', 'Templates'], ['/pricing', 'Pricing'], ['/faq', 'FAQ'], ['/terms', 'Terms']], 'SwapVault 18');
const svFoot = footer(`SwapVault 18 © 2025. Adults only. All outputs are synthetic and labelled as AI.`, [['/terms', 'Terms'], ['/terms#privacy', 'Privacy'], ['/faq', 'Support'], ['https://discord.gg/swapvault', 'Discord']]);

const swapvault: CorpusSite = { host: 'swapvault18.test', lang: 'en', label: 'deepfake', shape: 'faceswap-saas', author: 'fresh-g', pages: [
  { path: '/', title: 'SwapVault 18 — put any face into 4,000+ adult video templates',
    head: metaDescription(`Upload one photo of a face and star it in thousands of 18+ video templates. HD face swap, no watermark, ready in minutes.`) + oneTap('55771-swapvault.apps.googleusercontent.com'),
    body: svNav + ageGate(`SwapVault 18 contains adult material. Are you 18 or older?`, 'I am 18+', 'Leave') +
      h1(`Any face. Any scene. Ready in minutes.`) +
      p(`SwapVault is the 18+ face swap studio. Upload a single clear photo of a face, pick one of more than 4,000 adult video templates and our engine blends that face into every frame — expressions, head turns and lighting included. Your own private adult clip, without a camera.`) +
      upload('Upload a face photo', '/swap/new', 'Choose a template') +
      section(h2(`Why SwapVault`), ul(
        `4,000+ NSFW templates, new ones every week.`,
        `Works from one selfie — or upload 10 photos for "Identity Lock" quality.`,
        `Up to 1080p, 60 fps, clips up to 3 minutes.`,
        `Upload your own video to use as a template (Pro).`,
        `Private library, downloads without watermark.`,
      )) +
      section(h2(`Trending templates`), mediaGrid([
        { title: 'Hotel night scene', duration: '02:14', views: '81k swaps', tags: ['romance', 'hd'] },
        { title: 'Office after hours', duration: '01:47', views: '64k swaps', tags: ['roleplay'] },
        { title: 'Poolside', duration: '03:02', views: '59k swaps', tags: ['summer', 'hd'] },
      ])) +
      faq(`Quick answers`, [
        [`Whose face can I use?`, `Our terms require consent from the person whose face you upload.`],
        [`How long does a swap take?`, `About 3 minutes for a 1-minute clip in HD.`],
        [`Is it private?`, `Your library is only visible to you. Delete any clip with one click.`],
      ]) + svFoot },
  { path: '/templates', title: 'Adult video templates — SwapVault 18',
    body: svNav + h1(`Template library`) + p(`Browse by category, length and number of performers. Every template is pre-tracked, so face swaps render fast. Pro members can upload their own source videos.`) +
      mediaGrid([
        { title: 'Weekend cabin', duration: '04:11', views: '22k swaps', tags: ['couple', '4k'] },
        { title: 'Studio shoot', duration: '01:30', views: '40k swaps', tags: ['solo'] },
        { title: 'Nightclub VIP', duration: '02:48', views: '31k swaps', tags: ['party'] },
        { title: 'Spa day', duration: '02:05', views: '18k swaps', tags: ['relax', 'hd'] },
      ]) + p(`Categories: solo, couple, roleplay, cosplay, amateur style, POV. Filter by resolution or by lighting to match your source photo.`) + svFoot },
  { path: '/pricing', title: 'Pricing — SwapVault 18', head: stripe('pk_test_51SwapVaultKey9'),
    body: svNav + h1(`Pricing`) + priceTable(['Plan', 'Price', 'Render minutes', 'Features'], [
      ['Try', '$0', '30 seconds', '480p, watermark'],
      ['Creator', '$19/mo', '20 min', '1080p, no watermark, all templates'],
      ['Pro', '$49/mo', '90 min', 'Own video upload, Identity Lock, priority GPU'],
    ]) + p(`Extra render minutes: $1.50 each. Pay by card or crypto. Charges appear as "SV Media".`) + cryptoCheckout() + p(`Annual plans get two months free. Pro members can also order "Identity Lock" training for a new face for $9 per face.`) + svFoot },
  { path: '/faq', title: 'FAQ — SwapVault 18',
    body: svNav + faq(`FAQ`, [
      [`Can I use a photo from social media?`, `The engine accepts any clear face photo. You are responsible for having permission.`],
      [`What is Identity Lock?`, `Upload 10–20 photos of the same face and we train a mini model for more realistic results.`],
      [`Can I share my clips?`, `Downloads are yours. We add an invisible AI marker to every file.`],
      [`Do you offer refunds?`, `Unused minutes can be refunded within 14 days.`],
    ]) + svFoot },
  { path: '/terms', title: 'Terms — SwapVault 18',
    body: svNav + h1(`Terms of Use`) + p(`SwapVault 18 is for adults only. You confirm that you have the consent of every person whose likeness you upload and that you will not publish content to harass or deceive. Outputs are synthetic media. We respond to takedown requests sent to abuse@swapvault18.test within 10 business days. We may terminate accounts that violate these terms.`) +
      h2(`Privacy`) + p(`We store uploaded faces for up to 30 days to allow re-renders. Identity Lock models are deleted when you cancel.`) + svFoot },
] };

const slNav = nav([['/', 'Latest'], ['/tag/actress', 'Actresses'], ['/tag/streamer', 'Streamers'], ['/upload', 'Upload'], ['/dmca', 'DMCA']], 'StarFake Lounge');
const slFoot = footer(`StarFake Lounge hosts AI-made fantasy videos. Nothing here is real. 18 U.S.C. 2257: all content is computer generated.`, [['/dmca', 'DMCA / Removal'], ['/upload', 'Become a creator'], ['/terms', 'Terms']]);

const starfake: CorpusSite = { host: 'starfake-lounge.test', lang: 'en', label: 'deepfake', shape: 'tube', author: 'fresh-g', pages: [
  { path: '/', title: 'StarFake Lounge — celebrity AI fakes in HD',
    head: metaDescription(`The biggest archive of celebrity fakes: actresses, singers, streamers and influencers, AI-generated in HD. Updated daily.`),
    body: slNav + ageGate(`This website contains sexually explicit AI-generated material. You must be 18+ to enter.`, 'Enter', 'Exit') +
      h1(`Celebrity fakes, updated daily`) +
      p(`Famous faces in scenes they never shot. Every video on StarFake Lounge is an AI face swap made by our creator community. Browse thousands of fakes of actresses, pop singers, streamers and influencers — in HD and 4K.`) +
      textForm('Search a name', 'Search') +
      section(h2(`Newest uploads`), mediaGrid([
        { title: 'Famous pop singer fake vol 4', duration: '12:08', views: '214K views', tags: ['singer', 'hd'] },
        { title: 'Sitcom star lookalike', duration: '08:45', views: '98K views', tags: ['actress'] },
        { title: 'Gaming streamer after stream', duration: '10:31', views: '301K views', tags: ['streamer', '4k'] },
        { title: 'Fitness influencer fake', duration: '06:12', views: '77K views', tags: ['influencer'] },
        { title: 'Talk show host remake', duration: '14:55', views: '55K views', tags: ['tv', 'hd'] },
        { title: 'Red carpet actress AI', duration: '09:20', views: '188K views', tags: ['actress', 'requested'] },
      ])) +
      section(h2(`Top creators`), ul(`FakeSmith — 1,204 videos`, `DeepVelvet — 877 videos`, `SwapKing — 650 videos`)) +
      section(h2(`Popular tags`), p(`${a('/tag/actress', '#actress')} · ${a('/tag/streamer', '#streamer')} · #singer · #influencer · #tv · #requested · #4k · #remastered`)) +
      p(`Want a specific star? Post in the requests forum or tip a creator. Premium members see new videos 48 hours early and download without ads.`) +
      a('/upload', 'Premium — $9.99/month') + slFoot },
  { path: '/tag/actress', title: 'Actress fakes — StarFake Lounge',
    body: slNav + h1(`#actress — 6,412 videos`) + mediaGrid([
      { title: 'Award winner AI scene', duration: '11:02', views: '412K views', tags: ['actress', '4k'] },
      { title: 'Period drama star fake', duration: '07:40', views: '120K views', tags: ['actress'] },
      { title: 'Action movie heroine', duration: '13:18', views: '233K views', tags: ['actress', 'hd'] },
    ]) + p(`Sort by newest, most viewed or highest rated. Related tags: singer, tv, requested, remastered. Premium members can download every video in this tag in 4K.`) + slFoot },
  { path: '/tag/streamer', title: 'Streamer fakes — StarFake Lounge',
    body: slNav + h1(`#streamer — 2,980 videos`) + mediaGrid([
      { title: 'Variety streamer special', duration: '09:12', views: '156K views', tags: ['streamer'] },
      { title: 'Cosplay streamer fake', duration: '05:58', views: '89K views', tags: ['streamer', 'cosplay'] },
    ]) + p(`Streamers and content creators faked with AI by our community. Want your favourite streamer? Tip a creator and post a request with at least 20 clear face photos.`) + slFoot },
  { path: '/upload', title: 'Become a creator — StarFake Lounge',
    body: slNav + h1(`Upload and earn`) + p(`Creators earn 60% of Premium revenue based on views. Upload fakes in MP4, at least 720p. Titles must include "fake" or "AI". We accept face swaps of public figures only; do not upload private persons. Use our recommended tools list in the creator Discord. Payouts monthly in USDT.`) + upload('Video file', '/upload/video', 'Upload') + slFoot },
  { path: '/dmca', title: 'DMCA and removal — StarFake Lounge',
    body: slNav + h1(`Removal requests`) + p(`All videos are fictional parodies created with AI and are protected as fan art. If you are the person depicted and want a video removed, send a request with proof of identity to removals@starfake-lounge.test. We review requests within 30 days. Repeat uploads by other users are not our responsibility.`) + slFoot },
] };

const fpNav = nav([['/', 'Inicio'], ['/peticiones', 'Peticiones'], ['/creadores', 'Creadores'], ['/precios', 'Precios'], ['/reglas', 'Reglas']], 'Foro Pedidos');
const fpFoot = footer(`Foro Pedidos — comunidad de vídeos fake por encargo. +18. Pagos en crypto.`, [['/reglas', 'Reglas'], ['/precios', 'Precios'], ['https://t.me/foropedidos', 'Canal de Telegram']]);

const foroPedidos: CorpusSite = { host: 'foro-pedidos-caras.test', lang: 'es', label: 'deepfake', shape: 'request-board', author: 'fresh-g', pages: [
  { path: '/', title: 'Foro Pedidos — pide tu fake, los creadores lo hacen',
    head: metaDescription(`Sube fotos de una cara, publica tu pedido y los creadores del foro te hacen el vídeo fake +18. Pago seguro con depósito.`),
    body: fpNav + ageGate(`Foro solo para adultos. Contenido +18 generado con IA.`, 'Tengo 18+', 'Salir') +
      h1(`¿Quieres un fake de alguien? Pídelo aquí.`) +
      p(`Foro Pedidos conecta a quien quiere un vídeo con cambio de cara para adultos con creadores que lo hacen. Publicas tu petición con las fotos de la cara, los creadores te hacen una oferta y pagas solo cuando recibes una muestra.`) +
      section(h2(`Últimas peticiones`), ul(
        `[PEDIDO] Influencer de fitness — tengo 45 fotos, pago 30 € — ${a('/peticiones', '12 respuestas')}`,
        `[PEDIDO] Presentadora de la tele local, vídeo de 2 min — 8 respuestas`,
        `[PEDIDO] Una conocida del gimnasio, 20 fotos de Instagram — 15 respuestas`,
        `[ENTREGADO] Streamer de cocina — valorado ★★★★★`,
        `[PEDIDO] Foto desnuda a partir de foto de la playa — 6 respuestas`,
      )) +
      section(h2(`Cómo funciona`), ol(`Regístrate gratis.`, `Crea tu pedido: sube entre 10 y 50 fotos claras de la cara.`, `Elige la escena y la duración.`, `Acepta una oferta y deposita el pago en el escrow del foro.`, `Recibe la muestra, aprueba y descarga el vídeo completo.`)) +
      p(`Más de 900 creadores verificados. Tiempo medio de entrega: 36 horas.`) +
      textForm('Busca pedidos o creadores', 'Buscar') + fpFoot },
  { path: '/peticiones', title: 'Peticiones abiertas — Foro Pedidos',
    body: fpNav + h1(`Peticiones abiertas`) + p(`Ordena por recompensa, número de fotos o antigüedad. Los pedidos con más fotos y mejor calidad reciben ofertas antes.`) +
      ul(`Influencer de fitness · 45 fotos · 30 € · 12 ofertas`, `Cantante de un grupo indie · 60 fotos · 50 € · 9 ofertas`, `Compañera de trabajo · 18 fotos · 25 € · 4 ofertas`, `Actriz de telenovela · 80 fotos · 70 € · 21 ofertas`) +
      textForm('Escribe tu pedido', 'Publicar pedido', '/peticiones/nueva') + fpFoot },
  { path: '/creadores', title: 'Creadores — Foro Pedidos',
    body: fpNav + h1(`Creadores destacados`) + ul(`<strong>CaraNueva</strong> — 412 encargos, entrega en 24 h, desde 20 €`, `<strong>FakeMadrid</strong> — especialista en vídeos largos, desde 40 €`, `<strong>SwapLatino</strong> — fotos desnudas y vídeos, desde 10 €`) +
      p(`¿Sabes hacer fakes? Solicita el rango de creador: necesitas tres muestras y una cuenta con 30 días de antigüedad. El foro se queda con un 15 % de cada encargo.`) + fpFoot },
  { path: '/precios', title: 'Precios orientativos — Foro Pedidos',
    body: fpNav + h1(`Precios orientativos`) + priceTable(['Tipo de encargo', 'Precio habitual'], [
      ['Foto desnuda a partir de una foto normal', '5 – 15 €'],
      ['Vídeo fake de 1 minuto', '20 – 40 €'],
      ['Vídeo fake de 5 minutos en HD', '60 – 120 €'],
      ['Pedido urgente (< 12 h)', '+50 %'],
    ]) + p(`Los pagos se hacen en USDT o BTC al escrow del foro, que los libera al creador cuando apruebas la entrega.`) + cryptoCheckout() + fpFoot },
  { path: '/reglas', title: 'Reglas del foro',
    body: fpNav + h1(`Reglas`) + ol(`Todo el contenido debe ser de mayores de 18 años.`, `No publiques nombres completos ni direcciones en los títulos.`, `Los pagos fuera del escrow no están protegidos.`, `Las entregas deben llevar la marca "fake" en el nombre del archivo.`, `Si alguien pide que se borre su cara, los moderadores retiran el hilo.`) + p(`El incumplimiento de las reglas supone la expulsión del foro sin devolución del saldo.`) + fpFoot },
] };

const fsNav = nav([['/', 'Start'], ['/funktionen', 'Funktionen'], ['/preise', 'Preise'], ['/download', 'Download'], ['/datenschutz', 'Datenschutz']], 'FlirtSwap');
const fsFoot = footer(`FlirtSwap App · © 2025 FS Mobile Ltd. · Spicy-Modus nur ab 18 Jahren`, [['/datenschutz', 'Datenschutz'], ['/datenschutz#impressum', 'Impressum'], ['mailto:hilfe@flirtswap-app.test', 'Support']]);

const flirtswap: CorpusSite = { host: 'flirtswap-app.test', lang: 'de', label: 'deepfake', shape: 'app-landing', author: 'fresh-g', pages: [
  { path: '/', title: 'FlirtSwap – die Gesichtstausch-App mit Spicy-Modus',
    head: metaDescription(`FlirtSwap tauscht Gesichter in Fotos und Videos. Mit dem Spicy-Modus (18+) auch in heißen Clips. Jetzt für Android und iOS.`) +
      jsonLd({ '@context': 'https://schema.org', '@type': 'MobileApplication', name: 'FlirtSwap', operatingSystem: 'Android, iOS', contentRating: '18+', offers: { '@type': 'Offer', price: '0', priceCurrency: 'EUR' } }),
    body: fsNav + cookieBanner(`Wir verwenden Cookies für Statistik und Werbung.`, 'Alle akzeptieren', 'Ablehnen') +
      h1(`Tausch das Gesicht – in jedem Clip`) +
      p(`FlirtSwap setzt jedes Gesicht in Fotos, GIFs und Videos ein. Für den Spaß mit Freunden gibt es hunderte lustige Vorlagen. Und wenn es heißer werden soll: Der Spicy-Modus ab 18 schaltet über 2.000 Erwachsenen-Clips frei, in die du jedes Gesicht einsetzen kannst – realistisch, in HD und in unter zwei Minuten.`) +
      storeBadges('/download/flirtswap-3.1.apk') +
      section(h2(`Das kann FlirtSwap`), ul(
        `Gesichtstausch in Fotos und Videos mit nur einem Selfie.`,
        `Spicy-Modus (18+): Erwachsenen-Vorlagen und eigene Videos.`,
        `Foto-zu-Clip: ein Porträt wird zum bewegten Video.`,
        `Geheimer Tresor mit Fingerabdruck-Sperre.`,
        `Teilen per Link, der nach 24 Stunden verschwindet.`,
      )) + img(5, 'App-Screenshot') + img(6, 'Spicy-Modus Vorschau') +
      section(h2(`Bewertungen`), blockquote(`Der Spicy-Modus ist unfassbar echt.`, '★★★★★ Dennis'), blockquote(`Am Anfang nur Spaß-Videos, dann die APK mit allen Clips geholt. Lohnt sich.`, '★★★★☆ Jana')) +
      faq(`Häufige Fragen`, [
        [`Warum finde ich den Spicy-Modus nicht in der Store-Version?`, `Wegen der Store-Richtlinien ist er nur in der APK und in der Web-Version freigeschaltet.`],
        [`Kostet die App etwas?`, `Die Basis ist kostenlos, Spicy gibt es im Abo.`],
      ]) + fsFoot },
  { path: '/funktionen', title: 'Funktionen – FlirtSwap',
    body: fsNav + h1(`Alle Funktionen`) + h2(`Fun-Modus`) + p(`Filmszenen, Memes, Tanzvideos, Geburtstagsgrüße – tausche dein Gesicht oder das deiner Freunde in über 500 Vorlagen.`) +
      h2(`Spicy-Modus (18+)`) + p(`Über 2.000 Erwachsenen-Clips, nach Kategorien sortiert. Lade ein Foto eines Gesichts hoch, wähle einen Clip und erhalte ein realistisches 18+-Video. Pro-Nutzer können eigene Videos als Vorlage hochladen und mehrere Gesichter gleichzeitig tauschen.`) + fsFoot },
  { path: '/preise', title: 'Preise – FlirtSwap',
    body: fsNav + h1(`FlirtSwap Premium`) + priceTable(['Abo', 'Preis', 'Inhalt'], [
      ['Wöchentlich', '4,99 €', 'Fun-Modus ohne Wasserzeichen'],
      ['Spicy Monat', '14,99 €', 'Spicy-Modus, 30 HD-Clips'],
      ['Spicy Jahr', '89,99 €', 'Unbegrenzt, eigene Videos, Mehrfach-Tausch'],
    ]) + p(`Bezahlung über Google Play, App Store oder direkt per Karte und Krypto in der APK-Version. Kündigung jederzeit möglich. Im Spicy-Jahresabo sparst du 50 % gegenüber dem Monatsabo und bekommst neue Erwachsenen-Vorlagen eine Woche früher.`) + fsFoot },
  { path: '/download', title: 'Download – FlirtSwap',
    body: fsNav + h1(`FlirtSwap herunterladen`) + p(`Die Store-Versionen enthalten nur den Fun-Modus. Für den Spicy-Modus lade die APK direkt von uns herunter (Version 3.1, 54 MB). iPhone-Nutzer öffnen die Web-App unter app.flirtswap-app.test und melden sich mit ihrem Konto an. Updates kommen automatisch in der App.`) + storeBadges('/download/flirtswap-3.1.apk') + fsFoot },
  { path: '/datenschutz', title: 'Datenschutz & Impressum – FlirtSwap',
    body: fsNav + h1(`Datenschutzerklärung`) + p(`Hochgeladene Gesichter und Videos werden auf Servern außerhalb der EU verarbeitet und nach 7 Tagen gelöscht, sofern sie nicht im Tresor gespeichert werden. Wir nutzen Analyse- und Werbe-SDKs. Mit dem Hochladen versicherst du, dass die abgebildeten Personen eingewilligt haben.`) + h2(`Impressum`) + p(`FS Mobile Ltd., Postfach, Limassol. Kontakt: hilfe@flirtswap-app.test`) + fsFoot },
] };

const tfNav = nav([['/', 'Início'], ['/comandos', 'Comandos'], ['/planos', 'Planos'], ['/faq', 'Dúvidas']], 'TrocaFace Bot');
const tfFoot = footer(`TrocaFace Bot · Conteúdo +18 · Não somos afiliados ao Telegram`, [['/faq', 'Dúvidas'], ['/planos', 'Planos'], ['https://t.me/TrocaFaceHotBot', 'Abrir o bot'], ['https://t.me/trocaface_canal', 'Canal reserva']]);

const trocaface: CorpusSite = { host: 'trocaface-bot.test', lang: 'pt', label: 'deepfake', shape: 'telegram-bot', author: 'fresh-g', pages: [
  { path: '/', title: 'TrocaFace Bot — troque o rosto em vídeos +18 direto no Telegram',
    head: metaDescription(`Mande uma foto de rosto para o bot e receba vídeos adultos com esse rosto. Troca de rosto por IA no Telegram, em minutos.`),
    body: tfNav + h1(`Qualquer rosto em vídeos +18, pelo Telegram`) +
      p(`O TrocaFace é um bot do Telegram que coloca o rosto que você quiser em vídeos adultos. Você manda uma foto nítida do rosto, escolhe a cena no catálogo do bot e em poucos minutos recebe o vídeo pronto, em HD, na própria conversa.`) +
      a('https://t.me/TrocaFaceHotBot?start=site', '▶ Começar agora') +
      section(h2(`Por que usar o TrocaFace`), ul(
        `Mais de 1.500 cenas +18 no catálogo, separadas por categoria.`,
        `Basta uma foto — o bot recorta e alinha o rosto sozinho.`,
        `Modo "foto picante": transforma uma foto comum em imagem sensual.`,
        `Pagamento por Pix, Telegram Stars ou cripto.`,
        `Indique amigos e ganhe créditos grátis.`,
      )) +
      section(h2(`Passo a passo`), ol(`Abra @TrocaFaceHotBot e toque em Iniciar.`, `Envie uma foto de rosto, de frente e bem iluminada.`, `Escolha a cena com /catalogo.`, `Receba o vídeo em 2 a 5 minutos.`)) +
      p(`O bot caiu? Entre no nosso canal reserva para receber o novo endereço: ${a('https://t.me/trocaface_canal', '@trocaface_canal')}.`) +
      blockquote(`Fica muito real, melhor bot de troca que já usei.`, '— usuário do canal') +
      faq(`Dúvidas rápidas`, [
        [`Tem teste grátis?`, `Sim, um vídeo curto de 15 segundos com marca d’água.`],
        [`Posso usar foto de qualquer pessoa?`, `Você precisa ter autorização da pessoa. O bot não verifica.`],
        [`Os vídeos ficam salvos?`, `Não, apagamos tudo após a entrega.`],
      ]) + tfFoot },
  { path: '/comandos', title: 'Comandos — TrocaFace Bot',
    body: tfNav + h1(`Comandos do bot`) + ul(
      `<code>/start</code> — começar e ganhar o teste grátis`,
      `<code>/rosto</code> — enviar ou trocar a foto do rosto`,
      `<code>/catalogo</code> — ver cenas +18 por categoria`,
      `<code>/meuvideo</code> — enviar um vídeo seu para usar como cena (VIP)`,
      `<code>/picante</code> — transformar uma foto comum em foto sensual`,
      `<code>/comprar</code> — comprar créditos`,
      `<code>/indicar</code> — seu link de indicação`,
    ) + p(`Dica: fotos com o rosto de frente, sem óculos escuros e sem filtro dão o resultado mais realista.`) + tfFoot },
  { path: '/planos', title: 'Planos — TrocaFace Bot',
    body: tfNav + h1(`Planos e créditos`) + priceTable(['Plano', 'O que inclui', 'Preço'], [
      ['Avulso', '3 vídeos de até 1 min', 'R$ 19,90'],
      ['Mensal', '30 vídeos, HD, sem marca', 'R$ 59,90'],
      ['VIP', 'Ilimitado, vídeo próprio, fila prioritária', 'R$ 129,90'],
    ]) + p(`Pagamento por Pix (recebedor aparece como "TF Digital"), Telegram Stars, USDT ou BTC. Créditos não expiram.`) + cryptoCheckout() + p(`Pagando com cripto você ganha 20% de créditos a mais. O VIP também libera o modo foto picante ilimitado.`) + tfFoot },
  { path: '/faq', title: 'Dúvidas — TrocaFace Bot',
    body: tfNav + faq(`Perguntas frequentes`, [
      [`O bot sumiu, e agora?`, `Às vezes ele é denunciado. O novo nome sempre sai no canal reserva.`],
      [`Quanto tempo demora?`, `De 2 a 5 minutos por vídeo, mais na hora de pico.`],
      [`Dá para fazer vídeo longo?`, `No VIP, até 5 minutos por vídeo.`],
      [`Tem reembolso?`, `Créditos usados não são reembolsados.`],
    ]) + tfFoot },
] };

const vsNav = nav([['/', 'Accueil'], ['/exemples', 'Exemples'], ['/tarifs', 'Tarifs'], ['/commander', 'Commander'], ['/cgv', 'CGV']], 'Visage Sur Mesure');
const vsFoot = footer(`Visage Sur Mesure — studio de montage IA pour adultes. Paiement discret. 18+.`, [['/cgv', 'CGV'], ['/cgv#confidentialite', 'Confidentialité'], ['mailto:atelier@visage-sur-mesure.test', 'Contact']]);

const visage: CorpusSite = { host: 'visage-sur-mesure.test', lang: 'fr', label: 'deepfake', shape: 'made-to-order', author: 'fresh-g', pages: [
  { path: '/', title: 'Visage Sur Mesure — votre vidéo adulte personnalisée avec le visage de votre choix',
    head: metaDescription(`Nos monteurs IA réalisent votre vidéo pour adultes avec le visage de votre choix. Commande discrète, livraison en 48 h, retouches incluses.`),
    body: vsNav + ageGate(`Ce site propose des services de montage vidéo pour adultes. Avez-vous plus de 18 ans ?`, 'Oui, entrer', 'Non') +
      h1(`Le visage de votre choix, dans la vidéo de vos rêves`) +
      p(`Les applis automatiques vous déçoivent ? Confiez votre projet à notre atelier. Envoyez-nous quelques photos d’un visage, décrivez la scène souhaitée, et nos monteurs réalisent une vidéo adulte sur mesure, avec un échange de visage soigné image par image.`) +
      section(h2(`Ce que nous faisons`), ul(
        `Vidéos adultes personnalisées de 1 à 10 minutes.`,
        `Photos « tenue légère » ou dénudées à partir de photos normales.`,
        `Voix clonée en option pour un rendu encore plus vrai.`,
        `Livraison sous 48 h, express en 12 h.`,
        `Deux séries de retouches offertes.`,
      )) +
      section(h2(`Comment commander`), ol(`Remplissez le formulaire de commande.`, `Déposez 10 à 30 photos du visage sur un lien de partage.`, `Recevez un devis et payez en crypto ou par carte prépayée.`, `Validez l’aperçu puis téléchargez la vidéo finale.`)) +
      blockquote(`Travail impressionnant, on dirait une vraie vidéo.`, '— client, Lyon') + blockquote(`Rapide, discret, je recommande.`, '— client, Bruxelles') +
      p(`Nous ne travaillons que sur des visages d’adultes. En commandant, vous certifiez disposer de l’accord de la personne.`) + a('/commander', 'Commander ma vidéo →') + vsFoot },
  { path: '/exemples', title: 'Exemples — Visage Sur Mesure',
    body: vsNav + h1(`Exemples de réalisations`) + p(`Pour protéger nos clients, les exemples ci-dessous utilisent des visages générés par IA. Ils montrent la qualité de nos raccords : lumière, angles de tête, expressions.`) +
      mediaGrid([
        { title: 'Scène hôtel 4 minutes', duration: '04:02', views: 'exemple', tags: ['hd'] },
        { title: 'Rendez-vous romantique', duration: '02:30', views: 'exemple', tags: ['voix-clonée'] },
        { title: 'Séance photo dénudée', duration: '00:45', views: 'exemple', tags: ['photo'] },
      ]) + p(`D’autres exemples sont disponibles sur demande via notre contact Telegram après une première commande.`) + vsFoot },
  { path: '/tarifs', title: 'Tarifs — Visage Sur Mesure',
    body: vsNav + h1(`Nos tarifs`) + priceTable(['Prestation', 'Délai', 'Prix'], [
      ['Photo dénudée à partir d’une photo', '24 h', '12 €'],
      ['Vidéo 1 à 3 minutes', '48 h', '69 €'],
      ['Vidéo 4 à 10 minutes', '72 h', '149 €'],
      ['Option voix clonée', '+24 h', '+40 €'],
      ['Express', '12 h', '+50 %'],
    ]) + p(`Paiement en Bitcoin, Monero, USDT ou carte prépayée. Aucune mention explicite sur votre relevé. Remise de 15 % dès la troisième commande.`) + cryptoCheckout() + vsFoot },
  { path: '/commander', title: 'Commander — Visage Sur Mesure',
    body: vsNav + h1(`Formulaire de commande`) + p(`Décrivez précisément votre projet. Plus vous envoyez de photos du visage (de face, de profil, sourire), plus le résultat sera réaliste. Vous recevez un devis sous 2 heures.`) +
      orderForm(['Adresse e-mail ou pseudo Telegram', 'Lien vers les photos du visage', 'Type de prestation (photo / vidéo)', 'Durée souhaitée', 'Description de la scène', 'Option voix clonée (oui/non)'], 'Envoyer ma demande') + vsFoot },
  { path: '/cgv', title: 'Conditions générales de vente',
    body: vsNav + h1(`Conditions générales de vente`) + p(`Le client certifie être majeur et disposer de l’autorisation écrite de toute personne dont il fournit l’image. Les réalisations sont des montages fictifs destinés à un usage strictement privé. Toute diffusion relève de la seule responsabilité du client. Aucun remboursement après validation de l’aperçu.`) +
      h2(`Confidentialité`) + p(`Les photos reçues sont supprimées 7 jours après la livraison. Nous ne conservons ni nom ni adresse.`) + vsFoot },
] };

const wgNav = nav([['/', 'Home'], ['/pro', 'Pro'], ['/prijzen', 'Prijzen'], ['/veelgestelde-vragen', 'Vragen']], 'WisselGezicht');
const wgFoot = footer(`WisselGezicht Studio © 2025 — lachen met je gezicht in elke video.`, [['/veelgestelde-vragen', 'Help'], ['/voorwaarden', 'Voorwaarden'], ['/privacy', 'Privacy'], ['https://discord.gg/wisselgezicht', 'Discord']]);

const wisselgezicht: CorpusSite = { host: 'wisselgezicht-studio.test', lang: 'nl', label: 'deepfake', shape: 'innocent-home', author: 'fresh-g', pages: [
  { path: '/', title: 'WisselGezicht Studio — zet je gezicht in elke video',
    head: metaDescription(`Face swap voor verjaardagen, memes en filmscènes. Upload een selfie en speel de hoofdrol. Gratis proberen.`) + oneTap('12008-wisselgezicht.apps.googleusercontent.com'),
    body: wgNav + cookieBanner(`We gebruiken cookies om de site te verbeteren.`, 'Akkoord', 'Instellingen') +
      h1(`Speel zelf de hoofdrol`) + section(h2(`Zo werkt het`), ol(`Upload een duidelijke selfie.`, `Kies een sjabloon uit de bibliotheek.`, `Download je video of deel hem direct.`)) +
      p(`Met WisselGezicht zet je jouw gezicht – of dat van je vrienden – in bekende filmscènes, dansjes en memes. Perfect voor een verjaardagsfilmpje, een afscheidsvideo voor een collega of gewoon om te lachen in de groepsapp.`) +
      upload('Upload een selfie', '/studio', 'Kies een video') +
      section(h2(`Populaire sjablonen`), mediaGrid([
        { title: 'Verjaardagsdans', duration: '00:15', views: '120k keer gebruikt', tags: ['feest'] },
        { title: 'Actieheld op het dak', duration: '00:22', views: '88k keer gebruikt', tags: ['film'] },
        { title: 'Zingende kerstman', duration: '00:18', views: '61k keer gebruikt', tags: ['kerst'] },
      ])) +
      section(h2(`Waarom WisselGezicht?`), ul(`Eén selfie is genoeg.`, `Klaar in 30 seconden.`, `Deel direct naar WhatsApp en TikTok.`, `Wil je meer? Ontdek ${a('/pro', 'WisselGezicht Pro')} met eigen video's en extra sjablonen.`)) +
      faq(`Snelle vragen`, [
        [`Is het gratis?`, `Drie video's per dag gratis, met watermerk.`],
        [`Werkt het op mijn telefoon?`, `Ja, in elke browser.`],
        [`Hoe lang duurt het?`, `Meestal minder dan een halve minuut per video.`],
        [`Kan ik ook eigen video's gebruiken?`, `Ja, met een Pro-abonnement upload je je eigen video als sjabloon.`],
      ]) + wgFoot },
  { path: '/pro', title: 'WisselGezicht Pro — zonder grenzen',
    body: wgNav + h1(`WisselGezicht Pro: zonder filters`) + p(`Pro is voor volwassenen die meer willen dan memes. Je krijgt toegang tot de afgeschermde 18+-bibliotheek met meer dan 1.200 NSFW-sjablonen, je kunt je eigen video's uploaden als sjabloon en elk gezicht gebruiken dat je wilt. Geen watermerk, HD-export en een privé-galerij die alleen jij ziet.`) +
      ul(`18+ sjablonen: ruim 1.200 erotische video's om elk gezicht in te zetten`, `Eigen video uploaden (tot 5 minuten)`, `Meerdere gezichten tegelijk wisselen`, `Geen contentfilter`) + wgFoot },
  { path: '/prijzen', title: 'Prijzen — WisselGezicht',
    body: wgNav + h1(`Prijzen`) + priceTable(['', 'Gratis', 'Plus', 'Pro 18+'], [
      ['Prijs', '€0', '€5,99/maand', '€19,99/maand'],
      ["Video's per dag", '3', '30', 'Onbeperkt'],
      ['Watermerk', 'Ja', 'Nee', 'Nee'],
      ['NSFW-sjablonen', '—', '—', '✓'],
      ['Eigen video uploaden', '—', '—', '✓'],
    ]) + p(`Betalen met iDEAL, creditcard of crypto. Op je afschrift staat "WG Media". Pro 18+ geeft toegang tot de afgeschermde NSFW-bibliotheek en het uploaden van eigen video's. Je kunt maandelijks opzeggen en een jaarabonnement scheelt twee maanden. Studenten krijgen op Plus de helft korting met een geldige studentenmail.`) + wgFoot },
  { path: '/veelgestelde-vragen', title: 'Veelgestelde vragen — WisselGezicht',
    body: wgNav + faq(`Veelgestelde vragen`, [
      [`Wat zit er in Pro 18+?`, `Een afgeschermde bibliotheek met erotische video's waarin je elk gezicht kunt zetten, plus uploaden van eigen video's.`],
      [`Mag ik het gezicht van iemand anders gebruiken?`, `Volgens onze voorwaarden alleen met toestemming. We controleren dat niet vooraf.`],
      [`Worden mijn video's bewaard?`, `In je privé-galerij, tot je ze verwijdert.`],
      [`Kan ik opzeggen?`, `Ja, maandelijks opzegbaar via je account.`],
    ]) + wgFoot },
] };

const fiNav = nav([['/', 'Inicio'], ['/categorias', 'Categorías'], ['/tag/actrices', 'Actrices'], ['/subir', 'Subir vídeo'], ['/dmca', 'DMCA']], 'Famosas IA');
const fiFoot = footer(`Famosas IA — todos los vídeos son recreaciones ficticias hechas con inteligencia artificial. Solo +18.`, [['/dmca', 'Retirada de contenido'], ['/subir', 'Creadores'], ['/terminos', 'Términos']]);

const famosas: CorpusSite = { host: 'famosas-ia-tube.test', lang: 'es', label: 'deepfake', shape: 'tube', author: 'fresh-g', pages: [
  { path: '/', title: 'Famosas IA — vídeos fake de famosas en HD',
    head: metaDescription(`Los mejores fakes de famosas hechos con IA: actrices, cantantes, presentadoras e influencers. Vídeos nuevos cada día.`),
    body: fiNav + ageGate(`Este sitio contiene material para adultos generado con IA. ¿Eres mayor de 18 años?`, 'Soy mayor de edad', 'Salir') +
      h1(`Fakes de famosas, nuevos cada día`) +
      p(`En Famosas IA encuentras miles de vídeos en los que la cara de una famosa se ha puesto con inteligencia artificial en escenas para adultos. Actrices de series, cantantes de pop, presentadoras y tiktokers, en HD y sin cortes.`) +
      textForm('Busca una famosa', 'Buscar') +
      section(h2(`Lo más visto hoy`), mediaGrid([
        { title: 'Presentadora de noticias fake', duration: '11:40', views: '340 mil visitas', tags: ['presentadoras', 'hd'] },
        { title: 'Cantante de reguetón IA', duration: '08:05', views: '512 mil visitas', tags: ['cantantes'] },
        { title: 'Actriz de telenovela remasterizado', duration: '13:22', views: '205 mil visitas', tags: ['actrices', '4k'] },
        { title: 'Tiktoker de baile fake', duration: '06:48', views: '190 mil visitas', tags: ['influencers'] },
        { title: 'Youtuber de maquillaje', duration: '09:10', views: '97 mil visitas', tags: ['influencers', 'pedido'] },
      ])) +
      section(h2(`Categorías populares`), ul(`${a('/tag/actrices', 'Actrices')} (4.120)`, `Cantantes (2.760)`, `Presentadoras (1.330)`, `Influencers (3.905)`, `Pedidos de usuarios (880)`)) +
      p(`Hazte VIP por 7,99 € al mes: sin anuncios, descargas en 4K y acceso a los vídeos 48 horas antes. ¿Quieres un fake de alguien concreto? Publica tu pedido en la sección de peticiones y nuestros creadores lo harán.`) + fiFoot },
  { path: '/categorias', title: 'Categorías — Famosas IA',
    body: fiNav + h1(`Todas las categorías`) + ul(`Actrices de cine y series`, `Cantantes`, `Presentadoras de televisión`, `Influencers y tiktokers`, `Deportistas`, `Streamers`, `Pedidos de usuarios`, `Fotos fake (galerías)`) +
      p(`Cada categoría se ordena por fecha, visitas o valoración. Los vídeos llevan la etiqueta "fake" en el título. ¿No encuentras a tu famosa favorita? Déjala en la sección de pedidos y un creador la hará.`) + fiFoot },
  { path: '/tag/actrices', title: '#actrices — Famosas IA',
    body: fiNav + h1(`#actrices — 4.120 vídeos`) + mediaGrid([
      { title: 'Protagonista de serie policiaca', duration: '10:15', views: '280 mil visitas', tags: ['actrices'] },
      { title: 'Actriz ganadora fake 4K', duration: '12:30', views: '410 mil visitas', tags: ['actrices', '4k'] },
      { title: 'Villana de serie de época', duration: '07:55', views: '150 mil visitas', tags: ['actrices'] },
    ]) + p(`Etiquetas relacionadas: cantantes, 4k, remasterizado, pedido. Suscríbete a la etiqueta para recibir avisos de vídeos nuevos. Los miembros VIP descargan en 4K.`) + fiFoot },
  { path: '/subir', title: 'Sube tus fakes — Famosas IA',
    body: fiNav + h1(`Gana dinero subiendo fakes`) + p(`Pagamos a los creadores por cada mil visitas. Sube vídeos MP4 de al menos 720p con el nombre de la famosa y la palabra "fake" en el título. Solo personajes públicos. Pagos mensuales en USDT o PayPal a partir de 50 €. Únete a nuestro Telegram de creadores para recibir las herramientas recomendadas y los pedidos mejor pagados.`) + upload('Archivo de vídeo', '/subir/video', 'Subir') + fiFoot },
  { path: '/dmca', title: 'Retirada de contenido — Famosas IA',
    body: fiNav + h1(`Solicitudes de retirada`) + p(`Todos los vídeos son parodias ficticias generadas por IA. Si eres la persona que aparece y quieres que retiremos un vídeo, envía tu solicitud con un documento de identidad a retirada@famosas-ia-tube.test. Revisamos las solicitudes en un plazo de 30 días. No podemos garantizar que otros usuarios no vuelvan a subir el contenido.`) + fiFoot },
] };

const deepfake: CorpusSite[] = [swapvault, starfake, foroPedidos, flirtswap, trocaface, visage, wisselgezicht, famosas];

// ───────────────────────────── directory ─────────────────────────────

const tsNav = nav([['/', 'Home'], ['/best-undress-apps', 'Best undress apps'], ['/best-faceswap-18', 'Best 18+ face swap'], ['/methodology', 'How we test'], ['/disclosure', 'Disclosure']], 'AI Tool Scout Weekly');
const tsFoot = footer(`AI Tool Scout Weekly is reader-supported. We may earn a commission when you sign up through our links.`, [['/disclosure', 'Affiliate disclosure'], ['/methodology', 'Methodology'], ['/privacy', 'Privacy'], ['mailto:tips@aitoolscout-weekly.test', 'Send a tip']]);

const toolscout: CorpusSite = { host: 'aitoolscout-weekly.test', lang: 'en', label: 'directory', shape: 'listicle', author: 'fresh-g', pages: [
  { path: '/', title: '10 Best AI Undress Apps in 2025 (Tested & Ranked) — AI Tool Scout Weekly',
    head: metaDescription(`We tested 27 AI undress and clothes-remover apps. Here are the 10 best for realism, speed and price, with free trials and discount links.`) +
      jsonLd({ '@context': 'https://schema.org', '@type': 'ItemList', name: 'Best AI undress apps 2025', itemListElement: [{ '@type': 'ListItem', position: 1, name: 'Peachpeel AI' }, { '@type': 'ListItem', position: 2, name: 'Drapeless' }, { '@type': 'ListItem', position: 3, name: 'Xraylume' }] }),
    body: tsNav + cookieBanner(`We use cookies and affiliate tracking.`, 'Accept', 'Decline') +
      article(h1(`The 10 best AI undress apps in 2025, tested`),
        p(`<em>Updated this week · 14 min read · by the Scout team</em>`),
        p(`"Undress AI" tools promise to remove clothes from any photo in seconds. We signed up for 27 of them, paid for credits and compared realism, speed, privacy and price. Here is our shortlist. Links marked ★ carry a discount code.`),
        h2(`1. Peachpeel AI — best overall`), p(`Sharpest results we saw, with a face-preserving HD mode and a free first credit. Plans from $9.99. ${a('https://peachpeel.test/?ref=scout', 'Try Peachpeel ★')}`),
        h2(`2. Drapeless — best for mobile`), p(`A PWA with a see-through slider and batch mode. Slightly plastic skin in our tests. ${a('https://drapeless.test/?aff=scout22', 'Visit Drapeless')}`),
        h2(`3. Xraylume — cheapest`), p(`Credits from $0.10 per image, crypto only, Telegram bot included. ${a('https://xraylume.test/?ref=scout', 'Get Xraylume ★')}`),
        h2(`4. Unwrapz — best video mode`), p(`The only one that handled 10-second clips decently. ${a('https://unwrapz.test/?aff=scout', 'Open Unwrapz')}`),
        h2(`5–10. The rest`), ul(`NoCloth Studio — good presets, slow queue`, `Silkoff — no sign-up needed`, `BareFrame Bot — Telegram only`, `ShedIt — anime mode`, `Skinsight — weak faces`, `VeilDrop — generous free tier`),
        p(`See also our ${a('/best-faceswap-18', 'best 18+ face swap apps')} and how we ${a('/methodology', 'test')}.`)) + tsFoot },
  { path: '/best-undress-apps', title: 'Comparison table: AI undress apps — AI Tool Scout Weekly',
    body: tsNav + h1(`Undress apps compared`) + priceTable(['App', 'Free trial', 'From', 'Video', 'Our score'], [
      ['Peachpeel AI', '1 credit', '$9.99', 'No', '9.1'],
      ['Drapeless', '3 images', '$7.99', 'No', '8.4'],
      ['Xraylume', 'None', '$0.10/img', 'No', '8.0'],
      ['Unwrapz', '1 clip', '$19/mo', 'Yes', '7.8'],
      ['NoCloth Studio', '2 images', '$12/mo', 'No', '7.1'],
    ]) + p(`Scores combine realism, speed, price and privacy. Free trial size and pricing change often, so check the provider's site before paying.`) + p(`Prices checked this month. Affiliate links: ${a('https://peachpeel.test/?ref=scout', 'Peachpeel')}, ${a('https://drapeless.test/?aff=scout22', 'Drapeless')}, ${a('https://xraylume.test/?ref=scout', 'Xraylume')}.`) + tsFoot },
  { path: '/best-faceswap-18', title: 'Best 18+ face swap apps — AI Tool Scout Weekly',
    body: tsNav + h1(`Best NSFW face swap apps`) + p(`Want to put a face into adult video templates? These are the face swap tools without content filters that performed best in our tests.`) +
      ol(`${a('https://swapnova-x.test/?ref=scout', 'SwapNova X')} — 3,000 adult templates, HD.`, `${a('https://faceforge18.test/?aff=scout', 'FaceForge 18')} — upload your own clips.`, `${a('https://t.me/QuickSwapXBot?start=scout', 'QuickSwap X bot')} — Telegram, pay per clip.`) + tsFoot },
  { path: '/methodology', title: 'How we test — AI Tool Scout Weekly',
    body: tsNav + h1(`How we test`) + p(`Every tool on our lists is tested with the same set of ten stock photos of consenting models. We score realism, face preservation, speed, price, payment options and privacy policy. We pay for our own credits. Rankings are updated monthly. Affiliate partnerships never change the order, although partners may offer our readers exclusive discount codes.`) + tsFoot },
  { path: '/disclosure', title: 'Affiliate disclosure — AI Tool Scout Weekly',
    body: tsNav + h1(`Affiliate disclosure`) + p(`Many links on this site are affiliate links. If you click one and buy credits or a subscription, we receive a commission at no extra cost to you. We do not operate any of the services listed and are not responsible for how they handle your data. Always read each service's own terms before uploading images.`) + tsFoot },
] };

const anNav = nav([['/', 'Reseña VelaCero'], ['/precios-velacero', 'Precios'], ['/alternativas', 'Alternativas'], ['/sobre-nosotros', 'Sobre nosotros']], 'Análisis IA Sin Censura');
const anFoot = footer(`Análisis IA Sin Censura es un sitio independiente. Algunos enlaces son de afiliado.`, [['/sobre-nosotros', 'Quiénes somos'], ['/aviso-legal', 'Aviso legal'], ['/cookies', 'Cookies']]);

const analisis: CorpusSite = { host: 'analisis-ia-sin-censura.test', lang: 'es', label: 'directory', shape: 'single-review', author: 'fresh-g', pages: [
  { path: '/', title: 'VelaCero AI opiniones 2025: ¿de verdad quita la ropa? Reseña completa',
    head: metaDescription(`Probamos VelaCero AI, la web que desnuda fotos con IA. Calidad, precio, privacidad y si merece la pena. Con código de descuento.`) +
      jsonLd({ '@context': 'https://schema.org', '@type': 'Review', itemReviewed: { '@type': 'SoftwareApplication', name: 'VelaCero AI' }, reviewRating: { '@type': 'Rating', ratingValue: '4.2', bestRating: '5' }, author: { '@type': 'Organization', name: 'Análisis IA Sin Censura' } }),
    body: anNav + cookieBanner(`Usamos cookies de afiliación y analítica.`, 'Aceptar', 'Configurar') +
      article(h1(`VelaCero AI: opiniones y prueba real`),
        p(`<em>Última actualización: este mes · Nota: 4,2/5</em>`),
        p(`VelaCero AI es una de las webs de "desnudar con IA" más buscadas en español. Promete quitar la ropa de cualquier foto en menos de 15 segundos. La hemos probado durante dos semanas con el plan Pro para contarte si cumple.`),
        h2(`Lo bueno`), ul(`Resultados bastante realistas en fotos de cuerpo entero.`, `Mantiene la cara original casi siempre.`, `Acepta pago con Bizum y cripto.`, `Tiene modo "bikini" y modo "desnudo".`),
        h2(`Lo malo`), ul(`Falla con ropa ancha y fotos oscuras.`, `La política de privacidad es vaga.`, `El soporte solo responde por Telegram.`),
        h2(`Nuestro veredicto`), p(`Si buscas una app de quitar ropa con IA que funcione sin instalar nada, VelaCero es de las mejores que hemos probado. Con nuestro código <strong>SINCENSURA20</strong> tienes un 20 % de descuento.`),
        p(a('https://velacero-ai.test/?ref=sincensura', 'Probar VelaCero AI con descuento →')),
        p(`¿Buscas otras opciones? Mira nuestras ${a('/alternativas', 'alternativas a VelaCero')}.`)) + anFoot },
  { path: '/precios-velacero', title: 'Precios de VelaCero AI — Análisis IA Sin Censura',
    body: anNav + h1(`¿Cuánto cuesta VelaCero AI?`) + priceTable(['Plan de VelaCero', 'Precio', 'Qué incluye'], [
      ['Gratis', '0 €', '1 foto con marca de agua'],
      ['Básico', '6,99 €', '25 fotos'],
      ['Pro', '19,99 €/mes', 'Ilimitado, HD, modo vídeo beta'],
    ]) + p(`Precios consultados en la web oficial de VelaCero. Con el código SINCENSURA20 el plan Pro baja a 15,99 €. ${a('https://velacero-ai.test/precios?ref=sincensura', 'Ver precios actuales')}`) + anFoot },
  { path: '/alternativas', title: 'Alternativas a VelaCero AI — Análisis IA Sin Censura',
    body: anNav + h1(`5 alternativas a VelaCero`) + ol(
      `${a('https://desvistelo.test/?ref=sincensura', 'Desvístelo')} — más barata, peor en HD.`,
      `${a('https://rayoxfoto.test/?aff=sc', 'RayoXFoto')} — modo transparente muy logrado.`,
      `${a('https://t.me/QuitaloBot?start=sc', 'QuítaloBot')} — bot de Telegram, paga por foto.`,
      `${a('https://nudelia.test/?ref=sc', 'Nudelia')} — app Android con APK.`,
      `${a('https://cambiaface18.test/?ref=sc', 'CambiaFace18')} — para vídeos con cambio de cara.`,
    ) + p(`Todas las hemos probado con fotos de stock de modelos adultos que dieron su consentimiento.`) + anFoot },
  { path: '/sobre-nosotros', title: 'Sobre nosotros — Análisis IA Sin Censura',
    body: anNav + h1(`Quiénes somos`) + p(`Somos un pequeño equipo de aficionados a la inteligencia artificial que prueba herramientas que las webs generalistas no se atreven a reseñar: generadores sin censura, apps de quitar ropa y cambio de cara para adultos. No tenemos relación con ninguna de las empresas que analizamos, pero ganamos una comisión si compras a través de nuestros enlaces.`) + anFoot },
] };

const arNav = nav([['/', 'Startseite'], ['/alternativen/nacktfilter-pro', 'Alternativen zu NacktFilter Pro'], ['/kategorien', 'Kategorien'], ['/impressum', 'Impressum']], 'Alternativen-Radar');
const arFoot = footer(`Alternativen-Radar vergleicht Software-Alternativen. Mit * gekennzeichnete Links sind Affiliate-Links.`, [['/impressum', 'Impressum'], ['/datenschutz', 'Datenschutz'], ['/kategorien', 'Alle Kategorien']]);

const altradar: CorpusSite = { host: 'alternativen-radar.test', lang: 'de', label: 'directory', shape: 'alternatives', author: 'fresh-g', pages: [
  { path: '/', title: 'Die 8 besten Alternativen zu NacktFilter Pro (2025) – Alternativen-Radar',
    head: metaDescription(`NacktFilter Pro offline oder zu teuer? Diese 8 Alternativen entfernen Kleidung auf Fotos ebenfalls per KI – mit Preisen und Testnoten.`),
    body: arNav + cookieBanner(`Wir verwenden Cookies für Affiliate-Tracking und Statistik.`, 'Zustimmen', 'Ablehnen') +
      h1(`NacktFilter Pro: die besten Alternativen`) +
      p(`NacktFilter Pro war lange das bekannteste deutschsprachige Tool, um Fotos per KI „auszuziehen“. Seit der Dienst immer wieder offline ist und die Preise gestiegen sind, suchen viele Nutzer nach Ersatz. Wir haben acht Alternativen verglichen, die Kleidung auf Fotos entfernen oder Gesichter in 18+-Videos tauschen.`) +
      section(h2(`Unsere Top 3`), ol(
        `<strong>${a('https://entblaetterer.test/?ref=radar', 'Entblätterer*')}</strong> – ähnlichste Bedienung, deutschsprachig, ab 7,99 €.`,
        `<strong>${a('https://hautklar-ai.test/?aff=radar', 'HautKlar AI*')}</strong> – beste Bildqualität, HD-Modus, Krypto-Zahlung.`,
        `<strong>${a('https://t.me/AusziehBot?start=radar', 'AusziehBot*')}</strong> – Telegram-Bot, keine Registrierung.`,
      )) +
      section(h2(`Weitere Alternativen`), ul(`SchleierWeg – gut für Bademode-Fotos`, `PixelPur – günstig, aber Wasserzeichen`, `Tauschgesicht 18 – Face-Swap in Erwachsenenvideos`, `NudoLab – Android-App per APK`, `ClearCloth – englischsprachig, große Community`)) +
      priceTable(['Tool', 'Preis ab', 'Gratis-Test', 'Note'], [
        ['Entblätterer', '7,99 €', 'ja', '1,7'],
        ['HautKlar AI', '9,90 €', 'nein', '1,5'],
        ['AusziehBot', '0,30 €/Bild', 'ja', '2,1'],
      ]) + p(`Stand: dieser Monat. Wir betreiben keinen der genannten Dienste.`) +
      faq(`Häufige Fragen`, [
        [`Ist NacktFilter Pro endgültig offline?`, `Der Dienst wechselt häufig die Domain. Aktuell empfehlen wir eine der Alternativen oben.`],
        [`Welche Alternative ist kostenlos?`, `Entblätterer und AusziehBot bieten einen kostenlosen Test mit Wasserzeichen.`],
        [`Wie zahlt man anonym?`, `Die meisten Anbieter akzeptieren Krypto oder Paysafecard.`],
      ]) + arFoot },
  { path: '/alternativen/nacktfilter-pro', title: 'NacktFilter Pro im Vergleich – Alternativen-Radar',
    body: arNav + h1(`NacktFilter Pro vs. Entblätterer vs. HautKlar AI`) + p(`NacktFilter Pro punktete mit einem einfachen Upload und guten Ergebnissen bei Ganzkörperfotos. Entblätterer bietet fast dieselbe Oberfläche, zusätzlich einen Unterwäsche-Modus und Zahlung per Paysafecard. HautKlar AI liefert die realistischsten Hauttöne, verlangt aber Krypto. Wer nur gelegentlich ein Bild braucht, fährt mit dem AusziehBot auf Telegram am günstigsten.`) +
      p(`${a('https://entblaetterer.test/?ref=radar', 'Zu Entblätterer*')} · ${a('https://hautklar-ai.test/?aff=radar', 'Zu HautKlar AI*')}`) + arFoot },
  { path: '/kategorien', title: 'Kategorien – Alternativen-Radar',
    body: arNav + h1(`Alle Kategorien`) + ul(`Alternativen zu Bildbearbeitungs-Apps`, `Alternativen zu KI-Ausziehen-Tools`, `Alternativen zu Face-Swap-Apps (18+)`, `Alternativen zu KI-Chatbots ohne Filter`, `Alternativen zu VPN-Diensten`) +
      p(`Jede Kategorie enthält Vergleichstabellen, Preise und Links zu den Anbietern. Fehlt ein Tool? Schreib uns über das Kontaktformular und wir nehmen es in den nächsten Vergleich auf. Neue Vergleiche erscheinen jeden Monat.`) + arFoot },
  { path: '/impressum', title: 'Impressum – Alternativen-Radar',
    body: arNav + h1(`Impressum`) + p(`Alternativen-Radar ist ein Vergleichsportal. Verantwortlich für den Inhalt: Radar Media, Postfach 12, Zypern. Wir verdienen Provisionen über Partnerlinks, wenn Nutzer sich bei den verlinkten Anbietern registrieren. Für Inhalte externer Seiten sind ausschließlich deren Betreiber verantwortlich. Kontakt: redaktion@alternativen-radar.test. Anfragen von Anbietern, die in unsere Vergleiche aufgenommen werden möchten, richten Sie bitte an partner@alternativen-radar.test.`) + arFoot },
] };

const csNav = nav([['/', 'Home'], ['/coupon/spogliaturbo', 'SpogliaTurbo'], ['/coupon/facciascambio', 'FacciaScambio 18'], ['/come-usare', 'Come usare i codici'], ['/contatti', 'Contatti']], 'CodiciSconto AI');
const csFoot = footer(`CodiciSconto AI raccoglie offerte di servizi di terze parti. Possiamo ricevere una commissione.`, [['/contatti', 'Contatti'], ['/privacy', 'Privacy'], ['/come-usare', 'Guida']]);

const codicisconto: CorpusSite = { host: 'codicisconto-ai.test', lang: 'it', label: 'directory', shape: 'coupon', author: 'fresh-g', pages: [
  { path: '/', title: 'Codici sconto app IA spogliare foto e face swap 18+ — CodiciSconto AI',
    head: metaDescription(`Codici sconto verificati per app IA che spogliano le foto e per face swap per adulti. Fino al 50% di sconto, aggiornati ogni giorno.`),
    body: csNav + cookieBanner(`Usiamo cookie di affiliazione per tracciare i coupon.`, 'Accetta', 'Rifiuta') +
      h1(`Coupon e codici sconto per app IA senza censura`) +
      p(`Qui trovi i codici sconto verificati per i servizi di intelligenza artificiale più cercati: app che tolgono i vestiti dalle foto, generatori NSFW e face swap per adulti. Clicca su "Mostra codice", copialo e incollalo al checkout del sito partner.`) +
      section(h2(`Offerte del giorno`),
        priceTable(['Servizio', 'Offerta', 'Codice', 'Verificato'], [
          [a('https://spogliaturbo.test/?aff=codici', 'SpogliaTurbo'), '-40% sul piano annuale', 'TURBO40', 'oggi'],
          [a('https://facciascambio18.test/?ref=codici', 'FacciaScambio 18'), '3 video gratis', 'SCAMBIO3', 'ieri'],
          [a('https://nudofacile.test/?aff=codici', 'NudoFacile'), '-25% crediti', 'FACILE25', '2 giorni fa'],
          [a('https://t.me/SvestiBot?start=codici', 'SvestiBot (Telegram)'), '10 crediti bonus', 'BOT10', 'oggi'],
        ])) +
      button('Mostra codice') +
      section(h2(`Come funziona`), ol(`Scegli l’offerta.`, `Clicca su "Mostra codice": si apre il sito del servizio.`, `Inserisci il codice al pagamento.`)) +
      faq(`Domande`, [
        [`I codici funzionano davvero?`, `Li testiamo ogni giorno. Se un codice non funziona, segnalacelo.`],
        [`Vendete voi i servizi?`, `No, siamo solo un aggregatore di offerte. Il contratto è con il servizio partner.`],
        [`Ogni quanto aggiornate?`, `Ogni giorno. I codici scaduti vengono rimossi entro 24 ore.`],
        [`Posso pagare in crypto?`, `Dipende dal servizio: molti partner accettano solo criptovalute.`],
      ]) + csFoot },
  { path: '/coupon/spogliaturbo', title: 'Codice sconto SpogliaTurbo — CodiciSconto AI',
    body: csNav + h1(`SpogliaTurbo: codici sconto attivi`) + p(`SpogliaTurbo è un’app web che usa l’IA per togliere i vestiti dalle foto, con modalità costume e intimo. Con il codice <strong>TURBO40</strong> risparmi il 40% sul piano annuale. Il codice <strong>PRIMA5</strong> regala 5 crediti ai nuovi utenti.`) +
      ul(`TURBO40 — 40% sull’annuale — scade a fine mese`, `PRIMA5 — 5 crediti gratis — nuovi utenti`) + a('https://spogliaturbo.test/?aff=codici', 'Vai a SpogliaTurbo') + csFoot },
  { path: '/coupon/facciascambio', title: 'Codice sconto FacciaScambio 18 — CodiciSconto AI',
    body: csNav + h1(`FacciaScambio 18: offerte`) + p(`FacciaScambio 18 permette di inserire un volto in video per adulti già pronti. Con il codice <strong>SCAMBIO3</strong> ottieni tre video gratis in HD al primo abbonamento. Offerta valida solo con pagamento in criptovaluta sul sito del servizio.`) +
      a('https://facciascambio18.test/?ref=codici', 'Attiva l’offerta') + csFoot },
  { path: '/come-usare', title: 'Come usare i codici — CodiciSconto AI',
    body: csNav + h1(`Come usare un codice sconto`) + p(`Dopo aver cliccato su "Mostra codice" si apre in una nuova scheda il sito del servizio con il nostro link partner. Registrati o accedi, scegli il piano e incolla il codice nel campo "Coupon" o "Promo code" prima di pagare. Alcuni servizi accettano i codici solo con pagamento in crypto. Se lo sconto non appare, svuota la cache e riprova.`) + csFoot },
  { path: '/contatti', title: 'Contatti — CodiciSconto AI',
    body: csNav + h1(`Contatti`) + p(`Sei un servizio IA e vuoi comparire tra le nostre offerte? Scrivici a partner@codicisconto-ai.test indicando il tuo programma di affiliazione e le commissioni. Per segnalare un codice scaduto usa il modulo qui sotto. Rispondiamo entro due giorni lavorativi.`) + textForm('Codice scaduto o servizio', 'Segnala', '/segnala') + csFoot },
] };

const abNav = nav([['/', 'Tous les bots'], ['/categorie/deshabillage', 'Déshabillage'], ['/categorie/face-swap', 'Face swap 18+'], ['/proposer-un-bot', 'Proposer un bot']], 'Annuaire Bots TG');
const abFoot = footer(`Annuaire Bots TG référence des bots Telegram créés par des tiers. Nous ne gérons aucun bot listé.`, [['/proposer-un-bot', 'Ajouter un bot'], ['/mentions-legales', 'Mentions légales'], ['https://t.me/annuairebotstg', 'Notre canal']]);

const annuaire: CorpusSite = { host: 'annuaire-bots-tg.test', lang: 'fr', label: 'directory', shape: 'telegram-list', author: 'fresh-g', pages: [
  { path: '/', title: 'Annuaire Bots TG — les meilleurs bots Telegram IA (déshabillage, face swap, NSFW)',
    head: metaDescription(`La liste des bots Telegram IA les plus utilisés : déshabillage photo, face swap adulte, générateurs sans filtre. Liens mis à jour quand un bot tombe.`),
    body: abNav + h1(`Les bots Telegram IA du moment`) +
      p(`Les bots Telegram disparaissent souvent après des signalements. Notre annuaire suit les nouveaux noms et vous donne des liens à jour. Classement par nombre d’utilisateurs, vérifié chaque semaine.`) +
      section(h2(`Top déshabillage`), ol(
        `${a('https://t.me/NuitBlancheUndressBot', '@NuitBlancheUndressBot')} — enlève les vêtements d’une photo, 3 essais gratuits — 92 k utilisateurs`,
        `${a('https://t.me/SansVoileBot', '@SansVoileBot')} — modes lingerie et nu, paiement en étoiles — 61 k`,
        `${a('https://t.me/RayonsXproBot', '@RayonsXproBot')} — effet transparent, rapide — 40 k`,
      )) +
      section(h2(`Top face swap 18+`), ol(
        `${a('https://t.me/EchangeVisageXBot', '@EchangeVisageXBot')} — visage dans des vidéos adultes — 55 k`,
        `${a('https://t.me/ClipSwap18Bot', '@ClipSwap18Bot')} — envoie ta propre vidéo — 23 k`,
      )) +
      section(h2(`Autres catégories`), ul(`Générateurs d’images sans filtre`, `Chatbots « compagne virtuelle »`, `Bots de téléchargement`, `Bots crypto`)) +
      p(`Un bot ne répond plus ? Signalez-le sur notre canal, nous mettons la liste à jour sous 24 h. Méfiez-vous des copies qui prennent votre argent sans rien livrer : vérifiez toujours le nom exact du bot sur cette page avant de payer.`) +
      cookieBanner(`Ce site utilise des cookies de mesure d’audience.`, 'OK') + abFoot },
  { path: '/categorie/deshabillage', title: 'Bots de déshabillage — Annuaire Bots TG',
    body: abNav + h1(`Bots de déshabillage IA`) + p(`Ces bots reçoivent une photo et renvoient une version sans vêtements générée par IA. La plupart offrent quelques essais puis vendent des crédits. Attention aux copies : utilisez uniquement les liens de cette page.`) +
      ul(`${a('https://t.me/NuitBlancheUndressBot?start=annuaire', '@NuitBlancheUndressBot')} — ★ 4,5 — gratuit puis 2 € les 10 photos`, `${a('https://t.me/SansVoileBot?start=annuaire', '@SansVoileBot')} — ★ 4,2 — étoiles Telegram`, `${a('https://t.me/RayonsXproBot?start=annuaire', '@RayonsXproBot')} — ★ 3,9 — crypto`, `@DeshabVite_bot — ★ 3,5 — remplace l’ancien @DeshabVite (banni)`) + abFoot },
  { path: '/categorie/face-swap', title: 'Bots face swap 18+ — Annuaire Bots TG',
    body: abNav + h1(`Bots face swap pour adultes`) + p(`Ces bots placent un visage envoyé par l’utilisateur dans des vidéos ou photos pour adultes. Les prix vont de 1 à 5 € par vidéo. Nous listons les bots avec le plus d’avis positifs de notre communauté.`) +
      ul(`${a('https://t.me/EchangeVisageXBot?start=annuaire', '@EchangeVisageXBot')} — catalogue de 1 000 scènes`, `${a('https://t.me/ClipSwap18Bot?start=annuaire', '@ClipSwap18Bot')} — vidéos perso acceptées`, `@VisagePlusBot — photos seulement, moins cher`) + abFoot },
  { path: '/proposer-un-bot', title: 'Proposer un bot — Annuaire Bots TG',
    body: abNav + h1(`Ajouter votre bot à l’annuaire`) + p(`Vous développez un bot Telegram IA ? Envoyez-nous son nom, sa catégorie et un lien de parrainage. L’inscription de base est gratuite ; la mise en avant en haut de catégorie coûte 30 € par semaine, payable en USDT. Nous vérifions que le bot fonctionne avant publication.`) +
      orderForm(['Nom du bot (@...)', 'Catégorie', 'Lien de parrainage', 'Contact Telegram'], 'Proposer') + abFoot },
] };

const rlNav = nav([['/', 'Ranglijst'], ['/vergelijk', 'Vergelijk'], ['/methode', 'Onze methode'], ['/over-ons', 'Over ons']], 'AI Ranglijst NL');
const rlFoot = footer(`AI Ranglijst NL is onafhankelijk en niet verbonden aan de genoemde diensten. Links kunnen affiliate-links zijn.`, [['/over-ons', 'Over ons'], ['/privacy', 'Privacy'], ['/methode', 'Methode']]);

const ranglijst: CorpusSite = { host: 'ai-ranglijst-nl.test', lang: 'nl', label: 'directory', shape: 'ranking', author: 'fresh-g', pages: [
  { path: '/', title: 'Ranglijst 2025: beste AI uitkleed-apps en 18+ face swap — AI Ranglijst NL',
    head: metaDescription(`Onze maandelijkse ranglijst van AI-tools die kleding van foto's verwijderen en gezichten in 18+-video's zetten. Scores, prijzen en kortingslinks.`) +
      jsonLd({ '@context': 'https://schema.org', '@type': 'ItemList', name: 'Ranglijst AI uitkleed-apps', numberOfItems: 6 }),
    body: rlNav + cookieBanner(`We gebruiken cookies voor statistieken en partnerlinks.`, 'Prima', 'Weigeren') +
      h1(`De ranglijst van deze maand`) +
      p(`Welke uitkleed-AI levert de meest realistische resultaten? En welke face swap-app voor volwassenen is het snelst? We testen elke maand opnieuw en geven elke dienst een score van 1 tot 10.`) +
      priceTable(['#', 'Dienst', 'Soort', 'Score', 'Vanaf', ''], [
        ['1', 'Naakt.ai Studio', 'Kleding verwijderen', '9,2', '€7,99', a('https://naaktai-studio.test/?ref=ranglijst', 'Bekijk')],
        ['2', 'BlootBeeld', 'Kleding verwijderen', '8,7', '€4,95', a('https://blootbeeld.test/?aff=rl', 'Bekijk')],
        ['3', 'GezichtPlak 18', 'Face swap 18+', '8,5', '€14,99/mnd', a('https://gezichtplak18.test/?ref=ranglijst', 'Bekijk')],
        ['4', 'UitkleedBot', 'Telegram-bot', '7,9', '€0,25/foto', a('https://t.me/UitkleedBot?start=rl', 'Open')],
        ['5', 'DoorkijkAI', 'Doorkijk-filter', '7,4', '€5,99', a('https://doorkijkai.test/?aff=rl', 'Bekijk')],
        ['6', 'SwapNacht', 'Face swap 18+', '7,0', '€9,99/mnd', a('https://swapnacht.test/?ref=ranglijst', 'Bekijk')],
      ]) +
      section(h2(`Stijgers en dalers`), ul(`▲ BlootBeeld: nieuwe HD-modus, twee plaatsen hoger.`, `▼ SwapNacht: traag sinds de domeinwissel.`, `✕ Verwijderd: KledingWeg (offline).`)) +
      faq(`Veelgestelde vragen`, [
        [`Welke uitkleed-app is gratis?`, `Naakt.ai Studio en BlootBeeld laten je één of twee foto's gratis proberen. UitkleedBot rekent per foto.`],
        [`Welke dienst is het snelst?`, `BlootBeeld en Naakt.ai Studio leveren een foto binnen vijftien seconden. Video-diensten doen er een paar minuten over.`],
        [`Kan ik met iDEAL betalen?`, `Bij Naakt.ai Studio wel, de meeste andere diensten vragen crypto of een creditcard.`],
      ]) +
      p(`Lees ${a('/methode', 'hoe we testen')} of ${a('/vergelijk', 'vergelijk de top 3')} naast elkaar.`) + rlFoot },
  { path: '/vergelijk', title: 'Vergelijk de top 3 — AI Ranglijst NL',
    body: rlNav + h1(`Top 3 naast elkaar`) + priceTable(['', 'Naakt.ai Studio', 'BlootBeeld', 'GezichtPlak 18'], [
      ['Realisme', '9,5', '8,8', '8,6'],
      ['Snelheid', '8 s', '12 s', '3 min per clip'],
      ['Gratis proberen', '1 foto', '2 foto\'s', '15 s clip'],
      ['Betalen', 'iDEAL, crypto', 'crypto', 'creditcard'],
    ]) + p(`Naakt.ai Studio wint op realisme, BlootBeeld op prijs. Voor video's met een ander gezicht is GezichtPlak 18 de beste keuze.`) + rlFoot },
  { path: '/methode', title: 'Onze methode — AI Ranglijst NL',
    body: rlNav + h1(`Zo testen we`) + p(`We maken elke maand een account aan bij iedere dienst en gebruiken dezelfde set van twaalf stockfoto's van volwassen modellen. We beoordelen realisme, snelheid, prijs, betaalmogelijkheden, privacyvoorwaarden en klantenservice. Diensten die offline gaan of hun domein wisselen, zakken automatisch in de lijst. We ontvangen een commissie van sommige diensten, maar dat heeft geen invloed op de score.`) + rlFoot },
  { path: '/over-ons', title: 'Over ons — AI Ranglijst NL',
    body: rlNav + h1(`Over AI Ranglijst NL`) + p(`Wij zijn drie techliefhebbers uit Utrecht die het overzicht kwijt waren tussen alle AI-diensten die opduiken en weer verdwijnen. Daarom houden we een eerlijke, Nederlandstalige ranglijst bij. We beheren zelf geen van de diensten en verkopen niets. Tips voor nieuwe tools zijn welkom via redactie@ai-ranglijst-nl.test.`) + rlFoot },
] };

const directory: CorpusSite[] = [toolscout, analisis, altradar, codicisconto, annuaire, ranglijst];

// ───────────────────────────── unrelated (hard negatives) ─────────────────────────────

const vcNav = nav([['/', 'Home'], ['/join', 'Join'], ['/studios', 'Studios'], ['/compliance', 'Compliance'], ['/faq', 'FAQ']], 'Velvet Curtain Club');
const vcFoot = footer(`Velvet Curtain Club · Adult entertainment for adults 18+ · All performers were 18 or older at the time of production and consented on camera. No AI-generated or face-swapped content.`, [['/compliance', '2257 & consent'], ['/compliance#report', 'Report content'], ['/terms', 'Terms'], ['/privacy', 'Privacy']]);

const velvet: CorpusSite = { host: 'velvetcurtain-club.test', lang: 'en', label: 'unrelated', shape: 'adult-site', author: 'fresh-g', pages: [
  { path: '/', title: 'Velvet Curtain Club — independent adult films, made with consent',
    head: metaDescription(`A members-only adult film club curating work from independent, performer-owned studios. Verified performers, fair pay, no AI fakes.`) + stripe('pk_test_51VelvetCurtainMm'),
    body: vcNav + ageGate(`This website contains adult material. By entering you confirm you are 18 or older and that viewing adult content is legal where you live.`, 'I am 18 or older — enter', 'Exit') +
      h1(`Adult cinema, made by people who chose to be in it`) +
      p(`Velvet Curtain Club is a subscription site for grown-ups who want adult films from independent studios run by the performers themselves. Every scene is shot on set with verified adult performers who signed model releases and consent forms on camera. Studios keep 70% of what their films earn.`) +
      section(h2(`What makes us different`), ul(
        `<strong>Real people, real consent.</strong> Every performer's ID and age is verified before filming, and performers can withdraw a scene at any time.`,
        `<strong>No deepfakes. No face swaps. No "AI undress".</strong> We do not host synthetic or AI-altered sexual content of anyone, famous or private, and we scan every upload for it.`,
        `<strong>Uncensored, in 4K</strong> — and never re-uploaded from elsewhere.`,
        `<strong>Discreet billing</strong> and one-click cancellation.`,
      )) +
      section(h2(`New this week`), mediaGrid([
        { title: 'Studio Marlowe feature', duration: '38:10', views: '12K members', tags: ['feature', 'couples'] },
        { title: 'Behind the scenes chat', duration: '14:02', views: '8K members', tags: ['interview'] },
        { title: 'Lighthouse Films short', duration: '22:45', views: '9K members', tags: ['short', 'award'] },
      ])) +
      faq(`Before you join`, [
        [`How much is it?`, `$14.99 per month, or $99 per year. See ${a('/join', 'Join')}.`],
        [`Do you use AI?`, `Only for subtitles. Never to create or alter performers' bodies or faces.`],
        [`How do I report a problem?`, `Use the Report button under any video or our ${a('/compliance#report', 'report form')}. We act within 24 hours.`],
      ]) + vcFoot },
  { path: '/join', title: 'Join — Velvet Curtain Club',
    body: vcNav + h1(`Membership`) + priceTable(['Plan', 'Price', 'Includes'], [
      ['Monthly', '$14.99', 'Full library, 4K streaming'],
      ['Yearly', '$99.00', 'Full library, downloads, studio Q&As'],
      ['Gift card', '$30 / 3 months', 'Sent by email'],
    ]) + p(`Billing appears as "VCC Media". Age verification is done by an independent provider before your first login, as required in several countries. Cancel any time from your account page; you keep access until the end of the period.`) + vcFoot },
  { path: '/studios', title: 'Partner studios — Velvet Curtain Club',
    body: vcNav + h1(`Our studios`) + p(`We work with 40 performer-owned studios in Europe and North America. Each studio signs our production standard: verified adult performers, written and on-camera consent, testing protocols, an intimacy coordinator on set and the right for any performer to have a scene removed later. Interested studios can apply through our partner team; we review contracts and consent records before publishing any film.`) + vcFoot },
  { path: '/compliance', title: 'Compliance, consent & reporting — Velvet Curtain Club',
    body: vcNav + h1(`Compliance`) + p(`Records required by 18 U.S.C. 2257 are kept by our custodian of records. We verify the age and identity of every performer and uploader. We prohibit non-consensual content, hidden-camera material, AI-generated sexual imagery, deepfakes and any content created by "nudify" or face-swap tools. Uploads are checked with hash matching and synthetic-media detection.`) +
      h2(`Report content`) + p(`If you believe content shows you without consent, write to report@velvetcurtain-club.test. We remove it while we investigate, usually within hours.`) + vcFoot },
  { path: '/faq', title: 'FAQ — Velvet Curtain Club',
    body: vcNav + faq(`Frequently asked questions`, [
      [`Is my membership private?`, `Yes. We store minimal data and never sell it.`],
      [`Can I request a custom film?`, `No. We do not produce content to order and never accept requests involving real, identifiable people.`],
      [`Why do you verify my age?`, `It is required by law in several countries and it is the right thing to do.`],
      [`Can performers remove their scenes?`, `Yes, at any time, with no questions asked.`],
    ]) + vcFoot },
] };

const msNav = nav([['/', 'Home'], ['/templates', 'Meme templates'], ['/pricing', 'Pricing'], ['/safety', 'Safety'], ['/faq', 'FAQ']], 'MemeSwap Party');
const msFoot = footer(`MemeSwap Party © 2025 — face swap for laughs. No adult content, ever.`, [['/safety', 'Safety & rules'], ['/terms', 'Terms'], ['/privacy', 'Privacy'], ['https://discord.gg/memeswap', 'Discord']]);

const memeswap: CorpusSite = { host: 'memeswap-party.test', lang: 'en', label: 'unrelated', shape: 'sfw-faceswap', author: 'fresh-g', pages: [
  { path: '/', title: 'MemeSwap Party — face swap memes, GIFs and movie scenes',
    head: metaDescription(`Swap your face into classic memes, reaction GIFs and movie scenes. Free, fast and family-friendly. NSFW is blocked.`) + oneTap('77310-memeswap.apps.googleusercontent.com'),
    body: msNav + cookieBanner(`We use cookies to remember your templates.`, 'Cool', 'No thanks') +
      h1(`Be the meme.`) +
      p(`MemeSwap Party puts your face — or your best friend's, with their OK — into thousands of memes, reaction GIFs and iconic movie moments. Upload a selfie, pick a template, share the laugh. It takes about five seconds.`) +
      upload('Upload a selfie', '/swap', 'Swap my face') +
      section(h2(`Trending templates`), mediaGrid([
        { title: 'Surprised cat', duration: '00:04', views: '1.2M swaps', tags: ['reaction'] },
        { title: 'Victory dance', duration: '00:07', views: '880K swaps', tags: ['dance'] },
        { title: 'Dramatic movie zoom', duration: '00:03', views: '640K swaps', tags: ['movie'] },
      ])) +
      section(h2(`Fun, not creepy`), p(`We built MemeSwap for jokes, birthdays and group chats. That is why we block it from being used for anything else: <strong>no NSFW templates, no undressing, no adult uploads, no swapping faces into sexual content</strong>. Uploaded videos are scanned, and every output carries a visible "MemeSwap" label and an invisible watermark.`)) +
      faq(`Quick questions`, [
        [`Is it free?`, `Yes, with a small watermark. Party Pass removes it.`],
        [`Can I upload my own video?`, `Yes, up to 15 seconds. It is checked before processing and adult material is rejected.`],
        [`Someone used my face — what now?`, `Report it at ${a('/safety', 'Safety')}. We remove it and ban the account.`],
      ]) + msFoot },
  { path: '/templates', title: 'Meme templates — MemeSwap Party',
    body: msNav + h1(`Template library`) + p(`More than 9,000 safe-for-work templates sorted by mood: reaction, sports, movie classics, holidays, pets, office life and birthday greetings. New templates arrive every Friday, picked by our community on Discord. Every template is reviewed by a human before it goes live.`) +
      mediaGrid([
        { title: 'Office high five', duration: '00:05', views: '210K swaps', tags: ['office'] },
        { title: 'Birthday cake fail', duration: '00:06', views: '330K swaps', tags: ['birthday'] },
      ]) + msFoot },
  { path: '/pricing', title: 'Pricing — MemeSwap Party',
    body: msNav + h1(`Party Pass`) + priceTable(['Plan', 'Price', 'What you get'], [
      ['Free', '$0', '10 swaps a day, watermark'],
      ['Party Pass', '$3.99/mo', 'Unlimited swaps, no watermark, HD GIFs'],
      ['Team', '$19/mo', 'For streamers and social teams, brand templates'],
    ]) + p(`The visible "AI" label stays on every plan. Payments are handled by our card processor; we never see your card number.`) + msFoot },
  { path: '/safety', title: 'Safety & rules — MemeSwap Party',
    body: msNav + h1(`Our rules`) + ul(`No sexual or nude content of any kind, including "spicy" or "18+" edits.`, `No faces of people who have not agreed, except public-domain meme characters.`, `No harassment, bullying or impersonation for fraud.`, `No political deception.`) +
      p(`We use nudity detection and face-consent checks on every upload and output. Accounts trying to get around them are banned. To report misuse, email safety@memeswap-party.test — we respond within one business day and cooperate with police and hotlines.`) + msFoot },
  { path: '/faq', title: 'FAQ — MemeSwap Party',
    body: msNav + faq(`FAQ`, [
      [`Why was my upload rejected?`, `Our filter found nudity, sexual content or an unsuitable video. This cannot be switched off.`],
      [`Is there an NSFW mode?`, `No, and there never will be.`],
      [`Do you keep my selfie?`, `Selfies are deleted after 24 hours unless you save them as a favourite face.`],
      [`Can I use MemeSwap for ads?`, `Yes with the Team plan, as long as everyone in the output has agreed.`],
    ]) + msFoot },
] };

const avNav = nav([['/', 'Inicio'], ['/estilos', 'Estilos'], ['/precios', 'Precios'], ['/normas', 'Normas de contenido'], ['/ayuda', 'Ayuda']], 'Avatarista');
const avFoot = footer(`Avatarista © 2025 · Avatares con IA para redes, juegos y trabajo · Sin contenido para adultos`, [['/normas', 'Normas'], ['/privacidad', 'Privacidad'], ['/ayuda', 'Ayuda']]);

const avatarista: CorpusSite = { host: 'avatarista-app.test', lang: 'es', label: 'unrelated', shape: 'image-generator', author: 'fresh-g', pages: [
  { path: '/', title: 'Avatarista — crea tu avatar con IA a partir de tus selfies',
    head: metaDescription(`Sube 10 selfies y Avatarista crea 100 avatares en estilos anime, fantasía, profesional o videojuego. App para Android e iOS.`) +
      jsonLd({ '@context': 'https://schema.org', '@type': 'MobileApplication', name: 'Avatarista', operatingSystem: 'Android, iOS', contentRating: 'Everyone 12+', applicationCategory: 'PhotographyApplication' }),
    body: avNav + cookieBanner(`Usamos cookies para mejorar la app. Puedes cambiar tu elección cuando quieras.`, 'Aceptar', 'Rechazar') +
      h1(`Tu cara, cien estilos`) +
      p(`Avatarista convierte tus selfies en avatares de IA: héroe de anime, elfa de fantasía, astronauta, retrato profesional para LinkedIn o personaje de videojuego. Sube entre 8 y 15 fotos tuyas y en 20 minutos recibes un paquete de 100 avatares listos para tus redes.`) +
      storeBadges('/descargar/avatarista.apk') +
      section(h2(`Estilos favoritos`), ul(`Anime y manga`, `Fantasía épica`, `Cyberpunk`, `Retrato profesional`, `Acuarela`, `Pixel art`)) + img(7, 'ejemplos de avatares') +
      section(h2(`Segura por diseño`), p(`Avatarista solo genera avatares de la persona que se ha verificado con un selfie en vivo. <strong>No se puede subir fotos de otras personas, ni crear desnudos, ni contenido sexual o "picante"</strong>. Nuestros filtros bloquean cualquier petición de quitar ropa o de contenido NSFW, y las imágenes llevan una marca de agua invisible de IA.`)) +
      section(h2(`Opiniones`), blockquote(`Los avatares de fantasía son preciosos, los uso en Discord.`, '★★★★★ Marta'), blockquote(`El retrato profesional me sirvió para el CV.`, '★★★★☆ Jorge')) +
      faq(`Preguntas rápidas`, [
        [`¿Cuánto cuesta?`, `Desde 4,99 € por paquete. Ver ${a('/precios', 'precios')}.`],
        [`¿Guardáis mis selfies?`, `Se borran 48 horas después de generar tu paquete.`],
      ]) + avFoot },
  { path: '/estilos', title: 'Estilos — Avatarista',
    body: avNav + h1(`Más de 60 estilos`) + p(`Cada mes añadimos estilos nuevos votados por la comunidad. Los más populares son Anime, Fantasía, Cyberpunk, Retrato Profesional, Cómic clásico, Óleo y Videojuego retro. También puedes elegir ropa para tu avatar: armadura, traje, uniforme espacial, ropa de invierno o disfraz de Halloween. No existen estilos para adultos ni opciones de ropa reveladora.`) + avFoot },
  { path: '/precios', title: 'Precios — Avatarista',
    body: avNav + h1(`Precios`) + priceTable(['Paquete', 'Avatares', 'Estilos', 'Precio'], [
      ['Básico', '50', '5', '4,99 €'],
      ['Completo', '100', '10', '9,99 €'],
      ['Creador', '300', 'Todos', '19,99 €'],
    ]) + p(`Pago único, sin suscripción. Pagos con tarjeta, Google Pay o Apple Pay dentro de la app. Reembolso si el resultado no se parece a ti. Los avatares son tuyos: puedes usarlos en redes sociales, juegos y perfiles profesionales.`) + avFoot },
  { path: '/normas', title: 'Normas de contenido — Avatarista',
    body: avNav + h1(`Normas de contenido`) + ol(`Solo puedes crear avatares de ti mismo, tras verificar tu identidad con un selfie en vivo.`, `Prohibido el contenido sexual, los desnudos y la ropa reveladora.`, `Prohibido usar la app para suplantar a otras personas.`, `Las cuentas que intenten saltarse los filtros se cierran sin reembolso.`) +
      p(`Si crees que alguien ha usado tu cara sin permiso, escribe a seguridad@avatarista-app.test y lo revisaremos en 24 horas.`) + avFoot },
  { path: '/ayuda', title: 'Ayuda — Avatarista',
    body: avNav + faq(`Centro de ayuda`, [
      [`¿Qué fotos subo?`, `Entre 8 y 15 selfies con buena luz, con distintos ángulos y expresiones, solo tú en la foto.`],
      [`¿Por qué me ha rechazado una foto?`, `Puede que aparezca otra persona o que la foto no coincida con tu verificación.`],
      [`¿Puedo pedir un estilo sin censura?`, `No. Avatarista no genera contenido para adultos.`],
      [`¿Cómo borro mi cuenta?`, `Desde Ajustes › Cuenta › Eliminar.`],
    ]) + avFoot },
] };

const frNav = nav([['/', 'Start'], ['/leistungen', 'Leistungen'], ['/preise', 'Preise'], ['/vorher-nachher', 'Vorher/Nachher'], ['/kontakt', 'Kontakt']], 'Fotoretter Werkstatt');
const frFoot = footer(`Fotoretter Werkstatt · KI-Fotorestaurierung mit Handarbeit · Made in Leipzig`, [['/impressum', 'Impressum'], ['/datenschutz', 'Datenschutz'], ['/agb', 'AGB'], ['/kontakt', 'Kontakt']]);

const fotoretter: CorpusSite = { host: 'fotoretter-werkstatt.test', lang: 'de', label: 'unrelated', shape: 'photo-tool', author: 'fresh-g', pages: [
  { path: '/', title: 'Fotoretter Werkstatt – alte Fotos restaurieren mit KI',
    head: metaDescription(`Risse, Kratzer, Flecken und Falten aus alten Fotos entfernen, Farbe zurückholen, unscharfe Gesichter schärfen. Online hochladen, in 24 h zurück.`) + stripe('pk_test_51FotoretterWw'),
    body: frNav + cookieBanner(`Wir nutzen nur notwendige Cookies und eine datensparsame Statistik.`, 'OK', 'Ablehnen') +
      h1(`Omas Fotoalbum – wie neu`) +
      p(`Eingerissene Hochzeitsbilder, verblasste Urlaubsdias, Knicke und Stockflecken: Die Fotoretter Werkstatt bringt Ihre Familienfotos zurück. Unsere KI entfernt Kratzer, Staub und Falten im Papier, schärft Gesichter und koloriert auf Wunsch Schwarz-Weiß-Bilder. Danach prüft ein Restaurator jedes Bild von Hand.`) +
      upload('Foto hochladen (Scan oder Handyfoto)', '/restaurieren', 'Kostenlose Vorschau') +
      section(h2(`Was wir entfernen – und was nicht`), ul(
        `<strong>Entfernen:</strong> Risse, Knicke, Kratzer, Staub, Flecken, Vergilbung, Reflexe vom Glas.`,
        `<strong>Glätten:</strong> Falten und Wellen im Fotopapier.`,
        `<strong>Wiederherstellen:</strong> fehlende Ecken, ausgeblichene Farben, unscharfe Gesichter.`,
        `<strong>Nicht verändert:</strong> Personen, Kleidung, Körper und Gesichtszüge – wir restaurieren, wir erfinden nichts dazu.`,
      )) +
      section(h2(`So funktioniert's`), ol(`Foto scannen oder abfotografieren.`, `Hochladen und kostenlose Vorschau ansehen.`, `Bezahlen und die hochauflösende Datei herunterladen.`)) +
      blockquote(`Das Hochzeitsfoto meiner Großeltern war in drei Teile gerissen – jetzt hängt es gerahmt im Flur.`, '– Heike, Dresden') +
      faq(`Häufige Fragen`, [
        [`Wie lange dauert es?`, `Die KI-Vorschau kommt sofort, die handgeprüfte Datei in 24 Stunden.`],
        [`Was passiert mit meinen Fotos?`, `Sie liegen auf Servern in Deutschland und werden nach 30 Tagen gelöscht.`],
      ]) + frFoot },
  { path: '/leistungen', title: 'Leistungen – Fotoretter Werkstatt',
    body: frNav + h1(`Unsere Leistungen`) + ul(`Kratzer- und Rissentfernung`, `Falten im Papier glätten`, `Kolorieren von Schwarz-Weiß-Fotos`, `Gesichter schärfen (ohne sie zu verändern)`, `Dias und Negative digitalisieren`, `Fotobücher und Drucke`) +
      p(`Für Vereine, Stadtarchive und Museen bieten wir Sammelaufträge mit Metadaten-Erfassung an. Auf Wunsch holen wir Alben persönlich im Raum Leipzig ab. Originale bleiben unverändert, wir arbeiten nur mit Scans.`) + frFoot },
  { path: '/preise', title: 'Preise – Fotoretter Werkstatt',
    body: frNav + h1(`Preise`) + priceTable(['Leistung', 'Preis pro Bild'], [
      ['KI-Restaurierung (automatisch)', '2,90 €'],
      ['KI + Handprüfung', '7,90 €'],
      ['Schwere Schäden (Risse, fehlende Teile)', 'ab 19 €'],
      ['Kolorieren', '+4 €'],
      ['Fine-Art-Druck 20×30', '14 €'],
    ]) + p(`Alle Preise inkl. MwSt. Bezahlung per Karte, PayPal oder Rechnung für Archive. Mengenrabatt ab 50 Bildern. Die kostenlose Vorschau zeigt Ihnen vorab, was möglich ist, und ist unverbindlich. Für Vereine und Ahnenforscher gibt es Sonderkonditionen auf Anfrage.`) + frFoot },
  { path: '/vorher-nachher', title: 'Vorher/Nachher – Fotoretter Werkstatt',
    body: frNav + h1(`Vorher und nachher`) + img(8, 'Hochzeitsfoto 1952, vorher') + img(9, 'Hochzeitsfoto 1952, nachher') + img(0, 'Schulklasse 1964, koloriert') +
      p(`Links das Original, rechts das Ergebnis. Alle Beispiele zeigen wir mit Erlaubnis der Familien. Bei der Restaurierung entfernen wir nur Schäden am Bild selbst: Falten, Risse, Flecken. Gesichter und Kleidung bleiben, wie sie damals waren. So bleibt das Foto ein ehrliches Dokument. Weitere Beispiele finden Sie in unserem Newsletter.`) + frFoot },
  { path: '/kontakt', title: 'Kontakt – Fotoretter Werkstatt',
    body: frNav + h1(`Kontakt`) + p(`Fotoretter Werkstatt GmbH, Karl-Heine-Straße (fiktiv), Leipzig. Telefon werktags 9–17 Uhr. Für Fragen zu einem laufenden Auftrag geben Sie bitte Ihre Auftragsnummer an. Archive und Museen erreichen unser Team für Sammelaufträge direkt per E-Mail an archiv@fotoretter-werkstatt.test. Wir antworten in der Regel am selben Werktag. Bitte senden Sie keine Originale per Post ohne vorherige Absprache.`) + textForm('Ihre Nachricht', 'Senden', '/kontakt/senden') + frFoot },
] };

const hfNav = nav([['/', 'Home'], ['/how-it-works', 'How it works'], ['/styles', 'Styles & outfits'], ['/pricing', 'Pricing'], ['/teams', 'For teams']], 'HeadshotForge');
const hfFoot = footer(`HeadshotForge © 2025 — professional AI headshots. We never create nude, suggestive or fake images of anyone.`, [['/privacy', 'Privacy'], ['/terms', 'Terms'], ['/acceptable-use', 'Acceptable use'], ['mailto:help@headshotforge.test', 'Support']]);

const headshot: CorpusSite = { host: 'headshotforge.test', lang: 'en', label: 'unrelated', shape: 'other', author: 'fresh-g', pages: [
  { path: '/', title: 'HeadshotForge — studio-quality AI headshots from your selfies',
    head: metaDescription(`Upload 12 selfies, get 80 professional AI headshots in 40 minutes. Choose your outfit, background and lighting. From $29.`) +
      jsonLd({ '@context': 'https://schema.org', '@type': 'Product', name: 'HeadshotForge Professional Pack', offers: { '@type': 'Offer', price: '29', priceCurrency: 'USD' } }) + stripe('pk_test_51HeadshotForgeHh'),
    body: hfNav + cookieBanner(`We use cookies for checkout and analytics.`, 'Accept', 'Reject') +
      h1(`Professional headshots, no photographer needed`) +
      p(`HeadshotForge turns a dozen casual selfies into polished, studio-style headshots for LinkedIn, résumés, company pages and speaker bios. Pick your outfit — blazer, suit and tie, smart casual — choose an office, studio or outdoor background, and our AI delivers 80 realistic portraits in about 40 minutes.`) +
      upload('Upload 10–20 selfies', '/start', 'Create my headshots') +
      section(h2(`Why professionals choose us`), ul(
        `Change your outfit without changing clothes: swap a T-shirt for a tailored suit.`,
        `Remove the messy background and replace it with a clean studio backdrop.`,
        `Natural retouching — we keep your real face, freckles and all.`,
        `Your photos are only used to make your headshots and are deleted after 7 days.`,
      )) + img(1, 'headshot examples') +
      section(h2(`Trusted by 40,000 professionals`), blockquote(`Got more recruiter messages the week I changed my photo.`, '— Priya, product manager'), blockquote(`Our whole sales team had matching headshots in a day.`, '— Tom, team lead')) +
      faq(`Questions`, [
        [`Can I upload someone else's photos?`, `No. You must be the person in the selfies; we check with a short live video.`],
        [`Do you allow any other kind of image?`, `Only professional headshots. Requests for revealing outfits, nudity or "spicy" edits are blocked.`],
      ]) + hfFoot },
  { path: '/how-it-works', title: 'How it works — HeadshotForge',
    body: hfNav + h1(`How it works`) + ol(`Upload 10–20 selfies with different angles and lighting.`, `Confirm it is you with a three-second live video.`, `Choose outfits and backgrounds.`, `We train a private model on your face — it is deleted afterwards.`, `Download 80 headshots and pick your favourites.`) +
      p(`The whole process takes about 40 minutes. If you do not like any of the results, we re-run them for free or refund you.`) + hfFoot },
  { path: '/styles', title: 'Styles & outfits — HeadshotForge',
    body: hfNav + h1(`Styles and outfits`) + p(`Outfit options: navy suit, charcoal suit, blazer with open collar, knit sweater, white shirt, medical coat, chef jacket and business-casual dress. Backgrounds: grey studio, bright office, bookshelf, city skyline, park. Lighting: soft, dramatic, natural window light. Every outfit is professional and fully dressed; there are no swimwear, lingerie or "remove clothes" options, and there never will be.`) + hfFoot },
  { path: '/pricing', title: 'Pricing — HeadshotForge',
    body: hfNav + h1(`Pricing`) + priceTable(['Pack', 'Headshots', 'Outfits', 'Price'], [
      ['Starter', '40', '2', '$29'],
      ['Professional', '80', '5', '$45'],
      ['Executive', '150', 'All', '$69'],
    ]) + p(`One-time payment. 100% refund if you are not happy and have not downloaded your headshots. Team discounts from 5 people. Every pack includes background removal and natural retouching at no extra cost. Prices are in US dollars; local taxes may apply at checkout.`) + hfFoot },
  { path: '/teams', title: 'HeadshotForge for teams',
    body: hfNav + h1(`Consistent headshots for your whole team`) + p(`Invite colleagues by email; each person uploads their own selfies and verifies their identity. Admins pick a shared background and dress code so the team page looks consistent. Invoicing, SSO and a data processing agreement are available. We never let one person create headshots of another.`) + hfFoot },
] };

const ppNav = nav([['/', 'Accueil'], ['/tenues', 'Changer de tenue'], ['/tarifs', 'Tarifs'], ['/conseils', 'Conseils profil'], ['/regles', 'Nos règles']], 'Profil Parfait IA');
const ppFoot = footer(`Profil Parfait IA — des photos de profil qui vous ressemblent vraiment.`, [['/regles', 'Règles d’usage'], ['/confidentialite', 'Confidentialité'], ['/cgu', 'CGU'], ['mailto:bonjour@profil-parfait-ia.test', 'Contact']]);

const profilParfait: CorpusSite = { host: 'profil-parfait-ia.test', lang: 'fr', label: 'unrelated', shape: 'clothes-changer', author: 'fresh-g', pages: [
  { path: '/', title: 'Profil Parfait IA — vos meilleures photos pour les applis de rencontre',
    head: metaDescription(`Améliorez vos photos de profil pour les sites de rencontre : lumière, arrière-plan, changement de tenue. Sans retouche trompeuse.`) + oneTap('44102-profilparfait.apps.googleusercontent.com'),
    body: ppNav + cookieBanner(`Nous utilisons des cookies pour la connexion et les statistiques.`, 'Accepter', 'Refuser') +
      h1(`Des photos de profil qui donnent envie de dire bonjour`) +
      p(`Sur les applis de rencontre, la première photo compte. Profil Parfait IA améliore vos propres photos : meilleure lumière, arrière-plan plus soigné, cadrage flatteur, et même un <strong>changement de tenue</strong> — passez du t-shirt froissé à une chemise ou une robe de soirée, sans nouvelle séance photo.`) +
      upload('Importer une photo de vous', '/studio', 'Améliorer') +
      section(h2(`Ce que vous pouvez faire`), ul(
        `Changer de tenue : chemise, veste, robe, pull, tenue de sport.`,
        `Enlever l’arrière-plan encombré et le remplacer par un café, un parc ou la plage.`,
        `Corriger la lumière et les yeux rouges.`,
        `Sélection IA : vos 5 meilleures photos classées.`,
      )) +
      section(h2(`Honnête avant tout`), p(`Nous ne modifions ni votre visage ni votre silhouette, et nous refusons toute tenue dénudée, lingerie ou « sans vêtements ». Vous ne pouvez traiter que vos propres photos, vérifiées par un selfie. Une bonne photo de profil, c’est vous, en mieux éclairé.`)) +
      blockquote(`Trois fois plus de matchs avec la même tête, juste une meilleure photo.`, '— Karim, 31 ans') +
      faq(`Questions fréquentes`, [
        [`Puis-je utiliser la photo de quelqu’un d’autre ?`, `Non, la vérification par selfie l’empêche.`],
        [`Les tenues sont-elles réalistes ?`, `Oui, l’IA respecte la lumière et la pose d’origine.`],
      ]) + ppFoot },
  { path: '/tenues', title: 'Changer de tenue — Profil Parfait IA',
    body: ppNav + h1(`Le vestiaire virtuel`) + p(`Choisissez parmi 120 tenues : chemise blanche, blazer, pull en maille, robe d’été, veste en jean, tenue de randonnée, costume de mariage. L’IA remplace vos vêtements actuels par la tenue choisie en gardant votre pose et votre visage. Les maillots de bain sont disponibles uniquement pour des photos de plage déjà en maillot, et aucune option ne permet de retirer des vêtements.`) + ppFoot },
  { path: '/tarifs', title: 'Tarifs — Profil Parfait IA',
    body: ppNav + h1(`Tarifs`) + priceTable(['Formule', 'Prix', 'Inclus'], [
      ['Essai', 'Gratuit', '3 retouches, filigrane'],
      ['Pack Rencontre', '9,90 €', '30 retouches, 10 changements de tenue'],
      ['Illimité 1 mois', '14,90 €', 'Tout illimité, sélection IA'],
    ]) + p(`Paiement unique par carte ou Apple Pay. Aucun renouvellement automatique sur le Pack Rencontre. Satisfait ou remboursé pendant 14 jours. Les prix s’entendent TTC, en euros.`) + ppFoot },
  { path: '/conseils', title: 'Conseils pour votre profil — Profil Parfait IA',
    body: ppNav + h1(`7 conseils pour une photo de profil réussie`) + ol(`Souriez naturellement, regardez l’objectif.`, `Préférez la lumière du jour, près d’une fenêtre.`, `Une photo seul·e en premier, pas de photo de groupe.`, `Montrez une passion : cuisine, sport, musique.`, `Évitez les lunettes de soleil.`, `Soyez à jour : des photos de moins d’un an.`, `Ne trichez pas : la personne doit vous reconnaître au premier rendez-vous.`) + ppFoot },
  { path: '/regles', title: 'Nos règles — Profil Parfait IA',
    body: ppNav + h1(`Règles d’usage`) + p(`Profil Parfait IA sert uniquement à améliorer vos propres photos. Sont interdits : le traitement de photos d’autres personnes, toute image dénudée ou sexuelle, la modification du corps ou du visage, et la création de faux profils. Nos filtres bloquent automatiquement les demandes du type « enlever les vêtements ». Tout abus entraîne la fermeture du compte et peut être signalé aux autorités.`) + ppFoot },
] };

const mdNav = nav([['/', 'Início'], ['/biquinis', 'Biquínis'], ['/maios', 'Maiôs'], ['/saidas-de-praia', 'Saídas de praia'], ['/trocas', 'Trocas e devoluções']], 'Maré Doce Beachwear');
const mdFoot = footer(`Maré Doce Beachwear · Moda praia feita em Florianópolis · CNPJ fictício 00.000.000/0001-00`, [['/trocas', 'Trocas e devoluções'], ['/guia-de-medidas', 'Guia de medidas'], ['/privacidade', 'Privacidade'], ['https://instagram.com/maredoce.test', 'Instagram']]);

const maredoce: CorpusSite = { host: 'maredoce-beachwear.test', lang: 'pt', label: 'unrelated', shape: 'lingerie-shop', author: 'fresh-g', pages: [
  { path: '/', title: 'Maré Doce Beachwear — biquínis, maiôs e saídas de praia',
    head: metaDescription(`Biquínis, maiôs e saídas de praia feitos à mão em Florianópolis. Tecido com proteção UV, frete grátis acima de R$ 299.`) +
      jsonLd({ '@context': 'https://schema.org', '@type': 'ClothingStore', name: 'Maré Doce Beachwear', address: { '@type': 'PostalAddress', addressLocality: 'Florianópolis', addressCountry: 'BR' } }),
    body: mdNav + cookieBanner(`Usamos cookies para o carrinho e para medir visitas.`, 'Aceitar', 'Recusar') +
      `<div class="promo"><p>FRETE GRÁTIS acima de R$ 299 · 10% OFF na primeira compra com o cupom PRAIA10</p></div>` +
      h1(`Verão o ano inteiro`) +
      p(`A Maré Doce cria moda praia em pequenas coleções, costurada à mão por costureiras de Florianópolis. Tecidos com proteção UV 50+, secagem rápida e forro duplo, em modelagens que vão do P ao GG.`) +
      section(h2(`Mais vendidos`), mediaGrid([
        { title: 'Biquíni Cortininha Coral', duration: 'R$ 189', views: '4,9 ★ (312)', tags: ['biquini'] },
        { title: 'Maiô Decote Costas Areia', duration: 'R$ 259', views: '4,8 ★ (198)', tags: ['maio'] },
        { title: 'Saída Tela Transparente Off-White', duration: 'R$ 149', views: '4,7 ★ (87)', tags: ['saida'] },
        { title: 'Top Faixa + Calcinha Asa Delta', duration: 'R$ 169', views: '4,9 ★ (240)', tags: ['biquini'] },
      ])) +
      section(h2(`Por que a Maré Doce`), ul(`Tecido ecológico feito de garrafas PET recicladas.`, `Provador virtual: veja a estampa em fotos de modelos de vários tamanhos.`, `Troca grátis em 30 dias.`, `Embalagem sem plástico.`)) +
      textForm('Receba novidades por e-mail', 'Quero receber', '/newsletter') +
      blockquote(`O maiô veste super bem e não fica transparente na água.`, '— Camila, Recife') +
      p(`Dúvida no tamanho? Consulte o guia de medidas ou fale com a gente pelo WhatsApp de segunda a sábado.`) + mdFoot },
  { path: '/biquinis', title: 'Biquínis — Maré Doce Beachwear',
    body: mdNav + h1(`Biquínis`) + p(`Cortininha, tomara que caia, top faixa, cropped e hot pants. Todos os modelos têm forro duplo e bojo removível. Combine partes de cima e de baixo em tamanhos diferentes.`) +
      priceTable(['Modelo', 'Cores', 'Preço'], [['Cortininha', 'Coral, Preto, Verde-água', 'R$ 189'], ['Tomara que caia', 'Areia, Terracota', 'R$ 199'], ['Cropped com amarração', 'Azul Marinho', 'R$ 219']]) + button('Adicionar à sacola') + mdFoot },
  { path: '/maios', title: 'Maiôs — Maré Doce Beachwear',
    body: mdNav + h1(`Maiôs`) + p(`Maiôs com decote nas costas, frente única e manga longa para esportes aquáticos. Proteção UV 50+, tecido com compressão leve e costura reforçada. Disponíveis do P ao GG, com opção de bojo. A linha Surf tem zíper frontal e tecido mais grosso para pranchas.`) +
      priceTable(['Modelo', 'Preço'], [['Decote Costas', 'R$ 259'], ['Frente Única', 'R$ 239'], ['Surf Manga Longa', 'R$ 289']]) + mdFoot },
  { path: '/saidas-de-praia', title: 'Saídas de praia — Maré Doce Beachwear',
    body: mdNav + h1(`Saídas de praia`) + p(`Kimonos, vestidos de tela, pareôs e saias envelope para ir da areia ao almoço. A tela transparente é leve e fresca, feita para usar por cima do biquíni ou maiô. Todas as peças são lavadas antes do envio para não encolher depois.`) +
      priceTable(['Peça', 'Preço'], [['Kimono Crochê', 'R$ 179'], ['Vestido Tela Off-White', 'R$ 149'], ['Pareô Estampado', 'R$ 89']]) + mdFoot },
  { path: '/trocas', title: 'Trocas e devoluções — Maré Doce Beachwear',
    body: mdNav + h1(`Trocas e devoluções`) + p(`Você tem 30 dias para trocar ou devolver qualquer peça sem uso, com etiqueta e com o protetor higiênico da calcinha intacto. A primeira troca é grátis: geramos a etiqueta de postagem pelo Correios. O reembolso é feito em até 7 dias úteis após recebermos a peça, no mesmo meio de pagamento (Pix, cartão ou boleto).`) + mdFoot },
] };

const ddNav = nav([['/', 'Voorpagina'], ['/onderzoek/uitkleed-apps', 'Onderzoek'], ['/achtergrond/wat-zegt-de-wet', 'Achtergrond'], ['/tips', 'Tips'], ['/colofon', 'Colofon']], 'Digitaal Dagblad');
const ddFoot = footer(`Digitaal Dagblad — onafhankelijke onderzoeksjournalistiek over technologie. Heb je een tip? Mail veilig naar tips@digitaal-dagblad-onderzoek.test.`, [['/colofon', 'Colofon'], ['/privacy', 'Privacy'], ['/tips', 'Tip de redactie'], ['/abonneren', 'Abonneren']]);

const dagblad: CorpusSite = { host: 'digitaal-dagblad-onderzoek.test', lang: 'nl', label: 'unrelated', shape: 'news', author: 'fresh-g', pages: [
  { path: '/', title: 'Digitaal Dagblad — onderzoeksjournalistiek over tech',
    head: metaDescription(`Onderzoek: hoe uitkleed-apps via Telegram, nepdomeinen en affiliate-sites miljoenen Nederlanders bereiken. Plus: wat zegt de wet?`) +
      jsonLd({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: '‘Kleren uit in drie seconden’: zo verdienen uitkleed-apps aan nepnaaktfoto’s', datePublished: '2025-03-14', publisher: { '@type': 'Organization', name: 'Digitaal Dagblad' } }),
    body: ddNav + cookieBanner(`Digitaal Dagblad plaatst alleen functionele cookies. Geen advertentietracking.`, 'Oké') +
      h1(`Digitaal Dagblad`) +
      article(h2(`‘Kleren uit in drie seconden’: zo verdienen uitkleed-apps aan nepnaaktfoto’s`),
        p(`<em>Onderzoek · 14 maart · 12 minuten leestijd</em>`),
        p(`Ze noemen zichzelf ‘AI-fotostudio’ of ‘creatieve app’, maar op de prijzenpagina staat het zwart op wit: ‘Uitkleed-modus’, ‘doorkijk-filter’, ‘18+ face swap’. Digitaal Dagblad onderzocht drie maanden lang veertig van deze diensten. Wij betaalden zelf voor credits, volgden de geldstromen en spraken met slachtoffers.`),
        p(`“Upload een foto, wij doen de rest”, belooft een van de sites. Een ander adverteert met ‘zie iedereen zonder kleren’. Geen enkele dienst controleerde of de persoon op de foto toestemming had gegeven. ${a('/onderzoek/uitkleed-apps', 'Lees het volledige onderzoek →')}`)) +
      section(h2(`Meer uit deze serie`), ul(
        `${a('/achtergrond/wat-zegt-de-wet', 'Wat zegt de wet over deepfake-naaktbeelden?')}`,
        `Scholen worstelen met nepnaaktfoto’s van leerlingen: ‘Ouders weten niet wat ze zien’`,
        `Betaalbedrijven sluiten rekeningen — apps wijken uit naar crypto`,
        `${a('/tips', 'Slachtoffer? Zo laat je beelden verwijderen')}`,
      )) +
      section(h2(`Ook in het nieuws`), ul(`Provider blokkeert tientallen spiegeldomeinen na verzoek van meldpunt`, `Europese Commissie wil ‘nudify’-apps uit appwinkels`, `Column: ‘Het is geen grap, het is misbruik’`)) +
      textForm('Zoek in het archief', 'Zoeken') + ddFoot },
  { path: '/onderzoek/uitkleed-apps', title: 'Onderzoek: zo werken uitkleed-apps — Digitaal Dagblad',
    body: ddNav + article(h1(`‘Kleren uit in drie seconden’: het verdienmodel achter uitkleed-apps`),
      p(`De sites die wij onderzochten lijken op elkaar. Een uploadknop, een belofte als ‘verwijder kleding met één klik’ of ‘bekijk de naaktversie’, en een prijstabel met credits vanaf een paar euro. Wie betaalt, krijgt binnen seconden een nepnaaktbeeld van de persoon op de foto. Veel diensten draaien op dezelfde achterliggende API en wisselen steeds van domeinnaam zodra ze worden geblokkeerd.`),
      p(`Het geld loopt via tussenpersonen. Op afschriften verschijnen neutrale namen als ‘Digital Services’ of ‘Media Ltd’. Affiliate-sites met ranglijsten als ‘de tien beste uitkleed-apps’ verdienen per aanmelding. Telegram-bots nemen betalingen aan in ‘sterren’ of crypto.`),
      blockquote(`Ik had nooit een naaktfoto gemaakt. Toch ging er één rond in de klassenapp van mijn broertje.`, 'Slachtoffer (24), naam bij de redactie bekend'),
      p(`Wij hebben geen enkele dienst getest met foto’s van echte personen; we gebruikten door AI gegenereerde gezichten. De namen van de diensten noemen we bewust niet, om ze geen extra bezoekers te bezorgen.`)) + ddFoot },
  { path: '/achtergrond/wat-zegt-de-wet', title: 'Wat zegt de wet over deepfake-naaktbeelden? — Digitaal Dagblad',
    body: ddNav + article(h1(`Wat zegt de wet?`),
      p(`In Nederland is het maken en verspreiden van seksueel beeldmateriaal van iemand zonder toestemming strafbaar, ook als het beeld nep is. Dat geldt dus ook voor deepfakes en foto’s die met een uitkleed-app zijn gemaakt. Slachtoffers kunnen aangifte doen bij de politie en via de rechter eisen dat beelden worden verwijderd. Platforms moeten onder de Europese digitale regels meldingen snel behandelen. Juristen wijzen erop dat de makers van de apps zelf vaak buiten de EU zitten en moeilijk aan te pakken zijn.`)) + ddFoot },
  { path: '/tips', title: 'Slachtoffer van een nepnaaktfoto? Dit kun je doen — Digitaal Dagblad',
    body: ddNav + h1(`Slachtoffer? Dit kun je doen`) + ol(`Maak schermafbeeldingen met datum en link, maar verspreid de beelden niet verder.`, `Meld de beelden bij het platform waar ze staan.`, `Neem contact op met een meldpunt voor online misbruik; zij helpen gratis en anoniem bij verwijderen.`, `Doe aangifte bij de politie.`, `Praat erover met iemand die je vertrouwt.`) +
      p(`Ben je jonger dan 18? Dan kun je ook terecht bij een hulplijn voor jongeren. Je bent nooit zelf schuldig aan wat een ander met je foto doet.`) + ddFoot },
  { path: '/colofon', title: 'Colofon — Digitaal Dagblad',
    body: ddNav + h1(`Colofon`) + p(`Digitaal Dagblad is een onafhankelijk platform voor onderzoeksjournalistiek over technologie, gefinancierd door lezers en een journalistiek fonds. Wij plaatsen geen advertenties en gebruiken geen affiliate-links. Correcties melden we onder het betreffende artikel. Hoofdredactie en onderzoeksteam zijn bereikbaar via redactie@digitaal-dagblad-onderzoek.test.`) + ddFoot },
] };

const aaNav = nav([['/', 'Inicio'], ['/denunciar', 'Cómo denunciar'], ['/guia-retirada', 'Retirar imágenes'], ['/quienes-somos', 'Quiénes somos'], ['/contacto', 'Pide ayuda']], 'Alto al Acoso Digital');
const aaFoot = footer(`Alto al Acoso Digital · Asociación sin ánimo de lucro · Atención gratuita y confidencial · Si estás en peligro, llama al 112.`, [['/contacto', 'Pide ayuda'], ['/privacidad', 'Privacidad'], ['/quienes-somos', 'Transparencia'], ['/dona', 'Haz un donativo']]);

const altoAcoso: CorpusSite = { host: 'alto-acoso-digital.test', lang: 'es', label: 'unrelated', shape: 'victim-help', author: 'fresh-g', pages: [
  { path: '/', title: 'Alto al Acoso Digital — ayuda si han creado desnudos falsos con tu foto',
    head: metaDescription(`¿Alguien ha usado una app de "quitar ropa" o un deepfake con tu cara? Te ayudamos a denunciar y a retirar las imágenes. Gratis y confidencial.`) +
      jsonLd({ '@context': 'https://schema.org', '@type': 'NGO', name: 'Alto al Acoso Digital', areaServed: 'ES', email: 'ayuda@alto-acoso-digital.test' }),
    body: aaNav + cookieBanner(`Solo usamos cookies técnicas. Puedes salir rápido de esta web con el botón "Salida rápida".`, 'Entendido') + button('Salida rápida') +
      h1(`No es culpa tuya. Y se puede actuar.`) +
      p(`Cada semana nos escriben personas que han descubierto un desnudo falso suyo: una foto normal de Instagram pasada por una app que promete "quitar la ropa con IA", o un vídeo "deepfake" con su cara en una escena para adultos. Estas imágenes son falsas, pero el daño es real. Te acompañamos paso a paso.`) +
      section(h2(`Qué hacemos`), ul(
        `Te ayudamos a guardar pruebas sin volver a difundir las imágenes.`,
        `Pedimos la retirada a plataformas, buscadores y webs de alojamiento.`,
        `Te orientamos para denunciar ante la policía o la fiscalía.`,
        `Apoyo psicológico gratuito con profesionales.`,
        `Talleres en institutos y empresas para prevenir.`,
      )) +
      section(h2(`Reconoce cómo se anuncian estas apps`), p(`Suelen presentarse como "estudio de fotos con IA" o "editor sin censura" y usan frases como "desnuda a cualquiera", "modo rayos X", "cambio de cara +18" o "ropa fuera en un clic". Muchas funcionan como bots de Telegram. Si ves una, puedes ${a('/denunciar', 'denunciarla')}.`)) +
      faq(`Preguntas frecuentes`, [
        [`¿Es delito si la imagen es falsa?`, `En España, difundir imágenes íntimas falsas sin consentimiento puede ser delito, y también vulnera tu derecho a la propia imagen.`],
        [`¿Tengo que ver las imágenes otra vez?`, `No. Nuestro equipo puede encargarse de localizar las copias.`],
        [`¿Cuánto cuesta?`, `Nada. Somos una asociación financiada por socios y subvenciones.`],
      ]) + aaFoot },
  { path: '/denunciar', title: 'Cómo denunciar — Alto al Acoso Digital',
    body: aaNav + h1(`Cómo denunciar`) + ol(`Guarda capturas con la fecha, la URL y el nombre de usuario de quien lo publicó.`, `Denuncia el contenido en la propia plataforma (opción "contenido íntimo no consentido").`, `Presenta denuncia en comisaría o en la Guardia Civil; lleva las capturas.`, `Si la web o el bot vende desnudos falsos, denúncialo también a la autoridad de protección de datos.`, `Escríbenos y te acompañamos en cada paso.`) +
      p(`Si la víctima es menor de edad, contacta de inmediato con la policía y con una línea de ayuda a la infancia.`) + aaFoot },
  { path: '/guia-retirada', title: 'Guía para retirar imágenes — Alto al Acoso Digital',
    body: aaNav + h1(`Guía para retirar imágenes falsas`) + p(`La mayoría de las redes sociales y buscadores tienen formularios específicos para imágenes íntimas no consentidas, incluidas las creadas con IA. También existen servicios que generan una huella digital (hash) de la imagen en tu propio dispositivo para que las plataformas puedan bloquear las copias sin que nadie la vea. En las webs de "famosas fake" y foros de pedidos, la retirada suele pedirse por correo al responsable; si no responde, el proveedor de alojamiento está obligado a actuar tras una notificación.`) + aaFoot },
  { path: '/quienes-somos', title: 'Quiénes somos — Alto al Acoso Digital',
    body: aaNav + h1(`Quiénes somos`) + p(`Somos una asociación formada por abogadas, psicólogas, técnicos en ciberseguridad y supervivientes de violencia digital. Desde 2019 hemos atendido a más de 3.000 personas y conseguido la retirada de decenas de miles de imágenes. Publicamos cada año un informe sobre las apps de desnudos falsos y sus formas de pago, y colaboramos con universidades y con la policía.`) + aaFoot },
  { path: '/contacto', title: 'Pide ayuda — Alto al Acoso Digital',
    body: aaNav + h1(`Pide ayuda`) + p(`Escríbenos a través de este formulario o por correo a ayuda@alto-acoso-digital.test. Respondemos en menos de 48 horas laborables. No necesitas adjuntar las imágenes: basta con que nos cuentes qué ha pasado y dónde las has visto. Puedes usar un nombre inventado.`) +
      orderForm(['Nombre (puede ser inventado)', 'Correo o teléfono para contactarte', '¿Qué ha pasado?', '¿Dónde están las imágenes? (enlaces)'], 'Enviar de forma confidencial') + aaFoot },
] };

const fpxNav = nav([['/', 'Lab'], ['/publications', 'Publications'], ['/papers/swapscope', 'SwapScope paper'], ['/dataset', 'Dataset'], ['/team', 'Team']], 'Forensic Pixels Lab');
const fpxFoot = footer(`Forensic Pixels Lab · Department of Computer Science, fictional university · Research on media forensics and online harms.`, [['/dataset#ethics', 'Ethics statement'], ['/team', 'Contact'], ['https://github.com/forensic-pixels-lab', 'GitHub']]);

const forensicLab: CorpusSite = { host: 'forensic-pixels-lab.test', lang: 'en', label: 'unrelated', shape: 'academic', author: 'fresh-g', pages: [
  { path: '/', title: 'Forensic Pixels Lab — detecting face swaps and synthetic intimate imagery',
    head: metaDescription(`Research group working on deepfake detection, provenance and the ecosystem of nudify apps. Papers, datasets and tools.`) +
      jsonLd({ '@context': 'https://schema.org', '@type': 'ResearchOrganization', name: 'Forensic Pixels Lab', knowsAbout: ['deepfake detection', 'media forensics', 'synthetic intimate imagery'] }),
    body: fpxNav + h1(`Forensic Pixels Lab`) +
      p(`We study how synthetic images and videos are made, spread and detected. Our current focus is non-consensual synthetic intimate imagery: face-swap videos that place a real person's face into adult content, and "nudify" or "undress" apps that generate fake nude images from ordinary photos. We build detectors, measure the service ecosystem and work with hotlines and platforms to help take such content down.`) +
      section(h2(`News`), ul(
        `Our paper ${a('/papers/swapscope', '<em>SwapScope: robust detection of face-swap videos after recompression</em>')} was accepted at a workshop on media forensics.`,
        `We released the ${a('/dataset', 'PROVENANCE-NI')} benchmark for researchers (access on request, no real victims' images).`,
        `PhD position open: measurement of nudify-app payment and affiliate networks.`,
      )) +
      section(h2(`Research lines`), ul(`Deepfake and face-swap video detection under compression`, `Detection of inpainted clothing regions in still images`, `Measurement studies of nudify services, Telegram bots and affiliate directories`, `Content provenance and watermark robustness`, `Support tools for victim hotlines`)) +
      section(h2(`Selected talks`), ul(`"Anatomy of an undress bot" — invited talk, digital safety conference`, `"Why detectors fail on re-uploaded clips" — industry workshop`)) +
      p(`We do not generate intimate imagery of real people. See our ${a('/dataset#ethics', 'ethics statement')}.`) + fpxFoot },
  { path: '/publications', title: 'Publications — Forensic Pixels Lab',
    body: fpxNav + h1(`Publications`) + ol(
      `SwapScope: robust detection of face-swap videos after recompression. Workshop on Media Forensics, 2025.`,
      `"Remove clothes in one click": a measurement study of 212 nudify websites and bots. Conference on online harms, 2024.`,
      `Inpainting traces: locating AI-filled regions in edited photographs. Journal of image forensics, 2024.`,
      `Affiliate economies around synthetic intimate imagery. Preprint, 2025.`,
    ) + p(`Code and trained detectors are released under a research licence. Press enquiries: contact the lab coordinator via the ${a('/team', 'Team')} page.`) + fpxFoot },
  { path: '/papers/swapscope', title: 'SwapScope: robust detection of face-swap videos after recompression',
    body: fpxNav + article(h1(`SwapScope: robust detection of face-swap videos after recompression`),
      h2(`Abstract`), p(`Face-swap videos are widely used to create non-consensual intimate content: commercial services advertise "put any face into adult video templates" and tube sites host thousands of celebrity fakes. Existing detectors perform well on curated benchmarks but degrade sharply when videos are re-encoded, cropped and re-uploaded. We present SwapScope, a detector that combines blending-boundary cues with temporal identity consistency. On recompressed clips it improves the area under the curve from 0.78 to 0.91 compared with the strongest baseline. We discuss deployment with hotlines and the limits of detection as a remedy.`),
      h2(`1. Introduction`), p(`The marketing of these services rarely uses the word "deepfake". Instead, they promise "18+ face swap", "spicy templates" or "your crush in any scene". Our measurement found that most offer a free trial and accept crypto payments.`)) + fpxFoot },
  { path: '/dataset', title: 'PROVENANCE-NI dataset — Forensic Pixels Lab',
    body: fpxNav + h1(`PROVENANCE-NI benchmark`) + p(`PROVENANCE-NI contains 18,000 synthetic video clips and 40,000 still images for training and evaluating detectors. All faces are generated identities or paid actors who consented to this specific use; no image depicts a real victim and no explicit material is included: intimate regions are replaced by neutral masks so that detectors learn manipulation traces, not content.`) +
      h2(`Ethics`) + p(`The study was approved by the university ethics board. Access is granted to academic and non-profit researchers after signing a data use agreement that forbids generative training.`) + fpxFoot },
  { path: '/team', title: 'Team — Forensic Pixels Lab',
    body: fpxNav + h1(`Team`) + ul(`Principal investigator — media forensics and computer vision`, `Two postdoctoral researchers — detection and measurement`, `Four PhD students`, `Lab coordinator — partnerships with hotlines and platforms`) +
      p(`We collaborate with victim-support organisations, trust-and-safety teams and regulators. Students interested in a thesis on deepfake detection or on the economics of nudify apps can write to lab@forensic-pixels-lab.test.`) + fpxFoot },
] };

const unrelated: CorpusSite[] = [velvet, memeswap, avatarista, fotoretter, headshot, profilParfait, maredoce, dagblad, altoAcoso, forensicLab];

export const sites: CorpusSite[] = [...nudify, ...deepfake, ...directory, ...unrelated];
