import {
  a,
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
  metaDescription,
  nav,
  ol,
  orderForm,
  p,
  priceTable,
  storeBadges,
  stripe,
  textForm,
  ul,
  upload,
  cryptoCheckout,
  gtag,
  oneTap,
  type CorpusSite,
} from '../site-kit.js';

const AUTHOR = 'mix';

const neoNav = nav(
  [
    ['/yak-tse-pratsiuie', 'Як це працює'],
    ['/tsiny', 'Ціни'],
    ['/zamovyty?ref=menu', 'Замовити'],
    ['/faq', 'FAQ'],
  ],
  'NeoSkin Studio',
);

const coiNav = nav(
  [
    ['/bang-gia', 'Bảng giá'],
    ['/huong-dan', 'Hướng dẫn'],
    ['/cau-hoi', 'Câu hỏi'],
    ['/dang-nhap', 'Đăng nhập'],
  ],
  'CởiAI',
);

const kilatNav = nav(
  [
    ['/template', 'Template'],
    ['/vip?ref=menu', 'VIP'],
    ['/unduh', 'Unduh APK'],
    ['/bantuan', 'Bantuan'],
  ],
  'SwapKilat',
);

const lepasNav = nav(
  [
    ['/mode', 'Mode'],
    ['/harga', 'Harga'],
    ['/cara-pakai', 'Cara pakai'],
    ['/masuk', 'Masuk'],
  ],
  'Lepas.AI',
);

const nirNav = nav(
  [
    ['/download', 'डाउनलोड करें'],
    ['/vip-plans', 'VIP प्लान'],
    ['/faq', 'सवाल-जवाब'],
    ['/terms', 'नियम'],
    ['/en', 'English'],
  ],
  'Nirvastra AI',
);

