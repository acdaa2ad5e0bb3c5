### Eén Entree: strony informacyjne. Struktura jest w assets/data/info.json. Numery, numery artykułów i daty pochodzą z danych, nigdy z tego tekstu.

## Wspólne
info-sections-title = Informacje
info-article = Konwencja stambulska, artykuł { $article }
info-unverified = Tej części nie udało nam się jeszcze sprawdzić u źródła. W razie wątpliwości zapytaj, jak to wygląda w twojej sytuacji.
info-in-force = Konwencja stambulska obowiązuje w Holandii od { $date }.
info-read-aloud = Przeczytaj tę stronę na głos
info-stop-reading = Zatrzymaj czytanie

## Co teraz?
info-now-title = Co teraz?
info-now-summary = Bezpieczeństwo, pomoc w pierwszych dniach i zabezpieczenie śladów.
info-now-intro = Coś się stało i nie wiesz, co robić? Tu przeczytasz, co może teraz pomóc. Nie spiesz się: nie musisz robić wszystkiego naraz.

info-now-safe-heading = Najpierw: czy nic ci nie grozi?
info-now-safe-text-1 = Twoje bezpieczeństwo jest najważniejsze. Grozi ci teraz niebezpieczeństwo albo ktoś jest poważnie ranny? Zadzwoń wtedy pod numer { $emergency }.
info-now-safe-text-2 = Jesteś w bezpiecznym miejscu? Weź głęboki oddech. Jeśli chcesz, znajdź kogoś, komu ufasz.

info-now-call-heading = Zadzwoń albo napisz na czacie do Centrum Seksueel Geweld
info-now-call-text-1 = Zadzwoń pod numer { $csg }. To nic nie kosztuje, a dzwonić możesz w dzień i w nocy. Wolisz nie rozmawiać? Napisz wtedy anonimowo na czacie na stronie CSG.
info-now-call-text-2 = Możesz też zadzwonić albo pisać na czacie anonimowo. CSG zapyta, gdzie mniej więcej jesteś, żebyś mogła lub mógł porozmawiać z kimś z CSG w twoim regionie. Ta osoba powie ci, dokąd możesz się udać. Dlatego najpierw zadzwoń, zanim gdzieś pójdziesz.

info-now-seven-days-heading = Dlaczego warto zadzwonić szybko
info-now-seven-days-text-1 = Zadzwoń jak najszybciej, najlepiej w ciągu 3 dni. Wtedy CSG może dać ci taką pomoc:
info-now-seven-days-text-2 = To ty decydujesz, czego chcesz. Możesz zgodzić się na opiekę medyczną, a nie zgodzić się na badanie śladów.
info-now-seven-days-item-1 = Opatrzenie obrażeń.
info-now-seven-days-item-2 = Leki, które zapobiegają ciąży. Działają tylko w pierwszych dniach.
info-now-seven-days-item-3 = Leki, które zapobiegają zakażeniom, na przykład HIV. Niektóre działają tylko w pierwszych dniach.
info-now-seven-days-item-4 = Pierwsze wsparcie w tym, jak się czujesz.
info-now-seven-days-item-5 = Zabezpieczenie śladów przez lekarza, razem z policją. Można to zrobić do 7 dni po tym, co się stało, i tylko wtedy, gdy chcesz zgłosić sprawę na policję.

info-now-evidence-heading = Zabezpieczenie śladów, jeśli chcesz
info-now-evidence-text-1 = Może chcesz zgłosić sprawę na policję albo zostawić sobie tę możliwość? Wtedy pomaga, jeśli ślady zostaną zachowane. Ale twoje bezpieczeństwo i zdrowie są zawsze ważniejsze. Żaden dowód nie jest wart twojego bezpieczeństwa.
info-now-evidence-text-2 = Prysznic albo zmiana ubrań już za tobą? Nie ma w tym nic złego. Mimo to zadzwoń: nadal dostaniesz pomoc.
info-now-evidence-text-3 = Jeśli dasz radę, do czasu badania:
info-now-evidence-item-1 = Nie jedz, nie pij i nie pal.
info-now-evidence-item-2 = Nie myj zębów.
info-now-evidence-item-3 = Nie bierz prysznica i nie myj miejsc, w których cię dotykano.
info-now-evidence-item-4 = Nie zmieniaj ubrania.
info-now-evidence-item-5 = Musisz iść do toalety? Zbierz wtedy mocz do czystego pojemnika.

