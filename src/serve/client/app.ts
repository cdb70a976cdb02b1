// The workspace's progressive enhancement (served as /assets/app.js; every page works without it).
// Review queue: j / k (or ↓ / ↑) move between sites, c confirms, o goes to the override label,
// s skips, x marks the site for bulk confirm.

const items = (): HTMLElement[] => [...document.querySelectorAll<HTMLElement>('[data-queue-item]')];
let current = 0;

function select(index: number): void {
  const list = items();
  if (list.length === 0) return;
  current = Math.max(0, Math.min(index, list.length - 1));
  list.forEach((el, i) => el.classList.toggle('current', i === current));
  const el = list[current]!;
  el.focus({ preventScroll: false });
  el.scrollIntoView({ block: 'nearest' });
}

function submit(action: string): void {
  const form = items()[current]?.querySelector<HTMLFormElement>(`form[data-action="${action}"]`);
  form?.requestSubmit();
}

function typing(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName));
}

if (items().length > 0) {
  select(0);
  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
    const key = event.key;
    if (key === 'j' || key === 'ArrowDown') select(current + 1);
    else if (key === 'k' || key === 'ArrowUp') select(current - 1);
    else if (key === 'c') submit('confirm');
    else if (key === 's') submit('skip');
    else if (key === 'o') items()[current]?.querySelector<HTMLSelectElement>('select[name="label"]')?.focus();
    else if (key === 'x') {
      const box = items()[current]?.querySelector<HTMLInputElement>('input[data-bulk]');
      if (box) box.checked = !box.checked;
    } else return;
    event.preventDefault();
  });
  // A click or Tab into a site makes it the current one.
  for (const [i, el] of items().entries()) {
    el.addEventListener('focusin', () => {
      current = i;
      items().forEach((other, j) => other.classList.toggle('current', j === i));
    });
  }
}

// Bulk confirm: "mark all shown" toggles every checkbox of the listed sites.
document.querySelector<HTMLButtonElement>('[data-mark-all]')?.addEventListener('click', () => {
  const boxes = [...document.querySelectorAll<HTMLInputElement>('input[data-bulk]')];
  const on = boxes.some((b) => !b.checked);
  for (const b of boxes) b.checked = on;
});
