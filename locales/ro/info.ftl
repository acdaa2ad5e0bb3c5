### Eén Entree: information pages (Romanian). Structure in assets/data/info.json. Numbers, article numbers and dates come from the data, never from this text.

## Shared
info-sections-title = Informații
info-article = Convenția de la Istanbul, articolul { $article }
info-unverified = Această parte nu am putut-o verifica încă la sursă. Dacă ai îndoieli, întreabă cum se aplică în cazul tău.
info-in-force = Convenția de la Istanbul se aplică în Țările de Jos din { $date }.
info-read-aloud = Citește cu voce tare această pagină
info-stop-reading = Oprește citirea

## What now?
info-now-title = Ce fac acum?
info-now-summary = Să fii în siguranță, ajutor în primele zile și păstrarea urmelor.
info-now-intro = S-a întâmplat ceva și nu știi bine ce să faci? Aici citești ce te poate ajuta acum. Ia-ți timp: nu trebuie să faci totul deodată.

info-now-safe-heading = Mai întâi: ești în siguranță?
info-now-safe-text-1 = Siguranța ta este cel mai important lucru. Ești acum în pericol sau este cineva grav rănit? Atunci sună la { $emergency }.
info-now-safe-text-2 = Ești într-un loc sigur? Respiră adânc. Caută pe cineva în care ai încredere, dacă vrei.

info-now-call-heading = Sună sau scrie pe chat la Centrum Seksueel Geweld
info-now-call-text-1 = Sună la { $csg }. Este gratuit și poți suna zi și noapte. Preferi să nu vorbești? Atunci scrie anonim pe chat, pe site-ul CSG.
info-now-call-text-2 = Poți suna sau scrie pe chat și anonim. CSG-ul te întreabă cam unde te afli, ca să vorbești cu cineva de la CSG-ul din regiunea ta. Această persoană îți spune unde poți merge. De aceea, sună mai întâi, înainte să mergi undeva.

info-now-seven-days-heading = De ce ajută să suni repede
info-now-seven-days-text-1 = Sună cât poți de repede, cel mai bine în primele 3 zile. Atunci CSG-ul îți poate oferi acest ajutor:
info-now-seven-days-text-2 = Tu decizi ce vrei. Poți spune da la îngrijire medicală și nu la examinarea pentru urme.
info-now-seven-days-item-1 = Îngrijirea rănilor.
info-now-seven-days-item-2 = Medicamente care previn o sarcină. Funcționează doar în primele zile.
info-now-seven-days-item-3 = Medicamente care previn infecții, de exemplu HIV. Unele funcționează doar în primele zile.
info-now-seven-days-item-4 = Primul sprijin pentru cum te simți.
info-now-seven-days-item-5 = Înregistrarea urmelor de către un medic, împreună cu poliția. Se poate face până la 7 zile după ce s-a întâmplat, și doar dacă vrei să faci plângere la poliție.

info-now-evidence-heading = Păstrarea urmelor, dacă vrei
info-now-evidence-text-1 = Poate vrei să faci plângere la poliție sau vrei să păstrezi această alegere deschisă? Atunci ajută dacă urmele sunt păstrate. Dar siguranța și sănătatea ta sunt întotdeauna pe primul loc. Nicio dovadă nu merită mai mult decât siguranța ta.
info-now-evidence-text-2 = Ai făcut deja duș sau ți-ai schimbat hainele? Nu ai greșit cu nimic. Sună oricum: primești ajutor în continuare.
info-now-evidence-text-3 = Dacă poți, până la examinare:
info-now-evidence-item-1 = Nu mânca, nu bea și nu fuma.
info-now-evidence-item-2 = Nu te spăla pe dinți.
info-now-evidence-item-3 = Nu face duș și nu te spăla acolo unde cineva te-a atins.
info-now-evidence-item-4 = Păstrează aceleași haine pe tine.
info-now-evidence-item-5 = Trebuie să faci pipi? Atunci prinde urina într-un recipient curat.

info-now-never-too-late-heading = Nu este niciodată prea târziu
info-now-never-too-late-text-1 = Au trecut mai mult de 7 zile? Sau chiar ani? Și atunci CSG-ul te ajută. Sună la { $csg } sau scrie pe chat.
info-now-never-too-late-text-2 = Nu știi dacă CSG-ul este potrivit pentru tine? Sună sau scrie pe chat ca să întrebi.

