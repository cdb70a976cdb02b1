import type { Page } from 'playwright';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
  kind: string;
}

export interface PageFacts {
  title: string;
  lang: string | null;
  meta: { name: string | null; property: string | null; httpEquiv: string | null; content: string | null }[];
  canonical: string | null;
  links: { href: string; text: string; rel: string | null }[];
  text: string;
  imagery: Box[];
  images: { src: string; alt: string | null; naturalWidth: number; naturalHeight: number }[];
  documentWidth: number;
  documentHeight: number;
}

/**
 * Runs in the page. Boxes are in document coordinates (as in a full-page screenshot taken at the top).
 * Imagery: img, picture, video, canvas, svg, embed/object, iframe, and any element with a CSS background image.
 */
function collectFacts(): PageFacts {
  const sx = window.scrollX;
  const sy = window.scrollY;
  const imagery: Box[] = [];
  const seen = new Set<Element>();
  const push = (el: Element, kind: string): void => {
    if (seen.has(el)) return;
    seen.add(el);
    for (const r of Array.from(el.getClientRects())) {
      if (r.width < 1 || r.height < 1) continue;
      imagery.push({ x: r.left + sx, y: r.top + sy, width: r.width, height: r.height, kind });
    }
  };
  document.querySelectorAll('img, picture, video, canvas, svg, embed, object, iframe, input[type=image]').forEach((el) => push(el, el.tagName.toLowerCase()));
  const all = document.querySelectorAll('*');
  for (const el of Array.from(all)) {
    const style = getComputedStyle(el);
    if (style.backgroundImage && style.backgroundImage !== 'none' && style.backgroundImage.includes('url(')) push(el, 'css-background');
    for (const pseudo of ['::before', '::after']) {
      const ps = getComputedStyle(el, pseudo);
      if (ps.backgroundImage && ps.backgroundImage.includes('url(')) push(el, `css-background${pseudo}`);
    }
  }
  const meta = Array.from(document.querySelectorAll('meta')).map((m) => ({
    name: m.getAttribute('name'),
    property: m.getAttribute('property'),
    httpEquiv: m.getAttribute('http-equiv'),
    content: m.getAttribute('content'),
  }));
  const links = Array.from(document.querySelectorAll('a[href], area[href]')).map((a) => ({
    href: (a as HTMLAnchorElement).href,
    text: ((a as HTMLElement).innerText || a.textContent || '').trim().slice(0, 300),
    rel: a.getAttribute('rel'),
  }));
  const images = Array.from(document.images).map((img) => ({
    src: img.currentSrc || img.src,
    alt: img.getAttribute('alt'),
    naturalWidth: img.naturalWidth,
    naturalHeight: img.naturalHeight,
  }));
  const de = document.documentElement;
  const body = document.body;
  return {
    title: document.title,
    lang: de.getAttribute('lang'),
    meta,
    canonical: document.querySelector('link[rel=canonical]')?.getAttribute('href') ?? null,
    links,
    text: body ? body.innerText : de.innerText,
    imagery,
    images,
    documentWidth: Math.max(de.scrollWidth, body ? body.scrollWidth : 0),
    documentHeight: Math.max(de.scrollHeight, body ? body.scrollHeight : 0),
  };
}

export function readPageFacts(page: Page): Promise<PageFacts> {
  return page.evaluate(collectFacts);
}

/** Scrolls through the page so lazy-loaded images load, then back to the top. */
export async function scrollThrough(page: Page, maxSteps = 25): Promise<void> {
  await page.evaluate(async (steps: number) => {
    const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
    for (let i = 0; i < steps; i++) {
      const before = window.scrollY;
      window.scrollBy(0, window.innerHeight);
      await pause(120);
      if (window.scrollY === before) break;
    }
    window.scrollTo(0, 0);
    await pause(150);
  }, maxSteps);
}
