### Settings.

settings-title = تنظیمات
settings-language = زبان
settings-about = دربارهٔ این برنامه
settings-exit-info = خروج سریع چطور کار می‌کند
settings-stored-here = انتخاب‌های شما فقط روی همین دستگاه ذخیره می‌شود.
settings-not-stored = انتخاب‌های شما روی این دستگاه ذخیره نمی‌شود. وقتی برنامه را دوباره باز می‌کنید، باید دوباره آن‌ها را انتخاب کنید.
