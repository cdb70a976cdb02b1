import { a, h1, p, stripe, upload, type CorpusPage } from './types.js';

/**
 * Held-out pages, written after the lexicon was frozen, with phrasing chosen to differ from the
 * tuning pages. They measure generalisation; the classifier is not tuned on them page by page.
 */
export const holdout: CorpusPage[] = [
  // services phrased differently
  { host: 'barelens.test', path: '/', lang: 'en', label: 'nudify', kind: 'service', title: 'BareLens — AI photo studio',
    body: h1('See anyone without their outfit') + p('Our neural engine strips away clothing from a picture you provide. Results are ready in seconds and look real.', 'Pay per image with tokens: 15 tokens for $6.') + upload('Select image') + stripe('pk_live_51FixtureBare0005') },
  { host: 'fabricfree.test', path: '/', lang: 'en', label: 'nudify', kind: 'service', title: 'FabricFree AI',
    body: h1('Clothing removal in one tap') + p('Send us a selfie or any portrait and get a version with no clothes on. Subscribe for unlimited generations; first try is on us.') + upload() + a('https://t.me/fabricfree_bot', 'Bot') },
  { host: 'ontkleed.test', path: '/', lang: 'nl', label: 'nudify', kind: 'service', title: 'Ontkleed.ai',
    body: h1('Iedereen ontkleden op een foto') + p('Kies een afbeelding, onze AI haalt de kleding weg en je ziet het resultaat direct. Koop tegoed vanaf €5.') + upload('Kies afbeelding') },
  { host: 'entblosser.test', path: '/', lang: 'de', label: 'nudify', kind: 'service', title: 'Entblößer KI',
    body: h1('Foto hochladen – Kleider weg') + p('Unsere KI entfernt die Kleidung auf jedem Foto. Jetzt testen, danach Credits kaufen. Ab 18 Jahren.') + upload('Bild hochladen') },
  { host: 'sinropa.test', path: '/', lang: 'es', label: 'nudify', kind: 'service', title: 'SinRopa IA',
    body: h1('Ver a cualquiera sin ropa') + p('Sube una imagen y la IA elimina la ropa automáticamente. 5 créditos gratis al registrarte.') + upload('Sube una imagen') },
  { host: 'golaya-ii.test', path: '/', lang: 'ru', label: 'nudify', kind: 'service', title: 'Голая ИИ',
    body: h1('Снимем одежду с любого фото') + p('Загрузите снимок — нейросеть уберёт одежду. Первые 3 генерации бесплатно, дальше пакеты монет.') + upload('Загрузить снимок') },
  { host: 'swapstar-adult.test', path: '/', lang: 'en', label: 'deepfake', kind: 'service', title: 'SwapStar Adult',
    body: h1('Star in any adult film') + p('Upload one clear photo of a face and our deepfake engine puts it into the XXX scene you choose. Tokens from $9.') + upload() },
  { host: 'twarz-x.test', path: '/', lang: 'pl', label: 'deepfake', kind: 'service', title: 'Twarz X – deepfake',
    body: h1('Zamiana twarzy w filmach porno') + p('Prześlij zdjęcie twarzy, wybierz film i wygeneruj deepfake. Wypróbuj za darmo, potem kredyty.') + upload() },
  { host: 'scambio-x.test', path: '/', lang: 'it', label: 'deepfake', kind: 'service', title: 'Scambio X',
    body: h1('Scambio di volti nei video porno') + p('Carica una foto del volto e scegli un video porno: il nostro deepfake fa il resto. Crediti da 5 €.') + upload() },
  // directories phrased differently
  { host: 'ranking-ai-nsfw.test', path: '/', lang: 'en', label: 'directory', kind: 'directory', title: 'Which nudify tool is worth it? Our ranking',
    body: h1('We ranked 5 nudify tools') + p('Compared on price, speed and quality. Affiliate disclosure: we earn a commission.') +
      `<ol>${[['barelens.test', 'BareLens'], ['fabricfree.test', 'FabricFree'], ['undressly.test', 'Undressly'], ['peelpix.test', 'PeelPix'], ['stripai.test', 'StripAI']].map(([h, t]) => `<li>${a(`https://${h}/?via=rank`, t!)} — undress AI with credits</li>`).join('')}</ol>` },
  { host: 'melhores-ia-nua.test', path: '/', lang: 'pt', label: 'directory', kind: 'directory', title: 'Melhores sites para despir fotos',
    body: h1('Melhores ferramentas para tirar a roupa de fotos com IA') + p('Lista atualizada com alternativas grátis e pagas.') +
      `<ul>${[['despir-ia.test', 'Despir IA'], ['undressly.test', 'Undressly'], ['sinropa.test', 'SinRopa'], ['peelpix.test', 'PeelPix']].map(([h, t]) => `<li>${a(`https://${h}/?ref=mlh`, t!)}</li>`).join('')}</ul>` },
  // hard negatives phrased differently
  { host: 'courtwatch.test', path: '/case', lang: 'en', label: 'unrelated', kind: 'news', title: 'Judge orders nudify operator to pay damages',
    body: h1('Judge orders operator of "undress" site to pay damages') + p('A court ruled on Tuesday that the owner of a website that let users upload a photo and remove clothes must pay the women depicted. The victims\' lawyer called it a landmark for image-based abuse cases.') },
  { host: 'factcheck-desk.test', path: '/', lang: 'nl', label: 'unrelated', kind: 'news', title: 'Factcheck: werken uitkleed-apps echt?',
    body: h1('Factcheck: wat uitkleed-apps beloven') + p('Volgens deskundigen maken de apps die kleding verwijderen nepbeelden; het blijft misbruik als het zonder toestemming gebeurt. Onze journalisten testten niets zelf.') },
  { host: 'parent-guide.test', path: '/', lang: 'en', label: 'unrelated', kind: 'ngo', title: 'A parent\'s guide to nudify apps',
    body: h1('What parents should know about nudify apps') + p('These apps undress photos of children and teens without consent. Talk to your child, keep evidence, and report the images; our helpline can help remove them.') },
  { host: 'rechtspraak-voorbeeld.test', path: '/uitspraak', lang: 'nl', label: 'unrelated', kind: 'government', title: 'Uitspraak deepfake naaktbeelden',
    body: h1('Uitspraak: vervaardigen van deepfake naaktbeelden') + p('De rechtbank veroordeelt verdachte op grond van artikel 139h Sr voor het met een app uitkleden van foto\'s van klasgenoten zonder toestemming.') },
  { host: 'ml-survey.test', path: '/paper', lang: 'en', label: 'unrelated', kind: 'academic', title: 'Synthetic intimate imagery: a measurement study',
    body: h1('Synthetic intimate imagery: a measurement study') + p('Abstract. We crawled 300 sites offering AI undressing and face swap porn, and report on payment providers and hosting. Our methodology and dataset are released for researchers.') },
  { host: 'studio-retouch.test', path: '/', lang: 'en', label: 'unrelated', kind: 'photo-tool', title: 'Studio Retouch',
    body: h1('Professional retouching') + p('Remove blemishes, smooth skin, fix lighting and swap the background. Upload a photo, get it back retouched. Credits for HD exports.') + upload() },
  { host: 'outfit-ai.test', path: '/', lang: 'en', label: 'unrelated', kind: 'photo-tool', title: 'OutfitAI – see yourself in new clothes',
    body: h1('Dress yourself in any outfit') + p('Upload your photo and try on dresses, suits and jackets from partner stores. Change clothes with AI before you buy.') + upload() },
  { host: 'swapface-fun.test', path: '/', lang: 'de', label: 'unrelated', kind: 'sfw-faceswap', title: 'Gesichtstausch Spaß',
    body: h1('Gesichtstausch mit Freunden') + p('Foto hochladen und Gesichter in Filmszenen tauschen. Kostenlos, ohne Anmeldung.') + upload('Foto hochladen') },
  { host: 'boudoir-photo.test', path: '/', lang: 'en', label: 'unrelated', kind: 'other', title: 'Boudoir photography studio',
    body: h1('Boudoir photography') + p('Tasteful boudoir shoots in our studio with a professional photographer. Book a session; you approve every image. 18+.') },
  { host: 'nsfw-filter-api.test', path: '/', lang: 'en', label: 'unrelated', kind: 'other', title: 'NSFW detection API',
    body: h1('NSFW image detection API') + p('Upload an image and our classifier tells you whether it is explicit, so your platform can block nudity and deepfake porn. Free tier: 1,000 credits a month.') + upload() },
];
