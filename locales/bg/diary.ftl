### Eén Entree: the encrypted diary.

nav-diary = Дневник
diary-title = Моят дневник
diary-honesty = Всеки запис съдържа контролно число на предишния. Така виждаш дали нещо е било променено или премахнато по-късно. Това не е криминалистично доказателство: който знае паролата ти, може да създаде всичко отново.

## Create and open
diary-create-intro = Запиши какво се случи и как се чувстваш. Всичко остава шифровано на това устройство. Няма профил и нищо не отива в интернет. Само ти решаваш дали да споделиш нещо.
diary-passphrase = Парола
diary-passphrase-repeat = Паролата още веднъж
diary-passphrase-hint = Поне { $min ->
        [one] { $min } знак
       *[other] { $min } знака
    }. Изречение от няколко думи е силна парола и се помни лесно. Не използвай ПИН кода на телефона си.
diary-no-recovery = Внимание: никой не може да възстанови паролата ти, дори ние. Ако я забравиш, никой вече няма да може да отвори дневника ти.
diary-understood = Разбирам, че паролата ми не може да бъде възстановена.
diary-create = Създай дневник
diary-creating = Създаване на ключ…
diary-locked-intro = Дневникът ти е заключен.
diary-unlock = Отвори
diary-unlocking = Проверка на паролата…
diary-forgot = Нов телефон? Първо създай нов дневник, а после възстанови в него запазения си дневник.
diary-lock = Заключи

## Passphrase errors
diary-error-short = Паролата е твърде кратка. Използвай поне { $min ->
        [one] { $min } знак
       *[other] { $min } знака
    }.
diary-error-mismatch = Двете пароли не са еднакви.
diary-error-understood = Отбележи, че разбираш, че паролата не може да бъде възстановена.
diary-error-wrong = Паролата не е вярна. Нищо не е променено.
diary-error-wrong-wait = Паролата не е вярна. Нищо не е променено. Можеш да опиташ отново след { $seconds ->
        [one] { $seconds } секунда
       *[other] { $seconds } секунди
    }.
diary-error-wait = Изчакай още { $seconds ->
        [one] { $seconds } секунда
       *[other] { $seconds } секунди
    } и опитай отново.
diary-error-state = Това не е възможно сега. Затвори дневника и го отвори отново.
diary-error-damaged = Част от запазените данни е повредена. Всичко, което още може да се прочете, се пази.

## List
diary-chain-ok = { $count ->
    [0] Още няма нищо за проверка.
    [one] Записът е проверен: нищо не е променено или премахнато.
   *[other] Всички записи ({ $count }) са проверени: нищо не е променено или премахнато.
}
diary-chain-broken = Внимание: на { $count ->
        [one] едно място
       *[other] { $count } места
    } редът не съвпада. Нещо е било променено, премахнато или повредено.
diary-new = Нов запис
diary-kind-incident = Какво се случи
diary-kind-symptoms = Как си?
diary-kind-evidence = Снимка или файл
diary-kind-online-abuse = Онлайн насилие
diary-search = Търси в дневника си
diary-filter-kind = Вид
diary-filter-all = Всички
diary-filter-from = От
diary-filter-to = До (включително)
diary-filter-clear = Покажи всички
diary-empty = Още няма записи.
diary-count = Записи: { $shown } от { $total }
diary-more = Покажи още
diary-versions = Редактирано (версии: { $count })
diary-checkin-title = Самочувствие ({ $count ->
        [one] една скала
       *[other] { $count } скали
    })
diary-saved = Запазено.
diary-save-failed = Не е запазено. { $reason } Текстът ти още е тук.

## Viewing a note
diary-written = Написано на { $when } (час на устройството, не може да се промени)
diary-written-imported = Възстановено на { $when }. Първо написано на { $original }.
diary-history = По-стари версии
diary-version = Версия { $number }, написана на { $when }
diary-edit = Редактирай
diary-edit-title = Нова версия (старата се пази)
diary-close = Затвори
diary-replaces = Нова версия на запис № { $seq }.
diary-replaced = Редактирано по-късно.
diary-unreadable = Нечетлив запис

