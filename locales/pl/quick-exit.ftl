### Szybkie wyjście: przycisk, wyjaśnienie i czego nie usuwa.

exit-button = Wyjdź teraz
exit-skip-link = Szybko opuść tę stronę
exit-info-title = Jak działa szybkie wyjście
exit-info-how = Na górze każdego ekranu jest przycisk Wyjdź teraz. Jedno dotknięcie i ekran od razu jest pusty.
exit-info-keys = Na klawiaturze: naciśnij szybko 3 razy Shift.
exit-info-web = W przeglądarce przejdziesz potem na stronę z pogodą. Ta strona zostanie zastąpiona w historii, więc przyciskiem Wstecz tu nie wrócisz.
exit-info-app = W aplikacji zobaczysz potem zwykły kalkulator. Chcesz wrócić? Zamknij aplikację i otwórz ją ponownie.
exit-info-not-title = Czego szybkie wyjście nie usuwa
exit-info-not-history = Historia przeglądarki. Mogą tam nadal być nazwy odwiedzonych tu stron. Użyj okna prywatnego albo wyczyść historię, jeśli to bezpieczne.
exit-info-not-recents = Lista ostatnio używanych aplikacji. Ta aplikacja może tam nadal być. Zamknij ją tam, jeśli to bezpieczne.
exit-info-not-app = Sama aplikacja. Ktoś, kto przegląda twój telefon, może zobaczyć, że jest zainstalowana.
exit-info-not-calls = Połączenia na liście połączeń w twoim telefonie.
exit-info-not-downloads = Pliki, które pobierasz lub udostępniasz.
exit-info-confirm = Rozumiem

## Bezpieczne korzystanie
exit-info-safety-title = Bezpieczne korzystanie
exit-info-safety-presence = Ktoś, kto przegląda twój telefon, może zobaczyć, że jest na nim ta aplikacja. W Ustawieniach możesz sprawić, że aplikacja będzie się otwierać jako kalkulator.
exit-info-safety-store = Sklep z aplikacjami pamięta, jakie aplikacje pobierasz, nawet jeśli potem je usuniesz. Ktoś, kto ma dostęp do twojego konta, może to zobaczyć.
exit-info-safety-backup = Kopie zapasowe w chmurze mogą pokazać, że używasz tej aplikacji. Twój dziennik jest w nich tylko w formie zaszyfrowanej.
exit-info-safety-device = Myślisz, że ktoś przegląda lub kontroluje twój telefon? Jeśli możesz, użyj wtedy innego urządzenia, na przykład urządzenia osoby, której ufasz.
