import {
  p, h1, h2, h3, ul, ol, a, section, article, blockquote, button, nav, footer, cookieBanner, faq, priceTable, mediaGrid,
  jsonLd, metaDescription, upload, orderForm, textForm, img, ageGate, storeBadges, stripe, oneTap, gtag, cryptoCheckout,
  type CorpusSite,
} from '../site-kit.js';

/** Fresh sites by writer fresh-k, written after the classifier was built, without reading it or the corpus. */

const pre = (code: string): string => `<pre><code>${code.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</code></pre>`;

// 1. Hungarian, nudify, saas
const fatyolNav = nav([['/hogyan-mukodik', 'Hogyan működik?'], ['/arak', 'Árak'], ['/gyik', 'GYIK'], ['/belepes', 'Belépés']], 'Fátyol AI');
const fatyolFoot = footer(`© 2025 Fátyol AI. A szolgáltatás kizárólag 18 éven felüli felhasználóknak szól. A feltöltött képek tartalmáért a felhasználó felel.`, [['/aszf', 'ÁSZF'], ['/adatvedelem', 'Adatvédelem'], ['/gyik', 'GYIK'], ['mailto:hello@fatyolai.test', 'Kapcsolat']]);
const fatyol: CorpusSite = {
  host: 'fatyolai.test',
  lang: 'hu',
  label: 'nudify',
  shape: 'saas',
  author: 'fresh-k',
  pages: [
    {
      path: '/',
      title: 'Fátyol AI – Ruha eltávolítása bármilyen fotóról | Vetkőztető AI magyarul',
      head: metaDescription('Fátyol AI: a legélethűbb vetkőztető mesterséges intelligencia. Tölts fel egy fotót, és pár másodperc alatt eltávolítjuk róla a ruhát. 3 ingyenes kredit.') + gtag('G-FTY0L2025') + oneTap('84021-fatyol.apps.googleusercontent.com') + stripe('pk_live_fatyolTEST000'),
      body: [
        fatyolNav,
        h1('Ruha eltávolítása bármilyen fotóról – pár másodperc alatt'),
        p(`A Fátyol AI az első magyar nyelvű vetkőztető mesterséges intelligencia. Tölts fel egy képet, válaszd ki a módot, a neurális hálónk pedig elvégzi a többit. Nem kell hozzá Photoshop, és semmilyen szakértelem sem: az undress AI technológiánk bármelyik hétköznapi fotót pillanatok alatt átalakítja.`),
        upload('Kép feltöltése (JPG vagy PNG, legfeljebb 10 MB)', '/generalas', 'Vetkőztetés indítása'),
        p(`Regisztráció után azonnal kapsz <strong>3 ingyenes kreditet</strong>. Bankkártya nem szükséges.`),
        h2('Miért a Fátyol AI?'),
        ul(
          'Élethű eredmény akár 4K felbontásban',
          'NSFW mód szűrők nélkül – kizárólag 18 éven felülieknek',
          'Teljes diszkréció: a feltöltött képeket 24 órán belül automatikusan töröljük',
          'Fizetés bankkártyával, Apple Pay-jel, Google Pay-jel vagy kriptóval',
          'Már több mint 2,3 millió elkészült kép',
        ),
        h2('Így működik három lépésben'),
        ol(
          'Tölts fel egy fotót, amelyen az illető jól látható, lehetőleg szemből.',
          'Válaszd ki a módot: bikini, fehérnemű vagy NSFW (18+).',
          'Töltsd le a kész képet – Prémium csomaggal vízjel nélkül.',
        ),
        section(
          h2('Mit mondanak a felhasználóink?'),
          blockquote('„Nem hittem, hogy ennyire valósághű lesz. Az első próba után rögtön előfizettem.”', '– Bence, Győr'),
          blockquote('„Gyors, egyszerű, és végre magyarul is elérhető. Tíz pont.”', '– Kriszti, Budapest'),
        ),
        p(`Kíváncsi vagy, mi történik a háttérben? Olvasd el a ${a('/hogyan-mukodik', 'technológiánkról szóló oldalt')}, vagy nézd meg a ${a('/arak', 'csomagjainkat')}.`),
        cookieBanner('Sütiket használunk a szolgáltatás működéséhez, a fizetéshez és a látogatottsági statisztikákhoz. Az „Elfogadom” gombra kattintva hozzájárulsz ezek használatához.', 'Elfogadom', 'Csak a szükségesek'),
        fatyolFoot,
      ].join('\n'),
    },
    {
      path: '/arak',
      title: 'Árak és csomagok – Fátyol AI',
      head: stripe('pk_live_fatyolTEST000') + cryptoCheckout(),
      body: [
        fatyolNav,
        h1('Válaszd ki a neked való csomagot'),
        p('Egy kredit egy generált képet jelent. A fel nem használt kreditek nem járnak le, az előfizetés bármikor lemondható.'),
        priceTable(
          ['Csomag', 'Kredit', 'Ár', 'Mit kapsz?'],
          [
            ['Próba', '3', 'Ingyenes', 'Alap mód, vízjeles kép'],
            ['Alap', '50', '2 990 Ft', 'Bikini és fehérnemű mód, HD'],
            ['Prémium', '200 / hó', '8 990 Ft / hó', 'NSFW mód, vízjel nélkül, elsőbbségi feldolgozás'],
            ['Korlátlan', 'Korlátlan', '19 990 Ft / hó', 'Minden mód, 4K, tömeges feltöltés, API-hozzáférés'],
          ],
        ),
        p('Fizethetsz Visa, Mastercard, Apple Pay vagy Google Pay kártyával, illetve Bitcoinnal és USDT-vel. A bankszámlakivonaton semleges megnevezés szerepel: „FTY Digital Services”.'),
        button('Prémium megvásárlása'),
        fatyolFoot,
      ].join('\n'),
    },
    {
      path: '/hogyan-mukodik',
      title: 'Hogyan működik a vetkőztető AI? – Fátyol AI',
      body: [
        fatyolNav,
        h1('A technológia a Fátyol AI mögött'),
        p(`A rendszerünk egy saját fejlesztésű, diffúziós alapú képmodell, amelyet kifejezetten ruhaeltávolításra hangoltunk. A feltöltött fotón először felismeri a személyt és a ruházatot, majd azt a kiválasztott mód szerint élethű, generált eredményre cseréli, miközben az arc, a háttér és a fényviszonyok változatlanok maradnak.`),
        p(`A legjobb eredményhez jól megvilágított, éles fotót tölts fel, amelyen egyetlen személy látható. Csoportképeknél a Prémium csomagban kijelölheted, kire vonatkozzon a vetkőztetés.`),
        ul('Átlagos feldolgozási idő: 8–15 másodperc', 'Támogatott formátumok: JPG, PNG, WEBP, HEIC', 'Felbontás: 1024 px-től 4K-ig'),
        p(`Kérdésed van? Nézd meg a ${a('/gyik', 'gyakori kérdéseket')}.`),
        fatyolFoot,
      ].join('\n'),
    },
    {
      path: '/gyik',
      title: 'Gyakori kérdések – Fátyol AI',
      head: jsonLd({ '@context': 'https://schema.org', '@type': 'FAQPage', mainEntity: [{ '@type': 'Question', name: 'Látja más a feltöltött képeimet?', acceptedAnswer: { '@type': 'Answer', text: 'Nem. A képeket titkosítva tároljuk és 24 órán belül töröljük.' } }] }),
      body: [
        fatyolNav,
        faq('Gyakran ismételt kérdések', [
          ['Bárkiről feltölthetek fotót?', 'Csak olyan képet tölts fel, amelyhez jogod van. A felhasználási feltételek elfogadásával kijelented, hogy a felhasználásért te vállalod a felelősséget.'],
          ['Látja más a feltöltött képeimet?', 'Nem. A képeket titkosítva tároljuk és 24 órán belül automatikusan töröljük. Az elkészült képek csak a saját fiókodban jelennek meg.'],
          ['Miért elmosódott az ingyenes kép?', 'Az ingyenes próbában az NSFW részeket elhomályosítjuk. A teljes, éles képhez Prémium csomag szükséges.'],
          ['Mi kerül a bankszámlakivonatra?', 'Semleges megnevezés: „FTY Digital Services”. A szolgáltatás neve sehol nem jelenik meg.'],
          ['Van mobilalkalmazás?', 'Az oldal telefonról is tökéletesen működik, külön alkalmazást nem kell letölteni.'],
        ]),
        fatyolFoot,
      ].join('\n'),
    },
  ],
};

// 2. Greek, deepfake, tube
const theaNav = nav([['/', 'Αρχική'], ['/nea', 'Νέα'], ['/katigories', 'Κατηγορίες'], ['/dmca', 'DMCA'], ['/oroi-xrisis', 'Όροι']], 'DeepThea');
const theaGate = ageGate('Ο ιστότοπος περιέχει περιεχόμενο αποκλειστικά για ενήλικες (18+). Πατώντας «Είσοδος» δηλώνετε ότι είστε άνω των 18 ετών και αποδέχεστε τους Όρους Χρήσης.', 'Είμαι 18+ – Είσοδος', 'Έξοδος');
const theaFoot = footer('© 2025 DeepThea. Όλα τα βίντεο δημιουργήθηκαν με τεχνητή νοημοσύνη και δεν απεικονίζουν πραγματικά γεγονότα. Δεν φιλοξενούμε αρχεία στους διακομιστές μας.', [['/dmca', 'DMCA / Αφαίρεση περιεχομένου'], ['/oroi-xrisis', 'Όροι χρήσης'], ['/katigories', 'Κατηγορίες'], ['mailto:support@deepthea.test', 'Επικοινωνία']]);
const thea: CorpusSite = {
  host: 'deepthea.test',
  lang: 'el',
  label: 'deepfake',
  shape: 'tube',
  author: 'fresh-k',
  pages: [
    {
      path: '/',
      title: 'DeepThea – Ελληνικά deepfake βίντεο 18+ | Νέα κάθε μέρα',
      head: metaDescription('Η μεγαλύτερη ελληνική συλλογή deepfake βίντεο για ενήλικες. Διάσημες, influencers και παρουσιάστριες σε AI face swap βίντεο 18+. Δωρεάν, σε HD.') + gtag('G-THEA18GR'),
      body: [
        theaGate,
        theaNav,
        textForm('Αναζήτηση βίντεο, ονομάτων ή tags', 'Αναζήτηση'),
        h1('Deepfake βίντεο στα ελληνικά – νέα ανάρτηση κάθε μέρα'),
        p('Το DeepThea είναι η μεγαλύτερη ελληνική συλλογή από AI face swap βίντεο για ενήλικες. Ηθοποιοί, influencers του Instagram και πρόσωπα της τηλεόρασης σε σκηνές 18+, φτιαγμένες με την πιο σύγχρονη τεχνολογία deepfake. Όλα δωρεάν, χωρίς εγγραφή, σε ποιότητα έως 1080p.'),
        h2('Τελευταίες προσθήκες'),
        mediaGrid([
          { title: 'Παρουσιάστρια πρωινάδικου – AI εκδοχή', duration: '12:41', views: '48 χιλ. προβολές', tags: ['deepfake', 'tv', 'HD'] },
          { title: 'Influencer από τη Θεσσαλονίκη', duration: '08:15', views: '112 χιλ. προβολές', tags: ['influencer', 'instagram', 'faceswap'] },
          { title: 'Ηθοποιός σειράς – Μέρος 2', duration: '21:03', views: '230 χιλ. προβολές', tags: ['ηθοποιός', 'deepfake', 'σειρά'] },
          { title: 'Τραγουδίστρια ποπ – AI remake', duration: '06:58', views: '35 χιλ. προβολές', tags: ['μουσική', 'faceswap'] },
          { title: 'Αθλήτρια βόλεϊ deepfake', duration: '14:27', views: '67 χιλ. προβολές', tags: ['αθλήτρια', 'HD'] },
          { title: 'Youtuber – αποκλειστικό', duration: '10:10', views: '91 χιλ. προβολές', tags: ['youtuber', 'αποκλειστικό'] },
        ]),
        h2('Δημοφιλή αυτή την εβδομάδα'),
        mediaGrid([
          { title: 'Μοντέλο από διαφήμιση', duration: '09:32', views: '310 χιλ. προβολές', tags: ['μοντέλο', 'deepfake'] },
          { title: 'Δημοσιογράφος ειδήσεων – AI', duration: '17:45', views: '284 χιλ. προβολές', tags: ['tv', 'ειδήσεις'] },
          { title: 'TikToker – viral έκδοση', duration: '05:20', views: '402 χιλ. προβολές', tags: ['tiktok', 'faceswap'] },
        ]),
        p(`Θέλετε να δείτε συγκεκριμένο πρόσωπο; Ψάξτε με το όνομα ή περιηγηθείτε στις ${a('/katigories', 'κατηγορίες')}. Το περιεχόμενο ανανεώνεται καθημερινά από την κοινότητά μας.`),
        cookieBanner('Χρησιμοποιούμε cookies για την ανάλυση επισκεψιμότητας και για τη διαφήμιση. Συνεχίζοντας την περιήγηση, αποδέχεστε τη χρήση τους.', 'Αποδοχή', 'Ρυθμίσεις'),
        theaFoot,
      ].join('\n'),
    },
    {
      path: '/katigories',
      title: 'Κατηγορίες – DeepThea',
      body: [
        theaGate,
        theaNav,
        h1('Όλες οι κατηγορίες'),
        p('Περιηγηθείτε στη συλλογή μας ανά κατηγορία. Οι αριθμοί δείχνουν πόσα deepfake βίντεο υπάρχουν σε κάθε κατηγορία αυτή τη στιγμή.'),
        ul(
          `${a('/tag/ηθοποιοί', 'Ηθοποιοί')} (1.204 βίντεο)`,
          `${a('/tag/influencer', 'Influencers')} (2.877 βίντεο)`,
          `${a('/tag/tv', 'Πρόσωπα της TV')} (946 βίντεο)`,
          `${a('/tag/τραγουδίστριες', 'Τραγουδίστριες')} (512 βίντεο)`,
          `${a('/tag/αθλήτριες', 'Αθλήτριες')} (308 βίντεο)`,
          `${a('/tag/tiktok', 'TikTok & YouTube')} (1.650 βίντεο)`,
          `${a('/tag/4k', '4K Ultra HD')} (221 βίντεο)`,
        ),
        p('Νέες κατηγορίες προστίθενται κάθε μήνα σύμφωνα με τις ψήφους των μελών μας.'),
        theaFoot,
      ].join('\n'),
    },
    {
      path: '/dmca',
      title: 'DMCA – Αίτημα αφαίρεσης περιεχομένου – DeepThea',
      body: [
        theaNav,
        h1('DMCA / Αίτημα αφαίρεσης'),
        p('Το DeepThea σέβεται τα δικαιώματα πνευματικής ιδιοκτησίας. Αν πιστεύετε ότι ένα βίντεο στον ιστότοπό μας παραβιάζει τα δικαιώματά σας, στείλτε email στη διεύθυνση dmca@deepthea.test με τα εξής στοιχεία:'),
        ol(
          'Τον ακριβή σύνδεσμο (URL) του βίντεο.',
          'Απόδειξη ότι είστε ο δικαιούχος ή εξουσιοδοτημένος εκπρόσωπός του.',
          'Τα στοιχεία επικοινωνίας σας και υπογεγραμμένη δήλωση καλής πίστης.',
        ),
        p('Τα αιτήματα εξετάζονται εντός 7–14 εργάσιμων ημερών. Ελλιπή αιτήματα δεν απαντώνται. Σημειώνουμε ότι τα βίντεο αναρτώνται από τρίτους χρήστες και ο ιστότοπος λειτουργεί μόνο ως ευρετήριο.'),
        theaFoot,
      ].join('\n'),
    },
    {
      path: '/oroi-xrisis',
      title: 'Όροι χρήσης – DeepThea',
      body: [
        theaNav,
        h1('Όροι χρήσης'),
        p('Η πρόσβαση στο DeepThea επιτρέπεται μόνο σε ενήλικες άνω των 18 ετών. Όλο το περιεχόμενο είναι συνθετικό, έχει δημιουργηθεί με τεχνητή νοημοσύνη και προορίζεται αποκλειστικά για ψυχαγωγία. Οποιαδήποτε ομοιότητα με υπαρκτά πρόσωπα αποτελεί καλλιτεχνική απόδοση.'),
        p('Απαγορεύεται η αναδημοσίευση των βίντεο χωρίς αναφορά πηγής. Ο ιστότοπος δεν φέρει ευθύνη για περιεχόμενο που αναρτούν οι χρήστες. Διατηρούμε το δικαίωμα να αλλάξουμε τους όρους χωρίς προειδοποίηση.'),
        theaFoot,
      ].join('\n'),
    },
  ],
};

