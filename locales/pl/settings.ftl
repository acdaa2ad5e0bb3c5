### Ustawienia.

settings-title = Ustawienia
settings-language = Język
settings-about = O aplikacji
settings-exit-info = Jak działa szybkie wyjście
settings-stored-here = Twoje wybory są zapisywane tylko na tym urządzeniu.
settings-not-stored = Twoje wybory nie są zapisywane na tym urządzeniu. Po ponownym otwarciu aplikacji wybierz je jeszcze raz.
