/**
 * Builds the site twice and checks that both builds are byte for byte the same: every
 * date on the site comes from git, never from the clock, and nothing random goes into
 * the output. Prints the files that differ and exits non-zero if any do.
 *
 * Usage: node scripts/reproducible.ts
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const FIRST = join(ROOT, '.reproducible-first');

/** Every file of a folder with the SHA-256 of its contents. */
function hashes(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const full = join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.set(relative(dir, full), createHash('sha256').update(readFileSync(full)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

function build(): void {
  const run = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (run.status !== 0) {
    console.error('De build mislukte; zie de meldingen hierboven.');
    process.exit(1);
  }
}

rmSync(FIRST, { recursive: true, force: true });
build();
renameSync(DIST, FIRST);
build();
const a = hashes(FIRST);
const b = hashes(DIST);
rmSync(FIRST, { recursive: true, force: true });
const differ = [...new Set([...a.keys(), ...b.keys()])].filter((f) => a.get(f) !== b.get(f)).sort();
if (!existsSync(join(DIST, 'index.html')) || a.size === 0) {
  console.error('Geen build gevonden om te vergelijken.');
  process.exit(1);
}
if (differ.length) {
  console.error(`Twee builds van dezelfde versie verschillen in ${String(differ.length)} van ${String(b.size)} bestanden:`);
  for (const f of differ.slice(0, 40)) console.error(`  ${f}`);
  process.exit(1);
}
console.log(`Twee builds zijn gelijk: ${String(b.size)} bestanden, byte voor byte.`);
