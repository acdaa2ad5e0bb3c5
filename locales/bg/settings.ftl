### Settings.

settings-title = Настройки
settings-language = Език
settings-about = За това приложение
settings-exit-info = Как работи бързият изход
settings-stored-here = Изборът ти се пази само на това устройство.
settings-not-stored = Изборът ти не се пази на това устройство. Когато отново отвориш приложението, ще трябва да избереш пак.

## Open as a calculator
settings-disguise-title = Отваряне като калкулатор
settings-disguise-text = Тогава приложението се отваря като обикновен калкулатор, който наистина работи. Въведи кода си и после =, за да отвориш приложението. С всеки друг код той просто смята.
settings-disguise-code = Твоят код (от 4 до 8 цифри)
settings-disguise-on = Включи
settings-disguise-off = Изключи
settings-disguise-enabled = Включено е. Запомни добре кода си. Ако го забравиш, ще трябва да инсталираш приложението отново и дневникът ти ще изчезне.
settings-disguise-icon = Името и иконата на началния екран остават същите. Тази версия още не може да ги променя.
settings-disguise-error = Избери код от 4 до 8 цифри.

## Diary lock
settings-auto-lock = Заключвай дневника след
settings-auto-lock-minutes = { $minutes } мин.
