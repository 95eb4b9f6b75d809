/**
 * The WordPress-compatible API's error messages: WordPress's own, in the caller's language.
 * Clients act on the codes, which stay WordPress's; the messages are for the people who read
 * them. Parameter names and values are quoted as sent.
 */

export const ar = {
  'wordpress.invalid_params': 'معاملات غير صالحة: {names}',
  'wordpress.param.unknown': '{name} ليس من معاملات هذا المسار.',
  'wordpress.param.integer': '{name} ليس عددًا صحيحًا لا يقل عن {min, number, ::group-off}.',
  'wordpress.param.ids': '{name} ليس قائمة أرقام.',
  'wordpress.param.one_of': '{name} ليس إحدى هذه القيم: {allowed}.',
  'wordpress.param.boolean': '{name} ليس قيمة منطقية (true أو false).',
  'wordpress.param.date': '{name} ليس تاريخًا بصيغة ISO 8601.',
  'wordpress.invalid_post': 'رقم المقال غير صالح.',
  'wordpress.invalid_term': 'التصنيف غير موجود.',
  'wordpress.invalid_user': 'رقم المستخدم غير صالح.',
  'wordpress.invalid_page': 'رقم الصفحة المطلوبة أكبر من عدد الصفحات المتاحة.',
  'wordpress.no_route': 'لا يوجد مسار يطابق العنوان وطريقة الطلب.',
  'wordpress.not_allowed': 'عذرًا، غير مسموح لك بهذا.',
  'wordpress.unavailable': 'لا يستطيع الموقع الإجابة الآن؛ أعد المحاولة بعد قليل.',
  'wordpress.unreadable': 'تعذّرت قراءة الطلب.',
  'wordpress.internal': 'حدث خطأ جسيم في الموقع.',
};

export const en: Record<keyof typeof ar, string> = {
  'wordpress.invalid_params': 'Invalid parameter(s): {names}',
  'wordpress.param.unknown': '{name} is not a parameter of this route.',
  'wordpress.param.integer': '{name} is not a whole number of at least {min, number, ::group-off}.',
  'wordpress.param.ids': '{name} is not a list of ids.',
  'wordpress.param.one_of': '{name} is not one of {allowed}.',
  'wordpress.param.boolean': '{name} is not a boolean.',
  'wordpress.param.date': '{name} is not an ISO 8601 date.',
  'wordpress.invalid_post': 'Invalid post ID.',
  'wordpress.invalid_term': 'Term does not exist.',
  'wordpress.invalid_user': 'Invalid user ID.',
  'wordpress.invalid_page':
    'The page number requested is larger than the number of pages available.',
  'wordpress.no_route': 'No route was found matching the URL and request method.',
  'wordpress.not_allowed': 'Sorry, you are not allowed to do that.',
  'wordpress.unavailable': 'The site cannot answer now; try again shortly.',
  'wordpress.unreadable': 'The request cannot be read.',
  'wordpress.internal': 'There has been a critical error on this website.',
};
