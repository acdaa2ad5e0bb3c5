### Eén Entree: screen parts and the start screen.

## Language
# This language's name, in this language. Shown in the language choice.
language-name = العربية
# Decimal separator for numbers.
number-decimal = ,

## Translation
# One line at the bottom of every page, only for a translation not yet reviewed.
translation-unreviewed = هذه الترجمة لم يراجعها بعد شخص لغته الأم هي العربية.
language-unavailable = تعذّر تحميل { $language }، لذلك يظهر التطبيق الآن بالإنجليزية. يمكنك اختيار اللغة مرة أخرى للمحاولة من جديد.
# Label of the language choice at the top of every screen.
language-switch = اللغة

## Navigation
nav-label = القائمة
nav-home = الرئيسية
nav-locator = البحث عن مركز CSG
nav-helplines = خطوط المساعدة
nav-settings = الإعدادات

## Start screen
home-title = المساعدة بعد العنف الجنسي
home-call = الاتصال بالرقم { $number }
home-call-note = مجاني، ليلًا ونهارًا
home-chat = دردشة دون ذكر الاسم
home-chat-note = عبر موقع Centrum Seksueel Geweld
home-about = يقدّم Centrum Seksueel Geweld (CSG، مركز المساعدة بعد العنف الجنسي) المساعدة بعد العنف الجنسي، حتى لو حدث عبر الإنترنت: رعاية طبية ودعم. وإذا أردت تقديم بلاغ إلى الشرطة، فالمركز يساعد في ذلك أيضًا، لكن هذا ليس إلزاميًا. مركز CSG موجود للجميع، من كل الأعمار.
home-seven-days = من الأفضل الاتصال بأسرع ما يمكن، ويُفضَّل خلال أول 3 أيام: بعض الأدوية، مثل أدوية منع الحمل والوقاية من فيروس نقص المناعة (HIV)، لا تفيد إلا في الأيام الأولى. ويمكن توثيق الآثار حتى 7 أيام بعد ما حدث، إذا أردت ذلك. هل مرّ وقت أطول؟ الاتصال مفيد رغم ذلك. لا يفوت الأوان أبدًا على طلب المساعدة.
home-for-others = هل يقلقك أمر شخص آخر؟ هل أنت من الأهل أو الأصدقاء أو المعلّمين؟ يمكنك الاتصال بالرقم نفسه للحصول على نصيحة.
home-danger = في خطر الآن؟ الاتصال بالرقم { $number }

## Sections
section-locator-title = مركز CSG الخاص بك
section-locator-text = أي مركز للمساعدة بعد العنف الجنسي يساعد قرب مكانك؟ يعمل دون إنترنت.
section-helplines-title = كل خطوط المساعدة
section-helplines-text = الشرطة، Veilig Thuis، المساعدة عند الإساءة عبر الإنترنت، وغير ذلك.
section-exit-info-title = خروج سريع
section-exit-info-text = مغادرة التطبيق بلمسة واحدة، وما الذي لا يمحوه ذلك.
section-settings-title = الإعدادات
section-settings-text = اختيار اللغة.

## Unknown page
not-found-title = هذه الصفحة غير موجودة
not-found-text = ربما الرابط قديم أو غير صحيح تمامًا. هل من حاجة إلى مساعدة؟ يمكنك الاتصال أو الدردشة في الأسفل، أو الانتقال إلى الرئيسية.

## After quick exit
neutral-title = الآلة الحاسبة

# The device could not open a call or chat link (no dialler, no browser).
contact-call-failed = تعذّر بدء الاتصال من هذا الجهاز. اتصلي أو اتصل بهذا الرقم بنفسك، مثلًا من هاتف آخر:
contact-open-failed = تعذّر فتح الصفحة من هذا الجهاز. اكتبي أو اكتب العنوان في متصفح بنفسك:
contact-failed-close = إغلاق
