### Eén Entree: elementy ekranu i ekran startowy.

## Język
# Nazwa tego języka w tym języku. Widoczna przy wyborze języka.
language-name = Polski
# Separator dziesiętny dla liczb.
number-decimal = ,

## Tłumaczenie
# Jeden wiersz na dole każdej strony, tylko przy tłumaczeniu, którego jeszcze nie sprawdzono.
translation-unreviewed = To tłumaczenie nie zostało jeszcze sprawdzone przez osobę, dla której polski jest językiem ojczystym.
language-unavailable = Nie udało się wczytać języka { $language }, więc aplikacja jest na razie po angielsku. Wybierz język jeszcze raz, aby spróbować ponownie.
# Etykieta wyboru języka na górze każdego ekranu.
language-switch = Język

## Nawigacja
nav-label = Menu
nav-home = Start
nav-locator = Znajdź CSG
nav-helplines = Telefony pomocy
nav-settings = Ustawienia

## Ekran startowy
home-title = Pomoc po przemocy seksualnej
home-call = Zadzwoń: { $number }
home-call-note = Bezpłatnie, w dzień i w nocy
home-chat = Anonimowy czat
home-chat-note = Na stronie internetowej Centrum Seksueel Geweld
home-about = Centrum Seksueel Geweld (CSG, ośrodek pomocy po przemocy seksualnej) pomaga ci po przemocy seksualnej, także jeśli doszło do niej w internecie. Dostajesz opiekę medyczną i wsparcie. Chcesz zgłosić sprawę na policję? W tym też ci pomogą, ale nie musisz tego robić. CSG jest dla wszystkich, w każdym wieku.
home-seven-days = Zadzwoń jak najszybciej, najlepiej w ciągu 3 dni: niektóre leki, na przykład chroniące przed ciążą i HIV, działają tylko w pierwszych dniach. Ślady można zabezpieczyć do 7 dni później, jeśli chcesz. Minęło więcej czasu? Zadzwoń mimo to. Na pomoc nigdy nie jest za późno.
home-for-others = Martwisz się o kogoś innego? Jesteś rodzicem, przyjacielem lub nauczycielem? Możesz zadzwonić po radę pod ten sam numer.
home-danger = Grozi ci niebezpieczeństwo? Zadzwoń: { $number }

## Sekcje
section-locator-title = Znajdź swoje CSG
section-locator-text = Które Centrum Seksueel Geweld (ośrodek pomocy po przemocy seksualnej) pomaga w twojej okolicy? Działa bez internetu.
section-helplines-title = Wszystkie telefony pomocy
section-helplines-text = Policja, Veilig Thuis, pomoc przy wykorzystywaniu w internecie i więcej.
section-exit-info-title = Szybkie wyjście
section-exit-info-text = Jak jednym dotknięciem opuścić aplikację i czego to nie usuwa.
section-settings-title = Ustawienia
section-settings-text = Wybierz język.

## Nieznana strona
not-found-title = Ta strona nie istnieje
not-found-text = Może link jest stary albo nie całkiem poprawny. Potrzebujesz pomocy? Zadzwoń lub napisz na czacie poniżej albo przejdź do strony Start.

## Po szybkim wyjściu
neutral-title = Kalkulator

# The device could not open a call or chat link (no dialler, no browser).
contact-call-failed = Z tego urządzenia nie da się zadzwonić. Wybierz ten numer samodzielnie, na przykład z innego telefonu:
contact-open-failed = Na tym urządzeniu nie da się otworzyć strony. Wpisz adres w przeglądarce samodzielnie:
contact-failed-close = Zamknij
