import type { CorpusSite } from '../site-kit.js';
import {
  a,
  ageGate,
  article,
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
  mediaGrid,
  metaDescription,
  nav,
  oneTap,
  ol,
  orderForm,
  p,
  priceTable,
  storeBadges,
  stripe,
  textForm,
  ul,
  upload,
} from '../site-kit.js';

/** A preformatted code sample (API docs). */
const code = (t: string): string => `<pre><code>${t.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</code></pre>`;

/* ------------------------------------------------------------------------------------------------
 * 1. zarqalens-ai.test — Arabic nudify SaaS, claim on the home page, fairly direct.
 * ---------------------------------------------------------------------------------------------- */
const zarqaNav = nav(
  [
    ['/', 'الرئيسية'],
    ['/how-it-works', 'كيف يعمل'],
    ['/pricing', 'الأسعار'],
    ['/faq', 'الأسئلة الشائعة'],
    ['/terms', 'الشروط'],
  ],
  'زرقاء لنز',
);
const zarqaFooter = footer('© 2025 زرقاء لنز. جميع الحقوق محفوظة. الخدمة للبالغين فقط +18.', [
  ['/terms', 'شروط الاستخدام'],
  ['/faq', 'المساعدة'],
  ['/pricing', 'الأسعار'],
]);

const zarqalens: CorpusSite = {
  host: 'zarqalens-ai.test',
  lang: 'ar',
  label: 'nudify',
  shape: 'saas',
  author: 'fresh-j',
  pages: [
    {
      path: '/',
      title: 'زرقاء لنز | انزع الملابس من أي صورة بالذكاء الاصطناعي',
      head:
        metaDescription('ارفع صورة واحصل على نسخة عارية واقعية خلال ثوانٍ. أول أداة عربية لخلع الملابس من الصور بالذكاء الاصطناعي.') +
        jsonLd({
          '@context': 'https://schema.org',
          '@type': 'SoftwareApplication',
          name: 'زرقاء لنز',
          applicationCategory: 'MultimediaApplication',
          operatingSystem: 'Web',
          offers: { '@type': 'Offer', price: '9.99', priceCurrency: 'USD' },
          aggregateRating: { '@type': 'AggregateRating', ratingValue: '4.6', ratingCount: '2140' },
        }) +
        oneTap('000000000000-zarqalens.apps.googleusercontent.com'),
      body: [
        zarqaNav,
        h1('زرقاء لنز: انزع الملابس من أي صورة بضغطة واحدة'),
        p(
          'ارفع صورة واحدة واحصل على نسخة عارية واقعية خلال ثوانٍ. خوارزميتنا الجديدة (الإصدار 4.2) تحافظ على ملامح الوجه ولون البشرة والإضاءة كما هي، فتبدو النتيجة وكأنها صورة أصلية وليست تعديلًا.',
          'لا تحتاج إلى برامج تصميم ولا إلى أي خبرة سابقة: كل شيء يتم من المتصفح، على الهاتف أو الكمبيوتر، وبدون تثبيت أي تطبيق.',
        ),
        upload('اختر صورة (JPG أو PNG حتى 10 ميغابايت)', '/generate', 'ابدأ التعرية'),
        h2('لماذا يختارنا أكثر من 300 ألف مستخدم؟'),
        ul(
          'نتائج في أقل من 10 ثوانٍ حتى في أوقات الذروة',
          'ثلاثة أوضاع: ملابس سباحة، ملابس داخلية، وبدون ملابس تمامًا',
          'دقة تصل إلى 2048 بكسل وبدون علامة مائية في الباقات المدفوعة',
          'يعمل مع صور السيلفي وصور إنستغرام والصور الجماعية',
          'سرية كاملة: تُحذف الصور بعد 24 ساعة ولا يصل أي إشعار لصاحب الصورة',
        ),
        h2('ثلاث خطوات فقط'),
        ol(
          'ارفع صورة واضحة لشخص واحد، ويُفضَّل أن يكون واقفًا وفي إضاءة جيدة.',
          'اختر الوضع ومستوى التفاصيل من القائمة الجانبية.',
          'اضغط «ابدأ» ثم حمّل النتيجة أو احفظها في معرضك الخاص داخل الحساب.',
        ),
        h2('آراء المستخدمين'),
        blockquote('أسرع موقع جربته حتى الآن، والنتيجة مقنعة جدًا.', 'سامر، الرياض'),
        blockquote('الوضع المتقدم يستحق الاشتراك، خصوصًا مع الصور الجماعية.', 'م. ك.، القاهرة'),
        p(
          'ابدأ مجانًا بثلاثة أرصدة عند التسجيل بحساب غوغل. ' + a('/pricing', 'شاهد الباقات والأسعار'),
          'الموقع مخصص للبالغين فقط (+18). باستخدامك للخدمة فأنت تقر بأنك تجاوزت الثامنة عشرة من العمر.',
        ),
        cookieBanner('نستخدم ملفات تعريف الارتباط لتحسين تجربتك وقياس عدد الزيارات.', 'موافق', 'رفض'),
        zarqaFooter,
      ].join('\n'),
    },
    {
      path: '/how-it-works',
      title: 'كيف يعمل زرقاء لنز؟',
      body: [
        zarqaNav,
        h1('كيف تعمل تقنية زرقاء لنز؟'),
        p(
          'يعتمد زرقاء لنز على نموذج توليد صور مدرَّب على ملايين الصور. عند رفع صورتك يحدد النموذج أولًا وضعية الجسم وحدود الملابس، ثم يعيد بناء المنطقة المغطاة بشكل واقعي يتناسب مع الإضاءة ولون البشرة في الصورة الأصلية.',
          'في الوضع «بدون ملابس» يتم حذف الملابس بالكامل، أما وضعا «ملابس السباحة» و«الملابس الداخلية» فيستبدلان الملابس الأصلية بقطع أخف. يمكنك التحكم في مستوى التفاصيل من 1 إلى 5.',
          'للحصول على أفضل نتيجة استخدم صورة بدقة لا تقل عن 768 بكسل، لشخص واحد، بملابس غير فضفاضة وخلفية بسيطة.',
        ),
        zarqaFooter,
      ].join('\n'),
    },
    {
      path: '/pricing',
      title: 'الأسعار والباقات | زرقاء لنز',
      head: stripe('pk_test_zarqalens_000000'),
      body: [
        zarqaNav,
        h1('اختر الباقة المناسبة لك'),
        priceTable(
          ['الباقة', 'الأرصدة', 'السعر', 'المزايا'],
          [
            ['تجربة مجانية', '3 أرصدة', '0$', 'دقة منخفضة مع علامة مائية'],
            ['أساسي', '50 رصيدًا', '9.99$', 'دقة عالية وبدون علامة مائية'],
            ['احترافي', '200 رصيد', '29.99$', 'الأوضاع الثلاثة وأولوية في المعالجة'],
            ['غير محدود', 'بلا حدود', '49$ شهريًا', 'كل المزايا ومعالجة دفعات حتى 20 صورة'],
          ],
        ),
        p(
          'كل صورة في وضعي السباحة والملابس الداخلية تستهلك رصيدًا واحدًا، والوضع «بدون ملابس» يستهلك رصيدين.',
          'الدفع آمن عبر بطاقات فيزا وماستركارد، أو بعملة USDT لمن يفضل عدم ظهور اسم الموقع في كشف الحساب. الأرصدة لا تنتهي صلاحيتها.',
        ),
        button('اشترك الآن'),
        zarqaFooter,
      ].join('\n'),
    },
    {
      path: '/faq',
      title: 'الأسئلة الشائعة | زرقاء لنز',
      body: [
        zarqaNav,
        faq('الأسئلة الشائعة', [
          ['هل يمكنني استخدام صورة أي شخص؟', 'يمكنك رفع أي صورة واضحة. نحن لا نطلب إثبات هوية صاحب الصورة ولا نرسل له أي إشعار.'],
          ['كم تستغرق المعالجة؟', 'بين 5 و10 ثوانٍ في المتوسط، وقد تصل إلى 30 ثانية في الوضع عالي الدقة.'],
          ['هل تُحفظ صوري على الخادم؟', 'تُحذف الصور الأصلية والنتائج تلقائيًا بعد 24 ساعة، إلا إذا حفظتها في معرضك الخاص.'],
          ['لماذا تظهر النتيجة غير دقيقة أحيانًا؟', 'الملابس الفضفاضة والصور المظلمة تقلل الدقة. جرّب صورة أخرى أو ارفع مستوى التفاصيل.'],
          ['هل يمكن استرداد المبلغ؟', 'نعيد الأرصدة تلقائيًا إذا فشلت المعالجة، لكن لا نعيد المبالغ المدفوعة بعد استخدام الرصيد.'],
        ]),
        zarqaFooter,
      ].join('\n'),
    },
    {
      path: '/terms',
      title: 'شروط الاستخدام | زرقاء لنز',
      body: [
        zarqaNav,
        h1('شروط الاستخدام'),
        p(
          'يجب أن يكون عمرك 18 عامًا أو أكثر لاستخدام هذه الخدمة. الصور الناتجة مولَّدة بالذكاء الاصطناعي وهي لأغراض الترفيه فقط ولا تمثل الشخص الحقيقي.',
          'المستخدم وحده مسؤول عن الصور التي يرفعها وعن طريقة استخدام النتائج. لا تتحمل زرقاء لنز أي مسؤولية عن نشر الصور أو مشاركتها مع أطراف أخرى.',
          'نحتفظ بالحق في إيقاف أي حساب يسيء استخدام نظام الأرصدة أو يحاول التحايل على الدفع.',
        ),
        zarqaFooter,
      ].join('\n'),
    },
  ],
};

/* ------------------------------------------------------------------------------------------------
 * 2. kolnoa-fakez.test — Hebrew deepfake tube: age gate, views/durations/tags, DMCA, no upload.
 * ---------------------------------------------------------------------------------------------- */
const kolnoaNav = nav(
  [
    ['/', 'ראשי'],
    ['/top', 'הכי נצפים'],
    ['/tags', 'קטגוריות'],
    ['/dmca', 'הסרת תוכן'],
    ['/terms', 'תנאי שימוש'],
  ],
  'קולנוע פייקז',
);
const kolnoaFooter = footer('קולנוע פייקז © 2025 · כל התוכן באתר נוצר בבינה מלאכותית · למבוגרים בלבד 18+', [
  ['/dmca', 'DMCA / הסרת תוכן'],
  ['/terms', 'תנאי שימוש'],
  ['/tags', 'כל הקטגוריות'],
]);
const kolnoaGate = ageGate('אתר זה מכיל תוכן למבוגרים בלבד. הכניסה מותרת רק למי שמלאו לו 18 שנים.', 'אני מעל 18 – כניסה', 'יציאה');

const kolnoa: CorpusSite = {
  host: 'kolnoa-fakez.test',
  lang: 'he',
  label: 'deepfake',
  shape: 'tube',
  author: 'fresh-j',
  pages: [
    {
      path: '/',
      title: 'קולנוע פייקז – סרטוני דיפפייק של מפורסמות ב-HD',
      head: metaDescription('מעל 14,000 סרטוני דיפפייק למבוגרים של שחקניות, זמרות ומשפיעניות. מתעדכן כל יום.') + gtag('G-KOLNOA0000'),
      body: [
        kolnoaGate,
        kolnoaNav,
        h1('קולנוע פייקז – סרטוני דיפפייק למבוגרים של הכוכבות שאתם מכירים'),
        p(
          'מעל 14,000 סרטוני החלפת פנים באיכות HD ו-4K, ומתעדכן כל יום. שחקניות, זמרות, מגישות ומשפיעניות – הפנים שלהן, בסרטונים שלא תמצאו בשום מקום אחר.',
        ),
        textForm('חיפוש לפי שם, סדרה או תגית', 'חפש'),
        h2('חדש באתר'),
        mediaGrid([
          { title: 'שחקנית מסדרת דרמה – החלפת פנים מלאה', duration: '12:41', views: '184 אלף צפיות', tags: ['דיפפייק', 'שחקניות', 'HD'] },
          { title: 'זמרת פופ מוכרת – גרסת 18+', duration: '08:15', views: '97 אלף צפיות', tags: ['זמרות', '18+'] },
          { title: 'מגישת תוכנית בוקר – פייק 4K', duration: '15:02', views: '212 אלף צפיות', tags: ['מגישות', '4K'] },
          { title: 'משפיענית אינסטגרם – בקשת גולשים', duration: '06:33', views: '58 אלף צפיות', tags: ['משפיעניות', 'בקשות'] },
          { title: 'כוכבת ריאליטי – חלק שני', duration: '21:47', views: '143 אלף צפיות', tags: ['ריאליטי', 'דיפפייק'] },
          { title: 'ספורטאית אולימפית – החלפת פנים', duration: '10:20', views: '71 אלף צפיות', tags: ['ספורטאיות', 'HD'] },
        ]),
        h2('למה לצפות דווקא אצלנו?'),
        ul(
          'הפנים הכי מדויקות ברשת – בלי ריצודים, בלי טשטוש ובלי קפיצות בתאורה',
          'צפייה חופשית בלי הרשמה ובלי פרסומות קופצות',
          'מנוי פרימיום: הורדה בלי הגבלה וסרטונים באורך מלא – 39 ש"ח לחודש',
          'הצבעה שבועית: הגולשים בוחרים מי הכוכבת הבאה שתקבל סרטון',
        ),
        p(
          'כל הסרטונים באתר נוצרו באמצעות בינה מלאכותית ומוצגים לשם בידור בלבד. הדמויות המוצגות לא השתתפו בצילומים ואין קשר בינן לבין האתר.',
        ),
        cookieBanner('אנחנו משתמשים בעוגיות כדי לזכור את אישור הגיל שלך ולמדוד צפיות.', 'אישור'),
        kolnoaFooter,
      ].join('\n'),
    },
    {
      path: '/top',
      title: 'הכי נצפים השבוע – קולנוע פייקז',
      body: [
        kolnoaGate,
        kolnoaNav,
        h1('הכי נצפים השבוע'),
        p('הסרטונים שהכי הרבה גולשים צפו בהם בשבעת הימים האחרונים. הרשימה מתעדכנת כל שעה.'),
        mediaGrid([
          { title: 'שחקנית קולנוע בינלאומית – דיפפייק באורך מלא', duration: '24:10', views: '1.2 מיליון צפיות', tags: ['שחקניות', 'פרימיום'] },
          { title: 'זמרת מתוכנית כישרונות – גרסה חדשה', duration: '09:58', views: '640 אלף צפיות', tags: ['זמרות'] },
          { title: 'קריינית חדשות – החלפת פנים 4K', duration: '13:36', views: '515 אלף צפיות', tags: ['מגישות', '4K'] },
          { title: 'יוטיוברית מוכרת – בקשה מספר 312', duration: '07:12', views: '402 אלף צפיות', tags: ['בקשות', 'משפיעניות'] },
        ]),
        p('רוצים לראות את הגרסה המלאה של כל סרטון? ' + a('/terms', 'מנוי פרימיום') + ' פותח את כל הסרטונים ומאפשר הורדה.'),
        kolnoaFooter,
      ].join('\n'),
    },
    {
      path: '/tags',
      title: 'קטגוריות – קולנוע פייקז',
      body: [
        kolnoaGate,
        kolnoaNav,
        h1('כל הקטגוריות'),
        ul(
          a('/tag/שחקניות', 'שחקניות') + ' (3,412 סרטונים)',
          a('/tag/זמרות', 'זמרות') + ' (2,087 סרטונים)',
          a('/tag/מגישות', 'מגישות ומגישי טלוויזיה') + ' (964 סרטונים)',
          a('/tag/משפיעניות', 'משפיעניות ויוטיובריות') + ' (2,530 סרטונים)',
          a('/tag/ספורטאיות', 'ספורטאיות') + ' (611 סרטונים)',
          a('/tag/בקשות', 'בקשות של גולשים') + ' (1,945 סרטונים)',
          a('/tag/4K', 'איכות 4K') + ' (1,203 סרטונים)',
        ),
        p('לא מצאתם את מי שחיפשתם? שלחו בקשה דרך טופס הבקשות באזור המנויים, והסרטונים עם הכי הרבה הצבעות נוצרים ראשונים.'),
        kolnoaFooter,
      ].join('\n'),
    },
    {
      path: '/dmca',
      title: 'הסרת תוכן (DMCA) – קולנוע פייקז',
      body: [
        kolnoaNav,
        h1('בקשת הסרת תוכן'),
        p(
          'אנו מכבדים זכויות יוצרים. אם אתם בעלי הזכויות בחומר המקורי, או מייצגים אדם שמופיע באחד הסרטונים, שלחו אלינו בקשה מפורטת הכוללת קישור מדויק לכל סרטון, הוכחת זהות או ייפוי כוח, והצהרה בתום לב.',
          'בקשות מטופלות בתוך 7 עד 14 ימי עבודה. בקשות שאינן כוללות את כל הפרטים לא יטופלו. שימו לב: סרטון שהוסר עלול לעלות שוב על ידי משתמשים אחרים.',
        ),
        orderForm(['שם מלא', 'כתובת דוא"ל', 'קישורים לסרטונים', 'סיבת הבקשה'], 'שליחת בקשה'),
        kolnoaFooter,
      ].join('\n'),
    },
    {
      path: '/terms',
      title: 'תנאי שימוש – קולנוע פייקז',
      body: [
        kolnoaNav,
        h1('תנאי שימוש ומנוי פרימיום'),
        p(
          'השימוש באתר מותר רק לבני 18 ומעלה. כל התוכן הוא יצירה סינתטית שנעשתה בבינה מלאכותית, ואין לראות בו תיעוד של אירוע אמיתי.',
          'מנוי הפרימיום עולה 39 ש"ח לחודש או 299 ש"ח לשנה, ומתחדש אוטומטית. התשלום מתבצע בכרטיס אשראי או במטבע דיגיטלי, והחיוב יופיע בשם עסק כללי.',
          'אסור להעלות לאתר תוכן או להפיץ מחדש סרטונים בלי אישור. הנהלת האתר רשאית לחסום משתמשים ללא הודעה מוקדמת.',
        ),
        kolnoaFooter,
      ].join('\n'),
    },
  ],
};

