import type { CorpusSite } from '../site-kit.js';
import {
  a, ageGate, article, blockquote, button, cookieBanner, cryptoCheckout, faq, footer, gtag, h1, h2, h3, img, jsonLd, mediaGrid,
  metaDescription, nav, ol, oneTap, orderForm, p, priceTable, storeBadges, stripe, textForm, ul, upload,
} from '../site-kit.js';

/** Fresh sites by writer fresh-i, written after the classifier was built, without reading it or the corpus. */
export const sites: CorpusSite[] = [
  // ───────────────────────────── nudify ─────────────────────────────
  {
    host: 'qingshan-meitu-lab.test', lang: 'zh', label: 'nudify', shape: 'innocent-home', author: 'fresh-i', pages: [
      {
        path: '/', title: '青山美图实验室 - AI 修图、换背景、老照片修复',
        head: metaDescription('青山美图实验室：一张照片三秒出图，AI 美颜、换背景、老照片修复、风格写真。') + gtag('G-QSML2025'),
        body: nav([['/', '首页'], ['/features', '功能'], ['/pricing', '价格'], ['/faq', '常见问题'], ['/app', '下载App']], '青山美图 Lab')
          + h1('青山美图实验室 · 你的 AI 照片工作室')
          + p('只需一张照片，AI 就能帮你完成修图、换背景、老照片修复和风格化写真。不用学 Photoshop，三秒出图，手机和电脑都能直接使用。')
          + upload('上传照片（JPG / PNG，最大 10MB）', '/studio/upload', '开始处理')
          + h2('热门功能')
          + ul(
            '智能美颜：自动调整光线和肤色，保留真实质感，不再“假脸”',
            '一键换背景：证件照蓝底白底、电商白底图、旅行风景随意切换',
            '老照片修复：去除划痕折痕，黑白照片自动上色，模糊变清晰',
            'AI 写真：古风、赛博朋克、日系胶片、油画等 40 多种风格',
            '更多实验室模式：登录后在「功能」页面查看全部隐藏模式',
          )
          + img(1, '修图前后对比')
          + h2('为什么选择青山')
          + p('青山美图使用自研的扩散模型，已经为超过 120 万用户处理了 3000 多万张照片。所有图片在处理完成 24 小时后自动删除，我们不会把你的照片用于模型训练，也不会公开展示。')
          + blockquote('“给爸妈的结婚照上了色，效果比照相馆还好，家里人都很惊喜。”', '—— 用户 小鹿，杭州')
          + blockquote('“做淘宝详情页的白底图，一天省下两个小时。”', '—— 用户 阿峰，义乌')
          + h2('三步出图')
          + ol('上传一张清晰的照片', '选择想要的功能或模式', '等待几秒，下载高清结果')
          + cookieBanner('我们使用 Cookie 来记住你的登录状态并统计访问量。继续浏览即表示你同意我们的 Cookie 政策。', '同意', '仅必要 Cookie')
          + footer('© 2025 青山美图实验室 · 客服 Telegram：@qingshan_kefu · 工作时间 10:00–22:00', [['/terms', '用户协议'], ['/privacy', '隐私政策'], ['/faq', '帮助中心'], ['/app', 'App 下载']]),
      },
      {
        path: '/features', title: '全部功能与模式 - 青山美图实验室',
        body: nav([['/', '首页'], ['/features', '功能'], ['/pricing', '价格'], ['/faq', '常见问题']], '青山美图 Lab')
          + h1('全部功能与模式')
          + h2('基础模式（免费）')
          + ul('智能美颜', '一键换背景', '老照片修复', '证件照制作')
          + h2('高级模式（会员）')
          + ul('4K 高清放大', 'AI 换装：一键更换服装款式和颜色', '多人合照智能抠图', '批量处理，一次 50 张')
          + h2('私密实验室 · 18+（仅限成年会员）')
          + p('打开 NSFW 开关后，可使用 AI 去衣模式：上传任意人物照片，AI 会自动生成“脱衣版本”，支持一键去除衣物、透视效果、泳装和内衣替换三种强度。生成结果只有你自己能看到，不会出现在公开画廊。')
          + p('私密实验室按次扣除积分，每张 5 积分，高清无水印版本 8 积分。使用前需要确认你已年满 18 岁。')
          + upload('上传照片到私密实验室', '/studio/private', 'Undress now')
          + footer('© 2025 青山美图实验室', [['/terms', '用户协议'], ['/privacy', '隐私政策']]),
      },
      {
        path: '/pricing', title: '价格与会员 - 青山美图实验室',
        body: nav([['/', '首页'], ['/features', '功能'], ['/pricing', '价格'], ['/faq', '常见问题']], '青山美图 Lab')
          + h1('选择适合你的套餐')
          + priceTable(['套餐', '价格', '积分', '包含内容'], [
            ['体验包', '¥9.9', '20 积分', '基础模式、带水印'],
            ['月度会员', '¥39 / 月', '300 积分', '高级模式、4K 高清、无水印'],
            ['私密会员', '¥99 / 月', '1000 积分', '解锁 18+ 去衣模式、透视模式、优先队列'],
            ['年度私密会员', '¥699 / 年', '15000 积分', '全部模式，赠送专属客服'],
          ])
          + p('支持支付宝、微信支付以及 USDT（TRC20）。使用 USDT 支付可额外获得 10% 积分。积分永久有效，但会员到期后私密模式自动关闭。')
          + button('立即开通')
          + cryptoCheckout()
          + footer('© 2025 青山美图实验室', [['/terms', '用户协议'], ['/refund', '退款说明']]),
      },
      {
        path: '/faq', title: '常见问题 - 青山美图实验室',
        body: nav([['/', '首页'], ['/features', '功能'], ['/pricing', '价格'], ['/faq', '常见问题']], '青山美图 Lab')
          + faq('常见问题', [
            ['为什么我找不到私密模式？', '私密模式需要登录并完成年龄确认，然后在「功能」页面底部打开 NSFW 开关。App 版本因为商店审核不显示该入口，请使用网页版。'],
            ['去衣模式一张需要多久？', '普通队列约 20 秒，私密会员使用优先队列，一般 5 秒内完成。'],
            ['会保存我上传的照片吗？', '原图和结果都会在 24 小时后自动删除。'],
            ['可以上传别人的照片吗？', '请只上传你有权使用的照片。平台不对用户上传内容承担责任。'],
            ['支付后积分没有到账怎么办？', '请把订单号发给 Telegram 客服 @qingshan_kefu，一般 10 分钟内处理。'],
          ])
          + footer('© 2025 青山美图实验室', [['/terms', '用户协议'], ['/privacy', '隐私政策']]),
      },
      {
        path: '/app', title: '下载 App - 青山美图实验室',
        body: nav([['/', '首页'], ['/features', '功能'], ['/pricing', '价格'], ['/faq', '常见问题']], '青山美图 Lab')
          + h1('随时随地修图：下载青山美图 App')
          + p('App 支持安卓 8.0 以上和 iOS 15 以上，拍照后可直接美颜、换背景、修复老照片。安卓用户也可以直接下载 APK 安装包，版本更新更快。')
          + storeBadges('/download/qingshan-lab-3.2.apk')
          + p('提示：由于应用商店的审核规定，App 内不显示私密实验室入口。已开通私密会员的用户请在浏览器中登录网页版使用全部模式，积分在网页和 App 之间通用。')
          + footer('© 2025 青山美图实验室', [['/terms', '用户协议']]),
      },
    ],
  },
  {
    host: 'kisekae-zero.test', lang: 'ja', label: 'nudify', shape: 'saas', author: 'fresh-i', pages: [
      {
        path: '/', title: 'キセカエZERO｜AI脱衣・服だけ消すAIツール',
        head: metaDescription('写真をアップするだけ。AIが服だけを消して“脱衣バージョン”を数秒で生成。登録無料、初回3クレジットプレゼント。') + oneTap('5531-kisekae.apps.googleusercontent.com'),
        body: nav([['/', 'ホーム'], ['/how-to', '使い方'], ['/pricing', '料金プラン'], ['/faq', 'よくある質問'], ['/login', 'ログイン']], 'キセカエZERO')
          + h1('服だけ消す。AI脱衣ツール「キセカエZERO」')
          + p('写真を1枚アップロードするだけで、最新の生成AIが服の部分だけを自動で認識し、自然な“脱衣バージョン”を数秒で作成します。面倒な範囲指定は不要。スマホからでもPCからでも使えます。')
          + upload('画像をドラッグ＆ドロップ、またはクリックして選択', '/api/undress', '脱衣スタート')
          + h2('キセカエZEROが選ばれる理由')
          + ul(
            '高精度：独自学習モデルで、着衣写真からでも違和感の少ない仕上がり',
            '3つのモード：「水着」「下着」「フル脱衣」から強さを選べる',
            '透け感スライダー：服を少しずつ透かす“シースルー加工”にも対応',
            'プライバシー重視：生成画像はあなたのアカウントにだけ保存、48時間で自動削除',
            'Googleアカウントで10秒登録、初回3クレジット無料',
          )
          + h2('ご利用の流れ')
          + ol('Googleでログイン', '写真をアップロード', 'モードを選んで「脱衣スタート」', '結果を保存（HDは有料）')
          + blockquote('「他のサイトより自然。服のシワまでちゃんと消えてる」', '— Xユーザー @zero_fan_88')
          + blockquote('「クレジットが安いので気軽に試せる」', '— レビュー投稿より')
          + p('※本サービスは18歳以上の方のみご利用いただけます。アップロードする画像の権利はご自身でご確認ください。')
          + cookieBanner('当サイトはサービス向上のためCookieを使用しています。', 'OK', '設定')
          + footer('© 2025 KISEKAE ZERO Inc. All rights reserved.', [['/terms', '利用規約'], ['/privacy', 'プライバシーポリシー'], ['/tokushoho', '特定商取引法に基づく表記'], ['https://t.me/kisekae_zero_jp', 'Telegram']]),
      },
      {
        path: '/how-to', title: '使い方｜キセカエZERO',
        body: nav([['/', 'ホーム'], ['/how-to', '使い方'], ['/pricing', '料金プラン'], ['/faq', 'よくある質問']], 'キセカエZERO')
          + h1('きれいに脱衣させるコツ')
          + ol(
            '正面を向いた、全身または上半身がはっきり写っている写真を選びましょう。',
            '暗い写真や、髪や手で服が隠れている写真は精度が下がります。',
            'まずは「水着」モードで試し、物足りなければ「フル脱衣」に切り替えるのがおすすめです。',
            '透け感スライダーを30〜60%にすると、自然なシースルー写真になります。',
          )
          + p('1回の生成につき1クレジットを消費します。HD高画質で保存する場合は追加で1クレジットが必要です。失敗した場合はクレジットが自動で返却されます。')
          + img(3, 'モード比較')
          + footer('© 2025 KISEKAE ZERO Inc.', [['/terms', '利用規約']]),
      },
      {
        path: '/pricing', title: '料金プラン｜キセカエZERO',
        head: stripe('pk_test_51KisekaeZeroJPxx'),
        body: nav([['/', 'ホーム'], ['/how-to', '使い方'], ['/pricing', '料金プラン'], ['/faq', 'よくある質問']], 'キセカエZERO')
          + h1('料金プラン')
          + priceTable(['プラン', '価格（税込）', 'クレジット', '特典'], [
            ['お試し', '¥480', '10', '標準画質'],
            ['スタンダード', '¥1,980', '50', 'HD保存・透け感スライダー'],
            ['プレミアム', '¥4,980 / 月', '無制限', 'フル脱衣モード無制限・優先生成・透かしなし'],
          ])
          + p('お支払いはクレジットカード（Stripe）、PayPay、暗号資産に対応しています。サブスクリプションはいつでもマイページから解約できます。')
          + button('Buy credits')
          + footer('© 2025 KISEKAE ZERO Inc.', [['/tokushoho', '特定商取引法に基づく表記']]),
      },
      {
        path: '/faq', title: 'よくある質問｜キセカエZERO',
        body: nav([['/', 'ホーム'], ['/how-to', '使い方'], ['/pricing', '料金プラン'], ['/faq', 'よくある質問']], 'キセカエZERO')
          + faq('よくある質問', [
            ['無料で使えますか？', '新規登録で3クレジットを無料でプレゼントしています。透かし入りの標準画質で脱衣結果を確認できます。'],
            ['アップロードした写真は他の人に見られますか？', 'いいえ。生成結果はあなたのマイページにのみ表示され、48時間後に削除されます。'],
            ['芸能人や知り合いの写真も使えますか？', '利用規約により、権利を持たない画像のアップロードは禁止されています。責任はユーザーにあります。'],
            ['アプリはありますか？', '現在はブラウザ版のみです。ホーム画面に追加するとアプリのように使えます。'],
          ])
          + footer('© 2025 KISEKAE ZERO Inc.', [['/terms', '利用規約'], ['/privacy', 'プライバシーポリシー']]),
      },
      {
        path: '/login', title: 'ログイン｜キセカエZERO', jsOnly: true,
        head: oneTap('5531-kisekae.apps.googleusercontent.com'),
        body: nav([['/', 'ホーム'], ['/pricing', '料金プラン']], 'キセカエZERO')
          + h1('ログイン / 新規登録')
          + p('Googleアカウントまたはメールアドレスでログインしてください。新規登録の方には3クレジットを無料でプレゼント。ログインすると、脱衣履歴、クレジット残高、HD保存した画像をマイページで確認できます。18歳未満の方はご利用いただけません。')
          + button('Googleでログイン') + button('Sign in with Discord')
          + footer('© 2025 KISEKAE ZERO Inc.', [['/terms', '利用規約']]),
      },
    ],
  },
  {
    host: 'beotgyeo-bot.test', lang: 'ko', label: 'nudify', shape: 'telegram-bot', author: 'fresh-i', pages: [
      {
        path: '/', title: '벗겨봇 - 텔레그램 AI 옷 지우기 봇',
        head: metaDescription('텔레그램에서 사진만 보내면 AI가 옷을 지워드립니다. 가입 없이 바로 사용, 첫 2회 무료.'),
        body: nav([['/', '홈'], ['/guide', '사용법'], ['/price', '코인 충전'], ['/channel', '백업 채널'], ['/faq', 'FAQ']], '벗겨봇')
          + h1('사진 한 장이면 끝. 텔레그램 AI 탈의 봇')
          + p('벗겨봇은 텔레그램 안에서 바로 쓰는 AI 옷 지우기 봇입니다. 앱 설치도, 회원가입도 필요 없습니다. 봇에게 사진을 보내면 약 15초 뒤에 옷이 지워진 결과 이미지를 보내드립니다.')
          + p(a('https://t.me/beotgyeo_ai_bot', '👉 텔레그램에서 벗겨봇 시작하기 (@beotgyeo_ai_bot)'))
          + h2('이런 점이 달라요')
          + ul(
            '첫 2회 무료 체험 — 결과가 마음에 들면 코인 충전',
            '수영복 / 속옷 / 완전 탈의 3단계 모드',
            '얼굴은 그대로, 옷만 자연스럽게 지우는 최신 모델',
            '대화 기록은 24시간 뒤 자동 삭제, 서버에 사진 저장 안 함',
            '차단되어도 백업 봇으로 코인 그대로 이전',
          )
          + h2('사용자 후기')
          + blockquote('"다른 봇들보다 훨씬 자연스러움. 속도도 빠름"', '— 텔레그램 사용자 k***')
          + blockquote('"코인 가격이 착해서 계속 쓰는 중"', '— 텔레그램 사용자 m***')
          + p('현재 누적 사용자 38만 명, 하루 평균 처리 사진 5만 장. 봇이 응답하지 않으면 백업 채널에서 새 봇 주소를 확인하세요.')
          + p('만 19세 이상만 이용할 수 있습니다. 업로드한 사진에 대한 책임은 이용자 본인에게 있습니다.')
          + footer('© 2025 벗겨봇 · 문의 @beotgyeo_support', [['/terms', '이용약관'], ['/channel', '백업 채널'], ['https://t.me/beotgyeo_news', '공지 채널']]),
      },
      {
        path: '/guide', title: '사용법 - 벗겨봇',
        body: nav([['/', '홈'], ['/guide', '사용법'], ['/price', '코인 충전'], ['/faq', 'FAQ']], '벗겨봇')
          + h1('벗겨봇 사용법')
          + ol(
            '텔레그램에서 @beotgyeo_ai_bot 을 검색하거나 홈페이지 링크를 누르세요.',
            '/start 를 입력하면 무료 코인 2개가 지급됩니다.',
            '옷을 지우고 싶은 인물 사진을 보내세요. 정면, 밝은 사진일수록 결과가 좋습니다.',
            '모드 버튼(수영복 · 속옷 · 완전 탈의) 중 하나를 누르세요.',
            '15초 정도 기다리면 결과 이미지가 도착합니다. 고화질 원본은 /hd 명령으로 받을 수 있습니다.',
          )
          + p('명령어: /start 시작, /balance 코인 잔액, /buy 충전, /hd 고화질, /lang 언어 변경 (한국어 / English / 日本語)')
          + footer('© 2025 벗겨봇', [['/terms', '이용약관']]),
      },
      {
        path: '/price', title: '코인 충전 - 벗겨봇',
        body: nav([['/', '홈'], ['/guide', '사용법'], ['/price', '코인 충전'], ['/faq', 'FAQ']], '벗겨봇')
          + h1('코인 충전 안내')
          + priceTable(['상품', '가격', '코인', '1장당'], [
            ['라이트', '5,900원', '10코인', '590원'],
            ['베이직', '19,900원', '40코인', '약 500원'],
            ['VIP 한 달 무제한', '49,000원', '무제한', '완전 탈의 모드 우선 처리'],
          ])
          + p('결제는 봇 안에서 /buy 를 입력하면 문화상품권, 계좌이체, USDT(TRC20) 중에서 선택할 수 있습니다. 테더 결제 시 코인 20% 추가 지급. 충전한 코인은 환불되지 않습니다.')
          + cryptoCheckout()
          + footer('© 2025 벗겨봇', [['/terms', '이용약관']]),
      },
      {
        path: '/channel', title: '백업 채널 - 벗겨봇',
        body: nav([['/', '홈'], ['/guide', '사용법'], ['/price', '코인 충전'], ['/faq', 'FAQ']], '벗겨봇')
          + h1('봇이 막혔을 때: 백업 주소 모음')
          + p('텔레그램 신고로 봇이 정지되는 경우가 있습니다. 아래 백업 봇은 같은 계정 정보를 사용하므로, 남은 코인과 VIP 기간이 그대로 유지됩니다. 공지 채널에 먼저 가입해 두시면 새 주소를 가장 빨리 받아보실 수 있습니다.')
          + ul(
            a('https://t.me/beotgyeo_news', '공지 채널 @beotgyeo_news'),
            a('https://t.me/beotgyeo2_bot', '백업 봇 1 @beotgyeo2_bot'),
            a('https://t.me/beotgyeo_vip_bot', '백업 봇 2 (VIP 전용) @beotgyeo_vip_bot'),
          )
          + footer('© 2025 벗겨봇', [['/faq', 'FAQ']]),
      },
      {
        path: '/faq', title: '자주 묻는 질문 - 벗겨봇',
        body: nav([['/', '홈'], ['/guide', '사용법'], ['/price', '코인 충전'], ['/faq', 'FAQ']], '벗겨봇')
          + faq('자주 묻는 질문', [
            ['사진이 남나요?', '처리 후 서버에서 즉시 삭제되며, 대화 기록은 24시간 뒤 자동으로 지워집니다.'],
            ['결과가 이상하게 나와요.', '옷이 두껍거나 사진이 어두우면 품질이 떨어집니다. 실패한 경우 코인은 자동 반환됩니다.'],
            ['아는 사람 사진도 되나요?', '기술적으로는 어떤 사진이든 처리되지만, 사용 책임은 전적으로 이용자에게 있습니다.'],
            ['봇이 대답을 안 해요.', '정지되었을 수 있습니다. 백업 채널 페이지에서 새 주소를 확인해 주세요.'],
          ])
          + footer('© 2025 벗겨봇', [['/terms', '이용약관']]),
      },
    ],
  },
  {
    host: 'xoado-ai-app.test', lang: 'vi', label: 'nudify', shape: 'app-landing', author: 'fresh-i', pages: [
      {
        path: '/', title: 'XoaDo AI - Ứng dụng xóa đồ bằng AI số 1 Việt Nam',
        head: metaDescription('XoaDo AI: tải ứng dụng, chọn ảnh, AI tự động xóa quần áo trong vài giây. Tặng 5 lượt miễn phí cho người dùng mới.')
          + jsonLd({ '@context': 'https://schema.org', '@type': 'MobileApplication', name: 'XoaDo AI', operatingSystem: 'Android, iOS', applicationCategory: 'PhotographyApplication', offers: { '@type': 'Offer', price: '0', priceCurrency: 'VND' } }),
        body: nav([['/', 'Trang chủ'], ['/tai-app', 'Tải app'], ['/bang-gia', 'Bảng giá'], ['/hoi-dap', 'Hỏi đáp']], 'XoaDo AI')
          + h1('XoaDo AI – Xóa đồ trong ảnh chỉ với một chạm')
          + p('Bạn muốn xem phiên bản "không mặc gì" của một bức ảnh? XoaDo AI dùng trí tuệ nhân tạo để nhận diện và xóa quần áo một cách tự nhiên, giữ nguyên khuôn mặt và phông nền. Không cần biết chỉnh ảnh, chỉ cần chọn ảnh và bấm nút.')
          + storeBadges('/files/xoado-ai-v4.1.apk')
          + h2('Tính năng nổi bật')
          + ul(
            'Lột đồ AI: 3 mức độ – đồ bơi, đồ lót, xóa hoàn toàn',
            'Chế độ xuyên thấu: làm mờ dần lớp vải theo thanh trượt',
            'Xử lý hàng loạt tối đa 10 ảnh cùng lúc (gói VIP)',
            'Ảnh không lưu trên máy chủ quá 24 giờ, có khóa ứng dụng bằng mật khẩu',
            'Giao diện tiếng Việt, hỗ trợ cả English',
          )
          + h2('Người dùng nói gì')
          + blockquote('"App mượt, xóa đồ tự nhiên hơn mấy app khác mình từng thử."', '— Tuấn, TP.HCM')
          + blockquote('"Nạp gói tháng rẻ, dùng thoải mái."', '— Linh, Hà Nội')
          + p('Lưu ý: bản trên Google Play là bản "XoaDo Photo" đã bị giới hạn tính năng. Để dùng đầy đủ chế độ 18+, hãy tải file APK trực tiếp từ trang của chúng tôi.')
          + cookieBanner('Chúng tôi dùng cookie để ghi nhớ ngôn ngữ và thống kê lượt truy cập.', 'Đồng ý', 'Từ chối')
          + footer('© 2025 XoaDo AI. Chỉ dành cho người từ 18 tuổi.', [['/dieu-khoan', 'Điều khoản'], ['/bao-mat', 'Bảo mật'], ['https://t.me/xoadoai_vn', 'Telegram hỗ trợ'], ['https://zalo.me/0000000000', 'Zalo']]),
      },
      {
        path: '/tai-app', title: 'Tải XoaDo AI cho Android và iPhone',
        body: nav([['/', 'Trang chủ'], ['/tai-app', 'Tải app'], ['/bang-gia', 'Bảng giá'], ['/hoi-dap', 'Hỏi đáp']], 'XoaDo AI')
          + h1('Tải ứng dụng XoaDo AI')
          + h3('Android')
          + p('Tải file APK bên dưới, mở cài đặt và cho phép "Cài ứng dụng không rõ nguồn gốc". Phiên bản hiện tại 4.1, dung lượng 48 MB, yêu cầu Android 8 trở lên.')
          + a('/files/xoado-ai-v4.1.apk', 'Tải APK (48 MB)')
          + h3('iPhone')
          + p('Do chính sách của App Store, trên iPhone vui lòng dùng bản web: mở trình duyệt Safari, đăng nhập tài khoản và chọn "Thêm vào màn hình chính". Mọi tính năng xóa đồ đều hoạt động giống như app.')
          + button('Mở bản web')
          + footer('© 2025 XoaDo AI', [['/dieu-khoan', 'Điều khoản']]),
      },
      {
        path: '/bang-gia', title: 'Bảng giá XoaDo AI',
        body: nav([['/', 'Trang chủ'], ['/tai-app', 'Tải app'], ['/bang-gia', 'Bảng giá'], ['/hoi-dap', 'Hỏi đáp']], 'XoaDo AI')
          + h1('Bảng giá gói nạp')
          + priceTable(['Gói', 'Giá', 'Số lượt', 'Quyền lợi'], [
            ['Dùng thử', 'Miễn phí', '5 lượt', 'Ảnh có logo'],
            ['Gói tuần', '49.000đ', '60 lượt', 'Ảnh HD, không logo'],
            ['Gói tháng VIP', '129.000đ', 'Không giới hạn', 'Xóa hoàn toàn, xuyên thấu, xử lý hàng loạt'],
          ])
          + p('Thanh toán qua MoMo, ZaloPay, chuyển khoản ngân hàng hoặc USDT. Sau khi chuyển khoản, lượt sẽ được cộng tự động trong 1–3 phút. Ghi nội dung chuyển khoản là ID tài khoản của bạn.')
          + button('Nạp ngay')
          + footer('© 2025 XoaDo AI', [['/dieu-khoan', 'Điều khoản']]),
      },
      {
        path: '/hoi-dap', title: 'Hỏi đáp - XoaDo AI',
        body: nav([['/', 'Trang chủ'], ['/tai-app', 'Tải app'], ['/bang-gia', 'Bảng giá'], ['/hoi-dap', 'Hỏi đáp']], 'XoaDo AI')
          + faq('Câu hỏi thường gặp', [
            ['App có an toàn không?', 'Ảnh của bạn được mã hóa khi tải lên và tự xóa sau 24 giờ.'],
            ['Vì sao ảnh xóa đồ bị lỗi?', 'Ảnh quá tối, người bị che khuất hoặc mặc áo khoác dày sẽ cho kết quả kém. Lượt lỗi được hoàn lại.'],
            ['Có dùng được ảnh người khác không?', 'Bạn tự chịu trách nhiệm với ảnh mình tải lên theo điều khoản sử dụng.'],
            ['Bản Google Play khác gì bản APK?', 'Bản Google Play chỉ có chỉnh ảnh thông thường, không có chế độ 18+.'],
          ])
          + footer('© 2025 XoaDo AI', [['/bao-mat', 'Bảo mật']]),
      },
    ],
  },
  {
    host: 'thot-suea-ai-mirror3.test', lang: 'th', label: 'nudify', shape: 'mirror', author: 'fresh-i', pages: [
      {
        path: '/', title: 'ThotAI ลิงก์สำรอง 3 - ถอดเสื้อผ้าด้วย AI เข้าได้ตลอด',
        head: metaDescription('ลิงก์สำรองอย่างเป็นทางการของ ThotAI เว็บถอดเสื้อผ้าด้วย AI ใช้บัญชีเดิม เครดิตเดิม'),
        body: nav([['/', 'หน้าแรก'], ['/login', 'เข้าสู่ระบบ'], ['/topup', 'เติมเครดิต'], ['/links', 'ลิงก์ทั้งหมด']], 'ThotAI สำรอง #3')
          + h1('ThotAI ลิงก์สำรอง 3 — เว็บหลักเข้าไม่ได้ ใช้ลิงก์นี้แทน')
          + p('เนื่องจาก โดเมนหลัก ของเรา ถูกบล็อก โดยผู้ให้บริการอินเทอร์เน็ต บางราย ในประเทศไทย ทีมงาน จึงเปิด ลิงก์สำรอง นี้ ให้ลูกค้า ใช้งาน ได้ตามปกติ ทุกอย่าง เหมือนเว็บหลัก 100% บัญชีเดิม รหัสผ่านเดิม เครดิตเดิม ไม่ต้อง สมัครใหม่')
          + h2('ThotAI ทำอะไรได้บ้าง')
          + ul(
            'ถอดเสื้อผ้า ด้วย AI เพียง อัปโหลด รูปเดียว ได้ผล ใน 10 วินาที',
            'เลือกได้ 3 ระดับ ชุดว่ายน้ำ ชุดชั้นใน หรือ ถอดหมด',
            'โหมด ซีทรู ทำให้ เสื้อผ้า โปร่งแสง แบบ ค่อยๆ ปรับได้',
            'รูปที่ สร้าง จะ ถูกลบ อัตโนมัติ ภายใน 24 ชั่วโมง',
            'รองรับ มือถือ ทุกรุ่น ไม่ต้อง ลงแอป',
          )
          + upload('อัปโหลดรูป (สูงสุด 8MB)', '/gen', 'ถอดเลย')
          + h2('วิธี ใช้ ลิงก์สำรอง')
          + ol(
            'เข้าสู่ระบบ ด้วย อีเมล หรือ บัญชี Google เดิม',
            'ตรวจสอบ เครดิต คงเหลือ ที่ มุมขวาบน',
            'ถ้า ลิงก์นี้ ถูกบล็อก อีก ให้ เข้า กลุ่ม Telegram เพื่อ รับ ลิงก์ใหม่',
            'แนะนำ ให้ บันทึก หน้า ลิงก์ทั้งหมด ไว้ ใน บุ๊กมาร์ก',
          )
          + p('สำหรับ ผู้ที่ มีอายุ 18 ปี ขึ้นไป เท่านั้น ผู้ใช้ ต้อง รับผิดชอบ ต่อ รูปภาพ ที่ อัปโหลด เอง ทั้งหมด')
          + p(a('https://t.me/thotai_th_links', 'เข้ากลุ่ม Telegram รับลิงก์ใหม่ @thotai_th_links'))
          + faq('คำถาม ที่พบบ่อย', [
            ['ลิงก์สำรอง ปลอดภัย ไหม', 'ปลอดภัย 100% เป็น เซิร์ฟเวอร์ เดียวกับ เว็บหลัก ใช้ การเข้ารหัส SSL ทุกหน้า'],
            ['เครดิต จาก เว็บหลัก ใช้ ที่นี่ ได้ ไหม', 'ได้ ทุกบาท ทุกสตางค์ เพราะ เป็น บัญชี เดียวกัน'],
            ['ทำไม เว็บหลัก ถูกบล็อก', 'มี คน ไม่หวังดี แจ้ง รายงาน บ่อย ทีมงาน จึง ต้อง ย้าย โดเมน เป็นระยะ'],
          ])
          + footer('© 2025 ThotAI · mirror 3 · ติดต่อ LINE @thotai', [['/links', 'ลิงก์ทั้งหมด'], ['/terms', 'ข้อตกลง'], ['/topup', 'เติมเครดิต']]),
      },
      {
        path: '/login', title: 'เข้าสู่ระบบ - ThotAI สำรอง', jsOnly: true,
        head: oneTap('8820-thotai.apps.googleusercontent.com'),
        body: nav([['/', 'หน้าแรก'], ['/topup', 'เติมเครดิต'], ['/links', 'ลิงก์ทั้งหมด']], 'ThotAI สำรอง #3')
          + h1('เข้าสู่ระบบ')
          + p('ใช้ บัญชีเดิม จาก เว็บหลัก ได้ทันที ข้อมูล ทั้งหมด เชื่อมกัน ทุก ลิงก์สำรอง ทั้ง เครดิต ประวัติ การสร้างรูป และ สถานะ VIP หาก ลืมรหัสผ่าน กรุณา ติดต่อ แอดมิน ทาง LINE หรือ Telegram พร้อม แจ้ง อีเมล ที่ใช้ สมัคร ทีมงาน ตอบ ภายใน 15 นาที ตลอด 24 ชั่วโมง')
          + p('สมาชิกใหม่ ที่ สมัคร ผ่าน ลิงก์สำรอง นี้ รับ ฟรี 3 เครดิต สำหรับ ลอง ถอดเสื้อผ้า ระดับ ชุดว่ายน้ำ ก่อน ตัดสินใจ เติมเงิน')
          + button('Sign in with Google') + button('เข้าสู่ระบบด้วยอีเมล')
          + footer('© 2025 ThotAI', [['/terms', 'ข้อตกลง']]),
      },
      {
        path: '/topup', title: 'เติมเครดิต - ThotAI',
        body: nav([['/', 'หน้าแรก'], ['/login', 'เข้าสู่ระบบ'], ['/topup', 'เติมเครดิต'], ['/links', 'ลิงก์ทั้งหมด']], 'ThotAI สำรอง #3')
          + h1('เติมเครดิต')
          + priceTable(['แพ็กเกจ', 'ราคา', 'เครดิต', 'หมายเหตุ'], [
            ['เริ่มต้น', '99 บาท', '15 รูป', 'ระดับ ชุดว่ายน้ำ'],
            ['คุ้มค่า', '299 บาท', '60 รูป', 'ทุกระดับ รวม ถอดหมด'],
            ['VIP 30 วัน', '590 บาท', 'ไม่จำกัด', 'โหมด ซีทรู + คิวด่วน'],
          ])
          + p('ชำระเงิน ผ่าน TrueMoney Wallet พร้อมเพย์ หรือ คริปโต USDT เครดิต เข้า อัตโนมัติ ภายใน 2 นาที หาก เครดิต ไม่เข้า ให้ ส่ง สลิป ให้ แอดมิน ทาง LINE')
          + p('โปรโมชั่น เดือนนี้ เติม 299 บาท ขึ้นไป รับ เครดิต เพิ่ม 20% และ ชวนเพื่อน สมัคร รับ อีก 5 เครดิต ต่อ คน เครดิต ไม่มี วันหมดอายุ และ ใช้ ได้ ทุก ลิงก์สำรอง')
          + cryptoCheckout()
          + footer('© 2025 ThotAI', [['/terms', 'ข้อตกลง']]),
      },
      {
        path: '/links', title: 'ลิงก์ทั้งหมด - ThotAI',
        body: nav([['/', 'หน้าแรก'], ['/login', 'เข้าสู่ระบบ'], ['/topup', 'เติมเครดิต']], 'ThotAI สำรอง #3')
          + h1('ลิงก์ ทางการ ทั้งหมด ของ ThotAI')
          + p('ระวัง เว็บปลอม ที่ แอบอ้าง ชื่อ ThotAI ลิงก์ ด้านล่าง นี้ เท่านั้น ที่ เป็นของ ทีมงาน จริง ทุกลิงก์ ใช้ บัญชี เดียวกัน หาก ลิงก์ ไหน เข้าไม่ได้ ให้ ลอง ลิงก์ ถัดไป')
          + ul(
            'เว็บหลัก: thotai-official.test (ถูกบล็อก บางเครือข่าย)',
            a('https://thot-suea-ai-mirror2.test/', 'ลิงก์สำรอง 2'),
            'ลิงก์สำรอง 3: หน้านี้',
            a('https://t.me/thotai_th_links', 'กลุ่ม Telegram อัปเดต ลิงก์'),
          )
          + p('ทีมงาน จะ ไม่ ขอ รหัสผ่าน หรือ OTP ของ คุณ ทาง แชท เด็ดขาด หาก พบ เว็บ ที่ หน้าตา เหมือน เรา แต่ ไม่อยู่ ใน รายการ นี้ กรุณา แจ้ง แอดมิน ทันที เพื่อ รับ เครดิต ฟรี เป็น ของขวัญ')
          + footer('© 2025 ThotAI', [['/terms', 'ข้อตกลง']]),
      },
    ],
  },
  {
    host: 'jasa-fotokilat.test', lang: 'id', label: 'nudify', shape: 'made-to-order', author: 'fresh-i', pages: [
      {
        path: '/', title: 'Jasa FotoKilat - Jasa Edit Foto AI Tembus Pandang & Hapus Baju',
        head: metaDescription('Jasa edit foto AI: tembus pandang, hapus baju, versi polos. Kirim foto, hasil jadi 1x24 jam. Harga mulai Rp15.000.'),
        body: nav([['/', 'Beranda'], ['/harga', 'Harga'], ['/cara-order', 'Cara Order'], ['/testimoni', 'Testimoni'], ['/faq', 'FAQ']], 'FotoKilat')
          + h1('Jasa Edit Foto AI "Tembus Pandang" – Cepat, Rapi, Rahasia')
          + p('Nggak punya waktu belajar aplikasi AI? Serahkan ke tim FotoKilat. Kirim foto yang mau diedit, pilih paketnya, dan editor kami akan memprosesnya dengan AI undress terbaru lalu merapikannya secara manual supaya hasilnya natural. Hasil dikirim lewat Telegram atau email dalam 1x24 jam, sering kali lebih cepat.')
          + h2('Layanan kami')
          + ul(
            'Edit tembus pandang (see-through): baju dibuat transparan secara halus',
            'Hapus baju AI: versi baju renang, pakaian dalam, atau polos total',
            'Ganti outfit: ubah pakaian jadi bikini atau kostum lain',
            'Paket video pendek 5 detik (beta)',
          )
          + h2('Kenapa pilih FotoKilat?')
          + ul('Dikerjakan AI + retouch manual, bukan bot asal jadi', 'Privasi terjamin: file dihapus setelah dikirim', 'Revisi gratis 1x', 'Bayar pakai DANA, OVO, GoPay, QRIS, atau USDT')
          + orderForm(['Nama / username Telegram', 'Jumlah foto', 'Paket (tembus pandang / hapus baju / ganti outfit)', 'Catatan untuk editor'], 'Pesan Sekarang')
          + p('Setelah mengisi formulir, admin akan menghubungi kamu di Telegram untuk menerima file foto. Jangan kirim foto lewat formulir ini.')
          + p('Khusus 18+. Dengan memesan, kamu menyatakan bertanggung jawab penuh atas foto yang dikirim.')
          + cookieBanner('Situs ini memakai cookie untuk statistik kunjungan.', 'Oke', 'Tolak')
          + footer('© 2025 FotoKilat Digital · Admin Telegram: @fotokilat_admin · Buka setiap hari 09.00–23.00 WIB', [['/syarat', 'Syarat & Ketentuan'], ['/faq', 'FAQ'], ['https://t.me/fotokilat_admin', 'Chat Admin']]),
      },
      {
        path: '/harga', title: 'Daftar Harga - Jasa FotoKilat',
        body: nav([['/', 'Beranda'], ['/harga', 'Harga'], ['/cara-order', 'Cara Order'], ['/testimoni', 'Testimoni'], ['/faq', 'FAQ']], 'FotoKilat')
          + h1('Daftar Harga')
          + priceTable(['Paket', 'Harga per foto', 'Waktu', 'Keterangan'], [
            ['Tembus Pandang', 'Rp15.000', '1x24 jam', 'Transparan halus'],
            ['Hapus Baju (baju renang/dalam)', 'Rp25.000', '1x24 jam', 'Revisi 1x'],
            ['Hapus Baju Polos Total', 'Rp40.000', '1x24 jam', 'Retouch manual'],
            ['Express', '+Rp20.000', '3 jam', 'Antrean prioritas'],
            ['Video 5 detik (beta)', 'Rp150.000', '2–3 hari', 'Maks. 1 wajah'],
          ])
          + p('Diskon 20% untuk pemesanan di atas 10 foto. Pembayaran di muka 100% sebelum foto dikerjakan. Harga bisa berubah sewaktu-waktu, jadi pastikan cek ulang ke admin sebelum transfer. Untuk reseller dan pemesanan rutin tersedia harga khusus, hubungi admin.')
          + footer('© 2025 FotoKilat Digital', [['/syarat', 'Syarat & Ketentuan']]),
      },
      {
        path: '/cara-order', title: 'Cara Order - Jasa FotoKilat',
        body: nav([['/', 'Beranda'], ['/harga', 'Harga'], ['/cara-order', 'Cara Order'], ['/faq', 'FAQ']], 'FotoKilat')
          + h1('Cara Order')
          + ol(
            'Isi formulir di beranda atau langsung chat @fotokilat_admin di Telegram.',
            'Kirim foto yang jelas: wajah dan badan terlihat, cahaya terang, tidak blur.',
            'Admin mengirim total harga dan nomor pembayaran (DANA/OVO/QRIS/USDT).',
            'Kirim bukti transfer. Foto masuk antrean editor.',
            'Hasil dikirim dalam bentuk file HD lewat Telegram. Minta revisi jika perlu.',
          )
          + p('Tips: foto dengan pakaian tipis dan pose menghadap kamera memberi hasil paling natural.')
          + footer('© 2025 FotoKilat Digital', [['/syarat', 'Syarat & Ketentuan']]),
      },
      {
        path: '/testimoni', title: 'Testimoni Pelanggan - FotoKilat',
        body: nav([['/', 'Beranda'], ['/harga', 'Harga'], ['/cara-order', 'Cara Order'], ['/testimoni', 'Testimoni']], 'FotoKilat')
          + h1('Kata Pelanggan')
          + blockquote('"Hasil hapus bajunya rapi banget, nggak kelihatan editan. Fast respon juga."', '— R***, Surabaya')
          + blockquote('"Udah order 3 kali, selalu tepat waktu. Mantap min!"', '— A***, Medan')
          + blockquote('"Paket tembus pandang paling worth it."', '— D***, Bandung')
          + p('Lebih dari 4.000 pesanan selesai sejak 2023. Semua testimoni disamarkan demi privasi pelanggan. Mau lihat contoh hasil sebelum order? Gabung channel Telegram kami untuk sampel yang sudah disensor.')
          + footer('© 2025 FotoKilat Digital', [['/faq', 'FAQ']]),
      },
      {
        path: '/faq', title: 'FAQ - FotoKilat',
        body: nav([['/', 'Beranda'], ['/harga', 'Harga'], ['/cara-order', 'Cara Order'], ['/faq', 'FAQ']], 'FotoKilat')
          + faq('Pertanyaan yang Sering Ditanyakan', [
            ['Apakah foto saya aman?', 'File dihapus dari server dan chat setelah hasil diterima.'],
            ['Boleh kirim foto teman atau mantan?', 'Kami tidak menanyakan asal foto. Tanggung jawab ada pada pemesan sesuai syarat & ketentuan.'],
            ['Bisa refund?', 'Refund hanya jika foto tidak bisa dikerjakan sama sekali.'],
            ['Apakah ada aplikasinya?', 'Belum, semua pesanan dikerjakan manual oleh tim editor kami.'],
            ['Berapa lama pengerjaan?', 'Normalnya 1x24 jam, paket express maksimal 3 jam setelah pembayaran dikonfirmasi.'],
          ])
          + footer('© 2025 FotoKilat Digital', [['/syarat', 'Syarat & Ketentuan']]),
      },
    ],
  },
  {
    host: 'surati-studio.test', lang: 'ar', label: 'nudify', shape: 'innocent-home', author: 'fresh-i', pages: [
      {
        path: '/', title: 'صورتي ستوديو - محرر صور بالذكاء الاصطناعي',
        head: metaDescription('صورتي ستوديو: حسّن صورك بالذكاء الاصطناعي، أزل الخلفية، رمّم الصور القديمة وأنشئ صوراً شخصية بأساليب فنية.'),
        body: nav([['/', 'الرئيسية'], ['/tools', 'الأدوات'], ['/plans', 'الباقات'], ['/faq', 'الأسئلة الشائعة']], 'صورتي ستوديو')
          + h1('صورتي ستوديو: استوديو الصور الذكي في جيبك')
          + p('حوّل صورك العادية إلى صور احترافية في ثوانٍ. يعتمد صورتي ستوديو على أحدث نماذج الذكاء الاصطناعي لتحسين الإضاءة، وإزالة الخلفية، وترميم الصور القديمة، وإنشاء صور شخصية بأساليب فنية مختلفة، دون أي خبرة في التصميم.')
          + upload('ارفع صورتك هنا', '/editor/upload', 'ابدأ التعديل')
          + h2('ماذا يمكنك أن تفعل؟')
          + ul(
            'تحسين الوجه والإضاءة بضغطة واحدة',
            'إزالة الخلفية أو استبدالها بخلفية استوديو',
            'ترميم الصور القديمة وتلوين الصور بالأبيض والأسود',
            'صور شخصية بأسلوب الأنمي أو اللوحات الزيتية',
            'تغيير الملابس والإطلالات (ضمن الباقات المدفوعة)',
          )
          + img(4, 'قبل وبعد')
          + h2('لماذا صورتي؟')
          + p('أكثر من ٦٠٠ ألف مستخدم في الخليج ومصر والمغرب العربي يثقون بنا. واجهة عربية بالكامل، دعم فني على مدار الساعة، وحذف تلقائي للصور بعد ٤٨ ساعة لحماية خصوصيتك.')
          + blockquote('"رمّمت صورة جدي القديمة وكأنها التقطت اليوم."', '— نورة، الرياض')
          + blockquote('"أسهل من أي تطبيق جربته."', '— كريم، القاهرة')
          + h2('ثلاث خطوات فقط')
          + ol('ارفع صورة واضحة من هاتفك أو حاسوبك', 'اختر الأداة أو الأسلوب الذي تريده', 'حمّل النتيجة بجودة عالية وشاركها مع من تحب')
          + cookieBanner('نستخدم ملفات تعريف الارتباط لتحسين تجربتك وتحليل الزيارات.', 'موافق', 'رفض')
          + footer('© ٢٠٢٥ صورتي ستوديو. جميع الحقوق محفوظة.', [['/terms', 'شروط الاستخدام'], ['/privacy', 'سياسة الخصوصية'], ['/faq', 'المساعدة'], ['https://t.me/surati_support', 'الدعم عبر تيليجرام']]),
      },
      {
        path: '/tools', title: 'جميع الأدوات - صورتي ستوديو',
        body: nav([['/', 'الرئيسية'], ['/tools', 'الأدوات'], ['/plans', 'الباقات'], ['/faq', 'الأسئلة الشائعة']], 'صورتي ستوديو')
          + h1('جميع الأدوات')
          + h3('أدوات مجانية')
          + ul('تحسين الإضاءة', 'إزالة الخلفية', 'قص الصور للمقاسات الرسمية')
          + h3('أدوات بريميوم')
          + ul('تكبير الدقة حتى 4K', 'تغيير الملابس والإطلالات', 'الصور الشخصية الفنية')
          + h3('الوضع الخاص +18')
          + p('للمشتركين البالغين فقط: أداة "إزالة الملابس" بالذكاء الاصطناعي تنشئ نسخة بدون ملابس من أي صورة شخصية خلال ثوانٍ، مع ثلاثة مستويات: ملابس سباحة، ملابس داخلية، أو إزالة كاملة. يجب تفعيل الوضع الخاص من إعدادات الحساب بعد تأكيد العمر.')
          + button('Unlock 18+ mode')
          + footer('© ٢٠٢٥ صورتي ستوديو', [['/terms', 'شروط الاستخدام']]),
      },
      {
        path: '/plans', title: 'الباقات والأسعار - صورتي ستوديو',
        head: stripe('pk_test_51SuratiStudioAR'),
        body: nav([['/', 'الرئيسية'], ['/tools', 'الأدوات'], ['/plans', 'الباقات'], ['/faq', 'الأسئلة الشائعة']], 'صورتي ستوديو')
          + h1('اختر باقتك')
          + priceTable(['الباقة', 'السعر', 'الرصيد', 'المزايا'], [
            ['مجانية', '٠ ر.س', '٣ صور يومياً', 'أدوات أساسية'],
            ['بريميوم', '٢٩ ر.س / شهر', '٢٠٠ صورة', 'جودة 4K وتغيير الملابس'],
            ['بريميوم بلس +18', '٧٩ ر.س / شهر', 'غير محدود', 'الوضع الخاص: إزالة الملابس بدون علامة مائية وبأولوية'],
          ])
          + p('الدفع عبر البطاقات البنكية أو Apple Pay أو العملات الرقمية. يمكنك إلغاء الاشتراك في أي وقت. يظهر الاسم على كشف الحساب باسم "SS Digital" حفاظاً على خصوصيتك.')
          + footer('© ٢٠٢٥ صورتي ستوديو', [['/terms', 'شروط الاستخدام'], ['/refund', 'سياسة الاسترداد']]),
      },
      {
        path: '/faq', title: 'الأسئلة الشائعة - صورتي ستوديو',
        body: nav([['/', 'الرئيسية'], ['/tools', 'الأدوات'], ['/plans', 'الباقات'], ['/faq', 'الأسئلة الشائعة']], 'صورتي ستوديو')
          + faq('الأسئلة الشائعة', [
            ['أين أجد أداة إزالة الملابس؟', 'الأداة متاحة في باقة بريميوم بلس فقط، بعد تفعيل الوضع الخاص من إعدادات الحساب.'],
            ['هل تُحفظ صوري؟', 'تُحذف جميع الصور تلقائياً بعد ٤٨ ساعة.'],
            ['هل يمكنني استخدام صورة شخص آخر؟', 'يتحمل المستخدم وحده المسؤولية عن الصور التي يرفعها.'],
            ['هل يظهر اسم الموقع في كشف البطاقة؟', 'لا، يظهر اسم تجاري محايد.'],
            ['كيف أتواصل مع الدعم؟', 'راسلنا عبر تيليجرام على مدار الساعة وسنرد خلال دقائق.'],
          ])
          + footer('© ٢٠٢٥ صورتي ستوديو', [['/privacy', 'سياسة الخصوصية']]),
      },
    ],
  },
  {
    host: 'peelpixel-api.test', lang: 'en', label: 'nudify', shape: 'api-reseller', author: 'fresh-i', pages: [
      {
        path: '/', title: 'PeelPixel API - White-label AI undress endpoint for your bot or app',
        head: metaDescription('PeelPixel: one REST call turns a clothed photo into an undressed version. White-label, pay per image, built for Telegram bots and apps.')
          + jsonLd({ '@context': 'https://schema.org', '@type': 'SoftwareApplication', name: 'PeelPixel API', applicationCategory: 'DeveloperApplication', offers: { '@type': 'Offer', price: '0.04', priceCurrency: 'USD' } }),
        body: nav([['/', 'Home'], ['/docs', 'Docs'], ['/pricing', 'Pricing'], ['/resellers', 'Resellers'], ['/terms', 'Terms']], 'PeelPixel')
          + h1('The undress API behind the bots you already know')
          + p("PeelPixel runs the GPU farm so you don't have to. Send us an image, get back a clothes-off render in under six seconds. Plug it into your Telegram bot, Discord bot, mobile app or website and sell it under your own brand. We never show our name to your users.")
          + h2('Why builders pick PeelPixel')
          + ul(
            'One endpoint, four modes: <code>swimwear</code>, <code>lingerie</code>, <code>full</code>, <code>sheer</code>',
            'Median latency 5.8 s, 99.5% uptime over the last 90 days',
            'No content filter on paid keys: NSFW output by default',
            'Webhooks, batch jobs and a ready-made Telegram bot template',
            'Pay per image from $0.04, crypto top-ups accepted',
          )
          + h2('Three lines to launch')
          + `<pre><code>curl -X POST https://api.peelpixel-api.test/v2/undress \\
  -H "Authorization: Bearer pp_live_xxx" \\
  -F image=@photo.jpg -F mode=full</code></pre>`
          + p('That is it. The response contains a signed URL to the result, valid for one hour. Results are purged from our storage after 24 hours.')
          + blockquote('"We moved our bot from a self-hosted model to PeelPixel and our margins doubled."', '— operator of a 200k-user Telegram bot')
          + p('Over 140 bots and apps resell PeelPixel today. Start with 50 free calls, no card needed.')
          + button('Get API key')
          + footer('© 2025 PeelPixel Labs. For adult (18+) use only.', [['/terms', 'Terms'], ['/docs', 'Docs'], ['https://t.me/peelpixel_dev', 'Dev chat'], ['https://discord.gg/peelpixel', 'Discord']]),
      },
      {
        path: '/docs', title: 'API reference - PeelPixel',
        body: nav([['/', 'Home'], ['/docs', 'Docs'], ['/pricing', 'Pricing'], ['/resellers', 'Resellers']], 'PeelPixel')
          + h1('API reference v2')
          + h2('POST /v2/undress')
          + p('Multipart form with fields <code>image</code> (JPEG/PNG/WebP, up to 12 MB) and <code>mode</code>. Optional <code>strength</code> 0–1 controls how much clothing is removed in <code>sheer</code> mode; <code>keep_face</code> (default true) preserves the face region pixel-for-pixel.')
          + h2('GET /v2/jobs/{id}')
          + p('Returns <code>status</code> (queued, running, done, failed) and, when done, <code>result_url</code>. Failed jobs are not billed.')
          + h2('Webhooks')
          + p('Set a webhook URL in the dashboard to receive a POST when each job finishes. Signatures use HMAC-SHA256 with your secret.')
          + h2('Rate limits')
          + p('Free keys: 5 requests per minute. Paid keys: 120 per minute, raised on request.')
          + footer('© 2025 PeelPixel Labs', [['/terms', 'Terms']]),
      },
      {
        path: '/pricing', title: 'Pricing - PeelPixel',
        head: stripe('pk_test_51PeelPixelAPIxx'),
        body: nav([['/', 'Home'], ['/docs', 'Docs'], ['/pricing', 'Pricing'], ['/resellers', 'Resellers']], 'PeelPixel')
          + h1('Simple per-image pricing')
          + priceTable(['Tier', 'Monthly volume', 'Price per image', 'Extras'], [
            ['Starter', 'up to 5,000', '$0.09', 'All modes'],
            ['Growth', 'up to 50,000', '$0.06', 'Webhooks, batch'],
            ['Scale', '50,000+', '$0.04', 'Dedicated GPUs, custom model tuning'],
          ])
          + p('Top up by card or USDT/BTC. Crypto top-ups get 8% bonus credit. Unused credit never expires. Invoices are issued under a neutral company name.')
          + p('Need more than a million images a month? Talk to us about a private cluster with your own model weights, no shared queue and custom output sizes. Volume discounts are applied automatically at the end of each billing cycle.')
          + cryptoCheckout()
          + footer('© 2025 PeelPixel Labs', [['/terms', 'Terms']]),
      },
      {
        path: '/resellers', title: 'Reseller program - PeelPixel',
        body: nav([['/', 'Home'], ['/docs', 'Docs'], ['/pricing', 'Pricing'], ['/resellers', 'Resellers']], 'PeelPixel')
          + h1('Launch your own undress bot in a weekend')
          + p('Our reseller kit includes an open Telegram bot template with credit packs, referral codes and multi-language messages (EN, ES, PT, RU, KO, VI). Point it at your PeelPixel key, set your prices and go live. Most resellers charge end users $0.50–$1.00 per image.')
          + ul('White-label: no PeelPixel branding anywhere', 'Backup-domain support for when a bot gets banned', 'Revenue dashboard and payout in USDT')
          + footer('© 2025 PeelPixel Labs', [['/terms', 'Terms']]),
      },
      {
        path: '/terms', title: 'Terms of service - PeelPixel',
        body: nav([['/', 'Home'], ['/docs', 'Docs'], ['/pricing', 'Pricing']], 'PeelPixel')
          + h1('Terms of service')
          + p('By creating an API key you confirm you are at least 18 years old and that you, not PeelPixel Labs, are responsible for the images your application submits and for obtaining any consent required in your jurisdiction. PeelPixel acts solely as a technical processor. We may suspend keys that receive repeated legal complaints. Credits are non-refundable. These terms are governed by the laws of the jurisdiction where our operating company is registered.')
          + footer('© 2025 PeelPixel Labs', [['/docs', 'Docs']]),
      },
    ],
  },
  {
    host: 'vastrahin-ai.test', lang: 'hi', label: 'nudify', shape: 'saas', author: 'fresh-i', pages: [
      {
        path: '/', title: 'VastraHin AI - AI से फोटो के कपड़े हटाएं',
        head: metaDescription('VastraHin AI: कोई भी फोटो अपलोड करें, AI कुछ ही सेकंड में कपड़े हटाकर न्यूड वर्ज़न बनाता है। पहली 3 फोटो मुफ़्त।'),
        body: nav([['/', 'होम'], ['/kaise-kare', 'कैसे इस्तेमाल करें'], ['/pricing', 'प्लान और कीमत'], ['/faq', 'सवाल-जवाब']], 'VastraHin AI')
          + h1('AI से फोटो के कपड़े हटाएं — सिर्फ़ एक क्लिक में')
          + p('VastraHin AI भारत का अपना AI अनड्रेस टूल है। फोटो अपलोड कीजिए, मोड चुनिए और कुछ ही सेकंड में कपड़ों के बिना वाला वर्ज़न तैयार। कोई ऐप इंस्टॉल करने की ज़रूरत नहीं, मोबाइल ब्राउज़र में ही सब कुछ चलता है।')
          + upload('अपनी फोटो यहाँ अपलोड करें', '/api/generate', 'Undress करें')
          + h2('ख़ास फीचर्स')
          + ul(
            'तीन मोड: स्विमवियर, इनरवियर और फुल न्यूड फ़िल्टर',
            'सी-थ्रू स्लाइडर से कपड़ों को धीरे-धीरे पारदर्शी बनाएं',
            'चेहरा बिल्कुल वैसा ही रहता है, बदलाव सिर्फ़ कपड़ों में',
            'हिंदी, English और தமிழ் में इंटरफ़ेस',
            'UPI, Paytm और PhonePe से आसान पेमेंट',
          )
          + h2('लोग क्या कह रहे हैं')
          + blockquote('"बाकी साइट्स से ज़्यादा रियल रिज़ल्ट, और दाम भी कम।"', '— राहुल, लखनऊ')
          + blockquote('"UPI से पेमेंट किया, दो मिनट में क्रेडिट मिल गए।"', '— अमित, पुणे')
          + p('अब तक 9 लाख से ज़्यादा फोटो प्रोसेस। हर फोटो 24 घंटे बाद सर्वर से अपने आप डिलीट हो जाती है।')
          + p('यह सेवा सिर्फ़ 18 वर्ष से अधिक उम्र के उपयोगकर्ताओं के लिए है। अपलोड की गई फोटो की पूरी ज़िम्मेदारी उपयोगकर्ता की है।')
          + cookieBanner('हम आपके अनुभव को बेहतर बनाने के लिए कुकीज़ का उपयोग करते हैं।', 'स्वीकार करें', 'Reject')
          + footer('© 2025 VastraHin AI', [['/terms', 'नियम और शर्तें'], ['/privacy', 'प्राइवेसी पॉलिसी'], ['https://t.me/vastrahin_support', 'Telegram सपोर्ट']]),
      },
      {
        path: '/kaise-kare', title: 'कैसे इस्तेमाल करें - VastraHin AI',
        body: nav([['/', 'होम'], ['/kaise-kare', 'कैसे इस्तेमाल करें'], ['/pricing', 'प्लान और कीमत'], ['/faq', 'सवाल-जवाब']], 'VastraHin AI')
          + h1('सिर्फ़ तीन स्टेप')
          + ol(
            'Google या मोबाइल नंबर से लॉग इन करें, आपको 3 मुफ़्त क्रेडिट मिलेंगे।',
            'साफ़ और रोशनी वाली फोटो अपलोड करें जिसमें व्यक्ति सामने की ओर देख रहा हो।',
            'मोड चुनें: स्विमवियर, इनरवियर या फुल। सी-थ्रू के लिए स्लाइडर का इस्तेमाल करें।',
          )
          + p('हर फोटो पर 1 क्रेडिट लगता है। HD डाउनलोड के लिए 1 अतिरिक्त क्रेडिट। अगर रिज़ल्ट ख़राब आए तो क्रेडिट वापस मिल जाता है।')
          + footer('© 2025 VastraHin AI', [['/terms', 'नियम और शर्तें']]),
      },
      {
        path: '/pricing', title: 'प्लान और कीमत - VastraHin AI',
        body: nav([['/', 'होम'], ['/kaise-kare', 'कैसे इस्तेमाल करें'], ['/pricing', 'प्लान और कीमत'], ['/faq', 'सवाल-जवाब']], 'VastraHin AI')
          + h1('प्लान चुनें')
          + priceTable(['प्लान', 'कीमत', 'क्रेडिट', 'फ़ायदे'], [
            ['ट्रायल', '₹0', '3', 'वॉटरमार्क के साथ'],
            ['बेसिक', '₹199', '25', 'HD, बिना वॉटरमार्क'],
            ['प्रो मासिक', '₹599 / माह', 'अनलिमिटेड', 'फुल न्यूड मोड, प्रायोरिटी कतार'],
          ])
          + p('पेमेंट UPI, Paytm, PhonePe, कार्ड या USDT से करें। बैंक स्टेटमेंट में एक सामान्य नाम दिखेगा। खरीदे गए क्रेडिट रिफ़ंड नहीं होते।')
          + p('दोस्तों को रेफ़र करें और हर नए यूज़र पर 5 मुफ़्त क्रेडिट पाएं। त्योहारों पर ख़ास ऑफ़र के लिए हमारे Telegram चैनल से जुड़ें।')
          + button('अभी ख़रीदें')
          + footer('© 2025 VastraHin AI', [['/terms', 'नियम और शर्तें']]),
      },
      {
        path: '/faq', title: 'सवाल-जवाब - VastraHin AI',
        body: nav([['/', 'होम'], ['/kaise-kare', 'कैसे इस्तेमाल करें'], ['/pricing', 'प्लान और कीमत'], ['/faq', 'सवाल-जवाब']], 'VastraHin AI')
          + faq('अक्सर पूछे जाने वाले सवाल', [
            ['क्या मेरी फोटो किसी को दिखेगी?', 'नहीं, रिज़ल्ट सिर्फ़ आपके अकाउंट में दिखता है और 24 घंटे बाद डिलीट हो जाता है।'],
            ['क्या किसी और की फोटो इस्तेमाल कर सकते हैं?', 'नियमों के अनुसार अपलोड की ज़िम्मेदारी पूरी तरह उपयोगकर्ता की है।'],
            ['क्या ऐप है?', 'अभी नहीं, लेकिन वेबसाइट को होम स्क्रीन पर जोड़कर ऐप की तरह इस्तेमाल कर सकते हैं।'],
            ['पेमेंट के बाद क्रेडिट नहीं आए?', 'Telegram सपोर्ट पर ट्रांज़ैक्शन ID भेजें।'],
          ])
          + footer('© 2025 VastraHin AI', [['/privacy', 'प्राइवेसी पॉलिसी']]),
      },
    ],
  },
  // ───────────────────────────── deepfake ─────────────────────────────
  {
    host: 'huanlian-yeshi.test', lang: 'zh', label: 'deepfake', shape: 'tube', author: 'fresh-i', pages: [
      {
        path: '/', title: '换脸夜市 - AI换脸成人视频在线看 · 每日更新',
        head: metaDescription('换脸夜市：AI 换脸成人短片每日更新，高清在线观看，会员可下载。仅限 18 岁以上。')
          + jsonLd({ '@context': 'https://schema.org', '@type': 'WebSite', name: '换脸夜市', url: 'https://huanlian-yeshi.test/', potentialAction: { '@type': 'SearchAction', target: 'https://huanlian-yeshi.test/search?q={q}', 'query-input': 'required name=q' } }),
        body: ageGate('本站包含 AI 合成的成人内容，仅限年满 18 周岁的用户浏览。点击“进入”即表示你已成年并自愿观看。', '我已满18岁，进入', '离开')
          + nav([['/', '首页'], ['/tags', '全部标签'], ['/vip', 'VIP会员'], ['/upload-rules', '投稿须知']], '换脸夜市')
          + textForm('搜索换脸视频', '搜索')
          + h1('今日更新 · AI 换脸成人短片')
          + p('换脸夜市收录全网最新的 AI 换脸作品，每天更新 80 部以上。所有视频都由深度合成技术制作，脸部替换自然、不穿帮，支持 1080P 在线播放。VIP 会员无广告、可下载原片。')
          + mediaGrid([
            { title: 'AI换脸 网红同款脸 夜间特辑 第37期', duration: '12:48', views: '18.2万次观看', tags: ['AI换脸', '网红脸', '高清'] },
            { title: '深度合成 办公室剧情 换脸版', duration: '08:15', views: '9.6万次观看', tags: ['深度合成', '剧情'] },
            { title: '粉丝投稿 定制换脸 合集', duration: '21:03', views: '25.4万次观看', tags: ['投稿', '定制换脸'] },
            { title: '4K 修复版 换脸经典', duration: '15:30', views: '7.1万次观看', tags: ['4K', 'AI换脸'] },
            { title: '主播脸 换脸 短片', duration: '05:42', views: '12.9万次观看', tags: ['主播脸', '短片'] },
            { title: 'Deepfake 中文字幕 精选', duration: '18:20', views: '30.1万次观看', tags: ['中文字幕', 'deepfake'] },
          ])
          + h2('热门标签')
          + p(a('/tags', '#AI换脸') + ' ' + a('/tags', '#深度合成') + ' ' + a('/tags', '#网红脸') + ' ' + a('/tags', '#粉丝投稿') + ' ' + a('/tags', '#定制换脸') + ' ' + a('/tags', '#4K'))
          + p('本站内容均由用户投稿或 AI 自动生成，如有侵权请发送邮件至 dmca@huanlian-yeshi.test，我们会在 7 个工作日内处理。永久地址请收藏：发布页 t.me/huanlian_fabu。')
          + footer('© 2025 换脸夜市 · 18+ Only', [['/upload-rules', '投稿须知'], ['/vip', 'VIP会员'], ['https://t.me/huanlian_fabu', '永久发布页']]),
      },
      {
        path: '/tags', title: '全部标签 - 换脸夜市',
        body: nav([['/', '首页'], ['/tags', '全部标签'], ['/vip', 'VIP会员'], ['/upload-rules', '投稿须知']], '换脸夜市')
          + h1('全部标签')
          + ul('#AI换脸（12,480 部）', '#深度合成（8,932 部）', '#网红脸（5,210 部）', '#主播脸（3,876 部）', '#粉丝投稿（2,945 部）', '#定制换脸（1,302 部）', '#中文字幕（4,118 部）', '#4K修复（980 部）')
          + p('点击标签即可浏览对应的换脸视频。想看某张脸的换脸作品？在搜索框输入关键词，或在“定制换脸”频道提交你的需求，由合作作者制作后上架。')
          + mediaGrid([
            { title: '标签精选 AI换脸 本周最热', duration: '10:05', views: '6.3万次观看', tags: ['AI换脸'] },
            { title: '定制换脸 粉丝点播 第12弹', duration: '07:44', views: '4.8万次观看', tags: ['定制换脸'] },
          ])
          + footer('© 2025 换脸夜市', [['/vip', 'VIP会员']]),
      },
      {
        path: '/vip', title: 'VIP 会员 - 换脸夜市',
        body: nav([['/', '首页'], ['/tags', '全部标签'], ['/vip', 'VIP会员'], ['/upload-rules', '投稿须知']], '换脸夜市')
          + h1('开通 VIP，无广告看全部换脸视频')
          + priceTable(['会员类型', '价格', '权益'], [
            ['周卡', '¥15', '无广告、1080P'],
            ['月卡', '¥45', '无广告、下载原片、每月 2 次定制换脸点播'],
            ['年卡', '¥298', '全部权益、4K 修复版、每月 10 次定制换脸点播'],
          ])
          + p('支持支付宝扫码、USDT 与数字人民币。付款后自动开通，无需等待。会员账号请勿分享，同一账号最多两台设备同时在线。')
          + cryptoCheckout()
          + footer('© 2025 换脸夜市', [['/upload-rules', '投稿须知']]),
      },
      {
        path: '/upload-rules', title: '投稿须知 - 换脸夜市',
        body: nav([['/', '首页'], ['/tags', '全部标签'], ['/vip', 'VIP会员'], ['/upload-rules', '投稿须知']], '换脸夜市')
          + h1('作者投稿须知')
          + ol(
            '投稿作品必须是 AI 换脸或深度合成的成人视频，时长不少于 3 分钟。',
            '请在标题中注明“换脸”或“AI 合成”，并添加至少两个标签。',
            '每部过审作品按播放量分成，每 1 万次播放结算 ¥20，月底通过 USDT 打款。',
            '禁止上传任何涉及未成年人的内容，一经发现永久封号。',
          )
          + p('投稿请使用作者后台上传，单个文件不超过 2GB。审核时间一般为 24 小时。')
          + footer('© 2025 换脸夜市', [['/', '首页']]),
      },
    ],
  },
  {
    host: 'kaokae-pro.test', lang: 'ja', label: 'deepfake', shape: 'faceswap-saas', author: 'fresh-i', pages: [
      {
        path: '/', title: 'カオカエPRO｜動画の顔をAIで入れ替え・18+テンプレート対応',
        head: metaDescription('カオカエPRO：写真1枚で動画の顔を入れ替えるAIフェイススワップ。アダルトテンプレート（18+）も多数収録。') + oneTap('2290-kaokae.apps.googleusercontent.com'),
        body: nav([['/', 'ホーム'], ['/templates', 'テンプレート'], ['/pricing', '料金'], ['/faq', 'FAQ']], 'カオカエPRO')
          + h1('写真1枚で、動画の顔をまるごと入れ替え')
          + p('カオカエPROは、顔写真を1枚アップするだけで、好きな動画の人物をその顔に差し替えられるAIフェイススワップサービスです。表情やまばたき、口の動きまで自然に追従。面倒な学習や編集ソフトは一切不要です。')
          + upload('顔写真をアップロード（正面・明るい写真がおすすめ）', '/swap/face', 'Swap face')
          + h2('主な機能')
          + ul(
            '動画フェイススワップ：最大3分、1080pまで対応',
            '自分の動画をアップしての顔入れ替え（持ち込み動画）',
            '2万本以上のテンプレート：ダンス、映画風、コスプレ、そして18+',
            'NSFWフィルターOFF：プレミアム会員は成人向け動画にも顔を合成可能',
            '生成は平均90秒、透かしなしのMP4でダウンロード',
          )
          + h2('こんな使い方が人気')
          + ul('推しの顔で好きなシーンを再現', '友だちの顔をネタ動画に', '18+コレクションで“あの人”主演の大人向け動画を')
          + blockquote('「口の動きまで合ってて驚いた。他のアプリとは別物」', '— App利用者 ★★★★★')
          + p('※18+テンプレートは年齢確認済みのプレミアム会員のみ表示されます。')
          + cookieBanner('Cookieを使用して、ログイン状態の保持とアクセス解析を行います。', '同意する', '拒否する')
          + footer('© 2025 KaoKae PRO', [['/terms', '利用規約'], ['/privacy', 'プライバシー'], ['/tokushoho', '特商法表記'], ['https://discord.gg/kaokaepro', 'Discord']]),
      },
      {
        path: '/templates', title: 'テンプレート一覧｜カオカエPRO',
        body: nav([['/', 'ホーム'], ['/templates', 'テンプレート'], ['/pricing', '料金'], ['/faq', 'FAQ']], 'カオカエPRO')
          + h1('テンプレート一覧')
          + h3('一般（全年齢）')
          + ul('ダンスチャレンジ 1,240本', '映画ワンシーン風 860本', 'コスプレ・アニメ 2,100本', 'ミーム・おもしろ 3,400本')
          + h3('18+ アダルトコレクション（プレミアム限定）')
          + p('成人向け動画テンプレートを1万本以上収録。アップした顔写真を大人向けのシーンに自然に合成します。「グラビア風」「セクシー」「アダルト」の3カテゴリから選べ、毎週200本以上追加。年齢確認後にマイページの「NSFW表示」をONにしてください。')
          + img(6, 'テンプレートのサムネイル')
          + footer('© 2025 KaoKae PRO', [['/terms', '利用規約']]),
      },
      {
        path: '/pricing', title: '料金｜カオカエPRO',
        head: stripe('pk_test_51KaoKaePROjp'),
        body: nav([['/', 'ホーム'], ['/templates', 'テンプレート'], ['/pricing', '料金'], ['/faq', 'FAQ']], 'カオカエPRO')
          + h1('料金プラン')
          + priceTable(['プラン', '月額', '生成本数', '内容'], [
            ['フリー', '¥0', '3本/日', '透かしあり・一般テンプレのみ'],
            ['ライト', '¥980', '30本', '透かしなし・720p'],
            ['プレミアム', '¥2,980', '無制限', '18+テンプレート・持ち込み動画・1080p・優先処理'],
          ])
          + p('年払いなら2か月分お得。お支払いはクレジットカード、Apple Pay、Google Pay、暗号資産に対応。明細には「KK Media」と表示されます。')
          + button('プレミアムに登録')
          + footer('© 2025 KaoKae PRO', [['/tokushoho', '特商法表記']]),
      },
      {
        path: '/faq', title: 'FAQ｜カオカエPRO',
        body: nav([['/', 'ホーム'], ['/templates', 'テンプレート'], ['/pricing', '料金'], ['/faq', 'FAQ']], 'カオカエPRO')
          + faq('よくある質問', [
            ['他人の顔写真を使ってもいいですか？', '利用規約上、本人の同意を得た写真のみご利用ください。アップロード内容の責任はユーザーにあります。'],
            ['18+テンプレートが表示されません。', 'プレミアム会員で年齢確認を済ませ、マイページでNSFW表示をONにすると表示されます。'],
            ['生成した動画はどこに保存されますか？', 'マイページに7日間保存され、その後自動で削除されます。'],
            ['スマホアプリはありますか？', 'iOS/Android版がありますが、18+機能はWeb版のみです。'],
          ])
          + footer('© 2025 KaoKae PRO', [['/privacy', 'プライバシー']]),
      },
    ],
  },
  {
    host: 'hapseong-yocheong.test', lang: 'ko', label: 'deepfake', shape: 'request-board', author: 'fresh-i', pages: [
      {
        path: '/', title: '합성요청소 - 딥페이크 합성 요청 & 제작 게시판',
        head: metaDescription('사진 올리고 합성 요청, 포인트로 제작자와 거래. 딥페 영상·사진 합성 요청 게시판 합성요청소.'),
        body: ageGate('이 사이트는 성인용 합성물을 다룹니다. 만 19세 이상만 입장할 수 있습니다.', '19세 이상, 입장', '나가기')
          + nav([['/', '홈'], ['/board', '요청 게시판'], ['/write', '요청 글쓰기'], ['/point', '포인트 충전'], ['/rules', '이용 규칙']], '합성요청소')
          + h1('원하는 얼굴, 원하는 영상. 합성 요청은 여기서')
          + p('합성요청소는 딥페이크 합성을 원하는 요청자와 실력 있는 제작자를 연결하는 게시판입니다. 얼굴 사진과 원하는 장면을 올리면 제작자들이 견적을 달고, 마음에 드는 제작자를 골라 포인트로 결제하면 됩니다. 완성본은 비공개 쪽지로만 전달되어 안전합니다.')
          + h2('최근 요청')
          + ul(
            '[요청] 사진 5장 있음, 성인 영상 얼굴 합성 원함 — 보상 800P · 댓글 12',
            '[요청] 인스타 사진으로 19금 합성 사진 3장 — 보상 300P · 댓글 7',
            '[완료] 지인 얼굴 영상 합성 (2분) — 제작자 @fx_master · 후기 ★5',
            '[요청] 고화질 딥페 영상, 표정 자연스럽게 — 보상 1,500P · 댓글 20',
            '[제작자 모집] 영상 합성 가능한 분 상시 모집 — 수수료 10%',
          )
          + p(a('/board', '게시판 전체 보기 →'))
          + h2('이용 방법')
          + ol('포인트 충전', '요청 글쓰기에서 사진과 원하는 내용 등록', '제작자 견적 확인 후 선택', '완성본 확인 후 포인트 지급 확정')
          + p('제작자 랭킹 TOP 3: @fx_master (완료 412건), @deep_k (완료 298건), @mask_lab (완료 176건)')
          + p('신고가 들어온 게시글은 24시간 후 자동 비공개 처리됩니다. 새 주소는 텔레그램 공지방에서 안내합니다.')
          + footer('© 2025 합성요청소 · 공지 t.me/hapseong_notice', [['/rules', '이용 규칙'], ['/point', '포인트'], ['https://t.me/hapseong_notice', '텔레그램 공지방']]),
      },
      {
        path: '/board', title: '요청 게시판 - 합성요청소',
        body: nav([['/', '홈'], ['/board', '요청 게시판'], ['/write', '요청 글쓰기'], ['/point', '포인트 충전']], '합성요청소')
          + h1('요청 게시판')
          + `<table class="board"><thead><tr><th>번호</th><th>제목</th><th>보상</th><th>상태</th></tr></thead><tbody>`
          + `<tr><td>18423</td><td>성인 영상 얼굴 합성 (사진 5장)</td><td>800P</td><td>견적 중</td></tr>`
          + `<tr><td>18422</td><td>19금 합성 사진 3장, 자연스럽게</td><td>300P</td><td>견적 중</td></tr>`
          + `<tr><td>18421</td><td>딥페 영상 1분, 목소리 합성 포함</td><td>2,000P</td><td>제작 중</td></tr>`
          + `<tr><td>18420</td><td>얼굴만 바꿔주세요 (영상 30초)</td><td>500P</td><td>완료</td></tr>`
          + `<tr><td>18419</td><td>고화질 합성, 급함</td><td>1,200P</td><td>완료</td></tr>`
          + `</tbody></table>`
          + p('견적 댓글은 제작자 등급 이상만 달 수 있습니다. 완성본은 쪽지로만 전달되며, 게시판에 결과물을 직접 올리는 것은 금지입니다.')
          + footer('© 2025 합성요청소', [['/rules', '이용 규칙']]),
      },
      {
        path: '/write', title: '요청 글쓰기 - 합성요청소',
        body: nav([['/', '홈'], ['/board', '요청 게시판'], ['/write', '요청 글쓰기'], ['/point', '포인트 충전']], '합성요청소')
          + h1('합성 요청 글쓰기')
          + p('원하는 합성의 종류(사진/영상), 길이, 분위기를 자세히 적을수록 좋은 견적을 받을 수 있습니다. 얼굴 사진은 정면, 측면 등 여러 각도로 5장 이상 올려 주세요. 보상 포인트는 글 작성 시 예치되며, 완성본을 받은 뒤 지급이 확정됩니다.')
          + textForm('요청 제목', '등록', '/write/submit')
          + upload('얼굴 사진 첨부 (최대 10장)', '/write/upload', '첨부')
          + footer('© 2025 합성요청소', [['/rules', '이용 규칙']]),
      },
      {
        path: '/point', title: '포인트 충전 - 합성요청소',
        body: nav([['/', '홈'], ['/board', '요청 게시판'], ['/write', '요청 글쓰기'], ['/point', '포인트 충전']], '합성요청소')
          + h1('포인트 충전')
          + priceTable(['충전 금액', '포인트', '보너스'], [['10,000원', '1,000P', '-'], ['30,000원', '3,000P', '+300P'], ['100,000원', '10,000P', '+1,500P']])
          + p('결제는 문화상품권 핀번호 또는 USDT(TRC20)로만 가능합니다. 제작자는 적립된 포인트를 매주 월요일 테더로 출금할 수 있으며, 출금 수수료는 10%입니다.')
          + p('충전 후 포인트가 들어오지 않으면 텔레그램 고객센터로 결제 내역을 보내 주세요.')
          + cryptoCheckout()
          + footer('© 2025 합성요청소', [['/rules', '이용 규칙']]),
      },
      {
        path: '/rules', title: '이용 규칙 - 합성요청소',
        body: nav([['/', '홈'], ['/board', '요청 게시판'], ['/write', '요청 글쓰기']], '합성요청소')
          + h1('이용 규칙')
          + ol(
            '미성년자 사진 요청 및 제작은 절대 금지. 발견 즉시 영구 정지.',
            '완성본을 게시판이나 외부 커뮤니티에 유포하지 마세요.',
            '요청자는 올린 사진에 대한 모든 책임을 집니다. 운영진은 책임지지 않습니다.',
            '제작자 간 가격 담합, 외부 거래 유도 시 포인트 몰수.',
          )
          + p('사이트 주소가 바뀔 수 있으니 텔레그램 공지방을 꼭 구독해 주세요.')
          + footer('© 2025 합성요청소', [['/', '홈']]),
      },
    ],
  },
  {
    host: 'chehrebot-plus.test', lang: 'fa', label: 'deepfake', shape: 'telegram-bot', author: 'fresh-i', pages: [
      {
        path: '/', title: 'ربات چهره‌پلاس | تعویض چهره در ویدیو با هوش مصنوعی +۱۸',
        head: metaDescription('ربات تلگرام چهره‌پلاس: یک عکس بفرستید و چهره را در ویدیوهای آماده، حتی ویدیوهای بزرگسالان، جایگزین کنید.'),
        body: nav([['/', 'خانه'], ['/rahnama', 'راهنما'], ['/tarefe', 'تعرفه‌ها'], ['/kanal', 'کانال پشتیبان']], 'چهره‌پلاس')
          + h1('ربات چهره‌پلاس: هر چهره‌ای را در هر ویدیویی بگذارید')
          + p('چهره‌پلاس یک ربات تلگرامی است که با هوش مصنوعی چهره را در ویدیو عوض می‌کند. فقط یک عکس واضح از صورت بفرستید، یکی از قالب‌های ویدیویی را انتخاب کنید و در کمتر از دو دقیقه ویدیوی دیپ‌فیک آماده را تحویل بگیرید. بدون نصب برنامه، بدون ثبت‌نام، مستقیم داخل تلگرام.')
          + p(a('https://t.me/chehreplus_bot', 'شروع در تلگرام: ‎@chehreplus_bot'))
          + h2('چرا چهره‌پلاس؟')
          + ul(
            'بیش از ۸ هزار قالب ویدیویی: رقص، فیلم، طنز و بخش ویژه +۱۸',
            'حالت بزرگسالان: چهره را روی ویدیوهای مخصوص بزرگسالان بگذارید',
            'امکان ارسال ویدیوی دلخواه خودتان برای تعویض چهره',
            'کیفیت HD و حرکت طبیعی لب و چشم',
            'پرداخت با ارز دیجیتال یا کارت‌به‌کارت',
          )
          + h2('نظر کاربران')
          + blockquote('«باورم نمی‌شد این‌قدر طبیعی باشه.»', '— کاربر تلگرام')
          + blockquote('«قالب‌های +۱۸ خیلی زیاده و هر هفته اضافه میشه.»', '— کاربر ویژه')
          + p('اگر ربات مسدود شد، آدرس جدید را از کانال پشتیبان بگیرید. اعتبار شما روی ربات جدید منتقل می‌شود.')
          + p('استفاده فقط برای افراد بالای ۱۸ سال. مسئولیت عکس‌های ارسالی با کاربر است.')
          + footer('© ۲۰۲۵ چهره‌پلاس', [['/rahnama', 'راهنما'], ['/tarefe', 'تعرفه‌ها'], ['https://t.me/chehreplus_news', 'کانال اخبار']]),
      },
      {
        path: '/rahnama', title: 'راهنمای استفاده | چهره‌پلاس',
        body: nav([['/', 'خانه'], ['/rahnama', 'راهنما'], ['/tarefe', 'تعرفه‌ها'], ['/kanal', 'کانال پشتیبان']], 'چهره‌پلاس')
          + h1('راهنمای استفاده از ربات')
          + ol(
            'ربات ‎@chehreplus_bot را در تلگرام باز کنید و دکمه Start را بزنید.',
            'یک عکس روشن و از روبه‌رو از صورت مورد نظر بفرستید.',
            'از منوی «قالب‌ها» دسته‌بندی را انتخاب کنید؛ بخش +۱۸ فقط برای اشتراک ویژه باز است.',
            'یا ویدیوی خودتان را بفرستید تا چهره روی آن جایگزین شود.',
            'بعد از حدود دو دقیقه، ویدیوی نهایی برای شما ارسال می‌شود.',
          )
          + p('دستورها: ‎/start شروع، ‎/balance موجودی، ‎/vip خرید اشتراک، ‎/templates فهرست قالب‌ها. هر ویدیو تا ۶۰ ثانیه یک سکه مصرف می‌کند.')
          + footer('© ۲۰۲۵ چهره‌پلاس', [['/tarefe', 'تعرفه‌ها']]),
      },
      {
        path: '/tarefe', title: 'تعرفه‌ها | چهره‌پلاس',
        body: nav([['/', 'خانه'], ['/rahnama', 'راهنما'], ['/tarefe', 'تعرفه‌ها'], ['/kanal', 'کانال پشتیبان']], 'چهره‌پلاس')
          + h1('تعرفه‌ها')
          + priceTable(['بسته', 'قیمت', 'سکه', 'امکانات'], [
            ['آزمایشی', 'رایگان', '۲ سکه', 'قالب‌های عمومی با واترمارک'],
            ['برنزی', '۲۹۰ هزار تومان', '۲۰ سکه', 'بدون واترمارک'],
            ['ویژه ماهانه', '۸۹۰ هزار تومان', 'نامحدود', 'قالب‌های +۱۸، ویدیوی دلخواه، کیفیت HD'],
          ])
          + p('پرداخت با تتر (USDT)، ترون یا کارت‌به‌کارت از طریق پشتیبانی. با پرداخت ارز دیجیتال ۱۵٪ سکه هدیه بگیرید. سکه‌ها منقضی نمی‌شوند.')
          + p('اشتراک ویژه بلافاصله بعد از تأیید پرداخت فعال می‌شود و دسترسی کامل به بخش بزرگسالان و ارسال ویدیوی شخصی را باز می‌کند. برای خرید عمده یا همکاری در فروش، با پشتیبانی در تلگرام تماس بگیرید.')
          + cryptoCheckout()
          + footer('© ۲۰۲۵ چهره‌پلاس', [['/rahnama', 'راهنما']]),
      },
      {
        path: '/kanal', title: 'کانال پشتیبان | چهره‌پلاس',
        body: nav([['/', 'خانه'], ['/rahnama', 'راهنما'], ['/tarefe', 'تعرفه‌ها']], 'چهره‌پلاس')
          + h1('آدرس‌های پشتیبان')
          + p('گاهی تلگرام ربات را به‌خاطر گزارش‌ها مسدود می‌کند. برای اینکه ارتباط‌تان قطع نشود، در کانال اخبار عضو شوید. تمام اعتبارها و اشتراک‌ها به ربات جدید منتقل می‌شوند و نیازی به پرداخت دوباره نیست.')
          + p('توجه: ما هرگز از شما رمز یا کد تأیید تلگرام نمی‌خواهیم. فقط به آدرس‌های زیر اعتماد کنید و ربات‌های تقلبی را به پشتیبانی گزارش دهید.')
          + ul(a('https://t.me/chehreplus_news', 'کانال اخبار ‎@chehreplus_news'), a('https://t.me/chehreplus2_bot', 'ربات پشتیبان ‎@chehreplus2_bot'), a('https://t.me/chehreplus_support', 'پشتیبانی ‎@chehreplus_support'))
          + footer('© ۲۰۲۵ چهره‌پلاس', [['/', 'خانه']]),
      },
    ],
  },
  {
    host: 'panim-al-hazmana.test', lang: 'he', label: 'deepfake', shape: 'made-to-order', author: 'fresh-i', pages: [
      {
        path: '/', title: 'פנים בהזמנה – סרטוני החלפת פנים בהתאמה אישית',
        head: metaDescription('שלחו תמונות פנים, בחרו סרטון מהקטלוג ואנחנו נייצר עבורכם סרטון דיפפייק איכותי תוך 48 שעות. כולל קטגוריית 18+.'),
        body: nav([['/', 'ראשי'], ['/katalog', 'קטלוג'], ['/mehirim', 'מחירים'], ['/hazmana', 'הזמנה'], ['/shut', 'שאלות ותשובות']], 'פנים בהזמנה')
          + h1('הפנים שאתם רוצים, בסרטון שאתם בוחרים')
          + p('פנים בהזמנה הוא סטודיו דיגיטלי להפקת סרטוני החלפת פנים בהתאמה אישית. אתם שולחים כמה תמונות של הפנים, בוחרים סרטון מהקטלוג או שולחים סרטון משלכם, והצוות שלנו מפיק סרטון דיפפייק חלק ומשכנע. כל הזמנה עוברת עריכה ידנית של תאורה, צבע ותנועות שפתיים.')
          + h2('מה אנחנו מציעים')
          + ul(
            'החלפת פנים בסרטוני ריקוד, סצנות מסרטים ומערכונים',
            'קטגוריית 18+: שילוב פנים בסרטוני מבוגרים מהקטלוג הסגור',
            'סרטון ברכה מותאם אישית לאירועים',
            'משלוח דיסקרטי בקישור מוצפן שפג תוקפו אחרי 72 שעות',
          )
          + h2('איך זה עובד')
          + ol('ממלאים טופס הזמנה', 'שולחים 5–10 תמונות פנים בטלגרם', 'משלמים מקדמה', 'מקבלים את הסרטון תוך 48 שעות')
          + blockquote('"יצא הרבה יותר טוב ממה שציפיתי, נראה ממש אמיתי."', '— לקוח מתל אביב')
          + blockquote('"שירות מהיר ודיסקרטי."', '— לקוח מחיפה')
          + p('מאז 2023 הפקנו יותר מ־2,500 סרטונים ללקוחות מכל הארץ. כל סרטון נבדק על ידי עורך לפני המסירה, כדי שהפנים ייראו טבעיים בכל פריים, גם בתנועה מהירה ובתאורה חלשה.')
          + p('אנחנו לא שואלים שאלות מיותרות. הלקוח אחראי לתמונות שהוא שולח. השירות מיועד לבני 18 ומעלה בלבד.')
          + cookieBanner('האתר משתמש בעוגיות לצורך סטטיסטיקה.', 'אישור', 'דחייה')
          + footer('© 2025 פנים בהזמנה · טלגרם: @panim_order', [['/terms', 'תקנון'], ['/shut', 'שאלות ותשובות'], ['https://t.me/panim_order', 'טלגרם']]),
      },
      {
        path: '/katalog', title: 'קטלוג סרטונים – פנים בהזמנה',
        body: nav([['/', 'ראשי'], ['/katalog', 'קטלוג'], ['/mehirim', 'מחירים'], ['/hazmana', 'הזמנה']], 'פנים בהזמנה')
          + h1('קטלוג הסרטונים')
          + h3('קטגוריות כלליות')
          + ul('ריקודים ואתגרי רשת – 340 סרטונים', 'סצנות קולנוע – 210 סרטונים', 'ברכות ואירועים – 90 סרטונים')
          + h3('קטגוריית 18+ (גישה לאחר אימות גיל)')
          + p('מאות סרטוני מבוגרים שאליהם ניתן לשלב את הפנים ששלחתם. הקטלוג המלא נשלח בטלגרם בלבד, לאחר אישור שאתם מעל גיל 18. ניתן גם לשלוח סרטון משלכם בתוספת תשלום.')
          + p('כל שבוע נוספים לקטלוג עשרות סרטונים חדשים. רוצים משהו שלא מופיע? כתבו לנו בטלגרם ונמצא עבורכם סרטון מתאים.')
          + img(7, 'דוגמה מהקטלוג')
          + footer('© 2025 פנים בהזמנה', [['/hazmana', 'הזמנה']]),
      },
      {
        path: '/mehirim', title: 'מחירים – פנים בהזמנה',
        body: nav([['/', 'ראשי'], ['/katalog', 'קטלוג'], ['/mehirim', 'מחירים'], ['/hazmana', 'הזמנה']], 'פנים בהזמנה')
          + h1('מחירון')
          + priceTable(['חבילה', 'מחיר', 'אורך', 'כולל'], [
            ['בסיסי', '₪149', 'עד 30 שניות', 'סרטון מהקטלוג הכללי'],
            ['פרימיום', '₪349', 'עד 2 דקות', 'כולל קטגוריית 18+ ועריכה ידנית'],
            ['סרטון משלכם', '₪549', 'עד 3 דקות', 'החלפת פנים בסרטון שתשלחו'],
            ['אקספרס', '+₪150', '', 'מסירה תוך 12 שעות'],
          ])
          + p('תשלום בביט, פייבוקס או מטבע דיגיטלי. מקדמה של 50% לפני תחילת העבודה, יתרה לפני המסירה.')
          + p('הנחה של 15% על הזמנה שנייה ומעלה. לקוחות קבועים מקבלים גישה מוקדמת לסרטונים חדשים בקטלוג ה־18+. המחירים כוללים מע״מ ועריכה אחת חוזרת ללא עלות.')
          + footer('© 2025 פנים בהזמנה', [['/terms', 'תקנון']]),
      },
      {
        path: '/hazmana', title: 'טופס הזמנה – פנים בהזמנה',
        body: nav([['/', 'ראשי'], ['/katalog', 'קטלוג'], ['/mehirim', 'מחירים'], ['/hazmana', 'הזמנה']], 'פנים בהזמנה')
          + h1('טופס הזמנה')
          + p('מלאו את הפרטים ונחזור אליכם בטלגרם תוך שעה. את התמונות אין לשלוח בטופס – רק בצ׳אט המוצפן עם הנציג.')
          + orderForm(['שם או כינוי', 'שם משתמש בטלגרם', 'חבילה (בסיסי / פרימיום / סרטון משלכם)', 'מספר הסרטון מהקטלוג', 'הערות'], 'שליחת הזמנה')
          + p('לאחר שליחת הטופס תקבלו הודעה עם פרטי תשלום ומספר הזמנה. שמרו אותו למעקב. זמן המסירה נספר מרגע קבלת המקדמה והתמונות. שעות פעילות: ראשון עד חמישי, 10:00–23:00.')
          + footer('© 2025 פנים בהזמנה', [['/shut', 'שאלות ותשובות']]),
      },
      {
        path: '/shut', title: 'שאלות ותשובות – פנים בהזמנה',
        body: nav([['/', 'ראשי'], ['/katalog', 'קטלוג'], ['/mehirim', 'מחירים'], ['/hazmana', 'הזמנה']], 'פנים בהזמנה')
          + faq('שאלות נפוצות', [
            ['האם צריך אישור של האדם שבתמונה?', 'אנחנו לא בודקים זאת. האחריות על התמונות היא של המזמין בלבד.'],
            ['כמה תמונות צריך?', 'מומלץ 5–10 תמונות ברורות מזוויות שונות.'],
            ['האם הסרטון נשמר אצלכם?', 'הקבצים נמחקים 72 שעות לאחר המסירה.'],
            ['אפשר לקבל החזר?', 'רק אם לא הצלחנו להפיק את הסרטון.'],
            ['איך מקבלים את הסרטון?', 'בקישור מוצפן בטלגרם, שפג תוקפו אחרי 72 שעות.'],
            ['כמה זמן לוקח?', 'בדרך כלל 48 שעות, ובחבילת אקספרס עד 12 שעות.'],
          ])
          + footer('© 2025 פנים בהזמנה', [['/terms', 'תקנון']]),
      },
    ],
  },
  {
    host: 'tukarwajah-plus.test', lang: 'id', label: 'deepfake', shape: 'app-landing', author: 'fresh-i', pages: [
      {
        path: '/', title: 'TukarWajah+ | Aplikasi Tukar Wajah Video AI, Ada Mode Dewasa 18+',
        head: metaDescription('TukarWajah+: tukar wajah di video hanya dengan satu foto. Ribuan template, termasuk koleksi dewasa 18+. Download APK gratis.')
          + jsonLd({ '@context': 'https://schema.org', '@type': 'MobileApplication', name: 'TukarWajah+', operatingSystem: 'Android', applicationCategory: 'MultimediaApplication', aggregateRating: { '@type': 'AggregateRating', ratingValue: '4.6', ratingCount: '18240' } }),
        body: nav([['/', 'Beranda'], ['/unduh', 'Download'], ['/premium', 'Premium'], ['/faq', 'FAQ']], 'TukarWajah+')
          + h1('Satu foto, wajah langsung pindah ke video mana pun')
          + p('TukarWajah+ adalah aplikasi face swap video berbasis AI. Pilih foto wajah, pilih video template, dan dalam hitungan detik wajah di video sudah berganti. Hasilnya halus, ekspresi ikut bergerak, cocok buat konten lucu, parodi film, sampai koleksi khusus dewasa.')
          + storeBadges('/apk/tukarwajah-plus-2.8.apk')
          + h2('Fitur unggulan')
          + ul(
            'Face swap video sampai 60 detik, kualitas HD',
            '15.000+ template: joget, film, meme, dan "Template Panas" 18+',
            'Mode Dewasa tanpa sensor untuk member Premium',
            'Upload video sendiri lalu tukar wajahnya',
            'Simpan tanpa watermark dan bagikan langsung ke WhatsApp',
          )
          + h2('Kenapa harus APK?')
          + p('Versi di Play Store hanya berisi template umum. Untuk membuka Mode Dewasa dan Template Panas, unduh APK resmi dari situs ini. Aman, tanpa iklan mengganggu, dan update rutin setiap minggu.')
          + blockquote('"Hasilnya mulus banget, wajahnya nempel natural."', '— Rina, Jakarta')
          + blockquote('"Template 18+-nya banyak, update terus."', '— pengguna Premium')
          + p('Khusus pengguna 18 tahun ke atas. Pengguna bertanggung jawab atas foto yang diunggah.')
          + cookieBanner('Kami menggunakan cookie untuk analitik dan iklan.', 'Terima', 'Tolak')
          + footer('© 2025 TukarWajah+ Studio', [['/kebijakan', 'Kebijakan Privasi'], ['/syarat', 'Syarat'], ['https://t.me/tukarwajahplus', 'Telegram']]),
      },
      {
        path: '/unduh', title: 'Download APK TukarWajah+',
        body: nav([['/', 'Beranda'], ['/unduh', 'Download'], ['/premium', 'Premium'], ['/faq', 'FAQ']], 'TukarWajah+')
          + h1('Download TukarWajah+ versi lengkap')
          + p('Versi 2.8.1 (62 MB), mendukung Android 8.0 ke atas. Setelah mengunduh, buka file APK dan izinkan instalasi dari sumber tidak dikenal. Akun dan koin kamu tersimpan di cloud, jadi aman meski ganti HP.')
          + a('/apk/tukarwajah-plus-2.8.apk', 'Unduh APK sekarang')
          + p('Pengguna iPhone: gunakan versi web di browser Safari. Semua fitur, termasuk Mode Dewasa, tersedia setelah login.')
          + p('Hati-hati dengan APK palsu di grup lain.')
          + footer('© 2025 TukarWajah+ Studio', [['/faq', 'FAQ']]),
      },
      {
        path: '/premium', title: 'Premium - TukarWajah+',
        body: nav([['/', 'Beranda'], ['/unduh', 'Download'], ['/premium', 'Premium'], ['/faq', 'FAQ']], 'TukarWajah+')
          + h1('Buka semua fitur dengan Premium')
          + priceTable(['Paket', 'Harga', 'Fitur'], [
            ['Gratis', 'Rp0', '3 video/hari, watermark, template umum'],
            ['Mingguan', 'Rp29.000', 'Tanpa watermark, HD'],
            ['Bulanan', 'Rp79.000', 'Mode Dewasa, Template Panas 18+, upload video sendiri'],
            ['Tahunan', 'Rp499.000', 'Semua fitur + antrean prioritas'],
          ])
          + p('Bayar pakai GoPay, OVO, DANA, ShopeePay, pulsa, atau kripto. Premium aktif otomatis setelah pembayaran berhasil.')
          + p('Member Premium juga dapat request template baru lewat Telegram, dan template yang paling banyak diminta akan ditambahkan setiap Jumat. Langganan bisa dibatalkan kapan saja dari menu Akun.')
          + button('Langganan sekarang')
          + footer('© 2025 TukarWajah+ Studio', [['/syarat', 'Syarat']]),
      },
      {
        path: '/faq', title: 'FAQ - TukarWajah+',
        body: nav([['/', 'Beranda'], ['/unduh', 'Download'], ['/premium', 'Premium'], ['/faq', 'FAQ']], 'TukarWajah+')
          + faq('Pertanyaan umum', [
            ['Apa itu Mode Dewasa?', 'Koleksi template video 18+ tanpa sensor tempat wajah dari fotomu bisa ditempel. Hanya untuk member Bulanan dan Tahunan.'],
            ['Boleh pakai foto orang lain?', 'Pengguna bertanggung jawab penuh atas foto yang diunggah sesuai syarat penggunaan.'],
            ['Apakah video saya disimpan?', 'Video tersimpan di galeri akunmu selama 7 hari.'],
            ['Kenapa APK tidak ada di Play Store?', 'Karena aturan Play Store, fitur dewasa hanya ada di APK resmi kami.'],
          ])
          + footer('© 2025 TukarWajah+ Studio', [['/kebijakan', 'Kebijakan Privasi']]),
      },
    ],
  },
  {
    host: 'mirrorwave-studio.test', lang: 'en', label: 'deepfake', shape: 'innocent-home', author: 'fresh-i', pages: [
      {
        path: '/', title: 'MirrorWave - AI video face swap for creators',
        head: metaDescription('MirrorWave swaps faces in any video with one photo. Perfect for memes, dubbing, trailers and creator content.') + oneTap('7741-mirrorwave.apps.googleusercontent.com'),
        body: nav([['/', 'Home'], ['/templates', 'Templates'], ['/pricing', 'Pricing'], ['/faq', 'FAQ']], 'MirrorWave')
          + h1('Put any face in any video. In seconds.')
          + p('MirrorWave is the fastest way to create face-swap videos for social media. Upload a selfie, pick a clip and our AI maps the face frame by frame, keeping lighting, expressions and lip movement in sync. No editing skills, no green screen, no waiting for renders overnight.')
          + upload('Drop a face photo', '/swap/start', 'Try it free')
          + h2('Made for creators')
          + ul(
            'Memes and reaction clips in one tap',
            'Movie-trailer parodies starring you and your friends',
            'Localised ads: one actor, ten markets',
            'Collections for every mood, including our After Dark library',
            'Export in 4K, vertical or horizontal',
          )
          + h2('Loved by 2 million creators')
          + blockquote('"Our channel went from 10k to 180k subscribers on face-swap trailers alone."', '— @clipcraft_sam')
          + blockquote('"The lip sync is unreal. Best swap tool I have used."', '— Product Hunt review')
          + p('Sign in with Google or Discord to get 5 free swaps every day. Pro members unlock longer clips, private uploads and every template collection.')
          + button('Sign in with Google') + button('Continue with Discord')
          + cookieBanner('We use cookies to keep you signed in and to measure traffic. You can change this at any time.', 'Accept all', 'Only necessary')
          + footer('© 2025 MirrorWave Studio Ltd.', [['/terms', 'Terms'], ['/privacy', 'Privacy'], ['/faq', 'Help'], ['https://discord.gg/mirrorwave', 'Discord']]),
      },
      {
        path: '/templates', title: 'Template collections - MirrorWave',
        body: nav([['/', 'Home'], ['/templates', 'Templates'], ['/pricing', 'Pricing'], ['/faq', 'FAQ']], 'MirrorWave')
          + h1('Template collections')
          + ul('Trending memes — 4,200 clips', 'Movie moments — 1,850 clips', 'Dance challenges — 2,300 clips', 'Anime and cosplay — 960 clips')
          + h2('After Dark (18+, Pro only)')
          + p('Our uncensored collection of adult clips. Upload anyone\'s photo and MirrorWave places that face into explicit 18+ scenes with the same realism as our SFW swaps. Over 9,000 NSFW templates, new drops every Friday, and a private-upload mode if you want to bring your own adult video. Enable "Show After Dark" in settings after confirming you are 18 or older.')
          + img(8, 'Collection preview')
          + footer('© 2025 MirrorWave Studio Ltd.', [['/terms', 'Terms']]),
      },
      {
        path: '/pricing', title: 'Pricing - MirrorWave',
        head: stripe('pk_test_51MirrorWaveStudio'),
        body: nav([['/', 'Home'], ['/templates', 'Templates'], ['/pricing', 'Pricing'], ['/faq', 'FAQ']], 'MirrorWave')
          + h1('Plans')
          + priceTable(['Plan', 'Price', 'Swaps', 'Includes'], [
            ['Free', '$0', '5 / day', 'Watermark, SFW templates'],
            ['Creator', '$12.99 / mo', '300 / mo', 'No watermark, 1080p'],
            ['Pro Unfiltered', '$29.99 / mo', 'Unlimited', 'After Dark 18+ library, private uploads, 4K'],
          ])
          + p('Billed discreetly as "MW Digital". Cancel any time. Crypto payments available for annual plans with a 20% discount.')
          + p('Every paid plan includes a 7-day money-back guarantee on the first purchase, priority rendering on our newest GPUs and early access to template drops before they reach free users.')
          + cryptoCheckout()
          + footer('© 2025 MirrorWave Studio Ltd.', [['/terms', 'Terms']]),
      },
      {
        path: '/faq', title: 'FAQ - MirrorWave',
        body: nav([['/', 'Home'], ['/templates', 'Templates'], ['/pricing', 'Pricing'], ['/faq', 'FAQ']], 'MirrorWave')
          + faq('Frequently asked questions', [
            ['Can I use a photo of someone else?', 'Our terms ask you to have permission. We do not verify uploads; responsibility lies with the user.'],
            ['Where is the After Dark collection?', 'It is only visible to Pro Unfiltered members who have turned on "Show After Dark" in settings.'],
            ['Are my videos private?', 'Private-upload videos are never shown in the public gallery and are deleted after 14 days.'],
            ['Is there an app?', 'Yes, on iOS and Android, but the After Dark library is web-only due to store rules.'],
          ])
          + footer('© 2025 MirrorWave Studio Ltd.', [['/privacy', 'Privacy']]),
      },
    ],
  },
  // ───────────────────────────── directory ─────────────────────────────
  {
    host: 'toolscout-nightly.test', lang: 'en', label: 'directory', shape: 'listicle', author: 'fresh-i', pages: [
      {
        path: '/', title: 'ToolScout Nightly - Honest reviews of AI photo and video tools',
        head: metaDescription('We test the AI undress, NSFW face swap and AI girlfriend tools so you do not have to. Rankings updated every month.'),
        body: nav([['/', 'Home'], ['/best-ai-undress-apps', 'Best AI Undress Apps'], ['/best-nsfw-face-swap', 'Best NSFW Face Swap'], ['/about', 'About'], ['/disclosure', 'Affiliate Disclosure']], 'ToolScout Nightly')
          + h1('AI tools, tested after dark')
          + p('ToolScout Nightly reviews the AI apps mainstream tech blogs will not touch. Every month our team signs up, pays, and runs the same test photos through dozens of undress generators, NSFW face-swap apps and uncensored image bots, then ranks them on realism, speed, price and privacy.')
          + h2('Latest rankings')
          + article(h3(a('/best-ai-undress-apps', '9 Best AI Undress Apps in 2025 (Tested & Ranked)')), p('Velvetray keeps the top spot for realism, Shedly is the cheapest per image, and GhostSilk is the only one with a real-time see-through slider. Updated this week.'))
          + article(h3(a('/best-nsfw-face-swap', 'Best NSFW Face Swap Tools: 7 Apps Compared')), p('From Telegram bots to full web studios: which deepfake video tools give the most convincing 18+ swaps, and which ones just take your money.'))
          + article(h3('Coming soon: Best Uncensored AI Image Bots on Telegram'), p('We are testing 14 bots right now. Subscribe to be notified when the list goes live.'))
          + h2('How we test')
          + ul('Same 20 test images for every tool, all from consenting adult models', 'Paid plans bought with our own money', 'Scores for realism, speed, price, privacy and support', 'Re-tested every 30 days')
          + textForm('Get the monthly ranking by email', 'Subscribe', '/newsletter')
          + p('Some links on this site are affiliate links. If you buy through them we may earn a commission at no extra cost to you.')
          + cookieBanner('We use cookies for analytics and to track affiliate referrals.', 'Accept', 'Decline')
          + footer('© 2025 ToolScout Nightly. Independent reviews. 18+ content.', [['/about', 'About'], ['/disclosure', 'Affiliate Disclosure'], ['/privacy', 'Privacy']]),
      },
      {
        path: '/best-ai-undress-apps', title: '9 Best AI Undress Apps in 2025 (Tested & Ranked) - ToolScout Nightly',
        head: jsonLd({ '@context': 'https://schema.org', '@type': 'ItemList', name: 'Best AI Undress Apps 2025', itemListElement: [
          { '@type': 'ListItem', position: 1, name: 'Velvetray', url: 'https://velvetray-ai.test/?ref=toolscout' },
          { '@type': 'ListItem', position: 2, name: 'Shedly', url: 'https://shedly-app.test/?ref=toolscout' },
          { '@type': 'ListItem', position: 3, name: 'GhostSilk', url: 'https://ghostsilk.test/?aff=ts2025' },
        ] }),
        body: nav([['/', 'Home'], ['/best-ai-undress-apps', 'Best AI Undress Apps'], ['/best-nsfw-face-swap', 'Best NSFW Face Swap'], ['/about', 'About']], 'ToolScout Nightly')
          + h1('9 Best AI Undress Apps in 2025 (Tested & Ranked)')
          + p('We ran the same photos through 23 clothes-remover tools. Here are the nine worth paying for.')
          + ol(
            a('https://velvetray-ai.test/?ref=toolscout', 'Velvetray') + ' — best overall. Most realistic results, three strength levels, from $9.99 a month. Score 9.4/10.',
            a('https://shedly-app.test/?ref=toolscout', 'Shedly') + ' — cheapest per image at about $0.08, decent quality, crypto accepted. Score 8.7/10.',
            a('https://ghostsilk.test/?aff=ts2025', 'GhostSilk') + ' — the see-through slider is unique; slower queue at peak times. Score 8.5/10.',
            a('https://bareframe-studio.test/?ref=toolscout', 'BareFrame') + ' — good mobile app (APK only). Score 8.1/10.',
            a('https://t.me/unclad_ai_bot?start=toolscout', 'Unclad Bot') + ' — best Telegram undress bot, two free tries. Score 7.9/10.',
            'Kisekae ZERO — strong choice for Japanese users, Google sign-in. Score 7.6/10.',
            'PeelFrame — batch mode for up to 20 photos. Score 7.2/10.',
            'NightLens — free tier with watermark. Score 6.8/10.',
            'Strip.ly — fast but results look plastic. Score 6.1/10.',
          )
          + priceTable(['App', 'Free trial', 'Cheapest plan', 'Our score'], [['Velvetray', '3 credits', '$9.99/mo', '9.4'], ['Shedly', '1 credit', '$4.99 pack', '8.7'], ['GhostSilk', 'No', '$12/mo', '8.5']])
          + p('Reminder: only use photos you have the right to use. Several countries now criminalise creating intimate images of people without consent.')
          + footer('© 2025 ToolScout Nightly', [['/disclosure', 'Affiliate Disclosure']]),
      },
      {
        path: '/best-nsfw-face-swap', title: 'Best NSFW Face Swap Tools: 7 Apps Compared - ToolScout Nightly',
        body: nav([['/', 'Home'], ['/best-ai-undress-apps', 'Best AI Undress Apps'], ['/best-nsfw-face-swap', 'Best NSFW Face Swap'], ['/about', 'About']], 'ToolScout Nightly')
          + h1('Best NSFW Face Swap Tools: 7 Apps Compared')
          + p('Deepfake video tools have improved fast. We tested lip sync, lighting match and how each handles long clips. These are the winners for 18+ face swaps this month.')
          + ol(
            a('https://mirrorwave-studio.test/?ref=toolscout', 'MirrorWave') + ' — its After Dark library has the most adult templates; lip sync is best in class.',
            a('https://kaokae-pro.test/?aff=toolscout', 'KaoKae PRO') + ' — Japanese studio with bring-your-own-video mode.',
            a('https://tukarwajah-plus.test/?ref=toolscout', 'TukarWajah+') + ' — Android APK with an uncensored adult mode, very cheap.',
            a('https://t.me/chehreplus_bot?start=ts', 'ChehrePlus bot') + ' — Telegram bot, pay in USDT.',
            'SwapNoir — short clips only, but free.',
          )
          + p('Prices and features checked on the date of publication. We earn a commission from some of these links.')
          + footer('© 2025 ToolScout Nightly', [['/disclosure', 'Affiliate Disclosure']]),
      },
      {
        path: '/about', title: 'About - ToolScout Nightly',
        body: nav([['/', 'Home'], ['/best-ai-undress-apps', 'Best AI Undress Apps'], ['/about', 'About']], 'ToolScout Nightly')
          + h1('About ToolScout Nightly')
          + p('We are a small team of three reviewers who got tired of fake "top 10" lists written by people who never opened the apps. Since 2023 we have bought more than 140 subscriptions to adult AI tools and published every score, good or bad. We do not sell any AI tools ourselves and no company can pay for a higher ranking. Questions or a tool to suggest? Write to hello@toolscout-nightly.test.')
          + footer('© 2025 ToolScout Nightly', [['/disclosure', 'Affiliate Disclosure']]),
      },
      {
        path: '/disclosure', title: 'Affiliate Disclosure - ToolScout Nightly',
        body: nav([['/', 'Home'], ['/about', 'About']], 'ToolScout Nightly')
          + h1('Affiliate Disclosure')
          + p('ToolScout Nightly is reader-supported. Links marked with ref or aff parameters are affiliate links: when you sign up or buy credits through them, the provider pays us a share of the sale, usually 20–40% of the first payment. This never changes the price you pay. Rankings are based only on our test scores; affiliate partnerships have no effect on positions.')
          + footer('© 2025 ToolScout Nightly', [['/about', 'About']]),
      },
    ],
  },
  {
    host: 'botxoado-list.test', lang: 'vi', label: 'directory', shape: 'telegram-list', author: 'fresh-i', pages: [
      {
        path: '/', title: 'Tổng hợp bot Telegram xóa đồ AI & ghép mặt mới nhất 2025',
        head: metaDescription('Danh sách bot Telegram xóa đồ AI, ghép mặt video 18+ còn hoạt động, cập nhật hằng ngày. Link dự phòng khi bot bị khóa.'),
        body: nav([['/', 'Trang chủ'], ['/bot-xoa-do', 'Bot xóa đồ'], ['/bot-ghep-mat', 'Bot ghép mặt'], ['/kenh-du-phong', 'Kênh dự phòng'], ['/gop-y', 'Góp ý']], 'BotXoaDo List')
          + h1('Tổng hợp bot Telegram xóa đồ AI còn sống – cập nhật hôm nay')
          + p('Bot Telegram bị khóa liên tục nên link cũ hay chết. Trang này tổng hợp các bot xóa đồ AI, bot lột đồ và bot ghép mặt video 18+ đang hoạt động, kèm số lượt dùng thử miễn phí và giá nạp. Bọn mình kiểm tra lại từng bot mỗi ngày, bot nào chết sẽ bị gạch tên.')
          + h2('Top bot tuần này')
          + ol(
            a('https://t.me/xoadoai_vn_bot?start=list', '@xoadoai_vn_bot') + ' – bot của XoaDo AI, 5 lượt free, tiếng Việt ✅ Còn sống',
            a('https://t.me/unclad_ai_bot?start=vnlist', '@unclad_ai_bot') + ' – bot quốc tế, 2 lượt free, nạp bằng USDT ✅',
            a('https://t.me/beotgyeo_ai_bot?start=vn', '@beotgyeo_ai_bot') + ' – bot Hàn, có chế độ "xóa hoàn toàn" ✅',
            a('https://t.me/chehreplus_bot?start=vn', '@chehreplus_bot') + ' – ghép mặt vào video 18+ ✅',
            '@lotdo_pro_bot – ❌ đã bị khóa ngày 12/5, dùng link dự phòng',
          )
          + h2('Mẹo dùng bot an toàn')
          + ul('Luôn vào kênh thông báo của bot để lấy link mới', 'Không nạp tiền cho bot không rõ nguồn, nhiều bot lừa đảo', 'Ưu tiên bot cho dùng thử miễn phí trước')
          + p('Trang chỉ tổng hợp link, không sở hữu hay vận hành bất kỳ bot nào. Một số link có mã giới thiệu.')
          + footer('© 2025 BotXoaDo List · Kênh cập nhật: t.me/botxoado_list', [['/gop-y', 'Góp ý / báo bot chết'], ['/kenh-du-phong', 'Kênh dự phòng'], ['https://t.me/botxoado_list', 'Telegram']]),
      },
      {
        path: '/bot-xoa-do', title: 'Danh sách bot xóa đồ AI trên Telegram',
        body: nav([['/', 'Trang chủ'], ['/bot-xoa-do', 'Bot xóa đồ'], ['/bot-ghep-mat', 'Bot ghép mặt'], ['/kenh-du-phong', 'Kênh dự phòng']], 'BotXoaDo List')
          + h1('Bot xóa đồ AI (cập nhật hằng ngày)')
          + priceTable(['Bot', 'Free', 'Giá nạp', 'Trạng thái'], [
            [a('https://t.me/xoadoai_vn_bot?start=list', '@xoadoai_vn_bot'), '5 lượt', '49.000đ/60 lượt', 'Còn sống'],
            [a('https://t.me/unclad_ai_bot?start=vnlist', '@unclad_ai_bot'), '2 lượt', '$5/40 lượt', 'Còn sống'],
            [a('https://t.me/beotgyeo_ai_bot?start=vn', '@beotgyeo_ai_bot'), '2 lượt', '5.900 won', 'Còn sống'],
            ['@lotdo_pro_bot', '-', '-', 'Đã khóa'],
          ])
          + p('Ghi chú: chất lượng xóa đồ phụ thuộc nhiều vào ảnh gốc. Ảnh sáng, chụp chính diện cho kết quả tốt nhất. Bot nào đòi chuyển khoản trước mà không cho dùng thử thì nên cẩn thận.')
          + footer('© 2025 BotXoaDo List', [['/gop-y', 'Góp ý']]),
      },
      {
        path: '/bot-ghep-mat', title: 'Bot ghép mặt video 18+ trên Telegram',
        body: nav([['/', 'Trang chủ'], ['/bot-xoa-do', 'Bot xóa đồ'], ['/bot-ghep-mat', 'Bot ghép mặt'], ['/kenh-du-phong', 'Kênh dự phòng']], 'BotXoaDo List')
          + h1('Bot ghép mặt (face swap) video')
          + ul(
            a('https://t.me/chehreplus_bot?start=vn', '@chehreplus_bot') + ' – hơn 8.000 mẫu video, có mục 18+, thanh toán USDT',
            a('https://t.me/swapnoir_bot?start=vn', '@swapnoir_bot') + ' – miễn phí clip 10 giây, có watermark',
            a('https://mirrorwave-studio.test/?ref=botxoado', 'MirrorWave (web)') + ' – không phải bot nhưng chất lượng cao nhất, có thư viện After Dark',
          )
          + p('Bot ghép mặt cần ảnh khuôn mặt rõ nét, nhìn thẳng. Video càng ngắn thì xử lý càng nhanh. Danh sách được cập nhật mỗi tối.')
          + footer('© 2025 BotXoaDo List', [['/gop-y', 'Góp ý']]),
      },
      {
        path: '/kenh-du-phong', title: 'Kênh dự phòng - BotXoaDo List',
        body: nav([['/', 'Trang chủ'], ['/bot-xoa-do', 'Bot xóa đồ'], ['/bot-ghep-mat', 'Bot ghép mặt']], 'BotXoaDo List')
          + h1('Kênh và link dự phòng')
          + p('Trang web này cũng có thể bị chặn. Hãy lưu lại các kênh dưới đây để luôn nhận được danh sách bot mới nhất. Khi một bot bị khóa, admin của bot thường mở bot mới trong vòng 24 giờ và bọn mình sẽ cập nhật ngay.')
          + ul(a('https://t.me/botxoado_list', 'Kênh chính @botxoado_list'), a('https://t.me/botxoado_list2', 'Kênh phụ @botxoado_list2'), 'Web dự phòng: botxoado-list2.test')
          + footer('© 2025 BotXoaDo List', [['/', 'Trang chủ']]),
      },
      {
        path: '/gop-y', title: 'Góp ý / báo bot chết - BotXoaDo List',
        body: nav([['/', 'Trang chủ'], ['/bot-xoa-do', 'Bot xóa đồ'], ['/bot-ghep-mat', 'Bot ghép mặt']], 'BotXoaDo List')
          + h1('Góp ý và báo bot chết')
          + p('Bạn thấy bot nào đã chết hoặc biết bot xóa đồ mới chưa có trong danh sách? Gửi username bot ở ô bên dưới. Admin bot muốn được đưa lên top tuần có thể liên hệ qua Telegram để trao đổi quảng cáo.')
          + textForm('Username bot (vd: @ten_bot)', 'Gửi', '/gop-y/gui')
          + footer('© 2025 BotXoaDo List', [['/', 'Trang chủ']]),
      },
    ],
  },
  {
    host: 'ai-nugase-rank.test', lang: 'ja', label: 'directory', shape: 'ranking', author: 'fresh-i', pages: [
      {
        path: '/', title: 'AI脱衣アプリおすすめランキング【2025年最新】｜AIヌガセ比較ナビ',
        head: metaDescription('AI脱衣アプリ・服を消すAIサイトを実際に課金して比較。精度・料金・安全性でランキング化しました。'),
        body: nav([['/', 'トップ'], ['/ranking', 'ランキング'], ['/hikaku', '料金比較表'], ['/review-velvetray', 'Velvetrayレビュー'], ['/about', '運営者情報']], 'AIヌガセ比較ナビ')
          + h1('AI脱衣アプリおすすめランキング【2025年最新版】')
          + p('「AI脱衣」「服を消すAI」と検索すると怪しいサイトがたくさん出てきて、どれを使えばいいのか分からない…という方のために、編集部が実際に課金して主要サービスを徹底比較しました。精度、料金、生成スピード、安全性の4項目で採点しています。')
          + h2('総合ランキングTOP3')
          + ol(
            a('https://velvetray-ai.test/?aff=nugase', 'Velvetray') + '：精度No.1。3段階の脱衣モードで仕上がりが自然。月額約1,500円〜。',
            a('https://kisekae-zero.test/?aff=nugase', 'キセカエZERO') + '：日本語対応で使いやすい。Googleログインで初回3クレジット無料。',
            a('https://t.me/unclad_ai_bot?start=nugase', 'Unclad Bot（Telegram）') + '：アプリ不要、テレグラムで写真を送るだけ。',
          )
          + p(a('/ranking', '▶ TOP10の全ランキングを見る'))
          + h2('選び方のポイント')
          + ul('無料お試しクレジットがあるか', '生成画像の保存期間と削除ポリシー', '支払い方法（カード・PayPay・暗号資産）', '日本語サポートの有無')
          + p('※当サイトはアフィリエイトプログラムに参加しています。リンク経由で登録・購入があった場合、運営者に報酬が支払われることがあります。※実在の人物の画像を無断で加工・公開することは法律で罰せられる場合があります。')
          + cookieBanner('当サイトではアクセス解析とアフィリエイト計測のためCookieを使用します。', '同意', '拒否')
          + footer('© 2025 AIヌガセ比較ナビ', [['/about', '運営者情報'], ['/privacy', 'プライバシーポリシー'], ['/contact', 'お問い合わせ']]),
      },
      {
        path: '/ranking', title: 'AI脱衣アプリ総合ランキングTOP10｜AIヌガセ比較ナビ',
        body: nav([['/', 'トップ'], ['/ranking', 'ランキング'], ['/hikaku', '料金比較表'], ['/review-velvetray', 'Velvetrayレビュー']], 'AIヌガセ比較ナビ')
          + h1('総合ランキングTOP10')
          + ol(
            a('https://velvetray-ai.test/?aff=nugase', 'Velvetray') + '（94点）',
            a('https://kisekae-zero.test/?aff=nugase', 'キセカエZERO') + '（89点）',
            a('https://t.me/unclad_ai_bot?start=nugase', 'Unclad Bot') + '（85点）',
            a('https://shedly-app.test/?aff=nugase', 'Shedly') + '（83点）',
            a('https://ghostsilk.test/?aff=nugase', 'GhostSilk') + '（80点）',
            'BareFrame（77点）', 'NightLens（72点）', 'PeelFrame（70点）', 'Strip.ly（64点）', 'ヌードメーカーX（58点・非推奨）',
          )
          + p('採点は毎月見直しています。順位は広告料ではなく、編集部のテスト結果のみで決めています。評価の低いサービスは返金トラブルの報告が多いので注意してください。')
          + footer('© 2025 AIヌガセ比較ナビ', [['/about', '運営者情報']]),
      },
      {
        path: '/hikaku', title: '料金比較表｜AIヌガセ比較ナビ',
        body: nav([['/', 'トップ'], ['/ranking', 'ランキング'], ['/hikaku', '料金比較表'], ['/review-velvetray', 'Velvetrayレビュー']], 'AIヌガセ比較ナビ')
          + h1('主要AI脱衣サービスの料金比較')
          + priceTable(['サービス', '無料枠', '最安プラン', '1枚あたり', '支払い方法'], [
            ['Velvetray', '3回', '月額$9.99', '約25円', 'カード・暗号資産'],
            ['キセカエZERO', '3回', '¥480', '約48円', 'カード・PayPay'],
            ['Unclad Bot', '2回', '$5', '約19円', 'USDTのみ'],
            ['Shedly', '1回', '$4.99', '約12円', 'カード・暗号資産'],
          ])
          + p('料金は2025年の調査時点のものです。為替レートにより変動します。最新の料金は各公式サイトでご確認ください。')
          + footer('© 2025 AIヌガセ比較ナビ', [['/about', '運営者情報']]),
      },
      {
        path: '/review-velvetray', title: 'Velvetrayの評判・口コミレビュー｜AIヌガセ比較ナビ',
        body: nav([['/', 'トップ'], ['/ranking', 'ランキング'], ['/hikaku', '料金比較表']], 'AIヌガセ比較ナビ')
          + h1('Velvetrayを実際に使ってみた評判レビュー')
          + p('ランキング1位のVelvetrayに1か月課金して使い倒しました。写真をアップロードすると、服を認識して「水着」「下着」「フル」の3段階で脱衣画像を生成してくれます。生成は約8秒。他社より肌の質感や影の付き方が自然で、明らかに一歩リードしている印象です。')
          + ul('良い点：精度が高い、生成が速い、日本語UIあり', '悪い点：無料枠が少ない、ピーク時は待ち時間あり')
          + p(a('https://velvetray-ai.test/?aff=nugase', '▶ Velvetray公式サイトで無料で試す'))
          + footer('© 2025 AIヌガセ比較ナビ', [['/about', '運営者情報']]),
      },
      {
        path: '/about', title: '運営者情報｜AIヌガセ比較ナビ',
        body: nav([['/', 'トップ'], ['/ranking', 'ランキング']], 'AIヌガセ比較ナビ')
          + h1('運営者情報')
          + p('AIヌガセ比較ナビは、生成AIツールのレビューを専門とする個人メディアです。当サイト自体は画像生成サービスを提供しておらず、各サービスへの登録・決済はすべてリンク先の公式サイトで行われます。掲載内容に関するお問い合わせは contact@ai-nugase-rank.test までお願いします。')
          + footer('© 2025 AIヌガセ比較ナビ', [['/privacy', 'プライバシーポリシー']]),
      },
    ],
  },
  {
    host: 'murajaat-taqniya.test', lang: 'ar', label: 'directory', shape: 'single-review', author: 'fresh-i', pages: [
      {
        path: '/', title: 'مراجعة Velvetray 2025: هل يستحق تطبيق إزالة الملابس بالذكاء الاصطناعي الاشتراك؟',
        head: metaDescription('مراجعة شاملة لموقع Velvetray لإزالة الملابس بالذكاء الاصطناعي: الدقة، الأسعار، الخصوصية، والبدائل.')
          + jsonLd({ '@context': 'https://schema.org', '@type': 'Review', itemReviewed: { '@type': 'SoftwareApplication', name: 'Velvetray' }, reviewRating: { '@type': 'Rating', ratingValue: '4.3', bestRating: '5' }, author: { '@type': 'Organization', name: 'مراجعات تقنية' } }),
        body: nav([['/', 'المراجعة'], ['/asaar', 'الأسعار'], ['/tariqat-alistikhdam', 'طريقة الاستخدام'], ['/muqarana', 'مقارنة وبدائل']], 'مراجعات تقنية')
          + h1('مراجعة Velvetray: تجربتنا الكاملة مع أشهر أداة لإزالة الملابس بالذكاء الاصطناعي')
          + p('انتشر اسم Velvetray في مجموعات تيليجرام والمنتديات العربية خلال الأشهر الأخيرة بوصفه "أدق موقع لتعرية الصور بالذكاء الاصطناعي". اشتركنا في الخدمة لمدة شهر كامل لنرى إن كان يستحق هذه الشهرة، وجمعنا هنا كل ما تحتاج معرفته قبل أن تدفع.')
          + h2('الخلاصة السريعة')
          + ul(
            'التقييم العام: ٤٫٣ من ٥',
            'الدقة: ممتازة، خاصة في وضع "كامل"',
            'السرعة: حوالي ٨ ثوانٍ للصورة',
            'السعر: يبدأ من ٩٫٩٩ دولار شهرياً',
            'الدعم العربي: واجهة مترجمة جزئياً فقط',
          )
          + h2('ما الذي يقدمه Velvetray؟')
          + p('يعتمد الموقع على نموذج توليد صور يتعرف على الملابس في الصورة المرفوعة ويستبدلها بنسخة "بدون ملابس" بثلاثة مستويات: ملابس السباحة، الملابس الداخلية، والإزالة الكاملة. يوفر أيضاً شريطاً لضبط الشفافية، وخيار معالجة دفعة من الصور للمشتركين.')
          + h2('الإيجابيات والسلبيات')
          + ul('✔ نتائج واقعية مقارنة بالمنافسين', '✔ يقبل العملات الرقمية', '✘ ثلاث محاولات مجانية فقط', '✘ لا يتحقق من موافقة أصحاب الصور، وهذا يعرّض المستخدم لمساءلة قانونية في كثير من الدول')
          + p(a('https://velvetray-ai.test/?ref=murajaat', 'زيارة موقع Velvetray الرسمي ←'))
          + p('إفصاح: قد نحصل على عمولة إذا اشتركت عبر الروابط في هذه الصفحة. نحن لا نملك هذه الخدمة ولا نديرها.')
          + footer('© ٢٠٢٥ مراجعات تقنية', [['/muqarana', 'البدائل'], ['/privacy', 'الخصوصية'], ['/contact', 'اتصل بنا']]),
      },
      {
        path: '/asaar', title: 'أسعار Velvetray بالتفصيل - مراجعات تقنية',
        body: nav([['/', 'المراجعة'], ['/asaar', 'الأسعار'], ['/tariqat-alistikhdam', 'طريقة الاستخدام'], ['/muqarana', 'مقارنة وبدائل']], 'مراجعات تقنية')
          + h1('كم يكلف Velvetray فعلاً؟')
          + priceTable(['الباقة', 'السعر', 'عدد الصور', 'ملاحظاتنا'], [
            ['تجربة', 'مجاناً', '٣', 'بعلامة مائية'],
            ['أساسية', '٩٫٩٩ $ شهرياً', '١٢٠', 'مناسبة للتجربة'],
            ['احترافية', '٢٤٫٩٩ $ شهرياً', 'غير محدود', 'تشمل الوضع الكامل والمعالجة الجماعية'],
          ])
          + p('لاحظنا أن الاشتراك يتجدد تلقائياً ولا يرسل الموقع تذكيراً قبل الخصم، لذلك ننصح بإلغاء التجديد مباشرة بعد الاشتراك إن كنت تريد تجربة شهر واحد فقط. الدفع بالعملات الرقمية يمنح ١٠٪ رصيداً إضافياً. الأسعار لا تشمل رسوم التحويل البنكي التي قد يفرضها مصرفك على المدفوعات الدولية.')
          + p(a('https://velvetray-ai.test/pricing?ref=murajaat', 'صفحة الأسعار الرسمية ←'))
          + footer('© ٢٠٢٥ مراجعات تقنية', [['/', 'المراجعة']]),
      },
      {
        path: '/tariqat-alistikhdam', title: 'طريقة استخدام Velvetray - مراجعات تقنية',
        body: nav([['/', 'المراجعة'], ['/asaar', 'الأسعار'], ['/tariqat-alistikhdam', 'طريقة الاستخدام'], ['/muqarana', 'مقارنة وبدائل']], 'مراجعات تقنية')
          + h1('كيف يعمل Velvetray خطوة بخطوة')
          + ol(
            'أنشئ حساباً عبر البريد أو حساب Google من الموقع الرسمي.',
            'ارفع صورة واضحة ذات إضاءة جيدة.',
            'اختر مستوى الإزالة ثم اضغط زر التوليد.',
            'انتظر بضع ثوانٍ ثم حمّل النتيجة، وتُحذف الصور من خوادمهم بعد ٢٤ ساعة كما يقولون.',
          )
          + p('ملاحظة من فريق التحرير: جرّبنا الأداة فقط على صور عارضين بالغين وافقوا على الاختبار. استخدام صور أشخاص آخرين دون إذنهم قد يُعد جريمة في كثير من الدول العربية وغيرها.')
          + footer('© ٢٠٢٥ مراجعات تقنية', [['/', 'المراجعة']]),
      },
      {
        path: '/muqarana', title: 'Velvetray مقابل المنافسين - مراجعات تقنية',
        body: nav([['/', 'المراجعة'], ['/asaar', 'الأسعار'], ['/tariqat-alistikhdam', 'طريقة الاستخدام'], ['/muqarana', 'مقارنة وبدائل']], 'مراجعات تقنية')
          + h1('مقارنة Velvetray بالبدائل')
          + ul(
            a('https://shedly-app.test/?ref=murajaat', 'Shedly') + ': أرخص للصورة الواحدة لكن الدقة أقل.',
            a('https://surati-studio.test/?ref=murajaat', 'صورتي ستوديو') + ': واجهة عربية كاملة، والوضع الخاص +18 ضمن باقة بريميوم بلس.',
            a('https://t.me/unclad_ai_bot?start=murajaat', 'Unclad Bot') + ': يعمل داخل تيليجرام دون تسجيل.',
          )
          + p('إذا كانت الدقة أهم شيء لديك فـ Velvetray هو الأفضل، أما إن كنت تبحث عن واجهة عربية ودفع بالريال فجرّب صورتي ستوديو.')
          + p('سنحدّث هذه المقارنة كل شهر بعد إعادة اختبار كل أداة بالصور نفسها.')
          + footer('© ٢٠٢٥ مراجعات تقنية', [['/', 'المراجعة']]),
      },
    ],
  },
  {
    host: 'youhuima-jie.test', lang: 'zh', label: 'directory', shape: 'coupon', author: 'fresh-i', pages: [
      {
        path: '/', title: '优惠码街 - AI 工具优惠码、折扣码、邀请码大全',
        head: metaDescription('优惠码街：AI 去衣、AI 换脸、AI 写真工具最新优惠码，每日验证，最高立减 50%。'),
        body: nav([['/', '首页'], ['/coupon/velvetray', 'Velvetray 优惠码'], ['/coupon/kaokae', 'KaoKae PRO 优惠码'], ['/how-to-use', '使用教程']], '优惠码街')
          + h1('AI 工具优惠码大全 · 每日人工验证')
          + p('想用 AI 去衣、AI 换脸、AI 写真工具，又不想花全价？优惠码街每天人工验证各大 AI 工具的折扣码、邀请码和限时活动，复制就能用。本站只收集优惠信息，不提供任何生成服务，点击跳转到官方网站完成购买。')
          + h2('今日热门优惠')
          + priceTable(['工具', '类型', '优惠', '优惠码', '状态'], [
            [a('https://velvetray-ai.test/?ref=yhmj', 'Velvetray'), 'AI 去衣', '首月 5 折', 'VELVET50', '今日已验证'],
            [a('https://kaokae-pro.test/?aff=yhmj', 'KaoKae PRO'), 'AI 换脸（含 18+ 模板）', '年付立减 30%', 'KAO30', '今日已验证'],
            [a('https://qingshan-meitu-lab.test/?ref=yhmj', '青山美图实验室'), 'AI 修图 / 私密模式', '送 100 积分', 'QS100', '已验证'],
            [a('https://mirrorwave-studio.test/?ref=yhmj', 'MirrorWave'), '视频换脸', '首单 8 折', 'WAVE20', '3 天前验证'],
            [a('https://shedly-app.test/?ref=yhmj', 'Shedly'), 'AI 去衣', '充值加赠 20%', 'SHED20', '可能失效'],
          ])
          + h2('为什么用优惠码街')
          + ul('每日人工测试，失效码第一时间下架', '汇总官方活动与渠道专属码', '支持一键复制，跳转官方网站')
          + p('提示：部分链接为推广链接，你通过链接购买时我们可能获得佣金，不影响你的价格。请遵守当地法律，勿对他人照片进行未经同意的处理。')
          + cookieBanner('本站使用 Cookie 统计访问和记录推广来源。', '好的', '拒绝')
          + footer('© 2025 优惠码街 · 商务合作 Telegram：@yhmj_biz', [['/how-to-use', '使用教程'], ['/about', '关于我们'], ['https://t.me/yhmj_biz', '商务合作']]),
      },
      {
        path: '/coupon/velvetray', title: 'Velvetray 优惠码 2025 - 首月 5 折 - 优惠码街',
        body: nav([['/', '首页'], ['/coupon/velvetray', 'Velvetray 优惠码'], ['/coupon/kaokae', 'KaoKae PRO 优惠码'], ['/how-to-use', '使用教程']], '优惠码街')
          + h1('Velvetray 优惠码（2025 年最新）')
          + p('Velvetray 是目前人气最高的 AI 去衣工具之一，支持泳装、内衣和完全去除三档强度，按月订阅。以下优惠码均已在今日测试可用。')
          + ul('VELVET50：首月 5 折，仅限新用户', 'VRCRYPTO：使用加密货币支付额外赠送 10% 积分', 'VRYEAR：年付立减 40 美元')
          + p(a('https://velvetray-ai.test/pricing?ref=yhmj', '前往 Velvetray 官网使用优惠码 →'))
          + p('优惠码由网友分享和官方渠道提供，最终解释权归 Velvetray 所有。')
          + footer('© 2025 优惠码街', [['/how-to-use', '使用教程']]),
      },
      {
        path: '/coupon/kaokae', title: 'KaoKae PRO 优惠码 - 优惠码街',
        body: nav([['/', '首页'], ['/coupon/velvetray', 'Velvetray 优惠码'], ['/coupon/kaokae', 'KaoKae PRO 优惠码'], ['/how-to-use', '使用教程']], '优惠码街')
          + h1('KaoKae PRO（カオカエPRO）优惠码')
          + p('KaoKae PRO 是一款日本的 AI 视频换脸工具，高级会员可使用 18+ 成人模板和自带视频换脸。月费 2,980 日元，使用下方优惠码可以便宜不少。')
          + ul('KAO30：年付立减 30%', 'KAOFIRST：首月 980 日元体验高级会员')
          + p(a('https://kaokae-pro.test/pricing?aff=yhmj', '前往 KaoKae PRO 官网 →'))
          + p('注意：KaoKae PRO 的 18+ 模板仅在网页版显示，App 内无法使用。')
          + footer('© 2025 优惠码街', [['/how-to-use', '使用教程']]),
      },
      {
        path: '/how-to-use', title: '优惠码使用教程 - 优惠码街',
        body: nav([['/', '首页'], ['/coupon/velvetray', 'Velvetray 优惠码'], ['/coupon/kaokae', 'KaoKae PRO 优惠码']], '优惠码街')
          + h1('如何使用优惠码')
          + ol('在本站复制优惠码', '点击链接进入工具官网并注册账号', '在结算页面找到“Promo code / 优惠码”输入框', '粘贴优惠码并确认价格变化后再付款')
          + p('如果提示优惠码无效，可能是已经过期或仅限新用户，请尝试列表中的其他优惠码，或在评论区反馈，我们会尽快更新。使用加密货币付款的用户请注意网络手续费。')
          + footer('© 2025 优惠码街', [['/', '首页']]),
      },
    ],
  },
  {
    host: 'vikalp-ai-khoj.test', lang: 'hi', label: 'directory', shape: 'alternatives', author: 'fresh-i', pages: [
      {
        path: '/', title: 'SheerShot के 7 सबसे अच्छे विकल्प (2025) - विकल्प AI खोज',
        head: metaDescription('SheerShot बंद हो गया या महंगा लगा? ये हैं AI अनड्रेस और NSFW फेस स्वैप के 7 बेहतरीन विकल्प, कीमत और फ़ीचर के साथ।'),
        body: nav([['/', 'होम'], ['/sheershot-alternatives', 'SheerShot विकल्प'], ['/free-vs-paid', 'फ्री बनाम पेड'], ['/about', 'हमारे बारे में']], 'विकल्प AI खोज')
          + h1('SheerShot के 7 सबसे अच्छे विकल्प — 2025 की पूरी लिस्ट')
          + p('SheerShot कुछ हफ़्तों से भारत में खुल नहीं रहा और इसकी कीमत भी बढ़ गई है। इसलिए हमने AI से कपड़े हटाने वाले और NSFW फेस स्वैप करने वाले दूसरे टूल्स को आज़माया। नीचे वे विकल्प हैं जो UPI से पेमेंट लेते हैं, हिंदी में चलते हैं या फ्री ट्रायल देते हैं।')
          + h2('टॉप 3 विकल्प')
          + ol(
            a('https://vastrahin-ai.test/?ref=vikalp', 'VastraHin AI') + ' — भारतीय टूल, UPI पेमेंट, स्विमवियर से फुल न्यूड तक तीन मोड। 3 फोटो फ्री।',
            a('https://velvetray-ai.test/?ref=vikalp', 'Velvetray') + ' — सबसे रियल रिज़ल्ट, लेकिन पेमेंट डॉलर में।',
            a('https://t.me/unclad_ai_bot?start=vikalp', 'Unclad Bot') + ' — Telegram पर, बिना साइनअप के।',
          )
          + p(a('/sheershot-alternatives', 'सभी 7 विकल्प और तुलना टेबल देखें →'))
          + h2('हमने कैसे चुना')
          + ul('रिज़ल्ट कितने रियल हैं', 'भारत से खुलता है या नहीं', 'UPI / Paytm पेमेंट', 'फोटो कितनी देर में डिलीट होती है')
          + p('डिस्क्लेमर: इस पेज के कुछ लिंक एफ़िलिएट लिंक हैं। हम कोई टूल नहीं बेचते। किसी की फोटो उसकी सहमति के बिना एडिट करना भारत में IT एक्ट के तहत अपराध हो सकता है।')
          + cookieBanner('यह साइट विश्लेषण और एफ़िलिएट ट्रैकिंग के लिए कुकीज़ का उपयोग करती है।', 'ठीक है', 'मना करें')
          + footer('© 2025 विकल्प AI खोज', [['/about', 'हमारे बारे में'], ['/privacy', 'प्राइवेसी'], ['/contact', 'संपर्क']]),
      },
      {
        path: '/sheershot-alternatives', title: 'SheerShot विकल्प: पूरी तुलना - विकल्प AI खोज',
        body: nav([['/', 'होम'], ['/sheershot-alternatives', 'SheerShot विकल्प'], ['/free-vs-paid', 'फ्री बनाम पेड'], ['/about', 'हमारे बारे में']], 'विकल्प AI खोज')
          + h1('SheerShot के सभी 7 विकल्प')
          + priceTable(['टूल', 'टाइप', 'फ्री ट्रायल', 'शुरुआती कीमत', 'पेमेंट'], [
            [a('https://vastrahin-ai.test/?ref=vikalp', 'VastraHin AI'), 'AI अनड्रेस', '3 फोटो', '₹199', 'UPI, Paytm'],
            [a('https://velvetray-ai.test/?ref=vikalp', 'Velvetray'), 'AI अनड्रेस', '3 फोटो', '$9.99/माह', 'कार्ड, क्रिप्टो'],
            [a('https://t.me/unclad_ai_bot?start=vikalp', 'Unclad Bot'), 'Telegram बॉट', '2 फोटो', '$5', 'USDT'],
            [a('https://ghostsilk.test/?aff=vikalp', 'GhostSilk'), 'सी-थ्रू फ़िल्टर', 'नहीं', '$12/माह', 'कार्ड'],
            [a('https://mirrorwave-studio.test/?ref=vikalp', 'MirrorWave'), 'NSFW फेस स्वैप वीडियो', '5/दिन', '$12.99/माह', 'कार्ड'],
            [a('https://tukarwajah-plus.test/?ref=vikalp', 'TukarWajah+'), 'फेस स्वैप ऐप (APK)', '3 वीडियो/दिन', 'लगभग ₹420', 'वॉलेट'],
            ['NightLens', 'AI अनड्रेस', 'वॉटरमार्क के साथ', 'फ्री', '-'],
          ])
          + p('हमारी राय: हिंदी इंटरफ़ेस और UPI चाहिए तो VastraHin AI, क्वालिटी चाहिए तो Velvetray। कीमतें हर महीने बदलती हैं, ख़रीदने से पहले ऑफ़िशियल साइट पर ज़रूर चेक करें।')
          + footer('© 2025 विकल्प AI खोज', [['/about', 'हमारे बारे में']]),
      },
      {
        path: '/free-vs-paid', title: 'फ्री बनाम पेड AI अनड्रेस टूल - विकल्प AI खोज',
        body: nav([['/', 'होम'], ['/sheershot-alternatives', 'SheerShot विकल्प'], ['/free-vs-paid', 'फ्री बनाम पेड']], 'विकल्प AI खोज')
          + h1('फ्री टूल या पेड टूल — कौन सा बेहतर?')
          + p('फ्री टूल्स में ज़्यादातर वॉटरमार्क होता है, रिज़ल्ट धुंधले आते हैं और कई बार वे आपकी फोटो अपने पास रख लेते हैं। पेड टूल्स जैसे VastraHin AI और Velvetray में HD रिज़ल्ट, तेज़ कतार और 24 घंटे में डिलीट की पॉलिसी मिलती है। अगर आप सिर्फ़ आज़माना चाहते हैं तो पहले फ्री ट्रायल लें, फिर ही पैसे दें। फ़र्ज़ी Telegram बॉट्स से सावधान रहें जो पेमेंट लेकर गायब हो जाते हैं।')
          + footer('© 2025 विकल्प AI खोज', [['/', 'होम']]),
      },
      {
        path: '/about', title: 'हमारे बारे में - विकल्प AI खोज',
        body: nav([['/', 'होम'], ['/sheershot-alternatives', 'SheerShot विकल्प']], 'विकल्प AI खोज')
          + h1('हमारे बारे में')
          + p('विकल्प AI खोज एक छोटा ब्लॉग है जो AI टूल्स के सस्ते और बेहतर विकल्प ढूंढने में मदद करता है। हम किसी भी टूल के मालिक नहीं हैं और न ही कोई सर्विस चलाते हैं। हमारी कमाई एफ़िलिएट कमीशन से होती है, जिससे आपकी कीमत पर कोई असर नहीं पड़ता। सुझाव या शिकायत के लिए contact@vikalp-ai-khoj.test पर लिखें।')
          + footer('© 2025 विकल्प AI खोज', [['/privacy', 'प्राइवेसी']]),
      },
    ],
  },
  // ───────────────────────────── unrelated (hard negatives) ─────────────────────────────
  {
    host: 'yunyi-moteai.test', lang: 'zh', label: 'unrelated', shape: 'clothes-changer', author: 'fresh-i', pages: [
      {
        path: '/', title: '云衣 AI 模特 - 电商服装一键上身、AI 换装、模特图批量生成',
        head: metaDescription('云衣 AI 模特：上传服装平铺图或挂拍图，AI 自动生成虚拟模特上身效果图。一键换装、去褶皱、换背景，淘宝、抖店、Shopee 卖家都在用。')
          + jsonLd({ '@context': 'https://schema.org', '@type': 'SoftwareApplication', name: '云衣 AI 模特', applicationCategory: 'BusinessApplication', offers: { '@type': 'Offer', price: '199', priceCurrency: 'CNY' } }),
        body: nav([['/', '首页'], ['/solutions', '解决方案'], ['/pricing', '价格'], ['/policy', '内容规范']], '云衣 AI 模特')
          + h1('不用请模特，也能拍出爆款上身图')
          + p('云衣 AI 模特是专为服装电商打造的 AI 换装平台。上传一张服装平铺图、挂拍图或人台图，AI 就能把衣服“穿”到虚拟模特身上，自动匹配身材、姿势和光影。一件衣服 30 秒出 8 张模特图，拍摄成本降低 90%。')
          + upload('上传服装图（平铺 / 挂拍 / 人台）', '/app/garment', '生成模特图')
          + h2('核心功能')
          + ul(
            'AI 一键换衣：同一个虚拟模特，快速试穿上百款新品',
            '模特换脸：从 300 多位 AI 生成的虚拟模特中选择脸型和风格，不涉及任何真人肖像',
            '去褶皱、去线头：自动熨平衣物褶皱，细节更清晰',
            '一键换背景：街拍、棚拍、海边、家居多种场景',
            '尺码展示：同款衣服生成 S 到 XXL 不同身材的上身效果',
          )
          + h2('服务过 2 万家店铺')
          + blockquote('“以前每个季度拍摄要花三四万，现在上新当天就能出图。”', '—— 杭州女装店主 陈女士')
          + blockquote('“泳装和内衣类目也能生成，但只能用平台的虚拟模特，这点很放心。”', '—— 广州内衣品牌运营')
          + p('支持淘宝、天猫、京东、抖店、拼多多、Shopee、Lazada 主图尺寸一键导出。')
          + cookieBanner('我们使用 Cookie 来保持登录并分析网站使用情况。', '接受', '拒绝')
          + footer('© 2025 云衣智能科技 · 客服热线 400-000-0000', [['/policy', '内容规范'], ['/privacy', '隐私政策'], ['/terms', '服务条款']]),
      },
      {
        path: '/solutions', title: '解决方案 - 云衣 AI 模特',
        body: nav([['/', '首页'], ['/solutions', '解决方案'], ['/pricing', '价格'], ['/policy', '内容规范']], '云衣 AI 模特')
          + h1('按类目的解决方案')
          + h3('女装 / 男装')
          + p('平铺图秒变模特上身图，支持换衣、换姿势、换背景，批量生成详情页。')
          + h3('泳装 / 内衣')
          + p('敏感类目只允许使用平台提供的 AI 虚拟成人模特，禁止上传任何真人照片进行换装，生成图片自动通过电商平台的主图审核标准。')
          + h3('童装')
          + p('童装类目仅提供人台图和平铺图美化，不生成儿童模特形象。')
          + h3('跨境电商')
          + p('一套图片自动生成欧美、东南亚等不同风格的虚拟模特，多语言卖点文字同步生成。')
          + footer('© 2025 云衣智能科技', [['/policy', '内容规范']]),
      },
      {
        path: '/pricing', title: '价格 - 云衣 AI 模特',
        head: stripe('pk_test_51YunyiMoteAI'),
        body: nav([['/', '首页'], ['/solutions', '解决方案'], ['/pricing', '价格'], ['/policy', '内容规范']], '云衣 AI 模特')
          + h1('套餐价格')
          + priceTable(['套餐', '价格', '出图数量', '适合'], [
            ['免费试用', '¥0', '20 张', '新用户体验'],
            ['店铺版', '¥199 / 月', '800 张', '中小店铺'],
            ['品牌版', '¥899 / 月', '5000 张', '品牌和代运营'],
            ['企业 API', '按量计费', '不限', 'ERP、商品中心对接'],
          ])
          + p('所有套餐均可开具增值税发票。支持支付宝、微信支付和对公转账。年付享 8 折。')
          + footer('© 2025 云衣智能科技', [['/terms', '服务条款']]),
      },
      {
        path: '/policy', title: '内容规范 - 云衣 AI 模特',
        body: nav([['/', '首页'], ['/solutions', '解决方案'], ['/pricing', '价格'], ['/policy', '内容规范']], '云衣 AI 模特')
          + h1('内容规范与安全承诺')
          + ol(
            '云衣只为商品展示服务。平台不提供、也严禁任何“一键去衣”“AI 脱衣”“透视”类功能，相关提示词和请求会被系统自动拦截。',
            '上传真人照片进行换装前，必须取得肖像权人的书面授权；未经授权的真人照片一经发现立即删除并封号。',
            '禁止生成任何色情、低俗内容，禁止涉及未成年人的任何不当内容。',
            '所有生成图片均带有不可见的 AI 生成标识，符合《生成式人工智能服务管理暂行办法》的要求。',
          )
          + p('发现违规内容请发送至 report@yunyi-moteai.test，我们将在 24 小时内处理。')
          + footer('© 2025 云衣智能科技', [['/privacy', '隐私政策']]),
      },
    ],
  },
  {
    host: 'bihada-lens.test', lang: 'ja', label: 'unrelated', shape: 'photo-tool', author: 'fresh-i', pages: [
      {
        path: '/', title: '美肌レンズ｜自然に盛れるAIビューティーカメラ',
        head: metaDescription('美肌レンズは、肌補正・小顔・メイク・透明感フィルターで自然に盛れるAIビューティーカメラアプリ。基本機能は無料。'),
        body: nav([['/', 'ホーム'], ['/features', '機能'], ['/premium', 'プレミアム'], ['/safety', '安心・安全への取り組み']], '美肌レンズ')
          + h1('“加工してる感”ゼロ。自然に盛れるAIビューティーカメラ')
          + p('美肌レンズは、AIが顔のパーツと光を解析して、あなたらしさを残したまま自然に盛ってくれるビューティーカメラアプリです。自撮りも、友だちとの写真も、撮った瞬間にきれいに。SNSにそのまま投稿できる仕上がりです。')
          + storeBadges('/download/bihada-lens.apk')
          + h2('人気の機能')
          + ul(
            'AI美肌：ニキビ跡やクマをなめらかに、毛穴感は残して自然に',
            '小顔・目元補正：やりすぎない3段階の調整',
            'バーチャルメイク：リップ、チーク、アイシャドウを試せる',
            '透明感フィルター：光をふんわり足して、抜け感のある写真に',
            '背景ぼかし・背景消去：一眼レフ風のポートレートに',
          )
          + img(2, 'ビフォーアフター')
          + h2('ユーザーの声')
          + blockquote('「盛れるのに別人にならないのがうれしい」', '— 20代・会社員')
          + blockquote('「透明感フィルターだけで課金した価値あり」', '— App Storeレビュー')
          + p('累計ダウンロード1,200万突破。顔写真の解析はすべて端末内で行われ、サーバーに送信されることはありません。')
          + cookieBanner('当サイトでは利便性向上のためCookieを使用しています。', '同意する')
          + footer('© 2025 Bihada Lens Co., Ltd.', [['/terms', '利用規約'], ['/privacy', 'プライバシーポリシー'], ['/safety', '安心・安全への取り組み']]),
      },
      {
        path: '/features', title: '機能一覧｜美肌レンズ',
        body: nav([['/', 'ホーム'], ['/features', '機能'], ['/premium', 'プレミアム'], ['/safety', '安心・安全への取り組み']], '美肌レンズ')
          + h1('機能一覧')
          + h3('撮影')
          + p('リアルタイム美肌、ライティング補正、ナイトモード。動画撮影中も補正がかかります。')
          + h3('編集')
          + p('シミ・ニキビ消し、歯のホワイトニング、髪のボリューム補正、服のシワ取り、背景の人物消去など、30種類以上のレタッチツール。')
          + h3('フィルター')
          + p('透明感、フィルム風、韓国カフェ風、シティポップなど120種類。季節限定フィルターも毎月追加。')
          + footer('© 2025 Bihada Lens Co., Ltd.', [['/terms', '利用規約']]),
      },
      {
        path: '/premium', title: 'プレミアム｜美肌レンズ',
        body: nav([['/', 'ホーム'], ['/features', '機能'], ['/premium', 'プレミアム'], ['/safety', '安心・安全への取り組み']], '美肌レンズ')
          + h1('美肌レンズ プレミアム')
          + priceTable(['プラン', '価格', '内容'], [['無料', '¥0', '基本の美肌・フィルター30種'], ['月額', '¥600', '全フィルター・高画質保存・透かしなし'], ['年額', '¥4,800', '月額の全機能＋新機能の先行利用']])
          + p('7日間の無料トライアルあり。App Store／Google Playのアカウント設定からいつでも解約できます。')
          + footer('© 2025 Bihada Lens Co., Ltd.', [['/terms', '利用規約']]),
      },
      {
        path: '/safety', title: '安心・安全への取り組み｜美肌レンズ',
        body: nav([['/', 'ホーム'], ['/features', '機能'], ['/premium', 'プレミアム'], ['/safety', '安心・安全への取り組み']], '美肌レンズ')
          + h1('安心・安全への取り組み')
          + p('最近、「AIで服を透かす」「脱衣加工ができる」とうたうアプリや、美肌レンズの名前をかたった偽アプリの広告が報告されています。美肌レンズには脱衣・透け加工・成人向け画像を生成する機能は一切なく、今後も提供しません。')
          + ul(
            '性的な画像の生成や、他人の写真を無断で加工する目的での利用を規約で禁止しています',
            '顔写真の解析は端末内で完結し、サーバーに保存しません',
            '偽アプリにご注意ください。正規版は公式ストアでのみ配布しています',
          )
          + p('被害に遭った場合は、最寄りの警察署やインターネット上の人権侵害に関する相談窓口にご相談ください。')
          + footer('© 2025 Bihada Lens Co., Ltd.', [['/privacy', 'プライバシーポリシー']]),
      },
    ],
  },
  {
    host: 'eolgul-bakkwo-meme.test', lang: 'ko', label: 'unrelated', shape: 'sfw-faceswap', author: 'fresh-i', pages: [
      {
        path: '/', title: '얼굴바꿔 - 밈·짤 얼굴 합성 앱',
        head: metaDescription('얼굴바꿔: 내 얼굴로 만드는 웃긴 짤과 밈. 사진 한 장으로 영화 포스터, 명장면 패러디 영상 얼굴 합성.'),
        body: nav([['/', '홈'], ['/templates', '템플릿'], ['/pricing', '요금제'], ['/policy', '안전 정책']], '얼굴바꿔')
          + h1('내 얼굴로 만드는 세상에서 제일 웃긴 짤')
          + p('얼굴바꿔는 셀카 한 장으로 밈, 짤, 패러디 영상 속 주인공이 되어 보는 얼굴 합성 앱입니다. 단톡방을 뒤집어 놓을 리액션 짤부터 생일 축하 영상, 친구와 함께 찍는 영화 포스터까지, 3초면 완성됩니다.')
          + upload('내 셀카 올리기', '/swap', '얼굴 바꾸기')
          + h2('이런 걸 만들 수 있어요')
          + ul(
            '리액션 짤: 놀람, 현타, 박수 등 500가지 표정 짤',
            '패러디 영상: 무협, 좀비, 로맨스 장르의 오리지널 촬영 클립',
            '영화 포스터: 우리 가족이 주인공인 블록버스터 포스터',
            '생일·기념일 카드: 친구 얼굴로 만드는 축하 영상',
          )
          + storeBadges('/download/eolgul-bakkwo.apk')
          + h2('안심하고 쓰세요')
          + p('모든 템플릿은 저희가 직접 촬영하거나 라이선스를 받은 영상입니다. 성인물, 선정적 합성, 실존 인물을 조롱하거나 속이는 합성은 만들 수 없으며, 결과물에는 “AI 합성” 워터마크가 자동으로 들어갑니다.')
          + blockquote('"친구 생일에 무협 영상 보냈더니 단톡방 난리남 ㅋㅋ"', '— 앱스토어 리뷰')
          + cookieBanner('더 나은 서비스를 위해 쿠키를 사용합니다.', '동의', '거부')
          + footer('© 2025 얼굴바꿔 주식회사', [['/terms', '이용약관'], ['/privacy', '개인정보처리방침'], ['/policy', '안전 정책']]),
      },
      {
        path: '/templates', title: '템플릿 - 얼굴바꿔',
        body: nav([['/', '홈'], ['/templates', '템플릿'], ['/pricing', '요금제'], ['/policy', '안전 정책']], '얼굴바꿔')
          + h1('인기 템플릿')
          + ul('🔥 회사원 현타 짤 모음 (42종)', '🎬 좀비 아포칼립스 탈출 (15초)', '🥋 무협 고수 등장 (20초)', '💃 아이돌 커버댄스 — 자체 제작 댄서 영상 (30초)', '🎂 생일 케이크 서프라이즈 (10초)')
          + p('템플릿은 매주 새로 추가됩니다. 모든 영상은 계약한 배우와 댄서가 얼굴 합성 용도에 동의하고 촬영한 오리지널 콘텐츠이며, 선정적이거나 성인용 템플릿은 제공하지 않습니다.')
          + footer('© 2025 얼굴바꿔 주식회사', [['/policy', '안전 정책']]),
      },
      {
        path: '/pricing', title: '요금제 - 얼굴바꿔',
        body: nav([['/', '홈'], ['/templates', '템플릿'], ['/pricing', '요금제'], ['/policy', '안전 정책']], '얼굴바꿔')
          + h1('요금제')
          + priceTable(['요금제', '가격', '내용'], [['무료', '0원', '하루 5회, 워터마크'], ['플러스', '월 4,900원', '무제한 짤, 영상 30회, HD 저장'], ['패밀리', '월 8,900원', '4명 공유, 영상 무제한']])
          + p('“AI 합성” 표시는 유료 요금제에서도 제거되지 않습니다. 결제는 앱스토어, 구글 플레이, 카카오페이로 가능합니다.')
          + footer('© 2025 얼굴바꿔 주식회사', [['/terms', '이용약관']]),
      },
      {
        path: '/policy', title: '안전 정책 - 얼굴바꿔',
        body: nav([['/', '홈'], ['/templates', '템플릿'], ['/pricing', '요금제'], ['/policy', '안전 정책']], '얼굴바꿔')
          + h1('딥페이크 악용 방지 정책')
          + ol(
            '업로드한 얼굴 사진은 합성 후 즉시 삭제되며, 학습에 사용하지 않습니다.',
            '타인의 사진은 본인 동의를 받은 경우에만 사용할 수 있습니다.',
            '성적 합성물 제작·유포는 성폭력처벌법에 따라 처벌되는 범죄입니다. 얼굴바꿔에는 이를 위한 기능이 없으며, 우회 시도 계정은 영구 정지하고 수사기관에 협조합니다.',
            '모든 결과물에는 보이는 워터마크와 보이지 않는 식별 정보가 들어갑니다.',
          )
          + p('피해를 입으셨다면 디지털성범죄피해자지원센터나 경찰에 신고하고, 앱 내 “신고하기”로 알려 주세요.')
          + footer('© 2025 얼굴바꿔 주식회사', [['/privacy', '개인정보처리방침']]),
      },
    ],
  },
  {
    host: 'hanbit-ilbo-tech.test', lang: 'ko', label: 'unrelated', shape: 'news', author: 'fresh-i', pages: [
      {
        path: '/', title: '한빛일보 IT·과학 - 오늘의 주요 기사',
        head: metaDescription('한빛일보 IT·과학 섹션: 텔레그램 딥페이크 봇 단속, AI 규제, 보안 소식.'),
        body: nav([['/', 'IT·과학'], ['/article/deepfake-bot-crackdown', '딥페이크 봇 단속'], ['/article/how-to-report', '피해 신고 방법'], ['/about', '회사 소개']], '한빛일보')
          + h1('IT·과학 주요 뉴스')
          + article(
            h2(a('/article/deepfake-bot-crackdown', '“사진 한 장이면 옷을 지워준다”… 텔레그램 딥페이크 봇 무더기 적발')),
            p('경찰이 AI로 사진 속 인물의 옷을 지우는 이른바 ‘탈의 봇’과 얼굴 합성 영상을 만들어 주는 텔레그램 봇 운영자들을 대거 입건했다. 일부 봇은 이용자가 수십만 명에 달했고 코인 충전 방식으로 수익을 올린 것으로 드러났다.'),
          )
          + article(
            h2(a('/article/how-to-report', '딥페이크 피해, 이렇게 신고하세요… 삭제 지원부터 증거 보존까지')),
            p('내 얼굴이 합성된 사진이나 영상을 발견했다면 당황하지 말고 증거를 먼저 남겨야 한다. 전문가들이 알려주는 단계별 대응법을 정리했다.'),
          )
          + article(h2('생성형 AI 워터마크 의무화 법안, 국회 상임위 통과'), p('AI로 만든 이미지와 영상에 식별 표시를 의무화하는 법안이 상임위를 통과했다. 업계는 기술적 기준 마련이 먼저라는 입장이다.'))
          + article(h2('학교 현장 “딥페이크 예방 교육” 확대… 교사용 지침 배포'), p('교육 당국은 새 학기부터 모든 중·고교에서 딥페이크 성범죄 예방 교육을 실시하도록 하고, 피해 발생 시 대응 절차를 담은 지침을 배포했다.'))
          + textForm('기사 검색', '검색')
          + footer('© 2025 한빛일보. 무단 전재 및 재배포 금지.', [['/about', '회사 소개'], ['/ethics', '윤리강령'], ['/contact', '독자 제보']]),
      },
      {
        path: '/article/deepfake-bot-crackdown', title: '“사진 한 장이면 옷을 지워준다”… 텔레그램 딥페이크 봇 무더기 적발 - 한빛일보',
        head: jsonLd({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: '“사진 한 장이면 옷을 지워준다”… 텔레그램 딥페이크 봇 무더기 적발', datePublished: '2025-05-14', author: { '@type': 'Person', name: '한빛일보 IT팀' } }),
        body: nav([['/', 'IT·과학'], ['/article/how-to-report', '피해 신고 방법']], '한빛일보')
          + article(
            h1('“사진 한 장이면 옷을 지워준다”… 텔레그램 딥페이크 봇 무더기 적발'),
            p('경찰청 사이버수사 부서는 AI를 이용해 사진 속 인물의 옷을 지운 합성물을 만들어 준 텔레그램 봇 12개와 얼굴 합성 영상을 제작해 준 채널 운영자 등 27명을 성폭력처벌법 위반 혐의로 입건했다고 밝혔다.'),
            p('이들 봇은 “첫 2회 무료”, “수영복·속옷·완전 탈의 3단계 모드”, “차단돼도 백업 봇으로 코인 이전” 같은 문구로 이용자를 끌어모았다. 이용자는 문화상품권이나 가상자산으로 코인을 충전한 뒤 지인의 SNS 사진을 보내 합성물을 받은 것으로 조사됐다. 한 봇은 누적 이용자가 30만 명을 넘었다.'),
            p('경찰 관계자는 “봇 운영자가 ‘책임은 이용자에게 있다’는 약관을 내세워도 제작을 도운 책임을 피할 수 없다”며 “합성물을 요청하거나 소지·시청한 이용자도 처벌 대상”이라고 강조했다.'),
            p('전문가들은 봇이 차단돼도 새 주소로 옮겨 가는 ‘백업 채널’ 구조 때문에 플랫폼 차원의 신속한 대응과 국제 공조가 필요하다고 지적했다.'),
          )
          + footer('© 2025 한빛일보', [['/article/how-to-report', '피해 신고 방법']]),
      },
      {
        path: '/article/how-to-report', title: '딥페이크 피해, 이렇게 신고하세요 - 한빛일보',
        body: nav([['/', 'IT·과학'], ['/article/deepfake-bot-crackdown', '딥페이크 봇 단속']], '한빛일보')
          + article(
            h1('딥페이크 피해, 이렇게 신고하세요… 삭제 지원부터 증거 보존까지'),
            ol(
              '화면 캡처와 URL, 게시자 아이디, 날짜를 기록해 증거를 남긴다.',
              '합성물을 직접 퍼뜨리거나 가해자와 협상하지 않는다.',
              '경찰 사이버범죄 신고 시스템이나 가까운 경찰서에 신고한다.',
              '디지털성범죄피해자지원센터에 삭제 지원을 요청한다.',
              '플랫폼의 신고 기능으로 게시물과 계정을 신고한다.',
            ),
            p('지원센터 관계자는 “피해자가 혼자 검색하며 2차 피해를 입지 않도록 삭제 모니터링을 맡겨 달라”고 당부했다.'),
          )
          + footer('© 2025 한빛일보', [['/', 'IT·과학']]),
      },
      {
        path: '/about', title: '회사 소개 - 한빛일보',
        body: nav([['/', 'IT·과학']], '한빛일보')
          + h1('한빛일보 소개')
          + p('한빛일보는 정치, 경제, 사회, IT·과학 분야의 뉴스를 전하는 종합 일간지입니다. IT·과학팀은 인공지능, 사이버 보안, 디지털 성범죄 문제를 꾸준히 취재하고 있으며, 피해자 보호를 위해 합성물의 이미지나 봇 주소를 기사에 싣지 않는 보도 원칙을 지키고 있습니다. 제보는 tip@hanbit-ilbo-tech.test 로 보내 주세요.')
          + footer('© 2025 한빛일보', [['/ethics', '윤리강령']]),
      },
    ],
  },
  {
    host: 'anhsach-ghostshop.test', lang: 'vi', label: 'unrelated', shape: 'ghost-mannequin', author: 'fresh-i', pages: [
      {
        path: '/', title: 'ẢnhSạch Ghost - Xóa ma-nơ-canh, xóa nền, ảnh quần áo 3D cho shop online',
        head: metaDescription('Dịch vụ chỉnh ảnh sản phẩm thời trang: xóa ma-nơ-canh (ghost mannequin), xóa nền trắng, xóa nếp nhăn quần áo. Giao ảnh trong 24 giờ.'),
        body: nav([['/', 'Trang chủ'], ['/dich-vu', 'Dịch vụ'], ['/bang-gia', 'Bảng giá'], ['/cau-hoi', 'Câu hỏi']], 'ẢnhSạch Ghost')
          + h1('Ảnh quần áo "tàng hình" chuyên nghiệp cho shop thời trang')
          + p('Bạn chụp áo trên ma-nơ-canh, chúng tôi xóa ma-nơ-canh đi và ghép phần cổ áo, lót trong để chiếc áo trông như đang được mặc bởi một người vô hình. Đây là kỹ thuật ghost mannequin mà các thương hiệu lớn dùng cho ảnh sản phẩm trên Shopee, Lazada, TikTok Shop và website riêng.')
          + upload('Tải lên ảnh sản phẩm (tối đa 50 ảnh)', '/upload/batch', 'Gửi ảnh')
          + h2('Dịch vụ của chúng tôi')
          + ul(
            'Xóa ma-nơ-canh và ghép cổ áo 3D (ghost mannequin)',
            'Xóa nền, tách nền trắng chuẩn sàn thương mại điện tử',
            'Xóa nếp nhăn, xơ vải, chỉ thừa trên quần áo',
            'Chỉnh màu vải đúng với sản phẩm thật',
            'Ghép ảnh flat-lay và tạo bóng đổ tự nhiên',
          )
          + h2('Vì sao chọn ẢnhSạch')
          + p('Đội ngũ 25 retoucher kết hợp công cụ AI, xử lý hơn 40.000 ảnh mỗi tháng cho hơn 600 shop. Giao ảnh trong 24 giờ, sửa miễn phí đến khi bạn hài lòng.')
          + blockquote('"Ảnh áo sơ mi sau khi xóa ma-nơ-canh nhìn cao cấp hẳn, tỉ lệ chuyển đổi tăng rõ."', '— Chủ shop thời trang nam, Đà Nẵng')
          + cookieBanner('Website sử dụng cookie để cải thiện trải nghiệm.', 'Đồng ý')
          + footer('© 2025 ẢnhSạch Studio · Hotline 0900 000 000 · 12 Nguyễn Trãi, TP.HCM', [['/chinh-sach', 'Chính sách'], ['/cau-hoi', 'Câu hỏi'], ['https://zalo.me/0900000000', 'Zalo']]),
      },
      {
        path: '/dich-vu', title: 'Dịch vụ chỉnh ảnh sản phẩm - ẢnhSạch Ghost',
        body: nav([['/', 'Trang chủ'], ['/dich-vu', 'Dịch vụ'], ['/bang-gia', 'Bảng giá'], ['/cau-hoi', 'Câu hỏi']], 'ẢnhSạch Ghost')
          + h1('Chi tiết dịch vụ')
          + h3('Ghost mannequin (xóa ma-nơ-canh)')
          + p('Chụp 2 ảnh: một ảnh áo trên ma-nơ-canh và một ảnh mặt trong cổ áo. Chúng tôi xóa ma-nơ-canh và ghép lại để tạo hiệu ứng 3D rỗng.')
          + h3('Xóa nền và làm sạch')
          + p('Tách nền trắng hoặc nền màu thương hiệu, xóa bụi, nếp nhăn, xơ vải. Phù hợp quần áo, giày dép, túi xách, đồ bơi và đồ lót chụp trên ma-nơ-canh.')
          + h3('Lưu ý')
          + p('Chúng tôi chỉ xử lý ảnh sản phẩm. Không nhận chỉnh sửa ảnh người thật theo yêu cầu "xóa đồ" hay bất kỳ nội dung nhạy cảm nào.')
          + footer('© 2025 ẢnhSạch Studio', [['/chinh-sach', 'Chính sách']]),
      },
      {
        path: '/bang-gia', title: 'Bảng giá - ẢnhSạch Ghost',
        body: nav([['/', 'Trang chủ'], ['/dich-vu', 'Dịch vụ'], ['/bang-gia', 'Bảng giá'], ['/cau-hoi', 'Câu hỏi']], 'ẢnhSạch Ghost')
          + h1('Bảng giá chỉnh ảnh')
          + priceTable(['Dịch vụ', 'Giá / ảnh', 'Thời gian'], [['Xóa nền cơ bản', '8.000đ', '12 giờ'], ['Xóa nền + xóa nếp nhăn', '15.000đ', '24 giờ'], ['Ghost mannequin', '35.000đ', '24 giờ'], ['Gói shop 500 ảnh/tháng', '5.900.000đ', 'Ưu tiên']])
          + p('Giảm 10% cho đơn trên 200 ảnh. Thanh toán chuyển khoản, MoMo, có xuất hóa đơn VAT cho doanh nghiệp. Miễn phí 5 ảnh thử đầu tiên.')
          + footer('© 2025 ẢnhSạch Studio', [['/cau-hoi', 'Câu hỏi']]),
      },
      {
        path: '/cau-hoi', title: 'Câu hỏi thường gặp - ẢnhSạch Ghost',
        body: nav([['/', 'Trang chủ'], ['/dich-vu', 'Dịch vụ'], ['/bang-gia', 'Bảng giá'], ['/cau-hoi', 'Câu hỏi']], 'ẢnhSạch Ghost')
          + faq('Câu hỏi thường gặp', [
            ['Tôi không có ma-nơ-canh thì sao?', 'Bạn có thể chụp flat-lay (trải phẳng), chúng tôi vẫn làm ảnh đẹp và tạo bóng tự nhiên.'],
            ['Có dùng AI không?', 'Có, AI xử lý bước xóa nền ban đầu, sau đó retoucher hoàn thiện thủ công.'],
            ['Ảnh của tôi có bị chia sẻ?', 'Không. Ảnh chỉ dùng cho đơn hàng của bạn và xóa sau 30 ngày.'],
            ['Có nhận chỉnh ảnh người mẫu không?', 'Chỉ nhận chỉnh màu, ánh sáng, nếp nhăn trang phục khi shop có hợp đồng với người mẫu.'],
          ])
          + footer('© 2025 ẢnhSạch Studio', [['/chinh-sach', 'Chính sách']]),
      },
    ],
  },
  {
    host: 'cybercop-thai-alert.test', lang: 'th', label: 'unrelated', shape: 'government', author: 'fresh-i', pages: [
      {
        path: '/', title: 'ศูนย์เตือนภัยไซเบอร์ - ประกาศเตือน แอปถอดเสื้อผ้า AI และ ดีปเฟก',
        head: metaDescription('ศูนย์เตือนภัยไซเบอร์ เตือน ประชาชน ระวัง แอป และ บอต ถอดเสื้อผ้า ด้วย AI การ ตัดต่อ ภาพ ดีปเฟก และ วิธี แจ้งความ ออนไลน์'),
        body: nav([['/', 'หน้าแรก'], ['/warning/ai-undress-apps', 'ประกาศเตือนภัย'], ['/report', 'แจ้งเหตุ'], ['/faq', 'คำถามที่พบบ่อย']], 'ศูนย์เตือนภัยไซเบอร์')
          + h1('ประกาศเตือนภัย: แอป และ บอต "ถอดเสื้อผ้า AI" ที่ ระบาด ใน โซเชียล')
          + p('ศูนย์เตือนภัยไซเบอร์ ได้รับ แจ้ง เหตุ จำนวนมาก เกี่ยวกับ เว็บไซต์ แอปพลิเคชัน และ บอต Telegram ที่ โฆษณา ว่า "ถอดเสื้อผ้า ด้วย AI เพียง อัปโหลด รูปเดียว" หรือ "ตัดต่อ หน้า ใส่ คลิป 18+" ผู้ไม่หวังดี นำ รูปภาพ ของ ผู้อื่น จาก โซเชียลมีเดีย ไป สร้าง ภาพ อนาจาร ปลอม แล้ว ใช้ ข่มขู่ เรียกเงิน หรือ เผยแพร่ เพื่อ ทำลาย ชื่อเสียง')
          + h2('สิ่ง ที่ ประชาชน ควร รู้')
          + ul(
            'การ สร้าง หรือ เผยแพร่ ภาพ อนาจาร ปลอม ของ ผู้อื่น โดย ไม่ ยินยอม เป็น ความผิด ตาม กฎหมาย',
            'ผู้ ที่ สั่งทำ หรือ ส่งต่อ ภาพ ก็ อาจ มี ความผิด ด้วย',
            'เว็บ ถอดเสื้อผ้า หลายแห่ง เป็น เว็บ หลอก ขโมย ข้อมูล บัตร และ ติดตั้ง มัลแวร์ ผ่าน ไฟล์ APK',
            'อย่า จ่ายเงิน ให้ ผู้ ที่ ข่มขู่ ว่า จะ ปล่อย ภาพ',
          )
          + h2('หาก ตกเป็น ผู้เสียหาย')
          + ol('เก็บ หลักฐาน เช่น ภาพหน้าจอ ลิงก์ และ ชื่อบัญชี', 'แจ้ง แพลตฟอร์ม ให้ ลบ เนื้อหา', 'แจ้งความ ออนไลน์ ผ่าน หน้า แจ้งเหตุ ของ เว็บไซต์ นี้', 'ติดต่อ ศูนย์ ช่วยเหลือ เพื่อ รับ คำปรึกษา')
          + p(a('/report', 'แจ้งเหตุ ออนไลน์ ตลอด 24 ชั่วโมง') + ' หรือ โทร สายด่วน 0-2000-0000')
          + footer('ศูนย์เตือนภัยไซเบอร์ (เว็บไซต์ จำลอง เพื่อ การ ทดสอบ) · ถนน ตัวอย่าง กรุงเทพฯ', [['/faq', 'คำถามที่พบบ่อย'], ['/report', 'แจ้งเหตุ'], ['/privacy', 'นโยบาย ความเป็นส่วนตัว']]),
      },
      {
        path: '/warning/ai-undress-apps', title: 'ประกาศเตือนภัย ฉบับที่ 14/2568 - แอปถอดเสื้อผ้า AI',
        body: nav([['/', 'หน้าแรก'], ['/warning/ai-undress-apps', 'ประกาศเตือนภัย'], ['/report', 'แจ้งเหตุ'], ['/faq', 'คำถามที่พบบ่อย']], 'ศูนย์เตือนภัยไซเบอร์')
          + h1('ประกาศ ฉบับที่ 14/2568 เรื่อง ภัย จาก บริการ ตัดต่อ ภาพ อนาจาร ด้วย AI')
          + p('จาก การ ตรวจสอบ พบ ว่า บริการ เหล่านี้ มัก ใช้ ข้อความ โฆษณา เช่น "ถอดหมด ใน 10 วินาที" "โหมด ซีทรู" "เว็บหลัก ถูกบล็อก ใช้ ลิงก์สำรอง" และ "เติมเครดิต ผ่าน TrueMoney หรือ คริปโต" บางราย เปิด ลิงก์สำรอง ใหม่ ทุก สัปดาห์ เพื่อ หลบ การ ปิดกั้น')
          + p('ศูนย์ฯ ได้ ประสาน ผู้ให้บริการ อินเทอร์เน็ต และ แพลตฟอร์ม เพื่อ ปิดกั้น เว็บไซต์ แล้ว กว่า 40 โดเมน และ ขอ ความร่วมมือ ประชาชน ไม่ คลิก ลิงก์ ไม่ ดาวน์โหลด แอป และ ไม่ ส่งต่อ ภาพ ที่ สงสัย ว่า ถูก ตัดต่อ')
          + footer('ศูนย์เตือนภัยไซเบอร์', [['/report', 'แจ้งเหตุ']]),
      },
      {
        path: '/report', title: 'แจ้งเหตุ ออนไลน์ - ศูนย์เตือนภัยไซเบอร์',
        body: nav([['/', 'หน้าแรก'], ['/warning/ai-undress-apps', 'ประกาศเตือนภัย'], ['/report', 'แจ้งเหตุ'], ['/faq', 'คำถามที่พบบ่อย']], 'ศูนย์เตือนภัยไซเบอร์')
          + h1('แจ้งเหตุ ภาพ ตัดต่อ หรือ เว็บไซต์ ผิดกฎหมาย')
          + p('กรอก ข้อมูล ให้ ครบถ้วน เจ้าหน้าที่ จะ ติดต่อ กลับ ภายใน 24 ชั่วโมง ข้อมูล ของ ผู้แจ้ง จะ ถูก เก็บ เป็น ความลับ ท่าน ไม่ จำเป็น ต้อง แนบ ภาพ ที่ ถูก ตัดต่อ ใน แบบฟอร์ม นี้ เจ้าหน้าที่ จะ รับ หลักฐาน ผ่าน ช่องทาง ที่ ปลอดภัย')
          + p('กรณี เร่งด่วน เช่น ถูก ข่มขู่ เรียกเงิน ให้ โทร สายด่วน 0-2000-0000 ได้ ทันที ตลอด 24 ชั่วโมง')
          + orderForm(['ชื่อ ผู้แจ้ง', 'เบอร์ ติดต่อ', 'ลิงก์ เว็บไซต์ หรือ ชื่อ บอต', 'รายละเอียด เหตุการณ์'], 'ส่ง เรื่อง')
          + footer('ศูนย์เตือนภัยไซเบอร์', [['/privacy', 'นโยบาย ความเป็นส่วนตัว']]),
      },
      {
        path: '/faq', title: 'คำถามที่พบบ่อย - ศูนย์เตือนภัยไซเบอร์',
        body: nav([['/', 'หน้าแรก'], ['/warning/ai-undress-apps', 'ประกาศเตือนภัย'], ['/report', 'แจ้งเหตุ']], 'ศูนย์เตือนภัยไซเบอร์')
          + faq('คำถาม ที่ พบบ่อย', [
            ['ภาพ ของ ฉัน ถูก ตัดต่อ ต้อง ทำ อย่างไร', 'เก็บ หลักฐาน ให้ มาก ที่สุด แล้ว แจ้งเหตุ ผ่าน เว็บไซต์ นี้ หรือ สถานีตำรวจ ใกล้บ้าน'],
            ['แค่ ลอง ใช้ แอป ถอดเสื้อผ้า กับ รูป เพื่อน ผิด ไหม', 'การ สร้าง ภาพ อนาจาร ของ ผู้อื่น โดย ไม่ ยินยอม อาจ เป็น ความผิด แม้ จะ ไม่ ได้ เผยแพร่'],
            ['ลบ ภาพ ออกจาก อินเทอร์เน็ต ได้ ไหม', 'เจ้าหน้าที่ สามารถ ประสาน แพลตฟอร์ม ให้ ลบ และ ปิดกั้น ได้ ยิ่ง แจ้ง เร็ว ยิ่ง ดี'],
          ])
          + footer('ศูนย์เตือนภัยไซเบอร์', [['/report', 'แจ้งเหตุ']]),
      },
    ],
  },
  {
    host: 'cobabaju-virtual.test', lang: 'id', label: 'unrelated', shape: 'virtual-try-on', author: 'fresh-i', pages: [
      {
        path: '/', title: 'CobaBaju - Virtual Try-On AI untuk Toko Fashion Online',
        head: metaDescription('CobaBaju: pembeli bisa coba baju secara virtual dari HP. Tingkatkan konversi dan kurangi retur toko fashion online kamu.'),
        body: nav([['/', 'Beranda'], ['/fitur', 'Fitur'], ['/harga', 'Harga'], ['/kebijakan', 'Kebijakan Konten']], 'CobaBaju')
          + h1('Biarkan pembeli coba baju sebelum checkout')
          + p('CobaBaju adalah widget virtual try-on berbasis AI untuk toko fashion online. Pembeli cukup unggah foto diri atau pilih avatar, lalu melihat bagaimana kemeja, gamis, atau jaket dari toko kamu terlihat saat dipakai. Ganti baju, ganti warna, ganti ukuran, semuanya dalam hitungan detik, langsung dari halaman produk.')
          + upload('Coba demo: unggah foto seluruh badan', '/demo/try-on', 'Coba sekarang')
          + h2('Kenapa toko memilih CobaBaju')
          + ul(
            'Konversi naik rata-rata 27% pada produk yang memakai tombol "Coba Virtual"',
            'Retur karena "tidak cocok dipakai" turun hingga 35%',
            'Terhubung dengan Shopify, WooCommerce, dan toko di marketplace lewat link',
            'Mendukung hijab, gamis, batik, dan busana muslim',
            'Foto pembeli diproses lalu dihapus, tidak pernah disimpan',
          )
          + blockquote('"Sejak pakai CobaBaju, pembeli lebih yakin beli gamis online."', '— Pemilik toko busana muslim, Bandung')
          + p('Sudah dipakai lebih dari 1.800 toko di Indonesia dan Malaysia. Pasang dalam 10 menit tanpa coding: cukup salin satu baris skrip ke halaman produk, atau gunakan aplikasi resmi kami di Shopify App Store.')
          + cookieBanner('Kami memakai cookie untuk menganalisis penggunaan situs.', 'Setuju', 'Tolak')
          + footer('© 2025 PT CobaBaju Teknologi Indonesia', [['/kebijakan', 'Kebijakan Konten'], ['/privasi', 'Privasi'], ['/syarat', 'Syarat Layanan']]),
      },
      {
        path: '/fitur', title: 'Fitur - CobaBaju',
        body: nav([['/', 'Beranda'], ['/fitur', 'Fitur'], ['/harga', 'Harga'], ['/kebijakan', 'Kebijakan Konten']], 'CobaBaju')
          + h1('Fitur lengkap')
          + ul(
            'Ganti baju virtual: pakaian dari katalog langsung "dipakaikan" ke foto pembeli',
            'Lepas-pasang outfit: padukan atasan, bawahan, dan aksesori',
            'Avatar ukuran tubuh untuk pembeli yang tidak mau unggah foto',
            'Rekomendasi ukuran berdasarkan tinggi dan berat badan',
            'Analitik: produk mana yang paling sering dicoba',
          )
          + p('Kategori pakaian dalam dan baju renang hanya ditampilkan pada avatar dan model virtual, tidak pada foto pembeli, demi privasi.')
          + footer('© 2025 PT CobaBaju Teknologi Indonesia', [['/kebijakan', 'Kebijakan Konten']]),
      },
      {
        path: '/harga', title: 'Harga - CobaBaju',
        body: nav([['/', 'Beranda'], ['/fitur', 'Fitur'], ['/harga', 'Harga'], ['/kebijakan', 'Kebijakan Konten']], 'CobaBaju')
          + h1('Paket harga')
          + priceTable(['Paket', 'Harga', 'Kuota try-on', 'Cocok untuk'], [['Starter', 'Rp249.000/bulan', '1.000', 'Toko baru'], ['Growth', 'Rp899.000/bulan', '10.000', 'Toko berkembang'], ['Enterprise', 'Hubungi kami', 'Tak terbatas', 'Brand besar']])
          + p('Gratis 14 hari tanpa kartu kredit. Pembayaran lewat transfer bank, virtual account, atau kartu. Faktur pajak tersedia.')
          + p('Kuota try-on yang tidak terpakai tidak hangus dan dibawa ke bulan berikutnya, maksimal dua kali kuota paket. Upgrade atau downgrade paket bisa dilakukan kapan saja dari dasbor toko, dan tim onboarding kami siap membantu pemasangan widget secara gratis.')
          + footer('© 2025 PT CobaBaju Teknologi Indonesia', [['/syarat', 'Syarat Layanan']]),
      },
      {
        path: '/kebijakan', title: 'Kebijakan Konten - CobaBaju',
        body: nav([['/', 'Beranda'], ['/fitur', 'Fitur'], ['/harga', 'Harga'], ['/kebijakan', 'Kebijakan Konten']], 'CobaBaju')
          + h1('Kebijakan Konten dan Keamanan')
          + p('CobaBaju hanya menambahkan pakaian dari katalog toko ke foto, tidak pernah menghapus pakaian. Kami tidak menyediakan fitur "hapus baju", "tembus pandang", atau mode dewasa dalam bentuk apa pun, dan permintaan semacam itu diblokir otomatis.')
          + ul('Foto pembeli dihapus maksimal 1 jam setelah diproses', 'Dilarang mengunggah foto orang lain tanpa izin', 'Foto anak-anak tidak dapat diproses', 'Pelanggaran dapat dilaporkan ke abuse@cobabaju-virtual.test')
          + footer('© 2025 PT CobaBaju Teknologi Indonesia', [['/privasi', 'Privasi']]),
      },
    ],
  },
  {
    host: 'panah-amn.test', lang: 'fa', label: 'unrelated', shape: 'victim-help', author: 'fresh-i', pages: [
      {
        path: '/', title: 'پناه امن | کمک به قربانیان عکس‌های جعلی و دیپ‌فیک',
        head: metaDescription('اگر عکس جعلی برهنه یا ویدیوی دیپ‌فیک از شما ساخته شده، تنها نیستید. راهنمای گام‌به‌گام، حذف محتوا و مشاوره رایگان و محرمانه.'),
        body: nav([['/', 'خانه'], ['/rahnama-gam-be-gam', 'راهنمای گام‌به‌گام'], ['/gozaresh', 'درخواست کمک'], ['/soalat', 'پرسش‌های رایج']], 'پناه امن')
          + h1('عکس جعلی از شما ساخته‌اند؟ تقصیر شما نیست.')
          + p('این روزها برنامه‌ها و ربات‌های تلگرامی زیادی با تبلیغاتی مثل «با هوش مصنوعی لباس را از هر عکسی حذف کن» یا «چهره را در ویدیوی +۱۸ بگذار» پیدا می‌شوند. افراد سودجو با یک عکس معمولی از اینستاگرام، تصویر برهنهٔ جعلی می‌سازند و از آن برای باج‌گیری، آزار یا آبروریزی استفاده می‌کنند. پناه امن یک گروه داوطلب مستقل است که به‌صورت رایگان و محرمانه به قربانیان کمک می‌کند.')
          + h2('همین حالا چه کنید؟')
          + ol(
            'آرامش خود را حفظ کنید و به باج‌گیر پول ندهید؛ پرداخت معمولاً درخواست‌های بیشتری به دنبال دارد.',
            'از پیام‌ها، لینک‌ها و نام کاربری فرد اسکرین‌شات بگیرید و تاریخ را یادداشت کنید.',
            'محتوا را در همان پلتفرم گزارش دهید.',
            'با ما تماس بگیرید تا در درخواست حذف و مراحل بعدی همراهتان باشیم.',
          )
          + p(a('/gozaresh', 'درخواست کمک محرمانه ←'))
          + h2('ما چه کمکی می‌کنیم')
          + ul('کمک در ارسال درخواست حذف به پلتفرم‌ها و موتورهای جست‌وجو', 'راهنمایی حقوقی اولیه و معرفی وکیل داوطلب', 'گفت‌وگو با مشاور روان‌شناس', 'آموزش امن‌سازی حساب‌های شبکه‌های اجتماعی')
          + p('ما هیچ‌گاه از شما نمی‌خواهیم تصویر جعلی را برای ما بفرستید. فقط لینک یا توضیح کافی است.')
          + footer('پناه امن — گروه داوطلب مستقل · پاسخ‌گویی هر روز ۱۰ تا ۲۲', [['/soalat', 'پرسش‌های رایج'], ['/privacy', 'حریم خصوصی'], ['https://t.me/panah_amn_help', 'تلگرام پشتیبانی']]),
      },
      {
        path: '/rahnama-gam-be-gam', title: 'راهنمای گام‌به‌گام | پناه امن',
        body: nav([['/', 'خانه'], ['/rahnama-gam-be-gam', 'راهنمای گام‌به‌گام'], ['/gozaresh', 'درخواست کمک'], ['/soalat', 'پرسش‌های رایج']], 'پناه امن')
          + h1('راهنمای گام‌به‌گام برای قربانیان')
          + h3('۱. ثبت شواهد')
          + p('از صفحه‌ها و گفت‌وگوها اسکرین‌شات بگیرید، نشانی اینترنتی را کپی کنید و نام کاربری و شناسهٔ حساب را بنویسید. فایل تصویر جعلی را تا جای ممکن بازنشر نکنید.')
          + h3('۲. گزارش به پلتفرم')
          + p('اینستاگرام، تلگرام و بیشتر سایت‌ها گزینهٔ گزارش «تصاویر خصوصی بدون رضایت» دارند. در توضیح بنویسید تصویر با هوش مصنوعی جعل شده است.')
          + h3('۳. کمک گرفتن')
          + p('با ما یا یک مشاور حقوقی تماس بگیرید. در بسیاری از کشورها ساخت و انتشار چنین تصاویری جرم است، حتی اگر جعلی باشد.')
          + footer('پناه امن', [['/gozaresh', 'درخواست کمک']]),
      },
      {
        path: '/gozaresh', title: 'درخواست کمک | پناه امن',
        body: nav([['/', 'خانه'], ['/rahnama-gam-be-gam', 'راهنمای گام‌به‌گام'], ['/gozaresh', 'درخواست کمک'], ['/soalat', 'پرسش‌های رایج']], 'پناه امن')
          + h1('درخواست کمک محرمانه')
          + p('این فرم رمزگذاری می‌شود و فقط دو نفر از هماهنگ‌کنندگان آن را می‌بینند. می‌توانید با نام مستعار بنویسید. لطفاً تصویر ارسال نکنید؛ فقط لینک یا توضیح بدهید.')
          + orderForm(['نام یا نام مستعار', 'راه تماس امن (تلگرام، ایمیل)', 'لینک محتوا یا نام ربات/سایت', 'شرح کوتاه ماجرا'], 'ارسال درخواست')
          + p('معمولاً ظرف ۲۴ ساعت پاسخ می‌دهیم. اگر در خطر فوری هستید، با پلیس یا اورژانس محل زندگی خود تماس بگیرید.')
          + footer('پناه امن', [['/privacy', 'حریم خصوصی']]),
      },
      {
        path: '/soalat', title: 'پرسش‌های رایج | پناه امن',
        body: nav([['/', 'خانه'], ['/rahnama-gam-be-gam', 'راهنمای گام‌به‌گام'], ['/gozaresh', 'درخواست کمک']], 'پناه امن')
          + faq('پرسش‌های رایج', [
            ['آیا همه می‌فهمند عکس جعلی است؟', 'نه همیشه؛ برای همین ثبت شواهد و درخواست حذف سریع اهمیت دارد.'],
            ['آیا خدمات شما هزینه دارد؟', 'خیر، همهٔ خدمات رایگان است و هیچ‌وقت از شما پول نمی‌خواهیم.'],
            ['اگر باج‌گیر در کشور دیگری باشد چه؟', 'باز هم می‌توان از پلتفرم‌ها درخواست حذف کرد و ما در این مسیر کمکتان می‌کنیم.'],
            ['آیا باید به خانواده بگویم؟', 'تصمیم با شماست؛ مشاوران ما می‌توانند در این گفت‌وگو همراهتان باشند.'],
          ])
          + footer('پناه امن', [['/', 'خانه']]),
      },
    ],
  },
  {
    host: 'ben-ami-law.test', lang: 'he', label: 'unrelated', shape: 'law-firm', author: 'fresh-i', pages: [
      {
        path: '/', title: 'בן עמי ושות׳ – משרד עורכי דין לפרטיות, לשון הרע ודיפפייק',
        head: metaDescription('משרד בן עמי ושות׳ מלווה נפגעי דיפפייק, תמונות עירום מזויפות ואפליקציות הפשטה: הסרת תכנים, צווים ותביעות פיצויים.')
          + jsonLd({ '@context': 'https://schema.org', '@type': 'LegalService', name: 'בן עמי ושות׳', areaServed: 'IL', telephone: '+972-3-000-0000' }),
        body: nav([['/', 'ראשי'], ['/deepfake', 'נפגעי דיפפייק'], ['/hasarat-tochen', 'הסרת תכנים'], ['/tzor-kesher', 'צור קשר']], 'בן עמי ושות׳')
          + h1('נפגעתם מדיפפייק או מתמונה מזויפת? יש לכם זכויות.')
          + p('משרד בן עמי ושות׳ מתמחה בדיני פרטיות, לשון הרע והגנה על נפגעי פגיעות מקוונות. בשנים האחרונות אנו מטפלים בעשרות תיקים של נפגעים ונפגעות שתמונותיהם הוכנסו לאפליקציות "הפשטה" מבוססות בינה מלאכותית או שולבו בסרטוני מבוגרים מזויפים, והופצו בקבוצות טלגרם וברשתות החברתיות.')
          + h2('תחומי הטיפול שלנו')
          + ul(
            'הסרה דחופה של תכנים מפלטפורמות, אתרים ומנועי חיפוש',
            'צווי מניעה וחשיפת זהות מפיצים אנונימיים',
            'תביעות פיצויים נגד יוצרי התוכן, מפיציו ומפעילי שירותי הדיפפייק',
            'ליווי בהגשת תלונה במשטרה',
            'ייעוץ למוסדות חינוך ומעסיקים שהתמודדו עם אירוע כזה',
          )
          + h2('למה לפנות מהר')
          + p('ככל שהפנייה מוקדמת יותר, קל יותר לשמר ראיות ולמנוע הפצה נוספת. פגישת הייעוץ הראשונה לנפגעים היא ללא עלות, ובדיסקרטיות מלאה.')
          + blockquote('"תוך יומיים הסרטון ירד מכל האתרים שמצאנו. לא האמנתי שזה אפשרי."', '— לקוחה, המרכז')
          + p('המשרד אינו מספק שירותי עריכת תמונות או וידאו, ואינו משתף פעולה עם אתרים המציעים שירותים כאלה.')
          + cookieBanner('אתר זה משתמש בעוגיות לשיפור חוויית הגלישה.', 'מאשר', 'לא מאשר')
          + footer('בן עמי ושות׳, משרד עורכי דין · רחוב הדוגמה 1, תל אביב · 03-000-0000 · האמור באתר אינו מהווה ייעוץ משפטי', [['/tzor-kesher', 'צור קשר'], ['/privacy', 'מדיניות פרטיות'], ['/accessibility', 'הצהרת נגישות']]),
      },
      {
        path: '/deepfake', title: 'נפגעי דיפפייק – בן עמי ושות׳',
        body: nav([['/', 'ראשי'], ['/deepfake', 'נפגעי דיפפייק'], ['/hasarat-tochen', 'הסרת תכנים'], ['/tzor-kesher', 'צור קשר']], 'בן עמי ושות׳')
          + h1('דיפפייק ותמונות עירום מזויפות: מה אומר החוק?')
          + p('אתרים ובוטים רבים מפרסמים את עצמם במילים כמו "מסירים בגדים מכל תמונה" או "מכניסים כל פנים לסרטון 18+". העובדה שהתמונה מזויפת אינה מכשירה את הפגיעה: הפצת תמונה או סרטון בעלי אופי מיני של אדם מזוהה ללא הסכמתו עשויה להוות עבירה פלילית ועוולה אזרחית, לצד פגיעה בפרטיות ולשון הרע.')
          + p('גם מי שמזמין את התוכן, ולא רק מי שמפיץ אותו, עלול לשאת באחריות. מפעילי השירותים מסתתרים לרוב מאחורי תנאי שימוש הטוענים ש"האחריות על המשתמש", אך במקרים מסוימים ניתן לפעול גם נגדם ונגד ספקי התשלום והאחסון שלהם.')
          + footer('בן עמי ושות׳', [['/tzor-kesher', 'צור קשר']]),
      },
      {
        path: '/hasarat-tochen', title: 'הסרת תכנים – בן עמי ושות׳',
        body: nav([['/', 'ראשי'], ['/deepfake', 'נפגעי דיפפייק'], ['/hasarat-tochen', 'הסרת תכנים'], ['/tzor-kesher', 'צור קשר']], 'בן עמי ושות׳')
          + h1('הסרת תכנים פוגעניים מהרשת')
          + ol(
            'איתור: אנו ממפים היכן הופץ התוכן – אתרים, ערוצי טלגרם, רשתות חברתיות.',
            'תיעוד: שמירת ראיות באופן קביל לבית המשפט.',
            'פניות הסרה: לפלטפורמות, לחברות האחסון ולמנועי החיפוש.',
            'צווים: במקרה הצורך, פנייה דחופה לבית המשפט.',
          )
          + p('ברוב המקרים ניתן להוריד חלק ניכר מהתכנים בתוך ימים ספורים. אנו ממשיכים לנטר ולדווח על העלאות חוזרות, כדי שהנפגעים לא יצטרכו לחפש את התכנים בעצמם.')
          + footer('בן עמי ושות׳', [['/tzor-kesher', 'צור קשר']]),
      },
      {
        path: '/tzor-kesher', title: 'צור קשר – בן עמי ושות׳',
        body: nav([['/', 'ראשי'], ['/deepfake', 'נפגעי דיפפייק'], ['/hasarat-tochen', 'הסרת תכנים']], 'בן עמי ושות׳')
          + h1('צור קשר')
          + p('השאירו פרטים ונחזור אליכם עוד היום. אין צורך לצרף את התוכן הפוגעני – די בתיאור קצר ובקישור. כל פנייה נשמרת בסודיות מלאה וחוסה תחת חיסיון עורך דין–לקוח.')
          + orderForm(['שם מלא', 'טלפון', 'אימייל', 'תיאור קצר של המקרה'], 'שליחה')
          + p('טלפון: 03-000-0000 · שעות פעילות: א׳–ה׳ 9:00–19:00. במקרים דחופים, כמו סחיטה או הפצה מתמשכת, ניתן להשאיר הודעה גם מחוץ לשעות הפעילות ונחזור אליכם בהקדם האפשרי.')
          + footer('בן עמי ושות׳', [['/privacy', 'מדיניות פרטיות']]),
      },
    ],
  },
  {
    host: 'tahaqquq-raqmi.test', lang: 'ar', label: 'unrelated', shape: 'fact-check', author: 'fresh-i', pages: [
      {
        path: '/', title: 'تحقق رقمي - منصة عربية مستقلة لتدقيق الأخبار والصور',
        head: metaDescription('تحقق رقمي: منصة عربية مستقلة لتدقيق الادعاءات المنتشرة على وسائل التواصل، من الصور المفبركة إلى تطبيقات الذكاء الاصطناعي المضللة.'),
        body: nav([['/', 'الرئيسية'], ['/fact/ai-undress-app-claim', 'أحدث التحققات'], ['/methodology', 'منهجيتنا'], ['/about', 'من نحن']], 'تحقق رقمي')
          + h1('أحدث التحققات')
          + article(
            h2(a('/fact/ai-undress-app-claim', 'هل يستطيع تطبيق "يزيل الملابس من أي صورة مجاناً" فعل ذلك حقاً؟ الحكم: مضلل واحتيالي')),
            p('انتشرت إعلانات على تيك توك وتيليجرام لتطبيق يدّعي إزالة الملابس من أي صورة بالذكاء الاصطناعي مجاناً. تتبعنا الإعلانات وحمّلنا الملف في بيئة معزولة، ووجدنا أن الوعد المجاني فخ لجمع بيانات البطاقات، وأن التطبيق يحتوي برمجية خبيثة.'),
          )
          + article(h2('صورة "فيضانات في مدينة ساحلية" مولدة بالذكاء الاصطناعي — الحكم: مفبرك'), p('تحليل الظلال والنصوص في اللافتات يكشف أن الصورة ليست حقيقية.'))
          + article(h2('مقطع "تصريح مسؤول" بصوت مستنسخ — الحكم: ديب فيك صوتي'), p('مقارنة البصمة الصوتية مع تسجيلات أصلية أظهرت اختلافات واضحة.'))
          + h2('كيف تتحقق بنفسك؟')
          + ul('ابحث عن مصدر الصورة الأصلي عبر البحث العكسي', 'انتبه للتشوهات في الأيدي والخلفية والنصوص', 'لا تحمّل تطبيقات من روابط مجهولة تعدك بنتائج "سحرية"')
          + p('وصلتك رسالة أو إعلان مشبوه؟ أرسل لنا الرابط وسنتحقق منه مجاناً، ولن ننشر بياناتك الشخصية.')
          + textForm('أرسل لنا ادعاءً للتحقق منه', 'إرسال', '/submit')
          + cookieBanner('نستخدم ملفات تعريف الارتباط لقياس عدد الزيارات فقط.', 'موافق')
          + footer('© ٢٠٢٥ تحقق رقمي — منصة مستقلة غير ربحية', [['/methodology', 'منهجيتنا'], ['/about', 'من نحن'], ['/corrections', 'سياسة التصحيح']]),
      },
      {
        path: '/fact/ai-undress-app-claim', title: 'هل يزيل التطبيق الملابس من أي صورة مجاناً؟ الحكم: مضلل - تحقق رقمي',
        head: jsonLd({ '@context': 'https://schema.org', '@type': 'ClaimReview', claimReviewed: 'تطبيق يزيل الملابس من أي صورة مجاناً بالذكاء الاصطناعي', reviewRating: { '@type': 'Rating', alternateName: 'مضلل' }, author: { '@type': 'Organization', name: 'تحقق رقمي' }, datePublished: '2025-04-22' }),
        body: nav([['/', 'الرئيسية'], ['/methodology', 'منهجيتنا'], ['/about', 'من نحن']], 'تحقق رقمي')
          + article(
            h1('هل يستطيع تطبيق "يزيل الملابس من أي صورة مجاناً" فعل ذلك حقاً؟'),
            p('<strong>الادعاء:</strong> إعلانات تقول "ارفع أي صورة وسيُظهر لك الذكاء الاصطناعي النسخة بدون ملابس خلال ثوانٍ، مجاناً وبدون تسجيل، حمّل التطبيق الآن +18".'),
            p('<strong>الحكم: مضلل واحتيالي.</strong>'),
            p('تتبع فريقنا ١٢ إعلاناً مختلفاً قادتنا جميعها إلى ثلاثة نطاقات تتغير أسماؤها أسبوعياً. بعد تثبيت الملف في هاتف اختبار معزول، طلب التطبيق صلاحيات الوصول إلى الرسائل وجهات الاتصال، ثم عرض شاشة دفع "لفتح النتيجة" بقيمة ٩٩ دولاراً. لم يقدم أي نتيجة مجانية كما يزعم الإعلان، ورصد برنامج الحماية سلوكاً يشبه برمجيات سرقة البيانات.'),
            p('إلى جانب الاحتيال، يحذر خبراء قانونيون من أن إنشاء صور جنسية مزيفة لأشخاص حقيقيين دون موافقتهم يُعد جريمة في عدد متزايد من الدول العربية، ويعرّض الضحايا للابتزاز والتشهير.'),
          )
          + footer('© ٢٠٢٥ تحقق رقمي', [['/corrections', 'سياسة التصحيح']]),
      },
      {
        path: '/methodology', title: 'منهجيتنا - تحقق رقمي',
        body: nav([['/', 'الرئيسية'], ['/fact/ai-undress-app-claim', 'أحدث التحققات'], ['/methodology', 'منهجيتنا'], ['/about', 'من نحن']], 'تحقق رقمي')
          + h1('كيف نعمل')
          + ol('نختار الادعاءات الأكثر انتشاراً أو خطورة على الجمهور.', 'نتتبع المصدر الأصلي ونجمع الأدلة من مصادر مستقلة.', 'نختبر التطبيقات والروابط في بيئة معزولة ولا نرفع صور أشخاص حقيقيين أبداً.', 'نصدر حكماً من خمس درجات: صحيح، صحيح جزئياً، مضلل، مفبرك، احتيالي.')
          + p('نلتزم بمبادئ الشفافية ونصحح أخطاءنا علناً، ونذكر في كل تحقق المصادر التي اعتمدنا عليها وتاريخ آخر تحديث.')
          + footer('© ٢٠٢٥ تحقق رقمي', [['/about', 'من نحن']]),
      },
      {
        path: '/about', title: 'من نحن - تحقق رقمي',
        body: nav([['/', 'الرئيسية'], ['/methodology', 'منهجيتنا']], 'تحقق رقمي')
          + h1('من نحن')
          + p('تحقق رقمي منصة عربية مستقلة وغير ربحية أسسها صحفيون وباحثون في الأمن الرقمي عام ٢٠٢١. نموّل عملنا من منح مؤسسات إعلامية وتبرعات القراء، ولا نقبل إعلانات من أي جهة سياسية أو تجارية. فريقنا موزع بين عمّان وتونس والدار البيضاء، ونعمل على تدقيق المحتوى باللغة العربية ولهجاتها، مع تركيز خاص على التضليل المرتبط بالذكاء الاصطناعي.')
          + footer('© ٢٠٢٥ تحقق رقمي', [['/contact', 'اتصل بنا']]),
      },
    ],
  },
];
