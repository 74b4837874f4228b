/**
 * A topic's headline figures (`keyFigures` in content/data/topics.yaml): each is a
 * reference to a key figure of a report chapter (by section) or sector portrait, found
 * by its value. The content check reports a reference that finds no figure, or more
 * than one, in topics.yaml; the topic page and its search result show what it finds.
 */
import type { TopicFigureRef } from '../../schemas/data.ts';
import type { KeyFigure } from '../../schemas/figure.ts';
import type { ChapterData, Page, PortraitData } from '../../schemas/index.ts';
import { numberKey, type SectionRef, type SiteGraph } from './graph.ts';

export interface TopicFigure {
  page: Page<ChapterData | PortraitData>;
  figure: KeyFigure;
  /** The section the figure stands in (a chapter's figure). */
  section?: SectionRef<ChapterData> | undefined;
}

/** The figure a reference points to, or what is wrong with it (in Dutch, with what to write). */
export function resolveTopicFigure(ref: TopicFigureRef, graph: SiteGraph): TopicFigure | { problem: string } {
  let page: Page<ChapterData | PortraitData>;
  let section: SectionRef<ChapterData> | undefined;
  let where: string;
  if (ref.section !== undefined) {
    section = graph.sections.get(numberKey(ref.report, ref.section));
    if (!section) return { problem: `paragraaf ${ref.section} staat in geen hoofdstuk van ${ref.report}` };
    page = section.page;
    where = `§ ${ref.section}`;
  } else {
    const portrait = graph.portraits.get(numberKey(ref.report, ref.portrait ?? ''));
    if (!portrait) return { problem: `${ref.report} heeft geen sectorbeeld ${ref.portrait ?? ''}` };
    page = portrait;
    where = `het sectorbeeld ${ref.portrait ?? ''}`;
  }
  const candidates = page.data.keyFigures.filter((f) => ref.section === undefined || f.section === ref.section);
  const found = candidates.filter(
    (f) =>
      f.value === ref.value && (ref.group === undefined || f.group === ref.group) && (ref.label === undefined || f.label === ref.label),
  );
  const list = (figures: readonly KeyFigure[]) =>
    figures.map((f) => `${String(f.value)} (${f.label}${f.group ? `, group: ${f.group}` : ''})`).join('; ');
  const asked = [
    `de waarde ${String(ref.value)}`,
    ...(ref.group ? [`group "${ref.group}"`] : []),
    ...(ref.label ? [`label "${ref.label}"`] : []),
  ].join(', ');
  const file = page.filePath ?? page.id;
  if (found.length === 1 && found[0]) return { page, figure: found[0], section };
  if (found.length === 0)
    return {
      problem: candidates.length
        ? `geen kerncijfer met ${asked} in ${where} (${file}); daar staan: ${list(candidates)}`
        : `${where} (${file}) heeft geen kerncijfers; kies een cijfer uit keyFigures van een hoofdstuk of sectorbeeld`,
    };
  return {
    problem: `${String(found.length)} kerncijfers in ${where} (${file}) hebben ${asked}: ${list(found)}; schrijf er de group (of het label) van het bedoelde cijfer bij`,
  };
}

/**
 * The headline figures of a topic. The content check reports a reference that does not
 * resolve before the build; should one still get here, the build stops on it rather
 * than leave the figure out.
 */
export function topicFigures(topicId: string, refs: readonly TopicFigureRef[], graph: SiteGraph): TopicFigure[] {
  return refs.map((ref) => {
    const found = resolveTopicFigure(ref, graph);
    if ('problem' in found) throw new Error(`content/data/topics.yaml, thema ${topicId}, keyFigures: ${found.problem}`);
    return found;
  });
}