info-now-for-everyone-heading = Pentru toată lumea
info-now-for-everyone-text-1 = CSG-ul este pentru toată lumea: pentru orice vârstă și orice gen. Și dacă s-a întâmplat online.
info-now-for-everyone-text-2 = CSG-ul este și pentru oamenii din jurul tău, de exemplu părinți, prieteni și profesori. Ei pot suna la același număr pentru sfaturi.

## Your rights
info-rights-title = Drepturile tale
info-rights-summary = La ce te poți aștepta, fie că faci plângere la poliție, fie că nu.
info-rights-intro = Țările de Jos fac parte din Convenția de la Istanbul. Acest tratat european este despre violența împotriva femeilor și despre violența domestică. Spune ce ajutor și ce protecție trebuie să primească victimele acestei violențe. Aici citești ce înseamnă asta. Ce ți s-a întâmplat nu intră aici? CSG-ul ajută pe toată lumea, de orice vârstă și orice gen.

info-rights-help-without-report-heading = Ajutor, chiar dacă nu faci plângere
info-rights-help-without-report-text-1 = Convenția spune: victimele au dreptul la ajutor și protecție, și dacă nu fac plângere la poliție.
info-rights-help-without-report-text-2 = Organizațiile care te ajută trebuie să lucreze împreună. Și trebuie să aibă grijă ca ajutorul lor să nu te rănească și mai mult.
info-rights-help-without-report-text-3 = În Țările de Jos, tu decizi dacă faci plângere la poliție. CSG-ul te ajută oricum, și dacă nu vrei niciun contact cu poliția.
info-rights-police-heading = Înainte să vorbești cu poliția
info-rights-police-text-1 = Poți cere mereu întâi sfatul CSG-ului, și anonim. CSG-ul anunță poliția doar dacă tu vrei.
info-rights-police-text-2 = Vorbești cu poliția specializată în infracțiuni sexuale, chiar dacă la început vrei doar informații? Atunci, în unele cazuri, procurorul poate începe totuși o anchetă, și fără plângere. De exemplu, dacă abuzul continuă. Poliția îți spune asta la începutul discuției. Și convenția cere ca astfel de cazuri să nu depindă doar de o plângere.
info-rights-police-text-3 = Ai făcut plângere? Atunci nu o mai poți retrage. Așa că ia-ți timp să decizi și cere sfatul dacă ai îndoieli. Poliția poate fi sunată zi și noapte la { $police }.

info-rights-own-language-heading = Informații într-o limbă pe care o înțelegi
info-rights-own-language-text-1 = Conform convenției, ai dreptul la informații despre ajutor și despre ce poți face din punct de vedere juridic. La timp și într-o limbă pe care o înțelegi.
info-rights-own-language-text-2 = Nu înțelegi ceva? Roagă pe cineva să-ți explice din nou, cu alte cuvinte sau în altă limbă.

info-rights-specialist-help-heading = Ajutor de la specialiști, zi și noapte
info-rights-specialist-help-text-1 = Convenția spune că în toată țara trebuie să existe ajutor specializat. Imediat și, de asemenea, pe termen mai lung.
info-rights-specialist-help-text-2 = Trebuie să existe și o linie de ajutor națională gratuită: disponibilă zi și noapte și confidențială.
info-rights-specialist-help-text-3 = După violență sexuală, în Țările de Jos suni la CSG: { $csg }. Gratuit, zi și noapte. Poți și să scrii anonim pe chat.

info-rights-sexual-violence-centre-heading = Un centru de ajutor după violență sexuală
info-rights-sexual-violence-centre-text-1 = Convenția spune că trebuie să existe centre de ajutor după violența sexuală, ușor de găsit. Acolo primești o examinare medicală, ajutor pentru traumă, însoțire și o examinare pentru urme.
info-rights-sexual-violence-centre-text-2 = În Țările de Jos, acestea sunt Centra Seksueel Geweld. CSG-ul este pentru toată lumea, de orice vârstă și orice gen. Examinarea pentru urme se face doar dacă vrei să faci plângere. Poți primi și doar îngrijire medicală și sprijin.
info-rights-sexual-violence-centre-text-3 = Sună la { $csg } sau scrie pe chat. CSG-ul îți spune unde poți merge.

