/**
 * An injected inline script fails the build instead of being hashed into the
 * Content-Security-Policy: a real `astro build` of a temporary copy of the site with one
 * page that puts a script and an onclick into its HTML (as a field rendered with
 * set:html would). The build stops, names the page in Dutch, and publishes no policy
 * that allows the script.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkNodeModules } from '../support/link-modules.ts';
import { hash } from '../../src/lib/build/csp.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const INJECTED = 'document.title = "overgenomen"';

/** A copy of the project's files (not its build or caches) with hard-linked node_modules. */
function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'om-csp-'));
  const files = spawnSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' })
    .stdout.split('\n')
    .filter(Boolean);
  for (const f of files) {
    if (!existsSync(join(ROOT, f))) continue;
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    cpSync(join(ROOT, f), join(dir, f));
  }
  // Hard links, as the benchmark does (fast, no extra disk); Astro keeps its cache in node_modules/.astro, which the copy must not share.
  linkNodeModules(ROOT, dir);
  return dir;
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? filesUnder(join(dir, n)) : [join(dir, n)]));
}

describe('a page with an injected inline script', () => {
  let dir = '';
  let status: number | null = null;
  let output = '';

  beforeAll(() => {
    dir = copyProject();
    writeFileSync(
      join(dir, 'src', 'pages', 'csp-proef.astro'),
      [
        '---',
        "import StarlightPage from '@astrojs/starlight/components/StarlightPage.astro';",
        `const field = '<p>Tekst</p><script>${INJECTED}</script><a href="#" onclick="alert(1)">klik</a>';`,
        '---',
        "<StarlightPage frontmatter={{ title: 'Proef', type: 'page' }}><Fragment set:html={field} /></StarlightPage>",
        '',
      ].join('\n'),
    );
    const run = spawnSync(process.execPath, [join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--force'], {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    status = run.status;
    output = `${run.stdout}\n${run.stderr}`;
    const at = output.lastIndexOf('/csp-proef/: heeft');
    console.log(`build van de kopie: exitcode ${String(status)}\n${output.slice(Math.max(0, at - 200), at + 1200)}`);
  }, 300_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('fails the build with a Dutch message that names the page and what is wrong', () => {
    expect(status, output.slice(-3000)).not.toBe(0);
    expect(output).toContain('De build is gestopt: 1 pagina bevat code die niet op de lijst van de site staat');
    expect(output).toContain('Komt het uit de tekst of de frontmatter van een pagina, haal het dan weg.');
    expect(output).not.toContain('Browser APIs');
    expect(output).not.toContain('Stack trace');
    expect(output).toContain(`/csp-proef/: heeft een inline script dat niet van de site zelf komt: "${INJECTED}"`);
    expect(output).toContain('/csp-proef/: heeft een event-attribuut onclick="alert(1)" op <a>');
    // Only the page with the script: every other page passes the check.
    expect(output.match(/\/[^\s:]*: heeft/g)?.length).toBe(2);
    expect(output).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
  });

  it('publishes no policy that allows the script', () => {
    const dist = join(dir, 'dist');
    expect(existsSync(join(dist, '_headers'))).toBe(false);
    const policyFiles = filesUnder(dist).filter((f) => f.endsWith('.html'));
    expect(policyFiles.length).toBeGreaterThan(100);
    for (const f of policyFiles) expect(readFileSync(f, 'utf8')).not.toContain(hash(INJECTED).slice(1, -1));
  });
});
