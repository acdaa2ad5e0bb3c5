### Hulplijnen. Nummers komen uit assets/data/helplines.json, nooit uit deze tekst.

helplines-title = Hulplijnen
helplines-call-log = Let op: als je belt, staat het gesprek daarna in de lijst met gesprekken van je telefoon. Wis het daar als dat veiliger is. Twijfel je? Gebruik dan een telefoon die veilig is.

contact-call = Bel { $number }
contact-chat = Chat
contact-chat-note = Opent hun website
cost-free = Gratis
cost-local = Normale belkosten
hours-always = Dag en nacht, elke dag
hours-every-day = Elke dag, { $from } tot { $to }
hours-weekdays = Maandag tot en met vrijdag, { $from } tot { $to }
hours-unverified = { $hours } (nog niet gecontroleerd bij de bron)
helpline-unverified = Wij hebben niet alle gegevens van deze hulplijn al bij de bron kunnen controleren. Kijk bij twijfel op hun eigen website.

helpline-emergency-name = Alarmnummer 112
helpline-emergency-purpose = Bij direct gevaar of als er nu hulp nodig is van politie of ambulance.
helpline-csg-name = Centrum Seksueel Geweld
helpline-csg-purpose = Na seksueel geweld, ook online. Voor slachtoffers, naasten en professionals.
helpline-veilig-thuis-name = Veilig Thuis
helpline-veilig-thuis-purpose = Bij huiselijk geweld en kindermishandeling. Je mag anoniem bellen.
helpline-slachtofferhulp-name = Slachtofferhulp Nederland
helpline-slachtofferhulp-purpose = Steun en praktische hulp na een misdrijf.
helpline-suicide-prevention-name = 113 Zelfmoordpreventie
helpline-suicide-prevention-purpose = Als je aan zelfmoord denkt, of je zorgen maakt om iemand.
helpline-helpwanted-name = Helpwanted (Offlimits)
helpline-helpwanted-purpose = Bij online misbruik, zoals naaktbeelden die rondgaan. Ze kunnen helpen om beelden offline te halen. Helpwanted hoort bij Offlimits.
helpline-fier-name = Fier
helpline-fier-purpose = Chat met hulpverleners over geweld en misbruik.
helpline-police-name = Politie (geen spoed)
helpline-police-purpose = Om aangifte te doen. Goed om te weten: een aangifte kun je niet meer intrekken. En na een gesprek met de politie kan justitie soms ook zonder aangifte een onderzoek beginnen. Twijfel je? Vraag dan eerst advies aan het CSG.
helpline-kindertelefoon-name = De Kindertelefoon
helpline-kindertelefoon-purpose = Voor kinderen en jongeren van 8 tot 18 jaar, over alles wat je dwarszit.
