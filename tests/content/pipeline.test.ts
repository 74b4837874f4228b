/**
 * One content pipeline: the content check and the build give a file the same id, read
 * YAML the same way and judge an MDX body with the same function, on the same parser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mdxToJs, type MdxToJsResult } from 'satteri';
import { describe, expect, it } from 'vitest';
import { checkContent, contentFiles, pageIdOf } from '../../src/lib/check/check.ts';
import { readYaml } from '../../src/lib/check/frontmatter.ts';
import { checkDataText, dataParser } from '../../src/lib/check/vocabulary.ts';
import { checkBody, MDX_FEATURES } from '../../src/lib/check/safety.ts';
import { safeMdxPlugin } from '../../src/integrations/safe-mdx.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'site');

describe('page ids', () => {
  it('are the path without .mdx, with index standing for its folder', () => {
    expect(pageIdOf('sectorakkoord-vo/index.mdx')).toBe('sectorakkoord-vo');
    expect(pageIdOf('sectorakkoord-vo/indicatoren/4-zittenblijven.mdx')).toBe('sectorakkoord-vo/indicatoren/4-zittenblijven');
    expect(pageIdOf('index.mdx')).toBe('index');
  });

  it('give the graph of the check the ids of the files (the loader uses the same function)', () => {
    const { graph } = checkContent(ROOT);
    const ids = contentFiles(join(ROOT, 'content', 'docs'))
      .map(pageIdOf)
      .map((id) => (id === 'index' ? '' : id))
      .sort();
    expect([...graph.pages.keys()].sort()).toEqual(ids);
  });
});

describe('one YAML reader', () => {
  it('keeps a date as text', () => {
    expect(readYaml('periodLabel: 2019-09-01\n').data).toEqual({ periodLabel: '2019-09-01' });
  });

  it('gives the build the entries the check accepted, and refuses what the check refuses', () => {
    const text = readFileSync(join(FIXTURE, 'content/data/topics.yaml'), 'utf8');
    expect(dataParser('topics')(text)).toEqual(Object.fromEntries(checkDataText('topics', text).entries.map((e) => [e.id, e.data])));
    expect(() => dataParser('topics')(`${text}- id: zittenblijven\n  label: x\n  description: y\n`)).toThrow(
      /content\/data\/topics\.yaml:7 {2}2\.id: id "zittenblijven" staat al op regel 1/,
    );
  });

  it('lets each report list an abbreviation once: the same one in two reports is two entries', () => {
    const entry = (report: string) => `- id: vo\n  report: ${report}\n  meaning: voortgezet onderwijs\n`;
    expect(Object.keys(dataParser('abbreviations')(entry('staat-2024') + entry('staat-2025')))).toEqual(['staat-2024/vo', 'staat-2025/vo']);
    expect(() => dataParser('abbreviations')(entry('staat-2024') + entry('staat-2024'))).toThrow(
      /4 {2}1\.id: id "vo" staat al op regel 1 \(bij hetzelfde rapport staat-2024\)/,
    );
  });
});

describe('root cause first', () => {
  it('puts a broken data file before what follows from it', () => {
    const broken = checkDataText('topics', '- id: a\n label: b\n');
    expect(broken.broken).toBe(true);
    expect(broken.problems[0]?.message).toMatch(/YAML|inspringen/);
  });
});

describe('the MDX rules inside the build', () => {
  /** Compiles as the build does (synchronously: no plugin here is async). */
  const compile = (source: string) =>
    (mdxToJs(source, { features: MDX_FEATURES, mdastPlugins: [safeMdxPlugin(ROOT)], fileURL: new URL('content/docs/x.mdx', `file://${ROOT}/`) }) as MdxToJsResult).code;

  it('accepts every real page', () => {
    for (const file of contentFiles(join(ROOT, 'content', 'docs'))) {
      expect(checkBody(readFileSync(join(ROOT, 'content', 'docs', file), 'utf8')), file).toEqual([]);
    }
  });

  it('adds the import of a project component the page uses', () => {
    expect(compile('# Kop\n\n<Section n="6.1" />\n')).toContain(`import Section from "${ROOT}/src/components/Section.astro"`);
  });

  it('refuses code before it is compiled, with the Dutch message and no stack trace', () => {
    let error: Error | undefined;
    try {
      compile("Tekst.\n\n{process.getBuiltinModule('node:fs').writeFileSync('/tmp/x', 'x')}\n");
    } catch (e) {
      error = e as Error;
    }
    expect(error?.message).toMatch(/content\/docs\/x\.mdx:3 {2}tekst tussen accolades/);
    expect(error?.stack).not.toMatch(/\n\s+at /);
  });

  it('refuses an MDX syntax error with a Dutch fix', () => {
    expect(() => compile('Minder dan <5 procent.\n')).toThrow(/schrijf 'minder dan 5'/);
  });
});
