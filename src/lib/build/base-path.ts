/**
 * For a site served from a subfolder (BASE_PATH, e.g. GitHub Pages at /repo/): puts
 * the base path before every root-relative link in a built page that does not have
 * it yet — links that editors write in page texts ("/sectorakkoord-vo/…") and links
 * that components render. Starlight's own links already carry the base.
 */
export function withBasePath(html: string, base: string): string {
  const prefix = base.replace(/\/$/, '');
  if (prefix === '') return html;
  return html.replace(/(\s(?:href|action)=")\/(?!\/)([^"]*)"/g, (whole, attr: string, rest: string) =>
    `/${rest}`.startsWith(`${prefix}/`) || `/${rest}` === prefix ? whole : `${attr}${prefix}/${rest}"`,
  );
}
