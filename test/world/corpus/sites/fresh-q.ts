import {
  p, h1, h2, h3, ul, ol, a, section, article, blockquote, button, nav, footer, cookieBanner, faq, priceTable, mediaGrid,
  jsonLd, metaDescription, upload, orderForm, textForm, img, ageGate, storeBadges, stripe, oneTap, gtag, cryptoCheckout,
  type CorpusSite,
} from '../site-kit.js';

// Written by fresh-q (round 6).

// ───────────────────────── 1. id · nudify · app-landing ─────────────────────────
const polosinNav = nav([['/', 'Beranda'], ['/unduh', 'Unduh APK'], ['/vip', 'Paket VIP'], ['/tanya-jawab', 'FAQ']], 'Polosin AI');
const polosinFoot = footer('© 2025 Polosin AI. Khusus pengguna 18+. Aplikasi ini tidak berafiliasi dengan Google maupun Apple.', [
  ['/kebijakan-privasi', 'Kebijakan Privasi'], ['/tanya-jawab', 'Bantuan'], ['https://t.me/polosin_cs', 'CS Telegram'],
]);
const polosin: CorpusSite = {
  host: 'polosin-app.test',
  lang: 'id',
  label: 'nudify',
  shape: 'app-landing',
  author: 'fresh-q',
  pages: [
    {
      path: '/',
      title: 'Polosin AI — Aplikasi Hapus Baju di Foto, Mode 18+ | Unduh APK Gratis',
      head: metaDescription('Polosin AI: aplikasi AI hapus baju dari foto apa saja dalam hitungan detik. Mode 18+ tanpa sensor, unduh APK gratis, VIP mingguan mulai Rp 29.000.') + gtag('G-PLSN0425'),
      body: [
        polosinNav,
        cookieBanner('Kami memakai cookie untuk menyimpan sesi login dan statistik kunjungan. Dengan lanjut, kamu setuju.', 'Oke, lanjut', 'Tolak'),
        section(
          h1('Polosin AI: hapus baju dari foto cuma sekali tap'),
          p('Upload foto siapa saja, pilih mode, dan biarkan AI kami bekerja. Polosin adalah aplikasi <strong>AI buka baju</strong> nomor satu di Indonesia dengan hasil paling realistis, diproses di server GPU kami sendiri dalam 5–10 detik. Tanpa watermark untuk member VIP, tanpa sensor di mode 18+.'),
          storeBadges('/unduh/polosin-v3.8.2.apk'),
          p('<small>Versi Play Store adalah versi "lite" tanpa fitur dewasa. Untuk fitur lengkap, unduh APK langsung dari situs resmi ini.</small>'),
        ),
        section(
          h2('Kenapa jutaan pengguna pilih Polosin?'),
          ul(
            '<strong>Mode Polos 18+</strong> — AI menghapus pakaian dari foto dan menyusun ulang hasilnya secara otomatis.',
            '<strong>Mode Bikini & Lingerie</strong> — ganti baju jadi pakaian renang atau pakaian dalam, cocok untuk "prank" teman.',
            '<strong>Kualitas HD 4K</strong> — detail kulit dan pencahayaan tetap natural, tidak kelihatan editan.',
            '<strong>Privasi terjaga</strong> — foto dihapus otomatis dari server setelah 24 jam, tidak ada yang tahu.',
            '<strong>Bisa dipakai untuk foto dari Instagram, TikTok, atau galeri HP</strong> — cukup screenshot lalu upload.',
          ),
          img(1, 'Tampilan aplikasi Polosin'), img(2, 'Pilihan mode'),
        ),
        section(
          h2('Cara pakai dalam 3 langkah'),
          ol('Unduh dan pasang APK (izinkan "sumber tidak dikenal" di pengaturan HP).', 'Daftar pakai nomor HP atau akun Google, dapat 3 koin gratis.', 'Pilih foto, pilih mode, tap <em>Proses</em>. Selesai!'),
        ),
        section(
          h2('Kata pengguna'),
          blockquote('Gila sih, hasilnya mulus banget. Langganan VIP mingguan langsung worth it.', 'Rizky, Bekasi'),
          blockquote('Dulu pakai aplikasi lain sering blur, di Polosin jernih. Admin CS fast respon.', 'Dimas, Medan'),
        ),
        p(a('/vip', 'Lihat harga VIP mingguan →'), ' · ', a('/unduh', 'Unduh sekarang →')),
        polosinFoot,
      ].join('\n'),
    },
    {
      path: '/unduh',
      title: 'Unduh APK Polosin AI versi terbaru (v3.8.2)',
      body: [
        polosinNav,
        h1('Unduh Polosin AI APK v3.8.2'),
        p('Ukuran 48 MB · Android 8.0 ke atas · Update terakhir: 2 minggu lalu. Aplikasi ini sengaja tidak kami taruh versi lengkapnya di Play Store karena kebijakan konten dewasa Google. Unduh APK langsung di bawah ini, aman dan bebas virus.'),
        storeBadges('/unduh/polosin-v3.8.2.apk'),
        h2('Cara pasang'),
        ol('Tap tombol "Download APK" di atas dan tunggu sampai selesai.', 'Buka file dari folder Unduhan, lalu izinkan instalasi dari sumber tidak dikenal.', 'Buka aplikasi, login, dan aktifkan Mode 18+ di menu Pengaturan (wajib konfirmasi umur).'),
        p('Pengguna iPhone: gunakan versi web di dalam aplikasi lewat Safari, tambahkan ke layar utama agar terasa seperti aplikasi.'),
        polosinFoot,
      ].join('\n'),
    },
    {
      path: '/vip',
      title: 'Paket VIP Polosin — Mingguan, Bulanan, Koin',
      head: jsonLd({ '@context': 'https://schema.org', '@type': 'SoftwareApplication', name: 'Polosin AI', operatingSystem: 'Android', applicationCategory: 'PhotoApplication', offers: { '@type': 'Offer', price: '29000', priceCurrency: 'IDR' } }),
      body: [
        polosinNav,
        h1('Pilih paket VIP kamu'),
        p('Member gratis dapat 3 koin sekali saja, hasil ada watermark dan resolusi rendah. Upgrade ke VIP untuk proses tanpa batas, tanpa watermark, dan akses penuh Mode Polos 18+.'),
        priceTable(['Paket', 'Harga', 'Isi'], [
          ['VIP Mingguan', 'Rp 29.000 / minggu', 'Proses tanpa batas, Mode 18+, tanpa watermark'],
          ['VIP Bulanan', 'Rp 89.000 / bulan', 'Semua fitur mingguan + antrean prioritas'],
          ['Paket Koin 50', 'Rp 45.000', '50 kali proses, berlaku 90 hari'],
        ]),
        p('Pembayaran: DANA, OVO, GoPay, ShopeePay, QRIS, dan pulsa Telkomsel. Langganan diperpanjang otomatis, bisa dibatalkan kapan saja dari menu Akun.'),
        button('Langganan VIP Mingguan'),
        polosinFoot,
      ].join('\n'),
    },
    {
      path: '/tanya-jawab',
      title: 'Tanya Jawab — Polosin AI',
      body: [
        polosinNav,
        faq('Pertanyaan yang sering ditanyakan', [
          ['Apakah Polosin benar-benar bisa menghapus baju di foto?', 'Ya. AI kami dilatih khusus untuk mode buka baju dan menghasilkan gambar realistis dari foto berpakaian biasa. Hasil terbaik didapat dari foto satu orang, badan terlihat jelas, dan pencahayaan terang.'],
          ['Apakah orang di foto akan tahu?', 'Tidak. Proses terjadi di server kami dan tidak ada notifikasi ke siapa pun. Foto asli dan hasil dihapus otomatis setelah 24 jam.'],
          ['Kenapa hasil saya masih blur?', 'Akun gratis mendapat hasil blur dan watermark. Aktifkan VIP untuk hasil HD tanpa sensor.'],
          ['Apakah aman diunduh?', 'APK kami ditandatangani dan diperiksa rutin. Jika antivirus memberi peringatan, itu karena aplikasi dipasang di luar Play Store.'],
          ['Bagaimana minta refund?', 'Hubungi CS Telegram @polosin_cs maksimal 24 jam setelah pembayaran dengan bukti transfer.'],
        ]),
        polosinFoot,
      ].join('\n'),
    },
    {
      path: '/kebijakan-privasi',
      title: 'Kebijakan Privasi Polosin AI',
      body: [
        polosinNav,
        h1('Kebijakan Privasi'),
        p('Polosin AI mengumpulkan nomor HP atau email untuk login, data pembayaran dari penyedia dompet digital, dan foto yang kamu unggah untuk diproses. Foto disimpan paling lama 24 jam lalu dihapus otomatis. Kami tidak menjual data ke pihak ketiga. Dengan memakai aplikasi ini, kamu menyatakan berusia minimal 18 tahun dan bertanggung jawab penuh atas foto yang diunggah. Pertanyaan soal privasi bisa dikirim ke CS Telegram kami.'),
        polosinFoot,
      ].join('\n'),
    },
  ],
};

// ───────────────────────── 2. vi · deepfake · tube ─────────────────────────
const ghepNav = nav([['/', 'Trang chủ'], ['/moi-cap-nhat', 'Mới cập nhật'], ['/the-loai', 'Thể loại'], ['/dmca', 'DMCA']], 'GhepMat.TV');
const ghepGate = ageGate('Trang web chỉ dành cho người từ 18 tuổi trở lên. Nội dung là video deepfake ghép mặt dành cho người lớn. Bạn đã đủ 18 tuổi?', 'Tôi đã đủ 18 tuổi – Vào xem', 'Thoát');
const ghepFoot = footer('GhepMat.TV không lưu trữ video trên máy chủ của mình. Mọi nội dung đều là ghép mặt bằng AI (deepfake), chỉ mang tính giải trí cho người lớn. © 2025', [
  ['/dmca', 'DMCA / Gỡ nội dung'], ['/dieu-khoan', 'Điều khoản'], ['https://t.me/ghepmattv', 'Kênh Telegram'],
]);
const ghepmat: CorpusSite = {
  host: 'ghepmat-tv.test',
  lang: 'vi',
  label: 'deepfake',
  shape: 'tube',
  author: 'fresh-q',
  pages: [
    {
      path: '/',
      title: 'GhepMat.TV – Video deepfake ghép mặt idol, hot girl 18+ mới nhất',
      head: metaDescription('Kho video deepfake ghép mặt ca sĩ, diễn viên, hot girl mạng xã hội bản 18+. Cập nhật mỗi ngày, xem miễn phí, không quảng cáo pop-up.') + gtag('G-GMTV2025'),
      body: [
        ghepGate,
        ghepNav,
        textForm('Tìm theo tên idol, hot girl, tag…', 'Tìm'),
        section(
          h1('Video deepfake ghép mặt 18+ – cập nhật mỗi ngày'),
          p('Chào mừng bạn đến với GhepMat.TV – kho video ghép mặt bằng AI lớn nhất dành cho người Việt. Hơn 12.000 clip deepfake người nổi tiếng, idol Kpop, diễn viên Cbiz và hot girl TikTok được ghép mặt sắc nét, khớp biểu cảm, chất lượng Full HD. Tất cả đều miễn phí, không cần đăng ký, xem mượt trên điện thoại.'),
        ),
        section(
          h2('🔥 Đang hot hôm nay'),
          mediaGrid([
            { title: 'Nữ ca sĩ V. bản ghép mặt 18+ phần 3', duration: '12:41', views: '218 N lượt xem', tags: ['ca-si', 'vpop', 'deepfake'] },
            { title: 'Hot girl TikTok L. deepfake full HD', duration: '08:15', views: '156 N lượt xem', tags: ['hot-girl', 'tiktok'] },
            { title: 'Idol nhóm nhạc Hàn ghép mặt – bản không che', duration: '15:02', views: '301 N lượt xem', tags: ['kpop', 'idol'] },
            { title: 'Diễn viên phim truyền hình T. deepfake', duration: '10:37', views: '97 N lượt xem', tags: ['dien-vien', 'vtv'] },
            { title: 'Streamer game M. ghép mặt cực giống', duration: '06:58', views: '88 N lượt xem', tags: ['streamer'] },
            { title: 'Người mẫu ảnh N. deepfake 4K', duration: '19:20', views: '143 N lượt xem', tags: ['nguoi-mau', '4k'] },
          ]),
        ),
        section(
          h2('Vì sao chọn GhepMat.TV?'),
          ul('Ghép mặt bằng AI thế hệ mới, khuôn mặt khớp từng khung hình, gần như không phân biệt được.', 'Phân loại rõ ràng theo ca sĩ, diễn viên, idol, hot girl, streamer.', 'Máy chủ tốc độ cao, xem không giật lag, hỗ trợ tua nhanh.', 'Theo dõi kênh Telegram để nhận link dự phòng khi tên miền bị chặn.'),
          p('Lưu ý: chúng tôi <strong>không nhận tải video lên</strong> và không nhận đặt ghép mặt theo yêu cầu. Mọi clip do đội ngũ biên tập tuyển chọn.'),
        ),
        ghepFoot,
      ].join('\n'),
    },
    {
      path: '/moi-cap-nhat',
      title: 'Video deepfake mới cập nhật – GhepMat.TV',
      body: [
        ghepGate,
        ghepNav,
        h1('Mới cập nhật'),
        p('Danh sách video ghép mặt 18+ vừa được thêm trong 24 giờ qua. Bấm vào ảnh để xem, thêm vào danh sách yêu thích để theo dõi phần tiếp theo.'),
        mediaGrid([
          { title: 'MC truyền hình H. bản deepfake mới', duration: '09:44', views: '12 N lượt xem', tags: ['mc', 'moi'] },
          { title: 'Ca sĩ ballad K. ghép mặt phần 1', duration: '11:05', views: '9,8 N lượt xem', tags: ['ca-si'] },
          { title: 'Hoa hậu P. deepfake 18+ Full HD', duration: '14:30', views: '21 N lượt xem', tags: ['hoa-hau', 'full-hd'] },
          { title: 'Cosplayer Y. ghép mặt', duration: '07:12', views: '6,4 N lượt xem', tags: ['cosplay'] },
        ]),
        p(a('/moi-cap-nhat?page=2', 'Trang tiếp →')),
        ghepFoot,
      ].join('\n'),
    },
    {
      path: '/the-loai',
      title: 'Thể loại video ghép mặt – GhepMat.TV',
      body: [
        ghepGate,
        ghepNav,
        h1('Tất cả thể loại'),
        p('Chọn thể loại để xem video deepfake theo chủ đề. Mỗi thể loại được cập nhật thường xuyên với các clip ghép mặt mới nhất.'),
        ul(
          a('/tag/ca-si', 'Ca sĩ Vpop (2.341 video)'), a('/tag/kpop', 'Idol Kpop (3.102 video)'), a('/tag/dien-vien', 'Diễn viên (1.877 video)'),
          a('/tag/hot-girl', 'Hot girl mạng xã hội (2.560 video)'), a('/tag/streamer', 'Streamer (640 video)'), a('/tag/hoa-hau', 'Hoa hậu, người mẫu (912 video)'),
          a('/tag/4k', 'Chất lượng 4K (415 video)'),
        ),
        ghepFoot,
      ].join('\n'),
    },
    {
      path: '/dmca',
      title: 'DMCA – Yêu cầu gỡ nội dung | GhepMat.TV',
      body: [
        ghepNav,
        h1('DMCA và yêu cầu gỡ bỏ'),
        p('GhepMat.TV tôn trọng quyền sở hữu trí tuệ. Nếu bạn là chủ sở hữu bản quyền hoặc người được ủy quyền và cho rằng một video vi phạm quyền của bạn, vui lòng gửi email tới dmca@ghepmat-tv.test kèm đường dẫn chính xác của video, thông tin liên hệ và tuyên bố có chữ ký. Chúng tôi sẽ xem xét và phản hồi trong vòng 7–14 ngày làm việc. Yêu cầu thiếu thông tin sẽ không được xử lý.'),
        ghepFoot,
      ].join('\n'),
    },
    {
      path: '/dieu-khoan',
      title: 'Điều khoản sử dụng – GhepMat.TV',
      body: [
        ghepNav,
        h1('Điều khoản sử dụng'),
        p('Bằng việc truy cập trang web, bạn xác nhận mình đã đủ 18 tuổi và tự chịu trách nhiệm khi xem nội dung người lớn theo pháp luật nơi bạn sinh sống. Toàn bộ video là sản phẩm ghép mặt bằng trí tuệ nhân tạo, mang tính giải trí và không phản ánh người thật. Không được sao chép, tải lại hay phát tán nội dung sang nền tảng khác. Chúng tôi có thể thay đổi tên miền bất cứ lúc nào; hãy theo dõi kênh Telegram để cập nhật.'),
        ghepFoot,
      ].join('\n'),
    },
  ],
};

