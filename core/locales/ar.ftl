## Fieldbook — الفهرس العربي. كل نص يظهر لمن يستخدم التطبيق موجود هنا (الواجهة وسطر الأوامر والأخطاء).
## المفاتيح واحدة في كل اللغات؛ وتتحقق الاختبارات من ألا ينقص أي لغة مفتاح.

app-name = Fieldbook
app-tagline = جلسات استماع مع الحركات الاجتماعية، بأمان ودون اتصال بالإنترنت.
language = اللغة

## فتح القفل والإنشاء
unlock-title = فتح قفل Fieldbook
unlock-lead = ملاحظاتك مشفّرة على هذا الحاسوب. يُرجى إدخال عبارة المرور لفتحها.
unlock-passphrase = عبارة المرور
unlock-button = فتح القفل
unlock-working = جارٍ الفتح…
create-title = إنشاء Fieldbook خاص بك
create-lead = كل ما يُسجَّل هنا يُشفَّر على هذا الحاسوب بعبارة مرور. يُرجى اختيار عبارة يسهل تذكّرها: لا يمكن استعادتها في حال نسيانها.
create-passphrase = عبارة مرور جديدة
create-confirm = تكرار عبارة المرور
create-hint = يجب ألا يقل عدد الأحرف عن { $min }. بضع كلمات لا رابط بينها يسهل تذكّرها ويصعب تخمينها.
create-button = إنشاء وفتح
create-mismatch = عبارتا المرور غير متطابقتين.
lock-button = قفل
data-folder = مجلد البيانات: { $path }

## التنقّل
nav-sessions = الجلسات
nav-movements = الحركات
nav-guides = أدلة الأسئلة
keyboard-hint = المفاتيح: Alt+1…7 للأقسام · Ctrl+Enter لإضافة عنصر · Ctrl+N لجلسة جديدة · / للبحث

## حالة الحفظ
save-saving = جارٍ الحفظ…
save-saved = حُفظت كل التغييرات
save-saved-at = حُفظ الساعة { $time }
save-failed = لم يُحفظ: { $reason }

## قائمة الجلسات
sessions-title = جلسات الاستماع
sessions-new = جلسة جديدة
sessions-search = البحث في الجلسات
sessions-filter-movement = كل الحركات
sessions-filter-status = أي حالة
sessions-empty = لا توجد جلسات استماع بعد. لنبدأ بالاستماع: بإنشاء الجلسة الأولى.
sessions-none-match = لا توجد جلسة تطابق عوامل التصفية هذه.
sessions-count = { $count ->
    [zero] لا توجد جلسات
    [one] جلسة واحدة
    [two] جلستان
    [few] { $count } جلسات
    [many] { $count } جلسة
   *[other] { $count } جلسة
}
col-date = التاريخ
col-title = العنوان
col-movements = الحركات
col-place = المكان
col-participants = الأشخاص
col-status = الحالة
untitled-session = جلسة بلا عنوان

## حالة الجلسة
status-draft = مسودة
status-reviewed = تمت مراجعتها
status-shared_back = أُعيدت نتائجها

## محرّر الجلسة
session-back = كل الجلسات
session-delete = حذف الجلسة
session-delete-confirm = حذف هذه الجلسة وكل ما سُجّل فيها؟
section-details = التفاصيل
section-participants = المشاركون والمشاركات
section-questions = الأسئلة والملاحظات
section-priorities = الأولويات
section-risks = المخاطر
section-support = الدعم المتفق عليه
section-media = الصور والتسجيلات
media-lead = لوحات ورقية (فليب تشارت)، ولوحات التصويت بالنقاط، وتسجيل صوتي، واستمارة موافقة ممسوحة ضوئيًا. تُشفَّر مع كل شيء آخر؛ ويُزال من الصورة موقعها وتفاصيل الكاميرا قبل حفظها. تكون بمستوى «داخلي» ما لم يُختر غير ذلك: يُرجى تصنيف الصورة التي يظهر فيها أشخاص بمستوى «مقيَّد».
media-attach = إرفاق ملفات
media-attaching = { $count ->
    [zero] جارٍ الإرفاق…
    [one] جارٍ إرفاق ملف واحد…
    [two] جارٍ إرفاق ملفين…
    [few] جارٍ إرفاق { $count } ملفات…
    [many] جارٍ إرفاق { $count } ملفًا…
   *[other] جارٍ إرفاق { $count } ملف…
}
media-empty = لم يُرفق أي شيء بعد.
media-drop-hint = يمكن أيضًا سحب الملفات وإفلاتها في هذه النافذة.
media-max-side = تصغير الصور إلى
media-max-side-original = حجمها الأصلي
media-max-side-px = { $px } بكسل
media-view = عرض الصورة
media-listen = استماع
media-size = { $mb } ميغابايت
media-caption = التعليق التوضيحي
media-about = يتعلق بـ
media-about-session = الجلسة كلها
media-in-summary = طباعتها في الملخّص
media-in-summary-hint = تُطبع الصورة في ملخّص الجلسة في النسخ التي يسمح بها مستواها: يُرجى اختيار «إعادة النتائج» لتظهر في نسخة المشاركين والمشاركات.
media-save-copy = حفظ نسخة…
media-saved-copy = حُفظت نسخة من { $file }.
media-limit-title = المرفقات
media-limit-lead = أكبر حجم مسموح به لصورة أو تسجيل صوتي أو ملف PDF يُرفق. وكلما زاد الحد امتلأت ذاكرة USB أسرع.
media-limit-label = ميغابايت كحد أقصى
media-limit-saved = يمكن إرفاق ملفات يصل حجمها إلى { $mb } ميغابايت.
field-title = العنوان
field-starts-at = التاريخ والوقت
field-time-zone = المنطقة الزمنية
field-place = المكان
field-languages = اللغات المستخدمة
field-languages-hint = يُفصل بينها بالفاصلة اللاتينية (,)، مثلًا: العربية, الإنجليزية
field-facilitators = الميسِّرون والميسِّرات
field-facilitators-hint = يُفصل بين الأسماء بالفاصلة اللاتينية (,)
field-movements = الحركات
field-status = الحالة
field-notes = ملاحظات الجلسة
no-movements-yet = لا توجد حركات بعد: يمكن إضافتها في قسم «الحركات».

## المشاركون والمشاركات
participants-lead = يجب تسجيل الموافقة قبل كتابة أي شيء يقوله أي شخص.
participant-add = إضافة مشارك أو مشاركة
participant-name = الاسم
participant-pseudonym = الاسم المستعار
participant-aliases = أسماء أخرى وألقاب
participant-aliases-hint = طرق أخرى لكتابة الاسم والألقاب المستخدمة، يُفصل بينها بالفاصلة (،): يُبحث عنها فيما يُكتب كما يُبحث عن الاسم
mentions-found = أسماء وُجدت هنا:
mention-withheld = { $tier }: يُحجب هذا النص حيثما لا يجوز أن يصل هذا الاسم
mark-name = وضع علامة على أنه اسم
mark-name-of = لمن الاسم «{ $text }»؟
mark-name-save = وضع العلامة
mark-name-cancel = إلغاء
mark-name-none = يُرجى إضافة المشارك أو المشاركة أولًا، ثم وضع علامة على الاسم.
participant-organisation = المنظمة أو المجموعة
participant-org-kind = نوع المجموعة
org-kind-formal = رسمية
org-kind-informal = غير رسمية
participant-role = الدور
consent-record = موافقة على تدوين الملاحظات
consent-quote = موافقة على الاقتباس
consent-named = موافقة على ذكر الاسم في الوثائق المشتركة
at-risk = عرضة للخطر
at-risk-hint = عرضة للخطر: لا يُذكر الاسم أبدًا في أي شيء تتم مشاركته.
participants-empty = لا يوجد مشاركون أو مشاركات بعد.
a-participant = شخص مشارك

## الأسئلة والاقتباسات
questions-lead = الاستماع أولًا: الحركة هي التي تحدد جدول الأعمال.
question-text = السؤال
question-answer = ما قيل
question-add = إضافة سؤال
questions-from-guide = إضافة أسئلة من دليل
questions-from-guide-button = إضافة
quote-add = إضافة اقتباس
quote-text = الاقتباس
quote-by = على لسان
quote-no-consent = (لا موافقة على الاقتباس)
questions-empty = لا توجد أسئلة بعد.

## الأولويات
priority-add = إضافة أولوية
priority-title = الأولوية
priority-theme = المحور
priority-description = التفاصيل
priority-votes = الأصوات
priority-vote-up = إضافة صوت
priority-vote-down = سحب صوت
move-up = نقل إلى الأعلى
move-down = نقل إلى الأسفل
priorities-empty = لا توجد أولويات بعد.

