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

/*
 * Fresh sites by writer fresh-m, written after the classifier was built, without reading it or the corpus.
 * 18 sites in ja, ko, zh, ro, ms, hr, sl, lv: 7 services, 4 directories, 7 hard negatives.
 * All brands, hosts, people and bots are invented; text is marketing or editorial language only.
 */

// ───────────────────────── 1. ja · nudify · innocent-home ─────────────────────────
const hikariNav = nav(
  [
    ['/', 'ホーム'],
    ['/kinou', '機能一覧'],
    ['/plan', '料金プラン'],
    ['/faq', 'よくある質問'],
    ['/login', 'ログイン'],
  ],
  'ヒカリアトリエAI',
);
const hikariFoot = footer('© 2025 ヒカリアトリエAI　運営：ヒカリラボ合同会社　お問い合わせ：support@hikari-atelier-ai.test', [
  ['/kiyaku', '利用規約'],
  ['/privacy', 'プライバシーポリシー'],
  ['/tokushoho', '特定商取引法に基づく表記'],
]);

const s01: CorpusSite = {
  host: 'hikari-atelier-ai.test',
  lang: 'ja',
  label: 'nudify',
  shape: 'innocent-home',
  author: 'fresh-m',
  pages: [
    {
      path: '/',
      title: 'ヒカリアトリエAI｜スマホ写真がスタジオ品質に。AIフォトスタジオ',
      head:
        metaDescription('ヒカリアトリエAIは、背景変更・AI証明写真・アニメ風変換・高画質化がブラウザだけでできるオンラインAIフォトスタジオです。') +
        jsonLd({
          '@context': 'https://schema.org',
          '@type': 'WebApplication',
          name: 'ヒカリアトリエAI',
          applicationCategory: 'PhotographyApplication',
          operatingSystem: 'Web',
          offers: { '@type': 'Offer', price: '0', priceCurrency: 'JPY' },
        }) +
        gtag('G-HKR24ATL01'),
      body: [
        hikariNav,
        h1('写真1枚から、プロ品質のポートレートを。'),
        p(
          'ヒカリアトリエAIは、スマホで撮った何気ない写真を、AIがまるでスタジオで撮影したような仕上がりに変えるオンラインフォトスタジオです。背景の差し替え、明るさや色味の自動補正、履歴書用の証明写真、アニメ風イラストへの変換まで、すべてブラウザだけで完結。アプリのインストールも会員登録も不要で、最短10秒で仕上がります。',
        ),
        upload('写真をアップロード（JPG・PNG／10MBまで）', '/studio/upload', '無料で試してみる'),
        h2('ヒカリアトリエでできること'),
        ul(
          '背景チェンジ：白背景・カフェ・桜並木・海辺など50種類以上のテンプレート',
          'AI証明写真：履歴書・パスポート・マイナンバーカードの規格に自動トリミング',
          'アニメ・イラスト風変換：人気の8スタイルからワンタップで選択',
          '高画質化：古い写真やピンボケ写真を最大4倍まで鮮明に',
          '衣装チェンジ：スーツ・浴衣・ドレスなどにAIが着せ替え',
        ),
        img(1, 'ビフォーアフター例'),
        img(2, '背景チェンジの例'),
        h2('かんたん4ステップ'),
        ol('写真をアップロード', '仕上げたいモードを選ぶ', 'AIが数秒で自動生成', '高画質データをダウンロード'),
        h2('ご利用者の声'),
        blockquote('就活用の証明写真がスマホだけで作れて本当に助かりました。写真館に行く時間が浮きました。', '20代・会社員'),
        blockquote('飼っている柴犬の写真をアニメ風にして、SNSのアイコンにしています。', '30代・デザイナー'),
        p(
          '累計生成枚数は1,200万枚を突破。アップロードされた画像は暗号化して処理され、24時間後に自動で削除されます。もっと多くのモードを使いたい方は、' +
            a('/plan', '料金プラン') +
            'をご覧ください。',
        ),
        cookieBanner('当サイトでは、利便性の向上とアクセス解析・広告配信のためにCookieを使用しています。詳しくはプライバシーポリシーをご確認ください。', 'すべて同意する', '設定を変更'),
        hikariFoot,
        oneTap('481220917734-hikariatelier.apps.googleusercontent.com'),
      ].join('\n'),
    },
    {
      path: '/kinou',
      title: '機能一覧｜ヒカリアトリエAI',
      body: [
        hikariNav,
        h1('機能一覧'),
        section(
          h2('背景チェンジ'),
          p('人物をAIが自動で切り抜き、好きな背景と合成します。髪の毛の細かい部分まで自然に仕上がるので、プロフィール写真やSNS投稿にぴったりです。'),
        ),
        section(
          h2('AI証明写真'),
          p('正面を向いた写真を1枚アップロードするだけで、サイズ・余白・背景色を規格どおりに整えます。コンビニのプリント機でそのまま印刷できるL判データにも対応しています。'),
        ),
        section(
          h2('アニメ風・イラスト風'),
          p('水彩、セル画、90年代レトロなど8つのスタイルをご用意。ペットや風景の写真もかわいいイラストに変身します。'),
        ),
        section(
          h2('衣装チェンジ'),
          p('スーツ、浴衣、ウェディングドレスなど30種類以上の衣装にAIが着せ替えます。プレミアムプランでは、さらに多彩なモードが解放されます。詳しくは' + a('/plan', '料金プラン') + 'へ。'),
        ),
        hikariFoot,
      ].join('\n'),
    },
    {
      path: '/plan',
      title: '料金プラン｜ヒカリアトリエAI',
      head: stripe('pk_live_51HkrAtelierPlanJP0000000000'),
      body: [
        hikariNav,
        h1('料金プラン'),
        p('すべてのプランで基本機能をお使いいただけます。プレミアムプランでは、18歳以上の方限定の「アンロックモード」が解放されます。'),
        priceTable(
          ['プラン', '月額（税込）', '生成枚数', '使えるモード'],
          [
            ['フリー', '¥0', '1日3枚', '背景チェンジ・アニメ風'],
            ['スタンダード', '¥980', '月300枚', '全一般モード・高画質化・透かしなし'],
            ['プレミアム', '¥2,980', '無制限', '全モード＋アンロックモード（18+）・優先処理'],
          ],
        ),
        h2('アンロックモード（18+）とは'),
        p(
          'アンロックモードは、AIが写真の服を消して仕上げる大人向けの特別モードです。NSFWフィルターがオフになり、「ワンタップ脱衣」「着せ替え18+」「NSFWフリー生成」の3種類から選べます。どんな服装の写真でも、AIが自然な仕上がりに自動補完します。',
        ),
        ul('ワンタップ脱衣：写真をアップするだけで服を消した画像を生成', '着せ替え18+：水着・ランジェリー風の衣装に変更', 'NSFWフリー生成：フィルターなしで高解像度出力'),
        p('※プレミアム登録時に生年月日による年齢確認を行います。お支払いはクレジットカード、PayPay、暗号資産（USDT）に対応しています。'),
        button('プレミアムに登録する'),
        hikariFoot,
      ].join('\n'),
    },
    {
      path: '/faq',
      title: 'よくある質問｜ヒカリアトリエAI',
      body: [
        hikariNav,
        h1('よくある質問'),
        faq('アンロックモードについて', [
          ['どんな写真が使えますか？', '人物が1人だけ写った、正面からの写真がおすすめです。SNSのプロフィール画像くらいの画質でも、AIが服を消した画像を自動で生成します。'],
          ['写っている本人に通知されることはありますか？', 'いいえ。処理はすべてサーバー上で匿名で行われ、第三者に通知されることはありません。'],
          ['生成した画像はどこに保存されますか？', 'マイページに24時間だけ保存され、その後は自動で完全に削除されます。'],
        ]),
        faq('お支払い・アカウント', [
          ['解約はいつでもできますか？', 'マイページの「プラン管理」からいつでも解約でき、次回更新日以降の請求は発生しません。'],
          ['明細にサービス名は載りますか？', 'カード明細には「HL STUDIO」と表示されます。'],
          ['何歳から使えますか？', '一般モードは13歳以上、アンロックモードは18歳以上の方のみご利用いただけます。'],
        ]),
        hikariFoot,
      ].join('\n'),
    },
    {
      path: '/kiyaku',
      title: '利用規約｜ヒカリアトリエAI',
      body: [
        hikariNav,
        h1('利用規約'),
        p(
          '第1条（適用）本規約は、ヒカリラボ合同会社（以下「当社」）が提供する「ヒカリアトリエAI」（以下「本サービス」）の利用条件を定めるものです。',
          '第2条（利用者の責任）利用者は、アップロードする画像について必要な権利を有していることを保証するものとします。本サービスで生成された画像の利用により生じた一切の責任は利用者に帰属し、当社は責任を負いません。',
          '第3条（禁止事項）法令に違反する目的での利用、当社のサーバーに過度な負荷をかける行為を禁止します。',
          '第4条（免責）当社は、生成結果の正確性・完全性について保証しません。',
        ),
        hikariFoot,
      ].join('\n'),
    },
  ],
};

// ───────────────────────── 2. ko · deepfake · tube ─────────────────────────
const mongNav = nav(
  [
    ['/', '홈'],
    ['/hot', '인기 영상'],
    ['/tags', '태그'],
    ['/vip', 'VIP 멤버십'],
    ['/dmca', 'DMCA'],
  ],
  '딥몽TV',
);
const mongGate = ageGate(
  '딥몽TV는 만 19세 이상 성인만 이용할 수 있는 성인 전용 사이트입니다. 만 19세 미만 청소년은 이용할 수 없습니다.',
  '19세 이상입니다, 입장하기',
  '나가기',
);
const mongFoot = footer(
  '딥몽TV의 모든 영상은 AI로 생성된 합성 영상(딥페이크)이며 실존 인물과 관련이 없습니다. 본 사이트는 영상을 직접 호스팅하지 않으며 업로드 기능을 제공하지 않습니다. © 2025 DEEPMONG',
  [
    ['/dmca', 'DMCA / 삭제 요청'],
    ['/terms', '이용약관'],
    ['https://t.me/deepmong_official', '공식 텔레그램'],
  ],
);

const s02: CorpusSite = {
  host: 'deepmong-tv.test',
  lang: 'ko',
  label: 'deepfake',
  shape: 'tube',
  author: 'fresh-m',
  pages: [
    {
      path: '/',
      title: '딥몽TV - 고화질 AI 딥페이크 영상 무료 스트리밍',
      head: metaDescription('매일 업데이트되는 고화질 AI 딥페이크·얼굴합성 영상. 아이돌, 배우, 인플루언서 닮은꼴 19+ 영상을 광고 없이.') + gtag('G-DMTV190001'),
      body: [
        mongGate,
        mongNav,
        h1('AI 딥페이크 영상 전문 스트리밍, 딥몽TV'),
        p(
          '매일 새로 올라오는 고화질 AI 얼굴합성 영상을 무료로 감상하세요. 걸그룹, 배우, 인플루언서 닮은꼴 딥페이크부터 4K 리마스터 풀버전까지, 국내 최대 규모의 19+ 합성 영상 아카이브를 운영하고 있습니다. 회원가입 없이 바로 재생되며, VIP 회원은 광고 없이 원본 화질로 다운로드할 수 있습니다.',
        ),
        textForm('영상 검색 (예: 걸그룹, 얼굴합성, 4K)', '검색'),
        h2('오늘의 인기 영상'),
        mediaGrid([
          { title: '[딥페이크] 가상 걸그룹 S멤버 얼굴합성 19+ 풀버전', duration: '12:48', views: '조회수 18.2만회', tags: ['딥페이크', '걸그룹', '19금'] },
          { title: '인기 여배우 닮은꼴 AI합성 4K 리마스터', duration: '21:05', views: '조회수 9.7만회', tags: ['얼굴합성', '배우', '4K'] },
          { title: '유명 BJ 닮은꼴 딥페이크 미공개 영상', duration: '08:33', views: '조회수 6.1만회', tags: ['BJ', '딥페이크'] },
          { title: '아이돌 Y 합성 직캠 성인판', duration: '15:10', views: '조회수 22.4만회', tags: ['아이돌', '직캠', '19금'] },
          { title: '인플루언서 K 얼굴합성 스페셜', duration: '10:02', views: '조회수 4.3만회', tags: ['인플루언서', 'AI합성'] },
          { title: '드라마 여주인공 딥페이크 모음집', duration: '34:57', views: '조회수 11.9만회', tags: ['배우', '모음', '딥페이크'] },
        ]),
        h2('최신 업데이트'),
        mediaGrid([
          { title: '신인 걸그룹 멤버 J 얼굴합성 티저', duration: '03:21', views: '조회수 1.2만회', tags: ['걸그룹', '신작'] },
          { title: '치어리더 닮은꼴 AI 딥페이크', duration: '09:44', views: '조회수 2.8만회', tags: ['치어리더', '딥페이크'] },
        ]),
        p('보고 싶은 인물이 있나요? VIP 회원은 매주 리퀘스트 게시판에서 원하는 얼굴합성 영상을 신청할 수 있습니다. ' + a('/vip', 'VIP 혜택 보기')),
        cookieBanner('딥몽TV는 서비스 개선과 맞춤형 광고를 위해 쿠키를 사용합니다.', '동의', '거부'),
        mongFoot,
      ].join('\n'),
    },
    {
      path: '/hot',
      title: '주간 인기 딥페이크 영상 TOP - 딥몽TV',
      body: [
        mongGate,
        mongNav,
        h1('주간 인기 영상 TOP'),
        p('지난 7일간 가장 많이 재생된 AI 얼굴합성 영상입니다. 순위는 매일 자정에 갱신됩니다.'),
        mediaGrid([
          { title: '아이돌 Y 합성 직캠 성인판', duration: '15:10', views: '조회수 22.4만회', tags: ['아이돌', '19금'] },
          { title: '[딥페이크] 가상 걸그룹 S멤버 얼굴합성 19+ 풀버전', duration: '12:48', views: '조회수 18.2만회', tags: ['걸그룹', '딥페이크'] },
          { title: '드라마 여주인공 딥페이크 모음집', duration: '34:57', views: '조회수 11.9만회', tags: ['배우', '모음'] },
          { title: '아나운서 닮은꼴 얼굴합성 풀영상', duration: '18:26', views: '조회수 10.5만회', tags: ['아나운서', '얼굴합성'] },
          { title: '인기 여배우 닮은꼴 AI합성 4K 리마스터', duration: '21:05', views: '조회수 9.7만회', tags: ['배우', '4K'] },
        ]),
        mongFoot,
      ].join('\n'),
    },
    {
      path: '/tags',
      title: '태그 전체보기 - 딥몽TV',
      body: [
        mongGate,
        mongNav,
        h1('태그 전체보기'),
        p('원하는 카테고리를 선택해 AI 합성 영상을 찾아보세요. 태그 옆 숫자는 등록된 영상 수입니다.'),
        ul(
          a('/tag/딥페이크', '#딥페이크 (4,812)'),
          a('/tag/얼굴합성', '#얼굴합성 (3,977)'),
          a('/tag/걸그룹', '#걸그룹 (1,204)'),
          a('/tag/배우', '#배우 (986)'),
          a('/tag/인플루언서', '#인플루언서 (741)'),
          a('/tag/BJ', '#BJ (655)'),
          a('/tag/19금', '#19금 (5,230)'),
          a('/tag/4K', '#4K (312)'),
        ),
        p('새로운 태그는 VIP 리퀘스트와 제휴 채널 업로드에 따라 매주 추가됩니다.'),
        mongFoot,
      ].join('\n'),
    },
    {
      path: '/vip',
      title: 'VIP 멤버십 - 딥몽TV',
      head: cryptoCheckout(),
      body: [
        mongGate,
        mongNav,
        h1('VIP 멤버십'),
        p('광고 없이 원본 화질로 감상하고, 원하는 인물의 딥페이크 영상을 직접 리퀘스트하세요. 결제는 익명성이 보장되는 암호화폐(USDT·BTC)로만 가능합니다.'),
        priceTable(
          ['기간', '가격', '혜택'],
          [
            ['1주', '9 USDT', '광고 제거 · 1080p'],
            ['1개월', '25 USDT', '광고 제거 · 4K · 다운로드'],
            ['3개월', '60 USDT', '4K · 다운로드 · 월 2회 리퀘스트'],
          ],
        ),
        p('결제 후 발급되는 코드를 입력하면 즉시 VIP가 활성화됩니다. 환불은 불가합니다.'),
        button('USDT로 결제하기'),
        mongFoot,
      ].join('\n'),
    },
    {
      path: '/dmca',
      title: 'DMCA / 콘텐츠 삭제 요청 - 딥몽TV',
      body: [
        mongNav,
        h1('DMCA 및 콘텐츠 삭제 요청'),
        p(
          '딥몽TV는 영상을 직접 저장하지 않으며, 제3자 서버에 호스팅된 콘텐츠로 연결되는 색인 서비스입니다. 저작권자 또는 권리 보유자는 아래 이메일로 해당 영상의 URL, 권리 증빙 자료, 연락처를 보내주시면 영업일 기준 14일 이내에 검토합니다.',
          '삭제 요청 이메일: dmca@deepmong-tv.test (영문 또는 한국어). 증빙이 불충분한 요청은 처리되지 않을 수 있습니다.',
        ),
        mongFoot,
      ].join('\n'),
    },
  ],
};