// ───────────────────────── 3. th · deepfake · telegram-bot ─────────────────────────
const swapNav = nav([['/', 'หน้าแรก'], ['/how-to', 'วิธีใช้บอท'], ['/credit', 'เติมเครดิต'], ['/faq', 'คำถามที่พบบ่อย']], 'HnaMaiBot');
const swapFoot = footer('HnaMaiBot © 2025 · บริการสำหรับผู้ที่มีอายุ 18 ปีขึ้นไปเท่านั้น · ติดต่อแอดมิน ทาง Telegram', [
  ['https://t.me/HnaMaiSwapBot', 'เปิดบอท'], ['https://t.me/HnaMai_Admin', 'แอดมิน'], ['/faq', 'ช่วยเหลือ'],
]);
const hnamai: CorpusSite = {
  host: 'hnamai-bot.test',
  lang: 'th',
  label: 'deepfake',
  shape: 'telegram-bot',
  author: 'fresh-q',
  pages: [
    {
      path: '/',
      title: 'HnaMaiBot – บอทสลับหน้า AI ใน Telegram ใส่หน้าใครก็ได้ลงคลิป 18+',
      head: metaDescription('บอท Telegram สลับหน้าด้วย AI ส่งรูปหน้า 1 รูป เลือกคลิป แล้วรับวิดีโอ deepfake ภายใน 2 นาที มีโหมด 18+ สำหรับผู้ใหญ่'),
      body: [
        swapNav,
        section(
          h1('บอทสลับหน้า AI ที่คนไทยใช้มากที่สุด'),
          p('ไม่ต้องลงแอป ไม่ต้องมีคอมแรง ๆ แค่เปิด Telegram แล้วคุยกับบอท ส่งรูปหน้าคนที่ต้องการ 1 รูป เลือกคลิปจากคลังของเรา หรือส่งคลิปของคุณเอง บอทจะ สลับหน้า ให้เนียนทุกเฟรม ภายใน 1–2 นาที'),
          p(a('https://t.me/HnaMaiSwapBot?start=web', '👉 เริ่มใช้งานบอทฟรี @HnaMaiSwapBot')),
        ),
        section(
          h2('บอททำอะไรได้บ้าง'),
          ul(
            'สลับหน้าในรูปภาพ แบบ HD ใช้ 1 เครดิต',
            'สลับหน้าลงคลิปวิดีโอ ความยาวสูงสุด 60 วินาที ใช้ 5 เครดิต',
            '<strong>โหมด 18+</strong> ใส่หน้าใครก็ได้ ลงคลิปผู้ใหญ่ ในคลังกว่า 3,000 คลิป (เฉพาะสมาชิก VIP)',
            'รองรับหน้าเพื่อน แฟนเก่า ดารา เน็ตไอดอล ขอแค่เห็นหน้าชัด ๆ',
            'ไม่มีลายน้ำ สำหรับผู้ที่เติมเครดิตแล้ว',
          ),
          img(3, 'ตัวอย่างหน้าจอบอท'),
        ),
        section(
          h2('ทำไมต้อง HnaMaiBot'),
          p('เราใช้โมเดล AI รุ่นล่าสุด ที่จับมุมหน้า แสง และการขยับปาก ได้เป็นธรรมชาติ ผลลัพธ์ดูเหมือนคลิปจริง คุยกับบอทแบบส่วนตัว ไม่มีใครเห็นประวัติของคุณ ไฟล์ทั้งหมดจะถูกลบจากเซิร์ฟเวอร์ ภายใน 12 ชั่วโมง'),
          blockquote('เนียนมาก ส่งรูปไปแป๊บเดียว ได้คลิปกลับมาเลย คุ้มกว่าจ้างตัดต่อเยอะ', 'ผู้ใช้จาก กรุงเทพฯ'),
          blockquote('ลองใส่หน้าเน็ตไอดอล ที่ชอบ ลงคลิปในโหมด 18+ ออกมาเหมือนจริงมาก สมัคร VIP เลย', 'ผู้ใช้จาก ขอนแก่น'),
        ),
        section(
          h2('หมวดคลิปในคลัง'),
          p('คลังของเรา อัปเดตทุกสัปดาห์ มีทั้ง คลิปเต้น คลิปคอสเพลย์ คลิปชุดว่ายน้ำ และ หมวดผู้ใหญ่ สำหรับสมาชิก VIP เท่านั้น คุณสามารถ ค้นหาคลิป ด้วยคำสั่ง /search ตามด้วย ชื่อหมวด หรือ แฮชแท็ก ที่ต้องการ บอทจะแสดง ตัวอย่างภาพ แบบเบลอ ให้เลือก ก่อนใช้เครดิต'),
          p('ถ้าบอทหลัก โดนแบน ไม่ต้องกังวล เรามี บอทสำรอง เสมอ เครดิตและ VIP ของคุณ จะย้ายไปด้วย อัตโนมัติ แค่ติดตาม ช่องข่าว @HnaMai_News ไว้ รับรองว่า ไม่พลาด'),
        ),
        section(
          h2('เริ่มต้นง่าย ๆ 3 ขั้นตอน'),
          ol('กด Start ที่ @HnaMaiSwapBot รับฟรี 3 เครดิต', 'ส่งรูปหน้าที่ต้องการ แล้วเลือกคลิปหรือหมวดที่ชอบ', 'รอ 1–2 นาที บอทจะส่งไฟล์กลับมาในแชท'),
        ),
        swapFoot,
      ].join('\n'),
    },
    {
      path: '/how-to',
      title: 'วิธีใช้ HnaMaiBot ทีละขั้นตอน',
      body: [
        swapNav,
        h1('วิธีใช้บอท'),
        ol(
          'เปิดแอป Telegram แล้วค้นหา @HnaMaiSwapBot หรือกดลิงก์ในหน้าแรก',
          'พิมพ์ /start เพื่อรับเครดิตฟรี และเลือกภาษาไทย',
          'พิมพ์ /face แล้วส่งรูปหน้า ที่เห็นหน้าตรง ชัด ไม่มีแว่นดำ หรือหน้ากาก',
          'พิมพ์ /video เพื่อเลือกคลิปจากคลัง หรือส่งคลิปของคุณเอง ไม่เกิน 60 วินาที',
          'ถ้าต้องการ โหมด 18+ ให้พิมพ์ /vip แล้วยืนยันว่าอายุ 18 ปีขึ้นไป',
          'รอบอทประมวลผล แล้วกดดาวน์โหลดไฟล์ ภายใน 12 ชั่วโมง ก่อนไฟล์ถูกลบ',
        ),
        p('เคล็ดลับ: รูปหน้าที่ถ่ายในที่สว่าง และมุมตรง จะได้ผลลัพธ์ที่เนียนที่สุด หลีกเลี่ยง รูปที่มี ฟิลเตอร์หนัก ๆ หรือ รูปหมู่ ที่หน้าเล็กเกินไป ถ้าคลิปต้นฉบับ มีหลายคน บอทจะถามว่า ต้องการเปลี่ยนหน้า คนไหน ให้กดเลือก จากปุ่ม ด้านล่างข้อความ'),
        swapFoot,
      ].join('\n'),
    },
    {
      path: '/credit',
      title: 'เติมเครดิต HnaMaiBot – ราคาแพ็กเกจ',
      body: [
        swapNav,
        h1('เติมเครดิต และแพ็กเกจ VIP'),
        p('เติมได้ผ่านบอทโดยตรง พิมพ์ /topup แล้วเลือกช่องทาง ระบบจะเพิ่มเครดิตให้อัตโนมัติ ภายใน 1 นาที'),
        priceTable(['แพ็กเกจ', 'ราคา', 'สิ่งที่ได้'], [
          ['Starter', '99 บาท', '30 เครดิต'],
          ['Pro', '299 บาท', '120 เครดิต + ไม่มีลายน้ำ'],
          ['VIP รายเดือน', '590 บาท', 'เครดิตไม่จำกัด + ปลดล็อก โหมด 18+ + คิวด่วน'],
        ]),
        p('ช่องทางชำระเงิน: TrueMoney Wallet, พร้อมเพย์, USDT (TRC20) และ Telegram Stars ไม่มีการตัดเงินอัตโนมัติ เมื่อแพ็กเกจหมดอายุ คุณสามารถ ต่ออายุเอง ได้ทุกเมื่อ เครดิตที่เหลือ จะไม่หาย และ ใช้ต่อได้ นาน 90 วัน โปรโมชั่นพิเศษ ทุกวันศุกร์ เติม 299 บาท รับเครดิตเพิ่ม อีก 20 เครดิต'),
        cryptoCheckout(),
        swapFoot,
      ].join('\n'),
    },
    {
      path: '/faq',
      title: 'คำถามที่พบบ่อย – HnaMaiBot',
      body: [
        swapNav,
        faq('คำถามที่พบบ่อย', [
          ['ใช้หน้าคนอื่นได้ไหม', 'ได้ บอทรับรูปหน้าของใครก็ได้ ขอแค่เห็นหน้าชัด ผู้ใช้ต้องรับผิดชอบการใช้งานเอง'],
          ['คนในรูปจะรู้ไหม', 'ไม่รู้ การใช้งานทั้งหมดอยู่ในแชทส่วนตัว กับบอท ไม่มีการแจ้งเตือนใด ๆ'],
          ['ทำไมบอทหายไป', 'บางครั้ง Telegram แบนบอท ให้ติดตามช่อง @HnaMai_News เพื่อรับชื่อบอทสำรอง เครดิตจะย้ายตามบัญชีของคุณ'],
          ['ขอคืนเงินได้ไหม', 'ขอคืนเครดิตได้ ถ้าบอทประมวลผลล้มเหลว ติดต่อแอดมิน พร้อมหมายเลขคำสั่ง'],
          ['โหมด 18+ ต้องทำอย่างไร', 'พิมพ์ /vip เพื่อสมัครสมาชิก VIP และ กดยืนยันว่า คุณมีอายุ 18 ปีขึ้นไป จากนั้น หมวดผู้ใหญ่ จะปลดล็อก ในเมนูคลิปทันที'],
          ['บอทรองรับ ภาษาไทย ไหม', 'รองรับ เต็มรูปแบบ พิมพ์ /lang เพื่อเปลี่ยน ภาษา ได้ทุกเมื่อ ทั้ง ไทย อังกฤษ และ ลาว'],
          ['ไฟล์เก็บไว้นานแค่ไหน', 'ไฟล์ทั้งหมด จะถูกลบ ภายใน 12 ชั่วโมง หลังประมวลผล กรุณา ดาวน์โหลดเก็บไว้ ในเครื่องของคุณเอง'],
        ]),
        swapFoot,
      ].join('\n'),
    },
  ],
};

// ───────────────────────── 4. hi · nudify · made-to-order ─────────────────────────
const pardaNav = nav([['/', 'होम'], ['/kaise-kaam-karta-hai', 'कैसे काम करता है'], ['/packages', 'पैकेज'], ['/order', 'ऑर्डर करें'], ['/sampark', 'संपर्क']], 'परदा स्टूडियो');
const pardaFoot = footer('परदा स्टूडियो © 2025 · केवल 18+ वयस्कों के लिए · भुगतान सिर्फ़ क्रिप्टो में', [
  ['/order', 'ऑर्डर'], ['/sampark', 'संपर्क'], ['https://t.me/parda_studio', 'Telegram'],
]);
const parda: CorpusSite = {
  host: 'parda-studio.test',
  lang: 'hi',
  label: 'nudify',
  shape: 'made-to-order',
  author: 'fresh-q',
  pages: [
    {
      path: '/',
      title: 'परदा स्टूडियो — किसी भी फोटो से कपड़े हटवाएँ | AI कस्टम ऑर्डर 18+',
      head: metaDescription('फोटो भेजिए, हमारी टीम AI से कपड़े हटाकर 24 घंटे में तैयार इमेज भेजेगी। पूरी तरह गोपनीय, भुगतान केवल USDT / BTC में।'),
      body: [
        pardaNav,
        section(
          h1('आपकी फोटो, हमारा AI — कपड़े हटाने की कस्टम सर्विस'),
          p('क्या आपके पास किसी की फोटो है और आप उसका "अनड्रेस" वर्ज़न देखना चाहते हैं? परदा स्टूडियो में आपको कोई ऐप डाउनलोड करने या खुद एडिटिंग सीखने की ज़रूरत नहीं। बस ऑर्डर फ़ॉर्म में फोटो का लिंक दीजिए, पैकेज चुनिए और क्रिप्टो में भुगतान कीजिए। हमारी टीम प्रीमियम AI मॉडल और मैन्युअल टच-अप से <strong>कपड़े हटाकर</strong> बिल्कुल असली जैसी इमेज 24 घंटे के अंदर आपके Telegram पर भेज देगी।'),
        ),
        section(
          h2('हम ही क्यों?'),
          ul(
            'ऑटोमैटिक ऐप्स से कहीं बेहतर नतीजे — हर इमेज को एडिटर खुद चेक करता है।',
            'इंस्टाग्राम, फेसबुक, व्हाट्सऐप DP — किसी भी सोशल मीडिया फोटो से काम हो जाता है।',
            'साड़ी, सूट, जींस, यूनिफ़ॉर्म — हर तरह के कपड़ों पर काम करता है।',
            '100% गोपनीय: न नाम, न ईमेल, न फ़ोन नंबर। सिर्फ़ Telegram यूज़रनेम।',
            'भुगतान सिर्फ़ क्रिप्टो (USDT TRC20, BTC, LTC) में, ताकि कोई बैंक रिकॉर्ड न बने।',
          ),
        ),
        section(
          h2('अब तक का रिकॉर्ड'),
          p('2023 से अब तक 9,400 से ज़्यादा ऑर्डर पूरे। औसत डिलीवरी समय 11 घंटे। 4.8/5 ग्राहक रेटिंग।'),
          blockquote('पहली बार ट्राई किया, रिज़ल्ट देखकर यक़ीन नहीं हुआ। दोबारा ज़रूर ऑर्डर करूँगा।', 'ग्राहक, पुणे'),
          blockquote('ऐप्स में सब धुंधला आता था, यहाँ HD में मिला। सपोर्ट भी तेज़ है।', 'ग्राहक, लखनऊ'),
        ),
        p(a('/order', 'अभी ऑर्डर करें →'), ' · ', a('/packages', 'पैकेज और दाम देखें')),
        pardaFoot,
      ].join('\n'),
    },
    {
      path: '/kaise-kaam-karta-hai',
      title: 'कैसे काम करता है — परदा स्टूडियो',
      body: [
        pardaNav,
        h1('ऑर्डर कैसे काम करता है'),
        ol(
          'ऑर्डर पेज पर फोटो का लिंक (Google Drive, Imgur, या Telegram पर भेजी गई फोटो) और अपना Telegram यूज़रनेम डालें।',
          'पैकेज चुनें: सिंगल फोटो, 5 फोटो बंडल, या "फुल सेट"।',
          'स्क्रीन पर दिखे वॉलेट एड्रेस पर USDT या BTC भेजें और ट्रांज़ैक्शन ID डालें।',
          'हमारा एडिटर AI से कपड़े हटाने का काम करके 24 घंटे में फ़ाइल आपको Telegram पर भेज देगा।',
        ),
        p('सबसे अच्छे नतीजों के लिए ऐसी फोटो भेजें जिसमें एक ही व्यक्ति हो, पूरा शरीर दिखे और रोशनी साफ़ हो। धुंधली या ग्रुप फोटो पर अतिरिक्त शुल्क लग सकता है।'),
        pardaFoot,
      ].join('\n'),
    },
    {
      path: '/packages',
      title: 'पैकेज और दाम — परदा स्टूडियो',
      body: [
        pardaNav,
        h1('पैकेज'),
        priceTable(['पैकेज', 'क्या मिलेगा', 'कीमत'], [
          ['सिंगल', '1 फोटो, HD, 24 घंटे में', '12 USDT'],
          ['बंडल 5', '5 फोटो, HD, 24 घंटे में', '45 USDT'],
          ['फुल सेट', '10 फोटो + अलग-अलग पोज़ वैरिएशन', '80 USDT'],
          ['एक्सप्रेस', 'किसी भी पैकेज पर 3 घंटे में डिलीवरी', '+10 USDT'],
        ]),
        p('हम केवल क्रिप्टोकरेंसी स्वीकार करते हैं: USDT (TRC20), BTC और LTC। UPI, कार्ड या बैंक ट्रांसफ़र उपलब्ध नहीं है। अगर नतीजा पसंद न आए तो एक बार मुफ़्त री-एडिट मिलता है।'),
        pardaFoot,
      ].join('\n'),
    },
    {
      path: '/order',
      title: 'ऑर्डर फ़ॉर्म — परदा स्टूडियो',
      head: cryptoCheckout(),
      body: [
        pardaNav,
        h1('ऑर्डर करें'),
        p('नीचे दी गई जानकारी भरें। फोटो सीधे अपलोड न करें, केवल लिंक दें — इससे आपकी पहचान सुरक्षित रहती है। भुगतान के बाद ऑर्डर अपने-आप कतार में लग जाएगा और आपको Telegram पर कन्फ़र्मेशन मिलेगा।'),
        orderForm(['फोटो का लिंक', 'आपका Telegram यूज़रनेम', 'पैकेज (सिंगल / बंडल 5 / फुल सेट)', 'खास निर्देश (वैकल्पिक)', 'क्रिप्टो ट्रांज़ैक्शन ID'], 'ऑर्डर भेजें'),
        p('वॉलेट एड्रेस (USDT TRC20) भुगतान चरण में दिखाया जाएगा। मैं पुष्टि करता/करती हूँ कि मेरी उम्र 18 वर्ष या उससे अधिक है।'),
        pardaFoot,
      ].join('\n'),
    },
    {
      path: '/sampark',
      title: 'संपर्क — परदा स्टूडियो',
      body: [
        pardaNav,
        h1('संपर्क करें'),
        p('किसी भी सवाल के लिए हमारे Telegram सपोर्ट @parda_support पर मैसेज करें। हम सुबह 10 बजे से रात 2 बजे तक जवाब देते हैं। ऑर्डर से जुड़ी शिकायत के लिए अपना ऑर्डर नंबर ज़रूर लिखें। हम ईमेल या फ़ोन पर सपोर्ट नहीं देते, ताकि आपकी और हमारी गोपनीयता बनी रहे। नए डोमेन और ऑफ़र की जानकारी के लिए हमारा चैनल फ़ॉलो करें।'),
        pardaFoot,
      ].join('\n'),
    },
  ],
};

