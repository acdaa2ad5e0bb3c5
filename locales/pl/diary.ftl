### Eén Entree: zaszyfrowany dziennik.

nav-diary = Dziennik
diary-title = Mój dziennik
diary-honesty = Każdy wpis zawiera liczbę kontrolną poprzedniego wpisu. Dzięki temu widzisz, czy coś później zmieniono lub usunięto. To nie jest dowód kryminalistyczny: ktoś, kto zna twoje hasło, mógłby wszystko utworzyć od nowa.

## Tworzenie i otwieranie
diary-create-intro = Zapisz, co się stało i jak się czujesz. Wszystko zostaje zaszyfrowane na tym urządzeniu. Nie ma konta i nic nie trafia do internetu. Tylko ty decydujesz, czy czymś się podzielisz.
diary-passphrase = Hasło
diary-passphrase-repeat = Powtórz hasło
diary-passphrase-hint = Co najmniej { $min ->
        [one] { $min } znak
        [few] { $min } znaki
        [many] { $min } znaków
       *[other] { $min } znaku
    }. Zdanie z kilku słów jest mocne i łatwe do zapamiętania. Nie używaj kodu PIN telefonu.
diary-no-recovery = Uwaga: nikt nie odzyska twojego hasła, także my. Jeśli je zapomnisz, nikt już nie otworzy twojego dziennika.
diary-understood = Rozumiem, że mojego hasła nie da się odzyskać.
diary-create = Utwórz dziennik
diary-creating = Tworzenie klucza…
diary-locked-intro = Twój dziennik jest zablokowany.
diary-unlock = Otwórz
diary-unlocking = Sprawdzanie hasła…
diary-forgot = Nowy telefon? Najpierw utwórz nowy dziennik, a potem przywróć do niego zapisany dziennik.
diary-lock = Zablokuj

## Błędy hasła
diary-error-short = Hasło jest za krótkie. Musi mieć co najmniej { $min ->
        [one] { $min } znak
        [few] { $min } znaki
        [many] { $min } znaków
       *[other] { $min } znaku
    }.
diary-error-mismatch = Te dwa hasła nie są takie same.
diary-error-understood = Zaznacz, że rozumiesz, że hasła nie da się odzyskać.
diary-error-wrong = To hasło jest nieprawidłowe. Nic się nie zmieniło.
diary-error-wrong-wait = To hasło jest nieprawidłowe. Nic się nie zmieniło. Możesz spróbować ponownie za { $seconds ->
        [one] sekundę
        [few] { $seconds } sekundy
        [many] { $seconds } sekund
       *[other] { $seconds } sekundy
    }.
diary-error-wait = Poczekaj jeszcze { $seconds ->
        [one] sekundę
        [few] { $seconds } sekundy
        [many] { $seconds } sekund
       *[other] { $seconds } sekundy
    } i spróbuj ponownie.
diary-error-state = Teraz to niemożliwe. Zamknij dziennik i otwórz go ponownie.
diary-error-damaged = Część zapisanych danych jest uszkodzona. To, co da się jeszcze odczytać, zostaje zachowane.

## Lista
diary-chain-ok = { $count ->
    [0] Nie ma jeszcze nic do sprawdzenia.
    [one] Wpis został sprawdzony: nic nie zmieniono ani nie usunięto.
   *[other] Wszystkie wpisy ({ $count }) zostały sprawdzone: nic nie zmieniono ani nie usunięto.
}
diary-chain-broken = Uwaga: w { $count ->
        [one] jednym miejscu
       *[other] { $count } miejscach
    } kolejność się nie zgadza. Coś zostało zmienione, usunięte lub uszkodzone.
diary-new = Nowy wpis
diary-kind-incident = Co się stało
diary-kind-symptoms = Jak się czujesz?
diary-kind-evidence = Zdjęcie lub plik
diary-kind-online-abuse = Wykorzystywanie w internecie
diary-search = Szukaj w dzienniku
diary-filter-kind = Rodzaj
diary-filter-all = Wszystko
diary-filter-from = Od
diary-filter-to = Do (włącznie)
diary-filter-clear = Pokaż wszystko
diary-empty = Nie ma jeszcze wpisów.
diary-count = Wpisy: { $shown } z { $total }
diary-more = Pokaż więcej
diary-versions = Zmieniono (wersje: { $count })
diary-checkin-title = Samopoczucie ({ $count ->
        [one] jedna skala
        [few] { $count } skale
       *[other] { $count } skal
    })
diary-saved = Zapisano.
diary-save-failed = Nie zapisano. { $reason } Twój tekst nadal tu jest.

