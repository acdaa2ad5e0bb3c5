### Settings.

settings-title = تنظیمات
settings-language = زبان
settings-about = دربارهٔ این برنامه
settings-exit-info = خروج سریع چطور کار می‌کند
settings-stored-here = انتخاب‌های شما فقط روی همین دستگاه ذخیره می‌شود.
settings-not-stored = انتخاب‌های شما روی این دستگاه ذخیره نمی‌شود. وقتی برنامه را دوباره باز می‌کنید، باید دوباره آن‌ها را انتخاب کنید.

## Open as a calculator
settings-disguise-title = باز شدن به‌صورت ماشین‌حساب
settings-disguise-text = در این حالت، برنامه مثل یک ماشین‌حساب معمولی باز می‌شود که واقعاً کار می‌کند. کد خود را وارد کنید و بعد = را بزنید تا برنامه باز شود. با هر کد دیگری، ماشین‌حساب به‌طور عادی حساب می‌کند.
settings-disguise-code = کد شما (۴ تا ۸ رقم)
settings-disguise-on = روشن کردن
settings-disguise-off = خاموش کردن
settings-disguise-enabled = روشن است. کدتان را خوب به خاطر بسپارید. اگر آن را فراموش کنید، باید برنامه را دوباره نصب کنید و دفتر خاطرات شما از بین می‌رود.
settings-disguise-icon = نام و آیکون برنامه در صفحهٔ اصلی گوشی همان‌طور می‌ماند. این نسخه هنوز نمی‌تواند آن‌ها را تغییر دهد.
settings-disguise-error = کدی با ۴ تا ۸ رقم انتخاب کنید.

## Diary lock
settings-auto-lock = قفل شدن دفتر خاطرات بعد از
settings-auto-lock-minutes = { $minutes } دقیقه
