# Status: draft awaiting review by a native speaker (machine-assisted translation)
# The queue board and its spoken calls. Every message here must exist in every locale (a test
# enforces it). Spoken messages go to espeak-ng: { $ticket } is the letters, said as letters, then
# the number as a number ("A 42"), so write it as a number is written in running text, never
# spelled out.

## Services: one per [queue] service id, queue-service-<id>
queue-service-housing = Locuințe
queue-service-council-tax = Taxe locale (Council Tax)
queue-service-general = Informații generale

## The board
queue-board-now-calling = Acum chemăm
queue-board-counter = Ghișeul { $counter }
queue-board-recall = Rechemare
queue-board-last-calls = Ultimele chemări
queue-board-services = Așteaptă acum
queue-board-waiting = { $count ->
    [one] { $count } persoană așteaptă
    [few] { $count } persoane așteaptă
   *[other] { $count } de persoane așteaptă
}
queue-board-wait = { $minutes ->
    [0] Fără așteptare
   *[other] Aproximativ { $minutes } min
}
queue-board-no-calls = Vă rugăm să așteptați să fiți chemat
queue-board-offline = Conexiunea cu coada s-a pierdut, se reconectează. Chemările afișate pot fi depășite.
queue-board-connecting = Conectare la coadă…

## The board: a service no open counter serves, and a board that cannot be heard
queue-board-no-counter = Niciun ghișeu deschis acum
queue-board-silent = Momentan chemările nu sunt anunțate cu voce tare. Vă rugăm să urmăriți numărul dumneavoastră pe acest ecran.

## Spoken
queue-speech-call = { $ticket }, ghișeul { $counter }.
queue-speech-recall = { $ticket }, ghișeul { $counter }, din nou.

## Opening hours
# Draft: the weekday and date wording awaits a native speaker's review.
# The board outside the site's opening hours ($when, $time, $date as in kiosk.ftl).
queue-board-closed = Închis
queue-board-closed-opens = { $when ->
    [today] Închis, se deschide azi la { $time }
    [tomorrow] Închis, se deschide mâine la { $time }
    [monday] Închis, se deschide luni la { $time }
    [tuesday] Închis, se deschide marți la { $time }
    [wednesday] Închis, se deschide miercuri la { $time }
    [thursday] Închis, se deschide joi la { $time }
    [friday] Închis, se deschide vineri la { $time }
    [saturday] Închis, se deschide sâmbătă la { $time }
    [sunday] Închis, se deschide duminică la { $time }
   *[date] Închis, se deschide pe { $date } la { $time }
}

## Mobile ticket page
mobile-page-title = Bonul { $ticket }
mobile-your-number = Numărul dumneavoastră
mobile-next = Urmați dumneavoastră
mobile-position = Sunteți pe locul { $position } la rând
mobile-wait = { $minutes ->
    [0] Din clipă în clipă
    [one] Aproximativ { $minutes } minut
    [few] Aproximativ { $minutes } minute
   *[other] Aproximativ { $minutes } de minute
}
mobile-no-counter = Niciun ghișeu deschis acum
mobile-then = Apoi: { $service }
mobile-called = Este rândul dumneavoastră: mergeți la ghișeul { $counter }
mobile-recalled = Este rândul dumneavoastră: mergeți la ghișeul { $counter }, din nou
mobile-serving = Sunteți la ghișeul { $counter }
mobile-parked = Vă rugăm să rămâneți în apropiere: personalul vă va chema din nou.
mobile-done = Gata. Vă mulțumim pentru vizită.
mobile-missed = V-am chemat, dar nu v-ați prezentat. Vă rugăm să întrebați la recepție.
mobile-stale = Este posibil ca această pagină să nu fie actualizată. Urmăriți ecranele sau întrebați la recepție.
mobile-more-time = Am nevoie de mai mult timp
mobile-more-time-hint = { $places ->
    [one] Vă mută cu { $places } loc mai în spate. Îl puteți folosi o singură dată.
    [few] Vă mută cu { $places } locuri mai în spate. Îl puteți folosi o singură dată.
   *[other] Vă mută cu { $places } de locuri mai în spate. Îl puteți folosi o singură dată.
}
mobile-more-time-used = Ați cerut mai mult timp

## Board: several services

# Under a called ticket whose visit goes on to another service: the next service's name.
queue-board-then = apoi: { $service }
