### Error messages: what went wrong and what you can do.

err-store-unavailable = Preferințele tale nu pot fi salvate pe acest dispozitiv. Aplicația funcționează totuși normal.
err-store-corrupt = Preferințele tale salvate nu au putut fi citite. Aplicația folosește din nou setările standard. Nu ai pierdut nimic altceva.
