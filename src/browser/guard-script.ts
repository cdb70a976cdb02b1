/** Prefix of the console messages the in-page part of the guard reports through. */
export const GUARD_MARK = 'dijkwacht:guard ';

/**
 * Runs in every frame before the page's own scripts. It makes the page unable to act through the
 * DOM: window.open returns null, alert/confirm/prompt/print return at once (a dialog loop becomes a
 * plain busy loop, which the capture deadline ends), forms cannot be submitted by submit(),
 * requestSubmit(), a button or a synthetic event, navigator.sendBeacon sends nothing, and HTML or
 * SVG blobs get no URL (a page cannot swap itself for a document it wrote), and shared workers
 * (whose requests escape request routing) cannot be started. The
 * network layer of the guard refuses the same actions again, whatever the page manages to call.
 * Each kind is reported a bounded number of times.
 */
export function guardScript(): string {
  return `(() => {
  const MARK = ${JSON.stringify(GUARD_MARK)};
  const counts = Object.create(null);
  const debug = console.debug.bind(console);
  const report = (kind, detail) => {
    counts[kind] = (counts[kind] || 0) + 1;
    if (counts[kind] <= 20) { try { debug(MARK + kind + ' ' + String(detail === undefined || detail === null ? '' : detail)); } catch (e) {} }
  };
  const lock = (target, name, value) => {
    try { Object.defineProperty(target, name, { value, writable: false, configurable: false }); } catch (e) {}
  };
  const urlOf = (form) => { try { return form.action || location.href; } catch (e) { return ''; } };
  lock(window, 'open', function open(url) { report('popup', url); return null; });
  lock(window, 'alert', function alert() { report('dialog', 'alert'); });
  lock(window, 'confirm', function confirm() { report('dialog', 'confirm'); return false; });
  lock(window, 'prompt', function prompt() { report('dialog', 'prompt'); return null; });
  lock(window, 'print', function print() { report('dialog', 'print'); });
  if (typeof HTMLFormElement !== 'undefined') {
    lock(HTMLFormElement.prototype, 'submit', function submit() { report('form-submission', urlOf(this)); });
    lock(HTMLFormElement.prototype, 'requestSubmit', function requestSubmit() { report('form-submission', urlOf(this)); });
  }
  window.addEventListener('submit', (event) => {
    event.preventDefault();
    event.stopImmediatePropagation();
    report('form-submission', urlOf(event.target));
  }, true);
  // A document the page writes itself (an HTML or SVG blob) can only be shown by navigating to it.
  if (typeof URL !== 'undefined' && URL.createObjectURL) {
    const create = URL.createObjectURL.bind(URL);
    lock(URL, 'createObjectURL', function createObjectURL(obj) {
      if (obj && typeof obj.type === 'string' && ['text/html', 'application/xhtml+xml', 'image/svg+xml'].includes(obj.type.split(';')[0].trim().toLowerCase())) {
        report('blob-document', obj.type);
        return 'about:blank#blocked-by-observer';
      }
      return create(obj);
    });
  }
  // Shared workers outlive the page and their requests escape the browser's request routing.
  if (typeof SharedWorker !== 'undefined') {
    lock(window, 'SharedWorker', function SharedWorker(url) { report('shared-worker', url); throw new DOMException('Shared workers are refused by the observer', 'SecurityError'); });
  }
  if (typeof Navigator !== 'undefined' && Navigator.prototype.sendBeacon) {
    lock(Navigator.prototype, 'sendBeacon', function sendBeacon(url) { report('beacon', url); return false; });
  }
})();`;
}
