### Zaktualizowane informacje: tylko za zgodą. Daty pochodzą z danych.

update-title = Zaktualizowane informacje
update-ask = Czy aplikacja może od czasu do czasu sprawdzać, czy są nowe informacje, na przykład nowy adres albo numer telefonu? Aplikacja pobiera wtedy plik z { $host }. Nie wysyła przy tym nic o tobie. Ten serwer widzi jednak, jak każda strona internetowa, twój adres internetowy (adres IP) i godzinę.
update-yes = Tak, zgadzam się
update-no = Nie, wolę nie
update-state-on = Aplikacja sprawdza, czy są nowe informacje.
update-state-off = Aplikacja nie sprawdza, czy są nowe informacje. Wszystko działa normalnie z informacjami, które już w niej są.
update-turn-on = Pozwól sprawdzać
update-turn-off = Przestań sprawdzać
update-check-now = Sprawdź teraz
update-checking = Sprawdzanie…
update-up-to-date = Masz najnowsze informacje.
update-applied = Data aktualizacji informacji: { $date }.
update-bundled = Informacje dołączone do aplikacji, stan na: { $date }.
err-update-signature = Nowe informacje nie zostały użyte: nie mieliśmy pewności, że pochodzą od nas. Zostają informacje, które już masz.
err-update-invalid = Nowe informacje nie zostały użyte: coś było w nich nie tak. Zostają informacje, które już masz.
err-update-not-newer = Masz najnowsze informacje.
err-update-expired = Nowe informacje nie zostały użyte: były już nieaktualne. Zostają informacje, które już masz.
err-update-network = Nie udało się sprawdzić: brak połączenia. Zostają informacje, które już masz. Możesz spróbować ponownie później.
err-update-store = Nie udało się zapisać nowych informacji. Zostają informacje, które już masz.
