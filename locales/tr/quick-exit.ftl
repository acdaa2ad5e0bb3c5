### Hızlı çıkış: düğme, açıklama ve neleri silmediği.

exit-button = Hemen çık
exit-skip-link = Bu sayfadan hızla çık
exit-info-title = Hızlı çıkış nasıl çalışır
exit-info-how = Her ekranın üstünde Hemen çık düğmesi vardır. Bir dokunuşla ekran hemen boşalır.
exit-info-keys = Klavyeyle: Shift tuşuna art arda hızlıca 3 kez bas.
exit-info-web = Tarayıcıda bundan sonra bir hava durumu sitesine gidersin. Bu sayfa geçmişte başka bir sayfayla değiştirilir. Bu yüzden Geri ile buraya dönemezsin.
exit-info-app = Uygulamada bundan sonra sıradan bir hesap makinesi görürsün. Geri dönmek mi istiyorsun? Uygulamayı kapat ve yeniden aç.
exit-info-not-title = Hızlı çıkışın silmedikleri
exit-info-not-history = Tarayıcı geçmişin. Burada ziyaret ettiğin sayfaların adları orada hâlâ görünebilir. Gizli pencere kullan ya da güvenliyse geçmişini sil.
exit-info-not-recents = Son kullanılan uygulamalar listesi. Bu uygulama orada hâlâ görünebilir. Güvenliyse uygulamayı oradan kapat.
exit-info-not-app = Uygulamanın kendisi. Telefonuna bakan biri, uygulamanın yüklü olduğunu görebilir.
exit-info-not-calls = Telefonunun arama listesindeki aramalar.
exit-info-not-downloads = İndirdiğin ya da paylaştığın dosyalar.
exit-info-confirm = Anladım

## Güvenli kullanım
exit-info-safety-title = Güvenli kullanım
exit-info-safety-presence = Telefonuna bakan biri, bu uygulamanın yüklü olduğunu görebilir. Ayarlar'da uygulamanın hesap makinesi olarak açılmasını sağlayabilirsin.
exit-info-safety-store = Uygulama mağazası, indirdiğin uygulamaları hatırlar; onları sonra silsen bile. Hesabına girebilen biri bunu görebilir.
exit-info-safety-backup = Buluttaki yedekler, bu uygulamayı kullandığını gösterebilir. Günlüğün orada sadece şifreli olarak bulunur.
exit-info-safety-device = Birinin telefonuna baktığını ya da onu kontrol ettiğini mi düşünüyorsun? O zaman mümkünse başka bir cihaz kullan, örneğin güvendiğin birinin cihazını.
