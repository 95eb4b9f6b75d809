/**
 * The newsroom's own words (`/admin`): its frame, the first-run setup, signing in, the
 * second factor, invitations and the account page. Arabic pages carry no Latin word: the
 * language link and the language names are written in Arabic on them too.
 */

export const ar = {
  'newsroom.name': 'غرفة الأخبار',
  'newsroom.pageTitle': '{page} | غرفة أخبار {site}',
  'newsroom.skipToContent': 'انتقل إلى المحتوى',
  'newsroom.languageSwitch': 'الواجهة الإنجليزية',
  'newsroom.menu': 'قائمة غرفة الأخبار',
  'newsroom.menu.account': 'حسابي',
  'newsroom.menu.site': 'عرض الموقع',
  'newsroom.signedInAs': 'مسجّل باسم {name}',
  'newsroom.logout': 'تسجيل الخروج',
  'newsroom.formProblem': 'لم يُحفظ شيء',

  'newsroom.notice.signed-out': 'سجّلت خروجك.',
  'newsroom.notice.webhook-deleted': 'حُذف الخطاف وسجل إرسالاته.',
  'newsroom.notice.webhook-enabled': 'عاد الخطاف إلى العمل.',
  'newsroom.notice.webhook-disabled': 'أُوقف الخطاف؛ لن يُرسل إليه شيء حتى يعود.',
  'newsroom.notice.signed-out-everywhere': 'سجّلت خروجك من كل الأجهزة.',
  'newsroom.notice.welcome': 'أهلًا بك في غرفة الأخبار.',
  'newsroom.notice.profile-saved': 'حُفظ اسمك ولغة الواجهة.',
  'newsroom.notice.password-changed': 'تغيّرت كلمة المرور، وانتهت جلساتك على الأجهزة الأخرى.',
  'newsroom.notice.totp-on': 'التحقق بخطوتين مفعّل الآن.',
  'newsroom.notice.totp-off': 'أُوقف التحقق بخطوتين.',

  'newsroom.field.name': 'الاسم',
  'newsroom.field.nameHint': 'كما يظهر لزملائك في غرفة الأخبار.',
  'newsroom.field.email': 'البريد الإلكتروني',
  'newsroom.field.password': 'كلمة المرور',
  'newsroom.field.currentPassword': 'كلمة المرور الحالية',
  'newsroom.field.newPassword': 'كلمة المرور الجديدة',
  'newsroom.field.passwordRule':
    '{min, plural, one {حرف واحد} two {حرفان} few {# أحرف} many {# حرفًا} other {# حرف}} على الأقل، بأي لغة. عبارة طويلة تتذكرها أفضل من كلمة قصيرة معقّدة.',
  'newsroom.field.language': 'لغة الواجهة',
  'newsroom.field.code': 'رمز التحقق',
  'newsroom.language.ar': 'العربية',
  'newsroom.language.en': 'الإنجليزية',

  'newsroom.setup.title': 'إنشاء حساب المدير',
  'newsroom.setup.intro':
    'هذا أول تشغيل لموقع {site}. أنشئ حساب المدير، ثم ادعُ فريق التحرير من حسابك.',
  'newsroom.setup.submit': 'إنشاء الحساب والدخول',
  'newsroom.setup.done.title': 'حساب المدير موجود',

  'newsroom.login.title': 'تسجيل الدخول',
  'newsroom.login.intro': 'للدخول إلى غرفة أخبار {site} اكتب بريدك الإلكتروني وكلمة المرور.',
  'newsroom.login.submit': 'دخول',
  'newsroom.login.forgot': 'نسيت كلمة المرور؟ تواصل مع مدير الموقع.',
  'newsroom.login.goTo': 'إلى صفحة الدخول',

  'newsroom.code.title': 'التحقق بخطوتين',
  'newsroom.code.intro':
    'افتح تطبيق المصادقة على هاتفك واكتب الرمز المؤلف من ستة أرقام. إن فقدت هاتفك فاكتب أحد رموز الاسترداد.',
  'newsroom.code.hint': 'ستة أرقام، أو رمز استرداد.',
  'newsroom.code.submit': 'تحقّق',
  'newsroom.code.cancel': 'إلغاء وتسجيل الخروج',
  'newsroom.code.expired': 'انتهت مهلة إدخال الرمز. سجّل الدخول من جديد.',

  'newsroom.invitation.title': 'قبول الدعوة',
  'newsroom.invitation.intro':
    'دُعيت إلى الانضمام إلى غرفة أخبار {site}. اختر اسمك وكلمة مرورك لإنشاء حسابك.',
  'newsroom.invitation.role': 'الدور',
  'newsroom.invitation.validUntil': 'صالحة حتى',
  'newsroom.invitation.submit': 'إنشاء حسابي',
  'newsroom.invitation.invalid.title': 'رابط الدعوة لا يعمل',
  'newsroom.invitation.invalid.advice': 'اطلب من مدير الموقع أن يرسل إليك دعوة جديدة.',

  'newsroom.account.title': 'حسابي',
  'newsroom.account.details': 'بيانات الحساب',
  'newsroom.account.role': 'الدور',
  'newsroom.account.lastLogin': 'وقت الدخول هذه المرة',
  'newsroom.account.never': 'لا يوجد',
  'newsroom.account.twoFactor': 'التحقق بخطوتين',
  'newsroom.account.twoFactorOn': 'مفعّل',
  'newsroom.account.twoFactorOff': 'غير مفعّل',

  'newsroom.profile.title': 'الاسم واللغة',
  'newsroom.profile.submit': 'حفظ',

  'newsroom.password.title': 'تغيير كلمة المرور',
  'newsroom.password.intro': 'تنتهي جلساتك على الأجهزة الأخرى، وتبقى داخلًا على هذا الجهاز.',
  'newsroom.password.submit': 'تغيير كلمة المرور',

  'newsroom.totp.title': 'التحقق بخطوتين',
  'newsroom.totp.offIntro':
    'يطلب عند الدخول رمزًا من تطبيق مصادقة على هاتفك إضافةً إلى كلمة المرور، فلا تكفي كلمة مرور مسروقة وحدها لدخول حسابك.',
  'newsroom.totp.start': 'تفعيل التحقق بخطوتين',
  'newsroom.totp.onIntro': 'مفعّل: يُطلب رمز من تطبيق المصادقة عند كل دخول.',
  'newsroom.totp.disableIntro': 'لإيقافه اكتب كلمة المرور.',
  'newsroom.totp.disable': 'إيقاف التحقق بخطوتين',

  'newsroom.totpSetup.title': 'تفعيل التحقق بخطوتين',
  'newsroom.totpSetup.scan':
    'افتح تطبيق المصادقة على هاتفك، وأضف حسابًا جديدًا، واكتب فيه هذا المفتاح:',
  'newsroom.totpSetup.key': 'المفتاح',
  'newsroom.totpSetup.link': 'أو افتح المفتاح في تطبيق المصادقة على هذا الجهاز',
  'newsroom.totpSetup.confirm': 'ثم اكتب الرمز المؤلف من ستة أرقام الذي يظهر في التطبيق.',
  'newsroom.totpSetup.submit': 'تأكيد وتفعيل',
  'newsroom.totpSetup.cancel': 'ليس الآن',

  'newsroom.recovery.title': 'رموز الاسترداد',
  'newsroom.recovery.intro':
    'التحقق بخطوتين مفعّل الآن. إن فقدت هاتفك فادخل بأحد هذه الرموز بدل رمز التطبيق؛ يصلح كل رمز مرة واحدة.',
  'newsroom.recovery.keep':
    'احفظها الآن في مكان آمن، في مدير كلمات المرور أو على ورقة مطبوعة: لن تُعرض مرة أخرى.',
  'newsroom.recovery.continue': 'تابع إلى حسابي',

  'newsroom.sessions.title': 'الجلسات',
  'newsroom.sessions.intro':
    'إن تركت حسابك مفتوحًا على جهاز آخر أو فقدت جهازًا، فسجّل الخروج من كل الأجهزة، وهذا الجهاز معها.',
  'newsroom.logoutEverywhere': 'تسجيل الخروج من كل الأجهزة',

  'newsroom.api.title': 'واجهة البرمجة',
  'newsroom.api.intro':
    'كل ما تفعله غرفة الأخبار متاح كذلك للبرامج والأدوات عبر واجهة البرمجة، ووصفها الكامل في هذا الملف.',
  'newsroom.api.link': 'وصف واجهة البرمجة',

  'newsroom.logoutPage.title': 'تسجيل الخروج',

  'newsroom.error.404.title': 'الصفحة غير موجودة',
  'newsroom.error.404.message': 'لا توجد صفحة بهذا العنوان في غرفة الأخبار.',
  'newsroom.error.500.title': 'حدث خطأ',
  'newsroom.error.other.title': 'تعذّر إتمام الطلب',
  'newsroom.error.notAForm': 'تعذّرت قراءة ما أُرسل. أعد تحميل الصفحة ثم حاول مرة أخرى.',
  'newsroom.error.back': 'العودة إلى غرفة الأخبار',
} as const;

