### Helplines. Numbers come from assets/data/helplines.json, never from this text.

helplines-title = Лінії допомоги
helplines-call-log = Зверни увагу: після дзвінка його буде видно в списку викликів твого телефона. Видали його звідти, якщо так безпечніше. Сумніваєшся? Тоді скористайся телефоном, який безпечний.

contact-call = Зателефонуй на { $number }
contact-chat = Чат
contact-chat-note = Відкриває їхній сайт
cost-free = Безкоштовно
cost-local = Звичайна вартість дзвінка
hours-always = Вдень і вночі, щодня
hours-every-day = Щодня, з { $from } до { $to }
hours-weekdays = З понеділка по п'ятницю, з { $from } до { $to }
hours-unverified = { $hours } (ще не перевірено за джерелом)
helpline-unverified = Ми ще не змогли перевірити всі дані цієї лінії за джерелом. Якщо сумніваєшся, подивись на їхньому власному сайті.

helpline-emergency-name = Екстрений номер 112
helpline-emergency-purpose = Коли є пряма небезпека або коли просто зараз потрібна допомога поліції чи швидкої.
helpline-csg-name = Centrum Seksueel Geweld (центр допомоги при сексуальному насильстві)
helpline-csg-purpose = Після сексуального насильства, зокрема онлайн. Для постраждалих, їхніх близьких і фахівців.
helpline-veilig-thuis-name = Veilig Thuis («Безпечно вдома»)
helpline-veilig-thuis-purpose = При домашньому насильстві та жорстокому поводженні з дітьми. Можна телефонувати анонімно.
helpline-slachtofferhulp-name = Slachtofferhulp Nederland (допомога постраждалим)
helpline-slachtofferhulp-purpose = Підтримка та практична допомога після злочину.
helpline-suicide-prevention-name = 113 Zelfmoordpreventie (запобігання самогубствам)
helpline-suicide-prevention-purpose = Якщо ти думаєш про самогубство або хвилюєшся за когось.
helpline-helpwanted-name = Helpwanted (Offlimits)
helpline-helpwanted-purpose = При насильстві в інтернеті, наприклад коли поширюють оголені зображення. Вони можуть допомогти видалити зображення. Helpwanted належить до Offlimits.
helpline-fier-name = Fier
helpline-fier-purpose = Чат із консультантами про насильство та жорстоке поводження.
helpline-police-name = Поліція (не екстрено)
helpline-police-purpose = Щоб подати заяву в поліцію. Варто знати: подану заяву не можна забрати. А після розмови з поліцією прокуратура іноді може почати розслідування й без заяви. Сумніваєшся? Спершу попроси поради в CSG.
helpline-kindertelefoon-name = De Kindertelefoon (дитяча лінія допомоги)
helpline-kindertelefoon-purpose = Для дітей і підлітків від 8 до 18 років — про все, що тебе турбує.
