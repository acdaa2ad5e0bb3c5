### Eén Entree: information pages (Spanish). Structure in assets/data/info.json. Numbers, article numbers and dates come from the data, never from this text.

## Shared
info-sections-title = Información
info-article = Convenio de Estambul, artículo { $article }
info-unverified = Todavía no hemos podido comprobar esta parte en la fuente. Si tienes dudas, pregunta cómo es en tu caso.
info-in-force = El Convenio de Estambul se aplica en los Países Bajos desde { $date }.
info-read-aloud = Leer esta página en voz alta
info-stop-reading = Dejar de leer

## What now?
info-now-title = ¿Y ahora qué?
info-now-summary = Estar a salvo, ayuda en los primeros días y conservar los rastros.
info-now-intro = ¿Ha pasado algo y no sabes bien qué hacer? Aquí puedes leer qué te puede ayudar ahora. Tómate tu tiempo: no tienes que hacerlo todo a la vez.

info-now-safe-heading = Primero: ¿estás a salvo?
info-now-safe-text-1 = Tu seguridad es lo primero. ¿Estás en peligro ahora, o hay alguien gravemente herido? Entonces llama al { $emergency }.
info-now-safe-text-2 = ¿Estás en un lugar seguro? Respira hondo. Busca a alguien de confianza, si quieres.

info-now-call-heading = Llama o chatea con el Centrum Seksueel Geweld
info-now-call-text-1 = Llama al { $csg }. Es gratis y puedes llamar de día y de noche. ¿Prefieres no hablar? Entonces chatea de forma anónima en la web del CSG.
info-now-call-text-2 = También puedes llamar o chatear de forma anónima. El CSG te pregunta más o menos dónde estás, para que hables con alguien del CSG de tu región. Esa persona te dice adónde puedes ir. Por eso, llama primero, antes de ir a ningún sitio.

info-now-seven-days-heading = Por qué ayuda llamar pronto
info-now-seven-days-text-1 = Llama lo antes que puedas, mejor dentro de los primeros 3 días. Entonces el CSG puede darte esta ayuda:
info-now-seven-days-text-2 = Tú decides lo que quieres. Puedes decir sí a la atención médica y no al examen de rastros.
info-now-seven-days-item-1 = Cuidado de las heridas.
info-now-seven-days-item-2 = Medicamentos para evitar un embarazo. Solo funcionan en los primeros días.
info-now-seven-days-item-3 = Medicamentos para evitar infecciones, como el VIH. Algunos solo funcionan en los primeros días.
info-now-seven-days-item-4 = Un primer apoyo para cómo te sientes.
info-now-seven-days-item-5 = Un médico registra las huellas, junto con la policía. Se puede hacer hasta 7 días después de lo que pasó, y solo si quieres denunciar ante la policía.

info-now-evidence-heading = Conservar los rastros, si quieres
info-now-evidence-text-1 = ¿Quizás quieras denunciar ante la policía, o quieres dejar abierta esa opción? Entonces ayuda que se conserven las huellas. Pero tu seguridad y tu salud siempre van primero. Ninguna prueba vale más que tu seguridad.
info-now-evidence-text-2 = ¿Ya te has duchado o te has cambiado de ropa? No has hecho nada mal. Llama de todos modos: vas a recibir ayuda igualmente.
info-now-evidence-text-3 = Si puedes, hasta el examen:
info-now-evidence-item-1 = No comas, no bebas y no fumes.
info-now-evidence-item-2 = No te laves los dientes.
info-now-evidence-item-3 = No te duches, y no te laves donde te tocaron.
info-now-evidence-item-4 = Sigue con la misma ropa puesta.
info-now-evidence-item-5 = ¿Tienes que orinar? Recoge la orina en un recipiente limpio.

info-now-never-too-late-heading = Nunca es tarde
info-now-never-too-late-text-1 = ¿Pasaron más de 7 días? ¿O incluso años? También entonces te ayuda el CSG. Llama al { $csg } o chatea.
info-now-never-too-late-text-2 = ¿No sabes si el CSG es para ti? Llama o chatea para preguntarlo.

