/**
 * The words of the newsroom's management screens: sections, tags, people, users and
 * invitations, API tokens and the site settings; the notices their forms end with, and the
 * labels of the fields only they have (for the error messages that name them). Counts use
 * Arabic's six plural forms.
 */

export const ar = {
  'manage.create': 'إنشاء',
  'manage.save': 'حفظ',
  'manage.cancel': 'إلغاء والعودة',
  'manage.delete': 'حذف',
  'manage.delete.named': 'حذف «{name}»',
  'manage.never': 'لم يحدث بعد',
  'manage.move.up': 'إلى الأعلى',
  'manage.move.up.named': 'نقل «{name}» إلى الأعلى',
  'manage.move.down': 'إلى الأسفل',
  'manage.move.down.named': 'نقل «{name}» إلى الأسفل',
  'manage.pager.previous': 'الصفحة السابقة',
  'manage.pager.next': 'الصفحة التالية',
  'manage.pager.where': 'الصفحة {page, number} من {pages, number}',
  'manage.slug.hint':
    'يظهر في عنوان الصفحة على الموقع. اتركه فارغًا ليُشتق من الاسم؛ تبقى الحروف العربية كما هي.',
  'manage.slug.changeHint':
    'إن غيّرته فالعنوان القديم يحوّل القرّاء إلى الجديد. اتركه فارغًا ليُشتق من الاسم.',

  'manage.sections.title': 'الأقسام',
  'manage.sections.intro':
    'ترتيب الأقسام هنا هو ترتيبها في قوائم الموقع، والقسم الفرعي يظهر تحت قسمه. انقل قسمًا بزرّي الأعلى والأسفل.',
  'manage.sections.new': 'قسم جديد',
  'manage.sections.edit': 'تعديل القسم «{name}»',
  'manage.sections.none': 'لا أقسام بعد. أنشئ أول قسم ليُصنَّف فيه المقال.',
  'manage.sections.in.ar': 'الأقسام العربية',
  'manage.sections.in.en': 'الأقسام الإنجليزية',
  'manage.sections.language': 'لغة القسم',
  'manage.sections.noParent': 'لا شيء: قسم رئيسي',
  'manage.sections.parentHint': 'للأقسام مستوى واحد من الأقسام الفرعية، بلغة قسمها.',
  'manage.sections.descriptionHint': 'يظهر أعلى صفحة القسم وفي وصفها لمحركات البحث.',
  'manage.sections.delete.title': 'حذف القسم «{name}»؟',
  'manage.sections.delete.consequence':
    'يُحذف القسم نهائيًا. لا يُحذف قسم فيه مقالات أو أقسام فرعية: انقلها إلى قسم آخر أولًا.',
  'manage.sections.delete.confirm': 'حذف القسم',

  'manage.tags.title': 'الوسوم',
  'manage.tags.intro': 'الوسوم تُنشأ أثناء كتابة المقالات. ابحث هنا عن وسم لترى صفحته.',
  'manage.tags.intro.editor':
    'الوسوم تُنشأ أثناء كتابة المقالات. من هنا تعيد تسمية وسم أو تدمجه في وسم آخر أو تحذفه؛ افتح وسمًا بالضغط على اسمه.',
  'manage.tags.search': 'ابحث في الوسوم بالاسم أو الرابط المختصر',
  'manage.tags.searchSubmit': 'بحث',
  'manage.tags.count':
    '{n, plural, zero {لا وسوم بعد} one {وسم واحد} two {وسمان} few {# وسوم} many {# وسمًا} other {# وسم}}',
  'manage.tags.found':
    '{n, plural, zero {لا وسوم فيها «{q}»} one {وسم واحد فيه «{q}»} two {وسمان فيهما «{q}»} few {# وسوم فيها «{q}»} many {# وسمًا فيها «{q}»} other {# وسم فيها «{q}»}}',
  'manage.tags.pages': 'صفحات الوسوم',
  'manage.tags.edit': 'تعديل الوسم «{name}»',
  'manage.tags.delete.title': 'حذف الوسم «{name}»؟',
  'manage.tags.delete.consequence':
    'يُنزع الوسم عن كل مقال يحمله وتُحذف صفحته؛ تبقى المقالات ووسومها الأخرى كما هي.',
  'manage.tags.delete.confirm': 'حذف الوسم',
  'manage.tags.merge': 'دمج في…',
  'manage.tags.merge.named': 'دمج «{name}» في وسم آخر',
  'manage.tags.merge.title': 'دمج الوسم «{name}» في وسم آخر',
  'manage.tags.merge.intro':
    'اختر الوسم الذي يبقى: تنتقل إليه مقالات «{name}»، ثم يُحذف «{name}» ويحوّل عنوانه القديم القرّاء إلى صفحة الوسم الباقي. يُدمج الوسم في وسم بلغته فقط: {language}.',
  'manage.tags.merge.search': 'ابحث عن الوسم الباقي بالاسم أو الرابط المختصر',
  'manage.tags.merge.none': 'لا وسم آخر بلغته يُدمج فيه.',
  'manage.tags.merge.noneFound': 'لا وسم آخر بلغته فيه «{q}».',
  'manage.tags.merge.more':
    'تظهر هنا أول {shown, number} بالترتيب الأبجدي؛ ابحث بالاسم لتجد غيرها.',
  'manage.tags.merge.continue': 'متابعة',
  'manage.tags.merge.confirm.title': 'دمج «{from}» في «{into}»؟',
  'manage.tags.merge.consequence':
    '{n, plural, zero {لا مقالات تحمل «{from}».} one {مقال واحد يحمل «{from}» سيحمل «{into}» بدلًا منه.} two {مقالان يحملان «{from}» سيحملان «{into}» بدلًا منه.} few {# مقالات تحمل «{from}» ستحمل «{into}» بدلًا منه.} many {# مقالًا يحمل «{from}» سيحمل «{into}» بدلًا منه.} other {# مقال يحمل «{from}» سيحمل «{into}» بدلًا منه.}} ثم يُحذف «{from}»، ويحوّل عنوانه القديم القرّاء إلى صفحة «{into}». لا رجوع عن الدمج.',
  'manage.tags.merge.submit': 'دمج الوسم',
  'manage.tags.merged.title': 'دُمج الوسم',
  'manage.tags.merged.done':
    'دُمج «{from}» في «{into}»: {n, plural, zero {لم ينتقل أي مقال} one {انتقل مقال واحد} two {انتقل مقالان} few {انتقلت # مقالات} many {انتقل # مقالًا} other {انتقل # مقال}}، وعنوان «{from}» القديم يحوّل القرّاء الآن إلى صفحة «{into}».',
  'manage.tags.merged.back': 'العودة إلى الوسوم',
  'manage.tags.merged.page': 'صفحة «{name}» على الموقع',

  'manage.people.title': 'الكتّاب',
  'manage.people.intro':
    'الأشخاص الذين تحمل المقالات أسماءهم، ولكل منهم صفحة على الموقع فيها نبذته ومقالاته.',
  'manage.people.new': 'كاتب جديد',
  'manage.people.edit': 'تعديل «{name}»',
  'manage.people.count':
    '{n, plural, zero {لا أحد بعد} one {شخص واحد} two {شخصان} few {# أشخاص} many {# شخصًا} other {# شخص}}',
  'manage.people.language': 'لغة صفحة الكاتب',
  'manage.people.bioHint': 'تظهر في صفحة الكاتب على الموقع.',
  'manage.people.linksHint':
    'روابط صفحاته وبريده، تبدأ بـ \u2066https://\u2069 أو \u2066mailto:\u2069. اترك الصف فارغًا إن لم تحتجه.',
  'manage.people.linkLabel': 'نص الرابط {n, number}',
  'manage.people.linkUrl': 'عنوان الرابط {n, number}',
  'manage.people.delete.title': 'حذف «{name}»؟',
  'manage.people.delete.consequence':
    'تُحذف صفحة الكاتب من الموقع. لا يُحذف من تحمل مقالات اسمه: غيّر كتّاب مقالاته أولًا.',
  'manage.people.delete.confirm': 'حذف الكاتب',

  'manage.users.title': 'المستخدمون والدعوات',
  'manage.users.intro':
    'حسابات غرفة الأخبار وأدوارها. الحساب المعطّل لا يدخل، وتنتهي جلساته في الحال.',
  'manage.users.count':
    '{n, plural, zero {لا حسابات} one {حساب واحد} two {حسابان} few {# حسابات} many {# حسابًا} other {# حساب}}',
  'manage.users.you': 'أنت',
  'manage.users.selfNote': 'دورك وحسابك يغيّرهما مدير آخر.',
  'manage.users.state': 'الحالة',
  'manage.users.state.active': 'نشط',
  'manage.users.state.disabled': 'معطّل',
  'manage.users.state.noPassword': 'لم يختر كلمة مرور بعد',
  'manage.users.lastLogin': 'آخر دخول',
  'manage.users.roleOf': 'دور {name}',
  'manage.users.changeRole': 'تغيير الدور',
  'manage.users.disable': 'تعطيل',
  'manage.users.disable.named': 'تعطيل حساب {name}',
  'manage.users.enable': 'تفعيل',
  'manage.users.enable.named': 'تفعيل حساب {name}',

  'manage.invite.title': 'دعوة زميل',
  'manage.invite.intro':
    'تصل الدعوة برابط يختار به صاحبه اسمه وكلمة مروره. يصلح الرابط مرة واحدة لأسبوع.',
  'manage.invite.name': 'الاسم',
  'manage.invite.nameHint': 'اختياري: يجده المدعو مكتوبًا، ويغيّره إن شاء.',
  'manage.invite.submit': 'إرسال الدعوة',
  'manage.invitations.pending':
    'الدعوات المنتظرة: {n, plural, zero {لا شيء} one {دعوة واحدة} two {دعوتان} few {# دعوات} many {# دعوة} other {# دعوة}}',
  'manage.invitations.until': 'صالحة حتى {moment}',
  'manage.invitations.revoke': 'سحب الدعوة',
  'manage.invitations.revoke.named': 'سحب الدعوة إلى {email}',
  'manage.invited.title': 'الدعوة جاهزة',
  'manage.invited.mailed':
    'أُرسل رابط الدعوة بالبريد إلى \u2068{email}\u2069، بدور «{role}». هذا الرابط نفسه إن أردت أن ترسله بنفسك:',
  'manage.invited.notMailed':
    'لم تُرسل الدعوة إلى \u2068{email}\u2069 بالبريد، فانسخ رابطها وأرسله بنفسك. الدور: «{role}».',
  'manage.invited.link': 'رابط الدعوة',
  'manage.invited.once':
    'لن يُعرض هذا الرابط مرة أخرى، ومن يملكه يستطيع إنشاء الحساب: أرسله إلى صاحبه وحده. يصلح مرة واحدة حتى {moment}.',
  'manage.invited.back': 'العودة إلى المستخدمين',

  'manage.webhooks.title': 'الخطافات',
  'manage.webhooks.intro':
    'عناوين تُخطَر كلما نُشر خبر أو عُدّل أو سُحب أو حُذف، أو تغيّر قسم أو وسم: لتطبيق أو شريك أو نظام داخلي. كل إرسال موقّع بسرّ الخطاف، ويُعاد عند الإخفاق.',
  'manage.webhooks.new': 'خطاف جديد',
  'manage.webhooks.one': 'الخطاف',
  'manage.webhooks.count':
    '{n, plural, =0 {لا خطافات بعد} one {خطاف واحد} two {خطافان} few {# خطافات} many {# خطافًا} other {# خطاف}}',
  'manage.webhooks.urlHint':
    'العنوان الذي يُرسَل إليه، يبدأ بـ \u2066https://\u2069 أو \u2066http://\u2069.',
  'manage.webhooks.description': 'وصف (اختياري)',
  'manage.webhooks.allowPrivate': 'السماح بعنوان داخلي',
  'manage.webhooks.allowPrivateHint':
    'العناوين على هذا الجهاز أو في الشبكة الداخلية مرفوضة، كي لا يُستعمل الموقع للوصول إلى ما خلف جداره. اسمح بها فقط لخادم داخلي تعرفه.',
  'manage.webhooks.create': 'إنشاء الخطاف',
  'manage.webhooks.created.title': 'الخطاف الجديد',
  'manage.webhooks.created.once':
    'هذا سرّ الخطاف، ولن يظهر مرة أخرى: انسخه إلى الخادم المستقبِل ليتحقق من توقيع كل إرسال.',
  'manage.webhooks.secret': 'السرّ',
  'manage.webhooks.created.back': 'إلى صفحة الخطاف',
  'manage.webhooks.on': 'يعمل',
  'manage.webhooks.off': 'متوقف',
  'manage.webhooks.switchOff': 'إيقاف',
  'manage.webhooks.switchOn': 'تشغيل',
  'manage.webhooks.deliveries': 'الإرسالات',
  'manage.webhooks.deliveriesOf': 'إرسالات الخطاف {url}',
  'manage.webhooks.noDeliveries': 'لم يُرسل إليه شيء بعد.',
  'manage.webhooks.when': 'الوقت',
  'manage.webhooks.event': 'الحدث',
  'manage.webhooks.attempts': 'المحاولات',
  'manage.webhooks.answer': 'آخر جواب',
  'manage.webhooks.attemptCount':
    '{n, plural, =0 {لم يُحاوَل بعد} one {محاولة واحدة} two {محاولتان} few {# محاولات} many {# محاولة} other {# محاولة}}',
  'manage.webhooks.status.pending': 'في الانتظار',
  'manage.webhooks.status.delivered': 'وصل',
  'manage.webhooks.status.failed': 'أخفق',
  'manage.webhooks.event.article.published': 'نُشر خبر',
  'manage.webhooks.event.article.updated': 'عُدّل خبر منشور',
  'manage.webhooks.event.article.unpublished': 'سُحب خبر',
  'manage.webhooks.event.article.deleted': 'حُذف خبر',
  'manage.webhooks.event.section.changed': 'تغيّر قسم',
  'manage.webhooks.event.tag.changed': 'تغيّر وسم',
  'manage.webhooks.delete.named': 'حذف الخطاف {url}',
  'manage.webhooks.delete.title': 'حذف هذا الخطاف؟',
  'manage.webhooks.delete.consequence':
    'لن يُرسل إلى {url} شيء بعد الآن، ويُحذف سجل إرسالاته. لا يمكن التراجع عن ذلك.',
  'manage.webhooks.delete.confirm': 'حذف الخطاف',
  'manage.tokens.title': 'رموز واجهة البرمجة',
  'manage.tokens.intro':
    'تعمل البرامج والتكاملات بهذه الرموز، كلٌّ بدوره. لا يُعرض الرمز إلا مرة واحدة عند إنشائه.',
  'manage.tokens.new': 'رمز جديد',
  'manage.tokens.count':
    '{n, plural, zero {لا رموز بعد} one {رمز واحد} two {رمزان} few {# رموز} many {# رمزًا} other {# رمز}}',
  'manage.tokens.owner': 'يعمل باسم',
  'manage.tokens.noOwner': 'لا أحد: تكامل مستقل',
  'manage.tokens.userNumber': 'المستخدم رقم {id, number, ::group-off}',
  'manage.tokens.createdAt': 'أُنشئ',
  'manage.tokens.lastUsed': 'آخر استعمال',
  'manage.tokens.noExpiry': 'لا ينتهي',
  'manage.tokens.state': 'الحالة',
  'manage.tokens.state.active': 'يعمل',
  'manage.tokens.state.revoked': 'ملغى',
  'manage.tokens.state.expired': 'منتهي الصلاحية',
  'manage.tokens.nameHint': 'ما يعرّفه بين الرموز، مثل «استيراد الوكالة».',
  'manage.tokens.userHint':
    'رموز الكتّاب والمساهمين تعمل باسم مستخدم وتُنسب إليه مقالاتها، ولا يعلو دور الرمز دور صاحبه.',
  'manage.tokens.expiresHint': 'بتوقيت الموقع. اتركه فارغًا لرمز لا ينتهي.',
  'manage.tokens.create': 'إنشاء الرمز',
  'manage.tokens.created.title': 'الرمز الجديد',
  'manage.tokens.created.once':
    'انسخ الرمز «{name}» الآن واحفظه في مكان آمن: لن يُعرض مرة أخرى. من يملكه يعمل في الموقع بدور «{role}».',
  'manage.tokens.secret': 'الرمز',
  'manage.tokens.created.use': 'ترسله البرامج في ترويسة كل طلب إلى واجهة البرمجة هكذا:',
  'manage.tokens.created.back': 'العودة إلى الرموز',
  'manage.tokens.revoke': 'إلغاء',
  'manage.tokens.revoke.named': 'إلغاء الرمز «{name}»',
  'manage.tokens.revoke.title': 'إلغاء الرمز «{name}»؟',
  'manage.tokens.revoke.consequence':
    'يتوقف الرمز عن العمل في الحال ولا يعود؛ البرامج التي تستعمله تحتاج رمزًا جديدًا.',
  'manage.tokens.revoke.confirm': 'إلغاء الرمز',

  'manage.settings.title': 'إعدادات الموقع',
  'manage.settings.intro':
    'اسم الموقع ولغته وطريقة كتابة التواريخ والأرقام فيه، على الموقع وفي غرفة الأخبار.',
  'manage.settings.taglineHint': 'يظهر تحت اسم الموقع وفي وصف الصفحة الرئيسية لمحركات البحث.',
  'manage.settings.languageAndDates': 'اللغة والتواريخ',
  'manage.settings.localeHint':
    'الصفحة الرئيسية على العنوان \u2066/\u2069 بهذه اللغة، والأخرى تحت \u2066/en/\u2069 أو \u2066/ar/\u2069.',
  'manage.settings.example': '{name}: {example}',
  'manage.settings.month.levantine': 'شامية',
  'manage.settings.month.egyptian': 'مصرية وخليجية',
  'manage.settings.month.both': 'كلتاهما',
  'manage.settings.digitsHint':
    'في الصفحات العربية؛ الصفحات الإنجليزية تكتب الأرقام الغربية دائمًا.',
  'manage.settings.digits.arabic-indic': 'هندية',
  'manage.settings.digits.western': 'غربية',
  'manage.settings.feeds': 'الخلاصات',
  'manage.settings.feedContentHint':
    'ما تحمله خلاصات RSS وAtom وJSON من كل خبر لقارئات الخلاصات والمجمّعات.',
  'manage.settings.feedContent.full': 'النص كاملًا',
  'manage.settings.feedContent.excerpt': 'المقتطف وحده',
  'manage.settings.timeZoneHint':
    'تُكتب أوقات النشر والجدولة بتوقيتها، باسمها الدولي مثل \u2066Asia/Beirut\u2069 أو \u2066Africa/Cairo\u2069.',

  'newsroom.notice.section-created': 'أُنشئ القسم.',
  'newsroom.notice.section-saved': 'حُفظ القسم.',
  'newsroom.notice.section-moved': 'نُقل القسم.',
  'newsroom.notice.section-deleted': 'حُذف القسم.',
  'newsroom.notice.tag-saved': 'حُفظ الوسم.',
  'newsroom.notice.tag-deleted': 'حُذف الوسم.',
  'newsroom.notice.person-created': 'أُضيف الكاتب.',
  'newsroom.notice.person-saved': 'حُفظت صفحة الكاتب.',
  'newsroom.notice.person-deleted': 'حُذف الكاتب.',
  'newsroom.notice.role-changed': 'تغيّر الدور.',
  'newsroom.notice.user-disabled': 'عُطّل الحساب وانتهت جلساته.',
  'newsroom.notice.user-enabled': 'فُعّل الحساب.',
  'newsroom.notice.invitation-revoked': 'سُحبت الدعوة، ولم يعد رابطها يعمل.',
  'newsroom.notice.token-revoked': 'أُلغي الرمز.',
  'newsroom.notice.settings-saved': 'حُفظت الإعدادات.',

  'field.expiresAt': 'ينتهي في',
  'field.direction': 'الاتجاه',
  'field.into': 'الوسم الذي يُدمج فيه',
  'field.disabled': 'تعطيل الحساب',
  'field.siteName.ar': 'اسم الموقع بالعربية',
  'field.siteName.en': 'اسم الموقع بالإنجليزية',
  'field.tagline.ar': 'الشعار بالعربية',
  'field.tagline.en': 'الشعار بالإنجليزية',
} as const;

