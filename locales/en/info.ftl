### Eén Entree: information pages. Their structure is in assets/data/info.json. Numbers, article numbers and dates come from the data, never from this text.

## Shared
info-sections-title = Information
info-article = Istanbul Convention, article { $article }
info-unverified = We have not yet been able to check this part against its source. If in doubt, ask how it applies to you.
info-in-force = The Istanbul Convention has applied in the Netherlands since { $date }.
info-read-aloud = Read this page aloud
info-stop-reading = Stop reading

## What now?
info-now-title = What now?
info-now-summary = Being safe, help in the first days, and keeping traces.
info-now-intro = Something has happened and you are not sure what to do? Here you can read what may help now. Take your time: you don't have to do everything at once.

info-now-safe-heading = First: are you safe?
info-now-safe-text-1 = Your safety comes first. Are you in danger now, or is someone badly hurt? Then call { $emergency }.
info-now-safe-text-2 = Are you in a safe place? Take a breath. Find someone you trust, if you want to.

info-now-call-heading = Call or chat with the Centrum Seksueel Geweld
info-now-call-text-1 = Call { $csg }. It is free, and you can call day and night. Would you rather not talk? Then chat anonymously on the CSG website.
info-now-call-text-2 = You can also call or chat anonymously. The CSG asks roughly where you are, so that you speak to someone from the CSG in your region. They tell you where you can go. So call first, before you go anywhere.

info-now-seven-days-heading = Why it helps to call soon
info-now-seven-days-text-1 = Call as soon as you can, preferably within 3 days. Then the CSG can give you this help:
info-now-seven-days-text-2 = You decide what you want. You can say yes to medical care and no to an examination for traces.
info-now-seven-days-item-1 = Care for injuries.
info-now-seven-days-item-2 = Medicine to prevent pregnancy. It only works in the first days.
info-now-seven-days-item-3 = Medicine to prevent infections, such as HIV. Some of it only works in the first days.
info-now-seven-days-item-4 = First support for how you feel.
info-now-seven-days-item-5 = A doctor recording traces, together with the police. This is possible up to 7 days after what happened, and only if you want to report it.

info-now-evidence-heading = Keeping traces, if you want to
info-now-evidence-text-1 = Might you want to report it to the police, or keep that choice open? Then it helps if traces are kept. But your safety and your health always come first. Evidence is never worth your safety.
info-now-evidence-text-2 = Have you already showered, or changed your clothes? You have done nothing wrong. Call anyway: you will still get help.
info-now-evidence-text-3 = If you can, until the examination:
info-now-evidence-item-1 = Don't eat, drink or smoke.
info-now-evidence-item-2 = Don't brush your teeth.
info-now-evidence-item-3 = Don't shower, and don't wash where you were touched.
info-now-evidence-item-4 = Keep the same clothes on.
info-now-evidence-item-5 = Need to pee? Catch your urine in a clean pot.

info-now-never-too-late-heading = It is never too late
info-now-never-too-late-text-1 = Was it more than 7 days ago? Or even years ago? The CSG helps you then too. Call { $csg } or chat.
info-now-never-too-late-text-2 = Not sure if the CSG is for you? Call or chat to ask.

info-now-for-everyone-heading = For everyone
info-now-for-everyone-text-1 = The CSG is there for everyone: any age and any gender. Also when it happened online.
info-now-for-everyone-text-2 = The CSG is also there for the people around you, such as parents, friends and teachers. They can call the same number for advice.

## Your rights
info-rights-title = Your rights
info-rights-summary = What you can expect, whether or not you report to the police.
info-rights-intro = The Netherlands is a party to the Istanbul Convention. This European treaty is about violence against women and about domestic violence. It says what help and protection victims of that violence must get. Here you read what that means. Does what happened to you not fall under it? The CSG helps everyone, of any age and any gender.

