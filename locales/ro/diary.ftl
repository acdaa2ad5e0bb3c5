### Eén Entree: the encrypted diary (Romanian).

nav-diary = Jurnal
diary-title = Jurnalul meu
diary-honesty = Fiecare notiță conține un număr de control al notiței dinainte. Așa vezi dacă ceva a fost schimbat sau șters mai târziu. Nu este o dovadă criminalistică: cine îți știe parola poate crea totul din nou.

## Create and open
diary-create-intro = Scrie ce s-a întâmplat și cum te simți. Totul rămâne criptat pe acest dispozitiv. Nu există cont și nimic nu ajunge pe internet. Doar tu decizi dacă împarți ceva cu cineva.
diary-passphrase = Parolă
diary-passphrase-repeat = Parola încă o dată
diary-passphrase-hint = Cel puțin { $min ->
        [one] { $min } caracter
        [few] { $min } caractere
       *[other] { $min } de caractere
    }. O propoziție din câteva cuvinte este puternică și ușor de ținut minte. Nu folosi codul PIN al telefonului.
diary-no-recovery = Atenție: nimeni nu îți poate recupera parola, nici noi. Dacă o uiți, nimeni nu îți mai poate deschide jurnalul.
diary-understood = Înțeleg că parola mea nu poate fi recuperată.
diary-create = Creează jurnalul
diary-creating = Se creează cheia…
diary-locked-intro = Jurnalul tău este încuiat.
diary-unlock = Deschide
diary-unlocking = Se verifică parola…
diary-forgot = Telefon nou? Creează mai întâi un jurnal nou, apoi restaurează în el jurnalul salvat.
diary-lock = Încuie

## Passphrase errors
diary-error-short = Parola este prea scurtă. Folosește cel puțin { $min ->
        [one] { $min } caracter
        [few] { $min } caractere
       *[other] { $min } de caractere
    }.
diary-error-mismatch = Cele două parole nu sunt la fel.
diary-error-understood = Bifează că înțelegi că parola nu poate fi recuperată.
diary-error-wrong = Parola nu este corectă. Nu s-a schimbat nimic.
diary-error-wrong-wait = Parola nu este corectă. Nu s-a schimbat nimic. Poți încerca din nou peste { $seconds ->
        [one] o secundă
        [few] { $seconds } secunde
       *[other] { $seconds } de secunde
    }.
diary-error-wait = Mai așteaptă { $seconds ->
        [one] o secundă
        [few] { $seconds } secunde
       *[other] { $seconds } de secunde
    }, apoi încearcă din nou.
diary-error-state = Asta nu se poate acum. Închide jurnalul și deschide-l din nou.
diary-error-damaged = O parte din datele salvate este deteriorată. Ce se mai poate citi rămâne păstrat.

## List
diary-chain-ok = { $count ->
    [0] Încă nu e nimic de verificat.
    [one] Notița a fost verificată: nimic nu a fost schimbat sau șters.
   *[other] Toate notițele ({ $count }) au fost verificate: nimic nu a fost schimbat sau șters.
}
diary-chain-broken = Atenție: ordinea nu se potrivește { $count ->
        [one] într-un loc
        [few] în { $count } locuri
       *[other] în { $count } de locuri
    }. Ceva a fost schimbat, șters sau deteriorat.
diary-new = Notiță nouă
diary-kind-incident = Ce s-a întâmplat
diary-kind-symptoms = Cum te simți?
diary-kind-evidence = Fotografie sau fișier
diary-kind-online-abuse = Abuz online
diary-search = Caută în jurnal
diary-filter-kind = Tip
diary-filter-all = Toate
diary-filter-from = De la
diary-filter-to = Până la (inclusiv)
diary-filter-clear = Arată tot
diary-empty = Încă nu ai notițe.
diary-count = Notițe: { $shown } din { $total }
diary-more = Arată mai multe
diary-versions = Modificată (versiuni: { $count })
diary-checkin-title = Starea ta ({ $count ->
        [one] o scală
        [few] { $count } scale
       *[other] { $count } de scale
    })
diary-saved = Salvat.
diary-save-failed = Nu s-a salvat. { $reason } Textul tău este încă acolo.