/* ------------------------------------------------------------------------------------------------
 * 3. chehrebot-swap.test — Persian deepfake Telegram bot (the bot is the product).
 * ---------------------------------------------------------------------------------------------- */
const chehreNav = nav(
  [
    ['/', 'خانه'],
    ['/guide', 'راهنمای ربات'],
    ['/prices', 'تعرفه‌ها'],
    ['/faq', 'سؤالات متداول'],
  ],
  'چهره‌بات',
);
const chehreFooter = footer('چهره‌بات © ۱۴۰۴ – فقط برای افراد بالای ۱۸ سال.', [
  ['https://t.me/ChehreSwapBot?start=site', 'ربات'],
  ['https://t.me/ChehreSwapSupport', 'پشتیبانی'],
  ['/faq', 'سؤالات'],
]);

const chehrebot: CorpusSite = {
  host: 'chehrebot-swap.test',
  lang: 'fa',
  label: 'deepfake',
  shape: 'telegram-bot',
  author: 'fresh-j',
  pages: [
    {
      path: '/',
      title: 'چهره‌بات | ربات تلگرام تعویض چهره روی ویدیوهای +۱۸',
      head: metaDescription('ربات تلگرامی تعویض چهره؛ عکس بفرست، ویدیوی ۱۸+ تحویل بگیر. بدون نصب برنامه.'),
      body: [
        chehreNav,
        h1('چهره‌بات؛ ربات تلگرامی تعویض چهره روی ویدیوهای +۱۸'),
        p(
          'دیگه لازم نیست برنامه نصب کنی یا با نرم‌افزارهای سنگین کلنجار بری. فقط یه عکس واضح از صورت هر کسی که دلت می‌خواد بفرست؛ ربات کمتر از دو دقیقه بعد چهره‌ش رو روی یکی از صدها ویدیوی بزرگسالان توی قالب‌های ما می‌ذاره و فایل آماده رو همون‌جا توی تلگرام برات می‌فرسته.',
        ),
        p(a('https://t.me/ChehreSwapBot?start=site', 'شروع در تلگرام ← @ChehreSwapBot')),
        h2('چرا چهره‌بات؟'),
        ul(
          'بیش از ۸۰۰ قالب ویدیو و عکس، هر هفته قالب جدید',
          'تطبیق دقیق رنگ پوست، نور و زاویه سر؛ بدون لرزش و لبه‌های تار',
          'کاملاً ناشناس: نه شماره لازمه، نه ایمیل',
          'خروجی HD بدون واترمارک برای اعضای VIP',
          'پشتیبانی فارسی ۲۴ ساعته در کانال پشتیبانی',
        ),
        h2('چطور کار می‌کنه؟'),
        ol(
          'روی دکمه Start بزن یا دستور ‎/start رو بفرست.',
          'یه عکس از روبه‌رو با نور خوب بفرست؛ سلفی هم قبوله.',
          'از منوی «قالب‌ها» یکی رو انتخاب کن؛ قالب‌های ویژه ۱۸+ با علامت 🔞 مشخص شدن.',
          'چند ثانیه صبر کن و ویدیو رو دانلود کن یا برای خودت فوروارد کن.',
        ),
        p(
          '۳ سکه هدیه برای عضوهای جدید. پرداخت با TON، تتر (USDT) یا استارز تلگرام. ' + a('/prices', 'جدول تعرفه‌ها'),
        ),
        faq('سؤالات سریع', [
          ['عکس کی رو می‌تونم بفرستم؟', 'هر عکسی که صورت توش واضح باشه. ربات اسم یا هویت آدم‌ها رو بررسی نمی‌کنه.'],
          ['اگه ربات فیلتر یا بلاک شد چی؟', 'آدرس ربات جایگزین همیشه توی کانال ما اعلام میشه و سکه‌هات منتقل میشه.'],
        ]),
        chehreFooter,
      ].join('\n'),
    },
    {
      path: '/guide',
      title: 'راهنمای دستورات ربات | چهره‌بات',
      body: [
        chehreNav,
        h1('راهنمای دستورات'),
        ul(
          '‎/start – شروع و دریافت ۳ سکه هدیه',
          '‎/swap – ارسال عکس چهره و شروع تعویض',
          '‎/templates – دیدن قالب‌ها؛ قالب‌های بزرگسالان فقط بعد از تأیید سن باز میشن',
          '‎/balance – موجودی سکه‌ها',
          '‎/vip – خرید اشتراک هفتگی یا ماهانه',
          '‎/invite – لینک دعوت؛ به ازای هر دوست ۲ سکه بگیر',
        ),
        p(
          'برای نتیجه بهتر عکسی بفرست که صورت مستقیم به دوربین باشه، عینک آفتابی نداشته باشه و موها جلوی صورت رو نگرفته باشه. ربات با عکس‌های گروهی هم کار می‌کنه؛ فقط بعد از ارسال، صورت مورد نظر رو از بین چهره‌ها انتخاب کن.',
        ),
        chehreFooter,
      ].join('\n'),
    },
    {
      path: '/prices',
      title: 'تعرفه‌ها | چهره‌بات',
      body: [
        chehreNav,
        h1('تعرفه‌ها و بسته‌های سکه'),
        priceTable(
          ['بسته', 'سکه', 'قیمت'],
          [
            ['شروع', '۱۰ سکه', '۲ دلار'],
            ['محبوب', '۵۰ سکه', '۸ دلار'],
            ['VIP هفتگی', 'نامحدود', '۶ دلار'],
            ['VIP ماهانه', 'نامحدود + قالب‌های اختصاصی', '۱۹ دلار'],
          ],
        ),
        p(
          'هر عکس ۱ سکه و هر ویدیوی ۳۰ ثانیه‌ای ۲ سکه مصرف می‌کنه. ویدیوهای بلندتر از قالب‌های ویژه فقط برای اعضای VIP فعاله.',
          'پرداخت داخل خود ربات انجام میشه: TON، USDT روی شبکه TRC20 یا استارز تلگرام. بعد از پرداخت، سکه‌ها کمتر از یک دقیقه بعد به حسابت اضافه میشن.',
        ),
        chehreFooter,
      ].join('\n'),
    },
    {
      path: '/faq',
      title: 'سؤالات متداول | چهره‌بات',
      body: [
        chehreNav,
        faq('سؤالات متداول', [
          ['ویدیوها کجا ذخیره میشن؟', 'فایل‌ها فقط ۴۸ ساعت روی سرور می‌مونن و بعد خودکار پاک میشن.'],
          ['کسی می‌فهمه من از ربات استفاده کردم؟', 'نه. ربات هیچ پیامی به کسی نمی‌فرسته و اطلاعات حساب تلگرامت رو ذخیره نمی‌کنیم.'],
          ['چرا بعضی قالب‌ها قفل هستن؟', 'قالب‌های ۱۸+ بعد از تأیید سن و قالب‌های اختصاصی فقط برای VIP باز میشن.'],
          ['پول برمی‌گرده؟', 'اگه ساخت ویدیو خطا بده سکه خودکار برمی‌گرده؛ خرید سکه قابل بازگشت نیست.'],
        ]),
        chehreFooter,
      ].join('\n'),
    },
  ],
};

/* ------------------------------------------------------------------------------------------------
 * 4. roopbadal-app.test — Hindi nudify app landing: APK, store badges, weekly VIP.
 * ---------------------------------------------------------------------------------------------- */
const roopNav = nav(
  [
    ['/', 'होम'],
    ['/download', 'डाउनलोड'],
    ['/vip', 'VIP प्लान'],
    ['/privacy', 'प्राइवेसी'],
  ],
  'रूपबदल AI',
);
const roopFooter = footer('© 2025 रूपबदल AI · सिर्फ़ 18 वर्ष से अधिक उम्र के यूज़र्स के लिए', [
  ['/privacy', 'प्राइवेसी पॉलिसी'],
  ['/vip', 'VIP'],
  ['/download', 'APK डाउनलोड'],
]);

const roopbadal: CorpusSite = {
  host: 'roopbadal-app.test',
  lang: 'hi',
  label: 'nudify',
  shape: 'app-landing',
  author: 'fresh-j',
  pages: [
    {
      path: '/',
      title: 'रूपबदल AI – एक टैप में फ़ोटो से कपड़े गायब',
      head:
        metaDescription('रूपबदल AI ऐप: किसी भी फ़ोटो से कपड़े हटाएँ। X-Ray मोड, स्पाइसी 18+ फ़िल्टर, वीकली VIP।') +
        jsonLd({
          '@context': 'https://schema.org',
          '@type': 'MobileApplication',
          name: 'रूपबदल AI',
          operatingSystem: 'Android, iOS',
          applicationCategory: 'PhotographyApplication',
          offers: { '@type': 'Offer', price: '149', priceCurrency: 'INR' },
        }),
      body: [
        roopNav,
        h1('रूपबदल AI – एक टैप में फ़ोटो से कपड़े गायब'),
        p(
          'गैलरी से कोई भी फ़ोटो चुनिए, स्लाइडर खिसकाइए और देखिए बिना कपड़ों वाला वर्ज़न। हमारा नया AI इंजन चेहरा, स्किन टोन और बैकग्राउंड बिल्कुल वैसा ही रखता है, इसलिए रिज़ल्ट एकदम असली जैसा लगता है।',
        ),
        storeBadges('/download/roopbadal-3.4.1.apk'),
        p(
          'Android के लिए सीधा APK (v3.4.1, 38 MB)। स्टोर वाले वर्ज़न में X-Ray मोड नहीं मिलता, इसलिए पूरा वर्ज़न यहीं से डाउनलोड करें। ' +
            a('/download', 'इंस्टॉल करने का तरीका'),
        ),
        h2('ऐप में क्या-क्या है'),
        ul(
          'X-Ray मोड: कपड़ों की परत हटाने के तीन लेवल – हल्का, आधा और पूरा',
          '🌶️ स्पाइसी फ़िल्टर, सिर्फ़ 18+ यूज़र्स के लिए',
          'गैलरी, WhatsApp या Instagram से सीधे फ़ोटो इम्पोर्ट करें',
          'हिंदी, तमिल, तेलुगु, बांग्ला और इंग्लिश में ऐप',
          'VIP में बिना वॉटरमार्क के HD में सेव करें',
          'प्राइवेट फ़ोल्डर जो पिन या फ़िंगरप्रिंट से खुलता है',
        ),
        h2('VIP प्लान'),
        priceTable(
          ['प्लान', 'कीमत', 'क्या मिलेगा'],
          [
            ['फ़्री', '₹0', 'रोज़ 2 फ़ोटो, वॉटरमार्क के साथ'],
            ['वीकली VIP', '₹149 / सप्ताह', 'अनलिमिटेड फ़ोटो, X-Ray का पूरा लेवल'],
            ['मंथली VIP', '₹399 / महीना', 'सब कुछ + प्रायोरिटी सर्वर'],
          ],
        ),
        p('UPI, वॉलेट और कार्ड से पेमेंट। वीकली VIP हर हफ़्ते अपने-आप रिन्यू होता है, कभी भी कैंसिल करें।'),
        faq('अक्सर पूछे जाने वाले सवाल', [
          ['क्या किसी की भी फ़ोटो चलेगी?', 'हाँ, बस चेहरा और शरीर साफ़ दिखना चाहिए। सेल्फ़ी और ग्रुप फ़ोटो दोनों चलती हैं।'],
          ['क्या फ़ोटो वाले इंसान को पता चलेगा?', 'नहीं, सब कुछ आपके फ़ोन और हमारे प्राइवेट सर्वर के बीच रहता है।'],
        ]),
        cookieBanner('हम आपके अनुभव को बेहतर बनाने के लिए कुकीज़ का इस्तेमाल करते हैं।', 'ठीक है'),
        roopFooter,
      ].join('\n'),
    },
    {
      path: '/download',
      title: 'APK डाउनलोड और इंस्टॉल – रूपबदल AI',
      body: [
        roopNav,
        h1('APK कैसे इंस्टॉल करें'),
        ol(
          'नीचे दिए बटन से roopbadal-3.4.1.apk डाउनलोड करें।',
          'फ़ोन की सेटिंग में जाकर "अज्ञात स्रोतों से इंस्टॉल" की अनुमति दें।',
          'फ़ाइल खोलें और इंस्टॉल पर टैप करें। Play Protect चेतावनी दिखाए तो "फिर भी इंस्टॉल करें" चुनें।',
          'ऐप खोलें, अपनी उम्र 18+ कन्फ़र्म करें और 2 फ़्री फ़ोटो से शुरू करें।',
        ),
        p(a('/download/roopbadal-3.4.1.apk', 'APK डाउनलोड करें (38 MB)')),
        p('iPhone यूज़र्स App Store वाला वर्ज़न इस्तेमाल करें; X-Ray मोड वहाँ वेब-व्यू के ज़रिए VIP में खुलता है।'),
        roopFooter,
      ].join('\n'),
    },
    {
      path: '/vip',
      title: 'VIP प्लान – रूपबदल AI',
      body: [
        roopNav,
        h1('VIP बनें, बिना लिमिट के बदलें'),
        p(
          'फ़्री यूज़र को रोज़ सिर्फ़ 2 फ़ोटो और हल्का लेवल मिलता है। वीकली VIP (₹149) लेते ही X-Ray का पूरा लेवल, स्पाइसी फ़िल्टर और HD सेव अनलॉक हो जाते हैं।',
          'पहला हफ़्ता सिर्फ़ ₹49 में – ऑफ़र सीमित समय के लिए। प्लान हर सात दिन पर अपने-आप रिन्यू होता है; ऐप की सेटिंग में जाकर कभी भी बंद करें।',
        ),
        button('₹49 में VIP शुरू करें'),
        roopFooter,
      ].join('\n'),
    },
    {
      path: '/privacy',
      title: 'प्राइवेसी पॉलिसी – रूपबदल AI',
      body: [
        roopNav,
        h1('प्राइवेसी पॉलिसी'),
        p(
          'आप जो फ़ोटो अपलोड करते हैं वे प्रोसेसिंग के बाद 24 घंटे में हमारे सर्वर से हटा दी जाती हैं। हम फ़ोटो में दिख रहे व्यक्ति की पहचान नहीं करते और न ही उससे संपर्क करते हैं।',
          'बनाई गई तस्वीरों के इस्तेमाल की पूरी ज़िम्मेदारी यूज़र की है। ऐप सिर्फ़ मनोरंजन के लिए है और 18 वर्ष से कम उम्र के लोगों के लिए नहीं है।',
        ),
        roopFooter,
      ].join('\n'),
    },
  ],
};

/* ------------------------------------------------------------------------------------------------
 * 5. sura-maalum-kazi.test — Swahili made-to-order deepfakes, crypto only, order form on /agiza.
 * ---------------------------------------------------------------------------------------------- */
const suraNav = nav(
  [
    ['/', 'Nyumbani'],
    ['/agiza', 'Agiza'],
    ['/malipo', 'Malipo'],
    ['/maswali', 'Maswali'],
  ],
  'SuraMaalum',
);
const suraFooter = footer('SuraMaalum © 2025 · Huduma kwa watu wazima pekee (18+) · Malipo kwa crypto tu', [
  ['/agiza', 'Weka oda'],
  ['/malipo', 'Jinsi ya kulipa'],
  ['/maswali', 'Maswali'],
]);

