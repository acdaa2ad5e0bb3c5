### Eén Entree: bilgi sayfaları. Yapı assets/data/info.json içindedir. Numaralar, madde numaraları ve tarihler verilerden gelir, asla bu metinden gelmez.

## Ortak
info-sections-title = Bilgi
info-article = İstanbul Sözleşmesi, madde { $article }
info-unverified = Bu bölümü henüz kaynağında kontrol edemedik. Emin değilsen, senin durumunda nasıl olduğunu sor.
info-in-force = İstanbul Sözleşmesi Hollanda'da { $date } tarihinden beri geçerlidir.
info-read-aloud = Bu sayfayı sesli oku
info-stop-reading = Sesli okumayı durdur

## Şimdi ne yapmalı?
info-now-title = Şimdi ne yapmalı?
info-now-summary = Güvende olmak, ilk günlerde yardım ve izleri korumak.
info-now-intro = Bir şey oldu ve ne yapacağını tam bilmiyor musun? Burada şu anda neyin yardımcı olabileceğini okuyabilirsin. Acele etme: her şeyi aynı anda yapmak zorunda değilsin.

info-now-safe-heading = Önce: güvende misin?
info-now-safe-text-1 = Senin güvenliğin her şeyden önce gelir. Şu anda tehlikede misin ya da biri ağır yaralı mı? O zaman { $emergency } numarasını ara.
info-now-safe-text-2 = Güvenli bir yerde misin? Biraz nefes al. İstersen, güvendiğin birini bul.

info-now-call-heading = Centrum Seksueel Geweld'i ara ya da onlarla yazış
info-now-call-text-1 = { $csg } numarasını ara. Arama ücretsizdir ve gece gündüz arayabilirsin. Konuşmak istemiyor musun? O zaman CSG'nin web sitesinden anonim olarak yazış.
info-now-call-text-2 = Adını vermeden de arayabilir ya da yazışabilirsin. CSG, bölgendeki CSG'den biriyle konuşabilmen için yaklaşık olarak nerede olduğunu sorar. Bu kişi sana nereye gidebileceğini söyler. Bu yüzden bir yere gitmeden önce ara.

info-now-seven-days-heading = Çabuk aramak neden yardımcı olur
info-now-seven-days-text-1 = Olabildiğince çabuk ara, en iyisi ilk 3 gün içinde. O zaman CSG sana şu yardımları verebilir:
info-now-seven-days-text-2 = Ne istediğine sen karar verirsin. Tıbbi bakıma evet, iz incelemesine hayır diyebilirsin.
info-now-seven-days-item-1 = Yaralar için bakım.
info-now-seven-days-item-2 = Gebeliği önleyen ilaçlar. Bunlar yalnızca ilk günlerde işe yarar.
info-now-seven-days-item-3 = HIV gibi enfeksiyonları önleyen ilaçlar. Bazıları yalnızca ilk günlerde işe yarar.
info-now-seven-days-item-4 = Nasıl hissettiğin konusunda ilk destek.
info-now-seven-days-item-5 = Bir doktorun polisle birlikte izleri kayda geçirmesi. Bu, olaydan sonra 7 güne kadar ve sadece sen şikâyette bulunmak istersen yapılır.

info-now-evidence-heading = İstersen izleri korumak
info-now-evidence-text-1 = Belki polise şikâyette bulunmak istersin ya da bu seçeneği açık tutmak istersin? O zaman izlerin korunması işe yarar. Ama güvenliğin ve sağlığın her zaman önce gelir. Hiçbir delil, güvenliğinden daha değerli değildir.
info-now-evidence-text-2 = Duş aldın mı ya da kıyafetlerini değiştirdin mi? Hiçbir yanlış yapmadın. Yine de ara: hâlâ yardım alabilirsin.
info-now-evidence-text-3 = Yapabilirsen, incelemeye kadar şunlara dikkat et:
info-now-evidence-item-1 = Yemek yeme, bir şey içme, sigara içme.
info-now-evidence-item-2 = Dişlerini fırçalama.
info-now-evidence-item-3 = Duş alma ve sana dokunulan yerleri yıkama.
info-now-evidence-item-4 = Aynı kıyafetleri üzerinde tut.
info-now-evidence-item-5 = Tuvalete gitmen mi gerekiyor? O zaman idrarını temiz bir kapta biriktir.

info-now-never-too-late-heading = Asla geç değildir
info-now-never-too-late-text-1 = Üzerinden 7 günden fazla mı geçti? Hatta yıllar mı? CSG o zaman da sana yardım eder. { $csg } numarasını ara ya da yazış.
info-now-never-too-late-text-2 = CSG'nin sana uygun olup olmadığından emin değil misin? Sormak için ara ya da yazış.

