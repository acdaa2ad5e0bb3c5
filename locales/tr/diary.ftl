### Eén Entree: şifreli günlük.

nav-diary = Günlük
diary-title = Günlüğüm
diary-honesty = Her not, bir önceki notun kontrol numarasını taşır. Böylece sonradan bir şeyin değiştirilip değiştirilmediğini ya da silinip silinmediğini görürsün. Bu, adli bir kanıt değildir: Şifreni bilen biri her şeyi yeniden oluşturabilir.

## Oluşturma ve açma
diary-create-intro = Ne yaşandığını ve nasıl hissettiğini yaz. Her şey bu cihazda şifreli olarak kalır. Hesap yok ve hiçbir şey internete gitmez. Bir şeyi paylaşıp paylaşmayacağına sadece sen karar verirsin.
diary-passphrase = Şifre
diary-passphrase-repeat = Şifreyi tekrar gir
diary-passphrase-hint = En az { $min } karakter. Birkaç kelimelik bir cümle güçlüdür ve kolay akılda kalır. Telefonunun PIN kodunu kullanma.
diary-no-recovery = Dikkat: Şifreni kimse geri getiremez, biz de getiremeyiz. Şifreni unutursan günlüğünü artık kimse açamaz.
diary-understood = Şifremin geri getirilemeyeceğini anlıyorum.
diary-create = Günlük oluştur
diary-creating = Anahtar oluşturuluyor…
diary-locked-intro = Günlüğün kilitli.
diary-unlock = Aç
diary-unlocking = Şifre kontrol ediliyor…
diary-forgot = Yeni telefon mu? Önce yeni bir günlük oluştur, sonra kaydettiğin günlüğü onun içine geri yükle.
diary-lock = Kilitle

## Şifre hataları
diary-error-short = Şifre çok kısa. En az { $min } karakter kullan.
diary-error-mismatch = İki şifre aynı değil.
diary-error-understood = Şifrenin geri getirilemeyeceğini anladığını işaretle.
diary-error-wrong = Bu şifre doğru değil. Hiçbir şey değişmedi.
diary-error-wrong-wait = Bu şifre doğru değil. Hiçbir şey değişmedi. { $seconds } saniye sonra tekrar deneyebilirsin.
diary-error-wait = { $seconds } saniye daha bekle, sonra tekrar dene.
diary-error-state = Bu şu anda yapılamıyor. Günlüğü kapat ve yeniden aç.
diary-error-damaged = Kayıtlı verilerin bir kısmı hasar görmüş. Hâlâ okunabilen her şey saklanıyor.

## Liste
diary-chain-ok = { $count ->
    [0] Henüz kontrol edilecek bir şey yok.
    [one] Not kontrol edildi: Hiçbir şey değiştirilmedi veya silinmedi.
   *[other] { $count } notun hepsi kontrol edildi: Hiçbir şey değiştirilmedi veya silinmedi.
}
diary-chain-broken = Dikkat: { $count ->
        [one] bir yerde
       *[other] { $count } yerde
    } sıra uyuşmuyor. Bir şey değiştirilmiş, silinmiş ya da hasar görmüş.
diary-new = Yeni not
diary-kind-incident = Ne oldu
diary-kind-symptoms = Nasılsın?
diary-kind-evidence = Fotoğraf veya dosya
diary-kind-online-abuse = İnternette istismar
diary-search = Günlüğünde ara
diary-filter-kind = Tür
diary-filter-all = Hepsi
diary-filter-from = Başlangıç
diary-filter-to = Bitiş (dahil)
diary-filter-clear = Hepsini göster
diary-empty = Henüz not yok.
diary-count = { $total } nottan { $shown } tanesi
diary-more = Daha fazla göster
diary-versions = Düzenlendi ({ $count } sürüm)
diary-checkin-title = Durum kaydı ({ $count ->
        [one] bir ölçek
       *[other] { $count } ölçek
    })
diary-saved = Kaydedildi.
diary-save-failed = Kaydedilmedi. { $reason } Yazdığın metin hâlâ duruyor.

## Notu görüntüleme
diary-written = { $when } tarihinde yazıldı (cihaz saati, değiştirilemez)
diary-written-imported = { $when } tarihinde geri yüklendi. İlk olarak { $original } tarihinde yazıldı.
diary-history = Önceki sürümler
diary-version = { $number }. sürüm, { $when } tarihinde yazıldı
diary-edit = Düzenle
diary-edit-title = Yeni sürüm (eskisi saklanır)
diary-close = Kapat
diary-replaces = { $seq } numaralı notun yeni sürümü.
diary-replaced = Sonradan düzenlendi.
diary-unreadable = Okunamayan not

