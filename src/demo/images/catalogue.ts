/**
 * The demo's pictures, drawn by code: 1600×900 editorial illustrations and 400×400 portrait
 * avatars, as self-contained SVG (no text, fonts or external references) that sharp rasterizes.
 * Drawing is deterministic: variety comes from a seeded generator, never from Math.random, so
 * the same demo always produces the same bytes (and the same content-addressed files).
 *
 * Images used by the English edition are separate entries (keys starting with `en-`) that reuse
 * a drawing with English alt text, caption and credit.
 */
import type { DemoImage } from '../types.js';
import { apartmentBlocks, skylineWithCranes } from './city.js';
import { powerLines, solarAndWindFarm } from './electricity.js';
import { bankFacade, coinsAndBanknotes, goldBars } from './finance.js';
import { barChart, marketCandles, shoppingBasket } from './markets.js';
import { desertPipeline, oilFieldAtSunset } from './oil-and-gas.js';
import { dataCenter, microchip, phonePayment } from './technology.js';
import { containerPort, wheatFieldAndSilos } from './trade.js';
import type { Portrait } from './portraits.js';
import { portrait } from './portraits.js';
import { navy, plum, square, teal, wide } from './svg.js';

const creditAr = 'رسم توضيحي: مداد';
const creditEn = 'Illustration: Midad';

interface Drawing {
  key: string;
  svg: () => string;
  ar: { alt: string; caption: string };
  en?: { alt: string; caption: string };
}

