/**
 * The content check: the data files in content/data/, every file in content/docs/
 * (its name, its bytes, its frontmatter against its schema, its body against the MDX
 * safety rules), the links between pages and the cross-link graph. It runs before
 * every build (so a build with bad content fails with these messages), as
 * `npm run check:content`, and in the tests. Each problem names the file, the line,
 * the field and what to write instead, in Dutch; the root cause comes first and what
 * follows from it is counted, not repeated.
 *
 * It returns the pages and the graph it built, so scripts and tests use the same
 * reading of the content as the build (one page id: `pageIdOf`, one YAML reader, one
 * vocabulary reader).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { docsPageSchema, type Page, type Vocabulary } from '../../schemas/index.ts';
import { DATA_FILES, readDataFiles, vocabularyOf, type DataFile, type DataKind } from './vocabulary.ts';
import { parseFile, lineOf, type ParsedFile } from './frontmatter.ts';
import { buildGraph, type SiteGraph } from '../domain/graph.ts';
import { checkBody, decodeText, emptyParts, textProblems, type BodyParts } from './safety.ts';
import { PLACEHOLDER } from './scaffold.ts';
import { pageUrl } from '../domain/urls.ts';
import { brokenLink, type LinkTarget } from '../domain/routes.ts';
import { pageIdOf } from '../domain/page-id.ts';
import { resolveTopicFigure } from '../domain/topic-figures.ts';
import type { TopicFigureRef } from '../../schemas/data.ts';
import { addedOrder } from './added.ts';
import { dutchIssue, fieldPath, formatProblems, type Problem } from './problems.ts';
import { checkI18nFiles } from './i18n.ts';

export { fieldPath, formatProblems, pageIdOf, type Problem };

export interface CheckResult {
  files: number;
  problems: Problem[];
  /** The pages that passed their schema, as the site sees them (the root page has id ""). */
  pages: Page[];
  /** The cross-link graph of those pages, as the build builds it. */
  graph: SiteGraph;
  /** Topic and source ids from content/data/. */
  vocabulary: Vocabulary;
  /** The checked data files. */
  data: Record<DataKind, DataFile>;
}

/** A file or folder name in content/docs/: lower-case letters, digits and hyphens. */
export const NAME_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Folders that hold exactly one page kind, and the kinds that live only there. */
export const KIND_FOLDERS = { indicator: 'indicatoren', ambition: 'ambities', chapter: 'hoofdstukken', portrait: 'sectorbeelden' } as const;
/** Kinds that are the index page of a top-level folder. */
const INDEX_KINDS = new Set(['agreement', 'report']);
/** Kinds whose file name starts with their number ("4-zittenblijven.mdx"). */
const NUMBERED_KINDS = new Set(['indicator', 'ambition', 'chapter']);
/** Kinds that other pages always list (agreement pages, chapter lists, open data): never a draft. */
const LISTED_KINDS = new Set(['agreement', 'ambition', 'indicator', 'report', 'chapter', 'portrait', 'glossary', 'home']);

/** What a name should be: "4 Zittenblijven.MDX" → "4-zittenblijven". */
function suggestedName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const shownName = (name: string) => JSON.stringify(name).slice(1, -1);

/** The .mdx files below content/docs/, relative to it; every other entry is a problem. */
export function contentFiles(docsDir: string, problems: Problem[] = [], prefix = 'content/docs'): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    const dir = rel ? join(docsDir, rel) : docsDir;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch (e) {
      problems.push({
        file: `${prefix}/${rel}`,
        line: 1,
        message: `deze map kan niet gelezen worden (${(e as NodeJS.ErrnoException).code ?? 'fout'})`,
      });
      return;
    }
    for (const entry of entries) {
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      const file = `${prefix}/${path}`;
      const add = (message: string) => problems.push({ file, line: 1, message });
      if (entry.isSymbolicLink()) {
        add(`"${shownName(entry.name)}" is een symbolische link; zet hier het bestand zelf neer (links worden niet gevolgd)`);
        continue;
      }
      if (entry.isDirectory()) {
        if (!NAME_PATTERN.test(entry.name)) {
          add(
            `de mapnaam "${shownName(entry.name)}" mag alleen kleine letters, cijfers en streepjes hebben; hernoem de map naar "${suggestedName(entry.name)}" (de pagina's erin zijn niet gecontroleerd)`,
          );
          continue;
        }
        walk(path);
        continue;
      }
      if (!entry.isFile()) {
        add(`"${shownName(entry.name)}" is geen gewoon bestand; haal het weg`);
        continue;
      }
      const match = /^(.*)\.(mdx)$/.exec(entry.name);
      const base = match?.[1] ?? entry.name.replace(/\.[^.]*$/, '');
      if (!match) {
        const ext = /\.([^.]*)$/.exec(entry.name)?.[1] ?? '';
        add(
          /^(mdx|md|markdown)$/i.test(ext)
            ? `"${shownName(entry.name)}" wordt niet gebouwd: een pagina eindigt op ".mdx" in kleine letters; hernoem het bestand naar "${suggestedName(base) || 'naam'}.mdx"`
            : `"${shownName(entry.name)}" hoort niet in content/docs/: daar staan alleen pagina's (.mdx); zet andere bestanden elders of haal ze weg`,
        );
        continue;
      }
      if (!NAME_PATTERN.test(base)) {
        add(
          `de bestandsnaam "${shownName(entry.name)}" mag alleen kleine letters, cijfers en streepjes hebben (geen spaties of hoofdletters), met ".mdx"; hernoem het bestand naar "${suggestedName(base) || 'naam'}.mdx"`,
        );
        continue;
      }
      out.push(path);
    }
  };
  walk('');
  return out;
}