info-now-for-everyone-heading = Para todas las personas
info-now-for-everyone-text-1 = El CSG es para todas las personas: de cualquier edad y de cualquier género. También si ocurrió en internet.
info-now-for-everyone-text-2 = El CSG también está para las personas de tu entorno, como padres, amigos y profesores. Pueden llamar al mismo número para pedir consejo.

## Your rights
info-rights-title = Tus derechos
info-rights-summary = Qué puedes esperar, denuncies o no ante la policía.
info-rights-intro = Los Países Bajos forman parte del Convenio de Estambul. Este tratado europeo trata de la violencia contra las mujeres y de la violencia doméstica. Dice qué ayuda y protección deben recibir las víctimas de esa violencia. Aquí lees lo que eso significa. ¿Lo que te pasó no entra en ese marco? El CSG ayuda a todas las personas, de cualquier edad y género.

info-rights-help-without-report-heading = Ayuda, aunque no denuncies
info-rights-help-without-report-text-1 = El convenio dice: las víctimas tienen derecho a ayuda y protección, también si no denuncian ante la policía.
info-rights-help-without-report-text-2 = Las organizaciones que te ayudan deben trabajar juntas. Y deben tener cuidado de que el contacto con ellas no te haga todavía más daño.
info-rights-help-without-report-text-3 = En los Países Bajos, tú decides si denuncias ante la policía. El CSG te ayuda de todos modos, también si no quieres ningún contacto con la policía.
info-rights-police-heading = Antes de hablar con la policía
info-rights-police-text-1 = Siempre puedes pedir consejo primero al CSG, también de forma anónima. El CSG solo avisa a la policía si tú quieres.
info-rights-police-text-2 = ¿Hablas con la policía especializada en delitos sexuales, aunque al principio solo quieras información? Entonces, en algunos casos, el fiscal puede abrir una investigación igualmente, también sin denuncia. Por ejemplo, si el abuso sigue ocurriendo. La policía te lo explica al principio de la conversación. También el convenio pide que estos casos no dependan solo de una denuncia.
info-rights-police-text-3 = ¿Has presentado una denuncia? Entonces ya no puedes retirarla. Así que tómate tu tiempo para decidir, y pide consejo si tienes dudas. Puedes llamar a la policía de día y de noche al { $police }.

info-rights-own-language-heading = Información en un idioma que entiendas
info-rights-own-language-text-1 = Según el convenio, tienes derecho a información sobre la ayuda y sobre lo que puedes hacer legalmente. A tiempo, y en un idioma que entiendas.
info-rights-own-language-text-2 = ¿No entiendes algo? Pide que te lo expliquen otra vez, con otras palabras o en otro idioma.

info-rights-specialist-help-heading = Ayuda de especialistas, de día y de noche
info-rights-specialist-help-text-1 = El convenio dice que en todo el país debe haber ayuda especializada. Enseguida, y también durante más tiempo.
info-rights-specialist-help-text-2 = También debe haber una línea de ayuda nacional gratuita: disponible de día y de noche, y confidencial.
info-rights-specialist-help-text-3 = Después de violencia sexual, en los Países Bajos llamas al CSG: { $csg }. Gratis, de día y de noche. También puedes chatear de forma anónima.

info-rights-sexual-violence-centre-heading = Un centro de ayuda después de violencia sexual
info-rights-sexual-violence-centre-text-1 = El convenio dice que debe haber centros de ayuda tras la violencia sexual, fáciles de alcanzar. Allí recibes un examen médico, ayuda con el trauma, acompañamiento y un examen de huellas.
info-rights-sexual-violence-centre-text-2 = En los Países Bajos, esos centros son los Centra Seksueel Geweld. El CSG es para todas las personas, de cualquier edad y género. El examen de huellas solo se hace si quieres denunciar. También puedes recibir solo atención médica y apoyo.
info-rights-sexual-violence-centre-text-3 = Llama al { $csg } o chatea. El CSG te dice adónde puedes ir.

