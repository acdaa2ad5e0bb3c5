### Eén Entree: the encrypted diary.

nav-diary = اليوميات
diary-title = يومياتي
diary-honesty = كل ملاحظة تحمل رقم تحقّق من الملاحظة التي قبلها. هكذا ترى إن كان شيء قد تغيّر أو حُذف لاحقًا. هذا ليس دليلًا جنائيًا: من يعرف كلمة المرور يمكنه أن يصنع كل شيء من جديد.

## Create and open
diary-create-intro = اكتب ما حدث وكيف حالك. يبقى كل شيء مشفّرًا على هذا الجهاز. لا يوجد حساب، ولا يُرسَل أي شيء إلى الإنترنت. أنت وحدك تقرّر إن كنت تريد مشاركة شيء.
diary-passphrase = كلمة المرور
diary-passphrase-repeat = كلمة المرور مرة أخرى
diary-passphrase-hint = { $min ->
        [one] حرف واحد
        [two] حرفان
        [few] { $min } أحرف
        [many] { $min } حرفًا
       *[other] { $min } حرف
    } على الأقل. جملة من بضع كلمات قوية وسهلة التذكّر. لا تستخدم رمز PIN الخاص بهاتفك.
diary-no-recovery = انتبه: لا أحد يستطيع استعادة كلمة المرور، ولا نحن أيضًا. إذا نسيتها، فلن يستطيع أحد فتح يومياتك بعد ذلك.
diary-understood = أفهم أن كلمة المرور لا يمكن استعادتها.
diary-create = إنشاء اليوميات
diary-creating = جارٍ إنشاء المفتاح…
diary-locked-intro = يومياتك مقفلة.
diary-unlock = فتح
diary-unlocking = جارٍ التحقق من كلمة المرور…
diary-forgot = هاتف جديد؟ أنشئ أولًا يوميات جديدة، ثم استعد فيها يومياتك المحفوظة.
diary-lock = قفل

## Passphrase errors
diary-error-short = كلمة المرور قصيرة جدًا. استخدم { $min ->
        [one] حرفًا واحدًا
        [two] حرفين
        [few] { $min } أحرف
        [many] { $min } حرفًا
       *[other] { $min } حرف
    } على الأقل.
diary-error-mismatch = كلمتا المرور غير متطابقتين.
diary-error-understood = ضع علامة لتؤكد أنك تفهم أن كلمة المرور لا يمكن استعادتها.
diary-error-wrong = كلمة المرور غير صحيحة. لم يتغيّر شيء.
diary-error-wrong-wait = كلمة المرور غير صحيحة. لم يتغيّر شيء. يمكنك المحاولة مرة أخرى بعد { $seconds ->
        [one] ثانية واحدة
        [two] ثانيتين
        [few] { $seconds } ثوانٍ
       *[other] { $seconds } ثانية
    }.
diary-error-wait = انتظر { $seconds ->
        [one] ثانية واحدة
        [two] ثانيتين
        [few] { $seconds } ثوانٍ
       *[other] { $seconds } ثانية
    }، ثم حاول مرة أخرى.
diary-error-state = لا يمكن فعل ذلك الآن. أغلق اليوميات وافتحها من جديد.
diary-error-damaged = جزء من البيانات المخزّنة تالف. كل ما يمكن قراءته يبقى محفوظًا.

## List
diary-chain-ok = { $count ->
    [0] لا يوجد شيء للفحص بعد.
    [one] تم فحص الملاحظة: لم يتغيّر شيء ولم يُحذف شيء.
    [two] تم فحص الملاحظتين: لم يتغيّر شيء ولم يُحذف شيء.
   *[other] تم فحص كل الملاحظات، وعددها { $count }: لم يتغيّر شيء ولم يُحذف شيء.
}
diary-chain-broken = انتبه: الترتيب غير صحيح في { $count ->
        [one] موضع واحد
        [two] موضعين
        [few] { $count } مواضع
       *[other] { $count } موضعًا
    }. هناك شيء تغيّر أو حُذف أو تلف.
diary-new = ملاحظة جديدة
diary-kind-incident = ما حدث
diary-kind-symptoms = كيف حالك؟
diary-kind-evidence = صورة أو ملف
diary-kind-online-abuse = إساءة عبر الإنترنت
diary-search = ابحث في يومياتك
diary-filter-kind = النوع
diary-filter-all = الكل
diary-filter-from = من
diary-filter-to = حتى
diary-filter-clear = عرض الكل
diary-empty = لا توجد ملاحظات بعد.
diary-count = الملاحظات: { $shown } من { $total }
diary-more = عرض المزيد
diary-versions = عُدّلت (عدد النسخ: { $count })
diary-checkin-title = متابعة الحالة ({ $count ->
        [one] مقياس واحد
        [two] مقياسان
        [few] { $count } مقاييس
       *[other] { $count } مقياسًا
    })
diary-saved = تم الحفظ.
diary-save-failed = لم يُحفَظ. { $reason } نصّك ما زال موجودًا.

