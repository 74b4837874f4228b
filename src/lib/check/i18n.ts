/**
 * Starlight's interface texts that the site words differently (content/i18n/<taal>.json).
 * Starlight puts some of them into every page as HTML (the names in the theme menu go
 * into <option> with set:html), so a text with "</select><script>" in it would add a
 * script to every page. Each text is plain: no <, > or &. The content check and the
 * build's loader (src/lib/build/docs-loader.ts) read the files with this one function.
 */
import { readdirSync, readFileSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from './problems.ts';
import { decodeText, textProblems } from './safety.ts';

export const I18N_DIR = 'content/i18n';

/** The texts of one file, or the problems that keep it from being used. */
export function checkI18nText(file: string, bytes: Uint8Array): { data: Record<string, string>; problems: Problem[] } {
  const decoded = decodeText(bytes);
  if ('problem' in decoded) return { data: {}, problems: [{ file, ...decoded.problem }] };
  const text = decoded.text;
  const invisible = textProblems(text).map((p) => ({ file, ...p }));
  if (invisible.length) return { data: {}, problems: invisible };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    const line = Number(/line (\d+)/.exec(e instanceof Error ? e.message : '')?.[1] ?? 1);
    return {
      data: {},
      problems: [
        {
          file,
          line,
          message:
            'dit bestand is geen geldige JSON; schrijf elke regel als "sleutel": "tekst", met een komma tussen de regels en geen komma na de laatste',
        },
      ],
    };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return { data: {}, problems: [{ file, line: 1, message: 'dit bestand moet één groep zijn: { "sleutel": "tekst", … }' }] };
  const problems: Problem[] = [];
  const data: Record<string, string> = {};
  const lineOf = (key: string) => {
    const at = text.indexOf(JSON.stringify(key));
    return at < 0 ? 1 : text.slice(0, at).split('\n').length;
  };
  for (const [key, value] of Object.entries(parsed)) {
    if (typeof value !== 'string') {
      problems.push({ file, line: lineOf(key), field: key, message: 'hier hoort een tekst tussen aanhalingstekens' });
    } else if (/[<>&]/.test(value)) {
      problems.push({
        file,
        line: lineOf(key),
        field: key,
        message:
          'deze tekst mag geen <, > of & bevatten: Starlight zet sommige van deze teksten als HTML in elke pagina; schrijf gewone tekst (schrijf "en" voor &)',
      });
    } else data[key] = value;
  }
  return { data, problems };
}

/** Every file in content/i18n/ of the project rooted at `root`. */
export function checkI18nFiles(root: string): Problem[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(join(root, I18N_DIR), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const name = entry.name;
    const file = `${I18N_DIR}/${name}`;
    if (!entry.isFile())
      return [{ file, line: 1, message: `"${name}" is geen gewoon bestand (een map of symbolische link); zet hier het bestand zelf neer` }];
    if (!/^[a-z]{2}(-[a-z]{2})?\.json$/.test(name))
      return [{ file, line: 1, message: `"${name}" hoort niet in ${I18N_DIR}/: daar staan alleen taalbestanden zoals nl.json` }];
    return checkI18nText(file, readFileSync(join(root, I18N_DIR, name))).problems;
  });
}