## المخاطر
risk-add = إضافة خطر
risk-description = الخطر
risk-affected = مَن يتأثر به
risk-severity = درجة الخطورة
severity-low = منخفضة
severity-medium = متوسطة
severity-high = مرتفعة
risk-mitigation = تدابير التخفيف المتفق عليها
risks-empty = لم تُسجَّل أي مخاطر.

## الدعم المتفق عليه
support-add = إضافة دعم
support-what = ما الدعم
support-role = دورنا
support-category = نوع الدعم
support-owner = مَن يتولّاه
support-due = موعد الإنجاز
support-status = الحالة
support-requested = طلبته الحركة
supports-empty = لم يُتفق على أي دعم بعد.
role-convener = جهة جامعة
role-ally = حليف
role-resource_partner = شريك في الموارد
role-amplifier = مُعزِّز للصوت
support-status-proposed = مقترح
support-status-agreed = متفق عليه
support-status-in_progress = قيد التنفيذ
support-status-done = مُنجَز
support-status-dropped = مُلغى
value-institutional_capacity = بناء القدرات المؤسسية
value-skills_training = التدريب على المهارات
value-research_documentation = البحث والتوثيق
value-policy_analysis = تحليل السياسات والوصول إلى المعلومات
value-key_concepts = تعزيز المفاهيم الأساسية
value-cross_movement_spaces = مساحات مشتركة بين الحركات
value-facilitating_advocacy = تيسير المناصرة
value-mass_mobilisation = التعبئة الجماهيرية
value-profile_media = تعزيز الحضور والإعلام
value-funding_cost_sharing = الدعم المالي وتقاسم التكاليف
value-legal_support = الدعم القانوني

## الحركات
movements-title = الحركات
movements-lead = الحركات والشبكات الاجتماعية التي نعمل معها.
movement-add = إضافة حركة
movement-name = الاسم
movement-country = البلد
movement-region = المنطقة
movement-sector = القطاع
movement-sector-hint = مثلًا: العمالة المنزلية، حقوق النساء، الحق في الأرض، الشباب
movement-description = الوصف
movements-empty = لا توجد حركات بعد.
movement-delete-confirm = حذف هذه الحركة؟ تحتفظ الجلسات بملاحظاتها.

## الأدلة
guides-title = أدلة الأسئلة
guides-lead = الأسئلة التي تتبعها جلسة الاستماع. تنسخها الجلسات الجديدة؛ وتعديل الدليل لا يغيّر الجلسات السابقة أبدًا.
guide-add = دليل جديد
guide-name = اسم الدليل
guide-language = اللغة
guide-question-add = إضافة سؤال
guide-delete-confirm = حذف هذا الدليل؟ تحتفظ الجلسات بالأسئلة التي طُرحت فيها.
guides-empty = لا توجد أدلة.

## عام
delete = حذف
cancel = إلغاء
confirm = تأكيد
loading = جارٍ التحميل…
choose = اختيار…
none = لا شيء

## الأخطاء (error-<code> لكل رمز خطأ في النواة)
error-wrong-passphrase = عبارة المرور هذه لا تفتح Fieldbook هذا. يُرجى التحقق من لغة لوحة المفاتيح ومن مفتاح Caps Lock، ثم المحاولة مرة أخرى.
error-weak-passphrase = يسهل تخمين عبارة المرور هذه (أو أن عدد أحرفها أقل من { $min }). يُفضَّل استخدام عبارة من أربع كلمات أو أكثر لا رابط بينها، مثل «نهر مصباح برتقال سبعة عشر»: يسهل تذكّرها ويصعب تخمينها. ويُستحسن تجنّب الأسماء والتواريخ واسم التطبيق.
error-no-store = لا يوجد Fieldbook هنا بعد. يجب إنشاؤه أولًا.
error-store-exists = يوجد Fieldbook في هذا المجلد بالفعل. يمكن فتح قفله بدلًا من ذلك.
error-not-a-store = هذا الملف ليس مخزن Fieldbook، أو أنه تالف. يمكن استعادته من نسخة احتياطية أو من حزمة مُصدَّرة.
error-no-encryption = هذا الإصدار لا يستطيع تشفير البيانات، لذلك يرفض تخزين أي شيء. يُرجى تثبيت إصدار رسمي.
error-not-found = هذا السجل لم يعد موجودًا. ربما حُذف.
error-unknown-field = خطأ داخلي: { $detail }
error-invalid-value = لا يمكن حفظ هذه القيمة: { $detail }
error-invalid-document = تتعذّر قراءة المستند: { $detail }
error-disk-full = القرص ممتلئ، لذلك لم يُحفظ أي شيء. يُرجى تحرير بعض المساحة؛ يبقى ما كُتب ظاهرًا على الشاشة إلى أن يمكن حفظه.
error-media-too-large = حجم { $name } هو { $mb } ميغابايت، والحد الأقصى لأي مرفق { $limit } ميغابايت. يُرجى تصغيره (التسجيل بصيغة M4A أو Opus يشغل عُشر مساحة WAV)، أو رفع الحد في قسم «الأمان».
error-media-not-what-it-says = اسم { $name } يدل على ملف { $claimed }، لكنه في الواقع ملف { $found }، لذلك لم يُرفق أي شيء. يُرجى التأكد من اختيار الملف الصحيح.
error-media-unsupported = { $name } ليس صورة أو تسجيلًا صوتيًا أو ملف PDF يستطيع Fieldbook الاحتفاظ به. يُرجى استخدام JPEG أو PNG أو WebP للصور (وللحصول على JPEG تُضبط كاميرا الهاتف على «الأكثر توافقًا»)، أو MP3 أو M4A أو Ogg أو Opus أو WAV أو FLAC أو WebM للتسجيلات، أو PDF.
error-media-damaged = { $reason ->
    [truncated] { $name } ناقص (لم يُنسخ بالكامل)، لذلك لم يُرفق أي شيء. يُرجى نسخه مرة أخرى من الهاتف أو الكاميرا.
    [too-many-pixels] عدد البكسلات في { $name } أكبر مما تنتجه أي كاميرا، لذلك لم يُرفق أي شيء.
    [unreadable-audio] { $name } ليس تسجيلًا صوتيًا يستطيع Fieldbook قراءته، لذلك لم يُرفق أي شيء. يُرجى نسخه مرة أخرى من جهاز التسجيل، أو حفظه بصيغة MP3 أو M4A.
    [changed] تغيّر { $name } أثناء إرفاقه، لذلك لم يُرفق أي شيء. يُرجى المحاولة مرة أخرى بعد انتهاء نسخه.
   *[other] تتعذّر قراءة { $name } (فهو تالف)، لذلك لم يُرفق أي شيء. يُرجى نسخه مرة أخرى من الهاتف أو الكاميرا.
}
error-media-missing = لم يصل الملف { $name } إلى هذا الجهاز بعد. سيصل مع الحزمة التالية من الجهاز الذي يحتفظ به (ما لم تستبعد تلك الحزمة المرفقات).
error-io = تعذّرت قراءة ملف أو الكتابة فيه: { $detail }
error-database = أبلغت قاعدة البيانات عن مشكلة: { $detail }
error-migration = تعذّر تحديث البيانات لتناسب هذا الإصدار من Fieldbook: { $detail }
error-store-too-new = حُفظت هذه البيانات بإصدار أحدث من Fieldbook. لفتحها يلزم تثبيت ذلك الإصدار أو إصدار أحدث منه؛ لم يتغيّر أي شيء.
error-cancelled = توقّفت العملية. لم يتغيّر أي شيء: المخزن كما كان تمامًا من قبل.
error-in-use = نافذة أخرى من Fieldbook تستورد إلى هذه البيانات. يُرجى الانتظار حتى ينتهي الاستيراد ثم المحاولة مرة أخرى؛ لم يتغيّر أي شيء.
error-internal = حدث خلل داخل Fieldbook فتوقّفت العملية؛ لم يتغيّر أي شيء. يُرجى المحاولة مرة أخرى؛ وإذا تكرّر ذلك، يُرجى تدوين ما جرى فعله وإبلاغ جهة الدعم التي تتواصل معها.
error-edits-waiting = ما كُتب أثناء آخر استيراد لم يدخل بياناتك بعد (القرص ممتلئ أو مشغول)، لذلك ينتظر هذا التغيير. يُرجى تحرير بعض المساحة على القرص ثم المحاولة مرة أخرى؛ لم يضِع شيء مما كُتب.
error-locked = Fieldbook مقفل. يجب فتح القفل للمتابعة.
error-unexpected = حدث خطأ: { $detail }

