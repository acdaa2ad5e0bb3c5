### Bu uygulama hakkında: ne olduğu, ne yapmadığı ve bilgilerin kaynakları.

about-title = Bu uygulama hakkında
about-what = Eén Entree, cinsel şiddetten sonra yardıma giden yolu bulmana yardım eder. Bu, internette yaşanan şiddet için de geçerlidir. Uygulama, Centra Seksueel Geweld (Cinsel Şiddet Merkezleri) ve onların ücretsiz telefon numarası üzerine kurulmuştur.
about-privacy = Uygulamada hesap yoktur ve ne yaptığın kaydedilmez. Sen kendin bir bağlantı açmadıkça ya da arama yapmadıkça, internet üzerinden hiçbir şey gönderilmez.
about-code = Uygulama açık kaynaklıdır (EUPL-1.2). Nasıl çalıştığını herkes kontrol edebilir.
about-sources-title = Kaynaklar
about-source-helplines = Yardım hatları: kuruluşların kendi web siteleri, Kasım 2026'da kontrol edildi. Henüz kaynağında kontrol edilmemiş bilgiler bu şekilde işaretlenmiştir.
about-source-csg = Centra Seksueel Geweld: merkezlerin, hastanelerin ve GGD'lerin (bölgesel halk sağlığı kurumları) duyuruları (2012-2025). Adresler, RIVM'in bir hastane listesinden alınmıştır (2016).
about-source-cbs = Posta kodu bölgeleri ve belediyeler: CBS, açık veri (CC BY 4.0).
about-source-geonames = Yer adları: GeoNames (CC BY 4.0).
about-source-regions = Güvenlik bölgelerine ayrım: Ministerie van VWS, yani Hollanda Sağlık Bakanlığı (EUPL-1.2), CBS "Gebieden in Nederland" verilerine göre.