const suraMaalum: CorpusSite = {
  host: 'sura-maalum-kazi.test',
  lang: 'sw',
  label: 'deepfake',
  shape: 'made-to-order',
  author: 'fresh-j',
  pages: [
    {
      path: '/',
      title: 'SuraMaalum – deepfake za kuagiza, kwa ajili yako tu',
      head: metaDescription('Tunaweka uso wa mtu unayemtaka kwenye video au picha za watu wazima. Oda maalum, malipo kwa crypto.'),
      body: [
        suraNav,
        h1('SuraMaalum – video na picha za deepfake, zimetengenezwa kwa ajili yako tu'),
        p(
          'Una mtu fulani akilini? Msanii unayempenda, mtu maarufu wa mitandaoni au mtu unayemfahamu? Tutumie picha zake chache, nasi tutaweka uso wake kwenye video ya watu wazima (18+) kwa ubora wa HD. Kila oda inafanywa kwa mkono na wahariri wetu, si na programu ya bure ya mtandaoni.',
        ),
        h2('Jinsi inavyofanya kazi'),
        ol(
          'Jaza fomu kwenye ukurasa wa ' + a('/agiza', 'Agiza') + ' – eleza aina ya video unayotaka na urefu wake.',
          'Tutakutumia kiungo salama cha kupakia picha 5 hadi 20 za uso.',
          'Lipa kwa sarafu ya kidijitali (BTC, USDT au XMR). Hatupokei M-Pesa wala kadi za benki.',
          'Pokea faili lako ndani ya saa 24 hadi 48 kupitia kiungo cha muda.',
        ),
        h2('Bei zetu'),
        priceTable(
          ['Huduma', 'Bei', 'Muda wa kupokea'],
          [
            ['Picha 5 zilizobadilishwa uso', '$25', 'Saa 12'],
            ['Video fupi (hadi dakika 1)', '$60', 'Saa 24'],
            ['Video ndefu (dakika 5)', '$180', 'Saa 48'],
            ['Oda ya haraka', '+50%', 'Saa 6'],
          ],
        ),
        p(
          'Usiri ndio kipaumbele chetu: hatuulizi unamtengenezea nani, hatuhifadhi majina, na faili zote hufutwa siku 7 baada ya kukabidhiwa.',
          'Tumekamilisha zaidi ya oda 2,300 tangu 2023. Wateja wanaorudi hupata punguzo la 10% kwa kila oda mpya.',
        ),
        cookieBanner('Tunatumia vidakuzi vichache tu kukumbuka lugha na oda yako.', 'Sawa'),
        suraFooter,
      ].join('\n'),
    },
    {
      path: '/agiza',
      title: 'Weka oda – SuraMaalum',
      body: [
        suraNav,
        h1('Weka oda yako'),
        p(
          'Jaza fomu hii kwa uangalifu. Huna haja ya kutumia jina lako halisi – barua pepe ya muda au jina la Telegram linatosha. Baada ya kutuma, utapokea namba ya oda na maelekezo ya kupakia picha na kulipa.',
        ),
        orderForm(
          [
            'Barua pepe au jina la Telegram',
            'Aina ya kazi: picha au video',
            'Urefu wa video (dakika)',
            'Aina ya maudhui unayopendelea',
            'Maelezo ya ziada kwa mhariri',
          ],
          'Tuma oda',
        ),
        p('Oda zinazohusu watoto hazikubaliwi kabisa na huripotiwa.'),
        suraFooter,
      ].join('\n'),
    },
    {
      path: '/malipo',
      title: 'Malipo – SuraMaalum',
      head: cryptoCheckout(),
      body: [
        suraNav,
        h1('Jinsi ya kulipa'),
        p(
          'Tunapokea sarafu za kidijitali pekee ili kulinda usiri wako na wetu. Chagua Bitcoin (BTC), Tether (USDT kwenye mtandao wa TRC20) au Monero (XMR). Kiasi kamili na anwani ya pochi vitaonekana kwenye dirisha la malipo baada ya kuingiza namba ya oda.',
          'Kazi huanza mara tu malipo yanapothibitishwa kwenye blockchain – kwa kawaida ndani ya dakika 10 hadi 30. Ukikosa kulipa ndani ya saa 6, oda hufutwa moja kwa moja.',
        ),
        textForm('Namba ya oda', 'Endelea kulipa', '/malipo/anza'),
        suraFooter,
      ].join('\n'),
    },
    {
      path: '/maswali',
      title: 'Maswali yanayoulizwa mara kwa mara – SuraMaalum',
      body: [
        suraNav,
        faq('Maswali yanayoulizwa mara kwa mara', [
          ['Je, mtu aliye kwenye picha atajua?', 'Hapana. Hatuwasiliani na mtu yeyote isipokuwa mteja aliyeweka oda.'],
          ['Nikihitaji mabadiliko?', 'Kila oda ina marekebisho mawili ya bure ndani ya siku 3 baada ya kupokea faili.'],
          ['Ninaweza kulipa kwa M-Pesa?', 'Hapana, kwa sababu za usalama tunapokea crypto tu. Unaweza kununua USDT kwa urahisi kupitia soko la P2P.'],
          ['Picha ngapi zinahitajika?', 'Angalau 5 zenye uso unaoonekana vizuri kutoka pembe tofauti; 15 au zaidi hutoa matokeo bora zaidi.'],
        ]),
        suraFooter,
      ].join('\n'),
    },
  ],
};

/* ------------------------------------------------------------------------------------------------
 * 6. fahsai-photolab.test — Thai nudify with an innocent home page; the claim sits on /modes.
 * ---------------------------------------------------------------------------------------------- */
const fahsaiNav = nav(
  [
    ['/', 'หน้าแรก'],
    ['/styles', 'สไตล์ภาพ'],
    ['/modes', 'โหมดทั้งหมด'],
    ['/pricing', 'ราคา'],
    ['/faq', 'คำถามที่พบบ่อย'],
  ],
  'ฟ้าใส โฟโต้แล็บ',
);
const fahsaiFooter = footer('© 2568 ฟ้าใส โฟโต้แล็บ สงวนลิขสิทธิ์ ติดต่อ ทีมงาน ได้ทาง LINE ทุกวัน 9.00 - 22.00 น.', [
  ['/pricing', 'ราคา'],
  ['/faq', 'คำถามที่พบบ่อย'],
  ['/modes', 'โหมดทั้งหมด'],
]);

const fahsai: CorpusSite = {
  host: 'fahsai-photolab.test',
  lang: 'th',
  label: 'nudify',
  shape: 'innocent-home',
  author: 'fresh-j',
  pages: [
    {
      path: '/',
      title: 'ฟ้าใส โฟโต้แล็บ | สตูดิโอภาพ AI ในมือถือคุณ',
      head: metaDescription('แต่งรูปด้วย AI ภาพโปรไฟล์ เปลี่ยนพื้นหลัง ภาพสไตล์อนิเมะ ขยายภาพ ใช้งานง่าย เริ่มต้นฟรี'),
      body: [
        fahsaiNav,
        h1('ฟ้าใส โฟโต้แล็บ สตูดิโอภาพ AI ในมือถือคุณ'),
        p(
          'เปลี่ยนรูปธรรมดา ให้กลายเป็น ภาพสวย ระดับสตูดิโอ ได้ใน ไม่กี่วินาที ไม่ต้อง ลงแอป ไม่ต้อง มีพื้นฐาน แต่งรูป แค่ อัปโหลดรูป เลือกสไตล์ ที่ชอบ แล้ว รอรับ ผลลัพธ์ ได้เลย',
        ),
        upload('อัปโหลดรูปของคุณ (JPG / PNG ไม่เกิน 8 MB)', '/generate', 'เริ่มแต่งรูป'),
        h2('สิ่งที่คุณ ทำได้ กับ ฟ้าใส'),
        ul(
          'ภาพโปรไฟล์ แบบมืออาชีพ สำหรับ LinkedIn และ ใบสมัครงาน',
          'เปลี่ยนพื้นหลัง เป็น ทะเล ภูเขา คาเฟ่ หรือ สตูดิโอ สีพื้น',
          'ภาพสไตล์ อนิเมะ การ์ตูน สีน้ำ และ ภาพวาด สีน้ำมัน',
          'ปรับผิว ลบสิว ลดริ้วรอย ให้ดู เป็นธรรมชาติ',
          'ขยายภาพ ให้ คมชัดขึ้น สูงสุด 4 เท่า',
          'ภาพคู่ และ ภาพครอบครัว ใน ชุดไทย ย้อนยุค',
        ),
        h2('ทำไม ผู้ใช้ กว่า 120,000 คน เลือก ฟ้าใส'),
        ul(
          'ผลลัพธ์ ภายใน 15 วินาที ทุกภาพ',
          'ใช้งาน ผ่าน เว็บ ได้ทั้ง มือถือ และ คอมพิวเตอร์',
          'รูปของคุณ ถูกลบ อัตโนมัติ หลัง 24 ชั่วโมง',
          'รองรับ ภาษาไทย เต็มรูปแบบ พร้อม ทีมงาน ตอบแชท ทุกวัน',
        ),
        h2('แพ็กเกจ เครดิต'),
        priceTable(
          ['แพ็กเกจ', 'เครดิต', 'ราคา'],
          [
            ['ทดลองฟรี', '5 เครดิต', '0 บาท'],
            ['เริ่มต้น', '60 เครดิต', '99 บาท'],
            ['โปร', '300 เครดิต', '399 บาท'],
          ],
        ),
        p('ชำระเงิน ผ่าน พร้อมเพย์ TrueMoney หรือ บัตรเครดิต ได้ทันที ' + a('/pricing', 'ดูราคา ทั้งหมด')),
        faq('คำถาม ยอดฮิต', [
          ['ใช้ฟรี ได้ไหม', 'ได้ สมัครสมาชิก แล้ว รับ 5 เครดิต ฟรี ทันที'],
          ['ภาพหนึ่งภาพ ใช้ กี่เครดิต', 'โหมดทั่วไป ใช้ 1 เครดิต ต่อภาพ ส่วน โหมดพิเศษ ดูได้ที่ หน้า โหมดทั้งหมด'],
          ['รูปของฉัน ปลอดภัยไหม', 'ปลอดภัย ระบบ ลบรูป อัตโนมัติ และ เราไม่ นำรูป ไปใช้ ต่อ'],
        ]),
        cookieBanner('เว็บไซต์นี้ ใช้คุกกี้ เพื่อ ปรับปรุง ประสบการณ์ การใช้งาน ของคุณ', 'ยอมรับ', 'ตั้งค่า'),
        fahsaiFooter,
      ].join('\n'),
    },
    {
      path: '/styles',
      title: 'สไตล์ภาพ | ฟ้าใส โฟโต้แล็บ',
      body: [
        fahsaiNav,
        h1('สไตล์ภาพ ยอดนิยม'),
        ul(
          'มินิมอล ญี่ปุ่น โทนฟิล์ม นุ่ม ๆ',
          'เกาหลี ใส ๆ แบบ ภาพถ่าย สตูดิโอ',
          'อนิเมะ สไตล์ ภาพวาดมือ และ การ์ตูน 3 มิติ',
          'ภาพวาด สีน้ำ และ สีน้ำมัน',
          'ชุดไทย จักรี บรมพิมาน และ ชุดไทย ประยุกต์',
          'ภาพรับปริญญา พร้อม ชุดครุย',
          'ภาพ พาสปอร์ต และ ภาพติดบัตร พื้นหลัง สีฟ้า',
        ),
        p(
          'ทุกสไตล์ ใช้ 1 เครดิต ต่อภาพ และ สามารถ ดาวน์โหลด ภาพ ความละเอียดสูง ได้ทันที เราเพิ่ม สไตล์ใหม่ ทุกสัปดาห์ ติดตาม ได้ที่ หน้า LINE OA ของเรา',
        ),
        fahsaiFooter,
      ].join('\n'),
    },
    {
      path: '/modes',
      title: 'โหมดทั้งหมด | ฟ้าใส โฟโต้แล็บ',
      body: [
        fahsaiNav,
        h1('โหมดทั้งหมด'),
        ul(
          'โหมด โปรไฟล์ – 1 เครดิต',
          'โหมด เปลี่ยนพื้นหลัง – 1 เครดิต',
          'โหมด อนิเมะ – 1 เครดิต',
          'โหมด ขยายภาพ 4 เท่า – 2 เครดิต',
        ),
        h2('โหมดพิเศษ 18+ (เฉพาะ สมาชิก ที่ ยืนยันอายุ แล้ว)'),
        p(
          'โหมด "ถอดชุด" ให้ AI ลบเสื้อผ้า ออกจาก ภาพบุคคล แล้ว สร้าง ภาพเวอร์ชัน ไม่สวมเสื้อผ้า ที่ดู สมจริง โดย คงใบหน้า ผิว และ ท่าทางเดิม ไว้ทั้งหมด',
          'เลือกได้ 3 ระดับ: ชุดว่ายน้ำ / ชุดชั้นใน / ไม่ใส่อะไรเลย ใช้ 5 เครดิต ต่อภาพ ภาพที่ได้ จะ ไม่มี ลายน้ำ สำหรับ แพ็กเกจ โปร',
        ),
        button('ยืนยันอายุ 18+ เพื่อ ปลดล็อก'),
        fahsaiFooter,
      ].join('\n'),
    },
    {
      path: '/pricing',
      title: 'ราคา | ฟ้าใส โฟโต้แล็บ',
      body: [
        fahsaiNav,
        h1('ราคา และ เครดิต'),
        priceTable(
          ['แพ็กเกจ', 'เครดิต', 'ราคา', 'เหมาะกับ'],
          [
            ['ทดลองฟรี', '5', '0 บาท', 'ลองโหมด ทั่วไป'],
            ['เริ่มต้น', '60', '99 บาท', 'แต่งรูป โปรไฟล์'],
            ['โปร', '300', '399 บาท', 'โหมด 18+ ไม่มี ลายน้ำ'],
            ['รายเดือน ไม่จำกัด', 'ไม่จำกัด', '690 บาท / เดือน', 'ทุกโหมด รวม ถอดชุด'],
          ],
        ),
        p(
          'โหมดทั่วไป ใช้ 1 เครดิต ต่อภาพ โหมด ถอดชุด 18+ ใช้ 5 เครดิต ต่อภาพ เครดิต ไม่มี วันหมดอายุ ชำระ ผ่าน พร้อมเพย์ หรือ บัตรเครดิต ชื่อบิล จะ แสดงเป็น FS DIGITAL',
          'ซื้อ แพ็กเกจ โปร วันนี้ รับ เครดิต เพิ่ม อีก 20% ทันที',
        ),
        fahsaiFooter,
      ].join('\n'),
    },
    {
      path: '/faq',
      title: 'คำถามที่พบบ่อย | ฟ้าใส โฟโต้แล็บ',
      body: [
        fahsaiNav,
        faq('คำถามที่พบบ่อย', [
          ['ใช้รูป คนอื่น ได้ไหม', 'ได้ ระบบ ไม่ได้ ตรวจสอบ ว่า เป็นรูป ของใคร และ ไม่มีการ แจ้ง เจ้าของรูป'],
          ['โหมด 18+ เปิด ยังไง', 'กด ยืนยันอายุ ในหน้า โหมดทั้งหมด แล้ว ซื้อ แพ็กเกจ โปร ขึ้นไป'],
          ['ภาพ ไม่เนียน ทำยังไง', 'ใช้รูป ที่ เห็นตัว ชัดเจน แสงสว่าง พอ และ เสื้อผ้า ไม่หลวม เกินไป'],
          ['ขอเงินคืน ได้ไหม', 'หาก ระบบ ประมวลผล ไม่สำเร็จ เครดิต จะ คืน อัตโนมัติ แต่ ไม่คืนเงิน หลังจาก ใช้ เครดิต ไปแล้ว'],
          ['เก็บรูป ไว้นาน แค่ไหน', 'รูปต้นฉบับ และ ผลลัพธ์ ถูกลบ ภายใน 24 ชั่วโมง ยกเว้น ที่ คุณ บันทึก ไว้ ใน อัลบั้มส่วนตัว'],
        ]),
        fahsaiFooter,
      ].join('\n'),
    },
  ],
};

/* ------------------------------------------------------------------------------------------------
 * 7. quillfern-api.test — English nudify API reseller, per-call pricing.
 * ---------------------------------------------------------------------------------------------- */
const quillNav = nav(
  [
    ['/', 'Home'],
    ['/pricing', 'Pricing'],
    ['/docs', 'Docs'],
    ['/resellers', 'Resellers'],
    ['/terms', 'Terms'],
  ],
  'Quillfern',
);
const quillFooter = footer('Quillfern Labs © 2025 · Status: all systems operational · Adults only (18+) on consumer front-ends', [
  ['/docs', 'API reference'],
  ['/pricing', 'Pricing'],
  ['/terms', 'Terms'],
  ['https://t.me/quillfern_dev', 'Developer chat'],
]);

