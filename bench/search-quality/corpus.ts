/**
 * A generated Arabic news corpus for the search benchmarks: deterministic (seeded) articles
 * built from a vocabulary written for the project, so the evaluation is not only over the 33
 * demo articles and the speed benchmark can index as many articles as it likes.
 *
 * Filler sentences use only the words below. Each corpus query's target words are kept out
 * of that vocabulary and planted, in a form other than the one the query types (a plural for
 * a singular, a prefixed word, a hamza, a vocalised or a tatweel spelling), in a few chosen
 * articles: the articles a query must find are known by construction.
 */
import type { RelevanceQuery, QueryGroup } from './queries.js';
import type { SearchDocument } from './documents.js';

/** The size the quality benchmark uses. */
export const corpusSize = 2000;
const defaultSeed = 20_260_601;
/** How many articles each target concept is planted in. */
const targetsPerConcept = 3;

interface PlantedConcept {
  query: string;
  group: QueryGroup;
  note: string;
  /** Written into the target articles, one form per article in turn. */
  forms: string[];
}

const concepts: PlantedConcept[] = [
  {
    query: 'ميناء',
    group: 'singular-plural',
    note: 'singular for planted الموانئ',
    forms: ['الموانئ', 'بالموانئ', 'موانئ'],
  },
  {
    query: 'سفينة',
    group: 'singular-plural',
    note: 'singular for planted السفن',
    forms: ['السفن', 'وسفن', 'للسفن'],
  },
  {
    query: 'مصفاة',
    group: 'singular-plural',
    note: 'singular for planted المصافي',
    forms: ['المصافي', 'مصافي', 'بالمصافي'],
  },
  {
    query: 'جسور',
    group: 'singular-plural',
    note: 'plural for planted الجسر',
    forms: ['الجسر', 'جسر', 'بالجسر'],
  },
  {
    query: 'مستودع',
    group: 'singular-plural',
    note: 'singular for planted المستودعات',
    forms: ['المستودعات', 'مستودعات', 'للمستودعات'],
  },
  {
    query: 'المهندسون',
    group: 'singular-plural',
    note: 'sound plural for planted المهندسين/مهندس',
    forms: ['المهندسين', 'مهندس', 'للمهندسين'],
  },
  {
    query: 'منجم',
    group: 'singular-plural',
    note: 'singular for planted المناجم',
    forms: ['المناجم', 'مناجم', 'بالمناجم'],
  },
  {
    query: 'قطار',
    group: 'singular-plural',
    note: 'singular for planted القطارات',
    forms: ['القطارات', 'قطارات', 'بالقطارات'],
  },
  {
    query: 'مطار',
    group: 'singular-plural',
    note: 'singular for planted المطارات',
    forms: ['المطارات', 'مطارات', 'للمطارات'],
  },
  {
    query: 'مخبز',
    group: 'singular-plural',
    note: 'singular for planted المخابز',
    forms: ['المخابز', 'مخابز', 'بالمخابز'],
  },
  {
    query: 'سدان',
    group: 'dual',
    note: 'nominative dual for planted سدين/السد',
    forms: ['سدين', 'السد', 'سدا'],
  },
  {
    query: 'نفقين',
    group: 'dual',
    note: 'accusative dual for planted النفق',
    forms: ['النفق', 'نفقان', 'بالنفق'],
  },
  {
    query: 'مطحنتان',
    group: 'dual',
    note: 'dual for planted المطحنة',
    forms: ['المطحنة', 'مطحنتين', 'للمطحنة'],
  },
  {
    query: 'ترسانتين',
    group: 'dual',
    note: 'dual for planted الترسانة',
    forms: ['الترسانة', 'ترسانة', 'بالترسانة'],
  },
  {
    query: 'اسمدة',
    group: 'hamza',
    note: 'without hamza for planted الأسمدة',
    forms: ['الأسمدة', 'للأسمدة', 'أسمدة'],
  },
  {
    query: 'الالمنيوم',
    group: 'hamza',
    note: 'without hamza for planted الألمنيوم',
    forms: ['الألمنيوم', 'والألمنيوم', 'ألمنيوم'],
  },
  {
    query: 'اقمشة',
    group: 'hamza',
    note: 'without hamza for planted الأقمشة',
    forms: ['الأقمشة', 'أقمشة', 'بالأقمشة'],
  },
  {
    query: 'إسفلت',
    group: 'hamza',
    note: 'hamza the text does not write (الاسفلت)',
    forms: ['الاسفلت', 'اسفلت', 'بالاسفلت'],
  },
  {
    query: 'آبار المياه',
    group: 'hamza',
    note: 'madda for planted ابار (written without it)',
    forms: ['ابار المياه', 'الابار', 'ابار'],
  },
  {
    query: 'مصفاه',
    group: 'taa-marbuta',
    note: 'ه for the ة of planted المصفاة',
    forms: ['المصفاة', 'مصفاة', 'بالمصفاة'],
  },
  {
    query: 'الخزانه',
    group: 'taa-marbuta',
    note: 'ه for the ة of planted الخزانة',
    forms: ['الخزانة', 'خزانة', 'للخزانة'],
  },
  {
    query: 'الملاحه الجويه',
    group: 'taa-marbuta',
    note: 'ه for ة in two words',
    forms: ['الملاحة الجوية', 'للملاحة الجوية', 'بالملاحة الجوية'],
  },
  {
    query: 'مستشفي',
    group: 'alef-maqsura',
    note: 'ي for the ى of planted المستشفى',
    forms: ['المستشفى', 'مستشفى', 'بالمستشفى'],
  },
  {
    query: 'الملتقي',
    group: 'alef-maqsura',
    note: 'ي for the ى of planted الملتقى',
    forms: ['الملتقى', 'ملتقى', 'للملتقى'],
  },
  {
    query: 'الزراعى',
    group: 'alef-maqsura',
    note: 'ى for the ي of planted الزراعي',
    forms: ['الزراعي', 'زراعي', 'الزراعية'],
  },
  {
    query: 'الزَّيتون',
    group: 'diacritics',
    note: 'shadda and fatha over planted الزيتون',
    forms: ['الزيتون', 'زيتون', 'بالزيتون'],
  },
  {
    query: 'القُطْن',
    group: 'diacritics',
    note: 'damma and sukun over planted القطن',
    forms: ['القطن', 'قطن', 'والقطن'],
  },
  {
    query: 'النُّحاس',
    group: 'diacritics',
    note: 'shadda and damma over planted النحاس',
    forms: ['النحاس', 'نحاس', 'بالنحاس'],
  },
  {
    query: 'الفوسفـات',
    group: 'tatweel',
    note: 'tatweel over planted الفوسفات',
    forms: ['الفوسفات', 'فوسفات', 'للفوسفات'],
  },
  {
    query: 'الحديـد الصلـب',
    group: 'tatweel',
    note: 'tatweel in two words over الحديد الصلب',
    forms: ['الحديد الصلب', 'للحديد الصلب', 'بالحديد الصلب'],
  },
  {
    query: 'الكاكــاو',
    group: 'tatweel',
    note: 'a long tatweel over planted الكاكاو',
    forms: ['الكاكاو', 'كاكاو', 'بالكاكاو'],
  },
  {
    query: 'زعفران',
    group: 'definite-article',
    note: 'without ال for planted الزعفران',
    forms: ['الزعفران', 'والزعفران', 'للزعفران'],
  },
  {
    query: 'الليثيوم',
    group: 'definite-article',
    note: 'with ال for planted ليثيوم',
    forms: ['ليثيوم', 'بليثيوم', 'وليثيوم'],
  },
  {
    query: 'مرجان',
    group: 'definite-article',
    note: 'without ال for planted المرجان',
    forms: ['المرجان', 'بالمرجان', 'فالمرجان'],
  },
  {
    query: 'وبالفضة',
    group: 'attached-prefixes',
    note: 'و + ب + ال over planted الفضة',
    forms: ['الفضة', 'فضة', 'للفضة'],
  },
  {
    query: 'للكوبالت',
    group: 'attached-prefixes',
    note: 'لل over planted الكوبالت',
    forms: ['الكوبالت', 'كوبالت', 'والكوبالت'],
  },
  {
    query: 'فالبن',
    group: 'attached-prefixes',
    note: 'ف + ال over planted البن',
    forms: ['البن', 'وبالبن', 'للبن'],
  },
  {
    query: 'كالرخام',
    group: 'attached-prefixes',
    note: 'ك + ال over planted الرخام',
    forms: ['الرخام', 'رخام', 'بالرخام'],
  },
  {
    query: 'والتمور',
    group: 'attached-prefixes',
    note: 'و + ال over planted التمور',
    forms: ['التمور', 'تمور', 'للتمور'],
  },
  {
    query: 'السياحة البحرية',
    group: 'nisba',
    note: 'nisba over planted البحر/بحري',
    forms: ['السياحة في البحر', 'سياحة بحرية', 'السياحة البحرية'],
  },
  {
    query: 'الصوف المحلي',
    group: 'phrases',
    note: 'two words planted side by side',
    forms: ['الصوف المحلي', 'للصوف المحلي', 'بالصوف المحلي'],
  },
  {
    query: '"الغاز الحيوي"',
    group: 'phrases',
    note: 'quoted phrase planted as written',
    forms: ['الغاز الحيوي', 'بالغاز الحيوي', 'للغاز الحيوي'],
  },
  {
    query: '"الأسماك المجففة"',
    group: 'phrases',
    note: 'quoted phrase, hamza kept',
    forms: ['الأسماك المجففة', 'للأسماك المجففة', 'والأسماك المجففة'],
  },
  {
    query: '١٤٥٠ طنا',
    group: 'digits',
    note: 'Arabic-Indic digits for planted 1450',
    forms: ['1450 طنا', '1450 طنا', '1450 طنا'],
  },
  {
    query: '٣٨٧٢',
    group: 'digits',
    note: 'Arabic-Indic digits for planted 3872',
    forms: ['3872 وحدة', '3872 عقدا', '3872 موظفا'],
  },
  {
    query: '۹۱۷۳',
    group: 'digits',
    note: 'Persian digits for planted 9173',
    forms: ['9173 طنا', '9173 عقدا', '9173 موظفا'],
  },
  {
    query: 'الطماطم -الزيتون',
    group: 'exclusion',
    note: 'planted الطماطم; none of those carry الزيتون',
    forms: ['الطماطم', 'طماطم', 'بالطماطم'],
  },
  {
    query: 'الإسمنت الأبيض',
    group: 'phrases',
    note: 'two words with hamzas, planted as written',
    forms: ['الإسمنت الأبيض', 'للإسمنت الأبيض', 'بالإسمنت الأبيض'],
  },
  {
    query: 'قمر صناعي',
    group: 'singular-plural',
    note: 'singular for planted الأقمار الصناعية',
    forms: ['الأقمار الصناعية', 'أقمار صناعية', 'بالأقمار الصناعية'],
  },
  {
    query: 'ورشة',
    group: 'singular-plural',
    note: 'singular for planted الورش',
    forms: ['الورش', 'ورش', 'للورش'],
  },
];

