/**
 * The corpus of malformed content: each case breaks one thing in an otherwise valid
 * mini site (tests/fixtures/site) and asserts that the content check names the file,
 * the line, the field and what to write instead.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, type Problem } from '../../src/lib/check.ts';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'site');
const INDICATOR = 'content/docs/vo/indicatoren/4-zittenblijven.mdx';
const CHAPTER = 'content/docs/staat/hoofdstukken/6-professionals.mdx';
const roots: string[] = [];

/** A copy of the valid mini site with one file changed by `edit`. */
function siteWith(file: string, edit: (text: string) => string): string {
  const root = mkdtempSync(join(tmpdir(), 'om-bad-'));
  roots.push(root);
  cpSync(FIXTURE, root, { recursive: true });
  const path = join(root, file);
  let text = '';
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    /* a new file */
  }
  writeFileSync(path, edit(text));
  return root;
}

function problemsAfter(file: string, edit: (text: string) => string): Problem[] {
  return checkContent(siteWith(file, edit)).problems;
}

afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

interface Case {
  name: string;
  file?: string;
  edit: (text: string) => string;
  /** Expected problem: in which file, on which line, which field, and words of the message. */
  expect: { file?: string; line?: number; field?: string; message: RegExp };
}

const replace = (from: string | RegExp, to: string) => (t: string) => {
  const out = t.replace(from, to);
  if (out === t) throw new Error(`fixture edit did not apply: ${String(from)}`);
  return out;
};