// ───────────────────────── 5. ja · nudify · innocent-home ─────────────────────────
const luminaNav = nav([['/', 'ホーム'], ['/features', '機能'], ['/plan', '料金プラン'], ['/faq', 'よくある質問']], 'Lumina AI フォトスタジオ');
const luminaFoot = footer('© 2025 Lumina AI Studio', [
  ['/tokushoho', '特定商取引法に基づく表記'], ['/faq', 'ヘルプ'], ['mailto:support@lumina-photo.test', 'お問い合わせ'],
]);
const lumina: CorpusSite = {
  host: 'lumina-photo.test',
  lang: 'ja',
  label: 'nudify',
  shape: 'innocent-home',
  author: 'fresh-q',
  pages: [
    {
      path: '/',
      title: 'Lumina AI フォトスタジオ｜写真をもっと美しく、AIでかんたん加工',
      head: metaDescription('Lumina AI フォトスタジオは、写真1枚から美肌補正・背景変更・着せ替え・アニメ風変換ができるオンラインAIフォト加工サービスです。') + oneTap('lumina-0000.apps.googleusercontent.test'),
      body: [
        luminaNav,
        cookieBanner('当サイトでは利便性向上とアクセス解析のためにCookieを使用しています。', '同意する', '設定'),
        section(
          h1('写真1枚で、プロ級の仕上がりに。'),
          p('Lumina AI フォトスタジオは、ブラウザだけで使える次世代のAIフォト加工サービスです。スマホで撮った何気ない写真も、AIが光や肌の質感を自動で整え、まるでスタジオで撮影したような一枚に仕上げます。面倒な操作は一切不要。写真をアップロードして、好きなモードを選ぶだけです。'),
          upload('写真をアップロード', '/studio/new', '加工スタート'),
        ),
        section(
          h2('人気のモード'),
          ul(
            '<strong>美肌・レタッチ</strong>：肌のトーンを整え、クマやニキビ跡を自然にカバー。',
            '<strong>背景チェンジ</strong>：背景をビーチや桜並木、カフェなど50種類以上のシーンに変更。',
            '<strong>AI着せ替え</strong>：服装をスーツ、浴衣、制服、ドレスなどに一瞬でチェンジ。',
            '<strong>アニメ風・イラスト風</strong>：SNSのアイコンにぴったりの可愛いイラストに変換。',
            '<strong>高画質化</strong>：古い写真やぼやけた写真を最大4倍の解像度に。',
          ),
          img(4, 'ビフォーアフター例'), img(5, 'モード選択画面'),
        ),
        section(
          h2('選ばれる3つの理由'),
          ol('最新の画像生成AIを搭載し、違和感のない自然な仕上がり。', 'アップロードした写真は処理後に自動削除。プライバシーも安心です。', '無料で毎日3回までお試し可能。クレジットカード登録は不要です。'),
          blockquote('着せ替えモードが楽しくて、友達と盛り上がりました！', '20代・会社員'),
        ),
        p(a('/plan', '料金プランを見る'), '｜', a('/features', 'すべての機能を見る')),
        luminaFoot,
      ].join('\n'),
    },
    {
      path: '/features',
      title: '機能一覧｜Lumina AI フォトスタジオ',
      body: [
        luminaNav,
        h1('機能一覧'),
        p('Lumina AI フォトスタジオでは、用途に合わせて多彩なAI加工モードをご用意しています。すべてのモードはブラウザ上で動作し、アプリのインストールは不要です。'),
        ul(
          '美肌・レタッチ（無料）',
          '背景チェンジ（無料・一部プレミアム）',
          'AI着せ替え：スーツ／浴衣／制服／ドレス／水着（プレミアム）',
          'アニメ風・イラスト風変換（無料）',
          '高画質化・ノイズ除去（プレミアム）',
          '大人向けモード（18歳以上・プレミアムプラス限定）詳しくは料金プランをご覧ください。',
        ),
        luminaFoot,
      ].join('\n'),
    },
    {
      path: '/plan',
      title: '料金プラン｜Lumina AI フォトスタジオ',
      head: stripe('pk_live_lumina_fixture_000'),
      body: [
        luminaNav,
        h1('料金プラン'),
        priceTable(['プラン', '月額', '内容'], [
          ['フリー', '0円', '1日3回まで・透かしあり・基本モードのみ'],
          ['プレミアム', '980円', '無制限・透かしなし・着せ替え（水着含む）・高画質化'],
          ['プレミアムプラス', '2,480円', 'プレミアムの全機能＋<strong>脱衣モード（R18）</strong>＋優先処理'],
        ]),
        h2('プレミアムプラス限定「脱衣モード」について'),
        p('18歳以上の方限定で、写真の人物の服をAIが自動で消去し、服を着ていない状態の画像を生成する「脱衣モード」をご利用いただけます。透け感の強さを3段階で調整できる「透けモード」も搭載。知人やSNSで見つけた写真でもアップロード可能です。生成画像はご本人のみ閲覧でき、24時間後に自動削除されます。'),
        p('お支払いはクレジットカード（Visa / Mastercard / JCB）に対応。明細には「LMN STUDIO」と表示されます。'),
        luminaFoot,
      ].join('\n'),
    },
    {
      path: '/faq',
      title: 'よくある質問｜Lumina AI フォトスタジオ',
      body: [
        luminaNav,
        faq('よくある質問', [
          ['無料で使えますか？', 'はい。フリープランでは1日3回まで基本モードをお試しいただけます。'],
          ['脱衣モードとは何ですか？', 'プレミアムプラス会員限定のR18モードです。AIが服を消して素肌の状態を再現します。18歳以上であることの確認が必要です。'],
          ['他人の写真でも使えますか？', '写真の権利はお客様ご自身でご確認ください。当サービスではアップロード時に本人確認は行っていません。'],
          ['カード明細にサービス名は出ますか？', '明細には「LMN STUDIO」とだけ表示されますので、ご安心ください。'],
          ['解約はいつでもできますか？', 'マイページからいつでも解約でき、次回更新日まではご利用いただけます。'],
        ]),
        luminaFoot,
      ].join('\n'),
    },
    {
      path: '/tokushoho',
      title: '特定商取引法に基づく表記｜Lumina AI フォトスタジオ',
      body: [
        luminaNav,
        h1('特定商取引法に基づく表記'),
        p('販売事業者：Lumina AI Studio（海外法人）／運営責任者：請求があった場合に遅滞なく開示します／所在地：請求があった場合に遅滞なく開示します／お問い合わせ：support@lumina-photo.test／販売価格：各プランページに記載／支払方法：クレジットカード／提供時期：決済完了後すぐにご利用いただけます／返品・キャンセル：デジタルサービスの性質上、購入後の返金には応じておりません。'),
        luminaFoot,
      ].join('\n'),
    },
  ],
};

// ───────────────────────── 6. ko · deepfake · request-board ─────────────────────────
const hapNav = nav([['/', '홈'], ['/board/request', '합성 의뢰'], ['/board/done', '완성작'], ['/point', '포인트 충전'], ['/rules', '이용 규칙']], '합성공방');
const hapFoot = footer('합성공방 · 성인 인증 회원 전용 커뮤니티 · 본 사이트의 모든 게시물은 회원이 작성한 것이며 운영진은 책임지지 않습니다.', [
  ['/rules', '이용 규칙'], ['https://t.me/hapgongbang', '텔레그램 공지방'], ['/point', '포인트'],
]);
const hapgong: CorpusSite = {
  host: 'hapgongbang.test',
  lang: 'ko',
  label: 'deepfake',
  shape: 'request-board',
  author: 'fresh-q',
  pages: [
    {
      path: '/',
      title: '합성공방 – 지인·연예인 딥페이크 합성 의뢰 게시판 (19+)',
      head: metaDescription('사진 한 장만 올리면 실력 있는 합성러가 딥페이크 영상과 사진을 만들어 드립니다. 지인 합성, 연예인 합성 의뢰 게시판. 성인 인증 필수.'),
      body: [
        ageGate('이 사이트는 청소년에게 유해한 정보를 포함하고 있어 성인 인증 후 이용할 수 있습니다. 만 19세 이상입니까?', '네, 19세 이상입니다', '나가기'),
        hapNav,
        section(
          h1('원하는 얼굴, 원하는 영상으로. 합성 의뢰는 합성공방'),
          p('합성공방은 딥페이크 합성을 의뢰하는 사람과 합성러를 연결하는 국내 최대 의뢰 게시판입니다. 친구, 동창, 직장 동료, 아이돌, 스트리머 누구든 얼굴 사진만 있으면 됩니다. 의뢰 글을 올리고 포인트 보상을 걸면 검증된 합성러들이 작업물을 올려 줍니다. 마음에 드는 결과물을 채택하면 포인트가 지급되는 방식입니다.'),
        ),
        section(
          h2('🔥 실시간 인기 의뢰'),
          ul(
            a('/board/request/18422', '[지인] 같은 과 동기 사진 3장 있음, 19금 영상 합성 부탁드려요 — 보상 5,000P · 댓글 12'),
            a('/board/request/18419', '[연예인] 걸그룹 멤버 B 얼굴로 성인 영상 합성 — 보상 8,000P · 댓글 31'),
            a('/board/request/18415', '[지인] 인스타 프사로 수위 높은 사진 합성 원해요 — 보상 3,000P · 댓글 7'),
            a('/board/request/18410', '[스트리머] 방송 캡처 여러 장, 얼굴 자연스럽게 부탁 — 보상 6,500P · 댓글 19'),
            a('/board/request/18402', '[직장] 회사 동료 단체사진에서 한 명만 합성 — 보상 4,000P · 댓글 9'),
          ),
        ),
        section(
          h2('이용 방법'),
          ol('성인 인증 후 회원가입 (텔레그램 인증 가능)', '포인트 충전 후 의뢰 게시판에 사진과 원하는 스타일을 올리기', '합성러 작업물 확인 후 채택하면 완료'),
          p('작업물은 의뢰자와 합성러에게만 공개되는 비밀 댓글로 전달됩니다. 원본 사진의 출처는 묻지 않습니다.'),
        ),
        hapFoot,
      ].join('\n'),
    },
    {
      path: '/board/request',
      title: '합성 의뢰 게시판 – 합성공방',
      body: [
        hapNav,
        h1('합성 의뢰 게시판'),
        p('의뢰 글 작성 시 말머리([지인], [연예인], [스트리머], [기타])를 꼭 달아 주세요. 얼굴이 정면으로 잘 나온 사진을 세 장 이상 올리면 채택률이 높아집니다. 보상 포인트는 최소 1,000P 이상입니다.'),
        textForm('의뢰 제목 검색', '검색', '/board/request'),
        ul(
          a('/board/request/18430', '[지인] 고등학교 동창 졸업사진으로 합성 가능한 분 — 2,000P'),
          a('/board/request/18428', '[연예인] 배우 C 얼굴 성인물 합성, 고화질 원함 — 10,000P'),
          a('/board/request/18425', '[지인] 전 여자친구 사진 있음, 수위 상관없음 — 7,000P'),
          a('/board/request/18424', '[기타] 유튜버 D 영상 합성 — 3,500P'),
        ),
        button('의뢰 글쓰기'),
        hapFoot,
      ].join('\n'),
    },
    {
      path: '/board/done',
      title: '완성작 갤러리 – 합성공방',
      body: [
        hapNav,
        h1('완성작 갤러리'),
        p('채택된 작업물 중 의뢰자가 공개를 허락한 작품만 모았습니다. 썸네일은 블러 처리되어 있으며, 전체 보기는 골드 등급 이상 회원만 가능합니다. 마음에 드는 합성러에게 직접 의뢰하려면 프로필에서 1:1 의뢰를 눌러 주세요.'),
        img(6, '블러 처리된 썸네일'), img(7, '블러 처리된 썸네일'), img(8, '블러 처리된 썸네일'),
        ul('이번 주 베스트 합성러: 딥장인 (채택 128건)', '평균 작업 시간: 6시간', '누적 완성작: 41,200건'),
        hapFoot,
      ].join('\n'),
    },
    {
      path: '/point',
      title: '포인트 충전 – 합성공방',
      head: cryptoCheckout(),
      body: [
        hapNav,
        h1('포인트 충전'),
        priceTable(['충전 금액', '지급 포인트', '보너스'], [
          ['10,000원', '10,000P', '-'],
          ['30,000원', '31,500P', '+5%'],
          ['50,000원', '55,000P', '+10%'],
          ['100,000원', '115,000P', '+15% · 골드 등급 즉시 승급'],
        ]),
        p('결제 수단은 문화상품권 핀번호, 테더(USDT), 비트코인만 가능합니다. 계좌이체와 카드 결제는 지원하지 않습니다. 충전 후 환불은 불가합니다.'),
        hapFoot,
      ].join('\n'),
    },
    {
      path: '/rules',
      title: '이용 규칙 – 합성공방',
      body: [
        hapNav,
        h1('이용 규칙'),
        ol(
          '완성작을 외부 커뮤니티나 SNS에 유출하면 즉시 영구 정지됩니다.',
          '의뢰 글에 대상의 실명, 학교, 직장 등 신상 정보를 적지 마세요. 적발 시 글이 삭제됩니다.',
          '채택 후 72시간이 지나면 포인트는 자동으로 합성러에게 지급됩니다.',
          '도메인이 자주 바뀌므로 텔레그램 공지방을 꼭 구독하세요.',
          '운영진은 회원 간 거래에 대해 책임지지 않습니다.',
        ),
        hapFoot,
      ].join('\n'),
    },
  ],
};

