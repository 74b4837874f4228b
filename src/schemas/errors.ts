/**
 * Dutch, editor-facing error messages for the content schemas. Every message says
 * what is wrong and what to write instead, because the people who read them edit
 * YAML frontmatter in a pull request and are not developers.
 */
import { z } from 'astro/zod';

type Issue = z.core.$ZodRawIssue;

/** Describes a YAML value the way an editor sees it in the file. */
export function shown(input: unknown): string {
  if (input === undefined) return 'niets';
  if (input === null) return 'een leeg veld';
  if (typeof input === 'string') return `de tekst "${input}"`;
  if (typeof input === 'number') return `het getal ${String(input)}`;
  if (typeof input === 'boolean') return input ? 'true' : 'false';
  if (Array.isArray(input)) return 'een lijst';
  return 'een groep velden';
}

const TYPE_NAMES: Record<string, string> = {
  string: 'tekst',
  number: 'een getal',
  int: 'een heel getal',
  boolean: 'true of false',
  array: 'een lijst (regels die beginnen met "- ")',
  object: 'een groep velden (ingesprongen regels eronder)',
  date: 'een datum (2024-04-15)',
};

/** Explains what is wrong with a number the editor wrote, and how to write it. */
export function numberAdvice(input: unknown): string | undefined {
  if (typeof input !== 'string') return undefined;
  const s = input.trim();
  if (/^-?\d+,\d+$/.test(s)) {
    return `"${s}" heeft een komma; schrijf in YAML een punt als decimaalteken: ${s.replace(',', '.')}`;
  }
  if (/^-?\d+([.,]\d+)?\s*%$/.test(s)) {
    return `"${s}" bevat een procentteken; schrijf alleen het getal (${s.replace(/\s*%$/, '').replace(',', '.')}) en zet "unit: percent" erbij`;
  }
  if (/^€/.test(s) || /miljoen|miljard/.test(s)) {
    return `"${s}" is geen getal; schrijf alleen het getal: 9 met "unit: million-euro" voor € 9 miljoen, of 50000 met "unit: euro" voor € 50.000`;
  }
  return undefined;
}

/** The message for an issue, given a hint of what belongs in the field. */
export function message(issue: Issue, hint?: string): string | undefined {
  const tail = hint ? `; ${hint}` : '';
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return `dit veld ontbreekt${tail}`;
      const advice = issue.expected === 'number' || issue.expected === 'int' ? numberAdvice(issue.input) : undefined;
      if (advice) return advice;
      const want = TYPE_NAMES[issue.expected] ?? issue.expected;
      return `hier hoort ${want}, maar er staat ${shown(issue.input)}${tail}`;
    }
    case 'invalid_value': {
      const allowed = issue.values.map((v) => String(v)).join(', ');
      return `${shown(issue.input)} is niet toegestaan; kies uit: ${allowed}`;
    }
    case 'too_small':
      if (issue.origin === 'string') return `dit veld is leeg${tail}`;
      if (issue.origin === 'array') return `deze lijst is leeg; zet er minstens ${String(issue.minimum)} in${tail}`;
      return `${shown(issue.input)} is te klein (minimaal ${String(issue.minimum)})${tail}`;
    case 'too_big':
      return `${shown(issue.input)} is te groot (maximaal ${String(issue.maximum)})${tail}`;
    case 'invalid_format':
      return `${shown(issue.input)} heeft niet de goede vorm${tail}`;
    case 'unrecognized_keys':
      return undefined; // handled by strict objects, which know the allowed keys
    default:
      return undefined;
  }
}

/** An error map for one field, with a hint of what belongs in it. */
export function hinted(hint?: string) {
  return (issue: Issue) => message(issue, hint);
}

/**
 * A character in a code or field name that is not plain ASCII: a Cyrillic "а" or a
 * zero-width space looks like the right word but is not. Names it with its code point
 * and position, so the editor retypes the word instead of hunting for a difference.
 */
export function foreignCharacter(word: string): string | undefined {
  const chars = [...word];
  const index = chars.findIndex((c) => !/^[\x20-\x7e]$/.test(c));
  if (index < 0) return undefined;
  const c = chars[index] ?? '';
  const code = `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  return `"${word}" bevat het teken ${code} op positie ${String(index + 1)}, dat op een gewone letter lijkt maar het niet is (of onzichtbaar is); typ het woord opnieuw`;
}

/** The allowed key closest to a mistyped one, if it is near enough to be a typo (never for a look-alike word). */
export function closest(word: string, options: readonly string[]): string | undefined {
  if (foreignCharacter(word)) return undefined;
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const option of options) {
    const d = editDistance(word.toLowerCase(), option.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = option;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(word.length / 3)) && best !== word ? best : undefined;
}

/** Levenshtein distance, small inputs only (field names, paths). */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] ?? 0;
      row[j] = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length] ?? 0;
}

/** Message for keys a strict object does not know, naming the allowed ones. */
export function unknownKeys(keys: readonly string[], allowed: readonly string[]): string {
  const foreign = keys.map(foreignCharacter).find((m) => m !== undefined);
  if (foreign) return `onbekend veld: ${foreign}; toegestaan zijn: ${allowed.join(', ')}`;
  const parts = keys.map((key) => {
    const guess = closest(key, allowed);
    return guess ? `"${key}" (bedoelt u "${guess}"?)` : `"${key}"`;
  });
  return `onbekend veld ${parts.join(', ')}; toegestaan zijn: ${allowed.join(', ')}`;
}
