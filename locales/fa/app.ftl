### Eén Entree: screen parts and the start screen.

## Language
# This language's name, in this language. Shown in the language choice.
language-name = فارسی
# Decimal separator for numbers.
number-decimal = ٫

## Translation
# One line at the bottom of every page, only for a translation not yet reviewed.
translation-unreviewed = این ترجمه هنوز توسط کسی که زبان مادری‌اش فارسی است بررسی نشده است.
language-unavailable = { $language } بارگیری نشد، برای همین برنامه فعلاً به انگلیسی است. برای تلاش دوباره، زبان را دوباره انتخاب کنید.
# Label of the language choice at the top of every screen.
language-switch = زبان

## Navigation
nav-label = منو
nav-home = خانه
nav-locator = یافتن CSG
nav-helplines = خطوط کمک
nav-settings = تنظیمات

## Start screen
home-title = کمک پس از خشونت جنسی
home-call = تماس با { $number }
home-call-note = رایگان، شبانه‌روزی
home-chat = چت ناشناس
home-chat-note = از طریق وب‌سایت Centrum Seksueel Geweld
home-about = Centrum Seksueel Geweld (CSG، مرکز کمک پس از خشونت جنسی) پس از خشونت جنسی به شما کمک می‌کند، حتی اگر در فضای آنلاین اتفاق افتاده باشد. مراقبت پزشکی و حمایت دریافت می‌کنید. می‌خواهید به پلیس شکایت کنید؟ در این کار هم به شما کمک می‌کنند، اما اجباری نیست. CSG برای همه است، در هر سنی.
home-seven-days = هرچه زودتر تماس بگیرید، بهتر است ظرف ۳ روز اول: بعضی داروها، مثل داروهای پیشگیری از بارداری و اچ‌آی‌وی، فقط در روزهای اول اثر دارند. اگر بخواهید، آثار را تا ۷ روز بعد هم می‌توان ثبت کرد. بیشتر گذشته است؟ باز هم تماس بگیرید. برای کمک هیچ‌وقت دیر نیست.
home-for-others = نگران کس دیگری هستید؟ پدر یا مادر، دوست یا معلم هستید؟ می‌توانید برای مشورت با همین شماره تماس بگیرید.
home-danger = در خطر هستید؟ با { $number } تماس بگیرید

## Sections
section-locator-title = CSG خود را پیدا کنید
section-locator-text = کدام مرکز کمک پس از خشونت جنسی در نزدیکی شما کمک می‌کند؟ بدون اینترنت کار می‌کند.
section-helplines-title = همهٔ خطوط کمک
section-helplines-text = پلیس، Veilig Thuis، کمک در برابر آزار آنلاین و موارد دیگر.
section-exit-info-title = خروج سریع
section-exit-info-text = چطور با یک لمس از برنامه خارج شوید، و چه چیزهایی پاک نمی‌شود.
section-settings-title = تنظیمات
section-settings-text = انتخاب زبان.

## Unknown page
not-found-title = این صفحه وجود ندارد
not-found-text = شاید لینک قدیمی است یا کاملاً درست نیست. کمک لازم دارید؟ پایین همین صفحه تماس بگیرید یا چت کنید، یا به «خانه» بروید.

## After quick exit
neutral-title = ماشین‌حساب

# The device could not open a call or chat link (no dialler, no browser).
contact-call-failed = از این دستگاه نمی‌توان تماس گرفت. خودتان این شماره را بگیرید، مثلاً با یک تلفن دیگر:
contact-open-failed = این صفحه از این دستگاه باز نمی‌شود. نشانی را خودتان در یک مرورگر بنویسید:
contact-failed-close = بستن
