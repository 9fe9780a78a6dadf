import type { Catalog, UsageUnit } from './en.js';
import { formatNumber } from './format.js';
import { isolate, plural, type PluralForms } from './plural.js';

/**
 * Each kind of usage: «unlimited» with it (which needs a plural no count gives), and a count of it
 * as a whole phrase, in the two cases a count takes here: on its own or as a subject, nominative
 * («دقيقتان»), and after a preposition or a noun such as «من» or «نحو», genitive («من دقيقتين»).
 * As Arabic does, no numeral stands before one or two: «دقيقة واحدة», «دقيقتان», then «٣ دقائق».
 */
const USAGE_UNITS: Record<UsageUnit, { unlimited: string; nominative: PluralForms; genitive: PluralForms }> =
  {
    minutes: {
      unlimited: 'دقائق غير محدودة',
      nominative: { one: 'دقيقة واحدة', two: 'دقيقتان', few: '# دقائق', many: '# دقيقة', other: '# دقيقة' },
      genitive: { one: 'دقيقة واحدة', two: 'دقيقتين', few: '# دقائق', many: '# دقيقة', other: '# دقيقة' },
    },
    messages: {
      unlimited: 'رسائل غير محدودة',
      nominative: { one: 'رسالة واحدة', two: 'رسالتان', few: '# رسائل', many: '# رسالة', other: '# رسالة' },
      genitive: { one: 'رسالة واحدة', two: 'رسالتين', few: '# رسائل', many: '# رسالة', other: '# رسالة' },
    },
    groups: {
      unlimited: 'مجموعات غير محدودة',
      nominative: {
        one: 'مجموعة واحدة',
        two: 'مجموعتان',
        few: '# مجموعات',
        many: '# مجموعة',
        other: '# مجموعة',
      },
      genitive: {
        one: 'مجموعة واحدة',
        two: 'مجموعتين',
        few: '# مجموعات',
        many: '# مجموعة',
        other: '# مجموعة',
      },
    },
    apiRequests: {
      unlimited: 'طلبات API غير محدودة',
      nominative: {
        one: 'طلب API واحد',
        two: 'طلبا API',
        few: '# طلبات API',
        many: '# طلب API',
        other: '# طلب API',
      },
      genitive: {
        one: 'طلب API واحد',
        two: 'طلبي API',
        few: '# طلبات API',
        many: '# طلب API',
        other: '# طلب API',
      },
    },
  };

/**
 * Arabic (Modern Standard), addressing the person in the second person, as Arabic software does.
 * Counts use all six plural forms (`Intl.PluralRules`): "ثانية واحدة", "ثانيتين", "٣ ثوانٍ",
 * "١١ ثانية". Addresses, numbers, names and code are isolated from the right-to-left sentence
 * around them, so an email or a `+` stays where it belongs.
 *
 * A function of the locale because Arabic digits depend on the region: `ar-AE` writes 12, `ar-EG`
 * and `ar-SA` write ١٢ (Intl's defaults), and the sentences follow the dates. `ar` alone takes the
 * engine's CLDR: 12 from CLDR 46 on, ١٢ before (Safari with older data); `ar-u-nu-latn` asks for
 * Latin digits everywhere.
 */