info-now-for-everyone-heading = Herkes için
info-now-for-everyone-text-1 = CSG herkes için vardır: her yaş ve her cinsiyet için. Olanlar internette yaşandıysa da.
info-now-for-everyone-text-2 = CSG, çevrendeki insanlar için de vardır; örneğin anne babalar, arkadaşlar ve öğretmenler. Onlar da tavsiye almak için aynı numarayı arayabilir.

## Hakların
info-rights-title = Hakların
info-rights-summary = Polise şikâyette bulunsan da bulunmasan da neler bekleyebilirsin.
info-rights-intro = Hollanda İstanbul Sözleşmesi'ne taraftır. Bu Avrupa sözleşmesi kadına yönelik şiddet ve aile içi şiddetle ilgilidir. Bu şiddete maruz kalanların hangi yardımı ve korumayı alması gerektiğini söyler. Burada bunun ne anlama geldiğini okursun. Başına gelen bunun kapsamına girmiyor mu? CSG her yaştan ve her cinsiyetten herkese yardım eder.

info-rights-help-without-report-heading = Şikâyette bulunmasan da yardım
info-rights-help-without-report-text-1 = Sözleşme şunu söyler: mağdurların, şikâyette bulunmasalar da yardım ve korunma hakkı vardır.
info-rights-help-without-report-text-2 = Sana yardım eden kuruluşlar birlikte çalışmalıdır. Ayrıca onlarla temasın sana daha fazla acı vermemesine dikkat etmelidirler.
info-rights-help-without-report-text-3 = Hollanda'da şikâyette bulunup bulunmayacağına sen karar verirsin. CSG sana her durumda yardım eder, polisle hiç temas istemesen de.
info-rights-police-heading = Polisle konuşmadan önce
info-rights-police-text-1 = Her zaman önce CSG'den, adını vermeden de, tavsiye isteyebilirsin. CSG polise yalnızca sen istersen haber verir.
info-rights-police-text-2 = Başta yalnızca bilgi almak istesen bile cinsel suçlar polisiyle mi konuşuyorsun? O zaman savcı bazı durumlarda, şikâyet olmadan da bir soruşturma başlatabilir. Örneğin istismar hâlâ sürüyorsa. Polis bunu konuşmanın başında sana söyler. Sözleşme de bu tür davaların yalnızca bir şikâyete bağlı olmamasını ister.
info-rights-police-text-3 = Şikâyette bulundun mu? O zaman onu artık geri alamazsın. Bu yüzden karar vermek için kendine zaman tanı ve emin değilsen tavsiye iste. Polise gece gündüz { $police } numarasından ulaşabilirsin.

info-rights-own-language-heading = Anladığın bir dilde bilgi
info-rights-own-language-text-1 = Sözleşmeye göre, yardım ve hukuki olarak neler yapabileceğin hakkında bilgi alma hakkın var. Zamanında ve anladığın bir dilde.
info-rights-own-language-text-2 = Bir şeyi anlamadın mı? O zaman birinden, başka kelimelerle ya da başka bir dilde tekrar açıklamasını iste.

info-rights-specialist-help-heading = Uzmanlardan yardım, gece gündüz
info-rights-specialist-help-text-1 = Sözleşmeye göre ülkenin her yerinde uzman yardımı olmalıdır. Hemen ve daha uzun süre için de.
info-rights-specialist-help-text-2 = Ayrıca ücretsiz, ulusal bir yardım hattı olmalıdır: gece gündüz ulaşılabilir ve gizli.
info-rights-specialist-help-text-3 = Hollanda'da cinsel şiddetten sonra CSG'yi ararsın: { $csg }. Ücretsiz, gece gündüz. Anonim olarak yazışabilirsin de.

info-rights-sexual-violence-centre-heading = Cinsel şiddetten sonra yardım için bir merkez
info-rights-sexual-violence-centre-text-1 = Sözleşme, cinsel şiddetten sonra yardım için kolay ulaşılabilir merkezler olması gerektiğini söyler. Orada tıbbi muayene, travma için yardım, destek ve iz incelemesi alırsın.
info-rights-sexual-violence-centre-text-2 = Hollanda'da bunlar Centra Seksueel Geweld'dir. CSG her yaştan ve her cinsiyetten herkes içindir. İz incelemesi yalnızca sen şikâyette bulunmak istersen yapılır. Sadece tıbbi bakım ve destek de alabilirsin.
info-rights-sexual-violence-centre-text-3 = { $csg } numarasını ara ya da yazış. CSG sana nereye gidebileceğini söyler.

