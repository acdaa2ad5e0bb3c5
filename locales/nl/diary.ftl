### Eén Entree: het versleutelde dagboek (referentietaal).

nav-diary = Dagboek
diary-title = Mijn dagboek
diary-honesty = Elke notitie bevat een controlegetal van de vorige. Zo zie je of er later iets is veranderd of weggehaald. Dit is geen forensisch bewijs: wie je wachtwoord kent, kan alles opnieuw maken.

## Aanmaken en openen
diary-create-intro = Schrijf op wat er is gebeurd en hoe het met je gaat. Alles blijft versleuteld op dit toestel. Er is geen account en niets gaat naar internet. Alleen jij beslist of je iets deelt.
diary-passphrase = Wachtwoord
diary-passphrase-repeat = Wachtwoord nog een keer
diary-passphrase-hint = Minstens { $min } tekens. Een zin van een paar woorden is sterk en goed te onthouden. Gebruik niet de pincode van je telefoon.
diary-no-recovery = Let op: niemand kan je wachtwoord terughalen, wij ook niet. Ben je het kwijt, dan kan niemand je dagboek meer openen.
diary-understood = Ik begrijp dat mijn wachtwoord niet terug te halen is.
diary-create = Dagboek maken
diary-creating = Sleutel maken…
diary-locked-intro = Je dagboek is op slot.
diary-unlock = Openen
diary-unlocking = Wachtwoord controleren…
diary-forgot = Nieuwe telefoon? Open eerst een nieuw dagboek en zet daarin je bewaarde dagboek terug.
diary-lock = Op slot doen

## Fouten bij wachtwoord
diary-error-short = Het wachtwoord is te kort. Gebruik minstens { $min } tekens.
diary-error-mismatch = De twee wachtwoorden zijn niet hetzelfde.
diary-error-understood = Vink aan dat je begrijpt dat het wachtwoord niet terug te halen is.
diary-error-wrong = Dat wachtwoord klopt niet. Er is niets veranderd.
diary-error-wrong-wait = Dat wachtwoord klopt niet. Er is niets veranderd. Je kunt het over { $seconds } seconden opnieuw proberen.
diary-error-wait = Wacht nog { $seconds } seconden en probeer het dan opnieuw.
diary-error-state = Dat kan nu niet. Sluit het dagboek en open het opnieuw.
diary-error-damaged = Een deel van de opslag is beschadigd. Wat nog te lezen is, blijft bewaard.

## Lijst
diary-chain-ok = { $count ->
    [0] Nog niets om te controleren.
    [one] De notitie is gecontroleerd: er is niets veranderd of weggehaald.
   *[other] Alle { $count } notities zijn gecontroleerd: er is niets veranderd of weggehaald.
}
diary-chain-broken = Let op: op { $count ->
        [one] één plaats
       *[other] { $count } plaatsen
    } klopt de volgorde niet. Er is iets veranderd, weggehaald of beschadigd.
diary-new = Nieuwe notitie
diary-kind-incident = Wat er gebeurde
diary-kind-symptoms = Hoe gaat het?
diary-kind-evidence = Foto of bestand
diary-kind-online-abuse = Online geweld
diary-search = Zoeken in je dagboek
diary-filter-kind = Soort
diary-filter-all = Alles
diary-filter-from = Vanaf
diary-filter-to = Tot en met
diary-filter-clear = Alles tonen
diary-empty = Nog geen notities.
diary-count = { $total ->
    [one] { $shown } van { $total } notitie
   *[other] { $shown } van { $total } notities
}
diary-more = Meer tonen
diary-versions = Aangepast ({ $count } versies)
diary-checkin-title = Check-in ({ $count ->
        [one] één schaal
       *[other] { $count } schalen
    })
diary-saved = Bewaard.
diary-save-failed = Niet bewaard. { $reason } Je tekst staat er nog.

## Notitie bekijken
diary-written = Geschreven op { $when } (tijd van het toestel, niet te veranderen)
diary-written-imported = Teruggezet op { $when }. Eerst geschreven op { $original }.
diary-history = Eerdere versies
diary-version = Versie { $number }, geschreven op { $when }
diary-edit = Aanpassen
diary-edit-title = Nieuwe versie (de oude blijft bewaard)
diary-close = Sluiten
diary-replaces = Nieuwe versie van notitie { $seq }.
diary-replaced = Later aangepast.
diary-unreadable = Onleesbare notitie

