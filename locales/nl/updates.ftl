### Bijgewerkte informatie: alleen met toestemming. Datums komen uit de data.

update-title = Bijgewerkte informatie
update-ask = Mag de app af en toe kijken of er nieuwe informatie is, zoals een nieuw adres of telefoonnummer? De app haalt dan een bestand op bij { $host }. Daarbij stuurt de app niets over jou mee. Wel ziet die server, zoals elke website, je internetadres (IP-adres) en het tijdstip.
update-yes = Ja, dat mag
update-no = Nee, liever niet
update-state-on = De app kijkt of er nieuwe informatie is.
update-state-off = De app kijkt niet of er nieuwe informatie is. Alles werkt gewoon met de informatie die erin zit.
update-turn-on = Wel laten kijken
update-turn-off = Niet meer laten kijken
update-check-now = Nu kijken
update-checking = Bezig met kijken…
update-up-to-date = Je hebt de nieuwste informatie.
update-applied = Informatie bijgewerkt op { $date }.
update-bundled = Informatie van { $date }, zoals in de app meegeleverd.
err-update-signature = De nieuwe informatie is niet gebruikt: hij kwam niet zeker van ons. Je houdt de informatie die je had.
err-update-invalid = De nieuwe informatie is niet gebruikt: er klopte iets niet in. Je houdt de informatie die je had.
err-update-not-newer = Je hebt de nieuwste informatie.
err-update-expired = De nieuwe informatie is niet gebruikt: hij was verlopen. Je houdt de informatie die je had.
err-update-network = Kijken lukte niet: geen verbinding. Je houdt de informatie die je had. Je kunt het later nog eens proberen.
err-update-store = De nieuwe informatie kon niet worden bewaard. Je houdt de informatie die je had.