// 3. Bulgarian, nudify, telegram-bot
const sabNav = nav([['/kak-raboti', 'Как работи'], ['/ceni', 'Цени'], ['/vaprosi', 'Въпроси'], ['https://t.me/SablechiAIbot', 'Отвори бота']], 'СъблечиБот');
const sabFoot = footer('© 2025 СъблечиБот. Само за пълнолетни (18+). Ботът не съхранява изпратените снимки. Не сме свързани с Telegram FZ-LLC.', [['https://t.me/sablechi_news', 'Канал с новини'], ['https://t.me/sablechi_support', 'Поддръжка'], ['/usloviya', 'Условия']]);
const sablechi: CorpusSite = {
  host: 'sablechi-bot.test',
  lang: 'bg',
  label: 'nudify',
  shape: 'telegram-bot',
  author: 'fresh-k',
  pages: [
    {
      path: '/',
      title: 'СъблечиБот – AI бот, който маха дрехите от всяка снимка | Telegram',
      head: metaDescription('СъблечиБот в Telegram: изпрати снимка и за 15 секунди получи резултат без дрехи. 3 безплатни снимки, NSFW режим, плащане със Stars или крипто.'),
      body: [
        sabNav,
        h1('Събличане на снимки с изкуствен интелект – направо в Telegram'),
        p('Без приложения, без регистрация и без сложни програми. Изпращаш снимка на бота, избираш режим и след около 15 секунди получаваш готовия резултат в чата. СъблечиБот е най-популярният undress бот на български език с над 180 000 потребители.'),
        p(a('https://t.me/SablechiAIbot?start=site', '👉 Стартирай @SablechiAIbot')),
        img(3, 'Екранна снимка на чата с бота'),
        h2('Защо точно СъблечиБот?'),
        ul(
          '3 безплатни снимки за всеки нов потребител',
          'Режими: бански, бельо и 18+ NSFW без цензура',
          'Работи на телефон, таблет и компютър – навсякъде, където имаш Telegram',
          'Пълна анонимност – снимките се изтриват веднага след обработката',
          'Плащане с Telegram Stars, USDT, TON или банкова карта',
        ),
        h2('Три стъпки'),
        ol(
          'Отвори @SablechiAIbot и натисни /start.',
          'Изпрати снимка на човек – най-добре в цял ръст и на светъл фон.',
          'Избери режим и изчакай резултата. Готово!',
        ),
        h2('Покани приятел – вземи 5 кредита'),
        p('Всеки потребител има личен реферален линк. За всеки приятел, който стартира бота през него, получаваш 5 безплатни кредита, а той – 2 допълнителни.'),
        blockquote('„Най-бързият бот, който съм пробвал. Работи дори с обикновени снимки от Instagram.“', '– потребител от канала'),
        p(`Виж ${a('/ceni', 'пакетите с кредити')} или прочети ${a('/vaprosi', 'често задаваните въпроси')}. Ако основният бот е претоварен, използвай резервния ${a('https://t.me/SablechiAI2bot', '@SablechiAI2bot')}.`),
        sabFoot,
      ].join('\n'),
    },
    {
      path: '/ceni',
      title: 'Цени и кредити – СъблечиБот',
      head: cryptoCheckout(),
      body: [
        sabNav,
        h1('Пакети с кредити'),
        p('Една обработена снимка струва 1 кредит. NSFW режимът в HD струва 2 кредита. Кредитите не изтичат.'),
        priceTable(
          ['Пакет', 'Кредити', 'Цена', 'Telegram Stars'],
          [
            ['Старт', '10', '9,99 лв.', '250 ⭐'],
            ['Стандарт', '50', '34,99 лв.', '900 ⭐'],
            ['VIP седмица', 'Неограничено за 7 дни', '19,99 лв.', '500 ⭐'],
            ['VIP месец', 'Неограничено', '49,99 лв.', '1300 ⭐'],
          ],
        ),
        p('Плащането става директно в бота с командата /buy. Приемаме Telegram Stars, USDT (TRC-20), TON и банкови карти чрез вграден платежен партньор. В извлечението не се вижда името на бота.'),
        sabFoot,
      ].join('\n'),
    },
    {
      path: '/kak-raboti',
      title: 'Как работи ботът – СъблечиБот',
      body: [
        sabNav,
        h1('Команди и режими'),
        ul(
          '<code>/start</code> – стартира бота и дава 3 безплатни кредита',
          '<code>/undress</code> – изпрати снимка и избери режим',
          '<code>/mode</code> – смяна на режим: бански, бельо, NSFW 18+',
          '<code>/balance</code> – проверка на кредитите',
          '<code>/ref</code> – твоят реферален линк',
          '<code>/buy</code> – покупка на кредити или VIP',
        ),
        p('Ботът разпознава човека на снимката, премахва дрехите според избрания режим и генерира реалистичен резултат, като запазва лицето и фона. За най-добро качество използвай ясни снимки с добра светлина, на които се вижда един човек.'),
        sabFoot,
      ].join('\n'),
    },
    {
      path: '/vaprosi',
      title: 'Често задавани въпроси – СъблечиБот',
      body: [
        sabNav,
        faq('Често задавани въпроси', [
          ['Безопасно ли е?', 'Ботът не пази снимките – те се изтриват веднага след обработката. Не искаме телефонен номер, имейл или лични данни.'],
          ['Защо ботът не отговаря?', 'При голямо натоварване използвай резервния бот @SablechiAI2bot. Следи канала @sablechi_news за новия адрес, ако основният бъде блокиран.'],
          ['Мога ли да изпратя снимка на друг човек?', 'Отговорността за изпратените снимки е изцяло твоя. С използването на бота потвърждаваш, че си навършил 18 години.'],
          ['Защо безплатният резултат е замъглен?', 'В безплатния режим NSFW частите са замъглени. Купи кредити или VIP, за да получиш резултата в пълно качество.'],
        ]),
        sabFoot,
      ].join('\n'),
    },
  ],
};

// 4. Serbian (Latin), deepfake, made-to-order
const maskaNav = nav([['/', 'Početna'], ['/cenovnik', 'Cenovnik'], ['/porucivanje', 'Poruči'], ['/cesta-pitanja', 'Česta pitanja']], 'LiceMaska Studio');
const maskaFoot = footer('© 2025 LiceMaska Studio. Samo za punoletne. Plaćanje isključivo kriptovalutama. Sav sadržaj je izrađen veštačkom inteligencijom po nalogu klijenta.', [['https://t.me/licemaska_admin', 'Telegram'], ['mailto:licemaska@proton.test', 'E-pošta'], ['/cesta-pitanja', 'Pomoć']]);
const maska: CorpusSite = {
  host: 'licemaska.test',
  lang: 'sr',
  label: 'deepfake',
  shape: 'made-to-order',
  author: 'fresh-k',
  pages: [
    {
      path: '/',
      title: 'LiceMaska Studio – Deepfake video po porudžbini | 18+',
      head: metaDescription('Personalizovani deepfake video snimci i foto setovi po vašoj želji. Pošaljite fotografije lica, mi izrađujemo 18+ video za 48 sati. Plaćanje kriptom, potpuna diskrecija.'),
      body: [
        maskaNav,
        h1('Bilo koje lice u 18+ videu – izrađeno po vašoj porudžbini'),
        p('LiceMaska Studio je mali tim iskusnih deepfake autora sa Balkana. Već četiri godine izrađujemo personalizovane face swap snimke za odrasle, po vašim željama i u najboljem mogućem kvalitetu. Vi nam pošaljete fotografije lica, a mi ga ugrađujemo u video ili foto set po izboru.'),
        h2('Šta nam je potrebno od vas'),
        ul(
          '5 do 15 jasnih fotografija lica iz različitih uglova (dovoljne su i slike sa Instagrama ili Fejsbuka)',
          'Kratak opis željenog scenarija i trajanja',
          'Kontakt na Telegramu ili e-pošti za isporuku',
        ),
        h2('Zašto LiceMaska?'),
        ul(
          'Ručna obrada svakog kadra – bez „plastičnih“ lica i treperenja',
          'Isporuka za 48–72 sata putem privatnog linka koji se briše nakon preuzimanja',
          'Plaćanje samo u kriptovalutama (BTC, USDT, XMR) – bez bankovnih tragova',
          'Potpuna diskrecija: ne čuvamo fotografije niti gotove snimke posle isporuke',
          'Više od 1.200 uspešno završenih porudžbina',
        ),
        img(4, 'Primer zamućenog kadra'),
        p('Radimo i foto setove, kratke klipove i duže snimke do 15 minuta. Za poznate ličnosti i javne osobe važe posebne cene – pitajte nas pre porudžbine.'),
        blockquote('„Rezultat je prevazišao očekivanja, lice izgleda potpuno prirodno. Preporuka!“', '– klijent iz Novog Sada'),
        p(`Pogledajte ${a('/cenovnik', 'cenovnik')} i pošaljite ${a('/porucivanje', 'porudžbinu')}. Odgovaramo u roku od nekoliko sati.`),
        cookieBanner('Koristimo samo neophodne kolačiće. Ne koristimo analitiku niti praćenje.', 'U redu'),
        maskaFoot,
      ].join('\n'),
    },
    {
      path: '/cenovnik',
      title: 'Cenovnik – LiceMaska Studio',
      body: [
        maskaNav,
        h1('Cenovnik'),
        p('Sve cene su izražene u USDT. Plaćanje je moguće u BTC, USDT (TRC-20) i XMR po dnevnom kursu. Uplata se vrši unapred, 50% pri porudžbini i 50% posle pregleda probnog kadra.'),
        priceTable(
          ['Usluga', 'Obim', 'Cena', 'Rok'],
          [
            ['Foto set', '10 slika', '40 USDT', '24 h'],
            ['Kratki klip', 'do 1 minuta', '90 USDT', '48 h'],
            ['Standardni video', 'do 5 minuta', '200 USDT', '72 h'],
            ['Premium video', 'do 15 minuta, 4K', '450 USDT', '5 dana'],
            ['Ekspres dostava', 'bilo koja usluga', '+50%', 'upola kraće'],
          ],
        ),
        p(`Popust od 15% za stalne klijente i za porudžbine više snimaka iste osobe. ${a('/porucivanje', 'Poruči sada')}.`),
        maskaFoot,
      ].join('\n'),
    },
    {
      path: '/porucivanje',
      title: 'Porudžbina – LiceMaska Studio',
      head: cryptoCheckout(),
      body: [
        maskaNav,
        h1('Pošaljite porudžbinu'),
        p('Popunite obrazac ispod. Fotografije ne šaljete direktno preko sajta, već kao link ka folderu (Google Drive, Mega ili slično). Nakon provere javićemo vam tačnu cenu i adresu novčanika za uplatu.'),
        orderForm(['Link ka fotografijama lica', 'Vrsta usluge (foto set, klip, video)', 'Željeno trajanje', 'Opis scenarija i napomene', 'Telegram korisničko ime ili e-pošta', 'Kriptovaluta za plaćanje (BTC / USDT / XMR)'], 'Pošalji porudžbinu'),
        p('Sve porudžbine su poverljive. Ne prihvatamo plaćanje karticom, PayPal-om niti bankovnim prenosom.'),
        maskaFoot,
      ].join('\n'),
    },
    {
      path: '/cesta-pitanja',
      title: 'Česta pitanja – LiceMaska Studio',
      body: [
        maskaNav,
        faq('Česta pitanja', [
          ['Da li osoba sa fotografija mora da zna za porudžbinu?', 'Mi ne proveravamo identitet ni saglasnost. Naručilac preuzima punu odgovornost za upotrebu gotovog materijala.'],
          ['Koliko fotografija je dovoljno?', 'Minimum je pet jasnih fotografija lica. Što više uglova i osvetljenja, to je rezultat prirodniji.'],
          ['Kako dobijam gotov video?', 'Putem privatnog linka koji važi 72 sata i briše se posle prvog preuzimanja.'],
          ['Zašto samo kripto?', 'Radi vaše i naše privatnosti. Kripto plaćanje ne ostavlja trag na vašem bankovnom izvodu.'],
        ]),
        maskaFoot,
      ].join('\n'),
    },
  ],
};

