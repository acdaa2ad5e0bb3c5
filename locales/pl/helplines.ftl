### Telefony pomocy. Numery pochodzą z assets/data/helplines.json, nigdy z tego tekstu.

helplines-title = Telefony pomocy
helplines-call-log = Uwaga: po rozmowie połączenie widać na liście połączeń w twoim telefonie. Usuń je stamtąd, jeśli tak będzie bezpieczniej. Masz wątpliwości? Użyj telefonu, który jest bezpieczny.

contact-call = Zadzwoń: { $number }
contact-chat = Czat
contact-chat-note = Otwiera ich stronę internetową
cost-free = Bezpłatnie
cost-local = Zwykła opłata za połączenie
hours-always = W dzień i w nocy, codziennie
hours-every-day = Codziennie, od { $from } do { $to }
hours-weekdays = Od poniedziałku do piątku, od { $from } do { $to }
hours-unverified = { $hours } (jeszcze niesprawdzone u źródła)
helpline-unverified = Nie wszystkie dane tego telefonu pomocy udało nam się już sprawdzić u źródła. W razie wątpliwości zajrzyj na ich stronę internetową.

helpline-emergency-name = Numer alarmowy 112
helpline-emergency-purpose = Gdy grozi ci bezpośrednie niebezpieczeństwo albo teraz potrzebna jest policja lub karetka.
helpline-csg-name = Centrum Seksueel Geweld (ośrodek pomocy po przemocy seksualnej)
helpline-csg-purpose = Po przemocy seksualnej, także w internecie. Dla osób pokrzywdzonych, ich bliskich i specjalistów.
helpline-veilig-thuis-name = Veilig Thuis (Bezpieczny Dom)
helpline-veilig-thuis-purpose = Przy przemocy domowej i krzywdzeniu dzieci. Możesz zadzwonić anonimowo.
helpline-slachtofferhulp-name = Slachtofferhulp Nederland (pomoc dla osób pokrzywdzonych)
helpline-slachtofferhulp-purpose = Wsparcie i praktyczna pomoc po przestępstwie.
helpline-suicide-prevention-name = 113 Zelfmoordpreventie (zapobieganie samobójstwom)
helpline-suicide-prevention-purpose = Gdy myślisz o samobójstwie albo martwisz się o kogoś.
helpline-helpwanted-name = Helpwanted (Offlimits)
helpline-helpwanted-purpose = Przy przemocy w internecie, na przykład gdy krążą nagie zdjęcia. Mogą pomóc usunąć zdjęcia z internetu. Helpwanted należy do Offlimits.
helpline-fier-name = Fier
helpline-fier-purpose = Czat z osobami udzielającymi pomocy, o przemocy i wykorzystywaniu.
helpline-police-name = Policja (sprawy niepilne)
helpline-police-purpose = Aby zgłosić sprawę. Dobrze wiedzieć: zgłoszenia nie można potem wycofać. A po rozmowie z policją prokuratura może czasem wszcząć dochodzenie także bez zgłoszenia. Masz wątpliwości? Najpierw zapytaj o radę CSG.
helpline-kindertelefoon-name = De Kindertelefoon (telefon zaufania dla dzieci)
helpline-kindertelefoon-purpose = Dla dzieci i młodzieży w wieku od 8 do 18 lat, o wszystkim, co cię trapi.
