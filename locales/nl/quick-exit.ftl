### Snel weg: de knop, de uitleg, en wat het niet wist.

exit-button = Snel weg
exit-skip-link = Verlaat deze pagina snel
exit-info-title = Zo werkt snel weg
exit-info-how = Bovenaan elk scherm staat de knop Snel weg. Eén tik en het scherm is meteen leeg.
exit-info-keys = Met een toetsenbord: druk 3 keer kort na elkaar op Shift.
exit-info-web = In de browser ga je daarna naar een weersite. Deze pagina wordt in de geschiedenis vervangen, dus met Terug kom je hier niet meer.
exit-info-app = In de app zie je daarna een gewone rekenmachine. Wil je terug? Sluit de app en open hem opnieuw.
exit-info-not-title = Dit wist snel weg niet
exit-info-not-history = Je browsergeschiedenis. De namen van pagina's die je hier bezocht, kunnen daar nog staan. Gebruik een privévenster of wis je geschiedenis als dat veilig is.
exit-info-not-recents = De lijst met laatst gebruikte apps. Daar kan deze app nog in staan. Sluit hem daar als dat veilig is.
exit-info-not-app = De app zelf. Wie je telefoon bekijkt, kan zien dat hij is geïnstalleerd.
exit-info-not-calls = Gesprekken in de lijst met gesprekken van je telefoon.
exit-info-not-downloads = Bestanden die je hebt gedownload of gedeeld.
exit-info-confirm = Begrepen

## Veilig gebruiken
exit-info-safety-title = Veilig gebruiken
exit-info-safety-presence = Wie je telefoon bekijkt, kan zien dat deze app erop staat. In Instellingen kun je de app laten openen als rekenmachine.
exit-info-safety-store = De appwinkel onthoudt welke apps je downloadt, ook als je ze weer verwijdert. Wie in je account kan, kan dat zien.
exit-info-safety-backup = Back-ups in de cloud kunnen laten zien dat je deze app gebruikt. Je dagboek staat daar alleen versleuteld in.
exit-info-safety-device = Denk je dat iemand je telefoon bekijkt of controleert? Gebruik dan als het kan een ander toestel, bijvoorbeeld van iemand die je vertrouwt.