// 5. Slovak, nudify, app-landing
const odhalNav = nav([['/', 'Domov'], ['/vip', 'VIP'], ['/stiahnut', 'Stiahnuť APK'], ['/caste-otazky', 'Časté otázky']], 'Odhaľ AI');
const odhalFoot = footer('© 2025 Odhaľ AI Labs. Aplikácia je určená výhradne pre osoby staršie ako 18 rokov. Google Play a logo Google Play sú ochranné známky spoločnosti Google LLC.', [['/ochrana-sukromia', 'Ochrana súkromia'], ['/caste-otazky', 'Podpora'], ['mailto:support@odhal-ai.test', 'Kontakt']]);
const odhal: CorpusSite = {
  host: 'odhal-ai.test',
  lang: 'sk',
  label: 'nudify',
  shape: 'app-landing',
  author: 'fresh-k',
  pages: [
    {
      path: '/',
      title: 'Odhaľ AI – aplikácia, ktorá vyzlečie akúkoľvek fotku | Stiahnuť zadarmo',
      head: metaDescription('Odhaľ AI: mobilná aplikácia na odstránenie oblečenia z fotiek pomocou umelej inteligencie. Stiahni APK zadarmo, VIP týždeň len za 4,99 €.') + gtag('G-ODHAL0SK') + jsonLd({ '@context': 'https://schema.org', '@type': 'MobileApplication', name: 'Odhaľ AI', operatingSystem: 'Android, iOS', applicationCategory: 'PhotographyApplication', aggregateRating: { '@type': 'AggregateRating', ratingValue: '4.7', ratingCount: '12480' }, offers: { '@type': 'Offer', price: '4.99', priceCurrency: 'EUR' } }),
      body: [
        odhalNav,
        h1('Odhaľ AI – vyzleč akúkoľvek fotku jedným ťuknutím'),
        p('Stiahni si aplikáciu zadarmo, vyber fotku z galérie a umelá inteligencia za pár sekúnd odstráni oblečenie. Žiadne zložité úpravy, žiadny Photoshop – stačí jeden prst. Odhaľ AI je najstiahnutejšia undress aplikácia na Slovensku a v Česku.'),
        storeBadges('/download/odhal-ai-2.4.1.apk'),
        p('<strong>4,7 ★</strong> z viac ako 12 000 hodnotení · viac ako 500 000 stiahnutí'),
        img(1, 'Náhľad aplikácie'),
        h2('Čo aplikácia dokáže'),
        ul(
          'Odstránenie oblečenia z fotky za 5 sekúnd',
          'Režimy plavky, spodná bielizeň a NSFW 18+',
          'Funguje aj so selfie a fotkami zo sociálnych sietí',
          'Export v HD bez vodoznaku pre VIP členov',
          'Súkromný trezor chránený PIN kódom – nikto ti nepozrie do galérie',
        ),
        h2('VIP týždeň len za 4,99 €'),
        p(`Neobmedzené generovanie, všetky režimy bez cenzúry a žiadne reklamy. Predplatné sa obnovuje každý týždeň a môžeš ho kedykoľvek zrušiť. ${a('/vip', 'Porovnať VIP plány')}.`),
        h2('Aplikácia nie je v obchode?'),
        p(`Obchody s aplikáciami nás občas dočasne stiahnu. Najnovšiu verziu si preto vždy môžeš stiahnuť priamo od nás ako ${a('/stiahnut', 'APK súbor')} – je bezpečná a overená.`),
        blockquote('„Najlepšia appka tohto typu, výsledky sú neuveriteľne reálne.“', '– Matej, hodnotenie 5 ★'),
        cookieBanner('Používame súbory cookie na analytiku a personalizáciu reklám. Kliknutím na „Súhlasím“ vyjadruješ súhlas.', 'Súhlasím', 'Odmietnuť'),
        odhalFoot,
      ].join('\n'),
    },
    {
      path: '/vip',
      title: 'VIP predplatné – Odhaľ AI',
      head: stripe('pk_live_odhalSK0000'),
      body: [
        odhalNav,
        h1('Vyber si VIP plán'),
        p('Bez VIP máš 2 bezplatné generovania denne s rozmazaným výsledkom. VIP odomkne všetko.'),
        priceTable(
          ['Plán', 'Cena', 'Generovania', 'Režim NSFW 18+', 'Bez reklám'],
          [
            ['Zadarmo', '0 €', '2 denne', '—', '—'],
            ['VIP týždeň', '4,99 € / týždeň', 'Neobmedzene', '✓', '✓'],
            ['VIP mesiac', '14,99 € / mesiac', 'Neobmedzene', '✓', '✓'],
            ['VIP rok', '59,99 € / rok', 'Neobmedzene + HD export', '✓', '✓'],
          ],
        ),
        p('Platba prebieha cez Google Play, App Store alebo kartou priamo v APK verzii. Na výpise z banky sa zobrazí „OA Labs“.'),
        odhalFoot,
      ].join('\n'),
    },
    {
      path: '/stiahnut',
      title: 'Stiahnuť APK – Odhaľ AI',
      body: [
        odhalNav,
        h1('Stiahni si Odhaľ AI pre Android'),
        p(`Aktuálna verzia: 2.4.1 (48 MB). ${a('/download/odhal-ai-2.4.1.apk', 'Stiahnuť APK')}`),
        ol(
          'Stiahni súbor APK do telefónu.',
          'V nastaveniach povoľ inštaláciu z neznámych zdrojov pre prehliadač.',
          'Otvor stiahnutý súbor a potvrď inštaláciu.',
          'Spusti Odhaľ AI a prihlás sa cez Google alebo e-mail.',
        ),
        p('Ak ti Google Play Protect zobrazí varovanie, klikni na „Napriek tomu nainštalovať“. Aplikácia potrebuje prístup ku galérii, aby mohla spracovať tvoje fotky.'),
        odhalFoot,
      ].join('\n'),
    },
    {
      path: '/caste-otazky',
      title: 'Časté otázky – Odhaľ AI',
      body: [
        odhalNav,
        faq('Časté otázky', [
          ['Je aplikácia zadarmo?', 'Základná verzia je zadarmo s 2 generovaniami denne. Pre ostré výsledky a režim NSFW potrebuješ VIP.'],
          ['Uvidí niekto moje fotky?', 'Nie. Fotky sa spracúvajú na našich serveroch a po 24 hodinách sa vymažú. Výsledky sú uložené len v tvojom súkromnom trezore.'],
          ['Prečo aplikácia zmizla z Google Play?', 'Občas nás obchod dočasne odstráni. Aktuálnu verziu nájdeš vždy na stránke Stiahnuť APK.'],
          ['Ako zruším VIP?', 'V nastaveniach účtu Google Play alebo Apple ID, prípadne v aplikácii v sekcii Profil → Predplatné.'],
        ]),
        odhalFoot,
      ].join('\n'),
    },
  ],
};

// 6. Lithuanian, deepfake, innocent-home
const burtaiNav = nav([['/', 'Pradžia'], ['/rezimai', 'Režimai'], ['/kainos', 'Kainos'], ['/duk', 'DUK'], ['/apie-mus', 'Apie mus']], 'FotoBurtai');
const burtaiFoot = footer('© 2025 FotoBurtai. Dirbtinio intelekto nuotraukų studija. Visos teisės saugomos.', [['/privatumo-politika', 'Privatumo politika'], ['/taisykles', 'Naudojimosi taisyklės'], ['mailto:labas@fotoburtai.test', 'Susisiekite']]);
const burtai: CorpusSite = {
  host: 'fotoburtai.test',
  lang: 'lt',
  label: 'deepfake',
  shape: 'innocent-home',
  author: 'fresh-k',
  pages: [
    {
      path: '/',
      title: 'FotoBurtai – dirbtinio intelekto nuotraukų studija',
      head: metaDescription('FotoBurtai: AI portretai, fono keitimas, senų nuotraukų atkūrimas ir veido keitimas vaizdo įrašuose. Išbandykite nemokamai.') + gtag('G-BURTAI1LT') + oneTap('55120-burtai.apps.googleusercontent.com'),
      body: [
        burtaiNav,
        h1('Jūsų nuotraukos – su dirbtinio intelekto burtais'),
        p('FotoBurtai – tai internetinė AI nuotraukų studija, kurioje per kelias sekundes galite sukurti profesionalų portretą, pakeisti foną, atgaivinti senas šeimos nuotraukas ar įkelti savo veidą į mėgstamą vaizdo įrašą. Nereikia jokių programų ar dizainerio įgūdžių – viskas veikia tiesiog naršyklėje.'),
        upload('Įkelkite nuotrauką', '/kurti', 'Pradėti kurti'),
        h2('Ką galite sukurti'),
        ul(
          '<strong>AI portretai</strong> – verslo nuotrauka CV ar „LinkedIn“ profiliui be fotografo',
          '<strong>Fono keitimas</strong> – paplūdimys, biuras ar studija vienu paspaudimu',
          '<strong>Senų nuotraukų atkūrimas</strong> – įbrėžimų šalinimas ir spalvinimas',
          '<strong>Veido keitimas</strong> – įkelkite veidą į vaizdo įrašą ar GIF',
          '<strong>Avatarai</strong> – anime, 3D ar aliejinės tapybos stiliumi',
        ),
        img(2, 'Portreto pavyzdys'),
        h2('Kodėl FotoBurtai?'),
        ul('Rezultatas per 10–30 sekundžių', 'Iki 4K raiška', 'Nuotraukos automatiškai ištrinamos po 48 valandų', 'Lietuviška sąsaja ir pagalba'),
        blockquote('„Per penkias minutes susikūriau portretą darbo skelbimui. Niekas nepatikėjo, kad tai AI!“', '– Gabija, Kaunas'),
        p(`Daugiau apie visas galimybes rasite skiltyje ${a('/rezimai', 'Režimai')}, o planus – ${a('/kainos', 'kainų puslapyje')}.`),
        cookieBanner('Naudojame slapukus, kad svetainė veiktų ir galėtume analizuoti lankomumą. Ar sutinkate?', 'Sutinku', 'Tik būtini'),
        burtaiFoot,
      ].join('\n'),
    },
    {
      path: '/rezimai',
      title: 'Visi režimai – FotoBurtai',
      body: [
        burtaiNav,
        h1('Visi FotoBurtai režimai'),
        h3('Portretai ir avatarai'),
        p('Verslo portretai, profilio nuotraukos, pasakų ir anime stiliaus avatarai. Prieinama visuose planuose.'),
        h3('Veido keitimas (Face Swap)'),
        p('Įkelkite vieną aiškią veido nuotrauką ir perkelkite jį į bet kurį vaizdo įrašą ar GIF. Tinka juokingiems sveikinimams ir memams.'),
        h3('🌶️ Suaugusiųjų režimas (18+)'),
        p('Tik „Spicy“ plano nariams. Įkelkite bet kurio žmogaus veido nuotrauką ir mūsų AI perkels jį į suaugusiesiems skirtus vaizdo įrašus iš mūsų NSFW bibliotekos arba į jūsų pačių įkeltą vaizdo įrašą. Natūralus rezultatas, be filtrų ir cenzūros. Režimą galima įjungti paskyros nustatymuose, patvirtinus, kad jums yra 18 metų.'),
        p(`Šis režimas pagal nutylėjimą paslėptas. Kaip jį įjungti, aprašyta ${a('/duk', 'DUK')}.`),
        burtaiFoot,
      ].join('\n'),
    },
    {
      path: '/kainos',
      title: 'Kainos – FotoBurtai',
      head: stripe('pk_live_burtaiLT00'),
      body: [
        burtaiNav,
        h1('Planai ir kainos'),
        priceTable(
          ['Planas', 'Kaina', 'Kreditai', 'Režimai'],
          [
            ['Nemokamas', '0 €', '5 per mėnesį', 'Portretai, fonai'],
            ['Kūrėjas', '7,99 € / mėn.', '150', 'Visi, išskyrus 18+'],
            ['Spicy 🌶️', '19,99 € / mėn.', '400', 'Visi režimai + suaugusiųjų veido keitimas vaizdo įrašuose'],
          ],
        ),
        p('Mokant už metus taikoma 20 % nuolaida. Nepanaudoti kreditai perkeliami į kitą mėnesį, o „Spicy“ plano kreditus galima naudoti ir nuotraukoms, ir vaizdo įrašams. Studentams taikoma papildoma nuolaida.'),
        p('Mokėti galima kortele, „Apple Pay“ arba „Google Pay“. Sąskaitoje rodomas neutralus pavadinimas „FB Studio“. Planą galite atšaukti bet kada.'),
        burtaiFoot,
      ].join('\n'),
    },
    {
      path: '/duk',
      title: 'Dažniausiai užduodami klausimai – FotoBurtai',
      body: [
        burtaiNav,
        faq('DUK', [
          ['Kaip įjungti suaugusiųjų režimą?', 'Įsigykite „Spicy“ planą, eikite į Paskyra → Nustatymai → Turinio filtras ir išjunkite saugų režimą. Tada kūrimo lange atsiras skiltis „NSFW vaizdo įrašai“.'],
          ['Ar galiu naudoti kito žmogaus nuotrauką?', 'Įkeldami nuotrauką patvirtinate, kad turite teisę ją naudoti. Už įkeltą turinį atsako naudotojas.'],
          ['Ar mano kūriniai matomi kitiems?', 'Ne. Visi rezultatai privatūs ir matomi tik jūsų paskyroje.'],
          ['Kiek laiko užtrunka vaizdo įrašas?', 'Trumpas iki 60 sekundžių vaizdo įrašas paruošiamas per 2–5 minutes.'],
        ]),
        burtaiFoot,
      ].join('\n'),
    },
    {
      path: '/apie-mus',
      title: 'Apie mus – FotoBurtai',
      body: [
        burtaiNav,
        h1('Apie FotoBurtai'),
        p('Esame nedidelė kūrėjų komanda, kuri tiki, kad profesionalios kokybės nuotraukos turi būti prieinamos kiekvienam. Nuo 2023 metų mūsų įrankiais pasinaudojo daugiau nei 90 000 žmonių iš Lietuvos, Latvijos ir Lenkijos. Mūsų tikslas – paprasti, greiti ir linksmi AI įrankiai, veikiantys bet kuriame įrenginyje.'),
        burtaiFoot,
      ].join('\n'),
    },
  ],
};

