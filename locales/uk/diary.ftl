### Eén Entree: the encrypted diary.

nav-diary = Щоденник
diary-title = Мій щоденник
diary-honesty = Кожен запис містить контрольне число попереднього запису. Так видно, чи щось пізніше змінили або видалили. Це не криміналістичний доказ: той, хто знає твій пароль, може створити все заново.

## Create and open
diary-create-intro = Запиши, що сталося і як ти почуваєшся. Усе зберігається в зашифрованому вигляді на цьому пристрої. Облікового запису немає, і нічого не надсилається в інтернет. Лише ти вирішуєш, чи ділитися чимось.
diary-passphrase = Пароль
diary-passphrase-repeat = Повтори пароль
diary-passphrase-hint = Щонайменше { $min ->
        [one] { $min } символ
        [few] { $min } символи
        [many] { $min } символів
       *[other] { $min } символу
    }. Речення з кількох слів — надійний пароль, і його легко запам'ятати. Не використовуй PIN-код свого телефона.
diary-no-recovery = Увага: ніхто не може відновити твій пароль, навіть ми. Якщо ти його забудеш, ніхто більше не зможе відкрити твій щоденник.
diary-understood = Я розумію, що мій пароль не можна відновити.
diary-create = Створити щоденник
diary-creating = Створюємо ключ…
diary-locked-intro = Твій щоденник заблоковано.
diary-unlock = Відкрити
diary-unlocking = Перевіряємо пароль…
diary-forgot = Новий телефон? Спершу створи новий щоденник, а потім віднови в ньому збережений щоденник.
diary-lock = Заблокувати

## Passphrase errors
diary-error-short = Пароль закороткий. Потрібно щонайменше { $min ->
        [one] { $min } символ
        [few] { $min } символи
        [many] { $min } символів
       *[other] { $min } символу
    }.
diary-error-mismatch = Два паролі не однакові.
diary-error-understood = Постав позначку, що ти розумієш: пароль не можна відновити.
diary-error-wrong = Пароль неправильний. Нічого не змінилося.
diary-error-wrong-wait = Пароль неправильний. Нічого не змінилося. Спробуй ще раз через { $seconds ->
        [one] { $seconds } секунду
        [few] { $seconds } секунди
        [many] { $seconds } секунд
       *[other] { $seconds } секунди
    }.
diary-error-wait = Зачекай ще { $seconds ->
        [one] { $seconds } секунду
        [few] { $seconds } секунди
        [many] { $seconds } секунд
       *[other] { $seconds } секунди
    } і спробуй знову.
diary-error-state = Зараз це неможливо. Закрий щоденник і відкрий його знову.
diary-error-damaged = Частину збережених даних пошкоджено. Усе, що ще можна прочитати, залишається збереженим.

## List
diary-chain-ok = { $count ->
    [0] Поки що нічого перевіряти.
    [1] Запис перевірено: нічого не змінено й не видалено.
   *[other] Усі записи ({ $count }) перевірено: нічого не змінено й не видалено.
}
diary-chain-broken = Увага: в { $count ->
        [1] одному місці
        [one] { $count } місці
       *[other] { $count } місцях
    } порядок не збігається. Щось було змінено, видалено або пошкоджено.
diary-new = Новий запис
diary-kind-incident = Що сталося
diary-kind-symptoms = Як ти?
diary-kind-evidence = Фото або файл
diary-kind-online-abuse = Онлайн-насильство
diary-search = Пошук у щоденнику
diary-filter-kind = Тип
diary-filter-all = Усе
diary-filter-from = Від
diary-filter-to = До (включно)
diary-filter-clear = Показати все
diary-empty = Записів поки немає.
diary-count = Записи: { $shown } з { $total }
diary-more = Показати більше
diary-versions = Змінено (версій: { $count })
diary-checkin-title = Самопочуття ({ $count ->
        [one] { $count } шкала
        [few] { $count } шкали
       *[other] { $count } шкал
    })
diary-saved = Збережено.
diary-save-failed = Не збережено. { $reason } Твій текст залишився.

