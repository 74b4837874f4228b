/**
 * The content check: every page in content/docs/ against its schema, the links
 * between pages, and the safety rules for MDX. It runs before every build (so a
 * build with bad content fails with these messages), as `npm run check:content`,
 * and in the tests. Each problem names the file, the line, the field and what to
 * write instead.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'astro/zod';
import { docsPageSchema, type Page } from '../schemas/index.ts';
import { DATA_FILES, idsIn } from './vocabulary.ts';
import { message } from '../schemas/errors.ts';
import { parseFile, lineOf, type ParsedFile } from './frontmatter.ts';
import { buildGraph } from './graph.ts';
import { checkBody } from './safety.ts';
import { PLACEHOLDER } from './scaffold.ts';
import { pageUrl } from './anchors.ts';
import { brokenLink, internalLinks, type LinkTarget } from './routes.ts';

export interface Problem {
  file: string;
  line: number;
  field?: string | undefined;
  message: string;
}

export interface CheckResult {
  files: number;
  problems: Problem[];
  /** The pages that passed their schema, as the site sees them. */
  pages: Page[];
}

/** All .md/.mdx files below a folder, skipping names that start with "_" as the loader does. */
export function contentFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(md|mdx)$/.test(name) && !name.startsWith('_')) out.push(full);
    }
  };
  walk(dir);
  return out;
}

/** The page id the glob loader gives a file: its path without extension, "index" folded into the folder. */
export function pageIdOf(relPath: string): string {
  const id = relPath
    .replace(/\\/g, '/')
    .replace(/\.(md|mdx)$/, '')
    .replace(/(^|\/)index$/, '');
  return id.toLowerCase(); // the root page is "", as in Starlight's routes
}

/** A readable field path: ["related", 0, "section"] → "related.0.section". */
export const fieldPath = (path: readonly PropertyKey[]) => path.map(String).join('.');

/** Checks every page under `root`/content/docs. */
export function checkContent(root: string): CheckResult {
  const docsDir = join(root, 'content', 'docs');
  const vocab = { topics: idsIn(join(root, DATA_FILES.topics)), sources: idsIn(join(root, DATA_FILES.sources)) };
  const schema = docsPageSchema(vocab)({ image: (() => z.string()) as never });
  const problems: Problem[] = [];
  const pages: Page[] = [];
  const parsedByFile = new Map<string, ParsedFile>();
  const files = contentFiles(docsDir);

  for (const full of files) {
    const file = relative(root, full).replace(/\\/g, '/');
    const text = readFileSync(full, 'utf8');
    const parsed = parseFile(text);
    parsedByFile.set(file, parsed);
    if (text.trim() === '') {
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
    for (const p of checkBody(parsed.text)) problems.push({ file, ...p });
    text.split('\n').forEach((line, i) => {
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
      for (const issue of result.error.issues) {
        const path = issue.path as (string | number)[];
        const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
        problems.push({
          file,
          line: lineOf(parsed, keys.length ? [...path, keys[0] ?? ''] : path),
          field: fieldPath(issue.path) || undefined,
          message: dutch(issue),
        });
      }
      continue;
    }
    pages.push({ id: pageIdOf(relative(docsDir, full)), filePath: file, data: result.data as unknown as Page['data'] });
  }

  const graph = buildGraph(pages);
  const invalidPages = files.length - pages.length;
  const cascadeHint = invalidPages
    ? ` (let op: ${String(invalidPages)} pagina('s) met fouten tellen hier niet mee; los die eerst op, dan verdwijnt deze melding misschien)`
    : '';
  const targets = new Map<string, LinkTarget>(
    pages.map((p) => [pageUrl(p.id), { url: pageUrl(p.id), sections: 'sections' in p.data ? p.data.sections.map((s) => s.number) : [] }]),
  );
  for (const [file, parsed] of parsedByFile) {
    if (!parsed.hasFrontmatter || parsed.yamlErrors.length) continue;
    for (const link of internalLinks(parsed.body, parsed.bodyLine)) {
      const why = brokenLink(link.href, targets, vocab.topics);
      if (why) problems.push({ file, line: link.line, message: why + cascadeHint });
    }
  }
  for (const e of graph.errors) {
    const parsed = parsedByFile.get(e.file);
    const path = e.field.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k));
    problems.push({ file: e.file, line: parsed ? lineOf(parsed, path) : 1, field: e.field, message: e.message + cascadeHint });
  }
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { files: files.length, problems, pages };
}

/** Starlight's own fields have English messages; give them a Dutch one that says what to write. */
function dutch(issue: z.core.$ZodIssue): string {
  if (!/^Invalid input|^Unrecognized key|^Too (small|big)/.test(issue.message)) return issue.message;
  const field = String(issue.path[0] ?? '');
  if (field === 'title') return 'de titel ontbreekt of is geen tekst; schrijf bijvoorbeeld: title: "Startende leraren met begeleiding"';
  return (
    message(
      issue as unknown as z.core.$ZodRawIssue,
      `zie de uitleg bij "${fieldPath(issue.path)}" in de frontmatter-referentie (/redactie/frontmatter/)`,
    ) ?? issue.message
  );
}

/** Problems as lines an editor can click: "file:line  field: message". */
export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((p) => `${p.file}:${String(p.line)}  ${p.field ? `${p.field}: ` : ''}${p.message}`).join('\n');
}
