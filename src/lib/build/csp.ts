/**
 * The Content-Security-Policy, built from an allow-list that is known before any page
 * is rendered, and the check after the build that no page has inline code outside it.
 *
 * The allow-list is what the project itself ships:
 * - inline scripts: every `<script is:inline>` in Starlight's components and in our own
 *   `src/` (read from their source files, so a Starlight update brings its new hashes);
 * - bundled scripts (our charts and search, Starlight's custom elements): Astro is told
 *   to emit them as files under /_astro/ (see `scriptsAsFiles`), allowed by 'self';
 * - inline styles: `<style is:inline>` blocks and literal `style="…"` attributes in the
 *   same sources, plus the few style attributes that Starlight writes from `define:vars`
 *   (listed in DYNAMIC_STYLE_ATTRIBUTES).
 *
 * A page's text can therefore never add a hash to the policy: an inline script,
 * event-handler attribute, `javascript:` link or style that is not on the list fails
 * the build (`unlistedInlineCode`), naming the page.
 *
 * Each page's meta element carries only the hashes of that page's own inline code
 * (`narrowPolicy`, `withPagePolicy`): a few hundred bytes less on every page. A
 * `<template>` in the page counts as the page's own code (its style attributes are
 * hashed with the page's), so cloning it is covered. No client script writes a style
 * attribute of its own at run time (innerHTML, setAttribute('style')): charts change
 * styles through the CSSOM, which the policy does not govern, and the chart export draws
 * in a document of its own. A script that did would need its values' hashes kept in the
 * policy of every page where it runs.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { decodeHTMLAttribute } from 'entities';
import { Parser } from 'htmlparser2';
import { ELEMENT_NODE, parse, walkSync, type Node } from 'ultrahtml';

/** The CSP source expression of the SHA-256 hash of a text. */
export const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

export interface AllowList {
  /** Hashes of inline `<script>` contents. */
  scripts: Set<string>;
  /** Hashes of inline `<style>` contents. */
  styles: Set<string>;
  /** Hashes of `style="…"` attribute values. */
  styleAttributes: Set<string>;
  /** Where each entry comes from (hash → source file), for messages and the README. */
  origin: Map<string, string>;
}

/**
 * Style attributes that Astro writes from a component's `<style define:vars>`, so their
 * value is not in the source: Starlight's table of contents (`--depth` per heading
 * level), its icons (`--sl-icon-size`, the sizes Starlight and our components use) and
 * its theme select (`--sl-select-width`). A new size or level fails the build with the
 * value to add here.
 */
export const DYNAMIC_STYLE_ATTRIBUTES: readonly string[] = [
  // Heading levels 2 to 6 in the table of contents: depth 0 to 4.
  ...[0, 1, 2, 3, 4].map((depth) => `--depth: ${String(depth)};`),
  ...['1em', '1.2em', '1.25rem', '1.5rem', '1rem'].map((size) => `--sl-icon-size: ${size};`),
  '--sl-select-width: 6.25em',
];

/** MIME types of `<script>` elements that hold data and never run (CSP does not apply to them). */
const DATA_SCRIPT_TYPES = new Set(['application/json', 'application/ld+json']);

function astroFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (name === 'node_modules') return [];
    if (statSync(full).isDirectory()) return astroFiles(full);
    return name.endsWith('.astro') ? [full] : [];
  });
}

/** The template of an .astro file: everything after the `---` frontmatter fence. */
function template(source: string): string {
  const m = /^\s*---\r?\n[\s\S]*?\r?\n---[^\n]*\n/.exec(source);
  return m ? source.slice(m[0].length) : source;
}

const textOf = (node: Node): string => (node.children ?? []).map((c: Node) => (typeof c.value === 'string' ? c.value : '')).join('');

/**
 * The allow-list for a project: the inline scripts and styles in the .astro components
 * under `sourceDirs` (our `src/` and Starlight's package), plus DYNAMIC_STYLE_ATTRIBUTES.
 */
