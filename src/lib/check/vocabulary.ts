/**
 * The data files beside the pages (content/data/*.yaml): read once, with the same
 * YAML reader as the frontmatter (src/lib/check/frontmatter.ts), checked against their
 * schema with file, line and field, and turned into the vocabulary (topic and source
 * ids) the page schemas check against. The content check, the content collections
 * (their loader's parser) and the scripts all read them here.
 */
import { lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'astro/zod';
import type { Vocabulary } from '../../schemas/pages.ts';
import { abbreviationSchema, sourceSchema, topicSchema } from '../../schemas/data.ts';
import { lineOf, readYaml, type ReadYaml } from './frontmatter.ts';
import { textProblems, decodeText } from './safety.ts';
import { dutchIssue, fieldPath, type Problem } from './problems.ts';

/** Where the data collections live, relative to the project root. */
export const DATA_FILES = {
  sources: 'content/data/sources.yaml',
  topics: 'content/data/topics.yaml',
  abbreviations: 'content/data/abbreviations.yaml',
} as const;
export type DataKind = keyof typeof DATA_FILES;

const SCHEMAS: Record<DataKind, z.ZodType> = { sources: sourceSchema, topics: topicSchema, abbreviations: abbreviationSchema };

export interface DataFile {
  file: string;
  /** The entries that passed their schema, with their place in the file's list. */
  entries: { id: string; data: Record<string, unknown>; index: number }[];
  /** The line of a field (path from the list: [index, 'keyFigures', 0]); 1 when the file could not be read. */
  lineOf?: (path: (string | number)[]) => number;
  problems: Problem[];
  /** True when the file could not be read as a list at all (its ids are unknown). */
  broken: boolean;
}

/** Reads, decodes and checks one data file's text. */
export function checkDataText(kind: DataKind, text: string, file: string = DATA_FILES[kind]): DataFile {
  const problems: Problem[] = [];
  const fail = (line: number, message: string, field?: string): DataFile => ({
    file,
    entries: [],
    problems: [...problems, { file, line, field, message }],
    broken: true,
  });
  const invisible = textProblems(text);
  if (invisible.length) return { file, entries: [], problems: invisible.map((p) => ({ file, ...p })), broken: true };
  const yaml: ReadYaml = readYaml(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  if (yaml.errors.length) {
    const [first] = yaml.errors;
    const more = yaml.errors.length - 1;
    return fail(
      first?.line ?? 1,
      (first?.message ?? '') + (more ? ` (daarna nog ${String(more)} melding(en) die hier waarschijnlijk uit volgen)` : ''),
    );
  }
  if (!Array.isArray(yaml.data)) {
    return fail(1, 'dit bestand moet een lijst zijn: elk item begint met "- id: …" aan het begin van de regel');
  }
  const parsed = { doc: yaml.doc, lines: yaml.lines, offset: 1 };
  const schema = SCHEMAS[kind];
  const seen = new Map<string, number>();
  const entries: DataFile['entries'] = [];
  (yaml.data as unknown[]).forEach((item, i) => {
    const result = schema.safeParse(item);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const path = [i, ...(issue.path as (string | number)[])];
        const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
        problems.push({
          file,
          line: lineOf(parsed, keys.length ? [...path, keys[0] ?? ''] : path),
          field: fieldPath(path),
          message: dutchIssue(issue),
        });
      }
      return;
    }
    const data = result.data as Record<string, unknown>;
    // An abbreviation is unique within its report's list; each report may list "vo" once.
    const id = kind === 'abbreviations' ? `${String(data['report'])}/${String(data['id'])}` : String(data['id']);
    const first = seen.get(id);
    if (first !== undefined) {
      problems.push({
        file,
        line: lineOf(parsed, [i, 'id']),
        field: `${String(i)}.id`,
        message: `id "${String(data['id'])}" staat al op regel ${String(lineOf(parsed, [first, 'id']))}${kind === 'abbreviations' ? ` (bij hetzelfde rapport ${String(data['report'])})` : ''}; elke code komt één keer voor: geef deze een andere code of haal het dubbele item weg`,
      });
      return;
    }
    seen.set(id, i);
    entries.push({ id, data, index: i });
  });
  return { file, entries, problems, broken: false, lineOf: (path) => lineOf(parsed, path) };
}

/** Reads and checks one data file of the project at `root`. */
export function readDataFile(root: string | URL, kind: DataKind): DataFile {
  const dir = typeof root === 'string' ? root : fileURLToPath(root);
  const file = DATA_FILES[kind];
  let bytes: Buffer;
  try {
    if (lstatSync(join(dir, file)).isSymbolicLink())
      return {
        file,
        entries: [],
        problems: [
          { file, line: 1, message: 'dit bestand is een symbolische link; zet hier het bestand zelf neer (links worden niet gevolgd)' },
        ],
        broken: true,
      };
    bytes = readFileSync(join(dir, file));
  } catch {
    return { file, entries: [], problems: [{ file, line: 1, message: `dit bestand ontbreekt; zet ${file} terug` }], broken: true };
  }
  const decoded = decodeText(bytes);
  if ('problem' in decoded) return { file, entries: [], problems: [{ file, ...decoded.problem }], broken: true };
  return checkDataText(kind, decoded.text, file);
}

/** Every data file of the project, checked. */
export function readDataFiles(root: string | URL): Record<DataKind, DataFile> {
  return {
    sources: readDataFile(root, 'sources'),
    topics: readDataFile(root, 'topics'),
    abbreviations: readDataFile(root, 'abbreviations'),
  };
}

/** The vocabulary (topic and source ids) of a project, from its checked data files. */
export function vocabularyOf(data: Record<DataKind, DataFile>): Vocabulary {
  return { topics: data.topics.entries.map((e) => e.id), sources: data.sources.entries.map((e) => e.id) };
}

/** The vocabulary of the project rooted at `root`. */
export function readVocabulary(root: string | URL): Vocabulary {
  return vocabularyOf(readDataFiles(root));
}

/**
 * A parser for Astro's file() loader: the same reader and checks as the content
 * check, so the build reads each data file exactly as the check did. A problem stops
 * the build with the check's message.
 */
export function dataParser(kind: DataKind) {
  // Keyed by the entry's id (an abbreviation's is "report/abbreviation"), so two reports may list the same abbreviation.
  return (text: string): Record<string, Record<string, unknown>> => {
    const result = checkDataText(kind, text);
    if (result.problems.length) {
      const lines = result.problems.map((p) => `${p.file}:${String(p.line)}  ${p.field ? `${p.field}: ` : ''}${p.message}`);
      const error = new Error(`${lines.join('\n')}\nDraai \`npm run check:content\` en zie CONTRIBUTING.md.`);
      error.stack = error.message;
      throw error;
    }
    return Object.fromEntries(result.entries.map((e) => [e.id, e.data]));
  };
}
