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
  h1,
  h2,
  h3,
  img,
  jsonLd,
  mediaGrid,
  metaDescription,
  nav,
  ol,
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

const AUTHOR = 'dfk';

const vlNav = nav(
  [
    ['/modes', 'Modes'],
    ['/credits', 'Credits'],
    ['/blog/how-to-pick-a-face-photo', 'Guides'],
    ['/affiliates', 'Affiliates'],
    ['/signin', 'Sign in'],
  ],
  'Velour',
);
const vlFoot = footer('Velour Swap © 2026 · For adults 18+ · You must own or have permission to use every face you upload.', [
  ['/credits?utm_source=footer&utm_medium=link', 'Buy credits'],
  ['/modes', 'Modes'],
  ['/affiliates', 'Earn 30%'],
  ['/legal', 'Legal'],
]);

const okNav = nav(
  [
    ['/templates', '템플릿'],
    ['/pricing', '요금제'],
    ['/faq', '자주 묻는 질문'],
    ['/login', '로그인'],
  ],
  '얼굴바꿔',
);
const okFoot = footer('© 2026 얼굴바꿔 AI · 19세 미만 이용 불가 콘텐츠가 포함되어 있습니다.', [
  ['/terms', '이용약관'],
  ['/pricing?ref=footer', '요금제'],
  ['/faq', '고객센터'],
]);

const hxNav = nav(
  [
    ['/moban', '模板库'],
    ['/jiage', '价格'],
    ['/bangzhu', '帮助中心'],
    ['/denglu', '登录'],
  ],
  '换脸星球',
);
const hxFoot = footer('© 2026 换脸星球 · 部分内容仅限18岁以上用户 · 请勿上传未经授权的照片', [
  ['/bangzhu', '常见问题'],
  ['/jiage?from=footer', '会员价格'],
  ['/xieyi', '用户协议'],
]);

const ccNav = nav(
  [
    ['/plantillas', 'Plantillas'],
    ['/precios', 'Precios'],
    ['/preguntas', 'Preguntas'],
    ['/entrar', 'Entrar'],
  ],
  'CaraCambio',
);
const ccFoot = footer('© 2026 CaraCambio IA · Contenido +18 solo para mayores de edad verificados.', [
  ['/legal', 'Aviso legal'],
  ['/precios?ref=pie', 'Precios'],
  ['/preguntas', 'Ayuda'],
]);

const dtNav = nav(
  [
    ['/', '최신'],
    ['/category', '카테고리'],
    ['/category?sort=popular', '인기'],
    ['/premium', '프리미엄'],
    ['/login', '로그인'],
  ],
  '딥톡TV',
);
const dtFoot = footer('딥톡TV의 모든 영상은 AI로 합성된 패러디 콘텐츠입니다. 19세 이상만 이용할 수 있습니다. © 2026', [
  ['/dmca', 'DMCA 신고'],
  ['/2257', '2257 고지'],
  ['/premium?ref=footer', '프리미엄'],
]);

const akNav = nav(
  [
    ['/', '首页'],
    ['/fenlei', '分类'],
    ['/vip', 'VIP会员'],
    ['/denglu', '登录'],
  ],
  'AI换脸库',
);
const akFoot = footer('本站所有视频均为AI换脸合成作品，仅供18岁以上成年人观看。© 2026 AI换脸库', [
  ['/dmca', 'DMCA投诉'],
  ['/2257', '2257声明'],
  ['/fenlei', '全部分类'],
  ['/vip?src=footer', 'VIP'],
]);

const fwNav = nav(
  [
    ['/anfragen', 'Anfragen'],
    ['/anfragen?typ=bezahlt', 'Bezahlte Anfragen'],
    ['/faker', 'Verifizierte Faker'],
    ['/credits', 'Credits'],
    ['/regeln', 'Regeln'],
    ['/login', 'Einloggen'],
  ],
  'Fake-Werkstatt',
);
const fwFoot = footer('Fake-Werkstatt – Community für KI-Fakes. Nur für Erwachsene. Alle Inhalte sind KI-generiert. © 2026', [
  ['/regeln', 'Forenregeln'],
  ['/credits?ref=footer', 'Credits kaufen'],
  ['/faker', 'Faker werden'],
]);

const hgNav = nav(
  [
    ['/board/request', '합성 요청'],
    ['/board/paid', '유료 요청'],
    ['/verified', '인증 합성러'],
    ['/point', '포인트 충전'],
    ['/rules', '규칙'],
  ],
  '합성갤러리',
);
const hgFoot = footer('합성갤러리 · 모든 게시물은 AI 합성물입니다 · 19세 미만 이용 금지 · © 2026', [
  ['/rules', '운영 규칙'],
  ['/point?ref=footer', '포인트'],
  ['/verified', '인증 신청'],
]);

const gfNav = nav(
  [
    ['/apk-anleitung', 'APK-Download'],
    ['/vip', 'VIP'],
    ['/changelog', 'Neuigkeiten'],
    ['/datenschutz', 'Datenschutz'],
  ],
  'GesichtFlip',
);
const gfFoot = footer('© 2026 GesichtFlip Apps · Erwachsenen-Inhalte erst nach Altersbestätigung · Google Play und App Store sind Marken ihrer Inhaber.', [
  ['/datenschutz', 'Datenschutz'],
  ['/changelog', 'Changelog'],
  ['/apk-anleitung?utm_source=footer', 'App holen'],
]);

const lbNav = nav(
  [
    ['/tarify', 'Тарифы'],
    ['/referal', 'Рефералка'],
    ['/zerkala', 'Зеркала'],
    ['https://t.me/litsomen_bot?start=site', 'Открыть бота'],
  ],
  'ЛицоМен',
);
const lbFoot = footer('ЛицоМен — независимый бот, не связан с Telegram. Паки 18+ только для совершеннолетних. © 2026', [
  ['/tarify', 'Тарифы'],
  ['/zerkala', 'Зеркала'],
  ['https://t.me/litsomen_news', 'Канал новостей'],
]);

const fsNav = nav(
  [
    ['/', 'Студия'],
    ['/otzyvy', 'Отзывы'],
    ['/oplata', 'Цены и оплата'],
    ['/zakaz', 'Заявка'],
  ],
  'ФейкЦех',
);
const fsFoot = footer('ФейкЦех · Заявки только через форму · Оплата только криптовалютой · Связь: Session / Telegram · © 2026', [
  ['/oplata', 'Оплата'],
  ['/zakaz?ref=footer', 'Заявка'],
  ['/otzyvy', 'Отзывы'],
]);

const mdNav = nav(
  [
    ['/features', '機能'],
    ['/templates', 'テンプレート'],
    ['/pricing', '料金'],
    ['/news', 'お知らせ'],
    ['/login', 'ログイン'],
  ],
  'ミライ動画スタジオ',
);
const mdFoot = footer('© 2026 ミライ動画スタジオ株式会社（設立準備中）', [
  ['/pricing?ref=footer', '料金プラン'],
  ['/templates', 'テンプレート'],
  ['/privacy', 'プライバシーポリシー'],
]);

