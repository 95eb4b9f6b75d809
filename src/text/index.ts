/**
 * Arabic/English text tools: search normalization, digits, truncation, slugs, dates,
 * wall-clock times in a site's zone and word diffs between revisions.
 */
export { formatInteger, toArabicIndicDigits, toWesternDigits } from './digits.js';
export { formatDate, formatDateTime, formatTime, isValidTimeZone } from './dates.js';
export type { DateStyle } from './dates.js';
export { normalizeArabic, stripTashkeel } from './normalize.js';
export { slugify } from './slug.js';
export { countGraphemes, truncate } from './truncate.js';
export * from './language.js';
export { diffStats, diffWords } from './word-diff.js';
export type { DiffPart, DiffStats } from './word-diff.js';
export { formatLocalDateTime, parseDateTimeInZone, zoneOffsetMinutes } from './zoned-time.js';