// ───────────────────────── 3. zh · nudify · telegram-bot ─────────────────────────
const huanyiNav = nav(
  [
    ['/', '首页'],
    ['/jiaocheng', '使用教程'],
    ['/chongzhi', '充值中心'],
    ['/faq', '常见问题'],
    ['/beiyong', '备用地址'],
  ],
  '幻衣AI',
);
const huanyiFoot = footer('幻衣AI 仅供18岁以上成年人娱乐使用。请勿上传未成年人照片。© 2025 幻衣AI 团队', [
  ['https://t.me/HuanyiAI_bot', '机器人 @HuanyiAI_bot'],
  ['https://t.me/huanyi_pindao', '官方频道'],
  ['/beiyong', '防失联地址'],
]);

const s03: CorpusSite = {
  host: 'huanyi-bot.test',
  lang: 'zh',
  label: 'nudify',
  shape: 'telegram-bot',
  author: 'fresh-m',
  pages: [
    {
      path: '/',
      title: '幻衣AI｜Telegram 一键脱衣机器人 · 30秒出图',
      head: metaDescription('幻衣AI 是运行在 Telegram 上的 AI 一键去衣机器人，发送照片即可，无需下载，无需注册，支持 NSFW 模式。'),
      body: [
        huanyiNav,
        h1('幻衣AI · Telegram 一键脱衣机器人'),
        p(
          '无需下载App，无需注册账号。打开 Telegram，把照片发给机器人，30秒内就能收到AI处理后的图片。幻衣AI 支持一键去衣、AI换装、泳装模式和无限制的 NSFW 模式，全程匿名，聊天记录可一键清除，仅限18岁以上成年人使用。',
        ),
        p(a('https://t.me/HuanyiAI_bot?start=web', '👉 立即打开机器人 @HuanyiAI_bot')),
        img(3, '机器人对话截图'),
        h2('为什么选择幻衣'),
        ul(
          '速度快：独立GPU集群，高峰期也能30秒内出图',
          '效果真：第五代去衣模型，自动识别服装并补全，边缘自然',
          '够私密：照片处理完成后立即删除，机器人不保存任何记录',
          '价格低：新用户免费3次，充值低至每张0.3元',
          '防失联：官方频道与备用机器人同步更新，被封也能马上找到',
        ),
        h2('三步开始使用'),
        ol(
          '在 Telegram 搜索 @HuanyiAI_bot，或点击上方按钮',
          '发送 /start，系统自动赠送3次免费额度',
          '发送一张清晰的单人照片，选择「去衣」「换装」或「泳装」模式',
          '等待约30秒，机器人会把结果直接发回给你',
        ),
        p('邀请好友使用你的专属链接注册，每邀请一人可获得5次额度，上不封顶。详细操作请看' + a('/jiaocheng', '使用教程') + '，额度不够可前往' + a('/chongzhi', '充值中心') + '。'),
        blockquote('比网页版快多了，发图就出结果，还不用留手机号。', '频道用户留言'),
        huanyiFoot,
      ].join('\n'),
    },
    {
      path: '/jiaocheng',
      title: '使用教程｜幻衣AI',
      body: [
        huanyiNav,
        h1('使用教程'),
        h2('机器人指令一览'),
        ul(
          '/start —— 开始使用并领取免费额度',
          '/mode —— 切换模式：去衣、换装、泳装、NSFW',
          '/balance —— 查询剩余额度',
          '/invite —— 获取专属邀请链接',
          '/clear —— 清除所有对话记录',
        ),
        h2('拍照小技巧'),
        p('正面、光线充足、单人入镜的照片效果最好。多人合照请先裁剪。图片分辨率建议在 720p 以上，机器人会自动压缩过大的文件。'),
        p('如果机器人没有回复，可能是当前排队人数较多，请稍候再试，或者切换到' + a('/beiyong', '备用机器人') + '。'),
        huanyiFoot,
      ].join('\n'),
    },
    {
      path: '/chongzhi',
      title: '充值中心｜幻衣AI',
      head: cryptoCheckout(),
      body: [
        huanyiNav,
        h1('充值中心'),
        p('额度永久有效，不限时间使用。支持 USDT（TRC20）、比特币和 TON 付款，到账后机器人会自动通知你。'),
        priceTable(
          ['套餐', '额度', '价格', '说明'],
          [
            ['体验包', '20次', '5 USDT', '适合新手尝鲜'],
            ['标准包', '100次', '18 USDT', '解锁高清输出'],
            ['VIP周卡', '7天无限次', '12 USDT', '优先队列 · NSFW 模式'],
            ['VIP月卡', '30天无限次', '35 USDT', '优先队列 · 批量处理'],
          ],
        ),
        p('付款时请在备注中填写你的 Telegram ID，付款后5分钟内未到账请联系客服 @huanyi_kefu。'),
        button('使用 USDT 付款'),
        huanyiFoot,
      ].join('\n'),
    },
    {
      path: '/faq',
      title: '常见问题｜幻衣AI',
      body: [
        huanyiNav,
        h1('常见问题'),
        faq('常见问题', [
          ['可以用任何人的照片吗？', '机器人支持所有清晰的人物照片，包括从社交平台保存的照片。请自行确保使用方式合法。'],
          ['照片会被保存吗？', '不会。处理完成后原图和结果会立即从服务器删除，你也可以用 /clear 清除对话。'],
          ['为什么被限制了？', '如果短时间内发送过多图片，系统会临时限流，十分钟后自动恢复。VIP 用户不受此限制。'],
          ['机器人被封了怎么办？', '请关注官方频道，新机器人地址会第一时间发布，账户额度自动同步。'],
        ]),
        huanyiFoot,
      ].join('\n'),
    },
    {
      path: '/beiyong',
      title: '备用地址 · 防失联｜幻衣AI',
      body: [
        huanyiNav,
        h1('备用地址 · 防失联'),
        p('由于平台审核，机器人和频道可能会不定期被封。请收藏本页面，我们会在这里第一时间更新最新可用的入口。账户额度与 Telegram ID 绑定，更换机器人后无需重新充值。'),
        ul(
          a('https://t.me/HuanyiAI_bot', '主机器人：@HuanyiAI_bot'),
          a('https://t.me/HuanyiAI2_bot', '备用机器人：@HuanyiAI2_bot'),
          a('https://t.me/huanyi_pindao', '官方频道：@huanyi_pindao'),
          a('https://huanyi-bot2.test', '备用网址：huanyi-bot2.test'),
        ),
        huanyiFoot,
      ].join('\n'),
    },
  ],
};

// ───────────────────────── 4. ro · nudify · app-landing ─────────────────────────
const vizorNav = nav(
  [
    ['/', 'Acasă'],
    ['/descarca', 'Descarcă'],
    ['/vip', 'Abonament VIP'],
    ['/intrebari-frecvente', 'Întrebări frecvente'],
  ],
  'VizorX',
);
const vizorFoot = footer('VizorX este destinată exclusiv persoanelor cu vârsta de peste 18 ani. © 2025 VizorX Labs. Toate drepturile rezervate.', [
  ['/termeni', 'Termeni și condiții'],
  ['/confidentialitate', 'Politica de confidențialitate'],
  ['mailto:suport@vizorx-app.test', 'Suport'],
]);

const s04: CorpusSite = {
  host: 'vizorx-app.test',
  lang: 'ro',
  label: 'nudify',
  shape: 'app-landing',
  author: 'fresh-m',
  pages: [
    {
      path: '/',
      title: 'VizorX – aplicația AI care scoate hainele de pe orice poză | Descarcă APK',
      head:
        metaDescription('VizorX: aplicația AI de dezbrăcare pentru Android și iOS. Încarci o poză, alegi modul NSFW și primești rezultatul în câteva secunde. 18+.') +
        jsonLd({
          '@context': 'https://schema.org',
          '@type': 'MobileApplication',
          name: 'VizorX',
          operatingSystem: 'Android, iOS',
          applicationCategory: 'EntertainmentApplication',
          aggregateRating: { '@type': 'AggregateRating', ratingValue: '4.7', ratingCount: '18240' },
          offers: { '@type': 'Offer', price: '0', priceCurrency: 'RON' },
        }) +
        gtag('G-VZRX2025RO'),
      body: [
        vizorNav,
        h1('VizorX – scoate hainele de pe orice poză, direct din telefon'),
        p(
          'VizorX este aplicația AI care transformă orice fotografie în câteva secunde. Alegi o poză din galerie, apeși pe „Dezbracă” și inteligența artificială face restul. Fără cont, fără bătăi de cap, cu rezultate realiste chiar și pe poze făcute cu telefonul. Modul NSFW este disponibil doar pentru utilizatorii de peste 18 ani.',
        ),
        storeBadges('/descarca/vizorx-3.4.1.apk'),
        p('Nu găsești aplicația în magazin? Descarcă direct fișierul APK de pe ' + a('/descarca', 'pagina de descărcare') + ' – e gratuit și sigur.'),
        img(4, 'Capturi din aplicație'),
        h2('De ce VizorX?'),
        ul(
          'Dezbrăcare AI cu un singur tap – rezultate în sub 10 secunde',
          'Mod NSFW fără filtre pentru abonații VIP',
          'Schimbare de ținută: costum de baie, lenjerie, cosplay',
          'Funcționează cu poze din Instagram, Facebook sau TikTok',
          'Pozele tale nu sunt salvate pe servere – totul se șterge automat',
        ),
        h2('Cum funcționează'),
        ol('Instalează aplicația sau APK-ul', 'Alege o fotografie cu o singură persoană', 'Selectează modul: Dezbracă, Costum de baie sau NSFW', 'Salvează sau distribuie rezultatul'),
        h2('Ce spun utilizatorii'),
        blockquote('Cea mai bună aplicație de acest gen pe care am încercat-o. Merge perfect și pe poze mai vechi.', 'Andrei, 27 de ani'),
        blockquote('Abonamentul săptămânal e super ieftin și nu mai am reclame.', 'Mihai, 31 de ani'),
        p('Peste 500.000 de descărcări în România și Republica Moldova. Primele 3 poze sunt gratuite, apoi poți trece la ' + a('/vip', 'VIP săptămânal') + ' de la doar 24,99 lei.'),
        cookieBanner('Folosim cookie-uri pentru a îmbunătăți experiența și pentru reclame personalizate. Continuând navigarea, ești de acord cu utilizarea lor.', 'Accept', 'Refuz'),
        vizorFoot,
      ].join('\n'),
    },
    {
      path: '/descarca',
      title: 'Descarcă VizorX APK – ultima versiune 3.4.1',
      body: [
        vizorNav,
        h1('Descarcă VizorX pentru Android și iOS'),
        p(
          'Din cauza politicilor magazinelor de aplicații, versiunea completă, cu modul NSFW deblocat, este disponibilă doar ca fișier APK. Versiunea din App Store conține doar funcțiile de bază.',
        ),
        storeBadges('/descarca/vizorx-3.4.1.apk'),
        h2('Cum instalezi APK-ul'),
        ol(
          'Descarcă fișierul vizorx-3.4.1.apk (58 MB)',
          'Deschide Setări → Securitate și activează „Surse necunoscute”',
          'Deschide fișierul descărcat și apasă „Instalează”',
          'Pornește aplicația și confirmă că ai peste 18 ani',
        ),
        p('Versiune: 3.4.1 · Actualizat: martie 2025 · Android 8.0 sau mai nou.'),
        vizorFoot,
      ].join('\n'),
    },
    {
      path: '/vip',
      title: 'Abonament VIP VizorX – săptămânal, lunar, anual',
      head: stripe('pk_live_51VizorXroVIP000000000000'),
      body: [
        vizorNav,
        h1('Abonament VIP'),
        p('Cu VIP ai acces nelimitat la dezbrăcarea AI, modul NSFW fără filtre, rezoluție HD și procesare prioritară. Poți anula oricând din contul Google Play sau din aplicație.'),
        priceTable(
          ['Plan', 'Preț', 'Ce primești'],
          [
            ['Săptămânal', '24,99 lei / săptămână', 'Poze nelimitate, mod NSFW, fără reclame'],
            ['Lunar', '69,99 lei / lună', 'Tot ce e în Săptămânal + HD + prioritate'],
            ['Anual', '349,99 lei / an', 'Tot ce e în Lunar + ținute exclusive'],
          ],
        ),
        p('Plata se face cu cardul, prin Google Play sau în criptomonede. Abonamentul se reînnoiește automat dacă nu îl anulezi cu cel puțin 24 de ore înainte de final.'),
        button('Activează VIP'),
        vizorFoot,
      ].join('\n'),
    },
    {
      path: '/intrebari-frecvente',
      title: 'Întrebări frecvente – VizorX',
      body: [
        vizorNav,
        h1('Întrebări frecvente'),
        faq('Întrebări frecvente', [
          ['Pot folosi orice poză?', 'Da, aplicația funcționează cu orice fotografie clară cu o singură persoană, inclusiv poze de pe rețelele sociale.'],
          ['Persoana din poză află?', 'Nu. Procesarea este anonimă și nu trimitem nicio notificare nimănui.'],
          ['Este legal?', 'Utilizatorul este singurul responsabil pentru modul în care folosește rezultatele. Te rugăm să respecți legislația din țara ta.'],
          ['Cum anulez abonamentul săptămânal?', 'Din Google Play → Abonamente → VizorX → Anulează, sau din meniul Cont din aplicație.'],
        ]),
        vizorFoot,
      ].join('\n'),
    },
    {
      path: '/termeni',
      title: 'Termeni și condiții – VizorX',
      body: [
        vizorNav,
        h1('Termeni și condiții'),
        p(
          'Prin descărcarea și utilizarea aplicației VizorX confirmi că ai împlinit vârsta de 18 ani. Conținutul generat are scop exclusiv de divertisment. VizorX Labs nu își asumă răspunderea pentru utilizarea imaginilor generate de către utilizatori.',
          'Abonamentele se facturează în avans și nu se rambursează pentru perioadele deja începute. Ne rezervăm dreptul de a modifica prețurile cu notificare prealabilă în aplicație.',
        ),
        vizorFoot,
      ].join('\n'),
    },
  ],
};

// ───────────────────────── 5. ms · deepfake · made-to-order ─────────────────────────
const wajahNav = nav(
  [
    ['/', 'Utama'],
    ['/cara-tempah', 'Cara Tempah'],
    ['/pakej', 'Pakej & Harga'],
    ['/borang-tempahan', 'Borang Tempahan'],
    ['/soalan-lazim', 'Soalan Lazim'],
  ],
  'WajahKu Custom',
);
const wajahFoot = footer('WajahKu Custom – perkhidmatan video tukar wajah tempahan khas untuk pelanggan 18 tahun ke atas. Bayaran kripto sahaja. © 2025', [
  ['https://t.me/wajahku_admin', 'Telegram Admin'],
  ['/terma', 'Terma Perkhidmatan'],
]);

