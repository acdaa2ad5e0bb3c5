### About this app: what it is, what it does not do, and where its facts come from.

about-title = Sobre esta app
about-what = Eén Entree te ayuda a encontrar ayuda después de violencia sexual, también en internet. La app está hecha en torno a los Centra Seksueel Geweld (centros especializados en violencia sexual) y su número gratuito.
about-privacy = La app no tiene cuenta y no registra lo que haces. Nada se envía por internet, salvo si tú abres un enlace o llamas.
about-code = La app es de código abierto (EUPL-1.2). Cualquiera puede comprobar cómo funciona.
about-sources-title = Fuentes
about-source-helplines = Líneas de ayuda: las webs de las propias organizaciones, comprobadas en noviembre de 2026. Lo que aún no se ha comprobado en la fuente está marcado así.
about-source-csg = Centra Seksueel Geweld: noticias de los centros, de hospitales y de los servicios de salud pública GGD (2012-2025). Direcciones de una lista de hospitales del RIVM (2016).
about-source-cbs = Zonas de código postal y municipios: CBS, datos abiertos (CC BY 4.0).
about-source-geonames = Nombres de lugares: GeoNames (CC BY 4.0).
about-source-regions = División en regiones de seguridad: Ministerie van VWS, el Ministerio de Sanidad neerlandés (EUPL-1.2), según CBS «Gebieden in Nederland».
