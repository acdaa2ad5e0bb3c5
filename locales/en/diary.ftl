### Eén Entree: the encrypted diary.

nav-diary = Diary
diary-title = My diary
diary-honesty = Each note carries a check number of the one before it. That shows whether anything was changed or removed later. It is not forensic proof: someone who knows your passphrase could make it all again.

## Create and open
diary-create-intro = Write down what happened and how you are doing. Everything stays encrypted on this device. There is no account and nothing goes to the internet. Only you decide whether to share anything.
diary-passphrase = Passphrase
diary-passphrase-repeat = Passphrase again
diary-passphrase-hint = At least { $min } characters. A sentence of a few words is strong and easy to remember. Do not use your phone's PIN.
diary-no-recovery = Please note: nobody can recover your passphrase, not even us. If you lose it, nobody can open your diary again.
diary-understood = I understand that my passphrase cannot be recovered.
diary-create = Create diary
diary-creating = Making the key…
diary-locked-intro = Your diary is locked.
diary-unlock = Open
diary-unlocking = Checking the passphrase…
diary-forgot = New phone? Create a new diary first, then restore your saved diary into it.
diary-lock = Lock

## Passphrase errors
diary-error-short = The passphrase is too short. Use at least { $min } characters.
diary-error-mismatch = The two passphrases are not the same.
diary-error-understood = Tick the box to say you understand that the passphrase cannot be recovered.
diary-error-wrong = That passphrase is not right. Nothing was changed.
diary-error-wrong-wait = That passphrase is not right. Nothing was changed. You can try again in { $seconds } seconds.
diary-error-wait = Wait { $seconds } more seconds, then try again.
diary-error-state = That is not possible now. Close the diary and open it again.
diary-error-damaged = Part of the storage is damaged. What can still be read is kept.

## List
diary-chain-ok = { $count ->
    [0] Nothing to check yet.
    [one] The note was checked: nothing was changed or removed.
   *[other] All { $count } notes were checked: nothing was changed or removed.
}
diary-chain-broken = Warning: in { $count ->
        [one] one place
       *[other] { $count } places
    } the order does not match. Something was changed, removed or damaged.
diary-new = New note
diary-kind-incident = What happened
diary-kind-symptoms = How are you?
diary-kind-evidence = Photo or file
diary-kind-online-abuse = Online abuse
diary-search = Search your diary
diary-filter-kind = Kind
diary-filter-all = All
diary-filter-from = From
diary-filter-to = Until
diary-filter-clear = Show all
diary-empty = No notes yet.
diary-count = { $total ->
    [one] { $shown } of { $total } note
   *[other] { $shown } of { $total } notes
}
diary-more = Show more
diary-versions = Edited ({ $count } versions)
diary-checkin-title = Check-in ({ $count ->
        [one] one scale
       *[other] { $count } scales
    })
diary-saved = Saved.
diary-save-failed = Not saved. { $reason } Your text is still there.

## Viewing a note
diary-written = Written on { $when } (device time, cannot be changed)
diary-written-imported = Restored on { $when }. First written on { $original }.
diary-history = Earlier versions
diary-version = Version { $number }, written on { $when }
diary-edit = Edit
diary-edit-title = New version (the old one is kept)
diary-close = Close
diary-replaces = New version of note { $seq }.
diary-replaced = Edited later.
diary-unreadable = Unreadable note

## Forms
diary-save = Save
diary-cancel = Cancel
diary-field-when = When
diary-when-exact = Date and time
diary-when-approximately = Roughly
diary-when-around = Around { $day }
diary-when-unknown = I don't know
diary-field-date = Date
diary-field-time = Time
diary-field-words = Roughly when, in your own words
diary-field-place = Where
diary-field-what = What happened
diary-field-people = Who was involved
diary-field-witnesses = Witnesses
diary-field-note = Note
diary-field-file = File
diary-field-pick = Choose a photo or file
diary-field-camera = Take a photo
diary-file-note = The file is kept encrypted in your diary, not in your photo gallery. Delete the original yourself if you want to.
diary-field-platform = Platform or app
diary-field-accounts = Account names
diary-field-urls = Links
diary-field-urls-input = Links (one per line)
diary-field-shared = What was shared or sent
diary-screenshots-note = Save screenshots as a "Photo or file" note.
diary-helpwanted-text = Are images of you online? Helpwanted helps for free to get them removed.
diary-helpwanted-link = Go to Helpwanted
diary-sealing = Encrypting… { $percent } %
diary-size-kb = { $kb } kB
diary-size-mb = { $mb } MB
diary-scale-skip = Not answered
diary-scale-sleep = Sleep
diary-scale-sleep-low = 0 = very bad
diary-scale-sleep-high = 10 = very good
diary-scale-anxiety = Anxiety
diary-scale-anxiety-low = 0 = none
diary-scale-anxiety-high = 10 = very much
diary-scale-pain = Pain
diary-scale-pain-low = 0 = none
diary-scale-pain-high = 10 = very much
diary-scale-flashbacks = Flashbacks
diary-scale-flashbacks-low = 0 = none
diary-scale-flashbacks-high = 10 = all the time
diary-scale-mood = Mood
diary-scale-mood-low = 0 = very low
diary-scale-mood-high = 10 = very good

