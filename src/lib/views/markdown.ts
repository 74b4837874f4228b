/**
 * A Markdown version of each page, for readers and programs that want plain text
 * (llms.txt points to them): title, description, address, every figure of the
 * frontmatter with its source and place, and the page's own text with its numbered
 * section headings written out.
 */
import { UNITS, QUALIFIERS, type Qualifier, type Unit } from '../../schemas/vocabulary.ts';
import { sectionLevel } from '../domain/anchors.ts';
import { FIGURE_KINDS, walkFigures, type FoundFigure } from '../domain/figure-walk.ts';
import { formatFigure, formatPeriod } from '../domain/format.ts';

export interface MarkdownPage {
  title: string;
  description?: string | undefined;
  url: string;
  /** The site's base path ("/", "/onderwijsmonitor/"), for the links in the body. */
  base: string;
  data: Readonly<Record<string, unknown>>;
  /** The MDX body as the editor wrote it. */
  body: string;
  /** The status line of an indicator ("niet gehaald: …"), if any. */
  status?: string | undefined;
  sourceTitle: (id: string) => string;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);
const isUnit = (v: unknown): v is Unit => typeof v === 'string' && v in UNITS;
const isQualifier = (v: unknown): v is Qualifier => typeof v === 'string' && v in QUALIFIERS;

/** One figure as a Markdown list line: what, figure, when and for whom, and where it comes from. */
export function figureLine(found: FoundFigure, page: MarkdownPage): string {
  const { node, kind } = found;
  const target = page.data['target'] as Record<string, unknown> | undefined;
  const unit = isUnit(node['unit']) ? node['unit'] : isUnit(target?.['unit']) ? target['unit'] : 'count';
  const upTo = node['upTo'] as { value?: unknown } | undefined;
  const figure = formatFigure({
    value: Number(node['value']),
    unit,
    qualifier: isQualifier(node['qualifier']) ? node['qualifier'] : undefined,
    upTo: typeof upTo?.value === 'number' ? { value: upTo.value } : undefined,
    asWritten: str(node['asWritten']),
    decimals: typeof node['decimals'] === 'number' ? node['decimals'] : undefined,
  });
  const what = str(node['label']) ?? str(node['measure']) ?? str(page.data['measure']) ?? page.title;
  const when = formatPeriod(str(node['period']) ?? str(node['year']), str(node['periodLabel']));
  const group = [str(node['group'])].filter(Boolean).join(', ');
  const source = str(node['source']) ?? str(target?.['source']) ?? str(page.data['report']);
  const section = str(node['section']);
  const locator = str(node['locator']) ?? str(target?.['locator']) ?? (section ? `§ ${section}` : undefined);
  const where = [source ? page.sourceTitle(source) : undefined, locator].filter(Boolean).join(', ');
  const note = str(node['note']);
  const sentence = (text: string) => (/[.?!]$/.test(text) ? text : `${text}.`);
  const head = `- ${FIGURE_KINDS[kind]}: ${what}: **${figure}** (${[when, group].filter(Boolean).join(', ')}).`;
  return [head, where ? sentence(`Bron: ${where}`) : '', note ? sentence(note) : ''].filter(Boolean).join(' ');
}

/**
 * The body with `<Section n="…" />` written as a numbered heading and its key figures under it; imports dropped.
 * Links editors write from the site's root ("](/themas/)", "[1]: /themas/") get the base path, as in the HTML page.
 */
function bodyMarkdown(page: MarkdownPage, sectionFigures: Map<string, string[]>): string {
  const sections = (page.data['sections'] as { number: string; title: string }[] | undefined) ?? [];
  const base = page.base.replace(/\/?$/, '/');
  return page.body
    .replace(/^import\s[^\n]*\n/gm, '')
    .replace(/\]\(\/(?!\/)/g, `](${base}`)
    .replace(/^(\s{0,3}\[[^\]\n]+\]:\s*)\/(?!\/)/gm, `$1${base}`)
    .replace(/<Section\s+n="([^"]+)"\s*\/>/g, (_, n: string) => {
      const title = sections.find((s) => s.number === n)?.title ?? '';
      const lines = sectionFigures.get(n) ?? [];
      return [`${'#'.repeat(sectionLevel(n))} ${n} ${title}`, ...(lines.length ? ['', ...lines] : [])].join('\n');
    })
    .trim();
}

/** The page as Markdown text. */
export function pageMarkdown(page: MarkdownPage): string {
  const figures = walkFigures(page.data);
  const bySection = new Map<string, string[]>();
  const loose: string[] = [];
  for (const f of figures) {
    const section = str(f.node['section']);
    const line = figureLine(f, page);
    if (section && page.body.includes(`<Section n="${section}"`)) bySection.set(section, [...(bySection.get(section) ?? []), line]);
    else loose.push(line);
  }
  const parts = [`# ${page.title}`, ''];
  if (page.description) parts.push(`> ${page.description}`, '');
  parts.push(`Adres: ${page.url}`, '');
  if (page.status) parts.push(`Status: ${page.status}`, '');
  if (loose.length) parts.push('## Cijfers', '', ...loose, '');
  const body = bodyMarkdown(page, bySection);
  if (body) parts.push(body, '');
  return `${parts.join('\n').trim()}\n`;
}
