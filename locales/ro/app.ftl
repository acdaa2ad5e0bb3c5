### Eén Entree: screen parts and the start screen (Romanian).

## Language
# This language's name, in this language. Shown in the language choice.
language-name = Română
# Decimal separator for numbers.
number-decimal = ,

## Translation
# One line at the bottom of every page, only for a translation not yet reviewed.
translation-unreviewed = Această traducere nu a fost încă verificată de un vorbitor nativ de limba română.
language-unavailable = { $language } nu a putut fi încărcată, așa că aplicația este deocamdată în engleză. Alegeți din nou limba pentru a încerca încă o dată.
# Label of the language choice at the top of every screen.
language-switch = Limbă

## Navigation
nav-label = Meniu
nav-home = Acasă
nav-locator = Caută CSG
nav-helplines = Linii de ajutor
nav-settings = Setări

## Start screen
home-title = Ajutor după violență sexuală
home-call = Sună la { $number }
home-call-note = Gratuit, zi și noapte
home-chat = Chat anonim
home-chat-note = Pe site-ul Centrum Seksueel Geweld
home-about = Centrum Seksueel Geweld (CSG, centru specializat în violență sexuală) te ajută după violență sexuală, și dacă s-a întâmplat online. Primești îngrijire medicală și sprijin. Vrei să faci plângere la poliție? Te ajută și cu asta, dar nu este obligatoriu. CSG-ul este pentru toată lumea, de orice vârstă.
home-seven-days = Sună cât poți de repede, cel mai bine în primele 3 zile: unele medicamente, de exemplu cele împotriva sarcinii și a HIV, funcționează doar în primele zile. Urmele pot fi înregistrate până la 7 zile după, dacă vrei. A trecut mai mult timp? Sună oricum. Nu e niciodată prea târziu pentru ajutor.
home-for-others = Îți faci griji pentru altcineva? Ești părinte, prieten sau profesor? Poți suna la același număr pentru sfaturi.
home-danger = Ești în pericol? Sună la { $number }

## Sections
section-locator-title = Găsește CSG-ul tău
section-locator-text = Ce Centrum Seksueel Geweld te ajută în zona ta? Funcționează fără internet.
section-helplines-title = Toate liniile de ajutor
section-helplines-text = Poliția, Veilig Thuis, ajutor în caz de abuz online și altele.
section-exit-info-title = Ieșire rapidă
section-exit-info-text = Cum ieși din aplicație cu o singură atingere și ce nu se șterge.
section-settings-title = Setări
section-settings-text = Alege limba.

## Unknown page
not-found-title = Această pagină nu există
not-found-text = Poate linkul este vechi sau nu este complet corect. Ai nevoie de ajutor? Sună sau scrie pe chat mai jos, sau mergi la Acasă.

## After quick exit
neutral-title = Calculator

# The device could not open a call or chat link (no dialler, no browser).
contact-call-failed = Apelul nu a putut fi pornit de pe acest dispozitiv. Formați singur(ă) acest număr, de exemplu de pe alt telefon:
contact-open-failed = Pagina nu a putut fi deschisă pe acest dispozitiv. Scrieți singur(ă) adresa într-un browser:
contact-failed-close = Închide
