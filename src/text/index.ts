/**
 * Arabic/English text tools: search normalization, digits, truncation, slugs, dates,
 * wall-clock times in a site's zone, word diffs between revisions, and the search analyzer.
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
export { stemArabic } from './arabic-stem.js';
export { brokenPlurals } from './arabic-plurals.js';
export { analyze } from './search-analyzer.js';
export type { AnalyzedToken } from './search-analyzer.js';
export { normalizeForSearch } from './search-normalize.js';
export { analyzeQuery, maxPhraseWords, maxQueryLength, maxTerms } from './search-query.js';
export type { IgnoredPart, SearchQuery } from './search-query.js';
export { splitWords } from './search-tokenize.js';
export type { TextWord, WordScript } from './search-tokenize.js';
export { isStopword } from './stopwords.js';