/** Names and phrases of the filler sentences: invented, plausible, and free of the words above. */
const vocabulary = {
  cities: [
    'وادي الريم',
    'رأس الحمراء',
    'سهل العيون',
    'جبل النور',
    'عين الصفا',
    'تل الورد',
    'بحيرة السلام',
    'مرج الزهور',
  ],
  companies: [
    'شركة الأفق القابضة',
    'مجموعة الرواسي',
    'شركة النخبة للتجارة',
    'مؤسسة الضياء',
    'شركة الروابي الخضراء',
    'مجموعة المنارة',
    'شركة الينابيع',
    'شركة السنابل للاستثمار',
  ],
  officials: [
    'وزير التجارة',
    'رئيس الهيئة العامة للاستثمار',
    'محافظ الإقليم',
    'المدير التنفيذي',
    'رئيس الغرفة التجارية',
    'وزيرة التخطيط',
  ],
  subjects: [
    'الصادرات',
    'الاستثمارات',
    'العقود الحكومية',
    'المبيعات',
    'الإيرادات',
    'التحويلات',
    'الطلبيات',
    'القروض الصغيرة',
  ],
  movements: ['ارتفعت', 'تراجعت', 'استقرت', 'تضاعفت', 'تباطأت', 'قفزت'],
  trends: ['الارتفاع', 'التحسن', 'النمو', 'التباطؤ'],
  periods: [
    'خلال الربع الأخير',
    'منذ مطلع العام',
    'في الشهر الماضي',
    'على أساس سنوي',
    'خلال الأسابيع الستة الماضية',
  ],
  plans: ['خطة لتطوير', 'برنامجا لتمويل', 'مبادرة لدعم', 'حزمة حوافز لتشجيع', 'دراسة لتقييم'],
  sectors: [
    'المشروعات الصغيرة',
    'التجارة الإلكترونية',
    'النقل العام',
    'الخدمات اللوجستية',
    'قطاع الأغذية',
    'الطاقة النظيفة',
    'التعليم المهني',
  ],
  reasons: [
    'بفعل تحسن الطلب المحلي',
    'مع تراجع تكاليف التمويل',
    'وسط منافسة إقليمية متزايدة',
    'بعد تعديل اللوائح',
    'رغم تقلب أسعار الصرف',
  ],
  headlines: ['تعلن', 'تطلق', 'توقع اتفاقا بشأن', 'تراجع', 'تدرس'],
};

