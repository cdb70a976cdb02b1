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
  mediaGrid,
  metaDescription,
  nav,
  ol,
  p,
  priceTable,
  storeBadges,
  stripe,
  textForm,
  ul,
  upload,
  type CorpusSite,
} from '../site-kit.js';

const AUTHOR = 'mix';

const swapakiNav = nav(
  [
    ['/protypa', 'Πρότυπα'],
    ['/times', 'Τιμές'],
    ['/kanones', 'Κανόνες χρήσης'],
    ['/syxnes-erotiseis', 'Συχνές ερωτήσεις'],
    ['/en', 'EN'],
  ],
  'Swapaki',
);

const varazsNav = nav(
  [
    ['/modok', 'Módok'],
    ['/arak?ref=menu', 'Árak'],
    ['/gyik', 'GYIK'],
    ['/belepes', 'Belépés'],
  ],
  'FotóVarázs AI',
);
const varazsFoot = footer('© 2026 FotóVarázs AI · Minden jog fenntartva.', [
  ['/aszf', 'ÁSZF'],
  ['/adatvedelem', 'Adatvédelem'],
  ['/gyik', 'Segítség'],
]);

const dezNav = nav(
  [
    ['/descarca', 'Descarcă'],
    ['/vip?ref=meniu', 'VIP'],
    ['/intrebari', 'Întrebări'],
    ['/termeni', 'Termeni'],
  ],
  'DezbrAI',
);

const feikNav = nav(
  [
    ['/zapyty', 'Запити'],
    ['/hotovi', 'Готові фейки'],
    ['/vip?ref=nav', 'VIP'],
    ['/pravyla', 'Правила'],
    ['/vkhid', 'Вхід'],
  ],
  'ФейкХаб',
);

