### Foutmeldingen: wat er mis is en wat je kunt doen.

err-store-unavailable = Je keuzes kunnen op dit apparaat niet worden bewaard. De app werkt wel gewoon.
err-store-corrupt = Je opgeslagen keuzes waren niet leesbaar. De app gebruikt weer de standaard. Je bent niets anders kwijt.
