import { describe, expect, it } from 'vitest';
import { withBase } from '../../src/lib/build/base-path.ts';

describe('base path', () => {
  it('puts the base before a root-relative path, with or without a trailing slash on the base', () => {
    expect(withBase('/themas/', '/om/')).toBe('/om/themas/');
    expect(withBase('/data/indicatoren.csv', '/om')).toBe('/om/data/indicatoren.csv');
    expect(withBase('/', '/om/')).toBe('/om/');
    expect(withBase('/staat-2024/#par-6-2-1', '/om/')).toBe('/om/staat-2024/#par-6-2-1');
  });
  it('leaves other addresses alone', () => {
    for (const href of ['https://e.nl/', '//cdn.example/x', '#a', 'mailto:a@b.nl', 'cijfers/']) expect(withBase(href, '/om/')).toBe(href);
  });
  it('changes nothing at the root, which is the default outside a base-path build', () => {
    expect(withBase('/x/', '/')).toBe('/x/');
    expect(withBase('/x/')).toBe('/x/');
  });
});
