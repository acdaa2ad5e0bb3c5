### Settings.

settings-title = Налаштування
settings-language = Мова
settings-about = Про цей застосунок
settings-exit-info = Як працює швидкий вихід
settings-stored-here = Твій вибір зберігається лише на цьому пристрої.
settings-not-stored = Твій вибір не зберігається на цьому пристрої. Коли знову відкриєш застосунок, вибери все ще раз.

## Open as a calculator
settings-disguise-title = Відкривати як калькулятор
settings-disguise-text = Тоді застосунок відкривається як звичайний калькулятор, який справді працює. Введи свій код, а потім =, щоб відкрити застосунок. З будь-яким іншим кодом він просто рахує.
settings-disguise-code = Твій код (від 4 до 8 цифр)
settings-disguise-on = Увімкнути
settings-disguise-off = Вимкнути
settings-disguise-enabled = Увімкнено. Добре запам'ятай свій код. Якщо ти його забудеш, доведеться встановити застосунок заново, і твій щоденник зникне.
settings-disguise-icon = Назва та значок на головному екрані залишаються такими самими. Ця версія ще не вміє їх змінювати.
settings-disguise-error = Вибери код від 4 до 8 цифр.

## Diary lock
settings-auto-lock = Блокувати щоденник через
settings-auto-lock-minutes = { $minutes } хв
