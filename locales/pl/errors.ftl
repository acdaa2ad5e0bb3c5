### Komunikaty o błędach: co jest nie tak i co możesz zrobić.

err-store-unavailable = Na tym urządzeniu nie da się zapisać twoich wyborów. Aplikacja działa jednak normalnie.
err-store-corrupt = Nie udało się odczytać zapisanych wyborów. Aplikacja znowu używa ustawień domyślnych. Nic innego nie zostało utracone.
