/**
 * MDX is code: a pull request could add a script, or an expression that runs during
 * the build. So a page body is parsed with the MDX parser the build itself uses
 * (Sätteri, through @astrojs/markdown-satteri), never pattern-matched, and only what
 * an editor needs is accepted:
 *
 * - Markdown (headings, paragraphs, lists, tables, emphasis, links, block quotes);
 * - the project's own components by name, with literal attribute values
 *   (`<Section n="6.2.1" />`); the build adds their import, so a page has none;
 * - a short list of harmless HTML elements (`<abbr title="…">`, `<sub>`, `<sup>`, …);
 * - links that are relative or use https:, http: or mailto:.
 *
 * No `import`, no `export`, no `{expression}`: there is no form of them a page needs.
 * The same function runs in `npm run check:content` and as an mdast plugin inside
 * the build (src/integrations/safe-mdx.ts), before any code of the page is made.
 */
import { mdxToMdast, type MdastNode } from 'satteri';

export interface SafetyProblem {
  line: number;
  message: string;
}

/** The Markdown features the build parses with (Starlight switches directives on for its asides). */
export const MDX_FEATURES = { gfm: true, directive: true } as const;

/**
 * The project's components a page may use, by name: the file the build imports and,
 * per attribute, the form its literal value must have.
 */
export const PAGE_COMPONENTS: Record<string, { file: string; attributes: Record<string, { pattern: RegExp; example: string }> }> = {
  Section: {
    file: 'src/components/Section.astro',
    attributes: { n: { pattern: /^\d+(\.\d+){0,3}$/, example: '<Section n="6.2.1" />' } },
  },
};

/** Harmless HTML elements, each with the attributes it may have (literal text only). */
export const HTML_ELEMENTS: Record<string, readonly string[]> = {
  abbr: ['title', 'lang'],
  sub: [],
  sup: [],
  br: [],
  small: [],
  em: [],
  strong: [],
  q: ['lang'],
  span: ['lang'],
};

/** Node types of Markdown that need no further check (their children are checked). */
const MARKDOWN_NODES = new Set([
  'root',
  'yaml',
  'paragraph',
  'text',
  'heading',
  'thematicBreak',
  'blockquote',
  'list',
  'listItem',
  'emphasis',
  'strong',
  'delete',
  'inlineCode',
  'code',
  'break',
  'table',
  'tableRow',
  'tableCell',
  'linkReference',
  'footnoteReference',
  'footnoteDefinition',
  // `:word` in running text; Starlight turns an unclaimed directive back into text.
  'textDirective',
  'leafDirective',
]);

/** How deep a page may nest lists, quotes and elements (real pages need under 10). */
const MAX_DEPTH = 40;

/** Starlight's asides (`:::note … :::`). */
const ASIDES = new Set(['note', 'tip', 'caution', 'danger']);

const DANGEROUS_ELEMENTS =
  /^(script|iframe|object|embed|style|frame|frameset|base|meta|link|form|input|button|img|svg|math|video|audio|template|a)$/i;

const componentList = () => Object.keys(PAGE_COMPONENTS).map((n) => `<${n}>`);
const elementList = () => Object.keys(HTML_ELEMENTS).map((n) => `<${n}>`);

/**
 * What a link target turns into in a browser: character references decoded, and the
 * tabs, line breaks and control characters a browser drops from a URL removed.
 */
export function normalizeUrl(raw: string): string {
  let url = raw;
  for (let i = 0; i < 3; i++) {
    const decoded = url
      .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(Math.min(Number.parseInt(hex, 16), 0x10ffff)))
      .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Math.min(Number(dec), 0x10ffff)))
      .replace(/&(colon|tab|newline|nbsp|sol|period|lpar|rpar|amp);?/gi, (_, name: string) => NAMED[name.toLowerCase()] ?? '');
    if (decoded === url) break;
    url = decoded;
  }
  // eslint-disable-next-line no-control-regex
  return url.replace(/[\u0000-\u0020\u007f-\u009f\u00a0\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/g, '');
}
const NAMED: Record<string, string> = {
  colon: ':',
  tab: '\t',
  newline: '\n',
  nbsp: ' ',
  sol: '/',
  period: '.',
  lpar: '(',
  rpar: ')',
  amp: '&',
};