const s05: CorpusSite = {
  host: 'wajahku-custom.test',
  lang: 'ms',
  label: 'deepfake',
  shape: 'made-to-order',
  author: 'fresh-m',
  pages: [
    {
      path: '/',
      title: 'WajahKu Custom – Video Deepfake Tempahan Khas 18+ | Bayar Kripto',
      head: metaDescription('Tempah video tukar wajah (deepfake) mengikut permintaan. Hantar gambar wajah, pilih video, siap dalam 48 jam. Kandungan dewasa 18+. Bayaran USDT/BTC sahaja.'),
      body: [
        wajahNav,
        h1('Video Deepfake Tempahan Khas – Wajah Pilihan Anda, Siap Dalam 48 Jam'),
        p(
          'WajahKu Custom ialah studio tukar wajah AI yang menghasilkan video deepfake mengikut tempahan. Anda hanya perlu hantar beberapa gambar wajah orang yang anda mahu, pilih video daripada katalog kami atau berikan pautan video sendiri, dan editor kami akan letakkan wajah tersebut ke dalam video dewasa 18+ dengan kualiti HD. Tiada perisian perlu dipasang, tiada kemahiran diperlukan.',
        ),
        h2('Kenapa pilih kami?'),
        ul(
          'Editor berpengalaman lebih 3 tahun dengan model AI khas',
          'Hasil realistik: pencahayaan, sudut dan ekspresi wajah dipadankan',
          'Cukup 10–20 gambar wajah, boleh ambil dari Instagram atau Facebook',
          'Privasi terjamin – semua fail dipadam selepas penghantaran',
          'Bayaran kripto sahaja (USDT TRC20, BTC, LTC) untuk keselamatan kedua-dua pihak',
        ),
        h2('Bagaimana ia berfungsi'),
        ol(
          'Pilih pakej di halaman ' + a('/pakej', 'Pakej & Harga'),
          'Isi ' + a('/borang-tempahan', 'borang tempahan') + ' dan sertakan pautan Google Drive berisi gambar wajah',
          'Buat bayaran deposit 50% dalam USDT',
          'Terima pratonton 10 saat dalam masa 24 jam',
          'Jelaskan baki dan terima video penuh dalam 48 jam',
        ),
        h2('Testimoni pelanggan'),
        blockquote('Hasilnya memang tak sangka, nampak macam betul-betul. Admin pun cepat balas.', 'Pelanggan dari Johor Bahru'),
        blockquote('Dah tempah tiga kali. Harga berpatutan dan siap awal.', 'Pelanggan dari Kuala Lumpur'),
        p('Slot tempahan terhad kepada 15 pesanan seminggu. Hubungi admin di Telegram untuk semak slot kosong sebelum membuat bayaran.'),
        cookieBanner('Laman ini menggunakan kuki untuk analitik ringkas. Teruskan melayari bermakna anda bersetuju.', 'Setuju'),
        wajahFoot,
      ].join('\n'),
    },
    {
      path: '/cara-tempah',
      title: 'Cara Tempah – WajahKu Custom',
      body: [
        wajahNav,
        h1('Cara Membuat Tempahan'),
        p(
          'Sebelum membuat tempahan, sediakan sekurang-kurangnya 10 gambar wajah yang jelas dari pelbagai sudut. Gambar swafoto, gambar majlis atau tangkapan skrin video juga boleh digunakan. Lebih banyak gambar, lebih realistik hasilnya.',
          'Muat naik gambar ke Google Drive atau Mega, tetapkan pautan kepada “sesiapa yang mempunyai pautan”, kemudian tampal pautan itu dalam borang tempahan. Kami tidak menerima fail melalui laman web ini.',
          'Selepas borang dihantar, admin akan menghubungi anda melalui Telegram dalam masa 2 jam dengan alamat dompet kripto untuk deposit.',
        ),
        wajahFoot,
      ].join('\n'),
    },
    {
      path: '/pakej',
      title: 'Pakej & Harga – WajahKu Custom',
      head: cryptoCheckout(),
      body: [
        wajahNav,
        h1('Pakej & Harga'),
        p('Semua harga dalam USDT. Kami tidak menerima pindahan bank, e-dompet atau kad kredit.'),
        priceTable(
          ['Pakej', 'Tempoh video', 'Harga', 'Masa siap'],
          [
            ['Asas', 'sehingga 3 minit', '45 USDT', '72 jam'],
            ['Premium', 'sehingga 10 minit', '110 USDT', '48 jam'],
            ['VIP Ekspres', 'sehingga 20 minit, 4K', '220 USDT', '24 jam'],
            ['Gambar sahaja', '10 gambar 18+', '25 USDT', '24 jam'],
          ],
        ),
        p('Semakan semula percuma sekali bagi setiap tempahan. Tiada bayaran balik selepas pratonton diluluskan.'),
        wajahFoot,
      ].join('\n'),
    },
    {
      path: '/borang-tempahan',
      title: 'Borang Tempahan – WajahKu Custom',
      body: [
        wajahNav,
        h1('Borang Tempahan'),
        p('Isi semua ruangan dengan lengkap. Pastikan nama pengguna Telegram anda betul supaya admin boleh menghubungi anda. Jangan muat naik gambar di sini – gunakan pautan Google Drive sahaja.'),
        orderForm(
          ['Nama pengguna Telegram', 'Pakej (Asas / Premium / VIP Ekspres / Gambar sahaja)', 'Pautan Google Drive gambar wajah', 'Pautan video sasaran atau kod katalog', 'Nota tambahan untuk editor', 'Mata wang kripto (USDT / BTC / LTC)'],
          'Hantar Tempahan',
        ),
        p('Dengan menghantar borang ini, anda mengesahkan bahawa anda berumur 18 tahun ke atas.'),
        wajahFoot,
      ].join('\n'),
    },
    {
      path: '/soalan-lazim',
      title: 'Soalan Lazim – WajahKu Custom',
      body: [
        wajahNav,
        h1('Soalan Lazim'),
        faq('Soalan Lazim', [
          ['Boleh guna wajah sesiapa sahaja?', 'Boleh, selagi anda ada gambar wajah yang jelas. Kami tidak bertanya hubungan anda dengan orang dalam gambar.'],
          ['Adakah video akan disimpan?', 'Tidak. Semua fail dipadam 7 hari selepas penghantaran.'],
          ['Kenapa kripto sahaja?', 'Untuk menjaga privasi pelanggan dan mengelakkan akaun pembayaran kami dibekukan.'],
          ['Berapa lama untuk dapat pratonton?', 'Biasanya dalam 24 jam selepas deposit diterima.'],
        ]),
        wajahFoot,
      ].join('\n'),
    },
  ],
};

// ───────────────────────── 6. hr · nudify · api-reseller ─────────────────────────
const stripNav = nav(
  [
    ['/', 'Početna'],
    ['/dokumentacija', 'Dokumentacija'],
    ['/cjenik', 'Cjenik'],
    ['/white-label', 'White-label'],
    ['/prijava', 'Prijava'],
  ],
  'Razgoli API',
);
const stripFoot = footer('Razgoli API · REST API za AI obradu fotografija · Namijenjeno isključivo punoljetnim korisnicima (18+) · © 2025 Razgoli d.o.o.', [
  ['/uvjeti-koristenja', 'Uvjeti korištenja'],
  ['/status', 'Status sustava'],
  ['mailto:dev@razgoli-api.test', 'Podrška za developere'],
]);

const s06: CorpusSite = {
  host: 'razgoli-api.test',
  lang: 'hr',
  label: 'nudify',
  shape: 'api-reseller',
  author: 'fresh-m',
  pages: [
    {
      path: '/',
      title: 'Razgoli API – AI API za skidanje odjeće s fotografija | Plaćanje po pozivu',
      head:
        metaDescription('Razgoli API: REST API za AI uklanjanje odjeće (undress) s fotografija. Bez NSFW filtera, plaćanje po pozivu od 0,03 €. White-label za Telegram botove i aplikacije.') +
        jsonLd({
          '@context': 'https://schema.org',
          '@type': 'SoftwareApplication',
          name: 'Razgoli API',
          applicationCategory: 'DeveloperApplication',
          offers: { '@type': 'Offer', price: '0.03', priceCurrency: 'EUR', description: 'po API pozivu' },
        }),
      body: [
        stripNav,
        h1('Undress API za vaše aplikacije i botove'),
        p(
          'Razgoli je REST API koji developerima omogućuje da u nekoliko redaka koda dodaju AI skidanje odjeće s fotografija u vlastitu aplikaciju, web stranicu ili Telegram bota. Pošaljete sliku, odaberete način obrade i u prosjeku za 4 sekunde dobivate rezultat u punoj rezoluciji. Bez NSFW filtera, bez ograničenja sadržaja, s plaćanjem samo za ono što potrošite.',
        ),
        h2('Zašto Razgoli'),
        ul(
          'Endpoint /v2/undress s tri načina: full, swimsuit i lingerie',
          'Prosječna latencija 4,1 s, 99,9 % dostupnosti',
          'Plaćanje po pozivu od 0,03 € – bez mjesečne pretplate',
          'White-label: vaš brend, naša infrastruktura',
          'Kripto i kartično plaćanje, bez KYC-a do 500 € mjesečno',
          'Slike se brišu odmah nakon obrade, ne čuvamo logove sadržaja',
        ),
        h2('Brzi početak'),
        '<pre><code>curl -X POST https://api.razgoli-api.test/v2/undress \\\n  -H "Authorization: Bearer VAS_API_KLJUC" \\\n  -F "image=@fotografija.jpg" \\\n  -F "mode=full" -F "nsfw=true"</code></pre>',
        p('Odgovor stiže kao JSON s poveznicom na rezultat koja vrijedi 15 minuta. Detalje o parametrima i kodovima grešaka potražite u ' + a('/dokumentacija', 'dokumentaciji') + '.'),
        h2('Tko nas koristi'),
        p('Više od 140 partnera – od Telegram botova do mobilnih aplikacija – obrađuje preko našeg API-ja više od 2 milijuna slika mjesečno. Mnogi su pokrenuli vlastiti servis za manje od jednog dana.'),
        p(a('/prijava', 'Otvorite račun') + ' i dobijte 50 besplatnih poziva za testiranje.'),
        cookieBanner('Koristimo kolačiće za analitiku i prijavu u nadzornu ploču.', 'Prihvaćam', 'Samo nužni'),
        stripFoot,
      ].join('\n'),
    },
    {
      path: '/dokumentacija',
      title: 'Dokumentacija – Razgoli API',
      body: [
        stripNav,
        h1('Dokumentacija API-ja'),
        h2('Autentikacija'),
        p('Svaki zahtjev mora sadržavati zaglavlje Authorization s vašim API ključem. Ključeve generirate u nadzornoj ploči i možete ih opozvati u bilo kojem trenutku.'),
        h2('POST /v2/undress'),
        ul(
          'image (obavezno) – JPG, PNG ili WEBP, najviše 12 MB',
          'mode – full, swimsuit ili lingerie (zadano: full)',
          'nsfw – true/false, isključuje filter sadržaja',
          'quality – standard ili hd (HD se naplaćuje kao dva poziva)',
          'webhook – URL na koji šaljemo rezultat kad je gotov',
        ),
        h2('Kodovi grešaka'),
        p('402 – nedovoljno kredita; 413 – slika je prevelika; 422 – na slici nije prepoznata osoba; 429 – prekoračen broj zahtjeva u minuti.'),
        '<pre><code>{ "id": "job_8f2c", "status": "done", "result_url": "https://cdn.razgoli-api.test/r/8f2c.png", "credits_left": 412 }</code></pre>',
        stripFoot,
      ].join('\n'),
    },
    {
      path: '/cjenik',
      title: 'Cjenik – Razgoli API',
      head: stripe('pk_live_51RazgoliHR00000000000') + cryptoCheckout(),
      body: [
        stripNav,
        h1('Cjenik'),
        p('Plaćate samo uspješno obrađene slike. Krediti ne istječu. Količinski popusti primjenjuju se automatski.'),
        priceTable(
          ['Paket', 'Broj poziva', 'Cijena po pozivu', 'Ukupno'],
          [
            ['Starter', '1.000', '0,05 €', '50 €'],
            ['Growth', '10.000', '0,04 €', '400 €'],
            ['Scale', '100.000', '0,03 €', '3.000 €'],
            ['Enterprise', 'po dogovoru', 'od 0,02 €', 'individualna ponuda'],
          ],
        ),
        p('Plaćanje karticom, USDT-om (TRC20) ili bitcoinom. Za pakete iznad 10.000 poziva dobivate namjenski GPU red i prioritetnu podršku.'),
        stripFoot,
      ].join('\n'),
    },
    {
      path: '/white-label',
      title: 'White-label rješenje – Razgoli API',
      body: [
        stripNav,
        h1('Pokrenite vlastiti undress servis'),
        p(
          'Nemate vlastiti model? Nema problema. Uz naš white-label paket dobivate gotov Telegram bot, web sučelje i mobilnu aplikaciju s vašim logotipom, povezane na Razgoli API. Vi određujete cijene svojim korisnicima, a mi vam naplaćujemo samo pozive po veleprodajnoj cijeni.',
          'Paket uključuje predloške za stranicu s cijenama, sustav bodova, referalni program i integraciju kripto plaćanja. Prosječan partner vraća ulaganje u prva dva tjedna.',
        ),
        button('Zatražite ponudu'),
        stripFoot,
      ].join('\n'),
    },
    {
      path: '/uvjeti-koristenja',
      title: 'Uvjeti korištenja – Razgoli API',
      body: [
        stripNav,
        h1('Uvjeti korištenja'),
        p(
          'Korištenjem API-ja potvrđujete da imate najmanje 18 godina. Partner je isključivo odgovoran za sadržaj koji njegovi korisnici šalju i za način na koji se rezultati koriste. Razgoli d.o.o. ne pregledava slike i ne odgovara za njihovu zakonitost.',
          'Zadržavamo pravo suspendirati ključeve koji generiraju neuobičajeno velik broj grešaka ili ugrožavaju stabilnost sustava. Neiskorišteni krediti ne vraćaju se u novcu.',
        ),
        stripFoot,
      ].join('\n'),
    },
  ],
};

// ───────────────────────── 7. sl · deepfake · request-board ─────────────────────────
const borzaNav = nav(
  [
    ['/', 'Domov'],
    ['/zahteve', 'Vse zahteve'],
    ['/nova-zahteva', 'Objavi zahtevo'],
    ['/ustvarjalci', 'Ustvarjalci'],
    ['/pravila', 'Pravila'],
  ],
  'FaceBorza',
);
const borzaFoot = footer('FaceBorza – tržnica zahtev za AI zamenjavo obrazov. Samo za polnoletne (18+). Vsa plačila prek escrowa v kriptovalutah. © 2025', [
  ['/pravila', 'Pravila skupnosti'],
  ['https://t.me/faceborza', 'Telegram skupina'],
  ['/kontakt', 'Kontakt'],
]);

