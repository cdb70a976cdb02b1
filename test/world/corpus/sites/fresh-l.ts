import type { CorpusSite } from '../site-kit.js';
import {
  a, ageGate, article, blockquote, button, cookieBanner, cryptoCheckout, faq, footer, gtag, h1, h2, h3, img, jsonLd, mediaGrid,
  metaDescription, nav, oneTap, ol, orderForm, p, priceTable, section, storeBadges, stripe, textForm, ul, upload,
} from '../site-kit.js';


const AUTHOR = 'fresh-l';
const pre = (code: string): string => `<pre><code>${code.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</code></pre>`;

// ───────────────────────────── Vietnamese ─────────────────────────────

const kxNav = nav([['/', 'Trang chủ'], ['/bang-gia', 'Bảng giá'], ['/cach-dung', 'Cách dùng'], ['/hoi-dap', 'Hỏi đáp'], ['/dieu-khoan', 'Điều khoản']], 'KinhXuyên AI');
const kxFoot = footer(`© 2024 KinhXuyên AI. Chỉ dành cho người trên 18 tuổi. Người dùng tự chịu trách nhiệm về ảnh mình tải lên.`, [['/dieu-khoan', 'Điều khoản'], ['/hoi-dap', 'Hỏi đáp'], ['mailto:hotro@kinhxuyen-studio.test', 'Liên hệ']]);

const kinhxuyen: CorpusSite = {
  host: 'kinhxuyen-studio.test',
  lang: 'vi',
  label: 'nudify',
  shape: 'saas',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'KinhXuyên AI — Cởi đồ ảnh bằng AI trong 10 giây',
      head: metaDescription(`Tải ảnh lên, AI xoá quần áo và tạo phiên bản không che chân thực. Chế độ NSFW 18+, có credit miễn phí.`)
        + stripe('pk_test_kinhxuyen_51Hx') + oneTap('kinhxuyen-0001.apps.googleusercontent.com')
        + jsonLd({ '@context': 'https://schema.org', '@type': 'SoftwareApplication', name: 'KinhXuyên AI', applicationCategory: 'MultimediaApplication', offers: { '@type': 'Offer', price: '99000', priceCurrency: 'VND' } }),
      body: [
        kxNav,
        h1('Cởi đồ ảnh bằng AI — kết quả chỉ trong 10 giây'),
        p(`KinhXuyên AI là công cụ trực tuyến giúp bạn tạo phiên bản “không che” từ bất kỳ tấm ảnh nào. Chỉ cần tải ảnh lên, mô hình học sâu của chúng tôi sẽ tự nhận diện trang phục, xoá quần áo và dựng lại cơ thể một cách chân thực. Không cần phần mềm chỉnh ảnh, không cần kỹ năng.`,
          `Dịch vụ chỉ dành cho người từ 18 tuổi trở lên. Bật chế độ NSFW trong phần cài đặt để xem kết quả đầy đủ, không làm mờ.`),
        upload('Chọn ảnh (JPG, PNG, tối đa 10MB)', '/tao-anh', 'Cởi đồ ngay'),
        h2('Vì sao hơn 200.000 người chọn KinhXuyên?'),
        ul(`Chân thực: mô hình thế hệ 4 giữ nguyên khuôn mặt, dáng người và ánh sáng của ảnh gốc.`,
          `Nhanh: trung bình 8–12 giây mỗi ảnh, xử lý hàng loạt với gói VIP.`,
          `Kín đáo: ảnh gốc tự xoá sau 24 giờ, không ai biết bạn đã dùng.`,
          `Nhiều mức độ: đồ bơi, đồ lót hoặc “không mảnh vải” — bạn tự chọn.`,
          `Thanh toán dễ: thẻ quốc tế, ví điện tử và tiền mã hoá.`),
        h2('Bảng giá nhanh'),
        priceTable(['Gói', 'Giá', 'Credit', 'Ưu đãi'], [
          ['Dùng thử', '0đ', '2 credit', 'Ảnh có logo mờ'],
          ['Cơ bản', '99.000đ', '40 credit', 'Chất lượng HD'],
          ['VIP tháng', '249.000đ / tháng', 'Không giới hạn', 'Chế độ NSFW 4K, xử lý ưu tiên'],
        ]),
        p(a('/bang-gia', 'Xem chi tiết các gói →')),
        faq('Câu hỏi thường gặp', [
          ['Ảnh của người khác có dùng được không?', 'Được. Hệ thống hoạt động với mọi ảnh chân dung rõ mặt, kể cả ảnh lấy từ mạng xã hội.'],
          ['Người trong ảnh có biết không?', 'Không. Chúng tôi không gửi thông báo và không lưu lịch sử công khai.'],
          ['Có được hoàn tiền không?', 'Credit chưa sử dụng được hoàn lại trong vòng 7 ngày.'],
        ]),
        cookieBanner('Chúng tôi dùng cookie để ghi nhớ đăng nhập và đo lường lượt truy cập.', 'Đồng ý', 'Từ chối'),
        kxFoot,
      ].join('\n'),
    },
    {
      path: '/bang-gia',
      title: 'Bảng giá — KinhXuyên AI',
      head: stripe('pk_test_kinhxuyen_51Hx'),
      body: [
        kxNav,
        h1('Bảng giá KinhXuyên AI'),
        p(`Mỗi ảnh tốn 1 credit ở chế độ thường và 2 credit ở chế độ NSFW độ phân giải cao. Credit mua lẻ không hết hạn. Gói VIP tự gia hạn hằng tháng, bạn có thể huỷ bất cứ lúc nào trong mục Tài khoản.`),
        priceTable(['Gói', 'Giá', 'Credit', 'Mức độ'], [
          ['Dùng thử', '0đ', '2', 'Đồ bơi (có logo)'],
          ['Cơ bản', '99.000đ', '40', 'Đồ bơi, đồ lót, không che'],
          ['Nâng cao', '199.000đ', '100', 'Tất cả + xử lý hàng loạt'],
          ['VIP tháng', '249.000đ/tháng', 'Không giới hạn', 'Tất cả + 4K + ưu tiên'],
        ]),
        p(`Thanh toán bằng thẻ quốc tế qua cổng bảo mật, ví điện tử hoặc USDT. Sao kê ngân hàng chỉ hiện tên “KX Digital” để giữ kín đáo cho bạn.`),
        button('Mua credit'),
        kxFoot,
      ].join('\n'),
    },
    {
      path: '/cach-dung',
      title: 'Cách dùng — KinhXuyên AI',
      body: [
        kxNav,
        h1('Cách dùng trong 3 bước'),
        ol(`Tải lên một ảnh rõ mặt, đứng thẳng, đủ ánh sáng. Ảnh toàn thân cho kết quả đẹp nhất.`,
          `Chọn mức độ: “Đồ bơi”, “Đồ lót” hoặc “Không che 18+”. Mức cuối cần bật chế độ NSFW và xác nhận bạn đủ 18 tuổi.`,
          `Nhấn “Cởi đồ ngay” rồi tải ảnh kết quả về máy. Nếu AI bỏ sót vùng nào, dùng bút tô để đánh dấu và chạy lại miễn phí.`),
        p(`Mẹo: ảnh mặc áo thun mỏng hoặc váy ôm cho kết quả tự nhiên hơn ảnh mặc áo khoác dày. Khuôn mặt luôn được giữ nguyên 100% so với ảnh gốc.`),
        img(3, 'Minh hoạ giao diện tải ảnh'),
        kxFoot,
      ].join('\n'),
    },
    {
      path: '/hoi-dap',
      title: 'Hỏi đáp — KinhXuyên AI',
      body: [
        kxNav,
        faq('Hỏi đáp', [
          ['KinhXuyên AI có miễn phí không?', 'Tài khoản mới được tặng 2 credit. Sau đó bạn mua gói lẻ hoặc đăng ký VIP.'],
          ['Tôi có thể dùng ảnh chụp màn hình từ mạng xã hội?', 'Có. Độ phân giải tối thiểu 512 điểm ảnh là đủ để AI nhận diện cơ thể.'],
          ['Ảnh kết quả có watermark không?', 'Chỉ ảnh dùng thử có logo mờ. Các gói trả phí xuất ảnh sạch.'],
          ['Vì sao ảnh của tôi bị từ chối?', 'Ảnh quá tối, bị che mặt hoặc có nhiều người cùng lúc. Hãy cắt ảnh chỉ còn một người.'],
          ['Tôi có thể tạo video không?', 'Tính năng video đang thử nghiệm cho thành viên VIP.'],
        ]),
        kxFoot,
      ].join('\n'),
    },
    {
      path: '/dieu-khoan',
      title: 'Điều khoản sử dụng — KinhXuyên AI',
      body: [
        kxNav,
        h1('Điều khoản sử dụng'),
        p(`Khi sử dụng KinhXuyên AI, bạn xác nhận mình đã đủ 18 tuổi và chỉ tải lên ảnh mà bạn có quyền sử dụng. Mọi hình ảnh do hệ thống tạo ra là sản phẩm của trí tuệ nhân tạo và không phản ánh cơ thể thật của bất kỳ ai.`,
          `KinhXuyên AI không chịu trách nhiệm về việc người dùng chia sẻ, phát tán hoặc sử dụng ảnh kết quả. Chúng tôi có quyền khoá tài khoản vi phạm mà không hoàn lại credit. Điều khoản có thể thay đổi mà không cần báo trước.`),
        kxFoot,
      ].join('\n'),
    },
  ],
};

const csNav = nav([['/', 'Trang chủ'], ['/so-sanh-gia', 'So sánh giá'], ['/danh-gia/kinhxuyen-ai', 'Đánh giá'], ['/gioi-thieu', 'Giới thiệu']], 'Chia Sẻ Mẹo');
const csFoot = footer(`© 2024 Chia Sẻ Mẹo. Chúng mình không sở hữu hay vận hành bất kỳ ứng dụng nào được nhắc tới. Bài viết có liên kết tiếp thị.`, [['/gioi-thieu', 'Giới thiệu'], ['/so-sanh-gia', 'So sánh giá']]);

const chiasemeo: CorpusSite = {
  host: 'chiasemeo-ai.test',
  lang: 'vi',
  label: 'directory',
  shape: 'listicle',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'Top 6 app AI xoá quần áo tốt nhất 2024 (đã thử thực tế) — Chia Sẻ Mẹo',
      head: metaDescription(`Tổng hợp và chấm điểm 6 ứng dụng AI cởi đồ ảnh đáng dùng nhất năm 2024: giá, độ chân thực, chế độ NSFW.`) + gtag('G-CSMEO24'),
      body: [
        csNav,
        h1('Top 6 app AI xoá quần áo tốt nhất 2024 — đã thử thực tế'),
        p(`Cập nhật tháng 5/2024. Bài viết có chứa liên kết tiếp thị: nếu bạn mua gói qua các link dưới đây, Chia Sẻ Mẹo nhận một khoản hoa hồng nhỏ mà bạn không phải trả thêm đồng nào.`,
          `Chúng mình đã thử 15 ứng dụng “cởi đồ bằng AI” với cùng một bộ ảnh mẫu và chấm điểm theo độ chân thực, tốc độ, giá cả và mức độ kín đáo. Dưới đây là 6 cái tên đáng tiền nhất.`),
        h2('1. KinhXuyên AI — tốt nhất cho người mới'),
        p(`Giao diện tiếng Việt, tặng 2 credit miễn phí, chế độ NSFW cho kết quả rất thật. Điểm: 9,2/10.`, a('https://kinhxuyen-studio.test/?ref=chiasemeo', 'Dùng thử KinhXuyên →', 'rel="sponsored nofollow"')),
        h2('2. PolosKam — app điện thoại tốt nhất'),
        p(`Có file APK cho Android, gói VIP theo tuần rất rẻ, ẩn được biểu tượng app. Điểm: 8,7/10.`, a('https://poloskam-apk.test/?ref=chiasemeo', 'Tải PolosKam →', 'rel="sponsored nofollow"')),
        h2('3. Trong Suốt Pro — nhiều chế độ nhất'),
        p(`Bảy mức độ từ đồ bơi tới “không che”, có cả bộ lọc chỉnh dáng. Giá hơi cao. Điểm: 8,4/10.`, a('https://trongsuot-pro.test/?aff=cs01', 'Xem Trong Suốt Pro →', 'rel="sponsored nofollow"')),
        h2('4. Desvestix API — cho người biết lập trình'),
        p(`Trả tiền theo lượt gọi, hợp nếu bạn muốn tự làm bot riêng. Điểm: 8,0/10.`, a('https://desvestix-api.test/?ref=chiasemeo', 'Đến Desvestix →', 'rel="sponsored nofollow"')),
        h2('5. Lột Xác Bot — dùng ngay trên Telegram'),
        p(`Không cần cài gì, gửi ảnh cho bot là xong. Hay bị khoá nên nhớ lưu kênh dự phòng. Điểm: 7,6/10.`, a('https://t.me/LotXacAIbot?start=chiasemeo', 'Mở bot →', 'rel="sponsored nofollow"')),
        h2('6. Lumbre Studio — chế độ “Picante” ẩn'),
        p(`Nhìn bề ngoài là app chụp ảnh chân dung, nhưng có chế độ 18+ trong trang Modos. Điểm: 7,3/10.`, a('https://lumbre-retratos-mx.test/modos?ref=chiasemeo', 'Xem Lumbre →', 'rel="sponsored nofollow"')),
        faq('Câu hỏi thường gặp', [
          ['Các app này có miễn phí không?', 'Hầu hết cho thử 2–3 ảnh, sau đó phải mua credit hoặc gói VIP.'],
          ['App nào rẻ nhất?', 'PolosKam với gói VIP tuần. Xem bảng đầy đủ ở trang So sánh giá.'],
        ]),
        cookieBanner('Trang web dùng cookie cho thống kê và liên kết tiếp thị.', 'OK'),
        csFoot,
      ].join('\n'),
    },
    {
      path: '/so-sanh-gia',
      title: 'So sánh giá các app AI xoá quần áo — Chia Sẻ Mẹo',
      body: [
        csNav,
        h1('So sánh giá 2024'),
        p(`Bảng dưới đây tổng hợp giá niêm yết mà chúng mình ghi nhận vào đầu tháng. Giá có thể thay đổi; bấm vào tên app để xem giá mới nhất (link tiếp thị).`),
        priceTable(['App', 'Miễn phí', 'Gói rẻ nhất', 'Chế độ NSFW'], [
          [a('https://kinhxuyen-studio.test/bang-gia?ref=chiasemeo', 'KinhXuyên AI'), '2 credit', '99.000đ / 40 ảnh', 'Có'],
          [a('https://poloskam-apk.test/vip?ref=chiasemeo', 'PolosKam'), '3 xu/ngày', 'VIP tuần ~ 45.000đ', 'Có (APK)'],
          [a('https://trongsuot-pro.test/?aff=cs01', 'Trong Suốt Pro'), 'Không', '180.000đ / 50 ảnh', 'Có'],
          [a('https://desvestix-api.test/preus?ref=chiasemeo', 'Desvestix API'), '50 lượt gọi', '~1.500đ / lượt', 'Có'],
        ]),
        csFoot,
      ].join('\n'),
    },
    {
      path: '/danh-gia/kinhxuyen-ai',
      title: 'Đánh giá KinhXuyên AI: có đáng tiền không? — Chia Sẻ Mẹo',
      body: [
        csNav,
        h1('Đánh giá KinhXuyên AI sau 2 tuần sử dụng'),
        p(`Chúng mình đã chạy hơn 80 ảnh qua KinhXuyên AI. Tốc độ ổn định, khoảng 10 giây mỗi ảnh. Chế độ “không che” giữ khuôn mặt rất tốt, chỉ đôi khi sai ở tay và tóc dài.`,
          `Ưu điểm: giao diện tiếng Việt, thanh toán dễ, có hoàn credit. Nhược điểm: gói dùng thử có logo, ảnh nhiều người thường bị từ chối. Kết luận: lựa chọn tốt nhất cho người mới.`),
        p(a('https://kinhxuyen-studio.test/?ref=chiasemeo-review', 'Nhận 2 credit miễn phí tại KinhXuyên AI →', 'rel="sponsored nofollow"')),
        csFoot,
      ].join('\n'),
    },
    {
      path: '/gioi-thieu',
      title: 'Giới thiệu — Chia Sẻ Mẹo',
      body: [
        csNav,
        h1('Về Chia Sẻ Mẹo'),
        p(`Chia Sẻ Mẹo là blog nhỏ chuyên thử nghiệm và review các công cụ AI “khó tìm” mà báo lớn không nói tới. Chúng mình không bán phần mềm nào.`,
          `Công khai tiếp thị liên kết: phần lớn đường link trên trang có gắn mã ref hoặc aff. Khi bạn đăng ký hay mua gói qua link đó, chúng mình nhận hoa hồng từ 20% đến 40%. Điều này không ảnh hưởng tới điểm số trong bài đánh giá.`),
        csFoot,
      ].join('\n'),
    },
  ],
};

