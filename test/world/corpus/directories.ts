import { a, h1, p, type CorpusPage } from './types.js';

const tools = (entries: [string, string, string][]): string =>
  `<ol>${entries.map(([host, name, blurb]) => `<li><h3>${a(`https://${host}/?ref=toplist`, name)}</h3><p>${blurb}</p></li>`).join('')}</ol>`;

/** Listicles, directories and affiliate hubs: followed by the crawler, never reported as services. */
export const directories: CorpusPage[] = [
  {
    host: 'best-undress-apps.test', path: '/', lang: 'en', label: 'directory', kind: 'directory', title: 'Top 7 Best Undress AI Apps (2026)',
    body: h1('7 best undress AI apps compared') + p('We tested the most popular clothes remover tools. Ratings, pros and cons below.') +
      tools([
        ['undressly.test', 'Undressly', 'Fast undress AI, 3 free credits. Rating 9/10.'],
        ['peelpix.test', 'PeelPix', 'Brush tool, crypto payments. Rating 8.5/10.'],
        ['nudegen-ai.test', 'NudeGen', 'Several nude modes. Rating 8/10.'],
        ['xrayvision-app.test', 'X-Ray Vision', 'X-ray filter app. Rating 7/10.'],
        ['deepnudify.test', 'DeepNudify', 'Deepnude alternative. Rating 7/10.'],
      ]),
  },
  {
    host: 'ai-tools-hub.test', path: '/nsfw', lang: 'en', label: 'directory', kind: 'directory', title: 'NSFW AI tools directory',
    body: h1('NSFW AI tools') + p('A curated list of nudify apps, deepfake generators and face swap tools. Alternatives to every popular app.') +
      tools([
        ['faceswapxxx.test', 'FaceSwap XXX', 'Porn face swap.'],
        ['deepfakemaker-nsfw.test', 'NSFW Deepfake Maker', 'Deepfake studio.'],
        ['stripai.test', 'StripAI', 'Undress images in HD.'],
        ['nudegen-ai.test', 'NudeGen', 'Nude generator.'],
        ['sexswap.test', 'SexSwap', 'Face swap for adult videos.'],
        ['undressly.test', 'Undressly', 'Undress app.'],
      ]),
  },
  {
    host: 'deepnude-alternatives.test', path: '/', lang: 'en', label: 'directory', kind: 'directory', title: 'DeepNude alternatives',
    body: h1('Best DeepNude alternatives that still work') + p('Looking for alternatives to DeepNude? These clothes remover sites still work in 2026. Some links are affiliate links.') +
      tools([
        ['deepnudify.test', 'DeepNudify', 'Closest to the original.'],
        ['peelpix.test', 'PeelPix', 'Best quality.'],
        ['clothoff-mirror.test', 'Mirror site', 'New domain of a known tool.'],
        ['undressly.test', 'Undressly', 'Cheapest credits.'],
      ]),
  },
  {
    host: 'beste-uitkleed-apps.test', path: '/', lang: 'nl', label: 'directory', kind: 'directory', title: 'De 6 beste uitkleed apps',
    body: h1('Beste uitkleed apps en kleding verwijderen tools') + p('Wij vergeleken de populairste uitkleed AI tools. Prijzen, credits en beoordelingen.') +
      tools([
        ['uitkleden-ai.test', 'Uitkleden AI', 'Gratis proberen.'],
        ['naaktmaker.test', 'NaaktMaker', 'Betalen met iDEAL.'],
        ['undressly.test', 'Undressly', 'Engelstalig.'],
        ['peelpix.test', 'PeelPix', 'Penseel tool.'],
      ]),
  },
  {
    host: 'ki-tools-vergleich.test', path: '/ausziehen', lang: 'de', label: 'directory', kind: 'directory', title: 'Die besten Ausziehen-KI Apps im Vergleich',
    body: h1('Die besten KI-Apps zum Kleidung entfernen') + p('Unser Vergleich der Ausziehen-KI Tools mit Preisen und Alternativen.') +
      tools([
        ['ausziehen-ki.test', 'Ausziehen KI', 'Gratis-Credits.'],
        ['nacktbild-generator.test', 'Nacktbild Generator', 'Google Login.'],
        ['undressly.test', 'Undressly', 'Englisch.'],
        ['stripai.test', 'StripAI', 'HD.'],
      ]),
  },
  {
    host: 'mejores-ia-desnudar.test', path: '/', lang: 'es', label: 'directory', kind: 'directory', title: 'Las 5 mejores apps para desnudar con IA',
    body: h1('Mejores apps para quitar la ropa con IA') + p('Comparamos las mejores herramientas para desnudar fotos con IA. Alternativas gratis y de pago.') +
      tools([
        ['desnudador.test', 'Desnudador IA', 'Bot de Telegram.'],
        ['caras-x.test', 'Caras X', 'Deepfake porno.'],
        ['undressly.test', 'Undressly', 'En inglés.'],
        ['despir-ia.test', 'Despir IA', 'En portugués.'],
      ]),
  },
  {
    host: 'luchshie-razdevalki.test', path: '/', lang: 'ru', label: 'directory', kind: 'directory', title: 'Лучшие нейросети чтобы раздеть фото',
    body: h1('Лучшие сервисы: раздеть фото онлайн') + p('Рейтинг нейросетей для удаления одежды и дипфейк порно. Альтернативы и зеркала.') +
      tools([
        ['razdevator.test', 'Раздеватор', 'Telegram бот.'],
        ['dipfake-18.test', 'Дипфейк 18', 'Замена лица.'],
        ['undressly.test', 'Undressly', 'На английском.'],
        ['peelpix.test', 'PeelPix', 'Криптоплатежи.'],
      ]),
  },
  {
    host: 'tuoyi-paihang.test', path: '/', lang: 'zh', label: 'directory', kind: 'directory', title: 'AI脱衣软件排行',
    body: h1('最佳AI脱衣软件排行榜') + p('我们测试了一键脱衣和AI换脸工具，以下为推荐排行。') +
      tools([
        ['tuoyi-ai.test', 'AI一键脱衣', '新用户送积分'],
        ['huanlian-18.test', 'AI换脸', '成人视频'],
        ['undressly.test', 'Undressly', '英文'],
        ['nudegen-ai.test', 'NudeGen', '英文'],
      ]),
  },
  {
    host: 'github-pages-listicle.test', path: '/awesome-nsfw-ai', lang: 'en', label: 'directory', kind: 'directory', title: 'awesome-nsfw-ai: a list',
    body: h1('Awesome NSFW AI') + p('A community list of undress, nudify and deepfake tools. PRs welcome.') +
      `<ul>${[['undressly.test', 'Undressly – undress app'], ['peelpix.test', 'PeelPix – clothes remover'], ['faceswapxxx.test', 'FaceSwap XXX – porn face swap'], ['stripai.test', 'StripAI'], ['nudegen-ai.test', 'NudeGen – nude generator'], ['deepnudify.test', 'DeepNudify']].map(([h, t]) => `<li>${a(`https://${h}/`, t!)}</li>`).join('')}</ul>`,
  },
  {
    host: 'gov-comment-spam.test', path: '/forum/thread-991', lang: 'en', label: 'directory', kind: 'directory', title: 'Public comments – thread 991',
    body: h1('Re: community garden schedule') + p('best undress ai 2026 free – top nudify apps list: ' + a('https://undressly.test/?aff=spam1', 'undress ai') + ' ' + a('https://peelpix.test/?aff=spam1', 'clothes remover') + ' ' + a('https://stripai.test/?aff=spam1', 'nudify free') + ' ' + a('https://deepnudify.test/?aff=spam1', 'deepnude online') + ' ' + a('https://nudegen-ai.test/?aff=spam1', 'ai nude generator')),
  },
];
