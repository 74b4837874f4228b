import { describe, expect, it } from 'vitest';
import { withBasePath } from '../../src/lib/build/base-path.ts';

describe('base path', () => {
  it('prefixes root-relative links once, leaves others alone', () => {
    const html =
      '<a href="/themas/">t</a><a href="/om/x/">x</a><a href="https://e.nl/">e</a><a href="#a">a</a><form action="/zoeken/"></form><a href="//cdn">c</a>';
    expect(withBasePath(html, '/om/')).toBe(
      '<a href="/om/themas/">t</a><a href="/om/x/">x</a><a href="https://e.nl/">e</a><a href="#a">a</a><form action="/om/zoeken/"></form><a href="//cdn">c</a>',
    );
  });
  it('changes nothing at the root', () => {
    expect(withBasePath('<a href="/x/">x</a>', '/')).toBe('<a href="/x/">x</a>');
  });
});