export function shippedAllowList(sourceDirs: readonly string[], root: string): AllowList {
  const allow: AllowList = { scripts: new Set(), styles: new Set(), styleAttributes: new Set(), origin: new Map() };
  const add = (set: Set<string>, text: string, from: string) => {
    const h = hash(text);
    set.add(h);
    if (!allow.origin.has(h)) allow.origin.set(h, from);
  };
  for (const dir of sourceDirs) {
    for (const file of astroFiles(dir)) {
      const from = relative(root, file);
      walkSync(parse(template(readFileSync(file, 'utf8'))), (node: Node) => {
        if (node.type !== ELEMENT_NODE) return;
        const attrs = node.attributes as Record<string, string>;
        // Only literal inline code: with define:vars the content depends on the page.
        const inline = 'is:inline' in attrs && !('define:vars' in attrs);
        if (node.name === 'script' && inline && !('src' in attrs)) add(allow.scripts, textOf(node), from);
        if (node.name === 'style' && inline) add(allow.styles, textOf(node), from);
        const style = attrs['style'];
        if (typeof style === 'string' && !style.includes('{')) add(allow.styleAttributes, decodeHTMLAttribute(style), from);
      });
    }
  }
  for (const value of DYNAMIC_STYLE_ATTRIBUTES) add(allow.styleAttributes, value, 'src/lib/build/csp.ts (DYNAMIC_STYLE_ATTRIBUTES)');
  return allow;
}

interface Directive {
  name: string;
  sources: string[];
  /** Only in an HTTP header: browsers ignore these in a `<meta>` element (and warn). */
  headerOnly?: boolean;
}

function directives(allow: AllowList): Directive[] {
  const sorted = (s: Set<string>) => [...s].sort();
  return [
    { name: 'default-src', sources: ["'self'"] },
    // Pagefind's search runs as WebAssembly: 'wasm-unsafe-eval' allows compiling it, not eval().
    { name: 'script-src', sources: ["'self'", "'wasm-unsafe-eval'", ...sorted(allow.scripts)] },
    { name: 'style-src', sources: ["'self'", ...sorted(allow.styles)] },
    { name: 'style-src-attr', sources: ["'unsafe-hashes'", ...sorted(allow.styleAttributes)] },
    { name: 'img-src', sources: ["'self'", 'data:'] },
    { name: 'font-src', sources: ["'self'"] },
    { name: 'connect-src', sources: ["'self'"] },
    { name: 'worker-src', sources: ["'self'", 'blob:'] },
    { name: 'object-src', sources: ["'none'"] },
    { name: 'base-uri', sources: ["'self'"] },
    { name: 'form-action', sources: ["'self'"] },
    // Framing can only be forbidden by a header (here and X-Frame-Options), never by <meta>.
    { name: 'frame-ancestors', sources: ["'none'"], headerOnly: true },
    { name: 'upgrade-insecure-requests', sources: [] },
  ];
}

const serialise = (list: Directive[]) => list.map((d) => [d.name, ...d.sources].join(' ')).join('; ');

/** The hashes of the inline code in one page, per kind, as CSP source expressions. */
export interface InlineHashes {
  /** Inline `<script>` contents (not data blocks, not `src` scripts). */
  scripts: Set<string>;
  /** Inline `<style>` contents. */
  styles: Set<string>;
  /** `style="…"` attribute values. */
  styleAttributes: Set<string>;
}

/** The directives whose hashes `narrowPolicy` narrows, and the kind of inline code each governs. */
const HASHED_DIRECTIVES = new Map<string, keyof InlineHashes>([
  ['script-src', 'scripts'],
  ['style-src', 'styles'],
  ['style-src-attr', 'styleAttributes'],
]);

/** Source expressions that allow nothing on their own: a directive left with only these becomes 'none'. */
const MODIFIERS = new Set(["'unsafe-hashes'", "'report-sample'"]);

const isHashSource = (source: string) => /^'sha(256|384|512)-/i.test(source);

/**
 * A policy with, in script-src, style-src and style-src-attr, only the hashes of the code
 * that one page holds (`used`); every other source and directive as it was. It only
 * removes: a hash in `used` that the policy does not have stays out (the build's check
 * refuses that page). A directive left without any source that allows something
 * ("style-src-attr 'unsafe-hashes'") becomes 'none', which is valid and allows nothing.
 */
export function narrowPolicy(policy: string, used: InlineHashes): string {
  return policy
    .split(';')
    .map((d) => d.trim())
    .filter((d) => d !== '')
    .map((directive) => {
      const [name = '', ...sources] = directive.split(/\s+/);
      const kind = HASHED_DIRECTIVES.get(name.toLowerCase());
      if (!kind) return directive;
      const kept = sources.filter((s) => !isHashSource(s) || used[kind].has(s));
      return [name, ...(kept.some((s) => !MODIFIERS.has(s)) ? kept : ["'none'"])].join(' ');
    })
    .join('; ');
}

