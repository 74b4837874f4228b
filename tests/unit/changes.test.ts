import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  changesOfPage,
  figureChangeCount,
  figureChangeText,
  figuresOf,
  frontmatterOf,
  pageChange,
  type ContentChange,
  type FigureChange,
} from '../../src/lib/domain/changes.ts';
import { contentHistory } from '../../src/lib/build/git.ts';

const page = (value: number, extra = '') => `---
title: Zittenblijven
type: indicator
measure: Percentage zittenblijvers
target:
  value: 3.8
  unit: percent
  year: 2020
  baseline: { value: 5.8, year: 2013 }
realisation:
  - { period: 2019, value: ${String(value)}, unit: percent, group: vo totaal }
${extra}---

Tekst.
`;

describe('figure changes between two versions of a page', () => {
  it('finds every figure with a stable key', () => {
    const figures = figuresOf(frontmatterOf(page(6.03)) ?? {});
    expect([...figures.values()].map((f) => [f.label, f.value])).toEqual([
      ['streefwaarde · Percentage zittenblijvers · 2020', 3.8],
      ['startpunt · Percentage zittenblijvers · 2013', 5.8],
      ['meting · Percentage zittenblijvers · 2019, vo totaal', 6.03],
    ]);
  });

  it('reports a changed figure as old → new, and nothing when only prose changed', () => {
    expect(pageChange('p', page(6.03), page(6.1))?.figures).toEqual([
      { label: 'meting · Percentage zittenblijvers · 2019, vo totaal', unit: 'percent', old: 6.03, new: 6.1 },
    ]);
    expect(pageChange('p', page(6.03), page(6.03).replace('Tekst.', 'Andere tekst.'))).toBeUndefined();
  });

  it('reports an added page with its figures, and an added key figure', () => {
    expect(pageChange('p', undefined, page(6.03))?.kind).toBe('pagina-toegevoegd');
    const extra = 'keyFigures:\n  - { label: Tekort, value: 9800, unit: fte, period: "2023", section: "6.2.1" }\n';
    expect(pageChange('p', page(6.03), page(6.03, extra))?.figures).toEqual([
      { label: 'kerncijfer · Tekort · 2023, § 6.2.1', unit: 'fte', new: 9800 },
    ]);
  });

  it('reports a figure described in other words as one change, not as a new and a removed figure', () => {
    const figure = (label: string, value = 82) =>
      page(6.03, `keyFigures:\n  - { label: ${label}, value: ${String(value)}, unit: percent, period: "2021-2023", section: "6.3.1" }\n`);
    const renamed = pageChange('p', figure('Bestuurders die samen leren'), figure('Bestuurders die met collega’s leren'));
    expect(renamed?.figures).toEqual([
      {
        label: 'kerncijfer · Bestuurders die met collega’s leren · 2021-2023, § 6.3.1',
        unit: 'percent',
        old: 82,
        new: 82,
        renamedFrom: 'Bestuurders die samen leren',
      },
    ]);
    expect(renamed && figureChangeCount(renamed)).toBe('1 anders omschreven');
    expect(figureChangeText(renamed!.figures[0]!, (v) => `${String(v)}%`)).toBe(
      'kerncijfer · Bestuurders die met collega’s leren · 2021-2023, § 6.3.1: anders omschreven, eerst “Bestuurders die samen leren” (82%, ongewijzigd)',
    );
    // Another value is another figure: removed and added.
    expect(pageChange('p', figure('Bestuurders die samen leren'), figure('Bestuurders die met collega’s leren', 80))?.figures).toHaveLength(
      2,
    );
  });
});

describe('content history from git', () => {
  let repo: string;
  let history: ContentChange[];
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Redactie', '-c', 'user.email=r@example.org', ...args], { cwd: repo, encoding: 'utf8' });

  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'om-history-'));
    git('init', '-q');
    mkdirSync(join(repo, 'content/docs/vo'), { recursive: true });
    writeFileSync(join(repo, 'content/docs/vo/4-zittenblijven.mdx'), page(6.03));
    git('add', '.');
    git('commit', '-q', '-m', 'Eerste versie', '--date', '2026-01-01T10:00:00Z');
    writeFileSync(join(repo, 'content/docs/vo/4-zittenblijven.mdx'), page(6.1));
    writeFileSync(join(repo, 'README.md'), 'niet in content');
    git('add', '.');
    git('commit', '-q', '-m', 'Nieuw cijfer voor 2019');
    writeFileSync(join(repo, 'content/docs/vo/4-zittenblijven.mdx'), page(6.1).replace('Tekst.', 'Betere tekst.'));
    git('commit', '-q', '-am', 'Alleen tekst');
    history = contentHistory(repo, 'content/docs', (path) => /^content\/docs\/(.+)\.mdx$/.exec(path)?.[1]);
  });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it('lists the commits that added a page or changed a figure, newest first', () => {
    expect(history.map((c) => c.subject)).toEqual(['Nieuw cijfer voor 2019', 'Eerste versie']);
    expect(history[1]?.pages[0]?.kind).toBe('pagina-toegevoegd');
  });

  it('gives the old and the new value of the changed figure', () => {
    expect(history[0]?.pages).toEqual([
      {
        page: 'vo/4-zittenblijven',
        title: 'Zittenblijven',
        kind: 'cijfers-gewijzigd',
        figures: [{ label: 'meting · Percentage zittenblijvers · 2019, vo totaal', unit: 'percent', old: 6.03, new: 6.1 }],
      },
    ]);
    expect(changesOfPage(history, 'vo/4-zittenblijven')).toHaveLength(2);
  });

  it('is empty outside a git checkout', () => {
    expect(contentHistory(tmpdir(), 'content/docs', () => 'x')).toEqual([]);
  });
});

describe('a change counted in words', () => {
  const figure = (old?: number, next?: number): FigureChange => ({
    label: 'meting · x',
    unit: 'percent',
    ...(old === undefined ? {} : { old }),
    ...(next === undefined ? {} : { new: next }),
  });
  it('counts new, changed and removed figures', () => {
    const change = {
      page: 'p',
      title: 'P',
      kind: 'cijfers-gewijzigd' as const,
      figures: [figure(undefined, 1), figure(undefined, 2), figure(1, 2), figure(3)],
    };
    expect(figureChangeCount(change)).toBe('2 nieuw, 1 gewijzigd, 1 vervallen');
  });
  it('counts the figures of a new page, and nothing for a removed one', () => {
    expect(figureChangeCount({ page: 'p', title: 'P', kind: 'pagina-toegevoegd', figures: [figure(undefined, 1)] })).toBe('1 cijfer');
    expect(figureChangeCount({ page: 'p', title: 'P', kind: 'pagina-verwijderd', figures: [] })).toBe('');
  });
});
