### Error messages: what went wrong and what you can do.

err-store-unavailable = No se pueden guardar tus preferencias en este dispositivo. La app funciona igualmente.
err-store-corrupt = No se pudieron leer tus preferencias guardadas. La app vuelve a usar los valores predeterminados. No has perdido nada más.
