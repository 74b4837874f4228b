/**
 * The routes the site generates besides the content pages (src/pages/), so the
 * content check can tell a link to them from a broken link.
 */
import { sectionAnchor } from './anchors.ts';
import { PATHS } from './urls.ts';
import { editDistance } from '../../schemas/errors.ts';

/** Exact paths of generated pages and files. */
export const GENERATED_PATHS: readonly string[] = Object.values(PATHS);

/** Paths generated per item. */
export const GENERATED_PATTERNS = [/^\/themas\/[a-z0-9-]+\/$/, /^\/data\/indicatoren\/[a-z0-9-]+\.csv$/];

export interface LinkTarget {
  url: string;
  sections: readonly string[];
}

/** Why an internal link does not resolve, or undefined if it does. */
export function brokenLink(href: string, pages: ReadonlyMap<string, LinkTarget>, topics: readonly string[]): string | undefined {
  const [rawPath = '', anchor] = href.split('#');
  if (rawPath === '') return undefined; // same-page anchor: checked in every built page by tests/site/html.test.ts
  const path = rawPath.endsWith('/') || /\.[a-z]+$/.test(rawPath) ? rawPath : `${rawPath}/`;
  const themed = /^\/themas\/([a-z0-9-]+)\/$/.exec(path);
  if (themed)
    return topics.includes(themed[1] ?? '') ? undefined : `het thema "${themed[1] ?? ''}" bestaat niet; zie content/data/topics.yaml`;
  if (GENERATED_PATHS.includes(path) || GENERATED_PATTERNS.some((re) => re.test(path))) return undefined;
  const target = pages.get(path);
  if (!target) {
    const parent = path.split('/').slice(0, -2).join('/') + '/';
    const near = [...pages.keys()]
      .filter((p) => p.startsWith(parent) && p !== parent)
      .sort((a, b) => editDistance(a, path) - editDistance(b, path))
      .slice(0, 3);
    return `de link ${href} wijst naar een pagina die niet bestaat (verhuisd of verkeerd getypt)${near.length ? `; bedoelt u een van: ${near.join(', ')}` : ''}`;
  }
  if (anchor?.startsWith('par-') && !target.sections.some((s) => sectionAnchor(s) === anchor)) {
    return `de pagina ${path} heeft geen paragraaf #${anchor}; paragrafen: ${target.sections.map((s) => `#${sectionAnchor(s)}`).join(', ')}`;
  }
  return undefined;
}

/** Internal links in an MDX body (Markdown links and href attributes), with their line. */
export function internalLinks(body: string, firstLine: number): { href: string; line: number }[] {
  const out: { href: string; line: number }[] = [];
  body.split('\n').forEach((text, i) => {
    for (const m of text.matchAll(/\]\((\/[^)\s]*)\)|href=["'](\/[^"']*)["']/g)) {
      const href = m[1] ?? m[2];
      if (href && !href.startsWith('//')) out.push({ href, line: firstLine + i });
    }
  });
  return out;
}