const illustrations: Drawing[] = [
  {
    key: 'oil-field-sunset',
    svg: oilFieldAtSunset,
    ar: {
      alt: 'حقل نفط عند الغروب: برج حفر ومضخة نفط داكنان أمام شمس برتقالية كبيرة، وبراميل حمراء وزرقاء مكدسة في المقدمة.',
      caption: 'يوازن المنتجون بين الحصص والإيرادات فيما تتحرك أسعار الخام في نطاق ضيق.',
    },
    en: {
      alt: 'An oil field at sunset: a drilling derrick and a pump jack in silhouette against a large orange sun, with red and blue barrels stacked in the foreground.',
      caption:
        'Producers are weighing market share against revenue as crude trades in a narrow range.',
    },
  },
  {
    key: 'market-candles',
    svg: marketCandles,
    ar: {
      alt: 'رسم بياني لأسعار سهم على خلفية زرقاء داكنة: شموع يابانية خضراء وحمراء، وخط متوسط متحرك ذهبي يتجه صعوداً، وأعمدة لأحجام التداول في الأسفل.',
      caption: 'تتبع الأسواق المالية قرارات الفائدة ونتائج الشركات جلسة بجلسة.',
    },
  },
  {
    key: 'skyline-cranes',
    svg: skylineWithCranes,
    ar: {
      alt: 'أفق مدينة عند الأصيل تتوسطه رافعتان برجيتان صفراوان، ومبنى قيد الإنشاء يظهر هيكله الخرساني، وأمامه أبنية مضاءة النوافذ.',
      caption: 'مشاريع البناء وإعادة الإعمار من أكبر مصادر فرص العمل في المدن.',
    },
  },
  {
    key: 'coins-banknotes',
    svg: coinsAndBanknotes,
    ar: {
      alt: 'أكوام من العملات المعدنية الذهبية والفضية بارتفاعات مختلفة أمام أوراق نقدية خضراء مفرودة على شكل مروحة.',
      caption: 'تتنافس العملات والأدوات المالية على رؤوس أموال تبحث عن العائد والأمان.',
    },
  },
  {
    key: 'solar-wind-farm',
    svg: solarAndWindFarm,
    ar: {
      alt: 'صفوف من الألواح الشمسية الزرقاء في سهل رملي، وخلفها توربينات رياح بيضاء على تلال خضراء تحت سماء صافية.',
      caption: 'تتوسع المنطقة في الطاقة الشمسية وطاقة الرياح لتلبية طلب متزايد على الكهرباء.',
    },
    en: {
      alt: 'Rows of blue solar panels on sandy ground, with white wind turbines on green hills behind them under a clear sky.',
      caption:
        'The region is adding solar and wind capacity to meet fast-growing demand for power.',
    },
  },
  {
    key: 'container-port',
    svg: containerPort,
    ar: {
      alt: 'ميناء حاويات: سفينة شحن محملة بحاويات ملونة راسية بجوار الرصيف، ورافعتان عملاقتان تمتد ذراعاهما فوقها.',
      caption: 'الموانئ والممرات اللوجستية حلقة أساسية في خطط مضاعفة الصادرات.',
    },
  },
  {
    key: 'microchip',
    svg: microchip,
    ar: {
      alt: 'رقاقة إلكترونية مربعة في وسط لوحة دوائر خضراء داكنة، تخرج من أطرافها مسارات نحاسية تضيء بعضها باللون الذهبي.',
      caption: 'الرقائق الإلكترونية في قلب سباق الذكاء الاصطناعي وسلاسل الإمداد الصناعية.',
    },
  },
  {
    key: 'bank-facade',
    svg: bankFacade,
    ar: {
      alt: 'واجهة مصرف على الطراز الكلاسيكي بثمانية أعمدة حجرية ومثلث علوي ودرج عريض، يحيط بها جناحان ونوافذ مقوسة وأشجار.',
      caption: 'تنعكس قرارات السياسة النقدية على كلفة الاقتراض وعائد الودائع معاً.',
    },
  },
  {
    key: 'wheat-silos',
    svg: wheatFieldAndSilos,
    ar: {
      alt: 'حقل قمح ذهبي تتمايل سنابله في المقدمة، وخلفه ثلاث صوامع معدنية للحبوب وبرج رافع تحت سماء مشمسة.',
      caption: 'المخزون الاستراتيجي من الحبوب خط الدفاع الأول عن الأمن الغذائي.',
    },
  },
  {
    key: 'desert-pipeline',
    svg: desertPipeline,
    ar: {
      alt: 'خط أنابيب فضي ممدود على دعامات عبر كثبان صحراوية حتى الأفق، مع صمام أحمر في المقدمة ومحطة ضخ صغيرة في البعيد.',
      caption: 'تنقل خطوط الأنابيب الغاز من الحقول الداخلية إلى محطات الكهرباء والمصانع.',
    },
  },
  {
    key: 'phone-payment',
    svg: phonePayment,
    ar: {
      alt: 'هاتف ذكي يعرض بطاقة دفع وعلامة تأكيد، تنطلق منه موجات ذهبية نحو جهاز دفع في متجر، على خلفية خضراء مزرقة.',
      caption: 'الدفع اللاتلامسي عبر الهواتف هو أسرع وسائل الدفع نمواً في متاجر التجزئة.',
    },
  },
  {
    key: 'data-center',
    svg: dataCenter,
    ar: {
      alt: 'ممر طويل داخل مركز بيانات تصطف على جانبيه خزائن خوادم داكنة تتلألأ فيها أضواء صغيرة زرقاء وخضراء، وينتهي بضوء أزرق خافت.',
      caption: 'تحتاج مراكز البيانات إلى كهرباء مستقرة وتبريد فعال على مدار الساعة.',
    },
  },
  {
    key: 'gold-bars',
    svg: goldBars,
    ar: {
      alt: 'ست سبائك ذهبية مكدسة على شكل هرم فوق سطح داكن، تحت إضاءة دافئة مع لمعات ضوئية صغيرة.',
      caption: 'يجتذب الذهب المستثمرين والمصارف المركزية كلما تراجعت أسعار الفائدة.',
    },
  },
  {
    key: 'power-lines',
    svg: powerLines,
    ar: {
      alt: 'أبراج لنقل الكهرباء متتالية تمتد بينها الأسلاك نحو الأفق، في ظلال داكنة أمام سماء الغروب البرتقالية.',
      caption: 'يفرض نمو الطلب على الكهرباء استثمارات كبيرة في شبكات النقل.',
    },
  },
  {
    key: 'apartment-blocks',
    svg: apartmentBlocks,
    ar: {
      alt: 'أربع عمارات سكنية متوسطة الارتفاع بألوان رملية وترابية، على أسطحها خزانات مياه، وأمامها شارع وأشجار.',
      caption: 'يبقى تملك المسكن في المدن الكبرى رهيناً بالأسعار وكلفة التمويل معاً.',
    },
  },
  {
    key: 'shopping-basket',
    svg: shoppingBasket,
    ar: {
      alt: 'سلة تسوق من الخوص فيها رغيف خبز وزجاجة زيت وعلبة حليب وطماطم وخضار، وبطاقتا أسعار معلقتان، وخلفها سهم يتجه صعوداً.',
      caption: 'تباطؤ التضخم لا يعني انخفاض الأسعار التي تدفعها الأسر كل يوم.',
    },
    en: {
      alt: 'A wicker shopping basket holding a loaf of bread, a bottle of oil, a milk carton, tomatoes and greens, with two price tags and a rising arrow behind it.',
      caption: 'Slower inflation does not mean lower prices at the checkout.',
    },
  },
  {
    key: 'bar-chart',
    svg: barChart,
    ar: {
      alt: 'رسم بياني من اثني عشر عموداً تتناقص أطوالها تدريجياً من اليمين إلى اليسار، آخرها باللون البرتقالي، مع خط منقط يتبع اتجاهها الهابط.',
      caption: 'مسار هابط لمؤشر على مدى اثني عشر شهراً، على سبيل التوضيح.',
    },
  },
];

interface Person {
  key: string;
  portrait: Portrait;
  ar?: { alt: string; caption: string };
  en?: { alt: string; caption: string };
}

