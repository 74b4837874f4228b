/**
 * Field builders shared by every page kind: each carries its own description (for
 * the editors' reference) and a Dutch hint of what to write when it is wrong.
 */
import { z } from 'astro/zod';
import { closest, foreignCharacter, hinted, message, unknownKeys } from './errors.ts';
import { keysOf, QUALIFIERS, SECTORS, UNITS } from './vocabulary.ts';

/** A strict object: an unknown key is an error that names the allowed keys. */
export function strict<T extends z.core.$ZodLooseShape>(shape: T, extraAllowed: readonly string[] = []) {
  const allowed = [...Object.keys(shape), ...extraAllowed];
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? unknownKeys(issue.keys, allowed) : message(issue, 'hier hoort een groep velden'),
  });
}

/** A section number such as "6.2.1". */
export const sectionNumber = z
  .string({ error: (issue) => message(issue, 'schrijf het paragraafnummer tussen aanhalingstekens, bijvoorbeeld "6.2.1"') })
  .regex(/^\d+(\.\d+){0,3}$/, { error: (issue) => `${JSON.stringify(issue.input)} is geen paragraafnummer; schrijf bijvoorbeeld "6.2.1"` })
  .describe('Paragraafnummer zoals in de bron: "6.2" of "6.2.1". Tussen aanhalingstekens, anders leest YAML het als getal.');

/**
 * A place in a report with more fields: a numbered section of a chapter or a sector
 * portrait, exactly one of the two. An indicator's link to a finding and a topic's
 * headline figure both use it; `portraitWhen` ends the description of `portrait`, and
 * `error` says, for the editor, what is wrong when both or neither are given.
 */
export function reportPlace<T extends z.core.$ZodLooseShape>(fields: T, portraitWhen: string, error: string) {
  return strict({
    report: slug('Code van het rapport (de bron uit content/data/sources.yaml), zoals in het veld "report" van zijn hoofdstukken.'),
    section: sectionNumber.optional(),
    portrait: oneOf(SECTORS, `Sector van het sectorbeeld, ${portraitWhen}.`).optional(),
    ...fields,
  }).refine((r: { section?: unknown; portrait?: unknown }) => (r.section === undefined) !== (r.portrait === undefined), { error });
}

/** Non-empty text. */
export function text(description: string, hint = lowerFirst(description)) {
  return (
    z
      .string({ error: hinted(hint) })
      .trim()
      // One form per character: "ï" typed as one code point or as "i" + "¨" is the same group, not two series.
      .normalize('NFC')
      .min(1, { error: hinted(hint) })
      .describe(description)
  );
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** Any finite number. */
export function number(description: string, hint = 'schrijf een getal, met een punt als decimaalteken (6.03)') {
  return z.number({ error: hinted(hint) }).describe(description);
}

/**
 * An optional list: left out or left empty (`related:` with nothing under it, which
 * YAML reads as null) both mean "none".
 */
export function listOf<T extends z.ZodType>(item: T) {
  return z
    .array(item)
    .nullable()
    .default([])
    .transform((v): z.output<T>[] => v ?? []);
}

/** A whole number within a range. */
export function integer(description: string, min: number, max: number, hint?: string) {
  const h = hint ?? `schrijf een heel getal van ${String(min)} tot en met ${String(max)}`;
  return z
    .number({ error: hinted(h) })
    .int({ error: hinted(h) })
    .min(min, { error: hinted(h) })
    .max(max, { error: hinted(h) })
    .describe(description);
}

/** A calendar year as the sources use them. */
export function year(description: string) {
  return integer(description, 1990, 2100, 'schrijf een jaartal van vier cijfers, bijvoorbeeld 2020');
}

/** A lower-case identifier such as a topic id or a file name part. */
export function slug(description: string) {
  return z
    .string({ error: hinted('schrijf kleine letters, cijfers en streepjes, bijvoorbeeld "startende-leraren"') })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      error: (issue) =>
        `${JSON.stringify(issue.input)} is geen geldige code; gebruik kleine letters, cijfers en streepjes, bijvoorbeeld "startende-leraren"`,
    })
    .describe(description);
}