const mnNav = nav([['/', 'Trang chủ'], ['/bang-gia', 'Bảng giá'], ['/huong-dan', 'Hướng dẫn'], ['/chinh-sach-noi-dung', 'Chính sách nội dung']], 'Ma-nơ-canh Vô Hình');
const mnFoot = footer(`© 2024 Công ty TNHH Ma-nơ-canh Vô Hình — công cụ chỉnh ảnh sản phẩm cho shop thời trang.`, [['/chinh-sach-noi-dung', 'Chính sách nội dung'], ['mailto:cskh@manocanhvohinh.test', 'Hỗ trợ']]);

const manocanh: CorpusSite = {
  host: 'manocanhvohinh.test',
  lang: 'vi',
  label: 'unrelated',
  shape: 'ghost-mannequin',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'Ma-nơ-canh Vô Hình — Xoá ma-nơ-canh, xoá nếp nhăn quần áo bằng AI',
      head: metaDescription(`Tạo ảnh ghost mannequin, xoá nếp nhăn và tách nền cho ảnh quần áo. Tính phí theo credit, có gói miễn phí.`)
        + jsonLd({ '@context': 'https://schema.org', '@type': 'WebApplication', name: 'Ma-nơ-canh Vô Hình', applicationCategory: 'DesignApplication', offers: { '@type': 'Offer', price: '149000', priceCurrency: 'VND' } }),
      body: [
        mnNav,
        h1('Xoá ma-nơ-canh khỏi ảnh sản phẩm chỉ bằng một cú nhấp'),
        p(`Ma-nơ-canh Vô Hình giúp các shop thời trang tạo ảnh “ghost mannequin” — hiệu ứng áo rỗng 3D — mà không cần thuê thợ chỉnh ảnh. Tải ảnh áo, váy hay quần đang mặc trên ma-nơ-canh lên, AI sẽ xoá ma-nơ-canh, ghép phần cổ áo phía sau và trả về ảnh nền trắng đúng chuẩn các sàn thương mại điện tử.`),
        upload('Tải ảnh sản phẩm lên', '/xu-ly', 'Xoá ma-nơ-canh'),
        h2('Mọi thứ một shop quần áo cần'),
        ul(`Xoá ma-nơ-canh và móc treo, giữ nguyên form áo.`,
          `Xoá nếp nhăn, vết bẩn, xơ vải và chỉ thừa trên quần áo.`,
          `Tách nền, đổi sang nền trắng hoặc màu thương hiệu.`,
          `Người mẫu ảo: mặc trang phục lên người mẫu do AI tạo ra — không dùng ảnh người thật.`,
          `Xử lý hàng loạt 500 ảnh mỗi lần với gói Doanh nghiệp.`),
        img(1, 'Áo sơ mi trước và sau khi xoá ma-nơ-canh'),
        h2('Giá theo credit'),
        priceTable(['Gói', 'Giá', 'Credit', 'Phù hợp'], [
          ['Miễn phí', '0đ', '5 credit/tháng', 'Thử nghiệm'],
          ['Shop nhỏ', '149.000đ/tháng', '150 credit', 'Dưới 50 mã hàng'],
          ['Doanh nghiệp', '990.000đ/tháng', '1.500 credit + API', 'Xưởng may, chuỗi cửa hàng'],
        ]),
        p(`1 credit = 1 ảnh xử lý. Xoá nếp nhăn và tách nền đi kèm, không tốn thêm credit.`),
        faq('Câu hỏi thường gặp', [
          ['Có xử lý ảnh đồ lót, đồ bơi không?', 'Có, với ảnh sản phẩm chụp trên ma-nơ-canh hoặc người mẫu có hợp đồng. Công cụ chỉ chỉnh sửa sản phẩm; chúng tôi không có và sẽ không bao giờ có tính năng “cởi đồ” người trong ảnh.'],
          ['Ảnh được lưu bao lâu?', 'Ảnh gốc và ảnh kết quả được lưu 30 ngày để bạn tải lại, sau đó tự động xoá.'],
          ['Có xuất hoá đơn VAT không?', 'Có, cho mọi gói trả phí.'],
        ]),
        cookieBanner('Chúng tôi dùng cookie cần thiết để đăng nhập và lưu giỏ ảnh của bạn.', 'Đã hiểu'),
        mnFoot,
      ].join('\n'),
    },
    {
      path: '/bang-gia',
      title: 'Bảng giá — Ma-nơ-canh Vô Hình',
      body: [
        mnNav,
        h1('Bảng giá'),
        priceTable(['Tính năng', 'Miễn phí', 'Shop nhỏ', 'Doanh nghiệp'], [
          ['Xoá ma-nơ-canh', '✔', '✔', '✔'],
          ['Xoá nếp nhăn, vết bẩn', '✔', '✔', '✔'],
          ['Người mẫu ảo AI', '—', '✔', '✔'],
          ['Xử lý hàng loạt', '—', '50 ảnh', '500 ảnh'],
          ['API', '—', '—', '✔'],
        ]),
        p(`Mua thêm credit lẻ: 100 credit giá 99.000đ, không hết hạn. Sinh viên thiết kế thời trang được giảm 50% khi xác minh thẻ sinh viên.`),
        mnFoot,
      ].join('\n'),
    },
    {
      path: '/huong-dan',
      title: 'Hướng dẫn chụp ảnh — Ma-nơ-canh Vô Hình',
      body: [
        mnNav,
        h1('Hướng dẫn chụp ảnh để xoá ma-nơ-canh đẹp nhất'),
        ol(`Chụp hai ảnh: mặt trước trên ma-nơ-canh và mặt trong cổ áo khi đặt phẳng.`,
          `Dùng nền trơn, ánh sáng đều, tránh bóng đổ gắt.`,
          `Là phẳng sản phẩm trước khi chụp; phần nếp nhăn còn lại AI sẽ xoá.`,
          `Tải cả hai ảnh lên, chọn “Ghép cổ áo” và bấm Xử lý.`),
        p(`Với đồ bơi và đồ lót, hãy chụp trên ma-nơ-canh bán thân để AI dựng lại phần lót trong chính xác hơn.`),
        mnFoot,
      ].join('\n'),
    },
    {
      path: '/chinh-sach-noi-dung',
      title: 'Chính sách nội dung — Ma-nơ-canh Vô Hình',
      body: [
        mnNav,
        h1('Chính sách nội dung'),
        p(`Ma-nơ-canh Vô Hình chỉ dành cho ảnh sản phẩm. Hệ thống tự động từ chối ảnh chụp người thật không có hợp đồng người mẫu, ảnh trẻ em và mọi yêu cầu nhằm xoá quần áo trên cơ thể một người.`,
          `Tài khoản cố tình dùng công cụ để tạo ảnh khỏa thân hoặc ảnh nhạy cảm của người khác sẽ bị khoá vĩnh viễn và chúng tôi sẽ hợp tác với cơ quan chức năng khi được yêu cầu.`),
        mnFoot,
      ].join('\n'),
    },
  ],
};

// ───────────────────────────── Indonesian ─────────────────────────────

const pkNav = nav([['/', 'Beranda'], ['/vip', 'VIP'], ['/unduh', 'Unduh'], ['/faq', 'FAQ']], 'PolosKam');
const pkFoot = footer(`© 2024 PolosKam Studio. Khusus pengguna 18 tahun ke atas. Semua hasil dibuat oleh AI.`, [['/faq', 'FAQ'], ['/unduh', 'Unduh APK'], ['https://t.me/poloskam_info', 'Telegram']]);

const poloskam: CorpusSite = {
  host: 'poloskam-apk.test',
  lang: 'id',
  label: 'nudify',
  shape: 'app-landing',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'PolosKam — Aplikasi AI Lepas Baju No. 1 | Download APK',
      head: metaDescription(`Ubah foto jadi versi tanpa busana dengan AI. Mode 18+, VIP mingguan murah, download APK resmi.`) + gtag('G-POLOS01')
        + jsonLd({ '@context': 'https://schema.org', '@type': 'MobileApplication', name: 'PolosKam', operatingSystem: 'Android', offers: { '@type': 'Offer', price: '29000', priceCurrency: 'IDR' } }),
      body: [
        pkNav,
        h1('PolosKam — Aplikasi AI Lepas Baju No. 1 di Indonesia'),
        p(`Ubah foto siapa saja jadi versi tanpa busana langsung dari HP kamu. Cukup pilih foto dari galeri, geser tombol “Mode 18+”, dan biarkan AI kami yang bekerja. Hasil keluar kurang dari 15 detik, wajah tetap asli, badan kelihatan natural.`),
        storeBadges('/unduh/poloskam-v3.2.apk'),
        p(`Versi di toko aplikasi cuma berisi mode aman (ganti latar & filter). Untuk fitur lengkap 🔥, unduh APK resmi dari situs ini.`),
        h2('Kenapa PolosKam?'),
        ul(`🔥 Mode 18+: hapus pakaian otomatis, tiga level — bikini, pakaian dalam, polos total.`,
          `⚡ Super cepat: server GPU sendiri, antre maksimal 30 detik.`,
          `🔒 Rahasia: foto tidak disimpan, ikon aplikasi bisa disamarkan jadi “Kalkulator”.`,
          `🎁 Bonus 3 koin gratis setiap hari untuk pengguna baru.`),
        h2('Paket VIP'),
        priceTable(['Paket', 'Harga', 'Koin', 'Keuntungan'], [
          ['Gratis', 'Rp0', '3/hari', 'Ada watermark'],
          ['VIP Mingguan', 'Rp29.000/minggu', 'Tanpa batas', 'Tanpa watermark, HD'],
          ['VIP Bulanan', 'Rp89.000/bulan', 'Tanpa batas', 'HD + antrean prioritas'],
          ['VIP Tahunan', 'Rp499.000/tahun', 'Tanpa batas', 'Semua fitur + video (beta)'],
        ]),
        p(`Bayar pakai e-wallet, potong pulsa, transfer bank, atau kartu kredit. ${a('/vip', 'Lihat detail VIP →')}`),
        faq('Pertanyaan Umum', [
          ['Bisa pakai foto teman atau gebetan?', 'Bisa, asal wajahnya kelihatan jelas. Foto dari media sosial atau status aplikasi chat juga bisa diproses.'],
          ['Kenapa versi lengkap tidak ada di toko aplikasi?', 'Karena kebijakan toko aplikasi membatasi fitur 18+, jadi versi lengkap hanya lewat unduhan langsung.'],
          ['Apakah orang di foto akan tahu?', 'Tidak. Semua proses terjadi di akun kamu dan tidak ada notifikasi ke siapa pun.'],
        ]),
        cookieBanner('Situs ini memakai cookie untuk statistik dan iklan.', 'Oke', 'Tolak'),
        pkFoot,
      ].join('\n'),
    },
    {
      path: '/vip',
      title: 'VIP PolosKam — Langganan Mingguan',
      head: stripe('pk_test_poloskam_9aa'),
      body: [
        pkNav,
        h1('Jadi VIP, lepas semua batasan'),
        p(`Member VIP bebas memproses foto tanpa batas koin, tanpa watermark, dan dapat resolusi HD. VIP Mingguan paling laris karena murah dan bisa berhenti kapan saja — langganan diperpanjang otomatis setiap 7 hari.`),
        priceTable(['Paket', 'Harga', 'Hemat'], [
          ['Mingguan', 'Rp29.000', '—'],
          ['Bulanan', 'Rp89.000', '23%'],
          ['Tahunan', 'Rp499.000', '67%'],
        ]),
        p(`Promo: minggu pertama cuma Rp1.000 untuk pengguna baru. Pembayaran diproses aman; di mutasi rekening tertulis “PK Digital”.`),
        button('Langganan sekarang'),
        pkFoot,
      ].join('\n'),
    },
    {
      path: '/unduh',
      title: 'Unduh APK PolosKam v3.2',
      body: [
        pkNav,
        h1('Cara pasang APK PolosKam'),
        ol(`Tekan tombol unduh di bawah, file sekitar 48 MB.`,
          `Buka Pengaturan → Keamanan, izinkan “Instal dari sumber tidak dikenal”.`,
          `Buka file poloskam-v3.2.apk dan tekan Instal.`,
          `Login dengan nomor HP, lalu aktifkan Mode 18+ di menu Profil.`),
        storeBadges('/unduh/poloskam-v3.2.apk'),
        p(`Versi lama (3.0, 3.1) sudah tidak bisa dipakai. Kalau aplikasi diblokir, cek kanal Telegram kami untuk link cadangan.`),
        pkFoot,
      ].join('\n'),
    },
    {
      path: '/faq',
      title: 'FAQ — PolosKam',
      body: [
        pkNav,
        faq('Pertanyaan yang Sering Ditanyakan', [
          ['Foto seperti apa yang hasilnya paling bagus?', 'Foto satu orang, berdiri, cahaya terang, pakaian tidak terlalu tebal.'],
          ['Koin gratis saya hilang?', 'Koin harian hangus jam 00.00 WIB kalau tidak dipakai.'],
          ['Bisa minta refund?', 'Langganan yang sudah aktif tidak bisa direfund, tapi bisa dibatalkan untuk minggu berikutnya.'],
          ['Apakah ada versi iOS?', 'Versi iOS hanya mode aman. Pakai versi web lewat browser untuk fitur 18+.'],
        ]),
        pkFoot,
      ].join('\n'),
    },
  ],
};