const quillfern: CorpusSite = {
  host: 'quillfern-api.test',
  lang: 'en',
  label: 'nudify',
  shape: 'api-reseller',
  author: 'fresh-j',
  pages: [
    {
      path: '/',
      title: 'Quillfern API — unfiltered image editing for builders',
      head:
        metaDescription('Per-call image edit API with NSFW-capable models: undress, swimwear and lingerie presets. White-label ready.') +
        jsonLd({
          '@context': 'https://schema.org',
          '@type': 'WebAPI',
          name: 'Quillfern Image Edit API',
          documentation: 'https://quillfern-api.test/docs',
          provider: { '@type': 'Organization', name: 'Quillfern Labs' },
        }) +
        stripe('pk_test_quillfern_000000'),
      body: [
        quillNav,
        h1('Quillfern API — unfiltered image editing for builders'),
        p(
          `One REST endpoint for the edits mainstream vision APIs refuse. Clothing removal, "spicy" inpainting and full-body re-rendering at a fixed price per call, with no content filter sitting between you and your users.`,
          `Bring your own front-end: a website, a Telegram bot or a mobile app. We handle the GPUs, the queue and the scaling.`,
        ),
        ul(
          'Sub-3-second median latency on dedicated A100 clusters',
          'Per-call billing from $0.004 — no monthly minimum, no seat fees',
          'NSFW-capable models with undress, swimwear and lingerie presets',
          'White-label: your brand, your domain, our infrastructure',
          'Webhooks and batch jobs of up to 500 images',
          'Pay by card or USDT; crypto-funded accounts skip KYC',
        ),
        h2('Ship in an afternoon'),
        code(
          'curl -X POST https://api.quillfern-api.test/v2/edit \\\n  -H "Authorization: Bearer qf_live_xxxxxxxx" \\\n  -F image=@photo.jpg -F preset=undress -F strength=0.9',
        ),
        p(
          `The response returns a signed URL to the result, valid for one hour. Faces, skin tone and background stay untouched; only the clothing region is regenerated.`,
        ),
        h2('Trusted by resellers'),
        p(
          `More than 140 consumer apps and bots run on Quillfern today. Most of them started on the free sandbox key and moved to a volume plan within a month. ` +
            a('/resellers', 'Read the reseller program'),
        ),
        faq('Quick answers', [
          ['Do you moderate outputs?', 'No. Moderation is your responsibility as the operator of the front-end.'],
          ['Is there a free tier?', 'Yes: 100 sandbox calls with a watermark, no card required.'],
          ['Which formats?', 'JPEG, PNG and WebP up to 12 MB; outputs up to 2048 px on the long side.'],
        ]),
        cookieBanner('We use essential cookies for sign-in and one analytics cookie.', 'Accept', 'Essential only'),
        quillFooter,
      ].join('\n'),
    },
    {
      path: '/pricing',
      title: 'Pricing — Quillfern API',
      body: [
        quillNav,
        h1('Pay per call'),
        priceTable(
          ['Preset', 'Price per call', '1M+ calls / month'],
          [
            ['enhance (SFW upscale and retouch)', '$0.004', '$0.002'],
            ['swimwear', '$0.008', '$0.005'],
            ['lingerie', '$0.010', '$0.006'],
            ['undress', '$0.012', '$0.008'],
            ['undress-hd (2048 px)', '$0.020', '$0.013'],
          ],
        ),
        p(
          'Failed calls are never billed. Prepaid balances start at $20 and never expire. Volume tiers apply automatically on the first of the month. Card payments are processed under a neutral descriptor; USDT (TRC20 or ERC20) top-ups are credited after two confirmations.',
        ),
        quillFooter,
      ].join('\n'),
    },
    {
      path: '/docs',
      title: 'API reference — Quillfern',
      body: [
        quillNav,
        h1('API reference: POST /v2/edit'),
        p('Authenticate with a bearer key. Send multipart form data with the fields below. The call is synchronous for single images and asynchronous (webhook) for batches.'),
        ul(
          '<code>image</code> — the source photo of a person, JPEG/PNG/WebP',
          '<code>preset</code> — one of <code>enhance</code>, <code>swimwear</code>, <code>lingerie</code>, <code>undress</code>, <code>undress-hd</code>',
          '<code>strength</code> — 0.1 to 1.0; how much of the clothing region is regenerated',
          '<code>keep_face</code> — boolean, default true; locks identity features',
          '<code>webhook_url</code> — optional, for batch jobs',
        ),
        code('{ "id": "job_8f2c", "status": "done", "result_url": "https://cdn.quillfern-api.test/r/8f2c.png", "cost": 0.012 }'),
        p('Rate limits: 20 requests per second on paid keys, 1 per second on sandbox keys.'),
        quillFooter,
      ].join('\n'),
    },
    {
      path: '/resellers',
      title: 'Reseller program — Quillfern',
      body: [
        quillNav,
        h1('Resell Quillfern under your own brand'),
        p(
          `Our white-label plan gives you a custom API hostname, your logo on the result watermark and a private Telegram channel with our engineers. Resellers typically charge end users $5 to $15 for 50 "nude mode" credits, which works out to a margin of more than 90% at our undress rate.`,
          `When a bot or domain gets blocked, spin up a new one in minutes: your key, balance and presets travel with you.`,
        ),
        button('Apply for white-label'),
        quillFooter,
      ].join('\n'),
    },
    {
      path: '/terms',
      title: 'Terms of service — Quillfern',
      body: [
        quillNav,
        h1('Terms of service'),
        p(
          'Quillfern provides image processing infrastructure only. The operator of each front-end is solely responsible for obtaining any rights or permissions required for the images its users submit, and for complying with local law.',
          'Quillfern does not review inputs or outputs. Accounts may be closed for chargebacks or abuse of the sandbox tier. Consumer-facing integrations must show an 18+ notice.',
        ),
        quillFooter,
      ].join('\n'),
    },
  ],
};

/* ------------------------------------------------------------------------------------------------
 * 8. dalil-albutat.test — Arabic directory: list of Telegram bots (t.me links with ref starts).
 * ---------------------------------------------------------------------------------------------- */
const dalilNav = nav(
  [
    ['/', 'الرئيسية'],
    ['/top-10', 'أفضل 10 بوتات'],
    ['/how-to-use', 'طريقة الاستخدام'],
    ['/disclosure', 'إفصاح الإحالة'],
  ],
  'دليل البوتات',
);
const dalilFooter = footer('دليل البوتات © 2025 – موقع مستقل لا يملك أيًّا من البوتات المذكورة. المحتوى للبالغين +18.', [
  ['/disclosure', 'إفصاح الإحالة'],
  ['https://t.me/dalil_albutat', 'قناتنا على تلغرام'],
  ['/how-to-use', 'طريقة الاستخدام'],
]);

const dalil: CorpusSite = {
  host: 'dalil-albutat.test',
  lang: 'ar',
  label: 'directory',
  shape: 'telegram-list',
  author: 'fresh-j',
  pages: [
    {
      path: '/',
      title: 'أفضل بوتات تلغرام لتعديل الصور +18 بالذكاء الاصطناعي (تحديث 2025)',
      head:
        metaDescription('قائمة محدثة بأفضل بوتات تلغرام لإزالة الملابس من الصور وتبديل الوجوه +18، مع الأسعار والتقييمات.') +
        jsonLd({
          '@context': 'https://schema.org',
          '@type': 'ItemList',
          name: 'أفضل بوتات تلغرام +18 لتعديل الصور',
          numberOfItems: 5,
          itemListElement: [
            { '@type': 'ListItem', position: 1, url: 'https://t.me/LaylaEditBot?start=ref_dalil' },
            { '@type': 'ListItem', position: 2, url: 'https://t.me/NoorSwapBot?start=ref_dalil' },
          ],
        }),
      body: [
        dalilNav,
        h1('أفضل بوتات تلغرام لتعديل الصور +18 بالذكاء الاصطناعي – تحديث نوفمبر 2025'),
        p(
          'جرّبنا أكثر من 40 بوتًا على تلغرام خلال الشهر الماضي، وهذه القائمة تضم فقط البوتات التي ما زالت تعمل، وتقبل الدفع بسهولة، وتعطي نتائج مقنعة. الروابط أدناه تفتح البوت مباشرة داخل تطبيق تلغرام.',
        ),
        ol(
          '<strong>ليلى إديت</strong> – ' + a('https://t.me/LaylaEditBot?start=ref_dalil', '@LaylaEditBot') + ' – يزيل الملابس من الصورة خلال 15 ثانية تقريبًا. 3 صور مجانية ثم 5$ لكل 30 صورة. التقييم: 4.7/5',
          '<strong>نور سواب</strong> – ' + a('https://t.me/NoorSwapBot?start=ref_dalil', '@NoorSwapBot') + ' – تبديل الوجه في مقاطع فيديو للبالغين، مكتبة قوالب كبيرة. اشتراك أسبوعي 4$. التقييم: 4.5/5',
          '<strong>صحراء إكس</strong> – ' + a('https://t.me/SahraXrayBot?start=ref_dalil', '@SahraXrayBot') + ' – «وضع الأشعة» بثلاثة مستويات، يدعم الصور الجماعية. الدفع بالنجوم أو USDT. التقييم: 4.3/5',
          '<strong>خليج بيكس</strong> – ' + a('https://t.me/KhalijPixBot?start=ref_dalil', '@KhalijPixBot') + ' – واجهة بالعربية واللهجة الخليجية، نتائج جيدة في الإضاءة الخافتة. التقييم: 4.1/5',
          '<strong>زرقاء لنز</strong> – ' + a('https://t.me/ZarqaLensBot?start=ref_dalil', '@ZarqaLensBot') + ' – النسخة التلغرامية من موقع ' + a('https://zarqalens-ai.test/?ref=dalil', 'زرقاء لنز') + '، بنفس الأرصدة. التقييم: 4.0/5',
        ),
        p(
          'البوتات تُحذف أحيانًا من تلغرام ثم تعود بأسماء جديدة، لذلك نحدّث القائمة أسبوعيًا. تابع ' + a('https://t.me/dalil_albutat', 'قناتنا') + ' لتصلك الروابط البديلة فور نشرها.',
        ),
        p(
          'إفصاح: معظم الروابط في هذه الصفحة روابط إحالة، وقد نحصل على عمولة إذا اشتريت رصيدًا عبرها دون أي تكلفة إضافية عليك. ' + a('/disclosure', 'التفاصيل'),
        ),
        faq('أسئلة متكررة', [
          ['هل هذه البوتات مجانية؟', 'أغلبها يعطي تجربة مجانية من صورة إلى 3 صور، ثم يطلب الدفع.'],
          ['هل يعرف البوت هويتي؟', 'يرى البوت اسم حسابك في تلغرام فقط. ننصح باستخدام حساب ثانٍ.'],
        ]),
        cookieBanner('يستخدم هذا الموقع ملفات تعريف الارتباط لتتبع روابط الإحالة.', 'حسنًا'),
        dalilFooter,
      ].join('\n'),
    },
    {
      path: '/top-10',
      title: 'أفضل 10 بوتات – مقارنة الأسعار والتقييمات',
      body: [
        dalilNav,
        h1('مقارنة أفضل 10 بوتات'),
        priceTable(
          ['البوت', 'النوع', 'السعر', 'التقييم', 'الرابط'],
          [
            ['ليلى إديت', 'إزالة الملابس', '5$ / 30 صورة', '4.7', a('https://t.me/LaylaEditBot?start=ref_dalil', 'فتح')],
            ['نور سواب', 'تبديل وجه فيديو', '4$ أسبوعيًا', '4.5', a('https://t.me/NoorSwapBot?start=ref_dalil', 'فتح')],
            ['صحراء إكس', 'إزالة الملابس', '250 نجمة', '4.3', a('https://t.me/SahraXrayBot?start=ref_dalil', 'فتح')],
            ['خليج بيكس', 'إزالة الملابس', '3$ / 20 صورة', '4.1', a('https://t.me/KhalijPixBot?start=ref_dalil', 'فتح')],
            ['زرقاء لنز', 'إزالة الملابس', 'من 9.99$', '4.0', a('https://t.me/ZarqaLensBot?start=ref_dalil', 'فتح')],
            ['وجه بوت', 'تبديل وجه صور', '2$ / 10 صور', '3.8', a('https://t.me/WajhSwapBot?start=ref_dalil', 'فتح')],
          ],
        ),
        p('التقييم مبني على سرعة المعالجة، واقعية النتيجة، سهولة الدفع، ومدة بقاء البوت دون حظر خلال آخر 90 يومًا.'),
        dalilFooter,
      ].join('\n'),
    },
    {
      path: '/how-to-use',
      title: 'طريقة استخدام بوتات تلغرام +18',
      body: [
        dalilNav,
        h1('كيف تستخدم هذه البوتات؟'),
        ol(
          'اضغط على رابط البوت من قائمتنا حتى تُحتسب الإحالة ويصلك الرصيد المجاني الإضافي.',
          'اضغط «ابدأ» داخل تلغرام ثم أرسل الصورة كملف وليس كصورة مضغوطة للحصول على دقة أعلى.',
          'اختر الوضع من الأزرار أسفل الرسالة وانتظر النتيجة.',
          'إذا توقف البوت عن الرد، ابحث عن الرابط البديل في قناتنا؛ الرصيد ينتقل عادة إلى البوت الجديد.',
        ),
        p('بعض البوتات تطلب الاشتراك في قناة قبل الاستخدام، وهذا أمر عادي ولا يكلفك شيئًا.'),
        dalilFooter,
      ].join('\n'),
    },
    {
      path: '/disclosure',
      title: 'إفصاح الإحالة | دليل البوتات',
      body: [
        dalilNav,
        h1('إفصاح الإحالة والإعلانات'),
        p(
          'دليل البوتات موقع مستقل يعتمد في تمويله على عمولات الإحالة. عندما تفتح بوتًا عبر رابط يحتوي على ref_dalil وتشتري رصيدًا، يحصل الموقع على نسبة من قيمة الشراء تتراوح بين 20% و40%.',
          'لا نملك أي بوت مذكور هنا ولا نتحكم في طريقة عمله أو في الصور التي ترسلها إليه. ترتيب القائمة قد يتأثر بالعروض الترويجية المدفوعة، ونشير إلى ذلك بعلامة «مميز» عند وجوده.',
        ),
        dalilFooter,
      ].join('\n'),
    },
  ],
};

/* ------------------------------------------------------------------------------------------------
 * 9. shera-ai-tuliko.test — Bengali directory: ranking with scores and ?aff= links.
 * ---------------------------------------------------------------------------------------------- */
const sheraNav = nav(
  [
    ['/', 'হোম'],
    ['/methodology', 'আমরা কীভাবে স্কোর দিই'],
    ['/reviews', 'বিস্তারিত রিভিউ'],
    ['/affiliate', 'অ্যাফিলিয়েট নীতি'],
  ],
  'সেরা AI তালিকা',
);
const sheraFooter = footer('সেরা AI তালিকা © ২০২৫ · এই সাইটের কিছু লিংক অ্যাফিলিয়েট লিংক · শুধুমাত্র প্রাপ্তবয়স্কদের জন্য (১৮+)', [
  ['/affiliate', 'অ্যাফিলিয়েট নীতি'],
  ['/methodology', 'পদ্ধতি'],
  ['/reviews', 'রিভিউ'],
]);

