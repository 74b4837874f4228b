import { describe, expect, it } from 'vitest';
import type { Realisation } from '../../src/schemas/figure.ts';
import type { IndicatorData, Target } from '../../src/schemas/index.ts';
import { indicatorStatus, latestFigure, meetsTarget } from '../../src/lib/domain/status.ts';

const target: Target = {
  description: 'Minder zittenblijvers',
  value: 3.8,
  unit: 'percent',
  year: 2020,
  baseline: { value: 5.8, year: 2013 },
  direction: 'lower',
  source: 'dashboard-vo-2020',
  locator: 'Indicator 4',
};
const fig = (period: string, value: number, extra: Partial<Realisation> = {}): Realisation => ({
  period,
  value,
  unit: 'percent',
  source: 'dashboard-vo-2020',
  locator: 'Indicator 4',
  ...extra,
});
type Input = Pick<IndicatorData, 'target' | 'realisation' | 'status'>;

describe('indicator status', () => {
  it('computes "niet gehaald" when the figure for the target year misses a lower-is-better target', () => {
    const s = indicatorStatus({ target, realisation: [fig('2019', 6.03), fig('2020', 4.1)] } as Input);
    expect(s.status).toBe('niet-gehaald');
    expect(s.rule).toBe('computed');
    expect(s.figure?.value).toBe(4.1);
    expect(s.explanation).toContain('3,8%');
    expect(s.explanation).toContain('4,1%');
  });

  it('computes "gehaald" from a later figure (school year ending in the target year counts)', () => {
    const s = indicatorStatus({ target, realisation: [fig('2019/2020', 3.5)] } as Input);
    expect(s.status).toBe('gehaald');
  });

  it('never computes from a trend: without a figure for the target year it uses the stated judgement', () => {
    const s = indicatorStatus({
      target,
      realisation: [fig('2019', 6.03)],
      status: {
        judgement: 'naar-verwachting-niet-gehaald',
        text: 'het doel wordt naar verwachting niet gehaald',
        source: 'dashboard-vo-2020',
        locator: 'Indicator 4',
      },
    } as Input);
    expect(s.status).toBe('naar-verwachting-niet-gehaald');
    expect(s.rule).toBe('stated');
    expect(s.explanation).toContain('Indicator 4');
  });

  it('treats a target in words ("alle scholen") as the number it fixes and computes the status with it', () => {
    const inWords: Target = {
      description: 'Alle zwakke scholen verbeteren zich binnen een jaar.',
      value: 100,
      inWords: 'alle scholen',
      unit: 'percent',
      year: 2018,
      direction: 'higher',
      source: 'dashboard-po-2020',
      locator: 'Indicator 5, Doelstelling',
    };
    const s = indicatorStatus({ target: inWords, realisation: [fig('2017/2018', 62)] } as Input);
    expect(s.status).toBe('niet-gehaald');
    expect(s.rule).toBe('computed');
    expect(s.short).toBe('Berekend: 62% over 2017/2018 is lager dan de streefwaarde 100%.');
    expect(s.explanation).toContain('“alle scholen”; dat is 100%');
  });

  it('is "onbekend" when there is neither a figure for the target year nor a stated judgement', () => {
    const s = indicatorStatus({ target, realisation: [fig('2019', 2.0)] } as Input);
    expect(s.status).toBe('onbekend');
    expect(s.rule).toBe('unknown');
  });

  it('is "onbekend" for a qualitative target, even with figures', () => {
    const qualitative: Target = { description: 'Alle leerlingen uitgedaagd', source: 'dashboard-vo-2020', locator: 'Indicator 1' };
    expect(indicatorStatus({ target: qualitative, realisation: [fig('2020', 90)] } as Input).status).toBe('onbekend');
  });

  it('only compares figures of the target measure and group', () => {
    const s = indicatorStatus({
      target,
      realisation: [fig('2020', 1, { measure: 'iets anders' }), fig('2020', 1, { group: 'havo' })],
    } as Input);
    expect(s.status).toBe('onbekend');
  });

  it('does not decide when an approximate figure equals the target', () => {
    expect(meetsTarget(fig('2020', 3.8, { qualifier: 'ongeveer' }), target)).toBeUndefined();
    expect(meetsTarget(fig('2020', 3.8), target)).toBe(true);
  });

  it('picks the newest figure for the target group as the latest figure', () => {
    const latest = latestFigure({ target, realisation: [fig('2017', 5), fig('2019', 6.03), fig('2020', 9, { measure: 'x' })] });
    expect(latest?.period).toBe('2019');
  });

  it('never shows a figure of another measure as the latest figure', () => {
    expect(latestFigure({ target, realisation: [fig('2020', 82, { measure: 'leraren die vaak digitaal werken' })] })).toBeUndefined();
    const undated = { ...fig('2020', 85), period: undefined, periodLabel: 'jaar niet vermeld' };
    expect(latestFigure({ target, realisation: [undated] })?.value).toBe(85);
  });
});