const kpNav = nav([['/', 'Beranda'], ['/cara-kerja', 'Cara Kerja'], ['/harga', 'Harga'], ['/untuk-toko', 'Untuk Toko Online'], ['/privasi', 'Privasi']], 'KamarPas');
const kpFoot = footer(`© 2024 PT KamarPas Teknologi Nusantara, Bandung. Ruang ganti virtual untuk belanja fesyen online.`, [['/privasi', 'Kebijakan Privasi'], ['/untuk-toko', 'Kemitraan']]);

const kamarpas: CorpusSite = {
  host: 'kamarpas-ai.test',
  lang: 'id',
  label: 'unrelated',
  shape: 'virtual-try-on',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'KamarPas — Coba Baju Virtual dengan AI',
      head: metaDescription(`Ruang ganti virtual: unggah foto, coba outfit dari toko favorit tanpa lepas-pasang baju di mal.`) + oneTap('kamarpas-77.apps.googleusercontent.com'),
      body: [
        kpNav,
        h1('KamarPas — Coba baju tanpa antre ruang ganti'),
        p(`Unggah satu foto seluruh badan, lalu pilih outfit dari toko favoritmu. AI KamarPas memakaikan kemeja, gamis, kebaya, atau celana jeans langsung di foto kamu, lengkap dengan lipatan kain dan bayangan yang realistis. Ganti baju sebanyak yang kamu mau tanpa harus lepas-pasang di mal.`),
        upload('Unggah foto seluruh badan', '/coba', 'Coba sekarang'),
        h2('Fitur'),
        ul(`Ganti baju virtual dari 12.000+ produk toko mitra.`,
          `Hapus latar belakang dan kerutan pada foto produk.`,
          `Rekomendasi ukuran S–XXL berdasarkan tinggi dan berat badan.`,
          `Mode hijab: padu padan kerudung, tunik, dan gamis.`,
          `Simpan lookbook dan minta pendapat teman sebelum checkout.`),
        img(4, 'Contoh coba kebaya secara virtual'),
        h2('Harga'),
        priceTable(['Paket', 'Harga', 'Kredit'], [
          ['Gratis', 'Rp0', '10 kredit/bulan'],
          ['Plus', 'Rp39.000/bulan', '200 kredit'],
          ['Toko', 'Rp750.000/bulan', '5.000 kredit + widget'],
        ]),
        p(`1 kredit = 1 kali coba outfit. Kredit sisa hangus di akhir bulan.`),
        faq('Pertanyaan Umum', [
          ['Apakah KamarPas bisa membuka pakaian di foto?', 'Tidak. KamarPas hanya menambahkan atau mengganti pakaian di atas baju yang kamu pakai. Foto tanpa busana, foto pakaian dalam, dan foto anak di bawah 18 tahun otomatis ditolak filter kami.'],
          ['Apakah foto saya disimpan?', 'Foto dihapus otomatis setelah 7 hari, atau langsung kalau kamu tekan “Hapus”.'],
          ['Bisa dipakai di HP?', 'Bisa, lewat browser atau aplikasi Android.'],
        ]),
        cookieBanner('Kami memakai cookie agar lookbook kamu tersimpan.', 'Setuju', 'Atur'),
        kpFoot,
      ].join('\n'),
    },
    {
      path: '/cara-kerja',
      title: 'Cara Kerja — KamarPas',
      body: [
        kpNav,
        h1('Cara kerja ruang ganti virtual'),
        ol(`Foto diri dengan pakaian pas badan (kaos dan legging sudah cukup), berdiri tegak menghadap kamera.`,
          `Pilih produk dari katalog atau tempel link produk toko mitra.`,
          `AI memetakan postur tubuh lalu menggambar pakaian baru di atas pakaianmu.`,
          `Bandingkan hingga empat outfit berdampingan, lalu lanjut ke toko untuk membeli.`),
        p(`Kami tidak pernah menghapus pakaian asli di foto; model hanya menutupinya dengan produk baru.`),
        kpFoot,
      ].join('\n'),
    },
    {
      path: '/harga',
      title: 'Harga — KamarPas',
      body: [
        kpNav,
        h1('Harga dan kredit'),
        priceTable(['Paket', 'Harga', 'Kredit', 'Fitur tambahan'], [
          ['Gratis', 'Rp0', '10/bulan', 'Watermark kecil'],
          ['Plus', 'Rp39.000/bulan', '200/bulan', 'HD, tanpa watermark, mode hijab'],
          ['Toko', 'Rp750.000/bulan', '5.000/bulan', 'Widget di toko online, laporan konversi'],
        ]),
        p(`Top-up kredit: 100 kredit Rp25.000, berlaku 90 hari. Pembayaran via transfer bank, e-wallet, atau kartu kredit. Faktur pajak tersedia untuk paket Toko, dan pelajar desain mendapat diskon 30% untuk paket Plus.`),
        kpFoot,
      ].join('\n'),
    },
    {
      path: '/untuk-toko',
      title: 'Untuk Toko Online — KamarPas',
      body: [
        kpNav,
        h1('Pasang KamarPas di toko online kamu'),
        p(`Pembeli yang bisa mencoba baju secara virtual lebih jarang mengembalikan barang. Toko mitra kami mencatat retur turun rata-rata 27% setelah memasang widget “Coba di Foto Saya”.`,
          `Widget bisa dipasang di platform toko online populer atau situs buatan sendiri dengan satu baris kode. Kami juga membantu menyiapkan foto produk: hapus manekin, rapikan kerutan, dan seragamkan latar putih.`),
        button('Jadwalkan demo'),
        kpFoot,
      ].join('\n'),
    },
    {
      path: '/privasi',
      title: 'Kebijakan Privasi — KamarPas',
      body: [
        kpNav,
        h1('Kebijakan Privasi'),
        p(`Foto yang kamu unggah hanya dipakai untuk membuat tampilan coba baju dan tidak dipakai melatih model tanpa izin tertulis. Foto disimpan terenkripsi paling lama 7 hari.`,
          `Filter keamanan kami menolak foto tanpa busana, foto pakaian dalam, foto anak, dan foto orang lain yang diunggah tanpa persetujuan. Laporan penyalahgunaan dapat dikirim ke privasi@kamarpas-ai.test dan ditanggapi dalam 2×24 jam.`),
        kpFoot,
      ].join('\n'),
    },
  ],
};

// ───────────────────────────── Tagalog ─────────────────────────────

const pmNav = nav([['/', 'Home'], ['/presyo', 'Presyo'], ['/order', 'Mag-order'], ['/mga-tanong', 'Mga Tanong']], 'PalitMukha Custom');
const pmFoot = footer(`© 2024 PalitMukha Custom. 18+ lamang. Lahat ng order ay kumpidensyal at crypto lang ang bayad.`, [['/mga-tanong', 'Mga Tanong'], ['https://t.me/palitmukha_channel', 'Telegram channel']]);

const palitmukha: CorpusSite = {
  host: 'palitmukha-custom.test',
  lang: 'tl',
  label: 'deepfake',
  shape: 'made-to-order',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'PalitMukha Custom — Personal na face swap video para sa 18+',
      head: metaDescription(`Custom deepfake na video at photo set para sa adults. Ipadala ang mukha, kami na ang bahala. Crypto lang.`),
      body: [
        pmNav,
        h1('PalitMukha Custom — personal na face swap video, 18+ lang'),
        p(`Gusto mo bang makita ang crush mo, ex mo, o paboritong artista sa isang adult video? Kami na ang bahala. Ipadala lang ang 3 hanggang 10 malinaw na litrato ng mukha, pumili ng eksena mula sa aming katalogo, at gagawin ng aming team ang deepfake na parang totoo.`,
          `Walang upload sa website na ito. Para sa privacy mo, lahat ng order ay dumadaan sa encrypted na form at crypto payment lang. Hindi kami tumatanggap ng e-wallet, bank transfer o card.`),
        h2('Mga serbisyo'),
        ul(`Face swap photo set (10 larawan, NSFW) — handa sa loob ng 24 oras.`,
          `Maikling video, 1–3 minuto — handa sa loob ng 3 araw.`,
          `Mahabang video hanggang 10 minuto, HD — 5 araw.`,
          `Rush order: dagdag 50%, handa sa loob ng 12 oras.`),
        h2('Presyo'),
        priceTable(['Serbisyo', 'Presyo (USDT)', 'Tagal'], [
          ['Photo set', '25 USDT', '24 oras'],
          ['Video 1–3 min', '60 USDT', '3 araw'],
          ['Video hanggang 10 min', '140 USDT', '5 araw'],
          ['Rush', '+50%', '12 oras'],
        ]),
        p(`Tumatanggap ng USDT (TRC20), BTC at LTC. Pagkabayad, makakatanggap ka ng private link para i-download ang file. Auto-delete lahat pagkalipas ng 72 oras.`, a('/order', 'Mag-order na →')),
        faq('Mga madalas itanong', [
          ['Kailangan ba ng pahintulot ng tao sa litrato?', 'Hindi namin hinihingi. Ikaw ang responsable sa paggamit ng natapos na video.'],
          ['Puwede ba ang litrato mula sa social media?', 'Oo, basta malinaw ang mukha at walang filter.'],
          ['May sample ba?', 'May SFW na sample sa Telegram channel namin. Ang NSFW na sample ay para lang sa mga nakapag-order na.'],
        ]),
        pmFoot,
      ].join('\n'),
    },
    {
      path: '/presyo',
      title: 'Presyo — PalitMukha Custom',
      body: [
        pmNav,
        h1('Presyo at mga package'),
        priceTable(['Package', 'Laman', 'Presyo'], [
          ['Silip', '3 face swap na larawan, SFW preview', '8 USDT'],
          ['Photo set', '10 larawan, NSFW, HD', '25 USDT'],
          ['Video Maikli', '1–3 minuto, 1080p', '60 USDT'],
          ['Video Mahaba', 'hanggang 10 minuto, 1080p', '140 USDT'],
          ['Bundle', 'photo set + maikling video', '75 USDT'],
        ]),
        p(`Libreng isang revision kung hindi kamukha. Para sa mga suki, may 10% discount sa ikatlong order. Hindi refundable ang bayad kapag nasimulan na ang rendering.`),
        pmFoot,
      ].join('\n'),
    },
    {
      path: '/order',
      title: 'Mag-order — PalitMukha Custom',
      head: cryptoCheckout(),
      body: [
        pmNav,
        h1('Mag-order'),
        p(`Punan ang form sa ibaba. Huwag mag-attach ng litrato dito — ilagay ang link ng folder (kahit anong cloud storage) kung saan naka-upload ang mga mukha. Pagkatapos mong i-submit, lalabas ang crypto address at ang eksaktong halaga na babayaran.`),
        orderForm(['Telegram username o email', 'Uri ng serbisyo (photo set / video / rush)', 'Numero ng eksena mula sa katalogo', 'Link ng folder ng mga litrato', 'Espesyal na bilin'], 'Ipadala ang order'),
        p(`Kumpirmado ang order kapag may 1 confirmation na ang transaksyon. Makakatanggap ka ng mensahe sa Telegram kapag handa na ang file.`),
        pmFoot,
      ].join('\n'),
    },
    {
      path: '/mga-tanong',
      title: 'Mga Tanong — PalitMukha Custom',
      body: [
        pmNav,
        faq('Mga Tanong', [
          ['Gaano kahawig ang resulta?', 'Kapag 8 o higit pang litrato mula sa iba-ibang anggulo, halos hindi mo na makikita ang pagkakaiba.'],
          ['Puwede bang ako ang magbigay ng sariling video?', 'Oo, ipadala ang link ng video (hanggang 10 minuto) at sisingilin ka ng presyo ng Video Mahaba.'],
          ['Bakit crypto lang?', 'Para protektado ang privacy mo at namin. Walang pangalan na lalabas sa anumang resibo.'],
          ['Ano ang hindi ninyo ginagawa?', 'Hindi kami tumatanggap ng litrato ng menor de edad.'],
        ]),
        pmFoot,
      ].join('\n'),
    },
  ],
};

const bbNav = nav([['/', 'Balita'], ['/teknolohiya/nudify-apps-biktima', 'Teknolohiya'], ['/opinyon/digital-na-pagbasa', 'Opinyon'], ['/tungkol-sa-amin', 'Tungkol sa Amin']], 'Pahayagang Bantayog');
const bbFoot = footer(`© 2024 Pahayagang Bantayog. Malayang pamamahayag mula sa Timog Luzon.`, [['/tungkol-sa-amin', 'Tungkol sa Amin'], ['mailto:balita@pahayagang-bantayog.test', 'Magpadala ng tip']]);