/** One value of a closed vocabulary (const map). */
export function oneOf<T extends Record<string, unknown>>(map: T, description: string) {
  const values = keysOf(map);
  return z
    .enum(values, {
      error: (issue) =>
        `${issue.input === undefined ? 'dit veld ontbreekt' : `${JSON.stringify(issue.input)} is niet toegestaan`}; kies uit: ${values.join(', ')}`,
    })
    .describe(description);
}

/** An id that must be one of a set known when the schema is built (topics, sources). */
export function knownId(ids: readonly string[], what: string, where: string, description: string) {
  return z
    .string({ error: hinted(`schrijf de code van ${what} uit ${where}`) })
    .refine((id) => ids.includes(id), {
      error: (issue) => {
        const foreign = typeof issue.input === 'string' ? foreignCharacter(issue.input) : undefined;
        if (foreign) return `onbekende ${what}: ${foreign}; kies uit ${where}: ${ids.join(', ')}`;
        const guess = typeof issue.input === 'string' ? closest(issue.input, ids) : undefined;
        return `onbekende ${what} ${JSON.stringify(issue.input)}${guess ? ` (bedoelt u "${guess}"?)` : ''}; kies uit ${where}: ${ids.join(', ')} (of voeg ${what} daar eerst toe)`;
      },
    })
    .describe(description);
}

/**
 * A period: a year ("2019"), a school year ("2018/2019") or a span of years
 * ("2017-2018"). YAML reads 2019 as a number, so numbers are accepted and turned
 * into text.
 */
export const PERIOD_PATTERN = /^(\d{4})(?:([/-])(\d{4}))?$/;
const periodHint =
  'schrijf een jaar (2019), een schooljaar (2018/2019) of een reeks jaren (2017-2018); zet andere woorden in "periodLabel"';

export const period = z
  .union([z.string(), z.number()], { error: hinted(periodHint) })
  .transform((v) => String(v).trim())
  .refine(
    (v) => {
      const m = PERIOD_PATTERN.exec(v);
      if (!m) return false;
      const from = Number(m[1]);
      if (from < 1990 || from > 2100) return false;
      if (m[3] === undefined) return true;
      const to = Number(m[3]);
      return m[2] === '/' ? to === from + 1 : to > from && to <= 2100;
    },
    { error: (issue) => `periode ${JSON.stringify(issue.input)} klopt niet; ${periodHint}` },
  )
  .describe('Periode: een jaar ("2019"), een schooljaar ("2018/2019") of een reeks jaren ("2017-2018").');

/** Sector or sectors a figure is about; leave out when it is about all education. */
export const sectors = z
  .union([oneOf(SECTORS, 'Sector'), z.array(oneOf(SECTORS, 'Sector')).min(1)], {
    error: hinted(`schrijf een sector (${keysOf(SECTORS).join(', ')}) of een lijst daarvan, bijvoorbeeld [po, vo, so]`),
  })
  .transform((v) => (Array.isArray(v) ? v : [v]))
  .describe(
    `Sector(en) waarover het cijfer gaat: ${keysOf(SECTORS).join(', ')}; een lijst als het over meer sectoren gaat. Weglaten als het over al het onderwijs gaat.`,
  );