export function arabic(locale: string): Catalog {
  const n = (value: number): string => formatNumber(locale, value);
  const count = (value: number, forms: PluralForms): string => plural(locale, value, forms);
  // The number and its unit stay on one line.
  const megabytes = (value: number): string =>
    formatNumber(locale, value, { style: 'unit', unit: 'megabyte', unitDisplay: 'long' }).replace(
      ' ',
      '\u00a0',
    );
  // After a preposition or as an object: "بعد ثانيتين", "خلال ٣ دقائق".
  const seconds = (value: number): string =>
    count(value, { one: 'ثانية واحدة', two: 'ثانيتين', few: '# ثوانٍ', many: '# ثانية', other: '# ثانية' });
  const minutes = (value: number): string =>
    count(value, { one: 'دقيقة واحدة', two: 'دقيقتين', few: '# دقائق', many: '# دقيقة', other: '# دقيقة' });
  const characters = (value: number): string =>
    count(value, { one: 'حرفًا واحدًا', two: 'حرفين', few: '# أحرف', many: '# حرفًا', other: '# حرف' });
  const attemptsLeft = (left: number): string =>
    count(left, {
      zero: 'لم تتبقَّ أي محاولة.',
      one: 'تبقّت محاولة واحدة.',
      two: 'تبقّت محاولتان.',
      few: 'تبقّت # محاولات.',
      many: 'تبقّت # محاولة.',
      other: 'تبقّت # محاولة.',
    });
  const usage = (kind: UsageUnit, value: number, grammaticalCase: 'nominative' | 'genitive'): string =>
    count(value, USAGE_UNITS[kind][grammaticalCase]);
  const exampleNumber = isolate('+966 50 123 4567');

  return {
    common: {
      loading: 'جارٍ التحميل…',
      save: 'حفظ',
      saving: 'جارٍ الحفظ…',
      saved: 'تم الحفظ',
      cancel: 'إلغاء',
      close: 'إغلاق',
      retry: 'إعادة المحاولة',
      reload: 'تحميل أحدث نسخة',
      keepMine: 'الاحتفاظ بتغييراتي',
      continue: 'متابعة',
      optional: 'اختياري',
      tryAgainIn: (value) => `إعادة المحاولة بعد ${seconds(value)}`,
    },
    errors: {
      loadFailed: 'تعذّر تحميل هذا القسم.',
      saveFailed: 'لم تُحفظ تغييراتك.',
      unauthorized: 'انتهت جلستك. سجّل الدخول مرة أخرى للمتابعة.',
      forbidden: 'ليس لديك إذن للقيام بذلك.',
      not_found: 'لم يُعثر على هذا العنصر. ربما تمت إزالته.',
      conflict: 'تم تغيير هذا في مكان آخر أثناء تعديلك له. احتفظنا بما أدخلته.',
      precondition_required: 'لا يمكن القيام بذلك بعد.',
      rate_limited: (value) =>
        value > 0
          ? `محاولات كثيرة جدًا. أعد المحاولة بعد ${seconds(value)}.`
          : 'محاولات كثيرة جدًا. أعد المحاولة بعد قليل.',
      network: 'تعذّر الوصول إلى الخادم. تحقّق من اتصالك.',
      offline: 'أنت غير متصل بالإنترنت. لم يضِع ما كتبته: أعد المحاولة عند عودة الاتصال.',
      uncertain:
        'لم يستجب الخادم في الوقت المناسب، لذا ربما طُبِّق تغييرك وربما لم يُطبَّق. نحن نتحقّق من ذلك؛ أعد المحاولة للتأكد.',
      timeout: 'استغرق الخادم وقتًا طويلًا للرد.',
      invalid_response: 'أرسل الخادم ردًا لا تفهمه هذه الصفحة.',
      validation: 'بعض الحقول تحتاج إلى مراجعة.',
      verification_failed: 'هذا الرمز غير صحيح.',
      verification_expired: 'انتهت صلاحية هذا الرمز. اطلب رمزًا جديدًا.',
      reverification_required: 'أكّد هويتك للمتابعة.',
      idempotency_key_reused: 'سبق إرسال هذا الطلب ببيانات مختلفة. أعد المحاولة.',
      idempotency_key_in_use: 'لا يزال هذا الطلب قيد المعالجة. انتظر لحظة ثم أعد المحاولة.',
      unsupported: 'هذه الميزة غير متاحة.',
      noAdapter: `لا يوجد محوّل حساب: ضع هذا العنصر داخل ${isolate('<account-provider>')}، أو عيّن خاصيته ${isolate('adapter')}، أو استدعِ ${isolate('configure({ adapter })')}.`,
    },
    fields: {
      required: 'مطلوب.',
      too_short: (min) => (min === undefined ? 'هذا قصير جدًا.' : `استخدم ${characters(min)} على الأقل.`),
      too_long: (max) => (max === undefined ? 'هذا طويل جدًا.' : `استخدم ${characters(max)} على الأكثر.`),
      invalid_format: 'لا يبدو هذا صحيحًا.',
      invalid_characters: 'أزل فواصل الأسطر وأحرف التنسيق غير المرئية.',
      invalid_phone: `هذا ليس رقم هاتف. أدخله مع رمز البلد، مثل ${exampleNumber}.`,
      phone_premium: 'لا يمكن استخدام الأرقام ذات التعرفة المميزة أو التكلفة المشتركة. أدخل رقم جوالك الخاص.',
      phone_unassigned: 'هذا الرقم غير موجود. تحقّق من الأرقام ومن رمز البلد.',
      phone_not_mobile: 'لا يمكن لهذا الرقم استقبال الرسائل النصية. أدخل رقم جوال.',
      invalid_email: `أدخل عنوان بريد إلكتروني، مثل ${isolate('name@example.com')}.`,
      email_local_too_long: (max) =>
        max === undefined
          ? `الجزء الذي يسبق ${isolate('@')} طويل جدًا.`
          : `يجب ألّا يتجاوز الجزء الذي يسبق ${isolate('@')} ${characters(max)}.`,
      invalid_time: `أدخل الوقت بالتنسيق ${isolate('HH:MM')}.`,
      not_in_future: 'اختر وقتًا لم يمضِ بعد.',
      username_taken: 'اسم المستخدم هذا مأخوذ بالفعل.',
      username_reserved: 'اسم المستخدم هذا محجوز.',
      same_as_current: 'هذه هي القيمة الحالية.',
      password_common: 'كلمة المرور هذه شائعة جدًا ويسهل تخمينها. اختر كلمة مرور أخرى.',
      password_contains_username: 'يجب ألّا تحتوي كلمة المرور على اسم المستخدم الخاص بك.',
      out_of_range: 'هذه القيمة خارج النطاق المسموح به.',
      confirmation_mismatch: 'هذا غير مطابق.',
    },
    reverify: {
      heading: 'أكّد هويتك',
      intro: 'حفاظًا على أمانك، أكّد هويتك قبل المتابعة.',
      password: 'كلمة المرور الحالية',
      wrongPassword: 'كلمة المرور هذه غير صحيحة.',
      usePassword: 'استخدام كلمة المرور',
      useSms: 'إرسال رمز برسالة نصية',
      sendCode: 'إرسال الرمز',
      code: 'الرمز من الرسالة النصية',
      codeSentTo: (to) => `أرسلنا رمزًا إلى ${isolate(to)}.`,
      confirm: 'تأكيد',
    },
    verification: {
      code: 'رمز التحقق',
      codeHint: (length) =>
        count(length, { one: 'رقم واحد', two: 'رقمان', few: '# أرقام', many: '# رقمًا', other: '# رقم' }),
      resend: 'إرسال رمز جديد',
      resendIn: (value) => `إرسال رمز جديد بعد ${seconds(value)}`,
      attemptsLeft,
      noAttemptsLeft: 'لم تتبقَّ أي محاولة. حفاظًا على أمانك، انتظر بعض الوقت قبل أن تبدأ من جديد.',
      expired: 'انتهت صلاحية الرمز. اطلب رمزًا جديدًا.',
      sentTo: (to) => `أرسلنا رمزًا إلى ${isolate(to)}.`,
      expiresIn: (value) =>
        value <= 1 ? 'تنتهي صلاحيته خلال أقل من دقيقة.' : `تنتهي صلاحيته خلال ${minutes(value)}.`,
      wrongCode: (left) => `هذا الرمز غير صحيح. ${attemptsLeft(left)}`,
      startAgain: 'البدء من جديد',
    },
    profile: {
      heading: 'الملف الشخصي',
      description: 'كيف يراك فريقك.',
      picture: 'صورة الملف الشخصي',
      pictureAlt: (name) => `صورة الملف الشخصي لـ${isolate(name)}`,
      noPicture: 'لا توجد صورة للملف الشخصي',
      choosePicture: 'رفع صورة',
      changePicture: 'تغيير الصورة',
      removePicture: 'إزالة',
      pictureHint: (maxMb) => `PNG أو JPEG أو WebP أو GIF، بحد أقصى ${megabytes(maxMb)}.`,
      cropHeading: 'قص صورتك',
      cropHelp: 'اسحب لتحريك الصورة، واستخدم شريط التمرير أو مفاتيح الأسهم للتكبير والتحريك.',
      cropArea: 'منطقة قص الصورة',
      zoom: 'التكبير',
      usePicture: 'استخدام هذه الصورة',
      pictureSaved: 'تم تحديث صورة الملف الشخصي.',
      pictureRemoved: 'تمت إزالة صورة الملف الشخصي.',
      fileEmpty: 'هذا الملف فارغ.',
      fileTooLarge: (maxMb) => `حجم هذا الملف أكبر من ${megabytes(maxMb)}. اختر ملفًا أصغر.`,
      fileNotImage: 'هذا الملف ليس صورة PNG أو JPEG أو WebP أو GIF.',
      fileUnreadable: 'تعذّرت قراءة هذه الصورة.',
      pictureTooLarge: (maxSide) => `عرض هذه الصورة أو ارتفاعها يتجاوز ${n(maxSide)} بكسل. اختر صورة أصغر.`,
      name: 'الاسم',
      username: 'اسم المستخدم',
      usernameHint: 'أحرف لاتينية صغيرة وأرقام ونقاط وشرطات وشرطات سفلية، ويبدأ بحرف.',
      usernameChecking: 'جارٍ التحقق…',
      usernameAvailable: 'متاح.',
      usernameCurrent: 'هذا هو اسم المستخدم الخاص بك.',
      usernameChecksPaused: (when) =>
        `تم التحقق من أسماء كثيرة جدًا: سيُعاد التحقق من التوفر ${when}. لا يزال بإمكانك الحفظ.`,
      saved: 'تم حفظ الملف الشخصي.',
      roleAdmin: 'مسؤول',
      roleMember: 'عضو',
    },
    phone: {
      heading: 'رقم الجوال الشخصي',
      description: 'الرقم الذي نرسل إليه رموز الأمان في رسائل نصية. يُتحقَّق من أي رقم جديد برمز قبل استخدامه.',
      current: 'رقم الجوال',
      none: 'لا يوجد رقم جوال بعد',
      change: 'تغيير الرقم',
      add: 'إضافة رقم',
      country: 'البلد أو المنطقة',
      noCountry: 'اختر بلدًا',
      countryOption: (name, callingCode) => `${name} (${isolate(`+${callingCode}`)})`,
      number: 'رقم الجوال الجديد',
      numberHint: `كما تطلبه داخل ذلك البلد، أو ابدأ بـ ${isolate('+')} ثم رمز البلد.`,
      sendCode: 'إرسال الرمز',
      sending: 'جارٍ الإرسال…',
      verify: 'التحقق',
      verifying: 'جارٍ التحقق…',
      codeIncomplete: 'أدخل الرمز كاملًا من الرسالة النصية.',
      codeSentAgain: 'رمز جديد في الطريق إليك.',
      verified: 'تم تغيير رقم جوالك.',
    },
    deleteAccount: {
      heading: 'حذف الحساب',
      description: 'إغلاق الحساب وكل ما فيه، لجميع أعضائه.',
      consequences:
        'يؤدي حذف الحساب إلى إزالة أرقامه وسجل المكالمات والرسائل ورسائل البريد الصوتي وجهات الاتصال والمجموعات ومفاتيح API، لجميع الأعضاء. لا يمكن التراجع عن ذلك.',
      delete: 'حذف الحساب…',
      adminOnly: 'لا يستطيع حذف الحساب إلا المسؤول. إذا كان يجب إغلاقه، فاطلب ذلك من أحد مسؤولي حسابك.',
      confirmHeading: 'هل تريد حذف هذا الحساب؟',
      confirmIntro:
        'لا يمكن التراجع عن ذلك. سيتوقف مفتاح API عن العمل وسيفقد جميع الأعضاء إمكانية الوصول فورًا.',
      typeUsername: (username) => `اكتب ${isolate(username)} للتأكيد`,
      typeHint: 'اسم المستخدم، تمامًا كما يظهر.',
      confirm: 'حذف الحساب',
      deleting: 'جارٍ الحذف…',
      deleted: 'تم حذف الحساب.',
    },
    email: {
      heading: 'البريد الإلكتروني',
      description: 'العنوان الذي نراسلك عليه، وما نرسله إليك عبر البريد الإلكتروني.',
      address: 'عنوان البريد الإلكتروني',
      change: 'تغيير البريد الإلكتروني',
      newAddress: 'عنوان البريد الإلكتروني الجديد',
      newAddressHint: 'سنرسل إليه رابطًا. يبقى عنوانك الحالي مستخدمًا إلى أن تفتح الرابط.',
      sendLink: 'إرسال الرابط',
      sending: 'جارٍ الإرسال…',
      sameAsCurrent: 'هذا هو عنوان بريدك الإلكتروني بالفعل.',
      pendingHeading: 'بانتظار تأكيدك',
      linkSent: (address) => `أرسلنا رابطًا إلى ${isolate(address)}. افتحه للانتقال إلى هذا العنوان.`,
      stillPrimary: (current) => `حتى ذلك الحين، يبقى ${isolate(current)} عنوان بريدك الإلكتروني.`,
      resend: 'إعادة إرسال الرابط',
      resendIn: (value) => `إعادة إرسال الرابط بعد ${seconds(value)}`,
      cancelChange: 'إلغاء التغيير',
      linkSentStatus: 'تم إرسال الرابط. تحقّق من بريدك الوارد.',
      linkResent: 'تم إرسال رابط جديد. أحدث رابط فقط هو الذي يعمل.',
      changeCancelled: (current) => `تم إلغاء التغيير. يبقى عنوان بريدك الإلكتروني ${isolate(current)}.`,
      changed: (address) => `عنوان بريدك الإلكتروني الآن هو ${isolate(address)}.`,
      notificationsHeading: 'إشعارات البريد الإلكتروني',
      notifyAll: 'إشعاري بالمكالمات عبر البريد الإلكتروني',
      notifyAllHint: 'تُرسل إلى عنوان بريدك الإلكتروني.',
      missedCalls: 'المكالمات الفائتة',
      voicemails: 'رسائل البريد الصوتي',
      notificationsSaved: 'تم حفظ إشعارات البريد الإلكتروني.',
      notificationsConflict: 'تم تغيير هذه الإعدادات في مكان آخر. تظهر الآن أحدث الإعدادات؛ أعد المحاولة.',
    },
    password: {
      heading: 'كلمة المرور',
      description: 'غيّرها باستخدام كلمة مرورك الحالية، أو أعد تعيينها برمز نرسله إلى جوالك في رسالة نصية.',
      change: 'تغيير كلمة المرور',
      reset: 'إعادة تعيين كلمة المرور',
      resetNote: 'هل نسيتها؟ لإعادة التعيين نرسل رمزًا في رسالة نصية إلى رقم الجوال المسجّل في حسابك.',
      sending: 'جارٍ إرسال الرمز…',
      noPhone: 'لإعادة التعيين نرسل رمزًا في رسالة نصية إلى جوالك، ولا يوجد رقم جوال في حسابك بعد.',
      addPhone: 'إضافة رقم جوال',
      changeUnsupported:
        'لا يمكن هنا تغيير كلمة المرور باستخدام كلمة المرور الحالية. أعد تعيينها برمز نرسله إلى جوالك في رسالة نصية.',
      username: 'اسم المستخدم',
      current: 'كلمة المرور الحالية',
      new: 'كلمة المرور الجديدة',
      show: 'إظهار كلمة المرور',
      rules: (min, max) =>
        `من ${n(min)} إلى ${characters(max)}؛ تُحتسب المسافات والرموز التعبيرية وأحرف أي لغة. لا حاجة إلى أرقام أو رموز، لكن لا تستخدم كلمة مرور شائعة أو اسم المستخدم أو كلمة مرورك الحالية.`,
      strength: {
        weak: 'القوة: ضعيفة. يمكن تخمينها بسرعة.',
        fair: 'القوة: متوسطة. كلما طالت كانت أقوى: بضع كلمات لا رابط بينها تفي بالغرض.',
        good: 'القوة: جيدة.',
        strong: 'القوة: قوية.',
      },
      wrongPassword: (left) =>
        left === 0
          ? 'كلمة المرور هذه غير صحيحة. لم تتبقَّ أي محاولة: انتظر بعض الوقت قبل أن تحاول مجددًا.'
          : `كلمة المرور هذه غير صحيحة. ${attemptsLeft(left)}`,
      sameAsCurrent: 'هذه هي كلمة مرورك الحالية. اختر كلمة مرور جديدة.',
      forgot: 'هل نسيت كلمة المرور؟',
      codeIncomplete: 'أدخل الرمز كاملًا من الرسالة النصية.',
      codeSentAgain: 'رمز جديد في الطريق إليك.',
      save: 'حفظ كلمة المرور',
      changed: 'تم تغيير كلمة المرور.',
      resetDone: 'تمت إعادة تعيين كلمة المرور.',
    },
    apiKey: {
      heading: 'مفتاح API',
      description: 'به يسجّل برنامجك الخاص الدخول إلى واجهة API. احفظه سرًّا كما تحفظ كلمة المرور.',
      key: 'مفتاحك',
      dates: (created, lastUsed) =>
        lastUsed === null
          ? `أُنشئ في ${created}، ولم يُستخدم قط`
          : `أُنشئ في ${created}، واستُخدم آخر مرة ${lastUsed}`,
      reveal: 'إظهار',
      revealing: 'جارٍ الإظهار…',
      hide: 'إخفاء',
      hidesIn: (value) => `يُخفى بعد ${seconds(value)}`,
      hiddenAgain: 'تم إخفاء المفتاح مرة أخرى.',
      copy: 'نسخ',
      copying: 'جارٍ النسخ…',
      copied: 'تم النسخ',
      copyFailed: 'تعذّر نسخ المفتاح. أظهره وانسخه يدويًا.',
      regenerate: 'إعادة الإنشاء…',
      confirmHeading: 'هل تريد إعادة إنشاء مفتاح API؟',
      confirmIntro: 'يتوقف المفتاح الحالي عن العمل فورًا: يُرفض كل ما يستخدمه إلى أن تزوّده بالمفتاح الجديد.',
      confirm: 'إعادة إنشاء المفتاح',
      regenerating: 'جارٍ إعادة الإنشاء…',
      newKeyHeading: 'مفتاح API الجديد',
      newKeyNote: 'انسخه الآن وزوّد به كل ما كان يستخدم المفتاح القديم.',
      shownOnce: 'هذه هي المرة الوحيدة التي يظهر فيها كاملًا: انسخه الآن واحفظه في مكان آمن.',
      done: 'تم',
      regenerated: 'تم إنشاء مفتاح API جديد. المفتاح القديم لم يعد يعمل.',
      revealUnsupported:
        'لا يعرض هذا الخادم المفتاح كاملًا إلا عند إنشائه. للحصول على مفتاح يمكنك نسخه، أعد إنشاءه.',
      memberNote:
        'لا يستطيع إظهار مفتاح API أو استبداله إلا المسؤول. إذا كنت تحتاج إليه، فاطلبه من أحد مسؤولي حسابك.',
    },
    devices: {
      heading: 'الأجهزة التي سجّلت الدخول منها',
      description: 'الأجهزة والمتصفحات المسجَّل دخولها إلى حسابك. سجّل خروج أي جهاز لا تعرفه.',
      navLabel: 'الأجهزة المتصلة',
      kinds: { desktop: 'حاسوب', mobile: 'هاتف', tablet: 'جهاز لوحي', other: 'جهاز' },
      device: (kind, os) => (os === null ? kind : `${kind}، ${isolate(os)}`),
      unknownBrowser: 'متصفح غير معروف',
      place: (city, country) => `${isolate(city)}، ${country}`,
      thisDevice: 'هذا الجهاز',
      activeNow: 'نشط الآن',
      lastActive: (when) => `آخر نشاط ${when}`,
      signOut: 'تسجيل الخروج',
      signingOut: 'جارٍ تسجيل الخروج…',
      signOutOthers: 'تسجيل الخروج من كل الأجهزة الأخرى',
      confirmHeading: (device) => `هل تريد تسجيل خروج ${device}؟`,
      confirmIntro: 'سيحتاج من يستخدم ذلك الجهاز إلى تسجيل الدخول من جديد بكلمة مرورك ليعود إلى الحساب.',
      confirmOthersHeading: 'هل تريد تسجيل الخروج من كل الأجهزة الأخرى؟',
      confirmOthersIntro: 'ستحتاج كل الأجهزة عدا هذا الجهاز إلى تسجيل الدخول من جديد بكلمة مرورك.',
      confirmOthers: 'تسجيل خروج الأجهزة الأخرى',
      signedOut: (device) => `تم تسجيل خروج ${device}.`,
      signedOutOthers: (value) =>
        count(value, {
          zero: 'لم يُسجَّل خروج أي جهاز آخر.',
          one: 'تم تسجيل خروج جهاز آخر واحد.',
          two: 'تم تسجيل خروج جهازين آخرين.',
          few: 'تم تسجيل خروج # أجهزة أخرى.',
          many: 'تم تسجيل خروج # جهازًا آخر.',
          other: 'تم تسجيل خروج # جهاز آخر.',
        }),
      onlyThisDevice: 'هذا الجهاز وحده مسجَّل الدخول.',
    },
    passkeys: {
      heading: 'مفاتيح المرور',
      description:
        'سجّل الدخول ببصمتك أو وجهك أو رمز PIN لجهازك بدلًا من كلمة المرور. لا يمكن تخمين مفتاح المرور، ولا يستطيع موقع مزيّف استخدامه.',
      listLabel: 'مفاتيح المرور الخاصة بك',
      none: 'لا توجد مفاتيح مرور بعد. أضف مفتاحًا لتسجّل الدخول دون كتابة كلمة المرور.',
      synced: 'متزامن بين أجهزتك',
      deviceBound: 'على الجهاز أو المفتاح الذي أنشأه فقط',
      dates: (added, lastUsed) =>
        lastUsed === null ? `أُضيف في ${added}، ولم يُستخدم قط` : `أُضيف في ${added}، وآخر استخدام ${lastUsed}`,
      add: 'إضافة مفتاح مرور',
      adding: 'في انتظار جهازك…',
      added: (name) => `أُضيف مفتاح المرور: ${name}.`,
      browserCannot:
        'لا يستطيع هذا المتصفح إنشاء مفاتيح مرور. لا يزال بإمكانك إعادة تسمية مفاتيحك الحالية أو إزالتها.',
      ceremony: {
        cancelled: 'لم يُضف أي مفتاح مرور: أُلغي الطلب أو استغرق وقتًا طويلًا.',
        exists: 'يحمل هذا الجهاز مفتاح مرور لحسابك بالفعل.',
        failed: 'تعذّر على جهازك إنشاء مفتاح مرور. حاول مرة أخرى أو استخدم جهازًا آخر.',
      },
      duplicate: 'مفتاح المرور هذا موجود في حسابك بالفعل.',
      invalid: 'تعذّر التحقق من مفتاح المرور، لذا لم يُضف. حاول مرة أخرى.',
      rename: 'إعادة تسمية',
      nameLabel: (current) => `اسم جديد لـ ${current}`,
      renamed: (name) => `أصبح اسم مفتاح المرور ${name}.`,
      remove: 'إزالة…',
      removeHeading: (name) => `هل تريد إزالة ${name}؟`,
      removeWarning: 'لن تتمكن بعد الآن من تسجيل الدخول به. احذفه أيضًا من جهازك أو من مدير كلمات المرور.',
      confirmRemove: 'إزالة مفتاح المرور',
      removing: 'جارٍ الإزالة…',
      removed: (name) => `أُزيل ${name}.`,
    },
    plan: {
      heading: 'الخطة والاستخدام',
      description: 'خطتك ودورة الفوترة الحالية ومقدار ما استُخدم منها.',
      planLabel: 'الخطة',
      cycle: (start, end) => `بدأت هذه الدورة في ${start} وتتجدد في ${end}.`,
      usageLabel: 'الاستخدام في هذه الدورة',
      kinds: { minutes: 'الدقائق', messages: 'الرسائل', groups: 'المجموعات', apiRequests: 'طلبات API' },
      usedOf: (kind, used, limit) => `${n(used)} من ${usage(kind, limit, 'genitive')}`,
      usedUnlimited: (kind, used) => `${usage(kind, used, 'nominative')}، بلا حد`,
      withinLimit: 'ضمن الحد.',
      nearLimit: 'قريب من الحد.',
      limitReached: 'تم بلوغ الحد.',
      projection: (kind, about, date) => `بهذا المعدل: نحو ${usage(kind, about, 'genitive')} بحلول ${date}.`,
      runsOut: (date) => `بهذا المعدل، ستبلغ الحد في ${date} تقريبًا.`,
      upgrade: 'ترقية',
      salesChat: 'الدردشة مع فريق المبيعات',
      salesUnreachable:
        'لا يمكن فتح دردشة المبيعات من هنا. للتحدث مع فريق المبيعات، اسأل أحد مسؤولي حسابك أو استخدم بيانات الاتصال على موقعنا الإلكتروني.',
      upgradeHeading: 'تغيير خطتك',
      upgradeIntro: 'قارن بين الخطط: ما تتضمنه كل خطة في الدورة الواحدة، وسعرها.',
      plansLabel: 'الخطط',
      current: 'الخطة الحالية',
      price: (amount, interval) => (interval === 'month' ? `${amount} شهريًا` : `${amount} سنويًا`),
      customPrice: 'السعر عند الطلب',
      limit: (kind, amount) => usage(kind, amount, 'nominative'),
      unlimited: (kind) => USAGE_UNITS[kind].unlimited,
      choose: (name) => `اختيار ${isolate(name)}`,
      opening: 'جارٍ فتح صفحة الدفع…',
      redirecting: 'جارٍ نقلك إلى صفحة الدفع…',
      salesOnly: 'يبيعها فريق المبيعات لدينا.',
      talkToSales: (name) => `التحدث مع فريق المبيعات بشأن ${isolate(name)}`,
      askAdmin: (name) => `اطلب من أحد مسؤولي حسابك التبديل إلى ${isolate(name)}.`,
      adminOnly: 'لا يستطيع تغيير الخطة إلا المسؤول. اطلب ذلك من أحد مسؤولي حسابك.',
      checkoutUnsafe: 'تعذّر فتح صفحة الدفع بأمان. أعد المحاولة لاحقًا أو تواصل مع الدعم.',
    },
    menu: {
      button: 'الإعدادات',
      buttonFor: (name) => `إعدادات ${isolate(name)}`,
      mySettings: 'إعداداتي',
    },
    settingsSection: {
      saved: 'تم حفظ إعداداتك.',
      noSource: 'لا يوجد ما يُعرض: زوّد هذا القسم بمورد، أو بدالتَي التحميل والحفظ.',
      switchSaved: (label, on) => (on ? `«${label}»: مفعّل.` : `«${label}»: معطّل.`),
      switchConflict:
        'تم تغيير هذا في مكان آخر. تظهر الآن أحدث الإعدادات: اضغط زر التبديل مرة أخرى إذا كنت لا تزال تريد ذلك.',
      switchNeedsFields: (label) =>
        `يحتاج «${label}» إلى مزيد من البيانات قبل تفعيله: املأ الحقول المحددة، ثم اضغط «حفظ».`,
      unsaved: 'لم يُحفظ بعد',
      outOfRange: (min, max) => `أدخل عددًا صحيحًا من ${n(min)} إلى ${n(max)}.`,
      fieldErrors: {
        too_many: (max) => (max === undefined ? 'العدد كبير جدًا.' : `الحد الأقصى ${n(max)}.`),
        too_long_duration: (value) =>
          value === undefined
            ? 'التسجيل طويل جدًا.'
            : `استخدم تسجيلًا لا تتجاوز مدته ${value % 60 === 0 ? minutes(value / 60) : seconds(value)}.`,
        invalid_keyword: 'استخدم كلمة واحدة: أحرف وأرقام، دون مسافات أو رموز.',
        keyword_standard: 'هذه الكلمة المفتاحية تعمل دائمًا: لا حاجة إلى إضافتها.',
        duplicate: 'هذا موجود في القائمة بالفعل.',
        invalid_time_zone: 'اختر منطقة زمنية من القائمة.',
      },
      audio: {
        none: 'لا يوجد تسجيل بعد.',
        player: 'تسجيلك',
        upload: 'رفع تسجيل',
        replace: 'استبدال التسجيل',
        remove: 'إزالة التسجيل',
        uploading: 'جارٍ الرفع…',
        removing: 'جارٍ الإزالة…',
        hint: (size, length) => `MP3 أو WAV أو OGG أو M4A، بحد أقصى ${megabytes(size)} و${minutes(length)}.`,
        uploaded: 'تم حفظ التسجيل، وسيُشغَّل من الآن فصاعدًا.',
        removed: 'تمت إزالة التسجيل.',
        required: 'ارفع تسجيلًا أولًا، أو اختر التحية النصية.',
        fileEmpty: 'هذا الملف فارغ.',
        fileTooLarge: (size) => `حجم هذا الملف أكبر من ${megabytes(size)}. اختر تسجيلًا أقصر أو أصغر حجمًا.`,
        fileNotAudio: 'هذا الملف ليس تسجيلًا صوتيًا. استخدم ملف MP3 أو WAV أو OGG أو M4A.',
      },
      keywords: {
        standard: 'مفعّلة دائمًا',
        standardNote: 'تعمل هذه الكلمات دائمًا، مهما أضفت:',
        custom: 'كلماتك المفتاحية',
        none: 'لا توجد كلمات مفتاحية خاصة بك بعد.',
        newKeyword: 'كلمة مفتاحية جديدة',
        add: 'إضافة',
        remove: (keyword) => `إزالة ${isolate(keyword)}`,
        problem: (keyword, problem) => `${isolate(keyword)}: ${problem}`,
      },
      hours: {
        day: 'اليوم',
        opens: 'يفتح',
        closes: 'يغلق',
        opensOn: (day) => `${day}: يفتح`,
        closesOn: (day) => `${day}: يغلق`,
        closed: 'مغلق',
        overnight: 'حتى اليوم التالي',
      },
      neverEnds: 'إلى أن توقفه',
    },
    voice: {
      heading: 'المكالمات',
      description:
        'كيف يرد خطك التجاري على المكالمات: التحويل والبريد الصوتي ومعرّف المتصل وساعات العمل وعدم الإزعاج.',
      saved: 'تم حفظ إعدادات المكالمات.',
      forwardingGroup: 'التحويل',
      forwarding: 'تحويل المكالمات',
      forwardingHint: 'يرن هاتف آخر عند ورود مكالمة.',
      forwardingNumber: 'التحويل إلى',
      forwardingNumberHint: `مع رمز البلد، مثل ${exampleNumber}.`,
      voicemailGroup: 'البريد الصوتي',
      voicemail: 'الرد بالبريد الصوتي',
      voicemailHint: 'يمكن للمتصلين ترك رسالة عندما لا يرد أحد.',
      ringSeconds: 'مدة الرنين (بالثواني)',
      ringSecondsHint: (min, max) =>
        `مدة رنين المكالمة قبل أن يرد البريد الصوتي: من ${n(min)} إلى ${seconds(max)}.`,
      greetingMode: 'التحية',
      greetingModes: { text: 'قراءة نصي بصوت عالٍ', audio: 'تشغيل تسجيلي' },
      greetingText: 'نص التحية',
      greetingTextHint: 'يُقرأ بصوت عالٍ للمتصلين قبل النغمة.',
      greetingAudio: 'التسجيل',
      callerIdGroup: 'معرّف المتصل',
      callerId: 'الرقم الظاهر',
      callerIdHint: 'ما يراه الأشخاص الذين تتصل بهم.',
      callerIdModes: { business: 'رقم العمل', personal: 'رقم جوالي', private: 'رقم مخفي' },
      hoursGroup: 'ساعات العمل',
      hours: 'استخدام ساعات العمل',
      hoursHint: 'خارج هذه الساعات، تُحوَّل المكالمات إلى البريد الصوتي.',
      timezone: 'المنطقة الزمنية',
      days: 'أيام العمل وساعاته',
      daysHint: 'إذا كان وقت الإغلاق قبل وقت الفتح، تمتد ساعات العمل إلى ما بعد منتصف الليل.',
      doNotDisturb: 'عدم الإزعاج',
      doNotDisturbHint: 'تُحوَّل المكالمات مباشرة إلى البريد الصوتي.',
      until: 'حتى',
      untilHint: 'اتركه فارغًا ليبقى مفعّلًا إلى أن توقفه.',
    },
    messages: {
      heading: 'الرسائل النصية',
      description: 'توقيعك والردود التلقائية وتحويل الرسائل إلى البريد الإلكتروني وكلمات إلغاء الاشتراك.',
      saved: 'تم حفظ إعدادات الرسائل.',
      signature: 'التوقيع',
      signatureHint: 'يُضاف إلى نهاية كل رسالة نصية ترسلها.',
      autoReplyGroup: 'الرد التلقائي',
      autoReply: 'الرد تلقائيًا',
      autoReplyHint: 'الرد برسالة على كل رسالة نصية تتلقاها.',
      autoReplyText: 'نص الرد التلقائي',
      forwardGroup: 'التحويل إلى البريد الإلكتروني',
      forwardToEmail: 'تحويل الرسائل النصية إلى البريد الإلكتروني',
      forwardToEmailHint: 'احصل على نسخة من كل رسالة نصية تتلقاها.',
      forwardEmail: 'عنوان البريد الإلكتروني',
      optOut: 'كلمات إلغاء الاشتراك',
      optOutHint: (max) =>
        `الرسالة النصية المكوّنة من إحدى هذه الكلمات فقط توقف رسائلك إلى مُرسِلها. أضف ما يصل إلى ${count(max, {
          one: 'كلمة واحدة',
          two: 'كلمتين',
          few: '# كلمات',
          many: '# كلمة',
          other: '# كلمة',
        })} من اختيارك.`,
    },
    settings: {
      heading: 'إعداداتي',
      security: 'الأمان',
      navigation: 'أقسام الإعدادات',
      sections: 'الأقسام',
      sectionsMenu: (current) => `الانتقال إلى: ${current}`,
      sectionUnavailable: 'تعذّر تنزيل هذا القسم. تحقّق من اتصالك: سيُحمَّل تلقائيًا عند عودتك إلى الاتصال.',
    },
  };
}

/** Arabic with numbers as `ar` writes them (Latin digits), for `registerLocale('ar', ar)`. */
export const ar: Catalog = arabic('ar');
