/**
 * The order of sections as the site's menus show it: by language, then by position, then by
 * id; subsections under their section, ordered the same way among themselves. Moving one is
 * the taxonomy service's (`moveSection`), which numbers the siblings in this same order.
 */
import type { Language, Section } from '../../content/types.js';

export interface SectionBranch {
  section: Section;
  subsections: Section[];
}

function inMenuOrder(a: Section, b: Section): number {
  return a.position - b.position || a.id - b.id;
}

/**
 * The sections of `language` as a tree of one level. A section whose parent is missing from
 * the list stands at the top, so nothing stored is hidden from the people who manage it.
 */
export function sectionTree(sections: readonly Section[], language: Language): SectionBranch[] {
  const ofLanguage = sections.filter((s) => s.language === language).sort(inMenuOrder);
  const ids = new Set(ofLanguage.map((s) => s.id));
  const isTop = (s: Section) => s.parentId === null || !ids.has(s.parentId);
  return ofLanguage.filter(isTop).map((section) => ({
    section,
    subsections: ofLanguage.filter((s) => !isTop(s) && s.parentId === section.id),
  }));
}

/** The position that puts a new section last among the ones it joins. */
export function lastPosition(
  sections: readonly Section[],
  language: Language,
  parentId: number | null,
): number {
  const siblings = sections.filter((s) => s.language === language && s.parentId === parentId);
  return siblings.length === 0 ? 0 : Math.max(...siblings.map((s) => s.position)) + 1;
}
