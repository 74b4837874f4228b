/**
 * A temporary copy of the project for tests that build it with a change (an injected
 * page, a base path): the files git lists (tracked and new, not ignored), with
 * hard-linked node_modules, and without Astro's cache, which the copy must not share.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { linkNodeModules } from '../../scripts/link-modules.ts';

export const ROOT = join(import.meta.dirname, '..', '..');

/** Copies the project into a new temporary folder (prefix `prefix`) and returns its path. */
export function copyProject(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  copyProjectInto(dir);
  return dir;
}

/** Copies the project into `dir` (created if needed). */
export function copyProjectInto(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const files = spawnSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' })
    .stdout.split('\n')
    .filter(Boolean);
  for (const f of files) {
    if (!existsSync(join(ROOT, f))) continue;
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    cpSync(join(ROOT, f), join(dir, f));
  }
  linkNodeModules(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
}

/**
 * Runs `astro build --force` in a project folder with extra environment variables. Without
 * the variables Vitest sets for its own Vite (BASE_URL, MODE, DEV, PROD, SSR): Astro would
 * take BASE_URL=/ from the environment over the base path of the configuration.
 */
export function buildProject(dir: string, env: Record<string, string> = {}): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, astroBuild(dir), { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: buildEnv(env) });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

/** The same build without blocking, so a test can run several copies' builds at once. */
export function buildProjectAsync(dir: string, env: Record<string, string> = {}): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, astroBuild(dir), { cwd: dir, env: buildEnv(env) });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('close', (status) => resolve({ status, output }));
  });
}

function astroBuild(dir: string): string[] {
  return [join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--force'];
}

function buildEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'].includes(k) && !k.startsWith('VITEST')),
  );
  return { ...inherited, FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1', ...env };
}

/** Every file under a folder (full paths); none if it does not exist. */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? filesUnder(join(dir, n)) : [join(dir, n)]));
}