## Form errors
diary-error-empty = Fill in something first.
diary-error-too-long = This text is too long. Split it over two notes.
diary-error-scale = Choose a number from 0 to 10.
diary-error-url = A link must start with https:// or http://.
diary-error-date = That date or time does not exist.
diary-error-no-date = Fill in a date, or choose "Roughly".
diary-error-future = That date is in the future.

## Chart
diary-chart-title = How it went
diary-chart-summary = { $count ->
    [one] { $count } check-in on { $from }.
   *[other] { $count } check-ins from { $from } to { $to }.
}

## Save and restore
diary-transfer-title = Save or share the diary
diary-export-warning = A saved file is outside the app's protection. Anyone with the file and its passphrase can read it. Keep it safe.
diary-export-report = Report to print
diary-archive-title = Encrypted file
diary-archive-to-passphrase = With a passphrase
diary-archive-to-key = For the key of someone you trust (for example your lawyer)
diary-archive-key = Public key (starts with age1)
diary-archive-make = Make encrypted file
diary-export-bad-key = That is not a valid public key. A key starts with age1.
diary-progress = Working… { $percent } %
diary-download = Download { $name }
diary-print = Print or save as PDF
diary-exported-to = Saved in { $path }
diary-export-done = Done
diary-transfer-failed = That did not work. Nothing changed in your diary.
diary-import-title = Restore a saved diary
diary-import-text = The notes from the file are added. Nothing is removed from your diary.
diary-import-file = Choose the encrypted file
diary-import-passphrase = The file's passphrase
diary-import = Restore
diary-import-wrong = That passphrase does not open this file. Nothing was changed.
diary-import-foreign = This is not a saved diary of this app.
diary-import-damaged = The file is damaged or incomplete. Nothing was changed.
diary-import-too-large = The file is too large.
diary-imported = { $count ->
    [one] { $count } note restored.
   *[other] { $count } notes restored.
}

## Report
diary-report-title = Diary: report
diary-report-chain-ok = { $count ->
    [one] Check: the note is intact; nothing was changed or removed. Last check number: { $head }
   *[other] Check: all { $count } notes follow each other; nothing was changed or removed. Last check number: { $head }
}
diary-report-chain-broken = Check: in { $count ->
        [one] one place
       *[other] { $count } places
    } the order does not match. Something was changed, removed or damaged.

## Wipe
diary-wipe = Erase diary
diary-wipe-text = Everything in your diary is erased at once and for good: notes, photos and files. Nobody can open it afterwards, not even with your passphrase. This cannot be undone. Files you saved or shared outside the app still exist.
diary-wipe-confirm = Yes, erase everything
diary-wipe-cancel = No, keep it
diary-wiping = Erasing…

## Duress
diary-duress-title = Second passphrase for emergencies
diary-duress-text = Do you have to open your diary because someone forces you? Then use this second passphrase. It opens a separate, empty diary. Your real diary stays hidden and untouched. The storage does not show whether there is a second passphrase.
diary-duress-passphrase = Second passphrase
diary-duress-save = Save second passphrase
diary-duress-busy = Working…
diary-duress-set = The second passphrase is saved.
diary-duress-same = Choose a passphrase that is different from your diary's.
diary-change-title = Change the passphrase
diary-change-text = If someone may have seen your passphrase, choose a new one. Your notes stay as they are. Afterwards only the new passphrase opens this diary, and it cannot be recovered either.
diary-change-current = Current passphrase
diary-change-new = New passphrase
diary-change-save = Change passphrase
diary-change-busy = Working…
diary-change-done = The passphrase is changed. From now on, use the new one.
diary-change-wrong = That is not the current passphrase. Nothing was changed.
diary-change-same = Choose a new passphrase that is different from your second passphrase.

# An export the device hands over (Android's share sheet).
diary-export-ready = The file is ready. Share it with an app you trust, or save it to your files. It is no longer protected once it leaves the app.
diary-export-share = Share or save
diary-export-share-failed = Sharing did not work. Nothing changed in your diary; please try again.

## Import: limits and check
diary-import-too-costly = This file's passphrase needs { $needed } MB of memory to open it; this device can use up to { $allowed } MB for that. Nothing was changed. Open the file on a computer with rage or age, or save the diary again from the Eén Entree app, which needs less memory.
diary-error-key-too-costly = This diary's key needs { $needed } MB of memory to open; this device can use up to { $allowed } MB for that. So your passphrase was not tried and does not count as a try. Someone may have changed the key. Nothing was changed.
diary-import-skipped = { $count ->
    [one] 1 note was already in your diary and was not added again.
   *[other] { $count } notes were already in your diary and were not added again.
}
diary-import-chain-ok = { $count ->
    [one] Check: the note in the file is intact.
   *[other] Check: the { $count } notes in the file follow on from each other; nothing was changed or removed.
}
diary-import-chain-broken = Check: in { $count } places the notes in the file do not follow on from each other. Something was changed, removed or damaged, before or after it was saved.
