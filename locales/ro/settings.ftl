### Settings.

settings-title = Setări
settings-language = Limbă
settings-about = Despre această aplicație
settings-exit-info = Cum funcționează ieșirea rapidă
settings-stored-here = Preferințele tale sunt salvate doar pe acest dispozitiv.
settings-not-stored = Preferințele tale nu sunt salvate pe acest dispozitiv. Când deschizi din nou aplicația, alege-le din nou.

## Open as a calculator
settings-disguise-title = Deschidere ca un calculator
settings-disguise-text = Aplicația se deschide atunci ca un calculator obișnuit, care chiar funcționează. Scrie codul tău și apoi = ca să deschizi aplicația. Cu orice alt cod, pur și simplu calculează.
settings-disguise-code = Codul tău (între 4 și 8 cifre)
settings-disguise-on = Activează
settings-disguise-off = Dezactivează
settings-disguise-enabled = Este activat. Ține minte bine codul. Dacă îl uiți, trebuie să instalezi din nou aplicația, iar jurnalul tău se pierde.
settings-disguise-icon = Numele și pictograma de pe ecranul de pornire rămân la fel. Această versiune nu le poate schimba încă.
settings-disguise-error = Alege un cod cu 4 până la 8 cifre.

## Diary lock
settings-auto-lock = Încuie jurnalul după
settings-auto-lock-minutes = { $minutes } min.