const bantayog: CorpusSite = {
  host: 'pahayagang-bantayog.test',
  lang: 'tl',
  label: 'unrelated',
  shape: 'news',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'Pahayagang Bantayog — Mga pinakabagong balita',
      head: metaDescription(`Balita mula sa Timog Luzon at buong bansa: lokal, teknolohiya, opinyon.`),
      body: [
        bbNav,
        h1('Pahayagang Bantayog'),
        article(
          h2(a('/teknolohiya/nudify-apps-biktima', 'Mga “nudify” app, patuloy na kumakalat; mga biktima, nananawagan ng mas mahigpit na aksyon')),
          p(`Dumarami ang mga website at Telegram bot na nangangakong “tatanggalin ang damit” sa kahit anong litrato kapalit ng credits. Ayon sa mga tagapagtaguyod ng karapatang digital, karamihan sa mga biktima ay mga estudyante at batang propesyonal na hindi man lang alam na ginamit ang kanilang larawan.`),
          img(2, 'Kuha ng isang cellphone na may nakabukas na app (paglalarawan)'),
        ),
        article(
          h2('Baha sa tatlong barangay, humupa na; klase, balik sa Lunes'),
          p(`Bumaba na ang tubig sa mga mababang lugar matapos ang dalawang araw na malakas na ulan. Ayon sa lokal na disaster office, nakabalik na sa kani-kanilang tahanan ang karamihan sa mga lumikas.`),
        ),
        article(
          h2('Mga magsasaka ng niyog, umaasa sa bagong programa ng pautang'),
          p(`Binuksan ng kooperatiba ang aplikasyon para sa mababang-interes na pautang para sa pagtatanim muli ng mga punong nasira ng bagyo.`),
        ),
        article(
          h2(a('/opinyon/digital-na-pagbasa', 'OPINYON: Ituro ang digital na pagbasa bago pa mahuli')),
          p(`Hindi sapat na ipagbawal ang cellphone sa paaralan. Kailangang turuan ang kabataan kung paano kilalanin ang pekeng larawan at kung saan hihingi ng tulong.`),
        ),
        textForm('Maghanap ng balita', 'Hanapin'),
        cookieBanner('Gumagamit kami ng cookies para sukatin ang dami ng mambabasa.', 'Sige', 'Huwag'),
        bbFoot,
      ].join('\n'),
    },
    {
      path: '/teknolohiya/nudify-apps-biktima',
      title: 'Mga “nudify” app, patuloy na kumakalat — Pahayagang Bantayog',
      head: jsonLd({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Mga “nudify” app, patuloy na kumakalat; mga biktima, nananawagan ng mas mahigpit na aksyon', datePublished: '2024-06-14', inLanguage: 'tl' }),
      body: [
        bbNav,
        article(
          h1('Mga “nudify” app, patuloy na kumakalat; mga biktima, nananawagan ng mas mahigpit na aksyon'),
          p(`Isang 22-anyos na estudyante ang nagulat nang makatanggap ng mensahe mula sa hindi kilalang account: isang pekeng hubad na larawan niya, gawa ng AI mula sa litratong ipinost niya sa graduation. “Alam kong hindi totoo, pero parang totoo,” aniya.`,
            `Ang tinatawag na “nudify” o “undress” app ay mga serbisyong online na nangangakong aalisin ang damit sa litrato ng kahit sino. Karaniwan, may ilang libreng credit, pagkatapos ay kailangang magbayad. Ang ilan ay nagtatago sa likod ng inosenteng “AI photo studio” at inilalagay ang 18+ na mode sa loob ng pahina ng presyo.`),
          blockquote(`Hindi kailangang totoo ang larawan para makasakit. Ang deepfake na walang pahintulot ay karahasang sekswal online.`, 'isang abogado ng grupong tumutulong sa mga biktima'),
          p(`Ayon sa mga abogado, maaaring sakop ng Anti-Photo and Video Voyeurism Act at Safe Spaces Act ang pagkalat ng ganitong larawan. Pinapayuhan ang mga biktima na mag-screenshot ng ebidensiya, huwag makipag-usap sa nangbablackmail, at mag-report sa platform at sa pulisya.`),
        ),
        bbFoot,
      ].join('\n'),
    },
    {
      path: '/opinyon/digital-na-pagbasa',
      title: 'OPINYON: Ituro ang digital na pagbasa — Pahayagang Bantayog',
      body: [
        bbNav,
        article(
          h1('Ituro ang digital na pagbasa bago pa mahuli'),
          p(`Tuwing may kumakalat na deepfake ng isang estudyante, ang unang reaksyon ng paaralan ay kumpiskahin ang mga cellphone. Pero hindi problema ang cellphone; ang problema ay walang nagtuturo kung paano tumugon.`,
            `Dapat malaman ng bawat bata na hindi siya ang may kasalanan kapag ginamit ang kanyang mukha, na may guidance counselor na makikinig, at na ang pagpapasa ng ganitong larawan ay may pananagutan. Simulan natin sa Grade 7.`),
        ),
        bbFoot,
      ].join('\n'),
    },
    {
      path: '/tungkol-sa-amin',
      title: 'Tungkol sa Amin — Pahayagang Bantayog',
      body: [
        bbNav,
        h1('Tungkol sa Pahayagang Bantayog'),
        p(`Ang Bantayog ay lingguhang pahayagang pangkomunidad na itinatag ng mga dating campus journalist. Naglalathala kami sa Tagalog at Ingles, online at sa limbag, at sinusunod namin ang isang code of ethics na nagbabawal sa paglalathala ng pangalan o larawan ng mga biktima ng krimeng sekswal nang walang pahintulot.`,
          `May tip ka ba? Sumulat sa aming editoryal na email. Pinoprotektahan namin ang pagkakakilanlan ng aming mga source.`),
        bbFoot,
      ].join('\n'),
    },
  ],
};

// ───────────────────────────── Ukrainian ─────────────────────────────

const pbNav = nav([['/', 'Головна'], ['/taryfy', 'Тарифи'], ['/yak-tse-pratsiuie', 'Як це працює'], ['/pytannia', 'Питання']], 'ПідмінаБот');
const pbFoot = footer(`© 2024 ПідмінаБот. Лише для повнолітніх 18+. Сайт інформаційний, усі функції працюють у Telegram.`, [['https://t.me/pidmina_reserv', 'Резервний канал'], ['/pytannia', 'Питання']]);

const pidmina: CorpusSite = {
  host: 'pidminabot.test',
  lang: 'uk',
  label: 'deepfake',
  shape: 'telegram-bot',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'ПідмінаБот — заміна обличчя у відео 18+ у Telegram',
      head: metaDescription(`Телеграм-бот для заміни обличчя у відео та фото для дорослих. Оплата зірками або USDT.`),
      body: [
        pbNav,
        h1('ПідмінаБот — заміна обличчя у відео 18+ прямо в Telegram'),
        p(`Надішліть боту фото обличчя будь-якої людини й оберіть ролик із нашої бібліотеки «для дорослих» — за кілька хвилин отримаєте дипфейк, де головну роль «грає» саме вона. Без програм, без реєстрації, без зайвих питань.`),
        p(a('https://t.me/PidminaAIbot?start=site', '▶ Відкрити бота в Telegram')),
        h2('Що вміє бот'),
        ul(`Заміна обличчя у фото та відео з позначкою NSFW.`,
          `Бібліотека понад 3000 «пікантних» сцен, фільтри за тривалістю та ракурсом.`,
          `Власне відео: надішліть кліп до 60 секунд, і бот підставить потрібне обличчя.`,
          `Роздягання фото (бета): режим «без одягу» для одного знімка.`,
          `Результат приходить в особисті повідомлення й зникає через 48 годин.`),
        h2('Тарифи'),
        priceTable(['Пакет', 'Ціна', 'Що входить'], [
          ['Старт', '0 ⭐', '1 фото з водяним знаком'],
          ['Базовий', '150 ⭐', '10 фото або 2 відео до 30 с'],
          ['Про', '500 ⭐', '40 фото або 10 відео до 60 с'],
          ['Безліміт на тиждень', '1200 ⭐ або 15 USDT', 'Без обмежень, пріоритетна черга'],
        ]),
        p(`Оплата зірками Telegram, USDT або TON просто в боті.`),
        faq('Часті питання', [
          ['Чи потрібна згода людини з фото?', 'Бот не перевіряє, хто на фото. Відповідальність за використання результату несе користувач.'],
          ['Бота заблокували, що робити?', 'Підпишіться на резервний канал — там завжди актуальне посилання на дзеркального бота.'],
          ['Ви зберігаєте фото?', 'Ні, файли видаляються автоматично після обробки.'],
        ]),
        pbFoot,
      ].join('\n'),
    },
    {
      path: '/taryfy',
      title: 'Тарифи — ПідмінаБот',
      body: [
        pbNav,
        h1('Тарифи та оплата'),
        p(`Кожна дія в боті коштує кредити. Фото — 1 кредит, відео до 30 секунд — 5 кредитів, до 60 секунд — 8 кредитів, режим «без одягу» — 2 кредити. Кредити купуються пакетами й не згорають.`),
        priceTable(['Пакет', 'Кредити', 'Зірки', 'USDT'], [
          ['Базовий', '10', '150 ⭐', '2'],
          ['Про', '40', '500 ⭐', '6,5'],
          ['Макс', '120', '1300 ⭐', '17'],
        ]),
        p(`Запроси друга за реферальним посиланням і отримай 5 кредитів, коли він уперше поповнить баланс.`),
        pbFoot,
      ].join('\n'),
    },
    {
      path: '/yak-tse-pratsiuie',
      title: 'Як це працює — ПідмінаБот',
      body: [
        pbNav,
        h1('Як це працює'),
        ol(`Відкрийте бота й натисніть «Старт».`,
          `Надішліть 1–3 чіткі фото обличчя анфас, без окулярів і масок.`,
          `Оберіть сцену з каталогу або завантажте власне відео.`,
          `Зачекайте 2–5 хвилин: бот надішле готовий файл, який можна переслати або завантажити.`),
        p(`Порада: фото з соцмереж цілком підходять, якщо обличчя займає більшу частину кадру. Для відео краще кілька фото під різними кутами.`),
        pbFoot,
      ].join('\n'),
    },
    {
      path: '/pytannia',
      title: 'Питання — ПідмінаБот',
      body: [
        pbNav,
        faq('Питання та відповіді', [
          ['Чи є мобільний застосунок?', 'Ні, і не потрібен: усе працює в Telegram на будь-якому пристрої.'],
          ['Скільки чекати на відео?', 'Зазвичай до п’яти хвилин, у години пік — до двадцяти. Безліміт має пріоритетну чергу.'],
          ['Чи можна повернути зірки?', 'Кредити за невдалу обробку повертаються автоматично.'],
          ['Ви працюєте з фото неповнолітніх?', 'Ні, такі фото бот відхиляє.'],
        ]),
        pbFoot,
      ].join('\n'),
    },
  ],
};

const vtNav = nav([['/', 'Головна'], ['/shcho-robyty', 'Що робити'], ['/vydalennia', 'Видалення'], ['/kontakty', 'Контакти']], 'Варта');
const vtFoot = footer(`© 2024 ГО «Варта». Безкоштовна й конфіденційна допомога. Гаряча лінія працює щодня з 9:00 до 21:00.`, [['/kontakty', 'Контакти'], ['/vydalennia', 'Видалення матеріалів']]);

const varta: CorpusSite = {
  host: 'vartova-pidtrymka.test',
  lang: 'uk',
  label: 'unrelated',
  shape: 'victim-help',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'Варта — допомога постраждалим від інтимних дипфейків',
      head: metaDescription(`Безкоштовна допомога людям, чиї фото без згоди «роздягли» або вставили в дипфейк: докази, видалення, юрист, психолог.`)
        + jsonLd({ '@context': 'https://schema.org', '@type': 'NGO', name: 'ГО «Варта»', areaServed: 'UA', knowsAbout: ['дипфейки', 'видалення контенту', 'цифрова безпека'] }),
      body: [
        vtNav,
        h1('Вас «роздягли» на фото чи вставили в дипфейк? Ви не винні, і ви не самі'),
        p(`«Варта» — громадська ініціатива, яка безкоштовно допомагає людям, чиї фото без згоди перетворили на інтимні зображення за допомогою сервісів «роздягання» чи заміни обличчя. Ми пояснюємо, як зберегти докази, куди звертатися та як домогтися видалення матеріалів із сайтів, Telegram-каналів і пошукових систем.`),
        h2('Що зробити зараз'),
        ol(`Не видаляйте листування й не платіть шантажистам.`,
          `Зробіть знімки екрана з адресою сторінки, датою та часом.`,
          `Напишіть нам — юристка та психологиня зв’яжуться з вами протягом доби.`,
          `Якщо вам менше 18 років, одразу розкажіть дорослому, якому довіряєте, або зателефонуйте на дитячу лінію довіри.`),
        h2('Чим ми допомагаємо'),
        ul(`Запити на видалення до хостингів, платформ і пошукових систем.`,
          `Супровід заяви до кіберполіції.`,
          `Анонімна психологічна підтримка онлайн.`,
          `Висновок про те, що зображення згенероване ШІ, — для школи, роботодавця чи суду.`),
        p(a('/shcho-robyty', 'Покрокова інструкція →')),
        faq('Часті питання', [
          ['Це платно?', 'Ні. Усі послуги безкоштовні, ми працюємо на гранти й пожертви.'],
          ['Чи можна видалити дипфейк повністю?', 'Гарантувати не може ніхто, але більшість платформ прибирає такі матеріали за кілька днів після скарги.'],
          ['Чи дізнаються батьки або роботодавець?', 'Лише якщо ви самі цього захочете. Ми не передаємо дані без вашої згоди.'],
        ]),
        vtFoot,
      ].join('\n'),
    },
    {
      path: '/shcho-robyty',
      title: 'Що робити — Варта',
      body: [
        vtNav,
        h1('Покрокова інструкція'),
        h3('1. Зберегти докази'),
        p(`Скопіюйте посилання на кожну сторінку, пост чи бот, де з’явилося зображення. Зробіть знімки екрана так, щоб було видно адресу, ім’я акаунта та дату. Не пересилайте саме зображення друзям «для поради».`),
        h3('2. Поскаржитися'),
        p(`Більшість платформ має окрему форму для інтимних зображень без згоди. Позначайте скаргу саме так, а не як «спам».`),
        h3('3. Звернутися до поліції'),
        p(`Ми допоможемо скласти заяву й підготувати пакет доказів.`),
        vtFoot,
      ].join('\n'),
    },
    {
      path: '/vydalennia',
      title: 'Видалення матеріалів — Варта',
      body: [
        vtNav,
        h1('Видалення матеріалів'),
        p(`Від імені постраждалої особи ми надсилаємо вимоги про видалення до хостинг-провайдерів, реєстраторів доменів, платіжних сервісів і пошукових систем. Окремо скаржимося на сайти й боти, які пропонують «роздягнути» будь-яке фото: без реклами та оплати такі сервіси живуть недовго.`,
          `Середній час реакції платформ — від 24 годин до двох тижнів. Ми повідомляємо вас про кожен крок і не публікуємо жодних ваших даних.`),
        vtFoot,
      ].join('\n'),
    },
    {
      path: '/kontakty',
      title: 'Контакти — Варта',
      body: [
        vtNav,
        h1('Зв’язатися з нами'),
        p(`Напишіть на пошту dopomoha@vartova-pidtrymka.test або скористайтеся формою нижче. Ви можете не називати свого справжнього імені. Якщо вам загрожує небезпека зараз, телефонуйте на екстрені служби.`),
        orderForm(['Як до вас звертатися', 'Контакт для відповіді (пошта чи месенджер)', 'Коротко опишіть ситуацію'], 'Надіслати'),
        vtFoot,
      ].join('\n'),
    },
  ],
};