export const sites: CorpusSite[] = [
  /* ---------- uk: made-to-order nudify ---------- */
  {
    host: 'neoskin-zamovlennia.test',
    lang: 'uk',
    label: 'nudify',
    shape: 'made-to-order',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'NeoSkin Studio – роздягнемо будь-яке фото на замовлення',
        head: metaDescription('Індивідуальні ню-версії фото на замовлення: AI + ручна ретуш. Готово за 24 години. Оплата лише криптовалютою. Повна анонімність.'),
        body:
          neoNav +
          h1('Ню-версія будь-якого фото – на замовлення, за 24 години') +
          p(
            'Автоматичні «undress»-боти часто дають криві руки, дивну шкіру та розмиті обличчя. У NeoSkin Studio кожне замовлення обробляє людина: спершу нейромережа знімає одяг, потім наш ретушер доводить результат до ідеалу. Ви отримуєте реалістичне фото без слідів AI.',
            'Надсилаєте фото – отримуєте готовий файл у 4K на пошту або в Telegram. Жодних реєстрацій, жодних імен. Оплата лише криптовалютою: USDT, BTC, XMR.',
          ) +
          h2('Що ми робимо') +
          ul(
            'Повне зняття одягу з фото (ню-версія)',
            'Заміна одягу на купальник або білизну',
            'Пакети: до 10 фото однієї людини зі знижкою',
            'Короткі анімації 3–5 секунд (бета)',
            'Термінове виконання за 3 години (+50%)',
          ) +
          h2('Чому нам довіряють') +
          ul('Понад 4 000 виконаних замовлень з 2024 року', 'Вихідні фото видаляємо одразу після доставки', 'Безкоштовна переробка, якщо результат не сподобався', 'Підтримка в Telegram 24/7') +
          blockquote('Замовляв три фото, зробили за ніч. Якість набагато краща, ніж у ботів.', 'Відгук клієнта, Telegram') +
          p('Ціни – від $9 за фото. ' + a('/tsiny?utm_source=home', 'Переглянути ціни') + ' або одразу ' + a('/zamovyty?ref=hero', 'оформити замовлення') + '.') +
          footer('© 2026 NeoSkin Studio. Послуги лише для повнолітніх. Замовник відповідає за надані фото.', [
            ['/faq', 'FAQ'],
            ['/tsiny', 'Ціни'],
            ['/zamovyty', 'Замовити'],
          ]),
      },
      {
        path: '/yak-tse-pratsiuie',
        title: 'Як це працює – NeoSkin Studio',
        body:
          neoNav +
          h1('Як це працює') +
          ol(
            'Заповніть форму замовлення: кількість фото, бажаний режим (ню, купальник, білизна) і термін.',
            'Оплатіть рахунок у криптовалюті – адресу гаманця ви отримаєте після заповнення форми.',
            'Надішліть фото у наш Telegram-бот за номером замовлення. Найкраще підходять фото в повний зріст, з хорошим освітленням.',
            'Через 24 години (або 3 години для термінових) отримаєте готові файли у 4K.',
            'Не сподобалося? Одна безкоштовна переробка входить у ціну.',
          ) +
          p('Ми не зберігаємо фото довше, ніж потрібно для виконання замовлення, і не публікуємо роботи без вашої згоди. Людина на фото ніколи не дізнається про замовлення.') +
          footer('© 2026 NeoSkin Studio'),
      },
      {
        path: '/tsiny',
        title: 'Ціни – NeoSkin Studio',
        body:
          neoNav +
          h1('Ціни') +
          priceTable(
            ['Послуга', 'Ціна', 'Термін'],
            [
              ['1 фото, ню-версія', '$9', '24 год'],
              ['Пакет 5 фото однієї людини', '$35', '24 год'],
              ['Пакет 10 фото', '$60', '48 год'],
              ['Анімація 3–5 сек', '$25', '48 год'],
              ['Термінове виконання', '+50%', '3 год'],
            ],
          ) +
          p('Оплата лише криптовалютою: USDT (TRC20), BTC або Monero. Ціни вказано в доларах, курс фіксується на момент створення рахунку. Для постійних клієнтів – знижка 15% від п’ятого замовлення. Повернення коштів можливе, якщо ми не виконали замовлення в строк.') +
          footer('© 2026 NeoSkin Studio'),
      },
      {
        path: '/zamovyty',
        title: 'Оформити замовлення – NeoSkin Studio',
        head: cryptoCheckout(),
        body:
          neoNav +
          h1('Оформити замовлення') +
          p('Заповніть форму. Після цього ви отримаєте номер замовлення, адресу гаманця та посилання на Telegram-бот, куди надішлете фото. Ми не просимо ваше ім’я чи телефон – достатньо контакту в Telegram або одноразової пошти.') +
          orderForm(['Кількість фото', 'Режим (ню / купальник / білизна)', 'Термін (24 год / 3 год)', 'Telegram або e-mail для доставки', 'Побажання до результату'], 'Отримати рахунок') +
          p('Після оплати замовлення автоматично передається ретушеру. Статус можна перевірити в боті за номером замовлення.') +
          footer('© 2026 NeoSkin Studio'),
      },
      {
        path: '/faq',
        title: 'FAQ – NeoSkin Studio',
        body:
          neoNav +
          faq('Часті запитання', [
            ['Чи дізнається людина на фото?', 'Ні. Ми нікому не повідомляємо і не публікуємо результати.'],
            ['Чому тільки криптовалюта?', 'Так ми гарантуємо анонімність і вам, і нам. Картки та PayPal ми не приймаємо.'],
            ['Які фото підходять?', 'Чіткі, з однією людиною, бажано в повний зріст. Фото з соцмереж теж підходять, якщо вони не надто стиснуті.'],
            ['Що як результат не сподобався?', 'Одна переробка безкоштовна. Якщо й вона не допомогла, повернемо 50% вартості.'],
          ]) +
          footer('© 2026 NeoSkin Studio'),
      },
    ],
  },

  /* ---------- vi: nudify saas (app shell home) ---------- */
  {
    host: 'coiai-app.test',
    lang: 'vi',
    label: 'nudify',
    shape: 'saas',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'CởiAI – Xóa quần áo trong ảnh bằng AI chỉ 10 giây',
        jsOnly: true,
        head:
          metaDescription('CởiAI: tải ảnh lên, AI xóa quần áo và tạo phiên bản nude trong 10 giây. Chế độ bikini, đồ lót, NSFW. Tặng 3 credit miễn phí.') +
          gtag('G-COIAI00001') +
          oneTap('000000000000-coiai.apps.googleusercontent.com'),
        body:
          coiNav +
          h1('Xóa quần áo trong mọi bức ảnh – AI làm trong 10 giây') +
          p(
            'CởiAI là công cụ “undress AI” số 1 cho người Việt. Chỉ cần tải ảnh lên, chọn chế độ, và AI sẽ tạo ra phiên bản không mặc đồ với độ chân thực cao. Không cần cài app, dùng ngay trên điện thoại hoặc máy tính.',
            'Hơn 2 triệu ảnh đã được xử lý. Hoạt động tốt với ảnh selfie, ảnh du lịch và ảnh chụp màn hình từ mạng xã hội.',
          ) +
          upload('Kéo thả ảnh vào đây hoặc bấm để chọn', '/xu-ly', 'Cởi ngay') +
          h2('Chọn chế độ') +
          ul('👙 Bikini – thay đồ thành đồ bơi', '🖤 Đồ lót – nhiều kiểu và màu sắc', '🔞 Nude / NSFW (18+) – xóa toàn bộ quần áo', '🔍 X-ray – hiệu ứng “nhìn xuyên”, bản beta') +
          h2('Vì sao chọn CởiAI?') +
          ul('Kết quả dưới 10 giây, độ phân giải tới 4K', 'Ảnh tự động xóa sau 24 giờ, không lưu trữ', 'Thanh toán qua ví điện tử, thẻ ngân hàng, USDT', 'Hỗ trợ tiếng Việt 24/7 qua Telegram và Zalo') +
          p('Đăng ký bằng Google để nhận ngay 3 credit miễn phí. ' + a('/bang-gia?ref=home', 'Xem bảng giá') + ' · ' + a('/bang-gia?ref=home_bottom&utm_campaign=tet', 'Ưu đãi Tết -30%')) +
          faq('Câu hỏi nhanh', [
            ['Người trong ảnh có biết không?', 'Không. Chúng tôi không gửi thông báo cho ai và không công khai ảnh.'],
            ['Một ảnh tốn bao nhiêu credit?', '1 credit cho chế độ thường, 2 credit cho 4K hoặc X-ray.'],
          ]) +
          footer('© 2026 CởiAI. Chỉ dành cho người từ 18 tuổi. Người dùng tự chịu trách nhiệm về ảnh tải lên.', [
            ['/dieu-khoan', 'Điều khoản'],
            ['/cau-hoi', 'Hỗ trợ'],
            ['/bang-gia', 'Mua credit'],
          ]),
      },
      {
        path: '/bang-gia',
        title: 'Bảng giá – CởiAI',
        head: stripe('pk_test_coiai_vn_5'),
        body:
          coiNav +
          h1('Bảng giá credit') +
          priceTable(
            ['Gói', 'Credit', 'Giá', 'Ưu đãi'],
            [
              ['Dùng thử', '3', 'Miễn phí', 'Có watermark, 720p'],
              ['Cơ bản', '30', '99.000đ', 'Không watermark'],
              ['Pro', '150', '349.000đ', '4K, X-ray, ưu tiên xử lý'],
              ['VIP tháng', 'Không giới hạn', '599.000đ/tháng', 'Tất cả tính năng + xử lý hàng loạt'],
            ],
          ) +
          p('Credit không hết hạn. Gói VIP có thể hủy bất kỳ lúc nào trong tài khoản. Chúng tôi chấp nhận ví điện tử, thẻ ATM nội địa, Visa/Mastercard và USDT. Trên sao kê sẽ hiển thị tên công ty trung lập, không liên quan đến CởiAI. Thanh toán bằng USDT được tặng thêm 20% credit.') +
          button('Mua credit ngay') +
          footer('© 2026 CởiAI'),
      },
      {
        path: '/huong-dan',
        title: 'Hướng dẫn sử dụng – CởiAI',
        body:
          coiNav +
          h1('Hướng dẫn 3 bước') +
          ol(
            'Tải ảnh lên: nên là ảnh một người, chụp chính diện, đủ sáng. Ảnh toàn thân cho kết quả tốt nhất.',
            'Chọn chế độ: bikini, đồ lót hoặc nude. Bạn có thể chỉnh độ sáng và phong cách bằng thanh trượt.',
            'Tải kết quả về máy với độ phân giải tới 4K, hoặc tạo biến thể mới với 1 credit.',
          ) +
          img(4, 'Màn hình tải ảnh') +
          p('Mẹo: ảnh có quần áo bó sát, nền đơn giản sẽ cho kết quả chân thực hơn. Tránh ảnh bị mờ hoặc nén quá nhiều từ mạng xã hội. Nếu kết quả chưa ưng ý, hãy thử chế độ Pro với mô hình mới nhất v5.') +
          footer('© 2026 CởiAI'),
      },
      {
        path: '/cau-hoi',
        title: 'Câu hỏi thường gặp – CởiAI',
        body:
          coiNav +
          faq('Câu hỏi thường gặp', [
            ['CởiAI có an toàn không?', 'Ảnh được mã hóa khi tải lên và tự động xóa sau 24 giờ. Chúng tôi không chia sẻ ảnh với bất kỳ ai.'],
            ['Tại sao ảnh của tôi bị lỗi?', 'Ảnh quá mờ, có nhiều người hoặc góc chụp nghiêng có thể gây lỗi. Hãy thử ảnh khác rõ nét hơn.'],
            ['Có app trên điện thoại không?', 'Chưa có trên App Store, nhưng bạn có thể thêm CởiAI vào màn hình chính và dùng như một ứng dụng.'],
            ['Tôi có được hoàn tiền không?', 'Credit đã dùng không được hoàn. Credit chưa dùng được hoàn trong vòng 7 ngày.'],
          ]) +
          footer('© 2026 CởiAI'),
      },
      {
        path: '/dieu-khoan',
        title: 'Điều khoản sử dụng – CởiAI',
        body:
          coiNav +
          h1('Điều khoản sử dụng') +
          p('Bằng việc sử dụng CởiAI, bạn xác nhận mình đủ 18 tuổi và có quyền sử dụng hình ảnh tải lên. Mọi hình ảnh tạo ra đều do AI tổng hợp, chỉ nhằm mục đích giải trí. CởiAI không chịu trách nhiệm về việc người dùng sử dụng hoặc phát tán kết quả. Chúng tôi có quyền khóa tài khoản mà không cần báo trước. Credit đã mua không được chuyển nhượng.') +
          footer('© 2026 CởiAI'),
      },
    ],
  },

  /* ---------- vi: clothes changer for shops (hard negative) ---------- */
  {
    host: 'thaydo-studio.test',
    lang: 'vi',
    label: 'unrelated',
    shape: 'clothes-changer',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'ThayĐồ Studio – người mẫu AI mặc thử sản phẩm cho shop thời trang',
        head: jsonLd({
          '@context': 'https://schema.org',
          '@type': 'SoftwareApplication',
          name: 'ThayĐồ Studio',
          applicationCategory: 'BusinessApplication',
          offers: { '@type': 'Offer', price: '290000', priceCurrency: 'VND' },
        }),
        body:
          cookieBanner('Chúng tôi dùng cookie để cải thiện trải nghiệm và đo lường hiệu quả quảng cáo.', 'Đồng ý', 'Tùy chỉnh') +
          nav(
            [
              ['/tinh-nang/nguoi-mau-ao', 'Người mẫu ảo'],
              ['/bang-gia', 'Bảng giá'],
              ['/api', 'API'],
              ['/lien-he', 'Liên hệ'],
              ['/dang-ky?ref=nav', 'Dùng thử miễn phí'],
            ],
            'ThayĐồ Studio',
          ) +
          h1('Chụp sản phẩm một lần – mặc lên mọi người mẫu') +
          p(
            'ThayĐồ Studio giúp shop thời trang online tạo ảnh sản phẩm chuyên nghiệp mà không cần thuê người mẫu hay studio. Bạn tải ảnh áo, váy hoặc quần (chụp trên ma-nơ-canh hay trải phẳng đều được), chọn người mẫu AI, và hệ thống sẽ “mặc” sản phẩm lên người mẫu chỉ trong vài giây.',
            'Thay đổi người mẫu, dáng đứng, bối cảnh và màu sắc sản phẩm chỉ với một cú nhấp. Phù hợp cho shop trên các sàn thương mại điện tử, fanpage và website riêng.',
          ) +
          upload('Tải ảnh sản phẩm (áo, váy, quần…)', '/tao-anh', 'Tạo ảnh người mẫu') +
          h2('Tính năng chính') +
          ul(
            'Thay đồ cho người mẫu: thử sản phẩm của bạn trên hơn 200 người mẫu AI',
            'Đổi bối cảnh: studio trắng, đường phố, quán cà phê, bãi biển',
            'Xóa ma-nơ-canh (ghost mannequin) cho ảnh áo 3D',
            'Đổi màu sản phẩm mà không cần chụp lại',
            'Xuất ảnh 2048px, chuẩn kích thước các sàn',
          ) +
          p('Chúng tôi chỉ dùng người mẫu AI có bản quyền hoặc ảnh người mẫu mà bạn có hợp đồng. Hệ thống không cho phép tải ảnh người thật để chỉnh sửa trang phục, và mọi nội dung khỏa thân hay gợi dục đều bị chặn tự động.') +
          blockquote('Shop mình tiết kiệm được gần 15 triệu mỗi tháng tiền chụp ảnh. Ảnh lên sàn đẹp, khách hỏi liên tục.', 'Chủ shop thời trang nữ, TP.HCM') +
          p('Dùng thử miễn phí 20 ảnh, không cần thẻ. ' + a('/bang-gia?utm_source=home', 'Xem bảng giá') + '.') +
          footer('© 2026 ThayĐồ Studio · Giải pháp ảnh sản phẩm cho nhà bán hàng.', [
            ['/bang-gia', 'Bảng giá'],
            ['/chinh-sach-noi-dung', 'Chính sách nội dung'],
            ['/lien-he', 'Liên hệ'],
          ]),
      },
      {
        path: '/tinh-nang/nguoi-mau-ao',
        title: 'Người mẫu ảo – ThayĐồ Studio',
        body:
          nav([['/', 'Trang chủ'], ['/bang-gia', 'Bảng giá']], 'ThayĐồ Studio') +
          h1('Hơn 200 người mẫu AI cho mọi phong cách') +
          p(
            'Chọn người mẫu theo chiều cao, vóc dáng, tông da và phong cách: công sở, dạo phố, thể thao, áo dài truyền thống. Bạn cũng có thể tải lên ảnh người mẫu đã ký hợp đồng với shop để tạo “người mẫu riêng”.',
            'Mỗi ảnh được tạo với ánh sáng tự nhiên và nếp vải chân thực, giúp khách hàng hình dung sản phẩm chính xác hơn và giảm tỷ lệ đổi trả. Bạn có thể tạo cùng lúc một bộ ảnh gồm mặt trước, mặt sau và cận chất liệu.',
          ) +
          footer('© 2026 ThayĐồ Studio'),
      },
      {
        path: '/bang-gia',
        title: 'Bảng giá – ThayĐồ Studio',
        body:
          nav([['/', 'Trang chủ'], ['/api', 'API']], 'ThayĐồ Studio') +
          h1('Bảng giá') +
          priceTable(
            ['Gói', 'Số ảnh/tháng', 'Giá'],
            [
              ['Dùng thử', '20', 'Miễn phí'],
              ['Shop nhỏ', '300', '290.000đ/tháng'],
              ['Shop lớn', '2.000', '1.490.000đ/tháng'],
              ['Doanh nghiệp', 'Theo nhu cầu', 'Liên hệ'],
            ],
          ) +
          p('Tất cả các gói đều bao gồm thay đồ người mẫu, đổi bối cảnh và xóa ma-nơ-canh. Thanh toán qua chuyển khoản, ví điện tử hoặc thẻ. Xuất hóa đơn VAT cho doanh nghiệp. Ảnh chưa dùng hết không được cộng dồn sang tháng sau.') +
          footer('© 2026 ThayĐồ Studio'),
      },
      {
        path: '/api',
        title: 'API – ThayĐồ Studio',
        body:
          nav([['/', 'Trang chủ'], ['/lien-he', 'Liên hệ']], 'ThayĐồ Studio') +
          h1('API cho nhà phát triển') +
          p('Tích hợp tính năng thay đồ người mẫu trực tiếp vào hệ thống quản lý sản phẩm của bạn. Gửi ảnh sản phẩm qua REST API, nhận về ảnh người mẫu trong khoảng 6 giây. Giá từ 900đ mỗi ảnh, tính theo lượt gọi thành công. Có sandbox miễn phí và tài liệu đầy đủ bằng tiếng Việt và tiếng Anh. Mọi yêu cầu đều đi qua bộ lọc nội dung giống như trên giao diện web.') +
          footer('© 2026 ThayĐồ Studio'),
      },
      {
        path: '/lien-he',
        title: 'Liên hệ – ThayĐồ Studio',
        body:
          nav([['/', 'Trang chủ']], 'ThayĐồ Studio') +
          h1('Liên hệ với chúng tôi') +
          p('Đội ngũ hỗ trợ làm việc từ 8h đến 22h tất cả các ngày trong tuần. Bạn có thể chat trực tiếp trên website, gửi email hoặc gọi hotline. Với doanh nghiệp có nhu cầu trên 5.000 ảnh mỗi tháng, chúng tôi sẽ cử chuyên viên tư vấn giải pháp riêng và hỗ trợ tích hợp API miễn phí.') +
          textForm('Email hoặc số điện thoại của bạn', 'Gửi yêu cầu', '/lien-he/gui') +
          footer('© 2026 ThayĐồ Studio'),
      },
    ],
  },

  /* ---------- vi: fact-check (about) ---------- */
  {
    host: 'kiemchungso.test',
    lang: 'vi',
    label: 'unrelated',
    shape: 'fact-check',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Kiểm Chứng Số – xác minh tin đồn và thông tin sai lệch trên mạng',
        body:
          nav(
            [
              ['/', 'Trang chủ'],
              ['/bai-viet/ung-dung-nhin-xuyen-quan-ao', 'Bài mới'],
              ['/phuong-phap', 'Phương pháp'],
              ['/gioi-thieu', 'Giới thiệu'],
            ],
            'Kiểm Chứng Số',
          ) +
          h1('Kiểm Chứng Số') +
          p('Chúng tôi xác minh những thông tin đang lan truyền trên mạng xã hội tại Việt Nam: ảnh, video, quảng cáo và tin đồn. Mỗi bài viết đều ghi rõ nguồn và mức độ đánh giá.') +
          article(
            h2(a('/bai-viet/ung-dung-nhin-xuyen-quan-ao', 'Ứng dụng “nhìn xuyên quần áo” có thật không? Đánh giá: GÂY HIỂU LẦM')),
            p('Quảng cáo trên mạng xã hội hứa hẹn một ứng dụng có thể “nhìn xuyên quần áo” qua camera điện thoại. Thực tế, đây là các dịch vụ dùng AI để tạo ra ảnh giả từ ảnh có sẵn – không hề “nhìn xuyên” được gì, nhưng vẫn gây hại nghiêm trọng cho người bị ghép ảnh.'),
          ) +
          article(h3('Clip “sếp ngân hàng tuyên bố phá sản” là deepfake – SAI'), p('Đoạn video bị ghép mặt và giọng nói bằng AI. Ngân hàng đã lên tiếng bác bỏ.')) +
          article(h3('Tin nhắn “trúng thưởng xe máy” từ hãng điện thoại – LỪA ĐẢO'), p('Đường link dẫn đến trang giả mạo thu thập thông tin thẻ ngân hàng.')) +
          article(h3('Ảnh lũ lụt ở miền Trung năm 2026 – ĐÚNG MỘT PHẦN'), p('Ảnh thật, nhưng được chụp từ năm 2020 và bị chia sẻ lại với chú thích sai.')) +
          textForm('Gửi tin đồn cần kiểm chứng', 'Gửi', '/gui-tin') +
          footer('© 2026 Kiểm Chứng Số – dự án kiểm chứng độc lập (hư cấu).', [
            ['/phuong-phap', 'Phương pháp'],
            ['/gioi-thieu', 'Giới thiệu'],
            ['/lien-he', 'Liên hệ'],
          ]),
      },
      {
        path: '/bai-viet/ung-dung-nhin-xuyen-quan-ao',
        title: 'Ứng dụng “nhìn xuyên quần áo” có thật không? – Kiểm Chứng Số',
        head: jsonLd({
          '@context': 'https://schema.org',
          '@type': 'ClaimReview',
          claimReviewed: 'Có ứng dụng điện thoại nhìn xuyên quần áo qua camera',
          reviewRating: { '@type': 'Rating', alternateName: 'Gây hiểu lầm' },
          author: { '@type': 'Organization', name: 'Kiểm Chứng Số' },
        }),
        body:
          nav([['/', 'Trang chủ'], ['/phuong-phap', 'Phương pháp']], 'Kiểm Chứng Số') +
          h1('Ứng dụng “nhìn xuyên quần áo” có thật không?') +
          p('<strong>Đánh giá: GÂY HIỂU LẦM</strong>') +
          p(
            'Trong tháng 2/2026, nhiều quảng cáo trên mạng xã hội giới thiệu các ứng dụng có tên kiểu “X-ray camera” hay “CởiAI”, với lời mời chào: “tải ảnh lên, xem ngay phiên bản không mặc đồ”. Một số trang còn bán gói credit từ 99.000đ và gói VIP theo tháng.',
            'Chúng tôi đã kiểm tra bốn dịch vụ như vậy. Không dịch vụ nào “nhìn xuyên” được quần áo. Chúng dùng mô hình AI tạo ảnh để “đoán” và vẽ ra một cơ thể giả, ghép lên khuôn mặt của người trong ảnh gốc. Kết quả là một bức ảnh giả mạo.',
            'Dù là ảnh giả, việc tạo và phát tán ảnh nhạy cảm của người khác khi không có sự đồng ý có thể vi phạm pháp luật và gây tổn hại lớn cho nạn nhân. Nếu bạn bị ghép ảnh, hãy lưu bằng chứng, báo cáo với nền tảng và trình báo cơ quan công an.',
          ) +
          footer('© 2026 Kiểm Chứng Số'),
      },
      {
        path: '/phuong-phap',
        title: 'Phương pháp kiểm chứng – Kiểm Chứng Số',
        body:
          nav([['/', 'Trang chủ']], 'Kiểm Chứng Số') +
          h1('Phương pháp của chúng tôi') +
          p('Mỗi thông tin được ít nhất hai biên tập viên kiểm tra độc lập. Chúng tôi tìm nguồn gốc ảnh bằng công cụ tìm kiếm ngược, liên hệ các bên liên quan, và tham khảo chuyên gia khi cần. Thang đánh giá gồm: ĐÚNG, ĐÚNG MỘT PHẦN, GÂY HIỂU LẦM, SAI và LỪA ĐẢO. Với nội dung nhạy cảm, chúng tôi không đăng lại hình ảnh gốc mà chỉ mô tả bằng lời.') +
          footer('© 2026 Kiểm Chứng Số'),
      },
      {
        path: '/gioi-thieu',
        title: 'Giới thiệu – Kiểm Chứng Số',
        body:
          nav([['/', 'Trang chủ']], 'Kiểm Chứng Số') +
          h1('Về Kiểm Chứng Số') +
          p('Kiểm Chứng Số được thành lập năm 2023 bởi một nhóm nhà báo và kỹ sư dữ liệu. Chúng tôi hoạt động độc lập, không nhận tài trợ từ đảng phái chính trị hay doanh nghiệp có liên quan đến nội dung kiểm chứng. Nếu phát hiện sai sót trong bài viết, chúng tôi sẽ đính chính công khai và ghi rõ thời điểm sửa.') +
          footer('© 2026 Kiểm Chứng Số'),
      },
    ],
  },

  /* ---------- id: deepfake app-landing ---------- */
  {
    host: 'swapkilat.test',
    lang: 'id',
    label: 'deepfake',
    shape: 'app-landing',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'SwapKilat – Aplikasi Face Swap AI dengan Template 18+',
        head:
          metaDescription('Tukar wajah siapa saja ke video dalam hitungan detik. 10 swap gratis per hari, template dewasa 18+ untuk VIP. Download APK sekarang.') +
          jsonLd({
            '@context': 'https://schema.org',
            '@type': 'MobileApplication',
            name: 'SwapKilat',
            operatingSystem: 'Android',
            aggregateRating: { '@type': 'AggregateRating', ratingValue: 4.6, ratingCount: 21400 },
            offers: { '@type': 'Offer', price: '29000', priceCurrency: 'IDR' },
          }),
        body:
          kilatNav +
          h1('Tukar Wajah Siapa Saja ke Video – Secepat Kilat ⚡') +
          p(
            'SwapKilat adalah aplikasi face swap AI paling cepat di Indonesia. Cukup upload satu foto wajah, pilih template video, dan dalam 30 detik wajahnya sudah menempel sempurna. Bisa pakai foto artis, selebgram, gebetan, atau teman – hasilnya kelihatan asli banget.',
            'Dapatkan 10 swap gratis setiap hari. Mau template spesial? Buka VIP dan akses ratusan template dewasa 18+ yang tidak ada di aplikasi lain.',
          ) +
          storeBadges('/unduh/swapkilat-2.8.apk') +
          p('Pengguna iPhone: buka situs ini di Safari, ketuk “Bagikan” lalu “Tambahkan ke Layar Utama”.') +
          h2('Fitur Unggulan') +
          ul(
            '🎬 5.000+ template: film, TikTok, meme, dan kategori “Hot” 18+',
            '📸 Upload video sendiri hingga 3 menit (VIP)',
            '🔞 Mode NSFW tanpa sensor untuk member VIP',
            '⚡ Render 1080p dalam 30 detik, 4K untuk VIP Gold',
            '🔒 Video otomatis terhapus dari server setelah 48 jam',
          ) +
          h2('Kata Mereka') +
          blockquote('Template hot-nya banyak banget dan hasilnya mulus. Worth it ambil VIP mingguan.', 'Ulasan ⭐⭐⭐⭐⭐') +
          blockquote('Paling gampang dipakai dibanding aplikasi face swap lain.', 'Ulasan ⭐⭐⭐⭐') +
          p('Lebih dari 800 ribu download. ' + a('/vip?ref=home', 'Lihat paket VIP') + ' · ' + a('/template?ref=home&utm_source=landing', 'Jelajahi template') + '.') +
          footer('© 2026 SwapKilat. Khusus 18+. Pengguna bertanggung jawab atas konten yang dibuat.', [
            ['/bantuan', 'Bantuan'],
            ['/syarat', 'Syarat & Ketentuan'],
            ['/privasi', 'Privasi'],
          ]),
      },
      {
        path: '/unduh',
        title: 'Download SwapKilat APK',
        body:
          kilatNav +
          h1('Download SwapKilat') +
          storeBadges('/unduh/swapkilat-2.8.apk') +
          ol(
            'Ketuk “Download APK” (versi 2.8, 61 MB).',
            'Buka Pengaturan → Keamanan → izinkan instal dari sumber tidak dikenal.',
            'Buka file APK dan ketuk “Instal”.',
            'Login dengan Google atau nomor HP dan klaim 10 swap gratis hari ini.',
          ) +
          p('Karena kebijakan toko aplikasi, versi dengan template 18+ hanya tersedia lewat APK resmi dari situs ini. Versi di toko aplikasi hanya berisi template umum. Update otomatis tersedia di dalam aplikasi.') +
          footer('© 2026 SwapKilat'),
      },
      {
        path: '/vip',
        title: 'Paket VIP – SwapKilat',
        body:
          kilatNav +
          h1('Paket VIP') +
          priceTable(
            ['Paket', 'Harga', 'Fitur'],
            [
              ['VIP Mingguan', 'Rp29.000', 'Swap tanpa batas, template 18+, tanpa watermark'],
              ['VIP Bulanan', 'Rp79.000', 'Semua fitur mingguan + upload video sendiri'],
              ['VIP Gold Tahunan', 'Rp399.000', 'Semua fitur + 4K + antrian prioritas'],
            ],
          ) +
          p('Bayar pakai e-wallet, pulsa, transfer bank, QRIS, atau kripto. VIP Mingguan diperpanjang otomatis dan bisa dibatalkan kapan saja di menu Akun. Nama merchant di tagihan dibuat netral supaya privasimu terjaga. Bonus: ajak teman dan dapatkan 3 hari VIP gratis untuk setiap teman yang mendaftar.') +
          button('Aktifkan VIP') +
          footer('© 2026 SwapKilat'),
      },
      {
        path: '/template',
        title: 'Template – SwapKilat',
        body:
          kilatNav +
          h1('Kategori Template') +
          ul(
            'Film & Drama – 1.200 template',
            'TikTok Trend – 900 template',
            'Meme Lucu – 650 template',
            'Couple & Romantis – 400 template',
            '🔞 Hot / Dewasa (VIP) – 850 template, update setiap hari',
            '🔞 Video NSFW panjang (VIP Gold) – 120 template',
          ) +
          p('Template 18+ hanya terlihat setelah login dan verifikasi usia. Request template baru lewat menu “Saran” di aplikasi; template yang paling banyak diminta kami tambahkan setiap minggu.') +
          footer('© 2026 SwapKilat'),
      },
      {
        path: '/bantuan',
        title: 'Bantuan – SwapKilat',
        body:
          kilatNav +
          faq('Pertanyaan Umum', [
            ['Apakah orang di foto akan tahu?', 'Tidak. Kami tidak pernah mengirim notifikasi ke siapa pun.'],
            ['Kenapa hasil swap kurang rapi?', 'Gunakan foto wajah menghadap depan dengan cahaya terang. Hindari kacamata hitam dan rambut menutupi wajah.'],
            ['Bisa refund VIP?', 'VIP yang sudah aktif tidak bisa di-refund, tapi bisa dibatalkan agar tidak diperpanjang.'],
            ['Apakah APK aman?', 'Ya, APK resmi ditandatangani oleh kami. Jangan unduh dari situs lain.'],
          ]) +
          footer('© 2026 SwapKilat'),
      },
    ],
  },

  /* ---------- id: listicle directory ---------- */
  {
    host: 'teknoviral-id.test',
    lang: 'id',
    label: 'directory',
    shape: 'listicle',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: '10 Aplikasi Undress AI & Face Swap 18+ Terbaik 2026 (Gratis & Berbayar)',
        head: jsonLd({
          '@context': 'https://schema.org',
          '@type': 'ItemList',
          name: 'Aplikasi Undress AI Terbaik 2026',
          itemListElement: [
            { '@type': 'ListItem', position: 1, name: 'Lepas.AI', url: 'https://lepasai.test/?ref=teknoviral' },
            { '@type': 'ListItem', position: 2, name: 'SwapKilat', url: 'https://swapkilat.test/?ref=teknoviral' },
            { '@type': 'ListItem', position: 3, name: 'CởiAI', url: 'https://coiai-app.test/?ref=teknoviral' },
          ],
        }),
        body:
          nav(
            [
              ['/', 'Beranda'],
              ['/review/swapkilat', 'Review SwapKilat'],
              ['/telegram-bot-ai', 'Bot Telegram AI'],
              ['/disclaimer', 'Disclaimer'],
            ],
            'TeknoViral',
          ) +
          h1('10 Aplikasi Undress AI & Face Swap 18+ Terbaik 2026') +
          p('<small>Diperbarui 5 Maret 2026 · oleh Tim TeknoViral · Artikel ini mengandung link afiliasi.</small>') +
          p('Lagi cari aplikasi “undress AI” atau face swap dengan template dewasa yang beneran jalan? Kami sudah coba puluhan aplikasi dan situs, lalu memilih 10 yang paling cepat, paling murah, dan hasilnya paling realistis. Cek daftarnya di bawah.') +
          h2('1. Lepas.AI – Undress AI terbaik untuk pengguna Indonesia') +
          p('Bisa bayar pakai QRIS dan e-wallet, ada mode bikini, lingerie, dan full undress. 3 kredit gratis. Skor kami: 9,3/10. ' + a('https://lepasai.test/?ref=teknoviral', 'Coba Lepas.AI')) +
          h2('2. SwapKilat – face swap dengan template 18+') +
          p('10 swap gratis sehari, VIP mingguan mulai Rp29.000 dengan ratusan template dewasa. Skor: 9,0/10. ' + a('https://swapkilat.test/?ref=teknoviral', 'Download SwapKilat')) +
          h2('3. CởiAI – dari Vietnam, hasil 4K') +
          p('Antarmuka bahasa Vietnam dan Inggris, tapi mudah dipakai. Mode X-ray tersedia. Skor: 8,7/10. ' + a('https://coiai-app.test/?ref=teknoviral', 'Kunjungi CởiAI')) +
          h2('4–10. Alternatif Lain') +
          ol(
            a('https://dezbrapp.test/?ref=teknoviral', 'DezbrAI') + ' – APK Android, 3 foto gratis per hari',
            a('https://skindrop-ai.test/?ref=teknoviral', 'SkinDrop AI') + ' – cepat, ada X-ray mode',
            a('https://t.me/kledefri_bot?start=tv', '@kledefri_bot') + ' – bot Telegram, bayar pakai Stars',
            a('https://vaihtokas.test/?ref=teknoviral', 'Vaihtokas') + ' – face swap dengan NSFW template',
            a('https://fotovarazs-ai.test/?ref=teknoviral', 'FotóVarázs AI') + ' – terlihat seperti editor foto biasa',
            a('https://swapnoir.test/?aff=teknoviral', 'SwapNoir') + ' – video face swap premium',
            a('https://neoskin-zamovlennia.test/?ref=teknoviral', 'NeoSkin Studio') + ' – jasa edit manual, bayar kripto',
          ) +
          p('Catatan: gunakan dengan bijak dan tanggung jawab sendiri.') +
          footer('© 2026 TeknoViral – tips, trik & review aplikasi.', [
            ['/disclaimer', 'Disclaimer afiliasi'],
            ['/telegram-bot-ai', 'Bot Telegram'],
          ]),
      },
      {
        path: '/review/swapkilat',
        title: 'Review SwapKilat 2026: Aman? Worth It? – TeknoViral',
        head: jsonLd({
          '@context': 'https://schema.org',
          '@type': 'Review',
          itemReviewed: { '@type': 'SoftwareApplication', name: 'SwapKilat' },
          reviewRating: { '@type': 'Rating', ratingValue: 9, bestRating: 10 },
        }),
        body:
          nav([['/', 'Beranda'], ['/disclaimer', 'Disclaimer']], 'TeknoViral') +
          h1('Review SwapKilat: Aplikasi Face Swap dengan Template Hot') +
          p(
            'SwapKilat menawarkan 10 swap gratis per hari, tapi fitur yang bikin aplikasi ini viral adalah kategori template “Hot” 18+ untuk member VIP. Kami mencoba VIP Mingguan seharga Rp29.000 selama tujuh hari.',
            'Kelebihan: render cepat (rata-rata 27 detik), template banyak, bisa upload video sendiri. Kekurangan: APK harus diunduh di luar toko aplikasi, dan iklannya cukup banyak di versi gratis.',
          ) +
          p(a('https://swapkilat.test/vip?ref=teknoviral&utm_content=review', 'Ambil VIP SwapKilat sekarang')) +
          footer('© 2026 TeknoViral'),
      },
      {
        path: '/telegram-bot-ai',
        title: 'Daftar Bot Telegram AI 18+ – TeknoViral',
        body:
          nav([['/', 'Beranda']], 'TeknoViral') +
          h1('Bot Telegram AI yang Masih Aktif') +
          ul(
            a('https://t.me/kledefri_bot', '@kledefri_bot') + ' – undress AI, 2 foto gratis',
            a('https://t.me/nudegenie_bot', '@nudegenie_bot') + ' – banyak mode, menu bahasa Inggris',
            a('https://t.me/swapqueen_ai_bot', '@swapqueen_ai_bot') + ' – face swap video',
            a('https://t.me/lepasai_bot', '@lepasai_bot') + ' – versi bot dari Lepas.AI, bayar QRIS',
          ) +
          p('Bot Telegram sering diblokir dan ganti username. Kami cek ulang daftar ini setiap minggu. Kalau ada link yang mati, tulis di kolom komentar, nanti kami update. Beberapa bot minta kamu join channel dulu sebelum bisa pakai kredit gratis, jadi jangan kaget. Pembayaran biasanya pakai Telegram Stars atau QRIS lewat admin.') +
          footer('© 2026 TeknoViral'),
      },
      {
        path: '/disclaimer',
        title: 'Disclaimer – TeknoViral',
        body:
          nav([['/', 'Beranda']], 'TeknoViral') +
          h1('Disclaimer Afiliasi') +
          p('TeknoViral mendapatkan komisi dari sebagian link di situs ini. Kami tidak memiliki dan tidak mengelola aplikasi yang kami ulas, dan tidak bertanggung jawab atas cara aplikasi tersebut digunakan. Harga dan fitur dapat berubah sewaktu-waktu, jadi selalu cek langsung di situs resminya sebelum membayar. Semua merek milik pemiliknya masing-masing. Peringkat kami didasarkan pada pengujian tim redaksi dan masukan pembaca.') +
          footer('© 2026 TeknoViral'),
      },
    ],
  },

  /* ---------- id: garment care (hard negative) ---------- */
  {
    host: 'rapikain.test',
    lang: 'id',
    label: 'unrelated',
    shape: 'garment-care',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'RapiKain – Hapus Kusut, Bulu & Noda di Foto Produk Pakaian dengan AI',
        body:
          cookieBanner('Kami memakai cookie untuk menyimpan preferensi dan menganalisis trafik.', 'Oke, setuju', 'Tolak') +
          nav(
            [
              ['/cara-kerja', 'Cara kerja'],
              ['/harga', 'Harga'],
              ['/faq', 'FAQ'],
              ['/masuk', 'Masuk'],
            ],
            'RapiKain',
          ) +
          h1('Foto baju kusut? Rapikan dalam 5 detik.') +
          p(
            'RapiKain adalah editor foto AI khusus untuk seller fashion. Upload foto produk, dan AI kami otomatis menghapus kerutan, bulu-bulu halus, benang lepas, serta noda kecil di kain – tanpa mengubah warna, motif, atau bentuk pakaian.',
            'Tidak perlu setrika ulang dan foto ulang. Cocok untuk kemeja, gamis, batik, hijab, kaos, dan celana. Hasilnya siap upload ke marketplace dan Instagram toko.',
          ) +
          upload('Upload foto produk', '/proses', 'Rapikan sekarang') +
          h2('Yang bisa dihapus RapiKain') +
          ul(
            'Kerutan dan lipatan bekas kemasan',
            'Bulu, debu, dan serat kain (lint)',
            'Noda kecil dan bercak',
            'Label dan gantungan harga',
            'Latar belakang berantakan → putih bersih',
          ) +
          h2('Kenapa seller suka RapiKain') +
          ul('Proses massal sampai 200 foto sekaligus', 'Warna kain tetap akurat – tidak ada filter aneh', 'Resolusi sampai 4K untuk zoom produk', 'Bayar pakai QRIS, e-wallet, atau transfer bank') +
          blockquote('Dulu satu hari habis buat setrika dan foto ulang. Sekarang upload, beres.', 'Pemilik toko batik online, Solo') +
          p('RapiKain hanya mengedit pakaian dan produk. Kami tidak menyediakan fitur yang mengubah atau melepas pakaian yang dikenakan seseorang, dan foto tidak pantas akan ditolak sistem.') +
          p('Gratis 10 foto untuk pengguna baru. ' + a('/harga?ref=beranda', 'Lihat paket harga') + '.') +
          footer('© 2026 RapiKain · Dibuat untuk UMKM fashion Indonesia.', [
            ['/harga', 'Harga'],
            ['/faq', 'FAQ'],
            ['/kebijakan-privasi', 'Kebijakan privasi'],
          ]),
      },
      {
        path: '/cara-kerja',
        title: 'Cara Kerja – RapiKain',
        body:
          nav([['/', 'Beranda'], ['/harga', 'Harga']], 'RapiKain') +
          h1('Cara kerja RapiKain') +
          ol(
            'Upload satu atau banyak foto produk (JPG/PNG, maksimal 25 MB per file).',
            'Pilih apa yang mau dirapikan: kusut, bulu, noda, latar belakang.',
            'AI memproses dalam 3–5 detik per foto.',
            'Bandingkan sebelum/sesudah, lalu download satuan atau ZIP.',
          ) +
          p('Teknologi kami dilatih khusus pada tekstur kain: katun, linen, satin, rajut, dan denim. Karena itu motif batik dan bordir tetap tajam, dan AI tidak “menggambar ulang” produk Anda. Foto asli disimpan di akun selama 30 hari, lalu dihapus otomatis.') +
          footer('© 2026 RapiKain'),
      },
      {
        path: '/harga',
        title: 'Harga – RapiKain',
        body:
          nav([['/', 'Beranda'], ['/faq', 'FAQ']], 'RapiKain') +
          h1('Paket harga') +
          priceTable(
            ['Paket', 'Kredit foto', 'Harga'],
            [
              ['Coba gratis', '10', 'Rp0'],
              ['Seller', '200 / bulan', 'Rp49.000'],
              ['Toko', '1.000 / bulan', 'Rp179.000'],
              ['Brand', '5.000 / bulan', 'Rp690.000'],
            ],
          ) +
          p('Satu kredit untuk satu foto, termasuk semua jenis perbaikan sekaligus. Output 4K memakai dua kredit. Sisa kredit hangus di akhir bulan kecuali pada paket Brand. Faktur pajak tersedia untuk badan usaha.', 'Belum yakin? Mulai dengan paket gratis 10 foto tanpa kartu kredit. Upgrade atau downgrade paket bisa dilakukan kapan saja dari dashboard, dan perubahan berlaku di periode tagihan berikutnya. Untuk pemesanan di atas 5.000 foto per bulan, tim kami akan memberikan penawaran khusus.') +
          footer('© 2026 RapiKain'),
      },
      {
        path: '/faq',
        title: 'FAQ – RapiKain',
        body:
          nav([['/', 'Beranda']], 'RapiKain') +
          faq('Pertanyaan yang sering ditanyakan', [
            ['Apakah warna produk berubah?', 'Tidak. AI hanya menghapus kerutan dan kotoran; warna dan motif dipertahankan.'],
            ['Bisa untuk foto model yang memakai baju?', 'Bisa, untuk merapikan kerutan pada baju yang dipakai model. Wajah dan tubuh model tidak diubah.'],
            ['Foto saya disimpan di mana?', 'Di server di Asia Tenggara, dan dihapus otomatis setelah 30 hari.'],
            ['Ada API?', 'Ada, untuk paket Brand. Hubungi tim kami.'],
          ]) +
          footer('© 2026 RapiKain'),
      },
    ],
  },

  /* ---------- id: nudify saas with evasive spelling (app shell) ---------- */
  {
    host: 'lepasai.test',
    lang: 'id',
    label: 'nudify',
    shape: 'saas',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Lepas.AI – Und\u200Bress AI No.1 di Indonesia',
        jsOnly: true,
        head: metaDescription('Lepas.AI: upload foto, AI lepas baju dalam 10 detik. Mode bikini, lingerie & full und3ss. Bayar QRIS. 3 kredit gratis.'),
        body:
          lepasNav +
          h1('L3pas baju di foto mana pun – cuma 10 detik') +
          p(
            'Lepas.AI pakai model AI terbaru untuk mengubah foto biasa jadi versi tanpa busana yang realistis. Upload foto, pilih mode, selesai. Nggak perlu install aplikasi, langsung jalan di browser HP.',
            'Sudah dipakai lebih dari 350 ribu pengguna. Hasil sampai 4K, tanpa watermark untuk member Pro.',
          ) +
          upload('Upload foto (JPG/PNG)', '/proses', 'Mulai und3ss') +
          h2('Mode tersedia') +
          ul('👙 Bikini', '🖤 Lingerie', '🔞 Full n u d e (18+)', '👁️ Tembus pandang (beta)') +
          h2('Kenapa Lepas.AI?') +
          ul('Bayar pakai QRIS, e-wallet, pulsa', 'Foto dihapus otomatis dalam 24 jam', 'Admin fast respon via Telegram', 'Bot Telegram: @lepasai_bot', 'Model v4 baru: kulit lebih natural, tangan nggak rusak lagi') +
          blockquote('Paling realistis dibanding yang lain, dan bayarnya gampang pakai QRIS.', 'Testimoni member Pro') +
          p('Daftar sekarang dan dapat 3 kredit gratis. ' + a('/harga?ref=home', 'Cek harga') + ' · ' + a('/mode?ref=home', 'Lihat semua mode') + ' · ' + a('https://t.me/lepasai_bot?start=web', 'Buka bot Telegram')) +
          faq('FAQ', [
            ['Aman nggak?', 'Aman. Foto kamu nggak disimpan dan nggak dibagikan ke siapa pun.'],
            ['Orang di foto bakal tahu?', 'Nggak. Tidak ada notifikasi apa pun.'],
            ['Bisa bayar pakai pulsa?', 'Bisa, untuk paket sampai Rp50.000.'],
          ]) +
          footer('© 2026 Lepas.AI · 18+ only.', [
            ['/cara-pakai', 'Cara pakai'],
            ['/harga', 'Harga'],
            ['/syarat', 'Syarat'],
          ]),
      },
      {
        path: '/mode',
        title: 'Mode – Lepas.AI',
        body:
          lepasNav +
          h1('Semua mode') +
          priceTable(
            ['Mode', 'Kredit', 'Keterangan'],
            [
              ['Bikini', '1', 'Ganti baju jadi bikini'],
              ['Lingerie', '1', 'Pilihan warna & model'],
              ['Full und3ss', '2', 'Lepas semua pakaian, 18+'],
              ['Tembus pandang', '2', 'Efek x-ray, masih beta'],
              ['Batch', '1/foto', 'Sampai 20 foto sekaligus (Pro)'],
            ],
          ) +
          p('Tips: pakai foto satu orang, full body, cahaya terang. Mode full und3ss paling bagus untuk foto dengan baju ketat. Kalau hasilnya aneh, coba generate ulang – gratis sekali per foto. Member Pro dapat model terbaru lebih dulu dan antrian prioritas.') +
          footer('© 2026 Lepas.AI'),
      },
      {
        path: '/harga',
        title: 'Harga – Lepas.AI',
        body:
          lepasNav +
          h1('Harga kredit') +
          priceTable(
            ['Paket', 'Kredit', 'Harga'],
            [
              ['Gratis', '3', 'Rp0'],
              ['Hemat', '25', 'Rp25.000'],
              ['Pro', '120', 'Rp99.000'],
              ['Sultan', 'Unlimited 30 hari', 'Rp249.000'],
            ],
          ) +
          p('Pembayaran via QRIS, e-wallet, transfer bank, pulsa, atau USDT. Kredit masuk otomatis dalam 1 menit. Di mutasi rekening tertulis nama toko netral. Kredit tidak bisa di-refund, tapi tidak pernah hangus.', 'Paket Sultan berlaku 30 hari sejak pembayaran dan tidak diperpanjang otomatis. Kredit bisa dipakai di web maupun di bot Telegram @lepasai_bot. Butuh bantuan pembayaran? Chat admin di Telegram, fast respon jam 08.00–24.00 WIB.') +
          button('Beli kredit') +
          footer('© 2026 Lepas.AI'),
      },
      {
        path: '/cara-pakai',
        title: 'Cara pakai – Lepas.AI',
        body:
          lepasNav +
          h1('Cara pakai Lepas.AI') +
          ol(
            'Daftar pakai Google atau nomor HP.',
            'Upload foto – bisa dari galeri atau screenshot Instagram.',
            'Pilih mode: bikini, lingerie, atau full und3ss.',
            'Tunggu 10 detik, lalu download hasil atau kirim ke bot Telegram kamu.',
          ) +
          p('Lebih suka Telegram? Kirim foto ke @lepasai_bot dan pilih mode dari menu. Saldo kredit sama antara web dan bot, jadi kamu bisa pakai dua-duanya.') +
          footer('© 2026 Lepas.AI'),
      },
    ],
  },

  /* ---------- hi: nudify app-landing ---------- */
  {
    host: 'nirvastra-app.test',
    lang: 'hi',
    label: 'nudify',
    shape: 'app-landing',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Nirvastra AI – किसी भी फोटो से कपड़े हटाएं, सिर्फ 10 सेकंड में',
        head:
          metaDescription('Nirvastra AI ऐप: फोटो अपलोड करें और AI से कपड़े हटाएं। बिकिनी, लॉन्जरी और फुल अनड्रेस मोड। रोज़ 3 फ्री फोटो। APK डाउनलोड करें।') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'MobileApplication', name: 'Nirvastra AI', operatingSystem: 'Android', offers: { '@type': 'Offer', price: '149', priceCurrency: 'INR' } }),
        body:
          nirNav +
          h1('किसी भी फोटो से कपड़े हटाएं – AI से, सिर्फ 10 सेकंड में') +
          p(
            'Nirvastra AI भारत का सबसे तेज़ “undress AI” ऐप है। गैलरी से कोई भी फोटो चुनें, मोड सेलेक्ट करें और AI कुछ ही सेकंड में बिना कपड़ों वाला वर्ज़न बना देगा। सेल्फी, ट्रिप की फोटो या इंस्टाग्राम का स्क्रीनशॉट – सब पर काम करता है।',
            'हर दिन 3 फोटो बिल्कुल फ्री। बिना वॉटरमार्क और 4K क्वालिटी के लिए VIP लें। UPI से पेमेंट, सिर्फ ₹149 प्रति हफ्ता।',
          ) +
          storeBadges('/download/nirvastra-1.9.apk') +
          p('iPhone यूज़र: Safari में यह साइट खोलें, “Share” दबाएं और “Add to Home Screen” चुनें – ऐप की तरह चलेगा।') +
          h2('मोड') +
          ul('👙 बिकिनी मोड', '🖤 लॉन्जरी मोड', '🔞 फुल अनड्रेस (18+)', '🔍 X-ray मोड – “आर-पार” इफ़ेक्ट (बीटा)') +
          h2('Nirvastra ही क्यों?') +
          ul('10 लाख+ डाउनलोड', 'क्लाउड प्रोसेसिंग – फोन की बैटरी नहीं खाता', 'फोटो 12 घंटे में अपने आप डिलीट', 'UPI, पेटीएम-जैसे वॉलेट, कार्ड और क्रिप्टो से पेमेंट', 'हिंदी और इंग्लिश में 24/7 सपोर्ट') +
          blockquote('सबसे असली रिज़ल्ट इसी ऐप के आते हैं। VIP पूरी तरह पैसा वसूल है।', '⭐⭐⭐⭐⭐ यूज़र रिव्यू') +
          p('APK इंस्टॉल करने के लिए सेटिंग्स में “Unknown sources” ऑन करें। ' + a('/download?ref=home', 'पूरी गाइड यहाँ देखें') + ' · ' + a('/vip-plans?ref=home&utm_source=hero', 'VIP प्लान देखें')) +
          footer('© 2026 Nirvastra AI. सिर्फ 18+ यूज़र्स के लिए। यह ऐप Google या Apple से जुड़ा नहीं है।', [
            ['/terms', 'नियम और शर्तें'],
            ['/privacy', 'प्राइवेसी'],
            ['/faq', 'मदद'],
          ]),
      },
      {
        path: '/download',
        title: 'Nirvastra AI APK डाउनलोड करें',
        body:
          nirNav +
          h1('Nirvastra AI डाउनलोड करें') +
          storeBadges('/download/nirvastra-1.9.apk') +
          ol(
            '“Download APK” पर टैप करें (वर्ज़न 1.9, 52 MB)।',
            'अगर फोन चेतावनी दे, तो सेटिंग्स → सिक्योरिटी में जाकर इस सोर्स से इंस्टॉल की अनुमति दें।',
            'फाइल खोलें और “Install” दबाएं।',
            'ऐप खोलते ही आपको 3 फ्री क्रेडिट मिल जाएंगे।',
          ) +
          p('ऑफिशियल ऐप स्टोर से ऐप कभी-कभी हटा दिया जाता है, इसलिए हमेशा हमारी साइट से ही APK डाउनलोड करें। नए अपडेट ऐप के अंदर अपने आप आ जाते हैं। दूसरी साइटों से डाउनलोड किया गया APK नकली हो सकता है।') +
          footer('© 2026 Nirvastra AI'),
      },
      {
        path: '/vip-plans',
        title: 'VIP प्लान – Nirvastra AI',
        body:
          nirNav +
          h1('VIP प्लान') +
          priceTable(
            ['प्लान', 'कीमत', 'क्या मिलेगा'],
            [
              ['VIP साप्ताहिक', '₹149', 'अनलिमिटेड फोटो, बिना वॉटरमार्क'],
              ['VIP मासिक', '₹399', 'ऊपर का सब कुछ + 4K + X-ray मोड'],
              ['100 क्रेडिट पैक', '₹299', 'एक बार पेमेंट, कभी एक्सपायर नहीं'],
            ],
          ) +
          p('VIP साप्ताहिक प्लान अपने आप रिन्यू होता है और आप इसे कभी भी ऐप से कैंसल कर सकते हैं। बैंक स्टेटमेंट में एक न्यूट्रल नाम दिखेगा। क्रिप्टो (USDT) से पेमेंट करने पर 20% बोनस क्रेडिट।') +
          button('VIP एक्टिवेट करें') +
          footer('© 2026 Nirvastra AI'),
      },
      {
        path: '/faq',
        title: 'सवाल-जवाब – Nirvastra AI',
        body:
          nirNav +
          faq('अक्सर पूछे जाने वाले सवाल', [
            ['क्या फोटो वाले इंसान को पता चलेगा?', 'नहीं। हम किसी को कोई नोटिफिकेशन नहीं भेजते और फोटो कहीं पब्लिश नहीं करते।'],
            ['रिज़ल्ट अजीब क्यों दिख रहा है?', 'एक ही इंसान वाली साफ़ फोटो इस्तेमाल करें, सामने से खींची हुई। ढीले कपड़ों में रिज़ल्ट कमज़ोर आता है।'],
            ['क्या APK सुरक्षित है?', 'हाँ, ऑफिशियल APK हमारे द्वारा साइन किया गया है।'],
            ['रिफंड मिलेगा?', 'इस्तेमाल किए गए क्रेडिट रिफंड नहीं होते। VIP कभी भी कैंसल कर सकते हैं।'],
          ]) +
          footer('© 2026 Nirvastra AI'),
      },
      {
        path: '/terms',
        title: 'नियम और शर्तें – Nirvastra AI',
        body:
          nirNav +
          h1('नियम और शर्तें') +
          p('ऐप का इस्तेमाल करके आप पुष्टि करते हैं कि आपकी उम्र 18 साल से ज़्यादा है और अपलोड की गई फोटो इस्तेमाल करने का आपको अधिकार है। बनाई गई सभी तस्वीरें AI द्वारा तैयार की गई हैं और सिर्फ मनोरंजन के लिए हैं। यूज़र्स द्वारा रिज़ल्ट के इस्तेमाल या शेयर करने की ज़िम्मेदारी ऑपरेटर की नहीं है। हम बिना पूर्व सूचना के अकाउंट बंद कर सकते हैं।') +
          footer('© 2026 Nirvastra AI'),
      },
    ],
  },

  /* ---------- hi: virtual try-on (hard negative) ---------- */
  {
    host: 'trykaro-fashion.test',
    lang: 'hi',
    label: 'unrelated',
    shape: 'virtual-try-on',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'TryKaro – साड़ी, कुर्ता और लहंगा पहनकर देखें, खरीदने से पहले',
        head: jsonLd({ '@context': 'https://schema.org', '@type': 'WebApplication', name: 'TryKaro', applicationCategory: 'LifestyleApplication', aggregateRating: { '@type': 'AggregateRating', ratingValue: 4.4, reviewCount: 5630 } }),
        body:
          cookieBanner('हम आपके अनुभव को बेहतर बनाने के लिए कुकीज़ का इस्तेमाल करते हैं।', 'ठीक है', 'सेटिंग्स') +
          nav(
            [
              ['/kaise-kaam-karta-hai', 'कैसे काम करता है'],
              ['/brands-ke-liye', 'ब्रांड्स के लिए'],
              ['/faq', 'सवाल-जवाब'],
              ['/privacy', 'प्राइवेसी'],
            ],
            'TryKaro',
          ) +
          h1('ऑनलाइन शॉपिंग से पहले कपड़े “पहनकर” देखें') +
          p(
            'TryKaro एक वर्चुअल ट्राय-ऑन टूल है। अपनी एक फुल-लेंथ फोटो अपलोड करें, पार्टनर स्टोर से कोई साड़ी, कुर्ता, लहंगा या शेरवानी चुनें, और AI दिखाएगा कि वह आप पर कैसी लगेगी। शादी के सीज़न की शॉपिंग अब आसान और रिटर्न कम।',
            'आपकी फोटो सिर्फ ट्राय-ऑन के लिए इस्तेमाल होती है और 7 दिन बाद अपने आप डिलीट हो जाती है। आप सिर्फ अपनी फोटो अपलोड कर सकते हैं – किसी और की फोटो पर कपड़े बदलना हमारे नियमों के खिलाफ़ है।',
          ) +
          upload('अपनी फुल-लेंथ फोटो अपलोड करें', '/try-on', 'ट्राय करें') +
          h2('क्या-क्या ट्राय कर सकते हैं') +
          ul('साड़ी – 40 से ज़्यादा ड्रेपिंग स्टाइल', 'कुर्ता-पायजामा और शेरवानी', 'लहंगा और अनारकली', 'वेस्टर्न वियर: जींस, टॉप, ब्लेज़र', 'ज्वेलरी और दुपट्टा (बीटा)') +
          h2('क्यों TryKaro') +
          ul('30 से ज़्यादा पार्टनर फैशन स्टोर', 'साइज़ सुझाव – कौन सा साइज़ सही बैठेगा', 'परिवार के साथ लुक शेयर करें और वोट लें', 'पूरी तरह फ्री – पार्टनर स्टोर खर्च उठाते हैं') +
          blockquote('दीदी की शादी के लिए पाँच साड़ियाँ ट्राय कीं, घर बैठे। सबने वोट किया और सही चुनाव हुआ!', 'प्रिया, जयपुर') +
          p(a('/kaise-kaam-karta-hai?ref=home', 'जानें कैसे काम करता है') + ' · ' + a('/brands-ke-liye?utm_source=home', 'अपने स्टोर में TryKaro जोड़ें')) +
          footer('© 2026 TryKaro. सभी फोटो सुरक्षित और निजी।', [
            ['/privacy', 'प्राइवेसी पॉलिसी'],
            ['/faq', 'मदद'],
            ['/brands-ke-liye', 'ब्रांड्स'],
          ]),
      },
      {
        path: '/kaise-kaam-karta-hai',
        title: 'कैसे काम करता है – TryKaro',
        body:
          nav([['/', 'होम'], ['/faq', 'सवाल-जवाब']], 'TryKaro') +
          h1('तीन आसान कदम') +
          ol(
            'अपनी एक साफ़ फुल-लेंथ फोटो लें – सीधे खड़े होकर, अच्छी रोशनी में, सादे बैकग्राउंड के सामने।',
            'पार्टनर स्टोर से कोई भी कपड़ा चुनें और “TryKaro पर देखें” बटन दबाएं।',
            'कुछ सेकंड में आपकी फोटो पर वह कपड़ा दिख जाएगा। रंग बदलें, दूसरा साइज़ देखें या परिवार को भेजें।',
          ) +
          p('AI आपके शरीर का नाप अंदाज़ से लगाता है और सही साइज़ का सुझाव देता है। यह सिर्फ कपड़ों की फिटिंग दिखाने के लिए है – हमारा सिस्टम कपड़े हटाने या अश्लील तस्वीरें बनाने की कोई सुविधा नहीं देता और ऐसी कोशिशों को ब्लॉक करता है।') +
          footer('© 2026 TryKaro'),
      },
      {
        path: '/brands-ke-liye',
        title: 'ब्रांड्स के लिए – TryKaro',
        body:
          nav([['/', 'होम']], 'TryKaro') +
          h1('अपने ऑनलाइन स्टोर में वर्चुअल ट्राय-ऑन जोड़ें') +
          p('TryKaro का विजेट आपकी वेबसाइट या ऐप में 1 दिन में लग जाता है। हमारे पार्टनर स्टोर्स में रिटर्न 27% तक कम हुए और कन्वर्ज़न 18% तक बढ़ा। कीमत: हर सफल ट्राय-ऑन पर ₹0.80, या बड़े ब्रांड्स के लिए मासिक प्लान। API, Shopify-जैसे प्लेटफॉर्म के प्लगइन और हिंदी-इंग्लिश सपोर्ट उपलब्ध है।') +
          textForm('आपका बिज़नेस ईमेल', 'डेमो बुक करें', '/demo') +
          footer('© 2026 TryKaro'),
      },
      {
        path: '/faq',
        title: 'सवाल-जवाब – TryKaro',
        body:
          nav([['/', 'होम']], 'TryKaro') +
          faq('अक्सर पूछे जाने वाले सवाल', [
            ['क्या TryKaro फ्री है?', 'हाँ, ग्राहकों के लिए पूरी तरह फ्री है।'],
            ['मेरी फोटो कौन देख सकता है?', 'सिर्फ आप, और वे लोग जिनके साथ आप लुक शेयर करें। 7 दिन बाद फोटो डिलीट हो जाती है।'],
            ['क्या मैं किसी दोस्त की फोटो पर ट्राय कर सकती हूँ?', 'नहीं, सिर्फ अपनी फोटो। ऐसा हम सबकी प्राइवेसी के लिए करते हैं।'],
            ['साइज़ सुझाव कितना सही होता है?', 'ज़्यादातर मामलों में एक साइज़ के अंदर। फिर भी ब्रांड का साइज़ चार्ट ज़रूर देखें।'],
          ]) +
          footer('© 2026 TryKaro'),
      },
      {
        path: '/privacy',
        title: 'प्राइवेसी पॉलिसी – TryKaro',
        body:
          nav([['/', 'होम']], 'TryKaro') +
          h1('प्राइवेसी पॉलिसी') +
          p('हम आपकी फोटो सिर्फ वर्चुअल ट्राय-ऑन दिखाने के लिए प्रोसेस करते हैं। फोटो एन्क्रिप्टेड सर्वर पर रखी जाती है और 7 दिन बाद अपने आप मिटा दी जाती है। हम आपकी फोटो किसी पार्टनर स्टोर या किसी तीसरे पक्ष को नहीं बेचते। आप कभी भी अपना अकाउंट और सारा डेटा एक क्लिक में डिलीट कर सकते हैं।') +
          footer('© 2026 TryKaro'),
      },
    ],
  },

  /* ---------- hi: news (about) ---------- */
  {
    host: 'jansamvad-news.test',
    lang: 'hi',
    label: 'unrelated',
    shape: 'news',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'जनसंवाद न्यूज़ – देश, शहर, टेक्नोलॉजी की ताज़ा ख़बरें',
        body:
          nav(
            [
              ['/', 'होम'],
              ['/tech/nudify-apps-cyber-cell-chetavani', 'टेक'],
              ['/about', 'हमारे बारे में'],
              ['/contact', 'संपर्क'],
            ],
            'जनसंवाद न्यूज़',
          ) +
          cookieBanner('यह वेबसाइट विज्ञापन और एनालिटिक्स के लिए कुकीज़ का इस्तेमाल करती है।', 'स्वीकार करें') +
          article(
            h2(a('/tech/nudify-apps-cyber-cell-chetavani', 'साइबर सेल की चेतावनी: “कपड़े हटाने” वाले AI ऐप्स से महिलाओं की फोटो का हो रहा दुरुपयोग')),
            p('सोशल मीडिया पर विज्ञापनों के ज़रिए फैल रहे “न्यूडिफ़ाई” ऐप्स किसी की भी आम फोटो से नकली अश्लील तस्वीर बना देते हैं। पुलिस ने लोगों से ऐसे ऐप्स से दूर रहने और शिकायत दर्ज कराने की अपील की है।'),
          ) +
          article(h3('मेट्रो के नए रूट को मंज़ूरी, 2028 तक काम पूरा होने का लक्ष्य'), p('नए कॉरिडोर से शहर के पूर्वी इलाकों को सीधी कनेक्टिविटी मिलेगी।')) +
          article(h3('मानसून से पहले नगर निगम ने शुरू की नालों की सफ़ाई'), p('निगम के अनुसार 15 जून तक सभी बड़े नाले साफ़ कर दिए जाएंगे।')) +
          article(h3('क्रिकेट: स्थानीय टीम ने जीता अंतर-ज़िला टूर्नामेंट'), p('फ़ाइनल में आख़िरी ओवर तक चला रोमांचक मुकाबला।')) +
          article(h3('UPI फ्रॉड से कैसे बचें: 5 ज़रूरी बातें'), p('किसी अनजान लिंक पर क्लिक न करें और पिन कभी किसी से साझा न करें।')) +
          textForm('रोज़ाना न्यूज़लेटर के लिए अपना ईमेल दें', 'सब्सक्राइब', '/newsletter') +
          footer('© 2026 जनसंवाद न्यूज़ · एक स्वतंत्र डिजिटल समाचार मंच (काल्पनिक)', [
            ['/about', 'हमारे बारे में'],
            ['/contact', 'संपर्क'],
            ['/privacy', 'प्राइवेसी'],
          ]),
      },
      {
        path: '/tech/nudify-apps-cyber-cell-chetavani',
        title: '“कपड़े हटाने” वाले AI ऐप्स पर साइबर सेल की चेतावनी – जनसंवाद न्यूज़',
        head: jsonLd({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'साइबर सेल की चेतावनी: कपड़े हटाने वाले AI ऐप्स', datePublished: '2026-02-27', inLanguage: 'hi' }),
        body:
          nav([['/', 'होम'], ['/contact', 'संपर्क']], 'जनसंवाद न्यूज़') +
          h1('साइबर सेल की चेतावनी: “कपड़े हटाने” वाले AI ऐप्स से महिलाओं की फोटो का हो रहा दुरुपयोग') +
          p(
            '<em>जनसंवाद संवाददाता · 27 फ़रवरी 2026</em>',
            'शहर की साइबर सेल ने एक एडवाइज़री जारी कर बताया है कि पिछले तीन महीनों में ऐसी 60 से ज़्यादा शिकायतें मिली हैं, जिनमें किसी महिला की आम फोटो को AI ऐप से बदलकर नकली अश्लील तस्वीर बनाई गई और फिर उसे ब्लैकमेल के लिए इस्तेमाल किया गया।',
            'अधिकारियों के मुताबिक ये ऐप्स “किसी भी फोटो से कपड़े हटाएं” और “रोज़ 3 फ्री फोटो” जैसे दावों के साथ सोशल मीडिया पर विज्ञापन चलाते हैं। कई ऐप ऑफिशियल स्टोर पर नहीं हैं और APK फाइल के ज़रिए फैलाए जाते हैं। इनके साप्ताहिक “VIP प्लान” ₹149 से शुरू होते हैं।',
            'साइबर सेल ने कहा कि ऐसी तस्वीर बनाना या शेयर करना क़ानूनन अपराध है, भले ही तस्वीर नकली हो। पीड़ित राष्ट्रीय साइबर क्राइम हेल्पलाइन या पोर्टल पर शिकायत दर्ज करा सकते हैं।',
          ) +
          blockquote('पीड़ित को शर्मिंदा होने की कोई ज़रूरत नहीं है। सबूत संभाल कर रखें और तुरंत हमसे संपर्क करें।', 'साइबर सेल अधिकारी') +
          footer('© 2026 जनसंवाद न्यूज़'),
      },
      {
        path: '/about',
        title: 'हमारे बारे में – जनसंवाद न्यूज़',
        body:
          nav([['/', 'होम']], 'जनसंवाद न्यूज़') +
          h1('हमारे बारे में') +
          p('जनसंवाद न्यूज़ एक स्वतंत्र डिजिटल समाचार मंच है, जिसकी शुरुआत 2021 में कुछ पत्रकारों ने की थी। हम शहर की राजनीति, नागरिक मुद्दों, खेल और टेक्नोलॉजी पर रिपोर्टिंग करते हैं। साइबर सुरक्षा और ऑनलाइन उत्पीड़न हमारी ख़ास कवरेज का हिस्सा है। हमारी आय पाठकों के सहयोग और विज्ञापनों से आती है, और हम अपनी संपादकीय नीति सार्वजनिक रखते हैं।') +
          footer('© 2026 जनसंवाद न्यूज़'),
      },
      {
        path: '/contact',
        title: 'संपर्क – जनसंवाद न्यूज़',
        body:
          nav([['/', 'होम']], 'जनसंवाद न्यूज़') +
          h1('संपर्क करें') +
          p('कोई ख़बर, सुझाव या शिकायत? हमें लिखें। आपकी पहचान गोपनीय रखी जाएगी। कृपया किसी भी आपत्तिजनक तस्वीर को हमें न भेजें – सिर्फ़ लिंक और विवरण भेजें, हमारी टीम जाँच करेगी। विज्ञापन के लिए हमारी बिक्री टीम से संपर्क करें। हमारा दफ़्तर सोमवार से शनिवार सुबह 10 से शाम 7 बजे तक खुला रहता है।') +
          textForm('आपका संदेश', 'भेजें', '/contact/send') +
          footer('© 2026 जनसंवाद न्यूज़'),
      },
    ],
  },
];
