import { describe, expect, it } from 'vitest';
import { citation, figureCitation, sourceReference } from '../../src/lib/views/cite.ts';

const consulted = new Date(Date.UTC(2026, 10, 23));
const staat = { title: 'De Staat van het Onderwijs 2024', publisher: 'Inspectie van het Onderwijs', year: 2024 };
const dashboard = { title: 'Dashboard Sectorakkoord VO 2020', publisher: 'niet vermeld', year: 2020 };
const letter = {
  title: 'Tweede voortgangsrapportage bestuursakkoord PO en sectorakkoord VO',
  publisher: 'Ministerie van OCW (staatssecretaris S. Dekker)',
  year: 2016,
  kamerstukken: 'Kamerstukken 31 293 en 31 289',
};

describe('citation of a page', () => {
  it('has the site as author, dated by the last change, names every source and reads no clock', () => {
    const text = citation({
      pageTitle: 'Zittenblijven',
      url: 'https://onderwijsmonitor.nl/sectorakkoord-vo/indicatoren/4-zittenblijven/',
      updated: new Date(Date.UTC(2026, 10, 3)),
      sources: [dashboard, letter],
    });
    expect(text).toBe(
      'Onderwijsmonitor (2026, 3 november). Zittenblijven. Op basis van: Dashboard Sectorakkoord VO 2020, uitgever niet vermeld, 2020; ' +
        'Tweede voortgangsrapportage bestuursakkoord PO en sectorakkoord VO, Ministerie van OCW, 2016, Kamerstukken 31 293 en 31 289. ' +
        'https://onderwijsmonitor.nl/sectorakkoord-vo/indicatoren/4-zittenblijven/',
    );
  });

  it('adds the date of consultation only when one is given (in the browser)', () => {
    expect(citation({ pageTitle: 'X', url: 'https://x/', consulted })).toBe(
      'Onderwijsmonitor (z.d.). X. Geraadpleegd op 23 november 2026, van https://x/',
    );
  });
});

describe('citation of a figure', () => {
  it('an indicator figure: source without publisher cited by title, "uitgever niet vermeld"', () => {
    expect(
      figureCitation({
        figure: '6,03%',
        what: 'Percentage zittenblijvers',
        when: 'in 2019',
        group: 'alle vo-leerlingen',
        source: dashboard,
        locator: 'Indicator 4, Welke beweging is zichtbaar?',
        url: 'https://x/4/',
      }),
    ).toBe(
      'Percentage zittenblijvers: 6,03%, in 2019, alle vo-leerlingen. Bron: Dashboard Sectorakkoord VO 2020 (2020). Uitgever niet vermeld. ' +
        'Vindplaats: Indicator 4, Welke beweging is zichtbaar? Via Onderwijsmonitor: https://x/4/',
    );
  });

  it('a Staat key figure: the Inspectie as author', () => {
    expect(sourceReference(staat)).toBe('Inspectie van het Onderwijs (2024). De Staat van het Onderwijs 2024.');
  });

  it('a 2016-letter figure: the ministry as author and the Kamerstuk numbers the letter names', () => {
    expect(sourceReference(letter)).toBe(
      'Ministerie van OCW (2016). Tweede voortgangsrapportage bestuursakkoord PO en sectorakkoord VO. Kamerstukken 31 293 en 31 289.',
    );
  });
});
