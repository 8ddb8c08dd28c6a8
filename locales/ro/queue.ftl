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