## Forms
diary-save = Запази
diary-cancel = Отказ
diary-field-when = Кога
diary-when-exact = Дата и час
diary-when-approximately = Приблизително
diary-when-around = Около { $day }
diary-when-unknown = Не знам
diary-field-date = Дата
diary-field-time = Час
diary-field-words = Приблизително кога, с твои думи
diary-field-place = Къде
diary-field-what = Какво се случи
diary-field-people = Кой е бил замесен
diary-field-witnesses = Свидетели
diary-field-note = Бележка
diary-field-file = Файл
diary-field-pick = Избери снимка или файл
diary-field-camera = Направи снимка
diary-file-note = Файлът се пази шифрован в дневника ти, а не в галерията със снимки. Приложението не изтрива оригинала – изтрий го, ако искаш.
diary-field-platform = Платформа или приложение
diary-field-accounts = Имена на профили
diary-field-urls = Линкове
diary-field-urls-input = Линкове (по един на ред)
diary-field-shared = Какво е споделено или изпратено
diary-screenshots-note = Запазвай екранните снимки като запис „Снимка или файл“.
diary-helpwanted-text = Има ли твои изображения онлайн? Helpwanted помага безплатно те да бъдат премахнати.
diary-helpwanted-link = Към Helpwanted
diary-sealing = Шифроване… { $percent } %
diary-size-kb = { $kb } КБ
diary-size-mb = { $mb } МБ
diary-scale-skip = Без отговор
diary-scale-sleep = Сън
diary-scale-sleep-low = 0 = много лош
diary-scale-sleep-high = 10 = много добър
diary-scale-anxiety = Страх и тревожност
diary-scale-anxiety-low = 0 = няма
diary-scale-anxiety-high = 10 = много силни
diary-scale-pain = Болка
diary-scale-pain-low = 0 = няма
diary-scale-pain-high = 10 = много силна
diary-scale-flashbacks = Натрапчиви спомени (флашбекове)
diary-scale-flashbacks-low = 0 = няма
diary-scale-flashbacks-high = 10 = постоянно
diary-scale-mood = Настроение
diary-scale-mood-low = 0 = много потиснато
diary-scale-mood-high = 10 = много добро

## Form errors
diary-error-empty = Първо попълни нещо.
diary-error-too-long = Този текст е твърде дълъг. Раздели го на два записа.
diary-error-scale = Избери число от 0 до 10.
diary-error-url = Линкът трябва да започва с https:// или http://.
diary-error-date = Такава дата или час не съществува.
diary-error-no-date = Въведи дата или избери „Приблизително“.
diary-error-future = Тази дата е в бъдещето.

## Chart
diary-chart-title = Как беше
diary-chart-summary = Записи за самочувствието: { $count }, от { $from } до { $to }.

## Save and restore
diary-transfer-title = Запази или сподели дневника
diary-export-warning = Запазеният файл е извън защитата на приложението. Всеки, който има файла и паролата му, може да го прочете. Пази го на сигурно място.
diary-export-report = Отчет за печат
diary-archive-title = Шифрован файл
diary-archive-to-passphrase = С парола
diary-archive-to-key = За ключа на човек, на когото имаш доверие (например твоя адвокат)
diary-archive-key = Публичен ключ (започва с age1)
diary-archive-make = Създай шифрован файл
diary-export-bad-key = Това не е валиден публичен ключ. Ключът започва с age1.
diary-progress = Работи се… { $percent } %
diary-download = Изтегли { $name }
diary-print = Отпечатай или запази като PDF
diary-exported-to = Запазено в { $path }
diary-export-done = Готово
diary-transfer-failed = Не се получи. В дневника ти нищо не е променено.
diary-import-title = Възстанови запазен дневник
diary-import-text = Записите от файла се добавят. От дневника ти нищо не изчезва.
diary-import-file = Избери шифрования файл
diary-import-passphrase = Паролата на файла
diary-import = Възстанови
diary-import-wrong = Тази парола не отваря този файл. Нищо не е променено.
diary-import-foreign = Това не е запазен дневник от това приложение.
diary-import-damaged = Файлът е повреден или непълен. Нищо не е променено.
diary-import-too-large = Файлът е твърде голям.
diary-imported = { $count ->
        [one] Възстановен е { $count } запис.
       *[other] Възстановени са { $count } записа.
    }