info-rights-help-without-report-heading = Help, even if you don't report
info-rights-help-without-report-text-1 = The convention says: victims have a right to help and protection, also if they do not report to the police.
info-rights-help-without-report-text-2 = The organisations that help you must work together. And they must take care that dealing with them does not hurt you even more.
info-rights-help-without-report-text-3 = In the Netherlands you decide whether you report. The CSG helps you either way, also if you want no contact with the police.
info-rights-police-heading = Before you talk to the police
info-rights-police-text-1 = You can always ask the CSG for advice first, also anonymously. The CSG only involves the police if you want it to.
info-rights-police-text-2 = Do you talk to the sexual offences police, even if you first only want information? Then in some cases the public prosecutor can still have the case investigated, even without a report. For example if the abuse is still going on. The police tell you this at the start of the talk. The convention, too, asks that such cases do not depend only on a report.
info-rights-police-text-3 = Have you reported? Then you cannot take the report back. So take your time to decide, and ask for advice if you are unsure. You can reach the police day and night on { $police }.

info-rights-own-language-heading = Information in a language you understand
info-rights-own-language-text-1 = Under the convention, you have a right to information about help and about your legal options. In good time, and in a language you understand.
info-rights-own-language-text-2 = Is something unclear? Ask if someone can explain it again, in other words or in another language.

info-rights-specialist-help-heading = Help from specialists, day and night
info-rights-specialist-help-text-1 = The convention says there must be specialist help across the whole country. Straight away, and also for longer.
info-rights-specialist-help-text-2 = There must also be a free national helpline: open day and night, and confidential.
info-rights-specialist-help-text-3 = After sexual violence in the Netherlands, you call the CSG: { $csg }. Free, day and night. You can also chat anonymously.

info-rights-sexual-violence-centre-heading = A centre for help after sexual violence
info-rights-sexual-violence-centre-text-1 = The convention says there must be easy-to-reach centres for help after sexual violence. There you get a medical examination, help with trauma, counselling and an examination for traces.
info-rights-sexual-violence-centre-text-2 = In the Netherlands these are the Centra Seksueel Geweld. The CSG is there for everyone, of any age and any gender. Traces are only examined if you want to report. You can also get only medical care and support.
info-rights-sexual-violence-centre-text-3 = Call { $csg } or chat. The CSG tells you where you can go.