info-now-never-too-late-heading = Nigdy nie jest za późno
info-now-never-too-late-text-1 = Minęło więcej niż 7 dni? Albo nawet lata? CSG pomoże ci także wtedy. Zadzwoń pod numer { $csg } albo napisz na czacie.
info-now-never-too-late-text-2 = Nie wiesz, czy CSG jest dla ciebie? Zadzwoń albo napisz na czacie i zapytaj.

info-now-for-everyone-heading = Dla każdego
info-now-for-everyone-text-1 = CSG jest dla każdego: w każdym wieku i każdej płci. Także wtedy, gdy doszło do tego w internecie.
info-now-for-everyone-text-2 = CSG jest też dla ludzi wokół ciebie, na przykład rodziców, przyjaciół i nauczycieli. Mogą zadzwonić po radę pod ten sam numer.

## Twoje prawa
info-rights-title = Twoje prawa
info-rights-summary = Czego możesz się spodziewać, niezależnie od tego, czy zgłosisz sprawę na policję.
info-rights-intro = Holandia jest stroną konwencji stambulskiej. Ta europejska umowa dotyczy przemocy wobec kobiet i przemocy domowej. Mówi, jaką pomoc i ochronę muszą dostać osoby, które jej doświadczyły. Tutaj przeczytasz, co to oznacza. To, co ci się stało, nie mieści się w tym? CSG pomaga każdemu, w każdym wieku i bez względu na płeć.

info-rights-help-without-report-heading = Pomoc, także bez zgłoszenia na policję
info-rights-help-without-report-text-1 = Konwencja mówi: osoby pokrzywdzone mają prawo do pomocy i ochrony, także jeśli nie zgłoszą sprawy na policję.
info-rights-help-without-report-text-2 = Organizacje, które ci pomagają, muszą ze sobą współpracować. I muszą uważać, żeby kontakt z nimi nie sprawił ci jeszcze więcej bólu.
info-rights-help-without-report-text-3 = W Holandii to ty decydujesz, czy zgłosisz sprawę na policję. CSG pomoże ci w każdym przypadku, także jeśli nie chcesz kontaktu z policją.
info-rights-police-heading = Zanim porozmawiasz z policją
info-rights-police-text-1 = Zawsze możesz najpierw zapytać CSG o radę, także anonimowo. CSG zawiadamia policję tylko wtedy, gdy ty tego chcesz.
info-rights-police-text-2 = Rozmawiasz z policją zajmującą się przestępstwami seksualnymi, nawet jeśli na początku chcesz tylko informacji? Wtedy w niektórych sytuacjach prokurator może mimo to wszcząć dochodzenie, także bez zgłoszenia. Na przykład gdy przemoc nadal trwa. Policja mówi o tym na początku rozmowy. Także konwencja wymaga, żeby takie sprawy nie zależały tylko od zgłoszenia.
info-rights-police-text-3 = Zgłoszenie zostało złożone? Wtedy nie można go już wycofać. Daj sobie więc czas na decyzję i zapytaj o radę, jeśli masz wątpliwości. Policja jest dostępna w dzień i w nocy pod numerem { $police }.

info-rights-own-language-heading = Informacje w języku, który rozumiesz
info-rights-own-language-text-1 = Według konwencji masz prawo do informacji o pomocy i o tym, co możesz zrobić w sprawach prawnych. Na czas i w języku, który rozumiesz.
info-rights-own-language-text-2 = Czegoś nie rozumiesz? Poproś, żeby ktoś wyjaśnił to jeszcze raz, innymi słowami albo w innym języku.