// ───────────────────────────── Catalan ─────────────────────────────

const dxNav = nav([['/', 'Inici'], ['/preus', 'Preus'], ['/documentacio', 'Documentació'], ['/revenedors', 'Revenedors'], ['/termes', 'Termes']], 'Desvestix API');
const dxFoot = footer(`© 2024 Desvestix API. Servei per a majors de 18 anys. L'usuari és l'únic responsable de les imatges que envia.`, [['/termes', 'Termes'], ['/documentacio', 'Documentació'], ['mailto:vendes@desvestix-api.test', 'Vendes']]);

const desvestix: CorpusSite = {
  host: 'desvestix-api.test',
  lang: 'ca',
  label: 'nudify',
  shape: 'api-reseller',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: "Desvestix API — l'API de despullament d'imatges per a desenvolupadors",
      head: metaDescription(`API HTTP per convertir qualsevol foto en una versió sense roba. Pagament per crida, marca blanca, mode NSFW.`)
        + stripe('pk_test_desvestix_cat') + cryptoCheckout()
        + jsonLd({ '@context': 'https://schema.org', '@type': 'WebAPI', name: 'Desvestix API', documentation: 'https://desvestix-api.test/documentacio', offers: { '@type': 'Offer', price: '0.04', priceCurrency: 'EUR' } }),
      body: [
        dxNav,
        h1("Desvestix API — l'API de «despullament» d'imatges per a desenvolupadors"),
        p(`Integra a la teva app, bot o web la mateixa tecnologia que fan servir els generadors NSFW més populars. Envia una foto per HTTP, tria el mode i rep en menys de sis segons una versió sense roba de la persona fotografiada. Sense GPU pròpies, sense models per mantenir i sense una moderació que et freni.`),
        pre(`POST https://api.desvestix-api.test/v1/undress
Authorization: Bearer dx_live_...
{"image_url": "https://...", "mode": "nsfw", "quality": "hd"}`),
        h2('Per què Desvestix'),
        ul(`Pagament per crida: sense quotes mensuals obligatòries.`,
          `Tres modes: «banyador», «roba interior» i «nsfw» (despullat complet).`,
          `Marca blanca: revèn l'API amb el teu nom i el teu preu.`,
          `Webhooks, cua asíncrona i un 99,9 % de disponibilitat.`,
          `Acceptem targeta i criptomonedes; factura amb un concepte neutre.`),
        h2('Preus per crida'),
        priceTable(['Volum mensual', 'Preu per crida', 'Mode nsfw'], [
          ['Fins a 1.000', '0,06 €', '+0,02 €'],
          ['1.000 – 50.000', '0,04 €', '+0,01 €'],
          ['Més de 50.000', '0,025 €', 'inclòs'],
          ['Revenedor (marca blanca)', 'a consultar', 'inclòs'],
        ]),
        p(`Et regalem 50 crides de prova quan crees el compte. Cada resposta retorna el cost i el saldo que et queda.`),
        faq('Preguntes freqüents', [
          ['Hi ha filtres de contingut?', "No filtrem contingut per a adults. Només rebutgem les imatges en què la persona sembli menor d'edat."],
          ["Puc fer servir l'API en un bot de Telegram?", "Sí, és l'ús més habitual dels nostres clients. Tenim exemples en Python i Node."],
          ['On es processen les imatges?', "En servidors fora de la UE; s'esborren al cap d'una hora."],
        ]),
        cookieBanner('Fem servir galetes tècniques i d’analítica.', 'Accepta', 'Rebutja'),
        dxFoot,
      ].join('\n'),
    },
    {
      path: '/preus',
      title: 'Preus — Desvestix API',
      body: [
        dxNav,
        h1('Preus per crida, sense permanència'),
        p(`Recarregues saldo i cada crida en descompta l'import. Les crides fallides no es cobren. El mode nsfw té un petit recàrrec als trams baixos perquè consumeix més GPU.`),
        priceTable(['Endpoint', 'Preu base', 'Notes'], [
          ['/v1/undress (banyador)', '0,04 €', 'Resolució fins a 1024 px'],
          ['/v1/undress (roba interior)', '0,04 €', '—'],
          ['/v1/undress (nsfw)', '0,05 €', 'Resolució fins a 2048 px'],
          ['/v1/batch', '0,03 € per imatge', 'Mínim 100 imatges'],
        ]),
        p(`Recàrregues mínimes de 20 € amb targeta o 50 USDT. Descomptes per volum a partir de 50.000 crides mensuals.`),
        dxFoot,
      ].join('\n'),
    },
    {
      path: '/documentacio',
      title: 'Documentació — Desvestix API',
      body: [
        dxNav,
        h1('Documentació'),
        p(`Totes les peticions van autenticades amb una clau al capçal Authorization. Pots enviar la imatge com a URL o en base64. El paràmetre mode accepta swimwear, underwear o nsfw; strength (0–1) controla quanta roba s'elimina.`),
        pre(`curl -X POST https://api.desvestix-api.test/v1/undress \\
  -H "Authorization: Bearer dx_live_..." \\
  -d '{"image_url":"https://.../foto.jpg","mode":"nsfw","strength":0.9}'

200 OK
{"id":"job_81","status":"done","result_url":"https://cdn.desvestix-api.test/r/job_81.png","cost_eur":0.05,"balance_eur":12.35}`),
        p(`Límit: 10 peticions per segon per clau. Per a volums superiors, fes servir /v1/batch amb webhook.`),
        dxFoot,
      ].join('\n'),
    },
    {
      path: '/revenedors',
      title: 'Programa de revenedors — Desvestix API',
      body: [
        dxNav,
        h1('Revèn Desvestix amb la teva marca'),
        p(`Molts dels bots i webs «d'IA picant» que veus cada dia funcionen per sota amb una API com la nostra. Amb el programa de revenedors obtens preu a l'engròs, un domini d'API propi i cap menció a Desvestix a les respostes.`,
          `Tu poses el preu als teus usuaris: els nostres socis cobren de mitjana entre 0,20 € i 0,50 € per imatge. Et donem plantilles de bot de Telegram i de web llestes per publicar.`),
        button('Sol·licita accés'),
        dxFoot,
      ].join('\n'),
    },
    {
      path: '/termes',
      title: "Termes d'ús — Desvestix API",
      body: [
        dxNav,
        h1("Termes d'ús"),
        p(`En fer servir l'API declares que tens més de 18 anys i que disposes dels drets sobre les imatges que envies. Desvestix actua només com a processador tècnic i no revisa el contingut enviat ni el que generen els teus usuaris finals.`,
          `Podem suspendre claus en cas d'impagament o de requeriment judicial. No es retornen saldos de comptes suspesos.`),
        dxFoot,
      ].join('\n'),
    },
  ],
};

const gtNav = nav([['/', 'Inici'], ['/com-funciona', 'Com funciona'], ['/preus', 'Preus'], ['/documentacio', 'Documentació'], ['/privadesa', 'Privadesa']], 'Guaita');
const gtFoot = footer(`© 2024 Guaita Tecnologies SCCL, Girona. Moderació d'imatges feta a Catalunya.`, [['/privadesa', 'Privadesa'], ['mailto:hola@guaita-moderacio.test', 'Contacte']]);

const guaita: CorpusSite = {
  host: 'guaita-moderacio.test',
  lang: 'ca',
  label: 'unrelated',
  shape: 'moderation-tool',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: "Guaita — moderació automàtica d'imatges: nuesa, 18+ i deepfakes",
      head: metaDescription(`API de moderació que detecta nuesa, contingut per a adults, deepfakes i imatges "despullades" per IA abans que es publiquin.`) + stripe('pk_test_guaita_mod'),
      body: [
        gtNav,
        h1("Guaita — moderació automàtica d'imatges per a comunitats i botigues"),
        p(`Guaita analitza cada imatge que pugen els teus usuaris i et diu, en menys de 200 mil·lisegons, si conté nuesa, contingut per a adults (18+), violència explícita o indicis de manipulació amb IA. Així la pots retirar abans que ningú la vegi, o enviar-la a revisió humana.`),
        upload('Prova-ho amb una imatge', '/prova', 'Analitza'),
        h2('Què detecta'),
        ul(`Nuesa i contingut NSFW, amb una puntuació de 0 a 1 per categoria.`,
          `Imatges «despullades» amb IA i deepfakes de cara, amb mapa de calor de les zones alterades.`,
          `Menors en contextos de risc: alerta prioritària i bloqueig immediat.`,
          `Text ofensiu dins de les imatges (OCR en català, castellà i anglès).`),
        h2('Preus'),
        priceTable(['Pla', 'Preu', 'Crides incloses'], [
          ['Gratuït', '0 €', '1.000 crides/mes'],
          ['Comunitat', '29 €/mes', '50.000 crides'],
          ['Empresa', 'a mida', 'il·limitades, SLA i suport 24/7'],
        ]),
        p(`Crides addicionals: 0,0008 € per imatge. Les entitats sense ànim de lucre i els centres educatius tenen un 50 % de descompte.`),
        faq('Preguntes freqüents', [
          ['Guardeu les imatges?', "No. S'analitzen en memòria i s'esborren en acabar; només conservem la puntuació."],
          ['Puc retirar automàticament el contingut marcat?', 'Sí: configura un llindar i un webhook, i Guaita amagarà la imatge fins que algú la revisi.'],
          ['Serveix per detectar apps de «despullar»?', "Sí. El model reconeix els artefactes típics dels generadors que treuen la roba d'una foto, perquè les plataformes puguin retirar aquest contingut i avisar la persona afectada."],
        ]),
        cookieBanner('Només fem servir galetes necessàries per iniciar sessió.', "D'acord"),
        gtFoot,
      ].join('\n'),
    },
    {
      path: '/com-funciona',
      title: 'Com funciona — Guaita',
      body: [
        gtNav,
        h1('Com funciona'),
        ol(`La teva plataforma envia la imatge a Guaita abans de publicar-la.`,
          `Els nostres models retornen puntuacions per a nuesa, contingut sexual suggerit, violència, manipulació amb IA i presència de menors.`,
          `Tu decideixes: publicar, difuminar, amagar fins a revisió o bloquejar.`,
          `El panell mostra estadístiques i et permet corregir errors perquè el sistema aprengui del teu criteri.`),
        p(`Funciona per a fòrums, apps de cites, botigues de segona mà i plataformes escolars.`),
        gtFoot,
      ].join('\n'),
    },
    {
      path: '/preus',
      title: 'Preus — Guaita',
      body: [
        gtNav,
        h1('Preus transparents'),
        priceTable(['Pla', 'Preu', 'Crides', 'Extres'], [
          ['Gratuït', '0 €', '1.000/mes', 'Panell bàsic'],
          ['Comunitat', '29 €/mes', '50.000/mes', 'Webhooks, revisió humana'],
          ['Professional', '149 €/mes', '500.000/mes', 'Detecció de deepfakes avançada'],
          ['Empresa', 'a mida', 'il·limitades', 'SLA 99,95 %, desplegament a la UE'],
        ]),
        p(`Factura mensual amb IVA. Sense permanència: pots canviar de pla o cancel·lar quan vulguis. Les crides que superin el pla es cobren a 0,0008 € cadascuna, i t'avisem per correu quan arribis al 80 % del consum.`),
        gtFoot,
      ].join('\n'),
    },
    {
      path: '/documentacio',
      title: 'Documentació — Guaita',
      body: [
        gtNav,
        h1("Documentació de l'API"),
        pre(`POST https://api.guaita-moderacio.test/v2/analyze
{"image_url": "https://.../upload.jpg"}

{"nudity": 0.02, "adult": 0.01, "ai_undress": 0.00, "face_swap": 0.03, "minor_risk": 0.00, "action": "allow"}`),
        p(`Cada categoria va de 0 a 1. El camp action aplica els llindars que hagis configurat al panell. Recomanem revisió humana entre 0,4 i 0,8.`),
        gtFoot,
      ].join('\n'),
    },
    {
      path: '/privadesa',
      title: 'Privadesa — Guaita',
      body: [
        gtNav,
        h1('Política de privadesa'),
        p(`Tractem les imatges només el temps necessari per analitzar-les, en servidors situats a la Unió Europea. No entrenem models amb les imatges dels clients sense un acord exprés. Complim el RGPD i tenim una persona delegada de protecció de dades.`,
          `Si una imatge marcada com a deepfake t'afecta, pots demanar-nos que ajudem la plataforma a retirar-la.`),
        gtFoot,
      ].join('\n'),
    },
  ],
};

// ───────────────────────────── Brazilian Portuguese ─────────────────────────────

const rtNav = nav([['/', 'Início'], ['/categorias', 'Categorias'], ['/premium', 'Premium'], ['/dmca', 'DMCA']], 'RostoTrocado');
const rtFoot = footer(`Todo o conteúdo deste site é gerado por inteligência artificial. As pessoas retratadas não participaram das gravações. Removemos conteúdo mediante pedido DMCA válido. Proibido para menores de 18 anos.`, [['/dmca', 'DMCA / Remoção'], ['/premium', 'Premium'], ['/categorias', 'Categorias']]);
const rtGate = ageGate('Este site contém material adulto gerado por IA. Você precisa ter 18 anos ou mais para entrar.', 'Tenho 18 anos ou mais — Entrar', 'Sair');