/** Why a page is in the wrong folder for its kind (or has the wrong number in its name), if it is. */
function placeProblem(rel: string, data: Record<string, unknown>): { field: string; message: string } | undefined {
  const type = String(data['type']);
  const parts = rel.split('/');
  const name = parts.at(-1) ?? '';
  const folder = parts.at(-2);
  const kindFolder = KIND_FOLDERS[type as keyof typeof KIND_FOLDERS] as string | undefined;
  const ownerOfFolder = Object.entries(KIND_FOLDERS).find(([, f]) => f === folder)?.[0];
  if (kindFolder && folder !== kindFolder)
    return {
      field: 'type',
      message: `een pagina van type ${type} hoort in een map "${kindFolder}" (bijvoorbeeld sectorakkoord-vo/${kindFolder}/${name}); verplaats het bestand, of kies het goede "type"`,
    };
  if (ownerOfFolder && ownerOfFolder !== type)
    return {
      field: 'type',
      message: `in de map "${String(folder)}" staan alleen pagina's van type ${ownerOfFolder}, maar deze heeft type ${type}; verplaats het bestand naar de goede map`,
    };
  if (INDEX_KINDS.has(type) && !(parts.length === 2 && name === 'index.mdx'))
    return {
      field: 'type',
      message: `een pagina van type ${type} is de index.mdx van zijn eigen map (bijvoorbeeld content/docs/sectorakkoord-vo/index.mdx); verplaats het bestand`,
    };
  if (NUMBERED_KINDS.has(type) && typeof data['number'] === 'number' && !name.startsWith(`${String(data['number'])}-`))
    return {
      field: 'number',
      message: `de bestandsnaam begint niet met het nummer ${String(data['number'])}; hernoem het bestand naar "${String(data['number'])}-${name.replace(/^\d+-/, '')}" of pas "number" aan`,
    };
  return undefined;
}

/** The schema's Dutch message for a page, with the line of the field. */
function schemaProblems(file: string, parsed: ParsedFile, error: z.ZodError): Problem[] {
  return error.issues.map((issue) => {
    const path = issue.path as (string | number)[];
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    return {
      file,
      line: lineOf(parsed, keys.length ? [...path, keys[0] ?? ''] : path),
      field: fieldPath(issue.path) || undefined,
      message: dutchIssue(issue),
    };
  });
}

/** Messages that follow from a data file that could not be read. */
const VOCABULARY_FOLLOW_ON: Record<'topics' | 'sources', RegExp> = { topics: /^onbekende thema /, sources: /^onbekende bron / };

/**
 * Files the build never reads: a page in content/ outside docs/, or a second data file
 * in content/data/, would be left out without a word. Each is named, with where it goes.
 */
function strayFiles(root: string): Problem[] {
  const list = (dir: string) => {
    try {
      return readdirSync(join(root, dir));
    } catch {
      return [];
    }
  };
  const dataFiles = new Set(Object.values(DATA_FILES).map((f) => f.replace('content/data/', '')));
  return [
    ...list('content')
      .filter((name) => !['docs', 'data', 'i18n'].includes(name))
      .map((name) => ({
        file: `content/${name}`,
        line: 1,
        message: `"${name}" hoort niet in content/ en wordt niet gebouwd; een pagina hoort in content/docs/ (zie CONTRIBUTING.md), gegevens in content/data/`,
      })),
    ...list('content/data')
      .filter((name) => !dataFiles.has(name))
      .map((name) => ({
        file: `content/data/${name}`,
        line: 1,
        message: `"${name}" wordt niet gelezen: in content/data/ staan alleen ${[...dataFiles].join(', ')}; zet de gegevens in een van die bestanden (een pagina hoort in content/docs/)`,
      })),
  ];
}

