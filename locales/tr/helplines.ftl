### Yardım hatları. Numaralar assets/data/helplines.json dosyasından gelir, asla bu metinden gelmez.

helplines-title = Yardım hatları
helplines-call-log = Dikkat: Bir yeri aradığında, bu arama sonra telefonunun arama listesinde görünür. Daha güvenliyse, aramayı oradan sil. Emin değil misin? O zaman güvenli bir telefon kullan.

contact-call = { $number } numarasını ara
contact-chat = Yazış
contact-chat-note = Web sitelerini açar
cost-free = Ücretsiz
cost-local = Normal arama ücreti
hours-always = Gece gündüz, her gün
hours-every-day = Her gün, { $from } - { $to } arası
hours-weekdays = Pazartesiden cumaya, { $from } - { $to } arası
hours-unverified = { $hours } (kaynakta henüz kontrol edilmedi)
helpline-unverified = Bu yardım hattının tüm bilgilerini henüz kaynağında kontrol edemedik. Emin değilsen, kendi web sitelerine bak.

helpline-emergency-name = Acil durum numarası 112
helpline-emergency-purpose = Hemen tehlikedeysen ya da şu anda polise veya ambulansa ihtiyaç varsa.
helpline-csg-name = Centrum Seksueel Geweld (Cinsel Şiddet Merkezi)
helpline-csg-purpose = Cinsel şiddetten sonra, internette yaşananlar da dahil. Mağdurlar, yakınları ve profesyoneller için.
helpline-veilig-thuis-name = Veilig Thuis (Evde Güvende)
helpline-veilig-thuis-purpose = Aile içi şiddet ve çocuk istismarı durumunda. Adını vermeden arayabilirsin.
helpline-slachtofferhulp-name = Slachtofferhulp Nederland (Mağdur Destek Kurumu)
helpline-slachtofferhulp-purpose = Bir suçtan sonra destek ve pratik yardım.
helpline-suicide-prevention-name = 113 Zelfmoordpreventie (İntiharı Önleme)
helpline-suicide-prevention-purpose = İntiharı düşünüyorsan ya da biri için endişeleniyorsan.
helpline-helpwanted-name = Helpwanted (Offlimits)
helpline-helpwanted-purpose = Çevrim içi istismarda, örneğin çıplak görüntüler dolaştığında. Görüntülerin kaldırılmasına yardım edebilirler. Helpwanted, Offlimits'e bağlıdır.
helpline-fier-name = Fier
helpline-fier-purpose = Şiddet ve istismar hakkında danışmanlarla yazış.
helpline-police-name = Polis (acil olmayan durumlar)
helpline-police-purpose = Şikâyette bulunmak için. Bilmekte fayda var: yapılan bir şikâyet geri alınamaz. Ve polisle bir konuşmadan sonra savcılık bazen şikâyet olmadan da soruşturma başlatabilir. Emin değil misin? Önce CSG'den tavsiye iste.
helpline-kindertelefoon-name = De Kindertelefoon (Çocuk Yardım Hattı)
helpline-kindertelefoon-purpose = 8 ile 18 yaş arası çocuklar ve gençler için. Canını sıkan her konuda.
