/**
 * Reads the frontmatter of a content file with a YAML parser (never with regular
 * expressions) and maps a field path back to its line, so every message an editor
 * gets can say "file:line".
 */
import { isMap, isSeq, LineCounter, parseDocument, visit, type Document } from 'yaml';

export interface ParsedFile {
  /** The whole file as the parsers see it: BOM removed, line ends as "\n". */
  text: string;
  /** The frontmatter as data, if it parsed. */
  data: unknown;
  /** YAML syntax errors, with their line in the file. */
  yamlErrors: { line: number; message: string }[];
  /** Line in the file where the frontmatter starts (the line after `---`). */
  offset: number;
  /** The body after the frontmatter, and the line it starts on. */
  body: string;
  bodyLine: number;
  hasFrontmatter: boolean;
  doc?: Document.Parsed | undefined;
  lines?: LineCounter | undefined;
}

/** YAML as the site reads it, with each problem on its line (`offset` is the file line of the YAML's first line). */
export interface ReadYaml {
  data: unknown;
  errors: { line: number; message: string }[];
  doc: Document.Parsed;
  lines: LineCounter;
}

/** The longest number the site takes as it is written: more digits are not exact in JavaScript. */
const MAX_DIGITS = 15;

/**
 * The one YAML reader of the project, for frontmatter and for content/data/*.yaml,
 * in the content check and in the build alike: YAML 1.2 core schema (so a date stays
 * text: "2024-04-15"), no duplicate keys, no anchors or aliases (`&x`, `*x`: an
 * editor never needs them, and they make "alias bombs"), and numbers only as plain
 * decimals (no 0x1F, 1e3, .inf, +5, or more than 15 digits).
 */
export function readYaml(yamlText: string, offset = 1): ReadYaml {
  const lines = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, schema: 'core' });
  const yamlLines = yamlText.split('\n');
  const errors = doc.errors.map((e) => {
    let line = lines.linePos(e.pos[0]).line;
    if (INDENT_CODES.has(e.code) && !COLON_IN_TEXT.test(yamlLines[line - 1] ?? '')) line = misindentedLine(yamlLines, line);
    let message = yamlMessage(e.code, yamlLines[line - 1] ?? '');
    if (e.code === 'BAD_INDENT') {
      // Either this line or the one above it is out of step; name both.
      const above = previousLine(yamlLines, line);
      if (above) message += `; vergelijk met regel ${String(above.index + 2)} ("${above.text.trim()}")`;
    }
    return { line: offset - 1 + line, message };
  });
  const at = (range: readonly number[] | null | undefined) => offset - 1 + lines.linePos(range?.[0] ?? 0).line;
  if (!errors.length) {
    visit(doc, {
      Alias(_, node) {
        errors.push({
          line: at(node.range),
          message: `"*${node.source}" verwijst naar een andere plek in de YAML (een alias); dat is niet toegestaan: schrijf de waarde zelf uit`,
        });
        return visit.BREAK;
      },
      Node(_, node) {
        if (node.anchor)
          errors.push({
            line: at(node.range),
            message: `"&${node.anchor}" (een YAML-anker) is niet toegestaan; haal het weg en schrijf waarden uit`,
          });
      },
      Scalar(_, node, path) {
        if (typeof node.value !== 'number' || node.type !== 'PLAIN') return;
        const source = String(node.source ?? node.value);
        // A leading zero ("012") is octal in YAML 1.1 readers (PyYAML: 10), decimal here (12).
        if (!/^-?(0|[1-9]\d*)(\.\d+)?$/.test(source)) {
          const advice = Number.isFinite(node.value) ? `: ${String(node.value)}` : '';
          errors.push({
            line: at(node.range),
            message: `"${source}" is geen gewoon getal; schrijf een getal met cijfers en hooguit één punt als decimaalteken${advice}, of zet tekst tussen aanhalingstekens`,
          });
        } else if (/\.\d*0$/.test(source) && isValue(path) && !declaresDecimals(path, source)) {
          // YAML reads 6.030 as 6.03: the site would show a figure less precise than the source.
          const decimals = source.split('.')[1]?.length ?? 0;
          errors.push({
            line: at(node.range),
            message: `"${source}" eindigt op een nul die YAML weglaat (de site zou ${String(node.value).replace('.', ',')} tonen); zet "decimals: ${String(decimals)}" bij dit cijfer, of schrijf ${String(node.value)} als de bron dat doet`,
          });
        } else if (source.replace(/\D/g, '').replace(/^0+/, '').length > MAX_DIGITS) {
          errors.push({
            line: at(node.range),
            message: `"${source}" heeft meer dan ${String(MAX_DIGITS)} cijfers en kan niet exact worden getoond; controleer het getal in de bron (of kies een grotere eenheid, zoals million-euro)`,
          });
        }
      },
    });
  }
  return { data: errors.length ? undefined : doc.toJS({ maxAliasCount: 0 }), errors, doc, lines };
}