// ───────────────────────── 7. zh · nudify · api-reseller ─────────────────────────
const huanyiNav = nav([['/', '首页'], ['/models', '模型'], ['/jiage', '价格'], ['/docs', 'API 文档'], ['/changjian-wenti', '常见问题']], '幻衣云 API');
const huanyiFoot = footer('幻衣云 API © 2025 · 仅限成年开发者使用 · 7×24 小时 Telegram 客服', [
  ['/docs', '接口文档'], ['/jiage', '充值'], ['https://t.me/huanyi_api', 'Telegram 客服'],
]);
const huanyi: CorpusSite = {
  host: 'huanyi-api.test',
  lang: 'zh',
  label: 'nudify',
  shape: 'api-reseller',
  author: 'fresh-q',
  pages: [
    {
      path: '/',
      title: '幻衣云 API — 一键去衣 / AI 脱衣接口，按次计费低至 0.08 元',
      head: metaDescription('稳定的一键去衣 API，支持图片脱衣、换装、面部替换，按调用次数计费，无需月租，适合小程序、机器人和 App 接入。') + jsonLd({ '@context': 'https://schema.org', '@type': 'WebAPI', name: '幻衣云 API', provider: { '@type': 'Organization', name: '幻衣云' }, offers: { '@type': 'Offer', price: '0.08', priceCurrency: 'CNY' } }),
      body: [
        huanyiNav,
        section(
          h1('一行代码接入「一键去衣」能力'),
          p('幻衣云 API 为开发者提供稳定、高并发的 AI 去衣接口。上传一张普通穿衣照片，接口在 3–6 秒内返回去除衣物后的高清结果图。我们聚合了多家上游模型并做了负载均衡，即使某个上游被封，您的业务也不会中断。已有 600+ 个 Telegram 机器人、网站和 App 通过我们提供“脱衣”“透视”“换泳装”等功能。'),
        ),
        section(
          h2('核心优势'),
          ul(
            '<strong>按次计费</strong>：没有月租、没有最低消费，成功才扣费，失败不计次。',
            '<strong>多模型可选</strong>：写实 v4、动漫 v2、极速 turbo，满足不同场景。',
            '<strong>无内容过滤</strong>：接口默认关闭 NSFW 过滤，返回原始结果，由接入方自行处理。',
            '<strong>高并发</strong>：单账号默认 20 QPS，可申请提升至 200 QPS。',
            '<strong>白标转售</strong>：支持二级代理，可为您的下游用户单独开 Key 并设置加价。',
          ),
        ),
        section(
          h2('三步开始'),
          ol('注册账号并通过 USDT 充值任意金额（最低 10 USDT）。', '在控制台生成 API Key。', '调用 <code>POST /v1/undress</code>，传入图片 URL 或 Base64 即可。'),
          p('新用户注册即送 50 次免费调用，足够完成对接测试。'),
        ),
        section(
          h2('客户评价'),
          blockquote('之前自己部署模型，显卡成本太高，换成幻衣云之后利润翻倍，接口也很稳。', '某 Telegram 机器人运营者'),
        ),
        huanyiFoot,
      ].join('\n'),
    },
    {
      path: '/models',
      title: '可用模型 — 幻衣云 API',
      body: [
        huanyiNav,
        h1('可用模型'),
        priceTable(['模型 ID', '说明', '平均耗时'], [
          ['undress-real-v4', '写实风格去衣，保留原图光线与背景，效果最自然', '4.8 秒'],
          ['undress-anime-v2', '动漫 / 二次元图片去衣', '3.1 秒'],
          ['undress-turbo', '极速版，分辨率 768，适合机器人批量调用', '1.9 秒'],
          ['swimsuit-swap', '将衣物替换为泳装或内衣', '3.5 秒'],
          ['faceswap-nsfw', '将人脸替换到成人素材中（图片）', '5.2 秒'],
        ]),
        p('所有模型均支持 <code>mask</code> 参数手动指定区域，以及 <code>strength</code> 参数调节程度。模型会不定期更新，旧版本保留 30 天。'),
        huanyiFoot,
      ].join('\n'),
    },
    {
      path: '/jiage',
      title: '价格 — 幻衣云 API 按次计费',
      head: cryptoCheckout(),
      body: [
        huanyiNav,
        h1('价格：按调用次数计费'),
        priceTable(['套餐', '单价', '说明'], [
          ['按量付费', '¥0.15 / 次', '随用随扣，无最低消费'],
          ['加油包 1 万次', '¥0.10 / 次', '有效期 180 天'],
          ['加油包 10 万次', '¥0.08 / 次', '有效期 365 天，赠送独立并发'],
          ['代理商', '面议', '月调用量 50 万次以上，支持白标'],
        ]),
        p('充值方式：USDT（TRC20 / ERC20）、TRX。暂不支持支付宝、微信和银行卡，以保护双方隐私。余额不可提现，充值后不予退款。'),
        huanyiFoot,
      ].join('\n'),
    },
    {
      path: '/docs',
      title: 'API 文档 — 幻衣云',
      body: [
        huanyiNav,
        h1('接口文档'),
        h2('POST /v1/undress'),
        p('请求头携带 <code>Authorization: Bearer &lt;API_KEY&gt;</code>。请求体为 JSON：<code>image</code>（图片 URL 或 Base64，必填）、<code>model</code>（默认 undress-real-v4）、<code>strength</code>（0.1–1.0，默认 1.0）、<code>callback_url</code>（可选，异步回调地址）。'),
        p('返回示例：<code>{"id":"job_8f2c","status":"done","result_url":"https://cdn.huanyi-api.test/r/8f2c.png","cost":1}</code>。结果图链接有效期 2 小时，请及时下载保存。'),
        h3('错误码'),
        ul('401：API Key 无效', '402：余额不足', '422：未检测到人物', '429：超过并发限制'),
        huanyiFoot,
      ].join('\n'),
    },
    {
      path: '/changjian-wenti',
      title: '常见问题 — 幻衣云 API',
      body: [
        huanyiNav,
        faq('常见问题', [
          ['接口会审核图片内容吗？', '不会。我们不存储也不审核您上传的图片，结果图 2 小时后自动删除。'],
          ['可以接入 Telegram 机器人吗？', '可以，这是最常见的用法。文档中提供 Python 与 Node.js 的机器人示例代码。'],
          ['为什么不支持支付宝？', '出于合规与隐私考虑，目前仅支持 USDT 充值。'],
          ['域名被封怎么办？', '我们提供多个备用接入点，请关注 Telegram 频道获取最新地址。'],
        ]),
        huanyiFoot,
      ].join('\n'),
    },
  ],
};

// ───────────────────────── 8. sv · directory · alternatives ─────────────────────────
const altNav = nav([['/', 'Alternativ till Undresso'], ['/jamforelse', 'Jämförelsetabell'], ['/sa-testar-vi', 'Så testar vi'], ['/om-oss', 'Om oss']], 'AIAlternativ.se');
const altFoot = footer('AIAlternativ är en oberoende jämförelsesajt. Vissa länkar är affiliatelänkar – vi kan få provision om du köper via dem, utan extra kostnad för dig. Endast för personer över 18 år.', [
  ['/om-oss', 'Om oss'], ['/om-oss#annonsering', 'Annonsera'], ['/integritet', 'Integritetspolicy'],
]);
const aialt: CorpusSite = {
  host: 'aialternativ.test',
  lang: 'sv',
  label: 'directory',
  shape: 'alternatives',
  author: 'fresh-q',
  pages: [
    {
      path: '/',
      title: '7 bästa alternativen till Undresso 2025 – testade och rankade',
      head: metaDescription('Undresso har stängt ner igen? Här är sju alternativ till Undresso för AI-avklädning och NSFW-bilder, testade av oss, med priser och omdömen.') + gtag('G-AIALT0001') + jsonLd({ '@context': 'https://schema.org', '@type': 'ItemList', name: 'Alternativ till Undresso', numberOfItems: 7 }),
      body: [
        altNav,
        cookieBanner('Vi använder cookies för statistik och för att spåra affiliatelänkar.', 'Godkänn alla', 'Endast nödvändiga'),
        article(
          h1('7 bästa alternativen till Undresso (uppdaterad november 2025)'),
          p('Undresso var länge den mest kända tjänsten för att ”klä av” foton med AI, men efter upprepade nedstängningar och långa köer letar många efter något annat. Vi har testat de populäraste alternativen under sex veckor och jämfört bildkvalitet, hastighet, pris och hur diskret betalningen är. Här är resultatet.'),
          h2('1. NakenLabb – bäst totalt'),
          p('NakenLabb ger de mest realistiska resultaten i vårt test och har ett särskilt NSFW-läge som tar bort kläder på under tio sekunder. Gratisprovet ger tre bilder, därefter kostar det från 99 kr i månaden. ', a('https://nakenlabb.test/?ref=aialt', 'Testa NakenLabb →')),
          h2('2. StripMuse – bäst för video'),
          p('StripMuse kan utöver bilder även byta ansikten i korta videoklipp, perfekt för den som vill ha mer än stillbilder. Betalning med kort eller krypto. ', a('https://stripmuse.test/?aff=aialt25', 'Till StripMuse →')),
          h2('3. VeilOff AI – billigast'),
          p('Enkel app med kreditsystem, 20 bilder för ungefär 49 kr. Kvaliteten är lite sämre än NakenLabb men duger för de flesta. ', a('https://veiloff.test/sv?ref=aialt', 'Besök VeilOff →')),
          h2('4. KlädFri Bot – för Telegram-användare'),
          p('Ingen registrering: du skickar bilden till boten och får tillbaka resultatet i chatten. ', a('https://t.me/KladFriBot?start=aialt', 'Öppna boten →')),
          h2('5–7. Fler värda att nämna'),
          ul(a('https://dreamstrip.test/?ref=aialt', 'DreamStrip'), a('https://nudora.test/?aff=aialt', 'Nudora'), a('https://clothless-ai.test/?ref=aialt', 'Clothless AI')),
          p('Se hela ', a('/jamforelse', 'jämförelsetabellen'), ' för priser och funktioner sida vid sida.'),
        ),
        altFoot,
      ].join('\n'),
    },
    {
      path: '/jamforelse',
      title: 'Jämförelse: Undresso-alternativ sida vid sida',
      body: [
        altNav,
        h1('Jämförelsetabell'),
        priceTable(['Tjänst', 'Pris från', 'NSFW-läge', 'Video', 'Betalning', 'Betyg'], [
          [a('https://nakenlabb.test/?ref=aialt', 'NakenLabb'), '99 kr/mån', 'Ja', 'Nej', 'Kort, krypto', '9,1'],
          [a('https://stripmuse.test/?aff=aialt25', 'StripMuse'), '129 kr/mån', 'Ja', 'Ja', 'Kort, krypto', '8,7'],
          [a('https://veiloff.test/sv?ref=aialt', 'VeilOff AI'), '49 kr/20 krediter', 'Ja', 'Nej', 'Kort', '7,9'],
          [a('https://t.me/KladFriBot?start=aialt', 'KlädFri Bot'), '35 kr/10 bilder', 'Ja', 'Nej', 'Telegram Stars', '7,4'],
          [a('https://dreamstrip.test/?ref=aialt', 'DreamStrip'), '79 kr/mån', 'Ja', 'Ja', 'Krypto', '7,2'],
        ]),
        p('Betygen bygger på vårt eget test av bildkvalitet, hastighet och användarvänlighet. Priserna kontrollerades senast den 3 november 2025 och kan ha ändrats sedan dess.'),
        altFoot,
      ].join('\n'),
    },
    {
      path: '/sa-testar-vi',
      title: 'Så testar vi AI-tjänsterna – AIAlternativ',
      body: [
        altNav,
        h1('Så testar vi'),
        p('Varje tjänst testas med samma uppsättning av tjugo testbilder av AI-genererade modeller, aldrig riktiga personer. Vi bedömer realism, hur väl bakgrunden bevaras, hur lång tid det tar, hur många gratisförsök som ges och hur diskret betalningen syns på kontoutdraget. Vi köper alltid abonnemangen själva och tar inte emot betalt för att ändra ett betyg, men vi får provision via affiliatelänkar.'),
        altFoot,
      ].join('\n'),
    },
    {
      path: '/om-oss',
      title: 'Om AIAlternativ',
      body: [
        altNav,
        h1('Om oss'),
        p('AIAlternativ drivs av en liten grupp teknikskribenter som sedan 2023 följer marknaden för AI-bildverktyg. Vi skriver guider, jämförelser och listor över alternativ när populära tjänster försvinner eller höjer priserna. Sajten finansieras med affiliateprovision och annonser.'),
        h2('Annonsering'),
        p('Vill du att din tjänst ska finnas med i våra listor? Kontakta oss på partner@aialternativ.test för information om sponsrade placeringar.'),
        altFoot,
      ].join('\n'),
    },
  ],
};

// ───────────────────────── 9. id · directory · telegram-list ─────────────────────────
const botNav = nav([['/', 'Bot Hapus Baju'], ['/bot-faceswap', 'Bot Face Swap 18+'], ['/cara-pakai-bot', 'Cara Pakai'], ['/kontak', 'Pasang Iklan']], 'KumpulanBotAI');
const botFoot = footer('KumpulanBotAI hanya mengumpulkan tautan bot Telegram yang tersedia secara publik. Kami tidak mengelola bot mana pun. Khusus 18+.', [
  ['/kontak', 'Kontak & Iklan'], ['https://t.me/kumpulanbotai', 'Channel update'],
]);
const kumpulanbot: CorpusSite = {
  host: 'kumpulanbot-ai.test',
  lang: 'id',
  label: 'directory',
  shape: 'telegram-list',
  author: 'fresh-q',
  pages: [
    {
      path: '/',
      title: 'Daftar Bot Telegram AI Hapus Baju Terbaru 2025 (Masih Aktif)',
      head: metaDescription('Kumpulan link bot Telegram AI hapus baju, undress, dan buka baju foto yang masih aktif. Diupdate setiap minggu, lengkap dengan jumlah koin gratis.'),
      body: [
        botNav,
        article(
          h1('20+ Bot Telegram AI Hapus Baju yang Masih Aktif (Update November 2025)'),
          p('Banyak bot undress di Telegram yang cepat kena banned, jadi kami cek ulang semua link setiap minggu. Berikut daftar bot Telegram untuk hapus baju di foto pakai AI yang masih jalan, diurutkan dari yang paling banyak dipakai. Sebagian besar memberi koin gratis untuk mencoba, setelah itu bayar pakai Telegram Stars, pulsa, atau kripto.'),
          h2('Bot paling populer minggu ini'),
          ol(
            a('https://t.me/BukaFotoBot?start=kba', '@BukaFotoBot') + ' — 5 koin gratis, hasil HD, mode 18+ tanpa sensor. ⭐ 4,7',
            a('https://t.me/UndressKilatBot?start=kba', '@UndressKilatBot') + ' — proses 5 detik, bayar pakai Stars.',
            a('https://t.me/PolosinFotoBot?start=ref_kba', '@PolosinFotoBot') + ' — bisa pilih mode bikini atau polos.',
            a('https://t.me/AjaibAIbot?start=kba', '@AjaibAIbot') + ' — gratis 2x sehari, hasil ada watermark.',
            a('https://t.me/NudeLensIDbot?start=kba', '@NudeLensIDbot') + ' — bahasa Indonesia, bayar via DANA.',
            a('https://t.me/XRayCewekBot?start=kba', '@XRayCewekBot') + ' — mode "tembus pandang".',
            a('https://t.me/TanpaBajuAI_bot?start=kba', '@TanpaBajuAI_bot') + ' — kualitas sedang, murah.',
            a('https://t.me/DeepStripRobot?start=kba', '@DeepStripRobot') + ' — bisa batch 10 foto sekaligus.',
          ),
          h2('Bot cadangan (kalau yang atas kena banned)'),
          ul(
            a('https://t.me/BukaFoto2Bot', '@BukaFoto2Bot'), a('https://t.me/UndressKilat_backup_bot', '@UndressKilat_backup_bot'),
            a('https://t.me/PolosinFotoV2bot', '@PolosinFotoV2bot'), a('https://t.me/GoyangAIbot', '@GoyangAIbot'),
          ),
          p('Link mati? Laporkan di kolom komentar atau join ', a('https://t.me/kumpulanbotai', 'channel update kami'), ' biar dapat link baru duluan.'),
        ),
        botFoot,
      ].join('\n'),
    },
    {
      path: '/bot-faceswap',
      title: 'Daftar Bot Telegram Face Swap 18+ Terbaru',
      body: [
        botNav,
        h1('Bot Telegram Face Swap 18+'),
        p('Bot di bawah ini bisa menempelkan wajah dari foto ke video dewasa (deepfake). Cukup kirim satu foto wajah yang jelas, pilih video, dan tunggu beberapa menit. Semua dicek masih aktif minggu ini.'),
        ol(
          a('https://t.me/TukarWajahBot?start=kba', '@TukarWajahBot') + ' — 3 video gratis, durasi maks 30 detik.',
          a('https://t.me/DeepSwapIndoBot?start=kba', '@DeepSwapIndoBot') + ' — koleksi video 18+ bawaan.',
          a('https://t.me/FaceTempelBot?start=kba', '@FaceTempelBot') + ' — bayar pulsa, proses cepat.',
          a('https://t.me/GantiMukaVIPbot?start=kba', '@GantiMukaVIPbot') + ' — VIP Rp 50 ribu per minggu.',
        ),
        botFoot,
      ].join('\n'),
    },
    {
      path: '/cara-pakai-bot',
      title: 'Cara Pakai Bot Telegram AI untuk Pemula',
      body: [
        botNav,
        h1('Cara pakai bot Telegram AI'),
        ol(
          'Klik link bot dari daftar kami, lalu tekan tombol Start di Telegram.',
          'Beberapa bot minta kamu join channel dulu untuk dapat koin gratis.',
          'Kirim foto yang mau diproses. Foto satu orang dengan latar terang biasanya hasilnya paling bagus.',
          'Pilih mode yang tersedia, lalu tunggu hasilnya dikirim balik ke chat.',
          'Kalau koin habis, beli lewat menu /buy di masing-masing bot.',
        ),
        p('Tips: jangan kirim data pribadi ke admin bot yang tidak dikenal, dan hati-hati dengan bot palsu yang minta transfer di depan.'),
        botFoot,
      ].join('\n'),
    },
    {
      path: '/kontak',
      title: 'Kontak & Pasang Iklan — KumpulanBotAI',
      body: [
        botNav,
        h1('Pasang bot kamu di sini'),
        p('Punya bot AI dan mau masuk daftar teratas? Kami menyediakan slot iklan mingguan di halaman utama dan channel Telegram dengan lebih dari 40 ribu pelanggan. Harga mulai 25 USDT per minggu untuk posisi 1–3. Kirim username bot dan link channel kamu ke admin @kba_admin. Kami tidak menerima bot yang meminta pembayaran di muka tanpa hasil.'),
        botFoot,
      ].join('\n'),
    },
  ],
};