/** Why a link target is not allowed, or undefined if it is relative, https:, http: or mailto:. */
export function linkProblem(raw: string): string | undefined {
  const url = normalizeUrl(raw);
  const fix = 'link naar een pagina van de site ("/sectorakkoord-vo/") of naar een adres dat begint met https://';
  if (url.startsWith('//') || url.includes('\\')) return `de link "${raw}" is geen gewoon adres; ${fix}`;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme === undefined || ['https', 'http', 'mailto'].includes(scheme)) return undefined;
  return `een link met "${scheme}:" is niet toegestaan; ${fix} (of mailto: voor een e-mailadres)`;
}

/** Parses MDX as the build does; a syntax error becomes a Dutch problem with a fix. */
export function parseMdx(source: string): { tree: MdastNode } | { error: SafetyProblem } {
  try {
    return { tree: mdxToMdast(source, { features: MDX_FEATURES }) };
  } catch (e) {
    return { error: syntaxProblem(source, e instanceof Error ? e.message : String(e)) };
  }
}

/** A Dutch message for an MDX syntax error ("1:3: Unexpected character …"), with what to write instead. */
export function syntaxProblem(source: string, english: string): SafetyProblem {
  const at = /^(\d+):(\d+)/.exec(english);
  const line = at ? Number(at[1]) : 1;
  const column = at ? Number(at[2]) : 1;
  const text = source.split('\n')[line - 1] ?? '';
  const here = text.slice(column - 1);
  const shown = text.trim() ? ` (regel: "${text.trim().slice(0, 80)}")` : '';
  const lt = here.startsWith('<') ? here : text.slice(Math.max(0, column - 2));
  let message: string;
  const tag = /<\s*([a-z][a-z0-9]*)/i.exec(text)?.[1];
  if (tag && DANGEROUS_ELEMENTS.test(tag)) {
    message = `<${tag.toLowerCase()}> is niet toegestaan in een pagina${shown}; haal het weg (grafieken, tabellen en opmaak maakt de site zelf)`;
  } else if (/^<!--/.test(lt) || /^<!/.test(lt)) {
    message = `HTML-commentaar (<!-- … -->) kan niet in een pagina${shown}; haal het weg (een notitie voor de redactie hoort in de pull request)`;
  } else if (/^<\s*\d/.test(lt)) {
    const n = /^<\s*([\d.,]+)/.exec(lt)?.[1] ?? '5';
    message = `"<" vóór een getal leest MDX als het begin van een HTML-element${shown}; schrijf 'minder dan ${n}'`;
  } else if (/^<\s*=/.test(lt) || /^<\s/.test(lt)) {
    message = `een los "<" leest MDX als het begin van een HTML-element${shown}; schrijf 'minder dan' of 'kleiner dan' in woorden`;
  } else if (/^[\d:]+: Expected a closing tag for `<([^`>\s]+)>`/.test(english)) {
    const name = /`<([^`>\s]+)>`/.exec(english)?.[1] ?? '';
    message = `<${name}> wordt niet afgesloten${shown}; schrijf <${name}>…</${name}>, of <${name} /> als het element leeg is (zoals <br />)`;
  } else if (/Unexpected closing tag `<\/([^`>\s]+)>`, expected an open tag/.test(english)) {
    const name = /`<\/([^`>\s]+)>`/.exec(english)?.[1] ?? '';
    message = `</${name}> sluit een element af dat hier niet begint${shown}; haal </${name}> weg, of zet <${name}> ervoor`;
  } else if (/closing tag/i.test(english)) {
    const tags = [...english.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
    message = `de afsluitende tag ${tags[0] ?? ''} past niet bij ${tags[1] ?? 'de open tag'}${shown}; sluit elk element af met dezelfde naam (<abbr>…</abbr>)`;
  } else if (/end of file|lazy line|before name|tag|JSX/i.test(english) && /</.test(text)) {
    message = `hier staat een "<" die MDX niet kan lezen${shown}; schrijf 'minder dan' in woorden, of sluit het element af (<sub>…</sub>)`;
  } else if (/expression|brace|`\{`|`\}`|acorn/i.test(english) || /[{}]/.test(text)) {
    message = `een accolade { of } kan niet in de tekst staan${shown}; schrijf "tussen 12 en 15" in woorden, of zet een backslash ervoor: \\{`;
  } else {
    message = `deze regel kan niet gelezen worden (kolom ${String(column)})${shown}; controleer de tekens <, >, { en } (schrijf ze als \\<, \\{ en \\}, of in woorden)`;
  }
  return { line, message };
}

/** What the rules found in a body besides problems: the project components it uses and its links. */
export interface BodyParts {
  components: Set<string>;
  links: { href: string; line: number }[];
}
export const emptyParts = (): BodyParts => ({ components: new Set(), links: [] });

interface AnyNode {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  attributes?: readonly { type: string; name?: string; value?: unknown }[];
  children?: readonly AnyNode[];
  position?: { start: { line: number } } | undefined;
}

/**
 * The rules, over a parsed tree. `components` receives the names of the project
 * components the page uses (the build imports them). Works on a materialised tree
 * (the check) and on the build's own tree (the plugin).
 */
export function checkTree(tree: unknown, found: BodyParts = emptyParts()): SafetyProblem[] {
  const { components, links } = found;
  const problems: SafetyProblem[] = [];
  /** Checks one node; returns the line its children inherit, or undefined if they are not to be checked. */
  const visit = (node: AnyNode, parentLine: number): number | undefined => {
    const line = node.position?.start.line ?? parentLine;
    const add = (message: string) => problems.push({ line, message });
    switch (node.type) {
      case 'mdxjsEsm': {
        const value = String(node.value ?? '');
        const imported = /^\s*import\s+(\w+)\s+from\s+['"]~\/components\/(\w+)\.astro['"]/.exec(value);
        if (imported && imported[1] && PAGE_COMPONENTS[imported[1]] && !/\n\s*\S/.test(value.trim()))
          add(`haal deze regel weg: <${imported[1]}> werkt zonder import (de site voegt hem zelf toe)`);
        else if (/^\s*import\b/.test(value))
          add(
            `een "import" is niet toegestaan in een pagina: hij kan code uitvoeren tijdens de build; gebruik alleen de onderdelen ${componentList().join(', ')} (zonder import)`,
          );
        else add('een "export" is niet toegestaan in een pagina; zet gegevens in de frontmatter');
        return;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        const value = String(node.value ?? '').trim();
        const range = /^(-?\d+(?:[.,]\d+)?)\s*-\s*(\d+(?:[.,]\d+)?)$/.exec(value);
        add(
          range
            ? `"{${value}}" rekent MDX uit (tot ${String(Number(range[1]?.replace(',', '.')) - Number(range[2]?.replace(',', '.')))}); schrijf "tussen ${range[1] ?? ''} en ${range[2] ?? ''}" of "${range[1] ?? ''} tot ${range[2] ?? ''}"`
            : `tekst tussen accolades {…} is code en is niet toegestaan in een pagina; schrijf gewone tekst, of zet een backslash voor de accolade: \\{`,
        );
        return;
      }
      case 'html':
        add(`ruwe HTML is niet toegestaan in een pagina; gebruik Markdown of een van: ${elementList().join(', ')}`);
        return;
      case 'image':
      case 'imageReference':
        add('een afbeelding kan niet in de tekst; grafieken en tabellen maakt de site zelf uit de cijfers in de frontmatter');
        return;
      case 'link':
      case 'definition': {
        const why = linkProblem(String(node.url ?? ''));
        if (why) add(why);
        else links.push({ href: String(node.url ?? ''), line });
        break;
      }
      case 'containerDirective':
        if (!ASIDES.has(String(node.name))) {
          add(`":::${String(node.name)}" bestaat niet; een kader is :::note, :::tip, :::caution of :::danger`);
          return;
        }
        if (node.attributes && Object.keys(node.attributes).length)
          add(`een kader (:::${String(node.name)}) heeft geen opties tussen {…}; haal ze weg`);
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        // Own keys only: `<constructor />` or `<toString />` must not find Object's prototype.
        const component = Object.hasOwn(PAGE_COMPONENTS, name) ? PAGE_COMPONENTS[name] : undefined;
        const element = Object.hasOwn(HTML_ELEMENTS, name) ? HTML_ELEMENTS[name] : undefined;
        if (!component && !element) {
          add(
            name === ''
              ? `een leeg element <>…</> is niet toegestaan; haal het weg`
              : DANGEROUS_ELEMENTS.test(name)
                ? `<${name.toLowerCase()}> is niet toegestaan in een pagina; ${name.toLowerCase() === 'a' ? 'schrijf een link als [tekst](/pagina/)' : 'haal het weg (grafieken, tabellen en opmaak maakt de site zelf)'}`
                : `<${name}> is geen onderdeel dat een pagina mag gebruiken; toegestaan zijn ${componentList().join(', ')} en ${elementList().join(', ')}`,
          );
          return;
        }
        if (component) components.add(name);
        for (const attribute of node.attributes ?? []) {
          if (attribute.type !== 'mdxJsxAttribute') {
            add(
              `<${name} {…}> voegt code in en is niet toegestaan; schrijf elk attribuut uit: ${component ? (Object.values(component.attributes)[0]?.example ?? '') : `<${name}>`}`,
            );
            continue;
          }
          const attr = attribute.name ?? '';
          if (/^on/i.test(attr)) {
            add(`het attribuut "${attr}" voert code uit en is niet toegestaan; haal het weg`);
            continue;
          }
          const allowed = component ? Object.keys(component.attributes) : (element ?? []);
          if (!allowed.includes(attr)) {
            add(
              `<${name}> heeft geen attribuut "${attr}"; ${allowed.length ? `toegestaan: ${allowed.join(', ')}` : 'haal het weg (dit element heeft geen attributen)'}`,
            );
            continue;
          }
          if (typeof attribute.value !== 'string') {
            add(
              `de waarde van "${attr}" moet tekst tussen aanhalingstekens zijn, geen code tussen {…}; schrijf bijvoorbeeld ${component ? (component.attributes[attr]?.example ?? '') : `${attr}="…"`}`,
            );
            continue;
          }
          const rule = component && Object.hasOwn(component.attributes, attr) ? component.attributes[attr] : undefined;
          if (rule && !rule.pattern.test(attribute.value))
            add(`"${attribute.value}" past niet in ${attr} van <${name}>; schrijf bijvoorbeeld ${rule.example}`);
          if (!component && linkProblem(attribute.value) && /:/.test(normalizeUrl(attribute.value)) && attr !== 'title')
            add(`de waarde van "${attr}" is niet toegestaan; schrijf gewone tekst`);
        }
        break;
      }
      default:
        if (!MARKDOWN_NODES.has(node.type)) {
          add(`dit onderdeel (${node.type}) is niet toegestaan in een pagina; gebruik gewone Markdown`);
          return;
        }
    }
    return line;
  };
  // A loop, not recursion: 3000 nested <sup> or ">" must give a message, not a stack overflow.
  const stack: { node: AnyNode; line: number; depth: number }[] = [{ node: tree as AnyNode, line: 1, depth: 0 }];
  let tooDeep = false;
  for (let item = stack.pop(); item; item = stack.pop()) {
    const line = visit(item.node, item.line);
    const children = item.node.children ?? [];
    if (line === undefined || !children.length) continue;
    if (item.depth >= MAX_DEPTH) {
      if (!tooDeep)
        problems.push({
          line,
          message: `de tekst is hier meer dan ${String(MAX_DEPTH)} lagen diep genest (lijsten, citaten of elementen in elkaar); maak de opbouw eenvoudiger`,
        });
      tooDeep = true;
      continue;
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i] as AnyNode, line, depth: item.depth + 1 });
  }
  return problems;
}

