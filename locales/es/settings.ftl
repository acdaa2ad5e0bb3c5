### Settings.

settings-title = Ajustes
settings-language = Idioma
settings-about = Sobre esta app
settings-exit-info = Cómo funciona la salida rápida
settings-stored-here = Tus preferencias solo se guardan en este dispositivo.
settings-not-stored = Tus preferencias no se guardan en este dispositivo. Cuando vuelvas a abrir la app, elígelas de nuevo.

## Open as a calculator
settings-disguise-title = Abrir como calculadora
settings-disguise-text = La app se abre entonces como una calculadora normal que funciona de verdad. Escribe tu código y luego = para abrir la app. Con cualquier otro código, simplemente calcula.
settings-disguise-code = Tu código (de 4 a 8 cifras)
settings-disguise-on = Activar
settings-disguise-off = Desactivar
settings-disguise-enabled = Está activado. Recuerda bien tu código. Si lo olvidas, tendrás que volver a instalar la app y perderás tu diario.
settings-disguise-icon = El nombre y el icono en tu pantalla de inicio no cambian. Esta versión todavía no puede cambiarlos.
settings-disguise-error = Elige un código de 4 a 8 cifras.

## Diary lock
settings-auto-lock = Bloquear el diario tras
settings-auto-lock-minutes = { $minutes } min
