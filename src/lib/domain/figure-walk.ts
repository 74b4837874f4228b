/**
 * Every figure in a page's frontmatter, found the same way for the change feed and
 * the Markdown export: an object with a numeric `value` under target, baseline,
 * realisation, facts or keyFigures. Works on raw YAML too, so an old version of a
 * page that no longer validates can still be compared.
 */

/** Dutch names of the frontmatter lists that hold figures. */
export const FIGURE_KINDS = {
  target: 'streefwaarde',
  baseline: 'startpunt',
  realisation: 'meting',
  facts: 'ander cijfer',
  keyFigures: 'kerncijfer',
} as const;
export type FigureKind = keyof typeof FIGURE_KINDS;

/** One figure found in frontmatter: where it stands and the object that holds it. */
export interface FoundFigure {
  kind: FigureKind;
  node: Readonly<Record<string, unknown>>;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isKind = (k: string): k is FigureKind => k in FIGURE_KINDS;

/** The figures of a page's frontmatter, in the order they stand. */
export function walkFigures(data: object): FoundFigure[] {
  const out: FoundFigure[] = [];
  const visit = (node: unknown, kind: FigureKind): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item, kind);
      return;
    }
    if (!isRecord(node)) return;
    if (typeof node['value'] === 'number') out.push({ kind, node });
    for (const [k, v] of Object.entries(node)) if (isKind(k)) visit(v, k);
  };
  for (const [k, v] of Object.entries(data)) if (isKind(k)) visit(v, k);
  return out;
}
