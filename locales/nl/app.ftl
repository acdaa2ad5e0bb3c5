### Eén Entree: scherm-onderdelen en startscherm (referentietaal).

## Taal
# De naam van deze taal, in deze taal. Staat in de taalkeuze.
language-name = Nederlands
# Decimaalteken voor getallen.
number-decimal = ,

## Vertaling
# Eén regel onderaan elke pagina, alleen bij een vertaling die nog niet is nagekeken.
translation-unreviewed = Deze vertaling is nog niet nagekeken door iemand die deze taal als moedertaal spreekt.
language-unavailable = { $language } kon niet worden geladen, daarom staat de app nu in het Engels. Kies de taal opnieuw om het nog eens te proberen.
# Label van de taalkeuze bovenaan elk scherm.
language-switch = Taal

## Navigatie
nav-label = Menu
nav-home = Start
nav-locator = Zoek CSG
nav-helplines = Hulplijnen
nav-settings = Instellingen

## Startscherm
home-title = Hulp na seksueel geweld
home-call = Bel { $number }
home-call-note = Gratis, dag en nacht
home-chat = Chat anoniem
home-chat-note = Via de website van het Centrum Seksueel Geweld
home-about = Het Centrum Seksueel Geweld (CSG) helpt je na seksueel geweld, ook als het online gebeurde. Je krijgt medische zorg en steun. Wil je aangifte doen? Daar helpen ze je ook bij, maar het hoeft niet. Het CSG is er voor iedereen, van elke leeftijd.
home-seven-days = Bel zo snel als je kunt, het liefst binnen 3 dagen: sommige medicijnen, zoals die tegen zwangerschap en hiv, werken alleen in de eerste dagen. Sporen kunnen tot 7 dagen worden vastgelegd, als je dat wilt. Is het langer geleden? Bel dan ook. Het is nooit te laat voor hulp.
home-for-others = Maak je je zorgen om iemand anders? Ben je ouder, vriend of leraar? Je kunt hetzelfde nummer bellen voor advies.
home-danger = In gevaar? Bel { $number }

## Onderdelen
section-locator-title = Vind jouw CSG
section-locator-text = Welk Centrum Seksueel Geweld helpt bij jou in de buurt? Werkt zonder internet.
section-helplines-title = Alle hulplijnen
section-helplines-text = Politie, Veilig Thuis, hulp bij online misbruik en meer.
section-exit-info-title = Snel weg
section-exit-info-text = Zo verlaat je de app in één tik, en dit wist het niet.
section-settings-title = Instellingen
section-settings-text = Taal kiezen.

## Onbekende pagina
not-found-title = Deze pagina bestaat niet
not-found-text = Misschien is de link oud of niet helemaal goed. Hulp nodig? Bel of chat hieronder, of ga naar Start.

## Na snel weg
neutral-title = Rekenmachine

# The device could not open a call or chat link (no dialler, no browser).
contact-call-failed = Bellen lukt niet vanaf dit apparaat. Bel zelf dit nummer, bijvoorbeeld met een andere telefoon:
contact-open-failed = Deze pagina gaat niet open vanaf dit apparaat. Typ het adres zelf in een browser:
contact-failed-close = Sluiten
