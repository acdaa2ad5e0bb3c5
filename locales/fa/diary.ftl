### Eén Entree: the encrypted diary.

nav-diary = دفتر خاطرات
diary-title = دفتر خاطرات من
diary-honesty = هر یادداشت یک عدد کنترلی از یادداشت قبلی دارد. به این ترتیب می‌بینید که آیا بعداً چیزی تغییر کرده یا حذف شده است. این یک مدرک قانونی قطعی نیست: کسی که رمز عبور شما را بداند، می‌تواند همه چیز را از نو بسازد.

## Create and open
diary-create-intro = بنویسید چه اتفاقی افتاد و حالتان چطور است. همه چیز رمزگذاری‌شده روی همین دستگاه می‌ماند. حسابی وجود ندارد و چیزی به اینترنت فرستاده نمی‌شود. فقط خودتان تصمیم می‌گیرید که چیزی را با کسی به اشتراک بگذارید یا نه.
diary-passphrase = رمز عبور
diary-passphrase-repeat = تکرار رمز عبور
diary-passphrase-hint = دست‌کم { $min } حرف. یک جمله از چند کلمه قوی است و راحت به خاطر می‌ماند. از رمز PIN گوشی‌تان استفاده نکنید.
diary-no-recovery = توجه: هیچ‌کس نمی‌تواند رمز عبور شما را بازیابی کند، حتی ما. اگر آن را فراموش کنید، دیگر هیچ‌کس نمی‌تواند دفتر خاطرات شما را باز کند.
diary-understood = می‌دانم که رمز عبورم قابل بازیابی نیست.
diary-create = ساختن دفتر خاطرات
diary-creating = در حال ساختن کلید…
diary-locked-intro = دفتر خاطرات شما قفل است.
diary-unlock = باز کردن
diary-unlocking = در حال بررسی رمز عبور…
diary-forgot = گوشی جدید دارید؟ اول یک دفتر خاطرات جدید بسازید، بعد دفتر خاطرات ذخیره‌شده‌تان را در آن برگردانید.
diary-lock = قفل کردن

## Passphrase errors
diary-error-short = رمز عبور خیلی کوتاه است. دست‌کم { $min } حرف به کار ببرید.
diary-error-mismatch = دو رمز عبور یکی نیستند.
diary-error-understood = تیک بزنید که می‌دانید رمز عبور قابل بازیابی نیست.
diary-error-wrong = این رمز عبور درست نیست. چیزی تغییر نکرد.
diary-error-wrong-wait = این رمز عبور درست نیست. چیزی تغییر نکرد. { $seconds } ثانیهٔ دیگر می‌توانید دوباره امتحان کنید.
diary-error-wait = { $seconds } ثانیهٔ دیگر صبر کنید و بعد دوباره امتحان کنید.
diary-error-state = الان این کار ممکن نیست. دفتر خاطرات را ببندید و دوباره باز کنید.
diary-error-damaged = بخشی از داده‌های ذخیره‌شده آسیب دیده است. هر چه هنوز خواندنی است، حفظ می‌شود.

## List
diary-chain-ok = { $count ->
    [0] هنوز چیزی برای بررسی نیست.
    [one] یادداشت بررسی شد: چیزی تغییر نکرده یا حذف نشده است.
   *[other] همهٔ { $count } یادداشت بررسی شد: چیزی تغییر نکرده یا حذف نشده است.
}
diary-chain-broken = توجه: ترتیب در { $count ->
        [one] یک جا
       *[other] { $count } جا
    } درست نیست. چیزی تغییر کرده، حذف شده یا آسیب دیده است.
diary-new = یادداشت جدید
diary-kind-incident = چه اتفاقی افتاد
diary-kind-symptoms = حالتان چطور است؟
diary-kind-evidence = عکس یا فایل
diary-kind-online-abuse = آزار آنلاین
diary-search = جست‌وجو در دفتر خاطرات
diary-filter-kind = نوع
diary-filter-all = همه
diary-filter-from = از
diary-filter-to = تا
diary-filter-clear = نمایش همه
diary-empty = هنوز یادداشتی نیست.
diary-count = { $shown } از { $total } یادداشت
diary-more = نمایش بیشتر
diary-versions = ویرایش‌شده ({ $count } نسخه)
diary-checkin-title = بررسی حال ({ $count ->
        [one] یک مقیاس
       *[other] { $count } مقیاس
    })
diary-saved = ذخیره شد.
diary-save-failed = ذخیره نشد. { $reason } متن شما هنوز اینجاست.

## Viewing a note
diary-written = نوشته‌شده در { $when } (زمان دستگاه، قابل تغییر نیست)
diary-written-imported = در { $when } بازگردانده شد. اولین بار در { $original } نوشته شده بود.
diary-history = نسخه‌های قبلی
diary-version = نسخهٔ { $number }، نوشته‌شده در { $when }
diary-edit = ویرایش
diary-edit-title = نسخهٔ جدید (نسخهٔ قدیمی حفظ می‌شود)
diary-close = بستن
diary-replaces = نسخهٔ جدید یادداشت { $seq }.
diary-replaced = بعداً ویرایش شد.
diary-unreadable = یادداشت ناخوانا

