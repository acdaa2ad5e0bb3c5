### Eén Entree: informatiepagina's (referentietaal). De opbouw staat in assets/data/info.json. Nummers, artikelnummers en datums komen uit de data, nooit uit deze tekst.

## Gedeeld
info-sections-title = Informatie
info-article = Istanbulverdrag, artikel { $article }
info-unverified = Dit deel hebben we nog niet kunnen controleren bij de bron. Vraag bij twijfel na hoe het voor jou zit.
info-in-force = Het Istanbulverdrag geldt in Nederland sinds { $date }.
info-read-aloud = Lees deze pagina voor
info-stop-reading = Stop met voorlezen

## Wat nu?
info-now-title = Wat nu?
info-now-summary = Veilig zijn, hulp in de eerste dagen en sporen bewaren.
info-now-intro = Er is iets gebeurd en je weet niet goed wat je moet doen? Hier lees je wat nu kan helpen. Neem de tijd: je hoeft niet alles tegelijk te doen.

info-now-safe-heading = Eerst: ben je veilig?
info-now-safe-text-1 = Jouw veiligheid gaat voor alles. Ben je nu in gevaar, of is iemand ernstig gewond? Bel dan { $emergency }.
info-now-safe-text-2 = Ben je op een veilige plek? Haal even adem. Zoek iemand die je vertrouwt, als je dat wilt.

info-now-call-heading = Bel of chat met het Centrum Seksueel Geweld
info-now-call-text-1 = Bel { $csg }. Dat is gratis, en je kunt dag en nacht bellen. Liever niet praten? Chat dan anoniem via de website van het CSG.
info-now-call-text-2 = Je kunt ook anoniem bellen of chatten. Het CSG vraagt waar je ongeveer bent, zodat je iemand van het CSG in jouw regio spreekt. Die zegt waar je terecht kunt. Bel dus eerst, voordat je ergens heen gaat.

info-now-seven-days-heading = Waarom het helpt om snel te bellen
info-now-seven-days-text-1 = Bel zo snel als je kunt, het liefst binnen 3 dagen. Dan kan het CSG je deze hulp geven:
info-now-seven-days-text-2 = Jij beslist wat je wilt. Je kunt ja zeggen tegen medische zorg, en nee tegen onderzoek naar sporen.
info-now-seven-days-item-1 = Zorg voor verwondingen.
info-now-seven-days-item-2 = Medicijnen om zwangerschap te voorkomen. Die werken alleen in de eerste dagen.
info-now-seven-days-item-3 = Medicijnen om infecties te voorkomen, zoals hiv. Sommige werken alleen in de eerste dagen.
info-now-seven-days-item-4 = Eerste steun voor hoe je je voelt.
info-now-seven-days-item-5 = Sporen vastleggen door een arts, samen met de politie. Dat kan tot 7 dagen na wat er gebeurde, en alleen als jij aangifte wilt doen.

info-now-evidence-heading = Sporen bewaren, als je dat wilt
info-now-evidence-text-1 = Wil je misschien aangifte doen, of wil je die keuze openhouden? Dan helpt het als sporen bewaard blijven. Maar je veiligheid en je gezondheid gaan altijd voor. Bewijs is nooit je veiligheid waard.
info-now-evidence-text-2 = Heb je al gedoucht, of andere kleren aangetrokken? Je hebt niets fout gedaan. Bel toch: je krijgt nog steeds hulp.
info-now-evidence-text-3 = Als het lukt, doe dan tot aan het onderzoek het volgende:
info-now-evidence-item-1 = Niet eten, drinken of roken.
info-now-evidence-item-2 = Je tanden niet poetsen.
info-now-evidence-item-3 = Niet douchen, en je niet wassen waar je bent aangeraakt.
info-now-evidence-item-4 = Dezelfde kleren aanhouden.
info-now-evidence-item-5 = Moet je plassen? Vang je plas dan op in een schone pot.

info-now-never-too-late-heading = Het is nooit te laat
info-now-never-too-late-text-1 = Is het langer dan 7 dagen geleden? Of zelfs jaren? Ook dan helpt het CSG je. Bel { $csg } of chat.
info-now-never-too-late-text-2 = Twijfel je of het CSG iets voor jou is? Bel of chat dan om het te vragen.

