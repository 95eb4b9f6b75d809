/**
 * Arabic text as search sees it: one spelling for the letters writers vary on, so that
 * «إسرائيل» finds «اسرائيل» and «الطّاقة» finds «الطاقه».
 */
import { toWesternDigits } from './digits.js';

const tashkeelAndTatweel = /[\u064B-\u0652\u0670\u0640]/g;

const letterFolds: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ى: 'ي',
  ة: 'ه',
  ؤ: 'و',
  ئ: 'ي',
};
const foldableLetters = /[أإآٱىةؤئ]/g;

/** Removes diacritics (tashkeel, U+064B–U+0652 and U+0670) and tatweel; nothing else. */
export function stripTashkeel(text: string): string {
  return text.replace(tashkeelAndTatweel, '');
}

/**
 * The search key of a text: NFKC, no tashkeel or tatweel, alef/yeh/teh marbuta/hamza
 * seats folded, Western digits, lower case. Spaces and punctuation are kept, so the
 * result can still be split into words.
 */
export function normalizeArabic(text: string): string {
  const folded = stripTashkeel(text.normalize('NFKC')).replace(
    foldableLetters,
    (letter) => letterFolds[letter] ?? letter,
  );
  return toWesternDigits(folded).toLowerCase();
}
