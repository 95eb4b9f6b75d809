/** Arabic/English text tools: search normalization, digits, truncation, slugs and dates. */
export { formatInteger, toArabicIndicDigits, toWesternDigits } from './digits.js';
export { formatDate, formatDateTime, formatTime, isValidTimeZone } from './dates.js';
export type { DateStyle } from './dates.js';
export { normalizeArabic, stripTashkeel } from './normalize.js';
export { slugify } from './slug.js';
export { countGraphemes, truncate } from './truncate.js';