## سطر الأوامر
cli-passphrase-prompt = عبارة مرور Fieldbook:
cli-passphrase-new = عبارة المرور الجديدة:
cli-passphrase-repeat = تكرار عبارة المرور:
cli-created = أُنشئ Fieldbook جديد في { $path }
cli-demo-done = أُضيفت جلسات تجريبية (العدد: { $count }).
cli-put-done = حُفظت الجلسة { $id }

## المزامنة
nav-sync = المزامنة
sync-title = المزامنة
sync-lead = نقل البيانات دون إنترنت: تصدير حزمة مشفّرة وموقّعة إلى ذاكرة USB أو تطبيق مراسلة، واستيراد الحزم من الأجهزة الأخرى.
sync-identity = هذا الجهاز
sync-device = الجهاز
sync-fingerprint = البصمة
sync-fingerprint-hint = تُقرأ هذه البصمة بصوت مسموع على مَن سيعتمد هذا الجهاز جهازًا موثوقًا، مثلًا في مكالمة هاتفية.
sync-recipient = جهة مستلِمة (age)
sync-recipients = الجهات المستلِمة
sync-recipients-lead = تُشفَّر الحزم لهذه المفاتيح: المكتب القطري، ومكتب إقليمي، ومفتاح استرداد خاص بالمنظمة.
sync-recipient-add = إضافة جهة مستلِمة
sync-recipient-label = مَن هي
sync-recipient-key = مفتاح age1…
sync-recipients-empty = لا توجد جهات مستلِمة بعد. يُرجى طلب مفتاح age1… من المكتب القطري.
sync-export = تصدير حزمة
sync-export-full = حزمة كاملة (كل شيء، لا التغييرات فقط)
sync-export-done = كُتبت الحزمة في { $path } (عدد التغييرات: { $count })
sync-import = استيراد حزم
sync-import-starting = جارٍ بدء الاستيراد…
sync-import-reading = جارٍ قراءة الملف { $done } من { $total } والتحقق منه…
sync-import-merging = جارٍ دمج التغييرات: { $done } من { $total }…
sync-import-cancel = إيقاف
job-dismiss = إغلاق
sync-export-starting = جارٍ بدء التصدير…
sync-export-collecting = جارٍ قراءة البيانات: أنواع السجلات { $done } من { $total }…
sync-export-media = جارٍ إضافة الصور والتسجيلات: { $done } من { $total } ميغابايت…
sync-export-cancel = إيقاف
sync-export-stopping = جارٍ الإيقاف: لن يبقى أي ملف…
sync-tables-starting = جارٍ بدء إعداد الجداول…
sync-tables-collecting = جارٍ إعداد الجداول: { $done } من { $total }…
sync-tables-cancel = إيقاف
sync-tables-stopping = جارٍ الإيقاف: لن يُكتب أي ملف…
sync-import-stopping = جارٍ الإيقاف: لن يتغيّر أي شيء…
sessions-showing = يُعرض { $shown } من أصل { $count }
sync-import-done = { $file }: التغييرات المطبَّقة { $applied } من أصل { $changes }، { $conflicts ->
    [zero] دون أي تعارض
    [one] تعارض واحد
    [two] تعارضان
    [few] { $conflicts } تعارضات
    [many] { $conflicts } تعارضًا
   *[other] { $conflicts } تعارض
}
sync-trust-title = جهاز غير معروف
sync-trust-lead = هذه الحزمة موقّعة من جهاز لم يُعتمد بعد جهازًا موثوقًا. يُرجى مطابقة البصمة مع صاحب الجهاز أو صاحبته (مثلًا عبر الهاتف) قبل الوثوق به.
sync-trust-button = الوثوق بهذا الجهاز والاستيراد
sync-trusted = الأجهزة الموثوقة
sync-trusted-empty = لا توجد أجهزة موثوقة بعد.
sync-conflicts = تعارضات للمراجعة
sync-conflicts-empty = لا توجد تعارضات: دُمجت التعديلات التي أُجريت على أجهزة مختلفة دون أي مشكلة.
sync-conflict-local = على هذا الجهاز
sync-conflict-incoming = من الحزمة
sync-conflict-keep = الإبقاء على هذا
sync-conflict-applied = المطبَّق حاليًا
sync-history = سجل الاستيراد
sync-history-newest = أحدث عمليات الاستيراد: { $shown } من أصل { $count }؛ والأمر `fieldbook-cli imports` يعرضها كلها.
sync-history-empty = لم يُستورد أي شيء بعد.
sync-history-line = { $time } · { $file } · طُبِّق { $applied } من { $changes } · التعارضات: { $conflicts } · { $fingerprint }
sync-by = { $device } في { $time }
remove = إزالة

## أخطاء المزامنة
error-bundle = تعذّر إنشاء الحزمة: { $detail }
error-bad-recipient = هذا ليس مفتاح جهة مستلِمة بصيغة age. يجب أن يبدأ بـ age1؛ يُرجى طلب إرساله مرة أخرى من المكتب.
error-no-recipients = لا توجد جهة تُشفَّر لها الحزمة. يمكن إضافة مفتاح age1… الخاص بالمكتب القطري في قسم «المزامنة»، أو التصدير بعبارة مرور.
error-not-a-bundle = هذا الملف ليس حزمة Fieldbook. يُرجى التأكد من اختيار ملف الحزمة الذي أُرسل إليك.
error-bundle-wrong-key = شُفّرت هذه الحزمة لجهاز آخر، لذلك لا يمكن فتحها هنا. يُرجى أن يُطلب من الجهة المرسِلة تصديرها مرة أخرى لمفتاح الجهة المستلِمة الخاص بهذا الجهاز.
error-bundle-wrong-passphrase = عبارة المرور هذه لا تفتح هذه الحزمة.
error-bundle-needs-passphrase = هذه الحزمة محمية بعبارة مرور. يُرجى استيرادها مرة أخرى وإدخال عبارة المرور.
error-bundle-damaged = الحزمة تالفة أو عُدّلت بعد إنشائها، لذلك لم يُستورد أي شيء. يُرجى طلب نسخة جديدة من الجهة المرسِلة. ({ $detail })
error-bundle-bad-signature = توقيع الحزمة غير صالح: فقد عُدّلت أو زُوّرت. لم يُستورد أي شيء.
error-bundle-unknown-signer = الحزمة آتية من جهاز لم يُعتمد بعد جهازًا موثوقًا (البصمة { $fingerprint }). يُرجى مطابقة البصمة مع الجهة المرسِلة، ثم الوثوق بالجهاز: في قسم «المزامنة»، أو بالأمر fieldbook-cli trust add { $fingerprint }.
error-bundle-future-version = أُنشئت هذه الحزمة بإصدار أحدث من Fieldbook (الصيغة { $found }؛ وهذا الإصدار يقرأ حتى الصيغة { $supported }). يُرجى تحديث Fieldbook ثم استيرادها مرة أخرى.
error-bad-fingerprint = هذه ليست بصمة جهاز. تتكوّن البصمة من 16 رمزًا من الحروف والأرقام، مثل ABCD-EFGH-IJKL-MNOP.
error-file = تعذّرت قراءة ملف: { $detail }
error-in-file = { $file }: { $message }

## سطر الأوامر (المزامنة)
cli-bundle-passphrase = عبارة مرور الحزمة:
cli-identity-exported = كُتبت هوية age في { $path }. يجب إبقاؤها سرّية: فهي تفتح كل حزمة تُرسَل إلى هذا الجهاز.
cli-exported = كُتبت التغييرات في { $path } (العدد: { $count }) للجهات المستلِمة: { $recipients }
cli-imported = { $file }: التغييرات المطبَّقة { $applied } من أصل { $changes }، من الجهاز { $fingerprint }؛ التعارضات: { $conflicts }

