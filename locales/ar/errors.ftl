### Error messages: what went wrong and what you can do.

err-store-unavailable = لا يمكن حفظ اختياراتك على هذا الجهاز. لكن التطبيق يعمل بشكل عادي.
err-store-corrupt = تعذّرت قراءة اختياراتك المحفوظة. يستخدم التطبيق الإعدادات الافتراضية من جديد. لم تفقد أي شيء آخر.