export const sites: CorpusSite[] = [
  /* ---------- el: SFW face swap (hard negative) ---------- */
  {
    host: 'swapaki.test',
    lang: 'el',
    label: 'unrelated',
    shape: 'sfw-faceswap',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Swapaki – αστείο face swap για memes, γενέθλια και ταινίες',
        head:
          metaDescription('Βάλε το πρόσωπό σου σε σκηνές ταινιών, memes και κάρτες γενεθλίων. Οικογενειακό face swap χωρίς NSFW περιεχόμενο.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'MobileApplication', name: 'Swapaki', operatingSystem: 'Android, iOS', aggregateRating: { '@type': 'AggregateRating', ratingValue: 4.5, ratingCount: 8120 } }),
        body:
          cookieBanner('Χρησιμοποιούμε cookies για να θυμόμαστε τις προτιμήσεις σου και για στατιστικά.', 'Αποδοχή', 'Απόρριψη') +
          swapakiNav +
          h1('Γίνε ο πρωταγωνιστής – σε ένα δευτερόλεπτο') +
          p(
            'Το Swapaki είναι μια διασκεδαστική εφαρμογή face swap. Ανέβασε μια selfie, διάλεξε ένα πρότυπο και δες τον εαυτό σου ως υπερήρωα, ως τραγουδιστή της Eurovision ή ως τον θείο που χορεύει στον γάμο. Ιδανικό για memes, ευχές γενεθλίων και βίντεο για την παρέα.',
            'Δουλεύουμε μόνο με τη δική σου φωτογραφία ή με φωτογραφίες φίλων που συμφωνούν. Δεν επιτρέπεται NSFW περιεχόμενο, ούτε πρόσωπα διάσημων χωρίς άδεια. Κάθε βίντεο έχει ορατό σήμα «AI».',
          ) +
          upload('Ανέβασε τη selfie σου', '/swap', 'Δοκίμασε δωρεάν') +
          h2('Τι μπορείς να φτιάξεις') +
          ul('🎂 Κάρτες γενεθλίων και ονομαστικής εορτής', '🎬 Σκηνές από κλασικές ταινίες (με άδεια)', '😂 Memes και GIF για το group chat', '🎄 Χριστουγεννιάτικα βίντεο για όλη την οικογένεια', '🏆 Στιγμιότυπα από τον τελικό του τοπικού πρωταθλήματος') +
          h2('Γιατί μας εμπιστεύονται') +
          p('Πάνω από 300.000 λήψεις στην Ελλάδα και την Κύπρο. Οι φωτογραφίες διαγράφονται μετά από 24 ώρες, και ο έλεγχος περιεχομένου απορρίπτει αυτόματα γυμνό και βία. Αν κάποιος χρησιμοποίησε το πρόσωπό σου χωρίς άδεια, γράψε μας και το βίντεο αφαιρείται την ίδια μέρα.') +
          storeBadges('/download/swapaki.apk') +
          faq('Γρήγορες ερωτήσεις', [
            ['Είναι δωρεάν;', 'Ναι, 5 βίντεο την ημέρα με υδατογράφημα. Το Swapaki Plus κοστίζει €2,99 τον μήνα.'],
            ['Μπορώ να ανεβάσω δικό μου βίντεο;', 'Όχι. Δουλεύουμε μόνο με τα δικά μας ελεγμένα πρότυπα, για να μένουν όλα οικογενειακά.'],
          ]) +
          footer('© 2026 Swapaki. Φτιαγμένο στην Αθήνα με ☕.', [
            ['/kanones', 'Κανόνες χρήσης'],
            ['/aporrito', 'Απόρρητο'],
            ['/times?utm_source=footer', 'Τιμές'],
          ]),
      },
      {
        path: '/protypa',
        title: 'Πρότυπα – Swapaki',
        body:
          swapakiNav +
          h1('Πρότυπα της εβδομάδας') +
          mediaGrid([
            { title: 'Υπερήρωας στην ταράτσα', duration: '0:12', views: '41k χρήσεις', tags: ['ταινίες'] },
            { title: 'Χορός στον γάμο', duration: '0:18', views: '63k χρήσεις', tags: ['γάμος', 'meme'] },
            { title: 'Κάρτα γενεθλίων με τούρτα', duration: '0:09', views: '28k χρήσεις', tags: ['γενέθλια'] },
            { title: 'Αγιος Βασίλης στο τζάκι', duration: '0:15', views: '19k χρήσεις', tags: ['χριστούγεννα'] },
          ]) +
          p('Κάθε Δευτέρα προσθέτουμε νέα πρότυπα. Όλα ελέγχονται από την ομάδα μας πριν δημοσιευτούν, και έχουμε άδεια χρήσης για κάθε σκηνή. Θέλεις ένα πρότυπο για την επέτειο του συλλόγου ή για το πάρτι του γραφείου; Στείλε μας πρόταση από την εφαρμογή.') +
          footer('© 2026 Swapaki'),
      },
      {
        path: '/times',
        title: 'Τιμές – Swapaki',
        body:
          swapakiNav +
          h1('Απλές τιμές') +
          priceTable(
            ['', 'Δωρεάν', 'Plus', 'Οικογενειακό'],
            [
              ['Τιμή', '€0', '€2,99/μήνα', '€5,99/μήνα'],
              ['Βίντεο', '5/ημέρα', 'Απεριόριστα', 'Απεριόριστα, 5 λογαριασμοί'],
              ['Ποιότητα', '720p', '1080p', '1080p'],
              ['Υδατογράφημα', 'Ναι', 'Μόνο σήμα AI', 'Μόνο σήμα AI'],
            ],
          ) +
          p('Η συνδρομή ακυρώνεται με ένα κλικ από το Google Play ή το App Store. Δεν υπάρχουν κρυφές χρεώσεις. Το σήμα «AI» παραμένει σε όλα τα βίντεο, ακόμη και στα πακέτα επί πληρωμή, γιατί πιστεύουμε ότι κάθε συνθετικό βίντεο πρέπει να φαίνεται ως τέτοιο. Για σχολεία και συλλόγους υπάρχει ειδική τιμή.') +
          footer('© 2026 Swapaki'),
      },
      {
        path: '/kanones',
        title: 'Κανόνες χρήσης – Swapaki',
        body:
          swapakiNav +
          h1('Κανόνες χρήσης και ασφάλεια') +
          ol(
            'Χρησιμοποίησε μόνο το δικό σου πρόσωπο ή πρόσωπα ανθρώπων που σου έδωσαν την άδειά τους.',
            'Απαγορεύεται κάθε σεξουαλικό ή NSFW περιεχόμενο. Τα φίλτρα μας το μπλοκάρουν αυτόματα.',
            'Απαγορεύεται η παρενόχληση, ο εκφοβισμός και η παραπληροφόρηση.',
            'Δεν επιτρέπονται πρόσωπα πολιτικών και διάσημων.',
            'Παραβιάσεις οδηγούν σε μόνιμο αποκλεισμό λογαριασμού.',
          ) +
          p('Βρήκες βίντεο με το πρόσωπό σου που δεν ενέκρινες; Πάτησε «Αναφορά» στην εφαρμογή ή γράψε στο support. Απαντάμε μέσα σε 24 ώρες.') +
          footer('© 2026 Swapaki'),
      },
      {
        path: '/syxnes-erotiseis',
        title: 'Συχνές ερωτήσεις – Swapaki',
        body:
          swapakiNav +
          faq('Συχνές ερωτήσεις', [
            ['Πού αποθηκεύονται οι φωτογραφίες μου;', 'Σε servers στην ΕΕ, και διαγράφονται αυτόματα μετά από 24 ώρες.'],
            ['Γιατί απορρίφθηκε η φωτογραφία μου;', 'Μπορεί να μη φαίνεται καθαρά το πρόσωπο ή να ενεργοποιήθηκε ο έλεγχος περιεχομένου. Δοκίμασε μια άλλη selfie με καλό φωτισμό.'],
            ['Μπορώ να χρησιμοποιήσω τα βίντεο σε διαφήμιση;', 'Μόνο με το πακέτο Business, που περιλαμβάνει άδεια εμπορικής χρήσης.'],
            ['Λειτουργεί σε tablet;', 'Ναι, σε Android 9+ και iOS 15+.'],
          ]) +
          footer('© 2026 Swapaki'),
      },
    ],
  },

  /* ---------- el: news (about) ---------- */
  {
    host: 'psifiakos-paratiritis.test',
    lang: 'el',
    label: 'unrelated',
    shape: 'news',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Ψηφιακός Παρατηρητής – τεχνολογία, κοινωνία, ασφάλεια',
        body:
          nav(
            [
              ['/', 'Αρχική'],
              ['/tech/telegram-bots-apogymnosis', 'Τεχνολογία'],
              ['/sxetika', 'Σχετικά'],
              ['/epikoinonia', 'Επικοινωνία'],
            ],
            'Ψηφιακός Παρατηρητής',
          ) +
          cookieBanner('Ο ιστότοπος χρησιμοποιεί cookies για μέτρηση επισκεψιμότητας.', 'Συμφωνώ', 'Ρυθμίσεις') +
          article(
            h2(a('/tech/telegram-bots-apogymnosis', 'Έρευνα: Τα Telegram bots που «γδύνουν» φωτογραφίες έχουν δεκάδες χιλιάδες Έλληνες χρήστες')),
            p('Εξετάσαμε 14 bots και ιστοσελίδες που υπόσχονται «αφαίρεση ρούχων με AI». Πώς πληρώνονται, ποιος κρύβεται πίσω τους και γιατί οι πλατφόρμες αργούν να τα κλείσουν.'),
            img(3, 'Στιγμιότυπο από διαφήμιση εφαρμογής, θολωμένο'),
          ) +
          article(h3('Κυβερνοασφάλεια: Νέο κύμα SMS απάτης με «κούριερ»'), p('Οι απατεώνες ζητούν μικρό ποσό για «εκτελωνισμό» και κλέβουν στοιχεία καρτών. Τι να προσέξετε.')) +
          article(h3('Τεχνητή νοημοσύνη στα σχολεία: τι αλλάζει από τον Σεπτέμβριο'), p('Το υπουργείο ετοιμάζει οδηγίες για τη χρήση chatbots στην τάξη.')) +
          article(h3('Review: Τρία οικονομικά κινητά κάτω από €250'), p('Δοκιμάσαμε μπαταρία, κάμερα και οθόνη. Ποιο αξίζει;')) +
          article(h3('Ανάλυση: Γιατί οι πλατφόρμες δυσκολεύονται να σταματήσουν τα deepfakes'), p('Οι κανόνες υπάρχουν, η εφαρμογή τους όμως αργεί. Μιλήσαμε με πρώην συντονιστές περιεχομένου για το πώς δουλεύουν οι αναφορές στην πράξη και τι θα μπορούσε να αλλάξει.')) +
          article(h3('Podcast: Πώς να προστατέψετε τις φωτογραφίες σας στα social'), p('Μιλάμε με ειδικό ψηφιακής ασφάλειας για ιδιωτικότητα, reverse image search και αναφορές.')) +
          textForm('Newsletter κάθε Παρασκευή – το email σου', 'Εγγραφή', '/newsletter') +
          footer('© 2026 Ψηφιακός Παρατηρητής · Ανεξάρτητο μέσο ενημέρωσης', [
            ['/sxetika', 'Ποιοι είμαστε'],
            ['/epikoinonia', 'Επικοινωνία'],
            ['/oroi', 'Όροι χρήσης'],
          ]),
      },
      {
        path: '/tech/telegram-bots-apogymnosis',
        title: 'Τα Telegram bots που «γδύνουν» φωτογραφίες – Ψηφιακός Παρατηρητής',
        head: jsonLd({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Τα Telegram bots που «γδύνουν» φωτογραφίες', datePublished: '2026-01-22', author: { '@type': 'Organization', name: 'Ψηφιακός Παρατηρητής' } }),
        body:
          nav([['/', 'Αρχική'], ['/epikoinonia', 'Επικοινωνία']], 'Ψηφιακός Παρατηρητής') +
          h1('Τα Telegram bots που «γδύνουν» φωτογραφίες έχουν δεκάδες χιλιάδες Έλληνες χρήστες') +
          p(
            'Η διαφήμιση είναι απλή: «Στείλε μια φωτογραφία, πάρε τη γυμνή εκδοχή σε 15 δευτερόλεπτα». Τα λεγόμενα nudify bots λειτουργούν μέσα στο Telegram και χρεώνουν σε «credits» ή σε Telegram Stars. Τα δύο πρώτα αποτελέσματα είναι συνήθως δωρεάν, για να «τσιμπήσει» ο χρήστης.',
            'Σε διάστημα τριών εβδομάδων καταγράψαμε 14 τέτοιες υπηρεσίες με ελληνικό μενού ή ελληνικά κανάλια προώθησης. Οι περισσότερες αλλάζουν όνομα κάθε φορά που αποκλείονται και παραπέμπουν σε ιστοσελίδες με ψεύτικα στοιχεία εταιρείας.',
            'Δικηγόροι που μίλησαν στον Παρατηρητή τονίζουν ότι η δημιουργία και διάδοση τέτοιων εικόνων χωρίς συναίνεση μπορεί να διώκεται ποινικά, ακόμη κι αν η εικόνα είναι εξ ολοκλήρου συνθετική. Τα θύματα είναι σχεδόν πάντα γυναίκες, συχνά με δημόσιο προφίλ στα social.',
          ) +
          blockquote('Δεν είναι «αστείο». Είναι μια μορφή βίας που απλώς έγινε φθηνή και γρήγορη.', 'Ερευνήτρια ψηφιακών δικαιωμάτων') +
          p('Αν πέσατε θύμα, κρατήστε αποδείξεις, κάντε αναφορά στην πλατφόρμα και απευθυνθείτε στη Δίωξη Ηλεκτρονικού Εγκλήματος.') +
          footer('© 2026 Ψηφιακός Παρατηρητής'),
      },
      {
        path: '/sxetika',
        title: 'Σχετικά με εμάς – Ψηφιακός Παρατηρητής',
        body:
          nav([['/', 'Αρχική']], 'Ψηφιακός Παρατηρητής') +
          h1('Ποιοι είμαστε') +
          p('Ο Ψηφιακός Παρατηρητής είναι ένα μικρό, ανεξάρτητο μέσο που καλύπτει την τεχνολογία από την πλευρά του πολίτη. Γράφουμε για ιδιωτικότητα, κυβερνοασφάλεια, τεχνητή νοημοσύνη και ψηφιακά δικαιώματα. Χρηματοδοτούμαστε από τους συνδρομητές μας και από επιχορηγήσεις δημοσιογραφίας, και δεν δεχόμαστε διαφημίσεις από εταιρείες για τις οποίες γράφουμε. Η ομάδα μας αποτελείται από πέντε δημοσιογράφους και δύο ερευνητές δεδομένων.') +
          footer('© 2026 Ψηφιακός Παρατηρητής'),
      },
      {
        path: '/epikoinonia',
        title: 'Επικοινωνία – Ψηφιακός Παρατηρητής',
        body:
          nav([['/', 'Αρχική']], 'Ψηφιακός Παρατηρητής') +
          h1('Επικοινωνία') +
          p('Έχετε πληροφορίες για μια υπηρεσία που κάνει κακή χρήση της τεχνητής νοημοσύνης; Γράψτε μας. Προστατεύουμε πάντα τις πηγές μας και μπορείτε να επικοινωνήσετε ανώνυμα. Παρακαλούμε μη στέλνετε τις ίδιες τις εικόνες· αρκούν οι σύνδεσμοι και τα ονόματα των λογαριασμών. Για διορθώσεις άρθρων χρησιμοποιήστε τη φόρμα διορθώσεων. Απαντάμε συνήθως μέσα σε δύο εργάσιμες ημέρες. Για συνεργασίες και διαφημίσεις γράψτε στο εμπορικό τμήμα.') +
          textForm('Το μήνυμά σας', 'Αποστολή', '/epikoinonia/send') +
          footer('© 2026 Ψηφιακός Παρατηρητής'),
      },
    ],
  },

  /* ---------- hu: innocent-home nudify ---------- */
  {
    host: 'fotovarazs-ai.test',
    lang: 'hu',
    label: 'nudify',
    shape: 'innocent-home',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'FotóVarázs AI – mesterséges intelligencia fotóstúdió',
        head: metaDescription('FotóVarázs AI: portréjavítás, háttércsere, stílusok és még sok más egy kattintással. Próbáld ki ingyen!'),
        body:
          cookieBanner('Sütiket használunk a bejelentkezéshez és a forgalom méréséhez.', 'Elfogadom', 'Beállítások') +
          varazsNav +
          h1('Varázsold újra a fotóidat mesterséges intelligenciával') +
          p(
            'A FotóVarázs AI egy online fotóstúdió, amely másodpercek alatt alakítja át a képeidet. Tölts fel egy fotót, válassz egy módot, és a többit az AI elvégzi. Nincs szükség Photoshopra vagy grafikusi tudásra.',
            'Több mint 25 különböző mód közül választhatsz – a klasszikus portréjavítástól a kreatív stílusokig. Minden képet HD minőségben, akár 4K felbontásban tölthetsz le.',
          ) +
          upload('Húzd ide a fotódat', '/feltoltes', 'Kezdjük!') +
          h2('Népszerű funkciók') +
          ul(
            'Portréjavítás – bőrsimítás, élesítés, fényviszonyok javítása',
            'Háttércsere – strand, város, stúdió vagy bármi más',
            'Anime és festmény stílus',
            'Ruhacsere – próbálj ki új szetteket egy kattintással',
            'Régi fotók színezése',
          ) +
          p('Kíváncsi vagy az összes lehetőségre? ' + a('/modok?ref=fooldal', 'Nézd meg az összes módot') + ', köztük a prémium és 18+ módokat is.') +
          h2('Miért a FotóVarázs?') +
          ul('Eredmény 10 másodpercen belül', 'A feltöltött képeket 24 óra után töröljük', 'Fizetés bankkártyával, Revoluttal vagy kriptóval', 'Magyar nyelvű ügyfélszolgálat') +
          blockquote('Egyszerűen imádom! A háttércsere és a ruhacsere a kedvenceim.', 'Eszter, Debrecen') +
          p('Regisztrációkor 5 ingyenes kreditet adunk. ' + a('/arak?utm_source=hero', 'Árak megtekintése') + '.') +
          varazsFoot,
      },
      {
        path: '/modok',
        title: 'Módok – FotóVarázs AI',
        body:
          varazsNav +
          h1('Összes mód') +
          h2('Alap módok (1 kredit)') +
          ul('Portréjavítás', 'Háttércsere', 'Anime stílus', 'Olajfestmény', 'Régi fotó színezése') +
          h2('Prémium módok (2 kredit)') +
          ul('Ruhacsere – alkalmi, sportos, üzleti szett', 'Bikini mód – a ruházatot fürdőruhára cseréli', 'Fehérnemű mód') +
          h2('18+ módok (3 kredit, csak ellenőrzött felnőtt fiókkal)') +
          ul('Ruha eltávolítása – az AI „levetkőzteti” a fotón szereplő személyt', 'X-ray mód – átlátszó hatás', 'NSFW stúdió – saját beállításokkal') +
          p('A 18+ módok használatához be kell jelentkezned, és meg kell erősítened, hogy elmúltál 18 éves. Az eredmény mesterséges intelligencia által generált kép. A feltöltött fotóért a felhasználó felel.') +
          varazsFoot,
      },
      {
        path: '/arak',
        title: 'Árak – FotóVarázs AI',
        head: stripe('pk_test_fotovarazs_hu_42'),
        body:
          varazsNav +
          h1('Kreditcsomagok') +
          priceTable(
            ['Csomag', 'Kredit', 'Ár', 'Megjegyzés'],
            [
              ['Kezdő', '20', '1 990 Ft', 'Alap és prémium módok'],
              ['Haladó', '80', '5 990 Ft', '+ 18+ módok, 4K letöltés'],
              ['Korlátlan', 'Korlátlan / hó', '9 990 Ft / hó', 'Minden mód, elsőbbségi sor'],
            ],
          ) +
          p('A kreditek nem járnak le. Az előfizetés bármikor lemondható a fiókodban. A bankszámlakivonaton semleges cégnév jelenik meg. Kriptovaluta esetén (BTC, USDT) 10% kedvezményt adunk.', 'Egy alap mód 1 kreditbe kerül, a prémium módok 2, a 18+ módok 3 kreditbe. A 4K letöltés további 1 kredit. A Korlátlan csomagban nincs kreditlevonás.') +
          button('Kreditek vásárlása') +
          varazsFoot,
      },
      {
        path: '/gyik',
        title: 'GYIK – FotóVarázs AI',
        body:
          varazsNav +
          faq('Gyakran ismételt kérdések', [
            ['Milyen fotó működik a legjobban?', 'Egy személy, szemből, jó megvilágításban, egyszerű háttér előtt. Az egész alakos képek adják a legjobb eredményt a ruhacserénél és a 18+ módoknál.'],
            ['Tudja a fotón szereplő személy, hogy szerkesztettem a képét?', 'Nem, mi senkit nem értesítünk.'],
            ['Visszakaphatom a pénzem?', 'A fel nem használt krediteket 14 napon belül visszatérítjük.'],
            ['Van mobilalkalmazás?', 'A weboldal mobilon is működik, és hozzáadhatod a kezdőképernyőhöz.'],
          ]) +
          varazsFoot,
      },
      {
        path: '/aszf',
        title: 'ÁSZF – FotóVarázs AI',
        body:
          varazsNav +
          h1('Általános Szerződési Feltételek') +
          p('A szolgáltatást kizárólag 18. életévüket betöltött személyek vehetik igénybe. A felhasználó szavatolja, hogy jogosult a feltöltött képek felhasználására. A generált képek fikciósak, szórakoztatási célt szolgálnak. Az üzemeltető nem vállal felelősséget a generált tartalmak felhasználásáért vagy terjesztéséért. Az üzemeltető fenntartja a jogot, hogy előzetes értesítés nélkül felfüggessze a fiókokat.') +
          varazsFoot,
      },
    ],
  },

  /* ---------- hu: single-review directory ---------- */
  {
    host: 'aiteszt-hu.test',
    lang: 'hu',
    label: 'directory',
    shape: 'single-review',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'VetkőAI vélemény 2026 – megbízható? Átverés? Őszinte teszt',
        head: jsonLd({
          '@context': 'https://schema.org',
          '@type': 'Review',
          itemReviewed: { '@type': 'SoftwareApplication', name: 'VetkőAI', url: 'https://vetkoai.test/' },
          reviewRating: { '@type': 'Rating', ratingValue: 7.8, bestRating: 10 },
          author: { '@type': 'Organization', name: 'AITeszt.hu' },
        }),
        body:
          nav(
            [
              ['/', 'VetkőAI teszt'],
              ['/alternativak', 'Alternatívák'],
              ['/kuponkod', 'Kuponkód'],
              ['/rolunk', 'Rólunk'],
            ],
            'AITeszt.hu',
          ) +
          h1('VetkőAI vélemény: megéri a pénzét, vagy csak átverés?') +
          p('<small>Frissítve: 2026. február 18. · A cikk partnerlinkeket tartalmaz.</small>') +
          p('A VetkőAI az egyik legtöbbet keresett „undress AI” szolgáltatás Magyarországon. Azt ígéri, hogy bármilyen fotóról eltávolítja a ruhát, és 15 másodperc alatt elkészíti a képet. Két héten át teszteltük: regisztráltunk, vettünk krediteket, és 40 képet futtattunk le rajta.') +
          h2('Összefoglaló') +
          priceTable(['Szempont', 'Pontszám'], [['Minőség', '8/10'], ['Sebesség', '9/10'], ['Ár-érték arány', '7/10'], ['Adatvédelem', '6/10'], ['Összesen', '7,8/10']]) +
          h2('Hogyan teszteltünk?') +
          p('Ugyanazt a 40 képből álló csomagot használtuk, mint a többi tesztünknél: különböző felbontású, beltéri és kültéri fotókat. Mértük a feldolgozási időt, értékeltük a képminőséget, és megnéztük, mit ír az oldal az adatok tárolásáról.') +
          h2('Árak') +
          p('Az ingyenes próba 2 képet tartalmaz vízjellel. A legkisebb csomag 2 490 Ft 25 kreditért, a havi korlátlan 8 990 Ft. Fizetni bankkártyával és kriptóval lehet.') +
          h2('Előnyök és hátrányok') +
          ul('+ Gyors, magyar felület', '+ Bikini, fehérnemű és teljes „undress” mód', '+ 4K letöltés a nagyobb csomagokban', '– Gyakran változik a domain', '– Nincs valódi cégadat az oldalon', '– A kreditek nem téríthetők vissza') +
          h2('Ítélet') +
          p('Technikailag működik, de az üzemeltető kiléte ismeretlen. Ha mégis kipróbálnád, a mi linkünkkel 15% kedvezményt kapsz: ' + a('https://vetkoai.test/?ref=aiteszt', 'VetkőAI kipróbálása →') + ' · ' + a('https://vetkoai.test/?ref=aiteszt&utm_content=bottom', 'Ugrás az árakhoz')) +
          footer('© 2026 AITeszt.hu – független AI-eszköz tesztek. Partnerlinkek után jutalékot kaphatunk.', [
            ['/rolunk', 'Rólunk'],
            ['/alternativak', 'Alternatívák'],
          ]),
      },
      {
        path: '/alternativak',
        title: 'A legjobb VetkőAI alternatívák – AITeszt.hu',
        body:
          nav([['/', 'VetkőAI teszt'], ['/kuponkod', 'Kuponkód']], 'AITeszt.hu') +
          h1('VetkőAI alternatívák') +
          ol(
            a('https://fotovarazs-ai.test/?ref=aiteszt', 'FotóVarázs AI') + ' – ártatlan kezdőlap, de a 18+ módok között ott a ruhaeltávolítás; 5 ingyenes kredit.',
            a('https://skindrop-ai.test/?ref=aiteszt', 'SkinDrop AI') + ' – gyors, dán fejlesztésű, X-ray móddal.',
            a('https://t.me/nudegenie_bot?start=aiteszt', 'NudeGenie Bot') + ' – Telegram-bot, Stars fizetéssel.',
          ) +
          p('Mindhárom szolgáltatást ugyanazzal a 40 képes tesztcsomaggal próbáltuk ki. A FotóVarázs volt a legolcsóbb, a SkinDrop a leggyorsabb. Egyik szolgáltatónál sem találtunk valódi cégadatot. Részletes tesztjeinket hamarosan külön cikkekben is közzétesszük.') +
          footer('© 2026 AITeszt.hu'),
      },
      {
        path: '/kuponkod',
        title: 'VetkőAI kuponkód 2026 – AITeszt.hu',
        body:
          nav([['/', 'VetkőAI teszt'], ['/alternativak', 'Alternatívák']], 'AITeszt.hu') +
          h1('VetkőAI kuponkód – 15% kedvezmény') +
          p('Használd az <strong>AITESZT15</strong> kódot a pénztárnál, vagy kattints a linkre, és a kedvezmény automatikusan érvényesül. A kód a havi előfizetésre és a kreditcsomagokra is működik, de a kriptós fizetésnél járó extra kedvezménnyel nem vonható össze.') +
          p(a('https://vetkoai.test/arak?ref=aiteszt&coupon=AITESZT15', 'Kupon aktiválása')) +
          p('Utoljára ellenőrizve: 2026. március 1. A kódot 312 olvasónk használta. Ha nem működik, jelezd nekünk egy kommentben, és megkeressük az új kódot.') +
          footer('© 2026 AITeszt.hu'),
      },
      {
        path: '/rolunk',
        title: 'Rólunk – AITeszt.hu',
        body:
          nav([['/', 'VetkőAI teszt']], 'AITeszt.hu') +
          h1('Rólunk') +
          p('Az AITeszt.hu egy kis csapat, amely mesterséges intelligencia alapú alkalmazásokat tesztel és értékel. Nem üzemeltetünk saját szolgáltatást, és nem tárolunk képeket. Az oldal bevételét partnerprogramok jutalékai adják; ez nem befolyásolja a pontszámainkat. Ha hibát találsz egy cikkünkben, írj nekünk, és kijavítjuk. Együttműködési ajánlatokat is szívesen fogadunk e-mailben. A szerkesztőség Budapesten dolgozik, és hetente két-három új tesztet közöl.') +
          footer('© 2026 AITeszt.hu'),
      },
    ],
  },

  /* ---------- hu: school guide (about) ---------- */
  {
    host: 'netbiztos-iskola.test',
    lang: 'hu',
    label: 'unrelated',
    shape: 'school-guide',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'NetBiztos Iskola – útmutató a deepfake és a „vetkőztető” alkalmazások kezeléséhez',
        body:
          nav(
            [
              ['/tanaroknak', 'Tanároknak'],
              ['/szuloknek', 'Szülőknek'],
              ['/diakoknak', 'Diákoknak'],
              ['/letoltesek', 'Letöltések'],
            ],
            'NetBiztos Iskola',
          ) +
          h1('Deepfake és „vetkőztető” alkalmazások – mit tehet az iskola?') +
          p(
            'Egyre több iskola szembesül azzal, hogy valaki mesterséges intelligenciával hamis, szexualizált képet készít egy osztálytársról vagy tanárról. Az ilyen alkalmazások azt hirdetik, hogy „bármilyen fotóról eltávolítják a ruhát”, és néhány száz forintért bárki számára elérhetők.',
            'Ez az útmutató segít felismerni a helyzetet, gyorsan és érzékenyen reagálni, és megelőzni a további károkat. Nem szükséges technikai tudás hozzá.',
          ) +
          h2('Az első 24 óra') +
          ol(
            'Az érintett diák biztonsága az első: beszéljen vele egy bizalmi személy.',
            'Ne továbbítsák és ne töltsék le a képet – a bizonyítékot az esetet rögzítő felnőtt dokumentálja a szabályzat szerint.',
            'Értesítsék az iskolavezetést és a szülőket.',
            'Jelentsék a tartalmat a platformon, és szükség esetén a rendőrségen.',
          ) +
          h2('Megelőzés') +
          p('Osztályfőnöki órákra kész óravázlatokat kínálunk a beleegyezésről, a digitális lábnyomról és arról, miért nem „vicc” egy hamis kép. Az anyagok nem tartalmaznak semmilyen explicit példát, és egy tanóra alatt feldolgozhatók.') +
          p(a('/letoltesek', 'Ingyenes letölthető anyagok') + ' · ' + a('/tanaroknak', 'Eljárásrend tanároknak')) +
          footer('NetBiztos Iskola – kitalált oktatási program. Az anyagok szabadon felhasználhatók.', [
            ['/letoltesek', 'Letöltések'],
            ['/kapcsolat', 'Kapcsolat'],
          ]),
      },
      {
        path: '/tanaroknak',
        title: 'Tanároknak – NetBiztos Iskola',
        body:
          nav([['/', 'Főoldal'], ['/letoltesek', 'Letöltések']], 'NetBiztos Iskola') +
          h1('Eljárásrend pedagógusoknak') +
          p('Ha egy diák jelzi, hogy hamis képet terjesztenek róla, hallgassa meg ítélkezés nélkül. Ne kérje, hogy megmutassa a képet. Jegyezze fel, mikor, kitől és milyen csatornán értesült az esetről. Tájékoztassa az iskolavezetést, amely dönt a szülők és szükség esetén a hatóságok értesítéséről. A készítővel szemben az iskolai házirend szerinti fegyelmi eljárás is indokolt lehet, de a hangsúly az áldozat védelmén legyen.') +
          footer('NetBiztos Iskola'),
      },
      {
        path: '/szuloknek',
        title: 'Szülőknek – NetBiztos Iskola',
        body:
          nav([['/', 'Főoldal']], 'NetBiztos Iskola') +
          h1('Tanácsok szülőknek') +
          p('Beszélgessen gyermekével arról, hogy az interneten látott képek nem mindig valódiak, és hogy egy hamis kép készítése vagy továbbküldése súlyos kárt okoz. Ha gyermeke érintett, maradjon nyugodt: nem ő a hibás. Segítsen neki menteni a bizonyítékokat, és vegye fel a kapcsolatot az iskolával. Az alkalmazásboltokban és a közösségi oldalakon is jelenteni lehet az ilyen szolgáltatások hirdetéseit. Szükség esetén kérjen segítséget az iskolapszichológustól.') +
          footer('NetBiztos Iskola'),
      },
      {
        path: '/diakoknak',
        title: 'Diákoknak – NetBiztos Iskola',
        body:
          nav([['/', 'Főoldal']], 'NetBiztos Iskola') +
          h1('Ha veled vagy a barátoddal történt') +
          p('Nem a te hibád. Szólj egy felnőttnek, akiben megbízol: szülőnek, osztályfőnöknek, iskolapszichológusnak. Ne töröld az üzeneteket, mert ezek bizonyítékok lehetnek. Ha valaki egy ilyen képpel fenyeget vagy pénzt kér, ne válaszolj és ne fizess. Ha pedig azt látod, hogy valaki más képét terjesztik, ne küldd tovább – jelentsd. Ezzel sokat segítesz az érintettnek, még akkor is, ha nem ismered személyesen.') +
          footer('NetBiztos Iskola'),
      },
      {
        path: '/letoltesek',
        title: 'Letöltések – NetBiztos Iskola',
        body:
          nav([['/', 'Főoldal']], 'NetBiztos Iskola') +
          h1('Letölthető anyagok') +
          ul(
            a('/files/oravazlat-beleegyezes.pdf', 'Óravázlat: beleegyezés és digitális képek (45 perc, PDF)'),
            a('/files/eljarasrend.pdf', 'Iskolai eljárásrend sablon (DOCX)'),
            a('/files/szuloi-level.pdf', 'Mintalevél szülőknek'),
            a('/files/plakat.pdf', 'Plakát: „Ne küldd tovább!” (A3)'),
          ) +
          p('Az anyagokat pedagógusok és gyermekvédelmi szakemberek állították össze. Szabadon másolhatók és módosíthatók nem kereskedelmi célra.', 'Minden anyaghoz tartozik egy rövid tanári segédlet, amely leírja, hogyan vezesse a beszélgetést, és mit tegyen, ha egy diák az óra közben jelzi, hogy érintett. Az anyagokat évente frissítjük a legújabb tapasztalatok alapján.') +
          footer('NetBiztos Iskola'),
      },
    ],
  },

  /* ---------- ro: app-landing nudify ---------- */
  {
    host: 'dezbrapp.test',
    lang: 'ro',
    label: 'nudify',
    shape: 'app-landing',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'DezbrAI – aplicația AI care dezbracă orice poză',
        head:
          metaDescription('DezbrAI: descarcă aplicația și transformă orice fotografie în versiune nud cu AI. 3 poze gratuite pe zi. Android APK și iOS.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'MobileApplication', name: 'DezbrAI', operatingSystem: 'Android', offers: { '@type': 'Offer', price: '19.99', priceCurrency: 'RON' } }),
        body:
          dezNav +
          h1('Dezbracă orice poză cu AI – direct din telefon') +
          p(
            'DezbrAI este aplicația nr. 1 din România pentru „undress AI”. Alegi o poză din galerie, apeși un buton, iar în 10 secunde primești versiunea fără haine. Funcționează cu selfie-uri, poze de vacanță și capturi de pe Instagram.',
            '3 poze gratuite în fiecare zi. Fără cont, fără card. Pentru rezultate în 4K și fără filigran, treci la VIP.',
          ) +
          storeBadges('/download/dezbrai-v3.2.apk') +
          p('iPhone? Deschide site-ul în Safari, apasă „Partajare” → „Adaugă pe ecranul principal” și folosești DezbrAI ca pe o aplicație.') +
          h2('Moduri disponibile') +
          ul('👙 Costum de baie', '🖤 Lenjerie', '🔞 Dezbrăcare completă (18+)', '🔍 Mod X-ray – efect „transparent”', '🎞️ Nou: animație scurtă de 3 secunde') +
          h2('De ce DezbrAI?') +
          ul('Peste 500k descărcări', 'Procesare în cloud – nu îți consumă bateria', 'Pozele se șterg automat după 12 ore', 'Plată cu cardul, Google Pay sau crypto') +
          blockquote('Cea mai bună aplicație de acest gen. Rapidă și rezultate foarte reale.', 'Recenzie 5★, Android') +
          p('Instalare APK: permite „Surse necunoscute” din setări, apoi deschide fișierul descărcat. ' + a('/descarca?ref=home', 'Ghid de instalare pas cu pas') + '.') +
          footer('© 2026 DezbrAI. Doar pentru utilizatori 18+. Aplicația nu este afiliată cu Google sau Apple.', [
            ['/termeni', 'Termeni și condiții'],
            ['/confidentialitate', 'Confidențialitate'],
            ['/vip?utm_source=footer', 'VIP'],
          ]),
      },
      {
        path: '/descarca',
        title: 'Descarcă DezbrAI – APK Android și iOS',
        body:
          dezNav +
          h1('Descarcă DezbrAI') +
          storeBadges('/download/dezbrai-v3.2.apk') +
          ol(
            'Apasă pe „Download APK” (versiunea 3.2, 48 MB).',
            'Dacă telefonul avertizează, mergi la Setări → Securitate și permite instalarea din această sursă.',
            'Deschide fișierul și apasă „Instalează”.',
            'Pornește aplicația și primești automat 3 credite gratuite.',
          ) +
          p('Aplicația poate fi ștearsă din magazinele oficiale din când în când, de aceea recomandăm APK-ul direct de pe site-ul nostru. Actualizările se fac automat din aplicație. Pentru iOS folosește versiunea web adăugată pe ecranul principal.') +
          footer('© 2026 DezbrAI'),
      },
      {
        path: '/vip',
        title: 'VIP – DezbrAI',
        body:
          dezNav +
          h1('Treci la VIP') +
          priceTable(
            ['Abonament', 'Preț', 'Ce primești'],
            [
              ['VIP săptămânal', '19,99 lei', 'Poze nelimitate, fără filigran'],
              ['VIP lunar', '49,99 lei', 'Tot ce e mai sus + 4K + mod X-ray'],
              ['Pachet 100 credite', '39,99 lei', 'Plată unică, nu expiră'],
            ],
          ) +
          p('Abonamentul VIP săptămânal se reînnoiește automat și poate fi anulat oricând din aplicație. Pe extrasul de cont apare un nume neutru. Plata cu crypto (USDT, BTC) îți aduce 20% bonus la credite.') +
          button('Activează VIP') +
          footer('© 2026 DezbrAI'),
      },
      {
        path: '/intrebari',
        title: 'Întrebări frecvente – DezbrAI',
        body:
          dezNav +
          faq('Întrebări frecvente', [
            ['Persoana din poză află ceva?', 'Nu. Nu trimitem nicio notificare și nu publicăm pozele nicăieri.'],
            ['De ce rezultatul arată ciudat?', 'Folosește o poză clară, cu o singură persoană, fotografiată din față. Hainele largi dau rezultate mai slabe.'],
            ['Este sigur APK-ul?', 'Da, fișierul este semnat de noi. Descarcă-l doar de pe site-ul oficial.'],
            ['Pot primi banii înapoi?', 'Creditele folosite nu se rambursează. Abonamentul poate fi anulat oricând.'],
          ]) +
          footer('© 2026 DezbrAI'),
      },
      {
        path: '/termeni',
        title: 'Termeni și condiții – DezbrAI',
        body:
          dezNav +
          h1('Termeni și condiții') +
          p('Prin utilizarea aplicației confirmați că aveți peste 18 ani și că aveți dreptul să folosiți fotografiile încărcate. Imaginile generate sunt create de inteligența artificială și au scop de divertisment. Operatorul nu răspunde pentru modul în care utilizatorii folosesc sau distribuie rezultatele. Ne rezervăm dreptul de a suspenda conturile fără notificare prealabilă. Legea aplicabilă este cea a țării de înregistrare a operatorului.') +
          footer('© 2026 DezbrAI'),
      },
    ],
  },

  /* ---------- ro: coupon directory ---------- */
  {
    host: 'cupoane-ai.test',
    lang: 'ro',
    label: 'directory',
    shape: 'coupon',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Cupoane AI – coduri promoționale pentru aplicații AI (martie 2026)',
        body:
          nav(
            [
              ['/cod/dezbrai', 'DezbrAI'],
              ['/cod/swapnoir', 'SwapNoir'],
              ['/cod/vaihtokas', 'Vaihtokas'],
              ['/despre', 'Despre noi'],
            ],
            'CupoaneAI.ro',
          ) +
          h1('Coduri promoționale verificate pentru aplicații AI') +
          p('Economisește până la 50% la aplicațiile AI populare: undress, face swap, generatoare de imagini NSFW și multe altele. Verificăm codurile în fiecare săptămână și le marcăm pe cele expirate. Noi nu vindem nimic – doar te trimitem la ofertele partenerilor.') +
          h2('Cele mai folosite coduri') +
          priceTable(
            ['Serviciu', 'Reducere', 'Cod', 'Verificat'],
            [
              [a('https://dezbrapp.test/vip?ref=cupoaneai', 'DezbrAI'), '30% la VIP lunar', 'CUPON30', '2 martie 2026'],
              [a('https://swapnoir.test/pricing?aff=cai', 'SwapNoir'), '1 lună gratuit la anual', 'NOIRFREE', '28 februarie 2026'],
              [a('https://vaihtokas.test/hinnat?ref=cupoaneai', 'Vaihtokas'), '20% la Pro', 'VAIHTO20', '25 februarie 2026'],
              [a('https://skindrop-ai.test/priser?ref=cupoaneai', 'SkinDrop AI'), '+50 credite bonus', 'SKIN50', '20 februarie 2026'],
              [a('https://t.me/nudegenie_bot?start=cupon', 'NudeGenie Bot'), '2x Stars la prima plată', '(automat)', '18 februarie 2026'],
            ],
          ) +
          p('Codurile se aplică la checkout. Unele servicii acceptă doar plata cu crypto pentru reducere. Dacă un cod nu funcționează, anunță-ne în comentarii.') +
          h2('Cum folosești un cod') +
          ol('Copiază codul din tabel.', 'Deschide serviciul prin linkul nostru, ca reducerea să fie recunoscută.', 'Alege pachetul de credite sau abonamentul și lipește codul la plată.', 'Verifică prețul final înainte să confirmi.') +
          textForm('Primește coduri noi pe email', 'Abonează-te', '/newsletter') +
          p('Ultima actualizare: 2 martie 2026. Lista conține 24 de coduri active și 11 expirate, păstrate pentru referință.') +
          p('<small>Dezvăluire: primim comision dacă folosești linkurile noastre.</small>') +
          footer('© 2026 CupoaneAI.ro', [
            ['/despre', 'Despre noi'],
            ['/cod/dezbrai', 'Cod DezbrAI'],
          ]),
      },
      {
        path: '/cod/dezbrai',
        title: 'Cod reducere DezbrAI – 30% la VIP',
        body:
          nav([['/', 'Toate codurile'], ['/cod/swapnoir', 'SwapNoir']], 'CupoaneAI.ro') +
          h1('Cod reducere DezbrAI: CUPON30') +
          p('DezbrAI este o aplicație de „undress AI” pentru Android, cu moduri costum de baie, lenjerie și dezbrăcare completă. Cu codul CUPON30 primești 30% reducere la VIP lunar (34,99 lei în loc de 49,99 lei). Codul funcționează doar în aplicație, la secțiunea VIP, nu și pe site. Valabil până la 31 martie 2026, o singură dată pe cont.') +
          p(a('https://dezbrapp.test/descarca?ref=cupoaneai', 'Descarcă DezbrAI') + ' · ' + a('https://dezbrapp.test/vip?ref=cupoaneai&utm_medium=cod', 'Aplică codul')) +
          footer('© 2026 CupoaneAI.ro'),
      },
      {
        path: '/cod/swapnoir',
        title: 'Cod promoțional SwapNoir – CupoaneAI.ro',
        body:
          nav([['/', 'Toate codurile']], 'CupoaneAI.ro') +
          h1('SwapNoir: o lună gratuită la abonamentul anual') +
          p('SwapNoir este un serviciu de face swap video cu șabloane pentru adulți („spicy pack”) și încărcare de clipuri proprii. Cu NOIRFREE, abonamentul anual costă cât 11 luni. Codul a fost testat de echipa noastră pe 28 februarie și funcționează și la plata cu cardul, nu doar cu crypto. Oferta este valabilă doar pentru conturi noi.') +
          p(a('https://swapnoir.test/pricing?aff=cai', 'Mergi la SwapNoir')) +
          footer('© 2026 CupoaneAI.ro'),
      },
      {
        path: '/cod/vaihtokas',
        title: 'Cod reducere Vaihtokas – CupoaneAI.ro',
        body:
          nav([['/', 'Toate codurile']], 'CupoaneAI.ro') +
          h1('Vaihtokas: 20% reducere la planul Pro') +
          p('Vaihtokas este o aplicație finlandeză de face swap cu peste 2.000 de șabloane, inclusiv categorii NSFW pentru abonații Pro. Interfața este în finlandeză și engleză. Codul VAIHTO20 reduce prețul planului Pro de la 9,99 € la 7,99 € pentru prima lună. După aceea se aplică prețul normal. Codul nu se combină cu alte oferte.') +
          p(a('https://vaihtokas.test/hinnat?ref=cupoaneai', 'Vezi ofertele Vaihtokas')) +
          footer('© 2026 CupoaneAI.ro'),
      },
      {
        path: '/despre',
        title: 'Despre CupoaneAI.ro',
        body:
          nav([['/', 'Toate codurile']], 'CupoaneAI.ro') +
          h1('Despre noi') +
          p('CupoaneAI.ro adună coduri promoționale pentru aplicații și site-uri AI. Nu suntem afiliați direct cu serviciile listate și nu răspundem pentru conținutul sau practicile lor. Site-ul se finanțează din comisioane de afiliere. Dacă ești dezvoltatorul unei aplicații și vrei să apari pe listă, scrie-ne. Răspundem de obicei în câteva zile și verificăm fiecare cod înainte de publicare.') +
          footer('© 2026 CupoaneAI.ro'),
      },
    ],
  },

  /* ---------- ro: lingerie shop (hard negative) ---------- */
  {
    host: 'dantela-matase.test',
    lang: 'ro',
    label: 'unrelated',
    shape: 'lingerie-shop',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Dantelă & Mătase – lenjerie intimă și costume de baie',
        head: jsonLd({ '@context': 'https://schema.org', '@type': 'Store', name: 'Dantelă & Mătase', address: { '@type': 'PostalAddress', addressLocality: 'Cluj-Napoca', addressCountry: 'RO' } }),
        body:
          cookieBanner('Folosim cookie-uri pentru coșul de cumpărături și pentru a-ți arăta oferte relevante.', 'Accept', 'Doar necesare') +
          nav(
            [
              ['/colectii/sutiene', 'Sutiene'],
              ['/colectii/costume-baie', 'Costume de baie'],
              ['/ghid-marimi', 'Ghid mărimi'],
              ['/livrare-retur', 'Livrare & retur'],
              ['/despre-noi', 'Despre noi'],
              ['/cos', 'Coș (0)'],
            ],
            'Dantelă & Mătase',
          ) +
          p('🚚 Livrare gratuită peste 250 lei · Retur 30 de zile') +
          h1('Colecția de primăvară a sosit') +
          p('Lenjerie intimă din dantelă, mătase naturală și bumbac organic, croită în atelierul nostru din Cluj. Mărimi de la 65A la 100G, pentru că fiecare corp merită confort.') +
          img(1, 'Colecția de primăvară') +
          p('Fiecare piesă este testată de echipa noastră timp de o lună înainte să intre în colecție. Poți comanda online sau ne poți vizita în showroom-ul din centrul Clujului, de luni până sâmbătă.') +
          h2('Bestsellers') +
          ul('Sutien Bralette „Magnolia” – 139 lei', 'Set pijama din mătase „Noapte albastră” – 329 lei', 'Chiloți bumbac organic, pachet de 3 – 89 lei', 'Costum de baie întreg „Mamaia” – 219 lei') +
          h2('De ce noi?') +
          ul('Consultanță pentru mărimi prin chat sau video, gratuit', 'Materiale certificate OEKO-TEX', 'Ambalaj discret și reciclabil', 'Plata la livrare sau cu cardul') +
          blockquote('În sfârșit un sutien care chiar se potrivește! Consultanța online m-a ajutat enorm.', 'Ioana, București') +
          textForm('Abonează-te la newsletter și primești 10% reducere', 'Trimite', '/newsletter') +
          footer('© 2026 Dantelă & Mătase SRL · CUI fictiv · ANPC', [
            ['/livrare-retur', 'Livrare și retur'],
            ['/termeni', 'Termeni'],
            ['/confidentialitate', 'Confidențialitate'],
          ]),
      },
      {
        path: '/colectii/sutiene',
        title: 'Sutiene – Dantelă & Mătase',
        body:
          nav([['/', 'Acasă'], ['/ghid-marimi', 'Ghid mărimi'], ['/cos', 'Coș']], 'Dantelă & Mătase') +
          h1('Sutiene') +
          ul('Bralette „Magnolia”, dantelă, 139 lei', 'Sutien cu armătură „Clasic”, 65A–100G, 169 lei', 'Sutien sport „Activ”, 149 lei', 'Sutien de alăptare „Mama”, 159 lei', 'Sutien fără bretele „Seară”, 179 lei') +
          p('Nu știi ce mărime porți? Folosește ghidul nostru sau programează o consultanță video gratuită de 15 minute cu una dintre consultantele noastre. Toate sutienele pot fi returnate în 30 de zile dacă nu au fost purtate.') +
          footer('© 2026 Dantelă & Mătase'),
      },
      {
        path: '/colectii/costume-baie',
        title: 'Costume de baie – Dantelă & Mătase',
        body:
          nav([['/', 'Acasă'], ['/cos', 'Coș']], 'Dantelă & Mătase') +
          h1('Costume de baie 2026') +
          p('Costume întregi, bikini și tankini în culori inspirate de Marea Neagră. Materialul rezistă la clor și sare, iar cupele pot fi scoase. Le poți combina: partea de sus și cea de jos se vând separat, ca să alegi mărimea potrivită pentru fiecare.') +
          ul('Costum întreg „Mamaia” – 219 lei', 'Bikini „Vama Veche” – 179 lei', 'Tankini „Delta” – 199 lei', 'Pareo de plajă din in – 99 lei') +
          footer('© 2026 Dantelă & Mătase'),
      },
      {
        path: '/ghid-marimi',
        title: 'Ghid de mărimi – Dantelă & Mătase',
        body:
          nav([['/', 'Acasă']], 'Dantelă & Mătase') +
          h1('Cum îți afli mărimea') +
          ol('Măsoară circumferința de sub bust, cu banda orizontală.', 'Măsoară circumferința bustului în punctul cel mai plin.', 'Diferența dintre cele două îți dă mărimea cupei.') +
          priceTable(['Diferență', 'Cupa'], [['12–14 cm', 'A'], ['14–16 cm', 'B'], ['16–18 cm', 'C'], ['18–20 cm', 'D'], ['20–22 cm', 'E']]) +
          p('Între două mărimi? Alege-o pe cea mai mare la bandă. Dacă ai dubii, consultantele noastre te ajută gratuit prin chat sau video, iar schimbul de mărime este întotdeauna gratuit.') +
          footer('© 2026 Dantelă & Mătase'),
      },
      {
        path: '/livrare-retur',
        title: 'Livrare și retur – Dantelă & Mătase',
        body:
          nav([['/', 'Acasă']], 'Dantelă & Mătase') +
          h1('Livrare și retur') +
          p('Livrăm prin curier în toată România în 1–3 zile lucrătoare. Livrarea costă 15 lei și este gratuită pentru comenzile de peste 250 lei. Poți returna produsele nepurtate, cu etichetele atașate, în 30 de zile. Din motive de igienă, chiloții și costumele de baie se pot returna doar dacă folia de protecție este intactă. Banii îi primești înapoi în maximum 14 zile.') +
          footer('© 2026 Dantelă & Mătase'),
      },
      {
        path: '/despre-noi',
        title: 'Despre noi – Dantelă & Mătase',
        body:
          nav([['/', 'Acasă']], 'Dantelă & Mătase') +
          h1('Povestea noastră') +
          p('Am început în 2017 cu o mașină de cusut și o singură idee: lenjerie frumoasă, care să se potrivească unor corpuri reale. Astăzi suntem o echipă de 14 oameni, iar fiecare piesă este croită și cusută în atelierul nostru din Cluj-Napoca. Lucrăm cu furnizori europeni de dantelă și mătase și folosim ambalaje reciclabile. Îți mulțumim că alegi un brand local.') +
          footer('© 2026 Dantelă & Mătase'),
      },
    ],
  },

  /* ---------- uk: request board (deepfake) ---------- */
  {
    host: 'feikhab.test',
    lang: 'uk',
    label: 'deepfake',
    shape: 'request-board',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'ФейкХаб – запити на AI-фейки знаменитостей і стрімерок',
        body:
          ageGate('Сайт містить матеріали для дорослих. Підтвердіть, що вам виповнилося 18 років.', 'Мені 18+', 'Вийти') +
          feikNav +
          h1('ФейкХаб – спільнота творців AI-фейків') +
          p(
            'Публікуйте запит, додайте фото обличчя і призначте винагороду в кредитах. Наші творці зроблять deepfake-відео чи фото з будь-якою знаменитістю, стрімеркою або блогеркою. Оплата лише після того, як ви прийняли роботу.',
            'Понад 14 000 учасників, 3 100 виконаних запитів і щодня нові фейки в архіві.',
          ) +
          h2('Свіжі запити') +
          ul(
            a('/zapyty/8812', '[REQ] ведуча ранкового шоу, відео NSFW, 500 кредитів') + ' – 19 відповідей',
            a('/zapyty/8809', '[REQ] стрімерка з Twitch, face swap на 2 хв') + ' – 7 відповідей',
            a('/zapyty/8803', '[REQ] співачка, фото-сет 10 шт., оплата в USDT') + ' – 12 відповідей',
            a('/zapyty/8799', '[REQ] інстаграм-блогерка з Києва, приватно') + ' – 4 відповіді',
          ) +
          p('Як це працює: ви створюєте запит, творці пропонують свої приклади, ви обираєте виконавця, а кредити зберігаються на депозиті, доки ви не приймете роботу. Середній час виконання – 48 годин.') +
          h2('Топ творців тижня') +
          ol('SwapMaster_UA – 611 робіт, ⭐ 4,9', 'deepkozak – 340 робіт, ⭐ 4,8', 'NeuroFaker – 207 робіт, ⭐ 4,6') +
          p('Хочете бачити всі готові фейки у повній якості? Оформіть ' + a('/vip?ref=golovna', 'VIP') + '. Перед публікацією запиту прочитайте ' + a('/pravyla', 'правила') + '.') +
          textForm('Пошук за іменем, тегом або платформою', 'Знайти', '/poshuk') +
          footer('ФейкХаб · Увесь контент згенеровано AI. Скарги DMCA – через форму зворотного зв’язку.', [
            ['/pravyla', 'Правила'],
            ['/vip', 'VIP'],
            ['/hotovi', 'Архів'],
          ]),
      },
      {
        path: '/zapyty',
        title: 'Запити – ФейкХаб',
        body:
          feikNav +
          h1('Усі запити') +
          p('Як написати гарний запит: вкажіть, хто це (актриса, стрімерка, блогерка, ведуча), додайте щонайменше 5–10 чітких фото обличчя з різних ракурсів, опишіть формат (фото чи відео, тривалість) і призначте винагороду.') +
          ul(
            '[REQ] акторка серіалу – 700 кр – відкрито',
            '[REQ] фітнес-блогерка, 3 відео – 450 кр – взято в роботу (deepkozak)',
            '[REQ] кіберспортивна стрімерка – 200 кр – виконано',
            '[REQ] телеведуча новин – 900 кр – відкрито',
            '[REQ] «однокурсниця», лише фото – відхилено модератором',
          ) +
          button('+ Створити запит') +
          footer('ФейкХаб'),
      },
      {
        path: '/hotovi',
        title: 'Готові фейки – ФейкХаб',
        body:
          feikNav +
          h1('Архів готових фейків') +
          mediaGrid([
            { title: 'Ведуча deepfake 1080p', duration: '4:20', views: '37 тис. переглядів', tags: ['ведучі', 'відео'] },
            { title: 'Стрімерка face swap', duration: '2:11', views: '21 тис. переглядів', tags: ['стрімери'] },
            { title: 'Співачка AI фото сет', duration: '0:45', views: '54 тис. переглядів', tags: ['співачки', 'фото'] },
            { title: 'Блогерка HD фейк', duration: '3:02', views: '18 тис. переглядів', tags: ['блогери'] },
          ]) +
          p('Без VIP доступні лише превʼю у низькій якості з водяним знаком. VIP відкриває завантаження у 1080p/4K та повний архів.', 'Сортуйте за датою, переглядами або творцем. Біля кожної роботи вказано, до якого запиту вона належить і скільки кредитів було в нагороді.') +
          footer('ФейкХаб'),
      },
      {
        path: '/vip',
        title: 'VIP – ФейкХаб',
        body:
          feikNav +
          h1('VIP-доступ') +
          priceTable(
            ['Тариф', 'Ціна', 'Що входить'],
            [
              ['VIP 7 днів', '149 грн / $4', 'Архів у HD, 50 кредитів'],
              ['VIP 30 днів', '399 грн / $10', 'Архів у 4K, 250 кредитів, приватні запити'],
              ['VIP назавжди', '$49', 'Усе + пріоритет у творців'],
            ],
          ) +
          p('Оплата: USDT (TRC20), BTC, Monero або подарункові картки. Кредити можна витратити як винагороду за запити. Творці, які виконали 20 запитів, отримують VIP безкоштовно. Кредити не згорають і переносяться між тарифами. Підтримка відповідає в Telegram цілодобово.') +
          footer('ФейкХаб'),
      },
      {
        path: '/pravyla',
        title: 'Правила – ФейкХаб',
        body:
          feikNav +
          h1('Правила спільноти') +
          ol(
            'Кожна робота має бути позначена як фейк.',
            'Не публікуйте адреси, телефони та інші особисті дані.',
            'Винагорода виплачується лише після прийняття роботи замовником.',
            'Суперечки щодо оплати вирішують модератори, їхнє рішення остаточне.',
            'Реклама інших форумів і каналів заборонена.',
            'Один акаунт на людину; мультиакаунти блокуються.',
            'Скарги на видалення надсилайте через форму; ми розглядаємо їх за можливості.',
            'За перше порушення – попередження, за друге – бан без повернення кредитів.',
          ) +
          footer('ФейкХаб'),
      },
    ],
  },

  /* ---------- uk: alternatives directory ---------- */
  {
    host: 'alternatyvy-ai.test',
    lang: 'uk',
    label: 'directory',
    shape: 'alternatives',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: '7 найкращих альтернатив ClothVanish у 2026 році',
        head: jsonLd({
          '@context': 'https://schema.org',
          '@type': 'ItemList',
          name: 'Альтернативи ClothVanish',
          itemListElement: [
            { '@type': 'ListItem', position: 1, url: 'https://dezbrapp.test/?ref=alt-ua' },
            { '@type': 'ListItem', position: 2, url: 'https://skindrop-ai.test/?ref=alt-ua' },
            { '@type': 'ListItem', position: 3, url: 'https://fotovarazs-ai.test/?ref=alt-ua' },
          ],
        }),
        body:
          nav(
            [
              ['/', 'Альтернативи ClothVanish'],
              ['/porivniannia', 'Порівняння'],
              ['/clothvanish-ne-pratsiuie', 'ClothVanish не працює?'],
              ['/pro-nas', 'Про нас'],
            ],
            'Альтернативи.AI',
          ) +
          h1('ClothVanish закрили? Ось 7 найкращих альтернатив у 2026') +
          p('ClothVanish довго був найпопулярнішим сервісом «undress AI» серед українськомовних користувачів, але після чергового блокування домену багато хто шукає заміну. Ми протестували сервіси, які роблять те саме – прибирають одяг із фото за допомогою AI – і порівняли ціни, якість та способи оплати.') +
          h2('1. DezbrAI – найкращий мобільний застосунок') +
          p('APK для Android, 3 безкоштовні фото на день, режими «купальник», «білизна» та повне роздягання. VIP від 19,99 лей на тиждень. ' + a('https://dezbrapp.test/?ref=alt-ua', 'Перейти до DezbrAI')) +
          h2('2. SkinDrop AI – найшвидший') +
          p('Результат за 10 секунд, 4K на тарифі Pro, X-ray режим. Оплата карткою або криптою. ' + a('https://skindrop-ai.test/?ref=alt-ua', 'Спробувати SkinDrop')) +
          h2('3. FotóVarázs AI – замаскований під фотостудію') +
          p('Головна сторінка виглядає як звичайний фоторедактор, але в розділі 18+ є функція зняття одягу. ' + a('https://fotovarazs-ai.test/modok?ref=alt-ua', 'Дивитися режими')) +
          h2('4–7. Інші варіанти') +
          ul(
            a('https://t.me/kledefri_bot?start=altua', 'KledeFri Bot') + ' – Telegram-бот, оплата в Stars',
            a('https://noegenlab.test/?aff=altua', 'NøgenLab') + ' – висока якість, без безкоштовної спроби',
            a('https://vetkoai.test/?ref=altua', 'VetkőAI') + ' – дешевий, але домен часто змінюється',
            a('https://swapnoir.test/?aff=altua', 'SwapNoir') + ' – якщо потрібен саме face swap у відео',
          ) +
          p('<small>Ми отримуємо комісію за переходи за деякими посиланнями. Ми не пов’язані з жодним із сервісів.</small>') +
          footer('© 2026 Альтернативи.AI', [
            ['/pro-nas', 'Про нас'],
            ['/porivniannia', 'Таблиця порівняння'],
          ]),
      },
      {
        path: '/porivniannia',
        title: 'Порівняння альтернатив ClothVanish – Альтернативи.AI',
        body:
          nav([['/', 'Головна'], ['/pro-nas', 'Про нас']], 'Альтернативи.AI') +
          h1('Таблиця порівняння') +
          priceTable(
            ['Сервіс', 'Безкоштовно', 'Від', 'Оплата', 'Оцінка'],
            [
              ['DezbrAI', '3 фото/день', '19,99 лей/тиж.', 'Картка, крипта', '9,0'],
              ['SkinDrop AI', '3 кредити', '59 крон', 'Картка, MobilePay, крипта', '8,8'],
              ['FotóVarázs AI', '5 кредитів', '1 990 форинтів', 'Картка, крипта', '8,1'],
              ['KledeFri Bot', '2 фото', '49 крон', 'Stars, USDT', '7,9'],
            ],
          ) +
          p('Ціни вказано у валютах самих сервісів станом на березень 2026. Оцінка враховує якість результату, швидкість і те, наскільки легко оплатити з України.', 'Ми оновлюємо таблицю щомісяця. Якщо ціна змінилася або сервіс перестав працювати, повідомте нам через форму зворотного зв’язку, і ми перевіримо інформацію.') +
          footer('© 2026 Альтернативи.AI'),
      },
      {
        path: '/clothvanish-ne-pratsiuie',
        title: 'ClothVanish не працює – що сталося? – Альтернативи.AI',
        body:
          nav([['/', 'Головна']], 'Альтернативи.AI') +
          h1('Чому ClothVanish не працює?') +
          p('Наприкінці лютого сайт ClothVanish перестав відкриватися: домен заблокував реєстратор, а Telegram-бот видалили. Офіційного «дзеркала» поки немає, і в мережі з’явилося багато фейкових копій, які просто крадуть гроші. Не вводьте дані картки на сайтах, що видають себе за ClothVanish. Якщо вам потрібен схожий сервіс, скористайтеся нашим списком перевірених альтернатив. Ми оновимо цю сторінку, щойно з’являться новини.') +
          p(a('/?utm_source=notworking', 'До списку альтернатив')) +
          footer('© 2026 Альтернативи.AI'),
      },
      {
        path: '/pro-nas',
        title: 'Про нас – Альтернативи.AI',
        body:
          nav([['/', 'Головна']], 'Альтернативи.AI') +
          h1('Про нас') +
          p('Альтернативи.AI – незалежний огляд AI-сервісів українською мовою. Ми пишемо порівняння та добірки альтернатив, коли популярні сервіси закриваються або дорожчають. Ми не є власниками жодного з перелічених сервісів і не зберігаємо ваших фото. Сайт утримується за рахунок партнерських комісій. Це не впливає на оцінки, а всі партнерські посилання позначені. Пишіть нам, якщо хочете запропонувати сервіс для огляду або виправлення.') +
          footer('© 2026 Альтернативи.AI'),
      },
    ],
  },

  /* ---------- uk: NGO (about) ---------- */
  {
    host: 'tsyfrova-hidnist.test',
    lang: 'uk',
    label: 'unrelated',
    shape: 'ngo',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Цифрова Гідність – ГО проти технологічного насильства',
        body:
          nav(
            [
              ['/doslidzhennia', 'Дослідження'],
              ['/dopomoha', 'Отримати допомогу'],
              ['/pro-nas', 'Про нас'],
              ['/pidtrymaty?utm_source=menu', 'Підтримати'],
              ['/en', 'English'],
            ],
            'Цифрова Гідність',
          ) +
          h1('Фейкові інтимні зображення – це насильство, а не жарт') +
          p(
            'Громадська організація «Цифрова Гідність» допомагає людям, які постраждали від технологічного насильства: поширення інтимних фото без згоди, шантажу та діпфейків. Ми також досліджуємо сервіси, які на цьому заробляють, і домагаємося їх закриття.',
            'Так звані «nudify»-застосунки та Telegram-боти обіцяють «роздягнути будь-яке фото за 10 секунд». Вони продають кредити за кілька доларів, а жертвами стають переважно жінки – журналістки, військові, блогерки, студентки.',
          ) +
          h2('Що ми робимо') +
          ul(
            'Безкоштовна юридична та психологічна консультація',
            'Допомога з видаленням контенту з платформ',
            'Моніторинг Telegram-ботів і сайтів, що продають «роздягання» та діпфейки',
            'Скарги хостинг-провайдерам, реєстраторам доменів і платіжним системам',
            'Тренінги для поліції, шкіл і журналістів',
          ) +
          blockquote('Я думала, що ніхто не допоможе. Юристка «Цифрової Гідності» за тиждень домоглася видалення всіх публікацій.', 'Клієнтка організації') +
          h2('Цифри 2025 року') +
          p('Ми задокументували 212 сервісів, отримали 1 430 звернень і домоглися видалення понад 9 000 матеріалів. ' + a('/doslidzhennia', 'Читайте наш звіт') + '.') +
          p(a('/dopomoha', 'Потрібна допомога? Напишіть нам') + ' – конфіденційно і безкоштовно.') +
          footer('ГО «Цифрова Гідність» (вигадана організація) · Усі консультації конфіденційні.', [
            ['/pro-nas', 'Про нас'],
            ['/pidtrymaty?utm_source=footer', 'Задонатити'],
            ['/konfidentsiinist', 'Політика конфіденційності'],
          ]),
      },
      {
        path: '/doslidzhennia',
        title: 'Дослідження: ринок «роздягання» за допомогою AI – Цифрова Гідність',
        body:
          nav([['/', 'Головна'], ['/dopomoha', 'Допомога']], 'Цифрова Гідність') +
          h1('Звіт 2025: як працює ринок nudify-сервісів') +
          p(
            'Протягом року ми відстежували сайти, застосунки й Telegram-боти, що пропонують «зняти одяг» із фото або вставити обличчя людини у порнографічне відео. Типова модель: кілька безкоштовних спроб, далі – пакети кредитів або «VIP на тиждень». Оплата приймається через картки сторонніх посередників і криптовалюту.',
            'Сервіси часто змінюють домени, використовують «дзеркала» та сайти-каталоги з партнерськими посиланнями, щоб залучати нових користувачів. Ми рекомендуємо платформам блокувати не лише самі боти, а й рекламні канали та каталоги.',
          ) +
          a('/files/zvit-2025.pdf', 'Завантажити повний звіт (PDF, 2,1 МБ)') +
          footer('ГО «Цифрова Гідність»'),
      },
      {
        path: '/dopomoha',
        title: 'Отримати допомогу – Цифрова Гідність',
        body:
          nav([['/', 'Головна']], 'Цифрова Гідність') +
          h1('Якщо ви постраждали') +
          ol(
            'Збережіть докази: скриншоти, посилання, нікнейми, дату й час.',
            'Не платіть шантажистам і не вступайте з ними в переписку.',
            'Зверніться до кіберполіції або до нас – ми допоможемо скласти заяву.',
            'Ми надішлемо скарги платформам і хостингам від вашого імені.',
          ) +
          p('Гаряча лінія працює щодня з 9:00 до 21:00. Можна звертатися анонімно. Ми не передаємо ваші дані нікому без вашої згоди.') +
          textForm('Коротко опишіть ситуацію (без фото)', 'Надіслати', '/dopomoha/zvernennia') +
          footer('ГО «Цифрова Гідність»'),
      },
      {
        path: '/pro-nas',
        title: 'Про нас – Цифрова Гідність',
        body:
          nav([['/', 'Головна']], 'Цифрова Гідність') +
          h1('Про організацію') +
          p('«Цифрова Гідність» заснована у 2022 році юристками, психологинями та ІТ-фахівцями. Ми працюємо по всій Україні та з українками за кордоном. Фінансування отримуємо від міжнародних фондів і приватних донорів. Ми не приймаємо коштів від технологічних компаній, діяльність яких досліджуємо. Наші річні звіти відкриті. У команді працює 18 людей у Києві, Львові та Дніпрі, а також волонтери, які допомагають із моніторингом.') +
          footer('ГО «Цифрова Гідність»'),
      },
      {
        path: '/pidtrymaty',
        title: 'Підтримати – Цифрова Гідність',
        body:
          nav([['/', 'Головна']], 'Цифрова Гідність') +
          h1('Підтримайте нашу роботу') +
          p('Кожна консультація, скарга й тренінг можливі завдяки донатам. 200 гривень покривають годину роботи юристки. Ви можете зробити разовий внесок або стати постійним донором. Ми звітуємо про кожну витрачену гривню у щорічному фінансовому звіті.', 'Компанії можуть підтримати нас через корпоративні програми, а волонтери – долучитися до моніторингу сайтів і ботів. Дякуємо всім, хто з нами. Разом ми робимо інтернет безпечнішим.') +
          button('Задонатити') +
          footer('ГО «Цифрова Гідність»'),
      },
    ],
  },
];
