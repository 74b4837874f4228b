import { describe, expect, it } from 'vitest';
import { referenceRows } from '../../src/lib/check/reference.ts';
import { indicatorSchema } from '../../src/schemas/pages.ts';

describe('frontmatter reference', () => {
  const rows = referenceRows(indicatorSchema({ topics: ['lerarentekort'], sources: ['staat-2024'] }));
  const row = (path: string) => rows.find((r) => r.path === path);

  it('lists nested and list fields with type, required flag, allowed values and description', () => {
    expect(row('type')).toMatchObject({ required: true, allowed: ['indicator'] });
    expect(row('target.unit')?.allowed).toContain('percent');
    expect(row('target.unit')?.required).toBe(false);
    expect(row('target.locator')?.required).toBe(true);
    expect(row('realisation[].value')).toMatchObject({ type: 'getal', required: true });
    expect(row('realisation[].period')?.type).toBe('tekst of getal');
    expect(row('sector')?.allowed).toEqual(['vve', 'po', 'vo', 'so', 'mbo', 'ho']);
    expect(row('measure')?.description).toMatch(/Wat de indicator meet/);
  });

  it('marks fields with a default as optional', () => {
    expect(row('related')?.required).toBe(false);
  });
});