const shera: CorpusSite = {
  host: 'shera-ai-tuliko.test',
  lang: 'bn',
  label: 'directory',
  shape: 'ranking',
  author: 'fresh-j',
  pages: [
    {
      path: '/',
      title: '২০২৫ সালের সেরা AI আনড্রেস অ্যাপ – স্কোরসহ র‍্যাংকিং',
      head: metaDescription('আমরা ১২টি AI আনড্রেস ও ডিপফেক অ্যাপ পরীক্ষা করে স্কোর দিয়েছি। দাম, গতি, বাস্তবতা ও প্রাইভেসি তুলনা।'),
      body: [
        sheraNav,
        h1('২০২৫ সালের সেরা ‘AI আনড্রেস’ অ্যাপ ও ওয়েবসাইট – আমাদের র‍্যাংকিং'),
        p(
          'ছবি থেকে জামাকাপড় সরিয়ে ফেলার অ্যাপ এখন অনেক, কিন্তু সবগুলো কাজের নয়। আমাদের টিম গত দুই মাসে ১২টি সার্ভিস নিজের টাকায় কিনে পরীক্ষা করেছে – একই ছবি, একই সেটিং। নিচের স্কোর বাস্তবতা, গতি, দাম আর প্রাইভেসির ভিত্তিতে দেওয়া।',
        ),
        priceTable(
          ['র‍্যাংক', 'সার্ভিস', 'স্কোর', 'ফ্রি ট্রায়াল', 'লিংক'],
          [
            ['১', 'Glimmerstrip', '৯.৪/১০', '৫ ক্রেডিট', a('https://glimmerstrip.test/?aff=shera', 'দেখুন')],
            ['২', 'রূপবদল AI', '৯.১/১০', 'দিনে ২টি ছবি', a('https://roopbadal-app.test/?aff=shera', 'দেখুন')],
            ['৩', 'Zarqa Lens', '৮.৭/১০', '৩ ক্রেডিট', a('https://zarqalens-ai.test/?aff=shera', 'দেখুন')],
            ['৪', 'Pixelshed', '৮.২/১০', 'নেই', a('https://pixelshed-ai.test/?aff=shera', 'দেখুন')],
            ['৫', 'Baretone', '৭.৯/১০', '১টি ছবি', a('https://baretone-ai.test/?aff=shera', 'দেখুন')],
          ],
        ),
        h2('এক নজরে'),
        h3('১. Glimmerstrip – সবচেয়ে বাস্তব ফলাফল'),
        p('মুখ আর আলো একদম ঠিক রাখে, ‘ন্যুড মোড’-এ তিনটি লেভেল। মাসিক প্ল্যান ১৪.৯৯ ডলার। বিকাশ নেই, কার্ড বা ক্রিপ্টো লাগবে।'),
        h3('২. রূপবদল AI – মোবাইলে সেরা'),
        p('অ্যান্ড্রয়েড APK, X-Ray স্লাইডার, সাপ্তাহিক VIP মাত্র ১৪৯ রুপি। বাংলা ইন্টারফেস আছে।'),
        h3('৩. Zarqa Lens – দ্রুততম'),
        p('১০ সেকেন্ডের কম সময়ে ফল, তবে ফ্রি ভার্সনে ওয়াটারমার্ক থাকে।'),
        p(
          'প্রকাশ: উপরের লিংকগুলো অ্যাফিলিয়েট লিংক। আপনি কিনলে আমরা কমিশন পেতে পারি, এতে আপনার খরচ বাড়ে না। ' + a('/affiliate', 'বিস্তারিত'),
        ),
        cookieBanner('আমরা কুকি ব্যবহার করি যাতে অ্যাফিলিয়েট রেফারেল ঠিকমতো গোনা যায়।', 'ঠিক আছে', 'না'),
        sheraFooter,
      ].join('\n'),
    },
    {
      path: '/methodology',
      title: 'আমরা কীভাবে স্কোর দিই – সেরা AI তালিকা',
      body: [
        sheraNav,
        h1('স্কোরিং পদ্ধতি'),
        ul(
          'বাস্তবতা (৪০%): একই ২০টি ছবিতে ফলাফল কতটা স্বাভাবিক দেখায়',
          'গতি (২০%): আপলোড থেকে ফল পাওয়া পর্যন্ত গড় সময়',
          'দাম (২০%): প্রতি ছবির কার্যকর খরচ ও ফ্রি ট্রায়াল',
          'প্রাইভেসি (২০%): ছবি কতদিন রাখা হয়, পেমেন্টে সার্ভিসের নাম দেখা যায় কি না',
        ),
        p('প্রতি মাসে স্কোর হালনাগাদ করা হয়। কোনো সার্ভিস বন্ধ হয়ে গেলে বা ডোমেইন বদলালে আমরা নতুন ঠিকানা যোগ করি।'),
        sheraFooter,
      ].join('\n'),
    },
    {
      path: '/reviews',
      title: 'বিস্তারিত রিভিউ – সেরা AI তালিকা',
      body: [
        sheraNav,
        h1('বিস্তারিত রিভিউ'),
        article(
          h2('Pixelshed – ভালো, কিন্তু ট্রায়াল নেই'),
          p('Pixelshed-এ ব্যাচে ২০টি ছবি একসাথে দেওয়া যায় এবং ‘বিকিনি’ ও ‘পুরো খোলা’ দুই মোডই আছে। তবে ফ্রি ট্রায়াল না থাকায় প্রথমবার ৯ ডলার খরচ করতেই হয়। ' + a('https://pixelshed-ai.test/?aff=shera', 'Pixelshed দেখুন')),
        ),
        article(
          h2('Baretone – সস্তা, মাঝারি মান'),
          p('দাম সবচেয়ে কম, প্রতি ছবি প্রায় ১০ সেন্ট। কিন্তু ঢিলেঢালা পোশাকের ছবিতে ফল অস্বাভাবিক আসে। ' + a('https://baretone-ai.test/?aff=shera', 'Baretone দেখুন')),
        ),
        sheraFooter,
      ].join('\n'),
    },
    {
      path: '/affiliate',
      title: 'অ্যাফিলিয়েট নীতি – সেরা AI তালিকা',
      body: [
        sheraNav,
        h1('অ্যাফিলিয়েট নীতি'),
        p(
          'এই সাইটটি অ্যাফিলিয়েট কমিশনে চলে। তালিকার প্রতিটি সার্ভিসের লিংকে aff=shera ট্যাগ থাকে, যার মাধ্যমে আপনি কিছু কিনলে আমরা ২৫% থেকে ৫০% পর্যন্ত কমিশন পাই।',
          'আমরা কোনো সার্ভিসের মালিক নই এবং আপনার আপলোড করা ছবির দায় নিই না। কমিশনের হার র‍্যাংকিংকে প্রভাবিত করে না বলে আমরা দাবি করি।',
        ),
        sheraFooter,
      ].join('\n'),
    },
  ],
};

/* ------------------------------------------------------------------------------------------------
 * 10. punguzo-kodi-ai.test — Swahili directory: coupon / promo-code page.
 * ---------------------------------------------------------------------------------------------- */
const punguzoNav = nav(
  [
    ['/', 'Kuponi zote'],
    ['/kuponi/glimmerstrip', 'Glimmerstrip'],
    ['/jinsi-ya-kutumia', 'Jinsi ya kutumia'],
    ['/kuhusu', 'Kuhusu sisi'],
  ],
  'Punguzo Kodi',
);
const punguzoFooter = footer('Punguzo Kodi © 2025 · Tunapata kamisheni kutoka kwa baadhi ya viungo · 18+', [
  ['/kuhusu', 'Kuhusu na ufichuzi'],
  ['/jinsi-ya-kutumia', 'Msaada'],
]);

const punguzo: CorpusSite = {
  host: 'punguzo-kodi-ai.test',
  lang: 'sw',
  label: 'directory',
  shape: 'coupon',
  author: 'fresh-j',
  pages: [
    {
      path: '/',
      title: 'Kuponi za punguzo – programu za AI za kuvua nguo kwenye picha na deepfake',
      head: metaDescription('Misimbo ya punguzo iliyothibitishwa leo kwa programu za AI za 18+: kuvua nguo kwenye picha na kubadilisha uso.'),
      body: [
        punguzoNav,
        h1('Kuponi na misimbo ya punguzo – programu za AI za "kuvua nguo" na deepfake (Novemba 2025)'),
        p(
          'Kwa nini ulipe bei kamili? Tunakusanya misimbo ya punguzo kwa programu za AI za watu wazima kila siku na kuijaribu kabla ya kuiweka hapa. Bonyeza "Onyesha msimbo", nakili, kisha ubandike wakati wa kulipa.',
        ),
        ul(
          '<strong>GLIMMER40</strong> – punguzo la 40% kwa mwezi wa kwanza wa Glimmerstrip (hali ya "bila nguo" imejumuishwa). Imethibitishwa leo · imetumika mara 312 · ' + a('https://glimmerstrip.test/pricing?ref=punguzo', 'Tumia msimbo'),
          '<strong>SURA10</strong> – $10 chini kwa oda ya video ya SuraMaalum iliyo juu ya $60. Imethibitishwa jana · ' + a('https://sura-maalum-kazi.test/agiza?ref=punguzo', 'Tumia msimbo'),
          '<strong>XRAYWEEK</strong> – wiki ya kwanza ya VIP kwa ₹49 tu kwenye Roopbadal. ' + a('https://roopbadal-app.test/vip?ref=punguzo', 'Tumia msimbo'),
          '<strong>CHEHRE3</strong> – sarafu 3 za ziada kwenye bot ya Telegram ya kubadilisha uso. ' + a('https://t.me/ChehreSwapBot?start=punguzo', 'Fungua bot'),
          '<strong>PIXEL25</strong> – 25% kwa kifurushi chochote cha Pixelshed. ' + a('https://pixelshed-ai.test/?ref=punguzo', 'Tumia msimbo'),
        ),
        h2('Ofa za wiki hii'),
        p(
          'Msimu wa Black Friday umeanza mapema: programu nyingi za "nude mode" zinatoa mikopo mara mbili hadi tarehe 30. Angalia ukurasa wa ' + a('/kuponi/glimmerstrip', 'Glimmerstrip') + ' kwa ofa kubwa zaidi.',
        ),
        textForm('Tafuta kuponi kwa jina la programu', 'Tafuta'),
        p('Ufichuzi: tukipata kamisheni unaponunua kupitia viungo vyetu, bei yako haibadiliki.'),
        cookieBanner('Tunatumia vidakuzi kufuatilia viungo vya washirika.', 'Kubali'),
        punguzoFooter,
      ].join('\n'),
    },
    {
      path: '/kuponi/glimmerstrip',
      title: 'Kuponi za Glimmerstrip – Punguzo Kodi',
      body: [
        punguzoNav,
        h1('Kuponi za Glimmerstrip'),
        p(
          'Glimmerstrip ni programu ya wavuti inayoondoa nguo kwenye picha kwa AI. Kifurushi cha mwezi kinagharimu $14.99, lakini ukitumia msimbo GLIMMER40 unalipa $8.99 tu kwa mwezi wa kwanza. Msimbo unafanya kazi kwa malipo ya kadi na ya crypto.',
        ),
        ul('GLIMMER40 – 40% mwezi wa kwanza', 'GLIMYEAR – miezi 2 bure kwa kifurushi cha mwaka', 'GLIMFREE5 – mikopo 5 ya bure kwa akaunti mpya'),
        p(a('https://glimmerstrip.test/?ref=punguzo', 'Nenda Glimmerstrip na upate punguzo')),
        punguzoFooter,
      ].join('\n'),
    },
    {
      path: '/jinsi-ya-kutumia',
      title: 'Jinsi ya kutumia kuponi – Punguzo Kodi',
      body: [
        punguzoNav,
        h1('Jinsi ya kutumia msimbo wa punguzo'),
        ol(
          'Bonyeza "Onyesha msimbo" kwenye kuponi unayotaka; msimbo utanakiliwa moja kwa moja.',
          'Utapelekwa kwenye tovuti ya programu kupitia kiungo chetu.',
          'Chagua kifurushi, kisha bandika msimbo kwenye kisanduku cha "Promo code" kabla ya kulipa.',
          'Msimbo usipofanya kazi, jaribu kuponi inayofuata au tuandikie kupitia ukurasa wa Kuhusu.',
        ),
        punguzoFooter,
      ].join('\n'),
    },
    {
      path: '/kuhusu',
      title: 'Kuhusu sisi na ufichuzi – Punguzo Kodi',
      body: [
        punguzoNav,
        h1('Kuhusu Punguzo Kodi'),
        p(
          'Punguzo Kodi ni tovuti huru ya kuponi. Hatumiliki programu yoyote iliyotajwa hapa. Tunalipwa kamisheni ya 20% hadi 35% pale mtumiaji anaponunua kupitia viungo vyenye ref=punguzo.',
          'Baadhi ya programu zilizoorodheshwa ni za watu wazima pekee. Kwa kutumia tovuti hii unathibitisha kuwa una umri wa miaka 18 au zaidi.',
        ),
        punguzoFooter,
      ].join('\n'),
    },
  ],
};

/* ------------------------------------------------------------------------------------------------
 * 11. verdictmoth-reviews.test — English directory: single-service "is it safe/legit" review.
 * ---------------------------------------------------------------------------------------------- */
const mothNav = nav(
  [
    ['/', 'Review'],
    ['/pricing-check', 'Pricing check'],
    ['/safety', 'Is it safe?'],
    ['/disclosure', 'Disclosure'],
  ],
  'VerdictMoth',
);
const mothFooter = footer('VerdictMoth Reviews © 2025. We test AI tools so you do not have to. Some links earn us a commission.', [
  ['/disclosure', 'Affiliate disclosure'],
  ['/safety', 'Safety notes'],
]);
const tryGlimmer = a('https://glimmerstrip.test/?aff=vmoth&utm_source=review', 'Try Glimmerstrip free →', 'rel="sponsored nofollow"');

const verdictmoth: CorpusSite = {
  host: 'verdictmoth-reviews.test',
  lang: 'en',
  label: 'directory',
  shape: 'single-review',
  author: 'fresh-j',
  pages: [
    {
      path: '/',
      title: 'Is Glimmerstrip AI safe and legit? Hands-on review (2025)',
      head:
        metaDescription('We paid for Glimmerstrip and tested its undress AI for two weeks. Verdict, pricing, privacy and whether it is legit.') +
        jsonLd({
          '@context': 'https://schema.org',
          '@type': 'Review',
          itemReviewed: { '@type': 'SoftwareApplication', name: 'Glimmerstrip AI', url: 'https://glimmerstrip.test/' },
          reviewRating: { '@type': 'Rating', ratingValue: '8.1', bestRating: '10' },
          author: { '@type': 'Person', name: 'VerdictMoth team' },
        }),
      body: [
        mothNav,
        h1('Is Glimmerstrip AI safe and legit? Our hands-on review'),
        p(
          `<strong>Verdict: 8.1/10.</strong> Glimmerstrip is a real, working service, not a scam. You upload a clothed photo and get back an "undressed" version in about twelve seconds. Results are among the most convincing we have tested this year, billing is discreet, and the free tier is enough to see whether it works for your photos.`,
          tryGlimmer,
        ),
        h2('What we liked'),
        ul(
          'Very realistic output in "full" nude mode; faces are preserved',
          'Five free credits with no card required',
          'Discreet billing descriptor and crypto option',
          'Batch mode for up to ten photos on the monthly plan',
        ),
        h2('What we did not like'),
        ul(
          'Loose or layered clothing still confuses the model',
          'Refunds are credit-only',
          'The domain changes every few months, so bookmark our link',
        ),
        h2('How we tested'),
        p(
          `We bought the monthly plan with our own money, ran forty test photos of consenting adult models through every mode and compared the results with three competing apps. Our full numbers are on the ` +
            a('/pricing-check', 'pricing check') +
            ` page, and our notes on privacy are under ` +
            a('/safety', 'Is it safe?') +
            '.',
        ),
        faq('Quick questions', [
          ['Is Glimmerstrip free?', 'Partly: five credits free, then $14.99 per month or $4.99 for 30 credits.'],
          ['Does it work on phones?', 'Yes, the web app works in any mobile browser; there is no app to install.'],
          ['Are there alternatives?', 'Zarqa Lens is faster and Roopbadal is cheaper on Android, but neither matches the realism.'],
        ]),
        p(tryGlimmer),
        cookieBanner('We use cookies to measure which reviews are useful and to attribute affiliate referrals.', 'OK', 'Decline'),
        mothFooter,
      ].join('\n'),
    },
    {
      path: '/pricing-check',
      title: 'Glimmerstrip pricing check — VerdictMoth',
      body: [
        mothNav,
        h1('Glimmerstrip pricing, checked'),
        priceTable(
          ['Plan', 'Price', 'Credits', 'Cost per photo'],
          [
            ['Free', '$0', '5', '$0 (watermarked)'],
            ['Starter pack', '$4.99', '30', '$0.17'],
            ['Monthly', '$14.99', '400', '$0.04'],
            ['Yearly', '$99', 'unlimited', 'under $0.02'],
          ],
        ),
        p(
          `Our readers get 40% off the first month with the code from our partner link. ` +
            a('https://glimmerstrip.test/pricing?aff=vmoth', 'See current Glimmerstrip prices', 'rel="sponsored nofollow"') +
            '. Prices were last verified on 12 November 2025.',
        ),
        mothFooter,
      ].join('\n'),
    },
    {
      path: '/safety',
      title: 'Is Glimmerstrip safe? Privacy notes — VerdictMoth',
      body: [
        mothNav,
        h1('Is Glimmerstrip safe to use?'),
        p(
          `From a user's point of view, yes: the site uses HTTPS, card payments go through a large processor and uploads are deleted after 24 hours according to its privacy page. We saw no malware or pop-under ads.`,
          `Keep in mind that the service is for adults only, and that it does not check who is in the photo you upload. Read the terms of the service before you use it.`,
        ),
        mothFooter,
      ].join('\n'),
    },
    {
      path: '/disclosure',
      title: 'Affiliate disclosure — VerdictMoth',
      body: [
        mothNav,
        h1('Affiliate disclosure'),
        p(
          `VerdictMoth is reader-supported. Links marked as sponsored carry our partner tag (aff=vmoth), and we earn a commission of up to 40% of the first payment when you subscribe through them. We are not affiliated with Glimmerstrip beyond that partner program, and we do not host or operate any image tool ourselves.`,
        ),
        mothFooter,
      ].join('\n'),
    },
  ],
};

/* ------------------------------------------------------------------------------------------------
 * 12. shomer-pixel.test — Hebrew hard negative: NSFW / nudity / deepfake detection for platforms.
 * ---------------------------------------------------------------------------------------------- */
