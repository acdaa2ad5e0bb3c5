### Eén Entree: the encrypted diary (Spanish).

nav-diary = Diario
diary-title = Mi diario
diary-honesty = Cada nota lleva un número de control de la nota anterior. Así ves si algo se cambió o se borró después. No es una prueba forense: quien conozca tu contraseña podría volver a crearlo todo.

## Create and open
diary-create-intro = Escribe lo que pasó y cómo estás. Todo se queda cifrado en este dispositivo. No hay cuenta y nada se envía a internet. Solo tú decides si compartes algo.
diary-passphrase = Contraseña
diary-passphrase-repeat = Repite la contraseña
diary-passphrase-hint = Al menos { $min ->
        [one] { $min } carácter
       *[other] { $min } caracteres
    }. Una frase de unas cuantas palabras es segura y fácil de recordar. No uses el PIN de tu teléfono.
diary-no-recovery = Atención: nadie puede recuperar tu contraseña, tampoco nosotros. Si la olvidas, nadie podrá volver a abrir tu diario.
diary-understood = Entiendo que mi contraseña no se puede recuperar.
diary-create = Crear diario
diary-creating = Creando la clave…
diary-locked-intro = Tu diario está bloqueado.
diary-unlock = Abrir
diary-unlocking = Comprobando la contraseña…
diary-forgot = ¿Teléfono nuevo? Primero crea un diario nuevo y después restaura en él tu diario guardado.
diary-lock = Bloquear

## Passphrase errors
diary-error-short = La contraseña es demasiado corta. Usa al menos { $min ->
        [one] { $min } carácter
       *[other] { $min } caracteres
    }.
diary-error-mismatch = Las dos contraseñas no son iguales.
diary-error-understood = Marca la casilla para indicar que entiendes que la contraseña no se puede recuperar.
diary-error-wrong = Esa contraseña no es correcta. No ha cambiado nada.
diary-error-wrong-wait = Esa contraseña no es correcta. No ha cambiado nada. Puedes volver a intentarlo dentro de { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    }.
diary-error-wait = Espera { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    } más y vuelve a intentarlo.
diary-error-state = Ahora no se puede. Cierra el diario y vuelve a abrirlo.
diary-error-damaged = Una parte de los datos guardados está dañada. Lo que todavía se puede leer se conserva.

## List
diary-chain-ok = { $count ->
    [0] Todavía no hay nada que comprobar.
    [one] La nota está comprobada: no se ha cambiado ni quitado nada.
   *[other] Las { $count } notas están comprobadas: no se ha cambiado ni quitado nada.
}
diary-chain-broken = Atención: en { $count ->
        [one] un lugar
       *[other] { $count } lugares
    } el orden no coincide. Algo se ha cambiado, quitado o dañado.
diary-new = Nota nueva
diary-kind-incident = Lo que pasó
diary-kind-symptoms = ¿Cómo estás?
diary-kind-evidence = Foto o archivo
diary-kind-online-abuse = Abuso en internet
diary-search = Buscar en tu diario
diary-filter-kind = Tipo
diary-filter-all = Todo
diary-filter-from = Desde
diary-filter-to = Hasta
diary-filter-clear = Mostrar todo
diary-empty = Todavía no hay notas.
diary-count = Notas: { $shown } de { $total }
diary-more = Mostrar más
diary-versions = Editada ({ $count ->
        [one] { $count } versión
       *[other] { $count } versiones
    })
diary-checkin-title = Seguimiento ({ $count ->
        [one] una escala
       *[other] { $count } escalas
    })
diary-saved = Guardado.
diary-save-failed = No se ha guardado. { $reason } Tu texto sigue ahí.

## Viewing a note
diary-written = Escrita el { $when } (hora del dispositivo, no se puede cambiar)
diary-written-imported = Restaurada el { $when }. Escrita por primera vez el { $original }.
diary-history = Versiones anteriores
diary-version = Versión { $number }, escrita el { $when }
diary-edit = Editar
diary-edit-title = Nueva versión (la anterior se conserva)
diary-close = Cerrar
diary-replaces = Nueva versión de la nota { $seq }.
diary-replaced = Editada más tarde.
diary-unreadable = Nota ilegible

