### Ayarlar.

settings-title = Ayarlar
settings-language = Dil
settings-about = Bu uygulama hakkında
settings-exit-info = Hızlı çıkış nasıl çalışır
settings-stored-here = Seçimlerin sadece bu cihazda kaydedilir.
settings-not-stored = Seçimlerin bu cihazda kaydedilmiyor. Uygulamayı yeniden açtığında onları tekrar seç.

## Hesap makinesi olarak açma
settings-disguise-title = Hesap makinesi olarak aç
settings-disguise-text = Uygulama o zaman gerçekten çalışan sıradan bir hesap makinesi olarak açılır. Uygulamayı açmak için kodunu yaz, sonra = tuşuna bas. Başka bir kodla normal hesap yapar.
settings-disguise-code = Kodun (4 ila 8 rakam)
settings-disguise-on = Aç
settings-disguise-off = Kapat
settings-disguise-enabled = Açık. Kodunu iyi hatırla. Kodunu unutursan uygulamayı yeniden yüklemen gerekir ve günlüğün de kaybolur.
settings-disguise-icon = Ana ekranındaki ad ve simge aynı kalır. Bu sürüm bunları henüz değiştiremiyor.
settings-disguise-error = 4 ila 8 rakamlı bir kod seç.

## Günlük kilidi
settings-auto-lock = Günlüğü otomatik kilitle
settings-auto-lock-minutes = { $minutes } dk sonra
