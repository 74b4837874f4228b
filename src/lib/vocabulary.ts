/**
 * Reads the ids of the data collections (topics, sources) from content/data/ when
 * the content schemas are built, so an unknown id fails with the list of known ones.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Vocabulary } from '../schemas/pages.ts';

/** Where the data collections live, relative to the project root. */
export const DATA_FILES = {
  sources: 'content/data/sources.yaml',
  topics: 'content/data/topics.yaml',
  abbreviations: 'content/data/abbreviations.yaml',
} as const;

/** The `id`s of a YAML list file, or an empty list if the file is missing or malformed (its own schema reports that). */
export function idsIn(file: string | URL): string[] {
  try {
    const data: unknown = parse(readFileSync(file, 'utf8'));
    if (!Array.isArray(data)) return [];
    return data
      .map((item: unknown) => (item && typeof item === 'object' && 'id' in item ? String((item as { id: unknown }).id) : ''))
      .filter((id) => id !== '');
  } catch {
    return [];
  }
}

/** The vocabulary of a project rooted at `root`. */
export function readVocabulary(root: URL): Vocabulary {
  return {
    topics: idsIn(new URL(DATA_FILES.topics, root)),
    sources: idsIn(new URL(DATA_FILES.sources, root)),
  };
}
