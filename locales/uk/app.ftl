### Eén Entree: screen parts and the start screen.

## Language
# This language's name, in this language. Shown in the language choice.
language-name = Українська
# Decimal separator for numbers.
number-decimal = ,

## Translation
# One line at the bottom of every page, only for a translation not yet reviewed.
translation-unreviewed = Цей переклад ще не перевірила людина, для якої українська мова рідна.
language-unavailable = Не вдалося завантажити { $language }, тому застосунок поки що англійською. Виберіть мову ще раз, щоб спробувати знову.
# Label of the language choice at the top of every screen.
language-switch = Мова

## Navigation
nav-label = Меню
nav-home = Головна
nav-locator = Знайти CSG
nav-helplines = Лінії допомоги
nav-settings = Налаштування

## Start screen
home-title = Допомога після сексуального насильства
home-call = Зателефонуй на { $number }
home-call-note = Безкоштовно, вдень і вночі
home-chat = Анонімний чат
home-chat-note = На сайті Centrum Seksueel Geweld
home-about = Centrum Seksueel Geweld (CSG, центр допомоги при сексуальному насильстві) допоможе тобі після сексуального насильства, навіть якщо воно сталося онлайн. Ти отримаєш медичну допомогу та підтримку. Хочеш подати заяву в поліцію? Із цим там теж допоможуть, але це не обов'язково. CSG працює для всіх, незалежно від віку.
home-seven-days = Зателефонуй якнайшвидше, найкраще протягом 3 днів: деякі ліки, наприклад від вагітності й ВІЛ, діють лише в перші дні. Сліди можна зафіксувати до 7 днів після події, якщо ти хочеш. Минуло більше часу? Усе одно зателефонуй. По допомогу ніколи не пізно.
home-for-others = Хвилюєшся за іншу людину? Ти батько чи мати, друг або вчитель? Ти можеш зателефонувати на той самий номер і отримати пораду.
home-danger = Тобі загрожує небезпека? Дзвони на { $number }

## Sections
section-locator-title = Знайди свій CSG
section-locator-text = Який Centrum Seksueel Geweld (CSG) допомагає поруч із тобою? Працює без інтернету.
section-helplines-title = Усі лінії допомоги
section-helplines-text = Поліція, Veilig Thuis, допомога при онлайн-насильстві та інше.
section-exit-info-title = Швидкий вихід
section-exit-info-text = Як вийти із застосунку одним дотиком і що при цьому не стирається.
section-settings-title = Налаштування
section-settings-text = Вибір мови.

## Unknown page
not-found-title = Такої сторінки немає
not-found-text = Можливо, посилання застаріле або не зовсім правильне. Потрібна допомога? Зателефонуй або напиши в чат нижче, або перейди на Головну.

## After quick exit
neutral-title = Калькулятор

# The device could not open a call or chat link (no dialler, no browser).
contact-call-failed = З цього пристрою не вдалося почати дзвінок. Наберіть цей номер самостійно, наприклад з іншого телефону:
contact-open-failed = На цьому пристрої не вдалося відкрити сторінку. Введіть адресу в браузері самостійно:
contact-failed-close = Закрити
