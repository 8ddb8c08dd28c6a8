# Status: reviewed (en-GB source text)
# The queue board and its spoken calls. Every message here must exist in every locale (a test
# enforces it). Spoken messages go to espeak-ng: { $ticket } is the letters, said as letters, then
# the number as a number ("A 42"), so write it as a number is written in running text, never
# spelled out.

## Services: one per [queue] service id, queue-service-<id>
queue-service-housing = Housing
queue-service-council-tax = Council Tax
queue-service-general = General enquiries

## The board
queue-board-now-calling = Now calling
queue-board-counter = Counter { $counter }
queue-board-recall = Recall
queue-board-last-calls = Last calls
queue-board-services = Waiting now
queue-board-waiting = { $count } waiting
queue-board-wait = { $minutes ->
    [0] No wait
   *[other] About { $minutes } min
}
queue-board-no-calls = Please wait to be called
queue-board-offline = Connection to the queue lost, reconnecting. Calls shown may be out of date.
queue-board-connecting = Connecting to the queue…

## The board: a service no open counter serves, and a board that cannot be heard
queue-board-no-counter = No counter open now
queue-board-silent = Calls are not read out at the moment: please watch this screen for your number.

## Spoken
# One chime, then these in every language the board is set to, one after another: keep them to the
# ticket and the counter (no "please go to"). A recall says the same and "again".
queue-speech-call = { $ticket }, counter { $counter }.
queue-speech-recall = { $ticket }, counter { $counter }, again.

## Opening hours
# The board outside the site's opening hours ($when, $time, $date as in kiosk.ftl).
queue-board-closed = Closed
queue-board-closed-opens = { $when ->
    [today] Closed, opens at { $time }
    [tomorrow] Closed, opens tomorrow at { $time }
    [monday] Closed, opens on Monday at { $time }
    [tuesday] Closed, opens on Tuesday at { $time }
    [wednesday] Closed, opens on Wednesday at { $time }
    [thursday] Closed, opens on Thursday at { $time }
    [friday] Closed, opens on Friday at { $time }
    [saturday] Closed, opens on Saturday at { $time }
    [sunday] Closed, opens on Sunday at { $time }
   *[date] Closed, opens on { $date } at { $time }
}

## Mobile ticket page
# The page a visitor's phone opens from the QR code on their ticket. $ticket is the number they
# hold ("A042"), $position 1 is next (the page then says mobile-next instead), $service a service's
# name from above, $places how many places "I need more time" moves them back.
mobile-page-title = Ticket { $ticket }
mobile-your-number = Your number
mobile-next = You are next
mobile-position = { NUMBER($position, type: "ordinal") ->
    [one] You are { $position }st in the queue
    [two] You are { $position }nd in the queue
    [few] You are { $position }rd in the queue
   *[other] You are { $position }th in the queue
}
mobile-wait = { $minutes ->
    [0] Any moment now
    [one] About { $minutes } minute
   *[other] About { $minutes } minutes
}
mobile-no-counter = No counter open now
mobile-then = Then: { $service }
mobile-called = Your turn: go to counter { $counter }
mobile-recalled = Your turn: go to counter { $counter }, again
mobile-serving = You are being seen at counter { $counter }
mobile-parked = Please stay nearby: staff will call you again.
mobile-done = All done. Thank you for visiting.
mobile-missed = You were called but did not come. Please ask at reception.
mobile-stale = This page may be out of date. Please watch the screens or ask at reception.
mobile-more-time = I need more time
mobile-more-time-hint = { $places ->
    [one] This moves you back { $places } place. You can use it once.
   *[other] This moves you back { $places } places. You can use it once.
}
mobile-more-time-used = You asked for more time

## Board: several services

# Under a called ticket whose visit goes on to another service: the next service's name.
queue-board-then = then { $service }
