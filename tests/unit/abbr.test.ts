import { describe, expect, it } from 'vitest';
import { markAbbreviations } from '../../src/lib/views/abbr.ts';

const list = [
  { id: 'vo', meaning: 'voortgezet onderwijs' },
  { id: 'vmbo', meaning: 'voorbereidend middelbaar beroepsonderwijs' },
  { id: 'vmbo-g/t', meaning: 'vmbo gemengde/theoretische leerweg' },
  { id: 'swv', meaning: 'samenwerkingsverband passend onderwijs' },
];

describe('abbreviations', () => {
  it('marks only the first use, as a whole word, longest match first', () => {
    const out = markAbbreviations('<p>In het vo en het vmbo-g/t; ook vo-scholen en het vmbo. Vooral swv.</p><p>Weer swv.</p>', list);
    expect(out).toContain('<abbr title="voortgezet onderwijs">vo</abbr> en');
    expect(out).toContain('<abbr title="vmbo gemengde/theoretische leerweg">vmbo-g/t</abbr>');
    expect(out).toContain('ook vo-scholen');
    expect(out).toContain('het <abbr title="voorbereidend middelbaar beroepsonderwijs">vmbo</abbr>.');
    expect(out.match(/<abbr[^>]*>swv<\/abbr>/g)).toHaveLength(1);
    expect(out).not.toContain('<abbr title="voortgezet onderwijs">vo</abbr>oral');
  });

  it('leaves headings, links and existing abbr alone', () => {
    const out = markAbbreviations('<h2 id="x">Het vo</h2><a href="/vo/">vo</a><p>Het vo.</p>', list);
    expect(out).toContain('<h2 id="x">Het vo</h2><a href="/vo/">vo</a>');
    expect(out).toContain('<p>Het <abbr title="voortgezet onderwijs">vo</abbr>.</p>');
  });
});

describe('abbreviations and character references', () => {
  it('does not mark an abbreviation inside &lt; or &amp; (the text would change)', () => {
    const out = markAbbreviations('<p>a &lt;b&gt; &amp; c &#x3c; lt amp</p>', [
      { id: 'lt', meaning: 'kleiner dan' },
      { id: 'amp', meaning: 'versterker' },
      { id: 'x3c', meaning: 'x' },
    ]);
    expect(out).toContain('a &lt;b&gt; &amp; c &#x3c; <abbr title="kleiner dan">lt</abbr> <abbr title="versterker">amp</abbr>');
  });
});
