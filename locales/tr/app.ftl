### Eén Entree: ekran parçaları ve başlangıç ekranı.

## Dil
# Bu dilin adı, bu dilde. Dil seçiminde görünür.
language-name = Türkçe
# Sayılar için ondalık ayırıcı.
number-decimal = ,

## Çeviri
# Her sayfanın altında bir satır; sadece henüz kontrol edilmemiş çevirilerde.
translation-unreviewed = Bu çeviri, ana dili Türkçe olan biri tarafından henüz kontrol edilmedi.
language-unavailable = { $language } yüklenemedi, bu yüzden uygulama şimdilik İngilizce. Yeniden denemek için dili tekrar seçin.
# Her ekranın üstündeki dil seçiminin etiketi.
language-switch = Dil

## Gezinme
nav-label = Menü
nav-home = Başlangıç
nav-locator = CSG bul
nav-helplines = Yardım hatları
nav-settings = Ayarlar

## Başlangıç ekranı
home-title = Cinsel şiddetten sonra yardım
home-call = { $number } numarasını ara
home-call-note = Ücretsiz, gece gündüz
home-chat = Anonim olarak yazış
home-chat-note = Centrum Seksueel Geweld web sitesi üzerinden
home-about = Centrum Seksueel Geweld (CSG, Cinsel Şiddet Merkezi), cinsel şiddetten sonra sana yardım eder. Şiddet internette yaşandıysa da. Tıbbi bakım ve destek alırsın. Polise şikâyette bulunmak mı istiyorsun? Bu konuda da yardım ederler, ama şikâyette bulunmak zorunda değilsin. CSG her yaştan herkes için vardır.
home-seven-days = Olabildiğince çabuk ara, en iyisi ilk 3 gün içinde: gebeliğe ve HIV'e karşı olanlar gibi bazı ilaçlar yalnızca ilk günlerde işe yarar. İzler, istersen 7 güne kadar kayda geçirilebilir. Daha uzun zaman mı geçti? Yine de ara. Yardım için hiçbir zaman geç değildir.
home-for-others = Başka biri için mi endişeleniyorsun? Anne, baba, arkadaş ya da öğretmen misin? Tavsiye almak için aynı numarayı arayabilirsin.
home-danger = Tehlikede misin? { $number } numarasını ara

## Bölümler
section-locator-title = Bölgendeki CSG'yi bul
section-locator-text = Yakınında hangi Centrum Seksueel Geweld (Cinsel Şiddet Merkezi) yardım ediyor? İnternet olmadan çalışır.
section-helplines-title = Tüm yardım hatları
section-helplines-text = Polis, Veilig Thuis, internette istismar için yardım ve daha fazlası.
section-exit-info-title = Hızlı çıkış
section-exit-info-text = Uygulamadan tek dokunuşla nasıl çıkılır ve bu neleri silmez.
section-settings-title = Ayarlar
section-settings-text = Dil seç.

## Bilinmeyen sayfa
not-found-title = Bu sayfa yok
not-found-text = Bağlantı eski ya da tam doğru olmayabilir. Yardım mı lazım? Aşağıdan ara ya da yazış, veya Başlangıç sayfasına git.

## Hızlı çıkıştan sonra
neutral-title = Hesap makinesi

# The device could not open a call or chat link (no dialler, no browser).
contact-call-failed = Bu cihazdan arama başlatılamadı. Bu numarayı kendiniz arayın, örneğin başka bir telefondan:
contact-open-failed = Bu cihazda sayfa açılamadı. Adresi bir tarayıcıya kendiniz yazın:
contact-failed-close = Kapat
