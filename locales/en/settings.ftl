### Settings.

settings-title = Settings
settings-language = Language
settings-about = About this app
settings-exit-info = How quick exit works
settings-stored-here = Your choices are kept on this device only.
settings-not-stored = Your choices are not kept on this device. When you open the app again, choose them again.

## Open as a calculator
settings-disguise-title = Open as a calculator
settings-disguise-text = The app then opens as an ordinary calculator that really works. Type your code and then = to open the app. With any other code it just calculates.
settings-disguise-code = Your code (4 to 8 digits)
settings-disguise-on = Turn on
settings-disguise-off = Turn off
settings-disguise-enabled = It is on. Remember your code well. If you lose it, you have to install the app again and your diary is gone.
settings-disguise-icon = The name and icon on your home screen stay the same. This version cannot change them yet.
settings-disguise-error = Choose a code of 4 to 8 digits.

## Diary lock
settings-auto-lock = Lock the diary after
settings-auto-lock-minutes = { $minutes } min.
