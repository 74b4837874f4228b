/**
 * A problem the content check reports: file, line, field and a Dutch message that says
 * what to write instead. Shared by the checks of pages and of data files.
 */
import type { z } from 'astro/zod';
import { message } from '../../schemas/errors.ts';

export interface Problem {
  file: string;
  line: number;
  field?: string | undefined;
  message: string;
}

/** A readable field path: ["related", 0, "section"] → "related.0.section". */
export const fieldPath = (path: readonly PropertyKey[]) => path.map(String).join('.');

/** A schema issue in Dutch; Starlight's own fields have English messages, which get one here. */
export function dutchIssue(issue: z.core.$ZodIssue): string {
  if (!/^Invalid |^Unrecognized key|^Too (small|big)|^Expected /.test(issue.message)) return issue.message;
  const field = String(issue.path[0] ?? '');
  if (field === 'title') return 'de titel ontbreekt of is geen tekst; schrijf bijvoorbeeld: title: "Startende leraren met begeleiding"';
  return (
    message(
      issue as unknown as z.core.$ZodRawIssue,
      `zie de uitleg bij "${fieldPath(issue.path)}" in de frontmatter-referentie (/redactie/frontmatter/)`,
    ) ?? `dit veld klopt niet; zie de uitleg bij "${fieldPath(issue.path)}" in de frontmatter-referentie (/redactie/frontmatter/)`
  );
}

/** Problems as lines an editor can click: "file:line  field: message". */
export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((p) => `${p.file}:${String(p.line)}  ${p.field ? `${p.field}: ` : ''}${p.message}`).join('\n');
}