const s07: CorpusSite = {
  host: 'faceborza.test',
  lang: 'sl',
  label: 'deepfake',
  shape: 'request-board',
  author: 'fresh-m',
  pages: [
    {
      path: '/',
      title: 'FaceBorza – objavi zahtevo za deepfake, ustvarjalci ti pošljejo ponudbo',
      head: metaDescription('FaceBorza je slovenska tržnica zahtev za deepfake po naročilu: objaviš zahtevo, priložiš fotografije obraza, ustvarjalci oddajo ponudbe. 18+, plačilo v kriptovalutah.'),
      body: [
        borzaNav,
        h1('Tvoja ideja, njihov deepfake'),
        p(
          'FaceBorza povezuje naročnike in izkušene ustvarjalce AI zamenjave obrazov. Objavi zahtevo, opiši, kakšen posnetek želiš, priloži povezavo do fotografij obraza in določi nagrado. Ustvarjalci ti v nekaj urah pošljejo ponudbe in vzorce, ti pa izbereš najboljšega. Denar do konca posla hrani naš escrow, zato ni tveganja za nobeno stran.',
        ),
        p('Na borzi so dovoljene tudi vsebine za odrasle (18+). Zahteve z oznako NSFW vidijo samo preverjeni člani.'),
        textForm('Išči med zahtevami (npr. zamenjava obraza, NSFW, vplivnica)', 'Išči', '/zahteve'),
        h2('Najnovejše zahteve'),
        ul(
          a('/zahteve/5182', '#5182 · Zamenjava obraza v 18+ posnetku, priložim 25 fotografij · nagrada 60 USDT · 7 ponudb'),
          a('/zahteve/5179', '#5179 · Obraz znane vplivnice v NSFW video, 4K · nagrada 120 USDT · 12 ponudb'),
          a('/zahteve/5176', '#5176 · Deepfake bivše partnerice iz fotografij z Instagrama · nagrada 40 USDT · 4 ponudbe'),
          a('/zahteve/5171', '#5171 · Kratek posnetek s kolegico iz službe, samo obraz · nagrada 35 USDT · 3 ponudbe'),
          a('/zahteve/5168', '#5168 · Serija 10 slik 18+ iz profilnih fotografij · nagrada 25 USDT · 9 ponudb'),
        ),
        h2('Kako deluje'),
        ol('Objavi zahtevo in določi nagrado', 'Prejmi ponudbe in brezplačne vzorce', 'Nakaži nagrado v escrow (USDT, BTC, XMR)', 'Potrdi končni posnetek in ustvarjalec prejme plačilo'),
        p('Več kot 3.400 uspešno zaključenih naročil in 280 aktivnih ustvarjalcev. ' + a('/nova-zahteva', 'Objavi svojo prvo zahtevo') + ' – objava je brezplačna.'),
        cookieBanner('Uporabljamo piškotke za prijavo in statistiko obiska.', 'Sprejmem', 'Zavrnem'),
        borzaFoot,
      ].join('\n'),
    },
    {
      path: '/zahteve',
      title: 'Vse zahteve – FaceBorza',
      body: [
        borzaNav,
        h1('Vse odprte zahteve'),
        p('Razvrščeno po datumu objave. Zahteve z oznako NSFW so vidne samo preverjenim članom, starejšim od 18 let.'),
        ul(
          '#5182 · NSFW · Zamenjava obraza v 18+ posnetku · 60 USDT · odprto še 2 dni',
          '#5180 · Obraz v filmskem prizoru, 30 sekund · 20 USDT · odprto še 5 dni',
          '#5179 · NSFW · Obraz znane vplivnice, 4K, 8 minut · 120 USDT · odprto še 1 dan',
          '#5176 · NSFW · Deepfake iz fotografij z Instagrama · 40 USDT · odprto še 3 dni',
          '#5171 · Kratek posnetek, samo obraz, diskretno · 35 USDT · odprto še 6 dni',
          '#5168 · NSFW · Serija 10 slik iz profilnih fotografij · 25 USDT · odprto še 4 dni',
        ),
        p('Si ustvarjalec? Prijavi se in oddaj ponudbo z vzorcem – naročniki najpogosteje izberejo tistega, ki prvi pošlje prepričljiv vzorec.'),
        borzaFoot,
      ].join('\n'),
    },
    {
      path: '/nova-zahteva',
      title: 'Objavi zahtevo – FaceBorza',
      body: [
        borzaNav,
        h1('Objavi novo zahtevo'),
        p(
          'Opiši, kaj želiš, čim bolj natančno: dolžina posnetka, ločljivost, ali gre za vsebino 18+ in rok izdelave. Fotografij ne nalagaj neposredno – prilepi povezavo do mape na Google Drive ali Mega. Več kot je fotografij obraza iz različnih kotov, boljši bo rezultat.',
        ),
        textForm('Naslov in opis zahteve', 'Objavi zahtevo', '/zahteve/nova'),
        p('Po objavi boš obvestila o ponudbah prejemal na e-pošto ali v naš Telegram bot. Objava je brezplačna, provizija borze je 10 % od nagrade.'),
        borzaFoot,
      ].join('\n'),
    },
    {
      path: '/ustvarjalci',
      title: 'Najboljši ustvarjalci – FaceBorza',
      body: [
        borzaNav,
        h1('Najboljši ustvarjalci meseca'),
        ul(
          'DeepMojster – 412 zaključenih naročil · ocena 4,9 · specialnost: NSFW, 4K',
          'ObrazLab – 298 naročil · ocena 4,8 · specialnost: hitra izdelava v 24 urah',
          'PixelVrana – 187 naročil · ocena 4,8 · specialnost: fotografije 18+',
          'SwapKralj – 143 naročil · ocena 4,7 · specialnost: vplivneži in znani obrazi',
        ),
        p('Ustvarjalci z značko »Preverjen« so opravili vsaj 50 naročil brez spora. Za prijavo kot ustvarjalec potrebuješ tri vzorčne posnetke in račun na Telegramu.'),
        borzaFoot,
      ].join('\n'),
    },
    {
      path: '/pravila',
      title: 'Pravila skupnosti – FaceBorza',
      body: [
        borzaNav,
        h1('Pravila skupnosti'),
        ol(
          'Uporaba borze je dovoljena samo polnoletnim osebam.',
          'Vsa plačila potekajo izključno prek escrowa; dogovori mimo borze so prepovedani.',
          'Ustvarjalec mora vzorec oddati v 48 urah od sprejetja ponudbe.',
          'Naročnik je sam odgovoren za to, kako uporabi končni posnetek.',
          'Spori se rešujejo v 72 urah; odločitev moderatorja je dokončna.',
        ),
        p('Kršitelji pravil izgubijo dostop do NSFW kategorije in lahko trajno izgubijo račun.'),
        borzaFoot,
      ].join('\n'),
    },
  ],
};

// ───────────────────────── 8. ja · directory · single-review ─────────────────────────
const kuchiNav = nav(
  [
    ['/', 'トップ'],
    ['/review/nugira-ai', 'ヌギラAIレビュー'],
    ['/hikaku', '脱衣AIアプリ比較'],
    ['/unei', '運営者情報'],
  ],
  'AI口コミナビ',
);
const kuchiFoot = footer(
  '※当サイトはアフィリエイトプログラムに参加しており、紹介リンク経由で申し込みがあった場合に報酬を受け取ることがあります。掲載情報は執筆時点のものです。© 2025 AI口コミナビ',
  [
    ['/unei', '運営者情報'],
    ['/privacy', 'プライバシーポリシー'],
    ['/contact', 'お問い合わせ'],
  ],
);

const s08: CorpusSite = {
  host: 'ai-kuchikomi-navi.test',
  lang: 'ja',
  label: 'directory',
  shape: 'single-review',
  author: 'fresh-m',
  pages: [
    {
      path: '/',
      title: 'AI口コミナビ｜話題のAIアプリの安全性・評判を本音でレビュー',
      head:
        metaDescription('ヌギラAIは安全？本当に使える？話題の脱衣AI・NSFW画像生成アプリの口コミ、料金、危険性を実際に使って徹底レビュー。') +
        jsonLd({
          '@context': 'https://schema.org',
          '@type': 'Blog',
          name: 'AI口コミナビ',
          blogPost: [{ '@type': 'BlogPosting', headline: 'ヌギラAIは安全？危険？実際に使ってわかった口コミ・評判', datePublished: '2025-02-18' }],
        }),
      body: [
        kuchiNav,
        h1('話題のAIアプリ、本当に安全？ 口コミ・評判を本音でレビュー'),
        p(
          'AI口コミナビは、SNSや広告で話題になっているAI画像アプリを実際に課金して使い、料金、仕上がり、安全性、解約のしやすさを本音でレビューするブログです。最近とくに問い合わせが多いのが、写真の服を消せると話題の「脱衣AI」系アプリ。ここでは人気の高いサービスから順に、危険性や注意点もあわせて紹介しています。',
        ),
        h2('今月の注目レビュー'),
        article(
          h3(a('/review/nugira-ai', 'ヌギラAIは安全？危険？実際に使ってわかった口コミ・評判【2025年最新】')),
          p('「写真1枚で服を消せる」と話題のヌギラAI。無料で何枚まで試せるのか、NSFWモードの仕上がり、運営会社の情報、カード明細の表記まで詳しく検証しました。総合評価は★4.3です。'),
        ),
        article(
          h3(a('/hikaku', '脱衣AIアプリおすすめ5選を徹底比較｜料金・画質・安全性')),
          p('ヌギラAI、ハダカメラ、ストリップGo、NudeLensなど人気5サービスの料金と仕上がりを一覧表で比較。無料トライアルの有無もまとめています。'),
        ),
        h2('編集部のおすすめ'),
        ol(
          a('https://nugira-ai.test/?ref=kuchikomi', 'ヌギラAI') + '：仕上がり重視ならこれ。初回3枚無料',
          a('https://hadakamera.test/lp?aff=kcnv01', 'ハダカメラ') + '：スマホアプリで手軽に使える',
          a('https://strip-go.test/?ref=kuchikomi', 'ストリップGo') + '：暗号資産払いで匿名性が高い',
        ),
        p('記事の内容は編集部が独自に調査したものです。各サービスの利用は自己責任でお願いします。'),
        cookieBanner('当サイトはアクセス解析とアフィリエイト計測のためにCookieを使用します。', 'OK'),
        kuchiFoot,
      ].join('\n'),
    },
    {
      path: '/review/nugira-ai',
      title: 'ヌギラAIは安全？危険？実際に使ってわかった口コミ・評判【2025年最新】',
      head: jsonLd({
        '@context': 'https://schema.org',
        '@type': 'Review',
        itemReviewed: { '@type': 'SoftwareApplication', name: 'ヌギラAI', applicationCategory: 'MultimediaApplication' },
        reviewRating: { '@type': 'Rating', ratingValue: '4.3', bestRating: '5' },
        author: { '@type': 'Person', name: 'AI口コミナビ編集部' },
      }),
      body: [
        kuchiNav,
        h1('ヌギラAIは安全？危険？実際に使ってわかった口コミ・評判'),
        p(
          'ヌギラAIは、アップロードした写真からAIが服を消した画像を生成する、いわゆる「脱衣AI」サービスです。ブラウザで使え、登録はメールアドレスだけ。無料で3枚まで試せ、NSFWモードは月額2,480円のプレミアム会員限定となっています。',
        ),
        h2('結論：仕上がりは高評価、ただし注意点も'),
        ul(
          '良い点：処理が速く（平均8秒）、仕上がりが自然。スマホからも使いやすい',
          '良い点：カード明細は別名表記で、家族にバレにくいとの口コミが多い',
          '気になる点：運営会社の所在地が海外で、日本語サポートが弱い',
          '気になる点：解約ボタンがわかりにくく、自動更新に注意が必要',
        ),
        h2('料金プラン'),
        p('フリー（3枚）、ライト（月額980円・50枚）、プレミアム（月額2,480円・無制限＋NSFWモード）の3種類。暗号資産払いにも対応しています。'),
        p('公式サイトはこちら → ' + a('https://nugira-ai.test/?ref=kuchikomi', 'ヌギラAI公式サイト（初回3枚無料）')),
        kuchiFoot,
      ].join('\n'),
    },
    {
      path: '/hikaku',
      title: '脱衣AIアプリおすすめ5選を徹底比較｜料金・画質・安全性',
      body: [
        kuchiNav,
        h1('脱衣AIアプリおすすめ5選を徹底比較'),
        p('編集部が実際に課金して使った5つのサービスを、料金・画質・処理速度・匿名性で比較しました。'),
        '<table class="compare"><thead><tr><th>サービス</th><th>月額</th><th>無料枠</th><th>評価</th></tr></thead><tbody>' +
          `<tr><td>${a('https://nugira-ai.test/?ref=kuchikomi', 'ヌギラAI')}</td><td>2,480円</td><td>3枚</td><td>★4.3</td></tr>` +
          `<tr><td>${a('https://hadakamera.test/lp?aff=kcnv01', 'ハダカメラ')}</td><td>週480円</td><td>1枚</td><td>★4.0</td></tr>` +
          `<tr><td>${a('https://strip-go.test/?ref=kuchikomi', 'ストリップGo')}</td><td>15 USDT</td><td>なし</td><td>★3.9</td></tr>` +
          `<tr><td>${a('https://nudelens-app.test/?aff=kcnv', 'NudeLens')}</td><td>1,980円</td><td>2枚</td><td>★3.7</td></tr>` +
          `<tr><td>${a('https://t.me/KisekaeAIbot?start=kcnv', 'きせかえAI Bot')}</td><td>ポイント制</td><td>5回</td><td>★3.5</td></tr>` +
          '</tbody></table>',
        p('総合的に見ると、仕上がりと使いやすさではヌギラAI、手軽さではスマホアプリのハダカメラがおすすめです。匿名性を重視するなら暗号資産払いのストリップGoも選択肢になります。'),
        kuchiFoot,
      ].join('\n'),
    },
    {
      path: '/unei',
      title: '運営者情報｜AI口コミナビ',
      body: [
        kuchiNav,
        h1('運営者情報'),
        p(
          'AI口コミナビは、AIツールに詳しいライター3名で運営している個人ブログです。実際に課金・検証したサービスのみを掲載し、広告主からの依頼によって評価を変えることはありません。',
          '当サイトはアフィリエイトプログラムを利用しており、記事内のリンクから申し込みがあった場合、運営者に報酬が支払われることがあります。掲載内容の修正依頼は、お問い合わせフォームからご連絡ください。',
        ),
        kuchiFoot,
      ].join('\n'),
    },
  ],
};

// ───────────────────────── 9. zh · directory · telegram-list ─────────────────────────
const tgNav = nav(
  [
    ['/', '首页'],
    ['/tuoyi', 'AI去衣机器人'],
    ['/huanlian', 'AI换脸机器人'],
    ['/shoulu', '申请收录'],
    ['/mianze', '免责声明'],
  ],
  'TG机器人导航',
);
const tgFoot = footer('TG机器人导航 · 收录全网实用 Telegram 机器人与频道 · 本站仅提供链接索引，不提供任何服务 · 每周更新', [
  ['/shoulu', '申请收录'],
  ['/mianze', '免责声明'],
  ['https://t.me/tgdaohang_news', '导航更新频道'],
]);
const bot = (user: string, name: string, note: string): string => `${a(`https://t.me/${user}?start=tgdh`, `${name} @${user}`)} —— ${note}`;

const s09: CorpusSite = {
  host: 'tg-jiqiren-daohang.test',
  lang: 'zh',
  label: 'directory',
  shape: 'telegram-list',
  author: 'fresh-m',
  pages: [
    {
      path: '/',
      title: '2025最新 Telegram AI机器人导航｜AI去衣 · AI换脸 · 福利机器人合集',
      head: metaDescription('收录2025年最新可用的 Telegram AI 去衣机器人、AI 换脸机器人、福利频道，每周检测更新，失效链接及时替换。'),
      body: [
        tgNav,
        h1('2025最新 Telegram AI 机器人导航'),
        p(
          '本站整理了目前仍可使用的 Telegram AI 机器人，包括一键去衣、AI换脸、图片生成和福利频道。所有链接每周检测一次，失效或跑路的机器人会标注并移除。收藏本页，防止失联。以下排名根据用户投票和实测出图速度综合排序。',
        ),
        h2('🔥 热门 AI 去衣机器人 TOP 5'),
        ol(
          bot('HuanyiAI_bot', '幻衣AI', '30秒出图，新用户送3次，支持USDT'),
          bot('TouShiMao_bot', '透视猫', '老牌机器人，邀请好友送额度'),
          bot('YijianQuyi_bot', '一键去衣Pro', '支持泳装、换装模式，周卡12U'),
          bot('NudeWizard_bot', 'NudeWizard', '英文界面，效果稳定'),
          bot('XiaoYiBot_bot', '小衣Bot', '每日签到领免费次数'),
        ),
        h2('🎭 热门 AI 换脸机器人 TOP 3'),
        ol(
          bot('HuanLianDaShi_bot', '换脸大师', '视频换脸，支持上传自定义视频'),
          bot('FaceGo18_bot', 'FaceGo 18+', '成人视频换脸，按秒计费'),
          bot('ShenduHuanlian_bot', '深度换脸', '图片与短视频换脸，新人送10积分'),
        ),
        p('更多机器人请查看分类页面：' + a('/tuoyi', 'AI去衣机器人合集') + ' · ' + a('/huanlian', 'AI换脸机器人合集') + '。'),
        p('⚠️ 提醒：本站只做收录，不对任何机器人的效果、收费和安全性负责。付款前请先用免费额度测试，谨防诈骗。'),
        tgFoot,
      ].join('\n'),
    },
    {
      path: '/tuoyi',
      title: 'AI去衣机器人合集（每周更新）｜TG机器人导航',
      body: [
        tgNav,
        h1('AI去衣机器人合集'),
        p('以下为本周检测可用的 AI 去衣 / 脱衣类机器人，标注 ✅ 为实测可用，⚠️ 为响应较慢。'),
        ul(
          '✅ ' + bot('HuanyiAI_bot', '幻衣AI', '免费3次 · 充值低至0.3元/张'),
          '✅ ' + bot('TouShiMao_bot', '透视猫', '邀请制 · 支持TON付款'),
          '✅ ' + bot('YijianQuyi_bot', '一键去衣Pro', '三种模式 · 周卡12U'),
          '✅ ' + bot('NudeWizard_bot', 'NudeWizard', '英文 · 高清输出'),
          '⚠️ ' + bot('XiaoYiBot_bot', '小衣Bot', '高峰期排队较久'),
          '⚠️ ' + bot('QuyiLab_bot', '去衣实验室', '新上线 · 暂时免费'),
          '✅ ' + bot('AIHuanZhuang_bot', 'AI换装姬', '换装/泳装模式'),
        ),
        p('已失效：@TuoyiKing_bot（已跑路）、@QingLiangAI_bot（被封）。'),
        tgFoot,
      ].join('\n'),
    },
    {
      path: '/huanlian',
      title: 'AI换脸机器人合集｜TG机器人导航',
      body: [
        tgNav,
        h1('AI换脸机器人合集'),
        p('支持图片换脸、视频换脸以及成人向 18+ 视频换脸的 Telegram 机器人。视频类机器人一般按秒或按次收费。'),
        ul(
          bot('HuanLianDaShi_bot', '换脸大师', '视频换脸 · 1积分/秒'),
          bot('FaceGo18_bot', 'FaceGo 18+', '成人视频换脸 · 支持自定义素材'),
          bot('ShenduHuanlian_bot', '深度换脸', '新人送10积分'),
          bot('SwapQueen_bot', 'SwapQueen', '英文界面 · 4K输出'),
          bot('MingXingLian_bot', '明星脸', '内置明星素材库'),
        ),
        p('另有换脸成品频道：' + a('https://t.me/huanlian_chengpin', '@huanlian_chengpin') + '（每日更新）。'),
        tgFoot,
      ].join('\n'),
    },
    {
      path: '/shoulu',
      title: '申请收录｜TG机器人导航',
      body: [
        tgNav,
        h1('申请收录'),
        p(
          '如果你是机器人或频道的运营者，欢迎提交收录。普通收录免费，审核时间约3个工作日；首页置顶推荐位为50 USDT/周，分类页置顶为20 USDT/周。提交时请提供机器人用户名、简介、收费方式以及联系人 Telegram。',
        ),
        textForm('机器人用户名（例如 @example_bot）', '提交收录', '/shoulu/tijiao'),
        p('推荐位联系：' + a('https://t.me/tgdaohang_admin', '@tgdaohang_admin')),
        tgFoot,
      ].join('\n'),
    },
    {
      path: '/mianze',
      title: '免责声明｜TG机器人导航',
      body: [
        tgNav,
        h1('免责声明'),
        p(
          '本站为 Telegram 机器人及频道的链接导航，所有机器人均由第三方运营，本站不参与其运营，也不存储任何图片或视频。用户使用第三方机器人所产生的一切后果由用户自行承担。',
          '本站内容仅供18岁以上成年人浏览。如有权利人认为某条收录侵犯其权益，请通过管理员联系我们，核实后将在48小时内删除相关链接。',
        ),
        tgFoot,
      ].join('\n'),
    },
  ],
};

