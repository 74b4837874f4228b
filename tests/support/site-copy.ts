/**
 * A copy of the site in a temporary folder, for tests that build a changed site
 * (never in content/): the sources, content and configuration copied, node_modules
 * hard-linked, with its own content cache. And the build of such a copy.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');

/** Copies the site into `root` (created if needed). */
export function copySite(root: string): void {
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'content']) {
    cpSync(join(ROOT, entry), join(root, entry), { recursive: true });
  }
  mkdirSync(root, { recursive: true });
  // Hard links, as the benchmark does (a symbolic link confuses Astro's paths); its own content cache.
  if (spawnSync('cp', ['-al', join(ROOT, 'node_modules'), join(root, 'node_modules')]).status !== 0)
    throw new Error('could not link node_modules');
  rmSync(join(root, 'node_modules', '.astro'), { recursive: true, force: true });
}

/** Runs `astro build` in `root`; resolves with its exit code and output. */
export function buildSite(root: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
      cwd: root,
      env: { ...process.env, FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1' },
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('close', (code) => resolve({ code, output }));
  });
}
