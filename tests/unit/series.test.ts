import { describe, expect, it } from 'vitest';
import type { Realisation } from '../../src/schemas/figure.ts';
import { chronological, comparisonView, measureView, seriesOf } from '../../src/lib/domain/series.ts';

const titles = (id: string) =>
  ({ 'dashboard-po-2020': 'Dashboard PO 2020', 'voortgangsrapportage-2016': 'Voortgangsbrief 2016' })[id] ?? id;
const fig = (period: string, value: number, source = 'dashboard-po-2020', extra: Partial<Realisation> = {}): Realisation => ({
  period,
  value,
  unit: 'percent',
  source,
  locator: 'x',
  ...extra,
});

describe('series', () => {
  it('keeps two sources that disagree on the same period as two series', () => {
    const series = seriesOf([fig('2015', 71), fig('2015', 72, 'voortgangsrapportage-2016'), fig('2018', 87)], 'Starters', titles);
    expect(series.map((s) => s.name).sort()).toEqual(['Starters (Dashboard PO 2020)', 'Starters (Voortgangsbrief 2016)']);
  });

  it('builds a chart with the target and baseline on the time axis, and a table with every figure', () => {
    const view = measureView({
      pageId: 'vo/4',
      title: 'Zittenblijvers',
      figures: [fig('2019', 6.03, 'dashboard-vo-2020', { group: 'vo totaal' })],
      target: {
        description: 'd',
        value: 3.8,
        unit: 'percent',
        year: 2020,
        baseline: { value: 5.8, year: 2013 },
        direction: 'lower',
        source: 's',
        locator: 'l',
      },
      breaks: [{ period: '2019', description: 'zonder nieuwkomers' }],
      sourceTitle: titles,
    });
    expect(view.chart?.labels).toEqual(['2013', '2019', '2020']);
    expect(view.chart?.positions).toEqual([2013, 2019, 2020]);
    const target = view.chart?.series.find((s) => s.kind === 'target');
    expect(target?.values).toEqual([5.8, null, 3.8]);
    expect(view.chart?.breaks).toEqual([{ at: '2019', description: 'zonder nieuwkomers' }]);
    expect(view.chart?.summary).toContain('6,03%');
    expect(view.table.rows).toHaveLength(1);
    expect(view.table.rows[0]?.notes.join(' ')).toContain('zonder nieuwkomers');
  });

  it('marks rows where sources disagree and draws no chart for figures without a period', () => {
    const view = measureView({
      pageId: 'p',
      title: 't',
      figures: [fig('2015', 71), fig('2015', 72, 'voortgangsrapportage-2016')],
      sourceTitle: titles,
    });
    expect(view.table.rows.every((r) => r.notes.some((n) => n.includes('andere bron')))).toBe(true);
    const undated = measureView({
      pageId: 'p',
      title: 't',
      figures: [{ ...fig('2015', 1), period: undefined, periodLabel: 'al jaren' }],
      sourceTitle: titles,
    });
    expect(undated.chart).toBeUndefined();
    expect(undated.table.rows[0]?.period).toBe('al jaren');
  });

  it('draws a comparison of years, one figure per year, as bars, not as one-point lines', () => {
    const view = comparisonView({
      pageId: 'brief',
      key: 'verveling',
      defaultSource: 'voortgangsrapportage-2016',
      sourceTitle: titles,
      figures: [
        { label: 'Toptalenten die zich vervelen', value: 56, unit: 'percent', period: '2014', group: '2014', section: '2.1' },
        { label: 'Toptalenten die zich vervelen', value: 24, unit: 'percent', period: '2016', group: '2016', section: '2.1' },
      ],
    });
    expect(view.chart?.type).toBe('bar');
    expect(view.chart?.series).toHaveLength(1);
    expect(view.chart?.labels).toEqual(['2014', '2016']);
  });

  it('draws million and billion euro on one axis in euro', () => {
    const view = comparisonView({
      pageId: 'h1',
      key: 'geld',
      defaultSource: 'staat-2024',
      sourceTitle: titles,
      figures: [
        { label: 'Incidenteel geld', value: 885, unit: 'million-euro', periodLabel: 'in 2018', group: '2018', section: '1.5.3' },
        { label: 'Incidenteel geld', value: 1.84, unit: 'billion-euro', periodLabel: 'in 2022', group: '2022', section: '1.5.3' },
      ],
    });
    expect(view.chart?.unit).toBe('euro');
    expect(view.chart?.series[0]?.values).toEqual([885_000_000, 1_840_000_000]);
    expect(view.chart?.summary).toContain('€ 885 miljoen');
    expect(view.chart?.summary).toContain('€ 1,84 miljard');
    expect(view.table.rows.map((r) => r.value)).toEqual(['€ 885 miljoen', '€ 1,84 miljard']);
  });

  it('draws a comparison of sectors as bars', () => {
    const view = comparisonView({
      pageId: 'h6',
      key: 'tekort',
      defaultSource: 'staat-2024',
      sourceTitle: titles,
      figures: [
        { label: 'Tekort', value: 9.4, unit: 'percent', period: '2023', group: 'bo', section: '6.2.1' },
        { label: 'Tekort', value: 5.8, unit: 'percent', period: '2023', group: 'vo', section: '6.2.1' },
      ],
    });
    expect(view.chart?.type).toBe('bar');
    expect(view.chart?.labels).toEqual(['bo', 'vo']);
    expect(view.table.rows[0]?.locator).toBe('§ 6.2.1');
  });
});

describe('tables in date order', () => {
  it('keeps a figure without a year where the editor put it, between the dated ones', () => {
    const list = [
      { periodLabel: 'vorig jaar, gezien vanaf 2016', id: 'a' },
      { period: '2019', id: 'c' },
      { period: '2016', id: 'b' },
    ];
    expect(chronological(list).map((f) => f.id)).toEqual(['a', 'b', 'c']);
    const newest = [
      { period: '2013', id: 'a' },
      { periodLabel: 'nieuwste meting, jaar niet vermeld', id: 'b' },
      { period: '2015', id: 'c' },
    ];
    expect(chronological(newest).map((f) => f.id)).toEqual(['a', 'b', 'c']);
  });
});