## ملخّصات الجلسات (الطباعة وPDF)
field-next-check-in = المراجعة الدورية التالية
summary-open = إعادة النتائج…
summary-title = ملخّص لإعادة النتائج
summary-back = العودة إلى الجلسة
summary-audience = النسخة
summary-audience-participants = للمشاركين والمشاركات (إعادة النتائج)
summary-audience-internal = داخلية (ملف المكتب)
summary-language = اللغة
summary-paper = الورق
summary-paper-a4 = A4
summary-paper-letter = Letter (المقاس الأمريكي)
summary-print = طباعة…
summary-save-pdf = حفظ بصيغة PDF…
summary-saved = حُفظ ملف PDF: { $file }
summary-pdf-file = ملخص
summary-preview-hint = هذه المعاينة هي ما سيُطبع، صفحةً صفحة.
summary-banner-participants = تُعاد هذه النتائج إلى الأشخاص الذين شاركوا. لا يُذكر اسم أي شخص طلب عدم ذكره، أو قد يعرّضه ذكرُه للخطر.
summary-banner-internal = داخلي: يتضمن أسماء أشخاص عرضة للخطر ويسجّل المخاطر. يُحفظ في ملف المكتب؛ ولا تجوز مشاركته أبدًا.
summary-when = التاريخ
summary-place = المكان
summary-movements = الحركات
summary-facilitators = يسّر الجلسة
summary-languages = اللغات
summary-next-check-in = المراجعة الدورية التالية
summary-no-check-in = لم يُتفق عليها بعد
summary-participants = مَن شارك
summary-participants-count = { $count ->
    [zero] لم يشارك أحد.
    [one] شارك شخص واحد.
    [two] شارك شخصان.
    [few] شارك { $count } أشخاص.
    [many] شارك { $count } شخصًا.
   *[other] شارك { $count } شخص.
}
summary-pseudonym = الاسم المستعار: { $name }
summary-without = غير مذكور: { $what }
summary-at-risk = عرضة للخطر
summary-someone = شخص مشارك
summary-heard = ما سمعناه
summary-priorities = الأولويات المطروحة
summary-votes = { $votes ->
    [zero] لا أصوات
    [one] صوت واحد
    [two] صوتان
    [few] { $votes } أصوات
    [many] { $votes } صوتًا
   *[other] { $votes } صوت
}
summary-support = الدعم المتفق عليه
summary-support-by = يتولّاه: { $owner }
summary-support-due = الموعد: { $date }
summary-support-requested = بطلب من الحركة
summary-risks = المخاطر التي طُرحت
summary-affected = يؤثر في: { $who }
summary-mitigation = تدابير التخفيف: { $text }
summary-notes = ملاحظات داخلية
summary-pictures = الصور
summary-pictures-left-out = صور اختيرت ولم تُطبع (العدد: { $count }). إنها أكبر من أن تُصغَّر هنا بأمان (JPEG تدريجي أو WebP بأكثر من 24 مليون بكسل). يُرجى حفظها من جديد بصيغة PNG أو JPEG عادية، أو اختيار صور أصغر.
summary-nothing = لم يُسجَّل شيء.
summary-page = الصفحة { $page } من { $pages }
summary-code = رمز التحقق { $code }
cli-passphrase-changed = تغيّرت عبارة المرور. تُستخدم العبارة الجديدة من الآن فصاعدًا؛ أما القديمة فلم تعد تفتح شيئًا.
cli-wipe-unexported = تحذير: هناك تغييرات أُجريت على هذا الجهاز ولم تُصدَّر قط إلى جهة مستلِمة محفوظة (عددها: { $count }). ستضيع.
cli-wipe-confirm = سيؤدي هذا إلى إتلاف Fieldbook الموجود في { $path } (السجلات وسجل التغييرات ومفاتيح هذا الجهاز). للمتابعة يُرجى كتابة WIPE:
cli-wipe-cancelled = لم يُمسح أي شيء.
cli-wipe-needs-yes = لا توجد طرفية تفاعلية: يجب إضافة --yes للمسح دون سؤال.
cli-no-passphrase = لا توجد عبارة مرور: شغّل الأمر في طرفية، أو عيّن { $variable } (للأتمتة فقط).
cli-summary-usage = أعطِ SESSION_ID مع --pdf OUT.pdf، أو --all --out-dir DIR.
cli-map-form = الخيار --map يأخذ COLUMN=FIELD، لا «{ $value }».
cli-map-no-column = لا يوجد في الورقة عمود «{ $column }». أعمدتها: { $columns }.
cli-map-no-field = يمكن للعمود أن يملأ أحد هذه الحقول: { $fields }، لا «{ $field }».
cli-profile-not-created = (لم يُنشأ بعد)
cli-wiped = مُسحت الملفات في { $path } (عددها: { $count }). لم يبقَ على هذا الجهاز أي شيء من Fieldbook هذا.
history-this-device = هذا الجهاز
cli-summary-done = حُفظ { $file } (رمز التحقق { $code })
error-font-missing = يحتوي هذا الملخص على نص بنظام الكتابة { $script }، لكن الخط { $font } غير مثبّت. يُرجى تثبيته (على Debian أو Ubuntu: sudo apt install fonts-noto-core) ثم المحاولة مرة أخرى.
error-no-font-for = لا يوجد خط مثبّت يستطيع عرض بعض أحرف هذا الملخص: { $detail }. يُرجى تثبيت خط Noto لنظام الكتابة هذا، ثم المحاولة مرة أخرى.
error-pdf = تعذّر إنشاء ملف PDF: { $detail }
error-recovery-params = لا يمكن تقسيم مفتاح الاسترداد بحيث يكون عدد الحصص { $have } والعدد المطلوب منها لاستعادته { $need }. يجب أن يكون العدد المطلوب 2 على الأقل، وألا يزيد على عدد الحصص.
error-recovery-share = لا يمكن استخدام حصة الاسترداد هذه: { $detail }.
error-recovery-not-enough = عدد حصص الاسترداد المختلفة المقدَّمة { $have }، لكن العدد المطلوب { $need }. يُرجى طلب ورقة الحصة من أمين آخر أو أمينة أخرى.

## الأمان
nav-security = الأمان
security-title = الأمان
security-lead = حماية ما قاله لك الناس إذا تُرك هذا الحاسوب مفتوحًا أو فُقد أو خضع للتفتيش.
security-autolock = القفل التلقائي
security-autolock-lead = بعد مرور هذه المدة دون كتابة أو استخدام للفأرة، يحفظ Fieldbook ما كُتب، وينسى المفتاح، ويطلب عبارة المرور من جديد.
security-minutes = بالدقائق
security-autolock-saved = { $minutes ->
    [one] يُقفَل Fieldbook الآن بعد دقيقة واحدة دون استخدام.
    [two] يُقفَل Fieldbook الآن بعد دقيقتين دون استخدام.
    [few] يُقفَل Fieldbook الآن بعد { $minutes } دقائق دون استخدام.
    [many] يُقفَل Fieldbook الآن بعد { $minutes } دقيقة دون استخدام.
   *[other] يُقفَل Fieldbook الآن بعد { $minutes } دقيقة دون استخدام.
}
security-autolock-invalid = يُرجى إدخال عدد الدقائق (1 أو أكثر).
security-passphrase = تغيير عبارة المرور
security-passphrase-current = عبارة المرور الحالية
security-passphrase-button = تغيير عبارة المرور
security-passphrase-changed = تغيّرت عبارة المرور. تُستخدم العبارة الجديدة من الآن فصاعدًا.
security-wipe = مسح هذا الجهاز
security-wipe-lead = يُتلف Fieldbook على هذا الحاسوب: كل السجلات وسجل تغييراتها ومفاتيح هذا الجهاز. يُستخدم قبل أن يُؤخذ حاسوب محمول إلى مكان قد يُفتَّش فيه. لا يمكن التراجع عنه؛ ولا يبقى إلا ما صُدِّر في حزم.
security-wipe-unexported = هناك تغييرات أُجريت هنا ولم تُصدَّر قط إلى جهة مستلِمة محفوظة (عددها: { $count }). يُرجى تصدير حزمة أولًا، وإلا ضاعت.
security-wipe-button = مسح Fieldbook من هذا الحاسوب

