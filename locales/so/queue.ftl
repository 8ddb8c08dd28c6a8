# Status: draft awaiting review by a native speaker (machine-assisted translation)
# The queue board and its spoken calls. Every message here must exist in every locale (a test
# enforces it). Spoken messages go to espeak-ng: { $ticket } is the letters, said as letters, then
# the number as a number ("A 42"), so write it as a number is written in running text, never
# spelled out.

## Services: one per [queue] service id, queue-service-<id>
queue-service-housing = Guryaha
queue-service-council-tax = Canshuurta Golaha (Council Tax)
queue-service-general = Su'aalo guud

## The board
queue-board-now-calling = Hadda waxaa la yeerayaa
queue-board-counter = Miiska { $counter }
queue-board-recall = Dib-u-yeerid
queue-board-last-calls = Yeeritaannadii ugu dambeeyay
queue-board-services = Hadda sugaya
queue-board-waiting = { $count } ayaa sugaya
queue-board-wait = { $minutes ->
    [0] Sugitaan ma jiro
   *[other] Qiyaastii { $minutes } daqiiqo
}
queue-board-no-calls = Fadlan sug inta lagaa yeerayo
queue-board-offline = Xiriirka safka waa go'ay, dib ayaa loo xirayaa. Yeeritaannada la muujiyay waxay noqon karaan kuwo duugoobay.
queue-board-connecting = Waxaa lagu xirayaa safka…

## The board: a service no open counter serves, and a board that cannot be heard
queue-board-no-counter = Hadda miis furan ma jiro
queue-board-silent = Hadda yeeritaannada cod ahaan looma akhrinayo. Fadlan lambarkaaga ka eeg shaashaddan.

## Spoken
queue-speech-call = { $ticket }, miiska { $counter }.
queue-speech-recall = { $ticket }, miiska { $counter }, mar kale.

## Opening hours
# Draft: the weekday and date wording awaits a native speaker's review.
# The board outside the site's opening hours ($when, $time, $date as in kiosk.ftl).
queue-board-closed = Waa xiran yahay
queue-board-closed-opens = { $when ->
    [today] Waa xiran yahay, wuxuu furmayaa maanta saacadda { $time }
    [tomorrow] Waa xiran yahay, wuxuu furmayaa berri saacadda { $time }
    [monday] Waa xiran yahay, wuxuu furmayaa Isniinta saacadda { $time }
    [tuesday] Waa xiran yahay, wuxuu furmayaa Talaadada saacadda { $time }
    [wednesday] Waa xiran yahay, wuxuu furmayaa Arbacada saacadda { $time }
    [thursday] Waa xiran yahay, wuxuu furmayaa Khamiista saacadda { $time }
    [friday] Waa xiran yahay, wuxuu furmayaa Jimcaha saacadda { $time }
    [saturday] Waa xiran yahay, wuxuu furmayaa Sabtida saacadda { $time }
    [sunday] Waa xiran yahay, wuxuu furmayaa Axadda saacadda { $time }
   *[date] Waa xiran yahay, wuxuu furmayaa { $date } saacadda { $time }
}

## Mobile ticket page
mobile-page-title = Tigidhka { $ticket }
mobile-your-number = Lambarkaaga
mobile-next = Adiga ayaa xiga
mobile-position = Safka waxaad ku jirtaa kaalinta { $position }
mobile-wait = { $minutes ->
    [0] Hadda uun
   *[other] Qiyaastii { $minutes } daqiiqo
}
mobile-no-counter = Hadda miis furan ma jiro
mobile-then = Kadib: { $service }
mobile-called = Waa kaalintaada: u tag miiska { $counter }
mobile-recalled = Waa kaalintaada: u tag miiska { $counter }, mar kale
mobile-serving = Waxaa lagugu caawinayaa miiska { $counter }
mobile-parked = Fadlan agagaarka joog: shaqaaluhu mar kale ayay kuu yeeri doonaan.
mobile-done = Waa la dhammeeyay. Waad ku mahadsan tahay booqashadaada.
mobile-missed = Waa laguu yeeray laakiin ma aadan iman. Fadlan weydii qaabilaadda.
mobile-stale = Boggan waxaa laga yaabaa inuusan cusbooneyn. Fadlan eeg shaashadaha ama weydii qaabilaadda.
mobile-more-time = Waxaan u baahanahay waqti dheeraad ah
mobile-more-time-hint = { $places ->
    [one] Tani waxay kaa celinaysaa { $places } kaalin gadaal. Hal mar oo keliya ayaad isticmaali kartaa.
   *[other] Tani waxay kaa celinaysaa { $places } kaalmood gadaal. Hal mar oo keliya ayaad isticmaali kartaa.
}
mobile-more-time-used = Waxaad codsatay waqti dheeraad ah

## Board: several services

# Under a called ticket whose visit goes on to another service: the next service's name.
queue-board-then = kadib: { $service }
