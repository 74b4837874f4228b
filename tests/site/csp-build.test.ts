/**
 * An injected inline script fails the build instead of being hashed into the
 * Content-Security-Policy: a real `astro build` of a temporary copy of the site with one
 * page that puts a script and an onclick into its HTML (as a field rendered with
 * set:html would). The build stops, names the page in Dutch, and publishes no policy
 * that allows the script.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hash } from '../../src/lib/build/csp.ts';
import { buildProject, copyProject, filesUnder } from '../support/project.ts';

const INJECTED = 'document.title = "overgenomen"';

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
    ({ status, output } = buildProject(dir));
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
