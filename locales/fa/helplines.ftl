### Helplines. Numbers come from assets/data/helplines.json, never from this text.

helplines-title = خطوط کمک
helplines-call-log = توجه: وقتی تماس می‌گیرید، این تماس بعداً در فهرست تماس‌های گوشی‌تان دیده می‌شود. اگر امن‌تر است، آن را از آنجا پاک کنید. مطمئن نیستید؟ از گوشی‌ای استفاده کنید که امن است.

contact-call = تماس با { $number }
contact-chat = چت
contact-chat-note = وب‌سایت آن‌ها باز می‌شود
cost-free = رایگان
cost-local = هزینهٔ عادی تماس
hours-always = شب و روز، هر روز
hours-every-day = هر روز، از { $from } تا { $to }
hours-weekdays = دوشنبه تا جمعه، از { $from } تا { $to }
hours-unverified = { $hours } (هنوز در منبع بررسی نشده)
helpline-unverified = هنوز نتوانسته‌ایم همهٔ اطلاعات این خط کمک را در منبع بررسی کنیم. اگر شک دارید، به وب‌سایت خودشان نگاه کنید.

helpline-emergency-name = شمارهٔ اضطراری 112
helpline-emergency-purpose = وقتی خطر فوری وجود دارد، یا همین حالا به کمک پلیس یا آمبولانس نیاز است.
helpline-csg-name = Centrum Seksueel Geweld (مرکز کمک پس از خشونت جنسی)
helpline-csg-purpose = پس از خشونت جنسی، از جمله در فضای آنلاین. برای قربانیان، نزدیکان آن‌ها و متخصصان.
helpline-veilig-thuis-name = Veilig Thuis (امنیت در خانه)
helpline-veilig-thuis-purpose = در موارد خشونت خانگی و کودک‌آزاری. می‌توانید ناشناس تماس بگیرید.
helpline-slachtofferhulp-name = Slachtofferhulp Nederland (کمک به قربانیان)
helpline-slachtofferhulp-purpose = حمایت و کمک عملی پس از یک جرم.
helpline-suicide-prevention-name = 113 Zelfmoordpreventie (پیشگیری از خودکشی)
helpline-suicide-prevention-purpose = اگر به خودکشی فکر می‌کنید، یا نگران کسی هستید.
helpline-helpwanted-name = Helpwanted (Offlimits)
helpline-helpwanted-purpose = برای سوءاستفادهٔ آنلاین، مثل پخش شدن تصاویر برهنه. آن‌ها می‌توانند کمک کنند تصاویر حذف شوند. Helpwanted بخشی از Offlimits است.
helpline-fier-name = Fier
helpline-fier-purpose = چت با مددکاران دربارهٔ خشونت و آزار.
helpline-police-name = پلیس (غیر اضطراری)
helpline-police-purpose = برای شکایت کردن. خوب است بدانید: شکایتی که ثبت شد را نمی‌توان پس گرفت. و بعد از گفتگو با پلیس، دادستانی گاهی می‌تواند بدون شکایت هم تحقیقات را شروع کند. مطمئن نیستید؟ اول از CSG مشورت بگیرید.
helpline-kindertelefoon-name = De Kindertelefoon (تلفن کودکان)
helpline-kindertelefoon-purpose = برای کودکان و نوجوانان ۸ تا ۱۸ ساله، دربارهٔ هر چیزی که شما را ناراحت می‌کند.