## Viewing a note
diary-written = Написано { $when } (час пристрою, змінити не можна)
diary-written-imported = Відновлено { $when }. Уперше написано { $original }.
diary-history = Попередні версії
diary-version = Версія { $number }, написано { $when }
diary-edit = Змінити
diary-edit-title = Нова версія (стара зберігається)
diary-close = Закрити
diary-replaces = Нова версія запису № { $seq }.
diary-replaced = Пізніше змінено.
diary-unreadable = Запис неможливо прочитати

## Forms
diary-save = Зберегти
diary-cancel = Скасувати
diary-field-when = Коли
diary-when-exact = Дата і час
diary-when-approximately = Приблизно
diary-when-around = Приблизно { $day }
diary-when-unknown = Не знаю
diary-field-date = Дата
diary-field-time = Час
diary-field-words = Приблизно коли, своїми словами
diary-field-place = Де
diary-field-what = Що сталося
diary-field-people = Хто був причетний
diary-field-witnesses = Свідки
diary-field-note = Нотатка
diary-field-file = Файл
diary-field-pick = Вибери фото або файл
diary-field-camera = Зробити фото
diary-file-note = Файл зберігається в зашифрованому вигляді у щоденнику, а не в галереї фото. Застосунок не видаляє оригінал — видали його, якщо хочеш.
diary-field-platform = Платформа або застосунок
diary-field-accounts = Назви акаунтів
diary-field-urls = Посилання
diary-field-urls-input = Посилання (по одному в рядку)
diary-field-shared = Що поширили або надіслали
diary-screenshots-note = Знімки екрана зберігай як запис «Фото або файл».
diary-helpwanted-text = У мережі є зображення з тобою? Helpwanted безкоштовно допомагає їх видалити.
diary-helpwanted-link = Перейти до Helpwanted
diary-sealing = Шифруємо… { $percent } %
diary-size-kb = { $kb } КБ
diary-size-mb = { $mb } МБ
diary-scale-skip = Без відповіді
diary-scale-sleep = Сон
diary-scale-sleep-low = 0 = дуже погано
diary-scale-sleep-high = 10 = дуже добре
diary-scale-anxiety = Тривога
diary-scale-anxiety-low = 0 = немає
diary-scale-anxiety-high = 10 = дуже сильна
diary-scale-pain = Біль
diary-scale-pain-low = 0 = немає
diary-scale-pain-high = 10 = дуже сильний
diary-scale-flashbacks = Флешбеки (спогади, що повертаються)
diary-scale-flashbacks-low = 0 = немає
diary-scale-flashbacks-high = 10 = постійно
diary-scale-mood = Настрій
diary-scale-mood-low = 0 = дуже пригнічений
diary-scale-mood-high = 10 = дуже добрий

## Form errors
diary-error-empty = Спершу щось заповни.
diary-error-too-long = Цей текст задовгий. Розділи його на два записи.
diary-error-scale = Вибери число від 0 до 10.
diary-error-url = Посилання має починатися з https:// або http://.
diary-error-date = Такої дати або часу не існує.
diary-error-no-date = Вкажи дату або вибери «Приблизно».
diary-error-future = Ця дата в майбутньому.

## Chart
diary-chart-title = Як тобі було
diary-chart-summary = Записів про самопочуття: { $count }, з { $from } до { $to }.

## Save and restore
diary-transfer-title = Зберегти щоденник або поділитися ним
diary-export-warning = Збережений файл уже не захищений застосунком. Кожен, хто має файл і його пароль, може його прочитати. Зберігай його в безпечному місці.
diary-export-report = Звіт для друку
diary-archive-title = Зашифрований файл
diary-archive-to-passphrase = З паролем
diary-archive-to-key = Для ключа людини, якій ти довіряєш (наприклад, твого адвоката)
diary-archive-key = Публічний ключ (починається з age1)
diary-archive-make = Створити зашифрований файл
diary-export-bad-key = Це не дійсний публічний ключ. Ключ починається з age1.
diary-progress = Триває… { $percent } %
diary-download = Завантажити { $name }
diary-print = Надрукувати або зберегти як PDF
diary-exported-to = Збережено в { $path }
diary-export-done = Готово
diary-transfer-failed = Не вдалося. У твоєму щоденнику нічого не змінилося.
diary-import-title = Відновити збережений щоденник
diary-import-text = Записи з файлу буде додано. З твого щоденника нічого не зникне.
diary-import-file = Вибери зашифрований файл
diary-import-passphrase = Пароль файлу
diary-import = Відновити
diary-import-wrong = Цей пароль не відкриває цей файл. Нічого не змінилося.
diary-import-foreign = Це не збережений щоденник із цього застосунку.
diary-import-damaged = Файл пошкоджений або неповний. Нічого не змінилося.
diary-import-too-large = Файл завеликий.
diary-imported = Відновлено { $count ->
        [one] { $count } запис
        [few] { $count } записи
        [many] { $count } записів
       *[other] { $count } запису
    }.