// 7. Finnish, nudify, api-reseller
const riisuNav = nav([['/', 'Etusivu'], ['/hinnasto', 'Hinnasto'], ['/dokumentaatio', 'Dokumentaatio'], ['/ukk', 'UKK'], ['/hallintapaneeli', 'Kirjaudu']], 'RiisuAPI');
const riisuFoot = footer('© 2025 RiisuAPI. Rajapinta on tarkoitettu vain täysi-ikäisille loppukäyttäjille suunnattuihin palveluihin. Asiakas vastaa omien käyttäjiensä toiminnasta.', [['/kayttoehdot', 'Käyttöehdot'], ['/dokumentaatio', 'API-dokumentaatio'], ['https://t.me/riisuapi_dev', 'Telegram-tuki']]);
const riisu: CorpusSite = {
  host: 'riisuapi.test',
  lang: 'fi',
  label: 'nudify',
  shape: 'api-reseller',
  author: 'fresh-k',
  pages: [
    {
      path: '/',
      title: 'RiisuAPI – Undress-rajapinta kehittäjille | Maksa vain kutsuista',
      head: metaDescription('RiisuAPI: vaatteiden poisto kuvista yhdellä REST-kutsulla. Bikini-, alusasu- ja NSFW-tilat, white label, 0,04 € per kutsu. Aloita ilmaisella kokeilulla.') + stripe('pk_live_riisuFI000') + gtag('G-RIISU2FI'),
      body: [
        riisuNav,
        h1('Undress-API kehittäjille: vaatteiden poisto kuvista yhdellä kutsulla'),
        p('RiisuAPI tarjoaa saman tekoälymallin, jota suurimmat riisumissovellukset käyttävät, suoraan omaan palveluusi. Lähetä kuva, valitse tila ja saat valmiin tuloksen takaisin keskimäärin 6 sekunnissa. Ei GPU-palvelimia, ei mallien koulutusta – maksat vain onnistuneista kutsuista.'),
        pre(`curl -X POST https://api.riisuapi.test/v2/undress \\
  -H "Authorization: Bearer RIISU_API_KEY" \\
  -F "image=@kuva.jpg" -F "mode=nsfw" -F "quality=hd"`),
        h2('Miksi RiisuAPI?'),
        ul(
          'Kolme tilaa: <code>bikini</code>, <code>lingerie</code> ja <code>nsfw</code> (18+, ei sisältösuodatinta)',
          'Hinta alkaen 0,04 € / kutsu – ei kuukausimaksua',
          'White label: rakenna oma verkkopalvelu, sovellus tai Telegram-botti rajapintamme päälle',
          'Valmiit SDK:t Pythonille, Node.js:lle ja PHP:lle sekä Telegram-bottipohja',
          'Palvelimet EU:n ulkopuolella, kuvia ei tallenneta yli 1 tunnin',
          'Maksu kortilla tai kryptovaluutoilla (USDT, BTC)',
        ),
        h2('Jälleenmyyjille'),
        p(`Yli 140 sovellusta ja bottia käyttää jo rajapintaamme. Suurille volyymeille tarjoamme määräalennuksia ja oman, erillisen GPU-klusterin. Katso ${a('/hinnasto', 'hinnasto')} tai lue ${a('/dokumentaatio', 'dokumentaatio')}.`),
        p('Uusi tili saa 50 ilmaista kutsua testaukseen. Luottokorttia ei tarvita.'),
        button('Hanki API-avain'),
        cookieBanner('Käytämme evästeitä kirjautumiseen ja käytön analysointiin.', 'Hyväksy', 'Vain välttämättömät'),
        riisuFoot,
      ].join('\n'),
    },
    {
      path: '/hinnasto',
      title: 'Hinnasto – RiisuAPI',
      head: cryptoCheckout(),
      body: [
        riisuNav,
        h1('Maksa vain siitä, mitä käytät'),
        p('Laskutus perustuu onnistuneisiin kutsuihin. Epäonnistuneet kutsut (esim. kasvoja tai henkilöä ei tunnistettu) ovat ilmaisia.'),
        priceTable(
          ['Taso', 'Kutsuja / kk', 'Hinta per kutsu', 'Tilat'],
          [
            ['Kokeilu', '50', 'Ilmainen', 'bikini, lingerie'],
            ['Kehittäjä', 'enintään 10 000', '0,06 €', 'kaikki, myös nsfw'],
            ['Jälleenmyyjä', '10 000–250 000', '0,04 €', 'kaikki + white label'],
            ['Enterprise', 'yli 250 000', 'alkaen 0,02 €', 'oma GPU-klusteri, SLA 99,9 %'],
          ],
        ),
        p('Saldon voi ladata etukäteen kortilla tai kryptovaluutoilla. Kryptomaksuista saat 10 % lisäsaldoa.'),
        riisuFoot,
      ].join('\n'),
    },
    {
      path: '/dokumentaatio',
      title: 'API-dokumentaatio – RiisuAPI',
      body: [
        riisuNav,
        h1('API-dokumentaatio v2'),
        h2('POST /v2/undress'),
        p('Poistaa vaatteet kuvassa olevalta henkilöltä valitun tilan mukaisesti ja palauttaa tuloksen URL-osoitteena tai base64-muodossa.'),
        ul(
          '<code>image</code> (pakollinen) – JPG, PNG tai WEBP, enintään 12 Mt',
          '<code>mode</code> – <code>bikini</code> | <code>lingerie</code> | <code>nsfw</code>',
          '<code>quality</code> – <code>sd</code> | <code>hd</code> (HD = 2 kutsua)',
          '<code>webhook</code> – valinnainen osoite, johon tulos lähetetään',
        ),
        pre(`{ "id": "job_8f2c", "status": "done", "result_url": "https://cdn.riisuapi.test/r/8f2c.png", "credits_used": 1 }`),
        h2('GET /v2/balance'),
        p('Palauttaa jäljellä olevan saldon ja kuluvan kuukauden kutsumäärän.'),
        riisuFoot,
      ].join('\n'),
    },
    {
      path: '/ukk',
      title: 'Usein kysytyt kysymykset – RiisuAPI',
      body: [
        riisuNav,
        faq('UKK', [
          ['Voinko käyttää rajapintaa omassa Telegram-botissani?', 'Kyllä. Jälleenmyyjä-tasolla saat valmiin bottipohjan ja voit myydä kutsuja omalla hinnallasi.'],
          ['Suodatetaanko kuvia?', 'Nsfw-tilassa ei ole sisältösuodatinta. Asiakas vastaa siitä, millaisia kuvia hänen käyttäjänsä lähettävät.'],
          ['Tallennatteko kuvia?', 'Emme. Syötekuvat ja tulokset poistetaan palvelimilta tunnin kuluessa.'],
          ['Mitä tapahtuu, jos maksupalvelu estää tilini?', 'Suosittelemme kryptomaksuja. Ne eivät ole riippuvaisia korttiyhtiöiden ehdoista.'],
        ]),
        riisuFoot,
      ].join('\n'),
    },
  ],
};

// 8. Estonian, directory, listicle
const teeNav = nav([['/', 'Parimad lahtiriietamise äpid'], ['/deepfake-rakendused', 'Deepfake rakendused'], ['/metoodika', 'Kuidas me testime'], ['/koostoo', 'Koostöö']], 'Tehisaru Teejuht');
const teeFoot = footer('© 2025 Tehisaru Teejuht. Mõned lingid on partnerlingid: kui ostad teenuse nende kaudu, võime saada vahendustasu. Sinu jaoks hind ei muutu. Ainult täisealistele.', [['/koostoo', 'Reklaam ja koostöö'], ['/metoodika', 'Metoodika'], ['mailto:toimetus@tehisaruteejuht.test', 'Kontakt']]);
const teejuht: CorpusSite = {
  host: 'tehisaruteejuht.test',
  lang: 'et',
  label: 'directory',
  shape: 'listicle',
  author: 'fresh-k',
  pages: [
    {
      path: '/',
      title: '7 parimat AI lahtiriietamise äppi 2025. aastal (testitud) – Tehisaru Teejuht',
      head: metaDescription('Testisime kõik populaarsed undress AI rakendused. Vaata, milline riiete eemaldamise äpp annab kõige realistlikuma tulemuse ja kus on parim hind.') + gtag('G-TEEJUHT01') + jsonLd({ '@context': 'https://schema.org', '@type': 'ItemList', name: 'Parimad AI lahtiriietamise rakendused 2025', itemListElement: [{ '@type': 'ListItem', position: 1, name: 'Nudora' }, { '@type': 'ListItem', position: 2, name: 'StripVisio' }, { '@type': 'ListItem', position: 3, name: 'Undrezzy' }] }),
      body: [
        teeNav,
        article(
          h1('7 parimat AI lahtiriietamise äppi 2025. aastal – meie test'),
          p('Uuendatud: 14. märts 2025 · Lugemisaeg 6 minutit'),
          p('Undress AI rakendusi tuleb iga kuu juurde, kuid kvaliteet kõigub tohutult. Testisime kolme nädala jooksul kümmet teenust, laadisime igasse üles samad fotod ja hindasime tulemuse realistlikkust, kiirust, hinda ja privaatsust. Siin on meie edetabel.'),
          h2('1. Nudora – parim üldvõitja'),
          p(`Kõige loomulikum tulemus, NSFW-režiim ilma tsensuurita ja 5 tasuta krediiti. Töötab nii arvutis kui telefonis. Hind alates 9,99 € kuus. ${a('https://nudora.test/?ref=teejuht', 'Proovi Nudorat tasuta →', 'rel="sponsored nofollow"')}`),
          h2('2. StripVisio – kiireim'),
          p(`Tulemus valmib alla 5 sekundi ja toetab 4K resolutsiooni. Puuduseks on vesimärk tasuta versioonis. ${a('https://stripvisio.test/signup?aff=tt2025', 'Ava StripVisio →', 'rel="sponsored nofollow"')}`),
          h2('3. Undrezzy – parim Telegrami bot'),
          p(`Ei vaja registreerumist: saadad boti pildi ja saad vastuse vestlusesse. Maksta saab Telegram Starsiga. ${a('https://t.me/UndrezzyBot?start=teejuht', 'Ava bot Telegramis →')}`),
          h2('4. PaljasPix – parim hinna ja kvaliteedi suhe'),
          p(`Krediidipaketid alates 4,99 €, krüptomakse võimalus ja eestikeelne liides. ${a('https://paljaspix.test/?ref=teejuht', 'Vaata PaljasPixi →', 'rel="sponsored nofollow"')}`),
          h2('5. Looriks AI – parim Androidi äpp'),
          p(`Saadaval APK-failina, iganädalane VIP 5,99 €. ${a('https://looriks.test/app?ref=teejuht', 'Laadi alla →', 'rel="sponsored nofollow"')}`),
          h2('6. ja 7. koht: KlaasAI ja SoftUndress'),
          p(`Mõlemad töötavad, kuid tulemused on ebaühtlased. ${a('https://klaasai.test/?ref=teejuht', 'KlaasAI')} · ${a('https://softundress.test/?aff=teejuht', 'SoftUndress')}`),
          p(`Kuidas me hinnanguid anname, loe ${a('/metoodika', 'metoodika lehelt')}. Deepfake videote tööriistade edetabeli leiad ${a('/deepfake-rakendused', 'siit')}.`),
        ),
        cookieBanner('Kasutame küpsiseid statistika ja partnerlinkide jälgimiseks.', 'Nõustun', 'Keeldun'),
        teeFoot,
      ].join('\n'),
    },
    {
      path: '/deepfake-rakendused',
      title: 'Parimad deepfake ja face swap 18+ rakendused – Tehisaru Teejuht',
      body: [
        teeNav,
        h1('Parimad deepfake rakendused täiskasvanutele'),
        p('Kui soovid mõne inimese näo videosse panna, on need praegu kõige võimekamad teenused. Kõik toetavad NSFW-sisu ja vajavad vaid ühte selget näofotot.'),
        ol(
          `${a('https://velvaswap.test/?ref=teejuht', 'VelvaSwap')} – video face swap kuni 4K, 18+ mallide kogu, alates 14,99 €`,
          `${a('https://faceblendo.test/?aff=teejuht', 'FaceBlendo Pro')} – parim oma video üleslaadimiseks, krüptomaksed`,
          `${a('https://t.me/SwapNightBot?start=tt', 'SwapNight bot')} – kiire Telegrami bot, 3 tasuta videot`,
          `${a('https://mirazh-ai.test/?ref=teejuht', 'Mirazh AI')} – lihtsaim kasutada, kuid vesimärgiga`,
        ),
        teeFoot,
      ].join('\n'),
    },
    {
      path: '/metoodika',
      title: 'Kuidas me teenuseid testime – Tehisaru Teejuht',
      body: [
        teeNav,
        h1('Meie testimise metoodika'),
        p('Iga teenust testime vähemalt kümne fotoga. Hindame neli kriteeriumi skaalal 1–10: tulemuse realistlikkus, kiirus, hinna ja kvaliteedi suhe ning privaatsus (kas fotod kustutatakse ja kas maksmine on diskreetne). Lõpphinne on kaalutud keskmine, kus realistlikkus annab 40%.'),
        p('Edetabelit uuendame iga kuu. Teenused, mis kaovad või muudavad aadressi, märgime eraldi.'),
        teeFoot,
      ].join('\n'),
    },
    {
      path: '/koostoo',
      title: 'Koostöö ja reklaam – Tehisaru Teejuht',
      body: [
        teeNav,
        h1('Koostöö'),
        p('Oled AI-teenuse arendaja ja soovid, et testiksime sinu rakendust? Pakume tasulisi arvustusi, bännerikohti ja esikoha paigutust edetabelis. Töötame CPA- ja RevShare-mudeli alusel. Kirjuta meile aadressil partner@tehisaruteejuht.test või Telegramis @teejuht_ads.'),
        teeFoot,
      ].join('\n'),
    },
  ],
};

// 9. Hungarian, directory, telegram-list
const tblNav = nav([['/', 'Főoldal'], ['/vetkozteto-botok', 'Vetkőztető botok'], ['/arccsere-botok', 'Arccserélő botok'], ['/bot-bekuldese', 'Bot beküldése']], 'TeleBotLista');
const tblFoot = footer('© 2025 TeleBotLista.hu – független gyűjtemény. Nem üzemeltetünk egyetlen botot sem, csak linkeket gyűjtünk. A listában szereplő botok egy része 18+ tartalmat kínál.', [['/bot-bekuldese', 'Bot beküldése'], ['https://t.me/telebotlista_hu', 'Csatornánk'], ['mailto:info@telebotlista.test', 'Kapcsolat']]);
const tbl: CorpusSite = {
  host: 'telebotlista.test',
  lang: 'hu',
  label: 'directory',
  shape: 'telegram-list',
  author: 'fresh-k',
  pages: [
    {
      path: '/',
      title: 'Legjobb NSFW Telegram botok 2025 – vetkőztető és deepfake AI botok listája',
      head: metaDescription('A legjobb 18+ Telegram botok egy helyen: vetkőztető AI botok, deepfake és arccserélő botok, működő linkekkel. Naponta frissítve.'),
      body: [
        tblNav,
        h1('A legjobb NSFW AI Telegram botok – 2025. márciusi lista'),
        p('Unod már, hogy a kedvenc botod egyik napról a másikra eltűnik? Mi naponta ellenőrizzük a linkeket, így itt mindig működő vetkőztető és arccserélő botokat találsz. A lista a felhasználói szavazatok alapján rangsorol. ⭐ = ingyenes próba elérhető.'),
        h2('🔥 Top 10 bot ezen a héten'),
        ol(
          `${a('https://t.me/VetkoztetoAIbot?start=ref_tbl', '@VetkoztetoAIbot')} – magyar nyelvű undress bot, 3 ingyenes kép ⭐`,
          `${a('https://t.me/NudoraOfficialBot?start=tbl77', '@NudoraOfficialBot')} – a Nudora hivatalos botja, NSFW mód ⭐`,
          `${a('https://t.me/RuhaNelkulBot?start=tbl', '@RuhaNelkulBot')} – gyors, bikini és fehérnemű mód`,
          `${a('https://t.me/SwapNightBot?start=tbl', '@SwapNightBot')} – arccsere videókba, 18+ sablonok ⭐`,
          `${a('https://t.me/DeepKissAIbot?start=tbl', '@DeepKissAIbot')} – deepfake videó 60 mp-ig`,
          `${a('https://t.me/PixStripBot?start=hu', '@PixStripBot')} – fizetés Telegram Stars-szal`,
          `${a('https://t.me/SablechiAIbot?start=hu', '@SablechiAIbot')} – bolgár bot, de magyarul is működik ⭐`,
          `${a('https://t.me/UndrezzyBot?start=tbl', '@UndrezzyBot')} – stabil, ritkán tiltják le`,
          `${a('https://t.me/FaceMorph18Bot?start=tbl', '@FaceMorph18Bot')} – fotó arccsere, olcsó kreditek`,
          `${a('https://t.me/NaughtyLensBot?start=tbl', '@NaughtyLensBot')} – új, még ingyenes ⭐`,
        ),
        p(`Csak vetkőztető botokat keresel? Nézd meg a ${a('/vetkozteto-botok', 'teljes vetkőztető listát')}. Videós arccseréhez az ${a('/arccsere-botok', 'arccserélő botok')} oldalát ajánljuk.`),
        h2('Hogyan használd a botokat?'),
        p('Kattints a linkre, nyomd meg a Start gombot, és küldj egy fotót. A legtöbb bot 1–3 ingyenes próbát ad, utána kreditet kell venni Telegram Stars-szal vagy kriptóval. Ha egy bot nem válaszol, valószínűleg letiltották – ilyenkor nézd meg a csatornánkat, ott jelezzük az új címet.'),
        cookieBanner('Az oldal sütiket használ a statisztikához.', 'Rendben'),
        tblFoot,
      ].join('\n'),
    },
    {
      path: '/vetkozteto-botok',
      title: 'Vetkőztető AI Telegram botok – teljes lista',
      body: [
        tblNav,
        h1('Vetkőztető botok (undress AI) – teljes lista'),
        p('Minden bot, amely fotóról távolítja el a ruhát. Utolsó ellenőrzés: ma, 08:12. Ha egy link nem működik, jelezd nekünk a csatornán, és 24 órán belül frissítjük.'),
        ul(
          `${a('https://t.me/VetkoztetoAIbot?start=ref_tbl', '@VetkoztetoAIbot')} – ✅ működik`,
          `${a('https://t.me/RuhaNelkulBot?start=tbl', '@RuhaNelkulBot')} – ✅ működik`,
          `${a('https://t.me/PixStripBot?start=hu', '@PixStripBot')} – ✅ működik`,
          `${a('https://t.me/UndrezzyBot?start=tbl', '@UndrezzyBot')} – ✅ működik`,
          `${a('https://t.me/NaughtyLensBot?start=tbl', '@NaughtyLensBot')} – ✅ működik`,
          `${a('https://t.me/BareAI_hu_bot?start=tbl', '@BareAI_hu_bot')} – ⚠️ lassú`,
          `${a('https://t.me/StripMagicBot', '@StripMagicBot')} – ❌ letiltva, új cím: @StripMagic2Bot`,
        ),
        tblFoot,
      ].join('\n'),
    },
    {
      path: '/arccsere-botok',
      title: 'Arccserélő és deepfake Telegram botok',
      body: [
        tblNav,
        h1('Arccserélő és deepfake botok'),
        p('Ezekkel a botokkal bárki arcát beillesztheted fotókba vagy 18+ videókba. A legtöbbhöz elég egyetlen szemből készült portré.'),
        ul(
          `${a('https://t.me/SwapNightBot?start=tbl', '@SwapNightBot')} – videós arccsere, 3 ingyenes videó`,
          `${a('https://t.me/DeepKissAIbot?start=tbl', '@DeepKissAIbot')} – 60 másodperces deepfake klipek`,
          `${a('https://t.me/FaceMorph18Bot?start=tbl', '@FaceMorph18Bot')} – fotó arccsere 18+ sablonokkal`,
          `${a('https://t.me/VelvaSwapBot?start=tbl', '@VelvaSwapBot')} – saját videó feltöltése is lehetséges`,
        ),
        tblFoot,
      ].join('\n'),
    },
    {
      path: '/bot-bekuldese',
      title: 'Bot beküldése – TeleBotLista',
      body: [
        tblNav,
        h1('Küldd be a botodat'),
        p('Saját botod van, vagy találtál egy jót, ami még nincs a listán? Írd meg nekünk! Az ingyenes beküldéseket 3–5 napon belül nézzük át. Kiemelt hely a Top 10-ben heti 15 000 Ft-ért vagy 40 USDT-ért.'),
        textForm('A bot @felhasználóneve vagy t.me linkje', 'Beküldés', '/bekuldes'),
        tblFoot,
      ].join('\n'),
    },
  ],
};

