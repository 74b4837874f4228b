/**
 * A copy of the project (for the benchmark, or a test that builds a changed site) gets
 * the project's node_modules as hard links (fast, no extra disk), but not the caches
 * that a build or test run in the project may be writing at the same moment (`npm test`
 * runs the main build beside the content tests): Astro's and Vite's caches stay out, so
 * the copy builds with caches of its own.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, realpathSync } from 'node:fs';
import { join } from 'node:path';

/** Cache folders in node_modules that belong to one project and change during a run. */
const CACHES = new Set(['.astro', '.vite', '.vite-temp', '.vitest-cache', '.cache']);

/** Links the node_modules folder `from` into the node_modules folder `to`, without the caches. */
export function linkNodeModules(from: string, to: string): void {
  if (!existsSync(from)) throw new Error(`no node_modules at ${from}: run npm install first`);
  const source = realpathSync(from);
  mkdirSync(to, { recursive: true });
  const entries = readdirSync(source)
    .filter((name) => !CACHES.has(name))
    .map((name) => join(source, name));
  // One `cp` for all entries; where hard links are not possible, a plain copy.
  if (spawnSync('cp', ['-al', ...entries, to]).status !== 0)
    for (const entry of entries) cpSync(entry, join(to, entry.slice(source.length + 1)), { recursive: true, force: true });
}