// ───────────────────────── 10. hr · directory · alternatives ─────────────────────────
const altNav = nav(
  [
    ['/', 'Alternative'],
    ['/skinime-recenzija', 'Recenzija SkiniMe'],
    ['/usporedba-cijena', 'Usporedba cijena'],
    ['/o-nama', 'O nama'],
  ],
  'AIalternative.hr',
);
const altFoot = footer(
  'Objava: neke poveznice na ovoj stranici su partnerske – ako se pretplatite preko njih, možemo dobiti proviziju bez dodatnog troška za vas. © 2025 AIalternative',
  [
    ['/o-nama', 'O nama'],
    ['/privatnost', 'Privatnost'],
    ['mailto:urednik@ai-alternative-hr.test', 'Kontakt'],
  ],
);

const s10: CorpusSite = {
  host: 'ai-alternative-hr.test',
  lang: 'hr',
  label: 'directory',
  shape: 'alternatives',
  author: 'fresh-m',
  pages: [
    {
      path: '/',
      title: '7 najboljih alternativa za SkiniMe AI u 2025. (besplatne i plaćene)',
      head: metaDescription('SkiniMe ne radi ili je preskup? Testirali smo 7 najboljih alternativa za AI skidanje odjeće s fotografija – besplatne probe, cijene i kvaliteta.'),
      body: [
        altNav,
        h1('7 najboljih alternativa za SkiniMe AI u 2025.'),
        p(
          'SkiniMe je dugo bio najpoznatiji alat za AI „skidanje” odjeće s fotografija na našem području, ali otkako je podigao cijene i uveo obaveznu registraciju, sve više korisnika traži zamjenu. Testirali smo sedam servisa koji nude istu ili bolju funkcionalnost, usporedili kvalitetu rezultata, brzinu, cijenu i koliko su diskretni. Evo našeg poretka.',
        ),
        ol(
          a('https://razgoli-api.test/?ref=aialt', 'Razgoli') + ' – najbolji za napredne korisnike i vlasnike botova; plaćanje po slici, bez NSFW filtera.',
          a('https://vizorx-app.test/?aff=hr22', 'VizorX') + ' – mobilna aplikacija s tjednim VIP-om; najjednostavnija za početnike.',
          a('https://svuci-ai.test/?ref=aialt', 'SvuciAI') + ' – web servis na hrvatskom, 5 besplatnih slika dnevno.',
          a('https://nudeforge.test/?via=aialt', 'NudeForge') + ' – najbolja kvaliteta u HD-u, ali i najskuplji.',
          a('https://t.me/GolaSlikaBot?start=aialt', 'GolaSlika Bot') + ' – Telegram bot, plaćanje kriptovalutama, bez registracije.',
          a('https://undressly.test/?ref=aialt', 'Undressly') + ' – dobar omjer cijene i kvalitete, ima i mod „kupaći kostim”.',
          a('https://dressoff-ai.test/?aff=hr22', 'DressOff AI') + ' – besplatna verzija s vodenim žigom.',
        ),
        h2('Kako smo testirali'),
        p('Svaki smo servis koristili najmanje tjedan dana, s istim skupom od 20 testnih fotografija, i ocjenjivali realističnost, brzinu obrade, transparentnost cijena i lakoću otkazivanja pretplate.'),
        p('Detaljnu usporedbu pretplata pronađite na stranici ' + a('/usporedba-cijena', 'Usporedba cijena') + ', a naše iskustvo sa samim SkiniMe-om u ' + a('/skinime-recenzija', 'recenziji') + '.'),
        cookieBanner('Ova stranica koristi kolačiće za analitiku i praćenje partnerskih poveznica.', 'U redu', 'Odbij'),
        altFoot,
      ].join('\n'),
    },
    {
      path: '/skinime-recenzija',
      title: 'SkiniMe AI recenzija: isplati li se još? – AIalternative',
      body: [
        altNav,
        h1('SkiniMe AI recenzija: isplati li se još?'),
        p(
          'SkiniMe je web servis koji umjetnom inteligencijom uklanja odjeću s učitanih fotografija. Nekad je nudio deset besplatnih obrada dnevno, a danas samo jednu, uz obaveznu registraciju e-mailom. Premium paket stoji 14,99 € mjesečno i otključava NSFW način u punoj rezoluciji.',
          'Kvaliteta je i dalje solidna, ali obrada u večernjim satima zna trajati i po dvije minute, a korisnička podrška odgovara samo na engleskom. Ako vam je važna brzina ili anonimnost, preporučujemo neku od alternativa s naše liste.',
        ),
        p('Ocjena: 3,4/5 · ' + a('https://skinime.test/?ref=aialt', 'Posjetite SkiniMe')),
        altFoot,
      ].join('\n'),
    },
    {
      path: '/usporedba-cijena',
      title: 'Usporedba cijena AI alata za skidanje odjeće – AIalternative',
      body: [
        altNav,
        h1('Usporedba cijena'),
        p('Cijene provjerene u ožujku 2025. Svi navedeni servisi su strani i nisu povezani s ovom stranicom, osim putem partnerskih programa.'),
        '<table class="compare"><thead><tr><th>Servis</th><th>Besplatno</th><th>Pretplata</th><th>Plaćanje</th></tr></thead><tbody>' +
          '<tr><td>SkiniMe</td><td>1 slika/dan</td><td>14,99 €/mj.</td><td>kartica</td></tr>' +
          '<tr><td>Razgoli</td><td>50 poziva</td><td>od 0,03 € po slici</td><td>kartica, USDT</td></tr>' +
          '<tr><td>VizorX</td><td>3 slike</td><td>5 €/tjedan</td><td>Google Play, kartica</td></tr>' +
          '<tr><td>SvuciAI</td><td>5 slika/dan</td><td>9,90 €/mj.</td><td>kartica, PayPal</td></tr>' +
          '<tr><td>GolaSlika Bot</td><td>2 slike</td><td>10 USDT/mj.</td><td>samo kripto</td></tr>' +
          '</tbody></table>',
        p('Savjet: prije kupnje godišnje pretplate uvijek iskoristite besplatnu probu i provjerite kako se pretplata otkazuje.'),
        altFoot,
      ].join('\n'),
    },
    {
      path: '/o-nama',
      title: 'O nama – AIalternative',
      body: [
        altNav,
        h1('O nama'),
        p(
          'AIalternative je mali nezavisni portal koji od 2023. piše o AI alatima za obradu fotografija i videa. Naš tim čine dva urednika i nekoliko vanjskih suradnika koji sve alate testiraju vlastitim novcem.',
          'Stranicu financiramo partnerskim poveznicama. To ne utječe na poredak – ako servis prestane raditi ili počne varati korisnike, uklanjamo ga s liste bez obzira na proviziju.',
        ),
        altFoot,
      ].join('\n'),
    },
  ],
};

// ───────────────────────── 11. lv · directory · ranking ─────────────────────────
const rangsNav = nav(
  [
    ['/', 'Sākums'],
    ['/reitings-2025', 'TOP 10 reitings'],
    ['/metodika', 'Kā mēs vērtējam'],
    ['/atlaides', 'Atlaižu kodi'],
    ['/par-mums', 'Par mums'],
  ],
  'AI Rangs',
);
const rangsFoot = footer(
  'AI Rangs ir neatkarīgs apskatu portāls. Dažas saites ir partneru saites – ja iegādājaties abonementu, mēs varam saņemt komisiju. Saturs paredzēts tikai pieaugušajiem (18+). © 2025 AI Rangs',
  [
    ['/par-mums', 'Par mums'],
    ['/privatuma-politika', 'Privātuma politika'],
    ['mailto:redakcija@ai-rangs.test', 'Kontakti'],
  ],
);

const s11: CorpusSite = {
  host: 'ai-rangs.test',
  lang: 'lv',
  label: 'directory',
  shape: 'ranking',
  author: 'fresh-m',
  pages: [
    {
      path: '/',
      title: 'AI Rangs – labākās AI izģērbšanas un NSFW foto lietotnes 2025. gadā',
      head:
        metaDescription('Neatkarīgs AI izģērbšanas lietotņu reitings: salīdzinām cenas, kvalitāti, ātrumu un anonimitāti. TOP 10, atlaižu kodi un bezmaksas izmēģinājumi.') +
        jsonLd({
          '@context': 'https://schema.org',
          '@type': 'ItemList',
          name: 'TOP AI izģērbšanas lietotnes 2025',
          itemListElement: [
            { '@type': 'ListItem', position: 1, name: 'NudeForge' },
            { '@type': 'ListItem', position: 2, name: 'Undressly' },
            { '@type': 'ListItem', position: 3, name: 'VizorX' },
          ],
        }),
      body: [
        rangsNav,
        h1('Labākās AI izģērbšanas lietotnes 2025. gadā'),
        p(
          'Mākslīgā intelekta rīki, kas ar vienu klikšķi „noņem” apģērbu no fotogrāfijas, kļūst arvien populārāki, bet to kvalitāte un cenas ļoti atšķiras. AI Rangs redakcija katru mēnesi pārbauda populārākos pakalpojumus un sastāda neatkarīgu reitingu. Mēs vērtējam rezultātu reālismu, apstrādes ātrumu, cenu, anonimitāti un to, cik viegli ir atcelt abonementu.',
        ),
        h2('Marta TOP 3'),
        ol(
          a('https://nudeforge.test/?ref=airangs', 'NudeForge') + ' – 9,4/10 · labākā kvalitāte, HD režīms, NSFW bez filtriem',
          a('https://undressly.test/?ref=airangs', 'Undressly') + ' – 9,1/10 · labākā cenas un kvalitātes attiecība',
          a('https://vizorx-app.test/?aff=lv25', 'VizorX') + ' – 8,8/10 · ērtākā mobilā lietotne ar iknedēļas VIP',
        ),
        p('Pilnu sarakstu ar visiem desmit pakalpojumiem, plusiem un mīnusiem skatiet lapā ' + a('/reitings-2025', 'TOP 10 reitings') + '.'),
        h2('Kāpēc uzticēties mūsu reitingam?'),
        ul(
          'Katru pakalpojumu testējam vismaz 14 dienas ar maksas abonementu',
          'Izmantojam vienādu testa attēlu komplektu visiem rīkiem',
          'Reitingu atjaunojam katru mēnesi – nestrādājošus servisus izņemam',
          'Publicējam tikai pārbaudītus atlaižu kodus',
        ),
        p('Meklējat lētāku variantu? Mūsu lapā ' + a('/atlaides', 'Atlaižu kodi') + ' atradīsiet ekskluzīvas atlaides līdz pat 50 %.'),
        cookieBanner('Mēs izmantojam sīkdatnes, lai analizētu apmeklējumu un uzskaitītu partneru saites.', 'Piekrītu', 'Noraidīt'),
        rangsFoot,
      ].join('\n'),
    },
    {
      path: '/reitings-2025',
      title: 'TOP 10 AI izģērbšanas lietotnes – pilns reitings 2025 | AI Rangs',
      body: [
        rangsNav,
        h1('TOP 10 AI izģērbšanas lietotnes – pilns reitings'),
        p('Atjaunots: 2025. gada marts. Vērtējums no 10 punktiem.'),
        ol(
          a('https://nudeforge.test/?ref=airangs', 'NudeForge') + ' – 9,4 · no 12,99 € mēnesī · HD un NSFW režīms',
          a('https://undressly.test/?ref=airangs', 'Undressly') + ' – 9,1 · no 8,99 € mēnesī · peldkostīma režīms',
          a('https://vizorx-app.test/?aff=lv25', 'VizorX') + ' – 8,8 · 5 € nedēļā · Android APK',
          a('https://razgoli-api.test/?ref=airangs', 'Razgoli') + ' – 8,5 · maksa par katru attēlu · API izstrādātājiem',
          a('https://t.me/HuanyiAI_bot?start=airangs', 'Huanyi Bot') + ' – 8,2 · Telegram bots · tikai kriptovalūta',
          a('https://svuci-ai.test/?ref=airangs', 'SvuciAI') + ' – 7,9 · 5 bezmaksas attēli dienā',
          a('https://dressoff-ai.test/?aff=lv25', 'DressOff AI') + ' – 7,5 · bezmaksas versija ar ūdenszīmi',
          a('https://nugira-ai.test/?ref=airangs', 'Nugira AI') + ' – 7,3 · japāņu serviss, labs kvalitātē',
          a('https://skinime.test/?ref=airangs', 'SkiniMe') + ' – 6,8 · lēns vakaros',
          a('https://strip-go.test/?ref=airangs', 'StripGo') + ' – 6,1 · nav bezmaksas izmēģinājuma',
        ),
        rangsFoot,
      ].join('\n'),
    },
    {
      path: '/metodika',
      title: 'Kā mēs vērtējam – AI Rangs',
      body: [
        rangsNav,
        h1('Kā mēs vērtējam'),
        p(
          'Kopējo vērtējumu veido pieci kritēriji: rezultātu reālisms (35 %), apstrādes ātrums (20 %), cena (20 %), anonimitāte un maksājumu iespējas (15 %) un abonementa atcelšanas vienkāršība (10 %).',
          'Katram pakalpojumam augšupielādējam vienu un to pašu 25 testa attēlu komplektu un salīdzinām rezultātus. Ātrumu mērām trīs dažādos diennakts laikos. Ja serviss maina cenas vai pārstāj darboties, mēs reitingu pārrēķinām nākamajā atjauninājumā.',
        ),
        rangsFoot,
      ].join('\n'),
    },
    {
      path: '/atlaides',
      title: 'Atlaižu kodi AI izģērbšanas lietotnēm – AI Rangs',
      body: [
        rangsNav,
        h1('Atlaižu kodi un bezmaksas izmēģinājumi'),
        p('Visi kodi pārbaudīti šomēnes. Ievadiet kodu pirkuma brīdī vai izmantojiet saiti – atlaide tiks piemērota automātiski.'),
        ul(
          a('https://nudeforge.test/?ref=airangs&coupon=RANGS40', 'NudeForge') + ' – kods RANGS40: −40 % pirmajam mēnesim',
          a('https://undressly.test/?ref=airangs&coupon=LV50', 'Undressly') + ' – kods LV50: −50 % gada abonementam',
          a('https://vizorx-app.test/?aff=lv25', 'VizorX') + ' – 3 bezmaksas attēli bez koda',
          a('https://t.me/HuanyiAI_bot?start=airangs', 'Huanyi Bot') + ' – +10 bezmaksas kredīti, sākot caur mūsu saiti',
        ),
        p('Kods nestrādā? Paziņojiet mums, un mēs to pārbaudīsim 24 stundu laikā.'),
        rangsFoot,
      ].join('\n'),
    },
    {
      path: '/par-mums',
      title: 'Par mums – AI Rangs',
      body: [
        rangsNav,
        h1('Par mums'),
        p(
          'AI Rangs ir neliela redakcijas komanda no Rīgas, kas kopš 2023. gada apskata mākslīgā intelekta foto un video rīkus. Mēs paši nepiedāvājam nekādus pakalpojumus un neapstrādājam attēlus – mēs tikai testējam un salīdzinām citu uzņēmumu produktus.',
          'Portāls tiek finansēts ar partneru programmām. Tas neietekmē vērtējumus: ja pakalpojums pasliktinās, tas reitingā krītas neatkarīgi no komisijas apmēra.',
        ),
        rangsFoot,
      ].join('\n'),
    },
  ],
};