## مستويات الحساسية
tier-label = درجة الحساسية
tier-share_back = إعادة النتائج
tier-internal = داخلي
tier-restricted = مقيَّد
tier-default = الافتراضي ({ $tier })
tier-hint = ما هو بمستوى «إعادة النتائج» يمكن أن يعود إلى المشاركين والمشاركات؛ و«الداخلي» يبقى لدى فريق العمل؛ و«المقيَّد» لا يصل إلا إلى الجهات المستلِمة المصرَّح لها به.
recipient-recovery = مفتاح الاسترداد
error-above-tier = هذه الجلسة مصنّفة «{ $detail }»، لذلك لا يمكن إنشاء إلا نسخة بهذا المستوى. يُرجى اختيار تلك النسخة، أو تغيير درجة حساسية الجلسة.
error-name-gate = توقّف قبل كتابة أي شيء: الحقل { $field } في { $entity } { $record } يذكر اسم شخص معرّض للخطر. يُرجى تغيير هذا النص، أو وضع علامة على الاسم ليُحجب، ثم المحاولة مرة أخرى.
error-withdrawal-not-applied = لم يُستورد أي شيء: أُنشئت هذه الحزمة قبل أن يطبّق جهازها سحبًا للموافقة، ولم يعد هذا الجهاز يحتفظ بما يلزم لإزالة اسم ذلك الشخص منها. أرسل إلى ذلك الجهاز حزمة من هنا؛ وبعد أن يفتحها، أنشئ عليه حزمة كاملة واستوردها.
summary-audience-restricted = مقيَّدة (لفريق العمل المصرَّح له فقط)
summary-banner-restricted = مقيَّد: يتضمن أسماء أشخاص عرضة للخطر ويسجّل المخاطر. لأفراد فريق العمل المصرَّح لهم بالاطلاع على المحتوى المقيَّد فقط؛ لا يجوز نسخه أو مشاركته أبدًا.
preview-title = ما سيخرج من هذا الجهاز
preview-heading = حزمة موجّهة إلى { $recipients }، بمستوى تصريح يصل إلى { $tier }:
preview-leaves = يخرج من هذا الجهاز (الحقول التي تغيّرت، حسب المستوى):
preview-stays = يبقى على هذا الجهاز (أعلى من مستوى التصريح):
preview-nothing = لا شيء
preview-confirm = تصدير هذه الحزمة
preview-cancel = إلغاء
preview-count = { $count } ×
media-leave-out = اترك الصور والتسجيلات خارج هذه الحزمة (لذاكرة USB صغيرة): سترسل مع الحزمة التالية.
media-leaves = الصور والتسجيلات والمستندات الممسوحة ضوئيًا التي ستخرج: { $count } ({ $mb } ميغابايت)
media-withheld = الصور والتسجيلات والمستندات الممسوحة ضوئيًا المحجوزة (أعلى من مستوى التصريح): { $count }
media-left-out = الصور والتسجيلات والمستندات الممسوحة ضوئيًا المستبعدة من هذه الحزمة (ستُرسَل مع الحزمة التالية التي تحمل المرفقات): { $count } ({ $mb } ميغابايت)
media-not-here = ليس على هذا الجهاز بعد
media-saved = حُفظ { $path } ({ $size } بايت).
media-removed = أُزيل.
media-limit = الحد الأقصى لحجم المرفقات { $mb } ميغابايت.
cli-export-withheld = لم تُدرَج في الحزمة تغييرات في حقول أعلى من مستوى { $tier } (عددها: { $count }).
sync-clearance = مستوى التصريح
sync-recovery = هذا مفتاح الاسترداد الخاص بالمنظمة (يُضاف إلى كل حزمة)
cli-recovery-created = أُنشئ مفتاح الاسترداد: { $recipient }. تُسلَّم لكل أمين أو أمينة ورقة حصة واحدة، ثم تُضاف الجهة المستلِمة على كل جهاز: fieldbook-cli recipients add { $recipient } --recovery --label "مفتاح الاسترداد"
cli-recovery-exists = { $path } موجود بالفعل: يُرجى اختيار ملف آخر باستخدام --out (لا يُكتب فوق أي مفتاح أبدًا).
cli-recovery-restored = استُعيد مفتاح الاسترداد { $recipient } في { $path }. لاستيراد الحزم: fieldbook-cli import --identity { $path } FILE…  يجب إبقاء الملف بعيدًا عن أي اتصال بالشبكة وحذفه عند الانتهاء.
recovery-sheet-title = FIELDBOOK · مفتاح الاسترداد الخاص بالمنظمة · حصة أمين
recovery-sheet-which = الحصة { $index } من { $total }. يكفي جمع أي عدد من الحصص يساوي { $threshold } لاستعادة المفتاح؛ وأي عدد أقل لا يكشف شيئًا.
recovery-sheet-keep = تُحفظ هذه الورقة مطبوعة على الورق في مكان آمن وخاص (لا كصورة على هاتف). ولا تُسلَّم إلا لعملية استرداد وافقت عليها المنظمة.
recovery-sheet-restore = للاستعادة: fieldbook-cli recovery restore share-1.txt share-2.txt … --out recovery-key.txt (أو كتابة الرمز وسيطًا للأمر).
cli-table-exported = كُتبت الجداول في { $path }: عدد الصفوف { $rows }، حتى مستوى { $tier }.
cli-table-withheld = استُبعد ما هو أعلى من مستوى { $tier }: سجلات كاملة عددها { $rows }، وحقول عددها { $cells } (تُركت فارغة).
history-title = سجل التغييرات
history-open = سجل التغييرات
history-lead = كل تغيير في هذه الجلسة وعناصرها: أي جهاز، وأي حقل، ومتى، والقيمة السابقة.
history-empty = لم تُسجَّل أي تغييرات بعد.
history-deleted = محذوف
history-conflict = تعارض
tables-title = جداول للتحليل
tables-lead = كل السجلات في شكل جداول (جدول لكل نوع، بأسماء أعمدة ثابتة وتواريخ بصيغة ISO) لبرنامج جداول بيانات أو أداة إحصائية. يُرجى اختيار أقصى درجة حساسية مسموح بها: يُستبعد كل ما هو أعلى منها.
tables-format = الصيغة
tables-export = تصدير الجداول…
tables-done = كُتبت الجداول في { $path }: عدد الصفوف { $rows } حتى مستوى { $tier }؛ واستُبعدت سجلات أو حقول أعلى منه (عددها: { $withheld }).
tier-field-hint = { $tier }: هذا الحقل أكثر حساسية من العنصر الذي ينتمي إليه (شخص عرضة للخطر، أو اسم لا تجوز مشاركته).
history-when = متى
history-who = الجهاز
history-what = الحقل
history-before = قبل
history-after = بعد

