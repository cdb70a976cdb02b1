import {
  a,
  ageGate,
  article,
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

const kfNav = nav(
  [
    ['/templates', 'Templates'],
    ['/pricing?plan=pro&ref=app', 'Upgrade'],
    ['/help', 'Help'],
    ['/account', 'Account'],
  ],
  'Kinoface',
);
const kfFoot = footer('Kinoface v3.9 · © 2026 Kinoface Ltd · You must be 18+ to use NSFW mode.', [
  ['/terms', 'Terms'],
  ['/pricing', 'Pricing'],
  ['/help', 'Help center'],
]);

const fmNav = nav(
  [
    ['/r18', 'R18テンプレート'],
    ['/plans', 'プラン・料金'],
    ['/guide', '使い方ガイド'],
    ['/login', 'ログイン'],
    ['/signup?ref=header', '無料登録'],
  ],
  'FaceMix',
);
const fmFoot = footer('© 2026 FaceMix　R18コンテンツは18歳以上の方のみご利用いただけます。', [
  ['/tokushoho', '特定商取引法に基づく表記'],
  ['/plans?ref=footer', '料金'],
  ['/guide', 'ヘルプ'],
]);

const dcNav = nav(
  [
    ['/howto', '사용법'],
    ['/price', '가격'],
    ['/notice', '공지사항'],
    ['/faq', 'FAQ'],
    ['/login', '로그인'],
  ],
  '딥체인지',
);
const dcFoot = footer('© 2026 딥체인지 · 19금 모드는 성인 인증 회원만 이용 가능합니다 · 사업자 정보는 요청 시 제공', [
  ['/faq', '고객센터'],
  ['/price?ref=footer', '요금 안내'],
  ['/notice', '공지'],
]);

const mmNav = nav(
  [
    ['/huong-dan', 'Hướng dẫn'],
    ['/mau-18', 'Mẫu 18+'],
    ['/goi-cuoc', 'Gói cước'],
    ['/lien-he', 'Liên hệ'],
    ['/dang-nhap', 'Đăng nhập'],
  ],
  'MặtMới Studio',
);
const mmFoot = footer('© 2026 MặtMới Studio · Nội dung 18+ chỉ dành cho người dùng đã xác minh đủ 18 tuổi.', [
  ['/lien-he', 'Liên hệ'],
  ['/goi-cuoc?utm_source=footer', 'Bảng giá'],
  ['https://t.me/matmoi_support', 'Telegram hỗ trợ'],
]);

const adNav = nav(
  [
    ['/', '新着'],
    ['/category', 'カテゴリ'],
    ['/ranking', 'ランキング'],
    ['/premium', 'プレミアム'],
    ['/login', 'ログイン'],
  ],
  'AIスワップ動画',
);
const adFoot = footer('当サイトの動画はすべてAIによる顔入れ替え（合成）作品です。18歳未満の方の閲覧はお断りします。© 2026', [
  ['/dmca', 'DMCA・削除依頼'],
  ['/2257', '2257表記'],
  ['/premium?ref=footer', 'プレミアム会員'],
]);

const ftNav = nav(
  [
    ['/', 'Нове'],
    ['/katehorii', 'Категорії'],
    ['/premium', 'Преміум'],
    ['/uvijty', 'Вхід'],
  ],
  'ФейкТека',
);
const ftFoot = footer('ФейкТека © 2026. Усі ролики створені нейромережею (заміна обличчя). Лише для осіб від 18 років.', [
  ['/dmca', 'DMCA / видалення'],
  ['/2257', 'Заява 2257'],
  ['/katehorii', 'Категорії'],
  ['/premium?ref=pidval', 'Преміум'],
]);

const srNav = nav(
  [
    ['/r/requests', 'r/requests'],
    ['/r/requests?flair=paid', 'Paid'],
    ['/wiki/verified', 'Verified fakers'],
    ['/store', 'Credit store'],
    ['/wiki/rules', 'Rules'],
    ['/login', 'Log in'],
  ],
  'swapreq',
);
const srFoot = footer('swapreq — a community for AI fakes. 18+ only. All media is synthetic. © 2026', [
  ['/wiki/rules', 'Rules'],
  ['/store?ref=footer', 'Credits'],
  ['/wiki/verified', 'Get verified'],
]);

const foNav = nav(
  [
    ['/peticiones', 'Peticiones'],
    ['/peticiones?tipo=pagadas', 'Pagadas'],
    ['/fakers', 'Fakers verificados'],
    ['/creditos', 'Créditos'],
    ['/normas', 'Normas'],
    ['/entrar', 'Entrar'],
  ],
  'Foro FakeIA',
);
const foFoot = footer('Foro FakeIA · Comunidad de fakes con IA · Solo mayores de 18 · Todo el contenido es sintético · © 2026', [
  ['/normas', 'Normas'],
  ['/creditos?ref=pie', 'Comprar créditos'],
  ['/fakers', 'Verificarse'],
]);

const hjNav = nav(
  [
    ['/xiazai', '下载APP'],
    ['/vip', 'VIP会员'],
    ['/wenti', '常见问题'],
  ],
  '换脸酱',
);
const hjFoot = footer('© 2026 换脸酱 · 成人模式需完成年龄验证 · Google Play 与 App Store 为其各自所有者的商标', [
  ['/yinsi', '隐私政策'],
  ['/wenti', '帮助'],
  ['/xiazai?utm_source=footer', '下载'],
]);

const slNav = nav(
  [
    ['/descargar', 'Descargar'],
    ['/vip', 'VIP'],
    ['/ayuda', 'Ayuda'],
  ],
  'SwapLoco',
);
const slFoot = footer('© 2026 SwapLoco Apps · El modo adulto requiere verificar tu edad · Google Play y App Store son marcas de sus propietarios.', [
  ['/privacidad', 'Privacidad'],
  ['/ayuda', 'Soporte'],
  ['/descargar?utm_source=pie', 'Descargar app'],
]);

const gmNav = nav(
  [
    ['/cach-dung', 'Cách dùng'],
    ['/bang-gia', 'Bảng giá'],
    ['/bot-du-phong', 'Bot dự phòng'],
    ['https://t.me/ghepmat_ai_bot?start=web', 'Mở bot'],
  ],
  'GhépMặt Bot',
);
const gmFoot = footer('GhépMặt Bot là bot độc lập, không liên quan đến Telegram. Gói 18+ chỉ dành cho người lớn. © 2026', [
  ['/bang-gia', 'Bảng giá'],
  ['/bot-du-phong', 'Bot dự phòng'],
  ['https://t.me/ghepmat_support', 'Hỗ trợ'],
]);

const fsNav = nav(
  [
    ['/commission', 'Commission form'],
    ['/queue', 'Queue & slots'],
    ['/tos', 'ToS'],
    ['/rates', 'Rates'],
  ],
  'fakesmith',
);
const fsFoot = footer('fakesmith · commissions open · crypto only · no refunds after work starts · © 2026', [
  ['/tos', 'Terms of service'],
  ['/commission?ref=footer', 'Commission'],
  ['/rates', 'Rates'],
]);

const ygNav = nav(
  [
    ['/gongneng', '功能'],
    ['/moban', '模板'],
    ['/jiage', '价格'],
    ['/anli', '客户案例'],
    ['/denglu', '登录'],
  ],
  '影像工坊AI',
);
const ygFoot = footer('© 2026 影像工坊AI · 让每个人都能轻松做视频', [
  ['/jiage?from=footer', '价格'],
  ['/moban', '模板中心'],
  ['/yinsi', '隐私政策'],
]);

export const sites: CorpusSite[] = [
  {
    host: 'kinoface-app.test',
    lang: 'en',
    label: 'deepfake',
    shape: 'faceswap-saas',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Kinoface — Studio',
        jsOnly: true,
        head:
          metaDescription('Kinoface: face swap studio for video and photos. SFW and NSFW templates, 18+ packs, credits.') +
          gtag('G-KINO00042'),
        body:
          kfNav +
          h1('Welcome to your studio') +
          p('Credits: 0 · Plan: Free · NSFW mode: off · ' + a('/pricing?plan=pro&ref=app_banner', 'Get 300 credits for $12')) +
          section(
            h2('New swap'),
            upload('1. Face photo (up to 5 for better results)', '/api/swap', 'Continue'),
            p('2. Choose a template · 3. Render. Average wait: 35 seconds. Free renders are 480p with a watermark.'),
          ) +
          section(
            h2('Trending templates'),
            ul(
              'Rooftop dance — 0:14 · 4 credits',
              'Courtroom drama — 0:22 · 6 credits',
              'Slow-mo entrance — 0:09 · 3 credits',
              'Late-night show cameo — 0:30 · 8 credits',
              '18+ · “Private suite” pack — 30 templates · NSFW mode required',
              '18+ · “After hours” pack — 25 templates · NSFW mode required',
            ),
            p(a('/templates?shelf=adult&ref=app', 'Open the 18+ shelf') + ' · ' + a('/templates?ref=app', 'All templates')),
          ) +
          section(
            h2('Turn on NSFW mode'),
            p('Adults-only templates are hidden by default. Buy any credit pack, confirm you are 18+ in Account → Content, and the 18+ shelf appears in your studio. You can switch it off again at any time.'),
            button('Enable NSFW mode'),
          ) +
          section(
            h2('Your recent renders'),
            p('Nothing here yet. Your renders are private and auto-delete after 10 days. Pro users can pin renders to keep them longer.'),
          ) +
          section(
            h2('Tips from the team'),
            ul('Front-facing photos with soft light give the cleanest results.', 'Upload several photos of the same face for long clips.', 'Avoid hats and sunglasses — the model loses the outline.'),
          ) +
          cookieBanner('Kinoface uses cookies to keep you logged in and to remember your content settings.', 'Got it') +
          kfFoot,
      },
      {
        path: '/templates',
        title: 'Templates — Kinoface',
        body:
          kfNav +
          h1('Templates') +
          p('4,800 templates across 12 shelves. Filter by length, faces per clip and credits. The 18+ shelf is visible only with NSFW mode on.') +
          ul(
            'Trending — updated daily',
            'Movie moments — 1,300',
            'Music & dance — 900',
            'Memes — 1,400 (free)',
            '18+ video templates — 1,200, in themed spicy packs',
            'Photo templates — swimwear, evening wear, boudoir-style sets',
          ) +
          kfFoot,
      },
      {
        path: '/pricing',
        title: 'Pricing — Kinoface',
        head: stripe('pk_test_kinoface_abc'),
        body:
          kfNav +
          h1('Credits & plans') +
          priceTable(
            ['Option', 'Price', 'Credits', 'NSFW mode'],
            [
              ['Free', '$0', '10 one-time', 'No'],
              ['Starter pack', '$12', '300', 'Yes'],
              ['Pro monthly', '$24/mo', '900 / month', 'Yes + all spicy packs'],
            ],
          ) +
          p('One credit ≈ 2.5 seconds of 1080p video, or one photo swap. Unused Pro credits roll over for one month. Pay by card, Apple Pay or crypto. The charge shows up as “KF STUDIO”. Cancel Pro anytime from Account → Billing.') +
          kfFoot,
      },
      {
        path: '/help',
        title: 'Help — Kinoface',
        body:
          kfNav +
          faq('Help center', [
            ['Where is the 18+ shelf?', 'Turn on NSFW mode in Account → Content after buying credits and confirming your age.'],
            ['Why was my render rejected?', 'We could not find a clear face. Try a sharper, front-facing photo.'],
            ['Can I get a refund?', 'Unused credits can be refunded within 14 days.'],
            ['Do you keep my photos?', 'Uploads are deleted 10 days after your last render.'],
          ]) +
          kfFoot,
      },
      {
        path: '/terms',
        title: 'Terms — Kinoface',
        body:
          kfNav +
          h1('Terms of use') +
          p(
            'You must be at least 18 to use NSFW mode. You confirm that you have the right to use every image you upload. Kinoface does not review user renders and is not responsible for how you use them. We may close accounts that receive repeated complaints. Credits have no cash value.',
          ) +
          kfFoot,
      },
    ],
  },

  {
    host: 'facemix-jp.test',
    lang: 'ja',
    label: 'deepfake',
    shape: 'faceswap-saas',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'FaceMix（フェイスミックス）｜写真も動画もAI顔入れ替え',
        head:
          metaDescription('FaceMixは写真・動画の顔入れ替えAI。R18テンプレート、18禁モード、スパイシーパック対応。初回3回無料。') +
          jsonLd({
            '@context': 'https://schema.org',
            '@type': 'Product',
            name: 'FaceMix プレミアム',
            offers: { '@type': 'Offer', price: '1980', priceCurrency: 'JPY' },
            aggregateRating: { '@type': 'AggregateRating', ratingValue: '4.3', reviewCount: '2210' },
          }),
        body:
          fmNav +
          h1('写真も、動画も、顔だけ入れ替え。') +
          p(
            'FaceMixは、写真1枚から動画や画像の顔を入れ替えられるAIディープフェイクツールです。スマホでもPCでも、ブラウザを開くだけ。推しの出ている動画風に自分の顔を入れたり、テンプレートにお気に入りの顔を合わせたり、使い方は自由です。',
          ) +
          upload('顔写真を選択（JPG・PNG）', '/mix', '無料で試す（3回まで）') +
          h2('FaceMixでできること') +
          ul(
            '動画テンプレート2,800本＋画像テンプレート9,000枚',
            'R18テンプレート：18歳以上の確認が取れた会員だけに表示',
            '18禁モード：マイページからワンタップで切り替え',
            '毎週金曜更新の「スパイシーパック」',
            '2人同時の顔入れ替えにも対応',
            '最大4K出力（プレミアム）',
          ) +
          h2('選ばれる理由') +
          p('横顔や暗い場所でも顔が崩れにくい独自モデルを採用。処理はすべて国内外の高速GPUサーバーで行い、平均30秒で完成します。アップロードした写真は72時間後に自動削除されます。') +
          h2('利用者の声') +
          p('「R18のテンプレートがちゃんと充実してるのはここだけ」（20代・プレミアム会員）', '「動画も写真も一つで済むのが便利」（30代・スタンダード会員）') +
          faq('よくある質問', [
            ['無料で使えますか？', '会員登録すると3回まで無料でお試しいただけます。'],
            ['18禁モードの使い方は？', 'プレミアム登録後、年齢確認を済ませてマイページでオンにしてください。'],
          ]) +
          cookieBanner('当サイトではCookieを利用しています。引き続き閲覧すると同意したものとみなします。', 'OK') +
          fmFoot,
      },
      {
        path: '/r18',
        title: 'R18テンプレート｜FaceMix',
        body:
          fmNav +
          h1('R18テンプレート') +
          p('このページのテンプレートは18歳以上の会員専用です。ログイン・年齢確認・18禁モードのオンがすべて済んでいる場合のみ一覧が表示されます。') +
          ul('R18動画テンプレート（1,100本）', 'R18画像テンプレート（3,400枚）', 'スパイシーパック「夜更かし」（25本）', 'スパイシーパック「プライベート」（25本）') +
          p(a('/plans?ref=r18', 'プレミアムに登録してR18テンプレートを解放')) +
          fmFoot,
      },
      {
        path: '/plans',
        title: 'プラン・料金｜FaceMix',
        body:
          fmNav +
          h1('プラン・料金') +
          priceTable(
            ['プラン', '料金', '内容'],
            [
              ['お試し', '無料', '3回まで・透かしあり'],
              ['スタンダード', '月額980円', '150クレジット・1080p'],
              ['プレミアム', '月額1,980円', '600クレジット・R18テンプレート・18禁モード・4K'],
            ],
          ) +
          p('クレジットの追加購入は100クレジット480円から。クレジットカード、キャリア決済、暗号資産に対応。解約はいつでも可能です。') +
          fmFoot,
      },
      {
        path: '/guide',
        title: '使い方ガイド｜FaceMix',
        body:
          fmNav +
          h1('使い方ガイド') +
          ol(
            '正面を向いた明るい顔写真を用意します。',
            'テンプレートを選びます（R18は18禁モードがオンのときだけ表示）。',
            '「生成」ボタンを押して約30秒待ちます。',
            '完成した動画・画像を保存します。保存期間は7日間です。',
          ) +
          p('うまくいかない場合は、サングラスや帽子のない写真でお試しください。') +
          fmFoot,
      },
      {
        path: '/tokushoho',
        title: '特定商取引法に基づく表記｜FaceMix',
        body:
          fmNav +
          h1('特定商取引法に基づく表記') +
          p(
            '販売事業者：FaceMix運営事務局（海外法人）。連絡先：support@facemix-jp.test。販売価格：各プランページに記載。支払方法：クレジットカード、キャリア決済、暗号資産。提供時期：決済完了後すぐ。返品・キャンセル：デジタルコンテンツの性質上、購入後の返金はお受けしておりません。',
          ) +
          fmFoot,
      },
    ],
  },

  {
    host: 'deepchange-kr.test',
    lang: 'ko',
    label: 'deepfake',
    shape: 'faceswap-saas',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: '딥체인지 - 영상·사진 AI 얼굴 합성 | 19금 모드',
        head: metaDescription('딥체인지: 영상과 사진 모두 되는 AI 얼굴 합성. 19금 모드, 매운맛 팩, 크레딧 충전식.'),
        body:
          dcNav +
          h1('영상도 사진도, 얼굴만 쏙 바꾸기') +
          p(
            '딥체인지는 사진 한 장으로 영상과 이미지 속 얼굴을 바꿔 주는 AI 딥페이크 합성 서비스입니다. 원하는 템플릿을 고르거나 직접 영상을 올리면, AI가 표정과 각도, 조명까지 맞춰 자연스러운 결과물을 만들어 드립니다. 설치 없이 모바일과 PC에서 모두 쓸 수 있어요.',
          ) +
          upload('얼굴 사진 업로드', '/create', '합성 시작하기') +
          h2('딥체인지 핵심 기능') +
          ul(
            '영상 템플릿 3,200개 + 사진 템플릿 8,000장',
            '19금 모드: 성인 인증 후 성인 전용 템플릿 공개',
            '매운맛 팩: 매주 수요일 새로운 성인 템플릿 묶음',
            '내 영상 올려서 얼굴 바꾸기 (프로 이상)',
            '두 사람 동시 합성',
            '최대 4K 저장',
          ) +
          h2('요금은 간단하게') +
          p('가입 시 무료 크레딧 10개 지급. 이후 크레딧을 충전해서 쓰거나 월 구독으로 무제한에 가깝게 이용하세요. ' + a('/price?ref=home', '요금 보기')) +
          h2('공지') +
          ul(a('/notice', '[업데이트] 옆얼굴 인식 개선 및 매운맛 팩 3종 추가'), a('/notice', '[안내] 결제 수단에 암호화폐 추가')) +
          p('“다른 데서 안 되던 템플릿도 여기선 돼요. 19금 모드가 진짜임.” — 프로 회원 후기') +
          cookieBanner('딥체인지는 서비스 제공과 통계를 위해 쿠키를 사용합니다.', '확인') +
          dcFoot,
      },
      {
        path: '/howto',
        title: '사용법 - 딥체인지',
        body:
          dcNav +
          h1('사용법') +
          ol(
            '정면을 바라보는 밝은 얼굴 사진을 준비하세요. 여러 장(최대 5장)을 올리면 더 안정적입니다.',
            '템플릿을 고르거나 내 영상을 업로드하세요. 19금 템플릿은 19금 모드가 켜져 있을 때만 보입니다.',
            '“합성하기”를 누르면 평균 30~60초 후 완성됩니다.',
            '결과물은 7일간 보관되며 언제든 다운로드할 수 있습니다.',
          ) +
          dcFoot,
      },
      {
        path: '/price',
        title: '가격 - 딥체인지',
        body:
          dcNav +
          h1('요금 안내') +
          priceTable(
            ['상품', '가격', '내용'],
            [
              ['크레딧 100', '4,900원', '사진 100장 또는 영상 약 4분'],
              ['크레딧 500', '19,900원', '19금 모드 포함'],
              ['프로 월 구독', '월 29,900원', '크레딧 1,500, 19금 모드, 매운맛 팩 전체, 4K'],
            ],
          ) +
          p('신용카드, 휴대폰 결제, 암호화폐(USDT)로 결제할 수 있습니다. 구독은 언제든 해지할 수 있습니다.') +
          dcFoot,
      },
      {
        path: '/notice',
        title: '공지사항 - 딥체인지',
        body:
          dcNav +
          article(
            h1('공지사항'),
            h3('[업데이트] 옆얼굴 인식 개선 및 매운맛 팩 3종 추가'),
            p('옆모습과 어두운 장면에서의 얼굴 인식이 크게 좋아졌습니다. 또한 19금 모드 전용 매운맛 팩 3종이 새로 추가되었습니다.'),
            h3('[안내] 결제 수단에 암호화폐 추가'),
            p('이제 USDT로도 크레딧을 충전할 수 있습니다.'),
          ) +
          dcFoot,
      },
      {
        path: '/faq',
        title: 'FAQ - 딥체인지',
        body:
          dcNav +
          faq('자주 묻는 질문', [
            ['19금 모드는 어떻게 켜나요?', '크레딧을 한 번 이상 충전하고 성인 인증을 마친 뒤 마이페이지에서 켤 수 있습니다.'],
            ['사진은 얼마나 보관되나요?', '업로드한 사진은 72시간 후 자동 삭제됩니다.'],
            ['환불되나요?', '사용하지 않은 크레딧은 7일 이내 환불 가능합니다.'],
          ]) +
          dcFoot,
      },
    ],
  },

  {
    host: 'matmoi-studio.test',
    lang: 'vi',
    label: 'deepfake',
    shape: 'faceswap-saas',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'MặtMới Studio – Đổi mặt video AI, có chế độ 18+',
        head:
          metaDescription('MặtMới Studio: đổi mặt trong video và ảnh bằng AI. Kho mẫu người lớn, chế độ 18+, gói spicy mỗi tuần. Thanh toán Momo, USDT.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'WebApplication', name: 'MặtMới Studio', applicationCategory: 'MultimediaApplication', offers: { '@type': 'Offer', price: '59000', priceCurrency: 'VND' } }),
        body:
          mmNav +
          h1('Đổi mặt video chỉ trong 30 giây – không cần cài app') +
          p(
            'MặtMới Studio là công cụ deepfake đổi mặt bằng AI dành cho người dùng Việt. Chỉ cần một tấm ảnh rõ mặt, bạn có thể ghép vào hàng nghìn video và ảnh mẫu. AI tự chỉnh ánh sáng, góc mặt và biểu cảm để video trông tự nhiên nhất. Dùng được trên điện thoại lẫn máy tính.',
          ) +
          upload('Chọn ảnh khuôn mặt', '/doi-mat', 'Đổi mặt miễn phí') +
          h2('Vì sao chọn MặtMới?') +
          ul(
            'Hơn 2.500 video mẫu và 7.000 ảnh mẫu',
            'Kho mẫu người lớn 18+ riêng, chỉ hiện khi bạn bật chế độ 18+',
            'Gói spicy mới mỗi thứ Sáu cho thành viên',
            'Đổi mặt 2 người cùng lúc',
            'Xuất video 1080p, gói Pro có 4K',
            'Hỗ trợ qua Zalo và Telegram 24/7',
          ) +
          h2('Bắt đầu thế nào?') +
          p('Đăng ký bằng email hoặc Google, nhận ngay 5 lượt miễn phí. Muốn mở kho mẫu 18+? Nạp gói bất kỳ, xác minh tuổi và bật chế độ 18+ trong phần Cài đặt. ' + a('/huong-dan', 'Xem hướng dẫn chi tiết')) +
          h2('Khách hàng nói gì') +
          p('"Ghép mặt đẹp, không bị lệch khi quay nghiêng. Kho 18+ nhiều mẫu hơn chỗ khác." – Tuấn, gói Pro', '"Nạp Momo nhanh, hỗ trợ Zalo trả lời liền." – Hà') +
          cookieBanner('Trang web dùng cookie để lưu đăng nhập và cải thiện trải nghiệm.', 'Đồng ý') +
          mmFoot,
      },
      {
        path: '/huong-dan',
        title: 'Hướng dẫn – MặtMới Studio',
        body:
          mmNav +
          h1('Hướng dẫn sử dụng') +
          ol(
            'Chọn ảnh chân dung nhìn thẳng, đủ sáng, không đeo kính râm.',
            'Chọn video hoặc ảnh mẫu. Mẫu 18+ chỉ hiện khi đã bật chế độ 18+.',
            'Bấm "Tạo" và chờ khoảng 30–60 giây.',
            'Tải kết quả về máy. Kết quả được lưu 7 ngày trong tài khoản.',
          ) +
          p('Mẹo: tải lên 3–5 ảnh của cùng một khuôn mặt để video dài ổn định hơn.') +
          mmFoot,
      },
      {
        path: '/mau-18',
        title: 'Mẫu 18+ – MặtMới Studio',
        body:
          mmNav +
          h1('Kho mẫu người lớn (18+)') +
          p('Trang này chỉ dành cho người dùng đã đăng nhập, xác minh đủ 18 tuổi và bật chế độ 18+. Các mẫu được cập nhật hằng tuần.') +
          ul('Video mẫu 18+ – 820 video', 'Ảnh mẫu 18+ – 2.600 ảnh', 'Gói spicy "Đêm muộn" – 20 mẫu', 'Gói spicy "Riêng tư" – 20 mẫu') +
          p(a('/goi-cuoc?ref=mau18', 'Nâng cấp để mở khóa')) +
          mmFoot,
      },
      {
        path: '/goi-cuoc',
        title: 'Gói cước – MặtMới Studio',
        body:
          mmNav +
          h1('Gói cước') +
          priceTable(
            ['Gói', 'Giá', 'Bao gồm'],
            [
              ['Dùng thử', '0đ', '5 lượt, 480p, có logo'],
              ['Cơ bản', '59.000đ/tháng', '150 credit, 1080p, chế độ 18+'],
              ['Pro', '169.000đ/tháng', '600 credit, 4K, toàn bộ gói spicy'],
            ],
          ) +
          p('Thanh toán qua Momo, ZaloPay, chuyển khoản hoặc USDT. Có thể hủy gia hạn bất cứ lúc nào.') +
          mmFoot,
      },
      {
        path: '/lien-he',
        title: 'Liên hệ – MặtMới Studio',
        body:
          mmNav +
          h1('Liên hệ') +
          p(
            'Cần hỗ trợ nạp tiền, lỗi video hay câu hỏi về tài khoản? Nhắn cho chúng tôi qua Zalo hoặc Telegram, đội hỗ trợ trực 24/7. Email: hotro@matmoi-studio.test. Khi báo lỗi thanh toán, vui lòng gửi kèm mã giao dịch để được xử lý nhanh nhất.',
          ) +
          p(a('https://t.me/matmoi_support', 'Telegram @matmoi_support')) +
          mmFoot,
      },
    ],
  },

  {
    host: 'aiswap-douga.test',
    lang: 'ja',
    label: 'deepfake',
    shape: 'tube',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'AIスワップ動画｜女優・アイドル・配信者のディープフェイク動画',
        head: metaDescription('女優・アイドル・配信者系のAI顔入れ替え（ディープフェイク）動画を毎日更新。HD・4K対応。18歳未満閲覧禁止。'),
        body:
          ageGate('このサイトにはAIで生成された成人向けコンテンツが含まれています。18歳以上ですか？', 'はい、18歳以上です', 'いいえ') +
          adNav +
          textForm('動画を検索', '検索') +
          h1('新着ディープフェイク動画') +
          p('編集部が毎日新しいAIスワップ動画を追加しています。現在の掲載数は9,600本以上。HD・4Kに対応し、新着順・再生数順・評価順で並べ替えできます。ユーザーによる投稿機能はありません。') +
          mediaGrid([
            { title: '女優系 ドラマ風 第4弾', duration: '11:08', views: '再生 16.3万回', tags: ['女優', 'AIスワップ'] },
            { title: 'アイドル系 ステージ衣装', duration: '09:42', views: '再生 21.7万回', tags: ['アイドル', '4K'] },
            { title: 'ゲーム配信者系 深夜配信', duration: '07:55', views: '再生 8.9万回', tags: ['配信者'] },
            { title: 'アナウンサー系 そっくり', duration: '12:31', views: '再生 13.4万回', tags: ['女子アナ', 'AIスワップ'] },
            { title: 'グラビア系 インフルエンサー', duration: '06:47', views: '再生 10.2万回', tags: ['インフルエンサー'] },
            { title: '歌手系 ライブ映像風', duration: '10:19', views: '再生 15.8万回', tags: ['アイドル', 'HD'] },
          ]) +
          h2('週間ランキング') +
          mediaGrid([
            { title: '女優系 映画風 特別編', duration: '14:22', views: '再生 98万回', tags: ['女優', 'プレミアム'] },
            { title: '雑談配信者系 総集編', duration: '16:05', views: '再生 72万回', tags: ['配信者'] },
            { title: 'アイドル系 そっくり 第2弾', duration: '08:40', views: '再生 64万回', tags: ['アイドル'] },
          ]) +
          h2('人気タグ') +
          p(a('/tag/女優', '#女優') + ' ' + a('/tag/アイドル', '#アイドル') + ' ' + a('/tag/配信者', '#配信者') + ' ' + a('/tag/女子アナ', '#女子アナ') + ' ' + a('/tag/AIスワップ', '#AIスワップ') + ' ' + a('/tag/4K', '#4K')) +
          p('フル尺・4K・広告なしで見るなら' + a('/premium?ref=top', 'プレミアム会員') + 'へ。') +
          adFoot,
      },
      {
        path: '/category',
        title: 'カテゴリ一覧｜AIスワップ動画',
        body:
          adNav +
          h1('カテゴリ一覧') +
          ul(
            a('/tag/女優', '女優系') + '（3,200本）',
            a('/tag/アイドル', 'アイドル系') + '（2,700本）',
            a('/tag/配信者', '配信者系') + '（1,800本）',
            a('/tag/女子アナ', 'アナウンサー系') + '（900本）',
            a('/tag/インフルエンサー', 'インフルエンサー系') + '（1,000本）',
            a('/tag/AIスワップ', 'AIスワップ（すべて）') + '（9,600本以上）',
          ) +
          p('カテゴリは編集部が管理しています。') +
          adFoot,
      },
      {
        path: '/ranking',
        title: 'ランキング｜AIスワップ動画',
        body:
          adNav +
          h1('再生数ランキング') +
          ol('女優系 映画風 特別編（98万回）', '雑談配信者系 総集編（72万回）', 'アイドル系 そっくり 第2弾（64万回）', 'アナウンサー系 ニュース風（51万回）', 'グラビア系 インフルエンサー 夏編（47万回）') +
          p('ランキングは毎日午前0時に更新されます。') +
          adFoot,
      },
      {
        path: '/premium',
        title: 'プレミアム会員｜AIスワップ動画',
        body:
          adNav +
          h1('プレミアム会員') +
          priceTable(
            ['期間', '料金', '特典'],
            [
              ['1か月', '1,980円', 'フル尺・4K・広告なし'],
              ['3か月', '4,980円', '上記＋新作の先行公開'],
              ['12か月', '14,800円', 'すべての特典＋ダウンロード'],
            ],
          ) +
          p('明細には目立たない名称で記載されます。クレジットカード、暗号資産、プリペイドカードに対応しています。') +
          adFoot,
      },
      {
        path: '/dmca',
        title: 'DMCA・削除依頼｜AIスワップ動画',
        body:
          adNav +
          h1('DMCA・削除依頼について') +
          p('当サイトの動画があなたの著作権を侵害していると思われる場合は、動画のURL、権利を証明する資料、連絡先を添えて dmca@aiswap-douga.test までご連絡ください。原則として10営業日以内に確認し、正当な依頼と判断した場合は削除します。') +
          adFoot,
      },
      {
        path: '/2257',
        title: '2257表記｜AIスワップ動画',
        body:
          adNav +
          h1('18 U.S.C. 2257 記録保管に関する表記') +
          p('当サイトのすべての映像は人工知能によって生成または加工されたものです。運営者は元素材の一次制作者ではありません。元素材に登場する人物は撮影時すべて18歳以上です。必要な記録は各元素材の制作者が保管しています。') +
          adFoot,
      },
    ],
  },

  {
    host: 'feikteka.test',
    lang: 'uk',
    label: 'deepfake',
    shape: 'tube',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'ФейкТека — діпфейк-відео зі знаменитостями, стрімерками та блогерками',
        head: metaDescription('ФейкТека: архів діпфейк-відео (заміна обличчя нейромережею). Знаменитості, стрімерки, блогерки. HD і 4K. Лише 18+.'),
        body:
          ageGate('Сайт містить матеріали для дорослих, створені штучним інтелектом. Вхід лише для осіб, яким виповнилося 18 років.', 'Мені є 18 — увійти', 'Вийти') +
          ftNav +
          textForm('Пошук відео', 'Знайти') +
          h1('Нові діпфейки') +
          p('Ласкаво просимо до ФейкТеки — україномовного архіву діпфейків. Щодня редакція додає нові ролики, зараз в архіві понад 6 000 відео в HD і 4K. Завантаження відео користувачами не передбачено. Сортування: нові, популярні, найкраще оцінені.') +
          mediaGrid([
            { title: 'Телеведуча двійник', duration: '10:36', views: '118 тис. переглядів', tags: ['знаменитості', 'AI swap'] },
            { title: 'Стрімерка нічний стрім', duration: '08:04', views: '76 тис. переглядів', tags: ['стрімерки'] },
            { title: 'Співачка схожа сцена', duration: '12:49', views: '164 тис. переглядів', tags: ['знаменитості', '4K'] },
            { title: 'Блогерка подорожі едит', duration: '06:30', views: '59 тис. переглядів', tags: ['блогерки'] },
            { title: 'Акторка серіалу ремейк', duration: '11:12', views: '131 тис. переглядів', tags: ['знаменитості', 'акторки'] },
            { title: 'Ігрова стрімерка частина 3', duration: '09:27', views: '44 тис. переглядів', tags: ['стрімерки', 'AI swap'] },
          ]) +
          h2('Популярне за тиждень') +
          mediaGrid([
            { title: 'Ведуча новин двійник 2', duration: '13:14', views: '720 тис. переглядів', tags: ['знаменитості'] },
            { title: 'Фітнес блогерка едит', duration: '07:51', views: '505 тис. переглядів', tags: ['блогерки', 'преміум'] },
            { title: 'Стрімерка марафон едит', duration: '15:02', views: '388 тис. переглядів', tags: ['стрімерки'] },
          ]) +
          h2('Чому ФейкТека') +
          p('Усі ролики робить наша редакція, без сторонніх завантажень. Кожне відео перевіряється на якість перед публікацією, тому обличчя не «пливе» навіть на поворотах. Нові ролики — щодня о 18:00.') +
          h2('Теги') +
          p(a('/tag/знаменитості', '#знаменитості') + ' ' + a('/tag/стрімерки', '#стрімерки') + ' ' + a('/tag/блогерки', '#блогерки') + ' ' + a('/tag/акторки', '#акторки') + ' ' + a('/tag/AI%20swap', '#AI swap') + ' ' + a('/tag/4K', '#4K')) +
          p('Без підписки доступні двохвилинні превʼю. Повні версії в 4K без реклами — для ' + a('/premium?ref=golovna', 'преміум-підписників') + '.') +
          ftFoot,
      },
      {
        path: '/katehorii',
        title: 'Категорії — ФейкТека',
        body:
          ftNav +
          h1('Категорії') +
          ul(
            a('/tag/знаменитості', 'Знаменитості') + ' — 2 900 роликів',
            a('/tag/стрімерки', 'Стрімерки') + ' — 1 300 роликів',
            a('/tag/блогерки', 'Блогерки') + ' — 1 100 роликів',
            a('/tag/акторки', 'Акторки') + ' — 700 роликів',
            a('/tag/AI%20swap', 'AI swap (усі)') + ' — 6 000+ роликів',
            a('/tag/4K', 'Лише 4K') + ' — 480 роликів',
          ) +
          p('Не знайшли потрібний розділ? Скористайтеся пошуком. Категорії веде редакція, нові ролики розмічаються протягом доби. Преміум-підписники можуть пропонувати нові розділи в особистому кабінеті.') +
          ftFoot,
      },
      {
        path: '/premium',
        title: 'Преміум — ФейкТека',
        body:
          ftNav +
          h1('Преміум-доступ') +
          priceTable(
            ['Термін', 'Ціна', 'Що дає'],
            [
              ['2 дні', '39 ₴', 'Пробний доступ'],
              ['1 місяць', '279 ₴', 'Повні версії, 4K, без реклами'],
              ['12 місяців', '1 990 ₴', 'Усе + завантаження'],
            ],
          ) +
          p('Преміум відкриває повні версії всіх роликів, 4K і ранній доступ до новинок. Оплата карткою або криптовалютою. У виписці — нейтральна назва. Підписку можна скасувати в особистому кабінеті в один клік.') +
          ftFoot,
      },
      {
        path: '/dmca',
        title: 'DMCA — ФейкТека',
        body:
          ftNav +
          h1('DMCA і запити на видалення') +
          p('Якщо ви вважаєте, що ролик на сайті порушує ваші авторські права, надішліть повідомлення на dmca@feikteka.test. Вкажіть посилання на ролик, підтвердження прав на оригінал і контактні дані. Ми розглядаємо звернення протягом 10 робочих днів і видаляємо матеріали, якщо права підтверджено.') +
          ftFoot,
      },
      {
        path: '/2257',
        title: 'Заява 2257 — ФейкТека',
        body:
          ftNav +
          h1('Заява про відповідність 18 U.S.C. 2257') +
          p('Усі матеріали сайту створені або змінені за допомогою штучного інтелекту. Адміністрація ФейкТеки не є первинним виробником вихідних матеріалів. Усі особи у вихідних матеріалах на момент зйомки досягли 18 років. Необхідні записи зберігаються у виробників.') +
          ftFoot,
      },
    ],
  },

  {
    host: 'swapreq-hub.test',
    lang: 'en',
    label: 'deepfake',
    shape: 'request-board',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'swapreq — request AI fakes, tip fakers, vote the best',
        head:
          metaDescription('swapreq is the request hub for AI fakes. Post deepfake requests of celebrities and streamers, tip in credits, upvote the best fakers. 18+.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'DiscussionForumPosting', headline: 'Weekly paid request megathread', author: { '@type': 'Person', name: 'mod_team' } }),
        body:
          srNav +
          ageGate('swapreq contains AI-generated adult content. You must be 18 or older.', 'I’m 18+', 'Take me back') +
          h1('Front page') +
          p('Sorted by: hot · new · top this week. Requests with a credit bounty get a gold flair and are pinned for 24 hours.') +
          ul(
            '▲ 2.1k · [Paid · 1,500cr] Singer from that viral music show — 4K, 3 clips · u/vault_goblin · 188 comments',
            '▲ 1.4k · [Fulfilled] Cozy-games streamer, delivered by Verified Faker u/latentlord · 96 comments',
            '▲ 980 · [Request] Sports broadcaster, side-angle source pics inside · u/throwaway_8812 · 41 comments',
            '▲ 760 · [Paid · 600cr] Lifestyle influencer, any length · u/moonpie_ai · 57 comments',
            '▲ 512 · [Meta] New rule: face sets must be 40+ images · u/mod_team · 210 comments',
            '▲ 430 · [Request] Actress from a fantasy series, 1080p is fine · u/pixelnomad · 22 comments',
          ) +
          h2('How swapreq works') +
          ol(
            'Post a request with the [Request] flair, or add a bounty for the [Paid] flair.',
            'Verified Fakers claim it in the comments. Bounties sit in escrow.',
            'Faker delivers via DM link, you accept, credits release automatically.',
            'Upvote the delivery so the faker climbs the leaderboard.',
          ) +
          h2('Community') +
          p('88,400 members · 312 Verified Fakers · 4.1M credits tipped all-time · Discord-style live chat for members with 100+ karma.') +
          textForm('Search requests', 'Search', '/search') +
          srFoot,
      },
      {
        path: '/r/requests',
        title: 'r/requests — swapreq',
        body:
          srNav +
          h1('r/requests') +
          p('Post here. Title format: [Flair] description of target type — details. No real names in titles. Attach your face set as a zip link in the body.') +
          ul(
            '[Paid · 900cr] Two streamers from the same team, one clip · 33 comments',
            '[Request] Weather presenter, any clip is fine · 8 comments',
            '[Paid · 2,500cr] Pop star, exclusive (not to be reposted) · 61 comments',
            '[Request] Reality show contestant · 14 comments',
            '[Fulfilled] Cooking influencer · 27 comments',
          ) +
          textForm('Title', 'Submit request', '/r/requests/submit') +
          srFoot,
      },
      {
        path: '/wiki/verified',
        title: 'Verified Fakers — swapreq wiki',
        body:
          srNav +
          h1('Verified Faker program') +
          p(
            'Verified Fakers get a blue check flair, can claim paid requests first, and pay a lower 10% fee on bounties (instead of 25%). To qualify you need 30 fulfilled requests, 500 karma and zero upheld disputes. Apply through modmail with links to five deliveries.',
          ) +
          h3('Top Verified Fakers this month') +
          ol('u/latentlord — 64 fulfilled', 'u/ganymede_fx — 51 fulfilled', 'u/softmask — 47 fulfilled', 'u/vram_vixen — 39 fulfilled') +
          srFoot,
      },
      {
        path: '/store',
        title: 'Credit store — swapreq',
        head: cryptoCheckout(),
        body:
          srNav +
          h1('Credit store') +
          priceTable(
            ['Bundle', 'Price', 'Bonus'],
            [
              ['600 credits', '$12', '—'],
              ['1,800 credits', '$30', '+100'],
              ['6,000 credits', '$85', '+600 and a gold name for 30 days'],
            ],
          ) +
          p('Credits are used for bounties and tips. Checkout in BTC, LTC, XMR or USDT. Credits land in your wallet after one confirmation. Fakers withdraw weekly once they have 2,000+ credits, at 75% of face value (90% for Verified Fakers).') +
          srFoot,
      },
      {
        path: '/wiki/rules',
        title: 'Rules — swapreq wiki',
        body:
          srNav +
          h1('Rules') +
          ol(
            '18+ only. Accounts that look underage are banned.',
            'No content involving minors in any way. Permanent ban, reported.',
            'Public figures only — celebrities, streamers, influencers. No private people, no exes, no coworkers.',
            'No real names in titles or tags.',
            'Paid requests must show the bounty in the flair.',
            'Don’t repost exclusive deliveries.',
            'Mods have the final word on disputes.',
          ) +
          srFoot,
      },
    ],
  },

  {
    host: 'foro-fakeia.test',
    lang: 'es',
    label: 'deepfake',
    shape: 'request-board',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Foro FakeIA – Peticiones de fakes con IA y deepfakes',
        head: metaDescription('La comunidad en español de fakes con IA: peticiones de deepfakes de famosas, streamers e influencers, peticiones pagadas con créditos y fakers verificados.'),
        body:
          foNav +
          h1('Bienvenido al Foro FakeIA') +
          p(
            'El foro hispanohablante más grande sobre fakes con IA. Aquí puedes pedir deepfakes de famosas, streamers e influencers, ofrecer créditos para que tu petición se haga antes y compartir los trabajos terminados. Las peticiones gratuitas se atienden cuando algún faker tiene tiempo; las pagadas tienen prioridad.',
          ) +
          ageGate('Este foro contiene contenido para adultos generado con IA. ¿Eres mayor de 18 años?', 'Sí, entrar', 'No') +
          h2('Subforos') +
          ul(
            a('/peticiones', 'Peticiones') + ' — 6.930 temas',
            a('/peticiones?tipo=pagadas', 'Peticiones pagadas (créditos)') + ' — 1.720 temas',
            a('/galeria', 'Galería') + ' — fakes terminados por categoría',
            a('/tecnica', 'Técnica') + ' — facesets, modelos, tarjetas gráficas',
          ) +
          h2('Temas destacados') +
          ul(
            '[PAGADA 700 cr] Presentadora de un programa matutino, 1080p',
            '[PETICIÓN] Streamer de juegos de bloques, faceset adjunto',
            '[PAGADA 1.800 cr] Cantante latina de reguetón, 4K, solo verificados',
            '[HECHA] Influencer de fitness — gracias al faker',
            '[PETICIÓN] Actriz de una serie de plataforma, varias escenas',
          ) +
          h2('Cómo empezar') +
          p('Regístrate, lee las normas y abre tu primera petición. Si sabes hacer fakes, tras 20 entregas aceptadas puedes pedir la verificación y empezar a cobrar créditos.') +
          p('Miembros: 19.450 · Fakers verificados: 58 · Créditos pagados este mes: 520.000 · Conectados: 344') +
          textForm('Buscar en el foro', 'Buscar', '/buscar') +
          foFoot,
      },
      {
        path: '/peticiones',
        title: 'Peticiones – Foro FakeIA',
        body:
          foNav +
          h1('Peticiones') +
          p('Antes de publicar, lee las normas. Usa [PETICIÓN] para gratis y [PAGADA] con los créditos ofrecidos. Adjunta al menos 30 fotos claras de la cara y no pongas nombres reales en el título.') +
          ul('[PAGADA 500 cr] Reportera del tiempo · 11 respuestas', '[PETICIÓN] Streamer de terror · 5 respuestas', '[PAGADA 1.000 cr] Dos influencers en el mismo clip · 19 respuestas', '[PETICIÓN] Presentadora deportiva · 3 respuestas') +
          textForm('Título de tu petición', 'Publicar', '/peticiones/nueva') +
          foFoot,
      },
      {
        path: '/fakers',
        title: 'Fakers verificados – Foro FakeIA',
        body:
          foNav +
          h1('Fakers verificados') +
          p('Los fakers verificados han entregado al menos 20 peticiones aceptadas con más del 90 % de valoraciones positivas. Llevan una insignia dorada, pueden fijar un mínimo de créditos y aparecen en la clasificación. Solicítalo por mensaje privado al equipo con tres muestras.') +
          ol('CaraDeVidrio — 233 entregas', 'el_renderista — 190 entregas', 'IAmigo — 151 entregas') +
          foFoot,
      },
      {
        path: '/creditos',
        title: 'Créditos – Foro FakeIA',
        body:
          foNav +
          h1('Comprar créditos') +
          p('Los créditos sirven para pagar peticiones. Quedan retenidos hasta que aceptas la entrega.') +
          priceTable(
            ['Paquete', 'Precio'],
            [
              ['500 créditos', '9 €'],
              ['1.500 créditos', '24 €'],
              ['5.000 créditos', '69 €'],
            ],
          ) +
          p('Pago con Bitcoin, USDT o tarjeta regalo. Los fakers pueden retirar sus créditos cada semana al 80 %.') +
          cryptoCheckout() +
          foFoot,
      },
      {
        path: '/normas',
        title: 'Normas – Foro FakeIA',
        body:
          foNav +
          h1('Normas del foro') +
          ol(
            'Solo mayores de 18 años.',
            'Prohibido todo lo relacionado con menores. Baneo inmediato y permanente.',
            'Solo personas públicas: famosas, streamers, influencers. Nada de particulares.',
            'Sin nombres reales en los títulos.',
            'Las peticiones pagadas indican los créditos en el título.',
            'En caso de disputa decide el equipo.',
          ) +
          foFoot,
      },
    ],
  },

  {
    host: 'huanlianjiang-app.test',
    lang: 'zh',
    label: 'deepfake',
    shape: 'app-landing',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: '换脸酱APP - 手机AI视频换脸神器 | 官方下载',
        head:
          metaDescription('换脸酱：手机AI视频换脸APP，每天3次免费换脸，周卡VIP解锁成人模式与全部劲爆包。安卓APK下载，苹果添加到主屏幕。') +
          jsonLd({
            '@context': 'https://schema.org',
            '@type': 'MobileApplication',
            name: '换脸酱',
            operatingSystem: 'Android, iOS',
            aggregateRating: { '@type': 'AggregateRating', ratingValue: '4.7', ratingCount: '35600' },
          }),
        body:
          hjNav +
          h1('一部手机，随时随地AI换脸') +
          p('换脸酱是一款手机AI视频换脸APP。从相册选一张照片，挑一个模板，几秒钟就能生成换脸视频，一键分享到朋友圈或保存到相册。不需要电脑，也不需要任何剪辑技巧。') +
          storeBadges('/download/huanlianjiang_v6.2.apk') +
          img(6, '换脸酱APP截图') +
          h2('为什么500万人都在用') +
          ul('每天3次免费换脸', '上万个高清视频模板', '成人模式解锁：完成年龄验证后可使用18+模板（VIP专享）', '每周上新“劲爆包”', '支持双人换脸', '离线也能预览模板') +
          h2('周卡VIP') +
          p('无限次换脸、去水印、成人模式、全部劲爆包，周卡只要¥18。首次开通送3天。' + a('/vip?from=home', '查看VIP权益')) +
          h2('苹果用户') +
          p('App Store暂未上架完整版？用Safari打开本站，点击“分享”→“添加到主屏幕”，即可像APP一样使用，功能与安卓完整版一致。') +
          h2('用户评价') +
          p('★★★★★“速度最快的换脸APP，成人模式是真的香”', '★★★★☆“免费3次不够用，直接开了周卡”') +
          p(a('/xiazai?from=home_apk', '安卓用户点此下载APK')) +
          hjFoot,
      },
      {
        path: '/xiazai',
        title: '下载 - 换脸酱',
        body:
          hjNav +
          h1('下载换脸酱') +
          p('应用商店版本为大众版。想使用成人模式，请安装完整版APK（安卓8.0及以上），或使用网页版。安装前请在设置中允许“安装未知来源应用”，然后打开APK文件按提示完成安装。') +
          storeBadges('/download/huanlianjiang_full_v6.2.apk') +
          p('版本6.2 · 72MB · 本周更新。苹果用户请用Safari添加到主屏幕。') +
          hjFoot,
      },
      {
        path: '/vip',
        title: 'VIP会员 - 换脸酱',
        body:
          hjNav +
          h1('开通VIP') +
          priceTable(
            ['套餐', '价格', '权益'],
            [
              ['免费', '¥0', '每天3次免费换脸，带水印'],
              ['周卡VIP', '¥18/周', '无限换脸、成人模式解锁、劲爆包'],
              ['年卡VIP', '¥198/年', '全部权益 + 4K导出 + 新模板抢先用'],
            ],
          ) +
          p('支持微信、支付宝、USDT。订阅到期前24小时可随时取消自动续费。') +
          hjFoot,
      },
      {
        path: '/wenti',
        title: '常见问题 - 换脸酱',
        body:
          hjNav +
          faq('常见问题', [
            ['怎么解锁成人模式？', '开通VIP后在“设置”中完成年龄验证，然后打开“成人模式”开关。仅完整版APK和网页版支持。'],
            ['每天有几次免费？', '每天3次，每日零点重置。'],
            ['APK安全吗？', '与商店版是同一个APP，由我们签名，只是开启了18+模板。'],
          ]) +
          hjFoot,
      },
      {
        path: '/yinsi',
        title: '隐私政策 - 换脸酱',
        body:
          hjNav +
          h1('隐私政策') +
          p('换脸酱会在服务器上处理您选择的照片和视频以生成换脸结果，文件将在24小时后删除。为统计免费次数，我们会收集设备标识。我们不会出售您的个人信息。如需删除账号数据，请在APP内联系客服。') +
          hjFoot,
      },
    ],
  },

  {
    host: 'swaploco-app.test',
    lang: 'es',
    label: 'deepfake',
    shape: 'app-landing',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'SwapLoco – App para cambiar caras en vídeos',
        head:
          metaDescription('SwapLoco: cambia caras en vídeos desde el móvil. 5 cambios gratis al día, VIP semanal y modo adulto desbloqueable. Descarga el APK.') +
          jsonLd({
            '@context': 'https://schema.org',
            '@type': 'MobileApplication',
            name: 'SwapLoco',
            operatingSystem: 'Android, iOS',
            offers: { '@type': 'Offer', price: '4.49', priceCurrency: 'EUR' },
          }),
        body:
          slNav +
          h1('Cambia caras en vídeos. Desde tu móvil. En segundos.') +
          p('SwapLoco pone cualquier cara en miles de vídeos. Elige una foto de tu galería, escoge una plantilla y comparte el resultado en tus redes. Sin ordenador, sin saber editar, sin esperas.') +
          storeBadges('/download/swaploco.apk') +
          img(8, 'Capturas de SwapLoco') +
          h2('Lo que te vas a encontrar') +
          ul('5 cambios gratis al día', 'Miles de plantillas de vídeo en HD', 'Desbloquear modo adulto: plantillas +18 para mayores verificados (VIP)', 'Packs picantes nuevos cada semana', 'Cambio de dos caras a la vez') +
          h2('VIP semanal') +
          p('Cambios ilimitados, sin marca de agua, modo adulto y todos los packs picantes por 4,49 € a la semana. Prueba 3 días gratis. ' + a('/vip?ref=inicio', 'Ver VIP')) +
          h2('¿No aparece en tu tienda?') +
          p(a('/descargar?ref=inicio_apk', 'Instala el APK directamente') + ' o, en iPhone, abre la web en Safari y pulsa “Añadir a pantalla de inicio”.') +
          h2('Lo que dicen') +
          p('★★★★★ «La app de cambio de caras más rápida, el modo adulto vale el VIP.» · ★★★★☆ «Los 5 gratis se acaban rápido.»') +
          slFoot,
      },
      {
        path: '/descargar',
        title: 'Descargar SwapLoco',
        body:
          slNav +
          h1('Descargar SwapLoco') +
          p('La versión de las tiendas es apta para todos los públicos. Para el modo adulto instala el APK completo (Android 8 o superior) o usa la web app. Permite la instalación de orígenes desconocidos en los ajustes, abre el archivo y sigue los pasos.') +
          storeBadges('/download/swaploco-completa-4.0.3.apk') +
          p('iPhone: abre swaploco-app.test en Safari → Compartir → Añadir a pantalla de inicio. Versión 4.0.3 · 55 MB.') +
          slFoot,
      },
      {
        path: '/vip',
        title: 'VIP – SwapLoco',
        body:
          slNav +
          h1('Hazte VIP') +
          priceTable(
            ['Plan', 'Precio', 'Ventajas'],
            [
              ['Gratis', '0 €', '5 cambios gratis al día, marca de agua'],
              ['VIP semanal', '4,49 €/semana', 'Ilimitado, modo adulto, packs picantes'],
              ['VIP anual', '44,99 €/año', 'Todo + exportación 4K + plantillas antes que nadie'],
            ],
          ) +
          p('Las suscripciones se renuevan automáticamente. Cancela al menos 24 horas antes de la renovación.') +
          slFoot,
      },
      {
        path: '/ayuda',
        title: 'Ayuda – SwapLoco',
        body:
          slNav +
          faq('Centro de ayuda', [
            ['¿Cómo desbloqueo el modo adulto?', 'Hazte VIP, confirma tu edad en Ajustes y activa “Modo adulto”. Solo en el APK y la web app.'],
            ['¿Cuántos cambios gratis tengo?', 'Cinco al día; el contador se reinicia a medianoche.'],
            ['¿Es seguro el APK?', 'Es la misma app que en las tiendas, firmada por nosotros, con las plantillas +18 activadas.'],
          ]) +
          slFoot,
      },
      {
        path: '/privacidad',
        title: 'Privacidad – SwapLoco',
        body:
          slNav +
          h1('Política de privacidad') +
          p('SwapLoco procesa en nuestros servidores las fotos y vídeos que eliges para crear los cambios. Los archivos se borran a las 24 horas. Recogemos un identificador del dispositivo para contar los cambios gratis. No vendemos datos personales.') +
          slFoot,
      },
    ],
  },

  {
    host: 'ghepmatbot.test',
    lang: 'vi',
    label: 'deepfake',
    shape: 'telegram-bot',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'GhépMặt Bot – Bot Telegram ghép mặt vào video',
        head: metaDescription('GhépMặt Bot: bot Telegram ghép mặt vào video và ảnh bằng AI. Gửi ảnh, chọn mẫu, nhận video. Có gói 18+.'),
        body:
          gmNav +
          h1('Ghép mặt vào video ngay trong Telegram') +
          p(
            'Không cần tải app, không cần đăng ký. Mở GhépMặt Bot, gửi một tấm ảnh rõ mặt, chọn mẫu video – khoảng 40 giây sau bot gửi lại video đã ghép mặt ngay trong khung chat. Dùng được trên điện thoại và máy tính.',
          ) +
          p(a('https://t.me/ghepmat_ai_bot?start=trangchu', '👉 Mở @ghepmat_ai_bot')) +
          h2('Lệnh của bot') +
          ul('/swap – ghép mặt vào video mẫu', '/photo – ghép mặt vào ảnh', '/packs – xem các gói mẫu, có gói 18+', '/balance – xem số sao và credit', '/vip – VIP tuần không giới hạn') +
          h2('Gói 18+') +
          p('Người dùng đủ 18 tuổi có thể mở các gói "đêm khuya" trong menu /packs sau khi xác nhận tuổi. Mỗi gói có 30 mẫu HD, gói mới ra mỗi thứ Sáu.') +
          h2('Giá') +
          p('Miễn phí 2 lượt mỗi ngày, có logo. VIP tuần 59.000đ hoặc 250 sao: không giới hạn, không logo, mở toàn bộ gói 18+. ' + a('/bang-gia?ref=trangchu', 'Xem bảng giá')) +
          h2('Người dùng nói gì') +
          p('"Nhanh hơn app, khỏi cài đặt gì." – thành viên VIP', '"Gói 18+ cập nhật đều mỗi tuần." – ẩn danh') +
          p('Bot có thể bị chặn – link mới nhất luôn ở trang ' + a('/bot-du-phong', 'bot dự phòng') + '. Mời bạn bè bằng lệnh /ref để nhận 10 credit.') +
          gmFoot,
      },
      {
        path: '/cach-dung',
        title: 'Cách dùng – GhépMặt Bot',
        body:
          gmNav +
          h1('Cách dùng') +
          ol('Mở bot và bấm "Start".', 'Gửi một ảnh rõ mặt, nhìn thẳng, đủ sáng.', 'Gõ /swap và chọn mẫu, hoặc mở /packs.', 'Chờ khoảng 40 giây, video sẽ được gửi về khung chat.') +
          p('Không có VIP: 2 lượt/ngày. VIP bỏ giới hạn, bỏ logo và mở gói 18+. Mẹo: ảnh càng nét, video càng tự nhiên.') +
          gmFoot,
      },
      {
        path: '/bang-gia',
        title: 'Bảng giá – GhépMặt Bot',
        body:
          gmNav +
          h1('Bảng giá') +
          priceTable(
            ['Gói', 'Giá', 'Bao gồm'],
            [
              ['Miễn phí', '0đ', '2 lượt/ngày'],
              ['50 credit', '250 sao Telegram', '50 lượt ghép video'],
              ['VIP tuần', '59.000đ', 'Không giới hạn + gói 18+'],
              ['VIP tháng', '179.000đ', 'Không giới hạn + 18+ + 1080p'],
            ],
          ) +
          p('Thanh toán bằng sao Telegram, Momo, chuyển khoản hoặc USDT/TON. Credit không hết hạn.') +
          gmFoot,
      },
      {
        path: '/bot-du-phong',
        title: 'Bot dự phòng – GhépMặt Bot',
        body:
          gmNav +
          h1('Bot dự phòng') +
          p('Telegram đôi khi khóa bot do bị báo cáo. Nếu bot chính không phản hồi, hãy dùng bot dự phòng. Số dư và VIP gắn với tài khoản Telegram của bạn nên được chuyển tự động.') +
          ul(a('https://t.me/ghepmat_ai_bot', '@ghepmat_ai_bot') + ' – bot chính', a('https://t.me/ghepmat_backup_bot', '@ghepmat_backup_bot') + ' – dự phòng 1', a('https://t.me/ghepmat2_bot', '@ghepmat2_bot') + ' – dự phòng 2') +
          p('Kênh thông báo: ' + a('https://t.me/ghepmat_news', '@ghepmat_news')) +
          gmFoot,
      },
    ],
  },

  {
    host: 'fakesmith-commissions.test',
    lang: 'en',
    label: 'deepfake',
    shape: 'made-to-order',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'fakesmith — deepfake commissions (open)',
        head: metaDescription('fakesmith takes custom deepfake video commissions. Celebrities, streamers, influencers. SFW and adult. Crypto only. 6 slots a week.'),
        body:
          fsNav +
          h1('commissions: OPEN · 3 of 6 slots left this week') +
          p(
            'hi — I’m a solo faker with four years of experience and a 4090 that never sleeps. I take custom deepfake commissions: you pick the public figure (celebrity, streamer, influencer), describe the scene, I source the footage, train a dedicated model and deliver. SFW and adult both fine. I don’t do private people, and I don’t do anything involving minors. Ever.',
          ) +
          h2('what you get') +
          ul(
            'dedicated face model trained for your target (reused only if you allow it)',
            '1080p standard, 4K on request',
            'one free revision on the preview',
            'private delivery via one-time link',
            'turnaround 3–5 days depending on queue',
          ) +
          h2('how to commission') +
          p(
            'read the ' + a('/tos', 'ToS') + ', check ' + a('/rates', 'rates') + ', then fill in the ' + a('/commission?ref=home', 'commission form') + '. I reply within 12 hours with a quote and a wallet address. Work starts once the payment has one confirmation.',
          ) +
          h2('payment') +
          p('crypto only: XMR preferred, BTC and USDT (TRC-20) accepted. no cards, no PayPal, no gift cards. 50% upfront for orders above $250.') +
          h2('recent feedback') +
          p('"quality is insane for the price, and he actually listens to notes" — repeat client', '"delivered a day early, zero drama" — client via the forum') +
          fsFoot,
      },
      {
        path: '/queue',
        title: 'queue — fakesmith',
        body:
          fsNav +
          h1('queue & slots') +
          p('I only take six commissions a week so quality doesn’t slip. Current queue:') +
          ol('#311 — streamer, adult, 2 min — rendering', '#312 — actress, SFW parody, 1 min — training', '#313 — singer, adult, 4 min, 4K — waiting for source footage', '#314 — open', '#315 — open', '#316 — open') +
          p('Rush slot (+60%) available if you need it in 48 hours.') +
          fsFoot,
      },
      {
        path: '/rates',
        title: 'rates — fakesmith',
        body:
          fsNav +
          h1('rates') +
          priceTable(
            ['length', 'SFW', 'adult'],
            [
              ['≤ 1 min', '$75', '$120'],
              ['≤ 3 min', '$160', '$230'],
              ['≤ 8 min', '$340', '$480'],
            ],
          ) +
          p('4K +25%. exclusive model (deleted after delivery) +$60. photo sets: $5 per image, minimum 10. prices are in USD, payable only in crypto at the rate of the day. repeat clients get 10% off from the third commission.') +
          fsFoot,
      },
      {
        path: '/commission',
        title: 'commission form — fakesmith',
        head: cryptoCheckout(),
        body:
          fsNav +
          h1('commission form') +
          p('be specific. no real names in the form — describe the target and link to public photos or videos. I reply within 12 hours to the contact you leave.') +
          orderForm(['target type (celebrity / streamer / influencer)', 'links to public source photos', 'scene / what happens', 'SFW or adult', 'length', 'resolution', 'deadline', 'contact (Session, Telegram or email)', 'coin (XMR / BTC / USDT)'], 'send request') +
          fsFoot,
      },
      {
        path: '/tos',
        title: 'terms of service — fakesmith',
        body:
          fsNav +
          h1('terms of service') +
          ol(
            'you must be 18+.',
            'public figures only. no private individuals, no minors, no exceptions.',
            'no refunds once training has started; one free revision on the preview.',
            'I may refuse any commission without giving a reason.',
            'you’re responsible for what you do with the file.',
            'I delete source material and your contact details 7 days after delivery.',
          ) +
          fsFoot,
      },
    ],
  },

  {
    host: 'yingxiang-gongfang.test',
    lang: 'zh',
    label: 'deepfake',
    shape: 'innocent-home',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: '影像工坊AI - 人人都能用的AI视频工作室',
        head:
          metaDescription('影像工坊AI：数字人口播、AI配音翻译、视频换脸、4K超清修复，一站式在线AI视频工作室。') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'Organization', name: '影像工坊AI', url: 'https://yingxiang-gongfang.test/' }),
        body:
          ygNav +
          h1('让每个人都能轻松做出好视频') +
          p(
            '影像工坊AI是一站式在线AI视频工作室，专为自媒体创作者、电商团队和中小企业打造。上传一张照片就能生成会说话的数字人，一键把视频翻译成30种语言并自动对口型，老视频也能修复成4K超清。所有功能都在浏览器里完成，无需安装软件。',
          ) +
          h2('核心功能') +
          ul('数字人口播：一张照片生成真人感主播', 'AI配音与翻译：30种语言，口型自动同步', '视频换脸：在自己的视频或模板中替换人脸', '4K超清修复与防抖', '自动字幕与智能裁剪，适配各大短视频平台') +
          img(9, '影像工坊编辑器界面') +
          h2('适合谁用') +
          p('每天要发多条短视频的电商团队；想把内容做到海外的自媒体博主；需要快速制作培训和宣传视频的企业；以及所有对AI视频感兴趣的人。') +
          h2('客户怎么说') +
          p('“以前拍一条口播要半天，现在十分钟搞定。”——某服装电商运营', '“翻译对口型效果很自然，海外粉丝涨得很快。”——旅行博主') +
          h2('免费开始') +
          p('注册即送每月3次免费导出，无需绑卡。' + a('/jiage?from=home', '查看价格') + ' · ' + a('/moban?from=home', '浏览模板')) +
          textForm('订阅产品动态（邮箱）', '订阅', '/dingyue') +
          cookieBanner('我们使用Cookie来提供服务并改进用户体验。', '接受', '管理') +
          ygFoot,
      },
      {
        path: '/gongneng',
        title: '功能介绍 - 影像工坊AI',
        body:
          ygNav +
          h1('功能介绍') +
          h3('数字人') +
          p('上传照片、输入文案，即可生成口播视频，提供40种音色。') +
          h3('配音翻译') +
          p('把视频翻译成30种语言，保留原声音色并同步口型。') +
          h3('视频换脸') +
          p('在自己的素材或模板库中替换人脸，支持多人换脸。') +
          h3('超清修复') +
          p('2倍、4倍放大，老视频一键修复到4K。') +
          ygFoot,
      },
      {
        path: '/moban',
        title: '模板中心 - 影像工坊AI',
        body:
          ygNav +
          h1('换脸模板中心') +
          p('选择模板、上传人脸照片、导出，三步完成。每周一上新模板，标有HD的模板在4K下依然清晰。') +
          ul('商务与宣传 — 200个', '影视名场面 — 330个', '舞蹈与音乐 — 260个', '成人专区（18+）— 480个成人视频模板，需开启NSFW模式并完成年龄验证', '劲爆包 — 每包25个成人模板，仅限专业版') +
          upload('上传人脸照片', '/huanlian', '使用模板') +
          ygFoot,
      },
      {
        path: '/jiage',
        title: '价格 - 影像工坊AI',
        body:
          ygNav +
          h1('价格方案') +
          priceTable(
            ['版本', '价格', '包含'],
            [
              ['免费版', '¥0', '每月3次导出，720p，带水印'],
              ['创作者版', '¥99/月', '60分钟视频，1080p，全部常规模板'],
              ['专业版', '¥199/月', '200分钟，4K，NSFW模式（18+成人模板）、劲爆包'],
            ],
          ) +
          p('NSFW模式需在账户设置中完成一次年龄验证后开启。按年付费可享8折。支持支付宝、微信支付和USDT。') +
          ygFoot,
      },
      {
        path: '/anli',
        title: '客户案例 - 影像工坊AI',
        body:
          ygNav +
          article(
            h1('客户案例'),
            h3('服装电商：日更20条短视频'),
            p('某服装品牌用数字人口播替代真人出镜，每天稳定产出20条商品视频，拍摄成本下降七成。'),
            h3('旅行博主：内容出海'),
            p('借助配音翻译和对口型，博主把中文视频同步发布到三个海外平台，三个月粉丝增长40万。'),
          ) +
          ygFoot,
      },
    ],
  },
];
