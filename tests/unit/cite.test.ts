import { describe, expect, it } from 'vitest';
import { citation } from '../../src/lib/cite.ts';

const consulted = new Date(Date.UTC(2026, 10, 23));

describe('citation', () => {
  it('names publisher, year, title, URL and date of consultation', () => {
    expect(
      citation({
        pageTitle: 'Onderwijsprofessionals',
        url: 'https://onderwijsmonitor.nl/staat-2024/hoofdstukken/6-onderwijsprofessionals/',
        consulted,
        source: { title: 'De Staat van het Onderwijs 2024', publisher: 'Inspectie van het Onderwijs', year: 2024 },
      }),
    ).toBe(
      'Inspectie van het Onderwijs (2024). De Staat van het Onderwijs 2024. Onderwijsprofessionals. Onderwijsmonitor. Geraadpleegd op 23 november 2026, van https://onderwijsmonitor.nl/staat-2024/hoofdstukken/6-onderwijsprofessionals/',
    );
  });

  it('cites a source without a named publisher by its title', () => {
    const text = citation({
      pageTitle: 'Zittenblijven',
      url: 'https://x/',
      consulted,
      source: { title: 'Dashboard Sectorakkoord VO 2020', publisher: 'niet vermeld', year: 2020 },
    });
    expect(text.startsWith('Dashboard Sectorakkoord VO 2020 (2020). Zittenblijven. Onderwijsmonitor.')).toBe(true);
  });
});
