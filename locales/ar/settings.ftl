### Settings.

settings-title = الإعدادات
settings-language = اللغة
settings-about = حول هذا التطبيق
settings-exit-info = كيف يعمل الخروج السريع
settings-stored-here = تُحفَظ اختياراتك على هذا الجهاز فقط.
settings-not-stored = لا تُحفَظ اختياراتك على هذا الجهاز. عندما تفتح التطبيق من جديد، عليك أن تختارها مرة أخرى.

## Open as a calculator
settings-disguise-title = فتح التطبيق كآلة حاسبة
settings-disguise-text = يُفتح التطبيق عندها كآلة حاسبة عادية تعمل فعلًا. اكتب رمزك ثم اضغط على = لتفتح التطبيق. مع أي رمز آخر، تحسب الآلة الحاسبة كالمعتاد.
settings-disguise-code = رمزك (من 4 إلى 8 أرقام)
settings-disguise-on = تشغيل
settings-disguise-off = إيقاف
settings-disguise-enabled = الخاصية مفعّلة. احفظ رمزك جيدًا. إذا نسيته، فعليك أن تثبّت التطبيق من جديد، وستضيع يومياتك.
settings-disguise-icon = يبقى اسم التطبيق وأيقونته على الشاشة الرئيسية كما هما. هذا الإصدار لا يستطيع تغييرهما بعد.
settings-disguise-error = اختر رمزًا من 4 إلى 8 أرقام.

## Diary lock
settings-auto-lock = قفل اليوميات بعد
settings-auto-lock-minutes = { $minutes ->
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
       *[other] { $minutes } دقيقة
    }
