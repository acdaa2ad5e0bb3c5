### Settings.

settings-title = الإعدادات
settings-language = اللغة
settings-about = حول هذا التطبيق
settings-exit-info = كيف يعمل الخروج السريع
settings-stored-here = تُحفَظ اختياراتك على هذا الجهاز فقط.
settings-not-stored = لا تُحفَظ اختياراتك على هذا الجهاز. عندما تفتح التطبيق من جديد، عليك أن تختارها مرة أخرى.