## Report
diary-report-title = Щоденник: звіт
diary-report-chain-ok = Перевірка: усі записи ({ $count }) йдуть один за одним; нічого не змінено й не видалено. Останнє контрольне число: { $head }
diary-report-chain-broken = Перевірка: в { $count ->
        [1] одному місці
        [one] { $count } місці
       *[other] { $count } місцях
    } порядок не збігається. Щось було змінено, видалено або пошкоджено.

## Wipe
diary-wipe = Стерти щоденник
diary-wipe-text = Усе у твоєму щоденнику буде стерто одразу й назавжди: записи, фото та файли. Після цього ніхто не зможе його відкрити, навіть твоїм паролем. Це не можна скасувати. Файли, які ти зберіг(ла) або надіслав(ла) поза застосунком, залишаться.
diary-wipe-confirm = Так, стерти все
diary-wipe-cancel = Ні, залишити
diary-wiping = Стирання…

## Duress
diary-duress-title = Другий пароль на випадок небезпеки
diary-duress-text = Тебе змушують відкрити щоденник? Тоді використай цей другий пароль. Він відкриває окремий порожній щоденник. Твій справжній щоденник лишається прихованим і недоторканим. За сховищем не видно, чи є другий пароль.
diary-duress-passphrase = Другий пароль
diary-duress-save = Зберегти другий пароль
diary-duress-busy = Виконується…
diary-duress-set = Другий пароль збережено.
diary-duress-same = Обери пароль, відмінний від пароля щоденника.
diary-change-title = Зміна пароля
diary-change-text = Якщо хтось міг бачити твій пароль, обери новий. Твої нотатки залишаться такими, як є. Після цього цей щоденник відкриває лише новий пароль, і його теж не можна відновити.
diary-change-current = Поточний пароль
diary-change-new = Новий пароль
diary-change-save = Змінити пароль
diary-change-busy = Виконується…
diary-change-done = Пароль змінено. Відтепер використовуй новий.
diary-change-wrong = Це не поточний пароль. Нічого не змінено.
diary-change-same = Обери новий пароль, відмінний від твого другого пароля.

# An export the device hands over (Android's share sheet).
diary-export-ready = Файл готовий. Поділіться ним із застосунком, якому довіряєте, або збережіть у своїх файлах. Коли він залишає застосунок, він більше не захищений.
diary-export-share = Поділитися або зберегти
diary-export-share-failed = Поділитися не вдалося. У щоденнику нічого не змінилося; спробуйте ще раз.

## Імпорт: межі й перевірка
diary-import-too-costly = Пароль цього файлу потребує { $needed } МБ пам’яті, щоб його відкрити; цей пристрій може використати для цього щонайбільше { $allowed } МБ. Нічого не змінено. Відкрийте файл на комп’ютері програмою rage або age чи збережіть щоденник знову в застосунку Eén Entree, якому потрібно менше пам’яті.
diary-error-key-too-costly = Ключ цього щоденника потребує { $needed } МБ пам’яті, щоб його відкрити; цей пристрій може використати для цього щонайбільше { $allowed } МБ. Тому пароль не перевірено, і це не рахується як спроба. Можливо, хтось змінив ключ. Нічого не змінено.
diary-import-skipped = Записи, які вже були у щоденнику й не додані вдруге: { $count }.
diary-import-chain-ok = Перевірка: записи у файлі ({ $count }) йдуть один за одним; нічого не змінено й не видалено.
diary-import-chain-broken = Перевірка: у { $count } місцях записи у файлі не йдуть один за одним. Щось змінено, видалено або пошкоджено до збереження чи після нього.
