### Helplines. Numbers come from assets/data/helplines.json, never from this text.

helplines-title = خطوط المساعدة
helplines-call-log = تنبيه: عندما تتصل، تظهر المكالمة بعد ذلك في سجل المكالمات في هاتفك. احذفها من هناك إذا كان ذلك أكثر أمانًا. هل عندك شك؟ استخدم هاتفًا آمنًا.

contact-call = اتصل بالرقم { $number }
contact-chat = دردشة
contact-chat-note = يفتح موقعهم الإلكتروني
cost-free = مجاني
cost-local = تكلفة المكالمة العادية
hours-always = ليلًا ونهارًا، كل يوم
hours-evenings = في المساء وفي الليل
helpline-unverified = لم نتمكن بعد من التحقق من كل معلومات خط المساعدة هذا عند المصدر. إذا كان عندك شك، فانظر في موقعهم الإلكتروني.

helpline-emergency-name = رقم الطوارئ 112
helpline-emergency-purpose = عند وجود خطر مباشر، أو عند الحاجة الآن إلى مساعدة الشرطة أو سيارة الإسعاف.
helpline-csg-name = Centrum Seksueel Geweld (مركز المساعدة بعد العنف الجنسي)
helpline-csg-purpose = بعد العنف الجنسي، بما في ذلك عبر الإنترنت. للضحايا والمقرّبين منهم والمهنيين.
helpline-veilig-thuis-name = Veilig Thuis (الأمان في البيت)
helpline-veilig-thuis-purpose = في حالات العنف المنزلي وإساءة معاملة الأطفال. يمكنك الاتصال دون ذكر اسمك.
helpline-slachtofferhulp-name = Slachtofferhulp Nederland (مساعدة الضحايا)
helpline-slachtofferhulp-purpose = دعم ومساعدة عملية بعد التعرّض لجريمة.
helpline-suicide-prevention-name = 113 Zelfmoordpreventie (الوقاية من الانتحار)
helpline-suicide-prevention-purpose = إذا كنت تفكر في الانتحار، أو يقلقك أمر شخص ما.
helpline-helpwanted-name = Helpwanted
helpline-helpwanted-purpose = في حالات الإساءة عبر الإنترنت، مثل صور عارية يتم تداولها. يمكنهم المساعدة في إزالة الصور من الإنترنت.
helpline-fier-name = Fier
helpline-fier-purpose = دردشة مع مختصين في المساعدة حول العنف والإساءة.
helpline-police-name = الشرطة (لغير الحالات الطارئة)
helpline-police-purpose = لتقديم بلاغ، أو للسؤال عمّا يعنيه تقديم البلاغ.
helpline-kindertelefoon-name = De Kindertelefoon (هاتف الأطفال)
helpline-kindertelefoon-purpose = للأطفال والشباب من عمر 8 إلى 18 سنة، عن كل ما يضايقك أو يشغل بالك.
