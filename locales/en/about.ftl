### About this app: what it is, what it does not do, and where its facts come from.

about-title = About this app
about-what = Eén Entree helps you find your way to help after sexual violence, also online. It is built around the Sexual Violence Centres (CSG) and their free number.
about-privacy = The app has no account and does not track what you do. Nothing goes over the internet, unless you open a link or make a call yourself.
about-code = The app is open source (EUPL-1.2). Anyone can check how it works.
about-sources-title = Sources
about-source-helplines = Helplines: the organisations' own websites, checked in November 2026. Anything not yet checked at its source is marked as such.
about-source-csg = Sexual Violence Centres: news from the centres, hospitals and public health services (2012-2025). Addresses from a 2016 hospital list by RIVM.
about-source-cbs = Postcode areas and municipalities: CBS, open data (CC BY 4.0).
about-source-geonames = Place names: GeoNames (CC BY 4.0).
about-source-regions = Safety regions: Dutch Ministry of Health (EUPL-1.2), following CBS "Gebieden in Nederland".
