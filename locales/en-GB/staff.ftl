# Status: reviewed (en-GB source text)
# The staff screen, shown in [staff] locale (the council's working language), whatever language
# a visitor chose.

## PIN pad
staff-pin-title = Staff only
staff-pin-hint = Type the staff PIN, then press ↵ or Unlock.
staff-pin-typed = PIN: { $count ->
    [0] nothing typed
    [one] 1 digit typed
   *[other] { $count } digits typed
}
staff-pin-unlock = Unlock
staff-pin-checking = Checking the PIN…
staff-pin-wrong = Wrong PIN. { $tries ->
    [one] 1 more wrong PIN locks the staff screen.
   *[other] { $tries } more wrong PINs lock the staff screen.
}
staff-pin-locked = Too many wrong PINs. The staff screen is locked until { $time }.
staff-pin-length = A staff PIN is 4 to 12 digits.
# What failed, with the technical reason in brackets (staff only).
staff-pin-check-failed = The PIN could not be checked ({ $error }).
staff-db-write-failed = The kiosk database could not be written ({ $error }).
staff-db-read-failed = The kiosk database could not be read ({ $error }).
# A time on another day: { $day } is a number, { $month } one of staff-months (twelve
# words separated by spaces, January first), { $time } like 14:05.
staff-months = Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec
staff-date-time = { $day } { $month } { $time }
staff-disabled = The staff screen is turned off on this kiosk. To turn it on, set staff.pin_hash in the config (see docs/OPERATIONS.md).
staff-close = Close

## The staff screen
staff-title = Staff: outbox
staff-count-pending = Pending
staff-count-retrying = Retrying
staff-count-parked = Parked
staff-count-acknowledged = Acknowledged
staff-count-purged = Purged
staff-connectivity-title = Connection to the council's system
staff-crm-none = No CRM is configured (crm.kind = "none"): submissions stay on this kiosk until one is.
staff-crm-never = The kiosk has not tried to reach it yet.
staff-crm-ok = Last contact worked ({ $when }).
staff-crm-failed = Last contact failed ({ $when }).
staff-crm-last-reached = Last reached: { $when }.
staff-crm-never-reached = Never reached from this kiosk.
staff-crm-error = Last error: { $error }
staff-waiting = { $waiting } waiting to send, { $parked } parked.
staff-attention = { $count ->
    [one] 1 submission needs attention (listed first).
   *[other] { $count } submissions need attention (listed first).
}
staff-crm-dropped = The council's system accepted submissions but did not keep some fields. Every answer is also in the description, so nothing is lost; ask the CRM's administrator to map these fields (listed below).
staff-forwarder-fault = Sending is paused: the kiosk's database failed ({ $when }). Nothing is lost; sending resumes by itself once the fault clears (for example, free disk space).
staff-forwarder-restarted = { $count ->
    [one] The sending task stopped once and was restarted.
   *[other] The sending task stopped { $count } times and was restarted.
}
staff-send-now = Send now
staff-sent-now = Sending now. { $count ->
    [0] Nothing was waiting for a retry.
    [one] 1 retry was brought forward.
   *[other] { $count } retries were brought forward.
}
staff-send-none = No CRM is configured, so nothing can be sent.
staff-refresh = Refresh
staff-rows-title = Submissions, newest first
staff-rows-empty = The outbox is empty.
staff-rows-more = Showing the newest { $shown } of { $total }.
staff-row-age = { $age } old
staff-row-attempts = { $attempts ->
    [0] not tried yet
    [one] 1 attempt
   *[other] { $attempts } attempts
}
staff-row-next = next try { $time }
staff-row-error = Error: { $error }
staff-retry = Retry { $reference }
staff-retried = { $reference } will be sent again.
staff-retry-failed = { $reference } is no longer parked; nothing to retry.
staff-state-pending = pending
staff-state-retrying = retrying
staff-state-parked = parked
staff-state-acknowledged = acknowledged
staff-state-purged = acknowledged, answers deleted
staff-state-attention = { $state }: needs attention, failing the same way for { $for }
staff-time-unknown = time unknown
staff-when = { $time }, { $ago } ago

## Devices
staff-devices-title = Printer and card readers
staff-printer-none = Printer: none configured; references and tickets are shown on screen only.
staff-printer-unknown = Printer: checking…
staff-printer-nostatus = Printer: connected (it cannot report paper or faults).
staff-printer-ready = Printer: ready.
staff-printer-low = Printer: the paper is running low. Change the roll soon.
staff-printer-fault = Printer: not working ({ $reason }). Visitors are shown their reference to write down.
staff-reader-none = Card readers: none connected.
staff-reader-ready = Card reader ({ $reader }): ready.
staff-reader-unavailable = Card reader ({ $reader }): not working ({ $reason }). It keeps trying to reconnect.
staff-card-last = Last card read: { $card } ({ $reader }) at { $time }.
staff-card-none = No card read since the kiosk started.
staff-print-test = Print a test page
staff-print-test-sent = A test page was sent to the printer.

## The answers block of an Open311 request's description (read by council staff in the CRM)
crm-answers-heading = Answers given at the kiosk:
crm-answers-shortened = Answers left out to fit the CRM's length limit: { $count }

## The email a council with only a mailbox receives for each submission (read by council staff)
crm-email-subject = Kiosk enquiry { $reference }: { $subject }
crm-email-reference = Reference: { $reference }
crm-email-form = Form: { $subject }
crm-email-sent = Sent at the kiosk: { $when }
crm-email-uprn = UPRN: { $detail }
crm-email-uprn-typed = UPRN: none (typed by hand, not from the gazetteer; please match the address)
crm-email-usrn = USRN: { $detail }
crm-email-location = Location (lat, long): { $detail }
crm-email-card = Card: { $card } ({ $reader }, { $state })
crm-email-card-none = Card: none used
crm-email-check-kiosk = verified at the kiosk
crm-email-check-unchecked = not checked (the card service could not be reached)
crm-email-check-forwarded = verified by its number when sent
crm-email-check-rejected = refused by the card service when sent
crm-email-attachment = The same submission is attached for systems to read: { $detail }

## Visitor ratings ("How was this?" at the end of a visit), counted for today.
staff-ratings-title = Visitor ratings today
staff-ratings-none = No ratings yet today.
staff-ratings-line = { $subject }: { $count ->
    [one] 1 rating
   *[other] { $count } ratings
}, average { $average } out of 5
