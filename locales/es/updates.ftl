### Updated information: only with consent. Dates come from the data (Spanish).

update-title = Información actualizada
update-ask = ¿Puede la app comprobar de vez en cuando si hay información nueva, como una dirección o un teléfono nuevos? Para ello, la app descarga un archivo de { $host }. No envía nada sobre ti. Pero ese servidor ve, como cualquier web, tu dirección de internet (dirección IP) y la hora.
update-yes = Sí, de acuerdo
update-no = No, prefiero que no
update-state-on = La app comprueba si hay información nueva.
update-state-off = La app no comprueba si hay información nueva. Todo funciona igualmente con la información que ya tiene.
update-turn-on = Permitir la comprobación
update-turn-off = Dejar de comprobar
update-check-now = Comprobar ahora
update-checking = Comprobando…
update-up-to-date = Tienes la información más reciente.
update-applied = Información actualizada el { $date }.
update-bundled = Información del { $date }, tal como venía con la app.
err-update-signature = No se ha usado la información nueva: no se pudo confirmar que viniera de nosotros. Conservas la información que tenías.
err-update-invalid = No se ha usado la información nueva: algo en ella no estaba bien. Conservas la información que tenías.
err-update-not-newer = Tienes la información más reciente.
err-update-expired = No se ha usado la información nueva: había caducado. Conservas la información que tenías.
err-update-network = No se pudo comprobar: no hay conexión. Conservas la información que tenías. Puedes volver a intentarlo más tarde.
err-update-store = No se pudo guardar la información nueva. Conservas la información que tenías.