## Forms
diary-save = Guardar
diary-cancel = Cancelar
diary-field-when = Cuándo
diary-when-exact = Fecha y hora
diary-when-approximately = Más o menos
diary-when-around = Hacia el { $day }
diary-when-unknown = No lo sé
diary-field-date = Fecha
diary-field-time = Hora
diary-field-words = Más o menos cuándo, con tus palabras
diary-field-place = Dónde
diary-field-what = Lo que pasó
diary-field-people = Personas involucradas
diary-field-witnesses = Testigos
diary-field-note = Nota
diary-field-file = Archivo
diary-field-pick = Elige una foto o un archivo
diary-field-camera = Hacer una foto
diary-file-note = El archivo se guarda cifrado en tu diario, no en tu galería de fotos. La app no borra el original: bórralo tú si quieres.
diary-field-platform = Plataforma o app
diary-field-accounts = Nombres de cuentas
diary-field-urls = Enlaces
diary-field-urls-input = Enlaces (uno por línea)
diary-field-shared = Qué se compartió o se envió
diary-screenshots-note = Guarda las capturas de pantalla como nota de tipo «Foto o archivo».
diary-helpwanted-text = ¿Hay imágenes tuyas en internet? Helpwanted te ayuda gratis a que las retiren.
diary-helpwanted-link = Ir a Helpwanted
diary-sealing = Cifrando… { $percent } %
diary-size-kb = { $kb } kB
diary-size-mb = { $mb } MB
diary-scale-skip = Sin responder
diary-scale-sleep = Sueño
diary-scale-sleep-low = 0 = muy mal
diary-scale-sleep-high = 10 = muy bien
diary-scale-anxiety = Miedo y ansiedad
diary-scale-anxiety-low = 0 = nada
diary-scale-anxiety-high = 10 = muchísimo
diary-scale-pain = Dolor
diary-scale-pain-low = 0 = nada
diary-scale-pain-high = 10 = muchísimo
diary-scale-flashbacks = Flashbacks (revivir lo que pasó)
diary-scale-flashbacks-low = 0 = nada
diary-scale-flashbacks-high = 10 = todo el tiempo
diary-scale-mood = Ánimo
diary-scale-mood-low = 0 = muy bajo
diary-scale-mood-high = 10 = muy bueno

## Form errors
diary-error-empty = Primero escribe algo.
diary-error-too-long = Este texto es demasiado largo. Divídelo en dos notas.
diary-error-scale = Elige un número del 0 al 10.
diary-error-url = Un enlace tiene que empezar por https:// o http://.
diary-error-date = Esa fecha u hora no existe.
diary-error-no-date = Escribe una fecha o elige «Más o menos».
diary-error-future = Esa fecha está en el futuro.

## Chart
diary-chart-title = Cómo te ha ido
diary-chart-summary = { $count ->
        [one] { $count } seguimiento
       *[other] { $count } seguimientos
    } del { $from } al { $to }.

## Save and restore
diary-transfer-title = Guardar o compartir el diario
diary-export-warning = Un archivo guardado queda fuera de la protección de la app. Cualquier persona que tenga el archivo y su contraseña puede leerlo. Guárdalo en un lugar seguro.
diary-export-report = Informe para imprimir
diary-archive-title = Archivo cifrado
diary-archive-to-passphrase = Con una contraseña
diary-archive-to-key = Para la clave de alguien de confianza (por ejemplo, tu abogado o abogada)
diary-archive-key = Clave pública (empieza por age1)
diary-archive-make = Crear archivo cifrado
diary-export-bad-key = Esa no es una clave pública válida. Una clave empieza por age1.
diary-progress = Trabajando… { $percent } %
diary-download = Descargar { $name }
diary-print = Imprimir o guardar como PDF
diary-exported-to = Guardado en { $path }
diary-export-done = Listo
diary-transfer-failed = No ha funcionado. No ha cambiado nada en tu diario.
diary-import-title = Restaurar un diario guardado
diary-import-text = Las notas del archivo se añaden. No se borra nada de tu diario.
diary-import-file = Elige el archivo cifrado
diary-import-passphrase = Contraseña del archivo
diary-import = Restaurar
diary-import-wrong = Esa contraseña no abre este archivo. No ha cambiado nada.
diary-import-foreign = Esto no es un diario guardado de esta app.
diary-import-damaged = El archivo está dañado o incompleto. No ha cambiado nada.
diary-import-too-large = El archivo es demasiado grande.
diary-imported = { $count ->
        [one] { $count } nota restaurada.
       *[other] { $count } notas restauradas.
    }

