/**
 * Finds the charts on a page and draws each one when it comes near the viewport.
 * Chart.js itself is loaded only then (a separate chunk), so a page is readable
 * before it arrives and pages without a chart never load it.
 */
import type { ChartSpec } from '../lib/domain/series.ts';

type Draw = typeof import('./draw.ts');
let drawer: Promise<Draw> | undefined;
const load = () => (drawer ??= import('./draw.ts'));

/** Shows the chart's download menu once the chart is drawn; the export code loads only when a reader uses it. */
function offerDownloads(canvas: HTMLCanvasElement, spec: ChartSpec) {
  const menu = canvas.closest('figure')?.querySelector<HTMLDetailsElement>('details.chart-menu');
  if (!menu) return;
  menu.hidden = false;
  const status = menu.querySelector<HTMLElement>('.chart-menu-status');
  const copy = menu.querySelector<HTMLButtonElement>('[data-format="copy"]');
  if (copy && 'ClipboardItem' in window && navigator.clipboard) copy.hidden = false;
  menu.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-format]');
    const format = button?.dataset['format'];
    if (format !== 'png' && format !== 'svg' && format !== 'copy') return;
    if (status) status.textContent = 'Bezig…';
    void import('./chart-export.ts')
      .then((m) => m.exportChart(format, spec, JSON.parse(menu.dataset['export'] ?? '{}') as import('./chart-export.ts').ExportMeta))
      .then(
        (text) => {
          if (status) status.textContent = text;
        },
        () => {
          if (status) status.textContent = 'Dat lukte niet in deze browser. De cijfers staan in de tabel.';
        },
      );
  });
}

function init() {
  const canvases = [...document.querySelectorAll<HTMLCanvasElement>('canvas.om-chart[data-chart]')];
  if (!canvases.length) return;
  const requested = new Set<HTMLCanvasElement>();
  const draw = (canvas: HTMLCanvasElement) => {
    if (requested.has(canvas)) return;
    requested.add(canvas);
    const spec = JSON.parse(canvas.dataset['chart'] ?? '{}') as ChartSpec;
    void load().then((m) => {
      m.drawChart(canvas, spec);
      offerDownloads(canvas, spec);
    });
  };
  if (!('IntersectionObserver' in window)) {
    canvases.forEach(draw);
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        draw(entry.target as HTMLCanvasElement);
      }
    },
    { rootMargin: '300px 0px' },
  );
  canvases.forEach((c) => observer.observe(c));
  // A printed page shows its charts: draw those not yet drawn (the print stylesheet shows drawn ones).
  window.addEventListener('beforeprint', () => {
    for (const c of canvases) {
      observer.unobserve(c);
      draw(c);
    }
  });
}

init();