// ───────────────────────── 10. vi · directory · coupon ─────────────────────────
const maNav = nav([['/', 'Mã giảm giá AI'], ['/ma-giam-gia/nudora', 'Nudora'], ['/ma-giam-gia/khoathan-ai', 'KhoaThan AI'], ['/cach-nhap-ma', 'Cách nhập mã'], ['/lien-he', 'Liên hệ']], 'SanMaAI');
const maFoot = footer('SanMaAI tổng hợp mã khuyến mãi từ các trang AI bên thứ ba. Chúng tôi có thể nhận hoa hồng khi bạn mua qua liên kết. Một số dịch vụ chỉ dành cho người trên 18 tuổi.', [
  ['/lien-he', 'Liên hệ'], ['/cach-nhap-ma', 'Hướng dẫn'],
]);
const sanma: CorpusSite = {
  host: 'sanma-ai.test',
  lang: 'vi',
  label: 'directory',
  shape: 'coupon',
  author: 'fresh-q',
  pages: [
    {
      path: '/',
      title: 'Mã giảm giá app AI cởi đồ, ghép mặt 18+ tháng 11/2025 – SanMaAI',
      head: metaDescription('Tổng hợp mã giảm giá, coupon mới nhất cho các app AI xóa quần áo, ghép mặt deepfake và tạo ảnh NSFW. Giảm đến 70%, cập nhật hằng ngày.'),
      body: [
        maNav,
        cookieBanner('Trang web dùng cookie để ghi nhận lượt nhấp mã giảm giá.', 'Đồng ý'),
        section(
          h1('Mã giảm giá app AI 18+ mới nhất tháng 11/2025'),
          p('Bạn đang tìm coupon cho các ứng dụng AI “cởi đồ”, xóa quần áo trong ảnh hay ghép mặt vào video người lớn? SanMaAI săn mã mỗi ngày để bạn mua gói VIP với giá rẻ nhất. Bấm “Lấy mã”, sao chép và dán vào ô khuyến mãi khi thanh toán trên trang của nhà cung cấp.'),
        ),
        section(
          h2('Mã đang hoạt động'),
          priceTable(['Dịch vụ', 'Ưu đãi', 'Mã', 'Hạn dùng'], [
            [a('https://nudora.test/vi?ref=sanma', 'Nudora – xóa quần áo bằng AI'), 'Giảm 50% gói tháng', 'SANMA50', '30/11/2025'],
            [a('https://khoathan-ai.test/?aff=sanma', 'KhoaThan AI – chế độ NSFW'), 'Tặng 100 xu', 'KT100XU', '15/12/2025'],
            [a('https://doimat18.test/?ref=sanma', 'DoiMat18 – ghép mặt vào video 18+'), 'Giảm 30% gói năm', 'DOIMAT30', '31/12/2025'],
            [a('https://stripmuse.test/?aff=sanma', 'StripMuse – ảnh và video'), 'Giảm 70% tuần đầu', 'MUSE70', 'Còn 3 ngày'],
            [a('https://t.me/AoMongBot?start=sanma', 'AoMong Bot (Telegram)'), 'Miễn phí 10 lượt', 'AOMONG10', 'Không giới hạn'],
          ]),
          button('Lấy mã'),
        ),
        section(
          h2('Mẹo tiết kiệm'),
          ul('Gói năm thường rẻ hơn 60% so với trả theo tuần.', 'Thanh toán bằng USDT trên một số trang được giảm thêm 10%.', 'Đăng ký nhận bản tin để được báo khi có mã Black Friday.'),
          textForm('Email nhận mã mới', 'Đăng ký', '/dang-ky'),
        ),
        maFoot,
      ].join('\n'),
    },
    {
      path: '/ma-giam-gia/nudora',
      title: 'Mã giảm giá Nudora mới nhất – SanMaAI',
      body: [
        maNav,
        h1('Mã giảm giá Nudora'),
        p('Nudora là ứng dụng AI xóa quần áo trong ảnh, có chế độ 18+ và xuất ảnh HD không logo. Giá gốc gói tháng là 249.000đ. Với mã dưới đây, bạn chỉ trả khoảng 125.000đ.'),
        ul('<strong>SANMA50</strong> – giảm 50% gói tháng (đã kiểm tra hôm nay, 92% thành công)', '<strong>NUDORA20</strong> – giảm 20% gói năm', '<strong>FREE3</strong> – thêm 3 lượt miễn phí cho tài khoản mới'),
        p(a('https://nudora.test/vi/checkout?ref=sanma', 'Đến trang Nudora và dùng mã →')),
        maFoot,
      ].join('\n'),
    },
    {
      path: '/ma-giam-gia/khoathan-ai',
      title: 'Coupon KhoaThan AI – tặng xu miễn phí',
      body: [
        maNav,
        h1('Coupon KhoaThan AI'),
        p('KhoaThan AI cho phép tạo ảnh “không mặc đồ” từ ảnh chân dung và có chế độ NSFW riêng cho thành viên. Ứng dụng tính phí theo xu: mỗi ảnh tốn 2 xu, gói 100 xu giá 99.000đ.'),
        ul('<strong>KT100XU</strong> – tặng 100 xu khi nạp lần đầu', '<strong>KTVIP15</strong> – giảm 15% gói VIP tháng'),
        p(a('https://khoathan-ai.test/nap-xu?aff=sanma', 'Nạp xu KhoaThan AI →')),
        maFoot,
      ].join('\n'),
    },
    {
      path: '/cach-nhap-ma',
      title: 'Cách nhập mã giảm giá – SanMaAI',
      body: [
        maNav,
        h1('Cách nhập mã giảm giá'),
        ol('Bấm “Lấy mã” trên SanMaAI, mã sẽ được sao chép tự động.', 'Trang của nhà cung cấp sẽ mở trong tab mới.', 'Chọn gói muốn mua và tìm ô “Mã khuyến mãi” hoặc “Promo code”.', 'Dán mã và bấm áp dụng. Nếu mã báo lỗi, hãy thử mã tiếp theo trong danh sách.'),
        p('Lưu ý: SanMaAI không bán gói dịch vụ và không hỗ trợ hoàn tiền. Mọi vấn đề thanh toán vui lòng liên hệ trực tiếp nhà cung cấp.'),
        maFoot,
      ].join('\n'),
    },
    {
      path: '/lien-he',
      title: 'Liên hệ SanMaAI',
      body: [
        maNav,
        h1('Liên hệ'),
        p('Bạn là chủ ứng dụng AI và muốn đăng mã khuyến mãi lên SanMaAI? Gửi email đến doitac@sanma-ai.test kèm tên dịch vụ, mức hoa hồng và thời hạn của mã. Người dùng báo mã hết hạn có thể nhắn qua Telegram @sanma_ai. Chúng tôi trả lời trong vòng 48 giờ làm việc.'),
        maFoot,
      ].join('\n'),
    },
  ],
};

// ───────────────────────── 11. zh · directory · single-review ─────────────────────────
const cepingNav = nav([['/', '首页'], ['/gengduo-ceping', '更多测评'], ['/guanyu', '关于我们'], ['/mianze', '免责声明']], 'AI 工具实测社');
const cepingFoot = footer('AI 工具实测社为独立测评博客，文中部分链接为推广链接，我们可能因此获得佣金。所述产品均由第三方运营，与本站无关。', [
  ['/guanyu', '关于我们'], ['/mianze', '免责声明'], ['/gengduo-ceping', '往期测评'],
]);
const ceping: CorpusSite = {
  host: 'aigongju-ceping.test',
  lang: 'zh',
  label: 'directory',
  shape: 'single-review',
  author: 'fresh-q',
  pages: [
    {
      path: '/',
      title: '魅透 AI 安全吗？靠谱吗？2025 年真实测评（附优惠链接）',
      head: metaDescription('魅透 AI 是一款主打“一键去衣”的 AI 修图工具。本文实测其效果、价格、隐私政策与支付安全，告诉你魅透 AI 到底是不是骗局。') + jsonLd({ '@context': 'https://schema.org', '@type': 'Review', itemReviewed: { '@type': 'SoftwareApplication', name: '魅透 AI' }, reviewRating: { '@type': 'Rating', ratingValue: '3.5', bestRating: '5' }, author: { '@type': 'Organization', name: 'AI 工具实测社' } }),
      body: [
        cepingNav,
        article(
          h1('魅透 AI 安全吗？靠谱吗？我们花 199 元实测了一个月'),
          p('最近后台很多读者私信问：“魅透 AI 是真的能脱衣吗？会不会是骗钱的？”魅透 AI 是一款网页版 AI 修图工具，官网宣传“上传照片，一键去衣，3 秒出图”，并提供所谓的“透视模式”和“成人模式”。为了给大家一个客观答案，我们自费开通了它的月度会员，从效果、价格、隐私和支付四个方面做了完整测评。'),
          h2('一、效果：能用，但不稳定'),
          p('我们用十张 AI 生成的测试人像进行了测试。正面、光线好的照片，魅透 AI 的“成人模式”出图较为自然；侧身或多人合影的照片经常出现变形。整体来看，效果在同类工具中属于中上水平，但比不上排名第一的“幻镜”。'),
          h2('二、价格：首月便宜，续费偏贵'),
          p('免费用户每天 2 次，带水印。月度会员首月 39 元，之后自动续费 99 元/月，这一点在付款页写得很小，需要注意。'),
          h2('三、隐私：说法模糊'),
          p('官网声称“图片 24 小时后自动删除”，但没有公布运营主体和服务器所在地，隐私政策只有短短三行。'),
          h2('四、支付：只支持 USDT 和代付'),
          p('不支持正规的支付宝或微信直接付款，只能通过 USDT 或第三方“代充”，出现纠纷几乎无法退款。'),
          h2('结论：3.5 / 5 分'),
          p('魅透 AI 不算纯粹的骗局，确实能出图，但续费套路和支付方式存在风险。如果你还是想试试，可以通过我们的专属链接领取首月优惠：', a('https://meitou-ai.test/?ref=ceping', '前往魅透 AI 官网（专属优惠）'), '。想看更多选择，请参阅 ', a('/gengduo-ceping', '同类工具测评'), '。'),
        ),
        cepingFoot,
      ].join('\n'),
    },
    {
      path: '/gengduo-ceping',
      title: '更多 AI 去衣、换脸工具测评 — AI 工具实测社',
      body: [
        cepingNav,
        h1('往期测评'),
        ul(
          a('/ceping/huanjing', '幻镜 AI 测评：目前效果最好的一键去衣工具？（4.5 分）'),
          a('/ceping/yeshe', '夜色换脸测评：能把人脸换进成人视频，但排队太久（3.8 分）'),
          a('/ceping/touyi-bot', '透衣机器人测评：Telegram 上最便宜的脱衣机器人（3.2 分）'),
          a('/ceping/meitou', '魅透 AI 安全吗？真实测评（3.5 分）'),
        ),
        p('每篇测评都会附上官方链接与当前优惠码。如果你发现某个工具已经跑路或更换域名，欢迎在评论区告诉我们，我们会及时更新文章。'),
        cepingFoot,
      ].join('\n'),
    },
    {
      path: '/guanyu',
      title: '关于我们 — AI 工具实测社',
      body: [
        cepingNav,
        h1('关于 AI 工具实测社'),
        p('我们是一群喜欢折腾新软件的技术博主，从 2022 年开始测评各类 AI 绘图、修图和换脸工具。所有测评均为自费购买，文章中的推广链接是本站主要收入来源，但不会影响评分。商务合作请发邮件至 hezuo@aigongju-ceping.test。'),
        cepingFoot,
      ].join('\n'),
    },
    {
      path: '/mianze',
      title: '免责声明 — AI 工具实测社',
      body: [
        cepingNav,
        h1('免责声明'),
        p('本站内容仅供信息参考，不构成任何使用建议。文中提及的产品与服务均由第三方提供，本站不对其合法性、安全性及效果负责。请读者遵守所在地法律法规，勿将任何工具用于侵犯他人肖像权或隐私权的用途。未满 18 周岁请立即离开本站。'),
        cepingFoot,
      ].join('\n'),
    },
  ],
};