/** The sources of one directive of a policy ("style-src-attr" → ["'unsafe-hashes'", …]), or undefined when it has none. */
export function directiveSources(policy: string, name: string): string[] | undefined {
  return policy
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find(([n]) => n === name)
    ?.slice(1);
}

/** The policy as an HTTP header (for _headers). */
export function headerPolicy(allow: AllowList): string {
  return serialise(directives(allow));
}

/**
 * The policy for `<meta http-equiv="Content-Security-Policy">`, for hosts that ignore
 * _headers (GitHub Pages). The same policy without the directives a meta element
 * cannot carry (frame-ancestors; report-uri, report-to and sandbox are not used).
 */
export function metaPolicy(allow: AllowList): string {
  return serialise(directives(allow).filter((d) => !d.headerOnly));
}

/** The header policy of the embed pages (/embed/…): the same, except that any site may frame them. */
export function embedHeaderPolicy(csp: string): string {
  return csp.replace("frame-ancestors 'none'", 'frame-ancestors *');
}

/**
 * A _headers file (Netlify, Cloudflare Pages and others read it from the published folder).
 * The embed pages detach the no-framing headers of /* ("! Name", Cloudflare's syntax) and
 * carry a policy that lets any site frame them.
 */
export function headersFile(csp: string): string {
  return [
    '# Generated by the build (src/integrations/security-headers.ts); do not edit by hand.',
    '/*',
    `  Content-Security-Policy: ${csp}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  X-Frame-Options: DENY',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()',
    '  Cross-Origin-Opener-Policy: same-origin',
    '  Strict-Transport-Security: max-age=31536000',
    '/embed/*',
    '  ! X-Frame-Options',
    '  ! Content-Security-Policy',
    `  Content-Security-Policy: ${embedHeaderPolicy(csp)}`,
    '/_astro/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n');
}

/** Attributes that hold a URL a browser may navigate to or load. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data']);

/** Whether a URL attribute value would run script ("javascript:", also entity-encoded or with spaces and controls in it). */
function runsScript(raw: string): boolean {
  // Without a colon, written or as a character reference ("&#58;", "&colon;"), there is no scheme: most links.
  if (!raw.includes(':') && !raw.includes('&')) return false;
  const url = decodeHTMLAttribute(raw)
    .replace(/[\u0000-\u0020\u007f-\u009f]/g, '')
    .toLowerCase();
  return url.startsWith('javascript:') || url.startsWith('vbscript:') || url.startsWith('data:text/html');
}

const excerpt = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 60)}…` : flat;
};

interface TokenHandlers {
  /** Each start tag: its name, its attributes as written, and where the tag starts and ends (inclusive) in the page. */
  element(name: string, attrs: Record<string, string>, start: number, end: number): void;
  /** The text of each `<script>` and `<style>` element, raw, as the browser reads it. */
  code(name: string, attrs: Record<string, string>, text: string): void;
}

/**
 * Reads a page with a streaming tokenizer (htmlparser2), no tree: a page of 400 KB (a
 * sidebar with 2,000 pages) costs a quarter of the CPU time of building its tree. Tag and
 * attribute names come lower-cased, attribute values as written (decode them where it
 * matters), and the text of `<script>` and `<style>` raw, as the browser reads it.
 */
function tokenize(html: string, handlers: TokenHandlers): void {
  /** The script or style element being read, with its text so far. */
  let open: { name: string; attrs: Record<string, string>; text: string } | undefined;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        handlers.element(name, attrs, parser.startIndex, parser.endIndex);
        if (name === 'script' || name === 'style') open = { name, attrs, text: '' };
      },
      ontext(text) {
        if (open) open.text += text;
      },
      onclosetag(name) {
        if (open && name === open.name) {
          handlers.code(open.name, open.attrs, open.text);
          open = undefined;
        }
      },
    },
    { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
}

/** Whether an element is the Content-Security-Policy meta element. */
const isPolicyMeta = (name: string, attrs: Record<string, string>) =>
  name === 'meta' && decodeHTMLAttribute(attrs['http-equiv'] ?? '').toLowerCase() === 'content-security-policy';