info-rights-protection-during-case-heading = Soruşturma ve dava sırasında koruma
info-rights-protection-during-case-text-1 = Polise şikâyette bulunuyor musun? Sözleşmeye göre o zaman soruşturma sırasında ve bir davada korunma hakkın var. Bunun senin için nasıl işlediğini polise ya da Slachtofferhulp Nederland'a (Mağdur Destek Kurumu) sor.
info-rights-protection-during-case-text-2 = Sözleşmede sayılanlardan bazıları:
info-rights-protection-during-case-item-1 = Davan hakkında bilgi.
info-rights-protection-during-case-item-2 = Fail kaçtığında ya da serbest bırakıldığında, en azından sen ya da ailen tehlikede olabilecekseniz, haber verilmesi. Bunu Slachtofferloket'e (mağdur danışma masası) sor.
info-rights-protection-during-case-item-3 = Şüpheliyle mümkün olduğunca az temas.
info-rights-protection-during-case-item-4 = İhtiyacın varsa bir tercüman.
info-rights-protection-during-case-item-5 = Mümkünse, şüpheli orada olmadan olanları anlatmak.
info-rights-protection-during-case-item-6 = Özel hayatının korunması.

info-rights-legal-aid-heading = Bir avukattan yardım
info-rights-legal-aid-text-1 = Sözleşme şunu söyler: mağdurların hukuki yardım ve her ülkenin kendi yasasındaki koşullarla ücretsiz hukuki yardım hakkı vardır.
info-rights-legal-aid-text-2 = Hollanda'da tecavüz ya da cinsel saldırı gibi bir şiddet suçunun veya cinsel suçun mağdurlarının bazı durumlarda ücretsiz avukat hakkı vardır. Bu slachtofferrechten.nl'de yazıyor. Bunu polise ya da Slachtofferhulp Nederland'a sor.

## İnternette istismar
info-online-title = İnternette istismar
info-online-summary = Çıplak görüntülerle şantaj, paylaşılan görüntüler ve grooming: neler yapabilirsin.
info-online-intro = Cinsel şiddet internette de yaşanabilir. CSG, internet dışındaki şiddette olduğu gibi bunda da sana yardım eder.

info-online-what-it-is-heading = İnternette cinsel istismar nedir?
info-online-what-it-is-text-1 = Birçok şekilde olabilir. Birkaç örnek:
info-online-what-it-is-item-1 = Biri, para ödemezsen ya da daha fazla görüntü göndermezsen çıplak görüntülerini yaymakla tehdit ediyor. Buna sextortion (cinsel şantaj) denir.
info-online-what-it-is-item-2 = Biri, sen istemediğin halde senin cinsel görüntülerini paylaşıyor. Görüntüleri kendin çekmiş ya da göndermiş olsan bile.
info-online-what-it-is-item-3 = Biri, sonra seni cinsel olarak istismar etmek için internette güvenini kazanıyor. Buna grooming denir.

info-online-not-your-fault-heading = Bu senin suçun değil
info-online-not-your-fault-text-1 = Görüntüleri kendin göndermiş olsan bile. Birine güvenmiş olsan bile. Suç, seni tehdit eden ya da görüntülerini paylaşan kişidedir.
info-online-not-your-fault-text-2 = İnternette istismar, internet dışındaki istismar kadar ağırdır. CSG bunda da sana yardım eder. { $csg } numarasını ara ya da yazış.

info-online-threatened-heading = Tehdit mi ediliyorsun?
info-online-threatened-text-1 = Para ödeme ve başka bir şey gönderme. Biri sana baskı yapsa bile.
info-online-threatened-text-2 = Önce elindekileri kaydet. Nasıl yapacağını aşağıda okuyabilirsin. Sonra istersen o kişiyi engelleyebilirsin.
info-online-threatened-text-3 = Bunu tek başına çözmek zorunda değilsin. Güvendiğin biriyle konuş ya da Helpwanted veya CSG ile yazış. Şu anda tehlikede misin? { $emergency } numarasını ara.