## Report
diary-report-title = Diario: informe
diary-report-chain-ok = Comprobación: { $count ->
        [one] la nota está en orden
       *[other] las { $count } notas van una tras otra
    }; no se ha cambiado ni borrado nada. Último número de control: { $head }
diary-report-chain-broken = Comprobación: en { $count ->
        [one] un lugar
       *[other] { $count } lugares
    } el orden no coincide. Algo se ha cambiado, quitado o dañado.

## Wipe
diary-wipe = Borrar el diario
diary-wipe-text = Todo lo que hay en tu diario se borra al momento y para siempre: notas, fotos y archivos. Después nadie podrá abrirlo, ni siquiera con tu contraseña. No se puede deshacer. Los archivos que guardaste o compartiste fuera de la app siguen existiendo.
diary-wipe-confirm = Sí, borrar todo
diary-wipe-cancel = No, conservarlo
diary-wiping = Borrando…

## Duress
diary-duress-title = Segunda contraseña para emergencias
diary-duress-text = ¿Tienes que abrir tu diario porque alguien te obliga? Usa entonces esta segunda contraseña. Abre un diario aparte y vacío. Tu diario real queda oculto y sin tocar. En el almacenamiento no se ve si hay una segunda contraseña.
diary-duress-passphrase = Segunda contraseña
diary-duress-save = Guardar la segunda contraseña
diary-duress-busy = Trabajando…
diary-duress-set = La segunda contraseña está guardada.
diary-duress-same = Elige una contraseña distinta de la de tu diario.
diary-change-title = Cambiar la contraseña
diary-change-text = Si alguien ha podido ver tu contraseña, elige una nueva. Tus notas se quedan como están. Después solo la nueva contraseña abre este diario, y tampoco se puede recuperar.
diary-change-current = Contraseña actual
diary-change-new = Contraseña nueva
diary-change-save = Cambiar la contraseña
diary-change-busy = Trabajando…
diary-change-done = La contraseña se ha cambiado. A partir de ahora, usa la nueva.
diary-change-wrong = Esa no es la contraseña actual. No se ha cambiado nada.
diary-change-same = Elige una contraseña nueva distinta de tu segunda contraseña.

# An export the device hands over (Android's share sheet).
diary-export-ready = El archivo está listo. Compártelo con una app en la que confíes o guárdalo en tus archivos. Cuando sale de la app ya no está protegido.
diary-export-share = Compartir o guardar
diary-export-share-failed = No se pudo compartir. No ha cambiado nada en tu diario; inténtalo de nuevo.

## Importar: límites y comprobación
diary-import-too-costly = La contraseña de este archivo necesita { $needed } MB de memoria para abrirlo; este dispositivo puede usar para ello hasta { $allowed } MB. No se ha cambiado nada. Abre el archivo en un ordenador con rage o age, o guarda el diario de nuevo desde la app Eén Entree, que necesita menos memoria.
diary-error-key-too-costly = La clave de este diario necesita { $needed } MB de memoria para abrirse; este dispositivo puede usar para ello hasta { $allowed } MB. Por eso no se ha probado tu contraseña y no cuenta como intento. Puede que alguien haya cambiado la clave. No se ha cambiado nada.
diary-import-skipped = Notas que ya estaban en tu diario y no se han añadido otra vez: { $count }.
diary-import-chain-ok = Comprobación: las notas del archivo ({ $count }) van seguidas; no se ha cambiado ni quitado nada.
diary-import-chain-broken = Comprobación: en { $count } lugares las notas del archivo no van seguidas. Algo se ha cambiado, quitado o dañado, antes o después de guardarlo.
