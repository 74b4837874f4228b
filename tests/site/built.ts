/** Helpers for tests that read the built site in dist/. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const DIST = join(import.meta.dirname, '..', '..', 'dist');

/** Whether there is a build to test (npm test builds first). */
export const hasBuild = existsSync(join(DIST, 'index.html'));

/** Every HTML page of the build as its URL path ("/", "/themas/"). */
export function builtPages(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(full);
      } else if (name === 'index.html') {
        out.push(`/${relative(DIST, dir).replace(/\\/g, '/')}${relative(DIST, dir) ? '/' : ''}`);
      }
    }
  };
  walk(DIST);
  return out.sort();
}

/** The HTML of a built page. */
export function pageHtml(path: string): string {
  return readFileSync(join(DIST, path, 'index.html'), 'utf8');
}