/** mulberry32: a small, fast seeded generator; the same seed always gives the same corpus. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function fillerSentence(random: Random): string {
  const v = vocabulary;
  const figure = 10 + Math.floor(random() * 890);
  switch (Math.floor(random() * 3)) {
    case 0:
      return `${pick(random, v.movements)} ${pick(random, v.subjects)} في ${pick(random, v.cities)} بنسبة ${figure / 10} في المئة ${pick(random, v.periods)} ${pick(random, v.reasons)}.`;
    case 1:
      return `وقال ${pick(random, v.officials)} إن ${pick(random, v.companies)} أعدت ${pick(random, v.plans)} ${pick(random, v.sectors)} بقيمة ${figure} مليون دولار.`;
    default:
      return `ويتوقع محللون أن تواصل ${pick(random, v.subjects)} ${pick(random, v.trends)} ${pick(random, v.periods)}، ما يمنح ${pick(random, v.sectors)} في ${pick(random, v.cities)} هامشا أوسع.`;
  }
}

function plantedSentence(random: Random, form: string): string {
  return `وتناول التقرير ملف ${form} في ${pick(random, vocabulary.cities)} بوصفه أولوية للعام المقبل.`;
}

export function corpusKey(index: number): string {
  return `corpus-${String(index + 1).padStart(6, '0')}`;
}

/**
 * Which articles each concept is planted in: distinct articles chosen by the seed, the same
 * for a given size and seed however often it is asked.
 */
