### Eén Entree: information pages. Their structure is in assets/data/info.json. Numbers, article numbers and dates come from the data, never from this text.

## Shared
info-sections-title = معلومات
info-article = اتفاقية إسطنبول، المادة { $article }
info-unverified = لم نتمكن بعد من التحقق من هذا الجزء عند المصدر. إذا كان عندك شك، فاسأل كيف ينطبق ذلك على حالتك.
info-in-force = اتفاقية إسطنبول سارية في هولندا منذ { $date }.
info-read-aloud = قراءة هذه الصفحة بصوت عالٍ
info-stop-reading = إيقاف القراءة

## What now?
info-now-title = ماذا الآن؟
info-now-summary = الأمان، والمساعدة في الأيام الأولى، والحفاظ على الآثار.
info-now-intro = حدث شيء ما ولا تعرف جيدًا ماذا تفعل؟ هنا تقرأ ما يمكن أن يساعدك الآن. خذ وقتك: لا داعي لفعل كل شيء في وقت واحد.

info-now-safe-heading = أولًا: هل أنت في أمان؟
info-now-safe-text-1 = سلامتك أهم من أي شيء. هل أنت في خطر الآن، أو هل أُصيب أحد إصابة خطيرة؟ اتصل إذن بالرقم { $emergency }.
info-now-safe-text-2 = هل أنت في مكان آمن؟ خذ نفَسًا. ابحث عن شخص تثق به، إذا أردت ذلك.

info-now-call-heading = اتصل أو دردش مع Centrum Seksueel Geweld
info-now-call-text-1 = اتصل بالرقم { $csg }. الاتصال مجاني، ويمكنك الاتصال ليلًا ونهارًا. هل تفضّل عدم الكلام؟ إذن دردش دون ذكر اسمك عبر موقع مركز CSG.
info-now-call-text-2 = عندما تتصل، يسألك مركز CSG عن اسمك ورقم هاتفك ومكان وجودك. بعد ذلك تتحدث مع شخص من مركز CSG في منطقتك. هذا الشخص يخبرك إلى أين يمكنك الذهاب. لذلك اتصل أولًا، قبل أن تذهب إلى أي مكان.

info-now-seven-days-heading = لماذا الأيام السبعة الأولى مهمة
info-now-seven-days-text-1 = الأفضل أن تتصل خلال 7 أيام بعد ما حدث. عندها يمكن لمركز CSG أن يقدّم لك هذه المساعدة:
info-now-seven-days-text-2 = القرار لك فيما تريده. يمكنك قبول الرعاية الطبية ورفض فحص الآثار.
info-now-seven-days-item-1 = علاج الإصابات.
info-now-seven-days-item-2 = أدوية لمنع الحمل.
info-now-seven-days-item-3 = أدوية لمنع العدوى، مثل فيروس نقص المناعة (HIV) والتهاب الكبد B.
info-now-seven-days-item-4 = دعم أولي لمشاعرك.
info-now-seven-days-item-5 = فحص الآثار يجريه طبيب، بالتعاون مع الشرطة. يحدث هذا فقط إذا أردت تقديم بلاغ إلى الشرطة.

info-now-evidence-heading = الحفاظ على الآثار، إذا أردت ذلك
info-now-evidence-text-1 = ربما تريد تقديم بلاغ إلى الشرطة، أو تريد أن يبقى هذا الخيار مفتوحًا؟ عندها يفيد أن تبقى الآثار محفوظة. لكن سلامتك وصحتك تأتيان أولًا دائمًا. لا يوجد دليل يستحق المخاطرة بسلامتك.
info-now-evidence-text-2 = هل استحممت، أو غيّرت ملابسك؟ هذا ليس خطأ منك. اتصل رغم ذلك: ما زال بإمكانك الحصول على المساعدة.
info-now-evidence-text-3 = إن أمكنك، فالتزم بما يلي حتى موعد الفحص:
info-now-evidence-item-1 = لا تأكل ولا تشرب ولا تدخّن.
info-now-evidence-item-2 = لا تنظّف أسنانك بالفرشاة.
info-now-evidence-item-3 = لا تستحم، ولا تغسل أماكن جسدك التي لُمِست.
info-now-evidence-item-4 = لا تغيّر ملابسك.
info-now-evidence-item-5 = هل تحتاج إلى التبوّل؟ اجمع البول في وعاء نظيف.

info-now-never-too-late-heading = لا يفوت الأوان أبدًا
info-now-never-too-late-text-1 = هل مرّ على ما حدث أكثر من 7 أيام؟ أو حتى سنوات؟ حتى في هذه الحالة يساعدك مركز CSG. اتصل بالرقم { $csg } أو دردش.
info-now-never-too-late-text-2 = هل لديك شك في أن مركز CSG مناسب لك؟ اتصل أو دردش للسؤال عن ذلك.