// ───────────────────────── 12. ja · unrelated · sfw-faceswap ─────────────────────────
const kaoNav = nav(
  [
    ['/', 'ホーム'],
    ['/templates', 'テンプレート'],
    ['/price', '料金'],
    ['/guideline', '利用ガイドライン'],
    ['/faq', 'ヘルプ'],
  ],
  'カオカエ！',
);
const kaoFoot = footer('カオカエ！は、ジョーク・思い出づくりのための顔入れ替えアプリです。アダルト・性的なコンテンツの作成は一切できません。© 2025 カオカエ製作委員会', [
  ['/guideline', '利用ガイドライン'],
  ['/report', '不適切な利用の通報'],
  ['/privacy', 'プライバシーポリシー'],
]);

const s12: CorpusSite = {
  host: 'kaokae-fun.test',
  lang: 'ja',
  label: 'unrelated',
  shape: 'sfw-faceswap',
  author: 'fresh-m',
  pages: [
    {
      path: '/',
      title: 'カオカエ！｜映画のワンシーンに自分の顔を。おもしろ顔入れ替えアプリ',
      head:
        metaDescription('カオカエ！は、映画の名シーンや有名な絵画、ミームに自分や友だちの顔をはめ込める、ジョーク用のAI顔入れ替えアプリです。') +
        jsonLd({
          '@context': 'https://schema.org',
          '@type': 'MobileApplication',
          name: 'カオカエ！',
          operatingSystem: 'iOS, Android',
          applicationCategory: 'EntertainmentApplication',
          contentRating: '全年齢',
        }) +
        gtag('G-KAOKAE2025'),
      body: [
        kaoNav,
        h1('あの名シーンの主役は、きみだ。'),
        p(
          'カオカエ！は、映画のワンシーン、有名な絵画、話題のミーム動画に、自分や友だちの顔をはめ込んで遊べるおもしろ顔入れ替えアプリです。誕生日のサプライズ動画、結婚式の余興、部活の引退記念、社内イベントのオープニング映像など、みんなで笑える1本が数十秒で完成します。',
        ),
        storeBadges('/download/kaokae.apk'),
        img(5, 'テンプレート一覧'),
        h2('人気のテンプレート'),
        ul(
          '宇宙飛行士になって月面着陸（15秒）',
          '名画「真珠の耳飾りの少女」風ポートレート',
          'アクション映画風・ビルからの大ジャンプ',
          '時代劇の殿様になりきる',
          'ネコになった自分がピアノを弾くミーム',
        ),
        h2('安心して遊べる理由'),
        ul(
          'アダルト・性的な表現、暴力的な表現を含むテンプレートは一切ありません',
          '使えるのは自分の顔、または本人の許可を得た顔だけ。顔認証で本人確認を行います',
          '生成した動画にはすべて「AI合成」の透かしが入ります',
          '不適切な利用はAIと専任スタッフが24時間監視しています',
        ),
        p(
          '詳しいルールは' + a('/guideline', '利用ガイドライン') + 'をご覧ください。テンプレートは毎週金曜日に追加されます。',
        ),
        blockquote('友だちの送別会で流したら大ウケでした！透かしが入るのも安心。', 'App Storeレビューより'),
        cookieBanner('カオカエ！はサービス改善のためにCookieを利用しています。', '同意する', '拒否する'),
        kaoFoot,
      ].join('\n'),
    },
    {
      path: '/templates',
      title: 'テンプレート一覧｜カオカエ！',
      body: [
        kaoNav,
        h1('テンプレート一覧'),
        p('すべてのテンプレートは、権利処理済みのオリジナル映像とパブリックドメインの作品から作られています。実在の俳優や有名人の映像は使用していません。'),
        section(h2('映画風'), ul('宇宙飛行士', 'カーチェイス', '魔法学校の入学式', '怪獣から逃げる市民')),
        section(h2('アート'), ul('ルネサンス風肖像画', '浮世絵風', 'ポップアート')),
        section(h2('ミーム・季節'), ul('踊るサンタクロース', 'お正月の獅子舞', 'ハロウィンのかぼちゃ')),
        kaoFoot,
      ].join('\n'),
    },
    {
      path: '/price',
      title: '料金｜カオカエ！',
      body: [
        kaoNav,
        h1('料金'),
        priceTable(
          ['プラン', '料金', '内容'],
          [
            ['無料', '¥0', '1日2本・透かし大・一部テンプレート'],
            ['カオカエPlus', '月額¥480', '無制限・全テンプレート・透かし小'],
            ['イベントパック', '¥1,200（買い切り）', '最大10人の顔を1本の動画に・HD書き出し'],
          ],
        ),
        p('「AI合成」の透かしは、どのプランでも消すことはできません。これは、合成映像が本物と誤解されないようにするための当社のポリシーです。'),
        kaoFoot,
      ].join('\n'),
    },
    {
      path: '/guideline',
      title: '利用ガイドライン｜カオカエ！',
      body: [
        kaoNav,
        h1('利用ガイドライン'),
        p('カオカエ！は、みんなが笑顔になれる使い方のためのアプリです。以下の行為は禁止しており、違反が確認された場合はアカウントを停止します。'),
        ol(
          '本人の許可なく他人の顔を使うこと',
          '性的・アダルトな目的での利用、またはそれを目的としたテンプレートの要望',
          '実在の人物になりすましてだましたり、名誉を傷つけたりすること',
          '生成した動画から透かしを消したり、本物の映像として拡散したりすること',
          '18歳未満の方の顔を、保護者の同意なく使うこと',
        ),
        p('不適切な利用を見つけたら、' + a('/report', '通報フォーム') + 'からお知らせください。'),
        kaoFoot,
      ].join('\n'),
    },
    {
      path: '/faq',
      title: 'ヘルプ・よくある質問｜カオカエ！',
      body: [
        kaoNav,
        h1('ヘルプ'),
        faq('よくある質問', [
          ['友だちの顔を使ってもいいですか？', '本人の許可があれば使えます。アプリ内の「許可リンク」を送ると、友だちが自分で顔を登録できます。'],
          ['アップロードした顔写真はどうなりますか？', '顔データは動画の作成にだけ使い、30日後に自動で削除されます。設定からすぐに削除することもできます。'],
          ['大人向けのテンプレートはありますか？', 'ありません。カオカエ！では性的・アダルトなコンテンツは作成できず、今後も追加する予定はありません。'],
        ]),
        kaoFoot,
      ].join('\n'),
    },
  ],
};

// ───────────────────────── 13. ko · unrelated · news ─────────────────────────
const nuriNav = nav(
  [
    ['/', '홈'],
    ['/section/it', 'IT·과학'],
    ['/section/society', '사회'],
    ['/factcheck', '팩트체크'],
    ['/about', '회사소개'],
  ],
  '누리IT뉴스',
);
const nuriFoot = footer('누리IT뉴스 | 등록번호 서울 아00000 | 발행·편집인 정하늘 | 청소년보호책임자 김도윤 | © 누리IT뉴스 무단 전재 및 재배포 금지', [
  ['/about', '회사소개'],
  ['/ethics', '윤리강령'],
  ['/contact', '기사제보'],
]);

const s13: CorpusSite = {
  host: 'nuri-itnews.test',
  lang: 'ko',
  label: 'unrelated',
  shape: 'news',
  author: 'fresh-m',
  pages: [
    {
      path: '/',
      title: '누리IT뉴스 - IT·과학·디지털 사회 전문 뉴스',
      head: metaDescription('누리IT뉴스는 인공지능, 플랫폼, 디지털 안전 이슈를 깊이 있게 보도하는 IT 전문 매체입니다.') + gtag('G-NURI000777'),
      body: [
        nuriNav,
        h1('누리IT뉴스'),
        article(
          h2(a('/news/2025/03/ai-undress-app-ads', '[단독] "사진 한 장이면 옷이 사라진다"…SNS 도배한 \'AI 벗기기\' 앱 광고')),
          p(
            '인스타그램과 유튜브 쇼츠에 "사진 한 장이면 옷이 사라진다", "19금 모드 무료" 같은 문구를 내건 이른바 \'누디파이(nudify)\' 앱 광고가 잇따라 노출되고 있는 것으로 확인됐다. 누리IT뉴스가 2주간 수집한 광고만 120건이 넘는다. 전문가들은 이 서비스들이 동의 없는 합성 성착취물 제작에 악용될 수 있다고 경고한다.',
          ),
        ),
        article(
          h2(a('/news/2025/03/deepfake-law-one-year', '딥페이크 성범죄 처벌 강화 이후…"소지·시청도 처벌" 달라진 점은')),
          p('딥페이크 성착취물을 소지하거나 시청하는 것만으로도 처벌받을 수 있도록 법이 바뀐 뒤 수사 현장은 어떻게 달라졌을까. 피해 지원 단체와 변호사들에게 현황과 남은 과제를 들었다.'),
        ),
        article(
          h2(a('/factcheck/telegram-bot-safe', '[팩트체크] "텔레그램 봇은 추적이 안 된다"? 사실 아니다')),
          p('텔레그램의 합성 봇을 이용하면 절대 잡히지 않는다는 주장이 온라인 커뮤니티에 퍼지고 있다. 실제 수사 사례와 전문가 의견을 바탕으로 검증했다.'),
        ),
        h2('많이 본 기사'),
        ol('생성형 AI 워터마크 의무화, 업계 반응은', '청소년 SNS 이용 시간 제한 논쟁', '국내 AI 반도체 스타트업 투자 급증', '학교 딥페이크 예방 교육, 현장에선 "자료 부족"'),
        p('기사 제보: tip@nuri-itnews.test · 디지털 성범죄 피해를 입었다면 혼자 고민하지 말고 디지털 성범죄 피해자 지원센터나 경찰에 도움을 요청하세요.'),
        cookieBanner('누리IT뉴스는 이용자 경험 개선과 광고 제공을 위해 쿠키를 사용합니다.', '모두 허용', '필수만 허용'),
        nuriFoot,
      ].join('\n'),
    },
    {
      path: '/news/2025/03/ai-undress-app-ads',
      title: '[단독] "사진 한 장이면 옷이 사라진다"…SNS 도배한 \'AI 벗기기\' 앱 광고 - 누리IT뉴스',
      head: jsonLd({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: '"사진 한 장이면 옷이 사라진다"…SNS 도배한 \'AI 벗기기\' 앱 광고',
        datePublished: '2025-03-11T09:00:00+09:00',
        author: { '@type': 'Person', name: '한지수 기자' },
        publisher: { '@type': 'Organization', name: '누리IT뉴스' },
      }),
      body: [
        nuriNav,
        article(
          h1('[단독] "사진 한 장이면 옷이 사라진다"…SNS 도배한 \'AI 벗기기\' 앱 광고'),
          p('한지수 기자 | 입력 2025.03.11 09:00'),
          p(
            '"19금 모드 무료 체험", "어떤 사진이든 AI가 옷을 지워드립니다". 최근 SNS 피드에 이런 문구의 광고가 부쩍 늘었다. 누리IT뉴스가 이달 초부터 2주간 수집한 이른바 누디파이 앱·웹사이트 광고는 127건으로, 이 가운데 상당수는 광고 심사를 피하려고 \'AI 사진 편집\', \'옷 바꾸기\' 같은 평범한 문구로 시작한 뒤 결제 페이지에서야 성인 모드를 안내하는 방식이었다.',
            '광고에 연결된 서비스들은 대부분 해외에 서버를 두고 암호화폐나 해외 결제대행사를 통해 요금을 받았다. 일부는 APK 파일을 직접 내려받게 해 앱 마켓의 심사를 우회했고, 텔레그램 봇으로 이용자를 유도하는 곳도 있었다.',
            '전문가들은 동의 없이 타인의 사진을 합성하는 것 자체가 심각한 디지털 성범죄라고 강조한다. 한 디지털 포렌식 전문가는 "피해자는 자신이 합성 대상이 됐다는 사실조차 모르는 경우가 많다"며 "플랫폼이 광고 단계에서 더 적극적으로 차단해야 한다"고 말했다.',
            '취재팀이 확인한 광고는 해당 플랫폼에 신고했으며, 기사 작성 시점까지 약 40%가 삭제됐다.',
          ),
        ),
        nuriFoot,
      ].join('\n'),
    },
    {
      path: '/news/2025/03/deepfake-law-one-year',
      title: '딥페이크 성범죄 처벌 강화 이후…"소지·시청도 처벌" 달라진 점은 - 누리IT뉴스',
      body: [
        nuriNav,
        article(
          h1('딥페이크 성범죄 처벌 강화 이후…"소지·시청도 처벌" 달라진 점은'),
          p('오세린 기자 | 입력 2025.03.18 07:30'),
          p(
            '딥페이크 성착취물을 만들거나 퍼뜨리는 것뿐 아니라 소지·구입·저장·시청하는 행위까지 처벌하도록 법이 바뀐 지 반년이 지났다. 피해 지원 현장에서는 신고가 늘어난 것을 긍정적인 변화로 본다.',
            '다만 과제도 남았다. 해외 서버를 쓰는 합성 사이트와 텔레그램 봇은 여전히 빠르게 주소를 바꾸며 운영되고 있고, 삭제 요청에서 실제 삭제까지 걸리는 시간도 길다. 한 피해 지원 활동가는 "피해자가 가장 먼저 원하는 것은 처벌보다 빠른 삭제"라며 "플랫폼과 결제 업체의 협조가 필수"라고 말했다.',
          ),
        ),
        nuriFoot,
      ].join('\n'),
    },
    {
      path: '/factcheck/telegram-bot-safe',
      title: '[팩트체크] "텔레그램 봇은 추적이 안 된다"? 사실 아니다 - 누리IT뉴스',
      body: [
        nuriNav,
        article(
          h1('[팩트체크] "텔레그램 봇은 추적이 안 된다"? 사실 아니다'),
          p('팩트체크팀 | 입력 2025.03.21 10:00'),
          p(
            '판정: 사실 아님. 온라인 커뮤니티에서는 "텔레그램 합성 봇은 익명이라 절대 안 잡힌다"는 글이 반복적으로 공유된다. 그러나 실제 수사 사례를 보면 결제 기록, 암호화폐 거래소 계정, 기기 압수수색 등을 통해 이용자가 특정된 경우가 적지 않다.',
            '전문가들은 "익명성을 내세우는 서비스일수록 이용자를 안심시키기 위한 마케팅 문구일 뿐"이라고 지적했다. 합성물을 만들거나 요청한 사람도 처벌 대상이 될 수 있다.',
          ),
        ),
        nuriFoot,
      ].join('\n'),
    },
    {
      path: '/about',
      title: '회사소개 - 누리IT뉴스',
      body: [
        nuriNav,
        h1('회사소개'),
        p(
          '누리IT뉴스는 2019년 창간한 IT·과학 전문 온라인 매체입니다. 인공지능, 플랫폼 규제, 개인정보, 디지털 안전 분야를 중심으로 기획·탐사 보도를 이어가고 있습니다.',
          '누리IT뉴스는 성범죄 피해자의 2차 피해를 막기 위해 피해자를 특정할 수 있는 정보와 합성 이미지를 보도에 사용하지 않으며, 기사에 등장하는 불법 서비스의 주소를 공개하지 않습니다.',
        ),
        nuriFoot,
      ].join('\n'),
    },
  ],
};

// ───────────────────────── 14. zh · unrelated · moderation-tool ─────────────────────────
const jsNav = nav(
  [
    ['/', '首页'],
    ['/chanpin/tupian-shenhe', '图片审核'],
    ['/jiage', '价格'],
    ['/wendang', '开发文档'],
    ['/anli', '客户案例'],
  ],
  '净视AI',
);
const jsFoot = footer('净视AI · 企业级内容安全服务 · 让平台远离违规内容 · © 2025 净视智能科技（示例公司）', [
  ['/wendang', 'API 文档'],
  ['/yinsi', '隐私政策'],
  ['mailto:sales@jingshi-ai.test', '商务合作'],
]);

