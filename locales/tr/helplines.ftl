### Yardım hatları. Numaralar assets/data/helplines.json dosyasından gelir, asla bu metinden gelmez.

helplines-title = Yardım hatları
helplines-call-log = Dikkat: Bir yeri aradığında, bu arama sonra telefonunun arama listesinde görünür. Daha güvenliyse, aramayı oradan sil. Emin değil misin? O zaman güvenli bir telefon kullan.

contact-call = { $number } numarasını ara
contact-chat = Yazış
contact-chat-note = Web sitelerini açar
cost-free = Ücretsiz
cost-local = Normal arama ücreti
hours-always = Her gün, gece gündüz
hours-evenings = Akşamları ve geceleri
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
helpline-helpwanted-name = Helpwanted
helpline-helpwanted-purpose = İnternette istismar durumunda, örneğin çıplak görüntüler dolaşıyorsa. Görüntülerin internetten kaldırılmasına yardım edebilirler.
helpline-fier-name = Fier
helpline-fier-purpose = Şiddet ve istismar hakkında danışmanlarla yazış.
helpline-police-name = Polis (acil olmayan durumlar)
helpline-police-purpose = Şikâyette bulunmak ya da şikâyette bulunmanın ne anlama geldiğini sormak için.
helpline-kindertelefoon-name = De Kindertelefoon (Çocuk Yardım Hattı)
helpline-kindertelefoon-purpose = 8 ile 18 yaş arası çocuklar ve gençler için. Canını sıkan her konuda.