/** Fields every figure has, whatever page it is on. */
export function figureShape(sourceIds: readonly string[]) {
  return {
    value: number('Het getal zoals de bron het geeft, zonder eenheid (6.03, niet "6,03%").'),
    decimals: integer(
      'Alleen als de bron het getal met een nul aan het eind schrijft (22,0): het aantal decimalen dat de site moet tonen (1). YAML leest 22.0 anders als 22.',
      0,
      4,
    ).optional(),
    upTo: strict({ value: number('Bovengrens van het bereik.') })
      .optional()
      .describe('Alleen bij een bereik ("tussen 1.800 en 1.900"): de bovengrens; `value` is dan de ondergrens.'),
    qualifier: oneOf(QUALIFIERS, 'Woord dat de bron vóór het getal zet, zoals "ongeveer" of "ruim".').optional(),
    asWritten: text(
      'Alleen als de bron het cijfer in woorden geeft ("een kwart", "meer dan de helft", "zeven procent"): die woorden. De pagina toont ze; `value` is het getal dat ze precies betekenen (25, 50, 7) en wordt alleen voor de grafiek gebruikt.',
    ).optional(),
    unit: oneOf(UNITS, 'Eenheid van het getal.'),
    period: period.optional(),
    periodLabel: text(
      'Hoe de bron het moment noemt als dat meer zegt dan een jaar ("cohort 2018", "peildatum 1 september 2019", "vorig schooljaar").',
    ).optional(),
    source: knownId(sourceIds, 'bron', 'content/data/sources.yaml', 'Code van het brondocument (content/data/sources.yaml).'),
    locator: text(
      'Waar in de bron het cijfer staat: "Indicator 4", "§ 6.2.1", "§ 3.3".',
      'schrijf waar in de bron het cijfer staat, bijvoorbeeld "Indicator 4" of "§ 6.2.1"',
    ),
    note: text('Korte toelichting bij dit cijfer, in eigen woorden.').optional(),
  };
}

/** Checks shared by every figure: value within the unit's bounds, a period or a label, ranges the right way up. */
export function checkFigure(
  figure: {
    value: number;
    unit: keyof typeof UNITS;
    period?: string | undefined;
    periodLabel?: string | undefined;
    upTo?: { value: number } | undefined;
  },
  ctx: z.core.$RefinementCtx,
) {
  const bounds = UNITS[figure.unit];
  for (const [v, path] of [
    [figure.value, ['value']],
    [figure.upTo?.value, ['upTo', 'value']],
  ] as const) {
    if (v === undefined) continue;
    if (v < bounds.min || v > bounds.max) {
      ctx.addIssue({
        code: 'custom',
        path: [...path],
        input: v,
        message:
          figure.unit === 'percent'
            ? `een percentage ligt tussen 0 en 100, maar hier staat ${String(v)}; controleer het getal in de bron`
            : `${String(v)} kan niet bij eenheid "${figure.unit}" (${bounds.label}): toegestaan van ${String(bounds.min)} tot ${String(bounds.max)}; controleer het getal in de bron, of kies een grotere eenheid (million-euro in plaats van euro)`,
      });
    }
    if ((figure.unit === 'count' || figure.unit === 'one-in' || figure.unit === 'rank') && !Number.isInteger(v)) {
      ctx.addIssue({
        code: 'custom',
        path: [...path],
        input: v,
        message: `een aantal is een heel getal, maar hier staat ${String(v)}; schrijf duizendtallen zonder punt (2141, niet 2.141: in YAML is de punt een decimaalteken)`,
      });
    }
  }
  if (figure.upTo && figure.upTo.value <= figure.value) {
    ctx.addIssue({
      code: 'custom',
      path: ['upTo', 'value'],
      input: figure.upTo.value,
      message: `de bovengrens (${String(figure.upTo.value)}) moet groter zijn dan value (${String(figure.value)})`,
    });
  }
  if (figure.period === undefined && figure.periodLabel === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['period'],
      input: undefined,
      message:
        'dit cijfer heeft geen periode; schrijf "period" (2019, 2018/2019) of, als de bron geen jaar noemt, "periodLabel" met de woorden van de bron ("al jaren", "niet vermeld")',
    });
  }
}

/** The message for a title or label with < or >: it becomes the title of a browser tab. */
export const NO_ANGLE_BRACKETS = (field: string) =>
  `"${field}" mag geen < of > bevatten (het wordt ook de titel van het tabblad in de browser); schrijf "minder dan" of "meer dan" in woorden, en geen HTML`;
