/**
 * Draws one chart with Chart.js. Only the parts used are registered (tree-shaking).
 * Colours come from the theme's CSS variables and follow a theme switch; numbers
 * are written the Dutch way.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
  type Plugin,
  type TooltipItem,
} from 'chart.js';
import { formatValue } from '../lib/domain/format.ts';
import type { ChartSpec } from '../lib/domain/series.ts';

Chart.register(LineController, LineElement, PointElement, BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

const PALETTE = ['--om-series-1', '--om-series-2', '--om-series-3', '--om-series-4', '--om-series-5', '--om-series-6'];
const DASHES = [[], [6, 3], [2, 3], [10, 4, 2, 4], [4, 4], [1, 2]];
const POINTS = ['circle', 'rect', 'triangle', 'rectRot', 'crossRot', 'star'] as const;

function cssVar(name: string, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

/** Draws a dashed vertical line where the way of measuring changed. */
const breakLines: Plugin<'line' | 'bar'> = {
  id: 'omBreaks',
  afterDatasetsDraw(chart) {
    const spec = (chart.options.plugins as { omBreaks?: ChartSpec & { color: string } }).omBreaks;
    if (!spec?.breaks.length) return;
    const { ctx, chartArea, scales } = chart;
    const x = scales['x'];
    if (!x) return;
    for (const b of spec.breaks) {
      const index = spec.labels.indexOf(b.at);
      if (index < 0) continue;
      const at = spec.positions?.[index];
      const previous = spec.positions?.[index - 1];
      // On a time axis: just before the period that was measured differently; on categories: between two bars.
      const px =
        at !== undefined
          ? x.getPixelForValue(previous !== undefined ? Math.max(previous, at - 0.5) : at - 0.5)
          : index === 0
            ? x.getPixelForValue(0)
            : (x.getPixelForValue(index - 1) + x.getPixelForValue(index)) / 2;
      ctx.save();
      ctx.strokeStyle = spec.color;
      ctx.setLineDash([4, 4]);
      ctx.beginPath();
      ctx.moveTo(px, chartArea.top);
      ctx.lineTo(px, chartArea.bottom);
      ctx.stroke();
      ctx.fillStyle = spec.color;
      ctx.font = '12px system-ui, sans-serif';
      ctx.fillText('meetwijziging', px + 4, chartArea.top + 12);
      ctx.restore();
    }
  },
};

/** The Chart.js configuration of a chart: the page's chart and the downloaded images use the same one. */
export function chartConfig(spec: ChartSpec): ChartConfiguration<'line' | 'bar'> {
  const text = cssVar('--sl-color-gray-2', '#444');
  const grid = cssVar('--sl-color-hairline', '#ddd');
  let colourIndex = 0;
  const time = spec.positions;
  const datasets = spec.series.map((s) => {
    const isTarget = s.kind === 'target';
    const i = isTarget ? 0 : colourIndex++;
    const colour = isTarget ? cssVar('--om-target', '#b00') : cssVar(PALETTE[i % PALETTE.length] ?? '--om-series-1', '#06c');
    return {
      label: s.name,
      // On a time axis each value is a point at its period's position; gaps are left out.
      data: time ? s.values.flatMap((y, i) => (y === null ? [] : [{ x: time[i] ?? 0, y }])) : s.values,
      borderColor: colour,
      backgroundColor: colour,
      borderDash: isTarget ? [8, 5] : (DASHES[i % DASHES.length] ?? []),
      // Bars are drawn as rectangles: their legend marker is one too, so legend and chart match.
      pointStyle: isTarget ? ('star' as const) : spec.type === 'bar' ? ('rect' as const) : (POINTS[i % POINTS.length] ?? 'circle'),
      pointRadius: isTarget ? 7 : 4,
      spanGaps: true,
      borderWidth: 2,
      type: spec.type === 'bar' && !isTarget ? ('bar' as const) : ('line' as const),
    };
  });
  return {
    type: spec.type,
    data: time ? { datasets } : { labels: spec.labels, datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      locale: 'nl-NL',
      scales: {
        x: time
          ? {
              type: 'linear',
              offset: true, // room around the first and last year, so their points are not cut off
              min: Math.floor(Math.min(...time)),
              max: Math.ceil(Math.max(...time)),
              ticks: { color: text, stepSize: 1, precision: 0, callback: (v) => String(v) },
              grid: { color: grid },
            }
          : { ticks: { color: text }, grid: { color: grid } },
        y: {
          // Amounts start at zero, so bars and lines do not exaggerate a difference; marks and ranks do not.
          beginAtZero: spec.unit !== 'grade' && spec.unit !== 'rank',
          ticks: { color: text, callback: (v) => formatValue(Number(v), spec.unit) },
          grid: { color: grid },
          title: { display: true, text: spec.unitLabel, color: text },
        },
      },
      plugins: {
        legend: { display: spec.series.length > 1, labels: { color: text, usePointStyle: true } },
        tooltip: {
          callbacks: {
            // The period as the source writes it ("2018/2019"), not its position on the axis.
            title: (items: TooltipItem<'line' | 'bar'>[]) => {
              const item = items[0];
              if (!item) return '';
              if (!time) return String(item.label);
              const x = (item.raw as { x: number }).x;
              return spec.labels[time.indexOf(x)] ?? String(x);
            },
            label: (item: TooltipItem<'line' | 'bar'>) =>
              `${item.dataset.label ?? ''}: ${formatValue(time ? (item.raw as { y: number }).y : Number(item.raw), spec.unit)}`,
          },
        },
        omBreaks: { ...spec, color: text },
      } as Record<string, unknown>,
    },
    plugins: [breakLines],
  } as ChartConfiguration<'line' | 'bar'>;
}

/** Draws `spec` on `canvas`, and redraws it in the new colours when the theme changes. */
export function drawChart(canvas: HTMLCanvasElement, spec: ChartSpec): Chart {
  let chart = new Chart(canvas, chartConfig(spec));
  canvas.closest('.chart-box')?.classList.add('drawn');
  canvas.dataset['drawn'] = 'true';
  new MutationObserver(() => {
    chart.destroy();
    chart = new Chart(canvas, chartConfig(spec));
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return chart;
}