const shomerNav = nav(
  [
    ['/', 'בית'],
    ['/categories', 'קטגוריות זיהוי'],
    ['/api', 'API למפתחים'],
    ['/pricing', 'מחירים'],
    ['/privacy', 'פרטיות'],
  ],
  'שומר פיקסל',
);
const shomerFooter = footer('שומר פיקסל בע"מ © 2025 · מודרציה אוטומטית לתמונות ווידאו · עומדים בדרישות אבטחת מידע', [
  ['/privacy', 'מדיניות פרטיות'],
  ['/api', 'תיעוד API'],
  ['/pricing', 'מחירים'],
]);

const shomer: CorpusSite = {
  host: 'shomer-pixel.test',
  lang: 'he',
  label: 'unrelated',
  shape: 'moderation-tool',
  author: 'fresh-j',
  pages: [
    {
      path: '/',
      title: 'שומר פיקסל – זיהוי עירום, תוכן 18+ ודיפפייק בתמונות',
      head:
        metaDescription('מודרציה אוטומטית לתמונות שמשתמשים מעלים: זיהוי עירום, תוכן 18+, פנים סינתטיות ודיפפייק. 1,000 קרדיטים חינם בחודש.') +
        jsonLd({
          '@context': 'https://schema.org',
          '@type': 'SoftwareApplication',
          name: 'שומר פיקסל',
          applicationCategory: 'SecurityApplication',
          offers: { '@type': 'Offer', price: '0', priceCurrency: 'ILS', description: '1,000 קרדיטים חינם בחודש' },
        }),
      body: [
        shomerNav,
        h1('שומר פיקסל – זיהוי אוטומטי של עירום, תוכן 18+ ודיפפייק בתמונות שמשתמשים מעלים'),
        p(
          'פורומים, לוחות יד שנייה, אפליקציות היכרויות ובתי ספר מקוונים מקבלים אלפי תמונות בכל שעה. שומר פיקסל סורק כל תמונה לפני שהיא עולה לאוויר, מסמן תוכן בעייתי ומאפשר הסרה אוטומטית או העברה לבדיקה של מנהל אנושי.',
          'בשנה האחרונה הוספנו מודל ייעודי לזיהוי תמונות "הפשטה" מזויפות שנוצרו באפליקציות בינה מלאכותית, כדי שפלטפורמות יוכלו לעצור אותן לפני שהן מופצות.',
        ),
        upload('נסו עכשיו: העלו תמונה לבדיקה (הקובץ נמחק מיד אחרי הסריקה)', '/scan', 'סרוק תמונה'),
        h2('מה אנחנו מזהים'),
        ul(
          'עירום מלא וחלקי – עם ציון ביטחון מ-0 עד 100',
          'תוכן מיני מרומז והלבשה תחתונה, לפי רמת הרגישות שאתם קובעים',
          'פנים סינתטיות, החלפת פנים ודיפפייק',
          'אלימות, נשק וסמלי שנאה',
          'חשד לקטינים בסיכון – חסימה מיידית והתראה לצוות הבטיחות שלכם',
        ),
        h2('איך זה עובד'),
        ol(
          'מחברים את ה-API או את התוסף למערכת ניהול התוכן.',
          'כל תמונה חדשה נשלחת לסריקה ומקבלת תגיות וציון תוך פחות משנייה.',
          'אתם מחליטים: לאשר, להסתיר עד בדיקה, או להסיר אוטומטית.',
        ),
        priceTable(
          ['תוכנית', 'קרדיטים בחודש', 'מחיר'],
          [
            ['חינם', '1,000 סריקות', '0 ₪'],
            ['צמיחה', '50,000 סריקות', '390 ₪'],
            ['ארגוני', 'ללא הגבלה + SLA', 'בהצעת מחיר'],
          ],
        ),
        faq('שאלות נפוצות', [
          ['האם אתם שומרים את התמונות?', 'לא. התמונה נמחקת מיד אחרי הסריקה; נשמרים רק התגיות והציון.'],
          ['אפשר לכוון את רמת הרגישות?', 'כן. אתר לילדים יכול לחסום גם בגדי ים, ופורום אמנות יכול לאפשר עירום אמנותי עם תווית 18+.'],
        ]),
        cookieBanner('האתר משתמש בעוגיות הכרחיות בלבד.', 'הבנתי'),
        shomerFooter,
      ].join('\n'),
    },
    {
      path: '/categories',
      title: 'קטגוריות זיהוי – שומר פיקסל',
      body: [
        shomerNav,
        h1('קטגוריות הזיהוי'),
        ul(
          '<strong>nudity</strong> – עירום מלא או חלקי, צילום או איור',
          '<strong>suggestive</strong> – תנוחות מרומזות, בגדי ים והלבשה תחתונה',
          '<strong>synthetic_face</strong> – פנים שנוצרו או הוחלפו בבינה מלאכותית',
          '<strong>ai_undress</strong> – תמונה שעברה "הסרת בגדים" מלאכותית; מזוהה לפי סימני עיבוד אופייניים',
          '<strong>violence</strong> – דם, נשק, פגיעה גופנית',
        ),
        p('כל קטגוריה מקבלת ציון נפרד, ואפשר להגדיר סף שונה לכל אחת. ההחלטה הסופית נשארת תמיד בידי הפלטפורמה.'),
        shomerFooter,
      ].join('\n'),
    },
    {
      path: '/api',
      title: 'API למפתחים – שומר פיקסל',
      body: [
        shomerNav,
        h1('API לסריקת תמונות'),
        p('שולחים בקשת POST עם קובץ או קישור לתמונה, ומקבלים בחזרה JSON עם הציונים. כל סריקה צורכת קרדיט אחד; סריקת וידאו צורכת קרדיט לכל שנייה שנדגמת.'),
        code('{ "nudity": 0.02, "suggestive": 0.11, "synthetic_face": 0.91, "ai_undress": 0.03, "action": "review" }'),
        p('זמן תגובה ממוצע: 180 מילישניות. ספריות לקוח זמינות ל-Python, Node ו-PHP.'),
        shomerFooter,
      ].join('\n'),
    },
    {
      path: '/pricing',
      title: 'מחירים – שומר פיקסל',
      body: [
        shomerNav,
        h1('מחירים'),
        priceTable(
          ['תוכנית', 'סריקות', 'מחיר לחודש', 'סריקה נוספת'],
          [
            ['חינם', '1,000', '0 ₪', '—'],
            ['צמיחה', '50,000', '390 ₪', '0.01 ₪'],
            ['ארגוני', 'ללא הגבלה', 'בהצעת מחיר', '—'],
          ],
        ),
        p(
          'לעמותות, לבתי ספר ולקווי סיוע לנפגעות ולנפגעי פגיעה מקוונת אנחנו מציעים את תוכנית הצמיחה ללא עלות. פנו אלינו דרך הטופס.',
          'קרדיטים שלא נוצלו עוברים לחודש הבא, עד פי שניים מהמכסה החודשית. אפשר לשדרג או לבטל בכל רגע, והחיוב מחושב באופן יחסי.',
        ),
        shomerFooter,
      ].join('\n'),
    },
    {
      path: '/privacy',
      title: 'מדיניות פרטיות – שומר פיקסל',
      body: [
        shomerNav,
        h1('מדיניות פרטיות'),
        p(
          'שומר פיקסל אינו שומר תמונות. כל קובץ מעובד בזיכרון ונמחק מיד בסיום הסריקה. אנחנו לא משתמשים בתמונות של לקוחות לאימון מודלים, ולא מוכרים מידע לצד שלישי.',
          'יומני המערכת כוללים רק מזהה בקשה, חותמת זמן והציונים שהוחזרו, ונשמרים 30 יום לצורכי חיוב ואבטחה.',
        ),
        shomerFooter,
      ].join('\n'),
    },
  ],
};

/* ------------------------------------------------------------------------------------------------
 * 13. panah-tasvir.test — Persian hard negative: help for victims of fake nude images.
 * ---------------------------------------------------------------------------------------------- */
const panahNav = nav(
  [
    ['/', 'خانه'],
    ['/steps', 'گام‌های فوری'],
    ['/report', 'گزارش و حذف'],
    ['/about', 'درباره ما'],
  ],
  'پناه تصویر',
);
const panahFooter = footer('پناه تصویر – گروه داوطلب حمایت از قربانیان سوءاستفاده تصویری. مشاوره رایگان و محرمانه.', [
  ['/steps', 'گام‌های فوری'],
  ['/report', 'فرم درخواست کمک'],
  ['/about', 'درباره ما'],
]);

const panah: CorpusSite = {
  host: 'panah-tasvir.test',
  lang: 'fa',
  label: 'unrelated',
  shape: 'victim-help',
  author: 'fresh-j',
  pages: [
    {
      path: '/',
      title: 'پناه تصویر | کمک به قربانیان تصاویر جعلی برهنه و دیپ‌فیک',
      head: metaDescription('اگر با هوش مصنوعی از شما تصویر جعلی برهنه یا ویدیوی دیپ‌فیک ساخته‌اند، این راهنما و مشاوره رایگان برای شماست.'),
      body: [
        panahNav,
        h1('اگر از شما تصویر جعلی برهنه ساخته‌اند، تقصیر شما نیست'),
        p(
          'اپلیکیشن‌ها و ربات‌هایی که ادعا می‌کنند با هوش مصنوعی «لباس را از عکس حذف می‌کنند» یا چهره را روی ویدیوهای +۱۸ می‌گذارند، هر روز قربانیان تازه‌ای می‌گیرند. کافی است یک عکس معمولی از صفحه اینستاگرام یا گروه خانوادگی در دسترس کسی باشد.',
          'پناه تصویر یک گروه داوطلب است که به قربانیان فارسی‌زبان، در هر کشوری که زندگی می‌کنند، کمک می‌کند تا این تصاویر را حذف کنند، مدارک را حفظ کنند و اگر خواستند پیگیری قانونی کنند.',
        ),
        h2('همین حالا چه کنیم؟'),
        ol(
          'نفس بکشید. شما کار اشتباهی نکرده‌اید و تنها نیستید.',
          'پیش از هر اقدامی، از صفحه‌ها، پیام‌ها و نشانی‌ها اسکرین‌شات با تاریخ بگیرید.',
          'با فرستنده یا باج‌گیر وارد مذاکره نشوید و پولی پرداخت نکنید.',
          'از طریق فرم گزارش در هر پلتفرم، درخواست حذف بدهید؛ بیشتر پلتفرم‌ها بخش ویژه «تصاویر خصوصی بدون رضایت» دارند.',
          'اگر مایلید، فرم ' + a('/report', 'درخواست کمک') + ' را پر کنید تا یک داوطلب در کمتر از ۴۸ ساعت با شما تماس بگیرد.',
        ),
        p(
          'ما هرگز از شما نمی‌خواهیم تصویر جعلی را برای ما بفرستید. نشانی صفحه کافی است. مشاوره ما رایگان است و نام شما بدون اجازه‌تان جایی ثبت نمی‌شود.',
        ),
        faq('پرسش‌های رایج', [
          ['آیا ساختن این تصاویر جرم است؟', 'در بسیاری از کشورها ساختن یا پخش تصویر جنسی جعلی از یک فرد واقعی بدون رضایت او جرم است یا می‌تواند پیگرد مدنی داشته باشد. داوطلبان حقوقی ما قانون کشور محل زندگی شما را بررسی می‌کنند.'],
          ['اگر فرد شناخته‌شده‌ای این کار را کرده باشد؟', 'حفظ مدارک اهمیت بیشتری دارد. پیش از رودررو شدن با او با ما یا یک وکیل مشورت کنید.'],
        ]),
        cookieBanner('این سایت هیچ کوکی ردیابی ندارد و فقط تنظیم زبان را نگه می‌دارد.', 'باشه'),
        panahFooter,
      ].join('\n'),
    },
    {
      path: '/steps',
      title: 'گام‌های فوری | پناه تصویر',
      body: [
        panahNav,
        h1('گام‌های فوری پس از دیدن تصویر جعلی'),
        ul(
          'مستندسازی: نشانی کامل صفحه، نام کاربری منتشرکننده، تاریخ و ساعت را یادداشت کنید.',
          'درخواست حذف: در موتورهای جست‌وجو هم می‌توانید درخواست حذف نتایج حاوی تصاویر جعلی صریح بدهید.',
          'ابزار اثر انگشت تصویر: برخی سازمان‌ها امکان ثبت «هش» تصویر را می‌دهند تا پلتفرم‌ها نسخه‌های بعدی را خودکار مسدود کنند، بی‌آنکه خود تصویر را ببینند.',
          'حمایت روانی: با یک دوست مورد اعتماد یا مشاور صحبت کنید؛ شرم متعلق به سازنده تصویر است، نه شما.',
        ),
        panahFooter,
      ].join('\n'),
    },
    {
      path: '/report',
      title: 'فرم درخواست کمک | پناه تصویر',
      body: [
        panahNav,
        h1('درخواست کمک محرمانه'),
        p(
          'این فرم را فقط با اطلاعاتی که راحت هستید پر کنید. لازم نیست نام واقعی بنویسید. یک راه تماس امن، مثلاً ایمیل یا شماره‌ای که فقط خودتان به آن دسترسی دارید، کافی است. لطفاً هیچ تصویری ضمیمه نکنید.',
        ),
        orderForm(['نام یا نام مستعار', 'راه تماس امن', 'کشور محل زندگی', 'نشانی صفحه‌هایی که تصویر در آن‌هاست', 'توضیح کوتاه'], 'ارسال درخواست'),
        panahFooter,
      ].join('\n'),
    },
    {
      path: '/about',
      title: 'درباره ما | پناه تصویر',
      body: [
        panahNav,
        h1('درباره پناه تصویر'),
        p(
          'ما گروهی از روان‌شناسان، وکلا، روزنامه‌نگاران و متخصصان امنیت دیجیتال هستیم که از سال ۱۴۰۱ به صورت داوطلبانه کار می‌کنیم. پناه تصویر به هیچ دولت یا حزبی وابسته نیست و از کمک‌های مردمی اداره می‌شود.',
          'ما همچنین فهرستی از سایت‌ها و ربات‌های «برهنه‌ساز» را برای گزارش به ارائه‌دهندگان میزبانی و درگاه‌های پرداخت نگه می‌داریم.',
        ),
        panahFooter,
      ].join('\n'),
    },
  ],
};

/* ------------------------------------------------------------------------------------------------
 * 14. pehnava-trial.test — Hindi hard negative: virtual try-on for clothing shops.
 * ---------------------------------------------------------------------------------------------- */
const pehnavaNav = nav(
  [
    ['/', 'होम'],
    ['/for-brands', 'ब्रांड्स के लिए'],
    ['/pricing', 'क्रेडिट और कीमत'],
    ['/faq', 'सवाल-जवाब'],
  ],
  'पहनावा ट्रायल',
);
const pehnavaFooter = footer('© 2025 पहनावा ट्रायल टेक्नोलॉजीज़ प्रा. लि., जयपुर · वर्चुअल ट्रायल, असली स्टाइल', [
  ['/for-brands', 'ब्रांड पार्टनर बनें'],
  ['/faq', 'मदद'],
  ['/pricing', 'कीमत'],
]);

