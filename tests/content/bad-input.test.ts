/**
 * The corpus of malformed and hostile content: each case breaks one thing in an
 * otherwise valid mini site (tests/fixtures/site) and asserts that the content check
 * names the file, the line, the field (or that there is none) and what to write
 * instead, in Dutch, without a stack trace.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/check.ts';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'site');
const INDICATOR = 'content/docs/vo/indicatoren/4-zittenblijven.mdx';
const CHAPTER = 'content/docs/staat/hoofdstukken/6-professionals.mdx';
const AMBITION = 'content/docs/vo/ambities/1-uitdagend-onderwijs.mdx';
const TOPICS = 'content/data/topics.yaml';
const SOURCES = 'content/data/sources.yaml';
const roots: string[] = [];

/** A copy of the valid mini site with one file changed by `edit` and anything else done by `setup`. */
function siteWith(file: string, edit: ((text: string) => string | Buffer) | undefined, setup?: (root: string) => void): string {
  const root = mkdtempSync(join(tmpdir(), 'om-bad-'));
  roots.push(root);
  cpSync(FIXTURE, root, { recursive: true });
  if (edit) {
    const path = join(root, file);
    let text = '';
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      /* a new file */
    }
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, edit(text));
  }
  setup?.(root);
  return root;
}

afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

interface Case {
  name: string;
  file?: string;
  edit?: (text: string) => string | Buffer;
  setup?: (root: string) => void;
  /** Expected problem: in which file, on which line, which field (undefined: none), and words of the message. */
  expect: { file?: string; line: number; field: string | undefined; message: RegExp };
  /** Words no message may contain for this input (a wrong suggestion). */
  never?: RegExp;
}

const replace = (from: string | RegExp, to: string) => (t: string) => {
  const out = t.replace(from, to);
  if (out === t) throw new Error(`fixture edit did not apply: ${String(from)}`);
  return out;
};
/** Appends lines to the body of a page (the indicator's body ends on line 35: the first appended line is 37). */
const append = (lines: string) => (t: string) => `${t}\n${lines}\n`;
/** Writes a file below the site root. */
const put = (root: string, file: string, text: string | Buffer) => {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), text);
};
const PAGE = (title: string, extra = '') => `---\ntitle: ${title}\ntype: page\n${extra}---\n\nTekst.\n`;
const fixture = (file: string) => readFileSync(join(FIXTURE, file), 'utf8');

