### Ustawienia.

settings-title = Ustawienia
settings-language = Język
settings-about = O aplikacji
settings-exit-info = Jak działa szybkie wyjście
settings-stored-here = Twoje wybory są zapisywane tylko na tym urządzeniu.
settings-not-stored = Twoje wybory nie są zapisywane na tym urządzeniu. Po ponownym otwarciu aplikacji wybierz je jeszcze raz.

## Otwieranie jako kalkulator
settings-disguise-title = Otwieraj jako kalkulator
settings-disguise-text = Aplikacja otwiera się wtedy jako zwykły kalkulator, który naprawdę działa. Wpisz swój kod, a potem =, aby otworzyć aplikację. Przy innym kodzie kalkulator po prostu liczy.
settings-disguise-code = Twój kod (od 4 do 8 cyfr)
settings-disguise-on = Włącz
settings-disguise-off = Wyłącz
settings-disguise-enabled = Włączone. Dobrze zapamiętaj swój kod. Jeśli go zapomnisz, musisz zainstalować aplikację od nowa, a twój dziennik zniknie.
settings-disguise-icon = Nazwa i ikona na ekranie głównym pozostają takie same. Ta wersja nie potrafi ich jeszcze zmienić.
settings-disguise-error = Wybierz kod, który ma od 4 do 8 cyfr.

## Blokada dziennika
settings-auto-lock = Blokuj dziennik po
settings-auto-lock-minutes = { $minutes } min
