### Eén Entree: screen parts and the start screen.

## Language
# This language's name, in this language. Shown in the language choice.
language-name = Български
# Decimal separator for numbers.
number-decimal = ,

## Translation
# One line at the bottom of every page, only for a translation not yet reviewed.
translation-unreviewed = Този превод още не е проверен от човек, за когото българският е роден език.
language-unavailable = { $language } не можа да се зареди, затова приложението засега е на английски. Изберете езика отново, за да опитате пак.
# Label of the language choice at the top of every screen.
language-switch = Език

## Navigation
nav-label = Меню
nav-home = Начало
nav-locator = Намери CSG
nav-helplines = Телефони за помощ
nav-settings = Настройки

## Start screen
home-title = Помощ след сексуално насилие
home-call = Обади се на { $number }
home-call-note = Безплатно, денем и нощем
home-chat = Анонимен чат
home-chat-note = На уебсайта на Centrum Seksueel Geweld
home-about = Centrum Seksueel Geweld (CSG, център за помощ при сексуално насилие) ти помага след сексуално насилие, дори ако то е станало онлайн. Получаваш медицинска грижа и подкрепа. Искаш ли да подадеш сигнал в полицията? И в това ще ти помогнат, но не е задължително. CSG е за всички, на всяка възраст.
home-seven-days = Обади се възможно най-скоро, най-добре до 3 дни: някои лекарства, например срещу бременност и ХИВ, действат само в първите дни. Следите могат да се запишат до 7 дни след това, ако искаш. Минало е повече време? Обади се все пак. Никога не е късно за помощ.
home-for-others = Тревожиш ли се за друг човек? Родител, приятел или учител ли си? Можеш да се обадиш на същия номер за съвет.
home-danger = В опасност ли си? Обади се на { $number }

## Sections
section-locator-title = Намери своя CSG
section-locator-text = Кой Centrum Seksueel Geweld (CSG) помага близо до теб? Работи без интернет.
section-helplines-title = Всички телефони за помощ
section-helplines-text = Полиция, Veilig Thuis, помощ при онлайн насилие и още.
section-exit-info-title = Бърз изход
section-exit-info-text = Как да излезеш от приложението с едно докосване и какво не се изтрива.
section-settings-title = Настройки
section-settings-text = Избор на език.

## Unknown page
not-found-title = Тази страница не съществува
not-found-text = Може би линкът е стар или не е съвсем верен. Нужна ти е помощ? Обади се или пиши в чата по-долу, или отиди на Начало.

## After quick exit
neutral-title = Калкулатор

# The device could not open a call or chat link (no dialler, no browser).
contact-call-failed = От това устройство не може да се започне обаждане. Наберете този номер сами, например от друг телефон:
contact-open-failed = Страницата не може да се отвори на това устройство. Въведете адреса в браузър сами:
contact-failed-close = Затвори