## Viewing a note
diary-written = كُتبت في { $when } (وقت الجهاز، لا يمكن تغييره)
diary-written-imported = استُعيدت في { $when }. كُتبت أول مرة في { $original }.
diary-history = النسخ السابقة
diary-version = النسخة { $number }، كُتبت في { $when }
diary-edit = تعديل
diary-edit-title = نسخة جديدة (النسخة القديمة تبقى محفوظة)
diary-close = إغلاق
diary-replaces = نسخة جديدة من الملاحظة رقم { $seq }.
diary-replaced = عُدّلت لاحقًا.
diary-unreadable = ملاحظة لا يمكن قراءتها

## Forms
diary-save = حفظ
diary-cancel = إلغاء
diary-field-when = متى
diary-when-exact = التاريخ والوقت
diary-when-approximately = تقريبًا
diary-when-around = في حدود { $day }
diary-when-unknown = لا أعرف
diary-field-date = التاريخ
diary-field-time = الوقت
diary-field-words = متى تقريبًا، بكلماتك الخاصة
diary-field-place = أين
diary-field-what = ما حدث
diary-field-people = مَن كان متورّطًا
diary-field-witnesses = الشهود
diary-field-note = ملاحظة
diary-field-file = ملف
diary-field-pick = اختر صورة أو ملفًا
diary-field-camera = التقط صورة
diary-file-note = يُحفَظ الملف مشفّرًا في يومياتك، وليس في معرض الصور. احذف الملف الأصلي بنفسك إذا أردت.
diary-field-platform = المنصّة أو التطبيق
diary-field-accounts = أسماء الحسابات
diary-field-urls = الروابط
diary-field-urls-input = الروابط (رابط واحد في كل سطر)
diary-field-shared = ما الذي تمت مشاركته أو إرساله
diary-screenshots-note = احفظ لقطات الشاشة كملاحظة من نوع «صورة أو ملف».
diary-helpwanted-text = هل توجد صور لك على الإنترنت؟ يساعدك Helpwanted مجانًا على إزالتها.
diary-helpwanted-link = الذهاب إلى Helpwanted
diary-sealing = جارٍ التشفير… { $percent } %
diary-size-kb = { $kb } kB
diary-size-mb = { $mb } MB
diary-scale-skip = بلا إجابة
diary-scale-sleep = النوم
diary-scale-sleep-low = 0 = سيئ جدًا
diary-scale-sleep-high = 10 = جيد جدًا
diary-scale-anxiety = الخوف والقلق
diary-scale-anxiety-low = 0 = لا يوجد
diary-scale-anxiety-high = 10 = كثير جدًا
diary-scale-pain = الألم
diary-scale-pain-low = 0 = لا يوجد
diary-scale-pain-high = 10 = كثير جدًا
diary-scale-flashbacks = عودة الذكريات المؤلمة
diary-scale-flashbacks-low = 0 = لا يوجد
diary-scale-flashbacks-high = 10 = طوال الوقت
diary-scale-mood = المزاج
diary-scale-mood-low = 0 = حزين جدًا
diary-scale-mood-high = 10 = جيد جدًا

## Form errors
diary-error-empty = اكتب شيئًا أولًا.
diary-error-too-long = هذا النص طويل جدًا. قسّمه على ملاحظتين.
diary-error-scale = اختر رقمًا من 0 إلى 10.
diary-error-url = يجب أن يبدأ الرابط بـ https:// أو http://.
diary-error-date = هذا التاريخ أو الوقت غير موجود.
diary-error-no-date = أدخل تاريخًا، أو اختر «تقريبًا».
diary-error-future = هذا التاريخ في المستقبل.

## Chart
diary-chart-title = كيف كان حالك
diary-chart-summary = عدد مرات متابعة الحالة: { $count }، من { $from } إلى { $to }.

## Save and restore
diary-transfer-title = حفظ اليوميات أو مشاركتها
diary-export-warning = الملف المحفوظ يكون خارج حماية التطبيق. كل من لديه الملف وكلمة المرور يمكنه قراءته. احفظه في مكان آمن.
diary-export-report = تقرير للطباعة
diary-archive-title = ملف مشفّر
diary-archive-to-passphrase = بكلمة مرور
diary-archive-to-key = لمفتاح شخص تثق به (مثلًا محاميك)
diary-archive-key = المفتاح العام (يبدأ بـ age1)
diary-archive-make = إنشاء ملف مشفّر
diary-export-bad-key = هذا ليس مفتاحًا عامًا صالحًا. المفتاح يبدأ بـ age1.
diary-progress = جارٍ العمل… { $percent } %
diary-download = تنزيل { $name }
diary-print = طباعة أو حفظ كملف PDF
diary-exported-to = حُفظ في { $path }
diary-export-done = تم
diary-transfer-failed = لم ينجح ذلك. لم يتغيّر شيء في يومياتك.
diary-import-title = استعادة يوميات محفوظة
diary-import-text = تُضاف الملاحظات الموجودة في الملف. لا يُحذف شيء من يومياتك.
diary-import-file = اختر الملف المشفّر
diary-import-passphrase = كلمة مرور الملف
diary-import = استعادة
diary-import-wrong = كلمة المرور هذه لا تفتح هذا الملف. لم يتغيّر شيء.
diary-import-foreign = هذا ليس ملف يوميات محفوظًا من هذا التطبيق.
diary-import-damaged = الملف تالف أو غير مكتمل. لم يتغيّر شيء.
diary-import-too-large = الملف كبير جدًا.
diary-imported = { $count ->
        [zero] لم تتم استعادة أي ملاحظة.
        [one] تمت استعادة ملاحظة واحدة.
        [two] تمت استعادة ملاحظتين.
        [few] تمت استعادة { $count } ملاحظات.
       *[other] تمت استعادة { $count } ملاحظة.
    }

