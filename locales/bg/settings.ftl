### Settings.

settings-title = Настройки
settings-language = Език
settings-about = За това приложение
settings-exit-info = Как работи бързият изход
settings-stored-here = Изборът ти се пази само на това устройство.
settings-not-stored = Изборът ти не се пази на това устройство. Когато отново отвориш приложението, ще трябва да избереш пак.
