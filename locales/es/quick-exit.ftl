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