const rostotrocado: CorpusSite = {
  host: 'rostotrocado-tv.test',
  lang: 'pt',
  label: 'deepfake',
  shape: 'tube',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'RostoTrocado — deepfakes +18 de famosas brasileiras',
      head: metaDescription(`Os melhores vídeos deepfake +18 com atrizes, cantoras e influenciadoras. Novos vídeos todo dia, HD e sem censura.`)
        + jsonLd({ '@context': 'https://schema.org', '@type': 'WebSite', name: 'RostoTrocado', potentialAction: { '@type': 'SearchAction', target: 'https://rostotrocado-tv.test/busca?q={q}', 'query-input': 'required name=q' } }),
      body: [
        rtGate,
        rtNav,
        h1('RostoTrocado — os melhores deepfakes +18 de famosas do Brasil'),
        p(`Todo dia novos vídeos de troca de rosto com atrizes, cantoras, influenciadoras e apresentadoras — tudo feito com IA, em HD e sem censura. São mais de 14 mil vídeos e 2 milhões de visualizações por mês.`),
        textForm('Buscar vídeos', 'Buscar', '/busca'),
        h2('Em alta hoje'),
        mediaGrid([
          { title: 'Atriz de novela das nove versão deepfake', duration: '12:41', views: '184 mil visualizações', tags: ['deepfake', 'novela', 'hd'] },
          { title: 'Cantora sertaneja sem censura IA', duration: '08:17', views: '97 mil visualizações', tags: ['cantoras', 'sem-censura'] },
          { title: 'Influencer fitness troca de rosto +18', duration: '15:03', views: '231 mil visualizações', tags: ['influencer', 'mais18'] },
          { title: 'Apresentadora da manhã fake vazado', duration: '06:55', views: '63 mil visualizações', tags: ['apresentadoras', 'deepfake'] },
          { title: 'Ex-participante de reality deepfake 4K', duration: '21:09', views: '310 mil visualizações', tags: ['reality', '4k'] },
          { title: 'Youtuber gamer versão adulta', duration: '10:22', views: '45 mil visualizações', tags: ['youtuber', 'ia'] },
        ]),
        h2('Categorias populares'),
        ul(a('/categorias#atrizes', 'Atrizes (3.210)'), a('/categorias#cantoras', 'Cantoras (1.874)'), a('/categorias#influencers', 'Influencers (4.502)'), a('/categorias#apresentadoras', 'Apresentadoras (968)'), a('/categorias#anonimas', 'Vizinhas e colegas (2.337)')),
        p(`Quer ver alguém específico? Membros ${a('/premium', 'Premium')} votam nas famosas dos próximos vídeos e assistem tudo sem anúncios, em 4K.`),
        rtFoot,
      ].join('\n'),
    },
    {
      path: '/categorias',
      title: 'Categorias — RostoTrocado',
      body: [
        rtGate,
        rtNav,
        h1('Todas as categorias'),
        ul(`Atrizes — novelas, séries e cinema nacional.`,
          `Cantoras — sertanejo, funk, pop e gospel.`,
          `Influencers — fitness, moda, humor e lifestyle.`,
          `Apresentadoras — TV aberta, esportes e jornal.`,
          `Vizinhas e colegas — vídeos feitos a partir de fotos enviadas por membros.`,
          `Clássicos — rostos da TV dos anos 90 em cenas +18 recriadas por IA.`),
        p(`Cada vídeo traz tags de duração, qualidade (HD, Full HD, 4K) e tipo de cena. Os mais assistidos da semana aparecem primeiro.`),
        rtFoot,
      ].join('\n'),
    },
    {
      path: '/premium',
      title: 'Premium — RostoTrocado',
      head: cryptoCheckout(),
      body: [
        rtGate,
        rtNav,
        h1('RostoTrocado Premium'),
        priceTable(['Plano', 'Preço', 'Vantagens'], [
          ['Mensal', 'R$ 39,90', 'Sem anúncios, downloads em HD'],
          ['Trimestral', 'R$ 99,90', '4K, votação de pedidos'],
          ['Anual', 'R$ 299,90', 'Tudo + acesso antecipado aos lançamentos'],
        ]),
        p(`Pagamento via Pix, cartão ou cripto. Na fatura aparece um nome discreto. Cancele quando quiser; o acesso continua até o fim do período pago.`),
        button('Assinar agora'),
        rtFoot,
      ].join('\n'),
    },
    {
      path: '/dmca',
      title: 'DMCA e remoção de conteúdo — RostoTrocado',
      body: [
        rtNav,
        h1('DMCA / Pedido de remoção'),
        p(`O RostoTrocado respeita direitos autorais. Se você é titular de direitos sobre um vídeo original usado em nosso site, envie um aviso com o link exato, prova de titularidade e seus dados de contato para dmca@rostotrocado-tv.test.`,
          `Pedidos de remoção por uso de imagem são analisados em até 15 dias úteis. Não removemos conteúdo com base em pedidos anônimos ou incompletos. Todos os vídeos são paródias geradas por IA e identificados como tal.`),
        rtFoot,
      ].join('\n'),
    },
  ],
};

const ccNav = nav([['/', 'Início'], ['/cupons/rostotrocado', 'Cupom RostoTrocado'], ['/como-usar', 'Como usar'], ['/sobre', 'Sobre']], 'CupomCerto IA');
const ccFoot = footer(`© 2024 CupomCerto IA. Não somos afiliados oficialmente a nenhuma das marcas. Alguns links rendem comissão. Conteúdo para maiores de 18 anos.`, [['/sobre', 'Sobre e divulgação'], ['/como-usar', 'Como usar um cupom']]);

const cupomcerto: CorpusSite = {
  host: 'cupomcerto-ia.test',
  lang: 'pt',
  label: 'directory',
  shape: 'coupon',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'Cupons de desconto para apps de IA +18 — atualizados hoje | CupomCerto IA',
      head: metaDescription(`Códigos promocionais testados para apps de tirar roupa com IA, deepfake e geradores picantes. Até 70% OFF.`) + gtag('G-CUPOM18'),
      body: [
        ccNav,
        h1('Cupons e códigos promocionais para apps de IA +18 — atualizados hoje'),
        p(`Economize até 70% nos melhores geradores de imagens “picantes”, apps de tirar a roupa com IA e sites de deepfake. Testamos cada código antes de publicar. Divulgação: alguns links são de afiliado e podemos receber comissão quando você compra.`),
        section(
          h3('RostoTrocado Premium — 40% OFF no plano anual'),
          p(`Código: <strong>ROSTO40</strong> · verificado hoje · usado 1.204 vezes`, a('https://rostotrocado-tv.test/premium?aff=cupomcerto', 'Ativar desconto →', 'rel="sponsored nofollow"')),
        ),
        section(
          h3('KinhXuyên AI — 20 créditos grátis no primeiro pacote'),
          p(`Código: <strong>CUPOM20</strong> · app vietnamita que “despe” qualquer foto em 10 segundos`, a('https://kinhxuyen-studio.test/bang-gia?aff=cupomcerto', 'Pegar créditos →', 'rel="sponsored nofollow"')),
        ),
        section(
          h3('PolosKam VIP semanal — primeira semana quase de graça'),
          p(`Sem código: o desconto aparece direto pelo link · app com modo 18+ via APK`, a('https://poloskam-apk.test/vip?aff=cupomcerto', 'Ver oferta →', 'rel="sponsored nofollow"')),
        ),
        section(
          h3('Desvestix API — 500 chamadas extras'),
          p(`Código: <strong>DEV500</strong> · para quem quer montar o próprio bot`, a('https://desvestix-api.test/preus?aff=cupomcerto', 'Resgatar →', 'rel="sponsored nofollow"')),
        ),
        section(
          h3('Lumbre Studio Modo Picante — 3 meses pelo preço de 2'),
          p(`Código: <strong>PICANTE3</strong>`, a('https://lumbre-retratos-mx.test/precios?aff=cupomcerto', 'Ativar →', 'rel="sponsored nofollow"')),
        ),
        button('Copiar código'),
        faq('Perguntas frequentes', [
          ['Os cupons funcionam mesmo?', 'Testamos todos os dias. Se algum falhar, avise pelo botão “não funcionou” e retiramos em até 24 horas.'],
          ['Posso pagar com Pix?', 'Depende do app. RostoTrocado aceita Pix; a maioria dos outros aceita cartão ou cripto.'],
        ]),
        cookieBanner('Usamos cookies para rastrear cupons e comissões de afiliado.', 'Aceitar', 'Recusar'),
        ccFoot,
      ].join('\n'),
    },
    {
      path: '/cupons/rostotrocado',
      title: 'Cupom RostoTrocado: 40% OFF no Premium | CupomCerto IA',
      body: [
        ccNav,
        h1('Cupom RostoTrocado — 40% OFF'),
        p(`O RostoTrocado é um dos maiores sites de deepfake +18 em português, com milhares de vídeos de famosas recriados por IA. O plano anual custa normalmente R$ 299,90; com o cupom ROSTO40 sai por R$ 179,94.`,
          `Como usar: clique no link abaixo, escolha o plano anual e cole o código no campo “cupom” antes de pagar. Funciona com Pix e cartão.`),
        p(a('https://rostotrocado-tv.test/premium?aff=cupomcerto&c=ROSTO40', 'Ir para o RostoTrocado com desconto →', 'rel="sponsored nofollow"')),
        ccFoot,
      ].join('\n'),
    },
    {
      path: '/como-usar',
      title: 'Como usar um cupom — CupomCerto IA',
      body: [
        ccNav,
        h1('Como usar um cupom'),
        ol(`Clique no botão da oferta: ele abre o site do app com o nosso código de parceiro.`,
          `Crie sua conta ou faça login.`,
          `Na tela de pagamento, cole o código no campo de cupom ou promoção.`,
          `Confira se o valor caiu antes de confirmar.`),
        p(`Dica: alguns apps só aplicam o desconto se você entrar pelo nosso link, porque o cupom fica vinculado ao parâmetro aff.`),
        ccFoot,
      ].join('\n'),
    },
    {
      path: '/sobre',
      title: 'Sobre e divulgação — CupomCerto IA',
      body: [
        ccNav,
        h1('Sobre o CupomCerto IA'),
        p(`Somos um site independente de cupons focado em ferramentas de IA para adultos. Não vendemos nada: apenas reunimos códigos promocionais e ofertas.`,
          `Divulgação de afiliados: quase todos os links deste site contêm parâmetros de afiliado (aff ou ref). Quando você assina um serviço por eles, recebemos uma comissão, que varia de 15% a 50% da primeira compra.`),
        ccFoot,
      ].join('\n'),
    },
  ],
};

const mrNav = nav([['/', 'Início'], ['/biquinis', 'Biquínis'], ['/lingerie', 'Lingerie'], ['/trocas-e-devolucoes', 'Trocas e devoluções'], ['/guia-de-medidas', 'Guia de medidas']], 'Mareia');
const mrFoot = footer(`Mareia Confecções Ltda. — Florianópolis/SC. Pagamento via Pix, cartão em até 6x sem juros ou boleto. Frete grátis acima de R$ 299.`, [['/trocas-e-devolucoes', 'Trocas e devoluções'], ['/guia-de-medidas', 'Guia de medidas'], ['mailto:atendimento@mareia-modapraia.test', 'Atendimento']]);

const mareia: CorpusSite = {
  host: 'mareia-modapraia.test',
  lang: 'pt',
  label: 'unrelated',
  shape: 'lingerie-shop',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'Mareia Moda Praia — biquínis, maiôs e lingerie feitos no Brasil',
      head: metaDescription(`Biquínis, maiôs, saídas de praia e lingerie em tons nude, terrosos e estampas tropicais. Frete grátis acima de R$ 299.`)
        + jsonLd({ '@context': 'https://schema.org', '@type': 'ClothingStore', name: 'Mareia Moda Praia', address: { '@type': 'PostalAddress', addressLocality: 'Florianópolis', addressRegion: 'SC', addressCountry: 'BR' } }),
      body: [
        mrNav,
        h1('Mareia Moda Praia — biquínis, maiôs e lingerie feitos no Brasil'),
        p(`A coleção Verão 2025 chegou! Biquínis de amarração, hot pants, maiôs cavados e lingerie de renda em tons terrosos, nude, off-white e estampas tropicais. Tecido com proteção UV 50+, secagem rápida e forro duplo que não fica transparente quando molha.`),
        h2('Mais vendidos'),
        ul(`${img(5, 'Biquíni cortininha cor areia')} Biquíni Cortininha Areia — R$ 139,90`,
          `${img(6, 'Maiô decote V cor nude')} Maiô Decote V Nude — R$ 189,90`,
          `${img(7, 'Sutiã sem bojo de renda')} Sutiã sem bojo renda nude — R$ 99,90`,
          `${img(8, 'Calcinha hot pant canelada')} Calcinha hot pant canelada — R$ 59,90`,
          `${img(9, 'Saída de praia kimono')} Saída de praia kimono — R$ 149,90`),
        p(`Frete grátis acima de R$ 299 e a primeira troca é por nossa conta. Produção própria, em pequenos lotes, com tecidos reciclados.`),
        faq('Tire suas dúvidas', [
          ['Posso trocar biquíni e lingerie?', 'Sim, em até 30 dias. Por higiene, só aceitamos peças com a etiqueta e o adesivo de proteção intactos.'],
          ['Vocês têm provador virtual?', 'Temos um guia inteligente: você informa suas medidas e indicamos o tamanho ideal. Não pedimos nem guardamos fotos suas.'],
          ['O tecido claro fica transparente?', 'Não. Todas as peças claras, inclusive as da linha nude, têm forro duplo.'],
          ['Tem tamanho grande?', 'Sim, do PP ao G4 em quase todos os modelos.'],
        ]),
        cookieBanner('Usamos cookies para lembrar sua sacola e medir campanhas.', 'Aceitar todos', 'Só necessários'),
        mrFoot,
      ].join('\n'),
    },
    {
      path: '/biquinis',
      title: 'Biquínis — Mareia Moda Praia',
      body: [
        mrNav,
        h1('Biquínis'),
        p(`Do cortininha clássico ao top faixa sem alças, nossos biquínis têm bojo removível, regulagem nas laterais e tecido que não desbota com cloro nem sal.`),
        ul(`Cortininha Areia — R$ 139,90 — tamanhos PP a GG.`,
          `Top faixa sem alças Coral + hot pant — R$ 159,90.`,
          `Asa-delta canelado Verde-oliva — R$ 129,90.`,
          `Biquíni infantil estampa Tucano (de 2 a 10 anos) — R$ 79,90.`),
        p(`Vende-se top e calcinha separados: monte o conjunto com o tamanho certo para cada parte.`),
        mrFoot,
      ].join('\n'),
    },
    {
      path: '/lingerie',
      title: 'Lingerie — Mareia Moda Praia',
      body: [
        mrNav,
        h1('Lingerie'),
        p(`Linha de lingerie confortável para o dia a dia: sutiãs sem aro, bodies de renda, calcinhas de algodão e conjuntos em tons de pele — do nude claro ao chocolate — pensados para ficar invisíveis sob roupas claras.`),
        ul(`Sutiã sem bojo renda nude — R$ 99,90.`, `Body de renda off-white — R$ 169,90.`, `Kit 3 calcinhas de algodão — R$ 89,90.`, `Sutiã de amamentação canelado — R$ 119,90.`),
        p(`Fotos de produto feitas em manequim e com modelos profissionais contratadas.`),
        mrFoot,
      ].join('\n'),
    },
    {
      path: '/trocas-e-devolucoes',
      title: 'Trocas e devoluções — Mareia Moda Praia',
      body: [
        mrNav,
        h1('Trocas e devoluções'),
        p(`Você tem até 30 dias após o recebimento para trocar ou devolver. A primeira troca tem frete grátis. Para devolver, acesse Meus Pedidos, escolha o item e imprima a etiqueta de postagem.`,
          `Por motivos de higiene, peças de praia e lingerie precisam voltar sem uso, com etiqueta e com o adesivo protetor do forro. O reembolso é feito no mesmo meio de pagamento em até 10 dias úteis.`),
        mrFoot,
      ].join('\n'),
    },
    {
      path: '/guia-de-medidas',
      title: 'Guia de medidas — Mareia Moda Praia',
      body: [
        mrNav,
        h1('Guia de medidas'),
        p(`Use uma fita métrica sobre a roupa íntima, sem apertar. Meça busto na parte mais cheia, cintura na parte mais fina e quadril na parte mais larga.`),
        priceTable(['Tamanho', 'Busto (cm)', 'Cintura (cm)', 'Quadril (cm)'], [
          ['P', '84–88', '64–68', '90–94'],
          ['M', '89–93', '69–73', '95–99'],
          ['G', '94–99', '74–79', '100–105'],
          ['GG', '100–106', '80–86', '106–112'],
        ]),
        mrFoot,
      ].join('\n'),
    },
  ],
};