export const sites: CorpusSite[] = [
  {
    host: 'velourswap.test',
    lang: 'en',
    label: 'deepfake',
    shape: 'faceswap-saas',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Velour — after-hours face swap. SFW, Spicy & NSFW modes.',
        head:
          metaDescription('Velour is the face swap studio for grown-ups. Three modes — SFW, Spicy and NSFW — 1080p video swaps, credits from $5.') +
          jsonLd({
            '@context': 'https://schema.org',
            '@type': 'Product',
            name: 'Velour Swap credits',
            description: 'Credit packs for AI face swap videos, including adult templates.',
            offers: { '@type': 'AggregateOffer', lowPrice: '5', highPrice: '59', priceCurrency: 'USD', offerCount: '4' },
            aggregateRating: { '@type': 'AggregateRating', ratingValue: '4.7', reviewCount: '3120' },
          }),
        body:
          vlNav +
          section(
            h1('Face swap, after hours.'),
            p(
              'Most face swap apps stop at memes. Velour doesn’t. Upload a face, pick from thousands of video and photo templates and choose your mode: keep it SFW for the group chat, go Spicy, or switch to NSFW mode for the for-adults-only library. Results in about 40 seconds, in full 1080p.',
            ),
            upload('Upload a face — clear, front-facing, one person', '/swap/new', 'Try 2 free swaps'),
            p('No card needed for your first two swaps. ' + a('/credits?ref=hero', 'Credits start at $5') + '.'),
          ) +
          section(
            h2('Three modes, one upload'),
            h3('SFW'),
            p('Movie scenes, music videos, reaction clips. Free templates rotate weekly.'),
            h3('Spicy'),
            p('Swimwear shoots, club nights, boudoir-style photo sets — suggestive, never explicit. Included with any credit pack.'),
            h3('NSFW'),
            p('Our 18+ video templates shelf with 2,600 clips. Unlocks after a one-time age check. n s f w packs drop every Thursday.'),
          ) +
          section(
            h2('Why people switch to Velour'),
            ul(
              'Faces hold up on side angles and in low light',
              'No daily caps once you buy credits — use them at your own pace',
              'Private by default: renders are visible only to you and auto-delete after 14 days',
              'Discreet billing descriptor',
            ),
          ) +
          blockquote('Tried five of these. Velour is the only one where the face doesn’t melt when the head turns.', 'verified buyer, 4.8★') +
          cookieBanner('Velour uses cookies for sign-in and to remember your mode. We don’t sell your data.', 'OK', 'Settings') +
          vlFoot,
      },
      {
        path: '/modes',
        title: 'Modes — Velour',
        body:
          vlNav +
          h1('Pick your mode') +
          priceTable(
            ['Mode', 'Templates', 'Who can use it', 'Credits per swap'],
            [
              ['SFW', '5,400', 'Everyone with an account', '1 (photo) / 4 (video)'],
              ['Spicy', '1,900', 'Any paid user', '2 / 6'],
              ['NSFW', '2,600', 'Paid users after age check', '3 / 8'],
            ],
          ) +
          p(
            'Switch modes in the top bar of the editor. Your mode is remembered per device. NSFW mode hides itself again after 30 days of inactivity, so you’ll need to confirm your age once more. Spicy packs and NSFW packs can be bought on their own if you only want a themed bundle.',
          ) +
          vlFoot,
      },
      {
        path: '/credits',
        title: 'Credits — Velour',
        head: stripe('pk_test_velour_51abc'),
        body:
          vlNav +
          h1('Credit packs') +
          priceTable(
            ['Pack', 'Credits', 'Price', 'Per credit'],
            [
              ['Taster', '40', '$5', '$0.125'],
              ['Regular', '180', '$19', '$0.105'],
              ['Night Owl', '500', '$39', '$0.078'],
              ['Studio', '900', '$59', '$0.066'],
            ],
          ) +
          p('Credits never expire and can be shared across devices. Every pack unlocks Spicy mode; NSFW mode unlocks with any pack after the age check. Pay by card, Apple Pay or crypto.') +
          button('Buy credits') +
          vlFoot,
      },
      {
        path: '/blog/how-to-pick-a-face-photo',
        title: 'How to pick the perfect face photo — Velour guides',
        body:
          vlNav +
          article(
            h1('How to pick the perfect face photo for a swap'),
            p(
              'The model is only as good as the face you feed it. Use a photo where the face fills at least a third of the frame, eyes open, no sunglasses, even light from the front. Avoid heavy beauty filters: they smear skin texture and the swap looks plastic.',
            ),
            p('Got several photos of the same face? Upload up to five. Velour blends them for a more stable result on side angles, which matters most for longer video templates.'),
          ) +
          vlFoot,
      },
      {
        path: '/affiliates',
        title: 'Affiliate program — Velour',
        body:
          vlNav +
          h1('Earn 30% recurring') +
          p(
            'Send traffic, get paid. Velour pays 30% of every credit purchase your referrals make, for life. Adult traffic welcome — our NSFW mode converts. Payouts weekly in USDT or by wire above $200. Creatives, landing pages and tracking links (?ref=yourname) in the dashboard.',
          ) +
          vlFoot,
      },
    ],
  },

  {
    host: 'eolgul-bakkwo.test',
    lang: 'ko',
    label: 'deepfake',
    shape: 'faceswap-saas',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: '얼굴바꿔 AI | 사진 한 장으로 영상 속 얼굴 바꾸기',
        head: metaDescription('AI 얼굴 바꾸기 서비스. 영상 템플릿 3,000개 이상, 19금 성인 템플릿과 성인 모드 제공. 하루 3회 무료.'),
        body:
          okNav +
          h1('사진 한 장이면 영상 속 주인공이 바뀝니다') +
          p(
            '얼굴바꿔 AI는 브라우저에서 바로 쓰는 딥페이크 얼굴 합성 서비스입니다. 얼굴 사진을 올리고 원하는 영상 템플릿을 고르면, AI가 조명과 표정, 각도까지 맞춰서 자연스러운 영상을 만들어 드립니다. 앱 설치도, 편집 기술도 필요 없습니다.',
          ) +
          upload('얼굴 사진 올리기', '/swap', '지금 바꾸기') +
          h2('얼굴바꿔만의 특징') +
          ul(
            '영화, 뮤직비디오, 밈 등 3,000개 이상의 템플릿',
            '19금 성인 템플릿 — 성인 인증 회원 전용',
            '성인 모드(NSFW 모드) 설정에서 켜고 끄기',
            '매주 업데이트되는 “스파이시 팩”',
            '프리미엄 회원은 1080p 워터마크 없이 저장',
          ) +
          h2('이용 방법') +
          ol('정면 얼굴 사진을 선택하세요. 밝은 곳에서 찍은 사진일수록 좋습니다.', '템플릿을 고르세요. 장르, 길이, 화질로 필터링할 수 있습니다.', '“생성” 버튼을 누르면 평균 40초 안에 완성됩니다.') +
          h2('이용 후기') +
          p('“다른 앱보다 얼굴이 훨씬 자연스러워요. 옆모습도 잘 나옵니다.” — 프리미엄 회원', '“성인 템플릿이 매주 늘어나서 구독 유지 중.” — 익명') +
          cookieBanner('저희는 로그인 유지와 이용 통계를 위해 쿠키를 사용합니다.', '동의', '거부') +
          okFoot,
      },
      {
        path: '/templates',
        title: '템플릿 | 얼굴바꿔 AI',
        body:
          okNav +
          h1('템플릿 둘러보기') +
          p('카테고리별로 템플릿을 찾아보세요. 19금 카테고리는 로그인 후 성인 인증을 마치고 성인 모드를 켠 회원에게만 보입니다.') +
          ul('영화·드라마 — 780개', '댄스·뮤직비디오 — 620개', '웃긴 밈 — 1,050개 (무료)', '19금 성인 템플릿 — 520개 (프리미엄 전용)', '스파이시 팩 — 성인 템플릿 20개 묶음, 별도 구매') +
          p(a('/pricing?ref=templates', '프리미엄으로 모든 템플릿 잠금 해제')) +
          okFoot,
      },
      {
        path: '/pricing',
        title: '요금제 | 얼굴바꿔 AI',
        body:
          okNav +
          h1('요금제') +
          priceTable(
            ['요금제', '가격', '혜택'],
            [
              ['무료', '0원', '하루 3회, 480p, 워터마크'],
              ['베이직', '월 9,900원', '200 크레딧, 1080p, 워터마크 없음'],
              ['프리미엄', '월 24,900원', '800 크레딧, 19금 템플릿, 성인 모드, 스파이시 팩'],
            ],
          ) +
          p('추가 크레딧은 100 크레딧 5,000원부터 구매할 수 있습니다. 신용카드, 카카오페이, 암호화폐 결제를 지원하며 언제든지 해지할 수 있습니다.') +
          okFoot,
      },
      {
        path: '/faq',
        title: '자주 묻는 질문 | 얼굴바꿔 AI',
        body:
          okNav +
          faq('자주 묻는 질문', [
            ['성인 모드는 어떻게 켜나요?', '프리미엄 요금제에 가입한 뒤 성인 인증을 완료하고, 설정 메뉴에서 성인 모드를 켜시면 됩니다.'],
            ['올린 사진은 저장되나요?', '생성 후 72시간이 지나면 자동으로 삭제됩니다.'],
            ['얼굴이 어색하게 나와요.', '정면을 바라보는 밝은 사진을 사용해 주세요. 선글라스나 마스크는 인식률을 떨어뜨립니다.'],
          ]) +
          okFoot,
      },
      {
        path: '/terms',
        title: '이용약관 | 얼굴바꿔 AI',
        body:
          okNav +
          h1('이용약관') +
          p(
            '회원은 만 19세 이상이어야 하며, 업로드하는 모든 사진에 대해 적법한 권한을 가지고 있음을 보증합니다. 생성된 콘텐츠에 대한 책임은 전적으로 회원에게 있습니다. 회사는 약관을 위반한 계정을 사전 통보 없이 정지할 수 있습니다.',
          ) +
          okFoot,
      },
    ],
  },

  {
    host: 'huanlian-xingqiu.test',
    lang: 'zh',
    label: 'deepfake',
    shape: 'faceswap-saas',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: '换脸星球 - AI视频换脸，一张照片就够了',
        jsOnly: true,
        head: metaDescription('换脸星球：在线AI视频换脸，4000+模板，成人模板专区，NSFW模式，每天免费3次。'),
        body:
          hxNav +
          h1('一张照片，秒变视频主角') +
          p(
            '换脸星球是一款在线AI换脸工具，无需下载，打开浏览器就能用。上传一张清晰的正脸照片，选择喜欢的视频模板，AI会自动匹配光线、角度和表情，几十秒就能生成一段自然的换脸视频。',
          ) +
          upload('上传正脸照片', '/huanlian', '立即换脸') +
          h2('为什么选择换脸星球') +
          ul(
            '4000+视频模板，每周更新',
            '成人模板专区：仅限18岁以上认证会员',
            'NSFW模式：在设置中一键开启或关闭',
            '“劲爆包”每周上新，会员免费领取',
            '支持1080p高清导出，会员无水印',
            '侧脸、戴眼镜也能精准识别',
          ) +
          h2('三步完成换脸') +
          p('第一步：上传正脸照片，光线越充足效果越好。第二步：选择模板，可按类型、时长筛选。第三步：点击“生成”，平均40秒出片。') +
          h2('用户评价') +
          p('“比别的软件自然多了，侧脸也不崩。”——年度会员', '“成人专区的模板更新很快，值这个价。”——匿名用户') +
          p(a('/jiage?from=home', '查看会员价格') + ' · ' + a('/moban?from=home', '浏览全部模板')) +
          cookieBanner('本站使用Cookie来保持登录状态并统计访问数据。', '同意', '拒绝') +
          hxFoot,
      },
      {
        path: '/moban',
        title: '模板库 - 换脸星球',
        body:
          hxNav +
          h1('模板库') +
          p('按分类浏览模板。“成人专区”仅对已登录、完成年龄验证并开启NSFW模式的会员显示。') +
          ul('影视片段 — 960个', '舞蹈与MV — 700个', '搞笑表情包 — 1200个（免费）', '成人专区 / 18+视频模板 — 640个（会员专享）', '劲爆包 — 每包20个成人模板，可单独购买') +
          p('小提示：标有“HD”的模板在1080p下人脸更清晰。视频越长，消耗的点数越多。') +
          hxFoot,
      },
      {
        path: '/jiage',
        title: '会员价格 - 换脸星球',
        body:
          hxNav +
          h1('会员价格') +
          priceTable(
            ['套餐', '价格', '权益'],
            [
              ['免费', '¥0', '每天3次，480p，带水印'],
              ['月度会员', '¥39/月', '300点，1080p，无水印，成人模板，NSFW模式'],
              ['年度会员', '¥298/年', '每月500点，全部劲爆包，优先生成'],
            ],
          ) +
          p('点数加购：100点 ¥15。支持支付宝、微信支付、USDT。会员可随时取消自动续费。') +
          hxFoot,
      },
      {
        path: '/bangzhu',
        title: '帮助中心 - 换脸星球',
        body:
          hxNav +
          faq('常见问题', [
            ['如何开启NSFW模式？', '开通会员并完成18岁年龄验证后，在“设置—内容”中打开NSFW模式即可。'],
            ['上传的照片会保存吗？', '照片在生成后72小时内自动删除。'],
            ['换脸效果不自然怎么办？', '请使用光线充足的正脸照片，避免墨镜、口罩和美颜滤镜。'],
            ['可以退款吗？', '已消耗的点数不支持退款，未使用的点数可在7天内申请退款。'],
          ]) +
          hxFoot,
      },
    ],
  },

  {
    host: 'caracambio-ia.test',
    lang: 'es',
    label: 'deepfake',
    shape: 'faceswap-saas',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'CaraCambio IA – Intercambio de caras en vídeo con IA',
        head:
          metaDescription('Cambia caras en vídeos con IA en segundos. Más de 3.000 plantillas, plantillas +18 y modo NSFW para adultos. 3 cambios gratis al día.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'WebApplication', name: 'CaraCambio IA', applicationCategory: 'MultimediaApplication', offers: { '@type': 'Offer', price: '9.90', priceCurrency: 'EUR' } }),
        body:
          ccNav +
          cookieBanner('Usamos cookies propias y de terceros para mantener tu sesión y analizar el tráfico. Puedes aceptarlas o rechazarlas.', 'Aceptar', 'Rechazar') +
          h1('Pon cualquier cara en cualquier vídeo') +
          p(
            'CaraCambio es el generador de deepfakes más fácil de usar en español. Sube una foto de una cara, elige una plantilla de vídeo y nuestra IA hace el resto: ajusta la luz, los gestos y el ángulo fotograma a fotograma. Sin instalar nada, sin saber editar.',
          ) +
          upload('Sube una foto de la cara', '/cambiar', 'Cambiar cara') +
          h2('Todo lo que puedes hacer') +
          ul(
            'Más de 3.000 plantillas: cine, series, música, memes',
            'Plantillas +18 en una sección aparte, solo para adultos verificados',
            'Modo NSFW que activas o desactivas desde tu perfil',
            'Packs picantes nuevos cada semana',
            'Exportación en 1080p sin marca de agua (plan Pro)',
          ) +
          h2('Así de fácil') +
          p('1) Elige una foto de frente y con buena luz. 2) Busca una plantilla por género o duración. 3) Pulsa “Generar” y en menos de un minuto tienes tu vídeo listo para descargar.') +
          h2('Opiniones') +
          p('«La cara queda natural incluso de perfil, flipante.» – Laura, usuaria Pro', '«Los packs picantes valen lo que cuesta el plan.» – usuario anónimo') +
          p(a('/precios?ref=portada', 'Ver planes desde 9,90 €')) +
          ccFoot,
      },
      {
        path: '/plantillas',
        title: 'Plantillas – CaraCambio IA',
        body:
          ccNav +
          h1('Biblioteca de plantillas') +
          p('Explora por categorías. La sección +18 solo aparece si has iniciado sesión, has confirmado tu mayoría de edad y has activado el modo NSFW.') +
          ul('Cine y series – 700 plantillas', 'Baile y videoclips – 540', 'Memes y reacciones – 1.100 (gratis)', 'Solo adultos / +18 – 480 plantillas de vídeo', 'Packs picantes – lotes de 20 plantillas para adultos') +
          p(a('/precios?ref=plantillas', 'Desbloquea todas las plantillas con Pro')) +
          ccFoot,
      },
      {
        path: '/precios',
        title: 'Precios – CaraCambio IA',
        body:
          ccNav +
          h1('Planes y precios') +
          priceTable(
            ['Plan', 'Precio', 'Incluye'],
            [
              ['Gratis', '0 €', '3 cambios al día, 480p, marca de agua'],
              ['Pro', '9,90 €/mes', '250 créditos, 1080p, plantillas +18, modo NSFW'],
              ['Ultra', '24,90 €/mes', '1.000 créditos, 4K, todos los packs picantes'],
            ],
          ) +
          p('Créditos sueltos: 100 por 4,99 €. Un segundo de vídeo en 1080p gasta un crédito. Pago con tarjeta, PayPal, Bizum o cripto. Cancela cuando quieras desde tu perfil.') +
          ccFoot,
      },
      {
        path: '/preguntas',
        title: 'Preguntas frecuentes – CaraCambio IA',
        body:
          ccNav +
          faq('Preguntas frecuentes', [
            ['¿Cómo activo el modo NSFW?', 'Contrata Pro o Ultra, confirma que eres mayor de 18 años y activa el interruptor en Perfil → Contenido.'],
            ['¿Guardáis mis fotos?', 'Las fotos se borran automáticamente a las 72 horas.'],
            ['¿Puedo usar la cara de cualquiera?', 'Solo debes subir fotos sobre las que tengas derechos.'],
          ]) +
          ccFoot,
      },
      {
        path: '/legal',
        title: 'Aviso legal – CaraCambio IA',
        body:
          ccNav +
          h1('Aviso legal') +
          p(
            'CaraCambio IA es un servicio operado por CC Media Ltd. El usuario declara ser mayor de 18 años y es el único responsable del contenido que genera y de contar con el consentimiento de las personas cuya imagen utiliza. Para reclamaciones escriba a legal@caracambio-ia.test.',
          ) +
          ccFoot,
      },
    ],
  },

  {
    host: 'deeptok-tv.test',
    lang: 'ko',
    label: 'deepfake',
    shape: 'tube',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: '딥톡TV - AI 합성 영상 아카이브',
        head: metaDescription('연예인, 스트리머, 인플루언서 AI 합성 영상. 매일 업데이트. 19세 이상 전용.'),
        body:
          ageGate('이 사이트는 AI로 합성된 성인 콘텐츠를 포함하고 있습니다. 만 19세 이상만 입장할 수 있습니다.', '19세 이상입니다 — 입장', '나가기') +
          dtNav +
          textForm('영상 검색', '검색') +
          h1('오늘 올라온 AI 합성 영상') +
          p('편집팀이 매일 새로운 딥페이크 영상을 올립니다. 현재 11,300개 이상, 1080p 및 4K 지원. 최신순, 조회순, 추천순으로 정렬할 수 있습니다.') +
          mediaGrid([
            { title: '걸그룹 멤버 닮은꼴 3편', duration: '11:24', views: '조회수 18.2만', tags: ['연예인', 'AI합성'] },
            { title: '게임 스트리머 야간 방송 편집', duration: '08:12', views: '조회수 9.4만', tags: ['스트리머'] },
            { title: '드라마 여배우 리메이크', duration: '14:03', views: '조회수 22.1만', tags: ['연예인', '배우'] },
            { title: '뷰티 유튜버 합성', duration: '06:47', views: '조회수 7.8만', tags: ['인플루언서'] },
            { title: '아나운서 닮은꼴', duration: '12:30', views: '조회수 15.6만', tags: ['연예인', 'HD'] },
            { title: '먹방 BJ 편집본', duration: '09:55', views: '조회수 6.1만', tags: ['스트리머', 'AI합성'] },
          ]) +
          h2('이번 주 인기 영상') +
          mediaGrid([
            { title: '솔로 가수 무대 더블', duration: '10:40', views: '조회수 104만', tags: ['연예인', '4K'] },
            { title: '저스트채팅 스트리머 합성', duration: '07:33', views: '조회수 67만', tags: ['스트리머'] },
            { title: '피트니스 인플루언서 편집', duration: '08:58', views: '조회수 51만', tags: ['인플루언서'] },
          ]) +
          p('업로드 기능은 없습니다. 모든 영상은 딥톡TV 편집팀이 직접 제작합니다. ' + a('/premium?ref=home', '프리미엄 가입') + '하면 전체 길이 영상을 광고 없이 볼 수 있습니다.') +
          dtFoot,
      },
      {
        path: '/category',
        title: '카테고리 - 딥톡TV',
        body:
          dtNav +
          h1('전체 카테고리') +
          ul(
            a('/tag/연예인', '연예인') + ' — 5,200개',
            a('/tag/스트리머', '스트리머 / BJ') + ' — 2,700개',
            a('/tag/인플루언서', '인플루언서') + ' — 1,900개',
            a('/tag/AI합성', 'AI 합성 (전체)') + ' — 11,300개',
            a('/tag/배우', '배우') + ' — 1,400개',
            a('/tag/4K', '4K 전용') + ' — 820개',
          ) +
          p('카테고리는 편집팀이 직접 분류합니다. 프리미엄 회원은 새 카테고리를 제안할 수 있습니다.') +
          dtFoot,
      },
      {
        path: '/premium',
        title: '프리미엄 - 딥톡TV',
        body:
          dtNav +
          h1('딥톡TV 프리미엄') +
          priceTable(
            ['기간', '가격', '혜택'],
            [
              ['1개월', '19,900원', '전체 길이, 4K, 광고 없음'],
              ['3개월', '49,900원', '1개월 혜택 + 신작 48시간 먼저 보기'],
              ['12개월', '129,000원', '모든 혜택 + 다운로드'],
            ],
          ) +
          p('결제 내역에는 중립적인 이름으로 표시됩니다. 신용카드, 문화상품권, 암호화폐로 결제할 수 있으며 언제든지 해지할 수 있습니다.') +
          dtFoot,
      },
      {
        path: '/dmca',
        title: 'DMCA 신고 - 딥톡TV',
        body:
          dtNav +
          h1('DMCA 및 삭제 요청') +
          p(
            '본 사이트의 영상이 귀하의 저작권을 침해한다고 판단되면 dmca@deeptok-tv.test로 영상 URL, 권리 증빙, 연락처를 보내 주십시오. 접수된 요청은 영업일 기준 10일 이내에 검토하며, 정당한 요청으로 확인되면 해당 콘텐츠를 삭제합니다.',
          ) +
          dtFoot,
      },
      {
        path: '/2257',
        title: '2257 고지 - 딥톡TV',
        body:
          dtNav +
          h1('18 U.S.C. 2257 기록 보관 고지') +
          p(
            '본 사이트의 모든 영상은 인공지능으로 생성되거나 변형된 것입니다. 운영자는 원본 소재의 1차 제작자가 아닙니다. 원본 소재에 등장하는 모든 인물은 촬영 당시 만 18세 이상이었습니다. 필요한 기록은 각 원본 제작자가 보관합니다.',
          ) +
          dtFoot,
      },
    ],
  },

  {
    host: 'aihuanlian-ku.test',
    lang: 'zh',
    label: 'deepfake',
    shape: 'tube',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'AI换脸库 - 明星主播网红AI换脸视频',
        head:
          metaDescription('AI换脸库：每日更新明星、主播、网红AI换脸视频，高清1080p/4K，18岁以上观看。') +
          jsonLd({
            '@context': 'https://schema.org',
            '@type': 'ItemList',
            name: '最新AI换脸视频',
            numberOfItems: 6,
          }),
        body:
          ageGate('本站包含AI合成的成人内容，仅限18岁以上成年人浏览。请确认您已年满18岁。', '我已满18岁，进入', '离开') +
          akNav +
          textForm('搜索视频', '搜索') +
          h1('最新上传') +
          p('本站编辑团队每日更新AI换脸视频，目前收录超过12,000部，支持1080p与4K。可按最新、最热、好评排序。') +
          mediaGrid([
            { title: '女明星红毯同款 第5集', duration: '10:32', views: '21.4万次播放', tags: ['明星', 'AI换脸'] },
            { title: '游戏主播深夜直播 剪辑', duration: '07:48', views: '9.7万次播放', tags: ['主播'] },
            { title: '偶像团体成员 相似脸', duration: '13:15', views: '30.2万次播放', tags: ['明星', '4K'] },
            { title: '美妆网红 换脸版', duration: '06:20', views: '8.3万次播放', tags: ['网红'] },
            { title: '电视剧女演员 重制', duration: '11:58', views: '17.9万次播放', tags: ['明星', '演员'] },
            { title: '户外主播 第2部', duration: '09:09', views: '5.6万次播放', tags: ['主播', 'AI换脸'] },
          ]) +
          h2('本周热门') +
          mediaGrid([
            { title: '歌手巡演 同款脸', duration: '12:44', views: '118万次播放', tags: ['明星'] },
            { title: '聊天主播 换脸合集', duration: '15:02', views: '86万次播放', tags: ['主播', 'VIP'] },
            { title: '健身网红 剪辑', duration: '08:36', views: '59万次播放', tags: ['网红'] },
          ]) +
          p('本站不提供上传功能。' + a('/vip?src=home', '开通VIP') + '即可观看完整版、无广告、抢先看。') +
          akFoot,
      },
      {
        path: '/fenlei',
        title: '全部分类 - AI换脸库',
        body:
          akNav +
          h1('全部分类') +
          ul(
            a('/tag/明星', '明星') + '（5,800部）',
            a('/tag/主播', '主播') + '（3,100部）',
            a('/tag/网红', '网红') + '（2,400部）',
            a('/tag/演员', '演员') + '（1,600部）',
            a('/tag/AI换脸', 'AI换脸（全部）') + '（12,000+部）',
            a('/tag/4K', '4K专区') + '（900部）',
          ) +
          p('所有分类均由编辑人工整理。VIP会员可以在会员中心提交新分类建议，每月票选前三名将开设专区。') +
          akFoot,
      },
      {
        path: '/vip',
        title: 'VIP会员 - AI换脸库',
        body:
          akNav +
          h1('开通VIP') +
          priceTable(
            ['套餐', '价格', '权益'],
            [
              ['月卡', '¥49', '完整版、4K、无广告'],
              ['季卡', '¥119', '月卡权益 + 新片提前48小时'],
              ['年卡', '¥368', '全部权益 + 下载'],
            ],
          ) +
          p('支持USDT、支付宝代付和点卡。账单显示为中性名称，保护您的隐私。到期不自动续费。') +
          akFoot,
      },
      {
        path: '/dmca',
        title: 'DMCA投诉 - AI换脸库',
        body:
          akNav +
          h1('DMCA 版权投诉') +
          p(
            '如您认为本站某视频侵犯了您的版权，请将视频链接、权利证明及联系方式发送至 dmca@aihuanlian-ku.test。我们通常会在10个工作日内处理，确认属实后将删除相关内容。',
          ) +
          akFoot,
      },
      {
        path: '/2257',
        title: '2257声明 - AI换脸库',
        body:
          akNav +
          h1('18 U.S.C. 2257 记录保存声明') +
          p(
            '本站所有视频内容均由人工智能生成或修改。本站运营方并非任何原始素材的主要制作者。原始素材中出现的所有人物在拍摄时均已年满18周岁。相关记录由各原始素材制作方保存。',
          ) +
          akFoot,
      },
    ],
  },

  {
    host: 'fakewerkstatt-board.test',
    lang: 'de',
    label: 'deepfake',
    shape: 'request-board',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Fake-Werkstatt – Forum für KI-Fakes und Deepfake-Anfragen',
        head: metaDescription('Deutschsprachige Community für KI-Fakes: Deepfake-Anfragen stellen, Credits bieten, verifizierte Faker finden. Ab 18.'),
        body:
          fwNav +
          ageGate('Dieses Forum enthält KI-generierte Inhalte für Erwachsene. Bitte bestätige, dass du mindestens 18 Jahre alt bist.', 'Ich bin 18+', 'Zurück') +
          h1('Willkommen in der Fake-Werkstatt') +
          p(
            'Die Fake-Werkstatt ist das größte deutschsprachige Forum für KI-Fakes. Hier stellst du Deepfake-Anfragen zu Promis, Streamerinnen und Influencerinnen, bietest Credits als Belohnung und unsere verifizierten Faker liefern. Kostenlose Anfragen werden bearbeitet, wenn sich jemand findet – bezahlte Anfragen haben Vorrang.',
          ) +
          h2('Unterforen') +
          ul(
            a('/anfragen', 'Anfragen') + ' – 7.140 Themen',
            a('/anfragen?typ=bezahlt', 'Bezahlte Anfragen (Credits)') + ' – 1.860 Themen',
            a('/galerie', 'Galerie') + ' – fertige Fakes, nach Kategorie sortiert',
            a('/technik', 'Technik & Tutorials') + ' – Facesets, Modelle, Hardware',
          ) +
          h2('Aktuelle Themen') +
          ul(
            '[BEZAHLT 600 Cr] Moderatorin aus dem Vorabendprogramm, 2 Minuten, 1080p',
            '[ANFRAGE] Live-Streamerin (Just Chatting), Faceset im Anhang',
            '[BEZAHLT 1.500 Cr] Schlagersängerin, 4K, nur verifizierte Faker',
            '[ERLEDIGT] Fitness-Influencerin – danke an den Faker!',
            '[ANFRAGE] Schauspielerin aus einer Krimiserie, gern mehrere Szenen',
          ) +
          h2('Neu hier?') +
          p('Registrieren, Regeln lesen, erste Anfrage stellen. Wer selbst faken kann, bewirbt sich nach 20 Lieferungen als verifizierter Faker und verdient Credits.') +
          p('Mitglieder: 23.870 · Verifizierte Faker: 71 · Diesen Monat ausgezahlt: 640.000 Credits · Gerade online: 412') +
          textForm('Forum durchsuchen', 'Suchen', '/suche') +
          fwFoot,
      },
      {
        path: '/anfragen',
        title: 'Anfragen – Fake-Werkstatt',
        body:
          fwNav +
          h1('Anfragen') +
          p('Vor dem Posten bitte die Regeln lesen. Präfix [ANFRAGE] für kostenlose, [BEZAHLT] mit Credit-Betrag für bezahlte Anfragen. Mindestens 30 gute Gesichtsfotos anhängen, keine Klarnamen im Titel.') +
          ul(
            '[BEZAHLT 400 Cr] Wetterfee, kurzer Clip reicht · 9 Antworten',
            '[ANFRAGE] Streamerin, die Horror-Games spielt · 4 Antworten',
            '[BEZAHLT 900 Cr] Zwei Influencerinnen im selben Clip · 17 Antworten',
            '[ANFRAGE] Sportmoderatorin · 2 Antworten',
          ) +
          textForm('Titel deiner Anfrage', 'Anfrage erstellen', '/anfragen/neu') +
          fwFoot,
      },
      {
        path: '/faker',
        title: 'Verifizierte Faker – Fake-Werkstatt',
        body:
          fwNav +
          h1('Verifizierte Faker') +
          p(
            'Verifizierte Faker haben mindestens 20 angenommene Anfragen mit über 90 % positiver Bewertung geliefert. Sie tragen ein grünes Abzeichen, dürfen einen Mindestbetrag festlegen und werden in der Bestenliste geführt. Bewerbung per PN an das Team mit drei Arbeitsproben.',
          ) +
          ol('Gesichtsschmied – 288 Lieferungen', 'render_rudi – 241 Lieferungen', 'KI_Klaus – 199 Lieferungen') +
          fwFoot,
      },
      {
        path: '/credits',
        title: 'Credits – Fake-Werkstatt',
        body:
          fwNav +
          h1('Credits kaufen') +
          p('Mit Credits bezahlst du Anfragen. Der Betrag wird treuhänderisch gehalten und erst freigegeben, wenn du die Lieferung annimmst.') +
          priceTable(
            ['Paket', 'Preis'],
            [
              ['500 Credits', '9 €'],
              ['1.500 Credits', '24 €'],
              ['5.000 Credits', '69 €'],
            ],
          ) +
          p('Zahlung per Bitcoin, Litecoin, USDT oder Paysafecard. Faker können Credits wöchentlich zu 80 % auszahlen lassen.') +
          cryptoCheckout() +
          fwFoot,
      },
      {
        path: '/regeln',
        title: 'Forenregeln – Fake-Werkstatt',
        body:
          fwNav +
          h1('Forenregeln') +
          ol(
            'Zugang nur ab 18 Jahren.',
            'Nichts mit Minderjährigen. Sofortiger Bann.',
            'Nur öffentliche Personen: Promis, Streamerinnen, Influencerinnen. Keine Privatpersonen.',
            'Keine Klarnamen in Thementiteln.',
            'Bezahlte Anfragen nennen den Credit-Betrag im Titel.',
            'Bei Streit entscheidet das Team endgültig.',
            'Wer Lieferungen weiterverkauft oder Credits betrügt, fliegt.',
            'Ein Konto pro Person, Zweitkonten werden gesperrt.',
          ) +
          fwFoot,
      },
    ],
  },

  {
    host: 'hapseong-gallery.test',
    lang: 'ko',
    label: 'deepfake',
    shape: 'request-board',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: '합성갤러리 - AI 합성 요청 커뮤니티',
        head: metaDescription('연예인·스트리머 AI 합성 요청 게시판. 포인트 유료 요청, 인증 합성러 제도. 19세 이상 전용.'),
        body:
          hgNav +
          h1('합성갤러리에 오신 것을 환영합니다') +
          p(
            '합성갤러리는 연예인, 스트리머, 인플루언서 AI 합성(딥페이크) 요청과 작품을 공유하는 커뮤니티입니다. 무료 요청은 합성러가 여유 있을 때 처리되고, 포인트를 건 유료 요청은 인증 합성러가 우선적으로 작업합니다.',
          ) +
          h2('게시판') +
          ul(
            a('/board/request', '합성 요청 (무료)') + ' · 글 8,420개',
            a('/board/paid', '유료 요청 (포인트)') + ' · 글 2,130개',
            a('/board/works', '작품 게시판') + ' · 완성된 AI 합성물',
            a('/board/tech', '기술 게시판') + ' · 얼굴 소스 모으는 법, 모델 학습',
          ) +
          h2('인기 요청글') +
          ul(
            '[유료 500P] 걸그룹 메인보컬 느낌, 1080p, 소스 40장',
            '[요청] 게임 방송 스트리머, 얼굴 소스 첨부',
            '[유료 1,200P] 드라마 여배우, 4K, 인증 합성러만',
            '[완료] 뷰티 인플루언서 요청 — 합성러님 감사합니다',
          ) +
          p('회원 수 31,200명 · 인증 합성러 88명 · 이번 달 지급 포인트 720,000P') +
          ageGate('이 게시판은 성인용 AI 합성물을 포함합니다. 만 19세 이상입니까?', '예, 입장합니다', '아니요') +
          hgFoot,
      },
      {
        path: '/board/paid',
        title: '유료 요청 - 합성갤러리',
        body:
          hgNav +
          h1('유료 요청 (포인트)') +
          p('요청할 때 건 포인트는 운영진이 보관하고, 결과물을 승인하면 합성러에게 지급됩니다. 얼굴 소스는 30장 이상 첨부해 주세요. 제목에 실명은 쓰지 마세요.') +
          ul('[800P] 먹방 스트리머, 소스 50장 · 댓글 12', '[300P] 인스타 인플루언서, 짧아도 OK · 댓글 5', '[2,000P] 솔로 가수, 4K, 비공개 전달 희망 · 댓글 27', '[600P] 스포츠 아나운서, 1080p · 댓글 8') +
          textForm('요청 제목', '요청 올리기', '/board/paid/write') +
          hgFoot,
      },
      {
        path: '/verified',
        title: '인증 합성러 - 합성갤러리',
        body:
          hgNav +
          h1('인증 합성러 제도') +
          p(
            '승인된 납품 20건 이상, 만족도 90% 이상인 합성러는 인증 배지를 신청할 수 있습니다. 인증 합성러는 최소 요청 포인트를 직접 정할 수 있고 랭킹에 노출됩니다. 작품 샘플 3개를 운영진에게 쪽지로 보내 신청하세요.',
          ) +
          ol('합성장인 — 납품 305건', 'deep_kim — 납품 244건', '픽셀마법사 — 납품 190건') +
          hgFoot,
      },
      {
        path: '/point',
        title: '포인트 충전 - 합성갤러리',
        body:
          hgNav +
          h1('포인트 충전') +
          priceTable(
            ['포인트', '가격'],
            [
              ['1,000P', '12,000원'],
              ['3,000P', '33,000원'],
              ['10,000P', '99,000원'],
            ],
          ) +
          p('결제는 비트코인, USDT, 문화상품권으로 가능합니다. 인증 합성러는 받은 포인트를 매주 환전할 수 있습니다(수수료 20%).') +
          hgFoot,
      },
      {
        path: '/rules',
        title: '운영 규칙 - 합성갤러리',
        body:
          hgNav +
          h1('운영 규칙') +
          ol(
            '만 19세 미만은 이용할 수 없습니다.',
            '미성년자와 관련된 요청·게시물은 절대 금지, 즉시 영구 차단합니다.',
            '요청 대상은 연예인, 스트리머, 인플루언서 등 공인만 가능합니다. 일반인 요청 금지.',
            '제목에 실명을 쓰지 마세요.',
            '유료 요청은 포인트를 제목에 명시하세요.',
          ) +
          hgFoot,
      },
    ],
  },

  {
    host: 'gesichtflip-app.test',
    lang: 'de',
    label: 'deepfake',
    shape: 'app-landing',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'GesichtFlip – die Face-Swap-App. Jetzt als APK & im Store',
        head:
          metaDescription('GesichtFlip: Gesichtstausch-App mit 3 kostenlosen Swaps am Tag, Wochen-VIP und Erwachsenen-Modus. APK-Download oder Store.') +
          jsonLd({
            '@context': 'https://schema.org',
            '@type': 'MobileApplication',
            name: 'GesichtFlip',
            operatingSystem: 'Android, iOS',
            softwareVersion: '2.4.1',
            aggregateRating: { '@type': 'AggregateRating', ratingValue: '4.5', ratingCount: '9410' },
          }),
        body:
          gfNav +
          section(
            img(5, 'GesichtFlip auf drei Handys'),
            h1('Flip dein Gesicht in jedes Video.'),
            p('Neu: Version 2.4 mit schnellerem Rendering und 600 neuen Vorlagen. Kostenlos laden, sofort loslegen – drei Swaps am Tag gehen aufs Haus.'),
            storeBadges('/download/gesichtflip.apk'),
            p('Kein Store? Kein Problem: ' + a('/apk-anleitung?ref=hero', 'So installierst du die APK in 60 Sekunden') + '.'),
          ) +
          section(
            h2('Zum Startbildschirm hinzufügen'),
            p(
              'Auf dem iPhone funktioniert GesichtFlip auch ohne App Store: Seite in Safari öffnen, „Teilen“ antippen, „Zum Home-Bildschirm“ wählen. Die Web-App startet dann wie eine normale App, mit allen Funktionen inklusive Erwachsenen-Modus.',
            ),
          ) +
          section(
            h2('Gratis vs. VIP'),
            priceTable(
              ['', 'Gratis', 'Wochen-VIP'],
              [
                ['Swaps', '3 pro Tag', 'unbegrenzt'],
                ['Qualität', '720p', '1080p / 4K'],
                ['Wasserzeichen', 'ja', 'nein'],
                ['18+-Vorlagen & Erwachsenen-Modus', '–', 'freigeschaltet'],
                ['Spicy-Pakete', '–', 'jede Woche neu'],
              ],
            ),
            p(a('/vip?ref=vergleich', 'Wochen-VIP für 5,49 € holen') + ' · ' + a('/vip?ref=vergleich_jahr', 'oder Jahres-VIP sparen')),
          ) +
          section(
            h2('Was andere sagen'),
            p('„Hab alle Swap-Apps durch, die hier ist am schnellsten.“ (Play-Bewertung, 5 Sterne)', '„Der Erwachsenen-Modus ist gut versteckt, aber wenn man ihn einmal gefunden hat … top.“ (4 Sterne)'),
          ) +
          gfFoot,
      },
      {
        path: '/apk-anleitung',
        title: 'APK installieren – GesichtFlip',
        body:
          gfNav +
          h1('APK installieren – Schritt für Schritt') +
          p('Die Store-Version ist jugendfrei. Alle Funktionen, auch der Erwachsenen-Modus, gibt es nur in der Voll-APK oder in der Web-App.') +
          ol(
            'APK herunterladen (58 MB, Android 8 oder neuer).',
            'Beim ersten Öffnen fragt Android nach der Erlaubnis „Unbekannte Apps installieren“ – für deinen Browser erlauben.',
            'Datei antippen, „Installieren“ wählen.',
            'App öffnen, mit Google oder E-Mail anmelden – fertig. Updates kommen automatisch in der App.',
          ) +
          storeBadges('/download/gesichtflip-voll-2.4.1.apk') +
          gfFoot,
      },
      {
        path: '/vip',
        title: 'VIP – GesichtFlip',
        body:
          gfNav +
          h1('VIP werden') +
          priceTable(
            ['Abo', 'Preis', 'Vorteile'],
            [
              ['Wochen-VIP', '5,49 € / Woche', 'Unbegrenzte Swaps, Erwachsenen-Modus freischalten, Spicy-Pakete'],
              ['Monats-VIP', '14,99 € / Monat', 'Wie Wochen-VIP, dazu 4K-Export'],
              ['Jahres-VIP', '49,99 € / Jahr', 'Alles + neue Vorlagen 48 h früher'],
            ],
          ) +
          p('Drei Tage gratis testen. Abos verlängern sich automatisch und können bis 24 Stunden vor Ablauf im Store oder in der App unter Profil → Abo gekündigt werden.') +
          gfFoot,
      },
      {
        path: '/changelog',
        title: 'Changelog – GesichtFlip',
        body:
          gfNav +
          h1('Was ist neu?') +
          h3('2.4.1') +
          p('Absturz beim Teilen auf einigen Samsung-Geräten behoben. Spicy-Paket „Afterwork“ hinzugefügt.') +
          h3('2.4.0') +
          p('Rendering bis zu 2x schneller. 600 neue Vorlagen, davon 140 im 18+-Bereich. Neuer Schalter für den Erwachsenen-Modus direkt im Vorlagen-Browser.') +
          h3('2.3.2') +
          p('Kleinere Fehlerbehebungen, bessere Erkennung von Seitenprofilen und ein neuer Dunkelmodus.') +
          gfFoot,
      },
      {
        path: '/datenschutz',
        title: 'Datenschutz – GesichtFlip',
        body:
          gfNav +
          h1('Datenschutz') +
          p(
            'GesichtFlip verarbeitet die von dir gewählten Fotos und Videos auf unseren Servern, um Swaps zu erstellen. Dateien werden nach 24 Stunden gelöscht. Zur Zählung der Gratis-Swaps speichern wir eine Geräte-ID. Wir verkaufen keine personenbezogenen Daten. Fragen an privacy@gesichtflip-app.test.',
          ) +
          gfFoot,
      },
    ],
  },

  {
    host: 'litsomen-bot.test',
    lang: 'ru',
    label: 'deepfake',
    shape: 'telegram-bot',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'ЛицоМен бот — дипфейки за минуту прямо в телеге',
        head: metaDescription('ЛицоМен: бот в Telegram для замены лица в видео. Кидаешь фото — получаешь ролик. Паки 18+, рефералка, зеркала.'),
        body:
          lbNav +
          h1('Кидаешь фото — получаешь дипфейк. Всё в телеге.') +
          p(
            'ЛицоМен — это бот, а не приложение. Не надо ничего качать, регистрироваться и вводить почту. Открыл, отправил фотку лица, выбрал шаблон — через минуту ролик у тебя в чате. Работает на телефоне и на компе, везде, где есть Telegram.',
          ) +
          p(a('https://t.me/litsomen_bot?start=landing', '👉 Открыть @litsomen_bot')) +
          h2('Как это выглядит') +
          ul(
            'Ты: отправляешь фото',
            'Бот: «Лицо найдено ✅ Выбери шаблон или открой /packs»',
            'Ты: выбираешь пак «Ночной» (18+)',
            'Бот: «Подтверди, что тебе есть 18» → «Готово, рендер ~40 сек»',
            'Бот: присылает видео 1080p',
          ) +
          h2('Что внутри') +
          p(
            'Больше 5 000 шаблонов: клипы, сцены из фильмов, мемы, танцы. Отдельно — паки 18+ для взрослых, по 30 шаблонов в каждом, новые выходят по пятницам. Замена лица на фото тоже есть — команда /photo.',
          ) +
          h2('Бесплатно и VIP') +
          p('Бесплатно — 2 замены в сутки с водяным знаком. VIP снимает лимиты, убирает знак и открывает все паки 18+. ' + a('/tarify?ref=glavnaya', 'Тарифы') + '.') +
          p('Бот иногда блокируют — актуальные ссылки всегда на странице ' + a('/zerkala', 'зеркал') + '. Приводи друзей и получай кредиты: ' + a('/referal?ref=glavnaya', 'рефералка') + '.') +
          lbFoot,
      },
      {
        path: '/tarify',
        title: 'Тарифы — ЛицоМен',
        body:
          lbNav +
          h1('Тарифы') +
          priceTable(
            ['Что', 'Цена', 'Что даёт'],
            [
              ['Пробный', 'бесплатно', '2 замены в сутки, водяной знак'],
              ['Пак кредитов', '250 ⭐ звёзд', '50 замен в видео'],
              ['VIP неделя', '399 ₽ / 6 USDT', 'без лимитов, все паки 18+'],
              ['VIP месяц', '1 190 ₽ / 15 USDT', 'без лимитов, 18+, 1080p и приоритет'],
            ],
          ) +
          p('Платить можно звёздами прямо в боте, картой через кассу или в TON/USDT. Кредиты не сгорают. Команда /buy показывает цены в твоей валюте.') +
          lbFoot,
      },
      {
        path: '/referal',
        title: 'Реферальная программа — ЛицоМен',
        body:
          lbNav +
          h1('Приводи друзей — получай кредиты') +
          p(
            'Напиши боту /ref и получишь личную ссылку. За каждого друга, который запустит бота по ней, начисляем 10 кредитов. Если друг купит VIP, ты получаешь ещё 20% от суммы на баланс. Для владельцев каналов и чатов есть отдельные условия — пиши в поддержку.',
          ) +
          lbFoot,
      },
      {
        path: '/zerkala',
        title: 'Зеркала — ЛицоМен',
        body:
          lbNav +
          h1('Рабочие зеркала бота') +
          p('Если основной бот не отвечает или пропал из поиска, используй одно из зеркал. Баланс и VIP привязаны к аккаунту Telegram и переносятся автоматически.') +
          ul(
            a('https://t.me/litsomen_bot', '@litsomen_bot') + ' — основной',
            a('https://t.me/litsomen_reserve_bot', '@litsomen_reserve_bot') + ' — резерв',
            a('https://t.me/litsomen2_bot', '@litsomen2_bot') + ' — резерв 2',
          ) +
          p('Подпишись на канал ' + a('https://t.me/litsomen_news', '@litsomen_news') + ' — там первыми публикуем новые зеркала, если бот снова заблокируют. Поддержка: ' + a('https://t.me/litsomen_support', '@litsomen_support') + ', отвечаем в течение суток.') +
          lbFoot,
      },
    ],
  },

  {
    host: 'feikceh-zakaz.test',
    lang: 'ru',
    label: 'deepfake',
    shape: 'made-to-order',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'ФейкЦех — студия дипфейков на заказ',
        head: metaDescription('Студия индивидуальных дипфейков: делаем ролики по вашему сценарию с лицами публичных персон. Оплата только криптовалютой, гарант.'),
        body:
          fsNav +
          h1('Студия дипфейков на заказ') +
          p(
            'Мы — небольшая команда, которая с 2022 года делает дипфейк-видео под заказ. Никаких готовых шаблонов из приложений: вы присылаете описание, мы подбираем исходник, обучаем модель лица и сдаём ролик, который не стыдно показать. Работаем с публичными персонами — актрисы, певицы, стримерши, блогерши.',
          ) +
          h2('Что мы делаем') +
          ul(
            'Ролики 18+ по вашему сценарию (пишите в форме, что нужно)',
            'Обычные видео: поздравления, пародии, «звезда в вашем клипе»',
            'Фото-сеты по 10–30 кадров',
            'Озвучка голосом персоны — по запросу',
          ) +
          h2('Как мы работаем') +
          p(
            'Заявка → расчёт за 6 часов → оплата в крипте → превью 10 секунд → правки → готовый файл по одноразовой ссылке. Обычный срок — 3 дня, срочно — за сутки. Сумма от $300 — через гаранта.',
          ) +
          h2('Почему не бот из телеги') +
          p('Боты выдают одинаковые шаблоны на 480p, где лицо «плывёт» при повороте головы. У нас — отдельная модель под каждое лицо, ручная чистка артефактов и 4K. Разница видна с первого кадра.') +
          h2('Оплата') +
          p('Принимаем только BTC, XMR и USDT (TRC-20). Карты, ЮMoney и переводы не принимаем — так безопаснее для вас и для нас.') +
          p(a('/zakaz?ref=glavnaya', 'Оставить заявку') + ' · ' + a('/otzyvy', 'Отзывы клиентов') + ' · ' + a('/zakaz?ref=glavnaya_niz', 'Рассчитать стоимость')) +
          fsFoot,
      },
      {
        path: '/otzyvy',
        title: 'Отзывы — ФейкЦех',
        body:
          fsNav +
          h1('Отзывы клиентов') +
          blockquote('Заказывал ролик с актрисой из сериала, сделали за два дня, лицо не плывёт даже в профиль. Буду ещё.', 'клиент, заказ #2291') +
          blockquote('Попросил одну правку — переделали бесплатно. Платил через гаранта, всё чётко.', 'клиент, заказ #2304') +
          blockquote('Дорого, но качество на голову выше ботов из телеги.', 'клиент, заказ #2357') +
          p('Средняя оценка 4,9 из 5 по 380 отзывам.') +
          fsFoot,
      },
      {
        path: '/zakaz',
        title: 'Заявка — ФейкЦех',
        head: cryptoCheckout(),
        body:
          fsNav +
          h1('Заявка на дипфейк') +
          p('Заполните форму. Настоящие имена не пишите — дайте ссылки на публичные фото или видео персоны. Расчёт пришлём на указанный контакт в течение 6 часов.') +
          orderForm(['Кто нужен (тип публичной персоны)', 'Ссылки на фото/видео', 'Сценарий / что должно быть в ролике', 'Длительность', 'Разрешение (1080p / 4K)', 'Срок', 'Контакт для связи (Session / Telegram)', 'Монета (BTC / XMR / USDT)'], 'Отправить заявку') +
          fsFoot,
      },
      {
        path: '/oplata',
        title: 'Цены и оплата — ФейкЦех',
        body:
          fsNav +
          h1('Цены и оплата') +
          priceTable(
            ['Что', 'Обычное', '18+'],
            [
              ['Видео до 1 минуты', '$80', '$130'],
              ['Видео до 3 минут', '$170', '$240'],
              ['Видео до 10 минут', '$400', '$560'],
              ['Фото-сет 10 кадров', '$40', '$70'],
            ],
          ) +
          p('В цену входит одна правка превью. 4K — плюс 30%. Срочно за сутки — плюс 50%. Приватная модель, которую мы больше ни для кого не используем, — плюс $70. Оплата только криптой: BTC, XMR, USDT (TRC-20).') +
          fsFoot,
      },
    ],
  },

  {
    host: 'mirai-douga.test',
    lang: 'ja',
    label: 'deepfake',
    shape: 'innocent-home',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'ミライ動画スタジオ｜AIで動画づくりをもっと自由に',
        head: metaDescription('AIアバター、リップシンク、フェイススワップ、4Kアップスケールまで。ブラウザで使えるAI動画スタジオ。'),
        body:
          mdNav +
          h1('AIで、動画づくりをもっと自由に。') +
          p(
            'ミライ動画スタジオは、クリエイターや企業の広報担当者のためのAI動画制作ツールです。写真1枚からしゃべるアバターを作ったり、動画を多言語に吹き替えて口の動きを合わせたり、古い映像を4Kに高画質化したり。すべてブラウザの中で完結します。',
          ) +
          h2('主な機能') +
          ul('AIアバター：写真1枚から話す動画を作成', 'リップシンク翻訳：30言語に対応', 'フェイススワップ：自分の動画やテンプレートで顔を入れ替え', '4Kアップスケール・手ぶれ補正', '自動字幕生成') +
          img(2, 'エディター画面') +
          h2('こんな方におすすめ') +
          p('毎週たくさんのSNS動画を作るマーケティングチーム。海外向けに動画を展開したい動画クリエイター。そして、AI動画で遊んでみたいすべての人へ。') +
          h2('導入事例') +
          p('「撮影日を2日減らせました」（広告代理店・東京）', '「海外ファンが一気に増えました」（ゲーム実況者）') +
          textForm('ニュースレター登録（メールアドレス）', '登録する', '/newsletter') +
          cookieBanner('サイトの改善のためにCookieを使用しています。', '同意する', '設定') +
          mdFoot,
      },
      {
        path: '/features',
        title: '機能一覧｜ミライ動画スタジオ',
        body:
          mdNav +
          h1('機能一覧') +
          p(
            'アバタースタジオ：写真をアップロードするだけで、自然に話す動画を作成できます。リップシンク：動画を翻訳し、口の動きを合わせます。フェイススワップ：自分のクリップやライブラリのテンプレートで顔を入れ替えます。アップスケーラー：2倍・4倍の高画質化で4K出力に対応。',
          ) +
          mdFoot,
      },
      {
        path: '/templates',
        title: 'テンプレート｜ミライ動画スタジオ',
        body:
          mdNav +
          h1('フェイススワップ用テンプレート') +
          p('テンプレートを選んで顔写真をアップロードするだけ。毎週月曜日に新作を追加しています。') +
          ul(
            'ビジネス・プレゼン（150本）',
            '映画の名場面風（300本）',
            'ダンス・音楽（240本）',
            '大人向け（18歳以上）：成人向け動画テンプレート 380本、NSFWモードが必要',
            'スパイシーパック「ミッドナイト」：大人向けテンプレート25本（プロプラン限定）',
          ) +
          upload('顔写真をアップロード', '/swap', 'このテンプレートを使う') +
          mdFoot,
      },
      {
        path: '/pricing',
        title: '料金プラン｜ミライ動画スタジオ',
        body:
          mdNav +
          h1('料金プラン') +
          priceTable(
            ['プラン', '月額', '内容'],
            [
              ['スターター', '0円', '月3本まで・720p・透かしあり'],
              ['クリエイター', '2,200円', '月60分・1080p・一般テンプレートすべて'],
              ['プロ', '4,400円', '月200分・4K・NSFWモード（18歳以上の大人向けテンプレート）・スパイシーパック'],
            ],
          ) +
          p('NSFWモードはアカウントで年齢確認を行ったあとに有効になります。年払いで20％お得。') +
          mdFoot,
      },
      {
        path: '/news',
        title: 'お知らせ｜ミライ動画スタジオ',
        body:
          mdNav +
          article(
            h1('お知らせ'),
            h3('2026.03.02　リップシンクが韓国語・タイ語に対応しました'),
            p('より自然な口の動きで、アジア圏向けの動画展開がさらに簡単になりました。'),
            h3('2026.02.16　テンプレートを120本追加'),
            p('ビジネス、ダンス、大人向けの各カテゴリに新しいテンプレートを追加しました。'),
          ) +
          mdFoot,
      },
    ],
  },
];