info-rights-protection-during-case-heading = Protección durante la investigación y el juicio
info-rights-protection-during-case-text-1 = ¿Denuncias ante la policía? Según el convenio, entonces tienes derecho a protección durante la investigación y en un juicio. Pregunta a la policía o a Slachtofferhulp Nederland (Ayuda a las Víctimas) cómo funciona en tu caso.
info-rights-protection-during-case-text-2 = El convenio menciona, entre otras cosas:
info-rights-protection-during-case-item-1 = Información sobre tu caso.
info-rights-protection-during-case-item-2 = Que te avisen cuando el agresor se escape o salga en libertad, por lo menos si tú o tu familia podéis estar en peligro. Pregunta por ello en el Slachtofferloket (ventanilla de atención a víctimas).
info-rights-protection-during-case-item-3 = El menor contacto posible con el sospechoso.
info-rights-protection-during-case-item-4 = Un intérprete, si lo necesitas.
info-rights-protection-during-case-item-5 = Contar lo que pasó sin que el sospechoso esté presente, si es posible.
info-rights-protection-during-case-item-6 = Protección de tu privacidad.

info-rights-legal-aid-heading = Ayuda de un abogado
info-rights-legal-aid-text-1 = El convenio dice: las víctimas tienen derecho a asistencia jurídica y a asistencia jurídica gratuita, en las condiciones de la ley de cada país.
info-rights-legal-aid-text-2 = En los Países Bajos, las víctimas de un delito violento o sexual, como una violación o una agresión sexual, tienen en algunos casos derecho a un abogado gratis. Así lo dice slachtofferrechten.nl. Pregunta por ello a la policía o a Slachtofferhulp Nederland.

## Online abuse
info-online-title = Abuso en internet
info-online-summary = Chantaje con imágenes de desnudos, imágenes compartidas y grooming: qué puedes hacer.
info-online-intro = La violencia sexual también puede ocurrir en internet. El CSG te ayuda con eso igual que con la violencia fuera de internet.

info-online-what-it-is-heading = ¿Qué es el abuso sexual en internet?
info-online-what-it-is-text-1 = Puede ocurrir de muchas formas. Algunos ejemplos:
info-online-what-it-is-item-1 = Alguien amenaza con difundir imágenes tuyas sin ropa, si no pagas o no envías más imágenes. Esto se llama sextorsión.
info-online-what-it-is-item-2 = Alguien comparte imágenes sexuales tuyas sin que tú quieras. También si las hiciste o las enviaste tú.
info-online-what-it-is-item-3 = Alguien se gana tu confianza en internet para después abusar sexualmente de ti. Esto se llama grooming.

info-online-not-your-fault-heading = No es tu culpa
info-online-not-your-fault-text-1 = Tampoco si tú enviaste imágenes. Tampoco si confiaste en alguien. La culpa es de quien te amenaza o comparte tus imágenes.
info-online-not-your-fault-text-2 = El abuso en internet es igual de grave que el abuso fuera de internet. El CSG también te ayuda con esto. Llama al { $csg } o chatea.

info-online-threatened-heading = ¿Alguien te amenaza?
info-online-threatened-text-1 = No pagues y no envíes nada más. Tampoco si alguien te presiona.
info-online-threatened-text-2 = Primero guarda lo que tienes. Abajo puedes leer cómo. Después puedes bloquear a esa persona, si quieres.
info-online-threatened-text-3 = No tienes que resolver esto sin ayuda. Habla con alguien de confianza, o chatea con Helpwanted o con el CSG. ¿Estás en peligro ahora? Llama al { $emergency }.

info-online-save-evidence-heading = Guarda las pruebas antes de que desaparezcan
info-online-save-evidence-text-1 = Los mensajes y los perfiles pueden desaparecer rápido. Por eso guarda lo que puedas, si lo consigues. ¿Es demasiado duro volver a verlo todo? Pide ayuda a alguien de confianza.
info-online-save-evidence-text-2 = No reenvíes tú las imágenes y no las compartas. Tampoco para mostrar lo que está pasando.
info-online-save-evidence-text-3 = Esto es lo que puedes guardar:
info-online-save-evidence-item-1 = Capturas de pantalla de los mensajes, con la fecha y la hora.
info-online-save-evidence-item-2 = Capturas de pantalla de los nombres de cuenta y los perfiles de quien te amenaza o comparte tus imágenes.
info-online-save-evidence-item-3 = Enlaces a los sitios donde están las imágenes. No hace falta que guardes las imágenes.