info-rights-specialist-help-heading = Pomoc specjalistów, w dzień i w nocy
info-rights-specialist-help-text-1 = Konwencja mówi, że w całym kraju musi być dostępna specjalistyczna pomoc. Od razu, a także na dłuższy czas.
info-rights-specialist-help-text-2 = Musi też istnieć bezpłatny krajowy telefon pomocy: czynny w dzień i w nocy i poufny.
info-rights-specialist-help-text-3 = Po przemocy seksualnej w Holandii dzwonisz do CSG: { $csg }. Bezpłatnie, w dzień i w nocy. Możesz też napisać anonimowo na czacie.

info-rights-sexual-violence-centre-heading = Ośrodek pomocy po przemocy seksualnej
info-rights-sexual-violence-centre-text-1 = Konwencja mówi, że muszą istnieć łatwo dostępne ośrodki pomocy po przemocy seksualnej. Tam dostajesz badanie lekarskie, pomoc w traumie, wsparcie i badanie śladów.
info-rights-sexual-violence-centre-text-2 = W Holandii są to Centra Seksueel Geweld. CSG jest dla każdego, w każdym wieku i bez względu na płeć. Badanie śladów odbywa się tylko wtedy, gdy chcesz zgłosić sprawę. Możesz też dostać tylko opiekę medyczną i wsparcie.
info-rights-sexual-violence-centre-text-3 = Zadzwoń pod numer { $csg } albo napisz na czacie. CSG powie ci, dokąd możesz się udać.

info-rights-protection-during-case-heading = Ochrona w czasie śledztwa i procesu
info-rights-protection-during-case-text-1 = Zgłaszasz sprawę na policję? Według konwencji masz wtedy prawo do ochrony w czasie śledztwa i w czasie procesu sądowego. Zapytaj policję albo Slachtofferhulp Nederland (pomoc dla osób pokrzywdzonych), jak to wygląda w twoim przypadku.
info-rights-protection-during-case-text-2 = Konwencja wymienia między innymi:
info-rights-protection-during-case-item-1 = Informacje o twojej sprawie.
info-rights-protection-during-case-item-2 = Wiadomość, gdy sprawca ucieknie albo wyjdzie na wolność, przynajmniej wtedy, gdy ty lub twoja rodzina możecie być w niebezpieczeństwie. Zapytaj o to w Slachtofferloket (punkcie dla osób pokrzywdzonych).
info-rights-protection-during-case-item-3 = Jak najmniej kontaktu z podejrzanym.
info-rights-protection-during-case-item-4 = Pomoc tłumacza, jeśli jej potrzebujesz.
info-rights-protection-during-case-item-5 = Opowiedzenie swojej historii bez obecności podejrzanego, jeśli to możliwe.
info-rights-protection-during-case-item-6 = Ochrona twojej prywatności.

info-rights-legal-aid-heading = Pomoc adwokata
info-rights-legal-aid-text-1 = Konwencja mówi: osoby pokrzywdzone mają prawo do pomocy prawnej i do bezpłatnej pomocy prawnej, na warunkach prawa danego kraju.
info-rights-legal-aid-text-2 = W Holandii osoby pokrzywdzone przestępstwem z użyciem przemocy albo przestępstwem seksualnym, takim jak gwałt czy napaść seksualna, mają w niektórych sytuacjach prawo do bezpłatnego adwokata. Tak podaje slachtofferrechten.nl. Zapytaj o to policję albo Slachtofferhulp Nederland.

## Wykorzystywanie w internecie
info-online-title = Wykorzystywanie w internecie
info-online-summary = Szantaż nagimi zdjęciami, udostępniane zdjęcia i grooming: co możesz zrobić.
info-online-intro = Do przemocy seksualnej może dojść także w internecie. CSG pomaga ci wtedy tak samo jak przy przemocy poza internetem.

