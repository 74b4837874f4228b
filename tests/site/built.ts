/**
 * Helpers for tests that read the built site in dist/. Without a build they fail with
 * a message that says what to run: a green run always means the checks ran.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const DIST = join(import.meta.dirname, '..', '..', 'dist');

/** Throws, saying what to run, when dist/ holds no build. */
export function requireBuild(): void {
  if (!existsSync(join(DIST, 'index.html')))
    throw new Error('Er is geen build in dist/: voer eerst `npm run build` uit (`npm test` en `npm run test:quick` doen dat zelf).');
}

/** Every HTML page of the build as its URL path ("/", "/themas/"). */
export function builtPages(): string[] {
  requireBuild();
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
  requireBuild();
  return readFileSync(join(DIST, path, 'index.html'), 'utf8');
}