## Formulieren
diary-save = Bewaren
diary-cancel = Annuleren
diary-field-when = Wanneer
diary-when-exact = Datum en tijd
diary-when-approximately = Ongeveer
diary-when-around = Ongeveer { $day }
diary-when-unknown = Weet ik niet
diary-field-date = Datum
diary-field-time = Tijd
diary-field-words = Ongeveer wanneer, in je eigen woorden
diary-field-place = Waar
diary-field-what = Wat er gebeurde
diary-field-people = Wie waren erbij betrokken
diary-field-witnesses = Getuigen
diary-field-note = Notitie
diary-field-file = Bestand
diary-field-pick = Kies een foto of bestand
diary-field-camera = Maak een foto
diary-file-note = Het bestand wordt versleuteld in je dagboek bewaard, niet in je fotogalerij. Verwijder het origineel zelf als je dat wilt.
diary-field-platform = Platform of app
diary-field-accounts = Accountnamen
diary-field-urls = Links
diary-field-urls-input = Links (één per regel)
diary-field-shared = Wat werd gedeeld of gestuurd
diary-screenshots-note = Bewaar schermafbeeldingen als notitie "Foto of bestand".
diary-helpwanted-text = Staan er beelden van jou online? Helpwanted helpt gratis om ze te laten verwijderen.
diary-helpwanted-link = Naar Helpwanted
diary-sealing = Versleutelen… { $percent } %
diary-size-kb = { $kb } kB
diary-size-mb = { $mb } MB
diary-scale-skip = Niet ingevuld
diary-scale-sleep = Slaap
diary-scale-sleep-low = 0 = heel slecht
diary-scale-sleep-high = 10 = heel goed
diary-scale-anxiety = Angst
diary-scale-anxiety-low = 0 = geen
diary-scale-anxiety-high = 10 = heel veel
diary-scale-pain = Pijn
diary-scale-pain-low = 0 = geen
diary-scale-pain-high = 10 = heel veel
diary-scale-flashbacks = Herbelevingen
diary-scale-flashbacks-low = 0 = geen
diary-scale-flashbacks-high = 10 = steeds
diary-scale-mood = Stemming
diary-scale-mood-low = 0 = heel somber
diary-scale-mood-high = 10 = heel goed

## Fouten in formulieren
diary-error-empty = Vul eerst iets in.
diary-error-too-long = Deze tekst is te lang. Verdeel hem over twee notities.
diary-error-scale = Kies een getal van 0 tot en met 10.
diary-error-url = Een link moet beginnen met https:// of http://.
diary-error-date = Die datum of tijd bestaat niet.
diary-error-no-date = Vul een datum in, of kies "Ongeveer".
diary-error-future = Die datum ligt in de toekomst.

## Grafiek
diary-chart-title = Hoe het ging
diary-chart-summary = { $count ->
    [one] { $count } check-in op { $from }.
   *[other] { $count } check-ins van { $from } tot { $to }.
}

## Bewaren en terugzetten
diary-transfer-title = Dagboek bewaren of delen
diary-export-warning = Een bewaard bestand staat buiten de beveiliging van de app. Iedereen die het bestand en het wachtwoord heeft, kan het lezen. Bewaar het veilig.
diary-export-report = Verslag om te printen
diary-archive-title = Versleuteld bestand
diary-archive-to-passphrase = Met een wachtwoord
diary-archive-to-key = Voor de sleutel van iemand die je vertrouwt (bijvoorbeeld je advocaat)
diary-archive-key = Openbare sleutel (begint met age1)
diary-archive-make = Versleuteld bestand maken
diary-export-bad-key = Dat is geen geldige openbare sleutel. Een sleutel begint met age1.
diary-progress = Bezig… { $percent } %
diary-download = { $name } downloaden
diary-print = Printen of als PDF bewaren
diary-exported-to = Bewaard in { $path }
diary-export-done = Klaar
diary-transfer-failed = Dat lukte niet. Er is niets veranderd in je dagboek.
diary-import-title = Bewaard dagboek terugzetten
diary-import-text = De notities uit het bestand komen erbij. Er verdwijnt niets uit je dagboek.
diary-import-file = Kies het versleutelde bestand
diary-import-passphrase = Wachtwoord van het bestand
diary-import = Terugzetten
diary-import-wrong = Dat wachtwoord opent dit bestand niet. Er is niets veranderd.
diary-import-foreign = Dit is geen bewaard dagboek van deze app.
diary-import-damaged = Het bestand is beschadigd of niet compleet. Er is niets veranderd.
diary-import-too-large = Het bestand is te groot.
diary-imported = { $count ->
    [one] { $count } notitie teruggezet.
   *[other] { $count } notities teruggezet.
}