## Forms
diary-save = ذخیره
diary-cancel = لغو
diary-field-when = کی
diary-when-exact = تاریخ و ساعت
diary-when-approximately = تقریباً
diary-when-around = حدود { $day }
diary-when-unknown = نمی‌دانم
diary-field-date = تاریخ
diary-field-time = ساعت
diary-field-words = تقریباً کی، با کلمات خودتان
diary-field-place = کجا
diary-field-what = چه اتفاقی افتاد
diary-field-people = چه کسانی در آن دست داشتند
diary-field-witnesses = شاهدان
diary-field-note = یادداشت
diary-field-file = فایل
diary-field-pick = یک عکس یا فایل انتخاب کنید
diary-field-camera = عکس بگیرید
diary-file-note = فایل به‌صورت رمزگذاری‌شده در دفتر خاطرات شما ذخیره می‌شود، نه در گالری عکس‌ها. اگر می‌خواهید، فایل اصلی را خودتان پاک کنید.
diary-field-platform = پلتفرم یا برنامه
diary-field-accounts = نام حساب‌ها
diary-field-urls = لینک‌ها
diary-field-urls-input = لینک‌ها (هر لینک در یک خط)
diary-field-shared = چه چیزی به اشتراک گذاشته یا فرستاده شد
diary-screenshots-note = اسکرین‌شات‌ها را به‌عنوان یادداشت «عکس یا فایل» ذخیره کنید.
diary-helpwanted-text = تصاویری از شما در اینترنت هست؟ Helpwanted رایگان کمک می‌کند تا حذف شوند.
diary-helpwanted-link = رفتن به Helpwanted
diary-sealing = در حال رمزگذاری… { $percent } ٪
diary-size-kb = { $kb } kB
diary-size-mb = { $mb } MB
diary-scale-skip = پاسخ داده نشده
diary-scale-sleep = خواب
diary-scale-sleep-low = ۰ = خیلی بد
diary-scale-sleep-high = ۱۰ = خیلی خوب
diary-scale-anxiety = ترس و اضطراب
diary-scale-anxiety-low = ۰ = هیچ
diary-scale-anxiety-high = ۱۰ = خیلی زیاد
diary-scale-pain = درد
diary-scale-pain-low = ۰ = هیچ
diary-scale-pain-high = ۱۰ = خیلی زیاد
diary-scale-flashbacks = فلش‌بک (زنده شدن دوبارهٔ خاطره)
diary-scale-flashbacks-low = ۰ = هیچ
diary-scale-flashbacks-high = ۱۰ = همیشه
diary-scale-mood = حال روحی
diary-scale-mood-low = ۰ = خیلی غمگین
diary-scale-mood-high = ۱۰ = خیلی خوب

## Form errors
diary-error-empty = اول چیزی بنویسید.
diary-error-too-long = این متن خیلی طولانی است. آن را در دو یادداشت بنویسید.
diary-error-scale = عددی از ۰ تا ۱۰ انتخاب کنید.
diary-error-url = لینک باید با https:// یا http:// شروع شود.
diary-error-date = این تاریخ یا ساعت وجود ندارد.
diary-error-no-date = یک تاریخ وارد کنید، یا «تقریباً» را انتخاب کنید.
diary-error-future = این تاریخ در آینده است.

## Chart
diary-chart-title = حالتان چطور بود
diary-chart-summary = { $count } بار بررسی حال، از { $from } تا { $to }.

## Save and restore
diary-transfer-title = ذخیره یا اشتراک‌گذاری دفتر خاطرات
diary-export-warning = فایل ذخیره‌شده بیرون از حفاظت برنامه است. هر کسی که فایل و رمز عبور آن را داشته باشد، می‌تواند آن را بخواند. آن را در جای امنی نگه دارید.
diary-export-report = گزارش برای چاپ
diary-archive-title = فایل رمزگذاری‌شده
diary-archive-to-passphrase = با رمز عبور
diary-archive-to-key = برای کلید کسی که به او اعتماد دارید (مثلاً وکیلتان)
diary-archive-key = کلید عمومی (با age1 شروع می‌شود)
diary-archive-make = ساختن فایل رمزگذاری‌شده
diary-export-bad-key = این یک کلید عمومی معتبر نیست. کلید با age1 شروع می‌شود.
diary-progress = در حال انجام… { $percent } ٪
diary-download = دانلود { $name }
diary-print = چاپ یا ذخیره به‌صورت PDF
diary-exported-to = ذخیره شد در { $path }
diary-export-done = تمام
diary-transfer-failed = این کار انجام نشد. چیزی در دفتر خاطرات شما تغییر نکرد.
diary-import-title = بازگرداندن دفتر خاطرات ذخیره‌شده
diary-import-text = یادداشت‌های فایل اضافه می‌شوند. چیزی از دفتر خاطرات شما پاک نمی‌شود.
diary-import-file = فایل رمزگذاری‌شده را انتخاب کنید
diary-import-passphrase = رمز عبور فایل
diary-import = بازگرداندن
diary-import-wrong = این رمز عبور این فایل را باز نمی‌کند. چیزی تغییر نکرد.
diary-import-foreign = این فایل، دفتر خاطرات ذخیره‌شدهٔ این برنامه نیست.
diary-import-damaged = فایل آسیب دیده یا ناقص است. چیزی تغییر نکرد.
diary-import-too-large = فایل خیلی بزرگ است.
diary-imported = { $count } یادداشت بازگردانده شد.