info-now-for-everyone-heading = للجميع
info-now-for-everyone-text-1 = مركز CSG موجود للجميع: مهما كان العمر أو الجنس. وأيضًا إذا حدث الأمر عبر الإنترنت.
info-now-for-everyone-text-2 = مركز CSG موجود أيضًا للأشخاص من حولك، مثل الوالدين والأصدقاء والمعلّمين. يمكنهم الاتصال بالرقم نفسه للحصول على نصيحة.

## Your rights
info-rights-title = حقوقك
info-rights-summary = ما يمكنك أن تتوقعه، سواء قدّمت بلاغًا إلى الشرطة أم لا.
info-rights-intro = هولندا طرف في اتفاقية إسطنبول، وهي اتفاقية أوروبية لمكافحة العنف ضد النساء والعنف المنزلي. تحدد الاتفاقية المساعدة والحماية التي يجب أن يحصل عليها الضحايا، وهنا تقرأ ما يعنيه ذلك بالنسبة لك.

info-rights-help-without-report-heading = المساعدة، حتى لو لم تقدّم بلاغًا
info-rights-help-without-report-text-1 = تقول الاتفاقية: لك الحق في المساعدة والحماية، حتى لو لم تقدّم بلاغًا إلى الشرطة.
info-rights-help-without-report-text-2 = يجب على المنظمات التي تساعدك أن تتعاون فيما بينها. ويجب أن تنتبه إلى ألا يسبّب لك التعامل معها ألمًا أكبر.
info-rights-help-without-report-text-3 = في هولندا، القرار لك في تقديم بلاغ إلى الشرطة أو عدمه. مركز CSG يساعدك في كل الأحوال. فحص الآثار مع الشرطة يحدث فقط إذا أردت تقديم بلاغ.
info-rights-help-without-report-text-4 = هل تريد تقديم بلاغ، أو أن تسأل أولًا عمّا يعنيه ذلك؟ اتصل بالشرطة على الرقم { $police }.

info-rights-own-language-heading = معلومات بلغة تفهمها
info-rights-own-language-text-1 = حسب الاتفاقية، لك الحق في معلومات عن المساعدة وعن الخطوات القانونية الممكنة لك. في الوقت المناسب، وبلغة تفهمها.
info-rights-own-language-text-2 = هل هناك شيء لا تفهمه؟ اطلب أن يشرحه لك أحد مرة أخرى، بكلمات أخرى أو بلغة أخرى.

info-rights-specialist-help-heading = مساعدة من مختصين، ليلًا ونهارًا
info-rights-specialist-help-text-1 = تقول الاتفاقية إنه يجب أن تتوفر مساعدة متخصصة في كل أنحاء البلد. فورًا، ولمدة أطول أيضًا.
info-rights-specialist-help-text-2 = ويجب أيضًا أن يوجد خط مساعدة وطني مجاني: متاح ليلًا ونهارًا، وسرّي.
info-rights-specialist-help-text-3 = في هولندا، بعد العنف الجنسي، تتصل بمركز CSG على الرقم { $csg }. مجانًا، ليلًا ونهارًا. ويمكنك أيضًا الدردشة دون ذكر اسمك.

info-rights-sexual-violence-centre-heading = مركز للمساعدة بعد العنف الجنسي
info-rights-sexual-violence-centre-text-1 = تقول الاتفاقية إنه يجب أن توجد مراكز للمساعدة بعد العنف الجنسي. هناك تحصل على فحص طبي، وفحص الآثار، ومساعدة في التعامل مع الصدمة النفسية، ومرافقة.
info-rights-sexual-violence-centre-text-2 = في هولندا، هذه المراكز هي Centra Seksueel Geweld (مراكز المساعدة بعد العنف الجنسي). يوجد مركز CSG لكل منطقة. مركز CSG موجود للجميع، مهما كان العمر أو الجنس.
info-rights-sexual-violence-centre-text-3 = اتصل بالرقم { $csg } أو دردش. مركز CSG يخبرك إلى أين يمكنك الذهاب.