info-online-removal-heading = Ayuda para retirar imágenes y para denunciar
info-online-removal-text-1 = Helpwanted ayuda en casos de abuso en internet y forma parte de Offlimits. Pueden ayudar a que retiren las imágenes de internet. Puedes chatear con ellos en su web. Los encuentras en Líneas de ayuda.
info-online-removal-text-2 = ¿Quieres denunciar ante la policía? Llama al { $police }. Es bueno saberlo: una denuncia no se puede retirar después. ¿Todavía dudas? Pide primero consejo a Helpwanted o al CSG.

## For family and friends
info-relatives-title = Para personas cercanas
info-relatives-summary = Alguien te habla de violencia sexual. Así puedes ayudar.
info-relatives-intro = ¿Alguien te habla de violencia sexual? No tienes que ser especialista para ayudar: aquí puedes leer qué puedes hacer.

info-relatives-listen-heading = Escucha y cree
info-relatives-listen-text-1 = Muchas veces hace falta mucho valor para contar esto. Demuestra que estás ahí.
info-relatives-listen-item-1 = Escucha con calma, sin juzgar.
info-relatives-listen-item-2 = Cree lo que la otra persona te cuenta.
info-relatives-listen-item-3 = Di: no es tu culpa.
info-relatives-listen-item-4 = Dale las gracias por contártelo.

info-relatives-no-details-heading = No insistas con preguntas
info-relatives-no-details-text-1 = Deja que la otra persona elija qué te cuenta, y cuánto. No preguntes por detalles.
info-relatives-no-details-text-2 = Preguntas como «¿por qué te fuiste con esa persona?» pueden sentirse como un reproche. Aunque no lo digas con esa intención.

info-relatives-their-choice-heading = Deja que la otra persona decida
info-relatives-their-choice-text-1 = No decidas por la otra persona. Tampoco sobre la policía o la denuncia. Lo que pasa después lo elige ella.
info-relatives-their-choice-text-2 = Pero sí puedes ayudar. ¿Pasó hace poco? Entonces cuéntale que ayuda llamar al CSG lo antes posible, mejor dentro de los primeros 3 días. Si pasó hace más tiempo, el CSG también ayuda. Llamad juntos, si la otra persona quiere.
info-relatives-their-choice-text-3 = ¿Hay peligro ahora? Entonces llama al { $emergency }.

info-relatives-no-confrontation-heading = No te enfrentes al agresor
info-relatives-no-confrontation-text-1 = Quizás sientas rabia y quieras hacer algo. Aun así, no te enfrentes al agresor. Eso puede hacer que todo sea menos seguro o más difícil para la otra persona.
info-relatives-no-confrontation-text-2 = Habla de tu rabia con otra persona, o llama al CSG.

info-relatives-child-heading = ¿Se trata de un niño o una niña?
info-relatives-child-text-1 = Mantén la calma y escucha, igual que con un adulto. Un niño no puede decidirlo todo sin ayuda. Por eso pide consejo, y dile al niño lo que vas a hacer.
info-relatives-child-text-2 = El CSG también está para niños y niñas. Llama al { $csg } para pedir consejo.
info-relatives-child-text-3 = ¿El abuso ocurre en casa? Entonces también puedes llamar a Veilig Thuis (Seguro en Casa) para pedir consejo, gratis y de día y de noche. También puedes hacerlo de forma anónima. Los encuentras en Líneas de ayuda.