## Formlar
diary-save = Kaydet
diary-cancel = İptal
diary-field-when = Ne zaman
diary-when-exact = Tarih ve saat
diary-when-approximately = Yaklaşık
diary-when-around = Yaklaşık { $day }
diary-when-unknown = Bilmiyorum
diary-field-date = Tarih
diary-field-time = Saat
diary-field-words = Yaklaşık ne zaman, kendi sözlerinle
diary-field-place = Nerede
diary-field-what = Ne oldu
diary-field-people = Kimler işin içindeydi
diary-field-witnesses = Tanıklar
diary-field-note = Not
diary-field-file = Dosya
diary-field-pick = Bir fotoğraf veya dosya seç
diary-field-camera = Fotoğraf çek
diary-file-note = Dosya, fotoğraf galerinde değil, günlüğünde şifreli olarak saklanır. İstersen asıl dosyayı kendin sil.
diary-field-platform = Platform veya uygulama
diary-field-accounts = Hesap adları
diary-field-urls = Bağlantılar
diary-field-urls-input = Bağlantılar (her satıra bir tane)
diary-field-shared = Ne paylaşıldı veya gönderildi
diary-screenshots-note = Ekran görüntülerini "Fotoğraf veya dosya" notu olarak kaydet.
diary-helpwanted-text = İnternette senin görüntülerin mi var? Helpwanted, bunları kaldırtmak için ücretsiz yardım eder.
diary-helpwanted-link = Helpwanted'a git
diary-sealing = Şifreleniyor… %{ $percent }
diary-size-kb = { $kb } kB
diary-size-mb = { $mb } MB
diary-scale-skip = Boş bırakıldı
diary-scale-sleep = Uyku
diary-scale-sleep-low = 0 = çok kötü
diary-scale-sleep-high = 10 = çok iyi
diary-scale-anxiety = Korku ve kaygı
diary-scale-anxiety-low = 0 = hiç yok
diary-scale-anxiety-high = 10 = çok fazla
diary-scale-pain = Ağrı
diary-scale-pain-low = 0 = hiç yok
diary-scale-pain-high = 10 = çok fazla
diary-scale-flashbacks = Yaşananları yeniden yaşama
diary-scale-flashbacks-low = 0 = hiç yok
diary-scale-flashbacks-high = 10 = sürekli
diary-scale-mood = Ruh hâli
diary-scale-mood-low = 0 = çok mutsuz
diary-scale-mood-high = 10 = çok iyi

## Form hataları
diary-error-empty = Önce bir şey yaz.
diary-error-too-long = Bu metin çok uzun. İki nota böl.
diary-error-scale = 0 ile 10 arasında bir sayı seç.
diary-error-url = Bağlantı https:// veya http:// ile başlamalı.
diary-error-date = Böyle bir tarih veya saat yok.
diary-error-no-date = Bir tarih gir ya da "Yaklaşık" seçeneğini seç.
diary-error-future = Bu tarih gelecekte.

## Grafik
diary-chart-title = Nasıldın
diary-chart-summary = { $from } ile { $to } arasında { $count } durum kaydı.

## Kaydetme ve geri yükleme
diary-transfer-title = Günlüğü kaydet veya paylaş
diary-export-warning = Kaydedilen dosya, uygulamanın korumasının dışındadır. Dosyaya ve şifresine sahip olan herkes onu okuyabilir. Güvenli bir yerde sakla.
diary-export-report = Yazdırmak için rapor
diary-archive-title = Şifreli dosya
diary-archive-to-passphrase = Şifreyle
diary-archive-to-key = Güvendiğin birinin anahtarıyla (örneğin avukatının)
diary-archive-key = Açık anahtar (age1 ile başlar)
diary-archive-make = Şifreli dosya oluştur
diary-export-bad-key = Bu geçerli bir açık anahtar değil. Anahtar age1 ile başlar.
diary-progress = İşleniyor… %{ $percent }
diary-download = { $name } dosyasını indir
diary-print = Yazdır veya PDF olarak kaydet
diary-exported-to = Şuraya kaydedildi: { $path }
diary-export-done = Tamam
diary-transfer-failed = Bu olmadı. Günlüğünde hiçbir şey değişmedi.
diary-import-title = Kaydedilmiş günlüğü geri yükle
diary-import-text = Dosyadaki notlar günlüğüne eklenir. Günlüğünden hiçbir şey silinmez.
diary-import-file = Şifreli dosyayı seç
diary-import-passphrase = Dosyanın şifresi
diary-import = Geri yükle
diary-import-wrong = Bu şifre bu dosyayı açmıyor. Hiçbir şey değişmedi.
diary-import-foreign = Bu, bu uygulamadan kaydedilmiş bir günlük değil.
diary-import-damaged = Dosya hasarlı ya da eksik. Hiçbir şey değişmedi.
diary-import-too-large = Dosya çok büyük.
diary-imported = { $count } not geri yüklendi.