// 10. Slovak, directory, single-review
const recNav = nav([['/', 'Recenzia Nudora'], ['/cennik-nudora', 'Cenník'], ['/alternativy', 'Alternatívy'], ['/o-nas', 'O nás']], 'Overené Recenzie');
const recFoot = footer('© 2025 Overené Recenzie. Stránka obsahuje affiliate odkazy – ak si cez ne zakúpiš predplatné, dostaneme províziu. Recenzie sú určené osobám nad 18 rokov.', [['/o-nas', 'O nás'], ['/o-nas#affiliate', 'Affiliate politika'], ['mailto:redakcia@overene-recenzie.test', 'Kontakt']]);
const recenzie: CorpusSite = {
  host: 'overene-recenzie.test',
  lang: 'sk',
  label: 'directory',
  shape: 'single-review',
  author: 'fresh-k',
  pages: [
    {
      path: '/',
      title: 'Je Nudora AI bezpečná a legitímna? Úprimná recenzia 2025',
      head: metaDescription('Nudora AI recenzia: je to podvod alebo funguje? Otestovali sme undress AI Nudora – cena, kvalita, bezpečnosť, platby a alternatívy.') + jsonLd({ '@context': 'https://schema.org', '@type': 'Review', itemReviewed: { '@type': 'SoftwareApplication', name: 'Nudora AI', applicationCategory: 'MultimediaApplication' }, reviewRating: { '@type': 'Rating', ratingValue: '4.3', bestRating: '5' }, author: { '@type': 'Person', name: 'Tomáš K.' } }),
      body: [
        recNav,
        article(
          h1('Je Nudora AI bezpečná a legitímna? Naša úprimná recenzia'),
          p('Autor: Tomáš K. · Aktualizované 2. apríla 2025 · Hodnotenie: <strong>4,3 / 5</strong>'),
          p('Nudora patrí medzi najznámejšie nástroje na „vyzliekanie“ fotiek pomocou umelej inteligencie. Na fórach sa však stále objavujú otázky: Je Nudora podvod? Ukradne moje dáta? Strhne mi peniaze z karty? Celý mesiac sme ju preto testovali s platenou verziou a tu sú naše zistenia.'),
          h2('Čo je Nudora?'),
          p('Ide o webovú undress AI aplikáciu, ktorá z nahranej fotky odstráni oblečenie a vygeneruje NSFW obrázok. Ponúka tri režimy (plavky, spodná bielizeň, NSFW), funguje v prehliadači aj cez Telegram bota a nový účet dostane 5 kreditov zadarmo.'),
          h2('Je Nudora bezpečná?'),
          p('Platby sme zaplatili kartou aj kryptom a v oboch prípadoch prebehli bez problémov; na výpise sa zobrazí neutrálny názov „NDR Media“. Podľa podmienok sa fotky mažú po 24 hodinách, čo však nevieme nezávisle overiť. Registrácia vyžaduje len e-mail alebo Google účet.'),
          h2('Plusy a mínusy'),
          ul('✅ Veľmi realistické výsledky', '✅ Rýchlosť okolo 8 sekúnd', '✅ Platba kryptom', '❌ Bezplatná verzia je rozmazaná', '❌ Predplatné sa obnovuje automaticky'),
          h2('Verdikt'),
          p(`Nudora je legitímna služba a nie podvod – za peniaze dostaneš to, čo sľubuje. Ak hľadáš najlepší pomer cena/výkon, odporúčame začať mesačným plánom. ${a('https://nudora.test/?aff=overene-sk', 'Vyskúšať Nudora zadarmo →', 'rel="sponsored nofollow"')}`),
          p(`Pozri si aj ${a('/cennik-nudora', 'prehľad cien')} alebo ${a('/alternativy', 'lacnejšie alternatívy')}.`),
        ),
        cookieBanner('Táto stránka používa cookies na meranie návštevnosti a affiliate odkazy.', 'Rozumiem'),
        recFoot,
      ].join('\n'),
    },
    {
      path: '/cennik-nudora',
      title: 'Nudora AI cenník 2025 – koľko stojí?',
      body: [
        recNav,
        h1('Koľko stojí Nudora AI?'),
        priceTable(
          ['Plán', 'Cena', 'Kredity', 'Poznámka'],
          [['Free', '0 €', '5', 'rozmazané výsledky'], ['Basic', '9,99 € / mes.', '100', 'HD, bez vodoznaku'], ['Pro', '24,99 € / mes.', '400', 'NSFW režim, Telegram bot'], ['Kredity navyše', '4,99 €', '30', 'jednorazovo']],
        ),
        p(`S naším kódom OVERENE20 získaš zľavu 20 % na prvý mesiac. ${a('https://nudora.test/pricing?aff=overene-sk', 'Prejsť na Nudora →', 'rel="sponsored nofollow"')}`),
        recFoot,
      ].join('\n'),
    },
    {
      path: '/alternativy',
      title: 'Najlepšie alternatívy k Nudora AI',
      body: [
        recNav,
        h1('Alternatívy k Nudora'),
        p('Ak ti Nudora nevyhovuje, vyskúšaj tieto podobné služby, ktoré sme tiež testovali:'),
        ol(
          `${a('https://stripvisio.test/?aff=overene-sk', 'StripVisio')} – rýchlejšie, ale drahšie; 4K výstup`,
          `${a('https://odhal-ai.test/?ref=overene', 'Odhaľ AI')} – mobilná aplikácia s VIP týždňom za 4,99 €`,
          `${a('https://t.me/UndrezzyBot?start=overene', 'Undrezzy')} – Telegram bot bez registrácie`,
          `${a('https://paljaspix.test/?ref=overene', 'PaljasPix')} – najlacnejšie kredity`,
        ),
        recFoot,
      ].join('\n'),
    },
    {
      path: '/o-nas',
      title: 'O nás – Overené Recenzie',
      body: [
        recNav,
        h1('O nás'),
        p('Overené Recenzie je nezávislý projekt dvoch nadšencov do technológií z Bratislavy. Testujeme AI nástroje, o ktorých iní radšej mlčia, a píšeme o nich úprimne. Stránku financujeme z affiliate provízií: ak si niečo kúpiš cez naše odkazy, dostaneme malý podiel, no naše hodnotenie to neovplyvňuje.'),
        recFoot,
      ].join('\n'),
    },
  ],
};

// 11. Greek, directory, coupon
const kouNav = nav([['/', 'Όλα τα κουπόνια'], ['/kouponia/nudora', 'Nudora'], ['/kouponia/velvaswap', 'VelvaSwap'], ['/pos-leitourgei', 'Πώς λειτουργεί']], 'KouponiAI');
const kouFoot = footer('© 2025 KouponiAI. Δεν πουλάμε καμία υπηρεσία· συγκεντρώνουμε προσφορές τρίτων. Ορισμένοι σύνδεσμοι είναι συνεργατικοί (affiliate). Περιεχόμενο για άτομα άνω των 18.', [['/pos-leitourgei', 'Πώς λειτουργεί'], ['/pos-leitourgei#affiliate', 'Γνωστοποίηση συνεργασιών'], ['mailto:deals@kouponi-ai.test', 'Επικοινωνία']]);
const kouponi: CorpusSite = {
  host: 'kouponi-ai.test',
  lang: 'el',
  label: 'directory',
  shape: 'coupon',
  author: 'fresh-k',
  pages: [
    {
      path: '/',
      title: 'Κουπόνια AI Undress & Deepfake 2025 – Κωδικοί έκπτωσης έως -60% | KouponiAI',
      head: metaDescription('Επαληθευμένοι κωδικοί έκπτωσης για AI undress και deepfake εφαρμογές: Nudora, StripVisio, VelvaSwap, Undrezzy και άλλες. Ενημέρωση κάθε μέρα.') + gtag('G-KOUPONI7'),
      body: [
        kouNav,
        h1('Κωδικοί έκπτωσης για AI undress και deepfake εφαρμογές – Απρίλιος 2025'),
        p('Γιατί να πληρώσετε ολόκληρη τη συνδρομή; Στο KouponiAI συγκεντρώνουμε και δοκιμάζουμε καθημερινά κουπόνια για τις πιο δημοφιλείς εφαρμογές αφαίρεσης ρούχων με τεχνητή νοημοσύνη και για τα εργαλεία face swap 18+. Πατήστε «Εμφάνιση κωδικού», αντιγράψτε τον και εξοικονομήστε έως και 60%.'),
        h2('Κορυφαίες προσφορές σήμερα'),
        priceTable(
          ['Υπηρεσία', 'Προσφορά', 'Κωδικός', 'Ισχύει έως', ''],
          [
            ['Nudora', '-40% στο ετήσιο πλάνο', 'NUDORA40', '30/04/2025', a('https://nudora.test/pricing?aff=kouponi', 'Εμφάνιση κωδικού', 'rel="sponsored nofollow"')],
            ['StripVisio', '+50 δωρεάν credits', 'SVGREECE', '15/05/2025', a('https://stripvisio.test/?aff=kouponi-gr', 'Εμφάνιση κωδικού', 'rel="sponsored nofollow"')],
            ['VelvaSwap', '-25% σε deepfake βίντεο', 'VELVA25', '31/05/2025', a('https://velvaswap.test/?ref=kouponi', 'Εμφάνιση κωδικού', 'rel="sponsored nofollow"')],
            ['Undrezzy bot', '3 ημέρες VIP δωρεάν', 'UNDZGR3', 'Χωρίς λήξη', a('https://t.me/UndrezzyBot?start=kouponi', 'Άνοιγμα στο Telegram')],
            ['PaljasPix', '-60% σε πληρωμή με crypto', 'CRYPTO60', '20/04/2025', a('https://paljaspix.test/?ref=kouponi', 'Εμφάνιση κωδικού', 'rel="sponsored nofollow"')],
          ],
        ),
        p('✅ Όλοι οι κωδικοί ελέγχθηκαν τις τελευταίες 24 ώρες. Αν κάποιος δεν λειτουργεί, πατήστε «Αναφορά» και θα τον αφαιρέσουμε.'),
        h2('Δημοφιλείς κατηγορίες'),
        ul('Εφαρμογές undress AI', 'Face swap και deepfake βίντεο', 'Telegram bots με NSFW λειτουργία', 'Εφαρμογές Android (APK)'),
        textForm('Αναζήτηση υπηρεσίας ή κουπονιού', 'Αναζήτηση'),
        p(`Μάθετε πώς να εξαργυρώσετε έναν κωδικό στη σελίδα ${a('/pos-leitourgei', 'Πώς λειτουργεί')}.`),
        cookieBanner('Χρησιμοποιούμε cookies για την παρακολούθηση των συνεργατικών συνδέσμων και για στατιστικά.', 'Εντάξει', 'Απόρριψη'),
        kouFoot,
      ].join('\n'),
    },
    {
      path: '/kouponia/nudora',
      title: 'Κουπόνι Nudora – Έκπτωση -40% | KouponiAI',
      body: [
        kouNav,
        h1('Κωδικοί έκπτωσης Nudora'),
        p('Η Nudora είναι μία από τις πιο γνωστές εφαρμογές undress AI, με λειτουργία NSFW και Telegram bot. Με τους παρακάτω κωδικούς κερδίζετε έκπτωση στη συνδρομή ή επιπλέον credits.'),
        ul(
          `<strong>NUDORA40</strong> – -40% στο ετήσιο πλάνο Pro · ${a('https://nudora.test/pricing?aff=kouponi', 'Χρήση κωδικού')}`,
          `<strong>NDR10GR</strong> – 10 δωρεάν credits σε νέο λογαριασμό · ${a('https://nudora.test/signup?aff=kouponi', 'Εγγραφή')}`,
          '<strong>SPRING15</strong> – -15% στο μηνιαίο πλάνο (έληξε)',
        ),
        kouFoot,
      ].join('\n'),
    },
    {
      path: '/kouponia/velvaswap',
      title: 'Κουπόνι VelvaSwap – Deepfake βίντεο με έκπτωση | KouponiAI',
      body: [
        kouNav,
        h1('Προσφορές VelvaSwap'),
        p('Το VelvaSwap επιτρέπει face swap σε βίντεο έως 4K, με βιβλιοθήκη 18+ προτύπων. Οι τιμές ξεκινούν από 14,99 € τον μήνα, αλλά με τον κωδικό μας πληρώνετε λιγότερα.'),
        ul(
          `<strong>VELVA25</strong> – -25% στο πρώτο πακέτο βίντεο · ${a('https://velvaswap.test/?ref=kouponi', 'Χρήση κωδικού')}`,
          `<strong>VSFREE5</strong> – 5 δωρεάν βίντεο 30 δευτερολέπτων · ${a('https://velvaswap.test/free?ref=kouponi', 'Ενεργοποίηση')}`,
        ),
        kouFoot,
      ].join('\n'),
    },
    {
      path: '/pos-leitourgei',
      title: 'Πώς λειτουργεί το KouponiAI',
      body: [
        kouNav,
        h1('Πώς λειτουργεί'),
        ol('Βρείτε την υπηρεσία που σας ενδιαφέρει.', 'Πατήστε «Εμφάνιση κωδικού» – ανοίγει η σελίδα του καταστήματος.', 'Επικολλήστε τον κωδικό στο ταμείο πριν την πληρωμή.'),
        p('Το KouponiAI είναι δωρεάν για τους χρήστες. Χρηματοδοτούμαστε από προμήθειες συνεργατών: όταν αγοράζετε μέσω των συνδέσμων μας, η υπηρεσία μάς πληρώνει ένα ποσοστό, χωρίς επιπλέον κόστος για εσάς.'),
        kouFoot,
      ].join('\n'),
    },
  ],
};