info-now-for-everyone-heading = Voor iedereen
info-now-for-everyone-text-1 = Het CSG is er voor iedereen: voor elke leeftijd en elk gender. Ook als het online gebeurde.
info-now-for-everyone-text-2 = Het CSG is er ook voor de mensen om je heen, zoals ouders, vrienden en leraren. Zij kunnen hetzelfde nummer bellen voor advies.

## Jouw rechten
info-rights-title = Jouw rechten
info-rights-summary = Wat je mag verwachten, of je nu aangifte doet of niet.
info-rights-intro = Nederland doet mee aan het Istanbulverdrag. Dat Europese verdrag gaat over geweld tegen vrouwen en over huiselijk geweld. Het zegt welke hulp en bescherming slachtoffers daarvan moeten krijgen. Hier lees je wat dat betekent. Valt wat jou overkwam daar niet onder? Het CSG helpt iedereen, van elke leeftijd en elk gender.

info-rights-help-without-report-heading = Hulp, ook als je geen aangifte doet
info-rights-help-without-report-text-1 = Het verdrag zegt: slachtoffers hebben recht op hulp en bescherming, ook als ze geen aangifte doen.
info-rights-help-without-report-text-2 = Organisaties die je helpen, moeten samenwerken. En ze moeten oppassen dat het contact met hen je niet nog meer pijn doet.
info-rights-help-without-report-text-3 = In Nederland beslis jij of je aangifte doet. Het CSG helpt je hoe dan ook, ook als je geen contact met de politie wilt.
info-rights-police-heading = Voordat je met de politie praat
info-rights-police-text-1 = Je kunt het CSG altijd eerst om advies vragen, ook anoniem. Het CSG schakelt de politie alleen in als jij dat wilt.
info-rights-police-text-2 = Praat je met de zedenpolitie, ook als je eerst alleen informatie wilt? Dan kan de officier van justitie in sommige gevallen toch een onderzoek laten doen, ook zonder aangifte. Bijvoorbeeld als het misbruik nog doorgaat. De politie vertelt je dat aan het begin van het gesprek. Ook het verdrag vraagt dat zulke zaken niet alleen van een aangifte afhangen.
info-rights-police-text-3 = Heb je aangifte gedaan? Dan kun je die niet meer intrekken. Neem dus de tijd om te beslissen, en vraag advies als je twijfelt. De politie bereik je dag en nacht op { $police }.

info-rights-own-language-heading = Informatie in een taal die je begrijpt
info-rights-own-language-text-1 = Volgens het verdrag heb je recht op informatie over hulp en over wat je juridisch kunt doen. Op tijd, en in een taal die je begrijpt.
info-rights-own-language-text-2 = Begrijp je iets niet? Vraag dan of iemand het nog eens uitlegt, in andere woorden of in een andere taal.

info-rights-specialist-help-heading = Hulp van specialisten, dag en nacht
info-rights-specialist-help-text-1 = Het verdrag zegt dat er in het hele land gespecialiseerde hulp moet zijn. Meteen, en ook voor langere tijd.
info-rights-specialist-help-text-2 = Er moet ook een gratis landelijke hulplijn zijn: dag en nacht bereikbaar, en vertrouwelijk.
info-rights-specialist-help-text-3 = Na seksueel geweld bel je in Nederland het CSG: { $csg }. Gratis, dag en nacht. Je kunt ook anoniem chatten.

info-rights-sexual-violence-centre-heading = Een centrum voor hulp na seksueel geweld
info-rights-sexual-violence-centre-text-1 = Het verdrag zegt dat er centra moeten zijn voor hulp na seksueel geweld, die makkelijk te bereiken zijn. Daar krijg je medisch onderzoek, hulp bij trauma, begeleiding en onderzoek naar sporen.
info-rights-sexual-violence-centre-text-2 = In Nederland zijn dat de Centra Seksueel Geweld. Het CSG is er voor iedereen, van elke leeftijd en elk gender. Onderzoek naar sporen gebeurt alleen als jij aangifte wilt doen. Je kunt ook alleen medische zorg en steun krijgen.
info-rights-sexual-violence-centre-text-3 = Bel { $csg } of chat. Het CSG zegt je waar je heen kunt.

