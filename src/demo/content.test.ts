import { describe, expect, it } from 'vitest';
import { articleTypes } from '../db/schema.js';
import { demoArticlesAr } from './content-articles-ar.js';
import { demoArticlesEn } from './content-articles-en.js';
import { demoPeople } from './content-people.js';
import { demoSections } from './content-sections.js';
import { demoImages } from './images/catalogue.js';
import type { DemoArticle, DemoBlock } from './types.js';

const arabicLetter = /[\u0600-\u06ff]/;
const latinLetter = /[a-z]/i;

const articles = [...demoArticlesAr, ...demoArticlesEn];
const sections = new Map(demoSections.map((section) => [section.slug, section]));
const people = new Map(demoPeople.map((person) => [person.slug, person]));
const images = new Map(demoImages.map((image) => [image.key, image]));

function blockTexts(block: DemoBlock): string[] {
  if ('p' in block) return [block.p];
  if ('h' in block) return [block.h];
  if ('quote' in block) return block.cite === undefined ? [block.quote] : [block.quote, block.cite];
  if ('list' in block) return block.list;
  return [];
}

/** Every piece of text a reader sees in an article (not its keys, slugs or source). */
function readerTexts(article: DemoArticle): string[] {
  return [
    article.title,
    article.subtitle,
    article.excerpt,
    ...article.tags,
    ...article.body.flatMap(blockTexts),
  ];
}

function bodyImages(article: DemoArticle): string[] {
  return article.body.flatMap((block) => ('image' in block ? [block.image] : []));
}

const topLevel = (slug: string) => sections.get(slug)?.parent ?? slug;
const words = (text: string) => text.trim().split(/\s+/).length;
const isInterviewQuestion = (text: string) => text.startsWith('س:');

describe('demo sections', () => {
  it('have unique slugs and parents listed before their one-level children', () => {
    expect(sections.size).toBe(demoSections.length);
    demoSections.forEach((section, index) => {
      if (section.parent === undefined) return;
      const parentIndex = demoSections.findIndex((s) => s.slug === section.parent);
      expect(parentIndex, section.slug).toBeGreaterThanOrEqual(0);
      expect(parentIndex, section.slug).toBeLessThan(index);
      expect(demoSections[parentIndex]?.parent, section.slug).toBeUndefined();
      expect(demoSections[parentIndex]?.language, section.slug).toBe(section.language);
    });
  });

  it('give the Arabic site its sections in display order, with subsections', () => {
    const arabic = demoSections.filter((s) => s.language === 'ar');
    expect(arabic.filter((s) => s.parent === undefined).map((s) => s.slug)).toEqual([
      'economy',
      'energy',
      'markets',
      'banking',
      'technology',
      'opinion',
    ]);
    expect(arabic.filter((s) => s.parent !== undefined).length).toBeGreaterThanOrEqual(2);
    for (const section of arabic) {
      expect(section.slug, section.slug).toMatch(/^[a-z-]+$/);
      for (const text of [section.name, section.description]) {
        expect(text, section.slug).toMatch(arabicLetter);
        expect(text, section.slug).not.toMatch(latinLetter);
      }
    }
  });

  it('give the English edition its own sections, in English', () => {
    const english = demoSections.filter((s) => s.language === 'en');
    expect(english.map((s) => s.slug)).toEqual(['en-economy', 'en-energy']);
    for (const section of english) {
      expect(section.name + section.description).not.toMatch(arabicLetter);
    }
  });
});

