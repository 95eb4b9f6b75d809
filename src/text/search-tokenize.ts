/**
 * Words cut from a text with their place in it: `start` and `end` are UTF-16 offsets in the
 * text as written (`text.slice(start, end)` is the word), so a results page can mark what
 * the reader found exactly as the writer typed it, tashkeel and tatweel included.
 *
 * A word is a run of letters and digits (any script), with what belongs inside it:
 * combining marks (tashkeel), tatweel, invisible joiners, an apostrophe between letters
 * (don't, O'Brien) and a point or comma between digits (2.9, ٢٫٥, 1,000). Anything else
 * separates words: spaces, punctuation (، ؛ ؟ included), hyphens (oil-rich is two words),
 * the percent sign (40% is the number 40). Arabic letters and anything else part where they
 * touch: «بـ40» is «بـ» and «40», «٢٠٢٦م» is «٢٠٢٦» and «م», while G20 stays whole.
 */

/** Which writing a word is in, which decides how it is stemmed. */
export type WordScript = 'arabic' | 'latin' | 'number' | 'other';

export interface TextWord {
  /** The word as written: `text.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  script: WordScript;
}

const wordPattern =
  /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|\p{Cf}+(?=[\p{L}\p{N}\p{M}])|(?<=\p{Nd})[.,\u066B\u066C](?=\p{Nd})|(?<=\p{L}\p{M}*)['\u2019](?=\p{L}))*/gu;
/** Arabic letters and tatweel; Arabic-Indic digits count as digits, with every other digit. */
const arabicLetter = /\u0640|(?=\p{L})\p{Script=Arabic}/u;
const startsWithCharacter = /^[\p{L}\p{N}]/u;
const digit = /\p{Nd}/u;
const latinLetter = /\p{Script=Latin}/u;
/** 1,000 and 12,500,000.75: commas that group thousands, not commas that list numbers. */
const groupedNumber = /^\p{Nd}{1,3}(?:[,\u066C]\p{Nd}{3})+(?:[.\u066B]\p{Nd}+)?$/u;
const listComma = /[,\u066C]/;

/** The words of `text`, in order, each with its offsets in `text`. */
export function splitWords(text: string): TextWord[] {
  const words: TextWord[] = [];
  for (const match of text.matchAll(wordPattern)) {
    for (const part of partsBySide(match[0], match.index)) words.push(...splitListedNumbers(part));
  }
  return words;
}

/** Cuts a run where Arabic letters meet Latin letters or digits. */
function partsBySide(run: string, offset: number): TextWord[] {
  const parts: TextWord[] = [];
  let partStart = 0;
  let isArabicSide: boolean | undefined;
  let index = 0;
  for (const character of run) {
    if (startsWithCharacter.test(character)) {
      const isArabic = arabicLetter.test(character);
      if (isArabicSide !== undefined && isArabic !== isArabicSide) {
        parts.push(wordOf(run.slice(partStart, index), offset + partStart));
        partStart = index;
      }
      isArabicSide = isArabic;
    }
    index += character.length;
  }
  parts.push(wordOf(run.slice(partStart), offset + partStart));
  return parts;
}

/** «1,2,3» is three numbers; «1,000» is one. */
function splitListedNumbers(word: TextWord): TextWord[] {
  if (word.script !== 'number' || !listComma.test(word.text) || groupedNumber.test(word.text)) {
    return [word];
  }
  const numbers: TextWord[] = [];
  let start = 0;
  for (const piece of word.text.split(listComma)) {
    numbers.push(wordOf(piece, word.start + start));
    start += piece.length + 1;
  }
  return numbers;
}

function wordOf(text: string, start: number): TextWord {
  return { text, start, end: start + text.length, script: scriptOf(text) };
}

function scriptOf(word: string): WordScript {
  if (arabicLetter.test(word)) return 'arabic';
  if (latinLetter.test(word)) return 'latin';
  return digit.test(word) && !/\p{L}/u.test(word) ? 'number' : 'other';
}
