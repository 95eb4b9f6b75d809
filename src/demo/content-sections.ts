/**
 * The demo site's sections, in display order: the Arabic top-level sections first, then
 * their subsections (a parent always comes before its children), then the English ones.
 */
import type { DemoSection } from './types.js';

export const demoSections: DemoSection[] = [
  {
    slug: 'economy',
    name: 'اقتصاد',
    description:
      'أخبار الاقتصاد الكلي والموازنات العامة والتجارة وسوق العمل، مع قراءة في الأرقام وما وراءها.',
    language: 'ar',
  },
  {
    slug: 'energy',
    name: 'طاقة',
    description:
      'التحول في مزيج الطاقة من الكهرباء إلى المصادر المتجددة، وما يعنيه للمستهلك والصناعة.',
    language: 'ar',
  },
  {
    slug: 'markets',
    name: 'أسواق',
    description:
      'الذهب والعملات والسلع الأساسية وحركة رؤوس الأموال بين الأسواق الإقليمية والعالمية.',
    language: 'ar',
  },
  {
    slug: 'banking',
    name: 'مصارف',
    description: 'السياسة النقدية وأداء المصارف والتمويل الإسلامي ووسائل الدفع الحديثة.',
    language: 'ar',
  },
  {
    slug: 'technology',
    name: 'تكنولوجيا',
    description: 'الاقتصاد الرقمي والذكاء الاصطناعي والشركات الناشئة والبنية التحتية للبيانات.',
    language: 'ar',
  },
  {
    slug: 'opinion',
    name: 'رأي',
    description: 'مقالات كتّاب مداد في الاقتصاد والسياسات العامة، وهي تعبّر عن آراء أصحابها.',
    language: 'ar',
  },
  {
    slug: 'real-estate',
    name: 'عقارات',
    description: 'مشاريع الإسكان وإعادة الإعمار والتمويل العقاري وحركة الأسعار في المدن.',
    language: 'ar',
    parent: 'economy',
  },
  {
    slug: 'oil-gas',
    name: 'نفط وغاز',
    description: 'أسعار الخام وقرارات المنتجين ومشاريع الغاز وخطوط الأنابيب في المنطقة.',
    language: 'ar',
    parent: 'energy',
  },
  {
    slug: 'stocks',
    name: 'بورصات',
    description: 'المؤشرات والطروحات العامة الأولية ونتائج الشركات المدرجة وتوزيعاتها.',
    language: 'ar',
    parent: 'markets',
  },
  {
    slug: 'en-economy',
    name: 'Economy',
    description:
      'Macroeconomics, public finances, trade and jobs across the Arab world, in English.',
    language: 'en',
  },
  {
    slug: 'en-energy',
    name: 'Energy',
    description: 'Oil, gas, power and the energy transition in the region, in English.',
    language: 'en',
  },
];