info-rights-protection-during-case-heading = Protecție în timpul anchetei și al procesului
info-rights-protection-during-case-text-1 = Faci plângere la poliție? Conform convenției, ai atunci dreptul la protecție în timpul anchetei și la un proces. Întreabă poliția sau Slachtofferhulp Nederland (Ajutor pentru victime) cum funcționează asta în cazul tău.
info-rights-protection-during-case-text-2 = Convenția menționează, printre altele:
info-rights-protection-during-case-item-1 = Informații despre cazul tău.
info-rights-protection-during-case-item-2 = Să fii anunțată sau anunțat când agresorul evadează sau este eliberat, cel puțin când tu sau familia ta ați putea fi în pericol. Întreabă despre asta la Slachtofferloket (ghișeul pentru victime).
info-rights-protection-during-case-item-3 = Cât mai puțin contact cu suspectul.
info-rights-protection-during-case-item-4 = Un interpret, dacă ai nevoie.
info-rights-protection-during-case-item-5 = Să-ți spui povestea fără ca suspectul să fie de față, dacă se poate.
info-rights-protection-during-case-item-6 = Protecția vieții tale private.

info-rights-legal-aid-heading = Ajutor de la un avocat
info-rights-legal-aid-text-1 = Convenția spune: victimele au dreptul la asistență juridică și la asistență juridică gratuită, în condițiile legii fiecărei țări.
info-rights-legal-aid-text-2 = În Țările de Jos, victimele unei infracțiuni violente sau sexuale, cum ar fi violul sau agresiunea sexuală, au în anumite situații dreptul la un avocat gratuit. Așa scrie pe slachtofferrechten.nl. Întreabă despre asta la poliție sau la Slachtofferhulp Nederland.

## Online abuse
info-online-title = Abuz online
info-online-summary = Șantaj cu imagini nud, imagini distribuite și grooming: ce poți face.
info-online-intro = Violența sexuală se poate întâmpla și online. CSG-ul te ajută în acest caz la fel ca în cazul violenței offline.

info-online-what-it-is-heading = Ce este abuzul sexual online?
info-online-what-it-is-text-1 = Se poate întâmpla în multe feluri. Câteva exemple:
info-online-what-it-is-item-1 = Cineva amenință că va răspândi imagini nud cu tine, dacă nu plătești sau nu trimiți mai multe imagini. Asta se numește sextorsiune.
info-online-what-it-is-item-2 = Cineva distribuie imagini sexuale cu tine, deși tu nu vrei asta. Chiar dacă tu le-ai făcut sau le-ai trimis.
info-online-what-it-is-item-3 = Cineva îți câștigă încrederea online, ca apoi să abuzeze sexual de tine. Asta se numește grooming.

info-online-not-your-fault-heading = Nu este vina ta
info-online-not-your-fault-text-1 = Nici dacă ai trimis tu imagini. Nici dacă ai avut încredere în cineva. Vina este a celui care te amenință sau îți distribuie imaginile.
info-online-not-your-fault-text-2 = Abuzul online este la fel de grav ca abuzul offline. CSG-ul te ajută și în acest caz. Sună la { $csg } sau scrie pe chat.

info-online-threatened-heading = Te amenință cineva?
info-online-threatened-text-1 = Nu plăti și nu mai trimite nimic. Nici dacă cineva pune presiune pe tine.
info-online-threatened-text-2 = Mai întâi salvează ce ai. Mai jos citești cum. După aceea poți bloca persoana, dacă vrei.
info-online-threatened-text-3 = Nu trebuie să rezolvi asta fără ajutor. Vorbește cu cineva în care ai încredere sau scrie pe chat cu Helpwanted sau cu CSG-ul. Ești acum în pericol? Sună la { $emergency }.