info-relatives-for-you-heading = El CSG también está para ti
info-relatives-for-you-text-1 = Como persona cercana, tú también puedes llamar al { $csg }. Gratis, de día y de noche. Por ejemplo, si no sabes qué decir o qué hacer. También puedes chatear de forma anónima.
info-relatives-for-you-text-2 = Consejo: guarda el número en tu teléfono. Así lo tienes a mano, para ti o para otra persona.

info-relatives-self-care-heading = Cuídate también a ti
info-relatives-self-care-text-1 = Lo que oyes también te puede afectar. Es normal. Habla de ello con alguien, o llama al CSG.
info-relatives-self-care-text-2 = Descansa cuando lo necesites. Puedes apoyar mejor a la otra persona si tú también te cuidas.

## For schools
info-schools-title = Para escuelas
info-schools-summary = Señales, un alumno que te cuenta algo, y dónde pedir consejo.
info-schools-intro = Para profesores, tutores y todas las personas que trabajan en una escuela. Aquí puedes leer qué puedes hacer si te preocupa un alumno.

info-schools-signs-heading = Señales
info-schools-signs-text-1 = A veces notas que algo puede ir mal. Una señal no es una prueba: un cambio puede tener muchas causas.
info-schools-signs-text-2 = ¿Te preocupa algo? Pregunta con calma cómo está el alumno, sin presionar. Y pide consejo.
info-schools-signs-text-3 = Fíjate, por ejemplo, en esto:
info-schools-signs-item-1 = Un alumno de repente se comporta de forma diferente a antes.
info-schools-signs-item-2 = Un alumno se aísla, o busca menos contacto con los demás.

info-schools-disclosure-heading = Cuando un alumno te cuenta algo
info-schools-disclosure-text-1 = Un alumno te elige a ti para contarte algo. Es una señal de confianza.
info-schools-disclosure-item-1 = Mantén la calma, aunque te asustes.
info-schools-disclosure-item-2 = Escucha, y deja que el alumno lo cuente con sus propias palabras.
info-schools-disclosure-item-3 = Dile que está bien que te lo cuente, y que no es su culpa.
info-schools-disclosure-item-4 = No hagas preguntas como un detective. No preguntes por detalles, y no investigues por tu cuenta.

info-schools-secrecy-heading = No prometas guardar el secreto
info-schools-secrecy-text-1 = No prometas que lo vas a guardar en secreto si no puedes cumplirlo. Di con sinceridad qué vas a hacer y con quién vas a hablar.
info-schools-secrecy-text-2 = Sigue el protocolo de tu escuela sobre qué compartes y con quién. ¿Tienes dudas? Pide consejo.

info-schools-write-down-heading = Escríbelo después
info-schools-write-down-text-1 = Después de la conversación, escribe lo antes posible lo que dijo el alumno. Usa las palabras del propio alumno. Añade también la fecha.
info-schools-write-down-text-2 = Escribe lo que oíste y viste, no lo que crees que pasó.

info-schools-advice-heading = Pide consejo al CSG
info-schools-advice-text-1 = Como profesional, también puedes llamar al { $csg } para pedir consejo. Gratis, de día y de noche.
info-schools-advice-text-2 = ¿Pasó hace poco? Entonces llama enseguida: algunos medicamentos solo funcionan en los primeros días. El CSG también ayuda más tarde.
info-schools-advice-text-3 = Di a los alumnos que también pueden llamar o chatear con el CSG por su cuenta. El CSG es para cualquier edad.

info-schools-home-heading = Abuso en casa
info-schools-home-text-1 = ¿La violencia o el abuso ocurre en casa? Entonces también puedes llamar a Veilig Thuis (Seguro en Casa) para pedir consejo. Veilig Thuis ayuda en casos de violencia doméstica y maltrato infantil, gratis y de día y de noche. Los encuentras en Líneas de ayuda.

info-schools-images-heading = Imágenes que circulan
info-schools-images-text-1 = ¿Circulan imágenes de desnudos de un alumno? No pidas verlas, y nunca las reenvíes.
info-schools-images-text-2 = Pero sí guarda los enlaces y los nombres de cuenta, si puedes. Helpwanted puede ayudar a que se retiren imágenes de internet.