export const en: Record<keyof typeof ar, string> = {
  'newsroom.name': 'Newsroom',
  'newsroom.pageTitle': '{page} | {site} newsroom',
  'newsroom.skipToContent': 'Skip to content',
  'newsroom.languageSwitch': 'الواجهة العربية',
  'newsroom.menu': 'Newsroom menu',
  'newsroom.menu.account': 'My account',
  'newsroom.menu.site': 'View the site',
  'newsroom.signedInAs': 'Signed in as {name}',
  'newsroom.logout': 'Sign out',
  'newsroom.formProblem': 'Nothing was saved',

  'newsroom.notice.webhook-deleted': 'The webhook and its delivery log were deleted.',
  'newsroom.notice.webhook-enabled': 'The webhook works again.',
  'newsroom.notice.webhook-disabled':
    'The webhook is switched off: nothing is sent to it until it is back on.',
  'newsroom.notice.signed-out': 'You have signed out.',
  'newsroom.notice.signed-out-everywhere': 'You have signed out on every device.',
  'newsroom.notice.welcome': 'Welcome to the newsroom.',
  'newsroom.notice.profile-saved': 'Your name and interface language were saved.',
  'newsroom.notice.password-changed':
    'Your password was changed, and your sessions on other devices have ended.',
  'newsroom.notice.totp-on': 'Two-step verification is now on.',
  'newsroom.notice.totp-off': 'Two-step verification is off.',

  'newsroom.field.name': 'Name',
  'newsroom.field.nameHint': 'As your colleagues in the newsroom see it.',
  'newsroom.field.email': 'E-mail address',
  'newsroom.field.password': 'Password',
  'newsroom.field.currentPassword': 'Current password',
  'newsroom.field.newPassword': 'New password',
  'newsroom.field.passwordRule':
    'At least {min, plural, one {one character} other {# characters}}, in any language. A long phrase you remember beats a short, complicated word.',
  'newsroom.field.language': 'Interface language',
  'newsroom.field.code': 'Verification code',
  'newsroom.language.ar': 'Arabic',
  'newsroom.language.en': 'English',

  'newsroom.setup.title': 'Create the administrator account',
  'newsroom.setup.intro':
    'This is the first run of {site}. Create the administrator’s account, then invite the editorial team from it.',
  'newsroom.setup.submit': 'Create the account and sign in',
  'newsroom.setup.done.title': 'The administrator account exists',

  'newsroom.login.title': 'Sign in',
  'newsroom.login.intro':
    'To enter the {site} newsroom, give your e-mail address and your password.',
  'newsroom.login.submit': 'Sign in',
  'newsroom.login.forgot': 'Forgot your password? Ask the site’s administrator.',
  'newsroom.login.goTo': 'Go to the sign-in page',

  'newsroom.code.title': 'Two-step verification',
  'newsroom.code.intro':
    'Open the authenticator app on your phone and type the six-digit code. If you have lost your phone, type one of your recovery codes.',
  'newsroom.code.hint': 'Six digits, or a recovery code.',
  'newsroom.code.submit': 'Verify',
  'newsroom.code.cancel': 'Cancel and sign out',
  'newsroom.code.expired': 'The time to give the code has run out. Sign in again.',

  'newsroom.invitation.title': 'Accept the invitation',
  'newsroom.invitation.intro':
    'You are invited to join the {site} newsroom. Choose your name and a password to create your account.',
  'newsroom.invitation.role': 'Role',
  'newsroom.invitation.validUntil': 'Valid until',
  'newsroom.invitation.submit': 'Create my account',
  'newsroom.invitation.invalid.title': 'This invitation link does not work',
  'newsroom.invitation.invalid.advice':
    'Ask the site’s administrator to send you a new invitation.',

  'newsroom.account.title': 'My account',
  'newsroom.account.details': 'Account details',
  'newsroom.account.role': 'Role',
  'newsroom.account.lastLogin': 'Signed in this time at',
  'newsroom.account.never': 'None',
  'newsroom.account.twoFactor': 'Two-step verification',
  'newsroom.account.twoFactorOn': 'On',
  'newsroom.account.twoFactorOff': 'Off',

  'newsroom.profile.title': 'Name and language',
  'newsroom.profile.submit': 'Save',

  'newsroom.password.title': 'Change your password',
  'newsroom.password.intro': 'Your sessions on other devices end; you stay signed in on this one.',
  'newsroom.password.submit': 'Change password',

  'newsroom.totp.title': 'Two-step verification',
  'newsroom.totp.offIntro':
    'At sign-in it asks for a code from an authenticator app on your phone as well as your password, so a stolen password alone cannot open your account.',
  'newsroom.totp.start': 'Turn on two-step verification',
  'newsroom.totp.onIntro': 'On: every sign-in asks for a code from your authenticator app.',
  'newsroom.totp.disableIntro': 'To turn it off, give your password.',
  'newsroom.totp.disable': 'Turn off two-step verification',

  'newsroom.totpSetup.title': 'Turn on two-step verification',
  'newsroom.totpSetup.scan':
    'Open the authenticator app on your phone, add a new account and type this key into it:',
  'newsroom.totpSetup.key': 'Key',
  'newsroom.totpSetup.link': 'Or open the key in an authenticator app on this device',
  'newsroom.totpSetup.confirm': 'Then type the six-digit code the app shows.',
  'newsroom.totpSetup.submit': 'Confirm and turn on',
  'newsroom.totpSetup.cancel': 'Not now',

  'newsroom.recovery.title': 'Recovery codes',
  'newsroom.recovery.intro':
    'Two-step verification is now on. If you lose your phone, sign in with one of these codes instead of the app’s; each works once.',
  'newsroom.recovery.keep':
    'Keep them now somewhere safe, in a password manager or on a printed sheet: they will not be shown again.',
  'newsroom.recovery.continue': 'Continue to my account',

  'newsroom.sessions.title': 'Sessions',
  'newsroom.sessions.intro':
    'If you left your account open on another device or lost one, sign out on every device, this one included.',
  'newsroom.logoutEverywhere': 'Sign out on every device',

  'newsroom.api.title': 'The admin API',
  'newsroom.api.intro':
    'Everything the newsroom does is open to programs and tools through the admin API, described in full in this document.',
  'newsroom.api.link': 'The admin API’s description',

  'newsroom.logoutPage.title': 'Sign out',

  'newsroom.error.404.title': 'Page not found',
  'newsroom.error.404.message': 'There is no page at this address in the newsroom.',
  'newsroom.error.500.title': 'Something went wrong',
  'newsroom.error.other.title': 'The request could not be completed',
  'newsroom.error.notAForm': 'What was sent could not be read. Reload the page and try again.',
  'newsroom.error.back': 'Back to the newsroom',
};