info-rights-protection-during-case-heading = الحماية أثناء التحقيق والمحاكمة
info-rights-protection-during-case-text-1 = هل تقدّم بلاغًا إلى الشرطة؟ حسب الاتفاقية، لك عندها الحق في الحماية أثناء التحقيق وفي المحاكمة. اسأل الشرطة أو Slachtofferhulp Nederland (مساعدة الضحايا) كيف يتم ذلك في حالتك.
info-rights-protection-during-case-text-2 = تذكر الاتفاقية، من بين أمور أخرى:
info-rights-protection-during-case-item-1 = معلومات عن قضيتك.
info-rights-protection-during-case-item-2 = إبلاغك عندما يُطلَق سراح الجاني.
info-rights-protection-during-case-item-3 = أقل تواصل ممكن مع المشتبه به.
info-rights-protection-during-case-item-4 = مترجم فوري، إذا احتجت إليه.
info-rights-protection-during-case-item-5 = رواية ما حدث لك دون وجود المشتبه به، إذا كان ذلك ممكنًا.
info-rights-protection-during-case-item-6 = حماية خصوصيتك.

info-rights-legal-aid-heading = مساعدة من محامٍ
info-rights-legal-aid-text-1 = تقول الاتفاقية إنه قد يكون للضحايا الحق في مساعدة قانونية. أحيانًا تكون هذه المساعدة مجانية، حسب قواعد كل بلد.
info-rights-legal-aid-text-2 = هل أنت ضحية جريمة عنف أو جريمة جنسية؟ عندها قد يكون لك الحق في محامٍ مجاني. هذا مذكور على موقع slachtofferrechten.nl. اسأل عن ذلك الشرطة أو Slachtofferhulp Nederland.

## Online abuse
info-online-title = الإساءة عبر الإنترنت
info-online-summary = الابتزاز بصور عارية، ونشر الصور، والاستدراج (grooming): ما يمكنك فعله.
info-online-intro = يمكن أن يحدث العنف الجنسي عبر الإنترنت أيضًا. يساعدك مركز CSG في ذلك تمامًا كما يساعدك في العنف خارج الإنترنت.

info-online-what-it-is-heading = ما هي الإساءة الجنسية عبر الإنترنت؟
info-online-what-it-is-text-1 = يمكن أن تحدث بطرق كثيرة. بعض الأمثلة:
info-online-what-it-is-item-1 = يهدّدك شخص بنشر صور عارية لك، إذا لم تدفع المال أو ترسل المزيد من الصور. هذا يسمى الابتزاز الجنسي (sextortion).
info-online-what-it-is-item-2 = يشارك شخص صورًا جنسية لك، وأنت لا تريد ذلك. حتى لو التقطتها أو أرسلتها بنفسك.
info-online-what-it-is-item-3 = يكسب شخص ثقتك عبر الإنترنت، ليسيء إليك جنسيًا بعد ذلك. هذا يسمى الاستدراج (grooming).

info-online-not-your-fault-heading = هذا ليس ذنبك
info-online-not-your-fault-text-1 = حتى لو أرسلت الصور بنفسك. حتى لو وثقت بشخص ما. الذنب ذنب من يهدّدك أو ينشر صورك.
info-online-not-your-fault-text-2 = الإساءة عبر الإنترنت خطيرة تمامًا مثل الإساءة خارج الإنترنت. ويساعدك مركز CSG في هذا أيضًا. اتصل بالرقم { $csg } أو دردش.

info-online-threatened-heading = هل يهدّدك أحد؟
info-online-threatened-text-1 = لا تدفع، ولا ترسل أي شيء بعد الآن. حتى لو ضغط عليك أحد.
info-online-threatened-text-2 = احتفظ أولًا بما لديك. ستقرأ في الأسفل كيف. بعد ذلك يمكنك حظر هذا الشخص، إذا أردت.
info-online-threatened-text-3 = ليس عليك حلّ هذا وحدك. تحدّث مع شخص تثق به، أو دردش مع Helpwanted أو مع مركز CSG. هل أنت في خطر الآن؟ اتصل بالرقم { $emergency }.

info-online-save-evidence-heading = احتفظ بالأدلة قبل أن تختفي
info-online-save-evidence-text-1 = الرسائل والملفات الشخصية قد تختفي بسرعة. لذلك احتفظ بما تستطيع، إن أمكنك. هل من الصعب جدًا أن ترى كل ذلك مرة أخرى؟ اطلب من شخص تثق به أن يساعدك.
info-online-save-evidence-text-2 = لا تُعِد إرسال الصور بنفسك، ولا تشاركها. حتى لو كان ذلك لتُظهر ما يحدث.
info-online-save-evidence-text-3 = هذا ما يمكنك الاحتفاظ به:
info-online-save-evidence-item-1 = لقطات شاشة للرسائل، يظهر فيها التاريخ والوقت.
info-online-save-evidence-item-2 = لقطات شاشة لأسماء الحسابات والملفات الشخصية لمن يهدّدك أو ينشر صورك.
info-online-save-evidence-item-3 = روابط الأماكن التي توجد فيها الصور. لا داعي للاحتفاظ بالصور نفسها.

