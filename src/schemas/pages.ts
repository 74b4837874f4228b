/**
 * One schema per page kind, joined as a union on `type`. Starlight's own fields
 * (title, description, sidebar, …) are merged in by `docsSchema({ extend })`.
 * Every object is strict: a key that is not listed here fails the build.
 */
import { z } from 'astro/zod';
import { integer, knownId, listOf, number, oneOf, period, reportPlace, sectionNumber, slug, strict, text, year } from './fields.ts';
import { keyFigureSchema, realisationSchema } from './figure.ts';
import { DIRECTIONS, keysOf, PAGE_KINDS, SECTORS, STATUSES, UNITS } from './vocabulary.ts';

/** Ids known when the schema is built: the data collections in content/data/. */
export interface Vocabulary {
  topics: readonly string[];
  sources: readonly string[];
}

/** Starlight's frontmatter fields a page may use beside ours (for the unknown-key message; see guardStarlightFields for the rest). */
export const STARLIGHT_FIELDS = [
  'title',
  'description',
  'tableOfContents',
  'template',
  'hero',
  'prev',
  'next',
  'pagefind',
  'draft',
  'sidebar',
] as const;

/** Where an agreement or report stands among its kind: in the sidebar, on the home page, in columns and lists. */
function order(kind: 'akkoord' | 'rapport') {
  return integer(
    kind === 'akkoord'
      ? 'Plaats van het akkoord in het menu, op de startpagina en in de kolommen van de themapagina’s: 1 staat eerst.'
      : 'Plaats van het rapport in het menu en in lijsten: 1 staat eerst (zet het nieuwste rapport op 1).',
    1,
    99,
  );
}

/** A numbered section of a report chapter or document; gets a stable anchor `#par-6-2-1`. */
function sectionSchema(vocab: Vocabulary) {
  return strict({
    number: sectionNumber,
    title: text('Titel van de paragraaf zoals in de bron (zonder nummer).'),
    topics: listOf(knownId(vocab.topics, 'thema', 'content/data/topics.yaml', 'Thema')).describe(
      'Thema’s waar deze paragraaf over gaat; de themapagina linkt er dan rechtstreeks naar.',
    ),
  });
}

function common(vocab: Vocabulary) {
  return {
    topics: listOf(knownId(vocab.topics, 'thema', 'content/data/topics.yaml', 'Thema')).describe(
      'Thema’s van de pagina (codes uit content/data/topics.yaml), het belangrijkste eerst. Ze verbinden afspraken met bevindingen; een themapagina zet de hoofdstukken die het thema eerder noemen hoger.',
    ),
    keywords: listOf(text('Trefwoord')).describe(
      'Trefwoorden waarop de zoekfunctie deze pagina zwaar laat wegen, ook woorden die niet in de tekst staan ("tekort aan leraren", "starters").',
    ),
  };
}

/** A link from an indicator to a finding in a report: a numbered section or a sector portrait. */
function relatedSchema() {
  return reportPlace(
    { note: text('Waarom deze bevinding bij de indicator hoort, in één zin.').optional() },
    'als de link naar een sectorbeeld gaat',
    'een link naar een bevinding heeft óf "section" (een paragraaf, "6.2.1") óf "portrait" (een sectorbeeld, po/vo/so/mbo/ho), niet allebei en niet geen van beide',
  );
}

/** Group names compared as a reader sees them: white space collapsed, case ignored. */
const groupKey = (group: string | undefined) => (group ?? '').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The figures of one chart: no two for the same measure, group and period (the chart
 * would show only one), group names written the same way each time (else they form
 * two lines), and no double spaces in a group name.
 */
