/**
 * Citations in the browser: a "Kopieer" button for every citation box, and the date
 * of consultation (today) added to the page citation. The built HTML holds the full
 * citation without that date, so a reader without JavaScript can still copy it.
 */
import { citation } from '../lib/views/cite.ts';

for (const box of document.querySelectorAll<HTMLElement>('details.cite')) {
  const text = box.querySelector<HTMLElement>('.cite-text');
  const button = box.querySelector<HTMLButtonElement>('.cite-copy');
  const status = box.querySelector<HTMLElement>('.cite-copied');
  if (!text || !button) continue;
  const parts = text.dataset['cite'];
  if (parts) {
    const p = JSON.parse(parts) as Parameters<typeof citation>[0] & { updated?: string };
    text.textContent = citation({ ...p, updated: p.updated ? new Date(p.updated) : undefined, consulted: new Date() });
  }
  if (!navigator.clipboard) continue;
  button.hidden = false;
  button.addEventListener('click', () => {
    void navigator.clipboard.writeText(text.textContent ?? '').then(() => {
      if (status) status.textContent = 'Gekopieerd.';
    });
  });
}
