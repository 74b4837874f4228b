/**
 * The sidebar per page: the page's own agreement or report in full, the others as one
 * link to their overview, so a page does not carry every other section's links.
 */
import { describe, expect, it } from 'vitest';
import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { sidebarForPage } from '../../src/lib/build/sidebar.ts';

type Entry = StarlightRouteData['sidebar'][number];
const link = (label: string, href: string, isCurrent = false): Entry => ({
  type: 'link',
  label,
  href,
  isCurrent,
  badge: undefined,
  attrs: {},
});
const group = (label: string, entries: Entry[]): Entry => ({ type: 'group', label, entries, collapsed: false, badge: undefined });

const sidebar: Entry[] = [
  link('Start', '/'),
  group('Sectorakkoord VO', [
    link('Overzicht', '/sectorakkoord-vo/'),
    group('Indicatoren', [link('1. Uitgedaagd', '/sectorakkoord-vo/indicatoren/1-uitgedaagd/')]),
  ]),
  group('De Staat van het Onderwijs 2024', [
    link('Overzicht', '/staat-2024/'),
    group('Hoofdstukken', [link('6. Onderwijsprofessionals', '/staat-2024/hoofdstukken/6-onderwijsprofessionals/', true)]),
  ]),
  group('Geschiedenis', [link('Voortgang 2016', '/geschiedenis/voortgangsrapportage-2016/'), link('Tijdlijn', '/geschiedenis/tijdlijn/')]),
  link('Zoeken met filters', '/zoeken/'),
];

describe('sidebarForPage', () => {
  it('keeps the group that holds the current page whole and folds the other sections to a link to their overview', () => {
    const out = sidebarForPage(sidebar, '/staat-2024/hoofdstukken/6-onderwijsprofessionals/');
    expect(out[1]).toEqual(link('Sectorakkoord VO', '/sectorakkoord-vo/'));
    expect(out[2]).toBe(sidebar[2]);
    // No overview to fold to: stays as it is.
    expect(out[3]).toBe(sidebar[3]);
    expect(out[0]).toBe(sidebar[0]);
    expect(out[4]).toBe(sidebar[4]);
  });

  it('keeps a section whole on a page under its overview that the sidebar does not list (a figures page)', () => {
    const out = sidebarForPage(sidebar, '/staat-2024/hoofdstukken/6-onderwijsprofessionals/cijfers/');
    expect(out[2]).toBe(sidebar[2]);
    expect(out[1]?.type).toBe('link');
  });

  it('folds every section on a page outside them (home, search)', () => {
    const out = sidebarForPage(
      sidebar.map((e) =>
        e.type === 'group' ? { ...e, entries: e.entries.map((x) => (x.type === 'group' ? { ...x, entries: [] } : x)) } : e,
      ),
      '/zoeken/',
    );
    expect(out.map((e) => e.type)).toEqual(['link', 'link', 'link', 'group', 'link']);
    expect(out.filter((e) => e.type === 'link' && e.isCurrent)).toEqual([]);
  });
});
