/** The site's view of the message tables: `t()` and the labels of article types. */
import type { ArticleType, Language } from '../content/types.js';
import { t, type MessageKey } from '../i18n/index.js';

export { messages, t, type MessageKey } from '../i18n/index.js';

const typeKeys: Record<ArticleType, MessageKey> = {
  news: 'type.news',
  analysis: 'type.analysis',
  opinion: 'type.opinion',
  interview: 'type.interview',
  report: 'type.report',
};

/** The label of an article type: «تحليل», "Analysis"… */
export function typeLabel(language: Language, type: ArticleType): string {
  return t(language, typeKeys[type]);
}