const portraits: Person[] = [
  {
    key: 'avatar-layla-haddad',
    portrait: {
      background: ['#d9825a', '#a5532f'],
      skin: '#d9a17e',
      hair: '#3b2f3a',
      clothing: '#f0e2cf',
      style: 'hijab',
    },
    ar: {
      alt: 'صورة رمزية مرسومة لليلى حداد: رأس وكتفان بحجاب بنفسجي داكن على خلفية برتقالية ترابية.',
      caption: 'ليلى حداد، محررة شؤون الطاقة.',
    },
  },
  {
    key: 'avatar-karim-alsaadi',
    portrait: {
      background: ['#4f8f89', '#24504d'],
      skin: '#c68e6a',
      hair: '#2a211c',
      clothing: navy,
      style: 'short',
      hasBeard: true,
    },
    ar: {
      alt: 'صورة رمزية مرسومة لكريم السعدي: رجل بشعر قصير ولحية خفيفة وسترة زرقاء داكنة على خلفية خضراء مزرقة.',
      caption: 'كريم السعدي، محرر الأسواق المالية.',
    },
  },
  {
    key: 'avatar-nour-mansour',
    portrait: {
      background: ['#a9bfa8', '#6f8f76'],
      skin: '#e0b08f',
      hair: '#4b5e74',
      clothing: '#f3ece0',
      style: 'hijab',
    },
    ar: {
      alt: 'صورة رمزية مرسومة لنور الهدى منصور: رأس وكتفان بحجاب أزرق رمادي على خلفية خضراء هادئة.',
      caption: 'نور الهدى منصور، مراسلة الشؤون المصرفية.',
    },
  },
  {
    key: 'avatar-samer-alattar',
    portrait: {
      background: ['#5d7894', '#2b3f57'],
      skin: '#b97f5c',
      hair: '#1f1b1a',
      clothing: '#c0673f',
      style: 'short',
      hasGlasses: true,
    },
    ar: {
      alt: 'صورة رمزية مرسومة لسامر العطار: رجل بشعر قصير ونظارة مستديرة وقميص برتقالي ترابي على خلفية زرقاء.',
      caption: 'سامر العطار، محرر التكنولوجيا والاقتصاد الرقمي.',
    },
  },
  {
    key: 'avatar-hala-alkhatib',
    portrait: {
      background: ['#e6c27c', '#b98a3e'],
      skin: '#d8a27f',
      hair: '#3a2822',
      clothing: teal,
      style: 'long',
    },
    ar: {
      alt: 'صورة رمزية مرسومة لهالة الخطيب: امرأة بشعر طويل داكن وسترة خضراء مزرقة على خلفية ذهبية.',
      caption: 'هالة الخطيب، رئيسة قسم الاقتصاد.',
    },
  },
  {
    key: 'avatar-mazen-alqasem',
    portrait: {
      background: ['#8a6f8c', plum],
      skin: '#c99572',
      hair: '#8c8c8c',
      clothing: '#2f3b45',
      style: 'receding',
      hasBeard: true,
      hasGlasses: true,
    },
    ar: {
      alt: 'صورة رمزية مرسومة لمازن القاسم: رجل بشعر ولحية رماديين ونظارة وسترة داكنة على خلفية بنفسجية.',
      caption: 'مازن القاسم، كاتب عمود في مداد.',
    },
  },
  {
    key: 'avatar-reem-alshami',
    portrait: {
      background: ['#c98b7a', '#8e4e45'],
      skin: '#e3b894',
      hair: '#5a3626',
      clothing: '#f0e2cf',
      style: 'bob',
    },
    ar: {
      alt: 'صورة رمزية مرسومة لريم الشامي: امرأة بشعر بني قصير حتى الذقن وقميص فاتح على خلفية وردية ترابية.',
      caption: 'ريم الشامي، كاتبة عمود في مداد.',
    },
  },
  {
    key: 'en-avatar-daniel-hart',
    portrait: {
      background: ['#7d96a8', '#3f5567'],
      skin: '#e7c0a2',
      hair: '#8a5a35',
      clothing: '#6f4f3a',
      style: 'short',
    },
    en: {
      alt: 'Illustrated portrait of Daniel Hart: a man with short brown hair and a brown jacket on a grey-blue background.',
      caption: 'Daniel Hart, Energy Correspondent.',
    },
  },
  {
    key: 'en-avatar-amira-saleh',
    portrait: {
      background: ['#9fc2b9', '#4f7f75'],
      skin: '#b98262',
      hair: '#1f1a1c',
      clothing: '#c0673f',
      style: 'long',
      hasGlasses: true,
    },
    en: {
      alt: 'Illustrated portrait of Amira Saleh: a woman with long dark hair, round glasses and a terracotta top on a sea-green background.',
      caption: 'Amira Saleh, Economics Editor, English Edition.',
    },
  },
];

export const demoImages: DemoImage[] = [
  ...illustrations.map((d) => ({ key: d.key, ...d.ar, credit: creditAr, ...wide, svg: d.svg })),
  ...illustrations.flatMap((d) =>
    d.en === undefined
      ? []
      : [{ key: `en-${d.key}`, ...d.en, credit: creditEn, ...wide, svg: d.svg }],
  ),
  ...portraits.map((p) => {
    const text = p.ar ?? p.en;
    if (text === undefined) throw new Error(`portrait ${p.key} has no description`);
    return {
      key: p.key,
      ...text,
      credit: p.ar === undefined ? creditEn : creditAr,
      ...square,
      svg: portrait(p.portrait),
    };
  }),
];
