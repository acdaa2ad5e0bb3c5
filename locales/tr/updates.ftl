### Güncel bilgiler: sadece izinle. Tarihler verilerden gelir.

update-title = Güncel bilgiler
update-ask = Uygulama ara sıra yeni bilgi olup olmadığına, örneğin yeni bir adres ya da telefon numarasına bakabilir mi? Uygulama o zaman { $host } adresinden bir dosya indirir. Bu sırada senin hakkında hiçbir şey göndermez. Ama o sunucu, her web sitesi gibi, internet adresini (IP adresi) ve saati görür.
update-yes = Evet, olur
update-no = Hayır, istemiyorum
update-state-on = Uygulama yeni bilgi olup olmadığına bakıyor.
update-state-off = Uygulama yeni bilgi olup olmadığına bakmıyor. Her şey, uygulamadaki bilgilerle normal çalışır.
update-turn-on = Bakmasına izin ver
update-turn-off = Bakmayı durdur
update-check-now = Şimdi bak
update-checking = Bakılıyor…
update-up-to-date = En yeni bilgiler sende.
update-applied = Bilgiler { $date } tarihinde güncellendi.
update-bundled = Uygulamayla birlikte gelen { $date } tarihli bilgiler.
err-update-signature = Yeni bilgiler kullanılmadı: bizden geldiğinden emin olamadık. Elindeki bilgiler aynen kalır.
err-update-invalid = Yeni bilgiler kullanılmadı: içlerinde bir şey doğru değildi. Elindeki bilgiler aynen kalır.
err-update-not-newer = En yeni bilgiler sende.
err-update-expired = Yeni bilgiler kullanılmadı: süreleri dolmuştu. Elindeki bilgiler aynen kalır.
err-update-network = Bakılamadı: bağlantı yok. Elindeki bilgiler aynen kalır. Daha sonra yeniden deneyebilirsin.
err-update-store = Yeni bilgiler kaydedilemedi. Elindeki bilgiler aynen kalır.