## دورة التعاون: الأدوار، والمراجعات الدورية، وخريطة الجهات الفاعلة، وإعادة النتائج، والبحث، ولوحة المتابعة
nav-search = البحث
nav-dashboard = لوحة المتابعة
print = طباعة…
cycle-date = التاريخ
cycle-notes = ملاحظات
attention-title = بحاجة إلى متابعة
attention-more = …و{ $count } غيرها
checkins-due-title = { $count ->
    [zero] لا مراجعات دورية مستحقة
    [one] مراجعة دورية مستحقة (حركة واحدة)
    [two] مراجعات دورية مستحقة (حركتان)
    [few] مراجعات دورية مستحقة ({ $count } حركات)
    [many] مراجعات دورية مستحقة ({ $count } حركة)
   *[other] مراجعات دورية مستحقة ({ $count } حركة)
}
checkin-due-line = مستحقة منذ { $since } · آخر مراجعة دورية: { $last }
checkin-never = لم تُجرَ قط
overdue-title = { $count ->
   *[other] دعم متأخر عن موعده ({ $count })
}
overdue-line = موعده { $due } ({ $days ->
    [zero] اليوم
    [one] قبل يوم واحد
    [two] قبل يومين
    [few] قبل { $days } أيام
    [many] قبل { $days } يومًا
   *[other] قبل { $days } يوم
}) · { $session }
movement-open = فتح
movement-missing = هذه الحركة لم تعد موجودة (ربما حُذفت على جهاز آخر).
roles-title = دورنا
roles-lead = ما تقدّمه المنظمة لهذه الحركة، بالاتفاق معها: جهة جامعة أو حليف أو شريك في الموارد أو مُعزِّز للصوت. يُسجَّل كل تغيير وسببه.
role-change-add = تسجيل تغيير في الدور
role-since = منذ { $date }
role-none = لم يُتفق على دور بعد.
role-paused = متوقف مؤقتًا: لا دور في الوقت الحالي.
role-change-roles = الأدوار ابتداءً من هذا التاريخ
role-change-reason = سبب التغيير
checkins-title = المراجعات الدورية
checkin-add = إضافة مراجعة دورية
checkin-due-now = حان موعد مراجعة دورية لدورنا (منذ { $since }). يُرجى سؤال الحركة عن سير هذا الدور.
checkin-every = تُعاد مراجعة الدور مع الحركة مرة كل ستة أشهر على الأقل.
checkin-decision = القرار
decision-keep = الإبقاء على الدور
decision-change = تغيير الدور
decision-pause = إيقاف مؤقت
checkin-feedback = ملاحظات الحركة على دورنا
checkin-feedback-hint = بكلمات الحركة نفسها: ما الذي يساعد، وما الذي يعيق.
checkins-empty = لا توجد مراجعات دورية بعد.
actors-title = خريطة الجهات الفاعلة
actors-lead = الأطراف المحيطة بالحركة: منظماتها ونقاباتها وشبكاتها وتجمّعاتها ومجموعاتها غير الرسمية، والمحيط الخارجي (الجهات المانحة، والجهات الرسمية، والمنظمات غير الحكومية الأخرى).
actor-add = إضافة جهة فاعلة
relation-add = إضافة علاقة
actors-empty = لم تُرسم أي جهات فاعلة بعد. تُضاف مجموعات الحركة أولًا، ثم مَن يحيط بها.
actors-edit = تعديل الجهات الفاعلة ({ $actors }) والعلاقات ({ $relations })
actors-list = الجهات الفاعلة
actors-none = لا توجد جهات فاعلة بعد.
actor-name = الاسم
actor-kind = النوع
actor-kind-organisation = منظمة
actor-kind-union = نقابة
actor-kind-network = شبكة
actor-kind-collective = تجمّع
actor-kind-informal_group = مجموعة غير رسمية
actor-kind-funder = جهة مانحة
actor-kind-official = جهة رسمية
actor-kind-ngo = منظمة غير حكومية أخرى
actor-sessions = شاركت في
actor-sessions-none = لا توجد جلسات مع هذه الحركة بعد.
relations-list = العلاقات
relations-empty = لا توجد علاقات بعد.
relation-from = من
relation-kind = العلاقة
relation-to = إلى
relation-member_of = عضو في
relation-allied_with = متحالف مع
relation-tension_with = في توتر مع
relation-funds = يموّل
relation-convenes = يجمع
map-aria = خريطة الجهات الفاعلة: عدد الجهات { $actors }، وعدد العلاقات { $relations }
map-legend-core = جزء من الحركة
map-legend-periphery = المحيط الخارجي
map-legend-informal = غير رسمي
overlaps-title = تجنّب الازدواجية
overlaps-lead = منظمات غير حكومية وشبكات أخرى تجمع الجهات الفاعلة في هذه الحركة. يُستحسن التحدث إليها قبل جمع الأشخاص أنفسهم.
overlaps-convenes = يجمع
overlaps-we-convene = نجمعها نحن أيضًا
overlaps-none = لم تُسجَّل أي منظمة أخرى على أنها تجمع هذه الجهات الفاعلة.
share-backs-title = ما أُعيد من نتائج
share-backs-lead = متى أُعيدت النتائج إلى الحركة، ومع مَن، وبأي شكل.
share-back-add = تسجيل إعادة للنتائج
share-back-form = الشكل
share-form-printed_summary = ملخص مطبوع
share-form-meeting = اجتماع
share-form-message = رسالة
share-form-radio = إذاعة
share-form-other = غير ذلك
share-back-audience = مع مَن
share-back-audience-hint = مثلًا: الجمعية العامة للأعضاء، لجنة التنسيق.
share-back-session = الجلسة
share-backs-empty = لم تُعَد أي نتائج بعد.
search-title = البحث
search-lead = العثور على ما قيل في كل الجلسات: الملاحظات، والإجابات، والاقتباسات، والأولويات، والمخاطر، والدعم.
search-placeholder = كلمات للبحث عنها
search-country = البلد
search-role = دورنا
search-from = من
search-to = إلى
search-hint = تكفي كتابة كلمة أو كلمتين. وكل كلمة تُظهر أيضًا الكلمات الأطول التي تبدأ بها.
search-none = لم يُعثر على شيء.
search-count = { $count ->
    [zero] لا نتائج
    [one] نتيجة واحدة
    [two] نتيجتان
    [few] { $count } نتائج
    [many] { $count } نتيجة
   *[other] { $count } نتيجة
}
search-kind-session = ملاحظات الجلسة
search-kind-question = إجابة
search-kind-quote = اقتباس
search-kind-priority = أولوية
search-kind-risk = خطر
search-kind-support = دعم
dashboard-title = لوحة المتابعة
dashboard-lead = في كل الحركات: ما تعطيه الأولوية، والدعم المتفق عليه، وأين وصل.
dashboard-overdue = دعم متأخر عن موعده
dashboard-checkins-due = مراجعات دورية مستحقة
dashboard-sessions = جلسات
dashboard-themes = الأولويات حسب المحور (الأصوات)
dashboard-support = الدعم المتفق عليه حسب الدور والحالة
dashboard-months = الجلسات في كل شهر
dashboard-no-theme = (بلا محور)
dashboard-empty = لم يُسجَّل شيء بعد.
checkins-none-due = لا توجد مراجعات دورية مستحقة.
cli-checkin-due = مستحقة منذ { $since } (أيام التأخير: { $days }) · آخر مراجعة دورية: { $last }

## صلاحيات الأجهزة: مَن يمكنه تغيير ماذا (المزامنة)
error-bundle-wrong-device = هذه الحزمة موقّعة من الجهاز { $fingerprint } لكنها تدّعي أنها آتية من جهاز آخر ({ $claimed })، لذلك لم يُستورد أي شيء: لا يتحدث أي جهاز أبدًا باسم جهاز آخر. إذا أُعيد تثبيت ذلك الجهاز، فيجب حذفه من الأجهزة الموثوقة ثم الوثوق به من جديد.
error-clock-set-back = تشير ساعة هذا الجهاز إلى { $now }، لكنها أشارت من قبل إلى { $seen }: أي أن تاريخه أُرجع إلى الوراء. يُرجى ضبط التاريخ والوقت ثم الاستيراد مرة أخرى. لم يُستورد أي شيء. إذا كان تاريخ اليوم صحيحًا وكانت الساعة متقدّمة من قبل، فيُرجى تأكيد ذلك («التاريخ صحيح»، أو fieldbook-cli import --clock-is-right)، وإبلاغ المكتب: فالتغييرات السابقة على هذا الجهاز مؤرّخة في المستقبل.
role-field = جهاز ميداني
role-office = مكتب
role-field-can = لا يرسل إلا تغييراته الخاصة. أي تغيير يخفض مستوى (عرضة للخطر، موافقة، درجة حساسية)، أو يكتب فوق شيء أعلى من مستوى تصريحه لم يكتبه هو، ينتظر المراجعة.
role-office-can = يمكنه تمرير تغييرات الأجهزة الأخرى، وتبقى منسوبة إلى من كتبها، ويمكنه البتّ في المستويات.
sync-trust-label = مَن هو (مثلًا «حاسوب أمينة المحمول»)
sync-trust-role = نوعه
sync-trust-clearance = يمكنه التغيير حتى مستوى
sync-trust-label-needed = يجب إعطاء الجهاز اسمًا أولًا، حتى يتمكن سجل التغييرات وقائمة المراجعة من تسميته.
sync-trusted-line = { $role }، يمكنه التغيير حتى مستوى { $clearance }
sync-import-held = { $count ->
    [one] تغيير واحد بانتظار المراجعة في «تعارضات للمراجعة».
    [two] تغييران بانتظار المراجعة في «تعارضات للمراجعة».
    [few] { $count } تغييرات بانتظار المراجعة في «تعارضات للمراجعة».
    [many] { $count } تغييرًا بانتظار المراجعة في «تعارضات للمراجعة».
   *[other] { $count } تغيير بانتظار المراجعة في «تعارضات للمراجعة».
}
sync-import-refused = { $count ->
    [one] رُفض تغيير واحد: { $reason }
    [two] رُفض تغييران: { $reason }
    [few] رُفضت { $count } تغييرات: { $reason }
    [many] رُفض { $count } تغييرًا: { $reason }
   *[other] رُفض { $count } تغيير: { $reason }
}
sync-import-clock = ساعة الجهة المرسِلة متقدّمة { $days ->
    [one] يومًا واحدًا
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}: يُرجى الطلب منها التحقق من التاريخ والوقت.
refusal-not-own-change = لا يجوز لجهاز ميداني أن يرسل إلا تغييراته الخاصة (وستجلب حزمة صاحب التغيير الأصلي باقي التغييرات). إذا كانت الجهة المرسِلة مكتبًا، فيجب الوثوق بها بصفتها مكتبًا.
refusal-forged-as-receiver = فقد وُسمت بأنها صادرة عن هذا الجهاز نفسه، وهو لم يُجرها قط.
review-lowers-tier = بانتظار المراجعة: سيخفض مستوى (شخص عرضة للخطر، أو موافقة، أو اختيار لدرجة الحساسية)، وهو ما لا يستطيع جهاز ميداني فعله وحده.
review-above-clearance = بانتظار المراجعة: يكتب فوق شيء أعلى من مستوى تصريح الجهة المرسِلة لم تكتبه هي.
review-clock-ahead = بانتظار المراجعة: تاريخه بعيد في المستقبل، لذا يُرجَّح أن ساعة الجهة المرسِلة خاطئة. قبوله يحفظ القيمة بتاريخ هذا الجهاز.
sync-review-from = أرسله { $sender }
sync-review-accept = قبول التغيير
sync-review-reject = الإبقاء على القيمة الحالية
sync-review-none = لم يكن موجودًا هنا من قبل
cli-trusted-as = أصبح الجهاز { $fingerprint } موثوقًا بصفته { $role }، ويمكنه التغيير حتى مستوى { $clearance }
cli-import-held = { $file }: عدد التغييرات بانتظار المراجعة: { $count } (fieldbook-cli conflicts list)
cli-import-refused = { $file }: رُفضت تغييرات (عددها: { $count }): { $reason }
cli-import-clock = { $file }: ساعة الجهة المرسِلة متقدّمة (عدد الأيام: { $days })؛ يُرجى الطلب منها التحقق من التاريخ والوقت.
history-relayed = عبر { $device }
history-review = محجوز للمراجعة
sync-clock-is-right = التاريخ صحيح: استيراد
error-bundle-too-large = حجم هذا الملف { $mb } ميغابايت، وهو أكبر من أي حزمة Fieldbook (الحد الأقصى { $limit } ميغابايت)، لذلك لم تتم قراءته. يُرجى التأكد من اختيار الملف الصحيح.
error-path-not-chosen = لا يقرأ Fieldbook ولا يكتب إلا الملفات التي تُختار في نوافذ الملفات الخاصة به، وهذا الملف لم يُختر هناك ({ $detail }). يُرجى اختيار الملف مرة أخرى.