info-online-what-it-is-heading = Czym jest wykorzystywanie seksualne w internecie?
info-online-what-it-is-text-1 = Może do niego dojść na wiele sposobów. Kilka przykładów:
info-online-what-it-is-item-1 = Ktoś grozi, że roześle twoje nagie zdjęcia, jeśli nie zapłacisz albo nie wyślesz więcej zdjęć. Nazywa się to sextortion.
info-online-what-it-is-item-2 = Ktoś udostępnia twoje zdjęcia o charakterze seksualnym, choć ty tego nie chcesz. Także wtedy, gdy to twoje zdjęcia, przez ciebie zrobione lub wysłane.
info-online-what-it-is-item-3 = Ktoś w internecie zdobywa twoje zaufanie, żeby potem wykorzystać cię seksualnie. Nazywa się to grooming.

info-online-not-your-fault-heading = To nie twoja wina
info-online-not-your-fault-text-1 = Nawet jeśli zdjęcia pochodzą od ciebie. Nawet jeśli ta osoba miała twoje zaufanie. Wina leży po stronie tego, kto ci grozi albo udostępnia twoje zdjęcia.
info-online-not-your-fault-text-2 = Wykorzystywanie w internecie jest tak samo poważne jak poza internetem. CSG pomaga ci także w tym. Zadzwoń pod numer { $csg } albo napisz na czacie.

info-online-threatened-heading = Ktoś ci grozi?
info-online-threatened-text-1 = Nie płać i nic więcej nie wysyłaj. Nawet jeśli ktoś na ciebie naciska.
info-online-threatened-text-2 = Najpierw zachowaj to, co masz. Poniżej przeczytasz, jak to zrobić. Potem możesz zablokować tę osobę, jeśli chcesz.
info-online-threatened-text-3 = Nie musisz sobie z tym radzić w pojedynkę. Porozmawiaj z kimś, komu ufasz, albo napisz na czacie do Helpwanted lub CSG. Grozi ci teraz niebezpieczeństwo? Zadzwoń pod numer { $emergency }.

info-online-save-evidence-heading = Zachowaj dowody, zanim znikną
info-online-save-evidence-text-1 = Wiadomości i profile mogą szybko zniknąć. Dlatego zachowaj, co się da, jeśli dasz radę. Oglądanie tego wszystkiego jeszcze raz jest zbyt trudne? Poproś o pomoc kogoś, komu ufasz.
info-online-save-evidence-text-2 = Nie przesyłaj dalej tych zdjęć i ich nie udostępniaj. Nawet po to, żeby pokazać, co się dzieje.
info-online-save-evidence-text-3 = Co możesz zachować:
info-online-save-evidence-item-1 = Zrzuty ekranu wiadomości, z widoczną datą i godziną.
info-online-save-evidence-item-2 = Zrzuty ekranu nazw kont i profili osoby, która ci grozi albo udostępnia twoje zdjęcia.
info-online-save-evidence-item-3 = Linki do miejsc, w których są zdjęcia. Samych zdjęć nie musisz zachowywać.

info-online-removal-heading = Pomoc w usunięciu i zgłoszeniu
info-online-removal-text-1 = Helpwanted pomaga przy przemocy w internecie i należy do Offlimits. Mogą pomóc usunąć zdjęcia z internetu. Możesz z nimi pisać na czacie na ich stronie. Znajdziesz ich w zakładce Telefony zaufania.
info-online-removal-text-2 = Chcesz zgłosić sprawę na policję? Zadzwoń pod numer { $police }. Dobrze wiedzieć: zgłoszenia nie można potem wycofać. Nadal masz wątpliwości? Najpierw zapytaj o radę Helpwanted albo CSG.

## Dla bliskich
info-relatives-title = Dla bliskich
info-relatives-summary = Ktoś mówi ci o przemocy seksualnej. Tak możesz pomóc.
info-relatives-intro = Ktoś opowiada ci o przemocy seksualnej? Nie musisz być ekspertem, żeby pomóc: tu przeczytasz, co możesz zrobić.

