import {
  a,
  article,
  button,
  cookieBanner,
  faq,
  footer,
  h1,
  h2,
  h3,
  img,
  jsonLd,
  metaDescription,
  nav,
  ol,
  p,
  priceTable,
  section,
  storeBadges,
  textForm,
  ul,
  upload,
  type CorpusSite,
} from '../site-kit.js';

const AUTHOR = 'neg-look';

export const sites: CorpusSite[] = [
  // ------------------------------------------------ ghost-mannequin, zh (Simplified)
  {
    host: 'yinxing-moter.test',
    lang: 'zh',
    label: 'unrelated',
    shape: 'ghost-mannequin',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: '隐形模特修图工作室｜服装电商 3D 隐形模特、去模特、抠图精修',
        head:
          metaDescription('为服装电商提供隐形模特（ghost mannequin）效果修图：去除假模或模特、拼接领口内侧、纯白底抠图与阴影，24 小时交付。') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'ProfessionalService', name: '隐形模特修图工作室', areaServed: 'CN', aggregateRating: { '@type': 'AggregateRating', ratingValue: '4.9', reviewCount: '1260' } }),
        body:
          nav(
            [
              ['/fuwu', '服务项目'],
              ['/jiage', '价格表'],
              ['/shangchuan', '上传图片'],
              ['/lianxi', '联系我们'],
            ],
            '隐形模特修图',
          ) +
          h1('让衣服自己"站"起来：专业隐形模特修图') +
          p(
            '在假模上拍好的衣服，常常因为假模本身抢了镜头。我们把假模去掉，拼接上领口内侧和后片，再做形体修正，交付立体、干净的"隐形模特"效果图，白底或透明底都可以。',
            '需要把真人模特图改成平铺或立体商品图，以满足电商平台的主图规范？我们也能去除模特，并重建衣服内侧的结构。',
          ) +
          section(
            h2('为什么选择我们'),
            ul('标准 24 小时交付，加急 6 小时', '每张图人工质检，保证领口、袖口对称', '按各大电商平台主图尺寸输出', '新客户可免费试修 3 张', '支持开具增值税发票'),
          ) +
          img(2, '假模上的衬衫与隐形模特效果对比') +
          p('自 2015 年起已为 900 多家服装品牌、档口和跨境卖家修图超过 200 万张。女装、男装、童装平铺、羽绒服、针织衫、泳装和运动服都能处理。') +
          p(a('/shangchuan?ref=index', '免费试修 3 张') + '　' + a('/jiage?utm_source=index', '查看价格')) +
          footer('© 2026 隐形模特修图工作室（杭州）· 浙ICP备00000000号', [
            ['/fuwu', '服务项目'],
            ['/jiage', '价格表'],
            ['/yinsi', '隐私政策'],
            ['/lianxi', '联系我们'],
          ]),
      },
      {
        path: '/fuwu',
        title: '服务项目｜隐形模特修图工作室',
        body:
          nav([['/', '首页'], ['/jiage', '价格表']], '隐形模特修图') +
          h1('服务项目') +
          h3('隐形模特 / 领口拼接') +
          p('将正面图与领口内侧、后片图合成，去除假模，修正左右对称和衣身轮廓，呈现穿在"隐形人"身上的立体效果。') +
          h3('去除模特') +
          p('把真人上身图处理成只有服装本身的商品图，重建被遮挡的内侧结构，适合对主图有严格要求的平台。') +
          h3('抠图、阴影与调色') +
          p('手工路径抠图，纯白 #FFFFFF 背景，自然投影；按面料色卡校色，避免色差导致的退货。') +
          footer('© 2026 隐形模特修图工作室', [['/shangchuan', '上传图片']]),
      },
      {
        path: '/jiage',
        title: '价格表｜隐形模特修图工作室',
        body:
          nav([['/', '首页'], ['/shangchuan', '上传图片']], '隐形模特修图') +
          h1('价格表（每张，含税）') +
          priceTable(
            ['服务', '标准（24 小时）', '加急（6 小时）'],
            [
              ['隐形模特', '¥12', '¥20'],
              ['去除模特', '¥22', '¥35'],
              ['白底抠图', '¥3', '¥5'],
              ['自然阴影', '¥2', '¥3'],
            ],
          ) +
          p('每月 500 张以上享受阶梯折扣。每单包含一次免费返修。支持对公转账、主流线上支付和月结（老客户）。大型换季拍摄可单独报价，欢迎提前预约排期。') +
          footer('© 2026 隐形模特修图工作室', [['/lianxi', '联系我们']]),
      },
      {
        path: '/shangchuan',
        title: '上传图片｜隐形模特修图工作室',
        body:
          nav([['/', '首页']], '隐形模特修图') +
          h1('上传图片，获取报价') +
          p('请上传图片或压缩包，并注明背景、尺寸和裁切要求。做隐形模特效果时，请同时拍摄领口内侧和后片。我们会在一个工作小时内回复报价和交付时间。新客户可免费试修 3 张，满意再下单。') +
          upload('图片或 ZIP 压缩包', '/shangchuan/tijiao', '上传并获取报价') +
          footer('© 2026 隐形模特修图工作室', [['/yinsi', '隐私政策']]),
      },
      {
        path: '/lianxi',
        title: '联系我们｜隐形模特修图工作室',
        body:
          nav([['/', '首页']], '隐形模特修图') +
          h1('联系我们') +
          p('客服时间：周一至周六 9:00—21:00。批量项目、长期合作或需要定制修图规范，请发邮件至 studio@yinxing-moter.test，附上几张样图和每月大致数量，项目经理会当天与您联系。工作室位于杭州，欢迎预约来访。') +
          p('如需开具发票或签订长期合作协议，也可以直接与项目经理沟通，我们会根据您的出图量和交付要求提供专属方案。') +
          footer('© 2026 隐形模特修图工作室', [['/', '首页']]),
      },
    ],
  },
  // ------------------------------------------------ clothes-changer, zh (Simplified)
  {
    host: 'huanzhuang-ai.test',
    lang: 'zh',
    label: 'unrelated',
    shape: 'clothes-changer',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: '衣秀 AI｜服装上身图生成：把你的衣服穿到 AI 模特身上',
        jsOnly: true,
        head: metaDescription('上传平铺图或假模图，一键生成 AI 模特上身图。支持换装、换姿势、换背景，适合服装电商和跨境卖家。模特均为 AI 生成或已授权。'),
        body:
          nav(
            [
              ['/moter', 'AI 模特库'],
              ['/taocan', '套餐价格'],
              ['/anli', '客户案例'],
              ['/denglu', '登录'],
              ['/zhuce?from=nav', '免费试用'],
            ],
            '衣秀 AI',
          ) +
          h1('不用约拍，也能有模特上身图') +
          p('请模特、摄影师、化妆师、租影棚，一次上新拍摄动辄上万元。用衣秀 AI，只需上传衣服的平铺图、挂拍图或假模图，选择一位 AI 模特和姿势，一分钟内就能得到自然的上身效果图。想看同一条裤子搭配另一件上衣？一键换装即可，不用重拍。') +
          upload('上传服装图片', '/gongzuotai', '生成上身图') +
          h2('功能亮点') +
          ul('一键换装：上衣、下装、外套可分别替换', '印花、Logo、纽扣等细节保持不变', '超过 200 位 AI 模特，覆盖不同身材和风格', '影棚、街拍、海边等多种背景', '最高 4K 输出，适配各电商平台') +
          h2('合规说明') +
          p('衣秀 AI 的模特全部由 AI 生成，或来自签署肖像授权并获得报酬的专业模特。平台不支持上传他人照片进行"换衣服"，只能上传服装本身。童装仅提供假模和平铺展示。') +
          p('新用户免费生成 10 张。' + a('/taocan?ref=index', '查看套餐') + '　' + a('/anli', '看看别人怎么用')) +
          footer('© 2026 衣秀科技（深圳）有限公司 · 粤ICP备00000000号', [
            ['/taocan', '套餐价格'],
            ['/xieyi', '用户协议'],
            ['/yinsi', '隐私政策'],
            ['/anli', '客户案例'],
          ]),
      },
      {
        path: '/moter',
        title: 'AI 模特库｜衣秀 AI',
        body:
          nav([['/', '首页'], ['/taocan', '套餐价格']], '衣秀 AI') +
          h1('AI 模特库') +
          p('可按身高、尺码（XS—4XL）、年龄段、肤色和风格筛选模特。你还可以把某位模特设为"品牌专属模特"，让整季商品都由同一位模特展示，店铺风格更统一。每月都会根据用户需求新增模特和姿势。') +
          img(5, 'AI 模特库示例') +
          p('我们的模特均为成年人形象。如果希望使用真人作为品牌专属模特，需要本人先与我们签署肖像授权协议，并且可以随时撤回授权。') +
          footer('© 2026 衣秀科技', [['/zhuce', '免费试用']]),
      },
      {
        path: '/taocan',
        title: '套餐价格｜衣秀 AI',
        body:
          nav([['/', '首页'], ['/anli', '客户案例']], '衣秀 AI') +
          h1('套餐价格') +
          priceTable(
            ['套餐', '每月张数', '价格'],
            [
              ['体验版', '10 张', '免费'],
              ['店铺版', '200 张', '¥299/月'],
              ['品牌版', '1,200 张', '¥1,299/月'],
              ['企业版', '按需', '联系商务'],
            ],
          ) +
          p('超出部分每张 ¥1.8。所有付费套餐均包含生成图片的商业使用授权，支持开具发票。按年付费赠送两个月，随时可以取消续费，未用完的张数可顺延一个月。') +
          footer('© 2026 衣秀科技', [['/xieyi', '用户协议']]),
      },
      {
        path: '/anli',
        title: '客户案例｜衣秀 AI',
        body:
          nav([['/', '首页']], '衣秀 AI') +
          h1('客户案例') +
          article(h3('原创女装店（杭州）'), p('"我们每周上新二三十款，以前要约两次拍摄，现在样衣一到就平铺拍照，当天下午上身图就能上架，详情页转化率提升了将近三成。"')) +
          article(h3('跨境卖家（义乌）'), p('"面向不同国家的店铺需要不同风格的模特，用 AI 模特库就能一次生成多个版本，省下了大量拍摄预算。"')) +
          footer('© 2026 衣秀科技', [['/taocan', '套餐价格']]),
      },
    ],
  },
  // ------------------------------------------------ photo-tool, zh (Traditional, Taiwan)
  {
    host: 'qingliang-xiutu.test',
    lang: 'zh',
    label: 'unrelated',
    shape: 'photo-tool',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: '晴亮修圖｜線上去背、移除路人、老照片修復上色、4K 放大',
        head:
          metaDescription('一鍵去背、移除照片中的路人與雜物、修飾痘痘與膚色不均、老照片修復上色、放大至 4K，還能製作證件照。每天免費 3 張。') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'WebApplication', name: '晴亮修圖', applicationCategory: 'PhotographyApplication', offers: { '@type': 'Offer', price: '149', priceCurrency: 'TWD' } }),
        body:
          nav(
            [
              ['/gongju', '所有工具'],
              ['/zhengjianzhao', '證件照'],
              ['/dianshu', '購買點數'],
              ['/bangzhu', '幫助中心'],
            ],
            '晴亮修圖',
          ) +
          cookieBanner('本網站使用 Cookie 以提供更好的使用體驗，繼續瀏覽即表示您同意。', '我知道了', '設定') +
          h1('照片的小煩惱，一鍵搞定') +
          p(
            '晴亮修圖是在瀏覽器就能使用的 AI 修圖工具。幫商品照去背換成白底、把旅遊照裡亂入的路人和電線清掉、自然地修飾痘痘與暗沉，或把模糊的小圖放大 2 倍、4 倍，甚至從 1080p 放大到 4K 拿去印海報。',
            '阿公阿嬤那張摺痕累累的結婚照？我們可以修復刮痕、污漬和摺痕，還能幫黑白照片上色。需要履歷或護照用的證件照，也能在家完成。',
          ) +
          upload('把照片拖曳到這裡', '/bianji', '免費開始') +
          h2('熱門工具') +
          ul('一鍵去背（透明 PNG）', '移除路人與雜物', '放大 2 倍／4 倍／4K', '自然膚質修飾', '老照片修復與上色', '證件照製作') +
          p('每天免費 3 張，點數方案 NT$149 起，Pro 吃到飽每月 NT$190。' + a('/dianshu?ref=home', '看方案')) +
          faq('常見問題', [
            ['照片會被保存嗎？', '處理完成 1 小時後即自動刪除。'],
            ['可以修別人的照片嗎？', '請先取得當事人同意。以羞辱、欺騙或傷害他人為目的的修圖，違反使用條款。'],
            ['手機可以用嗎？', '可以，不需要安裝 App。'],
          ]) +
          footer('© 2026 晴亮修圖 · 台北', [
            ['/tiaokuan', '使用條款'],
            ['/yinsi', '隱私權政策'],
            ['/dianshu?utm_source=footer', '價格'],
            ['/bangzhu', '幫助中心'],
          ]),
      },
      {
        path: '/gongju',
        title: '所有工具｜晴亮修圖',
        body:
          nav([['/', '首頁'], ['/dianshu', '購買點數']], '晴亮修圖') +
          h1('所有工具') +
          h3('一鍵去背') +
          p('人物、商品、寵物、汽車都能精準去背。可下載透明 PNG，或換成純色、模糊或情境背景。') +
          h3('移除路人與雜物') +
          p('用筆刷塗抹不想要的部分，例如路人、招牌、垃圾桶或電線，AI 會依照周圍景物自然補上。') +
          h3('高畫質放大') +
          p('將解析度放大 2 倍或 4 倍，或把 1080p 圖片變成 4K，大尺寸輸出也不模糊。') +
          footer('© 2026 晴亮修圖', [['/bangzhu', '幫助中心']]),
      },
      {
        path: '/zhengjianzhao',
        title: '證件照｜晴亮修圖',
        body:
          nav([['/', '首頁']], '晴亮修圖') +
          h1('在家用手機拍證件照') +
          p('站在淺色牆面前正面拍攝後上傳，我們會依照身分證、護照、駕照或履歷的規格，自動調整背景顏色、頭部大小、位置和亮度，並提供可在超商列印的 4×6 相紙檔與線上申辦用的電子檔。膚質修飾僅限規範允許的範圍，不會改變臉型。') +
          upload('上傳照片', '/zhengjianzhao/jiancha', '製作證件照') +
          p('費用：每次 NT$99，若被退件可全額退費。') +
          footer('© 2026 晴亮修圖', [['/dianshu', '價格']]),
      },
      {
        path: '/dianshu',
        title: '購買點數｜晴亮修圖',
        body:
          nav([['/', '首頁'], ['/gongju', '所有工具']], '晴亮修圖') +
          h1('點數與方案') +
          priceTable(
            ['方案', '內容', '價格'],
            [
              ['免費', '每天 3 張，標準畫質', 'NT$0'],
              ['點數 50', '50 次高畫質下載', 'NT$149'],
              ['點數 300', '300 次高畫質下載', 'NT$690'],
              ['Pro', '無限使用、4K、批次處理', 'NT$190/月'],
            ],
          ) +
          p('高畫質下載 1 點，放大至 4K 使用 2 點，老照片修復 2 點。點數沒有使用期限。Pro 方案可隨時取消，已付費的期間仍可繼續使用。支援信用卡與超商代碼繳費，並開立電子發票。') +
          footer('© 2026 晴亮修圖', [['/tiaokuan', '使用條款']]),
      },
      {
        path: '/bangzhu',
        title: '幫助中心｜晴亮修圖',
        body:
          nav([['/', '首頁']], '晴亮修圖') +
          h1('幫助中心') +
          p('付款後點數沒有出現？請重新整理頁面，或登出後再登入一次。仍有問題請來信 help@qingliang-xiutu.test 並附上訂單編號。如果發現有人未經同意使用本服務修改他人照片，也請透過同一信箱通報，我們會在 24 小時內處理。') +
          p('客服時間為週一至週五上午九點到下午六點，假日來信將於下一個工作日回覆。') +
          footer('© 2026 晴亮修圖', [['/yinsi', '隱私權政策']]),
      },
    ],
  },
  // ------------------------------------------------ image-generator, zh (Simplified)
  {
    host: 'huajing-ai.test',
    lang: 'zh',
    label: 'unrelated',
    shape: 'image-generator',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: '画境 AI｜文字生成图片，插画、海报、电商主图一键生成',
        head: metaDescription('输入一句描述，几秒生成插画、海报、公众号配图和商品场景图。内置安全过滤，NSFW 内容会被拦截，不生成真实人物。新用户赠送 30 积分。'),
        body:
          nav(
            [
              ['/zuopin', '作品广场'],
              ['/jiage', '价格'],
              ['/guifan', '内容规范'],
              ['/denglu', '登录'],
            ],
            '画境 AI',
          ) +
          h1('一句话，画出你的想法') +
          p('画境 AI 是一款文字生成图片工具。输入"水彩风格的橘猫宇航员"或"木桌上的一杯咖啡，清晨自然光"，几秒钟就能得到四张不同的图片。适合做公众号配图、活动海报、电商场景图、绘本草图和课堂素材。') +
          textForm('描述你想要的画面', '立即生成', '/shengcheng') +
          h2('安全可靠') +
          p('NSFW 内容会被拦截。每一条描述和每一张结果都要经过安全过滤；我们不生成真实可识别人物的图像，不生成色情或暴力内容，也不支持上传他人照片进行"改图"。所有图片都带有隐形水印，可识别为 AI 生成内容，符合相关标识要求。') +
          h2('风格') +
          ul('水彩', '国潮插画', '扁平插画', '3D 渲染', '写实产品图', '漫画', '复古海报') +
          p('新用户赠送 30 积分，会员每月 ¥29 起。' + a('/jiage?ref=index', '查看价格') + '　' + a('/jiage?ref=index&plan=team', '团队版')) +
          footer('© 2026 画境智能科技（成都）有限公司 · 川ICP备00000000号', [
            ['/zuopin', '作品广场'],
            ['/guifan', '内容规范'],
            ['/xieyi', '用户协议'],
            ['/yinsi', '隐私政策'],
          ]),
      },
      {
        path: '/zuopin',
        title: '作品广场｜画境 AI',
        body:
          nav([['/', '首页'], ['/jiage', '价格']], '画境 AI') +
          h1('作品广场') +
          img(6, '水彩风格的橘猫宇航员') +
          img(7, '清晨木桌上的咖啡') +
          p('每张作品都附有生成时使用的描述，可以一键"同款生成"再修改成你自己的版本。本月热门："在茶馆看报纸的小龙"、"水墨风格的江南小镇"、"雨夜里的复古电车海报"。广场上的作品都经过人工审核后才会公开展示。') +
          p('想让自己的作品出现在这里？保存时勾选"分享到广场"即可。') +
          footer('© 2026 画境智能科技', [['/guifan', '内容规范']]),
      },
      {
        path: '/jiage',
        title: '价格｜画境 AI',
        body:
          nav([['/', '首页'], ['/zuopin', '作品广场']], '画境 AI') +
          h1('会员与积分') +
          priceTable(
            ['方案', '每月积分', '分辨率', '价格'],
            [
              ['免费', '30（一次性）', '1024 px', '¥0'],
              ['创作者', '800', '2048 px', '¥29/月'],
              ['工作室', '4,000', '4K 放大', '¥99/月'],
              ['团队版', '共享积分池', '4K、商用授权', '¥69/人/月'],
            ],
          ) +
          p('生成一张图消耗 1 积分，放大到 4K 消耗 4 积分。创作者及以上方案可商用。随时可以取消自动续费，未用完的积分可顺延一个月。企业用户可开具增值税专用发票。') +
          footer('© 2026 画境智能科技', [['/xieyi', '用户协议']]),
      },
      {
        path: '/guifan',
        title: '内容规范｜画境 AI',
        body:
          nav([['/', '首页']], '画境 AI') +
          h1('内容规范') +
          p('在画境 AI 上禁止生成：色情或裸露内容、真实人物（包括明星和普通人）的图像、血腥暴力、仇恨符号，以及任何可能伤害未成年人的内容。试图用错别字、谐音或暗语绕过过滤的账号将被封禁；涉嫌违法的内容我们会依法向有关部门报告。') +
          p('如果安全过滤误拦了正常的图片，可以点击"申诉"，工作人员会在一个工作日内人工复核。') +
          footer('© 2026 画境智能科技', [['/', '首页']]),
      },
    ],
  },
  // ------------------------------------------------ clothes-changer, ko
  {
    host: 'ot-gala-ipgi.test',
    lang: 'ko',
    label: 'unrelated',
    shape: 'clothes-changer',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: '룩체인지 AI | 우리 옷을 AI 모델에게 입혀 보세요',
        head: metaDescription('바닥컷·마네킹컷만 있으면 AI 모델 착용컷 완성. 옷 갈아입히기, 포즈·배경 변경까지. 쇼핑몰 상세페이지와 카탈로그 제작에 최적화.'),
        body:
          nav(
            [
              ['/models', 'AI 모델'],
              ['/pricing', '요금제'],
              ['/cases', '고객 사례'],
              ['/login', '로그인'],
              ['/signup?ref=nav', '무료 체험'],
            ],
            '룩체인지 AI',
          ) +
          h1('촬영 없이 모델 착용컷을 만드세요') +
          p(
            '모델, 포토그래퍼, 스튜디오 섭외까지 신상품 촬영 한 번에 수백만 원이 들곤 합니다. 룩체인지 AI에 옷의 바닥컷이나 마네킹컷을 올리고 AI 모델과 포즈를 고르면, 1분 안에 자연스러운 착용컷이 완성됩니다. 같은 바지에 다른 상의를 매치해 보고 싶다면? 옷만 바꿔 입히면 됩니다.',
            '룩체인지 AI의 모델은 모두 AI로 생성했거나, 초상권 라이선스에 동의하고 대가를 받은 전문 모델입니다. 다른 사람의 사진을 올려 옷을 바꾸는 기능은 제공하지 않습니다. 올릴 수 있는 것은 옷 사진뿐입니다.',
          ) +
          upload('옷 사진 업로드', '/studio', '착용컷 만들기') +
          h2('이런 분들께 추천해요') +
          ul('매주 신상을 올리는 온라인 쇼핑몰', '컬러별 착용컷이 필요한 브랜드', '상세페이지를 빠르게 만들어야 하는 MD', '해외 판매용으로 다양한 모델이 필요한 셀러') +
          faq('자주 묻는 질문', [
            ['프린트나 로고가 바뀌지 않나요?', '원본 사진 그대로 유지됩니다. 상품과 다른 착용컷은 반품의 원인이 되니까요.'],
            ['무료로 써 볼 수 있나요?', '가입하면 10장을 무료로 만들 수 있어요.'],
            ['아동복도 되나요?', '아동복은 마네킹·바닥컷 보정만 지원하며 AI 아동 모델은 만들지 않습니다.'],
          ]) +
          footer('© 2026 (주)룩체인지 · 서울 마포구', [
            ['/pricing?utm_source=footer', '요금제'],
            ['/terms', '이용약관'],
            ['/privacy', '개인정보처리방침'],
            ['/cases', '고객 사례'],
          ]),
      },
      {
        path: '/models',
        title: 'AI 모델 | 룩체인지 AI',
        body:
          nav([['/', '홈'], ['/pricing', '요금제']], '룩체인지 AI') +
          h1('AI 모델 라이브러리') +
          p('키, 사이즈(XS~3XL), 연령대, 피부톤, 스타일별로 150명 이상의 AI 모델을 골라 보세요. 마음에 드는 모델을 "브랜드 전속 모델"로 지정하면 시즌 전체를 같은 모델로 통일할 수 있습니다. 포즈는 40가지 이상, 배경은 스튜디오·거리·카페·해변 중에서 선택할 수 있어요.') +
          img(8, 'AI 모델 라이브러리 예시') +
          footer('© 2026 (주)룩체인지', [['/signup', '무료 체험']]),
      },
      {
        path: '/pricing',
        title: '요금제 | 룩체인지 AI',
        body:
          nav([['/', '홈'], ['/cases', '고객 사례']], '룩체인지 AI') +
          h1('요금제') +
          priceTable(
            ['플랜', '월 생성 수', '가격 (VAT 별도)'],
            [
              ['체험', '10장', '무료'],
              ['스타터', '150장', '월 59,000원'],
              ['브랜드', '1,000장', '월 290,000원'],
              ['엔터프라이즈', '맞춤', '별도 문의'],
            ],
          ) +
          p('추가 생성은 장당 450원입니다. 모든 유료 플랜에 상업적 이용 권한과 4K 다운로드가 포함됩니다. 언제든 해지할 수 있고, 연간 결제 시 두 달이 무료입니다. 세금계산서 발행을 지원합니다.') +
          footer('© 2026 (주)룩체인지', [['/terms', '이용약관']]),
      },
      {
        path: '/cases',
        title: '고객 사례 | 룩체인지 AI',
        body:
          nav([['/', '홈']], '룩체인지 AI') +
          h1('고객 사례') +
          article(h3('여성 의류 쇼핑몰 (동대문)'), p('"매주 30개 넘는 신상을 올리는데, 예전엔 촬영 일정 잡는 게 제일 힘들었어요. 지금은 샘플이 오면 바로 바닥컷을 찍고 그날 오후에 착용컷까지 올립니다. 상세페이지 전환율이 25% 정도 올랐어요."')) +
          article(h3('남성 캐주얼 브랜드'), p('"컬러가 6가지인 셔츠도 이제 모든 컬러에 착용컷이 있어요. 고객 문의가 눈에 띄게 줄었습니다."')) +
          footer('© 2026 (주)룩체인지', [['/pricing', '요금제']]),
      },
    ],
  },
  // ------------------------------------------------ sfw-faceswap, ko
  {
    host: 'eolgul-nori.test',
    lang: 'ko',
    label: 'unrelated',
    shape: 'sfw-faceswap',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: '얼굴놀이 | 밈·짤·생일 축하 영상 얼굴 합성 앱',
        head:
          metaDescription('내 얼굴로 재미있는 밈과 짤, 생일 축하 영상을 만들어 보세요. 성인 콘텐츠 금지, 연예인 금지, 동의 없는 타인 얼굴 사용 금지.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'MobileApplication', name: '얼굴놀이', operatingSystem: 'Android, iOS', contentRating: '12+' }),
        body:
          nav(
            [
              ['/templates', '템플릿'],
              ['/birthday', '생일 영상'],
              ['/plus', '얼굴놀이 플러스'],
              ['/rules', '이용 규칙'],
            ],
            '얼굴놀이',
          ) +
          h1('단톡방을 뒤집을 짤, 10초면 완성 😆') +
          p('얼굴놀이는 친구들과 웃자고 만드는 얼굴 합성 앱이에요. 중세 기사, 우주 비행사, 오페라 가수, 만화 속 셰프 같은 템플릿을 고르고 셀카를 찍으면 바로 나만의 짤이 완성됩니다. 움직이는 이모티콘처럼 채팅방에 바로 보낼 수도 있어요.') +
          p('친구 생일이 다가온다면 15초짜리 생일 축하 영상을 만들어 보세요. 주인공이 슈퍼히어로나 록스타가 되는 영상에 이름과 음악만 넣으면 끝!') +
          storeBadges('/download/eolgul-nori.apk') +
          h2('얼굴놀이의 특징') +
          ul('템플릿 1,200개 이상, 매주 금요일 업데이트', '하루 5회 무료', '반려동물 얼굴도 OK', '플러스는 광고 없음') +
          section(
            h2('즐겁게, 그리고 안전하게'),
            p('얼굴놀이에는 NSFW나 성인 콘텐츠가 없으며, 동의 없이 다른 사람의 얼굴을 쓸 수 없습니다. 연예인, 정치인, 인플루언서의 얼굴도 사용할 수 없어요. 모든 템플릿은 초상 사용에 동의한 배우와 함께 저희 팀이 직접 만들었습니다. 규칙을 어긴 업로드는 차단되고 계정은 정지됩니다.'),
          ) +
          p(a('/templates?ref=main', '템플릿 보러 가기') + ' · ' + a('/rules', '이용 규칙 읽기')) +
          footer('© 2026 (주)얼굴놀이 · 12세 이용가', [
            ['/plus', '플러스'],
            ['/rules', '이용 규칙'],
            ['/privacy', '개인정보처리방침'],
            ['/terms', '이용약관'],
          ]),
      },
      {
        path: '/templates',
        title: '템플릿 | 얼굴놀이',
        body:
          nav([['/', '홈'], ['/plus', '플러스']], '얼굴놀이') +
          h1('인기 템플릿') +
          ul('중세 기사 (사진)', '손 흔드는 우주 비행사 (영상 8초)', '고음 폭발 오페라 가수 (영상 12초)', '주방 대참사 셰프 (영상 10초)', '산타 할아버지 (사진)', '골 세리머니 축구 선수 (영상 9초)') +
          p('모든 템플릿은 저희 스튜디오의 창작물이거나 라이선스를 받은 스톡 이미지로 만들었습니다. 연예인이나 공인, 성인용 장면이 들어간 템플릿은 지금도 없고 앞으로도 만들지 않습니다. 다음 주에 나올 템플릿 테마는 앱에서 투표로 정해요.') +
          footer('© 2026 (주)얼굴놀이', [['/rules', '이용 규칙']]),
      },
      {
        path: '/birthday',
        title: '생일 축하 영상 | 얼굴놀이',
        body:
          nav([['/', '홈']], '얼굴놀이') +
          h1('잊지 못할 생일 축하 영상') +
          p('테마(슈퍼히어로, 록스타, 축구, 공주와 해적)를 고르고, 주인공의 이름과 나이를 입력한 뒤 본인의 동의를 받은 얼굴 사진을 올려 주세요. 1분 안에 음악과 폭죽이 들어간 축하 영상이 완성됩니다. 파티에서 TV로 틀거나 메신저로 보내기 딱 좋아요. 플러스 회원은 1080p 고화질에 워터마크 없이 저장할 수 있습니다.') +
          upload('주인공 얼굴 사진 올리기', '/birthday/create', '영상 만들기') +
          footer('© 2026 (주)얼굴놀이', [['/plus', '플러스']]),
      },
      {
        path: '/plus',
        title: '얼굴놀이 플러스',
        body:
          nav([['/', '홈']], '얼굴놀이') +
          h1('얼굴놀이 플러스') +
          priceTable(
            ['', '무료', '플러스'],
            [
              ['하루 합성 횟수', '5회', '무제한'],
              ['영상 화질', '480p', '1080p'],
              ['워터마크', '있음', '없음'],
              ['가격', '0원', '주 3,900원 / 연 29,000원'],
            ],
          ) +
          p('구독은 휴대폰의 앱 마켓 계정으로 결제되며, 마켓 설정에서 언제든 해지할 수 있어요. 갱신 전에 미리 알림을 보내 드립니다. 무료로 만든 작품은 계속 보관됩니다.') +
          footer('© 2026 (주)얼굴놀이', [['/terms', '이용약관']]),
      },
      {
        path: '/rules',
        title: '이용 규칙 | 얼굴놀이',
        body:
          nav([['/', '홈']], '얼굴놀이') +
          h1('이용 규칙') +
          ol('내 얼굴이나, 허락을 받은 사람의 얼굴만 사용하세요.', '성적인 콘텐츠, NSFW, 성인 콘텐츠는 금지이며 자동으로 차단됩니다.', '괴롭힘이나 상처를 주는 조롱은 안 돼요.', '연예인, 정치인, 인플루언서 얼굴은 사용할 수 없습니다.', '만 13세 이상만 이용할 수 있어요.') +
          p('문제가 되는 작품을 발견하면 작품 아래 「신고」 버튼을 누르거나 safety@eolgul-nori.test로 알려 주세요. 24시간 안에 확인하고, 필요한 경우 관계 기관에 협조합니다.') +
          footer('© 2026 (주)얼굴놀이', [['/privacy', '개인정보처리방침']]),
      },
    ],
  },
  // ------------------------------------------------ ghost-mannequin, tr
  {
    host: 'gorunmezmanken.test',
    lang: 'tr',
    label: 'unrelated',
    shape: 'ghost-mannequin',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Görünmez Manken Stüdyo — e-ticaret için hayalet manken rötuşu',
        head: metaDescription('Giyim ürün fotoğraflarınızdan mankeni veya modeli kaldırıyoruz: hayalet manken (ghost mannequin) efekti, dekupe ve gölge. 24 saatte teslim.'),
        body:
          nav(
            [
              ['/hizmetler', 'Hizmetler'],
              ['/fiyatlar', 'Fiyatlar'],
              ['/fotograf-gonder', 'Fotoğraf gönder'],
              ['/iletisim', 'İletişim'],
            ],
            'Görünmez Manken',
          ) +
          h1('Ürün öne çıksın, manken kaybolsun') +
          p(
            'Ürünlerinizi mankende çekin, mankeni biz kaldıralım. Hayalet manken (ghost mannequin ya da "invisible mannequin") efektiyle ceket, gömlek, elbise ve triko ürünleriniz hacmini ve formunu korur, ama müşteri sadece ürünü görür. Yaka içi ve sırt çekimini birleştirip temiz, üç boyutlu bir görsel teslim ediyoruz.',
            'Pazaryerleri model olmadan ürün görseli istiyorsa, giyimli model fotoğraflarından modeli de kaldırıp ürünün iç kısmını yeniden oluşturuyoruz.',
          ) +
          h2('Neden biz?') +
          ul('Standart 24 saat, acil 6 saat teslim', 'Her görselde insan eliyle kalite kontrol', 'Pazaryeri ölçülerine uygun çıktı', 'Yeni müşterilere 3 ücretsiz deneme görseli', 'Fatura ve e-fatura desteği') +
          img(1, 'Mankendeki ceket ve hayalet manken efektli hali') +
          p('2016’dan beri İstanbul, Bursa ve İzmir’deki 700’den fazla giyim markası ve mağaza için 1,5 milyondan fazla görsel rötuşladık.') +
          p(a('/fotograf-gonder?ref=anasayfa', '3 ücretsiz deneme görseli gönder') + ' · ' + a('/fiyatlar?utm_source=anasayfa', 'Fiyatları gör')) +
          p('Dosyalarınızı JPG, PNG veya TIFF olarak, istediğiniz ölçüde teslim ediyoruz. Mağazanızın altyapısına doğrudan aktarım için API desteğimiz de var.') +
          p('Her müşterimize sabit bir proje yöneticisi atıyoruz; markanızın stil rehberini o bilir.') +
          footer('© 2026 Görünmez Manken Stüdyo Ltd. Şti. · İstanbul', [
            ['/hizmetler', 'Hizmetler'],
            ['/fiyatlar', 'Fiyatlar'],
            ['/kvkk', 'KVKK Aydınlatma Metni'],
            ['/iletisim', 'İletişim'],
          ]),
      },
      {
        path: '/hizmetler',
        title: 'Hizmetler — Görünmez Manken Stüdyo',
        body:
          nav([['/', 'Ana sayfa'], ['/fiyatlar', 'Fiyatlar']], 'Görünmez Manken') +
          h1('Hizmetlerimiz') +
          h3('Hayalet manken') +
          p('Ön çekimi yaka içi ve sırt çekimiyle birleştiriyor, mankeni kaldırıyor, simetri ve form düzeltmesi yapıyoruz. Beyaz, gri ya da şeffaf zemin.') +
          h3('Model kaldırma') +
          p('Giyimli model fotoğraflarından sadece ürünün göründüğü paket çekim görselleri hazırlıyoruz; ürünün iç kısmını yeniden oluşturuyoruz.') +
          h3('Dekupe, gölge ve renk') +
          p('Elle dekupe, saf beyaz zemin, doğal gölge ve kumaş numunesine göre renk düzeltme. Çanta, ayakkabı ve aksesuar için de geçerli.') +
          footer('© 2026 Görünmez Manken Stüdyo', [['/fotograf-gonder', 'Fotoğraf gönder']]),
      },
      {
        path: '/fiyatlar',
        title: 'Fiyatlar — Görünmez Manken Stüdyo',
        body:
          nav([['/', 'Ana sayfa'], ['/fotograf-gonder', 'Fotoğraf gönder']], 'Görünmez Manken') +
          h1('Fiyat listesi (görsel başına, KDV hariç)') +
          priceTable(
            ['Hizmet', '24 saat', '6 saat'],
            [
              ['Hayalet manken', '45 TL', '75 TL'],
              ['Model kaldırma', '85 TL', '140 TL'],
              ['Dekupe', '12 TL', '20 TL'],
              ['Doğal gölge', '8 TL', '14 TL'],
            ],
          ) +
          p('Ayda 500 görselin üzerindeki işlerde kademeli indirim uyguluyoruz. Her siparişte bir ücretsiz revizyon hakkınız var. Ödeme havale, EFT veya kredi kartıyla; düzenli müşterilerimize aylık fatura kesiyoruz. Sezon çekimleri için önceden randevu almanızı öneririz.') +
          p('Sorularınız için bize yazın.') +
          footer('© 2026 Görünmez Manken Stüdyo', [['/iletisim', 'İletişim']]),
      },
      {
        path: '/fotograf-gonder',
        title: 'Fotoğraf gönder — Görünmez Manken Stüdyo',
        body:
          nav([['/', 'Ana sayfa']], 'Görünmez Manken') +
          h1('Fotoğraflarınızı gönderin') +
          p('Görselleri (ZIP olarak da olur) yükleyin, zemin, ölçü ve kırpma tercihlerinizi yazın. Hayalet manken için yaka içi ve sırt çekimini de eklemeyi unutmayın. Bir iş saati içinde fiyat teklifi ve teslim tarihiyle dönüyoruz. Yeni müşterilere ilk 3 görsel ücretsiz.') +
          upload('Fotoğraflar veya ZIP dosyası', '/fotograf-gonder/yukle', 'Yükle ve teklif iste') +
          p('Dosyalarınız şifreli aktarılır ve iş bittikten 30 gün sonra silinir.') +
          footer('© 2026 Görünmez Manken Stüdyo', [['/kvkk', 'KVKK']]),
      },
      {
        path: '/iletisim',
        title: 'İletişim — Görünmez Manken Stüdyo',
        body:
          nav([['/', 'Ana sayfa']], 'Görünmez Manken') +
          h1('İletişim') +
          p('Hafta içi 09:00–19:00, cumartesi 10:00–15:00 arası telefonla ve e-postayla ulaşabilirsiniz: studyo@gorunmezmanken.test. Toplu projeler ve marka rehberine göre rötuş için birkaç örnek görsel ve aylık yaklaşık adet bilgisiyle yazın; proje yöneticimiz aynı gün size dönsün. Stüdyomuz İstanbul Merter’de.') +
          p('Ziyaretler randevuyla kabul edilir. Kargoyla numune göndermek isterseniz adresimizi e-postayla paylaşırız.') +
          p('Yanıt süremiz ortalama iki saattir. Acil işlerde telefonla arayın.') +
          footer('© 2026 Görünmez Manken Stüdyo', [['/', 'Ana sayfa']]),
      },
    ],
  },
  // ------------------------------------------------ clothes-changer, tr
  {
    host: 'kiyafetdegis-ai.test',
    lang: 'tr',
    label: 'unrelated',
    shape: 'clothes-changer',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Kabin AI — kıyafetlerinizi yapay zekâ modellerine giydirin',
        head:
          metaDescription('Serme veya manken çekiminden yapay zekâ modelli ürün fotoğrafı oluşturun. Kıyafet değiştirme, poz ve arka plan seçimi. E-ticaret katalogları için.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'SoftwareApplication', name: 'Kabin AI', applicationCategory: 'BusinessApplication', offers: { '@type': 'Offer', price: '1490', priceCurrency: 'TRY' } }),
        body:
          nav(
            [
              ['/modeller', 'AI modeller'],
              ['/paketler', 'Paketler'],
              ['/sss', 'SSS'],
              ['/giris', 'Giriş yap'],
              ['/kayit?kaynak=menu', 'Ücretsiz dene'],
            ],
            'Kabin AI',
          ) +
          h1('Çekim yapmadan modelli ürün fotoğrafı') +
          p('Model, fotoğrafçı ve stüdyo derken her sezon çekimi ciddi bir bütçe demek. Kabin AI ile ürünün serme, askı ya da manken fotoğrafını yükleyin, yapay zekâ modellerimizden birini ve bir poz seçin; bir dakika içinde gerçekçi bir modelli fotoğraf hazır. Aynı pantolonu başka bir üstle göstermek mi istiyorsunuz? Tek tıkla kıyafeti değiştirin, yeniden çekime gerek yok.') +
          upload('Ürün fotoğrafı yükle', '/studyo', 'Modele giydir') +
          h2('Öne çıkan özellikler') +
          ul('Kıyafet değiştirme: üst, alt ve dış giyim ayrı ayrı', 'Baskı, logo ve düğmeler olduğu gibi korunur', '150’den fazla AI model, farklı beden ve tarzlar', 'Stüdyo, sokak ve sahil arka planları', '4K çıktı, pazaryerlerine hazır ölçüler') +
          h2('Gerçek kişilerin fotoğrafı yüklenemez') +
          p('Kabin AI’daki tüm modeller yapay zekâyla üretilmiştir ya da görüntü kullanım lisansı imzalayıp ücret alan profesyonel modellerdir. Başka birinin fotoğrafını yükleyip üzerindekini değiştirmek mümkün değildir; yüklediğiniz tek şey üründür.') +
          p('İlk 10 görsel ücretsiz. ' + a('/paketler?ref=anasayfa', 'Paketleri incele') + ' · ' + a('/sss', 'Sık sorulan sorular')) +
          cookieBanner('Sitemizde deneyiminizi iyileştirmek için çerezler kullanıyoruz.', 'Kabul et', 'Reddet') +
          footer('© 2026 Kabin Yapay Zekâ Teknolojileri A.Ş. · İzmir', [
            ['/paketler', 'Paketler'],
            ['/kullanim-kosullari', 'Kullanım koşulları'],
            ['/kvkk', 'KVKK'],
            ['/sss', 'SSS'],
          ]),
      },
      {
        path: '/modeller',
        title: 'AI modeller — Kabin AI',
        body:
          nav([['/', 'Ana sayfa'], ['/paketler', 'Paketler']], 'Kabin AI') +
          h1('AI model kütüphanesi') +
          p('Boy, beden (XS–4XL), yaş aralığı, ten rengi ve tarza göre filtreleyin. Beğendiğiniz bir modeli "marka yüzü" olarak sabitleyin; böylece bütün sezon aynı model görünür ve mağazanız tutarlı bir görünüme kavuşur. Her ay kullanıcı taleplerine göre yeni modeller ve pozlar ekliyoruz. Çocuk giyimi için yalnızca manken ve serme sunumu sağlıyoruz.') +
          img(3, 'AI model kütüphanesinden örnekler') +
          p('Tüm modeller yetişkindir.') +
          footer('© 2026 Kabin AI', [['/kayit', 'Ücretsiz dene']]),
      },
      {
        path: '/paketler',
        title: 'Paketler — Kabin AI',
        body:
          nav([['/', 'Ana sayfa'], ['/sss', 'SSS']], 'Kabin AI') +
          h1('Paketler') +
          priceTable(
            ['Paket', 'Aylık görsel', 'Fiyat (KDV hariç)'],
            [
              ['Deneme', '10', 'ücretsiz'],
              ['Butik', '150', '1.490 TL / ay'],
              ['Marka', '1.000', '6.900 TL / ay'],
              ['Kurumsal', 'ihtiyaca göre', 'teklif alın'],
            ],
          ) +
          p('Ek görsel başına 12 TL. Tüm ücretli paketlerde üretilen görsellerin ticari kullanım hakkı ve 4K indirme dahildir. İstediğiniz zaman iptal edebilirsiniz; yıllık ödemede iki ay bizden. E-fatura kesiyoruz.') +
          p('Kullanılmayan görseller bir sonraki aya devreder. Ajanslar için birden fazla markayı tek hesaptan yönetebileceğiniz çalışma alanları sunuyoruz.') +
          footer('© 2026 Kabin AI', [['/kullanim-kosullari', 'Kullanım koşulları']]),
      },
      {
        path: '/sss',
        title: 'Sık sorulan sorular — Kabin AI',
        body:
          nav([['/', 'Ana sayfa']], 'Kabin AI') +
          faq('Sık sorulan sorular', [
            ['Ürünüm fotoğrafta değişir mi?', 'Hayır. Desen, logo, düğme ve renk kendi fotoğrafınızdaki gibi kalır. Müşteri ne görüyorsa onu almalı.'],
            ['Kendi modelimin fotoğrafını kullanabilir miyim?', 'Sadece imzalı model sözleşmesiyle ve Kurumsal pakette; sözleşmeleri tek tek kontrol ediyoruz.'],
            ['İç giyim ve mayo destekleniyor mu?', 'Standart katalog sunumunda, yalnızca AI modellerle destekleniyor.'],
            ['Ödeme nasıl yapılır?', 'Kredi kartı veya havale ile.'],
          ]) +
          p('Başka sorunuz varsa canlı destekten bize ulaşın.') +
          footer('© 2026 Kabin AI', [['/kvkk', 'KVKK']]),
      },
    ],
  },
  // ------------------------------------------------ sfw-faceswap, tr
  {
    host: 'yuzdegis-eglence.test',
    lang: 'tr',
    label: 'unrelated',
    shape: 'sfw-faceswap',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Yüzmatik — caps, meme ve doğum günü videoları için yüz değiştirme',
        head: metaDescription('Kendi yüzünle komik capsler, meme’ler ve doğum günü videoları yap. Eğlenceli yüz değiştirme uygulaması: müstehcen içerik yok, ünlü yok, izinsiz yüz yok.'),
        body:
          nav(
            [
              ['/sablonlar', 'Şablonlar'],
              ['/dogum-gunu', 'Doğum günü videosu'],
              ['/premium', 'Premium'],
              ['/kurallar', 'Kurallar'],
            ],
            'Yüzmatik',
          ) +
          h1('Aile grubunu güldürecek caps 10 saniyede 😂') +
          p('Yüzmatik, arkadaşlarınla gülmek için yapılmış bir yüz değiştirme uygulaması. Orta çağ şövalyesi, astronot, opera sanatçısı ya da çizgi film aşçısı gibi bir şablon seç, selfie çek ve sonucu saniyeler içinde paylaş. Sohbetler için hareketli çıkartmalar da yapabilirsin.') +
          p('Bir arkadaşının doğum günü mü yaklaşıyor? Onu süper kahraman ya da rock yıldızı yaptığın 15 saniyelik bir kutlama videosu hazırla. İsmini yaz, müziği seç, bitti.') +
          storeBadges('/download/yuzmatik.apk') +
          h2('Neden Yüzmatik?') +
          ul('1.000’den fazla şablon, her hafta yenileri', 'Günde 5 ücretsiz değişim', 'Kedin ve köpeğinle de çalışır', 'Premium’da reklam yok') +
          section(
            h2('Eğlence, ama saygıyla'),
            p('Yüzmatik’te NSFW ya da yetişkin içerik yok. Kimsenin yüzü izni olmadan kullanılamaz; ünlülerin, siyasetçilerin ve fenomenlerin yüzleri de yasak. Tüm şablonları, görüntü kullanımına izin veren oyuncularla kendi ekibimiz hazırlıyor. Kurallara uymayan yüklemeler engellenir, hesaplar kapatılır.'),
          ) +
          p(a('/sablonlar?ref=anasayfa', 'Şablonlara göz at') + ' · ' + a('/sablonlar?ref=anasayfa&kategori=bayram', 'Bayram şablonları') + ' · ' + a('/kurallar', 'Kurallar')) +
          p('Şimdiye kadar 3 milyondan fazla caps üretildi.') +
          footer('© 2026 Yüzmatik Yazılım A.Ş. · 12+ yaş', [
            ['/premium', 'Premium'],
            ['/kurallar', 'Kurallar'],
            ['/gizlilik', 'Gizlilik'],
            ['/kullanim-kosullari', 'Kullanım koşulları'],
          ]),
      },
      {
        path: '/sablonlar',
        title: 'Şablonlar — Yüzmatik',
        body:
          nav([['/', 'Ana sayfa'], ['/premium', 'Premium']], 'Yüzmatik') +
          h1('Popüler şablonlar') +
          ul('Orta çağ şövalyesi (fotoğraf)', 'El sallayan astronot (video, 8 sn)', 'Opera sanatçısı (video, 12 sn)', 'Mutfakta felaket aşçı (video, 10 sn)', 'Bayram sabahı (fotoğraf)', 'Gol sevinci (video, 9 sn)') +
          p('Tüm şablonlar stüdyomuzun özgün yapımlarıdır ya da lisanslı stok görsellerden hazırlanmıştır. Ünlülerin, kamuya mal olmuş kişilerin ya da yetişkin sahnelerin yer aldığı şablonlarımız yok ve olmayacak. Her cuma yeni şablonlar geliyor; bir sonraki temayı uygulamada oylayabilirsin.') +
          footer('© 2026 Yüzmatik', [['/kurallar', 'Kurallar']]),
      },
      {
        path: '/dogum-gunu',
        title: 'Doğum günü videosu — Yüzmatik',
        body:
          nav([['/', 'Ana sayfa']], 'Yüzmatik') +
          h1('Unutulmayacak bir doğum günü videosu') +
          p('Bir tema seç (süper kahraman, rock, futbol, prenses ve korsan), doğum günü kişisinin adını ve yaşını yaz, iznini aldığın bir yüz fotoğrafını yükle. Bir dakika içinde müzikli, konfetili bir kutlama videon hazır. Partide televizyonda oynatmak ya da mesajla göndermek için ideal. Premium’da 1080p ve filigransız indirebilirsin.') +
          upload('Doğum günü kişisinin fotoğrafını yükle', '/dogum-gunu/olustur', 'Video oluştur') +
          p('Sürpriz yapmak serbest, izinsiz yüz değil.') +
          footer('© 2026 Yüzmatik', [['/premium', 'Premium']]),
      },
      {
        path: '/premium',
        title: 'Premium — Yüzmatik',
        body:
          nav([['/', 'Ana sayfa']], 'Yüzmatik') +
          h1('Yüzmatik Premium') +
          priceTable(
            ['', 'Ücretsiz', 'Premium'],
            [
              ['Günlük değişim', '5', 'sınırsız'],
              ['Video kalitesi', '480p', '1080p'],
              ['Filigran', 'var', 'yok'],
              ['Fiyat', '0 TL', 'haftalık 79,99 TL · yıllık 599,99 TL'],
            ],
          ) +
          p('Abonelik telefonundaki uygulama mağazası hesabından ücretlendirilir ve mağaza ayarlarından istediğin zaman iptal edilebilir. Her yenilemeden önce sana hatırlatma gönderiyoruz. Ücretsiz sürümde yaptıkların seninle kalır.') +
          p('Premium ile yeni şablonlara herkesten önce erişirsin ve 500’e kadar içeriği kendi albümünde saklayabilirsin. Aile paylaşımı, mağazanın izin verdiği ölçüde desteklenir.') +
          p('Sorun yaşarsan destek ekibimize yaz.') +
          footer('© 2026 Yüzmatik', [['/gizlilik', 'Gizlilik']]),
      },
      {
        path: '/kurallar',
        title: 'Topluluk kuralları — Yüzmatik',
        body:
          nav([['/', 'Ana sayfa']], 'Yüzmatik') +
          h1('Topluluk kuralları') +
          ol('Sadece kendi yüzünü ya da izin veren birinin yüzünü kullan.', 'Cinsel, müstehcen ya da NSFW içerik yasak; otomatik olarak engellenir.', 'Zorbalık ve kırıcı alay yok.', 'Ünlü, siyasetçi ve fenomen yüzü yok.', 'En az 13 yaşında olmalısın.') +
          p('Uygunsuz bir şey mi gördün? İçeriğin altındaki “Bildir” düğmesine bas ya da guvenlik@yuzdegis-eglence.test adresine yaz. 24 saat içinde inceliyor, gerektiğinde yetkililerle iş birliği yapıyoruz.') +
          footer('© 2026 Yüzmatik', [['/', 'Ana sayfa']]),
      },
    ],
  },
  // ------------------------------------------------ lingerie-shop, tr
  {
    host: 'ipek-dantel-butik.test',
    lang: 'tr',
    label: 'unrelated',
    shape: 'lingerie-shop',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'İpek & Dantel — iç giyim, mayo, bikini ve pijama',
        head:
          metaDescription('Sütyen, külot, body, mayo, bikini ve pijama takımları. 70A’dan 100E’ye geniş beden seçeneği. 750 TL üzeri ücretsiz kargo, 30 gün içinde iade.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'ClothingStore', name: 'İpek & Dantel', address: { '@type': 'PostalAddress', addressLocality: 'Bursa', addressCountry: 'TR' } }),
        body:
          nav(
            [
              ['/ic-giyim', 'İç giyim'],
              ['/mayo-bikini', 'Mayo & bikini'],
              ['/beden-rehberi', 'Beden rehberi'],
              ['/kargo-iade', 'Kargo & iade'],
              ['/sepet', 'Sepetim (0)'],
            ],
            'İpek & Dantel',
          ) +
          p('750 TL üzeri ücretsiz kargo · 30 gün içinde kolay iade · Kapıda ödeme seçeneği') +
          h1('Yeni sezon: Yaz Esintisi') +
          p('Pudra ve adaçayı tonlarında hafif danteller, her gün rahatça giyebileceğin pamuklu temel parçalar, suda da yerinde duran mayo ve bikiniler ve sıcak yaz geceleri için keten pijamalar. 1992’den beri Bursa’daki atölyemizde, yerli kumaşlarla küçük seriler halinde üretiyoruz.') +
          h2('Çok satanlar') +
          ul('Balenli sütyen “Zeynep” — 649 TL', 'Balensiz dantel bralet “Defne” — 499 TL', 'Yüksek bel külot “Zeynep” — 249 TL', 'Mayo “Ege” — 1.190 TL', 'Keten pijama takımı “Gece” — 1.390 TL') +
          button('Sepete ekle') +
          h2('Bedeninden emin değil misin?') +
          p(a('/beden-rehberi?ref=anasayfa', 'Beden rehberimize') + ' göz at ya da uzman danışmanlarımızla ücretsiz görüntülü görüşme ayarla — 15 dakika, kamera isteğe bağlı. Beden değişimi her zaman ücretsiz.') +
          textForm('Bültenimize katıl, ilk siparişinde %10 indirim kazan', 'Katıl', '/bulten') +
          cookieBanner('Sepetini hatırlamak ve sitemizi geliştirmek için çerez kullanıyoruz.', 'Kabul et', 'Ayarlar') +
          p('Siparişlerin sade, logosuz paketlerde gönderilir. Kredi kartına 6 taksit imkânı ve kapıda ödeme seçeneği sunuyoruz; müşteri hizmetlerimiz hafta içi her gün telefon ve canlı destekle yanında.') +
          footer('© 2026 İpek & Dantel Tekstil San. Tic. Ltd. Şti. · Bursa', [
            ['/kargo-iade', 'Kargo & iade'],
            ['/mesafeli-satis', 'Mesafeli satış sözleşmesi'],
            ['/kvkk', 'KVKK'],
            ['/beden-rehberi', 'Beden rehberi'],
          ]),
      },
      {
        path: '/ic-giyim',
        title: 'İç giyim — İpek & Dantel',
        body:
          nav([['/', 'Ana sayfa'], ['/beden-rehberi', 'Beden rehberi'], ['/sepet', 'Sepetim']], 'İpek & Dantel') +
          h1('İç giyim') +
          p('64 ürün · Sırala: yeni gelenler · Filtrele: beden, model, renk, fiyat') +
          ul('Balenli sütyen “Zeynep”, pudra — 649 TL — 70A–90D', 'Toparlayıcı sütyen “Leyla”, ten — 699 TL — 75B–100E', 'Spor sütyeni “Koşu”, yüksek destek — 579 TL — S–XL', 'Dantel body “Gül” — 899 TL', 'Pamuklu külot 3’lü paket — 399 TL') +
          button('Sepete ekle') +
          p('Aradığın beden tükendi mi? “Gelince haber ver”e tıkla, stoğa girdiğinde sana SMS gönderelim. Tüm ürünlerimiz Bursa’daki atölyemizde üretilir.') +
          footer('© 2026 İpek & Dantel', [['/kargo-iade', 'Kargo & iade']]),
      },
      {
        path: '/mayo-bikini',
        title: 'Mayo & bikini — İpek & Dantel',
        body:
          nav([['/', 'Ana sayfa'], ['/sepet', 'Sepetim']], 'İpek & Dantel') +
          h1('Mayo & bikini') +
          p('Mayolarımız klora ve tuzlu suya dayanıklı, hızlı kuruyan geri dönüştürülmüş kumaştan üretilir. Bikini üstleri sütyen bedenleriyle hazırlanır; böylece büyük cup’larda da suda iyi destek sağlar. Mayo, bikini, tankini ve plaj için keten gömlekler koleksiyonumuzda.') +
          ul('Mayo “Ege” — 1.190 TL', 'Bikini “Bodrum” — 890 TL’den başlayan fiyatlarla', 'Tankini “Kaş” — 990 TL', 'Keten plaj gömleği — 790 TL') +
          button('Sepete ekle') +
          p('Denizden sonra tatlı suyla durulaman yeterli.') +
          footer('© 2026 İpek & Dantel', [['/beden-rehberi', 'Beden rehberi']]),
      },
      {
        path: '/beden-rehberi',
        title: 'Beden rehberi — İpek & Dantel',
        body:
          nav([['/', 'Ana sayfa'], ['/ic-giyim', 'İç giyim']], 'İpek & Dantel') +
          h1('Doğru sütyen bedenini bul') +
          p('Bir mezura ile göğüs altını sıkıca, göğüs çevresini ise en geniş yerinden ölç. İki ölçü arasındaki fark cup bedenini gösterir. Aşağıdaki tabloyu başlangıç noktası olarak kullanabilirsin:') +
          priceTable(
            ['Göğüs altı (cm)', 'Beden', 'Fark (cm)', 'Cup'],
            [
              ['68–72', '70', '12–14', 'A'],
              ['73–77', '75', '14–16', 'B'],
              ['78–82', '80', '16–18', 'C'],
              ['83–87', '85', '18–20', 'D'],
            ],
          ) +
          p('İki beden arasında mı kaldın? İkisini de sipariş et; iade ücretsiz. Her ürün sayfasında kalıbın dar mı geniş mi olduğunu da belirtiyoruz.') +
          footer('© 2026 İpek & Dantel', [['/kargo-iade', 'Kargo & iade']]),
      },
      {
        path: '/kargo-iade',
        title: 'Kargo & iade — İpek & Dantel',
        body:
          nav([['/', 'Ana sayfa']], 'İpek & Dantel') +
          h1('Kargo & iade') +
          p('Saat 15:00’e kadar verilen siparişler aynı gün kargoya verilir, genellikle 1–3 iş günü içinde teslim edilir. Kargo ücreti 79,90 TL, 750 TL ve üzeri siparişlerde ücretsiz. Giyilmemiş ve etiketi üzerindeki ürünleri 30 gün içinde ücretsiz iade edebilirsin; hijyen nedeniyle külot ve mayo altları yalnızca koruyucu bandı bozulmamışsa iade alınır. İade tutarı, ürün bize ulaştıktan sonra 5 iş günü içinde ödeme yönteminize yansır.') +
          footer('© 2026 İpek & Dantel', [['/mesafeli-satis', 'Mesafeli satış sözleşmesi']]),
      },
    ],
  },
];