export const en: Record<keyof typeof ar, string> = {
  'manage.create': 'Create',
  'manage.save': 'Save',
  'manage.cancel': 'Cancel and go back',
  'manage.delete': 'Delete',
  'manage.delete.named': 'Delete “{name}”',
  'manage.never': 'Not yet',
  'manage.move.up': 'Up',
  'manage.move.up.named': 'Move “{name}” up',
  'manage.move.down': 'Down',
  'manage.move.down.named': 'Move “{name}” down',
  'manage.pager.previous': 'Previous page',
  'manage.pager.next': 'Next page',
  'manage.pager.where': 'Page {page, number} of {pages, number}',
  'manage.slug.hint':
    'It is part of the page’s address on the site. Leave it empty to make it from the name; Arabic letters are kept.',
  'manage.slug.changeHint':
    'If you change it, the old address sends readers to the new one. Leave it empty to make it from the name.',

  'manage.sections.title': 'Sections',
  'manage.sections.intro':
    'Sections are listed in the order the site’s menus show them, subsections under their section. Move one with its up and down buttons.',
  'manage.sections.new': 'New section',
  'manage.sections.edit': 'Edit the section “{name}”',
  'manage.sections.none': 'No sections yet. Create the first one to file articles in.',
  'manage.sections.in.ar': 'Arabic sections',
  'manage.sections.in.en': 'English sections',
  'manage.sections.language': 'Section language',
  'manage.sections.noParent': 'None: a main section',
  'manage.sections.parentHint':
    'Sections have one level of subsections, in the language of their section.',
  'manage.sections.descriptionHint':
    'Shown at the top of the section’s page and in its description for search engines.',
  'manage.sections.delete.title': 'Delete the section “{name}”?',
  'manage.sections.delete.consequence':
    'The section is deleted for good. A section with articles or subsections in it cannot be: move them to another section first.',
  'manage.sections.delete.confirm': 'Delete the section',

  'manage.tags.title': 'Tags',
  'manage.tags.intro': 'Tags are made while writing articles. Find one here to see its page.',
  'manage.tags.intro.editor':
    'Tags are made while writing articles. Here you rename one, merge it into another or delete it; open a tag by its name.',
  'manage.tags.search': 'Search tags by name or slug',
  'manage.tags.searchSubmit': 'Search',
  'manage.tags.count': '{n, plural, =0 {No tags yet} one {One tag} other {# tags}}',
  'manage.tags.found':
    '{n, plural, =0 {No tags with “{q}”} one {One tag with “{q}”} other {# tags with “{q}”}}',
  'manage.tags.pages': 'Pages of tags',
  'manage.tags.edit': 'Edit the tag “{name}”',
  'manage.tags.delete.title': 'Delete the tag “{name}”?',
  'manage.tags.delete.consequence':
    'The tag is taken off every article that has it and its page goes; the articles and their other tags stay as they are.',
  'manage.tags.delete.confirm': 'Delete the tag',
  'manage.tags.merge': 'Merge into…',
  'manage.tags.merge.named': 'Merge “{name}” into another tag',
  'manage.tags.merge.title': 'Merge the tag “{name}” into another',
  'manage.tags.merge.intro':
    'Choose the tag that stays: the articles of “{name}” move to it, then “{name}” is deleted and its old address sends readers to the page of the tag that stays. A tag merges only into one of its own language: {language}.',
  'manage.tags.merge.search': 'Search for the tag that stays by name or slug',
  'manage.tags.merge.none': 'There is no other tag in its language to merge into.',
  'manage.tags.merge.noneFound': 'No other tag in its language has “{q}”.',
  'manage.tags.merge.more':
    'The first {shown, number} by name are shown; search by name to find the others.',
  'manage.tags.merge.continue': 'Continue',
  'manage.tags.merge.confirm.title': 'Merge “{from}” into “{into}”?',
  'manage.tags.merge.consequence':
    '{n, plural, =0 {No article carries “{from}”.} one {One article carrying “{from}” will carry “{into}” instead.} other {# articles carrying “{from}” will carry “{into}” instead.}} Then “{from}” is deleted, and its old address sends readers to the page of “{into}”. A merge cannot be undone.',
  'manage.tags.merge.submit': 'Merge the tag',
  'manage.tags.merged.title': 'The tag was merged',
  'manage.tags.merged.done':
    '“{from}” was merged into “{into}”: {n, plural, =0 {no article moved} one {one article moved} other {# articles moved}}, and the old address of “{from}” now sends readers to the page of “{into}”.',
  'manage.tags.merged.back': 'Back to the tags',
  'manage.tags.merged.page': 'The page of “{name}” on the site',

  'manage.people.title': 'Authors',
  'manage.people.intro':
    'The people articles are bylined to; each has a page on the site with their bio and articles.',
  'manage.people.new': 'New author',
  'manage.people.edit': 'Edit “{name}”',
  'manage.people.count': '{n, plural, =0 {No one yet} one {One person} other {# people}}',
  'manage.people.language': 'Language of the author page',
  'manage.people.bioHint': 'Shown on the author’s page on the site.',
  'manage.people.linksHint':
    'Links to their pages and mail, starting with https:// or mailto:. Leave a row empty if you do not need it.',
  'manage.people.linkLabel': 'Link {n, number} text',
  'manage.people.linkUrl': 'Link {n, number} address',
  'manage.people.delete.title': 'Delete “{name}”?',
  'manage.people.delete.consequence':
    'The author’s page goes from the site. Someone whose name is on articles cannot be deleted: change those articles’ authors first.',
  'manage.people.delete.confirm': 'Delete the author',

  'manage.users.title': 'Users and invitations',
  'manage.users.intro':
    'The newsroom’s accounts and their roles. A disabled account cannot sign in, and its sessions end at once.',
  'manage.users.count': '{n, plural, =0 {No accounts} one {One account} other {# accounts}}',
  'manage.users.you': 'you',
  'manage.users.selfNote': 'Another administrator changes your role and account.',
  'manage.users.state': 'State',
  'manage.users.state.active': 'Active',
  'manage.users.state.disabled': 'Disabled',
  'manage.users.state.noPassword': 'Has not chosen a password yet',
  'manage.users.lastLogin': 'Last sign-in',
  'manage.users.roleOf': 'Role of {name}',
  'manage.users.changeRole': 'Change role',
  'manage.users.disable': 'Disable',
  'manage.users.disable.named': 'Disable the account of {name}',
  'manage.users.enable': 'Enable',
  'manage.users.enable.named': 'Enable the account of {name}',

  'manage.invite.title': 'Invite a colleague',
  'manage.invite.intro':
    'The invitation is a link with which its owner chooses a name and a password. It works once, for a week.',
  'manage.invite.name': 'Name',
  'manage.invite.nameHint': 'Optional: the invitee finds it filled in and may change it.',
  'manage.invite.submit': 'Send the invitation',
  'manage.invitations.pending':
    'Invitations waiting: {n, plural, =0 {none} one {one} other {# invitations}}',
  'manage.invitations.until': 'Valid until {moment}',
  'manage.invitations.revoke': 'Withdraw',
  'manage.invitations.revoke.named': 'Withdraw the invitation to {email}',
  'manage.invited.title': 'The invitation is ready',
  'manage.invited.mailed':
    'The invitation link was e-mailed to {email}, with the role “{role}”. Here is the same link, should you want to send it yourself:',
  'manage.invited.notMailed':
    'The invitation to {email} was not e-mailed: copy its link and send it yourself. Role: “{role}”.',
  'manage.invited.link': 'Invitation link',
  'manage.invited.once':
    'This link will not be shown again, and whoever holds it can create the account: send it to its owner only. It works once, until {moment}.',
  'manage.invited.back': 'Back to the users',

  'manage.webhooks.title': 'Webhooks',
  'manage.webhooks.intro':
    'Addresses told whenever a story is published, changed, withdrawn or deleted, or a section or tag changes: for an app, a partner or a system of your own. Each delivery is signed with the webhook’s secret, and retried when it fails.',
  'manage.webhooks.new': 'New webhook',
  'manage.webhooks.one': 'Webhook',
  'manage.webhooks.count': '{n, plural, =0 {No webhooks yet} one {One webhook} other {# webhooks}}',
  'manage.webhooks.urlHint': 'Where deliveries are sent: https:// or http://.',
  'manage.webhooks.description': 'Description (optional)',
  'manage.webhooks.allowPrivate': 'Allow a private address',
  'manage.webhooks.allowPrivateHint':
    'Addresses on this machine or the internal network are refused, so the site cannot be used to reach what is behind its firewall. Allow them only for an internal server you know.',
  'manage.webhooks.create': 'Create the webhook',
  'manage.webhooks.created.title': 'The new webhook',
  'manage.webhooks.created.once':
    'This is the webhook’s secret, and it will not be shown again: copy it to the receiving server, which checks each delivery’s signature with it.',
  'manage.webhooks.secret': 'Secret',
  'manage.webhooks.created.back': 'To the webhook’s page',
  'manage.webhooks.on': 'On',
  'manage.webhooks.off': 'Switched off',
  'manage.webhooks.switchOff': 'Switch off',
  'manage.webhooks.switchOn': 'Switch on',
  'manage.webhooks.deliveries': 'Deliveries',
  'manage.webhooks.deliveriesOf': 'Deliveries of the webhook {url}',
  'manage.webhooks.noDeliveries': 'Nothing has been sent to it yet.',
  'manage.webhooks.when': 'When',
  'manage.webhooks.event': 'Event',
  'manage.webhooks.attempts': 'Attempts',
  'manage.webhooks.answer': 'Last answer',
  'manage.webhooks.attemptCount':
    '{n, plural, =0 {Not tried yet} one {One attempt} other {# attempts}}',
  'manage.webhooks.status.pending': 'Waiting',
  'manage.webhooks.status.delivered': 'Delivered',
  'manage.webhooks.status.failed': 'Failed',
  'manage.webhooks.event.article.published': 'Story published',
  'manage.webhooks.event.article.updated': 'Published story changed',
  'manage.webhooks.event.article.unpublished': 'Story withdrawn',
  'manage.webhooks.event.article.deleted': 'Story deleted',
  'manage.webhooks.event.section.changed': 'Section changed',
  'manage.webhooks.event.tag.changed': 'Tag changed',
  'manage.webhooks.delete.named': 'Delete the webhook {url}',
  'manage.webhooks.delete.title': 'Delete this webhook?',
  'manage.webhooks.delete.consequence':
    'Nothing more will be sent to {url}, and its delivery log is deleted. This cannot be undone.',
  'manage.webhooks.delete.confirm': 'Delete the webhook',
  'manage.tokens.title': 'API tokens',
  'manage.tokens.intro':
    'Programs and integrations work with these tokens, each with its role. A token is shown only once, when it is made.',
  'manage.tokens.new': 'New token',
  'manage.tokens.count': '{n, plural, =0 {No tokens yet} one {One token} other {# tokens}}',
  'manage.tokens.owner': 'Acts for',
  'manage.tokens.noOwner': 'No one: an integration of its own',
  'manage.tokens.userNumber': 'User {id, number, ::group-off}',
  'manage.tokens.createdAt': 'Created',
  'manage.tokens.lastUsed': 'Last used',
  'manage.tokens.noExpiry': 'Never expires',
  'manage.tokens.state': 'State',
  'manage.tokens.state.active': 'Works',
  'manage.tokens.state.revoked': 'Revoked',
  'manage.tokens.state.expired': 'Expired',
  'manage.tokens.nameHint': 'What tells it apart from the others, like “Wire import”.',
  'manage.tokens.userHint':
    'Author and contributor tokens act for a user, whose articles they write; a token’s role is never above its user’s.',
  'manage.tokens.expiresHint': 'In the site’s time. Leave it empty for a token that never expires.',
  'manage.tokens.create': 'Create the token',
  'manage.tokens.created.title': 'The new token',
  'manage.tokens.created.once':
    'Copy the token “{name}” now and keep it somewhere safe: it will not be shown again. Whoever holds it acts on the site as “{role}”.',
  'manage.tokens.secret': 'Token',
  'manage.tokens.created.use':
    'Programs send it in a header of every request to the API, like this:',
  'manage.tokens.created.back': 'Back to the tokens',
  'manage.tokens.revoke': 'Revoke',
  'manage.tokens.revoke.named': 'Revoke the token “{name}”',
  'manage.tokens.revoke.title': 'Revoke the token “{name}”?',
  'manage.tokens.revoke.consequence':
    'The token stops working at once, for good; the programs using it need a new one.',
  'manage.tokens.revoke.confirm': 'Revoke the token',

  'manage.settings.title': 'Site settings',
  'manage.settings.intro':
    'The site’s name and language, and how dates and numbers are written on the site and in the newsroom.',
  'manage.settings.taglineHint':
    'Shown under the site’s name and in the home page’s description for search engines.',
  'manage.settings.languageAndDates': 'Language and dates',
  'manage.settings.localeHint':
    'The home page at / is in this language; the other one is under /en/ or /ar/.',
  'manage.settings.example': '{name}: {example}',
  'manage.settings.month.levantine': 'Levantine',
  'manage.settings.month.egyptian': 'Egyptian and Gulf',
  'manage.settings.month.both': 'Both',
  'manage.settings.digitsHint': 'On Arabic pages; English pages always use Western digits.',
  'manage.settings.digits.arabic-indic': 'Arabic-Indic',
  'manage.settings.digits.western': 'Western',
  'manage.settings.feeds': 'Feeds',
  'manage.settings.feedContentHint':
    'What the RSS, Atom and JSON feeds carry of each story for feed readers and aggregators.',
  'manage.settings.feedContent.full': 'The whole text',
  'manage.settings.feedContent.excerpt': 'The excerpt only',
  'manage.settings.timeZoneHint':
    'Publication and scheduling times are written in it, by its international name like Asia/Beirut or Africa/Cairo.',

  'newsroom.notice.section-created': 'The section was created.',
  'newsroom.notice.section-saved': 'The section was saved.',
  'newsroom.notice.section-moved': 'The section was moved.',
  'newsroom.notice.section-deleted': 'The section was deleted.',
  'newsroom.notice.tag-saved': 'The tag was saved.',
  'newsroom.notice.tag-deleted': 'The tag was deleted.',
  'newsroom.notice.person-created': 'The author was added.',
  'newsroom.notice.person-saved': 'The author’s page was saved.',
  'newsroom.notice.person-deleted': 'The author was deleted.',
  'newsroom.notice.role-changed': 'The role was changed.',
  'newsroom.notice.user-disabled': 'The account was disabled and its sessions ended.',
  'newsroom.notice.user-enabled': 'The account was enabled.',
  'newsroom.notice.invitation-revoked': 'The invitation was withdrawn; its link no longer works.',
  'newsroom.notice.token-revoked': 'The token was revoked.',
  'newsroom.notice.settings-saved': 'The settings were saved.',

  'field.expiresAt': 'Expires at',
  'field.direction': 'Direction',
  'field.into': 'Tag to merge into',
  'field.disabled': 'Disabling the account',
  'field.siteName.ar': 'Site name in Arabic',
  'field.siteName.en': 'Site name in English',
  'field.tagline.ar': 'Tagline in Arabic',
  'field.tagline.en': 'Tagline in English',
};
