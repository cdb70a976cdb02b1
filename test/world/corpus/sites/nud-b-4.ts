import {
  a,
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
  orderForm,
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

const AUTHOR = 'nud-b';

const code = (s: string): string => `<pre><code>${s.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</code></pre>`;

// obnazhalka-bot.test (ru, telegram-bot)
const obNav = nav(
  [
    ['/instrukciya', 'Инструкция'],
    ['/ceny', 'Цены'],
    ['/partnerka', 'Партнёрка для каналов'],
    ['/kontakty', 'Контакты'],
  ],
  'Обнажалка',
);

// fotomaster18-zakaz.test (ru, made-to-order)
const fmNav = nav(
  [
    ['/prajs', 'Прайс'],
    ['/kak-zakazat', 'Как заказать'],
    ['/forma-zakaza', 'Форма заказа'],
    ['/kontakty', 'Контакты'],
  ],
  'Фотомастер 18',
);
const fmFoot = footer('Фотомастер 18 © 2026 · Работаем только с совершеннолетними заказчиками · Оплата только криптовалютой', [
  ['/prajs', 'Цены'],
  ['/forma-zakaza?src=footer', 'Заказать'],
  ['/kontakty', 'Связь'],
]);

// soyucu-ai.test (tr, saas)
const syNav = nav(
  [
    ['/nasil-calisir', 'Nasıl çalışır?'],
    ['/fiyatlar?ref=menu', 'Fiyatlar'],
    ['/sss', 'SSS'],
    ['/giris', 'Giriş yap'],
  ],
  'Soyucu AI',
);
const syFoot = footer('© 2026 Soyucu AI · Yalnızca 18 yaş ve üzeri · Tüm görseller yapay zekâ ile üretilmiştir', [
  ['/kullanim-kosullari', 'Kullanım koşulları'],
  ['/fiyatlar?utm_source=footer', 'Fiyatlar'],
  ['/sss', 'Destek'],
]);

// rontgenbot-tr.test (tr, telegram-bot)
const rtNav = nav(
  [
    ['/komutlar', 'Komutlar'],
    ['/yildizlar', 'Yıldız paketleri'],
    ['/yedek-botlar', 'Yedek botlar'],
  ],
  'Röntgen Bot',
);

// soyapp-indir.test (tr, app-landing)
const saNav = nav(
  [
    ['/indir', 'İndir'],
    ['/vip', 'VIP'],
    ['/iphone-kurulum', 'iPhone'],
    ['/sss', 'SSS'],
  ],
  'SoyApp',
);
const saFoot = footer('© 2026 SoyApp · +18 · Görseller yapay zekâ tarafından oluşturulur', [
  ['/indir?src=footer', 'APK indir'],
  ['/vip', 'VIP'],
  ['/sss#kosullar', 'Koşullar'],
]);

// kiyafetsil-app.test (tr, app-landing)
const ksNav = nav(
  [
    ['/apk', 'APK indir'],
    ['/premium', 'Premium'],
    ['/yardim', 'Yardım'],
  ],
  'KıyafetSil',
);

// ozelrotus-siparis.test (tr, made-to-order)
const orNav = nav(
  [
    ['/hizmetler', 'Hizmetler'],
    ['/siparis', 'Sipariş ver'],
    ['/odeme', 'Kripto ödeme'],
    ['/sss', 'SSS'],
  ],
  'Özel Rötuş',
);

// studyoisik-ai.test (tr, innocent-home)
const siNav = nav(
  [
    ['/modlar', 'Modlar'],
    ['/fiyatlar', 'Fiyatlar'],
    ['/hakkimizda', 'Hakkımızda'],
    ['/giris', 'Giriş'],
  ],
  'Stüdyo Işık',
);
const siFoot = footer('© 2026 Stüdyo Işık AI · İstanbul', [
  ['/modlar', 'Modlar'],
  ['/fiyatlar', 'Fiyatlar'],
  ['/hakkimizda', 'Hakkımızda'],
  ['/hakkimizda#gizlilik', 'Gizlilik'],
]);

// soyapi-dev.test (tr, api-reseller)
const apNav = nav(
  [
    ['/dokumanlar', 'Dokümanlar'],
    ['/dokumanlar/uc-noktalar', 'Uç noktalar'],
    ['/fiyatlandirma', 'Fiyatlandırma'],
    ['/api-anahtari', 'API anahtarı al'],
  ],
  'SoyAPI',
);
const apFoot = footer('SoyAPI © 2026 · Geliştiriciler için · Destek: Telegram @soyapi_destek · Gönderilen görsellerden entegratör sorumludur', [
  ['/dokumanlar', 'Docs'],
  ['/fiyatlandirma', 'Fiyatlar'],
  ['/api-anahtari', 'Panel'],
]);

// bukabaju-ai.test (id, saas)
const bbNav = nav(
  [
    ['/cara-kerja', 'Cara kerja'],
    ['/harga', 'Harga'],
    ['/faq', 'FAQ'],
    ['/masuk', 'Masuk'],
  ],
  'BukaBaju AI',
);
const bbFoot = footer('© 2026 BukaBaju AI · Khusus 18+ · Semua gambar dibuat oleh AI', [
  ['/syarat-ketentuan', 'Syarat & Ketentuan'],
  ['/harga?utm_source=footer', 'Harga'],
  ['/faq', 'Bantuan'],
]);

// tembuspandang-bot.test (id, telegram-bot)
const tpNav = nav(
  [
    ['/perintah', 'Daftar perintah'],
    ['/paket-stars', 'Paket Stars'],
    ['/bot-cadangan', 'Bot cadangan'],
  ],
  'Tembus Pandang',
);

// lepasin-app.test (id, app-landing)
const lpNav = nav(
  [
    ['/unduh', 'Unduh'],
    ['/vip', 'VIP'],
    ['/cara-pasang-iphone', 'iPhone'],
    ['/bantuan', 'Bantuan'],
  ],
  'Lepasin',
);
const lpFoot = footer('© 2026 Lepasin · Khusus pengguna 18+ · Hasil dibuat oleh AI', [
  ['/unduh?src=footer', 'Unduh APK'],
  ['/vip', 'VIP'],
  ['/bantuan#ketentuan', 'Ketentuan'],
]);

export const sites: CorpusSite[] = [
  {
    host: 'obnazhalka-bot.test',
    lang: 'ru',
    label: 'nudify',
    shape: 'telegram-bot',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Обнажалка — Nud\u0435-бот в Telegram на нейросети',
        head: metaDescription('Обнажалка — бот в Telegram, который за 15 секунд делает из любого фото обнажённую версию. Звёзды Telegram, бонусы за друзей, зеркала при блокировке.'),
        body:
          obNav +
          h1('Отправь фото — получи обнажённую версию') +
          p('Обнажалка — это Telegram-бот на нейросети последнего поколения. Он убирает одежду с фотографий и присылает результат прямо в чат. Никаких сайтов с вирусами, никаких приложений, никаких регистраций по номеру телефона.') +
          p('<b>Начать:</b> ' + a('https://t.me/obnazhalka_ai_bot?start=landing', 't.me/obnazhalka_ai_bot') + ' — 1 фото бесплатно каждому новому пользователю.') +
          section(
            h2('Что умеет бот'),
            ul('Полное раздевание', 'Замена одежды на купальник или бельё', 'Режим «мокрая одежда»', 'Апскейл результата до 4K', 'Пакетная обработка — до 10 фото за раз в тарифе «Про»'),
          ) +
          section(
            h2('Как оплачивать'),
            p('Всё внутри Telegram. Вводишь /buy, выбираешь пакет и платишь звёздами (Stars). Никаких переводов на карту и сторонних платёжек. Кредиты появляются на балансе мгновенно.'),
          ) +
          section(
            h2('Почему нам доверяют'),
            ul('Более 600 000 обработанных фото', 'Собственные GPU-сервера в Европе', 'Фото удаляются сразу после отправки', 'Если бота блокируют — баланс переносится на зеркало'),
          ) +
          blockquote('«Пользуюсь уже полгода, ни разу не подвёл. Самая быстрая раздевалка в телеге.»') +
          p('Ведёшь канал? Зарабатывай с нами — ' + a('/partnerka?ref=main', 'партнёрская программа') + ' платит 40% с каждой покупки.') +
          faq('Частые вопросы', [
            ['Сколько стоит одно фото?', 'От 18 звёзд в крупных пакетах. Первое фото — бесплатно.'],
            ['Что будет, если бота заблокируют?', 'Баланс привязан к Telegram ID и переносится на зеркало. Ссылки — в нашем канале.'],
          ]) +
          h2('Новое в боте') +
          ul('Модель v5 — меньше артефактов на руках и волосах', 'Режим «мокрая одежда» теперь с регулировкой', 'Пакетная загрузка до 10 фото в тарифе «Про»', 'Поддержка украинского и казахского языка в меню') +
          footer('Обнажалка © 2026 · Только 18+ · Не является официальным продуктом Telegram', [
            ['/instrukciya', 'Инструкция'],
            ['/ceny', 'Цены'],
            ['/kontakty', 'Поддержка'],
            ['https://t.me/obnazhalka_channel', 'Канал'],
          ]),
      },
      {
        path: '/instrukciya',
        title: 'Инструкция и команды — Обнажалка',
        body:
          obNav +
          h1('Как пользоваться ботом') +
          ol('Открой бота и нажми /start.', 'Подтверди, что тебе 18+.', 'Выбери режим кнопкой или командой.', 'Отправь фото (как изображение, не файлом).', 'Через 10–20 секунд получи результат.') +
          h2('Команды') +
          ul('/start — старт и бесплатное фото', '/nude — раздеть полностью', '/swim — купальник', '/lingerie — бельё', '/wet — мокрая одежда', '/upscale — улучшить последнее фото до 4K', '/balance — баланс', '/buy — купить кредиты', '/ref — реферальная ссылка (+3 кредита за друга)') +
          p('Лучше всего работают фото одного человека при хорошем освещении, в полный рост или по пояс.'),
      },
      {
        path: '/ceny',
        title: 'Цены — Обнажалка',
        body:
          obNav +
          h1('Пакеты кредитов') +
          p('Оплата звёздами Telegram прямо в боте. 1 кредит = 1 фото, апскейл 4K — ещё 1 кредит.') +
          priceTable(
            ['Пакет', 'Кредиты', 'Звёзды'],
            [
              ['Лайт', '5', '100 ⭐'],
              ['Стандарт', '20', '350 ⭐'],
              ['Про', '60', '900 ⭐'],
              ['Безлимит 7 дней', 'до 50 в день', '1 200 ⭐'],
            ],
          ) +
          p('Кредиты не сгорают. При ошибке обработки кредит возвращается автоматически. Для оптовых покупателей и владельцев каналов — скидки через поддержку.') +
          p('Звёзды покупаются прямо в Telegram. Самый выгодный вариант — «Безлимит 7 дней»: все режимы, 4K и приоритет в очереди без доплат.'),
      },
      {
        path: '/partnerka',
        title: 'Партнёрская программа — Обнажалка',
        body:
          obNav +
          h1('Партнёрка для владельцев каналов') +
          p('Размести ссылку на бота у себя в канале, чате или на сайте и получай 40% со всех покупок приведённых пользователей — пожизненно. Статистика в реальном времени прямо в боте по команде /partner. Выплаты каждую неделю в USDT (TRC-20), минимальная сумма — 20 USDT. Предоставляем готовые креативы, тексты и короткие видео для постов.') +
          p('Подключиться можно за минуту командой /partner.'),
      },
      {
        path: '/kontakty',
        title: 'Контакты — Обнажалка',
        body:
          obNav +
          h1('Контакты и поддержка') +
          p('Поддержка работает ежедневно с 10:00 до 02:00 по Москве. Пиши в бот команду /help или напрямую в аккаунт @obnazhalka_support. Новые зеркала бота всегда публикуются в канале @obnazhalka_channel. Мы никогда не просим перевести деньги на карту и не пишем первыми — остерегайся мошенников.') +
          p('Если вопрос по оплате, сразу укажи дату и сумму покупки — так мы решим его быстрее. Жалобы и предложения тоже принимаем.'),
      },
    ],
  },
  {
    host: 'fotomaster18-zakaz.test',
    lang: 'ru',
    label: 'nudify',
    shape: 'made-to-order',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Фотомастер 18 — обнажённая версия любого фото на заказ',
        head: metaDescription('Сделаем обнажённую версию вашего фото на заказ: нейросеть + ручная доработка. Фото присылаете в Telegram или на почту, оплата только в крипте. Срок от 2 часов.'),
        body:
          fmNav +
          h1('Обнажённая версия любого фото — на заказ') +
          p('Онлайн-раздевалки делают всё автоматически и часто ошибаются. Мы — небольшая студия ретуши, где каждое фото проходит через руки мастера. Нейросеть убирает одежду, а ретушёр исправляет артефакты, подгоняет свет, тени и текстуру, чтобы результат было не отличить от настоящего снимка.') +
          h2('Услуги') +
          ul('Раздевание одного фото', 'Пакет из 3 или 5 фото одного человека', 'Версия в купальнике или белье', 'Срочный заказ за 2 часа', 'Доработка результатов других сервисов') +
          h2('Как это работает') +
          p('Вы выбираете услугу и заполняете форму заказа. Мы присылаем номер заказа и адрес кошелька. После оплаты вы отправляете фото в Telegram или на почту, указав номер. Готовую работу получаете по ссылке, которая живёт 48 часов. На сайте нет никакой загрузки — фото видит только мастер.') +
          h2('Только крипта') +
          p('Принимаем USDT, BTC, LTC и XMR. Карты, СБП и электронные кошельки не принимаем — так безопаснее для обеих сторон.') +
          h2('Отзывы клиентов') +
          p('«Доработали фото, которое в боте получилось ужасно. Теперь выглядит идеально.» — заказ №2291') +
          p('«Срочный заказ выполнили за полтора часа.» — постоянный клиент') +
          p(a('/prajs', 'Посмотреть цены') + ' · ' + a('/forma-zakaza?src=main', 'Оформить заказ')) +
          fmFoot,
      },
      {
        path: '/prajs',
        title: 'Прайс — Фотомастер 18',
        body:
          fmNav +
          h1('Прайс-лист') +
          priceTable(
            ['Услуга', 'Срок', 'Цена'],
            [
              ['Раздевание, 1 фото', 'до 12 ч', '20 USDT'],
              ['Пакет 3 фото', 'до 24 ч', '55 USDT'],
              ['Пакет 5 фото', 'до 24 ч', '85 USDT'],
              ['Купальник / бельё', 'до 12 ч', '15 USDT'],
              ['Срочно', '2 ч', '+10 USDT'],
              ['Доработка чужого результата', 'до 12 ч', '12 USDT'],
            ],
          ) +
          p('Одна правка бесплатно. Постоянным клиентам — 10% скидки с третьего заказа.') +
          p('Цены в USDT, BTC/LTC/XMR — по текущему курсу.') +
          fmFoot,
      },
      {
        path: '/kak-zakazat',
        title: 'Как заказать — Фотомастер 18',
        body:
          fmNav +
          h1('Как сделать заказ') +
          ol(
            'Заполните форму заказа: услуга, количество фото, срочность, контакт.',
            'Получите номер заказа и адрес кошелька (в течение 15–30 минут).',
            'Оплатите точную сумму в выбранной криптовалюте.',
            'Отправьте фото в Telegram @fotomaster18 или на zakaz@fotomaster18-zakaz.test с номером заказа.',
            'Получите готовую работу по ссылке.',
          ) +
          p('Фото без номера оплаченного заказа удаляются не открывая.') +
          fmFoot,
      },
      {
        path: '/forma-zakaza',
        title: 'Форма заказа — Фотомастер 18',
        head: cryptoCheckout(),
        body:
          fmNav +
          h1('Форма заказа') +
          p('Здесь не нужно загружать фото. Его вы отправите после оплаты.') +
          orderForm(['Услуга', 'Количество фото', 'Срочно? (да/нет)', 'Telegram или e-mail', 'Валюта (USDT / BTC / LTC / XMR)', 'Пожелания'], 'Отправить') +
          p('После отправки формы в течение 15–30 минут вы получите номер заказа и адрес кошелька. Адрес действует 60 минут. Если ответа нет, проверьте «Спам» или напишите нам в Telegram @fotomaster18.') +
          fmFoot,
      },
      {
        path: '/kontakty',
        title: 'Контакты — Фотомастер 18',
        body:
          fmNav +
          h1('Контакты') +
          p('Telegram: @fotomaster18 (ежедневно 9:00–01:00 МСК). Почта: zakaz@fotomaster18-zakaz.test — для тех, кто не пользуется Telegram. По почте рекомендуем присылать фото в зашифрованном архиве, пароль — номер заказа.') +
          p('Среднее время ответа — 20 минут. Мы не звоним и не пишем первыми. Работы не публикуем и не показываем третьим лицам; оригиналы удаляются через 48 часов после сдачи.') +
          fmFoot,
      },
    ],
  },
  {
    host: 'soyucu-ai.test',
    lang: 'tr',
    label: 'nudify',
    shape: 'saas',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Soyucu AI — Fotoğraftaki kıyafetleri yapay zekâ ile kaldır',
        head:
          metaDescription('Soyucu AI ile herhangi bir fotoğraftaki kıyafetleri saniyeler içinde kaldırın. Fotoğraf yükleyin, modu seçin, çıplak versiyonu HD indirin. 3 ücretsiz kredi.') +
          jsonLd({
            '@context': 'https://schema.org',
            '@type': 'WebApplication',
            name: 'Soyucu AI',
            offers: { '@type': 'Offer', price: '149', priceCurrency: 'TRY' },
            aggregateRating: { '@type': 'AggregateRating', ratingValue: '4.5', reviewCount: '1874' },
          }) +
          gtag('G-SOYU77'),
        body:
          cookieBanner('Bu site deneyiminizi iyileştirmek için çerezler kullanır. Devam ederek çerez politikamızı kabul etmiş olursunuz.', 'Kabul et', 'Reddet') +
          syNav +
          h1('Herhangi bir fotoğrafı saniyeler içinde soy') +
          p('Soyucu AI, fotoğraflardaki kıyafetleri kaldırıp gerçekçi bir çıplak versiyon oluşturan yapay zekâ aracıdır. Uygulama indirmenize gerek yok: telefonunuzdan ya da bilgisayarınızdan fotoğrafı yükleyin, modu seçin ve sonucu indirin.') +
          upload('Fotoğraf yükle', '/api/soy', 'Şimdi soy') +
          p('<small>Yükleyerek 18 yaşından büyük olduğunuzu ve fotoğraftaki kişinin rızasına sahip olduğunuzu onaylarsınız.</small>') +
          h2('Modlar') +
          ul('Tam çıplak', 'Bikini', 'İç çamaşırı', 'Şeffaf kumaş efekti (Premium)') +
          h2('Neden Soyucu AI?') +
          ul('Kayıt olana 3 ücretsiz kredi', '4K çözünürlük ve 2x upscale', 'Yüz kilidi: yüz orijinaliyle aynı kalır', 'Fotoğraflar 24 saat sonra otomatik silinir', 'Kredi kartı, havale/EFT, dijital cüzdanlar ve kripto ile ödeme') +
          h2('Kullanıcı yorumları') +
          p('«Denediğim en gerçekçi sonuç, üstelik Türkçe.» — Emre, İzmir') +
          p('«Aylık paket çok mantıklı, sıra beklemiyorum.» — Premium kullanıcı') +
          faq('Hızlı sorular', [
            ['Ücretsiz mi?', 'İlk 3 fotoğraf ücretsiz, sonrası için 49 TL\'den başlayan paketler var.'],
            ['Ekstrede ne görünür?', 'Ekstrede yalnızca «SY Dijital» yazar.'],
          ]) +
          p('Türkiye\'de 120.000\'den fazla kullanıcı Soyucu AI\'yi tercih ediyor.') +
          h2('Soyucu AI ve diğerleri') +
          priceTable(['', 'Soyucu AI', 'Telegram botları', 'Ücretsiz uygulamalar'], [
            ['Maksimum kalite', '4K', '720p', '512 px'],
            ['Yüz kilidi', 'var', 'bazen', 'yok'],
            ['Otomatik silme', '24 saat', 'belirsiz', 'yok'],
            ['Türkçe destek', 'var', 'yok', 'yok'],
          ]) +
          h2('Blogdan') +
          p('«Gerçekçi sonuç için fotoğraf seçerken yapılan 5 hata» — ışık, açı, çözünürlük ve sosyal medya filtrelerinin sonucu neden bozduğu üzerine kısa bir rehber.') +
          textForm('Bültene abone ol, 5 ücretsiz kredi kazan', 'Abone ol', '/bulten') +
          syFoot,
      },
      {
        path: '/nasil-calisir',
        title: 'Nasıl çalışır? — Soyucu AI',
        body:
          syNav +
          h1('Nasıl çalışır?') +
          ol('E-posta veya Google ile kayıt olun, 3 kredi hediye.', 'Tek kişinin olduğu net bir fotoğraf yükleyin.', 'Modu seçin: tam çıplak, bikini, iç çamaşırı veya şeffaf.', '«Şimdi soy» butonuna basın ve 5–15 saniye bekleyin.', 'Sonucu indirin ya da farklı bir varyasyon üretin.') +
          p('İpucu: Gün ışığında çekilmiş, vücudu saran kıyafetli fotoğraflar en iyi sonucu verir. Karanlık, bulanık veya kalabalık fotoğraflarda kalite düşer.') +
          syFoot,
      },
      {
        path: '/fiyatlar',
        title: 'Fiyatlar — Soyucu AI',
        head: stripe('pk_test_soyucu_TR'),
        body:
          syNav +
          h1('Kredi paketleri') +
          priceTable(
            ['Paket', 'Kredi', 'Fiyat', 'Özellikler'],
            [
              ['Deneme', '10', '49 TL', 'HD, filigranlı'],
              ['Standart', '50', '149 TL', 'HD, filigransız'],
              ['Premium (aylık)', '300', '349 TL', '4K, şeffaf mod, öncelikli sıra'],
            ],
          ) +
          p('1 kredi = 1 fotoğraf. 4K çıktı 2 kredi harcar. Tek seferlik paketlerdeki krediler süresiz geçerlidir. Premium her ay otomatik yenilenir, istediğiniz zaman iptal edebilirsiniz.') +
          button('Ödemeye geç') +
          p('Kripto ile ödeyene %15 ekstra kredi.') +
          syFoot,
      },
      {
        path: '/sss',
        title: 'Sıkça sorulan sorular — Soyucu AI',
        body:
          syNav +
          faq('Sıkça sorulan sorular', [
            ['Fotoğraflarım güvende mi?', 'Tüm dosyalar şifreli saklanır ve 24 saat içinde silinir.'],
            ['Sonuç neden bulanık?', 'Kredi olmadan sadece önizleme görürsünüz. Ayrıca daha kaliteli bir orijinal deneyin.'],
            ['İade alabilir miyim?', 'Kullanılmamış krediler satın alımdan sonraki 7 gün içinde iade edilir.'],
            ['VPN gerekli mi?', 'Erişim sorunu yaşarsanız yedek adresimizi Telegram kanalımızdan öğrenebilirsiniz.'],
          ]) +
          syFoot,
      },
      {
        path: '/kullanim-kosullari',
        title: 'Kullanım koşulları — Soyucu AI',
        body:
          syNav +
          h1('Kullanım koşulları') +
          p('Hizmet yalnızca 18 yaş ve üzeri kullanıcılar içindir. Kullanıcı yüklediği fotoğraflardan tamamen kendisi sorumludur ve fotoğraftaki kişilerin rızasını aldığını beyan eder. Üretilen görselleri izinsiz paylaşmak, şantaj veya taciz amacıyla kullanmak yasaktır. Tüm görseller yapay zekâ ile üretilmiştir. Koşulları ihlal eden hesaplar kapatılabilir.') +
          syFoot,
      },
    ],
  },
  {
    host: 'rontgenbot-tr.test',
    lang: 'tr',
    label: 'nudify',
    shape: 'telegram-bot',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Röntgen Bot — Telegram\'da kıyafetlerin içini gör',
        head: metaDescription('Röntgen Bot, Telegram üzerinden çalışan yapay zekâ botu. Fotoğrafı gönder, kıyafetsiz hâlini 20 saniyede al. Telegram Yıldızları ile ödeme, ilk fotoğraf bedava.'),
        body:
          rtNav +
          h1('Telegram\'daki röntgen gözlüğü 🩻') +
          p('Röntgen Bot, gönderdiğin fotoğraftaki kıyafetleri yapay zekâ ile kaldıran bir Telegram botu. Site yok, uygulama yok, üyelik yok. Sohbeti aç, fotoğrafı gönder, yaklaşık 20 saniye sonra sonuç sohbete düşsün.') +
          p(a('https://t.me/rontgen_tr_bot?start=web', '👉 @rontgen_tr_bot\'u başlat')) +
          h2('Modlar') +
          ul('🩻 Röntgen — kıyafetler şeffaflaşır', '🔥 Çıplak — kıyafetler tamamen kaldırılır', '👙 Plaj — kıyafet yerine bikini', '🎨 Anime — sonucu çizim tarzında al') +
          h2('Neden Röntgen Bot?') +
          ul('İlk fotoğraf ücretsiz', 'Ödeme Telegram Yıldızları (Stars) ile — kart ekstresinde hiçbir şey görünmez', 'Ortalama yanıt süresi 18 saniye', 'Bir arkadaşını getir, 3 kredi kazan', 'Türkçe destek: @rontgen_destek') +
          p('Telegram ana botu kapatırsa bakiyen kaybolmaz: tüm yedek botlar aynı veritabanını kullanır. Güncel liste için ' + a('/yedek-botlar', 'Yedek botlar') + ' sayfasına bak.') +
          faq('SSS', [
            ['Kaç para?', 'Fotoğraf başına 20 yıldızdan başlıyor. Büyük paketler daha ucuz.'],
            ['Fotoğraflar saklanıyor mu?', 'Hayır, sonuç gönderildikten hemen sonra siliniyor.'],
            ['Kimler kullanabilir?', 'Sadece 18 yaş üstü kullanıcılar ve yalnızca rızası olan kişilerin fotoğrafları.'],
          ]) +
          h2('Nasıl kullanılır?') +
          ol('Botu aç ve /start yaz', '18 yaşından büyük olduğunu onayla', 'Modu seç: röntgen, çıplak ya da plaj', 'Fotoğrafı gönder ve sonucu bekle') +
          p('Bot 7/24 açık, ortalama bekleme süresi 20 saniyenin altında.') +
          footer('Röntgen Bot © 2026 · Telegram ile bağlantılı değildir · +18', [
            ['/komutlar', 'Komutlar'],
            ['/yildizlar', 'Fiyatlar'],
            ['https://t.me/rontgen_tr_kanal', 'Kanal'],
          ]),
      },
      {
        path: '/komutlar',
        title: 'Komutlar — Röntgen Bot',
        body:
          rtNav +
          h1('Bot komutları') +
          ul(
            '/start — başlat ve ücretsiz fotoğrafını al',
            '/rontgen — röntgen modu',
            '/ciplak — tam çıplak mod',
            '/plaj — bikini modu',
            '/anime — anime tarzı',
            '/bakiye — kalan kredin',
            '/satinal — yıldızla kredi satın al',
            '/davet — davet linkin',
            '/destek — canlı destek',
          ) +
          p('Modu seçtikten sonra fotoğrafı dosya olarak değil, normal fotoğraf olarak gönder. Kredin yoksa bot bulanık bir önizleme ve «Kilidi aç» butonu gönderir. En iyi sonuç için tek kişilik, iyi ışıklı fotoğraflar kullan.'),
      },
      {
        path: '/yildizlar',
        title: 'Yıldız paketleri — Röntgen Bot',
        body:
          rtNav +
          h1('Yıldız paketleri') +
          p('Satın alma tamamen Telegram içinde: bota /satinal yaz, paketi seç ve Yıldızlarla onayla. Yıldızları Telegram uygulamasından Google Play, App Store veya kartla alabilirsin.') +
          priceTable(
            ['Paket', 'Fotoğraf', 'Yıldız'],
            [
              ['Mini', '3', '60 ⭐'],
              ['Orta', '15', '250 ⭐'],
              ['Büyük', '45', '650 ⭐'],
              ['Haftalık sınırsız', 'günde 40\'a kadar', '900 ⭐'],
            ],
          ) +
          p('Krediler süresizdir. İşlem başarısız olursa kredi otomatik iade edilir. Kriptoyla ödemek isteyenler /destek üzerinden yazabilir.') +
          p('Haftalık sınırsız paket satın alındığı anda başlar ve 7 gün boyunca tüm modları 4K kalitede açar. En çok tercih edilen paket budur.'),
      },
      {
        path: '/yedek-botlar',
        title: 'Yedek botlar — Röntgen Bot',
        body:
          rtNav +
          h1('Yedek botlar') +
          p('Telegram zaman zaman botumuzu engelliyor. Böyle bir durumda aşağıdaki yedeklerden birini kullan; bakiyen ve geçmişin aynen durur.') +
          ul(
            a('https://t.me/rontgen_tr_bot', '@rontgen_tr_bot') + ' — ana bot',
            a('https://t.me/rontgen_tr2_bot', '@rontgen_tr2_bot') + ' — yedek 1',
            a('https://t.me/rntgn_foto_bot', '@rntgn_foto_bot') + ' — yedek 2',
          ) +
          p('Yeni linkler her zaman ' + a('https://t.me/rontgen_tr_kanal', '@rontgen_tr_kanal') + ' kanalında paylaşılır. Telegram dışında ödeme isteyen hesaplar sahtedir, itibar etme.') +
          p('Bu sayfayı yer imlerine ekle; ana bot kapanırsa yeni adresi ilk burada paylaşırız. Bakiyeni taşımak için hiçbir şey yapman gerekmez, yeni botta /start yazman yeterli.'),
      },
    ],
  },
  {
    host: 'soyapp-indir.test',
    lang: 'tr',
    label: 'nudify',
    shape: 'app-landing',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'SoyApp — Fotoğraf soyan yapay zekâ uygulaması | APK İndir',
        jsOnly: true,
        head:
          metaDescription('SoyApp\'i indir: günde 3 ücretsiz soyma, haftalık VIP 79 TL. Android APK, iPhone için «Ana Ekrana Ekle». Galerideki fotoğraflardan kıyafetleri kaldır.') +
          jsonLd({
            '@context': 'https://schema.org',
            '@type': 'MobileApplication',
            name: 'SoyApp',
            operatingSystem: 'Android',
            offers: { '@type': 'Offer', price: '79', priceCurrency: 'TRY', description: 'Haftalık VIP' },
          }),
        body:
          saNav +
          h1('Tek dokunuşla fotoğraf soy') +
          p('SoyApp, galerindeki fotoğraflardan kıyafetleri yapay zekâ ile kaldıran bir mobil uygulama. Fotoğrafı seç, «Soy» butonuna bas, birkaç saniye içinde çıplak versiyon hazır.') +
          storeBadges('/indir/soyapp-2.2.apk') +
          h2('Her gün 3 ücretsiz soyma') +
          p('Tüm kullanıcılar her gün <b>3 ücretsiz soyma</b> hakkı kazanır. Sayaç gece yarısı sıfırlanır. Daha fazlası için kısa bir reklam izle ya da haftalık VIP al.') +
          h2('Özellikler') +
          ul('Çıplak, bikini ve iç çamaşırı modları', 'Fırça ile sadece istediğin bölgeyi seç', 'Ücretsizde HD, VIP\'te 4K', 'Şifreli özel albüm', 'Kayıt olmadan kullan') +
          h2('iPhone kullanıcıları') +
          p('App Store bu tür uygulamalara izin vermiyor. Sitemizi Safari\'de aç, Paylaş\'a dokun ve <b>«Ana Ekrana Ekle»</b>yi seç. Uygulama gibi çalışan bir ikon elde edersin. ' + a('/iphone-kurulum', 'Adım adım kurulum')) +
          img(5, 'uygulama ekran görüntüleri') +
          p('★ 4,4 · 11.000+ değerlendirme · «Botlardan çok daha hızlı, günlük 3 ücretsiz hak da yetiyor.»') +
          faq('Kısaca', [
            ['Ücretsiz mi?', 'Evet, her gün 3 soyma ücretsiz. VIP tamamen isteğe bağlı.'],
            ['Neden Google Play\'de yok?', 'Mağazalar bu tür uygulamalara izin vermediği için APK\'yı kendimiz dağıtıyoruz.'],
            ['Güvenli mi?', 'APK dijital olarak imzalıdır, her sürümün SHA-256 özeti İndir sayfasında.'],
          ]) +
          saFoot,
      },
      {
        path: '/indir',
        title: 'SoyApp APK indir',
        body:
          saNav +
          h1('SoyApp\'i indir') +
          storeBadges('/indir/soyapp-2.2.apk') +
          p('Sürüm 2.2.3 · 37 MB · Android 8.0 ve üzeri · SHA-256 imzalı.') +
          ol('«Download APK» butonuna dokun.', 'Tarayıcına bilinmeyen kaynaklardan yükleme izni ver.', 'İnen dosyayı aç ve «Yükle»ye dokun.', 'SoyApp\'i aç — 3 ücretsiz soyma hakkın hazır.') +
          p('Play Koruma uyarı verirse «Yine de yükle» seçeneğini kullan; mağaza dışı uygulamalarda bu normaldir. Güncellemeler uygulama içinden otomatik gelir.') +
          saFoot,
      },
      {
        path: '/vip',
        title: 'SoyApp VIP',
        body:
          saNav +
          h1('VIP ol') +
          priceTable(
            ['', 'Ücretsiz', 'Haftalık VIP', 'Aylık VIP'],
            [
              ['Fiyat', '0 TL', '79 TL / hafta', '199 TL / ay'],
              ['Soyma', 'günde 3', 'sınırsız', 'sınırsız'],
              ['Filigran', 'var', 'yok', 'yok'],
              ['Kalite', 'HD', '4K', '4K + öncelik'],
            ],
          ) +
          p('Kredi kartı, Google Play veya kripto ile ödeme. Abonelik otomatik yenilenir; Ayarlar → Abonelik menüsünden istediğin zaman iptal edebilirsin. En çok tercih edilen plan haftalık VIP.') +
          p('Yeni kullanıcılara ilk hafta VIP 39 TL. VIP ile reklamlar da tamamen kalkar.') +
          saFoot,
      },
      {
        path: '/iphone-kurulum',
        title: 'iPhone kurulumu — SoyApp',
        body:
          saNav +
          h1('iPhone ve iPad\'e kurulum') +
          ol('Safari\'de <b>soyapp-indir.test/app</b> adresini aç.', 'Alttaki Paylaş simgesine dokun.', '«Ana Ekrana Ekle»yi seç.', '«Ekle»ye dokun.', 'Uygulamayı yeni ikondan başlat.') +
          p('Web sürümü Android uygulamasıyla aynı özelliklere sahip: günde 3 ücretsiz soyma, VIP ve özel albüm. Chrome veya Telegram\'ın iç tarayıcısında bu seçenek görünmez.') +
          p('İkon görünmezse Safari\'nin güncel olduğundan emin ol ve adımları tekrarla.') +
          saFoot,
      },
      {
        path: '/sss',
        title: 'SSS — SoyApp',
        body:
          saNav +
          faq('Sıkça sorulan sorular', [
            ['Fotoğraflarım sunucuya gidiyor mu?', 'İşlem için evet; işlem bitince hemen siliniyor.'],
            ['Ücretsiz hakkım yenilenmedi', 'Sayaç Türkiye saatiyle 00:00\'da sıfırlanır. Uygulamayı yeniden başlat.'],
            ['VIP\'i nasıl iptal ederim?', 'Ayarlar → Abonelik → İptal.'],
          ]) +
          h2('Koşullar') +
          p('Uygulama yalnızca 18 yaş üstü içindir. Başkalarının fotoğraflarını izinsiz kullanmak yasaktır.') +
          p('Başka bir sorun mu var? Uygulama içindeki Destek menüsünden ya da Telegram @soyapp_destek üzerinden bize yaz, genellikle bir saat içinde dönüyoruz.') +
          saFoot,
      },
    ],
  },
  {
    host: 'kiyafetsil-app.test',
    lang: 'tr',
    label: 'nudify',
    shape: 'app-landing',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'KıyafetSil — AI ile kıyafet silme uygulaması',
        head: metaDescription('KıyafetSil: fotoğraflardan kıyafetleri silen yapay zekâ uygulaması. Günde 3 ücretsiz, haftalık Premium. APK indir veya ana ekrana ekle.'),
        body:
          ksNav +
          h1('Kıyafetleri sil, gerisini yapay zekâ halletsin') +
          p('KıyafetSil ile telefonundaki herhangi bir fotoğraftan kıyafetleri silebilirsin. Silgi aracıyla bölgeyi işaretle ya da otomatik modu seç; yapay zekâ kıyafetin altını gerçekçi biçimde yeniden çizer.') +
          storeBadges('/apk/kiyafetsil.apk') +
          section(
            h2('Ücretsiz kullan'),
            p('Günde <b>3 ücretsiz kıyafet silme</b>. Sınırsız kullanım için haftalık Premium yalnızca 59 TL. İlk hafta deneme 29 TL.'),
          ) +
          section(
            h2('Neler yapabilirsin?'),
            ul('Otomatik mod: tüm kıyafetleri tek dokunuşla sil', 'Silgi modu: sadece seçtiğin bölge', 'Mayo ve iç çamaşırı değiştirme', 'Önce/sonra karşılaştırma kaydırıcısı', 'Sonucu 2x büyüt'),
          ) +
          section(
            h2('iPhone\'da'),
            p('Safari\'de sitemizi aç → Paylaş → «Ana Ekrana Ekle». Bu kadar. Web uygulaması iPhone\'da tam ekran çalışır ve tüm özellikler mevcuttur.'),
          ) +
          h2('Kullanıcılar ne diyor?') +
          p('«Silgi modu çok iyi, sadece istediğim yeri değiştiriyor.» — Google Play dışı APK kullanıcısı') +
          p('«Haftalık Premium hafta sonu için ideal.»') +
          faq('Sık sorulanlar', [
            ['Gerçekten ücretsiz mi?', 'Evet, günde 3 kıyafet silme her zaman ücretsiz.'],
            ['Hangi telefonlarda çalışır?', 'Android 7.0 ve üstü; iPhone\'da web uygulaması olarak.'],
          ]) +
          p('500.000\'den fazla indirme, 4,4 ortalama puan.') +
          footer('© 2026 KıyafetSil · 18 yaş sınırı · Yapay zekâ ile üretilen görseller', [
            ['/apk', 'İndir'],
            ['/premium', 'Premium'],
            ['/yardim', 'Yardım ve koşullar'],
          ]),
      },
      {
        path: '/apk',
        title: 'KıyafetSil APK indir',
        body:
          ksNav +
          h1('APK indir') +
          storeBadges('/apk/kiyafetsil.apk') +
          p('Sürüm 1.8 · 33 MB · Android 7.0+. Google Play sürümünde kıyafet silme modları kapalıdır; tüm özellikler için bu APK\'yı kullan.') +
          ol('APK\'yı indir.', 'Ayarlardan bilinmeyen kaynaklara izin ver.', 'Dosyayı açıp yükle.', 'Uygulamayı aç ve günlük 3 ücretsiz hakkını kullan.') +
          p('Sorun yaşarsan Yardım sayfasına bak.') +
          p('Her sürüm dijital olarak imzalanır. Güncellemeler uygulama açıldığında otomatik kontrol edilir, yeniden indirmen gerekmez.'),
      },
      {
        path: '/premium',
        title: 'KıyafetSil Premium',
        body:
          ksNav +
          h1('Premium') +
          priceTable(
            ['Plan', 'Fiyat', 'Kullanım', 'Ekstra'],
            [
              ['Ücretsiz', '0 TL', 'günde 3', 'reklamlı, filigranlı'],
              ['Haftalık Premium', '59 TL', 'sınırsız', 'reklamsız, HD'],
              ['Yıllık Premium', '699 TL', 'sınırsız', '4K, öncelikli işlem'],
            ],
          ) +
          p('Yeni kullanıcılar için ilk hafta 29 TL. Abonelik otomatik yenilenir ve uygulama içinden tek dokunuşla iptal edilebilir. Kart veya kripto ile ödeme yapılabilir.') +
          p('Premium ile tüm modlar açılır: otomatik mod, silgi modu, mayo ve iç çamaşırı değiştirme. Ayrıca reklamlar ve filigran tamamen kalkar, sonuçlar yüksek çözünürlükte kaydedilir. Ödeme yaptıktan sonra Premium anında aktif olur.'),
      },
      {
        path: '/yardim',
        title: 'Yardım — KıyafetSil',
        body:
          ksNav +
          faq('Yardım', [
            ['Uygulama açılmıyor', 'Android sürümünün 7.0 veya üstü olduğundan emin ol, sonra APK\'yı yeniden yükle.'],
            ['Ücretsiz haklar ne zaman yenilenir?', 'Her gece 00:00\'da.'],
            ['Fotoğraflar nerede saklanıyor?', 'Sonuçlar yalnızca cihazında saklanır, sunucudaki kopyalar hemen silinir.'],
          ]) +
          h2('Kullanım koşulları') +
          p('KıyafetSil 18 yaş üstü kullanıcılar içindir. Fotoğrafını yüklediğin kişinin iznine sahip olmalısın.') +
          p('Sorun devam ederse Telegram @kiyafetsil_destek hesabına yaz. Yanıt süremiz genellikle bir saatin altındadır. Hesabını silmek istersen Ayarlar menüsünü kullanabilirsin.'),
      },
    ],
  },
  {
    host: 'ozelrotus-siparis.test',
    lang: 'tr',
    label: 'nudify',
    shape: 'made-to-order',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Özel Rötuş — Sipariş üzerine çıplak fotoğraf düzenleme',
        head: metaDescription('Fotoğrafını gönder, ekibimiz yapay zekâ ve elle rötuşla çıplak versiyonunu hazırlasın. 24 saatte teslim, yalnızca kripto ile ödeme. Tam gizlilik.'),
        body:
          orNav +
          h1('Fotoğrafının çıplak versiyonu — elle, sipariş üzerine') +
          p('Otomatik soyma siteleri eller, saçlar ve arka planda hep hata yapar. Özel Rötuş\'ta her sipariş bir rötuş uzmanına gider. Önce yapay zekâ kıyafetleri kaldırır, ardından uzmanımız ışık, gölge ve detayları elle düzeltir. Sonuç gerçek bir fotoğraf gibi görünür.') +
          h2('Hizmetlerimiz') +
          ul('Tek fotoğraf — tam çıplak versiyon', 'Set — aynı kişinin 5 fotoğrafına kadar', 'Bikini / iç çamaşırı versiyonu', 'Ekspres teslim — 3 saat') +
          h2('Nasıl sipariş verilir?') +
          ol('Sipariş formunu doldur (fotoğraf eklemeden).', 'Sipariş numarası ve kripto cüzdan adresi al.', 'Ödemeyi yap.', 'Fotoğrafı Telegram\'dan ya da e-postayla sipariş numarasıyla gönder.', 'Sonucu 48 saat geçerli bir linkle teslim al.') +
          h2('Neden sadece kripto?') +
          p('Çünkü iki tarafın da gizliliğini korumanın tek yolu bu. USDT, BTC ve XMR kabul ediyoruz. Kart, havale veya dijital cüzdan yok.') +
          p('2.100+ tamamlanmış sipariş · 1 ücretsiz revizyon · dosyalar 48 saatte silinir') +
          p(a('/hizmetler', 'Fiyatları gör') + ' · ' + a('/siparis?utm_source=anasayfa', 'Hemen sipariş ver')) +
          faq('Kısaca', [
            ['Fotoğrafı siteye yükleyebilir miyim?', 'Hayır. Fotoğraflar yalnızca Telegram veya e-posta ile, ödenmiş sipariş numarasıyla alınır.'],
            ['Ne kadar sürer?', 'Standart 24 saat, ekspres 3 saat.'],
          ]) +
          footer('Özel Rötuş © 2026 · Yalnızca yetişkinler · İletişim: Telegram @ozelrotus', [
            ['/odeme', 'Ödeme'],
            ['/sss', 'SSS'],
            ['/siparis?utm_source=footer', 'Sipariş'],
          ]),
      },
      {
        path: '/hizmetler',
        title: 'Hizmetler ve fiyatlar — Özel Rötuş',
        body:
          orNav +
          h1('Hizmetler ve fiyatlar') +
          priceTable(
            ['Hizmet', 'Süre', 'Fiyat'],
            [
              ['Tek fotoğraf', '24 saat', '22 USDT'],
              ['Set (5 fotoğraf)', '24 saat', '90 USDT'],
              ['Bikini / iç çamaşırı', '24 saat', '16 USDT'],
              ['Ekspres', '3 saat', '+12 USDT'],
            ],
          ) +
          p('Fiyatlar USDT cinsindendir; BTC ve XMR için güncel kur uygulanır. Üçüncü siparişten itibaren %10 indirim. Her siparişe bir ücretsiz revizyon dahildir, sonrakiler 5 USDT.') +
          p('10\'dan fazla fotoğraflık siparişler için Telegram\'dan özel fiyat iste.') +
          p('Ödeme, sipariş rötuşçu tarafından onaylandıktan sonra yapılır.') +
          p('Fiyatlar önceden haber verilmeksizin değişebilir.'),
      },
      {
        path: '/siparis',
        title: 'Sipariş formu — Özel Rötuş',
        head: cryptoCheckout(),
        body:
          orNav +
          h1('Sipariş formu') +
          p('Fotoğrafı buraya yükleme. Ödemeden sonra Telegram @ozelrotus veya siparis@ozelrotus-siparis.test adresine sipariş numaranla gönder.') +
          orderForm(['Hizmet', 'Fotoğraf sayısı', 'Ekspres mi? (evet/hayır)', 'Telegram kullanıcı adı veya e-posta', 'Kripto para (USDT / BTC / XMR)', 'Rötuşçuya notlar'], 'Siparişi gönder') +
          p('30 dakika içinde sipariş numaran ve cüzdan adresin gelir. Gelmezse spam klasörünü kontrol et.') +
          p('Sipariş numaranı teslimata kadar sakla; numarasız gönderilen fotoğraflar açılmadan silinir.') +
          p('Telegram kullanıcı adı bırakırsan çok daha hızlı dönüş yaparız.'),
      },
      {
        path: '/odeme',
        title: 'Kripto ödeme — Özel Rötuş',
        body:
          orNav +
          h1('Kripto ile ödeme') +
          ul('USDT (TRC-20) — 1-2 dakikada onay', 'Bitcoin — 1 onay sonrası', 'Monero — en yüksek gizlilik') +
          p('Her siparişe 60 dakika geçerli ayrı bir adres verilir. Tam tutarı gönder; yanlış ağa gönderilen ödemeler geri alınamaz. Kriptoyu herhangi bir borsadan veya P2P üzerinden alabilirsin. Rötuşçu işe başladıktan sonra iade yapılmaz.') +
          p('Ödeme onayını Telegram\'dan bildiririz.') +
          p('Ödemeyle ilgili sorularını göndermeden önce Telegram\'dan sorabilirsin.') +
          p('Eksik ödemelerde sipariş beklemeye alınır.'),
      },
      {
        path: '/sss',
        title: 'SSS — Özel Rötuş',
        body:
          orNav +
          faq('Sıkça sorulanlar', [
            ['Hangi fotoğrafları kabul ediyorsunuz?', 'Tek bir yetişkinin bulunduğu, net ve iyi ışıklı fotoğraflar.'],
            ['Dosyaları saklıyor musunuz?', 'Hayır. Orijinal ve sonuç teslimden 48 saat sonra silinir.'],
            ['İptal edebilir miyim?', 'Rötuşçu işe başlamadan önce tam iade ile iptal edebilirsin.'],
            ['Sonucu nasıl alırım?', 'Verdiğin iletişim adresine süreli bir indirme linki gönderilir.'],
          ]) +
          p('Cevabını bulamadın mı? Telegram @ozelrotus hesabına yaz, her gün 10:00–02:00 arası yanıt veriyoruz.'),
      },
    ],
  },
  {
    host: 'studyoisik-ai.test',
    lang: 'tr',
    label: 'nudify',
    shape: 'innocent-home',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Stüdyo Işık AI — Yapay zekâ ile profesyonel fotoğraflar',
        head:
          metaDescription('Stüdyo Işık AI: profesyonel profil fotoğrafı, arka plan değiştirme, eski fotoğraf restorasyonu ve 4K büyütme. Stüdyoya gitmeden profesyonel sonuçlar.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'Organization', name: 'Stüdyo Işık AI', url: 'https://studyoisik-ai.test' }),
        body:
          cookieBanner('Sitemizde çerezler kullanılmaktadır.', 'Tamam') +
          siNav +
          h1('Cebindeki fotoğraf stüdyosu') +
          p('Stüdyo Işık AI, sıradan telefon fotoğraflarını profesyonel stüdyo çekimine dönüştürür. Fotoğrafını yükle, bir mod seç ve saniyeler içinde ışığı, arka planı ve detayları düzeltilmiş bir görsel al.') +
          upload('Fotoğraf yükle', '/studyo', 'Başla') +
          h2('En çok kullanılanlar') +
          ul('Profil ve CV fotoğrafı', 'Arka plan değiştirme ve bulanıklaştırma', '4K büyütme', 'Eski aile fotoğraflarını onarma ve renklendirme', 'Sanal kabin: kıyafet değiştirme', 'Sinematik renk filtreleri') +
          h2('Neden Stüdyo Işık?') +
          p('Modellerimiz profesyonel fotoğrafçılarla birlikte eğitildi; varsayılan ayarlar bile doğal görünür. Tek seferde 30 fotoğrafa kadar işleyebilir, tüm profilin için tutarlı bir görünüm yakalayabilirsin.') +
          img(1, 'profil fotoğrafı örneği') +
          img(6, 'restorasyon örneği') +
          p('«İş görüşmesi için profil fotoğrafımı 5 dakikada hazırladım.» — Selin, Ankara') +
          textForm('Bültenimize abone ol', 'Abone ol', '/bulten') +
          h2('Nasıl çalışır?') +
          ol('Telefonundan veya bilgisayarından fotoğraf yükle.', 'Listeden bir mod seç.', 'Sonucu yüksek çözünürlükte indir.') +
          p('Her ay 30.000\'den fazla kişi Stüdyo Işık kullanıyor. İlk 5 kredi ücretsiz, kart bilgisi gerekmez. Android, iPhone ve tüm bilgisayarlarda tarayıcıdan çalışır.') +
          p('«Dedemin eski fotoğraflarını renklendirdim, ailece çok duygulandık.» — Burak') +
          faq('Sık sorulanlar', [
            ['Uygulama indirmem gerekiyor mu?', 'Hayır, her şey tarayıcıda çalışır.'],
            ['Fotoğraflarım paylaşılıyor mu?', 'Hayır, fotoğrafların yalnızca sana aittir ve 72 saat içinde silinir.'],
          ]) +
          siFoot,
      },
      {
        path: '/modlar',
        title: 'Tüm modlar — Stüdyo Işık AI',
        body:
          siNav +
          h1('Tüm modlar') +
          p('Her mod aynı kredileri kullanır. 18+ işaretli modlar yalnızca yaş doğrulaması yapılmış Pro hesaplarda görünür.') +
          priceTable(
            ['Mod', 'Ne yapar?', 'Kredi'],
            [
              ['Profil', 'stüdyo ışığı, nötr arka plan', '1'],
              ['Arka plan', 'değiştir veya bulanıklaştır', '1'],
              ['4K büyütme', 'netleştir ve büyüt', '1'],
              ['Restorasyon', 'çizikleri onar, renklendir', '2'],
              ['Sanal kabin', 'katalogdan kıyafet giydir', '2'],
              ['Plaj', 'kıyafeti mayoyla değiştir', '2'],
              ['Soyma 18+', 'kıyafetleri kaldırır ve çıplak versiyon üretir', '3'],
            ],
          ) +
          p('Soyma modunu kullanarak fotoğraftaki kişinin rızasına sahip olduğunu onaylarsın.') +
          siFoot,
      },
      {
        path: '/fiyatlar',
        title: 'Fiyatlar — Stüdyo Işık AI',
        head: stripe('pk_test_studyoisik_TR'),
        body:
          siNav +
          h1('Fiyatlar') +
          priceTable(
            ['Plan', 'Fiyat', 'Aylık kredi', 'Modlar'],
            [
              ['Ücretsiz', '0 TL', '5', 'temel modlar'],
              ['Plus', '129 TL / ay', '100', 'temel + Plaj'],
              ['Pro', '299 TL / ay', '400', 'tümü, Soyma 18+ dahil'],
            ],
          ) +
          p('Tüm planlar istediğin zaman iptal edilebilir. Kullanılmayan krediler bir sonraki aya devreder (en fazla 200). Kredi kartı ve kripto ile ödeme.') +
          button('Planı seç') +
          p('Pro planda öncelikli sıra, 30 fotoğraflık toplu işlem ve 4K dışa aktarma da var. Öğrencilere Plus planda %20 indirim.') +
          siFoot,
      },
      {
        path: '/hakkimizda',
        title: 'Hakkımızda — Stüdyo Işık AI',
        body:
          siNav +
          h1('Hakkımızda') +
          p('Stüdyo Işık, 2024 yılında İstanbul\'da bir grup fotoğrafçı ve yazılımcı tarafından kuruldu. Amacımız profesyonel fotoğrafı herkes için erişilebilir kılmak.') +
          h2('Gizlilik') +
          p('Yüklenen fotoğraflar en fazla 72 saat saklanır ve model eğitiminde kullanılmaz. Dilediğin zaman galerinden silebilirsin.') +
          p('Bugün 12 kişilik bir ekibiz ve her ay yeni modlar ekliyoruz. İletişim: merhaba@studyoisik-ai.test') +
          p('Bir iş günü içinde yanıt veriyoruz.') +
          siFoot,
      },
    ],
  },
  {
    host: 'soyapi-dev.test',
    lang: 'tr',
    label: 'nudify',
    shape: 'api-reseller',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'SoyAPI — Geliştiriciler için kıyafet kaldırma API\'si',
        head: metaDescription('SoyAPI: fotoğraflardan kıyafet kaldırma için REST API. Çağrı başına ödeme, API anahtarları, webhook desteği. Telegram botları ve uygulamalar için.'),
        body:
          apNav +
          h1('Uygulamana «soyma» özelliğini bir akşamda ekle') +
          p('SoyAPI, kıyafet kaldırma modelimizi basit bir REST uç noktası üzerinden sunar. Fotoğrafı gönderirsin, modu seçersin, sonucu alırsın. GPU kiralamak, model eğitmek ya da sunucu yönetmek yok.') +
          h2('Özellikler') +
          ul(
            '<code>POST /v1/soy</code> uç noktası: <code>ciplak</code>, <code>bikini</code>, <code>ic_camasiri</code> modları',
            '1024 px için ortalama 3 saniye yanıt',
            'Asenkron kuyruk ve webhook',
            'White-label: logo veya filigran yok',
            'Müşterilerin için alt anahtarlar ve günlük limitler',
          ) +
          h2('Örnek istek') +
          code(`curl -X POST https://api.soyapi-dev.test/v1/soy \\
  -H "Authorization: Bearer sy_live_XXXX" \\
  -F "foto=@resim.jpg" \\
  -F "mod=ciplak"`) +
          p('Yanıtta <code>sonuc_url</code>, işlem süresi ve kalan bakiye döner.') +
          h2('Kimler kullanıyor?') +
          p('Türkiye ve Orta Doğu\'da 150\'den fazla Telegram botu, Android uygulaması ve web sitesi. Sadece başarılı çağrılar ücretlendirilir; 422 hataları ücretsizdir.') +
          p(a('/api-anahtari?ref=anasayfa', 'Ücretsiz test anahtarı al (25 çağrı)')) +
          h2('Müşteri yorumu') +
          p('«Botumuzu kendi sunucumuzdan SoyAPI\'ye taşıdık; maliyet yarıya indi, yanıt süresi iki kat hızlandı.» — bot sahibi, günlük 10 bin aktif kullanıcı') +
          p('Türkçe dokümantasyon, Telegram üzerinden haftanın 7 günü destek.') +
          p('Ayda 12 milyondan fazla çağrı işliyoruz.') +
          apFoot,
      },
      {
        path: '/dokumanlar',
        title: 'Dokümanlar — SoyAPI',
        body:
          apNav +
          h1('Hızlı başlangıç') +
          ol('Hesap aç ve panelden bir API anahtarı oluştur.', 'Test anahtarları <code>sy_test_</code> ile başlar ve filigranlı sonuç döner.', 'Canlı anahtarlar <code>sy_live_</code> ile başlar.', 'İlk isteğini <code>/v1/soy</code> adresine gönder.') +
          h2('Python örneği') +
          code(`import requests
r = requests.post("https://api.soyapi-dev.test/v1/soy",
    headers={"Authorization": f"Bearer {ANAHTAR}"},
    files={"foto": open("resim.jpg", "rb")},
    data={"mod": "bikini", "kalite": "hd"})
print(r.json()["sonuc_url"])`) +
          p('Limitler: Başlangıç 5 istek/sn, İşletme 25 istek/sn. En fazla 10 MB dosya.') +
          apFoot,
      },
      {
        path: '/dokumanlar/uc-noktalar',
        title: 'Uç noktalar — SoyAPI',
        body:
          apNav +
          h1('Uç noktalar') +
          h3('POST /v1/soy') +
          p('Alanlar: <code>foto</code> (dosya) veya <code>foto_url</code>; <code>mod</code>: ciplak | bikini | ic_camasiri; <code>kalite</code>: sd | hd | 4k; <code>webhook</code> (isteğe bağlı).') +
          h3('GET /v1/isler/{id}') +
          p('Asenkron işin durumu ve 60 dakika geçerli sonuç linki.') +
          h3('GET /v1/bakiye') +
          code(`{"kalan_cagri": 9310, "plan": "isletme"}`) +
          ul('401 — geçersiz anahtar', '402 — bakiye yetersiz', '422 — fotoğrafta kişi bulunamadı', '429 — limit aşıldı') +
          p('Tüm yanıtlar JSON formatındadır.') +
          apFoot,
      },
      {
        path: '/fiyatlandirma',
        title: 'Fiyatlandırma — SoyAPI',
        body:
          apNav +
          h1('Çağrı başına fiyatlandırma') +
          priceTable(
            ['Plan', 'Çağrı başı', 'Minimum', 'Limit'],
            [
              ['Test', '0 TL', '25 çağrı', '1/sn'],
              ['Başlangıç', '1,50 TL', 'yok', '5/sn'],
              ['İşletme', '0,90 TL', '7.500 TL / ay', '25/sn'],
              ['Bayi', '0,55 TL', '30.000 TL / ay', '60/sn, özel GPU'],
            ],
          ) +
          p('4K çıktı 2 çağrı sayılır. Bakiye yükleme: kredi kartı, havale veya USDT. Faturada nötr «görüntü işleme hizmeti» açıklaması yer alır.') +
          p('Kullanılmayan bakiye süresizdir. Bayiler için hesap yöneticisi ve aylık faturalama.') +
          apFoot,
      },
      {
        path: '/api-anahtari',
        title: 'API anahtarı — SoyAPI',
        body:
          apNav +
          h1('API anahtarını al') +
          p('Giriş yaparak anahtar oluşturabilir, limit koyabilir ve kullanımını izleyebilirsin. Her hesap kendi adı, günlük limiti ve IP izin listesi olan 30 anahtara kadar oluşturabilir.') +
          textForm('E-posta adresin', 'Giriş linki gönder', '/auth/link') +
          p('Yeni hesaplara 25 ücretsiz test çağrısı. Kart gerekmez.') +
          p('Anahtarlarını istediğin an iptal edebilirsin.') +
          p('Kurumsal müşterilere SSO desteği.') +
          apFoot,
      },
    ],
  },
  {
    host: 'bukabaju-ai.test',
    lang: 'id',
    label: 'nudify',
    shape: 'saas',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'BukaBaju AI — Hapus baju dari foto pakai AI, hasil dalam 10 detik',
        head:
          metaDescription('BukaBaju AI menghapus pakaian dari foto apa saja dengan kecerdasan buatan. Upload foto, pilih mode, download versi telanjang dalam HD. 3 kredit gratis, bayar via QRIS.') +
          jsonLd({
            '@context': 'https://schema.org',
            '@type': 'WebApplication',
            name: 'BukaBaju AI',
            offers: { '@type': 'Offer', price: '49000', priceCurrency: 'IDR' },
          }) +
          oneTap('000000000000-bukabaju.apps.googleusercontent.test'),
        body:
          cookieBanner('Situs ini memakai cookie agar berjalan lancar dan untuk statistik.', 'Setuju', 'Tolak') +
          bbNav +
          h1('Hapus baju dari foto apa saja, cuma 10 detik') +
          p('BukaBaju AI adalah tool berbasis AI yang menghapus pakaian dari foto dan membuat versi telanjang yang realistis. Langsung dari browser HP atau laptop, tanpa install aplikasi.') +
          upload('Upload foto', '/api/buka', 'Buka baju sekarang') +
          p('<small>Dengan upload, kamu menyatakan sudah 18+ dan punya izin dari orang di foto.</small>') +
          h2('Mode tersedia') +
          ul('Telanjang penuh', 'Bikini', 'Lingerie', 'Tembus pandang (Premium)') +
          h2('Kenapa BukaBaju AI?') +
          ul('3 kredit gratis setelah daftar', 'Hasil sampai 4K', 'Wajah tetap sama seperti aslinya', 'Foto dihapus otomatis setelah 24 jam', 'Bayar pakai QRIS, transfer bank, e-wallet, atau kripto') +
          h2('Cara kerjanya') +
          p('Upload foto yang jelas, pilih mode, lalu klik tombol. AI mengenali tubuh, menghapus pakaian, dan menggambar ulang bagian itu sesuai cahaya dan latar foto.') +
          p('«Paling realistis dibanding yang lain, dan bisa bayar QRIS.» — Rizky, Bandung') +
          faq('Pertanyaan singkat', [
            ['Gratis nggak?', 'Gratis 3 foto pertama. Selanjutnya paket mulai Rp19.000.'],
            ['Aman nggak?', 'Koneksi terenkripsi dan semua foto dihapus dalam 24 jam.'],
          ]) +
          h2('Testimoni') +
          p('«Sudah coba bot Telegram, hasilnya kalah jauh. Di sini wajah tetap sama.» — Fajar, Medan') +
          p('«Paket Premium worth it banget, mode tembus pandang paling bagus.» — pengguna Premium') +
          h2('Update terbaru') +
          ul('Model v3: tangan dan rambut lebih natural', 'Mode lingerie sekarang 12 gaya', 'Antrean Premium 2x lebih cepat di malam hari', 'Bayar pakai QRIS langsung masuk tanpa konfirmasi manual') +
          textForm('Daftar newsletter, dapat 5 kredit gratis', 'Daftar', '/newsletter') +
          bbFoot,
      },
      {
        path: '/cara-kerja',
        title: 'Cara kerja — BukaBaju AI',
        body:
          bbNav +
          h1('Cara kerja') +
          ol('Daftar pakai Google atau email, dapat 3 kredit.', 'Upload foto satu orang yang jelas, lebih bagus seluruh badan.', 'Pilih mode: telanjang, bikini, lingerie, atau tembus pandang.', 'Klik «Buka baju sekarang» dan tunggu 5–15 detik.', 'Download hasilnya atau generate ulang.') +
          p('Tips: foto dengan cahaya siang dan baju ketat kasih hasil paling bagus. Foto gelap, buram, atau ramai orang hasilnya kurang maksimal.') +
          bbFoot,
      },
      {
        path: '/harga',
        title: 'Harga — BukaBaju AI',
        body:
          bbNav +
          h1('Paket kredit') +
          priceTable(
            ['Paket', 'Kredit', 'Harga', 'Fitur'],
            [
              ['Coba', '10', 'Rp19.000', 'HD, ada watermark'],
              ['Hemat', '50', 'Rp49.000', 'HD tanpa watermark'],
              ['Premium (bulanan)', '300', 'Rp129.000', '4K, tembus pandang, antrean prioritas'],
            ],
          ) +
          p('1 kredit = 1 foto HD, 4K pakai 2 kredit. Kredit dari paket sekali beli tidak hangus. Premium diperpanjang otomatis tiap bulan dan bisa dibatalkan kapan saja. Bayar via QRIS, transfer bank, e-wallet, atau USDT.') +
          button('Beli kredit') +
          bbFoot,
      },
      {
        path: '/faq',
        title: 'FAQ — BukaBaju AI',
        body:
          bbNav +
          faq('Pertanyaan yang sering ditanya', [
            ['Kredit belum masuk setelah bayar', 'Biasanya masuk dalam 1–2 menit. Kalau belum, hubungi support dengan bukti bayar.'],
            ['Hasilnya kurang bagus', 'Coba foto dengan kualitas lebih tinggi. Setiap foto bisa di-generate ulang sekali gratis.'],
            ['Bisa refund?', 'Kredit yang belum terpakai bisa direfund dalam 7 hari.'],
            ['Situs diblokir?', 'Cek alamat cadangan kami di channel Telegram resmi.'],
          ]) +
          bbFoot,
      },
      {
        path: '/syarat-ketentuan',
        title: 'Syarat & Ketentuan — BukaBaju AI',
        body:
          bbNav +
          h1('Syarat & Ketentuan') +
          p('Layanan ini hanya untuk pengguna berusia 18 tahun ke atas. Pengguna bertanggung jawab penuh atas foto yang diunggah dan menyatakan sudah mendapat izin dari orang di foto. Dilarang menyebarkan hasil tanpa izin atau memakainya untuk pemerasan dan pelecehan. Semua gambar dibuat oleh AI. Akun yang melanggar dapat diblokir tanpa refund.') +
          bbFoot,
      },
    ],
  },
  {
    host: 'tembuspandang-bot.test',
    lang: 'id',
    label: 'nudify',
    shape: 'telegram-bot',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Tembus Pandang Bot — bot Telegram buka baju pakai AI',
        head: metaDescription('Kirim foto ke bot Telegram Tembus Pandang, terima versi tanpa baju dalam 20 detik. Bayar pakai Telegram Stars, foto pertama gratis, ada bot cadangan.'),
        body:
          tpNav +
          h1('Kirim foto, bot yang buka bajunya') +
          p('Tembus Pandang adalah bot Telegram berbasis AI yang bisa «melihat tembus» pakaian di foto. Tanpa website, tanpa aplikasi, tanpa daftar. Cukup buka chat bot, kirim foto, dan hasilnya datang dalam hitungan detik.') +
          p(a('https://t.me/tembuspandang_ai_bot?start=web', '👉 Mulai @tembuspandang_ai_bot')) +
          h2('Mode') +
          ul('🩻 Tembus pandang — efek baju transparan', '🔥 Telanjang — pakaian dihapus total', '👙 Pantai — ganti baju jadi bikini') +
          h2('Kenapa pakai bot?') +
          ul('Foto pertama gratis', 'Bayar pakai Telegram Stars, nggak ada jejak di rekening', 'Rata-rata balas 20 detik', 'Ajak teman, dapat 3 kredit', 'Support bahasa Indonesia') +
          p('Sudah dipakai lebih dari 120 ribu pengguna di Indonesia dan Malaysia. Kalau bot utama diblokir, saldo kamu aman — pindah saja ke ' + a('/bot-cadangan', 'bot cadangan') + '.') +
          faq('FAQ', [
            ['Berapa harganya?', 'Mulai 20 Stars per foto. Paket besar lebih murah.'],
            ['Foto disimpan?', 'Tidak, dihapus setelah hasil dikirim.'],
            ['Siapa yang boleh pakai?', 'Hanya 18+ dan hanya foto orang yang sudah kasih izin.'],
          ]) +
          h2('Cara pakai') +
          ol('Buka bot dan ketik /start', 'Konfirmasi kamu sudah 18+', 'Pilih mode', 'Kirim foto dan tunggu hasilnya') +
          footer('Tembus Pandang © 2026 · Tidak berafiliasi dengan Telegram · 18+', [
            ['/perintah', 'Perintah'],
            ['/paket-stars', 'Harga'],
            ['https://t.me/tembuspandang_info', 'Channel'],
          ]),
      },
      {
        path: '/perintah',
        title: 'Daftar perintah — Tembus Pandang Bot',
        body:
          tpNav +
          h1('Daftar perintah') +
          ul(
            '/start — mulai dan ambil foto gratis',
            '/tembus — mode tembus pandang',
            '/telanjang — mode telanjang',
            '/pantai — mode bikini',
            '/saldo — cek kredit',
            '/beli — beli kredit pakai Stars',
            '/ajak — link referral',
            '/bantuan — hubungi admin',
          ) +
          p('Setelah pilih mode, kirim foto sebagai gambar biasa (bukan file). Kalau kredit habis, bot cuma kirim preview blur dengan tombol «Buka». Hasil terbaik dari foto satu orang dengan cahaya terang.') +
          p('Perintah juga ada di menu bot.'),
      },
      {
        path: '/paket-stars',
        title: 'Paket Stars — Tembus Pandang Bot',
        body:
          tpNav +
          h1('Paket Stars') +
          p('Semua pembelian di dalam Telegram. Ketik /beli di bot, pilih paket, lalu konfirmasi pakai Stars. Stars bisa dibeli langsung di aplikasi Telegram.') +
          priceTable(
            ['Paket', 'Foto', 'Stars'],
            [
              ['Mini', '3', '60 ⭐'],
              ['Reguler', '15', '250 ⭐'],
              ['Sultan', '50', '700 ⭐'],
              ['Mingguan tanpa batas', 'maks. 40/hari', '900 ⭐'],
            ],
          ) +
          p('Kredit tidak hangus. Kalau proses gagal, kredit otomatis kembali. Mau bayar pakai QRIS atau kripto? Chat admin lewat /bantuan.') +
          p('Paket Sultan sudah termasuk kualitas 4K dan antrean prioritas.'),
      },
      {
        path: '/bot-cadangan',
        title: 'Bot cadangan — Tembus Pandang',
        body:
          tpNav +
          h1('Bot cadangan') +
          p('Telegram kadang memblokir bot kami. Kalau bot utama tidak merespons, pakai salah satu cadangan di bawah. Semua terhubung ke database yang sama, jadi saldo kamu tetap.') +
          ul(
            a('https://t.me/tembuspandang_ai_bot', '@tembuspandang_ai_bot') + ' — utama',
            a('https://t.me/tembuspandang2_bot', '@tembuspandang2_bot') + ' — cadangan 1',
            a('https://t.me/tmbs_foto_bot', '@tmbs_foto_bot') + ' — cadangan 2',
          ) +
          p('Link baru selalu diumumkan di channel ' + a('https://t.me/tembuspandang_info', '@tembuspandang_info') + '. Hati-hati penipu yang minta transfer di luar Telegram.') +
          p('Simpan halaman ini di bookmark supaya nggak kehilangan bot.'),
      },
    ],
  },
  {
    host: 'lepasin-app.test',
    lang: 'id',
    label: 'nudify',
    shape: 'app-landing',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Lepasin — aplikasi AI buat lepas baju di foto | Download APK',
        head:
          metaDescription('Download Lepasin: 3 lepas baju gratis per hari, VIP mingguan Rp29.000. APK Android, untuk iPhone pakai «Tambah ke Layar Utama».') +
          jsonLd({
            '@context': 'https://schema.org',
            '@type': 'MobileApplication',
            name: 'Lepasin',
            operatingSystem: 'Android',
            aggregateRating: { '@type': 'AggregateRating', ratingValue: '4.3', ratingCount: '8450' },
          }),
        body:
          lpNav +
          h1('Lepasin. Lepas baju di foto cuma sekali tap.') +
          p('Lepasin adalah aplikasi HP yang pakai AI untuk menghapus pakaian dari foto di galeri kamu. Pilih foto, tap «Lepasin», dan beberapa detik kemudian versi tanpa baju sudah jadi.') +
          storeBadges('/unduh/lepasin-1.6.apk') +
          h2('3 kali gratis tiap hari') +
          p('Semua pengguna dapat <b>3 lepas baju gratis setiap hari</b>. Reset jam 00:00 WIB. Mau lebih? Tonton iklan singkat untuk +1, atau langganan VIP mingguan.') +
          h2('Fitur') +
          ul('Mode telanjang, bikini, lingerie', 'Kuas untuk pilih area tertentu', 'HD gratis, 4K untuk VIP', 'Album pribadi dengan PIN', 'Tanpa daftar akun') +
          h2('Pakai iPhone?') +
          p('App Store tidak mengizinkan aplikasi seperti ini. Buka situs kami di Safari, tap tombol Bagikan, lalu pilih <b>«Tambah ke Layar Utama»</b>. Jadi seperti aplikasi biasa. ' + a('/cara-pasang-iphone', 'Lihat caranya')) +
          img(9, 'screenshot aplikasi') +
          p('⭐ 4,3 dari 8.000+ ulasan · «Gratis 3 kali sehari udah cukup buat coba-coba.»') +
          faq('Singkat saja', [
            ['Beneran gratis?', 'Iya, 3 kali per hari gratis selamanya. VIP opsional.'],
            ['Kenapa nggak ada di Play Store?', 'Toko aplikasi tidak mengizinkan aplikasi seperti ini, jadi kami bagikan APK sendiri.'],
          ]) +
          lpFoot,
      },
      {
        path: '/unduh',
        title: 'Download Lepasin APK',
        body:
          lpNav +
          h1('Download Lepasin') +
          storeBadges('/unduh/lepasin-1.6.apk') +
          p('Versi 1.6.2 · 35 MB · Android 8.0 ke atas.') +
          ol('Tap «Download APK».', 'Izinkan instal dari sumber tidak dikenal.', 'Buka file dan tap «Instal».', 'Buka Lepasin — 3 kali gratis hari ini sudah siap.') +
          p('Kalau Play Protect kasih peringatan, pilih «Tetap instal». Itu normal untuk aplikasi di luar Play Store. Update otomatis dari dalam aplikasi.') +
          lpFoot,
      },
      {
        path: '/vip',
        title: 'VIP — Lepasin',
        body:
          lpNav +
          h1('Jadi VIP') +
          priceTable(
            ['', 'Gratis', 'VIP Mingguan', 'VIP Bulanan'],
            [
              ['Harga', 'Rp0', 'Rp29.000', 'Rp79.000'],
              ['Lepas baju', '3 per hari', 'tanpa batas', 'tanpa batas'],
              ['Watermark', 'ada', 'tidak', 'tidak'],
              ['Kualitas', 'HD', '4K', '4K + prioritas'],
            ],
          ) +
          p('Bayar pakai QRIS, pulsa, Google Play, atau kripto. Langganan otomatis diperpanjang; batalkan kapan saja di Pengaturan → Langganan. VIP Mingguan paling banyak dipilih.') +
          p('Pengguna baru bisa coba VIP Mingguan pertama cuma Rp15.000. Dengan VIP, iklan hilang, semua mode terbuka, dan hasil tersimpan dalam kualitas 4K tanpa watermark.') +
          lpFoot,
      },
      {
        path: '/cara-pasang-iphone',
        title: 'Cara pasang di iPhone — Lepasin',
        body:
          lpNav +
          h1('Cara pasang di iPhone dan iPad') +
          ol('Buka <b>lepasin-app.test/app</b> di Safari.', 'Tap ikon Bagikan di bawah layar.', 'Pilih «Tambah ke Layar Utama».', 'Tap «Tambah».', 'Buka Lepasin dari ikon baru.') +
          p('Versi web punya fitur yang sama dengan Android: 3 kali gratis per hari, VIP, dan album pribadi. Pastikan buka di Safari, bukan browser bawaan Telegram atau aplikasi lain.') +
          lpFoot,
      },
      {
        path: '/bantuan',
        title: 'Bantuan — Lepasin',
        body:
          lpNav +
          faq('Bantuan', [
            ['Foto saya di-upload ke server?', 'Ya untuk diproses, lalu langsung dihapus.'],
            ['Jatah gratis belum reset', 'Reset jam 00:00 WIB. Tutup dan buka lagi aplikasinya.'],
            ['Cara batal VIP?', 'Pengaturan → Langganan → Batalkan.'],
          ]) +
          h2('Ketentuan') +
          p('Aplikasi hanya untuk 18+. Dilarang memakai foto orang lain tanpa izin mereka.') +
          p('Masih ada masalah? Hubungi admin lewat menu Bantuan di aplikasi atau Telegram @lepasin_cs. Biasanya dibalas kurang dari satu jam.') +
          lpFoot,
      },
    ],
  },
];