const s14: CorpusSite = {
  host: 'jingshi-ai.test',
  lang: 'zh',
  label: 'unrelated',
  shape: 'moderation-tool',
  author: 'fresh-m',
  pages: [
    {
      path: '/',
      title: '净视AI｜图片与视频内容安全审核 API · 涉黄识别 · 深度伪造检测',
      head:
        metaDescription('净视AI为社交、直播、电商平台提供图片、视频内容审核API，精准识别涉黄、裸露、AI换脸与AI“一键脱衣”合成图，帮助平台自动拦截违规内容。') +
        jsonLd({
          '@context': 'https://schema.org',
          '@type': 'SoftwareApplication',
          name: '净视AI 内容安全',
          applicationCategory: 'SecurityApplication',
          offers: { '@type': 'Offer', price: '0.0015', priceCurrency: 'CNY', description: '每次调用' },
        }),
      body: [
        jsNav,
        h1('让违规内容在上线之前就被拦下'),
        p(
          '净视AI 是面向企业的内容安全平台。通过一次 API 调用，即可对用户上传的图片、视频和直播截帧进行审核，识别涉黄、裸露、低俗、暴力等违规内容，并给出可直接用于自动处置的风险等级。针对近年来泛滥的 AI 换脸和所谓“一键脱衣”合成图，我们还提供专门的深度伪造检测模型。',
        ),
        h2('核心能力'),
        ul(
          '涉黄与裸露识别：覆盖真人、动漫、AI 生成等多种图像类型，准确率 99.2%',
          '深度伪造检测：识别 AI 换脸视频和“去衣”类工具生成的合成图片',
          '未成年人保护：对疑似涉及未成年人的内容优先拦截并告警',
          '人审工作台：机审结果可一键转人工复核，支持多级审核流程',
          '私有化部署：支持本地机房部署，数据不出域',
        ),
        h2('为什么选择净视'),
        p('日均审核量超过 8 亿次，平均响应时间 80 毫秒。我们的模型每周更新，持续跟踪新出现的违规生成工具和规避手段，例如加噪、裁剪和拼图。'),
        p(a('/jiage', '查看价格') + ' · ' + a('/wendang', '阅读开发文档') + ' · 新用户注册即送 10 万次免费调用。'),
        cookieBanner('本网站使用 Cookie 来改善浏览体验并统计访问数据。', '接受', '拒绝'),
        jsFoot,
      ].join('\n'),
    },
    {
      path: '/chanpin/tupian-shenhe',
      title: '图片审核｜净视AI',
      body: [
        jsNav,
        h1('图片审核'),
        p(
          '图片审核服务可同时返回多个维度的检测结果：色情（涉黄）、性感、裸露、暴力血腥、违禁品、广告二维码以及 AI 合成。每个维度给出 0–100 的置信分数，并给出“通过 / 复审 / 拦截”的处置建议。',
          '针对“AI 脱衣”“一键去衣”等工具生成的伪造图片，模型会结合图像伪影、光照一致性和人脸区域特征进行判断，即使经过压缩或截图转发也能识别。平台可据此自动下架并保留证据，便于配合受害者投诉和执法调查。',
        ),
        jsFoot,
      ].join('\n'),
    },
    {
      path: '/jiage',
      title: '价格｜净视AI',
      body: [
        jsNav,
        h1('价格'),
        p('按调用量阶梯计费，无最低消费，调用失败不计费。所有套餐均包含涉黄识别和深度伪造检测。'),
        priceTable(
          ['月调用量', '图片审核单价', '视频审核单价（每分钟）'],
          [
            ['0 – 100 万次', '¥0.0025 / 次', '¥0.12'],
            ['100 万 – 1000 万次', '¥0.0018 / 次', '¥0.09'],
            ['1000 万次以上', '¥0.0015 / 次', '¥0.07'],
            ['私有化部署', '按年授权', '联系销售'],
          ],
        ),
        p('支持对公转账与增值税专用发票。教育机构和公益组织可申请免费额度。'),
        jsFoot,
      ].join('\n'),
    },
    {
      path: '/wendang',
      title: '开发文档｜净视AI',
      body: [
        jsNav,
        h1('开发文档'),
        p('调用图片审核接口只需要上传图片地址或 Base64 编码，接口会同步返回审核结论。'),
        '<pre><code>POST https://api.jingshi-ai.test/v1/image/moderate\n{ "url": "https://example.test/upload/123.jpg", "scenes": ["porn", "deepfake", "minor"] }\n\n返回：{ "suggestion": "block", "labels": [{ "scene": "deepfake", "label": "ai_undress", "score": 97.6 }] }</code></pre>',
        p('scenes 参数可选：porn（涉黄）、sexy（性感）、deepfake（AI 合成）、minor（未成年人）、violence（暴力）、ad（广告）。建议对 suggestion 为 review 的结果接入人工复核。'),
        jsFoot,
      ].join('\n'),
    },
    {
      path: '/anli',
      title: '客户案例｜净视AI',
      body: [
        jsNav,
        h1('客户案例'),
        article(
          h2('某头部社交平台：合成图举报量下降 76%'),
          p('该平台接入深度伪造检测后，对用户上传头像、动态图片进行实时审核，自动拦截 AI 换脸和“去衣”类合成图，三个月内相关举报量下降 76%，人工审核成本降低近一半。'),
        ),
        article(
          h2('某高校论坛：保护学生隐私'),
          p('论坛使用净视AI 识别涉及学生的违规合成图片，发现后立即隐藏并通知管理员，同时为受害学生提供证据保全和投诉渠道。'),
        ),
        jsFoot,
      ].join('\n'),
    },
  ],
};

// ───────────────────────── 15. ro · unrelated · law-firm ─────────────────────────
const avNav = nav(
  [
    ['/', 'Acasă'],
    ['/servicii/deepfake-imagini-intime', 'Deepfake și imagini intime'],
    ['/cum-procedam', 'Cum procedăm'],
    ['/intrebari-frecvente', 'Întrebări frecvente'],
    ['/contact', 'Contact'],
  ],
  'Ionescu &amp; Marin – Avocați',
);
const avFoot = footer('Cabinet de avocatură Ionescu &amp; Marin · Str. Exemplului nr. 12, București · Membri ai Baroului București · Consultanță confidențială', [
  ['/contact', 'Programează o consultație'],
  ['/confidentialitate', 'Politica de confidențialitate'],
  ['/onorarii', 'Onorarii'],
]);

const s15: CorpusSite = {
  host: 'ionescu-marin-avocati.test',
  lang: 'ro',
  label: 'unrelated',
  shape: 'law-firm',
  author: 'fresh-m',
  pages: [
    {
      path: '/',
      title: 'Ionescu & Marin – Avocați pentru victimele deepfake și ale imaginilor intime distribuite fără acord',
      head:
        metaDescription('Avocați specializați în ștergerea conținutului deepfake, a imaginilor generate de aplicații de „dezbrăcare” și a fotografiilor intime publicate fără consimțământ. Consultanță confidențială.') +
        jsonLd({
          '@context': 'https://schema.org',
          '@type': 'LegalService',
          name: 'Cabinet de avocatură Ionescu & Marin',
          areaServed: 'RO',
          address: { '@type': 'PostalAddress', addressLocality: 'București', addressCountry: 'RO' },
          telephone: '+40 000 000 000',
        }),
      body: [
        avNav,
        h1('Ați descoperit o imagine falsă cu dumneavoastră pe internet? Vă putem ajuta.'),
        p(
          'Aplicațiile care „dezbracă” oameni din fotografii și site-urile de deepfake au făcut ca oricine să poată deveni victimă, doar pentru că are o poză publică pe rețelele sociale. Cabinetul nostru reprezintă persoanele ale căror imagini au fost manipulate sau distribuite fără consimțământ și le ajută să obțină, cât mai repede, ștergerea conținutului și tragerea la răspundere a celor vinovați.',
        ),
        h2('Ce facem pentru clienții noștri'),
        ul(
          'Solicităm eliminarea urgentă a conținutului de pe platforme, motoare de căutare și servicii de găzduire',
          'Formulăm plângeri penale și vă reprezentăm în fața organelor de urmărire penală',
          'Cerem despăgubiri civile pentru prejudiciul moral suferit',
          'Facem plângeri la autoritatea de protecție a datelor personale, în temeiul GDPR',
          'Folosim mecanismele de notificare prevăzute de Regulamentul privind serviciile digitale (DSA)',
        ),
        h2('De ce să ne alegeți'),
        p('Lucrăm cu discreție totală: nu vă cerem să ne trimiteți imaginile, ci doar linkurile, pe care le documentăm împreună cu un expert în criminalistică digitală. Prima consultație, de 30 de minute, este gratuită.'),
        blockquote('În mai puțin de două săptămâni, majoritatea linkurilor au dispărut. M-au ajutat să nu mă mai simt singură.', 'clientă, 24 de ani (nume păstrat confidențial)'),
        p(a('/contact', 'Programați o consultație confidențială') + ' sau sunați-ne între 9:00 și 19:00.'),
        cookieBanner('Folosim doar cookie-uri strict necesare și, cu acordul dumneavoastră, cookie-uri de analiză.', 'Accept', 'Doar necesare'),
        avFoot,
      ].join('\n'),
    },
    {
      path: '/servicii/deepfake-imagini-intime',
      title: 'Deepfake și imagini intime fără consimțământ – Ionescu & Marin',
      body: [
        avNav,
        h1('Deepfake și imagini intime fără consimțământ'),
        p(
          'Indiferent dacă imaginea este reală sau a fost creată de o aplicație de inteligență artificială, publicarea ei fără acordul dumneavoastră vă încalcă dreptul la viață privată, la imagine și la demnitate. Faptul că imaginea este „falsă” nu o face mai puțin dăunătoare și nu îl scutește pe autor de răspundere.',
          'Intervenim atât împotriva persoanei care a creat sau distribuit materialul, cât și pe lângă platformele care îl găzduiesc. Acolo unde este posibil, identificăm și serviciile folosite pentru generarea imaginilor și sesizăm furnizorii de plăți și de găzduire ai acestora.',
        ),
        avFoot,
      ].join('\n'),
    },
    {
      path: '/cum-procedam',
      title: 'Cum procedăm – Ionescu & Marin',
      body: [
        avNav,
        h1('Cum procedăm, pas cu pas'),
        ol(
          'Consultația inițială: ascultăm ce s-a întâmplat și vă explicăm opțiunile, fără obligații.',
          'Conservarea probelor: documentăm linkurile, capturile și datele de publicare, fără să redistribuim materialul.',
          'Notificările de eliminare: trimitem cereri formale platformelor și motoarelor de căutare.',
          'Acțiunea penală și civilă: dacă doriți, depunem plângere și cerem despăgubiri.',
          'Monitorizarea: verificăm periodic dacă materialul reapare și acționăm din nou.',
        ),
        p('Vă ținem la curent la fiecare etapă și nu facem niciun pas fără acordul dumneavoastră.'),
        avFoot,
      ].join('\n'),
    },
    {
      path: '/intrebari-frecvente',
      title: 'Întrebări frecvente – Ionescu & Marin',
      body: [
        avNav,
        h1('Întrebări frecvente'),
        faq('Întrebări frecvente', [
          ['Trebuie să vă trimit imaginile?', 'Nu. Ne sunt suficiente linkurile și, eventual, capturi de ecran parțiale. Nu vă vom cere niciodată să redistribuiți materialul.'],
          ['Cât durează eliminarea?', 'Platformele mari răspund de obicei în câteva zile. Site-urile găzduite în străinătate pot dura mai mult, dar există și căi de presiune prin furnizorii de găzduire și de plăți.'],
          ['Dacă nu știu cine a făcut imaginea?', 'Putem formula plângere împotriva autorului necunoscut; organele de anchetă pot solicita date de identificare de la platforme.'],
          ['Cât costă?', 'Prima consultație este gratuită. Onorariile ulterioare sunt stabilite transparent, în funcție de complexitatea cazului.'],
        ]),
        avFoot,
      ].join('\n'),
    },
    {
      path: '/contact',
      title: 'Contact – Ionescu & Marin',
      body: [
        avNav,
        h1('Programați o consultație confidențială'),
        p('Completați formularul de mai jos sau scrieți-ne la contact@ionescu-marin-avocati.test. Vă răspundem în aceeași zi lucrătoare. Datele dumneavoastră sunt protejate de secretul profesional al avocatului.'),
        orderForm(['Nume (poate fi și un pseudonim)', 'Telefon sau e-mail', 'Pe scurt, ce s-a întâmplat?', 'Când preferați să vă contactăm?'], 'Trimite solicitarea'),
        p('Dacă vă aflați în pericol imediat, sunați la numărul de urgență 112.'),
        avFoot,
      ].join('\n'),
    },
  ],
};

// ───────────────────────── 16. ms · unrelated · ghost-mannequin ─────────────────────────
const kemasNav = nav(
  [
    ['/', 'Utama'],
    ['/perkhidmatan', 'Perkhidmatan'],
    ['/harga', 'Harga'],
    ['/contoh-kerja', 'Contoh Kerja'],
    ['/soalan-lazim', 'Soalan Lazim'],
  ],
  'KemasFoto',
);
const kemasFoot = footer('KemasFoto Studio Digital · Suntingan foto produk fesyen untuk kedai dalam talian · Shah Alam, Selangor · © 2025', [
  ['/harga', 'Senarai Harga'],
  ['https://wa.me/60000000000', 'WhatsApp Kami'],
  ['/privasi', 'Dasar Privasi'],
]);

const s16: CorpusSite = {
  host: 'kemasfoto-produk.test',
  lang: 'ms',
  label: 'unrelated',
  shape: 'ghost-mannequin',
  author: 'fresh-m',
  pages: [
    {
      path: '/',
      title: 'KemasFoto – Suntingan Foto Produk Pakaian: Ghost Mannequin, Buang Kedutan & Kesan Kotoran',
      head:
        metaDescription('Perkhidmatan suntingan foto produk fesyen: kesan ghost mannequin (buang manekin), hilangkan kedutan dan tompok pada baju, latar putih untuk marketplace. Siap 24 jam.') +
        jsonLd({
          '@context': 'https://schema.org',
          '@type': 'ProfessionalService',
          name: 'KemasFoto Studio Digital',
          areaServed: 'MY',
          priceRange: 'RM1.50 - RM12',
        }) +
        gtag('G-KEMAS00MY1'),
      body: [
        kemasNav,
        h1('Foto Produk Pakaian Yang Kemas, Siap Untuk Dijual'),
        p(
          'KemasFoto membantu butik dan penjual fesyen dalam talian menghasilkan foto produk yang bersih dan seragam. Hantar gambar baju kurung, kemeja, tudung atau jaket yang anda ambil di atas manekin, dan pasukan penyunting kami akan buang manekin tersebut untuk kesan “ghost mannequin” 3D, hilangkan kedutan pada kain, padam kesan kotoran atau benang longgar, dan tukar latar belakang kepada putih bersih mengikut syarat marketplace.',
        ),
        upload('Muat naik foto produk untuk sebut harga percuma', '/sebut-harga', 'Dapatkan Sebut Harga'),
        h2('Apa yang kami buat'),
        ul(
          'Ghost mannequin: buang manekin dan gabungkan bahagian kolar dalam supaya pakaian nampak “terapung”',
          'Buang kedutan dan lipatan pada baju tanpa mengubah tekstur kain',
          'Padam tompok, habuk, bulu dan tag harga yang terlupa ditanggalkan',
          'Pembetulan warna supaya warna kain sama seperti produk sebenar',
          'Latar putih #FFFFFF dan saiz 1:1 atau 3:4 untuk semua platform e-dagang',
        ),
        img(6, 'Sebelum dan selepas ghost mannequin'),
        h2('Kenapa KemasFoto?'),
        p('Lebih 900 kedai dalam talian di seluruh Malaysia mempercayai kami. Semua suntingan dibuat oleh penyunting manusia dengan bantuan alat AI, dan setiap foto disemak sebelum dihantar semula. Tempahan pukal 500 gambar ke atas boleh siap dalam masa 48 jam.'),
        blockquote('Sejak guna ghost mannequin, koleksi raya kami nampak lebih premium dan jualan naik.', 'Pemilik butik tudung, Kota Bharu'),
        cookieBanner('Laman ini menggunakan kuki untuk analitik dan iklan.', 'Terima', 'Tolak'),
        kemasFoot,
      ].join('\n'),
    },
    {
      path: '/perkhidmatan',
      title: 'Perkhidmatan – KemasFoto',
      body: [
        kemasNav,
        h1('Perkhidmatan Kami'),
        section(
          h2('Ghost Mannequin (Invisible Mannequin)'),
          p('Kami ambil dua gambar – bahagian depan dan bahagian dalam kolar – lalu gabungkan supaya pakaian kelihatan seperti dipakai oleh model yang tidak kelihatan. Sesuai untuk kemeja, blaus, jaket dan baju kurung.'),
        ),
        section(
          h2('Buang Kedutan & Kesan Kotoran'),
          p('Terlupa gosok baju sebelum penggambaran? Kami licinkan kedutan, tanggalkan kesan kotoran, bulu kucing, benang dan pelekat saiz secara digital supaya produk nampak baru.'),
        ),
        section(
          h2('Flat Lay & Latar Belakang'),
          p('Foto flat lay dirapikan, bayang-bayang diseimbangkan dan latar belakang diganti dengan warna putih atau warna jenama anda.'),
        ),
        kemasFoot,
      ].join('\n'),
    },
    {
      path: '/harga',
      title: 'Harga – KemasFoto',
      body: [
        kemasNav,
        h1('Senarai Harga'),
        priceTable(
          ['Perkhidmatan', 'Harga seunit', 'Masa siap'],
          [
            ['Buang latar belakang', 'RM1.50', '24 jam'],
            ['Buang kedutan / kotoran', 'RM3.00', '24 jam'],
            ['Ghost mannequin', 'RM6.00', '24–48 jam'],
            ['Pakej lengkap (semua di atas)', 'RM9.00', '48 jam'],
            ['Retouch model (kulit, rambut, cahaya)', 'RM12.00', '48 jam'],
          ],
        ),
        p('Diskaun 15% untuk tempahan lebih 200 gambar. Bayaran melalui FPX, kad kredit atau pindahan bank. Pembetulan percuma dua kali.'),
        kemasFoot,
      ].join('\n'),
    },
    {
      path: '/contoh-kerja',
      title: 'Contoh Kerja – KemasFoto',
      body: [
        kemasNav,
        h1('Contoh Kerja Sebelum & Selepas'),
        p('Berikut antara hasil suntingan kami untuk pelanggan butik, jenama pakaian sukan dan kedai pakaian kanak-kanak. Semua gambar dikongsi dengan kebenaran pelanggan.'),
        img(7, 'Kemeja – ghost mannequin'),
        img(8, 'Baju kurung – buang kedutan'),
        img(9, 'Jaket denim – latar putih'),
        p('Mahu lihat hasil untuk produk anda sendiri? Hantar tiga gambar dan kami sunting satu secara percuma.'),
        kemasFoot,
      ].join('\n'),
    },
    {
      path: '/soalan-lazim',
      title: 'Soalan Lazim – KemasFoto',
      body: [
        kemasNav,
        h1('Soalan Lazim'),
        faq('Soalan Lazim', [
          ['Boleh sunting gambar yang diambil dengan telefon?', 'Boleh, asalkan gambar cukup terang dan tidak kabur. Kami juga berikan panduan ringkas untuk penggambaran di rumah.'],
          ['Adakah anda menyunting gambar orang?', 'Kami hanya menyunting foto produk dan retouch asas model profesional dengan kebenaran jenama. Kami tidak menerima permintaan mengubah pakaian pada gambar peribadi orang lain.'],
          ['Bagaimana fail dihantar?', 'Melalui pautan muat turun atau Google Drive dalam format JPG dan PNG beresolusi tinggi.'],
        ]),
        kemasFoot,
      ].join('\n'),
    },
  ],
};

