/**
 * Takes a chart with you: PNG and SVG downloads and a copy to the clipboard, each with
 * the title, unit, period, source and the page's address in the image, so a pasted
 * figure still says where it comes from. Loaded only when a reader asks for an image.
 * The SVG is drawn by Chart.js itself into svgcanvas (a Canvas 2D context that writes
 * SVG), so lines, bars and text stay vectors.
 */
import { BasicPlatform, Chart } from 'chart.js';
import { chartConfig } from './draw.ts';
import type { ChartSpec } from '../lib/domain/series.ts';

/** What the image says besides the chart itself (from the figure's data-export attribute). */
export interface ExportMeta {
  title: string;
  subtitle: string;
  source: string;
  url: string;
  /** File name without extension. */
  file: string;
}

const WIDTH = 800;
const CHART_HEIGHT = 360;
const PAD = 24;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

interface Line {
  text: string;
  font: string;
  size: number;
  y: number;
}

function cssVar(name: string, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

/** Breaks text into lines that fit `width` when drawn in `font`. */
function wrap(measure: CanvasRenderingContext2D, text: string, font: string, width: number): string[] {
  measure.font = font;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** The text lines above and below the chart, with their positions. */
function layout(meta: ExportMeta): { header: Line[]; footer: Line[]; height: number; chartTop: number } {
  const measure = document.createElement('canvas').getContext('2d');
  if (!measure) throw new Error('canvas');
  const width = WIDTH - 2 * PAD;
  const block = (parts: { text: string; weight: string; size: number }[], top: number) => {
    const out: Line[] = [];
    let y = top;
    for (const p of parts) {
      const font = `${p.weight} ${String(p.size)}px ${FONT}`;
      for (const text of wrap(measure, p.text, font, width)) {
        y += p.size * 1.35;
        out.push({ text, font, size: p.size, y });
      }
    }
    return { lines: out, bottom: y };
  };
  const head = block(
    [
      { text: meta.title, weight: '700', size: 20 },
      { text: meta.subtitle, weight: '400', size: 14 },
    ],
    PAD - 6,
  );
  const chartTop = head.bottom + 12;
  const foot = block(
    [
      { text: `Bron: ${meta.source}`, weight: '400', size: 12 },
      { text: meta.url, weight: '400', size: 12 },
    ],
    chartTop + CHART_HEIGHT + 4,
  );
  return { header: head.lines, footer: foot.lines, chartTop, height: foot.bottom + PAD };
}

/** Draws the chart of `spec` on a 2D context (a canvas or svgcanvas) inside a fake canvas of the given size. */
function drawInto(ctx: CanvasRenderingContext2D, spec: ChartSpec): Chart {
  const element = { width: WIDTH, height: CHART_HEIGHT, style: {}, getContext: () => ctx } as unknown as HTMLCanvasElement;
  const config = chartConfig(spec);
  // Chart.js strokes lines through a cached Path2D, which a drawing context that writes SVG cannot
  // take; a `segment` option makes it stroke them segment by segment with plain path commands.
  const datasets = config.data.datasets.map((d) => ({ ...d, segment: {} }));
  return new Chart(element, {
    ...config,
    data: { ...config.data, datasets },
    platform: BasicPlatform,
    options: { ...config.options, responsive: false, animation: false, devicePixelRatio: 1 },
  } as typeof config);
}

/** A canvas of `width` × `height` CSS pixels drawn at `scale` times the resolution. */
function scaledCanvas(width: number, height: number, scale: number): { canvas: HTMLCanvasElement; ctx: CanvasRenderingContext2D } {
  const canvas = document.createElement('canvas');
  canvas.width = width * scale;
  canvas.height = height * scale;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('canvas');
  ctx.scale(scale, scale);
  return { canvas, ctx };
}

/** The image as PNG: text and chart drawn on one canvas, with the title, source and address also as PNG text fields. */
export async function chartPng(spec: ChartSpec, meta: ExportMeta): Promise<Blob> {
  const { header, footer, chartTop, height } = layout(meta);
  const scale = 2;
  const { canvas, ctx } = scaledCanvas(WIDTH, height, scale);
  ctx.fillStyle = cssVar('--sl-color-bg', '#fff');
  ctx.fillRect(0, 0, WIDTH, height);
  ctx.fillStyle = cssVar('--sl-color-white', '#000');
  for (const line of [...header, ...footer]) {
    ctx.font = line.font;
    ctx.fillText(line.text, PAD, line.y);
  }
  const { canvas: chartCanvas, ctx: chartCtx } = scaledCanvas(WIDTH, CHART_HEIGHT, scale);
  const chart = drawInto(chartCtx, spec);
  ctx.drawImage(chartCanvas, 0, 0, chartCanvas.width, chartCanvas.height, 0, chartTop, WIDTH, CHART_HEIGHT);
  chart.destroy();
  const blob = await new Promise<Blob | null>((resolve) => {
    canvas.toBlob(resolve, 'image/png');
  });
  if (!blob) throw new Error('png');
  const bytes = withPngText(new Uint8Array(await blob.arrayBuffer()), {
    Title: meta.title,
    Description: meta.subtitle,
    Source: meta.source,
    Copyright: `Onderwijsmonitor, ${meta.url}`,
  });
  return new Blob([bytes], { type: 'image/png' });
}

/**
 * svgcanvas reads a font by writing it into a span's style attribute, which the site's
 * Content-Security-Policy refuses (no inline style attributes). The same through the
 * CSSOM (style.cssText) is allowed, so while `run` draws, a span's style attribute is
 * set that way.
 */
function withCssomFontParsing<T>(run: () => T): T {
  const original = document.createElement;
  document.createElement = function (this: Document, tag: string, options?: ElementCreationOptions) {
    const element = original.call(this, tag, options);
    if (tag === 'span') {
      element.setAttribute = (name: string, value: string) => {
        if (name === 'style') element.style.cssText = value;
        else Element.prototype.setAttribute.call(element, name, value);
      };
    }
    return element;
  } as typeof document.createElement;
  try {
    return run();
  } finally {
    document.createElement = original;
  }
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The image as SVG text: the chart drawn as vectors by svgcanvas, with the text lines as SVG text. */
export async function chartSvg(spec: ChartSpec, meta: ExportMeta): Promise<string> {
  const { Context } = await import('svgcanvas');
  const { header, footer, chartTop, height } = layout(meta);
  // A separate document: svgcanvas sets style attributes, which the page's Content-Security-Policy would refuse.
  const svgCtx = new Context({ width: WIDTH, height: CHART_HEIGHT });
  const inner = withCssomFontParsing(() => {
    const chart = drawInto(svgCtx as unknown as CanvasRenderingContext2D, spec);
    const svg = svgCtx.getSerializedSvg(true);
    chart.destroy();
    return svg;
  });
  const text = (l: Line) =>
    `<text x="${String(PAD)}" y="${String(l.y)}" font-family="${escapeXml(FONT)}" font-size="${String(l.size)}" font-weight="${l.font.split(' ')[0] ?? '400'}" fill="${escapeXml(cssVar('--sl-color-white', '#000'))}">${escapeXml(l.text)}</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${String(WIDTH)}" height="${String(height)}" viewBox="0 0 ${String(WIDTH)} ${String(height)}">`,
    `<title>${escapeXml(meta.title)}</title>`,
    `<desc>${escapeXml(`${meta.subtitle}. Bron: ${meta.source}. ${meta.url}`)}</desc>`,
    `<rect width="100%" height="100%" fill="${escapeXml(cssVar('--sl-color-bg', '#fff'))}"/>`,
    ...header.map(text),
    `<g transform="translate(0 ${String(chartTop)})">${inner}</g>`,
    ...footer.map(text),
    '</svg>',
  ].join('\n');
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Adds iTXt chunks (UTF-8 text fields) after the PNG header chunk. */
export function withPngText(png: Uint8Array, fields: Record<string, string>): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder();
  const chunks = Object.entries(fields).map(([keyword, value]) => {
    // keyword, NUL, compression flag 0, method 0, empty language tag NUL, empty translated keyword NUL, text
    const data = new Uint8Array([...encoder.encode(keyword), 0, 0, 0, 0, 0, ...encoder.encode(value)]);
    const type = encoder.encode('iTXt');
    const chunk = new Uint8Array(12 + data.length);
    const view = new DataView(chunk.buffer);
    view.setUint32(0, data.length);
    chunk.set(type, 4);
    chunk.set(data, 8);
    view.setUint32(8 + data.length, crc32(chunk.subarray(4, 8 + data.length)));
    return chunk;
  });
  const afterHeader = 8 + 25; // signature, then the IHDR chunk (13 bytes of data + 12)
  const total = png.length + chunks.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(total);
  out.set(png.subarray(0, afterHeader), 0);
  let at = afterHeader;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  out.set(png.subarray(afterHeader), at);
  return out;
}

/** Offers a file for download. */
function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
}

/** Runs one of the menu's actions for a chart; returns the status text to announce. */
export async function exportChart(format: 'png' | 'svg' | 'copy', spec: ChartSpec, meta: ExportMeta): Promise<string> {
  if (format === 'svg') {
    save(new Blob([await chartSvg(spec, meta)], { type: 'image/svg+xml;charset=utf-8' }), `${meta.file}.svg`);
    return 'SVG-bestand gemaakt.';
  }
  const png = await chartPng(spec, meta);
  if (format === 'png') {
    save(png, `${meta.file}.png`);
    return 'PNG-bestand gemaakt.';
  }
  await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
  return 'Afbeelding gekopieerd. U kunt hem nu plakken.';
}