info-online-removal-heading = المساعدة في إزالة الصور وتقديم بلاغ
info-online-removal-text-1 = يساعد Helpwanted في حالات الإساءة عبر الإنترنت. يمكنهم المساعدة في إزالة الصور من الإنترنت. يمكنك الدردشة معهم عبر موقعهم الإلكتروني. تجدهم في قسم «خطوط المساعدة».
info-online-removal-text-2 = هل تريد تقديم بلاغ إلى الشرطة، أو أن تسأل أولًا عمّا يعنيه ذلك؟ اتصل بالشرطة على الرقم { $police }.

## For family and friends
info-relatives-title = للأهل والمقرّبين
info-relatives-summary = شخص يحدّثك عن عنف جنسي. هكذا يمكنك أن تساعد.
info-relatives-intro = هل يحدّثك شخص عن عنف جنسي؟ لا يلزم أن تكون خبيرًا كي تساعد: هنا تقرأ ما يمكنك فعله.

info-relatives-listen-heading = استمع وصدّق
info-relatives-listen-text-1 = غالبًا ما يحتاج الحديث عن هذا إلى شجاعة كبيرة. أظهِر للشخص الآخر أنك بجانبه.
info-relatives-listen-item-1 = استمع بهدوء، دون أن تحكم.
info-relatives-listen-item-2 = صدّق ما يرويه لك الشخص الآخر.
info-relatives-listen-item-3 = قل: هذا ليس ذنبك.
info-relatives-listen-item-4 = اشكره لأنه أخبرك.

info-relatives-no-details-heading = لا تُلحّ بالأسئلة
info-relatives-no-details-text-1 = دع الشخص الآخر يختار بنفسه ما يرويه، وكم يروي. لا تسأل عن التفاصيل.
info-relatives-no-details-text-2 = أسئلة مثل «لماذا ذهبت معه؟» قد تبدو كأنها لوم. حتى لو لم تقصد ذلك.

info-relatives-their-choice-heading = دع الشخص الآخر يقرّر
info-relatives-their-choice-text-1 = لا تقرّر بدلًا عنه. ولا حتى بشأن الشرطة أو تقديم بلاغ. ما سيحدث يختاره هو بنفسه.
info-relatives-their-choice-text-2 = لكن يمكنك أن تساعد. هل حدث الأمر مؤخرًا؟ أخبره أن الأفضل الاتصال بمركز CSG خلال 7 أيام. يمكنكما الاتصال معًا، إذا أراد ذلك.
info-relatives-their-choice-text-3 = هل هناك خطر الآن؟ اتصل إذن بالرقم { $emergency }.

info-relatives-no-confrontation-heading = لا تواجه الجاني
info-relatives-no-confrontation-text-1 = ربما تشعر بالغضب وتريد أن تفعل شيئًا. مع ذلك، لا تواجه الجاني. قد يجعل ذلك الوضع أقل أمانًا أو أصعب على الشخص الآخر.
info-relatives-no-confrontation-text-2 = تحدّث عن غضبك مع شخص آخر، أو اتصل بمركز CSG.

info-relatives-child-heading = هل الأمر يتعلق بطفل؟
info-relatives-child-text-1 = ابقَ هادئًا واستمع، كما تفعل مع شخص بالغ. الطفل لا يستطيع أن يقرّر كل شيء وحده. لذلك اطلب النصيحة، وأخبر الطفل بما ستفعله.
info-relatives-child-text-2 = مركز CSG موجود للأطفال أيضًا. اتصل بالرقم { $csg } للحصول على نصيحة.
info-relatives-child-text-3 = هل تحدث الإساءة في البيت؟ يمكنك عندها أيضًا الاتصال بـ Veilig Thuis (الأمان في البيت) للحصول على نصيحة، مجانًا وليلًا ونهارًا. ويمكنك ذلك دون ذكر اسمك. تجدهم في قسم «خطوط المساعدة».

info-relatives-for-you-heading = مركز CSG موجود من أجلك أنت أيضًا
info-relatives-for-you-text-1 = يمكنك أنت أيضًا، بصفتك من المقرّبين، الاتصال بالرقم { $csg }. مجانًا، ليلًا ونهارًا. مثلًا إذا كنت لا تعرف ماذا تقول أو تفعل. ويمكنك أيضًا الدردشة دون ذكر اسمك.
info-relatives-for-you-text-2 = نصيحة: احفظ الرقم في هاتفك. هكذا يكون في متناولك، لنفسك أو لغيرك.