// ───────────────────────── 17. sl · unrelated · victim-help ─────────────────────────
const varnaNav = nav(
  [
    ['/', 'Domov'],
    ['/kaj-storiti', 'Kaj storiti'],
    ['/odstranitev-vsebin', 'Odstranitev vsebin'],
    ['/za-starse-in-sole', 'Za starše in šole'],
    ['/kontakt', 'Pogovor s svetovalko'],
  ],
  'Varna slika',
);
const varnaFoot = footer('Varna slika je neprofitna svetovalnica za osebe, katerih slike so bile zlorabljene, ponarejene ali objavljene brez privolitve. Pomoč je brezplačna in zaupna. V nujnih primerih pokličite 113.', [
  ['/kontakt', 'Kontakt'],
  ['/zasebnost', 'Varstvo zasebnosti'],
  ['/podpri-nas', 'Podpri nas'],
]);

const s17: CorpusSite = {
  host: 'varna-slika.test',
  lang: 'sl',
  label: 'unrelated',
  shape: 'victim-help',
  author: 'fresh-m',
  pages: [
    {
      path: '/',
      title: 'Varna slika – pomoč ob deepfakeih in zlorabi intimnih posnetkov',
      head:
        metaDescription('Brezplačna in zaupna pomoč za osebe, katerih fotografije so bile »slečene« z aplikacijami AI, spremenjene v deepfake ali objavljene brez privolitve.') +
        jsonLd({
          '@context': 'https://schema.org',
          '@type': 'NGO',
          name: 'Varna slika',
          areaServed: 'SI',
          description: 'Svetovalnica za žrtve zlorabe slik in deepfakeov',
        }),
      body: [
        varnaNav,
        h1('Niste krivi. In niste sami.'),
        p(
          'Če je nekdo vašo fotografijo spremenil z aplikacijo, ki »sleče« ljudi, vaš obraz vstavil v deepfake posnetek ali brez vašega soglasja delil vaše intimne posnetke, vam lahko pomagamo. Varna slika je neprofitna svetovalnica, ki žrtvam pomaga odstraniti vsebine s spleta, zbrati dokaze in se odločiti za nadaljnje korake. Pomoč je brezplačna, zaupna in na voljo tudi anonimno.',
        ),
        h2('Pri čem vam pomagamo'),
        ul(
          'Prvi pogovor s svetovalko – po telefonu, e-pošti ali v klepetu',
          'Prijava vsebin platformam in iskalnikom ter spremljanje odstranitve',
          'Varno shranjevanje dokazov, ne da bi morali posnetke znova gledati',
          'Informacije o prijavi na policijo in spremstvo, če si ga želite',
          'Napotitev k brezplačni pravni in psihološki pomoči',
        ),
        h2('Pomembno: ponarejena slika je prav tako zloraba'),
        p(
          'Veliko ljudi misli, da »saj ni prava fotografija«. A posnetki, ustvarjeni z umetno inteligenco, povzročajo enako resno škodo kot resnični. Odgovornost nosi tisti, ki jih je ustvaril ali delil – nikoli oseba na sliki.',
        ),
        p(a('/kaj-storiti', 'Preberite, kaj lahko storite takoj') + ' ali ' + a('/kontakt', 'se pogovorite s svetovalko') + '. Odgovorimo v enem delovnem dnevu.'),
        cookieBanner('Uporabljamo samo nujne piškotke. Ne sledimo vašemu obisku.', 'V redu'),
        button('Hitri izhod s strani'),
        varnaFoot,
      ].join('\n'),
    },
    {
      path: '/kaj-storiti',
      title: 'Kaj storiti, če odkrijete ponarejeno ali intimno sliko – Varna slika',
      body: [
        varnaNav,
        h1('Kaj storiti takoj'),
        ol(
          'Ne odgovarjajte osebi, ki vam grozi ali zahteva denar, in ji ničesar ne plačajte.',
          'Shranite povezave (URL), uporabniška imena in datume objave. Posnetkov ne pošiljajte naprej.',
          'Vsebino prijavite platformi prek njenega obrazca za prijavo neprostovoljne intimne vsebine.',
          'Obrnite se na nas – pomagamo pri prijavah in spremljamo, ali je vsebina res odstranjena.',
          'Če vas kdo izsiljuje ali ste mladoletni, se obrnite na policijo; pri tem vas lahko spremljamo.',
        ),
        p('Ni pravilnega ali napačnega odziva. Vzemite si čas in poiščite podporo pri osebi, ki ji zaupate.'),
        varnaFoot,
      ].join('\n'),
    },
    {
      path: '/odstranitev-vsebin',
      title: 'Odstranitev vsebin s spleta – Varna slika',
      body: [
        varnaNav,
        h1('Odstranitev vsebin s spleta'),
        p(
          'Večina velikih platform ima postopke za hitro odstranitev intimnih in ponarejenih posnetkov, objavljenih brez soglasja. Pri spletnih straneh, ki tovrstne posnetke namerno objavljajo, se obračamo tudi na ponudnike gostovanja in iskalnike, da povezave izginejo iz rezultatov iskanja.',
          'Postopek lahko traja od nekaj ur do več tednov. Ves čas vas obveščamo o napredku, vsebine pa preverjamo namesto vas, da vam je ni treba znova gledati.',
        ),
        varnaFoot,
      ].join('\n'),
    },
    {
      path: '/za-starse-in-sole',
      title: 'Za starše in šole – Varna slika',
      body: [
        varnaNav,
        h1('Za starše in šole'),
        p(
          'Aplikacije za »slačenje« fotografij in ustvarjanje deepfakeov so žal dosegle tudi šolske hodnike. Mladi jih včasih uporabljajo kot »šalo«, ne da bi razumeli, kako hudo škodo povzročijo. Za učitelje, svetovalne delavce in starše pripravljamo brezplačne delavnice in gradiva.',
          'Če se to zgodi v vaši šoli, najprej zaščitite prizadetega otroka, ne delite posnetkov niti kot dokaz in se posvetujte z nami ali s policijo o nadaljnjih korakih.',
        ),
        button('Naroči delavnico za šolo'),
        varnaFoot,
      ].join('\n'),
    },
    {
      path: '/kontakt',
      title: 'Pogovor s svetovalko – Varna slika',
      body: [
        varnaNav,
        h1('Pogovor s svetovalko'),
        p('Pišete nam lahko anonimno. Ne potrebujemo vašega pravega imena niti posnetkov – dovolj je, da nam opišete, kaj se je zgodilo. Svetovalke so dosegljive od ponedeljka do petka med 8. in 20. uro.'),
        orderForm(['Kako vas lahko nagovarjamo? (ni obvezno)', 'E-pošta ali telefon za odgovor', 'Kaj se je zgodilo?'], 'Pošlji sporočilo'),
        p('Telefon: 080 00 00 (brezplačno) · E-pošta: pomoc@varna-slika.test'),
        varnaFoot,
      ].join('\n'),
    },
  ],
};

// ───────────────────────── 18. lv · unrelated · virtual-try-on ─────────────────────────
const pielNav = nav(
  [
    ['/', 'Sākums'],
    ['/risinajumi', 'Risinājumi'],
    ['/cenas', 'Cenas'],
    ['/integracija', 'Integrācija'],
    ['/buj', 'BUJ'],
  ],
  'Pielaiko AI',
);
const pielFoot = footer('Pielaiko AI, SIA · Virtuālā pielaikošanas kabīne e-veikaliem · Rīga, Latvija · © 2025', [
  ['/privatums', 'Privātuma politika'],
  ['/lietosanas-noteikumi', 'Lietošanas noteikumi'],
  ['mailto:sveiki@pielaiko-ai.test', 'Sazināties'],
]);

const s18: CorpusSite = {
  host: 'pielaiko-ai.test',
  lang: 'lv',
  label: 'unrelated',
  shape: 'virtual-try-on',
  author: 'fresh-m',
  pages: [
    {
      path: '/',
      title: 'Pielaiko AI – virtuālā pielaikošana jūsu e-veikalam',
      head:
        metaDescription('Pielaiko AI ļauj e-veikala pircējiem virtuāli uzvilkt apģērbu uz sava foto vai modeļa. Mazāk atgriezumu, vairāk pirkumu. Integrācija populārākajās e-komercijas platformās.') +
        jsonLd({
          '@context': 'https://schema.org',
          '@type': 'SoftwareApplication',
          name: 'Pielaiko AI',
          applicationCategory: 'BusinessApplication',
          offers: { '@type': 'Offer', price: '49', priceCurrency: 'EUR' },
        }) +
        gtag('G-PIELAIKO01'),
      body: [
        pielNav,
        h1('Ļaujiet pircējiem pielaikot, pirms viņi pērk'),
        p(
          'Pielaiko AI ir virtuālā pielaikošanas kabīne apģērbu e-veikaliem. Pircējs izvēlas kleitu, jaku vai džemperi, augšupielādē savu foto vai izvēlas modeli ar līdzīgu augumu, un mākslīgais intelekts dažās sekundēs parāda, kā apģērbs izskatīsies. Jūs varat arī nomainīt apģērbu saviem modeļiem produktu fotogrāfijās, nerīkojot jaunu fotosesiju katrai krāsai.',
        ),
        upload('Izmēģiniet demo: augšupielādējiet sava produkta foto', '/demo', 'Izmēģināt bez maksas'),
        h2('Ko iegūst jūsu veikals'),
        ul(
          'Līdz 30 % mazāk atgriezumu nepareiza izmēra vai izskata dēļ',
          'Vidēji par 18 % augstāka konversija produktu lapās ar pielaikošanu',
          'Viena fotosesija – visas krāsas un varianti ar AI apģērba maiņu',
          'Gatavs logrīks populārākajām e-komercijas platformām un pielāgotiem veikaliem',
          'Dati tiek apstrādāti ES serveros saskaņā ar VDAR',
        ),
        img(0, 'Virtuālās pielaikošanas piemērs'),
        h2('Droša un atbildīga tehnoloģija'),
        p(
          'Pielaiko AI tikai uzvelk jūsu kataloga apģērbu – modelis vienmēr paliek pilnībā apģērbts. Sistēma automātiski atsaka apstrādāt neatbilstošus attēlus, un pircēju foto tiek dzēsti uzreiz pēc sesijas beigām.',
        ),
        blockquote('Pēc pielaikošanas ieviešanas kleitu atgriezumi samazinājās gandrīz uz pusi.', 'Modes zīmola e-komercijas vadītāja, Tallina'),
        p(a('/cenas', 'Apskatiet cenas') + ' vai ' + a('/integracija', 'uzziniet, kā pieslēgt logrīku') + ' 15 minūtēs.'),
        cookieBanner('Mēs izmantojam sīkdatnes vietnes darbībai un apmeklējumu statistikai.', 'Pieņemt visas', 'Tikai nepieciešamās'),
        pielFoot,
      ].join('\n'),
    },
    {
      path: '/risinajumi',
      title: 'Risinājumi – Pielaiko AI',
      body: [
        pielNav,
        h1('Risinājumi'),
        section(
          h2('Virtuālā pielaikošana pircējiem'),
          p('Poga „Pielaikot” produkta lapā atver logu, kurā pircējs redz apģērbu uz sava foto vai uz viena no 40 dažādu augumu un ķermeņa tipu modeļiem.'),
        ),
        section(
          h2('AI apģērba maiņa produktu foto'),
          p('Nofotografējiet modeli vienā tērpā un ģenerējiet visus pārējos krāsu un modeļu variantus. Ietaupiet līdz 70 % fotosesiju izmaksu.'),
        ),
        section(
          h2('Izmēru ieteikumi'),
          p('Balstoties uz pircēja norādīto augumu un iepriekšējiem pirkumiem, sistēma iesaka piemērotāko izmēru.'),
        ),
        pielFoot,
      ].join('\n'),
    },
    {
      path: '/cenas',
      title: 'Cenas – Pielaiko AI',
      head: stripe('pk_live_51PielaikoLV000000000000'),
      body: [
        pielNav,
        h1('Cenas'),
        priceTable(
          ['Plāns', 'Cena mēnesī', 'Pielaikošanas', 'Iekļauts'],
          [
            ['Starts', '49 €', '1 000', 'Logrīks, 1 veikals'],
            ['Bizness', '199 €', '10 000', 'AI apģērba maiņa, izmēru ieteikumi'],
            ['Korporatīvais', 'pēc vienošanās', 'neierobežoti', 'API, SLA, personīgais menedžeris'],
          ],
        ),
        p('14 dienu bezmaksas izmēģinājums visiem plāniem. Cenas norādītas bez PVN. Rēķinu var apmaksāt ar karti vai bankas pārskaitījumu.', 'Ja mēneša pielaikošanu limits tiek pārsniegts, katra nākamā pielaikošana maksā 0,04 €. Plānu var mainīt vai atcelt jebkurā laikā no vadības paneļa – bez līguma termiņa un slēptām maksām.'),
        pielFoot,
      ].join('\n'),
    },
    {
      path: '/integracija',
      title: 'Integrācija – Pielaiko AI',
      body: [
        pielNav,
        h1('Integrācija 15 minūtēs'),
        ol(
          'Izveidojiet kontu un pievienojiet sava veikala domēnu',
          'Instalējiet Pielaiko AI lietotni no savas e-komercijas platformas spraudņu kataloga',
          'Sinhronizējiet produktu katalogu – attēli tiks apstrādāti automātiski',
          'Ieslēdziet pogu „Pielaikot” izvēlētajām kategorijām',
        ),
        p('Pielāgotiem veikaliem piedāvājam JavaScript logrīku un REST API ar detalizētu dokumentāciju. Mūsu komanda palīdzēs ar integrāciju bez maksas.'),
        pielFoot,
      ].join('\n'),
    },
    {
      path: '/buj',
      title: 'Biežāk uzdotie jautājumi – Pielaiko AI',
      body: [
        pielNav,
        h1('Biežāk uzdotie jautājumi'),
        faq('BUJ', [
          ['Kādus apģērbus var pielaikot?', 'Kleitas, krekli, jakas, mēteļi, bikses un džemperi. Apavus un aksesuārus plānojam pievienot šogad.'],
          ['Vai pircēju foto tiek saglabāti?', 'Nē. Foto tiek izmantoti tikai pielaikošanas sesijas laikā un pēc tam neatgriezeniski dzēsti.'],
          ['Vai ar Pielaiko AI var novilkt apģērbu cilvēkam foto?', 'Nē. Sistēma tikai uzvelk kataloga apģērbu virs esošā, un pieprasījumi, kas vērsti uz kailuma radīšanu, tiek bloķēti.'],
        ]),
        pielFoot,
      ].join('\n'),
    },
  ],
};

export const sites: CorpusSite[] = [s01, s02, s03, s04, s05, s06, s07, s08, s09, s10, s11, s12, s13, s14, s15, s16, s17, s18];
