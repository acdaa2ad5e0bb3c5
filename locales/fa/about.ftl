### About this app: what it is, what it does not do, and where its facts come from.

about-title = دربارهٔ این برنامه
about-what = Eén Entree به شما کمک می‌کند پس از خشونت جنسی راه رسیدن به کمک را پیدا کنید، حتی اگر در فضای آنلاین اتفاق افتاده باشد. این برنامه بر پایهٔ Centra Seksueel Geweld (مراکز کمک پس از خشونت جنسی) و شمارهٔ رایگان آن‌ها ساخته شده است.
about-privacy = این برنامه حساب کاربری ندارد و کارهایی را که انجام می‌دهید ثبت نمی‌کند. هیچ چیزی از طریق اینترنت فرستاده نمی‌شود، مگر اینکه خودتان لینکی را باز کنید یا تماس بگیرید.
about-code = این برنامه متن‌باز است (EUPL-1.2). هر کسی می‌تواند بررسی کند که چطور کار می‌کند.
about-sources-title = منابع
about-source-helplines = خطوط کمک: وب‌سایت‌های خود سازمان‌ها، بررسی‌شده در نوامبر ۲۰۲۶. کنار هر چیزی که هنوز در منبع بررسی نشده، همین نکته نوشته شده است.
about-source-csg = Centra Seksueel Geweld: خبرهای مراکز، بیمارستان‌ها و ادارات بهداشت عمومی (GGD) از ۲۰۱۲ تا ۲۰۲۵. نشانی‌ها از فهرست بیمارستان‌های RIVM در سال ۲۰۱۶.
about-source-cbs = مناطق کد پستی و شهرداری‌ها: CBS، داده‌های باز (CC BY 4.0).
about-source-geonames = نام مکان‌ها: GeoNames (CC BY 4.0).
about-source-regions = تقسیم‌بندی مناطق ایمنی: Ministerie van VWS (وزارت بهداشت هلند، EUPL-1.2)، بر اساس «Gebieden in Nederland» از CBS.
