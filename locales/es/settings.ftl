### Settings.

settings-title = Ajustes
settings-language = Idioma
settings-about = Sobre esta app
settings-exit-info = Cómo funciona la salida rápida
settings-stored-here = Tus preferencias solo se guardan en este dispositivo.
settings-not-stored = Tus preferencias no se guardan en este dispositivo. Cuando vuelvas a abrir la app, elígelas de nuevo.