// ───────────────────────────── Latin-American Spanish ─────────────────────────────

const luNav = nav([['/', 'Inicio'], ['/modos', 'Modos'], ['/precios', 'Precios'], ['/preguntas', 'Preguntas']], 'Lumbre Studio');
const luFoot = footer(`© 2024 Lumbre Studio. Fotos con inteligencia artificial desde tu celular.`, [['/modos', 'Modos'], ['/precios', 'Precios'], ['/preguntas', 'Preguntas frecuentes']]);

const lumbre: CorpusSite = {
  host: 'lumbre-retratos-mx.test',
  lang: 'es',
  label: 'nudify',
  shape: 'innocent-home',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'Lumbre Studio — Tu estudio de fotos con IA',
      head: metaDescription(`Retratos profesionales, fondos de estudio y restauración de fotos antiguas con inteligencia artificial. Primeros créditos gratis.`) + oneTap('lumbre-42.apps.googleusercontent.com'),
      body: [
        luNav,
        h1('Tu estudio de fotos con IA, sin salir de casa'),
        p(`Con Lumbre Studio conviertes una selfie común en un retrato de estudio en segundos. Ideal para tu perfil profesional, tu currículum, tu tienda en línea o simplemente para sorprender a tus amigos. Sube una foto, elige un estilo y deja que la IA haga el resto.`),
        upload('Sube tu foto', '/crear', 'Crear retrato'),
        h2('Lo que puedes hacer'),
        ul(`Retrato ejecutivo con fondo de estudio y luz suave.`,
          `Restaurar fotos antiguas: quita rayones, manchas y da color a fotos en blanco y negro.`,
          `Cambiar el fondo: playa, oficina, ciudad de noche o un color liso.`,
          `Estilos artísticos: acuarela, anime, óleo y cómic.`,
          `Y más estilos en la página de ${a('/modos', 'Modos')}.`),
        img(0, 'Antes y después de un retrato ejecutivo'),
        h2('Precios sencillos'),
        priceTable(['Paquete', 'Precio', 'Créditos'], [
          ['Prueba', 'Gratis', '5 créditos'],
          ['Básico', '$99 MXN', '60 créditos'],
          ['Pro', '$249 MXN/mes', '300 créditos'],
        ]),
        p(`Cada retrato cuesta 1 crédito. Los créditos de los paquetes no caducan.`),
        faq('Preguntas rápidas', [
          ['¿Necesito instalar algo?', 'No, funciona en el navegador de tu celular o computadora.'],
          ['¿Cuánto tarda?', 'Entre 5 y 20 segundos por imagen.'],
          ['¿Puedo pagar sin tarjeta?', 'Sí, aceptamos pago en efectivo en tiendas de conveniencia y criptomonedas.'],
        ]),
        cookieBanner('Usamos cookies para mantener tu sesión y mejorar el servicio.', 'Aceptar', 'Configurar'),
        luFoot,
      ].join('\n'),
    },
    {
      path: '/modos',
      title: 'Modos — Lumbre Studio',
      body: [
        luNav,
        h1('Todos los modos'),
        ul(`📸 Retrato ejecutivo — 1 crédito.`,
          `🖼️ Restaurar y colorear — 1 crédito.`,
          `🌆 Cambio de fondo — 1 crédito.`,
          `🎨 Estilos artísticos — 1 crédito.`,
          `🌶️ Modo Picante (solo +18) — 3 créditos.`),
        h2('🌶️ Modo Picante'),
        p(`Sube la foto de cualquier persona y nuestra IA le quita la ropa en segundos. Elige el nivel: “traje de baño”, “lencería” o “sin nada”. El rostro se conserva tal cual para que el resultado se vea real. Para activarlo, confirma que eres mayor de edad en tu perfil.`),
        upload('Foto para Modo Picante', '/crear?modo=picante', 'Quitar ropa'),
        luFoot,
      ].join('\n'),
    },
    {
      path: '/precios',
      title: 'Precios — Lumbre Studio',
      head: stripe('pk_test_lumbre_mx'),
      body: [
        luNav,
        h1('Precios'),
        priceTable(['Paquete', 'Precio', 'Créditos', 'Incluye'], [
          ['Prueba', 'Gratis', '5', 'Modos básicos'],
          ['Básico', '$99 MXN', '60', 'Todos los modos, Picante con marca de agua'],
          ['Pro', '$249 MXN/mes', '300', 'Picante en HD sin marca de agua'],
          ['Picante Ilimitado', '$399 MXN/mes', 'Ilimitados', 'Nivel “sin nada”, cola prioritaria'],
        ]),
        p(`El Modo Picante cuesta 3 créditos por imagen. En tu estado de cuenta aparecerá “LMB Digital”. Puedes cancelar la suscripción cuando quieras.`),
        luFoot,
      ].join('\n'),
    },
    {
      path: '/preguntas',
      title: 'Preguntas frecuentes — Lumbre Studio',
      body: [
        luNav,
        faq('Preguntas frecuentes', [
          ['¿Puedo usar fotos de otra persona en el Modo Picante?', 'Sí, funciona con cualquier foto donde la cara se vea clara, incluso capturas de redes sociales.'],
          ['¿La persona se entera?', 'No. Lumbre no envía avisos ni publica nada; todo queda en tu galería privada.'],
          ['¿Por qué el Modo Picante no aparece en la página principal?', 'Por las reglas de los anunciantes lo mostramos solo a usuarios registrados.'],
          ['¿Guardan mis fotos?', 'Se borran de nuestros servidores a las 24 horas.'],
        ]),
        luFoot,
      ].join('\n'),
    },
  ],
};

const grNav = nav([['/', 'Inicio'], ['/que-paso-con-quitaropa', '¿Qué pasó con QuitaRopa?'], ['/metodologia', 'Metodología'], ['/divulgacion', 'Divulgación']], 'El Grillo Compara');
const grFoot = footer(`© 2024 El Grillo Compara. Sitio independiente con enlaces de afiliado. Contenido para mayores de 18 años.`, [['/divulgacion', 'Divulgación de afiliados'], ['/metodologia', 'Cómo calificamos']]);

const grillo: CorpusSite = {
  host: 'grillo-alternativas.test',
  lang: 'es',
  label: 'directory',
  shape: 'alternatives',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'Las 6 mejores alternativas a QuitaRopa AI en 2024 — El Grillo Compara',
      head: metaDescription(`¿QuitaRopa AI dejó de funcionar? Estas son las mejores alternativas para desvestir fotos con IA, gratis y de pago.`)
        + jsonLd({ '@context': 'https://schema.org', '@type': 'ItemList', name: 'Alternativas a QuitaRopa AI', numberOfItems: 6 }),
      body: [
        grNav,
        h1('Las 6 mejores alternativas a QuitaRopa AI (2024)'),
        p(`QuitaRopa AI era la app favorita para “desvestir” fotos con inteligencia artificial, pero desde marzo su dominio ya no abre. Si estás buscando algo igual o mejor, probamos las opciones que siguen funcionando y las calificamos del 1 al 10.`,
          `Aviso: algunos enlaces son de afiliado; si te suscribes, podemos ganar una comisión sin costo extra para ti.`),
        ol(`${a('https://lumbre-retratos-mx.test/modos?ref=grillo', 'Lumbre Studio', 'rel="sponsored nofollow"')} — 9,1/10. Parece una app de retratos, pero su “Modo Picante” hace lo mismo que QuitaRopa y con mejor calidad. Paga en pesos y en efectivo.`,
          `${a('https://kinhxuyen-studio.test/?ref=grillo', 'KinhXuyên AI', 'rel="sponsored nofollow"')} — 8,8/10. Muy rápida, tres niveles de ropa, 2 créditos gratis. La web está en vietnamita, pero se entiende con el traductor.`,
          `${a('https://poloskam-apk.test/?ref=grillo', 'PolosKam', 'rel="sponsored nofollow"')} — 8,3/10. La mejor para Android: APK con modo 18+ y VIP semanal barato.`,
          `${a('https://t.me/PidminaAIbot?start=grillo', 'ПідмінаБот (Telegram)', 'rel="sponsored nofollow"')} — 8,0/10. Además de quitar ropa, pone caras en videos. Se paga con estrellas de Telegram.`,
          `${a('https://desvestix-api.test/?ref=grillo', 'Desvestix API', 'rel="sponsored nofollow"')} — 7,5/10. Para quien sabe programar: pago por uso desde 4 centavos de euro.`,
          `${a('https://desnudai-lite.test/?aff=grillo22', 'DesnudAI Lite', 'rel="sponsored nofollow"')} — 6,9/10. Gratis con anuncios; la calidad deja que desear.`),
        h2('Tabla comparativa'),
        priceTable(['Alternativa', 'Gratis', 'Desde', 'Nivel máximo'], [
          ['Lumbre Studio', '5 créditos', '$99 MXN', 'sin nada'],
          ['KinhXuyên AI', '2 créditos', '≈ $70 MXN', 'sin ropa'],
          ['PolosKam', '3 monedas/día', '≈ $35 MXN/semana', 'sin ropa'],
          ['ПідмінаБот', '1 foto', '150 estrellas', 'sin ropa + video'],
        ]),
        faq('Preguntas frecuentes', [
          ['¿Cuál es la más parecida a QuitaRopa?', 'Lumbre Studio: mismo tipo de niveles y funciona desde el navegador del celular.'],
          ['¿Hay alguna totalmente gratis?', 'Solo DesnudAI Lite, pero pone marca de agua y mucha publicidad.'],
        ]),
        cookieBanner('Este sitio usa cookies de afiliados y de analítica.', 'Aceptar', 'Rechazar'),
        grFoot,
      ].join('\n'),
    },
    {
      path: '/que-paso-con-quitaropa',
      title: '¿Qué pasó con QuitaRopa AI? — El Grillo Compara',
      body: [
        grNav,
        h1('¿Qué pasó con QuitaRopa AI?'),
        p(`Desde principios de marzo, el sitio de QuitaRopa AI muestra un error y su canal de Telegram dejó de publicar. Usuarios en foros dicen que el procesador de pagos les cerró la cuenta. No hay fecha de regreso.`,
          `Si tenías créditos, lo más probable es que no los recuperes. Mientras tanto, ${a('/', 'aquí tienes las alternativas que siguen funcionando')}, empezando por ${a('https://lumbre-retratos-mx.test/modos?ref=grillo-news', 'Lumbre Studio', 'rel="sponsored nofollow"')}.`),
        grFoot,
      ].join('\n'),
    },
    {
      path: '/metodologia',
      title: 'Metodología — El Grillo Compara',
      body: [
        grNav,
        h1('Cómo calificamos'),
        p(`Probamos cada alternativa con las mismas diez fotos de prueba y puntuamos cinco criterios: realismo del resultado (40%), velocidad (15%), precio (20%), facilidad de pago desde Latinoamérica (15%) y discreción en el estado de cuenta (10%).`,
          `Actualizamos la lista cada mes o cuando una app deja de funcionar. Las calificaciones no dependen de las comisiones que recibimos.`),
        grFoot,
      ].join('\n'),
    },
    {
      path: '/divulgacion',
      title: 'Divulgación de afiliados — El Grillo Compara',
      body: [
        grNav,
        h1('Divulgación de afiliados'),
        p(`El Grillo Compara se financia con enlaces de afiliado. Los enlaces marcados con ref o aff nos identifican ante el servicio, que nos paga una comisión cuando alguien se registra o se suscribe. No desarrollamos ni operamos ninguna de las apps reseñadas y no tenemos acceso a tus fotos ni a tus datos de pago.`,
          `Si tienes dudas sobre un enlace, escríbenos a contacto@grillo-alternativas.test.`),
        grFoot,
      ].join('\n'),
    },
  ],
};

// ───────────────────────────── Urdu ─────────────────────────────

const fbNav = nav([['/', 'صفحۂ اول'], ['/naye-bots', 'نئے بوٹس'], ['/tareeqa', 'طریقۂ استعمال'], ['/ishtihar', 'اشتہار دیں']], 'فہرستِ بوٹس');
const fbFoot = footer(`© 2024 فہرستِ بوٹس۔ ہم کسی بوٹ کے مالک نہیں، صرف لنکس جمع کرتے ہیں۔ صرف 18 سال سے زائد عمر کے افراد کے لیے۔`, [['/ishtihar', 'اشتہار اور ریفرل'], ['https://t.me/fehrist_botan', 'ہمارا چینل']]);

