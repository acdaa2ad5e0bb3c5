### Instellingen.

settings-title = Instellingen
settings-language = Taal
settings-about = Over deze app
settings-exit-info = Zo werkt snel weg
settings-stored-here = Je keuzes worden alleen op dit apparaat bewaard.
settings-not-stored = Je keuzes worden op dit apparaat niet bewaard. Na opnieuw openen kies je ze opnieuw.