/** Problems in an MDX file (frontmatter included, so lines are the file's lines). */
export function checkBody(source: string, found: BodyParts = emptyParts()): SafetyProblem[] {
  const parsed = parseMdx(source);
  if ('error' in parsed) return [parsed.error];
  return checkTree(parsed.tree, found);
}

/**
 * Characters that change what a reader sees without being seen: zero-width characters,
 * bidi controls (which can reverse a heading), soft hyphens, control characters and
 * the replacement character of a broken encoding.
 */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\ufff9-\ufffb\ufffd\uffa0\u{e0000}-\u{e007f}]/gu;

const NAMES: Record<number, string> = {
  0x0: 'NUL-teken',
  0xad: 'zacht afbreekstreepje',
  0x200b: 'spatie zonder breedte',
  0x200c: 'zero width non-joiner',
  0x200d: 'zero width joiner',
  0x200e: 'links-naar-rechts-markering',
  0x200f: 'rechts-naar-links-markering',
  0x202a: 'bidi-teken (LRE)',
  0x202b: 'bidi-teken (RLE)',
  0x202c: 'bidi-teken (PDF)',
  0x202d: 'bidi-teken (LRO)',
  0x202e: 'bidi-teken dat tekst omdraait (RLO)',
  0x2066: 'bidi-teken (LRI)',
  0x2067: 'bidi-teken (RLI)',
  0x2068: 'bidi-teken (FSI)',
  0x2069: 'bidi-teken (PDI)',
  0xfeff: 'onzichtbaar BOM-teken',
  0xfffd: 'vervangingsteken (kapotte codering)',
};