## النشر في قاعدة بيانات المنظمة (docs/federation.md)
error-publish-unreachable = لا يستطيع Fieldbook الوصول إلى قاعدة بيانات المنظمة على { $server }. يُرجى التحقق من العنوان والمنفذ، ومن أن هذا الحاسوب متصل بالشبكة، وأن الخادم يعمل؛ لم يُنشر أي شيء. ({ $detail })
error-publish-auth = لم تقبل قاعدة البيانات على { $server } كلمة مرور المستخدم { $user }. يُرجى التحقق من كلمة المرور مع مَن يدير قاعدة البيانات؛ لم يُنشر أي شيء.
error-publish-tls = تعذّر على Fieldbook إنشاء اتصال آمن بقاعدة البيانات على { $server }، لذلك لم يُرسَل أي شيء. يُرجى التحقق من أن TLS مفعّل على الخادم، وأن sslrootcert يشير إلى ملف شهادة المنظمة. ({ $detail })
error-publish-schema-newer = أُعدّت قاعدة بيانات المنظمة بإصدار أحدث من Fieldbook (إصدار الجداول { $found }؛ وهذا الإصدار يكتب حتى { $supported }). يُرجى تحديث Fieldbook على هذا الحاسوب ثم النشر مرة أخرى؛ لم يُنشر أي شيء.
error-publish-restricted = البيانات المقيَّدة لا تُنشر أبدًا. يُرجى اختيار «إعادة النتائج» أو «داخلي».
error-publish-settings = لا يمكن استخدام إعدادات قاعدة البيانات هذه: { $detail }
error-publish-refused = رفضت قاعدة البيانات عملية النشر، لذلك لم يتغيّر فيها شيء: { $detail }. يُرجى مراجعة مَن يدير قاعدة البيانات (الأذونات، مساحة القرص)، ثم النشر مرة أخرى.
cli-publish-no-database = لا توجد قاعدة بيانات للنشر فيها: يمكن تحديدها بـ --postgres URL (مع إضافة --save لتذكّرها).
cli-publish-password-in-url = يجب عدم تضمين كلمة المرور في سلسلة الاتصال (فسطر الأوامر يظهر لبرامج أخرى وفي سجل أوامر الطرفية): يمكن ضبط PGPASSWORD، أو كتابتها عند الطلب.
cli-publish-password = كلمة مرور { $user } على { $server }:
cli-published = نُشرت البيانات في { $server } (المخطط { $schema }): الصفوف المكتوبة { $written }، والمحذوفة { $removed }؛ ومجموع صفوف هذا المكتب هناك: { $total }.
cli-publish-unchanged = لم يتغيّر شيء منذ آخر نشر في { $server } (المخطط { $schema })؛ ومجموع صفوف هذا المكتب هناك: { $total }.
publish-title = قاعدة بيانات المنظمة
publish-lead = نشر السجلات المدمجة لهذا المكتب في قاعدة بيانات PostgreSQL الخاصة بالمنظمة، حيث تعرض لوحات المتابعة كل البلدان معًا. لا يُنشر إلا ما هو بمستوى «إعادة النتائج» أو «داخلي»؛ أما البيانات المقيَّدة فلا تغادر هذا الجهاز أبدًا.
publish-url = سلسلة الاتصال
publish-url-hint = تُطلب من مَن يدير قاعدة البيانات، دون كلمة المرور: يطلب Fieldbook كلمة المرور في كل مرة ولا يحتفظ بها أبدًا. يُستخدم sslmode=verify-full مع ضبط sslrootcert على ملف شهادة المنظمة.
publish-schema = المخطط (schema)
publish-clearance = النشر حتى مستوى
publish-office-label = اسم هذا المكتب
publish-save = حفظ الإعدادات
publish-saved = حُفظت الإعدادات. يمكن كتابة كلمة مرور قاعدة البيانات والنشر عند الاستعداد.
publish-edit = تغيير الإعدادات
publish-forget = نسيان قاعدة البيانات هذه
publish-password = كلمة مرور قاعدة البيانات
publish-run = نشر
publish-target = المخطط { $schema } · حتى مستوى { $tier }
publish-done = تم النشر: الصفوف المكتوبة { $written }، والمحذوفة { $removed }؛ ومجموع صفوف هذا المكتب في قاعدة بيانات المنظمة: { $total }.
publish-unchanged = لم يتغيّر شيء منذ آخر نشر؛ ومجموع صفوف هذا المكتب في قاعدة بيانات المنظمة: { $total }.
sync-publish-starting = جارٍ الاتصال بقاعدة بيانات المنظمة…
sync-publish-collecting = جارٍ قراءة البيانات: أنواع السجلات { $done } من { $total }…
sync-publish-publishing = جارٍ الكتابة في قاعدة البيانات: أنواع السجلات { $done } من { $total }…
sync-publish-cancel = إيقاف
sync-publish-stopping = جارٍ الإيقاف: تحتفظ قاعدة البيانات بحالتها السابقة…
history-order = الترتيب
history-yes = نعم
history-no = لا
date-day = اليوم
date-month = الشهر
date-year = السنة
date-hour = الساعة
date-minute = الدقيقة
date-clear = مسح التاريخ
date-incomplete = لا يُحفظ حتى تُملأ كل الأجزاء.
date-invalid = لا يوجد تاريخ كهذا (تحقّق من اليوم، ومن سنة من أربعة أرقام). لم يُحفظ.
date-unreadable = لا يمكن عرض التاريخ المحفوظ «{ $value }» هنا؛ ويبقى محفوظًا حتى تُدخل تاريخًا كاملًا.
date-filter-ignored = لا يُستخدم للتصفية حتى يكتمل التاريخ.

