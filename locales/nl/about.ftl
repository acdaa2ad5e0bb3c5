### Over deze app: wat hij is, wat hij niet doet, en de bronnen van de feiten.

about-title = Over deze app
about-what = Eén Entree helpt je de weg te vinden naar hulp na seksueel geweld, ook online. De app is gemaakt rond de Centra Seksueel Geweld en hun gratis nummer.
about-privacy = De app heeft geen account en houdt niet bij wat je doet. Er gaat niets over internet, behalve als je zelf een link opent of belt.
about-code = De app is open source (EUPL-1.2). Iedereen kan nakijken hoe hij werkt.
about-sources-title = Bronnen
about-source-helplines = Hulplijnen: de websites van de organisaties zelf, gecontroleerd in november 2026. Wat nog niet bij de bron is gecontroleerd, staat er zo bij.
about-source-csg = Centra Seksueel Geweld: berichten van de centra, ziekenhuizen en GGD's (2012-2025). Adressen uit een lijst van ziekenhuizen van het RIVM (2016).
about-source-cbs = Postcodegebieden en gemeenten: CBS, open data (CC BY 4.0).
about-source-geonames = Plaatsnamen: GeoNames (CC BY 4.0).
about-source-regions = Indeling in veiligheidsregio's: Ministerie van VWS (EUPL-1.2), volgens CBS "Gebieden in Nederland".