## Report
diary-report-title = دفتر خاطرات: گزارش
diary-report-chain-ok = بررسی: همهٔ { $count } یادداشت پشت سر هم هستند؛ چیزی تغییر نکرده یا حذف نشده است. آخرین عدد کنترلی: { $head }
diary-report-chain-broken = بررسی: ترتیب در { $count ->
        [one] یک جا
       *[other] { $count } جا
    } درست نیست. چیزی تغییر کرده، حذف شده یا آسیب دیده است.

## Wipe
diary-wipe = پاک کردن دفترچه
diary-wipe-text = همه چیز در دفترچهٔ شما فوراً و برای همیشه پاک می‌شود: یادداشت‌ها، عکس‌ها و فایل‌ها. بعد از آن هیچ‌کس نمی‌تواند آن را باز کند، حتی با رمز عبور شما. این کار برگشت‌پذیر نیست. فایل‌هایی که بیرون از برنامه ذخیره یا ارسال کرده‌اید باقی می‌مانند.
diary-wipe-confirm = بله، همه را پاک کن
diary-wipe-cancel = نه، نگه دار
diary-wiping = در حال پاک کردن…

## Duress
diary-duress-title = رمز عبور دوم برای مواقع اضطراری
diary-duress-text = آیا کسی شما را مجبور می‌کند دفترچه را باز کنید؟ از این رمز عبور دوم استفاده کنید. یک دفترچهٔ جداگانه و خالی باز می‌شود. دفترچهٔ واقعی شما پنهان و دست‌نخورده می‌ماند. از روی حافظه نمی‌توان فهمید که رمز دومی وجود دارد.
diary-duress-passphrase = رمز عبور دوم
diary-duress-save = ذخیرهٔ رمز عبور دوم
diary-duress-busy = در حال انجام…
diary-duress-set = رمز عبور دوم ذخیره شد.
diary-duress-same = رمزی متفاوت از رمز دفترچهٔ خود انتخاب کنید.
diary-change-title = تغییر رمز عبور
diary-change-text = اگر ممکن است کسی رمز عبورتان را دیده باشد، رمز تازه‌ای انتخاب کنید. یادداشت‌هایتان همان‌طور می‌مانند. پس از آن فقط رمز تازه این دفترچه را باز می‌کند و آن هم قابل بازیابی نیست.
diary-change-current = رمز عبور فعلی
diary-change-new = رمز عبور تازه
diary-change-save = تغییر رمز عبور
diary-change-busy = در حال انجام…
diary-change-done = رمز عبور تغییر کرد. از این پس از رمز تازه استفاده کنید.
diary-change-wrong = این رمز عبور فعلی نیست. چیزی تغییر نکرد.
diary-change-same = رمز تازه‌ای انتخاب کنید که با رمز عبور دوم فرق داشته باشد.

# An export the device hands over (Android's share sheet).
diary-export-ready = فایل آماده است. آن را با برنامه‌ای که به آن اعتماد دارید به اشتراک بگذارید یا در فایل‌هایتان ذخیره کنید. وقتی از برنامه بیرون برود دیگر محافظت نمی‌شود.
diary-export-share = اشتراک یا ذخیره
diary-export-share-failed = اشتراک‌گذاری انجام نشد. در دفترچهٔ شما چیزی تغییر نکرد؛ دوباره امتحان کنید.

## وارد کردن: محدودیت‌ها و بررسی
diary-import-too-costly = رمز این فایل برای باز شدن به { $needed } مگابایت حافظه نیاز دارد؛ این دستگاه می‌تواند تا { $allowed } مگابایت برای این کار استفاده کند. چیزی تغییر نکرد. فایل را روی یک رایانه با rage یا age باز کنید، یا دفترچه را دوباره از برنامهٔ Eén Entree ذخیره کنید که حافظهٔ کمتری می‌خواهد.
diary-error-key-too-costly = کلید این دفترچه برای باز شدن به { $needed } مگابایت حافظه نیاز دارد؛ این دستگاه می‌تواند تا { $allowed } مگابایت برای این کار استفاده کند. برای همین رمز شما امتحان نشد و یک تلاش حساب نمی‌شود. شاید کسی کلید را تغییر داده باشد. چیزی تغییر نکرد.
diary-import-skipped = یادداشت‌هایی که از قبل در دفترچهٔ شما بودند و دوباره اضافه نشدند: { $count }.
diary-import-chain-ok = بررسی: یادداشت‌های فایل ({ $count }) پشت سر هم هستند؛ چیزی تغییر نکرده یا حذف نشده است.
diary-import-chain-broken = بررسی: در { $count } جا یادداشت‌های فایل پشت سر هم نیستند. چیزی قبل یا بعد از ذخیره تغییر کرده، حذف شده یا آسیب دیده است.