// ───────────────────────── 12. sv · unrelated · news ─────────────────────────
const mtNav = nav([['/', 'Start'], ['/nyheter', 'Nyheter'], ['/granskning/sa-tjanar-nakenapparna-pengar', 'Granskning'], ['/tipsa', 'Tipsa oss'], ['/om-tidningen', 'Om tidningen']], 'Mälardalens Tidning');
const mtFoot = footer('Mälardalens Tidning · Ansvarig utgivare: Karin Holmqvist · Vi granskar enligt de pressetiska reglerna. © 2025', [
  ['/om-tidningen', 'Om oss'], ['/tipsa', 'Tipsa redaktionen'], ['/cookies', 'Cookies'], ['/prenumerera', 'Prenumerera'],
]);
const malartidning: CorpusSite = {
  host: 'malardalstidning.test',
  lang: 'sv',
  label: 'unrelated',
  shape: 'news',
  author: 'fresh-q',
  pages: [
    {
      path: '/',
      title: 'Mälardalens Tidning – Nyheter från Västerås, Eskilstuna och Köping',
      head: metaDescription('Lokala nyheter, granskning, sport och kultur från Mälardalen.') + gtag('G-MTNEWS01'),
      body: [
        mtNav,
        cookieBanner('Vi och våra partner använder cookies för att anpassa innehåll och annonser.', 'Godkänn', 'Hantera val'),
        section(
          h1('Falska nakenbilder på elever sprids – polisen utreder tre fall i länet'),
          img(0, 'Skolkorridor'),
          p('Under hösten har minst tre skolor i Västmanland drabbats av att AI-manipulerade nakenbilder av elever spridits i chattgrupper. Bilderna har skapats med så kallade nakenappar, tjänster som påstår sig kunna ”klä av” vem som helst på ett vanligt foto. Polisen utreder händelserna som sexuellt ofredande och förtal, och en skola har polisanmält ett ärende som barnpornografibrott.'),
          p(a('/nyheter/falska-nakenbilder-sprids-i-skolor', 'Läs hela artikeln →')),
        ),
        section(
          h2('Granskning: Så tjänar nakenapparna pengar'),
          p('Mälardalens Tidning har kartlagt ett tjugotal tjänster som marknadsför AI-avklädning. Många tar betalt via kryptovaluta eller byter domän varje månad för att undgå blockering. ', a('/granskning/sa-tjanar-nakenapparna-pengar', 'Läs granskningen')),
        ),
        section(
          h2('Fler nyheter'),
          ul(
            a('/nyheter/ny-cykelbana-langs-svartan', 'Ny cykelbana längs Svartån klar till våren'),
            a('/nyheter/vasteras-sk-vann-derbyt', 'VSK vann derbyt efter sen kvittering'),
            a('/nyheter/bibliotek-forlanger-oppettider', 'Biblioteket i Köping förlänger öppettiderna'),
            a('/nyheter/foraldramote-om-ai-bilder', 'Skolan bjuder in till föräldramöte om AI-bilder och nätsäkerhet'),
          ),
        ),
        section(
          h2('Har du drabbats?'),
          p('Om någon har spridit en manipulerad bild av dig: spara bevis, anmäl till polisen och kontakta plattformen för att få bilden borttagen. Du kan också tipsa redaktionen anonymt.'),
        ),
        mtFoot,
      ].join('\n'),
    },
    {
      path: '/nyheter/falska-nakenbilder-sprids-i-skolor',
      title: 'Falska nakenbilder på elever sprids – polisen utreder tre fall | Mälardalens Tidning',
      head: jsonLd({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Falska nakenbilder på elever sprids – polisen utreder tre fall i länet', datePublished: '2025-11-04', author: { '@type': 'Person', name: 'Johan Lindberg' }, publisher: { '@type': 'NewsMediaOrganization', name: 'Mälardalens Tidning' } }),
      body: [
        mtNav,
        article(
          h1('Falska nakenbilder på elever sprids – polisen utreder tre fall i länet'),
          p('<em>Johan Lindberg, publicerad 4 november 2025</em>'),
          p('Det började med en skärmdump i en gruppchatt. Inom ett dygn hade bilden, en AI-manipulerad nakenbild av en 15-årig elev, delats vidare till hundratals mobiler. – Hon hade aldrig tagit någon sådan bild. Någon hade laddat upp ett vanligt skolfoto i en app, säger elevens mamma till Mälardalens Tidning.'),
          p('Enligt polisen i region Bergslagen har antalet anmälningar som rör så kallade deepfake-nakenbilder ökat kraftigt det senaste året. Apparna marknadsförs öppet på sociala medier med löften om att ”ta bort kläder från vilket foto som helst”.'),
          blockquote('Att bilden är falsk gör inte skadan mindre. För den som drabbas känns det lika verkligt.', 'Maria Ekström, kurator'),
          p('Skolverket uppmanar skolor att prata med elever om samtycke och nätets bildkultur. Flera kommuner i länet planerar nu föräldramöten.'),
        ),
        mtFoot,
      ].join('\n'),
    },
    {
      path: '/granskning/sa-tjanar-nakenapparna-pengar',
      title: 'Granskning: Så tjänar nakenapparna pengar | Mälardalens Tidning',
      body: [
        mtNav,
        article(
          h1('Så tjänar nakenapparna pengar'),
          p('Under sex veckor har Mälardalens Tidning följt ett tjugotal webbplatser och Telegram-botar som erbjuder AI-avklädning av foton. De flesta lockar med några gratisbilder och tar sedan betalt för veckoabonnemang eller krediter. Betalningen sker ofta via kryptovaluta, presentkort eller mellanhänder som döljer vad kunden egentligen köper.'),
          p('Flera av tjänsterna byter domännamn när de blockeras och hänvisar användare till Telegram-kanaler för att hitta den nya adressen. Jämförelsesajter och ”topplistor” med affiliatelänkar står för en stor del av trafiken.'),
          p('Vi har kontaktat betalningsförmedlare och domänregistrarer. Två av dem har efter vår granskning stängt konton kopplade till tjänsterna.'),
        ),
        mtFoot,
      ].join('\n'),
    },
    {
      path: '/tipsa',
      title: 'Tipsa redaktionen | Mälardalens Tidning',
      body: [
        mtNav,
        h1('Tipsa oss'),
        p('Har du sett något som borde granskas? Du kan tipsa oss anonymt. Enligt grundlagen har du som källa rätt att vara anonym, och vi får inte efterforska vem du är. Skicka text, bilder eller dokument via formuläret nedan eller ring nyhetsdesken dygnet runt.'),
        textForm('Ditt tips', 'Skicka tips', '/tipsa/skicka'),
        mtFoot,
      ].join('\n'),
    },
    {
      path: '/om-tidningen',
      title: 'Om Mälardalens Tidning',
      body: [
        mtNav,
        h1('Om tidningen'),
        p('Mälardalens Tidning är en oberoende lokaltidning som bevakar Västmanland och Södermanland sedan 1921. Redaktionen består av 34 journalister och fotografer. Vi följer de pressetiska reglerna och är anslutna till Medieombudsmannen. Ansvarig utgivare är Karin Holmqvist.'),
        mtFoot,
      ].join('\n'),
    },
  ],
};

// ───────────────────────── 13. ja · unrelated · ghost-mannequin ─────────────────────────
const ghostNav = nav([['/', 'トップ'], ['/service', 'サービス内容'], ['/price', '料金'], ['/flow', 'ご依頼の流れ'], ['/contact', 'お問い合わせ']], 'フォトレタッチ工房ミライ');
const ghostFoot = footer('株式会社ミライ画像制作所｜アパレルEC向け商品画像加工｜© 2025', [
  ['/contact', 'お問い合わせ'], ['/price', '料金表'], ['/privacy', 'プライバシーポリシー'],
]);
const mirai: CorpusSite = {
  host: 'mirai-retouch.test',
  lang: 'ja',
  label: 'unrelated',
  shape: 'ghost-mannequin',
  author: 'fresh-q',
  pages: [
    {
      path: '/',
      title: 'ゴーストマネキン加工・マネキン消し・シワ取り｜アパレルEC商品画像ならミライ',
      head: metaDescription('アパレルECの商品写真を、ゴーストマネキン（中抜き）加工、マネキン消し、シワ取り、色調補正、背景切り抜きで売れる画像に。1点150円から、最短翌日納品。') + jsonLd({ '@context': 'https://schema.org', '@type': 'ProfessionalService', name: 'フォトレタッチ工房ミライ', areaServed: 'JP', priceRange: '¥150〜' }),
      body: [
        ghostNav,
        section(
          h1('服だけが浮かび上がる、売れる商品画像へ。'),
          p('フォトレタッチ工房ミライは、アパレルEC・ネットショップ向けの商品画像加工専門チームです。マネキンやトルソーに着せて撮影した服から、マネキンを消して立体感だけを残す「ゴーストマネキン（中抜き）加工」を中心に、シワ取り、ホコリ・糸くず除去、色味の統一、白背景の切り抜きまで一括でお受けしています。'),
          img(2, 'ゴーストマネキン加工のビフォーアフター'),
        ),
        section(
          h2('こんなお悩みありませんか？'),
          ul('撮影した服にシワやたるみが目立ち、安っぽく見えてしまう', 'マネキンが写り込んで商品に集中してもらえない', 'モールの画像規定（白背景・余白）に合わせる作業が大変', '同じ商品でも撮影日によって色がバラバラ'),
          p('ミライなら、熟練レタッチャーが1点ずつ手作業で仕上げます。AIによる自動処理と人の目による最終チェックを組み合わせ、大量発注でも品質を落としません。'),
        ),
        section(
          h2('実績'),
          p('レディース・メンズ・キッズアパレル、スポーツウェア、インナーウェア、バッグ・小物など、これまで320社・累計180万点以上の商品画像を加工してきました。楽天市場やAmazon、Shopifyなど各モールの画像ガイドラインにも対応しています。'),
          blockquote('ゴーストマネキン加工に切り替えてから、商品ページの滞在時間が伸びました。', 'レディースアパレルEC 運営責任者様'),
        ),
        p(a('/price', '料金を見る'), '｜', a('/contact', '無料トライアル（3点まで）を申し込む')),
        ghostFoot,
      ].join('\n'),
    },
    {
      path: '/service',
      title: 'サービス内容｜フォトレタッチ工房ミライ',
      body: [
        ghostNav,
        h1('サービス内容'),
        h2('ゴーストマネキン（中抜き）加工'),
        p('マネキンに着せた状態と裏返した状態の2カットを合成し、マネキンを消して服の内側（襟裏・タグ部分）を自然に見せます。'),
        h2('シワ取り・形整え'),
        p('撮影時にできたシワやたるみ、左右の歪みを修正し、服本来のシルエットに整えます。素材感を損なわないよう控えめな仕上げも可能です。'),
        h2('カラーバリエーション作成'),
        p('1色の撮影データから色違い画像を作成。実物の生地見本に合わせて色味を調整します。'),
        h2('切り抜き・背景処理'),
        p('白背景、透過PNG、影付きなど、各モールの規定に合わせて納品します。'),
        ghostFoot,
      ].join('\n'),
    },
    {
      path: '/price',
      title: '料金表｜フォトレタッチ工房ミライ',
      body: [
        ghostNav,
        h1('料金表（税込）'),
        priceTable(['加工内容', '1点あたり', '備考'], [
          ['切り抜き（白背景）', '150円〜', '100点以上で10%割引'],
          ['シワ取り・ホコリ除去', '250円〜', '素材・サイズにより変動'],
          ['マネキン消し（1カット）', '400円〜', '首元・袖口の補完含む'],
          ['ゴーストマネキン（2カット合成）', '700円〜', '襟裏・タグ部分の合成'],
          ['カラーバリエーション', '300円／1色', '色見本の送付推奨'],
        ]),
        p('お支払いは銀行振込または請求書払い（月末締め翌月末払い）に対応しています。法人様は年間契約プランもご用意しています。'),
        ghostFoot,
      ].join('\n'),
    },
    {
      path: '/flow',
      title: 'ご依頼の流れ｜フォトレタッチ工房ミライ',
      body: [
        ghostNav,
        h1('ご依頼の流れ'),
        ol('お問い合わせフォームから無料トライアルをお申し込みください。', '撮影データ（RAW・JPEG）をクラウドストレージでお送りください。', '担当者が仕上がりイメージとお見積もりをご提案します。', '加工後、最短翌営業日に納品。修正は2回まで無料です。'),
        p('お預かりした画像データは秘密保持契約に基づき厳重に管理し、納品から30日後に削除します。'),
        ghostFoot,
      ].join('\n'),
    },
    {
      path: '/contact',
      title: 'お問い合わせ｜フォトレタッチ工房ミライ',
      body: [
        ghostNav,
        h1('お問い合わせ・無料トライアル'),
        p('商品画像の加工についてお気軽にご相談ください。初回は3点まで無料でお試しいただけます。担当者より1営業日以内にご連絡いたします。'),
        orderForm(['会社名・ショップ名', 'ご担当者名', 'メールアドレス', 'ご希望の加工内容', '月間の想定点数'], '送信する'),
        ghostFoot,
      ].join('\n'),
    },
  ],
};

// ───────────────────────── 14. ko · unrelated · virtual-try-on ─────────────────────────
const fitNav = nav([['/', '홈'], ['/solution', '솔루션'], ['/price', '요금제'], ['/case', '도입 사례'], ['/faq', 'FAQ']], '핏온 FitOn');
const fitFoot = footer('(주)핏온랩스 · 사업자등록번호 000-00-00000 · 쇼핑몰을 위한 AI 가상 피팅 솔루션 · © 2025 FitOn Labs', [
  ['/faq', '고객센터'], ['/privacy', '개인정보처리방침'], ['/terms', '이용약관'],
]);
const fiton: CorpusSite = {
  host: 'fiton-labs.test',
  lang: 'ko',
  label: 'unrelated',
  shape: 'virtual-try-on',
  author: 'fresh-q',
  pages: [
    {
      path: '/',
      title: '핏온 – 쇼핑몰을 위한 AI 가상 피팅 · 모델 착용컷 자동 생성',
      head: metaDescription('상품 사진만 올리면 AI 모델이 옷을 입어 보는 착용컷을 자동으로 만들어 드립니다. 고객은 내 사진으로 가상 피팅까지. 자사몰·스마트스토어 연동.') + stripe('pk_live_fiton_fixture_000'),
      body: [
        fitNav,
        cookieBanner('핏온은 서비스 개선을 위해 쿠키를 사용합니다.', '동의', '거부'),
        section(
          h1('촬영 없이, 옷을 입혀 보세요.'),
          p('핏온은 온라인 쇼핑몰을 위한 AI 가상 피팅 솔루션입니다. 옷걸이에 걸린 상품 사진 한 장만 있으면 다양한 체형과 분위기의 AI 모델에게 옷을 갈아입혀 착용컷을 만들어 드립니다. 고객은 상세페이지에서 자신의 전신 사진으로 옷을 가상으로 입어 보고 사이즈감을 확인할 수 있습니다.'),
          img(3, 'AI 착용컷 예시'),
        ),
        section(
          h2('핏온으로 할 수 있는 것'),
          ul(
            '<strong>AI 모델 착용컷</strong>: 상의, 하의, 원피스, 아우터를 AI 모델에게 입혀 촬영비 없이 착용 이미지를 제작',
            '<strong>고객 가상 피팅 위젯</strong>: 구매자가 내 사진으로 옷을 입어 보는 버튼을 상세페이지에 삽입',
            '<strong>컬러 변경</strong>: 한 번 촬영한 옷을 여러 색상으로 바꿔 옵션 이미지를 자동 생성',
            '<strong>배경 교체</strong>: 스튜디오, 거리, 카페 등 시즌에 맞는 배경으로 변경',
          ),
        ),
        section(
          h2('숫자로 보는 핏온'),
          p('도입 쇼핑몰 1,200곳 · 월 생성 착용컷 45만 장 · 도입 후 평균 반품률 18% 감소 · 촬영 비용 최대 70% 절감'),
          blockquote('신상품이 매주 30개 넘게 나오는데, 이제 모델 촬영 없이 당일에 상세페이지를 올립니다.', '여성 의류 쇼핑몰 대표'),
        ),
        section(
          h2('안전한 이미지 정책'),
          p('핏온은 의류 착용 이미지만 생성합니다. 노출 이미지 생성은 기술적으로 차단되어 있으며, 고객이 올린 사진은 가상 피팅 후 즉시 삭제됩니다. 타인의 사진 업로드는 약관으로 금지됩니다.'),
        ),
        p(a('/price', '요금제 보기'), ' · ', a('/case', '도입 사례 보기')),
        fitFoot,
      ].join('\n'),
    },
    {
      path: '/solution',
      title: '솔루션 소개 – 핏온',
      body: [
        fitNav,
        h1('솔루션 소개'),
        h2('1. 착용컷 스튜디오'),
        p('관리자 페이지에서 상품 사진을 올리고 모델 성별, 체형, 포즈, 배경을 고르면 1분 안에 착용컷 4장이 만들어집니다. 마음에 드는 컷은 바로 상세페이지용 크기로 내려받을 수 있습니다.'),
        h2('2. 가상 피팅 위젯'),
        p('스크립트 한 줄로 자사몰, 스마트스토어, 카페24 상세페이지에 “입어 보기” 버튼을 추가합니다. 고객은 전신 사진을 올려 옷을 갈아입혀 보고, 추천 사이즈를 안내받습니다.'),
        h2('3. API'),
        p('대형 플랫폼을 위한 REST API를 제공합니다. 상품 데이터와 연동해 대량의 착용 이미지를 자동으로 생성할 수 있습니다.'),
        fitFoot,
      ].join('\n'),
    },
    {
      path: '/price',
      title: '요금제 – 핏온',
      body: [
        fitNav,
        h1('요금제'),
        priceTable(['플랜', '월 요금', '포함 내역'], [
          ['스타터', '49,000원', '착용컷 200장, 가상 피팅 위젯 1,000회'],
          ['그로스', '149,000원', '착용컷 1,000장, 위젯 10,000회, 컬러 변경'],
          ['엔터프라이즈', '별도 문의', '무제한 생성, API, 전담 매니저'],
        ]),
        p('모든 요금제는 부가세 별도이며, 14일 무료 체험이 가능합니다. 카드 결제와 세금계산서 발행을 지원합니다.'),
        fitFoot,
      ].join('\n'),
    },
    {
      path: '/case',
      title: '도입 사례 – 핏온',
      body: [
        fitNav,
        h1('도입 사례'),
        article(h3('여성 의류 쇼핑몰 A사'), p('매주 신상품 촬영에 쓰던 모델·스튜디오 비용을 월 600만 원에서 180만 원으로 줄였습니다. 착용컷 업로드 시간은 평균 3일에서 당일로 단축되었습니다.')),
        article(h3('남성 캐주얼 브랜드 B사'), p('가상 피팅 위젯 도입 후 사이즈 문의가 40% 줄었고, 반품률도 눈에 띄게 감소했습니다.')),
        article(h3('아동복 편집숍 C사'), p('아동 모델 촬영 대신 AI 마네킹 착용컷을 사용해 촬영 일정 부담을 덜었습니다.')),
        fitFoot,
      ].join('\n'),
    },
    {
      path: '/faq',
      title: '자주 묻는 질문 – 핏온',
      body: [
        fitNav,
        faq('자주 묻는 질문', [
          ['어떤 옷이 가상 피팅에 적합한가요?', '상의, 하의, 원피스, 아우터 등 대부분의 의류가 가능합니다. 속옷과 수영복은 현재 지원하지 않습니다.'],
          ['고객 사진은 저장되나요?', '아니요. 가상 피팅이 끝나면 원본과 결과 이미지 모두 즉시 삭제됩니다.'],
          ['다른 사람의 사진으로도 입혀 볼 수 있나요?', '약관상 본인 사진만 허용됩니다. 얼굴 인식으로 유명인 사진은 자동 차단됩니다.'],
          ['노출 이미지를 만들 수 있나요?', '불가능합니다. 핏온은 옷을 입은 착용 이미지만 생성하도록 설계되어 있습니다.'],
        ]),
        fitFoot,
      ].join('\n'),
    },
  ],
};

// ───────────────────────── 15. hi · unrelated · victim-help ─────────────────────────
const scNav = nav([['/', 'होम'], ['/report-kaise-karein', 'शिकायत कैसे करें'], ['/kanooni-adhikar', 'आपके क़ानूनी अधिकार'], ['/madad', 'मदद लें'], ['/hamare-baare-mein', 'हमारे बारे में']], 'सुरक्षित छवि फ़ाउंडेशन');
const scFoot = footer('सुरक्षित छवि फ़ाउंडेशन एक गैर-लाभकारी संस्था है। हमारी सभी सेवाएँ निःशुल्क और गोपनीय हैं। आपात स्थिति में तुरंत पुलिस से संपर्क करें।', [
  ['/madad', 'मदद लें'], ['/hamare-baare-mein', 'हमारे बारे में'], ['/daan', 'दान करें'],
]);
const surakshit: CorpusSite = {
  host: 'surakshit-chhavi.test',
  lang: 'hi',
  label: 'unrelated',
  shape: 'victim-help',
  author: 'fresh-q',
  pages: [
    {
      path: '/',
      title: 'डीपफेक या नकली न्यूड फोटो का शिकार? हम आपकी मदद करेंगे | सुरक्षित छवि फ़ाउंडेशन',
      head: metaDescription('अगर किसी ने AI ऐप से आपकी नकली अश्लील या "कपड़े हटाई" गई फोटो बनाई या फैलाई है, तो आप अकेले नहीं हैं। मुफ़्त, गोपनीय सहायता, शिकायत और कंटेंट हटवाने में मदद।') + jsonLd({ '@context': 'https://schema.org', '@type': 'NGO', name: 'सुरक्षित छवि फ़ाउंडेशन', areaServed: 'IN' }),
      body: [
        scNav,
        section(
          h1('आपकी कोई गलती नहीं है। हम आपके साथ हैं।'),
          p('आजकल कुछ AI ऐप और टेलीग्राम बॉट किसी की भी साधारण फोटो से नकली नग्न तस्वीरें या डीपफेक वीडियो बना देते हैं। अगर आपकी या आपके किसी जानने वाले की ऐसी तस्वीर बनाई गई है, शेयर की गई है, या उसके ज़रिए आपको ब्लैकमेल किया जा रहा है, तो घबराइए नहीं। यह अपराध है, और इसमें आपकी कोई गलती नहीं है।'),
        ),
        section(
          h2('अभी क्या करें'),
          ol(
            'ब्लैकमेल करने वाले को पैसे न दें और उससे बहस न करें।',
            'सबूत सुरक्षित रखें: स्क्रीनशॉट, लिंक, यूज़रनेम, तारीख़ और समय।',
            'फोटो को ख़ुद आगे न भेजें, भले ही किसी को दिखाना हो — पहले हमसे बात करें।',
            'जिस प्लेटफ़ॉर्म पर फोटो डाली गई है, वहाँ "बिना सहमति की निजी तस्वीर" के विकल्प से रिपोर्ट करें।',
            'नज़दीकी पुलिस थाने या राष्ट्रीय साइबर अपराध पोर्टल पर शिकायत दर्ज करें।',
          ),
        ),
        section(
          h2('हम कैसे मदद करते हैं'),
          ul(
            'प्रशिक्षित परामर्शदाताओं से मुफ़्त और गोपनीय बातचीत (हिंदी, अंग्रेज़ी, मराठी, बांग्ला)',
            'सोशल मीडिया और वेबसाइटों से नकली तस्वीरें हटवाने के लिए रिपोर्ट तैयार करने में सहायता',
            'पुलिस शिकायत और FIR लिखने में मार्गदर्शन',
            'स्वयंसेवी वकीलों से मुफ़्त क़ानूनी सलाह',
            'स्कूल और कॉलेज के लिए जागरूकता कार्यशालाएँ',
          ),
          p(a('/madad', 'अभी मदद लें →')),
        ),
        blockquote('मुझे लगा था मेरी ज़िंदगी ख़त्म हो गई। संस्था ने दो दिन में तस्वीरें हटवाईं और पुलिस शिकायत में साथ दिया।', 'एक सहायता प्राप्त युवती, भोपाल'),
        scFoot,
      ].join('\n'),
    },
    {
      path: '/report-kaise-karein',
      title: 'शिकायत कैसे करें — सुरक्षित छवि फ़ाउंडेशन',
      body: [
        scNav,
        h1('शिकायत कैसे करें: चरण-दर-चरण'),
        h2('1. प्लेटफ़ॉर्म पर रिपोर्ट'),
        p('ज़्यादातर सोशल मीडिया और मैसेजिंग ऐप में बिना सहमति वाली निजी या नकली तस्वीरों के लिए अलग रिपोर्ट विकल्प होता है। "नग्नता" या "उत्पीड़न" चुनें और बताएँ कि तस्वीर AI से बनाई गई है।'),
        h2('2. पुलिस में शिकायत'),
        p('आप किसी भी पुलिस थाने में या ऑनलाइन साइबर अपराध पोर्टल पर शिकायत दर्ज कर सकते हैं। शिकायत में सबूतों की सूची, आरोपी का यूज़रनेम या नंबर और घटना का क्रम लिखें।'),
        h2('3. सर्च इंजन से हटवाना'),
        p('अगर तस्वीर किसी वेबसाइट पर है, तो सर्च इंजन में "निजी जानकारी हटाने" का अनुरोध भी भेजा जा सकता है। हमारी टीम फ़ॉर्म भरने में मदद करती है।'),
        scFoot,
      ].join('\n'),
    },
    {
      path: '/kanooni-adhikar',
      title: 'आपके क़ानूनी अधिकार — सुरक्षित छवि फ़ाउंडेशन',
      body: [
        scNav,
        h1('आपके क़ानूनी अधिकार'),
        p('भारत में किसी की निजी या अश्लील तस्वीर बिना सहमति के बनाना, प्रकाशित करना या फैलाना सूचना प्रौद्योगिकी अधिनियम और भारतीय न्याय संहिता के तहत दंडनीय अपराध है, चाहे तस्वीर असली हो या AI से बनाई गई हो। ब्लैकमेल और धमकी देना अलग से अपराध है। पीड़ित की पहचान गोपनीय रखने का अधिकार है। नाबालिग़ से जुड़े मामलों में पॉक्सो क़ानून लागू होता है और शिकायत तुरंत दर्ज की जानी चाहिए।'),
        p('यह पृष्ठ सामान्य जानकारी के लिए है, क़ानूनी सलाह नहीं। अपने मामले के लिए हमारे स्वयंसेवी वकीलों से बात करें।'),
        scFoot,
      ].join('\n'),
    },
    {
      path: '/madad',
      title: 'मदद लें — सुरक्षित छवि फ़ाउंडेशन',
      body: [
        scNav,
        h1('गोपनीय मदद लें'),
        p('नीचे फ़ॉर्म भरें या हमारी हेल्पलाइन पर सोमवार से शनिवार, सुबह 9 से रात 9 बजे तक संपर्क करें। आपको अपना असली नाम बताने की ज़रूरत नहीं है। कृपया इस फ़ॉर्म में कोई तस्वीर अपलोड न करें; हमारी टीम आपसे सुरक्षित तरीक़े से सबूत लेगी।'),
        orderForm(['आपका नाम या उपनाम (वैकल्पिक)', 'संपर्क का तरीक़ा (फ़ोन / ईमेल)', 'संक्षेप में क्या हुआ', 'क्या आपको धमकी दी जा रही है? (हाँ / नहीं)'], 'भेजें'),
        scFoot,
      ].join('\n'),
    },
    {
      path: '/hamare-baare-mein',
      title: 'हमारे बारे में — सुरक्षित छवि फ़ाउंडेशन',
      body: [
        scNav,
        h1('हमारे बारे में'),
        p('सुरक्षित छवि फ़ाउंडेशन की शुरुआत 2021 में कुछ वकीलों, परामर्शदाताओं और साइबर सुरक्षा विशेषज्ञों ने की थी। हम ऑनलाइन छवि-आधारित यौन उत्पीड़न, डीपफेक और सेक्सटॉर्शन के पीड़ितों को मुफ़्त सहायता देते हैं। अब तक हमने 3,000 से अधिक लोगों की मदद की है और 12 राज्यों के स्कूलों में जागरूकता कार्यक्रम चलाए हैं।'),
        scFoot,
      ].join('\n'),
    },
  ],
};

// ───────────────────────── 16. th · unrelated · sfw-faceswap ─────────────────────────
const funNav = nav([['/', 'หน้าแรก'], ['/templates', 'เทมเพลตยอดฮิต'], ['/packages', 'แพ็กเกจ'], ['/rules', 'กฎการใช้งาน']], 'หน้าฮา FaceFun');
const funFoot = footer('หน้าฮา FaceFun © 2025 · สลับหน้าเพื่อความบันเทิง ไม่อนุญาตเนื้อหาผู้ใหญ่ หรือการใช้หน้าผู้อื่นโดยไม่ยินยอม', [
  ['/rules', 'กฎการใช้งาน'], ['/privacy', 'นโยบายความเป็นส่วนตัว'], ['mailto:help@nahha-facefun.test', 'ติดต่อเรา'],
]);
const nahha: CorpusSite = {
  host: 'nahha-facefun.test',
  lang: 'th',
  label: 'unrelated',
  shape: 'sfw-faceswap',
  author: 'fresh-q',
  pages: [
    {
      path: '/',
      title: 'หน้าฮา FaceFun – แอปสลับหน้าขำ ๆ ใส่หน้าตัวเองในฉากหนังดัง',
      head: metaDescription('สลับหน้าตัวเองและเพื่อน ๆ ลงในฉากหนังดัง มีม และการ์ตูน ฟรีวันละ 5 ครั้ง ปลอดภัยสำหรับทุกวัย ไม่มีเนื้อหาผู้ใหญ่') + oneTap('nahha-0000.apps.googleusercontent.test'),
      body: [
        funNav,
        cookieBanner('เว็บไซต์นี้ใช้คุกกี้ เพื่อจดจำการตั้งค่า และวิเคราะห์การใช้งาน', 'ยอมรับ', 'ปฏิเสธ'),
        section(
          h1('เปลี่ยนตัวเองเป็นพระเอกหนัง ใน 10 วินาที'),
          p('หน้าฮา FaceFun คือแอปสลับหน้าสายฮา ที่ให้คุณ ใส่หน้าตัวเอง ลงในฉากหนังแอ็กชัน มีมยอดฮิต ภาพวาดคลาสสิก หรือการ์ตูนน่ารัก แค่อัปโหลดเซลฟี่ 1 รูป แล้วเลือกเทมเพลต ระบบจะสร้างภาพ หรือคลิปสั้น ให้ทันที เหมาะสำหรับ ทำการ์ดวันเกิด แกล้งเพื่อนในกลุ่มไลน์ หรือโพสต์ลงโซเชียล'),
          upload('อัปโหลดเซลฟี่ของคุณ', '/swap', 'เริ่มสลับหน้า'),
        ),
        section(
          h2('เทมเพลตยอดนิยม สัปดาห์นี้'),
          ul('นักบินอวกาศ บนดวงจันทร์', 'ซูเปอร์ฮีโร่ ลอยฟ้า', 'เจ้าหญิง ในเทพนิยาย', 'นักมวยไทย บนเวที', 'มีม "แมวตกใจ" เวอร์ชันคน', 'ภาพวาดสีน้ำมัน สไตล์ยุโรป'),
          img(9, 'ตัวอย่างภาพสลับหน้า'),
        ),
        section(
          h2('ปลอดภัย สำหรับทุกคน'),
          p('เราตั้งใจให้ FaceFun เป็นพื้นที่ สนุก และปลอดภัย ระบบของเรา ไม่รองรับ เนื้อหาผู้ใหญ่ หรือ 18+ ทุกชนิด เทมเพลตทั้งหมด ผ่านการคัดเลือก โดยทีมงาน และมีระบบตรวจจับ ที่บล็อกภาพโป๊ หรือภาพล่อแหลม โดยอัตโนมัติ บัญชีที่พยายามสร้างเนื้อหา ไม่เหมาะสม จะถูกระงับทันที'),
          p('ภาพที่อัปโหลด จะถูกลบจากเซิร์ฟเวอร์ ภายใน 1 ชั่วโมง และทุกภาพที่สร้าง จะมีลายน้ำเล็ก ๆ ว่า “AI FaceFun” เพื่อให้คนที่เห็น รู้ว่าเป็นภาพตัดต่อ'),
        ),
        section(
          h2('ใช้งานง่าย แค่ 3 ขั้นตอน'),
          ol('ถ่ายเซลฟี่ หน้าตรง ในที่สว่าง', 'เลือกเทมเพลต ที่ชอบ จากหมวดต่าง ๆ', 'กดสร้าง แล้วแชร์ ลงไลน์ เฟซบุ๊ก หรือ TikTok ได้ทันที'),
          p('ต้องการ ใส่หน้าเพื่อน ด้วย? ส่งลิงก์เชิญ ให้เพื่อน อัปโหลดเซลฟี่ ของตัวเอง เพื่อยืนยันว่า เพื่อนยินยอม แล้วสร้าง ภาพหมู่ สุดฮา ได้พร้อมกัน สูงสุด 4 คน'),
        ),
        blockquote('ทำการ์ดวันเกิดให้แม่ เป็นนางเอกละครย้อนยุค แม่ชอบมาก ฮากันทั้งบ้าน', 'คุณเมย์ เชียงใหม่'),
        section(
          h2('ดาวน์โหลดแอป'),
          p('นอกจาก เว็บไซต์ แล้ว คุณยังใช้ FaceFun ได้ บนมือถือ ทั้ง iPhone และ Android เทมเพลตเดียวกัน บัญชีเดียวกัน สร้างภาพ บนมือถือ แล้วกลับมา ดาวน์โหลด ไฟล์ความละเอียดสูง บนคอมพิวเตอร์ ได้ทันที'),
          storeBadges('/download/facefun.apk'),
        ),
        blockquote('ใช้ทำคลิปงานเลี้ยงเกษียณ ให้หัวหน้า เป็นนักบินอวกาศ ทั้งออฟฟิศ ขำกันไม่หยุด', 'คุณต้น นนทบุรี'),
        funFoot,
      ].join('\n'),
    },
    {
      path: '/templates',
      title: 'เทมเพลตสลับหน้า ทั้งหมด – หน้าฮา FaceFun',
      body: [
        funNav,
        h1('เทมเพลตทั้งหมด'),
        p('เลือกหมวดที่ชอบ แล้วกด “ใช้เทมเพลตนี้” เทมเพลตใหม่ เพิ่มทุกวันศุกร์'),
        ul(
          'หนังแอ็กชัน และ ไซไฟ (120 เทมเพลต)',
          'มีม และ รีแอ็กชัน (340 เทมเพลต)',
          'การ์ตูน และ อนิเมะ (95 เทมเพลต)',
          'เทศกาล: สงกรานต์ ลอยกระทง ปีใหม่ (60 เทมเพลต)',
          'อาชีพในฝัน: หมอ นักบิน เชฟ นักบินอวกาศ (48 เทมเพลต)',
          'ภาพวาดคลาสสิก และ ศิลปะ (30 เทมเพลต)',
        ),
        p('ทุกเทมเพลต เป็นภาพ ที่เราได้รับอนุญาต ให้ใช้ หรือสร้างขึ้นเอง ไม่มีภาพของ บุคคลที่มีชื่อเสียง และ ไม่มีเทมเพลต ที่มีเนื้อหา ล่อแหลม หรือ สำหรับผู้ใหญ่ หากคุณมีไอเดีย เทมเพลตใหม่ ส่งมาให้เรา ได้ที่ ปุ่ม “เสนอเทมเพลต”'),
        funFoot,
      ].join('\n'),
    },
    {
      path: '/packages',
      title: 'แพ็กเกจ – หน้าฮา FaceFun',
      body: [
        funNav,
        h1('แพ็กเกจ'),
        priceTable(['แพ็กเกจ', 'ราคา', 'รายละเอียด'], [
          ['ฟรี', '0 บาท', 'ภาพนิ่ง วันละ 5 ครั้ง มีลายน้ำ'],
          ['พลัส', '59 บาท / เดือน', 'ภาพนิ่ง ไม่จำกัด คลิปสั้น 10 คลิป ต่อเดือน'],
          ['ครอบครัว', '149 บาท / เดือน', 'ใช้ได้ 5 บัญชี คลิปสั้น 50 คลิป ต่อเดือน'],
        ]),
        p('ชำระเงิน ผ่านบัตรเครดิต พร้อมเพย์ หรือ ผ่าน App Store และ Google Play ยกเลิกได้ทุกเมื่อ ทุกแพ็กเกจ ยังคงใช้ กฎเนื้อหาเดียวกัน คือ ไม่มีเนื้อหาผู้ใหญ่ นักเรียน และ นักศึกษา รับส่วนลด 20% เมื่อยืนยัน ด้วยอีเมล ของสถานศึกษา ทดลองใช้ แพ็กเกจพลัส ฟรี 7 วัน'),
        funFoot,
      ].join('\n'),
    },
    {
      path: '/rules',
      title: 'กฎการใช้งาน – หน้าฮา FaceFun',
      body: [
        funNav,
        h1('กฎการใช้งาน'),
        ol(
          'ห้ามสร้าง หรืออัปโหลด เนื้อหาผู้ใหญ่ 18+ ภาพโป๊ เปลือย หรือ ล่อแหลม ทุกกรณี',
          'ใช้ได้เฉพาะ หน้าของตัวเอง หรือ หน้าของคนที่ ให้ความยินยอมแล้วเท่านั้น',
          'ห้ามใช้หน้า ของเด็ก ที่ไม่ใช่บุตรหลานของคุณ',
          'ห้ามใช้ภาพ เพื่อหลอกลวง กลั่นแกล้ง ให้ร้าย หรือ แอบอ้าง เป็นบุคคลอื่น',
          'ห้ามลบลายน้ำ “AI FaceFun” ออกจากภาพ ที่นำไปเผยแพร่',
        ),
        p('หากพบภาพ ที่ละเมิดกฎ โปรดแจ้ง ที่ปุ่ม “รายงาน” เราจะตรวจสอบ ภายใน 24 ชั่วโมง และ ให้ความร่วมมือกับ เจ้าหน้าที่ตำรวจ ตามกฎหมาย บัญชีที่ ละเมิดกฎ ซ้ำ จะถูก ปิดถาวร โดยไม่คืนเงิน ขอบคุณ ที่ช่วยกัน ทำให้ FaceFun เป็นพื้นที่ ที่สนุก และ ปลอดภัย สำหรับทุกคน'),
        funFoot,
      ].join('\n'),
    },
  ],
};

// ───────────────────────── 17. id · unrelated · garment-care ─────────────────────────
const rapiNav = nav([['/', 'Beranda'], ['/fitur', 'Fitur'], ['/harga', 'Harga'], ['/contoh-hasil', 'Contoh Hasil'], ['/bantuan', 'Bantuan']], 'RapiFoto');
const rapiFoot = footer('RapiFoto — editor foto produk fashion untuk seller online. PT Rapi Digital Nusantara, Bandung. © 2025', [
  ['/bantuan', 'Pusat Bantuan'], ['/syarat', 'Syarat & Ketentuan'], ['/privasi', 'Privasi'], ['https://wa.me/0000000000', 'WhatsApp CS'],
]);
const rapifoto: CorpusSite = {
  host: 'rapifoto.test',
  lang: 'id',
  label: 'unrelated',
  shape: 'garment-care',
  author: 'fresh-q',
  pages: [
    {
      path: '/',
      title: 'RapiFoto — Hapus Kusut, Noda & Serabut Baju di Foto Produk Otomatis',
      head: metaDescription('Bikin foto produk baju jualanmu rapi dalam sekali klik: hapus kusut dan lipatan, hilangkan noda dan serabut, ganti warna baju, dan putihkan background. Cocok untuk seller marketplace.') + gtag('G-RAPIF001') + jsonLd({ '@context': 'https://schema.org', '@type': 'SoftwareApplication', name: 'RapiFoto', applicationCategory: 'PhotoApplication', offers: { '@type': 'Offer', price: '0', priceCurrency: 'IDR' } }),
      body: [
        rapiNav,
        cookieBanner('RapiFoto memakai cookie agar kamu tetap login dan untuk analitik.', 'Setuju'),
        section(
          h1('Baju kusut di foto? Rapikan dalam 3 detik.'),
          p('Nggak sempat setrika sebelum foto produk? Ada noda kecil yang baru kelihatan setelah difoto? RapiFoto membantu seller fashion merapikan foto produk secara otomatis. AI kami <strong>menghapus kusut dan lipatan di baju</strong>, menghilangkan noda, serabut, dan bulu kucing, lalu menyamakan warna supaya foto produk kamu terlihat profesional di Shopee, Tokopedia, dan TikTok Shop.'),
          upload('Unggah foto produk', '/editor/baru', 'Rapikan Sekarang'),
        ),
        section(
          h2('Fitur andalan'),
          ul(
            '<strong>Hapus kusut & lipatan</strong> — kemeja, gamis, hijab, dan celana terlihat seperti baru disetrika.',
            '<strong>Hapus noda & serabut</strong> — titik kotor, benang lepas, dan debu hilang tanpa merusak tekstur kain.',
            '<strong>Ganti warna baju</strong> — satu kali foto, jadi 8 varian warna untuk pilihan produk.',
            '<strong>Background putih otomatis</strong> — sesuai aturan foto utama marketplace.',
            '<strong>Hapus manekin</strong> — buat efek baju melayang (ghost mannequin) tanpa studio.',
          ),
          img(4, 'Contoh sebelum dan sesudah'),
        ),
        section(
          h2('Dipakai 28.000+ seller di Indonesia'),
          blockquote('Dulu satu hari habis buat setrika dan foto ulang 40 gamis. Sekarang cukup foto sekali, sisanya RapiFoto.', 'Bu Nur, toko gamis di Solo'),
          blockquote('Fitur ganti warna ngirit banget, nggak perlu stok semua warna buat difoto.', 'Andre, brand kaos lokal Bandung'),
        ),
        p(a('/harga', 'Lihat paket harga'), ' · ', a('/contoh-hasil', 'Lihat contoh hasil')),
        rapiFoot,
      ].join('\n'),
    },
    {
      path: '/fitur',
      title: 'Fitur RapiFoto untuk Foto Produk Fashion',
      body: [
        rapiNav,
        h1('Semua fitur RapiFoto'),
        h2('Perapian kain'),
        p('Deteksi otomatis area kusut, lipatan bekas gantungan, dan kerutan di kerah atau lengan. Tingkat perapian bisa diatur supaya tekstur linen atau denim tetap terlihat alami.'),
        h2('Pembersihan'),
        p('Hapus noda, bulu hewan, serabut, dan label harga yang tidak sengaja ikut terfoto. Bisa juga menghapus jepitan dan peniti yang dipakai saat foto di manekin.'),
        h2('Warna & background'),
        p('Ganti warna baju, samakan white balance antar foto, dan buat background putih atau warna pastel dalam satu klik. Ekspor massal hingga 500 foto sekaligus.'),
        rapiFoot,
      ].join('\n'),
    },
    {
      path: '/harga',
      title: 'Harga Paket RapiFoto',
      body: [
        rapiNav,
        h1('Paket harga'),
        priceTable(['Paket', 'Harga', 'Kuota'], [
          ['Gratis', 'Rp 0', '10 foto / bulan, ada watermark kecil'],
          ['Seller', 'Rp 59.000 / bulan', '300 foto, tanpa watermark, ganti warna'],
          ['Toko Besar', 'Rp 199.000 / bulan', '2.000 foto, ekspor massal, 3 akun tim'],
        ]),
        p('Bayar pakai transfer bank, QRIS, GoPay, atau kartu kredit. Ada faktur pajak untuk badan usaha. Paket bisa dihentikan kapan saja tanpa biaya.'),
        rapiFoot,
      ].join('\n'),
    },
    {
      path: '/contoh-hasil',
      title: 'Contoh Hasil Sebelum dan Sesudah — RapiFoto',
      body: [
        rapiNav,
        h1('Contoh hasil'),
        p('Berikut beberapa contoh foto produk dari pengguna kami (dipakai dengan izin). Semua diedit dengan pengaturan standar tanpa koreksi manual.'),
        img(5, 'Kemeja linen sebelum dan sesudah dihapus kusutnya'), img(6, 'Gamis dengan noda yang dihilangkan'), img(7, 'Kaos dengan 8 varian warna'),
        ul('Kemeja linen: kusut berat jadi rapi, tekstur tetap terlihat.', 'Gamis katun: noda kopi di bagian bawah hilang.', 'Kaos polos: satu foto jadi delapan pilihan warna.'),
        rapiFoot,
      ].join('\n'),
    },
    {
      path: '/bantuan',
      title: 'Pusat Bantuan RapiFoto',
      body: [
        rapiNav,
        faq('Pertanyaan umum', [
          ['Apakah bisa untuk foto model yang memakai baju?', 'Bisa. RapiFoto hanya merapikan kain (kusut, noda, warna) dan tidak mengubah tubuh atau wajah model.'],
          ['Format foto apa yang didukung?', 'JPG, PNG, dan HEIC sampai 25 MB per foto.'],
          ['Apakah foto saya disimpan?', 'Foto disimpan di akunmu selama 30 hari lalu dihapus otomatis, kecuali kamu simpan ke folder.'],
          ['Bagaimana kalau hasilnya kurang pas?', 'Gunakan kuas koreksi untuk menandai area tertentu, atau hubungi CS WhatsApp kami.'],
        ]),
        rapiFoot,
      ].join('\n'),
    },
  ],
};

// ───────────────────────── 18. zh · unrelated · moderation-tool ─────────────────────────
const qjNav = nav([['/', '首页'], ['/chanpin/tupian-shenhe', '图片审核'], ['/chanpin/shendu-weizao', '深度伪造识别'], ['/jiage', '价格'], ['/wendang', '开发文档']], '清鉴内容安全');
const qjFoot = footer('清鉴内容安全 · 为平台提供图片、视频与直播内容审核服务 · © 2025 清鉴科技', [
  ['/wendang', '文档中心'], ['/jiage', '价格'], ['/yinsi', '隐私政策'], ['mailto:sales@qingjian-shield.test', '联系销售'],
]);
const qingjian: CorpusSite = {
  host: 'qingjian-shield.test',
  lang: 'zh',
  label: 'unrelated',
  shape: 'moderation-tool',
  author: 'fresh-q',
  pages: [
    {
      path: '/',
      title: '清鉴内容安全 — 智能鉴黄、AI 生成裸露图片识别与拦截 API',
      head: metaDescription('清鉴提供图片鉴黄、视频审核、深度伪造识别等内容安全服务，帮助社区、直播和电商平台自动识别并拦截色情、裸露及 AI 伪造内容。') + jsonLd({ '@context': 'https://schema.org', '@type': 'Organization', name: '清鉴科技', url: 'https://qingjian-shield.test/' }),
      body: [
        qjNav,
        section(
          h1('让违规图片在上线前就被拦下'),
          p('清鉴内容安全为社交、直播、论坛、电商和教育平台提供一站式内容审核能力。我们的图片审核模型可在 100 毫秒内识别色情、性感、裸露等违规内容，并能识别由“一键去衣”类 AI 工具生成的伪造裸照和换脸图片，帮助平台在用户看到之前自动拦截，保护用户，尤其是未成年人。'),
          img(8, '审核控制台界面'),
        ),
        section(
          h2('核心能力'),
          ul(
            '<strong>图片鉴黄</strong>：识别色情、性感、裸露、低俗等 20 余个细分标签，准确率 99.2%。',
            '<strong>AI 伪造识别</strong>：检测深度伪造换脸、AI 去衣生成图和合成痕迹，输出可信度分数。',
            '<strong>视频与直播审核</strong>：按帧抽检，违规内容实时断流并通知人工复审。',
            '<strong>相似图库比对</strong>：将已确认的违规图片加入黑名单，变体再次上传时自动识别。',
            '<strong>人工复审平台</strong>：机器审核结果可一键推送给审核员，支持多级复核。',
          ),
        ),
        section(
          h2('服务客户'),
          p('目前已有 800 多家平台接入清鉴，日均审核图片超过 3 亿张。我们与多家反网络性暴力公益组织合作，持续更新 AI 伪造图片样本库，让新出现的伪造手法也能被及时识别。'),
          blockquote('接入清鉴后，用户举报的伪造裸照数量下降了 87%，审核人力成本减少一半。', '某社区平台安全负责人'),
        ),
        p(a('/jiage', '查看价格'), ' · ', a('/wendang', '阅读接入文档'), ' · 新用户免费审核 10 万张'),
        qjFoot,
      ].join('\n'),
    },
    {
      path: '/chanpin/tupian-shenhe',
      title: '图片审核 — 清鉴内容安全',
      body: [
        qjNav,
        h1('图片审核（鉴黄）'),
        p('支持 JPG、PNG、WebP、GIF 等常见格式。每张图片返回风险等级（通过 / 疑似 / 违规）、细分标签与置信度。平台可根据自身社区规范调整阈值，例如对泳装、内衣类电商图片设置宽松策略，对未成年人社区设置严格策略。'),
        priceTable(['标签', '说明'], [
          ['porn', '色情内容，默认直接拦截'],
          ['nudity', '裸露内容，默认拦截'],
          ['sexy', '性感、低俗内容，默认送人工复审'],
          ['ai_undress', '疑似 AI 去衣生成的伪造图片，默认拦截并标记'],
          ['normal', '正常内容'],
        ]),
        qjFoot,
      ].join('\n'),
    },
    {
      path: '/chanpin/shendu-weizao',
      title: '深度伪造识别 — 清鉴内容安全',
      body: [
        qjNav,
        h1('深度伪造（Deepfake）识别'),
        p('换脸视频和 AI 伪造裸照常被用于网络敲诈和性暴力。清鉴的伪造识别模型会分析人脸边缘、光照一致性、皮肤纹理和生成模型遗留的频域特征，判断图片或视频是否经过 AI 篡改。对于被确认的伪造内容，平台可以一键加入哈希黑名单，防止二次传播。我们也为受害者援助机构免费提供识别报告，用于投诉和报警。'),
        qjFoot,
      ].join('\n'),
    },
    {
      path: '/jiage',
      title: '价格 — 清鉴内容安全',
      body: [
        qjNav,
        h1('价格'),
        priceTable(['服务', '单价', '说明'], [
          ['图片审核', '¥1.5 / 千张', '月调用量越大单价越低'],
          ['深度伪造识别', '¥6 / 千张', '含可信度分数与热力图'],
          ['视频审核', '¥0.8 / 分钟', '默认每秒抽 1 帧'],
          ['私有化部署', '联系销售', '适用于金融、政务等场景'],
        ]),
        p('支持对公转账与在线支付，可开具增值税专用发票。新用户注册即送 10 万张图片审核额度，有效期 30 天。'),
        qjFoot,
      ].join('\n'),
    },
    {
      path: '/wendang',
      title: '开发文档 — 清鉴内容安全',
      body: [
        qjNav,
        h1('快速接入'),
        ol('在控制台创建应用，获取 AccessKey 与 SecretKey。', '调用 <code>POST /v2/image/moderate</code>，传入图片 URL 与业务场景。', '根据返回的 <code>suggestion</code> 字段（pass / review / block）决定放行、送审或拦截。'),
        p('SDK 支持 Java、Go、Python、Node.js 与 PHP。我们建议在用户上传环节同步调用，在存量内容巡检时使用异步批量接口。所有图片在审核完成后立即删除，不用于模型训练。'),
        qjFoot,
      ].join('\n'),
    },
  ],
};

export const sites: CorpusSite[] = [
  polosin, ghepmat, hnamai, parda, lumina, hapgong, huanyi,
  aialt, kumpulanbot, sanma, ceping,
  malartidning, mirai, fiton, surakshit, nahha, rapifoto, qingjian,
];