/** Whether a script element's text runs (not a data block such as JSON-LD, not a `src` script). */
const runsInline = (attrs: Record<string, string>) =>
  !('src' in attrs) &&
  !DATA_SCRIPT_TYPES.has(
    decodeHTMLAttribute(attrs['type'] ?? '')
      .trim()
      .toLowerCase(),
  );

const noHashes = (): InlineHashes => ({ scripts: new Set(), styles: new Set(), styleAttributes: new Set() });

/**
 * Records in `used` the hash of an element's style attribute, or of a script's or style's
 * text. `cache` keeps the hash of each style value once (a page repeats a few values
 * hundreds of times: the table of contents' `--depth: 0;`).
 */
function recordStyleAttribute(used: InlineHashes, attrs: Record<string, string>, cache: Map<string, string>): string | undefined {
  const raw = attrs['style'];
  if (raw === undefined) return undefined;
  let h = cache.get(raw);
  if (h === undefined) {
    h = hash(decodeHTMLAttribute(raw));
    cache.set(raw, h);
  }
  used.styleAttributes.add(h);
  return h;
}

/** What one reading of a page finds (`inspect`). */
interface Inspection {
  /** The hashes of the page's inline code. */
  used: InlineHashes;
  /** Its policy meta elements: where each tag starts and ends, and the content as written. */
  metas: { start: number; end: number; content: string | undefined }[];
  /** Whether a script or style comes before the first policy meta element. */
  codeBeforeMeta: boolean;
  /** Inline code outside the allow-list, one line per problem (without those of the policy itself). */
  problems: string[];
}

/** Reads a page once: its inline code's hashes and policy meta elements, and, given an allow-list, what is not on it. */
function inspect(html: string, allow?: AllowList): Inspection {
  const found: Inspection = { used: noHashes(), metas: [], codeBeforeMeta: false, problems: [] };
  const { used, metas, problems } = found;
  const cache = new Map<string, string>();
  tokenize(html, {
    element(name, attrs, start, end) {
      if (isPolicyMeta(name, attrs)) metas.push({ start, end, content: attrs['content'] });
      const styleHash = recordStyleAttribute(used, attrs, cache);
      if (!allow) return;
      if (
        metas.length === 0 &&
        (name === 'script' || name === 'style' || (name === 'link' && /stylesheet|modulepreload/i.test(attrs['rel'] ?? '')))
      )
        found.codeBeforeMeta = true;
      if (name === 'script' && 'src' in attrs) {
        const src = decodeHTMLAttribute(attrs['src'] ?? '').trim();
        if (/^([a-z][a-z0-9+.-]*:|\/\/|\\)/i.test(src)) problems.push(`laadt een script van buiten de site: ${excerpt(src)}`);
      }
      for (const a in attrs) {
        const value = attrs[a] ?? '';
        if (a.startsWith('on')) problems.push(`heeft een event-attribuut ${a}="${excerpt(decodeHTMLAttribute(value))}" op <${name}>`);
        else if (a === 'style' && !allow.styleAttributes.has(styleHash ?? ''))
          problems.push(
            `heeft een style-attribuut dat niet van de site zelf komt: style="${excerpt(decodeHTMLAttribute(value))}" op <${name}>`,
          );
        else if (URL_ATTRIBUTES.has(a) && runsScript(value))
          problems.push(`heeft een link die script uitvoert: ${a}="${excerpt(decodeHTMLAttribute(value))}" op <${name}>`);
        else if (a === 'srcdoc') problems.push(`heeft een srcdoc-attribuut op <${name}>`);
      }
    },
    code(name, attrs, text) {
      if (name === 'script' && runsInline(attrs)) {
        const h = hash(text);
        used.scripts.add(h);
        if (allow && !allow.scripts.has(h)) problems.push(`heeft een inline script dat niet van de site zelf komt: "${excerpt(text)}"`);
      }
      if (name === 'style') {
        const h = hash(text);
        used.styles.add(h);
        if (allow && !allow.styles.has(h)) problems.push(`heeft een <style>-blok dat niet van de site zelf komt: "${excerpt(text)}"`);
      }
    },
  });
  return found;
}

/**
 * The page with its one policy meta element narrowed (`narrowPolicy`) to `used`, and the
 * policy it then has; undefined when the page has no such element, more than one, or one
 * whose value is not written in double quotes.
 */
