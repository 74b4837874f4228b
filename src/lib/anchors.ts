/** Stable anchors for numbered sections: § 6.2.1 → "par-6-2-1". */
export function sectionAnchor(section: string): string {
  return `par-${section.replace(/\./g, '-')}`;
}

/** The heading level of a section: "6.2" → 2, "6.2.1" → 3. */
export function sectionLevel(section: string): 2 | 3 | 4 {
  const depth = section.split('.').length;
  return depth <= 2 ? 2 : depth === 3 ? 3 : 4;
}

/** The URL of a page id ("sectorakkoord-vo/indicatoren/4-zittenblijven" → "/sectorakkoord-vo/indicatoren/4-zittenblijven/"). */
export function pageUrl(id: string, anchor?: string): string {
  const path = id === 'index' || id === '' ? '/' : `/${id.replace(/\/index$/, '')}/`;
  return anchor ? `${path}#${anchor}` : path;
}