/** Checks the project rooted at `root`: content/data/ and every page in content/docs/. */
export function checkContent(root: string): CheckResult {
  const docsDir = join(root, 'content', 'docs');
  const data = readDataFiles(root);
  const vocabulary = vocabularyOf(data);
  const schema = docsPageSchema(vocabulary)({ image: (() => z.string()) as never });
  const problems: Problem[] = [...Object.values(data).flatMap((d) => d.problems), ...checkI18nFiles(root), ...strayFiles(root)];
  const followOn = { topics: 0, sources: 0 };
  const pages: (Page & { rel: string })[] = [];
  const parsedByFile = new Map<string, { parsed: ParsedFile; parts: BodyParts }>();
  const rels = contentFiles(docsDir, problems);

  for (const rel of rels) {
    const file = `content/docs/${rel}`;
    const decoded = decodeText(readFileSync(join(docsDir, rel)));
    if ('problem' in decoded) {
      problems.push({ file, ...decoded.problem });
      continue;
    }
    const invisible = textProblems(decoded.text);
    if (invisible.length) {
      // Fix these first: until then the page is not read further.
      for (const p of invisible) problems.push({ file, ...p });
      continue;
    }
    const parsed = parseFile(decoded.text);
    if (decoded.text.trim() === '') {
      problems.push({
        file,
        line: 1,
        message: 'dit bestand is leeg; begin met frontmatter tussen twee regels "---" (zie CONTRIBUTING.md voor een sjabloon)',
      });
      continue;
    }
    if (!parsed.hasFrontmatter) {
      problems.push({
        file,
        line: 1,
        message: 'de frontmatter ontbreekt; het bestand moet beginnen met een regel "---", dan de velden, dan weer "---"',
      });
      continue;
    }
    const [firstYamlError] = parsed.yamlErrors;
    if (firstYamlError) {
      // Later YAML errors usually follow from the first; fixing it first is what helps.
      const more = parsed.yamlErrors.length - 1;
      problems.push({
        file,
        line: firstYamlError.line,
        message: firstYamlError.message + (more ? ` (daarna nog ${String(more)} melding(en) die hier waarschijnlijk uit volgen)` : ''),
      });
      continue;
    }
    const parts = emptyParts();
    for (const p of checkBody(parsed.text, parts)) problems.push({ file, ...p });
    parsedByFile.set(file, { parsed, parts });
    parsed.text.split('\n').forEach((line, i) => {
      if (line.includes(PLACEHOLDER) && !/^\s*#/.test(line)) {
        problems.push({
          file,
          line: i + 1,
          message: `hier staat nog "${PLACEHOLDER}"; schrijf de echte tekst (of haal de regel weg als het veld niet nodig is)`,
        });
      }
    });
    const result = schema.safeParse(parsed.data ?? {});
    if (!result.success) {
      for (const p of schemaProblems(file, parsed, result.error)) {
        const from = (['topics', 'sources'] as const).find((k) => data[k].broken && VOCABULARY_FOLLOW_ON[k].test(p.message));
        if (from) followOn[from]++;
        else problems.push(p);
      }
      continue;
    }
    const pageData = result.data as unknown as Page['data'];
    const place = placeProblem(rel, pageData as unknown as Record<string, unknown>);
    if (place) problems.push({ file, line: lineOf(parsed, [place.field]), ...place });
    const id = pageIdOf(rel);
    pages.push({ id: id === 'index' ? '' : id, filePath: file, data: pageData, rel });
  }
  for (const kind of ['topics', 'sources'] as const) {
    if (followOn[kind])
      problems.push({
        file: data[kind].file,
        line: data[kind].problems[0]?.line ?? 1, // right after the root cause
        message: `omdat dit bestand niet gelezen kan worden, zijn ${String(followOn[kind])} melding(en) over onbekende ${kind === 'topics' ? "thema's" : 'bronnen'} in pagina's weggelaten; los eerst de fout hierboven op`,
      });
  }

  // The file that was added last is the one a clash is blamed on: it comes last.
  const order = addedOrder(
    root,
    pages.map((p) => p.filePath ?? ''),
  );
  pages.sort((a, b) => (order.get(a.filePath ?? '') ?? 0) - (order.get(b.filePath ?? '') ?? 0));

  // Two files, one URL.
  const byUrl = new Map<string, string>();
  const unique: Page[] = [];
  for (const page of pages) {
    const url = pageUrl(page.id);
    const other = byUrl.get(url);
    if (other) {
      problems.push({
        file: page.filePath ?? '',
        line: 1,
        message: `dit bestand krijgt hetzelfde adres (${url}) als ${other}; hernoem of verplaats het nieuwe bestand`,
      });
      continue;
    }
    byUrl.set(url, page.filePath ?? '');
    unique.push(page);
  }

  const graph = buildGraph(unique);
  const invalidPages = rels.length - unique.length;
  const cascadeHint = invalidPages
    ? ` (let op: ${String(invalidPages)} pagina('s) met fouten tellen hier niet mee; los die eerst op, dan verdwijnt deze melding misschien)`
    : '';

  // Drafts are not published: a draft that the site lists, or that a page links to, is a broken link.
  const drafts = new Map<string, Page>();
  for (const page of unique) {
    if (!(page.data as { draft?: boolean }).draft) continue;
    const entry = parsedByFile.get(page.filePath ?? '');
    if (LISTED_KINDS.has(page.data.type)) {
      problems.push({
        file: page.filePath ?? '',
        line: entry ? lineOf(entry.parsed, ['draft']) : 1,
        field: 'draft',
        message: `een pagina van type ${page.data.type} in concept (draft: true) staat toch in lijsten en in de open data, maar zou niet bestaan; haal "draft" weg of zet de pagina pas in content/ als hij klaar is`,
      });
    }
    drafts.set(pageUrl(page.id), page);
  }

  // The report the home page shows (`headline`) must have an overview page.
  for (const page of unique) {
    if (page.data.type !== 'home' || page.data.headline === undefined || graph.reports.has(page.data.headline)) continue;
    const entry = parsedByFile.get(page.filePath ?? '');
    problems.push({
      file: page.filePath ?? '',
      line: entry ? lineOf(entry.parsed, ['headline']) : 1,
      field: 'headline',
      message: `rapport "${page.data.headline}" heeft geen overzichtspagina (een index.mdx met type: report en report: ${page.data.headline}); kies uit: ${[...graph.reports.keys()].join(', ') || '(nog geen rapporten)'}${cascadeHint}`,
    });
  }

  const targets = new Map<string, LinkTarget>(
    unique
      .filter((p) => !drafts.has(pageUrl(p.id)))
      .map((p) => [pageUrl(p.id), { url: pageUrl(p.id), sections: 'sections' in p.data ? p.data.sections.map((s) => s.number) : [] }]),
  );
  for (const [file, { parts }] of parsedByFile) {
    for (const link of parts.links) {
      if (!link.href.startsWith('/') || link.href.startsWith('//')) continue;
      const draft = drafts.get(link.href.split('#')[0] ?? '');
      const why = draft
        ? `de link ${link.href} wijst naar een concept (draft: true in ${draft.filePath ?? ''}), dat niet gepubliceerd wordt; haal de link weg of maak die pagina eerst af`
        : brokenLink(link.href, targets, vocabulary.topics);
      if (why) problems.push({ file, line: link.line, message: why + (draft ? '' : cascadeHint) });
    }
  }
  // A topic's headline figures must each find one key figure (src/lib/domain/topic-figures.ts).
  for (const { id, data: topic, index } of data.topics.entries) {
    ((topic['keyFigures'] ?? []) as TopicFigureRef[]).forEach((ref, i) => {
      const found = resolveTopicFigure(ref, graph);
      if (!('problem' in found)) return;
      problems.push({
        file: data.topics.file,
        line: data.topics.lineOf?.([index, 'keyFigures', i]) ?? 1,
        field: `${id}.keyFigures.${String(i)}`,
        message: found.problem + cascadeHint,
      });
    });
  }
  for (const e of graph.errors) {
    const entry = parsedByFile.get(e.file);
    const path = e.field.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k));
    problems.push({
      file: e.file,
      line: entry ? lineOf(entry.parsed, path) : 1,
      field: e.field,
      message: e.message + cascadeHint,
    });
  }
  problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  return {
    files: rels.length,
    problems,
    pages: unique
      .map(({ id, filePath, data: d }) => ({ id, filePath, data: d }))
      .sort((a, b) => ((a.filePath ?? '') < (b.filePath ?? '') ? -1 : 1)),
    graph,
    vocabulary,
    data,
  };
}
