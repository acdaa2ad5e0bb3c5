### O aplikacji: czym jest, czego nie robi i skąd pochodzą fakty.

about-title = O aplikacji
about-what = Eén Entree pomaga ci znaleźć drogę do pomocy po przemocy seksualnej, także w internecie. Aplikacja opiera się na Centra Seksueel Geweld (ośrodkach pomocy po przemocy seksualnej) i ich bezpłatnym numerze.
about-privacy = Aplikacja nie ma konta i nie śledzi tego, co robisz. Nic nie jest wysyłane przez internet, chyba że to ty otworzysz link albo zadzwonisz.
about-code = Aplikacja ma otwarty kod źródłowy (EUPL-1.2). Każdy może sprawdzić, jak działa.
about-sources-title = Źródła
about-source-helplines = Telefony pomocy: strony internetowe samych organizacji, sprawdzone w listopadzie 2026. To, czego jeszcze nie sprawdzono u źródła, jest tak oznaczone.
about-source-csg = Centra Seksueel Geweld: komunikaty ośrodków, szpitali i lokalnych służb zdrowia publicznego GGD (2012-2025). Adresy z listy szpitali RIVM (2016).
about-source-cbs = Obszary kodów pocztowych i gminy: CBS, otwarte dane (CC BY 4.0).
about-source-geonames = Nazwy miejscowości: GeoNames (CC BY 4.0).
about-source-regions = Podział na regiony bezpieczeństwa: Ministerie van VWS, czyli holenderskie Ministerstwo Zdrowia (EUPL-1.2), według CBS "Gebieden in Nederland".