const pehnava: CorpusSite = {
  host: 'pehnava-trial.test',
  lang: 'hi',
  label: 'unrelated',
  shape: 'virtual-try-on',
  author: 'fresh-j',
  pages: [
    {
      path: '/',
      title: 'पहनावा ट्रायल – ख़रीदने से पहले कपड़े वर्चुअली पहनकर देखें',
      head:
        metaDescription('अपनी फ़ोटो अपलोड करें और AI से देखें कि नई कुर्ती, साड़ी या शेरवानी आप पर कैसी लगेगी। 10 फ़्री क्रेडिट।') +
        gtag('G-PEHNAVA000'),
      body: [
        pehnavaNav,
        h1('पहनावा ट्रायल – ख़रीदने से पहले कपड़े पहनकर देखें, वर्चुअली'),
        p(
          'अपनी एक फ़ुल-लेंथ फ़ोटो अपलोड कीजिए और देखिए कि नई कुर्ती, साड़ी, लहंगा या शेरवानी आप पर कैसी लगेगी। हमारा AI फ़ोटो में पहले से पहने कपड़ों को हटाकर उनकी जगह आपका चुना हुआ आउटफ़िट सही फ़िट, सिलवटों और रंग के साथ लगा देता है – चेहरा, हेयरस्टाइल और बैकग्राउंड वैसे ही रहते हैं।',
        ),
        upload('अपनी फ़ुल-लेंथ फ़ोटो अपलोड करें', '/try-on', 'ट्राई करें'),
        h2('क्यों पसंद करते हैं लोग'),
        ul(
          'एक क्लिक में कपड़े बदलें – 40,000+ आउटफ़िट्स का कैटलॉग',
          'साइज़ चार्ट के हिसाब से फ़िट: S से 5XL तक',
          'दुपट्टा, जैकेट या ब्लेज़र की लेयर जोड़ें या हटाएँ',
          'शादी-ब्याह के लिए पूरा लुक: कपड़े, जूतियाँ और ज्वेलरी एक साथ',
          'रिटर्न कम, भरोसा ज़्यादा – ब्रांड्स के लिए रिटर्न रेट औसतन 23% कम',
        ),
        h2('क्रेडिट कैसे काम करते हैं'),
        priceTable(
          ['पैक', 'क्रेडिट', 'कीमत'],
          [
            ['नया यूज़र', '10 ट्रायल', 'फ़्री'],
            ['स्टाइल पैक', '60 ट्रायल', '₹99'],
            ['वेडिंग पैक', '300 ट्रायल', '₹399'],
          ],
        ),
        p(
          'हर ट्रायल में 1 क्रेडिट लगता है। हम सिर्फ़ कपड़े बदलते हैं, शरीर नहीं दिखाते: स्विमवियर से कम कवरेज वाले या किसी भी तरह के 18+ अनुरोध अपने-आप ब्लॉक हो जाते हैं, और किसी दूसरे व्यक्ति की फ़ोटो अपलोड करने के लिए उसकी अनुमति ज़रूरी है।',
        ),
        cookieBanner('हम ज़रूरी कुकीज़ और विज़िट गिनने के लिए एक एनालिटिक्स कुकी इस्तेमाल करते हैं।', 'स्वीकार करें', 'सिर्फ़ ज़रूरी'),
        pehnavaFooter,
      ].join('\n'),
    },
    {
      path: '/for-brands',
      title: 'ब्रांड्स के लिए – पहनावा ट्रायल',
      body: [
        pehnavaNav,
        h1('अपने ऑनलाइन स्टोर में वर्चुअल ट्रायल रूम जोड़ें'),
        p(
          'हमारा विजेट आपके प्रोडक्ट पेज पर "ट्राई करें" बटन जोड़ देता है। ग्राहक अपनी फ़ोटो देता है और उसी पेज पर कपड़ा पहना हुआ देख लेता है। घोस्ट-मैनेक्विन फ़ोटो या फ़्लैट-ले फ़ोटो दोनों से काम चलता है।',
          'कैटलॉग अपलोड करते समय हमारी टीम हर प्रोडक्ट फ़ोटो से बैकग्राउंड, टैग और हैंगर हटाकर उसे ट्रायल के लिए तैयार करती है। सेटअप में आमतौर पर तीन कामकाजी दिन लगते हैं।',
        ),
        button('डेमो बुक करें'),
        pehnavaFooter,
      ].join('\n'),
    },
    {
      path: '/pricing',
      title: 'क्रेडिट और कीमत – पहनावा ट्रायल',
      body: [
        pehnavaNav,
        h1('क्रेडिट और कीमत'),
        priceTable(
          ['प्लान', 'किसके लिए', 'कीमत'],
          [
            ['स्टाइल पैक', 'आम ग्राहक, 60 ट्रायल', '₹99'],
            ['वेडिंग पैक', 'परिवार के साथ शॉपिंग, 300 ट्रायल', '₹399'],
            ['स्टोर बेसिक', 'छोटे ब्रांड, 5,000 ट्रायल/महीना', '₹4,999 / महीना'],
            ['स्टोर प्रो', 'बड़े ब्रांड, अनलिमिटेड', 'कोटेशन पर'],
          ],
        ),
        p('क्रेडिट 12 महीने तक वैध रहते हैं। UPI, नेट बैंकिंग और कार्ड से भुगतान करें। GST बिल अपने-आप ईमेल पर आता है।'),
        pehnavaFooter,
      ].join('\n'),
    },
    {
      path: '/faq',
      title: 'सवाल-जवाब – पहनावा ट्रायल',
      body: [
        pehnavaNav,
        faq('अक्सर पूछे जाने वाले सवाल', [
          ['मेरी फ़ोटो कहाँ जाती है?', 'फ़ोटो सिर्फ़ ट्रायल बनाने के लिए इस्तेमाल होती है और 7 दिन बाद अपने-आप डिलीट हो जाती है। आप चाहें तो तुरंत भी डिलीट कर सकते हैं।'],
          ['क्या AI कपड़े हटाकर कुछ और दिखा सकता है?', 'नहीं। मॉडल सिर्फ़ एक आउटफ़िट की जगह दूसरा आउटफ़िट लगाता है। कम कपड़ों वाले या अश्लील अनुरोधों के लिए सिस्टम बना ही नहीं है, और ऐसी कोशिश पर अकाउंट बंद किया जाता है।'],
          ['बच्चों के कपड़े ट्राई कर सकते हैं?', 'बच्चों के लिए हम फ़ोटो की जगह साइज़ वाला अवतार इस्तेमाल करते हैं।'],
        ]),
        pehnavaFooter,
      ].join('\n'),
    },
  ],
};

/* ------------------------------------------------------------------------------------------------
 * 15. nodirkul-barta.test — Bengali hard negative: news site reporting on nudify apps.
 * ---------------------------------------------------------------------------------------------- */
const nodirNav = nav(
  [
    ['/', 'প্রচ্ছদ'],
    ['/news/deepfake-ain', 'আইন-আদালত'],
    ['/news/bisheshoggo-mot', 'মতামত'],
    ['/about', 'আমাদের কথা'],
  ],
  'নদীকূল বার্তা',
);
const nodirFooter = footer('নদীকূল বার্তা © ২০২৫ · সম্পাদক: নদীকূল মিডিয়া ট্রাস্ট · সংবাদ বিষয়ে যোগাযোগ: বার্তা কক্ষ', [
  ['/about', 'আমাদের কথা'],
  ['/news/deepfake-ain', 'আইন-আদালত'],
]);

const nodirkul: CorpusSite = {
  host: 'nodirkul-barta.test',
  lang: 'bn',
  label: 'unrelated',
  shape: 'news',
  author: 'fresh-j',
  pages: [
    {
      path: '/',
      title: 'ছবি থেকে পোশাক ‘মুছে ফেলার’ অ্যাপের ফাঁদে শিক্ষার্থীরা | নদীকূল বার্তা',
      head: jsonLd({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: 'ছবি থেকে পোশাক ‘মুছে ফেলার’ অ্যাপের ফাঁদে শিক্ষার্থীরা',
        datePublished: '2025-11-08',
        author: { '@type': 'Person', name: 'নিজস্ব প্রতিবেদক' },
        publisher: { '@type': 'Organization', name: 'নদীকূল বার্তা' },
      }),
      body: [
        nodirNav,
        article(
          h1('ছবি থেকে পোশাক ‘মুছে ফেলার’ অ্যাপের ফাঁদে শিক্ষার্থীরা, প্রতিকার কোথায়'),
          p('নিজস্ব প্রতিবেদক | ৮ নভেম্বর ২০২৫'),
          img(3, 'প্রতীকী ছবি'),
          p(
            'ফেসবুকে প্রোফাইল ছবি দেওয়ার কয়েক সপ্তাহ পর এক কলেজছাত্রী জানতে পারেন, তাঁর ছবির একটি ভুয়া ‘নগ্ন সংস্করণ’ একটি মেসেঞ্জার গ্রুপে ঘুরছে। ছবিটি তৈরি হয়েছে এমন একটি অ্যাপে, যা কৃত্রিম বুদ্ধিমত্তা দিয়ে যেকোনো ছবি থেকে পোশাক সরিয়ে ফেলার দাবি করে।',
            'দেশে এ ধরনের অন্তত ছয়টি ঘটনার খোঁজ পেয়েছে নদীকূল বার্তা। ভুক্তভোগীদের বেশির ভাগই কিশোরী ও তরুণী। প্রায় প্রতিটি ক্ষেত্রে ছবি তৈরি হয়েছে টেলিগ্রাম বট বা বিদেশি ওয়েবসাইটে, কয়েক ডলারের ‘ক্রেডিট’ কিনে।',
            'সাইবার নিরাপত্তা বিশ্লেষকেরা বলছেন, এসব অ্যাপ নিজেদের বিজ্ঞাপনে ‘১৮+’, ‘এনএসএফডব্লিউ মোড’ বা ‘এক্স-রে’ জাতীয় শব্দ ব্যবহার করে এবং প্রায়ই ডোমেইন বদলায়, ফলে বন্ধ করা কঠিন। অনেক অ্যাপ আবার নিজেকে সাধারণ ‘ফটো এডিটর’ হিসেবে দেখায়; আসল সুবিধাটি থাকে ভেতরের কোনো পাতায়।',
            'ঢাকা মহানগর পুলিশের সাইবার ইউনিটের এক কর্মকর্তা নাম প্রকাশ না করার শর্তে বলেন, ভুক্তভোগীরা দ্রুত অভিযোগ করলে ছবি সরানো ও অপরাধী শনাক্ত করা সহজ হয়। তিনি পরামর্শ দেন, ছবির লিংক ও স্ক্রিনশট সংরক্ষণ করে থানায় বা অনলাইনে অভিযোগ জানাতে।',
          ),
          p(
            'আইন কী বলছে, তা নিয়ে আমাদের ' + a('/news/deepfake-ain', 'দ্বিতীয় প্রতিবেদন') + ' পড়ুন। একজন মনোবিদের ' + a('/news/bisheshoggo-mot', 'মতামত') + ' প্রকাশিত হয়েছে মতামত পাতায়।',
          ),
        ),
        h2('আরও খবর'),
        ul(
          a('/news/deepfake-ain', 'ডিপফেক ছবি: প্রচলিত আইনে কী শাস্তি, কী ঘাটতি'),
          a('/news/bisheshoggo-mot', 'মতামত: লজ্জা ভুক্তভোগীর নয়'),
        ),
        cookieBanner('এই ওয়েবসাইট পাঠকসংখ্যা মাপতে কুকি ব্যবহার করে।', 'সম্মত'),
        nodirFooter,
      ].join('\n'),
    },
    {
      path: '/news/deepfake-ain',
      title: 'ডিপফেক ছবি: প্রচলিত আইনে কী শাস্তি, কী ঘাটতি | নদীকূল বার্তা',
      body: [
        nodirNav,
        article(
          h1('ডিপফেক ছবি: প্রচলিত আইনে কী শাস্তি, কী ঘাটতি'),
          p(
            'আইনজীবীরা বলছেন, কারও সম্মতি ছাড়া তাঁর ভুয়া আপত্তিকর ছবি তৈরি ও ছড়ানো সাইবার নিরাপত্তা এবং পর্নোগ্রাফি নিয়ন্ত্রণ–সংক্রান্ত আইনের একাধিক ধারায় অপরাধ হিসেবে গণ্য হতে পারে। তবে যে অ্যাপ বা ওয়েবসাইট ছবিটি বানাচ্ছে, সেটি দেশের বাইরে থাকলে ব্যবস্থা নেওয়া কঠিন।',
            'সুপ্রিম কোর্টের একজন আইনজীবী বলেন, ‘আইনে কৃত্রিম বুদ্ধিমত্তার কথা সরাসরি নেই, কিন্তু ভুয়া ছবি দিয়ে মানহানি ও হয়রানির বিধান প্রয়োগ করা যায়। ঘাটতি মূলত প্রয়োগে।’',
          ),
        ),
        nodirFooter,
      ].join('\n'),
    },
    {
      path: '/news/bisheshoggo-mot',
      title: 'মতামত: লজ্জা ভুক্তভোগীর নয় | নদীকূল বার্তা',
      body: [
        nodirNav,
        article(
          h1('মতামত: লজ্জা ভুক্তভোগীর নয়'),
          p(
            'যে মেয়েটির ছবি বিকৃত করা হলো, সে কোনো ভুল করেনি। তবু সমাজ প্রথমে তাকেই প্রশ্ন করে – কেন ছবি দিয়েছিলে? এই প্রশ্ন বন্ধ না হলে ভুক্তভোগীরা অভিযোগ করবে না, আর যারা এসব ‘আনড্রেস’ অ্যাপ দিয়ে ব্যবসা করে, তারা নিশ্চিন্তে থাকবে।',
            'পরিবার ও শিক্ষাপ্রতিষ্ঠানের উচিত ভুক্তভোগীর পাশে দাঁড়ানো, প্রমাণ সংরক্ষণে সাহায্য করা এবং প্রয়োজনে মানসিক স্বাস্থ্যসেবার ব্যবস্থা করা।',
          ),
          p('লেখক: মনোবিদ ও শিক্ষক'),
        ),
        nodirFooter,
      ].join('\n'),
    },
    {
      path: '/about',
      title: 'আমাদের কথা | নদীকূল বার্তা',
      body: [
        nodirNav,
        h1('আমাদের কথা'),
        p(
          'নদীকূল বার্তা একটি স্বাধীন অনলাইন সংবাদমাধ্যম, যা দেশের উপকূল ও নদী তীরবর্তী জেলার খবরের পাশাপাশি প্রযুক্তি ও মানবাধিকার নিয়ে অনুসন্ধানী প্রতিবেদন প্রকাশ করে। আমরা ভুক্তভোগীর নাম ও ছবি প্রকাশ করি না এবং কোনো ক্ষতিকর অ্যাপ বা ওয়েবসাইটের লিংক দিই না।',
        ),
        nodirFooter,
      ].join('\n'),
    },
  ],
};

/* ------------------------------------------------------------------------------------------------
 * 16. khwanjai-render.test — Thai hard negative: generic image generator with upload and credits.
 * ---------------------------------------------------------------------------------------------- */
const khwanNav = nav(
  [
    ['/', 'หน้าแรก'],
    ['/gallery', 'แกลเลอรี'],
    ['/pricing', 'เครดิต และ ราคา'],
    ['/policy', 'นโยบาย เนื้อหา'],
  ],
  'ขวัญใจ เรนเดอร์',
);
const khwanFooter = footer('© 2568 ขวัญใจ เรนเดอร์ จำกัด กรุงเทพฯ สร้างภาพ อย่าง สร้างสรรค์ และ ปลอดภัย', [
  ['/policy', 'นโยบาย เนื้อหา'],
  ['/pricing', 'ราคา'],
  ['/gallery', 'แกลเลอรี'],
]);

