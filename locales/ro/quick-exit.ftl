### Quick exit: the button, the explanation, and what it does not erase.

exit-button = Ieșire rapidă
exit-skip-link = Părăsește rapid această pagină
exit-info-title = Cum funcționează ieșirea rapidă
exit-info-how = Sus, pe fiecare ecran, este butonul Ieșire rapidă. O singură atingere și ecranul se golește imediat.
exit-info-keys = Cu tastatura: apasă rapid de 3 ori la rând pe Shift.
exit-info-web = În browser ajungi apoi pe un site cu vremea. Această pagină este înlocuită în istoric, deci cu Înapoi nu mai ajungi aici.
exit-info-app = În aplicație vezi apoi un calculator obișnuit. Vrei să revii? Închide aplicația și deschide-o din nou.
exit-info-not-title = Ce nu șterge ieșirea rapidă
exit-info-not-history = Istoricul browserului. Numele paginilor pe care le-ai vizitat aici pot fi încă acolo. Folosește o fereastră privată sau șterge istoricul, dacă este sigur.
exit-info-not-recents = Lista aplicațiilor folosite recent. Această aplicație poate fi încă acolo. Închide-o de acolo, dacă este sigur.
exit-info-not-app = Aplicația însăși. Cine se uită în telefonul tău poate vedea că este instalată.
exit-info-not-calls = Apelurile din lista de apeluri a telefonului tău.
exit-info-not-downloads = Fișierele pe care le-ai descărcat sau distribuit.
exit-info-confirm = Am înțeles

## Using it safely
exit-info-safety-title = Folosire în siguranță
exit-info-safety-presence = Cine se uită în telefonul tău poate vedea că această aplicație este pe el. Din Setări poți face ca aplicația să se deschidă ca un calculator.
exit-info-safety-store = Magazinul de aplicații ține minte ce aplicații descarci, chiar dacă apoi le ștergi. Cine are acces la contul tău poate vedea asta.
exit-info-safety-backup = Copiile de rezervă din cloud pot arăta că folosești această aplicație. Jurnalul tău este în ele doar criptat.
exit-info-safety-device = Crezi că cineva se uită în telefonul tău sau îl controlează? Atunci, dacă poți, folosește alt dispozitiv, de exemplu al cuiva în care ai încredere.
