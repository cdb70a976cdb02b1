import type { Page } from 'playwright';
import type { NetworkActivity } from './network-activity.js';

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

export interface ScrollLimits {
  /** At most this many viewport-high steps down. */
  maxSteps: number;
  /** How long the network must be quiet at the bottom before the page counts as grown or not. */
  quietMs: number;
  /** Ceiling for each wait for the network at the bottom (and for lazy loads after the way back up). */
  ceilingMs: number;
  /** Ceiling for the whole scroll: an endless page stops growing here, well inside the step's deadline. */
  budgetMs: number;
}

/**
 * Scrolls through the page so lazy-loaded images and endless lists load: a viewport at a time, each
 * step as soon as the page has had two animation frames; at the bottom, waits for the network to go
 * quiet and goes on only while the page grows. Then back to the top, and until the lazy loads it
 * started have ended (or the ceiling).
 */
export async function scrollThrough(page: Page, activity: NetworkActivity, limits: ScrollLimits): Promise<void> {
  // Each evaluation waits two animation frames (at most 100 ms), so scroll-triggered work (IntersectionObserver, lazy images) has started.
  const step = (): Promise<{ moved: boolean; height: number }> =>
    page.evaluate(async () => {
      const before = window.scrollY;
      window.scrollBy(0, window.innerHeight);
      await new Promise<void>((resolve) => {
        requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
        setTimeout(resolve, 100); // a page that holds back animation frames does not hold up the scroll
      });
      return { moved: window.scrollY !== before, height: document.documentElement.scrollHeight };
    });
  const end = performance.now() + limits.budgetMs;
  const ceiling = (): number => Math.max(0, Math.min(limits.ceilingMs, end - performance.now()));
  let height = -1;
  for (let i = 0; i < limits.maxSteps && performance.now() < end; i++) {
    const at = await step();
    if (at.moved) continue;
    // At the bottom: an endless page adds more once its requests are done.
    await activity.quiet(limits.quietMs, ceiling());
    const grown = await page.evaluate(() => document.documentElement.scrollHeight);
    if (grown <= Math.max(height, at.height)) break;
    height = grown;
  }
  await page.evaluate(async () => {
    window.scrollTo(0, 0);
    await new Promise<void>((resolve) => {
      requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
      setTimeout(resolve, 100);
    });
  });
  await activity.quiet(limits.quietMs, Math.max(ceiling(), limits.quietMs));
}
