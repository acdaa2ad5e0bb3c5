### Eén Entree: screen parts and the start screen.

## Language
# This language's name, in this language. Shown in the language choice.
language-name = English
# Decimal separator for numbers.
number-decimal = .

## Translation
# One line at the bottom of every page, only for a translation not yet reviewed.
translation-unreviewed = This translation has not yet been checked by a native speaker.
language-unavailable = { $language } could not be loaded, so the app is in English for now. Choose the language again to try once more.
# Label of the language choice at the top of every screen.
language-switch = Language

## Navigation
nav-label = Menu
nav-home = Start
nav-locator = Find CSG
nav-helplines = Helplines
nav-settings = Settings

## Start screen
home-title = Help after sexual violence
home-call = Call { $number }
home-call-note = Free, day and night
home-chat = Chat anonymously
home-chat-note = On the website of the Centrum Seksueel Geweld
home-about = The Centrum Seksueel Geweld (CSG, Sexual Violence Centre) helps you after sexual violence, also when it happened online. You get medical care and support. If you want to report it to the police, they help with that too, but you don't have to. The CSG is there for everyone, of any age.
home-seven-days = Call as soon as you can, preferably within 3 days: some medicine, such as against pregnancy and HIV, only works in the first days. Traces can be recorded up to 7 days later, if you want. Was it longer ago? Call anyway. It is never too late for help.
home-for-others = Worried about someone else? Are you a parent, friend or teacher? You can call the same number for advice.
home-danger = In danger? Call { $number }

## Sections
section-locator-title = Find your CSG
section-locator-text = Which Sexual Violence Centre helps near you? Works without internet.
section-helplines-title = All helplines
section-helplines-text = Police, Veilig Thuis, help with online abuse and more.
section-exit-info-title = Quick exit
section-exit-info-text = How to leave the app in one tap, and what it does not erase.
section-settings-title = Settings
section-settings-text = Choose your language.

## Unknown page
not-found-title = This page does not exist
not-found-text = The link may be old or not quite right. Need help? Call or chat below, or go to Start.

## After quick exit
neutral-title = Calculator

# The device could not open a call or chat link (no dialler, no browser).
contact-call-failed = This device could not start the call. Dial this number yourself, for example on another phone:
contact-open-failed = This device could not open the page. Type the address into a browser yourself:
contact-failed-close = Close