## Rapor
diary-report-title = Günlük: rapor
diary-report-chain-ok = Kontrol: { $count } notun hepsi birbirini sırayla izliyor; hiçbir şey değiştirilmedi veya silinmedi. Son kontrol numarası: { $head }
diary-report-chain-broken = Kontrol: { $count ->
        [one] bir yerde
       *[other] { $count } yerde
    } sıra uyuşmuyor. Bir şey değiştirilmiş, silinmiş ya da hasar görmüş.

## Wipe
diary-wipe = Günlüğü sil
diary-wipe-text = Günlüğündeki her şey hemen ve kalıcı olarak silinir: notlar, fotoğraflar ve dosyalar. Sonra kimse onu açamaz, senin şifrenle bile. Bu geri alınamaz. Uygulamanın dışına kaydettiğin veya paylaştığın dosyalar kalır.
diary-wipe-confirm = Evet, hepsini sil
diary-wipe-cancel = Hayır, silme
diary-wiping = Siliniyor…

## Duress
diary-duress-title = Acil durumlar için ikinci şifre
diary-duress-text = Biri seni zorladığı için günlüğünü açman mı gerekiyor? O zaman bu ikinci şifreyi kullan. Ayrı ve boş bir günlük açar. Gerçek günlüğün gizli ve dokunulmamış kalır. Depolamaya bakarak ikinci bir şifre olup olmadığı anlaşılmaz.
diary-duress-passphrase = İkinci şifre
diary-duress-save = İkinci şifreyi kaydet
diary-duress-busy = Çalışıyor…
diary-duress-set = İkinci şifre kaydedildi.
diary-duress-same = Günlüğünün şifresinden farklı bir şifre seç.
diary-change-title = Şifreyi değiştir
diary-change-text = Biri şifreni görmüş olabilirse yeni bir şifre seç. Notların olduğu gibi kalır. Bundan sonra bu günlüğü yalnızca yeni şifre açar ve o da kurtarılamaz.
diary-change-current = Şu anki şifre
diary-change-new = Yeni şifre
diary-change-save = Şifreyi değiştir
diary-change-busy = Çalışıyor…
diary-change-done = Şifre değiştirildi. Bundan sonra yenisini kullan.
diary-change-wrong = Bu şu anki şifre değil. Hiçbir şey değişmedi.
diary-change-same = İkinci şifrenden farklı yeni bir şifre seç.

# An export the device hands over (Android's share sheet).
diary-export-ready = Dosya hazır. Güvendiğiniz bir uygulamayla paylaşın ya da dosyalarınıza kaydedin. Uygulamadan çıktıktan sonra artık korunmaz.
diary-export-share = Paylaş veya kaydet
diary-export-share-failed = Paylaşma olmadı. Günlüğünüzde hiçbir şey değişmedi; lütfen tekrar deneyin.

## İçe aktarma: sınırlar ve denetim
diary-import-too-costly = Bu dosyanın parolası, açmak için { $needed } MB bellek gerektiriyor; bu cihaz bunun için en fazla { $allowed } MB kullanabilir. Hiçbir şey değişmedi. Dosyayı bir bilgisayarda rage veya age ile açın ya da günlüğü Eén Entree uygulamasından yeniden kaydedin; uygulama daha az bellek ister.
diary-error-key-too-costly = Bu günlüğün anahtarı, açmak için { $needed } MB bellek gerektiriyor; bu cihaz bunun için en fazla { $allowed } MB kullanabilir. Bu yüzden parolanız denenmedi ve deneme sayılmadı. Anahtarı biri değiştirmiş olabilir. Hiçbir şey değişmedi.
diary-import-skipped = Günlüğünüzde zaten olan ve yeniden eklenmeyen notlar: { $count }.
diary-import-chain-ok = Denetim: dosyadaki notlar ({ $count }) birbirini izliyor; hiçbir şey değiştirilmemiş veya silinmemiş.
diary-import-chain-broken = Denetim: dosyadaki notlar { $count } yerde birbirini izlemiyor. Kaydetmeden önce ya da sonra bir şey değiştirilmiş, silinmiş veya bozulmuş.