const CASES: Case[] = [
  { name: 'unknown key (typo)', edit: replace('    unit: percent\n    source: dashboard-vo-2020\n    locator: Indicator 4\n', '    unitt: percent\n    source: dashboard-vo-2020\n    locator: Indicator 4\n'), expect: { line: 24, field: 'realisation.0', message: /onbekend veld "unitt" \(bedoelt u "unit"\?\)/ } },
  { name: 'unknown top-level key', edit: replace('sector: vo\n', 'sector: vo\nsectoor: vo\n'), expect: { line: 8, field: undefined, message: /onbekend veld "sectoor"/ } },
  { name: 'wrong type: number written as a word', edit: replace('number: 4\n', 'number: vier\n'), expect: { line: 6, field: 'number', message: /hier hoort een (heel )?getal/ } },
  { name: 'missing required field (target locator)', edit: replace('  locator: Indicator 4, Doelstelling\n', ''), expect: { line: 10, field: 'target.locator', message: /dit veld ontbreekt; waar de doelstelling in de bron staat/ } },
  { name: 'percentage of 140', edit: replace('value: 6.03', 'value: 140'), expect: { line: 23, field: 'realisation.0.value', message: /percentage ligt tussen 0 en 100, maar hier staat 140/ } },
  { name: 'period "20199"', edit: replace('  - period: 2019', '  - period: 20199'), expect: { line: 22, field: 'realisation.0.period', message: /periode "20199" klopt niet; schrijf een jaar \(2019\), een schooljaar \(2018\/2019\)/ } },
  { name: 'school year that is not two consecutive years', edit: replace('  - period: 2019', '  - period: "2018/2020"'), expect: { line: 22, field: 'realisation.0.period', message: /periode "2018\/2020" klopt niet/ } },
  { name: 'target year before baseline year', edit: replace('    year: 2013', '    year: 2021'), expect: { line: 17, field: 'target.baseline.year', message: /startjaar \(2021\) moet vóór het doeljaar \(2020\) liggen/ } },
  { name: 'realisation unit does not match the target', edit: replace('    unit: percent\n    source: dashboard-vo-2020\n    locator: Indicator 4\n', '    unit: count\n    source: dashboard-vo-2020\n    locator: Indicator 4\n'), expect: { line: 24, field: 'realisation.0.unit', message: /eenheid "count" maar de streefwaarde "percent"; schrijf "unit: percent"/ } },
  { name: 'target value without unit', edit: replace('  unit: percent\n  year: 2020', '  year: 2020'), expect: { line: 10, field: 'target.unit', message: /streefwaarde 3\.8 heeft geen eenheid; schrijf bijvoorbeeld "unit: percent"/ } },
  { name: 'unknown topic', edit: replace('topics: [zittenblijven]', 'topics: [zitenblijven]'), expect: { line: 9, field: 'topics.0', message: /onbekende thema "zitenblijven" \(bedoelt u "zittenblijven"\?\); kies uit content\/data\/topics\.yaml: zittenblijven, lerarentekort/ } },
  { name: 'unknown source', edit: replace('sources: [dashboard-vo-2020]\nrelated', 'sources: [dashboard-vo-2021]\nrelated'), expect: { line: 27, field: 'sources.0', message: /onbekende bron "dashboard-vo-2021"/ } },
  { name: 'dangling related link (section that does not exist)', edit: replace('section: "6.2.1"\n---', 'section: "6.9"\n---'), expect: { line: 30, field: 'related.0.section', message: /paragraaf 6\.9 bestaat niet in staat-2024/ } },
  { name: 'related link to a report without chapters', edit: replace('  - report: staat-2024\n    section: "6.2.1"', '  - report: staat-2023\n    section: "6.2.1"'), expect: { line: 30, field: 'related.0.section', message: /rapport "staat-2023" heeft geen hoofdstukpagina's; kies uit: staat-2024/ } },
  { name: 'duplicate indicator number: the added file is blamed', file: 'content/docs/vo/indicatoren/4-kopie.mdx', edit: () => readFileSync(join(FIXTURE, INDICATOR), 'utf8'), expect: { line: 6, field: 'number', message: /Indicator 4 van sectorakkoord-vo bestaat al in content\/docs\/vo\/indicatoren\/4-zittenblijven\.mdx/ } },
  { name: 'missing title', edit: replace('title: Zittenblijven\n', ''), expect: { line: 2, field: 'title', message: /de titel ontbreekt.*title: "/ } },
  { name: 'invalid YAML: wrong indentation', edit: replace('    value: 5.8\n', '     value: 5.8\n'), expect: { line: 17, field: undefined, message: /inspringen klopt niet.*vergelijk met regel 16 \("value: 5\.8"\)/ } },
  { name: 'invalid YAML: a tab as indentation', edit: replace('  value: 3.8\n', '\tvalue: 3.8\n'), expect: { line: 12, field: undefined, message: /tab als inspringing.*gebruik spaties/ } },
  { name: 'a colon in unquoted text', edit: replace('  description: Minder zittenblijvers.', '  description: Doel: minder zittenblijvers.'), expect: { line: 11, field: undefined, message: /dubbele punt.*tussen aanhalingstekens/ } },
  { name: 'a home page whose headline report has no overview page', file: 'content/docs/index.mdx', edit: () => '---\ntitle: Start\ntype: home\nheadline: dashboard-vo-2020\n---\n\nTekst.\n', expect: { line: 4, field: 'headline', message: /rapport "dashboard-vo-2020" heeft geen overzichtspagina .*kies uit: \(nog geen rapporten\)/ } },
  { name: 'a headline on a page that is not the home page', file: 'content/docs/vo/gewoon.mdx', edit: () => '---\ntitle: Gewoon\ntype: page\nheadline: staat-2024\n---\n\nTekst.\n', expect: { line: 4, field: 'headline', message: /"headline" hoort alleen op de startpagina/ } },
  { name: 'an agreement without its order', file: 'content/docs/vo/index.mdx', edit: replace('order: 1\n', ''), expect: { line: 2, field: 'order', message: /dit veld ontbreekt; schrijf een heel getal van 1 tot en met 99/ } },
  { name: 'empty page', file: 'content/docs/vo/leeg.mdx', edit: () => '', expect: { line: 1, field: undefined, file: 'content/docs/vo/leeg.mdx', message: /dit bestand is leeg/ } },
  { name: 'page without frontmatter', file: 'content/docs/vo/zonder.mdx', edit: () => '# Titel\n\nTekst.\n', expect: { line: 1, field: undefined, message: /de frontmatter ontbreekt/ } },
  { name: 'decimal comma', edit: replace('value: 6.03', 'value: 6,03'), expect: { line: 23, field: 'realisation.0.value', message: /"6,03" heeft een komma; schrijf in YAML een punt als decimaalteken: 6\.03/ } },
  { name: 'percentage written with a % sign', edit: replace('value: 6.03', 'value: 6.03%'), expect: { line: 23, field: 'realisation.0.value', message: /procentteken; schrijf alleen het getal \(6\.03\) en zet "unit: percent" erbij/ } },
  { name: 'count that YAML reads as a decimal (2.141)', file: CHAPTER, edit: replace('value: 3800\n    unit: fte', 'value: 2.141\n    unit: count'), expect: { line: 12, field: 'keyFigures.0.value', message: /een aantal is een heel getal, maar hier staat 2\.141.*2141, niet 2\.141/ } },
  { name: 'unknown page type', edit: replace('type: indicator', 'type: indikator'), expect: { line: 3, field: 'type', message: /"type" ontbreekt of is onbekend \("indikator"\); kies uit: home, page, agreement/ } },
  { name: 'unknown unit', edit: replace('  unit: percent\n  year: 2020', '  unit: procent\n  year: 2020'), expect: { line: 13, field: 'target.unit', message: /"procent" is niet toegestaan; kies uit: percent, percentage-points/ } },
  { name: 'ambition that does not exist', edit: replace('ambition: 1', 'ambition: 9'), expect: { line: 5, field: 'ambition', message: /ambitie 9 bestaat niet in sectorakkoord-vo; kies uit: 1/ } },
  { name: 'counterpart that does not exist', edit: replace('sources: [dashboard-vo-2020]\nrelated', 'counterparts:\n  - { agreement: bestuursakkoord-po, number: 7 }\nsources: [dashboard-vo-2020]\nrelated'), expect: { line: 28, field: 'counterparts.0', message: /indicator 7 van bestuursakkoord-po bestaat niet/ } },
  { name: 'key figure in a section the chapter does not have', file: CHAPTER, edit: replace('section: "6.2.1"\n---', 'section: "6.3"\n---'), expect: { line: 16, field: 'keyFigures.0.section', message: /paragraaf "6\.3" staat niet in "sections" van deze pagina; kies uit: 6\.1, 6\.2\.1/ } },
  { name: 'link to a page that moved', edit: replace('(/vo/)', '(/vo/oud/)'), expect: { line: 35, field: undefined, message: /de link \/vo\/oud\/ wijst naar een pagina die niet bestaat/ } },
  { name: 'link to a section anchor that does not exist', edit: replace('#par-6-2-1)', '#par-6-4)'), expect: { line: 35, field: undefined, message: /geen paragraaf #par-6-4/ } },
  { name: 'raw <script> in the body', edit: (t) => `${t}\n<script>alert(1)</script>\n`, expect: { line: 37, field: undefined, message: /<script> is niet toegestaan/ } },
  { name: 'an <iframe>', edit: (t) => `${t}\n<iframe src="https://example.com"></iframe>\n`, expect: { line: 37, field: undefined, message: /<iframe> is niet toegestaan/ } },
  { name: 'an <object>', edit: (t) => `${t}\n<object data="x.swf"></object>\n`, expect: { line: 37, field: undefined, message: /<object> is niet toegestaan/ } },
  { name: 'a <style> block', edit: (t) => `${t}\n<style>body { display: none }</style>\n`, expect: { line: 37, field: undefined, message: /<style> is niet toegestaan/ } },
  { name: 'an event-handler attribute', edit: (t) => `${t}\n<span onClick="steal()">klik</span>\n`, expect: { line: 37, field: undefined, message: /het attribuut "onClick" voert code uit/ } },
  { name: 'a javascript: URL', edit: (t) => `${t}\n[klik](javascript:alert(1))\n`, expect: { line: 37, field: undefined, message: /"javascript:".*niet toegestaan/ } },
  { name: 'an import from outside the project components', file: CHAPTER, edit: replace('<Section n="6.1" />', "import evil from 'https://evil.example/x.js';\n\n<Section n=\"6.1\" />"), expect: { line: 19, field: undefined, message: /een "import" is niet toegestaan in een pagina: hij kan code uitvoeren/ } },
  { name: 'an export in the body', edit: (t) => `${t}\nexport const x = 1;\n`, expect: { line: 37, field: undefined, message: /een "export" is niet toegestaan in een pagina; zet gegevens in de frontmatter/ } },

  // --- The body is parsed: code, script and unsafe links are refused ---
  { name: 'an expression that writes a file', edit: append("{require('fs').writeFileSync('/tmp/x', '1')}"), expect: { line: 37, field: undefined, message: /tekst tussen accolades \{…\} is code en is niet toegestaan/ } },
  { name: 'an expression in running text', edit: append('Dit is {process.env.HOME} geheim.'), expect: { line: 37, field: undefined, message: /tekst tussen accolades/ } },
  { name: 'a range written as {12-15}', edit: append('tussen {12-15} procent'), expect: { line: 37, field: undefined, message: /"\{12-15\}" rekent MDX uit \(tot -3\); schrijf "tussen 12 en 15"/ } },
  { name: 'a multi-line import from node:fs', edit: append("import {\n  readFileSync\n} from 'node:fs';"), expect: { line: 37, field: undefined, message: /een "import" is niet toegestaan in een pagina/ } },
  { name: 'export{x} without a space', edit: append("export{x} from 'node:fs'"), expect: { line: 37, field: undefined, message: /een "export" is niet toegestaan/ } },
  { name: 'an export default', edit: append('export default function Layout() { return null }'), expect: { line: 37, field: undefined, message: /een "export" is niet toegestaan/ } },
  { name: 'an import of the project component (no longer needed)', file: CHAPTER, edit: replace('<Section n="6.1" />', "import Section from '~/components/Section.astro';\n\n<Section n=\"6.1\" />"), expect: { line: 19, field: undefined, message: /haal deze regel weg: <Section> werkt zonder import/ } },
  { name: 'an attribute value that is code', file: CHAPTER, edit: replace('<Section n="6.1" />', '<Section n={globalThis.x} />'), expect: { line: 19, field: undefined, message: /de waarde van "n" moet tekst tussen aanhalingstekens zijn, geen code/ } },
  { name: 'a spread of attributes', file: CHAPTER, edit: replace('<Section n="6.1" />', '<Section {...{ "set:html": "<script>alert(1)</script>" }} />'), expect: { line: 19, field: undefined, message: /<Section \{…\}> voegt code in en is niet toegestaan/ } },
  { name: 'a component attribute in the wrong form', file: CHAPTER, edit: replace('<Section n="6.1" />', '<Section n="zes" />'), expect: { line: 19, field: undefined, message: /"zes" past niet in n van <Section>; schrijf bijvoorbeeld <Section n="6\.2\.1" \/>/ } },
  { name: 'an unknown attribute on a component', file: CHAPTER, edit: replace('<Section n="6.1" />', '<Section n="6.1" set:html="<b>x</b>" />'), expect: { line: 19, field: undefined, message: /<Section> heeft geen attribuut "set:html"; toegestaan: n/ } },
  { name: 'an unknown component', edit: append('<Evil />'), expect: { line: 37, field: undefined, message: /<Evil> is geen onderdeel dat een pagina mag gebruiken; toegestaan zijn <Section>/ } },
  { name: 'Fragment with set:html', edit: append('<Fragment set:html="<script>alert(1)</script>" />'), expect: { line: 37, field: undefined, message: /<Fragment> is geen onderdeel/ } },
  { name: 'an empty fragment', edit: append('<>tekst</>'), expect: { line: 37, field: undefined, message: /een leeg element <>…<\/> is niet toegestaan/ } },
  { name: 'onerror split over two lines', edit: append('<abbr title="x"\n  onerror="alert(1)">a</abbr>'), expect: { line: 37, field: undefined, message: /het attribuut "onerror" voert code uit/ } },
  { name: 'an <img> with onerror', edit: append('<img src="x" onerror="alert(1)" />'), expect: { line: 37, field: undefined, message: /<img> is niet toegestaan in een pagina/ } },
  { name: 'an <a> element', edit: append('<a href="https://example.org">x</a>'), expect: { line: 37, field: undefined, message: /<a> is niet toegestaan in een pagina; schrijf een link als \[tekst\]\(\/pagina\/\)/ } },
  { name: 'an <svg> element', edit: append('<svg><script>alert(1)</script></svg>'), expect: { line: 37, field: undefined, message: /<svg> is niet toegestaan/ } },
  { name: 'a class on an allowed element', edit: append('<abbr class="x" title="vo">vo</abbr>'), expect: { line: 37, field: undefined, message: /<abbr> heeft geen attribuut "class"; toegestaan: title, lang/ } },
  { name: 'an expression as an attribute of an allowed element', edit: append('<abbr title={x}>vo</abbr>'), expect: { line: 37, field: undefined, message: /de waarde van "title" moet tekst tussen aanhalingstekens zijn/ } },
  { name: 'an entity-encoded javascript: link', edit: append('[klik](java&#115;cript:alert(1))'), expect: { line: 37, field: undefined, message: /een link met "javascript:" is niet toegestaan/ } },
  { name: 'a hex-entity javascript: link', edit: append('[klik](&#x6A;avascript:alert(1))'), expect: { line: 37, field: undefined, message: /een link met "javascript:" is niet toegestaan/ } },
  { name: 'a javascript: link with a tab in it', edit: append('[klik](java&#9;script:alert(1))'), expect: { line: 37, field: undefined, message: /een link met "javascript:" is niet toegestaan/ } },
  { name: 'a data: URL', edit: append('[klik](data:text/html;base64,PHNjcmlwdD4=)'), expect: { line: 37, field: undefined, message: /een link met "data:" is niet toegestaan/ } },
  { name: 'a vbscript: link', edit: append('[klik](vbscript:msgbox)'), expect: { line: 37, field: undefined, message: /een link met "vbscript:" is niet toegestaan/ } },
  { name: 'a protocol-relative link', edit: append('[klik](//evil.example/)'), expect: { line: 37, field: undefined, message: /de link "\/\/evil\.example\/" is geen gewoon adres/ } },
  { name: 'a javascript: link in a reference definition', edit: append('[klik][x]\n\n[x]: javascript:alert(1)'), expect: { line: 39, field: undefined, message: /een link met "javascript:" is niet toegestaan/ } },
  { name: 'an image', edit: append('![grafiek](./grafiek.png)'), expect: { line: 37, field: undefined, message: /een afbeelding kan niet in de tekst/ } },
  { name: 'an unknown aside', edit: append(':::evil\ntekst\n:::'), expect: { line: 37, field: undefined, message: /":::evil" bestaat niet; een kader is :::note/ } },
  { name: 'MDX syntax: "<5 procent"', edit: append('Minder dan <5 procent.'), expect: { line: 37, field: undefined, message: /schrijf 'minder dan 5'/ } },
  { name: 'MDX syntax: "<=5"', edit: append('Het is <=5 procent.'), expect: { line: 37, field: undefined, message: /een los "<".*schrijf 'minder dan'/ } },
  { name: 'MDX syntax: an HTML comment', edit: append('<!-- notitie voor later -->'), expect: { line: 37, field: undefined, message: /HTML-commentaar \(<!-- … -->\) kan niet in een pagina/ } },
  { name: 'MDX syntax: a lone brace', edit: append('een { die niet sluit'), expect: { line: 37, field: undefined, message: /accolade \{ of \} kan niet in de tekst staan/ } },
  { name: 'MDX syntax: closing tag does not match', edit: append('<sub>x</sup>'), expect: { line: 37, field: undefined, message: /afsluitende tag/ } },

  // --- Frontmatter: Starlight's fields that could inject ---
  { name: 'head with a script', edit: replace('sector: vo\n', "sector: vo\nhead:\n  - tag: script\n    content: alert(1)\n"), expect: { line: 8, field: 'head', message: /"head" is niet toegestaan/ } },
  { name: 'a banner (HTML)', edit: replace('sector: vo\n', 'sector: vo\nbanner:\n  content: <img src=x onerror=alert(1)>\n'), expect: { line: 8, field: 'banner', message: /"banner" is niet toegestaan/ } },
  { name: 'hero actions with a javascript: link', edit: replace('sector: vo\n', 'sector: vo\nhero:\n  actions:\n    - text: Klik\n      link: "javascript:alert(1)"\n'), expect: { line: 9, field: 'hero.actions', message: /"hero\.actions" is niet toegestaan/ } },
  { name: 'a hero tagline with HTML (Starlight shows it as HTML)', file: 'content/docs/index.mdx', edit: () => '---\ntitle: Start\ntype: home\nhero:\n  tagline: <img src=x onerror=alert(1)>\n---\n\nTekst.\n', expect: { line: 5, field: 'hero.tagline', message: /wordt "hero\.tagline" als HTML getoond: schrijf gewone tekst/ } },
  { name: 'a home page title with HTML under a hero', file: 'content/docs/index.mdx', edit: () => '---\ntitle: <script>alert(1)</script>\ntype: home\nhero:\n  tagline: Welkom\n---\n\nTekst.\n', expect: { line: 2, field: 'title', message: /wordt "title" als HTML getoond/ } },
  { name: 'a hero on a page that is not the home page', edit: replace('sector: vo\n', 'sector: vo\nhero:\n  tagline: Welkom\n'), expect: { line: 8, field: 'hero', message: /"hero" hoort alleen op de startpagina/ } },
  { name: 'editUrl', edit: replace('sector: vo\n', 'sector: vo\neditUrl: https://evil.example/\n'), expect: { line: 8, field: 'editUrl', message: /"editUrl" is niet toegestaan/ } },
  { name: 'sidebar.attrs with onclick', edit: replace('sector: vo\n', 'sector: vo\nsidebar:\n  attrs:\n    onclick: alert(1)\n'), expect: { line: 9, field: 'sidebar.attrs', message: /"sidebar\.attrs" is niet toegestaan/ } },
  { name: 'slug (another URL than the file name)', edit: replace('sector: vo\n', 'sector: vo\nslug: vo\n'), expect: { line: 8, field: undefined, message: /onbekend veld "slug"/ }, never: /bedoelt u "slug"/ },
  { name: 'prev with its own link', edit: replace('sector: vo\n', 'sector: vo\nprev:\n  link: "javascript:alert(1)"\n'), expect: { line: 8, field: 'prev', message: /"prev" mag alleen true of false zijn/ } },
  { name: 'a key with a Cyrillic letter gets no look-alike suggestion', edit: replace('    value: 6.03', '    vаlue: 6.03'), expect: { line: 23, field: 'realisation.0', message: /bevat het teken U\+0430 op positie 2/ }, never: /bedoelt u "value"/ },
  { name: 'a topic id with a Cyrillic letter', edit: replace('topics: [zittenblijven]', 'topics: [zittenblijvеn]'), expect: { line: 9, field: 'topics.0', message: /bevat het teken U\+0435 op positie 12/ }, never: /bedoelt u/ },
  { name: 'an alias in the frontmatter', edit: replace('sources: [dashboard-vo-2020]\nrelated', 'sources: &s [dashboard-vo-2020]\nkeywords: *s\nrelated'), expect: { line: 27, field: undefined, message: /een YAML-anker\) is niet toegestaan/ } },
  { name: 'a date as a period stays text', edit: replace('  - period: 2019', '  - period: 2019-09-01'), expect: { line: 22, field: 'realisation.0.period', message: /periode "2019-09-01" klopt niet/ } },

  // --- Files ---
  { name: 'a file name with a space', file: 'content/docs/vo/indicatoren/4 zittenblijven.mdx', edit: () => fixture(INDICATOR), expect: { line: 1, field: undefined, message: /de bestandsnaam "4 zittenblijven\.mdx" mag alleen kleine letters.*hernoem het bestand naar "4-zittenblijven\.mdx"/ } },
  { name: 'a file name with a capital', file: 'content/docs/vo/indicatoren/9-Doorstroom.mdx', edit: () => fixture(INDICATOR), expect: { line: 1, field: undefined, message: /hernoem het bestand naar "9-doorstroom\.mdx"/ } },
  { name: 'a .MDX extension is refused, not ignored', file: 'content/docs/vo/indicatoren/5-stapelen.MDX', edit: () => fixture(INDICATOR), expect: { line: 1, field: undefined, message: /"5-stapelen\.MDX" wordt niet gebouwd: een pagina eindigt op "\.mdx" in kleine letters/ } },
  { name: 'a .md file', file: 'content/docs/vo/uitleg.md', edit: () => PAGE('Uitleg'), expect: { line: 1, field: undefined, message: /"uitleg\.md" wordt niet gebouwd.*"uitleg\.mdx"/ } },
  { name: 'a name starting with an underscore', file: 'content/docs/vo/_concept.mdx', edit: () => PAGE('Concept'), expect: { line: 1, field: undefined, message: /hernoem het bestand naar "concept\.mdx"/ } },
  { name: 'a folder name with a capital', file: 'content/docs/VO2/uitleg.mdx', edit: () => PAGE('Uitleg'), expect: { file: 'content/docs/VO2', line: 1, field: undefined, message: /de mapnaam "VO2" mag alleen kleine letters.*"vo2"/ } },
  { name: 'another kind of file in content/docs', file: 'content/docs/vo/notities.txt', edit: () => 'x', expect: { line: 1, field: undefined, message: /hoort niet in content\/docs\/: daar staan alleen pagina's/ } },
  { name: 'a symlink to a file', file: 'content/docs/vo/link.mdx', setup: (root) => symlinkSync('/etc/passwd', join(root, 'content/docs/vo/link.mdx')), expect: { line: 1, field: undefined, message: /"link\.mdx" is een symbolische link/ } },
  { name: 'a symlink loop', file: 'content/docs/vo/lus', setup: (root) => symlinkSync('..', join(root, 'content/docs/vo/lus')), expect: { line: 1, field: undefined, message: /"lus" is een symbolische link; zet hier het bestand zelf neer/ } },
  { name: 'a Latin-1 byte', edit: (t) => Buffer.concat([Buffer.from(t.replace('Tekst met', 'Tekst m')), Buffer.from([0x65, 0xeb, 0x0a])]), expect: { line: 36, field: undefined, message: /niet als UTF-8 opgeslagen: op regel 36, kolom 2/ } },
  { name: 'a NUL byte', edit: replace('## Doel', '## Do\u0000el'), expect: { line: 33, field: undefined, message: /onzichtbaar teken U\+0000 \(NUL-teken\) op regel 33, kolom 6/ } },
  { name: 'a zero-width space in the title', edit: replace('title: Zittenblijven', 'title: Zitten\u200bblijven'), expect: { line: 2, field: undefined, message: /U\+200B \(spatie zonder breedte\) op regel 2, kolom 14/ } },
  { name: 'a bidi override in a heading', edit: replace('## Doel', '## \u202eleoD'), expect: { line: 33, field: undefined, message: /U\+202E \(bidi-teken dat tekst omdraait \(RLO\)\) op regel 33, kolom 4/ } },
  { name: 'a zero-width joiner in a key', edit: replace('measure: Percentage', 'meas\u200dure: Percentage'), expect: { line: 8, field: undefined, message: /U\+200D.*regel 8, kolom 5/ } },
  { name: 'a byte-order mark in the middle', edit: replace('Tekst met', 'Tekst\ufeff met'), expect: { line: 35, field: undefined, message: /U\+FEFF/ } },
  { name: 'two files with one URL: the added one is blamed', file: 'content/docs/vo/uitleg.mdx', edit: () => PAGE('Uitleg'), setup: (root) => { put(root, 'content/docs/vo/uitleg/index.mdx', PAGE('Uitleg twee')); const later = new Date(Date.now() + 5000); utimesSync(join(root, 'content/docs/vo/uitleg/index.mdx'), later, later); }, expect: { file: 'content/docs/vo/uitleg/index.mdx', line: 1, field: undefined, message: /dit bestand krijgt hetzelfde adres \(\/vo\/uitleg\/\) als content\/docs\/vo\/uitleg\.mdx/ } },
  { name: 'an indicator in the chapters folder', file: 'content/docs/staat/hoofdstukken/4-zittenblijven.mdx', edit: () => fixture(INDICATOR).replace('number: 4', 'number: 4').replace('](/vo/)', '](/vo/)'), setup: (root) => rmSync(join(root, INDICATOR)), expect: { line: 3, field: 'type', message: /een pagina van type indicator hoort in een map "indicatoren"/ } },
  { name: 'a chapter outside the chapters folder', file: 'content/docs/staat/7-nieuw.mdx', edit: () => fixture(CHAPTER).replace('number: 6', 'number: 7'), expect: { line: 3, field: 'type', message: /een pagina van type chapter hoort in een map "hoofdstukken"/ } },
  { name: 'a plain page in the indicators folder', file: 'content/docs/vo/indicatoren/uitleg.mdx', edit: () => PAGE('Uitleg'), expect: { line: 3, field: 'type', message: /in de map "indicatoren" staan alleen pagina's van type indicator/ } },
  { name: 'an agreement page that is not an index', file: 'content/docs/vo/akkoord.mdx', edit: () => fixture('content/docs/vo/index.mdx').replace('agreement: sectorakkoord-vo', 'agreement: ander-akkoord'), expect: { line: 3, field: 'type', message: /een pagina van type agreement is de index\.mdx van zijn eigen map/ } },
  { name: 'a number that does not match the file name', edit: replace('number: 4', 'number: 5'), expect: { line: 6, field: 'number', message: /de bestandsnaam begint niet met het nummer 5; hernoem het bestand naar "5-zittenblijven\.mdx"/ } },
  { name: 'a draft indicator', edit: replace('sector: vo\n', 'sector: vo\ndraft: true\n'), expect: { line: 8, field: 'draft', message: /een pagina van type indicator in concept \(draft: true\) staat toch in lijsten/ } },
  { name: 'a draft page that another page links to', file: 'content/docs/vo/concept.mdx', edit: () => PAGE('Concept', 'draft: true\n'), setup: (root) => writeFileSync(join(root, AMBITION), `${fixture(AMBITION)}\nZie [het concept](/vo/concept/).\n`), expect: { file: AMBITION, line: 11, field: undefined, message: /de link \/vo\/concept\/ wijst naar een concept \(draft: true in content\/docs\/vo\/concept\.mdx\)/ } },
  { name: 'a duplicate ambition number: the added file is blamed', file: 'content/docs/vo/ambities/1-kopie.mdx', edit: () => fixture(AMBITION), expect: { line: 5, field: 'number', message: /Ambitie 1 van sectorakkoord-vo bestaat al in content\/docs\/vo\/ambities\/1-uitdagend-onderwijs\.mdx/ } },

  // --- Data files ---
  { name: 'a second id in sources.yaml', file: SOURCES, edit: (t) => `${t}${t.split('- id: staat-2024')[0] ?? ''}`, expect: { line: 17, field: '2.id', message: /id "dashboard-vo-2020" staat al op regel 1; elke code komt één keer voor/ } },
  { name: 'broken YAML in topics.yaml: the root cause first, follow-on errors counted', file: TOPICS, edit: replace('  label: Lerarentekort', '   label: Lerarentekort'), expect: { line: 5, field: undefined, message: /springt deze regel verder in dan de regel erboven/ } },
  { name: 'broken topics.yaml: the pages\' follow-on errors are grouped in one line', file: TOPICS, edit: replace('- id: zittenblijven\n  label', '- id: zittenblijven\n label'), expect: { line: 3, field: undefined, message: /zijn 2 melding\(en\) over onbekende thema's in pagina's weggelaten; los eerst de fout hierboven op/ }, never: /onbekende thema "/ },
  { name: 'a topic without a label', file: TOPICS, edit: replace('  label: Lerarentekort\n', ''), expect: { line: 4, field: '1.label', message: /dit veld ontbreekt; naam van het thema/ } },
  { name: 'an unknown key in sources.yaml', file: SOURCES, edit: replace('  year: 2024\n', '  year: 2024\n  jaar: 2024\n'), expect: { line: 14, field: '1', message: /onbekend veld "jaar"/ } },
  { name: 'a YAML alias bomb', file: TOPICS, edit: () => 'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n', expect: { line: 1, field: undefined, message: /YAML-anker\) is niet toegestaan/ } },
  { name: 'a Latin-1 byte in a data file', file: TOPICS, edit: (t) => Buffer.concat([Buffer.from(t), Buffer.from('- id: x\n  label: Caf'), Buffer.from([0xe9, 0x0a])]), expect: { line: 8, field: undefined, message: /niet als UTF-8 opgeslagen/ } },
  { name: 'a data file that is not a list', file: TOPICS, edit: () => 'zittenblijven: Zittenblijven\n', expect: { line: 1, field: undefined, message: /dit bestand moet een lijst zijn/ } },
  { name: 'a zero-width space in an id', file: TOPICS, edit: replace('- id: lerarentekort', '- id: leraren\u200btekort'), expect: { line: 4, field: undefined, message: /U\+200B.*regel 4, kolom 14/ } },
  { name: 'a year in hex in sources.yaml', file: SOURCES, edit: replace('  year: 2024', '  year: 0x7E8'), expect: { line: 13, field: undefined, message: /"0x7E8" is geen gewoon getal.*: 2024/ } },
  { name: 'a topic figure that is not in its section: the figures that are there listed', file: TOPICS, edit: append('  keyFigures:\n    - { report: staat-2024, section: "6.2.1", value: 3900 }'), expect: { line: 9, field: 'lerarentekort.keyFigures.0', message: /geen kerncijfer met de waarde 3900 in § 6\.2\.1 \(content\/docs\/staat\/hoofdstukken\/6-professionals\.mdx\); daar staan: 3800 \(Tekort aan leraren in het vo\)/ } },
  { name: 'a topic figure in a section no chapter has', file: TOPICS, edit: append('  keyFigures:\n    - { report: staat-2024, section: "6.9", value: 3800 }'), expect: { line: 9, field: 'lerarentekort.keyFigures.0', message: /paragraaf 6\.9 staat in geen hoofdstuk van staat-2024/ } },
  { name: 'a topic figure with both a section and a portrait', file: TOPICS, edit: append('  keyFigures:\n    - { report: staat-2024, section: "6.2.1", portrait: vo, value: 3800 }'), expect: { line: 9, field: '1.keyFigures.0', message: /óf in een paragraaf .* óf in een sectorbeeld/ } },
  { name: 'a topic with four figures', file: TOPICS, edit: append(`  keyFigures:\n${'    - { report: staat-2024, section: "6.2.1", value: 3800 }\n'.repeat(4)}`), expect: { line: 8, field: '1.keyFigures', message: /hoogstens 3 kerncijfers/ } },
  { name: 'a data file that is a symlink loop', file: TOPICS, setup: (root) => { rmSync(join(root, TOPICS)); symlinkSync('topics.yaml', join(root, TOPICS)); }, expect: { line: 1, field: undefined, message: /dit bestand is een symbolische link/ } },
  { name: 'a missing data file', setup: (root) => rmSync(join(root, SOURCES)), file: SOURCES, expect: { line: 1, field: undefined, message: /dit bestand ontbreekt/ } },

  // --- Figures ---
  { name: 'a hex value', edit: replace('value: 6.03', 'value: 0xCC7'), expect: { line: 23, field: undefined, message: /"0xCC7" is geen gewoon getal.*: 3271/ } },
  { name: 'a 20-digit value', edit: replace('value: 6.03', 'value: 12345678901234567890'), expect: { line: 23, field: undefined, message: /heeft meer dan 15 cijfers/ } },
  { name: 'a value in exponent notation', edit: replace('value: 6.03', 'value: 6e1'), expect: { line: 23, field: undefined, message: /"6e1" is geen gewoon getal/ } },
  { name: 'an infinite value', edit: replace('value: 6.03', 'value: .inf'), expect: { line: 23, field: undefined, message: /"\.inf" is geen gewoon getal/ } },
  { name: 'two figures for the same period and group from one source', edit: replace('sources: [dashboard-vo-2020]\nrelated', '  - period: 2019\n    value: 6.1\n    unit: percent\n    source: dashboard-vo-2020\n    locator: Indicator 4\nsources: [dashboard-vo-2020]\nrelated'), expect: { line: 27, field: 'realisation.1.period', message: /er staat al een cijfer voor 2019 uit dezelfde bron in realisation\.0/ } },
  { name: 'a group name with a double space', edit: replace('    unit: percent\n    source: dashboard-vo-2020\n    locator: Indicator 4\n', '    unit: percent\n    group: vmbo  gt\n    source: dashboard-vo-2020\n    locator: Indicator 4\n'), expect: { line: 25, field: 'realisation.0.group', message: /de groep "vmbo··gt" heeft een dubbele spatie.*schrijf "vmbo gt"/ } },
  { name: 'a group name written two ways', edit: replace('    unit: percent\n    source: dashboard-vo-2020\n    locator: Indicator 4\nsources', '    unit: percent\n    group: havo\n    source: dashboard-vo-2020\n    locator: Indicator 4\n  - period: 2018\n    value: 6.5\n    unit: percent\n    group: Havo\n    source: dashboard-vo-2020\n    locator: Indicator 4\nsources'), expect: { line: 31, field: 'realisation.1.group', message: /schrijf de groep steeds hetzelfde: "havo" \(zoals in realisation\.0\), niet "Havo"/ } },
  { name: 'an implausible count', file: CHAPTER, edit: replace('value: 3800\n    unit: fte', 'value: 40000000\n    unit: count'), expect: { line: 12, field: 'keyFigures.0.value', message: /40000000 kan niet bij eenheid "count" \(aantal\): toegestaan van 0 tot 10000000/ } },
  { name: 'an implausible amount in euro', file: CHAPTER, edit: replace('value: 3800\n    unit: fte', 'value: 900000000000\n    unit: euro'), expect: { line: 12, field: 'keyFigures.0.value', message: /kies een grotere eenheid \(million-euro in plaats van euro\)/ } },
  { name: 'an implausible number of fte', file: CHAPTER, edit: replace('value: 3800', 'value: 38000000'), expect: { line: 12, field: 'keyFigures.0.value', message: /38000000 kan niet bij eenheid "fte"/ } },
  { name: 'a counterpart in the same agreement', edit: replace('sources: [dashboard-vo-2020]\nrelated', 'counterparts:\n  - { agreement: sectorakkoord-vo, number: 4 }\nsources: [dashboard-vo-2020]\nrelated'), expect: { line: 28, field: 'counterparts.0.agreement', message: /een tegenhanger staat in een ander akkoord, maar deze indicator hoort zelf bij sectorakkoord-vo/ } },
  { name: 'two key figures of one comparison for the same group and period', file: CHAPTER, edit: replace('    section: "6.2.1"\n---', '    section: "6.2.1"\n    comparison: tekort\n    group: vo\n  - label: Tekort aan leraren in het vo\n    value: 3900\n    unit: fte\n    period: 2023\n    section: "6.2.1"\n    comparison: tekort\n    group: vo\n---'), expect: { line: 22, field: 'keyFigures.1.period', message: /er staat al een cijfer voor 2023 \(groep vo\) uit dezelfde bron in keyFigures\.0/ } },
  { name: 'an upper bound below the value', edit: replace('    value: 6.03\n', '    value: 6.03\n    upTo: { value: 5 }\n'), expect: { line: 24, field: 'realisation.0.upTo.value', message: /de bovengrens \(5\) moet groter zijn dan value \(6\.03\)/ } },
  { name: 'a target baseline above 100 percent', edit: replace('    value: 5.8', '    value: 140'), expect: { line: 16, field: 'target.baseline.value', message: /een percentage ligt tussen 0 en 100, maar hier staat 140/ } },
  { name: 'percentage points beyond 100', file: CHAPTER, edit: replace('value: 3800\n    unit: fte', 'value: 150\n    unit: percentage-points'), expect: { line: 12, field: 'keyFigures.0.value', message: /150 kan niet bij eenheid "percentage-points"/ } },

  // --- Hostile pass (a second contributor's attacks; holes found then are marked "hole") ---
  { name: 'hole: a component name from Object\'s prototype (<toString />)', edit: append('Tekst <toString /> hier.'), expect: { line: 37, field: undefined, message: /<toString> is geen onderdeel dat een pagina mag gebruiken/ } },
  { name: 'hole: an element named constructor', edit: append('<constructor>x</constructor>'), expect: { line: 37, field: undefined, message: /<constructor> is geen onderdeel/ } },
  { name: 'hole: a title that closes <title> and adds a script', edit: replace('title: Zittenblijven', 'title: "Zitten</title><script>alert(1)</script>"'), expect: { line: 2, field: 'title', message: /"title" mag geen < of > bevatten.*schrijf "minder dan"/ } },
  { name: 'hole: a topic label that closes <title> (topic pages are titled by it)', file: TOPICS, edit: replace('  label: Lerarentekort', '  label: "</title><script>alert(1)</script>"'), expect: { line: 5, field: '1.label', message: /"label" mag geen < of > bevatten/ } },
  { name: 'hole: a value with a leading zero (PyYAML reads 012 as 10)', edit: replace('value: 6.03', 'value: 012'), expect: { line: 23, field: undefined, message: /"012" is geen gewoon getal.*: 12/ } },
  { name: 'hole: a trailing zero YAML drops (6.030 shown as 6,03)', edit: replace('value: 6.03', 'value: 6.030'), expect: { line: 23, field: undefined, message: /"6\.030" eindigt op een nul die YAML weglaat \(de site zou 6,03 tonen\); zet "decimals: 3"/ } },
  { name: 'an expression that is only a comment', edit: append('{/* notitie */}'), expect: { line: 37, field: undefined, message: /tekst tussen accolades \{…\} is code/ } },
  { name: 'an expression with a unicode escape', edit: append('{\\u0070rocess.exit(1)}'), expect: { line: 37, field: undefined, message: /tekst tussen accolades \{…\} is code/ } },
  { name: 'a template literal as an attribute value', file: CHAPTER, edit: replace('<Section n="6.1" />', '<Section n={`6.1`} />'), expect: { line: 19, field: undefined, message: /de waarde van "n" moet tekst tussen aanhalingstekens zijn/ } },
  { name: 'an expression inside a component', file: CHAPTER, edit: replace('<Section n="6.1" />', '<Section n="6.1">{process.env.HOME}</Section>'), expect: { line: 19, field: undefined, message: /tekst tussen accolades \{…\} is code/ } },
  { name: 'an expression in a heading', edit: append('## Kop {process.env.HOME}'), expect: { line: 37, field: undefined, message: /tekst tussen accolades \{…\} is code/ } },
  { name: 'an expression in a table cell', edit: append('| a |\n|---|\n| {1+1} |'), expect: { line: 39, field: undefined, message: /tekst tussen accolades \{…\} is code/ } },
  { name: 'a namespaced element (svg:script)', edit: append('<svg:script>alert(1)</svg:script>'), expect: { line: 37, field: undefined, message: /<svg:script> is geen onderdeel/ } },
  { name: 'a member-expression component (Section.Foo)', edit: append('<Section.Foo />'), expect: { line: 37, field: undefined, message: /<Section\.Foo> is geen onderdeel/ } },
  { name: 'an xlink:href attribute', edit: append('<abbr xlink:href="javascript:alert(1)">x</abbr>'), expect: { line: 37, field: undefined, message: /<abbr> heeft geen attribuut "xlink:href"/ } },
  { name: 'an event attribute in capitals', edit: append('<abbr title="x" ONCLICK="y">a</abbr>'), expect: { line: 37, field: undefined, message: /het attribuut "ONCLICK" voert code uit/ } },
  { name: 'a lang attribute holding a javascript: URL', edit: append('<span lang="javascript:alert(1)">x</span>'), expect: { line: 37, field: undefined, message: /de waarde van "lang" is niet toegestaan/ } },
  { name: 'a cite attribute on <q>', edit: append('<q cite="javascript:alert(1)">x</q>'), expect: { line: 37, field: undefined, message: /<q> heeft geen attribuut "cite"; toegestaan: lang/ } },
  { name: 'a spread on an allowed element', edit: append('<abbr {...props}>x</abbr>'), expect: { line: 37, field: undefined, message: /<abbr \{…\}> voegt code in/ } },
  { name: 'a <meta http-equiv> refresh', edit: append('<meta http-equiv="refresh" content="0;url=https://evil.example" />'), expect: { line: 37, field: undefined, message: /<meta> is niet toegestaan/ } },
  { name: 'a <form> with formaction', edit: append('<form action="https://evil.example"><button formaction="javascript:x">x</button></form>'), expect: { line: 37, field: undefined, message: /<form> is niet toegestaan/ } },
  { name: 'a <link> stylesheet', edit: append('<link rel="stylesheet" href="https://evil.example/x.css" />'), expect: { line: 37, field: undefined, message: /<link> is niet toegestaan/ } },
  { name: 'a <details ontoggle>', edit: append('<details open ontoggle="alert(1)">x</details>'), expect: { line: 37, field: undefined, message: /<details> is geen onderdeel/ } },
  { name: 'a script inside an allowed element', edit: append('<sup><script>alert(1)</script></sup>'), expect: { line: 37, field: undefined, message: /<script> is niet toegestaan/ } },
  { name: 'a script as link text', edit: append('[<script>alert(1)</script>](/vo/)'), expect: { line: 37, field: undefined, message: /<script> is niet toegestaan/ } },
  { name: 'a javascript: link written with &colon;', edit: append('[klik](javascript&colon;alert(1))'), expect: { line: 37, field: undefined, message: /een link met "javascript:" is niet toegestaan/ } },
  { name: 'a javascript: link in mixed case', edit: append('[klik](JaVaScRiPt:alert(1))'), expect: { line: 37, field: undefined, message: /een link met "javascript:" is niet toegestaan/ } },
  { name: 'a javascript: link in angle brackets', edit: append('[klik](<javascript:alert(1)>)'), expect: { line: 37, field: undefined, message: /een link met "javascript:" is niet toegestaan/ } },
  { name: 'a javascript: link with &Tab;', edit: append('[klik](java&Tab;script:alert(1))'), expect: { line: 37, field: undefined, message: /een link met "javascript:" is niet toegestaan/ } },
  { name: 'a file: link', edit: append('[klik](file:///etc/passwd)'), expect: { line: 37, field: undefined, message: /een link met "file:" is niet toegestaan/ } },
  { name: 'a javascript: link in a footnote', edit: append('Tekst[^1]\n\n[^1]: [klik](javascript:alert(1))'), expect: { line: 39, field: undefined, message: /een link met "javascript:" is niet toegestaan/ } },
  { name: 'a javascript: link in a table', edit: append('| a |\n|---|\n| [klik](javascript:alert(1)) |'), expect: { line: 39, field: undefined, message: /een link met "javascript:" is niet toegestaan/ } },
  { name: 'a reference image with a data: definition', edit: append('![x][a]\n\n[a]: data:image/png;base64,AAAA'), expect: { line: 37, field: undefined, message: /een afbeelding kan niet in de tekst/ } },
  { name: 'options on an aside', edit: append(':::note{onclick="alert(1)"}\ntekst\n:::'), expect: { line: 37, field: undefined, message: /een kader \(:::note\) heeft geen opties/ } },
  { name: 'an autolink to javascript:', edit: append('<javascript:alert(1)>'), expect: { line: 37, field: undefined, message: /hier staat een "<" die MDX niet kan lezen/ } },
  { name: 'a YAML !!js/function tag', edit: replace('value: 6.03', "value: !!js/function 'function(){return 1}'"), expect: { line: 23, field: 'realisation.0.value', message: /hier hoort een getal, maar er staat de tekst/ } },
  { name: 'a YAML merge key', edit: replace('  - period: 2019\n', '  - <<: {value: 9}\n    period: 2019\n'), expect: { line: 22, field: 'realisation.0', message: /onbekend veld "<<"/ } },
  { name: 'a duplicate key (a second value)', edit: replace('value: 6.03', 'value: 6.03\n    value: 7'), expect: { line: 24, field: undefined, message: /dit veld staat twee keer in dezelfde groep \(regel: "value: 7"\)/ } },
  { name: 'hole: one group typed in two Unicode forms (composed and decomposed ï)', edit: replace('sources: [dashboard-vo-2020]\nrelated', '  - period: 2018\n    value: 6.1\n    unit: percent\n    group: Oekra\u00efense leerlingen\n    source: dashboard-vo-2020\n    locator: Indicator 4\n  - period: 2018\n    value: 6.2\n    unit: percent\n    group: Oekrai\u0308ense leerlingen\n    source: dashboard-vo-2020\n    locator: Indicator 4\nsources: [dashboard-vo-2020]\nrelated'), expect: { line: 33, field: 'realisation.2.period', message: /er staat al een cijfer voor 2018 \(groep Oekraïense leerlingen\) uit dezelfde bron in realisation\.1/ } },
  { name: 'hole: 3000 nested elements (was a stack overflow)', edit: append(`${'<sup>'.repeat(3000)}x${'</sup>'.repeat(3000)}`), expect: { line: 37, field: undefined, message: /meer dan 40 lagen diep genest/ } },
  { name: 'hole: 5000 nested block quotes (was a stack overflow)', edit: append(`${'>'.repeat(5000)} x`), expect: { line: 37, field: undefined, message: /meer dan 40 lagen diep genest/ } },
  { name: 'hole: an interface text that closes the theme menu and adds a script to every page', file: 'content/i18n/nl.json', edit: () => '{\n  "page.editLink": "Bewerk deze pagina",\n  "themeSelect.dark": "Donker</option></select><script>alert(1)</script>"\n}\n', expect: { line: 3, field: 'themeSelect.dark', message: /deze tekst mag geen <, > of & bevatten: Starlight zet sommige van deze teksten als HTML in elke pagina/ } },
  { name: 'hole: broken JSON in an interface-text file (was not checked)', file: 'content/i18n/nl.json', edit: () => '{\n  "page.editLink": "Bewerk deze pagina",\n}\n', expect: { line: 3, field: undefined, message: /dit bestand is geen geldige JSON/ } },
  { name: 'another file in content/i18n', file: 'content/i18n/notities.txt', edit: () => 'x', expect: { line: 1, field: undefined, message: /"notities\.txt" hoort niet in content\/i18n\/: daar staan alleen taalbestanden/ } },
  { name: 'MDX syntax: <br> without a slash (the message named "paragraph")', edit: append('Regel met <br> erin.'), expect: { line: 37, field: undefined, message: /<br> wordt niet afgesloten.*of <br \/> als het element leeg is/ }, never: /paragraph/ },
  { name: 'MDX syntax: a closing tag with nothing to close', edit: append('tekst </sup> los'), expect: { line: 37, field: undefined, message: /<\/sup> sluit een element af dat hier niet begint.*haal <\/sup> weg/ } },
  { name: 'hole: a page in content/ outside docs/ (was silently not built)', file: 'content/extra/uitleg.mdx', edit: () => PAGE('Uitleg'), expect: { file: 'content/extra', line: 1, field: undefined, message: /"extra" hoort niet in content\/ en wordt niet gebouwd; een pagina hoort in content\/docs\// } },
  { name: 'hole: a second data file in content/data/ (was silently not read)', file: 'content/data/topics.yml', edit: () => '- id: extra\n  label: Extra\n  description: Extra.\n', expect: { line: 1, field: undefined, message: /"topics\.yml" wordt niet gelezen: in content\/data\/ staan alleen sources\.yaml, topics\.yaml, abbreviations\.yaml/ } },
  { name: 'a value as a quoted string', edit: replace('value: 6.03', 'value: "12"'), expect: { line: 23, field: 'realisation.0.value', message: /hier hoort een getal, maar er staat de tekst "12"/ } },
  { name: 'a value with an underscore (1_000)', edit: replace('value: 6.03', 'value: 1_000'), expect: { line: 23, field: 'realisation.0.value', message: /hier hoort een getal, maar er staat de tekst "1_000"/ } },
  { name: 'an octal value (0o17)', edit: replace('value: 6.03', 'value: 0o17'), expect: { line: 23, field: undefined, message: /"0o17" is geen gewoon getal.*: 15/ } },
  { name: 'a value with a plus sign', edit: replace('value: 6.03', 'value: +5'), expect: { line: 23, field: undefined, message: /"\+5" is geen gewoon getal/ } },
  { name: 'a negative count', file: CHAPTER, edit: replace('value: 3800\n    unit: fte', 'value: -5\n    unit: count'), expect: { line: 12, field: 'keyFigures.0.value', message: /-5 kan niet bij eenheid "count"/ } },
  { name: 'a file name with a Cyrillic letter', file: 'content/docs/vo/indicatoren/4-zittenblijvеn.mdx', edit: () => fixture(INDICATOR), setup: (root) => rmSync(join(root, INDICATOR)), expect: { line: 1, field: undefined, message: /de bestandsnaam "4-zittenblijvеn\.mdx" mag alleen kleine letters/ } },
  { name: 'a hidden file', file: 'content/docs/vo/.kwaad.mdx', edit: () => PAGE('Kwaad'), expect: { line: 1, field: undefined, message: /de bestandsnaam "\.kwaad\.mdx" mag alleen kleine letters/ } },
  { name: 'a second YAML document in a data file', file: TOPICS, edit: (t) => `${t}---\n- id: extra\n`, expect: { line: 7, field: undefined, message: /de YAML klopt hier niet \(regel: "---"\)/ } },
  { name: 'a next-line character (U+0085)', edit: replace('Tekst met', 'Tekst\u0085met'), expect: { line: 35, field: undefined, message: /U\+0085.*regel 35, kolom 6/ } },
  { name: 'an invisible tag character (U+E0041)', edit: replace('Tekst met', 'Tekst\u{E0041}met'), expect: { line: 35, field: undefined, message: /U\+E0041.*regel 35, kolom 6/ } },
];

describe('the valid mini site', () => {
  it('has no problems', () => {
    expect(checkContent(FIXTURE).problems).toEqual([]);
  });
});

/** Stack traces and English: neither belongs in a message for an editor. */
const STACK = /\n\s+at |\bat [\w.<>]+ \(|Error:|node:internal|\.ts:\d+:\d+/;
const ENGLISH = /\b(the|expected|invalid|unexpected|received|required|error|undefined|cannot|should|must|with|which|character|allowed|missing|instead)\b/i;
/** A message without what the editor wrote (quoted) and paths, so only our own words are tested for English. */
const ownWords = (message: string) =>
  message
    .replace(/"[^"]*"|'[^']*'|`[^`]*`/g, '')
    .replace(/\S*\/\S*/g, '')
    .replace(/<[^>]*>/g, '');

describe('bad input: every malformed file fails with file, line, field and what to write', () => {
  it.each(CASES)('$name', (c) => {
    const file = c.file ?? INDICATOR;
    const problems = checkContent(siteWith(file, c.edit, c.setup)).problems;
    const expectedFile = c.expect.file ?? file;
    const shown = problems.map((p) => `${p.file}:${String(p.line)} ${p.field ?? '-'} ${p.message}`).join('\n');
    const match = problems.find(
      (p) => p.file === expectedFile && c.expect.message.test(p.message) && p.field === c.expect.field && p.line === c.expect.line,
    );
    expect(match, `expected a problem like ${JSON.stringify({ ...c.expect, file: expectedFile, message: String(c.expect.message) })}, got:\n${shown}`).toBeDefined();
    for (const p of problems) {
      expect(p.message, 'a stack trace').not.toMatch(STACK);
      expect(ownWords(p.message), `English in: ${p.message}`).not.toMatch(ENGLISH);
      if (c.never) expect(p.message).not.toMatch(c.never);
    }
  });

  it('has at least 90 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(90);
  });
});
