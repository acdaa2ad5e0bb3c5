### Error messages: what went wrong and what you can do.

err-store-unavailable = Your choices cannot be saved on this device. The app still works.
err-store-corrupt = Your saved choices could not be read. The app uses the defaults again. Nothing else is lost.