info-online-save-evidence-heading = Salvează dovezile înainte să dispară
info-online-save-evidence-text-1 = Mesajele și profilurile pot dispărea repede. De aceea salvează ce poți, dacă reușești. Este prea greu să vezi totul din nou? Roagă pe cineva în care ai încredere să te ajute.
info-online-save-evidence-text-2 = Nu trimite tu imaginile mai departe și nu le distribui. Nici măcar ca să arăți ce se întâmplă.
info-online-save-evidence-text-3 = Ce poți salva:
info-online-save-evidence-item-1 = Capturi de ecran cu mesajele, cu data și ora pe ele.
info-online-save-evidence-item-2 = Capturi de ecran cu numele de cont și profilurile celor care te amenință sau îți distribuie imaginile.
info-online-save-evidence-item-3 = Linkuri către locurile unde sunt imaginile. Nu trebuie să păstrezi imaginile în sine.

info-online-removal-heading = Ajutor pentru ștergere și plângere
info-online-removal-text-1 = Helpwanted ajută în caz de abuz online și face parte din Offlimits. Te pot ajuta să fie scoase imaginile de pe internet. Poți vorbi cu ei pe chat, pe site-ul lor. Îi găsești la Linii de ajutor.
info-online-removal-text-2 = Vrei să faci plângere? Sună la poliție, la { $police }. E bine de știut: o plângere nu mai poate fi retrasă. Încă eziți? Cere mai întâi sfatul Helpwanted sau al CSG-ului.

## For family and friends
info-relatives-title = Pentru cei apropiați
info-relatives-summary = Cineva îți povestește despre violență sexuală. Așa poți ajuta.
info-relatives-intro = Îți povestește cineva despre violență sexuală? Nu trebuie să fii specialist ca să ajuți: aici citești ce poți face.

info-relatives-listen-heading = Ascultă și crede
info-relatives-listen-text-1 = Deseori este nevoie de mult curaj ca să povestești așa ceva. Arată că ești acolo.
info-relatives-listen-item-1 = Ascultă calm, fără să judeci.
info-relatives-listen-item-2 = Crede ce îți spune persoana.
info-relatives-listen-item-3 = Spune: nu este vina ta.
info-relatives-listen-item-4 = Mulțumește-i persoanei că ți-a spus.

info-relatives-no-details-heading = Nu insista cu întrebări
info-relatives-no-details-text-1 = Lasă persoana să aleagă singură ce îți spune și cât. Nu întreba despre detalii.
info-relatives-no-details-text-2 = Întrebări ca „de ce ai mers cu persoana aceea?” pot părea un reproș. Chiar dacă nu vrei să sune așa.

info-relatives-their-choice-heading = Lasă persoana să decidă
info-relatives-their-choice-text-1 = Nu decide în locul ei. Nici în privința poliției sau a plângerii. Ce se întâmplă mai departe alege persoana însăși.
info-relatives-their-choice-text-2 = Dar poți ajuta. S-a întâmplat de curând? Spune-i atunci că ajută să sune la CSG cât mai repede, cel mai bine în primele 3 zile. Dacă a trecut mai mult timp, CSG-ul ajută și atunci. Sunați împreună, dacă persoana vrea.
info-relatives-their-choice-text-3 = Există pericol acum? Atunci sună la { $emergency }.

info-relatives-no-confrontation-heading = Nu-l confrunta pe agresor
info-relatives-no-confrontation-text-1 = Poate că simți furie și vrei să faci ceva. Totuși, nu-l confrunta pe agresor. Asta poate face situația mai nesigură sau mai grea pentru persoana care ți-a povestit.
info-relatives-no-confrontation-text-2 = Vorbește despre furia ta cu altcineva sau sună la CSG.

info-relatives-child-heading = Este vorba despre un copil?
info-relatives-child-text-1 = Păstrează-ți calmul și ascultă, la fel ca în cazul unui adult. Un copil nu poate decide totul singur. De aceea cere sfaturi și spune-i copilului ce vei face.
info-relatives-child-text-2 = CSG-ul este și pentru copii. Sună la { $csg } pentru sfaturi.
info-relatives-child-text-3 = Abuzul se întâmplă acasă? Atunci poți suna și la Veilig Thuis (În siguranță acasă) pentru sfaturi, gratuit, zi și noapte. Poți face asta și anonim. Îi găsești la Linii de ajutor.

