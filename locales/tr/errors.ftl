### Hata mesajları: sorun ne ve ne yapabilirsin.

err-store-unavailable = Seçimlerin bu cihazda kaydedilemiyor. Uygulama yine de normal çalışır.
err-store-corrupt = Kaydedilmiş seçimlerin okunamadı. Uygulama yeniden varsayılan ayarları kullanıyor. Başka hiçbir şey kaybolmadı.