describe('demo people', () => {
  it('have unique slugs and a square portrait each', () => {
    expect(people.size).toBe(demoPeople.length);
    for (const person of demoPeople) {
      expect(person.avatar, person.slug).toBeDefined();
      const avatar = images.get(person.avatar ?? '');
      expect(avatar, person.slug).toBeDefined();
      expect(avatar?.width, person.slug).toBe(avatar?.height);
    }
  });

  it('include Arabic writers with Arabic slugs, two of them columnists', () => {
    const arabic = demoPeople.filter((p) => p.language === 'ar');
    expect(arabic.length).toBeGreaterThanOrEqual(6);
    expect(arabic.filter((p) => p.jobTitle.startsWith('كاتب')).length).toBeGreaterThanOrEqual(2);
    for (const person of arabic) {
      expect(person.slug, person.slug).toMatch(/^[\u0600-\u06ff]+(?:-[\u0600-\u06ff]+)+$/);
      const texts = [person.name, person.jobTitle, person.bio, ...person.links.map((l) => l.label)];
      for (const text of texts) {
        expect(text, person.slug).toMatch(arabicLetter);
        expect(text, person.slug).not.toMatch(latinLetter);
      }
      expect(person.links.length, person.slug).toBeGreaterThan(0);
      expect(images.get(person.avatar ?? '')?.key.startsWith('en-'), person.slug).toBe(false);
    }
  });

  it('include English correspondents written in English', () => {
    const english = demoPeople.filter((p) => p.language === 'en');
    expect(english.length).toBe(2);
    for (const person of english) {
      expect(person.slug).toMatch(/^[a-z]+(?:-[a-z]+)+$/);
      const texts = [person.name, person.jobTitle, person.bio, ...person.links.map((l) => l.label)];
      for (const text of texts) expect(text, person.slug).not.toMatch(arabicLetter);
      expect(person.avatar?.startsWith('en-'), person.slug).toBe(true);
    }
  });

  it('link only to absolute web or mail addresses', () => {
    for (const person of demoPeople) {
      for (const link of person.links)
        expect(link.url, person.slug).toMatch(/^(?:https:\/\/|mailto:)/);
    }
  });
});