info-rights-protection-during-case-heading = Protection during the investigation and trial
info-rights-protection-during-case-text-1 = Do you report to the police? Under the convention, you then have a right to protection during the investigation and at a trial. Ask the police or Slachtofferhulp Nederland (Victim Support) how this works for you.
info-rights-protection-during-case-text-2 = The convention mentions, among other things:
info-rights-protection-during-case-item-1 = Information about your case.
info-rights-protection-during-case-item-2 = Being told when the offender escapes or is released, at least when you or your family could then be in danger. Ask the Slachtofferloket (victims' desk) about it.
info-rights-protection-during-case-item-3 = As little contact with the suspect as possible.
info-rights-protection-during-case-item-4 = An interpreter, if you need one.
info-rights-protection-during-case-item-5 = Telling your story without the suspect in the room, where possible.
info-rights-protection-during-case-item-6 = Protection of your privacy.

info-rights-legal-aid-heading = Help from a lawyer
info-rights-legal-aid-text-1 = The convention says: victims have a right to legal help, and to free legal aid under the conditions of their own country.
info-rights-legal-aid-text-2 = In the Netherlands, victims of a violent or sexual offence, such as rape or sexual assault, have a right to a free lawyer in some circumstances. This is on slachtofferrechten.nl. Ask the police or Slachtofferhulp Nederland about it.

## Online abuse
info-online-title = Online abuse
info-online-summary = Sextortion, shared images and grooming: what you can do.
info-online-intro = Sexual violence can happen online too. The CSG helps you with it just as with violence offline.

info-online-what-it-is-heading = What is online sexual abuse?
info-online-what-it-is-text-1 = It can happen in many ways. Some examples:
info-online-what-it-is-item-1 = Someone threatens to spread nude images of you, unless you pay or send more images. This is called sextortion.
info-online-what-it-is-item-2 = Someone shares sexual images of you when you don't want that. Also if you made or sent them yourself.
info-online-what-it-is-item-3 = Someone wins your trust online, to abuse you sexually later. This is called grooming.

info-online-not-your-fault-heading = It is not your fault
info-online-not-your-fault-text-1 = Not even if you sent images yourself. Not even if you trusted someone. The blame lies with whoever threatens you or shares your images.
info-online-not-your-fault-text-2 = Online abuse counts just as much as abuse offline. The CSG helps you with this too. Call { $csg } or chat.

info-online-threatened-heading = Is someone threatening you?
info-online-threatened-text-1 = Don't pay, and don't send anything more. Not even if someone puts pressure on you.
info-online-threatened-text-2 = First save what you have. Below you can read how. After that you can block the person, if you want to.
info-online-threatened-text-3 = You don't have to solve this alone. Talk to someone you trust, or chat with Helpwanted or the CSG. Are you in danger now? Call { $emergency }.

info-online-save-evidence-heading = Save evidence before it disappears
info-online-save-evidence-text-1 = Messages and profiles can disappear quickly. So save what you can, if you are able to. Is it too hard to see it all again? Ask someone you trust to help.
info-online-save-evidence-text-2 = Don't forward the images yourself, and don't share them. Not even to show what is happening.
info-online-save-evidence-text-3 = What you can save:
info-online-save-evidence-item-1 = Screenshots of messages, with the date and time on them.
info-online-save-evidence-item-2 = Screenshots of the account names and profiles of whoever threatens you or shares your images.
info-online-save-evidence-item-3 = Links to the places where the images are. You don't need to keep the images themselves.

info-online-removal-heading = Help with removal and reporting
info-online-removal-text-1 = Helpwanted helps with online abuse and is part of Offlimits. They can help to get images taken offline. You can chat with them on their website. You can find them under Helplines.
info-online-removal-text-2 = Do you want to report it? Call the police on { $police }. Good to know: once you have reported, you cannot take it back. Still unsure? Ask Helpwanted or the CSG for advice first.

## For family and friends
info-relatives-title = For family and friends
info-relatives-summary = Someone tells you about sexual violence. This is how you can help.
info-relatives-intro = Is someone telling you about sexual violence? You don't need to be an expert to help: here you can read what you can do.

info-relatives-listen-heading = Listen and believe
info-relatives-listen-text-1 = It often takes a lot of courage to tell this. Show that you are there.
info-relatives-listen-item-1 = Listen calmly, without judging.
info-relatives-listen-item-2 = Believe what they tell you.
info-relatives-listen-item-3 = Say: it is not your fault.
info-relatives-listen-item-4 = Thank them for telling you.

info-relatives-no-details-heading = Don't push for details
info-relatives-no-details-text-1 = Let them choose what to tell you, and how much. Don't ask for details.
info-relatives-no-details-text-2 = Questions like 'why did you go with them?' can feel like blame. Even if you don't mean it that way.

info-relatives-their-choice-heading = Let them decide
info-relatives-their-choice-text-1 = Don't decide for them. Not about the police or reporting either. What happens next is their choice.
info-relatives-their-choice-text-2 = You can help, though. Did it happen recently? Then tell them that it helps to call the CSG as soon as possible, preferably within 3 days. If it was longer ago, the CSG helps too. Call together, if they want to.
info-relatives-their-choice-text-3 = Is there danger now? Then call { $emergency }.

info-relatives-no-confrontation-heading = Don't confront the offender
info-relatives-no-confrontation-text-1 = You may feel angry and want to do something. Still, don't confront the offender. It can make things less safe or harder for the person who told you.
info-relatives-no-confrontation-text-2 = Talk about your anger with someone else, or call the CSG.

info-relatives-child-heading = Is it about a child?
info-relatives-child-text-1 = Stay calm and listen, just as with an adult. A child cannot decide everything alone. So ask for advice, and tell the child what you are going to do.
info-relatives-child-text-2 = The CSG is there for children too. Call { $csg } for advice.
info-relatives-child-text-3 = Is the abuse happening at home? Then you can also call Veilig Thuis (Safe at Home) for advice, free and day and night. You can do this anonymously. You can find them under Helplines.

info-relatives-for-you-heading = The CSG is there for you too
info-relatives-for-you-text-1 = As someone close, you can call { $csg } too. Free, day and night. For example if you don't know what to say or do. You can also chat anonymously.
info-relatives-for-you-text-2 = Tip: save the number in your phone. Then you have it ready, for yourself or for someone else.

info-relatives-self-care-heading = Look after yourself too
info-relatives-self-care-text-1 = What you hear can affect you too. That is normal. Talk about it with someone, or call the CSG.
info-relatives-self-care-text-2 = Rest when you need to. You can support the other person better if you also look after yourself.

## For schools
info-schools-title = For schools
info-schools-summary = Signs, a pupil who tells you something, and where to get advice.
info-schools-intro = For teachers, mentors and everyone who works at a school. Here you can read what you can do if you are worried about a pupil.

info-schools-signs-heading = Signs
info-schools-signs-text-1 = Sometimes you notice that something may be wrong. A sign is not proof: a change can have many causes.
info-schools-signs-text-2 = Are you worried? Calmly ask how they are, without pressure. And ask for advice.
info-schools-signs-text-3 = For example, look out for:
info-schools-signs-item-1 = A pupil suddenly behaves differently than before.
info-schools-signs-item-2 = A pupil withdraws, or seeks less contact with others.

info-schools-disclosure-heading = When a pupil tells you something
info-schools-disclosure-text-1 = A pupil has chosen you to tell. That is a sign of trust.
info-schools-disclosure-item-1 = Stay calm, even if you are shocked.
info-schools-disclosure-item-2 = Listen, and let the pupil tell it in their own words.
info-schools-disclosure-item-3 = Say that it is good that they told you, and that it is not their fault.
info-schools-disclosure-item-4 = Don't question them like a detective. Don't ask for details, and don't investigate yourself.

info-schools-secrecy-heading = Don't promise secrecy
info-schools-secrecy-text-1 = Don't promise to keep it secret if you cannot keep that promise. Say honestly what you are going to do, and who you will talk to.
info-schools-secrecy-text-2 = Follow your own school's protocol on what you share, and with whom. Not sure? Ask for advice.

info-schools-write-down-heading = Write it down afterwards
info-schools-write-down-text-1 = After the talk, write down as soon as you can what the pupil said. Use the pupil's own words. Add the date too.
info-schools-write-down-text-2 = Write down what you heard and saw, not what you think happened.

info-schools-advice-heading = Ask the CSG for advice
info-schools-advice-text-1 = As a professional, you can also call { $csg } for advice. Free, day and night.
info-schools-advice-text-2 = Did it happen recently? Then call straight away: some medicine only works in the first days. The CSG helps later too.
info-schools-advice-text-3 = Tell pupils that they can also call or chat with the CSG themselves. The CSG is there for any age.

info-schools-home-heading = Abuse at home
info-schools-home-text-1 = Is the violence or abuse happening at home? Then you can also call Veilig Thuis (Safe at Home) for advice. Veilig Thuis helps with domestic violence and child abuse, free and day and night. You can find them under Helplines.

info-schools-images-heading = Images going around
info-schools-images-text-1 = Are nude images of a pupil going around? Don't ask to see them, and never forward them.
info-schools-images-text-2 = Do save links and account names, if you can. Helpwanted can help to get images taken offline.