function checkSeries(
  figures: readonly {
    group?: string | undefined;
    measure?: string | undefined;
    comparison?: string | undefined;
    period?: string | undefined;
    periodLabel?: string | undefined;
    source?: string | undefined;
  }[],
  at: (string | number)[],
  ctx: z.core.$RefinementCtx,
  onlyComparisons = false,
): void {
  const seen = new Map<string, number>();
  const written = new Map<string, { text: string; index: number }>();
  figures.forEach((f, i) => {
    if (onlyComparisons && f.comparison === undefined) return;
    if (f.group !== undefined) {
      if (/\s{2,}|[^\S ]/.test(f.group))
        ctx.addIssue({
          code: 'custom',
          path: [...at, i, 'group'],
          input: f.group,
          message: `de groep "${f.group.replace(/\s/g, '·')}" heeft een dubbele spatie, tab of regeleinde (·); schrijf "${f.group.replace(/\s+/g, ' ').trim()}"`,
        });
      const key = `${f.measure ?? f.comparison ?? ''}|${groupKey(f.group)}`;
      const first = written.get(key);
      if (first && first.text !== f.group && !/\s{2,}|[^\S ]/.test(f.group))
        ctx.addIssue({
          code: 'custom',
          path: [...at, i, 'group'],
          input: f.group,
          message: `schrijf de groep steeds hetzelfde: "${first.text}" (zoals in ${[...at, first.index].join('.')}), niet "${f.group}"; anders worden het twee lijnen`,
        });
      else if (!first) written.set(key, { text: f.group, index: i });
    }
    const when = f.period ?? f.periodLabel;
    if (when === undefined) return;
    // Two sources may give a figure for the same period (the dashboard and a letter); one source gives one.
    const key = `${f.measure ?? f.comparison ?? ''}|${groupKey(f.group)}|${when}|${f.source ?? ''}`;
    const other = seen.get(key);
    if (other !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: [...at, i, f.period !== undefined ? 'period' : 'periodLabel'],
        input: when,
        message: `er staat al een cijfer voor ${when}${f.group ? ` (groep ${f.group})` : ''}${f.measure ? ` bij "${f.measure}"` : ''} uit dezelfde bron in ${[...at, other].join('.')}; haal een van de twee weg, of geef ze een eigen "group"`,
      });
    else seen.set(key, i);
  });
}

export function agreementSchema(vocab: Vocabulary) {
  return strict(
    {
      type: z.literal('agreement'),
      agreement: slug('Code van het akkoord, gelijk aan de naam van zijn map in content/docs/. Ambities en indicatoren verwijzen ernaar.'),
      source: knownId(
        vocab.sources,
        'bron',
        'content/data/sources.yaml',
        'Het brondocument dat de stand van het akkoord geeft (het dashboard). In de tijdlijn linkt dat document naar deze pagina.',
      ),
      order: order('akkoord'),
      sector: oneOf(SECTORS, 'Sector van het akkoord.'),
      signed: year('Jaar waarin het akkoord is gesloten.'),
      term: strict({ from: year('Beginjaar'), to: year('Eindjaar') }).describe('Looptijd van het akkoord.'),
      parties: z.array(text('Partij')).min(1).describe('Partijen die het akkoord sloten.'),
      update: strict({
        year: year('Jaar van de actualisering.'),
        source: knownId(vocab.sources, 'bron', 'content/data/sources.yaml', 'Bron waarin de actualisering staat.'),
        summary: text('Wat er veranderde, in eigen woorden.'),
      })
        .optional()
        .describe('De actualisering van het akkoord (2018).'),
      sources: z
        .array(knownId(vocab.sources, 'bron', 'content/data/sources.yaml', 'Bron'))
        .min(1)
        .describe('Brondocumenten van deze pagina.'),
      ...common(vocab),
    },
    STARLIGHT_FIELDS,
  );
}

export function ambitionSchema(vocab: Vocabulary) {
  return strict(
    {
      type: z.literal('ambition'),
      agreement: slug('Code van het akkoord waartoe de ambitie hoort (het veld "agreement" van de overzichtspagina van het akkoord).'),
      number: integer('Nummer van de ambitie in het akkoord.', 1, 20),
      sources: z
        .array(knownId(vocab.sources, 'bron', 'content/data/sources.yaml', 'Bron'))
        .min(1)
        .describe('Brondocumenten van deze pagina.'),
      ...common(vocab),
    },
    STARLIGHT_FIELDS,
  );
}