info-rights-protection-during-case-heading = Bescherming tijdens onderzoek en rechtszaak
info-rights-protection-during-case-text-1 = Doe je aangifte? Volgens het verdrag heb je dan recht op bescherming tijdens het onderzoek en bij een rechtszaak. Vraag de politie of Slachtofferhulp Nederland hoe dat voor jou werkt.
info-rights-protection-during-case-text-2 = Het verdrag noemt onder andere:
info-rights-protection-during-case-item-1 = Informatie over je zaak.
info-rights-protection-during-case-item-2 = Bericht als de dader ontsnapt of vrijkomt, in elk geval als jij of je familie dan in gevaar kan zijn. Vraag ernaar bij het Slachtofferloket.
info-rights-protection-during-case-item-3 = Zo min mogelijk contact met de verdachte.
info-rights-protection-during-case-item-4 = Een tolk, als je die nodig hebt.
info-rights-protection-during-case-item-5 = Je verhaal vertellen zonder dat de verdachte erbij is, als dat kan.
info-rights-protection-during-case-item-6 = Bescherming van je privacy.

info-rights-legal-aid-heading = Hulp van een advocaat
info-rights-legal-aid-text-1 = Het verdrag zegt: slachtoffers hebben recht op juridische hulp, en op gratis rechtshulp onder de voorwaarden van het eigen land.
info-rights-legal-aid-text-2 = In Nederland heb je als slachtoffer van een gewelds- of zedenmisdrijf, zoals verkrachting of aanranding, onder omstandigheden recht op een gratis advocaat. Dat staat op slachtofferrechten.nl. Vraag ernaar bij de politie of bij Slachtofferhulp Nederland.

## Online misbruik
info-online-title = Online misbruik
info-online-summary = Afpersing met naaktbeelden, gedeelde beelden en grooming: wat je kunt doen.
info-online-intro = Seksueel geweld kan ook online gebeuren. Het CSG helpt je daarbij net zo als bij geweld offline.

info-online-what-it-is-heading = Wat is online seksueel misbruik?
info-online-what-it-is-text-1 = Het kan op veel manieren gebeuren. Een paar voorbeelden:
info-online-what-it-is-item-1 = Iemand dreigt naaktbeelden van je te verspreiden, als je niet betaalt of meer beelden stuurt. Dit heet sextortion.
info-online-what-it-is-item-2 = Iemand deelt seksuele beelden van je, terwijl jij dat niet wilt. Ook als je ze zelf hebt gemaakt of gestuurd.
info-online-what-it-is-item-3 = Iemand wint online je vertrouwen, om je daarna seksueel te misbruiken. Dit heet grooming.

info-online-not-your-fault-heading = Het is niet jouw schuld
info-online-not-your-fault-text-1 = Ook niet als je zelf beelden hebt gestuurd. Ook niet als je iemand vertrouwde. De schuld ligt bij wie je bedreigt of je beelden deelt.
info-online-not-your-fault-text-2 = Online misbruik telt net zo zwaar als misbruik offline. Het CSG helpt je ook hierbij. Bel { $csg } of chat.

info-online-threatened-heading = Word je bedreigd?
info-online-threatened-text-1 = Betaal niet, en stuur niets meer. Ook niet als iemand je onder druk zet.
info-online-threatened-text-2 = Bewaar eerst wat je hebt. Hieronder lees je hoe. Daarna kun je de persoon blokkeren, als je dat wilt.
info-online-threatened-text-3 = Je hoeft dit niet alleen op te lossen. Praat met iemand die je vertrouwt, of chat met Helpwanted of het CSG. Ben je nu in gevaar? Bel { $emergency }.