## Viewing a note
diary-written = Scrisă pe { $when } (ora dispozitivului, nu poate fi schimbată)
diary-written-imported = Restaurată pe { $when }. Scrisă prima dată pe { $original }.
diary-history = Versiuni anterioare
diary-version = Versiunea { $number }, scrisă pe { $when }
diary-edit = Modifică
diary-edit-title = Versiune nouă (cea veche rămâne păstrată)
diary-close = Închide
diary-replaces = Versiune nouă a notiței nr. { $seq }.
diary-replaced = Modificată mai târziu.
diary-unreadable = Notiță care nu poate fi citită

## Forms
diary-save = Salvează
diary-cancel = Anulează
diary-field-when = Când
diary-when-exact = Data și ora
diary-when-approximately = Aproximativ
diary-when-around = În jurul datei de { $day }
diary-when-unknown = Nu știu
diary-field-date = Data
diary-field-time = Ora
diary-field-words = Aproximativ când, cu cuvintele tale
diary-field-place = Unde
diary-field-what = Ce s-a întâmplat
diary-field-people = Cine a fost implicat
diary-field-witnesses = Martori
diary-field-note = Notiță
diary-field-file = Fișier
diary-field-pick = Alege o fotografie sau un fișier
diary-field-camera = Fă o fotografie
diary-file-note = Fișierul este păstrat criptat în jurnalul tău, nu în galeria foto. Aplicația nu șterge originalul – șterge-l tu, dacă vrei.
diary-field-platform = Platformă sau aplicație
diary-field-accounts = Nume de conturi
diary-field-urls = Linkuri
diary-field-urls-input = Linkuri (câte unul pe rând)
diary-field-shared = Ce a fost distribuit sau trimis
diary-screenshots-note = Salvează capturile de ecran ca notiță „Fotografie sau fișier”.
diary-helpwanted-text = Sunt imagini cu tine pe internet? Helpwanted te ajută gratuit să fie șterse.
diary-helpwanted-link = Mergi la Helpwanted
diary-sealing = Se criptează… { $percent } %
diary-size-kb = { $kb } kB
diary-size-mb = { $mb } MB
diary-scale-skip = Necompletat
diary-scale-sleep = Somn
diary-scale-sleep-low = 0 = foarte rău
diary-scale-sleep-high = 10 = foarte bine
diary-scale-anxiety = Frică și anxietate
diary-scale-anxiety-low = 0 = deloc
diary-scale-anxiety-high = 10 = foarte multă
diary-scale-pain = Durere
diary-scale-pain-low = 0 = deloc
diary-scale-pain-high = 10 = foarte multă
diary-scale-flashbacks = Retrăiri (flashback-uri)
diary-scale-flashbacks-low = 0 = deloc
diary-scale-flashbacks-high = 10 = tot timpul
diary-scale-mood = Dispoziție
diary-scale-mood-low = 0 = foarte proastă
diary-scale-mood-high = 10 = foarte bună

## Form errors
diary-error-empty = Completează mai întâi ceva.
diary-error-too-long = Textul este prea lung. Împarte-l în două notițe.
diary-error-scale = Alege un număr de la 0 la 10.
diary-error-url = Un link trebuie să înceapă cu https:// sau http://.
diary-error-date = Data sau ora aceasta nu există.
diary-error-no-date = Completează o dată sau alege „Aproximativ”.
diary-error-future = Data aceasta este în viitor.

## Chart
diary-chart-title = Cum a fost
diary-chart-summary = Notări ale stării: { $count }, de la { $from } până la { $to }.

## Save and restore
diary-transfer-title = Salvează sau distribuie jurnalul
diary-export-warning = Un fișier salvat nu mai este protejat de aplicație. Oricine are fișierul și parola lui îl poate citi. Păstrează-l în siguranță.
diary-export-report = Raport de tipărit
diary-archive-title = Fișier criptat
diary-archive-to-passphrase = Cu o parolă
diary-archive-to-key = Pentru cheia cuiva în care ai încredere (de exemplu avocatul tău)
diary-archive-key = Cheie publică (începe cu age1)
diary-archive-make = Creează fișierul criptat
diary-export-bad-key = Aceasta nu este o cheie publică validă. O cheie începe cu age1.
diary-progress = Se lucrează… { $percent } %
diary-download = Descarcă { $name }
diary-print = Tipărește sau salvează ca PDF
diary-exported-to = Salvat în { $path }
diary-export-done = Gata
diary-transfer-failed = Nu a mers. Nu s-a schimbat nimic în jurnalul tău.
diary-import-title = Restaurează un jurnal salvat
diary-import-text = Notițele din fișier se adaugă. Nu dispare nimic din jurnalul tău.
diary-import-file = Alege fișierul criptat
diary-import-passphrase = Parola fișierului
diary-import = Restaurează
diary-import-wrong = Parola aceasta nu deschide fișierul. Nu s-a schimbat nimic.
diary-import-foreign = Acesta nu este un jurnal salvat din această aplicație.
diary-import-damaged = Fișierul este deteriorat sau incomplet. Nu s-a schimbat nimic.
diary-import-too-large = Fișierul este prea mare.
diary-imported = { $count ->
        [one] A fost restaurată o notiță.
        [few] Au fost restaurate { $count } notițe.
       *[other] Au fost restaurate { $count } de notițe.
    }

