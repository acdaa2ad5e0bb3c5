### Quick exit: the button, the explanation, and what it does not erase.

exit-button = Salida rápida
exit-skip-link = Salir rápido de esta página
exit-info-title = Cómo funciona la salida rápida
exit-info-how = Arriba, en cada pantalla, está el botón Salida rápida. Con un solo toque, la pantalla queda vacía al instante.
exit-info-keys = Con un teclado: pulsa Shift 3 veces seguidas, rápido.
exit-info-web = En el navegador, después vas a una web del tiempo. Esta página se sustituye en el historial, así que con Atrás ya no vuelves aquí.
exit-info-app = En la app, después ves una calculadora normal. ¿Quieres volver? Cierra la app y ábrela de nuevo.
exit-info-not-title = Lo que la salida rápida no borra
exit-info-not-history = Tu historial del navegador. Los nombres de las páginas que visitaste aquí pueden seguir ahí. Usa una ventana privada, o borra tu historial si es seguro.
exit-info-not-recents = La lista de apps usadas recientemente. Esta app puede seguir ahí. Ciérrala allí si es seguro.
exit-info-not-app = La app misma. Quien mire tu teléfono puede ver que está instalada.
exit-info-not-calls = Las llamadas en la lista de llamadas de tu teléfono.
exit-info-not-downloads = Los archivos que descargaste o compartiste.
exit-info-confirm = Entendido

## Using it safely
exit-info-safety-title = Usar la app con seguridad
exit-info-safety-presence = Quien mire tu teléfono puede ver que esta app está instalada. En Ajustes puedes hacer que la app se abra como calculadora.
exit-info-safety-store = La tienda de apps recuerda qué apps descargas, aunque después las borres. Quien pueda entrar en tu cuenta puede verlo.
exit-info-safety-backup = Las copias de seguridad en la nube pueden mostrar que usas esta app. Tu diario solo está en ellas cifrado.
exit-info-safety-device = ¿Crees que alguien mira o controla tu teléfono? Entonces, si puedes, usa otro dispositivo, por ejemplo el de alguien de confianza.