info-online-save-evidence-heading = Bewaar bewijs voordat het verdwijnt
info-online-save-evidence-text-1 = Berichten en profielen kunnen snel verdwijnen. Bewaar daarom wat je kunt, als dat lukt. Is het te zwaar om alles weer te zien? Vraag iemand die je vertrouwt om te helpen.
info-online-save-evidence-text-2 = Stuur de beelden zelf niet door, en deel ze niet. Ook niet om te laten zien wat er gebeurt.
info-online-save-evidence-text-3 = Dit kun je bewaren:
info-online-save-evidence-item-1 = Screenshots van berichten, met de datum en de tijd erop.
info-online-save-evidence-item-2 = Screenshots van de accountnamen en profielen van wie je bedreigt of je beelden deelt.
info-online-save-evidence-item-3 = Links naar de plekken waar de beelden staan. De beelden zelf hoef je niet te bewaren.

info-online-removal-heading = Hulp bij verwijderen en aangifte
info-online-removal-text-1 = Helpwanted helpt bij online misbruik en hoort bij Offlimits. Ze kunnen helpen om beelden offline te laten halen. Je kunt met ze chatten via hun website. Je vindt ze bij Hulplijnen.
info-online-removal-text-2 = Wil je aangifte doen? Bel de politie op { $police }. Goed om te weten: een aangifte kun je niet meer intrekken. Twijfel je nog? Vraag dan eerst advies aan Helpwanted of het CSG.

## Voor naasten
info-relatives-title = Voor naasten
info-relatives-summary = Iemand vertelt je over seksueel geweld. Zo kun je helpen.
info-relatives-intro = Vertelt iemand je over seksueel geweld? Je hoeft geen expert te zijn om te helpen: hier lees je wat je kunt doen.

info-relatives-listen-heading = Luister en geloof
info-relatives-listen-text-1 = Het kost vaak veel moed om dit te vertellen. Laat merken dat je er bent.
info-relatives-listen-item-1 = Luister rustig, zonder te oordelen.
info-relatives-listen-item-2 = Geloof wat de ander vertelt.
info-relatives-listen-item-3 = Zeg: het is niet jouw schuld.
info-relatives-listen-item-4 = Bedank de ander voor het vertellen.

info-relatives-no-details-heading = Vraag niet door
info-relatives-no-details-text-1 = Laat de ander zelf kiezen wat die vertelt, en hoeveel. Vraag niet naar details.
info-relatives-no-details-text-2 = Vragen als 'waarom ging je mee?' kunnen voelen als een verwijt. Ook als je het niet zo bedoelt.

info-relatives-their-choice-heading = Laat de ander beslissen
info-relatives-their-choice-text-1 = Beslis niet voor de ander. Ook niet over de politie of aangifte. Wat er gebeurt, kiest de ander zelf.
info-relatives-their-choice-text-2 = Je kunt wel helpen. Is het pas gebeurd? Vertel dan dat het helpt om het CSG zo snel mogelijk te bellen, het liefst binnen 3 dagen. Is het langer geleden, dan helpt het CSG ook. Bel samen, als de ander dat wil.
info-relatives-their-choice-text-3 = Is er nu gevaar? Bel dan { $emergency }.

info-relatives-no-confrontation-heading = Spreek de dader niet aan
info-relatives-no-confrontation-text-1 = Misschien ben je boos, en wil je iets doen. Spreek de dader toch niet aan. Dat kan het voor de ander onveiliger of moeilijker maken.
info-relatives-no-confrontation-text-2 = Praat over je boosheid met iemand anders, of bel het CSG.

info-relatives-child-heading = Gaat het om een kind?
info-relatives-child-text-1 = Blijf rustig en luister, net als bij een volwassene. Een kind kan niet alles zelf beslissen. Vraag daarom advies, en vertel het kind wat je gaat doen.
info-relatives-child-text-2 = Het CSG is er ook voor kinderen. Bel { $csg } voor advies.
info-relatives-child-text-3 = Gebeurt het misbruik thuis? Dan kun je ook Veilig Thuis bellen voor advies, gratis en dag en nacht. Dat kan ook anoniem. Je vindt ze bij Hulplijnen.