function plantTargets(size: number, seed: number): number[][] {
  const random = seededRandom(seed ^ 0x5eed);
  const taken = new Set<number>();
  return concepts.map(() =>
    Array.from({ length: targetsPerConcept }, () => {
      let index = Math.floor(random() * size);
      while (taken.has(index)) index = (index + 1) % size;
      taken.add(index);
      return index;
    }),
  );
}

/** The form planted in each target article, by article index. */
function plantedFormsByArticle(size: number, seed: number): Map<number, string> {
  const forms = new Map<number, string>();
  plantTargets(size, seed).forEach((targets, position) => {
    const concept = concepts[position] as PlantedConcept;
    targets.forEach((index, n) =>
      forms.set(index, concept.forms[n % concept.forms.length] as string),
    );
  });
  return forms;
}

function assertLargeEnough(size: number): void {
  if (!Number.isInteger(size) || size < concepts.length * targetsPerConcept) {
    throw new RangeError(
      `a corpus needs at least ${concepts.length * targetsPerConcept} articles, got ${size}`,
    );
  }
}

/** `size` generated Arabic articles, one a day back from 1 June 2026 in a seeded order. */
export function generateCorpus(size = corpusSize, seed = defaultSeed): SearchDocument[] {
  assertLargeEnough(size);
  const random = seededRandom(seed);
  const planted = plantedFormsByArticle(size, seed);
  const start = Date.UTC(2026, 5, 1);
  const documents: SearchDocument[] = [];
  for (let index = 0; index < size; index++) {
    const sentences = Array.from({ length: 4 + Math.floor(random() * 5) }, () =>
      fillerSentence(random),
    );
    const form = planted.get(index);
    if (form !== undefined) {
      sentences.splice(Math.floor(random() * sentences.length), 0, plantedSentence(random, form));
    }
    const company = pick(random, vocabulary.companies);
    documents.push({
      key: corpusKey(index),
      language: 'ar',
      title: `${company} ${pick(random, vocabulary.headlines)} ${pick(random, vocabulary.plans)} ${pick(random, vocabulary.sectors)}`,
      subtitle: sentences[0] ?? '',
      excerpt: '',
      body: sentences.join(' '),
      tags: [pick(random, vocabulary.sectors)],
      section: 'اقتصاد',
      publishedAt: new Date(start - Math.floor(random() * size) * 24 * 60 * 60 * 1000),
    });
  }
  return documents;
}

/** The corpus queries, each expecting the articles its concept was planted in. */
export function corpusQueries(size = corpusSize, seed = defaultSeed): RelevanceQuery[] {
  assertLargeEnough(size);
  const targets = plantTargets(size, seed);
  return concepts.map((concept, position) => ({
    query: concept.query,
    language: 'ar',
    expect: (targets[position] ?? []).map(corpusKey),
    group: concept.group,
    note: concept.note,
  }));
}

/** The forms planted for each corpus query, for checks that they occur nowhere else. */
export function plantedForms(): { query: string; forms: string[] }[] {
  return concepts.map(({ query, forms }) => ({ query, forms }));
}