## Verslag
diary-report-title = Dagboek: verslag
diary-report-chain-ok = { $count ->
    [one] Controle: de notitie is ongeschonden, er is niets veranderd of weggehaald. Laatste controlegetal: { $head }
   *[other] Controle: alle { $count } notities volgen op elkaar, er is niets veranderd of weggehaald. Laatste controlegetal: { $head }
}
diary-report-chain-broken = Controle: op { $count ->
        [one] één plaats
       *[other] { $count } plaatsen
    } klopt de volgorde niet. Er is iets veranderd, weggehaald of beschadigd.

## Wipe
diary-wipe = Dagboek wissen
diary-wipe-text = Alles in je dagboek wordt meteen en voorgoed gewist: notities, foto's en bestanden. Niemand kan het daarna nog openen, ook niet met je wachtwoord. Dit kun je niet ongedaan maken. Bewaarde of gedeelde bestanden buiten de app blijven bestaan.
diary-wipe-confirm = Ja, wis alles
diary-wipe-cancel = Nee, niet wissen
diary-wiping = Wissen…

## Duress
diary-duress-title = Tweede wachtwoord voor noodgevallen
diary-duress-text = Moet je je dagboek openen omdat iemand je dwingt? Gebruik dan dit tweede wachtwoord. Het opent een apart, leeg dagboek. Je echte dagboek blijft verborgen en onaangeroerd. Aan de opslag is niet te zien of er een tweede wachtwoord is.
diary-duress-passphrase = Tweede wachtwoord
diary-duress-save = Tweede wachtwoord bewaren
diary-duress-busy = Bezig…
diary-duress-set = Het tweede wachtwoord is bewaard.
diary-duress-same = Kies een ander wachtwoord dan dat van je dagboek.
diary-change-title = Wachtwoord wijzigen
diary-change-text = Heeft iemand je wachtwoord misschien gezien? Kies dan een nieuw. Je notities blijven zoals ze zijn. Daarna opent alleen het nieuwe wachtwoord dit dagboek, en ook dat is niet terug te halen.
diary-change-current = Huidig wachtwoord
diary-change-new = Nieuw wachtwoord
diary-change-save = Wachtwoord wijzigen
diary-change-busy = Bezig…
diary-change-done = Het wachtwoord is gewijzigd. Gebruik voortaan het nieuwe.
diary-change-wrong = Dat is niet het huidige wachtwoord. Er is niets veranderd.
diary-change-same = Kies een nieuw wachtwoord dat anders is dan je tweede wachtwoord.

# An export the device hands over (Android's share sheet).
diary-export-ready = Het bestand is klaar. Deel het met een app die je vertrouwt, of bewaar het bij je bestanden. Het staat niet meer beschermd zodra het de app uit is.
diary-export-share = Delen of bewaren
diary-export-share-failed = Delen lukte niet. Er is niets veranderd in je dagboek; probeer het nog eens.

## Importeren: grenzen en controle
diary-import-too-costly = Het wachtwoord van dit bestand vraagt { $needed } MB geheugen om het te openen; dit apparaat kan daar tot { $allowed } MB voor gebruiken. Er is niets veranderd. Open het bestand op een computer met rage of age, of bewaar het dagboek opnieuw vanuit de app Eén Entree: die vraagt minder geheugen.
diary-error-key-too-costly = De sleutel van dit dagboek vraagt { $needed } MB geheugen om te openen; dit apparaat kan daar tot { $allowed } MB voor gebruiken. Je wachtwoord is daarom niet geprobeerd en telt niet als poging. Misschien heeft iemand de sleutel veranderd. Er is niets veranderd.
diary-import-skipped = { $count ->
    [one] 1 notitie stond al in je dagboek en is niet nog eens toegevoegd.
   *[other] { $count } notities stonden al in je dagboek en zijn niet nog eens toegevoegd.
}
diary-import-chain-ok = { $count ->
    [one] Controle: de notitie in het bestand is ongeschonden.
   *[other] Controle: de { $count } notities in het bestand volgen op elkaar, er is niets veranderd of weggehaald.
}
diary-import-chain-broken = Controle: op { $count } plaatsen volgen de notities in het bestand niet op elkaar. Er is iets veranderd, weggehaald of beschadigd, voor of na het bewaren.
