### Helplines. Numbers come from assets/data/helplines.json, never from this text.

helplines-title = Helplines
helplines-call-log = Please note: when you call, the call shows in your phone's call list afterwards. Delete it there if that is safer. Not sure? Use a phone that is safe.

contact-call = Call { $number }
contact-chat = Chat
contact-chat-note = Opens their website
cost-free = Free
cost-local = Normal call charges
hours-always = Day and night, every day
hours-every-day = Every day, { $from } to { $to }
hours-weekdays = Monday to Friday, { $from } to { $to }
hours-unverified = { $hours } (not yet checked at the source)
helpline-unverified = We have not yet been able to check all details of this helpline at the source. If in doubt, look at their own website.

helpline-emergency-name = Emergency number 112
helpline-emergency-purpose = When you are in danger now, or need police or an ambulance now.
helpline-csg-name = Centrum Seksueel Geweld (Sexual Violence Centre)
helpline-csg-purpose = After sexual violence, also online. For victims, the people close to them, and professionals.
helpline-veilig-thuis-name = Veilig Thuis (Safe at Home)
helpline-veilig-thuis-purpose = For domestic violence and child abuse. You may call anonymously.
helpline-slachtofferhulp-name = Slachtofferhulp Nederland (Victim Support)
helpline-slachtofferhulp-purpose = Support and practical help after a crime.
helpline-suicide-prevention-name = 113 Suicide Prevention
helpline-suicide-prevention-purpose = If you think about suicide, or are worried about someone.
helpline-helpwanted-name = Helpwanted (Offlimits)
helpline-helpwanted-purpose = For online abuse, such as nude images being shared. They can help get images taken offline. Helpwanted is part of Offlimits.
helpline-fier-name = Fier
helpline-fier-purpose = Chat with counsellors about violence and abuse.
helpline-police-name = Police (non-emergency)
helpline-police-purpose = To report a crime. Good to know: once you have reported, you cannot take the report back. And after a talk with the police, the prosecutor can sometimes start an investigation even without a report. Not sure? Ask the CSG for advice first.
helpline-kindertelefoon-name = De Kindertelefoon (Child Helpline)
helpline-kindertelefoon-purpose = For children and young people aged 8 to 18, about anything that bothers you.
