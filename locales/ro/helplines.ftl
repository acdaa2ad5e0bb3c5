### Helplines. Numbers come from assets/data/helplines.json, never from this text.

helplines-title = Linii de ajutor
helplines-call-log = Atenție: după ce suni, apelul apare în lista de apeluri a telefonului tău. Șterge-l de acolo, dacă așa este mai sigur. Ai îndoieli? Folosește un telefon care este sigur.

contact-call = Sună la { $number }
contact-chat = Chat
contact-chat-note = Se deschide site-ul lor
cost-free = Gratuit
cost-local = Cost normal al apelului
hours-always = Zi și noapte, în fiecare zi
hours-every-day = În fiecare zi, de la { $from } la { $to }
hours-weekdays = De luni până vineri, de la { $from } la { $to }
hours-unverified = { $hours } (încă neverificat la sursă)
helpline-unverified = Nu am putut verifica încă la sursă toate datele acestei linii de ajutor. Dacă ai îndoieli, uită-te pe site-ul lor.

helpline-emergency-name = Numărul de urgență 112
helpline-emergency-purpose = Când ești în pericol chiar acum sau ai nevoie acum de poliție sau de ambulanță.
helpline-csg-name = Centrum Seksueel Geweld (centru specializat în violență sexuală)
helpline-csg-purpose = După violență sexuală, inclusiv online. Pentru victime, pentru cei apropiați și pentru profesioniști.
helpline-veilig-thuis-name = Veilig Thuis (În siguranță acasă)
helpline-veilig-thuis-purpose = În caz de violență domestică și abuz asupra copiilor. Poți suna anonim.
helpline-slachtofferhulp-name = Slachtofferhulp Nederland (Ajutor pentru victime)
helpline-slachtofferhulp-purpose = Sprijin și ajutor practic după o infracțiune.
helpline-suicide-prevention-name = 113 Zelfmoordpreventie (prevenirea sinuciderii)
helpline-suicide-prevention-purpose = Dacă te gândești la sinucidere sau îți faci griji pentru cineva.
helpline-helpwanted-name = Helpwanted (Offlimits)
helpline-helpwanted-purpose = În caz de abuz online, de exemplu imagini nud care circulă. Te pot ajuta să fie scoase imaginile. Helpwanted face parte din Offlimits.
helpline-fier-name = Fier
helpline-fier-purpose = Chat cu specialiști despre violență și abuz.
helpline-police-name = Poliția (nu pentru urgențe)
helpline-police-purpose = Pentru a face plângere. E bine de știut: o plângere nu mai poate fi retrasă. Iar după o discuție cu poliția, parchetul poate uneori începe o anchetă și fără plângere. Ai îndoieli? Cere mai întâi sfatul CSG-ului.
helpline-kindertelefoon-name = De Kindertelefoon (linie de ajutor pentru copii)
helpline-kindertelefoon-purpose = Pentru copii și tineri între 8 și 18 ani, despre orice te apasă.
