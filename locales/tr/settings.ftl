### Ayarlar.

settings-title = Ayarlar
settings-language = Dil
settings-about = Bu uygulama hakkında
settings-exit-info = Hızlı çıkış nasıl çalışır
settings-stored-here = Seçimlerin sadece bu cihazda kaydedilir.
settings-not-stored = Seçimlerin bu cihazda kaydedilmiyor. Uygulamayı yeniden açtığında onları tekrar seç.
