/**
 * Digits in the site's style: Arabic-Indic (٠١٢…) or Western (012…). Persian digits
 * (۰۱۲…), which editors paste from Persian keyboards, read as Western.
 */
import type { DigitStyle } from './language.js';

const arabicIndicZero = 0x0660;
const persianZero = 0x06f0;

/** Arabic-Indic and Persian digits → 0–9; everything else unchanged. */
export function toWesternDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (digit) => {
    const code = digit.charCodeAt(0);
    return String(code - (code >= persianZero ? persianZero : arabicIndicZero));
  });
}

/** 0–9 → ٠–٩; everything else unchanged. */
export function toArabicIndicDigits(text: string): string {
  return text.replace(/[0-9]/g, (digit) =>
    String.fromCharCode(arabicIndicZero + digit.charCodeAt(0) - 0x30),
  );
}

// 'min2' groups from 10 000 up, so years and small counts read as «٢٠٢٦», not «٢٬٠٢٦».
const integerFormats: Record<DigitStyle, Intl.NumberFormat> = {
  'arabic-indic': new Intl.NumberFormat('ar', {
    numberingSystem: 'arab',
    useGrouping: 'min2',
    maximumFractionDigits: 0,
  }),
  western: new Intl.NumberFormat('en', {
    numberingSystem: 'latn',
    useGrouping: 'min2',
    maximumFractionDigits: 0,
  }),
};

/**
 * An integer in the given digit style, grouped by thousands («٬» or «,») from 10 000 up.
 * Throws a RangeError for anything but an integer, so a NaN never reaches a page.
 */
export function formatInteger(n: number, digits: DigitStyle): string {
  if (!Number.isInteger(n)) throw new RangeError(`Not an integer: ${n}`);
  return integerFormats[digits].format(n);
}
