/**
 * `npm run nieuw`: writes a page with valid frontmatter in the right place, which the
 * check refuses until every "VUL IN" is filled; refuses a number that exists.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/check.ts';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'site');
const SCRIPT = join(import.meta.dirname, '..', '..', 'scripts', 'new-page.ts');
const root = mkdtempSync(join(tmpdir(), 'om-nieuw-'));
cpSync(FIXTURE, root, { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

const nieuw = (...args: string[]) => spawnSync(process.execPath, [SCRIPT, ...args], { cwd: root, encoding: 'utf8' });

describe('npm run nieuw', () => {
  it('writes a new indicator in the right folder, valid but refused until filled in', () => {
    const run = nieuw('--soort', 'indicator', '--akkoord', 'sectorakkoord-vo', '--ambitie', '1', '--nummer', '5', '--titel', 'Diploma’s stapelen');
    expect(run.status, run.stderr).toBe(0);
    const file = 'content/docs/vo/indicatoren/5-diploma-s-stapelen.mdx';
    expect(run.stdout).toContain(file);
    const problems = checkContent(root).problems.filter((p) => p.file === file);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.message.includes('VUL IN'))).toBe(true);

    const filled = readFileSync(join(root, file), 'utf8')
      .replace(/"VUL IN: code van de bron[^"]*"/, 'dashboard-vo-2020')
      .replace(/sources: \["VUL IN[^\]]*\]/, 'sources: [dashboard-vo-2020]')
      .replace(/"VUL IN: [^"]*"/g, '"Ingevuld."')
      .replace(/VUL IN: [^\n]*/g, 'Ingevulde tekst.')
      .replace('related:\n', 'related:\n  - report: staat-2024\n    section: "6.2.1"\n');
    writeFileSync(join(root, file), filled);
    expect(checkContent(root).problems).toEqual([]);
  });

  it('refuses a number that already exists and says where that page is', () => {
    const run = nieuw('--soort', 'indicator', '--akkoord', 'sectorakkoord-vo', '--ambitie', '1', '--nummer', '4', '--titel', 'Dubbel');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('indicator 4 van sectorakkoord-vo bestaat al: content/docs/vo/indicatoren/4-zittenblijven.mdx');
  });

  it('says which flag is missing when it cannot ask', () => {
    const run = nieuw('--soort', 'indicator');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/geef --akkoord mee/);
  });
});
