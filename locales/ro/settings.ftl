### Settings.

settings-title = Setări
settings-language = Limbă
settings-about = Despre această aplicație
settings-exit-info = Cum funcționează ieșirea rapidă
settings-stored-here = Preferințele tale sunt salvate doar pe acest dispozitiv.
settings-not-stored = Preferințele tale nu sunt salvate pe acest dispozitiv. Când deschizi din nou aplicația, alege-le din nou.