export function targetSchema(vocab: Vocabulary) {
  return strict({
    description: text('De doelstelling in eigen woorden, ook als ze geen getal heeft.'),
    value: number(
      'De streefwaarde: het getal dat de bron noemt (3.8 voor 3,8 procent), of het getal dat de woorden van het doel vastleggen ("alle scholen" is 100, "geen enkel kind" is 0; zet die woorden dan in `inWords`). Weglaten bij een doel zonder getal.',
    ).optional(),
    inWords: text(
      'Alleen als de bron de streefwaarde in woorden geeft ("alle scholen", "geen enkel kind"): die woorden, letterlijk uit de bron. De pagina toont ze als citaat naast het getal in `value`.',
    ).optional(),
    unit: oneOf(UNITS, 'Eenheid van de streefwaarde; verplicht als er een value is.').optional(),
    year: year('Jaar waarin de streefwaarde gehaald moet zijn.').optional(),
    baseline: strict({
      value: number('Het startpunt (nulmeting).'),
      year: year('Jaar van het startpunt.'),
    })
      .optional()
      .describe('Het startpunt waarvan de doelstelling uitgaat, als de bron het noemt.'),
    direction: oneOf(DIRECTIONS, 'Of een hoger of een lager cijfer beter is; verplicht als er een value is.').optional(),
    group: text('Groep waarvoor de streefwaarde geldt, als het niet het totaal is.').optional(),
    source: knownId(vocab.sources, 'bron', 'content/data/sources.yaml', 'Bron van de doelstelling.'),
    locator: text('Waar de doelstelling in de bron staat ("Indicator 4, Doelstelling").'),
  }).superRefine((t, ctx) => {
    const need = (field: string, why: string) => ctx.addIssue({ code: 'custom', path: [field], input: undefined, message: why });
    if (t.value !== undefined) {
      if (t.unit === undefined)
        need(
          'unit',
          `de streefwaarde ${String(t.value)} heeft geen eenheid; schrijf bijvoorbeeld "unit: percent" (kies uit: ${keysOf(UNITS).join(', ')})`,
        );
      if (t.direction === undefined)
        need('direction', 'bij een streefwaarde hoort "direction: higher" (hoger is beter) of "direction: lower" (lager is beter)');
      if (t.year === undefined) need('year', 'bij een streefwaarde hoort het jaar waarin ze gehaald moet zijn: "year: 2020"');
      if (t.unit !== undefined) {
        const b = UNITS[t.unit];
        for (const [v, path] of [
          [t.value, ['value']],
          [t.baseline?.value, ['baseline', 'value']],
        ] as const) {
          if (v !== undefined && (v < b.min || v > b.max)) {
            ctx.addIssue({
              code: 'custom',
              path: [...path],
              input: v,
              message:
                t.unit === 'percent'
                  ? `een percentage ligt tussen 0 en 100, maar hier staat ${String(v)}`
                  : `${String(v)} kan niet bij eenheid "${t.unit}"`,
            });
          }
        }
      }
    } else if (t.inWords !== undefined) {
      need(
        'value',
        `"inWords" geeft de streefwaarde in woorden; schrijf in "value" het getal dat ze vastleggen (100 voor "alle", 0 voor "geen")`,
      );
    } else if (t.baseline !== undefined) {
      need('value', 'er is een startpunt (baseline) maar geen streefwaarde; schrijf de streefwaarde in "value" of laat de baseline weg');
    }
    if (t.year !== undefined && t.baseline !== undefined && t.baseline.year >= t.year) {
      ctx.addIssue({
        code: 'custom',
        path: ['baseline', 'year'],
        input: t.baseline.year,
        message: `het startjaar (${String(t.baseline.year)}) moet vóór het doeljaar (${String(t.year)}) liggen`,
      });
    }
  });
}

