/**
 * Finds the charts on a page and draws each one when it comes near the viewport.
 * Chart.js itself is loaded only then (a separate chunk), so a page is readable
 * before it arrives and pages without a chart never load it.
 */
import type { ChartSpec } from '../lib/series.ts';

type Draw = typeof import('./draw.ts');
let drawer: Promise<Draw> | undefined;
const load = () => (drawer ??= import('./draw.ts'));

function init() {
  const canvases = [...document.querySelectorAll<HTMLCanvasElement>('canvas.om-chart[data-chart]')];
  if (!canvases.length) return;
  const draw = (canvas: HTMLCanvasElement) => {
    const spec = JSON.parse(canvas.dataset['chart'] ?? '{}') as ChartSpec;
    void load().then((m) => m.drawChart(canvas, spec));
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
}

init();
