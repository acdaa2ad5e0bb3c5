### Helplines. Numbers come from assets/data/helplines.json, never from this text.

helplines-title = Телефони за помощ
helplines-call-log = Внимание: след обаждането разговорът ще се вижда в списъка с обаждания на телефона ти. Изтрий го оттам, ако така е по-безопасно. Колебаеш ли се? Тогава използвай телефон, който е безопасен.

contact-call = Обади се на { $number }
contact-chat = Чат
contact-chat-note = Отваря техния уебсайт
cost-free = Безплатно
cost-local = Обичайна цена на разговора
hours-always = Денем и нощем, всеки ден
hours-every-day = Всеки ден, от { $from } до { $to }
hours-weekdays = От понеделник до петък, от { $from } до { $to }
hours-unverified = { $hours } (още не е проверено при източника)
helpline-unverified = Още не сме успели да проверим всички данни за тази линия при източника. Ако се колебаеш, виж техния собствен уебсайт.

helpline-emergency-name = Спешен номер 112
helpline-emergency-purpose = При непосредствена опасност или когато сега е нужна помощ от полиция или линейка.
helpline-csg-name = Centrum Seksueel Geweld (център за помощ при сексуално насилие)
helpline-csg-purpose = След сексуално насилие, включително онлайн. За пострадали, техните близки и специалисти.
helpline-veilig-thuis-name = Veilig Thuis („Безопасно у дома“)
helpline-veilig-thuis-purpose = При домашно насилие и насилие над деца. Можеш да се обадиш анонимно.
helpline-slachtofferhulp-name = Slachtofferhulp Nederland (помощ за пострадали)
helpline-slachtofferhulp-purpose = Подкрепа и практическа помощ след престъпление.
helpline-suicide-prevention-name = 113 Zelfmoordpreventie (превенция на самоубийства)
helpline-suicide-prevention-purpose = Ако мислиш за самоубийство или се тревожиш за някого.
helpline-helpwanted-name = Helpwanted (Offlimits)
helpline-helpwanted-purpose = При насилие в интернет, например когато се разпространяват голи снимки. Могат да помогнат снимките да бъдат премахнати. Helpwanted е част от Offlimits.
helpline-fier-name = Fier
helpline-fier-purpose = Чат с консултанти за насилие и злоупотреба.
helpline-police-name = Полиция (не е спешно)
helpline-police-purpose = За да подадеш сигнал. Добре е да знаеш: подаденият сигнал не може да бъде оттеглен. А след разговор с полицията прокуратурата понякога може да започне разследване и без сигнал. Колебаеш се? Първо поискай съвет от CSG.
helpline-kindertelefoon-name = De Kindertelefoon (телефон за деца)
helpline-kindertelefoon-purpose = За деца и младежи от 8 до 18 години, за всичко, което те тревожи.
