### Updated information: only with consent. Dates come from the data (Romanian).

update-title = Informații actualizate
update-ask = Poate aplicația să verifice din când în când dacă există informații noi, de exemplu o adresă sau un număr de telefon nou? Aplicația descarcă atunci un fișier de la { $host }. Nu trimite nimic despre tine. Serverul acela vede totuși, ca orice site, adresa ta de internet (adresa IP) și ora.
update-yes = Da, poate
update-no = Nu, mai bine nu
update-state-on = Aplicația verifică dacă există informații noi.
update-state-off = Aplicația nu verifică dacă există informații noi. Totul funcționează normal cu informațiile pe care le are deja.
update-turn-on = Permite verificarea
update-turn-off = Oprește verificarea
update-check-now = Verifică acum
update-checking = Se verifică…
update-up-to-date = Ai cele mai noi informații.
update-applied = Informații actualizate pe { $date }.
update-bundled = Informații din { $date }, așa cum au venit cu aplicația.
err-update-signature = Informațiile noi nu au fost folosite: nu s-a putut confirma că vin de la noi. Păstrezi informațiile pe care le aveai.
err-update-invalid = Informațiile noi nu au fost folosite: ceva din ele nu era în regulă. Păstrezi informațiile pe care le aveai.
err-update-not-newer = Ai cele mai noi informații.
err-update-expired = Informațiile noi nu au fost folosite: expiraseră. Păstrezi informațiile pe care le aveai.
err-update-network = Verificarea nu a reușit: nu există conexiune. Păstrezi informațiile pe care le aveai. Poți încerca din nou mai târziu.
err-update-store = Informațiile noi nu au putut fi salvate. Păstrezi informațiile pe care le aveai.