info-relatives-listen-heading = Słuchaj i wierz
info-relatives-listen-text-1 = Opowiedzenie o tym często wymaga dużo odwagi. Pokaż, że jesteś obok.
info-relatives-listen-item-1 = Słuchaj spokojnie, bez oceniania.
info-relatives-listen-item-2 = Uwierz w to, co mówi ta osoba.
info-relatives-listen-item-3 = Powiedz: to nie twoja wina.
info-relatives-listen-item-4 = Podziękuj tej osobie, że ci o tym powiedziała.

info-relatives-no-details-heading = Nie dopytuj
info-relatives-no-details-text-1 = Pozwól tej osobie samej wybrać, co i ile opowie. Nie pytaj o szczegóły.
info-relatives-no-details-text-2 = Pytania typu „po co było tam iść?” mogą brzmieć jak zarzut. Nawet jeśli nie masz tego na myśli.

info-relatives-their-choice-heading = Pozwól tej osobie decydować
info-relatives-their-choice-text-1 = Nie decyduj za tę osobę. Także w sprawie policji czy zgłoszenia. O tym, co stanie się dalej, decyduje ona sama.
info-relatives-their-choice-text-2 = Możesz jednak pomóc. Czy to stało się niedawno? Powiedz wtedy, że warto jak najszybciej zadzwonić do CSG, najlepiej w ciągu 3 dni. Jeśli minęło więcej czasu, CSG też pomoże. Zadzwońcie razem, jeśli ta osoba tego chce.
info-relatives-their-choice-text-3 = Czy teraz grozi niebezpieczeństwo? Zadzwoń wtedy pod numer { $emergency }.

info-relatives-no-confrontation-heading = Nie konfrontuj się ze sprawcą
info-relatives-no-confrontation-text-1 = Może czujesz złość i chcesz coś zrobić. Mimo to nie konfrontuj się ze sprawcą. To może sprawić, że dla osoby, która ci to powiedziała, będzie mniej bezpiecznie albo trudniej.
info-relatives-no-confrontation-text-2 = Porozmawiaj o swojej złości z kimś innym albo zadzwoń do CSG.

info-relatives-child-heading = Chodzi o dziecko?
info-relatives-child-text-1 = Zachowaj spokój i słuchaj, tak jak przy dorosłym. Dziecko nie może samo o wszystkim decydować. Dlatego poproś o radę i powiedz dziecku, co zamierzasz zrobić.
info-relatives-child-text-2 = CSG jest też dla dzieci. Zadzwoń po radę pod numer { $csg }.
info-relatives-child-text-3 = Do wykorzystywania dochodzi w domu? Wtedy możesz też zadzwonić po radę do Veilig Thuis (Bezpieczny Dom), bezpłatnie, w dzień i w nocy. Możesz to zrobić anonimowo. Znajdziesz ich w zakładce Telefony pomocy.

info-relatives-for-you-heading = CSG jest też dla ciebie
info-relatives-for-you-text-1 = Jako osoba bliska też możesz zadzwonić pod numer { $csg }. Bezpłatnie, w dzień i w nocy. Na przykład gdy nie wiesz, co powiedzieć albo zrobić. Możesz też napisać anonimowo na czacie.
info-relatives-for-you-text-2 = Wskazówka: zapisz ten numer w telefonie. Wtedy masz go pod ręką, dla siebie albo dla kogoś innego.

info-relatives-self-care-heading = Zadbaj też o siebie
info-relatives-self-care-text-1 = To, co słyszysz, może poruszyć także ciebie. To normalne. Porozmawiaj o tym z kimś albo zadzwoń do CSG.
info-relatives-self-care-text-2 = Odpocznij, kiedy tego potrzebujesz. Lepiej wesprzesz drugą osobę, jeśli zadbasz też o siebie.

