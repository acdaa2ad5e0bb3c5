### Instellingen.

settings-title = Instellingen
settings-language = Taal
settings-about = Over deze app
settings-exit-info = Zo werkt snel weg
settings-stored-here = Je keuzes worden alleen op dit apparaat bewaard.
settings-not-stored = Je keuzes worden op dit apparaat niet bewaard. Na opnieuw openen kies je ze opnieuw.

## Openen als rekenmachine
settings-disguise-title = Openen als rekenmachine
settings-disguise-text = De app opent dan als een gewone rekenmachine die echt werkt. Typ je code en dan = om de app te openen. Met een andere code rekent hij gewoon.
settings-disguise-code = Je code (4 tot 8 cijfers)
settings-disguise-on = Aanzetten
settings-disguise-off = Uitzetten
settings-disguise-enabled = Staat aan. Onthoud je code goed. Ben je hem kwijt, dan moet je de app opnieuw installeren en is je dagboek weg.
settings-disguise-icon = De naam en het icoon op je beginscherm blijven hetzelfde. Dat kan deze versie nog niet veranderen.
settings-disguise-error = Kies een code van 4 tot 8 cijfers.

## Dagboek op slot
settings-auto-lock = Dagboek op slot na
settings-auto-lock-minutes = { $minutes } min.