info-online-save-evidence-heading = Kaybolmadan önce delilleri kaydet
info-online-save-evidence-text-1 = Mesajlar ve profiller hızla kaybolabilir. Bu yüzden yapabilirsen, kaydedebildiğini kaydet. Her şeyi yeniden görmek çok mu ağır geliyor? Güvendiğin birinden yardım iste.
info-online-save-evidence-text-2 = Görüntüleri kendin başkasına gönderme ve paylaşma. Ne olduğunu göstermek için bile.
info-online-save-evidence-text-3 = Şunları kaydedebilirsin:
info-online-save-evidence-item-1 = Mesajların ekran görüntüleri; tarih ve saat görünecek şekilde.
info-online-save-evidence-item-2 = Seni tehdit eden ya da görüntülerini paylaşan kişinin hesap adlarının ve profillerinin ekran görüntüleri.
info-online-save-evidence-item-3 = Görüntülerin bulunduğu yerlerin bağlantıları. Görüntülerin kendisini saklamana gerek yok.

info-online-removal-heading = Kaldırma ve şikâyet için yardım
info-online-removal-text-1 = Helpwanted çevrim içi istismarda yardım eder ve Offlimits'e bağlıdır. Görüntülerin internetten kaldırılmasına yardım edebilirler. Onların web sitesinden yazışabilirsin. Onları Yardım hatları bölümünde bulursun.
info-online-removal-text-2 = Şikâyette bulunmak mı istiyorsun? Polisi { $police } numarasından ara. Bilmekte fayda var: yapılan bir şikâyet geri alınamaz. Hâlâ emin değil misin? Önce Helpwanted'dan ya da CSG'den tavsiye iste.

## Yakınlar için
info-relatives-title = Yakınlar için
info-relatives-summary = Biri sana cinsel şiddetten bahsediyor. Böyle yardım edebilirsin.
info-relatives-intro = Biri sana cinsel şiddetten mi bahsediyor? Yardım etmek için uzman olman gerekmez: burada neler yapabileceğini okuyabilirsin.

info-relatives-listen-heading = Dinle ve inan
info-relatives-listen-text-1 = Bunu anlatmak çoğu zaman çok cesaret ister. Yanında olduğunu göster.
info-relatives-listen-item-1 = Sakin bir şekilde, yargılamadan dinle.
info-relatives-listen-item-2 = Karşındakinin anlattığına inan.
info-relatives-listen-item-3 = Şunu söyle: Bu senin suçun değil.
info-relatives-listen-item-4 = Anlattığı için teşekkür et.

info-relatives-no-details-heading = Sorularla üsteleme
info-relatives-no-details-text-1 = Neyi ve ne kadarını anlatacağını karşındaki kişi kendisi seçsin. Ayrıntı sorma.
info-relatives-no-details-text-2 = "Neden onunla gittin?" gibi sorular suçlama gibi gelebilir. Sen öyle demek istemesen bile.

info-relatives-their-choice-heading = Kararı ona bırak
info-relatives-their-choice-text-1 = Onun yerine karar verme. Polis ya da şikâyet konusunda da. Bundan sonra ne olacağını kendisi seçer.
info-relatives-their-choice-text-2 = Ama yardım edebilirsin. Olay yakın zamanda mı oldu? O zaman CSG'yi olabildiğince çabuk, en iyisi ilk 3 gün içinde aramanın yardımcı olduğunu söyle. Daha uzun zaman geçtiyse de CSG yardım eder. O kişi isterse birlikte arayın.
info-relatives-their-choice-text-3 = Şu anda tehlike var mı? O zaman { $emergency } numarasını ara.

info-relatives-no-confrontation-heading = Failin karşısına çıkma
info-relatives-no-confrontation-text-1 = Belki öfkelisin ve bir şey yapmak istiyorsun. Yine de failin karşısına çıkma. Bu, sana anlatan kişi için durumu daha güvensiz ya da daha zor hale getirebilir.
info-relatives-no-confrontation-text-2 = Öfkeni başka biriyle konuş ya da CSG'yi ara.

info-relatives-child-heading = Söz konusu olan bir çocuk mu?
info-relatives-child-text-1 = Bir yetişkinde olduğu gibi sakin kal ve dinle. Bir çocuk her şeye tek başına karar veremez. Bu yüzden tavsiye al ve çocuğa ne yapacağını anlat.
info-relatives-child-text-2 = CSG çocuklar için de vardır. Tavsiye için { $csg } numarasını ara.
info-relatives-child-text-3 = İstismar evde mi oluyor? O zaman tavsiye için Veilig Thuis (Evde Güvende) hattını da arayabilirsin; ücretsiz ve gece gündüz. Adını vermeden de arayabilirsin. Onları Yardım hatları bölümünde bulabilirsin.

info-relatives-for-you-heading = CSG senin için de var
info-relatives-for-you-text-1 = Bir yakın olarak sen de { $csg } numarasını arayabilirsin. Ücretsiz, gece gündüz. Örneğin ne söyleyeceğini ya da ne yapacağını bilmiyorsan. Anonim olarak yazışabilirsin de.
info-relatives-for-you-text-2 = İpucu: Numarayı telefonuna kaydet. Böylece kendin için ya da başkası için hep elinin altında olur.