## Dla szkół
info-schools-title = Dla szkół
info-schools-summary = Sygnały, uczeń, który coś mówi, i gdzie dostać radę.
info-schools-intro = Dla nauczycieli, wychowawców i wszystkich, którzy pracują w szkole. Tu przeczytasz, co możesz zrobić, jeśli martwisz się o ucznia.

info-schools-signs-heading = Sygnały
info-schools-signs-text-1 = Czasem zauważasz, że coś może być nie tak. Sygnał to nie dowód: zmiana może mieć wiele przyczyn.
info-schools-signs-text-2 = Martwisz się? Spokojnie i bez naciskania zapytaj, jak się czuje. I poproś o radę.
info-schools-signs-text-3 = Zwróć uwagę na przykład na to, czy:
info-schools-signs-item-1 = Uczeń nagle zachowuje się inaczej niż wcześniej.
info-schools-signs-item-2 = Uczeń wycofuje się albo rzadziej szuka kontaktu z innymi.

info-schools-disclosure-heading = Gdy uczeń ci coś mówi
info-schools-disclosure-text-1 = Uczeń wybiera ciebie, żeby coś ci powiedzieć. To oznaka zaufania.
info-schools-disclosure-item-1 = Zachowaj spokój, nawet jeśli to tobą wstrząśnie.
info-schools-disclosure-item-2 = Słuchaj i pozwól uczniowi opowiedzieć to własnymi słowami.
info-schools-disclosure-item-3 = Powiedz, że to dobrze, że uczeń o tym mówi, i że to nie jego wina.
info-schools-disclosure-item-4 = Nie przesłuchuj jak detektyw. Nie pytaj o szczegóły i nie wyjaśniaj sprawy na własną rękę.

info-schools-secrecy-heading = Nie obiecuj dochowania tajemnicy
info-schools-secrecy-text-1 = Nie obiecuj, że zachowasz to w tajemnicy, jeśli nie możesz tego dotrzymać. Powiedz szczerze, co zamierzasz zrobić i z kim porozmawiasz.
info-schools-secrecy-text-2 = Postępuj zgodnie z procedurą swojej szkoły w sprawie tego, co przekazujesz dalej i komu. Masz wątpliwości? Poproś o radę.

info-schools-write-down-heading = Potem to zapisz
info-schools-write-down-text-1 = Po rozmowie jak najszybciej zapisz, co powiedział uczeń. Użyj słów samego ucznia. Dopisz też datę.
info-schools-write-down-text-2 = Zapisz, co zostało powiedziane i co było widać, a nie to, co twoim zdaniem się wydarzyło.

info-schools-advice-heading = Poproś CSG o radę
info-schools-advice-text-1 = Jako specjalista też możesz zadzwonić po radę pod numer { $csg }. Bezpłatnie, w dzień i w nocy.
info-schools-advice-text-2 = Czy to stało się niedawno? Zadzwoń od razu: niektóre leki działają tylko w pierwszych dniach. CSG pomaga też później.
info-schools-advice-text-3 = Powiedz uczniom, że mogą też sami zadzwonić do CSG albo napisać na czacie. CSG jest dla osób w każdym wieku.

info-schools-home-heading = Wykorzystywanie w domu
info-schools-home-text-1 = Do przemocy lub wykorzystywania dochodzi w domu? Wtedy możesz też zadzwonić po radę do Veilig Thuis (Bezpieczny Dom). Veilig Thuis pomaga przy przemocy domowej i krzywdzeniu dzieci, bezpłatnie, w dzień i w nocy. Znajdziesz ich w zakładce Telefony pomocy.

info-schools-images-heading = Krążące zdjęcia
info-schools-images-text-1 = Krążą nagie zdjęcia ucznia? Nie proś, żeby ci je pokazano, i nigdy ich nie przesyłaj dalej.
info-schools-images-text-2 = Zachowaj za to linki i nazwy kont, jeśli to możliwe. Helpwanted może pomóc usunąć zdjęcia z internetu.