## Przeglądanie wpisu
diary-written = Napisano { $when } (czas urządzenia, nie można go zmienić)
diary-written-imported = Przywrócono { $when }. Pierwotnie napisano { $original }.
diary-history = Wcześniejsze wersje
diary-version = Wersja { $number }, napisana { $when }
diary-edit = Zmień
diary-edit-title = Nowa wersja (stara zostaje zachowana)
diary-close = Zamknij
diary-replaces = Nowa wersja wpisu nr { $seq }.
diary-replaced = Później zmieniono.
diary-unreadable = Nieczytelny wpis

## Formularze
diary-save = Zapisz
diary-cancel = Anuluj
diary-field-when = Kiedy
diary-when-exact = Data i godzina
diary-when-approximately = Mniej więcej
diary-when-around = Około { $day }
diary-when-unknown = Nie wiem
diary-field-date = Data
diary-field-time = Godzina
diary-field-words = Mniej więcej kiedy, własnymi słowami
diary-field-place = Gdzie
diary-field-what = Co się stało
diary-field-people = Kto brał w tym udział
diary-field-witnesses = Świadkowie
diary-field-note = Notatka
diary-field-file = Plik
diary-field-pick = Wybierz zdjęcie lub plik
diary-field-camera = Zrób zdjęcie
diary-file-note = Plik jest przechowywany w dzienniku w formie zaszyfrowanej, a nie w galerii zdjęć. Jeśli chcesz, usuń oryginał samodzielnie.
diary-field-platform = Platforma lub aplikacja
diary-field-accounts = Nazwy kont
diary-field-urls = Linki
diary-field-urls-input = Linki (jeden w wierszu)
diary-field-shared = Co zostało udostępnione lub wysłane
diary-screenshots-note = Zrzuty ekranu zapisz jako wpis „Zdjęcie lub plik”.
diary-helpwanted-text = Czy w internecie są zdjęcia lub nagrania z tobą? Helpwanted bezpłatnie pomaga je usunąć.
diary-helpwanted-link = Przejdź do Helpwanted
diary-sealing = Szyfrowanie… { $percent }%
diary-size-kb = { $kb } kB
diary-size-mb = { $mb } MB
diary-scale-skip = Bez odpowiedzi
diary-scale-sleep = Sen
diary-scale-sleep-low = 0 = bardzo źle
diary-scale-sleep-high = 10 = bardzo dobrze
diary-scale-anxiety = Lęk
diary-scale-anxiety-low = 0 = brak
diary-scale-anxiety-high = 10 = bardzo silny
diary-scale-pain = Ból
diary-scale-pain-low = 0 = brak
diary-scale-pain-high = 10 = bardzo silny
diary-scale-flashbacks = Nawracające wspomnienia
diary-scale-flashbacks-low = 0 = brak
diary-scale-flashbacks-high = 10 = cały czas
diary-scale-mood = Nastrój
diary-scale-mood-low = 0 = bardzo przygnębiony
diary-scale-mood-high = 10 = bardzo dobry

## Błędy w formularzach
diary-error-empty = Najpierw coś wpisz.
diary-error-too-long = Ten tekst jest za długi. Podziel go na dwa wpisy.
diary-error-scale = Wybierz liczbę od 0 do 10.
diary-error-url = Link musi zaczynać się od https:// lub http://.
diary-error-date = Taka data lub godzina nie istnieje.
diary-error-no-date = Wpisz datę albo wybierz „Mniej więcej”.
diary-error-future = Ta data jest w przyszłości.

## Wykres
diary-chart-title = Twoje samopoczucie
diary-chart-summary = Wpisy o samopoczuciu: { $count }, od { $from } do { $to }.

## Zapisywanie i przywracanie
diary-transfer-title = Zapisz lub udostępnij dziennik
diary-export-warning = Zapisany plik nie jest chroniony przez aplikację. Każdy, kto ma ten plik i jego hasło, może go przeczytać. Przechowuj go w bezpiecznym miejscu.
diary-export-report = Raport do wydruku
diary-archive-title = Zaszyfrowany plik
diary-archive-to-passphrase = Z hasłem
diary-archive-to-key = Dla klucza osoby, której ufasz (na przykład twojego adwokata)
diary-archive-key = Klucz publiczny (zaczyna się od age1)
diary-archive-make = Utwórz zaszyfrowany plik
diary-export-bad-key = To nie jest prawidłowy klucz publiczny. Klucz zaczyna się od age1.
diary-progress = Trwa… { $percent }%
diary-download = Pobierz { $name }
diary-print = Drukuj lub zapisz jako PDF
diary-exported-to = Zapisano w { $path }
diary-export-done = Gotowe
diary-transfer-failed = Nie udało się. W twoim dzienniku nic się nie zmieniło.
diary-import-title = Przywróć zapisany dziennik
diary-import-text = Wpisy z pliku zostaną dodane. Nic nie zniknie z twojego dziennika.
diary-import-file = Wybierz zaszyfrowany plik
diary-import-passphrase = Hasło do pliku
diary-import = Przywróć
diary-import-wrong = To hasło nie otwiera tego pliku. Nic się nie zmieniło.
diary-import-foreign = To nie jest zapisany dziennik z tej aplikacji.
diary-import-damaged = Plik jest uszkodzony lub niekompletny. Nic się nie zmieniło.
diary-import-too-large = Plik jest za duży.
diary-imported = Przywrócono { $count ->
        [one] jeden wpis
        [few] { $count } wpisy
        [many] { $count } wpisów
       *[other] { $count } wpisu
    }.

