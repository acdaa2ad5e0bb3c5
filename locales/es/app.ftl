### Eén Entree: screen parts and the start screen (Spanish).

## Language
# This language's name, in this language. Shown in the language choice.
language-name = Español
# Decimal separator for numbers.
number-decimal = ,

## Translation
# One line at the bottom of every page, only for a translation not yet reviewed.
translation-unreviewed = Esta traducción todavía no ha sido revisada por una persona que tenga el español como lengua materna.
language-unavailable = No se pudo cargar { $language }, así que por ahora la aplicación está en inglés. Elija de nuevo el idioma para volver a intentarlo.
# Label of the language choice at the top of every screen.
language-switch = Idioma

## Navigation
nav-label = Menú
nav-home = Inicio
nav-locator = Buscar CSG
nav-helplines = Líneas de ayuda
nav-settings = Ajustes

## Start screen
home-title = Ayuda después de violencia sexual
home-call = Llama al { $number }
home-call-note = Gratis, de día y de noche
home-chat = Chat anónimo
home-chat-note = En la web del Centrum Seksueel Geweld
home-about = El Centrum Seksueel Geweld (CSG, centro especializado en violencia sexual) te ayuda después de violencia sexual, también si ocurrió en internet. Recibes atención médica y apoyo. ¿Quieres denunciar ante la policía? También te ayudan con eso, pero no es obligatorio. El CSG es para todas las personas, de cualquier edad.
home-seven-days = Llama lo antes que puedas, mejor dentro de los primeros 3 días: algunos medicamentos, como los que evitan el embarazo y el VIH, solo funcionan en los primeros días. Las huellas se pueden registrar hasta 7 días después, si tú quieres. ¿Pasó hace más tiempo? Llama igualmente. Nunca es tarde para pedir ayuda.
home-for-others = ¿Te preocupa otra persona? ¿Eres madre, padre, amigo o profesor? Puedes llamar al mismo número para pedir consejo.
home-danger = ¿Estás en peligro? Llama al { $number }

## Sections
section-locator-title = Encuentra tu CSG
section-locator-text = ¿Qué Centrum Seksueel Geweld te ayuda cerca de ti? Funciona sin internet.
section-helplines-title = Todas las líneas de ayuda
section-helplines-text = Policía, Veilig Thuis, ayuda con el abuso en internet y más.
section-exit-info-title = Salida rápida
section-exit-info-text = Cómo salir de la app con un solo toque, y qué no borra.
section-settings-title = Ajustes
section-settings-text = Elige el idioma.

## Unknown page
not-found-title = Esta página no existe
not-found-text = Quizás el enlace es antiguo o no está del todo bien. ¿Necesitas ayuda? Llama o chatea abajo, o ve a Inicio.

## After quick exit
neutral-title = Calculadora

# The device could not open a call or chat link (no dialler, no browser).
contact-call-failed = No se pudo iniciar la llamada desde este dispositivo. Marca tú este número, por ejemplo desde otro teléfono:
contact-open-failed = No se pudo abrir la página en este dispositivo. Escribe tú la dirección en un navegador:
contact-failed-close = Cerrar
