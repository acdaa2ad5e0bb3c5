### Settings.

settings-title = Settings
settings-language = Language
settings-about = About this app
settings-exit-info = How quick exit works
settings-stored-here = Your choices are kept on this device only.
settings-not-stored = Your choices are not kept on this device. When you open the app again, choose them again.
