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

const silkNav = nav(
  [
    ['/kolekcijos/liemeneles', 'Liemenėlės'],
    ['/kolekcijos/maudymosi', 'Maudymosi kostiumėliai'],
    ['/dydziu-lentele', 'Dydžių lentelė'],
    ['/pristatymas-grazinimas', 'Pristatymas ir grąžinimas'],
    ['/apie-mus', 'Apie mus'],
    ['/krepselis', 'Krepšelis (0)'],
  ],
  'Šilko Sapnas',
);

const voltsNav = nav(
  [
    ['/kategooriad', 'Kategooriad'],
    ['/uued', 'Uued'],
    ['/premium?ref=menu', 'Premium'],
    ['/dmca', 'DMCA'],
    ['/2257', '2257'],
  ],
  'VõltsTähed',
);

const sleciNav = nav(
  [
    ['/navodila', 'Navodila'],
    ['/cenik', 'Cenik'],
    ['/pogoji', 'Pogoji'],
    ['https://t.me/sleci_bot?start=splet', 'Odpri v Telegramu'],
  ],
  'SlečiBot',
);

const palitNav = nav(
  [
    ['/templates', 'Templates'],
    ['/presyo?ref=nav', 'Presyo'],
    ['/faq', 'FAQ'],
    ['/login', 'Mag-login'],
  ],
  'PalitMukha AI',
);