// 12. Hungarian, unrelated, news
const djNav = nav([['/', 'Címlap'], ['/rovat/belfold', 'Belföld'], ['/rovat/technologia', 'Tech'], ['/rovat/gazdasag', 'Gazdaság'], ['/impresszum', 'Impresszum']], 'Digitális Jelen');
const djFoot = footer('© 2025 Digitális Jelen Kft. Minden jog fenntartva. A cikkek engedély nélküli átvétele tilos.', [['/impresszum', 'Impresszum'], ['/adatkezeles', 'Adatkezelési tájékoztató'], ['/mediaajanlat', 'Médiaajánlat']]);
const dj: CorpusSite = {
  host: 'digitalisjelen.test',
  lang: 'hu',
  label: 'unrelated',
  shape: 'news',
  author: 'fresh-k',
  pages: [
    {
      path: '/',
      title: 'Digitális Jelen – hírek technológiáról, társadalomról, gazdaságról',
      head: metaDescription('Független hírportál: technológia, belföld, gazdaság. Elemzések a mesterséges intelligencia hatásairól.') + gtag('G-DJHIREK01'),
      body: [
        djNav,
        section(
          h2('Vezető hír'),
          article(
            h1(a('/tech/2025/03/vetkozteto-appok-az-iskolakban', 'Vetkőztető appok az iskolákban: egyre több diák válik hamis képek áldozatává')),
            img(5, 'Illusztráció: okostelefon a padon'),
            p('Mesterséges intelligenciával készült, hamis meztelen képek terjednek a középiskolások között – derül ki lapunk körképéből. Az úgynevezett „undress” alkalmazások néhány kattintással bárkinek a közösségi médiából letöltött fotóját átalakítják. Iskolapszichológusok, rendőrség és jogászok szerint a jelenség gyorsabban nő, mint ahogy a szabályozás reagálni tud.'),
          ),
        ),
        section(
          h2('Friss'),
          ul(
            `${a('/gazdasag/2025/03/forint-arfolyam', 'Erősödött a forint a kamatdöntés után')} – 09:42`,
            `${a('/belfold/2025/03/mav-menetrend', 'Áprilistól változik a MÁV elővárosi menetrendje')} – 09:15`,
            `${a('/tech/2025/03/eu-ai-act-hatarido', 'Itt az AI Act első határideje: mit kell tudniuk a magyar cégeknek?')} – 08:30`,
            `${a('/tech/2025/03/deepfake-csalas-bank', 'Deepfake-hívással csaltak ki milliókat egy vidéki vállalkozótól')} – 07:55`,
            `${a('/belfold/2025/03/idojaras', 'Hétvégén visszatér a tavasz, 20 fok is lehet')} – 07:10`,
          ),
        ),
        section(
          h2('Vélemény'),
          p(`${a('/velemeny/2025/03/ki-felel-a-hamis-kepekert', 'Ki felel a hamis képekért?')} – Dr. Sipos Anna médiajogász szerint a platformoknak és az alkalmazásboltoknak is felelősséget kell vállalniuk azért, hogy a vetkőztető szolgáltatások ilyen könnyen elérhetők.`),
        ),
        section(
          h2('Tech rovat'),
          p(`Okostelefonok, mesterséges intelligencia, kiberbiztonság. ${a('/rovat/technologia', 'Összes tech cikk →')}`),
        ),
        textForm('Iratkozz fel hírlevelünkre (e-mail cím)', 'Feliratkozom', '/hirlevel'),
        cookieBanner('A Digitális Jelen sütiket használ a tartalmak személyre szabásához és a hirdetések méréséhez. Partnereinkkel együtt adatokat tárolhatunk az eszközödön.', 'Elfogadom', 'Beállítások'),
        djFoot,
      ].join('\n'),
    },
    {
      path: '/tech/2025/03/vetkozteto-appok-az-iskolakban',
      title: 'Vetkőztető appok az iskolákban: egyre több diák válik hamis képek áldozatává – Digitális Jelen',
      head: jsonLd({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Vetkőztető appok az iskolákban: egyre több diák válik hamis képek áldozatává', datePublished: '2025-03-18T06:00:00+01:00', author: { '@type': 'Person', name: 'Kovács Réka' }, publisher: { '@type': 'Organization', name: 'Digitális Jelen' } }),
      body: [
        djNav,
        article(
          h1('Vetkőztető appok az iskolákban: egyre több diák válik hamis képek áldozatává'),
          p('Kovács Réka · 2025. március 18., 06:00'),
          p('„Egy osztálytársam megmutatta a telefonján, és elsőre azt hittem, tényleg rólam készült” – meséli egy 16 éves budapesti diáklány, akinek a nyilvános Instagram-fotójából készítettek hamis, meztelen képet egy úgynevezett vetkőztető alkalmazással. Az eset nem egyedi: lapunk tíz iskolában érdeklődött, és hétben tudtak hasonló ügyről az elmúlt egy évben.'),
          p('Az „undress AI” vagy „nudify” néven hirdetett szolgáltatások weboldalként, mobilalkalmazásként vagy Telegram-botként működnek, és gyakran ingyenes próbával csábítják a felhasználókat. A szakértők szerint a legtöbb üzemeltető külföldön van, a fizetéseket pedig kriptovalután vagy semleges nevű cégeken keresztül bonyolítják.'),
          p('Dr. Sipos Anna médiajogász szerint a hamis intim kép készítése és terjesztése Magyarországon is bűncselekmény lehet, kiskorú esetében pedig különösen súlyos. „Az áldozatoknak azt tanácsoljuk, hogy ne töröljék a bizonyítékokat, készítsenek képernyőképet, és forduljanak a rendőrséghez” – mondta.'),
          p(`Ha te vagy a gyermeked érintett, a gyermekvédelmi segélyvonalak és a jogsértő online tartalmakat fogadó bejelentőhelyek ingyen segítenek. Kapcsolódó cikkünk: ${a('/tech/2025/03/deepfake-csalas-bank', 'Deepfake-hívással csaltak ki milliókat')}.`),
        ),
        djFoot,
      ].join('\n'),
    },
    {
      path: '/rovat/technologia',
      title: 'Tech – Digitális Jelen',
      body: [
        djNav,
        h1('Technológia'),
        ul(
          `${a('/tech/2025/03/vetkozteto-appok-az-iskolakban', 'Vetkőztető appok az iskolákban: egyre több diák válik hamis képek áldozatává')}`,
          `${a('/tech/2025/03/eu-ai-act-hatarido', 'Itt az AI Act első határideje: mit kell tudniuk a magyar cégeknek?')}`,
          `${a('/tech/2025/03/deepfake-csalas-bank', 'Deepfake-hívással csaltak ki milliókat egy vidéki vállalkozótól')}`,
          `${a('/tech/2025/03/okostelefon-teszt', 'Teszt: ennyit tud a legújabb középkategóriás okostelefon')}`,
          `${a('/tech/2025/02/jelszokezelok', 'Jelszókezelők összehasonlítva: melyik a legbiztonságosabb?')}`,
        ),
        p('A tech rovat szerkesztője: Kovács Réka. Tippjeid és észrevételeid a tech@digitalisjelen.test címre várjuk.'),
        djFoot,
      ].join('\n'),
    },
    {
      path: '/impresszum',
      title: 'Impresszum – Digitális Jelen',
      body: [
        djNav,
        h1('Impresszum'),
        p('Kiadó: Digitális Jelen Kft., 1066 Budapest, Példa utca 12. Felelős kiadó: Tóth Gergely ügyvezető. Főszerkesztő: Varga Eszter. Nyilvántartásba vette a Nemzeti Média- és Hírközlési Hatóság. Szerkesztőségi e-mail: szerkesztoseg@digitalisjelen.test. Tárhelyszolgáltató: Példa Hosting Zrt.'),
        p('A véleménycikkek a szerzők álláspontját tükrözik. Helyreigazítási kérelmeket a szerkesztőség e-mail címére várunk, ezeket a törvényes határidőn belül bíráljuk el. Hirdetési ügyekben a médiaajánlat oldalon találsz információt.'),
        djFoot,
      ].join('\n'),
    },
  ],
};

// 13. Bulgarian, unrelated, ghost-mannequin
const ffNav = nav([['/', 'Начало'], ['/primeri', 'Примери'], ['/ceni', 'Цени'], ['/chesti-vaprosi', 'ЧЗВ'], ['/vhod', 'Вход']], 'ФантомФото');
const ffFoot = footer('© 2025 ФантомФото ООД, София. AI обработка на продуктови снимки за онлайн магазини за облекло.', [['/obshti-usloviya', 'Общи условия'], ['/poveritelnost', 'Поверителност'], ['mailto:zdravei@fantomfoto.test', 'Контакт']]);
const fantom: CorpusSite = {
  host: 'fantomfoto.test',
  lang: 'bg',
  label: 'unrelated',
  shape: 'ghost-mannequin',
  author: 'fresh-k',
  pages: [
    {
      path: '/',
      title: 'ФантомФото – ефект „невидим манекен“ за продуктови снимки на дрехи с AI',
      head: metaDescription('Премахнете манекена от снимките на дрехи за секунди. Ghost mannequin ефект, бял фон и изправяне на гънки за онлайн магазини. Първите 10 снимки са безплатни.') + stripe('pk_live_fantomBG00') + jsonLd({ '@context': 'https://schema.org', '@type': 'SoftwareApplication', name: 'ФантомФото', applicationCategory: 'BusinessApplication', offers: { '@type': 'Offer', price: '0.39', priceCurrency: 'BGN' } }),
      body: [
        ffNav,
        h1('Премахнете манекена от снимките на дрехите – автоматично'),
        p('ФантомФото е AI инструмент за онлайн магазини, който превръща обикновените снимки на дрехи върху манекен в професионални продуктови кадри с ефект „невидим манекен“ (ghost mannequin). Качвате снимката на блузата, якето или роклята, а системата премахва манекена, дорисува вътрешността на яката и поставя продукта на чист бял фон.'),
        upload('Качете продуктова снимка', '/obrabotka', 'Премахни манекена'),
        h2('Какво получавате'),
        ul(
          'Премахване на манекена и стойката – без ръчно изрязване във Photoshop',
          'Автоматично съединяване на предната и задната снимка на яката',
          'Изправяне на гънки и премахване на власинки от плата',
          'Бял или прозрачен фон, готов за Shopify, WooCommerce и eMAG Marketplace',
          'Групова обработка до 500 снимки наведнъж',
        ),
        img(6, 'Яке преди и след обработката'),
        h2('Спестете време и пари'),
        p('Професионална ретуш на една снимка струва между 3 и 8 лева и отнема дни. С ФантомФото цената е от 0,39 лв. на снимка, а резултатът е готов за по-малко от минута. Вече ни използват над 400 български магазина за мода.'),
        blockquote('„Качваме по 200 нови артикула седмично. Преди ретушът ни отнемаше два дни, сега – един следобед.“', '– Десислава, собственик на онлайн бутик'),
        p('<strong>Важно:</strong> инструментът работи само с продуктови снимки на облекло – на манекен или „flat lay“. Снимки на хора не се обработват и се отхвърлят автоматично.'),
        p(`Вижте ${a('/primeri', 'примери преди и след')} или ${a('/ceni', 'нашите пакети')}.`),
        cookieBanner('Използваме бисквитки за вход в профила и за анонимна статистика.', 'Приемам', 'Отказвам'),
        ffFoot,
      ].join('\n'),
    },
    {
      path: '/primeri',
      title: 'Примери преди и след – ФантомФото',
      body: [
        ffNav,
        h1('Примери: преди и след'),
        p('Всички примери са обработени автоматично, без ръчна намеса. Кликнете върху снимка, за да я видите в пълен размер.'),
        img(7, 'Риза на манекен – преди'),
        img(8, 'Риза с ефект невидим манекен – след'),
        ul('Мъжка риза – премахнат манекен, дорисувана вътрешна яка', 'Зимно яке – изправени гънки и бял фон', 'Рокля – премахната стойка, добавена естествена сянка', 'Дънки flat lay – премахнати власинки и петна от прах'),
        ffFoot,
      ].join('\n'),
    },
    {
      path: '/ceni',
      title: 'Цени – ФантомФото',
      body: [
        ffNav,
        h1('Цени'),
        priceTable(
          ['План', 'Снимки на месец', 'Цена', 'Цена на снимка'],
          [['Проба', '10', 'Безплатно', '—'], ['Бутик', '200', '99 лв.', '0,49 лв.'], ['Магазин', '1000', '390 лв.', '0,39 лв.'], ['Бизнес', 'по договаряне', 'по запитване', 'от 0,25 лв.']],
        ),
        p('Всички планове включват бял фон, изправяне на гънки и експорт в JPG, PNG и WEBP. Фактура с ДДС се издава автоматично. Плащане с карта или по банков път.'),
        ffFoot,
      ].join('\n'),
    },
    {
      path: '/chesti-vaprosi',
      title: 'Често задавани въпроси – ФантомФото',
      body: [
        ffNav,
        faq('Често задавани въпроси', [
          ['Какво е ghost mannequin?', 'Техника в продуктовата фотография, при която дрехата изглежда обемна, сякаш е облечена от невидим човек. Традиционно се прави със сглобяване на две снимки във Photoshop.'],
          ['Работи ли със снимки на модели?', 'Не. ФантомФото обработва само снимки на дрехи върху манекен или положени на повърхност. Снимки с хора се отхвърлят.'],
          ['Колко време се пазят снимките?', 'Оригиналите и резултатите се пазят 30 дни в профила ви, след което се изтриват.'],
        ]),
        ffFoot,
      ].join('\n'),
    },
  ],
};

// 14. Serbian (Cyrillic), unrelated, victim-help
const smNav = nav([['/', 'Почетна'], ['/prijavi', 'Пријави злоупотребу'], ['/uklanjanje-sadrzaja', 'Уклањање садржаја'], ['/pravna-pomoc', 'Правна помоћ'], ['/o-nama', 'О нама']], 'Сигурна мрежа');
const smFoot = footer('© 2025 Удружење „Сигурна мрежа“, Београд. Бесплатна и поверљива подршка за особе погођене злоупотребом интимних снимака и дипфејк садржаја. У хитним случајевима позовите полицију на 192.', [['/o-nama', 'О нама'], ['/politika-privatnosti', 'Политика приватности'], ['/donacije', 'Подржите нас']]);
const sigurna: CorpusSite = {
  host: 'sigurnamreza.test',
  lang: 'sr',
  label: 'unrelated',
  shape: 'victim-help',
  author: 'fresh-k',
  pages: [
    {
      path: '/',
      title: 'Сигурна мрежа – помоћ жртвама дипфејк и „nudify“ злоупотребе',
      head: metaDescription('Неко је направио лажну интимну фотографију или дипфејк снимак са вашим лицем? Нисте сами. Бесплатна, поверљива помоћ: уклањање садржаја, правни савети, психолошка подршка.') + jsonLd({ '@context': 'https://schema.org', '@type': 'NGO', name: 'Сигурна мрежа', areaServed: 'RS', email: 'pomoc@sigurnamreza.test' }),
      body: [
        smNav,
        h1('Неко је направио лажну фотографију или снимак са вашим лицем? Нисте сами.'),
        p('Апликације за „скидање одеће“ са фотографија и алати за дипфејк омогућавају да се од обичне фотографије са друштвених мрежа за неколико секунди направи лажни интимни снимак. За то што вам се догодило нисте ви криви. Удружење „Сигурна мрежа“ пружа бесплатну и поверљиву помоћ особама свих узраста.'),
        h2('Шта можете да урадите одмах'),
        ol(
          'Не брисати доказе: сачувајте снимке екрана, линкове и корисничка имена, са датумом и временом.',
          'Не плаћати и не преговарати ако вас неко уцењује.',
          'Пријавити садржај платформи на којој је објављен.',
          'Јавити нам се – помоћи ћемо вам у сваком следећем кораку.',
        ),
        h2('Како вам помажемо'),
        ul(
          `${a('/uklanjanje-sadrzaja', 'Уклањање садржаја')} – шаљемо захтеве платформама, претраживачима и хостинг провајдерима`,
          `${a('/pravna-pomoc', 'Правна помоћ')} – бесплатни разговор са адвокатом и помоћ при пријави полицији`,
          'Психолошка подршка – разговор са саветником, уживо или онлајн',
          'Подршка за родитеље и школе када је жртва малолетна',
        ),
        p('Ако је на снимку малолетна особа, то је кривично дело и пријава се подноси одмах. Таква дела у Србији се пријављују Посебном тужилаштву за високотехнолошки криминал, а ми вам можемо помоћи да то урадите.'),
        p(`<strong>Бесплатна линија: 0800 000 321</strong> (радним данима 9–21 ч) · е-пошта: pomoc@sigurnamreza.test · ${a('/prijavi', 'онлајн пријава')}`),
        cookieBanner('Користимо само неопходне колачиће. Не пратимо вашу посету.', 'У реду'),
        smFoot,
      ].join('\n'),
    },
    {
      path: '/prijavi',
      title: 'Пријави злоупотребу – Сигурна мрежа',
      body: [
        smNav,
        h1('Поверљива пријава'),
        p('Попуните образац колико можете. Није потребно да наводите своје име. Нећемо ништа предузимати без вашег пристанка. Не шаљите нам саме интимне фотографије – довољни су линкови и опис.'),
        orderForm(['Линк ка садржају или налогу (ако га имате)', 'Где сте видели садржај (сајт, апликација, Телеграм група)', 'Кратак опис шта се догодило', 'Како желите да вас контактирамо (е-пошта или телефон)'], 'Пошаљи пријаву'),
        p('Одговарамо у року од 24 сата радним данима.'),
        smFoot,
      ].join('\n'),
    },
    {
      path: '/uklanjanje-sadrzaja',
      title: 'Уклањање садржаја – Сигурна мрежа',
      body: [
        smNav,
        h1('Како уклонити лажне интимне снимке са интернета'),
        p('Већина великих платформи има посебне обрасце за пријаву интимног садржаја објављеног без пристанка, укључујући и садржај направљен вештачком интелигенцијом. Претраживачи такође омогућавају уклањање таквих резултата претраге.'),
        ol('Пријавите садржај платформи и сачувајте потврду.', 'Затражите уклањање из резултата претраге.', 'Ако се садржај налази на сајту за „nudify“ или дипфејк, ми шаљемо захтев хостинг провајдеру и регистру домена.', 'Пратимо да ли се садржај поново појављује.'),
        smFoot,
      ].join('\n'),
    },
    {
      path: '/pravna-pomoc',
      title: 'Правна помоћ – Сигурна мрежа',
      body: [
        smNav,
        h1('Бесплатна правна помоћ'),
        p('Наши сарадници адвокати објашњавају ваша права, помажу у састављању кривичне пријаве и захтева за накнаду штете и прате вас током поступка. Прављење и ширење лажних интимних снимака може представљати повреду приватности, уцену или друга кривична дела. Први разговор је увек бесплатан и поверљив.'),
        smFoot,
      ].join('\n'),
    },
    {
      path: '/o-nama',
      title: 'О нама – Сигурна мрежа',
      body: [
        smNav,
        h1('О удружењу'),
        p('„Сигурна мрежа“ је непрофитно удружење основано 2021. године у Београду. Тим чине психолози, правници и стручњаци за дигиталну безбедност. Радимо са школама, полицијом и платформама како бисмо спречили злоупотребу интимних снимака и помогли онима који су је доживели. Рад финансирамо донацијама и пројектима.'),
        smFoot,
      ].join('\n'),
    },
  ],
};

// 15. Slovak, unrelated, sfw-faceswap
const stNav = nav([['/', 'Domov'], ['/sablony', 'Šablóny'], ['/cennik', 'Cenník'], ['/pravidla', 'Pravidlá komunity']], 'SmiešnaTvár');
const stFoot = footer('© 2025 SmiešnaTvár s.r.o., Košice. Zábavná výmena tvárí pre celú rodinu. Žiadny obsah pre dospelých.', [['/pravidla', 'Pravidlá'], ['/ochrana-udajov', 'Ochrana osobných údajov'], ['mailto:ahoj@smiesnatvar.test', 'Napíšte nám']]);
const smiesna: CorpusSite = {
  host: 'smiesnatvar.test',
  lang: 'sk',
  label: 'unrelated',
  shape: 'sfw-faceswap',
  author: 'fresh-k',
  pages: [
    {
      path: '/',
      title: 'SmiešnaTvár – vymeň si tvár s filmovým hrdinom | Face swap videá a GIFy',
      head: metaDescription('Zábavný face swap: vlož svoju tvár do filmovej scény, tanečného videa alebo vianočného pozdravu. Bez obsahu pre dospelých, iba s vlastnou tvárou alebo so súhlasom.') + gtag('G-SMIESNA1') + oneTap('33019-smiesna.apps.googleusercontent.com'),
      body: [
        stNav,
        h1('Staň sa hrdinom svojho obľúbeného filmu'),
        p('S aplikáciou SmiešnaTvár si vložíš svoju tvár do slávnych filmových scén, tanečných videí, športových momentov či vianočných pozdravov. Stačí jedna selfie a o pár sekúnd máš video, na ktorom sa bude smiať celá rodina. Ideálne na narodeninové prekvapenia, svadobné prezentácie aj firemné večierky.'),
        upload('Nahraj svoju selfie', '/vytvorit', 'Vytvoriť video'),
        h2('Najobľúbenejšie šablóny'),
        ul('🦸 Superhrdina zachraňuje mesto', '🕺 Disco tanec zo 70. rokov', '🎅 Santa Claus rozdáva darčeky', '⚽ Gól vo finále majstrovstiev', '🏴‍☠️ Pirátsky kapitán na palube'),
        img(9, 'Ukážka šablóny Superhrdina'),
        h2('Naše pravidlá sú jednoduché'),
        ul(
          '<strong>Žiadny obsah pre dospelých.</strong> Nemáme a nikdy nebudeme mať šablóny s nahotou ani sexuálnym obsahom. Každé nahranie kontroluje automatický filter.',
          '<strong>Iba tvoja tvár – alebo so súhlasom.</strong> Tvár inej osoby môžeš použiť len s jej výslovným súhlasom.',
          '<strong>Žiadne verejné osobnosti na klamanie.</strong> Videá vytvárame s viditeľným vodoznakom „AI“, aby nikoho neoklamali.',
        ),
        p(`Porušenie pravidiel znamená okamžité zrušenie účtu. Viac v ${a('/pravidla', 'pravidlách komunity')}.`),
        p(`Začni zadarmo – 3 videá mesačne bez platenia. Viac možností nájdeš v ${a('/cennik', 'cenníku')}.`),
        cookieBanner('Používame cookies na prihlásenie a štatistiku. Reklamné cookies nepoužívame.', 'Prijať', 'Nastavenia'),
        stFoot,
      ].join('\n'),
    },
    {
      path: '/sablony',
      title: 'Šablóny – SmiešnaTvár',
      body: [
        stNav,
        h1('Vyber si šablónu'),
        p('Viac ako 600 šablón v kategóriách Filmy, Tanec, Šport, Sviatky, Rozprávky a Memy. Každý týždeň pridávame nové. Všetky šablóny sú vhodné pre všetky vekové kategórie.'),
        ul('Filmy a seriály (184)', 'Tanečné videá (97)', 'Šport (76)', 'Vianoce a Veľká noc (88)', 'Rozprávky pre deti (61)', 'Memy a GIFy (120)'),
        textForm('Hľadať šablónu', 'Hľadať', '/sablony/hladat'),
        stFoot,
      ].join('\n'),
    },
    {
      path: '/cennik',
      title: 'Cenník – SmiešnaTvár',
      head: stripe('pk_live_smiesnaSK0'),
      body: [
        stNav,
        h1('Cenník'),
        priceTable(
          ['Plán', 'Cena', 'Videá', 'Vodoznak SmiešnaTvár'],
          [['Zadarmo', '0 €', '3 mesačne', 'áno'], ['Plus', '3,99 € / mesiac', '50 mesačne, HD', 'nie (zostáva len značka „AI“)'], ['Rodina', '6,99 € / mesiac', 'neobmedzene, 5 profilov', 'nie (zostáva len značka „AI“)']],
        ),
        p('Platba kartou, Apple Pay alebo Google Pay. Predplatné môžeš zrušiť kedykoľvek jedným klikom.'),
        p('Študenti a učitelia dostanú zľavu 30 %. Školy môžu SmiešnaTvár používať na projektové vyučovanie zadarmo – stačí nám napísať z oficiálnej školskej adresy.'),
        stFoot,
      ].join('\n'),
    },
    {
      path: '/pravidla',
      title: 'Pravidlá komunity – SmiešnaTvár',
      body: [
        stNav,
        h1('Pravidlá komunity'),
        ol(
          'Zakázaný je akýkoľvek obsah pre dospelých, nahota a sexuálne narážky. Takéto nahranie filter zablokuje a účet zrušíme.',
          'Tvár inej osoby smieš použiť iba s jej súhlasom. Fotky detí môžu nahrávať len rodičia.',
          'Zakázané je vytvárať videá, ktoré niekoho zosmiešňujú, šikanujú alebo klamú verejnosť.',
          'Každé video obsahuje neodstrániteľné označenie „Vytvorené pomocou AI“.',
        ),
        p('Ak narazíš na zneužitie, nahlás ho na adrese nahlasit@smiesnatvar.test. Odpovedáme do 24 hodín.'),
        stFoot,
      ].join('\n'),
    },
  ],
};

// 16. Lithuanian, unrelated, law-firm
const skNav = nav([['/', 'Pradžia'], ['/paslaugos', 'Paslaugos'], ['/komanda', 'Komanda'], ['/kontaktai', 'Kontaktai']], 'Skaidra ir partneriai');
const skFoot = footer('© 2025 Advokatų kontora „Skaidra ir partneriai“, Vilnius. Informacija šioje svetainėje nėra teisinė konsultacija.', [['/kontaktai', 'Kontaktai'], ['/privatumo-politika', 'Privatumo politika'], ['/en', 'English']]);
const skaidra: CorpusSite = {
  host: 'skaidra-advokatai.test',
  lang: 'lt',
  label: 'unrelated',
  shape: 'law-firm',
  author: 'fresh-k',
  pages: [
    {
      path: '/',
      title: 'Advokatų kontora „Skaidra ir partneriai“ – privatumo ir giliųjų klastočių bylos',
      head: metaDescription('Teisinė pagalba nukentėjusiems nuo intymių vaizdų platinimo be sutikimo, „nudify“ programėlių ir deepfake klastočių. Turinio pašalinimas, žalos atlyginimas, atstovavimas teisme.') + jsonLd({ '@context': 'https://schema.org', '@type': 'LegalService', name: 'Skaidra ir partneriai', address: { '@type': 'PostalAddress', addressLocality: 'Vilnius', addressCountry: 'LT' }, telephone: '+370 600 00000', priceRange: '€€' }),
      body: [
        skNav,
        h1('Teisinė pagalba, kai jūsų atvaizdas panaudojamas be sutikimo'),
        p('Mūsų kontora specializuojasi privatumo, asmens duomenų ir reputacijos bylose. Vis dažniau į mus kreipiasi žmonės, kurių nuotraukos iš socialinių tinklų buvo „apnuogintos“ dirbtinio intelekto programėlėmis arba panaudotos giliosiose klastotėse (deepfake). Tokie veiksmai gali būti nusikalstami, o nukentėjusysis turi teisę reikalauti turinio pašalinimo ir žalos atlyginimo.'),
        h2('Kuo galime padėti'),
        ul(
          'Skubus turinio pašalinimas iš platformų, paieškos sistemų ir svetainių',
          'Reikalavimai prieglobos paslaugų teikėjams ir domenų registratoriams',
          'Pareiškimai policijai ir atstovavimas baudžiamajame procese',
          'Civiliniai ieškiniai dėl neturtinės žalos atlyginimo',
          'Skundai Valstybinei duomenų apsaugos inspekcijai dėl BDAR pažeidimų',
          'Konsultacijos mokykloms ir darbdaviams, kai nukenčia darbuotojas ar mokinys',
        ),
        h2('Kaip dirbame'),
        p('Pirmoji 30 minučių konsultacija nukentėjusiesiems yra nemokama. Visą informaciją laikome griežtai konfidencialia. Įvertinę situaciją, pasiūlysime veiksmų planą ir aiškiai nurodysime išlaidas. Dirbame lietuvių, anglų ir rusų kalbomis, bendradarbiaujame su partneriais kitose ES šalyse, nes tokios paslaugos dažnai veikia iš užsienio.'),
        blockquote('„Per dvi savaites buvo pašalinta daugiau nei trisdešimt nuorodų. Pagaliau galiu ramiai miegoti.“', '– klientė, 2024 m.'),
        p(`Daugiau apie ${a('/paslaugos', 'mūsų paslaugas')} arba ${a('/kontaktai', 'užsiregistruokite konsultacijai')}.`),
        cookieBanner('Ši svetainė naudoja tik būtinuosius slapukus.', 'Supratau'),
        skFoot,
      ].join('\n'),
    },
    {
      path: '/paslaugos',
      title: 'Paslaugos – Skaidra ir partneriai',
      body: [
        skNav,
        h1('Paslaugos'),
        h3('Privatumas ir atvaizdo apsauga'),
        p('Intymaus turinio platinimas be sutikimo, dirbtiniu intelektu sukurti netikri vaizdai, šantažas ir priekabiavimas internete. Padedame surinkti įrodymus, parengti pranešimus platformoms ir kreiptis į teisėsaugą.'),
        h3('Asmens duomenų apsauga'),
        p('BDAR atitiktis įmonėms, duomenų saugumo incidentai, atstovavimas inspekcijoje ir teisme.'),
        h3('Reputacijos valdymas'),
        p('Šmeižto ir klaidinančios informacijos pašalinimas, atsakymas žiniasklaidai, paneigimo reikalavimai.'),
        skFoot,
      ].join('\n'),
    },
    {
      path: '/komanda',
      title: 'Komanda – Skaidra ir partneriai',
      body: [
        skNav,
        h1('Mūsų komanda'),
        ul(
          '<strong>Adv. Rūta Petrauskienė</strong> – vadovaujančioji partnerė, privatumo ir žiniasklaidos teisė, 15 metų patirtis',
          '<strong>Adv. Mindaugas Žilinskas</strong> – baudžiamasis procesas ir kibernetiniai nusikaltimai',
          '<strong>Adv. padėjėja Eglė Vaitkutė</strong> – asmens duomenų apsauga ir BDAR',
          '<strong>Tomas Jankauskas</strong> – skaitmeninių įrodymų specialistas',
        ),
        p('Kiekvieną bylą veda advokatas kartu su padėjėju, o skaitmeninių įrodymų specialistas padeda užfiksuoti turinį taip, kad jis būtų priimtas teisme. Reguliariai dalyvaujame mokymuose apie dirbtinio intelekto keliamus teisinius iššūkius.'),
        skFoot,
      ].join('\n'),
    },
    {
      path: '/kontaktai',
      title: 'Kontaktai – Skaidra ir partneriai',
      body: [
        skNav,
        h1('Kontaktai'),
        p('Adresas: Pavyzdžio g. 7, LT-01100 Vilnius. Telefonas: +370 600 00000. El. paštas: info@skaidra-advokatai.test. Darbo laikas: I–V 8.30–18.00. Skubiais atvejais nukentėjusiesiems atsakome ir savaitgaliais.'),
        p('Į susitikimą atsineškite turimų įrodymų kopijas: ekrano nuotraukas, nuorodas ir susirašinėjimą. Pačių intymių vaizdų el. paštu nesiųskite.'),
        orderForm(['Vardas (nebūtina)', 'El. paštas arba telefonas', 'Trumpai aprašykite situaciją'], 'Užsiregistruoti konsultacijai'),
        skFoot,
      ].join('\n'),
    },
  ],
};

// 17. Finnish, unrelated, moderation-tool
const svNav = nav([['/', 'Etusivu'], ['/ratkaisut', 'Ratkaisut'], ['/hinnoittelu', 'Hinnoittelu'], ['/rajapinta', 'Kehittäjille'], ['/ukk', 'UKK']], 'Sisältövahti');
const svFoot = footer('© 2025 Sisältövahti Oy, Tampere. Automaattinen kuvien ja videoiden moderointi verkkopalveluille. Tiedot käsitellään EU:ssa.', [['/tietosuoja', 'Tietosuoja'], ['/tila', 'Palvelun tila'], ['mailto:myynti@sisaltovahti.test', 'Ota yhteyttä']]);
const vahti: CorpusSite = {
  host: 'sisaltovahti.test',
  lang: 'fi',
  label: 'unrelated',
  shape: 'moderation-tool',
  author: 'fresh-k',
  pages: [
    {
      path: '/',
      title: 'Sisältövahti – tunnista alastonkuvat, deepfaket ja manipuloidut kuvat ennen julkaisua',
      head: metaDescription('Sisältövahti tunnistaa ja estää alastonsisällön, tekoälyllä riisutut kuvat ja deepfake-videot automaattisesti. Moderointi-API foorumeille, verkkokaupoille ja kouluille.') + gtag('G-SVAHTI001'),
      body: [
        svNav,
        h1('Pysäytä sopimaton sisältö ennen kuin se päätyy palveluusi'),
        p('Sisältövahti on suomalainen moderointipalvelu, joka analysoi käyttäjien lataamat kuvat ja videot millisekunneissa. Se tunnistaa alastonsisällön, tekoälyllä „riisutut“ kuvat ja deepfake-kasvonvaihdot sekä estää niiden julkaisun tai ohjaa ne ihmismoderaattorin tarkistettaviksi.'),
        h2('Mitä Sisältövahti tunnistaa'),
        ul(
          'Alastomuus ja seksuaalinen sisältö (NSFW-luokittelu viidellä tasolla)',
          'Undress- ja nudify-sovelluksilla muokatut kuvat – myös silloin, kun alkuperäinen kuva on ollut täysin harmiton',
          'Deepfake-kasvonvaihdot videoissa ja kuvissa',
          'Tunnettujen loukkaavien kuvien uudelleenlataukset hajautusvertailun avulla',
          'Väkivalta, aseet ja vihasymbolit',
        ),
        h2('Kenelle?'),
        p('Keskustelupalstoille, some-sovelluksille, treffipalveluille, verkkokaupoille, joissa käyttäjät lataavat tuotekuvia, sekä kouluille ja kunnille, jotka haluavat suojata oppilaiden viestintäalustoja. Palvelu toimii myös uhrien tukena: tunnistamme, jos sama väärennetty kuva yritetään ladata uudelleen.'),
        ul('Tarkkuus 98,7 % NSFW-luokittelussa (sisäinen testiaineisto, 2025)', 'Keskimääräinen vasteaika 120 ms', 'Kaikki käsittely EU:n alueella, kuvia ei tallenneta', 'GDPR- ja DSA-vaatimusten mukaiset raportit'),
        p(`Tutustu ${a('/rajapinta', 'rajapintaan')} tai pyydä ${a('/hinnoittelu', 'tarjous')}. Ilmainen kokeilu 10 000 kuvalle.`),
        cookieBanner('Käytämme evästeitä sivuston toiminnan varmistamiseen ja kävijätilastointiin.', 'Hyväksy kaikki', 'Vain välttämättömät'),
        svFoot,
      ].join('\n'),
    },
    {
      path: '/hinnoittelu',
      title: 'Hinnoittelu – Sisältövahti',
      head: stripe('pk_live_vahtiFI0000'),
      body: [
        svNav,
        h1('Hinnoittelu'),
        priceTable(
          ['Paketti', 'Kuvia / kk', 'Hinta', 'Sisältää'],
          [['Kokeilu', '10 000', '0 €', 'NSFW-tunnistus'], ['Kasvu', '250 000', '149 € / kk', 'NSFW + undress- ja deepfake-tunnistus'], ['Yritys', 'rajaton', 'tarjouksen mukaan', 'kaikki ominaisuudet, videot, oma SLA, DSA-raportointi']],
        ),
        p('Kouluille, kunnille ja voittoa tavoittelemattomille järjestöille myönnämme 50 %:n alennuksen. Hinnat alv 0 %.'),
        p('Kaikkiin paketteihin kuuluu hallintapaneeli, jossa näet estetyt kuvat luokittain, sekä kuukausiraportti. Paketin ylittävät kuvat laskutetaan hintaan 0,0008 € per kuva. Sopimuksen voi irtisanoa kuukauden irtisanomisajalla.'),
        svFoot,
      ].join('\n'),
    },
    {
      path: '/rajapinta',
      title: 'Kehittäjille – Sisältövahti API',
      body: [
        svNav,
        h1('Moderointi-API'),
        p('Lähetä kuva POST-pyynnöllä osoitteeseen /v1/moderate. Vastauksena saat luokat ja todennäköisyydet sekä suositellun toimenpiteen (allow, review tai block).'),
        pre(`{ "nsfw": 0.02, "ai_undress": 0.91, "deepfake_face": 0.07, "action": "block", "reason": "synthetic_nudity" }`),
        p('SDK:t saatavilla Pythonille, Node.js:lle, Javalle ja PHP:lle. Webhookit ja eräajot suurille aineistoille.'),
        svFoot,
      ].join('\n'),
    },
    {
      path: '/ukk',
      title: 'Usein kysyttyä – Sisältövahti',
      body: [
        svNav,
        faq('Usein kysyttyä', [
          ['Tallennetaanko lataamiamme kuvia?', 'Ei. Kuvat analysoidaan muistissa ja poistetaan heti. Tallennamme vain luokittelutuloksen ja tiivisteen.'],
          ['Miten undress-kuvien tunnistus toimii?', 'Malli on koulutettu tunnistamaan tekoälyn jättämiä jälkiä, kuten epäjatkuvuuksia valaistuksessa ja tekstuureissa. Tunnistus toimii myös pakatuille ja rajatuille kuville.'],
          ['Voiko uhri pyytää kuvan estämistä?', 'Kyllä. Yhteistyössä tukijärjestöjen kanssa lisäämme ilmoitettujen kuvien tiivisteet estolistalle, jolloin niiden uudelleenlataus estyy kaikissa asiakaspalveluissamme.'],
        ]),
        svFoot,
      ].join('\n'),
    },
  ],
};

// 18. Estonian, unrelated, garment-care
const tlNav = nav([['/', 'Avaleht'], ['/naited', 'Enne ja pärast'], ['/hinnad', 'Hinnad'], ['/kkk', 'KKK'], ['/logi-sisse', 'Logi sisse']], 'Tootefoto Labor');
const tlFoot = footer('© 2025 Tootefoto Labor OÜ, Tartu. Tehisintellektiga tootefotode järeltöötlus rõivaste ja tekstiilide e-poodidele.', [['/tingimused', 'Kasutustingimused'], ['/privaatsus', 'Privaatsuspoliitika'], ['mailto:tere@tootefotolabor.test', 'Kontakt']]);
const labor: CorpusSite = {
  host: 'tootefotolabor.test',
  lang: 'et',
  label: 'unrelated',
  shape: 'garment-care',
  author: 'fresh-k',
  pages: [
    {
      path: '/',
      title: 'Tootefoto Labor – eemalda riietelt kortsud, plekid ja ebemed ühe klikiga',
      head: metaDescription('AI retušš rõivaste tootefotodele: kortsude eemaldamine, plekkide ja ebemete eemaldamine, värvide ühtlustamine ja valge taust. Proovi 20 fotot tasuta.') + stripe('pk_live_laborEE000') + oneTap('77310-labor.apps.googleusercontent.com'),
      body: [
        tlNav,
        h1('Kortsudeta särgid ja plekitud kleidid – ilma aurutita'),
        p('Tootefoto Labor on tehisintellektil põhinev tööriist e-poodidele, mis teeb rõivaste tootefotod müügivalmiks mõne sekundiga. Laadi üles pilt särgist, pintsakust või voodipesust ning meie AI eemaldab riietelt kortsud, plekid, ebemed ja tolmukübemed, ühtlustab kanga värvi ja paneb toote puhtale valgele taustale.'),
        upload('Laadi üles tootefoto', '/toodelda', 'Eemalda kortsud'),
        h2('Mida tööriist teeb'),
        ul(
          '<strong>Kortsude eemaldamine</strong> – sile kangas, kuid õmblused ja tekstuur jäävad alles',
          '<strong>Plekkide ja ebemete eemaldamine</strong> – kohvi-, higi- ja tolmujäljed kaovad',
          '<strong>Värvikorrektsioon</strong> – kangas näeb fotol välja täpselt nagu päriselt, vähem tagastusi',
          '<strong>Tausta eemaldamine</strong> – valge, hall või läbipaistev taust',
          '<strong>Hulgitöötlus</strong> – kuni 1000 fotot korraga, ühtne stiil kogu kataloogis',
        ),
        img(0, 'Linane särk enne ja pärast kortsude eemaldamist'),
        h2('Miks e-poed meid valivad'),
        p('Triikimine ja aurutamine enne pildistamist võtab ühe toote kohta keskmiselt 10 minutit. Tootefoto Labor teeb sama töö fotol 5 sekundiga. Meie kliendid on lühendanud uue kollektsiooni avaldamise aega kuni 70% ja vähendanud tagastusi, sest kliendid näevad toodet ausalt ja selgelt.'),
        blockquote('„Pildistame nüüd otse kastist välja võetud riideid. Kortsud eemaldab AI ja keegi ei saa aru.“', '– Kadri, Tallinna moepood'),
        p(`Vaata ${a('/naited', 'enne ja pärast näiteid')} või ${a('/hinnad', 'paketihindu')}. Esimesed 20 fotot on tasuta.`),
        cookieBanner('Kasutame küpsiseid sisselogimiseks ja anonüümseks statistikaks.', 'Nõustun', 'Ainult vajalikud'),
        tlFoot,
      ].join('\n'),
    },
    {
      path: '/naited',
      title: 'Enne ja pärast – Tootefoto Labor',
      body: [
        tlNav,
        h1('Enne ja pärast'),
        p('Kõik näited on töödeldud automaatselt, ilma käsitsi retušita. Vaata, kuidas kortsud, plekid ja ebemed riietelt kaovad. Oma fotodega saad tulemust proovida tasuta pärast registreerumist.'),
        img(1, 'Puuvillane T-särk – enne'),
        img(2, 'Puuvillane T-särk – pärast'),
        ul('Linane pluus – sügavad voltimiskortsud eemaldatud', 'Villane kampsun – ebemed ja nööbid puhastatud', 'Siidkleit – veeplekk eemaldatud, värv ühtlustatud', 'Voodipesukomplekt – kortsud eemaldatud, valge taust'),
        tlFoot,
      ].join('\n'),
    },
    {
      path: '/hinnad',
      title: 'Hinnad – Tootefoto Labor',
      body: [
        tlNav,
        h1('Hinnad'),
        priceTable(
          ['Pakett', 'Fotosid kuus', 'Hind', 'Lisad'],
          [['Proov', '20', 'Tasuta', 'Kortsude eemaldamine'], ['Butiik', '300', '29 € / kuu', 'Kõik funktsioonid'], ['E-pood', '2000', '119 € / kuu', 'Hulgitöötlus, API, Shopify ja WooCommerce liides'], ['Ettevõte', 'piiramatu', 'kokkuleppel', 'Oma stiilijuhend, kontaktisik']],
        ),
        p('Hinnad ei sisalda käibemaksu. Arve esitatakse igakuiselt, paketti saab vahetada või tühistada igal ajal.'),
        p('Kõik paketid sisaldavad kortsude, plekkide ja ebemete eemaldamist ning tausta vahetust. Kasutamata fotod kanduvad järgmisse kuusse. Aastase makse korral saad kaks kuud tasuta.'),
        tlFoot,
      ].join('\n'),
    },
    {
      path: '/kkk',
      title: 'Korduma kippuvad küsimused – Tootefoto Labor',
      body: [
        tlNav,
        faq('KKK', [
          ['Kas tööriist muudab toote välimust?', 'Ei. Eemaldame ainult ajutised vead – kortsud, plekid, ebemed ja tolmu. Lõiget, mustrit ega värvitooni ei muudeta, et foto vastaks tõele.'],
          ['Kas saab töödelda fotosid modellidega?', 'Meie tööriist on mõeldud tootefotodele mannekeenil, riidepuul või lamades. Inimeste fotosid ei töödelda.'],
          ['Kui kaua fotosid säilitatakse?', 'Originaalid ja tulemused kustutatakse 30 päeva pärast automaatselt.'],
        ]),
        tlFoot,
      ].join('\n'),
    },
  ],
};

export const sites: CorpusSite[] = [
  fatyol, thea, sablechi, maska, odhal, burtai, riisu,
  teejuht, tbl, recenzie, kouponi,
  dj, fantom, sigurna, smiesna, skaidra, vahti, labor,
];