## Report
diary-report-title = Jurnal: raport
diary-report-chain-ok = Verificare: toate notițele ({ $count }) se succed în ordine; nimic nu a fost schimbat sau șters. Ultimul număr de control: { $head }
diary-report-chain-broken = Verificare: ordinea nu se potrivește { $count ->
        [one] într-un loc
        [few] în { $count } locuri
       *[other] în { $count } de locuri
    }. Ceva a fost schimbat, șters sau deteriorat.

## Wipe
diary-wipe = Șterge jurnalul
diary-wipe-text = Tot ce este în jurnalul tău se șterge imediat și pentru totdeauna: notițe, fotografii și fișiere. Nimeni nu îl mai poate deschide după aceea, nici cu parola ta. Acest lucru nu poate fi anulat. Fișierele salvate sau trimise în afara aplicației rămân.
diary-wipe-confirm = Da, șterge tot
diary-wipe-cancel = Nu, păstrează-l
diary-wiping = Se șterge…

## Duress
diary-duress-title = A doua parolă, pentru urgențe
diary-duress-text = Trebuie să deschizi jurnalul pentru că cineva te obligă? Atunci folosește această a doua parolă. Ea deschide un jurnal separat, gol. Jurnalul tău adevărat rămâne ascuns și neatins. Din memoria telefonului nu se vede dacă există o a doua parolă.
diary-duress-passphrase = A doua parolă
diary-duress-save = Salvează a doua parolă
diary-duress-busy = Se lucrează…
diary-duress-set = A doua parolă a fost salvată.
diary-duress-same = Alege o parolă diferită de cea a jurnalului.
diary-change-title = Schimbarea parolei
diary-change-text = Dacă cineva ți-a putut vedea parola, alege una nouă. Notițele tale rămân așa cum sunt. După aceea doar parola nouă deschide acest jurnal și nici ea nu poate fi recuperată.
diary-change-current = Parola actuală
diary-change-new = Parola nouă
diary-change-save = Schimbă parola
diary-change-busy = Se lucrează…
diary-change-done = Parola a fost schimbată. De acum folosește-o pe cea nouă.
diary-change-wrong = Aceasta nu este parola actuală. Nu s-a schimbat nimic.
diary-change-same = Alege o parolă nouă, diferită de a doua ta parolă.

# An export the device hands over (Android's share sheet).
diary-export-ready = Fișierul este gata. Trimiteți-l unei aplicații în care aveți încredere sau salvați-l în fișierele dvs. După ce iese din aplicație nu mai este protejat.
diary-export-share = Trimite sau salvează
diary-export-share-failed = Trimiterea nu a reușit. Nu s-a schimbat nimic în jurnal; încercați din nou.

## Import: limite și verificare
diary-import-too-costly = Parola acestui fișier cere { $needed } MB de memorie pentru a-l deschide; acest dispozitiv poate folosi pentru asta cel mult { $allowed } MB. Nu s-a schimbat nimic. Deschide fișierul pe un calculator cu rage sau age ori salvează din nou jurnalul din aplicația Eén Entree, care cere mai puțină memorie.
diary-error-key-too-costly = Cheia acestui jurnal cere { $needed } MB de memorie pentru a fi deschisă; acest dispozitiv poate folosi pentru asta cel mult { $allowed } MB. De aceea parola nu a fost încercată și nu contează ca încercare. Poate cineva a schimbat cheia. Nu s-a schimbat nimic.
diary-import-skipped = Note care erau deja în jurnal și nu au fost adăugate din nou: { $count }.
diary-import-chain-ok = Verificare: notele din fișier ({ $count }) urmează una după alta; nu s-a schimbat și nu s-a șters nimic.
diary-import-chain-broken = Verificare: în { $count } locuri notele din fișier nu urmează una după alta. Ceva a fost schimbat, șters sau deteriorat, înainte sau după salvare.