/** Splits a Markdown/MDX file into frontmatter and body and parses the frontmatter. */
export function parseFile(text: string): ParsedFile {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const match = /^---\n([\s\S]*?)\n?---[ \t]*(?:\n|$)/.exec(normalized);
  if (!match) {
    return { text: normalized, data: undefined, yamlErrors: [], offset: 1, body: normalized, bodyLine: 1, hasFrontmatter: false };
  }
  const { data, errors, doc, lines } = readYaml(match[1] ?? '', 2);
  const bodyLine = match[0].split('\n').length;
  return {
    text: normalized,
    data,
    yamlErrors: errors,
    offset: 2,
    body: normalized.slice(match[0].length),
    bodyLine: match[0].endsWith('\n') ? bodyLine : bodyLine + 1,
    hasFrontmatter: true,
    doc,
    lines,
  };
}

/** The nearest non-empty line above `line` (1-based in the YAML text). */
function previousLine(lines: readonly string[], line: number): { index: number; text: string } | undefined {
  for (let i = line - 2; i >= 0; i--) if ((lines[i] ?? '').trim()) return { index: i, text: lines[i] ?? '' };
  return undefined;
}

/** A line like `description: Ambitie 1: uitdagend` — a second colon in unquoted text. */
const COLON_IN_TEXT = /^\s*(- )?[\w-]+:\s+[^'"].*:\s/;

const INDENT_CODES = new Set(['BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY', 'MISSING_CHAR']);

/**
 * YAML reports an indentation error where the group starts; an editor needs the line
 * that is out of step. From the reported line on, the first line that is indented
 * further than its group's keys without a parent key ("…:") above it is that line.
 */
export function misindentedLine(lines: readonly string[], reported: number): number {
  const first = lines[reported - 1] ?? '';
  const keyColumn = (first.match(/^(\s*(?:- )?)/)?.[1] ?? '').length;
  for (let i = reported; i < Math.min(lines.length, reported + 8); i++) {
    const text = lines[i] ?? '';
    if (!text.trim() || text.trim().startsWith('#')) continue;
    const indent = (text.match(/^\s*/)?.[0] ?? '').length;
    if (indent < keyColumn) break;
    const above = (lines[i - 1] ?? '').trimEnd();
    if (indent !== keyColumn && !above.endsWith(':') && !/^\s*- /.test(text)) return i + 1;
  }
  return reported;
}

/** A YAML parser error in Dutch, with the usual cause and what to write instead. */
export function yamlMessage(code: string, lineText: string): string {
  const shownLine = lineText.trim() ? ` (regel: "${lineText.trim()}")` : '';
  const colonInText = COLON_IN_TEXT.test(lineText);
  switch (code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return colonInText
        ? `deze tekst bevat een dubbele punt${shownLine}; zet de hele tekst tussen aanhalingstekens, bijvoorbeeld: description: "Ambitie 1: uitdagend onderwijs"`
        : `de YAML klopt hier niet${shownLine}; waarschijnlijk springt deze regel verder in dan de regel erboven: velden in dezelfde groep beginnen in dezelfde kolom`;
    case 'BAD_INDENT':
      return `het inspringen klopt niet${shownLine}; velden in dezelfde groep beginnen in dezelfde kolom (gebruik steeds twee spaties per niveau)`;
    case 'MISSING_CHAR':
      return `het inspringen klopt niet${shownLine}; in een lijst begint elk nieuw item met "- " en springen de velden eronder even ver in als het eerste veld na "- "`;
    case 'DUPLICATE_KEY':
      return `dit veld staat twee keer in dezelfde groep${shownLine}; laat er één over`;
    case 'TAB_AS_INDENT':
      return `er staat een tab als inspringing${shownLine}; gebruik spaties`;
    default:
      return `de YAML klopt hier niet${shownLine}; controleer inspringen, dubbele punten en aanhalingstekens`;
  }
}

/** The line (1-based, in the file) of the field at `path`, or of its nearest existing parent. */
export function lineOf(parsed: Pick<ParsedFile, 'doc' | 'lines' | 'offset'>, path: readonly (string | number)[]): number {
  if (!parsed.doc || !parsed.lines) return 1;
  let node: unknown = parsed.doc.contents;
  let line = parsed.offset;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => {
        const k = p.key as { value?: unknown } | null;
        return String(k?.value ?? k) === String(key);
      });
      if (!pair) break;
      const keyNode = pair.key as { range?: [number, number, number] } | null;
      if (keyNode?.range) line = parsed.offset - 1 + parsed.lines.linePos(keyNode.range[0]).line;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as { range?: [number, number, number] } | undefined;
      if (!item) break;
      if (item.range) line = parsed.offset - 1 + parsed.lines.linePos(item.range[0]).line;
      node = item;
    } else break;
  }
  return line;
}

/** Whether the number is the `value` of a figure (not a year or a period). */
function isValue(path: readonly unknown[]): boolean {
  const pair = path.at(-1) as { key?: { value?: unknown } } | undefined;
  return pair?.key?.value === 'value';
}

/**
 * Whether a figure around this number says how many decimals it has (`decimals: 3` for
 * 6.030): in the map that holds the number, or in the figure one level up (`upTo.value`).
 */
function declaresDecimals(path: readonly unknown[], source: string): boolean {
  const wanted = source.split('.')[1]?.length ?? 0;
  const maps = path.filter((n) => isMap(n)).slice(-2);
  return maps.some((m) => Number((m as { get: (k: string) => unknown }).get('decimals')) === wanted);
}