## التشغيل الأول، والدفتر التجريبي، وحول البرنامج، والحزم المفتوحة من مدير الملفات
welcome-title = مرحبًا بك في Fieldbook
welcome-lead = يحفظ Fieldbook ملاحظات جلسات الاستماع على هذا الحاسوب مشفّرةً، ولا يشاركها إلا في حزم مشفّرة تُرسَل باختيارك.
welcome-protects = عبارة المرور الخاصة بك تشفّر كل ما يُسجَّل هنا. ودونها لا يستطيع أحد قراءة الملاحظات على هذا الحاسوب، حتى لو فُقد الحاسوب المحمول أو أُخذ.
welcome-no-recovery = لا يستطيع أحد استعادة عبارة مرور منسية: لا Fieldbook ولا مكتبك. وحدها مجموعة استرداد أُعدّت مسبقًا مع زملاء وزميلات موثوق بهم (في قسم «الأمان») يمكنها فتح الملاحظات من جديد.
welcome-sample = الاستكشاف ببيانات تجريبية
welcome-sample-hint = دفتر تجريبي منفصل فيه جلسات خيالية، لتجربة كل الشاشات. كل ما يُجرى هناك لا يمسّ ملاحظاتك الخاصة.
sample-banner = دفتر تجريبي: كل ما هنا خيالي. لا يمكن استيراد أي شيء إليه، ولا تصدير أي شيء منه أو نشره.
sample-leave = العودة إلى دفتري
sample-delete = حذف الدفتر التجريبي
sample-deleted = حُذف الدفتر التجريبي.
error-sample-stays-here = هذا هو الدفتر التجريبي: بياناته خيالية وعبارة مروره علنية، لذلك لا يُستورد إليه شيء ولا يُرسَل منه شيء. للاستيراد أو التصدير أو النشر، يُرجى العودة إلى دفترك الخاص.
about-title = حول Fieldbook
about-version = Fieldbook { $version }
about-licence = برنامج حرّ مرخّص بموجب GNU AGPL، الإصدار 3 أو أي إصدار لاحق. وخطوط Noto المضمّنة فيه مرخّصة بموجب SIL Open Font License 1.1.
about-data-folder = دفترك موجود في { $path }
opened-title = فُتح من ملفاتك
opened-lead = { $count ->
    [zero] لم يُطلب من Fieldbook فتح أي حزمة.
    [one] طُلب من Fieldbook فتح هذه الحزمة. يُرجى التحقق منها، ثم استيرادها أو وضعها جانبًا.
    [two] طُلب من Fieldbook فتح هاتين الحزمتين. يُرجى التحقق منهما، ثم استيرادهما أو وضعهما جانبًا.
    [few] طُلب من Fieldbook فتح { $count } حزم. يُرجى التحقق منها، ثم استيرادها أو وضعها جانبًا.
    [many] طُلب من Fieldbook فتح { $count } حزمة. يُرجى التحقق منها، ثم استيرادها أو وضعها جانبًا.
   *[other] طُلب من Fieldbook فتح { $count } حزمة. يُرجى التحقق منها، ثم استيرادها أو وضعها جانبًا.
}
opened-import = استيراد
opened-dismiss = وضع جانبًا
opened-locked = يُرجى فتح قفل دفترك لاستيراد الحزمة التي فُتحت.

## موافقة تنتقل مع الحزم، وكشوف الحضور، والملفات الشخصية
error-consent-withdrawn = سحب هذا الشخص المشارك موافقته: لا يمكن تسجيل { $what ->
    [quote] اقتباساته
   *[name] اسمه وما يدلّ على هويته
  } مرة أخرى.
error-withdrawal-fixed = يبقى سحب الموافقة كما سُجِّل: لا يمكن تغييره ولا إزالته. لتغطية المزيد، يُرجى تسجيل سحب جديد.
error-sheet = تتعذّر قراءة كشف الحضور { $file }: { $reason }. يُرجى حفظه بصيغة CSV (UTF-8) أو XLSX ثم اختياره مرة أخرى.
error-sheet-rows = في الصفوف { $rows } من الكشف مشكلات، لذلك لم يُستورد أي شيء. يُرجى تصحيحها في الكشف، أو استبعاد ذلك العمود، ثم الاستيراد مرة أخرى.
error-no-profile = لا يوجد هنا ملف شخصي باسم { $name }. يُرجى اختيار ملف من القائمة، أو إضافته.
error-profile-exists = يوجد ملف شخصي باسم { $name } بالفعل. يُرجى اختيار اسم آخر.
error-profile-name = يجب ألا يكون اسم الملف الشخصي فارغًا، وألا يزيد على { $max } من الأحرف. ولا حاجة إلى أن يكشف هويتك: يكفي لون أو كلمة يسهل تمييزها.
refusal-withdrawal-fixed = فهي كانت ستغيّر سحبًا للموافقة، وسحب الموافقة يبقى كما سُجِّل.
refusal-withdrawal-not-participant = تسحب الموافقة عن سجلّ ليس لمشارك أو مشاركة؛ لا يسحب الموافقة إلا المشاركون والمشاركات، لذلك لم يُمحَ شيء.
scope-named = ذكر الاسم
scope-quoted = الاقتباس
scope-all = أي تدوين
withdrawal-recorded = سُجِّل سحب الموافقة ({ $scope }): يُمحى ما يشمله نهائيًا على هذا الجهاز، وعلى كل جهاز يتلقّاه. المعرّف: { $id }
withdrawal-applied = طُبِّق في { $at }
withdrawal-waiting = لم يُطبَّق بعد
withdrawal-names-kept = يحتفظ هذا الجهاز بأثر مُشفَّر للاسم، لإزالته من الحزم التي أُنشئت قبل السحب، إلى أن يرسل كل جهاز موثوق كل ما كان لديه قبل تطبيقه.
withdrawal-names-forgotten = لم يعد هذا الجهاز يحتفظ بشيء من الاسم منذ { $at }.
sheet-row = الصف
sheet-error-no-name = لا اسم ولا اسم مستعار
sheet-error-not-yes-no = «{ $value }» ليست إجابة بنعم أو لا
sheet-error-not-org-kind = «{ $value }» لا تعني رسمية ولا غير رسمية
sheet-error-too-long = الخلية طويلة جدًا
sheet-error-control-character = تحتوي الخلية على محارف تحكّم أو محارف غير مرئية (هل حُفظ الملف بترميز آخر؟)
sheet-dry-run = سيُضاف مشاركون ومشاركات (العدد: { $count })، والمشكلات: { $errors }. لم يتغيّر أي شيء.
sheet-imported = أُضيف مشاركون ومشاركات (العدد: { $count }).
profile-added = أُضيف الملف الشخصي { $name }، وله مخزنه وعبارة مروره الخاصّان به.
history-erased = (مُحيت القيم: سحب الشخص المشارك موافقته)
a-participant-withdrawn = شخص مشارك (سُحبت الموافقة)
history-erased-value = ممحوّ
history-erased-badge = سُحبت الموافقة
withdrawn-what = سُحبت الموافقة على { $scope }. يُمحى ما كانت تشمله نهائيًا هنا وعلى كل جهاز يتلقّى هذا السحب.
withdraw-open = سحب الموافقة
withdraw-title = سحب الموافقة
withdraw-lead = ما الذي يسحبه هذا الشخص؟ يُمحى ما يشمله السحب نهائيًا على هذا الحاسوب المحمول الآن، وعلى كل جهاز تصل إليه حزمك، بما في ذلك ما نُسخ من قبل. لا يمكن التراجع عن ذلك. ويظل هذا الشخص محسوبًا بين المشاركين والمشاركات.
withdraw-named-hint = اسمه ومنظمته ودوره، واسمه أينما كُتب في ملاحظات هذه الجلسة.
withdraw-quoted-hint = كل ما اقتُبس من كلامه.
withdraw-all-hint = كلاهما، إضافة إلى اسمه المستعار وأي صورة أو مستند ممسوح ضوئيًا يخصّه. ولا يبقى إلا بوصفه «شخص مشارك (سُحبت الموافقة)».
withdraw-by = مَن سجّله (اسم أو أحرف أولى؛ يمكن تركه فارغًا)
withdraw-note = ملاحظة (كيف طلب ذلك؛ دون ذكر اسمه أبدًا)
withdraw-confirm = المحو الآن
sheet-import = استيراد كشف حضور
sheet-title = مشاركون ومشاركات من كشف حضور
sheet-lead = يُرجى اختيار ما يحتويه كل عمود. لا تُحتسب الموافقة إلا حيث يقول العمود «نعم»؛ والخلية الفارغة تعني «لا». لا يُضاف أي شيء حتى تصبح كل الصفوف صحيحة.
sheet-ignore = (استبعاد)
sheet-add = إضافة المشاركين والمشاركات ({ $count })
sheet-more = …وصفوف أخرى عددها { $count }.
withdrawals-title = حالات سحب الموافقة
withdrawals-lead = كل سحب للموافقة يمحو ما يشمله نهائيًا على كل جهاز يتلقّاه. والجهاز الذي لم يطبّقه بعد لم يتلقّه: يُرجى إرسال حزمة إليه.
withdrawals-line = { $date }: سُحبت الموافقة على { $scope }
profile-label = الملف الشخصي
profile-first = الملف الشخصي الأول
profile-not-created = لم يُنشأ بعد
profile-new = هل يستخدم هذا الحاسوب المحمول ميسِّر آخر أو ميسِّرة أخرى؟ إضافة ملف شخصي
profile-new-label = اسم الملف الشخصي
profile-new-hint = كلمة أو لون يسهل تمييزه. لا حاجة إلى أي شيء يكشف هويتك. لكل ملف شخصي ملاحظاته وعبارة مروره الخاصة.
profile-add = إضافة الملف الشخصي
profile-drop = إزالة الملف الشخصي الفارغ { $name }
error-profile-while-open = يجب قفل Fieldbook أولًا، ثم اختيار ملف شخصي أو إضافته.