info-relatives-self-care-heading = اعتنِ بنفسك أيضًا
info-relatives-self-care-text-1 = ما تسمعه قد يؤثّر فيك أنت أيضًا. هذا طبيعي. تحدّث عنه مع أحد، أو اتصل بمركز CSG.
info-relatives-self-care-text-2 = خذ قسطًا من الراحة عندما تحتاج إليه. تستطيع أن تدعم الشخص الآخر بشكل أفضل إذا اعتنيت بنفسك جيدًا أيضًا.

## For schools
info-schools-title = للمدارس
info-schools-summary = العلامات، وتلميذ يخبرك بشيء، وأين تحصل على نصيحة.
info-schools-intro = للمعلّمين والمرشدين وكل من يعمل في مدرسة. هنا تقرأ ما يمكنك فعله إذا كنت قلقًا على تلميذ.

info-schools-signs-heading = العلامات
info-schools-signs-text-1 = أحيانًا تلاحظ أن شيئًا ما قد يكون غير طبيعي. العلامة ليست دليلًا: قد يكون للتغيّر أسباب كثيرة.
info-schools-signs-text-2 = هل أنت قلق؟ اسأل التلميذ بهدوء عن حاله، دون ضغط. واطلب النصيحة.
info-schools-signs-text-3 = انتبه مثلًا إلى ما يلي:
info-schools-signs-item-1 = تلميذ يتصرف فجأة بشكل مختلف عن السابق.
info-schools-signs-item-2 = تلميذ ينعزل، أو يقلّ تواصله مع الآخرين.

info-schools-disclosure-heading = عندما يخبرك تلميذ بشيء
info-schools-disclosure-text-1 = اختارك التلميذ ليحكي لك شيئًا. هذه علامة ثقة.
info-schools-disclosure-item-1 = ابقَ هادئًا، حتى لو صُدمت.
info-schools-disclosure-item-2 = استمع، ودع التلميذ يحكي بكلماته الخاصة.
info-schools-disclosure-item-3 = قل إنه من الجيد أن التلميذ أخبرك، وإن ما حدث ليس ذنبه.
info-schools-disclosure-item-4 = لا تطرح الأسئلة كأنك محقّق. لا تسأل عن التفاصيل، ولا تحقّق في الأمر بنفسك.

info-schools-secrecy-heading = لا تَعِد بحفظ السر
info-schools-secrecy-text-1 = لا تَعِد بأن تحفظ السر، إذا كنت لا تستطيع الوفاء بذلك. قل بصدق ما ستفعله، ومع من ستتحدث.
info-schools-secrecy-text-2 = اتّبع بروتوكول مدرستك بشأن ما تشاركه، ومع من. هل عندك شك؟ اطلب النصيحة.

info-schools-write-down-heading = دوّن ذلك بعد الحديث
info-schools-write-down-text-1 = بعد الحديث، اكتب في أقرب وقت ممكن ما قاله التلميذ. استخدم كلمات التلميذ نفسه. واكتب التاريخ أيضًا.
info-schools-write-down-text-2 = اكتب ما سمعته ورأيته، لا ما تظن أنه حدث.

info-schools-advice-heading = اطلب النصيحة من مركز CSG
info-schools-advice-text-1 = يمكنك أيضًا، بصفتك مهنيًا، الاتصال بالرقم { $csg } للحصول على نصيحة. مجانًا، ليلًا ونهارًا.
info-schools-advice-text-2 = هل حدث الأمر مؤخرًا؟ اتصل إذن بسرعة: الأفضل الاتصال بمركز CSG خلال 7 أيام.
info-schools-advice-text-3 = أخبر التلاميذ أنهم يستطيعون أيضًا الاتصال بمركز CSG أو الدردشة معه بأنفسهم. مركز CSG موجود لكل الأعمار.

info-schools-home-heading = الإساءة في البيت
info-schools-home-text-1 = هل يحدث العنف أو الإساءة في البيت؟ يمكنك عندها أيضًا الاتصال بـ Veilig Thuis (الأمان في البيت) للحصول على نصيحة. يساعد Veilig Thuis في حالات العنف المنزلي وإساءة معاملة الأطفال، مجانًا وليلًا ونهارًا. تجدهم في قسم «خطوط المساعدة».

info-schools-images-heading = صور يتم تداولها
info-schools-images-text-1 = هل يتم تداول صور عارية لتلميذ؟ لا تطلب رؤيتها، ولا تُعِد إرسالها أبدًا.
info-schools-images-text-2 = لكن احتفظ بالروابط وأسماء الحسابات، إن أمكن. يمكن لـ Helpwanted المساعدة في إزالة الصور من الإنترنت.
