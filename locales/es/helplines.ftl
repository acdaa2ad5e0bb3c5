### Helplines. Numbers come from assets/data/helplines.json, never from this text.

helplines-title = Líneas de ayuda
helplines-call-log = Atención: cuando llamas, la llamada aparece después en la lista de llamadas de tu teléfono. Bórrala allí si así es más seguro. ¿Tienes dudas? Usa un teléfono que sea seguro.

contact-call = Llama al { $number }
contact-chat = Chat
contact-chat-note = Abre su web
cost-free = Gratis
cost-local = Tarifa normal de llamada
hours-always = De día y de noche, todos los días
hours-every-day = Todos los días, de { $from } a { $to }
hours-weekdays = De lunes a viernes, de { $from } a { $to }
hours-unverified = { $hours } (aún sin comprobar en la fuente)
helpline-unverified = Aún no hemos podido comprobar en la fuente todos los datos de esta línea de ayuda. Si tienes dudas, mira su propia web.

helpline-emergency-name = Número de emergencias 112
helpline-emergency-purpose = Si hay peligro inmediato, o si ahora necesitas ayuda de la policía o una ambulancia.
helpline-csg-name = Centrum Seksueel Geweld (centro especializado en violencia sexual)
helpline-csg-purpose = Después de violencia sexual, también en internet. Para víctimas, personas cercanas y profesionales.
helpline-veilig-thuis-name = Veilig Thuis (Seguro en Casa)
helpline-veilig-thuis-purpose = En casos de violencia doméstica y maltrato infantil. Puedes llamar de forma anónima.
helpline-slachtofferhulp-name = Slachtofferhulp Nederland (Ayuda a las Víctimas)
helpline-slachtofferhulp-purpose = Apoyo y ayuda práctica después de un delito.
helpline-suicide-prevention-name = 113 Zelfmoordpreventie (prevención del suicidio)
helpline-suicide-prevention-purpose = Si piensas en el suicidio, o si te preocupa alguien.
helpline-helpwanted-name = Helpwanted (Offlimits)
helpline-helpwanted-purpose = En casos de abuso en internet, como imágenes de desnudos que circulan. Pueden ayudar a que retiren las imágenes. Helpwanted forma parte de Offlimits.
helpline-fier-name = Fier
helpline-fier-purpose = Chatea con profesionales sobre violencia y abuso.
helpline-police-name = Policía (no urgente)
helpline-police-purpose = Para denunciar ante la policía. Es bueno saberlo: una denuncia no se puede retirar después. Y tras una conversación con la policía, la fiscalía a veces puede abrir una investigación también sin denuncia. ¿Dudas? Pide primero consejo al CSG.
helpline-kindertelefoon-name = De Kindertelefoon (teléfono de ayuda para niños)
helpline-kindertelefoon-purpose = Para niños, niñas y jóvenes de 8 a 18 años, sobre todo lo que te preocupe.