## Raport
diary-report-title = Dziennik: raport
diary-report-chain-ok = Kontrola: wszystkie wpisy ({ $count }) następują po sobie; nic nie zmieniono ani nie usunięto. Ostatnia liczba kontrolna: { $head }
diary-report-chain-broken = Kontrola: w { $count ->
        [one] jednym miejscu
       *[other] { $count } miejscach
    } kolejność się nie zgadza. Coś zostało zmienione, usunięte lub uszkodzone.

## Wipe
diary-wipe = Usuń dziennik
diary-wipe-text = Wszystko w twoim dzienniku zostanie od razu i na zawsze usunięte: wpisy, zdjęcia i pliki. Potem nikt go nie otworzy, nawet twoim hasłem. Tego nie da się cofnąć. Pliki zapisane lub udostępnione poza aplikacją nadal istnieją.
diary-wipe-confirm = Tak, usuń wszystko
diary-wipe-cancel = Nie, zostaw
diary-wiping = Usuwanie…

## Duress
diary-duress-title = Drugie hasło na wypadek zagrożenia
diary-duress-text = Ktoś zmusza cię do otwarcia dziennika? Użyj wtedy tego drugiego hasła. Otwiera ono osobny, pusty dziennik. Twój prawdziwy dziennik pozostaje ukryty i nietknięty. W pamięci urządzenia nie widać, czy istnieje drugie hasło.
diary-duress-passphrase = Drugie hasło
diary-duress-save = Zapisz drugie hasło
diary-duress-busy = Trwa…
diary-duress-set = Drugie hasło zostało zapisane.
diary-duress-same = Wybierz hasło inne niż hasło dziennika.
diary-change-title = Zmiana hasła
diary-change-text = Jeśli ktoś mógł zobaczyć twoje hasło, wybierz nowe. Twoje notatki zostają bez zmian. Potem ten dziennik otwiera tylko nowe hasło i jego też nie da się odzyskać.
diary-change-current = Obecne hasło
diary-change-new = Nowe hasło
diary-change-save = Zmień hasło
diary-change-busy = Trwa…
diary-change-done = Hasło zostało zmienione. Od teraz używaj nowego.
diary-change-wrong = To nie jest obecne hasło. Nic nie zostało zmienione.
diary-change-same = Wybierz nowe hasło, inne niż twoje drugie hasło.

# An export the device hands over (Android's share sheet).
diary-export-ready = Plik jest gotowy. Udostępnij go aplikacji, której ufasz, albo zapisz w swoich plikach. Gdy opuści aplikację, nie jest już chroniony.
diary-export-share = Udostępnij lub zapisz
diary-export-share-failed = Udostępnianie się nie udało. W dzienniku nic się nie zmieniło; spróbuj ponownie.

## Import: granice i sprawdzenie
diary-import-too-costly = Hasło tego pliku wymaga { $needed } MB pamięci, aby go otworzyć; to urządzenie może użyć na to najwyżej { $allowed } MB. Nic nie zostało zmienione. Otwórz plik na komputerze programem rage lub age albo zapisz dziennik ponownie w aplikacji Eén Entree, która potrzebuje mniej pamięci.
diary-error-key-too-costly = Klucz tego dziennika wymaga { $needed } MB pamięci, aby go otworzyć; to urządzenie może użyć na to najwyżej { $allowed } MB. Dlatego hasło nie zostało sprawdzone i nie liczy się jako próba. Być może ktoś zmienił klucz. Nic nie zostało zmienione.
diary-import-skipped = Wpisy, które już były w dzienniku i nie zostały dodane ponownie: { $count }.
diary-import-chain-ok = Sprawdzenie: wpisy w pliku ({ $count }) następują po sobie; nic nie zostało zmienione ani usunięte.
diary-import-chain-broken = Sprawdzenie: w { $count } miejscach wpisy w pliku nie następują po sobie. Coś zostało zmienione, usunięte lub uszkodzone przed zapisaniem albo po nim.
