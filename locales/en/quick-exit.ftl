### Quick exit: the button, the explanation, and what it does not erase.

exit-button = Exit now
exit-skip-link = Exit this page quickly
exit-info-title = How quick exit works
exit-info-how = At the top of every screen is the Exit now button. One tap and the screen is empty at once.
exit-info-keys = With a keyboard: press Shift 3 times quickly.
exit-info-web = In a browser, you then go to a weather site. This page is replaced in the history, so Back does not bring you here.
exit-info-app = In the app, you then see an ordinary calculator. Want to come back? Close the app and open it again.
exit-info-not-title = What quick exit does not erase
exit-info-not-history = Your browser history. The names of pages you visited here may still be there. Use a private window, or clear your history if that is safe.
exit-info-not-recents = The list of recently used apps. This app may still be in it. Close it there if that is safe.
exit-info-not-app = The app itself. Anyone who looks at your phone can see it is installed.
exit-info-not-calls = Calls in your phone's call list.
exit-info-not-downloads = Files you downloaded or shared.
exit-info-confirm = Got it

## Using it safely
exit-info-safety-title = Using it safely
exit-info-safety-presence = Anyone who looks at your phone can see that this app is on it. In Settings you can make the app open as a calculator.
exit-info-safety-store = The app store remembers which apps you download, even if you remove them again. Anyone who can get into your account can see that.
exit-info-safety-backup = Cloud backups can show that you use this app. Your diary is only in them encrypted.
exit-info-safety-device = Do you think someone looks at or checks your phone? Then use another device if you can, for example one of someone you trust.