describe('demo articles', () => {
  it('refer only to sections, authors and images that exist, in their own language', () => {
    for (const article of articles) {
      const section = sections.get(article.section);
      expect(section, article.title).toBeDefined();
      expect(section?.language, article.title).toBe(article.language);
      expect(article.authors.length, article.title).toBeGreaterThanOrEqual(1);
      expect(article.authors.length, article.title).toBeLessThanOrEqual(2);
      for (const slug of article.authors) {
        expect(people.get(slug)?.language, `${article.title}: ${slug}`).toBe(article.language);
      }
      for (const key of [article.image, ...bodyImages(article)]) {
        expect(images.has(key), `${article.title}: ${key}`).toBe(true);
        expect(key.startsWith('en-'), `${article.title}: ${key}`).toBe(article.language === 'en');
      }
      expect(images.get(article.image)?.width, article.title).toBe(1600);
    }
  });

  it('have unique titles of headline length', () => {
    const titles = articles.map((a) => a.title);
    expect(new Set(titles).size).toBe(titles.length);
    for (const title of titles) {
      expect(words(title), title).toBeGreaterThanOrEqual(6);
      expect(words(title), title).toBeLessThanOrEqual(14);
    }
  });

  it('fill the Arabic site: every section, every type, several articles per section', () => {
    expect(demoArticlesAr.length).toBeGreaterThanOrEqual(24);
    expect(demoArticlesAr.every((a) => a.language === 'ar')).toBe(true);
    expect(new Set(demoArticlesAr.map((a) => topLevel(a.section))).size).toBeGreaterThanOrEqual(5);
    for (const section of demoSections.filter((s) => s.language === 'ar')) {
      const direct = demoArticlesAr.filter((a) => a.section === section.slug).length;
      expect(direct, section.slug).toBeGreaterThanOrEqual(section.parent === undefined ? 3 : 1);
    }
    expect(new Set(demoArticlesAr.map((a) => a.type))).toEqual(new Set(articleTypes));
  });

  it('give the opinion section opinion pieces by columnists only', () => {
    const opinion = demoArticlesAr.filter((a) => a.section === 'opinion');
    expect(opinion.length).toBeGreaterThanOrEqual(3);
    for (const article of demoArticlesAr) {
      expect(article.section === 'opinion', article.title).toBe(article.type === 'opinion');
    }
    for (const article of opinion) {
      expect(article.authors.length, article.title).toBe(1);
      expect(people.get(article.authors[0] ?? '')?.jobTitle, article.title).toMatch(/^كاتب/);
    }
  });

  it('flag one or two breaking stories and a handful of featured ones', () => {
    const breaking = demoArticlesAr.filter((a) => a.isBreaking === true).length;
    const featured = demoArticlesAr.filter((a) => a.isFeatured === true).length;
    expect(breaking).toBeGreaterThanOrEqual(1);
    expect(breaking).toBeLessThanOrEqual(2);
    expect(featured).toBeGreaterThanOrEqual(4);
    expect(featured).toBeLessThanOrEqual(6);
  });

  it('spread over about two weeks, updated only after publication and before now', () => {
    const hours = demoArticlesAr.map((a) => a.hoursAgo);
    expect(Math.min(...hours)).toBe(1);
    expect(Math.max(...hours)).toBeGreaterThanOrEqual(300);
    for (const article of articles) {
      if (article.updatedHoursLater === undefined) continue;
      expect(article.updatedHoursLater, article.title).toBeGreaterThan(0);
      expect(article.updatedHoursLater, article.title).toBeLessThan(article.hoursAgo);
    }
  });

  it('use varied pictures, figures in some bodies, and syndication for a few', () => {
    expect(new Set(demoArticlesAr.map((a) => a.image)).size).toBeGreaterThanOrEqual(12);
    expect(demoArticlesAr.filter((a) => bodyImages(a).length > 0).length).toBeGreaterThanOrEqual(3);
    const syndicated = articles.filter((a) => a.source !== undefined);
    expect(syndicated.length).toBeGreaterThanOrEqual(2);
    for (const article of syndicated)
      expect(article.source?.url, article.title).toMatch(/^https:\/\//);
  });

  it('reuse Arabic tags, so every tag page lists several articles', () => {
    const counts = new Map<string, number>();
    for (const tag of demoArticlesAr.flatMap((a) => a.tags))
      counts.set(tag, (counts.get(tag) ?? 0) + 1);
    for (const [tag, count] of counts) expect(count, tag).toBeGreaterThanOrEqual(2);
    for (const article of articles) {
      expect(article.tags.length, article.title).toBeGreaterThanOrEqual(2);
      expect(article.tags.length, article.title).toBeLessThanOrEqual(4);
      expect(new Set(article.tags).size, article.title).toBe(article.tags.length);
    }
  });

  it('have bodies of substantial paragraphs, with interviews as questions and answers', () => {
    for (const article of articles) {
      expect(article.body.length, article.title).toBeGreaterThanOrEqual(4);
      expect(article.body.length, article.title).toBeLessThanOrEqual(9);
      for (const block of article.body) {
        if (!('p' in block) || isInterviewQuestion(block.p)) continue;
        expect(words(block.p), block.p.slice(0, 40)).toBeGreaterThanOrEqual(50);
        expect(words(block.p), block.p.slice(0, 40)).toBeLessThanOrEqual(130);
      }
    }
    for (const interview of articles.filter((a) => a.type === 'interview')) {
      const paragraphs = interview.body.flatMap((b) => ('p' in b ? [b.p] : []));
      const questions = paragraphs.filter(isInterviewQuestion).length;
      expect(questions, interview.title).toBeGreaterThanOrEqual(3);
      expect(paragraphs.filter((p) => p.startsWith('ج:')).length, interview.title).toBe(questions);
    }
  });

  it('write Arabic articles in Arabic script only', () => {
    for (const article of demoArticlesAr) {
      for (const text of readerTexts(article)) {
        expect(text, article.title).toMatch(arabicLetter);
        expect(text, article.title).not.toMatch(latinLetter);
      }
      for (const slug of article.authors) expect(slug).toMatch(arabicLetter);
    }
  });

  it('pair some English stories with the Arabic originals they translate, published earlier', () => {
    const translations = demoArticlesEn.filter((article) => article.translationOf !== undefined);
    expect(translations.length).toBeGreaterThanOrEqual(2);
    for (const translation of translations) {
      const original = demoArticlesAr.find((a) => a.title === translation.translationOf);
      expect(original, translation.title).toBeDefined();
      expect(original?.hoursAgo, translation.title).toBeGreaterThan(translation.hoursAgo);
    }
    const originals = translations.map((t) => t.translationOf);
    expect(new Set(originals).size).toBe(originals.length);
  });

  it('write English articles without Arabic letters', () => {
    expect(demoArticlesEn.length).toBe(3);
    for (const article of demoArticlesEn) {
      expect(article.language).toBe('en');
      for (const text of readerTexts(article))
        expect(text, article.title).not.toMatch(arabicLetter);
    }
  });
});
