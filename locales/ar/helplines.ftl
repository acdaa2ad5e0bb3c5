### Helplines. Numbers come from assets/data/helplines.json, never from this text.

helplines-title = خطوط المساعدة
helplines-call-log = تنبيه: بعد أي اتصال، تظهر المكالمة في سجل المكالمات في الهاتف. يمكن حذفها من هناك إذا كان ذلك أكثر أمانًا. وعند الشك، الأفضل استخدام هاتف آمن.

contact-call = الاتصال بالرقم { $number }
contact-chat = دردشة
contact-chat-note = يفتح موقعهم الإلكتروني
cost-free = مجاني
cost-local = تكلفة المكالمة العادية
hours-always = ليلًا ونهارًا، كل يوم
hours-every-day = كل يوم، من { $from } إلى { $to }
hours-weekdays = من الاثنين إلى الجمعة، من { $from } إلى { $to }
hours-unverified = { $hours } (لم يُتحقَّق منه بعد عند المصدر)
helpline-unverified = لم نتمكن بعد من التحقق من كل معلومات خط المساعدة هذا عند المصدر. عند الشك، يمكن النظر في موقعهم الإلكتروني.

helpline-emergency-name = رقم الطوارئ 112
helpline-emergency-purpose = عند وجود خطر مباشر، أو عند الحاجة الآن إلى مساعدة الشرطة أو سيارة الإسعاف.
helpline-csg-name = Centrum Seksueel Geweld (مركز المساعدة بعد العنف الجنسي)
helpline-csg-purpose = بعد العنف الجنسي، بما في ذلك عبر الإنترنت. للضحايا والمقرّبين منهم والمهنيين.
helpline-veilig-thuis-name = Veilig Thuis (الأمان في البيت)
helpline-veilig-thuis-purpose = في حالات العنف المنزلي وإساءة معاملة الأطفال. الاتصال ممكن دون ذكر الاسم.
helpline-slachtofferhulp-name = Slachtofferhulp Nederland (مساعدة الضحايا)
helpline-slachtofferhulp-purpose = دعم ومساعدة عملية بعد التعرّض لجريمة.
helpline-suicide-prevention-name = 113 Zelfmoordpreventie (الوقاية من الانتحار)
helpline-suicide-prevention-purpose = عند التفكير في الانتحار، أو عند القلق على شخص ما.
helpline-helpwanted-name = Helpwanted (Offlimits)
helpline-helpwanted-purpose = في حالات الإساءة عبر الإنترنت، مثل صور عارية يتم تداولها. يمكنهم المساعدة في إزالة الصور. Helpwanted جزء من Offlimits.
helpline-fier-name = Fier
helpline-fier-purpose = دردشة مع مختصين في المساعدة حول العنف والإساءة.
helpline-police-name = الشرطة (لغير الحالات الطارئة)
helpline-police-purpose = لتقديم بلاغ. من المفيد معرفة أن البلاغ المقدَّم لا يمكن سحبه. وبعد حديث مع الشرطة، يمكن للنيابة العامة أحيانًا أن تبدأ تحقيقًا حتى دون بلاغ. هل عندك تردد؟ يمكنك أولًا طلب النصيحة من مركز CSG.
helpline-kindertelefoon-name = De Kindertelefoon (هاتف الأطفال)
helpline-kindertelefoon-purpose = للأطفال والشباب من عمر 8 إلى 18 سنة، عن كل ما يضايق أو يشغل البال.