info-relatives-self-care-heading = Kendine de iyi bak
info-relatives-self-care-text-1 = Duydukların seni de etkileyebilir. Bu normal. Bunu biriyle konuş ya da CSG'yi ara.
info-relatives-self-care-text-2 = İhtiyacın olduğunda dinlen. Kendine de iyi bakarsan, karşındakine daha iyi destek olabilirsin.

## Okullar için
info-schools-title = Okullar için
info-schools-summary = İşaretler, bir şey anlatan öğrenci ve nereden tavsiye alabileceğin.
info-schools-intro = Öğretmenler, rehber öğretmenler ve okulda çalışan herkes için. Burada bir öğrenci için endişeleniyorsan neler yapabileceğini okuyabilirsin.

info-schools-signs-heading = İşaretler
info-schools-signs-text-1 = Bazen bir şeylerin yolunda olmayabileceğini fark edersin. Bir işaret, kanıt değildir: bir değişikliğin birçok nedeni olabilir.
info-schools-signs-text-2 = Endişeleniyor musun? Baskı yapmadan, sakince nasıl olduğunu sor. Ve tavsiye al.
info-schools-signs-text-3 = Örneğin şunlara dikkat et:
info-schools-signs-item-1 = Bir öğrenci birden eskisinden farklı davranıyor.
info-schools-signs-item-2 = Bir öğrenci içine kapanıyor ya da başkalarıyla daha az iletişim kuruyor.

info-schools-disclosure-heading = Bir öğrenci sana bir şey anlatırsa
info-schools-disclosure-text-1 = Bir öğrenci bir şey anlatmak için seni seçiyor. Bu bir güven işaretidir.
info-schools-disclosure-item-1 = Çok sarsılsan bile sakin kal.
info-schools-disclosure-item-2 = Dinle ve öğrencinin kendi sözleriyle anlatmasına izin ver.
info-schools-disclosure-item-3 = Öğrencinin bunu anlatmasının iyi olduğunu ve bunun onun suçu olmadığını söyle.
info-schools-disclosure-item-4 = Bir dedektif gibi soru sorma. Ayrıntı sorma ve olayı kendin araştırma.

info-schools-secrecy-heading = Sır tutma sözü verme
info-schools-secrecy-text-1 = Tutamayacaksan, bunu sır olarak saklayacağına söz verme. Ne yapacağını ve kiminle konuşacağını dürüstçe söyle.
info-schools-secrecy-text-2 = Neyi, kiminle paylaşacağın konusunda okulunun kendi protokolüne uy. Emin değil misin? Tavsiye al.

info-schools-write-down-heading = Sonra yaz
info-schools-write-down-text-1 = Konuşmadan sonra öğrencinin söylediklerini mümkün olduğunca çabuk yaz. Öğrencinin kendi sözlerini kullan. Tarihi de ekle.
info-schools-write-down-text-2 = Ne olduğunu düşündüğünü değil, duyduğunu ve gördüğünü yaz.

info-schools-advice-heading = CSG'den tavsiye al
info-schools-advice-text-1 = Bir profesyonel olarak sen de tavsiye için { $csg } numarasını arayabilirsin. Ücretsiz, gece gündüz.
info-schools-advice-text-2 = Olay yakın zamanda mı oldu? O zaman hemen ara: bazı ilaçlar yalnızca ilk günlerde işe yarar. CSG daha sonra da yardım eder.
info-schools-advice-text-3 = Öğrencilere, CSG'yi kendilerinin de arayabileceğini ya da onlarla yazışabileceğini söyle. CSG her yaş için vardır.

info-schools-home-heading = Evde istismar
info-schools-home-text-1 = Şiddet ya da istismar evde mi oluyor? O zaman tavsiye için Veilig Thuis (Evde Güvende) hattını da arayabilirsin. Veilig Thuis aile içi şiddet ve çocuk istismarı konusunda yardım eder; ücretsiz ve gece gündüz. Onları Yardım hatları bölümünde bulabilirsin.

info-schools-images-heading = Dolaşan görüntüler
info-schools-images-text-1 = Bir öğrencinin çıplak görüntüleri mi dolaşıyor? Onları görmek isteme ve asla başkasına gönderme.
info-schools-images-text-2 = Ama yapabilirsen bağlantıları ve hesap adlarını kaydet. Helpwanted, görüntülerin internetten kaldırılmasına yardım edebilir.