export const sites: CorpusSite[] = [
  /* ---------- lt: lingerie shop (hard negative) ---------- */
  {
    host: 'silko-sapnas.test',
    lang: 'lt',
    label: 'unrelated',
    shape: 'lingerie-shop',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Šilko Sapnas – apatinis trikotažas, naktiniai ir maudymosi kostiumėliai',
        head: jsonLd({ '@context': 'https://schema.org', '@type': 'Store', name: 'Šilko Sapnas', address: { '@type': 'PostalAddress', addressLocality: 'Kaunas', addressCountry: 'LT' } }),
        body:
          cookieBanner('Naudojame slapukus, kad veiktų krepšelis ir galėtume rodyti jums aktualius pasiūlymus.', 'Sutinku', 'Tik būtini') +
          silkNav +
          p('🚚 Nemokamas pristatymas nuo 50 € · 30 dienų grąžinimas · Diskreti pakuotė') +
          h1('Pavasario kolekcija jau čia') +
          p(
            'Šilko Sapnas – lietuviškas apatinio trikotažo prekės ženklas. Kuriame liemenėles, kelnaites, naktinius ir maudymosi kostiumėlius iš natūralaus šilko, medvilnės ir europietiškų nėrinių. Kiekvienas modelis siuvamas mūsų dirbtuvėje Kaune.',
            'Dydžiai nuo 65A iki 95G, nes kiekvienas kūnas nusipelno patogumo. Nežinote savo dydžio? Mūsų konsultantės nemokamai padės per pokalbį ar vaizdo skambutį.',
          ) +
          img(5, 'Pavasario kolekcija') +
          h2('Perkamiausi') +
          ul('Nėriniuota liemenėlė „Alyva“ – 39 €', 'Šilkinis naktinių komplektas „Vakaras“ – 89 €', 'Ekologiškos medvilnės kelnaitės, 3 vnt. – 24 €', 'Vientisas maudymosi kostiumėlis „Palanga“ – 59 €', 'Sportinė liemenėlė „Judesys“ – 35 €') +
          h2('Kodėl mes') +
          ul('Nemokama dydžio konsultacija', 'OEKO-TEX sertifikuotos medžiagos', 'Diskreti ir perdirbama pakuotė', 'Apmokėjimas banko pavedimu, kortele arba išsimokėtinai') +
          blockquote('Pagaliau liemenėlė, kuri tikrai tinka! Konsultantė puikiai patarė dėl dydžio.', 'Rūta, Vilnius') +
          p('Mūsų salonas Kauno senamiestyje veikia nuo pirmadienio iki šeštadienio. Čia galite pasimatuoti visą kolekciją ir pasikalbėti su konsultante be skubėjimo.') +
          textForm('Užsiprenumeruokite naujienlaiškį ir gaukite 10 % nuolaidą', 'Prenumeruoti', '/naujienlaiskis') +
          footer('© 2026 Šilko Sapnas, UAB (išgalvota įmonė) · Kaunas', [
            ['/pristatymas-grazinimas', 'Pristatymas ir grąžinimas'],
            ['/taisykles', 'Pirkimo taisyklės'],
            ['/privatumas', 'Privatumo politika'],
          ]),
      },
      {
        path: '/kolekcijos/liemeneles',
        title: 'Liemenėlės – Šilko Sapnas',
        body:
          silkNav +
          h1('Liemenėlės') +
          ul('Bralette „Alyva“, nėriniai, 39 €', 'Su lankeliu „Klasika“, 65A–95G, 45 €', 'Sportinė „Judesys“, 35 €', 'Maitinimo liemenėlė „Mama“, 42 €', 'Be petnešėlių „Šventė“, 49 €') +
          p('Nežinote, kokį dydį renkatės? Pasinaudokite mūsų dydžių lentele arba užsisakykite nemokamą 15 minučių vaizdo konsultaciją. Visas liemenėles galima grąžinti per 30 dienų, jei jos nebuvo dėvėtos ir turi etiketes. Dydžio keitimas visada nemokamas.') +
          footer('© 2026 Šilko Sapnas'),
      },
      {
        path: '/kolekcijos/maudymosi',
        title: 'Maudymosi kostiumėliai – Šilko Sapnas',
        body:
          silkNav +
          h1('Maudymosi kostiumėliai 2026') +
          p('Vientisi kostiumėliai, bikiniai ir tankiniai Baltijos jūros įkvėptomis spalvomis. Audinys atsparus chlorui ir sūriam vandeniui, o kaušelius galima išimti. Viršutinė ir apatinė dalys parduodamos atskirai, kad galėtumėte išsirinkti tinkamą dydį kiekvienai.') +
          ul('Vientisas „Palanga“ – 59 €', 'Bikinis „Nida“ – 49 €', 'Tankinis „Kuršių“ – 55 €', 'Lininis paplūdimio pareo – 29 €') +
          footer('© 2026 Šilko Sapnas'),
      },
      {
        path: '/dydziu-lentele',
        title: 'Dydžių lentelė – Šilko Sapnas',
        body:
          silkNav +
          h1('Kaip išsimatuoti dydį') +
          ol('Išmatuokite apimtį po krūtine, laikydami juostelę horizontaliai.', 'Išmatuokite krūtinės apimtį per labiausiai išsikišusią vietą.', 'Skirtumas tarp šių matmenų nurodo kaušelio dydį.') +
          priceTable(['Skirtumas', 'Kaušelis'], [['12–14 cm', 'A'], ['14–16 cm', 'B'], ['16–18 cm', 'C'], ['18–20 cm', 'D'], ['20–22 cm', 'E']]) +
          p('Jei esate tarp dviejų dydžių, rinkitės didesnį juosmens dydį. Abejojate? Mūsų konsultantės mielai padės nemokamai.', 'Matuokitės be liemenėlės arba su plona liemenėle be įdėklų, stovėdami tiesiai. Dydžio keitimas visada nemokamas.') +
          footer('© 2026 Šilko Sapnas'),
      },
      {
        path: '/pristatymas-grazinimas',
        title: 'Pristatymas ir grąžinimas – Šilko Sapnas',
        body:
          silkNav +
          h1('Pristatymas ir grąžinimas') +
          p('Prekes siunčiame per kurjerį ir į paštomatus visoje Lietuvoje, Latvijoje ir Estijoje. Pristatymas trunka 1–3 darbo dienas ir kainuoja 3,50 €, o užsakymams nuo 50 € – nemokamai. Nedėvėtas prekes su etiketėmis galite grąžinti per 30 dienų. Dėl higienos kelnaites ir maudymosi kostiumėlius galima grąžinti tik nepažeista apsaugine plėvele. Pinigus grąžiname per 14 dienų.') +
          footer('© 2026 Šilko Sapnas'),
      },
      {
        path: '/apie-mus',
        title: 'Apie mus – Šilko Sapnas',
        body:
          silkNav +
          h1('Mūsų istorija') +
          p('Pradėjome 2016 metais su viena siuvimo mašina ir paprasta idėja: gražus apatinis trikotažas, kuris tinka tikriems kūnams. Šiandien mūsų komandoje dirba 12 žmonių, o kiekvienas gaminys sukirpiamas ir pasiuvamas mūsų dirbtuvėje Kaune. Bendradarbiaujame su Europos nėrinių ir šilko tiekėjais ir naudojame perdirbamas pakuotes. Ačiū, kad renkatės lietuvišką prekės ženklą.') +
          footer('© 2026 Šilko Sapnas'),
      },
    ],
  },

  /* ---------- lt: blocklist (about) ---------- */
  {
    host: 'saugustinklas-blokas.test',
    lang: 'lt',
    label: 'unrelated',
    shape: 'blocklist',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Saugus Tinklas – nudify ir deepfake svetainių blokavimo sąrašas',
        body:
          nav(
            [
              ['/sarasas', 'Sąrašas'],
              ['/kaip-naudoti', 'Kaip naudoti'],
              ['/pranesti', 'Pranešti svetainę'],
              ['/apie', 'Apie projektą'],
            ],
            'Saugus Tinklas',
          ) +
          h1('Atviras svetainių, siūlančių „nurengimą“ ir seksualinius deepfake, blokavimo sąrašas') +
          p(
            'Saugus Tinklas – ne pelno siekiantis projektas, kuris renka ir tikrina svetaines, programėles ir Telegram botus, siūlančius dirbtiniu intelektu „nuimti drabužius“ nuo nuotraukų arba įkelti žmonių veidus į suaugusiesiems skirtus vaizdo įrašus be jų sutikimo.',
            'Sąrašą nemokamai naudoja mokyklos, bibliotekos, įmonės ir interneto paslaugų teikėjai savo DNS filtruose, ugniasienėse ir tėvų kontrolės įrankiuose. Jis atnaujinamas kasdien.',
          ) +
          h2('Sąrašo formatai') +
          ul(
            a('/sarasas/hosts.txt', 'hosts failas'),
            a('/sarasas/domenai.txt', 'domenų sąrašas (po vieną eilutėje)'),
            a('/sarasas/adblock.txt', 'Adblock sintaksė'),
            a('/sarasas/rpz.zone', 'DNS RPZ zona'),
          ) +
          h2('Statistika') +
          p('Šiuo metu sąraše yra 1 412 domenų ir 318 Telegram botų. Per paskutinį mėnesį pridėta 96 nauji įrašai, 41 pašalintas, nes svetainė nebeveikia. Kiekvieną įrašą prieš įtraukiant patikrina bent du savanoriai.') +
          h2('Kriterijai') +
          p('Į sąrašą įtraukiame tik tas svetaines, kurios pačios siūlo arba parduoda nurengimo ar seksualinio deepfake paslaugą, taip pat katalogus ir reitingus, kurie jas reklamuoja partnerių nuorodomis. Žiniasklaidos straipsniai, pagalbos aukoms puslapiai ir įprasti nuotraukų redaktoriai į sąrašą neįtraukiami.') +
          footer('Saugus Tinklas – išgalvotas projektas bandymų aplinkai. Sąrašas platinamas pagal CC0 licenciją.', [
            ['/apie', 'Apie'],
            ['/pranesti', 'Pranešti'],
            ['/klaidos', 'Pranešti apie klaidą'],
          ]),
      },
      {
        path: '/sarasas',
        title: 'Sąrašas – Saugus Tinklas',
        body:
          nav([['/', 'Pradžia'], ['/kaip-naudoti', 'Kaip naudoti']], 'Saugus Tinklas') +
          h1('Naujausi įrašai') +
          priceTable(
            ['Domenas / botas', 'Tipas', 'Pridėta', 'Būsena'],
            [
              ['nuorubai-studija.test', 'Nurengimas pagal užsakymą', '2026-03-02', 'aktyvi'],
              ['goloai.test', 'Nurengimo SaaS', '2026-02-27', 'aktyvi'],
              ['liceswap.test', 'Face swap su 18+ šablonais', '2026-02-25', 'aktyvi'],
              ['@sleci_bot', 'Telegram nurengimo botas', '2026-02-21', 'aktyvi'],
              ['ai-recenzije-hr.test', 'Reklaminis apžvalgų katalogas', '2026-02-19', 'aktyvi'],
              ['clothvanish.test', 'Nurengimo SaaS', '2025-12-11', 'nebeveikia'],
            ],
          ) +
          p('Lentelėje rodomi tik naujausi įrašai; kiekvienas įrašas turi patikrinimo datą, kategoriją ir trumpą pastabą apie tai, ką svetainė siūlo.') +
          p('Visas sąrašas pateikiamas atsisiunčiamais failais. Įrašai, kurie nebeveikia 90 dienų, perkeliami į archyvą, bet lieka istorijoje, nes tokios svetainės dažnai sugrįžta su nauju domenu.') +
          footer('Saugus Tinklas'),
      },
      {
        path: '/kaip-naudoti',
        title: 'Kaip naudoti – Saugus Tinklas',
        body:
          nav([['/', 'Pradžia']], 'Saugus Tinklas') +
          h1('Kaip naudoti sąrašą') +
          ol(
            'Mokykloms ir bibliotekoms: įkelkite domenų sąrašą į savo DNS filtrą arba ugniasienę ir nustatykite automatinį atnaujinimą kartą per parą.',
            'Namų tinklams: pridėkite sąrašo nuorodą į savo maršrutizatoriaus ar tėvų kontrolės programos blokavimo sąrašus.',
            'Interneto paslaugų teikėjams: naudokite RPZ zoną ir susisiekite su mumis dėl tiesioginio sinchronizavimo.',
          ) +
          p('Sąrašas neblokuoja Telegram botų tiesiogiai – juos galima pranešti pačiam Telegram, o mes perduodame informaciją platformai.') +
          footer('Saugus Tinklas'),
      },
      {
        path: '/pranesti',
        title: 'Pranešti svetainę – Saugus Tinklas',
        body:
          nav([['/', 'Pradžia']], 'Saugus Tinklas') +
          h1('Pranešti naują svetainę ar botą') +
          p('Radote svetainę, programėlę ar botą, kuris siūlo nurengti žmones nuotraukose ar kurti seksualinius deepfake? Praneškite mums. Nurodykite adresą ir, jei žinote, kur radote reklamą. Prašome nesiųsti pačių vaizdų. Savanoriai patikrins pranešimą per 48 valandas.', 'Jei svetainė atitinka kriterijus, ji bus įtraukta į kitą sąrašo atnaujinimą. Jei manote, kad jūsų svetainė į sąrašą pateko per klaidą, naudokite klaidų pranešimo formą – peržiūrėsime sprendimą.') +
          textForm('Svetainės adresas arba boto vardas', 'Pranešti', '/pranesti/siusti') +
          footer('Saugus Tinklas'),
      },
    ],
  },

  /* ---------- et: tube (deepfake) ---------- */
  {
    host: 'voltstahed.test',
    lang: 'et',
    label: 'deepfake',
    shape: 'tube',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'VõltsTähed – kuulsuste deepfake videod HD-s',
        head: metaDescription('Parimad deepfake videod näitlejatest, lauljatest, influencer’itest ja striimijatest. Uued videod iga päev, HD ja 4K.'),
        body:
          ageGate('See veebileht sisaldab täiskasvanutele mõeldud materjali. Kinnita, et oled vähemalt 18-aastane.', 'Olen 18+', 'Lahku') +
          voltsNav +
          h1('Kuulsuste deepfake videod – uued iga päev') +
          p(
            'Baltimaade suurim AI face swap videote kogu. Näitlejad, lauljad, telesaatejuhid ja influencer’id – kõik tehtud tehisintellektiga, kvaliteediga kuni 4K.',
            'Lisame iga päev vähemalt 15 uut videot. Otsi nime, kanali või sildi järgi ja salvesta lemmikud oma nimekirja. Premium-liikmed näevad kõiki videoid reklaamivabalt ja saavad neid alla laadida.',
          ) +
          h2('Uued videod') +
          mediaGrid([
            { title: 'Popstaar AI face swap', duration: '11:20', views: '36k vaatamist', tags: ['kuulsused', 'hd'] },
            { title: 'Hommikusaate juht deepfake', duration: '07:45', views: '24k vaatamist', tags: ['tv'] },
            { title: 'Influencer Tallinnast', duration: '05:58', views: '19k vaatamist', tags: ['influencer'] },
            { title: 'Sarjanäitleja 4K', duration: '14:02', views: '51k vaatamist', tags: ['näitlejad', '4k'] },
            { title: 'Striimija face swap', duration: '08:30', views: '17k vaatamist', tags: ['striimijad'] },
            { title: 'Sportlane fake HD', duration: '06:12', views: '21k vaatamist', tags: ['sportlased'] },
          ]) +
          p('Täna: 18 uut videot · Kokku: 2 940 videot · Hetkel online: 860 kasutajat') +
          h2('Kõige vaadatumad sel nädalal') +
          ul(a(`/v/${encodeURIComponent('sarjanäitleja-4k')}`, 'Sarjanäitleja 4K') + ' – 51k', a('/v/popstaar-ai-face-swap', 'Popstaar AI face swap') + ' – 36k', a('/v/hommikusaate-juht-deepfake', 'Hommikusaate juht deepfake') + ' – 24k') +
          h2('Populaarsed sildid') +
          p(['#kuulsused', '#influencer', '#tv', '#striimijad', '#4k', '#eestlannad'].map((t) => a(`/tag/${encodeURIComponent(t.slice(1))}`, t)).join(' ')) +
          p('Kogu sisu on AI-genereeritud ja väljamõeldud. Reklaamivabaks vaatamiseks vaata ' + a('/premium?ref=avaleht', 'Premiumi') + '.') +
          textForm('Otsi nime, kanali või sildi järgi', 'Otsi', '/otsi') +
          p('Premium-liikmed saavad saata soove kindlate inimeste kohta ning laadida videoid alla 1080p või 4K kvaliteediga. Uued liikmed saavad esimese nädala poole hinnaga.') +
          footer('© 2026 VõltsTähed. Kõik näod on digitaalsed loomingud.', [
            ['/dmca', 'DMCA'],
            ['/2257', '18 U.S.C. 2257'],
            ['/premium', 'Premium'],
            ['/tingimused', 'Tingimused'],
          ]),
      },
      {
        path: '/kategooriad',
        title: 'Kategooriad – VõltsTähed',
        body:
          voltsNav +
          h1('Kategooriad') +
          ul(
            a('/tag/kuulsused', 'Eesti kuulsused') + ' – 980 videot',
            a('/tag/tv', 'Telesaatejuhid') + ' – 410 videot',
            a('/tag/influencer', 'Influencer’id ja TikTok') + ' – 720 videot',
            a('/tag/striimijad', 'Striimijad') + ' – 260 videot',
            a('/tag/näitlejad', 'Näitlejad') + ' – 540 videot',
            a('/tag/4k', '4K Ultra HD') + ' – 120 videot',
          ) +
          p('Kas sul on soov kindla inimese kohta? Premium-liikmed saavad saata ühe soovi nädalas. Kategooriaid uuendatakse automaatselt iga kord, kui lisandub uus video, ja iga kategooriat saab sortida kuupäeva, vaatamiste või kestuse järgi. Uusi kategooriaid lisame igal kuul.') +
          footer('© 2026 VõltsTähed'),
      },
      {
        path: '/premium',
        title: 'Premium – VõltsTähed',
        body:
          voltsNav +
          h1('Premium-ligipääs') +
          priceTable(
            ['Pakett', 'Hind', 'Sisaldab'],
            [
              ['1 kuu', '9,99 €', 'Reklaamivaba, 1080p'],
              ['3 kuud', '24,99 €', '4K, allalaadimine, soovid'],
              ['Eluaegne', '79 €', 'Kõik + varajane ligipääs'],
            ],
          ) +
          p('Maksta saab kaardiga kolmanda osapoole kaudu või krüptovaluutas. Kaardi väljavõttel on neutraalne kaupmehe nimi. Tellimus uueneb automaatselt, kuid selle saab igal ajal oma kontol tühistada. Premium-liikmetel on ligipääs kogu arhiivile.', 'Eluaegne pakett on ühekordne makse ja sisaldab ka kõiki tulevasi videoid. Kolmekuune pakett annab õiguse saata üks soov nädalas. Makse kinnitatakse tavaliselt mõne minutiga, krüptomaksed pärast võrgu kinnitust.') +
          footer('© 2026 VõltsTähed'),
      },
      {
        path: '/dmca',
        title: 'DMCA – VõltsTähed',
        body:
          voltsNav +
          h1('DMCA eemaldamise kord') +
          p('Kui arvad, et mõni video rikub sinu õigusi, saada taotlus, milles on video link, sinu kontaktandmed ja heauskne kinnitus. Taotlused vaadatakse läbi 14 tööpäeva jooksul. Veebileht majutab kasutajate üles laaditud sisu ega vastuta selle eest. Puudulikke taotlusi ei menetleta ja sama video korduvad taotlused lükatakse automaatselt tagasi. Taotlusi võetakse vastu ainult kontaktivormi kaudu, mitte e-postiga.') +
          footer('© 2026 VõltsTähed'),
      },
      {
        path: '/2257',
        title: '2257 – VõltsTähed',
        body:
          voltsNav +
          h1('18 U.S.C. 2257 teatis') +
          p('Kõik videotes esinevad isikud on tehisintellekti loodud digitaalsed kujutised või algsete videote täisealised näitlejad. Veebileht ei ole algse materjali tootja. Dokumente säilitavad algsed tootjad. Küsimuste korral selle teatise kohta võta ühendust tugimeeskonnaga kontaktivormi kaudu; vastame mõne tööpäeva jooksul.', 'Kogu sisu on tehisintellekti abil loodud ja väljamõeldud. Veebilehe kasutamisega kinnitad, et oled vähemalt 18-aastane ja et täiskasvanutele mõeldud sisu vaatamine on sinu asukohas lubatud.') +
          footer('© 2026 VõltsTähed'),
      },
    ],
  },

  /* ---------- et: coupon directory ---------- */
  {
    host: 'ai-sooduskood.test',
    lang: 'et',
    label: 'directory',
    shape: 'coupon',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'AI sooduskoodid – kehtivad koodid AI-rakendustele (märts 2026)',
        body:
          nav(
            [
              ['/kood/liceswap', 'LiceSwap'],
              ['/kood/goloai', 'GoloAI'],
              ['/kood/voltstahed', 'VõltsTähed'],
              ['/meist', 'Meist'],
            ],
            'AI Sooduskood',
          ) +
          h1('Kontrollitud sooduskoodid AI-rakendustele') +
          p('Säästa kuni 50% populaarsetel AI-teenustel: undress, face swap, NSFW pildigeneraatorid ja deepfake-videod. Kontrollime koode iga nädal ja märgime aegunud koodid. Me ise midagi ei müü – suuname sind partnerite pakkumisteni ja võime saada komisjonitasu.') +
          h2('Enim kasutatud koodid') +
          priceTable(
            ['Teenus', 'Soodustus', 'Kood', 'Kontrollitud'],
            [
              [a('https://liceswap.test/cijene?ref=sooduskood', 'LiceSwap'), '25% Spicy plaanilt', 'EESTI25', '3. märts 2026'],
              [a('https://goloai.test/ceni?ref=sooduskood', 'GoloAI'), '+40 krediiti', 'GOLO40', '1. märts 2026'],
              [a('https://voltstahed.test/premium?ref=sooduskood', 'VõltsTähed'), '3 kuud 19,99 €', 'TAHED3', '27. veebruar 2026'],
              [a('https://tvarstudio.test/cennik?ref=sooduskood', 'TvárStudio'), '20% Pro-lt', 'TVAR20', '24. veebruar 2026'],
              [a('https://t.me/sleci_bot?start=sooduskood', 'SlečiBot'), '2x krediidid esimesel ostul', '(automaatne)', '20. veebruar 2026'],
            ],
          ) +
          h2('Kuidas koodi kasutada') +
          ol('Kopeeri kood tabelist.', 'Ava teenus meie lingi kaudu, et soodustus tuvastataks.', 'Vali krediidipakett või tellimus ja sisesta kood makse juures.', 'Kontrolli lõpphinda enne kinnitamist.') +
          p('Mõned teenused annavad soodustuse ainult krüptomaksel. Kui kood ei tööta, anna meile kommentaarides teada.', 'Viimati uuendatud: 3. märts 2026. Nimekirjas on praegu 19 kehtivat ja 8 aegunud koodi, mida hoiame alles viitena. Kõige populaarsem kood sel kuul oli EESTI25, mida kasutas üle 300 lugeja.') +
          h2('Korduma kippuvad küsimused') +
          faq('KKK', [
            ['Kas koodid on tasuta?', 'Jah. Koodid on tasuta, me saame väikese komisjonitasu, kui ostad meie lingi kaudu.'],
            ['Miks kood ei tööta?', 'Kood võib olla aegunud või kehtida ainult uutele kontodele. Proovi teist koodi või anna meile teada.'],
          ]) +
          textForm('Saa uued koodid e-postiga', 'Telli', '/uudiskiri') +
          footer('© 2026 AI Sooduskood · Lehel on partnerlingid.', [
            ['/meist', 'Meist'],
            ['/kood/liceswap', 'LiceSwap kood'],
          ]),
      },
      {
        path: '/kood/liceswap',
        title: 'LiceSwap sooduskood – 25% Spicy plaanilt',
        body:
          nav([['/', 'Kõik koodid'], ['/kood/goloai', 'GoloAI']], 'AI Sooduskood') +
          h1('LiceSwap sooduskood: EESTI25') +
          p('LiceSwap on Horvaatia face swap teenus, kus saab vahetada nägu videotes ja mille Spicy plaan sisaldab täiskasvanutele mõeldud 18+ malle ning oma videote üleslaadimist. Koodiga EESTI25 maksab Spicy plaan esimesel kuul 13,49 € tavahinna 17,99 € asemel. Kood kehtib ainult uutele kontodele ja seda saab kasutada üks kord. Kontrollitud 3. märtsil 2026.') +
          p(a('https://liceswap.test/cijene?ref=sooduskood&utm_medium=kood', 'Kasuta koodi LiceSwapis')) +
          footer('© 2026 AI Sooduskood'),
      },
      {
        path: '/kood/goloai',
        title: 'GoloAI sooduskood – AI Sooduskood',
        body:
          nav([['/', 'Kõik koodid']], 'AI Sooduskood') +
          h1('GoloAI: +40 krediiti tasuta') +
          p('GoloAI on Bulgaaria „undress AI“ teenus, mis eemaldab fotodelt riided ning pakub bikiini-, pesu- ja täieliku lahtiriietamise režiimi. Koodiga GOLO40 saad Pro paketi ostmisel 40 krediiti lisaks. Liides on bulgaaria ja inglise keeles. Kood ei kehti koos krüptomakse boonusega.', 'Kood kehtib kuni 31. märtsini 2026 ja seda saab kasutada üks kord konto kohta. Viimati kontrollisime seda 1. märtsil.') +
          p(a('https://goloai.test/ceni?ref=sooduskood', 'Mine GoloAI lehele')) +
          footer('© 2026 AI Sooduskood'),
      },
      {
        path: '/kood/voltstahed',
        title: 'VõltsTähed Premium sooduskood – AI Sooduskood',
        body:
          nav([['/', 'Kõik koodid']], 'AI Sooduskood') +
          h1('VõltsTähed Premium: 3 kuud 19,99 € eest') +
          p('VõltsTähed on deepfake-videote portaal, kus on tuhandeid AI face swap videoid kuulsustest, influencer’itest ja striimijatest. Premium annab reklaamivaba vaatamise, 4K kvaliteedi ja allalaadimise. Koodiga TAHED3 maksab kolmekuune pakett 19,99 € tavapärase 24,99 € asemel.', 'Pakkumine kehtib nii kaardi- kui ka krüptomaksel. Pärast kolme kuud uueneb tellimus tavahinnaga, kui sa seda enne ei tühista.') +
          p(a('https://voltstahed.test/premium?ref=sooduskood', 'Aktiveeri pakkumine')) +
          footer('© 2026 AI Sooduskood'),
      },
      {
        path: '/meist',
        title: 'Meist – AI Sooduskood',
        body:
          nav([['/', 'Kõik koodid']], 'AI Sooduskood') +
          h1('Meist') +
          p('AI Sooduskood kogub sooduskoode tehisintellekti rakendustele ja veebilehtedele. Me ei ole loetletud teenustega otseselt seotud ega vastuta nende sisu või tavade eest. Leht teenib tulu partnerprogrammide komisjonitasudest. Kui oled rakenduse arendaja ja soovid nimekirja pääseda, kirjuta meile – kontrollime iga koodi enne avaldamist. Meie väike toimetus asub Tallinnas ja uuendab lehte iga nädal. Aitäh, et loed!') +
          footer('© 2026 AI Sooduskood'),
      },
    ],
  },

  /* ---------- et: SFW face swap (hard negative) ---------- */
  {
    host: 'naonali.test',
    lang: 'et',
    label: 'unrelated',
    shape: 'sfw-faceswap',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'NäoNali – lõbus näovahetus meemide, sünnipäevade ja filmistseenide jaoks',
        head:
          metaDescription('Pane oma nägu filmistseeni, meemi või sünnipäevakaardile. Perekonnasõbralik face swap rakendus, kus NSFW sisu ei ole lubatud.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'MobileApplication', name: 'NäoNali', operatingSystem: 'Android, iOS', aggregateRating: { '@type': 'AggregateRating', ratingValue: 4.6, ratingCount: 3410 } }),
        body:
          cookieBanner('Kasutame küpsiseid, et meeles pidada sinu eelistusi ja koguda anonüümset statistikat.', 'Nõustun', 'Keeldun') +
          nav(
            [
              ['/mallid', 'Mallid'],
              ['/hinnad', 'Hinnad'],
              ['/reeglid', 'Kasutusreeglid'],
              ['/kkk', 'KKK'],
            ],
            'NäoNali',
          ) +
          h1('Ole ise peaosas – sekundiga') +
          p(
            'NäoNali on lõbus näovahetuse rakendus. Laadi üles oma selfie, vali mall ja vaata, kuidas sinust saab superkangelane, laulupeo dirigent või pulmas tantsiv onu. Sobib suurepäraselt meemideks, sünnipäevatervitusteks ja sõpradega jagamiseks.',
            'Kasutame ainult sinu enda fotot või nende sõprade fotosid, kes on nõus. NSFW sisu ei ole lubatud ja kuulsuste nägusid ilma loata kasutada ei saa. Igal videol on nähtav märk „AI“.',
          ) +
          upload('Laadi üles oma selfie', '/vaheta', 'Proovi tasuta') +
          h2('Mida saad teha') +
          ul('🎂 Sünnipäeva- ja nimepäevakaardid', '🎬 Stseenid klassikalistest filmidest (litsentsiga)', '😂 Meemid ja GIF-id grupivestlusesse', '🎄 Jõulutervitused kogu perele', '⚽ Hetked kohaliku jalgpallifinaali tribüünilt') +
          h2('Miks meid usaldatakse') +
          p('Üle 90 000 allalaadimise Eestis ja Lätis. Fotod kustutatakse 24 tunni pärast ning sisukontroll lükkab automaatselt tagasi alastuse ja vägivalla. Kui keegi kasutas sinu nägu ilma loata, kirjuta meile ja video eemaldatakse samal päeval.') +
          storeBadges('/download/naonali.apk') +
          faq('Kiired küsimused', [
            ['Kas see on tasuta?', 'Jah, 5 videot päevas vesimärgiga. NäoNali Plus maksab 2,99 € kuus.'],
            ['Kas saan oma video üles laadida?', 'Ei. Kasutame ainult oma kontrollitud malle, et kõik jääks perekonnasõbralikuks.'],
          ]) +
          footer('© 2026 NäoNali. Tehtud Tartus.', [
            ['/reeglid', 'Kasutusreeglid'],
            ['/privaatsus', 'Privaatsus'],
            ['/hinnad?utm_source=footer', 'Hinnad'],
          ]),
      },
      {
        path: '/mallid',
        title: 'Mallid – NäoNali',
        body:
          nav([['/', 'Avaleht'], ['/hinnad', 'Hinnad']], 'NäoNali') +
          h1('Nädala mallid') +
          mediaGrid([
            { title: 'Superkangelane katusel', duration: '0:12', views: '22k kasutust', tags: ['filmid'] },
            { title: 'Pulmatants meem', duration: '0:18', views: '31k kasutust', tags: ['pulm', 'meem'] },
            { title: 'Sünnipäevatort', duration: '0:09', views: '14k kasutust', tags: ['sünnipäev'] },
            { title: 'Jõuluvana korstnas', duration: '0:15', views: '11k kasutust', tags: ['jõulud'] },
          ]) +
          p('Mallid on jaotatud kategooriatesse: filmid, pulmad, sünnipäevad, pühad ja sport. Iga mall kestab 5–20 sekundit ja sobib hästi sotsiaalmeediasse jagamiseks. Kõik mallid on tasuta kasutatavad.') +
          p('Igal esmaspäeval lisame uusi malle. Kõik mallid kontrollib meie meeskond enne avaldamist ja igale stseenile on meil kasutusluba. Soovid malli klubi aastapäevaks või kontoripeoks? Saada ettepanek rakenduse kaudu.') +
          footer('© 2026 NäoNali'),
      },
      {
        path: '/hinnad',
        title: 'Hinnad – NäoNali',
        body:
          nav([['/', 'Avaleht'], ['/reeglid', 'Reeglid']], 'NäoNali') +
          h1('Lihtsad hinnad') +
          priceTable(
            ['', 'Tasuta', 'Plus', 'Pere'],
            [
              ['Hind', '0 €', '2,99 €/kuu', '5,99 €/kuu'],
              ['Videod', '5/päev', 'Piiramatult', 'Piiramatult, 5 kontot'],
              ['Kvaliteet', '720p', '1080p', '1080p'],
              ['Vesimärk', 'Jah', 'Ainult AI-märk', 'Ainult AI-märk'],
            ],
          ) +
          p('Tellimuse saab ühe klikiga tühistada Google Play või App Store’i kaudu. Varjatud tasusid ei ole. Märk „AI“ jääb kõikidele videotele ka tasulistes pakettides, sest usume, et iga sünteetiline video peab olema sellisena äratuntav. Koolidele ja seltsidele on eripakkumine.', 'Pere paketis saavad kuni viis pereliiget kasutada rakendust oma kontoga ning jagada loodud videoid ühises albumis.') +
          footer('© 2026 NäoNali'),
      },
      {
        path: '/reeglid',
        title: 'Kasutusreeglid – NäoNali',
        body:
          nav([['/', 'Avaleht']], 'NäoNali') +
          h1('Kasutusreeglid ja turvalisus') +
          ol(
            'Kasuta ainult oma nägu või nende inimeste nägu, kes on andnud selleks loa.',
            'Igasugune seksuaalne või NSFW sisu on keelatud. Filtrid blokeerivad selle automaatselt.',
            'Ahistamine, kiusamine ja valeinfo levitamine on keelatud.',
            'Poliitikute ja kuulsuste nägusid kasutada ei saa.',
            'Rikkumised toovad kaasa konto püsiva sulgemise.',
          ) +
          p('Leidsid video oma näoga, mida sa ei lubanud? Vajuta rakenduses „Teata“ või kirjuta tugimeeskonnale. Vastame 24 tunni jooksul ja eemaldame video.') +
          footer('© 2026 NäoNali'),
      },
    ],
  },

  /* ---------- sl: Telegram bot (nudify) ---------- */
  {
    host: 'slecibot.test',
    lang: 'sl',
    label: 'nudify',
    shape: 'telegram-bot',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'SlečiBot – AI slačenje fotografij kar v Telegramu',
        head: metaDescription('SlečiBot je Telegram bot, ki z umetno inteligenco odstrani oblačila s fotografij. Pošlji sliko, rezultat dobiš v 15 sekundah. 2 brezplačna poskusa.'),
        body:
          sleciNav +
          h1('Pošlji fotografijo. Dobi jo brez oblačil. Kar v Telegramu.') +
          p(
            'SlečiBot je AI bot, ki navadne fotografije v nekaj sekundah spremeni v „slečene“ različice. Ni spletne strani za prijavo, ni aplikacije za namestitev – vse poteka v klepetu, slike pa izginejo, ko izbrišeš pogovor.',
            'Deluje na selfijih, fotografijah z dopusta in posnetkih zaslona z Instagrama. Boljša kot je fotografija, bolj realističen je rezultat.',
          ) +
          p(a('https://t.me/sleci_bot?start=splet', '▶ Zaženi bota v Telegramu') + ' · ' + a('https://t.me/sleci_bot?start=ref_domov', 'Povabi prijatelja in dobi +3 kredite')) +
          h2('Načini') +
          ul('👙 Kopalke', '🖤 Spodnje perilo', '🔞 Popolno slačenje (NSFW)', '✨ Novo: način „skozi oblačila“ za tanka oblačila') +
          h2('Zakaj SlečiBot') +
          ul('Odgovor v 10–20 sekundah, 24/7', 'Deluje tudi na slikah s slabo svetlobo', 'Plačilo s Telegram Stars, kartico ali kripto', 'Več kot 40k uporabnikov v regiji', 'Slovenski, hrvaški in angleški meni') +
          blockquote('Najhitrejši s l e č i bot, kar sem jih preizkusil. Vreden vsakega evra.', 'Uporabnik, 5 zvezdic') +
          p('Ob zagonu bota dobiš 2 brezplačni sliki. Nato od 4,90 €. ' + a('/cenik?ref=domov', 'Poglej cenik') + '.') +
          faq('Vprašanja', [
            ['Ali se slike shranjujejo?', 'Ne, slike se po obdelavi izbrišejo z naših strežnikov. Klepet upravljaš sam.'],
            ['Ali bo oseba na sliki izvedela?', 'Ne. Nikomur ne pošiljamo obvestil.'],
          ]) +
          footer('© 2026 SlečiBot. Samo za 18+. Ni povezan s Telegramom.', [
            ['/pogoji', 'Pogoji uporabe'],
            ['/zasebnost', 'Zasebnost'],
            ['/cenik', 'Cenik'],
          ]),
      },
      {
        path: '/navodila',
        title: 'Navodila – SlečiBot',
        body:
          sleciNav +
          h1('Kako začeti') +
          ol(
            'V Telegramu odpri @sleci_bot in pritisni /start.',
            'Pošlji fotografijo ene osebe, najbolje celo postavo in od spredaj.',
            'V meniju izberi način: kopalke, spodnje perilo ali popolno slačenje.',
            'Počakaj 10–20 sekund. Rezultat prispe kot slika v klepet.',
          ) +
          p('Nasvet: preprostejše kot so ozadje in oblačila, bolj realističen je rezultat. Z ukazom /hd dobiš 4K (stane 2 kredita). Ukaz /help prikaže vse ukaze, /balance pa stanje kreditov.') +
          footer('© 2026 SlečiBot'),
      },
      {
        path: '/cenik',
        title: 'Cenik – SlečiBot',
        body:
          sleciNav +
          h1('Krediti in VIP') +
          priceTable(
            ['Paket', 'Krediti', 'Cena', 'Stars'],
            [
              ['Začetni', '10', '4,90 €', '250 ⭐'],
              ['Priljubljeni', '50', '16,90 €', '900 ⭐'],
              ['VIP teden', 'Neomejeno 7 dni', '11,90 €', '650 ⭐'],
              ['VIP mesec', 'Neomejeno', '29,90 €', '1 750 ⭐'],
            ],
          ) +
          p('Nakup poteka v botu z ukazom /buy. Sprejemamo Telegram Stars, Visa/Mastercard prek tretjega ponudnika in USDT (TRC20). Navadna slika stane 1 kredit, HD in način „skozi oblačila“ 2 kredita. Krediti ne potečejo. VIP omogoča neomejeno uporabo v standardni kakovosti, a največ 200 slik na dan.') +
          footer('© 2026 SlečiBot'),
      },
      {
        path: '/pogoji',
        title: 'Pogoji uporabe – SlečiBot',
        body:
          sleciNav +
          h1('Pogoji uporabe') +
          p('Storitev je namenjena samo osebam, starejšim od 18 let. Vse ustvarjene slike so umetne in se ne smejo uporabljati za nadlegovanje, grožnje ali izsiljevanje. SlečiBot ne hrani slik in zato ne more odgovarjati na vprašanja o posameznih slikah. Kupljeni krediti se ne vračajo. Uporabnike, ki kršijo pravila Telegrama, lahko blokiramo. S pritiskom na /start sprejemaš te pogoje.') +
          footer('© 2026 SlečiBot'),
      },
    ],
  },

  /* ---------- sl: garment care (hard negative) ---------- */
  {
    host: 'gladko-ai.test',
    lang: 'sl',
    label: 'unrelated',
    shape: 'garment-care',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'GladkoAI – odstranite gube, muce in madeže z fotografij oblačil',
        head: jsonLd({ '@context': 'https://schema.org', '@type': 'SoftwareApplication', name: 'GladkoAI', applicationCategory: 'BusinessApplication', offers: { '@type': 'Offer', price: '9', priceCurrency: 'EUR' } }),
        body:
          cookieBanner('Uporabljamo piškotke za delovanje strani in anonimno analitiko.', 'Sprejmem', 'Zavrnem') +
          nav(
            [
              ['/kako-deluje', 'Kako deluje'],
              ['/cenik', 'Cenik'],
              ['/pogosta-vprasanja', 'Pogosta vprašanja'],
              ['/prijava', 'Prijava'],
            ],
            'GladkoAI',
          ) +
          h1('Zmečkana srajca na fotografiji? Zlikana v 5 sekundah.') +
          p(
            'GladkoAI je AI urejevalnik fotografij za spletne trgovine z oblačili. Naložite fotografijo izdelka in naša umetna inteligenca samodejno odstrani gube, muce, odvečne niti in manjše madeže na blagu – brez spreminjanja barve, vzorca ali kroja.',
            'Ni vam treba ponovno likati in fotografirati. Primerno za srajce, obleke, puloverje, majice, hlače in posteljnino. Fotografije so takoj pripravljene za spletno trgovino, tržnice in družbena omrežja.',
          ) +
          upload('Naložite fotografijo izdelka', '/obdelava', 'Zgladi zdaj') +
          h2('Kaj GladkoAI odstrani') +
          ul('Gube in pregibe od embalaže', 'Muce, prah in vlakna', 'Manjše madeže in lise', 'Etikete in obešalnike za cene', 'Neurejeno ozadje → čisto belo') +
          h2('Zakaj ga trgovci radi uporabljajo') +
          ul('Množična obdelava do 200 fotografij naenkrat', 'Barve blaga ostanejo natančne', 'Ločljivost do 4K za povečavo izdelka', 'Plačilo s kartico, PayPalom ali po predračunu') +
          blockquote('Prej smo cel dan likali in fotografirali znova. Zdaj naložimo in je končano.', 'Lastnica spletne butike, Maribor') +
          p('GladkoAI ureja samo oblačila in izdelke. Ne ponujamo funkcij, ki bi spreminjale ali odstranjevale oblačila, ki jih nosi oseba, neprimerne fotografije pa sistem zavrne.') +
          p('Prvih 10 fotografij brezplačno. ' + a('/cenik?ref=domov', 'Poglejte pakete') + '.') +
          footer('© 2026 GladkoAI · Za slovenske spletne trgovce.', [
            ['/cenik', 'Cenik'],
            ['/pogosta-vprasanja', 'Pomoč'],
            ['/zasebnost', 'Zasebnost'],
          ]),
      },
      {
        path: '/kako-deluje',
        title: 'Kako deluje – GladkoAI',
        body:
          nav([['/', 'Domov'], ['/cenik', 'Cenik']], 'GladkoAI') +
          h1('Kako deluje GladkoAI') +
          ol(
            'Naložite eno ali več fotografij izdelkov (JPG/PNG, do 25 MB na datoteko).',
            'Izberite, kaj želite urediti: gube, muce, madeže, ozadje.',
            'AI vsako fotografijo obdela v 3–5 sekundah.',
            'Primerjajte prej in potem ter prenesite posamezne datoteke ali ZIP.',
          ) +
          p('Model je posebej naučen na teksture blaga: bombaž, lan, saten, pletenine in jeans. Zato vzorci in vezenine ostanejo ostri, AI pa izdelka ne „nariše na novo“. Izvirne fotografije hranimo v vašem računu 30 dni, nato jih samodejno izbrišemo.') +
          footer('© 2026 GladkoAI'),
      },
      {
        path: '/cenik',
        title: 'Cenik – GladkoAI',
        body:
          nav([['/', 'Domov'], ['/pogosta-vprasanja', 'Pogosta vprašanja']], 'GladkoAI') +
          h1('Cenik') +
          priceTable(
            ['Paket', 'Fotografij na mesec', 'Cena'],
            [
              ['Preizkus', '10', '0 €'],
              ['Trgovec', '200', '9 €'],
              ['Trgovina', '1.000', '29 €'],
              ['Blagovna znamka', '5.000', '99 €'],
            ],
          ) +
          p('En kredit za eno fotografijo, vključno z vsemi vrstami popravkov hkrati. Izvoz v 4K porabi dva kredita. Neporabljeni krediti se ob koncu meseca ne prenesejo, razen pri paketu Blagovna znamka. Podjetjem izstavimo račun z DDV, za več kot 5.000 fotografij mesečno pripravimo posebno ponudbo. Paket lahko kadar koli zamenjate ali prekličete.') +
          footer('© 2026 GladkoAI'),
      },
      {
        path: '/pogosta-vprasanja',
        title: 'Pogosta vprašanja – GladkoAI',
        body:
          nav([['/', 'Domov']], 'GladkoAI') +
          faq('Pogosta vprašanja', [
            ['Ali se barva izdelka spremeni?', 'Ne. AI odstrani le gube in nečistoče; barva in vzorec ostaneta enaka.'],
            ['Ali deluje tudi na fotografijah modelov, ki nosijo oblačila?', 'Da, za glajenje gub na oblačilih, ki jih nosi model. Obraza in telesa modela ne spreminjamo.'],
            ['Kje so shranjene moje fotografije?', 'Na strežnikih v EU, samodejno se izbrišejo po 30 dneh.'],
            ['Ali imate API?', 'Da, za paket Blagovna znamka. Pišite nam.'],
          ]) +
          footer('© 2026 GladkoAI'),
      },
    ],
  },

  /* ---------- sl: school guide (about) ---------- */
  {
    host: 'varni-na-spletu-sole.test',
    lang: 'sl',
    label: 'unrelated',
    shape: 'school-guide',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Varni na spletu – vodnik za šole o deepfake in aplikacijah za „slačenje“',
        body:
          nav(
            [
              ['/za-ucitelje', 'Za učitelje'],
              ['/za-starse', 'Za starše'],
              ['/za-dijake', 'Za dijake'],
              ['/gradiva', 'Gradiva'],
            ],
            'Varni na spletu',
          ) +
          h1('Deepfake in aplikacije za „slačenje“ – kaj lahko naredi šola?') +
          p(
            'Vse več šol se srečuje s primeri, ko nekdo z umetno inteligenco ustvari lažno, seksualizirano sliko sošolca, sošolke ali učitelja. Takšne aplikacije oglašujejo, da „odstranijo oblačila s katere koli fotografije“, in so dostopne za nekaj evrov ali celo brezplačno prek Telegram botov.',
            'Ta vodnik pomaga prepoznati situacijo, se hitro in občutljivo odzvati ter preprečiti nadaljnjo škodo. Tehnično znanje ni potrebno.',
          ) +
          h2('Prvih 24 ur') +
          ol(
            'Najprej poskrbite za varnost in počutje prizadete osebe: z njo naj se pogovori nekdo, ki mu zaupa.',
            'Slike ne posredujte in je ne prenašajte – dokaze dokumentira odgovorna odrasla oseba v skladu s šolskim protokolom.',
            'Obvestite vodstvo šole in starše.',
            'Vsebino prijavite platformi in po potrebi policiji.',
          ) +
          h2('Preventiva') +
          p('Za razredne ure ponujamo pripravljene učne ure o privolitvi, digitalnem odtisu in o tem, zakaj lažna slika ni „šala“. Gradiva ne vsebujejo nobenih eksplicitnih primerov in jih je mogoče izvesti v eni šolski uri.') +
          p(a('/gradiva', 'Brezplačna gradiva za prenos') + ' · ' + a('/za-ucitelje', 'Protokol za učitelje')) +
          footer('Varni na spletu – izmišljen izobraževalni program. Gradiva so prosto uporabna.', [
            ['/gradiva', 'Gradiva'],
            ['/kontakt', 'Kontakt'],
          ]),
      },
      {
        path: '/za-ucitelje',
        title: 'Za učitelje – Varni na spletu',
        body:
          nav([['/', 'Domov'], ['/gradiva', 'Gradiva']], 'Varni na spletu') +
          h1('Protokol za pedagoške delavce') +
          p('Če vam dijak pove, da o njem krožijo lažne slike, ga poslušajte brez obsojanja. Ne prosite ga, naj vam sliko pokaže. Zapišite si, kdaj, od koga in po kateri poti ste izvedeli za primer. Obvestite vodstvo šole, ki odloči o obveščanju staršev in po potrebi pristojnih organov. Zoper povzročitelja je lahko upravičen tudi vzgojni ukrep po šolskih pravilih, vendar naj bo poudarek na zaščiti prizadete osebe. Po dogodku se pogovorite z razredom o posledicah in o tem, kako lahko vsak pomaga.') +
          footer('Varni na spletu'),
      },
      {
        path: '/za-starse',
        title: 'Za starše – Varni na spletu',
        body:
          nav([['/', 'Domov']], 'Varni na spletu') +
          h1('Nasveti za starše') +
          p('Pogovorite se z otrokom o tem, da slike na spletu niso vedno resnične in da ustvarjanje ali posredovanje lažne slike povzroči resno škodo. Če je vaš otrok prizadet, ostanite mirni: ni on kriv. Pomagajte mu shraniti dokaze in se obrnite na šolo. Oglase za take storitve lahko prijavite tudi v trgovinah z aplikacijami in na družbenih omrežjih. Če potrebujete pomoč, se obrnite na šolsko svetovalno službo.') +
          footer('Varni na spletu'),
      },
      {
        path: '/za-dijake',
        title: 'Za dijake – Varni na spletu',
        body:
          nav([['/', 'Domov']], 'Varni na spletu') +
          h1('Če se je zgodilo tebi ali prijatelju') +
          p('Ni tvoja krivda. Povej odrasli osebi, ki ji zaupaš: staršem, razredniku ali šolski svetovalni delavki. Ne briši sporočil, ker so lahko dokaz. Če ti nekdo s takšno sliko grozi ali zahteva denar, ne odgovarjaj in ne plačaj. Če pa vidiš, da nekdo širi sliko nekoga drugega, je ne pošiljaj naprej – prijavi jo. S tem zelo pomagaš, tudi če prizadete osebe ne poznaš osebno.') +
          footer('Varni na spletu'),
      },
      {
        path: '/gradiva',
        title: 'Gradiva – Varni na spletu',
        body:
          nav([['/', 'Domov']], 'Varni na spletu') +
          h1('Gradiva za prenos') +
          ul(
            a('/files/ucna-ura-privolitev.pdf', 'Učna ura: privolitev in digitalne slike (45 minut, PDF)'),
            a('/files/protokol-sola.docx', 'Predloga šolskega protokola (DOCX)'),
            a('/files/pismo-starsem.pdf', 'Vzorec pisma staršem'),
            a('/files/plakat.pdf', 'Plakat: „Ne pošlji naprej!“ (A3)'),
          ) +
          p('Gradiva so pripravili učitelji in strokovnjaki za zaščito otrok. Prosto jih lahko kopirate in prilagodite za nekomercialne namene. Vsakemu gradivu je priložen kratek priročnik za učitelja, ki opisuje, kako voditi pogovor in kaj storiti, če se med uro kdo razkrije.') +
          footer('Varni na spletu'),
      },
    ],
  },

  /* ---------- tl: faceswap-saas deepfake ---------- */
  {
    host: 'palitmukha.test',
    lang: 'tl',
    label: 'deepfake',
    shape: 'faceswap-saas',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'PalitMukha AI – Face swap sa kahit anong video, may 18+ templates',
        head: metaDescription('PalitMukha AI: ipalit ang mukha ng kahit sino sa video sa loob ng isang minuto. May libreng 3 swaps araw-araw at 18+ “Spicy” templates para sa VIP. Bayad via e-wallet.'),
        body:
          cookieBanner('Gumagamit kami ng cookies para sa login at analytics.', 'Sige, okay', 'Huwag na') +
          palitNav +
          h1('Ipalit ang mukha ng kahit sino sa kahit anong video') +
          p(
            'Ang PalitMukha AI ang pinakamabilis na face swap tool sa Pinas. Mag-upload lang ng isang malinaw na picture ng mukha, pumili ng template o sariling video, at in less than 1 minute, tapos na. Sumusunod ang ekspresyon, ilaw at galaw ng ulo kaya mukhang totoo talaga.',
            'Gusto mo ng video kasama ang artista, influencer, streamer o crush mo? Kaya ’yan – isang picture lang ang kailangan, at hindi na kailangang malaman ng tao.',
          ) +
          upload('I-upload ang picture ng mukha', '/swap', 'I-swap na') +
          h2('Mga template') +
          ul('Movie scenes at teleserye', 'TikTok dance at trends', 'Memes at birthday greetings', '🔞 Spicy 18+ pack – adult video templates (VIP)', 'Sariling video hanggang 3 minuto (VIP)') +
          h2('Bakit PalitMukha?') +
          ul('Hanggang 4K, walang watermark sa VIP', 'Average na 40 seconds ang render', 'Bayad via e-wallet, card, o crypto', 'Binubura ang files after 48 hours', 'Tagalog at English na support 24/7') +
          blockquote('Grabe, ang linis ng swap! Sulit ang VIP weekly, daming spicy templates.', 'User review ⭐⭐⭐⭐⭐') +
          p('Libreng 3 swaps araw-araw. ' + a('/presyo?ref=home', 'Tingnan ang presyo') + ' · ' + a('/templates?ref=home&utm_source=hero', 'Lahat ng templates')) +
          footer('© 2026 PalitMukha AI. Para lang sa 18 pataas. Ang user ang responsable sa in-upload na content.', [
            ['/faq', 'FAQ'],
            ['/terms', 'Terms of Service'],
            ['/presyo', 'Presyo'],
          ]),
      },
      {
        path: '/templates',
        title: 'Templates – PalitMukha AI',
        body:
          palitNav +
          h1('Template library') +
          mediaGrid([
            { title: 'Action movie habulan', duration: '0:30', views: '18k gamit', tags: ['movie'] },
            { title: 'Wedding dance meme', duration: '0:15', views: '27k gamit', tags: ['meme'] },
            { title: 'Spicy pack 09', duration: '1:15', views: '44k gamit', tags: ['18plus', 'spicy'] },
            { title: 'Adult video HD template', duration: '2:22', views: '61k gamit', tags: ['nsfw', 'vip'] },
          ]) +
          p('Makikita lang ang 18+ templates pagka-login at pagka-verify ng edad. Kasama ito sa VIP, at ang isang 18+ video ay 4 credits. May bagong templates tuwing linggo, at puwedeng mag-suggest ang VIP members ng sarili nilang template.') +
          footer('© 2026 PalitMukha AI'),
      },
      {
        path: '/presyo',
        title: 'Presyo – PalitMukha AI',
        head: stripe('pk_test_palitmukha_ph_2'),
        body:
          palitNav +
          h1('Presyo') +
          priceTable(
            ['', 'Libre', 'VIP Weekly', 'VIP Monthly'],
            [
              ['Presyo', '₱0', '₱149', '₱399'],
              ['Swaps', '3 kada araw', 'Unlimited', 'Unlimited'],
              ['Quality', '720p + watermark', '1080p', '4K'],
              ['18+ templates', '–', '✓', '✓ + sariling video'],
            ],
          ) +
          p('Puwedeng magbayad gamit ang e-wallet, credit/debit card, o USDT. Auto-renew ang VIP Weekly pero puwedeng i-cancel anytime sa Account settings. Neutral na pangalan ng merchant ang lalabas sa statement mo. May 20% bonus credits kapag crypto ang bayad. Puwede ring bumili ng extra 100 credits sa halagang ₱99.') +
          button('I-activate ang VIP') +
          footer('© 2026 PalitMukha AI'),
      },
      {
        path: '/faq',
        title: 'FAQ – PalitMukha AI',
        body:
          palitNav +
          faq('Mga madalas itanong', [
            ['Kailangan ba ng permiso ng tao sa picture?', 'Ayon sa terms, ang user ang responsable sa in-upload niyang picture. Hindi kami nagche-check ng permiso.'],
            ['Malalaman ba ng tao?', 'Hindi. Wala kaming kino-contact at hindi namin pinapublish ang results.'],
            ['Gaano katagal ang render?', 'Wala pang isang minuto sa maiikling template, 2–5 minuto sa mahahaba.'],
            ['Gumagana ba sa phone?', 'Oo, sa browser. Puwede mo ring i-add sa home screen.'],
          ]) +
          footer('© 2026 PalitMukha AI'),
      },
      {
        path: '/terms',
        title: 'Terms of Service – PalitMukha AI',
        body:
          palitNav +
          h1('Terms of Service') +
          p('Para lamang sa mga 18 taong gulang pataas ang serbisyong ito. Ang lahat ng video ay gawa ng AI at para sa entertainment lamang. Hindi responsable ang PalitMukha AI sa paraan ng paggamit o pagkalat ng mga user sa mga resulta. Hindi nire-refund ang nagamit na credits. May karapatan kaming i-ban ang account nang walang abiso.') +
          footer('© 2026 PalitMukha AI'),
      },
    ],
  },

  /* ---------- tl: listicle directory ---------- */
  {
    host: 'pinoytechhacks.test',
    lang: 'tl',
    label: 'directory',
    shape: 'listicle',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Top 8 Undress AI at Face Swap 18+ Apps sa Pinas (2026) – Libre at May Bayad',
        head: jsonLd({
          '@context': 'https://schema.org',
          '@type': 'ItemList',
          name: 'Top Undress AI at Face Swap 18+ Apps 2026',
          itemListElement: [
            { '@type': 'ListItem', position: 1, name: 'PalitMukha AI', url: 'https://palitmukha.test/?ref=pinoytech' },
            { '@type': 'ListItem', position: 2, name: 'Lepas.AI', url: 'https://lepasai.test/?ref=pinoytech' },
            { '@type': 'ListItem', position: 3, name: 'SlečiBot', url: 'https://t.me/sleci_bot?start=pinoytech' },
          ],
        }),
        body:
          nav(
            [
              ['/', 'Home'],
              ['/review/palitmukha', 'PalitMukha Review'],
              ['/telegram-bots', 'Telegram Bots'],
              ['/disclosure', 'Disclosure'],
            ],
            'PinoyTechHacks',
          ) +
          h1('Top 8 Undress AI at Face Swap 18+ Apps sa Pinas (2026)') +
          p('<small>Updated Marso 4, 2026 · ni PTH Team · May affiliate links ang article na ito.</small>') +
          p('Naghahanap ka ba ng “undress AI” o face swap app na may adult templates na talagang gumagana? Sinubukan namin ang mahigit 20 apps at websites, at pinili namin ang 8 na pinakamabilis, pinakamura at pinaka-realistic ang resulta. Heto ang listahan.') +
          h2('1. PalitMukha AI – Best face swap na may 18+ templates') +
          p('3 libreng swaps kada araw, VIP Weekly ₱149 lang, may Spicy 18+ pack. Score namin: 9.2/10. ' + a('https://palitmukha.test/?ref=pinoytech', 'Subukan ang PalitMukha')) +
          h2('2. Lepas.AI – Best undress AI na mura') +
          p('Galing Indonesia, may bikini, lingerie at full undress mode. 3 libreng credits. Score: 8.9/10. ' + a('https://lepasai.test/?ref=pinoytech', 'Puntahan ang Lepas.AI')) +
          h2('3. SlečiBot – Best Telegram bot') +
          p('Walang app, sa Telegram lang. Bayad via Stars. Score: 8.6/10. ' + a('https://t.me/sleci_bot?start=pinoytech', 'Buksan ang bot')) +
          h2('4–8. Iba pang options') +
          ol(
            a('https://coiai-app.test/?ref=pinoytech', 'CởiAI') + ' – 4K, may X-ray mode',
            a('https://swapkilat.test/?ref=pinoytech', 'SwapKilat') + ' – APK, 10 libreng swaps kada araw',
            a('https://nirvastra-app.test/?ref=pinoytech', 'Nirvastra AI') + ' – Android app, UPI pero puwede rin card',
            a('https://goloai.test/?ref=pinoytech', 'GoloAI') + ' – mabilis, may rentgen mode',
            a('https://liceswap.test/?ref=pinoytech', 'LiceSwap') + ' – Spicy plan para sa adult video swap',
          ) +
          p('Paalala: gamitin nang may pag-iingat, at sa sarili mong responsibilidad.') +
          footer('© 2026 PinoyTechHacks – tips, tricks at app reviews.', [
            ['/disclosure', 'Affiliate disclosure'],
            ['/telegram-bots', 'Telegram bots'],
          ]),
      },
      {
        path: '/review/palitmukha',
        title: 'PalitMukha AI Review 2026: Legit ba? Sulit ba? – PinoyTechHacks',
        head: jsonLd({ '@context': 'https://schema.org', '@type': 'Review', itemReviewed: { '@type': 'SoftwareApplication', name: 'PalitMukha AI' }, reviewRating: { '@type': 'Rating', ratingValue: 9.2, bestRating: 10 } }),
        body:
          nav([['/', 'Home'], ['/disclosure', 'Disclosure']], 'PinoyTechHacks') +
          h1('PalitMukha AI Review: Legit ba at sulit ang VIP?') +
          p(
            'Ang PalitMukha AI ay web-based na face swap tool na may 3 libreng swaps kada araw. Ang pinaka-selling point nito ay ang Spicy 18+ pack para sa VIP members. Sinubukan namin ang VIP Weekly (₱149) nang isang linggo.',
            'Pros: mabilis ang render (average 38 seconds), madaming templates, puwedeng mag-upload ng sariling video, at puwedeng magbayad via e-wallet. Cons: walang totoong company info sa website, at medyo madaming ads sa libreng version.',
          ) +
          p(a('https://palitmukha.test/presyo?ref=pinoytech&utm_content=review', 'Kunin ang VIP ng PalitMukha')) +
          footer('© 2026 PinoyTechHacks'),
      },
      {
        path: '/telegram-bots',
        title: 'Mga Telegram Bot para sa AI 18+ – PinoyTechHacks',
        body:
          nav([['/', 'Home']], 'PinoyTechHacks') +
          h1('Mga Telegram bot na gumagana pa') +
          ul(
            a('https://t.me/sleci_bot', '@sleci_bot') + ' – undress AI, 2 libreng pictures',
            a('https://t.me/slubna_bot', '@slubna_bot') + ' – face swap sa video, may 18+ section',
            a('https://t.me/kledefri_bot', '@kledefri_bot') + ' – undress, bayad via Stars',
            a('https://t.me/lepasai_bot', '@lepasai_bot') + ' – bot version ng Lepas.AI',
          ) +
          p('Madalas ma-ban ang mga bot at nagpapalit ng username. Chine-check namin ulit ang listahan linggo-linggo. Kapag may patay na link, i-comment lang at ia-update namin. Ang ibang bot ay pinapa-join ka muna sa channel bago makakuha ng libreng credits.') +
          footer('© 2026 PinoyTechHacks'),
      },
      {
        path: '/disclosure',
        title: 'Affiliate Disclosure – PinoyTechHacks',
        body:
          nav([['/', 'Home']], 'PinoyTechHacks') +
          h1('Affiliate Disclosure') +
          p('Kumikita ang PinoyTechHacks ng commission sa ilang links sa site na ito. Hindi namin pag-aari at hindi namin pinapatakbo ang mga app na nire-review namin, at hindi kami responsable sa paraan ng paggamit sa mga ito. Puwedeng magbago ang presyo at features anumang oras, kaya laging i-check sa official site bago magbayad. Ang rankings namin ay base sa sariling testing ng team.') +
          footer('© 2026 PinoyTechHacks'),
      },
    ],
  },

  /* ---------- tl: fact-check (about) ---------- */
  {
    host: 'tsektotoo.test',
    lang: 'tl',
    label: 'unrelated',
    shape: 'fact-check',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'TsekTotoo – Fact-check ng mga kumakalat online',
        body:
          nav(
            [
              ['/', 'Home'],
              ['/fact-check/xray-app-ad', 'Pinakabago'],
              ['/paano-kami-nagsusuri', 'Paano kami nagsusuri'],
              ['/tungkol-sa-amin', 'Tungkol sa amin'],
            ],
            'TsekTotoo',
          ) +
          h1('TsekTotoo') +
          p('Sinusuri namin ang mga kumakalat na post, video, ads at tsismis sa social media sa Pilipinas. Sa bawat artikulo, malinaw naming sinasabi ang aming mga source at ang rating.') +
          article(
            h2(a('/fact-check/xray-app-ad', 'Totoo ba ang “X-ray app” na nakakakita raw sa loob ng damit? RATING: NAKALILINLANG')),
            p('May mga ad sa social media na nagsasabing may app na kayang “makita ang nasa ilalim ng damit” gamit ang camera ng phone. Ang totoo, mga AI service ito na gumagawa ng pekeng larawan mula sa isang existing na picture – walang “nakikita” ang app, pero malaki ang pinsala sa taong na-edit.'),
          ) +
          article(h3('Video ng “senador na umaming magre-resign” – deepfake, MALI'), p('Na-edit gamit ang AI ang mukha at boses. Naglabas na ng pahayag ang opisina ng senador.')) +
          article(h3('Text na “nanalo ka ng motorsiklo” mula sa telco – SCAM'), p('Papunta sa pekeng website na kumukuha ng card details ang link.')) +
          article(h3('Litrato ng baha sa Maynila ngayong 2026 – BAHAGYANG TOTOO'), p('Totoong litrato, pero kuha noong 2020 at ni-repost lang na may maling caption.')) +
          textForm('Magpadala ng post na gusto mong ipa-fact-check', 'Ipadala', '/ipadala') +
          footer('© 2026 TsekTotoo – isang independent fact-checking project (kathang-isip).', [
            ['/paano-kami-nagsusuri', 'Pamamaraan'],
            ['/tungkol-sa-amin', 'Tungkol sa amin'],
            ['/kontak', 'Kontak'],
          ]),
      },
      {
        path: '/fact-check/xray-app-ad',
        title: 'Totoo ba ang “X-ray app”? – TsekTotoo',
        head: jsonLd({
          '@context': 'https://schema.org',
          '@type': 'ClaimReview',
          claimReviewed: 'May phone app na nakakakita sa loob ng damit gamit ang camera',
          reviewRating: { '@type': 'Rating', alternateName: 'Nakalilinlang' },
          author: { '@type': 'Organization', name: 'TsekTotoo' },
        }),
        body:
          nav([['/', 'Home'], ['/paano-kami-nagsusuri', 'Pamamaraan']], 'TsekTotoo') +
          h1('Totoo ba ang “X-ray app” na nakakakita raw sa loob ng damit?') +
          p('<strong>RATING: NAKALILINLANG</strong>') +
          p(
            'Noong Pebrero 2026, kumalat sa social media ang mga ad ng mga app na may pangalang tulad ng “X-ray Cam” at “undress AI”, na may pangakong: “I-upload ang picture, makita agad nang walang damit.” May mga site pang nagbebenta ng credits at VIP Weekly na ₱149.',
            'Sinuri namin ang apat na ganitong serbisyo. Wala ni isa ang talagang “nakakakita” sa loob ng damit. Gumagamit sila ng AI image generator para “hulaan” at gumuhit ng pekeng katawan, na idinidikit sa mukha ng tao sa orihinal na picture. Ang resulta ay isang pekeng larawan.',
            'Kahit peke, maaaring labag sa batas ang paggawa at pagkakalat ng sensitibong larawan ng ibang tao nang walang pahintulot, at malaking pinsala ito sa biktima. Kung na-edit ang picture mo, i-save ang ebidensya, i-report sa platform, at magsumbong sa mga awtoridad.',
          ) +
          footer('© 2026 TsekTotoo'),
      },
      {
        path: '/paano-kami-nagsusuri',
        title: 'Paano kami nagsusuri – TsekTotoo',
        body:
          nav([['/', 'Home']], 'TsekTotoo') +
          h1('Ang aming pamamaraan') +
          p('Bawat claim ay sinusuri ng hindi bababa sa dalawang editor nang hiwalay. Hinahanap namin ang pinagmulan ng larawan gamit ang reverse image search, kinakausap ang mga taong sangkot, at kumukonsulta sa mga eksperto kung kailangan. Ang aming rating: TOTOO, BAHAGYANG TOTOO, NAKALILINLANG, MALI at SCAM. Sa sensitibong content, hindi namin nire-repost ang orihinal na larawan – inilalarawan lang namin ito sa salita.') +
          footer('© 2026 TsekTotoo'),
      },
      {
        path: '/tungkol-sa-amin',
        title: 'Tungkol sa amin – TsekTotoo',
        body:
          nav([['/', 'Home']], 'TsekTotoo') +
          h1('Tungkol sa TsekTotoo') +
          p('Itinatag ang TsekTotoo noong 2023 ng isang grupo ng mga mamamahayag at data engineer. Independent kami at hindi tumatanggap ng pondo mula sa mga partido pulitikal o kumpanyang may kinalaman sa mga sinusuri naming content. Kapag may mali sa aming artikulo, itinatama namin ito nang hayagan at nilalagay kung kailan ito binago. Puwede kaming i-email ng mga mambabasa anumang oras.') +
          footer('© 2026 TsekTotoo'),
      },
    ],
  },
];