export function indicatorSchema(vocab: Vocabulary) {
  const sourceId = knownId(vocab.sources, 'bron', 'content/data/sources.yaml', 'Bron');
  return strict(
    {
      type: z.literal('indicator'),
      agreement: slug('Code van het akkoord (het veld "agreement" van de overzichtspagina van het akkoord).'),
      ambition: integer('Nummer van de ambitie waartoe de indicator hoort.', 1, 20),
      number: integer('Nummer van de indicator zoals in het dashboard.', 1, 9999),
      sector: oneOf(SECTORS, 'Sector: die van het akkoord.'),
      measure: text('Wat de indicator meet, kort ("Percentage zittenblijvers"). Titel van de grafiek en de tabel.'),
      dataSource: text('De gegevensbron die het dashboard noemt ("DUO", "Vensters VO 2020", "IPTO").').optional(),
      target: targetSchema(vocab),
      realisation: listOf(realisationSchema(vocab.sources)).describe(
        'De gemeten cijfers: elk met periode, value, eenheid, groep, bron en vindplaats.',
      ),
      chartMissing: text(
        'Als het dashboard cijfers alleen in een grafiek gaf die in de brontekst ontbreekt: welke cijfers dat waren. De pagina meldt dat ze onbekend zijn.',
      ).optional(),
      breaks: listOf(
        strict({
          period,
          description: text('Wat er vanaf deze periode anders gemeten wordt, in eigen woorden.'),
          source: sourceId,
          locator: text('Waar de bron de wijziging noemt.'),
        }),
      ).describe(
        'Breuken in de reeks: vanaf deze periode wordt anders gemeten (zittenblijven zonder nieuwkomers vanaf 2019; "zwak" werd "onvoldoende" in 2017).',
      ),
      status: strict({
        judgement: z
          .enum(keysOf(STATUSES).filter((s) => s !== 'onbekend') as [string, ...string[]], {
            error: `kies uit: ${keysOf(STATUSES)
              .filter((s) => s !== 'onbekend')
              .join(', ')}`,
          })
          .describe('Het oordeel zoals de bron het geeft.'),
        text: text('Het oordeel van de bron in eigen woorden.'),
        source: sourceId,
        locator: text('Waar de bron het oordeel geeft.'),
      })
        .optional()
        .describe(
          'Alleen als de bron zelf zegt of het doel gehaald is. Zonder streefwaarde met cijfer voor het doeljaar geldt dit oordeel; anders is de status "onbekend".',
        ),
      facts: listOf(keyFigureSchema(vocab.sources)).describe(
        'Andere cijfers bij de indicator die geen meting van de doelstelling zijn: budgetten, aantallen deelnemers.',
      ),
      sources: z.array(sourceId).min(1).describe('Brondocumenten waarop de tekst van de pagina steunt.'),
      related: listOf(relatedSchema()).describe(
        'Bevindingen in een rapport (zoals de Staat van het Onderwijs) die over hetzelfde gaan: een paragraaf of een sectorbeeld.',
      ),
      unrelatedReason: text('Als er geen bevinding in een rapport bij deze indicator hoort: waarom niet.').optional(),
      counterparts: listOf(
        strict({
          agreement: slug('Code van het andere akkoord (niet dat van deze indicator).'),
          number: integer('Nummer van de indicator daar.', 1, 9999),
        }),
      ).describe('De indicator in een ander akkoord die hetzelfde meet. Eén kant is genoeg: de link komt vanzelf ook terug.'),
      ...common(vocab),
    },
    STARLIGHT_FIELDS,
  ).superRefine((ind, ctx) => {
    checkSeries(ind.realisation, ['realisation'], ctx);
    ind.counterparts.forEach((c, i) => {
      if (c.agreement === ind.agreement)
        ctx.addIssue({
          code: 'custom',
          path: ['counterparts', i, 'agreement'],
          input: c.agreement,
          message: `een tegenhanger staat in een ander akkoord, maar deze indicator hoort zelf bij ${ind.agreement}; noem de indicator uit een ander akkoord, of haal de regel weg`,
        });
    });
    const targetUnit = ind.target.unit;
    if (targetUnit === undefined) return;
    ind.realisation.forEach((r, i) => {
      if (r.measure === undefined && r.unit !== targetUnit) {
        ctx.addIssue({
          code: 'custom',
          path: ['realisation', i, 'unit'],
          input: r.unit,
          message: `dit cijfer heeft eenheid "${r.unit}" maar de streefwaarde "${targetUnit}"; schrijf "unit: ${targetUnit}", of geef het cijfer een eigen "measure" als het iets anders meet`,
        });
      }
    });
  });
}

export function reportSchema(vocab: Vocabulary) {
  return strict(
    {
      type: z.literal('report'),
      report: knownId(vocab.sources, 'bron', 'content/data/sources.yaml', 'Het rapport (de bron) dat deze pagina beschrijft.'),
      order: order('rapport'),
      keyFigures: listOf(keyFigureSchema(vocab.sources)).describe('De belangrijkste cijfers van het rapport.'),
      sections: listOf(sectionSchema(vocab)).describe('Genummerde delen van de pagina, elk met een vast anker.'),
      ...common(vocab),
    },
    STARLIGHT_FIELDS,
  );
}

