/**
 * The demo newsroom: fictional Arabic-language editors and columnists, and two English-language
 * correspondents. Names, handles and biographies are invented; any likeness is accidental.
 */
import type { DemoPerson } from './types.js';

export const demoPeople: DemoPerson[] = [
  {
    slug: 'ليلى-حداد',
    name: 'ليلى حداد',
    jobTitle: 'محررة شؤون الطاقة',
    bio: 'تغطي ليلى حداد أسواق النفط والغاز وتحولات قطاع الكهرباء في المنطقة منذ أكثر من اثني عشر عاماً، وتابعت اجتماعات المنتجين ومؤتمرات الطاقة الكبرى مراسلةً ثم محررة. تحمل شهادة في هندسة البترول، وتهتم خصوصاً بأثر أسعار الخام على موازنات الدول المنتجة.',
    language: 'ar',
    avatar: 'avatar-layla-haddad',
    links: [
      { label: 'إكس', url: 'https://x.com/layla_haddad_mdd' },
      { label: 'البريد الإلكتروني', url: 'mailto:layla.haddad@midad.example' },
    ],
  },
  {
    slug: 'كريم-السعدي',
    name: 'كريم السعدي',
    jobTitle: 'محرر الأسواق المالية',
    bio: 'يتابع كريم السعدي البورصات العربية والطروحات العامة وحركة الذهب والعملات. عمل محللاً في شركة وساطة مالية قبل انتقاله إلى الصحافة، ويكتب تقرير الإغلاق اليومي للأسواق في مداد.',
    language: 'ar',
    avatar: 'avatar-karim-alsaadi',
    links: [
      { label: 'إكس', url: 'https://x.com/karim_markets_mdd' },
      { label: 'لينكدإن', url: 'https://www.linkedin.com/in/karim-alsaadi-midad' },
    ],
  },
  {
    slug: 'نور-الهدى-منصور',
    name: 'نور الهدى منصور',
    jobTitle: 'مراسلة الشؤون المصرفية',
    bio: 'تغطي نور الهدى منصور السياسة النقدية والقطاع المصرفي والتمويل الإسلامي. حاصلة على ماجستير في الاقتصاد المالي، وتركز في تقاريرها على أثر قرارات المصارف المركزية في الأسر والشركات الصغيرة.',
    language: 'ar',
    avatar: 'avatar-nour-mansour',
    links: [
      { label: 'إكس', url: 'https://x.com/nour_banking_mdd' },
      { label: 'البريد الإلكتروني', url: 'mailto:nour.mansour@midad.example' },
    ],
  },
  {
    slug: 'سامر-العطار',
    name: 'سامر العطار',
    jobTitle: 'محرر التكنولوجيا والاقتصاد الرقمي',
    bio: 'يكتب سامر العطار عن الشركات الناشئة والتكنولوجيا المالية والبنية التحتية الرقمية في المنطقة. عمل مطوراً للبرمجيات خمس سنوات قبل أن يتفرغ للصحافة التقنية، ويعدّ نشرة أسبوعية عن الذكاء الاصطناعي وتطبيقاته الاقتصادية.',
    language: 'ar',
    avatar: 'avatar-samer-alattar',
    links: [
      { label: 'إكس', url: 'https://x.com/samer_tech_mdd' },
      { label: 'لينكدإن', url: 'https://www.linkedin.com/in/samer-alattar-midad' },
    ],
  },
  {
    slug: 'هالة-الخطيب',
    name: 'هالة الخطيب',
    jobTitle: 'رئيسة قسم الاقتصاد',
    bio: 'تشرف هالة الخطيب على تغطية مداد للاقتصاد الكلي والموازنات العامة وسوق العمل. أمضت خمسة عشر عاماً في الصحافة الاقتصادية بين التحرير والتغطية الميدانية، وحاورت عشرات المسؤولين وصناع القرار في المنطقة.',
    language: 'ar',
    avatar: 'avatar-hala-alkhatib',
    links: [
      { label: 'إكس', url: 'https://x.com/hala_economy_mdd' },
      { label: 'البريد الإلكتروني', url: 'mailto:hala.alkhatib@midad.example' },
    ],
  },
  {
    slug: 'مازن-القاسم',
    name: 'مازن القاسم',
    jobTitle: 'كاتب عمود',
    bio: 'مازن القاسم اقتصادي وأستاذ جامعي متخصص في التنمية والسياسات المالية، عمل مستشاراً لدى مؤسسات تنموية إقليمية. يكتب في مداد عموداً أسبوعياً عن الإنتاجية والنمو وإصلاح المالية العامة، وتعبّر مقالاته عن وجهة نظره.',
    language: 'ar',
    avatar: 'avatar-mazen-alqasem',
    links: [
      { label: 'إكس', url: 'https://x.com/mazen_alqasem_mdd' },
      { label: 'لينكدإن', url: 'https://www.linkedin.com/in/mazen-alqasem-midad' },
    ],
  },
  {
    slug: 'ريم-الشامي',
    name: 'ريم الشامي',
    jobTitle: 'كاتبة عمود',
    bio: 'ريم الشامي باحثة في السياسات الاجتماعية والاقتصادية، تهتم بقضايا الأمن الغذائي وسوق العمل وأثر التكنولوجيا في المجتمعات العربية. تكتب في مداد مقالاً كل أسبوعين، وصدر لها كتاب عن اقتصاد الرعاية.',
    language: 'ar',
    avatar: 'avatar-reem-alshami',
    links: [
      { label: 'إكس', url: 'https://x.com/reem_alshami_mdd' },
      { label: 'البريد الإلكتروني', url: 'mailto:reem.alshami@midad.example' },
    ],
  },
  {
    slug: 'daniel-hart',
    name: 'Daniel Hart',
    jobTitle: 'Energy Correspondent',
    bio: 'Daniel Hart covers oil, gas and power markets for the English edition of Midad. He has reported on the energy industry in the Gulf and North Africa for a decade, after several years as a commodities analyst.',
    language: 'en',
    avatar: 'en-avatar-daniel-hart',
    links: [
      { label: 'X', url: 'https://x.com/danielhart_energy' },
      { label: 'Email', url: 'mailto:daniel.hart@midad.example' },
    ],
  },
  {
    slug: 'amira-saleh',
    name: 'Amira Saleh',
    jobTitle: 'Economics Editor, English Edition',
    bio: 'Amira Saleh edits economics coverage for the English edition of Midad, with a focus on inflation, public finances and the labour market. She holds a master’s degree in development economics and has written about Arab economies for international readers since 2015.',
    language: 'en',
    avatar: 'en-avatar-amira-saleh',
    links: [
      { label: 'X', url: 'https://x.com/amirasaleh_econ' },
      { label: 'LinkedIn', url: 'https://www.linkedin.com/in/amira-saleh-midad' },
    ],
  },
];