## Report
diary-report-title = اليوميات: تقرير
diary-report-chain-ok = الفحص: كل الملاحظات، وعددها { $count }، متتالية دون انقطاع، ولم يتغيّر أو يُحذف شيء. آخر رقم تحقّق: { $head }
diary-report-chain-broken = الفحص: الترتيب غير صحيح في { $count ->
        [one] موضع واحد
        [two] موضعين
        [few] { $count } مواضع
       *[other] { $count } موضعًا
    }. هناك شيء تغيّر أو حُذف أو تلف.

## Wipe
diary-wipe = مسح اليوميات
diary-wipe-text = سيُمسح كل ما في يومياتك فورًا وإلى الأبد: الملاحظات والصور والملفات. لن يستطيع أحد فتحها بعد ذلك، ولا حتى بكلمة المرور الخاصة بك. لا يمكن التراجع عن ذلك. الملفات التي حفظتها أو شاركتها خارج التطبيق تبقى موجودة.
diary-wipe-confirm = نعم، امسح كل شيء
diary-wipe-cancel = لا، احتفظ بها
diary-wiping = جارٍ المسح…

## Duress
diary-duress-title = كلمة مرور ثانية للطوارئ
diary-duress-text = هل عليك أن تفتح يومياتك لأن شخصًا يجبرك؟ استخدم كلمة المرور الثانية هذه. إنها تفتح يوميات منفصلة وفارغة. تبقى يومياتك الحقيقية مخفية ولا يلمسها أحد. لا يظهر في التخزين إن كانت هناك كلمة مرور ثانية.
diary-duress-passphrase = كلمة المرور الثانية
diary-duress-save = احفظ كلمة المرور الثانية
diary-duress-busy = جارٍ العمل…
diary-duress-set = تم حفظ كلمة المرور الثانية.
diary-duress-same = اختر كلمة مرور مختلفة عن كلمة مرور يومياتك.
diary-change-title = تغيير كلمة المرور
diary-change-text = إذا كان أحد قد رأى كلمة مرورك، فاختر كلمة جديدة. تبقى ملاحظاتك كما هي. بعد ذلك لا يفتح هذه اليوميات إلا كلمة المرور الجديدة، ولا يمكن استعادتها أيضًا.
diary-change-current = كلمة المرور الحالية
diary-change-new = كلمة المرور الجديدة
diary-change-save = غيّر كلمة المرور
diary-change-busy = جارٍ العمل…
diary-change-done = تم تغيير كلمة المرور. استخدم الجديدة من الآن.
diary-change-wrong = هذه ليست كلمة المرور الحالية. لم يتغير شيء.
diary-change-same = اختر كلمة مرور جديدة مختلفة عن كلمة المرور الثانية.

# An export the device hands over (Android's share sheet).
diary-export-ready = الملف جاهز. شاركيه أو شاركه مع تطبيق تثقين أو تثق به، أو احفظيه أو احفظه في ملفاتك. لم يعد محميًا بعد أن يغادر التطبيق.
diary-export-share = مشاركة أو حفظ
diary-export-share-failed = لم تنجح المشاركة. لم يتغيّر شيء في يومياتك؛ حاولي أو حاول مرة أخرى.

## الاستيراد: الحدود والتحقق
diary-import-too-costly = كلمة مرور هذا الملف تحتاج إلى { $needed } ميغابايت من الذاكرة لفتحه؛ ويمكن لهذا الجهاز أن يستخدم حتى { $allowed } ميغابايت لذلك. لم يتغير شيء. افتح الملف على حاسوب باستخدام rage أو age، أو احفظ اليوميات من جديد من تطبيق Eén Entree، فهو يحتاج إلى ذاكرة أقل.
diary-error-key-too-costly = مفتاح هذه اليوميات يحتاج إلى { $needed } ميغابايت من الذاكرة لفتحه؛ ويمكن لهذا الجهاز أن يستخدم حتى { $allowed } ميغابايت لذلك. لذلك لم تتم تجربة كلمة المرور ولا تُحسب محاولة. ربما غيّر أحدهم المفتاح. لم يتغير شيء.
diary-import-skipped = ملاحظات كانت موجودة في يومياتك ولم تُضف مرة أخرى: { $count }.
diary-import-chain-ok = تحقق: الملاحظات في الملف ({ $count }) متتالية؛ لم يُغيَّر أو يُحذف شيء.
diary-import-chain-broken = تحقق: في { $count } مواضع لا تتتالى الملاحظات في الملف. تم تغيير شيء أو حذفه أو إتلافه، قبل الحفظ أو بعده.
