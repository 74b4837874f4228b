/**
 * A copy of the site for a test build gets the project's node_modules as hard links
 * (fast, no extra disk), but not the caches that a build or test run in the project may
 * be writing at the same moment (`npm test` runs the main build beside the content
 * tests): Astro's and Vite's caches stay out, so the copy builds with caches of its own.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Cache folders in node_modules that belong to one project and change during a run. */
const CACHES = new Set(['.astro', '.vite', '.vite-temp', '.vitest-cache', '.cache']);

/** Links `from`/node_modules into `to`/node_modules, without the caches. */
export function linkNodeModules(from: string, to: string): void {
  const source = join(from, 'node_modules');
  const target = join(to, 'node_modules');
  mkdirSync(target, { recursive: true });
  const entries = readdirSync(source)
    .filter((name) => !CACHES.has(name))
    .map((name) => join(source, name));
  // One `cp` for all entries; where hard links are not possible, a plain copy.
  if (spawnSync('cp', ['-al', ...entries, target]).status !== 0)
    for (const entry of entries) cpSync(entry, join(target, entry.slice(source.length + 1)), { recursive: true, force: true });
}
