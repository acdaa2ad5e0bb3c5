### About this app: what it is, what it does not do, and where its facts come from.

about-title = حول هذا التطبيق
about-what = يساعدك تطبيق Eén Entree على إيجاد طريقك إلى المساعدة بعد العنف الجنسي، حتى لو حدث عبر الإنترنت. صُمّم التطبيق حول Centra Seksueel Geweld (مراكز المساعدة بعد العنف الجنسي) ورقمها المجاني.
about-privacy = لا يحتاج التطبيق إلى حساب، ولا يتتبّع ما تفعله. لا يُرسَل أي شيء عبر الإنترنت، إلا إذا فتحت أنت رابطًا أو أجريت أنت مكالمة.
about-code = التطبيق مفتوح المصدر (EUPL-1.2). يمكن لأي شخص أن يتحقق من طريقة عمله.
about-sources-title = المصادر
about-source-helplines = خطوط المساعدة: المواقع الإلكترونية للمنظمات نفسها، وقد تحققنا منها في نوفمبر 2026. كل ما لم نتحقق منه بعد عند المصدر مكتوب بجانبه ذلك.
about-source-csg = Centra Seksueel Geweld: أخبار نشرتها المراكز والمستشفيات ومكاتب الصحة العامة (GGD) بين 2012 و2025. العناوين من قائمة مستشفيات أعدّها RIVM عام 2016.
about-source-cbs = مناطق الرموز البريدية والبلديات: CBS، بيانات مفتوحة (CC BY 4.0).
about-source-geonames = أسماء الأماكن: GeoNames (CC BY 4.0).
about-source-regions = تقسيم مناطق السلامة: Ministerie van VWS (وزارة الصحة الهولندية، EUPL-1.2)، حسب تقسيم CBS "Gebieden in Nederland".