const CASES: Case[] = [
  { name: 'unknown key (typo)', edit: replace('    unit: percent\n    source: dashboard-vo-2020\n    locator: Indicator 4\n', '    unitt: percent\n    source: dashboard-vo-2020\n    locator: Indicator 4\n'), expect: { line: 24, field: 'realisation.0', message: /onbekend veld "unitt" \(bedoelt u "unit"\?\)/ } },
  { name: 'unknown top-level key', edit: replace('sector: vo\n', 'sector: vo\nsectoor: vo\n'), expect: { message: /onbekend veld "sectoor"/ } },
  { name: 'wrong type: number written as a word', edit: replace('number: 4\n', 'number: vier\n'), expect: { line: 6, field: 'number', message: /hier hoort een (heel )?getal/ } },
  { name: 'missing required field (target locator)', edit: replace('  locator: Indicator 4, Doelstelling\n', ''), expect: { line: 10, field: 'target.locator', message: /dit veld ontbreekt; waar de doelstelling in de bron staat/ } },
  { name: 'percentage of 140', edit: replace('value: 6.03', 'value: 140'), expect: { line: 23, field: 'realisation.0.value', message: /percentage ligt tussen 0 en 100, maar hier staat 140/ } },
  { name: 'period "20199"', edit: replace('  - period: 2019', '  - period: 20199'), expect: { line: 22, field: 'realisation.0.period', message: /periode "20199" klopt niet; schrijf een jaar \(2019\), een schooljaar \(2018\/2019\)/ } },
  { name: 'school year that is not two consecutive years', edit: replace('  - period: 2019', '  - period: "2018/2020"'), expect: { field: 'realisation.0.period', message: /periode "2018\/2020" klopt niet/ } },
  { name: 'target year before baseline year', edit: replace('    year: 2013', '    year: 2021'), expect: { field: 'target.baseline.year', message: /startjaar \(2021\) moet vóór het doeljaar \(2020\) liggen/ } },
  { name: 'realisation unit does not match the target', edit: replace('    unit: percent\n    source: dashboard-vo-2020\n    locator: Indicator 4\n', '    unit: count\n    source: dashboard-vo-2020\n    locator: Indicator 4\n'), expect: { field: 'realisation.0.unit', message: /eenheid "count" maar de streefwaarde "percent"; schrijf "unit: percent"/ } },
  { name: 'target value without unit', edit: replace('  unit: percent\n  year: 2020', '  year: 2020'), expect: { field: 'target.unit', message: /streefwaarde 3\.8 heeft geen eenheid; schrijf bijvoorbeeld "unit: percent"/ } },
  { name: 'unknown topic', edit: replace('topics: [zittenblijven]', 'topics: [zitenblijven]'), expect: { field: 'topics.0', message: /onbekende thema "zitenblijven" \(bedoelt u "zittenblijven"\?\); kies uit content\/data\/topics\.yaml: zittenblijven, lerarentekort/ } },
  { name: 'unknown source', edit: replace('sources: [dashboard-vo-2020]\nrelated', 'sources: [dashboard-vo-2021]\nrelated'), expect: { field: 'sources.0', message: /onbekende bron "dashboard-vo-2021"/ } },
  { name: 'dangling related link (section that does not exist)', edit: replace('section: "6.2.1"\n---', 'section: "6.9"\n---'), expect: { field: 'related.0.section', message: /paragraaf 6\.9 bestaat niet in staat-2024/ } },
  { name: 'related link to a report without chapters', edit: replace('  - report: staat-2024\n    section: "6.2.1"', '  - report: staat-2023\n    section: "6.2.1"'), expect: { field: 'related.0.section', message: /rapport "staat-2023" heeft geen hoofdstukpagina's; kies uit: staat-2024/ } },
  { name: 'duplicate indicator number: the added file is blamed', file: 'content/docs/vo/indicatoren/4-kopie.mdx', edit: () => readFileSync(join(FIXTURE, INDICATOR), 'utf8'), expect: { line: 6, field: 'number', message: /Indicator 4 van sectorakkoord-vo bestaat al in content\/docs\/vo\/indicatoren\/4-zittenblijven\.mdx/ } },
  { name: 'missing title', edit: replace('title: Zittenblijven\n', ''), expect: { line: 2, field: 'title', message: /de titel ontbreekt.*title: "/ } },
  { name: 'invalid YAML: wrong indentation', edit: replace('    value: 5.8\n', '     value: 5.8\n'), expect: { line: 17, message: /inspringen klopt niet.*vergelijk met regel 16 \("value: 5\.8"\)/ } },
  { name: 'invalid YAML: a tab as indentation', edit: replace('  value: 3.8\n', '\tvalue: 3.8\n'), expect: { line: 12, message: /tab als inspringing.*gebruik spaties/ } },
  { name: 'a colon in unquoted text', edit: replace('  description: Minder zittenblijvers.', '  description: Doel: minder zittenblijvers.'), expect: { line: 11, message: /dubbele punt.*tussen aanhalingstekens/ } },
  { name: 'empty page', file: 'content/docs/vo/leeg.mdx', edit: () => '', expect: { file: 'content/docs/vo/leeg.mdx', line: 1, message: /dit bestand is leeg/ } },
  { name: 'page without frontmatter', file: 'content/docs/vo/zonder.mdx', edit: () => '# Titel\n\nTekst.\n', expect: { line: 1, message: /de frontmatter ontbreekt/ } },
  { name: 'decimal comma', edit: replace('value: 6.03', 'value: 6,03'), expect: { field: 'realisation.0.value', message: /"6,03" heeft een komma; schrijf in YAML een punt als decimaalteken: 6\.03/ } },
  { name: 'percentage written with a % sign', edit: replace('value: 6.03', 'value: 6.03%'), expect: { field: 'realisation.0.value', message: /procentteken; schrijf alleen het getal \(6\.03\) en zet "unit: percent" erbij/ } },
  { name: 'count that YAML reads as a decimal (2.141)', file: CHAPTER, edit: replace('value: 3800\n    unit: fte', 'value: 2.141\n    unit: count'), expect: { line: 12, field: 'keyFigures.0.value', message: /een aantal is een heel getal, maar hier staat 2\.141.*2141, niet 2\.141/ } },
  { name: 'unknown page type', edit: replace('type: indicator', 'type: indikator'), expect: { field: 'type', message: /"type" ontbreekt of is onbekend \("indikator"\); kies uit: home, page, agreement/ } },
  { name: 'unknown unit', edit: replace('  unit: percent\n  year: 2020', '  unit: procent\n  year: 2020'), expect: { field: 'target.unit', message: /"procent" is niet toegestaan; kies uit: percent, percentage-points/ } },
  { name: 'ambition that does not exist', edit: replace('ambition: 1', 'ambition: 9'), expect: { field: 'ambition', message: /ambitie 9 bestaat niet in sectorakkoord-vo; kies uit: 1/ } },
  { name: 'counterpart that does not exist', edit: replace('sources: [dashboard-vo-2020]\nrelated', 'counterparts:\n  - { agreement: bestuursakkoord-po, number: 7 }\nsources: [dashboard-vo-2020]\nrelated'), expect: { field: 'counterparts.0', message: /indicator 7 van bestuursakkoord-po bestaat niet/ } },
  { name: 'key figure in a section the chapter does not have', file: CHAPTER, edit: replace('section: "6.2.1"\n---', 'section: "6.3"\n---'), expect: { field: 'keyFigures.0.section', message: /paragraaf "6\.3" staat niet in "sections" van deze pagina; kies uit: 6\.1, 6\.2\.1/ } },
  { name: 'link to a page that moved', edit: replace('(/vo/)', '(/vo/oud/)'), expect: { line: 35, message: /de link \/vo\/oud\/ wijst naar een pagina die niet bestaat/ } },
  { name: 'link to a section anchor that does not exist', edit: replace('#par-6-2-1)', '#par-6-4)'), expect: { message: /geen paragraaf #par-6-4/ } },
  { name: 'raw <script> in the body', edit: (t) => `${t}\n<script>alert(1)</script>\n`, expect: { line: 37, message: /<script> is niet toegestaan/ } },
  { name: 'an <iframe>', edit: (t) => `${t}\n<iframe src="https://example.com"></iframe>\n`, expect: { message: /<iframe> is niet toegestaan/ } },
  { name: 'an <object>', edit: (t) => `${t}\n<object data="x.swf"></object>\n`, expect: { message: /<object> is niet toegestaan/ } },
  { name: 'a <style> block', edit: (t) => `${t}\n<style>body { display: none }</style>\n`, expect: { message: /<style> is niet toegestaan/ } },
  { name: 'an event-handler attribute', edit: (t) => `${t}\n<span onClick="steal()">klik</span>\n`, expect: { message: /het attribuut "onClick" voert code uit/ } },
  { name: 'a javascript: URL', edit: (t) => `${t}\n[klik](javascript:alert(1))\n`, expect: { message: /"javascript:".*niet toegestaan/ } },
  { name: 'an import from outside the project components', file: CHAPTER, edit: replace('<Section n="6.1" />', "import evil from 'https://evil.example/x.js';\n\n<Section n=\"6.1\" />"), expect: { line: 19, message: /een "import" is niet toegestaan in een pagina: hij kan code uitvoeren/ } },
  { name: 'an export in the body', edit: (t) => `${t}\nexport const x = 1;\n`, expect: { line: 37, message: /een "export" is niet toegestaan in een pagina; zet gegevens in de frontmatter/ } },
];

describe('the valid mini site', () => {
  it('has no problems', () => {
    expect(checkContent(FIXTURE).problems).toEqual([]);
  });
});

describe('bad input: every malformed file fails with file, line, field and what to write', () => {
  it.each(CASES)('$name', (c) => {
    const file = c.file ?? INDICATOR;
    const problems = problemsAfter(file, c.edit);
    const expectedFile = c.expect.file ?? file;
    const match = problems.find(
      (p) =>
        p.file === expectedFile &&
        c.expect.message.test(p.message) &&
        (c.expect.field === undefined || p.field === c.expect.field) &&
        (c.expect.line === undefined || p.line === c.expect.line),
    );
    expect(match, `expected a problem like ${JSON.stringify({ ...c.expect, message: String(c.expect.message) })}, got:\n${problems.map((p) => `${p.file}:${String(p.line)} ${p.field ?? ''} ${p.message}`).join('\n')}`).toBeDefined();
  });

  it('covers at least 20 kinds of bad input', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(20);
  });
});
