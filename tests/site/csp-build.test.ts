/**
 * An injected inline script fails the build instead of being hashed into the
 * Content-Security-Policy: a real `astro build` of a temporary copy of the site with one
 * page that puts a script and an onclick into its HTML (as a field rendered with
 * set:html would), and a static HTML file in public/ with a script (which Astro copies
 * without rendering it). The build stops, names both pages in Dutch, and publishes no
 * policy that allows the scripts.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hash } from '../../src/lib/build/csp.ts';
import { buildProject, copyProject, filesUnder } from '../support/project.ts';

const INJECTED = 'document.title = "overgenomen"';
const STATIC = 'document.title = "los"';

describe('a page with an injected inline script', () => {
  let dir = '';
  let status: number | null = null;
  let output = '';

  beforeAll(() => {
    dir = copyProject('om-csp-');
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
    // A page that Astro does not render (so no middleware sees it) is checked too: read from disk.
    writeFileSync(
      join(dir, 'public', 'los.html'),
      `<!DOCTYPE html><html lang="nl"><head><title>Los</title></head><body><script>${STATIC}</script></body></html>\n`,
    );
    ({ status, output } = buildProject(dir));
    const at = output.lastIndexOf('/csp-proef/: heeft');
    console.log(`build van de kopie: exitcode ${String(status)}\n${output.slice(Math.max(0, at - 200), at + 1200)}`);
  }, 300_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('fails the build with a Dutch message that names the pages and what is wrong', () => {
    expect(status, output.slice(-3000)).not.toBe(0);
    expect(output).toContain("De build is gestopt: 2 pagina's bevatten code die niet op de lijst van de site staat");
    expect(output).toContain('Komt het uit de tekst of de frontmatter van een pagina, haal het dan weg.');
    expect(output).not.toContain('Browser APIs');
    expect(output).not.toContain('Stack trace');
    expect(output).toContain(`/csp-proef/: heeft een inline script dat niet van de site zelf komt: "${INJECTED}"`);
    expect(output).toContain('/csp-proef/: heeft een event-attribuut onclick="alert(1)" op <a>');
    expect(output).toContain(`/los.html: heeft een inline script dat niet van de site zelf komt: "${STATIC}"`);
    expect(output).toContain('/los.html: mist het Content-Security-Policy-meta-element');
    // Only the pages with the script: every other page passes the check.
    expect(output.match(/\/[^\s:]*: heeft/g)?.length).toBe(3);
    expect(output).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
  });

  it('publishes no policy that allows the script', () => {
    const dist = join(dir, 'dist');
    expect(existsSync(join(dist, '_headers'))).toBe(false);
    const policyFiles = filesUnder(dist).filter((f) => f.endsWith('.html'));
    expect(policyFiles.length).toBeGreaterThan(100);
    for (const f of policyFiles) {
      expect(readFileSync(f, 'utf8')).not.toContain(hash(INJECTED).slice(1, -1));
      expect(readFileSync(f, 'utf8')).not.toContain(hash(STATIC).slice(1, -1));
    }
  });
});