## Report
diary-report-title = Дневник: отчет
diary-report-chain-ok = Проверка: всички записи ({ $count }) следват един след друг; нищо не е променено или премахнато. Последно контролно число: { $head }
diary-report-chain-broken = Проверка: на { $count ->
        [one] едно място
       *[other] { $count } места
    } редът не съвпада. Нещо е било променено, премахнато или повредено.

## Wipe
diary-wipe = Изтриване на дневника
diary-wipe-text = Всичко в дневника ти се изтрива веднага и завинаги: записи, снимки и файлове. След това никой не може да го отвори, дори с твоята парола. Това не може да се отмени. Файловете, които си запазил(а) или споделил(а) извън приложението, остават.
diary-wipe-confirm = Да, изтрий всичко
diary-wipe-cancel = Не, запази го
diary-wiping = Изтриване…

## Duress
diary-duress-title = Втора парола за спешни случаи
diary-duress-text = Някой те принуждава да отвориш дневника си? Тогава използвай тази втора парола. Тя отваря отделен, празен дневник. Истинският ти дневник остава скрит и недокоснат. По хранилището не личи дали има втора парола.
diary-duress-passphrase = Втора парола
diary-duress-save = Запази втората парола
diary-duress-busy = Работи се…
diary-duress-set = Втората парола е запазена.
diary-duress-same = Избери парола, различна от паролата на дневника.
diary-change-title = Смяна на паролата
diary-change-text = Ако някой може да е видял паролата ти, избери нова. Бележките ти остават същите. След това само новата парола отваря този дневник и тя също не може да бъде възстановена.
diary-change-current = Сегашна парола
diary-change-new = Нова парола
diary-change-save = Смени паролата
diary-change-busy = Работи се…
diary-change-done = Паролата е сменена. Отсега използвай новата.
diary-change-wrong = Това не е сегашната парола. Нищо не е променено.
diary-change-same = Избери нова парола, различна от втората ти парола.

# An export the device hands over (Android's share sheet).
diary-export-ready = Файлът е готов. Споделете го с приложение, на което имате доверие, или го запазете във файловете си. Щом излезе от приложението, вече не е защитен.
diary-export-share = Споделяне или запазване
diary-export-share-failed = Споделянето не успя. В дневника нищо не се промени; опитайте отново.

## Внасяне: граници и проверка
diary-import-too-costly = Паролата на този файл изисква { $needed } MB памет, за да се отвори; това устройство може да използва за това най-много { $allowed } MB. Нищо не е променено. Отворете файла на компютър с rage или age или запазете дневника отново от приложението Eén Entree, което изисква по-малко памет.
diary-error-key-too-costly = Ключът на този дневник изисква { $needed } MB памет, за да се отвори; това устройство може да използва за това най-много { $allowed } MB. Затова паролата ви не е пробвана и не се брои за опит. Може би някой е променил ключа. Нищо не е променено.
diary-import-skipped = Бележки, които вече бяха в дневника и не са добавени отново: { $count }.
diary-import-chain-ok = Проверка: бележките във файла ({ $count }) следват една след друга; нищо не е променено или премахнато.
diary-import-chain-broken = Проверка: на { $count } места бележките във файла не следват една след друга. Нещо е променено, премахнато или повредено преди или след запазването.
