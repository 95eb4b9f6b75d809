/**
 * A news page as a text scraper saves it — every text line of the page, in order: the menu,
 * the site's name, the section, the headline, the picture's file name, the story's
 * paragraphs, the browser's title — read back into a story. No two sites lay their pages out
 * alike, so nothing here knows one: it tells the parts apart by what they look like.
 *
 * - The browser title comes last and names the site after a separator (`… | Site | Site`,
 *   `… - Site`); it may be cut mid-word (`…`, `...`). It is dropped, and tells the site's
 *   name (the source) and the start of the headline.
 * - The headline is the line the title starts with; failing that, the first line of four
 *   to thirty words that does not end a sentence.
 * - The section is the last short line (one to three words, in the page's script) above the
 *   headline that is not the site's name.
 * - Paragraphs are the lines after the headline that read as prose: eight words or more, or
 *   a sentence's end. Lines that repeat the site's name, a file name, or (on an Arabic page)
 *   Latin-only menu words are left out wherever they are.
 */

export interface ScrapedStory {
  title: string;
  section: string | null;
  paragraphs: string[];
  /** The site the page came from, as it names itself. */
  sourceName: string | null;
  language: 'ar' | 'en';
}

const arabicLetter = /[\u0600-\u06FF]/;
const latinLetter = /[A-Za-z]/;
const sentenceEnd = /[.!?؟…:"»”)]$/;
const ellipsis = /\s*(…|\.{3})\s*$/;
const titleSeparator = /\s+[|–—-]\s+/;
const fileName = /^[\w.-]+$/;

/** The language a text is written in: the script most of its letters are in. */
export function languageOfText(text: string): 'ar' | 'en' {
  const arabic = text.match(/[\u0600-\u06FF]/g)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return arabic >= latin ? 'ar' : 'en';
}

const wordsIn = (line: string) => line.split(/\s+/).filter(Boolean).length;
const fold = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

function isFileName(line: string): boolean {
  if (/\s/.test(line) || !fileName.test(line)) return false;
  return /[_-]/.test(line) || /\.(jpe?g|png|webp|gif|avif|svg)$/i.test(line);
}

/** A domain written as a name (`Ektisadi.com`). */
function isDomain(line: string): boolean {
  return /^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i.test(line);
}

/** The browser title's parts, when `line` is one: the headline's start, and the site names. */
function titleParts(line: string): { head: string; sites: string[] } | null {
  const parts = line.split(titleSeparator).map((part) => part.trim());
  if (parts.length < 2) return null;
  const [head = '', ...sites] = parts;
  if (sites.some((site) => wordsIn(site) > 4)) return null;
  return { head: head.replace(ellipsis, ''), sites };
}

export function readScrapedText(text: string): ScrapedStory {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
  const language = languageOfText(text);

  // The browser title: the last line that splits into a headline and short site names.
  let titleIndex = -1;
  let title: { head: string; sites: string[] } | null = null;
  for (let i = lines.length - 1; i >= 0 && i >= lines.length - 3; i--) {
    const parts = titleParts(lines[i] ?? '');
    if (parts && parts.head !== '') {
      titleIndex = i;
      title = parts;
      break;
    }
  }
  const siteNames = new Set(title?.sites.map(fold) ?? []);
  for (const line of lines) if (isDomain(line)) siteNames.add(fold(line));
  const sourceName = title?.sites[0] ?? lines.find((line) => isDomain(line)) ?? null;

  const isNoise = (line: string, index: number) =>
    index === titleIndex ||
    siteNames.has(fold(line)) ||
    isFileName(line) ||
    // On an Arabic page, a short line of Latin words only is the menu («Contact Us»).
    (language === 'ar' && !arabicLetter.test(line) && latinLetter.test(line) && wordsIn(line) <= 4);

  const candidates = lines
    .map((line, index) => ({ line, index }))
    .filter(({ line, index }) => !isNoise(line, index));
  const headStart = title ? fold(title.head) : null;
  const headline =
    (headStart && headStart.length >= 10
      ? candidates.find(({ line }) => fold(line).startsWith(headStart))
      : undefined) ??
    candidates.find(({ line }) => {
      const words = wordsIn(line);
      return words >= 4 && words <= 30 && !sentenceEnd.test(line);
    }) ??
    candidates[0];
  if (!headline) throw new Error('the page has no text that could be a headline');

  const script = language === 'ar' ? arabicLetter : latinLetter;
  const above = candidates.filter(({ index }) => index < headline.index);
  const section =
    [...above].reverse().find(({ line }) => wordsIn(line) <= 3 && script.test(line))?.line ?? null;

  const paragraphs = candidates
    .filter(({ index }) => index > headline.index)
    .map(({ line }) => line)
    .filter((line) => line !== headline.line && (wordsIn(line) >= 8 || sentenceEnd.test(line)));

  return { title: headline.line, section, paragraphs, sourceName, language };
}