/** A code point as editors can look it up: U+200B. */
export const codePoint = (c: string) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Invisible, bidi and control characters in a text, each with its code point and position. */
export function textProblems(text: string): SafetyProblem[] {
  const problems: SafetyProblem[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((lineText, i) => {
    for (const m of lineText.matchAll(INVISIBLE)) {
      if (m[0] === '\r') continue;
      const name = NAMES[m[0].codePointAt(0) ?? -1] ?? 'onzichtbaar teken';
      problems.push({
        line: i + 1,
        message: `onzichtbaar teken ${codePoint(m[0])} (${name}) op regel ${String(i + 1)}, kolom ${String((m.index ?? 0) + 1)}; haal het weg (typ de tekst eromheen zo nodig opnieuw)`,
      });
    }
  });
  return problems;
}

/** Decodes a file as UTF-8; a byte that is not UTF-8 (a Latin-1 "ë") is a problem with its position. */
export function decodeText(bytes: Uint8Array): { text: string } | { problem: SafetyProblem } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    const at = text.indexOf('\ufffd');
    const before = text.slice(0, Math.max(0, at));
    const line = before.split('\n').length;
    const column = at - before.lastIndexOf('\n');
    return {
      problem: {
        line,
        message: `dit bestand is niet als UTF-8 opgeslagen: op regel ${String(line)}, kolom ${String(column)} staat een teken dat geen UTF-8 is (bijvoorbeeld een "ë" uit een oud Windows-bestand); sla het bestand op als UTF-8 en typ dat teken opnieuw`,
      },
    };
  }
}
