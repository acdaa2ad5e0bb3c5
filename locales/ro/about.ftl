### About this app: what it is, what it does not do, and where its facts come from.

about-title = Despre această aplicație
about-what = Eén Entree te ajută să găsești ajutor după violență sexuală, inclusiv online. Aplicația este făcută în jurul Centra Seksueel Geweld (centre specializate în violență sexuală) și al numărului lor gratuit.
about-privacy = Aplicația nu are cont și nu urmărește ce faci. Nimic nu trece prin internet, decât dacă deschizi tu un link sau suni.
about-code = Aplicația este open source (EUPL-1.2). Oricine poate verifica cum funcționează.
about-sources-title = Surse
about-source-helplines = Linii de ajutor: site-urile organizațiilor, verificate în noiembrie 2026. Ce nu a fost încă verificat la sursă este marcat ca atare.
about-source-csg = Centra Seksueel Geweld: comunicate ale centrelor, spitalelor și serviciilor de sănătate publică GGD (2012-2025). Adrese dintr-o listă de spitale a RIVM (2016).
about-source-cbs = Zone de cod poștal și municipalități: CBS, date deschise (CC BY 4.0).
about-source-geonames = Nume de localități: GeoNames (CC BY 4.0).
about-source-regions = Împărțirea în regiuni de siguranță: Ministerie van VWS, ministerul olandez al sănătății (EUPL-1.2), după CBS „Gebieden in Nederland”.