info-relatives-for-you-heading = Het CSG is er ook voor jou
info-relatives-for-you-text-1 = Ook als naaste kun je { $csg } bellen. Gratis, dag en nacht. Bijvoorbeeld als je niet weet wat je moet zeggen of doen. Je kunt ook anoniem chatten.
info-relatives-for-you-text-2 = Tip: zet het nummer in je telefoon. Dan heb je het bij de hand, voor jezelf of voor een ander.

info-relatives-self-care-heading = Zorg ook voor jezelf
info-relatives-self-care-text-1 = Wat je hoort, kan ook jou raken. Dat is normaal. Praat erover met iemand, of bel het CSG.
info-relatives-self-care-text-2 = Neem rust als je dat nodig hebt. Je kunt de ander beter steunen als jij ook goed voor jezelf zorgt.

## Voor scholen
info-schools-title = Voor scholen
info-schools-summary = Signalen, een leerling die iets vertelt, en waar je advies krijgt.
info-schools-intro = Voor leraren, mentoren en iedereen die op school werkt. Hier lees je wat je kunt doen als je je zorgen maakt om een leerling.

info-schools-signs-heading = Signalen
info-schools-signs-text-1 = Soms merk je dat er iets mis kan zijn. Een signaal is geen bewijs: een verandering kan veel oorzaken hebben.
info-schools-signs-text-2 = Maak je je zorgen? Vraag rustig hoe het gaat, zonder druk. En vraag advies.
info-schools-signs-text-3 = Let bijvoorbeeld op:
info-schools-signs-item-1 = Een leerling gedraagt zich ineens anders dan eerst.
info-schools-signs-item-2 = Een leerling trekt zich terug, of zoekt minder contact met anderen.

info-schools-disclosure-heading = Als een leerling iets vertelt
info-schools-disclosure-text-1 = Een leerling kiest jou om iets te vertellen. Dat is een teken van vertrouwen.
info-schools-disclosure-item-1 = Blijf rustig, ook als je schrikt.
info-schools-disclosure-item-2 = Luister, en laat de leerling vertellen in eigen woorden.
info-schools-disclosure-item-3 = Zeg dat het goed is dat de leerling het vertelt, en dat het niet de schuld van de leerling is.
info-schools-disclosure-item-4 = Stel geen vragen zoals een rechercheur. Vraag niet naar details, en zoek het niet zelf uit.

info-schools-secrecy-heading = Beloof geen geheimhouding
info-schools-secrecy-text-1 = Beloof niet dat je het geheimhoudt, als je dat niet kunt waarmaken. Zeg eerlijk wat je gaat doen, en met wie je gaat praten.
info-schools-secrecy-text-2 = Volg het protocol van je eigen school over wat je deelt, en met wie. Twijfel je? Vraag advies.

info-schools-write-down-heading = Schrijf het daarna op
info-schools-write-down-text-1 = Schrijf na het gesprek zo snel mogelijk op wat de leerling zei. Gebruik de woorden van de leerling zelf. Zet er ook de datum bij.
info-schools-write-down-text-2 = Schrijf op wat je hoorde en zag, niet wat je denkt dat er is gebeurd.

info-schools-advice-heading = Vraag advies bij het CSG
info-schools-advice-text-1 = Ook als professional kun je { $csg } bellen voor advies. Gratis, dag en nacht.
info-schools-advice-text-2 = Is het pas gebeurd? Bel dan meteen: sommige medicijnen werken alleen in de eerste dagen. Ook later helpt het CSG.
info-schools-advice-text-3 = Vertel leerlingen dat ze het CSG ook zelf kunnen bellen of chatten. Het CSG is er voor elke leeftijd.

info-schools-home-heading = Misbruik thuis
info-schools-home-text-1 = Gebeurt het geweld of misbruik thuis? Dan kun je ook Veilig Thuis bellen voor advies. Veilig Thuis helpt bij huiselijk geweld en kindermishandeling, gratis en dag en nacht. Je vindt ze bij Hulplijnen.

info-schools-images-heading = Beelden die rondgaan
info-schools-images-text-1 = Gaan er naaktbeelden van een leerling rond? Vraag niet om ze te zien, en stuur ze nooit door.
info-schools-images-text-2 = Bewaar wel links en accountnamen, als dat kan. Helpwanted kan helpen om beelden offline te laten halen.
