### Settings.

settings-title = Налаштування
settings-language = Мова
settings-about = Про цей застосунок
settings-exit-info = Як працює швидкий вихід
settings-stored-here = Твій вибір зберігається лише на цьому пристрої.
settings-not-stored = Твій вибір не зберігається на цьому пристрої. Коли знову відкриєш застосунок, вибери все ще раз.