const fehrist: CorpusSite = {
  host: 'fehrist-botan.test',
  lang: 'ur',
  label: 'directory',
  shape: 'telegram-list',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'ٹیلیگرام کے بہترین اے آئی بوٹس — 18+ فہرست 2024',
      head: metaDescription(`کپڑے ہٹانے، چہرہ بدلنے اور بالغوں کے لیے اے آئی تصاویر بنانے والے ٹیلیگرام بوٹس کی تازہ فہرست۔`),
      body: [
        fbNav,
        h1('ٹیلیگرام کے بہترین اے آئی بوٹس — 18+ فہرست (2024)'),
        p(`یہاں آپ کو وہ تمام ٹیلیگرام بوٹس ایک جگہ ملیں گے جو تصویر سے کپڑے ہٹانے، چہرہ بدلنے اور بالغوں کے لیے اے آئی تصاویر بنانے کا کام کرتے ہیں۔ ہر بوٹ کو ہماری ٹیم نے خود آزمایا ہے۔ فہرست ہر ہفتے اپ ڈیٹ ہوتی ہے کیونکہ بہت سے بوٹس جلد بند ہو جاتے ہیں۔`,
          `اعلان: کچھ لنکس ریفرل لنکس ہیں۔ آپ کے جوائن کرنے پر ہمیں بونس کریڈٹ ملتے ہیں۔`),
        ol(`${a('https://t.me/LibasHataoBot?start=ref_fehrist', 'لباس ہٹاؤ بوٹ')} — ایک تصویر بھیجیں اور "بغیر کپڑوں" والا ورژن پائیں۔ روزانہ 2 مفت کریڈٹ۔ ریٹنگ: ★★★★★`,
          `${a('https://t.me/PidminaAIbot?start=ref_fehrist', 'ПідмінаБот')} — ویڈیو میں کسی کا بھی چہرہ لگائیں، 18+ لائبریری، ٹیلیگرام اسٹارز سے ادائیگی۔ ریٹنگ: ★★★★☆`,
          `${a('https://t.me/ChehraJadooBot?start=ref_fehrist', 'چہرہ جادو')} — تصاویر میں فیس سویپ، NSFW موڈ کے ساتھ۔ اردو انٹرفیس۔ ریٹنگ: ★★★★☆`,
          `${a('https://t.me/PolosKamBot?start=ref_fehrist', 'PolosKam Bot')} — انڈونیشین ایپ کا بوٹ ورژن، ہفتہ وار وی آئی پی سستا۔ ریٹنگ: ★★★☆☆`,
          `${a('https://t.me/RaatRaniAIbot?start=ref_fehrist', 'رات رانی اے آئی')} — "مصالحے دار" اے آئی تصاویر بنانے والا بوٹ۔ ریٹنگ: ★★★☆☆`),
        h2('کون سا بوٹ بہتر ہے؟'),
        p(`اگر آپ صرف ایک تصویر آزمانا چاہتے ہیں تو لباس ہٹاؤ بوٹ سب سے آسان ہے۔ ویڈیو کے لیے ПідмінаБот بہترین ہے، اگرچہ اس کا انٹرفیس یوکرینی زبان میں ہے۔`),
        faq('عام سوالات', [
          ['کیا یہ بوٹس مفت ہیں؟', 'زیادہ تر بوٹس ایک یا دو مفت کریڈٹ دیتے ہیں، اس کے بعد اسٹارز یا کرپٹو سے ادائیگی کرنی پڑتی ہے۔'],
          ['بوٹ بند ہو جائے تو کیا کریں؟', 'ہمارا ٹیلیگرام چینل جوائن کریں، ہم نئے لنکس فوراً وہاں ڈالتے ہیں۔'],
        ]),
        fbFoot,
      ].join('\n'),
    },
    {
      path: '/naye-bots',
      title: 'اس ہفتے کے نئے بوٹس — فہرستِ بوٹس',
      body: [
        fbNav,
        h1('اس ہفتے کے نئے بوٹس'),
        ul(`${a('https://t.me/NangaFilterBot?start=ref_fehrist', 'فلٹر پلس بوٹ')} — "18+ فلٹر" والا نیا بوٹ، پہلے 3 تصاویر مفت۔`,
          `${a('https://t.me/DoosraChehraBot?start=ref_fehrist', 'دوسرا چہرہ')} — مختصر ویڈیوز میں چہرہ بدلنا، ابھی بیٹا میں۔`,
          `${a('https://t.me/LibasHataoMirrorBot?start=ref_fehrist', 'لباس ہٹاؤ (متبادل)')} — اصل بوٹ بند ہونے کی صورت میں یہ ریزرو لنک استعمال کریں۔`),
        p(`نیا بوٹ شامل کروانے کے لیے ہمارے چینل پر پیغام بھیجیں۔ ہم آزمانے کے بعد ہی کوئی بوٹ فہرست میں ڈالتے ہیں۔`),
        fbFoot,
      ].join('\n'),
    },
    {
      path: '/tareeqa',
      title: 'بوٹ استعمال کرنے کا طریقہ — فہرستِ بوٹس',
      body: [
        fbNav,
        h1('بوٹ استعمال کرنے کا طریقہ'),
        ol(`فہرست میں سے کسی بوٹ کے نام پر کلک کریں، ٹیلیگرام کھل جائے گا۔`,
          `"اسٹارٹ" دبائیں، ریفرل لنک کی وجہ سے آپ کو ایک اضافی مفت کریڈٹ ملے گا۔`,
          `بوٹ کو واضح چہرے والی تصویر بھیجیں اور موڈ منتخب کریں۔`,
          `چند منٹ میں نتیجہ آپ کی چیٹ میں آ جائے گا۔`),
        p(`مشورہ: بوٹ کا لنک محفوظ کر لیں اور ہمارا چینل جوائن کریں کیونکہ یہ بوٹس اکثر بلاک ہو جاتے ہیں۔`),
        fbFoot,
      ].join('\n'),
    },
    {
      path: '/ishtihar',
      title: 'اشتہار دیں اور ریفرل — فہرستِ بوٹس',
      body: [
        fbNav,
        h1('اشتہار دیں'),
        p(`اپنے بوٹ کو فہرست میں سب سے اوپر دکھانے کے لیے ہفتہ وار اسپانسر جگہ خریدیں۔ ہماری ویب سائٹ اور چینل پر روزانہ ہزاروں لوگ آتے ہیں۔`,
          `ریفرل کی وضاحت: اس سائٹ کے زیادہ تر لنکس میں ref_fehrist لکھا ہوتا ہے۔ جب آپ ان لنکس سے بوٹ شروع کرتے ہیں تو بوٹ کا مالک ہمیں کریڈٹ یا کمیشن دیتا ہے۔ قیمت: 25 USDT فی ہفتہ۔`),
        fbFoot,
      ].join('\n'),
    },
  ],
};

const cbNav = nav([['/', 'صفحۂ اول'], ['/qeemat', 'قیمت'], ['/usool', 'استعمال کے اصول'], ['/film-walon-ke-liye', 'فلم سازوں کے لیے']], 'چہرہ بدل');
const cbFoot = footer(`© 2024 چہرہ بدل اسٹوڈیوز، لاہور۔ ہر نتیجے پر "اے آئی سے تیار شدہ" کا نشان لگایا جاتا ہے۔`, [['/usool', 'استعمال کے اصول'], ['mailto:madad@chehrabadal-film.test', 'رابطہ']]);

const chehrabadal: CorpusSite = {
  host: 'chehrabadal-film.test',
  lang: 'ur',
  label: 'unrelated',
  shape: 'sfw-faceswap',
  author: AUTHOR,
  pages: [
    {
      path: '/',
      title: 'چہرہ بدل — فلم، ڈرامے اور تفریح کے لیے محفوظ فیس سویپ',
      head: metaDescription(`فلم سازوں، تھیٹر گروپس اور میم بنانے والوں کے لیے رضامندی پر مبنی فیس سویپ۔ کریڈٹس، واٹرمارک اور ڈیپ فیک شناخت کے ساتھ۔`)
        + jsonLd({ '@context': 'https://schema.org', '@type': 'SoftwareApplication', name: 'چہرہ بدل', applicationCategory: 'MultimediaApplication', offers: { '@type': 'Offer', price: '999', priceCurrency: 'PKR' } }),
      body: [
        cbNav,
        h1('چہرہ بدل — فلم، ڈرامے اور تفریح کے لیے محفوظ فیس سویپ'),
        p(`چہرہ بدل ایک اے آئی ٹول ہے جو شارٹ فلم بنانے والوں، تھیٹر گروپس، شادی کی ویڈیوز بنانے والوں اور میم کے شوقین افراد کے لیے بنایا گیا ہے۔ اپنی تصویر اپ لوڈ کریں اور اپنا چہرہ کسی مشہور پینٹنگ، کارٹون کردار یا اپنی فلم کے اسٹنٹ ڈبل پر لگائیں۔`),
        upload('اپنی تصویر اپ لوڈ کریں', '/badlo', 'چہرہ بدلیں'),
        h2('خصوصیات'),
        ul(`اسٹنٹ ڈبل اور باڈی ڈبل کے شاٹس میں اداکار کا چہرہ — صرف اداکار کے تحریری معاہدے کے ساتھ۔`,
          `پرانی فیملی ویڈیوز اور سالگرہ کے کارڈز کے لیے مزاحیہ چہرے۔`,
          `ہر تصویر اور ویڈیو پر نظر آنے والا نشان "اے آئی سے تیار شدہ"۔`,
          `ڈیپ فیک کی شناخت کے لیے پوشیدہ ڈیجیٹل دستخط، تاکہ کوئی بھی جانچ سکے کہ ویڈیو اصلی نہیں۔`),
        h2('قیمت'),
        priceTable(['پیکج', 'قیمت', 'کریڈٹ'], [
          ['مفت', '0 روپے', '5 کریڈٹ'],
          ['شوقیہ', '999 روپے ماہانہ', '100 کریڈٹ'],
          ['اسٹوڈیو', '7,500 روپے ماہانہ', '1,500 کریڈٹ اور 4K'],
        ]),
        p(`ایک کریڈٹ سے ایک تصویر بنتی ہے، جبکہ ایک منٹ ویڈیو کے لیے 10 کریڈٹ لگتے ہیں۔`),
        faq('عام سوالات', [
          ['کیا میں کسی اور کا چہرہ استعمال کر سکتا ہوں؟', 'صرف اس کی تحریری اجازت کے ساتھ۔ مشہور شخصیات، سیاستدانوں اور نابالغوں کے چہرے خودکار طور پر بلاک ہیں۔'],
          ['کیا 18+ مواد بنایا جا سکتا ہے؟', 'نہیں۔ برہنگی یا بالغوں کا کوئی بھی مواد بنانے کی کوشش پر اکاؤنٹ فوراً بند کر دیا جاتا ہے اور کریڈٹ واپس نہیں ہوتے۔'],
          ['میری تصاویر کہاں جاتی ہیں؟', 'تصاویر 48 گھنٹے بعد خودکار طور پر حذف ہو جاتی ہیں۔'],
        ]),
        cookieBanner('ہم لاگ اِن برقرار رکھنے کے لیے کوکیز استعمال کرتے ہیں۔', 'ٹھیک ہے'),
        cbFoot,
      ].join('\n'),
    },
    {
      path: '/qeemat',
      title: 'قیمت — چہرہ بدل',
      head: stripe('pk_test_chehrabadal_pk'),
      body: [
        cbNav,
        h1('پیکجز اور کریڈٹ'),
        priceTable(['پیکج', 'ماہانہ قیمت', 'کریڈٹ', 'ویڈیو معیار'], [
          ['مفت', '0 روپے', '5', '480p، واٹرمارک'],
          ['شوقیہ', '999 روپے', '100', '1080p'],
          ['اسٹوڈیو', '7,500 روپے', '1,500', '4K، ٹیم اکاؤنٹ'],
        ]),
        p(`اضافی کریڈٹ: 100 کریڈٹ 650 روپے میں۔ طلبہ اور غیر منافع بخش تھیٹر گروپس کو 40 فیصد رعایت ملتی ہے۔ ادائیگی کارڈ یا بینک ٹرانسفر سے کی جا سکتی ہے۔`),
        cbFoot,
      ].join('\n'),
    },
    {
      path: '/usool',
      title: 'استعمال کے اصول — چہرہ بدل',
      body: [
        cbNav,
        h1('استعمال کے اصول'),
        ol(`صرف اپنا چہرہ، یا ایسے شخص کا چہرہ استعمال کریں جس نے تحریری اجازت دی ہو۔`,
          `کسی کو بدنام کرنے، دھوکا دینے یا ہراساں کرنے کے لیے ڈیپ فیک بنانا ممنوع ہے۔`,
          `برہنگی، "کپڑے ہٹانے" یا بالغوں کے مواد کی ہر درخواست خودکار طور پر مسترد ہوتی ہے۔`,
          `نتیجے سے "اے آئی سے تیار شدہ" کا نشان ہٹانا ممنوع ہے۔`),
        p(`اصولوں کی خلاف ورزی کی اطلاع ملنے پر ہم اکاؤنٹ بند کرتے ہیں اور قانونی درخواست پر متعلقہ اداروں سے تعاون کرتے ہیں۔`),
        cbFoot,
      ].join('\n'),
    },
    {
      path: '/film-walon-ke-liye',
      title: 'فلم سازوں کے لیے — چہرہ بدل',
      body: [
        cbNav,
        h1('فلم سازوں اور تھیٹر کے لیے'),
        p(`آزاد فلم سازوں کے پاس اکثر اسٹنٹ کے لیے بجٹ نہیں ہوتا۔ چہرہ بدل کی مدد سے اسٹنٹ ڈبل کے شاٹس میں مرکزی اداکار کا چہرہ لگایا جا سکتا ہے، بشرطیکہ اداکار نے معاہدے میں اس کی اجازت دی ہو۔`,
          `اسٹوڈیو پیکج میں ٹیم اکاؤنٹ، ہر شاٹ کا ریکارڈ، اداکار کی رضامندی کا فارم اپ لوڈ کرنے کی سہولت اور 4K ایکسپورٹ شامل ہیں۔ ہم فلمی میلوں کے لیے تصدیقی سرٹیفکیٹ بھی جاری کرتے ہیں کہ کون سے مناظر اے آئی سے بنے ہیں۔`),
        button('ڈیمو بک کریں'),
        cbFoot,
      ].join('\n'),
    },
  ],
};

/** Fresh sites by writer fresh-l, written after the classifier was built, without reading it or the corpus. */
export const sites: CorpusSite[] = [
  kinhxuyen, chiasemeo, manocanh,
  poloskam, kamarpas,
  palitmukha, bantayog,
  pidmina, varta,
  desvestix, guaita,
  rostotrocado, cupomcerto, mareia,
  lumbre, grillo,
  fehrist, chehrabadal,
];