export function chapterSchema(vocab: Vocabulary) {
  return strict(
    {
      type: z.literal('chapter'),
      report: knownId(vocab.sources, 'bron', 'content/data/sources.yaml', 'Het rapport (de bron) waartoe het hoofdstuk hoort.'),
      number: integer('Nummer van het hoofdstuk.', 1, 30),
      sections: z
        .array(sectionSchema(vocab))
        .min(1)
        .describe('Alle genummerde paragrafen van het hoofdstuk, in volgorde. Elke paragraaf krijgt een vast anker (#par-6-2-1).'),
      keyFigures: listOf(keyFigureSchema(vocab.sources)).describe('Kerncijfers van het hoofdstuk, elk met de paragraaf waar het staat.'),
      ...common(vocab),
    },
    STARLIGHT_FIELDS,
  ).superRefine((page, ctx) => {
    checkSeries(page.keyFigures, ['keyFigures'], ctx, true);
  });
}

export function portraitSchema(vocab: Vocabulary) {
  return strict(
    {
      type: z.literal('portrait'),
      report: knownId(vocab.sources, 'bron', 'content/data/sources.yaml', 'Het rapport (de bron) waartoe het sectorbeeld hoort.'),
      sector: oneOf(SECTORS, 'Sector van het sectorbeeld.'),
      keyFigures: listOf(keyFigureSchema(vocab.sources)).describe('Kerncijfers van het sectorbeeld.'),
      ...common(vocab),
    },
    STARLIGHT_FIELDS,
  );
}

export function glossarySchema(vocab: Vocabulary) {
  return strict(
    {
      type: z.literal('glossary'),
      report: knownId(vocab.sources, 'bron', 'content/data/sources.yaml', 'Het rapport waaruit de afkortingen komen.'),
      ...common(vocab),
    },
    STARLIGHT_FIELDS,
  );
}

export function documentSchema(vocab: Vocabulary) {
  return strict(
    {
      type: z.literal('document'),
      source: knownId(vocab.sources, 'bron', 'content/data/sources.yaml', 'Het document dat deze pagina beschrijft.'),
      sections: listOf(sectionSchema(vocab)).describe('Genummerde paragrafen van het document, elk met een vast anker.'),
      keyFigures: listOf(keyFigureSchema(vocab.sources)).describe('Cijfers uit het document.'),
      ...common(vocab),
    },
    STARLIGHT_FIELDS,
  );
}

export function pageSchema(vocab: Vocabulary) {
  return strict(
    {
      type: z.enum(['page', 'home']).describe('Een gewone pagina ("page") of de startpagina ("home").'),
      headline: knownId(
        vocab.sources,
        'bron',
        'content/data/sources.yaml',
        'Alleen op de startpagina: het rapport waarvan de startpagina de belangrijkste cijfers toont ("Wat ziet de Inspectie?"). Bij een nieuw rapport zet u hier zijn code.',
      ).optional(),
      sources: listOf(knownId(vocab.sources, 'bron', 'content/data/sources.yaml', 'Bron')).describe(
        'Brondocumenten van deze pagina, als ze die heeft.',
      ),
      ...common(vocab),
    },
    STARLIGHT_FIELDS,
  ).refine((p) => p.type === 'home' || p.headline === undefined, {
    path: ['headline'],
    error: '"headline" hoort alleen op de startpagina (type: home); haal het hier weg',
  });
}

/** Every page kind, keyed by its `type`. */
export function pageKindSchemas(vocab: Vocabulary) {
  return {
    agreement: agreementSchema(vocab),
    ambition: ambitionSchema(vocab),
    indicator: indicatorSchema(vocab),
    report: reportSchema(vocab),
    chapter: chapterSchema(vocab),
    portrait: portraitSchema(vocab),
    glossary: glossarySchema(vocab),
    document: documentSchema(vocab),
    page: pageSchema(vocab),
  };
}

/** The union of all page kinds, discriminated on `type`. */
export function pageSchemaUnion(vocab: Vocabulary) {
  const kinds = pageKindSchemas(vocab);
  const types = [...keysOf(PAGE_KINDS)];
  return z.discriminatedUnion('type', Object.values(kinds) as unknown as [z.ZodObject, ...z.ZodObject[]], {
    error: (issue) =>
      issue.code === 'invalid_union' || issue.code === 'invalid_value' || issue.code === 'invalid_type'
        ? `"type" ontbreekt of is onbekend (${JSON.stringify((issue.input as Record<string, unknown> | undefined)?.['type'])}); kies uit: ${types.join(', ')}`
        : undefined,
  });
}
