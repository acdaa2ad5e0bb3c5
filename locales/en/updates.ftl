### Updated information: only with consent. Dates come from the data.

update-title = Updated information
update-ask = May the app check now and then for new information, such as a new address or phone number? The app then fetches a file from { $host }. It sends nothing about you with it. That server does see, like every website, your internet address (IP address) and the time.
update-yes = Yes, that's fine
update-no = No, rather not
update-state-on = The app checks for new information.
update-state-off = The app does not check for new information. Everything works with the information it has.
update-turn-on = Allow checking
update-turn-off = Stop checking
update-check-now = Check now
update-checking = Checking…
update-up-to-date = You have the newest information.
update-applied = Information updated on { $date }.
update-bundled = Information of { $date }, as it came with the app.
err-update-signature = The new information was not used: we could not be sure it came from us. You keep the information you had.
err-update-invalid = The new information was not used: something in it was not right. You keep the information you had.
err-update-not-newer = You have the newest information.
err-update-expired = The new information was not used: it had expired. You keep the information you had.
err-update-network = Checking did not work: no connection. You keep the information you had. You can try again later.
err-update-store = The new information could not be saved. You keep the information you had.
