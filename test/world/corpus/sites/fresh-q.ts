import {
  p, h1, h2, h3, ul, ol, a, section, article, blockquote, button, nav, footer, cookieBanner, faq, priceTable, mediaGrid,
  jsonLd, metaDescription, upload, orderForm, textForm, img, ageGate, storeBadges, stripe, oneTap, gtag, cryptoCheckout,
  type CorpusSite,
} from '../site-kit.js';

// Written by fresh-q (round 6).
export const sites: CorpusSite[] = [];