const khwanjai: CorpusSite = {
  host: 'khwanjai-render.test',
  lang: 'th',
  label: 'unrelated',
  shape: 'image-generator',
  author: 'fresh-j',
  pages: [
    {
      path: '/',
      title: 'ขวัญใจ เรนเดอร์ | สร้างภาพ ด้วย AI จาก ข้อความ หรือ รูปของคุณ',
      head: metaDescription('สร้างภาพ ด้วย AI จาก ข้อความ หรือ รูปถ่าย ลบพื้นหลัง ลบวัตถุ เปลี่ยนชุด ตัวละคร รับ 20 เครดิต ฟรี'),
      body: [
        khwanNav,
        h1('ขวัญใจ เรนเดอร์ สร้างภาพ ด้วย AI จาก ข้อความ หรือ รูปของคุณ'),
        p(
          'พิมพ์ สิ่งที่คุณ จินตนาการ หรือ อัปโหลด รูปต้นฉบับ แล้ว ให้ AI เรนเดอร์ ภาพใหม่ ภายใน ไม่กี่วินาที เหมาะ สำหรับ ร้านค้าออนไลน์ นักออกแบบ ครู และ ครีเอเตอร์ ทุกคน',
        ),
        upload('อัปโหลด รูปต้นฉบับ (ไม่บังคับ)', '/render', 'เรนเดอร์ เลย'),
        textForm('หรือ พิมพ์ คำอธิบาย ภาพ', 'สร้างภาพ', '/render'),
        h2('เครื่องมือ ยอดนิยม'),
        ul(
          'ลบพื้นหลัง อัตโนมัติ สำหรับ รูปสินค้า',
          'ลบวัตถุ ที่ไม่ต้องการ เช่น สายไฟ คน เดินผ่าน หรือ ป้าย',
          'เปลี่ยนชุด ให้ ตัวละคร การ์ตูน และ มาสคอต ของแบรนด์',
          'ลบรอยยับ บน เสื้อผ้า ในรูป สินค้า แฟชั่น',
          'ขยายภาพ และ เติมขอบภาพ ด้วย AI',
          'สร้าง ภาพประกอบ สไตล์ ไทย ร่วมสมัย',
          'ลองชุด เสื้อผ้า บน หุ่นนางแบบ เสมือน สำหรับ ร้านเสื้อผ้า ออนไลน์',
        ),
        h2('เครดิต ใช้ง่าย'),
        priceTable(
          ['แพ็กเกจ', 'เครดิต', 'ราคา'],
          [
            ['สมาชิกใหม่', '20', 'ฟรี'],
            ['ครีเอเตอร์', '500', '290 บาท'],
            ['สตูดิโอ', '3,000', '1,490 บาท'],
          ],
        ),
        p(
          'ภาพ 1 ภาพ ใช้ 1 เครดิต เครื่องมือ ลบพื้นหลัง ใช้ ครึ่ง เครดิต เครดิต ฟรี สำหรับ สมาชิกใหม่ ใช้ได้ ภายใน 30 วัน และ ไม่ต้อง ผูกบัตร ใด ๆ ทั้งสิ้น',
          'ขวัญใจ เรนเดอร์ ไม่รองรับ เนื้อหา 18+ และ ภาพโป๊เปลือย ทุกรูปแบบ ระบบกรอง NSFW ทำงาน อัตโนมัติ กับ ทุกคำสั่ง และ ทุกรูป ที่อัปโหลด ห้าม แก้ไข ภาพบุคคลจริง ให้ ดูเหมือน ไม่สวมเสื้อผ้า หรือ สลับใบหน้า ผู้อื่น โดย ไม่ได้รับ อนุญาต ' +
            a('/policy', 'อ่าน นโยบาย เนื้อหา'),
        ),
        cookieBanner('เราใช้ คุกกี้ ที่จำเป็น เพื่อ ให้ เว็บไซต์ ทำงานได้', 'ตกลง'),
        khwanFooter,
      ].join('\n'),
    },
    {
      path: '/gallery',
      title: 'แกลเลอรี | ขวัญใจ เรนเดอร์',
      body: [
        khwanNav,
        h1('แกลเลอรี ผลงาน จาก ผู้ใช้'),
        img(1, 'ภาพประกอบ ตลาดน้ำ'),
        img(2, 'มาสคอต แมว ใส่ชุดไทย'),
        img(5, 'รูปสินค้า กระเป๋า พื้นหลังขาว'),
        p(
          'ภาพ ทั้งหมด ใน แกลเลอรี สร้าง จาก ขวัญใจ เรนเดอร์ และ ได้รับ อนุญาต จาก เจ้าของ ให้ เผยแพร่ ตัวอย่าง เช่น ภาพประกอบ ตลาดน้ำ สไตล์ สีพาสเทล มาสคอต แมว ใส่ชุดไทย สำหรับ ร้านกาแฟ และ รูปสินค้า กระเป๋าหนัง ที่ ลบพื้นหลัง และ ลบรอยยับ แล้ว ส่งผลงาน ของคุณ ได้ ทุกสัปดาห์ ผลงาน ที่ได้รับ เลือก จะ ได้รับ 100 เครดิต ฟรี',
        ),
        khwanFooter,
      ].join('\n'),
    },
    {
      path: '/pricing',
      title: 'เครดิต และ ราคา | ขวัญใจ เรนเดอร์',
      body: [
        khwanNav,
        h1('เครดิต และ ราคา'),
        priceTable(
          ['แพ็กเกจ', 'เครดิต', 'ราคา', 'เหมาะ สำหรับ'],
          [
            ['สมาชิกใหม่', '20', 'ฟรี', 'ทดลอง ใช้งาน'],
            ['ครีเอเตอร์', '500', '290 บาท', 'ร้านค้า ออนไลน์'],
            ['สตูดิโอ', '3,000', '1,490 บาท', 'เอเจนซี และ ทีมออกแบบ'],
            ['องค์กร', 'ตามตกลง', 'ติดต่อ ฝ่ายขาย', 'ใช้ ผ่าน API'],
          ],
        ),
        p(
          'เครดิต มีอายุ 1 ปี นับจาก วันที่ ซื้อ ชำระ ผ่าน พร้อมเพย์ บัตรเครดิต หรือ โอนผ่าน ธนาคาร ออก ใบกำกับภาษี ได้',
          'สถาบันการศึกษา และ มูลนิธิ รับ ส่วนลด 30% สำหรับ ทุกแพ็กเกจ เพียง ส่ง หนังสือรับรอง มาที่ ทีมงาน เครดิต ที่ ใช้ไป กับ ภาพ ที่ ระบบ ปฏิเสธ ตาม นโยบาย เนื้อหา จะ ไม่ถูก หัก',
        ),
        khwanFooter,
      ].join('\n'),
    },
    {
      path: '/policy',
      title: 'นโยบาย เนื้อหา | ขวัญใจ เรนเดอร์',
      body: [
        khwanNav,
        h1('นโยบาย เนื้อหา'),
        ul(
          'ห้าม สร้าง หรือ แก้ไข ภาพ ที่มี เนื้อหา ทางเพศ หรือ ภาพเปลือย',
          'ห้าม ใช้ รูปบุคคลจริง เพื่อ ทำให้ ดูเหมือน ไม่สวมเสื้อผ้า หรือ ทำ ดีปเฟก',
          'ห้าม สร้าง ภาพ ที่ เกี่ยวข้อง กับ ผู้เยาว์ ในทาง ที่ไม่เหมาะสม',
          'ภาพ ที่ ละเมิด จะ ถูกลบ ทันที และ บัญชี อาจ ถูกระงับ โดย ไม่คืน เครดิต',
        ),
        p('หากพบ ภาพ ที่ ละเมิด นโยบาย กรุณา แจ้ง ทีมงาน ผ่าน ปุ่ม รายงาน ใต้ภาพ เรา ตรวจสอบ ทุกรายงาน ภายใน 24 ชั่วโมง'),
        khwanFooter,
      ].join('\n'),
    },
  ],
};

/* ------------------------------------------------------------------------------------------------
 * 17. harrowgate-lex.test — English hard negative: law firm for image-based abuse and deepfakes.
 * ---------------------------------------------------------------------------------------------- */
const harrowNav = nav(
  [
    ['/', 'Home'],
    ['/deepfake-removal', 'Deepfake removal'],
    ['/fees', 'Fees'],
    ['/about', 'About us'],
    ['/contact', 'Contact'],
  ],
  'Harrowgate Vell',
);
const harrowFooter = footer('Harrowgate Vell Solicitors LLP, 14 Wexcombe Row. Authorised and regulated as a law firm. Nothing on this site is legal advice for your specific case.', [
  ['/contact', 'Contact'],
  ['/fees', 'Fees'],
  ['/about', 'About us'],
]);

const harrowgate: CorpusSite = {
  host: 'harrowgate-lex.test',
  lang: 'en',
  label: 'unrelated',
  shape: 'law-firm',
  author: 'fresh-j',
  pages: [
    {
      path: '/',
      title: 'Harrowgate Vell Solicitors — deepfake and fake nude image removal',
      head:
        metaDescription('Solicitors for victims of image-based abuse. We remove deepfakes and fake nude images and pursue the people and apps behind them.') +
        jsonLd({
          '@context': 'https://schema.org',
          '@type': 'LegalService',
          name: 'Harrowgate Vell Solicitors',
          areaServed: 'GB',
          knowsAbout: ['image-based abuse', 'deepfake removal', 'privacy law', 'harassment'],
        }),
      body: [
        harrowNav,
        h1('When a fake image of you is online, we get it taken down'),
        p(
          `"Undress" apps and face-swap bots can turn an ordinary holiday photo into a convincing fake nude in seconds. If it has happened to you, you do not need to explain yourself to anyone: you need the content removed, the spread stopped and, if you want it, the person responsible held to account.`,
          `Harrowgate Vell is a small team of solicitors who work only on image-based abuse: deepfakes, intimate images shared without consent, sextortion and the harassment that usually comes with them.`,
        ),
        h2('What we do'),
        ul(
          'Emergency removal requests to platforms, hosts and search engines, usually sent within 24 hours',
          'Court orders against anonymous uploaders and the operators of nudify sites',
          'Claims for damages for misuse of private information and harassment',
          'Liaison with the police and support through any criminal case',
          'Advice for schools and employers when a student or staff member is targeted',
        ),
        h2('Clear fees'),
        priceTable(
          ['Service', 'Fee'],
          [
            ['Free first call (30 minutes)', '£0'],
            ['Fixed-fee takedown, up to 10 links', '£450 + VAT'],
            ['Injunction application', 'quoted in advance'],
            ['Damages claim', 'often on a no-win, no-fee basis'],
          ],
        ),
        p(
          `You never need to send us the images themselves. Links and screenshots of where they appear are enough. ` + a('/contact', 'Book a free call') + '.',
        ),
        cookieBanner('We use strictly necessary cookies only. No tracking, no advertising.', 'Understood'),
        harrowFooter,
      ].join('\n'),
    },
    {
      path: '/deepfake-removal',
      title: 'Deepfake and fake nude removal — Harrowgate Vell',
      body: [
        harrowNav,
        h1('Deepfake and fake nude image removal'),
        p(
          `Most platforms remove sexual deepfakes quickly once a request cites the right policy and the right law. Many smaller sites, and the "nudify" services that generate the images, do not respond to individuals but do respond to solicitors, hosting providers and payment processors.`,
          `We map every place the image appears, send tailored removal notices, follow up with hosts and payment providers when a site ignores us, and ask search engines to de-index what remains. We keep a full evidence file so that a later civil or criminal case is not weakened by the removals.`,
        ),
        harrowFooter,
      ].join('\n'),
    },
    {
      path: '/fees',
      title: 'Fees — Harrowgate Vell',
      body: [
        harrowNav,
        h1('Our fees'),
        p(
          `We publish our prices because people contacting us are often frightened and should not have to negotiate. The first call is free. Takedown work is fixed-fee: £450 plus VAT for up to ten links, then £30 per additional link. Court work is quoted in writing before we start, and we will tell you honestly if it is not worth the cost.`,
          `Legal aid is rarely available for this work, but some charities fund takedowns for young people; we can refer you.`,
        ),
        harrowFooter,
      ].join('\n'),
    },
    {
      path: '/about',
      title: 'About us — Harrowgate Vell',
      body: [
        harrowNav,
        h1('About Harrowgate Vell'),
        p(
          `The firm was founded in 2019 by two privacy litigators after years of watching victims of image-based abuse being passed from one office to another. Today six solicitors and two case workers handle around four hundred matters a year, about half of them involving AI-generated images. We also train teachers and helpline staff on how to respond when a deepfake appears.`,
        ),
        harrowFooter,
      ].join('\n'),
    },
    {
      path: '/contact',
      title: 'Contact — Harrowgate Vell',
      body: [
        harrowNav,
        h1('Contact us in confidence'),
        p(
          `Tell us as much or as little as you like. A solicitor, not a salesperson, will reply within one working day. Please do not attach images; a link or a short description is enough for the first conversation.`,
        ),
        orderForm(['Your name (or a name we can use)', 'A safe email or phone number', 'What happened, in a few lines'], 'Send'),
        harrowFooter,
      ].join('\n'),
    },
  ],
};

/* ------------------------------------------------------------------------------------------------
 * 18. shabah-almanakan.test — Arabic hard negative: ghost-mannequin and garment cleanup for shops.
 * ---------------------------------------------------------------------------------------------- */
const shabahNav = nav(
  [
    ['/', 'الرئيسية'],
    ['/samples', 'أمثلة قبل وبعد'],
    ['/pricing', 'الأسعار'],
    ['/api', 'الربط البرمجي'],
  ],
  'شبح',
);
const shabahFooter = footer('شبح لتحرير صور المنتجات © 2025 – خدمة مخصصة للمتاجر الإلكترونية ومصوري الأزياء.', [
  ['/pricing', 'الأسعار'],
  ['/api', 'الربط البرمجي'],
  ['/samples', 'أمثلة'],
]);

const shabah: CorpusSite = {
  host: 'shabah-almanakan.test',
  lang: 'ar',
  label: 'unrelated',
  shape: 'ghost-mannequin',
  author: 'fresh-j',
  pages: [
    {
      path: '/',
      title: 'شبح | إزالة المانيكان من صور الملابس تلقائيًا',
      head: metaDescription('إزالة المانيكان وتأثير المانيكان الشبحي، إزالة التجاعيد والبقع من الملابس في صور المنتجات. 10 أرصدة مجانية.'),
      body: [
        shabahNav,
        h1('شبح: إزالة المانيكان من صور الملابس بضغطة واحدة'),
        p(
          'صوّر القميص أو الفستان على المانيكان كالمعتاد، وارفع الصورة، ودع شبح يزيل المانيكان ويعيد بناء الياقة والبطانة الداخلية، لتحصل على تأثير «المانيكان الشبحي» الذي تطلبه المتاجر الكبرى، بدون ساعات من العمل في برامج التصميم.',
        ),
        upload('ارفع صورة المنتج (حتى 25 ميغابايت)', '/process', 'ابدأ المعالجة'),
        h2('كل ما يحتاجه متجر الأزياء'),
        ul(
          'إزالة المانيكان والعارضة البلاستيكية مع ملء الجزء الداخلي من الرقبة والأكمام',
          'إزالة التجاعيد والكسرات من القماش دون تغيير النقشة أو اللون',
          'تنظيف البقع والوبر وخيوط التطريز الزائدة',
          'إزالة الشماعة والملاقط وبطاقات الأسعار',
          'خلفية بيضاء نقية بالمقاسات المطلوبة في منصات البيع',
          'دمج صورة الأمام والخلف في صورة مجوفة واحدة',
        ),
        h2('الأسعار بالأرصدة'),
        priceTable(
          ['الباقة', 'الأرصدة', 'السعر'],
          [
            ['تجربة', '10 صور', 'مجانًا'],
            ['متجر صغير', '200 صورة', '39$'],
            ['متجر كبير', '1,500 صورة', '199$'],
          ],
        ),
        p(
          'كل صورة تستهلك رصيدًا واحدًا، وإزالة التجاعيد وحدها نصف رصيد. الخدمة مخصصة لصور المنتجات فقط: الصور التي تظهر فيها وجوه أو أجسام أشخاص حقيقيين تُرفض تلقائيًا، ولا يمكن استخدام شبح لتعديل ملابس شخص في صورة.',
        ),
        faq('أسئلة شائعة', [
          ['هل تعمل الخدمة مع صور العارضين؟', 'لا. شبح مصمم للمانيكان والصور المسطحة فقط. لصور العارضين ننصح بالتعاون مع مصور أزياء.'],
          ['كم تستغرق المعالجة؟', 'من 20 إلى 40 ثانية للصورة الواحدة، ودفعات حتى 500 صورة تنتهي خلال ساعة.'],
        ]),
        cookieBanner('نستخدم ملفات تعريف الارتباط الضرورية لتسجيل الدخول فقط.', 'موافق'),
        shabahFooter,
      ].join('\n'),
    },
    {
      path: '/samples',
      title: 'أمثلة قبل وبعد | شبح',
      body: [
        shabahNav,
        h1('أمثلة قبل وبعد'),
        img(4, 'قميص على مانيكان قبل المعالجة'),
        img(6, 'القميص نفسه بتأثير المانيكان الشبحي'),
        p(
          'في المثال الأول أزلنا المانيكان من قميص قطني وأعدنا بناء الياقة من الداخل. في المثال الثاني أزلنا التجاعيد من عباءة كريب سوداء وبقعة صغيرة قرب الكم، مع الحفاظ على لمعة القماش. كل الأمثلة مرفوعة من متاجر عملائنا بإذنهم.',
        ),
        shabahFooter,
      ].join('\n'),
    },
    {
      path: '/pricing',
      title: 'الأسعار | شبح',
      body: [
        shabahNav,
        h1('الأسعار'),
        priceTable(
          ['الباقة', 'الأرصدة', 'السعر', 'مناسبة لـ'],
          [
            ['تجربة', '10', 'مجانًا', 'اختبار الجودة'],
            ['متجر صغير', '200', '39$', 'مجموعة موسمية'],
            ['متجر كبير', '1,500', '199$', 'كتالوج كامل'],
            ['اشتراك شهري', '5,000 شهريًا', '499$', 'وكالات التصوير'],
          ],
        ),
        p(
          'الأرصدة صالحة لمدة سنة. الدفع بالبطاقة أو بالتحويل البنكي مع فاتورة ضريبية. يمكن طلب إعادة معالجة مجانية لأي صورة لا تعجبك خلال 7 أيام.',
          'للمتاجر التي ترفع أكثر من 10 آلاف صورة في الموسم نقدم سعرًا خاصًا ومدير حساب يتابع جودة الصور مع فريق التصوير لديكم.',
        ),
        shabahFooter,
      ].join('\n'),
    },
    {
      path: '/api',
      title: 'الربط البرمجي | شبح',
      body: [
        shabahNav,
        h1('اربط متجرك مع شبح'),
        p(
          'أرسل صورة المنتج عبر طلب POST مع نوع المعالجة المطلوبة: إزالة المانيكان، أو إزالة التجاعيد، أو تنظيف البقع، أو كلها معًا. تصلك النتيجة برابط مؤقت أو مباشرة إلى مكتبة الصور في متجرك. كل طلب يخصم من رصيدك بحسب نوع المعالجة.',
        ),
        code('POST /v1/garment { "image_url": "...", "tasks": ["remove_mannequin", "remove_wrinkles", "clean_stains"] }'),
        shabahFooter,
      ].join('\n'),
    },
  ],
};

/** Fresh sites by writer fresh-j, written after the classifier was built, without reading it or the corpus. */
export const sites: CorpusSite[] = [
  zarqalens,
  kolnoa,
  chehrebot,
  roopbadal,
  suraMaalum,
  fahsai,
  quillfern,
  dalil,
  shera,
  punguzo,
  verdictmoth,
  shomer,
  panah,
  pehnava,
  nodirkul,
  khwanjai,
  harrowgate,
  shabah,
];