function narrowMeta(html: string, { metas, used }: Inspection): { html: string; policy: string } | undefined {
  const [meta] = metas;
  if (metas.length !== 1 || !meta?.content) return undefined;
  const tag = html.slice(meta.start, meta.end + 1);
  const written = `content="${meta.content}"`;
  // Exactly one content="…" in the tag, so the one replaced is the policy.
  if (tag.split(written).length !== 2) return undefined;
  const policy = narrowPolicy(decodeHTMLAttribute(meta.content), used);
  const value = policy.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return { html: `${html.slice(0, meta.start)}${tag.replace(written, () => `content="${value}"`)}${html.slice(meta.end + 1)}`, policy };
}

/** The problems of a page's policy meta elements, given the policies they hold. */
function policyProblems(policies: readonly string[], { used, codeBeforeMeta }: Inspection, meta: string): string[] {
  const [policy, ...more] = policies;
  if (policy === undefined) return ['mist het Content-Security-Policy-meta-element'];
  const problems: string[] = [];
  if (more.length > 0) problems.push('heeft een tweede Content-Security-Policy-meta-element');
  if (policy !== meta && policy !== narrowPolicy(meta, used))
    problems.push('heeft een Content-Security-Policy-meta-element met een ander beleid');
  if (codeBeforeMeta) problems.push('heeft een script of stijl vóór het Content-Security-Policy-meta-element');
  return problems;
}

/**
 * The page with its Content-Security-Policy meta element narrowed to the hashes of the
 * inline scripts, styles and style attributes that the page holds (`narrowPolicy`). The
 * page as it was when it has no such meta element, more than one, or one whose value is
 * not written in double quotes: its policy then stays the full, still correct one.
 */
export function withPagePolicy(html: string): string {
  return narrowMeta(html, inspect(html))?.html ?? html;
}

/**
 * What in one built page the policy would have to allow but the allow-list does not
 * have, in Dutch, one line per problem. Also checks that the page carries the policy
 * once, as a meta element before any script or style: the policy `meta` narrowed to the
 * hashes of the page's own inline code (`withPagePolicy`), or `meta` itself (what a page
 * keeps when it could not be narrowed). Empty: the page is fine.
 */
export function unlistedInlineCode(html: string, allow: AllowList, meta: string): string[] {
  const found = inspect(html, allow);
  const policies = found.metas.map((m) => decodeHTMLAttribute(m.content ?? ''));
  return [...found.problems, ...policyProblems(policies, found, meta)];
}

/**
 * `withPagePolicy` and `unlistedInlineCode` of its result in one reading of the page: the
 * page with its own policy, and exactly the problems that the check of that page finds.
 */
export function withPagePolicyChecked(html: string, allow: AllowList, meta: string): { html: string; problems: string[] } {
  const found = inspect(html, allow);
  const narrowed = narrowMeta(html, found);
  const policies = narrowed ? [narrowed.policy] : found.metas.map((m) => decodeHTMLAttribute(m.content ?? ''));
  return { html: narrowed?.html ?? html, problems: [...found.problems, ...policyProblems(policies, found, meta)] };
}

/**
 * The build's messages for the pages with problems (path → problems), in Dutch: one line
 * per problem, a summary and what to do. The summary and the advice quote nothing from
 * the pages (Astro adds an English hint to any error that mentions "document" or "window").
 */
export function inlineCodeMessage(problems: ReadonlyMap<string, readonly string[]>): { lines: string[]; summary: string; advice: string } {
  return {
    lines: [...problems].flatMap(([page, list]) => list.map((p) => `${page}: ${p}`)),
    summary: `De build is gestopt: ${String(problems.size)} ${problems.size === 1 ? 'pagina bevat' : "pagina's bevatten"} code die niet op de lijst van de site staat (zie de regels hierboven).`,
    advice: [
      'Een script, event-attribuut (zoals onclick), javascript:-link of stijl in een pagina moet van de site zelf komen:',
      'uit een component in src/ of uit Starlight. Komt het uit de tekst of de frontmatter van een pagina, haal het dan weg.',
      'Hoort het wel bij de site, zet het dan in een component (zie src/lib/build/csp.ts).',
    ].join('\n'),
  };
}

/** Tells Astro to emit every bundled script as a file (allowed by 'self'), never inline in a page. */
export function scriptsAsFiles(file: string): boolean | undefined {
  return /\.[cm]?js$/.test(file) ? false : undefined;
}