info-relatives-for-you-heading = CSG-ul este și pentru tine
info-relatives-for-you-text-1 = Și ca persoană apropiată poți suna la { $csg }. Gratuit, zi și noapte. De exemplu, dacă nu știi ce să spui sau ce să faci. Poți și să scrii anonim pe chat.
info-relatives-for-you-text-2 = Sfat: salvează numărul în telefon. Așa îl ai la îndemână, pentru tine sau pentru altcineva.

info-relatives-self-care-heading = Ai grijă și de tine
info-relatives-self-care-text-1 = Ce auzi te poate afecta și pe tine. Este normal. Vorbește despre asta cu cineva sau sună la CSG.
info-relatives-self-care-text-2 = Odihnește-te când ai nevoie. Poți sprijini mai bine persoana dacă ai grijă și de tine.

## For schools
info-schools-title = Pentru școli
info-schools-summary = Semnale, un elev care îți spune ceva și unde primești sfaturi.
info-schools-intro = Pentru profesori, diriginți și toți cei care lucrează într-o școală. Aici citești ce poți face dacă îți faci griji pentru un elev.

info-schools-signs-heading = Semnale
info-schools-signs-text-1 = Uneori observi că ceva poate fi în neregulă. Un semnal nu este o dovadă: o schimbare poate avea multe cauze.
info-schools-signs-text-2 = Îți faci griji? Întreabă calm ce mai face elevul, fără presiune. Și cere sfaturi.
info-schools-signs-text-3 = De exemplu, urmărește aceste semnale:
info-schools-signs-item-1 = Un elev se comportă brusc altfel decât înainte.
info-schools-signs-item-2 = Un elev se retrage sau caută mai puțin contactul cu ceilalți.

info-schools-disclosure-heading = Când un elev îți spune ceva
info-schools-disclosure-text-1 = Un elev te alege pe tine ca să-ți spună ceva. Este un semn de încredere.
info-schools-disclosure-item-1 = Păstrează-ți calmul, chiar dacă te sperii.
info-schools-disclosure-item-2 = Ascultă și lasă elevul să povestească cu propriile cuvinte.
info-schools-disclosure-item-3 = Spune-i că e bine că ți-a spus și că nu este vina lui.
info-schools-disclosure-item-4 = Nu pune întrebări ca un anchetator. Nu întreba despre detalii și nu investiga tu cazul.

info-schools-secrecy-heading = Nu promite că păstrezi secretul
info-schools-secrecy-text-1 = Nu promite că păstrezi secretul, dacă nu te poți ține de promisiune. Spune sincer ce vei face și cu cine vei vorbi.
info-schools-secrecy-text-2 = Urmează protocolul școlii tale despre ce poți spune mai departe și cui. Ai îndoieli? Cere sfaturi.

info-schools-write-down-heading = Notează totul după discuție
info-schools-write-down-text-1 = După discuție, notează cât mai repede ce a spus elevul. Folosește cuvintele elevului. Scrie și data.
info-schools-write-down-text-2 = Notează ce ai auzit și ce ai văzut, nu ce crezi că s-a întâmplat.

info-schools-advice-heading = Cere sfaturi de la CSG
info-schools-advice-text-1 = Și ca profesionist poți suna la { $csg } pentru sfaturi. Gratuit, zi și noapte.
info-schools-advice-text-2 = S-a întâmplat de curând? Atunci sună imediat: unele medicamente funcționează doar în primele zile. CSG-ul ajută și mai târziu.
info-schools-advice-text-3 = Spune-le elevilor că pot și ei să sune sau să scrie pe chat la CSG. CSG-ul este pentru orice vârstă.

info-schools-home-heading = Abuz acasă
info-schools-home-text-1 = Violența sau abuzul se întâmplă acasă? Atunci poți suna și la Veilig Thuis (În siguranță acasă) pentru sfaturi. Veilig Thuis ajută în caz de violență domestică și abuz asupra copiilor, gratuit, zi și noapte. Îi găsești la Linii de ajutor.

info-schools-images-heading = Imagini care circulă
info-schools-images-text-1 = Circulă imagini nud cu un elev? Nu cere să le vezi și nu le trimite niciodată mai departe.
info-schools-images-text-2 = Păstrează însă linkurile și numele de cont, dacă poți. Helpwanted te poate ajuta să fie scoase imaginile de pe internet.
